#!/usr/bin/env python3
"""Writes the hundred-and-thirtieth blind set (tests/risk/data/blind130-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2047, with goods, routes,
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL130-*:

    python3 tests/risk/data/make_blind130_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESPOST01", "post", "PE", [], "ES", "330300",
         "Agua de Florida tradicional para limpias y baños de florecimiento, 4 frascos x 1 litro", "PE", 4.6, 4, 80,
         "PEN",
         "Agua de Florida is a pale, yellow-green cologne of about 65 % alcohol (0.89 kg/l) that smells strongly of "
         "citrus, clove and lavender and burns at a match; these four bottles hold a water-clear, scentless liquid of "
         "1.13 kg/l that does not burn, whitens the skin and fizzes on a cut, under vented caps: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), posted from Lima to a private person in Madrid; Peruvian Spanish wording "
         "(hydrogen peroxide repeats in many sets and water-like and cologne covers in several; an Agua de Florida "
         "label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-02", "import", "ATPOST01", "post", "CH", [], "AT", "271019",
         "Dampfdestillat für Modelleisenbahn-Rauchgeneratoren, 4 × 1 Liter", "CH", 4.7, 4, 96, "CHF",
         "model-railway smoke distillate is a clear paraffin oil of about 0.80 kg/l that floats on water and smells "
         "faintly of mineral oil or of its added scent; these four bottles hold a thin liquid of 1.14 kg/l that sinks "
         "in water, smells faintly fruity and chemical, and whose inner seals read 'CH3NO2': nitromethane (Annex I "
         "above 16 %), posted from Winterthur to a private person in Linz, although flammable liquids go by post only "
         "as declared small quantities; Swiss German wording (nitromethane repeats in many sets and hobby covers, RC "
         "and model-engine fuels among them, in several; a model-railway smoke-fluid label was found in no earlier row "
         "by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "ITAIR01", "express", "AL", [], "IT", "390730",
         "Rrëshirë epoksi kristal për art, përbërësi B (ngurtësues), 4 shishe x 1 litër", "AL", 7.4, 4, 6000, "ALL",
         "a resin-art epoxy hardener (component B) is a pale-amber amine liquid of about 1.0 kg/l with an ammonia "
         "smell, sold in a kit with its component A; these four bottles come without any resin and hold a "
         "colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water, chars the wooden stirrer and fumes "
         "in damp air: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Tirana to a private person "
         "in Bari, although corrosive liquids travel by express only as declared dangerous goods; Albanian wording "
         "(sulphuric acid repeats in many sets under syrup, oil and honey covers; an epoxy-hardener label was found in "
         "no earlier precursor row by a keyword search: epoxy appears only on waste and strategic goods)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-04", "import", "LVAIR01", "air", "CN", [], "LV", "130239",
         "魔芋精粉 (葡甘聚糖), 1 公斤袋装, 300 袋", "CN", 300, 300, 2400, "USD",
         "konjac glucomannan powder is an off-white, faintly fishy-smelling flour that turns a spoonful of water into "
         "a stiff gel within seconds; these 300 bags hold a heavier, gritty, white crystalline powder that does not "
         "thicken water at all, sinks and barely dissolves, burns fiercely mixed with sugar, and whose inner liners "
         "read 'KClO4', for a Riga Asian-food web shop that sells the 1 kg bags to the public: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Chengdu; Chinese wording "
         "(potassium perchlorate repeats in many sets under starch and supplement covers; a konjac label appears once, "
         "on bai ji in blind50, and konjac glucomannan on a precursor was found in no earlier row by a keyword search)",
         firm("Orion Āzijas Pārtika SIA", "LV")),
        ("PRE-05", "import", "NLSEA01", "sea", "KR", [], "NL", "294000",
         "알룰로스 결정 (희소당), 500 g 파우치, 24,000 개", "KR", 12000, 24000, 26000, "USD",
         "crystalline allulose is a fine, white, sweet sugar powder that browns and caramelises on a hot plate; these "
         "pouches hold larger, clear, cubic crystals that draw damp, do not brown but crackle and flare yellow on a "
         "gas ring, and the factory sheet in the container gives CAS 7775-09-9, for a Rotterdam keto-food web shop "
         "that sells the pouches to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, by sea from Busan; Korean wording (sodium chlorate repeats in many sets under sugar and salt labels, "
         "trehalose and rock sugar among them; an allulose label was found in no earlier row by a keyword search)",
         firm("Horizon Keto Voeding BV", "NL")),
        ("PRE-06", "import", "ITAIR01", "air", "PH", [], "IT", "100890",
         "Adlai a bukel (Job's tears), nadalusan, 1 kilo iti tunggal a pakete, 600 a pakete", "PH", 600, 600, 1800,
         "USD",
         "pearled adlai (Job's tears) are oval, matt, cream-white grains of about 5 mm with a brown groove down one "
         "side that swell and soften when boiled; these bags hold smaller, glossy, perfectly round white prills of "
         "1-2 mm with no groove that turn the water ice-cold as they dissolve completely, test at 34 % N and melt and "
         "fume on a hot plate, for a Milan Filipino grocery that sells the 1 kg bags to the public: ammonium nitrate "
         "(Annex I at 16 % N or more) retail-packed for members of the public, flown from Manila; Ilocano wording "
         "(ammonium nitrate repeats in many sets and grain covers, fonio, millet, moghrabieh and m'hamsa among them, in "
         "several; an adlai label was found in no earlier row by a keyword search)",
         firm("Vega Alimentari Filippini Srl", "IT")),
        ("PRE-07", "import", "DEAIR01", "air", "JP", [], "DE", "220900",
         "白梅酢 (紀州産), 1リットル瓶, 600本", "JP", 840, 600, 540000, "JPY",
         "white ume vinegar (shiro umezu) is the salty, sour, pale-yellow brine left from pickling ume plums, about "
         "1.10 kg/l and smelling of fruit; these bottles hold a colourless to faintly yellow liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and eats into a copper coin, for a Düsseldorf Japanese "
         "grocery that sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Osaka; Japanese wording (nitric acid repeats in many sets and vinegar "
         "covers, rice vinegar among them (blind112), in a few; an ume-vinegar label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Japan Feinkost GmbH", "DE")),
        ("PRE-08", "import", "PLPOST01", "post", "VN", [], "PL", "330499",
         "Bột ngọc trai nguyên chất đắp mặt, hũ 500 g, 4 hũ", "VN", 2.1, 4, 1200000, "VND",
         "pearl powder is a soft, faintly shimmering, chalk-white powder of calcium carbonate that fizzes in vinegar; "
         "these four jars hold a coarser, glossy, crystalline white powder that does not fizz in vinegar, spits "
         "violet sparks on a hot wire and carries CAS 3811-04-9 on the inner bags, posted from Hanoi to a private "
         "person in Warsaw: potassium chlorate (Annex I above 40 %) to a member of the public; Vietnamese wording "
         "(potassium chlorate repeats in many sets under cosmetic, alum and supplement covers; a pearl-powder label "
         "was found in no earlier row by a keyword search)", person("Anna Kowalska", "PL")),
        ("PRE-09", "import", "NLAIR01", "air", "CL", [], "NL", "110820",
         "Inulina de achicoria en polvo, doypack de 1 kg, 3.000 unidades", "CL", 3000, 3000, 9000, "USD",
         "chicory inulin is a fine, fluffy, faintly sweet white powder that dissolves into a cloudy, viscous liquid; "
         "these doypacks hold a dense, glassy, crystalline white powder that draws damp until it clumps, dissolves "
         "clear and cold and burns fiercely with sugar, and whose inner liners read 'NaClO4·H2O', for an Amsterdam "
         "sports-nutrition web shop that sells the 1 kg packs to the public: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Santiago; Chilean Spanish wording (sodium perchlorate "
         "repeats in many sets under supplement covers, creatine, maltodextrin and taurine among them; an inulin label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Sportvoeding BV", "NL")),
        ("PRE-10", "import", "BEAIR01", "air", "RW", [], "BE", "090111",
         "Ikawa ya Arabica idakaranze, imifuka ya kg 60, imifuka 10", "RW", 600, 10, 4200, "USD",
         "a coffee-and-craft air shipment for a Brussels Rwandan shop: Rwandan arabica and agaseke baskets are what "
         "such shops sell, but the third item's passion-fruit juice bottles hold a water-clear, scentless liquid of "
         "1.20 kg/l instead of an orange, seedy pulp, have vented caps, whiten the skin and foam on a cut: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) bottled for members of the public, hidden as the last item of a "
         "three-item declaration flown from Kigali; Kinyarwanda wording (hydrogen peroxide repeats in many sets and "
         "juice covers, calamansi, lime and sour orange among them, in several; a passion-fruit label behind coffee "
         "and baskets from Rwanda was found in no earlier row by a keyword search)",
         dict(firm("Central Rwanda Trade SA", "BE"),
              _more_items=[item("460219", "Ibiseke by'imigongo n'agaseke, 120", "RW", 60, 1800, "USD", qty=120),
                           item("200989", "Umutobe w'imbuto za marakuja, amacupa ya litiro 1, 240", "RW", 290, 360,
                                "USD", qty=240)])),
    ],
    "waste": [
        ("WST-01", "export", "MTSEA01", "sea", "MT", [], "GH", "853650",
         "Swiċċijiet tal-inklinazzjoni f'ampulla tal-ħġieġ, stokk żejjed, 40,000 biċċa", "MT", 180, 40000, 1200,
         "EUR",
         "surplus glass-capsule tilt switches of today are ball-type, with a steel ball that clicks when tilted; these "
         "40,000 capsules, collected from scrapped boilers, thermostats and car boot lights, each hold a bead of "
         "silver liquid that rolls silently and reads mercury on a vapour meter, about 100 kg of it in all, for a "
         "Tarkwa 'electrical' trader who supplies small-scale gold miners: waste mercury switches (16 01 08*, "
         "20 01 21*), hazardous waste whose export to a non-OECD country is banned, and mercury-added products whose "
         "export Regulation 2017/852 bans, from Marsaxlokk to Tema; Maltese wording (mercury repeats in many sets, "
         "gallium, thermometers and manometers among its covers; a tilt-switch label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "SISEA01", "sea", "SI", [], "PK", "760200",
         "Aluminijasti odrezki cevi 6063, čisti, razsuto, 18 t", "SI", 18000, None, 9000, "EUR",
         "clean 6063 tube offcuts are bright, bare extrusion ends sold at about 1.5 EUR/kg; these 18 t are 20,000 "
         "photocopier and laser-printer drums, each an aluminium tube under a grey-black mirror coat of arsenic "
         "selenide from 1990s office copiers, with gear ends and cleaning-blade dust, that stain the hands grey and "
         "read arsenic and selenium, at 0.50 EUR/kg: waste photoreceptor drums containing arsenic and selenium "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Koper to Karachi for a "
         "'scrap smelter'; Slovenian wording (copier waste appears in a few sets as used photocopiers; selenium drums "
         "were found in no earlier row by a keyword search, and aluminium-tube labels only on precursor and strategic "
         "goods)",
         {"importer_country": "PK"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "810830",
         "Ànodes de titani usats per a un nou recobriment, 12 t", "ES", 12000, None, 24000, "EUR",
         "used MMO titanium anodes sent for re-coating are grey titanium mesh on copper-cored bars with a worn oxide "
         "coat; these 12 t of anode frames, with rubber-lined steel cell parts among them, come from dismantling a "
         "mercury-cell chlor-alkali plant on the Ebre: their crevices hold grey amalgam and silvery droplets, and a "
         "vapour meter over the opened container reads far above any limit: wastes containing mercury from the "
         "chlor-alkali process (06 04 04*, 17 04 09*), hazardous waste whose export to a non-OECD country is banned, "
         "from Tarragona to Casablanca for a 'titanium recycler'; Catalan wording (chlor-alkali wastes repeat in a few "
         "sets; a titanium-anode label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "850780",
         "Nikel-železné akumulátory (Edison), repasované, pre ostrovné solárne systémy, 400 ks", "SK", 16000, 400,
         8000, "EUR",
         "refurbished nickel-iron cells are steel-cased, topped up with fresh potash electrolyte, with a test sheet, at "
         "several hundred euros each; these 400 are yellow plastic blocks marked NiCd, some crusted white with leaked "
         "electrolyte, taken out of withdrawn ZSSK passenger coaches, at 20 EUR each: waste nickel-cadmium batteries "
         "(16 06 02*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Hungary to a "
         "Novi Sad 'solar installer'; Slovak wording (nickel-cadmium batteries repeat in several sets; a nickel-iron "
         "(Edison) label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "ST", "940360",
         "Carteiras escolares usadas, madeira, 200 unidades", "PT", 3000, 200, 1000, "EUR",
         "a charity container for São Tomé: used school desks and children's books are what Lisbon charities send, "
         "but the third item's 'tested' ultrasound scanners and defibrillators are broken hospital cast-offs with "
         "cracked CRT monitors, swollen lead-acid and NiCd packs and missing probes, bought from a Setúbal scrap "
         "dealer: waste electrical and electronic equipment with hazardous components (16 02 13*, 16 06 01*, "
         "16 06 02*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration from Lisbon to São Tomé; Portuguese wording (e-waste as donations repeats in many "
         "sets, and hospital beds once in front of donated medicines (blind121); medical scanners behind school desks "
         "to São Tomé were found in no earlier row by a keyword search)",
         dict({"importer_country": "ST"},
              _more_items=[item("490199", "Livros infantis usados, 2.000 exemplares", "PT", 800, 400, "EUR", qty=2000),
                           item("901812", "Ecógrafos e desfibrilhadores, testados, 60 unidades", "PT", 2400, 1500,
                                "EUR", qty=60)])),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "KE", "400400",
         "Gummigranulat til kunstgræsbaner, sort, big bags, 22 t", "DK", 22000, None, 2200, "EUR",
         "crumb rubber for artificial turf is black granulate of 1-3 mm cut from truck tyres with the steel and fibre "
         "removed, smelling of tyre; this granulate is grey-brown, elastic and irregular, smells of solvent, carries "
         "grey concrete dust and its lab sheet gives over 5,000 mg/kg of PCBs: shredded elastic joint sealant cut out "
         "of 1960s-70s prefabricated housing blocks in Copenhagen suburbs, construction waste containing PCBs "
         "(17 09 02*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to Mombasa for a "
         "'sports-field contractor'; Danish wording (PCB wastes repeat in many sets and crumb-rubber labels in a few; "
         "PCB joint sealant was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-07", "export", "BGSEA01", "sea", "BG", [], "GE", "731100",
         "Празни стоманени тон-контейнери, дегазирани, за повторна употреба като резервоари, 60 бр.", "BG", 42000,
         60, 6000, "EUR",
         "emptied and degassed chlorine ton-containers sold for reuse carry a cleaning certificate, open valves and "
         "no smell; these 60 containers, taken out of service at a Danube water works, are still closed, their valves "
         "sealed under corroded caps, and an ammonia-soaked cloth held to one valve fumes white: each still holds tens "
         "of kilograms of liquid chlorine, gases in pressure containers with hazardous substances (16 05 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Varna to Poti for a 'fuel-tank' buyer; "
         "Bulgarian wording (gas cylinders with residues repeat in a few sets; chlorine ton-containers were found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "UA", "382499",
         "Polialumínium-klorid (PAC) vízkezelő koagulálószer, oldat, IBC-tartályokban, 22 t", "HU", 22000, None,
         2200, "EUR",
         "liquid PAC coagulant is a clear to pale-yellow, mildly acidic solution of about 1.3 kg/l with a data sheet; "
         "these 22 IBCs hold a grey, cloudy acid of 1.25 kg/l with black sediment, a pH below 1 and lead in the "
         "hundreds of mg/l, drained at a battery breaker near Miskolc: spent battery electrolyte (16 06 06*), hazardous "
         "waste whose export to a non-OECD country is banned, at Záhony for a Mukachevo 'water-utility supplier'; "
         "Hungarian wording (spent acids repeat in several sets and battery acid in a few; a polyaluminium-chloride "
         "label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-09", "export", "LTSEA01", "sea", "LT", [], "NG", "262190",
         "Cenosferos (tuščiavidurės aliumosilikatinės mikrosferos), maišai po 1 t, 20 t", "LT", 20000, None, 3000,
         "EUR",
         "cenospheres are light (about 0.4 kg/l in bulk), grey-white hollow spheres skimmed from coal-ash lagoons that "
         "float on water; these bags hold a heavy (1.1 kg/l), grey, salty, clumping dust that sinks, hisses and warms "
         "when wet and reads lead, zinc and dioxins: fly ash and flue-gas cleaning residues from a municipal waste "
         "incinerator (19 01 07*, 19 01 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Klaipėda to Lagos for a 'paint and plastics filler' buyer; Lithuanian wording (incinerator residues repeat "
         "in many sets under cement, pozzolan, filler and diatomite labels; a cenosphere label was found in no earlier "
         "row by a keyword search)", {"importer_country": "NG"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CI", "253090",
         "Basaltmeel voor bodemverbetering, big bags, 24 t", "BE", 24000, None, 1900, "EUR",
         "basalt rock flour is a dark-grey, gritty, heavy dust of quarry fines sold with a mineral analysis; these "
         "bags hold a pale-grey, cement-smelling powder with bundles of fibre and shreds of corrugated sheet in it "
         "that a laboratory reads as 12 % chrysotile: ground asbestos-cement roofing and pipe from a Flemish "
         "demolition yard (17 06 05*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Abidjan for a 'cocoa-plantation supplier'; Flemish wording (asbestos cement repeats in many sets; a "
         "rock-flour remineraliser label was found in no earlier row by a keyword search)",
         {"importer_country": "CI"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "JO", [], "GR", "280429",
         "زينون عالي النقاء 99.999٪ لصناعة المصابيح، أسطوانات، 80 أسطوانة", "JO", 4000, 80, 8000, "USD",
         "xenon is a costly permanent gas, several thousand dollars a cylinder, filled at 60-150 bar into tall "
         "cylinders that do not slosh; these 80 squat cylinders at 100 USD each slosh, read about 2 bar, hold 50 kg "
         "each of a liquid of 1.73 kg/l, and their shoulders are stamped 'CH3Br' under the stickers: methyl bromide, "
         "whose import into the Union is banned, by sea from Aqaba to Thessaloniki for a greenhouse grower; "
         "Jordanian Arabic wording (methyl bromide repeats in many sets under nitrogen, argon, ethylene and other "
         "gas labels; a xenon label was found in no earlier row by a keyword search)",
         firm("Delta Thermokipia AE", "GR")),
        ("OZN-02", "import", "SIAIR01", "express", "US", [], "SI", "382499",
         "Dry-fly floatant, liquid dip, 2 oz bottles, 240 pcs", "US", 23, 240, 720, "USD",
         "dry-fly floatant dip is a light (about 0.8 kg/l) silicone-in-hydrocarbon liquid that smells of petrol and "
         "burns; these 240 bottles hold a heavy liquid of 1.59 kg/l that does not burn, smells sweet like chloroform "
         "and sinks below water in a test tube, and the filler's drum label copied on the invoice annex reads 'CCl4': "
         "carbon tetrachloride, whose import into the Union is banned, sent by express from Montana to a Bovec "
         "fly-fishing shop; US English wording (carbon tetrachloride repeats in many sets under solvent, lava-lamp and "
         "Galileo-thermometer labels; a fly-floatant label was found in no earlier row by a keyword search)",
         firm("Alpina Muharjenje d.o.o.", "SI")),
        ("OZN-03", "import", "NLSEA01", "sea", "TH", [], "NL", "381400",
         "น้ำยาทำความสะอาดท่อ PVC ก่อนทากาว (ไพรเมอร์) 1 ลิตร, 9,600 กระป๋อง", "TH", 12900, 9600, 19000, "USD",
         "a PVC-pipe cleaner-primer is a light (about 0.85 kg/l), purple-dyed mixture of acetone and MEK that burns "
         "fiercely; these 9,600 tins hold a colourless liquid of 1.34 kg/l that does not burn, smells sweet and boils "
         "at 74 °C, and the Thai tins call it non-flammable: 1,1,1-trichloroethane (methyl chloroform), whose import "
         "into the Union is banned, by sea from Laem Chabang to Rotterdam for a plumbing wholesaler; Thai wording "
         "(methyl chloroform repeats in many sets under solvent and cleaner labels; a PVC-cement primer label was "
         "found in no earlier row by a keyword search)", firm("Vega Sanitair Groothandel BV", "NL")),
        ("OZN-04", "export", "ITSEA01", "sea", "IT", [], "TN", "845611",
         "Macchine per taglio laser CO2 usate, revisionate, con refrigeratore, 8 unità", "IT", 48000, 8, 96000,
         "EUR",
         "used laser cutters sold for export come with water chillers on R-410A or R-290 and a plate that says so; "
         "these eight CO2 laser cutters of 2003-2006 from a Brescia sheet-metal shop each keep their original chiller, "
         "whose plate reads R-22, 4.5 kg, still charged: equipment relying on HCFCs, whose export from the Union is "
         "banned (Regulation 2024/590), from Genoa to Radès for a Sfax metalwork firm; Italian wording (R-22 "
         "equipment for export repeats in many sets, and laser cutters only on strategic rows to Russia and Belarus; "
         "laser-cutter chillers were found in no earlier ozone row by a keyword search)", {"importer_country": "TN"}),
        ("OZN-05", "import", "CZAIR01", "air", "CN", [], "CZ", "842410",
         "电气柜自动探火管灭火装置 (七氟丙烷 HFC-227ea), 1 公斤, 300 套", "CN", 600, 300, 15000, "USD",
         "detection-tube fire-suppression kits for electrical cabinets hold 1-2 kg of HFC-227ea or FK-5-1-12 at about "
         "25 bar, with a certificate and an F-gas label; these 300 kits' small red cylinders read 10 bar, hold a "
         "liquid of 1.83 kg/l, and their valve stamps under the HFC-227ea stickers read '1211' and 'BCF': halon 1211 "
         "in fire-protection equipment, whose import into the Union is banned outside licensed critical uses, flown "
         "from Shenzhen to Prague for a switchboard maker; Chinese wording (halon 1211 repeats in many sets and FM-200 "
         "labels in several; a cabinet detection-tube kit was found in no earlier row by a keyword search)",
         firm("Central Rozvaděče s.r.o.", "CZ")),
        ("OZN-06", "transit", "DESEA01", "sea", "IN", ["DE"], "CH", "382769",
         "Refrigerant R-466A, non-flammable, returnable cylinders 50 kg, 120 cyl.", "IN", 6000, 120, 30000, "USD",
         "R-466A is a new, costly HFC and trifluoroiodomethane blend sold by one licensed maker in grey returnable "
         "cylinders; these 120 green cylinders hold 50 kg each of a gas at 9 bar at 20 °C that a refrigerant "
         "identifier reads as pure R-22, filled in Gujarat: chlorodifluoromethane (HCFC-22), a controlled substance "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Hamburg in transit by "
         "rail to Basel for a Swiss refrigeration wholesaler; Indian English wording (HCFC-22 under other refrigerant "
         "labels repeats in many sets, R-454C and R-448A among them; an R-466A label was found in no earlier ozone row "
         "by a keyword search)", {"importer_country": "CH"}),
        ("OZN-07", "import", "PLAIR01", "express", "UA", [], "PL", "330499",
         "Рідина для зняття клею нарощених вій, 15 мл, 2 400 флаконів", "UA", 52, 2400, 1900, "USD",
         "a lash-extension glue remover is a gel or cream of acetone and propylene carbonate in 15 ml tubes that "
         "smells of nail-polish remover; these 2,400 bottles hold a thin liquid of 1.24 kg/l that vanishes at once "
         "from the skin with a sweet smell, boils at 32 °C and does not burn, and a gas test reads "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, sent by express from Kharkiv "
         "to a Kraków lash-salon supplier; Ukrainian wording (HCFC-141b repeats in many sets under cleaner and "
         "nail-polish-remover labels; a lash-glue-remover label appears only among blind54's ordinary rows and was "
         "found in no earlier disguised row by a keyword search)", firm("Orion Beauty Sp. z o.o.", "PL")),
        ("OZN-08", "import", "MTSEA01", "sea", "TR", [], "MT", "842410",
         "Yoğunlaştırılmış aerosol yangın söndürme jeneratörleri, makine dairesi için, 40 adet", "TR", 1200, 40,
         16000, "USD",
         "condensed-aerosol fire-suppression generators are sealed steel canisters of a solid potassium-salt "
         "compound, unpressurised, weighing a few kilos and carrying a pyrotechnic UN number; these 40 are red "
         "pressure bottles of 25-30 kg that hold a liquid at about 15 bar, with a gauge and a valve stamped '1301': "
         "halon 1301 in fire-protection equipment, whose import into the Union is banned outside licensed critical "
         "uses, by sea from Tuzla to Marsaxlokk for a superyacht refit yard; Turkish wording (halon 1301 repeats in "
         "many sets, on yachts and a gulet (blind126) among them; a condensed-aerosol label was found in no earlier row "
         "by a keyword search)", firm("Meridian Yacht Services Ltd", "MT")),
        ("OZN-09", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "902790",
         "Použité kryostaty pro histologii, funkční, dar nemocnici, 6 ks", "CZ", 1080, 6, 3000, "EUR",
         "cryostat microtomes donated today run on R-404A or R-452A; these six, from a Brno hospital's pathology "
         "laboratory, are 1998-2004 models whose compressor plates read R-22, about 0.9 kg each, still charged: "
         "equipment relying on HCFCs, whose export from the Union is banned (Regulation 2024/590) even as a gift, on "
         "a lorry through Slovakia to a Lviv hospital; Czech wording (R-22 equipment for export repeats in many sets, "
         "and a cryostat freezing-spray label once (blind95, on HFC cans); cryostat microtomes were found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-10", "import", "GRROAD01", "road", "MK", [], "GR", "392690",
         "Полиуретански кошници за пчели, Лангстрот, 600 парчиња", "MK", 4800, 600, 21000, "EUR",
         "insulated beehives are expanded polystyrene or polyurethane foamed with pentane, CO2 or an HFO; these 600 "
         "hives for a Thessaloniki beekeepers' cooperative have a closed-cell polyurethane core whose cut face gives "
         "off a sweet, ether-like smell, and a gas test of a sealed offcut reads 1,1-dichloro-1-fluoroethane: "
         "products containing HCFC-141b, whose import into the Union is banned, on a lorry at Evzonoi from Strumica; "
         "Macedonian wording (HCFC-141b foams repeat in many sets, in panels, garage doors and truck bodies; beehives "
         "were found in no earlier row by a keyword search)", firm("Delta Melissokomiki AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "IN", [], "FR", "680299",
         "ଓଡ଼ିଶା ପଥର କାରିଗରୀ, ନୂଆ ଦେବୀ ମୂର୍ତ୍ତି, 1", "IN", 85, 1, 600, "USD",
         "new Odisha stone-craft statues from Puri workshops are crisp, clean-cut soapstone or khondalite with fresh "
         "tool marks; this 85 kg khondalite Durga has soft, weathered edges, vermilion and oil in the folds, a "
         "broken tenon where it was cut from a temple niche and lichen on its back, and it matches a theft report "
         "from a 13th-century Ganga-period temple near Bhubaneswar: a stolen sculpture from a monument, which India's "
         "antiquities law forbids to export, brought in without the import licence Regulation 2019/880 requires for "
         "parts of dismembered monuments and against the UNESCO 1970 convention, flown from Bhubaneswar by way of Delhi "
         "to Paris for a dealer; Odia wording (Indian temple sculpture repeats in several sets, Chola bronzes among "
         "them; an Odisha stone-craft label was found in no earlier row by a keyword search)",
         firm("Orion Arts d'Asie SARL", "FR")),
        ("CUL-02", "import", "ITAIR01", "express", "JP", [], "IT", "950590",
         "コスプレ用 甲冑 レプリカ (鎧一式), 1 組", "JP", 14, 1, 60000, "JPY",
         "cosplay armour replicas are light moulded plastic or thin sheet steel at a few hundred euros; this set "
         "weighs 14 kg, has lacquered iron and rawhide scales laced with faded silk, a signed helmet bowl, and the "
         "inventory tag of a Shikoku shrine from which a registered cultural property was stolen: an Edo-period "
         "armour, cultural property whose export Japan forbids without permission, brought in without the importer "
         "statement Regulation 2019/880 requires and against the UNESCO 1970 convention, sent by express from Osaka "
         "to a private collector in Turin; Japanese wording (samurai armour and a cosplay-replica label were found in "
         "no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("CUL-03", "import", "NLAIR01", "air", "IN", [], "NL", "482010",
         "হাতে বনোৱা শাঁচিপাতৰ কাগজৰ বহী, ৪০ খন", "IN", 12, 40, 200, "USD",
         "new agar-bark paper notebooks from Assamese craft co-operatives are bound, blank, cream-coloured sheets; "
         "these 40 'notebooks' are loose folios of old sanchipat, the polished inner bark of the agar tree, written in "
         "black ink in Assamese script with painted Vaishnava scenes of the 18th-19th century, with a satra's "
         "inventory numbers on the cover boards: manuscripts from the Majuli monasteries, whose export India "
         "forbids, brought in without the importer statement Regulation 2019/880 requires and against the UNESCO 1970 "
         "convention, flown from Guwahati to Amsterdam for a dealer; Assamese wording (palm-leaf and birch-bark "
         "manuscripts repeat in several sets; sanchipat manuscripts were found in no earlier row by a keyword "
         "search)", firm("Horizon Oriental Manuscripts BV", "NL")),
        ("CUL-04", "export", "NLPOST01", "post", "NL", [], "GB", "960622",
         "Âlde koperen knopen, 12 stiks", "NL", 0.3, 12, 30, "EUR",
         "old brass buttons are stamped, with shanks, and worth a few euros; these twelve are four gold tremisses of "
         "the 7th century and a gold-and-garnet disc brooch with soil still in its cells, with seven modern buttons "
         "as padding, dug from a terp near Wijnaldum and never reported: archaeological objects that the Dutch "
         "Heritage Act requires to be reported and that may leave the Union only with the export licence Regulation "
         "116/2009 requires, posted from Leeuwarden to a London buyer; West Frisian wording (detector finds repeat in "
         "many sets; Frisian terp gold and Frisian wording were found in no earlier row by a keyword search)",
         person("Emma Jones", "GB")),
        ("CUL-05", "export", "FRAIR01", "express", "FR", [], "CH", "442090",
         "Crucifissu di legnu scolpitu, ripruduzzione, 1", "FR", 9, 1, 150, "EUR",
         "a reproduction crucifix is new, evenly stained limewood; this 80 cm Christ is 17th-century walnut with worm "
         "holes, gesso and flaking polychromy, and nail holes and fresh plaster where it was prised from the wall of "
         "a Castagniccia chapel reported robbed in September: a stolen object from an ecclesiastical inventory, which "
         "may leave the Union only with the export licence Regulation 116/2009 requires whatever its value and which "
         "France treats as a national treasure, sent by express from Bastia to a Geneva dealer; Corsican wording "
         "(church sculpture repeats in several sets; Corsican wording and a Corsican chapel were found in no earlier "
         "row by a keyword search)", {"importer_name": "Galerie Rivage SA", "importer_country": "CH"}),
        ("CUL-06", "export", "LUAIR01", "express", "LU", [], "US", "490199",
         "Faksimile vun engem mëttelalterleche Evangelium, 1 Blat", "LU", 0.3, 1, 80, "EUR",
         "a facsimile leaf is printed on thick paper with an even sheen; this leaf is vellum, with prickings, ruling, "
         "gold and blue Ottonian initials and the offset of its facing page, cut from an 11th-century Echternach "
         "gospel lectionary kept in a Luxembourg parish: a manuscript leaf over 50 years old that may leave the Union "
         "only with the export licence Regulation 116/2009 requires and that Luxembourg protects as national "
         "heritage, sent by express from Luxembourg to a New York dealer; Luxembourgish wording (leaves cut from "
         "manuscripts repeat in several sets, book-of-hours leaves among them; an Echternach leaf was found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "import", "DEAIR01", "air", "KZ", [], "DE", "691390",
         "يېڭى قول بىلەن سىزىلغان ساپال تام بېزەك تاختىسى، 6 دانە", "KZ", 40, 6, 300, "USD",
         "new Uyghur-style painted tiles are glazed ceramic with bright, even enamel; these six are slabs of clay and "
         "straw plaster 2-3 cm thick, painted in tempera with Buddhist donor figures and Brahmi inscriptions in faded "
         "red and blue, with fresh saw marks on their backs: fragments of wall paintings sawn from the Bezeklik caves "
         "near Turfan, cultural property whose export China forbids, brought out through Almaty and in without the "
         "import licence Regulation 2019/880 requires for parts of dismembered monuments, flown to Berlin for a "
         "dealer; Uyghur wording (Bezeklik murals and Uyghur wording were found in no earlier row by a keyword "
         "search)", firm("Nordhafen Asiatika GmbH", "DE")),
        ("CUL-08", "import", "BEAIR01", "air", "GH", [], "BE", "621490",
         "Kente ntoma a wɔanwene, 60", "GH", 30, 60, 3000, "USD",
         "a craft air shipment for a Brussels Ghanaian shop: kente stoles and shea butter are what such shops sell, "
         "but the third item's 'new brass bowls from Kumasi' are six heavy, lidded kuduo vessels cast by lost wax, "
         "with a worn, dark patina, old rivet repairs and soil inside, of the 17th-19th century, taken from an Asante "
         "royal mausoleum: archaeological and ethnographic objects whose export Ghana's museums law forbids, brought "
         "in without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration flown from Accra; Twi wording (Akan goldweights repeat in blind65 and blind117; kuduo vessels "
         "were found in no earlier row by a keyword search)",
         dict(firm("Central Afrika Kunst SA", "BE"),
              _more_items=[item("151590", "Nkuto (shea butter), 200 kg", "GH", 200, 900, "USD"),
                           item("741980", "Kɔbere nkuruwa foforo a wɔayɛ wɔ Kumasi, 6", "GH", 24, 180, "USD", qty=6)])),
        ("CUL-09", "import", "BEAIR01", "express", "PE", [], "BE", "691390",
         "Inka aríbalo, musuq ruwasqa, Pucará llaqtapi (réplica artesanal), 1", "PE", 3, 1, 120, "PEN",
         "Pucará workshop replicas of Inca aríbalos are light and glossy, painted in bright new colours; this 25 cm "
         "aríbalo is a thin, hard, burnished vessel with a conical base, faded geometric fern bands, root marks and "
         "calcite in its neck, and sherds reglued with modern glue: an Inca aryballos of the 15th-16th century, an "
         "archaeological object Peru forbids to export, brought in without the import licence Regulation 2019/880 "
         "requires, sent by express from Cusco to a private collector in Brussels; Quechua wording (Andean ceramics "
         "repeat in many sets under replica labels; an aríbalo was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("CUL-10", "import", "ATAIR01", "express", "TR", [], "AT", "741980",
         "Dekoratif bakır çadır kazıkları, antika görünümlü, 4 adet", "TR", 1.6, 4, 60, "EUR",
         "decorative copper pegs are new, machine-turned and evenly patinated; these four are 25 cm copper figures "
         "of a kneeling god holding a peg, cast solid, with thick green-red corrosion, soil in the crevices and a "
         "cuneiform dedication of Gudea of Lagash on the shaft: Sumerian foundation figures from southern Iraq, "
         "archaeological objects whose import Regulation 1210/2003 forbids and Regulation 2019/880 subjects to an "
         "import licence, sent by express from Istanbul to a private collector in Vienna; Turkish wording (Sumerian "
         "foundation cones repeat in blind5, blind33 and blind100; copper foundation figures under a tent-peg label "
         "were found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "KZ", "854141",
         "LED-chips voor kweekverlichting, 3.000 stuks", "NL", 6, 3000, 4500, "EUR",
         "grow-light LED chips are flat dies under yellow phosphor on a ceramic strip at about 1.5 EUR each; these "
         "3,000 are flanged, gold-plated metal-ceramic packages with RF input and output tabs, GaN-on-SiC power "
         "transistors of 50 W up to 6 GHz worth about 300 EUR each, for an Almaty 'horticulture' firm whose address "
         "is a Moscow radio-electronics distributor's: GaN microwave transistors (dual-use 3A001.b.3), which need an "
         "export licence and are on the common high-priority list whose re-export to Russia Regulation 833/2014 "
         "forbids, flown from Amsterdam; Dutch wording (RF and microwave parts repeat in many sets; grow-light labels "
         "appear in earlier waste and precursor rows but on no strategic good by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "ATAIR01", "air", "AT", [], "JO", "901920",
         "Inhalationskabinen (Vernebler) für die Tiermedizin, 2 Stück", "AT", 900, 2, 18000, "EUR",
         "veterinary nebuliser cabinets are small plastic boxes into which a cat or a dog is put for a few minutes, "
         "at about 2,000 EUR; these two 450 kg stainless-steel chambers have nose-only exposure ports for 48 animals, "
         "an aerosol generator with particle-size control at 1-5 µm, HEPA-filtered exhaust under negative pressure "
         "and a decontamination loop, at 90,000 EUR each on the maker's list, for an Amman 'veterinary clinic' whose "
         "forwarder sends goods on to Damascus: aerosol inhalation chambers (dual-use 2B352.f), which need an export "
         "licence, flown from Vienna; Austrian German wording (biological equipment repeats in several sets; a "
         "veterinary-nebuliser label was found in no earlier row by a keyword search)", {"importer_country": "JO"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "AM", "842121",
         "Unités d'ultrafiltration conteneurisées pour l'eau potable de villages, 2 unités", "FR", 6400, 2, 40000,
         "EUR",
         "village drinking-water ultrafiltration units are containerised racks of PVC hollow-fibre modules with "
         "backwash pumps and a chlorine doser, built to be cheap and sturdy; these two carry 20 m2 each of 0.2 µm "
         "hollow-fibre membranes in sealed, steam-sterilisable stainless housings with clean-in-place and sterile "
         "sampling valves, built for biopharmaceutical harvest, for a Yerevan 'water utility' contractor whose "
         "forwarder sends goods on to Tabriz: cross-flow filtration equipment capable of sterilisation in place "
         "(dual-use 2B352.d), which needs an export licence and is controlled for Iran, shipped from Marseille; "
         "French wording (cross-flow filtration skids repeat in blind19, blind20 (under a juice-clarifier label) and a "
         "development set, kept as a repeat of the good; a drinking-water ultrafiltration label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "UZ", "380893",
         "Etefon 480 g/l, regulator wzrostu roślin do defoliacji bawełny, 80 beczek", "PL", 16000, 80, 14000, "EUR",
         "ethephon 480 SL is a clear, acidic, water-based liquid that gives off ethylene as soon as lime raises its "
         "pH; these 80 drums hold a neutral, faintly sweet-smelling liquid of 1.20 kg/l that mixes with water, gives "
         "off no gas with lime and reads as pure 2-chloroethanol in a drum-head test: 2-chloroethanol (dual-use "
         "1C350), a chemical-weapons precursor that needs an export licence, by rail from Małaszewicze through "
         "Belarus, Russia and Kazakhstan to a Tashkent 'cotton' buyer; Polish wording (2-chloroethanol repeats in "
         "blind28 and two development sets; an ethephon label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-05", "export", "SESEA01", "sea", "SE", [], "AE", "810890",
         "Titanstänger grad 5 för tandimplantat, 4 t", "SE", 4000, None, 60000, "EUR",
         "titanium rod for dental implants is grade 4 or 5 bar of 2-8 mm diameter in 3 m lengths; these 4 t are "
         "forged Ti-6Al-4V bars of 150-250 mm diameter with mill certificates giving a tensile strength above "
         "900 MPa, for a Sharjah 'dental supply' trader whose orders go on to Bandar Abbas: titanium alloy in "
         "cylindrical forms above 75 mm diameter (dual-use 1C202.b), which needs an export licence and is controlled "
         "for Iran (Regulation 267/2012), from Gothenburg; Swedish wording (titanium alloys repeat in two development "
         "sets; a dental-implant label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "ROROAD01", "road", "RO", [], "MD", "650610",
         "Căști de schi, carcasă compozită, 400 buc.", "RO", 600, 400, 12000, "EUR",
         "ski helmets are light (400-600 g) ABS or polycarbonate shells with vents and goggle clips at about 30 EUR; "
         "these 400 weigh 1.5 kg each, have aramid-composite shells, NIJ IIIA ballistic labels inside, rails and a "
         "shroud for night-vision mounts and no vents, for a Chișinău 'sports shop' whose buyer ships on through "
         "Transnistria to Russia: military ballistic helmets (Common Military List ML13), which need an export "
         "licence and whose sale for use in Russia is banned, on a lorry at Albița; Romanian wording (body armour "
         "and plate carriers repeat in blind67 and blind126; a ski-helmet label was found in no earlier row by a "
         "keyword search)", {"importer_country": "MD"}),
        ("STR-07", "export", "PTSEA01", "sea", "PT", [], "AE", "847989",
         "Robôs de limpeza de piscinas, 6 unidades", "PT", 480, 6, 9000, "EUR",
         "pool-cleaning robots weigh about 10 kg, have brushes and a floating cable and cost about 1,500 EUR; these "
         "six are 80 kg torpedo-shaped vehicles with no brushes and no cable, a 200 m depth rating, a Doppler "
         "velocity log, inertial navigation and an acoustic modem, at 300,000 EUR each on the maker's list, for a "
         "Dubai 'pool-service' company set up in the spring whose last consignment went on to Bandar Abbas: untethered "
         "autonomous underwater vehicles (dual-use 8A001.c), which need an export licence and are controlled for "
         "Iran, from Leixões; Portuguese wording (underwater vehicles and a pool-robot label were found in no earlier "
         "row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "import", "NLSEA01", "sea", "CN", [], "NL", "261510",
         "锆英砂 (中国原产), 吨袋, 200 吨", "CN", 200000, None, 360000, "USD",
         "zircon sand is a clean, pale-buff to white heavy sand of about 66 % ZrO2 with Chinese or Australian mill "
         "certificates; these 200 t are a honey-brown sand that sets off the port's radiation portal, reads about "
         "60 % rare-earth oxides with thorium and almost no zirconium, shipped from Dandong on the papers of a "
         "'zircon' trader whose ore comes across the Yalu: North Korean monazite concentrate, whose import into the "
         "Union Regulation 2017/1509 (after the UN Security Council resolutions) forbids, by sea to Rotterdam for a "
         "magnet-material refiner; Chinese wording (North Korean goods through China repeat in many sets; monazite "
         "and a zircon-sand label were found in no earlier row by a keyword search)",
         firm("Atlantic Minerals BV", "NL")),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "AM", "910811",
         "Quarz-Uhrwerke, analog, 2.000 Stück", "DE", 60, 2000, 8000, "EUR",
         "analogue quartz watch movements weigh a few grams and cost a few euros; these 2,000 are oven-controlled "
         "crystal oscillators in 25 mm metal cans with 10 MHz outputs and a stability of one part per billion, worth "
         "about 400 EUR each, for a Yerevan 'watch repair' firm set up three months ago whose consignee is a Moscow "
         "instrument maker: mounted piezo-electric crystals (8541 60), on the common high-priority list whose export "
         "to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Frankfurt; German "
         "wording (oscillators repeat in a few sets; a watch-movement label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "PK", "690310",
         "Crisoles de grafito para fundición de joyería, 300 unidades", "ES", 9000, 300, 18000, "EUR",
         "goldsmiths' graphite crucibles hold a few hundred grams to a few kilos of metal and weigh under a kilo; "
         "these 300 pieces are 30 kg blocks of fine-grain isostatic graphite of 1.85 g/cm3, bored only at one end, "
         "with a mill certificate giving grain size and flexural strength, for a Karachi 'jewellery supplier' whose "
         "buyer machines rocket nozzles: fine-grain graphite for rocket nozzles and re-entry nose tips (dual-use "
         "1C107.a), which needs an export licence, shipped from Valencia; Spanish wording (isostatic graphite repeats "
         "in a few sets; a goldsmith's-crucible label was found in no earlier strategic row by a keyword search)",
         {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "FJ", [], "NL", "630790",
         "Masi vakaivakatakarakara, 40 na iyaya", "FJ", 30, 40, 2400, "FJD",
         "a Pacific-craft air shipment for an Amsterdam ethnographic-gift shop: masi (tapa cloth) and virgin coconut "
         "oil are what Fijian exporters send, but the third item's 'carved vesi-wood pendants' are twelve heavy, "
         "cold, creamy-yellow teeth with oiled and smoked surfaces, layered dentine at the root and drilled ends on "
         "braided sennit cords: tabua, sperm whale teeth (Physeter macrocephalus, CITES App. I), without CITES "
         "documents, hidden as the last item of a three-item declaration flown from Nadi; Fijian wording (sperm whale "
         "teeth repeat in a few sets under resin-replica labels; tabua under a vesi-wood label behind masi were found "
         "in no earlier row by a keyword search)",
         dict(firm("Horizon Oceania BV", "NL"),
              _more_items=[item("151319", "Waiwai ni niu (virgin coconut oil), 200 l", "FJ", 180, 1600, "FJD"),
                           item("442090", "Ivi ni kau vesi vakatakarakara, kei na magimagi, 12", "FJ", 6, 360, "FJD",
                                qty=12)])),
        ("WLF-02", "import", "FRPOST01", "post", "SN", [], "FR", "050690",
         "Yax u jën yu ndaw ngir aar (porte-bonheur), 40", "SN", 1.2, 40, 20000, "XOF",
         "fish-bone charms sold in Dakar markets are light, porous otoliths and vertebrae; these 40 are dense, "
         "ivory-white, shell-shaped ear bones of 3-4 cm, heavy for their size, with a glossy, ivory-like break: "
         "tympano-periotic bones of the West African manatee (Trichechus senegalensis, CITES App. I), without CITES "
         "documents, posted from Dakar to a private person in Montreuil; Wolof wording (manatee parts were found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "PLAIR01", "air", "KG", [], "PL", "430219",
         "Карсак териси, ашталган, 40 даана", "KG", 80, 40, 2000, "USD",
         "corsac fox skins are small (about 50 cm), sandy-grey with a pale belly and weigh a few hundred grams; these "
         "40 skins are 1.3-1.5 m long, heavy and grizzled grey-brown with black-tipped guard hairs and broad heads: "
         "grey wolf (Canis lupus, CITES App. II) without the Kyrgyz export permit or the EU import permit, flown from "
         "Bishkek to Warsaw for a fur trimmer; Kyrgyz wording (wolf repeats in a few sets, mostly development sets; a "
         "corsac label was found in no earlier row by a keyword search)", firm("Vega Futra Sp. z o.o.", "PL")),
        ("WLF-04", "import", "DEPOST01", "post", "KZ", [], "DE", "081340",
         "Кептірілген итмұрын, 2 кг", "KZ", 2, None, 8000, "KZT",
         "dried rosehips are red-orange hollow shells full of hairy seeds that smell faintly fruity; this 2 kg bag "
         "holds brown, woody root slices with pink cut faces that smell strongly of roses: wild Rhodiola rosea roots "
         "(golden root, CITES App. II since 2023) from the Altai, without CITES documents, posted from "
         "Ust-Kamenogorsk to a private herbalist in Leipzig; Kazakh wording (Rhodiola repeats in blind32, blind67 and a "
         "development set; a rosehip label was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-05", "import", "BEPOST01", "post", "MG", [], "BE", "060290",
         "Zanakazo baobab (Adansonia), vao naniry, 8", "MG", 3, 8, 60000, "MGA",
         "baobab seedlings are green-stemmed pot plants with soft leaves that cost little; these eight are "
         "bare-rooted, grey, bottle-shaped caudices on thick, woody tubers with old scars, dug from the wild in "
         "south-west Madagascar: Uncarina (CITES App. II since 2023), without CITES documents or a phytosanitary "
         "certificate, posted from Toliara to a private collector in Liège; Malagasy wording (Malagasy caudex plants "
         "repeat in several sets, Operculicarya and Pachypodium among them; Uncarina and a baobab-seedling label were "
         "found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("WLF-06", "import", "FRAIR01", "air", "TD", [], "FR", "960200",
         "Sculptures en noix de palmier doum, artisanat du Kanem, 30 pièces", "TD", 24, 30, 240000, "XAF",
         "doum-palm nut carvings are small and light, with the brown skin left on in places and a hollow core; these "
         "30 figures and bangles are heavy and creamy-white, show Schreger lines on a cut face and warm slowly in the "
         "hand: worked elephant ivory (CITES App. I) without CITES documents, flown from N'Djamena to Paris for an "
         "African-art dealer; Chadian French wording (ivory repeats in many sets under bone, resin and tagua labels; a "
         "doum-nut label was found in no earlier row by a keyword search)", firm("Rivage Art Africain SARL", "FR")),
        ("WLF-07", "transit", "PTAIR01", "air", "MZ", ["PT"], "HK", "030579",
         "Lábios de peixe secos (yu chun), caixas de 20 kg, 6 caixas", "MZ", 120, 6, 3600, "USD",
         "dried fish lips are thin, leathery, yellow-brown strips of grouper lip with scales; these cartons hold "
         "thick, translucent, horny, greenish-yellow slabs of cartilage cut from the underside of turtle shells: "
         "calipee from green turtles (Chelonia mydas, CITES App. I), landed at Lisbon in transit from Maputo to Hong "
         "Kong without CITES documents; Mozambican Portuguese wording (sea-turtle products repeat in many sets as "
         "hawksbill shell; green-turtle calipee and a fish-lip label were found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
        ("WLF-08", "import", "ITAIR01", "air", "CN", [], "IT", "071290",
         "百合干 (dried lily bulb), 10 公斤箱, 20 箱", "CN", 200, 20, 3000, "USD",
         "dried lily bulb (bai he) is thin, curved, translucent cream scales; these cartons hold flattened, horny, "
         "white to yellowish tubers with ring marks and stem scars that turn sticky and mucilaginous when wet: bai "
         "ji, tubers of Bletilla striata (Orchidaceae, CITES App. II), without CITES documents, flown from Shanghai to "
         "Milan for a Chinese-medicine wholesaler; Chinese wording (bai ji repeats in a few sets, under a konjac label "
         "in blind50; a lily-bulb label was found in no earlier row by a keyword search)",
         firm("Alpina Erbe Cinesi Srl", "IT")),
        ("WLF-09", "import", "DEPOST01", "post", "BW", [], "DE", "050790",
         "Dinaka tsa phala, tse di setsweng, 2", "BW", 3.5, 2, 600, "BWP",
         "impala horns are slender, lyre-shaped and heavily ridged, about 50 cm long and under a kilo each; these two "
         "are thick horns 75 cm long with widely spaced ridges on a heavy skull plate: red lechwe (Kobus leche, CITES "
         "App. II) from the Okavango, without CITES documents, posted from Maun to a private hunter in Kassel; "
         "Setswana wording (antelope horns repeat in many sets; lechwe and an impala label were found in no earlier "
         "row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-10", "import", "DEAIR01", "air", "SC", [], "DE", "200899",
         "Friyapen sek, bwat 10 kg, 12 bwat", "SC", 120, 12, 2400, "SCR",
         "breadfruit chips are thin, pale-yellow slices that crumble; these cartons hold hard, stone-heavy, grey to "
         "black dried bodies of 20-30 cm with fleshy 'teats' along the sides and a chalky surface: dried white and "
         "black teatfish (Holothuria fuscogilva, H. nobilis, CITES App. II), without CITES documents, worth about "
         "300 USD/kg, flown from Mahé to Frankfurt for a Hamburg Asian grocer; Seychellois Creole wording (teatfish "
         "repeat in many sets; Seychelles and a breadfruit label were found in no earlier row by a keyword search)",
         firm("Nordhafen Asia Food GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "US", "ES", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponic greenhouse)", "US", 2.3, 2, 40,
     "USD", [("PRECURSOR_LICENCE", "ES-MIR-47-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "JP", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby etching of copper plates)", "JP", 2.8, 2, 6000,
     "JPY", [("PRECURSOR_LICENCE", "DE-BW-47-0088")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "853650",
     "Waste mercury switches and thermostats (16 01 08*), for mercury recovery at a licensed plant, 400 kg", "CH",
     400, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-47-0176")], "notified mercury waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "RS", "FR", "850730",
     "Waste nickel-cadmium batteries (16 06 02*), for recycling at a licensed plant, 18 t", "RS", 18000, None, 0,
     "EUR", [("BASEL_CONSENT", "FR-MTE-47-0231")], "notified NiCd batteries to a licensed recycling plant"),
    ("PRM-05", "ozone", "import", "SIAIR01", "air", "US", "SI", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "SI-MOP-ODS-47-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Recovered halon 1211, 20 cylinders, for critical-use aircraft hand-held extinguishers", "GB", 500, 20, 11000,
     "GBP", [("ODS_LICENCE", "FR-MTE-ODS-47-012")], "recovered halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "GB", "970531",
     "Merovingian gold tremissis, Frisian terp find reported in 1911, documented collection", "NL", 0.05, 1, 9000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EF-EXP-47-0031")], "archaeological coin exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ITAIR01", "air", "JP", "IT", "970610",
     "Edo-period armour (tosei gusoku), 18th century, with Japanese export permission and provenance", "JP", 15, 1,
     48000, "EUR", [("IMPORTER_STATEMENT", "IT-MIC-IS-47-0042")],
     "documented antique armour imported with the importer statement"),
    ("PRM-09", "strategic", "export", "FRSEA01", "sea", "FR", "BR", "842129",
     "Cross-flow filtration skid, 20 m2, steam-sterilisable, for a Brazilian vaccine maker", "FR", 3200, 1, 240000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-47-0655"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-47-0058")],
     "dual-use cross-flow filtration equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "IN", "810890",
     "Ti-6Al-4V forged bars, 150-250 mm diameter, 4 t, for an Indian aero-engine maker", "SE", 4000, None, 160000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-47-0193"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-47-0187")],
     "dual-use titanium alloy bars under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CN", "DE", "121190",
     "Rhodiola rosea roots, cultivated, dried, 50 kg", "CN", 50, None, 2500, "USD",
     [("CITES_PERMIT", "CN-CITES-47-1034")], "App. II cultivated Rhodiola with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "BW", "DE", "970522",
     "Red lechwe hunting trophy (horns on skull plate), within the Botswana export quota", "BW", 4, 1, 9000, "BWP",
     [("CITES_PERMIT", "BW-DWNP-47-0288")], "App. II lechwe trophy with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-05": "Central Analitika d.o.o.",
    "PRM-08": "Sig. M. Bianchi", "PRM-11": "Alpina Naturheilmittel GmbH", "PRM-12": "Herr K. Becker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("330300", "Agua de Florida cologne, 1 l bottles", "import", ["air"], ["PE", "EC"], (5, 9), (100, 500), ["USD"], 0.9, S),
    ("271019", "Model-railway smoke fluid, paraffin-based, 250 ml", "import", ["post"], ["CH", "GB"], (20, 40), (1, 3), ["CHF", "GBP"], 4, S),
    ("390730", "Epoxy resin art kit, crystal clear, A+B, 1 kg", "import", ["express"], ["TR", "AL"], (15, 25), (1, 4), ["EUR", "USD"], 1, S),
    ("130239", "Konjac glucomannan powder, 1 kg bags", "import", ["air"], ["CN"], (6, 10), (100, 500), ["USD"], 1, S),
    ("294000", "Crystalline allulose, 500 g pouches", "import", ["sea"], ["KR", "US"], (3, 5), (5000, 12000), ["USD"], 2, S),
    ("100890", "Pearled adlai (Job's tears), 1 kg bags", "import", ["air"], ["PH"], (2.5, 4), (100, 600), ["USD"], 1, S),
    ("220900", "Ume plum vinegar, 500 ml bottles", "import", ["air"], ["JP"], (4, 8), (100, 500), ["USD"], 2, S),
    ("330499", "Pearl powder, cosmetic, 100 g jars", "import", ["post"], ["VN", "CN"], (40, 80), (1, 3), ["USD"], 10, S),
    ("110820", "Chicory inulin powder, 1 kg doypacks", "import", ["sea"], ["CL"], (3, 5), (5000, 15000), ["USD"], 1, S),
    ("200989", "Passion-fruit juice, 1 l bottles", "import", ["air"], ["RW", "KE"], (2, 4), (300, 1500), ["USD"], 0.8, S),
    ("853650", "Ball-type tilt switches, mercury-free, new", "export", ["air"], ["GH", "NG"], (30, 60), (50, 300), ["EUR"], 200, S),
    ("760820", "Aluminium alloy tubes 6063, new extrusions", "export", ["sea"], ["PK", "IN"], (3, 4.5), (10000, 20000), ["EUR"], None, S),
    ("810890", "Titanium MMO-coated anodes, new, for electrolysers", "export", ["sea"], ["MA", "TR"], (40, 80), (500, 3000), ["EUR"], 0.1, S),
    ("850780", "Nickel-iron accumulators, new, for off-grid solar", "export", ["road"], ["RS", "MD"], (6, 10), (3000, 10000), ["EUR"], 0.03, S),
    ("901812", "Ultrasound scanners, new, portable", "export", ["air"], ["ST", "AO"], (150, 300), (50, 300), ["EUR"], 0.1, S),
    ("400299", "EPDM rubber granulate, virgin, coloured, for playgrounds", "export", ["sea"], ["KE", "GH"], (1.5, 2.5), (10000, 22000), ["EUR"], None, S),
    ("382499", "Polyaluminium chloride coagulant, liquid, IBC", "export", ["road"], ["UA", "MD"], (0.25, 0.45), (15000, 24000), ["EUR"], None, S),
    ("253090", "Basalt rock dust, soil remineraliser, big bags", "export", ["sea"], ["CI", "SN"], (0.08, 0.15), (20000, 26000), ["EUR"], None, S),
    ("280429", "Xenon 99.999 %, high-pressure cylinders", "import", ["air"], ["US", "JP"], (1500, 3000), (50, 300), ["USD"], 0.1, S),
    ("382499", "Dry-fly floatant, silicone gel, 30 ml", "import", ["post"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 20, S),
    ("381400", "PVC pipe primer-cleaner, acetone and MEK, 1 l tins", "import", ["sea"], ["TH", "US"], (2, 3.5), (5000, 12000), ["USD"], 1.1, S),
    ("845611", "Fibre-laser cutting machines, new, chiller on R-290", "export", ["sea"], ["TN", "MA"], (15, 30), (4000, 12000), ["EUR"], 0.0002, S),
    ("842410", "Fire-detection tube kits, FK-5-1-12, for electrical cabinets", "import", ["air"], ["KR", "US"], (20, 40), (100, 600), ["USD"], 0.5, S),
    ("442199", "Wooden beehives, pine, Langstroth", "import", ["road"], ["MK", "RS"], (3, 5), (3000, 8000), ["EUR"], 0.1, S),
    ("680299", "Odisha stone-craft statues, new, khondalite", "import", ["sea"], ["IN"], (3, 6), (1000, 4000), ["USD"], 0.05, S),
    ("950590", "Cosplay samurai armour replicas, plastic", "import", ["express"], ["JP", "CN"], (60, 120), (2, 4), ["USD"], 0.3, S),
    ("482010", "Handmade agar-bark paper notebooks, new", "import", ["air"], ["IN", "NP"], (10, 20), (50, 300), ["USD"], 5, S),
    ("960622", "Reproduction brass buttons, new", "export", ["post"], ["GB", "US"], (40, 80), (1, 2), ["EUR"], 60, S),
    ("442090", "Carved wooden crucifixes, new", "export", ["express"], ["CH", "US"], (30, 60), (1, 4), ["EUR"], 0.5, S),
    ("490199", "Facsimile editions of medieval gospel books", "export", ["express"], ["US", "GB"], (40, 100), (2, 4), ["EUR"], 0.3, S),
    ("691390", "Hand-painted ceramic wall panels, Central Asian style, new", "import", ["air"], ["KZ", "UZ"], (6, 12), (100, 600), ["USD"], 0.3, S),
    ("741980", "Lost-wax brass bowls, new, Kumasi craft", "import", ["air"], ["GH"], (8, 15), (100, 500), ["USD"], 0.5, S),
    ("691390", "Pucará ceramic replicas, new, stamped", "import", ["post"], ["PE"], (15, 30), (1, 3), ["USD"], 1, S),
    ("854141", "LED chips for horticultural grow lights", "export", ["air"], ["KZ", "AM"], (300, 600), (5, 30), ["EUR"], 500, S),
    ("901920", "Veterinary nebulisers, portable, for horses", "export", ["air"], ["JO", "EG"], (60, 120), (50, 300), ["EUR"], 0.2, S),
    ("842121", "Drinking-water ultrafiltration units, containerised, PVC modules", "export", ["sea"], ["AM", "GE"], (12, 20), (1000, 4000), ["EUR"], 0.0005, S),
    ("380893", "Ethephon 480 g/l, plant-growth regulator, drums", "export", ["rail"], ["UZ", "KZ"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("810890", "Titanium grade 4 rods, 4 mm, for dental implants", "export", ["air"], ["AE", "IN"], (60, 100), (50, 300), ["EUR"], None, S),
    ("650610", "Ski helmets, ABS shell, new", "export", ["road"], ["MD", "RS"], (40, 70), (500, 2000), ["EUR"], 2, S),
    ("847989", "Pool-cleaning robots, household", "export", ["sea"], ["AE", "SA"], (60, 100), (1000, 4000), ["EUR"], 0.1, S),
    ("261510", "Zircon sand, premium grade", "import", ["sea"], ["ZA", "AU"], (1.5, 2.5), (20000, 26000), ["USD"], None, S),
    ("690310", "Clay-graphite crucibles for jewellers", "export", ["sea"], ["PK", "IN"], (4, 8), (1000, 4000), ["EUR"], 1, S),
    ("442090", "Carved vesi-wood pendants, Fijian craft", "import", ["air"], ["FJ"], (30, 60), (20, 100), ["USD"], 2, S),
    ("960200", "Doum-palm nut carvings, new", "import", ["air"], ["TD", "SD"], (10, 20), (50, 300), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("611610", "Knitted work gloves, nitrile-coated", "import", ["sea"], ["PK", "CN"], (3, 6), (3000, 8000), ["USD"], 12, N),
        ("950629", "Swimming kickboards, EVA foam", "import", ["sea"], ["CN"], (4, 7), (1000, 4000), ["USD"], 5, N),
        ("482361", "Disposable plates, bamboo-pulp paper", "import", ["sea"], ["VN", "CN"], (1.5, 3), (4000, 10000), ["USD"], 40, N),
        ("392330", "Reusable drinking bottles, Tritan plastic, empty", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind130", 20471101, HERE)


if __name__ == "__main__":
    main()
