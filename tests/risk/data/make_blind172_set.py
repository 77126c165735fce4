#!/usr/bin/env python3
"""Writes the hundred-and-seventy-second blind set (tests/risk/data/blind172-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on land borders and long-haul trucking (TIR and T1 lorries and block
trains crossing several countries: Kapıkule-Kapitan Andreevo, Lesovo, Kipoi, Evzoni,
Debeli Brijeg, Bijača, Moravița, Vyšné Nemecké, Kukuryki, Koroszczyn, Brest-Terespol,
Coquelles, Svinesund, Guerguerat, the Andorran border, the Strait ro-ro lorries, and
outside the Union Laredo, Beitbridge, Malaba and Torkham).
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
would. Ids are BL172-*:

    python3 tests/risk/data/make_blind172_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HRROAD01", "road", "BA", [], "HR", "220110",
         "Prirodna mineralna voda Kiseljak, negazirana, PET boce 1,5 l, 3.200 boca", "BA", 5600, 3200, 1600, "EUR",
         "still Kiseljak mineral water weighs 1.00 kg/l and tastes faintly of iron; these PET bottles have vented "
         "caps, bulge in the warm cab, hold a water-clear liquid of 1.17 kg/l that whitens and stings the skin and "
         "foams on a cut, and the Sarajevo filler's drums on the same lorry read 'H2O2 50 %': hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, for a chain of Makarska mini-markets, on a "
         "lorry at the Bijača-Nova Sela crossing; Bosnian wording (hydrogen peroxide and mineral-water covers repeat "
         "in many sets, blind114 and blind119 among them; a Kiseljak label was found in no earlier row by a keyword "
         "search)", firm("Vega Market d.o.o.", "HR")),
        ("PRE-02", "import", "GRROAD01", "road", "AZ", ["GE", "TR"], "GR", "381400",
         "Yük maşınları üçün bitum və qatran təmizləyici, 1 l, 1.200 şüşə", "AZ", 1370, 1200, 2400, "USD",
         "a lorry tar and bitumen remover is a citrus or kerosene solvent of about 0.80 kg/l that smells of "
         "oranges or paraffin; these 1,200 bottles hold a thin, clear liquid of 1.14 kg/l with a faint fruity-chemical "
         "smell, that does not mix with diesel, and the Sumqayıt filler's drum labels in the cab read 'CH3NO2': "
         "nitromethane (Annex I above 16 %) retail-packed for members of the public, for a Thessaloniki truck-parts "
         "shop that sells to drivers over the counter, on a TIR lorry from Baku through Georgia and Türkiye at "
         "Kipoi; Azerbaijani wording (nitromethane repeats in many sets, once under a diesel cetane-booster label "
         "in blind23; a bitumen-remover label was found in no earlier row by a keyword search)",
         firm("Orion Antallaktika AE", "GR")),
        ("PRE-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "252620",
         "滑石粉, 化妆品级, 1 公斤袋装, 8,000 袋", "CN", 8000, 8000, 12000, "USD",
         "cosmetic talc is a soft, greasy, pearly powder that sticks to the fingers and does not dissolve; these "
         "8,000 bags hold a gritty, white, crystalline powder that is not slippery at all, dissolves slowly in hot "
         "water and flares violently with a pinch of sugar, with 'KClO4' on the inner liners, for a Łódź "
         "party-goods wholesaler that sells kilo bags at market stalls before New Year's Eve: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, in a block-train container from Xi'an through "
         "Khorgos, Kazakhstan, Russia and Belarus, transhipped at Brest-Terespol to Małaszewicze; Chinese wording "
         "(potassium perchlorate repeats in many sets and talc labels in several, a Czech cosmetic-talc label in blind52 "
         "among them, kept as a repeat; by rail through Khorgos for a New Year market trade is the new part)",
         firm("Horizon Hurt Sp. z o.o.", "PL")),
        ("PRE-04", "import", "DEROAD01", "road", "TM", ["AZ", "GE", "TR", "BG", "RO", "HU", "AT"], "DE", "283311",
         "Garabogaz natriý sulfaty (Glauber duzy), iýmit derejeli, 1 kg paket, 12.000 paket", "TM", 12000, 12000,
         7200, "EUR",
         "Glauber's salt from Garabogazköl is large, clear, cool crystals that melt in their own water at 32 °C and "
         "taste bitter-salty; these packs hold hard, white, 2 mm prills that do not melt on a warm radiator, turn "
         "ice-cold in water, test at 34 % N and fume on a hot plate, for a Nuremberg health-food wholesaler that "
         "sells the kilo packs to the public for 'Heilfasten' cleanses: ammonium nitrate (Annex I at 16 % N or more) "
         "retail-packed for members of the public, on a TIR lorry from Türkmenbaşy across the Caspian and through "
         "Azerbaijan, Georgia, Türkiye and the Balkans; Turkmen wording (ammonium nitrate repeats in many sets and "
         "Glauber's-salt labels on other precursors in blind64 and blind154; a Garabogaz fasting-salt label on the "
         "Middle Corridor is the new part as far as a search found)", firm("Alpina Reformwaren GmbH", "DE")),
        ("PRE-05", "import", "ESROAD01", "road", "MA", [], "ES", "151590",
         "زيت السانوج (الحبة السوداء) معصور على البارد، قنينات 1 لتر، 2400 قنينة", "MA", 4400, 2400, 9600, "EUR",
         "cold-pressed nigella (sanouj) oil is a dark amber, peppery oil of 0.92 kg/l that floats on water; these "
         "2,400 bottles hold a colourless to straw-yellow, odourless, oily liquid of 1.84 kg/l that sinks, grows hot "
         "with a drop of water and chars a sugar cube black, for an Almería halal grocery distributor whose shops "
         "sell it to the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, in a ro-ro lorry from Tanger Med to Algeciras; Moroccan Arabic wording with the Darija 'sanouj' "
         "(sulphuric acid repeats in many sets and oil and syrup covers in several, castor oil in blind119 among "
         "them; a nigella-oil label was found in no earlier row by a keyword search)",
         firm("Atlantic Alimentación Halal SL", "ES")),
        ("PRE-06", "import", "IEROAD01", "road", "GB", [], "IE", "340290",
         "Tattoo studio ultrasonic cleaning concentrate, acid, 5 l, 300 cans", "GB", 2100, 300, 4500, "GBP",
         "ultrasonic cleaning concentrates for tattoo needles and grips are mild, mint-green enzymatic or citric "
         "liquids of about 1.05 kg/l; these 300 cans hold a colourless to yellow liquid of 1.40 kg/l that fumes brown "
         "when opened, stains the skin yellow and eats into a copper coin, for a Dublin tattoo-supply web shop that "
         "sells to anyone: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, on a "
         "lorry from Belfast across the land border at Newry-Dundalk; Northern Irish English wording (nitric acid "
         "repeats in many sets and an ultrasonic-cleaning liquid once, in a jeweller's order in blind78; a "
         "tattoo-studio label across the Irish land border was found in no earlier row by a keyword search)", firm("Central Studio Supplies Ltd", "IE")),
        ("PRE-07", "import", "GRROAD01", "road", "MK", [], "GR", "291812",
         "Винска киселина за домашно вино, кристална, кесички 1 кг, 6.000 кесички", "MK", 6000, 6000, 9000, "EUR",
         "tartaric acid for correcting home-made wine is a sour, white, crystalline powder that tastes sharply of "
         "unripe grapes; these bags hold glossy, tasteless, slightly salty-cool crystals that draw damp overnight, "
         "crackle and flare yellow on a hot iron and carry CAS 7775-09-9 on the inner bags, for a Thessaloniki "
         "winemaking-supplies wholesaler whose shops sell to home winemakers: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, on a lorry from Kavadarci at Evzoni; Macedonian wording (sodium "
         "chlorate repeats in many sets and tartaric-acid labels twice, blind66 and blind108; a home-winemaking "
         "label from North Macedonia is the new part as far as a search found)",
         firm("Meridian Oinologika AE", "GR")),
        ("PRE-08", "import", "ATPOST01", "post", "RS", [], "AT", "283699",
         "Amonijak za kolače (hirschhornsalz), 6 x 500 g", "RS", 3.0, 6, 1800, "RSD",
         "baking ammonia for Christmas biscuits is a white powder that reeks of ammonia the moment the bag is "
         "opened and vanishes on a hot pan; these six bags are odourless, glossy crystals that do not vanish but "
         "spit violet sparks on a hot plate and carry 'KClO3' on the inner liners, posted from Novi Sad to a private "
         "person in Vienna in the weeks before Christmas: potassium chlorate (Annex I above 40 %) sent to a member of "
         "the public; Serbian wording (potassium chlorate repeats in many sets and baking covers in several; a "
         "baking-ammonia label was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-09", "import", "DKAIR01", "express", "US", [], "DK", "282720",
         "Pickle crisp granules (calcium chloride), for home canning, 8 x 1 lb", "US", 3.6, 8, 96, "USD",
         "pickle-crisp granules are calcium chloride: they taste intensely salty-bitter and grow hot at once when "
         "wetted; these eight jars hold fine, white crystals that stay cold in water, taste of little, draw damp and "
         "burn brightly with sugar, and the re-used jar seals read 'NaClO4': sodium perchlorate (Annex I above 40 %), "
         "sent by express from Ohio to a private person in Aarhus; US English wording (sodium perchlorate repeats in "
         "many sets and calcium-chloride labels in several; a pickle-crisp label was found in no earlier row by a "
         "keyword search)", person("Mette Jensen", "DK")),
        ("PRE-10", "import", "ITSEA01", "sea", "IN", [], "IT", "330190",
         "अजवाइन अर्क (ajwain arka), आयुर्वेदिक, 1 लीटर PET, 12,000 बोतलें", "IN", 14000, 12000, 9600, "USD",
         "ajwain arka is a herbal distillate: a clear water of 1.00 kg/l that smells strongly of thyme; these PET "
         "bottles have vented caps, smell of nothing, weigh 1.19 kg/l, whiten the skin and foam on rust, for a Milan "
         "Indian-grocery wholesaler whose shops sell to the public: about 50 % hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public, by sea from Nhava Sheva to Genoa; Hindi wording (hydrogen "
         "peroxide repeats in many sets and herbal-water covers in several; an arka label on peroxide was found in "
         "no earlier row by a keyword search, the earlier arka hits being other goods)",
         firm("Rivage Alimentari Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "690390",
         "Brennhilfsmittel für Keramikbrennöfen, Lochplatten, gebraucht, gereinigt, 22 t", "DE", 22000, None, 2200,
         "EUR",
         "used kiln furniture is pale, dense, fired refractory plate that rings when struck and is sold stacked; "
         "this lorry holds steel-framed modules of thin-walled, yellow-grey honeycomb blocks clogged with fly ash, "
         "that read 1.5 % vanadium pentoxide and tungsten, taken out of a Rhineland power station's deNOx reactor: "
         "spent SCR catalysts (16 08 02*), hazardous waste whose export to a non-OECD country is banned, by lorry "
         "through Austria and Hungary to a Smederevo 'ceramics' buyer; German wording (spent SCR catalysts repeat in "
         "blind153 and blind154 under pigment and substrate labels; a kiln-furniture label was found in no earlier "
         "row by a keyword search)", {"importer_country": "RS"}),
        ("WST-02", "export", "SKROAD01", "road", "SK", [], "UA", "382499",
         "Koncentrát rezného oleja, emulgovateľný, IBC 1 000 l, 22 ks", "SK", 22000, 22, 3300, "EUR",
         "soluble cutting-oil concentrate is a clear, amber oil that turns milky only when mixed with water; these "
         "22 IBCs already hold a grey, stinking, bacteria-soured emulsion of 95 % water with tramp oil floating on "
         "top and metal fines at the bottom, drained from a Košice machine shop's coolant sumps: spent machining "
         "emulsions (12 01 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Vyšné "
         "Nemecké for an Uzhhorod 'lubricants' trader; Slovak wording (waste emulsions repeat in a few sets and "
         "cutting-oil labels in a few; by road to Ukraine at Vyšné Nemecké is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "ITROAD01", "road", "IT", ["SI", "HR"], "BA", "390950",
         "Granulo di schiuma poliuretanica per sottotappeto, in balle, 18 t", "IT", 18000, None, 1800, "EUR",
         "PU foam crumb for rebonded carpet underlay is clean, dry, yellow-to-pink flock cut from mattress offcuts; "
         "these bales hold grey, dusty fluff with fabric, wire, glass splinters, plastic dashboard chips and oil "
         "stains, smelling of petrol, from a Friuli car shredder: shredder light fraction (19 10 03*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry through Slovenia and Croatia to a Bihać "
         "'recycler'; Italian wording (car-shredder residue repeats in several sets, once as shoddy fibre in "
         "blind165; a foam-underlay label was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-04", "export", "BGROAD01", "road", "BG", [], "MK", "271019",
         "Хидравлично масло HLP 46, ново, в IBC контейнери, 20 т", "BG", 20000, 20, 8000, "EUR",
         "new HLP 46 hydraulic oil is a clear, pale, odourless oil with a batch certificate; these IBCs hold a black, "
         "water-laden oil with sludge at the bottom and the smell of burnt diesel, collected from Plovdiv truck "
         "workshops' drain tanks: waste engine and gear oils (13 02 05*), hazardous waste whose export to a non-OECD "
         "country is banned, on a tanker lorry at Gyueshevo for a Kumanovo brick kiln; Bulgarian wording (waste oil "
         "repeats in many sets and base-oil labels in several; an HLP hydraulic-oil label was found in no earlier "
         "row by a keyword search)", {"importer_country": "MK"}),
        ("WST-05", "export", "BEROAD01", "road", "BE", ["FR", "ES", "MA", "MR"], "SN", "841720",
         "Fours de boulangerie d'occasion, à sole, révisés, 4 pièces", "BE", 6000, 4, 12000, "EUR",
         "a Brussels lorry for a Dakar bakery chain through Spain, the Strait, Morocco and the Guerguerat crossing: "
         "used deck ovens and office chairs are what such buyers order, but the third item's 'écrans plats testés' "
         "are 900 cracked, unpowered LCD monitors and televisions with their backlight lamps broken, scooped from "
         "Flemish recycling parks: waste electrical equipment with mercury lamps (20 01 35*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration; Belgian "
         "French wording (e-waste to West Africa repeats in many sets and used bakery ovens as the front items once, on waste "
         "oils in blind132; e-waste on a lorry through Guerguerat is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("940171", "Chaises de bureau d'occasion, 120 pièces", "BE", 1800, 1200, "EUR", qty=120),
                           item("852852", "Écrans plats d'occasion, testés, 900 pièces", "BE", 9000, 2700, "EUR", qty=900)])),
        ("WST-06", "export", "IEROAD01", "road", "IE", [], "GB", "440149",
         "Screened hardwood mulch for landscaping, bulk, 26 t", "IE", 26000, None, 780, "EUR",
         "hardwood mulch is brown, fibrous, shredded bark that smells of resin; these walking-floor trailers hold a "
         "wet, grey-black mass of shredded bags, nappies, food waste and glass that smells of rot and leaches brown "
         "water, baled from Dublin household bins: mixed municipal waste (20 03 01) shipped for disposal to a "
         "landfill in Northern Ireland, an export for disposal outside EFTA that the waste shipment rules forbid, "
         "across the land border at Dundalk; Irish English wording (municipal waste repeats in several sets and "
         "mulch labels in a few, on rubber and glass; a hardwood-mulch label across the Irish border is the new part "
         "as far as a search found)", {"importer_country": "GB"}),
        ("WST-07", "transit", "FRROAD01", "road", "GB", ["FR", "BE", "DE", "PL"], "UA", "850760",
         "Refurbished home battery storage units, 5 kWh, graded A, 120 units", "GB", 7200, 120, 36000, "GBP",
         "refurbished home storage units come boxed with a test report, an inverter and a state-of-health reading; "
         "these 120 are bare, dented EV battery modules cut out of crashed cars, some swollen, one leaking "
         "electrolyte, with no management board and no report: waste lithium-ion batteries (16 06 01* class), "
         "hazardous waste moved through the Union without the transit consents it needs, entering at Coquelles "
         "from the Channel Tunnel under a T1 to Kyiv; British English wording (waste lithium batteries repeat in "
         "many sets and storage labels in three, blind35, blind73 and blind78; a T1 transit from the Channel Tunnel "
         "to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-08", "export", "PLRAIL01", "rail", "PL", [], "UA", "270820",
         "Koks pakowy (koks z paku węglowego), do elektrod, luzem, 60 t", "PL", 60000, None, 9000, "EUR",
         "coal-tar pitch coke is hard, grey, porous, glassy lumps with a metallic lustre that smell of nothing; "
         "these wagons hold black, sticky, acid-fuming lumps and sludge that blister the skin and stink of sulphur "
         "and tar, dug out of a former Silesian benzole refinery's lagoons: acid tars (05 01 07*), hazardous waste "
         "whose export to a non-OECD country is banned, in broad-gauge wagons on the LHS line from Hrubieszów; "
         "Polish wording (acid tars repeat in several sets, blind117 and blind165 among them; a pitch-coke label by "
         "the broad-gauge line was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "GN", "282110",
         "Óxido de hierro negro, pigmento para hormigón, sacos 25 kg, 20 t", "ES", 20000, None, 3000, "EUR",
         "black iron-oxide pigment for concrete is a heavy, magnetic powder of about 1 t/m3 in printed sacks; these "
         "sacks hold a fluffy, light, electrostatic black powder that clings to everything, smells of plastic when "
         "heated and reads styrene-acrylate resin with carbon black, swept from a Valencia cartridge-refilling "
         "plant: waste toner (08 03 17*), hazardous waste whose export to a non-OECD country is banned, by sea from "
         "Valencia to Conakry for a 'builders' merchant'; Spanish wording (waste toner repeats in many sets, once under a carbon-black "
         "pigment label in blind92; an iron-oxide-black concrete-pigment label to Guinea is the new part as far as a "
         "search found)", {"importer_country": "GN"}),
        ("WST-10", "export", "KEROAD01", "road", "KE", [], "UG", "380899",
         "Cattle dip concentrate (amitraz 12.5 % EC), 200 l drums, 40 drums", "KE", 8000, 40, 4000, "USD",
         "amitraz cattle dip is a clear, yellow emulsifiable liquid in new, labelled drums with a registration "
         "number; these 40 rusted drums hold caked white powder and a brown sludge that smell of mothballs, with "
         "1970s stencils reading 'DDT 75 %' and 'Dieldrin' under new stickers, cleared out of an old Kenyan "
         "co-operative store: obsolete persistent-organic-pollutant pesticides, hazardous waste exported without "
         "the notification and consent the Basel and Bamako conventions require, on a lorry at Malaba for a Tororo "
         "'veterinary' trader; Kenyan English wording with Swahili stencils (obsolete pesticides repeat in several "
         "sets; a cattle-dip label at Malaba was found in no earlier row by a keyword search)",
         {"importer_country": "UG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "871640",
         "Frigorifik yarı römork, ikinci el, 2009 model, soğutma ünitesi R-452A, 1 adet", "TR", 8200, 1, 14000, "EUR",
         "a used reefer semi-trailer re-gassed to R-452A carries a service sticker and reads about 13 bar on the "
         "high side; this one's unit has its original data plate under paint, the sight glass shows a mineral oil, "
         "the gauges read the pressure of R-22 and a leak detector set for HCFCs screams at the service valves: "
         "equipment containing HCFC-22, whose import into the Union is banned (Regulation 2024/590), towed by a "
         "Turkish tractor unit at Lesovo for a Plovdiv haulier; Turkish wording (R-22 reefer units repeat in several "
         "sets; a re-gassed-to-R-452A label at Lesovo is the new part as far as a search found)",
         firm("Delta Transport EOOD", "BG")),
        ("OZN-02", "import", "HRROAD01", "road", "ME", [], "HR", "281121",
         "Ugljični dioksid za točenje pića, boce 10 kg, 300 boca", "ME", 3000, 300, 2400, "EUR",
         "beverage CO2 comes in grey-shouldered steel cylinders of 10 kg at about 57 bar; these 300 are light, "
         "orange, non-refillable cylinders with a one-way valve that read 12 bar and whose gas, read by an "
         "analyser, is a blend of HFC-125, HFC-143a and HFC-134a: R-404A in non-refillable containers, whose import "
         "is banned and which no quota covered (Regulation 2024/573), on a van at Debeli Brijeg for a Dubrovnik "
         "catering-equipment dealer; Montenegrin wording (HFC cylinders under other gas labels repeat in many sets and "
         "drinks-dispensing CO2 labels twice, blind116 and blind117, kept as a repeat; from Montenegro at Debeli Brijeg "
         "is the new part)",
         firm("Rivage Ugostiteljska Oprema d.o.o.", "HR")),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841869",
         "炒冰机 (泰式炒冰卷机), 单锅, 制冷剂 R-290, 400 台", "CN", 16000, 400, 56000, "USD",
         "rolled-ice-cream machines on R-290 carry a flammable-gas label and a propane compressor with a charge of "
         "under 150 g; these 400 carry no such label, their service ports read the pressure of R-22 and the "
         "compressor plates give 'R22 / 650 g': products containing HCFC-22, whose import into the Union is banned "
         "(Regulation 2024/590), in a block-train container from Chongqing through Khorgos, Kazakhstan, Russia and "
         "Belarus, transhipped at Brest-Terespol to Małaszewicze for a Warsaw catering-equipment wholesaler before "
         "the Christmas markets; Chinese wording (R-22 equipment repeats in many sets; a rolled-ice-cream machine "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Gastro Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ROROAD01", "road", "KZ", ["AZ", "GE", "TR", "BG"], "RO", "280110",
         "Сұйытылған хлор, суды тазартуға арналған, 50 кг баллондар, 60 дана", "KZ", 3000, 60, 6000, "USD",
         "liquid chlorine comes in yellow-banded cylinders that smell of swimming pools at the faintest leak and "
         "read about 7 bar; these 60 read 2 bar, the gas smells faintly sweet, the liquid weighs 1.73 kg/l and the "
         "shoulders are stamped 'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned "
         "(no quarantine exemption remains), on a TIR lorry from Kostanay across the Caspian and through Azerbaijan, "
         "Georgia, Türkiye and Bulgaria for a Constanța grain-terminal operator; Kazakh wording (methyl bromide "
         "repeats in many sets, once under a chlorine label in blind140; the Middle Corridor lorry route from "
         "Kazakhstan is the new part as far as a search found)", firm("Central Silozuri SRL", "RO")),
        ("OZN-05", "import", "GRROAD01", "road", "AL", [], "GR", "380891",
         "Spraj kundër mushkonjave, aerosol 400 ml, 4.800 copë", "AL", 2900, 4800, 5800, "EUR",
         "insecticide aerosols carry a biocide number and a butane-propane propellant that flames at the nozzle; "
         "these 4,800 cans have no active ingredient on the label, do not flame, hold 600 g of a liquid that boils "
         "at -26 °C and fit the car air-conditioning adaptor packed in every carton: HFC-134a in non-refillable "
         "containers, whose import is banned and which no quota covered (Regulation 2024/573), on a van at "
         "Kristallopigi for a Kastoria car-accessories shop; Albanian wording (HFC-134a car cans repeat in many sets "
         "under aerosol labels; a mosquito-spray label at Kristallopigi is the new part as far as a search found)",
         firm("Vega Aftokinita AE", "GR")),
        ("OZN-06", "export", "HUROAD01", "road", "HU", [], "UA", "841981",
         "Használt pékipari kelesztő-hűtő szekrények, felújított, R-290, 24 db", "HU", 7200, 24, 19000, "EUR",
         "refurbished retarder-provers converted to R-290 carry a flammable-gas label and a propane compressor; "
         "these 24, stripped out of a Debrecen industrial bakery, still have their original compressors, read the "
         "pressure of R-22 at the service valves and were never emptied: equipment containing HCFC-22, whose export "
         "from the Union is banned (Regulation 2024/590), on a lorry at Záhony-Chop for a Mukachevo bakery; Hungarian "
         "wording (R-22 equipment for export repeats in many sets and used dough retarders once, blind89, kept as a repeat; "
         "by road to Ukraine at Záhony is the new part)", {"importer_country": "UA"}),
        ("OZN-07", "import", "USROAD01", "road", "MX", [], "US", "080711",
         "Sandía fresca, a granel, 20 toneladas", "MX", 20000, None, 8000, "USD",
         "a watermelon trailer from Sonora carries nothing but melons on straw; behind the first rows this one "
         "holds 320 disposable 25 lb cylinders of R-410A and R-134a with Chinese labels, the driver's bill shows "
         "none of them and the importer holds no allowance: hydrofluorocarbons imported without the allowances the "
         "AIM Act requires, on a produce lorry at the Laredo World Trade Bridge; Mexican Spanish wording (HFC "
         "cylinders smuggled from Mexico repeat in a few sets; a watermelon load at Laredo was found in no earlier "
         "row by a keyword search)", firm("Atlantic Produce LLC", "US")),
        ("OZN-08", "import", "CZPOST01", "post", "GB", [], "CZ", "842410",
         "Starožitný mosazný hasicí přístroj Pyrene, dekorace, 3 ks", "GB", 3.2, 3, 120, "GBP",
         "an antique Pyrene brass pump extinguisher sold as a decoration is emptied and polished; these three slosh, "
         "their caps are still sealed, and the liquid inside weighs 1.59 kg/l and smells sweet like chloroform: "
         "carbon tetrachloride, products containing an ozone-depleting substance whose import into the Union is "
         "banned, posted from Leeds to a private collector in Brno; Czech wording (carbon tetrachloride repeats in "
         "many sets and Pyrene extinguishers twice, blind20 and blind91, kept as a repeat; by post from Leeds to Brno "
         "is the new part)", person("Jan Novák", "CZ")),
        ("OZN-09", "import", "ITSEA01", "sea", "EG", [], "IT", "391721",
         "أنابيب تدفئة مركزية معزولة مسبقًا، رغوة بولي يوريثان منفوخة بالسيكلوبنتان، 6 كم", "EG", 36000, 500, 90000,
         "USD",
         "pre-insulated district-heating pipes foamed with cyclopentane carry a flame-blown label and the foam smells "
         "faintly of petrol; these 500 lengths, for a Bolzano district-heating contractor, give off a sweet, "
         "ether-like gas when a sample is cut and a head-space test reads 1,1-dichloro-1-fluoroethane: products "
         "containing HCFC-141b, whose import into the Union is banned, by sea from Alexandria to Trieste; Egyptian "
         "Arabic wording (HCFC-141b foams repeat in many sets and district-heating pipes in blind148; kept as a "
         "repeat of the good, the Egyptian cyclopentane label is the new part)", firm("Alpina Teleriscaldamento Srl", "IT")),
        ("OZN-10", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "401110",
         "Binek araç lastikleri, yeni, 205/55 R16, 2.400 adet", "TR", 21600, 2400, 96000, "EUR",
         "a TIR lorry of new car tyres in transit from Bursa to Belgrade under a T1: tyres are stacked in towers, "
         "hollow, and the lorry weighs what 2,400 tyres weigh; this one weighs 4 t more, and inside the tyre towers "
         "sit 300 returnable 13.6 kg cylinders of chlorodifluoromethane with Chinese labels: HCFC-22, a controlled "
         "substance moved through the Union without the licence Regulation 2024/590 requires for transit, at "
         "Kapitan Andreevo (Kapıkule) on the way to Kalotina; Turkish wording (HCFC-22 cylinders in transit repeat "
         "in several sets; inside tyre stacks was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEROAD01", "road", "AF", ["IR", "TR", "BG", "RS", "HU", "AT"], "DE", "080620",
         "کشمش سبز هراتی، کارتن ۱۰ کیلویی، ۸۰۰ کارتن", "AF", 8000, 800, 24000, "USD",
         "an Afghan TIR lorry for a Hamburg carpet and dried-fruit importer, through Islam Qala, Iran, Türkiye "
         "and the Balkans: Herat raisins and hand-knotted carpets are what that trade carries, but the third item's "
         "'onyx crafts' are twelve small composite figures of a seated woman in a flounced chlorite robe with a "
         "white calcite head and hands, with soil and salts in the joins: Bactria-Margiana (BMAC) composite "
         "statuettes of about 2000 BC, archaeological objects taken out of Afghanistan against its law and brought "
         "in without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration; Dari wording (BMAC objects repeat twice, blind12 and blind148; behind raisins and carpets on "
         "an Afghan TIR lorry under an onyx label is the new part as far as a search found)",
         dict(firm("Nordhafen Orientteppich GmbH", "DE"),
              _more_items=[item("570110", "قالین دستباف افغانی، پشمی، ۶۰ تخته", "AF", 2400, 36000, "USD", qty=60),
                           item("680291", "صنایع دستی سنگ مرمر (اونیکس)، ۱۲ عدد", "AF", 18, 240, "USD", qty=12)])),
        ("CUL-02", "export", "ROROAD01", "road", "RO", [], "RS", "570110",
         "Covor vechi de lână, uzat, lucrat manual, 1 bucată", "RO", 9, 1, 150, "EUR",
         "an old worn wool rug sells for a hundred euros; this one is a 17th-century Anatolian 'Transylvanian' "
         "double-niche prayer rug with a Saxon church's inventory number stitched on the back and nail holes along "
         "the top where it hung on a pew, taken from a fortified church near Sighișoara: a cultural good above the "
         "value threshold and part of Romania's movable heritage, exported without the licence of Regulation "
         "116/2009 and the Romanian export certificate, in a car boot at Moravița for a Belgrade dealer; Romanian "
         "wording (Transylvanian church rugs repeat once, blind165; by road to Serbia as a used rug is the new part "
         "as far as a search found)", {"importer_country": "RS"}),
        ("CUL-03", "import", "SEROAD01", "road", "NO", [], "SE", "940360",
         "Rosemalt kiste, nytt håndverk, furu, 1 stk.", "NO", 45, 1, 3500, "NOK",
         "a new rosemaled chest is machine-jointed pine with bright acrylic scrolls and a lacquered finish; this "
         "one is hand-dovetailed, with forged iron straps, worn egg-tempera acanthus in the Telemark style, the "
         "bride's initials and the date 1784 on the lid, and a farm museum's inventory label inside the lid: an "
         "18th-century painted bridal chest, a cultural object over a hundred years old whose export Norway forbids "
         "without a permit, brought into the Union against that law (Regulation 2019/880), on a van at Svinesund "
         "for a Gothenburg dealer; Norwegian wording (rosemaling was found once, blind148; a new-chest label at "
         "Svinesund is the new part as far as a search found)", firm("Orion Antikvariat AB", "SE")),
        ("CUL-04", "import", "USROAD01", "road", "MX", [], "US", "680299",
         "Fuente de cantera labrada para jardín, estilo maya, nueva, 1 pieza", "MX", 900, 1, 1800, "USD",
         "new cantera garden fountains from Jalisco are pink volcanic tuff, machine-cut, with crisp chisel marks; "
         "this limestone slab is cut on the back with a saw but carved on the face with a worn glyph column, a "
         "ruler's feathered headdress and traces of red paint, with lichen and jungle soil in the hollows: the "
         "upper fragment of a Classic Maya stela cut from a Campeche site, pre-Columbian monumental sculpture whose "
         "import the United States forbids without Mexico's export certificate (19 U.S.C. 2091) and whose export "
         "Mexico forbids, on a lorry at the Laredo World Trade Bridge; Mexican Spanish wording (Maya stelae repeat in "
         "several sets; a cantera-fountain label was found in no earlier row by a keyword search)",
         firm("Central Garden Imports LLC", "US")),
        ("CUL-05", "import", "ZAROAD01", "road", "ZW", [], "ZA", "950490",
         "Carved bone game pieces, new craft, Bulawayo, 1 set", "ZW", 0.4, 1, 30, "USD",
         "new carved bone dice are bright white, machine-drilled and evenly cut; these four are yellowed ivory and "
         "wooden tablets, hand-incised with worn chevrons and dots, smoothed by generations of handling, with a "
         "leather thong: a set of 19th-century Shona divination tablets (hakata), heritage objects whose export "
         "Zimbabwe's National Museums and Monuments Act forbids without a permit, on a bus at Beitbridge for a "
         "Johannesburg collector; Zimbabwean English wording (Zimbabwean heritage objects repeat in a few sets, "
         "blind124 and blind147; hakata were found in no earlier row by a keyword search)",
         person("Mr T. Moyo", "ZA")),
        ("CUL-06", "export", "ESROAD01", "road", "ES", [], "AD", "442090",
         "Talla decorativa de fusta, Mare de Déu d'estil romànic, nova, 1 peça", "ES", 12, 1, 300, "EUR",
         "a new Romanesque-style carving is pale pine with fresh, even gilding and a flat, sanded back; this seated "
         "Virgin and Child is walnut, hollowed behind, worm-eaten, with layers of old polychromy flaking off gesso "
         "and the stub of an iron fixing where it stood in a niche, missing from a Pallars hermitage: a "
         "12th-century polychrome sculpture from the Spanish historical heritage, exported without the licence of "
         "Regulation 116/2009 and the Spanish permit, in a van at the Andorran border at La Farga de Moles; Catalan "
         "wording (Romanesque sculpture repeats in several sets; to Andorra by road was found in no earlier row by "
         "a keyword search)", {"importer_country": "AD"}),
        ("CUL-07", "import", "FRROAD01", "road", "TN", [], "FR", "680291",
         "Chapiteau corinthien en marbre sculpté, décoration de jardin, fabrication tunisienne, 1 pièce", "TN", 320,
         1, 600, "EUR",
         "new Tunisian marble capitals are white, crisply machine-carved and even; this one is weathered grey "
         "Proconnesian marble, its acanthus worn and broken, with iron-stained dowel holes, red sand in the "
         "crevices and a Latin mason's mark: a Roman capital from Leptis Magna carried across Ras Ajdir, an "
         "archaeological object taken out of Libya and brought into the Union without the import licence of "
         "Regulation 2019/880, in a ro-ro lorry from Tunis to Marseille; Tunisian French wording (Libyan antiquities "
         "through Tunisia repeat once, blind163; a garden-capital label by ro-ro lorry is the new part as far as a "
         "search found)", firm("Rivage Jardin SARL", "FR")),
        ("CUL-08", "import", "DEAIR01", "air", "JO", [], "DE", "701391",
         "Hebron blown glass, handmade, new, small bottles, 40 pcs", "PS", 6, 40, 200, "USD",
         "new Hebron glass is thick, bubbly, brightly coloured cobalt and turquoise; these 40 small, thin-walled "
         "flasks and perfume bottles are iridescent, flaking silver-gold, with soil inside and on the weathered "
         "surfaces: Roman and Byzantine unguentaria from tomb robbing in the southern Hebron hills, archaeological "
         "objects brought into the Union without the import licence of Regulation 2019/880, flown from Amman to "
         "Frankfurt for a Berlin dealer after crossing the Allenby Bridge; Palestinian English wording (ancient "
         "glass under Hebron-glass labels repeats twice, blind129 and blind132, kept as a repeat; by air from Amman "
         "after the Allenby Bridge is the new part)",
         firm("Central Antiken GmbH", "DE")),
        ("CUL-09", "import", "DEPOST01", "post", "UZ", [], "DE", "691200",
         "G'ijduvon sopol laganlari, qo'lda bo'yalgan, yangi, 3 dona", "UZ", 3.5, 3, 60, "USD",
         "new Gijduvan ceramics are brown-yellow-green glazed plates, bright and unworn; these three are 10th-century "
         "Samanid slip-painted bowls with a black Kufic inscription on a white ground, mended from sherds, with "
         "burial soil in the cracks, dug at Afrasiab: archaeological objects whose export Uzbekistan forbids, brought "
         "in without the import licence of Regulation 2019/880, posted from Samarkand to a private collector in "
         "Cologne; Uzbek wording (Samanid epigraphic ware repeats in blind48, blind89 and "
         "blind129, under a Rishtan label in the last; a Gijduvan label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-10", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "830629",
         "镀金铜工艺摆件, 新品, 佛像及器皿, 120 件", "CN", 600, 120, 6000, "USD",
         "new gilt-copper crafts are electroplated, shiny and light; six of these 120 pieces are heavy fire-gilt "
         "bronzes with worn gilding, green corrosion and soil in the casting holes, in the style of Liao-dynasty "
         "tomb furnishings from Inner Mongolia: archaeological objects whose export China forbids, brought into the "
         "Union without the import licence of Regulation 2019/880, in a block-train container from Xi'an through "
         "Khorgos to Duisburg; Chinese wording (Liao objects repeat in several sets; mixed into a rail container of "
         "gilt crafts through Khorgos is the new part as far as a search found)", firm("Horizon Asiatika GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "SIROAD01", "road", "SI", ["HR", "RS", "BG", "TR", "GE", "AZ"], "KZ", "401170",
         "Pnevmatike za kmetijske traktorje, nove, 40 kosov", "SI", 4400, 40, 14000, "EUR",
         "agricultural tractor tyres have deep lugs and a 'TL' farm marking; these 40 are smooth, ribbed, "
         "nylon-cord tyres rated for 225 mph and 200 psi with a TSO marking, sized for Airbus A320 main gear, at ten "
         "times the declared value, for an Almaty 'agro holding' whose freight forwarder ships on to Moscow: "
         "aircraft tyres, whose sale for use in Russia Regulation 833/2014 forbids (Annex XI), on a TIR lorry from "
         "Kranj through the Balkans, Türkiye, Georgia and across the Caspian; Slovenian wording (aircraft tyres "
         "repeat in many sets; a tractor-tyre label on them was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "BGROAD01", "road", "BG", ["TR"], "IR", "903180",
         "Сензори за вибрации за вятърни турбини, 200 бр.", "BG", 60, 200, 9000, "EUR",
         "wind-turbine vibration sensors are single-axis piezo accelerometers in a stainless cup with an M12 plug; "
         "these 200 are sealed six-axis units with fibre-optic gyros and servo accelerometers, navigation-grade "
         "calibration sheets and an anti-vibration mount, worth 4,000 EUR each, for a Tabriz 'wind energy' firm: "
         "inertial measurement units (dual-use 7A001/7A003) for unmanned aerial vehicles, whose sale for use in Iran "
         "Regulation 2023/1529 forbids, on a TIR lorry from Sofia through Kapıkule to Gürbulak-Bazargan; Bulgarian "
         "wording (inertial units repeat in many sets; a wind-turbine sensor label was found in no earlier row by a "
         "keyword search)", {"importer_country": "IR"}),
        ("STR-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "IR"], "PK", "841989",
         "Anaerobní boxy pro mikrobiologické laboratoře, 4 ks", "CZ", 3200, 4, 24000, "EUR",
         "anaerobic chambers are light acrylic boxes with glove ports and a gas airlock; these four are "
         "stainless-steel, lead-shielded cells with 100 mm leaded-glass windows and through-wall master-slave "
         "manipulators, at 120,000 EUR each on the maker's list, for a Rawalpindi 'university' whose address is a "
         "state enterprise's: hot cells with remote manipulators (dual-use 2B225), exported without the licence "
         "Regulation 2021/821 requires, on a TIR lorry from Brno through the Balkans, Türkiye and Iran to Taftan; "
         "Czech wording (remote manipulators repeat in several sets; an anaerobic-chamber label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-04", "export", "USROAD01", "road", "US", [], "MX", "870899",
         "Aluminum automotive parts, assorted, for aftermarket, 40 boxes", "US", 480, 40, 3200, "USD",
         "aftermarket aluminium car parts are brackets, pulleys and intake pieces; these boxes hold 300 rifle upper "
         "receivers, bolt-carrier groups and 600 thirty-round magazines, boxed by a Houston straw buyer: firearms "
         "parts whose export needs a licence under the Export Administration Regulations (0A501) and whose import "
         "Mexico forbids, in a pick-up lorry southbound at the Laredo Juárez-Lincoln bridge for a Nuevo Laredo "
         "'auto parts' shop; US English wording (firearms parts southbound repeat in a few sets; an aftermarket "
         "aluminium-parts label at Laredo is the new part as far as a search found)", {"importer_country": "MX"}),
        ("STR-05", "export", "PLROAD01", "road", "PL", [], "BY", "870840",
         "Części zamienne do ciągników rolniczych, skrzynie biegów, 12 szt.", "PL", 9600, 12, 18000, "EUR",
         "tractor gearboxes are cast-iron housings of a few hundred kilograms with a PTO shaft and a maker's farm "
         "catalogue number; these 12 are 800 kg multi-axle transfer cases and hydromechanical transmissions with "
         "military NATO-pattern fittings, built for 8x8 and 12x12 heavy chassis, for a Minsk 'agricultural' "
         "importer whose only customer is the wheel-tractor plant MZKT: parts for missile-launcher chassis, "
         "machinery whose sale to Belarus Regulation 765/2006 forbids, to a listed end user, on a lorry at "
         "Kukuryki-Kozlovichi; Polish wording (goods for Belarus repeat in many sets; MZKT was found in no earlier "
         "row by a keyword search)", {"importer_country": "BY"}),
        ("STR-06", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440839",
         "Шпон берёзовый лущёный, происхождение Казахстан, 4 вагона", "KZ", 240000, None, 192000, "EUR",
         "Kazakhstan grows almost no birch fit for rotary-cut veneer; these 400 bundles carry the bundle tags of a "
         "Kostroma veneer mill under the new wrapping, the phytosanitary certificate was issued in Petropavl two "
         "days after the wagons entered Kazakhstan, and the Kazakh 'mill' has no peeling lathe: Russian birch "
         "veneer, whose import into the Union Regulation 833/2014 forbids (wood products), by rail through Belarus "
         "to Małaszewicze for a Poznań furniture maker; Russian wording (Russian birch plywood under Kazakh or "
         "Central Asian origin repeats in many sets and birch veneer once, under a Chinese label in blind74; kept as a "
         "repeat of the pattern, with Kazakh papers by rail is the new part)", firm("Meridian Meble Sp. z o.o.", "PL")),
        ("STR-07", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "950611",
         "Alpinski, neu, Saisonware, 400 Paar", "AT", 2800, 400, 60000, "EUR",
         "an Austrian lorry for a Belgrade sports-and-tools trader: skis and builders' laser distance meters are "
         "what such a shop sells, but the third item's 'Laser-Entfernungsmesser' are 60 sealed, 1.5-micron "
         "rangefinder modules with a 20 km range, a military connector and a ruggedised housing, not builders' "
         "pocket meters: laser rangefinders (dual-use 6A008), exported without the licence Regulation 2021/821 "
         "requires, for a buyer whose customers are in Russia (Regulation 833/2014 forbids indirect sale), hidden "
         "as the last item of a three-item declaration at Nickelsdorf and Röszke; Austrian German wording "
         "(rangefinders repeat in several sets; behind skis on a lorry to Belgrade is the new part as far as a "
         "search found)",
         dict({"importer_country": "RS"},
              _more_items=[item("846729", "Akku-Bohrhämmer, 300 Stück", "AT", 1200, 36000, "EUR", qty=300),
                           item("901580", "Laser-Entfernungsmesser für Bauhandwerker, 60 Stück", "AT", 90, 6000, "EUR", qty=60)])),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "AE", "281000",
         "Borsäure, technisch, für Schabenköder, 50 kg", "DE", 50, None, 400, "EUR",
         "technical boric acid for cockroach baits costs a few euros a kilo; this 50 kg costs 1,500 EUR a kilo on "
         "the maker's certificate, which gives a boron-10 isotopic enrichment of 95 %, for a Jebel Ali 'pest "
         "control' trader whose earlier consignments went on to Bandar Abbas: boron enriched in boron-10 (dual-use "
         "1C225), exported without the licence Regulation 2021/821 requires, flown from Frankfurt to Dubai; German "
         "wording (enriched boron was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "LY", "851610",
         "Elektrische boilers, geëmailleerd, 300 l, 24 stuks", "BE", 9600, 24, 9600, "EUR",
         "enamelled electric water heaters are thin steel tanks with a heating element and foam jacket; these 24 are "
         "glass-lined jacketed reaction vessels with agitator seals, PTFE-lined nozzles and bursting discs, at 40,000 "
         "EUR each, for a Misrata 'plumbing' firm: corrosion-resistant reaction vessels (dual-use 2B350), exported "
         "without the licence Regulation 2021/821 requires, to a country under a UN arms embargo, from Antwerp; "
         "Flemish Dutch wording (chemical-plant equipment repeats in several sets; a water-heater label on reaction "
         "vessels was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("STR-10", "export", "FRAIR01", "express", "FR", [], "HK", "280429",
         "Néon pour enseignes lumineuses, 2 bouteilles de 1 l", "FR", 4, 2, 200, "EUR",
         "sign-makers' neon comes in 1 l glass flasks at a few euros each; these two steel lecture bottles carry a "
         "cryogenic supplier's certificate for helium-3, 99.9 %, at 2,500 EUR a litre, for a Kowloon 'neon sign' "
         "workshop with no glass-bending bench: helium-3 (dual-use 1C232), exported without the licence Regulation "
         "2021/821 requires, by express from Paris; French wording (helium-3 was found in one earlier row, blind62, "
         "inside a dilution refrigerator; as neon for signs is the new part)", {"importer_country": "HK"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "KEROAD01", "road", "UG", ["KE"], "VN", "030559",
         "Dried mukene (silver fish), for animal feed, 50 kg bags, 300 bags", "UG", 15000, 300, 6000, "USD",
         "dried mukene are tiny, silvery, whole fish that smell strongly of the lake; under two layers of fish sacks "
         "these bags hold grey-brown, overlapping, fingernail-shaped keratin scales with ridged bases, about 4 t: "
         "pangolin scales (Manis spp., CITES App. I) without CITES documents, on a transit lorry from Kampala "
         "entering Kenya at Malaba for Mombasa port and Hai Phong; Ugandan English wording (pangolin scales repeat "
         "in many sets, under shea-nut labels in blind4 and blind78; a dried-mukene label at Malaba was found in no "
         "earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-02", "import", "BGROAD01", "road", "IR", ["TR"], "BG", "210390",
         "رب انار ترش، شیشه ۵۰۰ گرمی، ۴۰۰۰ شیشه", "IR", 2000, 4000, 8000, "EUR",
         "sour pomegranate paste is a thick, dark-red, tart syrup; 120 of these 4,000 jars, in the cartons nearest "
         "the doors, hold glossy, large, grey-black eggs that roll apart and taste of the sea, with no CITES label: "
         "wild Persian sturgeon caviar (Acipenser persicus, CITES App. II) from the southern Caspian without CITES "
         "documents, on a TIR lorry from Tabriz through Türkiye at Kapitan Andreevo (Kapıkule) for a Sofia Iranian "
         "grocery; Persian wording (caviar repeats in many sets; a pomegranate-paste label was found in no earlier "
         "row by a keyword search)", firm("Central Orient Foods EOOD", "BG")),
        ("WLF-03", "import", "USROAD01", "road", "MX", [], "US", "071490",
         "Jícama fresca, a granel, 18 toneladas", "MX", 18000, None, 9000, "USD",
         "a jicama load is round, brown-skinned roots packed loose in the trailer; behind the first pallets 40 "
         "sacks move and scratch: 380 live box turtles with high, domed, yellow-blotched shells and hinged "
         "plastrons, Terrapene mexicana and Coahuilan box turtles (Terrapene spp., CITES App. II, T. coahuila App. I) "
         "without CITES documents, on a produce lorry from Tamaulipas at the Pharr-Reynosa bridge; Mexican Spanish "
         "wording (box turtles repeat in several sets; a jicama load was found in no earlier row by a keyword "
         "search)", firm("Vega Fresh Produce LLC", "US")),
        ("WLF-04", "import", "PKROAD01", "road", "AF", [], "PK", "010639",
         "ژوندي زرکې (chukar partridges), د ښکار لپاره، ۶۰ قفسه", "AF", 300, 60, 1200, "USD",
         "chukar partridges are small, grey-brown game birds with red bills and barred flanks; among these 60 crates "
         "are 28 large, sandy-buff birds with long necks, black-and-white neck ruffs and crests: Asian houbara "
         "bustards (Chlamydotis macqueenii, CITES App. I) caught in Helmand for the falconry trade, without CITES "
         "documents, on a lorry at Torkham for a Peshawar bird dealer who ships to the Gulf; Pashto wording "
         "(houbara repeat once, under a guinea-fowl label in blind137, and a chukar label once, on chicks in blind165; "
         "at Torkham is the new part as far as a search found)", {"importer_country": "PK"}),
        ("WLF-05", "import", "ESROAD01", "road", "MA", [], "ES", "080522",
         "Clémentines de Berkane, cartons de 10 kg, 2 000 cartons", "MA", 20000, 2000, 18000, "EUR",
         "a reefer of Berkane clementines runs at 4 °C with cartons to the roof; behind the first rows 30 cartons "
         "are warm, ventilated and rustle: 600 young tortoises with domed, yellow-and-black shells and spurs on the "
         "thighs, dug from the Middle Atlas: spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A of the "
         "EU regulation) without CITES documents, in a ro-ro reefer lorry from Tanger Med to Algeciras for a "
         "Barcelona pet wholesaler; Moroccan French wording (Testudo graeca repeats in many sets; a clementine "
         "reefer was found in no earlier row by a keyword search)", firm("Orion Fruits SL", "ES")),
        ("WLF-06", "import", "BGROAD01", "road", "TR", [], "BG", "200819",
         "Sarı leblebi, kavrulmuş nohut, 25 kg çuval, 400 çuval", "TR", 10000, 400, 16000, "EUR",
         "roasted yellow chickpeas (leblebi) are round, crunchy and smell of toast; 40 of these 400 sacks hold "
         "wrinkled, grey-brown, egg-shaped dried tubers strung on threads, hard as horn, that grind to a gluey, "
         "mucilaginous flour: salep, the dried tubers of wild-dug Anatolian orchids (Orchidaceae, CITES App. II) "
         "without CITES documents, on a lorry from Kahramanmaraş at Lesovo for a Sofia ice-cream maker; Turkish "
         "wording (salep repeats in many sets; a leblebi label was found in no earlier row by a keyword search)",
         firm("Delta Dondurma EOOD", "BG")),
        ("WLF-07", "import", "PLROAD01", "road", "UZ", ["KZ", "RU", "BY"], "PL", "081310",
         "Quritilgan o'rik (turshak), karton 10 kg, 1.200 karton", "UZ", 12000, 1200, 36000, "USD",
         "an Uzbek TIR lorry for a Warsaw Central Asian food wholesaler, through Kazakhstan, Russia and Belarus to "
         "Koroszczyn: dried apricots and raisins are what that trade carries, but the third item's 'sopol "
         "toshbaqa haykalchalari' are not ceramic figurines: 450 live juvenile tortoises with flat, round, "
         "yellow-brown shells and four claws a foot, packed in cloth bags: Horsfield's tortoises (Testudo "
         "horsfieldii, CITES App. II) without CITES documents, hidden as the last item of a three-item declaration; "
         "Uzbek wording (Horsfield's tortoises repeat twice, blind55 and blind137; behind dried apricots on a TIR "
         "lorry was found in no earlier row by a keyword search)",
         dict(firm("Horizon Azja Sp. z o.o.", "PL"),
              _more_items=[item("080620", "Mayiz, qora, karton 10 kg, 600 karton", "UZ", 6000, 12000, "USD", qty=600),
                           item("691390", "Sopol toshbaqa haykalchalari, 450 dona", "UZ", 90, 450, "USD", qty=450)])),
        ("WLF-08", "import", "NLAIR01", "express", "ID", [], "NL", "190590",
         "Kerupuk udang mentah, kering, 6 x 500 g", "ID", 3, 6, 150000, "IDR",
         "raw prawn crackers are thin, hard, translucent pink-white chips that puff in hot oil; these six bags hold "
         "pale, fibrous, triangular dried fins with fine cartilage rays, some with a white-spotted grey skin: fins "
         "of wedgefish (Rhynchidae, CITES App. II) without CITES documents, sent by express from Surabaya to a "
         "private buyer in Rotterdam; Indonesian wording (shark and ray fins repeat in many sets and a kerupuk label "
         "once, blind111; wedgefish as raw prawn crackers by express is the new part as far as a search found)",
         person("M. Bakker", "NL")),
        ("WLF-09", "import", "BESEA01", "sea", "TZ", [], "BE", "440799",
         "Mukwa (Pterocarpus angolensis) sawn boards, kiln dried, 1 container", "ZM", 20000, None, 14000, "USD",
         "mukwa is a light-brown wood with a golden figure that weighs about 650 kg/m3; these boards are blood-red "
         "through, heavier (about 800 kg/m3) and bleed red dye into water: mukula (Pterocarpus tinctorius, CITES App. "
         "II) from Zambia, whose export Zambia has banned, trucked through Tunduma and shipped from Dar es Salaam to "
         "Antwerp without CITES documents; Zambian English wording (mukula repeats in many sets; a mukwa label was "
         "found once, blind120, on another wood; kept as a repeat of the good)", firm("Meridian Hout BV", "BE")),
        ("WLF-10", "import", "ITAIR01", "express", "JP", [], "IT", "961590",
         "セルロイド製かんざし, 新品, 4本", "JP", 0.2, 4, 12000, "JPY",
         "celluloid hair pins are light, uniform, moulded plastic that smells of camphor when rubbed; these four "
         "are hand-carved, warm to the touch, translucent amber with dark mottling, and smell of burnt hair under a "
         "hot needle: tortoiseshell (bekkō) from the hawksbill turtle (Eretmochelys imbricata, CITES App. I) without "
         "CITES documents, sent by express from Nagasaki to a private buyer in Florence; Japanese wording "
         "(hawksbill repeats in many sets; a celluloid-kanzashi label was found in no earlier row by a keyword "
         "search)", person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (apiary hygiene)", "BA", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-54-0142")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRROAD01", "road", "AZ", "GR", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (drag-racing fuel)", "AZ", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "GR-YPP-54-0037")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "RS", "DE", "262099",
     "Spent SCR catalyst modules (16 08 02*), V2O5-WO3/TiO2, for vanadium and tungsten recovery at a licensed plant, 22 t",
     "RS", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-54-0311")], "notified spent SCR catalysts to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ITROAD01", "road", "BA", "IT", "391590",
     "Shredder light fraction (19 10 03*) from a Banja Luka car shredder, for energy recovery at a licensed plant, 20 t",
     "BA", 20000, None, 0, "EUR", [("BASEL_CONSENT", "IT-FVG-54-0088")], "notified shredder residue to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BGROAD01", "road", "RS", "BG", "290371",
     "Recovered HCFC-22 in returnable cylinders, 40 x 13.6 kg, for destruction at a licensed facility", "RS", 544, 40,
     0, "EUR", [("ODS_LICENCE", "BG-MOSV-ODS-54-004")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "HRROAD01", "road", "ME", "HR", "382499",
     "R-404A refrigerant in refillable 10 kg cylinders, 40 cylinders, within the importer's registered HFC quota",
     "ME", 400, 40, 6000, "EUR", [("FGAS_QUOTA", "HR-FGAS-54-0219")], "R-404A in refillable cylinders within a registered quota"),
    ("PRM-07", "cultural", "export", "ESROAD01", "road", "ES", "AD", "970529",
     "Romanesque polychrome Virgin and Child, walnut, Catalonia, 12th century, documented private collection since 1931",
     "ES", 14, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-54-0217")],
     "sculpture exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970529",
     "Bactria-Margiana composite statuette, chlorite and calcite, c. 2000 BC, documented in a Swiss collection since 1968",
     "AF", 1.2, 1, 85000, "CHF", [("IMPORT_LICENCE", "DE-BKM-IMP-54-0014")], "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "KZ", "401130",
     "Aircraft main-wheel tyres, A320 family, 24 units, for a Kazakh airline's maintenance base", "FR", 2600, 24,
     62000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-54-1106"), ("END_USER_CERTIFICATE", "KZ-MIIR-EUC-54-0041")],
     "aircraft tyres under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "KR", "281000",
     "Boric acid enriched to 95 % boron-10, 20 kg, for a Korean nuclear power plant's reactivity control", "DE", 20,
     None, 30000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-54-1390"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-54-0062")],
     "enriched boron under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PLROAD01", "road", "UZ", "PL", "010620",
     "Horsfield's tortoises (Testudo horsfieldii), captive-bred, 40 juveniles", "UZ", 8, 40, 2400, "USD",
     [("CITES_PERMIT", "UZ-CITES-54-0117")], "App. II captive-bred tortoises with their export permit"),
    ("PRM-12", "wildlife", "import", "BGROAD01", "road", "IR", "BG", "160431",
     "Caviar of farmed Persian sturgeon (Acipenser persicus), aquaculture, 40 x 100 g, CITES-labelled", "IR", 4, 40,
     6000, "EUR", [("CITES_PERMIT", "IR-DOE-CITES-54-0206")], "App. II farmed caviar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ivana Horvat", "PRM-02": "K. Georgiou", "PRM-05": "Central Ecologia EOOD",
    "PRM-08": "Orion Antiken GmbH", "PRM-11": "Vega Terrarystyka Sp. z o.o.", "PRM-12": "Delta Delikatesi EOOD",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (49 rows): the lawful twins of this set's disguises
    ("220110", "Kiseljak natural mineral water, still, 1.5 l PET", "import", ["road"], ["BA", "RS"], (0.25, 0.45), (12000, 22000), ["EUR"], 0.6, S),
    ("381400", "Citrus tar and bitumen remover for lorries, 1 l", "import", ["road"], ["TR", "AZ"], (1.5, 3), (2000, 6000), ["EUR", "USD"], 1, S),
    ("252620", "Cosmetic talc powder, 1 kg bags", "import", ["rail", "sea"], ["CN"], (0.8, 1.5), (8000, 18000), ["USD"], 1, S),
    ("283311", "Glauber's salt (sodium sulphate decahydrate), food grade, 1 kg", "import", ["road"], ["TR", "TM"], (0.4, 0.8), (8000, 16000), ["EUR"], 1, S),
    ("151590", "Cold-pressed nigella (black seed) oil, 250 ml", "import", ["road"], ["MA", "EG"], (8, 14), (1000, 4000), ["EUR"], 3.6, S),
    ("340290", "Enzymatic ultrasonic cleaning concentrate for tattoo studios, 1 l", "import", ["road"], ["GB"], (6, 12), (500, 2000), ["GBP", "EUR"], 1, S),
    ("291812", "Tartaric acid for home winemaking, 100 g sachets", "import", ["road"], ["MK", "RS"], (4, 7), (1000, 4000), ["EUR"], 10, S),
    ("283699", "Baking ammonia (ammonium bicarbonate), 20 g sachets", "import", ["post"], ["RS", "BA"], (8, 15), (1, 3), ["EUR"], 50, S),
    ("282720", "Pickle-crisp granules (calcium chloride), 1 lb jars", "import", ["express"], ["US"], (15, 25), (1, 3), ["USD"], 2, S),
    ("330190", "Ajwain arka (herbal distillate), 500 ml", "import", ["sea"], ["IN"], (1, 2), (6000, 14000), ["USD"], 2, S),
    ("690390", "Kiln furniture, cordierite batts and props, new", "import", ["road"], ["CZ", "TR"], (2, 4), (3000, 9000), ["EUR"], None, S),
    ("382499", "Soluble cutting-oil concentrate, new, 20 l cans", "export", ["road"], ["UA", "RS"], (2, 3.5), (6000, 16000), ["EUR"], 0.05, S),
    ("390950", "Polyurethane rebonded-foam carpet underlay, new rolls", "export", ["road"], ["BA", "RS"], (2, 3.5), (3000, 8000), ["EUR"], None, S),
    ("271019", "Hydraulic oil HLP 46, new, 208 l drums", "export", ["road"], ["MK", "AL"], (1.3, 2), (10000, 20000), ["EUR"], None, S),
    ("841720", "Used bakery deck ovens, refurbished, with test report", "export", ["road"], ["SN", "MA"], (1.5, 3), (3000, 9000), ["EUR"], 0.0007, S),
    ("440149", "Screened hardwood bark mulch, bulk", "export", ["road"], ["GB"], (0.03, 0.06), (18000, 26000), ["EUR"], None, S),
    ("850760", "New home battery storage units, 5 kWh, boxed", "export", ["road"], ["UA", "MD"], (8, 14), (2000, 6000), ["EUR", "GBP"], 0.02, S),
    ("270820", "Calcined pitch coke for carbon anodes", "export", ["rail"], ["UA"], (0.4, 0.7), (40000, 60000), ["EUR"], None, S),
    ("282110", "Black iron-oxide pigment for concrete, 25 kg sacks", "export", ["sea"], ["GN", "SN"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("281121", "Beverage-grade carbon dioxide, 10 kg cylinders", "import", ["road"], ["ME", "RS"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.05, S),
    ("841869", "Rolled-ice-cream machines, new, R-290", "import", ["rail", "sea"], ["CN"], (3, 5), (4000, 12000), ["USD"], 0.025, S),
    ("841981", "Bakery retarder-provers, new, R-290", "export", ["road"], ["UA", "MD"], (6, 10), (2000, 6000), ["EUR"], 0.003, S),
    ("842410", "Decorative antique-style brass extinguishers, empty, new", "import", ["post"], ["GB", "IN"], (20, 40), (1, 4), ["GBP", "USD"], 0.5, S),
    ("391721", "Pre-insulated district-heating pipes, cyclopentane-foamed", "import", ["sea"], ["TR", "KR"], (2, 3.5), (12000, 24000), ["USD", "EUR"], None, S),
    ("401110", "Passenger-car tyres, new, 205/55 R16", "import", ["road"], ["TR", "RS"], (3, 5), (12000, 22000), ["EUR"], 0.11, S),
    ("570110", "Hand-knotted Afghan wool carpets, new", "import", ["road"], ["AF", "TR"], (10, 20), (1000, 4000), ["USD", "EUR"], 0.03, S),
    ("080620", "Green Herat raisins, 10 kg cartons", "import", ["road", "sea"], ["AF", "UZ"], (2, 3.5), (8000, 18000), ["USD"], None, S),
    ("680291", "Onyx and marble handicrafts, new", "import", ["road"], ["AF", "PK"], (3, 6), (500, 2000), ["USD"], 1, S),
    ("940360", "Rosemaled pine chests, new craft", "import", ["road"], ["NO"], (40, 80), (200, 800), ["NOK", "EUR"], 0.02, S),
    ("680299", "Cantera stone garden fountains, new", "export", ["road"], ["CH", "NO"], (2, 4), (2000, 8000), ["EUR"], 0.002, S),
    ("950490", "Carved soapstone board-game pieces, new craft", "import", ["post"], ["ZW", "KE"], (20, 40), (1, 2), ["USD"], 10, S),
    ("442090", "Romanesque-style wooden carvings, new, pine", "export", ["road"], ["AD", "CH"], (10, 20), (200, 1000), ["EUR"], 0.1, S),
    ("701391", "Hebron blown glass, new, small bottles", "import", ["air"], ["JO", "IL"], (15, 30), (50, 300), ["USD"], 6, S),
    ("691200", "Gijduvan glazed ceramic plates, new", "import", ["post"], ["UZ", "TR"], (15, 30), (1, 4), ["USD"], 1, S),
    ("830629", "Gilt-copper ornaments and statuettes, new", "import", ["rail", "sea"], ["CN"], (8, 15), (1000, 5000), ["USD"], 0.3, S),
    ("401170", "Agricultural tractor tyres, new", "export", ["road"], ["KZ", "GE"], (2.5, 4), (4000, 12000), ["EUR"], 0.01, S),
    ("903180", "Piezo vibration sensors for wind turbines", "export", ["road", "air"], ["TR", "RS"], (80, 150), (50, 300), ["EUR"], 5, S),
    ("841989", "Anaerobic chambers for microbiology, acrylic", "export", ["road", "air"], ["TR", "GE"], (30, 60), (200, 1000), ["EUR"], 0.005, S),
    ("870840", "Tractor gearbox spare parts, cast iron", "export", ["road"], ["UA", "RS"], (4, 8), (3000, 9000), ["EUR"], None, S),
    ("950611", "Alpine skis, new, seasonal", "export", ["road"], ["RS", "CH"], (20, 40), (1000, 4000), ["EUR"], 0.15, S),
    ("901580", "Builders' laser distance meters, 50 m", "export", ["road"], ["RS", "MK"], (60, 120), (50, 300), ["EUR"], 4, S),
    ("281000", "Technical boric acid, 25 kg bags", "export", ["sea"], ["AE", "IN"], (0.8, 1.5), (4000, 12000), ["EUR"], None, S),
    ("851610", "Enamelled electric water heaters, 80 l", "export", ["sea"], ["LY", "TN"], (3, 6), (3000, 9000), ["EUR"], 0.04, S),
    ("200819", "Roasted yellow chickpeas (leblebi), 25 kg sacks", "import", ["road"], ["TR"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("081310", "Dried apricots, Uzbek, 10 kg cartons", "import", ["road"], ["UZ", "TR"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("190590", "Cassava crackers (kerupuk singkong), raw, 500 g", "import", ["express"], ["ID", "MY"], (6, 12), (1, 3), ["USD", "EUR"], 2, S),
    ("440799", "Mukwa (Pterocarpus angolensis) sawn boards, with FSC papers", "import", ["sea"], ["ZM", "NA"], (0.6, 1), (12000, 20000), ["USD"], None, S),
    ("961590", "Celluloid hair pins (kanzashi), new", "import", ["express"], ["JP"], (60, 120), (1, 2), ["JPY", "USD"], 20, S),
    ("210390", "Sour pomegranate paste (rob-e anar), 500 g jars", "import", ["road"], ["IR", "AZ"], (3, 5), (2000, 6000), ["EUR"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160
# and blind168, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Ratchet lashing straps, polyester webbing", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("392690", "Windscreen ice scrapers, plastic", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 8, N),
        ("910521", "Wall clocks, quartz, plastic case", "import", ["sea"], ["CN", "TW"], (4, 8), (2000, 5000), ["USD"], 2, N),
        ("611596", "Thermal socks, synthetic fibre, packs", "import", ["post", "express"], ["TR", "CN"], (15, 30), (1, 3), ["EUR", "USD"], 12, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind172", 20541101, HERE)


if __name__ == "__main__":
    main()
