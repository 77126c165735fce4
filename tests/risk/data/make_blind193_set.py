#!/usr/bin/env python3
"""Writes the hundred-and-ninety-third blind set (tests/risk/data/blind193-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2058, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: sports, outdoor, hunting, fishing
and diving equipment (sports retailers and sports-ground suppliers, gyms, ski resorts, ski
services and ice rinks, golf, archery, shooting and hunting outfitters, taxidermists and
their suppliers, angling, dive and surf shops, marinas and charter fleets, mountaineering
and expedition logistics).
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
would. Ids are BL193-*:

    python3 tests/risk/data/make_blind193_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "EEPOST01", "post", "US", [], "EE", "330749",
         "Scent eliminator concentrate for hunters, odorless, makes 4 gal, 4 x 32 fl oz", "US", 4.3, 4, 60, "USD",
         "hunters' scent-eliminator concentrates are water with a few per cent of enzymes, zinc salts or surfactant, "
         "1.00 kg/l, odourless and harmless to the hands; these four bottles weigh 1.13 kg/l, sit under vented caps, "
         "whiten a rubber glove in minutes and foam on a blood-stained skinning knife: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), posted from Wisconsin by a hunting-supply web shop to a private hunter in Tartu; US "
         "English wording (hydrogen peroxide repeats in many sets and hunters' skull-whitening labels in several, "
         "blind32, blind77, blind88, blind100; a scent-eliminator label was found in no earlier row by a keyword "
         "search)", person("Rein Tamm", "EE")),
        ("PRE-02", "import", "NLAIR01", "express", "KR", [], "NL", "381400",
         "골프 그립 교체용 솔벤트, 1 L × 4병", "KR", 4.6, 4, 60000, "KRW",
         "golf grip solvent is a naphtha or mineral spirit of about 0.75 kg/l that smells of petrol and is gone from "
         "a grip tape in a minute; these four bottles weigh 1.14 kg/l, smell faintly fruity, dry slowly, and the "
         "filler's drum label copied onto the packing list reads 'CH3NO2': nitromethane (Annex I above 16 %), sent "
         "by express from Incheon by a golf-components wholesaler to a private golfer in Eindhoven, although "
         "flammable liquids travel by express only as declared dangerous goods; Korean wording (nitromethane "
         "repeats in many sets under solvent and cleaner labels; a golf grip-solvent label was found in no earlier "
         "row by a keyword search)", person("Dhr. P. Visser", "NL")),
        ("PRE-03", "import", "ATAIR01", "express", "JP", [], "AT", "340490",
         "フッ素フリー滑走パウダー（レース用）30 g × 60", "JP", 1.8, 60, 60000, "JPY",
         "fluorine-free racing glide powders are fluffy, waxy hydrocarbon powders that are ironed into a ski base at "
         "about 130 °C and cost some 50 EUR a 30 g jar; these 60 jars hold a dense, white, crystalline powder that "
         "does not melt under a waxing iron, tastes of nothing, flares violet-white mixed with sugar and whose inner "
         "bags read 'KClO4', declared at a fifth of their retail value: potassium perchlorate (Annex I above 40 %), "
         "sent by express from Nagano to a private person in Innsbruck; Japanese wording (potassium perchlorate "
         "repeats in many sets; ski-wax remover labels appear on other precursors (blind66, blind67, blind91, "
         "blind94, blind102), but a glide-powder label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "NLAIR01", "air", "KE", [], "NL", "210690",
         "Chumvi ya elektroliti kwa wanariadha (isotonic), mifuko ya 500 g, mifuko 2,000", "KE", 1000, 2000, 3000,
         "USD",
         "sports electrolyte salts are a mix of sodium chloride, potassium citrate and dextrose that tastes "
         "salty-sweet and dissolves cloudy; these 2,000 pouches hold clear, cool-tasting then bitter crystals that "
         "dissolve without a trace, draw damp, burn fiercely mixed with sugar, and the supplier's sheet in the crate "
         "gives CAS 7775-09-9, for a Nijmegen running shop's web store that sells the pouches to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Eldoret via Nairobi to "
         "Amsterdam; Swahili wording (sodium chlorate repeats in many sets under salt labels; an electrolyte or "
         "isotonic sports-salt label was found in no earlier row by a keyword search)",
         firm("Vega Hardloopsport BV", "NL")),
        ("PRE-05", "import", "CZAIR01", "express", "US", [], "CZ", "810110",
         "Tungsten powder, 10 micron, for fly-tying dubbing and sinker putty, 4 x 1 lb", "US", 1.8, 4, 96, "USD",
         "tungsten powder is a dark grey metal powder so heavy that a pound fills a film canister; these four "
         "one-pound canisters are full-size and light, hold grey-black, graphite-glazed, perforated flakes and a "
         "pinch burns off with a hiss and a flash: double-base smokeless rifle propellant (nitrocellulose and "
         "nitroglycerine, UN 0161, Class 1.3C), an explosive that needs a transfer document and may not travel by "
         "express, sent from Missouri by a reloading-supplies dealer to a private reloader in Brno; US English "
         "wording (smokeless powder appears twice, both times as lacquer nitrocellulose (blind4, blind143), and "
         "tungsten labels only on other goods; a fly-tying tungsten-powder label was found in no earlier row by a "
         "keyword search)", person("Petr Dvořák", "CZ")),
        ("PRE-06", "import", "SEPOST01", "post", "CA", [], "SE", "340590",
         "Table shuffleboard powder, speed #4, silicone beads, 6 x 16 oz cans", "CA", 2.7, 6, 48, "CAD",
         "table-shuffleboard powder is a coarse, tan or yellow bead of cornmeal or glass coated in silicone that "
         "rolls under the fingers like fine sand; these six cans hold a fine, silver-grey, flour-like powder that "
         "blackens the fingers, does not roll and flashes white with a bang when a pinch meets a lighter: flash "
         "powder (potassium perchlorate and aluminium), an explosive mixture sent by post from Ontario to a private "
         "person in Malmö; Canadian English wording (flash powder repeats in several sets, under self-heating-pack "
         "and airsoft-marking labels (blind69); a shuffleboard-powder label was found in no earlier row by a "
         "keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-07", "import", "FIPOST01", "post", "AU", [], "FI", "340290",
         "Gold concentrate cleaner, citric-based, for panning and sluicing, 4 x 1 L", "AU", 5.6, 4, 90, "AUD",
         "citric concentrate cleaners for gold panners are weak, sour, 1.05 kg/l solutions that take an evening "
         "to brighten black sand; these four litres weigh 1.40 kg/l, give off brown fumes when opened, stain the "
         "skin yellow and eat into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Ballarat "
         "by a prospecting shop to a private gold panner in Ivalo; Australian English wording (nitric acid repeats "
         "in many sets, under cleaning, bluing (blind58) and etching labels; a gold-panning label on a precursor "
         "was found in no earlier row by a keyword search)", person("Jussi Korhonen", "FI")),
        ("PRE-08", "import", "PLSEA01", "sea", "IN", [], "PL", "340319",
         "ਸਾਈਕਲ ਚੇਨ ਆਇਲ (ਵੈੱਟ ਲੂਬ), 500 ਮਿ.ਲੀ. ਬੋਤਲ, 1,200 ਬੋਤਲਾਂ", "IN", 1104, 1200, 1500, "USD",
         "wet bicycle chain lube is a honey-coloured oil of about 0.87 kg/l that floats on water and smells of "
         "oil; these bottles hold a colourless, oily liquid of 1.84 kg/l that sinks, grows hot in water and has "
         "charred the cardboard where a cap leaked, for a Łódź bicycle web shop that sells to the public: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Nhava Sheva "
         "to Gdańsk from a Ludhiana cycle-parts maker; Punjabi wording (sulphuric acid repeats in many sets under "
         "oil labels, paraffin, vaseline, castor and linseed oil among them; a bicycle chain-oil label was found in "
         "no earlier row: the one chain-oil label is chainsaw oil on a waste, blind115)",
         firm("Orion Rowery Sp. z o.o.", "PL")),
        ("PRE-09", "import", "ITSEA01", "sea", "US", [], "IT", "250840",
         "Infield conditioner, calcined clay, red, 50 lb bags, 800 bags", "US", 18144, 800, 9600, "USD",
         "calcined-clay infield conditioner is hard, porous, brick-red granules that soak up rain and stay on a "
         "baseball diamond; these bags hold white, smooth prills that turn ice-cold and vanish in water, test at "
         "34 % N and melt and fume on a hot plate, for a Nettuno sports-ground supplier whose web shop sells bags to "
         "clubs and the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Houston to Civitavecchia; US English wording (ammonium nitrate repeats in many sets "
         "under many covers, snow hardeners, de-icers and cold packs among them; an infield-conditioner or "
         "calcined-clay label was found in no earlier row by a keyword search)",
         firm("Delta Campi Sportivi Srl", "IT")),
        ("PRE-10", "import", "GRROAD01", "road", "AL", [], "GR", "283650",
         "Pluhur gëlqeror për vijëzimin e fushave të futbollit, thasë 25 kg, 200 thasë", "AL", 5000, 200, 1500,
         "EUR",
         "line-marking powder is soft, bright-white chalk (calcium carbonate) that smears on the fingers and fizzes "
         "in vinegar; these sacks hold glassy, crystalline grains that do not fizz, crackle on a hot plate, flare "
         "violet with sugar and whose inner liners read 'KClO3', for an Ioannina sports-ground supplier that sells "
         "bags to amateur clubs and the public: potassium chlorate (Annex I above 40 %) made available to members "
         "of the public, on a lorry at Kakavia; Albanian wording (potassium chlorate repeats in many sets and chalk "
         "covers in several, climbing chalk and calabash chalk among them; a sports-pitch line-marking label was "
         "used once, from Finland (blind65), kept as a repeat of the cover; from Albania to Greece by road is the "
         "new part as far as a search found)",
         firm("Alpina Athlitika AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "GH", "940549",
         "Flutlichtstrahler, gebraucht, funktionsfähig, mit Vorschaltgeräten, 240 Stück", "DE", 9600, 240, 4800,
         "EUR",
         "used sports floodlights sold for reuse are tested metal-halide fittings with their lamps and a test "
         "sheet; these 240 were cut down from the masts of a Ruhr amateur football ground, have cracked glass and "
         "corroded reflectors, and every ballast box holds a swollen, oil-weeping capacitor labelled 'Clophen': "
         "PCB-containing equipment (16 02 09*), hazardous waste whose export to a non-OECD country is banned and "
         "which the POP Regulation requires to be destroyed, from Hamburg to Tema for a 'stadium lighting' buyer; "
         "German wording (PCB capacitors repeat in several sets, power-factor banks among them, blind97; a "
         "sports-floodlight label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "FIROAD01", "road", "FI", ["EE", "LV", "LT", "PL"], "UA", "847989",
         "Käytetyt jäänhoitokoneet, sähkökäyttöiset, toimintakuntoiset, 4 kpl", "FI", 12000, 4, 8000, "EUR",
         "used ice resurfacers sold for reuse drive onto the rink, with a working traction battery and a service "
         "book; these four from closed Oulu rinks do not run, their lead-acid traction packs (about a tonne each) "
         "are cracked and leaking acid onto the trailer, the hydraulic hoses weep oil and the conditioners are "
         "rusted through: end-of-life machines carrying waste lead-acid batteries (16 06 01*) and waste oils, "
         "hazardous waste whose export to a non-OECD country is banned, by lorry through the Baltic states and "
         "Poland to a Kyiv 'rink operator'; Finnish wording (lead-acid batteries in used machines repeat in many "
         "sets, golf carts among them, blind88; ice resurfacers were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "IESEA01", "sea", "IE", [], "NG", "950691",
         "Used dumbbells and weight plates, rubber-coated, 8 t", "IE", 8000, None, 6000, "EUR",
         "a gym-closure container for a Lagos fitness importer: dumbbells, plates and spin bikes are what Dublin "
         "gym clearances ship, but the third item's 'treadmills, tested working' are 80 machines with burnt motor "
         "controllers, cracked decks, missing consoles and loose circuit boards, several with swollen battery "
         "packs, at 50 EUR each: waste electrical and electronic equipment with hazardous components, whose export "
         "to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Dublin to "
         "Apapa; Irish English wording (WEEE to Nigeria repeats in many sets; gym equipment was found once, as "
         "treadmill spindles on a strategic row, blind46, and never as a waste)",
         dict({"importer_country": "NG"},
              _more_items=[item("950691", "Used exercise bikes and rowing machines, working, 60 pcs", "IE", 3000,
                                3000, "EUR", qty=60),
                           item("950691", "Treadmills, used, tested working, 80 pcs", "IE", 8000, 4000, "EUR",
                                qty=80)])),
        ("WST-04", "export", "HRSEA01", "sea", "HR", [], "AL", "890322",
         "Rabljene jedrilice iz čarter flote, 9-12 m, 6 komada", "HR", 36000, 6, 9000, "EUR",
         "used charter yachts sold to sail again come with a survey, a valid registration, a rig and an engine that "
         "starts; these six 1980s and 1990s GRP hulls from a Split charter fleet are deregistered and stripped, "
         "holed below the waterline, without masts, their seized engines still holding diesel and oily bilge water, "
         "their old batteries cracked and their antifouling flaking, bought by a Shëngjin beach yard that cuts "
         "boats up: end-of-life recreational craft with oils, batteries and antifouling residues, hazardous waste "
         "whose export to a non-OECD country is banned, on a heavy-lift ship from Split to Durrës; Croatian wording "
         "(end-of-life boats repeat in a few sets, fibreglass boats with seized outboards among them (blind56), "
         "kept as a repeat of that family; charter sailboats were found in no earlier row)",
         {"importer_country": "AL"}),
        ("WST-05", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "271290",
         "Paraffin-Gatsch (Slack Wax) für die Kerzenerzeugung, Big Bags, 18 t", "AT", 18000, None, 3600, "EUR",
         "slack wax for candle makers is a soft, oily, off-white petroleum wax in slabs or flakes with a refinery's "
         "sheet; these bags hold coloured ski-wax shavings, fluorinated glide powders and blocks, base-cleaner "
         "soaked fibre pads and plexiglass scrapers swept from ski-service workshops in Tyrol and Salzburg, and a "
         "sample reads several mg/kg of PFOA and longer perfluorinated acids: waste containing persistent organic "
         "pollutants above the limits of Regulation 2019/1021, which must be destroyed, not shipped, on a lorry "
         "through Hungary to a Subotica 'candle factory'; Austrian German wording (PFOA appears in a few earlier "
         "rows on other goods and a slack-wax label once, blind167; fluorinated ski-wax waste was found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-06", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "950611",
         "Rabljene smuči in smučarski čevlji za ponovno uporabo, 20 t", "SI", 20000, None, 6000, "EUR",
         "used rental skis sold for reuse are sorted pairs with serviced bases and adjusted bindings, boots in "
         "matched pairs; this load is loose, baled, broken and delaminated skis with torn-out bindings and snapped "
         "edges, cracked boot shells, liners, poles and helmets from a Kranjska Gora rental fleet's clear-out, "
         "bought by the tonne: mixed plastic and composite waste, whose export to a non-OECD country the Union's "
         "waste-shipment rules (Regulation 2024/1157) no longer allow, by lorry through Croatia to a Sarajevo "
         "'ski-rental' buyer; Slovenian wording (mixed plastic waste under reuse labels repeats in many sets; skis "
         "and ski boots were found in no earlier waste row by a keyword search)", {"importer_country": "BA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "MA", "850760",
         "Gereviseerde accupakketten voor e-foils, lithium-ion, 48 V, 140 stuks", "NL", 4200, 140, 7000, "EUR",
         "refurbished e-foil battery packs are sealed, tested 48 V lithium packs with a new casing and a capacity "
         "report at over a thousand euros each; these 140 come from a Zandvoort e-foil school's and a Dutch "
         "importer's warranty returns, have seawater in their casings, corroded terminals and swollen cells, several "
         "still warm, at 50 EUR each, for a Dakhla 'watersports' buyer: waste lithium-ion batteries, hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Agadir; Dutch wording (waste lithium "
         "batteries repeat in many sets and e-foil electronics appear twice on other domains (blind121, blind149); "
         "e-foil battery packs as a waste were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "271019",
         "Aceite base para competición, sintético, ISO 46, bidones de 200 l, 80 bidones", "ES", 16000, 80, 4800,
         "EUR",
         "racing base oil is a clear, amber oil of a stated viscosity in sealed, labelled drums with a sheet; these "
         "dented, mixed drums hold a black, fuel-diluted oil with water, metal fines and gummy castor residue, "
         "drained from the karts and motocross bikes of Valencia tracks and teams: waste mineral and synthetic "
         "engine oils (13 02 08*), hazardous waste whose export to a non-OECD country is banned, from Valencia to "
         "Tanger Med for a 'lubricants blender'; Spanish wording (waste oils repeat in many sets; a motorsport "
         "base-oil label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-09", "export", "ITROAD01", "road", "IT", ["SI", "HR"], "BA", "842860",
         "Seggiovia biposto usata, smontata, completa di stazione motrice e cabina elettrica, 1 impianto", "IT",
         60000, 1, 40000, "EUR",
         "second-hand chairlifts are sold for re-erection with their drive and a modern dry-type transformer, or "
         "none; this 1978 two-seater from a closed Trentino ski area ships with its original oil-filled transformer "
         "and capacitor bank, whose plates read 'Apirolio' and whose oil tests at over 50,000 mg/kg PCB, for a "
         "Jahorina resort: PCB-containing equipment that must be decontaminated and destroyed, hazardous waste "
         "whose export to a non-OECD country is banned, on lorries through Slovenia and Croatia; Italian wording "
         "(PCB transformers repeat in several sets; chairlift parts appear twice on strategic rows under "
         "mining-conveyor labels, blind116 and blind131, and never as a waste)", {"importer_country": "BA"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "380892",
         "Fungicida para relvados de golfe, stock de armazém, bidões de 5 l, 600 bidões", "PT", 3000, 600, 1800,
         "EUR",
         "a greenkeeper's fungicide comes sealed, in date, with an authorisation number for the country of use; "
         "these 600 cans are 20 to 40 years old, rusted and relabelled, and the old labels underneath read "
         "quintozene and 'cloreto mercuroso' (calomel), mercury turf fungicides cleared out of Algarve golf-course "
         "sheds: obsolete pesticides with mercury compounds (02 01 08*), hazardous waste whose export to a non-OECD "
         "country is banned and mercury compounds whose export the Mercury Regulation forbids, from Lisbon to "
         "Praia for a 'resort course' buyer; Portuguese wording (obsolete pesticides repeat in several sets, "
         "blind119 among them; golf-course stocks were found in no earlier row by a keyword search)",
         {"importer_country": "CV"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "BR", [], "PT", "340290",
         "Spray demarcatório para árbitros (espuma evanescente), propelente isobutano, 150 ml, 24.000 latas", "BR",
         3600, 24000, 14400, "USD",
         "referees' vanishing spray is a water-based foam driven by butane or isobutane, and its cans carry a flame "
         "symbol; the filler's inner cartons of these 24,000 cans say 'não inflamável', the foam does not burn and "
         "a head-space test gives 1,1,1,2-tetrafluoroethane: HFC-134a (GWP 1,430) in aerosols whose placing on the "
         "market Regulation 2024/573 forbids, outside any quota, for a Lisbon sports-equipment distributor that "
         "supplies the amateur leagues, by sea from Santos; Brazilian Portuguese wording (HFC-134a aerosols repeat "
         "in many sets, confetti cannons, tyre inflators and mousses among them; a referee's vanishing-spray label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Desporto Lda", "PT")),
        ("OZN-02", "import", "DESEA01", "sea", "CN", [], "DE", "950699",
         "3D动物箭靶（鹿、野猪），聚氨酯自结皮发泡，水发泡，120 件", "CN", 2400, 120, 9600, "USD",
         "3D archery targets are self-skinning polyurethane foam animals blown with water and CO2, whose cut core "
         "smells of nothing; cores drilled from these 120 deer and boar targets give off 1,1-dichloro-1-fluoroethane "
         "in a head-space test, and photographs in the exporter's file show '141b' drums in the moulding hall: "
         "products containing HCFC-141b, whose import into the Union Regulation 2024/590 forbids, for a Bavarian "
         "archery shop, by sea from Ningbo to Hamburg; Chinese wording (HCFC-141b foam products repeat in many "
         "sets, surfboards (blind52, blind150), garage doors and panels among them; archery targets were found in "
         "no earlier row by a keyword search)", firm("Alpina Bogensport GmbH", "DE")),
        ("OZN-03", "import", "GRSEA01", "sea", "US", [], "GR", "842410",
         "Automatic engine-room fire extinguishers, HFC-227ea, 2.5 lb, for sport boats, 300 pcs", "US", 600, 300,
         18000, "USD",
         "HFC-227ea engine-room extinguishers for sport boats are new spheres or bottles with a recent date code and "
         "a maker's certificate; these 300 are refurbished 1990s bottles whose stickers cover a stamped 'HALON 1301 "
         "- BROMOTRIFLUOROMETHANE', and a gas test of one confirms it: halon 1301 in products whose import into "
         "the Union is banned outside licensed critical uses (Regulation 2024/590), from a Florida marine "
         "fire-protection reseller to a Piraeus chandlery that fits them to speedboats and RIBs; US English wording "
         "(halon 1301 repeats in many sets and engine-room systems in several, on ships and race cars; sport-boat "
         "automatic extinguishers were found in no earlier row by a keyword search)",
         firm("Horizon Nautika AE", "GR")),
        ("OZN-04", "export", "NLSEA01", "sea", "NL", [], "EG", "841869",
         "Gebruikte koelinstallatie voor indoor skibaan, ammoniak (R-717), 2 units", "NL", 24000, 2, 60000, "EUR",
         "ammonia refrigeration plants are all steel, without copper, smell of ammonia at any leak and carry R-717 "
         "plates; these two skids from a Dutch indoor ski slope's 1990s snow hall have copper-brazed evaporators, "
         "R-22 plates under new 'R-717' stickers and still hold their charge, about 800 kg of chlorodifluoromethane: "
         "equipment containing HCFCs, whose export from the Union Regulation 2024/590 forbids, for an indoor ski "
         "slope in a Cairo mall, by sea from Rotterdam to Sokhna; Dutch wording (HCFC-22 equipment for export "
         "repeats in many sets and snowmakers with refrigeration units twice, blind126 and blind136, kept as a repeat "
         "of that family; an indoor ski-hall chiller was found in no earlier row)", {"importer_country": "EG"}),
        ("OZN-05", "import", "DESEA01", "sea", "NA", [], "DE", "281290",
         "Sulfurylfluorid-Begasungsmittel für Jagdtrophäen, Flaschen 50 kg, 20 Stück", "NA", 1000, 20, 6000, "EUR",
         "sulfuryl fluoride is odourless and ships in tall cylinders with the maker's label; these 20 cylinders, "
         "for a Lower Saxony trophy-dipping and taxidermy firm that fumigates hunters' trophies from Africa, carry "
         "chloropicrin warnings, smell faintly sweet at the valve and their collars read 'CH3Br 98 %' under the "
         "new labels: methyl bromide, whose import into the Union is banned, by sea from Walvis Bay to Hamburg; "
         "Namibian German wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels on it in three, "
         "blind50, blind67 and blind87, kept as a repeat of the label; a hunting-trophy fumigation cover from Namibia was found in no "
         "earlier row)", firm("Nordhafen Präparation GmbH", "DE")),
        ("OZN-06", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "381400",
         "枪械清洗脱脂剂（不可燃），20 升桶，200 桶", "CN", 5360, 200, 8000, "USD",
         "gun-cleaning degreasers are light (0.75 kg/l) hydrocarbon or acetone solvents that burn; these 200 drums "
         "weigh 1.34 kg/l, do not burn, smell sweet like chloroform and their heads read 'CH3CCl3': "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, for a Uherský Brod "
         "gun-parts subcontractor, on a container train from Xi'an that crossed Kazakhstan, Russia, Belarus and Poland; "
         "Chinese wording (methyl chloroform repeats in many sets under degreaser and cleaner labels; a "
         "gun-cleaning label was found in no earlier row, only foam-gun cleaners, blind27, blind62, blind86, "
         "blind100)", firm("Central Zbrojní Díly s.r.o.", "CZ")),
        ("OZN-07", "import", "PTSEA01", "sea", "TW", [], "PT", "350691",
         "潛水衣氯丁橡膠修補膠，不燃，250 ml，4,800 瓶", "TW", 1500, 4800, 7200, "USD",
         "wetsuit repair cement is a thick neoprene glue in toluene, hexane or water that smells of solvent and, "
         "if solvent-based, burns; these bottles hold a thin, water-clear, non-flammable solvent that boils at "
         "32 °C, with little rubber in it, and a head-space test gives 1,1-dichloro-1-fluoroethane: HCFC-141b in "
         "a product, whose import into the Union is banned, for a Peniche surf-and-dive distributor, by sea from "
         "Kaohsiung to Sines; traditional Chinese wording from Taiwan (HCFC-141b solvents repeat in many sets, "
         "foam-gun cleaners and nail-prep dehydrators among them; a wetsuit-cement or neoprene label was found in "
         "no earlier row by a keyword search)", firm("Atlantic Surf Lda", "PT")),
        ("OZN-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "AL", "841869",
         "Marine condensing units for sport-fishing boats, R-404A, 40 sets", "CN", 4800, 40, 36000, "USD",
         "R-404A marine condensing units carry an orange-labelled charge of an HFC blend with a temperature glide "
         "and an F-gas plate; these 40 sets read a steady 9 bar at 20 °C with no glide, their original plates under "
         "the stickers say R-22, and a gas test gives chlorodifluoromethane: equipment pre-charged with an HCFC, "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Piraeus in transit "
         "from Shanghai to Durrës for a Vlorë sport-fishing charter fleet; Chinese exporter's English (HCFC-22 "
         "equipment repeats in many sets and fish-hold units in several, blind56, blind65, blind143; a "
         "sport-fishing charter cover in transit through Piraeus is the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("OZN-09", "import", "ROROAD01", "road", "MD", [], "RO", "291411",
         "Acetonă tehnică pentru degresarea craniilor de trofee, canistre 10 l, 80 canistre", "MD", 1272, 80, 1200,
         "EUR",
         "technical acetone is light (0.79 kg/l), burns readily and smells of nail varnish; these jerrycans weigh "
         "1.59 kg/l, do not burn and smell sweet and heavy, for a Suceava taxidermist who degreases hunters' "
         "trophy skulls: carbon tetrachloride, whose import into the Union is banned, on a van at Sculeni; Romanian "
         "wording from Moldova (carbon tetrachloride repeats in many sets under solvent labels; a trophy-degreasing "
         "cover was found in no earlier row by a keyword search)", firm("Vega Taxidermie SRL", "RO")),
        ("OZN-10", "export", "ITAIR01", "air", "IT", [], "GE", "842410",
         "Estintori a polvere 6 kg, revisionati, per impianti a fune e battipista, 120 pezzi", "IT", 1100, 120, 3600,
         "EUR",
         "6 kg powder extinguishers rattle when shaken and carry a gauge; these 120, taken out of the lift stations "
         "and snow-groomer cabs of a Dolomites ski area, slosh, have no gauge, spray a liquid that flashes to gas "
         "and their valves are stamped 'BCF': halon 1211 in portable extinguishers, whose export from the Union is "
         "banned, flown from Milan to Tbilisi for a Gudauri lift operator; Italian wording (halon 1211 under "
         "powder-extinguisher labels repeats, blind112 among others, kept as a repeat of that label; ski-lift and "
         "snow-groomer extinguishers were found in no earlier row)", {"importer_country": "GE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "950691",
         "El yapımı taş dambıl, spor salonu için, 1 adet", "TR", 2.2, 1, 40, "EUR",
         "a new hand-cut stone dumbbell is a symmetrical bar between two balls or a drilled cylinder, fresh and "
         "sharp-edged; this is a single elongated, curved limestone block with a deep finger recess worn smooth at "
         "the grip, root marks and soil in the recess and a faint incised letter: an ancient Greek halter, the "
         "jumping weight of the pentathlon long jump, an archaeological object from western Anatolia whose export "
         "Türkiye forbids, posted from İzmir to a private collector in Cologne without the import licence of "
         "Regulation 2019/880; Turkish wording (ancient sports objects appear once, a Roman strigil, blind192; "
         "halteres were found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ITSEA01", "sea", "TN", [], "IT", "780600",
         "أثقال غطس من الرصاص المعاد تدويره، قوالب، 400 كغ", "TN", 400, None, 800, "EUR",
         "recycled-lead diving weights are new cast blocks of one to three kilos with belt slots; among these "
         "400 kg lies a single 140 kg, 1.6 m T-shaped lead bar with a channel for a wooden core, marine concretion, "
         "a cast dolphin and raised Latin letters: a Roman anchor stock raised by divers off Kelibia, underwater "
         "cultural heritage whose export Tunisia forbids, brought in without an import licence for a Trapani dive "
         "centre; Tunisian Arabic wording (lead anchor stocks appear once, among Maltese lead scrap, blind145, kept "
         "as a repeat of the good; a diving-weight label appears once on another good, blind134; an anchor stock "
         "under a diving-weight label is the new part)", firm("Rivage Subacquea Srl", "IT")),
        ("CUL-03", "import", "SIAIR01", "air", "NP", [], "SI", "630622",
         "Used expedition equipment returning after Lhotse expedition: tents, down suits, 12 barrels", "SI", 420,
         12, 600, "EUR",
         "an expedition's return cargo for a Ljubljana mountaineering agency: tents, ropes and down suits are what "
         "climbers ship home from Kathmandu in blue barrels, but the third item's 'तामाको मूर्ति, नयाँ, स्मारिका' "
         "is a 40 cm gilt-copper Tara with worn mercury gilding, sealed consecration cavity and soot from butter "
         "lamps, stolen from a Patan courtyard shrine: a 17th-century Malla-period statue whose export Nepal "
         "forbids, brought in without the importer statement of Regulation 2019/880, hidden as the last item of a "
         "three-item declaration, flown from Kathmandu via Doha; English and Nepali wording (Nepalese statues "
         "repeat in many sets, Patan carvings among them; expedition return cargo as the cover was found in no "
         "earlier row by a keyword search)",
         dict(firm("Orion Alpinizem d.o.o.", "SI"),
              _more_items=[item("560750", "Used climbing ropes, polyamide, 40 coils", "SI", 240, 400, "EUR", qty=40),
                           item("830629", "तामाको मूर्ति, नयाँ, स्मारिका, १ थान", "NP", 6, 40, "USD", qty=1)])),
        ("CUL-04", "import", "HUAIR01", "air", "TR", [], "HU", "950699",
         "Geleneksel Türk yayı, el yapımı, reflex, 12 adet", "TR", 8, 12, 1800, "EUR",
         "new handmade Turkish horsebows are fibreglass or bamboo laminates under leather or snakeskin-print foil, "
         "light and evenly finished; one of these twelve is a short, sharply recurved bow of horn, maple and sinew "
         "under cracked lacquer with gilt floral painting, a dated inscription of 1207 AH (1792) and an Okmeydanı "
         "archers' mark: an 18th-century Ottoman composite flight bow, cultural property whose export Türkiye "
         "forbids, flown from Istanbul to Budapest for a horseback-archery supplier; Turkish wording (Ottoman objects "
         "repeat in several sets; composite bows and archery were found in no earlier row by a keyword search)",
         firm("Vega Íjász Kft.", "HU")),
        ("CUL-05", "import", "FRAIR01", "air", "HK", [], "FR", "691390",
         "馬球獎盃擺件，陶瓷騎馬人像，仿古，新品，8 件", "CN", 40, 8, 800, "HKD",
         "new ceramic polo trophies are bright, evenly glazed castings on a plinth with an engraving plate; two of "
         "these eight are Tang-dynasty pottery polo players on galloping horses with worn three-colour (sancai) "
         "glaze, root marks, soil in the vents and an old fill line at a leg: tomb figures from Shaanxi whose export "
         "China forbids, flown from Hong Kong to Paris for a Deauville polo club's trophy supplier without the "
         "importer statement of Regulation 2019/880; traditional Chinese wording from Hong Kong (sancai figures "
         "repeat in several sets, blind4, blind32, blind70, blind93, blind101; a polo-trophy cover was found in no "
         "earlier row by a keyword search)", firm("Rivage Polo SARL", "FR")),
        ("CUL-06", "export", "CZAIR01", "air", "CZ", [], "US", "050790",
         "Lovecké trofeje – paroží srnce, montované, 60 ks", "CZ", 60, 60, 1200, "EUR",
         "a hunting outfitter's air shipment for a Texas ranch: mounted roe-deer antlers and hunting gear are what "
         "Czech outfitters send their American guests, but the third item's 'dekorativní replika historické "
         "pušky' is a Silesian Tschinke of about 1630, a wheellock birding rifle with a working lock, a stock inlaid "
         "with engraved bone and mother-of-pearl and a Teschen maker's mark, worth some 60,000 EUR: an antique over "
         "a hundred years old above the Union's value threshold, exported without the licence of Regulation "
         "116/2009 (and a Czech cultural monument), hidden as the last item of a three-item declaration, flown from "
         "Prague; Czech wording (antique arms appear in a few sets as cannon and lela; wheellock rifles were found "
         "in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("620140", "Lovecké oblečení a výstroj, 120 ks", "CZ", 120, 2400, "EUR", qty=120),
                           item("442090", "Dekorativní replika historické pušky, 1 ks", "CZ", 3, 150, "EUR",
                                qty=1)])),
        ("CUL-07", "import", "NLSEA01", "sea", "ID", [], "NL", "741980",
         "Jendela kapal (porthole) kuningan, reproduksi dekorasi bahari, 40 buah", "ID", 1200, 40, 2400, "USD",
         "new brass portholes for nautical décor are bright, light castings with clean glass and no marks; these "
         "40 are heavy bronze scuttles with marine concretion and coral scars, Dutch foundry stamps and, on one, "
         "a builder's plate of the Rijkswerf: fittings torn from Dutch warship wrecks in the Java Sea by scrap "
         "divers, war graves and underwater cultural heritage whose export Indonesia forbids, by sea from Surabaya "
         "to Rotterdam for a Den Helder nautical-décor shop; Indonesian wording (Java Sea wreck metal repeats, "
         "cannon and a bell as scrap, blind27, kept as a repeat of the source; portholes were found in no earlier "
         "row by a keyword search)", firm("Horizon Maritiem BV", "NL")),
        ("CUL-08", "import", "GRPOST01", "post", "IL", [], "GR", "780600",
         "תחמושת עופרת לקלע, יצוקה, בצורת שקד, 60 יח'", "IL", 2.4, 60, 60, "USD",
         "modern cast sling bullets for the slinging hobby are bright grey, identical almonds with a mould seam; "
         "these 60 are white-patinated, unequal, and several carry raised Greek letters and a thunderbolt: "
         "Hellenistic and Hasmonean lead sling bullets (glandes) from Judaean sites, antiquities whose export "
         "Israel allows only with an antiquities authority licence, posted from Haifa to a private slinger in "
         "Athens; Hebrew wording (lead antiquities under sinker labels repeat, Byzantine seals, blind68, blind69, "
         "blind80; sling bullets and slinging labels were found in no earlier row by a keyword search)",
         person("K. Georgiou", "GR")),
        ("CUL-09", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "950691",
         "میل چوبی ورزشی (Indian clubs)، دست‌ساز، نو، ۲۰ جفت", "TR", 160, 40, 1200, "EUR",
         "new Indian clubs are lathe-turned beech or ash, light and lacquered; among these twenty pairs are a pair "
         "of heavy, painted and gilded meels with lion-and-sun medallions, an engraved iron kabbadeh (the chained "
         "bow) with jingles and a brass zang, the worn furniture of a 19th-century Yazd zurkhaneh: Qajar-period "
         "cultural property whose export Iran forbids, on a lorry from Van through the Balkans and Austria to a "
         "Cologne fitness-antiques dealer; Persian wording (Qajar objects repeat in several sets; zurkhaneh "
         "equipment and Indian-club labels were found in no earlier row by a keyword search)",
         firm("Orion Sport Antik GmbH", "DE")),
        ("CUL-10", "import", "PLROAD01", "road", "UA", [], "PL", "960190",
         "Ковзани з кістки, репліка, ручна робота, 6 пар", "UA", 4, 12, 120, "EUR",
         "replica bone skates are freshly cut cattle metapodials, white, with machine-drilled holes and leather "
         "straps; these six pairs are brown-stained, polished flat on the underside by use, with ancient bored "
         "holes and soil in the marrow cavities: 11th-13th-century bone skates from Kyiv and Chernihiv excavations, "
         "archaeological objects whose export Ukraine forbids, on a van at Dorohusk for a Kraków dealer in skating "
         "history; Ukrainian wording (Ukrainian antiquities repeat in several sets; bone skates were found in no "
         "earlier row by a keyword search)", firm("Central Antyki Sp. z o.o.", "PL")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "902000",
         "Atemregler für Sporttaucher, offenes System, 1. und 2. Stufe, 24 Sets", "DE", 600, 24, 14000, "EUR",
         "open-circuit scuba regulator sets weigh a kilo or two and cost a few hundred euros; these 24 crates of "
         "25 kg hold closed-circuit mixed-gas rebreathers with electronic oxygen control, scrubber canisters and "
         "non-magnetic hardware, about 10,000 EUR each on the maker's list, for a Jebel Ali 'dive-centre supplier' "
         "whose forwarder books them on to Bandar Abbas: closed-circuit underwater breathing apparatus controlled "
         "under dual-use 8A002.q, exported without the licence Regulation 2021/821 requires and towards Iran; German "
         "wording (rebreathers were found only as a soda-lime cover on a precursor, blind127; closed-circuit "
         "rebreathers under a regulator label are the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "TR", "852560",
         "Satellietberichtenapparaten voor trekkers en bergsporters, 600 stuks", "NL", 120, 600, 60000, "EUR",
         "trekkers' satellite messengers are retail-boxed handsets with a screen, a battery and a carabiner clip; "
         "these 600 are bare short-burst-data satellite modem boards with antenna connectors and no casing, screen "
         "or battery, for an Istanbul 'outdoor wholesaler' whose buyer is a Tehran drone-parts broker: satellite "
         "modems of the kind found in long-range attack drones, whose sale for use in Iran Regulation 2023/1529 "
         "forbids; Dutch wording (UAV components for Iran repeat in many sets; satellite-messenger and Iridium-type "
         "labels were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "441233",
         "滑板板面用枫木单板层压坯料，7层，中国制造，40 托", "CN", 22000, 40, 26400, "USD",
         "skateboard blanks of hard maple are pale, heavy and close-grained with a Chinese press shop's stamp; "
         "these are birch veneer laminates with a birch core, Russian mill stamps on the inner plies and a Vologda "
         "mill's label under the Chinese cartons: Russian wood products, whose import into the Union Regulation "
         "833/2014 forbids, by rail from Xi'an to Małaszewicze for a Warsaw skateboard brand; Chinese wording "
         "(Russian birch plywood under other origins repeats in many sets; a skateboard-deck label was found in no "
         "earlier row: the one skateboard row is bearings, blind84)", firm("Horizon Skate Sp. z o.o.", "PL")),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["CZ", "PL", "LT"], "BY", "950710",
         "Angelruten-Sets in Transportköchern, Karbon, 40 Stück", "AT", 320, 40, 6000, "EUR",
         "rod tubes hold two or three kilos of carbon rods; these 40 tubes weigh 8 kg each and hold, under a rod "
         "blank, a bolt-action hunting rifle with its barrel taken off and its magazine, from a Ferlach gunmaker's "
         "stock: firearms, whose sale and export to Belarus Regulation 765/2006 forbids and which need an export "
         "authorisation under Regulation 258/2012, by lorry through Czechia, Poland and Lithuania to a Minsk "
         "hunting lodge; Austrian German wording (firearms under sports labels repeat, shotguns as spearguns "
         "(blind134), as air rifles (blind163) and as biathlon kits (blind148); rod tubes were found in no earlier "
         "row by a keyword search)", {"importer_country": "BY"}),
        ("STR-05", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU"], "KZ", "880623",
         "Drony wędkarskie do wywożenia zanęty, 60 szt.", "PL", 1200, 60, 42000, "EUR",
         "bait-dropping drones for carp anglers carry one or two kilos of groundbait under a release hook and cost "
         "a few hundred euros; these 60 are heavy-lift hexacopters with a 10 kg payload release, a stabilised "
         "thermal gimbal and a long-range mesh radio link, for an Almaty 'angling wholesaler' whose buyer is in "
         "Russia: drones on the common high-priority list, whose sale for use in Russia Regulation 833/2014 "
         "forbids, on a lorry through the Baltic states and Russia; Polish wording (drones for Russia repeat in "
         "many sets; a fishing-drone label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "FIAIR01", "air", "FI", [], "KZ", "903180",
         "Golfsvingin analysaattorit, anturimoduulit, 300 kpl", "FI", 30, 300, 15000, "EUR",
         "consumer golf swing sensors are 10 g clip-on pucks with a consumer accelerometer at about 100 EUR; these "
         "300 are sealed, navigation-grade MEMS inertial measurement units with a gyro bias under one degree an "
         "hour, worth 3,000 EUR each, for an Astana 'golf equipment' firm whose buyer makes guided munitions in "
         "Russia: inertial sensors controlled as dual-use goods and on the common high-priority list, exported "
         "without a licence, flown from Helsinki; Finnish wording (MEMS IMUs repeat in many sets, fitness-tracker "
         "sensors (blind104) and earthquake alarms (blind178) among them; a golf-swing label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-07", "import", "GRSEA01", "sea", "TR", [], "GR", "930320",
         "Yarı otomatik av tüfeği, 12 kalibre, Türk malı, 200 adet", "TR", 680, 200, 60000, "USD",
         "Turkish semi-automatic shotguns carry an Ankara proof mark and a Beyşehir or Konya maker's name; these "
         "200 have their receiver markings ground off, yet an Izhevsk proof mark is legible under the bolt and the "
         "parts carry Russian factory numbers, with a Turkish certificate of origin: Russian firearms, whose import "
         "into the Union Regulation 833/2014 forbids, by sea from Izmir to Thessaloniki for a Greek hunting-arms "
         "dealer; Turkish wording (Russian goods under Turkish origin repeat in several sets; Russian hunting "
         "shotguns were found in no earlier row by a keyword search)", firm("Delta Kynigetika AE", "GR")),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "KZ", "880400",
         "Voiles de parachutisme sportif, 9 caissons, avec sellettes-conteneurs, 40 ensembles", "FR", 600, 40,
         60000, "EUR",
         "sport skydiving canopies are bright nylon wings in a sport container with a reserve and an automatic "
         "activation device; these 40 are sand and black low-visibility ram-air systems with oxygen-mask mounts, "
         "equipment-lowering lines and military-pattern harnesses for high-altitude jumps, for a Karaganda "
         "'skydiving club' whose buyer supplies Russian special forces: parachutes specially designed for military "
         "use (Military List ML10), exported without a licence and towards Russia, flown from Paris; French wording "
         "(parachutes appear only in other roles, delivery drones and flares; sport-canopy labels were found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "KG", "830890",
         "Occhielli in ottone per tende e teloni, 200.000 pezzi", "IT", 80, 200000, 1600, "EUR",
         "brass tent eyelets are open rings with a washer, sold by the thousand; these are small closed brass cups "
         "with a priming compound and an anvil, packed a hundred to a tray: small-rifle primers (UN 0044, Class "
         "1.4S), ammunition components whose sale for use in Russia Regulation 833/2014 forbids and explosives that "
         "may not be flown as general cargo, for a Bishkek 'outdoor wholesaler', from Milan; Italian wording "
         "(primers repeat in several sets; a tent-eyelet label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-10", "export", "DKAIR01", "air", "DK", [], "AM", "620140",
         "Jagttøj, camouflage, jakker og bukser, 400 stk.", "DK", 600, 400, 16000, "EUR",
         "a hunting-gear air shipment for a Yerevan hunting shop: camouflage clothing and aluminium tree stands are "
         "what Danish outfitters sell, but the third item's 30 'jagtkikkerter 10x42' are single-tube thermal "
         "weapon sights with a 640 x 512 core, a laser rangefinder and a Picatinny mount at 7,000 EUR each, for a "
         "buyer who ships on to Russia: thermal imaging cameras on the common high-priority list, whose re-export "
         "to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from "
         "Copenhagen; Danish wording (thermal sights repeat in many sets, birdwatching binoculars (blind127) among "
         "them, kept as a repeat of the good; behind hunting clothing and tree stands is the new part as far as a "
         "search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("761699", "Træstiger i aluminium (hochsitze), 20 stk.", "DK", 400, 4000, "EUR",
                                qty=20),
                           item("900580", "Jagtkikkerter 10x42, 30 stk.", "DK", 45, 3000, "EUR", qty=30)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "ZA", [], "ES", "392690",
         "Taksidermie-vorms, poliuretaan, vir groot wild, 12 stuks", "ZA", 180, 12, 1800, "USD",
         "polyurethane taxidermy forms are hollow, light foam mannequins of 5 to 15 kg in fitted cartons; two of "
         "these twelve weigh 30 kg and hold, packed inside the hollow, a salted, rolled leopard skin with head and "
         "paws and its cleaned skull: a leopard (Panthera pardus, CITES App. I) hunting trophy without the CITES "
         "export permit and the Union import permit it needs, flown from Johannesburg to Madrid for a Toledo "
         "taxidermist; Afrikaans wording (leopard trophies repeat, blind10 and dev13-b as rugs; a taxidermy-form "
         "cover was found in no earlier row by a keyword search)", firm("Meridian Taxidermia SL", "ES")),
        ("WLF-02", "import", "HUAIR01", "air", "KZ", [], "HU", "050590",
         "Жебе қауырсындары үшін боялған күркетауық қауырсындары, 2 000 дана", "KZ", 6, 2000, 400, "USD",
         "dyed turkey fletching feathers are short, evenly barred or dyed, cut to shape and cheap; these 2,000 are "
         "long, undyed, dark brown primaries and white-based tail feathers with broad dark tips, taken from "
         "golden eagles: Aquila chrysaetos (CITES App. II, Union Annex A) without CITES documents, flown from "
         "Almaty to Budapest for a traditional-archery supplier; Kazakh wording (golden-eagle feathers appear "
         "once, on dreamcatchers, blind64; a fletching label was found in no earlier row by a keyword search)",
         firm("Orion Íjászbolt Kft.", "HU")),
        ("WLF-03", "import", "ITROAD01", "road", "RS", ["HR", "SI"], "IT", "950790",
         "Mamci za lov na vrane, sova, flokirana plastika, 40 kom", "RS", 60, 40, 600, "EUR",
         "flocked plastic owl decoys for crow shooting are hollow, light and identical, with painted eyes; six of "
         "these 40 are real mounted eagle owls with glass eyes, taxidermist's wire in the legs and the moth-proof "
         "smell of a fresh mount: Bubo bubo (CITES App. II, Union Annex A) without CITES documents, on a van from "
         "Novi Sad through Croatia and Slovenia for a Brescia hunting shop that sells them to crow hunters; Serbian "
         "wording (mounted owls repeat, blind65 and blind148 under decorative labels; a hunting-decoy label was "
         "found in no earlier row by a keyword search)", firm("Vega Caccia Srl", "IT")),
        ("WLF-04", "import", "HUROAD01", "road", "UA", [], "HU", "030199",
         "Малька сома звичайного (Silurus glanis), живий, у пакетах з киснем, 200 кг", "UA", 200, None, 2000,
         "EUR",
         "wels catfish fry are dark, slimy and scaleless, with long barbels and a long anal fin; half of these "
         "oxygen bags hold pale grey fingerlings with rows of bony scutes, a pointed snout, a crescent mouth and a "
         "shark-like tail: beluga sturgeon (Huso huso, CITES App. II) without CITES export documents, for a "
         "catch-and-release trophy lake near Szolnok, on a van at Záhony; Ukrainian wording (live sturgeon "
         "fingerlings appear once, as carp fry, blind141, kept as a repeat of that family; a wels-catfish label "
         "for an angling lake is the new part as far as a search found)", firm("Central Horgásztó Kft.", "HU")),
        ("WLF-05", "import", "ESSEA01", "sea", "PH", [], "ES", "611430",
         "Wetsuits, neoprene 3 mm, gikan sa Mactan, 400 ka buok", "PH", 600, 400, 8000, "USD",
         "a dive-gear container for a Barcelona distributor: wetsuits and fins are what Mactan dive-gear "
         "factories ship, but the third item's 'resin clam-shell basins' are 20 pairs of heavy, ribbed, "
         "chalk-white real shells of 60-90 cm, with growth lines and a shell-borer's holes: giant clams (Tridacna "
         "gigas and T. derasa, CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, by sea from Cebu to Barcelona; Cebuano wording (giant clams repeat in many sets, kept as a "
         "repeat of the good; behind dive gear is the new part as far as a search found)",
         dict(firm("Atlantic Submarinismo SL", "ES"),
              _more_items=[item("950629", "Diving fins and masks, 600 ka set", "PH", 900, 4800, "USD", qty=600),
                           item("392690", "Resin clam-shell basins, dekorasyon, 20 ka pares", "PH", 1400, 400,
                                "USD", qty=40)])),
        ("WLF-06", "transit", "NLAIR01", "air", "CA", ["NL"], "CN", "430219",
         "Tanned sheepskins, white, extra large, 6 pcs", "CA", 60, 6, 900, "CAD",
         "tanned sheepskins are 1.2 m, curly, creamy wool on a soft leather; these six are 2.2 to 2.6 m, with "
         "dense, hollow, cream-white guard hair over a woolly underfur, black skin and heavy paws: polar bear "
         "hides (Ursus maritimus, CITES App. II) from Nunavut without the Canadian export permit that specimens in "
         "transit through the Union must carry, landed at Schiphol in transit from Toronto to Harbin; Canadian "
         "English wording (polar bear hides repeat in several sets under fur-rug labels, kept as a repeat of the "
         "good; a sheepskin label in transit to China is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-07", "import", "PTAIR01", "air", "TH", [], "PT", "420292",
         "ถุงกอล์ฟหนัง PU ลายจระเข้, 30 ใบ", "TH", 150, 30, 3000, "USD",
         "croc-embossed PU golf bags have a printed scale pattern that repeats and a fabric back; these 30 are real "
         "crocodile leather with irregular belly scales, a pore in each scale and an umbilical scar, from an "
         "unregistered Thai farm, at a tenth of their value: Siamese crocodile (Crocodylus siamensis, CITES App. I) "
         "without CITES documents, flown from Bangkok to Lisbon for an Algarve golf pro shop; Thai wording "
         "(crocodile leather repeats in many sets; golf bags were found in no earlier row by a keyword search)",
         firm("Rivage Golf Lda", "PT")),
        ("WLF-08", "import", "PTAIR01", "air", "MZ", [], "PT", "050690",
         "Crânios de babuíno, réplicas em resina, para taxidermia, 4 unidades", "MZ", 8, 4, 120, "USD",
         "resin replica skulls are light, seamless castings with even colour and moulded teeth; these four are "
         "real, boiled and bleached skulls with long canines, sutures, worn molars and the drill hole of a trophy "
         "mount, from hunts in the Niassa concessions: chacma baboon skulls (Papio ursinus, CITES App. II) without "
         "CITES documents, flown from Pemba via Maputo to Lisbon for a Setúbal taxidermy supplier; Mozambican "
         "Portuguese wording (baboon parts appear in two development sets, dev18-c and dev21-b; resin-replica skull "
         "labels on primates were found in no earlier row by a keyword search)", firm("Central Taxidermia Lda", "PT")),
        ("WLF-09", "import", "NLAIR01", "air", "NA", [], "NL", "420100",
         "Saddle pads, printed cowhide, zebra pattern, 40 pcs", "NA", 120, 40, 2400, "USD",
         "printed-cowhide saddle pads have short, stiff hair with a stencilled pattern that repeats; these 40 are "
         "real zebra hide with narrow, close stripes running down to the belly, a grid-iron pattern over the rump "
         "and no shadow stripes: Hartmann's mountain zebra (Equus zebra hartmannae, CITES App. II) without CITES "
         "documents, flown from Windhoek to Amsterdam for an equestrian shop; Namibian English wording (mountain "
         "zebra under a plains-zebra label appears once, blind53, kept as a repeat of the good; a saddle-pad cover "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Ruitersport BV", "NL")),
        ("WLF-10", "import", "DESEA01", "sea", "ID", [], "DE", "950699",
         "Busur panjang tradisional, lapisan belakang foil motif kulit ular, 60 buah", "ID", 30, 60, 1800, "USD",
         "snakeskin-print bow-backing foil is a flat, printed film with a repeating pattern; these 60 longbows are "
         "backed with real reticulated python skin, scales lifting at the limb tips, with the belly scutes trimmed "
         "off: Malayopython reticulatus (CITES App. II) without CITES documents, by sea from Surabaya to Hamburg "
         "for a traditional-archery shop; Indonesian wording (python skins repeat in many sets; a bow-backing label "
         "was found in no earlier row by a keyword search)", firm("Alpina Bogenbau GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIPOST01", "post", "AU", "FI", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (gold refining as a hobby)", "AU", 5.6, 4, 90, "AUD",
     [("PRECURSOR_LICENCE", "FI-POL-58-0311")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "JP", "AT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "JP", 2, 2, 40000, "JPY",
     [("PRECURSOR_LICENCE", "AT-BMI-58-0094")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "PCB capacitors from sports-ground floodlights (16 02 09*), for high-temperature incineration, 4 t", "CH", 4000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-58-0412")], "notified PCB capacitors to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "271290",
     "Fluorinated ski-wax waste with PFAS (POP waste), from ski-service workshops, for incineration, 6 t", "NO", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-58-0127")], "notified POP-containing ski-wax waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290361",
     "Methyl bromide, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 800,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-58-021")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for aircraft cargo-compartment fire protection", "US", 500,
     20, 15000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-58-008")], "reclaimed halon for a critical use under licence"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970610",
     "Tschinke wheellock birding rifle, Silesia, c. 1630, documented collection, sold at auction", "CZ", 3, 1, 62000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-58-0217")], "antique arm exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Greek stone halter (jumping weight), c. 500 BC, documented Swiss collection since 1958", "GR", 2.3, 1, 24000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-58-0041")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "BR", "902000",
     "Closed-circuit mixed-gas rebreathers, 6 units, for a Brazilian commercial diving contractor", "DE", 150, 6,
     60000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-58-2231"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-58-0102")],
     "dual-use rebreathers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "JP", "903180",
     "Navigation-grade MEMS inertial measurement units, 40 pcs, for a Japanese survey-vessel maker", "FI", 4, 40,
     120000, "EUR", [("EXPORT_LICENCE", "FI-UM-58-0318"), ("END_USER_CERTIFICATE", "JP-METI-EUC-58-0077")],
     "dual-use IMUs under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "ZA", "ES", "430180",
     "Leopard hunting trophy (Panthera pardus), skin and skull, 1 set, within the South African quota", "ZA", 14, 1,
     3000, "USD", [("CITES_PERMIT", "ZA-DFFE-58-1132")], "App. I hunting trophy with its export and import permits"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "TH", "PT", "420291",
     "Golf bags of Siamese crocodile leather, registered captive-breeding operation, 10 pcs", "TH", 50, 10, 9000,
     "USD", [("CITES_PERMIT", "TH-DOF-58-0466")], "App. I crocodile leather from a registered farm with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatperson", "PRM-05": "Central Analytik GmbH",
    "PRM-08": "Orion Antiken GmbH", "PRM-11": "Particular", "PRM-12": "Rivage Golf Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("330749", "Scent-eliminator spray for hunters, ready to use, 1 l", "import", ["post"], ["US", "CA"], (10, 20), (1, 4), ["USD"], 1, S),
    ("381400", "Golf grip solvent, naphtha-based, 1 qt", "import", ["express"], ["US", "KR"], (8, 15), (1, 4), ["USD"], 1, S),
    ("340490", "Ski glide wax, fluorine-free, 60 g blocks", "import", ["express"], ["NO", "JP"], (60, 120), (1, 3), ["NOK", "JPY"], 15, S),
    ("210690", "Isotonic sports-drink powder, 500 g pouches", "import", ["sea"], ["GB", "US"], (6, 12), (3000, 9000), ["GBP", "USD"], 2, S),
    ("950790", "Tungsten beads and putty for fly tying", "import", ["express"], ["US", "CZ"], (80, 160), (1, 2), ["USD"], 40, S),
    ("340590", "Table shuffleboard powder, silicone beads, 16 oz cans", "import", ["post"], ["US", "CA"], (10, 18), (1, 4), ["USD", "CAD"], 2, S),
    ("392490", "Gold-panning kits, plastic pans and snuffer bottles", "import", ["post"], ["AU", "CA"], (15, 30), (1, 4), ["AUD", "CAD"], 1, S),
    ("340319", "Bicycle chain lube, wet, 100 ml bottles", "import", ["sea"], ["TW", "IN"], (6, 10), (2000, 6000), ["USD"], 8, S),
    ("250840", "Calcined-clay infield conditioner, 50 lb bags", "import", ["sea"], ["US"], (0.5, 0.9), (15000, 22000), ["USD"], 0.04, S),
    ("283650", "Line-marking powder (calcium carbonate) for sports pitches, 25 kg", "import", ["road"], ["TR", "RS"], (0.15, 0.3), (10000, 22000), ["EUR"], 0.04, S),
    ("940542", "LED floodlights for sports grounds, new, boxed", "export", ["sea"], ["GH", "NG"], (20, 35), (2000, 6000), ["EUR"], 0.1, S),
    ("847989", "Electric ice resurfacer, new, lithium battery", "export", ["road"], ["UA", "RS"], (12, 20), (3000, 9000), ["EUR"], 0.0003, S),
    ("950691", "Treadmills, new, boxed, with warranty", "export", ["sea"], ["NG", "GH"], (8, 14), (4000, 10000), ["EUR"], 0.01, S),
    ("890322", "Sailing yachts, used, with survey and registration", "export", ["sea"], ["AL", "ME"], (4, 9), (8000, 24000), ["EUR"], 0.0001, S),
    ("271220", "Fully refined paraffin wax slabs for candles", "export", ["road"], ["RS", "BA"], (1.2, 1.8), (10000, 22000), ["EUR"], None, S),
    ("950611", "Used skis, sorted pairs, serviced, with bindings", "export", ["road"], ["BA", "UA"], (3, 6), (2000, 8000), ["EUR"], 0.25, S),
    ("850760", "E-foil battery packs, new, 48 V, UN38.3 tested", "export", ["sea"], ["MA", "CV"], (40, 70), (1000, 4000), ["EUR"], 0.03, S),
    ("271019", "Racing engine oil, synthetic, sealed 1 l bottles", "export", ["sea"], ["MA", "TN"], (6, 10), (4000, 12000), ["EUR"], 1, S),
    ("842860", "Chairlift chairs and grips, refurbished, no electrics", "export", ["road"], ["BA", "RS"], (5, 9), (4000, 12000), ["EUR"], 0.02, S),
    ("310100", "Seaweed turf tonic for golf greens, 10 l", "export", ["sea"], ["CV", "MA"], (1.5, 3), (4000, 10000), ["EUR"], 0.1, S),
    ("340290", "Referee vanishing spray, isobutane-propelled, 150 ml", "import", ["sea"], ["BR", "AR"], (3, 6), (1000, 4000), ["USD"], 6, S),
    ("950699", "3D archery targets, water-blown polyurethane", "import", ["sea"], ["CN", "US"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("842410", "Automatic engine-room extinguishers, dry powder, for sport boats", "import", ["sea"], ["US", "IT"], (20, 35), (500, 2000), ["USD", "EUR"], 0.4, S),
    ("842489", "Snowmaking fan guns, new, water and air", "export", ["sea"], ["EG", "TR"], (12, 20), (3000, 9000), ["EUR"], 0.002, S),
    ("252800", "Borax taxidermy preservative, 5 kg tubs", "import", ["air"], ["NA", "ZA"], (2, 4), (100, 500), ["USD"], 0.2, S),
    ("340319", "Gun-cleaning bore oil, 500 ml", "import", ["sea"], ["US", "TR"], (6, 12), (1000, 4000), ["USD"], 2, S),
    ("350691", "Wetsuit neoprene cement, water-based, 250 ml", "import", ["sea"], ["TW", "TH"], (8, 14), (500, 2000), ["USD"], 4, S),
    ("392390", "Insulated fish boxes, rotomoulded polyethylene", "import", ["sea"], ["TW", "CN"], (3, 6), (2000, 6000), ["USD"], 0.1, S),
    ("291411", "Acetone, technical, 10 l jerrycans", "import", ["road"], ["RS", "TR"], (0.8, 1.4), (4000, 12000), ["EUR"], 0.1, S),
    ("950691", "Atlas lifting stones, new, granite", "import", ["road"], ["TR"], (0.3, 0.6), (4000, 12000), ["EUR"], 0.02, S),
    ("780600", "Lead diving weights, new, vinyl-coated", "import", ["sea"], ["CN", "TN"], (2.5, 4), (4000, 12000), ["USD"], 0.5, S),
    ("630622", "Expedition tents, new, four-season", "import", ["air"], ["NP", "CN"], (15, 30), (100, 600), ["USD"], 0.25, S),
    ("950699", "Traditional horsebows, new, handmade, laminated", "import", ["air"], ["TR", "CN"], (40, 80), (50, 300), ["EUR", "USD"], 1.5, S),
    ("691390", "Ceramic polo-player trophy statuettes, new", "import", ["air"], ["CN", "HK"], (8, 16), (100, 500), ["USD"], 0.2, S),
    ("620140", "Camouflage hunting jackets, new", "export", ["air"], ["US", "CA"], (25, 45), (200, 800), ["EUR"], 1, S),
    ("741980", "Brass portholes, new, nautical décor", "import", ["sea"], ["IN", "ID"], (5, 9), (1000, 4000), ["USD"], 0.2, S),
    ("780600", "Cast lead sling bullets, new, for sport slinging", "import", ["post"], ["US", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 30, S),
    ("950691", "Wooden Indian clubs, new, beech, pairs", "import", ["road"], ["TR", "IN"], (4, 8), (1000, 4000), ["EUR"], 0.5, S),
    ("902000", "Open-circuit scuba regulators, new, boxed", "export", ["sea"], ["AE", "EG"], (120, 220), (300, 1200), ["EUR"], 0.6, S),
    ("441233", "Skateboard decks, Canadian maple, 7-ply", "import", ["sea"], ["CN", "CA"], (4, 8), (3000, 9000), ["USD"], 0.6, S),
    ("950710", "Carbon fishing rods, new, in rod tubes", "export", ["road"], ["RS", "UA"], (20, 40), (500, 3000), ["EUR"], 0.4, S),
    ("830890", "Brass tent eyelets with washers", "export", ["air"], ["TR", "KZ"], (10, 18), (100, 500), ["EUR"], 2000, S),
    ("392690", "Polyurethane taxidermy forms, hollow", "import", ["air"], ["US", "ZA"], (8, 15), (100, 600), ["USD"], 0.1, S),
    ("950790", "Flocked plastic owl decoys for crow hunting", "import", ["road"], ["RS", "CN"], (6, 12), (500, 2000), ["EUR"], 0.7, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Wooden spoons and spatulas, beech", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 10, N),
        ("820551", "Corkscrews and bottle openers", "import", ["post", "express"], ["CN", "FR"], (20, 40), (1, 3), ["USD", "EUR"], 8, N),
        ("401699", "Rubber door wedges", "import", ["sea"], ["CN", "MY"], (2, 4), (1000, 4000), ["USD"], 10, N),
        ("960820", "Permanent marker pens, retail packs", "import", ["sea"], ["CN", "JP"], (6, 12), (2000, 6000), ["USD"], 60, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind193", 20580501, HERE)


if __name__ == "__main__":
    main()
