#!/usr/bin/env python3
"""Writes the hundred-and-eighty-eighth blind set (tests/risk/data/blind188-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: oil, gas and mining services
(well-service and drilling chemicals, completion brines and gas-treating glycols, blasting
and quarry contractors, offshore supply bases and their returned equipment, pipeline and
refinery maintenance, mine consumables, assay laboratories, ore samples, doré and rough
gemstones, and the workers who rotate through oil and mining camps).
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
would. Ids are BL188-*:

    python3 tests/risk/data/make_blind188_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROSEA01", "sea", "EG", [], "RO", "291512",
         "فورمات الصوديوم، درجة سوائل الحفر، أكياس 25 كجم، 960 كيس", "EG", 24000, 960, 9600, "USD",
         "drilling-grade sodium formate is a white, free-flowing powder that dissolves into a dense, clear brine "
         "without any change of temperature and is bought by the ISO tank or the big bag by mud companies; these "
         "960 small sacks hold round, porous, white prills that turn ice-cold in water, give off ammonia with lye "
         "and test at 34 % N, for a Constanța 'well-services' firm registered six weeks before, with no rig, no "
         "well contract and a director who runs a farm-and-garden store in Medgidia that sells to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) to be made available to members of the public, by sea from "
         "Alexandria; Egyptian Arabic wording (ammonium nitrate repeats in many sets; a sodium-formate label was "
         "found in no earlier row by a keyword search: the earlier formate rows are methyl and ethyl formate "
         "ozone covers and one formate de-icer mentioned in a note)", firm("Delta Servicii Petroliere SRL", "RO")),
        ("PRE-02", "import", "DKAIR01", "express", "KW", [], "DK", "382499",
         "H2S Scavenger (MEA-Triazine 40 %), field samples for sour-well trial, 4 x 1 L", "KW", 4.8, 4, 18, "KWD",
         "MEA-triazine H2S scavenger is a pale-yellow to amber, amine-smelling liquid of about 1.1 kg/l that a "
         "service company ships in drums to a well site; these four litre bottles have vented caps and hold a "
         "water-clear, odourless liquid of 1.20 kg/l that foams on a cut and whitens the skin at once: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Kuwait City to a private address in Esbjerg "
         "(a rotational worker's home, not an oilfield laboratory), although oxidising liquids travel by express "
         "only as declared dangerous goods; Kuwaiti sender's English wording (hydrogen peroxide repeats in many "
         "sets; an H2S-scavenger or triazine label was found in no earlier row by a keyword search)",
         person("Mikkel Sørensen", "DK")),
        ("PRE-03", "import", "LVAIR01", "express", "KZ", [], "LV", "381190",
         "Ингибитор парафиноотложений для нефтяных скважин, канистры 5 л, 4 шт.", "KZ", 22.8, 4, 60, "USD",
         "oil-well paraffin inhibitors are polymer solutions in xylene or kerosene of 0.85-0.90 kg/l that float on "
         "water and smell of solvent; these four cans hold a pale-yellow, oily liquid of 1.14 kg/l that sinks in "
         "water, smells faintly fruity, and the filler's stencil under the label reads 'CH3NO2': nitromethane "
         "(Annex I above 16 %), sent by express from Atyrau to a private person in Jelgava who races nitro model "
         "cars; Russian wording from Kazakhstan (nitromethane repeats in many sets; a paraffin-inhibitor or wax-"
         "inhibitor label was found in no earlier row by a keyword search: 'paraffin' appears only as lamp oil "
         "and wax)", person("Jānis Bērziņš", "LV")),
        ("PRE-04", "import", "SKPOST01", "post", "CL", [], "SK", "290519",
         "Espumante MIBC (metil isobutil carbinol) para flotación de minerales, 2 bidones de 1 litro", "CL", 3.7, 2,
         25000, "CLP",
         "MIBC flotation frother is a light (0.81 kg/l), sweet-smelling alcohol that floats on water and burns; "
         "these two bottles weigh 1.84 kg/l, are oily, do not burn, grow hot with a drop of water and char a "
         "paper label: about 96 % sulphuric acid (Annex I above 15 %), posted from Antofagasta to a private gold "
         "panner in Kremnica who builds a home flotation cell, although corrosive liquids are not accepted by "
         "post; Chilean Spanish wording (sulphuric acid repeats in many sets; an MIBC or frother label was found "
         "in no earlier row by a keyword search, and flotation reagents appear only as strategic covers)",
         person("Peter Horváth", "SK")),
        ("PRE-05", "import", "PLAIR01", "air", "IN", [], "PL", "391231",
         "पॉलीएनियोनिक सेलुलोज़ (PAC-LV), ड्रिलिंग ग्रेड, 1 किलो पैक, 400 पैक", "IN", 400, 400, 1600, "USD",
         "PAC-LV drilling polymer is a cream-white, fluffy cellulose powder of about 0.6 kg/l that swells into a "
         "slimy gel in water and is sold to mud companies in 25 kg sacks; these 1 kg packs hold a heavy, white, "
         "crystalline powder that does not swell, barely dissolves, flares violently with sugar and whose inner "
         "liners read 'KClO4', for a Wrocław 'horizontal-drilling supplies' web shop whose catalogue sells the "
         "1 kg packs to anyone: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Ahmedabad; Hindi wording (potassium perchlorate repeats in many sets; a drilling-"
         "polymer or polyanionic-cellulose label was found in no earlier row by a keyword search)",
         firm("Orion Wiertnictwo Sp. z o.o.", "PL")),
        ("PRE-06", "import", "ITSEA01", "sea", "TR", [], "IT", "291816",
         "Sodyum glukonat, petrol kuyusu çimentolaması için geciktirici, 25 kg torba, 800 torba", "TR", 20000, 800,
         14000, "EUR",
         "sodium gluconate cement retarder is a white, faintly sweet powder that dissolves clear and chars to "
         "caramel on a hot plate; these sacks hold colourless cubic crystals that taste cool and salty, draw damp, "
         "crackle and flare yellow on a hot plate, with CAS 7775-09-9 on the inner liners, for a Bari farm-and-"
         "garden wholesaler that repacks them in 1 kg tubs sold as weed killer to the public: sodium chlorate "
         "(Annex I above 40 %) to be made available to members of the public, by sea from Mersin to Bari; Turkish "
         "wording (sodium chlorate repeats in many sets; a gluconate or cement-retarder label was found in no "
         "earlier row by a keyword search)", firm("Vega Agroforniture Srl", "IT")),
        ("PRE-07", "import", "FRSEA01", "sea", "DZ", [], "FR", "283340",
         "Persulfate d'ammonium, briseur de gel pour fracturation hydraulique, seaux de 25 kg, 200 seaux", "DZ",
         5000, 200, 6000, "EUR",
         "ammonium persulphate gel breaker is a white, granular oxidiser that dissolves quickly, smells faintly of "
         "ozone and releases ammonia with lye; these buckets hold glassy, monoclinic crystals that do not smell of "
         "ammonia with lye, dissolve slowly in cold water and spit violet sparks on a hot iron, with 'KClO3' on the "
         "bucket liners, for a Marseille 'import-export' shop that sells them in small bags to people making "
         "Mawlid firecrackers: potassium chlorate (Annex I above 40 %) to be made available to members of the "
         "public, by sea from Skikda to Marseille; Algerian French wording (potassium chlorate repeats in many "
         "sets and persulphate labels in a few, on pool and PCB-etching goods; a fracturing gel-breaker label "
         "was found in no earlier row by a keyword search)", firm("Rivage Import Export SARL", "FR")),
        ("PRE-08", "import", "FIPOST01", "post", "ZA", [], "FI", "283210",
         "Sodium metabisulphite (SMBS) for cyanide detox, gold plant lab sample, 2 x 1 kg", "ZA", 2.1, 2, 220, "ZAR",
         "sodium metabisulphite for cyanide destruction is a white powder that smells sharply of sulphur dioxide "
         "when the bag is opened and turns wet litmus red; these two bags give off no smell at all, hold glassy "
         "crystals that draw water from the air and burn brightly with sugar, and the re-used bags' inner labels "
         "read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Carletonville to a private person in "
         "Oulu; South African English wording (sodium perchlorate repeats in many sets and metabisulphite labels in "
         "a few, on wine-making goods; a gold-plant cyanide-detox label was found in no earlier row by a keyword "
         "search)", person("Mikko Lehtonen", "FI")),
        ("PRE-09", "import", "PTPOST01", "post", "AO", [], "PT", "380894",
         "Biocida para água de produção (glutaraldeído 50 %), amostras de campo, 2 frascos de 1 litro", "AO", 3.0, 2,
         15000, "AOA",
         "50 % glutaraldehyde biocide is a clear, pungent liquid of 1.13 kg/l that tans the skin grey-brown; these "
         "two bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper coin "
         "with brown gas: about 65 % nitric acid (Annex I above 3 %), posted from Luanda to a private person in "
         "Gondomar, the goldsmiths' town near Porto, who parts gold at home, although corrosive liquids are not "
         "accepted by post; Angolan Portuguese wording (nitric acid repeats in many sets; glutaraldehyde appears "
         "once, as a waste row's label; a produced-water biocide label was found in no earlier row by a keyword "
         "search)", person("Sr. Rui Teixeira", "PT")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "250810",
         "Bentonit za bušenje bunara, vreće 25 kg, 400 vreća", "BA", 10000, 400, 2400, "EUR",
         "a water-well drilling supply lorry for a Slavonian shop that sells to farmers who sink their own wells: "
         "bentonite and PDC bits are what such shops stock, but the third item's 'sredstvo za čišćenje bunara' "
         "is 60 cans with vented caps of a water-clear liquid of 1.13 kg/l that foams on rust and whitens the skin, "
         "not a citric-acid cleaner: about 35 % hydrogen peroxide (Annex I above 12 %) to be made available to "
         "members of the public, hidden as the last item of a three-item declaration, at Slavonski Brod; Bosnian "
         "wording (hydrogen peroxide repeats in many sets; a water-well rehabilitation cleaner behind drilling "
         "supplies was found in no earlier row by a keyword search)",
         dict(firm("Slavonija Bunari d.o.o.", "HR"),
              _more_items=[item("820713", "PDC krune za bušenje bunara, 6 kom", "BA", 60, 1800, "EUR", qty=6),
                           item("382499", "Sredstvo za čišćenje bunara na bazi limunske kiseline, kanisteri 20 l, 60 kom",
                                "BA", 1356, 900, "EUR", qty=60)])),
    ],
    "waste": [
        ("WST-01", "transit", "NLSEA01", "sea", "NO", ["NL"], "GH", "290949",
         "Trietylenglykol (TEG), regenerert, for gasstørking, 2 ISO-tanker, 44 t", "NO", 44000, None, 8800, "EUR",
         "regenerated TEG is a clear, faintly yellow, odourless, syrupy liquid of 1.12 kg/l sold with a "
         "regenerator's certificate; these two ISO tanks hold a black, two-layer liquid that smells of benzene and "
         "toluene, with a hydrocarbon top layer, iron-sulphide sludge, 20 % water and mercury on analysis, drained "
         "from the glycol contactors and reboilers of a North Sea gas platform at its turnaround: spent glycol with "
         "hazardous substances, hazardous waste whose export to a non-OECD country is banned, landed at Rotterdam in "
         "transit from Mongstad to Takoradi for a 'gas-processing contractor'; Norwegian wording (glycol wastes "
         "repeat under antifreeze labels; a regenerated-TEG label and a transit of it were found in no earlier row "
         "by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "440122",
         "Holzhackschnitzel, Laubholz, für Biomasseheizwerk, lose, 24 t", "DE", 24000, None, 1200, "EUR",
         "fuel wood chips are pale, light (about 250 kg/m3) and smell of sap; this walking-floor trailer holds rust-"
         "black, heavy, damp chips coated in iron oxide and iron sulphide that smell of rotten eggs and start to "
         "smoulder where the load is opened to the air: spent 'iron sponge' from the hydrogen-sulphide towers of "
         "a Lower Saxony sour-gas treatment plant, a pyrophoric gas-cleaning absorbent with hydrocarbon and arsenic "
         "residues (15 02 02*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Austria and Hungary for a 'biomass heating plant' in Vojvodina; German wording (wood-chip labels appear "
         "on other goods; spent iron sponge was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-03", "export", "FISEA01", "sea", "FI", [], "IN", "690390",
         "Käytetyt samottiupokkaat, murskattavaksi samotiksi, suursäkit, 18 t", "FI", 18000, None, 900, "EUR",
         "used fireclay crucibles for grog are clean, buff, broken ceramic; these bags hold fire-assay crucibles "
         "lined with a glassy, lead-borate slag and broken magnesia cupels soaked yellow-orange with litharge, "
         "reading 20-40 % lead on a hand-held analyser, from the fire-assay laboratory of a Lapland gold mine: "
         "lead-bearing spent refractories (16 11 03*), hazardous waste whose export to a non-OECD country is "
         "banned, from Kokkola to Mundra for a 'refractory works' that runs a secondary-lead furnace; Finnish "
         "wording (crucibles repeat as strategic goods and in a gold-sweepings waste row; assay cupels were found "
         "in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "271490",
         "Bitumenbruch, für Straßenbau, lose, 22 t", "AT", 22000, None, 440, "EUR",
         "bitumen scrap for road building is black, glossy, clean broken binder that softens in the sun; this "
         "tipper holds stiff, tar-smelling slabs of coal-tar enamel peeled off old steel gas pipes, wrapped in "
         "grey, fibrous felt that shows chrysotile fibres under a lens and still sticks to rust scale, stripped "
         "on a transit-pipeline rehabilitation in Lower Austria: coal-tar pipeline coating with asbestos felt "
         "(17 03 03*, 17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Slovenia and Croatia for a Tuzla 'asphalt plant'; Austrian German wording (coal tar repeats in many sets "
         "and asbestos too; a pipeline coal-tar-enamel strip was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "851310",
         "Lampy górnicze nahełmne, używane, sprawne, do ponownego użycia, 3 000 szt.", "PL", 6000, 3000, 3000, "EUR",
         "used miners' cap lamps sold on for re-use are tested LED lamps with lithium packs and a test sheet; these "
         "3,000 are old corded lamps with heavy nickel-cadmium battery boxes, many cracked and crusted white with "
         "leaked potassium hydroxide, with no test record, cleared out of the lamp room of a closed Silesian coal "
         "mine: spent nickel-cadmium batteries in scrapped equipment (16 06 02*), hazardous waste whose export to a "
         "non-OECD country is banned, at Korczowa for a Lviv 'mining equipment' trader; Polish wording (NiCd "
         "batteries repeat in several sets; cap lamps appear once, as a cover for detonating goods in blind147; as a "
         "waste cover they were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "SN", "250510",
         "Kvartssand, vasket, til sandblæsning, big bags, 30 t", "DK", 30000, None, 900, "EUR",
         "washed quartz sand for blasting is dry, pale, sharp and sieved to one grain size; these bags hold grey-"
         "black, damp, rounded grains of mixed size that smell of crude, leave an oil film on the hand and a "
         "sheen on water, read 4 % hydrocarbons and a raised dose rate from barium-radium scale, dug out of the "
         "desanders and separators of Danish North Sea platforms and shipped ashore at Esbjerg: oil-contaminated "
         "produced sand (wastes containing oil, 16 07 08*), hazardous waste whose export to a non-OECD "
         "country is banned, from Esbjerg to Dakar for a 'construction firm' near the new Sangomar oil base; Danish "
         "wording (oilfield sands repeat as proppant and nutshell filter media, and silica-sand labels in three "
         "sets on foundry and other wastes; desander produced sand was found in no earlier row by a keyword "
         "search)", {"importer_country": "SN"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "EG", "841950",
         "Gebruikte gesoldeerde aluminium platenwisselaars (cold box), voor hergebruik, 4 stuks", "NL", 36000, 4, 40000,
         "EUR",
         "used brazed-aluminium heat exchangers sold for re-use come pressure-tested with a fitness report; these "
         "four cores from a Groningen gas-treatment plant's cryogenic unit have cracked, grey, crumbling brazed "
         "joints where mercury amalgamated with the aluminium, droplets of mercury in the headers and no test "
         "report at all: mercury-contaminated equipment from natural-gas treatment (05 07 01*), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Alexandria for a 'gas-plant contractor'; "
         "Dutch wording (mercury repeats in many sets, and a brazed-aluminium cold box once, as a strategic good in "
         "blind178; mercury-embrittled cold-box exchangers as waste were found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "282720",
         "Saramură de clorură de calciu pentru drumuri, împotriva poleiului, cisterne, 24 t", "RO", 24000, None, 480,
         "EUR",
         "calcium chloride road brine is a clear, colourless 30-32 % solution of about 1.3 kg/l; these tankers "
         "hold a brown, oily, 1.1 kg/l salt water with a crude-oil sheen, a smell of hydrocarbons and hydrogen "
         "sulphide, barium, strontium and heavy metals on analysis and a radioactivity reading at the hatch, drawn "
         "from the formation-water separators of a Prahova oilfield: oilfield formation water containing "
         "hazardous substances (16 10 01*), hazardous waste whose export to a non-OECD country is banned, at "
         "Sculeni for a Chișinău 'road-maintenance' firm; Romanian wording (brines repeat as labels of other goods; "
         "formation water or flowback was found in no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "LY", "843143",
         "Attrezzature di perforazione usate, revisionate, 1 lotto", "IT", 18000, None, 36000, "EUR",
         "an offshore-base clearance container for a Misurata service company: used drilling equipment and hoses "
         "are what Ravenna yards send to Libya, but the third item's 'olio dielettrico rigenerato' is 40 drums of "
         "dark, acrid transformer oil drained from the switchboards of a decommissioned Adriatic gas platform, "
         "reading 800 mg/kg of PCBs, never regenerated: waste insulating oil containing PCBs (13 03 01*), hazardous "
         "waste whose export to a non-OECD country is banned (and PCB waste whose export for anything but "
         "environmentally sound disposal is forbidden), hidden as the last item of a three-item declaration; "
         "Italian wording (PCB oils repeat in many sets; behind a Ravenna offshore-base clearance to Libya was "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "LY"},
              _more_items=[item("400942", "Manichette flessibili per fango di perforazione, usate, 40 pezzi", "IT", 2400, 4000, "EUR", qty=40),
                           item("271019", "Olio dielettrico rigenerato per trasformatori, 40 fusti", "IT", 7200, 1600, "EUR", qty=40)])),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "MZ", "690919",
         "Bolas de moagem em alumina para moinhos de bolas, usadas, big bags, 30 t", "PT", 30000, None, 1500, "EUR",
         "used alumina grinding media are worn, smooth, white balls of several sizes from a ball mill; these bags "
         "hold black, coked, uniform 1/4- and 3/4-inch inert balls that smell of sulphur, heat up in the air and "
         "read nickel and vanadium, dumped from the hydrotreater beds of the Sines refinery at its turnaround: spent "
         "reactor support balls with pyrophoric sulphides and catalyst fines (16 08 02* class), hazardous waste "
         "whose export to a non-OECD country is banned, from Sines to Nacala for a 'mining supplier' to the "
         "Moatize coal and Montepuez ruby mines; Portuguese wording (spent ceramic support balls repeat in several "
         "sets, kept as a repeat of the good; a grinding-media label for a mine was found in no earlier row by a "
         "keyword search)", {"importer_country": "MZ"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGSEA01", "sea", "GE", [], "BG", "282759",
         "Sink bromid / kalsium bromid tamamlama məhlulu (completion brine), 2,3 q/sm³, 40 barel", "AZ", 8600, 40,
         9600, "USD",
         "zinc and calcium bromide completion brine is a clear, salty, water-miscible and highly corrosive liquid "
         "of 2.3 kg/l that never evaporates; these drums hold a colourless liquid of 2.17 kg/l that will not mix "
         "with water and sinks under it in beads, vanishes from a drop on the hand in seconds with a faint sweet "
         "smell, builds pressure in the sun, and the drum stencils under the paint read 'Хладон 114В2': "
         "dibromotetrafluoroethane (halon 2402), whose import into the Union is banned, by sea from Poti to Varna "
         "for a Black Sea offshore-support firm that refills Soviet-built fire systems on old vessels; Azerbaijani "
         "wording (halon 2402 repeats in many sets; a completion-brine label appears once, on a waste row in "
         "blind64; on an ozone-depleting substance it was found in no earlier row by a keyword search)",
         firm("Atlantic Offshore Services EOOD", "BG")),
        ("OZN-02", "import", "NOAIR01", "express", "US", [], "NO", "290230",
         "Toluene, ACS grade, core-cleaning (Dean-Stark) solvent, 4 x 4 L", "US", 25, 4, 380, "USD",
         "toluene for Dean-Stark core cleaning is a light (0.87 kg/l), sharp-smelling solvent that burns with a "
         "sooty flame; these four jugs weigh 1.56 kg/l, do not burn, boil at 48 °C, smell faintly sweet, and the "
         "fill labels under the new ones read 'Freon TF': 1,1,2-trichlorotrifluoroethane (CFC-113), whose import "
         "is banned, sent by express from Houston to a Stavanger core-analysis laboratory; US English wording "
         "(CFC-113 repeats in many sets, under S-316 and oil-in-water labels among others; a core-cleaning toluene "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Kjerneanalyse AS", "NO")),
        ("OZN-03", "import", "GRSEA01", "sea", "CN", [], "GR", "841582",
         "防爆空调 (ATEX/IECEx 认证), 分体式, 出厂未充注制冷剂, 40 台", "CN", 6400, 40, 96000, "USD",
         "explosion-proof split air conditioners for Zone 1 areas leave the factory either with a nitrogen holding "
         "charge or with a declared refrigerant charge; these 40 units read 14 bar at the service valves and hold "
         "about 4 kg of R-410A each (160 kg of HFCs, some 330 t CO2e) that appears in no declaration of conformity "
         "and is covered by no quota authorisation: equipment pre-charged with HFCs placed on the market without "
         "the quota accounting the F-gas Regulation (2024/573) requires, by sea from Ningbo to Thessaloniki for a "
         "Kavala offshore-oil contractor; Chinese wording (pre-charged equipment repeats in many sets; an "
         "explosion-proof air-conditioner label was found in no earlier ozone row by a keyword search)",
         firm("Delta Energeiaki AE", "GR")),
        ("OZN-04", "import", "ITSEA01", "sea", "MY", [], "IT", "390950",
         "Kit busa poliuretana dua komponen untuk salutan sambungan paip (field joint), ditiup air, bebas HCFC, 300 set",
         "MY", 12000, 300, 54000, "USD",
         "water-blown PU field-joint foam systems are polyol and isocyanate pairs whose cells hold only CO2; the "
         "polyol drums of these 300 kits hiss when opened, smell of ether, and the head-space and a cured foam "
         "sample give 1,1-dichloro-1-fluoroethane: polyol blended with HCFC-141b, a product containing an ozone-"
         "depleting substance whose import into the Union is banned, by sea from Port Klang to Brindisi for a "
         "pipeline-coating contractor on a gas-interconnector job; Malay wording (HCFC-141b premixes repeat in many "
         "sets; a pipeline field-joint label was found in no earlier row by a keyword search)",
         firm("Meridian Rivestimenti Condotte Srl", "IT")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "340319",
         "Канатне мастило для шахтних підйомних канатів, розріджене, бочки 200 л, 40 бочок", "UA", 9200, 40, 11000,
         "EUR",
         "a penetrating wire-rope dressing is thinned with white spirit, weighs about 0.9 kg/l and burns; these "
         "drums hold a thin, brown dressing of 1.15 kg/l, half of whose weight evaporates with a sweet, chloroform-"
         "like smell, that will not burn, and the solvent drums at the Zaporizhzhia blender, photographed in the "
         "file, read '1,1,1-трихлоретан': a lubricant thinned with methyl chloroform, a product containing an "
         "ozone-depleting substance whose import into the Union is banned, at Korczowa for a Silesian shaft-hoist "
         "service firm; Ukrainian wording (methyl chloroform repeats in many sets; a wire-rope dressing label was "
         "found in no earlier row by a keyword search)", firm("Horyzont Serwis Szybowy Sp. z o.o.", "PL")),
        ("OZN-06", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "940690",
         "Použité důlní úkrytové komory pro 20 osob, s klimatizací, 4 ks", "CZ", 32000, 4, 80000, "EUR",
         "mine refuge chambers sold on for re-use are inspected and their cooling refilled with an approved gas; "
         "these four, from a closing Karviná coal mine, still carry their makers' plates reading 'R-22, 6 kg' on "
         "the air-conditioning and scrubber units and hold that charge: equipment containing HCFCs, whose export "
         "from the Union is banned (Regulation 2024/590), by rail for a Karaganda coal mine; Czech wording (HCFC "
         "equipment for export repeats in many sets; mine refuge chambers were found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("OZN-07", "transit", "BESEA01", "sea", "CN", ["BE"], "NG", "271112",
         "Propane refrigerant grade R-290, 99.5 %, for LNG train mixed-refrigerant make-up, 1 ISO tank, 18 t", "CN",
         18000, 1, 27000, "USD",
         "refrigerant-grade propane is 0.50 kg/l at about 8 bar, and an ISO tank that size carries some 10 t of "
         "it; this tank reads 9.4 bar at 20 °C with a fill of 1.19 kg/l and a leak detector at the valve names "
         "chlorodifluoromethane: 18 t of HCFC-22, an ozone-depleting substance moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Antwerp in transit from Shanghai to Onne for an 'LNG "
         "contractor'; English wording of a Chinese shipper (HCFC-22 under R-290 labels repeats in several sets, "
         "kept as a repeat; in an ISO tank for LNG make-up in transit was found in no earlier row by a keyword "
         "search)", {"importer_country": "NG"}),
        ("OZN-08", "import", "SEAIR01", "air", "IN", [], "SE", "381400",
         "Conveyor belt splicing cleaning solution, chlorine-free, non-flammable, 40 x 5 L", "IN", 318, 40, 1200, "USD",
         "buffing cleaners for cold-vulcanised belt splices are hydrocarbon or modified-alcohol blends that burn; "
         "these cans weigh 1.59 kg/l, smell sweet, boil at 77 °C, do not burn, and the Kolkata filler's inner "
         "labels read 'CTC': carbon tetrachloride, whose import into the Union is banned, flown from Kolkata to "
         "Luleå for a belt-splicing contractor in the Malmberget iron mine; Indian English wording (carbon "
         "tetrachloride repeats in many sets; a belt-splicing cleaner label was found in no earlier row by a "
         "keyword search)", firm("Norrbotten Bandskarv AB", "SE")),
        ("OZN-09", "import", "ROSEA01", "sea", "CN", [], "RO", "390729",
         "Rășină poliuretanică bicomponentă pentru consolidarea stratelor în mine de cărbune, expandare cu apă, "
         "120 butoaie", "CN", 27600, 120, 66000, "USD",
         "water-blown PU injection resins for strata consolidation foam only with the CO2 of the water-isocyanate "
         "reaction; the polyol drums of these 120 hiss, smell faintly of ether, give off a gas that boils at 24 °C "
         "and a sample tests as trichlorofluoromethane: polyol blended with CFC-11, of the kind made illegally for "
         "foam producers after the CFC phase-out, a product containing an ozone-depleting substance whose import "
         "is banned, by sea from Qingdao to Constanța for a Jiu Valley coal-mine contractor; Romanian wording "
         "(CFC-11 repeats in many sets; a coal-mine injection-resin label was found in no earlier row by a "
         "keyword search)", firm("Valea Jiului Consolidări SRL", "RO")),
        ("OZN-10", "export", "HUROAD01", "road", "HU", ["RS", "BG", "TR"], "IQ", "841869",
         "Használt fúróiszap-hűtő egységek fúróberendezésekhez, R-407C töltettel, 4 db", "HU", 14000, 4, 60000, "EUR",
         "drilling-mud chillers re-gassed with R-407C carry a new plate and a conversion record; these four, from "
         "a Szolnok drilling contractor's rigs, have 'R-407C' stickers over plates reading 'R-22, 45 kg', and the "
         "gas in the circuits boils without glide and reads as chlorodifluoromethane: equipment containing HCFCs, "
         "whose export from the Union is banned, on a lorry through Serbia, Bulgaria and Türkiye for an Erbil "
         "drilling contractor; Hungarian wording (HCFC-22 under R-407C labels repeats in blind105, blind132 and "
         "blind183, kept as a repeat; drilling-mud chillers were found in no earlier row by a keyword search)",
         {"importer_country": "IQ"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "PK", [], "DE", "260300",
         "د مسو د کانو نمونې، د لابراتوار ازموینې لپاره، ۶ بکسه", "AF", 120, 6, 300, "USD",
         "copper-ore samples for assay are crushed, numbered bags of green-stained rock with a chain-of-custody "
         "sheet; these six crates hold unbagged carved grey schist and painted clay: two Buddha heads with snail-"
         "shell curls, a relief of a seated bodhisattva, gilded stucco fragments, all stained green by copper and "
         "dusted with the site's earth, from the Buddhist monasteries of Mes Aynak, the copper-mine concession in "
         "Logar: Gandharan-period archaeological objects (3rd-7th century) whose export Afghanistan forbids, "
         "brought in without the import licence of Regulation 2019/880 and against the UNESCO 1970 convention, "
         "flown from Peshawar to Frankfurt for a 'mineral laboratory' that is a dealer's address; Pashto wording "
         "(Gandharan objects repeat in many sets; Mes Aynak and an ore-sample label were found in no earlier row by "
         "a keyword search)", firm("Central Mineralanalytik GmbH", "DE")),
        ("CUL-02", "export", "ROPOST01", "post", "RO", [], "GB", "940550",
         "Opaițe și unelte vechi de minerit, decorative, colecție de familie, 3 kg", "RO", 3, 9, 80, "EUR",
         "old miners' lamps from a family collection are 19th-century brass or carbide lamps; these nine are "
         "Roman clay lamps with soot on the nozzles, two iron gads and a wedge with wooden-handle remains, and a "
         "wax-tablet fragment, crusted with gallery clay, dug out of the Roman gold-mine galleries of Alburnus "
         "Maior (Roșia Montană) by treasure hunters: archaeological objects over 100 years old that need an export "
         "licence at any value (Regulation 116/2009) and belong to Romania's national heritage, posted from Abrud "
         "to a buyer in Cornwall; Romanian wording (Roman lamps repeat in a few sets; Roșia Montană gallery finds "
         "were found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-03", "import", "ITAIR01", "air", "EC", [], "IT", "710812",
         "Oro doré de minería artesanal, Ponce Enríquez, 3 barras, 6,4 kg", "EC", 6.4, 3, 396000, "USD",
         "artisanal doré from Ponce Enríquez travels as cast bars with an assay sheet, and that is what the three "
         "bars are; but wrapped as 'granalla' in the same crate are 0.4 kg of small hammered-gold nose rings, ear "
         "spools and a sheet-gold mask with repoussé faces and grave earth in the folds: Tumaco-La Tolita goldwork "
         "(600 BC - AD 400), archaeological objects whose export Ecuador forbids, brought in without the import "
         "licence of Regulation 2019/880, flown from Guayaquil to Milan for an Arezzo refiner that would melt "
         "them; Ecuadorian Spanish wording (La Tolita objects repeat in three sets, as ceramics; goldwork inside an "
         "artisanal doré shipment was found in no earlier row by a keyword search)",
         firm("Alpina Affinazione Metalli Srl", "IT")),
        ("CUL-04", "export", "DEAIR01", "air", "DE", [], "US", "490199",
         "Buch, Faksimile-Nachdruck: Agricola, 'De re metallica' (Basel 1556), Halbleder, 1 Stück", "DE", 3.5, 1, 180,
         "EUR",
         "a facsimile of Agricola's mining treatise is an offset print on smooth modern paper; this folio is laid "
         "rag paper with chain lines and a hand-press impression of the 292 woodcuts, in a 16th-century pigskin "
         "binding with the stamp of a Saxon mining-academy library on the title page: the first edition of 1556, "
         "worth about 150,000 EUR, a printed book over 100 years old above the value threshold that needs an export "
         "licence (Regulation 116/2009), and a library loss, flown from Leipzig to a Denver mining-history "
         "collector; German wording (printed books repeat in many sets; De re metallica was found in no earlier "
         "row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "SKROAD01", "road", "SK", ["AT"], "CH", "442199",
         "Drevená socha svätice, ľudové rezbárstvo, nová, 1 ks", "SK", 28, 1, 350, "EUR",
         "a new folk carving is pale, crisp, unpainted limewood; this is a 110 cm late-Gothic Saint Barbara with "
         "tower and chalice, with gesso, old polychromy and gilding, worm channels, a hollowed back and fresh saw "
         "marks where it was cut from its plinth, matching a figure stolen from a church in the Banská Štiavnica "
         "mining district, where she is the miners' patron: a sculpture over 50 years old above the value "
         "threshold that needs an export licence (Regulation 116/2009), and stolen, in a van from Banská Bystrica "
         "through Austria to a Zürich dealer; Slovak wording (Gothic sculptures repeat in several sets; a Saint "
         "Barbara from a mining town was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-06", "import", "MTSEA01", "sea", "LY", [], "MT", "843143",
         "معدات حقول نفط مستعملة راجعة للصيانة (قطع رؤوس آبار وصمامات)، حاوية واحدة", "LY", 14000, None, 20000, "EUR",
         "returned wellhead parts and valves are greasy, crated steel; behind them in this container are two "
         "sandstone slabs sawn from a rock face, engraved and painted with cattle, giraffes and figures in red "
         "ochre, and a box of grinding stones and stone beads, from the Tadrart Acacus near the Sharara oilfield: "
         "rock art and archaeological objects from a World Heritage site, whose export Libya forbids, brought in "
         "without the import licence of Regulation 2019/880, by sea from Tripoli to Marsaxlokk for an oilfield-"
         "service yard; Libyan Arabic wording (Garamantian objects repeat in two sets; Acacus rock art behind "
         "returned wellhead equipment was found in no earlier row by a keyword search)",
         firm("Rivage Oilfield Services Ltd", "MT")),
        ("CUL-07", "import", "NLSEA01", "sea", "NG", [], "NL", "843149",
         "Used offshore crane spare parts (sheaves, slew-ring seals), returned from Onne base, 1 crate", "NG", 900, 1,
         1500, "USD",
         "returned crane spares are greasy sheaves and seals in a steel-framed crate; this crate also holds a 1.2 m "
         "screen of carved wood and split cane with a central figure in a trade-cloth hat and two attendants, "
         "smoke-blackened, with old nails and termite damage: a Kalabari Ijo ancestral screen (duen fobara, 19th "
         "century), heritage whose export Nigeria forbids without the permit of its museums commission, brought in "
         "against the UNESCO 1970 convention and Regulation 2019/880, by sea from Onne to Rotterdam for an offshore-"
         "support company's director; Nigerian English wording (Nigerian objects repeat in many sets; a Kalabari "
         "screen was found in no earlier row by a keyword search)", firm("Horizon Offshore Support BV", "NL")),
        ("CUL-08", "import", "PTAIR01", "air", "AO", [], "PT", "442090",
         "Tampas de panela em madeira esculpida, artesanato de Cabinda, novas, 12 peças", "AO", 6, 12, 120, "USD",
         "new Cabinda craft lids are pale, freshly cut and varnished; these twelve are dark, greasy, soot-"
         "blackened lids carved with proverb figures, snakes and shells, worn smooth at the rims: Woyo proverb pot "
         "lids (early 20th century), Angolan heritage whose export needs an authorisation it does not have, "
         "brought in against Regulation 2019/880, sent as air cargo from Luanda by a Malongo oil-terminal worker to "
         "a Lisbon dealer; Angolan Portuguese wording (Angolan objects repeat in a few sets; Woyo lids were found "
         "in no earlier row by a keyword search)", firm("Galeria Atlântica Lda", "PT")),
        ("CUL-09", "import", "BEAIR01", "air", "CD", [], "BE", "740311",
         "Échantillons de cathodes de cuivre, grade A, pour analyse, 120 pièces, 40 kg", "CD", 40, 120, 400, "USD",
         "cathode samples are flat, bright, pink copper squares cut from a sheet with a stamped lot number; these "
         "120 are cast copper crosses in H and X shapes with dark patina and grave earth, some in bundles tied with "
         "fibre: Katanga crosses (croisettes) from the Upemba and Sanga burial grounds, archaeological objects "
         "whose export the DR Congo forbids, brought in without the import licence of Regulation 2019/880, flown "
         "from Lubumbashi to Brussels for an 'analysis' company; Katangese French wording (Katanga crosses appear "
         "once, in blind147, in a malachite souvenir order; kept as a repeat, under a cathode-sample label was "
         "found in no earlier row by a keyword search)", firm("Central Métaux Analyse SA", "BE")),
        ("CUL-10", "import", "SESEA01", "sea", "PE", [], "SE", "843143",
         "Martillos DTH usados, devueltos para reparación en garantía, 12 unidades", "SE", 1800, 12, 6000, "USD",
         "a rock-drill warranty return from a Peruvian copper mine to the maker in Sweden: used DTH hammers and "
         "button bits are what such crates hold, but the third item's 'cerámica decorativa, artesanía de Huaraz' "
         "is six white-on-red resist-painted vessels with feline-headed figures and warriors, root marks and tomb "
         "soil inside: Recuay ceramics (AD 1-700) from the Callejón de Huaylas, archaeological objects whose "
         "export Peru forbids, brought in without the import licence of Regulation 2019/880, hidden as the last "
         "item of a three-item declaration, by sea from Callao to Gothenburg; Peruvian Spanish wording (Recuay "
         "ceramics appear once, in blind57; kept as a repeat, behind a mining warranty return was found in no "
         "earlier row by a keyword search)",
         dict(firm("Norrland Bergteknik AB", "SE"),
              _more_items=[item("820713", "Brocas de botones usadas para reafilado, 200 unidades", "SE", 1200, 2000, "USD", qty=200),
                           item("691390", "Cerámica decorativa, artesanía de Huaraz, 6 piezas", "PE", 24, 90, "USD", qty=6)])),
    ],
    "strategic": [
        ("STR-01", "export", "NOAIR01", "air", "NO", [], "KZ", "843143",
         "Styrbare boreverktøy for horisontal retningsboring (HDD) av fiberkabelrør, 6 stk.", "NO", 5400, 6, 90000,
         "EUR",
         "HDD steering tools for fibre ducts are short bent subs and sonde housings of a few hundred kilos at a "
         "few thousand euros; these six are 9 m rotary steerable systems with steering pads, downhole electronics "
         "rated to 150 °C and API oil-well connections, at over a million euros each on the maker's list, for an "
         "Atyrau 'telecom contractor' whose forwarder ships on to Nizhnevartovsk: equipment for oil exploration "
         "and production listed in Annex II of Regulation 833/2014, whose sale for use in Russia is forbidden "
         "(Norway applies the same measures), flown from Stavanger to Atyrau; Norwegian wording (oilfield tools for "
         "Russia repeat: mud motors as well pumps in blind165, MWD pulsers as seeder parts in blind168, drill pipe "
         "as scaffold tubes in blind126; an HDD label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "901580",
         "Outils de mesure gyroscopique pour forage dirigé (gyro MWD), fond de puits, 8 unités", "FR", 96, 8, 64000,
         "EUR",
         "downhole gyro-MWD sensors are slim probes in pressure barrels rated to 150 °C, built for the drill "
         "string and left out of the gyroscope controls for that use; these eight are bench-format, navigation-"
         "grade fibre-optic inertial units in square aluminium housings, with no pressure barrel, vehicle-bus "
         "connectors and a bias of 0.01 °/h on their test sheets, for a Sharjah 'directional-drilling' company "
         "with no rig that forwards to Tehran: inertial equipment controlled under dual-use 7A (Regulation "
         "2021/821) and whose sale to Iran is forbidden, exported without a licence, flown from Toulouse; French "
         "wording (fibre-optic gyros repeat in many sets; a gyro-MWD label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "ROSEA01", "sea", "RO", ["GE", "AZ"], "TM", "290949",
         "Trietilenglicol (TEG) pentru unități de deshidratare a gazelor, butoaie 220 kg, 80 butoaie", "RO", 17600, 80,
         28000, "EUR",
         "TEG for gas dehydration is odourless, clear and 1.12 kg/l; these drums hold a liquid of 1.18 kg/l with a "
         "sulphurous, garlic-like smell, and the drum heads read CAS 111-48-8: thiodiglycol, a Schedule 2 chemical "
         "and mustard-gas precursor (dual-use 1C350), exported without the licence Regulation 2021/821 requires, "
         "from Constanța through Poti and the Baku-Türkmenbaşy ferry to a Turkmen 'gas-field service' trader; "
         "Romanian wording (thiodiglycol repeats in many sets, under textile, ink and diethylene-glycol labels; a "
         "gas-dehydration TEG label was found in no earlier row by a keyword search)", {"importer_country": "TM"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "HK", "854449",
         "Câbles usagés, gainés, pour récupération du cuivre, 1 conteneur, 18 t", "FR", 18000, None, 36000, "EUR",
         "scrap cable is cut, tangled lengths sold by the tonne for its copper; this container holds 24 intact "
         "150 m marine seismic streamer sections with hydrophone groups every 12.5 m, digitising modules, depth "
         "controllers and connectors, tested in last season's survey, from a Brest survey contractor's spares, for "
         "a Kowloon 'metal recycler' that supplies a naval research institute: towed hydrophone arrays (dual-use "
         "6A001), exported without the licence Regulation 2021/821 requires; French wording (towed hydrophone "
         "arrays repeat in many sets, under fish-finder, echo-sounder and hose labels; seismic streamers under a "
         "scrap-cable label were found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("STR-05", "import", "SISEA01", "sea", "CN", [], "SI", "251990",
         "重烧镁砂 (烧结镁), MgO 97 %, 辽宁海城产, 吨袋, 1,000 吨", "CN", 1000000, None, 420000, "USD",
         "Haicheng dead-burned magnesia has a known boron, lime-silica and iron signature and travels in Chinese-"
         "printed bags from Bayuquan; this cargo's analysis matches Tanchon magnesite, the bag liners carry Korean "
         "print under the Chinese outer bags, and the ship loaded at Dalian from barges that had come from "
         "Nampho: North Korean magnesia, whose purchase the UN Security Council forbids (Regulation 2017/1509), "
         "by sea from Dalian to Koper for a refractory maker; Chinese wording (North Korean goods under Chinese "
         "origin repeat in many sets and magnesia as a waste label; North Korean magnesite was found in no earlier "
         "row by a keyword search)", firm("Alpina Ognjeodporni Materiali d.o.o.", "SI")),
        ("STR-06", "export", "NLSEA01", "sea", "NL", ["GE"], "KG", "871639",
         "Kabelhaspelaanhangers voor het leggen van ondergrondse stroomkabels, 2 stuks", "NL", 52000, 2, 180000, "EUR",
         "cable-drum trailers carry a cable drum on a hydraulic stand; these two carry a 4,500 m reel of 2-inch "
         "steel coiled tubing, an injector head with gooseneck, a 10,000 psi BOP stack and a control cabin: coiled-"
         "tubing units for oil-well intervention, equipment listed in Annex II of Regulation 833/2014 whose sale for "
         "use in Russia is forbidden, from Rotterdam to Poti for a Bishkek 'power-grid' contractor that ships on to "
         "Western Siberia; Dutch wording (coiled tubing and a cable-drum-trailer label were found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "IQ", "382499",
         "Mud acid per stimolazione di pozzi petroliferi (HCl 12 % / HF 3 %), fusti in PE da 200 l, 100 fusti", "IT",
         24600, 100, 8000, "EUR",
         "mud acid is a dilute hydrochloric-hydrofluoric blend of about 1.07 kg/l; these drums weigh 1.23 kg/l net, "
         "fume heavily, frost a glass slide at once, and the drum heads read 'HF 70 %': 70 % hydrofluoric acid "
         "(dual-use 1C350, a chemical-weapons precursor), exported without the licence Regulation 2021/821 "
         "requires, from Porto Marghera to Umm Qasr for a Basra 'well-stimulation' firm that forwards to Iran; "
         "Italian wording (hydrogen fluoride repeats in many sets, under glass-etching labels and once under "
         "hydrochloric acid in blind179; a mud-acid label was found in no earlier row by a keyword search)",
         {"importer_country": "IQ"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "AE", "848180",
         "Válvulas de compuerta para riego agrícola, bridadas, 3 pulgadas, 120 unidades", "ES", 36000, 120, 36000,
         "EUR",
         "irrigation gate valves are light cast-iron valves for 10-16 bar at about a hundred euros; these are forged "
         "API 6A gate valves for 10,000 psi with sour-service trim, tubing heads and a dozen assembled Christmas "
         "trees, for a Jebel Ali 'agricultural supply' company whose agent books the containers on to Bandar "
         "Abbas: key equipment for the Iranian oil and gas industry whose sale to Iran Regulation 267/2012 (as "
         "restored in 2025) forbids, from Valencia; Spanish wording (valves repeat in several strategic rows; "
         "wellhead and Christmas-tree equipment was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "SEAIR01", "air", "SE", [], "TR", "902710",
         "Handhållna gasläckagedetektorer för metan, 10 st.", "SE", 30, 10, 8000, "EUR",
         "handheld methane detectors are small catalytic or laser sniffers at a few hundred euros; these ten are "
         "optical gas-imaging cameras with cooled mid-wave infrared focal-plane arrays, Stirling coolers and a "
         "3.3 µm filter, at about 90,000 EUR each, for an Istanbul 'gas-utility' buyer that ships to Moscow: "
         "thermal cameras with cooled detectors (dual-use 6A003), exported without a licence and whose re-export to "
         "Russia Regulation 833/2014 forbids, flown from Stockholm; Swedish wording (cooled thermal cameras repeat "
         "in many sets; a methane-detector label on an optical gas-imaging camera was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-10", "export", "BGROAD01", "road", "BG", ["TR", "GE"], "AZ", "382499",
         "Химикали за сондажни разтвори (смазка, инхибитор на глини), 40 барела", "BG", 8000, 40, 12000, "EUR",
         "a drilling-supply lorry for a Baku service base: mud lubricant and rig-floor hand tools are what such "
         "lorries carry, but the third item's 'spare valves for well-testing meters' are 40 bellows-sealed valves "
         "whose every wetted part is Hastelloy C-276 or Inconel 625, in their maker's boxes at 3,000 EUR each, "
         "that the Baku consignee's forwarder takes on by road to Astara, Iran: corrosion-resistant valves controlled "
         "under dual-use 2B350, exported without a licence, hidden as the last item of a three-item declaration; "
         "Bulgarian wording (2B350 valves repeat in several sets; behind a Baku drilling-supply lorry was found in "
         "no earlier row by a keyword search)",
         dict({"importer_country": "AZ"},
              _more_items=[item("820559", "Ръчни инструменти за работна площадка на сонда, 2 палета", "DE", 600, 4000, "EUR"),
                           item("848180", "Резервни клапани за уреди за изпитване на кладенци, 40 бр.", "US", 480, 3200, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "HUAIR01", "express", "TH", [], "HU", "711620",
         "ကျောက်စိမ်းပုတီး လက်ကောက် (jadeite bead bracelets), ၃၀ ကုံး", "MM", 1.5, 30, 450, "USD",
         "Hpakant jadeite beads are cold, heavy, glassy and green to lavender; these 30 bracelets are light, dark "
         "red-brown, slightly translucent beads with a dimpled, layered surface that smell of burnt hair under a "
         "hot needle: dried and polished Asian elephant skin (Elephas maximus, CITES App. I) without CITES "
         "documents, sent by express from Mae Sot to a private buyer in Budapest; Burmese wording (elephant skin "
         "repeats in a few sets, as red-amber prayer beads in blind142; kept as a repeat, a jade-trade bracelet "
         "label was found in no earlier row by a keyword search)", person("Nagy Zsófia", "HU")),
        ("WLF-02", "import", "FRAIR01", "express", "MG", [], "FR", "710310",
         "Saphirs bruts d'Ilakaka, lot de tri, 1,2 kg / Vato safira tsy voavoatra", "MG", 3.2, None, 2400, "USD",
         "a rough-sapphire parcel from Ilakaka is folded gem papers of pebbles weighed to the gram; under the papers "
         "in this box are eight live juvenile tortoises with high, star-patterned yellow-and-black shells, taped "
         "into socks: radiated tortoises (Astrochelys radiata, CITES App. I) without CITES documents, sent by "
         "express from Antananarivo to a private buyer in Marseille; French and Malagasy wording (radiated "
         "tortoises repeat in many sets; a rough-sapphire parcel from the Ilakaka mining town was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "ITAIR01", "express", "KZ", [], "IT", "340319",
         "Бұрандалы қосылыстарға арналған жағармай (API thread compound), 250 г банкалар, 24 банка", "KZ", 6.2, 24,
         60, "USD",
         "API thread compound is a grey, copper- or graphite-flaked grease that smells of oil and comes in 5 kg "
         "pails, not 250 g tins; these 24 tins, taped and packed with cold packs, hold glossy, grey-black eggs of "
         "3 mm with a briny, buttery smell and no CITES label: wild Caspian sturgeon caviar (Acipenseriformes, "
         "CITES App. II) without CITES documents, sent by express from Atyrau to a rotational engineer's home in "
         "San Donato Milanese; Kazakh wording (caviar repeats in many sets, kept as a repeat of the good; an "
         "oilfield thread-compound label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-04", "import", "DEPOST01", "post", "NA", [], "DE", "060290",
         "Vetplant-saailinge, kwekery, vir mynrehabilitasie-navorsing, 6 stuks", "NA", 3.5, 6, 900, "NAD",
         "nursery seedlings for mine-rehabilitation trials are small, uniform plants in plugs of potting soil; "
         "these six are grey, wild-dug stems of 20-40 cm with broken taproots, desert gravel and the split, "
         "forked crowns of tree aloes from the coastal diamond-mining concession at Oranjemund: Aloe (Aloidendron) "
         "pillansii (CITES App. I) without CITES documents, posted from Oranjemund to a private collector in "
         "Dresden; Afrikaans wording from Namibia (Aloe pillansii was found in no earlier row by a keyword search; "
         "Namaqualand succulents appear in a few)", person("Herr K. Becker", "DE")),
        ("WLF-05", "import", "BESEA01", "sea", "GA", [], "BE", "441510",
         "Tourets de câble vides, en retour, 40 pièces", "GA", 36000, 40, 2000, "EUR",
         "empty cable drums returned from an offshore cable job are pine and plywood, light and cheap; the flanges "
         "and barrels of these 40 are thick, heavy (900 kg/m3), planed, pink-red boards with purple veining, "
         "bolted together so that they come apart in an hour: kévazingo (Guibourtia tessmannii and G. pellegriniana, "
         "CITES App. II, under a Gabonese export ban) without CITES documents, by sea from Port-Gentil to Antwerp "
         "for a flooring trader; Gabonese French wording (kévazingo repeats in three sets, kept as a repeat; "
         "returned cable drums were found in no earlier row by a keyword search)", firm("Vega Bois SA", "BE")),
        ("WLF-06", "import", "DKAIR01", "air", "NO", [], "DK", "030541",
         "Røkt laks, vakuumpakket, 16 pakker", "NO", 8, 16, 2400, "NOK",
         "smoked salmon is pink-orange, oily and flakes along white fat lines; these 16 vacuum packs hold dark, "
         "red-black, dense slices with no fat marbling and a liver-like taste, sent by an offshore-base cook in "
         "Hammerfest as air cargo to Esbjerg: minke whale meat (Balaenoptera acutorostrata, CITES App. I; Norway "
         "holds a reservation, but its import into the Union is forbidden) without documents; Norwegian wording "
         "(minke whale appears once, as baleen in blind116; kept as a repeat, meat under a smoked-salmon label was "
         "found in no earlier row by a keyword search)", person("Lars Kristensen", "DK")),
        ("WLF-07", "import", "FRSEA01", "sea", "CG", [], "FR", "730423",
         "Tiges de forage usagées 5\", en retour pour inspection, 60 unités", "FR", 17400, 60, 30000, "EUR",
         "returned drill pipe is inspected and re-threaded at the base; six of these 60 joints are plugged with "
         "cement at both ends and hold, in plastic and grease, 38 sawn sections of forest-elephant tusk weighing "
         "240 kg: ivory of Loxodonta cyclotis (CITES App. I) without CITES documents, by sea from Pointe-Noire to "
         "Le Havre for a tubular-inspection yard; Congolese French wording (ivory repeats in many sets; drill pipe "
         "appears once, as a strategic good in blind126, and drill rods in a precursor row of blind147; ivory inside returned drill pipe was found in no earlier "
         "row by a keyword search)", firm("Atlantic Tubulaires SARL", "FR")),
        ("WLF-08", "import", "ITPOST01", "post", "NE", [], "IT", "960190",
         "Cornes de chèvre sculptées, artisanat touareg, 2 paires", "NE", 3.8, 4, 40000, "XOF",
         "carved goat horns from Agadez are short, sharply curved and brown; these four are long, spiral, ringed "
         "horns of 70-80 cm, pale and barely carved: horns of the addax (Addax nasomaculatus, CITES App. I), shot by "
         "guards of the Agadem oilfield in the Termit desert, posted from Niamey to a private buyer in Turin; "
         "Nigerien French wording (addax horns appear once, in blind140, as cow horns from Morocco; kept as a "
         "repeat, from Niger's oilfields was found in no earlier row by a keyword search)",
         person("Giulia Rossi", "IT")),
        ("WLF-09", "import", "NLAIR01", "air", "SR", [], "NL", "010639",
         "Gouldamadines (Erythrura gouldiae), gekweekt, 24 vogels", "GY", 2, 24, 480, "EUR",
         "captive-bred Gouldian finches are green, purple and yellow finches with closed rings; these 24 are small, "
         "black-headed, scarlet-bodied birds without rings, trapped on the Cuyuni gold-mining frontier of "
         "Guyana and flown on from Paramaribo to Amsterdam for a breeder: red siskins (Spinus cucullatus, CITES "
         "App. I) without CITES documents and without the veterinary papers live birds need; Surinamese Dutch "
         "wording (red siskins appear once, under a canary label in blind118; kept as a repeat, a Gouldian-finch "
         "label was found in no earlier row by a keyword search)", firm("Orion Vogelkwekerij BV", "NL")),
        ("WLF-10", "import", "CZAIR01", "express", "PH", [], "CZ", "691390",
         "Mga pigurin ng pagong na seramik, yari sa kamay, 6 piraso", "PH", 2.2, 6, 1500, "PHP",
         "ceramic turtle figurines are hollow, glazed and light; these six are live, dark-brown turtles with a "
         "white band behind the eyes, wrapped in damp cloth inside the figurine box: Philippine forest turtles "
         "(Siebenrockiella leytensis, CITES App. II) from the Palawan nickel-mining uplands, without CITES "
         "documents, sent by express from Manila to a private keeper in Brno; Tagalog wording (Philippine forest "
         "turtles were found in no earlier row by a keyword search)", person("Jan Novák", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "GB", "DK", "284700",
     "Hydrogen peroxide 50 %, 2 x 1 l, for a licensed private user (wood bleaching in a home workshop)", "GB", 2.4,
     2, 40, "GBP", [("PRECURSOR_LICENCE", "DK-RP-57-0092")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "LVAIR01", "air", "US", "LV", "290420",
     "Nitromethane 98 %, 4 l, for a licensed private user (model-engine fuel blending)", "US", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "LV-VP-57-0017")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "290949",
     "Spent triethylene glycol from gas dehydration, for regeneration at a licensed plant, 2 ISO tanks, 44 t", "NO",
     44000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-57-0061")], "notified spent glycol to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "RS", "SE", "690390",
     "Spent fire-assay crucibles and cupels, lead-bearing (16 11 03*), for lead recovery at a licensed smelter, 12 t",
     "RS", 12000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-57-0044")], "notified lead-bearing assay refractories to a licensed smelter"),
    ("PRM-05", "ozone", "import", "BGSEA01", "sea", "US", "BG", "290378",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for critical use in military vehicle fire systems", "US",
     430, 10, 18000, "USD", [("ODS_LICENCE", "BG-MOSV-ODS-57-003")], "halon 2402 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "GRSEA01", "sea", "CN", "GR", "841582",
     "Explosion-proof (ATEX) split air conditioners, pre-charged with R-32 (1.6 kg each), 40 units, charge within quota",
     "CN", 6400, 40, 96000, "USD", [("FGAS_QUOTA", "GR-YPEN-FG-57-0129")], "HFC pre-charged equipment accounted for under quota"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "490199",
     "Agricola, De re metallica, Basel 1556, first edition, folio, from a documented private library", "DE", 3.5, 1,
     160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-57-0166")], "printed book exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "SKROAD01", "road", "SK", "CH", "970310",
     "Saint Barbara, limewood, polychrome, Upper Hungary, c. 1500, documented private collection since 1938", "SK",
     28, 1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "SK-MK-EXP-57-0021")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "901420",
     "Navigation-grade fibre-optic inertial measurement units, 8 units, for an Indian survey-vessel builder", "FR",
     96, 8, 480000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-57-0733"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-57-0288")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "281111",
     "Hydrofluoric acid 70 %, 100 drums, for a Korean glass-etching plant", "IT", 24600, 100, 42000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-57-0412"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-57-0166")],
     "dual-use hydrofluoric acid under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "KZ", "IT", "160431",
     "Caviar, Acipenser gueldenstaedtii, aquaculture (source C), 250 g tins, 40 tins, with CITES labels", "KZ", 10,
     40, 12000, "USD", [("CITES_PERMIT", "KZ-CITES-57-0114")], "App. II farmed caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440799",
     "Bubinga (Guibourtia demeusei) sawn timber, kiln-dried, 20 m3, from a managed concession", "CM", 18000, None,
     26000, "EUR", [("CITES_PERMIT", "CM-MINFOF-57-0207")], "App. II bubinga with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privātpersona", "PRM-03": "Central Glycol Regeneratie BV",
    "PRM-06": "Delta Energeiaki AE", "PRM-11": "Alpina Caviale Srl", "PRM-12": "Vega Bois SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises, nearly all in the oil, gas
    # and mining trade
    ("291512", "Sodium formate, drilling-fluid grade, 1 t big bags", "import", ["sea"], ["EG", "CN"], (0.5, 0.9), (10000, 24000), ["USD"], None, S),
    ("382499", "H2S scavenger (MEA-triazine), 1,000 l IBCs", "import", ["sea"], ["US", "CN"], (1.5, 3), (8000, 18000), ["USD"], None, S),
    ("381190", "Paraffin inhibitor for oil wells, xylene-based, drums", "import", ["sea"], ["US", "TR"], (2, 4), (6000, 16000), ["USD"], None, S),
    ("290519", "MIBC flotation frother, 160 kg drums", "import", ["sea"], ["CN", "US"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("391231", "Polyanionic cellulose (PAC-LV), drilling grade, 25 kg sacks", "import", ["sea"], ["IN", "CN"], (2.5, 4), (8000, 18000), ["USD"], 0.04, S),
    ("291816", "Sodium gluconate, oil-well cement retarder, 25 kg sacks", "import", ["sea"], ["TR", "CN"], (0.7, 1.1), (10000, 20000), ["USD", "EUR"], 0.04, S),
    ("283340", "Ammonium persulphate, fracturing gel breaker, 25 kg pails", "import", ["sea"], ["CN", "US"], (1.2, 2), (5000, 12000), ["USD"], 0.04, S),
    ("283210", "Sodium metabisulphite for cyanide detoxification, 1 t big bags", "import", ["sea"], ["CN", "ZA"], (0.4, 0.8), (18000, 24000), ["USD"], None, S),
    ("380894", "Glutaraldehyde 50 % biocide for produced water, IBCs", "import", ["sea"], ["US", "CN"], (2, 3.5), (8000, 16000), ["USD"], None, S),
    ("250810", "Bentonite for water-well drilling, 25 kg sacks", "import", ["road"], ["BA", "RS"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.04, S),
    ("290949", "Triethylene glycol (TEG), gas-dehydration grade, drums", "export", ["sea"], ["NG", "EG"], (1.5, 2.5), (8000, 20000), ["EUR"], None, S),
    ("440122", "Hardwood chips for biomass boilers, fresh", "export", ["road"], ["RS", "BA"], (0.05, 0.1), (20000, 24000), ["EUR"], None, S),
    ("690390", "Fireclay crucibles for fire assay, new", "export", ["sea"], ["IN", "ZA"], (2, 4), (2000, 8000), ["EUR"], 0.5, S),
    ("851310", "Miners' cap lamps, LED, lithium battery, new", "export", ["road"], ["UA", "RS"], (30, 60), (500, 2000), ["EUR"], 2, S),
    ("391910", "Polyethylene pipeline wrapping tape, new, rolls", "export", ["road"], ["BA", "RS"], (3, 5), (3000, 8000), ["EUR"], 0.5, S),
    ("400942", "Rubber dredging hoses with flanges, new", "export", ["sea"], ["AO", "NG"], (6, 10), (4000, 12000), ["EUR", "GBP"], None, S),
    ("841950", "Brazed-plate heat exchangers, new, for gas plants", "export", ["sea"], ["EG", "IN"], (20, 35), (1000, 5000), ["EUR"], 0.02, S),
    ("282720", "Calcium chloride road brine, 32 %, tankers", "export", ["road"], ["MD", "UA"], (0.1, 0.2), (20000, 24000), ["EUR"], None, S),
    ("690919", "Alumina grinding balls for ball mills, new", "export", ["sea"], ["MZ", "TZ"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("282759", "Calcium bromide completion brine, 52 %, drums", "import", ["sea"], ["US", "IL"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("290230", "Toluene, analytical grade, 2.5 l bottles", "import", ["air"], ["US", "IN"], (3, 6), (100, 500), ["USD"], 0.4, S),
    ("940542", "Explosion-proof (ATEX) LED floodlights, new", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.1, S),
    ("390950", "Pipeline field-joint PU foam kits, water-blown", "import", ["sea"], ["MY", "IN"], (3, 5), (6000, 14000), ["USD"], 0.025, S),
    ("340319", "Wire-rope lubricant, bitumen-free, 200 l drums", "import", ["road"], ["UA", "TR"], (1.5, 2.5), (4000, 10000), ["EUR"], None, S),
    ("940690", "Mine refuge chambers, new, battery air supply, no refrigerant", "export", ["rail"], ["KZ", "UA"], (3, 5), (8000, 24000), ["EUR"], 0.000125, S),
    ("381400", "Conveyor-belt splicing cleaner, hydrocarbon-based, 5 l cans", "import", ["sea"], ["IN", "CN"], (2, 4), (2000, 6000), ["USD"], 0.25, S),
    ("390729", "PU injection resin for strata consolidation, water-blown, drums", "import", ["sea"], ["CN", "TR"], (2, 3), (10000, 24000), ["USD"], None, S),
    ("841950", "Drilling-mud plate coolers, seawater-cooled, new", "export", ["sea"], ["IQ", "AE"], (15, 25), (3000, 9000), ["EUR"], 0.0003, S),
    ("260300", "Copper ore samples for assay, bagged", "import", ["air"], ["PE", "CL"], (5, 10), (50, 300), ["USD"], None, S),
    ("940550", "Brass carbide miners' lamps, reproduction, new", "export", ["post"], ["GB", "US"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("710812", "Gold doré bars from licensed mines, with export papers", "import", ["air"], ["PE", "GH"], (50000, 62000), (5, 30), ["USD"], 0.5, S),
    ("490199", "Facsimile reprints of historical mining books", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("442199", "Carved limewood saints, new, Slovak folk art", "export", ["road"], ["CH", "RS"], (20, 40), (100, 400), ["EUR"], 0.1, S),
    ("843143", "Used wellhead parts returned for repair", "import", ["sea"], ["LY", "DZ"], (2, 4), (6000, 16000), ["EUR"], None, S),
    ("843149", "Offshore crane spare parts, returned", "import", ["sea"], ["NG", "AO"], (3, 6), (500, 2000), ["USD"], None, S),
    ("442090", "Carved wooden lids and bowls, new craft", "import", ["air"], ["AO", "CD"], (10, 20), (50, 300), ["USD"], 2, S),
    ("740311", "Copper cathodes, grade A, LME brand", "import", ["sea"], ["CL", "PE"], (8, 10), (20000, 25000), ["USD"], None, S),
    ("843143", "DTH hammers returned for warranty repair", "import", ["sea"], ["PE", "CL"], (3, 5), (1000, 4000), ["USD"], 0.007, S),
    ("901580", "Magnetic MWD survey probes, downhole, new", "export", ["air"], ["AE", "SA"], (200, 400), (100, 500), ["EUR"], 0.02, S),
    ("251990", "Dead-burned magnesia for refractories, 1 t big bags", "import", ["sea"], ["CN", "BR"], (0.35, 0.5), (20000, 25000), ["USD"], None, S),
    ("871639", "Hydraulic cable-drum trailers, new", "export", ["sea"], ["GE", "TR"], (3, 5), (8000, 26000), ["EUR"], 0.00005, S),
    ("382499", "Mud acid blend (HCl 12 % / HF 3 %) for well stimulation, drums", "export", ["sea"], ["EG", "OM"], (0.3, 0.6), (10000, 24000), ["EUR"], None, S),
    ("848180", "API 6A gate valves, 5,000 psi, for a Gulf operator", "export", ["sea"], ["KW", "OM"], (15, 30), (4000, 12000), ["EUR"], 0.005, S),
    ("902710", "Handheld catalytic methane detectors, new", "export", ["air"], ["TR", "RS"], (150, 300), (50, 300), ["EUR"], 2, S),
    ("710310", "Rough sapphires, unheated, parcels", "import", ["express"], ["LK", "TH"], (1000, 3000), (1, 2), ["USD"], None, S),
    ("340319", "API thread compound, copper-flaked, 5 kg pails", "import", ["sea"], ["US", "TR"], (3, 5), (3000, 8000), ["USD"], 0.2, S),
    ("441510", "Empty cable drums, pine and plywood, returned", "import", ["sea"], ["NO", "GA"], (0.1, 0.3), (8000, 20000), ["EUR"], 0.005, S),
    ("691390", "Ceramic turtle figurines, new", "import", ["express"], ["PH", "ID"], (10, 20), (1, 3), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Beech-wood cutlery trays", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("392490", "Plastic dish drainers", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("630492", "Woven cotton table napkins", "import", ["sea"], ["IN", "PK"], (6, 10), (2000, 6000), ["USD"], 25, N),
        ("482090", "Spiral-bound sketchbooks, A4", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind188", 20570701, HERE)


if __name__ == "__main__":
    main()
