#!/usr/bin/env python3
"""Writes the seventy-second blind set (tests/risk/data/blind72-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2038, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL72-*:

    python3 tests/risk/data/make_blind72_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEROAD01", "road", "CH", [], "DE", "283329",
         "Klauenbadsalz (Zinksulfat) für Rinder, 5 x 5 kg", "CH", 25, 5, 60, "CHF",
         "hoof-bath salt for cattle is zinc or copper sulphate bought by the 25 kg sack by farmers; these five tubs "
         "of white crystals do not dissolve like zinc sulphate, spit violet sparks on a hot plate and carry CAS "
         "3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), brought in a private car from "
         "Schaffhausen for a private person in Singen who keeps no cattle; Swiss German wording (potassium chlorate "
         "repeats in many sets, and a hoof-rot solution from Switzerland by road hid a precursor in blind63; a "
         "zinc-sulphate hoof-bath salt hiding potassium chlorate is new as far as a search found)", person("Lena Wagner", "DE")),
        ("PRE-02", "import", "NLAIR01", "express", "US", [], "NL", "381400",
         "Verdunner voor striping-lak (pinstriping reducer), 4 x 1 l", "US", 4.6, 4, 70, "USD",
         "pinstriping enamel reducers are mineral spirits at about 0.78 kg/l; these four litres weigh 1.14 kg/l, "
         "do not mix with the enamel, smell faintly fruity and the inner labels read 'nitromethane 98 %': "
         "nitromethane (Annex I above 16 %), sent by express to a private person in Eindhoven who paints no cars, "
         "although flammable liquids travel by express only as declared dangerous goods; Dutch wording (nitromethane "
         "repeats in many sets; a pinstriping-reducer cover from the US is new as far as a search found)",
         person("M. Bakker", "NL")),
        ("PRE-03", "import", "FIPOST01", "post", "NO", [], "FI", "340540",
         "Kiukaan kivien puhdistusjauhe, 5 x 1 kg", "NO", 5, 5, 400, "NOK",
         "sauna-stove stones are rinsed with water and replaced, not scoured with powder; these five bags of fine, "
         "bone-dry white powder burn fiercely with sugar and the inner bags carry CAS 7778-74-7: potassium "
         "perchlorate (Annex I above 40 %), posted from Tromsø to a private person in Rovaniemi; Finnish wording "
         "(potassium perchlorate repeats in many sets and sauna covers in a few; a stove-stone scouring powder by "
         "post from Norway is new as far as a search found)", person("Yksityishenkilö", "FI")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "250100",
         "Сіль для посудомийних машин, 6 x 2 кг", "UA", 12, 6, 900, "UAH",
         "dishwasher salt is coarse sodium chloride at under 1 EUR a kilo; these six bags of fine, slightly "
         "yellowish crystals that draw damp, taste of nothing salty and flare when a grain meets a flame carry "
         "'NaClO3 99 %' on the inner bags: sodium chlorate (Annex I above 40 %), in the boot of a private car at "
         "Medyka for a private person in Rzeszów; Ukrainian wording (sodium chlorate repeats in many sets, a "
         "dishwasher-salt cover hid a precursor in blind50 (by express from Britain to Finland) and a Ukrainian salt-lick "
         "came by car into Poland in blind61; the row repeats both halves and is kept for the combination)",
         person("Osoba prywatna", "PL")),
        ("PRE-05", "import", "ITROAD01", "road", "CH", [], "IT", "382499",
         "Sale refrigerante per gelatiera manuale, 8 x 5 kg", "CH", 40, 8, 120, "CHF",
         "hand-cranked ice-cream freezers are packed with ice and kitchen salt; these eight buckets of white prills "
         "that turn ice-cold in water and melt and fizz on a hot plate carry 'N 34,5 %' on the inner bags: "
         "ammonium nitrate (Annex I at 16 % N or more), 40 kg for a private person in Varese who runs no ice-cream "
         "shop, brought by car from Ticino; Italian wording (ammonium nitrate repeats in many sets, and salt for "
         "ice-cream machines hid a precursor in blind51, by road from North Macedonia; the Swiss route and the Italian "
         "wording are the new part)",
         person("Giulia Rossi", "IT")),
        ("PRE-06", "import", "IEPOST01", "post", "GB", [], "IE", "340590",
         "Brass and candlestick restorer, church supply, 3 x 1 l", "GB", 4.2, 3, 40, "GBP",
         "brass restorers for churches are creams and mild ammonia polishes sold in 250 ml tins; these three glass "
         "litres under vented caps give off brown fumes, stain the skin yellow and weigh 1.41 kg/l: about 68 % nitric "
         "acid (Annex I above 3 %), posted from Liverpool to a private person in Galway who serves "
         "no church, although corrosive liquids may not go by post; Irish-English wording (nitric acid repeats in "
         "many sets; a church-brass cover by post to Ireland is new as far as a search found)",
         person("Ms A. Byrne", "IE")),
        ("PRE-07", "import", "HUAIR01", "express", "TR", [], "HU", "382499",
         "Kahve makinesi kireç çözücü, profesyonel, 4 x 1 l", "TR", 7.4, 4, 900, "TRY",
         "coffee-machine descalers are citric or lactic acid at about 1.1 kg/l; these four bottles are oily, "
         "water-clear, weigh 1.84 kg/l and char a paper towel: about 96 % sulphuric acid (Annex I above 15 %), "
         "sent by express from Istanbul to a private person in Debrecen; Turkish wording (sulphuric acid repeats in "
         "many sets and coffee-machine descalers hid nitric acid from Türkiye in blind12 and blind33; sulphuric acid in "
         "Turkish wording to Hungary is the new part)", person("Magánszemély", "HU")),
        ("PRE-08", "import", "GRPOST01", "post", "AL", [], "GR", "382499",
         "Pastrues blozë për oxhaqe dhe soba, 4 x 1 kg", "AL", 4, 4, 30, "EUR",
         "chimney soot removers are coloured granules of salts and copper compounds thrown on the fire; these four "
         "bags of fine white crystals run wet in the air within an hour, flare on a hot plate and carry CAS "
         "7601-89-0 on the inner bags: sodium perchlorate (Annex I above 40 %), posted from Korçë to a private person "
         "in Ioannina; Albanian wording (sodium perchlorate repeats in many sets and "
         "soot-remover powders hid precursors in blind51 and blind52; by post from Albania in Albanian is the new part)", person("Idiotis", "GR")),
        ("PRE-09", "import", "ATAIR01", "express", "CH", [], "AT", "330510",
         "Friseurbedarf: Shampoo, 12 x 1 l", "CH", 12, 12, 90, "CHF",
         "a hairdressing order to a private address: shampoo and foil are what salons buy, but the third item's "
         "'Oxidant 12 % (40 Vol.)' weighs 1.13 kg/l, vents through its caps and bleaches the skin white: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item declaration for a private "
         "person in Innsbruck who runs no salon; Swiss German wording (hydrogen peroxide repeats in many sets, and "
         "hair developers and nail-salon orders hid it in multi-item parcels in blind17, blind22 and blind27; a "
         "Swiss hairdressing order by express to Austria is the new part)",
         dict(person("Frau S. Huber", "AT"),
              _more_items=[item("760711", "Alufolie für Strähnen, 10 Rollen", "CH", 5, 40, "CHF", qty=10),
                           item("330590", "Oxidant 12 % (40 Vol.), 6 x 1 l", "CH", 6.8, 30, "CHF", qty=6)])),
        ("PRE-10", "import", "NLSEA01", "sea", "IN", [], "NL", "284700",
         "Hydrogen peroxide solution 11.9 %, car-wash grade, 20 IBC", "IN", 24000, 20, 9000, "USD",
         "car-wash peroxide at 11.9 % weighs 1.04 kg/l; these IBCs hold 1.20 kg/l liquid, carry UN 2014 (above 20 %) "
         "under the overlabel and go to a web shop that bottles 'hydrogen peroxide' in 1 l bottles for the public: "
         "50 % hydrogen peroxide (Annex I above 12 %) made available to private persons; English wording (hydrogen "
         "peroxide repeats in many sets, and a re-packing seller appears in blind68 with potassium chlorate; the "
         "car-wash strength by sea from India is new as far as a search found)", firm("Glansrijk Webwinkel BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "681381",
         "Gebruikte remblokken en koppelingsplaten, herbruikbaar, 12 t", "BE", 12000, None, 1200, "EUR",
         "reusable brake parts are sorted, boxed and sold by part number; these are loose pads and clutch plates "
         "torn from scrapped lorries of the 1980s-90s, grey-white dusty linings and no boxes, at 0.10 EUR/kg: brake "
         "linings containing asbestos (16 01 11*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Lagos spare-parts market; Flemish wording (asbestos brake linings appear in a few sets, by road to "
         "Ukraine and as 'asbestos-free' stock to Tunisia; by sea to Nigeria as reusable parts is the new part)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "380190",
         "Cathode carbon blocks, anthracite-based, for ferro-alloy furnaces, 22 t", "NL", 22000, None, 2200, "EUR",
         "new cathode blocks are machined, wrapped and sold at several euros a kilo; these are broken chunks with "
         "white fluoride crusts that smell of ammonia when wet, at 0.10 EUR/kg: spent pot lining from an aluminium "
         "smelter (16 11 01*, cyanide and fluoride), hazardous waste whose export to a non-OECD country is banned, "
         "for a Visakhapatnam 'carbon trader'; English wording (spent pot lining repeats in several sets, "
         "as carbon blocks and as recarburiser, to India among others; the row is kept for its Dutch port and "
         "ferro-alloy wording)", {"importer_country": "IN"}),
        ("WST-03", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "281700",
         "Tlenek cynku techniczny, 60 t", "PL", 60000, None, 9000, "EUR",
         "technical zinc oxide is white and fine, above 99 % ZnO; these wagons carry brown-grey dust at about 25 % "
         "zinc with lead, cadmium and chlorides, at 0.15 EUR/kg: electric-arc-furnace dust (10 02 07*), hazardous "
         "waste whose export to a non-OECD country is banned, for a Shymkent 'zinc plant'; Polish wording (EAF dust "
         "as crude zinc oxide repeats in several sets, from Poland once; by rail to Kazakhstan is the new part)",
         {"importer_country": "KZ"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "720449",
         "Stahlschrott HMS 1/2, sortiert, 22 t", "DE", 22000, None, 3300, "EUR",
         "HMS 1/2 is cut heavy steel, clean and dry; this load is crushed used oil filters still dripping oil, with "
         "rubber seals and paper elements, leaking onto the trailer floor: oil filters (16 01 07*), hazardous waste "
         "whose export to a non-OECD country is banned, taken by road for a Novi Sad 'scrap yard'; German wording "
         "(crushed oil filters as HMS steel scrap repeat in blind6 and blind33, by sea to Pakistan and India; by road "
         "to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "TR", "382510",
         "Combustible derivado de residuos (CDR) para cementeras, balas, 24 t", "ES", 24000, None, 480, "EUR",
         "RDF for cement kilns is shredded, dried paper and plastic to a specification; these bales are car-shredder "
         "fluff with foam, glass, wire and oily dust, with lead and PCB above limits: shredder light fraction "
         "(19 10 03*), hazardous waste that may go to Turkey, an OECD country, only with prior written notification "
         "and consent, shipped as a green-listed fuel to a Mersin 'cement supplier'; Spanish wording (RDF covers "
         "repeat, one to Turkey from Britain in a development set; shredder fluff as RDF from Spain is the new part)", {"importer_country": "TR"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "282540",
         "Idrossido di nichel, concentrato per metallurgia, big bag, 15 t", "IT", 15000, None, 1500, "EUR",
         "nickel hydroxide sold to battery and plating firms is a clean green powder at many euros a kilo; these "
         "big bags hold a wet, grey-green filter cake with chromium, zinc and cyanide traces, at 0.10 EUR/kg: "
         "galvanic sludge from plating lines (11 01 09*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Sousse 'metal recovery' firm; Italian wording (galvanic sludge "
         "as nickel hydroxide repeats in several sets, in Italian to India in blind24; to Tunisia is the new part)", {"importer_country": "TN"}),
        ("WST-07", "transit", "BESEA01", "sea", "US", ["BE"], "GH", "850423",
         "Used power transformers, tested, for reuse, 6 units", "US", 36000, 6, 18000, "USD",
         "used transformers for reuse come with oil test reports; these 1970s units have leaking cases, no test "
         "sheets and plates reading 'Askarel': PCB-filled equipment (16 02 09*), hazardous waste whose transit "
         "through the Union to a non-OECD country is banned, for a Tema 'power contractor'; US English wording "
         "(askarel transformers 'for reuse' repeat in blind22, blind45 and blind49, all exports; in transit through "
         "Antwerp from the US to Ghana is the new part)", {"importer_country": "GH"}),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "310100",
         "Îngrășământ organic din nămol, granulat, 24 t", "RO", 24000, None, 240, "EUR",
         "certified organic fertilisers from sewage sludge are dry, odourless pellets with an analysis sheet; this "
         "load is wet, black, smells of solvents and carries a galvanising plant's sludge mixed into municipal "
         "sludge, with no analysis: sludges with hazardous substances (19 08 13*), hazardous waste whose export to "
         "a non-OECD country is banned, for a farm near Bălți; Romanian wording (other wastes went by road to Moldova "
         "in several sets; sewage sludge as fertiliser to Moldova is new as far as a search found)", {"importer_country": "MD"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "KR", "282540",
         "Nickel-Kobalt-Mischhydroxid (MHP), Zwischenprodukt, 20 t", "DE", 20000, None, 90000, "EUR",
         "mixed hydroxide precipitate is a wet, apple-green paste from nickel-laterite leaching; this is a dry black "
         "powder with graphite, copper and aluminium foil flakes that smells of electrolyte and carries fluoride: "
         "lithium-ion battery black mass, classed as hazardous waste in the EU, shipped to Korea (an OECD country) "
         "without the prior written notification and consent its export needs; German wording (black mass repeats in "
         "several sets, as natural graphite to Korea in blind18; declared as a nickel-cobalt intermediate is new as "
         "far as a search found)", {"importer_country": "KR"}),
        ("WST-10", "export", "SISEA01", "sea", "SI", [], "AL", "251320",
         "Abrazivni granat za peskanje, rabljen, za ponovno uporabo, 30 t", "SI", 30000, None, 600, "EUR",
         "garnet abrasive for reuse is sieved and clean; this grit is red with flakes of old lead and chromate ship "
         "paint from a shipyard, at 0.02 EUR/kg: spent blasting grit with hazardous substances (12 01 16*), "
         "hazardous waste whose export to a non-OECD country is banned, from Koper for a Durrës 'sandblasting "
         "contractor'; Slovene wording (used garnet grit for reuse repeats in several sets, to Egypt in blind42 among "
         "others; from Slovenia to Albania is the new part)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("ODS-01", "import", "ATAIR01", "air", "US", [], "AT", "842410",
         "CO2 fire extinguishers, 5 kg, 40 pcs", "US", 400, 40, 9600, "USD",
         "CO2 extinguishers are heavy steel cylinders with a horn and no pressure gauge; these 40 are light "
         "aluminium cylinders with gauges at about 13 bar and, under the overlabels, 'Halotron I': an HCFC-123 blend, an ozone-depleting substance (Annex I group VIII) whose import, in bulk or "
         "in products, is banned (Regulation 2024/590), flown for an aircraft-maintenance firm at Salzburg; US English "
         "wording (Halotron I extinguishers for hangars repeat in many sets, under FE-36 and FK-5-1-12 labels among others; a CO2 "
         "label is new as far as a search found)",
         firm("Alpina Aviation Service GmbH", "AT")),
        ("ODS-02", "import", "PTSEA01", "sea", "CN", [], "PT", "390729",
         "Sistema de poliol pré-misturado para espuma rígida, 80 tambores", "CN", 16000, 80, 36000, "USD",
         "pre-blended polyols for rigid foam are sold with the blowing agent named (cyclopentane, HFO); these drums "
         "name none, bulge in the sun and their gas reads as trichlorofluoromethane: a polyol system containing "
         "CFC-11, an ozone-depleting substance whose import in products is banned (Regulation 2024/590), for a Porto "
         "panel maker; Portuguese wording (CFC-11 and HCFC polyol systems repeat in several sets, "
         "one from Brazil to Portugal in blind17; from China to Portugal is the new part)", firm("Painéis Atlântico Lda", "PT")),
        ("ODS-03", "import", "GRAIR01", "express", "US", [], "GR", "701391",
         "Διακοσμητικές γυάλινες φιάλες, αντίκες, 12 τεμ.", "US", 9, 12, 600, "USD",
         "decorative antique bottles are empty; these twelve sealed glass 'fire grenades' of the 1920s are full of a "
         "sweet-smelling, heavy liquid (1.59 kg/l): carbon tetrachloride, an ozone-depleting substance (Annex I group "
         "IV) whose import is banned (Regulation 2024/590), sent by express from a US seller to a private collector "
         "in Thessaloniki; Greek wording (carbon tetrachloride repeats in many sets and "
         "antique glass fire grenades were posted to Germany, declared as such, in blind21; as empty decorative bottles "
         "by express to Greece is the new part)", person("K. Georgiou", "GR")),
        ("ODS-04", "import", "SEPOST01", "post", "CH", [], "SE", "340290",
         "Nettoyant pour mouvements de montres, 5 x 1 l", "CH", 7.8, 5, 150, "CHF",
         "watch-movement cleaners are water-based or naphtha rinses at about 0.8 kg/l; these five litres weigh 1.56 "
         "kg/l, evaporate at once and smell faintly of ether: CFC-113, an ozone-depleting substance (Annex I group I) "
         "whose import is banned (Regulation 2024/590), posted from La Chaux-de-Fonds to a private person in Gothenburg "
         "who repairs no watches; Swiss French wording (CFC-113 repeats in several sets and watchmaking covers in two; "
         "by post from Switzerland to Sweden is the new part)", person("Mr L. Nilsson", "SE")),
        ("ODS-05", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "842490",
         "Запасные части для систем пожаротушения карьерных самосвалов, баллоны, 30 шт", "KZ", 1500, 30, 6000, "USD",
         "spares for dump-truck fire systems are nozzles, valves and dry-powder cylinders; these 30 cylinders hold a "
         "heavy liquid (2.17 kg/l) under low pressure: halon 2402, an ozone-depleting substance whose import is banned "
         "outside licensed critical uses (Regulation 2024/590), by rail from Karaganda for a Daugavpils quarry; "
         "Russian wording (halon 2402 repeats in several sets, by rail from Kazakhstan to "
         "Lithuania in blind30; as quarry-truck fire-system spares is new as far as a search found)", firm("Latgales Karjeri SIA", "LV")),
        ("ODS-06", "import", "ESROAD01", "road", "MA", [], "ES", "280430",
         "Gaz d'étalonnage pour analyseurs, azote, 12 bouteilles", "MA", 600, 12, 900, "EUR",
         "nitrogen calibration gas cylinders hold gas at 150-200 bar; these twelve are liquid-filled at low "
         "pressure, weigh far too much for nitrogen and smell of chloroform when a valve is cracked: methyl bromide, "
         "an ozone-depleting substance (Annex I group VI) whose import is banned (Regulation 2024/590), on a lorry "
         "off the Tanger Med ferry for an Almería 'laboratory supplier' that sells to greenhouse growers; Moroccan "
         "French wording (methyl bromide repeats in many sets and a bromomethane calibration gas, declared "
         "as such, came from Israel in blind9; as nitrogen calibration gas off the Moroccan ferry is the new part)", firm("Suministros Almerienses SL", "ES")),
        ("ODS-07", "export", "NLSEA01", "sea", "NL", [], "NG", "280430",
         "Blusgascilinders IG-100 (stikstof), uit ontmantelde installaties, 40 st.", "NL", 3200, 40, 4000, "EUR",
         "IG-100 cylinders hold nitrogen at 200-300 bar and weigh little beyond the steel; these 40 hold a liquefied "
         "gas at about 25 bar, slosh when tipped and carry 'BTM' stamped on the valves: halon 1301 recovered from "
         "decommissioned ship and server-room systems, an ozone-depleting substance whose export outside a licensed "
         "critical use is banned (Regulation 2024/590), for a Lagos 'fire-safety contractor'; Dutch wording (halon "
         "repeats in many sets and an IG-541 cover once, on an import; halon 1301 exported as IG-100 nitrogen is new "
         "as far as a search found)", {"importer_country": "NG"}),
        ("ODS-08", "import", "PLPOST01", "post", "CN", [], "PL", "340290",
         "电路板洗板水, 24 x 400 ml 喷罐", "CN", 9.6, 24, 60, "USD",
         "PCB flux removers sold in Europe are alcohol or HFO sprays; these 24 aerosol cans are labelled only in "
         "Chinese, carry '141b' on the can base and smell of ether: HCFC-141b, an ozone-depleting substance whose "
         "import is banned (Regulation 2024/590), posted from Shenzhen to a private person in Wrocław although "
         "aerosols may not go by post; Chinese wording (HCFC-141b flux cleaners repeat, Chinese-labelled by sea in "
         "blind9 and from India in blind34; by post to a private person under the trade name 洗板水 is the new part)", person("Anna Kowalska", "PL")),
        ("ODS-09", "import", "FRAIR01", "express", "TH", [], "FR", "271119",
         "Fluide frigorigène de remplacement HC-12a, 12 x 1 kg", "TH", 12, 12, 120, "USD",
         "hydrocarbon HC-12a is light (0.5 kg/l liquid) and burns; these twelve cans weigh too much for it, do not burn "
         "and their pressure at 20 °C matches dichlorodifluoromethane: CFC-12, an ozone-depleting substance whose import "
         "is banned (Regulation 2024/590), sent by express from Bangkok to a private person in Lyon who restores "
         "classic cars; French wording (CFC-12 repeats in many sets and HC-12a cans hid it from Mexico in blind5; by "
         "express from Thailand to a private person is the new part)", person("Sophie Bernard", "FR")),
        ("ODS-10", "import", "BEAIR01", "air", "IN", [], "BE", "381400",
         "Paint stripper, methylene-chloride based, professional use, 4 x 25 l", "IN", 200, 4, 600, "USD",
         "methylene-chloride strippers are thickened with wax and weigh about 1.3 kg/l; these cans hold a thin liquid "
         "at 1.99 kg/l and the liquid boils "
         "near 68 °C: bromochloromethane (halon 1011), an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), flown from Hyderabad for an Antwerp 'chemicals distributor'; English wording "
         "(bromochloromethane repeats in several sets; a paint-stripper cover by air to Belgium is new as far as a "
         "search found)", firm("Scheldechem Distributie BV", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "NP", [], "DE", "442199",
         "काठको कुँदिएको झ्याल, नयाँ, सजावटी", "NP", 180, 1, 900, "USD",
         "newly carved Newar windows are pale, sharp-edged and sold by the metre; this one is dark, worn smooth, "
         "with old pegged joints, nail holes and a temple's ritual pigment on it: a 17th-century carved torana and "
         "window from a Kathmandu Valley temple, a protected monument whose export Nepal forbids, imported without "
         "its export document (UNESCO 1970, Regulation 2019/880), for a Munich dealer; Nepali wording (Newar windows and "
         "brackets repeat in development sets, by air to the US and France and by sea to Britain; a temple torana to a "
         "German dealer in Nepali wording is the new part)", firm("Himalaya Kunsthandel GmbH", "DE")),
        ("CUL-02", "export", "PLROAD01", "road", "PL", [], "UA", "830610",
         "Odlew brązowy, ozdoba ogrodowa, 420 kg", "PL", 420, 1, 2500, "EUR",
         "bronze garden ornaments are new castings with clean surfaces; this is a whole church bell with a crack, its inscription and the date "
         "1764 on the shoulder, and a parish coat of arms: an 18th-century church bell, part of a monument, whose "
         "export out of the Union needs a licence (Regulation 116/2009), taken by road for a Lviv 'foundry'; Polish "
         "wording (church bells as scrap "
         "bronze repeat in five sets, all imported from Ukraine into Poland; an export from Poland to Ukraine declared as a "
         "garden ornament is the new part)", {"importer_country": "UA"}),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "690510",
         "Tegole di recupero da demolizione, 1 bancale, 40 pz", "IT", 1400, 40, 400, "EUR",
         "reclaimed roof tiles are curved coppi from farmhouses; these forty are flat Roman tegulae with flanges, "
         "soil in the cracks and makers' stamps (bolli) of the first century AD: archaeological objects from "
         "clandestine digging, which belong to the State and whose export out of the Union needs a licence "
         "(Regulation 116/2009), taken by van for a Lugano dealer; Italian wording (reclaimed coppi were an innocent "
         "item in a blind62 container; stamped Roman tegulae as demolition tiles are new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-04", "import", "FRAIR01", "air", "ET", [], "FR", "490199",
         "የብራና የጸሎት መጽሐፍ፣ የእጅ ሥራ ቅጂ", "ET", 2, 1, 80, "USD",
         "tourist prayer books are new parchment with bright paint; this one is soot-darkened, sewn on wooden boards, "
         "with a church's ownership note in Ge'ez and worn pages: a 17th-18th-century church manuscript whose export "
         "Ethiopia forbids without its authority's permit (UNESCO 1970), flown to a Paris dealer; Amharic wording "
         "(Ge'ez church manuscripts repeat in several sets, "
         "to Italy as used books and as a prayer book; a handicraft-copy cover to France in Amharic is the new part)", firm("Orion Distribution SARL", "FR")),
        ("CUL-05", "import", "GRSEA01", "sea", "EG", [], "GR", "442199",
         "مشربيات خشبية، أثاث يدوي", "EG", 2400, 30, 6000, "USD",
         "a handicraft container for a Piraeus shop: mashrabiya screens and brass lamps are what it sells, but the "
         "third item's 'modern alabaster vases' are translucent, with tool marks and calcite encrustation, and some "
         "carry hieroglyphs: ancient Egyptian stone vessels and two ushabtis, hidden as the last item of a three-item "
         "declaration without Egypt's export document (UNESCO 1970, Regulation 2019/880); Arabic wording (ushabtis "
         "repeat in several sets as souvenirs; ancient alabaster vessels in a mashrabiya container to Greece are new as "
         "far as a search found)",
         dict(firm("Anatoli Handicrafts AE", "GR"),
              _more_items=[item("940549", "فوانيس نحاسية، 200 قطعة", "EG", 600, 2000, "USD", qty=200),
                           item("691390", "أواني من الألباستر، صناعة حديثة، 40 قطعة", "EG", 120, 400, "USD", qty=40)])),
        ("CUL-06", "export", "ESAIR01", "air", "ES", [], "MX", "690740",
         "Paneles de azulejos de reproducción, estilo Talavera, 4 piezas", "ES", 180, 4, 1200, "EUR",
         "reproduction tile panels are new tiles, flat-backed, with clean glaze; these four carry lime mortar on "
         "the back, crazed glaze, hand-cut edges and a chapel's saint scene of about 1680: 17th-century Talavera tile "
         "panels stripped from a chapel, parts of a monument whose export out of the Union needs a licence "
         "(Regulation 116/2009) and Spain's own permit, flown to a Mexico City dealer; Spanish wording (Portuguese "
         "azulejo panels repeat in several sets; Spanish Talavera panels to Mexico are new as far as a search found)",
         {"importer_country": "MX"}),
        ("CUL-07", "import", "ATPOST01", "post", "RS", [], "AT", "960629",
         "Stara dugmad sa buvljaka, 30 kom", "RS", 0.6, 30, 40, "EUR",
         "flea-market buttons are 19th-20th-century brass and horn; these thirty are bronze brooches with springs "
         "and soil in the corrosion, Roman crossbow and knee fibulae: detector finds from a Roman site in Serbia, "
         "archaeological objects whose export Serbia forbids (UNESCO 1970, Regulation 2019/880), posted to a private "
         "person in Graz; Serbian Latin wording (Roman fibulae repeat in several sets and button and token "
         "collections hid finds by post in blind39 and a held-out set; from Serbia is the new part)", person("Thomas Gruber", "AT")),
        ("CUL-08", "import", "BEAIR01", "express", "GT", [], "BE", "711790",
         "Cuentas de piedra verde, bisutería artesanal, 1 collar", "GT", 0.4, 1, 60, "USD",
         "tourist greenstone beads are dyed serpentine, evenly drilled by machine; this necklace is of worn jadeite "
         "beads with biconical hand-drilled holes and a carved pendant face: a Classic Maya jade necklace, an "
         "archaeological object of the State of Guatemala whose export is forbidden (UNESCO 1970), sent by express to "
         "a private person in Brussels; Spanish wording (Mesoamerican greenstone repeats in many sets, mostly "
         "from Mexico; from Guatemala by express to Belgium is the new part)", person("Jan Peeters", "BE")),
        ("CUL-09", "transit", "DEAIR01", "air", "LB", ["DE"], "US", "680291",
         "Decorative stone panels, newly carved, 3 pcs", "LB", 240, 3, 900, "USD",
         "new carved panels are fresh limestone with machine-cut backs; these three are weathered, with hand-dressed "
         "backs and Palmyrene inscriptions, one a veiled woman's bust: funerary reliefs from Palmyra, cultural goods "
         "removed from Syria whose transfer is prohibited (Regulation 36/2012, UNESCO 1970), flown from Beirut through "
         "Frankfurt to a New York buyer; English wording (Palmyra reliefs from Beirut repeat in many sets, "
         "all imports; in transit through Frankfurt to the US is the new part)", {"importer_country": "US"}),
        ("CUL-10", "export", "GRROAD01", "road", "GR", ["MK"], "RS", "680221",
         "Μαρμάρινο κιονόκρανο, διακοσμητικό αντίγραφο", "GR", 320, 1, 700, "EUR",
         "garden copies of Ionic capitals are cast or machine-cut with sharp edges; this one is weathered marble with "
         "lead-clamp holes, a broken volute and old root marks: a Roman Ionic capital from an ancient site, an "
         "archaeological object whose export out of the Union needs a licence (Regulation 116/2009) and which Greek "
         "law keeps in the country, taken by road for a Belgrade collector; Greek wording (capitals as garden "
         "stone repeat in several sets, from Lebanon and Italy; from Greece by road to Serbia is the new part)",
         {"importer_country": "RS"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "848210",
         "Kugellager für Fahrradnaben, 2.000 Stück", "DE", 400, 2000, 160000, "EUR",
         "bicycle hub bearings cost a few euros each; these are P4-class angular-contact spindle bearings at 80 EUR "
         "apiece for machine-tool spindles, for a Bishkek firm that ships on to a Russian arms plant: goods on the "
         "Union's common high-priority list whose supply for use in Russia is banned (Regulation 833/2014); German "
         "wording (bearings repeat in several sets and Kyrgyzstan is a frequent hub; a bicycle-hub cover is new as far as a "
         "search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "ITAIR01", "express", "IT", [], "AM", "853710",
         "Ricambi per lavatrici, schede elettroniche, 40 pz", "IT", 8, 40, 14000, "EUR",
         "washing-machine control boards cost 40-80 EUR; these forty are multi-constellation GNSS receiver modules "
         "with anti-spoofing firmware at 350 EUR each, for a Yerevan reseller that supplies Russian drone makers: "
         "common high-priority-list goods whose supply for use in Russia is banned (Regulation 833/2014); Italian "
         "wording (washing-machine spares hid electronics for Kyrgyzstan, Serbia and Georgia in "
         "blind26, blind36 and blind49; GNSS modules by express to Armenia are the new part)", {"importer_country": "AM"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "TR", "845710",
         "Centro de mecanizado usado para carpintería, 1 ud.", "ES", 9500, 1, 85000, "EUR",
         "woodworking machining centres have router spindles and vacuum tables; this is a five-axis metal machining "
         "centre with positioning accuracy below 6 µm, bought by an Istanbul firm that resells to Russia: a dual-use "
         "machine tool (2B001) that needs an export licence (Regulation 2021/821) and whose supply for use in Russia "
         "is banned (Regulation 833/2014); Spanish wording (CNC machines via Türkiye repeat in several sets; a "
         "woodworking cover from Spain is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AE", "950790",
         "Blanks voor hengels, koolstof, 30 rollen", "NL", 600, 30, 42000, "EUR",
         "rod blanks are finished tubes; these are 30 rolls of high-modulus carbon-fibre prepreg kept in a freezer "
         "box, at 70 EUR/kg, for a Dubai trader with an Iranian end user: fibrous materials (1C010) that need an "
         "export licence (Regulation 2021/821) and whose supply to Iran is restricted (Regulation 267/2012); Dutch "
         "wording (prepreg repeats in several sets and carbon roving 'for fishing rods' went to Dubai in blind8; prepreg as rod "
         "blanks from the Netherlands is the new part)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "IR", "850440",
         "Frequenzumrichter für Ringspinnmaschinen, 12 Stück", "AT", 240, 12, 60000, "EUR",
         "spinning-frame drives run below 200 Hz; these twelve put out 600-2,000 Hz with low distortion, fit for gas "
         "centrifuges: frequency changers (3A225) that need an export licence (Regulation 2021/821) and may not go "
         "to Iran (Regulation 267/2012), by lorry for a Tabriz 'textile mill'; German wording (frequency changers "
         "as textile-machine drives repeat in blind39 and blind65; by lorry from Austria to Iran is the new part)",
         {"importer_country": "IR"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", [], "BY", "900290",
         "Okuliarai teleskopams, 20 vnt.", "LT", 6, 20, 60000, "EUR",
         "telescope eyepieces cost 50-300 EUR; these twenty are third-generation image-intensifier tubes at 3,000 EUR "
         "each: night-vision tubes (6A002) that need an export licence (Regulation 2021/821) and may not go to "
         "Belarus (Regulation 765/2006), in a car at Medininkai for a Minsk 'astronomy club'; Lithuanian wording "
         "(intensifier tubes repeat in several sets; as telescope eyepieces by road to Belarus is new as far as a "
         "search found)", {"importer_country": "BY"}),
        ("STR-07", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "852910",
         "Televizní antény, venkovní, 30 ks", "CZ", 90, 30, 45000, "EUR",
         "outdoor TV antennas cost 20-60 EUR; these thirty are controlled-reception-pattern GNSS antennas with seven "
         "elements, at 1,500 EUR each, for an Almaty firm that supplies Russian drone makers: goods whose supply for "
         "use in Russia is banned (Regulation 833/2014), sent by rail across Russia; Czech wording (anti-jam "
         "antennas appear in several sets; as TV antennas by rail is new as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-08", "transit", "NLAIR01", "air", "US", ["NL"], "AE", "902620",
         "Pressure gauges for HVAC service, 16 pcs", "US", 24, 16, 38000, "USD",
         "HVAC gauges cost tens of dollars; these sixteen are corrosion-resistant capacitance manometers with "
         "Inconel diaphragms at 2,400 USD each, routed through Schiphol to a Dubai trader with an Iranian end user: "
         "pressure transducers (2B230) whose supply to Iran is banned (Regulation 267/2012) and whose transit may be "
         "stopped (Regulation 2021/821, Art. 7); US English wording (capacitance sensors 'for HVAC' went to Hong Kong "
         "in blind33; in transit through Schiphol from the US is the new part)", {"importer_country": "AE"}),
        ("STR-09", "export", "SEPOST01", "post", "SE", [], "KG", "852692",
         "Reservdelar till radiostyrda bilar, 1 paket", "SE", 2, 60, 3000, "EUR",
         "RC car spares are tyres, gears and servos; this parcel holds sixty long-range 900 MHz control receivers "
         "and video transmitters for FPV drones, for a Bishkek private address that forwards to Russia: goods on the "
         "common high-priority list whose supply for use in Russia is banned (Regulation 833/2014); Swedish wording "
         "(drone radio parts repeat in several sets; as RC car spares by post from Sweden is new as far as a search "
         "found)", {"importer_country": "KG"}),
        ("STR-10", "export", "GRSEA01", "sea", "GR", [], "LB", "841370",
         "Ανοξείδωτες αντλίες για μονάδα τροφίμων, 6 τεμ.", "GR", 900, 6, 12000, "EUR",
         "a spares order for a Beirut 'food plant': stainless pumps and gaskets are what it needs, but the second "
         "item's 'stainless valves DN50' are PTFE-lined Hastelloy valves with bellows seals: corrosion-resistant "
         "valves (2B350) that need an export licence (Regulation 2021/821), hidden as one item of a three-item "
         "declaration for a Syrian end user; Greek wording (2B350 pumps, valves and exchangers repeat in several sets, "
         "often under food-plant covers; hidden in a three-item order by sea to Lebanon is the new part)",
         dict({"importer_country": "LB"},
              _more_items=[item("848180", "Ανοξείδωτες βαλβίδες DN50, 24 τεμ.", "GR", 360, 2400, "EUR", qty=24),
                           item("401693", "Παρεμβύσματα, σετ, 40 τεμ.", "GR", 20, 200, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "HN", [], "ES", "030743",
         "Calamar congelado, bloques, 18 t", "HN", 18000, None, 54000, "USD",
         "frozen squid blocks show tubes and tentacles; these blocks are pale, firm slabs of sea-snail foot with "
         "orange edges and no suckers: queen conch meat (Aliger gigas, CITES App. II), shipped from La Ceiba to "
         "Vigo without a CITES permit; Spanish wording (queen conch repeats in several sets and dried squid "
         "covers appear twice; frozen squid blocks from Honduras are new as far as a search found)", firm("Congelados Atlántico SL", "ES")),
        ("WLF-02", "import", "NLPOST01", "post", "ID", [], "NL", "392690",
         "Cincin dan liontin akrilik, merah-kuning, 40 buah", "ID", 0.3, 40, 40, "USD",
         "acrylic rings and pendants are even, light and smell of plastic when a hot needle touches them; these are dense, "
         "with a red rim and a faint growth layering, and smell of burnt hair: carved helmeted-hornbill casque "
         "(Rhinoplax vigil, CITES App. I), posted from Pontianak to a private person in Utrecht; Indonesian wording "
         "(hornbill casque repeats in several sets, as red resin beads by post from Indonesia in blind5; acrylic rings "
         "and pendants to the Netherlands are the new part)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-03", "import", "DESEA01", "sea", "MZ", [], "DE", "440799",
         "Umbila sawn timber (Pterocarpus angolensis), 20 m³", "MZ", 16000, None, 18000, "USD",
         "umbila is golden-brown with a faint red tinge; these boards are blood-red, stain the hand and the water "
         "red: mukula (Pterocarpus tinctorius, CITES App. II) from the Zambian-Congolese border, shipped from Beira "
         "without a CITES permit; English wording (Pterocarpus timber repeats in many sets, mostly as "
         "padauk from Tanzania; mukula declared as umbila from Mozambique is new as far as a search found)", firm("Nordhafen Holz GmbH", "DE")),
        ("WLF-04", "import", "ITAIR01", "express", "HK", [], "IT", "030572",
         "干海龙, 2 kg", "HK", 2, 1, 300, "USD",
         "dried pipefish (hailong) are long and straight; these are curled with a bent head and a coiled tail: "
         "dried seahorses (Hippocampus spp., CITES App. II), sent by express to a private person in Prato without a "
         "CITES permit; Chinese wording (seahorses repeat in many sets and dried pipefish hid something "
         "from Peru in blind55; by express from Hong Kong in Chinese is the new part)", person("Sig. M. Bianchi", "IT")),
        ("WLF-05", "import", "ATPOST01", "post", "MX", [], "AT", "010690",
         "Tarántulas criadas en cautiverio, especies no CITES, 30 pzs", "MX", 0.6, 30, 300, "USD",
         "captive-bred non-CITES tarantulas are slings of Asian or South American species; these thirty are adult "
         "red-kneed and orange-kneed spiders with field wear: wild-caught Brachypelma (CITES App. II), posted in "
         "vials from Guadalajara to a private person in Linz without a CITES permit, although live animals may not go "
         "by post; Mexican Spanish wording (Brachypelma by post from Mexico repeats in several sets, "
         "to Germany and the Netherlands; to Austria is the only new part)", person("Frau S. Huber", "AT")),
        ("WLF-06", "import", "BEAIR01", "express", "CO", [], "BE", "911390",
         "Correas de reloj en cuero de vaca grabado, 40 pzs", "CO", 1.2, 40, 400, "USD",
         "embossed calf straps have a regular printed scale pattern and smooth undersides; these have real bony "
         "scutes with pores and uneven tiles: spectacled-caiman leather (Caiman crocodilus, CITES App. II) without a "
         "CITES permit, sent by express from Bogotá to a private person in Liège; Colombian Spanish wording (caiman "
         "leather as printed calf repeats in blind35 and a development set, and watch straps hid monitor-lizard leather in "
         "blind12; caiman straps from Colombia by express are the new part)",
         person("Mme L. Dupont", "BE")),
        ("WLF-07", "export", "PTAIR01", "air", "PT", [], "HK", "010690",
         "Minhocas-do-mar vivas para isco (Hediste), 12 caixas térmicas", "PT", 60, 12, 1200, "EUR",
         "live ragworm bait travels in damp seaweed or sawdust, not water; these twelve cool boxes hold oxygenated "
         "bags of translucent, thread-like fish wriggling in cold water: glass eels (Anguilla anguilla, CITES App. II) whose "
         "export out of the Union is banned, flown from Lisbon to Hong Kong; Portuguese wording (glass eels repeat in "
         "many sets, as aquarium shrimps from Portugal in blind49; as ragworm bait is new as far as a search found)", {"importer_country": "HK"}),
        ("WLF-08", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "902300",
         "Anatomical skeleton models, resin, for veterinary teaching, 4 cartons", "ZA", 90, 4, 400, "USD",
         "resin teaching models are light, seamed and hollow; these are real, greasy bone: big-cat skulls with long canines, claws "
         "and vertebrae: lion bones (Panthera leo, CITES App. II) without a CITES export permit, flown from "
         "Johannesburg through Frankfurt in transit to a Hanoi buyer; South African English wording (lion bones "
         "as cattle bones from South Africa to Vietnam repeat in many sets; as resin teaching models is new as far as a "
         "search found)",
         {"importer_country": "VN"}),
        ("WLF-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "121190",
         "当归片, 500 kg", "CN", 500, 20, 4000, "USD",
         "a traditional-medicine wholesaler's rail order: angelica root and goji berries are what such shops sell, "
         "but the third item's 'water-buffalo horn shavings' are translucent, amber, ridged horn curls: saiga antelope horn "
         "(Saiga tatarica, CITES App. II, zero quota for wild specimens in commercial trade), hidden as the last "
         "item of a three-item declaration without a CITES permit; Chinese wording (saiga horn repeats in several "
         "sets, as goat-horn slices in a three-item express order in blind49; as buffalo-horn shavings in a rail order "
         "to Poland is new as far as a search found)",
         dict(firm("Meridian Import Sp. z o.o.", "PL"),
              _more_items=[item("081340", "宁夏枸杞, 800 kg", "CN", 800, 6400, "USD", qty=40),
                           item("050790", "水牛角丝, 10 kg", "CN", 10, 300, "USD", qty=10)])),
        ("WLF-10", "import", "HRROAD01", "road", "BA", [], "HR", "050790",
         "Lovački trofeji: rogovi jelena, 3 kom", "BA", 60, 3, 900, "EUR",
         "red deer antlers are what a hunter brings home with a trophy card; this car carries a brown bear skin "
         "with claws and a skull: Ursus arctos (CITES App. II, Annex A in the Union), without CITES documents, from "
         "a hunt near Glamoč for a private person in Split; Bosnian wording (bear parts repeat in several sets as bile "
         "and rugs; a skin and skull as deer antlers by car from Bosnia is new as far as a search found)", person("Privatna osoba", "HR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (hairdresser at home)", "CH", 6.8, 6, 40, "CHF",
     [("PRECURSOR_LICENCE", "AT-BMI-38-0107")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEPOST01", "express", "GB", "IE", "280800",
     "Nitric acid 68 %, 3 x 1 l, for a licensed private user (metal restorer)", "GB", 4.2, 3, 45, "GBP",
     [("PRECURSOR_LICENCE", "IE-DOJ-38-0033")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "380190",
     "Spent pot lining (16 11 01*) from an aluminium smelter, for treatment at a licensed plant, 22 t", "NO",
     22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-38-0211")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery at a licensed Waelz plant, 24 t", "CH",
     24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-38-0460")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for critical use in aircraft fire protection", "US",
     250, 10, 7500, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-38-004")], "recovered halon for a licensed critical use"),
    ("PRM-06", "ozone", "import", "BEAIR01", "air", "IN", "BE", "290379",
     "Bromochloromethane, 4 x 2.5 l, for a licensed laboratory use (reference standard)", "IN", 20, 4, 140, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-38-002")], "bromochloromethane for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "PLSEA01", "sea", "PL", "CA", "830610",
     "Bronze bell, cast 1821, from a deconsecrated church, for a Toronto parish", "PL", 380, 1, 30000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-38-0118")], "church bell exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "MX", "690740",
     "Talavera tile panel, 18th century, from a collection documented since 1955", "ES", 60, 1, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-UE-EXP-38-0052")], "tile panel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "LTROAD01", "road", "LT", "NO", "900290",
     "Image-intensifier tubes, third generation, 20, for a Norwegian police equipment supplier", "LT", 6, 20,
     60000, "EUR",
     [("EXPORT_LICENCE", "LT-EIMIN-38-0219"), ("END_USER_CERTIFICATE", "NO-EUC-38-0077")],
     "dual-use night-vision tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATROAD01", "road", "AT", "CH", "850440",
     "Frequency changers, 600-2,000 Hz, 4, for a Swiss university physics laboratory", "AT", 80, 4, 20000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-38-0314"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-38-0026")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "HN", "ES", "030791",
     "Queen conch meat (Aliger gigas), frozen, cleaned, 10 t, within the national export quota", "HN", 10000, None,
     90000, "USD",
     [("CITES_PERMIT", "HN-ICF-38-0142")], "App. II conch meat with its export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "MX", "AT", "010690",
     "Red-knee tarantulas (Brachypelma hamorii), captive-bred, 40", "MX", 1, 40, 800, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-38-0388")], "App. II captive-bred spiders with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Frau S. Huber", "PRM-02": "Ms A. Byrne", "PRM-05": "Aéro Maintenance Rivage SARL",
    "PRM-07": "St. Stanislaus Parish Toronto", "PRM-11": "Congelados Atlántico SL",
    "PRM-12": "Terraristik Alpina GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("283329", "Zinc sulphate hoof-bath salt for dairy farms, 25 kg sacks", "import", ["road"], ["CH", "NO"], (1, 2), (2000, 6000), ["EUR", "CHF"], 0.04, S),
    ("381400", "Enamel reducer, mineral spirits, 1 qt cans", "import", ["sea"], ["US"], (4, 7), (2000, 6000), ["USD"], 1, S),
    ("251690", "Sauna-stove stones, olivine diabase, 20 kg boxes", "import", ["road"], ["NO"], (0.5, 1), (4000, 12000), ["EUR"], 0.05, S),
    ("250100", "Dishwasher salt, coarse, 2 kg bags", "import", ["road"], ["UA", "TR"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.5, S),
    ("821000", "Hand-cranked ice-cream freezers, wooden buckets", "import", ["express"], ["US"], (20, 40), (2, 5), ["USD"], 0.2, S),
    ("340590", "Brass polish cream, 250 ml tins", "import", ["post"], ["GB"], (20, 40), (1, 2), ["GBP"], 4, S),
    ("382499", "Citric-acid descaler for coffee machines, 1 l", "import", ["express"], ["TR", "CH"], (6, 12), (1, 4), ["EUR", "CHF"], 1, S),
    ("382499", "Chimney soot remover granules, copper-based, 1 kg", "import", ["road"], ["AL", "RS"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("330590", "Hair developer cream 6 % (20 vol.), 1 l", "import", ["express"], ["CH", "GB"], (5, 10), (1, 4), ["CHF", "GBP"], 1, S),
    ("284700", "Hydrogen peroxide 7.9 %, car-wash grade, IBCs", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (10000, 22000), ["USD"], None, S),
    ("681381", "Brake pads, new, asbestos-free, boxed", "export", ["sea"], ["NG", "GH"], (5, 9), (3000, 9000), ["EUR"], 0.5, S),
    ("380190", "Cathode carbon blocks, new, machined", "export", ["sea"], ["IN", "BH"], (2, 4), (10000, 20000), ["EUR"], None, S),
    ("281700", "Zinc oxide, 99.5 %, rubber grade, 25 kg bags", "export", ["rail"], ["KZ", "UZ"], (2.5, 3.5), (20000, 40000), ["EUR"], None, S),
    ("720449", "Steel scrap HMS 1/2, clean, sorted", "export", ["road"], ["RS", "BA"], (0.25, 0.4), (18000, 24000), ["EUR"], None, S),
    ("382510", "Solid recovered fuel, specification-tested, bales", "export", ["sea"], ["TR"], (0.03, 0.06), (18000, 24000), ["EUR"], None, S),
    ("282540", "Nickel hydroxide, battery grade, drums", "export", ["sea"], ["TN", "EG"], (12, 18), (2000, 6000), ["EUR"], None, S),
    ("850423", "Power transformers, new, dry-type, with test reports", "export", ["sea"], ["GH", "NG"], (8, 14), (8000, 20000), ["EUR"], 0.0002, S),
    ("310100", "Composted organic fertiliser, certified, pellets", "export", ["road"], ["MD", "UA"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("250410", "Natural graphite powder, flake, 25 kg bags", "import", ["sea"], ["MZ", "CN"], (0.8, 1.5), (10000, 20000), ["USD"], None, S),
    ("251320", "Garnet blasting abrasive, new, 25 kg bags", "import", ["sea"], ["IN", "AU"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("842410", "FK-5-1-12 clean-agent extinguishers, new, 5 kg", "import", ["air"], ["US"], (40, 70), (200, 800), ["USD"], 0.1, S),
    ("390729", "Polyether polyol system, cyclopentane-blown, drums", "import", ["sea"], ["CN", "KR"], (1.8, 2.6), (10000, 18000), ["USD"], 0.005, S),
    ("701391", "Antique glass bottles, empty, collectors' lots", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 2, S),
    ("340290", "Watch-movement cleaning solution, water-based, 1 l", "import", ["post"], ["CH"], (25, 45), (1, 3), ["CHF"], 1, S),
    ("842490", "Dry-powder fire-suppression spares for mining trucks", "import", ["rail"], ["KZ", "CN"], (4, 8), (1000, 3000), ["USD"], 0.05, S),
    ("280430", "Nitrogen calibration gas, 10 l cylinders", "import", ["road"], ["MA", "CH"], (3, 6), (500, 1500), ["EUR"], 0.06, S),
    ("841480", "Refrigerant recovery machines, new, portable", "export", ["sea"], ["NG", "GH"], (25, 45), (500, 2000), ["EUR"], 0.07, S),
    ("340290", "Isopropyl-alcohol PCB cleaner spray, 400 ml", "import", ["express"], ["CN", "US"], (15, 30), (1, 3), ["USD"], 2.5, S),
    ("290312", "Dichloromethane, HPLC grade, 2.5 l", "import", ["air"], ["IN", "DE"], (5, 9), (100, 400), ["USD"], 0.3, S),
    ("442199", "Carved wooden window frames, new, Newar style", "import", ["sea"], ["NP", "IN"], (6, 12), (1000, 4000), ["USD"], 0.02, S),
    ("830610", "Brass bells, new, cast, garden and ship", "export", ["road"], ["UA", "MD"], (12, 20), (300, 1200), ["EUR"], 0.3, S),
    ("830629", "Bronze statuettes, new lost-wax casts, Sardinian style", "export", ["road"], ["CH"], (60, 120), (20, 100), ["EUR"], 3, S),
    ("490199", "Printed facsimile prayer books, new", "import", ["air"], ["ET", "IL"], (10, 20), (100, 400), ["USD"], 2, S),
    ("691390", "Alabaster vases, new, Luxor workshops", "import", ["sea"], ["EG"], (3, 6), (2000, 6000), ["USD"], 0.3, S),
    ("690740", "Hand-painted Talavera-style tiles, new", "export", ["sea"], ["MX", "US"], (6, 10), (2000, 6000), ["EUR"], 10, S),
    ("711790", "Serpentine bead necklaces, tourist jewellery", "import", ["express"], ["GT", "MX"], (60, 120), (1, 2), ["USD"], 8, S),
    ("680221", "Marble garden capitals, new, machine-cut", "export", ["road"], ["RS", "MK"], (1.5, 3), (2000, 8000), ["EUR"], 0.005, S),
    ("848210", "Bicycle hub bearings, standard", "export", ["air"], ["KG", "KZ"], (15, 30), (200, 800), ["EUR"], 20, S),
    ("392690", "Yellow resin beads for jewellery making, 10 mm", "import", ["post"], ["ID", "CN"], (40, 80), (1, 2), ["USD"], 200, S),
    ("911390", "Embossed calf leather watch straps", "import", ["express"], ["CO", "IT"], (150, 300), (1, 2), ["USD", "EUR"], 30, S),
]
# Everyday trade: blind64's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind52's
# five rows and three of blind58's), with blind68's eight rows of its own and four new
# rows instead of blind68's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND72_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind72", 20380301, HERE)


if __name__ == "__main__":
    main()
