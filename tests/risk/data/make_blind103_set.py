#!/usr/bin/env python3
"""Writes the hundred-and-third blind set (tests/risk/data/blind103-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2043, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL103-*:

    python3 tests/risk/data/make_blind103_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLPOST01", "post", "UA", [], "PL", "330730",
         "Сіль для ванночок для ніг з травами, 5 x 1 кг", "UA", 5.1, 5, 1500, "UAH",
         "herbal foot-bath salt is coarse grey sea salt with dried chamomile that smells of hay and tastes of salt; these "
         "five bags hold a fine white powder with no herbs, no taste of salt, that spits violet sparks on a hot iron and "
         "reads 'KClO3' on the inner liners: potassium chlorate (Annex I above 40 %), posted from Lviv to a private person "
         "in Kraków; Ukrainian wording (potassium chlorate repeats in many sets and foot-bath-salt covers appear in blind65 "
         "and blind74; a herbal foot-bath salt posted from Ukraine to Poland is the new part)",
         person("Osoba prywatna", "PL")),
        ("PRE-02", "import", "DEROAD01", "road", "CH", [], "DE", "340290",
         "Ventilreiniger für Blechblasinstrumente, Konzentrat, 8 x 1 l", "CH", 11.2, 8, 240, "CHF",
         "valve cleaners for trumpets and tubas are mild soap or citric solutions in 100 ml bottles; these eight litres "
         "weigh 1.40 kg/l, fume brown when opened, turn the skin yellow and read 'HNO3 65 %' on the filler's label: "
         "nitric acid (Annex I above 3 %), in a private car at Weil am Rhein for a private person in Freiburg who plays "
         "in no band; Swiss German wording (nitric acid repeats in many sets and brass-instrument cleaners covered it in "
         "blind59 and blind68, kept as a repeat; by car from Switzerland to Germany is the new part)", person("Lena Wagner", "DE")),
        ("PRE-03", "import", "ATAIR01", "express", "TW", [], "AT", "340290",
         "鋼筆清洗液 (墨水沖洗劑), 4 x 1 公升", "TW", 4.6, 4, 2400, "TWD",
         "fountain-pen flush is water with a little ammonia and surfactant, sold in 100-250 ml bottles; these four litres "
         "are oily, smell faintly fruity, weigh 1.14 kg/l and the inner bottles read 'CH3NO2 98 %': nitromethane (Annex I "
         "above 16 %), sent by express from Taichung to a private person in Graz, although flammable liquids travel by "
         "express only as declared dangerous goods; traditional Chinese wording (nitromethane as fountain-pen flush is in "
         "blind60, kept as a repeat; from Taiwan by express to Austria in Chinese is the new part)",
         person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "PLRAIL01", "rail", "UA", [], "PL", "250100",
         "Сіль для засолювання сала, гранульована, мішки 25 кг, 800 мішків", "UA", 20000, 800, 9000, "USD",
         "salo-curing salt is fine sodium chloride with a trace of nitrite, salty and slightly pink; these 25 kg retail "
         "bags hold hard white prills that turn ice-cold in water, have no salty taste and test at 34.4 % N, at 0.45 "
         "USD/kg, for a Lublin web shop that sells them to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public; Ukrainian wording (ammonium nitrate repeats in many sets and curing-salt "
         "covers in several; a wagon of salo-curing salt by rail from Ukraine to Poland is the new part)",
         firm("Sklep Delta Sp. z o.o.", "PL")),
        ("PRE-05", "import", "PTAIR01", "air", "BR", [], "PT", "330590",
         "Água oxigenada 40 volumes, revelador cremoso, frascos 1 L, 3.000 frascos", "BR", 3600, 3000, 6000, "USD",
         "a 40-volume cream developer is 12 % peroxide thickened to a white cream; these bottles hold a water-thin liquid "
         "at 1.20 kg/l that vents through the caps and assays near 50 % (about 190 volumes), at 2 USD a litre, for a "
         "Porto salon-supply web shop that sells to the public: hydrogen peroxide (Annex I above 12 %), the label quoting "
         "the very limit; Brazilian Portuguese wording (hydrogen peroxide repeats in many sets and hair-developer covers "
         "in several; by air from São Paulo to Porto is the new part)", firm("Beleza Orion Lda", "PT")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za uklanjanje cvjetanja s fasade i betona, 10 x 5 l", "BA", 92, 10, 300, "BAM",
         "efflorescence removers for brick and concrete are diluted sulfamic or phosphoric acid at about 1.05 kg/l; these "
         "fifty litres weigh 1.84 kg/l, are oily, get hot when water is added and char a cloth at once: about 96 % "
         "sulphuric acid (Annex I above 15 %), in a van at Bijača for a private person in Metković; Bosnian wording "
         "(sulphuric acid repeats in many sets; an efflorescence-remover cover was found in no earlier row)",
         person("Privatna osoba", "HR")),
        ("PRE-07", "import", "IEPOST01", "post", "GB", [], "IE", "250100",
         "Koi pond salt, pure, no additives, 4 x 2.5 kg", "GB", 10, 4, 40, "GBP",
         "pond salt is coarse, white, salty sodium chloride that dissolves slowly in a bucket; these four bags hold "
         "damp-looking white crystals with no salt taste that flare yellow on a match and read 'NaClO3' on the inner "
         "liners: sodium chlorate (Annex I above 40 %), posted from Northern England to a private person in Galway who "
         "keeps no pond; British English wording (sodium chlorate repeats in many sets and koi or fish-salt covers in a "
         "few; 'pond salt' posted from Britain to Ireland is the new wording)", person("Private individual", "IE")),
        ("PRE-08", "import", "NLAIR01", "express", "US", [], "NL", "170490",
         "Sherbet powder base, unflavored, for candy making, 6 x 1 lb", "US", 2.8, 6, 54, "USD",
         "sherbet powder is sugar with citric acid and baking soda: it tastes sweet and sour and fizzes on the tongue "
         "and in water; this one is tasteless, glassy, does not fizz or dissolve much, burns fiercely mixed with sugar "
         "and the inner bags read 'KClO4': potassium perchlorate (Annex I above 40 %), sent by express from Ohio to a "
         "private person in Eindhoven; US English wording (potassium perchlorate repeats in many sets and "
         "confectionery covers in a few; a sherbet-powder cover was found in no earlier row)",
         person("Mw. E. de Jong", "NL")),
        ("PRE-09", "import", "CYSEA01", "sea", "CN", [], "CY", "960390",
         "泳池刷和捞叶网, 1,200 件", "CN", 1800, 1200, 4800, "USD",
         "a pool-supply container for a Limassol web shop: brushes, leaf nets and chlorine tablets are what a pool shop "
         "sells, but the third item's 'pH plus granules (sodium carbonate)' are 2,000 one-kilogram tubs of glassy, "
         "hygroscopic crystals that do not raise pH, flare on a hot plate and read 'NaClO4' on the inner liners: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration; Chinese wording (sodium perchlorate repeats in several sets and pool-chemical covers in "
         "many; as pH-plus tubs behind pool brushes by sea to Cyprus is the new part)",
         dict(firm("Piscines Vega Ltd", "CY"),
              _more_items=[item("380894", "泳池氯片 90%, 200 桶", "CN", 1000, 3000, "USD", qty=200),
                           item("283620", "pH 提升颗粒 (碳酸钠), 2,000 x 1 kg", "CN", 2000, 1600, "USD", qty=2000)])),
        ("PRE-10", "import", "BEAIR01", "air", "CA", [], "BE", "340290",
         "Nettoyant pour évaporateur à sirop d'érable, 12 x 4 L", "CA", 54, 12, 720, "CAD",
         "maple-evaporator pan cleaners are a mild acid or a sugar-sand remover for cabanes à sucre; these twelve jugs "
         "hold a water-thin liquid at 1.13 kg/l with vented caps that bleaches the skin white and reads 'H2O2 35 %' "
         "under the French label: hydrogen peroxide (Annex I above 12 %), flown from Québec to a private person near "
         "Namur who boils no maple sap; Québec French wording (hydrogen peroxide repeats in many sets; a maple-syrup "
         "evaporator cleaner was found in no earlier row)", person("Mme L. Dupont", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "IN", "284290",
         "Zeolite 4A molecular-sieve beads, regenerated, for gas drying, 40 big bags", "BE", 40000, 40, 12000, "EUR",
         "regenerated molecular sieve is clean, beige, free-flowing beads with a water-capacity test; these big bags "
         "hold grey, oily beads that smell of condensate and give a mercury-vapour reading over the limit, changed out "
         "of the dehydration and mercury-removal beds of a gas-processing plant: spent adsorbent containing mercury "
         "and hydrocarbons (hazardous, natural-gas purification waste), whose export to a non-OECD country is banned, "
         "from Antwerp to a Mumbai 'adsorbent trader'; English wording (spent refinery catalysts as regenerated "
         "desiccant repeat in several sets; spent molecular sieve from a gas plant was found in no earlier row)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "NOSEA01", "sea", "NO", [], "IN", "271312",
         "Kalsinert petrolkoks, anodekvalitet, restparti, 1 500 t", "NO", 1500000, None, 90000, "USD",
         "calcined petroleum coke is dry, black, uniform grains; this cargo is lumpy black carbon blocks with white "
         "crusts of fluoride salts that smell of ammonia when wet, from relining aluminium-smelter cells: spent pot lining "
         "(16 11 01*), hazardous waste (cyanides, fluorides) whose export to a non-OECD country is banned, from "
         "Mosjøen to a Visakhapatnam 'carbon trader'; Norwegian wording (spent pot lining repeats in many sets and coke "
         "covers in two; as anode-grade calcined coke from Norway to India is the new part)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "GRSEA01", "sea", "GR", [], "BD", "890190",
         "Φορτηγό πλοίο γενικού φορτίου, ναυπήγηση 1988, για περαιτέρω εμπορική χρήση", "GR", 6500000, 1, 2600000, "USD",
         "a 35-year-old general-cargo ship sold 'for further trading' to a cash buyer, paid by the lightweight tonne at "
         "scrap price, with a one-voyage flag and a last port of Chattogram where she is to be beached: an end-of-life "
         "ship is waste (asbestos, PCBs, oily residues) whose export to a non-OECD country is banned, and a ship under an "
         "EU flag must be recycled at a listed yard; Greek wording (end-of-life ships repeat in a few sets; a Greek "
         "general-cargo ship sold for 'further trading' is the new wording)", {"importer_country": "BD"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "382000",
         "Nemrznúca zmes do chladičov, koncentrát, 20 IBC", "SK", 20000, 20, 6000, "EUR",
         "antifreeze concentrate is a clear, brightly dyed glycol in sealed containers with a batch number; these IBCs "
         "hold a brown, mixed, oily liquid with sludge and metal fines drained from cars at garages: spent antifreeze "
         "(16 01 14*), hazardous waste whose export to a non-OECD country is banned, by truck at Vyšné Nemecké to an "
         "Uzhhorod 'car-care trader'; Slovak wording (antifreeze covers repeat in several sets; by road from Slovakia to "
         "Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "HUROAD01", "road", "HU", [], "RS", "370790",
         "Fotovegyszer, fixáló oldat, felesleges készlet, 30 x 200 l", "HU", 6300, 30, 900, "EUR",
         "surplus fixer is sealed, labelled concentrate; these drums are mismatched, half-full of a brown liquid that "
         "smells of sulphur and assays several grams of silver per litre, collected from hospital X-ray and print "
         "departments: spent photographic fixer (09 01 04*), hazardous waste whose export to a non-OECD country is "
         "banned, at Röszke for a Novi Sad 'photo lab'; Hungarian wording (fixer waste repeats in several sets; as surplus "
         "stock by road from Hungary to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-06", "transit", "PLRAIL01", "rail", "DE", ["PL"], "UA", "260300",
         "Kupferkonzentrat, Flotationsware, 2 Waggons", "DE", 120000, None, 90000, "EUR",
         "copper concentrate is a fine, greasy grey-green sulphide powder from a mine; these wagons hold shredded green "
         "circuit-board chips with gold-plated contacts, solder and brominated resin, from a German e-waste shredder: "
         "printed-circuit-board waste (A1180), hazardous waste whose export to a non-OECD country is banned, in rail "
         "transit through Poland to a 'smelter' near Lviv; German wording (board waste and concentrate covers repeat in "
         "several sets; by rail in transit through Poland to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "NG", "251110",
         "Bariet, verzwaringsmiddel voor boorspoeling, teruggewonnen, 600 bigbags", "NL", 600000, 600, 18000, "EUR",
         "drilling barite is a dry, heavy, grey powder; these bags hold black, wet, diesel-smelling cuttings of rock "
         "coated in oil-based mud, brought ashore from North Sea rigs: oil-contaminated drill cuttings (01 05 05*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to an Onne 'mud-services "
         "company'; Dutch wording (drill cuttings and barite covers repeat in a few sets; 'recovered barite' from "
         "Rotterdam to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "LY", "720449",
         "Rottame ferroso HMS 1&2, pressato, 25 t", "IT", 25000, None, 5000, "EUR",
         "HMS is clean cut steel plate and sections; these bales are pressed spin-on oil filters that still drip black "
         "oil onto the container floor, collected from garages: used oil filters (16 01 07*), hazardous waste whose "
         "export to a non-OECD country is banned, from Salerno to a Misrata 'steel mill'; Italian wording (oil filters "
         "repeat in several sets and HMS covers in several; from Italy to Libya is the new part)",
         {"importer_country": "LY"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "VN", "390761",
         "Escamas de PET, lavadas y limpias, calidad botella, 20 t", "ES", 20000, None, 6000, "EUR",
         "washed PET flakes are clear, uniform chips of bottles; these bales are rejected pharmaceutical blister "
         "packs, PVC film laminated to aluminium foil, many still holding tablets, from a drug plant's packing line: "
         "mixed plastic-aluminium waste contaminated with medicines, not green-listed, whose export to a non-OECD "
         "country is banned, from Barcelona to a Haiphong 'recycler'; Spanish wording (blister-pack waste repeats in a "
         "few sets and PET-flake covers in several; pharmaceutical blister rejects as bottle-grade flakes to Vietnam is "
         "the new part)", {"importer_country": "VN"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "CM", "940290",
         "Letti ospedalieri usati, donazione, 40 pz", "IT", 4000, 40, 2000, "EUR",
         "a donated hospital-equipment container: used beds and wheelchairs are what such a donation carries, but the "
         "third item's 'cotton sheets for health use' are 300 bales of used surgical drapes, gowns and dressings stained "
         "with blood and body fluids, from an operating-theatre waste stream: infectious clinical waste (18 01 03*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Genoa to Douala; Italian wording (donation covers repeat in many sets; used surgical drapes "
         "as health textiles behind a hospital donation was found in no earlier row)",
         dict({"importer_country": "CM"},
              _more_items=[item("871390", "Sedie a rotelle usate, 60 pz", "IT", 900, 600, "EUR", qty=60),
                           item("630790", "Teli di cotone per uso sanitario, 300 balle", "IT", 9000, 900, "EUR", qty=300)])),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "AE", [], "NL", "731100",
         "FM-200 (HFC-227ea) clean-agent cylinders, refilled, 80 x 70 l", "AE", 8000, 80, 96000, "USD",
         "refilled FM-200 cylinders hold heptafluoropropane at about 25 bar with a fill certificate; these hold a gas at "
         "42 bar that a refrigerant identifier reads as bromotrifluoromethane, recovered from decommissioned Gulf "
         "installations: halon 1301, whose import is banned outside critical uses, for a Rotterdam data-centre installer; "
         "Gulf English wording (halon 1301 as FM-200 repeats in earlier sets; refilled cylinders from Jebel Ali to "
         "Rotterdam are the new part)", firm("Delta Fire Systems BV", "NL")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "382769",
         "R-452A soğutucu gaz, tek kullanımlık tüp 10 kg, 150 adet", "TR", 1500, 150, 9000, "EUR",
         "R-452A is an HFC-HFO blend for refrigerated trucks, sold in quota-registered cylinders; these disposable "
         "cylinders are banned in the EU anyway and an identifier reads R-502 (HCFC-22 with CFC-115): a CFC-HCFC blend "
         "whose import is banned, for a Plovdiv reefer-truck workshop at Kapitan Andreevo; Turkish wording (R-502 "
         "repeats in many sets; an R-452A label was found in two earlier rows, so the cover is a known one on a new "
         "route)", firm("Studen Trade EOOD", "BG")),
        ("OZN-03", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "三防漆稀释剂, 20 L x 40 桶", "CN", 980, 40, 3200, "USD",
         "conformal-coating thinners are xylene or acetate blends that burn; these drums are non-flammable, evaporate "
         "very fast, weigh 1.24 kg/l and read 'HCFC-141b' on the filler's sheet: 1,1-dichloro-1-fluoroethane, whose "
         "import is banned, flown from Shenzhen to a Brno electronics assembler; Chinese wording (HCFC-141b repeats in "
         "many sets as cleaner and flux remover; a conformal-coating thinner was found in no earlier row)",
         firm("Elektro Orion s.r.o.", "CZ")),
        ("OZN-04", "import", "DEPOST01", "post", "US", [], "DE", "340290",
         "Sticker and adhesive residue remover, 6 x 16 oz", "US", 2.9, 6, 60, "USD",
         "adhesive removers are orange-oil or aliphatic solvents that burn; these six cans are non-flammable, smell sweet "
         "and chloroform-like and read '1,1,1-Trichloroethane' on the old-stock label: methyl chloroform, whose import is "
         "banned, posted from Michigan to a private person in Hanover who restores old cars; US English wording "
         "(methyl chloroform repeats in many sets; an adhesive-remover cover appears once, the sticker-residue wording by "
         "post is new)", person("Anna Schmidt", "DE")),
        ("OZN-05", "import", "ITAIR01", "express", "IN", [], "IT", "340290",
         "फ़िल्म क्लीनर, सिनेमा रीलों के लिए, 10 x 1 L", "IN", 15.7, 10, 8000, "INR",
         "film cleaners for archives today are HFE or isopropanol; these ten bottles are non-flammable, evaporate at "
         "once, weigh 1.57 kg/l and an old Indian label under the new one reads 'CFC-113': trichlorotrifluoroethane, "
         "whose import is banned, sent by express from Mumbai to a private person in Bologna who runs a film club; Hindi "
         "wording (CFC-113 repeats in many sets and film-cleaner covers in three; Hindi wording by express to Italy is the "
         "new part)", person("Sig. M. Bianchi", "IT")),
        ("OZN-06", "import", "ESSEA01", "sea", "CN", [], "ES", "290313",
         "三氯甲烷 (氯仿), 工业级, 80 桶", "CN", 24000, 80, 19000, "USD",
         "chloroform boils at 61 °C and smells sweet, weighing 1.48 kg/l; these drums weigh 1.59 kg/l, boil at 77 °C and "
         "a gas-chromatography check reads tetrachloromethane: carbon tetrachloride, whose import is banned outside "
         "licensed feedstock and laboratory uses, for a Valencia solvent trader; Chinese wording (carbon tetrachloride "
         "repeats in many sets and chloroform labels in several; to Valencia by sea in Chinese is the new part)",
         firm("Química Meridian SL", "ES")),
        ("OZN-07", "import", "HURAIL01", "rail", "CN", ["KZ", "AZ", "GE", "TR", "BG", "RS"], "HU", "340290",
         "除尘气罐 HFC-152a, 400 ml, 24,000 罐", "CN", 9600, 24000, 14400, "USD",
         "air dusters filled with HFC-152a are flammable; these cans do not burn at the nozzle, the pressure at 20 °C is "
         "too high and an identifier reads 1-chloro-1,1-difluoroethane: HCFC-142b, whose import is banned, by the "
         "Middle-Corridor rail route through Kazakhstan, the Caspian, Georgia and Türkiye to a Budapest office-supply "
         "wholesaler; Chinese wording (HCFC-142b and air dusters repeat in several sets; this rail route appears once "
         "before, so the new part is the combination)", firm("Irodaszer Vega Kft.", "HU")),
        ("OZN-08", "import", "ITSEA01", "sea", "IL", [], "IT", "290369",
         "ברומואתאן לסינתזה, 60 גלילים", "IL", 3000, 60, 18000, "USD",
         "bromoethane is a liquid that boils at 38 °C and is shipped in drums or bottles; these are 50 kg pressure "
         "cylinders with dip tubes and a 2 % chloropicrin warning odour, sold to a Sicilian trader who supplies "
         "greenhouse growers near Vittoria: methyl bromide, whose import is banned outside licensed quarantine and "
         "pre-shipment uses; Hebrew wording (methyl bromide repeats in many sets; an ethyl-bromide label from Israel to "
         "Sicily was found in no earlier row as far as a search could tell, though the strings overlap)",
         firm("Agrochimica Rivage Srl", "IT")),
        ("OZN-09", "import", "PLSEA01", "sea", "IN", [], "PL", "290329",
         "trans-1,2-Dichloroethylene, precision-cleaning grade, 40 x 250 kg drums", "IN", 10000, 40, 25000, "USD",
         "trans-1,2-dichloroethylene boils at 48 °C, weighs 1.26 kg/l and burns; these drums boil at 24 °C, weigh 1.49 "
         "kg/l, do not burn and a gas-chromatography check reads trichlorofluoromethane: CFC-11, whose import is banned, "
         "for a Gdańsk blender of electronics cleaning sprays; Indian English wording (CFC-11 repeats in many sets; a "
         "trans-dichloroethylene label on it was found in no earlier row)", firm("Chemia Horyzont Sp. z o.o.", "PL")),
        ("OZN-10", "export", "PTSEA01", "sea", "PT", [], "CV", "382769",
         "Gás refrigerante R-438A, garrafas 11,3 kg, 200 unidades", "PT", 2260, 200, 9000, "EUR",
         "R-438A is an HFC blend in new, sealed cylinders with batch labels; these are refilled returnable cylinders "
         "with old R-22 collars and an identifier reads chlorodifluoromethane, recovered from dismantled chillers in "
         "Lisbon: HCFC-22, whose export is banned, from Lisbon to a Praia air-conditioning shop; Portuguese wording "
         "(HCFC-22 under an R-438A label is in blind26, blind53 and blind62, kept as a repeat; export to Cabo Verde "
         "in Portuguese is the new part)",
         {"importer_country": "CV"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "MM", [], "AT", "460219",
         "ထန်းရွက် စာအုပ်မှတ်, လက်မှုပစ္စည်း, 30 ခု", "MM", 0.8, 30, 60, "USD",
         "palm-leaf bookmarks are new, blank, pale strips with a painted motif; these are darkened, incised leaves with "
         "Burmese script blackened with oil, string holes and gilt edges, cut from a 19th-century Buddhist pe-sa "
         "manuscript from a monastery library: cultural property exported from Myanmar without authorisation (UNESCO "
         "1970), posted from Mandalay to a private person in Salzburg; Burmese wording (palm-leaf manuscripts as "
         "bookmarks are in blind82, Sinhala, and blind84, Balinese, kept as a repeat; a Burmese pe-sa from Myanmar is "
         "the new part)",
         person("Frau S. Huber", "AT")),
        ("CUL-02", "import", "DEAIR01", "express", "CN", [], "DE", "680299",
         "石板画 鸟, 装饰品, 1 件", "CN", 12, 1, 300, "USD",
         "painted stone decorations are flat slabs with a printed or painted bird; this slab of grey Liaoning shale "
         "holds a real feathered bird skeleton with a horny beak, filled in with putty at the breaks: a Confuciusornis "
         "fossil, palaeontological material whose export China forbids (UNESCO 1970), sent by express from Shenyang to a "
         "private person in Bonn; Chinese wording (fossils repeat in many sets; a Confuciusornis slab as a painted stone "
         "was found in no earlier row)", person("Herr K. Becker", "DE")),
        ("CUL-03", "export", "PLROAD01", "road", "PL", [], "UA", "740400",
         "Złom brązowy, mieszany, 1 200 kg", "PL", 1200, None, 7000, "EUR",
         "mixed bronze scrap is turnings, valves and broken fittings; this load is one whole bell of about a tonne, "
         "with a Latin inscription, a founder's mark and the date 1641, taken from a closed church in Podkarpacie, "
         "valued by bell experts far above its metal and above 50,000 EUR: an antique over 100 years old that needs an "
         "EU export licence (116/2009), by "
         "truck at Korczowa to a Lviv 'foundry'; Polish wording (church bells and bronze-scrap covers repeat in several "
         "sets; a bell by road from Poland to Ukraine is the new part)", {"importer_country": "UA"}),
        ("CUL-04", "import", "FRSEA01", "sea", "DJ", [], "FR", "442090",
         "የእጅ ሥራ መስቀሎችና የጸሎት መጻሕፍት, 40 ቁርጥራጭ", "ET", 180, 40, 1200, "USD",
         "tourist crosses and prayer books are new brass castings and paper-printed booklets; these are worn "
         "processional crosses with church inscriptions and Ge'ez manuscripts on parchment with wooden boards, taken from "
         "churches in Tigray during the war: cultural property exported from Ethiopia without authorisation (UNESCO "
         "1970), shipped via Djibouti to a Marseille dealer; Amharic wording (Ethiopian crosses and Ge'ez manuscripts "
         "repeat in several sets; through Djibouti by sea as tourist crafts is the new combination)",
         firm("Galerie Vega SARL", "FR")),
        ("CUL-05", "import", "BEAIR01", "express", "HK", [], "BE", "830629",
         "仿古銅香爐 擺設, 1 件", "CN", 2.4, 1, 1800, "HKD",
         "replica bronze censers are sand-cast brass with a chemical patina that rubs off; this one is a tripod ding with "
         "thick malachite and cuprite crusts grown into the metal, cast inscriptions inside and soil in the legs: a "
         "Western Zhou ritual bronze from a looted tomb, cultural property exported from China without authorisation "
         "(UNESCO 1970), sent by express from Hong Kong to a private person in Brussels; traditional Chinese wording "
         "(ancient Chinese bronzes repeat in several sets; an incense-burner cover appears in two rows, by express to "
         "Brussels is the new part)", person("Jan Peeters", "BE")),
        ("CUL-06", "export", "NLAIR01", "air", "NL", [], "US", "970191",
         "Decoratieve kopie naar Hollandse meester, olieverf op paneel, ingelijst", "NL", 6, 1, 900, "EUR",
         "a decorative copy is on modern board or canvas with fresh paint; this is an oak panel with a bevelled back, "
         "dendrochronology-old wood, craquelure and a Haarlem panel-maker's brand, a 1650s dune landscape worth about "
         "350,000 EUR: a painting over 50 years and over the value threshold that needs an EU export licence "
         "(116/2009), flown from Schiphol to a New York buyer; Dutch wording (Old Masters declared as copies repeat in "
         "several sets; the Dutch wording and route are the new part)", {"importer_country": "US"}),
        ("CUL-07", "transit", "MTSEA01", "sea", "LY", ["MT"], "AE", "680291",
         "تمثال حديقة من الرخام، حديث، 1 قطعة", "LY", 180, 1, 500, "USD",
         "a modern marble garden statue is bright, machine-finished stone; this is a weathered half-figure of a veiled "
         "woman without facial features, roots marks and soil in the pores: a Cyrenaican funerary bust of the Roman "
         "period, cultural property exported from Libya without authorisation (UNESCO 1970), in transit through "
         "Marsaxlokk to Dubai; Libyan Arabic wording (Cyrenaican busts repeat in several sets; a Malta transhipment to "
         "Dubai as a garden statue is the new part)", {"importer_country": "AE"}),
        ("CUL-08", "import", "GRROAD01", "road", "MK", [], "GR", "711719",
         "Бижутерија, метални брошеви и прстени, 300 парчиња", "MK", 1.5, 300, 900, "EUR",
         "costume jewellery is new, plated, uniform and bagged; these are green-corroded bronze bow brooches, rings and "
         "lead seals with soil in the springs, dug with metal detectors near ancient sites: Roman and Byzantine small "
         "finds, cultural property exported from North Macedonia without authorisation (UNESCO 1970), by car at "
         "Evzonoi for a Thessaloniki collector; Macedonian wording (fibulae as jewellery repeat in several sets; by road "
         "from North Macedonia to Greece is the new part)", person("K. Georgiou", "GR")),
        ("CUL-09", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "491191",
         "唐卡印刷海报, 卷轴, 50 幅", "CN", 30, 50, 1500, "USD",
         "printed thangka posters are glossy prints on paper or satin; among these fifty, four are hand-painted on cotton "
         "with mineral pigments, old brocade mounts, soot and monastery inventory marks on the back: 18th-century "
         "Tibetan thangkas, cultural property exported from China without authorisation (UNESCO 1970), by rail to "
         "Duisburg for a Hamburg dealer; Chinese wording (thangkas repeat in several sets; hidden among printed posters "
         "by rail is the new part)", firm("Asiatika Meridian GmbH", "DE")),
        ("CUL-10", "export", "ITPOST01", "post", "IT", [], "US", "482020",
         "Quaderni antichi, carta usata, 3 pezzi", "IT", 2.2, 3, 60, "EUR",
         "old notebooks are 20th-century exercise books; these are three vellum-bound registers of baptisms and "
         "marriages, 1580-1650, from a Calabrian parish: archives over 50 years old, which need an EU export licence "
         "whatever their value (116/2009), posted from Cosenza to a private buyer in Boston; Italian wording (parish "
         "registers repeat in a few sets; as 'old notebooks' by post to the United States is the new part)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", [], "AM", "852589",
         "Überwachungskamera-Module für Haussicherheit, 200 Stk.", "DE", 60, 200, 180000, "EUR",
         "home-security camera modules cost 20-60 EUR; these cost 900 EUR each, have germanium windows and no visible "
         "lens: uncooled 640 x 512 thermal-imaging cores (dual-use, and on the EU list of items banned for Russia), by "
         "truck to a Yerevan 'security distributor' with no local customers that re-exports to Russia; German wording "
         "(thermal cores as surveillance and pet cameras are in blind34 and blind49, kept as a repeat; home-security "
         "modules by truck to Armenia in German is the new part)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "PK", "381400",
         "Lösemittel für Textil-Digitaldrucktinte, 10 Fässer à 220 kg", "DE", 2200, 10, 15000, "EUR",
         "ink solvents for textile printing are glycols and glycol ethers with a full composition sheet; these drums "
         "smell faintly of sulphur and the sheet reads 2,2'-thiodiethanol: thiodiglycol, a Schedule 2 chemical-weapons "
         "precursor (dual-use 1C350) that needs an export licence, flown to a Lahore 'textile printer'; German wording "
         "(thiodiglycol repeats in several sets and ink-solvent covers in two; to Pakistan by air is the new part)",
         {"importer_country": "PK"}),
        ("STR-03", "import", "ITSEA01", "sea", "TR", [], "IT", "441233",
         "Huş kontrplak, 18 mm, Türk menşeli, 1.200 m3", "RU", 780000, None, 420000, "USD",
         "Turkish plywood is poplar or tropical-faced and Türkiye has no birch forests to speak of; these crates carry "
         "birch plywood with Russian mill stamps on the core veneers and a Turkish certificate of origin from a trader "
         "with no press line: Russian birch plywood, whose import is banned (EU 833/2014), for a Venice furniture maker; "
         "Turkish wording (Russian birch plywood repeats in many sets; via Türkiye to Italy is the new part)",
         firm("Mobili Alpina Srl", "IT")),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "AE", "285390",
         "Gedestilleerd water, laboratoriumkwaliteit, 20 vaten à 200 l", "NL", 4430, 20, 1600, "EUR",
         "laboratory distilled water is 1.00 kg/l and worth a few cents a litre; these drums weigh 1.11 kg/l, are sealed "
         "under argon and insured far above the declared value: deuterium oxide (heavy water, dual-use 0C003 "
         "nuclear material) that needs an export licence, for a Jebel Ali trader that supplies Iran; Dutch wording "
         "(heavy water repeats in a few sets as NMR solvent; as distilled water from Rotterdam to Dubai is the new "
         "part)", {"importer_country": "AE"}),
        ("STR-05", "export", "FIAIR01", "express", "FI", [], "GE", "852910",
         "Marine VHF antennas, fibreglass, 12 pcs", "FI", 9, 12, 54000, "EUR",
         "marine VHF whips cost 100-300 EUR; these are 4,500 EUR each, round, flat discs with seven elements and a "
         "controller port: controlled-reception-pattern (anti-jam) GNSS antennas, dual-use and banned for Russia, by "
         "express to a Tbilisi 'yacht chandler' that re-exports to Russia; English wording (anti-jam antennas repeat in "
         "several sets; a marine VHF cover from Finland to Georgia was found in no earlier row)",
         {"importer_country": "GE"}),
        ("STR-06", "export", "PLROAD01", "road", "PL", [], "BY", "940360",
         "Meble używane, przeprowadzka, 1 komplet", "PL", 800, 1, 1500, "EUR",
         "a family's removal van to Brest: used furniture and kitchen appliances are what a removal carries, but the "
         "third item's 'aquarium power supplies' are four 55 kW industrial frequency converters, 80 kg each, with "
         "factory seals: machinery that may not be sold to Belarus (EU 765/2006), hidden as the last item of a three-item "
         "declaration, at Kukuryki; Polish wording (converters and removal covers repeat in several sets; aquarium power "
         "supplies behind a removal to Belarus is the new part)",
         dict({"importer_country": "BY"},
              _more_items=[item("851672", "Tostery i czajniki, używane, 6 szt.", "PL", 12, 60, "EUR", qty=6),
                           item("850440", "Zasilacze do akwarium, 4 szt.", "PL", 320, 200, "EUR", qty=4)])),
        ("STR-07", "import", "NLSEA01", "sea", "OM", [], "NL", "290511",
         "Methanol, grade AA, 20,000 t", "OM", 20000000, None, 6000000, "USD",
         "Omani methanol comes from Sohar with a plant certificate; this cargo was loaded by ship-to-ship transfer off "
         "Khor Fakkan from a tanker that had switched off its tracking near Assaluyeh, and the certificate names no "
         "plant: Iranian methanol, whose import is banned under the reinstated EU Iran sanctions (267/2012), for a "
         "Rotterdam trader; English wording (Iranian petrochemicals under third-country papers repeat in several sets; "
         "methanol via a ship-to-ship transfer is the new part)", firm("Atlantic Methanol Trading BV", "NL")),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "AE", "722220",
         "Barre tonde in acciaio inossidabile 17-4PH (1.4542), 8 t", "IT", 8000, None, 160000, "EUR",
         "17-4PH stainless has 17 % chromium and 4 % nickel and costs about 6-8 EUR/kg; these bars are 20 EUR/kg, the "
         "heat certificate under the sticker shows 18 % nickel, cobalt and molybdenum and almost no chromium, with a "
         "tensile strength of 2,000 MPa: maraging steel (dual-use 1C216), which needs an export licence, for a Sharjah "
         "'valve maker'; Italian wording (maraging steel repeats in many sets, twice as 1.2344 tool steel; a 17-4PH "
         "stainless label was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-09", "transit", "FRAIR01", "air", "JP", ["FR", "TR"], "IR", "950710",
         "釣り竿用カーボンブランク材, 300 kg", "JP", 300, 40, 96000, "USD",
         "rod blanks are tapered, finished tubes; these are unidirectional carbon-fibre tows on 40 spools with a "
         "modulus and tensile-strength sheet of a T800-class aerospace fibre: carbon fibre (dual-use 1C010) bound for "
         "Tehran, in air transit through Paris and Istanbul; Japanese wording (carbon fibre as fishing-rod material "
         "repeats in several sets; air transit through Paris is the new part)", {"importer_country": "IR"}),
        ("STR-10", "export", "EEPOST01", "post", "EE", [], "KG", "950300",
         "Laste robootikakomplektid, 10 tk", "EE", 4, 10, 9000, "EUR",
         "children's robotics kits cost 50-150 EUR; these cost 900 EUR each and hold high-end FPGA development boards "
         "with no motors or wheels: programmable logic on the EU list of items banned for Russia, posted from Tallinn to "
         "a Bishkek private address that forwards to Russia; Estonian wording (FPGAs repeat in several sets; a "
         "children's robotics cover was found in no earlier row)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "express", "MY", [], "NL", "060290",
         "Kultur tisu tumbuhan karnivor dalam botol, 20 botol", "MY", 3, 20, 200, "USD",
         "tissue-culture flasks hold sterile agar with tiny plantlets; these are bare-root mature rosettes in damp moss "
         "with soil and insect damage, pitchers the size of a fist: wild-collected Nepenthes rajah (CITES Appendix I) "
         "from Sabah, sent by express to a Dutch grower without permits; Malay wording (Nepenthes repeats in several "
         "sets; as tissue-culture flasks from Malaysia is the new part)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "ESSEA01", "sea", "EC", [], "ES", "030449",
         "Lomos de pez espada congelados, 18 t", "EC", 18000, None, 108000, "USD",
         "swordfish loins are pale pink-beige with a dark red bloodline; these are white, firm and shark-smelling when "
         "thawed, and DNA reads Isurus oxyrinchus: shortfin mako (CITES Appendix II) without export permits, from Manta "
         "to Vigo; Ecuadorian Spanish wording (mako as swordfish repeats in several sets; the Manta-Vigo route is the "
         "new part)", firm("Pescados Orion SL", "ES")),
        ("WLF-03", "import", "BEPOST01", "post", "TH", [], "BE", "030695",
         "กุ้งแห้ง 2 กก.", "TH", 2, 1, 60, "USD",
         "dried shrimp are small, pink-orange and curled; this bag holds dried, brown, horse-headed fish with bony rings "
         "and curled tails: dried seahorses (Hippocampus, CITES Appendix II) without a permit, "
         "posted from Bangkok to a private person in Antwerp; Thai wording (seahorses repeat in many sets and as dried shrimp "
         "in blind47, kept as a repeat; posted from Thailand to Belgium in Thai is the new part)", person("Particulier", "BE")),
        ("WLF-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "961519",
         "牦牛角梳子, 2,000 把", "CN", 200, 2000, 4000, "USD",
         "yak-horn combs are black and opaque; these are amber-translucent, ridged at the base, and the case holds 40 kg "
         "of the same horn as shavings: saiga antelope horn (CITES Appendix II) without a permit, by rail to Małaszewicze "
         "for a Warsaw 'traditional-medicine' shop; Chinese wording (saiga horn repeats in many sets and horn covers in "
         "several; yak-horn combs by rail is the new part)", firm("Zdrowie Meridian Sp. z o.o.", "PL")),
        ("WLF-05", "import", "CZPOST01", "post", "MX", [], "CZ", "120999",
         "Semillas de cactus surtidas, 50 sobres", "MX", 0.9, 50, 40, "USD",
         "seed packets are flat, light envelopes of tiny black seeds; these are lumpy and each holds a grey, star-shaped, "
         "dug plant with a long taproot and soil: wild Ariocarpus kotschoubeyanus (CITES Appendix I), posted from San "
         "Luis Potosí to a Czech collector; Mexican Spanish wording (Ariocarpus repeats in several sets; seed packets by "
         "post to Czechia is the new part)", person("Osoba soukromá", "CZ")),
        ("WLF-06", "import", "GBAIR01", "air", "IN", [], "GB", "121190",
         "Angelica root, dried, cut (choraka), 300 kg", "IN", 300, None, 2400, "USD",
         "angelica root is pale, sweet-smelling and light; this is a brown, oily, heavy root with a strong, sweetish-"
         "rancid smell and the Hindi 'kuth' on the inner sacks: costus root (Saussurea costus, CITES Appendix I), flown "
         "from Delhi to a London herb wholesaler; English wording with a Hindi name (costus repeats in several sets; an "
         "angelica cover was found in two rows, by air to London is the new part)", firm("Herbs Horizon Ltd", "GB")),
        ("WLF-07", "transit", "ESSEA01", "sea", "GM", ["ES"], "CN", "440349",
         "Grumes d'afzelia (doussié), 20 conteneurs", "SN", 500000, None, 150000, "USD",
         "afzelia is a pale-brown, coarse wood; these logs are deep red-brown, smell of roses when cut and weep red sap: "
         "kosso (Pterocarpus erinaceus, CITES Appendix II, under trade suspensions for several West African range states) "
         "from Casamance, "
         "loaded in Banjul and in transit through Valencia to China; French wording (kosso repeats in many sets; "
         "transhipment through Valencia as afzelia is the new part)", {"importer_country": "CN"}),
        ("WLF-08", "import", "FRAIR01", "express", "ZA", [], "FR", "210690",
         "Green-tea slimming capsules, 12 x 60 caps", "ZA", 1.2, 12, 120, "USD",
         "green-tea capsules hold green powder that smells of tea; these hold a bitter, beige powder of dried succulent "
         "stems and a lab note reads P57: Hoodia gordonii (CITES Appendix II), sent by express from Cape Town to a private "
         "person in Lille without a permit; South African English wording (Hoodia repeats in several sets; a green-tea "
         "cover was found in none of them)", person("Sophie Bernard", "FR")),
        ("WLF-09", "import", "DEAIR01", "air", "TZ", [], "DE", "440799",
         "Hardwood billets for woodturning, 500 kg", "TZ", 500, 400, 12000, "USD",
         "woodturning billets are light hardwoods at a few dollars a kilo; these are black, dense billets (1.2 kg/dm3) "
         "with wax-sealed ends cut to clarinet and bagpipe-chanter sizes: African blackwood (Dalbergia melanoxylon, CITES "
         "Appendix II), flown from Dar es Salaam to an instrument workshop near Nuremberg without a permit; English "
         "wording (blackwood repeats in several sets; as woodturning billets to Germany is the new part)",
         firm("Holzblas Vega GmbH", "DE")),
        ("WLF-10", "import", "NLSEA01", "sea", "ID", [], "NL", "940152",
         "Kursi rotan, 200 buah", "ID", 2400, 200, 9000, "USD",
         "a Javanese furniture container for a Utrecht shop: rattan chairs and teak ornaments are what it holds, but the "
         "third item's 'decorative shells' are 800 heavy, fluted, half-metre bivalve valves with growth rings: giant "
         "clam shells (Tridacna, CITES Appendix II) without permits, hidden as the last item of a three-item "
         "declaration; Indonesian wording (giant clams repeat in many sets; behind a rattan-furniture container is the "
         "new part)",
         dict(firm("Wonen Orion BV", "NL"),
              _more_items=[item("442199", "Hiasan kayu jati, 500 buah", "ID", 1500, 2500, "USD", qty=500),
                           item("050800", "Kerang hias untuk dekorasi, 800 buah", "ID", 3200, 1600, "USD", qty=800)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEROAD01", "road", "CH", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (brass-instrument restoration)", "CH", 2.8, 2, 60, "CHF",
     [("PRECURSOR_LICENCE", "DE-BW-43-0117")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "CA", "BE", "284700",
     "Hydrogen peroxide 35 %, 2 x 4 l, for a licensed private user (maple-sap evaporator care)", "CA", 9, 2, 120, "CAD",
     [("PRECURSOR_LICENCE", "BE-SPF-43-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "284290",
     "Spent mercury-laden molecular sieve from gas processing, for mercury recovery at a licensed plant, 60 t", "NO",
     60000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-43-0141")],
     "notified spent adsorbent to a licensed mercury-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854929",
     "Shredded printed-circuit-board waste (A1180), for precious-metal recovery at a licensed smelter, 24 t", "CH",
     24000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-43-0388")],
     "notified board waste to a licensed precious-metal smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1301, recycled, 10 cylinders, for aircraft cargo-hold fire suppression (critical use)", "US", 450, 10,
     9000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-43-004")], "recycled halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "GB", "DE", "290377",
     "CFC-113, analytical grade, 10 x 1 l, for laboratory oil-in-water analysis", "GB", 16, 10, 900, "GBP",
     [("ODS_LICENCE", "DE-UBA-ODS-43-011")], "CFC-113 for a licensed laboratory and analytical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Dune landscape, oil on oak panel, Haarlem, about 1650, from a documented private collection, sold at auction",
     "NL", 6, 1, 340000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-43-0092")],
     "Old Master painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Notarial protocol register, Naples, 1612-1618, documented provenance, sold at auction", "IT", 3.5, 1, 9000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-43-0213")], "archive over 50 years exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "NO", "852589",
     "Uncooled thermal-imaging cores 640 x 512, 50 units, for a Norwegian firefighting-camera maker", "DE", 15, 50,
     45000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-43-2271"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-43-0045")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "US", "293090",
     "Thiodiglycol, 4 drums of 220 kg, for a US textile-dye and lubricant-additive maker", "DE", 880, 4, 6000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-43-2304"), ("END_USER_CERTIFICATE", "US-DOC-EUC-43-0118")],
     "Schedule 2 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TZ", "DE", "440799",
     "African blackwood (Dalbergia melanoxylon) clarinet billets from a certified community forest, 200 kg", "TZ",
     200, 160, 6000, "USD", [("CITES_PERMIT", "TZ-MNRT-43-0207")], "App. II blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "NA", "ES", "030381",
     "Frozen shortfin mako (Isurus oxyrinchus), South Atlantic, exported under a non-detriment finding, 6 t", "NA",
     6000, None, 30000, "USD", [("CITES_PERMIT", "NA-MFMR-43-0066")], "App. II mako with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Lena Wagner", "PRM-02": "Mme L. Dupont", "PRM-03": "Métaux Rivage SA",
    "PRM-05": "Horizon Aero Maintenance BV", "PRM-07": "Hudson Harbor Art Trust",
    "PRM-11": "Holzblas Vega GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330730", "Herbal foot-bath salt, sea salt and chamomile, 1 kg", "import", ["post"], ["UA", "GB"], (6, 12), (1, 4), ["EUR", "GBP"], 1, S),
    ("340290", "Brass-instrument valve cleaner, citric, 100 ml", "import", ["road"], ["CH"], (6, 10), (1000, 4000), ["CHF", "EUR"], 8, S),
    ("340290", "Fountain-pen flush, water-based, 250 ml", "import", ["express"], ["TW", "JP"], (15, 30), (1, 3), ["USD", "TWD"], 3, S),
    ("250100", "Salo-curing salt, sodium chloride with 0.6 % nitrite, 1 kg", "import", ["rail"], ["UA"], (0.3, 0.6), (15000, 22000), ["USD"], 1, S),
    ("330590", "Hair developer cream 6 % (20 vol), 1 l", "import", ["air"], ["BR", "US"], (2, 4), (200, 800), ["USD"], 1, S),
    ("340290", "Efflorescence remover for brick, sulfamic-acid based, 5 l", "import", ["road"], ["BA", "RS"], (1.5, 3), (2000, 6000), ["EUR"], 0.2, S),
    ("250100", "Koi pond salt, sodium chloride, 2.5 kg", "import", ["post"], ["GB"], (2, 5), (1, 5), ["GBP"], 0.4, S),
    ("170490", "Sherbet powder, citric acid, bicarbonate and sugar, 1 lb", "import", ["express"], ["US", "GB"], (8, 16), (1, 3), ["USD", "GBP"], 2, S),
    ("960390", "Pool brushes and leaf skimmer nets", "import", ["sea"], ["CN"], (2, 4), (1500, 5000), ["USD"], 0.6, S),
    ("283620", "Pool pH-plus granules, sodium carbonate, 1 kg tubs", "import", ["sea"], ["CN", "TR"], (0.6, 1), (8000, 18000), ["USD"], 1, S),
    ("340290", "Maple-evaporator pan cleaner, mild acid, 4 l", "import", ["air"], ["CA"], (4, 8), (100, 400), ["CAD"], 0.25, S),
    ("284290", "Zeolite 4A molecular-sieve beads, new, sealed drums", "export", ["sea"], ["IN", "EG"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("271312", "Calcined petroleum coke, anode grade, new production", "export", ["sea"], ["IN", "AE"], (0.4, 0.6), (20000, 26000), ["USD"], None, S),
    ("382000", "Antifreeze concentrate, new, sealed 20 l cans", "export", ["road"], ["UA", "MD"], (1.5, 3), (4000, 12000), ["EUR"], 0.05, S),
    ("370790", "Photographic fixer concentrate, new, sealed", "export", ["road"], ["RS", "UA"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("251110", "Drilling-grade barite, API 13A, new, big bags", "export", ["sea"], ["NG", "GH"], (0.15, 0.3), (20000, 26000), ["EUR"], None, S),
    ("842123", "Spin-on oil filters, new, boxed", "export", ["sea"], ["LY", "EG"], (4, 8), (3000, 8000), ["EUR"], 2, S),
    ("390761", "PET resin, bottle grade, virgin chips", "export", ["sea"], ["VN", "EG"], (1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("940290", "Hospital beds, new, electric", "export", ["sea"], ["CM", "SN"], (8, 14), (3000, 8000), ["EUR"], 0.01, S),
    ("381400", "Conformal-coating thinner, xylene-based, 20 l", "import", ["air"], ["CN"], (3, 6), (200, 800), ["USD"], 0.05, S),
    ("340290", "Sticker-residue remover, citrus-based, 16 oz", "import", ["post"], ["US"], (8, 15), (1, 3), ["USD"], 2, S),
    ("340290", "Film-cleaning fluid, isopropanol-based, 1 l", "import", ["express"], ["IN", "US"], (10, 20), (1, 3), ["USD", "INR"], 1, S),
    ("290313", "Chloroform, technical grade, 250 kg drums", "import", ["sea"], ["CN", "IN"], (0.8, 1.3), (12000, 20000), ["USD"], None, S),
    ("460219", "Palm-leaf baskets and fans, new", "import", ["post"], ["MM", "LK"], (10, 20), (1, 3), ["USD"], 5, S),
    ("680299", "Painted stone-slab wall decorations, new", "import", ["express"], ["CN", "VN"], (20, 40), (1, 3), ["USD"], 0.5, S),
    ("442090", "Carved wooden crosses and bookstands, new", "import", ["sea"], ["ET", "IN"], (4, 8), (1000, 4000), ["USD"], 1, S),
    ("830629", "Brass incense burners, new, cast", "import", ["express"], ["HK", "IN"], (30, 60), (1, 3), ["USD", "HKD"], 0.5, S),
    ("970191", "Decorative oil paintings on canvas, new, signed by the painter", "export", ["air"], ["US", "CA"], (40, 100), (50, 200), ["EUR"], 0.3, S),
    ("680291", "Marble garden statues, new, machine-carved", "import", ["sea"], ["TR", "EG"], (1.5, 3), (4000, 12000), ["USD"], 0.01, S),
    ("711719", "Costume-jewellery brooches, base metal, new", "import", ["road"], ["MK", "TR"], (30, 60), (200, 800), ["EUR"], 30, S),
    ("491191", "Printed thangka posters on satin, new", "import", ["rail"], ["CN"], (10, 20), (1000, 3000), ["USD"], 5, S),
    ("482020", "Leather-bound notebooks, antique look, new", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("852589", "Home-security camera modules, visible light", "export", ["road"], ["AM", "RS"], (80, 150), (200, 1000), ["EUR"], 10, S),
    ("381400", "Textile ink-jet solvent, glycol-ether based", "export", ["air"], ["PK", "BD"], (3, 6), (500, 2000), ["EUR"], None, S),
    ("441233", "Poplar plywood, 18 mm, Turkish mill", "import", ["sea"], ["TR"], (0.6, 0.9), (18000, 24000), ["USD"], None, S),
    ("285390", "Distilled water, laboratory grade, 200 l drums", "export", ["sea"], ["AE", "MA"], (0.2, 0.5), (4000, 12000), ["EUR"], None, S),
    ("852910", "Marine VHF whip antennas, fibreglass", "export", ["express"], ["GE", "NO"], (60, 120), (1, 4), ["EUR"], 1, S),
    ("950300", "Children's robotics kits, motors and sensors", "export", ["post"], ["KG", "US"], (30, 60), (1, 4), ["EUR"], 1, S),
    ("950710", "Carbon fishing rods, finished, telescopic", "import", ["air"], ["JP", "KR"], (40, 80), (50, 200), ["USD", "JPY"], 2, S),
    ("121190", "Dried chamomile flowers, herbal tea", "import", ["air"], ["IN", "EG"], (4, 8), (100, 400), ["USD"], None, S),
    ("210690", "Green-tea extract capsules, food supplement", "import", ["express"], ["ZA", "US"], (40, 80), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("690721", "Glazed porcelain floor tiles", "import", ["sea"], ["IN", "TR"], (0.5, 1), (18000, 24000), ["USD", "EUR"], 0.05, N),
        ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "VN"], (10, 18), (2000, 6000), ["USD"], 3, N),
        ("630260", "Cotton terry bath towels", "import", ["sea", "road"], ["PK", "TR"], (6, 10), (2000, 8000), ["USD", "EUR"], 2, N),
        ("732410", "Stainless-steel kitchen sinks", "import", ["sea"], ["CN"], (3, 5), (3000, 9000), ["USD"], 0.2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind103", 20430501, HERE)


if __name__ == "__main__":
    main()
