#!/usr/bin/env python3
"""Writes the hundred-and-ninety-sixth blind set (tests/risk/data/blind196-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2058, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: jewellery, precious metals,
gems and watches (refiners and bullion dealers, gem and pearl traders, jewellery
manufacturers, platers and casters, watchmakers and their parts and tools suppliers).
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
would. Ids are BL196-*:

    python3 tests/risk/data/make_blind196_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "HK", [], "PL", "285390",
         "Deionised water for laser welder cooling circuit (jewellery welders), 5 L x 4 cans", "HK", 24, 4, 60, "USD",
         "deionised water for the closed cooling circuit of a desktop jewellery laser welder is plain water of 1.00 kg/l "
         "sold with a conductivity figure; these four cans have vented caps and hold a water-clear liquid of 1.20 kg/l that "
         "foams on a copper offcut, whitens and stings the skin and reads about 50 % on a peroxide strip: hydrogen peroxide "
         "(Annex I above 12 %), sent by express from a Hong Kong jewellery-tools seller to a private person in Łódź who "
         "runs a permanent-jewellery stand at a shopping centre; Hong Kong English wording (hydrogen peroxide repeats in "
         "many sets and distilled-water labels in several; a laser-welder coolant label was found in no earlier row by a "
         "keyword search)", person("Anna Kowalska", "PL")),
        ("PRE-02", "import", "DKAIR01", "express", "JP", [], "DK", "350699",
         "七宝焼用 釉薬のり (バインダー), 1 L x 4本", "JP", 5.6, 4, 9600, "JPY",
         "shippō enamellers' binder is a faintly milky, slightly sticky gum solution of about 1.0 kg/l that dries clear "
         "and burns out in the kiln; these four bottles hold a water-thin, yellowish liquid of 1.40 kg/l that fumes "
         "brown at the neck, stains the skin yellow and eats into a copper blank in seconds: about 65 % nitric acid "
         "(Annex I above 3 %), sent by express from Kyoto to a private enameller in Aarhus; Japanese wording (nitric acid "
         "repeats in many sets, as gold-testing acids, a silver dip and a rhodium solution among the jewellers' covers; an "
         "enamel-binder label was found in no earlier row by a keyword search)", person("Mette Sørensen", "DK")),
        ("PRE-03", "import", "BEAIR01", "express", "KR", [], "BE", "390690",
         "쥬얼리용 UV 레진 (하드 타입), 1 kg x 4병", "KR", 4, 4, 96000, "KRW",
         "UV resin for jewellery is a syrupy, honey-clear acrylate of about 1.1 kg/l that smells of acrylic and cures "
         "under a UV lamp in a minute; these four bottles hold an oily, odourless liquid of 1.83 kg/l that never cures "
         "under the lamp, grows hot with a drop of water and chars the paper mixing cup black: about 96 % sulphuric acid "
         "(Annex I above 15 %), sent by express from Seoul to a private resin-jewellery maker in Liège, although corrosive "
         "liquids travel by express only as declared dangerous goods; Korean wording (sulphuric acid repeats in many sets "
         "and a ready-mixed Sparex-type pickle covered it twice; a UV-resin label was found once, on 3D-printing waste in "
         "blind175, and never on a precursor)", person("Mme L. Dupont", "BE")),
        ("PRE-04", "import", "NLAIR01", "air", "TH", [], "NL", "381400",
         "น้ำยาเกลาแบบเทียนสำหรับงานหล่อเครื่องประดับ 1 ลิตร, 200 ขวด", "TH", 228, 200, 42000, "THB",
         "wax-pattern smoothing solvents are light aliphatic hydrocarbons of about 0.75 kg/l that soften carving wax at a "
         "touch; these 200 bottles hold an oily liquid of 1.14 kg/l that leaves the wax untouched, smells faintly fruity, "
         "burns with a pale flame, and the filler's drum label packed in the carton reads 'CH3NO2': nitromethane (Annex I "
         "above 16 %) retail-packed for members of the public, flown from Bangkok for an Eindhoven web shop that sells "
         "casting supplies to hobby jewellers; Thai wording (nitromethane repeats in many sets and a Chanthaburi "
         "ultrasonic-cleaner cover from Thailand once, in blind104; a wax-smoothing-solvent label was found in no earlier "
         "row by a keyword search)", firm("Orion Sieraden Hobby BV", "NL")),
        ("PRE-05", "import", "DEPOST01", "post", "MY", [], "DE", "320650",
         "Serbuk berpendar strontium aluminat untuk dail jam, hijau C3, 500 g x 4", "MY", 2.0, 4, 48, "MYR",
         "watch-dial luminous pigment is a very hard, heavy (3.6 g/cm3), pale yellow-green powder that glows green after a "
         "few seconds under a torch and sells by the gram; these four bags at 3 EUR each hold a light, soft, white "
         "crystalline powder that does not glow at all, sputters violet on a hot plate and whose inner liners read "
         "'KClO4': potassium perchlorate (Annex I above 40 %), posted from Kuala Lumpur to a private watch modder in "
         "Bremen; Malay wording (potassium perchlorate repeats in many sets; a luminous-pigment label was found once, on a "
         "waste row in blind94, and never on a precursor)", person("Herr K. Becker", "DE")),
        ("PRE-06", "import", "FRPOST01", "post", "CA", [], "FR", "340590",
         "Poudre d'argenture pour argenterie plaquée usée, pots de 500 g, 6 pots", "CA", 3.0, 6, 72, "CAD",
         "silvering powders that re-silver worn plate are a grey-white, faintly pink powder of silver chloride and "
         "cream of tartar that darkens in daylight and leaves a silver film on copper when rubbed; these six tubs "
         "hold a coarse, colourless crystal that leaves no silver on a copper coin, dissolves completely, tastes "
         "cool and salty and flares yellow on a match: sodium chlorate (Annex I above 40 %), posted from Montréal to "
         "a private antiques restorer in Rouen; Québec French wording (sodium chlorate repeats in many sets and a "
         "mirror-silvering kit once covered nitric acid, in blind57; a silver-replating powder label was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-07", "import", "GRAIR01", "air", "AM", [], "GR", "251310",
         "Պեմզայի փոշի 4F ոսկերչական հղկման համար, 1 կգ փաթեթ, 400 փաթեթ", "AM", 400, 400, 640, "USD",
         "jewellers' pumice flour is a light, grey-white, gritty volcanic powder that floats on water and scratches glass; "
         "these 400 packets are full to bursting with dense, glossy white crystals that are not gritty, sink and dissolve "
         "in water, crackle on a stove plate and whose inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Yerevan for a Thessaloniki craft-jewellery web shop "
         "that sells to the public; Armenian wording (potassium chlorate repeats in many sets; ground pumice was found "
         "once, as chinchilla bathing dust in blind55; a jewellers'-pumice label from Armenia is the new part)",
         firm("Orion Kosmima Hobby AE", "GR")),
        ("PRE-08", "import", "ATAIR01", "express", "GE", [], "AT", "381090",
         "ფლიუსი ოქროსა და ვერცხლის დნობისთვის (ბორის მჟავა), 500 გ x 4", "GE", 2.0, 4, 120, "GEL",
         "a boric-acid casting flux for melting gold and silver is a soft, slippery, pearly white powder that melts "
         "to a clear glass in the crucible and barely dissolves in cold water; these four jars hold a white "
         "crystalline salt that draws damp until it clumps, dissolves at once, flares and spits on a hot plate "
         "instead of glazing, and whose inner bags read 'NaClO4·H2O': sodium perchlorate (Annex I above 40 %), sent "
         "by express from a Tbilisi goldsmiths' supplier to a private hobby goldsmith in Graz; Georgian wording "
         "(sodium perchlorate repeats in many sets, and a Georgian minankari-enamel label from Tbilisi covered a "
         "precursor in blind185; boric-acid labels repeat as cockroach baits, and a hobby flux once covered a "
         "precursor as an aluminium-casting flux in blind68; a gold-melting flux label was found in no earlier row "
         "by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-09", "import", "PTSEA01", "sea", "BR", [], "PT", "701810",
         "Microesferas de vidro para jateamento de semijoias, grana 100-200 µm, sacos de 25 kg, 320 sacos", "BR", 8000,
         320, 6400, "USD",
         "glass blasting beads for satin-finishing plated jewellery are hard, perfectly round, glittering glass spheres of "
         "2.5 g/cm3 that do not dissolve; these sacks hold light, white, porous prills that dissolve and turn ice-cold in "
         "water, test 34 % N and melt and fume on a hot plate, for a Gondomar jewellery-supply web shop that repacks in "
         "5 kg bags for hobbyists: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "by sea from Santos for a Limeira semijoia exporter's account to Leixões; Brazilian Portuguese wording (ammonium "
         "nitrate repeats in many sets; a blasting-glass label was found once, on CRT glass waste in blind121, and never "
         "on a precursor)", firm("Atlantic Ourivesaria Lda", "PT")),
        ("PRE-10", "import", "ROAIR01", "express", "TR", [], "RO", "381010",
         "Gümüş karartma (oksitleme) sıvısı, kuyumcular için, 1 l x 3 şişe", "TR", 4.2, 3, 1350, "TRY",
         "silver-oxidising liquids for jewellers are dark, sulphur-smelling polysulphide or selenious-acid solutions that "
         "turn silver black in seconds; these three bottles hold a water-clear to pale-yellow liquid of 1.40 kg/l with no "
         "smell of sulphur that leaves a silver offcut bright and dissolving, fumes brown and yellows the skin: about 65 % "
         "nitric acid (Annex I above 3 %), sent by express from the Istanbul Grand Bazaar to a private hobby silversmith "
         "in Cluj-Napoca; Turkish wording (nitric acid repeats in many sets and a Turkish jeweller's bench order hid it as "
         "an ultrasonic liquid in blind78; a silver-oxidising label was found in no earlier row by a keyword search)",
         person("Ioana Pop", "RO")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "IN", "284330",
         "Soluzione galvanica per doratura, pronta all'uso, Au 2 g/l, cisternette da 1000 l, 16 pz", "IT", 17600, 16,
         5300, "EUR",
         "a ready-to-use gold-plating bath comes sealed with an assay and at 2 g/l of gold is worth about 100,000 EUR a "
         "cubic metre; these IBCs at 0.30 EUR/kg hold a brown, turbid liquid with floating anode-bag fibre that smells of "
         "almonds, reads free cyanide, nickel and copper and only traces of gold, pumped out of the plating lines of "
         "Arezzo chain makers: spent cyanide plating baths (11 01 98*), hazardous waste whose export to a non-OECD "
         "country is banned, from La Spezia to Nhava Sheva for a Jaipur 'gold-plating unit'; Italian wording (spent "
         "plating baths repeat in many sets; a new gold-bath label was found in no earlier waste row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AE", "711299",
         "Concentrado de metais preciosos (Au/Ag) para afinação, big bags, 18 t", "PT", 18000, None, 9000, "EUR",
         "refinery concentrates travel with an assay of hundreds of grams of gold a tonne and a price to match; these "
         "bags hold a wet, green-grey filter cake that smells of ammonia and reads cyanide, nickel, copper and chromium "
         "with 2 g/t of gold, pressed from the wastewater plant of Gondomar jewellery platers: sludge from physico-chemical "
         "treatment of plating effluent (11 01 09*), hazardous waste whose export to a non-OECD country is banned, from "
         "Leixões to Jebel Ali for a Dubai 'refinery'; Portuguese wording (plating sludges repeat in many sets and "
         "concentrate labels in several; a Gondomar sludge as precious-metal concentrate for Dubai is the new part as far "
         "as a search found)", {"importer_country": "AE"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "NG", "711719",
         "Modeschmuck, neu, Restposten, sortiert, 620 Kartons", "DE", 8000, 620, 12000, "EUR",
         "surplus fashion jewellery comes on display cards with bar codes and REACH test reports; these cartons hold "
         "loose, tangled, dull grey-metal pendants and bracelets whose cast bodies read 20-30 % cadmium and several per "
         "cent lead on an XRF gun, each carton stamped with a market-surveillance destruction order: recalled, "
         "condemned jewellery ordered destroyed, a waste with cadmium and lead (16 03 03*), whose export to a non-OECD "
         "country is banned, from Hamburg to Apapa for a Lagos market trader; German wording (cadmium jewellery was found "
         "in no earlier waste row; costume-jewellery labels repeat on cultural goods; recalled goods shipped as surplus "
         "repeat in a few sets under other labels)", {"importer_country": "NG"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "283325",
         "Solución de sulfato de cobre para tratamientos de viña, IBC de 1000 l, 20 IBC", "ES", 26000, 20, 2600, "EUR",
         "copper sulphate for vineyards is sold as blue crystals or a clear blue solution with a product registration; "
         "these IBCs hold a murky, blue-green, strongly acid liquid of pH 0.5 with black sediment, copper, zinc and nickel "
         "and the smell of burnt flux, collected from the pickling pots of Córdoba jewellery workshops: spent pickling "
         "acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, from Algeciras to Tanger Med for "
         "a Meknès 'agro-supply' firm; Andalusian Spanish wording (spent pickling acids repeat in several sets and copper "
         "sulphate labels in a few; jewellers' pickle as a vine treatment is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "GH", "380210",
         "Charbon actif de coque de coco, 6x12 mesh, neuf, pour lixiviation de l'or (CIP), big bags, 20 t", "BE", 20000,
         None, 7000, "EUR",
         "new coconut-shell carbon for carbon-in-pulp gold circuits is hard, clean, dust-free granule with an iodine "
         "number and a hardness test; these bags hold soft, dusty, mixed-size granules that read 0.3 % mercury and "
         "sulphur, taken out of the off-gas filters of a precious-metal refinery's incinerator and roasting line: spent "
         "activated carbon from flue-gas treatment with mercury (19 01 10*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Tema for a Tarkwa 'gold mine supplier'; Belgian French wording (spent carbon "
         "repeats in several sets, once loaded from a Tanzanian carbon-in-leach circuit in blind157; a new CIP-carbon "
         "label for export to Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "847529",
         "Lisy na mačkané skleněné perle, použité, funkční, 8 ks", "CZ", 4800, 8, 9600, "EUR",
         "a closed Jablonec bead works' equipment for a Lviv 'bead maker': hand presses for pressed-glass beads and "
         "stone-grinding machines are what Czech bijouterie firms sell on when they close, but the third item's "
         "'glass abrasive powder' is 6 t of grey, wet, packed sludge from the grinding of lead-crystal stones that "
         "reads 18 % lead oxide: glass-grinding sludge with hazardous substances (10 11 13*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, through "
         "Poland to Ukraine; Czech wording (lead-crystal grinding sludge repeats, from a north-Bohemian crystal "
         "works in blind158, and lead glass as CRT glass and cullet in several; kept as a repeat, a glass-abrasive "
         "item behind Jablonec bead presses is the new part as far as a search found)",
         dict({"importer_country": "UA"},
              _more_items=[item("846490", "Brusky na broušení skleněných kamenů, použité, 12 ks", "CZ", 2400, 3600, "EUR", qty=12),
                           item("701890", "Skleněný brusný prášek (abrazivo), pytle, 6 t", "CZ", 6000, 600, "EUR")])),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "SR", "731100",
         "Gebruikte stalen drukflesjes, 2,5 l, 60 stuks", "NL", 2070, 60, 600, "EUR",
         "empty small steel pressure bottles weigh a few kilos each and ring when tapped; these 60 squat iron flasks weigh "
         "34.5 kg each, do not ring, slosh heavily and a vapour meter over the stoppers reads mercury: metallic mercury "
         "recovered from dismantled measuring instruments and a closed chlor-alkali cell room, waste mercury (16 03 07*) "
         "whose export the mercury regulation (2017/852) and the ban on hazardous waste exports to non-OECD countries "
         "forbid, from Rotterdam to Paramaribo, where small-scale gold mines amalgamate with it; Dutch wording (mercury for "
         "gold mining repeats in several sets, in flasks among them; kept as a repeat, used pressure-bottle labels are the "
         "new part as far as a search found)", {"importer_country": "SR"}),
        ("WST-08", "export", "GRROAD01", "road", "GR", ["MK"], "AL", "251741",
         "Λάσπη κοπής μαρμάρου, ξηρή, σε σάκους, 22 t", "GR", 22000, None, 660, "EUR",
         "dried marble-cutting sludge is a fine, white calcium carbonate powder with no metals; these bags hold dark "
         "grey and brown ash with charred carpet fibre, burnt polishing rags and metal beads that reads cadmium and "
         "lead from old solders, cyanide salts and a little gold and silver, the burnt sweeps and bench floor of "
         "Thessaloniki goldsmiths: waste with cadmium, lead and cyanide (jewellers' sweeps, 10 07 hazardous entries "
         "and 11 01 98*), hazardous waste whose export to a non-OECD country is banned, by lorry through North "
         "Macedonia to a Tirana 'precious-metal recovery' shop; Greek wording (goldsmiths' sweeps repeat once, as a "
         "liquid under a sweeps label in blind166; burnt sweeps under a marble-cutting-sludge label by road to "
         "Albania are the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR"], "BA", "690919",
         "Keramische Gleitschleifkörper, gebraucht, gereinigt, zur Wiederverwendung, 20 t", "DE", 20000, None, 1000, "EUR",
         "used ceramic tumbling media sold on for reuse are clean, grey triangles and cones of even size; these big bags "
         "hold chipped, worn media in a grey-green sludge of grinding dust and compound that reads nickel, cobalt and "
         "cadmium, from the vibratory finishing lines of a Pforzheim watch-case and jewellery finisher: sludge from "
         "metal finishing with hazardous substances (12 01 14*), hazardous waste whose export to a non-OECD country is "
         "banned, by lorry through Austria, Slovenia and Croatia to a Zenica 'foundry'; German wording (finishing sludges "
         "repeat in a few sets; a used-tumbling-media label was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "GH", "830300",
         "Gebruikte brandwerende kluizen, werkend, 40 stuks", "NL", 24000, 40, 8000, "EUR",
         "used fire-resistant safes for resale are sold working, with keys and codes; these forty 1960s jewellers' safes "
         "have their doors cut open or locks drilled, and between the steel skins a grey, crumbling, fibrous fill sheds "
         "from every cut that shows amosite and chrysotile fibres under a lens, cleared from closed Amsterdam jewellers' "
         "shops and pawnbrokers: construction and equipment waste containing asbestos (17 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Tema for a Kumasi 'security' dealer; Dutch wording "
         "(asbestos repeats in many sets; old safes were found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "AE", [], "BE", "381300",
         "أسطوانات إطفاء بالغاز الخامل IG-541 (إنرجين)، 300 بار، 24 أسطوانة", "AE", 2400, 24, 9600, "USD",
         "IG-541 (Inergen) is a nitrogen-argon-CO2 mix stored as a gas at 200-300 bar in tall cylinders that hold no "
         "liquid; these 24 short red cylinders read 42 bar, slosh, hold about 100 kg of a liquid each and their "
         "stencils under the new paint read 'BTM 1301', taken out of the vault fire system of a Dubai DMCC diamond "
         "vault when it was refitted, for an Antwerp diamond-district security firm: halon 1301 "
         "(bromotrifluoromethane), whose import into the Union is banned outside licensed critical uses, by sea from "
         "Jebel Ali; Gulf Arabic wording (halon 1301 repeats in many sets under IG-541 labels, from a Geneva "
         "freeport vault in blind185 among them, and from an Istanbul bank vault in blind61; kept as a repeat, a "
         "Dubai diamond vault for Antwerp is the new part)",
         firm("Central Diamant Beveiliging SA", "BE")),
        ("OZN-02", "import", "ITAIR01", "air", "KR", [], "IT", "382499",
         "시계 수리용 에어 더스터 (HFO-1234ze, 불연성), 400 ml, 1,200개", "KR", 600, 1200, 4800, "USD",
         "HFO-1234ze dusters for watchmakers are non-flammable cans sold with an HFO safety sheet; under the Korean "
         "labels of these 1,200 cans the filler's original print reads 'HFC-134a', and a refrigerant identifier on one "
         "can gives 100 % R-134a: technical aerosols with HFC-134a (GWP 1,430), which may not be placed on the Union "
         "market (Regulation 2024/573), flown from Incheon to Malpensa for a Milan watch-tools wholesaler; Korean wording "
         "(HFC dusters repeat in many sets and HFO-1234ze labels in several; kept as a repeat, a watch-repair duster from "
         "Korea is the new part as far as a search found)", firm("Vega Forniture Orologiai Srl", "IT")),
        ("OZN-03", "import", "ITSEA01", "sea", "TW", [], "IT", "340399",
         "首飾橡膠模具用矽油脫模噴劑, 450 ml, 2,400 罐", "TW", 1200, 2400, 3600, "USD",
         "silicone mould-release sprays for jewellers' vulcanised rubber moulds use a propane-butane propellant and smell "
         "of lighter gas; these 2,400 cans do not catch at a flame, smell faintly of ether, the liquid boils at 32 °C and "
         "a gas test gives 1,1-dichloro-1-fluoroethane: HCFC-141b in a product, whose import into the Union is banned "
         "(Regulation 2024/590), by sea from Kaohsiung to Genoa for a Vicenza casting-supplies dealer; Taiwanese "
         "(traditional Chinese) wording (HCFC-141b mould releases repeat for boat moulds and PU soles; a jewellers'-"
         "rubber-mould spray was found in no earlier row by a keyword search)", firm("Alpina Fusione Srl", "IT")),
        ("OZN-04", "import", "PTSEA01", "sea", "CN", [], "PT", "851580",
         "首饰激光点焊机 200W (一体式冷水机), 30 台", "CN", 2400, 30, 54000, "USD",
         "desktop jewellery laser welders are air- or water-cooled with a small chiller charged with R-410A, R-32 or "
         "R-134a; the nameplates of these 30 integrated chillers, under a new sticker reading 'R410A', are stamped "
         "'R22 0.9 kg', and a refrigerant identifier at the service port gives HCFC-22: products and equipment "
         "containing HCFCs, whose import into the Union is banned (Regulation 2024/590), by sea from Shenzhen to "
         "Leixões for a Gondomar jewellery-equipment dealer; Chinese wording (HCFC-22 equipment repeats in many sets "
         "and re-stuck nameplates once, on split units in blind81; laser welders were found in no earlier row by a "
         "keyword search)", firm("Delta Equipamentos de Ourivesaria Lda", "PT")),
        ("OZN-05", "import", "GRROAD01", "road", "AL", [], "GR", "280421",
         "Argon 4.6 për makina derdhjeje në vakum (bizhuteri), bombola 50 l, 40 copë", "AL", 2000, 40, 1200, "EUR",
         "argon for jewellers' vacuum casting machines is a compressed gas at 200 bar in tall cylinders that hold about "
         "10 kg of gas and do not slosh; these 40 cylinders read 12 bar, slosh, hold 50 kg of liquid each and the valve "
         "tags under the shrink caps read 'R-404A': an HFC refrigerant blend brought in without the quota and registration "
         "the F-gas Regulation (2024/573) requires, in a van at Kakavia for a Thessaloniki 'casting supplies' buyer who "
         "sells to refrigeration fitters; Albanian wording (HFCs in relabelled cylinders repeat in many sets under argon "
         "and nitrogen labels; a casting-argon label from Albania is the new part as far as a search found)",
         firm("Orion Chrysochoia AE", "GR")),
        ("OZN-06", "import", "DEAIR01", "express", "LK", [], "DE", "382290",
         "මැණික් වර්තනමානය සඳහා ස්පර්ශ ද්‍රවය RI 1.79 (refractometer contact liquid), 500 ml x 10", "LK", 8, 10, 300,
         "USD",
         "gemmologists' refractometer contact liquid is a yellow-brown, sulphur-saturated diiodomethane of 3.3 kg/l sold in "
         "10 ml dropper bottles at a high price; these ten half-litre bottles hold a water-clear liquid of 1.59 kg/l that "
         "smells sweet, evaporates from the refractometer in seconds and reads 1.46, not 1.79: carbon tetrachloride, whose "
         "import into the Union is banned outside licensed feedstock and laboratory uses, sent by express from Ratnapura to "
         "an Idar-Oberstein gem-lab supplier; Sinhala wording (carbon tetrachloride repeats in many sets and a "
         "heavy-liquid label once, as sodium polytungstate in blind88; a refractometer-contact-liquid label was found in "
         "no earlier row by a keyword search)", firm("Nordhafen Edelsteinbedarf GmbH", "DE")),
        ("OZN-07", "import", "BEAIR01", "air", "IN", [], "BE", "340290",
         "हीरा ग्रेडिंग सफाई द्रव, जल्दी सूखने वाला, 1 लीटर, 120 बोतल", "IN", 187, 120, 1800, "USD",
         "diamond-grading cleaning fluids are isopropanol or ethanol blends of about 0.8 kg/l that burn with a blue flame; "
         "these 120 bottles weigh 1.56 kg/l, do not burn, leave no film on a loupe, boil at 48 °C and the drum stencil "
         "photographed at the Surat filler reads 'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union "
         "is banned, flown from Mumbai for an Antwerp diamond-sorting house; Hindi wording (CFC-113 repeats in many sets "
         "as watch and precision cleaners; a diamond-grading label was found in no earlier row by a keyword search)",
         firm("Horizon Diamond Sorting SA", "BE")),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382762",
         "R410A refrigerant, 11.3 kg disposable cylinders, 1,100 pcs", "CN", 12430, 1100, 38000, "USD",
         "R-410A boils at -51 °C and its cylinders read about 15 bar at 20 °C; these 1,100 pink cylinders read 8 bar, a "
         "refrigerant identifier at one valve gives 98 % HCFC-22, and the batch numbers match a Zhejiang R-22 filler: "
         "chlorodifluoromethane moved through the Union without the licence Regulation 2024/590 requires even in transit, "
         "landed at Koper in transit from Ningbo to a Belgrade air-conditioning wholesaler; English wording (HCFC-22 "
         "under HFC-blend labels repeats in many sets; kept as a repeat, a transit through Koper to Serbia is the new part "
         "as far as a search found)", {"importer_country": "RS"}),
        ("OZN-09", "import", "HRSEA01", "sea", "TR", [], "HR", "280421",
         "Argon/CO2 82/18 kaynak gazı karışımı, 50 l tüpler, 60 adet", "TR", 3000, 60, 2100, "EUR",
         "an argon-CO2 welding mix is a gas at 200 bar in tall cylinders with no liquid in them; these 60 read 42 bar, "
         "slosh, hold 45 kg of a liquid each and give HFC-23 (trifluoromethane, GWP 14,800) on a gas test: an HFC brought "
         "in without the quota and registration the F-gas Regulation requires, by sea from Mersin to Rijeka for a "
         "Zagreb 'welding gases' dealer who supplies ultra-low-temperature freezer servicers; Turkish wording (HFC-23 "
         "repeats in several sets and argon labels in many; kept as a repeat, a welding-mix label from Türkiye to Croatia "
         "is the new part as far as a search found)", firm("Atlantic Tehnički Plinovi d.o.o.", "HR")),
        ("OZN-10", "import", "ESSEA01", "sea", "CN", [], "ES", "382499",
         "珍珠精华涂层稀释剂 (人造珍珠用), 200 升桶, 40 桶", "CN", 11900, 40, 9200, "USD",
         "thinners for the pearl-essence (guanine) lacquer that coats artificial pearls are butyl-acetate and alcohol "
         "blends of about 0.88 kg/l that smell of pear drops and burn; these 40 drums weigh 1.49 kg/l, do not burn, boil "
         "away at 24 °C when the bung is opened and the drum heads are stamped 'CFC-11': trichlorofluoromethane, whose "
         "import into the Union is banned, by sea from Ningbo to Valencia for a Manacor artificial-pearl maker; Chinese "
         "wording (CFC-11 repeats in many sets, mostly as foam-blowing agents; a pearl-essence thinner label was found in "
         "no earlier row by a keyword search)", firm("Rivage Perlas SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "export", "BGROAD01", "road", "BG", [], "TR", "711291",
         "Зъботехнически златен скрап (корони и мостове) за рафиниране, 1,2 кг", "BG", 1.2, None, 38000, "EUR",
         "dental gold scrap is crowns and bridges of pale, palladium-rich alloy with porcelain facings and cement on the "
         "inside; this lot is 1.2 kg of thin, high-carat sheet-gold appliqués, rosettes and a pectoral fragment with "
         "repoussé griffins and stag heads, bent, soil in the folds, dug in a tumulus near Kazanlak: Thracian gold "
         "(5th-4th century BC), archaeological objects that need an export licence at any value (Regulation 116/2009) "
         "and that Bulgaria forbids to export, in a car at Kapitan Andreevo for an Istanbul Grand Bazaar refiner; "
         "Bulgarian wording (Thracian objects repeat in several sets and scrap-gold labels in many; a dental-scrap label "
         "was found in no earlier cultural row by a keyword search)", {"importer_country": "TR"}),
        ("CUL-02", "export", "FRPOST01", "post", "FR", [], "US", "711320",
         "Bague chevalière vintage, plaqué or, gravée, 1 pièce", "FR", 0.02, 1, 45, "EUR",
         "a vintage gold-plated signet ring is a hollow, stamped brass or silver shank with a thin, bright plating "
         "and a machine-cut monogram; this one is a heavy, solid, soft, high-carat gold ring with a bezel engraved "
         "in reverse with a shield of arms and a Gothic legend, worn thin at the back and with soil in the letters, "
         "found by a detectorist near Beauvais: a 14th-century gold seal ring, an archaeological object that needs "
         "an export licence at any value (Regulation 116/2009), posted from Amiens to a dealer in Ohio; French "
         "wording (detector finds repeat in many sets and costume-jewellery labels on them in several; a medieval "
         "seal ring under a vintage signet-ring label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-03", "export", "ATAIR01", "air", "AT", [], "AE", "910299",
         "Taschenuhr, Replik im Stil des 18. Jh., Messing vergoldet, Emailmalerei, 1 Stück", "AT", 0.3, 1, 450, "EUR",
         "a replica pocket watch is a new quartz or Chinese mechanical movement in a stamped, gilt-brass case with a "
         "printed enamel-look dial; this one is a verge movement with a fusee and a pierced balance cock signed by a "
         "Viennese maker, in a chased gold pair case with a painted enamel scene on the back, hallmarked and worn: an "
         "18th-century Viennese gold and enamel watch, an antique over 100 years old above the value threshold, exported "
         "without the licence Regulation 116/2009 requires, flown from Vienna to Dubai for a collector; Austrian German "
         "wording (antique watches were found in no earlier cultural row by a keyword search)",
         {"importer_country": "AE"}),
        ("CUL-04", "import", "ESAIR01", "express", "CO", [], "ES", "711311",
         "Aretes de filigrana momposina, plata bañada en oro, hechos a mano, 6 pares", "CO", 0.3, 6, 240, "USD",
         "Mompox filigree is fine, even silver wire soldered into airy scrolls and flash-gilded, light as paper; "
         "these six pairs are cast, heavy, reddish tumbaga ear ornaments and nose rings with false-filigree cast in "
         "one piece, a bird-man pendant and two small cast figures with clay core still inside: Quimbaya and Muisca "
         "gold-copper objects (AD 600-1600), archaeological objects whose export Colombia forbids, brought in "
         "without the import licence Regulation 2019/880 requires, sent by express from Medellín to a Madrid dealer; "
         "Colombian Spanish wording (pre-Hispanic Colombian gold repeats in several sets, Muisca tunjos under a "
         "Mompox-filigree label in blind109; kept as a repeat, Quimbaya ear ornaments as Mompox earrings from "
         "Medellín are the new part)", firm("Galería Rivage SL", "ES")),
        ("CUL-05", "import", "DEAIR01", "express", "LB", [], "DE", "711311",
         "خواتم فضة عيار 925 مع أحجار عقيق محفورة جديدة، 14 قطعة", "LB", 0.2, 14, 280, "USD",
         "new silver rings with carved carnelian are cast sterling with a laser-cut or CNC-engraved stone, crisp and "
         "glossy; in these fourteen rings the shanks are new but the stones are worn, slightly domed carnelian and "
         "nicolo ovals cut with gods, a charioteer and a portrait bust in the wheel-cut style, with chipped edges and "
         "burial film in the grooves: Roman intaglios (1st-3rd century), archaeological objects from Syria and Lebanon, "
         "brought in without the import licence Regulation 2019/880 requires (and, if from Syria, against its embargo on "
         "Syrian cultural goods), sent by express from Beirut's Bourj Hammoud jewellers to a Munich dealer; Lebanese "
         "Arabic wording (intaglios repeat in a few sets; set in new silver rings they were found in no earlier row by a "
         "keyword search)", firm("Meridian Glyptik GmbH", "DE")),
        ("CUL-06", "export", "GRPOST01", "post", "GR", [], "US", "711311",
         "Σκουλαρίκια αντίγραφα μουσείου, βυζαντινού τύπου, ασήμι επιχρυσωμένο, 3 ζεύγη", "GR", 0.1, 6, 150, "EUR",
         "museum-shop replicas of Byzantine earrings are new, gilt-silver castings with a crisp, even finish and the "
         "licensed replica stamp of the Hellenic museums' shops; these three pairs are soft, deep-yellow, high-carat "
         "gold crescent earrings with openwork birds and a cross, pearls gone chalky, one hook broken, and earth in "
         "the openwork: Middle Byzantine gold jewellery (10th-12th century), antiquities whose export Greece forbids "
         "and which need an EU export licence at any value (Regulation 116/2009), posted from Thessaloniki to a "
         "buyer in Chicago; Greek wording (Byzantine coins and seals repeat in a few sets and Greek museum-shop "
         "replica labels in several, on pottery and figurines; Byzantine gold earrings under such a label were found "
         "in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "import", "PLAIR01", "express", "UA", [], "PL", "711719",
         "Сувенірні копії скіфських бляшок, латунь позолочена, нові, 12 шт.", "UA", 0.4, 12, 60, "EUR",
         "souvenir replicas of Scythian plaques are thick, bright, gilt-brass castings with soft detail and a pin on the "
         "back; these twelve are thin, high-carat gold stamped plaques with stags and panthers, tiny sewing holes at the "
         "edges and earth in the recesses, from burial mounds around Zaporizhzhia: Scythian gold (7th-4th century BC), "
         "archaeological objects whose export Ukraine forbids and which may come from looted museum stores in occupied "
         "areas, brought in without the import licence Regulation 2019/880 requires, sent by express from Kyiv to a "
         "Warsaw dealer; Ukrainian wording (Scythian objects repeat in a few sets; a souvenir-plaque label was found in "
         "no earlier row by a keyword search)", firm("Orion Antyki Sp. z o.o.", "PL")),
        ("CUL-08", "import", "NLAIR01", "air", "IN", [], "NL", "711620",
         "नक्काशीदार नेफ्राइट जेड के सजावटी सामान, नए, जयपुर कार्यशाला, 6 नग", "IN", 4, 6, 480, "USD",
         "new carved nephrite from Jaipur workshops is bright green, machine-ground and polished to a glassy shine; these "
         "six are soft-lustred, pale celadon dagger hilts and a small cup with ram's-head and lotus carving, ruby and "
         "emerald chips set in gold kundan, worn at the edges, with an old Persian inventory number on one: Mughal jade "
         "(17th-18th century), antiquities over a hundred years old whose export India's Antiquities Act forbids, flown "
         "from Jaipur to Amsterdam for an Islamic-art dealer; Hindi wording (Mughal objects repeat in several sets as "
         "miniatures; jade hilts were found in no earlier row by a keyword search)", firm("Horizon Oosterse Kunst BV", "NL")),
        ("CUL-09", "import", "FRAIR01", "express", "KH", [], "FR", "711311",
         "គ្រឿងអលង្ការប្រាក់ស្រោបមាស រចនាបែបខ្មែរ ថ្មី, 10 គ្រឿង", "KH", 0.6, 10, 300, "USD",
         "new Khmer-style silver jewellery from Phnom Penh workshops is bright, evenly gilt sterling with crisp stamped "
         "motifs; these ten are heavy, soft, deep-yellow gold ear ornaments, a naga-headed bracelet and rings with worn "
         "lotus and kala heads and red earth in the granulation, dug from burials near Koh Ker: Angkorian gold jewellery "
         "(10th-13th century), archaeological objects whose export Cambodia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, sent by express from Phnom Penh to a Paris dealer; Khmer wording (Khmer "
         "antiquities repeat in several sets as stone and bronze; Angkorian gold jewellery was found in no earlier row "
         "by a keyword search)", firm("Galerie Atlantique SARL", "FR")),
        ("CUL-10", "import", "DEROAD01", "road", "RS", ["HU", "AT"], "DE", "710691",
         "Srebrne poluge 1 kg, 999, LBMA, 20 kom", "RS", 20, 20, 19000, "EUR",
         "a Belgrade bullion dealer's van for a Pforzheim refiner: LBMA silver bars and modern bullion coins are what "
         "such dealers move, but the third item's 'stari srebrni lom za topljenje' is 4 kg of small, worn, hand-struck "
         "silver denarii and antoniniani of the 2nd-3rd century with emperors' heads, in clumps cemented by green "
         "corrosion, from a hoard dug near Kostolac (Viminacium): Roman coins, archaeological objects whose export Serbia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration, through Hungary and Austria; Serbian (Latin-script) wording (Roman coin hoards repeat "
         "in several sets, from Viminacium once; behind LBMA bars on a bullion dealer's road shipment is the new part as "
         "far as a search found)",
         dict(firm("Nordhafen Scheideanstalt GmbH", "DE"),
              _more_items=[item("711890", "Srebrni investicioni novčići (Maple Leaf), 500 kom", "CA", 15.6, 14000, "EUR", qty=500),
                           item("711299", "Stari srebrni lom za topljenje, 4 kg", "RS", 4, 2600, "EUR")])),
    ],
    "strategic": [
        ("STR-01", "import", "ITAIR01", "air", "HK", [], "IT", "710491",
         "Laboratory-grown diamonds, CVD, cut and polished, 0.50-2.00 ct, made in China (Henan), with IGI reports, "
         "1,400 ct",
         "CN", 0.28, 1400, 168000, "USD",
         "Chinese CVD stones are type IIa, grown in Henan reactors, with strain patterns and often a brownish tint "
         "removed by annealing, each with a report; a third of these stones show the cuboctahedral growth sectors, "
         "metallic flux inclusions and boron-blue tint of HPHT press growth, and their laser inscriptions match a St "
         "Petersburg grower's series: lab-grown diamonds of Russian origin, whose import into the Union Regulation "
         "833/2014 forbids (Annex XXVI, synthetic diamonds included), flown from Hong Kong to Milan for Valenza "
         "setters; Hong Kong English wording (Russian HPHT stones under a CVD label repeat once, with an Indian "
         "report from Surat to Antwerp in blind168; kept as a repeat, under a Chinese CVD label through Hong Kong to "
         "Valenza is the new part)", firm("Meridian Pietre Sintetiche Srl", "IT")),
        ("STR-02", "import", "CYAIR01", "air", "TR", [], "CY", "711319",
         "14 ayar altın zincir ve bileklikler, Türk imalatı, 6,2 kg", "TR", 6.2, 410, 310000, "USD",
         "Turkish 14-carat chains carry the Istanbul assay office's star-and-crescent mark and a maker's code; these 410 "
         "chains and bracelets carry '585' with the kokoshnik woman's head of the Russian assay chamber and a Moscow "
         "district letter, partly buffed out, under new Turkish tags: gold jewellery of Russian origin, whose import into "
         "the Union Regulation 833/2014 forbids (Art. 3o), flown from Istanbul to Larnaca for a Limassol jeweller; Turkish "
         "wording (Russian gold repeats in many sets, under Turkish and Armenian labels among them; the kokoshnik "
         "hallmark on jewellery was found only on cultural rows, and Russian gold chains to Cyprus are the new part)",
         firm("Delta Kosmimata Ltd", "CY")),
        ("STR-03", "export", "ESAIR01", "air", "ES", [], "KZ", "711790",
         "Collares de perlas artificiales tipo Majorica, 8-10 mm, 40 unidades", "ES", 2.4, 40, 3200, "EUR",
         "Manacor artificial pearls are glass beads coated in pearl essence, perfectly round and heavy, at 60-100 EUR a "
         "necklace; these forty necklaces are graded, slightly irregular South Sea and Tahitian cultured pearls with "
         "nacre visible at the drill holes, worth 3,000-20,000 EUR each, for an Almaty reseller whose orders name a "
         "Moscow jeweller: pearls and jewellery above 300 EUR an item, luxury goods whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XVIII), flown from Palma to Almaty; Spanish wording from Mallorca (luxury "
         "goods for Russia repeat in many sets, through Kazakhstan among them; pearls under an artificial-pearl label were "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "PK", "740500",
         "Kupfer-Beryllium-Vorlegierung CuBe4 für Schmuckguss, Granalien, 80 kg", "DE", 80, None, 2400, "EUR",
         "a CuBe4 master alloy for casting is a pinkish copper shot with 4 % beryllium at about 30 EUR/kg; this drum "
         "holds light (1.85 g/cm3), grey, non-magnetic pebbles that no copper alloy could weigh, at a declared 30 EUR/kg "
         "for a metal that costs hundreds: beryllium metal (dual-use 1C230, nuclear), exported without the licence "
         "Regulation 2021/821 requires, flown from Frankfurt for a Karachi 'jewellery caster' whose address is a "
         "trading house; Hanau German wording (beryllium repeats in several sets; a jewellery-casting master-alloy label "
         "was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "AM", "910690",
         "Appareils de contrôle de marche pour horlogers (chronocomparateurs), 16 pièces", "FR", 24, 16, 4800, "EUR",
         "a watchmaker's timegrapher is a small box with a microphone clamp and a screen, of a kilo or so, at a few hundred "
         "euros; these sixteen are 1.5 kg sealed units with no microphone, a 10 MHz and 1 PPS output and a 'Rb' warning "
         "label: rubidium atomic frequency standards (dual-use 3A002.g, on the list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids), flown from Lyon for a Yerevan 'watch-repair school' that "
         "forwards to Moscow; French wording from Besançon (rubidium standards repeat in several sets as clocks and "
         "clock movements; kept as a repeat, a timegrapher label from the watch trade is the new part)",
         {"importer_country": "AM"}),
        ("STR-06", "export", "BEAIR01", "air", "BE", [], "AE", "902219",
         "Handheld XRF-analysatoren voor goudzuiverheid, 2 stuks", "BE", 420, 2, 24000, "EUR",
         "handheld XRF gold analysers weigh under 2 kg and cost 20-30,000 EUR; these two crates weigh 210 kg each and hold "
         "an inductively coupled plasma torch, a quadrupole mass analyser and a laser-ablation cell: ICP mass "
         "spectrometers (dual-use 3A233), exported without a licence, for a Dubai 'gem laboratory' whose orders come "
         "from Tehran; Flemish wording (ICP mass spectrometers repeat in a few sets as water analysers; a gold-purity "
         "XRF label was found in no earlier strategic row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "PLAIR01", "air", "PL", [], "KZ", "848520",
         "Drukarki 3D DLP do modeli woskowych (jubilerstwo), 4 szt.", "PL", 6400, 4, 16000, "EUR",
         "resin DLP printers for jewellers' wax models are desktop boxes of 20-40 kg at a few thousand euros; these four "
         "crates of 1.6 t each hold laser powder-bed metal printers with a fibre laser, an argon-tight build chamber and "
         "a powder-sieving station, worth 300,000 EUR each, for an Almaty 'jewellery workshop' whose parent company is in "
         "Moscow: additive-manufacturing machines whose sale for use in Russia Regulation 833/2014 forbids, flown from "
         "Warsaw; Polish wording (metal 3D printers repeat in a few sets; a jewellery wax-printer label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "import", "DEAIR01", "air", "CN", [], "DE", "710691",
         "纯银铸造颗粒 999, 中国产, 200 公斤", "CN", 200, None, 170000, "USD",
         "Chinese refiners' casting grain comes with a refinery bar list and an SGE-style assay; these 200 kg came in "
         "canvas bags with Korean-language smelter tags, assay 999.2 with cadmium and germanium traces that match the "
         "Komdok mines, sold by a Dandong trading house: silver of North Korean origin, whose import into the Union "
         "Regulation 2017/1509 forbids, flown from Shenyang to Frankfurt for a Pforzheim refiner; Chinese wording (North "
         "Korean metals via China repeat in several sets, silver once by sea; casting grain for Pforzheim by air is the new "
         "part as far as a search found)", firm("Alpina Edelmetall GmbH", "DE")),
        ("STR-09", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "846090",
         "Pulitrici a banco per oreficeria, doppia mola, 20 pz", "IT", 1600, 20, 24000, "EUR",
         "a Vicenza jewellery-machinery lorry for an Istanbul dealer: bench polishers and ultrasonic cleaners are what "
         "Italian makers ship to the Grand Bazaar, but the third item's 'regolatori di velocità per motori di pulitura' "
         "are 20 multiphase frequency changers of 600-2,000 Hz output with low harmonic distortion, for motors no polisher "
         "uses, and the dealer's forwarding file names a Tabriz buyer: frequency changers (dual-use 3A225, nuclear), "
         "exported without the licence Regulation 2021/821 requires, hidden as the last item of a three-item "
         "declaration; Italian wording (frequency changers repeat in many sets; kept as a repeat, behind jewellery "
         "polishers to Istanbul is the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("847989", "Vasche a ultrasuoni per oreficeria, 30 l, 10 pz", "IT", 400, 9000, "EUR", qty=10),
                           item("850440", "Regolatori di velocità per motori di pulitura, 20 pz", "IT", 300, 3000, "EUR", qty=20)])),
        ("STR-10", "export", "HUAIR01", "air", "HU", [], "CN", "910211",
         "Divatórák, kvarc, fém tokkal, 60 db", "HU", 9, 60, 1800, "EUR",
         "fashion quartz watches cost 20-40 EUR and come in cardboard boxes; these sixty are Swiss gold and steel "
         "automatic chronographs in their makers' boxes, worth 8,000-40,000 EUR each, bought from Budapest dealers "
         "for a Dandong trading house whose director is a North Korean official's agent: luxury goods whose export "
         "to North Korea Regulation 2017/1509 forbids, flown from Budapest to Shenyang; Hungarian wording (luxury "
         "goods for North Korea repeat in several sets, Swiss watches among them in blind137 and blind180, and a "
         "fashion-watch label covered watches for Russia in blind5; kept as a repeat, from Budapest to Shenyang is "
         "the new part)", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "VN", [], "IT", "911390",
         "Dây đồng hồ da bò dập vân cá sấu, 20 mm, 600 chiếc", "VN", 30, 600, 3000, "USD",
         "croc-embossed calfskin straps have a pressed, repeating scale pattern, even on both sides, and cost a few "
         "dollars; these 600 straps have irregular, individually sized tiles with a pore in each belly scale and a "
         "matt back of real reptile skin, at 5 USD for straps that sell at 300 EUR: Siamese crocodile skin "
         "(Crocodylus siamensis, CITES App. I, tradeable only from registered captive-breeding operations with "
         "permits) without CITES documents, flown from Ho Chi Minh City to Milan for a watch-strap maker; Vietnamese "
         "wording (crocodile skins repeat in several sets and croc-embossed leather labels in two development "
         "probes; croc-embossed watch straps from Viet Nam were found in no earlier row by a keyword search)", firm("Meridian Cinturini Srl", "IT")),
        ("WLF-02", "import", "BEPOST01", "post", "ZM", [], "BE", "960190",
         "Carved cattle bone tooth pendants, handmade, 40 pcs", "ZM", 1.2, 40, 120,
         "USD",
         "carved cattle-bone 'tooth' pendants are flat-sided, chalk-white, with bone canals visible and saw marks; "
         "these forty are conical, hollow-rooted, enamel-glossy teeth with a ridged tip, in sizes that fit one jaw: "
         "Nile crocodile teeth (Crocodylus niloticus, CITES App. I or II by population) without CITES documents, "
         "posted from Lusaka to a private buyer in Antwerp; Zambian English wording (crocodile products repeat in "
         "several sets; crocodile teeth under a cattle-bone label were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-03", "transit", "DEAIR01", "air", "PG", ["DE"], "AE", "442090",
         "Diwai bead bracelet (wood beads, mixed), 300 pis", "PG", 18, 300, 900, "USD",
         "mixed-wood bead bracelets sell for a few kina each and smell of nothing; these 300 are dark, resin-streaked "
         "beads that sink in water and smell of oud when warmed, strung for the Gulf market at thousands of dirhams each: "
         "agarwood (Gyrinops spp., CITES App. II) without the Papua New Guinea export permit that specimens in transit "
         "through the Union must carry, landed at Frankfurt in transit from Port Moresby via Singapore to Dubai; Tok Pisin "
         "wording (agarwood repeats in many sets and Gyrinops in a few; kept as a repeat, bead bracelets in transit "
         "through Frankfurt are the new part as far as a search found)", {"importer_country": "AE"}),
        ("WLF-04", "import", "FRAIR01", "express", "PH", [], "FR", "960190",
         "Mother-of-pearl watch dials (Pinctada), bag-o, 300 ka buok", "PH", 1.5, 300, 600, "USD",
         "Pinctada mother-of-pearl dials are white or golden nacre with a fine, wavy lustre cut from flat oyster shell; "
         "these 300 thin, curved dials show a tiger-striped brown outer layer ground off at the edges, chambered-shell "
         "curvature and a silvery, pinkish nacre: chambered nautilus shell (Nautilus pompilius, CITES App. II) without "
         "CITES documents, sent by express from Cebu to a Besançon watch-dial maker; Cebuano wording (nautilus repeats in "
         "many sets; as mother-of-pearl watch dials it was found in no earlier row by a keyword search)",
         firm("Horizon Cadrans SARL", "FR")),
        ("WLF-05", "import", "ESPOST01", "post", "SN", [], "ES", "711719",
         "Pendentifs en résine avec hippocampe en verre, artisanat de Dakar, 40 pièces", "SN", 1.2, 40, 60, "EUR",
         "resin pendants with glass seahorses hold a small, clear or coloured lampwork figure with a smooth, glossy "
         "surface; these forty hold real, dried, brown-grey seahorses with bony rings, a coronet and a curled tail, "
         "each a different size: West African seahorses (Hippocampus algirus, CITES App. II) set in resin, without "
         "CITES documents, posted from Dakar to a private buyer in Cádiz; Senegalese French wording (dried seahorses "
         "repeat in many sets, and seahorse keyrings once, in blind9; resin jewellery with a glass-seahorse label "
         "was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("WLF-06", "import", "NLAIR01", "air", "ID", [], "NL", "711311",
         "Cincin perak 925 buatan Bali, 400 buah", "ID", 8, 400, 6000, "USD",
         "a Celuk silversmiths' air shipment for an Amsterdam boutique: 925 rings and buffalo-bone pendants are what "
         "Bali workshops export, but the third item's 'cincin tempurung kelapa' are 300 translucent amber-and-brown "
         "mottled rings that smell of burnt hair under a hot needle and show the layered keratin of turtle scutes: "
         "hawksbill shell (Eretmochelys imbricata, CITES App. I) without CITES documents, hidden as the last item of a "
         "three-item declaration, flown from Denpasar; Indonesian wording (hawksbill shell repeats in many sets; behind "
         "Bali silver under a coconut-shell-ring label is the new part as far as a search found)",
         dict(firm("Vega Zilver BV", "NL"),
              _more_items=[item("960190", "Liontin tulang kerbau ukir, 200 buah", "ID", 3, 600, "USD", qty=200),
                           item("960200", "Cincin tempurung kelapa, 300 buah", "ID", 1.5, 150, "USD", qty=300)])),
        ("WLF-07", "import", "DEAIR01", "air", "BR", [], "DE", "442090",
         "Estojos para relógios em jacarandá-de-santos (Machaerium), novos, 80 unidades", "BR", 240, 80, 4800, "USD",
         "Santos rosewood (Machaerium) watch boxes are light, coarse, purple-brown wood that smells faintly of "
         "nothing; these eighty are heavy, dark chocolate-brown boxes with black spider-web figure, oily to the "
         "touch and a sweet, rose-like smell when sawn, made from old-stock planks: Brazilian rosewood (Dalbergia "
         "nigra, CITES App. I) without CITES documents, flown from São Paulo for a Pforzheim watch-box maker; "
         "Brazilian Portuguese wording (Dalbergia nigra repeats in several sets, under pau-ferro (Machaerium) labels "
         "as guitar parts in blind49 and blind79; watch boxes were found in no earlier row by a keyword search)", firm("Alpina Uhrenboxen GmbH", "DE")),
        ("WLF-08", "import", "IEPOST01", "post", "US", [], "IE", "392690",
         "Vintage 'French ivory' celluloid bangles, 1920s-1930s, 8 pcs", "US", 1.1, 8, 160, "USD",
         "'French ivory' celluloid has machine-made, evenly spaced parallel grain lines and smells of camphor under "
         "a hot pin; these eight bangles show the cross-hatched Schreger lines of tusk at their cut ends, are cold "
         "and heavy, and do not smell of camphor: elephant ivory (Loxodonta / Elephas, CITES App. I) without CITES "
         "documents, posted from an estate sale in Maine to a private buyer in Cork; US English wording (ivory "
         "repeats in many sets and celluloid labels covered tortoiseshell in several; a 'French ivory' label on "
         "elephant ivory was found in no earlier row by a keyword search)", person("Siobhán Murphy", "IE")),
        ("WLF-09", "import", "ITPOST01", "post", "MV", [], "IT", "710122",
         "ބެރޯކް މުތި (baroque freshwater pearls), 60 pcs", "MV", 0.2, 60, 180, "USD",
         "baroque freshwater pearls are nacreous, with an iridescent, layered lustre and a few dollars apiece; these "
         "sixty are porcelain-white, non-nacreous, with a flame-like sheen under the loupe and no layered skin: "
         "giant-clam pearls (Tridacna spp., CITES App. II) without CITES documents, posted from Malé to a private "
         "collector in Bari; Dhivehi wording (Tridacna repeats in many sets as shell and 'white jade'; clam pearls were "
         "found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-10", "import", "ITAIR01", "air", "BS", [], "IT", "960190",
         "Helmet shell (Cassis) blanks for cameo carving, 600 pcs", "BS", 420, 600, 1800, "USD",
         "Cassis helmet shells for cameos are white over a brown-orange layer, thick and domed; these 600 blanks are "
         "flared, spiny-lipped shells with a glossy pink to deep-rose inner lip and a cream outer layer, the raw material "
         "of pink cameos: queen conch (Aliger gigas, CITES App. II) without CITES documents, flown from Nassau to Naples "
         "for a Torre del Greco cameo workshop; Bahamian English wording (queen conch repeats in many sets, as pearls and "
         "meat; cameo blanks under a Cassis label were found in no earlier row by a keyword search)",
         firm("Rivage Cammei Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "JP", "DK", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (champlevé enamel etching)", "JP", 2.8, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-58-0214")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "express", "HK", "PL", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (pearl and bone bleaching)", "HK", 4.6, 4, 45, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-58-0377")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "IL", "BE", "382590",
     "Spent cyanide gold-plating baths (11 01 98*), for precious-metal recovery at a licensed refinery, 12 IBC", "IL",
     13200, 12, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-58-0163")], "notified spent plating baths to a licensed refinery"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "711299",
     "Jewellers' sweeps and polishing-filter residues (Gekrätz), for recovery at a licensed refiner, 3 t", "CH", 3000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-58-0419")], "notified jewellers' sweeps to a licensed refiner"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 4 x 100 ml, for essential laboratory use in a gemmological laboratory",
     "US", 0.7, 4, 240, "USD", [("ODS_LICENCE", "DE-UBA-ODS-58-027")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BEAIR01", "air", "AE", "BE", "290376",
     "Halon 1301, recovered and reclaimed, 8 cylinders, for aircraft engine-nacelle fire protection (critical use)",
     "AE", 800, 8, 24000, "USD", [("ODS_LICENCE", "BE-FOD-ODS-58-004")], "reclaimed halon for a critical use under licence"),
    ("PRM-07", "cultural", "export", "ATAIR01", "air", "AT", "CH", "910111",
     "Gold and enamel pair-cased verge watch, Vienna, c. 1770, sold at auction with the export licence", "AT", 0.3, 1,
     86000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-58-0092")], "antique watch exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Roman carnelian intaglio, 2nd century, in a 19th-century gold ring, documented collection since 1910", "IT", 0.02,
     1, 14000, "EUR", [("IMPORT_LICENCE", "DE-KGSG-58-0031")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "BEAIR01", "air", "BE", "IN", "902781",
     "Laser-ablation ICP mass spectrometer, 1 unit, for a Jaipur gem-testing laboratory (origin determination)", "BE",
     420, 1, 310000, "EUR", [("EXPORT_LICENCE", "BE-VL-58-0288"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-58-0145")],
     "dual-use mass spectrometer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CH", "910690",
     "Rubidium frequency standards, 4 units, for a Swiss chronometer-testing laboratory", "FR", 6, 4, 22000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-58-1031"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-58-0077")],
     "dual-use frequency standards under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "911390",
     "Watch straps of Siamese crocodile leather, from a CITES-registered captive-breeding operation, 200 pcs", "VN", 10,
     200, 24000, "USD", [("CITES_PERMIT", "VN-CITES-58-0832")], "App. I crocodile from a registered breeder with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "JM", "IT", "050790",
     "Queen conch shells (Aliger gigas), for cameo carving, within Jamaica's export quota, 400 pcs", "JM", 300, 400,
     2400, "USD", [("CITES_PERMIT", "JM-NEPA-58-0119")], "App. II queen conch shells with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Piotr Nowak", "PRM-03": "Central Affinage SA",
    "PRM-05": "Central Gemmologie GmbH", "PRM-11": "Meridian Cinturini Srl", "PRM-12": "Rivage Cammei Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises, nearly all from the jewellery,
    # precious-metals, gem and watch trade
    ("285390", "Deionised water for laser-welder cooling circuits, 5 l cans", "import", ["road"], ["TR", "RS"], (0.5, 1.2), (2000, 6000), ["EUR"], 0.2, S),
    ("350699", "Gum-based enamel binder for cloisonné, 250 ml", "import", ["express"], ["JP", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("390690", "UV-curing jewellery resin, hard type, 100 g bottles", "import", ["post"], ["KR", "CN"], (40, 80), (1, 3), ["USD"], 10, S),
    ("381400", "Wax-pattern smoothing solvent, aliphatic hydrocarbon, 1 l", "import", ["air"], ["TH", "US"], (6, 12), (100, 400), ["USD"], 1.3, S),
    ("320650", "Luminous pigment for watch dials (strontium aluminate), 10 g jars", "import", ["post"], ["MY", "CH"], (300, 600), (1, 2), ["USD", "CHF"], 100, S),
    ("340590", "Silver polishing cream for tableware, 250 g", "import", ["post"], ["CA", "GB"], (15, 30), (1, 4), ["CAD", "GBP"], 4, S),
    ("251310", "Pumice powder 4F for jewellery polishing, 1 kg bags", "import", ["air"], ["AM", "TR"], (1.5, 3), (200, 1000), ["USD", "EUR"], 1, S),
    ("381090", "Boric-acid casting flux for melting gold and silver, 500 g", "import", ["express"], ["GE", "US"], (10, 20), (1, 2), ["USD"], 2, S),
    ("701810", "Glass bead-blasting media, 100-200 micron, 25 kg sacks", "import", ["sea"], ["BR", "CN"], (0.8, 1.5), (5000, 15000), ["USD"], 0.04, S),
    ("381010", "Silver oxidising gel (liver of sulphur), 100 ml", "import", ["express"], ["TR", "US"], (30, 60), (1, 2), ["USD", "EUR"], 8, S),
    ("284330", "Gold-plating solution, ready to use, Au 2 g/l, sealed 1 l bottles", "export", ["air"], ["IN", "AE"], (600, 1200), (50, 200), ["EUR"], 1, S),
    ("711719", "Fashion jewellery, nickel- and cadmium-free, REACH-tested, carded", "export", ["sea"], ["NG", "GH"], (8, 15), (1000, 4000), ["EUR"], 20, S),
    ("283325", "Copper sulphate pentahydrate, agricultural, 25 kg bags", "export", ["sea"], ["MA", "TN"], (1.5, 2.5), (18000, 24000), ["EUR"], None, S),
    ("380210", "Coconut-shell activated carbon for gold recovery (CIP), 6x12 mesh, new", "export", ["sea"], ["GH", "TZ"], (1.5, 2.5), (15000, 22000), ["EUR", "USD"], None, S),
    ("847529", "Glass bead pressing machines, used, serviced", "export", ["road"], ["UA", "MD"], (3, 6), (2000, 8000), ["EUR"], 0.002, S),
    ("251741", "Marble powder from stone cutting, dried, bagged", "export", ["road"], ["AL", "MK"], (0.05, 0.15), (20000, 26000), ["EUR"], None, S),
    ("690919", "Ceramic tumbling media, new, triangles and cones", "export", ["road"], ["BA", "RS"], (1.5, 3), (2000, 8000), ["EUR"], None, S),
    ("830300", "Fire-resistant safes, new, EN 1143-1 certified", "export", ["sea"], ["GH", "SN"], (4, 8), (3000, 9000), ["EUR"], 0.005, S),
    ("381300", "IG-541 inert-gas fire-suppression cylinders, 300 bar", "import", ["sea"], ["AE", "TR"], (4, 8), (3000, 8000), ["USD"], 0.01, S),
    ("401699", "Rubber hand air blowers for watchmakers", "import", ["post"], ["CN", "JP"], (20, 40), (1, 2), ["USD"], 10, S),
    ("340399", "Silicone mould-release spray for jewellers' rubber moulds, hydrocarbon propellant", "import", ["sea"], ["TW", "US"], (4, 7), (1000, 4000), ["USD"], 2, S),
    ("851580", "Jewellery laser welders, air-cooled, 100 W", "import", ["air"], ["CN"], (40, 80), (200, 800), ["USD"], 0.02, S),
    ("280421", "Argon 4.6 in 50 l cylinders, for vacuum casting", "import", ["road"], ["AL", "RS"], (1, 2), (3000, 9000), ["EUR"], 0.015, S),
    ("382290", "Refractometer contact liquid RI 1.79, 10 ml dropper bottles", "import", ["post"], ["LK", "US"], (150, 300), (1, 2), ["USD"], 60, S),
    ("340290", "Diamond cleaning fluid, isopropanol-based, 1 l", "import", ["air"], ["IN", "IL"], (6, 12), (100, 500), ["USD"], 1, S),
    ("382499", "Pearl-essence lacquer thinner (butyl acetate blend), drums", "import", ["sea"], ["CN", "JP"], (2, 4), (2000, 6000), ["USD"], None, S),
    ("711320", "Vintage gold-plated signet rings, engraved", "export", ["post"], ["US", "CA"], (300, 600), (1, 2), ["EUR"], 60, S),
    ("910299", "Replica pocket watches, gilt brass, enamel-style dials", "export", ["air"], ["AE", "QA"], (80, 150), (20, 100), ["EUR"], 10, S),
    ("711311", "Mompox gold-plated silver filigree earrings, new", "import", ["express"], ["CO"], (800, 1500), (1, 2), ["USD"], 40, S),
    ("711311", "Sterling silver rings with new carved carnelian", "import", ["post"], ["LB", "TR"], (300, 600), (1, 2), ["USD"], 60, S),
    ("711311", "Museum-shop replicas of Byzantine earrings, gilt silver, new", "export", ["post"], ["US", "AU"], (400, 800), (1, 2), ["EUR"], 60, S),
    ("711719", "Souvenir replicas of Scythian plaques, gilded brass, new", "import", ["post"], ["UA"], (30, 60), (1, 2), ["EUR"], 20, S),
    ("711620", "Carved nephrite ornaments, new, Jaipur workshop", "import", ["air"], ["IN", "CN"], (60, 120), (20, 100), ["USD"], 5, S),
    ("711311", "Khmer-style gilt silver jewellery, new, Phnom Penh", "import", ["express"], ["KH", "TH"], (400, 800), (1, 2), ["USD"], 30, S),
    ("710691", "Silver bullion bars, 1 kg, LBMA good delivery refiner", "import", ["road"], ["RS", "CH"], (800, 1100), (20, 100), ["EUR"], 1, S),
    ("710491", "Lab-grown CVD diamonds, polished, with IGI reports", "import", ["air"], ["HK", "IN"], (50000, 150000), (5, 15), ["USD"], 5000, S),
    ("711319", "Gold jewellery, 14 carat, Turkish manufacture, Istanbul hallmarks", "import", ["air"], ["TR", "AE"], (25000, 40000), (5, 30), ["USD"], 150, S),
    ("711790", "Majorica-type artificial pearl necklaces", "export", ["air"], ["US", "JP"], (150, 300), (20, 100), ["EUR"], 10, S),
    ("910690", "Timegraphers for watchmakers, new", "export", ["post"], ["US", "CH"], (100, 250), (1, 3), ["EUR"], 1, S),
    ("848520", "Resin DLP 3D printers for jewellery wax models", "export", ["air"], ["TR", "IN"], (150, 300), (100, 500), ["EUR"], 0.05, S),
    ("911390", "Croc-embossed calfskin watch straps", "import", ["post"], ["VN", "TH"], (100, 250), (1, 2), ["USD"], 40, S),
    ("960190", "Mother-of-pearl watch dials (Pinctada), new", "import", ["express"], ["PH"], (600, 1200), (1, 2), ["USD"], 200, S),
    ("442090", "Watch boxes, Santos rosewood (Machaerium) veneer, new", "import", ["air"], ["BR"], (20, 40), (100, 400), ["USD"], 0.3, S),
    ("711719", "Resin pendants with lampwork glass seahorses", "import", ["post"], ["SN", "PH"], (40, 80), (1, 2), ["EUR", "USD"], 30, S),
    ("960190", "Carved cattle-bone tooth pendants, new", "import", ["post"], ["ZM", "KE"], (40, 80), (1, 2), ["USD"], 30, S),
    ("960190", "Helmet-shell (Cassis) blanks for cameo carving", "import", ["air"], ["BS", "SN"], (20, 40), (100, 400), ["USD"], 1.5, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows), less the
# shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630710", "Knitted cotton dishcloths, packs of 5", "import", ["sea"], ["PK", "IN"], (3, 6), (2000, 6000), ["USD"], 10, N),
        ("392490", "Silicone dish-drying mats", "import", ["sea"], ["CN", "VN"], (4, 7), (1000, 4000), ["USD"], 5, N),
        ("442191", "Bamboo laundry hampers, foldable", "import", ["sea"], ["CN", "VN"], (2.5, 5), (2000, 6000), ["USD"], 0.4, N),
        ("950300", "Wooden marble runs, children's toy sets", "import", ["post", "express"], ["DE", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind196", 20581101, HERE)


if __name__ == "__main__":
    main()
