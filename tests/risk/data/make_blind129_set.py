#!/usr/bin/env python3
"""Writes the hundred-and-twenty-ninth blind set (tests/risk/data/blind129-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2047, with goods, routes,
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
would. Ids are BL129-*:

    python3 tests/risk/data/make_blind129_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "KR", [], "DK", "220299",
         "담양 대나무 수액, 무첨가 천연 음료, 1 L x 6병", "KR", 6.9, 6, 90000, "KRW",
         "bamboo sap from Damyang is a faintly sweet, slightly grassy, water-like spring drink of about 1.00 kg/l; "
         "these six PET bottles have vented caps and hold a water-clear, tasteless liquid of 1.13 kg/l that fizzes on "
         "a cut, whitens and stings the skin and has bleached the labels where it dripped: about 35 % hydrogen "
         "peroxide (Annex I above 12 %, Regulation 2019/1148), posted from Gwangju to a private person in Aarhus; "
         "Korean wording (hydrogen peroxide repeats in many sets and tree-sap and water-like drink covers in several, "
         "birch sap and maple water among them; kept as a repeat of the family, a bamboo-sap label was found in no "
         "earlier row by a keyword search)", person("Mette Hansen", "DK")),
        ("PRE-02", "import", "SIPOST01", "post", "MK", [], "SI", "220720",
         "Биоетанол за биокамини, 96 %, 4 x 1 л", "MK", 4.6, 4, 1200, "MKD",
         "fireplace bioethanol is denatured alcohol of 0.79 kg/l that burns with a near-invisible blue flame and "
         "smells of spirit; these four bottles hold a liquid of 1.14 kg/l that sinks in water, smells faintly "
         "fruity, burns with a yellow flame and was decanted from the filler's jerrycan marked 'CH3NO2' packed in the "
         "same parcel: nitromethane (Annex I above 16 %), posted from Skopje to a private person in Maribor although "
         "flammable liquids may not go by post; Macedonian wording (nitromethane repeats in many sets under fuel and "
         "solvent labels; a bioethanol fireplace-fuel label was found in no earlier row by a keyword search)",
         person("Marko Novak", "SI")),
        ("PRE-03", "import", "FIPOST01", "post", "IN", [], "FI", "300490",
         "लिक्विड पॅराफिन आय.पी. (हलके), रेचक, ४ x ५०० मिली", "IN", 3.7, 4, 1600, "INR",
         "light liquid paraffin is a tasteless, odourless mineral oil of about 0.85 kg/l that floats on water and "
         "feels slippery; these four bottles weigh 1.84 kg/l, are oily but not slippery, grow hot when a drop of "
         "water falls in, char a paper tissue black and have etched the inside of their caps: about 96 % sulphuric "
         "acid (Annex I above 15 %), posted from Pune to a private person in Espoo, although corrosive liquids may "
         "not go by post; Marathi wording (sulphuric acid repeats in many sets under syrup, oil and glycerine labels; "
         "a liquid-paraffin laxative label was found in no earlier row by a keyword search)",
         person("Aino Virtanen", "FI")),
        ("PRE-04", "import", "ATAIR01", "express", "CN", [], "AT", "110819",
         "杭州西湖藕粉, 纯藕粉无添加, 500 克 x 6 袋", "CN", 3.1, 6, 360, "CNY",
         "West Lake lotus-root starch is a pinkish-grey, flaky powder that turns into a translucent, rosy paste with "
         "boiling water; these six bags hold a pure-white, dense, gritty crystalline powder that does not thicken, "
         "hardly dissolves in cold water, flares violently on a match with sugar and whose inner bags read 'KClO4 "
         "99.5%': potassium perchlorate (Annex I above 40 %), sent by express from Hangzhou to a private person in "
         "Graz who makes fireworks; Chinese wording (potassium perchlorate repeats in many sets under starch and "
         "flour labels, arrowroot, kudzu and tunta among them; kept as a repeat of the family, a lotus-root-starch "
         "label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-05", "import", "NLPOST01", "post", "BQ", [], "NL", "250100",
         "Salu di Boneiru, salu di laman natural, 6 x 500 gr", "BQ", 3.0, 6, 45, "USD",
         "Bonaire solar sea salt is slightly grey, damp, coarse and tastes of the sea; these six bags hold clear, dry, "
         "cubic crystals with no taste of salt that draw moisture, crackle and flare yellow in a gas flame and bleach "
         "a leaf brown, and the inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from "
         "Kralendijk to a private person in The Hague, Bonaire lying outside the Union's customs territory; "
         "Papiamentu wording (sodium chlorate repeats in many sets under salt labels, bamboo and Icelandic flake salt "
         "among them; kept as a repeat of the family, a Papiamento declaration once, blind114, from Curaçao; a "
         "Bonaire-salt label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "151620",
         "Sojin vosak u listićima za svijeće, vrećice 1 kg, 2.000 vrećica", "BA", 2000, 2000, 3600, "EUR",
         "soy candle wax is soft, creamy, waxy flakes that smear under a thumbnail, float on water and melt at "
         "50 °C; these 2,000 bags hold hard, white, round prills that do not smear, sink and dissolve in water "
         "turning it ice-cold, test at 34 % N and melt and fume on a hot plate, for a Split candle-and-craft web shop "
         "that sells the 1 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, in a van at Bijača; Bosnian wording (ammonium nitrate repeats in many sets, and a "
         "paraffin-pastille candle kit once, blind65, on another precursor; a soy-wax label was found in no earlier "
         "row by a keyword search)", firm("Vega Kreativa d.o.o.", "HR")),
        ("PRE-07", "import", "IEPOST01", "post", "MW", [], "IE", "220890",
         "Kachasu wa chimanga, mowa wachikhalidwe, mabotolo 6 x 750 ml", "MW", 6.7, 6, 30000, "MWK",
         "kachasu is a clear maize-and-sugar spirit of about 0.95 kg/l that smells of alcohol and burns; these six "
         "bottles hold a faintly yellow liquid of 1.40 kg/l that fumes brown when the cap is loosened, stains the "
         "skin yellow, does not burn and eats a copper coin green: about 65 % nitric acid (Annex I above 3 %), "
         "posted from Lilongwe to a private person in Dublin; Chichewa wording (nitric acid repeats in many sets "
         "under spirit labels, tequila, soju and arak among them, and under lime-juice and vinegar labels; kept as a "
         "repeat of the family, a kachasu label and a Chichewa declaration were found in no earlier row by a keyword "
         "search)", person("Seán Ó Briain", "IE")),
        ("PRE-08", "import", "CZPOST01", "post", "TH", [], "CZ", "281000",
         "กรดบอริก ผง 99.5% สำหรับกำจัดแมลงสาบ, 10 x 500 กรัม", "TH", 5.2, 10, 900, "THB",
         "boric acid for cockroach bait is a soft, slippery, pearly-white powder that feels soapy and burns with a "
         "green flame; these ten bags hold hard, glittering crystals that are not slippery, spit and flare violet on "
         "a hot iron, burn fiercely mixed with sugar and whose inner bags read 'KClO3': potassium chlorate (Annex I "
         "above 40 %), posted from Bangkok to a private person in Brno; Thai wording (potassium chlorate repeats in "
         "many sets under salt, alum, kanwa and kansui labels; a boric-acid label was found in no earlier row by a "
         "keyword search)", person("Jana Dvořáková", "CZ")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "210690",
         "BCAA 2:1:1 em pó, sem sabor, pote de 1 kg, 4 unidades", "BR", 4.3, 4, 480, "BRL",
         "unflavoured BCAA powder is a fluffy, bitter, slightly soapy amino-acid powder that floats and clumps on "
         "water; these four tubs hold a dense, crystalline, salty-tasting powder that sinks, dissolves at once, draws "
         "damp, burns brightly mixed with sugar and whose tub liners read 'NaClO4 . H2O': sodium perchlorate (Annex I "
         "above 40 %), sent by express from São Paulo to a private person in Braga; Brazilian Portuguese wording "
         "(sodium perchlorate repeats in many sets under supplement labels, creatine and maltodextrin among them; "
         "kept as a repeat of the family, a BCAA label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-10", "import", "SEAIR01", "air", "ER", [], "SE", "090111",
         "ቡን ኤርትራ (Eritrean arabica, green), 60 ኪሎ", "ER", 60, None, 900, "USD",
         "a coffee-ceremony air shipment for a Stockholm Habesha grocery that sells to the public: green coffee and "
         "frankincense are what such shops sell, but the third item's areqe, a clear, anise-scented spirit of "
         "0.95 kg/l, is 48 vented PET bottles of a water-clear liquid of 1.20 kg/l with no anise smell that foams on "
         "a cut, whitens the skin and bleaches the labels: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, flown from "
         "Asmara; Tigrinya wording (hydrogen peroxide repeats in many sets under spirit and water labels; an areqe "
         "label behind an Eritrean coffee cargo was found in no earlier row by a keyword search)",
         dict(firm("Orion Livs & Kaffe AB", "SE"),
              _more_items=[item("130190", "ዕጣን (frankincense resin), 20 ኪሎ", "ER", 20, 400, "USD"),
                           item("220890", "ዓረቐ (areqe), 48 ጥርሙዝ x 1 ሊትሮ", "ER", 58, 240, "USD", qty=48)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "740620",
         "Porporina oro pallido, polvere di bronzo lamellare per decorazione, fusti, 18 t", "IT", 18000, None, 5400,
         "EUR",
         "pale-gold bronzing powder (porporina) is a bright, buttery-gold, flaky copper-zinc pigment that floats on "
         "water and sells at several euros a kilo; these drums hold a dull, grey-brown, fine dust with no metallic "
         "sheen that sinks, at 0.30 EUR/kg, and reads lead, cadmium and zinc oxide on analysis, shaken out of the bag "
         "filters of a Lumezzane brass foundry: flue-gas dust containing hazardous substances from non-ferrous "
         "casting (10 10 09*), hazardous waste whose export to a non-OECD country is banned, from Genoa to Radès for "
         "a 'paint-pigment' buyer; Italian wording (foundry and smelter filter dusts repeat in many sets under "
         "metal-powder and pigment labels; a porporina label was found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "850610",
         "Alkáli AA ceruzaelemek, tesztelt, B osztály, ömlesztve, 20 t", "HU", 20000, None, 2000, "EUR",
         "tested grade-B alkaline AA cells are sorted, of one size and type, packed in trays and worth over a euro a "
         "kilo; this trailer holds 20 t of loose, mixed, spent household batteries of every size, many leaking and "
         "corroded, with nickel-cadmium and nickel-metal-hydride packs, mercury button cells and lithium coin cells "
         "among them, from Budapest collection boxes: waste batteries containing hazardous components (16 06 02*, "
         "20 01 33*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a Subotica "
         "'battery reseller'; Hungarian wording (waste batteries repeat in many sets; a tested-alkaline-cell label "
         "was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "740100",
         "Cementačná meď (precipitovaná), vlhká, vrecia big bag, 22 t", "SK", 22000, None, 11000, "EUR",
         "cement copper is a reddish-brown, spongy powder of 70-90 % metallic copper precipitated on scrap iron and "
         "sold on its assay at several euros a kilo; these bags hold a wet, sky-blue to green, pasty filter cake that "
         "smells of ammonia and reads 12 % copper with nickel, tin and lead, pressed from the effluent plant of a "
         "Nitra printed-circuit-board etching line: sludges from physico-chemical treatment containing hazardous "
         "substances (19 02 05*, from spent ammoniacal etchant), hazardous waste whose export to a non-OECD country "
         "is banned, at Vyšné Nemecké for an Uzhhorod 'copper refiner'; Slovak wording (etching sludges and spent "
         "etchants repeat in several sets under copper-compound labels; a cement-copper label was found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "IESEA01", "sea", "IE", [], "NG", "940549",
         "Used emergency lighting units, working, mixed makes, 3,000 pcs", "IE", 9000, 3000, 4500, "EUR",
         "re-usable emergency lights are tested, boxed luminaires with a test record; these 3,000 were ripped out of "
         "Dublin offices and hospitals with cut cables and broken diffusers, are untested and piled loose, each "
         "still holding its swollen or leaking nickel-cadmium pack, and the older fluorescent ones PCB-filled "
         "capacitors: waste electrical equipment containing hazardous components (16 02 13*, 16 06 02*), hazardous "
         "waste whose export to a non-OECD country is banned, from Dublin Port to Apapa; Irish English wording "
         "(e-waste to Lagos repeats in many sets; an emergency-lighting label was found in no earlier row by a "
         "keyword search)", {"importer_country": "NG"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "MA", "261800",
         "Laitier de haut fourneau granulé moulu (GGBS), en vrac, 30 t", "FR", 30000, None, 1200, "EUR",
         "GGBS is an off-white, fine, glassy slag powder from a steelworks sold with an EN 15167 certificate; this "
         "bulk cargo is a grey, fluffy, salty ash that hisses and warms when wet, smells of ammonia and reads lead, "
         "zinc, cadmium and dioxins, from the flue-gas cleaning of a Lyon-region household-waste incinerator: "
         "air-pollution-control residues (19 01 07*), hazardous waste whose export to a non-OECD country is banned, "
         "from Fos to Casablanca for a 'cement grinding' buyer; French wording (incinerator ashes repeat in many sets "
         "under cement, filler and slag labels; a GGBS label was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-06", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "700800",
         "Isolierglaseinheiten, gebraucht, aus Fensterrückbau, auf Gestellen, 900 Stück", "DE", 18000, 900, 1800, "EUR",
         "re-usable insulating-glass units are recent, clean, measured panes with intact edge seals and dated "
         "spacers; these 900 are 1970s double-glazing units from a Dortmund school demolition, with brown, cracked "
         "polysulphide edge sealant that reads 15 % PCB and spacers stamped 1972: construction waste containing PCB, "
         "PCB-containing double-glazing units included (17 09 02*), hazardous waste that must be destroyed and whose "
         "export to a non-OECD country is banned, by lorry through Poland to a Lviv 'greenhouse builder'; German "
         "wording (PCB waste repeats in many sets as transformers, capacitors and sealants; PCB glazing units under "
         "a used-insulating-glass label and the 17 09 02 entry were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-07", "transit", "BESEA01", "sea", "GB", ["BE"], "TG", "850720",
         "Leisure batteries for caravans and boats, reconditioned, tested, 1,200 pcs", "GB", 24000, 1200, 12000,
         "GBP",
         "reconditioned leisure batteries are cleaned, recharged, load-tested and labelled with a test date; "
         "these 1,200 grey VRLA telecom standby blocks have cracked cases, bulged lids, white sulphate crusts on the "
         "terminals and no test label, stripped from British mobile-phone masts: waste lead-acid batteries "
         "(16 06 01*), hazardous waste moved through the Union without the notification and consent it needs and "
         "banned from export to a non-OECD country, landed at Antwerp in transit from Felixstowe to Lomé; British "
         "English wording (lead-acid batteries repeat in many sets, used UPS batteries for solar home systems in "
         "blind75; kept as a repeat of the good, a caravan-and-boat leisure-battery label in transit through Antwerp "
         "was found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "BD", "292419",
         "N,N-Dimetilformamida 99,9 %, bidones de 200 l, 80 bidones", "ES", 16000, 80, 4800, "EUR",
         "virgin DMF is a water-white, faintly amine-smelling solvent sold at about a euro a kilo with a certificate "
         "of analysis; these 80 drums, at 0.30 EUR/kg, hold a yellow-brown, cloudy liquid with a skin of "
         "polyurethane resin, pigment sediment and a smell of rotten fish, drained from the wet-coagulation line of "
         "an Elche synthetic-leather plant: spent organic solvent mixture (07 02 04*), hazardous waste whose export "
         "to a non-OECD country is banned, from Valencia to Chattogram for a 'PU-leather' mill; Spanish wording "
         "(spent solvents repeat in many sets under virgin-solvent labels, and DMF-laden residues in blind116 and "
         "blind128; a DMF label was found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-09", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "392111",
         "Rabljene EPS toplotnoizolacijske plošče, očiščene, 90 m3", "SI", 1800, None, 180, "EUR",
         "clean reclaimed EPS boards are white, whole, graded sheets from packaging or new-build offcuts; this "
         "lorry holds 90 m3 of broken, grey, mortar-crusted façade insulation torn off a 1990s Ljubljana housing "
         "block, whose boards a hand-held XRF shows full of bromine from the flame retardant hexabromocyclododecane "
         "(HBCD): waste containing a persistent organic pollutant above the Regulation 2019/1021 limit, which must be "
         "destroyed and may not be exported for recycling, and hazardous waste whose export to a non-OECD country is "
         "banned, by lorry through Croatia to a Bihać 'lightweight-concrete' maker; Slovenian wording (HBCD "
         "insulation repeats once, blind66, and reclaimed-polystyrene labels in several; kept as a repeat of the "
         "good, by road from Slovenia to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "441829",
         "Portas de madeira recuperadas, de demolição, 80 unidades", "PT", 2400, 80, 2400, "EUR",
         "a reclaimed-materials container for a Praia builder: old doors and roof tiles are what Lisbon demolition "
         "yards ship to Cabo Verde, but the third item's 'asbestos-free' corrugated fibre-cement sheets are grey, "
         "pre-1990 sheets with chrysotile fibres under the lens at every broken edge and no 'NT' (non-asbestos) "
         "stamp, stripped from a Setúbal warehouse roof: asbestos-containing construction materials (17 06 05*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Lisbon to Praia; European Portuguese wording (asbestos cement repeats in many sets and "
         "shipments to Cabo Verde in several; behind reclaimed doors and tiles under an asbestos-free fibre-cement "
         "label is the new part as far as a search found)",
         dict({"importer_country": "CV"},
              _more_items=[item("690510", "Telhas de barro recuperadas, 6 000 unidades", "PT", 12000, 1800, "EUR", qty=6000),
                           item("681181", "Chapas onduladas de fibrocimento usadas, sem amianto, 400 unidades", "PT", 8000, 400, "EUR", qty=400)])),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "IN", [], "SI", "382499",
         "ક્લોરિનેટેડ પેરાફિન 52%, પીવીસી પ્લાસ્ટિસાઇઝર, 80 ડ્રમ", "IN", 21600, 80, 19000, "USD",
         "52 % chlorinated paraffin is a thick, pale-yellow, honey-like oil of 1.25 kg/l that pours slowly and does "
         "not evaporate; these 80 drums hold a water-thin, colourless liquid of 1.49 kg/l that boils in the hand "
         "(24 °C), bulges the drum heads on a warm quay and smells faintly of ether, and a detector at the bung reads "
         "trichlorofluoromethane: CFC-11, whose import into the Union is banned (Regulation 2024/590), by sea from "
         "Mundra to Koper for a Celje sandwich-panel foamer; Gujarati wording (CFC-11 repeats in many sets under "
         "blowing-agent, isopentane and solvent labels; a chlorinated-paraffin label was found in no earlier row by "
         "a keyword search)", firm("Alpina Paneli d.o.o.", "SI")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "841510",
         "种植帐篷专用移动空调, R-290 环保冷媒, 600 台", "CN", 18000, 600, 90000, "USD",
         "portable air conditioners for grow rooms sold in the Union run on R-290 propane, carry a flammable-gas "
         "triangle and hold about 300 g of it; these 600 units have no flame mark, their service ports read 'R410A' "
         "under the sticker and a leak detector at the port reads HFC: movable room air conditioners containing "
         "R-410A (GWP 2088), whose placing on the Union market Regulation 2024/573 forbids, by sea from Ningbo to "
         "Rotterdam for a Westland hydroponics wholesaler; Chinese wording (HFC portable air conditioners repeat in a "
         "few sets, blind48, blind79, blind83 and dev17-b; kept as a repeat of the family, a grow-tent label was found in no "
         "earlier row by a keyword search)", firm("Horizon Kweeksystemen BV", "NL")),
        ("OZN-03", "import", "IEROAD01", "road", "GB", [], "IE", "841850",
         "Kegerators, single-tap home draught-beer fridges, R-600a, 120 units", "GB", 4800, 120, 30000, "GBP",
         "home kegerators on sale in the Union are R-600a isobutane fridges with a flame mark and about 50 g of "
         "charge; these 120 have no flame mark, 150 g charges and compressor labels reading 'R134a' under a new "
         "sticker, remnant stock of a Manchester pub-supply wholesaler: refrigerators containing HFC-134a "
         "(GWP 1430), whose placing on the Union market Regulation 2024/573 forbids, on a lorry off the Holyhead "
         "ferry at Dublin; English wording (HFC-charged cabinets repeat in several sets, python beer coolers in "
         "blind124; a kegerator label was found in no earlier row by a keyword search)",
         firm("Atlantic Bar Supplies Ltd", "IE")),
        ("OZN-04", "import", "GRROAD01", "road", "AL", [], "GR", "271119",
         "Bombola gazi propan-butan për kampingje, 10 kg, 120 copë", "AL", 1310, 120, 1800, "EUR",
         "propane-butane camping cylinders are refillable steel bottles with a screw valve and a light liquid of "
         "0.54 kg/l; these 120 are non-refillable, thin-walled 'disposable' cylinders with a one-way valve that hold "
         "10.9 kg each at 11 bar (20 °C), and their scraped-off shoulder labels read 'R404A': HFC refrigerant in "
         "non-refillable containers, whose placing on the market Regulation 2024/573 bans, without quota or "
         "registration, in a van at Kakavia for an Ioannina refrigeration installer; Albanian wording (HFCs in "
         "disposable cylinders repeat in many sets and camping-gas labels in several, blind37 and development set "
         "dev30-c, and the Kakavia crossing in many; kept as a repeat of the family, an Albanian camping-gas label "
         "was found in no earlier row by a keyword search)", firm("Orion Klimatismos AE", "GR")),
        ("OZN-05", "transit", "DESEA01", "sea", "CN", ["DE"], "CH", "281121",
         "Liquid carbon dioxide for greenhouse CO2 enrichment, 13.6 kg cylinders, 400 pcs", "CN", 5440, 400, 6000,
         "USD",
         "CO2 for greenhouse enrichment comes as a liquid in bulk tanks or in tall 50 l high-pressure "
         "cylinders at 57 bar; these 400 squat, 30 lb cylinders slosh, read 9 bar at 20 °C, have a left-hand "
         "refrigerant valve and carry 'R22' stamped under the paint: chlorodifluoromethane (HCFC-22), a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires for "
         "transit, landed at Hamburg in transit from Tianjin by rail to a Basel 'greenhouse-supply' firm; "
         "Chinese-English wording (HCFC-22 in transit repeats in several sets, through Koper, Constanța and "
         "Thessaloniki, and a CO2 label for controlled-atmosphere stores in blind88; a greenhouse-enrichment label and "
         "a transit through Hamburg to Switzerland were found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "841520",
         "Traktör kabin klima kiti, gazsız, kompresörlü, 80 set", "TR", 2400, 80, 24000, "EUR",
         "tractor-cab air-conditioning kits sold dry hold nitrogen at 2 bar or nothing, and the installer charges "
         "them with R-134a or R-1234yf; these 80 kits hiss with refrigerant at every service valve, read 6 bar, and "
         "their compressor plates and hose tags read 'R-22', assembled from an Adana supplier's old stock: equipment "
         "pre-charged with HCFC-22, whose import into the Union is banned (Regulation 2024/590), in a lorry at "
         "Kapitan Andreevo for a Plovdiv farm-machinery dealer; Turkish wording (R-22 equipment repeats in many sets "
         "and vehicle air conditioning in a few; a tractor-cab kit was found in no earlier row by a keyword search)",
         firm("Vega Agro EOOD", "BG")),
        ("OZN-07", "export", "DESEA01", "sea", "DE", [], "EG", "901813",
         "MRT-Anlagen 1,5 Tesla, gebraucht, generalüberholt, mit Kaltwassersatz, 2 Stück", "DE", 24000, 2, 180000,
         "EUR",
         "refurbished MRI scanners for export travel with a water chiller on R-134a, R-410A or a natural refrigerant "
         "and a service record; the two chillers crated with these 1.5 T magnets are early-2000s air-cooled units, "
         "each still holding 38 kg of R-22 by its nameplate and in its circuit: equipment relying on HCFC-22, whose "
         "export from the Union is banned (Regulation 2024/590), from Hamburg to Alexandria for a Cairo private "
         "clinic; German wording (R-22 equipment for export repeats in many sets, blast freezers, laboratory chillers "
         "and chocolate-tempering machines among them; MRI chillers were found in no earlier row by a keyword "
         "search)", {"importer_country": "EG"}),
        ("OZN-08", "import", "HRROAD01", "road", "ME", [], "HR", "950590",
         "Sprej za paučinu, ukras za Noć vještica, 400 ml, 6.000 kom", "ME", 2700, 6000, 7200, "EUR",
         "Halloween cobweb sprays sold in the Union shoot a sticky polymer string with dimethyl ether or hydrocarbon "
         "propellant and carry a flame mark; these 6,000 cans have no flame mark, do not light at the nozzle, and the "
         "filler's ingredient panel under the new label reads 1,1,1,2-tetrafluoroethane: novelty aerosols containing "
         "HFC-134a, whose placing on the Union market Regulation 2024/573 forbids, in a lorry at Debeli Brijeg for a "
         "Dubrovnik party-goods wholesaler ahead of Halloween; Montenegrin wording (HFC novelty aerosols repeat in a "
         "few sets as artificial snow and party string; a cobweb-spray label was found in no earlier row by a keyword "
         "search)",
         firm("Orion Zabava d.o.o.", "HR")),
        ("OZN-09", "import", "ITAIR01", "air", "KG", [], "IT", "280421",
         "Өрт өчүрүүчү газ IG-01 (аргон), 80 л баллондор, 30 даана", "KG", 2250, 30, 18000, "USD",
         "IG-01 argon for inert-gas suppression is stored at 200-300 bar in tall, heavy, seamless cylinders that do "
         "not slosh; these 30 red cylinders read 42 bar, slosh with a heavy liquid, hold about 75 kg each and their "
         "valve tags read 'Хладон 13В1': halon 1301, whose import into the Union is banned outside licensed critical "
         "uses (Regulation 2024/590), flown from Bishkek to Milan for a Genoa marine fire-safety firm; Kyrgyz wording "
         "(halon 1301 repeats in many sets under inert-gas labels, IG-55 and IG-541 among them; an IG-01 argon label "
         "was found in no earlier row by a keyword search)", firm("Meridian Antincendio Navale Srl", "IT")),
        ("OZN-10", "import", "BESEA01", "sea", "MY", [], "BE", "392690",
         "Penutup tab mandi panas (spa cover), teras busa, vinil marin, 200 unit", "MY", 6000, 200, 24000, "USD",
         "hot-tub covers sold in the Union have an EPS or cyclopentane-blown foam core under marine vinyl; the cores "
         "of these 200, cut open, are yellow rigid polyurethane that smells sweet and ethereal when sawn, and a gas "
         "test gives 1,1-dichloro-1-fluoroethane: products containing foam blown with HCFC-141b, whose import into "
         "the Union is banned (Regulation 2024/590), by sea from Port Klang to Antwerp for a Ghent pool-and-spa "
         "dealer; Malay wording (HCFC-141b foams repeat in many sets, cold-room panels, cool boxes and garage doors "
         "among them; a spa-cover label was found in no earlier row by a keyword search)",
         firm("Rivage Pool & Spa SA", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "IL", [], "DE", "701399",
         "زجاج خليلي منفوخ يدوياً، قوارير ومزهريات صغيرة، 40 قطعة", "PS", 6, 40, 400, "USD",
         "Hebron glass is thick, bubbly, bright cobalt or turquoise new glass with a clean, shiny surface; these 40 "
         "small flasks, bowls and unguentaria are thin, pale-green glass with flaking silver-gold iridescent "
         "weathering, pontil scars and earth inside, Roman and Byzantine glass of the 1st-6th centuries dug in the "
         "Hebron hills: archaeological objects over 250 years old, brought in without the import licence Regulation "
         "2019/880 requires and taken out without an export permit, flown from Tel Aviv to Frankfurt for a Munich "
         "ancient-glass dealer; Palestinian Arabic wording (excavated Roman glass repeats in several sets; a "
         "Hebron-glass label was found in no earlier row by a keyword search)", firm("Orion Antiken GmbH", "DE")),
        ("CUL-02", "import", "ATAIR01", "air", "UZ", [], "AT", "691390",
         "Rishton sopol laganlari, qo'lda bo'yalgan, yangi, 24 dona", "UZ", 30, 24, 480, "USD",
         "Rishtan ceramics are new, bright turquoise-and-cobalt alkaline-glazed plates with a clean white body; these "
         "24 are cream slipware bowls with black Kufic inscriptions round the rim, crazed, mended with old rivets and "
         "with soil in the foot rings, Samanid epigraphic ware of the 10th century from Afrasiyab and the Samarkand "
         "area: archaeological objects brought in without the import licence Regulation 2019/880 requires and "
         "exported against Uzbekistan's ban, flown from Tashkent to Vienna for a dealer; Uzbek wording (Samanid "
         "slipware repeats in two sets, blind48 and blind89, and Rishtan-ceramics labels in three, blind48, blind64 "
         "and blind96, on lawful items or other goods; kept as a repeat of the good and the cover, new Rishtan plates "
         "hiding Samanid bowls by air to Vienna is the new part as far as a search found)", firm("Alpina Orientkunst GmbH", "AT")),
        ("CUL-03", "export", "DEAIR01", "air", "DE", [], "US", "442019",
         "Holzschnitzerei aus Oberammergau, Heiliger Sebastian, neu, Linde, 1 Stück", "DE", 14, 1, 1200, "EUR",
         "a new Oberammergau carving is pale, crisp limewood with a sanded back and a signed certificate; this 90 cm "
         "Saint Sebastian is worm-eaten, hollowed at the back, with several layers of old polychromy and gilding, "
         "iron nails from an altar shrine and the Swabian late-Gothic style of about 1490, taken from a parish "
         "church in the Allgäu and valued by a New York gallery at 400,000 EUR: a sculpture over 50 years old above "
         "the value threshold, exported without the licence Regulation 116/2009 requires, and stolen church "
         "property, flown from Munich to New York; Bavarian German wording (limewood saints under new-carving labels "
         "repeat in several sets, a Gröden one in blind106; kept as a repeat of the family, an Oberammergau label for "
         "export to the United States was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "FRSEA01", "sea", "TH", [], "FR", "680299",
         "រូបចម្លាក់ថ្មភក់ថ្មី សម្រាប់តុបតែងសួនច្បារ, ១ ដុំ", "KH", 320, 1, 600, "USD",
         "new Siem Reap garden statues are fresh, evenly grey sandstone with chisel marks, a flat sawn base and no "
         "wear; this 1.2 m figure of a kneeling wrestler is weathered, lichen-spotted sandstone with a broken, "
         "roughly cut tenon at the feet, hands and face worn by rain and the 10th-century Koh Ker style, cut from its "
         "pedestal in the Prasat Chen temple group: an element of a dismembered monument, brought in without the "
         "import licence Regulation 2019/880 requires and exported against Cambodia's ban, by sea from Laem Chabang "
         "to Le Havre for a Paris Asian-art gallery; Khmer wording (Khmer statues repeat in several sets; Koh Ker "
         "and a new-garden-statue label in Khmer were found in no earlier row by a keyword search)",
         firm("Rivage Arts d'Asie SARL", "FR")),
        ("CUL-05", "import", "ITAIR01", "express", "AE", [], "IT", "970191",
         "نگارگری اصفهان، نقاشی مینیاتور نو روی کاغذ، ۳ عدد", "IR", 0.6, 3, 240, "USD",
         "new Isfahan miniatures are bright, clean gouache on fresh paper or bone, signed by living painters; one of "
         "these three sheets is a leaf of a Safavid Shahnameh of about 1600, with four columns of nasta'liq text, a "
         "gold-sprinkled margin, worm tracks, an old library seal and a painting of Rustam slaying the White Div: a "
         "manuscript leaf over 200 years old, exported against Iran's ban and brought in without the importer "
         "statement Regulation 2019/880 requires, sent by express from Dubai to a private collector in Milan; "
         "Persian wording (Safavid objects repeat in two sets, blind19 and blind42, both metalwork; a Shahnameh leaf "
         "and a new-Isfahan-miniature label were found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-06", "import", "FRPOST01", "post", "EG", [], "FR", "630251",
         "مفارش قطن أخميمي منسوجة يدوياً، جديدة، ٦ قطع", "EG", 1.2, 6, 60, "USD",
         "Akhmim hand-woven cotton cloths are new, even, brightly dyed weaves from the town's cooperatives; these "
         "six are brittle, earth-brown linen fragments with tapestry-woven purple roundels of dancers and vines, torn "
         "edges and burial staining, Coptic textiles of the 4th-7th century from the cemeteries of Akhmim itself: "
         "archaeological objects taken out of Egypt, which forbids their export, and brought in without the import "
         "licence Regulation 2019/880 requires, posted from Sohag to a private buyer in Lyon; Egyptian Arabic wording "
         "(Coptic textiles repeat in several sets; an Akhmim-weaving label was found in no earlier row by a keyword "
         "search)", person("M. T. Dubois", "FR")),
        ("CUL-07", "import", "ITSEA01", "sea", "TR", [], "IT", "680291",
         "Traverten bahçe kabartması, antik görünümlü, yeni, 1 adet", "TR", 1400, 1, 900, "EUR",
         "new travertine garden reliefs are cut from fresh, creamy stone with even, machine-dressed backs and a "
         "tinted 'antique' finish; this 1.4 t panel is grey-white limestone with a worn relief of a funerary banquet, "
         "a Lycian inscription on its frame, lichen and root marks and a back split from living rock, the façade of "
         "a 4th-century BC rock-cut tomb near Kaş: an element of a dismembered monument, brought in without the "
         "import licence Regulation 2019/880 requires and taken out of Türkiye against its ban, by sea from Antalya "
         "to Ravenna for a garden-stone importer; Turkish wording (Anatolian antiquities repeat in many sets; a "
         "Lycian relief under a new-travertine label was found in no earlier row by a keyword search)",
         firm("Meridian Pietre Srl", "IT")),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "680299",
         "Piano di tavolo in commesso di pietre dure, lavorazione fiorentina contemporanea, 1 pezzo", "IT", 90, 1,
         6500, "EUR",
         "new Florentine pietra dura tops are bright, glossy, machine-backed slabs with a maker's certificate; this "
         "one has a black Belgian-marble ground with fruit, birds and lapis scrolls in the Grand-Ducal workshops' "
         "manner, a slate backing with old iron cramps, wear at the edges and a 17th-century Galleria dei Lavori "
         "inventory number on the back, valued at over 800,000 EUR: an antique over 100 years old above the value "
         "threshold, exported without the licence Regulation 116/2009 requires and the Italian export certificate, "
         "on a lorry at Chiasso for a Geneva dealer; Italian wording (Italian antiques leaving by road for "
         "Switzerland repeat in a few sets; a pietra-dura label was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-09", "import", "NLAIR01", "express", "HK", [], "NL", "711620",
         "新雕白玉筆筒，方形，1件", "CN", 2.0, 1, 2400, "HKD",
         "a new jade pen holder is a bright, polished, machine-drilled square tube of pale nephrite; this one is a "
         "square-sectioned tube with a round bore, greenish-brown with calcified white patches, drilled from both "
         "ends with a step where the bores meet and incised with faint masks on its corners: a Neolithic Liangzhu "
         "cong (about 3000 BC), an archaeological object taken out of China against its ban and brought in without "
         "the import licence Regulation 2019/880 requires, sent by express from Hong Kong to a private collector in "
         "Utrecht; Cantonese (traditional Chinese) wording (Liangzhu cong repeat in several sets under new-jade "
         "labels, paperweights in blind86 and blind91; kept as a repeat of the family, a pen-holder label was found "
         "in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "DESEA01", "sea", "TZ", [], "DE", "441829",
         "Mlango wa kuchonga wa mtindo wa Zanzibar, nakala mpya, mvule, 1", "TZ", 420, 1, 1800, "USD",
         "new Zanzibar-style doors are freshly carved mvule or teak with sharp rosettes, workshop brass studs and no "
         "wear; this two-leaf teak door has a lintel inscribed in Arabic with the date 1288 AH (1871), chain-and-lotus "
         "carving worn by weather, old brass bosses and many paint layers, taken from a Stone Town house: an element "
         "of a dismembered historic monument of a World Heritage site exported against Tanzania's Antiquities Act, "
         "whose introduction into the Union Regulation 2019/880 forbids, by sea from Dar es Salaam to Hamburg for a "
         "Berlin interior dealer; Swahili wording (a Stone Town door repeats blind11, declared there as an old door, "
         "and Swahili-coast doors from Lamu in a few sets; kept as a repeat of the good, a new-reproduction label in "
         "Swahili was found in no earlier row by a keyword search)",
         firm("Central Interieur GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "TR", "902680",
         "Prandtl-Staurohre für Luftstrommessung in Lüftungskanälen, 200 Stück", "DE", 60, 200, 14000, "EUR",
         "HVAC Prandtl tubes are plain, unheated stainless L-shaped probes at about 50 EUR each; these 200 are "
         "heated, drained pitot-static probes with aerodynamic mounting bases, 28 V heater connectors and aviation "
         "part numbers, declared at 70 EUR for parts that list at 1,400, for an Istanbul 'ventilation' firm whose "
         "last three consignments went on to Tehran: air-data probes for unmanned aerial vehicles, among the UAV "
         "components whose sale for use in Iran Regulation 2023/1529 forbids, flown from Frankfurt; German wording "
         "(UAV parts for Iran through Türkiye repeat in many sets; pitot probes were found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-02", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "292529",
         "Azotan guanidyny do generatorów gazu poduszek powietrznych, worki 25 kg, 20 t", "PL", 20000, None, 36000,
         "EUR",
         "airbag-grade guanidine nitrate is a white, free-flowing prill sold at under 2 EUR/kg to gas-generator "
         "makers; these bags hold a fluffy, needle-crystalline powder that the liners and a Raman check give as "
         "nitroguanidine, the cool-burning ingredient of triple-base gun propellants, for an Almaty 'automotive "
         "supplier' with no airbag plant whose address is a forwarder to the Kazan gunpowder works: a military-list "
         "propellant ingredient (ML8) exported without a licence, whose sale for use in Russia and transit through "
         "Russia Regulation 833/2014 forbids, by rail from Małaszewicze through Belarus and Russia; Polish wording "
         "(propellant ingredients repeat in several sets, nitrocellulose among them; nitroguanidine under a "
         "guanidine-nitrate label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "EEAIR01", "air", "EE", [], "KG", "910811",
         "Kvartskellamehhanismid, uued, 40 000 tk", "EE", 40, 40000, 8000, "EUR",
         "quartz watch movements are complete units with a coil, a stepping motor, gears and a hand stem, several "
         "grams each; these 40,000 are bare, can-packaged quartz crystal oscillators and TCXOs on tape reels with "
         "military temperature ranges and no gear, motor or stem at all, for a Bishkek 'watch-repair' firm set up "
         "this year whose director also runs a Moscow electronics distributor: mounted piezo-electric crystals "
         "(8541 60), on the common high-priority list whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (crystal oscillators under watch-part "
         "labels repeat twice, blind71 and blind109; kept as a repeat of the family, a complete-movements label from "
         "Estonia is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-04", "export", "CZAIR01", "air", "CZ", [], "MN", "842191",
         "Náhradní díly pro odstředivky mléka (separátory), 120 ks", "CZ", 300, 120, 9000, "EUR",
         "a dairy-equipment air shipment for an Ulaanbaatar milk-processing firm: separator and milking-machine "
         "parts are what Czech makers sell to Mongolia, but the third item's 'brass garden-hose couplings' are 6,000 "
         "gold-plated, bayonet-lock circular connectors to MIL-DTL-38999 with military part numbers, worth sixty "
         "times the declared value and re-consigned by the Ulaanbaatar firm to an Irkutsk avionics plant: "
         "electrical connectors (8536 69), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, "
         "flown from Prague; Czech wording (connectors repeat in several sets and Mongolian routes in many; a "
         "garden-hose-coupling label behind dairy parts was found in no earlier row by a keyword search)",
         dict({"importer_country": "MN"},
              _more_items=[item("843490", "Díly dojicích strojů, pulzátory a strukové návleky, 400 ks", "CZ", 200, 4000, "EUR", qty=400),
                           item("741220", "Spojky zahradních hadic, mosazné, 6 000 ks", "CZ", 120, 1800, "EUR", qty=6000)])),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "TR", "650610",
         "Cascos de equitación homologados EN 1384, 600 unidades", "ES", 900, 600, 24000, "EUR",
         "riding helmets weigh about 500 g and have a vented ABS shell, a harness and an EN 1384 label; these 600 "
         "weigh 1.5 kg each, have a thick aramid-composite shell with accessory rails and a night-vision shroud "
         "plate and carry NIJ level IIIA test labels under the riding stickers, for an Istanbul 'equestrian' "
         "wholesaler whose buyer is in Novorossiysk: military ballistic helmets (ML13), exported without a licence "
         "and whose sale for use in Russia Regulation 833/2014 forbids, by sea from Valencia to Ambarlı; Spanish "
         "wording (ballistic helmets repeat in several sets; a riding-helmet label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "OM", "292800",
         "Zuurstofbinder voor ketelwater, DEHA 85 %, vaten 200 l, 40 vaten", "NL", 8000, 40, 20000, "EUR",
         "DEHA oxygen scavenger is a pale-yellow, ammonia-smelling amine of 0.87 kg/l shipped as a flammable liquid "
         "in plastic drums; these 40 drums are stainless steel under nitrogen with UN 2029 (anhydrous hydrazine) "
         "stencils painted over and hold a colourless, fuming liquid of 1.01 kg/l with an ammoniacal, fishy smell, "
         "for a Sohar 'power-plant services' firm whose consignments go on to Bandar Abbas: anhydrous hydrazine, a "
         "missile and satellite propellant (military list ML8, MTCR Item 4) exported without a licence and whose "
         "supply to Iran Regulation 267/2012 forbids, from Rotterdam; Dutch wording (hydrazine repeats in a few "
         "sets, once as hydrazine hydrate for boilers, blind6; a DEHA label was found in no earlier row by a keyword "
         "search)",
         {"importer_country": "OM"}),
        ("STR-07", "export", "ITAIR01", "air", "IT", [], "TM", "851180",
         "Candelette ad incandescenza per motori modellistici, 2.000 pezzi", "IT", 240, 2000, 6000, "EUR",
         "glow plugs for model engines are thumbnail-sized, 1.5 V plugs with a platinum coil that cost a few euros; "
         "these 2,000 are 12 cm, high-energy surface-discharge igniter plugs with aerospace part numbers, packed "
         "with 200 sealed ignition-exciter boxes for small gas turbines, for an Ashgabat 'hobby shop' whose "
         "forwarder trucks its cargo on to Mashhad: ignition components for the turbojets of unmanned aerial "
         "vehicles, among the UAV-engine components whose sale for use in Iran Regulation 2023/1529 forbids, flown "
         "from Milan; Italian wording (UAV engines and parts for Iran repeat in many sets, and spark-plug and "
         "turbine-igniter labels on spark gaps in a few; a model-engine glow-plug label was found in no earlier row by "
         "a keyword search, and Ashgabat only on precursor and cultural rows)", {"importer_country": "TM"}),
        ("STR-08", "import", "PLROAD01", "road", "UA", [], "PL", "252329",
         "Портландцемент CEM I 42,5 R, походження Україна, біг-беги 1,5 т, 16 шт.", "UA", 24000, 16, 2400, "EUR",
         "Ukrainian Portland cement comes in branded bags from Kryvyi Rih, Kamianets-Podilskyi or Mykolaiv plants "
         "with a Ukrainian quality certificate; these 16 big bags have inner liners printed by the Krasnoselsk cement "
         "works in Grodno region, test reports in the Belarusian format and a certificate of origin issued in Volyn "
         "after transhipment: Belarusian cement, whose import into the Union Regulation 765/2006 forbids, in a lorry "
         "at Dorohusk for a Chełm builders' merchant; Ukrainian wording (Belarusian goods under other origins repeat "
         "in many sets; Belarusian cement under Ukrainian origin was found in no earlier row by a keyword search)",
         firm("Orion Budownictwo Sp. z o.o.", "PL")),
        ("STR-09", "export", "BEAIR01", "air", "BE", [], "KZ", "841290",
         "Tubes de vérins hydrauliques, rodés, 180 pièces", "BE", 900, 180, 9000, "EUR",
         "honed hydraulic-cylinder tubes are plain, thick-walled tubes with a mirror bore and no markings; these 180 "
         "are rifled, chrome-lined barrel blanks in 7.62 mm and 12.7 mm with chamber reamings and ground-off proof "
         "marks, for an Almaty 'hydraulics' firm whose buyer is a small-arms maker in Izhevsk: firearms and weapon "
         "parts (ML1, ML2), exported without the licences Regulation 258/2012 and Common Position 2008/944 require "
         "and whose sale for use in Russia Regulation 833/2014 forbids, flown from Liège; Belgian French wording "
         "(gun barrels repeat in blind18, as honed steel tubes, and blind51; kept as a repeat of the family, a "
         "hydraulic-cylinder label from Belgium to Kazakhstan is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-10", "import", "ROSEA01", "sea", "GE", [], "RO", "151219",
         "რაფინირებული მზესუმზირის ზეთი, საქართველოს წარმოშობის, ფლექსიტანკი, 22 ტ", "GE", 22000, None, 24000, "USD",
         "Georgia presses little sunflower oil and exports almost none; this flexitank's valve seals are those of a "
         "Melitopol oil-extraction plant in occupied Zaporizhzhia oblast, its first bill of lading starts at "
         "Berdyansk, and the Georgian certificate of origin was issued in Poti after a ship-to-ship transfer: goods "
         "originating in the non-government-controlled areas of Ukraine, whose import into the Union Regulation "
         "2022/263 forbids, by sea from Poti to Constanța for a Bucharest oil packer; Georgian wording "
         "(occupied-territory goods repeat in several sets, and sunflower oil from the occupied south once, blind54, "
         "under Turkish origin; kept as a repeat of the good, Georgian origin through Poti is the new part as far as a "
         "search found)", firm("Delta Uleiuri SRL", "RO")),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "VN", [], "DE", "010690",
         "Ếch rêu Theloderma corticale, nuôi sinh sản, 40 con", "VN", 4, 40, 400, "USD",
         "Vietnamese mossy frogs are small, knobbly, green-and-brown frogs bred in numbers; these 40 animals in damp "
         "moss are 15-40 cm lizards with a crocodile-like double row of scales along the tail, orange throats and no "
         "skin bumps, taken from streams in Quảng Ninh: Chinese crocodile lizards (Shinisaurus crocodilurus, CITES "
         "App. I) without CITES documents, flown from Hanoi to Frankfurt for a reptile dealer who sells at Hamm; "
         "Vietnamese wording (crocodile lizards repeat in two sets, blind11 and blind48; kept as a repeat of the "
         "species, a mossy-frog label was found in no earlier row by a keyword search)",
         firm("Nordhafen Terraristik GmbH", "DE")),
        ("WLF-02", "import", "FRAIR01", "air", "TD", [], "FR", "960200",
         "Sculptures en noix de doum (ivoire végétal), artisanat du Tchad, 30 pièces", "TD", 18, 30, 450, "EUR",
         "doum-palm-nut carvings are small figures with a brown skin and a cream core, never larger than a hen's "
         "egg; these 30 are up to 25 cm long, heavy, creamy-white, with the criss-cross Schreger lines of elephant "
         "ivory in every cut face: carved elephant ivory (Loxodonta africana, CITES App. I) without CITES "
         "documents, flown from N'Djamena to Paris for a dealer; Chadian French wording (ivory repeats in many sets "
         "under bone, horn and resin labels and tagua in a few; a doum-nut label was found in no earlier row by a "
         "keyword search)", firm("Rivage Arts Premiers SARL", "FR")),
        ("WLF-03", "import", "LTAIR01", "air", "AZ", [], "LT", "160432",
         "Kapelin kürüsü (masaqo), narıncı, 500 q banka, 40 ədəd", "AZ", 20, 40, 400, "USD",
         "masago is capelin roe: tiny, orange, crunchy eggs sold at a few euros a jar; these 40 jars hold large, "
         "soft, pearl-grey eggs that roll apart and taste of butter and sea, with no CITES label on the lids: wild "
         "beluga caviar (Huso huso, CITES App. II) from the Caspian, without CITES documents or the universal label, "
         "flown from Baku to Vilnius for a delicatessen; Azerbaijani wording (caviar repeats in many sets under "
         "salmon-roe, pike-roe and lumpfish labels; a masago label was found in no earlier row by a keyword search)",
         firm("Vega Delikatesai UAB", "LT")),
        ("WLF-04", "import", "ATAIR01", "air", "TJ", [], "AT", "050790",
         "Шохҳои қӯчқори хонагӣ барои дастаи корд, 4 ҷуфт", "TJ", 60, 4, 400, "USD",
         "domestic ram horns are light, ridged, tight spirals of a few kilos a pair; these four pairs are massive, "
         "sweeping, open spirals over 1.5 m long with ten to twelve growth rings and skull plates, 15 kg a pair: "
         "Marco Polo argali horns (Ovis ammon polii, CITES App. II) taken in the Pamirs outside any hunting quota, "
         "without CITES documents, flown from Dushanbe to Vienna for a trophy collector; Tajik wording (argali "
         "repeats in blind57 under a Kyrgyz domestic-sheep-horn label and in blind63 under a goat-horn knife-handle "
         "label, and a ram-horn label once, on saiga horn, blind82; kept as a repeat of the family, from Tajikistan "
         "in Tajik is the new part as far as a search found)", person("Frau S. Huber", "AT")),
        ("WLF-05", "import", "ESSEA01", "sea", "GT", [], "ES", "440729",
         "Madera aserrada de melina (Gmelina arborea) de plantación, 40 m3", "GT", 26000, None, 14000, "USD",
         "plantation melina is pale, straw-coloured, light (about 450 kg/m3) and fast-grown with wide rings; these "
         "40 m3 weigh 26 t, are reddish-brown with ribbon figure and dark gum flecks and darken to deep red in the "
         "sun: big-leaf mahogany (Swietenia macrophylla, CITES App. II) cut in the Maya Biosphere Reserve, without a "
         "CITES export permit, by sea from Santo Tomás de Castilla to Valencia for a joinery; Guatemalan Spanish "
         "wording (mahogany repeats in several sets under other-timber labels; a gmelina label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Maderas SL", "ES")),
        ("WLF-06", "import", "FRAIR01", "air", "CG", [], "FR", "190590",
         "Chikwangue (pain de manioc), 200 kg", "CG", 200, None, 1000, "EUR",
         "an African-grocery air shipment for a Château-Rouge shop: chikwangue and dried cassava leaves are what "
         "Brazzaville traders fly to Paris, but the third item's 'mbisi ya mungwa' (salted capitaine fish) are 80 kg "
         "of smoke-blackened, scaly carcasses with a long tail and no fins, with loose bags of overlapping brown "
         "keratin scales at the bottom of the cartons: pangolin meat and scales (Phataginus tricuspis, CITES App. I) "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Brazzaville to "
         "Paris; Congolese French wording with Lingala (pangolins repeat in many sets, and a Cameroonian grocery "
         "shipment with smoked catfish for Brussels in blind104, and a Lingala salted-fish label (makayabu) once, "
         "blind120; kept as a repeat of the family, a salted-capitaine label behind chikwangue was found in no earlier "
         "row by a keyword search)",
         dict(firm("Central Saveurs du Congo SARL", "FR"),
              _more_items=[item("071290", "Feuilles de manioc séchées (saka-saka), 150 kg", "CG", 150, 600, "EUR"),
                           item("030569", "Mbisi ya mungwa (poisson salé, capitaine), cartons, 80 kg", "CG", 80, 320, "EUR")])),
        ("WLF-07", "export", "FRAIR01", "air", "FR", [], "HK", "030243",
         "Poutine fraîche (poutina) de Nice, alevins de sardine, 40 caisses isothermes", "FR", 400, 40, 6000, "EUR",
         "Niçoise poutine is a mass of dead, silver sardine and anchovy fry a centimetre long, sold fresh and eaten "
         "the same day in Nice; these 40 cool boxes hold living, wriggling, transparent, eel-shaped fish 6-7 cm long "
         "with a black eye spot on damp gauze and ice, caught in the Adour and Gironde estuaries: glass eels "
         "(Anguilla anguilla, CITES App. II, whose export from the Union is not allowed), worth about 2,000 EUR/kg "
         "in Asia, flown from Nice to Hong Kong; French wording with a Niçard word (glass eels repeat in many sets "
         "under loach, shrimp and other live-fish labels; a poutine label was found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "HK", "160249",
         "Chicharrón de cerdo en láminas, deshidratado, para freír, 30 cajas", "MX", 150, 30, 900, "USD",
         "dried pork-skin sheets for frying are flat, yellowish, translucent rectangles of hide a few millimetres "
         "thick; these 30 cartons hold thick, cream-coloured, pouch-shaped dried swim bladders up to 40 cm long with "
         "two horn-like extensions: totoaba maws (Totoaba macdonaldi, CITES App. I), worth tens of thousands of "
         "dollars a kilo in Hong Kong, landed at Madrid in transit from Mexico City to Hong Kong without CITES "
         "documents; Mexican Spanish wording (totoaba maws repeat in many sets under fish-maw labels; a pork-skin "
         "label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-09", "import", "NLAIR01", "express", "SR", [], "NL", "960190",
         "Dagu tifi nekisani (hondentanden hangers), 40 pisi", "SR", 1.2, 40, 6000, "SRD",
         "dog-tooth pendants are small, white, slightly curved canines of a few centimetres; these 40 are yellowed "
         "canines 5-7 cm long with thick roots, ridged enamel and cut marks, strung on cord, with a handful of loose "
         "molars in the bottom of the box: jaguar canines (Panthera onca, CITES App. I) without CITES documents, the "
         "goods Surinamese traffickers send on to China, sent by express from Paramaribo to a private buyer in The "
         "Hague; Sranan Tongo and Dutch wording (jaguar teeth repeat in many sets, dog-teeth labels in blind7, "
         "blind23 and blind25 and a Dutch dog-tooth-pendant label in development set dev24-e; kept as a repeat of the "
         "cover, a Sranan Tongo label by express from Paramaribo is the new part as far as a search found)", person("Particulier", "NL")),
        ("WLF-10", "import", "DEAIR01", "air", "ID", [], "DE", "710310",
         "Bahan giok putih (nefrit) kasar, potongan gergaji, 120 kg", "ID", 120, None, 1800, "USD",
         "rough white nephrite is a tough, greasy, translucent stone that rings when struck and does not fizz; these "
         "120 kg of sawn blocks are dense, bone-white, layered slabs with growth lines and a ribbed outer edge that "
         "fizz under a drop of acid, being calcium carbonate: giant-clam shell (Tridacna gigas, CITES App. II) dug "
         "from reefs in the Moluccas, without CITES documents, flown from Jakarta to Frankfurt for an Idar-Oberstein "
         "carving workshop; Indonesian wording (giant-clam shell repeats in many sets; a white-jade rough label was "
         "found in no earlier row by a keyword search)", firm("Alpina Edelsteinschleiferei GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKPOST01", "post", "KR", "DK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponic root-zone treatment)", "KR", 2.3, 2, 40,
     "USD", [("PRECURSOR_LICENCE", "DK-RIGSPOL-47-0093")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SIPOST01", "post", "MK", "SI", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (model-engine fuel blending)", "MK", 2.3, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "SI-MNZ-47-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854912",
     "Mixed spent household batteries with NiCd and button cells (20 01 33*), for recycling at a licensed plant, 20 t",
     "CH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-47-0312")], "notified waste batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "FISEA01", "sea", "NO", "FI", "700800",
     "PCB-containing insulating glass units (17 09 02*), for destruction at a licensed high-temperature incinerator, 16 t",
     "NO", 16000, None, 0, "EUR", [("BASEL_CONSENT", "FI-SYKE-47-0058")], "notified PCB glazing units to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tank, for feedstock use in fluoropolymer production", "US", 18000, None,
     36000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-47-006")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "KG", "IT", "290376",
     "Recovered halon 1301 from decommissioned aircraft bottles, 12 cylinders, for reclamation and critical use", "KG",
     600, 12, 6000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-47-011")], "recovered halon 1301 imported for reclamation under licence"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "IL", "DE", "970510",
     "Roman glass unguentarium, 2nd-3rd century AD, with Israel Antiquities Authority export permit and provenance", "IL",
     0.3, 1, 2800, "EUR", [("IMPORT_LICENCE", "DE-BKM-IMP-47-0033")], "documented archaeological glass imported with its import licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Pietra dura table top, Florence, c. 1680, documented collection since 1904", "IT", 90, 1, 320000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-47-0144")], "antique exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "JP", "282510",
     "Anhydrous hydrazine, propellant grade, 20 drums, for a Japanese satellite-thruster maker", "NL", 3600, 20, 90000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-47-0412"), ("END_USER_CERTIFICATE", "JP-METI-EUC-47-0088")],
     "propellant hydrazine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "BR", "902680",
     "Heated pitot-static air-data probes, 60 units, for a Brazilian aircraft maker", "DE", 30, 60, 84000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-47-1244"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-47-0051")],
     "air-data probes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "LTAIR01", "air", "AZ", "LT", "160431",
     "Caviar, Acipenser gueldenstaedtii, aquaculture, 2 kg in tins with CITES labels", "AZ", 2, None, 3600, "EUR",
     [("CITES_PERMIT", "AZ-MENR-47-0117")], "farmed caviar with its CITES export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "GT", "ES", "440729",
     "Big-leaf mahogany (Swietenia macrophylla) sawn boards from a managed Petén concession, 20 m3", "GT", 12000, None,
     24000, "USD", [("CITES_PERMIT", "GT-CONAP-47-0209")], "App. II mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Zasebnik", "PRM-05": "Nordhafen Fluorpolymeren BV",
    "PRM-07": "Orion Antiken GmbH", "PRM-11": "Vega Delikatesai UAB", "PRM-12": "Atlantic Maderas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("220299", "Bamboo sap drink, natural, 1 l bottles", "import", ["post"], ["KR"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("220720", "Bioethanol fireplace fuel, denatured, 1 l", "import", ["road"], ["MK", "RS"], (1.5, 3), (4000, 12000), ["EUR"], 1.2, S),
    ("271019", "Light white mineral oil, technical, for wooden boards, 500 ml", "import", ["post"], ["IN", "US"], (8, 15), (1, 3), ["USD"], 2, S),
    ("110819", "Lotus-root starch, 500 g bags", "import", ["express"], ["CN", "HK"], (10, 20), (1, 4), ["USD", "EUR"], 2, S),
    ("250100", "Bonaire solar sea salt, 500 g", "import", ["post"], ["BQ", "CW"], (6, 12), (1, 3), ["USD"], 2, S),
    ("151620", "Soy wax flakes for candle making, 20 kg sacks", "import", ["sea"], ["US", "CN"], (1.5, 2.5), (8000, 20000), ["USD"], 0.05, S),
    ("210690", "BCAA 2:1:1 powder, unflavoured, 1 kg tubs", "import", ["express"], ["BR", "US"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("281000", "Boric acid, technical, 25 kg bags, for glass and enamel frits", "import", ["sea"], ["TR", "US"], (0.8, 1.3), (10000, 22000), ["USD", "EUR"], 0.04, S),
    ("740620", "Bronze powder (porporina), pale gold, lamellar, 1 kg tins", "export", ["sea"], ["TN", "EG"], (8, 14), (500, 3000), ["EUR"], 1, S),
    ("850610", "Alkaline AA batteries, new, retail packs", "export", ["road"], ["RS", "BA"], (5, 9), (3000, 10000), ["EUR"], 40, S),
    ("940542", "LED emergency lighting units, new, boxed", "export", ["sea"], ["NG", "GH"], (12, 25), (2000, 8000), ["EUR"], 0.5, S),
    ("261800", "Ground granulated blast-furnace slag (GGBS), EN 15167, bulk", "export", ["sea"], ["MA", "DZ"], (0.05, 0.09), (20000, 40000), ["EUR"], None, S),
    ("700800", "Insulating glass units, new, triple glazed", "export", ["road"], ["UA", "MD"], (3, 6), (6000, 18000), ["EUR"], 0.03, S),
    ("850720", "Deep-cycle AGM batteries, new, for solar home systems", "export", ["sea"], ["TG", "GH", "SN"], (2.5, 4), (10000, 22000), ["EUR"], 0.04, S),
    ("292419", "N,N-Dimethylformamide 99.9 %, drums", "export", ["sea"], ["BD", "VN"], (0.9, 1.4), (10000, 20000), ["EUR"], None, S),
    ("392111", "EPS insulation boards, new, graphite grey, packs", "export", ["road"], ["BA", "RS"], (2, 3.5), (1000, 3000), ["EUR"], None, S),
    ("690510", "Clay roof tiles, new, Marseille pattern", "export", ["sea"], ["CV", "AO"], (0.3, 0.6), (12000, 24000), ["EUR"], 0.4, S),
    ("841510", "Portable air conditioners, R-290, 9,000 BTU, new", "import", ["sea"], ["CN"], (8, 14), (6000, 18000), ["USD"], 0.03, S),
    ("841850", "Kegerators, R-600a, single tap, new", "import", ["road"], ["GB"], (8, 14), (2000, 6000), ["GBP", "EUR"], 0.025, S),
    ("271119", "Propane-butane camping cylinders, refillable, 5 kg", "import", ["road"], ["AL", "TR"], (2, 4), (2000, 6000), ["EUR"], 0.2, S),
    ("841520", "Tractor-cab air-conditioning kits, dry, nitrogen holding charge", "import", ["road"], ["TR"], (8, 14), (2000, 6000), ["EUR"], 0.03, S),
    ("901813", "MRI scanners 1.5 T, refurbished, water-cooled, crated", "export", ["sea"], ["EG", "MA", "TN"], (5, 10), (10000, 24000), ["EUR"], 0.0001, S),
    ("950590", "Halloween cobweb spray, hydrocarbon propellant, 400 ml", "import", ["road"], ["ME", "RS"], (4, 7), (2000, 6000), ["EUR"], 2, S),
    ("392690", "Hot-tub covers, EPS core, marine vinyl", "import", ["sea"], ["MY", "CN"], (3, 6), (3000, 8000), ["USD"], 0.03, S),
    ("701399", "Hebron glass vases, new, mouth-blown", "import", ["air"], ["IL", "JO"], (8, 15), (100, 500), ["USD"], 3, S),
    ("691390", "Rishtan ceramic plates, new, hand-painted", "import", ["air"], ["UZ", "TR"], (10, 18), (100, 600), ["USD"], 1, S),
    ("442019", "Oberammergau woodcarvings, new, limewood", "export", ["post"], ["US", "CA"], (60, 120), (1, 3), ["EUR"], 1, S),
    ("680299", "Sandstone garden statues, new, Siem Reap workshops", "import", ["sea"], ["KH", "TH"], (1.5, 3), (2000, 8000), ["USD"], 0.02, S),
    ("970191", "Isfahan miniature paintings, new, on paper", "import", ["express"], ["AE", "TR"], (150, 300), (1, 2), ["USD"], 3, S),
    ("630251", "Akhmim hand-woven cotton tablecloths, new", "import", ["post"], ["EG"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("680291", "Travertine garden reliefs, new, antique finish", "import", ["sea"], ["TR"], (0.6, 1.2), (10000, 22000), ["EUR"], 0.005, S),
    ("680299", "Pietra dura table tops, new, Florentine workshop", "export", ["road"], ["CH"], (40, 80), (100, 600), ["EUR"], 0.01, S),
    ("711620", "Jade pen holders, new, nephrite", "import", ["express"], ["HK", "CN"], (80, 150), (1, 3), ["USD"], 2, S),
    ("441829", "Zanzibar-style carved doors, new, plantation teak", "import", ["sea"], ["TZ", "KE"], (3, 6), (2000, 6000), ["USD"], 0.005, S),
    ("902680", "Prandtl pitot tubes for HVAC airflow measurement", "export", ["air"], ["TR", "AE"], (150, 300), (50, 300), ["EUR"], 3, S),
    ("292529", "Guanidine nitrate, airbag gas-generant grade, 25 kg bags", "export", ["sea"], ["CN", "KR"], (1.5, 2.5), (5000, 20000), ["EUR"], 0.04, S),
    ("910811", "Quartz watch movements, new", "export", ["air"], ["TR", "HK"], (150, 300), (50, 400), ["EUR"], 150, S),
    ("741220", "Brass garden-hose couplings", "export", ["air"], ["MN", "GE"], (8, 14), (200, 1000), ["EUR"], 50, S),
    ("650610", "Equestrian riding helmets, EN 1384", "export", ["sea"], ["TR", "MA"], (20, 40), (500, 2500), ["EUR"], 2, S),
    ("292800", "DEHA boiler-water oxygen scavenger, 85 %, drums", "export", ["sea"], ["OM", "AE", "SA"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("851180", "Glow plugs for model engines, retail packs", "export", ["air"], ["TR", "AE"], (80, 160), (50, 300), ["EUR"], 60, S),
    ("252329", "Portland cement CEM I 42.5 R, big bags", "import", ["road"], ["UA"], (0.08, 0.12), (20000, 26000), ["EUR"], None, S),
    ("151219", "Refined sunflower oil, flexitank", "import", ["sea"], ["UA", "MD"], (1.0, 1.5), (20000, 24000), ["USD"], None, S),
    ("960200", "Doum-palm nut carvings, small, new", "import", ["post"], ["TD", "EG"], (40, 80), (1, 2), ["EUR"], 10, S),
    ("440729", "Gmelina sawn timber, plantation, kiln-dried", "import", ["sea"], ["CR", "GT"], (0.4, 0.7), (18000, 24000), ["USD"], None, S),
    ("710310", "Rough nephrite (white jade), sawn blocks", "import", ["air"], ["CA", "NZ"], (30, 80), (50, 300), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Beech-wood rolling pins", "import", ["sea"], ["CN", "UA"], (3, 6), (2000, 6000), ["USD", "EUR"], 3, N),
        ("621142", "Cotton kitchen aprons", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 5, N),
        ("630499", "Jute placemats, woven", "import", ["sea"], ["BD", "IN"], (2.5, 4.5), (2000, 6000), ["USD"], 10, N),
        ("611780", "Satin hair scrunchies, retail packs", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind129", 20470901, HERE)


if __name__ == "__main__":
    main()
