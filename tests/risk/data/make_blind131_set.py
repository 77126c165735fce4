#!/usr/bin/env python3
"""Writes the hundred-and-thirty-first blind set (tests/risk/data/blind131-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2048, with goods, routes,
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
would. Ids are BL131-*:

    python3 tests/risk/data/make_blind131_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)



base.START = datetime.date(2048, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "CH", [], "FR", "330190",
         "Hydrolat de bleuet bio, pour compresses des yeux, 4 x 1 l", "CH", 4.6, 4, 60, "CHF",
         "cornflower hydrolat is a faintly blue-tinged, soft-smelling floral water of 1.00 kg/l sold in small "
         "brown bottles; these four litre bottles are water-clear, smell of nothing, weigh 1.13 kg/l, have vented "
         "caps, bleach a cotton pad and sting and whiten the skin: about 35 % hydrogen peroxide (Annex I above "
         "12 %), posted from Geneva to a private person in Annecy; Swiss French wording (hydrogen peroxide repeats in "
         "many sets and water-like covers, rose and orange-blossom water among them, in several; a cornflower "
         "hydrolat label was found in no earlier row by a keyword search)", person("M. Laurent Favre", "FR")),
        ("PRE-02", "import", "FRAIR01", "express", "HT", [], "FR", "220840",
         "Kleren natif natal, boutèy 1 lit, 6 boutèy", "HT", 8.4, 6, 3000, "HTG",
         "Haitian clairin is a clear cane spirit of about 0.95 kg/l that smells of fresh cane and burns with a blue "
         "flame; these six bottles weigh 1.40 kg/l, give off brown fumes when opened, yellow the skin and a wooden "
         "match, do not burn and eat into the foil seals: about 65 % nitric acid (Annex I above 3 %), sent by "
         "express from Port-au-Prince to a private person in Créteil, although corrosive liquids travel by express "
         "only as declared dangerous goods; Haitian Creole wording (nitric acid repeats in many sets and spirit "
         "covers, tequila, soju and pisco among them, in several; a clairin label was found in no earlier row by a "
         "keyword search)", person("Mme Nadège Pierre-Louis", "FR")),
        ("PRE-03", "import", "LVPOST01", "post", "AM", [], "LV", "271019",
         "Вазелиновое масло (парафин жидкий), 4 флакона по 1 л", "AM", 7.4, 4, 8000, "AMD",
         "liquid paraffin (vaseline oil) is a tasteless, oily liquid of 0.85 kg/l that floats on water; these four "
         "bottles weigh 1.84 kg/l, the oil sinks in water and heats it to boiling, chars a paper label and the caps "
         "have swollen: about 96 % sulphuric acid (Annex I above 15 %), posted from Yerevan to a private person in "
         "Riga; Russian wording from Armenia (sulphuric acid repeats in many sets and oily covers, castor oil among "
         "them, in a few; a vaseline-oil label was found in no earlier row by a keyword search)",
         person("Jānis Ozols", "LV")),
        ("PRE-04", "import", "SKPOST01", "post", "UA", [], "SK", "220720",
         "Біоетанол для біокаміна, 96 %, 4 пляшки по 1,5 л", "UA", 6.8, 4, 900, "UAH",
         "bioethanol fireplace fuel is denatured alcohol of 0.79 kg/l with a bitter, spirit smell; these four "
         "bottles weigh 1.14 kg/l, smell faintly fruity, the liquid sinks under water instead of mixing with it, and "
         "the filler's drum label photographed inside reads 'CH3NO2': nitromethane (Annex I above 16 %), posted from "
         "Uzhhorod to a private person in Košice; Ukrainian wording (nitromethane repeats in many sets and fuel "
         "covers, garden lamp oil and windscreen washer among them, in several; a bioethanol fireplace label was "
         "found in no earlier row by a keyword search)", person("Ján Horváth", "SK")),
        ("PRE-05", "import", "BGROAD01", "road", "MK", [], "BG", "110813",
         "Компир скроб, пакувања од 1 кг, 500 пакувања", "MK", 500, 500, 700, "EUR",
         "potato starch squeaks between the fingers, is bright white and thickens hot water into a clear paste; "
         "these 500 bags hold a heavier, gritty, glassy powder that neither squeaks nor thickens, barely dissolves "
         "and flares violently mixed with sugar, and the inner liners read 'KClO4', for a Sofia web shop that sells "
         "1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, on a van at Gyueshevo; Macedonian wording (potassium perchlorate repeats in many sets and starch "
         "covers, arrowroot, kudzu and tunta among them, in several; a potato-starch label was found in no earlier "
         "row by a keyword search)", firm("Orion Hrani EOOD", "BG")),
        ("PRE-06", "import", "ATAIR01", "express", "JP", [], "AT", "110290",
         "白玉粉（もち米粉）500g × 8袋", "JP", 4, 8, 4800, "JPY",
         "shiratamako is a glutinous rice flour in irregular, chalky white lumps that turn into a soft dough with "
         "water; these eight bags hold translucent, colourless crystals that draw damp, dissolve at once to a clear "
         "solution, do not knead, and burn brightly on a hot plate with sugar: sodium perchlorate (Annex I above "
         "40 %), sent by express from Osaka to a private person in Graz; Japanese wording (sodium perchlorate repeats "
         "in many sets under salt, sugar and supplement labels; a shiratamako label was found in no earlier row by a "
         "keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "ESSEA01", "sea", "MX", [], "ES", "190410",
         "Amaranto reventado (alegría natural), bolsas de 1 kg, 800 bolsas", "MX", 800, 800, 2000, "USD",
         "popped amaranth is a feather-light, cream-coloured puffed grain (about 100 g/l) so that a 1 kg bag is a "
         "pillow; these 800 bags are small, hard and heavy, hold white prills of 0.8 kg/l that turn ice-cold in "
         "water, taste bitter-salty and melt and fume on a hot plate, for a Madrid Mexican grocery that sells to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, in a "
         "groupage container from Veracruz to Valencia; Mexican Spanish wording (ammonium nitrate repeats in many "
         "sets under food-grain and sugar-pearl covers, fonio among them; a popped-amaranth label was found in no "
         "earlier row by a keyword search)", firm("Delta Abarrotes Mexicanos SL", "ES")),
        ("PRE-08", "import", "PTSEA01", "sea", "CL", [], "PT", "110820",
         "Inulina de achicoria en polvo, bolsas de 1 kg, 600 bolsas", "CL", 600, 600, 1800, "USD",
         "chicory inulin is a light, slightly sweet, off-white powder that dissolves cloudy and feels creamy; these "
         "600 bags hold a dense, shiny, crystalline powder with no sweetness that does not cloud water, spits violet "
         "sparks on a hot iron and carries CAS 3811-04-9 on the inner bags, for a Porto health-food chain that sells "
         "to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from San Antonio to Leixões; Chilean Spanish wording (potassium chlorate repeats in many sets under "
         "supplement and food-powder labels; an inulin label was found in no earlier row by a keyword search)",
         firm("Rivage Saúde Natural Lda", "PT")),
        ("PRE-09", "import", "FISEA01", "sea", "KR", [], "FI", "294000",
         "알룰로스 결정 감미료, 1kg 파우치, 2,000개", "KR", 2000, 2000, 6000, "USD",
         "crystalline allulose is a very sweet, fine white sugar that browns and caramelises when heated; these "
         "2,000 pouches hold coarse, cubic, tasteless crystals that crackle and flare yellow on a gas ring and do "
         "not brown, and the factory sheet in the container gives CAS 7775-09-9, for a Helsinki diet-food web shop "
         "that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Busan to Kotka; Korean wording (sodium chlorate repeats in many sets under sugar and salt labels, "
         "erythritol and xylitol among them; an allulose label was found in no earlier row by a keyword search)",
         firm("Vega Terveysruoka Oy", "FI")),
        ("PRE-10", "import", "NLAIR01", "air", "GH", [], "NL", "151590",
         "Shea butter, unrefined, 500 g tubs, 200 tubs", "GH", 100, 200, 900, "USD",
         "a West African shop air shipment for an Amsterdam Zuidoost grocery: shea butter and black soap are what "
         "such shops stock, but the third item's 'akpeteshie' bottles hold a liquid of 1.20 kg/l that has no smell "
         "of alcohol, does not burn, froths on a cut and whitens the skin, under vented caps: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, flown from Accra; Ghanaian English wording with Twi names (hydrogen peroxide and "
         "spirit covers repeat in many sets; an akpeteshie label behind shea butter and black soap was found in no "
         "earlier row by a keyword search)",
         dict(firm("Atlantic Afro Market BV", "NL"),
              _more_items=[item("340119", "Alata samina (African black soap), 400 bars", "GH", 80, 400, "USD", qty=400),
                           item("220890", "Akpeteshie (local gin), 1 l bottles, 300 bottles", "GH", 360, 450, "USD", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MY", "540219",
         "Fío de poliamida 6 reciclado, en bobinas, 22 t", "ES", 22000, None, 4400, "EUR",
         "recycled PA6 yarn is clean, even filament wound on cardboard bobbins at 2-3 EUR/kg; this container holds "
         "compressed bales of knotted green and orange trawl and gill nets with sand, shells, fish remains and "
         "lead-cored footropes, pulled out of Galician harbours and beaches, at 0.20 EUR/kg: end-of-life fishing "
         "nets, plastic waste whose export to a non-OECD country is banned (Regulation 2024/1157), with lead-bearing "
         "rope, from Vigo to Port Klang for a 'yarn recycler'; Galician wording (fishing nets repeat in a few sets; a "
         "yarn-on-bobbins label was found in no earlier waste row by a keyword search)", {"importer_country": "MY"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "BA", "391810",
         "Rabljene vinilne podne pločice, očišćene, za ponovnu upotrebu, 18 t", "HR", 18000, None, 900, "EUR",
         "reclaimed vinyl flooring is flexible, clean planks or tiles that bend without breaking; these pallets "
         "hold brittle, grey-brown 30 x 30 cm tiles that snap, with black bitumen adhesive on the backs and fibres "
         "under a lens, lifted from a 1970s Zagreb school: vinyl-asbestos floor tiles with asbestos-bearing mastic "
         "(17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Stara Gradiška "
         "for a Banja Luka 'flooring' trader; Croatian wording (asbestos repeats in many sets; a vinyl-floor-tile "
         "label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "850760",
         "Magazyny energii LFP, używane, sprawne, po teście, 12 szt.", "PL", 26000, 12, 24000, "EUR",
         "second-life storage cabinets come as tested racks with a battery-management system and a test report; "
         "these twelve are bare traction packs cut out of crashed and fire-damaged electric city buses, with "
         "swollen cells, scorched busbars, no BMS and a smell of electrolyte: waste lithium-ion batteries "
         "(16 06 05 and, damaged, hazardous under the Basel entries for waste batteries), whose export to a non-OECD "
         "country is banned, on a lorry at Dorohusk for a Lviv 'energy' start-up; Polish wording (lithium battery "
         "waste repeats in many sets and second-life labels in several; from Polish bus depots by road to Ukraine is "
         "the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AL", "950430",
         "Apparecchi da intrattenimento usati, funzionanti, 140 pezzi", "IT", 12600, 140, 7000, "EUR",
         "working second-hand amusement machines come complete, with cabinets, screens and a test sticker; these "
         "140 are gutted gaming-machine cabinets withdrawn from Italian bars after a licensing change, with smashed "
         "CRT monitors, loose boards, back-up batteries and no coin mechanisms, stacked without packaging: waste "
         "electrical equipment with CRT glass and boards (16 02 13*), hazardous waste whose export to a non-OECD "
         "country is banned, from Ancona to Durrës for a 'games arcade'; Italian wording (e-waste repeats in many "
         "sets and a slot-machine label once, in blind20; gutted gaming cabinets to Albania are the new part as far "
         "as a search found)", {"importer_country": "AL"}),
        ("WST-05", "export", "EESEA01", "sea", "EE", [], "PK", "260200",
         "Mangaanimaak, 44 % Mn, suurkottides, 40 t", "EE", 40000, None, 8000, "EUR",
         "manganese ore is hard, black-grey lumps that nobody exports from Estonia; these bags hold a black, "
         "powdery mass with bits of steel casing, paper separators, button cells and the smell of electrolyte, "
         "from the shredding of collected household batteries (alkaline, zinc-carbon, nickel-cadmium and mercury "
         "button cells mixed): battery black mass (16 06 02*, 16 06 03* among it), hazardous waste whose export to a "
         "non-OECD country is banned, from Muuga to Karachi for a 'ferro-alloy plant'; Estonian wording (black mass "
         "repeats in many sets and a manganese-ore label once, in blind110; kept as a known repeat of the label, from "
         "Estonia to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-06", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "901920",
         "Medical equipment donation: ventilators and patient monitors, used, working, 300 units", "GB", 9000, 300,
         3000, "GBP",
         "donated ventilators are boxed, cleaned and come with service logs and a hospital letter; these 300 are a "
         "stripped pandemic stockpile, cracked cases, missing screens, swollen internal batteries and expired lead "
         "oxygen sensors, loose in a container with no consignee hospital: waste electrical and electronic "
         "equipment (16 02 13*), hazardous waste whose export to Ghana is banned, moved through the Union without the "
         "notification and consent transit of such waste needs, landed at Rotterdam in transit from Felixstowe to "
         "Tema; British English wording (e-waste as donations repeats in several sets and a ventilator once, in "
         "blind117; a transhipment at Rotterdam from Britain is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "800120",
         "Ón-ólom forrasztóanyag, rúd, 8 t", "HU", 8000, None, 16000, "EUR",
         "tin-lead solder bars are bright, even, stamped ingots worth well over 20 EUR/kg; these drums hold grey, "
         "crumbly oxide skimmings with metal beads and flux residue, from the wave-soldering lines of electronics "
         "plants around Győr, declared at 2 EUR/kg: solder dross, a lead-bearing metal waste (Basel A1010/A1020), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry at Röszke for a Subotica "
         "'smelter'; Hungarian wording (solder dross repeats once, in blind47, and lead wastes in many sets; a "
         "solder-bar label by road to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "NG", "870323",
         "Used cars, Toyota Corolla 2031, 4 units", "IE", 5200, 4, 16000, "EUR",
         "a used-car container for Lagos: second-hand Japanese saloons and household goods are what Dublin "
         "exporters ship to Nigeria, but the third item's 'hospital lead aprons, used, for reuse' are 600 torn, "
         "cracked radiation-protection aprons and thyroid collars discarded by Irish hospitals, with lead sheet "
         "showing through: lead-bearing waste (Basel A1010/A1020), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration, from Dublin to Apapa; Irish English "
         "wording (lead aprons repeat in a few sets; behind used cars and household goods from Ireland is the new "
         "part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("940360", "Used household furniture, assorted, 40 pcs", "IE", 1600, 800, "EUR", qty=40),
                           item("902290", "Hospital lead aprons, used, for reuse, 600 pcs", "IE", 3600, 600, "EUR", qty=600)])),
        ("WST-09", "export", "LUROAD01", "road", "LU", ["DE", "AT", "SI", "HR", "RS", "BG"], "TR", "701980",
         "Glasswoll-Isolatiounsrollen, nei, 18 t", "LU", 18000, None, 9000, "EUR",
         "new glass-wool insulation rolls are yellow, springy, clean and wrapped in printed film; these bales are "
         "flattened glass-fibre mats caked with red, grey and black paint overspray, smelling of solvent, pulled out "
         "of the spray booths of industrial paint shops: paint-booth filters with hazardous coating residues "
         "(15 02 02*), hazardous waste shipped to an OECD country without the notification and consent it needs, on "
         "a lorry from Luxembourg to an Istanbul 'insulation' trader; Luxembourgish wording (paint waste and filter "
         "mats repeat in several sets; a glass-wool label on paint-booth filters was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("WST-10", "export", "SISEA01", "sea", "SI", [], "EG", "470790",
         "Odpadni papir in karton, sortiran, bale, 24 t", "SI", 24000, None, 2400, "EUR",
         "sorted waste paper and board is clean, dry, baled cardboard; these bales are grey-green, damp sludge "
         "cakes pressed with paper fibre, stinking of sulphide and ink and reading mineral oil and heavy metals, "
         "from a de-inking plant's effluent treatment: de-inking sludge mixed with chemical sludge (19 08 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Koper to Alexandria under a green-list "
         "paper label; Slovenian wording (paper covers on other wastes repeat in several sets; de-inking sludge was "
         "found in no earlier row by a keyword search)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "950590",
         "Parti spreyi (sprey serpantin), 250 ml, 12.000 adet", "TR", 3000, 12000, 9000, "EUR",
         "party-string sprays for the European market run on hydrocarbon or HFC-152a and say so on the can; these "
         "12,000 cans carry no propellant marking, the over-label hides a printed 'R134a' and a gas test at the "
         "nozzle gives 1,1,1,2-tetrafluoroethane: novelty aerosols containing HFC-134a, whose placing on the Union "
         "market is banned (Regulation 2024/573, Annex IV) and whose gas the importer held no quota for, on a lorry "
         "at Kapitan Andreevo for a Sofia party-supplies wholesaler; Turkish wording (HFC-134a repeats in many sets "
         "and party-string labels in two; a sprey serpantin label from Türkiye is the new part as far as a search "
         "found)", firm("Vega Parti EOOD", "BG")),
        ("OZN-02", "import", "GRROAD01", "road", "AL", [], "GR", "321410",
         "Shkumë poliuretani me pistoletë, 750 ml, 2.400 bombola", "AL", 2100, 2400, 5000, "EUR",
         "one-component gun foam for the Union uses a hydrocarbon and DME propellant and is marked as extremely "
         "flammable; these 2,400 cans are marked non-flammable, their foam cures slowly and a head-space test gives "
         "chlorodifluoromethane and 1,1-dichloro-1-fluoroethane: polyurethane foam cans blown and propelled with "
         "HCFC-22 and HCFC-141b, products containing ozone-depleting substances whose import into the Union is "
         "banned (Regulation 2024/590), on a lorry at Kakavia for an Ioannina builders' merchant; Albanian wording "
         "(HCFC-141b foams repeat in many sets; a gun-foam label was found in no earlier row by a keyword search)",
         firm("Horizon Domika AE", "GR")),
        ("OZN-03", "import", "HRSEA01", "sea", "CN", [], "HR", "841861",
         "泳池热泵热水器, 12 kW, R410A, 40台", "CN", 3200, 40, 16000, "USD",
         "R-410A pool heat pumps carry a rating plate with the gas, its GWP and a charge in CO2 equivalents, and "
         "service ports for 40 bar; these 40 units have plates with the gas field blank, low-pressure service valves "
         "and a charge that reads chlorodifluoromethane on a refrigerant identifier: heat pumps pre-charged with "
         "HCFC-22, equipment containing an ozone-depleting substance whose import into the Union is banned, by sea "
         "from Ningbo to Split for a Dalmatian pool-building firm; Chinese wording (R-22 equipment repeats in many "
         "sets and refurbished R-22 pool heat pumps once, in blind44; kept as a known repeat, new units with R-410A "
         "plates by sea to Croatia are the new part)",
         firm("Delta Bazeni d.o.o.", "HR")),
        ("OZN-04", "import", "BEAIR01", "express", "US", [], "BE", "842410",
         "Motorsport plumbed-in fire suppression systems, 2.25 l fluorine-free foam, 10 units", "US", 30, 10, 2500, "USD",
         "plumbed-in motorsport systems hold a fluorine-free foam concentrate at low pressure behind an FIA label; these "
         "ten bottles hold a liquefied gas at 25 bar that leaves no residue, their FIA stickers are forged and the "
         "valve stamps read '1301': halon 1301 (bromotrifluoromethane), whose import into the Union is banned "
         "outside licensed critical uses, sent by express from North Carolina to a historic-racing team near "
         "Spa-Francorchamps; US English wording (halon 1301 repeats in many sets and motorsport labels in a few; a "
         "foam-system label to Belgium is the new part as far as a search found)",
         firm("Central Racing Services SA", "BE")),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", [], "SR", "841869",
         "Gebruikte ijsblokjesmachines, gereviseerd, 20 stuks", "NL", 2400, 20, 6000, "EUR",
         "reconditioned ice-cube machines for export run on R-290 or R-404A and come with a test report; these "
         "twenty, taken out of Dutch hotel bars of the 1990s, still carry their factory R-502 charge (CFC-115 with "
         "HCFC-22), as their plates and a gas test show: equipment containing CFCs and HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), from Rotterdam to Paramaribo for a beverage distributor; Dutch "
         "wording (R-502 equipment repeats in many sets and ice-cube machines in two; to Suriname is the new part as "
         "far as a search found)", {"importer_country": "SR"}),
        ("OZN-06", "import", "NLSEA01", "sea", "MY", [], "NL", "841850",
         "Peti sejuk beku paparan aiskrim, R-290, 30 unit", "MY", 4500, 30, 15000, "USD",
         "plug-in ice-cream display freezers for the Union run on R-290 (propane) and carry a flame symbol; these "
         "30 have no flame symbol, their compressors are stamped for R-404A, and a refrigerant identifier gives the "
         "R-404A blend: plug-in commercial freezers with an HFC of GWP 3922, whose placing on the Union market is "
         "banned (Regulation 2024/573, Annex IV) and whose charge no quota authorisation covered, by sea from Port "
         "Klang to Rotterdam for an ice-cream parlour chain; Malay wording (HFC-charged equipment repeats in many "
         "sets and gelato cabinets in several; a Malaysian ice-cream-freezer label with an R-290 claim is the new "
         "part as far as a search found)", firm("Orion IJs Distributie BV", "NL")),
        ("OZN-07", "import", "DEAIR01", "air", "IN", [], "DE", "842139",
         "Refrigerated compressed air dryers, 100 cfm, R-134a, 24 units", "IN", 2400, 24, 19000, "USD",
         "refrigerated compressed-air dryers of this size run on R-134a or R-513A, with the gas and its CO2 "
         "equivalent on the plate; these 24 carry plates with the charge blank and a refrigerant identifier gives "
         "chlorodifluoromethane: equipment pre-charged with HCFC-22, whose import into the Union is banned, flown "
         "from Pune to Frankfurt for a compressor dealer; Indian English wording (R-22 equipment repeats in many "
         "sets and compressed-air dryers in two; an Indian air-dryer shipment is the new part as far as a search "
         "found)", firm("Nordhafen Drucklufttechnik GmbH", "DE")),
        ("OZN-08", "import", "ROSEA01", "sea", "CN", [], "RO", "290379",
         "Agent de expandare pentru spumă poliuretanică, HFO-1233zd, 80 butoaie", "CN", 20000, 80, 48000, "USD",
         "HFO-1233zd(E) boils at 19 °C, costs several USD/kg and arrives in pressure drums with a 'HFO' GHS label; "
         "these 80 drums hold a liquid boiling at 32 °C at half that price, and the drum heads under the paint read "
         "'HCFC-141b': 1,1-dichloro-1-fluoroethane, an ozone-depleting substance whose import into the Union is "
         "banned, by sea from Shanghai to Constanța for a sandwich-panel maker; Romanian wording (HCFC-141b under "
         "HFO labels repeats in several sets; to a Romanian panel maker is the new part as far as a search found)",
         firm("Meridian Panouri SRL", "RO")),
        ("OZN-09", "import", "MTSEA01", "sea", "AE", [], "MT", "381300",
         "Condensed-aerosol fire suppression generators, potassium-salt type, 60 units", "AE", 1800, 60, 9000, "USD",
         "condensed-aerosol generators are sealed canisters of solid potassium-salt compound with an igniter and "
         "no pressure; these 60 slosh, hold 25 kg of liquefied gas each at 25 bar behind a valve and a gas test "
         "gives 1,1,1,2,3,3,3-heptafluoropropane: HFC-227ea in fire-suppression cylinders, equipment containing an "
         "HFC placed on the market without the quota authorisation it needs (Regulation 2024/573), by sea from Jebel "
         "Ali to Marsaxlokk for a Valletta fire-safety contractor; English wording from the Emirates (HFC-227ea "
         "repeats in many sets; a condensed-aerosol label was found in no earlier row by a keyword search)",
         firm("Atlantic Fire Protection Ltd", "MT")),
        ("OZN-10", "import", "SKPOST01", "post", "TW", [], "SK", "381400",
         "修正液稀釋劑, 100 ml × 10 瓶", "TW", 1.4, 10, 300, "TWD",
         "correction-fluid thinner today is a light, petrol-smelling hydrocarbon of 0.75 kg/l; these ten bottles "
         "hold a heavy (1.33 kg/l), sweet-smelling, non-flammable liquid that boils at 74 °C, an old formula for a "
         "collector of vintage office supplies: 1,1,1-trichloroethane (methyl chloroform), whose import into the "
         "Union is banned, posted from Taipei to a private person in Bratislava; Chinese wording from Taiwan (methyl "
         "chloroform repeats in many sets and a correction-fluid label once, in blind50; a thinner label by post "
         "from Taiwan is the new part as far as a search found)", person("Mária Kováčová", "SK")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRPOST01", "post", "GB", [], "FR", "961100",
         "Brass wax-seal stamps for wedding stationery, 12 pcs", "GB", 1.2, 12, 48, "GBP",
         "new wax-seal stamps are bright brass discs on turned wooden handles with crisp, machine-cut monograms; "
         "these twelve are pointed-oval and round bronze and lead matrices with a pierced loop at the back, worn "
         "Latin legends cut in reverse around saints, lions and merchants' marks, green corrosion and plough soil in "
         "the letters: medieval seal matrices (13th-14th century), detector finds from East Anglian fields, exported "
         "without the licence the United Kingdom requires for archaeological material found in its soil and brought "
         "in without the import licence Regulation 2019/880 requires for archaeological objects, posted from "
         "Norwich to a private buyer in Rouen; English wording (detector finds repeat in many sets; seal matrices "
         "were found in no earlier row by a keyword search, and wax-seal labels only on other goods)",
         person("M. T. Dubois", "FR")),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Terrecotte d'arredo dipinte, nuove, 6 pezzi", "IT", 9, 6, 240, "EUR",
         "new decorative terracottas are evenly fired, bright and glossy; these six are thin-walled jars with tall "
         "handles ending in small wheels, painted in faded brown bands, with root marks and tomb earth inside: "
         "Messapian trozzelle (5th-3rd century BC) dug from Salento necropolises, archaeological objects that need "
         "an export licence at any value (Regulation 116/2009) and belong to the Italian State, on a car at "
         "Chiasso for a Lugano dealer; Italian wording (Apulian vases repeat in several sets and a Grottaglie craft "
         "label in blind113; trozzelle under a plain 'new terracotta' label were found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("CUL-03", "import", "DEAIR01", "air", "NP", [], "DE", "442199",
         "नेवारी शैलीका नयाँ कुँदिएका काठका प्यानल, ४ थान", "NP", 60, 4, 800, "USD",
         "new Newari-style panels are pale, fresh-cut sal or pine with crisp, even carving and a machine-planed "
         "back; these four are long, dark, oil-blackened diagonal temple struts carved with a many-armed goddess over "
         "a dwarf, with weathered tops, old peg holes and soot, taken from a Patan temple roof: tundal struts "
         "(17th-18th century), cultural property whose export Nepal forbids, brought in against the UNESCO 1970 "
         "convention and without the importer statement of Regulation 2019/880, flown from Kathmandu to Frankfurt "
         "for a dealer; Nepali wording (Newari woodwork repeats twice, blind90 and dev19-b; temple struts under a "
         "new-panel label were found in no earlier row by a keyword search)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-04", "import", "NLSEA01", "sea", "KE", [], "NL", "442199",
         "Hand-carved decorative wall boards, new, 8 pcs", "KE", 240, 8, 400, "USD",
         "new carved wall boards are pale, fresh hardwood with regular geometric cuts and a smooth, oiled finish; "
         "these eight are tall, flat, weathered posts with a round head, triangle and chevron carving, termite "
         "galleries and soil at the foot, pulled from Giriama homesteads near Kilifi: Mijikenda vigango (memorial "
         "posts), sacred cultural property whose export Kenya forbids, brought in against the UNESCO 1970 "
         "convention, by sea from Mombasa to Rotterdam for a tribal-art dealer; Kenyan English wording (vigango "
         "repeat twice, blind16 and dev18-a, and Malagasy memorial posts under a garden-post label in blind91; a "
         "wall-board label was found in no earlier row by a keyword search)",
         firm("Horizon Tribal Art BV", "NL")),
        ("CUL-05", "import", "ROROAD01", "road", "MD", [], "RO", "691390",
         "Vaze ceramice pictate manual, meșteșug popular, 8 buc.", "MD", 30, 8, 160, "EUR",
         "new painted folk pots are thick, kiln-glazed and painted in bright enamels; these eight are thin, "
         "unglazed, fine buff vessels painted in red, white and black spirals, some mended from sherds, with "
         "excavation soil inside: Cucuteni-Trypillia painted pottery (4th millennium BC) from Moldovan settlement "
         "sites, archaeological objects whose export Moldova forbids, brought in without the import licence of "
         "Regulation 2019/880, in a car at Leușeni for an Iași collector; Romanian wording from Moldova (Cucuteni-"
         "Trypillia pottery repeats in a few sets; a folk-craft label by road from Moldova is the new part as far as "
         "a search found)", person("Andrei Popescu", "RO")),
        ("CUL-06", "import", "DEAIR01", "air", "KZ", [], "DE", "711311",
         "Қазақ ұлттық күміс әшекейлері, жаңа, 40 дана", "KZ", 2, 40, 1600, "USD",
         "new Kazakh silver jewellery is bright, stamped 925, with cast or filigree ornaments and carnelian; these "
         "40 are heavy, soft, yellow gold plaques and appliqués in animal style (stags, griffins, coiled "
         "predators) with sewing holes, turquoise inlays and burial soil: Sarmatian gold (5th-4th century BC) from "
         "kurgans in western Kazakhstan, archaeological objects whose export Kazakhstan forbids, brought in without "
         "the import licence of Regulation 2019/880, flown from Aktobe via Almaty to Frankfurt for a private buyer; "
         "Kazakh wording (Sarmatian objects repeat twice, blind62 and blind68; a new-silver-jewellery label was found "
         "in no earlier row for them by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-07", "import", "ESAIR01", "air", "PE", [], "ES", "442090",
         "Retablos ayacuchanos de madera, pintados, 30 piezas", "PE", 90, 30, 900, "USD",
         "a Peruvian crafts air shipment for a Madrid fair-trade shop: Ayacucho retablos and Sarhua boards are what "
         "such shops sell, but the third item's twelve 'Chulucanas' pieces are not the new, polished negative-painted "
         "pots of Piura workshops: they are burnished black stirrup-spout bottles with moulded monkeys and birds, "
         "worn spouts and grave sand inside: Chimú blackware (AD 1000-1470), archaeological objects whose export "
         "Peru forbids, brought in without the import licence of Regulation 2019/880, hidden as the last item of a "
         "three-item declaration, flown from Lima; Peruvian Spanish wording (Chimú ceramics repeat in a few sets and "
         "Chulucanas labels in several, and a Peruvian craft order hid textiles in blind85; behind retablos and Sarhua "
         "boards is the new part as far as a search found)",
         dict(firm("Alpina Comercio Justo SL", "ES"),
              _more_items=[item("442090", "Tablas de Sarhua pintadas, 60 piezas", "PE", 60, 360, "USD", qty=60),
                           item("691390", "Cerámica negra de Chulucanas, 12 piezas", "PE", 14, 120, "USD", qty=12)])),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "470790",
         "Картон пакувальний, вживаний, у в'язках, 3 т", "UA", 3000, None, 300, "EUR",
         "used packaging board is flattened, printed cardboard boxes; these bundles are hand-sewn folders of "
         "rag-paper documents in Cyrillic and Polish script, 18th-19th century parish registers and estate "
         "inventories with archive shelf marks and wax-sealed charters, tied between board covers, from a regional "
         "state archive in Volhynia: archival documents, cultural property whose export Ukraine forbids, brought in "
         "against the UNESCO 1970 convention, on a lorry at Yahodyn for a Lublin antiquarian bookseller; Ukrainian "
         "wording (archival papers under waste-paper labels repeat twice, blind44 and blind113; a used-cardboard "
         "label was found in no earlier row for them by a keyword search)", firm("Central Antykwariat Sp. z o.o.", "PL")),
        ("CUL-09", "import", "HRROAD01", "road", "BA", [], "HR", "680299",
         "Stara kamena korita za vrt, 4 komada", "BA", 2400, 4, 400, "EUR",
         "old stone garden troughs are plain, hollowed limestone blocks with tool marks inside; these four blocks "
         "are solid, not hollowed, with carved spiral, rosette, sword and hunt reliefs on the sides, lichen on top "
         "and fresh saw cuts on the base: fragments of medieval stećak tombstones (12th-16th century), national "
         "monuments of Bosnia and Herzegovina whose export is forbidden, brought in against the UNESCO 1970 convention, "
         "on a lorry at Gradina for a Dalmatian garden designer; Bosnian wording (stećci repeat once, in blind58; a "
         "garden-trough label was found in no earlier row by a keyword search)", firm("Vega Vrt d.o.o.", "HR")),
        ("CUL-10", "export", "CYAIR01", "air", "CY", [], "GB", "711790",
         "Κρεμαστά από πικρόλιθο, χειροποίητα, νέα, 20 τεμ.", "CY", 0.3, 20, 200, "EUR",
         "new picrolite pendants from Cypriot craft shops are glossy, evenly cut, pale green and drilled with a "
         "power drill; these twenty are small, worn, blue-green cruciform figures with outstretched arms, one with "
         "a tiny figure on its neck, hand-bored, with lime crust: Chalcolithic cruciform figurines (3500-2800 BC) "
         "looted around Souskiou and Erimi, antiquities owned by the Republic whose export needs a licence at any "
         "value (Regulation 116/2009), flown from Larnaca to London; Cypriot Greek wording (Cypriot antiquities "
         "repeat in a few sets; picrolite figurines under a craft-pendant label were found in no earlier row by a "
         "keyword search)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["GE"], "AM", "291590",
         "Ethylbutyrat, naturidentischer Aromastoff (Ananas), 40 Fässer", "DE", 8000, 40, 24000, "EUR",
         "ethyl butyrate is a light (0.88 kg/l) flavour ester that smells strongly of pineapple and fruit gum; "
         "these 40 drums hold a colourless liquid of 0.97 kg/l with a foul, garlicky smell and drum heads reading "
         "CAS 122-52-1: triethyl phosphite (CWC Schedule 3, dual-use 1C350), exported without the licence Regulation "
         "2021/821 requires, from Hamburg via Poti to a Yerevan 'flavour house' with no production plant; German "
         "wording (triethyl phosphite repeats in a few sets; a pineapple-flavour ester label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "820750",
         "Nastavki za vrtanje lesa z držali, 600 kosov", "SI", 900, 600, 9000, "EUR",
         "wood-drilling bits with simple chuck holders are light, cheap and sold by the box; these 600 are balanced "
         "HSK-63A and BT40 tool holders with ER collets, shrink-fit chucks and coolant channels, for metal-cutting "
         "machining centres, at ten times the declared value, for a Belgrade trader whose forwarder books onward "
         "trucks to Moscow: machine-tool parts listed in Annex XXIII to Regulation 833/2014, whose sale for use in "
         "Russia is forbidden, on a lorry through Croatia; Slovenian wording (machine-tool parts for Russia repeat "
         "in many sets; tool holders and collets were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "AE", "850140",
         "Buismotoren voor rolluiken, 230 V, 400 stuks", "BE", 600, 400, 16000, "EUR",
         "roller-shutter tube motors are long, thin 230 V AC motors with a limit-switch head and a crown adaptor; "
         "these 400 are short, brushless 24 V DC servo actuators with absolute encoders, output levers and a CAN "
         "bus connector, rated for -40 °C, for a Jebel Ali 'home automation' trader whose orders go on to Bandar "
         "Abbas: servo actuators for UAV control surfaces, whose sale for use in Iran Regulation 2023/1529 forbids, "
         "from Antwerp; Flemish wording (UAV servos repeat in many sets; a roller-shutter-motor label was found in "
         "no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "CN", "843139",
         "Ersatzteile für Bandförderanlagen im Bergbau, 1 Container", "AT", 18000, None, 240000, "EUR",
         "mining-conveyor spares are idler rollers, belt splices and drive drums, heavy, greasy and cheap per "
         "kilo; this container from a Tyrolean maker holds detachable chairlift grips, sheave assemblies, a "
         "return-station drive and chair carriers with padded seats, sold to a Dandong trading house that supplies "
         "the Masikryong ski resort: ski-lift equipment, luxury goods whose supply to North Korea Regulation "
         "2017/1509 forbids, from Hamburg; Austrian German wording (DPRK goods through China repeat in several "
         "sets and a chairlift once, in blind116; a mining-conveyor label for a ski lift was found in no earlier row "
         "by a keyword search)", {"importer_country": "CN"}),
        ("STR-05", "import", "ITAIR01", "air", "AM", [], "IT", "711291",
         "Ոսկու ջարդոն, զարդեր, 585 հարգ, 40 կգ", "AM", 40, None, 1600000, "USD",
         "jewellery scrap is a tangle of broken chains, rings and earrings in several colours of 14-carat gold; "
         "these 40 kg are chunks sawn from cast bars, all 999.9 fine, with the edges of a Russian refiner's stamp "
         "and serial numbers ground off: Russian gold, whose import into the Union Regulation 833/2014 forbids, "
         "flown from Yerevan to Milan for an Arezzo refiner; Armenian wording (Russian gold repeats in several sets "
         "under scrap and grain labels, via Armenia as casting grain in blind116; kept as a known repeat, a "
         "jewellery-scrap label for an Arezzo refiner is the new part)",
         firm("Meridian Affinazione Srl", "IT")),
        ("STR-06", "export", "ROROAD01", "road", "RO", ["BG", "TR"], "GE", "220421",
         "Vin roșu sec, Fetească Neagră, 12.000 sticle", "RO", 9000, 12000, 36000, "EUR",
         "a Romanian lorry for a Tbilisi importer: wine and bedroom furniture are goods that may go to Georgia, but "
         "the third item's 'piese de schimb pentru plite cu inducție' are 2,000 sealed IGBT power modules in "
         "anti-static trays, 1,200 V and 450 A, far beyond any induction hob, and the Tbilisi firm's only customers "
         "are in Vladikavkaz: IGBT modules (8541 29), on the common high-priority list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, through Bulgaria and Türkiye; Romanian wording (IGBTs repeat in three sets and induction-hob "
         "labels in a few; behind wine and furniture to Georgia is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("940350", "Mobilier dormitor din lemn masiv, 40 seturi", "RO", 6000, 24000, "EUR", qty=40),
                           item("851690", "Piese de schimb pentru plite cu inducție, plăci electronice, 2.000 buc.", "RO", 900, 8000, "EUR", qty=2000)])),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "PK", "292800",
         "Carbohidrazida, secuestrante de oxígeno para calderas, solución 6,5 %, 40 bidones", "ES", 8000, 40, 6000,
         "EUR",
         "a 6.5 % carbohydrazide boiler treatment is a weak, water-like solution sold cheaply in plastic drums; "
         "these 40 stainless, nitrogen-blanketed drums hold a fuming, ammonia-smelling liquid of 1.01 kg/l that "
         "reads over 98 % N2H4, worth twenty times the declared value, for a Karachi 'power plant' whose address is "
         "a missile organisation's procurement office: anhydrous hydrazine, a propellant on the Common Military "
         "List (ML8) exported without a licence, from Valencia; Spanish wording (hydrazine repeats in a few sets; a "
         "carbohydrazide boiler-treatment label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-08", "transit", "LVSEA01", "sea", "CN", ["LV"], "RU", "850131",
         "遥控车无刷电机 2207 1750KV, 20,000个", "CN", 1000, 20000, 60000, "USD",
         "RC-car brushless motors are inrunners in a closed can with a pinion shaft; these 20,000 are outrunner "
         "motors with a propeller thread and four-hole bell mount, sized for 5-inch FPV drones, landed at Riga "
         "for a rail wagon to a Moscow trading firm: UAV motors on the common high-priority list, whose sale, supply, "
         "transfer and export to Russia, transit through the Union included, Regulation 833/2014 forbids; Chinese "
         "wording (drone motors repeat in many sets and an RC-car label once, in blind72; a transit through Riga to "
         "Russia is the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-09", "import", "BGSEA01", "sea", "GE", [], "BG", "740811",
         "სპილენძის მავთულბაგირი, 8 მმ, საქართველოს წარმოშობის, 60 ტ", "GE", 60000, 24, 540000, "USD",
         "Georgian copper comes as concentrate from Madneuli, and Georgia draws almost no copper rod; these 24 coils "
         "carry the tags of a Urals rod mill under Georgian over-tags, with that mill's coil numbering, and the "
         "Batumi 'producer' has no casting line: Russian copper wire rod, whose import into the Union Regulation "
         "833/2014 forbids, by sea from Batumi to Burgas with a Georgian certificate of origin; Georgian wording "
         "(Russian goods under third-country origin repeat in many sets; copper wire rod with Georgian papers was "
         "found in no earlier row by a keyword search)", firm("Delta Metali EOOD", "BG")),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "SD", "290531",
         "Éthylène glycol, qualité antigel, 20 fûts", "FR", 4400, 20, 5000, "EUR",
         "antifreeze-grade ethylene glycol is a sweet, odourless, viscous liquid of 1.11 kg/l; these 20 drums hold "
         "a thinner liquid of 1.20 kg/l with a faint ethereal smell, toxic in contact with skin, and drum heads "
         "reading CAS 107-07-3: 2-chloroethanol, a chemical-weapons precursor controlled as dual-use (1C350) and "
         "exported without the licence Regulation 2021/821 requires, from Marseille to Port Sudan for a "
         "'radiator-fluid' buyer; French wording (2-chloroethanol repeats in a few sets and glycol covers in "
         "several; to Sudan under an antifreeze label is the new part as far as a search found)",
         {"importer_country": "SD"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "MG", [], "FR", "090411",
         "Poivre sauvage voatsiperifery, en grains, 2 kg", "MG", 2, 1, 40, "EUR",
         "voatsiperifery is a light, dry, stalked wild pepper that smells of citrus and resin; this parcel rattles "
         "and moves, and under a layer of pepper hold twelve socks taped shut, each with a live hatchling tortoise "
         "with a domed, star-patterned shell: radiated tortoises (Astrochelys radiata, CITES App. I), without CITES "
         "documents, posted from Toliara to a private keeper near Nantes; French wording from Madagascar (radiated "
         "tortoises repeat in several sets; a wild-pepper label was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("WLF-02", "import", "DKPOST01", "post", "CA", [], "DK", "050710",
         "Fossil walrus ivory, mineralised, beach-found, for carving, 3 kg", "CA", 3, 6, 900, "CAD",
         "fossil walrus ivory is heavy, stained brown, tan or blue-black by minerals through its whole depth and "
         "cracks like stone; these six pieces are white to cream throughout, with fresh oily cores, pulp cavities "
         "with tissue remains and saw cuts through recent enamel: fresh walrus tusk sections (Odobenus rosmarus, "
         "CITES App. III for Canada) without the Canadian export permit, posted from Iqaluit to a private carver in "
         "Aarhus; Canadian English wording (walrus ivory repeats in a few sets and mammoth-ivory covers in several; "
         "a fossil-walrus-ivory label was found in no earlier row by a keyword search)",
         person("Mette Nielsen", "DK")),
        ("WLF-03", "import", "DEAIR01", "express", "CO", [], "DE", "060490",
         "Musgo seco decorativo para terrarios, 2 kg", "CO", 2.2, 1, 30, "USD",
         "dried terrarium moss is light, brittle, greyish-green and does not smell; this box is damp, heavy with "
         "moisture, and among the moss lie 30 film canisters with air holes, each holding a small, brilliantly "
         "coloured, live frog, yellow-banded or red with blue legs: wild-caught poison dart frogs (Dendrobatidae, "
         "CITES App. II, Oophaga among them) without CITES documents, sent by express from Cali to a private breeder "
         "in Hamm; Colombian Spanish wording (dart frogs repeat in a few sets; a dried-moss label was found in no "
         "earlier row for them by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "CZAIR01", "air", "BR", [], "CZ", "030119",
         "Peixes ornamentais vivos: cascudos (Loricariidae), 600 unidades", "BR", 120, 600, 1800, "USD",
         "suckermouth catfish (cascudos) are armoured, bony-plated, brown or spotted fish that cling to the bag; "
         "half of these bags hold flat, disc-shaped rays with a whip tail and a venomous spine, black with white or "
         "yellow spots, packed singly: Xingu freshwater stingrays (Potamotrygon leopoldi and relatives, CITES App. "
         "II) without CITES documents, flown from Belém to Prague for an ornamental-fish wholesaler; Brazilian "
         "Portuguese wording (freshwater stingrays repeat in a few sets and pleco labels in a few; a cascudo label "
         "was found in no earlier row by a keyword search)", firm("Alpina Akvaristika s.r.o.", "CZ")),
        ("WLF-05", "import", "ESSEA01", "sea", "HN", [], "ES", "440711",
         "Madera aserrada de melina (Gmelina arborea) de plantación, secada, 1 contenedor", "HN", 20000, None, 9000, "USD",
         "plantation melina is pale straw-coloured, light, dull hardwood with no particular smell; this container "
         "holds pinkish to red-brown, straight-grained, knot-free hardwood boards that smell of cedar and cigar "
         "boxes: Spanish cedar (Cedrela odorata, CITES App. II) without the Honduran export permit, by sea from "
         "Puerto Cortés to Valencia for a joinery; Honduran Spanish wording (Cedrela repeats in several sets; a "
         "melina (plantation Gmelina) label was found in no earlier row by a keyword search; a Caribbean-pine label "
         "covered cocobolo in blind100)", firm("Nordhafen Maderas SL", "ES")),
        ("WLF-06", "import", "FRSEA01", "sea", "VE", [], "FR", "440349",
         "Tacos de boj de Maracaibo (palo blanco) para torneado, 4 t", "VE", 4000, None, 6000, "USD",
         "Maracaibo boxwood is pale yellow, fine-grained and floats; these billets are olive-green to dark brown, "
         "oily to the touch, smell of balsam when cut and sink in water (1.25 kg/dm3): lignum vitae (Guaiacum "
         "officinale, CITES App. II) without the Venezuelan export permit, by sea from Puerto Cabello to Le Havre for "
         "a boules and pulley-block maker; Venezuelan Spanish wording (lignum vitae repeats in a few sets; a "
         "Maracaibo-boxwood label was found in no earlier row by a keyword search)", firm("Meridian Bois SARL", "FR")),
        ("WLF-07", "import", "ITSEA01", "sea", "CO", [], "IT", "410799",
         "Cuero de ternero grabado, acabado, 2.000 pies cuadrados", "CO", 300, None, 6000, "USD",
         "embossed calf leather has a pressed, perfectly regular scale print on a uniform, fine hide; these hides "
         "show irregular, natural scale rows with osteoderm pits on the flanks, a belly of square scales and a "
         "tail: spectacled-caiman leather (Caiman crocodilus fuscus, CITES App. II) without the Colombian export "
         "permit or tags, by sea from Cartagena to Livorno for a Tuscan handbag maker; Colombian Spanish wording "
         "(caiman repeats in a few sets and embossed-calf labels twice, blind72 and blind87, on watch straps; kept as "
         "a known repeat, finished hides by sea for a handbag maker are the new part)",
         firm("Orion Pelletteria Srl", "IT")),
        ("WLF-08", "import", "BEAIR01", "air", "SN", [], "BE", "030549",
         "Kéthiakh (jën wu ñu saaf), 200 kg", "SN", 200, None, 800, "EUR",
         "a Senegalese dried-seafood air shipment for a Brussels Matonge grocery: kéthiakh and yeet are what such "
         "shops sell, but the third item's 'sippax' (dried shrimp) are 40 kg of dried, curled seahorses with "
         "horse-like heads and bony rings, mixed into a layer of shrimp: seahorses (Hippocampus algirus, CITES App. "
         "II, trade from Senegal suspended) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Dakar; Wolof wording (seahorses repeat in many sets; a dried-shrimp label behind "
         "kéthiakh and yeet was found in no earlier row by a keyword search)",
         dict(firm("Rivage Teranga SA", "BE"),
              _more_items=[item("030759", "Yeet (cymbium fermenté séché), 60 kg", "SN", 60, 600, "EUR"),
                           item("030695", "Sippax (crevettes séchées), 40 kg", "SN", 40, 200, "EUR")])),
        ("WLF-09", "import", "FRAIR01", "air", "NG", [], "FR", "120799",
         "Ogbono (dika nut) kernels, dried, 30 bags of 25 kg", "NG", 750, 30, 1500, "USD",
         "ogbono kernels are oily, brown-skinned, almond-like seeds that smell nutty and are sold for soup; these "
         "bags hold flat, brown, overlapping keratin scales with growth ridges, shaken under a top layer of kernels: "
         "pangolin scales (Manis and Phataginus spp., CITES App. I) without CITES documents, flown from Lagos to "
         "Paris for an 'African foods' trader whose other consignments went on to Asia; Nigerian English wording "
         "(pangolin scales repeat in many sets; an ogbono label was found in no earlier row by a keyword search)",
         firm("Central Afro Foods SARL", "FR")),
        ("WLF-10", "import", "DEAIR01", "air", "BR", [], "DE", "440729",
         "Massaranduba, tábuas aplainadas para decks, 800 kg", "BR", 800, None, 2400, "USD",
         "massaranduba decking is deep red-brown, heavy, interlocked and dull when planed; these boards are bright "
         "orange-red, darken fast in light, ring when tapped and come in bow-blank sizes, for a Markneukirchen "
         "bow-maker: pau-brasil (Paubrasilia echinata, CITES App. II, raw wood and blanks) without the Brazilian "
         "export permit, flown from São Paulo to Leipzig; Brazilian Portuguese wording (pernambuco repeats in "
         "several sets and massaranduba labels in a few; kept as a known repeat, a decking-board label by air to "
         "Saxony is the new part as far as a search found)", firm("Vega Bogenholz GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRPOST01", "post", "CH", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (pond and aquarium algae treatment)", "CH", 2.3, 2,
     40, "CHF", [("PRECURSOR_LICENCE", "FR-MI-48-0147")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "JP", "AT", "282990",
     "Sodium perchlorate monohydrate 99 %, 1 kg, for a licensed private user (electrochemistry hobby)", "JP", 1, 1,
     9000, "JPY", [("PRECURSOR_LICENCE", "AT-BMI-48-0062")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "391810",
     "Vinyl-asbestos floor tiles (17 06 05*), from a Basel school renovation, for a licensed landfill, 14 t", "CH",
     14000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-48-0115")], "notified asbestos waste to a licensed disposal site"),
    ("PRM-04", "waste", "import", "PLSEA01", "sea", "NO", "PL", "854913",
     "Waste lithium-ion traction batteries (16 06 05), from electric buses, for a licensed recycler, 20 t", "NO",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-48-0233")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "1,1-Dichloro-1-fluoroethane (HCFC-141b), analytical reference standard, 5 x 1 ml, for laboratory use", "US",
     0.05, 5, 600, "USD", [("ODS_LICENCE", "DE-UBA-ODS-48-011")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "MTSEA01", "sea", "AE", "MT", "290349",
     "HFC-227ea (heptafluoropropane), 20 refillable cylinders of 60 kg, within the importer's HFC quota", "AE",
     1200, 20, 30000, "USD", [("FGAS_QUOTA", "MT-ERA-FG-48-006")], "HFC-227ea placed on the market within quota"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "GB", "FR", "970510",
     "Medieval seal matrix, copper alloy, 14th century, reported find with UK export licence and provenance", "GB",
     0.05, 1, 2400, "GBP", [("IMPORT_LICENCE", "FR-MC-IMP-48-0031")], "archaeological object imported with the EU import licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Messapian trozzella, 4th century BC, documented collection since 1958, with the Italian export certificate",
     "IT", 2, 1, 18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-48-0144")],
     "archaeological object exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292090",
     "Triethyl phosphite 98 %, 20 drums, for an Indian flame-retardant maker", "DE", 4000, 20, 16000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-48-0311"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-48-0091")],
     "CWC Schedule 3 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "JP", "282510",
     "Anhydrous hydrazine, propellant grade, 10 stainless drums, for a Japanese satellite maker", "FR", 1000, 10,
     90000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-48-0412"), ("END_USER_CERTIFICATE", "JP-METI-EUC-48-0027")],
     "military-list propellant under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "HN", "ES", "440729",
     "Spanish cedar (Cedrela odorata), sawn, from a managed forest concession, 18 t", "HN", 18000, None, 16000,
     "USD", [("CITES_PERMIT", "HN-ICF-48-0214")], "App. II Cedrela with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "CO", "DE", "010690",
     "Dyeing poison frogs (Dendrobates tinctorius), captive-bred F2, 20 animals", "CO", 1, 20, 1600, "USD",
     [("CITES_PERMIT", "CO-ANLA-48-0133"), ("CITES_PERMIT", "DE-BFN-48-0052")],
     "App. II captive-bred frogs with their export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatperson", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Atlantic Fire Protection Ltd", "PRM-11": "Nordhafen Maderas SL", "PRM-12": "Herr K. Becker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("330190", "Cornflower hydrolat, organic, 1 l", "import", ["post"], ["CH", "MA"], (15, 30), (1, 4), ["CHF", "EUR"], 1, S),
    ("220840", "Haitian clairin (cane spirit), 70 cl", "import", ["express"], ["HT"], (25, 45), (1, 4), ["USD", "EUR"], 1.2, S),
    ("271019", "Liquid paraffin (white mineral oil), cosmetic grade, 1 l", "import", ["post"], ["AM", "UA"], (5, 10), (1, 4), ["EUR"], 1, S),
    ("220720", "Bioethanol fireplace fuel, denatured, 1.5 l bottles", "import", ["road"], ["UA", "RS"], (1, 2), (4000, 12000), ["EUR"], 0.6, S),
    ("110813", "Potato starch, 1 kg bags", "import", ["road"], ["MK", "RS"], (0.8, 1.3), (8000, 20000), ["EUR"], 1, S),
    ("110290", "Shiratamako glutinous rice flour, 500 g", "import", ["express"], ["JP"], (10, 20), (1, 4), ["JPY", "EUR"], 2, S),
    ("190410", "Popped amaranth, 250 g bags", "import", ["sea"], ["MX", "PE"], (6, 10), (1000, 3000), ["USD"], 4, S),
    ("110820", "Chicory inulin powder, food grade, 25 kg sacks", "import", ["sea"], ["CL", "CN"], (2, 4), (5000, 15000), ["USD"], 0.04, S),
    ("294000", "Allulose crystalline sweetener, 1 kg pouches", "import", ["sea"], ["KR", "CN"], (3, 6), (3000, 10000), ["USD"], 1, S),
    ("151590", "Unrefined shea butter, 500 g tubs", "import", ["air"], ["GH", "BF"], (4, 8), (100, 500), ["USD", "EUR"], 2, S),
    ("220890", "Akpeteshie palm spirit, 75 cl", "import", ["air"], ["GH"], (3, 6), (200, 800), ["USD"], 1.2, S),
    ("540219", "Nylon 6 high-tenacity yarn, virgin, on bobbins", "export", ["sea"], ["MY", "VN"], (3, 5), (10000, 20000), ["EUR"], None, S),
    ("391810", "Vinyl floor tiles, new, click LVT", "export", ["road"], ["BA", "RS"], (4, 8), (8000, 18000), ["EUR"], None, S),
    ("850760", "Lithium-ion home energy storage units, new, CE-marked", "export", ["road"], ["UA", "MD"], (8, 15), (2000, 8000), ["EUR"], 0.01, S),
    ("950430", "Arcade amusement machines, new, LCD screens", "export", ["sea"], ["AL", "MA"], (8, 14), (2000, 6000), ["EUR"], 0.008, S),
    ("260200", "Manganese ore, 44 % Mn, lump", "import", ["sea"], ["GA", "ZA"], (0.15, 0.3), (20000, 40000), ["USD"], None, S),
    ("901920", "CPAP machines, new, boxed", "export", ["sea"], ["GH", "KE"], (40, 80), (500, 3000), ["EUR"], 0.3, S),
    ("800120", "Lead-free solder bars, tin-silver-copper, new", "export", ["road"], ["RS", "BA"], (25, 40), (1000, 4000), ["EUR"], None, S),
    ("701980", "Glass-wool insulation rolls, new", "export", ["road"], ["TR", "RS"], (0.8, 1.5), (8000, 18000), ["EUR"], None, S),
    ("950590", "Party string sprays, hydrocarbon propellant, 250 ml", "import", ["road"], ["TR"], (2, 4), (2000, 6000), ["EUR"], 3, S),
    ("321410", "PU gun foam, hydrocarbon and DME propellant, 750 ml", "import", ["road"], ["AL", "TR"], (2, 3.5), (3000, 8000), ["EUR"], 1.1, S),
    ("841861", "Pool heat pumps, R-290, new", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 0.012, S),
    ("842410", "Motorsport fire suppression systems, fluorine-free foam, 2.25 l", "import", ["express"], ["US", "GB"], (60, 120), (2, 4), ["USD", "GBP"], 0.5, S),
    ("841850", "Ice-cream display freezers, R-290, new", "import", ["sea"], ["MY", "CN"], (6, 10), (3000, 8000), ["USD"], 0.007, S),
    ("842139", "Desiccant compressed-air dryers, refrigerant-free", "import", ["sea"], ["IN", "CN"], (10, 18), (1000, 4000), ["USD"], 0.01, S),
    ("381400", "Correction-fluid thinner, hydrocarbon, 20 ml", "import", ["post"], ["TW", "JP"], (20, 40), (1, 2), ["USD"], 30, S),
    ("961100", "Brass wax-seal stamps, new, with wooden handles", "import", ["post"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 6, S),
    ("691390", "Painted ceramic vases, new, folk craft", "import", ["road"], ["MD", "UA"], (3, 6), (500, 2000), ["EUR"], 1, S),
    ("442199", "Carved wooden wall panels, new, Newari style", "import", ["air"], ["NP", "IN"], (8, 15), (100, 500), ["USD"], 0.1, S),
    ("442199", "Hand-carved decorative wall boards, new", "import", ["sea"], ["KE", "ID"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("711311", "Silver jewellery, new, Kazakh national style", "import", ["express"], ["KZ", "UZ"], (300, 600), (1, 2), ["USD"], 20, S),
    ("691390", "Chulucanas ceramics, new, negative-painted", "import", ["air"], ["PE"], (10, 20), (100, 500), ["USD"], 1, S),
    ("680299", "Stone garden troughs, new, hand-carved", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (5000, 15000), ["EUR"], 0.005, S),
    ("711790", "Handmade stone pendants, new, Cypriot craft", "export", ["post"], ["GB", "US"], (60, 120), (1, 2), ["EUR"], 15, S),
    ("291590", "Ethyl butyrate, natural-identical flavouring, drums", "export", ["sea"], ["AM", "GE"], (3, 6), (2000, 8000), ["EUR"], None, S),
    ("820750", "Wood-drilling bits and bit holders, new", "export", ["road"], ["RS", "BA"], (15, 30), (500, 2000), ["EUR"], 2, S),
    ("850140", "Tubular roller-shutter motors, new", "export", ["sea"], ["AE", "MA"], (25, 45), (1000, 4000), ["EUR"], 0.3, S),
    ("711291", "Gold jewellery scrap, 585, for refining", "import", ["air"], ["CH", "AE"], (35000, 50000), (5, 30), ["USD"], None, S),
    ("292800", "Carbohydrazide oxygen-scavenger solution, 6.5 %, drums", "export", ["sea"], ["PK", "EG"], (1, 2), (4000, 12000), ["EUR"], None, S),
    ("850131", "Brushless motors for RC cars, new", "import", ["air"], ["CN"], (30, 60), (100, 500), ["USD"], 20, S),
    ("740811", "Copper wire rod, 8 mm", "import", ["sea"], ["CL", "ZM"], (8, 10), (20000, 25000), ["USD"], None, S),
    ("290531", "Ethylene glycol, antifreeze grade, drums", "export", ["sea"], ["EG", "MA"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("090411", "Voatsiperifery wild pepper, 100 g", "import", ["post"], ["MG"], (40, 80), (1, 3), ["EUR"], 10, S),
    ("950699", "Wooden boules and lawn bowls, new", "import", ["sea"], ["VN", "CN"], (3, 6), (1000, 4000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and blind120, blind80's everyday rows (blind72's, with
# blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows instead of blind120's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960990", "Wax crayons, retail boxes", "import", ["sea"], ["CN", "IN"], (2, 4), (3000, 8000), ["USD"], 4, N),
        ("848180", "Hand shower heads, chrome-plated ABS", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 3, N),
        ("960390", "Toilet brush sets, plastic", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 2, N),
        ("920930", "Nylon classical guitar strings, sets", "import", ["post", "express"], ["US", "JP"], (40, 80), (1, 2), ["USD", "JPY"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind131", 20480101, HERE)


if __name__ == "__main__":
    main()
