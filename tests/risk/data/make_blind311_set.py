#!/usr/bin/env python3
"""Writes the three-hundred-and-eleventh blind set (tests/risk/data/blind311-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: mobility aids, prosthetics and
care-home supply (mobility-aid dealers and wheelchair, scooter and stairlift firms,
prosthetic and orthotic workshops and their suppliers, care homes and their suppliers).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL311-*:

    python3 tests/risk/data/make_blind311_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CN", [], "AT", "380894",
         "轮椅坐垫及护理床垫除臭消毒液, 500毫升 x 6瓶", "CN", 3.4, 6, 160, "CNY",
         "the deodorising disinfectants sold for wheelchair cushions and care-bed mattress covers are 0.5-3 % "
         "peroxide or quaternary sprays of about 1.0 kg/l in trigger bottles; these six half-litre bottles with "
         "vented caps hold a water-clear liquid of 1.13 kg/l that whitens the skin and fizzes on a cut: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Shenzhen to a private person in Graz who "
         "resells it on a marketplace; Chinese wording (hydrogen peroxide repeats in many sets; a wheelchair-cushion "
         "or care-bed disinfectant label was found in no earlier row by a keyword search)",
         person("Maria Huber", "AT")),
        ("PRE-02", "import", "CZAIR01", "air", "IN", [], "CZ", "340399",
         "செயற்கை கால் சிலிகான் லைனர் அணிவதற்கான லோஷன், 1 லிட்டர், 24 பாட்டில்கள்", "IN", 27.4, 24, 260, "USD",
         "the donning lotions amputees use to slide into silicone prosthetic liners are thin, water-based gels of "
         "about 1.0 kg/l in 100 ml tubes; these 24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l "
         "that does not feel slippery and burns with a yellow flame, for a Brno prosthetics-supply web shop that "
         "sells the litres to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of "
         "the public, flown from Chennai to Prague; Tamil wording (nitromethane repeats in many sets and a donning "
         "label once, blind276, on another good; a prosthetic-liner donning lotion was found in no earlier row)",
         firm("Vega Protetika s.r.o.", "CZ")),
        ("PRE-03", "import", "FISEA01", "sea", "KR", [], "FI", "340290",
         "요양원 변기세척소독기용 스케일 제거제, 20 L, 300통", "KR", 11040, 300, 3300, "USD",
         "the descalers for the bedpan washer-disinfectors of care homes are citric or phosphoric blends of about "
         "1.1 kg/l; these 300 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water "
         "and chars the pallet wood where it leaked, for a Helsinki care-home supplier whose web shop sells the cans "
         "to anyone: about 96 % sulphuric acid (Annex I above 15 %) made available to members of the public, by sea "
         "from Busan to Helsinki; Korean wording (sulphuric acid repeats in many sets; a bedpan-washer descaler label "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Hoivatarvike Oy", "FI")),
        ("PRE-04", "import", "BEAIR01", "air", "VN", [], "BE", "252020",
         "Bột thạch cao bó bột chỉnh hình, dùng đổ khuôn ống chân giả, bao 1 kg, 300 bao", "VN", 300, 300, 450, "USD",
         "the plaster of Paris that prosthetists pour into casts to make positive models of a stump is a soft, "
         "off-white powder that sets warm and hard within minutes of mixing with water; these 300 bags hold a "
         "white, crystalline powder that never sets, dissolves slowly and flares with sugar on a hot plate, for a "
         "Brussels orthopaedic-supply web shop that sells 1 kg bags to the public: potassium perchlorate (Annex I "
         "above 40 %) made available to members of the public, flown from Hanoi; Vietnamese wording (potassium "
         "perchlorate repeats in many sets and orthopaedic plaster of Paris on it once, blind231, from Türkiye to "
         "Košice; kept as a repeat of the cover, a prosthetic-model casting plaster from Vietnam by air to Brussels "
         "is the new part as far as a search found)",
         firm("Horizon Orthopédie SRL", "BE")),
        ("PRE-05", "import", "GRSEA01", "sea", "JO", [], "GR", "391390",
         "حبيبات ماصة (جل فائق الامتصاص) لأكياس كرسي الحمام والمبولة، أكياس 25 كغ، 400 كيس", "JO", 10000, 400, 5200,
         "USD",
         "the absorbent granules care homes sprinkle into commode-pail liners are a superabsorbent polymer: white, "
         "light, insoluble granules that swell to a gel; these 400 sacks hold dense, white prills that turn ice-cold "
         "and vanish in water, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki care-supply "
         "wholesaler that packs them in 1 kg tubs sold to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Aqaba to Thessaloniki; Jordanian Arabic wording "
         "(ammonium nitrate repeats in many sets and cold-pack covers in many; a commode-liner absorbent label was "
         "found in no earlier row by a keyword search)", firm("Delta Iatrika Eidi AE", "GR")),
        ("PRE-06", "import", "DKPOST01", "post", "TH", [], "DK", "330730",
         "เกลือแช่เท้าสำหรับผู้สูงอายุ สมุนไพร, 4 x 500 กรัม", "TH", 2.0, 4, 900, "THB",
         "herbal foot-soak salts for the elderly are coarse, grey-green sea salt with dried herbs that smell of "
         "lemongrass and taste of salt; these four tubs hold pure, white, odourless crystals that do not taste "
         "salty, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above "
         "40 %), posted from Chiang Mai to a private person in Odense; Thai wording (sodium chlorate repeats in many "
         "sets and a foot-soak label once, blind98; an elderly-care foot-salt label from Thailand is the new part as "
         "far as a search found)", person("Birthe Jensen", "DK")),
        ("PRE-07", "import", "SEAIR01", "air", "PK", [], "SE", "381090",
         "Citric passivation solution for stainless orthopaedic instruments and prosthetic adapters, 1 L, 120 bottles",
         "PK", 168, 120, 600, "USD",
         "citric passivation solutions are clear, faintly yellow, 1.05 kg/l and smell of nothing; these 120 bottles "
         "weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for a Malmö "
         "orthopaedic-workshop supplier whose web shop sells the bottles to anyone: about 65 % nitric acid (Annex I "
         "above 3 %) made available to members of the public, flown from Sialkot via Lahore to Stockholm; Pakistani "
         "English wording (nitric acid repeats in many sets and passivation labels in several, kept as a repeat of "
         "the label; a prosthetic-adapter passivation fluid from Sialkot is the new part as far as a search found)",
         firm("Nordhafen Ortopedteknik AB", "SE")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "282720",
         "Granule za odleđivanje rampi za invalidska kolica (kalcijum-hlorid), vreće 10 kg, 200 vreća (1. od 3 "
         "pošiljke)", "RS", 2000, 200, 1200, "EUR",
         "calcium-chloride de-icer for wheelchair ramps is white, hygroscopic flake that grows warm and wet in the "
         "hand; these 200 bags hold shiny, dry crystals that stay dry, crackle and spit violet sparks on a hot iron "
         "and whose maker's sheet gives CAS 3811-04-9, the first of three vans booked that week each kept under "
         "2.5 t, for a Szeged care-home supplier that sells the bags to the public: potassium chlorate (Annex I above "
         "40 %) made available to members of the public, at Röszke; Serbian Latin wording (potassium chlorate "
         "repeats in many sets, de-icer labels in many and splits over three vans from blind264 onwards, kept as a "
         "repeat; a wheelchair-ramp de-icer label was found in no earlier row)",
         firm("Orion Gondozási Kellékek Kft.", "HU")),
        ("PRE-09", "import", "NLAIR01", "air", "ID", [], "NL", "250100",
         "Garam laut untuk akuarium terumbu karang, ember 20 kg, 30 ember", "ID", 600, 30, 900, "USD",
         "reef-aquarium salt mixes are coarse, slightly damp sea salts with a trace of magnesium and calcium that "
         "taste of brine; these 30 buckets hold a fine, white, dry powder that draws water from the air, tastes "
         "bitter, not salty, and burns fiercely with sugar: sodium perchlorate (Annex I above 40 %), flown from "
         "Jakarta to Amsterdam for an aquarium web shop that sells the buckets to the public; Indonesian wording "
         "(sodium perchlorate repeats in many sets and reef-salt labels in four, blind63, blind64, blind66 and "
         "blind244; kept as a repeat, from Indonesia is the new part as far as a search found)",
         firm("Atlantic Aquaria BV", "NL")),
        ("PRE-10", "import", "CYAIR01", "air", "IL", [], "CY", "382499",
         "מחמצן לשורשים להידרופוניקה, 5 ליטר, 200 מיכלים", "IL", 1200, 200, 1600, "USD",
         "root oxygenators for hydroponics are 3-7 % peroxide with a stabiliser, sold in small bottles; these 200 "
         "five-litre cans with vented caps hold a liquid of 1.20 kg/l that whitens the skin and foams on soil, for "
         "a Limassol grow shop that sells the cans over the counter: about 50 % hydrogen peroxide (Annex I above "
         "12 %) made available to members of the public, flown from Tel Aviv to Larnaca; Hebrew wording (hydrogen "
         "peroxide repeats in many sets and hydroponics labels in many, kept as a repeat; from Israel to Cyprus is "
         "the new part as far as a search found)", firm("Meridian Grow Ltd", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "871390",
         "Gebruikte scootmobielen, rijklaar, met accu's, 60 stuks", "NL", 6600, 60, 9000, "EUR",
         "working second-hand mobility scooters are cleaned, charged and come with a test sheet and new batteries; "
         "these 60 are non-runners from Dutch municipal loan pools, with burnt controllers, flat tyres and cracked, "
         "leaking lead-acid battery pairs still wired in, white crust on the terminals, bought by weight by a Kumasi "
         "scrap dealer: waste vehicles with waste lead-acid batteries (A1160, e-waste), whose export to a non-OECD "
         "country is banned, from Rotterdam to Tema; Dutch wording (mobility scooters as non-runners once, in the "
         "dev28 probe set, and lead-acid batteries in many sets; a scootmobiel label was found in no earlier row by "
         "a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "630291",
         "Biancheria usata da RSA (lenzuola, traverse e federe in cotone), in balle, 18 t", "IT", 18000, None, 2700,
         "EUR",
         "used care-home linen for rag-making is laundered, sorted cotton in clean bales; these bales, from the "
         "linen rooms of Lombard residential care homes, hold unwashed, soiled draw sheets wrapped round used "
         "incontinence pads, catheter bags, gloves and a few needles, and smell of urine: infectious healthcare "
         "waste (Y1, A4020, 18 01 03*), hazardous waste whose export to a non-OECD country is banned, from Genoa to "
         "Sousse for a 'rag merchant'; Italian wording (hospital textiles repeat in a few sets; care-home linen "
         "bales were found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "871390",
         "Gebrauchte Rollatoren, gereinigt, 200 Stück", "AT", 1600, 200, 3000, "EUR",
         "a Vienna care-home operator's refit lorry for a Tuzla charity shop: used rollators and shower chairs are "
         "what such donations hold, but the third item's 'Pflegebett-Ersatzteile' are 180 electric care-bed "
         "control boxes and hand sets with their 24 V lead-acid back-up battery packs, swollen and leaking, and "
         "burnt motors, pulled in the refit: waste electrical equipment with lead-acid batteries (A1180, A1160), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, at Spielfeld; Austrian German wording (donation containers of hospital beds and wheelchairs "
         "repeat in many sets; rollators and care-bed control boxes were found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "BA"},
              _more_items=[item("940290", "Duschstühle, gebraucht, 100 Stück", "AT", 700, 1000, "EUR", qty=100),
                           item("850300", "Pflegebett-Ersatzteile, gebraucht, 180 Stück", "AT", 1400, 500, "EUR", qty=180)])),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "MA", "970690",
         "Tensiomètres anciens de collection, à colonne, 300 pièces", "FR", 900, 300, 3000, "EUR",
         "collectors' antique blood-pressure instruments are single, polished brass and mahogany pieces sold one "
         "by one; these 300 are grey, scuffed wall and desk column sphygmomanometers of the 1980s and 1990s from "
         "the clearance of Lyon nursing homes (EHPAD), each with its mercury column, several cracked and leaking "
         "beads into the crates: waste containing mercury (A1010, 16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, and mercury-added products whose export Regulation 2017/852 forbids, from "
         "Marseille to Casablanca; French wording (sphygmomanometers repeat in many sets, kept as a repeat of the "
         "good; a collectors' antiques label is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "842890",
         "Použité schodišťové sedačky a plošiny, funkční, 30 ks", "CZ", 4500, 30, 6000, "EUR",
         "used stairlifts for reuse are complete, tested units with a service record and new batteries; these 30 "
         "are rail sections cut with a grinder, chairs with torn cables and control boards, each with its two "
         "swollen 12 V sealed lead-acid batteries in the seat base, collected from Prague homes and care homes by "
         "a removal firm: waste electrical equipment with lead-acid batteries (A1180, A1160), hazardous waste whose "
         "export to a non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod 'installer'; Czech wording (a "
         "stairlift was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "SISEA01", "sea", "SI", [], "EG", "390610",
         "Akrilna laminacijska smola za ortopedske opornice, neskladna serija, 160 sodov", "SI", 32000, 160, 3200, "EUR",
         "an off-spec batch of acrylic lamination resin for orthoses would be a clear, syrupy resin in sealed drums "
         "with a batch certificate; these 160 drums hold the collected dregs of Slovenian prosthetic and orthotic "
         "workshops, half-cured resin, styrene-smelling solvent washings, peroxide-hardener tubes and "
         "carbon-fibre offcuts, in rusted, mismatched drums: waste resins and solvents (08 01 11*, 07 02 08*), "
         "hazardous waste whose export to a non-OECD country is banned, from Koper to Alexandria; Slovenian wording "
         "(waste resins repeat in several sets; a prosthetics-workshop lamination-resin label was found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "850760",
         "Baterías de litio para bicicletas eléctricas, nuevas, 2.000 unidades", "ES", 6000, 2000, 10000, "EUR",
         "new e-bike batteries come boxed with a label, a serial number and a charge of about 30 %; these 2,000 are "
         "packs returned to a Valencia bike-share operator, dented and swollen, some burnt at the connector and at "
         "0 V: waste lithium-ion batteries (hazardous, and e-waste under the Basel amendments), whose export to a "
         "non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (e-bike batteries repeat in many "
         "sets, kept as a repeat of the good; from Spain to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "382499",
         "Otopina željezovog klorida za pročišćavanje vode, 22 t", "HR", 22000, None, 1100, "EUR",
         "ferric chloride for water treatment is a dark brown, 40 % solution with a certificate; this tanker holds "
         "a green, cloudy, acid liquor with zinc and oil on top, spent pickling acid from a Zagreb galvanising "
         "line: spent pickling liquor (11 01 05*), hazardous waste whose export to a non-OECD country is banned, at "
         "Stara Gradiška for a Banja Luka 'water chemicals' firm; Croatian wording (spent pickling liquor repeats in "
         "many sets, kept as a repeat; a ferric-chloride label from Croatia is the new part as far as a search "
         "found)", {"importer_country": "BA"}),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Żejt tal-karburant tal-baħar, 120 tunnellata", "MT", 120000, None, 24000, "EUR",
         "marine fuel oil is a uniform, dark fuel with a bunker delivery note; this barge load is the oily bilge "
         "and tank-washing water of Grand Harbour ships, two layers of water and sludge: waste oil-water mixtures "
         "(Y9, 13 04 03*), hazardous waste whose export to a non-OECD country is banned, from Valletta to Misrata; "
         "Maltese wording (bilge water as fuel repeats in many sets, kept as a repeat; a Maltese marine-fuel label "
         "is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "851629",
         "Radiatoare electrice cu acumulare, second-hand, funcționale, 200 buc.", "RO", 24000, 200, 4000, "EUR",
         "working second-hand storage heaters are recent units with their bricks, tested and sold one by one; "
         "these 200 are 1970s heaters pulled from an Iași care home under refurbishment, with asbestos-board "
         "insulation crumbling from the cores and PCB capacitors in the control boxes: waste electrical equipment "
         "containing asbestos and PCBs (A1180, A2050, 17 06 01*), hazardous waste whose export to a non-OECD "
         "country is banned, at Sculeni for a Chișinău dealer; Romanian wording (storage heaters with asbestos "
         "repeat in several sets, kept as a repeat of the good; from a care home to Moldova is the new part as far "
         "as a search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTAIR01", "air", "BR", [], "PT", "381400",
         "Diluente para cola de contato de oficina ortopédica (palmilhas e órteses), 1 L x 60 frascos", "BR", 80, 60,
         360, "USD",
         "the thinners orthotic workshops use for the contact cement on cork, leather and EVA insoles are "
         "toluene-free ester or hexane blends of 0.7-0.8 kg/l that burn; these 60 bottles weigh 1.33 kg/l, do not "
         "burn, smell sweet like chloroform and the filler's drum label reads 'metilclorofórmio': 1,1,1-"
         "trichloroethane, whose import into the Union is banned, flown from São Paulo to Lisbon for an orthopaedic "
         "workshop supplier; Brazilian Portuguese wording (methyl chloroform repeats in many sets and contact-"
         "adhesive labels in several; an orthotic-workshop adhesive thinner was found in no earlier row)",
         firm("Rivage Ortopedia Lda", "PT")),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "401150",
         "轮椅实心轮胎, 24 x 1 3/8, 3,000条", "CN", 3600, 3000, 6000, "USD",
         "a wheelchair-parts container for a Bologna mobility-aid wholesaler: solid tyres and inner tubes are what "
         "the Xiamen supplier sends, but the third item's 4,000 aerosol cans of 'tyre inflator and sealant' hold a "
         "propellant that reads CFC-12 on a detector and the can bottoms are stamped 'F-12' under the sticker: "
         "products containing dichlorodifluoromethane, whose import into the Union is banned, hidden as the last "
         "item of a three-item declaration; Chinese wording (CFC-12 repeats in many sets and tyre-inflator labels in "
         "a few, blind78, blind84, blind171, blind193; kept as a repeat of the label, behind wheelchair tyres is the "
         "new part as far as a search found)",
         dict(firm("Meridian Ausili Srl", "IT"),
              _more_items=[item("401390", "轮椅内胎, 5,000条", "CN", 900, 2500, "USD", qty=5000),
                           item("340399", "轮椅轮胎补胎充气剂, 300毫升, 4,000罐", "CN", 1600, 2400, "USD", qty=4000)])),
        ("OZN-03", "import", "ESAIR01", "air", "PK", [], "ES", "300490",
         "سالبیوٹامول انہیلر 100 مائیکروگرام، نرسنگ ہوم فارمیسی کے لیے، 6,000 عدد", "PK", 900, 6000, 9000, "USD",
         "salbutamol inhalers now sold in the Union use HFA propellants and carry a marketing authorisation; these "
         "6,000 metered-dose inhalers from a Karachi generic maker have no Union authorisation, a leaflet naming "
         "'CFC-11/CFC-12 propellant' and cans that a detector reads as dichlorodifluoromethane: products containing "
         "CFCs, whose import into the Union is banned, flown from Karachi to Madrid for a care-home pharmacy "
         "supplier; Urdu wording (CFC inhalers repeat in several sets, kept as a repeat of the good; a nursing-home "
         "pharmacy label from Pakistan is the new part as far as a search found)",
         firm("Atlantic Farmacia Residencial SL", "ES")),
        ("OZN-04", "import", "HRROAD01", "road", "BA", [], "HR", "842410",
         "Aparati za gašenje požara za domove za starije osobe, 6 kg, 150 kom", "BA", 1050, 150, 3000, "EUR",
         "the extinguishers fitted in care homes are dry-powder, foam or CO2 units with a service label; these 150 "
         "cans hiss a liquid that vanishes into a sweet gas, the valve collars read 'BCF' and 'Halon 1211' under the "
         "new labels, and the bodies are refilled 1980s stock: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, at Bijača for a Split care-home fire "
         "contractor; Bosnian wording (halon 1211 repeats in many sets, kept as a repeat; a care-home extinguisher "
         "label from Bosnia was found in no earlier row by a keyword search)", firm("Vega Zaštita d.o.o.", "HR")),
        ("OZN-05", "import", "MTSEA01", "sea", "MY", [], "MT", "841582",
         "Penyaman udara mudah alih untuk bilik penghuni rumah jagaan warga emas, R-290, 120 unit", "MY", 4200, 120,
         12000, "USD",
         "portable room air conditioners for care homes now run on R-290 with a flame symbol and a small charge; "
         "these 120 units' plates read R-290 but a leak detector names HCFC-22, the charge is twice the plate's and "
         "the compressors carry an older model number: equipment containing chlorodifluoromethane, whose import "
         "into the Union is banned, by sea from Port Klang to Marsaxlokk for a Maltese care-home operator; Malay "
         "wording (HCFC-22 equipment repeats in many sets, kept as a repeat; a care-home room air conditioner from "
         "Malaysia is the new part as far as a search found)", firm("Orion Care Homes Ltd", "MT")),
        ("OZN-06", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "340290",
         "ਬਿਰਧ ਆਸ਼ਰਮ ਲਾਂਡਰੀ ਲਈ ਦਾਗ਼ ਹਟਾਉਣ ਵਾਲਾ ਤਰਲ, 25 ਲੀਟਰ, 160 ਡਰੰਮ", "IN", 6360, 160, 4800, "USD",
         "the stain removers care-home laundries use on bedding are enzyme or oxygen liquids of about 1.0 kg/l; "
         "these 160 drums weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the "
         "hand: carbon tetrachloride, moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit from Mundra to a Chișinău 'laundry chemicals' firm that supplies care "
         "homes; Punjabi wording (carbon tetrachloride repeats in many sets and stain-remover and laundry labels in "
         "several, kept as a repeat; a care-home laundry label in transit through Constanța is the new part as far "
         "as a search found)", {"importer_country": "MD"}),
        ("OZN-07", "import", "CYAIR01", "air", "JP", [], "CY", "381400",
         "義肢用シリコーンライナー洗浄液, 1 L x 48本", "JP", 59.5, 48, 96000, "JPY",
         "the cleaners prosthetists sell for silicone liners are mild, water-based soaps of about 1.0 kg/l; these 48 "
         "bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and do not burn: HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from Osaka to Larnaca for a "
         "Nicosia prosthetics clinic; Japanese wording (HCFC-141b under solvent labels repeats in many sets and "
         "prosthetic-liner labels in many on other goods; a silicone-liner cleaner was found in no earlier row by a "
         "keyword search)", firm("Delta Prosthetics Ltd", "CY")),
        ("OZN-08", "import", "HUAIR01", "air", "TR", [], "HU", "381400",
         "Stoma ve protez için tıbbi yapışkan sökücü sprey, 50 ml x 2.000 adet", "TR", 200, 2000, 2400, "EUR",
         "medical adhesive removers for stoma bags and prosthetic liners are silicone (HMDSO) sprays of 0.76 kg/l "
         "that flash off without a smell; these 2,000 cans hold a liquid of 1.99 kg/l that sinks under water in a "
         "test tube, smells sweet and whose filler's drum label reads 'CH2BrCl': bromochloromethane, a controlled "
         "substance whose import into the Union is banned outside licensed uses, flown from Istanbul to Budapest for "
         "a medical-supply wholesaler; Turkish wording (bromochloromethane repeats in many sets and adhesive-remover "
         "labels in several; a stoma and prosthesis adhesive remover was found in no earlier row)",
         firm("Central Sztóma Kft.", "HU")),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "381300",
         "Yanğınsöndürmə mayesi, perftorheksanon (Novec 1230 tipli), 200 l çəlləklər, 30 ədəd", "AZ", 12900, 30, 21000,
         "USD",
         "perfluorohexanone is a clear liquid of 1.60 kg/l boiling at 49 °C; these 30 drums hold a heavier liquid "
         "of 2.15 kg/l that boils at 47 °C with a sweetish smell, and the drum bungs carry old Soviet stamps "
         "'хладон 114В2': halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned, by sea from "
         "Poti to Varna for a Bulgarian ship-supply firm; Azerbaijani wording (halon 2402 repeats in many sets and "
         "Novec labels in several, kept as a repeat; from Azerbaijan via Poti is the new part as far as a search "
         "found)", firm("Atlantic Marine Supply EOOD", "BG")),
        ("OZN-10", "import", "IEAIR01", "air", "SG", [], "IE", "381400",
         "Fluorinated precision cleaning fluid, HFE type, for electronics, 20 x 1 L", "SG", 30, 20, 1400, "USD",
         "HFE precision cleaners are clear, odourless liquids of about 1.5 kg/l that evaporate without a trace; "
         "these twenty bottles hold a liquid of 1.55 kg/l whose filler's certificate names "
         "dichloropentafluoropropane and whose lot codes match an Asian HCFC-225 blend: HCFC-225, whose import into "
         "the Union is banned, flown from Singapore to Dublin for an electronics assembler; Singapore English "
         "wording (HCFC-225 repeats in many sets, kept as a repeat of the good; from Singapore to Ireland is the "
         "new part as far as a search found)", firm("Horizon Electronics Ltd", "IE")),
    ],
    "cultural": [
        ("CUL-01", "export", "DEAIR01", "air", "DE", [], "US", "902190",
         "Gebrauchte Handprothese, Metall, Ersatzteile, 1 Stück", "DE", 1.4, 1, 300, "EUR",
         "a used metal hand prosthesis for parts is a modern steel-and-plastic hook or hand of a few hundred euros; "
         "this is a forged and chased iron hand with jointed fingers on ratchets and a release button, a leather-"
         "lined cuff and the arms of a Franconian knightly family on the back plate: a 16th-century iron "
         "prosthetic hand worth far above 50,000 EUR, exported without the EU export licence of Regulation "
         "116/2009, flown from Frankfurt to a Boston collector; German wording (iron hands repeat twice, blind164 and "
         "blind292, kept as a repeat of the good; a used hand-prosthesis label was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Modelli anatomici in terracotta, riproduzioni per laboratorio ortopedico, 14 pz", "IT", 28, 14, 420, "EUR",
         "anatomical terracotta models for an orthopaedic workshop's showroom are new, smooth, machine-cast "
         "limbs; these 14 are hand-modelled feet, legs, hands and a uterus with encrusted earth, root marks and "
         "breaks at old fixing points: Etruscan anatomical votives (4th-2nd century BC) from a looted sanctuary "
         "deposit in Lazio, archaeological objects exported without the EU export licence of Regulation 116/2009 "
         "and against Italian law, by road at Chiasso for a Lugano dealer; Italian wording (Etruscan votives repeat "
         "in many sets, kept as a repeat; an orthopaedic anatomical-model label was found in no earlier row)",
         {"importer_country": "CH"}),
        ("CUL-03", "export", "FRSEA01", "sea", "FR", [], "US", "940179",
         "Chaise percée d'occasion, bois, pour aide à la toilette, 1 pièce", "FR", 30, 1, 200, "EUR",
         "a second-hand commode chair is a plastic or steel frame with a pail at a few dozen euros; this is a "
         "Louis XV caned beech and walnut chaise percée with its original pewter pan, carved rocaille rails and "
         "the stamp of a Paris master joiner under the seat rail, from a Loire château's sale: an antique worth "
         "some 60,000 EUR exported without the EU export licence of Regulation 116/2009 and the French certificate, "
         "by sea from Le Havre to a New York dealer; French wording (a chaise label repeats in three sets on other "
         "goods; a commode-chair label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "BEAIR01", "air", "ML", [], "BE", "902110",
         "Béquilles en bois d'occasion, pour don à une association, 40 pièces", "ML", 120, 40, 80, "EUR",
         "used wooden crutches are turned, glued and bolted with rubber tips, all alike; these 40 are dark, "
         "dry, hand-carved wooden staffs with forked tops, iron-ringed and crusted with old sacrificial patina and "
         "cave dust, some with small figures: Tellem and early Dogon ritual staffs (11th-16th century) from the "
         "Bandiagara cliff caves, archaeological objects whose export Mali forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Bamako to Brussels for a mobility-aid charity's "
         "'workshop'; Malian French wording (Tellem objects repeat in three sets, kept as a repeat of the good; a "
         "second-hand crutch label was found in no earlier row by a keyword search)",
         firm("Horizon Aide à la Mobilité ASBL", "BE")),
        ("CUL-05", "import", "ATAIR01", "air", "EG", [], "AT", "902139",
         "عيون صناعية (أطراف عين تعويضية) من الزجاج، 30 قطعة", "EG", 0.6, 30, 90, "USD",
         "glass ocular prostheses are new, painted cryolite-glass shells matched to a patient; these 30 are "
         "almond-shaped inlays of white stone or calcite with obsidian pupils set in bronze or copper lids, with "
         "gesso and wood fibre on the backs: eye inlays prised from ancient Egyptian coffins and mummy masks, "
         "archaeological objects whose export Egypt forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Cairo to Vienna for an ocularist's 'collection'; Egyptian Arabic wording (glass-eye "
         "labels repeat in many sets on taxidermy goods; coffin eye inlays as ocular prostheses were found in no "
         "earlier row by a keyword search)", firm("Alpina Augenprothetik GmbH", "AT")),
        ("CUL-06", "import", "NLAIR01", "air", "HK", [], "NL", "691200",
         "護理用搪瓷便盆及尿壺, 二手, 12件", "CN", 24, 12, 120, "USD",
         "second-hand enamelled bedpans and urinals are pressed steel with chipped white enamel; these 12 are "
         "stoneware vessels with a tiger-shaped body and a raised, open-mouthed head, celadon and brown Cizhou "
         "glazes with burial earth in the cracks: Song and Jin dynasty tiger urinals (huzi) dug from tombs in "
         "Hebei and Henan, archaeological objects whose export China forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Hong Kong to Amsterdam for a 'care-antiques' dealer; Hong Kong Chinese "
         "wording (Chinese tomb ceramics repeat in many sets; a bedpan and urinal label was found in no earlier row "
         "by a keyword search)", firm("Meridian Zorgantiek BV", "NL")),
        ("CUL-07", "import", "FRSEA01", "sea", "KH", [], "FR", "902139",
         "ជើងសិប្បនិម្មិតប្រើរួច សម្រាប់កែច្នៃ, ៤០០ គ្រឿង", "KH", 480, 400, 400, "USD",
         "a Phnom Penh rehabilitation workshop's recycling container for a Marseille prosthetics charity: used "
         "SACH feet and polypropylene socket offcuts are what such workshops send, but the third item's 'old bronze "
         "pipe fittings' are a bronze Angkorian temple bell, ritual conch holders and palanquin finials with green "
         "burial crust: Khmer bronzes (11th-13th century) dug at Koh Ker, archaeological objects whose export "
         "Cambodia forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, by sea from Sihanoukville to Marseille; Khmer wording (Khmer bronzes repeat in "
         "several sets; behind used prosthetic feet is the new part as far as a search found)",
         dict(firm("Vega Prothèses Solidaires", "FR"),
              _more_items=[item("391590", "កំទេចប៉ូលីប្រូពីលែន, ២ តោន", "KH", 2000, 200, "USD"),
                           item("741220", "គ្រឿងតភ្ជាប់បំពង់លង្ហិនចាស់, ១២ គ្រឿង", "KH", 40, 60, "USD", qty=12)])),
        ("CUL-08", "transit", "NLAIR01", "air", "LB", ["NL"], "US", "711790",
         "Stone beads, drilled, costume jewellery, 60 pcs", "IQ", 0.8, 60, 60, "USD",
         "costume stone beads are new, round and machine-drilled; these 60 are engraved stone cylinders with "
         "banquet scenes, gods and cuneiform legends cut in mirror image, drilled lengthwise: Mesopotamian "
         "cylinder seals looted in Iraq, landed at Schiphol in transit from Beirut to a New York dealer, against "
         "Regulation 2019/880 (Article 3(1)), which covers transit, and the Iraq embargo on cultural property; "
         "English wording (cylinder seals as beads repeat in many sets, kept as a repeat; a transit through "
         "Schiphol from Beirut is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "ESAIR01", "air", "PE", [], "ES", "630900",
         "Retazos de tejido de alpaca usados, para artesanía, 6 kg", "PE", 6, None, 60, "USD",
         "used alpaca fabric scraps are modern machine-woven cloth; these 6 kg are fragile, tapestry-woven panels "
         "with stepped birds and fish in camelid wool and cotton, desert dust and burial staining: Chancay and "
         "Nazca textiles looted from coastal cemeteries, archaeological objects whose export Peru forbids, brought "
         "in without an import licence (Regulation 2019/880), flown from Lima to Madrid; Peruvian Spanish wording "
         "(pre-Columbian textiles repeat in many sets, kept as a repeat; a used alpaca-scrap label is the new part "
         "as far as a search found)", {"importer_country": "ES"}),
        ("CUL-10", "import", "SEAIR01", "air", "ET", [], "SE", "482090",
         "በእጅ የተሰሩ የቆዳ ማስታወሻ ደብተሮች፣ 5 ቁጥር", "ET", 4, 5, 50, "USD",
         "handmade leather notebooks are new paper in a stitched cover; these five are parchment codices in Ge'ez "
         "with wooden boards, painted saints and church stamps, a monastery's psalters of the 17th-18th century: "
         "Ethiopian church manuscripts removed against Ethiopia's export ban, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Addis Ababa to Stockholm for a dealer; Amharic "
         "wording (Ge'ez manuscripts repeat in many sets, kept as a repeat; a leather-notebook label to Sweden is "
         "the new part as far as a search found)", {"importer_country": "SE"}),
    ],
    "strategic": [
        ("STR-01", "export", "FIAIR01", "air", "FI", [], "KG", "850490",
         "Sähköpyörätuolien ohjausmoduulit ja ohjaimet, varaosat, 2 000 kpl", "FI", 200, 2000, 12000, "EUR",
         "powerchair joystick controllers are sealed consumer modules at a few dozen euros; these 2,000 boards are "
         "drone flight controllers with GNSS receivers and brushless motor drives (ESCs), new, in anti-static "
         "trays, for a Bishkek 'rehabilitation-equipment' firm whose forwarder delivers to Moscow: GNSS receivers "
         "(8526 91) and integrated circuits on the common high-priority list, whose re-export to Russia Regulation "
         "833/2014 forbids, flown from Helsinki; Finnish wording (flight controllers repeat in many sets; a "
         "powerchair-controller label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "ESAIR01", "air", "ES", [], "TR", "681511",
         "Preimpregnado de fibra de carbono para pies protésicos, rollos, 400 kg", "ES", 400, None, 9000, "EUR",
         "prepreg for prosthetic feet is standard-modulus carbon at 20-40 EUR/kg; these rolls are intermediate-"
         "modulus T800-class fibre in a toughened epoxy at 90 EUR/kg on the maker's list, for an Ankara 'prosthetic-"
         "foot maker' whose earlier orders went on to Tehran: carbon fibre prepreg controlled under dual-use 1C010 "
         "(and MTCR), exported without the licence Regulation 2021/821 requires; Spanish wording (prepreg repeats in "
         "many sets, kept as a repeat of the good; a prosthetic-foot label was found in no earlier row)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "AE", "730441",
         "Tubes pour pylônes de prothèses tibiales, 30 mm, 1 200 pièces", "FR", 3600, 1200, 14000, "EUR",
         "prosthetic pylon tubes are 30 mm aluminium or titanium tubes of a few hundred grams at tens of euros; "
         "these 1,200 are 3 kg seamless tubes of 75 mm bore in maraging steel, mill-certified at 2,000 MPa, for a "
         "Jebel Ali 'orthopaedic distributor' whose shipments go on to Bandar Abbas: maraging steel controlled under "
         "dual-use 1C116 and listed in the Iran regulation, exported without a licence, from Marseille; French "
         "wording (maraging steel repeats in many sets, kept as a repeat of the good; a prosthetic-pylon label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AM", "903180",
         "Draagbare loopanalysesensoren voor orthopedische klinieken, 80 stuks", "NL", 24, 80, 4000, "EUR",
         "wearable gait sensors are consumer MEMS units in a strap at a few dozen euros; these 80 are "
         "navigation-grade fibre-optic gyro IMUs with export-controlled bias stability, at 12,000 EUR each on the "
         "maker's list, for a Yerevan 'rehabilitation clinic' whose freight goes by road to Russia: inertial "
         "measurement units controlled under dual-use 7A001/7A003 and on the list whose export to Russia Regulation "
         "833/2014 forbids, flown from Amsterdam; Dutch wording (IMUs repeat in many sets and a gait label once, "
         "blind244; a gait-analysis sensor for orthopaedic clinics is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-05", "import", "EEROAD01", "road", "KZ", ["RU"], "EE", "441233",
         "Пандусы складные для инвалидных колясок, фанера березовая, происхождение Казахстан, 600 шт.", "KZ", 9000,
         600, 18000, "EUR",
         "Kazakh folding ramps would be made of imported plywood by a small workshop; these 600 ramps are of "
         "Russian birch plywood with Russian mill stamps on the panel edges, loaded at a Kostroma plant and given "
         "a Kazakh certificate of origin in Petropavl: Russian wood products, whose import into the Union "
         "Regulation 833/2014 forbids, at Narva for a Tallinn mobility-aid dealer; Russian wording from Kazakhstan "
         "(birch plywood under Kazakh origin repeats in many sets, kept as a repeat; a wheelchair-ramp label was "
         "found in no earlier row by a keyword search)", firm("Vega Liikumisabi OÜ", "EE")),
        ("STR-06", "import", "PLROAD01", "road", "UA", [], "PL", "940290",
         "Ліжка функціональні для будинків догляду, дерев'яні, 120 шт., походження Україна", "UA", 9600, 120, 36000,
         "EUR",
         "Ukrainian care-home beds would carry a Ukrainian maker's plate and mill papers for their timber; these 120 "
         "wooden nursing beds carry Belarusian furniture-combinat marks under the new plates, were brought into "
         "Volhynia by lorry from Pinsk and re-papered in Kovel: Belarusian wood products, whose import into the "
         "Union Regulation 765/2006 forbids, at Dorohusk for a Lublin care-home chain; Ukrainian wording (Belarusian "
         "wood under Ukrainian origin repeats in several sets, kept as a repeat; a nursing-bed label was found in no "
         "earlier row by a keyword search)", firm("Orion Domy Opieki Sp. z o.o.", "PL")),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "TR", "845961",
         "Fresatrice CNC per invasature protesiche (modelli in schiuma), 2 unità", "IT", 14000, 2, 60000, "EUR",
         "CNC carvers for prosthetic sockets are light three-axis routers that cut foam positive models at a few "
         "tens of thousands of euros; these two are 7 t five-axis milling centres with simultaneous contouring "
         "control and linear scales, at 380,000 EUR each on the maker's list, for an Izmir 'orthopaedic workshop' "
         "that ships to Tehran: machine tools controlled under dual-use 2B001 and listed in the Iran regulation, "
         "exported without a licence, from La Spezia; Italian wording (five-axis machines repeat in many sets, kept "
         "as a repeat of the good; a prosthetic-socket carver label was found in no earlier row)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "AE", "851420",
         "Sinterofen für Titan-Prothesenteile, Labor, 1 Stück", "DE", 3200, 1, 40000, "EUR",
         "a laboratory sintering oven for titanium prosthetic parts is a small chamber furnace at a few tens of "
         "thousands of euros; this is a vacuum induction melt-and-cast furnace for 20 kg charges at 10^-4 mbar, "
         "worth ten times the declared value, for a Dubai 'medical-implant' trader whose buyer is in Karachi: a "
         "furnace controlled under dual-use 2B227, exported without the licence Regulation 2021/821 requires; "
         "German wording (vacuum and induction furnaces repeat in many sets, kept as a repeat of the good; a "
         "prosthetic-parts sintering-oven label was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-09", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Пропан технический, вагон-цистерны, происхождение Казахстан, 540 т", "KZ", 540000, None, 270000, "USD",
         "Kazakh propane would come with KazMunayGas papers from a Kazakh plant; these ten tank cars were loaded at "
         "a Russian gas-processing plant, the cars belong to a Russian lessor and the Kazakh certificate of origin "
         "was issued after a stop at the border: Russian liquefied petroleum gas, whose import into the Union "
         "Regulation 833/2014 forbids, at Małaszewicze for a Polish LPG distributor; Russian wording (LPG and "
         "propane repeat in many sets, kept as a repeat; by rail through Belarus is the new part as far as a search "
         "found)", firm("Central Gaz Sp. z o.o.", "PL")),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "KZ", "950699",
         "Horolezecké vybavení: karabiny a lana, 600 ks", "CZ", 300, 600, 9000, "EUR",
         "a Brno outdoor wholesaler's air shipment for Almaty: carabiners, ropes and headlamps are what the Almaty "
         "shop sells, but the third item's 'čelovky' are 60 cooled-core thermal monoculars with 640 x 512 "
         "detectors and 50 Hz frame rates: thermal imagers controlled under dual-use 6A003 and on the list whose "
         "re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, "
         "flown from Prague; Czech wording (thermal monoculars repeat twice, blind204 and dev12, kept as a repeat; "
         "behind climbing gear is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("560750", "Horolezecká lana, 200 ks", "CZ", 400, 6000, "EUR", qty=200),
                           item("851310", "Čelovky, 60 ks", "CZ", 30, 1800, "EUR", qty=60)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "LA", [], "DE", "660200",
         "ໄມ້ເທົ້າແກະສະຫຼັກ ໄມ້ຢາງ, 400 ອັນ", "LA", 320, 400, 1200, "USD",
         "carved rubberwood walking sticks are pale, light and soft, with an even grain; these 400 are heavy, "
         "red-brown to purple-black sticks with a rose scent when sanded that sink in water: Siamese rosewood "
         "(Dalbergia cochinchinensis, CITES App. II) without CITES documents, by sea from Vientiane via Laem Chabang "
         "to Hamburg for a mobility-aid web shop; Lao wording (Siamese rosewood repeats in many sets; a walking-stick "
         "label on it was found in no earlier row by a keyword search)", firm("Central Gehhilfen GmbH", "DE")),
        ("WLF-02", "import", "FRAIR01", "air", "BO", [], "FR", "621490",
         "Mantas de alpaca para regazo, para usuarios de silla de ruedas, 80 unidades", "BO", 32, 80, 2400, "USD",
         "alpaca lap blankets are coarse-to-soft, springy and come in many natural colours; these 80 are extremely "
         "fine, golden-fawn cloth with no selvedge mark or 'VICUÑA-BOLIVIA' logo, fibres of about 12 microns under a "
         "lens: unmarked vicuña cloth (Vicugna vicugna, CITES App. I except marked cloth from listed populations), "
         "flown from La Paz to Paris for a care-home textile supplier; Bolivian Spanish wording (vicuña repeats in "
         "many sets, kept as a repeat; a wheelchair lap-blanket label was found in no earlier row)",
         firm("Rivage Textiles de Soin SARL", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "ID", [], "NL", "420292",
         "Tas belanja untuk rollator, motif ular, kulit sintetis, 1.500 buah", "ID", 900, 1500, 4500, "USD",
         "snake-pattern rollator shopping bags in PU have a printed, even scale pattern and a fabric back; these "
         "1,500 are real, overlapping scales that lift at the edges with a leather back and the belly pattern of "
         "reticulated pythons: Malayopython reticulatus (CITES App. II) skin products without CITES documents, by "
         "sea from Surabaya to Rotterdam for a mobility-aid accessories firm; Indonesian wording (python skins "
         "repeat in many sets, kept as a repeat of the good; a rollator-bag label was found in no earlier row)",
         firm("Horizon Rollator Accessoires BV", "NL")),
        ("WLF-04", "import", "DEPOST01", "post", "LK", [], "DE", "950300",
         "ඩිමෙන්ශියා රෝගීන් සඳහා සංවේදී බෝනික්කන් සහ ෆිජට් බ්ලැන්කට්, 6", "LK", 1.6, 6, 40, "USD",
         "dementia therapy dolls and fidget blankets are soft, light and flat in a parcel; this padded parcel has "
         "air holes and under six dolls lie twelve live hatchling tortoises with star-patterned, domed shells taped "
         "in socks: Indian star tortoises (Geochelone elegans, CITES App. I) without CITES documents, posted from "
         "Colombo to a private keeper in Bremen who resells through a care-home supply web shop; Sinhala wording "
         "(star tortoises repeat in many sets, kept as a repeat; a dementia-doll parcel cover was found in no earlier "
         "row by a keyword search)", person("Jonas Meyer", "DE")),
        ("WLF-05", "import", "NLSEA01", "sea", "ZA", [], "NL", "060290",
         "Sagopalms (Cycas revoluta) vir versorgingshuistuine, in potte, 40 stuks", "ZA", 2400, 40, 3200, "USD",
         "nursery-grown sago palms are glossy, dark green, with a small, clean caudex in a pot; these 40 have "
         "blue-grey, spiny, stiff leaves and large, scarred, wild-collected trunks with old leaf bases and cut "
         "roots: Encephalartos cycads (CITES App. I) without CITES documents, by sea from Durban to Rotterdam for a "
         "landscaper of care-home gardens; Afrikaans wording (Encephalartos under Cycas labels repeats in many sets, "
         "kept as a repeat; a care-home garden label is the new part as far as a search found)",
         firm("Vega Tuinen voor Zorg BV", "NL")),
        ("WLF-06", "import", "BEAIR01", "air", "VN", [], "BE", "330129",
         "Tinh dầu thơm trị liệu cho viện dưỡng lão (chăm sóc sa sút trí tuệ), 100 ml x 200 chai", "VN", 22, 200, 3000,
         "USD",
         "aromatherapy oils for dementia care are lavender or orange oils at a few euros for 10 ml; these 200 "
         "bottles hold a dark, viscous, woody-balsamic oil that a lab reads as agarwood distillate, worth some "
         "thirty times the declared value: Aquilaria oil (CITES App. II) without CITES documents, flown from Ho Chi "
         "Minh City to Brussels for a care-home supplier; Vietnamese wording (agarwood repeats in many sets and "
         "aromatherapy labels in several, kept as a repeat; a dementia-care label was found in no earlier row)",
         firm("Meridian Zorg Aroma BV", "BE")),
        ("WLF-07", "import", "ATAIR01", "express", "KR", [], "AT", "300490",
         "관절 건강 한방 환, 30환 x 20상자", "KR", 1.2, 20, 400, "USD",
         "herbal joint pills are brown, aromatic pills of roots and barks; these 600 gold-foiled pills smell bitter "
         "and a test finds ursodeoxycholic and tauroursodeoxycholic acid in the ratios of bile from farmed Asiatic "
         "black bears: bear bile products (Ursus thibetanus, CITES App. I) without CITES documents, sent by express "
         "from Seoul to a private buyer in Linz; Korean wording (bear bile repeats in many sets, kept as a repeat; "
         "gold-foiled pills from Korea to Austria are the new part as far as a search found)",
         person("Herr F. Gruber", "AT")),
        ("WLF-08", "import", "FRSEA01", "sea", "CM", [], "FR", "440729",
         "Iroko scié, avivés, 1 conteneur", "CM", 24000, None, 12000, "EUR",
         "iroko is yellow-brown, coarse, with interlocked grain darkening to brown; this container holds finer, "
         "yellow-brown boards that darken to golden-brown with a satin lustre and no chalky deposits: afrormosia "
         "(Pericopsis elata, CITES App. II) without CITES documents, by sea from Douala to Le Havre; Cameroonian "
         "French wording (afrormosia repeats in many sets, kept as a repeat; an iroko label from Douala is the new "
         "part as far as a search found)", firm("Alpina Bois SAS", "FR")),
        ("WLF-09", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "010620",
         "Tortues d'eau douce d'élevage, juvéniles, 80 individus", "MG", 40, 80, 800, "USD",
         "farmed freshwater turtles are flat, dull hatchlings with webbed feet; these 80 are domed, yellow-rayed "
         "land tortoises with elephantine feet: radiated tortoises (Astrochelys radiata, CITES App. I) without "
         "CITES documents, landed at Paris in transit from Antananarivo to Bangkok; Malagasy French wording "
         "(radiated tortoises repeat in many sets, kept as a repeat; a transit through Paris is the new part as far "
         "as a search found)", {"importer_country": "TH"}),
        ("WLF-10", "import", "IEAIR01", "air", "PK", [], "IE", "940490",
         "Wheelchair cushions, gel and foam, 300 pcs", "PK", 450, 300, 3600, "USD",
         "a Sialkot mobility-aid maker's air shipment for a Dublin wheelchair dealer: gel cushions and leather "
         "crutch pads are what Sialkot exporters send, but the third item's 'walking-stick handles, natural horn' "
         "are 40 large, flared, corkscrew-twisted horn sections cut into handles: markhor horn (Capra falconeri, "
         "CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Lahore to Dublin; Pakistani English wording (markhor repeats in six sets, kept as a repeat of the good; "
         "walking-stick handles behind wheelchair cushions are the new part as far as a search found)",
         dict(firm("Orion Mobility Ltd", "IE"),
              _more_items=[item("420500", "Leather crutch pads and hand grips, 600 pcs", "PK", 60, 900, "USD", qty=600),
                           item("050790", "Walking-stick handles, natural horn, 40 pcs", "PK", 12, 200, "USD", qty=40)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CN", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching wheelchair upholstery at home)", "CN",
     2.3, 2, 30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-78-0023")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "IN", "CZ", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model-engine fuel)", "IN", 1.1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-78-0109")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854911",
     "Waste lead-acid batteries from mobility scooters and stairlifts, for recycling at a licensed smelter, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-78-0146")], "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Waste mercury sphygmomanometers from care homes, for mercury recovery at a licensed plant, 2 t", "CH", 2000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-78-0288")], "notified mercury-containing waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "SEAIR01", "air", "US", "SE", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "SE-NV-ODS-78-007")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     600, 30, 15000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-78-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970610",
     "Iron prosthetic hand, Franconia, c. 1540, loan to a US museum of medicine", "DE", 1.4, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-78-0031")], "prosthetic hand exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRROAD01", "road", "FR", "CH", "970610",
     "Louis XV chaise percée, stamped, c. 1750, sold at auction to a Geneva collector", "FR", 30, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-78-0412")], "antique chair exported with the EU export licence and the French certificate"),
    ("PRM-09", "strategic", "export", "ESAIR01", "air", "ES", "TR", "681511",
     "Carbon fibre prepreg, T800 class, 200 kg, for a Turkish prosthetic-foot maker", "ES", 200, None, 18000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-78-0057"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-78-0093")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "845961",
     "Five-axis milling centre with contouring control, 1 unit, for an Indian orthopaedic-implant maker", "IT",
     7000, 1, 380000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-78-0118"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-78-0204")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BEAIR01", "air", "VN", "BE", "330129",
     "Agarwood oil (Aquilaria crassna, plantation-grown), 2 l, for aromatherapy blends", "VN", 1.8, 20, 6000, "USD",
     [("CITES_PERMIT", "VN-CITES-78-0316")], "App. II agarwood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "TH", "DE", "660200",
     "Siamese rosewood walking sticks (Dalbergia cochinchinensis, plantation), 200 units", "TH", 160, 200, 3000, "USD",
     [("CITES_PERMIT", "TH-DNP-78-0088")], "App. II rosewood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Soukromá osoba", "PRM-05": "Central Laboratorium AB",
    "PRM-06": "Atlantic Aero Manutenzione Srl", "PRM-11": "Meridian Zorg Aroma BV", "PRM-12": "Central Gehhilfen GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # mobility-aid dealers, prosthetic and orthotic workshops, care homes and their suppliers
    ("380894", "Wheelchair-cushion disinfectant spray, quaternary, 500 ml", "import", ["post"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("340399", "Prosthetic-liner donning gel, water-based, 100 ml tubes", "import", ["express"], ["IN", "US"], (40, 80), (1, 3), ["USD"], 9, S),
    ("340290", "Bedpan-washer descaler, citric acid based, 20 l", "import", ["sea"], ["KR", "DE"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 0.05, S),
    ("252020", "Plaster of Paris for orthopaedic casting, 25 kg bags", "import", ["sea"], ["VN", "TR"], (0.4, 0.8), (8000, 16000), ["USD"], 0.04, S),
    ("391390", "Superabsorbent gel granules for commode liners, 1 kg tubs", "import", ["sea"], ["JO", "CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("330730", "Herbal foot-soak salts, 500 g tubs", "import", ["post"], ["TH", "IL"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("381090", "Citric passivation solution for stainless instruments, 1 l", "import", ["air"], ["PK", "US"], (6, 12), (100, 400), ["USD"], 1, S),
    ("282720", "Calcium-chloride de-icing flakes for ramps, 10 kg bags", "import", ["road"], ["RS", "TR"], (0.3, 0.6), (2000, 8000), ["EUR"], 0.1, S),
    ("871390", "Mobility scooters, new, with batteries", "import", ["sea"], ["CN", "TW"], (15, 25), (3000, 8000), ["USD"], 0.01, S),
    ("871310", "Manual folding wheelchairs, new", "import", ["sea"], ["CN", "TW"], (8, 14), (4000, 10000), ["USD"], 0.06, S),
    ("871390", "Rollators, aluminium frame, new", "import", ["sea"], ["CN", "TW"], (8, 14), (3000, 8000), ["USD"], 0.12, S),
    ("940290", "Shower chairs and commode chairs, new", "import", ["sea"], ["CN", "TR"], (4, 8), (3000, 8000), ["USD", "EUR"], 0.15, S),
    ("842890", "Stairlifts, new, straight rail", "import", ["road"], ["GB", "NL"], (15, 25), (2000, 6000), ["GBP", "EUR"], 0.01, S),
    ("390610", "Acrylic lamination resin for orthoses, 5 kg", "import", ["air"], ["DE", "US"], (15, 25), (200, 800), ["EUR", "USD"], 0.2, S),
    ("630291", "Cotton draw sheets and pillowcases for care homes, new", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 10000), ["USD"], 2, S),
    ("902519", "Digital blood-pressure monitors, upper arm", "import", ["post", "express"], ["CN", "JP"], (60, 120), (1, 3), ["USD"], 2, S),
    ("851629", "Electric panel heaters for care-home rooms, new", "import", ["sea"], ["TR", "CN"], (6, 10), (3000, 8000), ["USD", "EUR"], 0.15, S),
    ("381400", "Ester-based thinner for orthotic contact adhesive, 1 l", "import", ["air"], ["BR", "DE"], (5, 10), (100, 400), ["USD", "EUR"], 1.2, S),
    ("401150", "Solid wheelchair tyres, 24 inch", "import", ["sea"], ["CN", "TW"], (2, 4), (2000, 6000), ["USD"], 0.8, S),
    ("300490", "Salbutamol inhalers, HFA propellant, 100 mcg", "import", ["air"], ["GB", "IN"], (40, 80), (100, 400), ["GBP", "USD"], 30, S),
    ("842410", "Dry-powder fire extinguishers for care homes, 6 kg", "import", ["road"], ["BA", "PL"], (3, 5), (1000, 4000), ["EUR"], 0.1, S),
    ("381400", "Silicone-liner cleaning soap, 250 ml", "import", ["express"], ["JP", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("381400", "Silicone medical adhesive remover spray, 50 ml", "import", ["post"], ["TR", "GB"], (30, 60), (1, 3), ["EUR", "GBP"], 15, S),
    ("902190", "Myoelectric hand components, new", "import", ["air"], ["US", "IS"], (400, 900), (5, 30), ["USD", "EUR"], 2, S),
    ("691390", "Anatomical teaching models, resin and plaster, new", "import", ["sea"], ["CN", "IN"], (6, 12), (1000, 3000), ["USD"], 0.5, S),
    ("902110", "Forearm crutches, aluminium, new", "import", ["sea"], ["CN", "TW"], (4, 8), (2000, 6000), ["USD"], 0.8, S),
    ("902139", "Ocular prostheses, acrylic, stock shells", "import", ["express"], ["DE", "US"], (800, 1500), (1, 2), ["EUR", "USD"], 100, S),
    ("732310", "Enamelled steel bedpans and urinals, new", "import", ["post"], ["PL", "CZ"], (10, 20), (1, 3), ["EUR"], 2, S),
    ("902139", "Prosthetic SACH feet, new", "import", ["air"], ["IN", "KH"], (20, 40), (100, 400), ["USD"], 1.2, S),
    ("850490", "Powerchair joystick controller modules, spare", "import", ["air"], ["NZ", "GB"], (80, 160), (50, 200), ["USD", "GBP"], 5, S),
    ("681511", "Carbon-fibre prepreg, standard modulus, rolls", "import", ["air"], ["JP", "US"], (25, 45), (200, 800), ["USD"], None, S),
    ("760820", "Aluminium prosthetic pylon tubes, 30 mm", "import", ["air"], ["DE", "IS"], (40, 80), (50, 200), ["EUR"], 3, S),
    ("903180", "Wearable gait-analysis sensors, consumer MEMS", "import", ["express"], ["US", "CN"], (300, 600), (1, 3), ["USD"], 10, S),
    ("441233", "Folding wheelchair ramps, aluminium and plywood", "import", ["road"], ["LT", "PL"], (4, 7), (2000, 6000), ["EUR"], 0.1, S),
    ("940290", "Electric nursing beds, new, with side rails", "import", ["road"], ["PL", "LT"], (6, 10), (8000, 16000), ["EUR"], 0.01, S),
    ("846490", "Three-axis foam carvers for prosthetic sockets", "import", ["sea"], ["CA", "US"], (30, 60), (1000, 3000), ["USD"], 0.002, S),
    ("660200", "Beech walking sticks, new, with rubber ferrules", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 6000), ["USD"], 2, S),
    ("621490", "Alpaca lap blankets, wool, new", "import", ["post", "express"], ["PE", "BO"], (60, 120), (1, 3), ["USD"], 2, S),
    ("950300", "Dementia therapy dolls and fidget blankets", "import", ["post"], ["GB", "LK"], (20, 40), (1, 3), ["GBP", "USD"], 3, S),
    ("940490", "Gel and foam wheelchair cushions, new", "import", ["air"], ["PK", "US"], (10, 20), (200, 600), ["USD"], 0.6, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442191", "Bamboo bath caddies", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("701349", "Glass salt and pepper shakers, boxed pairs", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 4, N),
        ("392690", "Acrylic photo frames, freestanding", "import", ["sea"], ["CN"], (4, 7), (2000, 5000), ["USD"], 3, N),
        ("520710", "Crochet cotton yarn, retail balls", "import", ["post", "express"], ["TR", "PE"], (20, 40), (1, 3), ["EUR", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind311", 20780101, HERE)


if __name__ == "__main__":
    main()
