#!/usr/bin/env python3
"""Writes the hundred-and-eighty-sixth blind set (tests/risk/data/blind186-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: textiles, garments, leather
and footwear (spinning and weaving mills, dyers, printers and finishers, tanneries and
their chemical suppliers, shoe and sole factories, garment factories, their buying
agents and wholesalers, haberdashery, embroidery, millinery and fashion houses, dry
cleaners and laundries, and the hobby dyers, printers and leatherworkers who buy from
their suppliers).
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
would. Ids are BL186-*:

    python3 tests/risk/data/make_blind186_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "MX", [], "DE", "350790",
         "Enzima celulasa líquida para deslavado de mezclilla (efecto stone-wash), 4 x 1 litro", "MX", 4.6, 4, 1400,
         "MXN",
         "the liquid cellulase that denim laundries use for a stone-wash look is a brown, slightly viscous liquid of "
         "about 1.1 kg/l that smells of fermentation broth and does nothing to a dyed swatch in the cold; these four "
         "bottles have vented caps and hold a water-clear, odourless liquid of 1.13 kg/l that whitens the skin, "
         "foams on a rust-stained cotton swatch and bleaches indigo at once: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from a Tehuacán denim laundry's supplier to a Berlin vintage-denim shop that "
         "sells 'do-it-yourself distressing kits' to the public; Mexican Spanish wording (hydrogen peroxide repeats "
         "in many sets; a cellulase or denim-enzyme label was found in no earlier row by a keyword search, and "
         "denim once, on a waste in blind125)", firm("Orion Vintage Denim GmbH", "DE")),
        ("PRE-02", "import", "GBPOST01", "post", "NG", [], "GB", "283110",
         "Hydro (sodium hydrosulphite) fún aró àdìrẹ, 1 kg, àpò 3", "NG", 3, 3, 9000, "NGN",
         "the 'hydro' that Abeokuta adire dyers stir into an indigo vat is sodium hydrosulphite, a fine, greyish-white "
         "powder that reeks of burning sulphur the moment the bag is opened and smoulders if it gets damp; these three "
         "bags hold colourless, odourless crystals that draw damp, do not reduce a drop of indigo and flare yellow on "
         "a hot plate, and the inner bags read 'NaClO3 99 %': sodium chlorate (Annex I above 40 %), posted from "
         "Abeokuta to a private person in Peckham, one of three such parcels from the same sender to three south "
         "London addresses in the same week (a split consignment); Yoruba wording (sodium chlorate repeats in many "
         "sets; a hydrosulphite, dithionite or adire label was found in no earlier row, and Yoruba wording in five, "
         "on groceries, castor oil and feathers)", person("Mrs A. Adeyemi", "GB")),
        ("PRE-03", "import", "ATPOST01", "post", "TH", [], "AT", "283919",
         "น้ำยาโซเดียมซิลิเกต (วอเตอร์กลาส) สำหรับเซ็ตสีเพ้นท์ผ้าไหม, 4 x 1 ลิตร", "TH", 5.6, 4, 1200, "THB",
         "the water glass that silk painters brush on to fix their dyes is a syrupy, slightly cloudy, alkaline liquid "
         "of about 1.35 kg/l that turns pH paper blue and dries to a glassy film; these four bottles hold a thin, "
         "pale-yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats a copper coin: about "
         "65 % nitric acid (Annex I above 3 %), posted from Chiang Mai to a private silk painter in Graz; Thai wording "
         "(nitric acid repeats in many sets, and the water-glass label three times, twice on nitric acid (blind49, "
         "Chinese drums; blind128, an Albanian concrete sealer), kept as a repeat of the label; a silk-painting "
         "fixer and the post from Thailand are the new part)", person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "FIAIR01", "express", "US", [], "FI", "380991",
         "Puff additive for plastisol screen printing ink, white powder, 4 x 2 lb", "US", 3.6, 4, 96, "USD",
         "puff additive is a fluffy powder of expandable microspheres so light (about 0.3 kg/l) that it floats on "
         "water and swells the print when cured at 160 °C; these four jars hold a heavy (about 1.2 kg/l), gritty "
         "white powder that sinks, does not swell in a heat press, burns fiercely with a pinch of sugar, and the "
         "re-used inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %), sent by express from a "
         "Los Angeles print-supply reseller to a private T-shirt printer in Tampere, one of four parcels of the same "
         "weight to the same street in a fortnight; US English wording (potassium perchlorate repeats in many sets; "
         "a puff-additive label was found in no earlier row by a keyword search)", person("Aino Virtanen", "FI")),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "310210",
         "يوريا لطباعة الأقمشة بالأصباغ النشطة، أكياس 1 كجم، 2000 كيس", "EG", 2000, 2000, 900, "USD",
         "the urea that fabric printers add to reactive-dye paste is a white 46 % N prill that grows ice-cold in water "
         "and smells of ammonia when warmed; these 2,000 retail bags hold prills that test at 34 % N, turn to slush in "
         "damp air, give a nitrate reaction and melt and fume on a hot plate, at 0.45 USD a kilo for an Athens "
         "craft-supply web shop that sells them to hobby printers: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Alexandria to Piraeus; Egyptian Arabic wording "
         "(ammonium nitrate repeats in many sets and urea covers in many, for AdBlue and fertiliser; a dye-printing "
         "urea label was found in no earlier row by a keyword search)", firm("Delta Chromata Hobby AE", "GR")),
        ("PRE-06", "import", "LTAIR01", "air", "AM", [], "LT", "381400",
         "Կոշիկի սոսնձի նոսրացուցիչ, 1 լ, 600 շիշ", "AM", 680, 600, 1800, "USD",
         "the thinner cobblers add to contact cement is a toluene, hexane or ethyl-acetate blend of about 0.8 kg/l "
         "with a sharp, glue-shop smell; these 600 bottles weigh 1.14 kg/l, smell faintly fruity, do not mix with the "
         "glue sample sent with them and burn with a pale flame: nitromethane (Annex I above 16 %), flown from Yerevan "
         "for a Vilnius cobbler-supply web shop that sells to shoe repairers and to hobby leatherworkers alike; "
         "Armenian wording (nitromethane repeats in many sets, with a leather-dye-thinner label in blind89 and a "
         "shoe contact-cement label on an ozone row in blind117; a shoe-glue thinner from Armenia is the new part as "
         "far as a search found)", firm("Vega Batų Remontas UAB", "LT")),
        ("PRE-07", "import", "FRPOST01", "post", "MA", [], "FR", "291521",
         "Acide acétique cristallisable 99 %, pour teinture de la laine au naturel, 2 x 1 l", "MA", 3.7, 2, 300,
         "MAD",
         "glacial acetic acid weighs 1.05 kg/l, stings the nose with the smell of strong vinegar and freezes into "
         "crystals in a cold room; these two bottles weigh 1.84 kg/l, smell of nothing, feel oily, grow hot when a "
         "drop meets water and char a wool sample black: about 96 % sulphuric acid (Annex I above 15 %), posted from "
         "Fès to a private natural dyer in Lyon, although corrosive liquids may not travel by post; Moroccan French "
         "wording (sulphuric acid repeats in many sets; a glacial-acetic label was found twice, on nitric acid in "
         "blind40 and on an IBC in blind69, kept as a repeat of the label; on sulphuric acid for wool dyeing by post "
         "from Morocco is the new part)", person("Mme Claire Martin", "FR")),
        ("PRE-08", "import", "NLPOST01", "post", "IN", [], "NL", "283620",
         "सोडा ऐश (वॉशिंग सोडा), बांधनी टाई-डाई रंग पक्का करने के लिए, 4 x 1 किलो", "IN", 4, 4, 1200, "INR",
         "the soda ash that tie-dyers soak cloth in is a dull, light, white powder that feels slippery when wet, warms "
         "a little in water and fizzes with vinegar; these four bags hold glossy crystals that do not fizz with "
         "vinegar, draw damp overnight and flare with sugar on a spoon: sodium perchlorate (Annex I above 40 %), "
         "posted from Jaipur's bandhani bazaar to a private tie-dyer in Haarlem; Hindi wording (sodium perchlorate "
         "repeats in many sets; soda-ash labels appear in four earlier rows, three on strategic goods and one as an "
         "assay flux; a tie-dye label was found in no earlier row)", person("Mw. E. de Jong", "NL")),
        ("PRE-09", "import", "DKPOST01", "post", "CN", [], "DK", "293090",
         "二氧化硫脲 (褪色剂), 衣物染料脱色用, 1 kg x 3 袋", "CN", 3, 3, 150, "CNY",
         "thiourea dioxide, the colour remover hobby dyers use to strip a garment before re-dyeing, is a fine, white, "
         "odourless powder that gives off a sulphur smell in hot water and bleaches the dye at once; these three bags "
         "hold shiny, flaky crystals that do nothing to a dyed swatch in hot water, spit violet sparks on a hot iron "
         "and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), posted from Shaoxing "
         "to a private person in Aarhus; Chinese wording (potassium chlorate repeats in many sets; thiourea labels "
         "appear on jewellery and coin dips and once as a Turkish discharge-printing agent (blind71); a "
         "colour-remover label was found in no earlier row)", person("Mette Jensen", "DK")),
        ("PRE-10", "import", "IEAIR01", "air", "PE", [], "IE", "510820",
         "Hilo de alpaca teñido a mano con tintes naturales, madejas de 100 g, 200 madejas", "PE", 20, 200, 1600,
         "USD",
         "a natural-dye order from Cusco for a Galway yarn shop that sells dye kits to the public: hand-dyed alpaca "
         "yarn and dried cochineal are what Andean dye cooperatives sell, but the third item's 'collpa', the Andean "
         "mineral mordant that comes as yellowish, earthy, astringent lumps of mixed alum and iron salts, is 10 kg "
         "of fine, bright-white crystalline powder in 1 kg bags that flares violently with sugar and carries no "
         "iron or aluminium: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "hidden as the last item of a three-item declaration, flown from Cusco to Dublin; Peruvian Spanish wording "
         "with Quechua terms (potassium perchlorate repeats in many sets; a collpa label was found in no earlier row "
         "and cochineal in one)",
         dict(firm("Atlantic Craft Yarns Ltd", "IE"),
              _more_items=[item("320300", "Cochinilla seca (makhnu) para teñir, 3 kg", "PE", 3, 240, "USD"),
                           item("253090", "Collpa (mordiente mineral andino), bolsas de 1 kg, 10 kg", "PE", 10, 30,
                                "USD", qty=10)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "EG", "411520",
         "Farina di cuoio (polvere di smerigliatura) per mescole di suole in gomma, big bag, 18 t", "IT", 18000, None,
         900, "EUR",
         "leather flour for rubber compounding is a dry, fine, tan powder of vegetable-tanned leather sold with a "
         "data sheet; these big bags hold a blue-grey, greasy, dusty fluff that smells of finishing solvents, reads "
         "3 % chromium and turns violet with diphenylcarbazide (hexavalent chromium), swept from the buffing machines "
         "and dust filters of Arzignano tanneries: waste leather dust containing hexavalent chromium (Basel A3090), "
         "hazardous waste whose export to a non-OECD country is banned, from Venice to Alexandria for a shoe-sole "
         "'compounder'; Italian wording (chrome leather shavings and dust repeat in several sets, as fertiliser bases "
         "and as leather fibre for bonded leather (blind94); a rubber-sole filler label is the new part as far as a "
         "search found)", {"importer_country": "EG"}),
        ("WST-02", "export", "ESROAD01", "road", "ES", [], "MA", "350691",
         "Adhesivo de contacto de policloropreno para calzado, botes de 5 l, 2.400 botes", "ES", 12000, 2400, 4800,
         "EUR",
         "new contact adhesive for shoe factories comes in sealed tins of one brand with lot numbers and a safety "
         "sheet; this trailer holds mismatched, dented, half-empty tins and drums of skinned and gelled "
         "polychloroprene and PU adhesive, halogenating primer and solvent, with brushes and rags stuck in them, "
         "collected from Elche and Elda shoe factories: waste adhesives containing organic solvents (08 04 09*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry on the Algeciras-Tanger Med ferry "
         "for a Tangier 'shoe factory'; Spanish wording (solvent wastes repeat in many sets and Elche once, on a "
         "DMF waste in blind129; a prime footwear-adhesive label on shoe-factory adhesive waste is the new part as "
         "far as a search found)", {"importer_country": "MA"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "701990",
         "Zváracie deky zo sklených vlákien, použité, vyčistené, 6 t", "SK", 6000, None, 600, "EUR",
         "used glass-fibre welding blankets are white or gold, smooth, woven cloth that sheds glassy splinters; these "
         "bales hold grey, felted, fraying cloth, lagging rope and gaskets stripped from the boiler house and steam "
         "lines of a closed synthetic-fibre mill in Humenné, which shed fine, curly fibres that show as chrysotile "
         "under a lens: asbestos textiles (17 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "at Vyšné Nemecké for an Uzhhorod 'workwear shop'; Slovak wording (asbestos repeats in many sets, and "
         "fire blankets once, in blind182; a welding-blanket label from a textile mill is the new part as far as a "
         "search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "EG", "844630",
         "Teares de pinça usados, recondicionados, 12 unidades", "PT", 54000, 12, 60000, "EUR",
         "a weaving-mill clearance container from Leixões for a Mahalla al-Kubra weaver: used rapier looms and a "
         "sectional warper are what closing Vale do Ave mills sell to Egypt, but the third item's 'dry-type "
         "transformer, reconditioned' is a 1970s oil-filled unit that sweats a heavy, sweet-smelling fluid from its "
         "gaskets and carries a 'Pyralène' nameplate: a transformer containing PCBs (16 02 09*), hazardous waste whose "
         "export is banned and which must be destroyed, hidden as the last item of a three-item declaration; "
         "Portuguese wording (PCB transformers repeat in several sets; behind used looms from Guimarães is the new "
         "part as far as a search found)",
         dict({"importer_country": "EG"},
              _more_items=[item("844590", "Urdideira seccional usada, 1 unidade", "PT", 6000, 9000, "EUR", qty=1),
                           item("850433", "Transformador a seco, 630 kVA, recondicionado, 1 unidade", "PT", 2800,
                                1500, "EUR", qty=1)])),
        ("WST-05", "export", "GBSEA01", "sea", "GB", [], "PK", "150500",
         "Crude wool grease (lanolin), centrifuge-recovered, for refining, IBCs, 20 t", "GB", 20000, None, 8000,
         "GBP",
         "crude wool grease from a scour's centrifuges is a yellow-brown, sticky, waxy fat that smells of sheep and "
         "sells by assay; these IBCs hold a grey-brown, watery sludge with sand, dung and fibre that reeks, settles "
         "into layers and reads sheep-dip organophosphates and cypermethrin far above any grease specification, "
         "pumped from a Bradford wool scour's effluent plant: sludge from on-site effluent treatment containing "
         "dangerous substances (04 02 19*), hazardous waste whose export to a non-OECD country is banned, from "
         "Felixstowe to Karachi for a 'soap maker'; UK English wording (a lanolin mention once, on alpaca; a "
         "wool-grease label and wool-scour sludge were found in no earlier row)", {"importer_country": "PK"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "BD", "320416",
         "Reaktivfarbstoffe, Ware erster Wahl, 25-kg-Fässer, 320 Fässer", "DE", 8000, 320, 24000, "EUR",
         "prime reactive dyes come in sealed fibre drums of one batch with shade cards and a certificate of analysis; "
         "these 320 drums are of every make and age, caked, some wet and mouldy, many holding benzidine-based direct "
         "dyes whose use the Union has banned for decades, from the warehouse of a closed Krefeld dyestuff "
         "distributor: discarded chemicals consisting of or containing hazardous substances (16 05 08*), hazardous "
         "waste whose export to a non-OECD country is banned, from Hamburg to Chattogram for a 'dye trader'; German "
         "wording (off-specification chemicals sold as prime repeat, as in blind184; a reactive-dye label was found "
         "in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "TN", "321290",
         "Pasta de pigments per a acabats de pell, bidons de 200 kg, 80 bidons", "ES", 16000, 80, 6400, "EUR",
         "pigment pastes for leather finishing are smooth, even, water-based pastes in sealed drums with a colour "
         "code; these 80 odd drums hold lumpy, layered, multicoloured sludge with water, overspray skins, filter "
         "mats and a solvent stink, scooped from the water curtains of the spray-finishing booths of Igualada "
         "tanneries: waste paint and varnish sludge containing organic solvents (08 01 13*), hazardous waste whose "
         "export to a non-OECD country is banned, from Barcelona to Radès for a 'leather finisher'; Catalan wording "
         "(sludges under pigment labels repeat, plating sludge among them in blind184; a leather-finish pigment "
         "label and Catalan wording are the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "NG", "340290",
         "Textile stain remover concentrate, returned stock, 5 l drums, 1,200", "IE", 7800, 1200, 2400, "EUR",
         "returned stain-remover stock would be sealed, labelled 5 l jugs of a light detergent of about 1.0 kg/l; "
         "these jugs and drums hold a black, tarry, sweet-smelling sludge of 1.5 kg/l and spent carbon cartridge "
         "filters, the still bottoms and filters of Dublin dry-cleaners' perchloroethylene machines: sludges and "
         "filters containing halogenated solvents (14 06 04*, 14 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Dublin to Apapa for a 'laundry chain'; Irish English wording (dry-cleaning "
         "still residues repeat under regenerated-perchloroethylene labels in blind65 and blind66, and stain-remover "
         "labels in five ozone rows; a stain-remover label on a waste for export is the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "IN", "540769",
         "Meubelstof polyester, tweede keus, op rollen, 18 t", "BE", 18000, None, 5400, "EUR",
         "upholstery seconds are clean, full rolls with a small weaving fault; these bales hold back-coated "
         "trimmings, selvedges and rejected pieces whose stiff latex backing reads 8 % bromine and antimony, from "
         "Kortrijk-area furniture-fabric weavers that coated for the British fire-safety market: textile waste "
         "containing decabromodiphenyl ether above the limit of the POPs Regulation (2019/1021), which must be "
         "destroyed and may not be exported for recycling, from Antwerp to a Panipat shoddy mill; Flemish wording "
         "(brominated flame retardants repeat in many sets on plastics and Panipat once, in blind162; back-coated "
         "upholstery fabric was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "630790",
         "Textilní vaky z airbagů (nylonová tkanina) pro výrobu tašek, 3 t", "CZ", 3000, None, 900, "EUR",
         "airbag fabric for upcycled bags is cut-out nylon cushions, flat, light and clean; these sacks hold whole "
         "cushions still folded onto their inflator housings, about 1,800 undeployed gas generators among them, "
         "from Ostrava car dismantlers: end-of-life vehicle parts with explosive components (16 01 10*), hazardous "
         "waste whose export to a non-OECD country is banned, through Slovakia for a Lviv 'bag workshop'; Czech "
         "wording (undeployed airbags repeat in many sets; an airbag-fabric label for bag-making is the new part as "
         "far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "VN", [], "PT", "390729",
         "Hệ PU đúc đế giày, thành phần polyol (A), thổi bằng nước, 80 phuy", "VN", 17600, 80, 30800, "USD",
         "a water-blown polyol component for PU shoe soles holds no blowing agent but water, sits unpressurised in "
         "its drums and smells faintly of amine catalyst; these 80 drums bulge, hiss a sweet, ether-like gas when "
         "opened and a head-space test gives 1,1-dichloro-1-fluoroethane: a polyol blended with HCFC-141b, a product "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Haiphong to "
         "Leixões for a Felgueiras sole maker; Vietnamese wording (HCFC-141b premixes repeat in many sets, for "
         "insulation; a shoe-sole polyol system was found in no earlier row, PU-sole mould-release labels in blind120 and "
         "blind138)", firm("Rivage Solados Lda", "PT")),
        ("OZN-02", "transit", "GRSEA01", "sea", "CN", ["GR"], "TR", "292090",
         "碳酸二甲酯 (DMC), PU合成革用溶剂, 60 桶", "CN", 14880, 60, 10200, "USD",
         "dimethyl carbonate, the solvent of PU synthetic-leather coaters, is a flammable liquid of 1.07 kg/l that "
         "freezes at 4 °C; these 60 drums weigh 1.24 kg/l, do not burn, boil at 32 °C and the drum heads are "
         "stamped '141b' under the labels: HCFC-141b, an ozone-depleting substance moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Piraeus for transhipment from Ningbo to Ambarlı for an "
         "Istanbul synthetic-leather coater; Chinese wording (HCFC-141b repeats in many sets, and a DMC label in "
         "blind110, on a PU flushing solvent, and blind171, kept as a repeat of the label; a synthetic-leather use "
         "on a transhipment through Piraeus is the new part as far as a search found)", {"importer_country": "TR"}),
        ("OZN-03", "import", "CZAIR01", "express", "TW", [], "CZ", "382499",
         "刺繡機除塵噴罐 (不可燃), 400 ml, 240 罐", "TW", 100, 240, 600, "USD",
         "the lint blowers embroidery shops use on their machines' hooks are sold in the Union filled with a "
         "flammable hydrocarbon or HFO-1234ze and say so; these 240 'non-flammable' cans frost deeply, carry no "
         "flame mark and the filler's print under the sticker reads 'HFC-134a': a technical aerosol with an HFC of "
         "GWP 1,430, whose placing on the Union market is banned, sent by express from Taichung to a Liberec "
         "embroidery studio; traditional Chinese wording from Taiwan (HFC-134a air dusters repeat in about a dozen "
         "rows; an embroidery-machine lint-blower label is the new part as far as a search found)",
         firm("Orion Výšivky s.r.o.", "CZ")),
        ("OZN-04", "export", "ITSEA01", "sea", "IT", ["DJ"], "ET", "841939",
         "Essiccatoi sottovuoto per pelli, usati, revisionati, 3 unità", "IT", 21000, 3, 45000, "EUR",
         "reconditioned leather vacuum dryers sold for export are heated by hot water and, where they have a "
         "heat-pump circuit, are recharged with a permitted gas and labelled; these three from a Santa Croce "
         "sull'Arno tannery still hold their original R-22 charge, about 40 kg each, with the old nameplates: "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Livorno "
         "through Djibouti to a Modjo tannery; Italian wording (R-22 equipment for export repeats in many sets; "
         "leather dryers were found in no earlier row by a keyword search)", {"importer_country": "ET"}),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "611030",
         "Swetry damskie, dzianinowe, akryl, 6 000 szt.", "CN", 3000, 6000, 21000, "USD",
         "a China-Europe block-train container for a Wólka Kosowska garment wholesaler: knitted jumpers and men's "
         "jeans are what the Chinese wholesalers there sell, but the third item's 'spray starch for ironing' is 6,000 "
         "squat 340 g cans with a half-inch ACME self-sealing valve and no push-button, printed 'R134a "
         "汽车空调制冷剂' under the stickers: HFC-134a in non-refillable containers for car air-conditioning, whose "
         "placing on the Union market is banned and which no quota covers, hidden as the last item of a three-item "
         "declaration, at Małaszewicze; Polish wording (HFC-134a in small cans repeats in many sets and Wólka "
         "Kosowska in four, on other goods; a spray-starch label is the new part as far as a search found)",
         dict(firm("Horizon Hurtownia Odzieży Sp. z o.o.", "PL"),
              _more_items=[item("620342", "Spodnie jeansowe męskie, 3 000 szt.", "CN", 2100, 15000, "USD", qty=3000),
                           item("380910", "Krochmal w sprayu do prasowania, 400 ml, 6 000 szt.", "CN", 2400, 3000,
                                "USD", qty=6000)])),
        ("OZN-06", "import", "ROAIR01", "air", "IN", [], "RO", "350691",
         "Temporary spray adhesive for machine embroidery hooping, 500 ml, 4,800 cans", "IN", 2900, 4800, 7200,
         "USD",
         "the temporary spray adhesives embroiderers use to float fabric on stabiliser are sold in the Union with "
         "dimethyl ether or propane-butane and a flammable-gas mark; these 4,800 cans carry no flame mark, their "
         "contents do not burn and the safety sheet in the cartons lists 1,1-dichloro-1-fluoroethane as solvent "
         "and propellant: products containing HCFC-141b, whose import into the Union is banned, flown from Surat to "
         "a Bacău embroidery subcontractor of Italian fashion brands; Indian English wording (HCFC-141b spray "
         "adhesives repeat in blind59 and blind125; an embroidery-hooping label is the new part as far as a search "
         "found)", firm("Central Broderie SRL", "RO")),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "847989",
         "Kurutuculu (desikant rotorlu) nem alma cihazları, deri depoları için, soğutucu gazsız, 120 adet", "TR",
         9600, 120, 36000, "EUR",
         "a desiccant dehumidifier has a slowly turning silica rotor, a heater and a fan and no refrigerant at all; "
         "these 120 units have a compressor, an evaporator coil and a nameplate under the sticker that reads 'R22, "
         "1.4 kg': equipment containing HCFC-22, whose placing on the Union market is banned, at Kapitan Andreevo "
         "for a Plovdiv leather and fur warehouse; Turkish wording (R-22 dehumidifiers repeat in several sets and "
         "desiccant labels on wastes and precursors; a desiccant-dehumidifier label for leather stores was found "
         "in no earlier row by a keyword search)",
         firm("Delta Kozhi EOOD", "BG")),
        ("OZN-08", "import", "SKROAD01", "road", "UA", [], "SK", "340510",
         "Водовідштовхувальний спрей для взуття та шкіри, 300 мл, 9 600 шт.", "UA", 2900, 9600, 7700, "EUR",
         "shoe and leather waterproofing sprays sold in the Union are silicone or fluoropolymer in a hydrocarbon "
         "solvent with propane-butane and carry a flame mark; these 9,600 cans carry none, are heavy for their size "
         "and the Ukrainian safety sheet lists 60 % 1,1,1-trichloroethane: products containing methyl chloroform, "
         "whose import into the Union is banned, at Vyšné Nemecké for a Košice shoe-shop chain; Ukrainian wording "
         "(methyl chloroform repeats in many sets; a shoe-waterproofing label was found in no earlier row by a "
         "keyword search)", firm("Vega Obuv s.r.o.", "SK")),
        ("OZN-09", "import", "BESEA01", "sea", "KR", [], "BE", "291100",
         "드라이클리닝 용제 디부톡시메탄 (K4 타입), 200 L 드럼, 40 드럼", "KR", 12720, 40, 18000, "USD",
         "dibutoxymethane, the 'K4' dry-cleaning solvent, is a light (0.84 kg/l), combustible, mild-smelling liquid "
         "that boils at 180 °C; these 40 drums weigh 1.59 kg/l, do not burn, smell sweet like chloroform and boil "
         "at 77 °C: carbon tetrachloride, whose import into the Union is banned, by sea from Busan to Antwerp for a "
         "Brussels dry-cleaning chain; Korean wording (carbon tetrachloride repeats in about twenty rows under "
         "perchloroethylene labels; a K4 or dibutoxymethane label was found in no earlier row)",
         firm("Atlantic Pressing SA", "BE")),
        ("OZN-10", "import", "ITSEA01", "sea", "AU", [], "IT", "281290",
         "Sulfuryl fluoride fumigant (ProFume type), for greasy-wool bale fumigation, 40 cylinders", "AU", 2000, 40,
         6000, "AUD",
         "sulfuryl fluoride is a liquefied gas at about 16 bar whose liquid weighs about 1.35 kg/l and has no smell; these 40 "
         "cylinders read 2 bar, hold a liquid of 1.73 kg/l with a faint chloroform smell and their shoulders are "
         "stamped 'CH3Br' under the paint: methyl bromide, whose import into the Union is banned (the Union keeps no "
         "quarantine exemption), by sea from Fremantle to Genoa for a Biella wool-combing mill; Australian English "
         "wording (methyl bromide repeats in many sets and under a ProFume or sulfuryl-fluoride label in blind67 and "
         "blind69, kept as a repeat; greasy-wool bale fumigation from Australia is the new part)",
         firm("Alpina Pettinatura Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "export", "BGPOST01", "post", "BG", [], "US", "691390",
         "Керамични тежести за кроене на плат, ръчна изработка, 24 бр.", "BG", 3.8, 24, 60, "BGN",
         "dressmakers' ceramic pattern weights are new, glazed, flat discs or domes that hold a paper pattern on "
         "cloth; these 24 are pyramidal and conical, hand-pressed, unglazed clay with a hole through the top, some "
         "stamped with a rosette, a gem impression or a Greek letter, with dried soil in the holes: Greek and "
         "Thracian loom weights (5th-1st century BC) dug around Sozopol, archaeological objects that need an export "
         "licence at any value (Regulation 116/2009) and are protected by the Bulgarian Cultural Heritage Act, "
         "posted from Burgas to a collector in New Jersey; Bulgarian wording (loom weights appear in one earlier "
         "note, blind148; a pattern-weight label was found in no earlier row)", {"importer_country": "US"}),
        ("CUL-02", "import", "GBAIR01", "express", "IN", [], "GB", "621420",
         "Kani pashmina shawl, new, hand-woven, Kanihama, 2 pcs", "IN", 1.4, 2, 900, "USD",
         "new Kani shawls are bright, evenly woven and soft, with sharp, even colours from synthetic dyes; these two "
         "are faded, much-darned twill-tapestry shawls with a deep end panel of flowering botehs, natural dyes, "
         "Persian-script signatures embroidered in a corner and old collector's tags: 19th-century Kashmir shawls, "
         "antiquities over 100 years old whose export India forbids without a permit (Antiquities and Art Treasures "
         "Act 1972), sent by express from Srinagar to a London dealer; Indian English wording (pashmina labels "
         "repeat on shahtoosh in several wildlife rows; an antique Kashmir shawl under a new-Kani label was found in "
         "no earlier row by a keyword search)", person("Mrs S. Patel", "GB")),
        ("CUL-03", "export", "ROAIR01", "air", "RO", [], "US", "630251",
         "Față de masă brodată manual, bumbac, 1 buc.", "RO", 2.6, 1, 80, "RON",
         "a hand-embroidered cotton tablecloth is white cloth with cross-stitch and a machine hem; this is a "
         "2 m cloth of faded crimson silk embroidered in silver-gilt thread with the dead Christ, angels and a "
         "Slavonic border inscription naming a 17th-century donor: an epitaphios (epitaf) reported stolen from a "
         "monastery church in Neamț county, part of Romania's movable heritage, exported without the licence of "
         "Regulation 116/2009 and the Romanian export certificate, flown from Bucharest to Chicago; Romanian wording "
         "(chasubles repeat in three sets and tablecloth labels in two; an epitaphios was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "FRAIR01", "express", "CN", [], "FR", "581092",
         "刺绣徽章贴布, 涤纶, 机绣, 10 片", "CN", 1.2, 10, 60, "CNY",
         "machine-embroidered polyester patches are small, stiff badges with a heat-seal backing; these ten are "
         "30 cm squares of silk kesi and couched gold thread with a crane, an egret and a silver pheasant over waves "
         "and rocks, with old needle holes where they were cut off robes: Qing-dynasty mandarin rank badges (buzi, "
         "19th century), cultural relics whose export China forbids, sent by express from Beijing to a private "
         "collector in Lyon against the UNESCO 1970 convention; Chinese wording (a Qing dragon robe as a used stage "
         "costume once, blind33; rank badges and a patch label on a cultural row were found in no earlier row)",
         person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "BEAIR01", "air", "NG", [], "BE", "961800",
         "Terracotta hat-display heads, handmade, for millinery shop, 4 pcs", "NG", 38, 4, 200, "USD",
         "new terracotta display heads are smooth, evenly fired, round-headed and flat at the neck for a stand; these "
         "four are coarse, grog-tempered heads with elongated skulls, D-shaped eyes with pierced pupils, elaborate "
         "buns and braids, broken at the neck, with root marks and red laterite in the crevices: Nok terracottas "
         "(c. 500 BC - AD 200), archaeological objects whose export Nigeria forbids, brought in without the import "
         "licence of Regulation 2019/880, flown from Lagos to a Brussels 'millinery'; Nigerian English wording (Nok "
         "terracottas repeat in many sets and mannequin labels twice (blind26, blind144); a hat-display label was "
         "found in no earlier row)", firm("Galerie Orion SA", "BE")),
        ("CUL-06", "export", "NLPOST01", "post", "NL", [], "US", "741980",
         "Vingerhoeden, messing, vintage, verzamelobjecten, 60 stuks", "NL", 1.6, 60, 90, "EUR",
         "vintage brass thimbles are thin, machine-drawn and evenly knurled; these 60 are heavy, cast, hand-punched "
         "bronze thimbles with river silt inside, sent with twenty lead cloth seals (baalloodjes) stamped with the "
         "arms of the Leiden and Haarlem cloth halls, detector finds from dredged city-canal spoil: archaeological "
         "objects over 100 years old that need an export licence at any value (Regulation 116/2009) and are "
         "reportable finds, posted from Amsterdam to a collector in Ohio; Dutch wording (detector finds repeat in "
         "many sets; thimbles and cloth seals were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "GBAIR01", "air", "HK", [], "GB", "500790",
         "古錦緞料樣本, 絲綢, 15 片", "HK", 2, 15, 300, "HKD",
         "brocade swatches are new, bright jacquard pieces cut square; these fifteen are brittle, dark, weft-faced "
         "compound silks with pearl-bordered roundels of confronted birds and winged beasts, some still stained with "
         "tomb soil and resin: 7th-9th-century silks from the looted tombs of Dulan in Qinghai, cultural relics "
         "whose export China forbids, flown from Hong Kong to a London textile-art dealer against the UNESCO 1970 "
         "convention and the Dealing in Cultural Objects (Offences) Act; Cantonese (traditional Chinese) wording "
         "(Chinese relics repeat in many sets; Dulan silks and a brocade-swatch label were found in no earlier row)",
         firm("Orion Textile Arts Ltd", "GB")),
        ("CUL-08", "import", "ESAIR01", "air", "GT", [], "ES", "621142",
         "Huipiles tejidos a mano, Chichicastenango, 60 unidades", "GT", 48, 60, 4200, "USD",
         "a Guatemalan textile order for a Madrid ethnic-fashion shop: hand-woven huipiles and jaspe skirt lengths "
         "are what Chichicastenango cooperatives sell, but the third item's 'replica green-stone beads' are a "
         "kilo of tubular and round jadeite beads drilled from both ends, a pair of ear flares and a carved pendant "
         "with glyphs, cinnabar and soil in the drill holes: Classic Maya jadeite (AD 250-900), archaeological "
         "objects whose export Guatemala forbids, brought in without the import licence of Regulation 2019/880, "
         "hidden as the last item of a three-item declaration; Guatemalan Spanish wording (Maya jade repeats in "
         "several sets and Chichicastenango once, blind120; behind huipiles is the new part as far as a search "
         "found)",
         dict(firm("Central Textiles Étnicos SL", "ES"),
              _more_items=[item("520849", "Cortes de jaspe, tela típica, 40 piezas", "GT", 160, 2400, "USD", qty=40),
                           item("711790", "Cuentas de piedra verde, réplicas, para bisutería, 1 kg", "GT", 1, 30,
                                "USD")])),
        ("CUL-09", "import", "DEPOST01", "post", "TR", [], "DE", "780600",
         "Perde eteği kurşun ağırlıkları, yuvarlak, eski, 80 adet", "TR", 1.2, 80, 40, "TRY",
         "curtain-hem weights are thin, flat, cast lead discs with a sewing hole at the edge; these 80 are thick, "
         "struck discs with a cord channel through the middle, saints' busts on one face and Greek inscriptions of "
         "officials on the other: Byzantine lead seals (6th-12th century), detector finds whose export Türkiye "
         "forbids, posted from Izmir to a private collector in Cologne; Turkish wording (Byzantine lead seals repeat "
         "in many sets under fishing-weight labels, kept as a known repeat; a curtain-weight label is the new part "
         "as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "500720",
         "Tessuto d'arredamento jacquard in seta, lampasso, 3 pezze", "IT", 60, 3, 2400, "EUR",
         "new silk jacquard furnishing fabric comes from Como on long, even rolls with a selvedge mark; these three "
         "are hand-woven 18th-century crimson-and-gold silk lampas wall hangings with nail holes, faded fold lines "
         "and old linen linings, taken down from a listed Venetian palazzo and worth about 150,000 EUR: cultural "
         "goods that need the licence of Regulation 116/2009 and the Italian attestato, exported without them and "
         "undervalued, at Chiasso for a Geneva dealer; Italian wording (tapestries repeat in a few sets, an "
         "Oudenaarde verdure in blind44; Venetian silk hangings under a furnishing-fabric label are the new part as "
         "far as a search found)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "import", "DEAIR01", "air", "CN", [], "DE", "581099",
         "苏绣 (苏州刺绣) 装饰画, 丝线手绣, 40 幅", "CN", 60, 40, 12000, "USD",
         "Suzhou embroideries carry a Suzhou workshop's tag and are fine, flat, double-sided silk needle-painting; "
         "these 40 large, heavily padded embroideries of tigers and Paektu-mountain landscapes have Korean-language "
         "backing labels cut away and a studio stamp under the frame tape: North Korean embroidery art from the "
         "Mansudae studios, textiles whose import UN Resolution 2375 and Regulation 2017/1509 forbid, relabelled in "
         "Dandong and flown to a Hamburg art dealer; Chinese wording (DPRK garments relabelled in Dandong repeat in "
         "several sets and Mansudae on other goods; Suzhou embroidery as the cover was found in no earlier row)",
         firm("Nordhafen Kunsthandel GmbH", "DE")),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "KZ", "640340",
         "Calzature antinfortunistiche S3, tomaia in pelle, 240 paia", "IT", 360, 240, 14400, "EUR",
         "S3 safety shoes have composite toe caps, anti-perforation midsoles and a CE label and cost about 60 EUR a "
         "pair; these 240 pairs are hand-welted calf and crocodile-embossed loafers and boots of a Marche luxury "
         "maker in dust bags, at 900-2,000 EUR a pair retail, for an Almaty 'workwear' firm whose delivery address is "
         "a Moscow buyer's forwarder: luxury goods above 300 EUR an item, whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Milan; Italian wording (luxury bags and coats re-exported through third "
         "countries repeat in several sets; a safety-shoe label was found in no earlier row)",
         {"importer_country": "KZ"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AM", "621430",
         "Foulards en polyester imprimé, 90 x 90 cm, 600 pièces", "FR", 42, 600, 3000, "EUR",
         "printed polyester scarves are thin, shiny and machine-hemmed and cost a few euros; these 600 are silk "
         "twill carrés with hand-rolled hems in the orange boxes of a Paris house, at 450-550 EUR each, for a Yerevan "
         "'boutique' that resells in Moscow: luxury goods above 300 EUR an item, whose sale for use in Russia "
         "Regulation 833/2014 forbids, flown from Paris; French wording (luxury re-exports through Armenia repeat, "
         "mink coats in blind57; a scarf label on a strategic row is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "EESEA01", "sea", "EE", [], "GE", "621133",
         "Tööriistavestid ehitajatele, polüester, 400 tk", "EE", 3600, 400, 6000, "EUR",
         "carpenters' tool vests are light polyester mesh with nail pockets at about 0.6 kg; these 400 weigh 9 kg "
         "each, hold soft UHMWPE panels and ceramic-faced polyethylene plates front and back, and carry MOLLE "
         "webbing in coyote brown: body armour (Military List ML13), exported without a licence, from Muuga to Poti "
         "for a Tbilisi 'building supply' whose lorries go on to Russia, where Regulation 833/2014 also forbids it; "
         "Estonian wording (body armour repeats under motorcycle-protector, taekwondo and ski-helmet labels; a "
         "tool-vest label was found in no earlier row)", {"importer_country": "GE"}),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS", "BG"], "TR", "291816",
         "Natriumgluconat, Zusatz für cyanidfreie Galvanik (Reißverschluss-Schieber), 25-kg-Säcke, 400 Säcke", "DE",
         10000, 400, 12000, "EUR",
         "sodium gluconate is a white, odourless, free-flowing powder that dissolves to a neutral solution; these "
         "sacks hold white pellets that smell faintly of bitter almonds when damp, give pH 11 and carry CAS 143-33-9 "
         "on the inner liners: sodium cyanide (dual-use 1C350), exported without a licence to an Istanbul "
         "zip-slider 'plating shop' whose forwarder books the sacks on to Tabriz, against Regulations 2021/821 and "
         "267/2012; German wording (sodium cyanide repeats in many sets under soda-ash, salt and pool-chlorine "
         "labels; a gluconate or zip-fastener label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-06", "export", "LTAIR01", "air", "LT", [], "KZ", "540110",
         "Poliesterio siuvinėjimo siūlai, kūgiai po 5 000 m, 600 vnt.", "LT", 900, 600, 1800, "EUR",
         "polyester embroidery thread is glossy, dyed, soft filament on light cones; these 600 cones are wound with "
         "10-20 km each of bare, hair-thin, springy, clear glass fibre that snaps when knotted, bend-insensitive "
         "single-mode optical fibre wound for payout from a drone, for an Almaty 'embroidery' firm that supplies "
         "Russian buyers: optical fibre for fibre-guided drones, whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Vilnius; Lithuanian wording (optical fibre repeats under fishing-line, strimmer-line "
         "and kite-line labels, and polyester sewing thread as a cover twice, on other goods; an embroidery-thread "
         "label was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "PK", "540761",
         "Zwarte polyester keperstof voor voering van handtassen, 60 rollen", "NL", 1800, 60, 5400, "EUR",
         "polyester twill lining is soft, light (about 100 g/m2) and melts at a flame; these 60 rolls are stiff, "
         "electrically conductive 3K and 12K carbon-fibre twill of an intermediate-modulus fibre that glows and does "
         "not melt, for a Lahore 'handbag maker' that shares an address with a procurement agent of the missile "
         "programme: carbon-fibre fabric (dual-use 1C010.b), exported without a licence, from Rotterdam to Karachi; "
         "Dutch wording (carbon fabrics repeat in many sets under sports labels; a handbag-lining label was found in "
         "no earlier row)", {"importer_country": "PK"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "KG", "852589",
         "Kameror för vävkontroll, maskinseende, 30 st.", "SE", 45, 30, 15000, "EUR",
         "fabric-inspection line-scan cameras are visible-light cameras at a few thousand euros; these 30 are cooled "
         "mid-wave thermal-imaging cores, 640 x 512 with Stirling coolers and lens mounts, at 20,000 EUR each on the "
         "maker's list, for a Bishkek 'garment mill' whose imports go on to Russia: thermal-imaging cameras, "
         "dual-use and on the common high-priority list whose sale for use in Russia Regulation 833/2014 forbids, "
         "flown from Stockholm without a licence; Swedish wording (thermal cores repeat in several sets, under a "
         "building-inspection label in blind62; a fabric-inspection label was found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-09", "transit", "NLSEA01", "sea", "JP", ["NL"], "TR", "701913",
         "溶接ブランケット用ガラス繊維縫製糸, 200 ボビン", "JP", 400, 200, 4000, "USD",
         "glass-fibre sewing thread for welding blankets is white, PTFE-coated E-glass yarn at a few dollars a "
         "bobbin; these 200 bobbins hold grey-black, continuous silicon-carbide fibre tows that do not soften at "
         "1,400 °C and cost thousands of dollars a kilo: inorganic fibres (dual-use 1C010.c), moving through the "
         "Union without the authorisation Article 7 of Regulation 2021/821 allows to be required, landed at "
         "Rotterdam in transit from Kobe to an Istanbul trader that ships to Tehran, against Regulation 267/2012; "
         "Japanese wording (ceramic fibres appear only on two wastes; silicon-carbide fibre under a sewing-thread "
         "label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-10", "export", "BEAIR01", "air", "BE", [], "AE", "901380",
         "Verlichte loepen voor kantklossen, op statief, 40 stuks", "BE", 32, 40, 2400, "EUR",
         "a lace-maker's magnifier is an LED-ringed lens on a stand at about 60 EUR; these 40 are third-generation "
         "image-intensifier night-vision monoculars with helmet and weapon mounts, at about 4,000 EUR each, for a "
         "Dubai 'craft supply' firm that forwards to Moscow: night-vision equipment under export control, whose sale "
         "for use in Russia Regulation 833/2014 forbids, flown from Brussels without a licence; Flemish wording from "
         "Bruges (night-vision devices repeat in many sets; a lace-magnifier label was found in no earlier row)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "UY", [], "ES", "411390",
         "Cuero de bacalao curtido, estilo islandés, 1.500 pieles", "UY", 450, 1500, 9000, "USD",
         "cod leather comes as small skins of about 40 cm with a fine pattern of overlapping scale pockets; these "
         "1,500 skins are 70-100 cm long and show five rows of diamond-shaped scute scars along the back and sides: "
         "sturgeon leather (Acipenseriformes, CITES App. II), a by-product of caviar farming that needs a CITES "
         "export permit even when captive-bred, without one, by sea from Montevideo to Valencia for an Ubrique "
         "leather-goods workshop; Uruguayan Spanish wording (sturgeon repeats in many sets as caviar; sturgeon "
         "leather and a cod-leather label were found in no earlier row)", firm("Meridian Marroquinería SL", "ES")),
        ("WLF-02", "import", "FRAIR01", "air", "ID", [], "FR", "670100",
         "Bulu ekor burung pegar diwarnai, untuk topi dan kostum, 4 kg", "ID", 4, 1200, 600, "USD",
         "dyed pheasant tail feathers are 40-60 cm, barred brown and bleed dye in water; these 1,200 are metre-long, "
         "grey-brown secondaries and tail feathers covered with rows of golden, shaded eye-spots and no dye at all: "
         "great argus (Argusianus argus, CITES App. II) feathers without CITES documents, flown from Jakarta to a "
         "Paris plumassier; Indonesian wording (bird-of-paradise plumes repeat in several sets and dyed-feather "
         "labels in a few; great argus was found in no earlier row by a keyword search)",
         firm("Rivage Plumasserie SARL", "FR")),
        ("WLF-03", "import", "BEAIR01", "air", "NP", [], "BE", "620120",
         "Chuba (Tibetan dress), wool, with faux-fur trim, 12 pcs", "NP", 21, 12, 1440, "USD",
         "chubas trimmed with faux fur have polyester pile on a knitted backing; these twelve have broad trims of "
         "dense, glossy, dark-brown fur with stiff guard hairs on a leather backing, and two of spotted fur: Eurasian "
         "otter (Lutra lutra, CITES App. I) and leopard (Panthera pardus, App. I) trims, without CITES documents, "
         "flown from Kathmandu for a Brussels Tibetan community shop before Losar; English wording (otter and "
         "leopard skins repeat in several sets; a chuba was found in no earlier row)",
         firm("Vega Himalaya Trading SA", "BE")),
        ("WLF-04", "import", "ESPOST01", "post", "MX", [], "ES", "640391",
         "Botas vaqueras de piel de res grabada, estilo exótico, 1 par", "MX", 2.2, 1, 2800, "MXN",
         "exotic-look cowboy boots of embossed cowhide show a pressed, repeating pattern on a smooth grain; this pair "
         "is covered in real, overlapping, keratin scales with growth lines and worn edges, the scale pattern of a "
         "pangolin: pangolin leather (Manis spp., CITES App. I) boots from León, Guanajuato, without CITES documents, "
         "posted to a private person in Seville; Mexican Spanish wording (pangolin scales repeat in many sets and "
         "exotic boots in a few, elephant in blind21 and caiman in blind174; pangolin-leather boots were found in "
         "no earlier row)", person("Sr. J. García", "ES")),
        ("WLF-05", "import", "ITAIR01", "air", "PH", [], "IT", "960629",
         "Butones na sungay ng kalabaw, pinakintab, 3,000 piraso", "PH", 6, 3000, 450, "USD",
         "water-buffalo horn buttons are dark, opaque and fibrous along the grain; these 3,000 are translucent amber "
         "with dark mottling, built of thin layers and smell of burnt hair under a hot needle: hawksbill turtle "
         "shell (Eretmochelys imbricata, CITES App. I) buttons from Cebu workshops, without CITES documents, flown "
         "from Cebu to a Milan button wholesaler for tailors; Tagalog wording (hawksbill repeats in many sets and "
         "buffalo-horn labels in several, on picks and prayer beads; a garment-button label is the new part as far "
         "as a search found)", firm("Meridian Bottoni Srl", "IT")),
        ("WLF-06", "import", "DEPOST01", "post", "NP", [], "DE", "621420",
         "Yak wool khullu shawls, hand-woven, 3 pcs", "NP", 1.1, 3, 120, "USD",
         "yak-down khullu shawls are brownish, a little coarse (18-20 microns) and springy; these three are "
         "impossibly fine (9-11 microns), fawn-grey, pass through a finger ring and show the guard hairs of the "
         "Tibetan antelope under a microscope: shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES "
         "documents, posted from Kathmandu to a private person in Munich; English wording (shahtoosh repeats in "
         "several sets under pashmina labels, kept as a known repeat; a yak-khullu label is the new part as far as "
         "a search found)", person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "ITAIR01", "air", "TH", [], "IT", "411310",
         "หนังแพะอัดลายงู ฟอกสำเร็จ, 800 ผืน", "TH", 240, 800, 3200, "USD",
         "snake-print goat leather is a goatskin with a pressed scale pattern on a uniform grain; these 800 are "
         "narrow, 1.2-1.8 m skins with real overlapping scales, broad ventral scutes and a widened neck region: "
         "monocled cobra (Naja kaouthia, CITES App. II) skins without CITES documents, flown from Bangkok to a "
         "Scandicci leather-goods workshop; Thai wording (cobras repeat in several sets, in wine and as venom, and "
         "snake-print cowhide labels in blind93 and blind144 on other reptiles; cobra skins under a snake-print "
         "goat-leather label were found in no earlier row)", firm("Orion Pelletterie Srl", "IT")),
        ("WLF-08", "import", "ITAIR01", "air", "AR", [], "IT", "510219",
         "Pelo de camello descerdado, 60 kg", "AR", 60, None, 9000, "USD",
         "dehaired camel hair comes from Mongolia or China, is tan and about 19 microns and costs about 100 USD a "
         "kilo; this fibre comes from Argentina, is 15-16 microns, cinnamon with white belly lots, and costs 150 "
         "USD a kilo: guanaco (Lama guanicoe, CITES App. II) without the Argentine CITES export permit, flown from "
         "Buenos Aires to Milan for a Biella spinner; Argentine Spanish wording (guanaco repeats in a few sets, under "
         "merino-top and sheepskin labels; a camel-hair label was found in no earlier row)",
         firm("Alpina Filati Pregiati Srl", "IT")),
        ("WLF-09", "transit", "DEAIR01", "air", "MY", ["DE"], "TR", "410799",
         "Kulit split lembu, kemasan suede, siap, 1,200 keping", "MY", 1200, 1200, 3600, "USD",
         "cow suede splits are rectangular, fibrous pieces of even thickness; these 1,200 are 3-4 m long, 40 cm wide "
         "tanned skins with the scale pattern turned inward and belly scutes along one edge: reticulated python "
         "(Malayopython reticulatus, CITES App. II) skins without the Malaysian export permit that specimens in "
         "transit through the Union must carry, at Frankfurt in transit from Kuala Lumpur to Istanbul; Malay wording "
         "(python skins repeat in many sets; a cow-split label in transit through Frankfurt is the new part as far "
         "as a search found)", {"importer_country": "TR"}),
        ("WLF-10", "import", "BEAIR01", "air", "CM", [], "BE", "621142",
         "Tuniques toghu brodées à la main, coton, 80 pièces", "CM", 60, 80, 4000, "EUR",
         "a Cameroonian fashion order for a Matonge boutique in Brussels: embroidered toghu tunics and indigo ndop "
         "cloth are what Bamenda and Foumban workshops sell, but the third item's 'carved cow-horn bracelets' are "
         "60 heavy, creamy-white bangles with cross-hatched Schreger lines on their cut faces: elephant ivory "
         "(Loxodonta, CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, "
         "flown from Douala to Brussels; Cameroonian French wording (ivory repeats in many sets; a toghu or ndop "
         "order was found in no earlier row)",
         dict(firm("Central Mode Africaine SA", "BE"),
              _more_items=[item("520859", "Tissu ndop teint à l'indigo, 40 pièces", "CM", 120, 1600, "EUR", qty=40),
                           item("960190", "Bracelets en corne de vache, sculptés, 60 pièces", "CM", 18, 240, "EUR",
                                qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "MX", "DE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (denim upcycling)", "MX", 4.6, 4, 60, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-57-0093")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GBAIR01", "express", "US", "GB", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "US", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "GB-HO-EPP-57-0411")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITSEA01", "sea", "TN", "IT", "411520",
     "Chromium-bearing leather buffing dust (Basel A3090), for chromium recovery at a licensed plant, 18 t", "TN",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-57-0212")], "notified tannery dust to a licensed recovery plant"),
    ("PRM-04", "waste", "export", "PTROAD01", "road", "PT", "FR", "854999",
     "Transformer containing PCBs (16 02 09*), 630 kVA, for destruction at a licensed plant", "PT", 2800, 1, 0, "EUR",
     [("BASEL_CONSENT", "PT-APA-57-0061")], "notified PCB transformer to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 500 ml, for essential laboratory use", "US", 4.8, 6, 600, "USD",
     [("ODS_LICENCE", "BE-SPF-ODS-57-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recycled halon 1301, for critical use in aircraft engine-nacelle fire suppression, 12 cylinders", "US", 300, 12,
     18000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-57-004")], "recycled halon imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ROAIR01", "air", "RO", "US", "970610",
     "Epitaphios, silk and silver-gilt embroidery, Moldavia, 18th century, documented private collection since 1937",
     "RO", 2.6, 1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-57-0044")],
     "church textile exported with the EU export licence and the Romanian certificate"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Silk lampas wall hangings, Venice, 18th century, 3 pieces, sold at auction with the export licence", "IT", 60, 3,
     150000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-57-0190")],
     "textiles exported with the EU export licence and the Italian attestato"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "681511",
     "Carbon-fibre twill fabric, 3K, 200 g/m2, 40 rolls, for an Indian aircraft-interior maker", "NL", 1200, 40, 72000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-57-0231"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-57-0087")],
     "dual-use carbon-fibre fabric under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEROAD01", "road", "EE", "MD", "621133",
     "Body armour vests with level IV plates, 200, for the Moldovan Border Police", "EE", 1800, 200, 160000, "EUR",
     [("EXPORT_LICENCE", "EE-SKK-57-0019"), ("END_USER_CERTIFICATE", "MD-MAI-EUC-57-0006")],
     "military-list body armour under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "AR", "IT", "510219",
     "Guanaco fibre, dehaired, 40 kg, from live shearing in Chubut, with the Argentine CITES export permit", "AR", 40,
     None, 9600, "USD", [("CITES_PERMIT", "AR-MAyDS-57-0142")], "App. II guanaco fibre with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "UY", "ES", "411390",
     "Sturgeon leather (Acipenser baerii), captive-bred, 600 skins, with the Uruguayan CITES export permit", "UY", 180,
     600, 7200, "USD", [("CITES_PERMIT", "UY-MA-57-0033")], "App. II captive-bred sturgeon leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-05": "Central Analytique SA",
    "PRM-06": "Orion Aero Maintenance SARL", "PRM-11": "Alpina Filati Pregiati Srl", "PRM-12": "Meridian Marroquinería SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises
    ("350790", "Cellulase enzyme liquid for denim washing, 1 l", "import", ["express"], ["MX", "TR"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("283110", "Sodium hydrosulphite (hydros), indigo-vat reducing agent, 1 kg", "import", ["post"], ["NG", "IN"], (5, 10), (1, 3), ["USD", "GBP"], 1, S),
    ("283919", "Sodium silicate (water glass) fixer for silk painting, 1 l", "import", ["post"], ["TH", "GB"], (6, 12), (1, 4), ["USD", "EUR"], 0.75, S),
    ("380991", "Puff additive for plastisol screen-printing ink, 1 kg", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 1, S),
    ("310210", "Technical urea for textile dye printing, 25 kg bags", "import", ["sea"], ["EG", "CN"], (0.4, 0.7), (10000, 22000), ["USD"], 0.04, S),
    ("381400", "Contact-cement thinner for shoe repair, 1 l", "import", ["air"], ["AM", "TR"], (2, 4), (200, 800), ["USD", "EUR"], 1.2, S),
    ("283620", "Soda ash (sodium carbonate) for tie-dye, 1 kg", "import", ["post"], ["IN", "US"], (4, 8), (1, 4), ["USD", "EUR"], 1, S),
    ("293090", "Thiourea dioxide colour remover for textiles, 500 g", "import", ["post"], ["CN"], (8, 15), (1, 3), ["USD", "CNY"], 2, S),
    ("510820", "Alpaca yarn, hand-dyed with natural dyes", "import", ["air"], ["PE", "BO"], (50, 90), (100, 500), ["USD"], None, S),
    ("350691", "Polychloroprene contact adhesive for footwear, new, 5 l tins", "export", ["road"], ["MA", "TN"], (4, 7), (4000, 12000), ["EUR"], 0.2, S),
    ("844630", "Rapier weaving looms, used, reconditioned", "export", ["sea"], ["EG", "PK"], (0.8, 1.5), (18000, 40000), ["EUR"], 0.0002, S),
    ("320416", "Reactive dyes, vinyl-sulphone, current batch, 25 kg drums", "export", ["sea"], ["BD", "PK"], (5, 9), (5000, 12000), ["EUR"], 0.04, S),
    ("321290", "Aqueous pigment pastes for leather finishing, drums", "export", ["sea"], ["TN", "MA"], (4, 7), (4000, 12000), ["EUR"], None, S),
    ("340290", "Textile stain remover concentrate, new, 5 l", "export", ["sea"], ["NG", "GH"], (1.5, 3), (4000, 10000), ["EUR"], 0.15, S),
    ("540769", "Polyester upholstery fabric, no flame-retardant coating, rolls", "export", ["sea"], ["IN", "TR"], (4, 7), (8000, 18000), ["EUR"], None, S),
    ("390729", "PU shoe-sole system, polyol component, water-blown, drums", "import", ["sea"], ["VN", "CN"], (2, 3), (10000, 20000), ["USD"], None, S),
    ("292090", "Dimethyl carbonate, solvent for PU synthetic leather, drums", "import", ["sea"], ["CN", "KR"], (0.8, 1.3), (10000, 18000), ["USD"], None, S),
    ("382499", "Embroidery-machine lint blower spray, propane/butane, 400 ml", "import", ["express"], ["TW", "CN"], (8, 15), (1, 3), ["USD"], 2.5, S),
    ("841939", "Leather vacuum dryers, new, hot-water heated", "export", ["sea"], ["ET", "PK"], (8, 14), (6000, 20000), ["EUR"], 0.00015, S),
    ("380910", "Spray starch for ironing, propane/butane, 400 ml", "import", ["sea"], ["CN", "TR"], (1, 2), (4000, 10000), ["USD"], 2.5, S),
    ("350691", "Temporary embroidery spray adhesive, dimethyl ether, 500 ml", "import", ["air"], ["IN", "CN"], (4, 7), (500, 2000), ["USD"], 2, S),
    ("847989", "Desiccant-rotor dehumidifiers, no refrigerant circuit", "import", ["road"], ["TR"], (5, 9), (2000, 8000), ["EUR"], 0.0125, S),
    ("340510", "Shoe waterproofing spray, silicone, propane/butane, 300 ml", "import", ["road"], ["UA", "TR"], (2, 4), (1000, 4000), ["EUR"], 3, S),
    ("291100", "Dibutoxymethane dry-cleaning solvent (K4 type), drums", "import", ["sea"], ["KR", "US"], (3, 5), (4000, 12000), ["USD"], None, S),
    ("691390", "Ceramic pattern weights for dressmaking, new", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 8, S),
    ("621420", "Kani pashmina shawls, new, hand-woven", "import", ["express"], ["IN", "NP"], (150, 300), (1, 2), ["USD"], 3, S),
    ("630251", "Embroidered cotton tablecloths, new", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], 1, S),
    ("581092", "Machine-embroidered polyester patches", "import", ["express"], ["CN", "PK"], (40, 80), (1, 2), ["USD"], 100, S),
    ("961800", "Terracotta hat-display heads, new", "import", ["sea"], ["NG", "GH"], (3, 6), (500, 2000), ["USD"], 0.1, S),
    ("621142", "Hand-woven Guatemalan huipiles, new", "import", ["air"], ["GT", "MX"], (40, 80), (100, 400), ["USD"], 1.2, S),
    ("500720", "Silk jacquard furnishing fabric, Como, new", "export", ["road"], ["CH"], (40, 80), (200, 1000), ["EUR"], None, S),
    ("581099", "Suzhou silk embroidery pictures, new", "import", ["air"], ["CN"], (80, 150), (50, 300), ["USD"], 0.6, S),
    ("640340", "Safety shoes S3, composite toe cap, leather upper", "export", ["sea"], ["KZ", "GE"], (12, 20), (2000, 6000), ["EUR"], 0.7, S),
    ("621430", "Printed polyester scarves", "export", ["air"], ["AM", "GE"], (20, 40), (100, 500), ["EUR"], 12, S),
    ("291816", "Sodium gluconate, technical, 25 kg", "export", ["road"], ["TR", "RS"], (1, 1.8), (10000, 22000), ["EUR"], 0.04, S),
    ("540761", "Black polyester twill lining fabric", "export", ["sea"], ["PK", "TR"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("701913", "PTFE-coated glass-fibre sewing thread", "import", ["sea"], ["JP", "CN"], (15, 30), (500, 2000), ["USD"], None, S),
    ("901380", "Illuminated lace-making magnifiers on stands", "export", ["air"], ["AE", "US"], (25, 50), (100, 400), ["EUR"], 1.2, S),
    ("411390", "Salmon leather, tanned", "import", ["air"], ["IS", "NO"], (60, 120), (50, 200), ["EUR"], 3, S),
    ("620120", "Tibetan-style wool chubas with faux-fur trim", "import", ["air"], ["NP", "IN"], (40, 80), (100, 400), ["USD"], 0.6, S),
    ("640391", "Embossed cowhide cowboy boots", "import", ["post"], ["MX", "US"], (80, 150), (2, 4), ["USD"], 0.45, S),
    ("960629", "Buffalo-horn buttons, polished", "import", ["air"], ["PH", "IN"], (40, 80), (50, 300), ["USD"], 500, S),
    ("621420", "Yak-wool khullu shawls, hand-woven", "import", ["post"], ["NP", "MN"], (60, 120), (1, 3), ["USD"], 3, S),
    ("411310", "Snake-print embossed goat leather", "import", ["sea"], ["TH", "IN"], (12, 20), (2000, 6000), ["USD"], 3, S),
    ("960190", "Carved cow-horn bracelets", "import", ["air"], ["CM", "KE"], (10, 20), (50, 300), ["USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Cedar shoe trees, pairs", "import", ["sea"], ["CN", "VN"], (4, 7), (1000, 4000), ["USD"], 2, N),
        ("420292", "Garment bags, non-woven polypropylene, zipped", "import", ["sea"], ["CN", "BD"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("901780", "Tailor's tape measures, fibreglass, 150 cm", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 25, N),
        ("482390", "Dressmaker's pattern paper, dot-and-cross, rolls", "import", ["sea"], ["CN", "TR"], (1.5, 3), (2000, 6000), ["USD", "EUR"], None, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind186", 20570301, HERE)


if __name__ == "__main__":
    main()
