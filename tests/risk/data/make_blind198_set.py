#!/usr/bin/env python3
"""Writes the hundred-and-ninety-eighth blind set (tests/risk/data/blind198-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: shipbuilding, ship repair and
ship recycling (shipyards and their tool and consumables suppliers, ship-breaking plots and
the markets behind them, dry docks and repair yards, marine equipment makers, salvage and
wreck-removal contractors).
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
would. Ids are BL198-*:

    python3 tests/risk/data/make_blind198_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "air", "PH", [], "NL", "381090",
         "Flux nga pulbos para sa silver brazing sa tubo nga copper-nickel, 500 g nga garapon, 60 ka garapon", "PH",
         30, 60, 540, "USD",
         "silver-brazing flux for copper-nickel sea-water piping is a white borate-and-fluoride powder that melts to a "
         "clear glass on the joint and never burns; these 60 jars hold glossy, tasteless crystals that spit violet "
         "sparks on a hot plate, flash with a pinch of sugar and whose inner bags read 'KClO3', for a Rotterdam "
         "welding-supply web shop that sells 500 g jars to anyone: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Cebu, the Balamban shipyards' supply town; Cebuano "
         "wording (potassium chlorate repeats in many sets; a silver-brazing-flux label appears once, on a strategic "
         "good in blind96; on a precursor, from a Philippine shipyard supplier, it is the new part as far as a "
         "keyword search found)", firm("Horizon Lasbenodigdheden BV", "NL")),
        ("PRE-02", "export", "ITSEA01", "sea", "IT", ["DJ"], "SO", "381090",
         "Flusso agglomerato per saldatura ad arco sommerso, sacchi da 25 kg, 800 sacchi", "IT", 20000, 800, 36000,
         "EUR",
         "agglomerated submerged-arc welding flux is an irregular, grey-brown granule that fuses into a glassy slag "
         "over the weld and comes with a wire-flux classification; these 800 sacks hold smooth, white, uniform prills "
         "that turn ice-cold in water and test at 34 % N, for a 'dry dock' at Berbera that owns no submerged-arc "
         "tractor and no plate line: ammonium nitrate, an IED component whose supply to Somalia the UN ban "
         "(Resolution 2662 and its successors, applied by Regulation 356/2010) forbids, shipped from Genoa and "
         "transhipped at Djibouti; Italian wording (ammonium nitrate repeats in many sets and Somaliland in two; a "
         "welding-flux label was found in no earlier row by a keyword search)",
         {"importer_name": "Berbera Marine Dockyard Co", "importer_country": "SO"}),
        ("PRE-03", "import", "FRAIR01", "express", "JP", [], "FR", "271019",
         "磁粉探傷検査液用キャリアオイル（低臭タイプ）、4 L 缶 1 本", "JP", 4.6, 1, 6800, "JPY",
         "a magnetic-particle inspection carrier is a light, odourless petroleum distillate of 0.80 kg/l that floats "
         "on water and burns; this can holds an oily liquid of 1.14 kg/l that sinks, partly mixes with water, smells "
         "faintly fruity and does not take a particle suspension, and the filler's drum label copied onto the invoice "
         "annex reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Kobe to a private person in "
         "Saint-Nazaire, although flammable liquids travel by express only as declared dangerous goods; Japanese "
         "wording (nitromethane repeats in many sets; a magnetic-particle carrier label appears once, on an "
         "ozone-depleting substance for aircraft in blind191; on nitromethane it is the new part)",
         person("M. T. Dubois", "FR")),
        ("PRE-04", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "381010",
         "Paslanmaz çelik kaynak dikişi temizleme makineleri için elektrolit, 5 litre bidon, 400 bidon", "TR", 2800,
         400, 3200, "EUR",
         "weld-cleaning electrolyte for stainless pipe seams is a phosphoric-acid gel or liquid of about 1.3 kg/l "
         "that does not fume; these 400 cans hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the "
         "skin, eats a copper coin and is not thick at all, for a Constanța welding and NDT shop that sells 5 l cans "
         "over the counter to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, in a lorry from the Tuzla shipyard district through Bulgaria at Giurgiu; Turkish wording "
         "(nitric acid repeats in many sets; a weld-cleaning-electrolyte label was found in no earlier row by a "
         "keyword search)", firm("Delta NDT Supply SRL", "RO")),
        ("PRE-05", "import", "GRSEA01", "sea", "CN", [], "GR", "340399",
         "环保型艉轴管润滑油（EAL，合成酯），20 升桶，200 桶", "CN", 3700, 200, 9000, "USD",
         "an environmentally acceptable stern-tube lubricant is a synthetic ester of 0.92 kg/l, smooth and odourless, "
         "that floats on water; these 200 pails weigh twice what their volume allows on the Piraeus weighbridge "
         "(1.84 kg/l), their contents char a wooden spatula, grow hot with a splash of water and smell of nothing, "
         "for a Perama chandler that sells 20 l pails to yacht owners and the public: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, by sea from Zhoushan; Chinese wording "
         "(sulphuric acid repeats in many sets; a stern-tube lubricant label was found in no earlier row by a "
         "keyword search)", firm("Vega Naftiliaka Efodia AE", "GR")),
        ("PRE-06", "import", "DESEA01", "sea", "SG", [], "DE", "382499",
         "Nitrite-borate cooling water treatment for marine diesel jacket water, powder, 2 kg tubs, 1,500 tubs", "SG",
         3000, 1500, 9000, "USD",
         "nitrite-borate jacket-water treatment is a pale-yellow powder that tints the water and reads on a nitrite "
         "test strip; these 1,500 tubs hold a snow-white, very soluble powder that draws damp, gives no nitrite "
         "reading and flares with sugar, and the inner liners read 'NaClO4·H2O', for a Hamburg ship-supply store "
         "that sells tubs at its counter and web shop to boat owners and the public: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Singapore; Singapore English wording "
         "(sodium perchlorate repeats in many sets and nitrite labels in several, on curing salts; a jacket-water "
         "treatment label was found in no earlier row by a keyword search)", firm("Nordhafen Schiffsbedarf GmbH", "DE")),
        ("PRE-07", "import", "PTSEA01", "sea", "BR", [], "PT", "283990",
         "Pó alcalino para limpeza de porões de graneleiros, à base de metassilicato de sódio, baldes de 5 kg, 2.000 baldes",
         "BR", 10000, 2000, 7000, "USD",
         "hold-cleaning powder for bulk carriers is a white, soapy-feeling sodium metasilicate blend that grows warm "
         "and slippery in water and smells of detergent; these 2,000 pails hold clear, cubic, salty-cold crystals "
         "that are not slippery at all, crackle and flare yellow on a gas ring and carry CAS 7775-09-9 on the "
         "factory sheet, for a Setúbal ship-supply store that sells pails to the public: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Santos; Brazilian Portuguese wording "
         "(sodium chlorate repeats in many sets and sodium metasilicate once, in blind184; a hold-cleaning label "
         "was found in no earlier row by a keyword search)", firm("Atlântico Abastecimento Naval Lda", "PT")),
        ("PRE-08", "export", "DESEA01", "sea", "DE", ["MT"], "LY", "780600",
         "Bleiummantelte Kupfer-Erdungsbänder für Schiffsanoden, Rollen zu 25 m, 120 Rollen", "DE", 2400, 120, 14000,
         "EUR",
         "lead-sheathed earthing strip is a soft, flat, solid ribbon that bends cold and shows bright copper when "
         "cut; these rolls are chevron-profiled lead sheaths around a pale core, the X-ray shows a hollow V with a "
         "low-density filling, the trace detector alarms for RDX and a separate box holds detonator clips: flexible "
         "linear cutting charges (explosives, 1.1D) for a Misrata 'wreck removal' contractor, exported without an "
         "export licence and against the Libya arms embargo (Regulation 2016/44), shipped from Bremerhaven and "
         "transhipped at Marsaxlokk; German wording (shaped charges were found once, in blind2; linear cutting "
         "charges under an earthing-strip label were found in no earlier row by a keyword search)",
         {"importer_name": "Misrata Salvage and Wreck Removal Co", "importer_country": "LY"}),
        ("PRE-09", "import", "BGSEA01", "sea", "GE", [], "BG", "382290",
         "კალიუმის ქლორიდის გაჯერებული ხსნარი საცნობარო ელექტროდებისთვის, 1 ლ ბოთლი, 2 400 ბოთლი", "GE", 2710,
         2400, 3600, "USD",
         "saturated potassium chloride filling solution for cathodic-protection reference electrodes is a bitter-salty "
         "liquid of 1.17 kg/l that dries to white cubic crystals; these bottles have vented caps, hold a liquid of "
         "1.13 kg/l that fizzes on a rusty nail, whitens the skin and dries to nothing, for a Varna "
         "cathodic-protection and chandlery shop that sells 1 l bottles to the public: about 35 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, by sea from Batumi; Georgian wording "
         "(hydrogen peroxide repeats in many sets; a reference-electrode solution label was found in no earlier row "
         "by a keyword search)", firm("Orion Marine Service EOOD", "BG")),
        ("PRE-10", "import", "ESSEA01", "sea", "MY", [], "ES", "250900",
         "Serbuk kapur putih isian tali penanda (chalk line), botol 1 kg, 3.000 botol", "MY", 3000, 3000, 3300, "USD",
         "shipfitters' chalk-line refill is soft calcium carbonate that fizzes in vinegar and leaves a dusty white "
         "line on plate; these 3,000 bottles hold a slippery, crystalline white powder that does not fizz, does not "
         "mark steel, burns fiercely with sugar and whose drums in the same container read 'KClO4', for a Cádiz "
         "shipyard-tool shop that sells bottles to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Port Klang; Malay wording (potassium perchlorate "
         "repeats in many sets and chalk-like covers in several; a chalk-line refill label was found in no earlier "
         "row by a keyword search)", firm("Rivage Herramientas Navales SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "GRSEA01", "sea", "GR", [], "PK", "850720",
         "Συσσωρευτές μολύβδου-οξέος έλξης, μεταχειρισμένοι, σε λειτουργία, 2 V 11.000 Ah, 240 στοιχεία", "GR",
         120000, 240, 60000, "EUR",
         "used traction cells sold for reuse come capacity-tested, cleaned and sealed; these 240 two-metre cells, "
         "lifted out of a decommissioned submarine being broken up at a Salamis yard, have cracked lids, sulphated "
         "plates and acid pooling in the crates, and hold some 60 t of lead: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Piraeus to Karachi for a 'UPS maker'; "
         "Greek wording (lead-acid batteries repeat in many sets; a submarine battery sold as traction cells was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-02", "export", "ROROAD01", "road", "RO", [], "UA", "262030",
         "Zgură de cupru granulată, abraziv nou pentru sablare, saci big-bag, 22 t", "RO", 22000, None, 1100, "EUR",
         "new copper-slag abrasive is black, glassy, sharp and dry, in sealed bags with a grading sheet; these bags "
         "hold grey, dusty, rounded grit mixed with flakes of red and black paint that read copper, zinc and tin, "
         "swept off a Galați dry-dock floor after hull blasting: spent blasting grit with antifouling paint "
         "(12 01 16*), hazardous waste whose export to a non-OECD country is banned, in lorries over the "
         "Isaccea-Orlivka ferry for an Izmail 'ship-repair' yard; Romanian wording (spent copper slag from dry docks "
         "repeats in several sets, blind23, blind65 and blind139 among them, kept as a known repeat; from a Danube "
         "yard to Izmail by road is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "NG", "850164",
         "Scheepsalternatoren en hoofdschakelborden, gebruikt, getest, 14 stuks", "BE", 38000, 14, 21000, "EUR",
         "tested second-hand ship alternators come cleaned, megger-tested and crated with a report; these 14 "
         "alternators and their switchboards were cut out of a 1980s ro-ro at a Ghent recycling yard with cable tails "
         "still attached, carry capacitor banks marked 'Clophen' and arc chutes of asbestos board: equipment "
         "containing PCBs and asbestos (16 02 09*, 16 02 12*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Onne; Flemish wording (PCB capacitors repeat in a few sets, blind43 among them; "
         "switchboards from a ship-recycling yard were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-04", "export", "DKSEA01", "sea", "DK", [], "GH", "250810",
         "Bentonitler til teglproduktion, big bags, 24 t", "DK", 24000, None, 1200, "EUR",
         "bentonite for brick-making is a dry, cream-grey powder that swells into a gel in water; these bags hold a "
         "black, damp, greasy filter cake that smells of fuel oil and reads vanadium, nickel and PAHs, pressed from "
         "the wash water of exhaust-gas scrubbers at a Frederikshavn retrofit and repair yard: scrubber (EGCS) "
         "residues, hazardous waste whose export to a non-OECD country is banned, from Aarhus to Tema; Danish wording "
         "(bentonite labels repeat in a few sets on other wastes; scrubber wash-water sludge was found in no earlier "
         "row by a keyword search)", {"importer_country": "GH"}),
        ("WST-05", "export", "LTROAD01", "road", "LT", ["PL"], "UA", "630790",
         "Naudotos sorbentinės užtvaros ir paklotai, išvalyti, pakartotiniam naudojimui, 18 t", "LT", 18000, None,
         900, "EUR",
         "sorbent booms and pads are used once and burnt; these bales are polypropylene booms and pads soaked black "
         "with heavy fuel oil from a bunker spill at a Klaipėda repair quay, wrung out but dripping and smelling of "
         "fuel: absorbents contaminated by oil (15 02 02*), hazardous waste whose export to a non-OECD country is "
         "banned, by lorry through Poland for a Lviv 'industrial cleaning' firm; Lithuanian wording (oiled sorbent "
         "booms repeat in a few sets, blind59 and blind146; kept as a known repeat, from a Lithuanian repair quay by "
         "road to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-06", "export", "FISEA01", "sea", "FI", [], "TR", "283650",
         "Kalsiumkarbonaattiliete päällystyspaperin valmistukseen, IBC-kontit, 40 t", "FI", 40000, None, 2000, "EUR",
         "coating-grade calcium carbonate slurry is a brilliant-white, 75 % solids, creamy liquid with a brightness "
         "certificate; these IBCs hold a grey, gritty, water-logged sludge with red, black and green paint flakes that "
         "reads copper, zinc and organotin, the settled water of ultra-high-pressure hydroblasting in a Rauma dry "
         "dock: paint-removal sludge with antifouling residues (12 01 16*, 08 01 17*), hazardous waste shipped to an "
         "OECD country without the notification and consent it needs, from Rauma to Gebze; Finnish wording "
         "(antifouling residues repeat in many sets; hydroblasting sludge under a coating-slurry label was found in "
         "no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("WST-07", "export", "BGSEA01", "sea", "BG", [], "TR", "720449",
         "Стоманен скрап HMS 1&2 (80:20), нарязан, 3 000 т", "BG", 3000000, None, 1050000, "USD",
         "HMS 1&2 is clean, cut, loose steel with no coatings, liquids or non-metallic attachments; this cargo is hull "
         "sections chain-cut from the wreck of a capsized general-cargo ship removed off Varna, with fuel oil in the "
         "double-bottom sections, asbestos lagging on pipe runs and tin-based paint on the shell plating: a mixture "
         "of hazardous waste shipped to an OECD country as green-listed scrap, without the notification and consent "
         "it needs, from Varna to an Aliağa steel mill; Bulgarian wording (HMS labels repeat in several sets; "
         "wreck-removal sections were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("WST-08", "export", "PLSEA01", "sea", "PL", [], "GE", "340399",
         "Koncentrat chłodziwa do obróbki skrawaniem, emulsyjny, beczki 200 l, 120 beczek", "PL", 24000, 120, 4800,
         "EUR",
         "a soluble cutting-fluid concentrate is a clear, amber oil that turns milky only when mixed with water; these "
         "120 drums hold a grey, rancid, already-milky emulsion with bronze swarf and a skin of tramp oil, drained "
         "from the machining centres of an Elbląg propeller works: waste machining emulsions (12 01 09*), hazardous "
         "waste whose export to a non-OECD country is banned, from Gdynia to Poti; Polish wording (cutting-fluid "
         "labels repeat in several sets; from a propeller works to Georgia is the new part as far as a search "
         "found)", {"importer_country": "GE"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "SN", "271019",
         "Fuelóleo mariño RMG 380, en cisternas ISO, 60 t", "ES", 60000, None, 21000, "EUR",
         "RMG 380 is a homogeneous, black fuel oil with a bunker delivery note and a test certificate; these ISO tanks "
         "hold a layered, brown, water-logged mousse with sand, seaweed and shell grit that will not burn in an "
         "engine, pumped out of the fuel tanks of a trawler that sank off Fisterra by a Vigo salvage firm: oil from "
         "wreck lightering, oily waste (13 07 01*, 16 07 08*) whose export to a non-OECD country is banned, from "
         "Vigo to Dakar for a 'bunker trader'; Galician wording (oily waste under fuel-oil labels repeats in several "
         "sets; oil from wreck lightering was found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "NG", "850211",
         "Scheepsdieselgenerator 250 kVA, gebruikt, draaiend, 1 stuk", "NL", 4200, 1, 9000, "EUR",
         "a second-hand marine-equipment container for a Lagos ship-repair yard: a used diesel generator and an "
         "anchor winch are what Dutch repair yards sell on to West Africa, but the third item's 'hydraulische olie "
         "ISO VG 46' is 40 drums of black, water-laden, metal-flecked oil drained from deck cranes and stern ramps "
         "at a Schiedam yard: waste hydraulic oil (13 01 10*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration, from Rotterdam to Lagos; Dutch wording "
         "(waste hydraulic oil repeats in several sets; behind a ship's generator and winch is the new part as far "
         "as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("842539", "Ankerlier, hydraulisch, gebruikt, 1 stuk", "NL", 3800, 2500, "EUR", qty=1),
                           item("271019", "Hydraulische olie ISO VG 46, vaten 200 l, 40 vaten", "NL", 7200, 1600, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "731100",
         "खाली CO2 अग्निशमन सिलेंडर, हाइड्रोस्टैटिक पुनःपरीक्षण हेतु, 67 लीटर, 150 नग", "IN", 12000, 150, 6000,
         "USD",
         "empty CO2 fire-system cylinders sent for re-test travel vented, with their valves open or removed, at about "
         "80 kg each; these 150 red cylinders, bought from a ship-breaking plot at Alang, keep their valves, read "
         "42 bar on the test gauge, weigh some 70 kg more than the declared empties on the Genoa weighbridge and "
         "their old stencils read 'BTM 1301': halon 1301 (bromotrifluoromethane), whose import into the Union is "
         "banned outside licensed critical uses, by sea from Pipavav to Genoa for a marine fire-service firm; Hindi "
         "wording (halon 1301 repeats in many sets and ships' CO2-system cylinders as its cover in several, blind104, "
         "blind128, blind138, blind142 and blind144 among them; kept as a known repeat, from an Alang breaking plot "
         "with a Hindi label to Genoa is the new part as far as a search found)",
         firm("Meridian Antincendio Navale Srl", "IT")),
        ("OZN-02", "import", "PLSEA01", "sea", "BD", [], "PL", "841430",
         "পুনর্নির্মিত রেফ্রিজারেশন কম্প্রেসর ইউনিট, জাহাজের প্রভিশন প্ল্যান্ট, R-134a সহ, ২৪টি", "BD", 9600, 24,
         36000, "USD",
         "reconditioned provision-plant condensing units for R-134a come pumped down with a nitrogen holding charge "
         "and a new rating plate; these 24, taken off ships beached at Sitakunda, hold 30 kg of refrigerant each, "
         "their sight glasses show mineral oil and a gas test gives chlorodifluoromethane under the new R-134a "
         "stickers: equipment containing HCFC-22, whose import into the Union is banned, by sea from Chattogram to "
         "Gdynia for a Gdańsk ship-repair contractor; Bengali wording (HCFC-22 equipment repeats in many sets and "
         "provision plants in two, blind5 and blind174; reconditioned units from the Sitakunda breaking beaches are "
         "the new part)", firm("Central Chłodnictwo Okrętowe Sp. z o.o.", "PL")),
        ("OZN-03", "import", "FRSEA01", "sea", "KR", [], "FR", "392113",
         "LNG 화물창 단열 패널 (강화 폴리우레탄 폼, HFO 발포), 멤브레인형, 1,800장", "KR", 90000, 1800, 1500000,
         "USD",
         "reinforced polyurethane foam panels for a membrane LNG containment are blown with water/CO2 or an HFO and "
         "come with a blowing-agent declaration; a head-space test on a core cut from five of these 1,800 panels "
         "gives 1,1-dichloro-1-fluoroethane and the foam is a fifth denser than the specification: panels blown with "
         "HCFC-141b, products containing an ozone-depleting substance whose import into the Union is banned, by sea "
         "from Geoje to Saint-Nazaire for a cruise-and-gas-carrier yard's insulation subcontractor; Korean wording "
         "(HCFC-141b foams repeat in many sets; LNG-carrier containment panels were found in no earlier row by a "
         "keyword search)", firm("Horizon Isolation Navale SARL", "FR")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "290129",
         "Çözünmüş asetilen tüpleri, gemi sacı oksi-asetilen kesimi için, 40 litre, 60 adet", "TR", 840, 60, 2400,
         "EUR",
         "dissolved-acetylene cylinders are heavy, maroon bottles packed with a porous mass soaked in acetone; they "
         "never slosh and read about 15 bar; these 60 slosh when tilted, have no porous mass on the X-ray, read 6 bar "
         "and their valve threads are left-hand refrigerant fittings, with 'R-404A' under the paint: an HFC "
         "refrigerant blend placed on the Union market without quota and in cylinders no longer allowed, in a lorry "
         "at Kapitan Andreevo from Tuzla for a Varna repair yard; Turkish wording (HFC blends repeat in many sets; "
         "acetylene labels were found once on an ozone-depleting good, in blind180's estate clearance, and as wastes "
         "in a few; plate-cutting acetylene from Tuzla is the new part)", firm("Vega Korabni Remonti EOOD", "BG")),
        ("OZN-05", "import", "HRSEA01", "sea", "IN", [], "HR", "381400",
         "ബാലസ്റ്റ് ടാങ്ക് എപ്പോക്സി കോട്ടിങ്ങിനുള്ള തിന്നർ, 20 ലിറ്റർ ക്യാൻ, 300 ക്യാൻ", "IN", 7440, 300, 6600, "USD",
         "an epoxy thinner for ballast-tank coatings is a xylene-and-alcohol blend of about 0.86 kg/l that smells "
         "sharp and burns readily; these 300 cans hold a non-flammable, ether-smelling liquid of 1.24 kg/l that boils "
         "at 32 °C, and the filler's drums read 'CH3CCl2F': HCFC-141b, whose import into the Union is banned, by sea "
         "from Kochi to Split for a repair yard's paint contractor; Malayalam wording (HCFC-141b repeats in many sets "
         "and thinner labels in several, for conformal coatings, wood filler and A/C flushing; a ballast-tank "
         "epoxy-thinner label was found in no earlier row by a keyword search)",
         firm("Alpina Brodogradilišni Premazi d.o.o.", "HR")),
        ("OZN-06", "import", "CYSEA01", "sea", "JO", [], "CY", "285390",
         "غاز فوسفين مع ثاني أكسيد الكربون لتطهير السفن من القوارض، أسطوانات 30 كغ، 40 أسطوانة", "JO", 1200, 40,
         3200, "USD",
         "a phosphine-in-CO2 fumigant for ship deratting is a permanent gas mixture at about 50 bar in tall cylinders "
         "that do not slosh, with a garlic smell at the slightest leak; these 40 short cylinders slosh, read 2 bar, "
         "hold a liquid of 1.73 kg/l and are stamped 'CH3Br' on the shoulder under the labels: methyl bromide, whose "
         "import into the Union is banned (no quarantine exemption remains), by sea from Aqaba to Limassol for a "
         "ship-agency fumigator; Jordanian Arabic wording (methyl bromide repeats in many sets; a ship-deratting "
         "label was found in no earlier row by a keyword search)", firm("Orion Ship Fumigation Ltd", "CY")),
        ("OZN-07", "import", "ROROAD01", "road", "UA", [], "RO", "842410",
         "Вогнегасники вуглекислотні ОУ-5, вживані, з суден, 80 шт.", "UA", 1200, 80, 1600, "EUR",
         "OU-5 carbon-dioxide extinguishers are heavy steel bottles at about 60 bar that hiss and frost when "
         "discharged; these 80, taken off laid-up Danube tugs at Izmail, read 10 bar on the test gauge, spray a "
         "liquid that vanishes into a sweet-smelling gas and their 1980s Soviet stencils under the new paint read "
         "'хладон 12В1': halon 1211, products containing an ozone-depleting substance whose import into the Union "
         "is banned, in a van at Isaccea for a Galați ship-repair yard; Ukrainian wording (halon 1211 repeats in "
         "many sets; Soviet-era ship extinguishers from Izmail into Romania are the new part as far as a search "
         "found)", firm("Delta Naval Service SRL", "RO")),
        ("OZN-08", "export", "LVSEA01", "sea", "LV", [], "GE", "731100",
         "Saspiesta gaisa elpošanas baloni SCBA aparātiem, kompozīta, 6,8 l, 120 gab.", "LV", 480, 120, 4800, "EUR",
         "composite breathing-air cylinders for fire-fighters' sets are light, black-wrapped 6.8 l bottles of air at "
         "300 bar that never slosh; these 120 are grey steel refrigerant-recovery bottles with a dual liquid/vapour "
         "valve, slosh and hold 12 kg each of chlorodifluoromethane recovered from trawler refrigeration at a Riga "
         "repair yard: HCFC-22, whose export from the Union is banned except for destruction, by sea from Riga to "
         "Poti for an air-conditioning dealer; Latvian wording (HCFC-22 repeats in many sets and breathing-air "
         "labels once, on halon cylinders in blind148; recovered HCFC-22 for export under an SCBA label is the new "
         "part)", {"importer_country": "GE"}),
        ("OZN-09", "import", "SISEA01", "sea", "EG", [], "SI", "848180",
         "صمامات فحص تسرب الغاز لأنظمة التبريد البحرية مع غاز المعايرة، 200 طقم", "EG", 1400, 200, 3000, "USD",
         "leak-test kits for marine refrigeration are brass valves and hoses with a small disposable can of "
         "calibration gas at a few hundred grams; each of these 200 kits carries a 6 kg steel bottle that sloshes and "
         "a gas test gives dichlorodifluoromethane: CFC-12, 1.2 t of it, whose import into the Union is banned, by "
         "sea from Port Said to Koper for a ship-refrigeration service firm; Egyptian Arabic wording (CFC-12 repeats "
         "in many sets and calibration-gas labels in two, blind9 and blind72; as leak-test kits from Port Said to "
         "Koper is the new part as far as a search found)", firm("Rivage Ladijsko Hlajenje d.o.o.", "SI")),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "848180",
         "船用铸铁蝶阀，DN150-DN300，舾装备件，400 只", "CN", 16000, 400, 48000, "USD",
         "a shipbuilding outfitting order from a Zhoushan yard's supplier for a Szczecin newbuild: butterfly valves "
         "and gasket sets are what outfitting orders hold, but the third item's 'refrigeration service kits' are 120 "
         "non-refillable 11.3 kg cylinders of R-407C: an HFC blend placed on the Union market without quota and in "
         "disposable cylinders the F-gas rules ban, hidden as the last item of a three-item declaration, by sea from "
         "Ningbo to Gdańsk; Chinese wording (R-407C and non-refillables repeat in many sets; behind shipyard "
         "outfitting valves is the new part as far as a search found)",
         dict(firm("Orion Wyposażenie Statków Sp. z o.o.", "PL"),
              _more_items=[item("848490", "船用密封垫片套装, 600 套", "CN", 900, 5400, "USD", qty=600),
                           item("841899", "制冷维修套件 (含 11.3 kg 气瓶), 120 套", "CN", 1560, 1800, "USD", qty=120)])),
    ],
    "cultural": [
        ("CUL-01", "import", "NLSEA01", "sea", "ID", [], "NL", "740400",
         "Skrap perunggu, potongan daun baling-baling kapal, 2 t", "ID", 2000, None, 9000, "USD",
         "propeller offcuts are bright, sawn segments of nickel-aluminium bronze with machining marks; among them lies "
         "a 2.6 m bronze gun barrel sawn into three, with a VOC monogram, the date 1746, dolphins at the trunnions and "
         "coral and iron concretion inside the bore: an 18th-century VOC cannon raised without a permit from a wreck "
         "in the Riau islands, which Indonesia protects as underwater cultural heritage, imported without the import "
         "licence Regulation 2019/880 requires for archaeological objects over 250 years old, by sea from Batam to "
         "Rotterdam for a non-ferrous trader; Indonesian wording (bronze cannons repeat in several sets; a "
         "propeller-scrap label was found in no earlier row by a keyword search)", firm("Vega Non-Ferro BV", "NL")),
        ("CUL-02", "import", "ESSEA01", "sea", "PH", [], "ES", "691490",
         "Burnay na banga mula Vigan, bagong gawa, pandekorasyon, 12 piraso", "PH", 180, 12, 600, "USD",
         "new burnay jars from Vigan are unglazed, dark-brown, thick-walled with fresh wheel marks and no wear; these "
         "twelve are glazed brown-green stoneware jars with dragon appliqués, barnacle scars and marine concretion "
         "inside, of 16th-century southern Chinese make, of the kind raised from the wreck of a Manila galleon's "
         "consorts off Batangas: underwater finds the Philippines protects, exported without the National Museum "
         "permit and imported without the licence Regulation 2019/880 requires for archaeological objects over 250 "
         "years, by sea from Manila to Valencia; Tagalog wording (wreck stoneware jars under a new-jar label repeat "
         "blind150, on Sarawak tajau; a burnay label from the Philippines is the new part)",
         firm("Meridian Interiorismo SL", "ES")),
        ("CUL-03", "export", "PTAIR01", "air", "PT", [], "US", "910599",
         "Cronómetro de marinha, reprodução decorativa em caixa de mogno, 1 unidade", "PT", 6, 1, 450, "EUR",
         "decorative chronometer reproductions have a quartz movement behind a printed dial in a new box; this one has "
         "a spring-detent escapement, a fusee, a gimballed bowl signed 'John Arnold & Son, London' and, under the "
         "lid, the scraped trace of a Portuguese naval collection's inventory number: a marine chronometer of about "
         "1795 reported stolen from a Lisbon collection, over 50 years old and above the value threshold, exported "
         "without the licence of Regulation 116/2009, flown from Lisbon to New York; Portuguese wording "
         "(chronometers were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "export", "FRAIR01", "air", "FR", [], "HK", "442199",
         "Panneaux décoratifs laqués, style Art déco, fabrication années 1980, 4 pièces", "FR", 220, 4, 3200, "EUR",
         "1980s Art Deco-style panels are sprayed polyurethane over MDF with printed gold; these four are solid-wood "
         "panels in many coats of hand-rubbed Asian lacquer with gold and silver leaf, signed 'J. Dunand', with the "
         "shipyard's fitting numbers of the 1935 liner Normandie on their backs: panels from the liner's first-class "
         "salons, kept in a French collection and of national-treasure rank, exported without the French certificate "
         "and the licence of Regulation 116/2009, flown from Paris to Hong Kong for an auction consignor; French "
         "wording (liner interiors and Dunand lacquer were found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("CUL-05", "import", "FIROAD01", "road", "RU", [], "FI", "800700",
         "Оловянная посуда и латунные циркули, бытовые, б/у, с блошиного рынка, 40 предметов", "RU", 60, 40, 300,
         "EUR",
         "flea-market pewter and brass dividers are 20th-century, bright or dull but clean; these 40 pieces are "
         "17th- and 18th-century pewter plates with owners' marks, a pair of bronze navigator's dividers and clay "
         "pipes, all with grey sea concretion, shipworm holes in the wooden fragments and the smell of brackish mud, "
         "taken by divers from Swedish and Dutch merchant wrecks in the Russian waters of the Gulf of Finland: "
         "underwater archaeological objects over 250 years old, imported without the licence of Regulation 2019/880 "
         "and without a Russian export permit, in a car at Vaalimaa for a Kotka antiques dealer; Russian wording "
         "(pewter labels repeat on coins and jewellery in several sets; Gulf of Finland wreck finds were found in no "
         "earlier row by a keyword search)", firm("Alpina Antiikki Oy", "FI")),
        ("CUL-06", "import", "GRSEA01", "sea", "TR", [], "GR", "900190",
         "Güneş fırını deneyleri için kullanılmış cam mercek segmentleri, 24 adet", "TR", 900, 24, 2400, "EUR",
         "used lens segments for a solar furnace are moulded acrylic or modern pressed glass; these 24 are "
         "hand-ground, prism-ringed crown-glass panels in bronze frames stamped 'Henry-Lepaute Paris 1857', taken from "
         "the first-order apparatus of an Ottoman lighthouse on the Aegean coast: part of a historic monument over 200 "
         "years old worth far above 18,000 EUR, exported without the Turkish permit and imported without the "
         "importer statement Regulation 2019/880 requires, by sea from İzmir to Piraeus for a 'research' buyer; "
         "Turkish wording (a lighthouse lens was found once, in blind66, as a waste cover; as a cultural good from "
         "Türkiye it is the new part)", firm("Horizon Solar Erevna AE", "GR")),
        ("CUL-07", "import", "BESEA01", "sea", "IN", [], "BE", "741980",
         "Salvaged ship portholes, brass, from ship-breaking, 80 pcs", "IN", 1600, 80, 9600, "USD",
         "an Alang ship-breaking-market container for an Antwerp nautical-décor shop: brass portholes and ship's "
         "lamps from broken-up vessels are what the Alang yards' stalls sell, but the third item's 'decorative brass "
         "cannon' is a bronze breech-loading swivel gun (berço) cast with the Portuguese royal arms and an armillary "
         "sphere, green with sea concretion, of the 16th century, from a wreck off Diu: an antiquity whose export "
         "India forbids, imported without the licence Regulation 2019/880 requires for archaeological objects over "
         "250 years, hidden as the last item of a three-item declaration, by sea from Pipavav to Antwerp; Indian "
         "English wording (swivel guns repeat in two sets, blind150 and blind164; behind Alang portholes is the new "
         "part as far as a search found)",
         dict(firm("Central Nautical Décor SA", "BE"),
              _more_items=[item("940549", "Salvaged ship's lamps, brass, 60 pcs", "IN", 480, 3600, "USD", qty=60),
                           item("741980", "Decorative brass cannon, salvaged, 1 pc", "IN", 95, 300, "USD", qty=1)])),
        ("CUL-08", "export", "DEAIR01", "air", "DE", [], "US", "491199",
         "Gedruckte Schiffbaupläne, Reproduktionen, dekorativ, 40 Blatt", "DE", 30, 40, 800, "EUR",
         "decorative reproductions of ship plans are printed on paper and new; these 40 sheets are ink drawings on "
         "waxed linen with yard stamps, draughtsmen's initials and revision dates of 1927-1929, the construction "
         "drawings of a Bremen-built transatlantic liner from the archive of a closed Weser shipyard: archives over "
         "50 years old, which need the licence of Regulation 116/2009 whatever their value, exported without it and "
         "without the state archive's release, flown from Frankfurt to Boston for a maritime-collectibles dealer; "
         "German wording (ship construction drawings were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "ITAIR01", "express", "PK", [], "IT", "491199",
         "بدھ مت کی دعائیہ کارڈز، چھپے ہوئے، 30 عدد", "PK", 0.8, 30, 60, "USD",
         "printed Buddhist prayer cards are glossy card with offset print; these 30 are brittle, layered birch-bark "
         "leaves with ink in an early Brahmi-derived script, worm-eaten at the edges, of the kind found in the stupa "
         "deposits near Gilgit: Buddhist manuscript leaves of the 6th-7th century, archaeological finds whose export "
         "Pakistan forbids, imported without the licence Regulation 2019/880 requires, sent by express from Lahore "
         "to a Rome dealer in Asian art; Urdu wording (Gilgit manuscripts were found in no earlier row by a keyword "
         "search)", firm("Orion Arte Orientale Srl", "IT")),
        ("CUL-10", "export", "SEROAD01", "road", "SE", ["FI"], "NO", "741980",
         "Gamla mässingsbeslag och bronsgrytor, loppisfynd, 20 st.", "SE", 80, 20, 400, "SEK",
         "flea-market brass fittings are 20th-century door and boat hardware; these 20 pieces are cast-bronze "
         "three-legged cooking pots (grapen), a ship's bronze sounding lead and rigging fittings with sea growth and "
         "tar, lifted by sport divers from 17th-century wrecks in the Dalarö archipelago, which Swedish law protects "
         "as ancient remains: archaeological objects over 100 years old exported without the licence of Regulation "
         "116/2009 and the Swedish permit, in a car through Finland to Norway at Kilpisjärvi for a Tromsø collector; "
         "Swedish wording (bronze pots repeat in a few sets; Baltic wreck finds from Swedish waters by road to Norway "
         "are the new part as far as a search found)", {"importer_country": "NO"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", ["GE", "AZ"], "KZ", "845961",
         "Fresatrice a portale a 3 assi per modelli di carena in legno e cera, per vasca navale, 1 unità", "IT",
         42000, 1, 380000, "EUR",
         "towing-tank model mills are light gantries with a spindle of a few kW that cut paraffin wax and foam; this "
         "42 t machine has a five-axis simultaneous head of 60 kW, a 3.5 m rotary table, a probing cycle for "
         "propeller blades and a control set for nickel-aluminium bronze, and the Aktau 'ship-model basin' is a "
         "forwarder for a yard in Severodvinsk: a five-axis machine tool (dual-use 2B001) whose sale for use in "
         "Russia Regulation 833/2014 forbids, shipped from Trieste by way of Poti and Baku; Italian wording "
         "(five-axis machines repeat in many sets; a towing-tank model-mill label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "GRSEA01", "sea", "GR", [], "BD", "890190",
         "Φορτηγό πλοίο χύδην φορτίου, ναυπήγησης 2032, πωλείται για διάλυση στο Chattogram, 1 πλοίο", "GR",
         9200000, 1, 4600000, "USD",
         "a ship sold for demolition sails on a last voyage with a runner crew, her class withdrawn and an inventory "
         "of hazardous materials for a named breaking yard; this 27-year-old bulker keeps her class, takes on a full "
         "crew and stores for six months, re-flags on departure and the Chattogram 'cash buyer' is a front for a "
         "Dalian company whose earlier purchases turned up in Nampho under new names: a vessel for North Korea, "
         "whose supply UN Resolution 2397 and Regulation 2017/1509 forbid, from Piraeus; Greek wording (vessels for "
         "North Korea repeat in a few sets and ships 'for further trading' in many waste rows; a demolition sale as "
         "the cover for a DPRK buyer was found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("STR-03", "export", "FISEA01", "sea", "FI", ["GE", "AZ"], "KZ", "850213",
         "Varavoimageneraattorit konesaliin, diesel, 1 600 kVA, 4 kpl", "FI", 64000, 4, 2400000, "EUR",
         "data-centre standby sets are skid-mounted, radiator-cooled land engines in sound enclosures; these four are "
         "compact, high-speed, heat-exchanger-cooled marine diesel sets with sea-water pumps, resilient shock mounts "
         "and naval classification certificates, and the Almaty 'data centre' consignee forwards to a Volga yard that "
         "builds small missile corvettes: marine engines and generating sets whose sale for use in Russia "
         "Regulation 833/2014 forbids, shipped from Turku by way of Poti and Baku; Finnish wording (generating sets "
         "repeat in a few sets and data-centre labels in several; naval gensets under a data-centre label are the "
         "new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", ["OM"], "IR", "850511",
         "Compenseermagneten en Flindersstaven voor het compenseren van kompassen, 60 sets", "NL", 300, 60, 3600,
         "EUR",
         "compass adjusters' correcting magnets are small bar magnets in brass tubes with a soft-iron Flinders bar, "
         "a few euros a piece; these crates hold 60 triaxial fluxgate magnetometers with low-noise electronics, "
         "seabed housings and cable for a naval degaussing range, at 30,000 EUR each, for a Muscat 'marine services' "
         "firm that reships to Bandar Abbas: magnetometers controlled under dual-use 6A006, exported without a "
         "licence and listed in the Iran regulation (267/2012), from Rotterdam by way of Sohar; Dutch wording "
         "(magnetometers repeat in a few sets; compass-correcting magnets and a degaussing range were found in no "
         "earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE"], "AM", "851539",
         "Handschweißinverter MIG/MAG, 400 A, für Werkstätten, 30 Stück", "AT", 3600, 30, 45000, "EUR",
         "a manual MIG/MAG inverter is a 30 kg box with a torch lead at about 1,500 EUR; these 30 are synergic "
         "pulse power sources with water-cooling units, wire feeders for 30 m hose packs and robot interfaces at "
         "12,000 EUR each on the maker's list, for a Yerevan 'garage equipment' firm whose delivery address is a "
         "forwarder for a Kaliningrad shipyard: arc-welding machines whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, by lorry from Wels; Austrian German wording (welding robots "
         "repeat in several sets; panel-line welding power sources under a workshop-inverter label are the new part "
         "as far as a search found)", {"importer_country": "AM"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "CN", "851829",
         "Haut-parleurs subaquatiques pour piscines de natation synchronisée, 40 pièces", "FR", 120, 40, 6000, "EUR",
         "pool underwater speakers are cheap moving-coil drivers in a plastic housing rated for 3 m; these 40 are "
         "piezo-ceramic hydrophones with pre-amplifiers, rated for 1,000 m and calibrated for a towed array, at "
         "8,000 EUR each on the maker's list, for a Qingdao 'aquatics centre' supplier: hydrophones controlled under "
         "dual-use 6A001, exported without the licence Regulation 2021/821 requires, flown from Toulon-Hyères by way "
         "of Paris to Qingdao; French wording (hydrophones repeat in a few sets under fish-finder labels; a "
         "pool-speaker label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-07", "import", "ROSEA01", "sea", "VN", [], "RO", "720851",
         "Thép tấm đóng tàu AH36, cán nóng, dày 20 mm, xuất xứ Việt Nam, 2.400 tấn", "VN", 2400000, None, 1900000,
         "USD",
         "Vietnamese mills roll little classed AH36 plate and stamp it with their heat numbers; these 2,400 t of plate "
         "carry class certificates of the Russian Maritime Register of Shipping, hard-stamped heat numbers of a Urals "
         "mill ground off the faces but legible on the edges, and the Hai Phong 'mill' is a stockyard: Russian "
         "shipbuilding steel, iron and steel products whose import into the Union Regulation 833/2014 forbids even "
         "when processed in a third country, by sea from Hai Phong to Constanța for a Tulcea shipyard; Vietnamese "
         "wording (Russian metals under third-country origin repeat in several sets and steel plate in a few; "
         "shipbuilding plate into a Danube yard is the new part as far as a search found)",
         firm("Delta Naval Steel SRL", "RO")),
        ("STR-08", "export", "CZAIR01", "air", "CZ", ["TR"], "IR", "902000",
         "Potápěčské automatiky pro rekreační potápění, kompletní sady, 20 sad", "CZ", 200, 20, 6000, "EUR",
         "recreational scuba regulator sets are a first stage, two second stages and a gauge at a few hundred euros "
         "a set; these 20 are closed-circuit, non-magnetic, low-acoustic rebreathers with oxygen sensors and scrubber "
         "canisters for mine-clearance divers, at 25,000 EUR each, for an Istanbul 'dive centre' that forwards to "
         "Bandar Abbas: military diving equipment under the Iran arms embargo, exported without a licence, flown "
         "from Prague by way of Istanbul; Czech wording (rebreathers were found once, as soda lime in a precursor row "
         "of blind127; military rebreathers under a regulator label are the new part)", {"importer_country": "IR"}),
        ("STR-09", "export", "SISEA01", "sea", "SI", [], "LB", "381121",
         "Dodatek za mazalna olja za ladijske krmilne naprave, sodi po 200 kg, 30 sodov", "SI", 6000, 30, 9000, "EUR",
         "a lubricant additive for steering gear is a viscous, dark, sulphur-and-phosphorus package with a trade "
         "name; these 30 drums hold a single, water-clear, mobile liquid of 1.64 kg/l that fumes in moist air and "
         "smells of sulphur dioxide, with CAS 7719-09-7 on the drum heads, for a Beirut 'marine oils' trader whose "
         "lorries go on to Syria: thionyl chloride (CWC Schedule 3 and dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Koper; Slovenian wording (thionyl chloride repeats in many sets and "
         "steering-gear hydraulic labels in two ozone rows, blind70 and blind163; a steering-gear additive label on a "
         "chemical-weapons precursor is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "transit", "NLSEA01", "sea", "GB", ["NL"], "AE", "901490",
         "ECDIS workstation spare parts, display and interface units, 24 crates", "GB", 1400, 24, 18000, "GBP",
         "ECDIS spares are monitors, keyboards and interface boxes at a few thousand pounds each; these 24 crates "
         "hold navigation-grade fibre-optic gyro inertial units with naval interfaces and no display at all, worth "
         "ten times the declared value, for a Dubai ship-supply firm whose last consignments went to a Bandar Abbas "
         "naval yard: inertial navigation equipment (dual-use 7A) for a military end-use in Iran, moved through the "
         "Union in transit from Felixstowe through Rotterdam to Jebel Ali, which a member state may stop under "
         "Regulation 2021/821; UK English wording (inertial units repeat in many sets and ECDIS labels in a few; a "
         "transit through Rotterdam is the new part as far as a search found)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "BR", [], "NL", "440729",
         "Estacas de greenheart (Chlorocardium rodiei) para defensas de cais e diques secos, 12 m, 180 peças", "BR",
         194000, 180, 260000, "EUR",
         "greenheart fender piles come from Guyana, are olive-yellow to brown, very straight and smell bitter when "
         "cut; these 180 piles from Belém are dark olive-brown with yellow powder in the pores that turns red with "
         "ammonia (lapachol): ipê (Handroanthus spp., CITES App. II) without the CITES export permit, by sea from "
         "Belém to Rotterdam for a dry-dock and quay fendering contractor; Brazilian Portuguese wording (ipê repeats "
         "in several sets under decking labels; a greenheart fender-pile label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Waterbouw BV", "NL")),
        ("WLF-02", "import", "ESSEA01", "sea", "CO", [], "ES", "392690",
         "Duelas de polímero compuesto para cojinetes de bocina, mecanizadas, 400 piezas", "CO", 1800, 400, 9000,
         "USD",
         "polymer stern-tube bearing staves are cream or yellow elastomer, machined to shape, odourless and slightly "
         "flexible; these 400 staves are olive-green to dark-brown wood, oily, 1.25 kg/l, sinking in water and "
         "smelling of balsam when planed: lignum vitae (Guaiacum spp., CITES App. II) without the CITES export "
         "permit, by sea from Cartagena to Vigo for a ship-repair yard; Colombian Spanish wording (lignum vitae for "
         "stern-tube bearings repeats in several sets, blind19, blind20, blind21, blind27 and dev29-e, kept as a "
         "known repeat; a polymer-stave label is the new part)", firm("Atlantic Reparaciones Navales SL", "ES")),
        ("WLF-03", "import", "FRAIR01", "air", "OM", [], "FR", "150410",
         "زيت سمك خام لدهان هياكل السفن الخشبية، براميل 20 لتر، 12 برميل", "OM", 220, 12, 900, "USD",
         "the sardine oil Sur's dhow builders rub into hulls is a brown, strong-smelling oil of 0.93 kg/l; these 12 "
         "drums hold a pale, light oil of 0.86 kg/l that tests at 70 % squalene and gives DNA of silky and "
         "scalloped hammerhead sharks: shark-liver oil from Carcharhinidae and Sphyrnidae (CITES App. II) without "
         "CITES documents, flown from Muscat to Nantes for a wooden-boat yard; Omani Arabic wording (shark oils "
         "repeat in two sets under squalane labels, blind121 and blind184; a boat-oil label was found in no earlier "
         "row by a keyword search)", firm("Rivage Charpente Marine SARL", "FR")),
        ("WLF-04", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "848420",
         "Used stern-tube seal assemblies and liners, for reconditioning, 14 crates", "NG", 6000, 14, 7000, "USD",
         "stern-tube seals sent for reconditioning are bronze housings, rubber lip rings and chrome liners, greasy "
         "and heavy; inside the liners of these 14 crates are 2.4 t of grey-brown, overlapping, keratin scales in "
         "sacks: pangolin scales (Manis spp., CITES App. I) without CITES documents, in transit through Antwerp from "
         "Onne to Hai Phong; Nigerian English wording (pangolin scales repeat in many sets; ship-repair seal liners "
         "as the concealment were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-05", "export", "PLSEA01", "sea", "PL", [], "CN", "630900",
         "Rzeczy osobiste załogi statku w remoncie stoczniowym: odzież używana, pamiątki, 18 kartonów", "PL", 400, 18,
         600, "EUR",
         "a crew's personal effects sent home from a repair yard are clothes, shoes and souvenirs; in four of these "
         "18 cartons are 30 carved elephant-ivory figures and two rhinoceros-horn libation cups bought at Polish "
         "antique fairs by the crew of a Chinese bulker in a Gdańsk dry dock: worked ivory and rhino horn (CITES "
         "App. I, EU Annex A) exported without the re-export certificates the Union no longer issues for such "
         "items, by sea from Gdańsk to Shanghai through a ship agent; Polish wording (crew effects repeat in several "
         "sets; from a shipyard's dry dock is the new part as far as a search found)", {"importer_country": "CN"}),
        ("WLF-06", "import", "ITSEA01", "sea", "CN", [], "IT", "440890",
         "美国黑胡桃木单板，0.6 毫米，邮轮客舱内装用，40,000 平方米", "CN", 20400, None, 160000, "USD",
         "American black walnut veneer is chocolate-brown with purple tints and a straight, even grain; these bundles "
         "are a red-orange to purple-black veneer with dark streaks, a rose-like smell when sanded and fluorescence "
         "that walnut lacks: Madagascar rosewood (Dalbergia spp., CITES App. II, under a trade suspension) cut in a "
         "Chinese veneer mill from smuggled logs, without CITES documents, by sea from Shanghai to Trieste for a "
         "Monfalcone cruise-ship cabin outfitter; Chinese wording (Dalbergia repeats in many sets; a walnut-veneer "
         "label for cruise-ship cabins was found in no earlier row by a keyword search)",
         firm("Meridian Allestimenti Navali Srl", "IT")),
        ("WLF-07", "import", "DESEA01", "sea", "CM", [], "DE", "440729",
         "Chapeaux de tins en azobé (Lophira alata) pour cale sèche, 400 pièces", "CM", 28000, 400, 24000, "EUR",
         "azobé keel-block caps are dark red-brown, very heavy (1,050 kg/m3) and interlocked, with white deposits in "
         "the pores; these 400 blocks are lighter (800 kg/m3), orange-brown and carry yellow-white deposits and a "
         "sweet smell: doussié (Afzelia spp., CITES App. II) without the CITES export permit, by sea from Douala to "
         "Hamburg for a dry-dock operator; Cameroonian French wording (Afzelia repeats in several sets and azobé "
         "labels in a few, on crane mats in blind178; keel-block caps for a dry dock are the new part as far as a "
         "search found)", firm("Nordhafen Dockbau GmbH", "DE")),
        ("WLF-08", "import", "NLAIR01", "air", "PA", [], "NL", "440729",
         "Tacos de jatobá torneados para rayos de timón de barco, 600 piezas", "PA", 900, 600, 3000, "USD",
         "jatobá spoke blanks are salmon-red to brown, dull and odourless when turned; these 600 are orange-red with "
         "black streaks, oily, so dense they sink, and smell of rose and spice on the lathe: cocobolo (Dalbergia "
         "retusa, CITES App. II) without the CITES export permit, flown from Panama City to Amsterdam for a maker of "
         "ship's wheels and fittings; Panamanian Spanish wording (cocobolo and jatobá labels repeat in several sets; "
         "ship's-wheel spokes were found in no earlier row by a keyword search)",
         firm("Horizon Scheepsbeslag BV", "NL")),
        ("WLF-09", "import", "IEAIR01", "express", "LK", [], "IE", "050790",
         "අලංකාර කිරීම සඳහා කඩු මාළු හොට, වියළි, 6", "LK", 14, 6, 300, "USD",
         "marlin bills are round, tapering, rough bone spikes of about 30 cm; these six are flat, 1.2 m blades of "
         "cartilage with paired teeth set in sockets along both edges: sawfish rostra (Pristidae, CITES App. I) "
         "without CITES documents, sent by express from Colombo to a Cork seafood restaurant; Sinhala wording "
         "(sawfish repeat in a few sets; a marlin-bill label was found in no earlier row by a keyword search)",
         firm("Atlantic Seafood Bar Ltd", "IE")),
        ("WLF-10", "import", "NLAIR01", "air", "ID", [], "NL", "848180",
         "Suku cadang katup laut, perunggu, 40 unit", "ID", 800, 40, 12000, "USD",
         "a Batam shipyard's air shipment for a Dutch yard completing a hull built in Indonesia: sea-valve spares and "
         "welding wire are what such orders hold, but the third item's 'profil kayu jelutung' are pale, fine-grained "
         "mouldings with a bitter smell and a yellow reaction that jelutung lacks: ramin (Gonystylus spp., CITES "
         "App. II) without CITES documents, hidden as the last item of a three-item declaration, flown from Batam "
         "to Amsterdam; Indonesian wording (ramin repeats in many sets; behind shipyard spares is the new part as "
         "far as a search found)",
         dict(firm("Vega Scheepsbouw BV", "NL"),
              _more_items=[item("831120", "Kawat las berinti fluks, 1,2 mm, 60 gulungan", "ID", 900, 2400, "USD", qty=60),
                           item("440922", "Profil kayu jelutung untuk interior kapal, 2 m3", "ID", 1300, 2600, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "express", "JP", "FR", "290420",
     "Nitromethane 98 %, 4 l, for a licensed private user (model-engine racing)", "JP", 4.6, 1, 9000, "JPY",
     [("PRECURSOR_LICENCE", "FR-MI-59-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "air", "MY", "ES", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "MY", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-59-0077")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "850720",
     "Waste lead-acid submarine battery cells (16 06 01*), for recovery at a licensed secondary lead smelter, 90 t",
     "NO", 90000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-59-0311")], "notified submarine battery cells to a licensed smelter"),
    ("PRM-04", "waste", "import", "ROROAD01", "road", "UA", "RO", "262030",
     "Spent copper-slag blasting grit with antifouling residues (12 01 16*), for recovery at a licensed plant, 22 t",
     "UA", 22000, None, 0, "EUR", [("BASEL_CONSENT", "RO-ANPM-59-0046")], "notified spent blasting grit to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for critical-use servicing of existing fire systems", "US",
     500, 10, 30000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-59-008")], "reclaimed halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "TR", "IT", "290371",
     "Chlorodifluoromethane (HCFC-22), recovered from ship dismantling, 40 cylinders, for destruction at a licensed plant",
     "TR", 480, 40, 0, "EUR", [("ODS_LICENCE", "IT-MASE-ODS-59-012")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "PTAIR01", "air", "PT", "US", "910599",
     "Marine chronometer, John Arnold & Son, London, c. 1800, documented private collection since 1931", "PT", 6, 1,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-59-0118")], "chronometer exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "490600",
     "Original ship construction drawings on linen, 1928, 12 sheets, released from a private shipyard archive", "DE", 9,
     12, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-59-0264")], "archive drawings exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "AU", "851829",
     "Calibrated piezo-ceramic hydrophones, 12 units, for an Australian ocean-acoustics research institute", "FR", 36,
     12, 96000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-59-0552"), ("END_USER_CERTIFICATE", "AU-DEC-EUC-59-0091")],
     "dual-use hydrophones under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "BR", "903180",
     "Triaxial fluxgate magnetometers, 6 units, for a Brazilian oceanographic survey institute", "NL", 30, 6, 180000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-59-0437"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-59-0058")],
     "dual-use magnetometers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440729",
     "Ipê (Handroanthus serratifolius) fender piles, 12 m, 60 pieces, legally harvested under a management plan",
     "BR", 64000, 60, 90000, "EUR", [("CITES_PERMIT", "BR-IBAMA-59-0832")], "App. II ipê with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "CM", "DE", "440729",
     "Doussié (Afzelia bipindensis) keel-block timbers, 200 pieces, within the national export quota", "CM", 14000,
     200, 16000, "EUR", [("CITES_PERMIT", "CM-MINFOF-59-0419")], "App. II doussié with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "M. T. Dubois", "PRM-02": "Particular", "PRM-05": "Central Brandbeveiliging Scheepvaart BV",
    "PRM-06": "Rivage Smaltimenti Speciali Srl", "PRM-11": "Nordhafen Waterbouw BV", "PRM-12": "Nordhafen Dockbau GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, nearly all shipyard,
    # ship-repair, ship-recycling and marine-equipment trade
    ("381090", "Silver-brazing flux powder for Cu-Ni piping, 500 g jars", "import", ["air"], ["PH", "KR"], (8, 15), (100, 400), ["USD"], 2, S),
    ("381090", "Agglomerated submerged-arc welding flux, 25 kg sacks", "export", ["sea"], ["DJ", "KE"], (0.8, 1.5), (10000, 22000), ["EUR"], 0.04, S),
    ("271019", "Magnetic-particle inspection carrier oil, low-odour, 4 l", "import", ["express"], ["JP", "US"], (6, 12), (1, 4), ["USD", "JPY"], 0.25, S),
    ("381010", "Phosphoric weld-cleaning electrolyte for stainless seams, 5 l", "import", ["road"], ["TR"], (1.5, 3), (500, 2500), ["EUR"], 0.15, S),
    ("340399", "Environmentally acceptable stern-tube lubricant, synthetic ester", "import", ["sea"], ["CN", "KR"], (3, 5), (3000, 8000), ["USD"], None, S),
    ("382499", "Nitrite-borate jacket-water treatment, 2 kg tubs", "import", ["sea"], ["SG", "GB"], (3, 5), (1000, 4000), ["USD", "GBP"], 0.5, S),
    ("283990", "Sodium metasilicate hold-cleaning powder, 5 kg pails", "import", ["sea"], ["BR", "CN"], (0.6, 1.2), (5000, 12000), ["USD"], 0.2, S),
    ("780600", "Lead-sheathed copper earthing strip, 25 m rolls", "export", ["sea"], ["TN", "EG"], (6, 10), (1000, 3000), ["EUR"], 0.05, S),
    ("382290", "Saturated KCl reference-electrode filling solution, 1 l", "import", ["sea"], ["GE", "TR"], (1, 2.5), (1000, 3000), ["USD"], 0.9, S),
    ("250900", "Chalk-line refill powder, white, 1 kg bottles", "import", ["sea"], ["MY", "CN"], (0.8, 1.5), (2000, 6000), ["USD"], 1, S),
    ("850720", "Traction battery cells, new, 2 V, filled and charged", "export", ["sea"], ["PK", "IN"], (4, 7), (8000, 20000), ["EUR"], 0.002, S),
    ("262030", "Copper-slag blasting abrasive, new, graded 0.2-2 mm", "export", ["road"], ["UA", "MD"], (0.05, 0.12), (18000, 24000), ["EUR"], None, S),
    ("850164", "Marine alternators, new, crated, with test report", "export", ["sea"], ["NG", "GH"], (15, 25), (2000, 8000), ["EUR"], 0.0005, S),
    ("250810", "Bentonite for brick-making, big bags", "export", ["sea"], ["GH", "SN"], (0.1, 0.2), (20000, 26000), ["EUR"], None, S),
    ("630790", "Oil-sorbent booms and pads, new, polypropylene", "export", ["road"], ["UA", "MD"], (4, 8), (1000, 4000), ["EUR"], 0.05, S),
    ("283650", "Coating-grade calcium carbonate slurry, 75 % solids", "export", ["sea"], ["TR", "EG"], (0.1, 0.2), (20000, 40000), ["EUR"], None, S),
    ("340399", "Soluble cutting-fluid concentrate, new, drums", "export", ["sea"], ["GE", "AZ"], (2.5, 4), (3000, 12000), ["EUR"], 0.005, S),
    ("271019", "Marine fuel oil RMG 380, with bunker delivery note", "export", ["sea"], ["SN", "CV"], (0.45, 0.7), (20000, 26000), ["EUR"], None, S),
    ("850211", "Marine diesel generator sets, new, 250 kVA", "export", ["sea"], ["NG", "GH"], (8, 14), (3000, 9000), ["EUR"], 0.0002, S),
    ("731100", "CO2 fire-system cylinders, new, empty, 67 l", "import", ["sea"], ["IN", "CN"], (1.5, 3), (3000, 9000), ["USD"], 0.0125, S),
    ("841430", "Refrigeration compressors, new, uncharged, for provision plants", "import", ["sea"], ["CN", "KR"], (8, 14), (2000, 6000), ["USD"], 0.01, S),
    ("392113", "Reinforced PU foam insulation panels, CO2-blown", "import", ["sea"], ["KR", "CN"], (6, 10), (10000, 20000), ["USD"], 0.05, S),
    ("290129", "Dissolved acetylene in cylinders, for flame cutting", "import", ["road"], ["TR"], (8, 14), (1000, 3000), ["EUR"], 0.07, S),
    ("381400", "Epoxy coating thinner, xylene blend, 20 l cans", "import", ["sea"], ["IN", "KR"], (1.5, 3), (5000, 12000), ["USD"], 0.05, S),
    ("842410", "CO2 portable extinguishers, new, 5 kg", "import", ["road"], ["UA", "MD"], (3, 5), (500, 2000), ["EUR"], 0.07, S),
    ("731100", "Composite breathing-air cylinders, 6.8 l, empty", "export", ["sea"], ["GE", "UA"], (20, 40), (500, 2000), ["EUR"], 0.25, S),
    ("848180", "Marine butterfly valves, cast iron, DN150-300", "import", ["sea"], ["CN", "KR"], (3, 5), (5000, 15000), ["USD"], 0.03, S),
    ("740400", "Nickel-aluminium bronze propeller offcuts", "import", ["sea"], ["ID", "SG"], (5, 7), (10000, 20000), ["USD"], None, S),
    ("691490", "Burnay stoneware jars, new, Vigan", "import", ["sea"], ["PH"], (3, 6), (1000, 4000), ["USD"], 0.07, S),
    ("910599", "Decorative marine chronometer reproductions, quartz", "export", ["post"], ["US", "CA"], (60, 120), (1, 3), ["EUR"], 0.5, S),
    ("442199", "Art Deco-style lacquered decorative panels, new", "export", ["air"], ["HK", "SG"], (20, 40), (100, 500), ["EUR"], 0.02, S),
    ("901720", "Brass navigation dividers, new, boxed", "import", ["post"], ["IN", "TR"], (20, 40), (1, 2), ["USD"], 3, S),
    ("900190", "Acrylic Fresnel lenses for solar cookers, new", "import", ["sea"], ["CN", "TR"], (4, 8), (1000, 4000), ["USD"], 0.2, S),
    ("741980", "Salvaged ship portholes, brass, from ship-breaking", "import", ["sea"], ["IN", "BD"], (6, 10), (1000, 5000), ["USD"], 0.05, S),
    ("491199", "Printed reproduction ship plans, decorative", "export", ["post"], ["US", "GB"], (30, 60), (1, 3), ["EUR"], 8, S),
    ("491199", "Printed Buddhist prayer cards", "import", ["post"], ["NP", "IN"], (15, 30), (1, 2), ["USD"], 40, S),
    ("846592", "CNC gantry routers for wax and foam models", "export", ["sea"], ["KZ", "GE"], (25, 45), (2000, 6000), ["EUR"], 0.0003, S),
    ("850213", "Standby diesel generating sets for data centres", "export", ["sea"], ["KZ", "GE"], (25, 40), (10000, 20000), ["EUR"], 0.0001, S),
    ("850511", "Compass correcting magnets and Flinders bars, sets", "export", ["sea"], ["OM", "AE"], (10, 20), (50, 300), ["EUR"], 0.2, S),
    ("851539", "Manual MIG/MAG welding inverters, 400 A", "export", ["road"], ["AM", "GE"], (8, 14), (1000, 4000), ["EUR"], 0.03, S),
    ("851829", "Underwater pool speakers, 3 m rated", "export", ["air"], ["CN", "AE"], (30, 60), (100, 400), ["EUR"], 0.3, S),
    ("902000", "Recreational scuba regulator sets", "export", ["air"], ["TR", "EG"], (60, 120), (100, 400), ["EUR"], 0.2, S),
    ("440729", "Greenheart fender piles, sawn, 12 m", "import", ["sea"], ["GY", "SR"], (0.9, 1.3), (20000, 26000), ["USD"], None, S),
    ("392690", "Polymer stern-tube bearing staves, machined", "import", ["sea"], ["CA", "US"], (10, 20), (500, 2000), ["USD"], 0.2, S),
    ("380700", "Pine tar for wooden boats, 5 l cans", "import", ["sea"], ["NO", "US"], (6, 10), (1000, 3000), ["USD", "EUR"], 0.2, S),
    ("440729", "Azobé keel-block caps for dry docks", "import", ["sea"], ["CM", "CG"], (0.6, 1.0), (15000, 25000), ["EUR"], 0.015, S),
    ("440729", "Jatobá ship's-wheel spoke blanks, turned", "import", ["air"], ["PA", "BR"], (4, 8), (200, 800), ["USD"], 0.6, S),
    ("440890", "American black walnut veneer, 0.6 mm", "import", ["sea"], ["US", "CN"], (6, 10), (5000, 15000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("420100", "Dog leashes and collars, nylon webbing", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 4, N),
        ("854442", "USB charging cables, with connectors", "import", ["sea"], ["CN", "VN"], (8, 14), (2000, 6000), ["USD"], 20, N),
        ("441990", "Wooden spoons and spatulas, beech", "import", ["sea"], ["CN", "RS"], (3, 6), (2000, 6000), ["USD", "EUR"], 15, N),
        ("960621", "Plastic sewing buttons, assorted packs", "import", ["post", "express"], ["CN", "IN"], (15, 30), (1, 3), ["USD"], 50, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind198", 20590301, HERE)


if __name__ == "__main__":
    main()
