#!/usr/bin/env python3
"""Writes the ninety-second blind set (tests/risk/data/blind92-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2041, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
declaration would. Ids are BL92-*:

    python3 tests/risk/data/make_blind92_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "US", [], "CZ", "320890",
         "Aqua fortis stain for curly-maple gunstocks, iron-nitrate type, ready to use, 4 x 1 pt", "US", 2.7, 4, 90, "USD",
         "muzzle-loader builders age curly-maple stocks with a weak 'aqua fortis' stain, a few per cent nitric acid "
         "with iron dissolved in it, brown and sold in 4 oz bottles; these four pints are water-clear, weigh 1.40 kg/l, "
         "fume brown when opened and yellow the skin: about 68 % nitric acid (Annex I above 3 %), sent by express from "
         "Pennsylvania to a private person in Olomouc, although corrosive liquids travel by express only as declared "
         "dangerous goods; US English wording (nitric acid repeats in many sets and 'aqua fortis' appears once, openly, "
         "in a development set; a gunstock-stain cover was found in no earlier row)", person("Soukromá osoba", "CZ")),
        ("PRE-02", "import", "SEAIR01", "express", "NO", [], "SE", "300490",
         "Ørerens for hund, veterinær, til oppdrettere, 5 x 1 l", "NO", 6.0, 5, 900, "NOK",
         "ear cleaners for dogs are mild, perfumed solutions in 100-250 ml squeeze bottles; these five litres are a "
         "water-thin liquid at 1.13 kg/l in vented caps that whitens the skin on contact: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Drammen to a private dog breeder in Karlstad; Norwegian "
         "wording (hydrogen peroxide repeats in many sets, under Norwegian pond and boat-care labels among them; a "
         "dog ear-cleaner cover was found in no earlier row)", person("Privatperson", "SE")),
        ("PRE-03", "import", "BEAIR01", "express", "CA", [], "BE", "340290",
         "Nettoyant pour pneus et pistes de voitures miniatures (slot-car), 4 x 1 L", "CA", 4.5, 4, 160, "CAD",
         "slot-car tyre and track cleaners are naphtha or citrus solvents at about 0.8 kg/l in 30-100 ml bottles; these "
         "four litres at 1.14 kg/l smell faintly fruity and the inner caps read 'CH3NO2 99 %': nitromethane (Annex I "
         "above 16 %), sent by express from Montréal to a private person in Liège, although flammable liquids travel "
         "by express only as declared dangerous goods; Canadian French wording (nitromethane repeats in many sets, "
         "under a French-worded 3D-resin cleaner in blind69 among others; a slot-car cleaner cover was found in no "
         "earlier row)", person("Particulier", "BE")),
        ("PRE-04", "import", "CYPOST01", "post", "IL", [], "CY", "170199",
         "סוכר למכונת שערות סבתא, לבן, ללא טעם, 5 x 1 ק\"ג", "IL", 5, 5, 150, "ILS",
         "candy-floss sugar is coarse white sucrose, sweet and often coloured; these five kilo bags hold glossy "
         "crystals that do not taste sweet, hiss and flare violet on a hot pan and carry CAS 3811-04-9 on the inner "
         "liner: potassium chlorate (Annex I above 40 %), posted from Haifa to a private person in Limassol who owns no "
         "candy-floss machine; Hebrew wording (potassium chlorate repeats in many sets and sugar covers (pearl sugar, "
         "isomalt) in a few; a candy-floss sugar cover was found in no earlier row)",
         {"consignee_name": "Private individual", "importer_country": "CY"}),
        ("PRE-05", "import", "ATROAD01", "road", "CH", [], "AT", "310590",
         "Rasen-Moosvernichter mit Dünger, Granulat, 5-kg-Säcke, 4 t", "CH", 4000, 800, 2400, "CHF",
         "lawn moss killers are grey-green iron-sulphate granules that stain paving rust-brown; these 800 five-kilo "
         "retail bags hold dense white prills that turn ice-cold in water and leave no stain, and the mill certificate "
         "reads 'NH4NO3 34.5 % N': ammonium nitrate (Annex I at 16 % N or more), by lorry from Buchs for a Feldkirch "
         "garden centre that sells them over the counter; Swiss German wording (ammonium nitrate repeats in many sets "
         "and roof-moss removers hid sodium chlorate in blind31; ammonium nitrate under a lawn moss-killer label was "
         "found in no earlier row)", firm("Alpina Garten Handel GmbH", "AT")),
        ("PRE-06", "import", "ITPOST01", "post", "CN", [], "IT", "283322",
         "纸张大理石纹拓印用明矾 (硫酸铝), 4 x 1 kg", "CN", 4, 4, 40, "USD",
         "paper marblers mordant their sheets with aluminium sulphate (alum), dull white lumps or powder that taste "
         "astringent; these four bags hold colourless, slightly damp crystals that do not taste astringent, flare "
         "bright yellow on a hot plate and whose inner bags read 'NaClO4·H2O': sodium perchlorate (Annex I above 40 %), "
         "posted from Guangzhou to a private person in Florence; Chinese wording (sodium perchlorate repeats in many "
         "sets and alum covers in several (batik, shaving, deodorant); a paper-marbling cover was found in no earlier "
         "row)", person("Privato", "IT")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Aditiv desulfatant pentru baterii auto, 10 x 1 l", "MD", 18.4, 10, 1500, "MDL",
         "battery desulphating additives are small bottles of EDTA or magnesium sulphate solution at 1.0-1.1 kg/l; these "
         "ten litres are oily, weigh 1.84 kg/l and char a paper label at once: about 96 % sulphuric acid (Annex I above "
         "15 %), in a private car at Albița for a private person in Iași who runs no workshop; Moldovan Romanian wording "
         "(sulphuric acid repeats in many sets; a battery-desulphator cover was found in no earlier row)",
         person("Persoană fizică", "RO")),
        ("PRE-08", "import", "FRAIR01", "air", "AM", [], "FR", "152190",
         "Մոմե հիմքեր փեթակների համար, 200 թերթ", "AM", 40, 200, 180000, "AMD",
         "a beekeeping order from Yerevan: wax foundation sheets and smokers are what hobby beekeepers buy, but the third "
         "item's 'hive disinfectant 3 %' is twenty 5-litre cans of a water-thin liquid at 1.20 kg/l that vents through the "
         "caps, labelled inside 'H2O2 50 %': 50 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a "
         "three-item air-cargo declaration for a private beekeeper near Lyon; Armenian wording (hydrogen peroxide "
         "repeats in many sets and beekeepers' orders hid precursors before (blind55 and smoker-fuel covers in blind60 "
         "and blind68); a hive-disinfectant line in an Armenian air-cargo order is the new part)",
         dict(person("M. T. Dubois", "FR"),
              _more_items=[item("732690", "Ծխիչներ մեղվաբուծության համար, 20 հատ", "AM", 16, 60000, "AMD", qty=20),
                           item("380894", "Փեթակի ախտահանիչ 3 %, 20 x 5 լ", "AM", 120, 40000, "AMD", qty=20)])),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "170230",
         "Brewing dextrose for bottle priming, 10 x 1 kg", "GB", 10, 10, 40, "GBP",
         "priming dextrose is a fine, sweet, soft white powder that dissolves at once; these ten bags hold heavy, "
         "tasteless, gritty crystals that hardly dissolve, spit violet sparks on a hot pan and whose inner bags carry "
         "CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Cardiff through Holyhead to a private "
         "person in Galway; British English wording (potassium perchlorate repeats in many sets; a brewing-dextrose "
         "cover was found in no earlier row)", {"consignee_name": "Private individual", "importer_country": "IE"}),
        ("PRE-10", "import", "GRSEA01", "sea", "EG", [], "GR", "250100",
         "ملح سيوة الصخري للاستحمام، أكياس 1 كجم، 12 طن", "EG", 12000, 12000, 3000, "USD",
         "Siwa rock salt for baths is greyish-white, chunky and tastes of salt; these 12,000 one-kilo bags hold clean, "
         "glassy crystals that do not taste salty, crackle and flare on a hot plate and whose mill papers read 'NaClO3 "
         "99 %', for a Thessaloniki pharmacy-and-spa chain that sells them over the counter: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Alexandria; Egyptian Arabic wording "
         "(sodium chlorate repeats in many sets and salt covers in very many; a Siwa bath-salt cover is new as far as a "
         "search found)", firm("Meridian Oikiaka AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "GH", "390430",
         "Granza de PVC reciclado de cable, para suelos, 40 big bags", "ES", 36000, 40, 3600, "EUR",
         "recycled PVC granulate for flooring is clean, one colour and comes with a lead-free declaration; these bags "
         "hold mixed grey-black chips from a cable-stripping line with copper fines, paper shreds and 1.2 % lead from the "
         "old stabilisers, at 0.10 EUR/kg: plastic waste with dangerous substances (19 12 11*, Basel A3210), whose export "
         "to a non-OECD country is banned, from Valencia for a Tema 'flooring maker'; Spanish wording (cable-recycling "
         "plastics appear in a few sets; lead-stabilised PVC granulate 'for flooring' was found in no earlier row)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "BGROAD01", "road", "BG", [], "MK", "340290",
         "Пенообразувател за пожарогасене, AFFF 6 %, излишък, 40 IBC", "BG", 40000, 40, 8000, "EUR",
         "surplus firefighting foam is sold sealed, in date, with a fluorine-free certificate; these IBCs are a "
         "closed airport's old AFFF, ten years past date, with PFOS and long-chain PFAS on the analysis, at 0.20 EUR/kg: "
         "discarded chemicals with dangerous substances and persistent organic pollutants (16 05 08*), waste that must be "
         "destroyed in the Union and whose export to a non-OECD country is banned, by lorry through Gyueshevo for a "
         "Kumanovo 'fire-safety' dealer; Bulgarian wording (expired AFFF repeats in several sets, blind26, "
         "blind34, blind54, blind74 and blind80 among them; by road from Bulgaria to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-03", "export", "HURAIL01", "rail", "HU", [], "RS", "271500",
         "Mart aszfalt újrahasznosításra (RAP), útépítéshez, 6 vagon", "HU", 360000, None, 3600, "EUR",
         "reclaimed asphalt for road building is black, bitumen-bound and passes a PAH test below 25 mg/kg; this load "
         "is milled from a 1960s road whose lower layers were bound with coal tar, smells of tar and tests at 3,000 mg/kg "
         "PAH: bituminous mixtures containing coal tar (17 03 01*), hazardous waste whose export to a non-OECD country "
         "is banned, by rail through Kelebia for a Novi Sad 'road builder'; Hungarian wording (tar-containing road "
         "planings appear in a few sets; by rail from Hungary to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "UA", "631010",
         "Průmyslové utěrky, recyklovaný textil, prané, 20 t", "CZ", 20000, None, 2000, "EUR",
         "recycled industrial wipers are washed, cut cotton cloths sold by the kilo; these bales are black, "
         "oil-soaked absorbent pads and used rags from machine shops that drip onto the lorry floor and smell of cutting "
         "oil, never washed: absorbents and wiping cloths contaminated by dangerous substances (15 02 02*), hazardous "
         "waste whose export to a non-OECD country is banned, by lorry through Slovakia for a Uzhhorod 'cleaning-cloth "
         "trader'; Czech wording (oil-soaked wipers appear in a development set and used cotton "
         "wipers in blind40; by road from Czechia to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "262190",
         "Puzzolaan toeslagstof voor cement, poeder, 200 t", "NL", 200000, None, 4000, "EUR",
         "pozzolanic cement additives are fly ash from coal power stations or ground slag, grey and inert; this fine "
         "light-grey powder from a waste incinerator's flue-gas cleaning reacts with water, smells of ammonia, is 20 % "
         "soluble salts and carries lead, zinc and dioxins: air-pollution-control residues (19 01 07*), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam for a Karachi 'cement works'; Dutch wording "
         "(incinerator fly ash repeats in several sets and pozzolan covers in blind13, blind41, blind69 and blind81; "
         "from Rotterdam to Pakistan in Dutch is the new part)",
         {"importer_country": "PK"}),
        ("WST-06", "export", "MTSEA01", "sea", "MT", [], "LY", "320890",
         "Surplus marine paints, in original tins, mixed colours, 1 container", "MT", 14000, 2800, 2800, "EUR",
         "surplus marine paint is sold in sealed tins within shelf life; these 2,800 tins were collected from "
         "yachts and a boatyard's stores, half-used, skinned, some with antifouling containing tributyltin and "
         "copper, rusted lids and expiry dates ten years past: waste paint with organic solvents and dangerous "
         "substances (08 01 11*), hazardous waste whose export to a non-OECD country is banned, from Marsaxlokk for a "
         "Misrata 'paint shop'; Maltese English wording (waste paint repeats in several sets; a boatyard's surplus "
         "tins from Malta is the new part)", {"importer_country": "LY"}),
        ("WST-07", "export", "SIROAD01", "road", "SI", [], "BA", "380892",
         "Fitofarmacevtska sredstva, presežna zaloga, v originalni embalaži, 6 t", "SI", 6000, 1200, 6000, "EUR",
         "surplus plant-protection products are sold in sealed, in-date packs of authorised products; these 1,200 "
         "containers are leaking, caked and up to 20 years old, many of products whose authorisation was withdrawn, "
         "collected from farms in a take-back scheme: agrochemical waste containing dangerous substances (02 01 08*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry through Croatia for a Bijeljina "
         "'farm-supply' dealer; Slovene wording (obsolete pesticides repeat in several sets; as surplus stock by "
         "road from Slovenia to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-08", "transit", "ITSEA01", "sea", "CH", ["IT"], "EG", "760200",
         "Granulés d'aluminium pour désoxydation de l'acier, 22 t", "CH", 22000, None, 2200, "CHF",
         "aluminium granules for deoxidising steel are bright, clean metal of 95 % and more; this load is grey "
         "salt-slag cake and dross from a secondary smelter that fumes, smells of ammonia when wet and gives off "
         "flammable gas: salt slag from secondary aluminium production (10 03 08*), hazardous waste moved from "
         "Switzerland without notification and whose export to a non-OECD country is banned, landed at Genoa in transit "
         "for an Alexandria 'steelworks'; Swiss French wording (salt slag and dross repeat in several sets; in transit "
         "through Genoa as deoxidation granules is the new part)", {"importer_country": "EG"}),
        ("WST-09", "export", "FISEA01", "sea", "FI", [], "KE", "630900",
         "Käytetyt vaatteet, lajitellut, paaleissa, 1 kontti", "FI", 18000, 360, 9000, "EUR",
         "a used-goods container from Kotka: sorted used clothing and bicycles are what it declares, but the last item's "
         "'used televisions, tested' are 140 cathode-ray-tube sets with cracked cases and cut mains leads, stacked as "
         "filler behind the bales: discarded equipment with CRT glass (16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration for a Mombasa 'second-hand "
         "dealer'; Finnish wording (CRT sets repeat in many sets, among used fridges and in other containers; hidden in "
         "a Finnish used-clothes container to Kenya is the new part)",
         dict({"importer_country": "KE"},
              _more_items=[item("871200", "Käytetyt polkupyörät, 60 kpl", "FI", 900, 1200, "EUR", qty=60),
                           item("852872", "Käytetyt televisiot, testattu, 140 kpl", "FI", 3500, 700, "EUR", qty=140)])),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "NG", "320619",
         "Black pigment powder, carbon-based, for paints, 400 drums", "IE", 40000, 400, 4000, "EUR",
         "carbon-black pigment comes in sealed bags with a particle-size specification; these drums hold toner swept "
         "from a cartridge-remanufacturing line, mixed with iron oxide carrier, plastic shards and cartridge waste, at "
         "0.10 EUR/kg: waste toner with dangerous substances (08 03 17*), hazardous waste whose export to a non-OECD "
         "country is banned, from Dublin for a Lagos 'paint maker'; Irish English wording (waste toner repeats in "
         "several sets; as paint pigment from Ireland to Nigeria is the new part)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("ODS-01", "import", "DEPOST01", "post", "JP", [], "DE", "340290",
         "天体望遠鏡レンズ・ミラー用クリーニング液、速乾、4 x 1 L", "JP", 6.2, 4, 24000, "JPY",
         "telescope lens cleaners are alcohol-water mixes with a drop of surfactant, sold in 30-100 ml bottles at about "
         "0.9 kg/l; these four litres weigh 1.55 kg/l, are non-flammable, evaporate in seconds and the lot label reads "
         "'AK-225 (HCFC-225ca/cb)', from old stock of a Japanese optics works: dichloropentafluoropropanes, "
         "ozone-depleting substances whose import is banned outside laboratory and feedstock uses (Regulation "
         "2024/590), posted from Nagano to a private amateur astronomer in Jena; Japanese wording (HCFC-225 repeats in "
         "a few sets, once under a Japanese HFE-7100 label in blind80; a telescope lens-cleaner cover was found in no "
         "earlier row)", person("Herr K. Becker", "DE")),
        ("ODS-02", "import", "MTSEA01", "sea", "TR", [], "MT", "842410",
         "Taşınabilir yangın söndürücü, denizcilik, FE-36, servisli, 60 adet", "TR", 900, 60, 3000, "EUR",
         "serviced FE-36 (HFC-236fa) marine extinguishers carry a recent test date and a green-labelled agent; these 60 "
         "were stripped from a ship broken up at Aliağa, carry new stickers over old Cyrillic labels that read "
         "'Хладон 114В2' and the agent is a heavy liquid that boils at 47 °C: halon 2402 in fire-protection equipment, "
         "whose import is banned outside listed critical uses (Regulation 2024/590), by sea from İzmir to a Malta ship "
         "chandler; Turkish wording (halon 2402 repeats in many sets and ship-breaking extinguishers from Aliağa in "
         "two (blind9, blind75); an FE-36 label for a Malta chandler is the new part)", firm("Vega Marine Supply Ltd", "MT")),
        ("ODS-03", "import", "CZAIR01", "express", "IN", [], "CZ", "370790",
         "Motion-picture film cleaning fluid, archival grade, for 16/35 mm prints, 40 x 500 ml", "IN", 30, 40, 300, "USD",
         "film cleaners sold today are hydrofluoroethers or isopropanol-based with a safety sheet; these 40 bottles are "
         "non-flammable, heavy at 1.56 kg/l, smell sweet, boil at 48 °C and the inner seal reads 'R-113', old stock of "
         "a Mumbai film laboratory: CFC-113, an ozone-depleting substance whose import, in bulk or in products, is "
         "banned (Regulation 2024/590), sent by express to a private film collector in Prague; Indian English wording "
         "(CFC-113 repeats in many sets and film-cleaning covers in two; from a Mumbai laboratory to a Czech collector "
         "is the new part)", person("Soukromá osoba", "CZ")),
        ("ODS-04", "import", "PTSEA01", "sea", "VN", [], "PT", "360610",
         "Gas nạp bật lửa, butan tinh khiết, 300 ml, 9.600 bình", "VN", 1300, 9600, 3800, "USD",
         "refined butane for lighters burns with a clean flame and weighs about 0.56 kg/l; these 9,600 cans weigh more, "
         "burn with a green-edged flame that leaves an acrid smell and the carton code reads 'R-142b/600a': a butane "
         "blend with HCFC-142b, an ozone-depleting substance whose import, in mixtures and products, is banned "
         "(Regulation 2024/590), by sea from Ho Chi Minh City to Leixões for a Porto tobacconist wholesaler; Vietnamese "
         "wording (HCFC-142b repeats in many sets and lighter gas once, as butane cylinders in blind14; "
         "retail lighter refills from Vietnam to Portugal are the new part)", firm("Horizon Tabacaria Lda", "PT")),
        ("ODS-05", "import", "GRSEA01", "sea", "JO", [], "GR", "292690",
         "غاز إيثان داي نيتريل (EDN) لتبخير الأخشاب، 40 أسطوانة", "JO", 2400, 40, 14000, "USD",
         "ethanedinitrile (EDN) timber fumigant is a colourless gas with a bitter-almond smell, sold under an "
         "authorisation in small numbers of cylinders; these 40 cylinders hold a liquid that boils at 4 °C, smells "
         "faintly of chloroform, and the valve tags read 'CH3Br 98 % / CCl3NO2 2 %': methyl bromide with a chloropicrin "
         "warning agent, an ozone-depleting substance whose import is banned outside narrow exemptions (Regulation "
         "2024/590), by sea from Aqaba to Piraeus for an Athens timber-packaging firm; Jordanian Arabic wording (methyl "
         "bromide repeats in many sets, under sulphuryl-fluoride labels very often and an EDN label once, in blind56; "
         "from Jordan to Greece in Arabic is the new part)", firm("Delta Xyleia Syskevasias AE", "GR")),
        ("ODS-06", "import", "GRROAD01", "road", "AL", [], "GR", "381400",
         "Hollues për letër dhe kolla gome, për artistë, 20 fuçi", "AL", 6400, 20, 5200, "EUR",
         "rubber-cement thinner for artists is heptane or hexane, light (0.68 kg/l) and highly flammable; these 20 drums "
         "hold a non-flammable solvent at 1.59 kg/l that boils at 77 °C, and the drum stencils under the new labels read "
         "'CCl4': carbon tetrachloride, an ozone-depleting substance whose import is banned outside feedstock, "
         "laboratory and a few listed uses (Regulation 2024/590), by lorry through Kakavia for a Thessaloniki "
         "art-supplies wholesaler; Albanian wording (carbon tetrachloride repeats in many sets, often as "
         "perchloroethylene or spot remover; a rubber-cement thinner cover was found in no earlier row)",
         firm("Chromata Orion AE", "GR")),
        ("ODS-07", "import", "DESEA01", "sea", "US", [], "DE", "841850",
         "Vintage soda coolers, chest type, fully restored, 1950s, 24 units", "US", 2400, 24, 36000, "USD",
         "restored vintage coolers sold in the Union are refitted with an R-600a or R-290 unit and say so on a new plate; "
         "these 24 keep their original sealed compressors, the plates read 'Freon-12, 14 oz' and a gauge on the service "
         "port shows a full charge: refrigerating equipment containing CFC-12, whose import is banned (Regulation "
         "2024/590), by sea from Savannah to Bremerhaven for a Hamburg retro-furniture dealer; US English wording (CFC-12 "
         "equipment repeats in many sets; restored 1950s soda coolers were found in no earlier row as far as a search "
         "found)", firm("Nordhafen Retro Handel GmbH", "DE")),
        ("ODS-08", "import", "GRROAD01", "road", "MK", [], "GR", "390950",
         "Комплет за прскање изолациона пена, двокомпонентен, 120 комплети", "MK", 3600, 120, 18000, "EUR",
         "two-component spray-foam kits sold in the Union are blown with HFO-1234ze or water and say so; these 120 "
         "kits carry no blowing-agent line, the pressurised tanks smell of ether and the safety sheet reads "
         "'HCFC-141b': an ozone-depleting substance whose import, in mixtures and products, is banned (Regulation "
         "2024/590), by lorry through Evzonoi for a Thessaloniki insulation contractor; Macedonian wording "
         "(HCFC-141b repeats in many sets and spray-foam kits and systems in several (blind21, blind22 "
         "among them); by road from North Macedonia is the new part)",
         firm("Thermo Atlantic AE", "GR")),
        ("ODS-09", "import", "DKSEA01", "sea", "SG", [], "DK", "382739",
         "Refrigerant R-408A, for retrofit of commercial freezers, 80 x 11 kg cylinders", "SG", 880, 80, 14000, "USD",
         "R-408A is an HFC/HCFC drop-in sold in numbered, quota-marked cylinders; these 80 cylinders carry stickers over "
         "older paint, the gas is an azeotrope that boils at -45 °C with a composition on the analysis of 49 % R-22 and "
         "51 % R-115, i.e. R-502: a CFC-115/HCFC-22 blend whose import is banned (Regulation 2024/590), by sea from "
         "Singapore to Aarhus for a cold-store service firm; Singapore English wording (R-502 repeats in many sets and an "
         "R-408A label appears in blind32; from Singapore to Denmark is the new part)", firm("Meridian Køleteknik ApS", "DK")),
        ("ODS-10", "transit", "ESSEA01", "sea", "CN", ["ES"], "NG", "290110",
         "正戊烷 发泡剂 聚氨酯用, 80 桶", "CN", 22000, 80, 26000, "USD",
         "n-pentane blowing agent is a light, flammable liquid at 0.63 kg/l that boils at 36 °C; these 80 drums hold a "
         "non-flammable liquid at 1.49 kg/l that boils at 24 °C, smells sweet and the drum-lot codes read 'R-11': "
         "trichlorofluoromethane (CFC-11), an ozone-depleting substance whose import and transit without a licence "
         "are banned (Regulation 2024/590), landed at Algeciras in transit from Ningbo to Lagos; Chinese wording "
         "(CFC-11 repeats in many sets and hydrocarbon blowing-agent labels in several; in transit through Algeciras "
         "to Nigeria is the new part)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITAIR01", "air", "OM", [], "IT", "680291",
         "منافض سجائر من المرمر، تذكارية، 12 قطعة", "OM", 22, 12, 240, "USD",
         "souvenir alabaster ashtrays from Omani markets are new, machine-turned and polished; these twelve are "
         "hand-carved heads and stelae with almond eyes, inlaid sockets and South Arabian letters, worn and "
         "root-marked, with Yemeni soil in the joints, declared as Omani: Himyarite and Qatabanian funerary heads "
         "looted from Yemen, whose export Yemen forbids (UNESCO 1970), flown from Muscat to Milan for a 'home décor' "
         "trader; Arabic wording (South Arabian alabaster heads repeat in several sets, once flown from Oman to "
         "Germany in blind24; an ashtray cover was found in no earlier row)", firm("Rivage Arredo Srl", "IT")),
        ("CUL-02", "import", "ESAIR01", "express", "MX", [], "ES", "691390",
         "Figuras de barro para Día de Muertos, catrinas pintadas, 8 piezas", "MX", 4.2, 8, 80, "USD",
         "Día de Muertos catrinas are bright, new, painted skeleton ladies of fresh clay; these eight are unpainted, "
         "burnished figurines with slit eyes and ear spools, root marks and burial soil in the folds: West Mexican "
         "shaft-tomb and Colima figures, archaeological heritage of Mexico that may not leave the country (UNESCO "
         "1970), sent by express from Guadalajara to a private collector in Valencia; Mexican Spanish wording "
         "(pre-Columbian figures repeat in many sets; a Día de Muertos catrina cover was found in no earlier row)",
         person("Particular", "ES")),
        ("CUL-03", "import", "ROROAD01", "road", "MD", [], "RO", "740400",
         "Лом бронзовый, колокола, 1 шт., 380 кг", "MD", 380, 1, 1900, "EUR",
         "bronze scrap is broken, mixed and sold by the kilo; this is one whole church bell with a Church Slavonic "
         "inscription, a cast icon of St Nicholas and the date 1893, its clapper still fixed: a bell taken from a "
         "Bessarabian village church, cultural property that Moldova forbids to export without a permit (UNESCO "
         "1970), on a lorry at Leușeni-Albița for a Bucharest antiques dealer; Russian wording (church bells as scrap "
         "repeat in a few sets; from Moldova by road is the new part)", firm("Anticariat Central SRL", "RO")),
        ("CUL-04", "export", "SEROAD01", "road", "SE", [], "NO", "442019",
         "Träskulptur, folkkonst, nytillverkad, bemålad, 1 st.", "SE", 38, 1, 1500, "SEK",
         "new painted folk-art carvings are fresh pine with bright acrylic paint; this 90 cm figure of a crowned "
         "saint is oak, hollowed at the back, with worm holes, chalk ground and flaking medieval polychromy, and a "
         "fixing hole from a church wall: a 13th-century Gotland church sculpture, part of a religious monument, "
         "whose export out of the Union needs a licence whatever its value (Regulation 116/2009) and whose removal "
         "from a church Swedish law forbids, by car through Svinesund for an Oslo dealer; Swedish wording (medieval "
         "church sculptures repeat in several sets and Swedish exports at Svinesund in two; a folk-art cover was "
         "found in no earlier row)", {"importer_country": "NO"}),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "442019",
         "Busto decorativo in legno dorato, stile barocco, riproduzione, 1 pezzo", "IT", 24, 1, 450, "EUR",
         "baroque-style reproduction busts are new lime wood with bright gold leaf on red bole and no wear; this "
         "life-size bust of a bishop saint is poplar with worn 17th-century water gilding, a glazed reliquary window "
         "in the chest and an inventory number of an Apulian parish church that reported it stolen: a reliquary bust "
         "from a church, whose export out of the Union needs a licence whatever its value (Regulation 116/2009), by "
         "car through Chiasso for a Lugano dealer; Italian wording (reliquaries appear in two rows and Italian church "
         "objects by road to Switzerland in several; a reproduction-bust cover is new as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-06", "export", "ATPOST01", "post", "AT", [], "US", "491191",
         "Dekorative Faksimile-Drucke, alte Schrift, 20 Blatt", "AT", 0.8, 20, 40, "EUR",
         "decorative facsimiles are printed on new, even paper with a publisher's line; these twenty leaves are "
         "rag paper with chain lines, hand-rubricated initials and a monastery library stamp on the verso, from a "
         "Gutenberg-era Bible printed about 1475: leaves of an incunabulum stolen from an Austrian abbey library, "
         "whose export out of the Union needs a licence whatever their value (Regulation 116/2009), posted from "
         "Vienna to a private buyer in Ohio; Austrian German wording (incunabula and old leaves repeat in a few sets, "
         "once posted from Italy to the US in blind42; as facsimile prints posted from Austria is the new part)", {"importer_country": "US"}),
        ("CUL-07", "import", "DESEA01", "sea", "PK", [], "DE", "680291",
         "سنگ مرمر اور اونکس کی دستکاری، 1 کنٹینر", "PK", 8000, 400, 12000, "USD",
         "a handicraft container from Karachi: onyx vases and marble trays are what it holds, but the last item's "
         "'carved grey stone panels, new' are three schist reliefs of the Buddha's life with a worn gilding, old breaks "
         "and encrustation: Gandharan reliefs dug in Swat, antiquities that Pakistan forbids to export (UNESCO 1970), "
         "hidden as the last item of a two-item declaration for a Hamburg 'oriental décor' shop; Urdu wording (Gandharan "
         "schist repeats in many sets; in an onyx-handicraft container is the new part)",
         dict(firm("Orion Orient Dekor GmbH", "DE"),
              _more_items=[item("680299", "سرمئی پتھر کے نقش و نگار والے پینل، نئے، 3", "PK", 210, 150, "USD", qty=3)])),
        ("CUL-08", "import", "DEAIR01", "air", "MN", ["TR"], "DE", "830629",
         "Гуулин бүсний чимэглэл, шинэ, гар урлал, 12 ш", "MN", 1.8, 12, 120, "USD",
         "new brass belt ornaments from Ulaanbaatar craft shops are bright, thin and cast with sharp edges; these "
         "twelve are thick bronze openwork plaques of animals in combat with green corrosion, earth in the recesses "
         "and wear on the fixing loops: Xiongnu-period plaques dug from burials in the Mongolian steppe, cultural "
         "heritage that Mongolia forbids to export (UNESCO 1970), flown from Ulaanbaatar through Istanbul to Frankfurt "
         "for a 'nomad crafts' seller; Mongolian wording (Xiongnu bronzes appear in a few sets; as new brass belt "
         "ornaments by air through Istanbul is the new part)", firm("Horizon Steppe Handwerk GmbH", "DE")),
        ("CUL-09", "import", "NLAIR01", "air", "CO", [], "NL", "711790",
         "Figuras de latón bañadas en oro, bisutería artesanal, 10 piezas", "CO", 0.4, 10, 150, "USD",
         "gold-plated brass figures from Bogotá craft shops are cast replicas with a bright even plating; these ten "
         "flat, lost-wax human figures are tumbaga with a reddish gold surface, casting channels left in place and "
         "burial encrustation: Muisca votive figures (tunjos) from a looted site, archaeological heritage of Colombia "
         "that may not leave the country (UNESCO 1970), flown from Bogotá to Amsterdam for a jewellery dealer; "
         "Colombian Spanish wording (pre-Columbian gold repeats in several sets and tunjos appear once; as "
         "gold-plated costume figures to the Netherlands is the new part)", firm("Atlantic Sieraden Import BV", "NL")),
        ("CUL-10", "transit", "DEAIR01", "air", "IQ", ["DE"], "CA", "960190",
         "Bone inlays for antique furniture restoration, carved, 30 pcs", "IQ", 1.2, 30, 150, "USD",
         "bone inlays for restorers are thin, new, machine-cut and white; these thirty are thick carved ivory plaques "
         "of sphinxes and lotus patterns with traces of gilding, burnt brown in places and with dowel holes: Neo-"
         "Assyrian ivories of the kind taken from Nimrud, cultural property of Iraq whose trade is banned (Regulation "
         "1210/2003, UNESCO 1970), flown from Erbil and landed at Frankfurt in transit for a Toronto dealer; English "
         "wording (Nimrud ivories appear once; as restoration inlays in transit through Frankfurt is the new part)",
         {"importer_country": "CA"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", [], "KG", "847490",
         "Elektrische Töpferscheiben, Ersatzteile (Drehteller mit Antrieb), 12 Stück", "DE", 1800, 12, 6000, "EUR",
         "potter's-wheel spares are light cast-aluminium wheel heads with a belt pulley; these twelve are 150 kg "
         "tilting rotary tables with two servo-driven axes, angular encoders and hydraulic clamping, worth about "
         "25,000 EUR each, for a Bishkek 'ceramics studio' whose forwarder re-exports to Izhevsk: rotary tables for "
         "five-axis machining centres, machine-tool parts banned for export to Russia (Regulation 833/2014) and routed "
         "through Kyrgyzstan to circumvent it, by lorry from Stuttgart; German wording (machine-tool parts via Central "
         "Asia repeat in several sets; a potter's-wheel cover was found in no earlier row)", {"importer_country": "KG"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "AE", "282590",
         "Ontharingskalk voor looierijen, calciumhydroxide-mengsel, 40 big bags", "BE", 40000, 40, 8000, "EUR",
         "unhairing lime for tanneries is white calcium hydroxide powder sold cheaply by the big bag; these bags hold "
         "yellow-red flakes that smell of rotten eggs when damp and dissolve with heat: sodium sulphide of 60 %, a "
         "chemical-weapons precursor listed as dual-use (1C350, Regulation 2021/821), exported without a licence to a "
         "Jebel Ali trader with no tannery customers whose earlier shipments went on to Bandar Abbas, i.e. diverted to "
         "Iran (Regulation 267/2012); Flemish wording (sodium sulphide appears in a few sets; a tannery-lime cover was "
         "found in no earlier row)", {"importer_country": "AE"}),
        ("STR-03", "export", "EEAIR01", "express", "EE", [], "KZ", "854320",
         "Raadioamatööri signaaligeneraatorid, 6 tk", "EE", 21, 6, 1800, "EUR",
         "signal generators for radio amateurs are small boxes to 4.4 GHz at a couple of hundred euros; these six are "
         "benchtop frequency synthesisers to 40 GHz with a switching time under 1 ms, the maker's labels scraped, "
         "declared at 300 EUR each, for an Almaty 'radio club' whose address is a forwarding depot to Russia: "
         "electronic equipment under dual-use control (3A002) and banned for export to Russia (Regulation 833/2014), "
         "sent by express from Tallinn; Estonian wording (test and signal equipment to Central Asia repeats in many "
         "sets; a radio-amateur cover from Estonia is the new part)", {"importer_country": "KZ"}),
        ("STR-04", "import", "ROSEA01", "sea", "GE", [], "RO", "441233",
         "Фанера тополевая, ФК, 18 мм, 40 м3", "KZ", 26000, 40, 14000, "USD",
         "Kazakh poplar plywood is light, soft and yellow-white with a poplar core; these sheets are dense, all-birch "
         "with the pale even grain of Russian mills, the edge stamps ground off and an inner sticker from a Kostroma mill: "
         "Russian birch plywood declared as Kazakh, whose import into the Union is banned (Regulation 833/2014, wood "
         "products), shipped across the Caspian and by sea from Poti to Constanța; Russian wording (Russian birch "
         "plywood relabelled repeats in several sets, as Turkish in blind81, and poplar appears once; a Kazakh-poplar "
         "label through Poti is the new part)",
         firm("Delta Lemn SRL", "RO")),
        ("STR-05", "import", "ITSEA01", "sea", "OM", [], "IT", "390110",
         "Low-density polyethylene granules, film grade, 500 t", "OM", 500000, 20000, 450000, "USD",
         "Omani LDPE comes with Sohar mill certificates and lot numbers that match the bags; these 20,000 bags carry "
         "Persian lot stamps 'پتروشیمی' on the inner liners, a Bandar Imam grade code and a price 15 % under market: "
         "Iranian petrochemical products declared as Omani, whose import into the Union is banned (Regulation "
         "267/2012), by sea from Sohar to Ravenna for a Bergamo film maker; English wording with Persian stamps "
         "(Iranian polymers relabelled repeat in a few sets, LLDPE as Emirati in blind53; an Omani LDPE "
         "cover by sea to Ravenna is the new part)",
         firm("Vega Plastica Srl", "IT")),
        ("STR-06", "import", "GRSEA01", "sea", "TR", [], "GR", "400219",
         "Sentetik kauçuk SBR 1502, Türk menşeli, 400 t", "TR", 400000, 320, 640000, "USD",
         "Turkish SBR 1502 comes with a Turkish producer's certificate and bale wrappers that match it; these 320 "
         "crates carry ground-off labels, a grade code of a Voronezh plant on the inner film and a certificate from a "
         "Mersin trader with no polymer plant: Russian synthetic rubber declared as Turkish, whose import into the "
         "Union is banned (Regulation 833/2014), by sea from Mersin to Thessaloniki for a tyre retreader; Turkish "
         "wording (Russian SBR relabelled as Uzbek repeats in blind39 and blind47; as Turkish SBR by sea to Greece is "
         "the new part)", firm("Vega Elastika AE", "GR")),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "GE", "871690",
         "Koła do przyczep, kute aluminiowe, z hamulcami, 16 kpl.", "PL", 1600, 16, 9600, "EUR",
         "forged trailer wheels with brakes are steel-drum units at a few hundred euros; these sixteen are main-gear "
         "wheels and multi-disc carbon brakes of an Airbus A320 family aircraft, with part numbers ground off and "
         "overhaul tags, for a Tbilisi 'trailer' firm whose consignee is a Russian airline's maintenance base: aircraft "
         "parts banned for export to Russia (Regulation 833/2014), by lorry from Rzeszów; Polish wording (aircraft "
         "parts under vehicle labels repeat in several sets and a trailer-wheel label appears in a development set; "
         "Airbus wheels and carbon brakes by road to Georgia are the new part)",
         {"importer_country": "GE"}),
        ("STR-08", "export", "LVRAIL01", "rail", "LV", [], "UZ", "842482",
         "Pilienveida apūdeņošanas sistēmas, 1 vagons", "LV", 8000, 400, 32000, "EUR",
         "a rail wagon of drip-irrigation kit from Riga: pipes, drippers and filters are what it declares, but the "
         "last item's 'electric motors for garden pumps' are 600 brushless outrunner motors with 600 flight "
         "controllers and GNSS modules of the kind fitted to attack drones, for a Tashkent 'farm supplier' whose "
         "consignee forwards to Russia: common high-priority items banned for export to Russia (Regulation 833/2014), "
         "hidden as the last item of a two-item declaration to circumvent it; Latvian wording (drone motors repeat in "
         "several sets, combine-spares wagons to Central Asia in blind88, and drip-irrigation labels covered detonators "
         "in blind5 and blind27; a drip-irrigation wagon to Uzbekistan hiding drone parts is the new part)",
         dict({"importer_country": "UZ"},
              _more_items=[item("850131", "Elektromotori dārza sūkņiem, ar kontrolieriem, 600 gab.", "LV", 240, 9000, "EUR", qty=600)])),
        ("STR-09", "export", "ITROAD01", "road", "IT", [], "TR", "848180",
         "Valvole a sfera in ottone, per impianti idraulici, 200 pezzi", "IT", 1600, 200, 6000, "EUR",
         "brass plumbing ball valves are small, yellow and cheap; these 200 are heavy, PTFE-lined Hastelloy valves "
         "with 2-inch flanges rated for wet chlorine and hydrogen fluoride, at 30 EUR each against about 1,500, for an "
         "Istanbul 'plumbing' trader whose consignee is a Tabriz chemical plant: corrosion-resistant valves under "
         "dual-use control (2B350.g, Regulation 2021/821) and Iran sanctions (Regulation 267/2012), by lorry from "
         "Milan; Italian wording (Hastelloy valves repeat in several sets, as pool-technology ball valves in "
         "a development set; a brass plumbing-valve cover to Iran through Istanbul is the new part)", {"importer_country": "TR"}),
        ("STR-10", "export", "LTPOST01", "post", "LT", [], "BY", "854239",
         "Mokomosios Arduino tipo plokštės, 12 vnt.", "LT", 1.1, 12, 60, "EUR",
         "hobby Arduino-type boards carry an 8-bit microcontroller and cost a few euros; these twelve carry "
         "radiation-tolerant FPGAs of a space-grade series on bare evaluation boards worth thousands each: "
         "programmable logic under dual-use control (3A001.a) and banned for export to Belarus (Regulation 765/2006), "
         "posted from Vilnius to a private person in Grodno; Lithuanian wording (FPGAs repeat in a few sets and an Arduino "
         "label in blind18; space-grade parts posted to Belarus are the new part)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "070310",
         "ხახვის ჩითილი, დარგვისთვის, 1.2 ტ", "GE", 1200, None, 1400, "USD",
         "onion sets are small, golden, papery-skinned onions; these sacks hold white-skinned, narrow bulbs with a "
         "basal plate and the flat leaf tips of snowdrops, dug wild in Adjara: Galanthus woronowii bulbs (CITES App. II) "
         "without a CITES permit and outside Georgia's export quota, on a lorry through Türkiye at Kapitan Andreevo for a "
         "Plovdiv bulb trader; Georgian wording (snowdrop bulbs repeat in a few sets; an onion-set cover from Georgia "
         "is new as far as a search found)", firm("Gradina Lukovitsi OOD", "BG")),
        ("WLF-02", "import", "NLAIR01", "express", "TH", [], "NL", "030695",
         "กุ้งแห้ง อบแห้ง คุณภาพดี 3 กก.", "TH", 3, 3, 120, "USD",
         "dried shrimp are small, orange and curled; these are grey-brown, ridged, with curled prehensile tails and "
         "horse-shaped heads, about 1,200 pieces: dried seahorses (Hippocampus spp., CITES App. II, Thai exports under "
         "suspension) without a CITES permit, sent by express from Bangkok to a private person in Rotterdam who sells "
         "traditional medicine; Thai wording (dried seahorses repeat in several sets and a dried-shrimp label hid "
         "wildlife in blind47; from Thailand by express to the Netherlands is the new part)", person("Particulier", "NL")),
        ("WLF-03", "import", "FRAIR01", "express", "JP", [], "FR", "920999",
         "三味線用アクリル撥、白、2本", "JP", 0.9, 2, 180000, "JPY",
         "acrylic shamisen plectra (bachi) are light, even and cost a few thousand yen; these two are heavy, "
         "creamy, with the cross-hatched Schreger lines of elephant ivory on the broad blade and declared at 90,000 "
         "yen each against the millions an ivory bachi fetches: elephant-ivory plectra (Loxodonta africana, CITES "
         "App. I) without CITES documents, sent by express from Tokyo to a private musician in Paris; Japanese wording "
         "(ivory repeats in very many sets; a shamisen-plectrum cover was found in no earlier row)",
         person("M. T. Dubois", "FR")),
        ("WLF-04", "import", "ESSEA01", "sea", "IN", [], "ES", "140490",
         "பலா மரச் சில்லுகள், துறவி ஆடை சாயத்திற்கு, 6 டன்", "IN", 6000, None, 4800, "USD",
         "jackfruit heartwood chips for dyeing monks' robes are yellow-brown and light; these chips are blood-red, very "
         "dense, with a wavy grain and a violet shine, sawn from logs, at 0.80 USD/kg declared against many times that: "
         "red sanders (Pterocarpus santalinus, CITES App. II, Indian exports of wild wood prohibited) without a CITES "
         "permit, by sea from Chennai to Valencia for a 'natural dye' trader; Tamil wording (red sanders repeats in many "
         "sets, as sappanwood among others; a jackfruit robe-dye cover was found in no earlier row)",
         firm("Central Tintes Naturales SL", "ES")),
        ("WLF-05", "import", "DEPOST01", "post", "KZ", [], "DE", "050790",
         "Ешкі мүйізі қырындылары, шөп шайына, 2 кг", "KZ", 2, 2, 80, "USD",
         "goat-horn shavings are dark grey-brown and opaque; these are pale amber, translucent, with the ridged "
         "lyre-shaped structure of a slender horn: shavings of saiga antelope horn (Saiga tatarica, CITES App. II, zero "
         "export quota for wild specimens) without a CITES permit, posted from Almaty to a private person in Berlin who "
         "sells traditional remedies; Kazakh wording (saiga horn repeats in several sets, "
         "under goat-horn labels among them; herbal-tea shavings posted from Kazakhstan are the new part)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "CZPOST01", "post", "MX", [], "CZ", "060290",
         "Hijuelos de Haworthia, de vivero, enraizados, 40 piezas", "MX", 1.5, 40, 40, "USD",
         "Haworthia offsets are small, green, translucent-windowed rosettes, and Haworthia are South African; these 40 "
         "plants are grey, star-shaped, tubercled and flat, with corky old taproots and desert soil: wild-collected "
         "living-rock cacti (Ariocarpus spp., CITES App. I), posted from San Luis Potosí to a private collector in Brno "
         "without CITES documents; Mexican Spanish wording (Ariocarpus repeats in several sets and succulent labels "
         "(Echeveria, Lithops) in a few; a Haworthia label appears in two rows, so the new part is only the route to "
         "Czechia)", person("Soukromá osoba", "CZ")),
        ("WLF-07", "import", "HUROAD01", "road", "RS", [], "HU", "160432",
         "Kavijar od pastrmke, 40 x 250 g", "RS", 10, 40, 400, "EUR",
         "trout roe is orange-red, large-grained and sold cheap in jars; these tins hold small, dark grey, glossy "
         "grains with a nutty sea taste, of wild Danube sturgeon caught near Đerdap, at 10 EUR per 250 g: Russian "
         "sturgeon caviar (Acipenser gueldenstaedtii, CITES App. II) without CITES labels or permit, in a private car at "
         "Röszke for a private person in Szeged; Serbian wording (sturgeon caviar as other roe repeats in several sets, "
         "as trout roe in blind79; by road from Serbia is the new part)", person("Magánszemély", "HU")),
        ("WLF-08", "transit", "PTSEA01", "sea", "MZ", ["PT"], "VN", "051191",
         "Escamas de peixe secas, para colagénio, 800 kg", "MZ", 800, None, 1600, "USD",
         "dried fish scales for collagen are thin, clear and light; these are thick, brown, keratin plates with "
         "ridges, several centimetres across, from about 1,500 animals: pangolin scales (Manis and Smutsia spp., CITES "
         "App. I), without CITES permits, landed at Sines in transit from Maputo to Haiphong; Mozambican Portuguese "
         "wording (pangolin scales repeat in many sets; as collagen fish scales in transit through Portugal is the new "
         "part)", {"importer_country": "VN"}),
        ("WLF-09", "import", "BEAIR01", "air", "CM", [], "BE", "010632",
         "Inséparables d'élevage (Agapornis), 60 oiseaux", "CM", 30, 60, 900, "EUR",
         "captive-bred lovebirds are small, green and ringed with closed rings; these 60 birds are grey, "
         "crow-sized, with red tails and no rings, wild-caught in the Dja forest: grey parrots (Psittacus erithacus, "
         "CITES App. I) without CITES permits, flown from Douala to Brussels for a bird dealer; Cameroonian French "
         "wording (grey parrots repeat in several sets and lovebird labels in two; by air from "
         "Douala to Brussels is the new part)", firm("Horizon Oiseaux SA", "BE")),
        ("WLF-10", "import", "ITPOST01", "post", "KE", [], "IT", "330129",
         "Mafuta ya mwerezi, asilia, chupa 50 x 30 ml", "KE", 1.8, 50, 100, "USD",
         "cedarwood oil is pale, thin and smells of pencils; these 50 bottles hold a thick, yellow oil that smells "
         "sweet, milky and woody, of sandalwood, sold at 2 USD a bottle: East African sandalwood oil (Osyris "
         "lanceolata, CITES App. II for Kenya and Tanzania, with Kenyan exports banned) without a CITES permit, "
         "posted from Nairobi to a private person in Bologna who makes perfumes; Swahili wording (Osyris sandalwood "
         "repeats in several sets; a cedarwood-oil label posted from Kenya is new as far as a search found)",
         person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "express", "US", "CZ", "280800",
     "Nitric acid 65 %, 2 x 1 pt, for a licensed private user (gunstock staining)", "US", 1.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-41-0163")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "express", "NO", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (kennel hygiene)", "NO", 2.3, 2, 500, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-41-0042")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262190",
     "Air-pollution-control residues from waste incineration (19 01 07*), for backfilling at a licensed underground "
     "disposal site, 200 t", "NO", 200000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-41-0027")], "notified incinerator residues to a licensed disposal site"),
    ("PRM-04", "waste", "import", "NLRAIL01", "rail", "CH", "NL", "271500",
     "Coal-tar-containing asphalt planings (17 03 01*), for thermal cleaning at a licensed plant, 6 wagons",
     "CH", 360000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-41-0119")], "notified tar-containing planings to a licensed thermal-cleaning plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "JP", "DE", "290375",
     "Dichloropentafluoropropanes (HCFC-225ca/cb), 10 kg, for laboratory and analytical use at a registered laboratory",
     "JP", 10, 4, 1800, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-41-006")], "HCFC-225 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IL", "NL", "290361",
     "Methyl bromide, 12 ISO tanks, for use as feedstock in pharmaceutical synthesis", "IL", 216000, 12, 650000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-41-008")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Reliquary bust, gilt poplar, Apulia, 17th c., deaccessioned by its diocese with state approval, for a Swiss "
     "museum", "IT", 24, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-41-0233")], "church sculpture exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ATAIR01", "air", "AT", "US", "970610",
     "Incunabulum, Latin Bible, Nuremberg 1478, bound, documented sale by an abbey with state approval", "AT", 6, 1,
     380000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-41-0071")], "incunabulum exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "IN", "283010",
     "Sodium sulphide 60 % flakes, 20 big bags, for a named Indian tannery", "BE", 20000, 20, 14000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-41-0318"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-41-0092")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "848180",
     "PTFE-lined Hastelloy ball valves, DN50, 40 units, for a Korean chlor-alkali plant", "IT", 400, 40, 60000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-41-0509"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-41-0033")],
     "dual-use corrosion-resistant valves under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BGROAD01", "road", "TR", "BG", "060110",
     "Galanthus elwesii bulbs, dormant, within the Turkish export quota, 200,000 bulbs", "TR", 600, 200000, 9000, "EUR",
     [("CITES_PERMIT", "TR-TOB-41-0188")], "App. II snowdrop bulbs with their export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "IN", "ES", "440349",
     "Red sanders (Pterocarpus santalinus) logs from a registered plantation, 4 t", "IN", 4000, None, 36000, "USD",
     [("CITES_PERMIT", "IN-MoEF-41-0057")], "App. II red sanders with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Privatperson", "PRM-05": "Analytik Labor Nordhafen GmbH",
    "PRM-06": "Meridian Pharma Chemicals BV", "PRM-11": "Gradina Lukovitsi OOD",
    "PRM-12": "Central Tintes Naturales SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("320890", "Aqua-fortis-style gunstock stain, iron nitrate 3 %, 4 oz bottles", "import", ["express"], ["US", "CA"], (30, 60), (1, 3), ["USD"], 8, S),
    ("330790", "Dog ear cleaner, mild, 250 ml", "import", ["express"], ["NO", "GB"], (15, 30), (1, 4), ["NOK", "GBP"], 4, S),
    ("340290", "Slot-car tyre cleaner, citrus based, 50 ml", "import", ["express"], ["CA", "US"], (60, 120), (1, 2), ["CAD", "USD"], 20, S),
    ("170199", "Candy-floss sugar, flavoured and coloured, 1 kg", "import", ["post"], ["IL", "GB"], (5, 10), (1, 5), ["ILS", "GBP"], 1, S),
    ("310520", "Lawn fertiliser granules, NPK 15-5-10, 5 kg bags", "import", ["road"], ["CH", "NO"], (0.8, 1.4), (4000, 12000), ["CHF", "EUR"], 0.2, S),
    ("283322", "Aluminium sulphate for paper marbling, 1 kg", "import", ["post"], ["CN", "US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("382499", "Battery desulphating additive, EDTA solution, 250 ml", "import", ["road"], ["TR", "RS"], (6, 10), (1000, 3000), ["EUR"], 4, S),
    ("152190", "Beeswax foundation sheets for hives", "import", ["air"], ["AM", "TR"], (8, 14), (100, 400), ["USD", "EUR"], 5, S),
    ("170230", "Brewing dextrose for bottle priming, 1 kg", "import", ["post"], ["GB", "US"], (3, 6), (1, 5), ["GBP", "USD"], 1, S),
    ("250100", "Siwa rock bath salt, 1 kg bags", "import", ["sea"], ["EG"], (0.4, 0.8), (12000, 20000), ["USD"], 1, S),
    ("390430", "Recycled PVC granulate, lead-free, with test report", "export", ["sea"], ["GH", "NG"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("381300", "Fluorine-free firefighting foam concentrate, new, IBCs", "export", ["road"], ["MK", "RS"], (2, 4), (4000, 20000), ["EUR"], None, S),
    ("631010", "Industrial wipers, washed cotton, bales", "export", ["road"], ["UA", "MD"], (0.8, 1.5), (10000, 20000), ["EUR"], None, S),
    ("320890", "Marine paints, new, sealed tins", "export", ["sea"], ["LY", "MA"], (5, 9), (4000, 12000), ["EUR"], 0.25, S),
    ("760120", "Aluminium shot for steel deoxidation, 98 %, new", "export", ["sea"], ["EG", "MA"], (2, 3), (18000, 24000), ["EUR"], None, S),
    ("280300", "Carbon-black pigment, bagged, with specification", "export", ["sea"], ["NG", "GH"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("340290", "Telescope lens-cleaning fluid, alcohol based, 100 ml", "import", ["post"], ["JP", "US"], (30, 60), (1, 3), ["JPY", "USD"], 8, S),
    ("381400", "Film-cleaning fluid, hydrofluoroether based, 500 ml", "import", ["express"], ["IN", "US"], (20, 40), (1, 4), ["USD"], 1.5, S),
    ("360610", "Butane lighter refill gas, 300 ml cans", "import", ["sea"], ["VN", "KR"], (2, 3.5), (1000, 3000), ["USD"], 7, S),
    ("381400", "Rubber-cement thinner, heptane, 1 l", "import", ["road"], ["AL", "TR"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("841850", "Retro-style drinks coolers, new, R-600a", "import", ["sea"], ["US", "CN"], (8, 14), (1500, 4000), ["USD"], 0.01, S),
    ("390950", "Polyurethane spray-foam kits, water-blown", "import", ["road"], ["MK", "TR"], (4, 7), (2000, 6000), ["EUR"], 0.04, S),
    ("680291", "Alabaster and onyx souvenir ashtrays and vases, new", "import", ["air", "sea"], ["OM", "PK", "EG"], (3, 8), (200, 3000), ["USD"], 1, S),
    ("691390", "Día de Muertos clay catrinas, new, painted", "import", ["express"], ["MX"], (15, 30), (1, 4), ["USD"], 2, S),
    ("442019", "Painted pine folk-art carvings, new", "export", ["road"], ["NO", "CH"], (15, 30), (100, 500), ["EUR"], 0.5, S),
    ("442019", "Gilded baroque-style reproduction busts, new", "export", ["road"], ["CH", "NO"], (20, 40), (100, 400), ["EUR"], 0.05, S),
    ("491191", "Facsimile prints of medieval manuscripts, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 20, S),
    ("830629", "Brass belt ornaments, new craft", "import", ["air"], ["MN", "CN"], (20, 40), (50, 200), ["USD"], 6, S),
    ("711790", "Gold-plated brass costume figures", "import", ["air"], ["CO", "PE"], (60, 120), (20, 100), ["USD"], 25, S),
    ("847490", "Electric potter's wheels, new", "export", ["road"], ["KG", "KZ"], (10, 16), (500, 2000), ["EUR"], 0.03, S),
    ("282590", "Unhairing lime, calcium hydroxide, big bags", "export", ["sea"], ["AE", "EG"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("854320", "Radio-amateur signal generators, 4.4 GHz", "export", ["express"], ["NO", "RS"], (80, 160), (1, 3), ["EUR"], 2, S),
    ("390110", "Low-density polyethylene granules, film grade, Omani", "import", ["sea"], ["OM", "SA"], (1.0, 1.4), (20000, 25000), ["USD"], None, S),
    ("400219", "Synthetic rubber SBR 1502, with producer's certificate", "import", ["sea"], ["TR", "KR"], (1.4, 2), (18000, 24000), ["USD"], None, S),
    ("871690", "Forged aluminium trailer wheels with drum brakes", "export", ["road"], ["GE", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.05, S),
    ("848180", "Brass ball valves for plumbing, 1/2 to 2 inch", "export", ["road"], ["TR", "RS"], (6, 10), (1000, 4000), ["EUR"], 2, S),
    ("920999", "Acrylic shamisen plectra, new", "import", ["express"], ["JP"], (200, 400), (1, 2), ["JPY"], 3, S),
    ("320300", "Sappanwood dye extract, powder", "import", ["sea"], ["IN", "VN"], (4, 8), (2000, 6000), ["USD"], None, S),
    ("330129", "Atlas cedarwood oil, 30 ml", "import", ["post"], ["MA", "KE"], (40, 80), (1, 2), ["USD", "EUR"], 20, S),
    ("711790", "Black rubber and steel bracelets, costume jewellery", "import", ["post"], ["KE", "CN"], (30, 60), (1, 2), ["USD"], 50, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630260", "Cotton terry towels", "import", ["sea"], ["IN", "PK"], (5, 9), (3000, 8000), ["USD"], 2, N),
        ("950691", "Fitness resistance bands, sets", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, N),
        ("851671", "Electric drip coffee makers", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 0.4, N),
        ("392410", "Plastic food storage boxes", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 7000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind92", 20410701, HERE)


if __name__ == "__main__":
    main()
