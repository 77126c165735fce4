#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-fourth blind set (tests/risk/data/blind224-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2063, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: sugar, confectionery, bakery and snacks (sugar refiners
and traders, beet-sugar factories, confectioners and chocolatiers, cake decorators and
pastry shops, ice-cream makers, industrial bakeries and biscuit makers, snack makers, and
the ingredient importers and equipment dealers who supply them). Written by a person who
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
would. Ids are BL224-*:

    python3 tests/risk/data/make_blind224_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "BR", [], "PT", "391231",
         "Goma CMC (tylose) para pasta americana e flores de açúcar, 4 potes de 500 g", "BR", 2.2, 4, 140, "BRL",
         "the CMC (tylose) that Brazilian cake decorators knead into sugar paste is a light, fluffy, off-white powder "
         "that turns a spoon of water into a stiff gum within minutes; these four tubs hold a dense, gritty, "
         "crystalline white powder that sinks in water without thickening it, burns fiercely mixed with icing sugar "
         "and whose inner bags read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from São Paulo to a "
         "private person in Braga; Brazilian Portuguese wording (potassium perchlorate repeats in many sets; a "
         "tylose or CMC label was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "DEAIR01", "air", "JP", [], "DE", "170290",
         "パラチノース（イソマルツロース）シュガーフリー飴用、1 kg 袋 × 300", "JP", 300, 300, 2400, "USD",
         "isomaltulose (Palatinose) for sugar-free hard candy is a fine, faintly sweet, white sugar that caramelises "
         "slowly in a pan; these 300 bags hold colourless, tasteless, damp-drawing crystals that do not melt into a "
         "syrup but spit and flare on a hot pan, and the Osaka repacker's inner labels give CAS 7601-89-0, for a "
         "Hamburg sugar-art web shop that sells 1 kg bags to home confectioners: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Osaka; Japanese wording (sodium perchlorate "
         "repeats in many sets and sugar-substitute covers (erythritol, xylitol, trehalose, isomalt) in several; an "
         "isomaltulose label was found in no earlier row by a keyword search)",
         firm("Nordhafen Zuckerkunst GmbH", "DE")),
        ("PRE-03", "import", "FRPOST01", "post", "TN", [], "FR", "330190",
         "ماء الزهر مقطر من نابل (eau de fleur d'oranger), 4 قوارير 1 لتر", "TN", 4.9, 4, 90, "TND",
         "Nabeul orange-blossom water (mâ zhar) is a water-clear distillate of 1.00 kg/l that smells strongly of "
         "neroli and is used by the spoonful in makroudh and baklawa; these four bottles have vented caps, weigh "
         "1.20 kg/l, smell of nothing, whiten the skin and foam on a cut: about 50 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Nabeul to a private person in Marseille; Tunisian Arabic wording (hydrogen "
         "peroxide repeats in many sets and flower-water covers (rose, kewra) in several; the search after drafting "
         "found Tunisian orange-blossom water on peroxide once, in bulk (blind104): kept as a repeat, a parcel to a "
         "private person in Marseille is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-04", "import", "SEPOST01", "post", "NO", [], "SE", "330210",
         "Mandelessens til marsipan og julebakst, 4 x 1 liter", "NO", 4.7, 4, 640, "NOK",
         "almond essence for marzipan is a thin, clear liquid of about 1.0 kg/l in alcohol that smells powerfully of "
         "marzipan (benzaldehyde) and floats on oil; these four bottles hold an oily liquid of 1.14 kg/l that sinks in "
         "water, smells only faintly fruity, lights with a pale flame and has the filler's 'CH3NO2' drum number on "
         "the packing list: nitromethane (Annex I above 16 %), posted from Bergen to a private person in Göteborg, "
         "although flammable liquids go by post only as declared dangerous goods; Norwegian wording (nitromethane "
         "repeats in many sets and a clear-vanilla cover once (blind151); an almond-essence label was found in no "
         "earlier row by a keyword search)", person("Karin Andersson", "SE")),
        ("PRE-05", "import", "ESSEA01", "sea", "CL", [], "ES", "291814",
         "Ácido cítrico líquido al 50 %, grado alimentario, para caramelos y mermeladas, botellas 1 L, 1.000 unidades",
         "CL", 1400, 1000, 1300, "USD",
         "liquid citric acid for sweets is a clear, odourless, sour solution of about 1.24 kg/l; these bottles weigh "
         "1.40 kg/l, fume yellow-brown when opened, yellow the skin, eat into a copper coin and carry 'UN 2031' on "
         "the outer cartons, for a Valencia confectionery-supply web shop that sells 1 l bottles to home jam and "
         "candy makers: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, by sea "
         "from San Antonio; Chilean Spanish wording (nitric acid repeats in many sets and citric-acid covers in "
         "several, on powders; a liquid-citric-acid label was found in no earlier row by a keyword search)",
         firm("Rivage Dulcería SL", "ES")),
        ("PRE-06", "import", "PTSEA01", "sea", "BD", [], "PT", "170230",
         "তরল গ্লুকোজ (লিকুইড গ্লুকোজ), মিষ্টি তৈরির জন্য, ১ কেজি জার, ২,৪০০ জার", "BD", 2400, 2400, 2900, "USD",
         "liquid glucose for rasgulla and jalebi makers is a stiff, clear, sweet syrup of 1.42 kg/l that barely pours; "
         "these jars hold a runny, oily, odourless liquid of 1.84 kg/l that grows hot with a drop of water and "
         "blackens a sugar cube, for a Lisbon Bangladeshi cash-and-carry that sells the jars to the public: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Chattogram; "
         "Bengali wording (sulphuric acid repeats in many sets and syrup covers in several, glucose syrup among them "
         "twice; a liquid-glucose label in Bengali by sea to Lisbon is the new part as far as a search found)",
         firm("Horizon Mercearia Lda", "PT")),
        ("PRE-07", "import", "IEAIR01", "express", "IN", [], "IE", "283539",
         "सोडियम एसिड पायरोफॉस्फेट (SAPP 28), बेकिंग के लिए, 4 x 1 किलो", "IN", 4.1, 4, 1600, "INR",
         "SAPP leavening acid is a fine, chalky white powder that fizzes with baking soda in water and has no smell; "
         "these four packs hold glossy, tabular crystals that do not fizz with soda, spit violet sparks on a hot "
         "pan and whose inner liners give CAS 3811-04-9: potassium chlorate (Annex I above 40 %), sent by express "
         "from Mumbai to a private person in Cork; Hindi wording (potassium chlorate repeats in many sets and "
         "leavening covers (cream of tartar, baking powder) in several; a SAPP or pyrophosphate label was found in "
         "no earlier row by a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-08", "import", "DKAIR01", "express", "CA", [], "DK", "170199",
         "Sanding sugar, coarse white, for cookie decorating, 4 x 1 kg", "CA", 4.0, 4, 60, "CAD",
         "coarse sanding sugar is a sparkling, sweet, hard granule that dissolves slowly and caramelises on a hot "
         "pan; these four bags hold clear, cubic, tasteless crystals that draw damp within hours, crackle and flare "
         "yellow on a hot pan and leave a salty white ash, and the Ontario packer's invoice annex gives CAS "
         "7775-09-9: sodium chlorate (Annex I above 40 %), sent by express from Toronto to a private person in "
         "Aarhus; Canadian English wording (sodium chlorate repeats in many sets under sugar-like labels (rock sugar, "
         "pearl sugar); a sanding-sugar label was found in no earlier row by a keyword search)",
         person("Mette Jensen", "DK")),
        ("PRE-09", "import", "ROSEA01", "sea", "GE", [], "RO", "291550",
         "კალციუმის პროპიონატი, საცხობი ობის საწინააღმდეგო, 25 კგ ტომრები, 640 ტომარა", "GE", 16000, 640, 9600,
         "USD",
         "calcium propionate, the bakers' mould inhibitor, is a fine, light, white powder that smells of cheese and "
         "vinegar; these sacks hold hard, smooth, odourless white prills that turn ice-cold in water, test at 34 % N "
         "and melt and fume on a hot plate, for a Constanța bakery-supply cash-and-carry that sells 25 kg sacks to "
         "farmers and the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Poti; Georgian wording (ammonium nitrate repeats in many sets and bakery covers "
         "(hartshorn salt, baking ammonia) in a few; a calcium-propionate label was found in no earlier row by a "
         "keyword search)", firm("Vega Panificație SRL", "RO")),
        ("PRE-10", "import", "NLAIR01", "express", "MY", [], "NL", "210690",
         "Pemanis cecair sukralosa, tanpa gula, 4 botol x 1 liter", "MY", 4.9, 4, 180, "MYR",
         "liquid sucralose sweetener is a thin, clear, intensely sweet solution of 1.0 kg/l sold in dropper bottles; "
         "these four litre bottles have vented caps, weigh 1.13 kg/l, have no taste at all on a cautious touch, "
         "whiten the skin and foam on rust: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Penang to a private person in Utrecht; Malay wording (hydrogen peroxide repeats in many sets, stevia "
         "covers in a few; a sucralose label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "VN", "230990",
         "Bakkerijmeel (voormalige levensmiddelen), voer-grondstof, ontpakt, 26 t", "NL", 26000, None, 3900, "EUR",
         "bakery meal from former foodstuffs is a dry, brown, biscuit-smelling meal, depackaged and ground, with a "
         "feed-safety certificate; this container holds damp, mouldy, shredded crisp and biscuit packs with the "
         "metallised film and plastic trays still in, sour-smelling and full of wasps, from a Brabant snack "
         "factory's rejects and returns: mixed food and packaging waste (19 12 12, with plastics) that is no green-"
         "listed waste, shipped to a non-OECD country without the notification and consent its answer under "
         "Regulation 1418/2007 requires, from Rotterdam to Haiphong for a 'feed mill'; Dutch wording (expired-goods "
         "waste repeats in many sets; a bakery-meal or former-foodstuff label was found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WST-02", "export", "HRSEA01", "sea", "HR", [], "MY", "392020",
         "BOPP folija, primarna, u rolama, 22 t", "HR", 22000, None, 4400, "EUR",
         "prime BOPP film comes as clean, clear, even rolls on cores with a maker's label; these bales are crushed, "
         "metallised crisp-wrapper offcuts and misprints laminated to PET and aluminium, greasy with frying oil and "
         "salt and smelling rancid, from a Zagreb-area snack maker's packing hall: contaminated, multilayer plastic "
         "waste (outside B3011, Basel Y48) shipped to Malaysia without the notification and consent it needs, from "
         "Rijeka to Port Klang; Croatian wording (plastic waste as prime film repeats in many sets and metallised "
         "film twice; a BOPP label was found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", [], "CZ", "283650",
         "Carbokalk aus der Zuckerfabrik, Kalkdünger für Ackerflächen, lose, 25 t", "DE", 25000, None, 250, "EUR",
         "Carbokalk, the lime from beet-juice purification, is a damp, grey-brown, earthy-sweet lime sold to farmers "
         "each autumn; this tipper holds a dry, fine, light-grey dust that smells of ammonia when wet, stings the "
         "eyes and reads high chloride, lead and dioxins, collected from a Ruhr waste incinerator's bag filters: "
         "flue-gas treatment residues (19 01 07*), hazardous waste shipped to the Czech Republic without the "
         "notification and consent it needs, for a 'farm' near Most that backfills a pit; German wording (APC "
         "residues repeat in several sets; a sugar-factory lime (Carbokalk) label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CZ"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "AO", "847621",
         "Máquinas de venda automática de snacks e bebidas, usadas, em funcionamento, 60 unidades", "PT", 14400, 60,
         6000, "EUR",
         "working second-hand vending machines come cleaned, with a test label and their coin mechanisms; these 60 "
         "have smashed fronts, missing boards and coin units, cut mains leads and oil under the compressors, and "
         "were pulled out of Lisbon schools and stations by a scrap collector: waste electrical equipment with "
         "refrigerant circuits (16 02 11*), hazardous waste whose export to a non-OECD country is banned, from Lisbon "
         "to Luanda; Portuguese wording (vending machines repeat in a few sets, as new HFC or restored Soviet machines "
         "and a water cooler; snack machines scrapped as WEEE to Angola are the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "IN", "380210",
         "Käytetty aktiivihiili sokerinpuhdistuksesta, regenerointiin, suursäkit, 20 t", "FI", 20000, None, 2000,
         "EUR",
         "spent carbon from decolourising glucose and sugar syrups is a sticky, sweet-smelling black granule that "
         "reactivates cleanly; these bags hold a dry, dusty carbon that reads 300 mg/kg mercury and smells of "
         "sulphur, from the flue-gas mercury filters of a Finnish waste-to-energy plant: spent activated carbon from "
         "flue-gas treatment (19 01 10*), hazardous waste whose export to a non-OECD country is banned, from Kotka to "
         "Nhava Sheva for a 'reactivation plant'; Finnish wording (spent activated carbon repeats in several sets; "
         "a sugar-refinery carbon label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "SN", "170390",
         "Mélasse de betterave pour alimentation animale, flexitanks, 24 t", "FR", 24000, None, 2900, "EUR",
         "beet molasses is a dark-brown, sweet, liquorice-smelling syrup of 1.4 kg/l that dissolves in water; these "
         "flexitanks hold a black, oily sludge of 0.95 kg/l that floats on water, smells of diesel and leaves a "
         "rainbow film, pumped from a Le Havre tank farm's tank-cleaning and interceptors: oily sludge (13 05 02*, "
         "16 07 08*), hazardous waste whose export to a non-OECD country is banned, from Le Havre to Dakar for a "
         "'cattle feed' buyer; French wording (oily sludges repeat in many sets, flexitanks in several and beet "
         "molasses once (blind127); a feed-molasses label on oily sludge is the new part as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-07", "export", "ROROAD01", "road", "RO", [], "MD", "850422",
         "Transformatoare de putere uzate, în ulei, funcționale, 1.000 kVA, 8 bucăți", "RO", 28000, 8, 8000, "EUR",
         "working used transformers come with an oil test showing no PCBs and a recent service plate; these eight "
         "1970s units, taken out of a closed sugar factory in Roman (Neamț), carry 'Sovtol' on the plates, leak a heavy, "
         "non-burning oil of 1.5 kg/l and have no test at all: equipment containing PCBs (16 02 09*), hazardous "
         "waste whose export to a non-OECD country is banned, at Albița for a Chișinău 'electrical contractor'; "
         "Romanian wording (PCB transformers repeat in many sets; from a closed sugar factory to Moldova is the new "
         "part as far as a search found)", {"importer_country": "MD"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "GH", "940690",
         "Used cold-room sandwich panels for re-erection, 2 x 40 ft", "IE", 18000, None, 3000, "EUR",
         "re-usable cold-room panels are whole, numbered, pentane-blown panels with their cam locks; these are broken "
         "and cut 1980s panels from a demolished Cork ice-cream plant's hardening store, foam crumbling and smelling "
         "sweet, and a gas test on the foam gives CFC-11: demolition waste containing ozone-depleting substances "
         "(17 06 03*, 17 09 03*), hazardous waste whose export to a non-OECD country is banned, from Cork to Tema; "
         "Irish English wording (sandwich and cold-room panels repeat in several sets; from an ice-cream plant to "
         "Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "902219",
         "Gebruikte röntgeninspectiesystemen voor snack- en koekjeslijnen, werkend, 12 stuks", "BE", 7200, 12, 9600,
         "EUR",
         "working used food X-ray inspection systems come with a radiation test certificate and a working generator; "
         "these twelve have their X-ray tubes and boards removed, lead-lined cabinets torn open and cracked CRT "
         "monitors packed in loose, from West Flemish biscuit and crisp lines: waste electrical equipment with "
         "lead shielding and CRT glass (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Lagos; Flemish Dutch wording (X-ray machines repeat in many sets and an inspection-system label once (blind201); "
         "snack-line inspection systems are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "GH", "843810",
         "Impastatrici a spirale usate, revisionate, 12 unità", "IT", 3600, 12, 9000, "EUR",
         "a second-hand bakery container for Kumasi: spiral mixers and deck ovens are what Genoa dealers ship to West "
         "African bakeries, but the third item's 'pannelli isolanti in lana di roccia, ricambio forni' are grey, "
         "fibrous, crumbling slabs stripped from a 1970s Veneto tunnel oven, in torn bags, that show amosite fibres "
         "under a lens: asbestos insulation waste (17 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Genoa to Tema; Italian wording (asbestos "
         "repeats in many sets and a bakery-equipment order once, on carbon fibre; tunnel-oven insulation behind "
         "bakery machines is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("841720", "Forni a piani usati per panificio, 6 unità", "IT", 7200, 6000, "EUR", qty=6),
                           item("680610", "Pannelli isolanti in lana di roccia, ricambio forni, 3 t", "IT", 3000, 300, "EUR")])),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "CN", [], "DE", "320300",
         "食用珠光喷雾（闪粉喷雾），HFC-152a 推进剂，100 ml，12,000 罐", "CN", 1800, 12000, 9600, "USD",
         "edible lustre sprays for cakes and chocolates use HFC-152a or a hydrocarbon propellant and say so on the "
         "can; these 12,000 cans carry no flame mark, the propellant recovered from a test can boils at -26 °C and "
         "the filler's cartons inside read 'R134a': novelty aerosols with HFC-134a, which Regulation 2024/573 forbids "
         "to place on the Union market, by sea from Ningbo to Hamburg for a cake-decorating web shop; Chinese "
         "wording (HFC-134a in sprays repeats in many sets, freeze and cold sprays among them; an edible lustre "
         "spray was found in no earlier row by a keyword search)", firm("Alpina Tortendekor GmbH", "DE")),
        ("OZN-02", "import", "NLAIR01", "air", "IN", [], "NL", "271012",
         "Petroleum ether 40-60 °C, AR grade, for Soxhlet fat extraction, 24 x 2.5 l", "IN", 96, 24, 720, "USD",
         "petroleum ether is a light (0.65 kg/l), very flammable, petrol-smelling solvent; these 24 bottles weigh "
         "1.59 kg/l, do not burn, smell sweet like chloroform and boil at 77 °C, for a Zaandam cocoa-grinder's "
         "laboratory that checks the fat in cocoa cake: carbon tetrachloride, whose import into the Union is banned "
         "outside licensed laboratory uses, flown from Mumbai to Amsterdam; Indian English wording (carbon "
         "tetrachloride repeats in very many sets; a petroleum-ether or Soxhlet label was found in no earlier row by "
         "a keyword search)", firm("Central Cacao Laboratorium BV", "NL")),
        ("OZN-03", "import", "HRROAD01", "road", "BA", [], "HR", "281121",
         "Prehrambeni CO2 (E290) u bocama, za proizvodnju pucketavih bombona, 60 boca", "BA", 3000, 60, 1800, "EUR",
         "food-grade CO2 for popping candy comes in tall, grey cylinders at about 57 bar with a syphon tube; these 60 "
         "short, green, single-use drums read 9 bar, slosh and hold a liquid that boils at -41 °C, and the valve "
         "stamps read 'R22': chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at "
         "Stara Gradiška for a Zagreb confectioner's 'cooling tunnel service'; Bosnian wording (HCFC-22 repeats in "
         "many sets and gas-cylinder covers in several; a popping-candy CO2 label was found in no earlier row by a "
         "keyword search)", firm("Delta Bombonijera d.o.o.", "HR")),
        ("OZN-04", "import", "GRROAD01", "road", "TR", [], "GR", "841850",
         "Pasta teşhir dolapları, R290 (propan) soğutucu, 40 adet", "TR", 8000, 40, 28000, "EUR",
         "plug-in patisserie display cabinets on R-290 carry a flame symbol and a charge of about 150 g; these 40 "
         "have no flame mark, a 1.2 kg charge behind an HFC sight glass and compressor tags reading 'R404A': plug-in "
         "commercial refrigeration with an HFC of GWP 3,922, which Regulation 2024/573 forbids to place on the market, "
         "on a lorry at Kipoi for a Thessaloniki pastry-shop fitter; Turkish wording (HFC plug-in cabinets repeat in "
         "several sets and a cake display once (blind123); kept as a repeat, from Türkiye by road into Greece is the "
         "new part)", firm("Orion Zacharoplastiki AE", "GR")),
        ("OZN-05", "export", "BESEA01", "sea", "BE", [], "GH", "843820",
         "Ligne d'enrobage et tunnel de refroidissement, chocolaterie, d'occasion, révisée, 1 ensemble", "BE", 9000,
         1, 24000, "EUR",
         "a reconditioned chocolate enrobing line for export comes with its cooling tunnel emptied and refilled with "
         "R-290 or CO2 and a test report; this line, taken out of a Brussels praline maker, still holds its 1990s "
         "R-22 charge (about 18 kg in the tunnel's condensing unit) and was not emptied: equipment containing an "
         "HCFC, whose export from the Union is banned (Regulation 2024/590), from Antwerp to a Tema cocoa processor; "
         "Belgian French wording (R-22 equipment for export repeats in many sets and a cooling tunnel once "
         "(blind157); a praline maker's enrobing line to Ghana is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("OZN-06", "import", "SKROAD01", "road", "UA", [], "SK", "842490",
         "Вибухопридушувачі HRD з порошком бікарбонату натрію для цукрових силосів, 24 шт.", "UA", 720, 24, 7200,
         "EUR",
         "explosion suppressors for sugar silos are now stainless bottles of sodium-bicarbonate powder driven by "
         "nitrogen; these 24 bottles, taken out of a closed Vinnytsia sugar plant, hold no powder at all but a "
         "liquefied gas of 1.57 kg/l at 42 bar, and the original stencils under the new labels read 'Freon 13B1': "
         "halon 1301, whose import into the Union is banned outside licensed critical uses, on a lorry at Vyšné "
         "Nemecké for a Trnava 'fire-protection service'; Ukrainian wording (halon in explosion suppressors repeats "
         "once, from a flour mill (blind181); kept as a repeat, sugar-silo suppressors from Ukraine are the new part)",
         firm("Vega Protipožiarna s.r.o.", "SK")),
        ("OZN-07", "import", "FRSEA01", "sea", "TH", [], "FR", "841869",
         "เครื่องทำไอศกรีมผัด (ไอศกรีมม้วน) กระทะเย็น R290, 30 เครื่อง", "TH", 2400, 30, 12000, "USD",
         "Thai rolled-ice-cream cold plates sold in Europe run on R-290 with a flame label and 150 g of gas; these 30 "
         "machines have no flame label, a 900 g charge and compressor stickers reading 'R22', and hiss a gas that "
         "reads chlorodifluoromethane on a leak tester: equipment containing HCFC-22, whose import into the Union is "
         "banned, by sea from Laem Chabang to Marseille for a dessert-kiosk franchise; Thai wording (R-22 equipment "
         "repeats in many sets, and the search after drafting found rolled-ice-cream machines on HFCs in a few "
         "(blind154, blind172): kept as a repeat, with R-22 by sea from Thailand to Marseille as the new part)",
         firm("Rivage Desserts SARL", "FR")),
        ("OZN-08", "import", "PLSEA01", "sea", "VN", [], "PL", "392310",
         "Hộp giữ lạnh kem, xốp PU, bơm cyclopentane, 6.000 chiếc", "VN", 9000, 6000, 12000, "USD",
         "insulated ice-cream delivery boxes blown with cyclopentane are light, pale PU shells with a flame-free data "
         "sheet; cut open, these 6,000 boxes give off a sweet, ether-like smell and a gas test of the foam cells "
         "reads 1,1-dichloro-1-fluoroethane: products containing HCFC-141b, whose import into the Union is banned, by "
         "sea from Haiphong to Gdańsk for an ice-cream distributor; Vietnamese wording (HCFC-141b foams repeat in "
         "many sets, motorbike delivery boxes once (blind146); ice-cream delivery boxes from Viet Nam are the new "
         "part as far as a search found)", firm("Nordhafen Lody Sp. z o.o.", "PL")),
        ("OZN-09", "import", "ITSEA01", "sea", "EG", [], "IT", "340290",
         "منظف قوالب الشوكولاتة، غير قابل للاشتعال، 80 برميل × 200 لتر", "EG", 19800, 80, 16000, "USD",
         "a non-flammable chocolate-mould cleaner is a water-based alkaline detergent that foams and smells of "
         "nothing; these 80 drums hold a clear, water-thin liquid of 1.24 kg/l that does not mix with water, boils in "
         "the hand at 32 °C, smells of ether and whose drum heads read '141b': 1,1-dichloro-1-fluoroethane "
         "(HCFC-141b), whose import into the Union is banned, by sea from Alexandria to Genoa for a Turin chocolate "
         "maker's mould shop; Egyptian Arabic wording (HCFC-141b solvents repeat in many sets and mould-cleaner labels twice, for PU and tyre moulds "
         "(blind195, blind210); a chocolate-mould cleaner label was found in no earlier row by a keyword search)", firm("Meridian Cioccolato Srl", "IT")),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "843820",
         "巧克力调温机，全自动，20 台", "CN", 4000, 20, 40000, "USD",
         "a chocolate-machinery container for a Poznań confectioner: tempering machines and enrobers are what Chinese "
         "makers ship, but the third item's 'R290 冷却隧道用冷媒, 10 kg 钢瓶' are 120 disposable 13.6 kg cylinders "
         "that read 10 bar, weigh too much for propane and whose valves are stamped 'R22': HCFC-22, whose import into "
         "the Union is banned, in disposable cylinders, which are banned as well, hidden as the last item of a "
         "three-item declaration, by sea from Shanghai to Gdańsk; Chinese wording (HCFC-22 under hydrocarbon labels "
         "repeats in several sets; behind chocolate machinery is the new part as far as a search found)",
         dict(firm("Central Słodycze Sp. z o.o.", "PL"),
              _more_items=[item("843820", "巧克力涂衣机，600 mm，4 台", "CN", 3200, 24000, "USD", qty=4),
                           item("271112", "R290 冷却隧道用冷媒, 10 kg 钢瓶, 120 瓶", "CN", 1632, 1800, "USD", qty=120)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "LB", [], "DE", "441990",
         "قوالب معمول خشبية محفورة يدوياً، جديدة، 8 قطع", "LB", 2.4, 8, 90, "USD",
         "new hand-carved maamoul moulds are pale beech paddles with a deep, crisp cup for the date cookie; these "
         "eight are flat, round stamps of dark terracotta and worn bronze with a handle knob, carved in reverse with "
         "crosses, Greek letters and saints, encrusted with earth: Byzantine bread (eulogia) stamps of the 5th-7th "
         "century, archaeological objects taken out of Syria, brought in without the import licence Regulation "
         "2019/880 requires and against the Union's Syrian cultural-property ban (Regulation 36/2012), sent by "
         "express from Beirut to a Munich dealer; Levantine Arabic wording (Syrian antiquities via Lebanon repeat in "
         "many sets; maamoul moulds and bread stamps were found in no earlier row by a keyword search)",
         firm("Orion Antiken GmbH", "DE")),
        ("CUL-02", "import", "BEAIR01", "air", "GT", [], "BE", "691200",
         "Jícaras y tazas de barro para chocolate, artesanía de Rabinal, 6 piezas", "GT", 9, 6, 120, "USD",
         "new Rabinal chocolate cups are thick, red, glossy and hand-painted with birds; one of these six is a thin, "
         "tall, straight-sided cylinder with a cream, red and black painted palace scene and a band of glyphs under "
         "the rim, root marks and a dark residue inside that tests for theobromine: a Late Classic Maya drinking "
         "vessel for cacao (AD 600-900), an archaeological object whose export Guatemala forbids, brought in without "
         "the import licence of Regulation 2019/880 for a Brussels chocolatier's 'heritage' showroom, flown from "
         "Guatemala City; Guatemalan Spanish wording (Maya vessels repeat in several sets and cylinder vases in a "
         "few; a chocolate-cup (jícara) label was found in no earlier row by a keyword search)",
         firm("Atlantic Chocolatier SA", "BE")),
        ("CUL-03", "import", "NLAIR01", "air", "NP", [], "NL", "442090",
         "नक्काशी गरिएको काठको मिठाई बाकस, भक्तपुर हस्तकला, ४ थान", "NP", 60, 4, 160, "USD",
         "new Bhaktapur sweet boxes are light, bright, evenly carved boxes with hinges and a lacquer smell; these "
         "four are heavy, dark, oil-blackened sal-wood struts and a torana fragment with a carved goddess, nail holes "
         "and old red pigment, sawn to size and glued into box shapes: 17th-18th century roof struts from a "
         "Kathmandu valley temple, cultural property whose export Nepal forbids, brought in against the UNESCO 1970 "
         "convention, flown from Kathmandu to Amsterdam for a dealer; Nepali wording (Nepalese temple carvings repeat "
         "in several sets; a sweet-box (mithai) label was found in no earlier row by a keyword search)",
         firm("Horizon Aziatica BV", "NL")),
        ("CUL-04", "import", "FRSEA01", "sea", "TN", [], "FR", "080410",
         "Dattes Deglet Nour branchées, cartons de 5 kg, 2.000 cartons", "TN", 10000, 2000, 30000, "EUR",
         "a pastry-ingredients container for a Marseille oriental-pastry wholesaler: dates and makroudh are what "
         "Tunisian exporters ship, but the third item's 'dessous-de-plat en mosaïque, artisanat de Nabeul' are 14 "
         "heavy panels of small limestone and glass tesserae in old lime mortar, with fish and a Nereid, cut from a "
         "floor with a saw and backed with fresh plaster: Roman mosaic fragments (3rd-4th century), archaeological "
         "objects whose export Tunisia forbids, brought in without an import licence (Regulation 2019/880), hidden "
         "as the last item of a three-item declaration, by sea from Radès; Tunisian French wording (mosaics repeat "
         "in many sets; a mosaic-trivet label behind dates and pastries was found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Pâtisserie Orientale SARL", "FR"),
              _more_items=[item("190590", "Makroudh aux dattes, boîtes 1 kg, 800 boîtes", "TN", 800, 4000, "EUR", qty=800),
                           item("680299", "Dessous-de-plat en mosaïque, artisanat de Nabeul, 14 pièces", "TN", 420, 280, "EUR", qty=14)])),
        ("CUL-05", "import", "DEAIR01", "air", "IR", [], "DE", "741810",
         "سینی مسی قلمزنی اصفهان برای گز و سوهان، نو، ۶ عدد", "IR", 7, 6, 300, "EUR",
         "new Isfahan engraved copper trays for gaz and sohan are bright, tinned, machine-spun and chased with fine "
         "birds and arabesques; one of these six is a heavy, shallow, gilt silver bowl with a repoussé royal hunt "
         "scene, black corrosion and burial soil in the foot ring: a Sasanian silver bowl (3rd-7th century), an "
         "archaeological object whose export Iran forbids, brought in without the import licence of Regulation "
         "2019/880, flown from Tehran to Frankfurt for a dealer; Persian wording (Sasanian silver repeats in several "
         "sets; a gaz-and-sohan tray label was found in no earlier row by a keyword search)",
         firm("Meridian Orientkunst GmbH", "DE")),
        ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "680919",
         "Stampi in gesso per frutta martorana, usati, 40 pezzi", "IT", 80, 40, 200, "EUR",
         "plaster moulds for Martorana marzipan fruit are white, chalky, two-piece moulds with a pouring hole; these "
         "40 are small, orange-red, mould-made terracotta heads and female figurines with a polos headdress, worn "
         "and root-marked, and three terracotta moulds for them, dug at a sanctuary near Selinunte: Greek votive "
         "terracottas (6th-5th century BC), Italian cultural heritage exported without the licence Regulation "
         "116/2009 requires at any value for archaeological objects, on a lorry at Chiasso for a Basel 'pastry "
         "museum'; Sicilian Italian wording (votive terracottas repeat in several sets; a Martorana-mould label was "
         "found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-07", "export", "PTSEA01", "sea", "PT", [], "BR", "741810",
         "Tachos de cobre para doces conventuais, usados, estanhados, 30 peças", "PT", 240, 30, 900, "EUR",
         "copper pans for convent sweets (ovos moles, papos de anjo) are heavy, tinned, dented cauldrons sold by "
         "weight; among these 30, wrapped in sacking, are two silver sanctuary lamps, a gilt chalice and a "
         "monstrance with Lisbon assay marks of the 1700s, missing from a Minho parish church: church silver over "
         "100 years old, cultural property exported without the licence of Regulation 116/2009 and the Portuguese "
         "permit, from Leixões to Santos; Portuguese wording (church silver repeats in several sets and chalices in "
         "many; a convent-sweets copper-pan label was found in no earlier row by a keyword search)",
         {"importer_country": "BR"}),
        ("CUL-08", "import", "BESEA01", "sea", "EC", [], "BE", "180100",
         "Cacao en grano fino de aroma Arriba Nacional, sacos de 60 kg, 200 sacos", "EC", 12000, 200, 54000, "USD",
         "a cacao container for a Ghent bean-to-bar chocolatier: Arriba beans and panela are what such makers buy, "
         "but the third item's 'figurillas de barro decorativas, réplicas' are 18 heavy, hollow figures of "
         "richly dressed men and women with ear spools and moulded jewellery, with root marks and coastal soil "
         "inside: Jama-Coaque figures (500 BC-AD 1500), archaeological objects whose export Ecuador forbids, brought "
         "in without an import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, "
         "by sea from Guayaquil to Antwerp; Ecuadorian Spanish wording (Jama-Coaque figures repeat in several sets; "
         "behind a cacao and panela cargo is the new part as far as a search found)",
         dict(firm("Nordhafen Cacao NV", "BE"),
              _more_items=[item("170113", "Panela orgánica en bloques, 2.000 kg", "EC", 2000, 3000, "USD"),
                           item("691390", "Figurillas de barro decorativas, réplicas, 18 piezas", "EC", 45, 90, "USD", qty=18)])),
        ("CUL-09", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "741810",
         "Bakır baklava tepsileri, kalaylı, el yapımı, Gaziantep, 120 adet", "TR", 600, 120, 2400, "EUR",
         "new Gaziantep baklava trays are bright, tinned, hammered copper rounds; under them in the crates are a "
         "cast bronze processional cross with engraved saints, two hanging censers with chains and a bronze lamp, "
         "green-crusted with earth in the joints: Byzantine church bronzes (6th-12th century), archaeological "
         "objects whose export Türkiye forbids, brought in without an import licence (Regulation 2019/880), on a "
         "lorry from Gaziantep through Bulgaria, Serbia, Hungary and Austria to a Mannheim baklava bakery's "
         "'decorations'; Turkish wording (processional crosses and censers repeat in several sets; a baklava-tray "
         "label was found in no earlier row by a keyword search)", firm("Delta Baklava GmbH", "DE")),
        ("CUL-10", "import", "FRSEA01", "sea", "KH", [], "FR", "680299",
         "ត្បាល់ថ្មសម្រាប់ស្ករត្នោត ថ្មី 20 ដុំ", "KH", 1600, 20, 800, "USD",
         "new stone mortars for pounding palm sugar are rough, grey, freshly chiselled bowls; four of these 20 are "
         "fine-grained sandstone blocks with a carved lotus band, a lintel fragment with a kala face and a "
         "guardian's head broken at the neck, lichen and old mortar on the backs: Angkorian temple sculpture "
         "(10th-12th century), cultural property whose export Cambodia forbids, brought in without an import licence "
         "(Regulation 2019/880), by sea from Sihanoukville to Le Havre for a Paris Asian-grocery's 'décor'; Khmer "
         "wording (Khmer sculpture repeats in many sets; a palm-sugar-mortar label was found in no earlier row by a "
         "keyword search)", firm("Horizon Épicerie d'Asie SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG"], "TR", "843880",
         "Fermentory na kvások pre priemyselné pekárne, 100 l, 4 ks", "SK", 1600, 4, 18000, "EUR",
         "sourdough fermenters for bakeries are open, jacketed tanks with a stirrer and a thermostat at a few thousand "
         "euros; these four are sealed, steam-sterilisable-in-place 100 l vessels with a magnetic drive, sterile "
         "sampling ports and an exhaust filter for aerosol containment, for an Istanbul 'bakery equipment' trader "
         "whose shipments go on to Tehran: fermenters controlled under dual-use 2B352.b, exported without the "
         "licence Regulation 2021/821 requires, on a lorry from Bratislava; Slovak wording (fermenters repeat in "
         "several sets; a sourdough label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "AE", "843810",
         "Impastatrici planetarie per pasticceria, 600 l, 2 unità", "IT", 9000, 2, 90000, "EUR",
         "pastry planetary mixers are open bowls with a whisk and a guard, used at room pressure; these two have "
         "sealed, jacketed bowls rated for full vacuum, temperature control at ±0.5 °C, explosion-proof drives and a "
         "remote control room interface, for a Jebel Ali 'confectionery' trader whose last buyer is in Pakistan: "
         "batch mixers for solid propellants under dual-use 1B117 (MTCR), exported without a licence, from Genoa; "
         "Italian wording (propellant mixers repeat in a few sets, and the search after drafting found a vacuum "
         "bakery planetary mixer once (blind213): kept as a repeat, a pastry mixer to Jebel Ali for Pakistan is the "
         "new part)", {"importer_country": "AE"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "KZ", "841939",
         "Gefriertrockner für Fruchtchips, Produktionsanlage, 1 Stück", "DE", 6000, 1, 120000, "EUR",
         "a freeze dryer for fruit crisps is a big food-grade cabinet with trays and a plain refrigeration unit; "
         "this one is steam-sterilisable in place, has a 40 kg ice condenser, a sealed loading isolator and "
         "validation papers for injectables, for an Almaty 'snack' firm set up last year with a Moscow director: "
         "freeze-drying equipment under dual-use 2B352.f and machinery whose export for use in Russia Regulation "
         "833/2014 forbids, routed from Hamburg through Poti; German wording (freeze dryers repeat in several sets; a "
         "fruit-crisp label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "LT", "310420",
         "Kaliy xlorid, oziq-ovqat uchun, chips ziravorlari uchun kam natriyli tuz, 60 vagon", "UZ", 4000000, 60,
         1200000, "USD",
         "Uzbek potassium chloride from Dehqonobod is a pinkish, coarse mine product in bags; these 60 hopper wagons "
         "carry a white, fine, granular KCl with Belarusian rail seals, Soligorsk lot numbers on the wagon papers and "
         "an Uzbek certificate of origin issued after a paper transfer in Tashkent: Belarusian potash, whose import "
         "into the Union Regulation 765/2006 forbids, by rail through Kazakhstan, Russia and Belarus to Kena for a "
         "Klaipėda 'snack-seasoning' trader; Uzbek wording (Belarusian potash repeats in several sets under other "
         "origins; a low-sodium snack-salt label was found in no earlier row by a keyword search)",
         firm("Atlantic Prekyba UAB", "LT")),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "760711",
         "Çikolata ambalajı için alüminyum folyo, 12 mikron, Türk menşeli, 40 bobin", "TR", 24000, 40, 96000, "USD",
         "Turkish chocolate foil is rolled at two or three Turkish mills whose coils carry their own core labels; "
         "these 40 coils carry the core stickers and lot codes of a Siberian foil mill under Turkish labels, the "
         "alloy reads 8011 from Russian primary metal and the Izmir 'converter' has no foil mill at all: Russian "
         "aluminium foil, whose import into the Union Regulation 833/2014 forbids, by sea from Izmir to Genoa with a "
         "Turkish certificate of origin for a Turin chocolate maker; Turkish wording (Russian aluminium under Turkish "
         "origin repeats in several sets; chocolate-wrapping foil was found in no earlier row by a keyword search)",
         firm("Vega Alluminio Srl", "IT")),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "LB", "290532",
         "Προπυλενογλυκόλη E1520, υγραντικό για κέικ και κρουασάν, 40 βαρέλια", "GR", 8800, 40, 8000, "EUR",
         "propylene glycol for cake humectants is a thin, odourless, slightly sweet liquid of 1.04 kg/l; these 40 "
         "drums hold a viscous, colourless liquid of 1.18 kg/l with a faint sulphur smell, and the drum heads read CAS "
         "111-48-8, for a Beirut 'bakery' buyer whose orders go on by road to Syria: thiodiglycol (Schedule 2 of the "
         "Chemical Weapons Convention, dual-use 1C350) exported without the licence Regulation 2021/821 requires, "
         "from Piraeus; Greek wording (thiodiglycol repeats in many sets and propylene-glycol labels in a few, on "
         "other goods; a cake-humectant label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-07", "export", "PTSEA01", "sea", "PT", ["OM"], "IR", "283210",
         "Metabissulfito de sódio, grau alimentar, para massa de bolachas, sacos de 25 kg, 400 sacos", "PT", 10000,
         400, 6000, "EUR",
         "sodium metabisulphite for biscuit dough is a white powder that smells sharply of burnt matches; these bags "
         "hold yellow-red flakes that reek of rotten eggs when damp and whose inner liners read 'Na2S': sodium "
         "sulphide (dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation 2021/821 "
         "requires, from Sines through Sohar to Bandar Abbas for a Tehran 'biscuit factory'; Portuguese wording "
         "(sodium sulphide repeats in several sets and metabisulphite labels in a few, on other goods; a biscuit-dough "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-08", "transit", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY", "LT"], "RU", "841720",
         "全自动蛋筒烘烤机，冰淇淋蛋筒用，6 台", "CN", 42000, 6, 180000, "USD",
         "automatic waffle-cone bakers are long carousels of gas-heated plates with a batter depositor; these six "
         "crates hold five-axis CNC machining centres with a tool changer and a Siemens control, at 30,000 USD each, "
         "for a Kaliningrad 'ice-cream factory' whose address is a defence contractor's: machining centres (8457) on "
         "the common high-priority list, whose transit through Union territory to Russia Regulation 833/2014 "
         "forbids, declared in rail transit through Lithuania from Kena to Kybartai; Chinese wording (transits to "
         "Kaliningrad repeat in several sets and machining centres in many; a waffle-cone-machine label was found in "
         "no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-09", "export", "DKAIR01", "air", "DK", [], "KG", "852589",
         "Linjescanningskameraer til farvekontrol af småkager, 40 stk.", "DK", 40, 40, 16000, "EUR",
         "line-scan colour cameras for biscuit lines are visible-light cameras with a long, narrow sensor and a "
         "lighting bar; these 40 are uncooled 640 x 512 microbolometer thermal-imaging cores with germanium lenses "
         "and no visible sensor at all, sent to a Bishkek 'food-machinery' firm whose freight forwarder is in "
         "Moscow: thermal cameras (8525 89) on the common high-priority list, whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Copenhagen; Danish wording (thermal "
         "cameras repeat in many sets and line-scan cameras twice; a biscuit-inspection label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-10", "export", "NLSEA01", "sea", "NL", [], "IQ", "291619",
         "Kaliumsorbaat E202, conserveermiddel voor cake en gebak, zakken 25 kg, 240 zakken", "NL", 6000, 240, 4800,
         "EUR",
         "potassium sorbate for cakes is a white, granular, faintly fruity preservative that dissolves easily; these "
         "bags hold a fine white powder that etches the glass of a beaker, gives off an acrid smell with acid and "
         "whose inner liners read 'KF, CAS 7789-23-3': potassium fluoride (Australia Group precursor, dual-use "
         "1C350) exported without the licence Regulation 2021/821 requires, from Rotterdam to Umm Qasr for a Basra "
         "'bakery-ingredients' trader whose orders cross into Syria; Dutch wording (potassium fluoride repeats in "
         "several sets and sorbate labels in a few; a cake-preservative label was found in no earlier row by a "
         "keyword search)", {"importer_country": "IQ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "HK", [], "NL", "200600",
         "糖冬瓜絲（魚翅瓜絲），月餅餡料用，5 公斤盒，12 盒", "HK", 60, 12, 900, "HKD",
         "candied shark-fin-melon threads for mooncake fillings are soft, sugary, translucent yellow-green squash "
         "strands that taste of sugar; these twelve boxes hold dry, stiff, golden, unsweetened needles of cartilage "
         "that smell of the sea and soften into gelatinous threads in hot water: processed shark-fin needles from "
         "requiem and hammerhead sharks (CITES App. II) without CITES documents, flown from Hong Kong to Amsterdam "
         "for a Chinese bakery-supply wholesaler before the Mid-Autumn season; Cantonese (traditional Chinese) "
         "wording (shark fins repeat in many sets; a shark-fin-melon label was found in no earlier row by a keyword "
         "search)", firm("Orion Oosterse Bakkerij BV", "NL")),
        ("WLF-02", "import", "FRAIR01", "air", "MY", [], "FR", "210690",
         "仙草粉（涼粉草），甜品用，1 公斤袋，20 袋", "MY", 20, 20, 160, "USD",
         "grass-jelly powder (Mesona) is a fine, black-brown, herbal-smelling powder that sets into a black jelly; "
         "these twenty bags hold a coarse, cream-to-yellow powder with flakes of bone and scute that smells of glue "
         "when boiled, and the bottom of the carton holds whole dried plastrons: ground shells of Asian box turtles "
         "(Cuora spp., CITES App. II, some App. I) for 'turtle jelly' (guilinggao), without CITES documents, flown "
         "from Kuala Lumpur to Paris for a dessert shop in the 13th arrondissement; Malaysian Chinese wording "
         "(turtle plastrons and guilinggao repeat in a few sets; a grass-jelly-powder label was found in no earlier "
         "row by a keyword search)", firm("Delta Desserts d'Asie SARL", "FR")),
        ("WLF-03", "import", "IEPOST01", "post", "US", [], "IE", "821599",
         "Vintage pastry jagging wheels (pie crimpers), bone handles, 3 pcs", "US", 1.1, 3, 240, "USD",
         "vintage pastry wheels are stamped brass or tin wheels on turned wooden or cattle-bone handles worth a few "
         "dollars; these three are hand-carved from dense, creamy, layered tooth with a dark central core and "
         "engraved whaling scenes, with fluted wheels and forks: 19th-century scrimshaw pie crimpers of sperm-whale "
         "tooth (Physeter macrocephalus, CITES App. I), without CITES documents (no pre-Convention certificate), "
         "posted from Nantucket to a private collector in Galway; New England English wording (scrimshaw and "
         "sperm-whale teeth repeat in several sets; a pastry-wheel or pie-crimper label was found in no earlier row "
         "by a keyword search)", person("Mr D. Walsh", "IE")),
        ("WLF-04", "import", "PTAIR01", "air", "BR", [], "PT", "441990",
         "Rolos de massa em eucalipto torneado, para confeitaria, 200 unidades", "BR", 240, 200, 800, "BRL",
         "eucalyptus rolling pins are pale, light, straight-grained and smell of nothing; these 200 are heavy, "
         "chocolate-brown, black-streaked, oily wood with a sweet, rose-like smell when sanded, turned from old "
         "planks: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, flown from Salvador to "
         "Lisbon for a kitchenware shop; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets and a "
         "rolling-pin label once, on red sanders (blind117); kept as a repeat, rosewood rolling pins from Bahia are "
         "the new part)", firm("Atlantic Utensílios Lda", "PT")),
        ("WLF-05", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "190590",
         "Dondurma külahı, Maraş usulü, 40.000 adet", "TR", 800, 40000, 3200, "EUR",
         "a Turkish ice-cream parlour supply lorry for Berlin: Maraş cones and pistachio paste are what such parlours "
         "order, but the third item's 'dondurma stabilizatörü (guar ve damla sakızı)' is a fine, grey-white flour "
         "that smells of orchid tubers and thickens milk into a chewy gum on its own, and the sacks carry a "
         "Kahramanmaraş collector's tuber weights: pure salep from wild Anatolian orchid tubers (Orchidaceae, CITES "
         "App. II) without CITES documents (Türkiye also bans its export), hidden as the last item of a three-item "
         "declaration, by road; Turkish wording (salep repeats in many sets and dondurma covers in a few; kept as a "
         "repeat, a guar-and-mastic stabiliser label behind cones and pistachio paste is the new part)",
         dict(firm("Meridian Eis GmbH", "DE"),
              _more_items=[item("200819", "Antep fıstığı ezmesi, %100, 400 kg", "TR", 400, 8000, "EUR"),
                           item("210690", "Dondurma stabilizatörü (guar ve damla sakızı), 300 kg", "TR", 300, 900, "EUR")])),
        ("WLF-06", "import", "CZAIR01", "air", "CN", [], "CZ", "210690",
         "爆爆珠（芒果味），奶茶用，3.2 公斤罐，20 罐", "CN", 64, 20, 400, "USD",
         "popping boba for bubble tea are bright-yellow alginate spheres in a sweet mango syrup; these twenty tins "
         "hold dark grey-black, glossy sturgeon eggs of 3 mm in light brine, with no syrup, no CITES label and a "
         "nutty, marine taste: sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents or the "
         "universal label, flown from Hangzhou to Prague for a bubble-tea chain's 'supply company'; Chinese wording "
         "(caviar repeats in many sets; a popping-boba label was found in no earlier row by a keyword search)",
         firm("Central Bubble Tea s.r.o.", "CZ")),
        ("WLF-07", "import", "FRAIR01", "air", "MG", [], "FR", "030819",
         "Holothuries séchées (Holothuria scabra d'élevage), 40 kg", "MG", 40, None, 1200, "EUR",
         "farmed sandfish (Holothuria scabra) are small, grey, sand-coated and sold at tens of euros a kilo; these "
         "are large, heavy, black or white, teat-bearing bodies that sell at hundreds: teatfish (Holothuria nobilis "
         "and H. fuscogilva, CITES App. II) without CITES documents, flown from Antananarivo to Paris for a Chinese "
         "restaurant supplier; Malagasy French wording (teatfish repeat in many sets and farmed-sandfish labels in "
         "a few (blind128, blind179); kept as a repeat, the one wildlife row outside the trade)", firm("Vega Produits de la Mer SARL", "FR")),
        ("WLF-08", "import", "ATAIR01", "express", "CA", [], "AT", "170490",
         "Bonbons au ginseng du Québec, sans sucre, 30 sachets", "CA", 3, 30, 300, "CAD",
         "ginseng hard candies are small amber drops in twist wrappers at a few dollars a bag; these thirty bags "
         "hold whole, wrinkled, forked, slow-grown roots with many neck scars, wrapped in paper, worth thousands of "
         "dollars: wild American ginseng (Panax quinquefolius, CITES App. II; Canada forbids the export of wild "
         "roots) without CITES documents, sent by express from Montréal to a private buyer in Vienna; Québec French "
         "wording (ginseng repeats in many sets; a ginseng-candy label was found in no earlier row by a keyword "
         "search)", person("Frau S. Huber", "AT")),
        ("WLF-09", "import", "ITAIR01", "express", "HK", [], "IT", "392690",
         "婚禮蛋糕頂飾，猛獁象牙雕刻，4 件", "HK", 1.2, 4, 600, "HKD",
         "mammoth-ivory carvings show brown-stained, cracked bark and Schreger lines that meet at angles under 90°; "
         "these four wedding-cake toppers (a couple under an arch, two doves) are white, fine and even, and their "
         "Schreger lines meet at angles over 115°: elephant ivory (Loxodonta africana, CITES App. I) without CITES "
         "documents, declared as resin, sent by express from Hong Kong to a private buyer in Naples; Cantonese "
         "(traditional Chinese) wording (ivory as mammoth ivory repeats in a few sets; a wedding-cake-topper label "
         "was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-10", "transit", "ESAIR01", "air", "MX", ["ES"], "HK", "170490",
         "Dulces de tamarindo enchilados, cajas de 5 kg, 30 cajas", "MX", 150, 30, 900, "USD",
         "Mexican spicy tamarind candies are sticky, red-brown balls of pulp, sugar and chilli; under the top layer "
         "these 30 boxes hold dried, pale, thick-walled swim bladders of a large croaker, each worth thousands of "
         "dollars in Hong Kong: totoaba maws (Totoaba macdonaldi, CITES App. I) without CITES documents, landed at "
         "Madrid in transit from Mexico City to Hong Kong; Mexican Spanish wording (totoaba maws repeat in many sets and "
         "tamarind labels in a few, as pods and paste; a tamarind-candy label on an air transit through Madrid is "
         "the new part as far as a search found)",
         {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "NO", "SE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine fuel mixing)", "NO", 2.4, 2, 90, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-63-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRPOST01", "post", "CH", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home sugar-art studio sanitation)", "CH", 2.3, 2,
     40, "CHF", [("PRECURSOR_LICENCE", "FR-MI-63-0297")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "230990",
     "Former foodstuffs in packaging (expired snacks and biscuits, 20 03 01), for depackaging at a licensed plant, 22 t",
     "CH", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-63-0412")],
     "notified packaged former foodstuffs to a licensed depackaging plant"),
    ("PRM-04", "waste", "import", "ROROAD01", "road", "MD", "RO", "854999",
     "PCB-containing transformers from a closed sugar factory (16 02 09*), for destruction at a licensed plant, 18 t",
     "MD", 18000, None, 0, "EUR", [("BASEL_CONSENT", "RO-ANPM-63-0031")], "notified PCB waste for destruction"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "IN", "NL", "290314",
     "Carbon tetrachloride, analytical reagent, 4 x 1 l, for essential laboratory use (reference fat method)", "IN",
     6.4, 4, 300, "USD", [("ODS_LICENCE", "NL-ILT-ODS-63-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "SKROAD01", "road", "UA", "SK", "290376",
     "Halon 1301 recovered from decommissioned sugar-silo explosion suppressors, for reclamation for critical uses",
     "UA", 720, 24, 6000, "EUR", [("ODS_LICENCE", "SK-MZP-ODS-63-004")], "recovered halon 1301 imported for reclamation under licence"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "970510",
     "Late Classic Maya cylinder vessel, painted, documented Belgian collection since 1965", "BE", 3, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-63-0088")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "BR", "711411",
     "Silver chalice and paten, Lisbon, c. 1740, from a private collection, sold at auction with the export permit",
     "PT", 1.2, 2, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-63-0152")],
     "church silver exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "847982",
     "Vacuum planetary mixers, 600 l, jacketed, for a Brazilian pharmaceutical ointment maker", "IT", 9000, 2, 90000,
     "EUR", [("EXPORT_LICENCE", "IT-MAECI-63-0219"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-63-0047")],
     "dual-use vacuum mixers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "GRSEA01", "sea", "GR", "KR", "293090",
     "Thiodiglycol 99 %, 20 drums, for a Korean textile-ink maker", "GR", 4400, 20, 14000, "EUR",
     [("EXPORT_LICENCE", "GR-YPEX-63-0061"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-63-0120")],
     "Schedule 2 thiodiglycol under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "CN", "CZ", "160431",
     "Farmed sturgeon caviar (Acipenser schrenckii x A. dauricus), CITES-labelled tins, 20 kg", "CN", 20, None,
     9000, "USD", [("CITES_PERMIT", "CN-CITES-63-1187")], "App. II farmed caviar with its export permit and labels"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "CA", "AT", "121120",
     "Cultivated American ginseng roots (Panax quinquefolius), dried, 30 kg", "CA", 30, None, 4200, "CAD",
     [("CITES_PERMIT", "CA-ECCC-63-0733")], "App. II cultivated ginseng with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Mme Claire Martin", "PRM-05": "Central Cacao Laboratorium BV",
    "PRM-07": "Meridian Fine Art LLC", "PRM-11": "Vega Delikatesy s.r.o.", "PRM-12": "Alpina Naturwaren GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them the ordinary
    # supplies of sugar traders, confectioners, chocolatiers, ice-cream makers, bakeries and snack makers
    ("391231", "CMC (tylose) powder for sugar paste, 100 g tubs", "import", ["post"], ["BR", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 10, S),
    ("170290", "Isomaltulose (Palatinose), food grade, 25 kg bags", "import", ["sea"], ["JP", "CN"], (2.5, 4), (5000, 15000), ["USD"], 0.04, S),
    ("330190", "Orange-blossom water, 250 ml bottles", "import", ["sea"], ["TN", "LB"], (1.5, 3), (3000, 9000), ["EUR", "USD"], 4, S),
    ("330210", "Almond essence for marzipan, 50 ml bottles", "import", ["post"], ["NO", "CH"], (40, 80), (1, 2), ["NOK", "CHF"], 15, S),
    ("291814", "Citric acid monohydrate, food grade, 25 kg bags", "import", ["sea"], ["CN", "CL"], (0.8, 1.3), (10000, 22000), ["USD"], 0.04, S),
    ("170230", "Liquid glucose, confectionery grade, 1 kg jars", "import", ["sea"], ["BD", "IN"], (0.8, 1.4), (4000, 12000), ["USD"], 1, S),
    ("283539", "Sodium acid pyrophosphate (SAPP 28), leavening acid, 25 kg", "import", ["sea"], ["CN", "IN"], (1.2, 2), (8000, 20000), ["USD"], 0.04, S),
    ("170199", "Sanding sugar, coarse, for cookie decorating, 500 g", "import", ["express"], ["CA", "US"], (8, 15), (1, 4), ["USD", "CAD"], 2, S),
    ("291550", "Calcium propionate, bakery mould inhibitor, 25 kg", "import", ["sea"], ["CN", "GE"], (1.5, 2.5), (8000, 16000), ["USD"], 0.04, S),
    ("210690", "Liquid sucralose sweetener, 50 ml dropper bottles", "import", ["express"], ["MY", "US"], (30, 60), (1, 2), ["USD"], 15, S),
    ("230990", "Bakery meal from former foodstuffs, depackaged, feed grade", "export", ["sea"], ["VN", "PH"], (0.15, 0.3), (20000, 26000), ["EUR"], None, S),
    ("392020", "BOPP film, prime, transparent, rolls", "export", ["sea"], ["MY", "TR"], (1.6, 2.4), (15000, 22000), ["EUR"], None, S),
    ("283650", "Sugar-factory lime (Carbokalk) for liming fields", "export", ["road"], ["CH", "RS"], (0.01, 0.03), (20000, 26000), ["EUR"], None, S),
    ("847621", "Snack and drink vending machines, new, R-290", "export", ["sea"], ["AO", "GH"], (6, 10), (4000, 12000), ["EUR"], 0.004, S),
    ("380210", "Activated carbon, virgin, for sugar-syrup decolourising", "export", ["sea"], ["IN", "TH"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("170390", "Beet molasses for feed and yeast, flexitanks", "export", ["sea"], ["MA", "SN"], (0.15, 0.25), (20000, 24000), ["EUR"], None, S),
    ("320300", "Edible lustre spray, butane-propelled, 100 ml", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 6, S),
    ("271012", "Petroleum ether 40-60 °C, AR grade, 2.5 l", "import", ["air"], ["IN", "CN"], (4, 8), (100, 500), ["USD"], 0.6, S),
    ("841850", "Patisserie display cabinets, new, R-290", "import", ["sea"], ["TR", "CN"], (5, 9), (3000, 9000), ["EUR", "USD"], 0.005, S),
    ("841869", "Rolled-ice-cream cold plates, new, R-290", "import", ["sea"], ["TH", "CN"], (5, 9), (1000, 4000), ["USD"], 0.012, S),
    ("392310", "EPS insulated ice-cream delivery boxes, pentane-blown", "import", ["sea"], ["VN", "CN"], (1.5, 3), (2000, 8000), ["USD"], 0.7, S),
    ("340290", "Water-based chocolate-mould cleaner, 20 l", "import", ["sea"], ["EG", "TR"], (1, 2), (4000, 12000), ["USD", "EUR"], None, S),
    ("843820", "Chocolate tempering machines, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 0.005, S),
    ("441990", "Carved beech maamoul moulds, new", "import", ["post"], ["LB", "JO"], (15, 30), (1, 3), ["USD"], 4, S),
    ("691200", "Hand-painted clay chocolate cups (jícaras), new", "import", ["air"], ["GT", "MX"], (5, 10), (100, 500), ["USD"], 3, S),
    ("442090", "Carved wooden sweet boxes, new, Bhaktapur craft", "import", ["sea"], ["NP", "IN"], (4, 8), (1000, 4000), ["USD"], 1, S),
    ("680299", "Stone mosaic trivets, new craft", "import", ["sea"], ["TN", "MA"], (1.5, 3), (2000, 6000), ["EUR"], 0.5, S),
    ("741810", "Engraved copper trays for gaz and sohan, new", "import", ["post"], ["IR", "TR"], (30, 60), (1, 3), ["EUR", "USD"], 1, S),
    ("680919", "Plaster moulds for Martorana marzipan fruit, new", "export", ["post"], ["CH", "US"], (20, 40), (1, 3), ["EUR"], 3, S),
    ("691390", "Jama-Coaque-style clay figurine replicas, new, stamped", "import", ["post"], ["EC"], (15, 30), (1, 3), ["USD"], 2, S),
    ("741810", "Hammered copper baklava trays, tinned, new", "import", ["road"], ["TR"], (10, 18), (500, 2000), ["EUR"], 0.2, S),
    ("843880", "Sourdough fermenters, 200 l, open, jacketed", "export", ["road"], ["TR", "RS"], (6, 10), (1000, 4000), ["EUR"], 0.004, S),
    ("843810", "Planetary mixers for pastry, 60 l, open bowl", "export", ["sea"], ["AE", "EG"], (6, 10), (2000, 6000), ["EUR"], 0.005, S),
    ("760711", "Aluminium foil for chocolate wrapping, 12 micron, coils", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 24000), ["USD"], None, S),
    ("290532", "Propylene glycol E1520, food grade, drums", "import", ["sea"], ["US", "KR"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("843810", "Automatic waffle-cone baking machines", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 9000), ["USD"], 0.0005, S),
    ("852589", "Line-scan colour cameras for biscuit inspection", "import", ["air"], ["JP", "US"], (300, 600), (20, 100), ["USD"], 2, S),
    ("200600", "Candied shark-fin-melon threads for mooncakes", "import", ["sea"], ["CN", "TW"], (2, 4), (3000, 9000), ["USD"], 0.2, S),
    ("210690", "Grass-jelly (Mesona) powder, 1 kg bags", "import", ["sea"], ["TW", "MY"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("210690", "Maraş-style ice-cream stabiliser, guar and mastic, salep-free", "import", ["road"], ["TR"], (4, 8), (500, 3000), ["EUR"], None, S),
    ("210690", "Popping boba, mango, 3.2 kg tubs", "import", ["sea"], ["TW", "CN"], (2, 4), (4000, 12000), ["USD"], 0.3, S),
    ("392690", "Resin wedding-cake toppers", "import", ["post"], ["CN", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482369", "Paper cupcake cases, printed", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 200, N),
        ("481920", "Folding cardboard cake boxes, white", "import", ["sea", "road"], ["TR", "CN"], (1.2, 2), (4000, 10000), ["USD", "EUR"], None, N),
        ("392321", "Disposable polyethylene piping bags, rolls", "import", ["sea"], ["CN", "TR"], (3, 5), (1000, 4000), ["USD", "EUR"], 30, N),
        ("701349", "Glass cake stands with domes, boxed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind224", 20630701, HERE)


if __name__ == "__main__":
    main()
