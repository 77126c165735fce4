#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-second blind set (tests/risk/data/blind232-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2064, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and an emphasis on
a kind of trade rather than a region: traditional crafts and handicraft exports (artisan
cooperatives, fair-trade importers, carvers and weavers, metalsmiths, potters, lacquer and
glass workshops, souvenir wholesalers in producing countries, and the craft-supply shops
that sell their materials). Written by a person who had not read the profile packs (nor any
rule file) and had not run the engine on it, and committed before any change measured on
it, to be measured once on its packs. Same row layout and expansion as make_blind_set.py,
whose functions it reuses, and the same extras as make_blind5_set.py: a disguised row's
extra header fields may carry "_item" (fields merged into its item) and "_more_items"
(further items).

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
would. Ids are BL232-*:

    python3 tests/risk/data/make_blind232_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "EC", [], "ES", "380991",
         "Almidón líquido para acabado de sombreros de paja toquilla, Cuenca, 4 x 1 litro", "EC", 4.6, 4, 60, "USD",
         "the liquid starch Cuenca hat finishers use is milky, smells of cooked cassava and leaves a stiff film; these "
         "four bottles hold a water-clear liquid of 1.13 kg/l with vented caps that fizzes on a cut, whitens the "
         "fingertips and bleaches a straw offcut in minutes: about 35 % hydrogen peroxide (Annex I above 12 %), the "
         "bleach the toquilla trade really uses, sent by express from Cuenca to a private person in Valladolid; "
         "Ecuadorian Spanish wording (hydrogen peroxide repeats in many sets; a toquilla hat-starch label was found "
         "in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-02", "import", "DEAIR01", "air", "IN", [], "DE", "284019",
         "सुहागा (टंकण) चूर्ण, सुनार के लिए टांका फ्लक्स, 500 ग्राम, 400 पैकेट", "IN", 200, 400, 700, "USD",
         "suhaga, the goldsmith's borax flux of Indian bazaars, is a soft, chalky white powder that puffs up and "
         "glazes on a torch; these 400 packets hold hard, glassy crystals that do not swell, draw damp, flare yellow "
         "on a charcoal block and blacken sugar, and the Rajkot filler's drum label in the carton reads 'NaClO3': "
         "sodium chlorate (Annex I above 40 %) retail-packed for a Pforzheim jewellery-supply web shop that sells to "
         "hobby jewellers, flown from Ahmedabad; Hindi wording (sodium chlorate repeats in many sets and borax labels "
         "in several, on craft and food borax; a goldsmith's suhaga flux label was found in no earlier row by a "
         "keyword search)", firm("Orion Schmuckbedarf GmbH", "DE")),
        ("PRE-03", "import", "FRPOST01", "post", "JP", [], "FR", "110811",
         "正麩（しょうふ）糊 粉末、表具・金継ぎ用、1 kg × 3袋", "JP", 3, 3, 4500, "JPY",
         "shōfu, the wheat-starch paste of Japanese scroll mounters and kintsugi menders, is a soft, squeaky white "
         "powder that cooks into a translucent paste; these three bags hold a heavier, gritty, crystalline powder that "
         "never thickens, barely dissolves and burns violently mixed with sugar, and the inner liners read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), posted from Kyoto to a private person in Lyon; Japanese wording "
         "(potassium perchlorate repeats in many sets, and gofun, another Japanese craft white, once, in blind153; a "
         "scroll-mounting wheat-starch label was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("PRE-04", "import", "CZAIR01", "express", "VN", [], "CZ", "151590",
         "Dầu trẩu nguyên chất pha sơn mài, 4 chai 1 lít", "VN", 4.6, 4, 1200000, "VND",
         "tung oil for lacquer painting is a thick, amber, nutty-smelling drying oil of 0.94 kg/l that floats on water; "
         "these four bottles hold a thin, colourless liquid of 1.14 kg/l that sinks, smells faintly fruity and burns "
         "with a pale flame: nitromethane (Annex I above 16 %), sent by express from Hanoi to a private person in "
         "Cheb, although flammable liquids travel by express only as declared dangerous goods; Vietnamese wording "
         "(nitromethane repeats in many sets and a sơn mài lacquer label once, in blind78; a tung-oil label was found "
         "in no earlier row by a keyword search)", person("Nguyen Van Hai", "CZ")),
        ("PRE-05", "import", "ITAIR01", "air", "PE", [], "IT", "320300",
         "Extracto líquido de chilca y q'olle, tinte natural para lana de alpaca, bidones de 5 L, 60 bidones", "PE",
         420, 60, 1500, "USD",
         "chilca and q'olle extracts, the greens and yellows of Andean weavers, are dark, herb-smelling, murky liquids "
         "near 1.0 kg/l; these 60 jerrycans hold a liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %), for a Biella hand-weaving "
         "supply web shop that resells in 1-litre bottles to hobby dyers, flown from Cusco via Lima; Peruvian Spanish "
         "wording (nitric acid repeats in many sets and natural-dye labels in several; a chilca and q'olle extract "
         "label was found in no earlier row by a keyword search)", firm("Alpina Filati Srl", "IT")),
        ("PRE-06", "import", "NLPOST01", "post", "ID", [], "NL", "151590",
         "Minyak kemiri untuk campuran malam batik tulis, 2 botol 1 liter", "ID", 3.7, 2, 150000, "IDR",
         "candlenut oil softens batik wax: a pale, nutty oil of 0.92 kg/l; these two bottles hold an oily, odourless "
         "liquid of 1.84 kg/l that grows hot with a drop of water, chars a wooden canting handle and blackens paper: "
         "about 96 % sulphuric acid (Annex I above 15 %), posted from Pekalongan to a private batik hobbyist in "
         "Leiden; Indonesian wording (sulphuric acid repeats in many sets; a candlenut label once, on a hair oil in "
         "blind150; candlenut oil for batik wax was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-07", "import", "CYAIR01", "air", "EG", [], "CY", "252010",
         "بودرة المرمر المصري لصب التماثيل والهدايا التذكارية، أكياس 1 كجم، 300 كيس", "EG", 300, 300, 450, "USD",
         "Egyptian alabaster casting powder is ground gypsum: soft, chalky, it sets warm with water within minutes; "
         "these 300 bags hold shiny, tasteless crystals that never set, spit violet sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner bags, for a Limassol craft and souvenir shop that sells casting kits to the public: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Cairo; Egyptian "
         "Arabic wording (potassium chlorate repeats in many sets and alabaster labels in many, nearly all on "
         "antiquities; an alabaster casting-powder label on a precursor is the new part as far as a search found)",
         firm("Delta Hobby Crafts Ltd", "CY")),
        ("PRE-08", "import", "BESEA01", "sea", "IL", [], "BE", "320740",
         "فريت زجاج أبيض مطحون لصناعة زجاج الخليل، أكياس 25 كغ، 40 كيس", "PS", 1000, 40, 900, "USD",
         "white glass frit for Hebron-style glass is crushed, sharp glass grit that scratches a jar and does not "
         "dissolve; these 40 bags hold soft, round, white prills that go ice-cold in water, dissolve completely, test "
         "at 34 % N and melt and fume on a hot plate, for a Ghent glass-fusing studio that resells frit to the public "
         "in 1 kg bags: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea "
         "from Ashdod; Palestinian Arabic wording (ammonium nitrate repeats in many sets, Hebron glass in a few, as a "
         "cultural cover, and glass frit twice; a Hebron frit label on ammonium nitrate is the new part as far as a "
         "search found)", firm("Central Glaskunst SA", "BE")),
        ("PRE-09", "import", "DEPOST01", "post", "TR", [], "DE", "130190",
         "Ebru için kitre (geven zamkı) tozu, 4 x 500 g", "TR", 2.1, 4, 900, "TRY",
         "kitre, the gum tragacanth that thickens the ebru marbling bath, is an off-white, horny flake or powder that "
         "swells into a stiff gel overnight; these four bags hold clear, crystalline grains that never swell, draw "
         "damp into a wet crust and burn brightly with sugar, and the re-used inner bags read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), posted from Istanbul to a private marbling hobbyist in Kassel; Turkish "
         "wording (sodium perchlorate repeats in many sets; kitre once, in an ebru kit of ox gall in blind201; kitre "
         "powder on a perchlorate was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-10", "import", "FRSEA01", "sea", "MA", [], "FR", "691200",
         "Tajines en terre cuite peints à la main, Safi, 1 200 pièces", "MA", 3600, 1200, 6000, "EUR",
         "a Moroccan craft container for a Marseille boutique chain: Safi tajines and Beni Ouarain rugs are what such "
         "shops sell, but the third item's 'sel de fixation pour teinture de la laine' is 80 sacks of colourless "
         "crystals that crackle and flare on a gas ring, with no alum taste at all, and the sack liners give CAS "
         "7775-09-9: sodium chlorate (Annex I above 40 %), sold on in 1 kg bags to customers who dye their own wool, "
         "hidden as the last item of a three-item declaration, by sea from Casablanca; Moroccan French wording "
         "(sodium chlorate repeats in many sets; a wool-mordant salt behind tajines and rugs is the new part as far "
         "as a search found)",
         dict(firm("Rivage Artisanat SARL", "FR"),
              _more_items=[item("570110", "Tapis berbères Beni Ouarain, noués main, 40 pièces", "MA", 600, 12000, "EUR", qty=40),
                           item("382499", "Sel de fixation pour teinture de la laine, sacs de 25 kg, 80 sacs", "MA", 2000, 800, "EUR", qty=80)])),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MG", "720430",
         "Chutes de fer-blanc propres pour artisans de jouets en boîtes recyclées, balles, 18 t", "FR", 18000, None,
         900, "EUR",
         "Malagasy tin-toy makers cut clean, empty food tins; these bales are crushed 5- to 25-litre paint, varnish and "
         "thinner cans from Marseille building sites, still holding a skin of dried paint, sludge and solvent that "
         "reeks when a bale is opened: packaging containing residues of hazardous substances (15 01 10*), hazardous "
         "waste whose export to a non-OECD country is banned, from Fos to Toamasina for a 'craft cooperative'; French "
         "wording (tinplate and paint tins repeat in a few sets; a tin-toy craft label was found in no earlier row by "
         "a keyword search)", {"importer_country": "MG"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "SN", "392321",
         "Sachets et films plastiques propres pour le tissage artisanal de sacs, balles, 16 t", "BE", 16000, None,
         1600, "EUR",
         "Senegalese weavers of recycled-plastic bags buy clean, sorted sachets by the kilo; these bales are mixed, "
         "wet, unsorted household plastic packaging from a Flemish sorting line, with food residue, nappies and "
         "cans, that smells of rot: mixed plastic waste (Y48/A3210), whose export to a non-OECD country the Union now "
         "bans, from Antwerp to Dakar for an 'artisans' group'; Belgian French wording (plastic waste repeats in many "
         "sets and sachet labels in several; a craft-weaving label to Senegal is the new part as far as a search "
         "found)", {"importer_country": "SN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "AE", "711291",
         "Spazzature e limature d'oreficeria, da affinare, fusti, 2 t", "IT", 2000, 20, 40000, "EUR",
         "goldsmiths' sweeps are dry floor dust, filings and polishing lint, sold by assay; these 20 drums hold a wet, "
         "green-grey, bitter-almond-smelling sludge from the plating lines of Vicenza chain makers, assaying under "
         "20 g of gold a tonne and over 1 % cyanide: galvanic sludge containing cyanides (11 01 09*, 11 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Genoa to Jebel Ali for a Dubai gold-souk "
         "'refiner'; Italian wording (plating sludge repeats in many sets and jewellers' sweeps once, in blind196; a "
         "goldsmith's-sweeps label to Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "680610",
         "Keramikfaser-Isoliermatten, gebraucht, für den Bau von Töpferöfen, 12 t", "DE", 12000, None, 600, "EUR",
         "ceramic-fibre blanket for potters' kilns is sold new, white, springy and boxed; these bales are crumbling, "
         "yellowed, brittle linings torn out of the tunnel kilns of a Selb porcelain works, shedding dust that needs a "
         "respirator: waste refractory ceramic fibres (16 11 05*/17 06 03*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Poland to Lviv for a 'potters' cooperative'; German wording "
         "(ceramic-fibre kiln linings repeat in a few sets; a potters'-kiln label by road to Ukraine is the new part "
         "as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "IN", "262030",
         "Messingasche und Krätze, für Kunstguss in Moradabad, Big Bags, 22 t", "DE", 22000, None, 11000, "EUR",
         "brass ash and skimmings for the Moradabad metal-craft foundries are lumpy, metallic dross with visible "
         "beads of brass; these bags hold a fine, grey, sticky baghouse dust from a Stolberg brass foundry that reads "
         "zinc and lead oxides and cadmium and turns a paper bag greasy: flue-gas dust containing hazardous "
         "substances (10 10 09*, 10 06 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Hamburg to Nhava Sheva; German wording (brass foundry waste repeats twice and Moradabad in a few sets, on "
         "other goods; a Moradabad art-casting label on filter dust is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "320740",
         "Esmaltes cerámicos en polvo, lotes sobrantes, para alfareros de Safi, big bags, 15 t", "ES", 15000, None,
         1500, "EUR",
         "surplus ceramic glaze is dry, labelled, unopened sacks of a known recipe; these bags hold wet, caked, "
         "multicoloured filter-press cake and settling-tank sludge from Castellón tile factories' glaze lines that "
         "read lead, zinc and boron: sludges from glazing containing heavy metals (10 12 11*, 08 02 02-type), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Safi for 'potters'; Spanish "
         "wording (glaze sludge repeats twice, blind189 and blind218, and Safi in a few sets; glaze for Safi potters "
         "from Castellón is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "320300",
         "Pasta di indaco naturale, per tessitori artigiani di Kairouan, fusti, 24 t", "IT", 24000, 120, 2400, "EUR",
         "natural indigo paste is a dark-blue, earthy-smelling paste sold in small tubs at tens of euros a kilo; these "
         "120 drums at 0.10 EUR/kg hold a black-blue, stinking, sulphide-smelling sludge from the effluent plant of a "
         "Prato dye-house, full of azo dyes and chromium: sludge from textile dyeing containing hazardous substances "
         "(04 02 19*), hazardous waste whose export to a non-OECD country is banned, from Livorno to Sousse for a "
         "'weaving cooperative'; Italian wording (indigo labels repeat in several sets; textile dye-house sludge as "
         "indigo paste for Kairouan weavers was found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "VN", "381400",
         "Verdünnung für Lackkunst (sơn mài), gereinigt, 80 IBC", "DE", 72000, 80, 7200, "EUR",
         "a lacquer thinner for Vietnamese sơn mài workshops is a clear, new solvent with a data sheet; these 80 IBCs "
         "hold a brown, cloudy, layered mixture of spent paint-line and gun-wash solvents with paint sludge at the "
         "bottom, from Ruhr car-body shops, at 0.10 EUR/kg: halogen-free waste solvents (14 06 03*, 08 01 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg to Hai Phong; German wording "
         "(spent solvents repeat in many sets and a lacquer-workshop label once, in blind142; sơn mài thinner is the "
         "new part as far as a search found)", {"importer_country": "VN"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "KE", "760120",
         "Aluminiumlegering in blokken, voor ambachtelijke pottengieters (jua kali), 20 t", "NL", 20000, None, 4000,
         "EUR",
         "the alloy ingots that Nairobi jua kali casters melt into sufuria pots are bright, sawn blocks; these bags "
         "hold grey, crumbly lumps of dross and skimmings from a Limburg secondary aluminium smelter that hiss and "
         "smell of ammonia when wet and hold more salt than metal: hot-dross skimmings that emit flammable gases in "
         "contact with water (10 03 15*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Mombasa; Dutch wording (aluminium dross repeats in many sets; a jua kali pot-caster label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "TG", "844590",
         "Métiers à tisser manuels d'occasion, révisés, pour coopérative de tisserands, 30 pièces", "BE", 3000, 30,
         3000, "EUR",
         "a weavers'-cooperative container for Lomé: used hand looms and sewing machines are what Brussels charities "
         "send to Togolese kente and pagne weavers, but the third item's 'batteries pour lampes solaires, révisées' "
         "are 300 cracked scrap car and UPS lead-acid batteries, some leaking acid, from Liège scrapyards: waste "
         "lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; Belgian French wording (lead-acid batteries repeat in "
         "many sets, behind used goods too, as in blind112; kept as a repeat, behind weavers' looms to Togo is the new "
         "part as far as a search found)",
         dict({"importer_country": "TG"},
              _more_items=[item("845229", "Machines à coudre d'occasion, à pédale, 60 pièces", "BE", 1800, 1800, "EUR", qty=60),
                           item("850710", "Batteries pour lampes solaires, révisées, 300 pièces", "BE", 4500, 600, "EUR", qty=300)])),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "392113",
         "硬质聚氨酯雕刻泡沫块，用于招牌雕刻和舞台道具，密度 320 kg/m³，600 块", "CN", 9600, 600, 19000, "USD",
         "sign-carving polyurethane blocks are sold as pentane- or water-blown, and a pentane block smells faintly of "
         "petrol when cut; these 600 blocks give off a sweet, ether-like smell when sawn, do not carry a flame mark, "
         "and a head-space test of a cut sample gives 1,1-dichloro-1-fluoroethane: rigid foam blown with HCFC-141b, "
         "a product containing an ozone-depleting substance whose import into the Union is banned, by sea from "
         "Ningbo to Rotterdam for a theatre-prop and sign-carving supplier; Chinese wording (HCFC-141b foams repeat in "
         "many sets; a sign-carving foam label was found in no earlier row by a keyword search)",
         firm("Horizon Beeldhouwbenodigdheden BV", "NL")),
        ("OZN-02", "import", "ESSEA01", "sea", "CN", [], "ES", "960390",
         "喷笔专用推进剂罐（压缩空气），用于纪念品T恤喷绘，500 毫升，2,400 罐", "CN", 1800, 2400, 3600, "USD",
         "airbrush propellant cans sold to souvenir T-shirt painters hold a light gas that leaves the can ice-cold; "
         "these 2,400 cans weigh more than their size allows, read about 9 bar at 20 °C and the filler's stickers "
         "under the new labels read 'R22': chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by "
         "sea from Shenzhen to Valencia for a beach-resort airbrush and souvenir-print supplier; Chinese wording "
         "(HCFC-22 repeats in many sets and airbrush labels in a few, on waste thinner and nitromethane; an airbrush "
         "propellant label on an ODS was found in no earlier row by a keyword search)",
         firm("Atlantic Aerografía SL", "ES")),
        ("OZN-03", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "340290",
         "Kilim ve halı yıkama solüsyonu, kuru temizleme, 20 litrelik bidon, 60 bidon", "TR", 1900, 60, 1800, "EUR",
         "a kilim-washing solution is a soapy, water-based shampoo of about 1.0 kg/l; these 60 cans hold a heavy, "
         "sweet-smelling, non-flammable liquid of 1.59 kg/l that dissolves a rubber glove's surface and boils at "
         "77 °C: carbon tetrachloride, whose import into the Union is banned outside licensed uses, on a lorry from "
         "Uşak through the Balkans for a Berlin oriental-rug washing and restoration workshop; Turkish wording "
         "(carbon tetrachloride repeats in many sets, kilims in several, as cultural covers, and a rug-washing label "
         "once, in blind219; a kilim-washing solution from Türkiye by road is the new part as far as a search found)", firm("Orion Teppichpflege GmbH", "DE")),
        ("OZN-04", "import", "NLAIR01", "air", "IN", [], "NL", "381400",
         "ಚನ್ನಪಟ್ಟಣ ಅರಗಿನ ಆಟಿಕೆಗಳ ಬ್ರಷ್ ಶುಚಿಗೊಳಿಸುವ ದ್ರಾವಣ, 20 ಲೀಟರ್ ಕ್ಯಾನ್, 30", "IN", 800, 30, 1500, "USD",
         "the brush cleaner of Channapatna lac-toy turners is a light spirit that smells of turpentine and floats "
         "on water; these 30 cans hold a liquid of 1.34 kg/l that sinks, smells sweet like chloroform, does not burn "
         "and boils at 74 °C, and the drums it was filled from were stencilled 'CH3CCl3': 1,1,1-trichloroethane "
         "(methyl chloroform), whose import into the Union is banned, flown from Bengaluru to Amsterdam for a "
         "wooden-toy restorer; Kannada wording (methyl chloroform repeats in many sets; a Channapatna toy label was "
         "found in no earlier row by a keyword search)", firm("Vega Houten Speelgoed BV", "NL")),
        ("OZN-05", "import", "ITAIR01", "express", "MM", [], "IT", "340290",
         "ကျောက်မျက်ရတနာ ဆေးကြောရည်၊ ၅ လီတာ၊ ၄ ဘူး", "MM", 30, 4, 200, "USD",
         "the jewellery-cleaning liquid of Mogok and Mandalay gem cutters is a detergent in water; these four cans "
         "hold a clear, heavy liquid of 1.57 kg/l that evaporates in seconds off the skin, leaves no residue, boils "
         "at 48 °C and carries an old 'R-113' stamp under the label: 1,1,2-trichlorotrifluoroethane (CFC-113), whose "
         "import into the Union is banned, sent by express from Yangon to a Valenza gem-setting workshop; Burmese "
         "wording (CFC-113 repeats in many sets and Mogok once, in blind222; a Burmese jewellery-cleaner label was "
         "found in no earlier row by a keyword search)", firm("Meridian Incastonatori Srl", "IT")),
        ("OZN-06", "import", "GRAIR01", "air", "AM", [], "GR", "830629",
         "Ձեռքով դրվագված պղնձե դեկորատիվ ծաղկամաններ, 40 հատ", "AM", 320, 40, 2000, "USD",
         "hand-chased copper vases from the Yerevan Vernissage are light, open vessels that ring when tapped; these 40 "
         "are closed, olive-green-painted cylinders of Soviet military pattern under a chased brass sleeve, with "
         "valves hidden in the necks, that slosh and hold a liquid of 2.18 kg/l stencilled '114В2': halon 2402 "
         "(dibromotetrafluoroethane) in portable extinguishers, whose import into the Union is banned outside "
         "licensed critical uses, flown from Yerevan to Athens for a ship-chandler; Armenian wording (halon 2402 and "
         "extinguishers repeat in many sets; a chased-copper-vase label was found in no earlier row by a keyword "
         "search)", firm("Vega Nautiki AE", "GR")),
        ("OZN-07", "import", "NLSEA01", "sea", "ID", [], "NL", "442199",
         "Topeng kayu ukir Bali, dicat tangan, 800 buah", "ID", 1600, 800, 4800, "USD",
         "a Bali woodcarving container for a Dutch garden-and-gift wholesaler: masks, carved panels and Garuda figures "
         "are what Mas and Ubud carvers ship, fumigated and certified before loading, but the third item's 'tabung "
         "gas nitrogen untuk kompresor' are 24 short cylinders that slosh, read 2 bar and are stamped 'CH3Br' under "
         "the stickers, the exporter's own fumigant sent on for the buyer's re-treatments: methyl bromide, whose "
         "import into the Union is banned, hidden as the last item of a three-item declaration, by sea from Surabaya "
         "to Rotterdam; Indonesian wording (methyl bromide repeats in many sets and nitrogen labels once, in blind112; "
         "behind Balinese masks is the new part as far as a search found)",
         dict(firm("Nordhafen Tuin en Decoratie BV", "NL"),
              _more_items=[item("442199", "Panel kayu ukir, motif Garuda, 200 buah", "ID", 2400, 6000, "USD", qty=200),
                           item("281129", "Tabung gas nitrogen untuk kompresor, 24 tabung", "ID", 1200, 480, "USD", qty=24)])),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "340290",
         "Air duster for cleaning sewing machines and looms, 400 ml, 12,000 cans", "CN", 7200, 12000, 9600, "USD",
         "air dusters for sewing-machine and loom cleaning hold a light gas (HFC-152a or DME) at 5 bar; these cans "
         "read 9 bar, are heavier than their size allows and their batch sheets give 'HCFC-22/142b blend': "
         "chlorodifluoromethane and chlorodifluoroethane, controlled ozone-depleting substances moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Koper in transit from Ningbo to a "
         "Belgrade textile-craft supplier; English wording (HCFC-22 and HCFC-142b in air dusters repeat in many sets; "
         "kept as a repeat, a loom-cleaning label in transit through Koper is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-09", "export", "BESEA01", "sea", "BE", [], "GM", "841510",
         "Climatiseurs d'occasion pour un centre de tissage, révisés, 40 unités", "BE", 2400, 40, 4000, "EUR",
         "used air-conditioners for a Gambian weaving centre would have to be R-410A or R-32 units with test reports; "
         "these 40 split units, taken out of a Liège office block, are 1990s models with their original charge "
         "(name plates 'R22', about 1.2 kg each) and were not emptied: equipment containing HCFCs, whose export from "
         "the Union is banned (Regulation 2024/590), from Antwerp to Banjul; Belgian French wording (R-22 equipment "
         "for export repeats in many sets; for a weaving centre in the Gambia is the new part as far as a search "
         "found)", {"importer_country": "GM"}),
        ("OZN-10", "import", "ITSEA01", "sea", "BD", [], "IT", "381400",
         "স্ক্রিন প্রিন্টিং ওয়াশ, ব্লক প্রিন্ট ও নকশি কাঁথার রং পরিষ্কারক, ২০০ লিটার ড্রাম, ২০টি", "BD", 5000, 20,
         6000, "USD",
         "a screen-printing wash for craft textile printers is a citrus or water-based cleaner near 1.0 kg/l; these "
         "20 drums hold a clear liquid of 1.24 kg/l that evaporates fast, does not burn and has a faint ether smell, "
         "and the drum heads are stamped '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union "
         "is banned, by sea from Chittagong to Genoa for a Como textile-printing supplier; Bengali wording (HCFC-141b "
         "repeats in many sets and screen washes twice; a Bangladeshi craft-printing label was found in no earlier "
         "row by a keyword search)", firm("Delta Serigrafia Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "ET", [], "DE", "491199",
         "የቱሪስት የብራና ጥቅልሎች (አዲስ)፣ 40 ቁራጭ", "ET", 6, 40, 400, "USD",
         "new tourist 'magic scrolls' are strips of fresh goatskin with bright, stiff drawings of angels; among these "
         "40, one is a bound codex of dark, supple parchment between wooden boards, in worn Ge'ez script with "
         "rubrics and miniatures of the Gondarine style and a church's ownership note on the flyleaf: an "
         "18th-century Ethiopian manuscript, which Ethiopia forbids to export, brought in without the importer "
         "statement Regulation 2019/880 requires and against the UNESCO 1970 convention, flown from Addis Ababa to "
         "Frankfurt for a dealer; Amharic wording (Ge'ez manuscripts repeat in many sets; a tourist magic-scroll "
         "label was found in no earlier row by a keyword search)", firm("Central Orientalia GmbH", "DE")),
        ("CUL-02", "import", "BEAIR01", "air", "BF", [], "BE", "830629",
         "Statuettes en bronze à la cire perdue, fonderie artisanale de Ouagadougou, 60 pièces", "BF", 90, 60, 1800,
         "EUR",
         "Ouagadougou lost-wax bronzes are bright, new, rough-cast figures with a fresh brown patina; among these 60, "
         "four are not metal at all but small, dry, wooden figures with raised arms, crusted with a thick sacrificial "
         "patina and eaten by insects, from the cliff caves of the Bandiagara: Tellem figures (11th-16th century) "
         "taken out of Mali, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Ouagadougou to Brussels; Burkinabè French wording (Tellem figures repeat once, blind21, and Ouagadougou "
         "bronzes in several sets; behind a Burkinabè bronze order is the new part as far as a search found)",
         firm("Rivage Arts Premiers SA", "BE")),
        ("CUL-03", "import", "NLSEA01", "sea", "PK", [], "NL", "680291",
         "ٹیکسلا کے سنگ تراشوں کی بنائی ہوئی گندھارا طرز کی نقلیں، 120 عدد", "PK", 4800, 120, 6000, "USD",
         "Taxila carvers' Gandhara-style replicas are fresh, grey-green schist with sharp tool marks and a boot-polish "
         "patina; among these 120, six reliefs have soft, weathered edges, root marks, a calcite crust in the "
         "recesses and old breaks with no fresh stone: Gandharan schist reliefs of the 2nd-4th centuries dug in "
         "Swat or Afghanistan, archaeological objects brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Karachi to Rotterdam; Urdu wording (Gandharan sculpture repeats in many sets and "
         "Taxila replicas twice; kept as a repeat, in a sea container of Taxila replicas to the Netherlands is the "
         "new part as far as a search found)", firm("Orion Oosterse Kunst BV", "NL")),
        ("CUL-04", "import", "ESPOST01", "post", "PE", [], "ES", "680299",
         "Tallado en piedra de Huamanga, artesanía ayacuchana, 1 pieza", "PE", 3, 1, 90, "PEN",
         "new Huamanga-stone carvings are bright, translucent white alabaster, soapy to the touch and signed; this "
         "one is a yellowed, polychrome-traced figure of the Virgin with worn gilding, old repairs and a 17th-century "
         "convent's inventory number painted on the base: a colonial Huamanga alabaster sculpture, part of Peru's "
         "cultural heritage whose export Peru forbids, posted from Ayacucho to a private buyer in Seville; Peruvian "
         "Spanish wording (Huamanga carvings once, blind134, and Ayacucho crafts in a few sets; kept as a repeat, by "
         "post to a private buyer is the new part as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-05", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Terakota Trowulan, replika gaya Majapahit, 300 buah", "ID", 2400, 300, 3000, "USD",
         "Trowulan village potters make Majapahit-style replicas in bright, even, orange clay; among these 300, a dozen "
         "are dull, salt-stained heads and piggy banks with root marks and earth in the cavities, broken at the neck "
         "in old breaks, of the kind the same village's brick-diggers turn up: 13th-15th-century Majapahit "
         "terracottas, which Indonesia forbids to export, brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Surabaya to Rotterdam; Indonesian wording (Majapahit and Trowulan terracottas repeat "
         "in a few sets; kept as a repeat, mixed into a replica order of the same village is the new part as far as "
         "a search found)", firm("Horizon Indische Kunst BV", "NL")),
        ("CUL-06", "import", "ESAIR01", "express", "MX", [], "ES", "830629",
         "Retablitos de hojalata pintados a mano, arte popular de Oaxaca, 20 piezas", "MX", 2, 20, 200, "USD",
         "new Oaxacan tin retablos are bright, thin, stamped tinplate with fresh enamel; among these 20, five are "
         "heavier, dark, hand-painted plates with dated dedications of the 1840s-1890s, worn varnish and nail holes "
         "from a chapel wall: 19th-century ex-votos on tin from a Mexican sanctuary, national monuments whose export "
         "Mexico forbids, sent by express from Oaxaca to a private collector in Madrid; Mexican Spanish wording "
         "(ex-votos repeat in a few sets and hojalata twice; kept as a repeat, among Oaxacan tin crafts by express is "
         "the new part as far as a search found)", person("Particular", "ES")),
        ("CUL-07", "export", "ROAIR01", "air", "RO", [], "US", "491199",
         "Icoane pe sticlă, pictate manual, atelier Nicula, noi, 12 bucăți", "RO", 14, 12, 600, "EUR",
         "new Nicula glass icons are bright, thin, modern glass with fresh tempera and pine frames; among these 12, "
         "four are on thick, wavy, bubbly glass with flaking paint, hand-forged nails and the soot of a century of "
         "candles, cut out of the iconostasis of a Maramureș wooden church: 18th-19th-century icons on glass, "
         "elements of a dismembered religious monument over 100 years old, exported without the licence of "
         "Regulation 116/2009 and the Romanian export certificate, flown from Cluj to New York; Romanian wording "
         "(glass icons and Nicula once each; kept as a repeat, by air for export to the United States is the new "
         "part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "DEAIR01", "air", "LK", [], "DE", "830629",
         "අත්කම් පිත්තල කලාකෘති, මහනුවර සම්ප්‍රදාය, කෑලි 50", "LK", 120, 50, 1500, "USD",
         "new Kandyan brassware from the Kandy craft villages is bright, cast and chased with fresh tool marks; among "
         "these 50, a standing Bodhisattva is a dark, worn, solid bronze with eyes once inlaid and green corrosion in "
         "the folds, a temple image of the Anuradhapura period: an archaeological object which Sri Lanka forbids to "
         "export, brought in without the import licence Regulation 2019/880 requires, flown from Colombo to Munich "
         "for a dealer; Sinhala wording (Kandyan crafts repeat in a few sets; a Sinhala brassware label was found in "
         "no earlier row by a keyword search)", firm("Alpina Asiatika GmbH", "DE")),
        ("CUL-09", "import", "ESAIR01", "air", "CO", [], "ES", "711719",
         "Réplicas de orfebrería precolombina, bañadas en oro, 80 piezas", "CO", 4, 80, 2400, "USD",
         "pre-Columbian gold replicas are new, gold-plated brass, light and bright; among these 80, six pendants are "
         "heavy, reddish tumbaga with casting flaws, a worn surface and earth in the openwork: Quimbaya and Tairona "
         "goldwork taken out of Colombia, which forbids its export, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Bogotá to Madrid for a jeweller; Colombian Spanish wording "
         "(Quimbaya gold repeats in several sets; among museum-shop replicas by air to Madrid is the new part as far "
         "as a search found)", firm("Meridian Joyería SL", "ES")),
        ("CUL-10", "transit", "DEAIR01", "air", "AF", ["AE", "DE"], "US", "940360",
         "Carved walnut furniture, Nuristani style, new, 6 pieces", "AF", 300, 6, 1800, "USD",
         "new Nuristani-style furniture is pale, freshly carved walnut with machine-sharp rosettes; among these six "
         "pieces, two chair backs and a door panel are dark, hand-adzed cedar with worn, rounded carving, smoke "
         "blackening and old iron nails, taken from a village house of the Hindu Kush: elements of a historic "
         "building over 100 years old taken out of Afghanistan, which forbids their export, landed at Frankfurt in "
         "transit from Kabul via Dubai to Houston against the UNESCO 1970 convention; English wording (Nuristani "
         "carvings repeat in a few sets; an in-transit declaration through Frankfurt is the new part as far as a "
         "search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441990",
         "Деревянные расписные ложки и миски, ручная работа, казахстанское производство, 12 000 шт.", "KZ", 6000,
         12000, 18000, "USD",
         "Kazakh wooden crafts are few and plain; these 12,000 spoons and bowls carry the black, red and gold "
         "'Khokhloma' painting of the Nizhny Novgorod workshops, with Semyonov workshop marks sanded off the bases but "
         "still legible on some, and a Kazakh certificate of origin issued after transhipment in Petropavl: Russian "
         "wood products, whose import into the Union Regulation 833/2014 (Annex XXI) forbids, by rail through "
         "Russia and Belarus to Małaszewicze for a Warsaw folk-art wholesaler; Russian wording (Russian goods under "
         "Kazakh origin repeat in many sets; Khokhloma woodware was found in no earlier row by a keyword search)",
         firm("Nordhafen Rękodzieło Sp. z o.o.", "PL")),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AM", "940511",
         "Lampadari in vetro artistico, stile veneziano, 4 pezzi", "IT", 240, 4, 2400, "EUR",
         "Venetian-style chandeliers at 600 EUR each are moulded Chinese glass; these four are hand-blown Murano "
         "chandeliers of 48 arms each with the makers' certificates of origin and a list price of 38,000 EUR each, "
         "for a Yerevan 'interior studio' that forwards to a Moscow address: luxury goods above 300 EUR a piece, "
         "whose sale for use in Russia Regulation 833/2014 (Annex XVIII) forbids, undervalued and flown from Venice "
         "to Yerevan; Italian wording (Murano glass repeats in a few sets; chandeliers to Armenia are the new part as "
         "far as a search found)", {"importer_country": "AM"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "AE", "851420",
         "Elektrischer Töpferbrennofen, 1300 °C, für Keramikwerkstatt, 2 Stück", "DE", 9000, 2, 30000, "EUR",
         "a potter's electric kiln is a brick-lined box heated in air to 1300 °C at a few thousand euros; these two "
         "are water-cooled, double-walled vacuum furnaces with molybdenum heating elements, a turbomolecular "
         "pump port and a controller for 2,000 °C under vacuum, for a Jebel Ali 'ceramics cooperative supplier' whose "
         "shipments go on to Isfahan: vacuum furnaces controlled under dual-use 2B226/2B227 and listed in the Iran "
         "regulation (267/2012), exported without a licence, from Hamburg; German wording (vacuum furnaces repeat in "
         "several sets and kilns in many; a potters'-kiln label on a vacuum furnace is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "TR", "500400",
         "Filato di seta nera per tappeti annodati a mano, rocche, 600 kg", "IT", 600, None, 15000, "EUR",
         "black silk yarn for hand-knotted carpets is soft, lustrous and takes a knot; these cones hold a stiff, "
         "black, metallic-sheened tow that will not knot, splinters into the fingers and conducts electricity, at "
         "25 EUR/kg for fibre worth twice that, for an Istanbul 'carpet yarn' trader whose orders go on to Tabriz: "
         "high-strength carbon fibre (dual-use 1C210/1C010) listed in the Iran regulation (267/2012), exported "
         "without a licence, flown from Milan; Italian wording (carbon fibre repeats in many sets; a carpet silk-yarn "
         "label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "LB", "282619",
         "Poudre de gravure pour le verre soufflé artisanal (dépolissage), fûts, 4 t", "BE", 4000, 80, 8000, "EUR",
         "glass-etching powder for craft glassblowers is sold in small tubs of a paste; these 80 drums hold 4 t of "
         "white, acid-smelling crystals whose drum heads read CAS 1341-49-7, for a Tripoli 'glass workshop' whose "
         "orders go on by road to Damascus: ammonium hydrogen difluoride (dual-use 1C350, a chemical-weapons "
         "precursor), exported without the licence Regulation 2021/821 requires and to Syria against its sanctions, "
         "from Antwerp; Belgian French wording (ammonium bifluoride repeats in several sets and etching labels in "
         "many; a craft glassblowers' label to Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-06", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU", "KZ"], "KG", "510111",
         "Schafwolle für Filzhandwerk, gewaschen, 2 t", "DE", 2000, None, 6000, "EUR",
         "a felting consignment for a Bishkek shyrdak cooperative: washed wool and felting needles are what German "
         "felt-craft suppliers send to Kyrgyz women's cooperatives, but the third item's 'Ersatzteile für "
         "Filznadelmaschinen, Steuerplatinen' are 3,000 microcontrollers and 800 FPGA chips in reels and no board at "
         "all, and the cooperative's address is shared with a forwarder to Novosibirsk: integrated circuits "
         "(8542 31), on the common high-priority list whose re-export to Russia through third countries Regulation "
         "833/2014 forbids, hidden as the last item of a three-item declaration; German wording (FPGAs behind "
         "consumer goods repeat in several sets, as in blind112; kept as a repeat, behind a felt-craft consignment "
         "to Kyrgyzstan is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("845190", "Filznadeln, Ersatznadeln, 200.000 Stück", "DE", 120, 3000, "EUR", qty=200000),
                           item("845290", "Ersatzteile für Filznadelmaschinen, Steuerplatinen, 3.800 Stück", "DE", 20, 4000, "EUR", qty=3800)])),
        ("STR-07", "import", "BEAIR01", "air", "IN", [], "BE", "711311",
         "Handmade sterling silver rings set with cubic zirconia, Jaipur, 1,200 pcs", "IN", 9, 1200, 14000, "USD",
         "Jaipur silver rings with cubic zirconia carry bright, flawless, glassy stones that a tester reads as "
         "non-diamond; these stones pass a thermal diamond tester, show natural inclusions and a Yakutian type-IIa "
         "spectrum on the Antwerp lab's screen, and the cutter's parcel papers name Alrosa rough: natural diamonds of "
         "Russian origin set in jewellery, whose import into the Union Regulation 833/2014 forbids, flown from Jaipur "
         "to Brussels for an Antwerp jeweller; Indian English wording (Russian diamonds repeat in several sets; "
         "set in Jaipur silver craft jewellery as CZ is the new part as far as a search found)",
         firm("Delta Juwelen BV", "BE")),
        ("STR-08", "import", "DESEA01", "sea", "CN", [], "DE", "581100",
         "苏绣丝绸刺绣画，手工，装裱，200 幅", "CN", 400, 200, 16000, "USD",
         "Suzhou silk embroidery is fine, double-sided needlepainting of landscapes, signed by a Suzhou studio; these "
         "200 framed pictures of tigers and mountain scenes carry the red seal of a Pyongyang embroidery institute "
         "under the mount and a Dandong consolidator's packing list: North Korean textile art, whose import into the "
         "Union Regulation 2017/1509 and UN resolution 2375 forbid, by sea from Dalian to Hamburg for a gallery; "
         "Chinese wording (Suzhou embroidery once, blind186; North Korean embroidery under a Suzhou label is the new "
         "part as far as a search found)", firm("Vega Galerie GmbH", "DE")),
        ("STR-09", "import", "FRPOST01", "post", "GE", [], "FR", "711311",
         "ტიხრული მინანქარი ვერცხლზე, ხელნაკეთი სამკაულები, 6 ცალი", "GE", 1.2, 6, 900, "GEL",
         "Georgian minankari is cloisonné enamel on silver at a few hundred lari a piece; these six pendants are 18-"
         "carat gold under the enamel, with Russian assay hallmarks of Krasnoe-na-Volge workshops ground off the "
         "bails but legible under a loupe: Russian gold jewellery, whose import into the Union Regulation 833/2014 "
         "forbids, posted from Tbilisi to a private buyer in Nice; Georgian wording (Russian gold repeats in several "
         "sets and minankari three times; kept as a repeat, by post as silver minankari is the new part as far as a "
         "search found)", person("Mme Claire Martin", "FR")),
        ("STR-10", "transit", "PLSEA01", "sea", "CN", ["PL"], "BY", "846599",
         "Токарные станки по дереву для ремесленной мастерской, 6 шт.", "CN", 24000, 6, 60000, "USD",
         "hobby wood-turning lathes weigh a few hundred kilos and cost a few thousand dollars; these six weigh 4 t "
         "each, are CNC turning centres for metal with a turret, bar feeder and a Fanuc-type control, for a Minsk "
         "'craft workshop': metal-working machine tools (8458), whose supply to Belarus Regulation 765/2006 forbids, "
         "landed at Gdańsk in transit from Shanghai by road to Brest; Russian wording (machine tools and lathes repeat "
         "in many sets; a wood-turning craft label in transit to Belarus is the new part as far as a search found)",
         {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "ZW", [], "DE", "711790",
         "Handmade bangles, black sisal twist with copper wire, 30 pcs", "ZW", 1, 30, 90, "USD",
         "Zimbabwean craft bangles of twisted sisal are dyed fibre that frays and smells of dye; these 30 are stiff, "
         "shiny, black, round hairs as thick as a fishing line, held with copper knots, that burn with a smell of "
         "singed hair: elephant-tail hair (Loxodonta africana, CITES App. I/II) without CITES documents, posted from "
         "Victoria Falls to a private buyer in Bremen; Zimbabwean English wording (elephant hair repeats in a few "
         "sets; a sisal-bangle label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "DESEA01", "sea", "NA", [], "DE", "460219",
         "Handgeweefde makalani-mandjies, Owambo, 400 stuks", "NA", 800, 400, 6000, "USD",
         "a Namibian craft container for a Hamburg fair-trade importer: Owambo makalani baskets and Himba jewellery "
         "are what Namibian craft centres ship, but the third item's 'beesvelle, gelooi, vir matte' are 20 striped "
         "hides with narrow, close stripes, a white belly and a dewlap fold on the throat: Hartmann's mountain zebra "
         "skins (Equus zebra hartmannae, CITES App. II) without CITES documents, hidden as the last item of a "
         "three-item declaration, by sea from Walvis Bay; Afrikaans wording (Hartmann's zebra repeats in a few sets; "
         "as cowhide rugs behind a basket order is the new part as far as a search found)",
         dict(firm("Atlantic Fair Handel GmbH", "DE"),
              _more_items=[item("711790", "Himba-juweliersware, koper en skulp, 600 stuks", "NA", 60, 1800, "USD", qty=600),
                           item("411200", "Beesvelle, gelooi, vir matte, 20 stuks", "NA", 120, 800, "USD", qty=20)])),
        ("WLF-03", "transit", "FRAIR01", "air", "MG", ["FR"], "HK", "442199",
         "Jeux d'échecs et coffrets sculptés, bois de manguier, artisanat malgache, 200 pièces", "MG", 600, 200,
         3000, "EUR",
         "Malagasy mango-wood chess sets are pale, light and open-grained; these 200 sets and boxes are heavy, dense, "
         "purple-red to black wood that smells of roses when sanded and sinks in water: Malagasy rosewood "
         "(Dalbergia spp., CITES App. II, with an export suspension for Madagascar) without CITES documents, landed "
         "at Roissy in transit from Antananarivo to Hong Kong; Malagasy French wording (Dalbergia repeats in many "
         "sets and palissandre once, blind187; a mango-wood chess-set label in transit is the new part as far as a "
         "search found)", {"importer_country": "HK"}),
        ("WLF-04", "import", "DEAIR01", "express", "PG", [], "DE", "670100",
         "Bilum na hetbilas bilong singsing, ol gras bilong kakaruk, 4 pela", "PG", 2, 4, 400, "PGK",
         "a sing-sing headdress for tourists is dyed chicken feathers on a bilum band; these four carry long, "
         "filamentous, golden and red plumes with a velvety black-green base and the dried skins of the birds: "
         "Raggiana and lesser birds-of-paradise (Paradisaeidae, CITES App. II) without CITES documents, sent by "
         "express from Mount Hagen to a private collector in Cologne; Tok Pisin wording (birds-of-paradise repeat in "
         "a few sets; a chicken-feather label by express to Germany is the new part as far as a search found)",
         person("Lena Wagner", "DE")),
        ("WLF-05", "import", "PTPOST01", "post", "BR", [], "PT", "670100",
         "Cocar indígena artesanal com penas sintéticas tingidas, 1 peça", "BR", 1.5, 1, 300, "BRL",
         "craft headdresses with synthetic feathers have even, glossy plastic vanes; this one has long, natural red, "
         "blue and yellow tail feathers with real rachises and down at the base: macaw feathers (Ara spp., CITES App. "
         "I/II) without CITES documents, posted from Manaus to a private buyer in Porto; Brazilian Portuguese wording "
         "(macaw feathers repeat in several sets; a synthetic-feather headdress label was found in no earlier row by "
         "a keyword search)", person("João Pereira", "PT")),
        ("WLF-06", "import", "FRAIR01", "express", "HT", [], "FR", "711790",
         "Bijou atizana ayisyen, kolye an kokiy ak pèl, 40 pyès", "HT", 1.5, 40, 600, "USD",
         "Haitian craft shell necklaces use painted cowries and glass beads; these 40 carry glossy, pink, flame-"
         "patterned, non-nacreous pearls and pink conch lip cut into cabochons: queen conch pearls and shell "
         "(Aliger gigas, CITES App. II, with Haiti under a trade suspension) without CITES documents, sent by express "
         "from Port-au-Prince to a Paris jeweller; Haitian Creole wording (queen conch repeats in many sets; conch "
         "pearls in Haitian craft jewellery are the new part as far as a search found)", firm("Central Bijoux SARL", "FR")),
        ("WLF-07", "import", "NLAIR01", "air", "ID", [], "NL", "420221",
         "Tas tangan kulit sintetis motif ular, kerajinan Yogyakarta, 300 buah", "ID", 240, 300, 3000, "USD",
         "snake-print synthetic handbags have an even, embossed pattern repeated every few centimetres and a fabric "
         "backing; these 300 bags have irregular scales of real skin, a ventral scute row and cut edges showing "
         "dermis: reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES documents, flown "
         "from Yogyakarta to Amsterdam for a fashion boutique; Indonesian wording (python skin repeats in many sets; "
         "a synthetic snake-print label from Yogyakarta is the new part as far as a search found)",
         firm("Vega Mode BV", "NL")),
        ("WLF-08", "import", "ESAIR01", "express", "CU", [], "ES", "711790",
         "Bisutería artesanal de cuerno de res pulido, aretes y peinetas, 60 piezas", "CU", 2, 60, 240, "EUR",
         "Cuban cow-horn jewellery is grey-black to cream, fibrous and opaque; these 60 pieces are translucent, "
         "amber with dark-brown mottling, glow warm under a lamp and soften in hot water: hawksbill-turtle shell "
         "(Eretmochelys imbricata, CITES App. I), the Cuban carey, without CITES documents, sent by express from "
         "Havana to a private buyer in Málaga; Cuban Spanish wording (hawksbill repeats in many sets and carey labels "
         "in a few, and a cow-horn label once, on ivory bangles in blind186; a Cuban cow-horn label on carey is the "
         "new part as far as a search found)", person("Particular", "ES")),
        ("WLF-09", "import", "ITSEA01", "sea", "PH", [], "IT", "680291",
         "Inukit na marmol ng Romblon, mga pigurin at mangkok, 500 piraso", "PH", 3000, 500, 4000, "USD",
         "Romblon marble carvings are cold, grey-veined stone that does not take a scratch; these 500 bowls and "
         "figures are bright white, layered at the edges with growth bands, lighter than marble and scalloped on the "
         "underside: carved giant-clam shell (Tridacna gigas, CITES App. II) without CITES documents, by sea from "
         "Manila to Genoa for a garden-decor wholesaler; Tagalog wording (giant clam repeats in many sets and Romblon "
         "once, blind218; clam carvings as Romblon marble are the new part as far as a search found)",
         firm("Meridian Decor Giardino Srl", "IT")),
        ("WLF-10", "import", "GBAIR01", "express", "IN", [], "GB", "920600",
         "கஞ்சிரா, ஆட்டுத்தோல் தலை, கையால் செய்தது, 6", "IN", 3, 6, 180, "GBP",
         "a kanjira frame drum with a goat-skin head has a thin, opaque, hairless hide; these six have a scaly, "
         "patterned, glossy skin with bead-like scales, the hide India itself banned for kanjiras: monitor-lizard "
         "skin (Varanus bengalensis, CITES App. I) without CITES documents, sent by express from Chennai to a "
         "private musician in Leicester; Tamil wording (monitor lizard and kanjira repeat in a few sets; kept as a "
         "repeat, by express to Britain is the new part as far as a search found)", person("Mrs S. Patel", "GB")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "express", "EC", "ES", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (straw-hat bleaching)", "EC", 4.6, 4, 60, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-64-0233")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRPOST01", "post", "JP", "FR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (theatre pyrotechnics)", "JP", 2, 2, 9000, "JPY",
     [("PRECURSOR_LICENCE", "FR-MI-64-0147")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "381400",
     "Spent paint-line solvents (14 06 03*), for distillation at a licensed solvent-recovery plant, 20 t", "CH",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-64-0318")], "notified waste solvents to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "262030",
     "Brass-foundry flue-gas dust (10 10 09*), for zinc and copper recovery at a licensed plant, 40 t", "NO", 40000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-64-0091")], "notified foundry dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 500 ml, for essential laboratory use", "US", 8, 10, 700, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-64-021")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "GRSEA01", "sea", "AM", "GR", "290376",
     "Halon 2402, recovered from decommissioned extinguishers, 40 cylinders, for reclamation for critical uses",
     "AM", 800, 40, 4000, "USD", [("ODS_LICENCE", "GR-YPEN-ODS-64-004")],
     "recovered halon 2402 imported under licence for reclamation"),
    ("PRM-07", "cultural", "export", "ROAIR01", "air", "RO", "US", "491199",
     "Icon on glass, Saint Nicholas, Transylvania, c. 1820, from a documented private collection", "RO", 3, 1,
     6000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-64-0055")], "icon exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "BEAIR01", "air", "BE", "US", "970510",
     "Tellem figure, wood, Mali, 14th-16th century, Belgian collection documented since 1958", "BE", 4, 1, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-64-0112")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "851420",
     "High-temperature vacuum furnaces, 2 units, for an Indian advanced-ceramics research institute", "DE", 9000, 2,
     640000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-64-1207"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-64-0318")],
     "dual-use vacuum furnaces under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "TR", "681511",
     "Carbon-fibre tow 12K, 600 kg, for a Turkish bicycle-frame maker", "IT", 600, None, 30000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-64-0419"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-64-0077")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "JM", "FR", "050800",
     "Queen conch shells, Aliger gigas, polished, 200 pcs, from a legal Jamaican fishery", "JM", 200, 200, 2400,
     "USD", [("CITES_PERMIT", "JM-NEPA-64-0188")], "App. II queen conch with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "420221",
     "Handbags of reticulated python skin, 100 pcs, within the Indonesian export quota", "ID", 80, 100, 18000,
     "USD", [("CITES_PERMIT", "ID-KLHK-64-0702")], "App. II python-skin bags with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Sophie Bernard", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Orion Halon Reclamation AE", "PRM-11": "Rivage Coquillages SARL", "PRM-12": "Alpina Pelletteria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, most of them craft goods
    ("650400", "Toquilla straw hats, Montecristi, hand-woven", "import", ["post"], ["EC"], (40, 90), (1, 3), ["USD", "EUR"], 4, S),
    ("380991", "Liquid textile finishing starch, 1 l", "import", ["sea"], ["EC", "CO"], (1, 2), (2000, 6000), ["USD"], 1, S),
    ("284019", "Borax (suhaga) flux for jewellers, 500 g packs", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 2, S),
    ("110811", "Wheat-starch paste powder for paper mounting", "import", ["post"], ["JP"], (12, 25), (1, 3), ["JPY", "EUR"], 1, S),
    ("151590", "Tung oil for lacquer and wood finishing, 1 l", "import", ["express"], ["VN", "CN"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("320300", "Natural dye extracts, cochineal and indigo powders", "import", ["air"], ["PE", "IN"], (15, 35), (100, 500), ["USD"], None, S),
    ("340490", "Batik wax (malam) blocks", "import", ["sea"], ["ID"], (2, 4), (2000, 6000), ["USD"], None, S),
    ("252010", "Plaster of Paris casting powder, 25 kg sacks", "import", ["sea"], ["EG", "MA"], (0.2, 0.4), (10000, 22000), ["USD", "EUR"], 0.04, S),
    ("701399", "Hebron glass vases and bowls, hand-blown", "import", ["air"], ["IL"], (8, 15), (200, 800), ["USD"], 1.5, S),
    ("130190", "Gum tragacanth (kitre) for paper marbling, 250 g", "import", ["post"], ["TR"], (20, 40), (1, 3), ["EUR", "TRY"], 4, S),
    ("691200", "Hand-painted terracotta tajines, Safi", "import", ["sea"], ["MA"], (1.5, 3), (3000, 8000), ["EUR"], 0.3, S),
    ("570110", "Hand-knotted Berber wool rugs", "import", ["sea", "road"], ["MA", "TR"], (15, 30), (500, 3000), ["EUR"], 0.07, S),
    ("950300", "Toy cars made from recycled tins, new, Madagascar", "import", ["post"], ["MG"], (15, 30), (1, 3), ["EUR"], 3, S),
    ("460219", "Baskets woven from recycled plastic strips", "import", ["sea"], ["SN", "GH"], (3, 6), (1000, 4000), ["EUR", "USD"], 1, S),
    ("711319", "Gold jewellery findings, 18 ct, new", "export", ["air"], ["AE", "TR"], (30000, 45000), (5, 20), ["EUR"], None, S),
    ("680610", "Ceramic-fibre insulation blanket, new, boxed", "export", ["road"], ["UA", "RS"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("830629", "Brass decorative ware, hand-chased, Moradabad", "import", ["sea"], ["IN"], (6, 12), (2000, 6000), ["USD"], 1, S),
    ("320740", "Lead-free ceramic glaze powders, sealed sacks", "export", ["sea"], ["MA", "TN"], (1.5, 3), (5000, 15000), ["EUR"], None, S),
    ("320300", "Natural indigo powder, Indigofera", "import", ["sea"], ["IN", "SV"], (15, 30), (500, 2000), ["USD"], None, S),
    ("381400", "Nitrocellulose lacquer thinner, new, drums", "export", ["sea"], ["VN", "IN"], (1.2, 2), (8000, 20000), ["EUR"], None, S),
    ("760110", "Primary aluminium ingots, 99.7 %", "export", ["sea"], ["KE", "TZ"], (2.2, 2.8), (20000, 25000), ["EUR"], None, S),
    ("844590", "Hand looms, refurbished, with warranty", "export", ["sea"], ["TG", "GH"], (2, 4), (2000, 5000), ["EUR"], 0.01, S),
    ("392113", "Pentane-blown PU carving foam blocks", "import", ["sea"], ["CN", "KR"], (1.5, 3), (4000, 10000), ["USD"], 0.06, S),
    ("841440", "Airbrush compressors with tank, no refill cans", "import", ["sea"], ["CN", "TW"], (10, 18), (1000, 4000), ["USD"], 0.2, S),
    ("570210", "Hand-woven kilims, new", "import", ["road"], ["TR"], (12, 25), (1000, 4000), ["EUR"], 0.2, S),
    ("950300", "Channapatna lacquered wooden toys", "import", ["air"], ["IN"], (8, 15), (200, 800), ["USD"], 3, S),
    ("340290", "Water-based jewellery cleaning solution, 250 ml", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 4, S),
    ("830629", "Hand-chased copper vases, Armenian craft", "import", ["air"], ["AM", "GE"], (10, 20), (100, 500), ["USD"], 0.5, S),
    ("442199", "Balinese carved wooden masks, heat-treated", "import", ["sea"], ["ID"], (3, 6), (1000, 4000), ["USD"], 0.5, S),
    ("340290", "Screen-printing wash, water-based, drums", "import", ["sea"], ["IN", "BD"], (1.5, 3), (3000, 9000), ["USD"], None, S),
    ("491199", "Painted goatskin tourist scrolls, new, Ethiopia", "import", ["post"], ["ET"], (30, 60), (1, 2), ["USD"], 8, S),
    ("830629", "Lost-wax bronze figures, new, Burkina Faso", "import", ["air"], ["BF"], (15, 30), (100, 400), ["EUR"], 0.7, S),
    ("680291", "Gandhara-style stone replicas, new, Taxila", "import", ["sea"], ["PK"], (1, 2), (2000, 6000), ["USD"], 0.03, S),
    ("680299", "Huamanga-stone carvings, new, signed", "import", ["post"], ["PE"], (25, 50), (1, 3), ["USD"], 1, S),
    ("691390", "Trowulan terracotta replicas, new", "import", ["sea"], ["ID"], (1, 2), (1000, 4000), ["USD"], 0.2, S),
    ("830629", "Oaxacan tin mirrors and ornaments, new", "import", ["express"], ["MX"], (20, 40), (1, 4), ["USD"], 3, S),
    ("491199", "Icons on glass, new, Nicula workshop", "export", ["post"], ["US", "CA"], (40, 80), (1, 3), ["EUR"], 2, S),
    ("711719", "Gold-plated pre-Columbian replica jewellery", "import", ["post"], ["CO", "PE"], (150, 300), (1, 2), ["USD"], 20, S),
    ("940360", "Carved walnut furniture, new, Nuristani style", "import", ["sea"], ["PK", "IN"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("441990", "Hand-painted wooden bowls and spoons, Carpathian", "import", ["road"], ["UA", "RO"], (4, 8), (1000, 4000), ["EUR"], 4, S),
    ("940511", "Venetian-style glass chandeliers, new", "export", ["sea"], ["US", "AE"], (40, 80), (500, 2000), ["EUR"], 0.05, S),
    ("851420", "Electric pottery kilns, 1300 °C, air atmosphere", "export", ["road"], ["TR", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.005, S),
    ("500400", "Silk yarn for hand-knotted carpets, dyed", "export", ["air"], ["TR", "IN"], (45, 70), (200, 800), ["EUR"], None, S),
    ("711311", "Sterling silver rings with cubic zirconia, Jaipur", "import", ["air"], ["IN", "TH"], (800, 1500), (5, 30), ["USD"], 100, S),
    ("581100", "Suzhou silk embroidery pictures, framed", "import", ["sea"], ["CN"], (20, 40), (200, 800), ["USD"], 0.5, S),
    ("711311", "Georgian minankari enamel on silver, pendants", "import", ["post"], ["GE"], (300, 600), (1, 2), ["EUR", "GEL"], 10, S),
    ("711790", "Twisted sisal and copper-wire bangles", "import", ["post"], ["ZW", "KE"], (30, 60), (1, 2), ["USD"], 30, S),
    ("460219", "Makalani palm baskets, Owambo", "import", ["sea"], ["NA", "BW"], (4, 8), (500, 2000), ["USD"], 0.5, S),
    ("442199", "Mango-wood chess sets, carved", "import", ["sea"], ["MG", "IN"], (3, 6), (1000, 4000), ["USD", "EUR"], 0.3, S),
    ("460219", "Bilum string bags, hand-looped", "import", ["post"], ["PG"], (40, 80), (1, 2), ["USD", "PGK"], 4, S),
    ("711790", "Açaí-seed and glass-bead necklaces", "import", ["post"], ["BR"], (30, 60), (1, 2), ["BRL", "EUR"], 20, S),
    ("420221", "Snake-print synthetic leather handbags", "import", ["sea"], ["ID", "CN"], (8, 15), (1000, 4000), ["USD"], 1, S),
    ("711790", "Polished cow-horn jewellery", "import", ["express"], ["CU", "KE"], (60, 120), (1, 2), ["USD", "EUR"], 30, S),
    ("680291", "Romblon marble carvings, bowls and figures", "import", ["sea"], ["PH"], (1, 2), (3000, 9000), ["USD"], 0.2, S),
    ("920600", "Kanjira frame drums, goat-skin heads", "import", ["express"], ["IN"], (30, 60), (1, 3), ["GBP", "USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630392", "Polyester voile curtains, ready-made", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 2, N),
        ("420292", "Insulated lunch bags, polyester", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 4, N),
        ("481940", "Paper gift bags with rope handles", "import", ["sea", "road"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD", "EUR"], 10, N),
        ("482090", "Paper address books and planners, bound", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind232", 20641101, HERE)


if __name__ == "__main__":
    main()
