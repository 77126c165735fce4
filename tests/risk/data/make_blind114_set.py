#!/usr/bin/env python3
"""Writes the hundred-and-fourteenth blind set (tests/risk/data/blind114-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2045, with goods, routes,
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
would. Ids are BL114-*:

    python3 tests/risk/data/make_blind114_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "CW", [], "NL", "220870",
         "Likor di Kòrsou, kla (sin koló), 6 x 1 liter", "CW", 6.8, 6, 150, "USD",
         "clear Curaçao liqueur is a sweet, orange-scented spirit of about 1.05 kg/l that smells of alcohol when "
         "opened; these six bottles hold an odourless, water-clear liquid of 1.13 kg/l that is not sweet, whitens and "
         "stings the fingertip, fizzes on a cut and has vented caps under the shrink sleeves: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), posted from Willemstad to a private person in Rotterdam; Papiamento wording "
         "(hydrogen peroxide repeats in many sets and drink labels in several; a liqueur label and a parcel from "
         "Curaçao were found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-02", "import", "IEAIR01", "express", "IN", [], "IE", "151319",
         "വെർജിൻ വെളിച്ചെണ്ണ, തണുത്ത ആട്ടിയത്, 4 x 1 ലിറ്റർ", "IN", 4.6, 4, 2400, "INR",
         "virgin coconut oil is 0.92 kg/l, smells of coconut and turns white and solid below 24 °C, so in a cold "
         "Irish depot it would be a white block; these four bottles stay liquid in the cold, are colourless, sink in "
         "water (1.14 kg/l), smell faintly fruity and solvent-like and the filler's drum number on the invoice annex "
         "reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Kochi to a private person in "
         "Limerick, although flammable liquids travel by express only as declared dangerous goods; Malayalam wording "
         "(nitromethane repeats in many sets; coconut oil appears once, as a real item of a soap-making order in "
         "blind83, and a coconut-oil label on nitromethane was found in no earlier row by a keyword search)",
         person("Jincy Thomas", "IE")),
        ("PRE-03", "import", "ITPOST01", "post", "IN", [], "IT", "330190",
         "ਕੇਵੜਾ ਜਲ, ਖਾਣਾ ਪਕਾਉਣ ਲਈ, 6 x 1 ਲੀਟਰ", "IN", 8.4, 6, 1800, "INR",
         "kewra water is a flower distillate used in biryani: 1.00 kg/l, water-clear and heavy with the scent of "
         "screw-pine flowers; these six bottles weigh 1.40 kg/l, smell sharp and choking, give off brown fumes when "
         "the cap is loosened and stain the skin yellow: about 65 % nitric acid (Annex I above 3 %), posted from "
         "Amritsar to a private person in Latina; Punjabi (Gurmukhi) wording (nitric acid repeats in many sets and "
         "flower-water labels once, rose water in blind53; a kewra-water label was found in no earlier row by a "
         "keyword search)", person("Gurpreet Singh", "IT")),
        ("PRE-04", "import", "ESPOST01", "post", "BO", [], "ES", "110510",
         "Tunta jak'u (harina de chuño blanco), 4 x 1 kilo", "BO", 4, 4, 120, "BOB",
         "tunta flour is freeze-dried potato ground to a soft, creamy, earthy-smelling starch that thickens soup; "
         "these four bags hold a gritty, bright-white, heavy powder (about 2.5 kg/l loose) with no smell that does not "
         "thicken hot water, dissolves slowly and flares when a pinch falls on a hot plate: potassium perchlorate "
         "(Annex I above 40 %), posted from El Alto to a private person in Madrid; Aymara and Bolivian Spanish wording "
         "(potassium perchlorate repeats in many sets and flour covers in several, arrowroot in blind112; a "
         "chuño/tunta label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-05", "import", "PLSEA01", "sea", "IN", [], "PL", "151530",
         "చల్లగా గానుగ పట్టిన ఆముదం నూనె, 1 లీటరు సీసాలు, 2,400 సీసాలు", "IN", 2300, 2400, 4800, "USD",
         "cold-pressed castor oil is a thick, pale-yellow oil of 0.96 kg/l that smells faintly nutty; the declared net "
         "mass fits castor oil, but the pallets weigh nearly twice that, and the bottles hold a colourless, oily liquid "
         "of 1.84 kg/l that chars a paper towel at once and grows hot with a drop of water: about 96 % sulphuric acid "
         "(Annex I above 15 %) in 1 l retail bottles, by sea from Chennai to Gdynia for a Łódź natural-cosmetics web "
         "shop that sells to the public; Telugu wording (sulphuric acid repeats in many sets and oily and syrup covers "
         "in several; a castor-oil label was found in no earlier row by a keyword search)",
         firm("Orion Kosmetyki Naturalne Sp. z o.o.", "PL")),
        ("PRE-06", "import", "DEAIR01", "air", "JP", [], "DE", "283640",
         "粉末かんすい（ラーメン用）、1kg袋、300袋", "JP", 300, 300, 150000, "JPY",
         "kansui for ramen noodles is a mix of potassium and sodium carbonate: a fine, soapy-feeling white powder "
         "that fizzes with vinegar and turns water strongly alkaline; these 300 bags hold glassy, non-caking "
         "crystals that do not fizz, leave water neutral and spit violet sparks when dropped on a hot iron: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Osaka to "
         "Frankfurt for a Düsseldorf Japanese grocery; Japanese wording (potassium chlorate repeats in many sets and "
         "white-powder kitchen covers in many; a kansui label was found in no earlier row by a keyword search)",
         firm("Horizon Japan Shokuhin GmbH", "DE")),
        ("PRE-07", "import", "FRPOST01", "post", "CA", [], "FR", "210690",
         "Poudre de meringue pour glaçage royal, 4 pots de 1 kg", "CA", 4, 4, 60, "CAD",
         "meringue powder is dried egg white with sugar and starch: a fine, off-white, sweet powder that smells of "
         "vanilla and whips into a foam; these four tubs hold clear, colourless crystals with no smell that draw damp, "
         "do not whip and make a sugar cube burn fiercely: sodium chlorate (Annex I above 40 %), posted from "
         "Montréal to a private person in Nantes; Québécois French wording (sodium chlorate repeats in many sets and "
         "sugar-like covers in several, rock sugar in blind112; a meringue-powder label was found in no earlier row "
         "by a keyword search)", person("Sophie Bernard", "FR")),
        ("PRE-08", "import", "ITSEA01", "sea", "BD", [], "IT", "151499",
         "সরিষার তেল, ১ লিটার বোতল, ৪,০০০ বোতল", "BD", 3600, 4000, 7200, "USD",
         "a grocery container from Chittagong for a Rome wholesaler that supplies the Esquilino shops: mustard oil and "
         "puffed rice are what Bangladeshi grocers sell, but the third item's 'এলাচ দানা' are 2,000 one-kilo bags "
         "of white prills, not sugar-coated cardamom seeds: they do not taste sweet, grow ice-cold in water, test at "
         "34 % N and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more) retail-packed for "
         "members of the public, hidden as the last item of a three-item declaration, by sea to Genoa; Bengali "
         "wording (ammonium nitrate repeats in many sets and grocery containers hiding a precursor in several; an "
         "elaichi-dana label was found in no earlier row by a keyword search)",
         dict(firm("Central Alimentari Srl", "IT"),
              _more_items=[item("190410", "মুড়ি, ৫০০ গ্রাম প্যাকেট, ৬,০০০ প্যাকেট", "BD", 3000, 3600, "USD", qty=6000),
                           item("170490", "এলাচ দানা (চিনির দানা), ১ কেজি প্যাকেট, ২,০০০ প্যাকেট", "BD", 2000, 1600, "USD", qty=2000)])),
        ("PRE-09", "import", "DEPOST01", "post", "IN", [], "DE", "170230",
         "ग्लुकोज-डी ऊर्जा पेय पावडर, 4 x 1 किलो", "IN", 4, 4, 1200, "INR",
         "glucose energy-drink powder is a fine, sweet, white dextrose powder with a lemon or orange flavour that "
         "dissolves at once; these four packs hold coarse, colourless crystals that are not sweet, turn to a wet "
         "mush in the damp and make a sugar-and-powder mix burn brightly: sodium perchlorate (Annex I above 40 %), "
         "posted from Pune to a private person in Bielefeld; Marathi wording (sodium perchlorate repeats in many "
         "sets under salt, sugar and dextrose labels, brewing dextrose in blind92; a glucose energy-drink label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-10", "import", "FRAIR01", "air", "AM", [], "FR", "220110",
         "Ջերմուկ հանքային ջուր, 0.5 լ ապակե շշեր, 2400 շիշ", "AM", 1200, 2400, 1200, "USD",
         "Jermuk mineral water comes in green glass bottles, is gently sparkling and tastes salty; these 2,400 are "
         "clear PET bottles with vented caps, the liquid is still, tasteless, 1.20 kg/l and whitens the skin, and "
         "the pallets weigh 300 kg more than declared: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, flown from Yerevan to Paris for a Marseille Armenian grocery; "
         "Armenian wording (hydrogen peroxide repeats in many sets and water and drink labels in several; a "
         "mineral-water label was found in no earlier row by a keyword search)",
         firm("Rivage Alimentation SARL", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "SKROAD01", "road", "SK", [], "UA", "282630",
         "Kryolit syntetický, drvený, pre elektrolýzu hliníka, big bagy, 22 t", "SK", 22000, None, 4400, "EUR",
         "synthetic cryolite is a clean, white, free-flowing powder in sealed bags at about 1 EUR/kg; these bags hold "
         "black-grey lumps of carbon and refractory brick with white crusts that smell of ammonia and almonds when "
         "wet (ammonia and cyanide) and read high in fluoride, from the pot relining of a Žiar nad Hronom potline: "
         "spent pot lining (16 11 01*), hazardous waste whose export to a non-OECD country is banned, at Vyšné "
         "Nemecké for a Zaporizhzhia 'smelter supplier'; Slovak wording (spent pot lining repeats in many sets, under "
         "carbon-block, refractory, fluorspar, petroleum-coke and anthracite labels; a cryolite label was found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "252100",
         "Vápencová moučka (filer) pro obalovny asfaltových směsí, 3 vagóny", "CZ", 180000, None, 3600, "EUR",
         "limestone filler is a dry, off-white, odourless rock flour; these three wagons hold a grey, dusty, salty "
         "ash that sticks together in the damp, grows warm with water and reads several per cent chloride with lead, "
         "zinc and cadmium, from the flue-gas cleaning of a Prague waste-to-energy plant: fly ash and air-pollution-"
         "control residues (19 01 13*, 19 01 07*), hazardous waste whose export to a non-OECD country is banned, by "
         "rail through Slovakia to Čop for a Lviv 'asphalt plant'; Czech wording (incinerator fly ash repeats in many "
         "sets under EN 450 fly-ash, hydrated-lime and cement labels; a limestone-filler label for asphalt was found "
         "once, in blind3, on another good)", {"importer_country": "UA"}),
        ("WST-03", "export", "LTSEA01", "sea", "LT", [], "IN", "282010",
         "Elektrolitinis mangano dioksidas (EMD), baterijų kokybės, 40 t", "LT", 40000, None, 40000, "EUR",
         "battery-grade electrolytic manganese dioxide is a uniform, dense, black powder in lined bags with a maker's "
         "certificate; these bags hold a fluffy black powder with flakes of copper and aluminium foil, plastic "
         "separator shreds and a sweet electrolyte smell, that reads lithium, cobalt and nickel: shredded lithium-ion "
         "battery black mass, hazardous waste whose export to a non-OECD country is banned, from Klaipėda to "
         "Mundra; Lithuanian wording (black mass repeats in many sets; a manganese-dioxide label appears once, on "
         "household-battery residues declared as such in blind16, and an EMD label on black mass was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "CV", "271019",
         "Óleo de motor novo 15W-40, a granel, 20 IBC de 1.000 l", "PT", 17600, None, 8800, "EUR",
         "new bulk 15W-40 engine oil is a clear, amber oil with a blender's certificate of analysis; these 20 IBCs hold "
         "a black, opaque oil with water at the bottom, metal fines and a smell of fuel and burnt oil, drained at "
         "Lisbon-area garages: waste engine oil (13 02 05*), hazardous waste whose export to a non-OECD country is "
         "banned, from Lisbon to Praia for a 'lubricants distributor'; Portuguese wording (used oil repeats in many "
         "sets and engine-oil labels in several, and waste oil from Portugal to Cabo Verde once, as regenerated base "
         "oil in blind79; a new bulk 15W-40 label was found in no earlier row by a keyword search)", {"importer_country": "CV"}),
        ("WST-05", "export", "EESEA01", "sea", "EE", [], "EG", "340290",
         "Autopesu vahtšampooni kontsentraat, 40 IBC-konteinerit", "EE", 40000, None, 6000, "EUR",
         "car-wash foam concentrate is a coloured, scented surfactant with a producer's label and a recent batch date; "
         "these 40 IBCs are grimy, carry faded 'AFFF 3 %' stencils and fifteen-year-old dates, and hold a "
         "yellowish, unscented foam concentrate that reads PFOS and other long-chain PFAS, withdrawn from an airport "
         "fire service and tank farms: fire-fighting foam containing persistent organic pollutants, hazardous waste "
         "whose export to a non-OECD country is banned, from Muuga to Alexandria; Estonian wording (PFAS foam repeats "
         "in several sets under fluorine-free and surplus-stock labels; a car-wash shampoo label on waste foam was found "
         "in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-06", "transit", "HRSEA01", "sea", "RS", ["HR"], "IN", "253090",
         "Природни зеолит (клиноптилолит), адитив за сточну храну, 2 контејнера", "RS", 40000, None, 8000, "USD",
         "natural clinoptilolite for feed is a grey-green, earthy, crumbly mineral powder; these bags hold hard, "
         "uniform, pale-grey microspheres of 70 µm that are a refinery's spent fluid catalytic cracking catalyst, "
         "reading nickel and vanadium, from a Pančevo refinery turnaround: spent catalyst containing hazardous "
         "transition metals (16 08 02*), hazardous waste moved through the Union to a non-OECD country without the "
         "notification and consent it needs, landed at Rijeka in transit to Nhava Sheva; Serbian (Cyrillic) wording "
         "(spent catalysts repeat in many sets and zeolite labels in two, as molecular sieves; a feed-zeolite label "
         "and an FCC catalyst were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "340319",
         "Vízzel elegyedő fémmegmunkáló hűtő-kenő koncentrátum, új, 22 IBC", "HU", 22000, None, 6600, "EUR",
         "a new soluble cutting-oil concentrate is a clear, amber, oily liquid that turns milky only when a few per "
         "cent is stirred into water; these IBCs already hold a grey, milky, rancid-smelling emulsion of about 95 % "
         "water with swarf, tramp oil and bacterial slime, pumped out of the machine sumps of a Győr car-parts plant: "
         "spent machining emulsions (12 01 09*), hazardous waste whose export to a non-OECD country is banned, at "
         "Röszke for a Novi Sad 'lubricants' buyer; Hungarian wording (spent emulsions repeat in a few sets and a "
         "soluble-oil label once, in a development set (dev18-d); kept as a repeat, Hungary to Serbia by road is the "
         "new part)", {"importer_country": "RS"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "SL", "940290",
         "Used electric hospital beds, donated, working, 40 pcs", "IE", 4800, 40, 4000, "EUR",
         "a donation container for a Freetown clinic: used hospital beds and wheelchairs are what Irish charities "
         "ship, but the third item's 'capacitors, used, tested' are 120 rusty, leaking power-factor-correction "
         "capacitor cans from a 1970s factory substation, with 'Askarel' and 'Pyralene' on the name plates and an oily, "
         "sweetish film on the cases: PCB-containing capacitors (16 02 09*), hazardous waste and persistent organic "
         "pollutants whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Dublin to Freetown; Irish English wording (PCB equipment and capacitors repeat in many "
         "sets, and hospital-bed donations to Freetown hiding a third item twice, X-ray fixer in blind101 and mercury "
         "instruments in blind55; kept as a repeat of that family, PCB capacitors behind them are the new part as far "
         "as a search found)",
         dict({"importer_country": "SL"},
              _more_items=[item("871310", "Wheelchairs, used, 60 pcs", "IE", 1200, 1800, "EUR", qty=60),
                           item("853229", "Electrical capacitors, used, tested, 120 pcs", "IE", 3600, 600, "EUR", qty=120)])),
        ("WST-09", "export", "HRROAD01", "road", "HR", [], "RS", "380210",
         "Aktivni ugljen, regenerirani, za pročišćavanje vode, big-bag vreće, 20 t", "HR", 20000, None, 10000, "EUR",
         "regenerated activated carbon is dry, dust-free, black granules with an iodine number on the certificate; "
         "these bags hold damp, sulphur-impregnated granules, taken out of the mercury guard beds of a natural-gas "
         "processing plant in the Drava basin, that read over 10 % mercury on a hand-held analyser and give off mercury "
         "vapour when warmed: spent sorbent containing mercury (05 07 01*), hazardous waste whose export to a non-OECD "
         "country is banned, at Bajakovo for a Belgrade 'water-treatment' firm; Croatian wording (mercury wastes repeat "
         "in many sets, and spent guard-bed carbon as regenerated activated carbon twice, in blind11 and blind88; kept "
         "as a repeat, Croatia to Serbia by road is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-10", "export", "CYSEA01", "sea", "CY", [], "LB", "681189",
         "Σωλήνες άρδευσης από ινοτσιμέντο, μεταχειρισμένοι, 600 τεμάχια", "CY", 24000, 600, 1200, "EUR",
         "asbestos-free fibre-cement pipes are pale, smooth and stamped 'NT' by their maker; these 600 grey pipes, dug "
         "out of a Mesaoria irrigation network, are stamped with a 1960s maker's mark, have frayed, fibrous broken ends "
         "and show chrysotile and crocidolite bundles under a lens: asbestos-cement pipes (17 06 05*), hazardous waste "
         "whose export to a non-OECD country is banned, from Limassol to Beirut for a Bekaa 'irrigation contractor'; "
         "Cypriot Greek wording (asbestos cement repeats in many sets, as roofing sheets mostly, and as pipes once, in a "
         "development set (dev30-b); irrigation pipes from Cyprus to Lebanon are the new part as far as a search found)",
         {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "281129",
         "Krem şanti gazı N2O, 640 g tüp, 3.600 adet", "TR", 2304, 3600, 7200, "EUR",
         "cream-charger tanks of 640 g hold nitrous oxide at about 50 bar and feel light for their size; these 3,600 "
         "silver tanks hold 0.9 kg each of a liquid that reads 6 bar, smells faintly of ether and is identified by a "
         "leak detector as 1,1,1,2-tetrafluoroethane: HFC-134a placed on the market without quota, in non-refillable "
         "containers, both of which Regulation 2024/573 forbids, in a van at Kapitan Andreevo for a Plovdiv "
         "'catering supplies' firm whose buyers are car-air-conditioning workshops; Turkish wording (HFC-134a repeats "
         "in many sets under aerosol and cylinder labels; a cream-charger label was found in no earlier row by a "
         "keyword search)", firm("Delta Horeca EOOD", "BG")),
        ("OZN-02", "import", "BEAIR01", "air", "TH", [], "BE", "820320",
         "แหนบและคีมสำหรับงานอัญมณี, 600 ชิ้น", "TH", 60, 600, 1800, "USD",
         "a jewellery-tool air shipment from Bangkok for an Antwerp diamond workshop: tweezers and polishing wheels are "
         "what Chanthaburi suppliers send, but the third item's 'น้ำยาล้างเพชร' is 40 one-litre tins of a sweet, "
         "chloroform-smelling liquid of 1.34 kg/l that boils at 74 °C, with 'CH3CCl3' on the filler's inner labels: "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, hidden as the last item of "
         "a three-item declaration; Thai wording (methyl chloroform repeats in many sets; a diamond-cleaning label "
         "behind jewellery tools was found in no earlier row by a keyword search)",
         dict(firm("Meridian Diamonds BV", "BE"),
              _more_items=[item("680421", "ล้อขัดเงาเพชร, 200 ชิ้น", "TH", 40, 1200, "USD", qty=200),
                           item("340290", "น้ำยาล้างเพชร, 40 x 1 ลิตร", "TH", 53.6, 400, "USD", qty=40)])),
        ("OZN-03", "import", "GRSEA01", "sea", "JO", [], "GR", "281290",
         "غاز سادس فلوريد الكبريت SF6 للمعدات الكهربائية، 20 أسطوانة", "JO", 1000, 20, 14000, "USD",
         "SF6 for switchgear is a heavy, odourless gas liquefied at 21 bar in grey cylinders with an electrical-grade "
         "certificate; these 20 cylinders read 2 bar, hold a liquid of 1.73 kg/l, smell faintly sweet and have "
         "'CH3Br' punched on the shoulders under fresh paint, for a Cretan greenhouse-fumigation firm with no "
         "switchgear business: methyl bromide, whose import into the Union is banned (no quarantine exemption "
         "remains), by sea from Aqaba to Piraeus; Jordanian Arabic wording (methyl bromide repeats in many sets, under "
         "sulfuryl-fluoride, ethyl-formate and methyl-chloride labels among others, and SF6 labels in several on "
         "other goods; an SF6 switchgear label on methyl bromide was found in no earlier row by a keyword search)",
         firm("Orion Agrotechniki AE", "GR")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "282739",
         "Важка рідина на основі хлориду цинку, густина 1,60, для аналізу збагачуваності вугілля, 40 каністр по 20 л",
         "UA", 1272, 40, 1600, "EUR",
         "zinc-chloride heavy liquid for coal float-sink tests is a water solution: it mixes with water, does not "
         "evaporate and leaves white crust; these 40 cans hold a liquid of 1.59 kg/l that does not mix with water, "
         "evaporates from a drop in a minute with a sweet, chloroform-like smell and boils at 77 °C: carbon "
         "tetrachloride, whose import into the Union is banned outside licensed feedstock and laboratory uses, by "
         "road at Dorohusk for a Katowice coal laboratory; Ukrainian wording (carbon tetrachloride repeats in many sets "
         "and heavy-liquid labels in several; a coal-washability label was found in no earlier row by a keyword "
         "search)", firm("Vega Laboratoria Sp. z o.o.", "PL")),
        ("OZN-05", "import", "GRROAD01", "road", "AL", [], "GR", "731100",
         "Bombola oksigjeni mjekësor, bosh, 50 l, 60 copë", "AL", 3300, 60, 3000, "EUR",
         "empty 50 l medical-oxygen cylinders are white-shouldered, weigh about 55 kg and ring hollow; these 60 weigh "
         "over 100 kg each, slosh, read 11 bar and their valves carry a refrigerant service adaptor: about 3 t of "
         "R-404A (an HFC blend of GWP 3,922) placed on the market without quota, which Regulation 2024/573 forbids, in "
         "a lorry at Kakavia for an Ioannina 'medical gases' firm that sells to refrigeration fitters; Albanian "
         "wording (HFC blends repeat in many sets and gas-cylinder covers in several; a medical-oxygen label was found "
         "in no earlier row by a keyword search)", firm("Central Iatrika Aeria AE", "GR")),
        ("OZN-06", "import", "LTAIR01", "air", "UZ", [], "LT", "281121",
         "Gazlangan suv apparatlari uchun CO2 ballonlari, 60 l, 200 dona", "UZ", 240, 200, 2000, "USD",
         "soda-maker CO2 cylinders hold 425 g of carbon dioxide at about 60 bar and hiss dry ice when opened; these "
         "200 read 14 bar, hold 0.6 kg each of a dense liquid and a gas test gives bromotrifluoromethane, recovered "
         "from Soviet-era aircraft and ship systems: halon 1301, whose import into the Union is banned outside "
         "licensed critical uses, flown from Tashkent to Vilnius for a kitchen-appliance shop; Uzbek wording (halon "
         "1301 repeats in many sets; a soda-maker cylinder label appears once, in blind34, and from Uzbekistan by air "
         "is the new part as far as a search found)", firm("Orion Virtuvės Technika UAB", "LT")),
        ("OZN-07", "import", "ESSEA01", "sea", "MA", [], "ES", "841869",
         "ماكينات الثلج الأوتوماتيكية، غاز R-290، 40 وحدة", "MA", 3200, 40, 24000, "EUR",
         "self-contained ice-cube machines sold in the Union run on R-290 and carry a flammable-gas label and a "
         "charge below 150 g; these 40, rebuilt in Casablanca, have no flammable-gas label, service valves on the "
         "circuit and name plates reading R-404A, 600 g: plug-in commercial refrigeration equipment charged with an "
         "HFC of GWP 3,922, whose placing on the market Regulation 2024/573 forbids, by sea from Tanger Med to "
         "Algeciras for a Málaga hotel-supplies firm; Moroccan Arabic wording (HFC-charged equipment repeats in many "
         "sets and ice makers in a few; from Morocco by sea under an R-290 label is the new part as far as a search "
         "found)", firm("Horizon Hostelería SL", "ES")),
        ("OZN-08", "import", "NLSEA01", "sea", "MY", [], "NL", "382499",
         "Semburan penampal tayar pancit, propelan HFO-1234ze, 450 ml, 12,000 tin", "MY", 6000, 12000, 12000, "USD",
         "tyre-repair aerosols sold in the Union use a hydrocarbon or HFO propellant and carry the right flammability "
         "mark; the cans in these cartons carry a Port Klang filler's lot code whose safety data sheet gives "
         "1,1,1,2-tetrafluoroethane as propellant, and a gas test of a vented can confirms it: technical aerosols "
         "containing HFC-134a, whose placing on the market Regulation 2024/573 forbids, by sea to Rotterdam for an "
         "automotive parts wholesaler; Malay wording (HFC-134a aerosols repeat in many sets and tyre-sealant labels "
         "in a few; a Malaysian puncture-repair label was found in no earlier row by a keyword search)",
         firm("Nordhafen Autoparts BV", "NL")),
        ("OZN-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382499",
         "全氟聚醚传热液 (Galden HT55 同类), 气相焊接用, 60 桶 x 25 公斤", "CN", 1500, 60, 9000, "USD",
         "perfluoropolyether heat-transfer fluid of the HT55 type costs over 100 USD/kg, boils at 55 °C and is sold "
         "in small sealed bottles; these 60 drums at 6 USD/kg hold a liquid of 1.56 kg/l that boils at 48 °C, and the "
         "drum heads read 'F-113': 1,1,2-trichloro-1,2,2-trifluoroethane (CFC-113), a controlled ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at Koper in "
         "transit from Ningbo to a Serbian electronics assembler; Chinese wording (CFC-113 repeats in many sets and "
         "Vertrel labels in a few, and vapour-phase PFPE labels twice, in blind71 and blind79; kept as a repeat, a "
         "transit through Koper to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-10", "import", "PTPOST01", "post", "BR", [], "PT", "381300",
         "Spray extintor de incêndio automotivo, espuma, 500 ml, 6 unidades", "BR", 4.2, 6, 180, "BRL",
         "car foam extinguisher sprays hold a water-based foam that sloshes and shows a foam pattern on the label; "
         "these six cans are heavy (0.7 kg each), spray a liquid that flashes to a dense, sweet-smelling gas and "
         "their crimp stamps read 'BCF': halon 1211 (bromochlorodifluoromethane) in portable extinguishers, "
         "products whose import into the Union is banned, posted from São Paulo to a private person in Porto; "
         "Brazilian Portuguese wording (halon 1211 repeats in many sets and extinguisher covers in many; a car "
         "extinguisher-spray label by post was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "SEAIR01", "air", "IQ", [], "SE", "680291",
         "تابلۆی دیواری لە مەڕمەڕی مووسڵ، نوێ، ١ دانە", "IQ", 45, 1, 300, "USD",
         "new Mosul-marble wall plaques are sawn, polished slabs of grey gypsum alabaster with machine-cut patterns; "
         "this one is a broken, weathered fragment with a bearded, winged figure in low relief, a band of cuneiform "
         "across it and a back that was sawn off a wall: a Neo-Assyrian palace relief fragment (9th-7th century BC) "
         "taken out of northern Iraq, brought in against the UN embargo on Iraqi cultural property (Regulation "
         "1210/2003) and without an import licence (Regulation 2019/880), flown from Erbil to Stockholm for a private "
         "buyer; Sorani Kurdish wording (Assyrian reliefs repeat in several sets, and a Mosul-alabaster wall-plaque label once, in "
         "blind51 via Dubai to the United States; kept as a repeat, by air from Erbil to Sweden with a Sorani label "
         "is the new part as far as a search found)", person("Privatperson", "SE")),
        ("CUL-02", "import", "DEPOST01", "post", "PG", [], "DE", "442011",
         "Kapa diwai bilong Sepik, nupela, bilong salim long turis, 1 pis", "PG", 3.5, 1, 150, "PGK",
         "new Sepik tourist carvings are pale, freshly cut, shoe-polished wood with sharp chisel marks; this one is a "
         "dark, smoke-blackened hook figure with worn cowrie eyes, traces of red and white ochre, insect damage and a "
         "suspension loop polished by use: an old ancestral hook figure (yipwon type) taken from a Sepik men's house, "
         "whose export Papua New Guinea's National Cultural Property Act forbids without a permit, posted from "
         "Wewak to a private collector in Hamburg; Tok Pisin wording (Pacific carvings repeat in a few sets and Tok "
         "Pisin labels in four; a Sepik hook figure was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-03", "export", "PTAIR01", "air", "PT", [], "US", "570500",
         "Tapete de Arraiolos, bordado à mão, novo, 1 peça", "PT", 22, 1, 1800, "EUR",
         "new Arraiolos rugs are bright wool cross-stitch on a white jute or cotton canvas with a maker's label; this "
         "one is faded indigo, ochre and madder wool on a hand-spun linen ground, with old repairs, a dated "
         "cartouche of 1740 and a manor's coat of arms: an 18th-century Arraiolos carpet, a cultural good over 100 "
         "years old worth far above the 50,000 EUR threshold and classed as national heritage, exported without the "
         "licence of Regulation 116/2009 or the Portuguese permit, flown from Lisbon to New York; Portuguese wording "
         "(Portuguese heritage repeats in several sets, azulejos and gilt carving among them; an Arraiolos carpet was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "ESAIR01", "air", "PY", [], "ES", "442011",
         "Tupãsy ra'anga yvyrágui, pyahu, tembiapo po (talla nueva de madera), 1", "PY", 14, 1, 250, "USD",
         "new carved saints from Tobatí workshops are pale cedar with bright acrylic paint; this Virgin is dense, "
         "dark cedar with flaking gesso, gold leaf over red bole, glass eyes, worm holes and a hollowed back, in the "
         "style of the Guaraní mission workshops: an 18th-century Jesuit-Guaraní mission sculpture, cultural heritage "
         "whose export Paraguay forbids, brought in without an import licence where Regulation 2019/880 requires one "
         "and against the UNESCO 1970 convention, flown from Asunción to Madrid for a religious-art dealer; Guaraní "
         "wording (colonial sculpture repeats in several sets and a Jesuit object once, in blind81; a Paraguayan "
         "mission saint and a Guaraní label were found in no earlier row by a keyword search)",
         firm("Alpina Arte Sacro SL", "ES")),
        ("CUL-05", "import", "DEAIR01", "air", "PK", [], "DE", "680299",
         "د ټیکسلا د کارګاه نوې ډبرینه کنده کاري، ۱ ټوټه", "PK", 60, 1, 200, "USD",
         "new Taxila workshop carvings are crisp, grey-green schist with machine-cut backs and no wear; this panel has "
         "a Buddha-life scene with acanthus and Corinthian columns, soft, weathered edges, root marks, calcite crust in "
         "the folds and an old break at the top: a Gandharan schist relief (2nd-4th century AD) from a stupa in the "
         "Swat or Peshawar valley, whose export Pakistan forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Peshawar via Islamabad to Frankfurt for a dealer; Pashto wording (Gandharan sculpture "
         "repeats in many sets and Taxila once, in blind26; kept as a repeat, a Pashto label was found in no earlier "
         "row by a keyword search)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-06", "import", "ESROAD01", "road", "MA", [], "ES", "680299",
         "Iẓran ttwazeglen n tẓuri, imaynuten (pierres gravées décoratives, artisanat neuf), 3", "MA", 240, 3, 150,
         "EUR",
         "new engraved decorative stones from Zagora workshops are sawn slabs with fresh, even, machine-ground "
         "lines; these three are rough sandstone slabs with a dark desert varnish, pecked outlines of elephants, "
         "antelopes and Libyco-Berber signs in the same patina and fresh chisel scars on the backs where they were "
         "cut out of a rock face: prehistoric rock engravings from the Drâa valley, heritage whose removal and export "
         "Morocco forbids, brought in without an import licence (Regulation 2019/880), on a lorry from Tanger Med to "
         "Algeciras for a fossil-and-minerals dealer; Tamazight (Latin script) and French wording (Saharan rock art "
         "appears in two development rows (dev14-a, dev19-b, from Libya) and Moroccan rock engravings are named once, "
         "in a note of blind57; as engraved decorative stones by lorry from Morocco, with a Tamazight label, it was "
         "found in no earlier row by a keyword search)", firm("Horizon Minerales SL", "ES")),
        ("CUL-07", "import", "BEAIR01", "air", "NG", [], "BE", "442011",
         "Ère ìbejì tuntun, igi, iṣẹ́ ọwọ́, 2", "NG", 3, 2, 60, "USD",
         "new ibeji twin figures for tourists are light, pale wood with boot-polish patina and sharp features; these "
         "two are heavy, with faces worn almost flat by a century of washing and feeding, camwood and indigo in the "
         "coiffures, glass-bead waist strings and cracked bases: old Yoruba ibeji figures, ethnographic heritage whose "
         "export Nigeria forbids without a permit, flown from Lagos to Brussels for a dealer, against the UNESCO 1970 "
         "convention; Yoruba wording (Nigerian antiquities repeat in many sets; ibeji figures and a Yoruba label were "
         "found in no earlier row by a keyword search)", firm("Galerie Rivage SA", "BE")),
        ("CUL-08", "export", "ROPOST01", "post", "RO", [], "CA", "970191",
         "Icoane pictate pe sticlă, noi, atelier din Sibiu, 3 bucăți", "RO", 3.2, 3, 300, "RON",
         "new icons on glass from Sibiu workshops are bright, crisp and on clean float glass; these three are on thin, "
         "wavy, bubbly hand-blown glass with flaking tempera, candle soot and nail holes in the original fir frames, "
         "and one carries a church inventory number: 19th-century Transylvanian glass icons from a village church in "
         "the Mărginimea Sibiului, integral parts of a religious monument, which need an export licence at any value "
         "(Regulation 116/2009), posted from Sibiu to a buyer in Toronto without one; Romanian wording (icons repeat "
         "in many sets; icons on glass were found in no earlier row by a keyword search)", {"importer_country": "CA"}),
        ("CUL-09", "import", "DEAIR01", "air", "NP", [], "DE", "830610",
         "सिंगिङ बाउल, हातले बनाएको, ६० वटा", "NP", 90, 60, 1800, "USD",
         "a Himalayan-craft air shipment for a Munich shop: singing bowls and new thangkas are what Kathmandu exporters "
         "send, but the third item's 'नयाँ काठको टुँडाल' are two carved roof struts of dark sal wood with a many-armed "
         "goddess above erotic figures, weathered grey on the outer face, with a tenon and old paint where they "
         "met the temple cornice: 16th-17th century Malla-period temple struts (tunāla) taken from a Kathmandu Valley "
         "temple, heritage whose export Nepal forbids, brought in against the UNESCO 1970 convention, hidden as the "
         "last item of a three-item declaration, flown from Kathmandu to Munich; Nepali wording (temple roof struts "
         "repeat in several sets, blind17, blind34, blind38, blind49 and blind85 among them; kept as a repeat, struts "
         "behind singing bowls and thangkas were found in no earlier row by a keyword search)",
         dict(firm("Central Himalaya Import GmbH", "DE"),
              _more_items=[item("970191", "थाङ्का चित्र, नयाँ, १२ वटा", "NP", 6, 1200, "USD", qty=12),
                           item("442019", "नयाँ काठको टुँडाल (छानाको टेको), २ वटा", "NP", 60, 200, "USD", qty=2)])),
        ("CUL-10", "import", "NLAIR01", "express", "PK", [], "NL", "844250",
         "اجرڪ ڇاپڻ لاءِ ٺپا، هٿ جو ڪم، 8 عدد", "PK", 0.6, 8, 80, "USD",
         "ajrak printing blocks are hand-carved rosewood blocks of palm size with deep floral patterns and dye in the "
         "grooves; these eight are small, square, glossy white stone stamps with a pierced boss on the back, a "
         "unicorn, bull or elephant cut in reverse and a line of Indus signs above it: Harappan steatite seals "
         "(2600-1900 BC) from Sindh, archaeological objects whose export Pakistan forbids, brought in without the "
         "import licence Regulation 2019/880 requires for archaeological objects, sent by express from Karachi to a "
         "private buyer in Leiden; Sindhi wording (Indus objects repeat in a few sets, terracotta figures as clay toys "
         "in blind52; Indus seals as ajrak blocks were found in no earlier row by a keyword search)",
         person("Particulier", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", [], "EG", "292219",
         "Catalitzador amínic per a escuma de poliuretà (DMEA), 40 bidons de 180 kg", "ES", 7200, 40, 28000, "EUR",
         "DMEA foam catalyst (N,N-dimethylethanolamine) is a cheap, volatile amine that smells strongly of fish and "
         "boils at 134 °C; these drums hold a heavier-smelling amine that boils near 190 °C and whose drum heads read "
         "CAS 96-80-0: 2-(N,N-diisopropylamino)ethanol, a Schedule 2 chemical (2B11) and dual-use 1C350 precursor, "
         "exported to Egypt, which is not a party to the Chemical Weapons Convention and to which Schedule 2 "
         "transfers are forbidden, without the licence Regulation 2021/821 requires, from Tarragona to Alexandria; "
         "Catalan wording (diisopropylaminoethanol repeats in several sets, under boiler-amine labels among others; a "
         "PU-catalyst label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-02", "export", "HUAIR01", "air", "HU", [], "KZ", "852589",
         "Madáretető-kamerák, Wi-Fi, 400 db", "HU", 120, 400, 16000, "EUR",
         "bird-feeder cameras are cheap plastic boxes with a visible-light lens, a feeder tray and a phone app; these "
         "400 are bare, shielded uncooled microbolometer thermal-imaging cores of 640 x 512 pixels with germanium "
         "lenses and no housing, tray or app, at 40 EUR declared against about 2,500 EUR each, for an Almaty firm "
         "whose buyers are in Russia: thermal cameras controlled as dual-use 6A003 and on the common high-priority "
         "list whose export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from "
         "Budapest; Hungarian wording (thermal-imaging modules repeat in several sets, wildlife-camera covers in "
         "blind77 and a bird-feeder-camera label in blind107, from Czechia to Armenia; kept as a repeat, by air from "
         "Hungary to Kazakhstan is the new part as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-03", "export", "ESAIR01", "air", "ES", [], "KG", "950790",
         "Fío de pesca monofilamento, bobinas de 10 km, 300 unidades", "ES", 900, 300, 9000, "EUR",
         "monofilament fishing line is nylon that stretches, floats in water and comes on small retail spools of a few "
         "hundred metres; these 300 spools hold 10 km each of a hair-thin, brittle, coated glass fibre that does not "
         "stretch, wound on conical dispenser bobbins with a connector at the core: single-mode optical fibre for "
         "fibre-guided FPV drones, goods whose sale for use in Russia Regulation 833/2014 forbids, flown from Vigo via "
         "Madrid to Bishkek for a 'fishing tackle' importer whose consignments go on to Russia; Galician wording "
         "(fibre-optic drone spools repeat once, as kite line from Estonia to Kyrgyzstan in blind95, and a "
         "carbon fishing-rod cover once, in blind63; a fishing-line label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-04", "export", "LUAIR01", "air", "LU", [], "AE", "902620",
         "Pneusdrocksensoren (TPMS) fir Autoen, nei, 240 Stéck", "LU", 60, 240, 4800, "EUR",
         "tyre-pressure sensors are small plastic valve-stem units with a coin battery at 20 EUR each; these 240 are "
         "stainless, heated capacitance diaphragm gauges with Inconel sensing diaphragms and vacuum flanges, full scale "
         "1 torr, at about 3,000 EUR each on the maker's list, for a Dubai 'auto parts' trader whose consignments go "
         "on to Bandar Abbas: pressure transducers controlled as dual-use 2B230 and listed in the Iran regulation "
         "(267/2012), exported without a licence, flown from Luxembourg; Luxembourgish wording (capacitance "
         "manometers repeat in several sets, and tyre-pressure covers on them in blind67, blind70, blind76 and a "
         "development row; kept as a repeat, from Luxembourg with a Luxembourgish label is the new part as far as a "
         "search found)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "SEAIR01", "air", "SE", [], "TR", "847989",
         "Gimbalstabilisatorer för mobilkameror, 300 st", "SE", 90, 300, 7500, "EUR",
         "smartphone gimbals are plastic handles with three small brushless motors and a phone clamp at 25 EUR each; "
         "these 300 are aluminium-cased tactical-grade MEMS inertial measurement units with calibrated gyros and "
         "accelerometers and a serial navigation interface, at about 4,000 EUR each on the maker's list, for an "
         "Istanbul trader that ships to Tehran: inertial navigation components for unmanned aerial vehicles, whose "
         "sale for use in Iran Regulation 2023/1529 forbids, flown from Stockholm; Swedish wording (UAV navigation "
         "parts repeat in several sets and gimbal labels in a few, on cameras (blind53, blind70); a smartphone-gimbal "
         "label on inertial units was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-06", "import", "DEAIR01", "air", "KG", [], "DE", "710812",
         "Тазаланган алтын куймалары, 999,9, Кыргыз Республикасынын өндүрүшү, 12 даана", "KG", 12, 12, 840000,
         "USD",
         "Kyrgyz refined gold leaves the Kyrgyzaltyn refinery with its own serial stamps and assay certificates; "
         "these twelve kilobars have ground-down faces, a recast edge that still shows the serial series and "
         "assay mark of a Krasnoyarsk refinery, and a Bishkek trading house as seller that has no refinery: Russian "
         "gold, whose import into the Union, even processed in a third country, Regulation 833/2014 forbids, flown "
         "from Bishkek to Frankfurt for a bullion dealer; Kyrgyz wording (Russian goods under Kyrgyz and Kazakh "
         "papers repeat in many sets and Russian gold bars in a few, through Dubai in blind10; kept as a repeat, "
         "remelted bars under Kyrgyz papers by air from Bishkek are the new part as far as a search found)", firm("Nordhafen Edelmetall GmbH", "DE")),
        ("STR-07", "export", "SIAIR01", "air", "SI", [], "AM", "850131",
         "Elektromotorji za pomik stekel avtomobilskih oken, 600 kosov", "SI", 420, 600, 9000, "EUR",
         "window-lift motors are brushed 12 V gear motors with a plastic gearbox and a car-maker's connector at 15 EUR "
         "each; these 600 are sealed brushless servo actuators with absolute encoders, titanium output shafts and a "
         "digital bus, rated for -40 to +85 °C, for a Yerevan 'auto parts' buyer whose orders go on to Tehran: "
         "actuators for UAV control surfaces, whose sale for use in Iran Regulation 2023/1529 forbids, flown from "
         "Ljubljana; Slovenian wording (UAV servos repeat in several sets; a window-lift-motor label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "GE", "853710",
         "Ersatzteile für Kaffeeröster (Steuerplatinen), 40 Stück", "DE", 80, 40, 2000, "EUR",
         "coffee-roaster control boards are small temperature and drum controllers at a few hundred euros; these 40 "
         "are complete CNC control units for five-axis machining centres with their servo drives, at about 4,000 EUR "
         "each, in a lorry for a Tbilisi 'café equipment' trader whose buyers are in Russia: numerical controls for "
         "machine tools, whose export to Russia and re-export through third countries Regulation 833/2014 forbids, by "
         "road from Stuttgart through Türkiye; German wording (CNC controls repeat in many sets, under sewing-machine "
         "and washing-machine labels among others; a coffee-roaster label was found in no earlier row by a keyword "
         "search)", {"importer_country": "GE"}),
        ("STR-09", "export", "HRSEA01", "sea", "HR", [], "PK", "760820",
         "Aluminijske cijevi za skele, legura 6082, Ø48,3 mm, 20 t", "HR", 20000, None, 80000, "EUR",
         "scaffold tubes are 6082 aluminium of 48.3 mm outside diameter and 4 mm wall at about 4 EUR/kg; these "
         "bundles hold seamless tubes of 120 to 150 mm outside diameter stamped '7075-T6' on the mill labels under "
         "the new ones, with a tensile test at 560 MPa: aluminium-alloy tubes controlled as dual-use 1C202, exported "
         "without the licence Regulation 2021/821 requires, from Rijeka to Karachi for a buyer linked to a missile "
         "programme; Croatian wording (7075 tubes repeat in many sets, a tent-pole cover in blind76 and scaffold-tube "
         "labels in blind73 and blind109; kept as a repeat, from Croatia to Pakistan is the new part as far as a "
         "search found)", {"importer_country": "PK"}),
        ("STR-10", "export", "FRAIR01", "express", "FR", [], "HK", "900691",
         "Bagues d'adaptation pour objectifs photo, 80 pièces", "FR", 6, 80, 1600, "EUR",
         "lens adapter rings are turned aluminium rings of a few grams with two bayonets at 20 EUR each; these 80 are "
         "sealed, potted cylinders of 18 mm with a phosphor screen at one end, a photocathode window at the other and "
         "a high-voltage power supply: third-generation image-intensifier tubes controlled as dual-use 6A002, worth "
         "about 3,000 EUR each, sent by express from Brive to a Hong Kong trader without the licence Regulation "
         "2021/821 requires; French wording (image intensifiers repeat in many sets; a lens-adapter label was found "
         "in no earlier row by a keyword search)", {"importer_country": "HK"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "air", "IN", ["DE"], "US", "621420",
         "Pashmina shawls, hand-woven, Kashmir, 24 pcs", "IN", 3, 24, 2400, "USD",
         "pashmina shawls are fine cashmere that is soft, a little springy and pulls through a ring only when very "
         "thin; these 24 are of an even finer, warmer, greyish-fawn down whose fibres under the lens measure 10-12 "
         "microns with the scale pattern of chiru guard-hair, and each slips easily through a finger ring: shahtoosh "
         "(Tibetan antelope, Pantholops hodgsonii, CITES App. I), in transit through Frankfurt from Delhi to New York "
         "without the CITES documents specimens in transit through the Union must carry; Indian English wording "
         "(shahtoosh repeats in several sets under pashmina labels; kept as a repeat, a transit through Frankfurt is "
         "the new part as far as a search found)", {"importer_country": "US"}),
        ("WLF-02", "import", "ITAIR01", "air", "MV", [], "IT", "030549",
         "Valhoa mas (Maldive fish), smoked dried skipjack, 20 kg", "MV", 20, None, 400, "USD",
         "Maldive fish is hard, dark-brown, smoked and sun-dried tuna loin that smells of smoke and fish; these 20 kg "
         "are teat-shaped, grey-black, gritty sea cucumbers with lateral 'teats' along the body, dried whole and "
         "smelling of the sea, worth 200 USD/kg: teatfish (Holothuria fuscogilva and H. whitmaei, CITES App. II) "
         "without CITES documents, flown from Malé to Milan for a seafood wholesaler; English wording with the "
         "Dhivehi name (teatfish repeat in many sets under fungus and other labels; a Maldive-fish label was found in "
         "no earlier row by a keyword search)", firm("Meridian Ittica Srl", "IT")),
        ("WLF-03", "import", "BESEA01", "sea", "CG", [], "BE", "440729",
         "Sciages d'ayous (samba), séchés, FSC, 1 conteneur", "CG", 24000, None, 9600, "EUR",
         "ayous is a pale, cream-coloured, very light wood (about 380 kg/m3) that dents under a thumbnail; this "
         "container holds 30 m3 of heavy (about 800 kg/m3), red-brown, interlocked boards with white deposits in the "
         "pores that stain yellow when wetted: afzelia (doussié, Afzelia spp., African populations, CITES App. II) "
         "without a CITES export permit, by sea from Pointe-Noire to Antwerp; Congolese French wording (afzelia repeats "
         "in several sets, under iroko and other labels, and an ayous label once, on a heavier timber in a development "
         "row (dev17-b); from Congo-Brazzaville under an ayous label is the new part as far as a search found)", firm("Central Bois SA", "BE")),
        ("WLF-04", "import", "FRPOST01", "post", "HT", [], "FR", "691390",
         "Kokiy lanbi an seramik, dekorasyon, 4", "HT", 3.5, 4, 40, "USD",
         "ceramic conch ornaments are moulded, glazed and hollow, and ring when tapped; these four are real shells "
         "with a flared pink lip, growth lines, worn spines and the knocked-out hole at the spire through which the "
         "animal was cut out: queen conch (Aliger gigas, CITES App. II) without CITES documents, posted from "
         "Port-au-Prince to a private person in Bordeaux; Haitian Creole wording (queen conch repeats in many sets, "
         "mostly as frozen meat, and plastic decorative shells once, in blind69; a ceramic-conch label in Haitian "
         "Creole was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("WLF-05", "import", "BEAIR01", "express", "NP", [], "BE", "253090",
         "शुद्ध शिलाजित रेजिन, ५० ग्राम, २० बट्टा", "NP", 1.2, 20, 300, "USD",
         "shilajit resin is a sticky, black, tar-like paste that smells smoky and dissolves in warm water; these 20 "
         "jars hold dry, dark-brown grains and two whole, hairy pods with an overpowering, animal musk smell that "
         "fills the room: musk-deer pods and grains (Moschus spp., CITES App. I for the Himalayan populations) "
         "without CITES documents, sent by express from Kathmandu to a private buyer in Liège; Nepali wording "
         "(musk repeats in several sets; a shilajit label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-06", "import", "NLSEA01", "sea", "ID", [], "NL", "440922",
         "Moulding kayu meranti, profil bingkai foto, 1 kontainer", "ID", 18000, None, 14000, "USD",
         "meranti mouldings are reddish-brown, coarse-grained and fairly light; these frame profiles are pale, "
         "straw-coloured, fine-textured and even, and the raw wood gives an itchy, splintery dust with no red tint: "
         "ramin (Gonystylus spp., CITES App. II) without a CITES export permit, by sea from Semarang to Rotterdam for "
         "a picture-frame maker; Indonesian wording (ramin repeats in many sets, as frame mouldings in blind5 and blind8, and "
         "meranti labels twice on other timbers; kept as a repeat, under a meranti label is the new part as far as a "
         "search found)", firm("Horizon Lijsten BV", "NL")),
        ("WLF-07", "import", "DKPOST01", "post", "FO", [], "DK", "030559",
         "Turrur fiskur, heimavirkaður, 3 kg", "FO", 3, None, 600, "DKK",
         "Faroese home-dried fish is pale, flaky cod or haddock that smells of fermented fish; these 3 kg are dark, "
         "almost black strips of dense, fibreless meat and a slab of grey-white blubber: dried pilot-whale meat and "
         "blubber (grind, Globicephala melas, CITES App. II, listed in Annex A of Regulation 338/97), whose import into "
         "the Union for any purpose other than the exemptions is forbidden, posted from Tórshavn to a private person "
         "in Aarhus; Faroese wording (pilot-whale products and Faroese labels were found in no earlier row by a "
         "keyword search)", person("Jens Hansen", "DK")),
        ("WLF-08", "import", "ITSEA01", "sea", "CO", [], "IT", "090111",
         "Café verde excelso, 70 sacos de 70 kg", "CO", 4900, 70, 24000, "USD",
         "a coffee and craft container from Cartagena for a Florence leather importer: green coffee and woven hammocks "
         "are what Colombian exporters ship, but the third item's 'cuero bovino estampado tipo cocodrilo' are 300 "
         "tanned flanks whose scales are real, with bony osteoderms you feel through the leather and uneven scale "
         "rows no press gives: spectacled caiman skins (Caiman crocodilus fuscus, CITES App. II) without CITES "
         "documents or tags, hidden as the last item of a three-item declaration, by sea to Livorno; Colombian Spanish "
         "wording (caiman skins repeat in a few sets and embossed-calf labels on reptile leather in many, "
         "croc-printed calf in blind35; kept as a repeat, behind a coffee and hammock container is the new part as far "
         "as a search found)",
         dict(firm("Meridian Pelletterie Srl", "IT"),
              _more_items=[item("630790", "Hamacas de algodón tejidas a mano, 120 unidades", "CO", 240, 3600, "USD", qty=120),
                           item("410712", "Cuero bovino estampado tipo cocodrilo, 300 piezas", "CO", 450, 2400, "USD", qty=300)])),
        ("WLF-09", "import", "DEAIR01", "express", "KR", [], "DE", "210690",
         "한방 소화환, 60병", "KR", 3, 60, 300000, "KRW",
         "Korean herbal digestive pills are small, brown, sweet-bitter honey pills of roots and barks; these 60 "
         "bottles hold yellow-green crystalline flakes and capsules that taste intensely bitter and leave a yellow "
         "stain, with '웅담' on the inner labels: Asiatic black-bear bile (Ursus thibetanus, CITES App. I) without "
         "CITES documents, sent by express from Seoul to a private person in Frankfurt; Korean wording (bear bile "
         "repeats in many sets, from Korea as '웅담' capsules in a development row (dev12-b); a herbal digestive-pill "
         "label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-10", "import", "FRPOST01", "post", "KH", [], "FR", "220600",
         "ស្រាត្នោតខ្មែរ ១ លីត្រ ៣ ដប", "KH", 4, 3, 30, "USD",
         "Khmer palm wine is a cloudy, sour, fizzy drink that spoils in days and is never bottled for export; these "
         "three bottles hold clear rice spirit with a coiled monocled cobra, its hood spread, and a scorpion in each: "
         "Naja kaouthia (CITES App. II) without CITES documents, posted from Phnom Penh to a private person in "
         "Lyon; Khmer wording (snake wine repeats in a few sets, under a rice-liquor label in blind58; a palm-wine "
         "label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model engine fuel)", "US", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-45-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "JP", "DE", "282919",
     "Potassium chlorate 99 %, 25 kg, for a licensed match and pyrotechnic-article maker", "JP", 25, None, 200, "USD",
     [("PRECURSOR_LICENCE", "DE-BMI-45-0316")], "potassium chlorate above 40 % to a licensed professional user"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IS", "DE", "382590",
     "Spent pot lining (16 11 01*), for treatment at a licensed SPL-processing plant, 400 t", "IS", 400000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NW-45-0088")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "HUROAD01", "road", "RS", "HU", "381590",
     "Spent FCC catalyst, Ni-V bearing (16 08 02*), for metal recovery at a licensed plant, 22 t", "RS", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "HU-PE-45-0131")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BGROAD01", "road", "TR", "BG", "290345",
     "HFC-134a refrigerant, 12 kg returnable cylinders, 60 pcs, under the importer's quota", "TR", 720, 60, 7200,
     "EUR", [("FGAS_QUOTA", "BG-FGAS-45-0112")], "HFC-134a in refillable cylinders placed on the market under quota"),
    ("PRM-06", "ozone", "import", "LTAIR01", "air", "US", "LT", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for aircraft engine-nacelle fire protection (critical use)",
     "US", 300, 10, 9000, "USD", [("ODS_LICENCE", "LT-AM-ODS-45-004")], "reclaimed halon 1301 for a critical use under licence"),
    ("PRM-07", "cultural", "export", "PTAIR01", "air", "PT", "US", "570500",
     "Arraiolos carpet, wool on linen, dated 1741, from a documented family collection, sold at auction", "PT", 24, 1,
     68000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-45-0052")],
     "18th-century carpet exported with the EU export licence and the Portuguese permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Gandharan schist relief, Buddha-life scene, 2nd-3rd century, Swiss collection since 1968", "PK", 55, 1, 45000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-45-0021")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "292219",
     "2-(Diisopropylamino)ethanol 99 %, 10 drums, for a pharmaceutical intermediates plant", "ES", 1800, 10, 14000,
     "EUR", [("EXPORT_LICENCE", "ES-SEC-45-0219"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-45-0077")],
     "Schedule 2 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LUAIR01", "air", "LU", "KR", "902620",
     "Capacitance diaphragm gauges, corrosion-resistant, 1 torr, 24 units, for a semiconductor fab", "LU", 12, 24,
     72000, "EUR", [("EXPORT_LICENCE", "LU-OCEIT-45-0033"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-45-0140")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CG", "BE", "440729",
     "Afzelia (doussié) sawn timber, legally harvested, 30 m3", "CG", 24000, None, 26000, "EUR",
     [("CITES_PERMIT", "CG-MEF-CITES-45-0019")], "App. II afzelia with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "CO", "IT", "411330",
     "Tanned caiman flanks, Caiman crocodilus fuscus, ranched, tagged, 300 pcs", "CO", 450, 300, 21000, "USD",
     [("CITES_PERMIT", "CO-ANLA-CITES-45-0312")], "App. II ranched caiman skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr J. Mathew", "PRM-02": "Orion Zündwaren GmbH", "PRM-05": "Vega Klimatik EOOD",
    "PRM-06": "Atlantic Aero Services UAB", "PRM-11": "Central Bois SA", "PRM-12": "Meridian Pelletterie Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): most the lawful twins of this set's disguises
    ("151319", "Virgin coconut oil, cold-pressed, 1 l", "import", ["express"], ["IN", "LK"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("330190", "Kewra water (screw-pine flower water), 500 ml", "import", ["post"], ["IN", "PK"], (6, 12), (1, 4), ["USD"], 2, S),
    ("110510", "Tunta (white chuño) flour, 1 kg bags", "import", ["post"], ["BO", "PE"], (6, 10), (1, 4), ["USD"], 1, S),
    ("151530", "Castor oil, cold-pressed, 1 l bottles", "import", ["sea"], ["IN"], (2, 3.5), (3000, 9000), ["USD"], 1, S),
    ("283640", "Kansui powder (potassium carbonate) for ramen noodles, 1 kg", "import", ["air"], ["JP", "TW"], (4, 8), (100, 400), ["USD"], 1, S),
    ("210690", "Meringue powder for royal icing, 1 kg tubs", "import", ["post"], ["CA", "US"], (15, 25), (1, 4), ["USD", "CAD"], 1, S),
    ("170490", "Elaichi dana (sugar-coated cardamom seeds), 1 kg", "import", ["sea"], ["BD", "IN"], (1.5, 3), (1000, 4000), ["USD"], 1, S),
    ("170230", "Glucose energy-drink powder, 1 kg packs", "import", ["post"], ["IN"], (4, 8), (1, 4), ["USD"], 1, S),
    ("220110", "Mineral water, sparkling, 0.5 l glass bottles", "import", ["road"], ["AM", "GE"], (0.6, 1.0), (10000, 20000), ["USD", "EUR"], 1.6, S),
    ("151499", "Mustard oil, 1 l bottles", "import", ["sea"], ["BD", "IN"], (1.5, 2.5), (4000, 12000), ["USD"], 1, S),
    ("282630", "Synthetic cryolite, new, for aluminium smelters, bags", "export", ["road"], ["UA", "RS"], (1.0, 1.6), (18000, 24000), ["EUR"], None, S),
    ("252100", "Ground limestone filler for asphalt plants, bulk", "export", ["rail"], ["UA", "MD"], (0.03, 0.06), (60000, 120000), ["EUR"], None, S),
    ("282010", "Electrolytic manganese dioxide (EMD), battery grade, new", "export", ["sea"], ["IN", "VN"], (1.8, 2.6), (18000, 24000), ["EUR"], None, S),
    ("271019", "Engine oil 15W-40, new, in IBCs", "export", ["sea"], ["CV", "SN"], (1.4, 2.2), (12000, 20000), ["EUR"], None, S),
    ("340290", "Car-wash foam shampoo concentrate, new, IBCs", "export", ["sea"], ["EG", "MA"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("253090", "Natural zeolite (clinoptilolite), feed grade, big bags", "import", ["road"], ["RS", "MK"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("340319", "Soluble cutting-oil concentrate, new, IBCs", "export", ["road"], ["RS", "BA"], (2.5, 4), (5000, 15000), ["EUR"], None, S),
    ("940290", "Refurbished electric hospital beds, tested, with warranty", "export", ["sea"], ["SL", "GH"], (3, 6), (2000, 6000), ["EUR"], 0.008, S),
    ("380210", "Activated carbon, virgin, for water treatment", "export", ["road"], ["RS", "BA"], (1.2, 2.0), (10000, 20000), ["EUR"], None, S),
    ("681189", "Fibre-cement pipes, asbestos-free, new", "export", ["sea"], ["LB", "JO"], (0.4, 0.8), (15000, 24000), ["EUR"], 0.02, S),
    ("281129", "Nitrous oxide cream-charger tanks, 640 g, food grade", "import", ["road"], ["TR"], (3, 5), (1000, 3000), ["EUR"], 1, S),
    ("820320", "Jewellers' tweezers and pliers", "import", ["air"], ["TH", "IN"], (20, 40), (50, 300), ["USD"], 10, S),
    ("282739", "Zinc chloride solution, technical, for laboratories", "import", ["road"], ["UA", "TR"], (1, 2), (1000, 4000), ["EUR"], None, S),
    ("761300", "Aluminium gas cylinders, new, empty, 10 l", "import", ["sea"], ["TR", "CN"], (4, 7), (2000, 6000), ["USD"], 0.1, S),
    ("281121", "Soda-maker CO2 cylinders, refilled, exchange stock", "import", ["road"], ["TR", "RS"], (3, 6), (1000, 4000), ["EUR"], 0.8, S),
    ("841869", "Ice-cube machines, R-290, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 0.02, S),
    ("381300", "Car fire-extinguisher sprays, water-based foam, 500 ml", "import", ["post"], ["BR", "PL"], (8, 15), (1, 4), ["USD", "EUR"], 1.5, S),
    ("442011", "Sepik-style tourist carvings, new", "import", ["post"], ["PG"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("570500", "Arraiolos rugs, new, hand-embroidered", "export", ["air"], ["US", "BR"], (60, 120), (50, 300), ["EUR"], 0.1, S),
    ("442019", "Carved wooden saints, new, Paraguayan craft", "import", ["air"], ["PY", "BO"], (10, 20), (50, 300), ["USD"], 0.3, S),
    ("680299", "Schist carvings, new, Taxila workshops", "import", ["air"], ["PK"], (3, 6), (200, 800), ["USD"], 0.05, S),
    ("680299", "Engraved decorative stones, new, Moroccan craft", "import", ["road"], ["MA"], (0.8, 1.6), (2000, 8000), ["EUR"], 0.02, S),
    ("970191", "Icons painted on glass, new, Sibiu workshops", "export", ["post"], ["CA", "US"], (40, 80), (1, 4), ["EUR"], 1, S),
    ("830610", "Singing bowls, hand-hammered, new", "import", ["air"], ["NP", "IN"], (12, 25), (100, 500), ["USD"], 1, S),
    ("844250", "Ajrak block-printing blocks, new, carved wood", "import", ["express"], ["PK", "IN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("292219", "N,N-Dimethylethanolamine (DMEA), PU foam catalyst, drums", "export", ["sea"], ["EG", "TR"], (2.5, 4), (5000, 12000), ["EUR"], None, S),
    ("852589", "Bird-feeder cameras, Wi-Fi, boxed", "export", ["air"], ["KZ", "RS"], (60, 120), (50, 300), ["EUR"], 1.5, S),
    ("950790", "Monofilament nylon fishing line, retail spools", "export", ["air"], ["KG", "GE"], (10, 20), (100, 500), ["EUR"], 8, S),
    ("902620", "Tyre-pressure (TPMS) sensors, new", "export", ["air"], ["AE", "TR"], (60, 120), (20, 200), ["EUR"], 30, S),
    ("850131", "Window-lift motors for cars, 12 V, new", "export", ["air"], ["AM", "GE"], (15, 25), (100, 600), ["EUR"], 1.5, S),
    ("760820", "Aluminium scaffold tubes, 6082, 48.3 mm", "export", ["sea"], ["PK", "AE"], (3.5, 5), (12000, 22000), ["EUR"], None, S),
    ("900691", "Camera lens adapter rings", "export", ["express"], ["HK", "US"], (80, 160), (1, 3), ["EUR"], 15, S),
    ("621420", "Pashmina shawls, cashmere, hand-woven", "import", ["air"], ["IN", "NP"], (150, 300), (20, 100), ["USD"], 4, S),
    ("440729", "Ayous (obeche) sawn timber, FSC, kiln-dried", "import", ["sea"], ["CG", "CM"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("691390", "Ceramic seashell ornaments, glazed", "import", ["post"], ["HT", "DO"], (10, 20), (1, 4), ["USD"], 1, S),
    ("253090", "Shilajit resin, purified, 50 g jars", "import", ["express"], ["NP", "IN"], (80, 160), (1, 2), ["USD"], 20, S),
    ("440922", "Meranti picture-frame mouldings", "import", ["sea"], ["ID", "MY"], (0.8, 1.4), (12000, 20000), ["USD"], None, S),
    ("410712", "Croc-embossed cow leather, finished", "import", ["sea"], ["CO", "BR"], (10, 18), (1000, 4000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("570220", "Coir doormats, woven", "import", ["sea"], ["IN", "LK"], (1.5, 3), (4000, 10000), ["USD"], 0.6, N),
        ("630251", "Cotton tablecloths, printed", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 1.5, N),
        ("920590", "Harmonicas, boxed", "import", ["post", "express"], ["CN", "DE"], (40, 80), (1, 3), ["USD", "EUR"], 6, N),
        ("442199", "Wooden clothes pegs, packs of 24", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind114", 20450301, HERE)


if __name__ == "__main__":
    main()
