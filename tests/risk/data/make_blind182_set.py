#!/usr/bin/env python3
"""Writes the hundred-and-eighty-second blind set (tests/risk/data/blind182-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: laboratory, medical and
scientific supply (reagents and buffers, lab gases and solvents, instruments and their
spare parts, research samples, clinical-trial and hospital logistics, university and
school laboratories, museum and teaching collections, calibration and test sources).
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
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL182-*:

    python3 tests/risk/data/make_blind182_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "EEPOST01", "post", "MY", [], "EE", "382219",
         "Larutan salin penimbal fosfat (PBS) 10x, steril, gred makmal, 6 x 1 liter", "MY", 6.8, 6, 180, "MYR",
         "a 10x phosphate-buffered saline is a clear, odourless, salty buffer of 1.06 kg/l that dries to white "
         "crystals and never fizzes; these six bottles have vented caps, weigh 1.13 kg/l, whiten and sting the skin "
         "and foam on a blood-stained glove, and the filler's inner label reads 'H2O2 35 %': about 35 % hydrogen "
         "peroxide (Annex I above 12 %, Regulation 2019/1148) made available to a member of the public, posted from "
         "a Penang lab-supply web shop to a private person in Tartu who runs no laboratory; Malay wording (hydrogen "
         "peroxide repeats in many sets and water-like covers in many; a PBS label was found in no earlier row by a "
         "keyword search: 'buffered saline' appears once, in blind97's note on a contact-lens solution)",
         person("Kadri Tamm", "EE")),
        ("PRE-02", "import", "ATAIR01", "express", "CA", [], "AT", "293090",
         "Diméthylsulfoxyde (DMSO) 99,9 %, qualité culture cellulaire / Dimethyl sulfoxide, cell culture grade, "
         "4 x 1 L", "CA", 4.6, 4, 160, "CAD",
         "cell-culture DMSO freezes solid at 18 °C, so it arrives slushy in a cold hub, weighs 1.10 kg/l and leaves "
         "a garlic taste after touching the skin; these four bottles stay liquid in a 4 °C express hall, weigh "
         "1.14 kg/l, smell faintly fruity rather than of garlic, burn with a bright flame on a swab and the filler's "
         "inner label reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Mississauga to a "
         "private person in Graz, a flammable liquid carried as undeclared general cargo; bilingual Canadian French "
         "and English wording (nitromethane repeats in many sets and HPLC-solvent and NMR-solvent labels on it in "
         "blind23, blind25 and blind37; a DMSO label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-03", "import", "GRROAD01", "road", "TR", ["BG"], "GR", "382219",
         "EDTA dekalsifikasyon solüsyonu %14, nötr, histoloji için, 5 l bidon, 120 bidon", "TR", 840, 120, 720,
         "EUR",
         "a neutral 14 % EDTA decalcifier for histology is a clear, odourless, pH 7 solution of 1.08 kg/l that works "
         "in days; these 120 cans weigh 1.40 kg/l, fume brown when opened, turn a pH strip red at once, stain skin "
         "and a wool glove yellow and dissolve a copper coin with brown gas, for a Thessaloniki web shop that sells "
         "'lab and hobby chemicals' to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, on a lorry from Istanbul through Bulgaria to Promachonas; Turkish wording (nitric "
         "acid repeats in many sets and descaler labels in a few; an EDTA label appears in four earlier precursor "
         "rows on other goods (battery desulfators, a reverse-osmosis cleaner, aquarium Trilon B); a histology "
         "decalcifier label was found in no earlier row)", firm("Orion Ergastiriaka Eidi AE", "GR")),
        ("PRE-04", "import", "ESAIR01", "express", "CN", [], "ES", "282751",
         "溴化钾 光谱纯 (FTIR 压片用), 500 克 x 4 瓶", "CN", 2.1, 4, 240, "CNY",
         "FTIR-grade potassium bromide is a dense, clear, crystalline powder that tastes salty-bitter, yellows slowly "
         "in light and never burns; these four jars hold a white, tasteless powder that a hot wire sets fizzing with "
         "violet sparks, that flares with sugar, and whose inner liners read 'KClO4': potassium perchlorate (Annex I "
         "above 40 %), sent by express from Shenzhen to a private person in Valencia; Chinese wording (potassium "
         "perchlorate repeats in many sets; a KBr or FTIR-pellet label was found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("PRE-05", "import", "LVAIR01", "express", "KR", [], "LV", "282739",
         "염화리튬 (분자생물학용, RNA 침전용), 1 kg x 4병", "KR", 4.2, 4, 360000, "KRW",
         "molecular-biology lithium chloride is a deliquescent white salt that runs wet in minutes, warms water as "
         "it dissolves and colours a flame crimson; these four bottles hold clear crystals that colour a flame "
         "yellow, not crimson, burn fiercely with sugar and carry CAS 7775-09-9 on the inner bags: sodium chlorate "
         "(Annex I above 40 %), sent by express from Incheon to a private person in Jelgava who keeps a garden, not "
         "a laboratory; Korean wording (sodium chlorate repeats in many sets under salt and sugar-like labels; a "
         "lithium-chloride label was found in no earlier row by a keyword search)", person("Jānis Bērziņš", "LV")),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "292219",
         "Трис(гідроксиметил)амінометан, буферна сіль, мішки 25 кг, 40 мішків", "UA", 1000, 40, 1600, "EUR",
         "Tris buffer salt is a fine, white crystalline powder that gives an alkaline (pH 10) solution and costs "
         "several euros a kilo; these 40 sacks at 1.60 EUR/kg hold round, white prills that turn the water "
         "ice-cold, give a slightly acid solution, test at 34 % N and melt and fume on a hot plate, for a Košice "
         "'laboratory and garden' web shop that repacks them into 1 kg tubs for the public: ammonium nitrate (Annex "
         "I at 16 % N or more) made available to members of the public, on a lorry at Vyšné Nemecké; Ukrainian "
         "wording (ammonium nitrate repeats in many sets under fertiliser, de-icer and grain-like labels; a Tris "
         "buffer label was found in no earlier row by a keyword search)", firm("Vega Labo-Hobby s.r.o.", "SK")),
        ("PRE-07", "import", "DKPOST01", "post", "JP", [], "DK", "382499",
         "顕微鏡用イマージョンオイル タイプF (低蛍光), 500 mL × 4 本", "JP", 3.9, 4, 12000, "JPY",
         "microscope immersion oil is a thick, clear oil of 1.03 kg/l that floats on water and smells of nothing; "
         "these four bottles weigh 1.84 kg/l, sink in water and grow hot with it, char a paper tissue black and eat "
         "the label glue: about 96 % sulphuric acid (Annex I above 15 %), posted from Osaka to a private person in "
         "Aarhus who gives 'amateur microscopy' as the purpose; Japanese wording (sulphuric acid repeats in many "
         "sets and oil and syrup labels on it in several; an immersion-oil label was found in no earlier row by a "
         "keyword search)", person("Mette Nielsen", "DK")),
        ("PRE-08", "import", "IEAIR01", "express", "IN", [], "IE", "292529",
         "ग्वानिडीन हाइड्रोक्लोराइड, डीएनए निष्कर्षण हेतु, आणविक जीवविज्ञान ग्रेड, 1 किग्रा x 5", "IN", 5.3, 5, 9000,
         "INR",
         "guanidine hydrochloride for DNA extraction is a fine, white powder that chars and gives off ammonia when "
         "heated and does not feed a flame; these five tubs hold a white, slightly damp crystal that deflagrates "
         "with sugar, colours a flame yellow and whose inner liners read 'NaClO4·H2O': sodium perchlorate (Annex I "
         "above 40 %), sent by express from Mumbai to a private person in Cork; Hindi wording (sodium perchlorate "
         "repeats in many sets, with laboratory-reagent labels in blind24 and blind30; a guanidine label was found "
         "once, on airbag-grade guanidine nitrate in a strategic row of blind129, and on a DNA-extraction salt in no "
         "earlier row)", person("Siobhán Byrne", "IE")),
        ("PRE-09", "import", "ROSEA01", "sea", "GE", [], "RO", "300490",
         "ქლორჰექსიდინის ხსნარი 0,05 %, ჭრილობის სარეცხი, 1 ლ, 3 000 ბოთლი", "GE", 3600, 3000, 2400, "USD",
         "a 0.05 % chlorhexidine wound-irrigation solution is a pale-pink or clear, odourless liquid of 1.00 kg/l in "
         "squeeze bottles with a medical-device mark; these 3,000 bottles have vented caps, weigh 1.20 kg/l, foam "
         "violently on a drop of blood, bleach the skin white and carry no device mark, for a Bucharest online "
         "pharmacy that sells them by the bottle to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, by sea from Poti to Constanța; Georgian wording (hydrogen "
         "peroxide repeats in many sets; chlorhexidine labels appear twice, a dental mouthwash in blind67 and a "
         "goat teat dip in blind99; a wound-irrigation label by sea from Georgia is the new part)",
         firm("Central Farmacie Online SRL", "RO")),
        ("PRE-10", "import", "PTAIR01", "air", "BR", [], "PT", "283630",
         "Pó de bicarbonato de sódio para jato de profilaxia, sabor menta, frasco 250 g, 400 frascos", "BR", 100,
         400, 2400, "BRL",
         "air-polishing prophylaxis powder is a fine, mint-flavoured sodium bicarbonate that tastes salty and fizzes "
         "in vinegar; these 400 bottles hold shiny, tasteless, unflavoured crystals that do not fizz, spit violet "
         "sparks on a hot spatula and carry CAS 3811-04-9 on the inner bags, for a Porto dental-supply web shop "
         "whose catalogue sells to anyone: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Campinas to Porto; Brazilian Portuguese wording (potassium chlorate repeats in many "
         "sets; bicarbonate labels appear in several earlier rows, as baking soda, Vichy salt and nasal-rinse salt; "
         "a dental prophy-powder label was found in no earlier row by a keyword search)",
         firm("Atlantic Dental Online Lda", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "IN", "292690",
         "Acetonitrile, recovered, technical grade 99 %, for reuse as process solvent, 80 drums", "IE", 13000, 80,
         3200, "EUR",
         "recovered acetonitrile is water-clear, 99 % by gas chromatography with a distillation certificate, at "
         "about 1 EUR/kg; these 80 drums at 0.25 EUR/kg hold a two-phase, yellowish mixture of acetonitrile, "
         "methanol, water, trifluoroacetic acid and phosphate buffer poured straight from the HPLC waste carboys of "
         "a Cork pharmaceutical quality-control laboratory, with carboy labels still taped to the drum lids: "
         "laboratory chemicals consisting of hazardous substances (16 05 06*), hazardous waste whose export to a "
         "non-OECD country is banned (Regulation 2024/1157), from Cork to Nhava Sheva for a 'solvent trader'; Irish "
         "English wording (spent solvents repeat in many sets under recovered-solvent labels; HPLC waste and an "
         "acetonitrile label were found in no earlier waste row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "ME", "291211",
         "Formaldehid, vodena otopina 37 %, tehnički, IBC spremnici, 16 kom", "HR", 16000, 16, 1600, "EUR",
         "technical 37 % formaldehyde is a clear, pungent liquid of 1.09 kg/l stabilised with methanol and sold on "
         "a certificate; these 16 IBCs hold a cloudy, brownish 4 % formalin with tissue fragments, paraffin flakes "
         "and a xylene layer on top, the used fixative collected from the pathology departments of Zagreb and "
         "Rijeka hospitals: chemicals from health care consisting of hazardous substances (18 01 06*), hazardous "
         "waste whose export for disposal outside the EU and EFTA, and for recovery to a non-OECD country, is "
         "banned, at Karasovići for a Podgorica 'chemical trader'; Croatian wording (pathology xylene repeats in "
         "blind62 and blind160; spent formalin under a 37 % formaldehyde label was found in no earlier row by a "
         "keyword search)", {"importer_country": "ME"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "NG", "901210",
         "Rasterelektronenmikroskope, gebraucht, funktionsfähig, Spende an eine Universität, 6 Stück", "DE", 9000,
         6, 12000, "EUR",
         "working used scanning electron microscopes travel with the column sealed under vacuum, their pumps and a "
         "service report, crated by the vendor; these six come out of a Hamburg institute's basement store with "
         "cracked columns, cut cables and no pumps, oil-filled 1980s high-voltage tanks whose plates read 'Askarel', "
         "lead-lined chambers and beryllium-window X-ray detectors: waste electrical equipment with hazardous "
         "components (16 02 13*, the tanks 16 02 09*, PCB-containing), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Lagos for a 'university'; German wording (donated used equipment "
         "repeats in many sets; electron microscopes were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "SN", "842139",
         "Gebruikte HEPA-filters (H14), voor reiniging en hergebruik, 600 stuks", "BE", 7200, 600, 1800, "EUR",
         "HEPA filters cannot be cleaned and are never re-sold used; these 600 H14 cells come bagged-in, bagged-out "
         "in purple-striped sacks from the cytotoxic-drug compounding isolators and safety cabinets of Antwerp "
         "hospital pharmacies, with the cytotoxic hazard label on every sack: cytotoxic and cytostatic waste "
         "(18 01 08*), hazardous waste that must be incinerated and whose export outside the EU and EFTA for "
         "disposal is banned, from Antwerp to Dakar for a 'filter service'; Flemish wording (cytotoxic waste repeats "
         "among expired medicines in several sets; used HEPA filters were found in no earlier waste row by a "
         "keyword search)", {"importer_country": "SN"}),
        ("WST-05", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "291219",
         "Glutaraldehid 50 %, tehnični, za strojenje usnja, IBC, 20 kosov", "SI", 20000, 20, 2000, "EUR",
         "tanning-grade 50 % glutaraldehyde is a clear to pale-yellow, sharp-smelling liquid of 1.13 kg/l with a "
         "certificate; these 20 IBCs hold a cloudy, 1.01 kg/l liquid of 2 % glutaraldehyde and ortho-phthalaldehyde "
         "stained grey-blue by protein residue, drained from the endoscope reprocessors of Ljubljana and Maribor "
         "hospitals: chemicals from health care consisting of hazardous substances (18 01 06*), hazardous waste "
         "whose export to a non-OECD country is banned, by lorry through Croatia to a Tuzla 'tannery supplier'; "
         "Slovenian wording (spent hospital disinfectants were found in no earlier row; glutaraldehyde and "
         "endoscope labels were found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "UA", "903020",
         "Analóg oszcilloszkópok, használt, működő, iskolai fizikai laborokba, 1 200 db", "HU", 14400, 1200, 6000,
         "EUR",
         "tested used oscilloscopes travel padded, boxed and with probes, a few dozen at a time; these 1,200 "
         "cathode-ray scopes from Hungarian school clear-outs are stacked loose in gitterboxes, with cracked tubes, "
         "missing knobs and mouldy cases: waste electrical equipment with leaded CRT glass (16 02 13*, A1180), "
         "hazardous waste whose export to a non-OECD country is banned, at Záhony for an Uzhhorod 'school supplier'; "
         "Hungarian wording (CRT e-waste repeats in many sets; oscilloscopes appear as strategic goods in earlier "
         "rows and as waste in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "VN", "230990",
         "Farina proteica da fermentazione (micelio essiccato), per mangimi, big bag, 40 t", "IT", 40000, None,
         8000, "EUR",
         "feed-grade fermentation protein is a dry, tan, yeast-smelling meal with a feed-safety certificate; these "
         "bags hold damp, dark, sour cake that smells of solvent, the mycelium filter cake and effluent sludge of a "
         "Lombardy cephalosporin fermentation plant, whose own analysis reports antibiotic residues and butyl "
         "acetate: sludges from pharmaceutical manufacture containing hazardous substances (07 05 11*), hazardous "
         "waste whose export to a non-OECD country is banned and which may not be fed to animals, from Genoa to "
         "Haiphong for a 'feed mill'; Italian wording (pharmaceutical-plant residues as feed and antibiotic "
         "mycelium were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "GN", "901180",
         "Microscopes optiques d'enseignement, d'occasion, 120 pièces", "FR", 600, 120, 2400, "EUR",
         "a teaching-laboratory donation container for Conakry: used student microscopes and laboratory benches are "
         "what a Lyon university sends to a partner lycée, but the third item's 'flacons en verre usagés' are 60,000 "
         "liquid-scintillation vials still full of toluene and pseudocumene cocktail with tritium- and "
         "carbon-14-labelled samples below clearance levels, from the university's radiobiology laboratories: "
         "laboratory chemicals containing hazardous substances (16 05 06*, flammable), hazardous waste whose export "
         "to a non-OECD country is banned, hidden as the last item of a three-item declaration from Le Havre; "
         "French wording (school and university lab donations repeat in several sets; scintillation vials were "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "GN"},
              _more_items=[item("940320", "Paillasses de laboratoire métalliques, d'occasion, 40 pièces", "FR", 2400,
                                800, "EUR", qty=40),
                           item("701090", "Flacons en verre usagés, 20 ml, pour réemploi, 60 000 pièces", "FR", 4800,
                                300, "EUR", qty=60000)])),
        ("WST-09", "export", "LTSEA01", "sea", "LT", [], "GE", "701990",
         "Naudoti laboratoriniai karščiui atsparūs kilimėliai ir gesinimo antklodės, mokykloms, 3 000 vnt.", "LT",
         1800, 3000, 900, "EUR",
         "today's heat-resistant laboratory mats are glass- or ceramic-fibre boards and fire blankets are woven "
         "glass fibre in a quick-release pouch; these 3,000 are old grey asbestos-centred wire gauzes, pressed "
         "asbestos mats and woven chrysotile fire blankets taken out of Lithuanian school chemistry rooms, shedding "
         "fibres through split bags: discarded equipment containing free asbestos (16 02 12*), hazardous waste whose "
         "export to a non-OECD country is banned, from Klaipėda to Poti for a 'school supplier'; Lithuanian wording "
         "(asbestos repeats in many sets; school-laboratory mats and fire blankets were found in no earlier row by "
         "a keyword search)", {"importer_country": "GE"}),
        ("WST-10", "transit", "NLSEA01", "sea", "GB", ["NL"], "LR", "901890",
         "Refurbished volumetric infusion pumps, tested, 1,500 units", "GB", 7500, 1500, 15000, "GBP",
         "refurbished infusion pumps travel boxed one by one with a calibration report and a new battery; these "
         "1,500 are an NHS trust's retired fleet, bagged for WEEE collection, with cracked housings, cut mains leads "
         "and swollen nickel-cadmium packs: waste electrical equipment with hazardous components and NiCd batteries "
         "(16 02 13*, 16 06 02*), hazardous waste bound for a non-OECD country, landed at Rotterdam in transit from "
         "Felixstowe to Monrovia without the notification and consent Regulation 2024/1157 requires; British "
         "English wording (used medical equipment repeats in many sets; infusion pumps were found in no earlier row "
         "by a keyword search)", {"importer_country": "LR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CZAIR01", "air", "TW", [], "CZ", "842410",
         "MRI 相容無磁性滅火器 (鋁瓶, 潔淨氣體), 2 公斤, 60 具", "TW", 180, 60, 6000, "USD",
         "MRI-safe extinguishers are aluminium or stainless bottles of water mist or FK-5-1-12 with a test mark for "
         "use beside a magnet; these 60 aluminium bottles hold a liquid of 1.83 kg/l under nitrogen that sprays as a "
         "sweet-smelling vapour, and the valve stamps under the new sleeves read 'BCF 1211': halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned "
         "(Regulation 2024/590), flown from Taipei to Prague for an MRI-suite fitter; traditional Chinese wording "
         "from Taiwan (halon 1211 repeats in many sets under extinguisher labels; an MRI-safe label was found in no "
         "earlier row by a keyword search)", firm("Delta Medical Systems s.r.o.", "CZ")),
        ("OZN-02", "import", "ITSEA01", "sea", "TN", [], "IT", "281129",
         "Mélange gazeux médical protoxyde d'azote/oxygène 50/50 (MEOPA), bouteilles B20, 40 bouteilles", "TN",
         800, 40, 2400, "EUR",
         "MEOPA cylinders are white-and-blue-shouldered, hold a gas at 170 bar that must not be chilled and have a "
         "medical pin-index valve; these forty read 9 bar, slosh with 20 kg of liquid each, frost at the valve when "
         "opened and carry a 1/4-inch SAE refrigerant outlet: chlorodifluoromethane (HCFC-22), whose import into the "
         "Union is banned, by sea from Radès to Genoa for a 'medical gases' distributor; Tunisian French wording "
         "(HCFC-22 repeats in many sets and nitrous-oxide cream-charger labels carry HFCs in several; a MEOPA or "
         "Entonox label was found in no earlier row by a keyword search)", firm("Rivage Gas Medicali Srl", "IT")),
        ("OZN-03", "import", "PLSEA01", "sea", "PK", [], "PL", "271019",
         "Liquid paraffin (Nujol type), IR spectroscopy grade, for mulls, 200 l drums, 20 drums", "PK", 6400, 20,
         2800, "USD",
         "Nujol-type liquid paraffin is a colourless, odourless oil of 0.86 kg/l that floats on water and burns; "
         "these 20 drums weigh 1.59 kg/l, sink in water, smell sweet like a dry-cleaner's, do not burn and boil at "
         "77 °C: carbon tetrachloride, whose import into the Union is banned outside licensed laboratory and "
         "feedstock uses, by sea from Karachi to Gdańsk for a laboratory-reagents reseller; English wording from "
         "Pakistan (carbon tetrachloride repeats in many sets; a Nujol or mulling-oil label was found in no earlier "
         "row by a keyword search)", firm("Horizon Odczynniki Sp. z o.o.", "PL")),
        ("OZN-04", "import", "HUAIR01", "air", "SG", [], "HU", "382499",
         "Fluorinated oil, FC-40 equivalent, for droplet digital PCR and oil overlay, 20 x 1 kg", "US", 20, 20, 2400,
         "USD",
         "FC-40 is a very heavy perfluorinated oil of 1.85 kg/l that boils at 165 °C and hardly evaporates; these 20 "
         "bottles, declared of US origin but filled in China, hold a liquid of 1.56 kg/l that vanishes from a "
         "fingertip in seconds, boils at 48 °C and smells faintly of ether: 1,1,2-trichlorotrifluoroethane "
         "(CFC-113), whose import into the Union is banned, flown from Singapore to Budapest for a biotech start-up; "
         "Singapore English wording (CFC-113 repeats in many sets under cleaner and HFE labels; a Fluorinert or "
         "droplet-PCR oil label was found in no earlier row by a keyword search)", firm("Alpina Biolab Kft.", "HU")),
        ("OZN-05", "import", "GRROAD01", "road", "AL", [], "GR", "280429",
         "Helium 5.0 për kromatografi gazi (gaz bartës), bombola 50 l, 30 copë", "AL", 1350, 30, 1800, "EUR",
         "GC carrier helium 5.0 sits at 200 bar in a 50 l cylinder that holds barely 1.5 kg of gas; these 30 "
         "cylinders weigh 45 kg more each than empty, read 14 bar, slosh when tilted and the stamped shoulders "
         "under the grey paint read 'R410A': a blend of HFC-32 and HFC-125, bulk hydrofluorocarbons placed on the "
         "market without a quota or a registration (Regulation 2024/573), by lorry at Kakavia for a Ioannina "
         "'analytical gases' firm; Albanian wording (R-410A repeats in many sets and helium labels in four, all on "
         "party-balloon helium (blind20, blind42, blind155, blind160); a GC carrier-gas label was found in no earlier "
         "row)", firm("Delta Analytica AE", "GR")),
        ("OZN-06", "import", "FIAIR01", "air", "CN", [], "FI", "290110",
         "2-甲基丁烷 (异戊烷), 组织速冻用, 组织学级, 2.5 L x 8", "CN", 30, 8, 1600, "USD",
         "histology isopentane for snap-freezing tissue in liquid-nitrogen-cooled baths is a very light (0.62 kg/l), "
         "highly flammable liquid that boils at 28 °C; these eight bottles weigh 1.49 kg/l, do not burn, boil at "
         "24 °C and the gas chromatograph finds trichlorofluoromethane: CFC-11, whose import into the Union is "
         "banned, flown from Shanghai to Helsinki for a histology-services laboratory; Chinese wording "
         "(CFC-11 repeats in many sets and an isopentane label once, as a foam blowing agent in blind119; kept as a "
         "repeat of that label, a snap-freezing use for a histology laboratory is the new part)",
         firm("Orion Histolab Oy", "FI")),
        ("OZN-07", "import", "SISEA01", "sea", "IN", [], "SI", "382499",
         "हिस्टोलॉजी क्लिअरिंग एजंट, झायलीन पर्याय (डी-लिमोनिन आधारित), ५ लिटर कॅन, ४०० कॅन", "IN", 2680, 400,
         6000, "USD",
         "limonene-based xylene substitutes for clearing tissue are orange-smelling, light (0.84 kg/l), flammable "
         "and slightly oily; these 400 cans weigh 1.34 kg/l, smell sweet and chloroform-like, do not burn and boil "
         "at 74 °C, and the filler's inner stickers read '1,1,1-TCE': methyl chloroform, whose import into the Union "
         "is banned, by sea from Nhava Sheva to Koper for a Ljubljana pathology-supplies dealer; Marathi wording "
         "(methyl chloroform repeats in many sets and d-limonene labels in three, a sticker remover, a degreaser and "
         "an extinguishing agent; a histology clearing-agent label was found in no earlier row by a keyword "
         "search)", firm("Meridian Patologija d.o.o.", "SI")),
        ("OZN-08", "import", "HUROAD01", "road", "RS", [], "HU", "281121",
         "Угљен-диоксид 99,995 % за CO2 инкубаторе, боце 30 кг, 40 ком.", "RS", 1200, 40, 1600, "EUR",
         "CO2 for cell-culture incubators sits at 57 bar in dip-tube-free cylinders with a CGA 320 valve and frosts "
         "the regulator when drawn fast; these 40 cylinders read 6 bar, carry a refrigerant valve, smell faintly of "
         "ether when cracked and a leak detector tuned for refrigerants screams: 1,1,1,2-tetrafluoroethane "
         "(HFC-134a), 1.2 t of bulk hydrofluorocarbon placed on the market without a quota or a registration "
         "(Regulation 2024/573), by lorry at Röszke for a Szeged laboratory-gas reseller; Serbian (Cyrillic) "
         "wording (HFC-134a repeats in many sets and CO2 labels on refrigerants in several, soda-maker and beer-tap "
         "cylinders among them; a cell-culture incubator label was found in no earlier row)",
         firm("Vega Laborgáz Kft.", "HU")),
        ("OZN-09", "import", "DEAIR01", "air", "JO", [], "DE", "960200",
         "كبسولات جيلاتين صلبة فارغة، مقاس 0، 200,000 كبسولة", "JO", 20, 200000, 600, "USD",
         "a compounding-pharmacy order for a Frankfurt pharmacy wholesaler: empty capsules and white petroleum jelly "
         "are what Amman suppliers ship, but the third item's 'ethyl chloride spray' is 600 cans that do not burn at "
         "the nozzle, weigh 1.44 kg/l and whose filler's print under the labels reads 'dichlorodifluoromethane / "
         "dichlorotetrafluoroethane': a Fluori-Methane-type vapocoolant of CFC-12 and CFC-114, products containing "
         "CFCs whose import into the Union is banned, hidden as the last item of a three-item declaration flown from "
         "Amman; Jordanian Arabic wording (CFC-12 repeats in many sets and cold-spray labels in several (dental and "
         "cryostat sprays); an ethyl-chloride label was found once, on industrial cylinders of methyl bromide in "
         "blind158; a CFC vapocoolant under a medical ethyl-chloride spray label is the new part)",
         dict(firm("Central Apotheken-Bedarf GmbH", "DE"),
              _more_items=[item("271210", "فازلين أبيض، درجة صيدلانية، 20 كغ", "JO", 20, 80, "USD"),
                           item("300490", "بخاخ كلوريد الإيثيل، مخدر موضعي، 100 مل، 600 عبوة", "JO", 90, 1200, "USD",
                                qty=600)])),
        ("OZN-10", "import", "HRROAD01", "road", "BA", [], "HR", "961700",
         "Prazne Dewarove posude za tekući dušik, aluminijske, 35 l, 60 kom", "BA", 900, 60, 3000, "EUR",
         "empty aluminium liquid-nitrogen dewars weigh about 15 kg, are open-necked with a loose foam plug and hold "
         "no pressure; these 60 'dewars' are steel refrigerant cylinders inside dewar-shaped outer cans, weigh 65 kg "
         "each, carry a valve under the plug and read 11 bar: R-404A, 3 t of bulk hydrofluorocarbon (GWP 3,922) "
         "placed on the market without a quota or a registration (Regulation 2024/573), by lorry at Stara Gradiška "
         "for a Zagreb 'cryogenics' firm; Bosnian wording (R-404A repeats in many sets under other labels; a dewar "
         "label was found in no earlier row by a keyword search, the word only in a blind158 note)", firm("Atlantic Kriogenika d.o.o.", "HR")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "LB", [], "BE", "901890",
         "أدوات جراحية مستعملة للتجديد والتعقيم، برونز وفولاذ، 40 قطعة", "LB", 3, 40, 600, "USD",
         "surgical instruments sent for refurbishment are stainless steel with makers' marks and lot numbers; these "
         "40 are green-patinated copper-alloy scalpel handles with leaf-shaped spatulas, spoon-probes, a specillum, "
         "bone levers, tweezers and a bronze cupping vessel with earth in the crevices: Roman surgical instruments "
         "(1st-3rd century) from a Syrian site, archaeological objects brought in without an import licence "
         "(Regulation 2019/880) and against the ban on Syrian cultural property (Regulation 36/2012), flown from "
         "Beirut to Brussels for a dealer in 'medical antiques'; Lebanese Arabic wording (Syrian antiquities repeat "
         "in many sets; Roman surgical instruments were found in no earlier row by a keyword search)",
         firm("Horizon Antiquités Médicales SA", "BE")),
        ("CUL-02", "import", "DEAIR01", "express", "TR", [], "DE", "382290",
         "XRF kalibrasyon referans diskleri, bakır-gümüş alaşımı, sertifikalı, 40 adet", "TR", 0.5, 40, 300,
         "EUR",
         "XRF calibration reference discs are machined, polished, identical discs with a laser-engraved ID and a "
         "certificate of composition; these 40 are hammered, irregular silver and bronze coins with worn portraits, "
         "Greek legends and mint marks of Hellenistic and Roman Anatolian cities, earth and green corrosion in the "
         "legends: archaeological coins taken out of Türkiye, which forbids their export, brought in without an "
         "import licence (Regulation 2019/880), sent by express from İzmir to a private buyer in Cologne; Turkish "
         "wording (ancient coins repeat in many sets; an XRF-calibration label was found in no earlier cultural row "
         "by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-03", "import", "NLAIR01", "air", "CN", [], "NL", "392690",
         "孔子鸟化石树脂复制模型, 教学用, 1:1, 1 件", "CN", 14, 1, 80, "USD",
         "resin teaching casts are light, warm to the touch, with a mould seam and an evenly painted matrix; this "
         "slab is heavy, cold, laminated grey shale from western Liaoning with a real bird skeleton, long tail "
         "feathers printed in the rock and a cracked back glued with epoxy: a Confuciusornis (Early Cretaceous "
         "Jehol biota), a fossil whose export China forbids, brought into the Union after its removal in breach of "
         "Chinese law (Regulation 2019/880, Article 3(1)), flown from Shenyang to Amsterdam for a fossil dealer; "
         "Chinese wording (Chinese fossils repeat in a few sets, a Jehol bird once, as a painted stone slab in "
         "blind103, and a resin-replica label once, on a Keichousaurus in blind154; kept as a repeat of the good, a "
         "university teaching-cast label is the new part)", firm("Nordhafen Fossielen BV", "NL")),
        ("CUL-04", "export", "DEAIR01", "air", "DE", [], "US", "970529",
         "Insektenschaukästen für den Biologieunterricht, modern, 48 Kästen", "DE", 96, 48, 1900, "EUR",
         "school insect boxes are recent, with printed labels and farmed butterflies and beetles on steel pins, at a "
         "few dozen euros each; these 48 are glazed mahogany drawers with hand-written labels of the 1860s-1890s, "
         "corroded brass pins and red type-specimen labels, the beetle collection of a Frankfurt naturalist's "
         "family kept since the 19th century: a zoological collection of historical and scientific importance worth "
         "far above the threshold, exported without the licence Regulation 116/2009 requires, flown from Frankfurt "
         "to Boston for a collector; German wording (natural-history collections repeat once, herbarium sheets in "
         "blind43 and blind80; a historic insect collection under a teaching-box label was found in no earlier row "
         "by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "JP", "902300",
         "Modelli anatomici didattici in PVC, usati, 6 pezzi", "IT", 40, 6, 600, "EUR",
         "PVC teaching models are light, hollow, seamed and printed with a maker's name; these six are solid, "
         "pigmented-beeswax figures on turned wooden bases, with silk-thread vessels, glass eyes and hand-written "
         "labels of a Bolognese anatomical cabinet of the late 18th century: ceroplastic anatomical models, "
         "historical-scientific heritage over 100 years old and above the value threshold, exported without the "
         "licence of Regulation 116/2009 and the Italian certificate of free circulation, flown from Bologna to "
         "Tokyo for a collector; Italian wording (wax anatomical models were found in no earlier row by a keyword "
         "search)", {"importer_country": "JP"}),
        ("CUL-06", "export", "NLPOST01", "post", "NL", [], "CN", "901180",
         "Decoratieve messing microscoop, replica, 1 stuk", "NL", 1.6, 1, 45, "EUR",
         "brass replica microscopes are bright, lacquered, cast in Indian workshops and stamped 'replica'; this one "
         "is an 18th-century compound microscope with a turned ivory-and-brass body, fishskin-covered case, "
         "slider set and the engraved signature of a Leiden instrument maker, with old collection labels under the "
         "base: an antique scientific instrument over 100 years old worth far above the threshold, exported without "
         "the licence Regulation 116/2009 requires, posted from Leiden to a buyer in Shanghai; Dutch wording "
         "(scientific instruments repeat in a few sets as astrolabes and octants; a microscope was found in no "
         "earlier cultural row by a keyword search)", {"importer_country": "CN"}),
        ("CUL-07", "import", "ATAIR01", "air", "PE", [], "AT", "630790",
         "Muestras de referencia textil para análisis de fibras, algodón y lana de camélido, 24 fragmentos", "PE",
         0.6, 24, 120, "USD",
         "textile reference samples are new, square-cut swatches with a certified fibre content; these 24 are "
         "brittle, polychrome camelid-wool fragments embroidered with flying feline and bird deities, grave dust and "
         "salt in the weave: Paracas mantle fragments (c. 300 BC - AD 100) from looted Necropolis graves, "
         "archaeological objects whose export Peru forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Lima to Vienna for a textile-analysis firm that deals on the side; Peruvian Spanish "
         "wording (Paracas textiles repeat in several sets; kept as a repeat, a fibre-analysis reference label is the "
         "new part)", firm("Alpina Textilanalytik GmbH", "AT")),
        ("CUL-08", "import", "DEAIR01", "air", "EG", [], "DE", "701790",
         "أدوات زجاجية معملية، بوروسيليكات، أكواب ودوارق، 200 قطعة", "EG", 60, 200, 400, "USD",
         "a laboratory-glassware air shipment for a Frankfurt lab-supply firm: borosilicate beakers and pipettes "
         "are what Cairo glassworks export, but the third item's 'small glass sample vials' are 60 iridescent, "
         "free-blown unguentaria and small bottles with weathering crusts, pontil marks and earth inside: Roman "
         "glass from Egypt (1st-4th century), archaeological objects whose export Egypt forbids, brought in without "
         "an import licence (Regulation 2019/880), hidden as the last item of a three-item declaration flown from "
         "Cairo; Egyptian Arabic wording (Roman glass repeats in several sets under Murano labels; a sample-vial "
         "label behind lab glassware is the new part as far as a search found)",
         dict(firm("Orion Laborbedarf GmbH", "DE"),
              _more_items=[item("701790", "ماصات زجاجية مدرجة، 500 قطعة", "EG", 20, 150, "USD", qty=500),
                           item("701090", "قوارير عينات زجاجية صغيرة، 60 قطعة", "EG", 6, 60, "USD", qty=60)])),
        ("CUL-09", "import", "FRAIR01", "air", "TR", [], "FR", "490199",
         "کتب پزشکی چاپی، دست دوم، ۳ جلد", "IR", 6, 3, 90, "USD",
         "used printed medical textbooks are machine-printed and machine-bound; one of these three is a hand-written "
         "nasta'liq manuscript on polished paper, with gold-ruled margins and a lacquer binding, of Ibn Sina's "
         "Canon of Medicine (al-Qanun fi'l-tibb) dated 1000 AH (1591-92) and stamped with a shrine library's waqf "
         "seal: a Safavid manuscript over 200 years old removed from Iran in breach of its law and brought in "
         "without the importer statement Regulation 2019/880 requires, flown from Istanbul to Paris for a dealer; "
         "Persian wording (Persian manuscripts repeat in many sets; a Canon of Medicine under a used-textbook label "
         "was found in no earlier row by a keyword search)", firm("Galerie Meridian SARL", "FR")),
        ("CUL-10", "import", "BEPOST01", "post", "MA", [], "BE", "253090",
         "Échantillons de roches pour l'enseignement de la géologie (quartzite, silex), 8 pièces", "MA", 3.8, 8,
         40, "EUR",
         "geology teaching samples are fresh, angular hand specimens with a painted number and a label card; these "
         "eight are patinated, symmetrical, bifacially flaked almond shapes with desert varnish and sand in the "
         "scars: Acheulean hand axes from the Sahara, archaeological objects over 250 years old whose export "
         "Morocco forbids, brought in without an import licence (Regulation 2019/880), posted from Errachidia to a "
         "private collector in Liège; Moroccan French wording (hand axes repeat in a few sets; a geology-teaching "
         "label was found in no earlier cultural row by a keyword search)", person("Mme L. Dupont", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "TR", "841989",
         "PCR-thermocyclers, 96-wells, 8 stuks", "NL", 960, 8, 24000, "EUR",
         "96-well thermal cyclers are 30 kg benchtop blocks at a few thousand euros each; these eight are 120 kg "
         "cabinets with reagent-bottle racks, an argon manifold, solvent valves and a column carousel: automated "
         "oligonucleotide (nucleic-acid) synthesizers, dual-use 2B352.j, exported without the licence Regulation "
         "2021/821 requires to an Istanbul lab-supplier whose earlier orders went on to a Tehran biotechnology "
         "institute; Dutch wording (biological equipment repeats in many sets; nucleic-acid synthesizers and a "
         "thermal-cycler label were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "AE", "382219",
         "ELISA-Positivkontrolle, lyophilisiertes Protein, 20 Fläschchen à 1 mg", "DE", 0.4, 20, 1800, "EUR",
         "ELISA positive controls are nanogram amounts of inactivated antigen packed inside their kit; these 20 "
         "vials travel alone on dry ice, hold a milligram each of purified staphylococcal enterotoxin B with a "
         "toxin hazard sticker under the outer label, and go to a Dubai 'diagnostics' trader that forwards to Iran: "
         "a toxin controlled as dual-use 1C351, exported without the licence Regulation 2021/821 requires; German "
         "wording (toxins and an ELISA label were found in no earlier strategic row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "KZ", "854411",
         "Emaloitu kuparinen käämilanka 0,8 mm, keloilla, 40 kelaa", "FI", 400, 40, 6000, "EUR",
         "enamelled copper winding wire is a soft, red-brown single conductor at about 12-15 EUR/kg; these 40 reels "
         "are stiff, rectangular copper-matrix wire whose polished cut shows dozens of silver-grey niobium-titanium "
         "filaments, worth many times the declared value, for an Almaty trader that supplies Russian MRI and "
         "research-magnet builders: superconducting composite conductor (dual-use 1C005), exported without a "
         "licence and on a route whose end use in Russia Regulation 833/2014 forbids; Finnish wording "
         "(superconducting wire and a winding-wire label were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-04", "export", "ATAIR01", "express", "AT", [], "AM", "284443",
         "Prüfstrahler für Geiger-Müller-Zählrohre, Schulsatz, freigestellte Aktivität, 5 Stück", "AT", 3.5, 5,
         400, "EUR",
         "school check sources are exempt-activity discs of a few kilobecquerels in plastic holders; this set's "
         "lead pot reads far above exemption on a gamma meter, a neutron monitor alarms beside it and one 'disc' is "
         "a welded stainless capsule of americium-241/beryllium of about 37 GBq: a radionuclide neutron source "
         "(dual-use 1C236), exported without a licence to a Yerevan 'school supplier' whose invoices go on to Iran; "
         "Austrian German wording (radioactive and neutron sources repeat in logging tools in blind58 and blind149; "
         "a Geiger check-source label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "PK", "810430",
         "Virutas de magnesio para reacciones de Grignard, 99,8 %, bidones de 25 kg, 40 bidones", "ES", 1000, 40,
         8000, "EUR",
         "Grignard-grade magnesium turnings are bright, curly shavings (1.74 g/cm3) that barely react with cold "
         "water; these drums, packed under argon, hold dull grey granules of 1.55 g/cm3 that fizz hard in cold "
         "water, colour a flame brick-red and come with an analysis giving under 1 ppm boron: high-purity calcium "
         "metal (dual-use 1C227), exported without a licence from Valencia to Karachi for a Rawalpindi "
         "'pharmaceutical' buyer; Spanish wording (high-purity calcium and a Grignard-turnings label were found in "
         "no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "LVAIR01", "air", "LV", [], "KG", "901819",
         "EKG kabeļu komplekti, rezerves daļas, 3 000 gab.", "LV", 90, 3000, 2400, "EUR",
         "ECG lead-wire sets are coiled, snap-ended cables of 30 g in sealed bags at a euro or two each; these "
         "cartons hold 3,000 reels of tape-packed microcontrollers and FPGAs in their makers' moisture-barrier "
         "bags, worth over 200,000 EUR, for a Bishkek 'medical' importer whose forwarder delivers to Russia: "
         "integrated circuits on the common high-priority list, whose sale for use in Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Riga; Latvian wording (integrated circuits through "
         "Kyrgyzstan repeat in many sets; an ECG lead-wire label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-07", "export", "PLAIR01", "air", "PL", [], "LB", "293339",
         "4-Hydroksy-1-metylopiperydyna, półprodukt farmaceutyczny 98 %, 10 bębnów po 25 kg", "PL", 250, 10, 7500,
         "EUR",
         "4-hydroxy-1-methylpiperidine (CAS 106-52-5) is an unlisted pharmaceutical intermediate; these ten drums "
         "and their certificate of analysis give CAS 3554-74-3, and the NMR trace in the certificate is that of "
         "the 3-hydroxy isomer: 3-hydroxy-1-methylpiperidine, an Australia Group chemical-weapons precursor "
         "(dual-use 1C350), exported without the licence Regulation 2021/821 requires, flown from Warsaw to a Beirut "
         "'pharmaceutical' trader that supplies Syria; Polish wording (piperidine precursors were found in no "
         "earlier row by a keyword search; 3-quinuclidinol, the related glycolate precursor, repeats in blind23, "
         "dev7-a and dev16-a)", {"importer_country": "LB"}),
        ("STR-08", "import", "PLSEA01", "sea", "TR", [], "PL", "310420",
         "Granular potassium chloride (MOP) 60 % K2O, Lao origin, bulk, 5,000 t", "LA", 5000000, None, 1400000,
         "USD",
         "Lao potash from the Khammouane mines is fine, white to pale-pink standard grade shipped from Vietnamese "
         "ports with a Lao certificate of origin; this bulk cargo is red-pink compacted granular of the Soligorsk "
         "grade, with Belarusian lot tags left in the holds and loading documents from Ust-Luga behind a Mersin "
         "switch bill of lading: Belarusian potash, whose import into the Union Regulation 765/2006 forbids, by sea "
         "from Mersin to Gdańsk for a Polish fertiliser distributor; English wording from a Turkish trader "
         "(Belarusian and Russian potash repeat in several sets under Russian and Chilean labels; a Lao-origin label "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Nawozy Sp. z o.o.", "PL")),
        ("STR-09", "export", "FRAIR01", "express", "FR", [], "PK", "282619",
         "Fluorure de lithium, qualité optique, pour fenêtres UV, poudre, 2 kg", "FR", 2, 1, 600, "EUR",
         "optical lithium fluoride is sold as polished blanks or as a cheap white powder at a fraction of a euro a "
         "gram; this powder's isotope certificate, left in the box, gives 95 % lithium-6, and the supplier's own "
         "invoice behind the customs one is for tens of thousands of euros: lithium enriched in lithium-6 (dual-use "
         "1C233), exported without a licence by express from Paris to a Lahore 'optics' firm tied to the nuclear "
         "programme; French wording (enriched lithium and an optical-LiF label were found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("STR-10", "export", "SEAIR01", "air", "SE", [], "TR", "902290",
         "Reservröntgenrör för dentala röntgenenheter, nya, 12 st.", "SE", 24, 12, 3600, "EUR",
         "replacement dental X-ray tube heads are small oil-filled housings of a couple of kilos with a tungsten "
         "target at 60-70 kV; these twelve are ceramic-metal hydrogen-filled thyratrons with reservoir heaters, rated "
         "for tens of kilovolts and kiloampere pulses, for an Ankara 'dental' dealer whose buyer is in Iran: "
         "thyratrons (dual-use 3A228), whose export Regulation 2021/821 licenses and whose supply to Iran "
         "Regulation 267/2012 forbids, flown from Stockholm; Swedish wording (thyratrons were found once, as guitar "
         "amplifier valves in blind57; a dental X-ray tube label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "LK", [], "DE", "283526",
         "කෘත්‍රිම හයිඩ්‍රොක්සිඇපටයිට් කැටිති, අස්ථි බද්ධ සඳහා, 500 g x 10", "LK", 5, 10, 400, "USD",
         "synthetic hydroxyapatite bone-graft granules are uniform, white, sintered beads in sterile blister packs "
         "with lot numbers; these ten bags hold irregular, bleached chunks and grit showing the star-shaped corallite "
         "pattern of Porites coral, with sand grains and no sterility labels, sent by express from Colombo to a "
         "Munich dental-implant supplier: raw stony coral (Scleractinia, CITES App. II) without CITES documents "
         "(Regulation 338/97); Sinhala wording (stony coral repeats in many sets as live rock and decoration; a "
         "bone-graft label was found in no earlier row by a keyword search)",
         firm("Central Dentalimplantat GmbH", "DE")),
        ("WLF-02", "import", "BEAIR01", "express", "KH", [], "BE", "300212",
         "សំណាកសេរ៉ូមមនុស្ស សម្រាប់មន្ទីរពិសោធន៍កណ្តាល / Human serum samples, clinical-trial central lab, "
         "400 x 2 ml, dry ice", "KH", 1, 400, 800, "USD",
         "clinical-trial central-laboratory shipments carry a protocol number, subject codes, the sponsor's "
         "manifest and a temperature logger; these 400 tubes are labelled with cage and animal numbers and 'Mf' "
         "codes of a Kampong Speu breeding farm, the manifest names no trial and the consignee is a Brussels broker "
         "that supplies contract research laboratories: serum of long-tailed macaques (Macaca fascicularis, CITES "
         "App. II) without CITES documents, by express from Phnom Penh; Khmer and English wording (long-tailed "
         "macaques repeat once, live, in blind33; macaque serum under a clinical-trial label was found in no "
         "earlier row by a keyword search)", firm("Meridian Clinical Logistics SA", "BE")),
        ("WLF-03", "import", "FRAIR01", "express", "NP", [], "FR", "291429",
         "मस्कोन (कृत्रिम), विश्लेषणात्मक सन्दर्भ मानक, १ ग्राम शीशी, २० वटा", "NP", 0.3, 20, 400, "USD",
         "synthetic muscone reference standards are clear, colourless oils in sealed ampoules with a certificate "
         "of analysis; these 20 vials hold dark-brown, granular, strongly animal-smelling grains and two small "
         "hairy pods: natural musk of Himalayan musk deer (Moschus, CITES App. I) without CITES documents, sent by "
         "express from Kathmandu to a Grasse fragrance laboratory; Nepali wording (musk repeats in several sets; "
         "a synthetic-muscone reference-standard label was found in no earlier row by a keyword search)",
         firm("Rivage Arômes SARL", "FR")),
        ("WLF-04", "import", "NLAIR01", "air", "PG", [], "NL", "970529",
         "Museum study skins, birds, scientific loan return / Ol drai skin bilong pisin, bilong saiens, 24", "PG",
         4, 24, 200, "USD",
         "study skins lent between museums carry the institutions' catalogue tags and travel under CITES scientific "
         "exchange labels between registered institutions; these 24 are fresh, untagged skins of Raggiana and "
         "lesser birds of paradise and of Goldie's bird of paradise, taken by hunters in the highlands and consigned "
         "to a feather dealer near Leiden, not to a museum: birds of paradise (Paradisaeidae, CITES App. II) without "
         "CITES documents, flown from Port Moresby; Tok Pisin and English wording (birds of paradise repeat in "
         "blind15 and blind33 as decoration and in blind120 behind a souvenir headdress; a museum loan-return label "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Natural History BV", "NL")),
        ("WLF-05", "import", "FIAIR01", "express", "TH", [], "FI", "150600",
         "น้ำมันนกอีมู บริสุทธิ์ สำหรับผิวหนัง, 500 มล. x 24 ขวด", "TH", 11, 24, 6000, "THB",
         "refined emu oil is a pale-yellow, almost odourless fat that sets soft in the cold; these 24 bottles hold "
         "an amber oil that smells of fish and reptile, stays liquid in the cold, and the labels peel off a Samut "
         "Prakan crocodile farm's own print, 'น้ำมันจระเข้': crocodile oil (Crocodylus siamensis, CITES App. I, "
         "traded only from registered farms with permits) without CITES documents, sent by express from Bangkok to "
         "a Tampere skin-care firm; Thai wording (crocodilian products repeat in several sets; an emu-oil label was "
         "found once, on a precursor in blind159, and on crocodile oil in no earlier row)",
         firm("Vega Ihotuotteet Oy", "FI")),
        ("WLF-06", "import", "ITAIR01", "air", "PH", [], "IT", "030821",
         "Buhay na sea urchin (Tripneustes gratilla), para sa embryology research, 200", "PH", 20, 200, 300, "USD",
         "a marine-laboratory air shipment for a Naples research-aquarium supplier: live sea urchins for "
         "embryology and bacteriological agar are what Cebu collectors send to research stations, but the third "
         "item's 'live sea snails for aquaria' are 30 live chambered nautiluses in oxygen bags, striped shells up "
         "to 18 cm: Nautilus pompilius (CITES App. II since 2017) without CITES documents, whose capture the "
         "Philippines restricts, hidden as the last item of a three-item declaration flown from Cebu; Tagalog "
         "wording (nautilus shells repeat in several sets; live nautiluses under a snail label behind sea urchins "
         "are the new part as far as a search found)",
         dict(firm("Atlantic Marine Biolab Srl", "IT"),
              _more_items=[item("130231", "Agar, bacteriological grade, 5 kg", "PH", 5, 200, "USD"),
                           item("030791", "Buhay na kuhol-dagat para sa aquarium, 30", "PH", 15, 150, "USD", qty=30)])),
        ("WLF-07", "import", "FRAIR01", "air", "TG", [], "FR", "350400",
         "Protéine recombinante lyophilisée, réactif de recherche, flacons de 100 mg, 20 flacons", "TG", 0.5, 20,
         1200, "EUR",
         "recombinant research proteins come from expression laboratories with a sequence sheet and a purity "
         "gel; these 20 vials of yellowish, glassy flakes are hand-labelled 'Pi venin' and come from a Lomé "
         "arthropod-export farm that milks scorpions: emperor scorpion venom (Pandinus imperator, CITES App. II) "
         "without CITES documents, flown from Lomé to Paris for a toxinology start-up; Togolese French wording "
         "(emperor scorpions repeat live in blind16 and blind35 under feeder-insect labels; venom under a "
         "recombinant-protein label was found in no earlier row by a keyword search)",
         firm("Horizon Toxinologie SARL", "FR")),
        ("WLF-08", "import", "NLAIR01", "air", "UG", [], "NL", "050790",
         "Cattle hoof keratin flakes, cleaned, for biomaterials research, 60 kg", "UG", 60, None, 300, "USD",
         "cleaned hoof flakes are grey-black or cream, fibrous, irregular shavings that smell of burnt hair on a "
         "hot needle; these sacks hold brown, overlapping, shield-shaped scales with ridged bases and tapering "
         "tips: pangolin scales (Manis and Phataginus, CITES App. I) without CITES documents, flown from Entebbe to "
         "Amsterdam for a 'biomaterials' start-up; Ugandan English wording (pangolin scales repeat in many sets; "
         "kept as a repeat of the good, a biomaterials-research keratin label is the new part)",
         firm("Delta Biomaterials BV", "NL")),
        ("WLF-09", "transit", "DEAIR01", "air", "NG", ["DE"], "CN", "902290",
         "Bone densitometry (DXA) calibration phantoms, 40 pcs", "NG", 80, 40, 2000, "USD",
         "DXA calibration phantoms are epoxy and hydroxyapatite blocks with serial numbers and a calibration "
         "certificate from their maker; these 40 cream-coloured, heavy cylinders show the cross-hatched Schreger "
         "lines of ivory on their sawn ends: elephant ivory (CITES App. I) without CITES documents, in transit "
         "through Frankfurt from Lagos to Guangzhou (Regulation 338/97 applies to goods in transit); Nigerian "
         "English wording (ivory repeats in many sets; a densitometry-phantom label was found in no earlier row by "
         "a keyword search)", {"importer_country": "CN"}),
        ("WLF-10", "import", "CZAIR01", "express", "ID", [], "CZ", "030119",
         "Ikan zebra (Danio rerio) hidup, galur penelitian, 60 ekor", "ID", 6, 60, 120, "USD",
         "research zebrafish lines are 3-4 cm, blue-and-gold striped fish shipped by the hundred with a line "
         "sheet from a stock centre; these 60 bags each hold one silver, 8 cm fish with a big mouth, chin barbels "
         "and large mirror scales, with microchip scars on some: Asian arowana (Scleropages formosus, CITES App. I) "
         "without CITES documents, sent by express from Jakarta to a Prague aquarium trader; Indonesian wording "
         "(arowana repeats in several sets; a research-zebrafish label was found in no earlier row by a keyword "
         "search)", firm("Orion Akvaristika s.r.o.", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "EEPOST01", "post", "MY", "EE", "284700",
     "Hydrogen peroxide 35 %, laboratory grade, 6 x 1 l, for a licensed private user (home aquaponics)", "MY", 6.8,
     6, 180, "MYR", [("PRECURSOR_LICENCE", "EE-PPA-56-0031")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "CA", "AT", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "CA", 4.6, 4, 160,
     "CAD", [("PRECURSOR_LICENCE", "AT-BMI-56-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "IE", "BE", "382549",
     "Spent HPLC solvent mixtures (16 05 06*), acetonitrile and methanol, for recovery at a licensed solvent "
     "plant, 80 drums", "IE", 13000, 80, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-56-0142")],
     "notified laboratory solvent waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "NO", "DE", "854931",
     "Scrapped electron microscopes and laboratory instruments (16 02 13*), for recovery at a licensed WEEE "
     "plant, 9 t", "NO", 9000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-56-0311")],
     "notified hazardous e-waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 1 l, for essential laboratory use", "US", 16, 10, 900, "USD",
     [("ODS_LICENCE", "PL-GIOS-ODS-56-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HUAIR01", "air", "US", "HU", "290377",
     "CFC-113 (1,1,2-trichlorotrifluoroethane), analytical reference standard, 5 x 1 ml, for laboratory use",
     "US", 0.05, 5, 600, "USD", [("ODS_LICENCE", "HU-AM-ODS-56-004")],
     "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "JP", "970510",
     "Ceroplastic anatomical model, pigmented wax on wooden base, Bologna, c. 1780, with export licence", "IT", 9,
     1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-56-0217")],
     "anatomical wax model exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "BEAIR01", "air", "CH", "BE", "970510",
     "Roman bronze surgical instruments, set of 12, documented Swiss collection since 1958", "SY", 1.2, 12, 42000,
     "EUR", [("IMPORT_LICENCE", "BE-FOD-IMP-56-0018")], "archaeological objects with the EU import licence"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "TR", "847989",
     "Automated oligonucleotide synthesizers, 2 units, for a Turkish university genomics centre", "NL", 240, 2,
     160000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-56-0488"), ("END_USER_CERTIFICATE", "TR-TUBITAK-EUC-56-0071")],
     "dual-use nucleic-acid synthesizers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "KR", "854411",
     "NbTi superconducting wire, copper matrix, 40 reels, for a Korean MRI magnet maker", "FI", 400, 40, 180000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-56-0203"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-56-0144")],
     "dual-use superconducting conductor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "283526",
     "Maricultured Porites coral granules, for bone-graft manufacture, 20 kg", "ID", 20, None, 6000, "USD",
     [("CITES_PERMIT", "ID-KLHK-56-02217")], "App. II cultured coral with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "TG", "FR", "350400",
     "Pandinus imperator venom, lyophilised, from a registered captive colony, 2 g", "TG", 0.01, 20, 3000, "EUR",
     [("CITES_PERMIT", "TG-MERF-56-0093")], "App. II scorpion venom with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Kadri Tamm", "PRM-02": "Privatperson", "PRM-05": "Horizon Odczynniki Sp. z o.o.",
    "PRM-06": "Alpina Biolab Kft.", "PRM-11": "Rivage Biomatériaux SARL", "PRM-12": "Horizon Toxinologie SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("382219", "Phosphate-buffered saline (PBS) 10x, sterile, 1 l bottles", "import", ["post"], ["MY", "IN"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("293090", "Dimethyl sulfoxide (DMSO) 99.9 %, cell-culture grade, 1 l", "import", ["express"], ["CA", "US"], (20, 40), (1, 4), ["USD", "CAD"], 1, S),
    ("382219", "EDTA decalcifying solution 14 %, for histology, 5 l cans", "import", ["road"], ["TR", "RS"], (2, 4), (500, 2000), ["EUR"], 0.2, S),
    ("282751", "Potassium bromide, FTIR grade, 500 g", "import", ["express"], ["CN", "IN"], (40, 80), (1, 3), ["USD"], 2, S),
    ("282739", "Lithium chloride, molecular-biology grade, 1 kg", "import", ["express"], ["KR", "CN"], (30, 60), (1, 4), ["USD"], 1, S),
    ("292219", "Tris buffer salt (Tris base), 25 kg sacks", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], 0.04, S),
    ("382499", "Microscope immersion oil type F, low fluorescence, 500 ml", "import", ["post"], ["JP", "US"], (40, 80), (1, 3), ["JPY", "USD"], 2, S),
    ("292529", "Guanidine hydrochloride, molecular-biology grade, 1 kg", "import", ["express"], ["IN", "CN"], (20, 40), (1, 4), ["USD"], 1, S),
    ("283630", "Sodium bicarbonate prophylaxis powder, mint, 250 g bottles", "import", ["air"], ["BR", "CH"], (8, 15), (100, 500), ["USD", "EUR"], 4, S),
    ("292690", "Acetonitrile, redistilled, 99.9 %, with certificate, drums", "export", ["sea"], ["IN", "CN"], (0.8, 1.4), (8000, 16000), ["EUR"], None, S),
    ("291211", "Formaldehyde solution 37 %, technical, IBC", "export", ["road"], ["ME", "RS"], (0.3, 0.6), (10000, 20000), ["EUR"], None, S),
    ("901210", "Tabletop scanning electron microscope, new, crated", "export", ["air"], ["NG", "GH"], (800, 1500), (60, 300), ["EUR"], 0.01, S),
    ("842139", "HEPA filter cells H14, new, boxed", "export", ["sea"], ["SN", "MA"], (6, 12), (2000, 6000), ["EUR"], 0.1, S),
    ("291219", "Glutaraldehyde 50 %, for leather tanning, IBC", "export", ["road"], ["BA", "RS"], (1.5, 2.5), (8000, 20000), ["EUR"], None, S),
    ("903020", "Digital oscilloscopes, 100 MHz, new, for school laboratories", "export", ["road"], ["UA", "MD"], (40, 80), (200, 1000), ["EUR"], 0.2, S),
    ("901180", "Optical teaching microscopes, new, boxed", "export", ["sea"], ["GN", "SN"], (30, 60), (500, 2000), ["EUR"], 0.2, S),
    ("701990", "Glass-fibre fire blankets, 1.2 x 1.2 m, new", "export", ["sea"], ["GE", "AM"], (6, 12), (1000, 4000), ["EUR"], 1, S),
    ("901890", "Volumetric infusion pumps, new, boxed", "export", ["air"], ["LR", "GH"], (60, 120), (200, 1500), ["EUR"], 0.2, S),
    ("842410", "MRI-compatible water-mist fire extinguishers, 2 l, new", "import", ["air"], ["US", "TW"], (30, 60), (100, 500), ["USD"], 0.25, S),
    ("271019", "White mineral oil (liquid paraffin), technical, 200 l drums", "import", ["sea"], ["PK", "IN"], (1.2, 2), (6000, 14000), ["USD"], None, S),
    ("280429", "Helium 5.0 for gas chromatography, 50 l cylinders", "import", ["sea"], ["US", "QA"], (8, 15), (2000, 6000), ["USD"], 0.015, S),
    ("290110", "Isopentane (2-methylbutane), histology grade, 2.5 l bottles", "import", ["air"], ["CN", "US"], (20, 40), (50, 300), ["USD"], 0.6, S),
    ("382499", "Histology clearing agent, d-limonene based, 5 l cans", "import", ["sea"], ["IN", "US"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("281121", "Carbon dioxide 99.995 %, for CO2 incubators, 30 kg cylinders", "import", ["road"], ["RS", "CH"], (1, 2), (1000, 3000), ["EUR"], 0.02, S),
    ("271210", "White petroleum jelly, pharmaceutical grade, 20 kg pails", "import", ["sea"], ["JO", "IN"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("961700", "Liquid-nitrogen dewars, aluminium, 35 l, new, empty", "import", ["sea"], ["CN", "US"], (20, 40), (300, 1500), ["USD"], 0.06, S),
    ("901890", "Surgical instruments, stainless, returned after refurbishment", "import", ["air"], ["PK", "LB"], (60, 120), (50, 400), ["USD"], None, S),
    ("382290", "XRF calibration reference discs, certified, sets", "import", ["express"], ["TR", "US"], (200, 400), (1, 2), ["USD", "EUR"], 20, S),
    ("392690", "Resin fossil replicas for teaching, 1:1 casts", "import", ["air"], ["CN", "MA"], (10, 25), (50, 300), ["USD"], 0.1, S),
    ("970529", "Entomology teaching boxes, farmed butterflies and beetles, new", "export", ["air"], ["US", "JP"], (30, 60), (50, 300), ["EUR"], 0.5, S),
    ("902300", "Anatomical teaching models, PVC, new", "export", ["air"], ["JP", "US"], (20, 40), (100, 600), ["EUR"], 0.2, S),
    ("901180", "Brass replica microscopes, decorative, new", "export", ["post"], ["CN", "US"], (20, 40), (1, 3), ["EUR"], 0.6, S),
    ("701790", "Borosilicate laboratory glassware, assorted, new", "import", ["air"], ["EG", "CN"], (6, 12), (100, 800), ["USD"], 3, S),
    ("253090", "Rock and mineral teaching sets, labelled, boxed", "import", ["post"], ["MA", "US"], (15, 30), (1, 4), ["EUR", "USD"], 2, S),
    ("841989", "PCR thermal cyclers, 96-well, new", "export", ["air"], ["TR", "AE"], (150, 300), (30, 240), ["EUR"], 0.03, S),
    ("382219", "ELISA diagnostic kits, boxed", "export", ["express"], ["AE", "TR"], (200, 400), (1, 3), ["EUR"], 2, S),
    ("854411", "Enamelled copper winding wire, 0.8 mm, reels", "export", ["sea"], ["TR", "IN"], (9, 14), (2000, 8000), ["EUR"], 0.1, S),
    ("810430", "Magnesium turnings for Grignard reactions, 99.8 %", "export", ["sea"], ["PK", "IN"], (6, 10), (500, 2000), ["EUR"], None, S),
    ("901819", "Disposable ECG electrodes, boxed", "export", ["air"], ["KG", "KZ"], (8, 14), (200, 800), ["EUR"], 150, S),
    ("283526", "Synthetic hydroxyapatite granules, for bone-graft manufacture", "import", ["air"], ["LK", "KR"], (80, 150), (5, 40), ["USD"], None, S),
    ("291429", "Muscone (synthetic), fragrance grade, 100 g bottles", "import", ["express"], ["IN", "CN"], (800, 1500), (1, 2), ["USD"], 10, S),
    ("902290", "Bone-densitometry calibration phantoms, epoxy and hydroxyapatite", "import", ["air"], ["US", "JP"], (200, 400), (5, 40), ["USD"], 0.2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160,
# blind168 and blind176, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel
# rows, with four new rows instead of blind176's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("420292", "Cosmetic bags, polyester, zipped", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 8, N),
        ("960390", "Wooden dish brushes with replaceable heads", "import", ["sea"], ["LK", "CN"], (3, 6), (1000, 4000), ["USD"], 10, N),
        ("940490", "Memory-foam pillows, boxed", "import", ["sea"], ["TR", "CN"], (4, 7), (2000, 6000), ["USD", "EUR"], 1, N),
        ("962000", "Phone tripods, foldable, aluminium and plastic", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind182", 20560701, HERE)


if __name__ == "__main__":
    main()
