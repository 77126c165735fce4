#!/usr/bin/env python3
"""Writes the hundred-and-eighteenth blind set (tests/risk/data/blind118-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2045, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, medicinal products and biocides included) appear only in the permitted
rows, with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL118-*:

    python3 tests/risk/data/make_blind118_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITPOST01", "post", "BD", [], "IT", "330190",
         "কেওড়া জল, রান্নার জন্য, ৬ x ১ লিটার", "BD", 6.8, 6, 1200, "BDT",
         "kewra water is a faintly perfumed distillate of screwpine flowers of 1.00 kg/l, sold in 120-300 ml "
         "bottles and used by the spoonful; these six litre bottles weigh 1.13 kg/l, have vented caps, smell of "
         "nothing and whiten and sting the skin: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Dhaka to a private person in Rome, who as a member of the public may not acquire it; Bengali wording "
         "(hydrogen peroxide repeats in many sets and floral-water covers in two, rose water in blind53 and "
         "orange-blossom water in blind104; a kewra-water label was found in no earlier row by a keyword search)",
         person("Md. Rahim Uddin", "IT")),
        ("PRE-02", "import", "DKAIR01", "express", "JP", [], "DK", "210390",
         "本みりん 1.8L × 4本", "JP", 8.2, 4, 6000, "JPY",
         "hon-mirin is a golden, syrupy, sweet rice seasoning that smells of sake and caramel; these four 1.8 l "
         "bottles hold a water-clear, thin liquid of 1.14 kg/l with a faint fruity, chemical smell that is not "
         "sweet, does not mix freely with water and carries a model-engine shop's order number on the packing "
         "slip: nitromethane (Annex I above 16 %), sent by express from Osaka to a private person in Aarhus, "
         "although flammable liquids travel by express only as declared dangerous goods; Japanese wording "
         "(nitromethane repeats in many sets under drink, fuel and solvent labels; a mirin label was found in no "
         "earlier row by a keyword search)", person("Mette Sørensen", "DK")),
        ("PRE-03", "import", "PTPOST01", "post", "NP", [], "PT", "151550",
         "तिलको तेल, शुद्ध, ४ x १ लिटर", "NP", 7.4, 4, 2400, "NPR",
         "sesame oil is a golden oil of 0.92 kg/l that smells nutty and floats on water; these four bottles hold a "
         "colourless, oily, odourless liquid of 1.84 kg/l, twice what the volume allows, that chars the paper "
         "label brown where it ran and grows hot with a drop of water, oil of vitriol in the old sense: about 96 % "
         "sulphuric acid (Annex I above 15 %), posted from Kathmandu to a private person in Lisbon; Nepali wording "
         "(sulphuric acid repeats in many sets under syrup and other food labels; an edible-oil label was found in "
         "no earlier row by a keyword search)", person("Bishnu Thapa", "PT")),
        ("PRE-04", "import", "IEPOST01", "post", "GB", [], "IE", "210690",
         "Creatine monohydrate, micronised, unflavoured, 4 x 1 kg tubs", "GB", 4, 4, 60, "GBP",
         "micronised creatine is a soft, fine, white powder that clumps, tastes faintly bitter and dissolves slowly "
         "in warm water; these four tubs hold a heavier, sandy, free-running white powder that does not clump, "
         "barely dissolves, sputters violently on a hot pan and whose inner bags read 'KClO4 99 %': potassium "
         "perchlorate (Annex I above 40 %), posted from Manchester to a private person in Cork, who as a member of "
         "the public may not acquire it; British English wording (potassium perchlorate repeats in many sets and "
         "supplement-powder covers, collagen among them, in a few; a creatine label was found in no earlier row by "
         "a keyword search)", person("Mr S. Murphy", "IE")),
        ("PRE-05", "import", "GRROAD01", "road", "MK", [], "GR", "110429",
         "Бисерен јачмен, лупен, вреќи од 25 кг, 720 вреќи", "MK", 18000, 720, 7200, "EUR",
         "pearl barley is oval, cream-coloured grain with a brown crease line that swells when cooked; these 720 "
         "sacks hold hard, round, white prills with no crease that turn ice-cold in water, read 34 % N on the inner "
         "liners and melt and fume on a hot plate, for a Thessaloniki farm-and-garden cash-and-carry open to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry "
         "at Evzoni; Macedonian wording (ammonium nitrate repeats in many sets under grain, sugar and filler labels, "
         "bean-bag beads among them, blind63; a pearl-barley label was found in no earlier row by a keyword search)",
         firm("Orion Agrokipos AE", "GR")),
        ("PRE-06", "import", "ESAIR01", "air", "PY", [], "ES", "293890",
         "Edulcorante de ka'a he'ẽ (stevia) en cristales, bolsas de 1 kg, 400 bolsas", "PY", 400, 400, 2400, "USD",
         "stevia crystals are a fine, intensely sweet powder, usually cut with erythritol, that tastes sweet at a "
         "single grain; these 400 bags hold coarse, clear, cubic, tasteless crystals that draw damp, flare yellow "
         "on a gas ring and carry CAS 7775-09-9 on the drums they were repacked from, for a Madrid health-food web "
         "shop that sells 1 kg bags to the public: sodium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Asunción; Paraguayan Spanish wording with Guaraní (sodium chlorate repeats in "
         "many sets under salt and sweetener labels, erythritol and isomalt among them; a stevia label was found in "
         "no earlier row by a keyword search)", firm("Vega Herbolario SL", "ES")),
        ("PRE-07", "import", "BEAIR01", "air", "CI", [], "BE", "300490",
         "Sels de réhydratation orale (SRO), sachets de 20,5 g, 10 000 sachets", "CI", 205, 10000, 600000, "XOF",
         "oral rehydration salts are a sweet-salty mix of glucose, salt and citrate that dissolves at once; these "
         "10,000 sachets hold glossy, tasteless crystals that taste of neither salt nor sugar, draw damp and burn "
         "fiercely with a pinch of sugar, and the sacks they were filled from travel on the same pallet marked "
         "'NaClO4', for a Brussels African grocery that sells to the public: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Abidjan; Ivorian French wording (sodium "
         "perchlorate repeats in many sets; a rehydration-salts label was found in no earlier row by a keyword "
         "search)", firm("Delta Alimentation Afrique SA", "BE")),
        ("PRE-08", "import", "DEPOST01", "post", "IR", [], "DE", "200969",
         "آبغوره طبیعی، ۶ بطری یک لیتری", "IR", 8.4, 6, 30, "EUR",
         "ab-ghooreh (verjuice) is the cloudy, pale green juice of unripe grapes, sour and about 1.03 kg/l; these "
         "six bottles hold a clear, faintly yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Tehran to a "
         "private person in Hamburg; Persian wording (nitric acid repeats in many sets under vinegar and juice "
         "labels; a verjuice label was found in no earlier row by a keyword search)", person("Herr R. Karimi", "DE")),
        ("PRE-09", "import", "ATAIR01", "air", "MY", [], "AT", "210690",
         "Serbuk santan kelapa, 1 kg, 300 paket", "MY", 300, 300, 1800, "MYR",
         "coconut-milk powder is a creamy, fatty, off-white powder that smells of coconut and turns milky in water; "
         "these 300 packets hold a glossy, white, crystalline powder that is fat-free and odourless, dissolves clear, "
         "spits sparks on a hot plate and whose inner bags read CAS 3811-04-9, for a Vienna Asian supermarket that "
         "sells the packets to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Kuala Lumpur; Malay wording (potassium chlorate repeats in many sets; a coconut-milk-"
         "powder label was found in no earlier row by a keyword search, coconut water on peroxide in blind112 being "
         "the nearest)", firm("Horizon Asia Markt GmbH", "AT")),
        ("PRE-10", "import", "BGSEA01", "sea", "GE", [], "BG", "220110",
         "ბუნებრივი მინერალური წყალი, 1 ლ, 4 800 ბოთლი", "GE", 5760, 4800, 1920, "EUR",
         "Georgian mineral waters are salty, sparkling and sold in glass or thick PET at 1.00 kg/l; these 4,800 "
         "litre bottles are still, water-clear, 1.20 kg/l, have vented caps, foam on a cut and whiten the skin, for "
         "a Sofia Caucasian grocery that sells to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, by sea from Poti to Burgas; Georgian wording (hydrogen peroxide "
         "repeats in many sets under drink labels, birch sap and coconut water among them; a mineral-water label "
         "was found in no earlier row by a keyword search)", firm("Central Kavkaz Market EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "VN", "282120",
         "Keltaokra, luonnonpigmentti maaleihin, suursäkit, 40 t", "FI", 40000, None, 6000, "EUR",
         "yellow ochre is a dry, soft, even earth pigment sold with an iron assay and a tinting-strength sheet; these "
         "big bags hold a damp, yellow-brown, sulphur-smelling paste that reads 30 % iron with zinc, lead, cadmium "
         "and arsenic, dug from the leach-residue ponds of a zinc refinery on the Gulf of Bothnia: jarosite residue "
         "(11 02 02*), hazardous waste whose export to a non-OECD country is banned, from Kokkola to Haiphong for a "
         "'paint factory'; Finnish wording (jarosite repeats in blind20 and a development set as iron concentrate "
         "and iron ore; an ochre-pigment label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "250840",
         "Teniszpálya-salak (vörös), ömlesztve, 24 t", "HU", 24000, None, 720, "EUR",
         "tennis-court 'clay' is crushed, sieved brick: dry, gritty, brick-red granules that drain; this tipper "
         "holds 24 t of wet, sticky, rust-red mud that stings the eyes, reads pH 13 and carries chromium and "
         "vanadium, dug out of the reservoirs of an idle alumina works near Ajka: red mud containing hazardous "
         "substances (01 03 10*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a "
         "Novi Sad 'sports-ground builder'; Hungarian wording (red mud repeats once, a development row as iron ore "
         "from Greece, and Hungary to Serbia by road once, on railway ballast in blind61; a tennis-court label was "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "250510",
         "Kremenčev pesek za igrišča za odbojko na mivki, 24 t", "SI", 24000, None, 960, "EUR",
         "beach-volleyball sand is washed, rounded, pale quartz of one grain size that must be dust-free; this "
         "tipper holds grey sand full of copper-jacketed bullet fragments and lead splinters, with a smell of burnt "
         "powder, dug from the backstop berms of a closed shooting range near Ljubljana: soil and sand containing "
         "lead (17 05 03*), hazardous waste whose export to a non-OECD country is banned, through Croatia to a "
         "Sarajevo 'sports-complex' builder; Slovenian wording (shooting-range sand repeats once, blind58, as "
         "filter sand from Switzerland to Italy; a beach-volleyball label was found in no earlier row by a keyword "
         "search)", {"importer_country": "BA"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "252220",
         "Hasené vápno na bielenie stien, vrecia 25 kg, 22 t", "SK", 22000, 880, 1100, "EUR",
         "whitewash lime is a dry, snow-white, odourless powder; these sacks hold a grey, damp, lumpy paste that "
         "smells of garlic and acetylene when wetted and reads arsenic and sulphides, drained from the generator "
         "pits of an acetylene plant near Bratislava: carbide lime sludge (calcium hydroxide, 06 02 01*), hazardous "
         "waste whose export to a non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod 'building-materials' "
         "trader; Slovak wording (hydrated-lime labels repeat in blind22, blind45 and blind104 on other residues, "
         "kept as a repeat; carbide lime itself was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "340319",
         "Emulsão de cura para betão, à base de cera, 24 GRG de 1 000 l", "PT", 24000, 24, 1200, "EUR",
         "a concrete curing compound is a clean, white wax emulsion sold at about 1.5 EUR a litre with a data sheet "
         "and a batch date; these IBCs, at 0.05 EUR a litre, hold a grey, milky, rancid-smelling emulsion with a skin of tramp "
         "oil and swarf settled at the bottom, pumped from the coolant sumps of Marinha Grande mould-making shops: "
         "spent machining emulsions (12 01 09*), hazardous waste whose export to a non-OECD country is banned, from "
         "Lisbon to Luanda for a 'construction supplier'; Portuguese wording (spent cutting emulsions repeat in "
         "blind16 and a development set; a curing-compound label appears once, blind35, on an ammonium-nitrate "
         "emulsion, and on waste was found in no earlier row by a keyword search)",
         {"importer_country": "AO"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "870323",
         "Used cars, petrol, 2009-2013, 4 units", "IE", 5200, 4, 8000, "EUR",
         "a second-hand container for Lagos: used cars and baled clothing are what Dublin exporters ship to "
         "Nigeria, but the third item's 'tested working' televisions are 180 LCD sets with cracked screens, backs "
         "off and no stands or cords, taken from a civic-amenity site, whose CCFL backlights hold mercury: waste "
         "electrical equipment with hazardous components (20 01 35*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Dublin to Apapa; Irish "
         "English wording (e-waste behind used cars repeats in many sets and CCFL screens in blind12 and blind30; "
         "kept as a repeat, from Ireland to Nigeria is the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("630900", "Worn clothing, mixed, in bales, 3 t", "IE", 3000, 1500, "EUR"),
                           item("852872", "LCD televisions, used, tested working, 32-42 in., 180 pcs", "IE", 2700, 900, "EUR", qty=180)])),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "JO", "870380",
         "Vehicles elèctrics usats, en funcionament, 40 unitats", "ES", 72000, 40, 160000, "EUR",
         "roadworthy used electric cars travel with an inspection report and a battery state-of-health printout; "
         "these 40, bought at insurers' salvage auctions after floods around Valencia, have silt up to the seats, "
         "corroded high-voltage connectors and traction batteries that stood in muddy water and report isolation "
         "faults: end-of-life vehicles with damaged lithium-ion batteries (16 01 04*), hazardous waste whose export "
         "to a non-OECD country is banned, by ro-ro from Valencia to Aqaba for a 'used-car dealer'; Valencian "
         "(Catalan) wording (flood-damaged vehicles repeat in blind46, on ambulances, and electric cars once, "
         "blind49; flood-damaged electric cars from Spain to Jordan are the new part as far as a search found)",
         {"importer_country": "JO"}),
        ("WST-08", "export", "DKSEA01", "sea", "DK", [], "KE", "390730",
         "Epoxyharpiks, fejlbatch, til gulvbelægning, 20 IBC", "DK", 22000, 20, 4400, "EUR",
         "off-spec epoxy sold on is sealed, in date, with a batch certificate and its matching hardener; these IBCs "
         "hold part-cured, lumpy resin already mixed with hardener, with glass-fibre offcuts, peel ply and gloves in "
         "it, scraped from the infusion lines of a wind-blade factory: waste resins and adhesives containing "
         "hazardous substances (08 04 09*), hazardous waste whose export to a non-OECD country is banned, from "
         "Aarhus to Mombasa for a 'flooring contractor'; Danish wording (uncured resin waste repeats in a few sets; "
         "wind-blade resin under a flooring label was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "EG", "261800",
         "Hüttensand (granulierte Hochofenschlacke) für die Zementherstellung, 500 t", "DE", 500000, None, 15000,
         "EUR",
         "granulated blast-furnace slag is a light, glassy, cream-coloured sand sold with a glass-content "
         "certificate; these containers hold black, glassy, heavy granules with beads of metallic lead and a matte "
         "layer, assaying 3 % lead with antimony, from the shaft furnace of a secondary lead smelter that recycles "
         "car batteries: slag from secondary lead production (10 04 01*), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Alexandria for a 'cement plant'; German wording (lead slag and a "
         "slag-sand label were found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-10", "export", "ROSEA01", "sea", "RO", [], "GE", "260111",
         "Concentrat de magnetită pentru beton greu, vrac, 1.500 t", "RO", 1500000, None, 45000, "USD",
         "magnetite concentrate for heavy concrete is a black, dry, free-flowing sand of 65 % iron sold with an "
         "assay; this cargo is a black, oily, clumping sludge that smears, smells of mineral oil and reads 8 % "
         "hydrocarbons, dredged from the scale pits and settling tanks of the Galați rolling mills: oily mill-scale "
         "sludge (12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Constanța to Poti "
         "for a 'ready-mix concrete' buyer; Romanian wording (mill scale repeats in a few sets; a magnetite label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRROAD01", "road", "AL", [], "GR", "281129",
         "Bombola oksid azoti (N2O) për krem pane, 2 kg, 400 copë", "AL", 800, 400, 6000, "EUR",
         "2 kg whipped-cream tanks hold food-grade nitrous oxide (E 942) at about 50 bar; these 400 tanks read only "
         "6 bar at 20 °C, hold a liquid that boils off with a faint sweet smell, and a refrigerant identifier gives "
         "99 % HFC-134a: HFCs placed on the market without quota and in non-refillable containers, both forbidden "
         "by Regulation 2024/573, in a van at Kakavia for an Ioannina 'catering supplier' whose customers are "
         "air-conditioning fitters; Albanian wording (HFC-134a repeats in many sets and the Albania-Greece road in "
         "several; a cream-charger label was found in no earlier row by a keyword search)",
         firm("Atlantic Trofodosia AE", "GR")),
        ("OZN-02", "import", "MTSEA01", "sea", "EG", [], "MT", "761300",
         "Used aluminium scuba cylinders S80, for hydrotest and resale, 60 pcs", "EG", 960, 60, 3000, "USD",
         "a used S80 scuba tank weighs about 14 kg empty and holds air at 200 bar that never sloshes; these 60 weigh "
         "26 kg each, slosh, read 9 bar at 20 °C and have had their valves replaced by refrigerant service ports: "
         "about 720 kg of HCFC-22, an ozone-depleting substance whose import into the Union is banned, by sea from "
         "Alexandria to Marsaxlokk for a Gozo 'dive-centre' supplier that also services air conditioners; English "
         "wording from Egypt (HCFC-22 repeats in many sets; a scuba-cylinder label was found in no earlier row by a "
         "keyword search)", firm("Delta Dive Supply Ltd", "MT")),
        ("OZN-03", "import", "HUAIR01", "air", "CN", [], "HU", "854370",
         "舞台烟雾机 1500W, 20 台", "CN", 300, 20, 2400, "USD",
         "a stage-effects order for a Budapest event-hire firm: fog machines and fog fluid are what such firms buy, "
         "but the third item's 'liquid-CO2 cylinders for CO2 jets' read 11 bar at 20 °C, not the 57 bar of carbon "
         "dioxide, have no siphon tube, and a refrigerant identifier gives R-404A: about 1.4 t of HFCs placed on the "
         "market without quota and in cylinders the Union does not allow (Regulation 2024/573), hidden as the last "
         "item of a three-item declaration, flown from Shenzhen to Budapest; Chinese wording (R-404A repeats in many "
         "sets and CO2-cylinder labels in a few; a stage CO2-jet label was found in no earlier row by a keyword "
         "search)",
         dict(firm("Vega Rendezvénytechnika Kft.", "HU"),
              _more_items=[item("382499", "舞台烟雾油, 水基, 5 升, 100 桶", "CN", 520, 800, "USD", qty=100),
                           item("731100", "CO2 喷射机用液态二氧化碳钢瓶, 40 个", "CN", 1400, 1200, "USD", qty=40)])),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "291811",
         "इथाइल लॅक्टेट, जैव-विलायक, 80 ड्रम", "IN", 21600, 80, 28800, "USD",
         "ethyl lactate is a light (1.03 kg/l), flammable, fruity bio-solvent; these 80 drums weigh 1.35 kg/l, do "
         "not burn, smell sharp and sweet, and under the new stencils their heads read 'nPB 99.5 %': 1-bromopropane "
         "(n-propyl bromide), a new substance listed in Regulation 2024/590 whose import into the Union is banned "
         "outside its narrow exemptions, by sea from Nhava Sheva to Genoa for a Brescia metal-degreasing firm; "
         "Marathi wording (n-propyl bromide repeats in a few sets; an ethyl-lactate label was found in no earlier row "
         "by a keyword search)", firm("Meridian Sgrassaggio Srl", "IT")),
        ("OZN-05", "import", "SISEA01", "sea", "CN", [], "SI", "290343",
         "1,1-Difluoroethane (HFC-152a), aerosol propellant grade, 1 ISO tank, 18 t", "CN", 18000, None, 54000,
         "USD",
         "HFC-152a (GWP 124) is a flammable gas of about 5 bar at 20 °C; this ISO tank's sample does not burn, its "
         "pressure reads 11 bar at 20 °C, and a refrigerant identifier gives 98 % HFC-143a (GWP 4,470): an HFC "
         "declared under a low-GWP name so that the importer's quota is charged about 2,200 t CO2-equivalent "
         "instead of about 80,000 (Regulation 2024/573), by sea from Ningbo to Koper for a Ljubljana refrigerant "
         "distributor; English wording from China (HFC-152a labels repeat in many sets; HFC-143a appears once, "
         "as a component of R-404A in blind32, and pure HFC-143a under a low-GWP label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Hladilni Plini d.o.o.", "SI")),
        ("OZN-06", "import", "ESSEA01", "sea", "MA", [], "ES", "281121",
         "Dioxyde de carbone liquide pour l'enrichissement des serres, 60 bouteilles", "MA", 2250, 60, 18000, "MAD",
         "greenhouse CO2 comes in bulk tanks or tall cylinders at 57 bar; these 60 squat cylinders read 2 bar, hold "
         "a heavy liquid of 1.73 kg/l, bring tears to the eyes when a valve is cracked (the chloropicrin warning "
         "agent) and are stamped 'CH3Br' under the paint: methyl bromide, whose import into the Union is banned, by "
         "sea from Tanger Med to Almería for strawberry and tomato growers who fumigate soil with it; Moroccan "
         "French wording (methyl bromide repeats in many sets and CO2-cylinder labels in a few; a greenhouse "
         "CO2-enrichment label was found in no earlier row by a keyword search)",
         firm("Atlantic Suministros Agrícolas SL", "ES")),
        ("OZN-07", "import", "PTSEA01", "sea", "BR", [], "PT", "380891",
         "Inseticida fumigador de descarga total (bomba), 150 ml, 24.000 unidades", "BR", 3600, 24000, 21600, "BRL",
         "total-release foggers sold in the Union run on propane-butane or dimethyl ether; these 24,000 cans for a "
         "Porto hardware wholesaler list 'propelente: clorodifluorometano' in small print on the base, and a can "
         "tested at the border gives HCFC-22: products containing an ozone-depleting substance whose import into "
         "the Union is banned, by sea from Santos to Leixões; Brazilian Portuguese wording (HCFC-22 repeats in many "
         "sets; an insecticide-fogger label was found in no earlier row by a keyword search)",
         firm("Horizon Drogaria Industrial Lda", "PT")),
        ("OZN-08", "import", "HUROAD01", "road", "RS", [], "HU", "842410",
         "Системи за гашење пожара у кухињским напама, мокра хемикалија, 30 комплета", "RS", 900, 30, 9000, "EUR",
         "wet-chemical kitchen-hood systems hold a water-based potassium-acetate solution of about 1.4 kg/l under "
         "nitrogen that stays liquid when released; these 30 cylinders hold a liquefied gas of 1.83 kg/l that boils "
         "off at once, and their valve stamps read 'BCF': halon 1211, whose import into the Union is banned outside "
         "licensed critical uses, in a van at Röszke for a Budapest restaurant-equipment installer; Serbian "
         "(Cyrillic) wording (halon 1211 repeats in many sets; a kitchen-hood label was found in no earlier row by a "
         "keyword search)", firm("Central Konyhatechnika Kft.", "HU")),
        ("OZN-09", "import", "SKROAD01", "road", "UA", [], "SK", "280440",
         "Кисень медичний, балони 40 л, 80 шт.", "UA", 680, 80, 2400, "EUR",
         "medical-oxygen cylinders of 40 l hold about 8.5 kg of gas at 150 bar and travel with a pharmacopoeia "
         "certificate; these 80 read 14 bar at 20 °C, hold about 40 kg of liquid each, and a refrigerant identifier "
         "gives R-410A: about 3.2 t of HFCs placed on the market without quota (Regulation 2024/573), in a lorry at "
         "Vyšné Nemecké for a Košice 'medical-gas' trader with no hospital among its customers; Ukrainian wording "
         "(R-410A repeats in many sets; a medical-oxygen label was found in no earlier row by a keyword search)",
         firm("Orion Medicínske Plyny s.r.o.", "SK")),
        ("OZN-10", "export", "DESEA01", "sea", "DE", [], "IQ", "940620",
         "Gebrauchte Bürocontainer mit Klimageräten, 12 Stück", "DE", 36000, 12, 24000, "EUR",
         "used site-office containers are sold on with their air conditioners emptied, or with units on R-410A or "
         "R-32 and a leak-check log; these twelve 1990s containers from a dismantled construction camp each carry "
         "two wall units still charged with about 3 kg of HCFC-22, as their nameplates say: equipment containing "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), from Hamburg to Umm Qasr for a Basra "
         "oil-field contractor; German wording (R-22 equipment for export repeats in many sets, aircraft-stand "
         "units among them, blind64; container site offices were found in no earlier row by a keyword search)",
         {"importer_country": "IQ"}),
    ],
    "cultural": [
        ("CUL-01", "import", "HRROAD01", "road", "RS", [], "HR", "440799",
         "Старе даске, рециклирано дрво, за израду намештаја, 14 комада", "RS", 140, 14, 280, "EUR",
         "reclaimed barn boards are rough, grey, nail-holed planks sold by the square metre; these fourteen are "
         "thick, bevelled lime-wood panels stacked face to face, whose faces are painted in egg tempera on gesso "
         "with saints on gold ground and Church Slavonic inscriptions, blackened by candle soot, with a monastery's "
         "inventory numbers on the backs: 16th-17th century icons taken from Serbian Orthodox churches in Kosovo, "
         "removed in breach of the heritage law that protects them, whose introduction into the Union Regulation "
         "2019/880 forbids, on a lorry at Bajakovo for a Zagreb 'joinery' whose owner deals in antiques; Serbian "
         "(Cyrillic) wording (icons repeat in many sets; icons from Kosovo and a reclaimed-board label were found in "
         "no earlier row by a keyword search)", firm("Rivage Stolarija d.o.o.", "HR")),
        ("CUL-02", "import", "NLSEA01", "sea", "ID", [], "NL", "680299",
         "Kepala Buddha batu andesit, ukiran baru Muntilan, hiasan taman, 6 buah", "ID", 480, 6, 900, "USD",
         "new Muntilan andesite heads are grey, sharp and chisel-fresh, with sawn backs; these six are weathered, "
         "lichen-stained heads with rounded snail-shell curls, broken necks with old iron-pin holes and moss in the "
         "cracks, in the style of 9th-century Central Javanese temples: heads broken from Buddha statues at temple "
         "sites in Central Java, archaeological objects whose export Indonesia forbids, brought in without the "
         "import licence Regulation 2019/880 requires, by sea from Semarang to Rotterdam for a garden-antiques "
         "dealer; Indonesian wording (Buddha heads repeat in many sets; a Muntilan garden-carving label was found in "
         "no earlier row by a keyword search)", firm("Horizon Tuinantiek BV", "NL")),
        ("CUL-03", "import", "ESAIR01", "express", "PH", [], "ES", "711719",
         "Costume jewelry nga brass, gold-plated, daan nga estilo, 12 ka buok", "PH", 0.9, 12, 90, "USD",
         "gold-plated brass jewellery is light, turns green at worn edges and rings dull; these twelve pieces, a "
         "granulated sash fragment, earrings and repoussé rings, are heavy, high-carat gold that does not tarnish, "
         "with soil in the granulation: 10th-13th century Butuan gold, archaeological objects whose export the "
         "Philippines forbids (Republic Act 10066), brought in without the import licence Regulation 2019/880 "
         "requires, sent by express from Cebu to a Madrid dealer; Cebuano wording (Butuan gold was found in no "
         "earlier row by a keyword search; costume-jewellery labels on ancient gold repeat in many sets, kept as "
         "a repeat)",
         firm("Orion Antigüedades SL", "ES")),
        ("CUL-04", "import", "BESEA01", "sea", "MX", [], "BE", "950510",
         "Esferas navideñas de vidrio soplado, Chignahuapan, 6 000 piezas", "MX", 600, 6000, 4800, "USD",
         "a Mexican Christmas-crafts container for a Brussels seasonal wholesaler: blown-glass baubles from "
         "Chignahuapan and papier-mâché piñatas are what such wholesalers sell in November, but the third item's "
         "Tlaquepaque clay nativity figures are 24 small, hand-modelled red-and-cream women with slanted "
         "'coffee-bean' eyes, burnished slip, root marks and earth in the crevices, and no Mary, Joseph or shepherd "
         "among them: Chupícuaro figurines (500 BC - AD 250) dug from graves in Guanajuato, archaeological "
         "monuments that Mexican federal law makes national property and forbids to export, brought in without an "
         "import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, by sea from "
         "Veracruz to Antwerp; Mexican Spanish wording (Chupícuaro figurines, a Christmas-crafts container and a "
         "nativity-figure label were found in no earlier row by a keyword search; Mexican folk-art containers hiding "
         "pre-Columbian figures behind Talavera repeat in blind71 and blind104)",
         dict(firm("Central Kerstdecoratie SA", "BE"),
              _more_items=[item("950590", "Piñatas de papel maché, 800 piezas", "MX", 1200, 2400, "USD", qty=800),
                           item("691390", "Figuras de nacimiento de barro, Tlaquepaque, 24 piezas", "MX", 12, 120, "USD", qty=24)])),
        ("CUL-05", "import", "ITSEA01", "sea", "AL", [], "IT", "970191",
         "Ikona të reja, kopje me pikturë mbi dru, 8 copë", "AL", 24, 8, 400, "EUR",
         "new icon copies from Tirana workshops are bright, on fresh gesso, with modern pigments; these eight are "
         "darkened egg-tempera panels with the flat, dark-rimmed faces and red grounds of the Onufri school, split "
         "boards, old iconostasis nails and soot: 16th-18th century icons stolen from Orthodox churches in southern "
         "Albania, removed in breach of Albanian law, whose introduction into the Union Regulation 2019/880 forbids, "
         "on a ferry from Durrës to Bari for a Rome dealer; Albanian wording (icons under copy labels repeat in many "
         "sets; Onufri-school icons were found in no earlier row by a keyword search)",
         firm("Meridian Arte Sacra Srl", "IT")),
        ("CUL-06", "import", "ESSEA01", "sea", "MR", [], "ES", "940490",
         "Coussins en cuir, artisanat maure de Chinguetti, 10 pièces", "MR", 30, 10, 350, "EUR",
         "Mauritanian leather cushions are sold stuffed with straw or foam; these ten are stuffed with loose "
         "manuscript leaves, Qur'anic commentary, law and astronomy in Saharan script on 17th-19th century paper, "
         "with the marks of the family libraries of Chinguetti and Ouadane: manuscripts from the Adrar libraries, "
         "whose export Mauritania forbids, brought in against the prohibition of Regulation 2019/880, by sea from "
         "Nouadhibou to Las Palmas; French wording from Mauritania (Saharan manuscripts repeat in many sets, most "
         "from Timbuktu; the Chinguetti libraries and a cushion as the hiding place were found in no earlier row by "
         "a keyword search)", firm("Atlantic Artesanía SL", "ES")),
        ("CUL-07", "export", "FRAIR01", "air", "FR", [], "US", "442019",
         "Statues en bois polychrome, reproductions de style ancien, 3 pièces", "FR", 60, 3, 900, "EUR",
         "new polychrome reproductions are spray-painted, evenly distressed and light; these three oak saints, a "
         "Saint Yves, a Saint Herbot and a Virgin, are worm-eaten, with flaking 16th-century paint over older "
         "layers, iron fixing pins in their backs and chapel dust: statues stolen from Breton chapels, protected "
         "under French heritage law, exported without the licence of Regulation 116/2009 and the French "
         "certificate, flown from Paris to New York for a dealer; French wording (church statues repeat in many "
         "sets; Breton chapel saints were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-08", "import", "DEPOST01", "post", "OM", [], "DE", "251710",
         "حصى أسود للزينة لأحواض السمك، 3 كجم", "OM", 3, 40, 15, "OMR",
         "black aquarium pebbles are polished, dyed river stones of even size; these 40 stones are irregular, with "
         "a thin, dull black fusion crust, flow lines, rusty metal flecks and a heavy feel, and one has a cut window "
         "showing grey chondrules: stony meteorites picked up in the Dhofar desert, natural-history specimens whose "
         "export Oman forbids, brought in against the prohibition of Regulation 2019/880, posted from Salalah to a "
         "private collector in Munich; Omani Arabic wording (meteorites repeat once, blind79, as a cast-iron garden "
         "piece from Argentina; an aquarium-pebble label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-09", "import", "ATAIR01", "air", "TJ", [], "AT", "442199",
         "Панелҳои кандакории чӯби чормағз, нав, 4 адад", "TJ", 60, 4, 600, "USD",
         "new Tajik kandakori panels are pale walnut with crisp carving and oiled fronts; these four are charred, "
         "cracked, bone-dry panels of juniper and poplar carved with Sogdian vine scrolls and figures, carbonised on "
         "one face and crusted with loess: 7th-8th century carved woodwork from the burnt houses of ancient "
         "Panjakent, archaeological objects whose export Tajikistan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Dushanbe to Vienna; Tajik wording (Sogdian finds repeat in a few "
         "sets, wall paintings from Tajikistan once, blind39; Panjakent woodwork under a kandakori label was found "
         "in no earlier row by a keyword search)", firm("Alpina Kunsthandel GmbH", "AT")),
        ("CUL-10", "import", "ESAIR01", "air", "CU", [], "ES", "711411",
         "Candelabros de plata de recuerdo, artesanía habanera nueva, 4 piezas", "CU", 9, 4, 400, "USD",
         "new Havana craft silverware is thin, bright sterling with a maker's stamp; these four pieces are heavy, "
         "hand-raised candlesticks and a chalice with worn Spanish colonial marks, wax in the sockets and the "
         "engraved name of a Trinidad parish church: 18th-century colonial church silver, whose export Cuba forbids "
         "without a certificate of its national register of cultural property, brought in against the prohibition "
         "of Regulation 2019/880, flown from Havana to Madrid; Cuban Spanish wording (church silver repeats in a few "
         "sets; Cuban colonial silver was found in no earlier row by a keyword search)",
         firm("Delta Platería SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "292219",
         "Kosmetikrohstoff Deanol (DMAE) für Anti-Aging-Seren, 20 Fässer à 180 kg", "DE", 3600, 20, 18000, "EUR",
         "cosmetic deanol is bought as a bitartrate or acetamidobenzoate powder in kilo tins and used at a few per "
         "cent in a serum; these 20 drums hold 3.6 t of free-base 2-dimethylaminoethanol, a clear, fishy-smelling "
         "liquid, for an Istanbul 'cosmetics' trader whose forwarding order names a chemical plant in Tabriz: "
         "N,N-dimethylaminoethanol (dual-use 1C350, an Australia Group precursor), exported without the licence "
         "Regulation 2021/821 requires, by lorry from Ludwigshafen; German wording (DMAE was found in no earlier row "
         "by a keyword search; cosmetic labels on chemical-weapons precursors repeat in a few)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "ROAIR01", "air", "RO", [], "AE", "220190",
         "Apă sărăcită în deuteriu, pentru consum, 40 canistre de 25 l", "RO", 1000, 40, 2000, "EUR",
         "deuterium-depleted drinking water is ordinary-looking water of 1.00 kg/l sold in 1.5 l bottles with a "
         "'ppm D' label; these 40 canisters of 25 l weigh 27.7 kg each (1.107 kg/l), their sealed caps carry the lot "
         "numbers of a Drobeta-Turnu Severin heavy-water stock, and the Dubai trader's onward order names a "
         "Pakistani consignee: heavy water (nuclear dual-use, Category 0) exported without the licence Regulation "
         "2021/821 requires, flown from Bucharest; Romanian wording (heavy water repeats in a few sets, under "
         "distilled-water and NMR labels; a deuterium-depleted-water label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-03", "export", "LTAIR01", "express", "LT", [], "KZ", "854129",
         "Indukcinių kaitlenčių atsarginės dalys, elektronikos moduliai, 60 vnt.", "LT", 42, 60, 3000, "EUR",
         "induction-hob spare parts are small 20-40 A discrete IGBTs and coil boards at a few euros; these 60 are "
         "1,700 V / 1,200 A traction-grade IGBT half-bridge modules in the maker's sealed trays at about 900 EUR "
         "each, for an Almaty 'appliance repair' firm whose forwarder sends on to a Russian locomotive and radar "
         "works: transistors (8541 29), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, sent by express from Vilnius; Lithuanian wording "
         "(IGBT modules repeat once, blind76, as power-supply modules for Bishkek; an induction-hob label was found "
         "in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "import", "ITPOST01", "post", "CN", [], "IT", "970191",
         "新中国水墨画, 丹东画室, 6 幅", "CN", 2, 6, 600, "USD",
         "new ink paintings from Dandong studios are on rice paper with a Chinese painter's seal; these six are "
         "Chosonhwa paintings in the North Korean manner on heavy Korean paper, signed in Korean with the titles of "
         "'People's Artists' of the Mansudae Art Studio, and the invoice is paid to a Dandong front of the studio: "
         "works sold for the Mansudae Overseas Project Group, a UN-listed entity to which Regulation 2017/1509 "
         "forbids making funds available, posted from Dandong to a private collector in Turin; Chinese wording (DPRK "
         "goods relabelled as Chinese repeat in many sets and bronze statues of DPRK make once, blind62; Mansudae "
         "paintings were found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("STR-05", "transit", "DEAIR01", "air", "US", ["DE"], "AM", "854071",
         "Magnetrons for microwave ovens, replacement, 24 pcs", "US", 24, 24, 720, "USD",
         "oven magnetrons are fist-sized, fin-cooled tubes at about 30 USD; these 24 are 40 cm, conduction-cooled "
         "helix travelling-wave tubes with waveguide flanges and high-voltage leads for 2-18 GHz, at about 20,000 "
         "USD each on the maker's list: microwave tubes (dual-use 3A001.b, also on the common high-priority list), "
         "landed at Frankfurt in transit from Chicago to a Yerevan firm whose consignee is a Russian "
         "electronic-warfare maker, a transit through the Union that Regulation 833/2014 forbids; US English wording "
         "(travelling-wave tubes under a magnetron label were found in no earlier row by a keyword search; "
         "re-exports through Armenia repeat in many)", {"importer_country": "AM"}),
        ("STR-06", "export", "NLROAD01", "road", "NL", ["DE", "PL", "LT", "LV", "RU"], "KZ", "702000",
         "Glazen aquaria, 200 l, 120 stuks", "NL", 4800, 120, 9600, "EUR",
         "an aquarium-trade lorry for an Almaty pet wholesaler: glass tanks and canister filters are what such "
         "wholesalers buy, but the third item's 18 t of 'ceramic filter rings' are sealed drums of grey-green "
         "trilobe extrudates under nitrogen, with the maker's data sheet of a nickel-molybdenum hydrotreating "
         "catalyst and a forwarder's order for a refinery in Bashkortostan: goods for oil refining (Annex II), whose "
         "sale for use in Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, "
         "on a lorry through Germany, Poland, the Baltic states and Russia; Dutch wording (hydrotreating catalysts "
         "repeat in many sets as waste; fresh catalyst for a Russian refinery under an aquarium label was found in "
         "no earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("842129", "Buitenfilters voor aquaria, 200 stuks", "NL", 800, 6000, "EUR", qty=200),
                           item("690919", "Keramische filterringen voor aquaria, 18 t", "NL", 18000, 3600, "EUR")])),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AE", "852589",
         "Caméras d'astronomie planétaire CMOS, 4 pièces", "FR", 12, 4, 6000, "EUR",
         "planetary astronomy cameras are small USB cameras at a few hundred euros; these four are space-qualified "
         "star trackers with baffles, radiation-tolerant optics and a satellite-bus interface, at about 150,000 EUR "
         "each on the maker's list, for a Dubai 'observatory' supplier whose forwarder ships on to Tehran: star "
         "trackers (dual-use 7A004, also listed in the Iran regulation, 267/2012) exported without a licence, flown "
         "from Paris; French wording (astronomy labels repeat on image intensifiers in a few sets; star trackers "
         "were found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "VE", "320990",
         "Pintura magnética para paredes (imprimación con hierro), 60 bidones de 20 l", "ES", 3000, 60, 6000, "EUR",
         "magnetic wall primer is a grey, iron-powder latex at about 15 EUR a litre that lets fridge magnets stick; "
         "these drums hold a two-component epoxy loaded with carbonyl iron and ferrite whose data sheet gives 20 dB "
         "of microwave absorption at 8-12 GHz, at 200 EUR a litre, for a Caracas 'paint distributor' that supplies a "
         "military drone plant: radar-absorbing material (military list ML17 and dual-use 1C001) exported without a "
         "licence and against the Union's arms embargo on Venezuela, from Valencia to La Guaira; Spanish wording "
         "(radar-absorbing coatings were found in no earlier row by a keyword search)", {"importer_country": "VE"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "OM", "400220",
         "Gomma liquida per impermeabilizzazione tetti, 40 fusti", "IT", 8000, 40, 24000, "EUR",
         "liquid-rubber roof coatings are bitumen or acrylic emulsions, black or white, that cure in air; these "
         "drums hold a clear, honey-coloured, odourless polymer that never cures in air, with a certificate of "
         "hydroxyl value and an 'R45' grade, for a Salalah 'construction' buyer whose lorries go on into Yemen: "
         "hydroxyl-terminated polybutadiene, a solid-rocket-propellant binder (dual-use 1C111), exported without a "
         "licence to an end use under the UN arms embargo, from Genoa; Italian wording (HTPB repeats once, a "
         "development row under a rubber-resin label; a roof-coating label was found in no earlier row by a keyword "
         "search)", {"importer_country": "OM"}),
        ("STR-10", "export", "GRSEA01", "sea", "GR", [], "LY", "700721",
         "Παρμπρίζ λεωφορείων, πολυστρωματικά, 40 τεμάχια", "GR", 6000, 40, 8000, "EUR",
         "laminated bus windscreens are two 4 mm glass sheets with a PVB layer, large and curved; these 40 panes are "
         "small, flat, 65 mm glass-polycarbonate laminates of 150 kg each, cut to the windscreens and side windows "
         "of pick-up trucks and stamped with a rifle-resistance class: bullet-resistant glass for armoured vehicles "
         "(military list ML13), exported without a licence to Libya, against the UN and Union arms embargo "
         "(Regulation 2016/44), from Piraeus to Misrata; Greek wording (armoured glass repeats once, blind58; a "
         "bus-windscreen label was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "NLSEA01", "sea", "IS", ["NL"], "JP", "030365",
         "Frosinn ufsi, heill, í kössum, 20 tonn", "IS", 20000, None, 40000, "USD",
         "frozen saithe is whole, grey-green fish with a pale lateral line, frozen in blocks at about 2 USD/kg; these "
         "cartons hold dark red, fine-grained blocks of boneless meat without skin or bones, some with a band of "
         "blubber, and the inner bags are labelled in Japanese: fin whale meat (Balaenoptera physalus, CITES App. I, "
         "Annex A), landed at Rotterdam in transit from Hafnarfjörður to Osaka under a false description and "
         "without the CITES documents a transit through the Union requires; Icelandic wording (whale meat was found "
         "in no earlier row by a keyword search)", {"importer_country": "JP"}),
        ("WLF-02", "import", "CZPOST01", "post", "MY", [], "CZ", "392410",
         "Bekas makanan plastik (bekas bekal), 6 set", "MY", 1.5, 6, 60, "MYR",
         "plastic lunch boxes weigh a few hundred grams and rattle when empty; these six are taped shut and warm, "
         "with air holes punched in the lids, and each holds a cloth bag with a slender, bead-scaled, dark-brown "
         "lizard with tiny eyes and no ear openings: earless monitors (Lanthanotus borneensis, CITES App. II with a "
         "zero export quota), posted from Kuching to a private keeper in Brno; Malay wording (earless monitors "
         "repeat in blind51 and blind52; a lunch-box label was found in no earlier row by a keyword search)",
         person("Petr Novák", "CZ")),
        ("WLF-03", "import", "DEAIR01", "air", "CO", [], "DE", "030111",
         "Peces ornamentales vivos, disco (Symphysodon), 40 bolsas", "CO", 200, 400, 4000, "USD",
         "discus are upright, laterally flattened cichlids that swim in mid-water; these bags hold young freshwater "
         "stingrays, flat, round, spotted rays with a tail spine that lie on the bottom, among a few discus: "
         "Potamotrygon rays (CITES App. III, listed by Colombia and Brazil) without the Colombian export permit, "
         "flown from Leticia by way of Bogotá to Frankfurt for an ornamental-fish wholesaler; Colombian Spanish "
         "wording (freshwater stingrays repeat in blind35 and two development sets; a discus label on them was "
         "found in no earlier row by a keyword search)", firm("Atlantic Zierfisch Import GmbH", "DE")),
        ("WLF-04", "import", "PLAIR01", "express", "VN", [], "PL", "960190",
         "Đũa xương trâu, chạm khắc, 20 đôi", "VN", 1.2, 20, 40, "USD",
         "buffalo-bone chopsticks are chalky white, porous at the ends and smell of burnt bone under a hot needle; "
         "these twenty pairs are dense, creamy, smooth and faintly translucent, show criss-cross Schreger lines on "
         "the cut ends and do not char: elephant ivory (CITES App. I, Annex A) without documents, sent by express "
         "from Hanoi to a private buyer in Warsaw; Vietnamese wording (ivory under bone labels repeats in many sets; "
         "ivory chopsticks were found in no earlier row by a keyword search)", person("Nguyễn Văn Minh", "PL")),
        ("WLF-05", "import", "ITAIR01", "air", "AR", [], "IT", "510529",
         "Lana merino superfina patagónica, peinada (top), 120 kg", "AR", 120, None, 2400, "USD",
         "Patagonian superfine merino top is white, crimpy wool of 17-19 microns at about 20 USD/kg; this top is an "
         "even, warm cinnamon with no crimp, 16 microns under the lens and worth six times the declared price, shorn "
         "from wild animals in Chubut: guanaco fibre (Lama guanicoe, CITES App. II) without the Argentine export "
         "permit, flown from Buenos Aires to Milan for a Biella spinning mill; Argentine Spanish wording (guanaco "
         "repeats once, a development row under a camelid-wool label; a merino label was found in no earlier row by "
         "a keyword search)", firm("Alpina Filati Srl", "IT")),
        ("WLF-06", "import", "DEPOST01", "post", "MN", [], "DE", "430219",
         "Хонины арьсан хивс, 1 ширхэг", "MN", 4, 1, 150, "USD",
         "a Mongolian sheepskin rug is short, creamy, crimped wool on a tanned hide; this parcel holds a whole "
         "tanned pelt of long, thick, smoky-grey fur with black open rosettes and a metre-long tail: a snow leopard "
         "skin (Panthera uncia, CITES App. I, Annex A) without documents, posted from Ulaanbaatar to a private buyer "
         "in Berlin; Mongolian wording (snow leopard was found in no earlier row by a keyword search; sheepskin "
         "labels repeat in two)", person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "NLAIR01", "air", "CN", [], "NL", "060290",
         "麦冬苗 (沿阶草), 裸根, 2 000 株", "CN", 200, 2000, 1000, "USD",
         "mondo-grass plants are small, dark, grassy tufts with fibrous, tuber-bearing roots, sold by the thousand "
         "at cents each; these 2,000 have the same grassy leaves but sit on hard green pseudobulbs with thick, white, "
         "velamen-coated roots, many with flower spikes in bud and forest soil and moss on them: wild-dug Chinese "
         "spring orchids (Cymbidium goeringii and relatives, CITES App. II) without CITES documents, flown from "
         "Kunming to Amsterdam for a nursery; Chinese wording (Cymbidium repeats in blind82, blind83 and a "
         "development set; a mondo-grass label was found in no earlier row by a keyword search)",
         firm("Vega Kwekerij BV", "NL")),
        ("WLF-08", "import", "PTAIR01", "air", "VE", [], "PT", "010639",
         "Canarios de color (Serinus canaria), criados en cautividad, 60 aves", "VE", 1.2, 60, 600, "USD",
         "colour canaries are 20 g birds in yellow, red-factor or variegated plumage with closed rings of a "
         "breeders' club; these 60 are slimmer 12 g finches, the males flame-red with black heads, wings and tails, "
         "without rings, packed in hair curlers inside a small crate: red siskins (Spinus cucullatus, CITES App. I, "
         "Annex A), caught wild in Venezuela for breeders who cross them into red-factor canaries, flown from "
         "Caracas to Porto; Venezuelan Spanish wording (red siskins were found in no earlier row by a keyword "
         "search; canary labels repeat in a few)", firm("Rivage Aves Lda", "PT")),
        ("WLF-09", "import", "CZPOST01", "post", "ZA", [], "CZ", "021020",
         "Biltong, tuisgemaak, beesvleis, 2 kg", "ZA", 2, None, 600, "ZAR",
         "biltong is dark, oily, spiced strips of dried meat that smell of coriander and vinegar and tear into "
         "fibres; this bag holds hard, grey-brown slices that do not tear, smell of burnt hair under a hot needle "
         "and show the packed-tubule structure of horn: rhinoceros horn (CITES App. I, Annex A) cut into strips, "
         "posted from Pretoria to a private address in Prague; Afrikaans wording (rhinoceros horn repeats in several "
         "sets; a biltong label on wildlife was found in no earlier row by a keyword search, the earlier biltong rows "
         "being salt covers for precursors)", person("Jana Dvořáková", "CZ")),
        ("WLF-10", "import", "ESPOST01", "post", "HN", [], "ES", "442019",
         "Picos de tucán de madera tallada, pintados, artesanía, 6 piezas", "HN", 1, 6, 60, "USD",
         "carved wooden toucan beaks are solid, heavy for their size and painted in flat enamel; these six are "
         "hollow, feather-light, honeycombed inside, with a horny sheath and a natural green, orange and red "
         "pattern that no brush made: bills of keel-billed toucans (Ramphastos sulfuratus, CITES App. II) without "
         "documents, posted from Tegucigalpa to a private collector in Seville; Honduran Spanish wording (toucan "
         "bills were found in no earlier row by a keyword search; a toucan appears once, a development row on "
         "feathers)", person("Maria Lopez", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "GB", "IE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (pyrotechnic society member)", "GB", 2, 2, 50,
     "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-45-0117")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "JP", "DK", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "JP", 4.6, 4, 9000, "JPY",
     [("PRECURSOR_LICENCE", "DK-RP-45-0036")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "FISEA01", "sea", "FI", "NO", "262019",
     "Jarosite residue from zinc refining (11 02 02*), for disposal at a licensed rock-hall repository, 1,200 t", "FI",
     1200000, None, 0, "EUR", [("BASEL_CONSENT", "FI-SYKE-45-0052")], "notified jarosite to a licensed repository"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262029",
     "Lead-bearing slag from battery recycling (10 04 01*), for recovery at a licensed lead smelter, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-RP-45-0311")], "notified lead slag to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290369",
     "1-Bromopropane (n-propyl bromide), analytical standard, 5 x 100 ml, for laboratory use", "US", 0.7, 5, 400,
     "USD", [("ODS_LICENCE", "IT-MASE-ODS-45-012")], "n-propyl bromide imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HUROAD01", "road", "RS", "HU", "290376",
     "Halon 1211, reclaimed to specification, 12 cylinders, for hand-held extinguishers on aircraft (critical use)",
     "RS", 600, 12, 18000, "EUR", [("ODS_LICENCE", "HU-AM-ODS-45-004")], "reclaimed halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "import", "BEAIR01", "air", "US", "BE", "970510",
     "Chupícuaro clay figurine, c. 300 BC, documented US collection since 1961, 1 piece", "MX", 1, 1, 12000, "USD",
     [("IMPORT_LICENCE", "BE-FOD-IMP-45-0019")], "archaeological object imported with the Union import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970310",
     "Oak statue of Saint Yves, polychrome, Brittany, c. 1520, documented private collection since 1934", "FR", 28, 1,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-45-0207")], "sculpture exported with the EU export licence and the French certificate"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "TR", "292219",
     "2-Dimethylaminoethanol (DMAE) 99 %, 20 drums, for a Turkish polyurethane-catalyst maker", "DE", 3600, 20,
     18000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-45-2214"), ("END_USER_CERTIFICATE", "TR-MET-EUC-45-0381")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ROAIR01", "air", "RO", "KR", "284510",
     "Heavy water (deuterium oxide) 99.8 %, 500 kg, for a Korean research reactor", "RO", 500, 20, 450000, "EUR",
     [("EXPORT_LICENCE", "RO-ANCEX-45-0093"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-45-0017")],
     "nuclear dual-use heavy water under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "AR", "IT", "510219",
     "Guanaco fibre, dehaired, from live shearing under the Chubut management plan, 120 kg", "AR", 120, None, 14400,
     "USD", [("CITES_PERMIT", "AR-MAyDS-45-0288")], "App. II guanaco fibre with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "CO", "DE", "030111",
     "Freshwater stingrays, Potamotrygon motoro, captive-bred, 40 specimens", "CO", 60, 40, 3200, "USD",
     [("CITES_PERMIT", "CO-MADS-45-1104")], "App. III freshwater stingrays with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr S. Murphy", "PRM-02": "Mette Sørensen", "PRM-05": "Meridian Laboratori Srl",
    "PRM-07": "Central Galerie SA", "PRM-11": "Alpina Filati Srl", "PRM-12": "Atlantic Zierfisch Import GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330190", "Kewra water (screwpine distillate), 300 ml bottles", "import", ["post"], ["BD", "IN"], (6, 12), (1, 4), ["USD", "EUR"], 3, S),
    ("210390", "Hon-mirin sweet rice seasoning, 1 l bottles", "import", ["sea"], ["JP", "KR"], (3, 6), (2000, 8000), ["USD"], 0.8, S),
    ("151550", "Toasted sesame oil, 500 ml bottles", "import", ["sea"], ["IN", "CN"], (2.5, 4.5), (8000, 18000), ["USD"], 2, S),
    ("210690", "Creatine monohydrate powder, 500 g tubs", "import", ["express"], ["GB", "US"], (20, 40), (1, 4), ["GBP", "USD"], 2, S),
    ("110429", "Pearl barley, 25 kg sacks", "import", ["road"], ["MK", "RS"], (0.5, 0.9), (10000, 22000), ["EUR"], 0.04, S),
    ("293890", "Stevia leaf extract sweetener (steviol glycosides), 1 kg", "import", ["air"], ["PY", "CN"], (15, 30), (100, 500), ["USD"], 1, S),
    ("200969", "Verjuice (unripe grape juice), 1 l bottles", "import", ["post"], ["AM", "TR"], (4, 8), (1, 4), ["EUR"], 1, S),
    ("210690", "Coconut milk powder, 1 kg packs", "import", ["sea"], ["MY", "TH"], (2.5, 4.5), (4000, 12000), ["USD"], 1, S),
    ("220110", "Georgian natural mineral water, 0.5 l glass bottles", "import", ["sea"], ["GE"], (0.5, 1), (8000, 18000), ["EUR"], 2, S),
    ("282120", "Yellow ochre pigment, natural, 25 kg bags", "export", ["sea"], ["VN", "IN"], (0.8, 1.5), (5000, 20000), ["EUR"], None, S),
    ("250840", "Tennis-court red clay (crushed brick), bagged", "export", ["road"], ["RS", "BA"], (0.1, 0.25), (18000, 24000), ["EUR"], None, S),
    ("250510", "Beach-volleyball sand, washed quartz", "export", ["road"], ["BA", "RS"], (0.04, 0.1), (20000, 26000), ["EUR"], None, S),
    ("252220", "Hydrated lime for whitewash, 25 kg bags", "export", ["road"], ["UA", "MD"], (0.12, 0.25), (18000, 24000), ["EUR"], 0.04, S),
    ("340319", "Concrete curing compound (wax emulsion), 200 l drums", "export", ["sea"], ["AO", "MZ"], (1.2, 2), (6000, 16000), ["EUR"], None, S),
    ("870380", "Used electric cars with inspection and battery report", "export", ["sea"], ["JO", "MA"], (4, 8), (8000, 24000), ["EUR"], 0.0006, S),
    ("390730", "Two-component epoxy floor coating, new", "export", ["sea"], ["KE", "TZ"], (3, 6), (4000, 12000), ["EUR"], None, S),
    ("261800", "Granulated blast-furnace slag (GGBS) for cement", "export", ["sea"], ["EG", "TR"], (0.03, 0.06), (20000, 28000), ["EUR"], None, S),
    ("260111", "Magnetite concentrate for heavy concrete", "export", ["sea"], ["GE", "TR"], (0.1, 0.2), (20000, 26000), ["EUR"], None, S),
    ("281129", "Nitrous oxide cream chargers, 8 g, boxed", "import", ["road"], ["TR", "RS"], (6, 12), (500, 2000), ["EUR"], 28, S),
    ("761300", "Aluminium scuba cylinders, new, empty, 12 l", "import", ["sea"], ["US", "TR"], (10, 18), (1000, 4000), ["USD"], 0.07, S),
    ("854370", "Stage fog machines, 1500 W", "import", ["air"], ["CN"], (6, 12), (200, 800), ["USD"], 0.1, S),
    ("291811", "Ethyl lactate bio-solvent, drums", "import", ["sea"], ["IN", "CN"], (2, 3.5), (8000, 18000), ["USD"], None, S),
    ("281121", "Carbon dioxide for greenhouse enrichment, cylinders", "import", ["sea"], ["MA", "TR"], (0.3, 0.8), (3000, 9000), ["EUR"], None, S),
    ("842410", "Wet-chemical kitchen-hood fire-suppression kits (potassium acetate)", "import", ["road"], ["RS", "TR"], (8, 14), (500, 2000), ["EUR"], 0.03, S),
    ("440799", "Reclaimed oak boards for furniture making", "import", ["road"], ["RS", "BA"], (1, 2), (8000, 16000), ["EUR"], None, S),
    ("680299", "Andesite garden carvings, new, Muntilan workshops", "import", ["sea"], ["ID"], (0.8, 1.6), (4000, 12000), ["USD"], 0.02, S),
    ("711719", "Gold-plated brass costume jewellery", "import", ["express"], ["PH", "IN"], (60, 120), (1, 2), ["USD"], 20, S),
    ("950510", "Blown-glass Christmas baubles, Mexican craft", "import", ["sea"], ["MX", "PL"], (6, 12), (1000, 4000), ["USD", "EUR"], 10, S),
    ("691390", "Clay nativity figures, new, Tlaquepaque craft", "import", ["post"], ["MX"], (20, 40), (1, 3), ["USD"], 4, S),
    ("970191", "Icon copies, egg tempera on wood, new, workshop-signed", "import", ["road"], ["AL", "RS"], (40, 90), (200, 800), ["EUR"], 0.5, S),
    ("940490", "Leather cushions, Mauritanian handicraft, new", "import", ["sea"], ["MR", "MA"], (12, 25), (500, 2000), ["EUR"], 0.5, S),
    ("442019", "Polychrome wooden saint figures, new reproductions", "export", ["post"], ["US", "CA"], (40, 80), (1, 4), ["EUR"], 0.5, S),
    ("442199", "Carved walnut panels (kandakori), new", "import", ["air"], ["TJ", "UZ"], (10, 20), (50, 300), ["USD"], 0.1, S),
    ("711411", "Sterling silver candlesticks, new, hallmarked", "import", ["express"], ["MX", "PE"], (300, 700), (1, 3), ["USD"], 1, S),
    ("220190", "Deuterium-depleted drinking water, 1.5 l bottles", "export", ["road"], ["RS", "MD"], (1, 3), (2000, 8000), ["EUR"], 0.66, S),
    ("970191", "Chinese ink paintings on rice paper, new", "import", ["express"], ["CN"], (100, 300), (1, 3), ["USD"], 2, S),
    ("854071", "Magnetrons for microwave ovens, replacement", "import", ["air"], ["CN", "KR"], (20, 40), (100, 600), ["USD"], 1, S),
    ("852589", "Planetary astronomy cameras, USB", "import", ["express"], ["CN", "US"], (300, 800), (1, 3), ["USD"], 2, S),
    ("320990", "Magnetic wall primer, iron-powder latex", "export", ["road"], ["RS", "MD"], (4, 8), (2000, 6000), ["EUR"], None, S),
    ("700721", "Laminated windscreens for buses, replacement", "export", ["sea"], ["MA", "TN"], (4, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("960190", "Buffalo-bone chopsticks, carved", "import", ["express"], ["VN", "CN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("510529", "Patagonian superfine merino wool tops", "import", ["sea"], ["AR", "UY"], (10, 16), (8000, 18000), ["USD"], None, S),
    ("442019", "Carved wooden toucan figures, painted, new", "import", ["post"], ["HN", "CR"], (20, 40), (1, 2), ["USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic watering cans, garden", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 2, N),
        ("441990", "Wooden cooking spoons and spatulas", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 20, N),
        ("401699", "Mouse pads, rubber-backed fabric", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 8, N),
        ("482390", "Folding paper lanterns for parties", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind118", 20451101, HERE)


if __name__ == "__main__":
    main()
