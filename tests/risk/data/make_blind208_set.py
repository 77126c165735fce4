#!/usr/bin/env python3
"""Writes the two-hundred-and-eighth blind set (tests/risk/data/blind208-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2060, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: diplomatic, peacekeeping and military
logistics (embassy consignments and removals, peacekeeping missions and their contractors,
contingent-owned equipment, military household moves, defence attachés, disaster-response
stocks and teams). Written by a person who had not read the profile packs (nor any rule
file) and had not run the engine on it, and committed before any change measured on it, to
be measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra
header fields may carry "_item" (fields merged into its item) and "_more_items" (further
items).

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
would. Ids are BL208-*:

    python3 tests/risk/data/make_blind208_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "BESEA01", "sea", "BE", ["DJ"], "SO", "282731",
         "Magnesium chloride flakes 47 %, dust suppressant for camp roads and helipads, 1 t big bags, 20 t", "BE", 20000,
         20, 5200, "EUR",
         "magnesium chloride flakes are thin, white, glassy chips that grow sticky and warm in damp air and taste bitter; "
         "these big bags hold round, matt 2 mm prills that stay dry, turn ice-cold in water and test at 34 % N, for a "
         "Mogadishu 'camp services' contractor that bids for a mission's camp maintenance but has no helipad contract: "
         "ammonium nitrate, one of the IED components whose supply to Somalia the UN sanctions and the Union's Somalia "
         "regulation forbid, by sea from Antwerp through Djibouti; English wording (ammonium nitrate repeats in many sets, "
         "magnesium chloride labels in a few and a dust-suppressant label once, blind181; a helipad and camp-road "
         "suppressant for a peacekeeping camp contractor was found in no earlier row by a keyword search)",
         {"importer_name": "Hodan Camp Services Ltd", "importer_country": "SO"}),
        ("PRE-02", "export", "FRAIR01", "air", "FR", [], "CF", "283322",
         "Sulfate d'aluminium granulé, floculant pour station de traitement d'eau de camp, sacs de 25 kg, 120 sacs", "FR",
         3000, 120, 2700, "EUR",
         "aluminium sulphate for camp water plants is an off-white, acidic granule that clouds water and flocs mud; these "
         "bags hold clear, cubic crystals that dissolve clear, cool the water, flare yellow on a hot plate and carry "
         "CAS 7775-09-9 on the inner liners, for a Bangui 'logistique de camp' firm with no water-treatment contract, "
         "whose earlier orders went on by road to Bambari: sodium chlorate (an explosives precursor), to the Central "
         "African Republic under an arms embargo, flown from Paris; French wording (sodium chlorate repeats in many sets "
         "and aluminium-sulphate and flocculant labels in a few; a camp water-plant flocculant for a peacekeeping area "
         "is the new part as far as a search found)", {"importer_name": "Sangha Logistique de Camp SARL", "importer_country": "CF"}),
        ("PRE-03", "export", "NLSEA01", "sea", "NL", ["OM"], "YE", "290944",
         "Fuel system icing inhibitor (DiEGME, MIL-DTL-85470), 200 l drums, 40 drums, for airfield fuel farm", "NL", 9000,
         40, 22000, "EUR",
         "DiEGME is a colourless, nearly odourless glycol ether of 1.02 kg/l that mixes freely with water; these drums "
         "weigh 1.14 kg/l, smell faintly fruity, float an oily layer on water, burn with a hot, sooty flame and carry a "
         "painted-over UN 1261 diamond, for an Aden 'airport ground-handling' firm whose fuel farm has no jet-fuel supply "
         "contract: nitromethane, an explosives precursor, to Yemen under the UN arms embargo, by sea through Salalah; "
         "English wording (nitromethane repeats in many sets and an icing-inhibitor label twice, blind67 and blind104; "
         "kept as a repeat of that cover, an airfield fuel-farm contractor in Aden is the new part)",
         {"importer_name": "Gulf Airside Services Co", "importer_country": "YE"}),
        ("PRE-04", "export", "DEROAD01", "road", "DE", ["BG", "TR"], "SY", "630622",
         "Winterzelte für Erdbebenhilfe, Familienzelte 16 m², 200 Stück", "DE", 6000, 200, 30000, "EUR",
         "a disaster-response lorry for north-west Syria: family tents and blankets are what earthquake-relief convoys "
         "carry through Cilvegözü, but the third item's 'Chlorkalk zur Latrinendesinfektion' is 2 t of white, odourless "
         "crystals that do not smell of chlorine, do not bleach a wet cloth and spit violet sparks on a hot plate: "
         "potassium chlorate (an explosives precursor), for a consignee in Idlib whose 'relief committee' is an armed "
         "group's front, hidden as the last item of a three-item declaration; German wording (potassium chlorate "
         "repeats in many sets and a bleaching-powder label once, blind192; behind earthquake-relief tents for a latrine "
         "programme was found in no earlier row by a keyword search)",
         dict({"importer_country": "SY"},
              _more_items=[item("630140", "Wolldecken, Notfallqualität, 2.000 Stück", "DE", 3000, 8000, "EUR", qty=2000),
                           item("282810", "Chlorkalk zur Latrinendesinfektion, 80 Säcke à 25 kg", "DE", 2000, 900, "EUR", qty=80)])),
        ("PRE-05", "import", "IEPOST01", "post", "LB", [], "IE", "170290",
         "دبس عنب بلدي (grape molasses), 2 bottles x 1 litre, gift", "LB", 3.7, 2, 12, "USD",
         "Lebanese grape molasses is a thick, dark-brown, sweet syrup of about 1.4 kg/l; these two bottles hold a "
         "colourless, oily liquid of 1.84 kg/l that chars a paper label black and grows hot with a drop of water: about "
         "96 % sulphuric acid (Annex I above 15 %), posted from Tibnin near a peacekeeping contingent's camp to a private "
         "person in Athlone, although corrosive liquids are barred from the post; Lebanese Arabic wording (sulphuric "
         "acid repeats in many sets and grape-molasses labels twice, blind125 and blind126; kept as a repeat of that "
         "cover, a parcel from a UNIFIL posting to Ireland is the new part)", person("Mr P. Byrne", "IE")),
        ("PRE-06", "import", "DEAIR01", "express", "US", [], "DE", "380894",
         "Emergency water purification drops, stabilized, for bug-out bags, 4 x 1 qt", "US", 4.4, 4, 96, "USD",
         "water-purification drops are a few millilitres of a faintly chlorine-smelling solution in dropper bottles; "
         "these four quart bottles have vented caps, hold a water-clear liquid of 1.13 kg/l that whitens and stings the "
         "skin and foams on rust, and the web shop's page sells them to 'preppers': about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from a Texas military-surplus web shop to a German civilian near "
         "Ramstein whose address the shop took for a base family's; US English wording (hydrogen peroxide repeats in "
         "many sets; a bug-out-bag water-purification label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-07", "import", "NLAIR01", "air", "IN", [], "NL", "300490",
         "Oral rehydration salts (WHO formula), sachets 20.5 g, 24,000 sachets, for 72-hour emergency kits", "IN", 500,
         24000, 1900, "USD",
         "oral rehydration salts are a slightly grey, salty-sweet powder of glucose, salt and citrate in foil sachets "
         "with a dosing text; these sachets hold a white powder with no sweetness that draws damp, burns fiercely with "
         "sugar and whose carton labels, under the new stickers, read 'NaClO4', for a Dutch crisis-preparedness web "
         "shop that sells 72-hour emergency kits to the public: sodium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Mumbai; English wording (sodium perchlorate repeats in many sets and "
         "rehydration-salt labels twice, blind113 and blind118; a 72-hour-kit web shop is the new part)",
         firm("Vega Crisisvoorraad BV", "NL")),
        ("PRE-08", "export", "FRSEA01", "sea", "FR", ["CI"], "BF", "340250",
         "Lessive en poudre enzymatique pour blanchisserie de camp, sacs de 25 kg, 600 sacs", "FR", 15000, 600, 9000,
         "EUR",
         "enzymatic laundry powder is a blue-speckled, perfumed, foaming powder; these bags hold an odourless white "
         "powder that does not foam, sinks and dissolves slowly and flares violet with sugar, for an Ouagadougou 'camp "
         "services' firm with no laundry and no camp to wash for, whose lorries run north to the Sahel: potassium "
         "perchlorate, an explosives precursor, to a region where armed groups use it in IEDs, by sea through "
         "Abidjan; French wording (potassium perchlorate repeats in many sets and laundry-bleach labels in a few; an "
         "enzymatic camp-laundry detergent was found in no earlier row by a keyword search)", {"importer_name": "Faso Services de Camp SARL", "importer_country": "BF"}),
        ("PRE-09", "import", "DESEA01", "sea", "US", [], "DE", "940360",
         "Household goods of a service member, PCS move to Grafenwöhr, furniture, 1 x 20 ft", "US", 3000, 1, 8000, "USD",
         "a military household move from Fort Cavazos for a soldier posted to Bavaria: furniture and a washer are what "
         "such containers hold, but the third item's 'lawn fertilizer 34-0-0' is 8 bags of white prills that turn "
         "ice-cold in water and melt and fume on a hot plate, bought at a Texas farm store: ammonium nitrate (Annex I at "
         "16 % N or more) imported by a member of the public, hidden as the last item of a three-item declaration, "
         "landed at Bremerhaven; US English wording (ammonium nitrate repeats in many sets and a 34-0-0 label in a few; "
         "a PCS household-goods move was found in no earlier row by a keyword search)",
         dict(person("Sgt. J. Miller", "DE"),
              _more_items=[item("845011", "Household washing machine, used, 1", "US", 80, 200, "USD", qty=1),
                           item("310590", "Lawn fertilizer 34-0-0, 50 lb bags, 8 bags", "US", 180, 120, "USD", qty=8)])),
        ("PRE-10", "import", "FIPOST01", "post", "KR", [], "FI", "110290",
         "찹쌀가루 (glutinous rice flour), 500 g x 6", "KR", 3, 6, 30000, "KRW",
         "glutinous rice flour is a soft, chalky, faintly sweet-smelling flour that turns to a sticky dough with water; "
         "these six bags hold a heavier, gritty white powder that does not form a dough, barely dissolves and burns "
         "fiercely with sugar, and the inner liner reads 'KClO4': potassium perchlorate (Annex I above 40 %), posted from "
         "Busan to a private person in Tampere; Korean wording (potassium perchlorate repeats in many sets and rice-flour "
         "labels in several; kept as a repeat of that cover, from Korea to Finland by post is the new part)",
         person("Aino Virtanen", "FI")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "870422",
         "Militaire vrachtwagens DAF YA-4442, gedemilitariseerd, rijklaar, 12 stuks", "NL", 96000, 12, 36000, "EUR",
         "demilitarised army lorries sold for reuse run, carry a roadworthiness test and have their fluids in the "
         "engine; these twelve have seized engines, cut brake lines, flat and leaking batteries, sumps and gearboxes "
         "still full of old oil and chassis marked 'SLOOP' by the army's disposal agency: end-of-life vehicles not "
         "depolluted (16 01 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema "
         "for a 'transport' buyer; Dutch wording (demilitarised-vehicle labels repeat in a few sets; army lorries marked "
         "for scrapping by a disposal agency are the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "850650",
         "Lithium-Primärbatterien BA-5590/U, neu, Restbestand aus Depotauflösung, 6 t", "DE", 6000, 6000, 3000, "EUR",
         "new military radio batteries come in sealed, dated cartons with their state-of-charge indicator intact; these "
         "cartons hold swollen, dented packs with popped vents, zeroed indicators and a sharp smell of sulphur dioxide, "
         "collected from radio rooms at the closure of an army depot: waste lithium-sulphur-dioxide batteries (16 06 "
         "06* and A1170), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Karachi at 0.50 "
         "EUR a pack; German wording (waste lithium batteries repeat in many sets; military radio batteries from a "
         "depot closure were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "NG", "392690",
         "Citernes souples 10 m³, usagées, nettoyées, pour stockage d'eau potable, 60 pièces", "BE", 9000, 60, 6000, "EUR",
         "used pillow tanks for drinking water are rinsed, dried, folded flat and smell of nothing; these 60 are "
         "army fuel bladders from a logistics depot, each still holding tens of litres of diesel and jet-fuel sludge "
         "that drips from the valves, with 'FUEL/CARBURANT' stencils: packaging contaminated with hazardous substances "
         "and oily sludge (15 01 10*, 13 07 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Lagos as water tanks; Belgian French wording (fuel bladders as water tanks were found in no earlier "
         "row by a keyword search)", {"importer_country": "NG"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Ναυτιλιακό πετρέλαιο (MGO) για εφοδιασμό πλοίων, 2 δεξαμενές ISO, 40 t", "GR", 40000, None, 28000, "EUR",
         "marine gas oil is a clear, straw-coloured distillate with a certificate of quality; these ISO tanks hold a "
         "cloudy, two-layered mix of water, microbial slime and black tank-bottom sludge that smells of kerosene, pumped "
         "from the cleaning of an airbase fuel farm in western Crete: off-specification jet fuel and tank sludge (13 07 "
         "03*, 16 07 08*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to Misrata as "
         "bunker fuel; Greek wording (jet-fuel waste repeats in several sets; an airbase fuel-farm cleaning sold as MGO "
         "is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "LR", "847150",
         "Begagnad kontorsutrustning, testad, gåva från ambassaden till utrikesministeriet, 1 container", "SE", 8000, None,
         4000, "EUR",
         "an embassy's donation of tested office equipment comes with a test list, working computers and a recipient "
         "ministry's acceptance; this container holds cracked CRT monitors, printers without drums, UPS units with "
         "swollen lead batteries and loose circuit boards from a Stockholm office clearance, with no test list and a "
         "'donation letter' on a forged letterhead: waste electrical equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Monrovia; Swedish wording "
         "(e-waste as donations repeats in many sets; an embassy donation to a foreign ministry was found in no earlier "
         "row by a keyword search)", {"importer_country": "LR"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "GN", "870323",
         "Vehículos de turismo usados, 14 unidades, 1 contenedor", "ES", 16800, 14, 21000, "EUR",
         "used cars for export run, have their papers and a few years left; these 14 have mud to the dashboards, "
         "corroded wiring looms, fired airbags and insurers' total-loss stickers from the flood zone south of Valencia, "
         "bought from a disaster-response salvage yard: end-of-life vehicles not depolluted (16 01 04*), hazardous waste "
         "whose export to a non-OECD country is banned, from Valencia to Conakry; Spanish wording (flood-damaged goods "
         "repeat in several sets; cars from a disaster-response salvage yard are the new part as far as a search found)",
         {"importer_country": "GN"}),
        ("WST-07", "transit", "ESSEA01", "sea", "LB", ["ES"], "GH", "841821",
         "Contingent-owned equipment returning after UNIFIL rotation: refrigerators and TVs for unit welfare, 1 x 40 ft",
         "LB", 9000, 240, 4800, "USD",
         "contingent-owned equipment travels with the mission's inventory, serial numbers and a movement control "
         "order; this container holds 240 dented household fridges with cut cables and compressors from Beirut scrap "
         "dealers, CRT televisions and car batteries, none on any inventory, added to a returning contingent's cargo: "
         "waste electrical equipment with hazardous components (A1180) moved through the Union without the transit "
         "consent the Waste Shipment Regulation requires, landed at Valencia in transit from Beirut to Tema; Ghanaian "
         "English wording (e-waste repeats in many sets; a contingent's returning equipment was found in no earlier "
         "row by a keyword search)", {"importer_country": "GH"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "380290",
         "Węgiel aktywny, zużyty, do regeneracji, 10 t", "PL", 10000, None, 1000, "EUR",
         "spent activated carbon for regeneration comes loose in big bags from a water works; this lorry holds 40,000 "
         "olive-green military gas-mask filter canisters past their shelf life, whose impregnated carbon reads "
         "chromium(VI), copper and zinc salts, from an army NBC store: hazardous waste (06 13 02*, 15 01 10*) whose "
         "export to a non-OECD country is banned, at Dorohusk for a Kyiv 'regeneration' firm; Polish wording (activated "
         "carbon repeats in a few sets; expired gas-mask filters were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "NOSEA01", "sea", "NO", [], "IN", "854071",
         "Brukte magnetroner og klystroner for reservedeler, 3 t", "NO", 3000, 400, 9000, "EUR",
         "used microwave tubes sold for parts are tested, boxed and listed by type; these 400 are cracked and "
         "corroded radar tubes from decommissioned air-defence radar stations, many with broken beryllium-oxide "
         "ceramic windows that shed white dust, packed loose in plastic: waste containing beryllium (A1010, 16 02 "
         "15*), hazardous waste whose export to a non-OECD country is banned, from Oslo to Chennai; Norwegian wording "
         "(beryllium repeats in several sets and magnetrons twice; air-defence radar tubes are the new part as far as a "
         "search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "ROSEA01", "sea", "RO", [], "GE", "250810",
         "Bentonită uscată pentru fluide de foraj, saci mari, 24 t", "RO", 24000, None, 1900, "EUR",
         "drilling-grade bentonite is a fine, dry, pale clay powder that swells in water; these bags hold dark, damp, "
         "crumbly lumps that smell of diesel and leave an oily film on water, cuttings from Black Sea offshore wells "
         "drilled with oil-based mud: drill cuttings containing oil (01 05 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Constanța to Poti; Romanian wording (drill cuttings and bentonite labels "
         "repeat in many sets; kept as a repeat, from Romania to Georgia is the new part)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "US", [], "NL", "841582",
         "Environmental control units 18k BTU, military surplus, for tactical shelters, R-407C, 20 units", "US", 3200,
         20, 14000, "USD",
         "surplus environmental control units on R-407C carry that refrigerant's nameplate and service ports; these "
         "20 olive-drab units have the old 'R-22' nameplate painted over, a later sticker and a charge that a "
         "refrigerant identifier reads as chlorodifluoromethane: equipment relying on HCFC-22, whose import into the "
         "Union Regulation 2024/590 bans, by sea from Baltimore to Rotterdam for a defence-surplus dealer; US English "
         "wording (HCFC-22 equipment repeats in many sets; military environmental control units were found in no "
         "earlier row by a keyword search)", firm("Meridian Defensie Surplus BV", "NL")),
        ("OZN-02", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "842410",
         "ცეცხლსაქრობი ბალონები FM-200 (HFC-227ea), ჯავშანტექნიკიდან, შესავსებად, 60 ც.", "GE", 900, 60, 3000, "USD",
         "FM-200 cylinders are red, carry a maker's plate and a liquid of 1.46 kg/l; these 60 are small, dull "
         "green bottles cut out of the crew compartments of Soviet-built armoured vehicles scrapped in Georgia, holding a "
         "liquid of 1.57 kg/l at high pressure that a gas identifier reads as bromotrifluoromethane: halon 1301, whose "
         "import into the Union is banned outside licensed critical uses, on a lorry at Kapitan Andreevo for a Plovdiv "
         "extinguisher refiller; Georgian wording (halon 1301 repeats in many sets and an HFC-227ea label once, "
         "blind193; kept as a repeat of that cover, bottles from armoured vehicles are the new part)",
         firm("Delta Pozharna Tehnika EOOD", "BG")),
        ("OZN-03", "import", "GRSEA01", "sea", "US", [], "GR", "290346",
         "R-236fa refrigerant, for naval centrifugal chiller retrofit, 40 cylinders", "US", 2000, 40, 60000, "USD",
         "HFC-236fa is sold new with a maker's certificate; these 40 cylinders are reclaimed, carry a decommissioned "
         "warship's hull number on their tags and hold a gas that boils at 4 °C and reads as 1,2-dichlorotetrafluoroethane: "
         "CFC-114, whose import into the Union is banned, by sea from Norfolk to Piraeus for a Salamis naval-repair "
         "yard; US English wording (CFC-114 and R-236fa labels repeat in several sets; kept as a repeat of that cover, "
         "reclaimed gas from a decommissioned warship is the new part)", firm("Delta Naftiki Episkevi AE", "GR")),
        ("OZN-04", "import", "PTSEA01", "sea", "PK", [], "PT", "841510",
         "سفارت خانے کی رہائش گاہ کے لیے اسپلٹ ایئر کنڈیشنر (split air conditioners for the Embassy residence, diplomatic goods), 24 units",
         "PK", 1100, 24, 9600, "USD",
         "new split air conditioners for the Union run on R-32 or R-410A and say so on the plate; these 24 units from "
         "a Lahore maker carry 'R-22' on the compressor and the outdoor unit, and were shipped duty-free as goods for "
         "the official use of an embassy residence in Lisbon: equipment pre-charged with HCFC-22, whose import into "
         "the Union is banned whatever the consignee's diplomatic status, by sea from Karachi to Lisbon; Urdu and "
         "English wording (R-22 air conditioners repeat in many sets; embassy goods were found in no earlier ozone row "
         "by a keyword search)", {"consignee_name": "Embassy residence (diplomatic goods)", "importer_country": "PT"}),
        ("OZN-05", "export", "ESSEA01", "sea", "ES", [], "HT", "841850",
         "Refrigeradores de vacunas reacondicionados, para reserva de respuesta a emergencias (huracán), 40 unidades", "ES",
         4000, 40, 8000, "EUR",
         "reconditioned vaccine refrigerators for a disaster stock are prequalified, with an R-600a or R-290 plate; "
         "these 40 ice-lined units from a regional health stock are from the 1990s, with 'R-12' on the compressor "
         "plates and a full charge: equipment containing CFC-12, whose export from the Union Regulation 2024/590 bans, "
         "by sea from Valencia to Port-au-Prince for a hurricane-response NGO; Spanish wording (ice-lined vaccine "
         "fridges once, blind177; kept as a repeat of that good, a hurricane-response stock for Haiti is the new part)",
         {"importer_country": "HT"}),
        ("OZN-06", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "871639",
         "Feldküchen-Kühlanhänger, ausgesondert, 6 Stück", "DE", 15000, 6, 24000, "EUR",
         "refrigerated trailers for export carry a cooling unit on R-452A or R-404A with its plate; these six ex-army "
         "field-kitchen reefer trailers, sold by the disposal agency, run units from the 1980s whose plates and sight "
         "glasses read R-502: equipment containing CFC-115 and HCFC-22, whose export from the Union Regulation 2024/590 "
         "bans, by road through Poland to a Lviv caterer; German wording (R-502 repeats in many sets; kept as a repeat, "
         "army field-kitchen trailers were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-07", "import", "BEAIR01", "air", "AE", [], "BE", "382763",
         "غاز تبريد R-410A لصيانة مقر السفارة (R-410A refrigerant for the Embassy chancery maintenance), 120 x 11.3 kg", "AE",
         1360, 120, 6000, "USD",
         "R-410A comes in pink cylinders at about 10 USD/kg and reads 1.06 kg/l; these 120 pink cylinders cost a third of "
         "that, their contents read chlorodifluoromethane on an identifier and the valves are the wrong thread for "
         "R-410A, for a facility contractor servicing a Gulf embassy's chancery in Brussels: HCFC-22, whose import into "
         "the Union is banned, flown from Dubai; Gulf Arabic wording (HCFC-22 in mislabelled cylinders repeats in many "
         "sets; an embassy chancery's maintenance stock was found in no earlier row by a keyword search)",
         firm("Central Facility Services SA", "BE")),
        ("OZN-08", "export", "BESEA01", "sea", "BE", [], "CD", "290345",
         "Réfrigérant R-134a pour la climatisation du parc de véhicules blancs (mission ONU), 200 bouteilles de 13,6 kg", "BE",
         2720, 200, 9000, "EUR",
         "R-134a comes in light-blue cylinders and a vehicle fleet takes a few dozen a year; these 200 cylinders are "
         "green, read chlorodifluoromethane and are more than a mission's white-vehicle fleet could use, for a Goma "
         "garage that services the mission's contractors' vehicles: HCFC-22, whose export from the Union is banned, "
         "from Antwerp to Matadi; Belgian French wording (HCFC-22 under HFC labels repeats in many sets; a UN-mission "
         "vehicle-fleet contractor was found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("OZN-09", "import", "ITSEA01", "sea", "CN", [], "IT", "841869",
         "Fabbricatori di ghiaccio mobili per colonne mobili di protezione civile, R-404A, 30 unità", "CN", 2400, 30, 18000,
         "USD",
         "mobile ice makers for civil-protection columns run on R-290 or R-404A with a CE plate; these 30 have a "
         "re-stickered plate over 'R22', and the charge reads chlorodifluoromethane: equipment relying on HCFC-22, "
         "whose import into the Union Regulation 2024/590 bans, by sea from Ningbo to Livorno for a supplier of "
         "disaster-response equipment; Italian wording (ice machines repeat in several sets; kept as a repeat of that "
         "good, a civil-protection disaster stock is the new part)", firm("Alpina Protezione Srl", "IT")),
        ("OZN-10", "import", "HUROAD01", "road", "RS", [], "HU", "842410",
         "Ручни апарати за гашење FE-36 (HFC-236fa), 6 kg, за возни парк, 150 ком.", "RS", 1200, 150, 4500, "EUR",
         "FE-36 hand extinguishers are new, with a maker's plate and a gas that boils at -1 °C; these 150 are repainted "
         "aircraft and hangar extinguishers from a former air-force stock, the stamped valve bodies dated in the 1980s, "
         "and their gas reads bromochlorodifluoromethane: halon 1211, whose import into the Union is banned outside "
         "licensed critical uses, on a lorry at Röszke for a Szeged fleet-safety dealer; Serbian Cyrillic wording "
         "(halon 1211 repeats in many sets and FE-36 labels in several; kept as a repeat of that cover, a former "
         "air-force stock is the new part)", firm("Orion Tűzvédelem Kft.", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "DKAIR01", "express", "IQ", [], "DK", "830629",
         "Military challenge coins, unit commemoratives, 40 pcs", "IQ", 0.6, 40, 200, "USD",
         "challenge coins are new, round, enamelled medallions with a unit crest, all alike and struck on a press; "
         "these 40 are thin, irregular, hand-struck silver and bronze pieces with a royal bust and a fire altar, "
         "green and black patina in the lettering and earth in the crevices: Parthian and Sasanian drachms dug in the "
         "Kurdistan region, cultural goods whose import into the Union needs proof of lawful export (Regulation "
         "2019/880) and, for Iraq, banned outright (Regulation 1210/2003), sent by express from Erbil by a soldier of a "
         "training mission to a private person in Aarhus; English wording (ancient coins repeat in many sets; a "
         "challenge-coin label was found in no earlier row by a keyword search)", person("Mads Jensen", "DK")),
        ("CUL-02", "import", "ITSEA01", "sea", "AL", [], "IT", "491191",
         "Stampe religiose incorniciate, souvenir di fine missione KFOR, 1 cassa", "XK", 8, 1, 40, "EUR",
         "framed religious prints are paper under glass in a new frame; this crate holds a tempera icon on a "
         "cradled, worm-eaten panel with a carved silver-gilt riza, candle soot and an inventory number of a Serbian "
         "Orthodox church in Kosovo painted on the back, returned by a carabiniere at the end of a KFOR tour on the "
         "Durrës-Bari ferry: cultural goods removed from a protected religious site, imported without proof of lawful "
         "export (Regulation 2019/880); Italian wording (icons repeat in many sets and Kosovo in several; a KFOR "
         "end-of-tour crate was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-03", "import", "PLAIR01", "air", "LB", [], "PL", "701399",
         "Rzeczy osobiste żołnierza PKW Liban: pamiątki, szkło dekoracyjne, 1 skrzynia", "LB", 12, 20, 300, "USD",
         "decorative souvenir glass from Lebanon is new, clear, mould-blown Hebron-style glass; this crate holds small, "
         "thin, iridescent and flaking vessels, unguentaria and a mould-blown beaker with earth inside, and a "
         "green-patinated bronze figurine of a striding god, flown back with a Polish UNIFIL contingent member: Roman "
         "glass and a Phoenician bronze from south Lebanon, imported without proof of lawful export (Regulation "
         "2019/880); Polish wording (Lebanese antiquities repeat in several sets; a UNIFIL soldier's personal "
         "effects were found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-04", "import", "ESSEA01", "sea", "GT", [], "ES", "940360",
         "Menaje de casa de funcionario diplomático, traslado fin de destino, muebles, 1 contenedor 20'", "GT", 4200, None,
         6000, "EUR",
         "a diplomat's end-of-posting removal from Guatemala City: furniture and local craft crockery are what such "
         "removals hold, but the third item's 'vajilla de cerámica, artesanía guatemalteca' is six cylinder vessels "
         "with polychrome palace scenes and glyph bands, root marks and burial deposits inside: Classic Maya ceramics, "
         "whose export Guatemala forbids, imported without proof of lawful export (Regulation 2019/880), hidden as the "
         "last item of a three-item declaration, landed at Valencia; Spanish wording (Maya vessels repeat in many sets; "
         "a diplomat's end-of-posting removal was found in no earlier row by a keyword search)",
         dict(person("Particular", "ES"),
              _more_items=[item("691200", "Vajilla de uso doméstico, loza, 2 cajas", "GT", 60, 150, "EUR", qty=2),
                           item("691200", "Vajilla de cerámica, artesanía guatemalteca, 6 piezas", "GT", 18, 120, "EUR", qty=6)])),
        ("CUL-05", "import", "NOSEA01", "sea", "PK", [], "NO", "940360",
         "Inventar fra avviklet ambassade, møbler og arkivskap, 1 container", "AF", 3800, None, 2500, "EUR",
         "the furniture of a closed embassy is office desks, filing cabinets and a few rugs; this container also "
         "holds two tall, weathered cedar figures with raised arms and a carved armchair with ram's-horn finials, "
         "cracked and insect-bored: Nuristani funerary effigies and a ceremonial chair from Afghanistan, imported "
         "without proof of lawful export (Regulation 2019/880 as applied in Norway's law), shipped from Karachi with "
         "a closed mission's inventory; Norwegian wording (Nuristani figures twice, blind58 and blind66; kept as a "
         "repeat of that good, a closed embassy's inventory is the new part)", {"importer_country": "NO"}),
        ("CUL-06", "import", "HUROAD01", "road", "TR", ["BG", "RS"], "HU", "820559",
         "Visszatérő városi kutató-mentő csapat felszerelése, kéziszerszámok, 3 t", "TR", 3000, None, 1000, "EUR",
         "a search-and-rescue team's returning equipment is cutters, jacks, shoring and cameras on its own inventory; "
         "one crate holds a 60 x 80 cm panel of stone tesserae on a lime bed with a Greek inscription and a bust of a "
         "season, lifted from a collapsed house in Antakya after the earthquake: a Roman mosaic of Antioch, exported "
         "from Türkiye without a permit and imported without proof of lawful export (Regulation 2019/880), at Röszke "
         "with the team's lorry; Hungarian wording (mosaics repeat in many sets, Hatay antiquities twice, and a Hatay "
         "mosaic in a returning earthquake-relief convoy once, blind177; kept as a repeat of that family, a "
         "search-and-rescue team's own equipment is the new part)",
         {"importer_country": "HU"}),
        ("CUL-07", "import", "FRAIR01", "air", "TD", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat tchadien, souvenirs de fin de séjour, 12 pièces", "TD", 25, 12, 150, "EUR",
         "Chadian craft figurines are new, evenly fired and polished; these twelve are worn, hollow, grey terracotta "
         "heads and figures with incised faces and encrustation, and a cast bronze bracelet, dug on mounds by the Chari "
         "river, in the household goods of a French officer leaving the N'Djamena base: Sao terracottas, imported "
         "without proof of lawful export (Regulation 2019/880), flown to Paris; French wording (Sao terracottas repeat "
         "in several sets; a departing officer's household goods from N'Djamena are the new part as far as a search "
         "found)", person("M. T. Dubois", "FR")),
        ("CUL-08", "import", "DEAIR01", "air", "DJ", [], "DE", "420212",
         "Evakuierungsgepäck, Botschaftspersonal Khartum, 14 Koffer", "SD", 280, 14, 1400, "EUR",
         "evacuation baggage is clothes, laptops and papers packed in a hurry; one suitcase holds gold ear-rings and "
         "beads, faience amulets and a carved offering table with cursive Meroitic script, some with museum numbers in "
         "white ink, bought in Omdurman during the fighting: objects looted from a Sudanese museum, imported without "
         "proof of lawful export (Regulation 2019/880), flown from Djibouti after an evacuation flight; German wording "
         "(Meroitic objects repeat in many sets and Khartoum in several, and Kushite objects in an evacuated aid worker's "
         "effects once, blind177; kept as a repeat of that family, an embassy's evacuation baggage is the new part)", person("Herr K. Becker", "DE")),
        ("CUL-09", "import", "ATROAD01", "road", "GE", ["TR", "BG", "RS", "HU"], "AT", "680293",
         "ტუფის ბაღის დეკორატიული ქვა, 1 ც. (tuff garden stone)", "AM", 450, 1, 300, "EUR",
         "a tuff garden stone is a new, sawn block of pink stone; this one is an 800-year-old carved cross-stone with "
         "a lace-like rosette, lichen and mortar on its base and a medieval Armenian inscription: a khachkar taken from "
         "a churchyard, exported without a permit and imported without proof of lawful export (Regulation 2019/880), on "
         "a lorry from Tbilisi to a Vienna garden designer; Georgian wording (khachkars repeat in several sets; a "
         "Georgian tuff-garden-stone label is the new part as far as a search found)", {"importer_country": "AT"}),
        ("CUL-10", "import", "ESSEA01", "sea", "MA", [], "ES", "680299",
         "Losa de piedra decorativa grabada, 1 pieza, efectos personales de observador militar", "EH", 120, 1, 200, "EUR",
         "decorative engraved stone slabs are new, flat and machine-cut; this one is a weathered desert-varnished "
         "sandstone block with pecked giraffes and cattle, broken off a rock face with a chisel, in the personal effects "
         "of a military observer leaving a mission team site in Western Sahara: Neolithic rock art, imported without "
         "proof of lawful export (Regulation 2019/880), by sea from Tanger Med to Algeciras; Spanish wording (rock art "
         "repeats in several sets; a military observer's personal effects are the new part as far as a search found)",
         person("Sr. J. García", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "LY", "870323",
         "Geländewagen Toyota Land Cruiser 300, Serienausstattung, für Botschaftsfuhrpark, 4 Stück", "DE", 16000, 4,
         480000, "EUR",
         "a standard Land Cruiser weighs about 2.6 t and costs a fifth of this price; these four weigh 4 t each, have "
         "run-flat inserts, 40 mm laminated glass that does not wind down, steel-lined doors and a VR7 certificate in "
         "the glovebox, and the 'embassy fleet' is a Benghazi security company's: armoured vehicles of the military "
         "list, exported without the licence national law and the Libya arms embargo require, from Bremerhaven; "
         "German wording (armoured Land Cruisers repeat in several sets; an embassy-fleet label is the new part as far "
         "as a search found)", {"importer_name": "Cyrene Protection Services", "importer_country": "LY"}),
        ("STR-02", "export", "DEROAD01", "road", "DE", ["PL", "BY"], "RU", "940360",
         "Личные вещи и домашнее имущество дипломата, окончание командировки, 1 фургон", "DE", 3000, None, 5000, "EUR",
         "a departing diplomat's removal is furniture, books and kitchenware; the furniture cartons of this van hold "
         "three new spectrum analysers, 40 FPGA development boards and oscilloscopes in maker's boxes bought through "
         "Berlin distributors, none for the mission's official use: goods on the common high-priority list whose export "
         "to Russia Regulation 833/2014 forbids, with no exemption for a diplomat's personal effects, on a van at "
         "Frankfurt (Oder); Russian wording (FPGAs and test equipment repeat in many sets; a diplomat's end-of-posting "
         "removal was found in no earlier strategic row by a keyword search)", {"importer_country": "RU"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", ["AM"], "IR", "880730",
         "Hydraulische Stellantriebe für Zivilflugzeuge, überholt, 6 Stück", "AT", 180, 6, 90000, "EUR",
         "overhauled civil-airliner actuators come with an EASA Form 1 and an airline's part number; these six have no "
         "release certificate, carry US military part numbers of a swing-wing fighter's wing-sweep and stabiliser "
         "system and were bought from a surplus broker for a Yerevan firm whose address is an embassy's 'technical "
         "office': military aircraft parts (military list ML10), exported without a licence and to Iran under the "
         "Union's arms embargo, flown from Vienna; Austrian German wording (fighter-aircraft parts repeat in a few sets; "
         "a defence-attaché-linked buyer was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "FIAIR01", "air", "FI", ["TH"], "MM", "852589",
         "Lämpökamerat etsintä- ja pelastustoimintaan (maanjäristykset), 20 kpl", "FI", 60, 20, 140000, "EUR",
         "search-and-rescue thermal cameras are hand-held, uncooled 320 x 240 units at a few thousand euros; these 20 "
         "have cooled 640 x 512 mid-wave cores with continuous zoom and an army interface, at 7,000 EUR each, for a "
         "Yangon 'disaster-response' agency that belongs to the armed forces: thermal cameras controlled as dual-use "
         "(6A003) and covered by the Union's Myanmar embargo, flown from Helsinki through Bangkok; Finnish wording "
         "(thermal cameras repeat in many sets; a rescue-team label for Myanmar is the new part as far as a search "
         "found)", {"importer_country": "MM"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", ["CM"], "TD", "870422",
         "Camions 4x4 d'occasion, ex-mission ONU, peinture blanche, 8 unités", "BE", 96000, 8, 120000, "EUR",
         "used ex-UN 4x4 lorries are white, unarmoured trucks with a cargo bed; these eight weigh 12 t each, have "
         "V-shaped mine-protected hulls, armoured troop compartments with firing ports and a roof hatch for a mount, "
         "and the N'Djamena buyer's lorries run on to Darfur: mine-protected armoured personnel carriers (military "
         "list ML6), exported without a licence and bound for Sudan under the Darfur arms embargo, from Antwerp "
         "through Douala; Belgian French wording (a Mamba once, blind199; ex-UN white vehicles were found in no "
         "earlier row by a keyword search)", {"importer_name": "Sahel Transport Logistique", "importer_country": "TD"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", ["LB"], "SY", "382499",
         "Elettrolita per batterie al litio (LiPF6 in carbonati), per batterie di radio da campo, 40 fusti", "IT", 8000, 40,
         16000, "EUR",
         "lithium-ion electrolyte is a clear, sweet-smelling carbonate solution kept dry under argon; these drums hold "
         "a fuming, yellowish liquid of 1.64 kg/l with a choking smell that reacts violently with water, whose drum "
         "heads read CAS 7719-09-7, for a Damascus 'field-radio battery' maker: thionyl chloride (CWC Schedule 3, "
         "dual-use 1C350), exported without the licence Regulation 2021/821 and the Syria sanctions require, from "
         "Genoa through Beirut; Italian wording (thionyl chloride repeats in many sets; a field-radio battery "
         "electrolyte label is the new part as far as a search found)", {"importer_country": "SY"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", ["LT", "LV"], "KZ", "690390",
         "Płyty ceramiczne z węglika krzemu do pieców piekarniczych, 600 szt.", "PL", 1800, 600, 5400, "EUR",
         "silicon-carbide baking plates are large, porous, grey slabs at a few euros each; these are dense, black, "
         "curved 25 x 30 cm plates that ring like glass, each in a fabric sleeve with strap slots, at 3 kg: ceramic "
         "armour plates for body armour (military list ML13), whose export to a Kazakh buyer ordering for Russia "
         "requires a licence and whose sale for use in Russia Regulation 833/2014 forbids, by lorry through the Baltic "
         "states; Polish wording (body armour, kiln-shelf and bakery-oven labels repeat in several sets; kept as a "
         "repeat of those covers, silicon-carbide baking plates by road to Kazakhstan are the new part)", {"importer_country": "KZ"}),
        ("STR-08", "export", "NLAIR01", "air", "NL", [], "IQ", "851762",
         "Wi-Fi signal boosters for embassy convoy vehicles, 12 units", "NL", 240, 12, 96000, "EUR",
         "Wi-Fi boosters are small boxes with a pair of antennas at a hundred euros; these twelve are rack-mounted "
         "multi-band transmitters of 20 kg with eight antennas, cooling fans and a 'threat library' screen, at 8,000 "
         "EUR each, for a Baghdad security contractor: vehicle-borne radio-controlled-IED jammers (military list ML11), "
         "exported without a licence, flown from Amsterdam; English wording (jammers and Wi-Fi booster labels "
         "repeat in several sets; kept as a repeat, an embassy-convoy use for Baghdad is the new part)", {"importer_country": "IQ"}),
        ("STR-09", "export", "CZAIR01", "air", "CZ", ["TR"], "IR", "940561",
         "Nouzová osvětlená značení únikových cest, samosvítící, 400 ks", "CZ", 400, 400, 12000, "EUR",
         "self-luminous exit signs carry a few curies of tritium in a handful of glass tubes each; these 400 hold "
         "twice the usual tubes and a parcel of 2,000 loose gas-filled tubes at a total of several thousand curies, for "
         "a Tehran 'building-safety' firm: tritium (dual-use 1C235) and goods listed in the Iran regulation (267/2012), "
         "exported without a licence, flown from Prague through Istanbul; Czech wording (tritium repeats in several "
         "sets and exit signs twice, blind121 and a development set; kept as a repeat of that cover, from Czechia "
         "through Istanbul is the new part)", {"importer_country": "IR"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "630622",
         "Palapinės ir miegmaišiai taikos palaikymo mokymo centrui, 1 sunkvežimis", "LT", 4000, 120, 18000, "EUR",
         "a lorry for a Kazakh peacekeeping training centre: tents and sleeping bags are what such centres buy, but "
         "the third item's 'motociklininkų šalmai' are 300 aramid helmets with night-vision mounts and rails, and "
         "400 plate carriers, with the buyer's order copied from a Russian unit's: military helmets and body armour "
         "(military list ML13), exported without a licence and whose sale for use in Russia Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration; Lithuanian wording (helmets and body armour "
         "repeat in several sets; behind tents for a peacekeeping training centre is the new part as far as a search "
         "found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("940430", "Miegmaišiai, 600 vnt.", "LT", 1200, 9000, "EUR", qty=600),
                           item("650610", "Motociklininkų šalmai ir apsaugos liemenės, 700 vnt.", "LT", 2100, 7000, "EUR", qty=700)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "490199",
         "Diplomatic consignment: books and documents of the Embassy, 2 crates", "ZA", 40, 2, 100, "USD",
         "a mission's books and documents weigh like paper and are sent, if official, as a sealed diplomatic bag, not as "
         "freight; these two crates are declared as freight with no bag seal, and under a layer of books hold twelve "
         "heavy, fibrous, dark-grey cones with a ridged base wrapped in foil and cling film: rhino horns (Ceratotherium "
         "simum, CITES App. I/II) without CITES documents, landed at Frankfurt in transit from Johannesburg to Hanoi "
         "for an embassy staff member; English wording (rhino horn repeats in many sets; a diplomatic-consignment "
         "label declared as freight was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-02", "import", "PTAIR01", "air", "CF", [], "PT", "442090",
         "Artesanato em madeira, lembranças da missão, 1 caixa, 15 peças", "CF", 8, 15, 120, "EUR",
         "Central African wood carvings are light, grainy and smell of wood when scratched; these 15 figures and "
         "bangles are heavy, creamy, cool to the touch, with fine cross-hatched Schreger lines on a cut base: carved "
         "forest-elephant ivory (Loxodonta cyclotis, CITES App. I) without CITES documents, flown back with a "
         "Portuguese soldier at the end of a MINUSCA rotation; Portuguese wording (ivory as wood carvings repeats in "
         "many sets; a peacekeeper's mission souvenirs were found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "392330",
         "Jerricans vides et bâches, retour de mission d'urgence (cyclone), 1 palette", "MG", 300, 200, 100, "EUR",
         "the backhaul of a cyclone-response flight is empty, stacked jerrycans and folded tarpaulins; six jerrycans "
         "are heavy and scratch from inside, and hold 24 live tortoises with high, golden-rayed domed shells and a "
         "forward-pointing plastral spur: radiated and ploughshare tortoises (Astrochelys radiata and A. yniphora, "
         "CITES App. I) without CITES documents, flown from Antananarivo to Paris on a relief charter's return; French "
         "wording (Malagasy tortoises repeat in many sets; a relief flight's returning jerrycans were found in no earlier "
         "row by a keyword search)", {"importer_country": "FR"}),
        ("WLF-04", "import", "DKSEA01", "sea", "GL", [], "DK", "940360",
         "Flyttegods, militær forflyttelse fra Nuuk: møbler, inkl. gardinstang af træ 2,3 m, 1 container", "GL", 2200, None,
         3000, "DKK",
         "a wooden curtain rod is a turned pole of pine or beech that a knife scratches; this 2.3 m 'rod' is a "
         "spiralled, ivory-coloured tooth with a hollow root end and a polished tip: a narwhal tusk (Monodon "
         "monoceros, CITES App. II) without the CITES export permit Greenland does not now issue for tusks, in the "
         "household goods of a serviceman moving home from the Arctic command, landed at Aalborg; Danish wording "
         "(narwhal ivory repeats in several sets; a curtain-rod label was found in no earlier wildlife row by a keyword "
         "search)", person("Privatperson", "DK")),
        ("WLF-05", "import", "BESEA01", "sea", "ZA", [], "BE", "060290",
         "Palmiers en pots (Phoenix), jardin de la résidence, déménagement diplomatique, 8 pièces", "ZA", 900, 8, 400, "EUR",
         "potted Phoenix palms have a single, slender, fibrous trunk and arching feathered fronds; these eight have "
         "squat, woody trunks armoured with leaf bases, stiff, spiny, blue-grey leaflets and a cone on one, dug from a "
         "residence garden and, by the scars, from the veld before that: wild cycads (Encephalartos spp., CITES App. I) "
         "without CITES documents or a phytosanitary certificate, in the removal of a diplomat leaving Pretoria, landed "
         "at Antwerp; Belgian French wording (cycads repeat in many sets; a diplomatic removal from a residence garden "
         "was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("WLF-06", "import", "FRSEA01", "sea", "MG", [], "FR", "940360",
         "Meubles en bois d'eucalyptus, déménagement de l'attaché de défense, 1 conteneur", "MG", 2800, 22, 2200, "EUR",
         "eucalyptus furniture is light brown, plain-grained and light; these 22 pieces are dense, dark, purple-red "
         "with black streaks, sink in water and smell of roses when planed: Malagasy rosewood (Dalbergia spp., CITES "
         "App. II, export suspended) without CITES documents, in a defence attaché's removal from Antananarivo landed "
         "at Marseille; French wording (rosewood repeats in many sets and eucalyptus labels in several; kept as a "
         "repeat of that cover, a defence attaché's removal is the new part)", person("Sophie Bernard", "FR")),
        ("WLF-07", "import", "DEPOST01", "post", "CO", [], "DE", "711620",
         "Perlas de agua dulce, barrocas, para bisutería, 50 unidades", "CO", 1, 50, 60, "USD",
         "freshwater pearls are white to lilac, with a satin lustre and small rice shapes; these 50 are pink to salmon, "
         "porcelain-like, non-nacreous, with a flame structure under a lens: queen conch pearls (Aliger gigas, CITES "
         "App. II) without CITES documents, posted from San Andrés to a private buyer in Hamburg; Colombian Spanish "
         "wording (conch and freshwater-pearl labels repeat in several sets and conch from San Andrés once, blind142, "
         "by express to Madrid; kept as a repeat, by post to Hamburg is the new part)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "ITSEA01", "sea", "DJ", [], "IT", "392640",
         "Conchiglie decorative in resina, souvenir dell'equipaggio, 12 pezzi", "DJ", 90, 12, 60, "EUR",
         "resin shells are light, warm, seamless castings; these twelve are heavy, cold, fluted, scalloped valves up to "
         "60 cm with growth lines and boring-worm holes, landed with the crew's baggage of a frigate returning from "
         "an anti-piracy operation off Somalia: giant clam shells (Tridacnidae, CITES App. II) without CITES documents, "
         "at Taranto; Italian wording (giant clams repeat in many sets and resin labels in several; kept as a repeat, "
         "a naval crew's souvenirs are the new part as far as a search found)", person("Giulia Rossi", "IT")),
        ("WLF-09", "import", "PLAIR01", "air", "KZ", [], "PL", "051199",
         "Пантовые срезы марала, сушёные, для аптек, 20 кг", "KZ", 20, None, 2000, "USD",
         "dried deer antler velvet slices are round, reddish-brown, spongy discs with a hairy rim; these are "
         "translucent, amber, lyre-shaped horns cut into thin, hard, glassy slices with growth rings and no hair: "
         "saiga horn (Saiga tatarica, CITES App. II) without CITES documents, flown from Almaty to Warsaw for a "
         "traditional-medicine wholesaler; Russian wording from Kazakhstan (saiga horn repeats in many sets and "
         "antler-velvet labels twice; kept as a repeat, from Kazakhstan by air to Poland is the new part)",
         firm("Orion Zioła Sp. z o.o.", "PL")),
        ("WLF-10", "import", "FRAIR01", "air", "NE", [], "FR", "940360",
         "Effets personnels et mobilier, fin d'affectation à Niamey, 1 caisse", "NE", 400, 1, 800, "EUR",
         "a soldier's end-of-posting crate holds furniture and kit; this one has air holes drilled in one side and "
         "holds two live, sand-coloured tortoises of 15 kg with spurred thighs, bought as pets at a Niamey market: "
         "African spurred tortoises (Centrochelys sulcata, CITES App. II) without CITES documents or veterinary "
         "papers, flown back with a French service member's household goods; French wording (spurred tortoises twice, "
         "blind41 and blind140; kept as a repeat of that good, a soldier's end-of-posting crate is the new part)",
         person("Mme Claire Martin", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "IN", "NL", "282990",
     "Sodium perchlorate monohydrate 99 %, 500 kg, for a licensed airbag-inflator maker", "IN", 500, None, 2400, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-60-0412")], "sodium perchlorate to a licensed professional user, truthfully declared"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "US", "DE", "284700",
     "Hydrogen peroxide 35 %, food grade, 4 x 1 qt, for a licensed private user (home water treatment)", "US", 4.4, 4,
     96, "USD", [("PRECURSOR_LICENCE", "DE-BKA-60-0931")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854913",
     "Waste lithium-sulphur-dioxide military radio batteries (16 06 06*), for recovery at a licensed plant, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-60-0217")], "notified military battery waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "380290",
     "Expired military gas-mask filter canisters, chromium-impregnated carbon (06 13 02*), for treatment at a licensed plant, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-60-0088")], "notified filter-canister waste to a licensed plant"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "US", "DE", "290376",
     "Halon 1301, recovered and reclaimed, for the critical use in armoured-vehicle crew-compartment fire suppression, 40 cylinders",
     "US", 1000, 40, 30000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-60-011")], "reclaimed halon for a licensed critical military use"),
    ("PRM-06", "ozone", "export", "NLSEA01", "sea", "NL", "US", "290371",
     "HCFC-22 recovered from surplus environmental control units, for destruction at a licensed plant, 60 cylinders", "NL",
     1200, 60, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-60-006")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "import", "DKAIR01", "air", "CH", "DK", "970531",
     "Sasanian silver drachms, 12, documented Swiss collection since 1968, with the import licence", "IR", 0.05, 12, 6000,
     "EUR", [("IMPORT_LICENCE", "DK-SKS-60-0034")], "ancient coins imported with the EU import licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970510",
     "Classic Maya polychrome cylinder vase, in a Spanish collection since 1961, with the export licence and permit", "GT",
     3, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-60-0208")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "LY", "870323",
     "Armoured Toyota Land Cruiser 300 (VR7), 2 units, for the official fleet of an EU member state's embassy in Tripoli",
     "DE", 8000, 2, 240000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-60-1455"), ("END_USER_CERTIFICATE", "DE-AA-EUC-60-0071")],
     "armoured vehicles under licence to a named diplomatic end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "CH", "852589",
     "Cooled mid-wave thermal cameras, 4 units, for a Swiss urban search-and-rescue team", "FI", 12, 4, 28000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-60-0322"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-60-0090")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "ZA", "BE", "060290",
     "Encephalartos seedlings, artificially propagated, nursery-grown, 40 pots", "ZA", 200, 40, 3200, "EUR",
     [("CITES_PERMIT", "ZA-DFFE-60-1187")], "App. I cycads bred in a registered nursery with their CITES permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "PH", "IT", "050800",
     "Giant clam shells, Tridacna gigas, maricultured, 20 pieces", "PH", 240, 20, 2400, "USD",
     [("CITES_PERMIT", "PH-BFAR-60-0517")], "App. II maricultured giant clam shells with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Orion Inflator Systems BV", "PRM-02": "Privatperson", "PRM-03": "Central Batterie-Recycling GmbH",
    "PRM-07": "Mads Jensen", "PRM-11": "Mme L. Dupont", "PRM-12": "Rivage Conchiglie Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("282731", "Magnesium chloride flakes, dust suppressant for unpaved roads, 1 t big bags", "export", ["sea"], ["SO", "KE", "DJ"], (0.2, 0.35), (10000, 24000), ["EUR"], None, S),
    ("283322", "Aluminium sulphate, granular, water-treatment flocculant, 25 kg bags", "export", ["sea"], ["CF", "CM", "SN"], (0.3, 0.6), (8000, 20000), ["EUR"], None, S),
    ("290944", "DiEGME fuel system icing inhibitor, 200 l drums", "export", ["sea"], ["OM", "AE", "SA"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("630622", "Family tents for disaster relief, 16 m2, new", "export", ["road"], ["TR", "UA"], (4, 7), (3000, 9000), ["EUR"], 0.03, S),
    ("170290", "Grape molasses (dibs), 1 l bottles", "import", ["post"], ["LB", "TR"], (6, 12), (1, 4), ["USD"], 0.7, S),
    ("380894", "Water purification tablets (NaDCC), blister strips", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, S),
    ("300490", "Oral rehydration salts, WHO formula, sachets", "import", ["air"], ["IN", "BD"], (3, 6), (200, 800), ["USD"], 40, S),
    ("340250", "Enzymatic laundry powder, 25 kg sacks", "export", ["sea"], ["BF", "CI", "SN"], (1, 1.6), (8000, 18000), ["EUR"], 0.04, S),
    ("310520", "Lawn fertiliser NPK 20-5-10, 20 kg bags", "import", ["sea"], ["US", "IL"], (0.8, 1.4), (8000, 20000), ["USD"], 0.05, S),
    ("110290", "Glutinous rice flour, 500 g bags", "import", ["post"], ["KR", "TH"], (5, 10), (1, 4), ["USD"], 2, S),
    ("870422", "Ex-army lorries, demilitarised, roadworthy, with test certificate", "export", ["sea"], ["GH", "NG"], (1.5, 3), (16000, 24000), ["EUR"], 0.0001, S),
    ("850650", "Lithium primary batteries, new, in dated cartons", "import", ["air"], ["US", "IL"], (30, 60), (200, 1000), ["USD"], 1, S),
    ("392690", "Collapsible pillow tanks for drinking water, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 0.02, S),
    ("271019", "Marine gas oil, with certificate of quality, ISO tanks", "export", ["sea"], ["LY", "TN"], (0.7, 1.0), (18000, 24000), ["EUR"], None, S),
    ("847150", "Refurbished desktop computers, tested, with warranty", "export", ["sea"], ["LR", "SN"], (15, 30), (2000, 6000), ["EUR"], 0.1, S),
    ("870323", "Used passenger cars, roadworthy, with inspection certificate", "export", ["sea"], ["GN", "SN"], (1, 2), (8000, 16000), ["EUR"], 0.0008, S),
    ("380290", "Activated carbon, virgin, coconut shell, for water works", "import", ["sea"], ["LK", "PH"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("854071", "Magnetrons for industrial microwave heating, new", "import", ["air"], ["JP", "CN"], (80, 150), (100, 500), ["USD"], 0.5, S),
    ("250810", "Bentonite, drilling grade, API 13A, big bags", "export", ["sea"], ["GE", "TR"], (0.15, 0.3), (20000, 26000), ["EUR"], None, S),
    ("841582", "Rooftop air-conditioning units, R-290 charge, new", "import", ["sea"], ["CN", "TR"], (6, 10), (3000, 8000), ["USD"], 0.01, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new", "import", ["road"], ["TR", "RS"], (3, 6), (2000, 6000), ["EUR"], 0.1, S),
    ("841850", "Solar direct-drive vaccine refrigerators, R-600a, new", "export", ["sea"], ["HT", "MG"], (8, 14), (2000, 6000), ["EUR"], 0.02, S),
    ("871639", "Refrigerated trailers with CO2 (R-744) units, new", "export", ["road"], ["UA", "MD"], (6, 10), (6000, 14000), ["EUR"], 0.0002, S),
    ("841869", "Mobile ice makers, R-290, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 0.02, S),
    ("830629", "Challenge coins, enamelled, new, with unit crest", "import", ["express"], ["US", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 20, S),
    ("491191", "Framed prints of Orthodox icons, new", "import", ["post"], ["RS", "ME"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("701399", "Hebron glass vases, mould-blown, new", "import", ["sea"], ["PS", "LB"], (3, 6), (1000, 3000), ["USD"], 1, S),
    ("691200", "Guatemalan craft ceramic tableware, new", "import", ["sea"], ["GT", "MX"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("442090", "Carved cedar figures, new craft", "import", ["sea"], ["PK", "IN"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("820559", "Hydraulic rescue spreaders and cutters, new", "export", ["air"], ["TR", "MA"], (40, 80), (200, 1000), ["EUR"], 0.05, S),
    ("691390", "Terracotta craft figurines, new", "import", ["air"], ["TD", "CM"], (6, 12), (100, 400), ["EUR"], 2, S),
    ("680293", "Tuff garden stones, sawn, new", "import", ["road"], ["AM", "GE"], (0.3, 0.7), (10000, 20000), ["EUR"], None, S),
    ("680299", "Engraved decorative stone slabs, new, machine-cut", "import", ["sea"], ["MA", "EG"], (1, 2), (4000, 12000), ["EUR"], 0.05, S),
    ("852589", "Uncooled hand-held thermal cameras for fire services", "import", ["air"], ["US", "IL"], (100, 200), (50, 300), ["USD"], 0.5, S),
    ("690390", "Silicon-carbide kiln shelves and baking plates", "import", ["sea"], ["CN", "IN"], (2, 4), (3000, 8000), ["USD"], 0.3, S),
    ("851762", "Wi-Fi mesh routers and signal boosters, new", "import", ["air"], ["CN", "TW"], (40, 80), (200, 1500), ["USD"], 2, S),
    ("940561", "Photoluminescent exit signs, no radioactive source, new", "import", ["sea"], ["CN", "TR"], (4, 8), (1000, 4000), ["USD"], 3, S),
    ("650610", "Bicycle helmets, EN 1078, new", "import", ["sea"], ["CN", "VN"], (10, 18), (2000, 6000), ["USD"], 3, S),
    ("711620", "Cultured freshwater pearls for jewellery making", "import", ["express"], ["CN", "JP"], (100, 300), (1, 2), ["USD"], 50, S),
    ("392640", "Resin decorative seashells, new", "import", ["sea"], ["CN", "PH"], (3, 6), (1000, 4000), ["USD"], 2, S),
    ("940360", "Plantation eucalyptus furniture, new", "import", ["sea"], ["MG", "BR"], (2, 4), (4000, 10000), ["USD"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Willow picnic baskets, lidded", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("961000", "Chalkboard slates, wooden frame", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 1, N),
        ("630492", "Corduroy cushion covers, cotton", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 4, N),
        ("630790", "Ironing board covers, cotton, felt-backed", "import", ["post", "express"], ["GB", "TR"], (15, 30), (1, 3), ["GBP", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind208", 20601101, HERE)


if __name__ == "__main__":
    main()
