#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-ninth blind set (tests/risk/data/blind229-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2064, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: paints, dyes, inks and pigments (paint makers and tinting
shops, dye houses, pigment and colourant traders, art-materials suppliers, printing-ink makers
and toner and ink refillers). Written by a person who had not read the profile packs (nor any
rule file) and had not run the engine on it, and committed before any change measured on it,
to be measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
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
would. Ids are BL229-*:

    python3 tests/risk/data/make_blind229_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTPOST01", "post", "KR", [], "LT", "321390",
         "알코올 마커용 무색 블렌더 리필 잉크, 4 x 1 L", "KR", 4.6, 4, 96000, "KRW",
         "a colourless blender refill for alcohol markers is ethanol and isopropanol that smells of spirit, "
         "evaporates in seconds and weighs 0.79 kg/l; these four bottles weigh 1.13 kg/l, smell of nothing, do not "
         "evaporate, bleach the skin white and foam on a cut, and the caps are vented: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), posted from Seoul to a private person in Kaunas; Korean wording (hydrogen peroxide "
         "and water-like labels repeat in many sets; an alcohol-marker blender label was found in no earlier row by "
         "a keyword search)", person("Privatus asmuo", "LT")),
        ("PRE-02", "import", "PTAIR01", "express", "BR", [], "PT", "320890",
         "Médium fluidificante para pintura acrílica (pouring), transparente, 4 frascos de 1 litro", "BR", 4.7, 4,
         320, "BRL",
         "an acrylic pouring medium is a milky, sticky polymer emulsion that dries clear and smells faintly of "
         "ammonia; these four bottles hold a water-clear, oily liquid of 1.14 kg/l that does not mix with acrylic "
         "paint, smells sharp and fruity and burns with a pale flame, and the filler's drum label on the invoice "
         "annex reads 'nitrometano': nitromethane (Annex I above 16 %), sent by express from São Paulo to a private "
         "person in Braga, although flammable liquids travel by express only as declared dangerous goods; "
         "Brazilian Portuguese wording (nitromethane repeats in many sets; an acrylic-pouring-medium label was "
         "found in no earlier row by a keyword search)", person("Particular", "PT")),
        ("PRE-03", "import", "PTAIR01", "air", "PK", [], "PT", "290499",
         "لوڈیگول (سوڈیم میٹا نائٹرو بینزین سلفونیٹ)، ری ایکٹیو پرنٹنگ کے لیے، 1 کلو پیک، 300 پیک", "PK", 300,
         300, 900, "USD",
         "Ludigol (sodium m-nitrobenzenesulphonate) is the mild oxidant a fabric printer adds to reactive-dye paste: "
         "a pale-yellow, slightly sticky powder; these 300 packs hold shiny, colourless crystals with no yellow tint "
         "that crackle and throw violet sparks on a hot plate and whose inner liners carry CAS 3811-04-9, for a "
         "Porto fabric-printing and tie-dye shop that sells 1 kg packs to hobbyists: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Lahore (Faisalabad printers' supply "
         "trade); Urdu wording (potassium chlorate repeats in many sets and dye-printing auxiliaries as covers in "
         "blind186's emphasis on textiles; a Ludigol label was found in no earlier row by a keyword search)",
         firm("Atelier Estampa Têxtil Lda", "PT")),
        ("PRE-04", "import", "ROSEA01", "sea", "CN", [], "RO", "320642",
         "锌钡白 (立德粉) B301, 涂料用白色颜料, 1 公斤袋, 12,000 袋", "CN", 12000, 12000, 7800, "USD",
         "lithopone is a soft, fine, brilliantly white pigment of zinc sulphide and barium sulphate that does not "
         "dissolve and weighs 4.3 kg/l; these bags hold coarse, colourless crystals that dissolve at once in water, "
         "taste salty-cool, draw damp and flare yellow on a gas ring, and the factory sheet gives CAS 7775-09-9, for "
         "a Constanța paint-and-DIY chain that sells the 1 kg bags as a 'wall-paint whitener' to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Tianjin; Chinese "
         "wording (sodium chlorate repeats in many sets under salt, sugar and pigment labels; a lithopone label was "
         "found in no earlier row by a keyword search)", firm("Orion Bricolaj SRL", "RO")),
        ("PRE-05", "import", "GRROAD01", "road", "MK", [], "GR", "250900",
         "Болоњска креда за левкас и позлата, 1 кг кесе, 600 кесе", "MK", 600, 600, 720, "EUR",
         "Bologna chalk for icon gesso (levkas) is a soft, chalky, off-white powder that fizzes with vinegar and "
         "never dissolves; these 600 bags hold hard white prills that turn ice-cold in water, vanish into it, do "
         "not fizz, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki icon-painting and gilding "
         "supplies shop that sells 1 kg bags to hobby painters: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, in a van at Evzonoi; Macedonian wording (ammonium nitrate repeats in "
         "many sets and chalk labels in a few; a Bologna-chalk (gesso) label was found in no earlier row by a "
         "keyword search)", firm("Delta Eikonografia AE", "GR")),
        ("PRE-06", "import", "ESAIR01", "express", "MX", [], "ES", "321290",
         "Activador de óxido para pintura efecto metálico, kit pátina, 4 frascos de 500 ml", "MX", 2.8, 4, 900,
         "MXN",
         "the rust activator sold with iron-effect paints is a dilute, faintly green salt solution of about 1.05 "
         "kg/l; these four bottles hold a liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow "
         "and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %), sent by express from Puebla to a "
         "private person in Murcia, although corrosive liquids travel by express only as declared dangerous goods; "
         "Mexican Spanish wording (nitric acid repeats in many sets and activator labels in a few, on other "
         "precursors; a rust-patina activator for metal-effect paint is the new part as far as a search found)",
         person("Sr. J. García", "ES")),
        ("PRE-07", "import", "ATROAD01", "road", "CH", [], "AT", "283990",
         "Kaliwasserglas-Fixativ für Silikatfarben, 1-l-Flaschen, 960 Flaschen", "CH", 1770, 960, 4300, "CHF",
         "potassium water glass for silicate paints is a viscous, alkaline, slightly cloudy liquid of about 1.25 "
         "kg/l that turns slippery between the fingers; these bottles hold an oily, water-clear liquid of 1.84 kg/l "
         "that grows hot with a drop of water, chars a wooden spatula black and reads strongly acid on a strip, for a "
         "Salzburg art-supplies shop that sells the bottles to the public: about 96 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, on a lorry at Feldkirch-Tisis; Swiss German wording "
         "(sulphuric acid repeats in many sets and a water-glass label once, in blind49 and as a waste cover in "
         "blind121; a potassium-water-glass fixative for silicate paint is the new part as far as a search found)",
         firm("Alpina Künstlerbedarf GmbH", "AT")),
        ("PRE-08", "import", "DKPOST01", "post", "JP", [], "DK", "391239",
         "マーブリング用サイズ剤 (メチルセルロース粉末), 500 g × 6 袋", "JP", 3.1, 6, 9000, "JPY",
         "methylcellulose size for paper marbling is a fluffy, fibrous white powder that swells slowly into a thick, "
         "clear gel; these six bags hold a heavy, crystalline powder that dissolves instantly without thickening, "
         "draws damp in the open bag and burns fiercely when mixed with sugar, and the re-used inner bags read "
         "'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Kyoto to a private person in Aarhus; "
         "Japanese wording (sodium perchlorate repeats in many sets and methylcellulose labels twice, in blind201 "
         "and blind218; a suminagashi/marbling-size label is the new part as far as a search found)",
         person("Privatperson", "DK")),
        ("PRE-09", "import", "SIAIR01", "express", "IN", [], "SI", "320649",
         "अभ्रक पाउडर, मोती सफ़ेद, एपॉक्सी रेज़िन आर्ट के लिए, 4 x 500 ग्राम", "IN", 2.1, 4, 2400, "INR",
         "pearl-white mica powder for resin art is a silky, shimmering powder that glitters in the light and floats "
         "on water; these four jars hold a dull, gritty, non-shimmering white powder that sinks, barely dissolves and "
         "burns with a violet-white flash mixed with sugar, and the jar labels under the stickers read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Kolkata to a private person in Maribor; "
         "Hindi wording (potassium perchlorate repeats in many sets and mica appears in many rows, chiefly on other "
         "goods; a resin-art pearl-mica label was found in no earlier row by a keyword search)",
         person("Zasebnik", "SI")),
        ("PRE-10", "import", "ROROAD01", "road", "MD", [], "RO", "310230",
         "Aditiv de structură pentru vopsea de fațadă (granule albe), pungi 1 kg, 4.000 pungi", "MD", 4000, 4000,
         2600, "EUR",
         "a texture additive for façade paint is hard, translucent quartz or marble grit that sinks in water and "
         "stays put; these bags hold round, white, porous prills that turn the water ice-cold and vanish into it, "
         "test at 34 % N and melt and fume on a hot plate, for an Iași DIY chain that sells 1 kg bags to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Albița; Romanian wording from Moldova (ammonium nitrate repeats in many sets; a façade-paint texture "
         "label was found in no earlier row by a keyword search)", firm("Vega Casa și Grădină SRL", "RO")),
    ],
    "waste": [
        ("WST-01", "export", "SISEA01", "sea", "SI", [], "DZ", "847982",
         "Rabljeni avtomatski stroji za niansiranje barv (tinting), delujoči, 60 kosov", "SI", 18000, 60, 24000,
         "EUR",
         "used automatic tinting machines from paint shops are clean, complete dispensers with their colorant "
         "canisters and a test print; these 60 are broken, cannibalised cabinets with cut cables, dead boards and "
         "canisters still holding dried and leaking solvent-borne colorants (lead-chromate and cadmium shades among "
         "them): discarded electrical equipment with hazardous components and colorant residues (16 02 13*, 08 01 "
         "11*; Basel A1180 and Y12), hazardous waste whose export to a non-OECD country is banned, from Koper to "
         "Algiers for a 'paint-shop equipment' dealer; Slovenian wording (e-waste as used equipment repeats in many "
         "sets; tinting machines were found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "390750",
         "Żywica alkidowa, druga gatunkowo, w beczkach 200 l, 80 beczek", "PL", 16000, 80, 4800, "EUR",
         "off-grade alkyd resin is a clear, amber, honey-thick resin with a batch certificate; these drums hold a "
         "black, tarry, lumpy mass smelling of xylene and burnt oil with pigment grit in it and no certificate, "
         "scraped from a Silesian paint factory's solvent-recovery still: still bottoms and paint sludge "
         "containing organic solvents (08 01 17*, 07 01 08*; Y12), hazardous waste whose export to a non-OECD "
         "country is banned, at Hrebenne for a Lviv 'paint maker'; Polish wording (paint-factory waste repeats in "
         "several sets and an alkyd label in one, blind161; still bottoms as second-grade alkyd resin by road to "
         "Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "320417",
         "Pasta di pigmento giallo (presscake), umida, in fusti, 40 fusti", "IT", 9600, 40, 5800, "EUR",
         "a pigment presscake is a bright, even, finely filtered cake of one pigment with a shade card and a data "
         "sheet; these drums hold a grey-brown, foul-smelling, patchy cake of mixed colours with fibres and lime in "
         "it that reads chromium and several aromatic amines: filter-press sludge from a Lombard dye house's effluent "
         "plant (04 02 19*, 06 05 02*; Y12), hazardous waste whose export to a non-OECD country is banned, from "
         "Genoa to Radès for a 'pigment dispersion' firm; Italian wording (dye-house sludge repeats in several sets; "
         "a pigment-presscake label was found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "IN", "320649",
         "Cadmiumrot/-gelb Pigment, Zweitqualität, für Keramikfarben, Big Bags, 12 t", "DE", 12000, None, 9000, "EUR",
         "second-quality cadmium pigment for ceramic colours is an even, brilliant powder in sealed, labelled bags; "
         "these big bags hold a dull, grey-orange, lumpy dust with filter fibres, floor sweepings and broken "
         "filter bags, about 15 % cadmium: baghouse dust and sweepings from a pigment plant's filters (06 13 02*? "
         "no: 06 04 05*, 10 08 15*; Basel A1010/A1020 and Y26, Y12), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Nhava Sheva; German wording (cadmium waste repeats in several sets "
         "and off-grade labels in three; cadmium pigment as a ceramic colour is the new part as far as a search "
         "found)", {"importer_country": "IN"}),
        ("WST-05", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "320620",
         "Zinkphosphat-Korrosionsschutzpigment, rückgewonnen, Big Bags, 22 t", "AT", 22000, None, 2200, "EUR",
         "recovered zinc phosphate pigment would be a fine, even, white powder; these bags hold orange-red and grey "
         "paint flakes mixed with spent steel grit and dust that read 8 % lead and chromate, blasted off a Danube "
         "bridge being repainted: abrasive-blasting waste with red-lead and chromate paint (12 01 16*, 08 01 17*; "
         "Y12, Y31), hazardous waste whose export to a non-OECD country is banned, on a lorry through Hungary to a "
         "Novi Sad 'paint maker'; Austrian German wording (lead-paint blasting waste repeats in several sets under "
         "garnet and grit labels; a zinc-phosphate pigment label was found only in the notes of two earlier rows)",
         {"importer_country": "RS"}),
        ("WST-06", "export", "LTROAD01", "road", "LT", [], "BY", "401699",
         "Naudoti guminiai kilimėliai gyvulių gardams (iš spaudos audeklų), 18 t", "LT", 18000, None, 900, "EUR",
         "rubber stable mats are thick, clean, studded sheets; this lorry holds thin, curled offset-printing blankets "
         "sodden with ink and blanket wash that reek of solvent, with wiping rags and empty wash cans packed "
         "between them, from a Kaunas printing house: absorbents and blankets contaminated by solvents and inks "
         "(15 02 02*, 08 03 12*; Y12), hazardous waste whose export to a non-OECD country is banned (and to "
         "Belarus under sanctions besides), at Medininkai; Lithuanian wording (printing-house waste repeats in "
         "several sets; used printing blankets were found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "GH", "321310",
         "Kunstenaarsverf (olie en acryl), schenking aan scholen, 1.800 dozen", "NL", 14000, 1800, 1800, "EUR",
         "artists' colours donated to schools are sealed, in-date tubes and jars in boxed sets; these boxes hold "
         "burst, hardened and leaking tubes of every make and decade, tins of flake white (basic lead carbonate), "
         "cadmium and cobalt colours and skinned varnishes, cleared out of a bankrupt Utrecht art-materials "
         "wholesaler's warehouse: waste paint and varnish containing heavy metals and solvents (08 01 11*; Y12), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema for a 'school "
         "charity' in Kumasi; Dutch wording (donation labels repeat in many sets on other wastes and an overstock "
         "printing-ink label in blind195; artists' paints as a school donation were found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "PK", "720430",
         "Ferraille de fer-blanc, boîtes de peinture vides, balles, 20 t", "BE", 20000, None, 3000, "EUR",
         "baled tinplate scrap from empty paint tins is flattened, dry, rattling metal; these bales hold whole "
         "aerosol spray-paint cans that hiss when pierced, half-full tins of solvent paint that drip from the bales "
         "and smell of thinner: waste aerosols and packaging with hazardous residues (16 05 04*, 15 01 10*, 15 01 "
         "11*; Y12), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Karachi; Belgian "
         "French wording (tinplate labels appear in a few earlier rows, on other goods; aerosol paint cans as "
         "tinplate scrap are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "CV", "320890",
         "Tinta antivegetativa para barcos de pesca, nova, latas 4 l, 900 latas", "PT", 4500, 900, 2700, "EUR",
         "new antifouling for fishing boats comes in sealed, dated tins with a current biocide registration; these "
         "tins are rusty, dented, without registration numbers, dated 1998-2004, and their labels name tributyltin "
         "methacrylate: obsolete TBT antifouling from a Peniche chandler's old stock (08 01 11*; Y12, and a POP "
         "under the Stockholm Convention), hazardous waste whose export to a non-OECD country is banned, from "
         "Lisbon to Mindelo for a 'marine store'; Portuguese wording (antifouling waste repeats in several sets, "
         "chiefly as blasting grit; TBT tins as new antifouling to Cabo Verde are the new part as far as a search "
         "found)", {"importer_country": "CV"}),
        ("WST-10", "transit", "DESEA01", "sea", "SE", ["DE"], "NG", "290230",
         "Toluen, återvunnen, 99 %, IBC 1 000 l, 20 IBC", "SE", 17400, 20, 8000, "EUR",
         "recovered toluene of 99 % is water-clear with a distillation certificate; these IBCs hold a brown, cloudy "
         "solvent with ink sediment at the bottom that reads 70 % toluene and pigment and resin residues, drained "
         "from a Norrköping gravure printer's solvent-recovery unit without distillation: spent printing solvent "
         "(08 03 12*, 14 06 03*; Y12, Y42), hazardous waste whose export to a non-OECD country is banned, declared "
         "in transit through Hamburg to Lagos; Swedish wording (spent solvents repeat in many sets and a toluene "
         "label once; a gravure printer's solvent in transit through Hamburg is the new part as far as a search "
         "found)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "321000",
         "Ters kullanım işaretleme spreyi, floresan, harita ve inşaat için, 500 ml, 4.800 kutu", "TR", 3600, 4800,
         7200, "EUR",
         "inverted marking paint for surveyors is propelled by a butane-propane or DME mix marked on the can; "
         "these cans carry no propellant name, their gas burns badly, and a can vented into the detector reads "
         "chlorodifluoromethane: HCFC-22 as aerosol propellant, an ozone-depleting substance whose placing on the "
         "market in aerosols is banned, on a lorry at Kapitan Andreevo for a Plovdiv surveying-supplies wholesaler; "
         "Turkish wording (HCFC aerosols repeat in several sets, spray-paint labels twice and a livestock marking-spray "
         "label once, blind212, on CFC-12; surveyors' inverted marking paint is the new part as far as a search found)", firm("Central Geo EOOD", "BG")),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "381400",
         "网版清洗剂 (溶剂型塑胶油墨用), 20 升桶, 300 桶 / Detergente per telai serigrafici", "CN", 7900, 300, 9600,
         "USD",
         "a screen wash for plastisol inks is a citrus- or ester-smelling, flammable solvent of about 0.9 kg/l; "
         "these drums hold a heavy (1.33 kg/l), non-flammable, sweet-smelling solvent that the analyser reads as "
         "1,1,1-trichloroethane: methyl chloroform, an ozone-depleting substance whose import is banned, by sea from "
         "Ningbo to Genoa for a screen-printing supplies dealer in Prato; Chinese and Italian wording (methyl "
         "chloroform repeats in many sets, once as a printers' blanket wash in blind107; a screen wash for plastisol "
         "inks is the new part as far as a search found)", firm("Meridian Serigrafia Srl", "IT")),
        ("OZN-03", "import", "IESEA01", "sea", "IN", [], "IE", "271012",
         "Odourless mineral spirits (OMS), artists' grade, for oil painting, 1 l tins, 2,400 tins", "IN", 3800, 2400,
         4200, "USD",
         "artists' odourless mineral spirits are a light, flammable isoparaffin of 0.76 kg/l that floats on water; "
         "these tins hold a non-flammable liquid of 1.59 kg/l that sinks in water and smells sweet, and the "
         "analyser reads tetrachloromethane: carbon tetrachloride, an ozone-depleting substance whose import is "
         "banned, by sea from Mundra to Dublin for an art-materials wholesaler; Indian English wording (carbon "
         "tetrachloride repeats in many sets under solvent labels, gum turpentine in blind119; artists' OMS is the "
         "new part as far as a search found)", firm("Atlantic Art Supply Ltd", "IE")),
        ("OZN-04", "import", "GRSEA01", "sea", "EG", [], "GR", "381400",
         "مذيب تنظيف مسدسات الرش (Gun wash)، جالون 5 لتر، 1,200 جالون", "EG", 7400, 1200, 6000, "USD",
         "gun wash for car-refinish spray guns is a cheap, flammable blend of recovered acetone, toluene and esters "
         "of about 0.85 kg/l; these cans hold a clear liquid of 1.24 kg/l that barely burns and reads "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, an ozone-depleting substance whose import is banned, by sea from "
         "Alexandria to Piraeus for a car-paint distributor; Egyptian Arabic wording (HCFC-141b repeats in many "
         "sets under solvent and flushing labels; a gun-wash label was found in no earlier row by a keyword search)",
         firm("Horizon Vafes AE", "GR")),
        ("OZN-05", "import", "HRSEA01", "sea", "CN", [], "HR", "842489",
         "Komora za lakiranje automobila, s filtrima i rasvjetom, 1 komplet", "CN", 7200, 1, 21000, "USD",
         "a Chinese car-refinish booth shipment for a Zagreb body-shop builder: the booth, its filters and lamps are "
         "what such a container holds, but the third item's 'CO2 aparati za gašenje' are 24 squat, green-painted "
         "cylinders with a gauge, no CO2 horn and a 'BCF' stamp, whose contents read bromochlorodifluoromethane: "
         "halon 1211 fire-suppression units for the booth, an ozone-depleting substance whose import is banned "
         "outside critical uses, hidden as the last item of a three-item declaration, by sea from Qingdao to "
         "Rijeka; Croatian wording (halon 1211 under extinguisher labels repeats in many sets; built into a "
         "spray-booth kit is the new part as far as a search found)",
         dict(firm("Vega Lakirnica d.o.o.", "HR"),
              _more_items=[item("842139", "Filteri za komoru za lakiranje, stropni i podni, 200 kom", "CN", 600,
                                1800, "USD", qty=200),
                           item("842410", "CO2 aparati za gašenje požara, 6 kg, 24 kom", "CN", 310, 900, "USD",
                                qty=24)])),
        ("OZN-06", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR", "GE", "AZ", "KZ"], "UZ", "847982",
         "Perlmühlen-Dispergierlinie für Wandfarben, gebraucht, wassergekühlt, 1 Anlage", "DE", 14000, 1, 96000,
         "EUR",
         "a used bead-mill line for emulsion paint is cooled by mains water through its jacket; this line has a "
         "built-in chiller skid with a compressor whose plate reads 'R22, 18 kg' and the charge still in it: "
         "equipment relying on HCFC-22, whose export is banned, sold by a Westphalian paint maker to a Tashkent "
         "paint factory, by road; German wording (R-22 equipment for export repeats in many sets; a paint-factory "
         "bead-mill line is the new part as far as a search found)", {"importer_country": "UZ"}),
        ("OZN-07", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "Čisticí kapalina na fotoválce a tonerové kazety, 1 l lahve, 240 lahví", "CN", 380, 240, 1900, "USD",
         "a drum and cartridge cleaner for toner refillers is an isopropanol-based, flammable liquid of 0.79 kg/l; "
         "these bottles hold a heavy (1.56 kg/l), non-flammable solvent with a faint ether smell that the analyser "
         "reads as 1,1,2-trichlorotrifluoroethane: CFC-113, an ozone-depleting substance whose import is banned, "
         "flown from Zhuhai (the cartridge-remanufacturing hub) to Prague for a toner-refill chain; Czech wording "
         "(CFC-113 repeats in many sets under cleaning labels; a toner-refill drum cleaner was found in no earlier "
         "row by a keyword search)", firm("Orion Toner s.r.o.", "CZ")),
        ("OZN-08", "import", "LVSEA01", "sea", "IN", [], "LV", "320611",
         "Tonēšanas pastas (kolorantes) tonēšanas iekārtām, 1 l kannas, 2 400 kannas", "IN", 2900, 2400, 14000,
         "USD",
         "a tinting-supplies container from Mumbai for a Riga paint distributor: colorant pastes and a tinting "
         "machine are what such shops order, but the third item's 'kolorantu maiņas kasetes' are 13.6 kg returnable "
         "steel cylinders with valves, painted light green, that hold chlorodifluoromethane: HCFC-22 (R-22), an "
         "ozone-depleting substance whose import is banned, hidden as the last item of a three-item declaration, by "
         "sea from Nhava Sheva to Riga; Latvian wording (HCFC-22 under other labels repeats in many sets; as "
         "tinting-machine colorant canisters is the new part as far as a search found)",
         dict(firm("Nordhafen Krāsas SIA", "LV"),
              _more_items=[item("847982", "Tonēšanas iekārta, automātiska, 2 gab.", "IN", 640, 9000, "USD", qty=2),
                           item("732690", "Kolorantu maiņas kasetes, metāla, 80 gab.", "IN", 1090, 1600, "USD",
                                qty=80)])),
        ("OZN-09", "import", "MTPOST01", "post", "HK", [], "MT", "321000",
         "Fixative spray for pastel and charcoal, matt, 400 ml, 6 cans / 粉彩炭筆定畫噴膠", "HK", 2.6, 6, 480, "HKD",
         "pastel fixative sprays are a thin resin in alcohol propelled by dimethyl ether or butane; these six cans "
         "are printed only in Chinese, feel heavy, and the gas vented into a detector reads HCFC-142b and HCFC-22: "
         "ozone-depleting propellants whose aerosol use is banned, posted from Hong Kong to a private art student "
         "in Sliema; English and traditional Chinese wording (HCFC aerosols repeat in several sets; a pastel "
         "fixative was found in no earlier row by a keyword search)", person("Private individual", "MT")),
        ("OZN-10", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "291411",
         "Aceton tehnički za razređivanje boja, bure 250 kg, 40 bureta", "CN", 10000, 40, 9000, "USD",
         "technical acetone for thinning paints is a light (0.79 kg/l), very flammable liquid that smells of nail "
         "varnish; these drums hold a liquid of 1.24 kg/l that barely burns and smells faintly ethereal, and the "
         "analyser reads 1,1-dichloro-1-fluoroethane: HCFC-141b, an ozone-depleting substance, declared in transit "
         "through Koper to a Belgrade paint wholesaler without the licences its trade needs; Serbian wording "
         "(HCFC-141b repeats in many sets and transit through Koper in one, blind121; as paint-thinning acetone is "
         "the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "EG", [], "FR", "680299",
         "باليتة ألوان من حجر الأردواز، لخلط الألوان المائية، قطعة واحدة", "EG", 1.4, 1, 35, "USD",
         "a slate watercolour palette is a new, machine-cut, polished rectangle with wells; this is a thin, greenish "
         "siltstone plaque in the shape of a fish, worn smooth, with a shallow grinding hollow stained green by "
         "malachite and a drilled suspension hole, and soil in the eye: a Predynastic (Naqada II) cosmetic palette, "
         "an archaeological object exported from Egypt without permission (Law 117 of 1983) and imported without "
         "the licence EU rules require, sent by express from Cairo to a private buyer in Lyon; Egyptian Arabic "
         "wording (Egyptian antiquities repeat in many sets and Naqada objects in two notes; as a slate "
         "paint-mixing palette is the new part as far as a search found)", person("M. T. Dubois", "FR")),
        ("CUL-02", "import", "DEAIR01", "air", "TW", [], "DE", "960330",
         "書法用品: 羊毫毛筆, 100 支", "TW", 4, 100, 600, "USD",
         "a calligraphy-supply air shipment from Taipei for a Munich East-Asian art-materials shop: brushes, xuan "
         "paper and new Duan inkstones are what such shops sell, but one of the 'new' inkstones in the third item is "
         "a worn, lobed, purple stone with a deep ink pool, crisp old cutting, a Song-style inscription and a "
         "collector's seal, soil in the cracks and no factory box: a Song-dynasty Duan inkstone, a cultural relic "
         "exported without permission and brought in without the documents EU rules on cultural goods require, "
         "hidden as the last item of a three-item declaration; traditional Chinese wording from Taiwan (Chinese "
         "antiquities repeat in many sets; a Song inkstone among new inkstones was found in no earlier row by a "
         "keyword search)",
         dict(firm("Meridian Asia Kunstbedarf GmbH", "DE"),
              _more_items=[item("480240", "宣紙, 四尺, 10 刀", "TW", 40, 800, "USD"),
                           item("680299", "端硯, 新製, 6 方", "TW", 9, 240, "USD", qty=6)])),
        ("CUL-03", "import", "ITAIR01", "air", "PK", [], "IT", "680990",
         "Plaster casts for drawing classes, classical heads, 4 pcs", "PK", 38, 4, 160, "USD",
         "plaster casts for drawing classes are white, light, hollow and stamped with the caster's mark; one of "
         "these four is a solid, heavy lime-stucco head with a Buddha's curled hair, traces of red and black paint, "
         "a broken-off back with wall mortar and earth in the crevices: a Gandharan stucco head (3rd-5th century), "
         "exported from Pakistan without permission (Antiquities Act 1975) and imported without the licence EU "
         "rules require, flown from Peshawar via Islamabad to Rome for an academy of fine arts' 'supplier'; "
         "Pakistani English wording (Gandhara repeats in many sets, and a drawing-academy plaster-cast label "
         "once, on a Roman marble head in blind185, kept as a repeat of the cover; Gandharan stucco from Pakistan "
         "under it is the new part as far as a search found)", firm("Rivage Belle Arti Srl", "IT")),
        ("CUL-04", "import", "ESAIR01", "air", "PE", [], "ES", "970191",
         "Pintura al óleo sobre lienzo nuevo, copia de taller de escuela cusqueña, 1 cuadro", "PE", 9, 1, 180, "USD",
         "a workshop copy of a Cusco-school painting is bright, on new machine-woven canvas with fresh stretcher "
         "bars and thick modern paint; this one has a hand-woven, relined canvas, fine craquelure under a yellowed "
         "varnish, gold brocateado worn through, old tack holes and a parish inventory number on the back: an "
         "18th-century Cusco-school painting of the Virgin, stolen from an Andean church and exported without the "
         "Peruvian Ministry of Culture's permit, flown from Cusco via Lima to Madrid; Peruvian Spanish wording "
         "(Cusco-school paintings repeat in several sets; kept as a repeat of the good, the workshop-copy label on "
         "new canvas being the new part as far as a search found)", firm("Delta Arte Colonial SL", "ES")),
        ("CUL-05", "import", "NLAIR01", "air", "NP", [], "NL", "442199",
         "लुङ्टा (प्रार्थना झण्डा) छाप्ने काठका ब्लकहरू, नयाँ, हातले कुँदिएको, ४० थान", "NP", 120, 40, 600, "USD",
         "new prayer-flag printing blocks are pale, fresh-cut wood with sharp edges and no ink; among these 40 are "
         "twelve dark, ink-soaked, long narrow boards carved on both faces with Tibetan script in mirror image, page "
         "numbers and a monastery press mark, worn smooth at the handles: woodblocks of a Tibetan monastery's "
         "Kangyur printing, cultural property exported without permission, flown from Kathmandu to Amsterdam for a "
         "Buddhist-goods shop; Nepali wording (Himalayan objects repeat in many sets and printing blocks in two, "
         "textile blocks; monastery scripture blocks under a prayer-flag-block label are the new part as far as a "
         "search found)", firm("Horizon Dharma BV", "NL")),
        ("CUL-06", "import", "BEAIR01", "air", "EC", [], "BE", "691390",
         "Sellos de arcilla para estampar telas, artesanía nueva de Manabí, 60 unidades", "EC", 14, 60, 120, "USD",
         "new clay stamps for fabric printing are pale, light, evenly fired and sharp; among these 60 are cylindrical "
         "roller stamps and flat stamps of dark, dense clay with worn, rounded designs, root marks and soil in the "
         "grooves: pre-Columbian Manteño and Jama-Coaque sellos used for body paint and cloth, archaeological objects "
         "exported without the permit Ecuadorian heritage law requires, flown from Manta via Quito to Brussels; "
         "Ecuadorian Spanish wording (pre-Columbian stamps repeat in several sets under sello labels; kept as a "
         "repeat of the good, a fabric-printing craft label being the new part as far as a search found)",
         firm("Central Artesanía SA", "BE")),
        ("CUL-07", "import", "ITROAD01", "road", "TR", ["BG", "RS", "HR", "SI"], "IT", "491191",
         "صفحه تمرین خوشنویسی نستعلیق روی کاغذ دست‌ساز، نو، ۲۰ برگ", "IR", 1.2, 20, 200, "EUR",
         "new nasta'liq practice pages on handmade paper are crisp, with fresh ink and no colour; one of these 20 is a "
         "large, soft, foxed leaf with six-column verse, gold and lapis rulings, a painted battle scene in mineral "
         "colours and old repairs along the gutter: a Safavid Shahnameh folio, cultural property exported from Iran "
         "without permission and carried in a Tabriz calligraphy-supply van through Türkiye and the Balkans to "
         "Trieste; Persian wording (Iranian manuscripts repeat in several sets and calligraphy practice sheets "
         "(mashq) once, from Herat in blind149, kept as a repeat of the cover; a painted Shahnameh folio by road "
         "in a calligraphy-supply van is the new part as far as a search found)", firm("Orion Carta Srl", "IT")),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "442199",
         "Дошки для іконопису, левкасовані, чисті, 50 шт.", "UA", 60, 50, 400, "EUR",
         "blank gessoed icon boards are new lime or pine panels with a smooth, white levkas and nothing on them; one "
         "of these 50, face to the bottom of the stack, is an old, warped panel with dovetailed battens, a darkened "
         "figure of St Nicholas, worm holes and a church inventory number: a late-18th-century icon, cultural "
         "property of Ukraine exported without the Ministry of Culture's permit, on a lorry at Yahodyn; Ukrainian "
         "wording (icons repeat in many sets; under a blank gessoed-icon-board label is the new part as far as a "
         "search found)", firm("Atlantic Ikona Sp. z o.o.", "PL")),
        ("CUL-09", "import", "FRAIR01", "air", "IN", [], "FR", "520852",
         "కలంకారి వస్త్రం, సహజ రంగులు, కొత్తది, చేతితో చిత్రించినది, 1 పీస్", "IN", 3, 1, 150, "USD",
         "a new kalamkari hanging is crisp cotton with bright alum-madder reds and fresh indigo; this one is a "
         "fragile, patched, smoke-darkened temple cloth with faded colours, Telugu inscriptions, old hand-spun "
         "cotton and rust holes from nails: an 18th-century Srikalahasti temple kalamkari, an antiquity whose export "
         "from India without a licence (Antiquities and Art Treasures Act 1972) is banned, flown from Hyderabad to "
         "Paris for a textile dealer; Telugu wording (Indian antiquities repeat in many sets; a kalamkari label was "
         "found in no earlier row by a keyword search)", firm("Rivage Textiles Anciens SARL", "FR")),
        ("CUL-10", "import", "ATPOST01", "post", "CN", [], "AT", "491191",
         "岩彩 (矿物颜料) 色卡板, 手绘样板, 1 块", "CN", 2.2, 1, 30, "USD",
         "a mineral-pigment sample board is a new, flat panel with neat squares of malachite, azurite and cinnabar "
         "on fresh gesso; this is a curved piece of clay-and-straw plaster with part of a painted Buddhist figure, "
         "soot-darkened, flaking, with old cave soot and mud on the back: a fragment of a Tang-period cave mural "
         "from the Hexi corridor, a cultural relic exported without permission and brought in without the licence "
         "EU rules require, posted from Lanzhou to a private buyer in Graz; Chinese wording (mural fragments repeat "
         "in several sets; a mineral-pigment sample-board label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "AE", "292219",
         "Morpholine, amine neutraliser for water-borne wood coatings, 200 l drums, 40 drums", "BE", 7200, 40, 21000,
         "EUR",
         "morpholine is a water-white amine with a fishy, ammoniacal smell, CAS 110-91-8, and needs no licence; "
         "these drums carry CAS 100-37-8 on the filler's labels under the export stickers and the certificate of "
         "analysis gives a boiling point of 161 °C: 2-(diethylamino)ethanol, a chemical-weapons precursor "
         "(Australia Group; 1C350) exported without a licence, by sea from Antwerp to Jebel Ali for a Tehran "
         "coatings importer named on the invoice; English wording (diethylaminoethanol repeats in several sets, "
         "under boiler-water amine labels; a morpholine coatings-neutraliser label was found in no earlier row by a "
         "keyword search)", {"importer_name": "Pars Rang Tejarat Co", "importer_country": "IR"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", ["TR"], "SY", "293190",
         "Halogeenvrij vlamvertragend additief voor intumescerende brandwerende verf, vaten 250 kg, 16 vaten",
         "NL", 4000, 16, 26000, "EUR",
         "intumescent fire-protective paint is built on ammonium polyphosphate, pentaerythritol and melamine, white "
         "powders; these drums hold a clear, mobile liquid whose certificate gives CAS 756-79-6: dimethyl "
         "methylphosphonate (DMMP), a CWC Schedule 2 chemical exported without a licence, from Rotterdam via "
         "Mersin to a Damascus 'paint factory'; Dutch wording (DMMP repeats in many sets under flame-retardant "
         "labels; an intumescent-paint additive label was found in no earlier row by a keyword search)",
         {"importer_country": "SY"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "PK", "400260",
         "Caoutchouc liquide pour revêtements d'étanchéité de toitures, fûts 200 kg, 40 fûts", "FR", 8000, 40, 52000,
         "EUR",
         "liquid rubber for roof coatings is a bitumen- or acrylic-based black or grey emulsion; these drums hold a "
         "clear, honey-coloured, viscous liquid whose analysis certificate gives a hydroxyl value and a molar mass "
         "of 2,800: hydroxyl-terminated polybutadiene (HTPB, an MTCR-listed propellant binder, 1C111) exported "
         "without a licence, by sea from Le Havre to Karachi for a 'waterproofing contractor'; French wording "
         "(HTPB repeats in several sets; a liquid-rubber roof-coating label was found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("STR-04", "export", "DKSEA01", "sea", "DK", [], "GE", "841939",
         "Forstøvningstørreanlæg til pigmentpasta, rustfrit, komplet, 1 anlæg", "DK", 16000, 1, 640000, "EUR",
         "a pigment spray dryer is a large, open-cycle plant built for throughput, with no containment; this one is "
         "small, with sterilisable product contact parts, a closed loop, HEPA filters on the outlet and particle "
         "sizes under 10 µm in its test report: a spray dryer meeting the Australia Group controls (2B352) exported "
         "without a licence, by sea from Aarhus to Poti for a Yerevan 'pigment works' whose owners trade with Iran; "
         "Danish wording (spray dryers repeat in several sets under dairy, coffee and fish-protein labels; a "
         "pigment-paste label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "SKROAD01", "road", "SK", ["PL", "LT", "LV"], "KZ", "847982",
         "Gyroskopické miešačky farieb, priemyselné, 12 ks", "SK", 9600, 12, 420000, "EUR",
         "gyroscopic paint mixers are boxy, 300 kg shakers costing a few thousand euros; these twelve crates hold "
         "six-axis articulated arms with explosion-proof housings, bell-cup atomisers and teach pendants, worth "
         "35,000 EUR apiece: industrial painting robots, whose export to Russia is banned under Regulation "
         "833/2014, on a lorry for an Almaty dealer whose buyer is a Russian car-body plant; Slovak wording (robots "
         "and machinery to Russia through Central Asia repeat in many sets; painting robots as paint shakers are "
         "the new part as far as a search found)", {"importer_name": "OOO Volga Avtokraska", "importer_country": "RU"}),
        ("STR-06", "import", "FRSEA01", "sea", "CN", [], "FR", "970191",
         "延边朝鲜族水墨画, 手绘, 装饰用, 120 幅", "CN", 300, 120, 3600, "USD",
         "Yanbian Korean-Chinese ink paintings are cheap, quickly painted decorations on xuan paper; these 120 are "
         "large, highly finished chosonhwa landscapes and tigers on Korean paper with red seals of the Mansudae Art "
         "Studio and Pyongyang dates: North Korean artworks whose trade funds a designated entity (EU and UN "
         "sanctions on the DPRK), shipped through Dandong and Dalian to Le Havre for a Paris gallery; Chinese "
         "wording (DPRK art repeats in several sets, under Dafen and Chinese labels; a Yanbian ink-painting label "
         "was found in no earlier row's description by a keyword search)", firm("Central Galerie SARL", "FR")),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "TR", "320890",
         "Imprimación anticorrosiva epoxi para estructuras metálicas, bidones 20 kg, 600 bidones", "ES", 12000, 600,
         180000, "EUR",
         "an epoxy anticorrosion primer is a grey or red-oxide paint of a few euros a kilo; these pails are dense, "
         "black, magnetic pastes loaded with ferrite and carbonyl-iron powder, with a data sheet giving reflection "
         "loss in dB from 2 to 18 GHz, at 15 EUR a kilo: radar-absorbing coatings (1C001) exported without a "
         "licence, by sea from Valencia to Mersin for a buyer who re-exports to Russian drone makers; Spanish "
         "wording (radar-absorbing materials repeat in several sets; an anticorrosion-primer label on them was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-08", "export", "GRSEA01", "sea", "GR", [], "LB", "281219",
         "Χλωριούχο σουλφουρύλιο (SO2Cl2), ενδιάμεσο για χρωστικές, βαρέλια 250 kg, 12 βαρέλια", "GR", 3000, 12,
         9000, "EUR",
         "sulfuryl chloride is a pigment and pesticide intermediate that needs no licence; these drums carry "
         "CAS 7719-09-7 on the maker's labels under the export stickers and fume with a choking smell of sulphur "
         "dioxide: thionyl chloride, a CWC Schedule 3 chemical (1C350) exported without a licence, by sea from "
         "Piraeus to Beirut for a buyer trucking to Syria; Greek wording (thionyl chloride repeats in several sets; "
         "a sulfuryl-chloride label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", ["RS", "BG", "TR"], "IR", "847982",
         "Diszolver festékgyártáshoz, 30 kW, 2 db", "HU", 3800, 2, 38000, "EUR",
         "a dye-and-pigment plant order for Tabriz: dissolvers, bead mills and stainless mixing vessels are what "
         "such a plant buys, but the third item's 'rozsdamentes keverőtartály' is a 3 m3 jacketed vessel lined "
         "inside with blue glass enamel, with a glass-lined agitator and PTFE-sealed nozzles: a glass-lined reactor "
         "meeting the Australia Group controls (2B350) exported without a licence, hidden as the last item of a "
         "three-item declaration, on a lorry through Serbia, Bulgaria and Türkiye; Hungarian wording (glass-lined "
         "reactors repeat in several sets; in a dye-plant equipment order by road to Iran is the new part as far as "
         "a search found)",
         dict({"importer_country": "IR"},
              _more_items=[item("847982", "Gyöngymalom, horizontális, 50 l, 1 db", "HU", 2600, 46000, "EUR", qty=1),
                           item("732690", "Rozsdamentes keverőtartály, 3 m3, köpenyes, 1 db", "HU", 4200, 16000,
                                "EUR", qty=1)])),
        ("STR-10", "export", "PLSEA01", "sea", "PL", [], "GE", "391220",
         "Nitroceluloza lakiernicza do farb drukarskich, zwilżona IPA, beczki, 18 t", "PL", 18000, None, 54000,
         "EUR",
         "lacquer-grade nitrocellulose for printing inks is 10.7-12.2 % N, wetted with isopropanol and soluble in "
         "ethanol; these drums are wetted with water, the fibres do not dissolve in ethanol and the certificate "
         "gives 13.4 % N: guncotton-grade nitrocellulose for propellants (ML8) exported without a licence, by sea "
         "from Gdynia to Poti for a Tbilisi 'ink maker' whose buyer is in Russia; Polish wording (nitrocellulose "
         "repeats in several sets; a lacquer-grade printing-ink label on military nitrocellulose is the new part "
         "as far as a search found)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "IN", [], "NL", "140490",
         "மஞ்சிஷ்டா (Rubia cordifolia) தண்டு சில்லுகள், இயற்கை சாயத்திற்கு, 8 டன்", "IN", 8000, None, 9600, "USD",
         "Indian madder (manjistha) is thin, hollow, reddish stems and roots that dye alum-mordanted wool red; these "
         "sacks hold dense, dark blood-red heartwood chips that sink in water, with a wavy grain and a red stain in "
         "alcohol: red sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, by sea from Chennai "
         "to Rotterdam for a natural-dye supplier; Tamil wording (red sanders repeats in many sets under other dye "
         "and wood labels; a manjistha label was found in no earlier row by a keyword search)",
         firm("Rivage Natuurverf BV", "NL")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "140490",
         "Tatajuba (Maclura tinctoria), cavacos para tinturaria natural, amarelo, 6 t", "BR", 6000, None, 4800, "USD",
         "fustic (tatajuba) chips are golden yellow, turn yellow-brown in air and dye wool yellow; these sacks hold "
         "heavy, orange-red heartwood chips that darken to deep red-brown, give a red dye bath and have the fine, "
         "glossy grain bow-makers prize: pau-brasil (Paubrasilia echinata, CITES App. II) without CITES documents, "
         "by sea from Salvador to Leixões for a 'natural-dye' trader who sells billets to bow-makers; Brazilian "
         "Portuguese wording (pernambuco repeats in several sets under other wood labels; a fustic label was found "
         "in no earlier row by a keyword search)", firm("Atlantic Tinturaria Lda", "PT")),
        ("WLF-03", "import", "FRPOST01", "post", "GB", [], "FR", "392190",
         "Polymer ivory sheets for portrait-miniature painting, 0.5 mm, 20 ovals", "GB", 1.1, 20, 240, "GBP",
         "polymer ivory sheets are even, milky plastic with a printed grain and no growth lines; these 20 ovals are "
         "thin, translucent, slightly curled slices with fine cross-hatched Schreger lines at the edges that do not "
         "melt under a hot needle: elephant-ivory miniature plaques sliced from old piano keys and billiard balls "
         "(CITES App. I and the UK Ivory Act), posted from Bath to a private miniaturist in Bordeaux; English "
         "wording (ivory repeats in many sets and ivorine once, on pipe mounts; ivory plaques for miniature "
         "painting are the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-04", "import", "DEAIR01", "air", "CN", [], "DE", "050290",
         "牛耳毛 (画笔用), 清洗整理, 按长度分扎, 40 公斤", "CN", 40, None, 16000, "USD",
         "ox-ear hair for brushes is a fine but coarse-tipped, straw-coloured hair at about 100 USD a kilo; these "
         "bundles are reddish-brown, springy, sharp-tipped tail hair with black tips, at 400 USD a kilo, with dried "
         "tail skin at the roots: Siberian weasel (kolinsky) tail hair (Mustela sibirica, CITES App. III) without "
         "a certificate of origin or import notification, flown from Shanghai to Frankfurt for a Nuremberg brush "
         "maker; Chinese wording (brush hair repeats in several sets under mongoose and squirrel labels; "
         "kolinsky under an ox-ear-hair label was found in no earlier row by a keyword search)",
         firm("Nordhafen Pinsel GmbH", "DE")),
        ("WLF-05", "import", "ATPOST01", "post", "KZ", [], "AT", "350300",
         "Рыбий клей (тресковый) для позолоты и реставрации, 3 x 500 г", "KZ", 1.6, 3, 45000, "KZT",
         "cod fish glue is a brown, gelatinous sheet or jelly with a fishy smell at a few euros; these three bags hold "
         "thin, white, parchment-like, translucent plates of dried swim-bladder membrane at 30 EUR a bag: sturgeon "
         "glue (isinglass from Acipenseridae, CITES App. II), used by restorers, without CITES documents, posted "
         "from Atyrau to a private gilder in Vienna; Russian wording from Kazakhstan (isinglass repeats in three "
         "sets as wine finings; a cod-fish-glue label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("WLF-06", "import", "BEAIR01", "express", "HK", [], "BE", "321590",
         "徽墨墨錠, 油煙墨, 書畫用, 20 錠", "CN", 1.6, 20, 1400, "HKD",
         "a Hong Kong express parcel of calligraphy supplies for a Ghent private buyer: Hui ink sticks and brushes "
         "are what such parcels hold, but the third item's 'spice sachets for ink-stick storage' are six small, "
         "hairy, round pods with a navel and a strong, lingering animal scent: musk pods of the musk deer (Moschus "
         "spp., CITES App. I/II) without CITES documents, hidden as the last item of a three-item declaration; "
         "Cantonese (traditional Chinese) wording from Hong Kong (musk repeats in many sets; among ink sticks is "
         "the new part as far as a search found)",
         dict(person("Jan Peeters", "BE"),
              _more_items=[item("960330", "兼毫毛筆, 10 支", "CN", 0.3, 300, "HKD", qty=10),
                           item("051000", "墨錠保存用香料包, 6 包", "CN", 0.2, 120, "HKD", qty=6)])),
        ("WLF-07", "import", "NLSEA01", "sea", "ID", [], "NL", "440929",
         "Spie rangka kanvas lukis (stretcher bar), kayu pinus, 1 kontainer", "ID", 14000, None, 15000, "USD",
         "pine stretcher bars are pale, resinous, knotty and light; these are pale straw-coloured, knot-free, fine, "
         "even-grained, hard bars with a faint unpleasant smell when cut, and the splinters prick: ramin "
         "(Gonystylus spp., CITES App. II) without CITES documents, by sea from Semarang to Rotterdam for an "
         "art-materials wholesaler; Indonesian wording (ramin repeats in many sets under frame-moulding and dowel "
         "labels; artists' stretcher bars are the new part as far as a search found)", firm("Vega Kunstbenodigdheden BV", "NL")),
        ("WLF-08", "import", "BESEA01", "sea", "CD", [], "BE", "940360",
         "Chevalets de peintre en bois d'iroko, pliants, 600 pièces", "CD", 9000, 600, 14000, "USD",
         "iroko easels are yellow-brown, coarse-grained and darken to copper; these easels are of a fine, "
         "yellow-brown wood with faint stripes and no chalky deposits in the pores, that darken to olive-brown: "
         "afrormosia (Pericopsis elata, CITES App. II) without CITES documents, by sea from Matadi to Antwerp for "
         "an art-supplies chain; Congolese French wording (afrormosia repeats in several sets; an artists'-easel "
         "label was found in no earlier row by a keyword search)", firm("Central Beaux-Arts SA", "BE")),
        ("WLF-09", "import", "ESSEA01", "sea", "PH", [], "ES", "050800",
         "Oyster shells, sun-bleached, for gofun (shell white) pigment grinding, 4 t", "PH", 4000, None, 1600, "USD",
         "oyster shells for gofun are thin, flaky, irregular and grey-white; these sacks hold thick, heavy, "
         "fluted, wavy-edged valves up to 40 cm across with radial ribs: giant clam shells (Tridacnidae, CITES App. "
         "II) without CITES documents, by sea from Cebu to Valencia for a pigment grinder; Philippine English "
         "wording (giant clam repeats in many sets; a gofun shell-white label was found in no earlier row's "
         "description by a keyword search)", firm("Meridian Pigmentos SL", "ES")),
        ("WLF-10", "import", "DESEA01", "sea", "VN", [], "DE", "442090",
         "Hộp sơn dầu dã ngoại (pochade), gỗ keo, có bảng pha màu, 800 hộp", "VN", 2400, 800, 12000, "USD",
         "acacia pochade boxes are light, pale-brown, plain-grained boxes; these are heavy, dark red-purple boxes "
         "with black streaks that smell of roses when sanded and sink in water: Siamese rosewood (Dalbergia "
         "cochinchinensis, CITES App. II) without CITES documents, by sea from Hai Phong to Hamburg for an art-"
         "materials brand; Vietnamese wording (Siamese rosewood repeats in many sets; pochade boxes were found in "
         "no earlier row by a keyword search)", firm("Horizon Malbedarf GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LTPOST01", "post", "KR", "LT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (wood-bleaching of furniture)", "KR", 4.5, 4,
     60, "EUR", [("PRECURSOR_LICENCE", "LT-PD-64-0147")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SIAIR01", "express", "IN", "SI", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "IN", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "SI-MNZ-64-0031")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Paint-factory distillation residues and paint sludge (08 01 17*), for incineration at a licensed plant, 22 t",
     "CH", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-64-0318")], "notified paint waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "262099",
     "Cadmium-bearing pigment filter dust (06 04 05*), for metal recovery at a licensed plant, 18 t", "NO", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-64-0092")], "notified cadmium dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "US", "IE", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 500 ml, for essential laboratory use", "US", 4.8, 6, 480, "USD",
     [("ODS_LICENCE", "IE-EPA-ODS-64-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HRSEA01", "sea", "TR", "HR", "290376",
     "Recovered halon 1211 from decommissioned spray-booth systems, for reclamation, 12 cylinders", "TR", 600, 12,
     0, "EUR", [("ODS_LICENCE", "HR-MZOE-ODS-64-004")], "recovered halon imported under licence for reclamation"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "HK", "680299",
     "Duan inkstone, Song dynasty, documented French collection since 1931", "FR", 1.6, 1, 42000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-64-0207")], "inkstone exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970191",
     "Cusco-school painting, Virgin of Bethlehem, oil on canvas, c. 1740, documented Spanish collection since 1948",
     "ES", 14, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-64-0088")],
     "painting exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "KR", "293190",
     "Dimethyl methylphosphonate (DMMP), flame retardant for intumescent coatings, 8 drums", "NL", 2000, 8, 14000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-64-0412"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-64-0077")],
     "Schedule 2 DMMP under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUROAD01", "road", "HU", "IN", "841989",
     "Glass-lined jacketed reactor, 3 m3, for an Indian dye-intermediates plant", "HU", 4200, 1, 68000, "EUR",
     [("EXPORT_LICENCE", "HU-SZTFH-64-0139"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-64-0305")],
     "dual-use glass-lined reactor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440349",
     "Pau-brasil (Paubrasilia echinata) billets from a certified plantation, for bow-making, 2 m3", "BR", 2200,
     None, 18000, "USD", [("CITES_PERMIT", "BR-IBAMA-64-0714")], "App. II pernambuco with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "440929",
     "Ramin (Gonystylus bancanus) stretcher bars, from a certified concession, 1 container", "MY", 12000, None,
     16000, "USD", [("CITES_PERMIT", "MY-MTIB-64-0391")], "App. II ramin with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatus asmuo", "PRM-02": "Zasebnik", "PRM-03": "Central Sonderabfall GmbH",
    "PRM-05": "Atlantic Analytical Ltd", "PRM-11": "Alpina Arcos Lda", "PRM-12": "Vega Kunstbenodigdheden BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (50 rows): the lawful twins of this set's disguises and the ordinary supplies
    # of paint makers, tinting shops, dye houses, pigment traders, art-materials shops and ink and toner refillers
    ("321390", "Colourless blender refill for alcohol markers, 25 ml", "import", ["post"], ["KR", "JP"], (40, 80), (1, 3), ["USD", "EUR"], 30, S),
    ("320890", "Acrylic pouring medium, 1 l", "import", ["express"], ["BR", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("290499", "Ludigol (sodium m-nitrobenzenesulphonate), 25 kg bags", "import", ["sea"], ["IN", "PK"], (2, 3.5), (2000, 8000), ["USD"], None, S),
    ("320642", "Lithopone B301 white pigment, 25 kg bags", "import", ["sea"], ["CN"], (0.6, 1.0), (10000, 22000), ["USD"], None, S),
    ("250900", "Bologna chalk for gesso, 1 kg bags", "import", ["road"], ["MK", "RS"], (1, 2), (500, 2000), ["EUR"], 1, S),
    ("321290", "Rust-effect paint kits with patina activator", "import", ["express"], ["MX", "US"], (15, 30), (1, 4), ["USD"], 1, S),
    ("283990", "Potassium water glass fixative for silicate paints, 1 l", "import", ["road"], ["CH"], (3, 6), (1000, 3000), ["CHF", "EUR"], 0.8, S),
    ("391239", "Methylcellulose marbling size, 500 g", "import", ["post"], ["JP", "TR"], (12, 25), (1, 3), ["USD", "EUR"], 2, S),
    ("320649", "Pearl mica powder pigment for resin art, 500 g jars", "import", ["express"], ["IN", "CN"], (15, 35), (1, 3), ["USD"], 2, S),
    ("321490", "Façade-paint texture additive, quartz grit, 1 kg", "import", ["road"], ["MD", "UA", "TR"], (0.4, 0.9), (4000, 12000), ["EUR"], 1, S),
    ("847982", "Automatic tinting machines, new", "import", ["sea"], ["IT", "CN", "IN"], (12, 20), (1000, 4000), ["USD", "EUR"], 0.003, S),
    ("390750", "Alkyd resin, long oil, 200 l drums", "import", ["sea"], ["IN", "TR"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("320417", "Organic pigment presscake, yellow 74", "import", ["sea"], ["IN", "CN"], (4, 8), (4000, 12000), ["USD"], None, S),
    ("320649", "Cadmium-free ceramic stains, zircon-encapsulated", "import", ["sea"], ["ES", "CN"], (6, 12), (2000, 8000), ["EUR", "USD"], None, S),
    ("320620", "Zinc phosphate anticorrosive pigment, 25 kg bags", "import", ["sea"], ["CN", "IN"], (1.8, 2.8), (8000, 20000), ["USD"], None, S),
    ("401699", "Rubber stable mats, new, 17 mm", "import", ["sea"], ["TR", "CN"], (0.8, 1.4), (10000, 20000), ["USD", "EUR"], 0.05, S),
    ("321310", "Artists' oil and acrylic colours, boxed school sets", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("720430", "Baled tinplate scrap, clean, dry", "export", ["sea"], ["TR", "IN"], (0.25, 0.4), (18000, 24000), ["EUR"], None, S),
    ("320890", "Copper-free antifouling, biocide-registered, 2.5 l tins", "export", ["sea"], ["NO", "TR"], (10, 18), (2000, 6000), ["EUR"], 0.3, S),
    ("290230", "Toluene, 99.5 %, ISO tanks", "import", ["sea"], ["KR", "IN"], (0.8, 1.2), (18000, 24000), ["USD"], None, S),
    ("321000", "Inverted marking paint, butane-propelled, 500 ml", "import", ["road"], ["TR", "RS"], (2, 4), (2000, 6000), ["EUR"], 1.5, S),
    ("381400", "Screen wash for plastisol inks, citrus ester, 20 l", "import", ["sea"], ["US", "CN"], (2.5, 4.5), (3000, 9000), ["USD"], 0.05, S),
    ("271012", "Odourless mineral spirits for artists, 1 l tins", "import", ["sea"], ["IN", "US"], (1.5, 3), (3000, 8000), ["USD"], 1.3, S),
    ("381400", "Gun wash, recovered acetone blend, 25 l", "import", ["sea"], ["EG", "TR"], (0.7, 1.2), (6000, 14000), ["USD", "EUR"], 0.04, S),
    ("842489", "Car-refinish spray booths with filters, new", "import", ["sea"], ["CN", "IT"], (3, 6), (5000, 12000), ["USD", "EUR"], 0.0002, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 0.1, S),
    ("381400", "Drum and cartridge cleaner, isopropanol-based, 1 l", "import", ["air"], ["CN"], (4, 8), (100, 500), ["USD"], 1, S),
    ("320611", "Tinting colorant pastes, 1 l cans", "import", ["sea"], ["IN", "IT"], (4, 7), (2000, 6000), ["USD", "EUR"], 0.8, S),
    ("321000", "Pastel fixative spray, DME-propelled, 400 ml", "import", ["post"], ["HK", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 2, S),
    ("291411", "Technical acetone, 160 kg drums", "import", ["sea"], ["KR", "TW"], (0.8, 1.3), (8000, 18000), ["USD"], None, S),
    ("680299", "Slate watercolour palettes, new", "import", ["express"], ["CN", "IN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("680299", "Duan inkstones, new, boxed", "import", ["air"], ["CN", "TW"], (20, 40), (50, 300), ["USD"], 1, S),
    ("680990", "Plaster casts for drawing classes, classical heads", "import", ["sea"], ["IT", "PK"], (3, 6), (1000, 3000), ["EUR", "USD"], 0.1, S),
    ("970191", "Oil-painting workshop copies on new canvas", "import", ["air"], ["PE", "CN"], (15, 30), (100, 400), ["USD"], 0.2, S),
    ("442199", "Prayer-flag printing blocks, new, carved", "import", ["air"], ["NP", "IN"], (4, 8), (100, 400), ["USD"], 0.4, S),
    ("691390", "Clay fabric-printing stamps, new craft", "import", ["post"], ["EC", "MX"], (15, 30), (1, 3), ["USD"], 5, S),
    ("442199", "Blank gessoed icon boards, lime wood", "import", ["road"], ["UA", "RO"], (6, 12), (500, 2000), ["EUR"], 1, S),
    ("520852", "Kalamkari cotton fabric, hand-printed, new", "import", ["sea"], ["IN"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("491191", "Mineral-pigment colour charts, printed", "import", ["post"], ["CN", "JP"], (20, 40), (1, 2), ["USD"], 4, S),
    ("140490", "Natural dye materials: madder root, weld, logwood chips", "import", ["sea"], ["IN", "TR", "MX"], (3, 6), (2000, 8000), ["USD"], None, S),
    ("350300", "Rabbit-skin and cod fish glue for gilding", "import", ["post"], ["KZ", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 2, S),
    ("960330", "Artists' synthetic brushes, retail sets", "import", ["sea"], ["CN", "VN"], (10, 18), (1000, 4000), ["USD"], 20, S),
    ("940360", "Beech-wood studio easels, new", "import", ["sea"], ["CN", "PL"], (3, 6), (3000, 9000), ["USD", "EUR"], 0.1, S),
    ("442090", "Acacia pochade boxes with palette, new", "import", ["sea"], ["VN", "CN"], (4, 8), (1000, 4000), ["USD"], 0.3, S),
    ("440929", "Pine stretcher bars, finger-jointed", "import", ["sea"], ["CN", "PL"], (1.2, 2), (8000, 16000), ["USD", "EUR"], None, S),
    ("292219", "AMP-95 neutralising amine for water-borne paints, drums", "export", ["sea"], ["TR", "IN"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("293190", "Ammonium polyphosphate for intumescent paint, 25 kg", "import", ["sea"], ["CN"], (1.5, 2.5), (8000, 20000), ["USD"], None, S),
    ("400260", "Liquid acrylic roof coating, 20 kg pails", "export", ["sea"], ["MA", "TN"], (2, 3.5), (6000, 14000), ["EUR"], 0.05, S),
    ("847982", "Gyroscopic paint shakers, new", "export", ["road"], ["RS", "UA"], (8, 14), (1000, 4000), ["EUR"], 0.003, S),
    ("391220", "Lacquer-grade nitrocellulose, IPA-wetted, for inks", "import", ["sea"], ["KR", "CN"], (2.5, 4), (6000, 16000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481141", "Crepe-paper masking tape, rolls", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 9000), ["USD"], 4, N),
        ("680520", "Aluminium-oxide sanding sheets on paper, packs", "import", ["sea"], ["CN", "IN"], (3, 5), (2000, 6000), ["USD"], 2, N),
        ("392390", "Plastic pails with lids, empty, 10 l", "import", ["sea", "road"], ["TR", "PL"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("621142", "Cotton work aprons, printed", "import", ["post", "express"], ["PT", "GB"], (25, 45), (1, 3), ["EUR", "GBP"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind229", 20640501, HERE)


if __name__ == "__main__":
    main()
