#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-seventh blind set (tests/risk/data/blind287-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: film, theatre and concert touring
logistics (carnets, flight cases, backline: touring freight forwarders and carnet agents,
flight-case makers, backline and lighting rental houses, stage and scenery workshops,
film equipment hire firms, costume houses, orchestras and touring productions).
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
only where a real declaration would. Ids are BL287-*:

    python3 tests/risk/data/make_blind287_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "air", "KR", [], "AT", "320990",
         "무대 세트용 에이징 워시 (목재·철재 고색 처리제), 1리터, 48병", "KR", 56, 48, 380, "USD",
         "the ageing washes scenic workshops brush on new timber and steel for a weathered look are tea- or "
         "vinegar-based stains of about 1.0 kg/l that smell sour; these 48 bottles hold a water-clear, odourless "
         "liquid of 1.13 kg/l with vented caps that whitens the skin and fizzes on a cut: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), flown from Incheon to Vienna for a scenery workshop's web shop that sells "
         "the bottles to hobby model-makers; Korean wording (hydrogen peroxide repeats in many sets; a scenic "
         "ageing-wash label was found in no earlier row by a keyword search)", firm("Alpina Bühnenbau GmbH", "AT")),
        ("PRE-02", "import", "ITAIR01", "air", "US", [], "IT", "340290",
         "Fog machine heater-block cleaning fluid, 1 gal, 40 jugs", "US", 158, 40, 600, "USD",
         "the cleaning fluids sold for fog-machine heat exchangers are distilled water with a little citric acid or "
         "glycol and weigh 1.0 kg/l; these 40 jugs hold an oily, faintly fruity liquid of 1.14 kg/l that burns with "
         "a bright flame, and the drum code under the sticker reads 'UN1261': nitromethane (Annex I above 16 %), "
         "flown from Chicago to Milan for a lighting-rental house that resells the jugs to model-engine racers; "
         "American English wording (nitromethane repeats in many sets and haze-fluid labels in three, blind133, "
         "blind199, blind243; a fog-machine cleaning-fluid label was found in no earlier row)",
         firm("Meridian Service Luci Srl", "IT")),
        ("PRE-03", "import", "BEAIR01", "air", "IN", [], "BE", "285390",
         "बैकलाइन यूपीएस रैक के लिए बैटरी टॉप-अप डिस्टिल्ड वॉटर, 1 लीटर, 600 बोतलें", "IN", 1100, 600, 420, "USD",
         "the top-up water for the lead-acid UPS racks of touring backline is demineralised water of 1.0 kg/l in "
         "thin bottles; these 600 bottles weigh 1.84 kg/l, grow hot with a drop of water and char the cardboard "
         "where one leaked: about 96 % sulphuric acid (Annex I above 15 %) retail-packed in litre bottles for an "
         "Antwerp event-supply shop that sells to the public, flown from Delhi to Brussels; Hindi wording "
         "(sulphuric acid repeats in many sets and distilled-water labels in a few; a backline-UPS top-up label "
         "was found in no earlier row)", firm("Delta Event Supplies SA", "BE")),
        ("PRE-04", "import", "FRAIR01", "air", "JP", [], "FR", "382499",
         "舞台用人工雪パウダー (吹雪演出用), 1 kg袋, 300袋", "JP", 300, 300, 540000, "JPY",
         "stage snow is a light, fluffy paper or polymer flake of a few tens of g/l that blows from a snow machine; "
         "these 300 bags hold a dense, white crystalline powder that sinks in water, flares violet with sugar on a "
         "hot plate and whose inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %) for a Lyon "
         "opera's effects supplier that sells kilo bags on line, flown from Osaka; Japanese wording (potassium "
         "perchlorate repeats in many sets and snow labels in several; a stage-snow label from Japan was found in "
         "no earlier row)", firm("Rivage Effets Scéniques SARL", "FR")),
        ("PRE-05", "import", "HUROAD01", "road", "RS", [], "HU", "380610",
         "Kalafonijum u prahu za baletske podijume (rosin box), 2 kg kese, 250 kom.", "RS", 500, 250, 900, "EUR",
         "dancers' rosin is crushed pine resin, amber-yellow, sticky and smelling of turpentine; these 250 bags hold "
         "white, glassy flakes with no smell that crackle and spit sparks on a hot iron and whose supplier sheet "
         "gives CAS 3811-04-9: potassium chlorate (Annex I above 40 %) for a Budapest ballet-supply shop that sells "
         "the bags to the public, in a van at Röszke; Serbian wording (potassium chlorate repeats in many sets and "
         "rosin labels once, blind133, on a flux; a dance-floor rosin label was found in no earlier row)",
         firm("Orion Balett Kellék Kft.", "HU")),
        ("PRE-06", "import", "ESSEA01", "sea", "MA", [], "ES", "382499",
         "Recharge pour poches de froid instantané, trousses de secours de festivals, sacs de 25 kg, 400 sacs", "MA",
         10000, 400, 3200, "EUR",
         "instant cold-pack refills are urea or ammonium nitrate below the Annex I limit, sold as small sachets; "
         "these 400 sacks hold white prills testing at 34 % N that melt and fume on a hot plate, for a Valencia "
         "festival first-aid supplier that repacks them in kilo tubs sold to the public: ammonium nitrate (Annex I "
         "at 16 % N or more), by sea from Casablanca; Moroccan French wording (ammonium nitrate and cold-pack "
         "labels repeat in several sets, kept as a repeat of that family; a festival first-aid refill is the new "
         "part as far as a search found)", firm("Atlantic Festival Servicios SL", "ES")),
        ("PRE-07", "import", "CZROAD01", "road", "UA", [], "CZ", "340290",
         "Концентрат для видалення накипу з духових інструментів, 5 л, 80 каністр", "UA", 560, 80, 640, "EUR",
         "brass-instrument descaling concentrates are mild citric or sulphamic solutions of about 1.05 kg/l; these "
         "80 cans weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for a "
         "Prague brass-band and orchestra supplier that sells the cans to the public: about 65 % nitric acid "
         "(Annex I above 3 %), by lorry through Vyšné Nemecké; Ukrainian wording (nitric acid repeats in many sets; "
         "an instrument-descaler label was found in no earlier row)", firm("Horizon Hudební Servis s.r.o.", "CZ")),
        ("PRE-08", "import", "PLSEA01", "sea", "IN", [], "PL", "281122",
         "फिल्म कैमरा फ्लाइट केस के लिए नमी सोखने वाले पाउच, 1 किलो, 800 पैकेट", "IN", 800, 800, 960, "USD",
         "the desiccant pouches that film-camera flight cases carry are silica-gel beads that never dissolve; these "
         "800 packets hold a soft, white, hygroscopic powder that dissolves at once and burns fiercely with sugar: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for a Warsaw camera-rental house's shop, by sea "
         "from Mumbai to Gdańsk; Hindi wording from Mumbai's film trade (sodium perchlorate repeats in many sets "
         "and desiccant labels in several, blind264 among them; kept as a repeat of the label, a film-camera "
         "flight-case pouch is the new part)", firm("Central Kamera Wypożyczalnia Sp. z o.o.", "PL")),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "380894",
         "Pool shock granules, chlorine, 4 x 1 kg", "GB", 4, 4, 60, "GBP",
         "pool shock is calcium hypochlorite granules that smell strongly of chlorine; these four tubs hold "
         "odourless white crystals that do not bleach paper and flare with sugar on a match, inner bags reading "
         "'NaClO3': sodium chlorate (Annex I above 40 %), posted from Belfast to a private person in "
         "Dundalk; British English wording (sodium chlorate repeats in many sets and pool-chemical labels in several, "
         "kept as a repeat; a Northern Irish post route is the new part as far as a search found)",
         person("Mr Ciarán Byrne", "IE")),
        ("PRE-10", "import", "DEROAD01", "road", "PL", [], "DE", "340290",
         "Koncentrat do czyszczenia ekranów LED (ściany wideo), kanistry 10 l, 180 szt. (2 z 3 przesyłek)", "PL",
         2160, 180, 1400, "EUR",
         "LED-wall screen cleaners are alcohol-water sprays of 0.95 kg/l; these 180 cans hold a water-clear liquid "
         "of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, the second of three vans booked "
         "that week each kept under 2.5 t, for a Leipzig video-wall rental firm's web shop that sells to anyone: "
         "about 50 % hydrogen peroxide (Annex I above 12 %), at Świecko; Polish wording (hydrogen peroxide repeats "
         "in many sets and splits over several vans in blind264 and blind280; an LED-wall cleaner label was found "
         "in no earlier row)", firm("Vega Videowand Verleih GmbH", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "NG", "940542",
         "Used LED stage lighting fixtures, working, ex-rental, 1,200 pcs", "GB", 9600, 1200, 14000, "GBP",
         "working ex-rental LED fixtures come tested, with lenses and a PAT label, in their cases; these are bare "
         "1990s par cans, moving heads with burnt boards, dimmer packs and cracked lenses of every make, many "
         "missing lamps, thrown loose into the container of a London rental house's clear-out for a Lagos "
         "'lighting hire': waste electrical equipment (A1180), whose export to a non-OECD country is banned, from "
         "Felixstowe to Apapa; English wording (used equipment as e-waste repeats in many sets; ex-rental stage "
         "lighting was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GH", "850440",
         "Gebruikte UPS-eenheden voor backline, getest, 300 stuks", "NL", 7500, 300, 6000, "EUR",
         "tested used UPS units have their batteries fitted, charged and dated; these rack units' battery trays "
         "hold bulged, leaking sealed lead-acid blocks from two seasons of touring, many cracked, at 0 V: waste "
         "lead-acid batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "from Rotterdam to Tema for a 'backline hire'; Dutch wording (lead-acid batteries repeat in many sets; "
         "backline UPS units were found in no earlier row)", {"importer_country": "GH"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "591190",
         "Telones de escenario usados, textil ignífugo, teatro, 14 t", "ES", 14000, None, 2100, "EUR",
         "used stage drapes are wool serge or flame-proofed cotton that fold soft; these bales hold stiff, grey, "
         "fibrous panels that shed a white dust when bent and the strip-out contractor's tag reads 'telón "
         "cortafuegos, amianto': the asbestos safety curtain and pelmets of a Seville theatre's refurbishment, "
         "asbestos waste (17 06 01*), hazardous waste whose export to a non-OECD country is banned, from Algeciras "
         "to Tanger Med; Spanish wording (asbestos repeats in many sets and a safety-curtain label twice, blind65 "
         "and blind243; kept as a repeat, stage drapes to Morocco are the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "DEAIR01", "air", "DE", [], "IN", "853932",
         "Ersatzlampen für Verfolgerscheinwerfer, Halogenmetalldampf, neu, 2.400 Stück", "DE", 1200, 2400, 9600, "EUR",
         "new follow-spot and HMI lamps come in the maker's boxes with foam and a data sheet; these cartons hold "
         "loose, blackened lamps with burnt seals and broken pins, pulled from Berlin rental stock at end of "
         "life, each with a mercury fill: waste mercury-containing lamps (A1030, 20 01 21*), hazardous waste whose "
         "export to a non-OECD country is banned, flown from Frankfurt to Mumbai for a 'lamp refurbisher'; German "
         "wording (mercury lamps repeat in several sets; follow-spot lamps were found in no earlier row)",
         {"importer_country": "IN"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "852852",
         "Moniteurs de contrôle broadcast d'occasion, 800 pièces", "FR", 16000, 800, 8000, "EUR",
         "used broadcast monitors are flat panels with their stands and a test report; these are 1990s CRT "
         "studio monitors and rear-projection cubes from a Paris post-production house's store, cracked or dead, "
         "leaded glass and all: waste CRTs (A1180, 16 02 13*), hazardous waste whose export to a non-OECD country "
         "is banned, from Le Havre to Dakar; French wording (CRT monitors repeat in many sets; broadcast control "
         "monitors are the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "391810",
         "Podłogi baletowe PVC, używane, w rolkach, 20 t", "PL", 20000, None, 3000, "EUR",
         "used vinyl dance floors for resale are clean, rolled, taped and one maker's; these rolls are torn, "
         "paint-stained, tape-glued strips and offcuts mixed with gaffer-tape balls and painted hardboard, the "
         "strip-out of a Kraków opera store: mixed contaminated plastic waste (Y48) shipped without the prior "
         "consent it needs, at Dorohusk for a Lviv 'flooring'; Polish wording (PVC waste repeats in many sets; a "
         "ballet-floor label was found in no earlier row)", {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "PK", "854449",
         "Cavi multipolari per palcoscenico (Socapex), usati, 18 t", "IT", 18000, None, 5400, "EUR",
         "used stage multicores for resale are whole looms with connectors, coiled and tested; these bales hold "
         "cut, burnt and knotted lengths of every kind, old PVC mains tails and lamp cable, for a Karachi yard that "
         "burns cable for copper: waste plastic-insulated cable (A1190), whose export to a non-OECD country is "
         "banned, from Genoa to Karachi; Italian wording (cable scrap repeats in many sets, kept as a repeat of the "
         "good; a stage-multicore label was found in no earlier row)", {"importer_country": "PK"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "CM", "420292",
         "Flight-cases vides, d'occasion, 120 pièces", "BE", 6000, 120, 3600, "EUR",
         "a touring outfitter's container for Douala: empty used flight cases are what the Brussels rental house "
         "sells on, but the second and third items are 40 dead mixing consoles and 300 broken amplifiers packed "
         "inside the cases, with lead-acid UPS blocks: waste electrical equipment (A1180, 16 06 01*) whose export "
         "to a non-OECD country is banned, hidden behind the cases of a three-item declaration, from Antwerp to "
         "Douala; Belgian French wording (e-waste packed inside used goods repeats in many sets; flight cases as "
         "the cover were found in no earlier row)",
         dict({"importer_country": "CM"},
              _more_items=[item("854370", "Tables de mixage d'occasion, 40 pièces", "BE", 1200, 2000, "EUR", qty=40),
                           item("851840", "Amplificateurs de puissance d'occasion, 300 pièces", "BE", 4500, 3000, "EUR", qty=300)])),
        ("WST-09", "export", "SISEA01", "sea", "SI", [], "TR", "400400",
         "Gumijasti granulat iz rabljenih pnevmatik, 24 t", "SI", 24000, None, 1200, "EUR",
         "tyre granulate is black, clean rubber crumb with the steel and textile taken out; these bags hold a "
         "fluffy, oily mix of foam, carpet, plastics, wire and glass from a car shredder: automotive shredder "
         "residue (19 10 03*), hazardous waste shipped without notification, from Koper to Izmit; Slovenian "
         "wording (shredder residue repeats in several sets; a tyre-granulate label from Slovenia is the new part "
         "as far as a search found)", {"importer_country": "TR"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "281820",
         "Σφαιρίδια αλουμίνας, νέα, για κλίνες υποστήριξης, 18 t", "GR", 18000, None, 2700, "EUR",
         "new alumina support balls are clean, white, hard spheres in sealed sacks; these are grey-black, "
         "oil-smelling balls mixed with spent cobalt-molybdenum catalyst extrudates dumped from a refinery "
         "hydrotreater: spent catalysts (16 08 02*), hazardous waste whose export to a non-OECD country is banned, "
         "from Thessaloniki to Alexandria; Greek wording (spent catalysts repeat in several sets; support-ball "
         "labels are the new part as far as a search found)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ATROAD01", "road", "TR", [], "AT", "842410",
         "Pyroteknik ekipleri için flight-case tipi yangın söndürücüler, 2 kg, 160 adet", "TR", 480, 160, 2400, "EUR",
         "the extinguishers pyro crews strap in their flight cases are CO2 or powder units with a certificate; "
         "these 160 red cans spray a liquid that vanishes into a sweet gas and the collars read 'BCF' under the "
         "stickers: halon 1211 in portable extinguishers, products whose import into the Union is banned, by lorry "
         "from Istanbul to a Vienna stage-pyrotechnics firm; Turkish wording (halon 1211 repeats in many sets; a "
         "pyro-crew flight-case extinguisher was found in no earlier row)", firm("Nordhafen Pyrotechnik GmbH", "AT")),
        ("OZN-02", "import", "DEAIR01", "express", "JP", [], "DE", "842489",
         "カメラ用エアダスター (フィルムゲート清掃用), 400 mL, 120本", "JP", 60, 120, 96000, "JPY",
         "camera air dusters hold HFC-152a or DME that lights; these 120 cans do not burn, frost deeply when "
         "inverted, and a leak detector names dichlorodifluoromethane: CFC-12 in aerosols, whose import into the "
         "Union is banned, sent by express from Tokyo to a Munich film-camera rental house; Japanese wording (CFC-12 "
         "in dusters and freeze sprays repeats in many sets, kept as a repeat; a film-gate duster label is the new "
         "part as far as a search found)", firm("Alpina Kameraverleih GmbH", "DE")),
        ("OZN-03", "import", "NLAIR01", "air", "IN", [], "NL", "381400",
         "35 மிமீ திரைப்படச் சுருள் சுத்திகரிப்பான், 1 லிட்டர், 40 பாட்டில்கள்", "IN", 53, 40, 400, "USD",
         "modern film-print cleaners are isopropanol or HFE blends that evaporate clean; these 40 bottles weigh "
         "1.33 kg/l, do not burn and smell sweet like chloroform: 1,1,1-trichloroethane (methyl chloroform), the "
         "old film cleaner, whose import into the Union is banned, flown from Chennai to Amsterdam for a "
         "film-archive restoration lab; Tamil wording (methyl chloroform repeats in several sets and film-cleaner "
         "labels in four, blind51, blind56, blind92, blind103; kept as a repeat of the label, from Chennai in "
         "Tamil is the new part)", firm("Horizon Filmrestauratie BV", "NL")),
        ("OZN-04", "import", "FRAIR01", "air", "CN", [], "FR", "340290",
         "DMX接头及推子触点清洁剂, 500毫升, 600瓶", "CN", 480, 600, 900, "USD",
         "contact cleaners for lighting-desk faders and DMX connectors are isopropanol or naphtha sprays of 0.8 kg/l "
         "that burn; these 600 bottles weigh 1.59 kg/l, do not burn and smell of chloroform: carbon tetrachloride, "
         "whose import into the Union is banned, flown from Shenzhen to Paris for a lighting-rental house; Chinese "
         "wording (carbon tetrachloride repeats in many sets and contact-cleaner labels in several; a DMX and fader "
         "cleaner label was found in no earlier row)", firm("Central Lumière Location SARL", "FR")),
        ("OZN-05", "import", "ESSEA01", "sea", "TH", [], "ES", "940542",
         "โคมไฟ LED สำหรับกองถ่ายภาพยนตร์, 200 ชุด", "TH", 2400, 200, 12000, "USD",
         "a film-equipment container for Madrid: LED panels and stands are what the Bangkok supplier ships to the "
         "hire house, but the third item's 'portable air circulators' are 60 spot coolers for sound stages whose "
         "plates read R-22 and whose pressure gauges confirm it: equipment charged with HCFC-22, whose placing on "
         "the Union market is banned, hidden as the last item of a three-item declaration, by sea from Laem "
         "Chabang to Valencia; Thai wording (HCFC-22 equipment repeats in many sets; spot coolers behind film "
         "lighting are the new part as far as a search found)",
         dict(firm("Meridian Rodajes SL", "ES"),
              _more_items=[item("940599", "ขาตั้งไฟ, 300 ชิ้น", "TH", 1800, 4000, "USD", qty=300),
                           item("841459", "Portable air circulators, 60 pcs", "TH", 2700, 3000, "USD", qty=60)])),
        ("OZN-06", "import", "GBSEA01", "sea", "CN", [], "GB", "382499",
         "Low-lying fog fluid concentrate, heavy, 200 kg drums, 24 drums", "CN", 4800, 24, 7200, "USD",
         "low-fog fluids are glycol-water mixtures chilled by ice or a compressor, 1.05 kg/l; these 24 drums weigh "
         "1.49 kg/l, boil at 24 °C in a warm room with an ether smell and leave no residue: CFC-11 "
         "(trichlorofluoromethane), whose import is banned, by sea from Ningbo to Felixstowe for a concert-effects "
         "hire firm; English wording (CFC-11 repeats in many sets and haze-fluid labels in three; a low-lying-fog "
         "label was found in no earlier row)", firm("Orion Stage Effects Ltd", "GB")),
        ("OZN-07", "import", "CYAIR01", "air", "AE", [], "CY", "842410",
         "أسطوانات إطفاء لمركبات البث الخارجي، 12 أسطوانة", "AE", 540, 12, 3600, "USD",
         "the suppression cylinders of outside-broadcast trucks hold FK-5-1-12 or an inert gas with a certificate; "
         "these 12 cylinders read 42 bar, are stamped '1301' under new labels and a drop boils off at once: halon "
         "1301 in fire-protection products whose import into the Union is banned, flown from Dubai to Larnaca for "
         "an OB-truck builder; Emirati Arabic wording (halon 1301 repeats in many sets, kept as a repeat; an "
         "OB-truck cylinder label was found in no earlier row)", firm("Vega Broadcast Ltd", "CY")),
        ("OZN-08", "transit", "DEROAD01", "road", "CN", ["DE"], "CH", "390950",
         "PU-Schaumsystem für Flightcase-Einlagen (2K), 40 Fässer", "CN", 8800, 40, 9000, "USD",
         "two-part PU foam systems for flight-case inserts come with a water- or HFO-blown polyol and a data "
         "sheet; this polyol side fizzes when the bung is opened, smells of ether and a leak detector names "
         "HCFC-141b: a pre-blended polyol containing HCFC-141b, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Hamburg and trucked in transit to a Swiss flight-case maker; "
         "German wording (HCFC-141b polyols repeat in several sets, blind102, blind112, blind139, kept as a repeat; "
         "a flight-case-insert foam is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-09", "import", "ESSEA01", "sea", "MA", [], "ES", "291513",
         "فورمات الإيثيل للتبخير، قنينات 50 كلغ، 40 قنينة", "MA", 2000, 40, 4000, "EUR",
         "ethyl formate fumigant is a liquid in drums that smells of rum and burns; these 40 cylinders hold a gas "
         "under pressure that smells faintly sweet and the valve stamps read 'CH3Br': methyl bromide, whose import "
         "into the Union is banned, by sea from Agadir to Almería for a greenhouse supplier; Moroccan Arabic wording "
         "(methyl bromide repeats in many sets; an ethyl-formate label was found in no earlier row)",
         firm("Delta Agro Almería SL", "ES")),
        ("OZN-10", "import", "ITSEA01", "sea", "IN", [], "IT", "842410",
         "ബോട്ട് എഞ്ചിൻ മുറിക്കുള്ള അഗ്നിശമന ഉപകരണം, 5 കിലോ, 200 എണ്ണം", "IN", 1000, 200, 3000, "USD",
         "engine-room extinguishers for boats hold FE-36 or powder; these 200 cans hold a heavy liquid of 1.99 "
         "kg/l with a sweet smell that does not burn, labelled 'CB' on the valve: bromochloromethane, whose import "
         "into the Union is banned, by sea from Kochi to Naples for a chandler; Malayalam wording "
         "(bromochloromethane repeats in many sets; boat engine-room extinguishers are the new part as far as a "
         "search found)", firm("Rivage Nautica Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "JP", [], "FR", "442090",
         "能面 (舞台小道具, 複製品), 木製, 3面", "JP", 2, 3, 45000, "JPY",
         "reproduction Noh masks are new, bright and evenly painted; these three are of worn hinoki with layered "
         "gofun cracking, old lacquer inside, carver's seals of the Deme line and Edo-period storage boxes: "
         "Noh masks over 200 years old exported from Japan without the Agency for Cultural Affairs' permission "
         "and imported under a theatre-prop label, flown from Tokyo to Paris for a touring company's 'prop store'; "
         "Japanese wording (Noh objects repeat in a few sets; a stage-prop replica label is the new part as far as "
         "a search found)", firm("Atlantic Accessoires de Scène SARL", "FR")),
        ("CUL-02", "import", "NLAIR01", "air", "ID", [], "NL", "950300",
         "Wayang kulit untuk pertunjukan keliling, 60 buah", "ID", 18, 60, 600, "USD",
         "touring wayang kulit sets are new, bright buffalo-hide puppets; these 60 are darkened, brittle, with "
         "gold leaf worn through, horn rods cracked and a kraton inventory number on several: 19th-century court "
         "puppets from Central Java exported without the Indonesian permit Law 11/2010 requires, flown from "
         "Jakarta to Amsterdam for a 'touring puppet theatre'; Indonesian wording (wayang repeat in three sets, "
         "blind150, blind202, blind243; kept as a repeat, a touring-show label is the new part)",
         firm("Horizon Poppentheater BV", "NL")),
        ("CUL-03", "transit", "DEAIR01", "air", "EG", ["DE"], "US", "680291",
         "لوح حجري للديكور المسرحي (أوبرا عايدة)، نسخة، قطعة واحدة", "EG", 60, 1, 200, "USD",
         "an opera prop stela is painted polystyrene or cast resin, light and hollow; this one is solid limestone, "
         "60 kg, with weathered hieroglyphs, an offering scene, traces of pigment and a chisel-cut back where it was "
         "sawn from a tomb wall: an ancient Egyptian funerary stela exported without the Ministry's permission, "
         "landed at Frankfurt in transit from Cairo to a New York 'opera production'; Egyptian Arabic wording "
         "(Egyptian stelae repeat in several sets; an Aida prop label was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-04", "export", "ITAIR01", "air", "IT", [], "US", "920210",
         "Violino da studio, noleggio per tournée orchestrale, 1 pz.", "IT", 1.5, 1, 800, "EUR",
         "a student violin on a tour is factory-made with a sprayed finish; this one is a Cremonese violin of "
         "about 1700 with a one-piece flamed back, worn amber varnish, a repaired soundpost crack and a "
         "dealer's certificate in the case pocket: a musical instrument over 50 years old and worth far more than "
         "the EU export-licence threshold (Regulation 116/2009), exported without the licence under a touring "
         "label, flown from Milan to New York; Italian wording (violins repeat in several sets; an orchestral-tour "
         "rental label is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-05", "import", "BEAIR01", "air", "NP", [], "BE", "590700",
         "मञ्च पृष्ठभूमि चित्रित कपडा, 4 थान", "NP", 6, 4, 120, "USD",
         "painted stage backdrops are large, new cotton cloths in acrylic; these four are mineral-pigment thangkas "
         "on sized cloth with silk mounts, lamp-soot darkened, with consecration mantras on the back: 18th-century "
         "monastery paintings exported from Nepal without the Department of Archaeology's permission, flown from "
         "Kathmandu to Brussels for a dance company's 'set'; Nepali wording (thangkas repeat in many sets, kept as "
         "a repeat of the good; a stage-backdrop label was found in no earlier row)", firm("Delta Danse Compagnie ASBL", "BE")),
        ("CUL-06", "import", "DEROAD01", "road", "TR", [], "DE", "570110",
         "Bühnenteppiche, gebraucht, Wolle, für Tourneeproduktionen, 12 Stück", "TR", 420, 12, 2400, "EUR",
         "a touring production's rug shipment for Cologne: worn wool stage rugs are what the Istanbul dealer sends, "
         "but the second item is a Qajar-period silk Kashan rug with the weaver's signature cartouche and a "
         "Tehran export seal cut off, over 100 years old and carried out of Iran without permission (and an Iranian "
         "carpet under EU restrictive measures), hidden as the second item, by lorry through Kapıkule; German "
         "wording (Persian carpets repeat in several sets; stage-rug labels are the new part as far as a search "
         "found)",
         dict(firm("Vega Bühnenausstattung GmbH", "DE"),
              _more_items=[item("570110", "Bühnenteppich, Seide, gebraucht, 1 Stück", "TR", 18, 300, "EUR", qty=1)])),
        ("CUL-07", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Utilería para rodaje, réplicas de cerámica precolombina, devolución, 24 piezas", "PE", 30, 24, 480, "USD",
         "film props of pre-Columbian pottery are new slip-cast copies, light and even; these 24 are stirrup-spout "
         "Moche and Nazca vessels with root marks, mineral crust and old breaks: archaeological objects exported from "
         "Peru without permission and imported as returning film props, flown from Lima to Madrid for a production "
         "company; Peruvian Spanish wording (pre-Columbian ceramics repeat in many sets and film set dressing once, "
         "blind216; kept as a repeat, a 'utilería' return label is the new part as far as a search found)",
         firm("Rivage Producciones SL", "ES")),
        ("CUL-08", "export", "ITROAD01", "road", "IT", ["CH"], "GB", "491199",
         "Bozzetti scenografici, riproduzioni a stampa, cartella, 30 fogli", "IT", 3, 30, 300, "EUR",
         "printed scenography reproductions are modern offset sheets; these 30 are pen, ink and wash drawings on "
         "laid paper with watermarks, Bibiena-school designs for theatre sets of about 1720-1750: drawings over 50 "
         "years old and above the EU threshold, exported without the EU export licence and the Italian "
         "certificate, by van through Switzerland to a London dealer; Italian wording (old master drawings repeat "
         "in a few sets; scenography reproductions were found in no earlier row)", {"importer_country": "GB"}),
        ("CUL-09", "import", "ATAIR01", "air", "TN", [], "AT", "680291",
         "Tête décorative en marbre, ornement de jardin, 1 pièce", "TN", 28, 1, 150, "EUR",
         "a garden-ornament head is new, crisp, acid-aged marble; this one has root marks in the hair, a broken "
         "neck with old iron stains and a Severan hairstyle: a Roman marble portrait head from Libya taken through "
         "Tunisia, exported without permission, flown from Tunis to Vienna; Tunisian French wording (Roman marble "
         "heads and garden-ornament labels repeat in many sets, kept as a repeat; from Tunis to Vienna is the new "
         "part as far as a search found)", firm("Central Antiken Handel GmbH", "AT")),
        ("CUL-10", "import", "SEAIR01", "air", "ET", [], "SE", "830629",
         "ለኦፔራ ትርኢት የሚሆን የመስቀል መድረክ ዕቃ፣ 1 ቁራጭ", "ET", 3, 1, 80, "USD",
         "a processional-cross stage prop is new cast brass with a shiny finish; this one is a hand-cast bronze "
         "processional cross with worn interlace, a 16th-century Ge'ez inscription and a church's socket worn "
         "smooth by use: Ethiopian church property exported without the Authority for Research and Conservation "
         "of Cultural Heritage's permission, flown from Addis Ababa to Stockholm for an opera 'props'; Amharic "
         "wording (Ethiopian crosses repeat in a few sets; an opera-prop label was found in no earlier row)",
         firm("Nordhafen Opera Rekvisita AB", "SE")),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KG", "852589",
         "Kameros galvutės su giroskopiniu stabilizavimu filmavimui, 6 vnt.", "LT", 180, 6, 24000, "EUR",
         "film gimbal heads are brushless camera stabilisers of a few thousand euros; these six hold cooled "
         "thermal-imaging cores with 640x512 arrays and laser rangefinders, maker-listed at 60,000 EUR each, for a "
         "Bishkek 'film rental' firm set up in December whose freight goes on to Moscow: thermal cameras (dual-use "
         "6A003) on the list whose export to Russia Regulation 833/2014 forbids, flown from Vilnius; Lithuanian "
         "wording (thermal cores and gimbals repeat in several sets; a film gimbal-head label via Kyrgyzstan is "
         "the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AE", "851762",
         "Drahtlose Bühnenmikrofon-Systeme, Tournee-Set, 24 Stück", "DE", 90, 24, 9000, "EUR",
         "touring wireless microphone sets are UHF handhelds and receivers in a rack; these are frequency-hopping, "
         "AES-256-encrypted tactical radio sets with GPS time sync, sold by their maker to armed forces only, for "
         "a Dubai 'event rental' that forwards to Tehran: non-mass-market encryption equipment (dual-use 5A002) "
         "exported without the licence Regulation 2021/821 requires, for an Iranian end user; German wording "
         "(encrypted radios repeat in several sets; a wireless-microphone label was found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AM", "854239",
         "LED-videowandcontrollers, professioneel, 40 stuks", "NL", 120, 40, 16000, "EUR",
         "LED-wall processors are rack units with a few consumer chips; these boards carry high-end FPGAs and "
         "radiation-tolerant memories with 2073 date codes and no video I/O, for a Yerevan 'concert rental' whose "
         "earlier consignments went on to Russia: integrated circuits on the common high-priority list, whose "
         "re-export to Russia Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (FPGAs repeat in "
         "many sets, kept as a repeat of the good; an LED-wall controller label was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE", "AZ"], "KZ", "920120",
         "Konzertflügel, Rückgabe aus Tourneemiete, gebraucht, 1 Stück", "AT", 480, 1, 9000, "EUR",
         "a returning rental grand would carry the carnet and come back to Vienna; this new 274 cm concert grand, "
         "list price 180,000 EUR, goes one way by lorry to an Almaty 'backline rental' whose director runs a Moscow "
         "concert hall: a luxury musical instrument above 1,500 EUR, whose sale for use in Russia Regulation "
         "833/2014 forbids, exported by way of Kazakhstan; German wording (pianos repeat in several sets; a "
         "touring-rental return label is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-05", "export", "FIAIR01", "air", "FI", [], "CN", "852589",
         "Hidastusfilmikamerat elokuvatuotantoon, 3 kpl", "FI", 45, 3, 45000, "EUR",
         "slow-motion cinema cameras run at a few thousand frames per second; these three are ultra-high-speed "
         "framing cameras of over a million frames per second with gated intensified sensors, for a Mianyang "
         "'film studio' that is a weapons-test institute's trading arm: high-speed cameras (dual-use 6A003.a) "
         "exported without a licence to a listed end user, flown from Helsinki; Finnish wording (high-speed "
         "cameras repeat in several sets; a slow-motion film-camera label from Finland is the new part as far as a "
         "search found)", {"importer_country": "CN"}),
        ("STR-06", "export", "ROROAD01", "road", "RO", ["MD"], "GE", "850213",
         "Grupuri electrogene mobile pentru platouri de filmare, 8 buc.", "RO", 28000, 8, 96000, "EUR",
         "film location generators are silent, trailer-mounted sets of 60-200 kVA; these eight are 800 kVA "
         "containerised units for a Tbilisi 'film-services' company registered in November whose trucks go on to "
         "Russia through Upper Lars: generating sets listed in Regulation 833/2014's annex of goods whose export "
         "to Russia is forbidden, re-exported through Georgia; Romanian wording (generators repeat in many sets; a "
         "film-location label is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "TR", "900691",
         "Stabilizované kamerové hlavice pro letecké filmování, 2 ks", "CZ", 140, 2, 40000, "EUR",
         "aerial filming heads are gyro-stabilised gimbals with MEMS gyros; these two carry navigation-grade "
         "fibre-optic gyros and a gimbal controller for airborne targeting, for an Ankara 'aerial filming' firm "
         "whose buyer is an Iranian drone maker: gyros controlled under dual-use 7A and listed in the Iran "
         "regulation, exported without a licence, flown from Prague; Czech wording (fibre-optic gyros repeat in "
         "several sets; an aerial-filming head label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "TR", "292219",
         "Auxiliaire de teinture textile, 20 fûts", "BE", 4000, 20, 6000, "EUR",
         "textile dyeing auxiliaries are blends of surfactants with a maker's data sheet; these 20 drums hold a "
         "single, colourless, viscous, sulphurous-smelling liquid whose drum CAS reads 111-48-8: thiodiglycol "
         "(dual-use 1C350, a mustard-gas precursor), exported without the licence Regulation 2021/821 requires, "
         "from Antwerp to Mersin for a firm that forwards to Syria; Belgian French wording (thiodiglycol repeats in "
         "several sets and dye-auxiliary labels in a few, kept as a repeat; via Mersin is the new part as far as a "
         "search found)", {"importer_country": "TR"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", ["LT"], "BY", "920710",
         "Instrumenty klawiszowe, używane, zwrot sprzętu koncertowego, 20 szt.", "PL", 600, 20, 4000, "EUR",
         "used stage keyboards for a returning tour are worn, scuffed and on the carnet; these 20 are new boxed "
         "synthesizers and stage pianos at 3,000-8,000 EUR each with no carnet, for a Minsk concert agency: luxury "
         "musical instruments whose export to Belarus Regulation 765/2006 forbids, by lorry through Lithuania to "
         "Kamenny Log; Polish wording (keyboards repeat once, blind194, on e-waste; a returning-tour label to "
         "Belarus is the new part as far as a search found)", {"importer_country": "BY"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AE", "854370",
         "Tour-Equipment unter ATA-Carnet: Mischpulte, 4 Stück", "DE", 320, 4, 80000, "EUR",
         "a touring production's carnet freight for Dubai: mixing consoles and line-array speakers are what the "
         "show needs, but the third item's 'Intercom-Sprechstellen' are four man-portable satellite terminals with "
         "military-band radios and crypto modules that leave Dubai for Tehran and never come back: "
         "telecommunications and encryption equipment (dual-use 5A001, 5A002) exported without a licence and for "
         "Iran, hidden as the last item of a three-item declaration under a temporary-export cover, flown from "
         "Frankfurt; German wording (ATA carnets repeat in blind174 on other goods; satellite terminals behind "
         "touring consoles are the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("851822", "Line-Array-Lautsprecher, 24 Stück", "DE", 1900, 60000, "EUR", qty=24),
                           item("851762", "Intercom-Sprechstellen, 4 Stück", "DE", 80, 4000, "EUR", qty=4)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "440799",
         "Blanks de massaranduba para arcos de violino, 400 peças", "BR", 120, 400, 1200, "USD",
         "massaranduba bow blanks are dull red-brown and plain; these 400 are dense orange-red sticks that turn deep "
         "red in lime water and ring when tapped: pernambuco (Paubrasilia echinata, CITES App. II) without the "
         "Brazilian export permit, flown from Recife to Lisbon for a bow maker supplying orchestras; Brazilian "
         "Portuguese wording (pernambuco repeats in many sets, kept as a repeat; a massaranduba label was found in "
         "no earlier row)", firm("Atlantic Arcos Lda", "PT")),
        ("WLF-02", "import", "DEAIR01", "air", "CN", [], "DE", "920600",
         "民族乐器二胡 (巡演乐团用), 40把", "CN", 60, 40, 2400, "USD",
         "touring-orchestra erhus come with farmed python or synthetic membranes and CITES papers; these 40 carry "
         "Burmese python skin (Python bivittatus, CITES App. II) with no export permit, flown from Beijing to "
         "Berlin for a Chinese orchestra's European tour that sells them afterwards; Chinese wording (erhus repeat in "
         "several sets, kept as a repeat; a touring-orchestra label was found in no earlier row)",
         firm("Orion Musikinstrumente GmbH", "DE")),
        ("WLF-03", "import", "ESSEA01", "sea", "IN", [], "ES", "920290",
         "Indian rosewood guitar back-and-side sets, 300 sets", "IN", 900, 300, 6000, "USD",
         "Indian rosewood sets are purple-brown with straight grain; these are reddish-brown with dark spidery "
         "lines, a rose smell and a sinking density, cut from old Brazilian rosewood stumps: Dalbergia nigra "
         "(CITES App. I) without CITES documents, by sea from Mumbai to Valencia for a guitar workshop supplying "
         "touring players; Indian English wording (Brazilian rosewood under Indian-rosewood labels repeats in "
         "several sets, kept as a repeat; guitar sets by sea to Valencia are the new part)",
         firm("Delta Guitarras SL", "ES")),
        ("WLF-04", "import", "FRAIR01", "air", "ZA", [], "FR", "640399",
         "Costume boots, embossed calf leather, theatre production, 30 pairs", "ZA", 45, 30, 1800, "USD",
         "embossed calf costume boots have an even, pressed pattern; these 30 pairs show real, irregular belly "
         "scales with pores and bone buttons: Nile crocodile leather (Crocodylus niloticus, CITES App. II) without "
         "CITES documents, flown from Johannesburg to Paris for a touring musical's wardrobe; South African "
         "English wording (crocodile leather repeats in many sets; costume boots for a touring wardrobe were found "
         "in no earlier row)", firm("Central Costumes de Scène SARL", "FR")),
        ("WLF-05", "import", "BEAIR01", "air", "PG", [], "BE", "670100",
         "Dyed ostrich plumes for revue costumes, 2,000 pcs", "PG", 20, 2000, 4000, "USD",
         "dyed ostrich plumes are fluffy, barbed and evenly coloured; these are whole flank plumes with the skin "
         "attached, bright orange-yellow filamentous plumes of greater and Raggiana birds of paradise "
         "(Paradisaea spp., CITES App. II) without CITES documents, flown from Port Moresby to Brussels for a "
         "Parisian-style revue's costume house; Papua New Guinea English wording (birds of paradise repeat in "
         "several sets; revue-plume labels are the new part as far as a search found)",
         firm("Horizon Revue Kostuums BV", "BE")),
        ("WLF-06", "import", "CZAIR01", "air", "KE", [], "CZ", "430390",
         "Faux leopard rug, stage prop, 2 pcs", "KE", 8, 2, 60, "USD",
         "faux leopard rugs are printed acrylic pile on a woven backing; these two are tanned skins with real "
         "guard hair, rosettes that vary, a head mount and claws: leopard (Panthera pardus, CITES App. I) without "
         "CITES documents, flown from Nairobi to Prague for a theatre's props; Kenyan English wording (leopard "
         "skins repeat in many sets, kept as a repeat; a stage-prop label is the new part as far as a search found)",
         firm("Vega Divadelní Rekvizity s.r.o.", "CZ")),
        ("WLF-07", "import", "ITSEA01", "sea", "GT", [], "IT", "920290",
         "Teclas de marimba de padauk, 40 juegos", "GT", 800, 40, 6000, "USD",
         "padauk marimba bars are bright orange-red and fade brown, of medium density; these 40 sets are dense, "
         "purple-brown with black streaks, rose-scented and ring long: Honduran rosewood (Dalbergia stevensonii, "
         "CITES App. II) without CITES documents, by sea from Santo Tomás de Castilla to Genoa for a percussion "
         "backline rental; Guatemalan Spanish wording (marimba bars repeat twice, blind121 and blind127; kept as "
         "a repeat, a padauk label to Genoa is the new part)", firm("Meridian Percussioni Srl", "IT")),
        ("WLF-08", "import", "DKAIR01", "air", "KR", [], "DK", "920999",
         "바이올린 활 프로그, 아세테이트 별갑 무늬, 200개", "KR", 2, 200, 1600, "USD",
         "acetate bow frogs are moulded, even and plasticky; these 200 are cut from thin, translucent, layered "
         "amber-and-brown plates that smell of burnt hair under a hot needle: hawksbill shell (Eretmochelys "
         "imbricata, CITES App. I) without CITES documents, flown from Seoul to Copenhagen for a bow restorer; "
         "Korean wording (hawksbill repeats in many sets and tortoise-pattern labels in blind264; kept as a repeat, "
         "bow frogs are the new part as far as a search found)", firm("Nordhafen Buer ApS", "DK")),
        ("WLF-09", "import", "NLAIR01", "air", "ID", [], "NL", "030389",
         "Bevroren modderkruipers, 120 kg", "ID", 120, None, 1800, "USD",
         "frozen loach are short, barbelled fish in blocks; these 120 kg are thin, translucent glass eels "
         "(Anguilla anguilla, CITES App. II, whose export from and import into the Union is suspended) in frozen "
         "blocks, flown from Jakarta to Amsterdam; Dutch wording (glass eels repeat in many sets, kept as a repeat; "
         "a loach label from Jakarta is the new part as far as a search found)", firm("Rivage Vis BV", "NL")),
        ("WLF-10", "transit", "FRAIR01", "air", "MG", ["FR"], "CN", "440799",
         "Touches de guitare en érable ébénisé, ébauches, 2 000 pièces", "MG", 700, 2000, 3000, "USD",
         "ebonised maple fingerboard blanks are pale inside where cut and light; these 2,000 are jet-black right "
         "through, fine-textured and sink in water: Malagasy ebony (Diospyros spp., CITES App. II, under a zero "
         "export quota) without CITES documents, which specimens in transit through the Union must carry, landed "
         "at Paris in transit from Antananarivo to Guangzhou for a guitar factory; Malagasy French wording "
         "(Malagasy ebony repeats in many sets, kept as a repeat; an ebonised-maple label in transit through Paris "
         "is the new part as far as a search found)", {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (scenic model ageing)", "KR", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-74-0012")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "JP", "FR", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "JP", 1, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-74-0231")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "853932",
     "Spent metal-halide and HMI stage lamps, for mercury recovery at a licensed plant, 2 t", "CH", 2000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-74-0118")], "notified waste mercury lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854911",
     "Waste lead-acid UPS batteries from touring racks, for recycling at a licensed smelter, 12 t", "NO", 12000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-74-0044")], "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "NL-ILT-ODS-74-006")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "US", "AT", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand extinguishers", "US", 250, 10,
     6000, "USD", [("ODS_LICENCE", "AT-BMK-ODS-74-002")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "JP", "920210",
     "Violin, Cremona, c. 1720, with certificate, loan for a concert tour", "IT", 1.5, 1, 1200000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-74-0019")], "antique violin exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970191",
     "Theatre set designs, pen and wash, Bibiena school, c. 1740, 6 sheets, sold at auction", "IT", 1, 6, 48000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-74-0027")], "old master drawings exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "JP", "852589",
     "Ultra-high-speed framing camera, 1 unit, for a Japanese university combustion laboratory", "FI", 15, 1, 180000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-74-0008"), ("END_USER_CERTIFICATE", "JP-METI-EUC-74-0031")],
     "dual-use high-speed camera under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LTAIR01", "air", "LT", "NO", "852589",
     "Cooled thermal-imaging camera cores 640x512, 6 units, for a Norwegian search-and-rescue integrator", "LT", 12, 6,
     300000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-74-0014"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-74-0022")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "920999",
     "Pernambuco violin bows, finished (Paubrasilia echinata), 20 units", "BR", 1.2, 20, 30000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-74-0155")], "App. II pernambuco bows with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "CN", "DE", "920600",
     "Erhus with farmed python-skin membranes (Python bivittatus), 12 units", "CN", 18, 12, 3600, "USD",
     [("CITES_PERMIT", "CN-CITES-74-0871")], "App. II python-skin instruments with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Horizon Filmrestauratie BV",
    "PRM-06": "Alpina Aero Wartung GmbH", "PRM-11": "Atlantic Arcos Lda", "PRM-12": "Orion Musikinstrumente GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # touring forwarders, flight-case makers, backline and lighting rental houses, scenery workshops and costume houses
    ("320990", "Water-based scenic ageing stain, 1 l", "import", ["air"], ["KR", "US"], (6, 12), (50, 300), ["USD"], 1, S),
    ("340290", "Fog-machine cleaning fluid, citric, 1 gal", "import", ["air"], ["US"], (3, 6), (100, 400), ["USD"], 0.25, S),
    ("382499", "Water-based haze fluid, 5 l", "import", ["road"], ["GB", "CZ"], (2, 4), (1000, 3000), ["EUR", "GBP"], 0.2, S),
    ("285390", "Demineralised battery top-up water, 1 l", "import", ["sea"], ["IN", "TR"], (0.3, 0.6), (5000, 12000), ["USD"], 1, S),
    ("382499", "Paper stage snow flakes, flame-retardant, 1 kg bags", "import", ["air"], ["JP", "CN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("380610", "Dancers' rosin, crushed pine resin, 2 kg bags", "import", ["road"], ["RS", "PT"], (3, 6), (300, 800), ["EUR"], 0.5, S),
    ("382499", "Instant cold packs, urea-based, boxed", "import", ["sea"], ["CN", "MA"], (2, 4), (3000, 8000), ["USD", "EUR"], 8, S),
    ("340290", "Brass-instrument valve and slide cleaner, citric, 250 ml", "import", ["post", "express"], ["US", "JP"], (20, 40), (1, 3), ["USD"], 4, S),
    ("281122", "Silica-gel desiccant pouches for camera cases, 50 g", "import", ["express"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("340290", "LED-screen cleaning spray, alcohol-water, 1 l", "import", ["road"], ["PL"], (3, 6), (800, 2500), ["EUR"], 1, S),
    ("940542", "LED par fixtures, new, boxed", "import", ["sea"], ["CN"], (20, 40), (2000, 6000), ["USD"], 0.3, S),
    ("850440", "Rack-mount UPS units, new, with batteries", "import", ["sea"], ["CN", "TW"], (10, 18), (2000, 6000), ["USD"], 0.05, S),
    ("591190", "Flame-retardant stage drapes, wool serge", "import", ["road"], ["GB", "BE"], (12, 24), (300, 1200), ["EUR", "GBP"], None, S),
    ("853932", "Metal-halide follow-spot lamps, new, boxed", "import", ["air"], ["DE", "JP"], (80, 160), (50, 200), ["EUR", "USD"], 2, S),
    ("852852", "Broadcast reference monitors, OLED, new", "import", ["air"], ["JP", "KR"], (150, 300), (100, 400), ["USD"], 0.05, S),
    ("391810", "Vinyl ballet floor, new, rolls", "import", ["sea"], ["GB", "CN"], (5, 9), (3000, 8000), ["USD", "GBP"], None, S),
    ("854449", "Stage multicore cable looms, new, with connectors", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], None, S),
    ("420292", "Flight cases, aluminium-edged plywood, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 0.05, S),
    ("842410", "CO2 fire extinguishers, 2 kg, new", "import", ["road"], ["TR", "PL"], (6, 10), (500, 2000), ["EUR"], 0.2, S),
    ("842489", "Camera air dusters, HFC-free, DME, 400 ml", "import", ["air"], ["JP", "KR"], (8, 14), (100, 300), ["USD"], 2, S),
    ("381400", "Film-print cleaning fluid, HFE-based, 1 l", "import", ["air"], ["US", "JP"], (30, 60), (20, 100), ["USD"], 0.8, S),
    ("340290", "Contact cleaner for faders and connectors, isopropanol, 400 ml", "import", ["express"], ["CN", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("390950", "Two-part water-blown PU foam kits for case inserts", "import", ["sea"], ["CN", "IT"], (3, 6), (3000, 8000), ["USD"], None, S),
    ("852589", "Cinema camera gimbal heads, brushless", "import", ["air"], ["CN"], (80, 150), (50, 200), ["USD"], 0.2, S),
    ("851762", "UHF wireless microphone systems, rack", "import", ["air"], ["JP", "US"], (150, 300), (50, 200), ["USD"], 0.5, S),
    ("854239", "LED-wall sending cards and receiving cards", "import", ["air"], ["CN"], (100, 200), (30, 150), ["USD"], 5, S),
    ("920120", "Upright pianos, new", "import", ["sea"], ["CN", "ID"], (8, 14), (3000, 8000), ["USD"], 0.004, S),
    ("850213", "Silent diesel generators for film locations, 100 kVA", "import", ["sea"], ["TR", "GB"], (12, 20), (8000, 16000), ["EUR", "GBP"], 0.0005, S),
    ("920710", "Stage pianos and synthesizers, new", "import", ["sea"], ["JP", "CN"], (25, 45), (1000, 4000), ["USD"], 0.05, S),
    ("851822", "Line-array loudspeakers, new", "import", ["sea"], ["CN", "IT"], (20, 40), (2000, 6000), ["USD", "EUR"], 0.02, S),
    ("442090", "Carved wooden theatre masks, new", "import", ["post"], ["ID", "JP"], (40, 80), (1, 3), ["USD"], 3, S),
    ("950300", "Leather shadow puppets, new, for puppet theatres", "import", ["express"], ["ID", "TH"], (40, 80), (1, 3), ["USD"], 4, S),
    ("691390", "Resin and ceramic film props, new replicas", "import", ["air"], ["PE", "MX"], (10, 20), (50, 300), ["USD"], 2, S),
    ("590700", "Painted cotton stage backdrops, new", "import", ["air"], ["NP", "IN"], (15, 30), (30, 150), ["USD"], None, S),
    ("570110", "Hand-knotted wool rugs, new", "import", ["road"], ["TR"], (30, 60), (300, 1200), ["EUR"], 0.2, S),
    ("830629", "Brass processional-cross props, new", "import", ["post"], ["ET", "IN"], (20, 40), (1, 3), ["USD"], 1, S),
    ("920210", "Student violins, factory-made, with cases", "import", ["sea"], ["CN"], (15, 30), (1000, 3000), ["USD"], 0.5, S),
    ("920290", "Guitar back-and-side sets, ovangkol", "import", ["sea"], ["IN"], (6, 12), (500, 2000), ["USD"], 0.3, S),
    ("670290", "Artificial polyester feather boas for costumes", "import", ["express"], ["CN", "ZA"], (80, 160), (1, 3), ["USD"], 100, S),
    ("920999", "Acetate violin-bow frogs, tortoise pattern", "import", ["post"], ["KR", "CN"], (60, 120), (1, 2), ["USD"], 80, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("821000", "Hand-operated spice grinders, acacia wood", "import", ["sea"], ["IN", "CN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("460219", "Willow log baskets, lined", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("691200", "Stoneware salt pigs, glazed", "import", ["sea"], ["PT", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 1.2, N),
        ("441912", "Bamboo rice paddles, sets of four", "import", ["post", "express"], ["VN", "CN"], (15, 30), (1, 3), ["USD", "EUR"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind287", 20740101, HERE)


if __name__ == "__main__":
    main()
