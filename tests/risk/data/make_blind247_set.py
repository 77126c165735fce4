#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-seventh blind set (tests/risk/data/blind247-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: data centres, servers and cooling
(server and network-equipment importers, data-centre builders, cooling and fire-suppression
contractors, IT asset disposal firms).
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
ordinary table (the shared everyday table's two steel rows are dropped, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL247-*:

    python3 tests/risk/data/make_blind247_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "KR", [], "FI", "380894",
         "서버실 가습기 위생액 (과산화수소 3 % + 은), 1 L x 4", "KR", 4.8, 4, 60000, "KRW",
         "a 3 % peroxide-and-silver hygiene liquid for evaporative humidifiers is water-thin, 1.01 kg/l and harmless "
         "on the skin; these four bottles weigh 1.20 kg/l, whiten and sting a fingertip at once, fizz on rust and have "
         "vented caps: about 50 % hydrogen peroxide (Annex I above 12 %) labelled with a lawful 3 % strength, sent by "
         "express from Incheon to a private person in Tampere who runs a home server rack; Korean wording (hydrogen "
         "peroxide repeats in many sets and humidifier labels in several, a Korean humidifier-cleaner label once; "
         "kept as a known repeat, a server-room label declaring a lawful 3 % strength is the new part as far as a search found)",
         person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "PTAIR01", "air", "BR", [], "PT", "382000",
         "Fluido de arrefecimento PG-25 para servidores com refrigeração líquida, bombonas de 5 l, 120 unidades",
         "BR", 1100, 120, 3000, "USD",
         "a PG-25 coolant for liquid-cooled servers is a 25 % propylene-glycol mix of 1.02 kg/l, dyed and slightly "
         "slippery; these jerrycans weigh 1.84 kg/l, are oily and colourless, grow hot with a splash of water and char "
         "a paper towel: about 96 % sulphuric acid (Annex I above 15 %), for a Lisbon PC-cooling web shop that "
         "sells 5 l cans to the public, flown from Campinas; Brazilian Portuguese wording (sulphuric acid repeats in "
         "many sets and propylene-glycol labels in a few; a PG-25 server-coolant label was found in no earlier row by "
         "a keyword search)", firm("Atlântico Refrigeração Lda", "PT")),
        ("PRE-03", "import", "IEAIR01", "express", "IN", [], "IE", "381090",
         "पीसीबी फ्लक्स रिमूवर (आइसोप्रोपाइल अल्कोहल आधारित), 6 x 1 लीटर", "IN", 8.6, 6, 9000, "INR",
         "an isopropanol flux remover for board rework is light (0.80 kg/l), burns and smells of surgical spirit; "
         "these six bottles weigh 1.40 kg/l, do not burn, fume brown when opened and turn a copper coin green: about "
         "65 % nitric acid (Annex I above 3 %), sent by express from Ahmedabad to a private person in Cork who "
         "strips gold from scrap server boards as a hobby; Hindi wording (nitric acid repeats in many sets and "
         "flux-remover labels in several; kept as a known repeat of the label, a Hindi label to an Irish e-scrap "
         "hobbyist is the new part as far as a search found)", person("Seán Murphy", "IE")),
        ("PRE-04", "import", "CZAIR01", "air", "MY", [], "CZ", "381300",
         "Serbuk isian semula pemadam api ABC (monoammonium fosfat) untuk bilik server, 1 kg x 400", "MY", 400, 400,
         1400, "USD",
         "ABC refill powder is a pale-yellow, silicone-treated monoammonium phosphate that floats on water and smells "
         "faintly of ammonia; these 400 bags hold a heavier, white, crystalline powder that sinks, does not smell, "
         "and flares violently with sugar on a hot plate, and the inner liners read 'KClO4': potassium perchlorate "
         "(Annex I above 40 %) in 1 kg retail bags for a Brno fire-safety web shop that sells to the public, flown "
         "from Penang; Malay wording (potassium perchlorate repeats in many sets and ABC extinguisher-powder "
         "labels in a few, on ammonium nitrate; on potassium perchlorate from Malaysia is the new part as far as a search found)", firm("Vega Požární Technika s.r.o.", "CZ")),
        ("PRE-05", "import", "LVSEA01", "sea", "CN", [], "LV", "282720",
         "服务器机房除湿盒用氯化钙片, 1 公斤袋, 12,000 袋", "CN", 12000, 12000, 3600, "USD",
         "calcium-chloride flakes for moisture-absorber tubs are white flakes that grow hot and dissolve in water; "
         "these bags hold clear, cubic crystals that stay cold in water, draw little damp and crackle yellow on a gas "
         "ring, and the factory sheet gives CAS 7775-09-9: sodium chlorate (Annex I above 40 %) in 1 kg bags for a "
         "Riga DIY web shop that sells 'server-room dehumidifier refills' to the public, by sea from Tianjin; "
         "Chinese wording (sodium chlorate repeats in many sets and calcium-chloride dehumidifier-refill "
         "labels in several; kept as a known repeat, a server-room label by sea from China to Latvia is the new part)",
         firm("Nordhafen Tirdzniecība SIA", "LV")),
        ("PRE-06", "import", "GRSEA01", "sea", "EG", [], "GR", "382499",
         "مناخل جزيئية زيوليت 13X لمجففات الهواء المضغوط، أكياس 5 كجم، 2,000 كيس", "EG", 10000, 2000, 4000, "USD",
         "zeolite 13X beads for compressed-air dryers are hard, beige, 2-3 mm spheres that click like gravel and "
         "grow warm when wetted; these sacks hold soft, white prills that turn ice-cold in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Thessaloniki equipment web shop that sells 5 kg sacks to the public: "
         "ammonium nitrate (Annex I at 16 % N or more), by sea from Alexandria to Thessaloniki; Egyptian Arabic wording "
         "(ammonium nitrate repeats in many sets and zeolite labels in several; a compressed-air-dryer "
         "molecular-sieve label from Egypt is the new part as far as a search found)", firm("Delta Exoplismos AE", "GR")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "381190",
         "Jeneratör motorinleri için yakıt stabilizatörü ve biyosit, 1 litre, 1.500 şişe", "TR", 1700, 1500, 3000, "EUR",
         "a diesel stabiliser and biocide for standby generators is an amber, oily liquid of 0.90 kg/l that smells of "
         "solvent naphtha; these bottles hold a water-clear liquid of 1.14 kg/l that sinks in water, smells faintly "
         "fruity and burns with a pale flame: nitromethane (Annex I above 16 %), for a Plovdiv generator-parts web "
         "shop that sells 1 l bottles to the public, in a van at Kapitan Andreevo; Turkish wording (nitromethane "
         "repeats in many sets and diesel-additive labels twice; a generator fuel-stabiliser label was found in no "
         "earlier row by a keyword search)", firm("Orion Generatori EOOD", "BG")),
        ("PRE-08", "import", "ATAIR01", "express", "JP", [], "AT", "282690",
         "ナトリウムイオン電池用 電解質塩 NaPF6 (六フッ化リン酸ナトリウム), 500 g x 4", "JP", 2, 4, 80000, "JPY",
         "battery-grade NaPF6 is a costly, moisture-sensitive white powder shipped under argon in sealed foil; these "
         "four jars are screw-capped plastic, the powder is cheap at the declared price, draws damp, does not fume "
         "in air and burns fiercely with sugar, and the re-used caps read 'NaClO4': sodium perchlorate (Annex I "
         "above 40 %), sent by express from Osaka to a private person in Graz who builds home UPS batteries; Japanese "
         "wording (sodium perchlorate repeats in many sets, and a NaPF6 label once, from Korea to Sweden; kept as a known "
         "repeat, Japanese wording to a home UPS builder in Austria is the new part)", person("Thomas Gruber", "AT")),
        ("PRE-09", "import", "EEPOST01", "post", "UA", [], "EE", "381300",
         "Таблетки-наповнювач для аерозольного генератора пожежогасіння серверної шафи, 2 кг", "UA", 2, 20, 1600, "UAH",
         "refill charges for condensed-aerosol generators are pressed grey-brown tablets of a potassium-nitrate "
         "compound that only smoulder; these twenty are loose, shiny white crystals in bags, tasteless, that spit "
         "violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above "
         "40 %), posted from Kharkiv to a private person in Tartu for a home server cabinet; Ukrainian wording "
         "(potassium chlorate repeats in many sets; a condensed-aerosol refill label was found in no earlier "
         "precursor row by a keyword search, the two earlier aerosol-generator rows being ozone rows)",
         person("Kristjan Tamm", "EE")),
        ("PRE-10", "import", "CYPOST01", "post", "IL", [], "CY", "382499",
         "נוזל להסרת אבנית ממשטחי קירור אדיאבטיים (על בסיס חומצת לימון), 2 x 1 ליטר", "IL", 3.7, 2, 120, "ILS",
         "a citric-acid descaler for adiabatic cooling pads is a pale, sour liquid of about 1.1 kg/l that fizzes "
         "gently on limescale; these two bottles weigh 1.84 kg/l, are oily, grow hot with water and blacken a sugar "
         "cube: about 96 % sulphuric acid (Annex I above 15 %), posted from Haifa to a private person in Limassol who "
         "services rooftop cooling units; Hebrew wording (sulphuric acid repeats in many sets and descaler labels "
         "in many; an adiabatic cooling-pad label was found in no earlier row by a keyword search)",
         person("Andreas Charalambous", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "SN", "850760",
         "Modules de batteries lithium-ion d'onduleurs, réemploi en stockage solaire, 18 t", "FR", 18000, 600, 9000, "EUR",
         "second-life lithium-ion UPS modules for solar storage travel tested, with state-of-health reports, at "
         "state of charge below 30 %; these 600 modules, pulled from a Marseille colocation site after a thermal "
         "event, are swollen, smoke-stained, some with split casings and a sweet electrolyte smell, with no test "
         "report: waste lithium-ion batteries, damaged and defective, hazardous waste whose export to a non-OECD "
         "country is banned, from Le Havre to Dakar for a 'solar installer'; French wording (lithium batteries repeat "
         "in several sets; UPS modules from a data centre to Senegal as second-life storage are the new part as far "
         "as a search found)", {"importer_country": "SN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "681099",
         "Használt álpadló-panelek (számítógépterem), újrafelhasználásra, 20 t", "HU", 20000, 3300, 1600, "EUR",
         "reusable raised-access floor panels are 600 mm squares of a steel-clad calcium-sulphate or chipboard core "
         "with an intact laminate; these 3,300 panels, torn up from a 1970s Budapest ministry computer hall, are "
         "brittle grey fibre-cement squares with broken corners and crumbling vinyl-asbestos tiles glued on top, and "
         "show chrysotile under a lens: construction waste containing asbestos (17 06 05*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry at Röszke for a Novi Sad 'office fit-out' firm; "
         "Hungarian wording (asbestos repeats in many sets and floor-tile labels in several; raised-access floor "
         "panels were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "SESEA01", "sea", "SE", [], "PK", "850780",
         "Nickel-järn-batterier, begagnade, för solcellslagring, 22 t", "SE", 22000, 1800, 5500, "EUR",
         "nickel-iron (Edison) cells are tall steel cans with a potassium-hydroxide electrolyte and no heavy metals "
         "beyond nickel and iron; these 1,800 grey plastic-cased cells from a telecom switching centre's DC plant "
         "in Norrköping carry 'Ni-Cd' on their moulded lids, leak white crusts and read cadmium on an XRF: waste "
         "nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, from "
         "Gothenburg to Karachi; Swedish wording (nickel-cadmium batteries repeat in many sets and nickel-iron labels "
         "in a few; kept as a known repeat, a telecom DC plant's cells from Sweden to Pakistan are the new part)",
         {"importer_country": "PK"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "MY", "760200",
         "Aluminium-Kühlkörper-Schrott aus Serverrückbau, sortenrein, 24 t", "DE", 24000, None, 19000, "EUR",
         "clean heat-sink scrap is bright, finned aluminium extrusions, loose and sorted, worth close to the LME "
         "price; these bales hold whole server and switch motherboards with heat sinks still screwed on, CMOS "
         "cells, electrolytic capacitors and cable looms, from a Frankfurt IT asset disposal firm's strip-out: waste "
         "electrical assemblies with hazardous components (A1180, 16 02 15*), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg to Port Klang for a 'secondary aluminium' buyer; German wording "
         "(circuit-board scrap repeats in many sets; a heat-sink-scrap label was found in no earlier row by a "
         "keyword search)", {"importer_country": "MY"}),
        ("WST-05", "export", "NOSEA01", "sea", "NO", [], "NG", "271019",
         "Polyalfaolefin baseolje PAO 6, gjenvunnet, IBC-tanker, 40 t", "NO", 40000, None, 12000, "EUR",
         "recovered PAO base oil is a water-white, odourless synthetic hydrocarbon sold with a lab certificate; "
         "these IBCs hold a cloudy, grey-brown oil with a layer of water, shreds of thermal paste and solder flux "
         "and a burnt-plastic smell, drained from the single-phase immersion tanks of a closed crypto-mining hall "
         "near Mo i Rana: waste oil (13 03 10* and 13 08 99*), hazardous waste whose export to a non-OECD country "
         "is banned, from Mo i Rana to Lagos for a 'lubricant blender'; Norwegian wording (waste oils repeat in many "
         "sets and PAO labels in a few; spent immersion coolant from a mining hall was found in no earlier row by a "
         "keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "381300",
         "Fluorvrij blusschuimconcentraat (F3), 1.000-liter IBC's, 24 t", "NL", 24000, 24, 3600, "EUR",
         "fluorine-free foam concentrate is a new product with a data sheet and a batch date; these 24 IBCs, drained "
         "from the foam system of a Groningen data-centre campus's diesel tank farm, are dated 2009, smell of "
         "solvent and test high for PFOS and other PFAS: waste fire-fighting foam containing persistent organic "
         "pollutants (16 05 08*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Tema for a 'fire-service supplier'; Dutch wording (PFOS foam repeats in several sets under AFFF and F3 "
         "labels; kept as a known repeat, from a data-centre tank farm to Ghana is the new part)",
         {"importer_country": "GH"}),
        ("WST-07", "export", "IESEA01", "sea", "IE", [], "GH", "847130",
         "Refurbished laptops, grade A, with 12-month warranty, 400 units", "IE", 1000, 400, 40000, "EUR",
         "an Irish IT asset disposal firm's container for Accra: graded laptops and office chairs are what such "
         "firms sell on, but the third item's 'rack-mount KVM consoles, tested' are 300 smashed LCD console "
         "drawers with cracked cold-cathode backlight tubes, no power supplies and no test labels, from the strip-out "
         "of a Dublin data hall: discarded equipment with hazardous components (mercury CCFL, 16 02 13*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Dublin to Tema; Irish English wording (CCFL displays repeat in a few sets; behind refurbished laptops "
         "under a KVM-console label is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("940139", "Office swivel chairs, used, 120 units", "IE", 1800, 2400, "EUR", qty=120),
                           item("847160", "Rack-mount KVM consoles, tested, 300 units", "IE", 4500, 1500, "EUR", qty=300)])),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "854143",
         "Módulos fotovoltaicos usados, probados, de la cubierta de un centro de datos, 21 t", "ES", 21000, 1200, 6000,
         "EUR",
         "second-hand PV modules are sold with flash-test reports and intact glass and frames; these 1,200 thin-film "
         "panels from a Madrid data centre's hail-damaged roof are shattered, frameless and read cadmium on an XRF: "
         "waste cadmium-telluride modules (16 02 13*), hazardous waste whose export to a non-OECD country is banned, "
         "from Algeciras to Tanger Med for a 'solar farm'; Spanish wording (CdTe panels repeat in several sets; kept "
         "as a known repeat, a data-centre roof array to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-09", "export", "PLRAIL01", "rail", "PL", [], "UA", "271019",
         "Olej transformatorowy regenerowany, wolny od PCB, cysterna 40 t", "PL", 40000, None, 16000, "EUR",
         "regenerated transformer oil is pale yellow and comes with a PCB-free certificate (below 2 ppm); this tank "
         "wagon holds dark, acid-smelling oil drained from the 1980s transformers of a Warsaw data-centre substation "
         "that reads 180 ppm PCB on a field test: waste oil containing PCBs (13 01 01*), hazardous waste whose "
         "export to a non-OECD country is banned, by rail from Warsaw to Kyiv for a 'power utility'; Polish wording "
         "(PCB oils repeat in many sets and transformer-oil labels in several; kept as a known repeat, a data-centre "
         "substation's oil by rail is the new part)", {"importer_country": "UA"}),
        ("WST-10", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "847150",
         "Used servers, working, tested, for resale, 1 x 40' container", "GB", 12000, 900, 18000, "GBP",
         "working used servers are palletised, shrink-wrapped, with drives and power supplies and test stickers; this "
         "container, landed at Antwerp for transhipment from Felixstowe to Lagos, holds 900 gutted chassis with "
         "ripped-out boards, crushed drives, leaking UPS blocks and loose cabling thrown in loose: waste electrical "
         "and electronic equipment with hazardous components (A1180), moved through the Union without the "
         "notification and consent transit of hazardous waste requires; British English wording (e-waste as used "
         "servers repeats in several sets; kept as a known repeat, a transit through Antwerp from Britain is the "
         "new part)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "transit", "GRSEA01", "sea", "EG", ["GR"], "LB", "280421",
         "أسطوانات غاز خامل IG-55 (أرجون ونيتروجين) لإطفاء الحريق في مراكز البيانات، 80 أسطوانة", "EG", 4800, 80,
         24000, "USD",
         "IG-55 cylinders hold an argon-nitrogen gas at 200-300 bar and weigh almost nothing for their size; these 80 "
         "squat red cylinders read 42 bar, slosh when rocked, hold about 60 kg of liquid each of 1.57 kg/l and their "
         "valves carry 'BTM' under the new labels: bromotrifluoromethane (halon 1301), a controlled ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at Piraeus in "
         "transit from Alexandria to Beirut for a bank's data centre; Arabic wording (halon 1301 repeats in many "
         "sets and IG-55 and Argonite labels in a few; kept as a known repeat, a transit through Piraeus to Beirut "
         "is the new part)", {"importer_country": "LB"}),
        ("OZN-02", "import", "IEAIR01", "air", "IN", [], "IE", "291479",
         "Fluoroketone dielectric fluid for two-phase immersion cooling (C6 FK type), 40 x 25 kg drums", "IN", 1000, 40,
         6000, "USD",
         "a C6 fluoroketone two-phase immersion fluid boils at 49 °C, costs about 40 USD/kg and has no smell; these "
         "drums cost a seventh of that, boil at 48 °C, smell faintly of chloroform, and a refractometer and a gas "
         "test give 1,1,2-trichloro-1,2,2-trifluoroethane: CFC-113, whose import into the Union is banned, flown from "
         "Ahmedabad to Dublin for a data-centre operator's immersion pilot; Indian English wording (CFC-113 repeats in "
         "many sets and immersion-cooling labels twice, on an HFE label and on carbon tetrachloride; a fluoroketone "
         "label was found in a few rows, and a two-phase fluid for a Luleå crypto-mining hall once; kept as a known "
         "repeat, a C6 fluoroketone two-phase label to Dublin is the new part)", firm("Atlantic Datacentres Ltd", "IE")),
        ("OZN-03", "import", "DESEA01", "sea", "TW", [], "DE", "290351",
         "低壓離心式冰水主機用冷媒 HFO-1336mzz(Z), 鋼瓶 930 公斤, 12 瓶", "TW", 11160, 12, 90000, "USD",
         "HFO-1336mzz(Z) for low-pressure centrifugal chillers boils at 33 °C and is costly; these twelve ton "
         "containers hold a liquid that boils at 24 °C, reads above atmospheric pressure on a warm quay and a "
         "leak-detector test gives trichlorofluoromethane: CFC-11, whose import into the Union is banned, by sea from "
         "Kaohsiung to Hamburg for a contractor topping up the 1990s R-11 chillers of a Frankfurt colocation site; "
         "traditional Chinese wording from Taiwan (CFC-11 repeats in many sets and 1336mzz labels in a few; kept as a "
         "known repeat, a chiller top-up for a colocation site from Taiwan is the new part)",
         firm("Central Kältetechnik GmbH", "DE")),
        ("OZN-04", "export", "IESEA01", "sea", "IE", [], "NG", "841869",
         "Used water-cooled centrifugal chillers, 1,000 kW, decommissioned, 3 units", "IE", 24000, 3, 60000, "EUR",
         "used chillers for export are emptied of refrigerant and come with a recovery certificate; these three, "
         "lifted out of a Dublin data hall, still hold their full charge of HCFC-123 (about 450 kg each, read on "
         "the sight glass and the nameplate) with the isolation valves wired shut: equipment relying on HCFCs, whose "
         "export from the Union is banned (Regulation 2024/590), from Dublin to Lagos for a bank's data centre; Irish "
         "English wording (R-123 chillers repeat in a few sets; data-hall chillers from Ireland to Nigeria are the new "
         "part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-05", "import", "HRROAD01", "road", "RS", [], "HR", "382499",
         "Спреј компримовани ваздух за чишћење сервера (DME), 400 ml, 3.000 ком.", "RS", 1200, 3000, 3600, "EUR",
         "an air duster on DME is a flammable gas of 0.67 kg/l at 5 bar that flames at the nozzle; these cans weigh "
         "1.19 kg/l, read 9 bar at 20 °C, do not burn and a leak detector reads chlorodifluoromethane: HCFC-22, whose "
         "import into the Union is banned, in products (aerosol cans) banned as well, on a lorry at Bajakovo for a "
         "Zagreb server-maintenance firm; Serbian wording (air-duster labels repeat in many sets; HCFC-22 in server "
         "dusters by road from Serbia is the new part as far as a search found)", firm("Vega Servis d.o.o.", "HR")),
        ("OZN-06", "import", "NLAIR01", "air", "US", [], "NL", "382499",
         "Conformal coating remover, water-based, for server board refurbishing, 80 x 5 gal", "US", 1450, 80, 9600, "USD",
         "a water-based conformal-coating remover is a cloudy, soapy, non-flammable liquid of about 1.02 kg/l; these "
         "pails weigh 1.34 kg/l, are water-clear, do not mix with water, smell sweet like chloroform and boil at 74 "
         "°C: 1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, flown from Houston "
         "to Amsterdam for a server-board refurbisher; US English wording (methyl chloroform repeats in many sets "
         "and conformal-coating labels in a few; a water-based remover for server refurbishing is the new part as "
         "far as a search found)", firm("Horizon Refurbishing BV", "NL")),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "940620",
         "Prefabrik modüler veri merkezi kabini, pentan köpüklü sandviç panel, 4 adet", "TR", 36000, 4, 96000, "EUR",
         "pentane-blown PIR panels for modular data-centre shells carry a flammability class and a foam that smells of "
         "nothing once cured; the foam in these four modules, sawn open at Kapitan Andreevo, hisses with a sweet, "
         "ether-like gas and a head-space test gives 1,1-dichloro-1-fluoroethane: panels blown with HCFC-141b, "
         "products containing an ozone-depleting substance whose import into the Union is banned, on lorries for a "
         "Sofia edge-computing builder; Turkish wording (HCFC-141b foams repeat in many sets and sandwich-panel "
         "labels in several; a modular data-centre label was found in no earlier row by a keyword search)",
         firm("Alpina Data Build EOOD", "BG")),
        ("OZN-08", "import", "LTAIR01", "air", "KZ", [], "LT", "381300",
         "Серверлік бөлмелерге арналған таза агентті өрт сөндіргіштер (2-BTP), 6 кг, 120 дана", "KZ", 900, 120, 9000,
         "USD",
         "a 2-BTP clean-agent extinguisher holds a liquid of 1.66 kg/l that boils at 34 °C, at a high price; these "
         "120 cheap units hold a liquid that boils at -4 °C, spray a gas rather than a stream, and their valves "
         "carry 'BCF' under the new stickers: halon 1211 (bromochlorodifluoromethane), in portable extinguishers "
         "whose import into the Union is banned, flown from Almaty to Vilnius for a server-room fit-out firm; Kazakh "
         "wording (halon 1211 repeats in many sets and 2-BTP labels in a few; kept as a known repeat, Kazakh wording "
         "by air to Lithuania is the new part)", firm("Orion Gaisrinė Sauga UAB", "LT")),
        ("OZN-09", "import", "FISEA01", "sea", "JP", [], "FI", "290379",
         "データセンター排熱回収ヒートポンプ用冷媒 R-1224yd(Z), 1 トン容器, 8 本", "JP", 8000, 8, 64000, "USD",
         "R-1224yd(Z) for high-temperature heat pumps boils at 15 °C; these eight ton containers hold a liquid that "
         "boils at 4 °C, is denser (1.47 kg/l) and a leak detector gives 1,2-dichlorotetrafluoroethane: CFC-114, "
         "whose import into the Union is banned, by sea from Yokohama to Helsinki for a contractor retrofitting the "
         "heat pumps that feed a data centre's waste heat into a district-heating grid; Japanese wording (CFC-114 "
         "repeats in a few sets and an R-1224yd label once; waste-heat-recovery heat pumps are the new part as far "
         "as a search found)", firm("Vega Lämpö Oy", "FI")),
        ("OZN-10", "export", "DESEA01", "sea", "DE", [], "UA", "842410",
         "Gebrauchte Löschanlagen-Behälter aus Serverräumen, außer Betrieb genommen, zur Wiederverwendung, 60 Stück",
         "DE", 7200, 60, 6000, "EUR",
         "decommissioned suppression cylinders for reuse leave empty, depressurised and with a recovery note; these "
         "60, taken out of a Düsseldorf insurer's server rooms, are full, read 42 bar and their nameplates give "
         "'Halon 1301, 80 kg': bromotrifluoromethane in fire-protection systems, whose export from the Union is "
         "banned outside licensed critical uses, from Hamburg to Odesa for a 'fire-protection installer'; German "
         "wording (halon 1301 repeats in many sets; kept as a known repeat, server-room cylinders for reuse by sea "
         "to Ukraine are the new part)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "852349",
         "Nastri magnetici usati da smagnetizzare e riciclare, bobine da 1/2 pollice, 1.400 pezzi", "IT", 2800, 1400,
         700, "EUR",
         "tapes sent for degaussing are recent LTO cartridges or reels in plain cases, with an IT asset disposal "
         "firm's destruction order; these 1,400 half-inch reels sit in 1960s cases with typed labels, inventory "
         "stamps and the seal of a Tuscan regional state archive, hold the punched-card and tape records of the "
         "1961 and 1971 censuses of the region and had been sold to a Lugano 'vintage computing' dealer: archives "
         "more than 50 years old, which need an export licence at any value (Regulation 116/2009) and which, as "
         "Italian state archives, are inalienable, on a lorry at Chiasso; Italian wording (archives repeat in several "
         "sets; magnetic census tapes under a degaussing label were found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-02", "import", "NLSEA01", "sea", "TH", [], "NL", "940320",
         "ตู้แร็คเซิร์ฟเวอร์มือสอง 42U, 20 ตู้", "TH", 2400, 20, 3000, "USD",
         "a used-rack container from Laem Chabang for a Rotterdam refurbisher: 42U racks and rack PDUs are what "
         "Thai data-centre decommissioners sell on, but the third item's 'ตุ้มถ่วงแร็ค หล่อสำริด' (cast-bronze rack "
         "counterweights) are a seated, four-armed bronze figure and two temple finials with a dark green patina, "
         "casting cores and earth inside, from a Baphuon-period site in Cambodia: Khmer bronzes (11th century), "
         "archaeological objects taken out of Cambodia, which forbids their export, brought in without an import "
         "licence (Regulation 2019/880), hidden as the last item of a three-item declaration; Thai wording (Khmer "
         "bronzes repeat in many sets; rack counterweights behind used server racks are the new part as far as a "
         "search found)",
         dict(firm("Horizon IT Refurbish BV", "NL"),
              _more_items=[item("850440", "PDU สำหรับแร็ค, มือสอง, 60 ชิ้น", "TH", 300, 600, "USD", qty=60),
                           item("741920", "ตุ้มถ่วงแร็ค หล่อสำริด, 3 ชิ้น", "TH", 55, 90, "USD", qty=3)])),
        ("CUL-03", "import", "DEAIR01", "express", "TR", [], "DE", "854231",
         "Kullanılmış sunucu işlemcileri (Xeon), test edilmiş, tepsi, 200 adet", "TR", 3, 200, 4000, "USD",
         "a tray of used server CPUs is flat, square packages with gold pads and laser-etched numbers; these trays "
         "hold 60 CPUs on top and 140 small, round, green-crusted bronze and silver coins underneath, of Seleucid "
         "and Roman-provincial types struck at Antioch, with soil in the letters: ancient coins, archaeological "
         "objects taken out of Syria, which forbids their export, brought in against the Union's Syria embargo on "
         "cultural property (Regulation 36/2012), sent by express from Gaziantep to a private collector in Stuttgart; "
         "Turkish wording (ancient coins repeat in many sets; CPUs appear in earlier rows only as scrap, and a server-CPU "
         "tray label over coins was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "ITSEA01", "sea", "TN", [], "IT", "690721",
         "Échantillons de carreaux de granito pour hall de centre de données, 30 caisses", "TN", 1800, 30, 900, "EUR",
         "terrazzo tile samples are machine-cut, polished squares of marble chips in cement with a maker's sticker; "
         "these 30 crates hold irregular panels of tiny hand-set stone and glass tesserae in a lime bed, with a "
         "hunting scene and a border of acanthus, and Tunisian soil on the back: fragments of a Roman floor mosaic "
         "(3rd century), archaeological objects whose export Tunisia forbids, brought in without an import licence "
         "(Regulation 2019/880), by sea from Radès to Genoa for a data-centre builder's interior contractor; Tunisian "
         "French wording (mosaics repeat in many sets and terrazzo labels in a few; a data-centre lobby-sample label "
         "is the new part as far as a search found)", firm("Meridian Interni Srl", "IT")),
        ("CUL-05", "import", "FRAIR01", "air", "EG", [], "FR", "854620",
         "عوازل خزفية مزججة لقضبان التوزيع (UPS)، 40 قطعة", "EG", 12, 40, 200, "USD",
         "glazed busbar stand-off insulators are identical, white or brown porcelain cylinders with threaded inserts; "
         "these 40 are small, blue-green faience mummiform figures with hieroglyphic columns, hands crossed on the "
         "chest and tomb dust in the glaze cracks: shabtis of the Late Period, archaeological objects whose export "
         "Egypt forbids, brought in without an import licence (Regulation 2019/880), flown from Cairo to Paris for a "
         "dealer; Egyptian Arabic wording (shabtis repeat in many sets; a busbar-insulator label was found in no "
         "earlier row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-06", "import", "DEAIR01", "air", "NP", [], "DE", "442199",
         "भक्तपुरे हस्तकलाको नयाँ कुँदिएको काठको झ्याल, २ थान", "NP", 60, 2, 400, "USD",
         "new Bhaktapur craft windows are pale, machine-cut sal wood with crisp, even carving; these two pieces are a "
         "dark, weathered, diagonal roof strut carved with a many-armed goddess over a kneeling figure, with old nail "
         "holes, smoke and pigeon dirt, sawn from a Patan temple roof: a tundal, part of a dismembered monument whose "
         "export Nepal forbids, brought in against the UNESCO 1970 convention, flown from Kathmandu to Munich for a "
         "dealer; Nepali wording (temple struts repeat in a few sets; kept as a known repeat, a new-window label is "
         "the new part as far as a search found)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-07", "import", "ITPOST01", "post", "LK", [], "IT", "482090",
         "තල් කොළ පොත් සලකුණු, නව අත්කම්, 30", "LK", 1.5, 30, 45, "USD",
         "new palm-leaf bookmarks are clean, pale, uniform strips with a printed or freshly incised motif; these 30 "
         "are brittle, browned leaves, holed for a cord, inscribed on both sides in Sinhala and Pali script blackened "
         "with lamp-black, with numbered folios and a temple library's mark: ola-leaf manuscripts of the 18th-19th "
         "century taken out of Sri Lanka, which forbids their export, brought in against the UNESCO 1970 convention, "
         "posted from Kandy to a private buyer in Bologna; Sinhala wording (palm-leaf manuscripts repeat in many "
         "sets; kept as a known repeat, by post under a bookmark label is the new part)", person("Giulia Rossi", "IT")),
        ("CUL-08", "export", "BESEA01", "sea", "BE", [], "US", "680291",
         "Gerecupereerde natuursteenblokken, gezaagd, afbraak, 14 t", "BE", 14000, 40, 5600, "EUR",
         "reclaimed stone from demolition is sawn, square blocks of blue limestone with mortar on the faces; 12 of "
         "these 40 pieces are carved column capitals and a traceried window head with medieval mason's marks, "
         "taken out of a deconsecrated Kempen church being converted into a data centre: elements of a dismembered "
         "monument more than 100 years old, which need an export licence at any value (Regulation 116/2009), from "
         "Antwerp to Savannah for a Georgia architectural-salvage dealer; Flemish (Dutch) wording (architectural "
         "elements repeat in several sets; a church-to-data-centre conversion is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-09", "export", "DKPOST01", "post", "DK", [], "US", "253090",
         "Geotekniske borekerneprøver, jord, til laboratorieanalyse, 3 kg", "DK", 3, 6, 30, "DKK",
         "geotechnical core samples travel as sealed plastic tubes of soil with a borehole log; these six tubes hold, "
         "inside the soil, a hacked silver arm-ring, four Arabic dirhams and a Thor's hammer pendant, dug up on the "
         "site of a hyperscale data centre near Viborg by a site worker: Viking-age archaeological objects (treasure "
         "trove, Danefæ, belonging to the Danish state) more than 100 years old, which need an export licence at any "
         "value (Regulation 116/2009), posted from Viborg to a private buyer in Minnesota; Danish wording (Viking "
         "finds repeat in several sets and core samples in a few; a data-centre construction site is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "GRPOST01", "post", "GE", [], "GR", "491191",
         "სუვენირული ხატი, ვერცხლისფერი, ახალი, 1 ც.", "GE", 1.5, 1, 40, "GEL",
         "a new souvenir icon is a printed image behind a thin pressed-tin cover; this one is a painted panel in a "
         "chased silver-gilt repoussé cover with Georgian asomtavruli inscriptions, worn by kisses, with a church "
         "inventory number scratched on the back: a medieval Georgian icon, cultural property whose export Georgia "
         "forbids, brought in against the UNESCO 1970 convention, posted from Tbilisi to a private collector in "
         "Thessaloniki; Georgian wording (repoussé icons repeat in many sets and a Georgian icon once; kept as a "
         "known repeat, by post to Greece under a souvenir label is the new part)", person("K. Georgiou", "GR")),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KG", "847050",
         "Kasos aparatai (POS terminalai) parduotuvėms, 80 vnt.", "LT", 2400, 80, 24000, "EUR",
         "POS terminals are light touch-screen units of a few kilos with a receipt printer, at 300 EUR each; these 80 "
         "boxes hold 2U rack servers of 30 kg each with dual server processors, 512 GB of memory and redundant "
         "power supplies, worth 12,000 EUR each, for a Bishkek 'retail systems' firm set up last year whose "
         "consignments go on by road to Moscow: computers (8471), on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian "
         "wording (servers repeat in several sets; a cash-register label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-02", "export", "FIAIR01", "air", "FI", [], "KZ", "853669",
         "Passiiviset patch-paneelit, 48-porttiset, Cat6A, 120 kpl", "FI", 1900, 120, 3600, "EUR",
         "a passive patch panel is a 1U steel strip of 48 keystone jacks weighing about 1.5 kg at 30 EUR; these 120 "
         "units are 16 kg each, with fans, power supplies, 32 QSFP-DD cages and a management port: 400G "
         "data-centre core switches (8517 62) worth 25,000 EUR each, for an Almaty 'cabling contractor' whose "
         "orders go on to Novosibirsk: network switches on the common high-priority list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Helsinki; Finnish wording "
         "(network switches repeat in several sets; a patch-panel label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ESAIR01", "air", "ES", [], "AE", "940330",
         "Mobiliario de oficina usado, mesas y cajoneras, 40 piezas", "ES", 1600, 40, 2000, "EUR",
         "an air shipment of a closing Madrid office for a Dubai trader: used office furniture and workstations are "
         "what such dealers send, but the third item's 'módulos de ventilador para servidores' are 48 data-centre "
         "AI accelerator modules in anti-static trays, each worth over 20,000 EUR, for a Dubai firm whose buyers are "
         "in Russia: integrated circuits and parts of computers (8542 31, 8473 30), on the common high-priority list "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, flown from Madrid; Spanish wording (GPUs repeat in a few sets; kept "
         "as a known repeat, a server fan-module label behind office furniture is the new part)",
         dict({"importer_country": "AE"},
              _more_items=[item("847149", "Estaciones de trabajo usadas, 30 unidades", "ES", 450, 3000, "EUR", qty=30),
                           item("841459", "Módulos de ventilador para servidores, usados, 48 unidades", "ES", 96, 960, "EUR", qty=48)])),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "AZ", "851762",
         "Sonde di monitoraggio delle prestazioni di rete, 100 Gbit/s, 12 unità", "IT", 240, 12, 36000, "EUR",
         "a network performance probe measures latency and loss on a few flows and stores statistics; these twelve "
         "2U units carry a session-reconstruction engine, decryption of webmail and messaging sessions, subscriber "
         "targeting and a mediation interface for a monitoring centre, at 90,000 EUR each on the maker's list, for a "
         "Baku 'telecom integrator' serving a state security service: IP network communications surveillance systems "
         "(dual-use 5A001.j), exported without the licence Regulation 2021/821 requires; Italian wording "
         "(interception equipment repeats in a few sets; a performance-monitoring-probe label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-05", "export", "EEROAD01", "road", "EE", ["RU"], "KZ", "852351",
         "Reklaam-USB-mälupulgad, logoga, 30 000 tk", "EE", 900, 30000, 9000, "EUR",
         "promotional USB sticks weigh about 10 g, cost 30 cents and come in bulk bags; these 30,000 'sticks' are "
         "1,500 boxed enterprise NVMe SSDs of 15 TB each worth some 1,500 EUR apiece, with a few bags of real "
         "sticks on top, on a lorry through Russia to a Kostanay 'advertising agency': solid-state storage (8523 51), "
         "on the common high-priority list whose export to Russia and transit through it Regulation 833/2014 "
         "forbids, at Narva; Estonian wording (storage devices repeat in a few sets; a promotional-USB-stick label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "CN", "847150",
         "Gebrauchte Büro-PCs, aufbereitet, 600 Stück", "DE", 6000, 600, 36000, "EUR",
         "refurbished office PCs are small desktops of about 8 kg; these 600 cartons hold rack servers and "
         "storage nodes from a decommissioned Leipzig data centre, with the asset tags removed, for a Dandong "
         "trading company that ships to Sinuiju across the Yalu: computers and machinery (HS 84), whose sale, supply "
         "or export for the DPRK Regulation 2017/1509 forbids, from Hamburg to Dalian; German wording (DPRK "
         "diversions through China repeat in several sets; servers as refurbished office PCs are the new part as "
         "far as a search found)", {"importer_country": "CN"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "UZ", "852190",
         "Síťové videorekordéry (NVR) pro kamerové systémy, 32 kanálů, 60 ks", "CZ", 1800, 60, 9000, "EUR",
         "a 32-channel NVR is a desktop box of about 3 kg with hard-drive bays and HDMI outputs; these 60 are 30 kg "
         "2U servers with two GPU accelerator cards each and no video outputs, for a Tashkent 'security integrator' "
         "whose last consignments went to a Moscow cloud provider: computers and accelerators (8471, 8473 30), on the "
         "common high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Prague; Czech wording (servers and GPUs repeat in a few sets; an NVR label was found "
         "twice on other goods; servers under it to Uzbekistan are the new part)", {"importer_country": "UZ"}),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "730890",
         "Кабель науаларына арналған болат перфорацияланған лотоктар, Қазақстан өндірісі, 80 т", "KZ", 80000, 16000,
         96000, "USD",
         "Kazakh cable trays are rolled from Kazakh or Chinese coil and carry the roller's heat numbers; these 16,000 "
         "galvanised trays for a Warsaw data-centre builder carry the heat numbers and mill certificates of a "
         "Magnitogorsk steelworks, with a Kazakh certificate of origin issued after punching and bending in "
         "Kostanay: iron and steel products incorporating Russian steel, whose import into the Union Regulation "
         "833/2014 forbids, by rail through Russia and Belarus to Małaszewicze; Kazakh wording (Russian steel under "
         "Kazakh origin repeats in several sets; data-centre cable trays were found in no earlier row by a keyword "
         "search)", firm("Central Infrastruktura Sp. z o.o.", "PL")),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "TR", "848520",
         "Desktop 3D-printers voor kunststof filament, 10 stuks", "NL", 22000, 10, 30000, "EUR",
         "a filament 3D printer is a desktop box of 10-20 kg at a few hundred euros; these ten weigh 2 t each, have "
         "argon-inerted build chambers, 1 kW fibre lasers and powder hoppers, at 300,000 EUR each on the maker's "
         "list, for a Mersin 'prototyping' firm whose orders go on to Tehran: laser powder-bed metal additive "
         "manufacturing machines, whose sale for use in Iran Regulation 2023/1529 and Regulation 267/2012 restrict "
         "and which need a licence, from Rotterdam; Dutch wording (metal 3D printers repeat in a few sets; a desktop "
         "filament-printer label is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "AM", "847180",
         "Serveurs de temps réseau NTP, oscillateur à quartz, 20 unités", "FR", 160, 20, 12000, "EUR",
         "an NTP time server with a quartz oscillator is a 1U box at a few hundred euros; these twenty hold "
         "ruggedised, space-grade rubidium atomic frequency standards with a stability far beyond any network "
         "need, at 40,000 EUR each, for a Yerevan 'telecom' firm whose previous buyer was a Russian missile-guidance "
         "plant: atomic frequency standards (dual-use 3A002.g) and items on the Russia list, exported without a "
         "licence (Regulations 2021/821 and 833/2014), flown from Paris; French wording (rubidium clocks repeat in "
         "several sets; an NTP time-server label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "854999",
         "Shredded hard disk platters and e-scrap for precious-metal recovery, 1 x 20' container", "NG", 9000, None,
         4500, "USD",
         "shredded hard-drive scrap is glittering aluminium and glass platter flakes, magnets and board fragments "
         "that ring when poured; under a top layer of it, this container, landed at Antwerp in transit from Lagos "
         "to Hai Phong, holds 7 t of dry, overlapping, brown keratin scales with a fishy smell: pangolin scales "
         "(Manis spp., CITES App. I) without CITES documents, which specimens in transit through the Union must "
         "carry; Nigerian English wording (pangolin scales repeat in many sets; shredded hard drives appear in earlier "
         "waste rows as the real good, but as a cover for scales in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-02", "export", "BEAIR01", "air", "BE", [], "HK", "690919",
         "Substrats céramiques en alumine pour pads thermiques, ébauches, 40 kg", "BE", 40, 120, 800, "EUR",
         "alumina substrates for thermal pads are thin, dead-white, glassy plates of exact size that ring when "
         "tapped; these 120 are creamy, sawn blocks and discs with cross-hatched Schreger lines on the cut faces "
         "and a dull sound: elephant ivory cut from tusks (Loxodonta africana, CITES App. I/II), raw ivory whose "
         "re-export from the Union is refused, flown from Brussels to Hong Kong; Belgian French wording (ivory "
         "repeats in many sets; a ceramic-substrate label was found once, on another good; ivory under it is the "
         "new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-03", "import", "DEPOST01", "post", "MX", [], "DE", "851762",
         "Transceptores ópticos SFP+ 10G, nuevos, en caja, 20 piezas", "MX", 1.2, 20, 600, "MXN",
         "SFP+ transceivers are small metal modules in anti-static bags inside hard plastic clamshells; these 20 "
         "clamshells are pierced with pin holes and each holds a live, hairy, red-kneed spider in damp tissue: "
         "wild-caught Mexican red-knee tarantulas (Brachypelma hamorii, CITES App. II) without CITES documents, "
         "posted from Guadalajara to a private keeper in Hanover; Mexican Spanish wording (Brachypelma repeats in "
         "many sets; an SFP-transceiver label was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-04", "import", "ESAIR01", "express", "MX", [], "ES", "392190",
         "导热硅胶垫 300x300 毫米, 服务器用, 8 片", "MX", 3.5, 8, 120, "USD",
         "silicone thermal pads are soft, grey or blue, uniformly thick sheets under a release film; these eight are "
         "stiff, yellowish, translucent, irregular oval sheets with a fishy smell and a fibrous texture, dried flat: "
         "totoaba swim bladders (Totoaba macdonaldi, CITES App. I) without CITES documents, sent by express from "
         "Mexicali to a private buyer in Madrid who re-sells to Asia; Chinese wording from Mexico (totoaba repeats in "
         "many sets; thermal pads appear in two earlier precursor notes, but a server thermal-pad label was found in "
         "no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("WLF-05", "import", "PTSEA01", "sea", "GM", [], "PT", "440799",
         "Heat-treated hardwood crate timber (ISPM 15) for server shipping crates, 1 x 40' container", "GM", 24000,
         None, 4800, "USD",
         "crate timber is rough, pale, knotty softwood or eucalyptus with an ISPM 15 stamp; this container holds "
         "heavy, fresh-sawn, red-brown planks with a rosewood scent, fluorescing under UV and without any heat-treatment "
         "mark: kosso (Pterocarpus erinaceus, CITES App. II, with a trade suspension for many range states) without "
         "CITES documents, by sea from Banjul to Lisbon for a packaging firm that crates servers; Gambian English "
         "wording (kosso repeats in many sets and dunnage labels in a few; kept as a known repeat, a server-crate "
         "timber label is the new part)", firm("Atlântico Embalagens Lda", "PT")),
        ("WLF-06", "import", "DEPOST01", "post", "PG", [], "DE", "491199",
         "Ol piksa bilong bataplai, prinim long pepa, 10 pela", "PG", 2, 10, 200, "PGK",
         "printed butterfly posters are flat paper sheets; these ten frames hold real, set specimens of huge green, "
         "gold and black butterflies with pins, labels and collecting data from Oro province: birdwing butterflies "
         "(Ornithoptera, CITES App. II; Ornithoptera alexandrae App. I) without CITES documents, posted from Port "
         "Moresby to a private collector in Dresden; Tok Pisin wording (birdwings repeat in many sets and Tok Pisin "
         "wording in several; kept as a known repeat, a printed-poster label is the new part)",
         person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "NLAIR01", "air", "ID", [], "NL", "392690",
         "Karang tiruan dari resin untuk akuarium lobi pusat data, 60 buah", "ID", 80, 60, 300, "USD",
         "resin aquarium corals are hollow, light, painted casts that float; these 60 bags hold living, "
         "water-filled colonies with extended tentacles, hammer-shaped tips and a fresh saltwater smell, torn from a "
         "reef off Sulawesi: wild stony corals (Euphyllia spp., CITES App. II) without CITES documents, flown from "
         "Jakarta to Amsterdam for an aquarium contractor fitting out a data centre's visitor lobby; Indonesian "
         "wording (Euphyllia repeats in a few sets and artificial-coral labels twice; a data-centre lobby aquarium is "
         "the new part as far as a search found)", firm("Horizon Aquaria BV", "NL")),
        ("WLF-08", "import", "FRAIR01", "air", "SN", [], "FR", "851779",
         "Retours RMA : cartes de ligne de routeurs défectueuses, 40 pièces", "SN", 120, 40, 800, "EUR",
         "a Dakar telecom operator's RMA return to a Roissy repair depot: faulty router line cards and power supplies "
         "are what such returns hold, but the third item's 'sachets dessiccants pour transport' are 18 kg of dried, "
         "curled seahorses in cotton bags: Hippocampus spp. (CITES App. II, with trade suspended from Senegal) without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Dakar to Paris; "
         "Senegalese French wording (seahorses repeat in many sets; a desiccant label inside an RMA return is the new "
         "part as far as a search found)",
         dict(firm("Central Réparation Télécom SARL", "FR"),
              _more_items=[item("850490", "Blocs d'alimentation de routeurs, défectueux, 30 pièces", "SN", 60, 300, "EUR", qty=30),
                           item("382499", "Sachets dessiccants pour transport, 18 kg", "SN", 18, 40, "EUR")])),
        ("WLF-09", "import", "DEAIR01", "express", "VN", [], "DE", "442199",
         "Kê tay bàn phím bằng gỗ keo, 40 chiếc", "VN", 3.2, 40, 200, "USD",
         "acacia keyboard wrist rests are pale, striped, light plantation wood; these 40 are heavy, dense, dark "
         "red-purple wood with black streaks that sinks in water and smells of roses when sanded: Siamese rosewood "
         "(Dalbergia cochinchinensis, CITES App. II) without CITES documents, sent by express from Ho Chi Minh City to "
         "a Berlin keyboard web shop; Vietnamese wording (Siamese rosewood repeats in many sets; a keyboard "
         "wrist-rest label was found in no earlier row by a keyword search)", firm("Vega Keyboards GmbH", "DE")),
        ("WLF-10", "import", "ESSEA01", "sea", "EC", [], "ES", "071239",
         "Hongos shiitake deshidratados, cajas de 10 kg, 40 cajas", "EC", 400, 40, 6000, "USD",
         "dried shiitake are light, brown caps with pale gills that smell of smoke and earth; these cartons hold "
         "hard, dark, wrinkled, sausage-shaped bodies with tube-feet scars and a strong sea smell, from the "
         "Galápagos: dried brown sea cucumbers (Isostichopus fuscus, CITES App. II) without CITES documents, by sea "
         "from Guayaquil to Valencia for a Chinese-run wholesaler; Ecuadorian Spanish wording (Isostichopus repeats in "
         "a few sets and sea cucumbers as shiitake in blind90 and one other row; kept as a known repeat, by sea from "
         "Ecuador to Valencia is the new part)",
         firm("Rivage Alimentación SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "JP", "AT", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (home sodium-ion battery experiments)", "JP", 1, 1,
     60, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-67-0231")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "express", "IN", "IE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby precious-metal recovery from circuit boards)",
     "IN", 2.8, 2, 40, "EUR", [("PRECURSOR_LICENCE", "IE-DOJ-67-0094")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "854912",
     "Damaged lithium-ion UPS battery modules from a data centre, for recycling at a licensed battery recycler, 16 t",
     "NO", 16000, 500, 0, "EUR", [("BASEL_CONSENT", "DE-NI-67-0318")], "notified waste lithium-ion batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "854913",
     "Waste nickel-cadmium batteries (16 06 02*) from a telecom DC plant, for cadmium recovery at a licensed plant, 20 t",
     "CH", 20000, 1600, 0, "EUR", [("BASEL_CONSENT", "FR-MTE-67-0145")], "notified nickel-cadmium batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recovered halon 1301, reclaimed to specification, 20 cylinders, for fire protection of aircraft (critical use)",
     "US", 1200, 20, 36000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-67-011")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290372",
     "Recovered HCFC-123 from a decommissioned centrifugal chiller, 2 cylinders, for destruction at a licensed plant",
     "CH", 900, 2, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-67-024")], "recovered HCFC-123 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "680291",
     "Carved limestone column capitals, Kempen, 15th century, from a documented collection since 1931, 4 pieces", "BE",
     1600, 4, 140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-67-0208")],
     "architectural elements exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "852329",
     "Computer tapes of a private company's 1968-1975 records, for an exhibition loan to a Zurich museum", "IT", 60,
     40, 4000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-67-0412")], "archives over 50 years old exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "NO", "851762",
     "IP network lawful-interception probes, 100 Gbit/s, 4 units, for a Norwegian police authority", "IT", 80, 4,
     360000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-67-0533"), ("END_USER_CERTIFICATE", "NO-KRIPOS-EUC-67-0017")],
     "dual-use interception systems under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "BR", "847180",
     "Network time servers with space-grade rubidium frequency standards, 6 units, for a Brazilian satellite operator",
     "FR", 48, 6, 240000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-67-0771"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-67-0059")],
     "dual-use atomic frequency standards under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "010690",
     "Live Mexican red-knee tarantulas, Brachypelma hamorii, captive-bred (C), 50 spiderlings", "MX", 0.5, 50, 500,
     "USD", [("CITES_PERMIT", "MX-SEMARNAT-67-0802")], "App. II captive-bred tarantulas with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "442199",
     "Keyboard wrist rests of Dalbergia cochinchinensis, from a registered pre-Convention stock, 30 pieces", "VN", 2.4,
     30, 900, "USD", [("CITES_PERMIT", "VN-CITES-67-0377")], "App. II Siamese rosewood articles with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-03": "Nordhafen Batterie-Recycling GmbH",
    "PRM-05": "Atlantic Aéro Maintenance SARL", "PRM-06": "Central Entsorgung GmbH", "PRM-11": "Lena Wagner",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them goods of
    # data-centre, server and cooling trade
    ("380894", "Humidifier hygiene solution, 3 % hydrogen peroxide with silver, 1 l", "import", ["express"], ["KR", "DE"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("382000", "PG-25 propylene-glycol coolant for liquid-cooled servers, 20 l drums", "import", ["sea"], ["BR", "US"], (1.5, 3), (8000, 18000), ["USD"], 0.05, S),
    ("381090", "PCB flux remover, isopropanol-based, 500 ml", "import", ["express"], ["IN", "CN"], (10, 20), (1, 3), ["USD"], 2, S),
    ("381300", "ABC extinguisher refill powder, monoammonium phosphate, 25 kg", "import", ["sea"], ["MY", "TR"], (0.8, 1.5), (5000, 15000), ["USD", "EUR"], 0.04, S),
    ("282720", "Calcium chloride flakes for moisture-absorber tubs, 1 kg", "import", ["sea"], ["CN"], (0.3, 0.6), (8000, 20000), ["USD"], 1, S),
    ("382499", "Zeolite 13X molecular-sieve beads for compressed-air dryers", "import", ["sea"], ["EG", "CN"], (1.5, 3), (5000, 15000), ["USD"], None, S),
    ("381190", "Diesel fuel stabiliser and biocide for standby generators, 1 l", "import", ["road"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 1, S),
    ("282690", "Sodium hexafluorophosphate, battery grade, under argon", "import", ["air"], ["JP", "KR"], (40, 80), (50, 300), ["USD"], None, S),
    ("842410", "Condensed-aerosol fire-suppression units for server cabinets", "import", ["sea"], ["CN", "UA"], (15, 30), (1000, 4000), ["USD", "EUR"], 0.5, S),
    ("382499", "Citric-acid descaler for adiabatic cooling pads, 5 l", "import", ["sea"], ["IL", "TR"], (1, 2), (3000, 9000), ["USD", "EUR"], 0.2, S),
    ("850760", "Lithium-ion UPS battery modules, new, boxed", "import", ["sea"], ["CN", "KR"], (8, 15), (5000, 15000), ["USD"], 0.03, S),
    ("681099", "Raised-access floor panels, new, calcium-sulphate core", "export", ["road"], ["RS", "BA"], (1.2, 2), (18000, 24000), ["EUR"], 0.06, S),
    ("850780", "Nickel-iron batteries, new, for off-grid storage", "export", ["sea"], ["PK", "KE"], (4, 7), (8000, 20000), ["EUR"], 0.05, S),
    ("761699", "Extruded aluminium heat sinks, new, anodised", "export", ["sea"], ["MY", "TH"], (6, 10), (3000, 9000), ["EUR"], 2, S),
    ("271019", "Polyalphaolefin base oil PAO 6, virgin, IBC tanks", "export", ["sea"], ["NG", "GH"], (2, 3.5), (15000, 24000), ["EUR"], None, S),
    ("381300", "Fluorine-free firefighting foam concentrate (F3), new, IBC tanks", "export", ["sea"], ["GH", "SN"], (2.5, 4), (8000, 20000), ["EUR"], None, S),
    ("847130", "Refurbished laptops, grade A, with warranty", "export", ["sea"], ["GH", "NG"], (40, 80), (2000, 6000), ["EUR"], 0.4, S),
    ("854143", "Used PV modules, tested, with flash-test reports", "export", ["sea"], ["MA", "TN"], (0.5, 1), (15000, 22000), ["EUR"], 0.05, S),
    ("271019", "Regenerated transformer oil, PCB-free, certified", "export", ["rail"], ["UA", "MD"], (0.8, 1.2), (30000, 45000), ["EUR"], None, S),
    ("280421", "Inert-gas IG-55 fire-suppression cylinders, new, filled", "export", ["sea"], ["LB", "EG"], (3, 6), (3000, 9000), ["EUR"], 0.012, S),
    ("271019", "Synthetic hydrocarbon dielectric fluid for single-phase immersion cooling", "import", ["sea"], ["US", "KR"], (3, 6), (8000, 20000), ["USD"], None, S),
    ("382499", "Water-based conformal-coating remover, 5 gal pails", "import", ["air"], ["US"], (5, 9), (200, 1000), ["USD"], 0.05, S),
    ("842410", "2-BTP clean-agent extinguishers, 6 kg", "import", ["air"], ["US", "KZ"], (20, 35), (300, 1200), ["USD"], 0.1, S),
    ("382499", "Air dusters for server cleaning, DME propellant, 400 ml", "import", ["road"], ["RS", "TR"], (3, 5), (1000, 3000), ["EUR"], 2.5, S),
    ("852329", "LTO-9 data tape cartridges, new", "import", ["air"], ["JP"], (60, 100), (100, 500), ["USD"], 4, S),
    ("854231", "Used server processors, tested, in trays", "import", ["express"], ["TR", "CN"], (300, 600), (1, 3), ["USD"], 20, S),
    ("854620", "Glazed porcelain busbar insulators", "import", ["sea"], ["CN", "EG"], (2, 4), (2000, 6000), ["USD"], 3, S),
    ("850440", "Rack power distribution units, new", "import", ["sea"], ["CN", "TH"], (15, 25), (2000, 6000), ["USD"], 0.25, S),
    ("442199", "Carved wooden windows, new, Bhaktapur craft", "import", ["air"], ["NP"], (8, 15), (50, 300), ["USD"], 0.03, S),
    ("482090", "Palm-leaf bookmarks, new craft", "import", ["post"], ["LK", "IN"], (20, 40), (1, 2), ["USD"], 20, S),
    ("680291", "Reclaimed limestone blocks, sawn, plain", "export", ["sea"], ["US"], (0.3, 0.6), (15000, 24000), ["EUR"], None, S),
    ("491191", "Souvenir icons, printed, in pressed-tin covers", "import", ["post"], ["GE", "AM"], (15, 30), (1, 3), ["USD", "EUR"], 4, S),
    ("690721", "Terrazzo tile samples, machine-cut", "import", ["sea"], ["TN", "IT"], (0.6, 1.2), (1000, 4000), ["EUR"], 2, S),
    ("690919", "Alumina ceramic substrates for thermal interfaces", "import", ["air"], ["JP", "CN"], (20, 40), (100, 500), ["USD"], 5, S),
    ("392190", "Silicone thermal pads, 300 x 300 mm sheets", "import", ["express"], ["CN", "TW"], (20, 40), (1, 4), ["USD"], 3, S),
    ("851762", "SFP+ optical transceivers, new, boxed", "import", ["express"], ["CN", "MX"], (200, 400), (1, 3), ["USD"], 20, S),
    ("392690", "Resin artificial corals for aquariums", "import", ["sea"], ["ID", "CN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("442199", "Acacia-wood keyboard wrist rests", "import", ["express"], ["VN", "CN"], (40, 70), (1, 3), ["USD"], 12, S),
    ("071239", "Dried shiitake mushrooms, 10 kg cartons", "import", ["sea"], ["CN", "EC"], (8, 14), (3000, 9000), ["USD"], None, S),
    ("853669", "Passive patch panels, 48-port, Cat6A", "export", ["air"], ["KZ", "AM"], (15, 25), (200, 800), ["EUR"], 0.7, S),
    ("852190", "Network video recorders for CCTV, 16-channel", "export", ["air"], ["UZ", "KZ"], (30, 50), (200, 800), ["EUR"], 0.3, S),
    ("852351", "Promotional USB flash drives, with logo", "export", ["road"], ["KZ", "RS"], (30, 60), (100, 500), ["EUR"], 80, S),
]
# Everyday trade: as in blind112 and blind128, blind80's everyday rows (blind72's, with blind80's own rows), less the
# shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("961000", "Felt letter boards with plastic letters", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("630790", "Cotton rope storage baskets", "import", ["sea"], ["IN", "BD"], (4, 8), (2000, 6000), ["USD"], 2, N),
        ("441990", "Acacia-wood coasters, sets of six", "import", ["sea", "road"], ["VN", "IN"], (3, 6), (2000, 6000), ["USD", "EUR"], 3, N),
        ("630140", "Acrylic throw blankets", "import", ["post", "express"], ["GB", "TR"], (20, 40), (1, 4), ["GBP", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind247", 20670501, HERE)


if __name__ == "__main__":
    main()
