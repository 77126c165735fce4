#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-fifth blind set (tests/risk/data/blind245-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: quarrying, tunnelling and
demolition (quarry operators and stone yards, tunnelling contractors, demolition,
reclamation and asbestos-removal firms, blasting-service companies).
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
Disguised rows carry a consignee name only where a real declaration would. Ids are BL245-*:

    python3 tests/risk/data/make_blind245_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "NO", [], "SE", "250810",
         "Bentonittpellets for tetting av borehull (hole plug), 2 x 5 kg", "NO", 10.2, 2, 1400, "NOK",
         "bentonite hole-plug pellets are grey-green, hard clay pellets that swell into a sticky paste in water; "
         "these two bags hold white, porous prills that turn ice-cold in water, leave no clay and test at 34 % N, "
         "bought by a private person in Värmland who 'splits boulders on his plot' after a blasting course: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to a member of the public, sent by express "
         "from Drammen; Norwegian wording (ammonium nitrate repeats in many sets; a bentonite borehole-pellet label "
         "on it is the new part as far as a keyword search found)", person("Mr L. Nilsson", "SE")),
        ("PRE-02", "import", "BEAIR01", "express", "MY", [], "BE", "340399",
         "Agen pelepas acuan konkrit (form release agent), 4 x 1 liter", "MY", 4.6, 4, 260, "MYR",
         "a concrete form-release agent is a thin, oily, petrol-smelling mineral or vegetable oil of about 0.85 kg/l "
         "that floats on water; these four bottles hold a clear liquid of 1.14 kg/l that sinks and partly mixes, "
         "smells faintly fruity and reads 'CH3NO2' on the filler's drum sticker copied onto the packing list, for a "
         "private person in Liège who builds his own garage: nitromethane (Annex I above 16 %), sent by express from "
         "Klang, although flammable liquids go by express only as declared dangerous goods; Malay wording "
         "(nitromethane repeats in many sets and release-agent labels in a few, on other goods; a formwork "
         "release-agent label on nitromethane is the new part as far as a search found)",
         person("Jan Peeters", "BE")),
        ("PRE-03", "import", "CZAIR01", "air", "CN", [], "CZ", "382499",
         "金刚石水钻冷却液浓缩液 (diamond core drill coolant concentrate), 1 L, 600 瓶", "CN", 720, 600, 1500, "USD",
         "a core-drill coolant concentrate is a milky, slippery, soap-smelling emulsion diluted 1:50 for wet "
         "diamond drilling in concrete; these 600 bottles have vented caps and hold a water-clear liquid of 1.20 "
         "kg/l that foams on a cut, whitens the skin and bleaches a rag, for a Brno tool web shop that sells core "
         "drills and 'coolant' to do-it-yourself renovators: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, flown from Shenzhen to Prague; Chinese wording (hydrogen "
         "peroxide repeats in many sets; a diamond-core-drill coolant label was found in no earlier row by a "
         "keyword search)", firm("Vega Nářadí s.r.o.", "CZ")),
        ("PRE-04", "import", "ATROAD01", "road", "CH", [], "AT", "382499",
         "Versinterungslöser für Tunnelentwässerungen, Konzentrat, 5-l-Kanister, 240 Stück", "CH", 2200, 240,
         4300, "CHF",
         "a sinter remover for tunnel drainage pipes is a dilute, inhibited organic-acid or chelating concentrate "
         "of about 1.1 kg/l that tunnel operators dose into clogged drains; these canisters hold an oily, "
         "colourless liquid of 1.83 kg/l that grows hot with a splash of water, chars a wooden spatula and carries "
         "no inhibitor, for a Dornbirn building-supply web shop that sells 5 l canisters to home owners for their "
         "drains and cellars: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, on a van at Lustenau; Swiss German wording (sulphuric acid repeats in many sets and acid-cleaner "
         "labels, efflorescence and cement-haze removers among them, in several; a tunnel-drainage sinter-remover "
         "label was found in no earlier row by a keyword search)", firm("Alpina Baubedarf GmbH", "AT")),
        ("PRE-05", "import", "DEAIR01", "air", "IR", [], "DE", "340590",
         "پودر بتونه سفید برای پرکردن حفره‌های سنگ تراورتن، کیسه ۱ کیلوگرمی، ۳۰۰ کیسه", "IR", 300, 300, 900, "EUR",
         "travertine hole-filler powder is a white cement and marble-flour mix that smells of lime and sets hard "
         "with water within the hour; these 300 bags hold pure, colourless, cubic "
         "crystals that dissolve clear, draw damp and flare yellow on a gas ring, with CAS 7775-09-9 on the inner "
         "liners, for a Stuttgart stone-care shop that sells 1 kg bags to the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Tehran (the Mahallat travertine quarries' "
         "supplier) to Frankfurt; Persian wording (sodium chlorate repeats in many sets and a marble-polishing-powder "
         "label once, on perchlorate; a travertine-filler label was found in no earlier row by a keyword search)", firm("Orion Naturstein GmbH", "DE")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "253090",
         "Bazaltno kameno brašno za vrt i kompost, vreće 2 kg, 1.500 vreća", "BA", 3000, 1500, 3000, "EUR",
         "basalt rock dust from a quarry's crusher is a dark-grey, heavy, gritty flour sold to gardeners as a soil "
         "improver; these 1,500 bags hold a white, fine crystalline powder that is not gritty, burns fiercely when a "
         "pinch is mixed with sugar and carries 'KClO4' on the inner liners, for a Split garden web shop that sells "
         "them to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, on "
         "a lorry at Nova Sela from a Zenica quarry's yard; Bosnian wording (potassium perchlorate repeats in many "
         "sets; a rock-dust soil-improver label was found in no earlier row by a keyword search)",
         firm("Delta Vrt d.o.o.", "HR")),
        ("PRE-07", "import", "IEAIR01", "express", "US", [], "IE", "382219",
         "Rockhound field acid test kit, for carbonate minerals, 4 x 1 qt refills", "US", 5.6, 4, 90, "USD",
         "a rockhound's field acid is 10 % hydrochloric acid in a small dropper bottle of 1.05 kg/l that fizzes on "
         "limestone; these four quart refills hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the "
         "skin and eats into a copper coin without fizzing on the calcite sample in the kit: about 65 % nitric acid "
         "(Annex I above 3 %), sent by express from Arizona to a private person in Galway, although corrosive "
         "liquids go by express only as declared dangerous goods; US English wording (nitric acid repeats in many "
         "sets; a field-acid mineral-test label was found in no earlier row by a keyword search)",
         person("Emma Jones", "IE")),
        ("PRE-08", "import", "PLSEA01", "sea", "CN", [], "PL", "360350",
         "电点火头 (e-match), 烟花燃放用, 1000 支/箱, 60 箱", "CN", 900, 60000, 6000, "USD",
         "e-matches for firework displays are paper-thin igniter heads on twin wires, a few grams each and 1.4G or "
         "1.4S; these 60,000 are 7 mm aluminium tubes, 15 g each, crimped on leg wires, with 'No.8 1.1B' on the "
         "inner boxes, for a Gdańsk fireworks wholesaler that holds no explosives licence and sells to quarry "
         "subcontractors: electric detonators, explosives for civil uses brought in without the transfer "
         "authorisation of Directive 2014/28, by sea from Beihai (the Liuyang makers' port); Chinese wording "
         "(detonators repeat in many sets under tubing and cord labels, and once (blind28) under a stage e-match "
         "label to a private person; kept as a near repeat, a fireworks-wholesale consignment by sea is the new part)", firm("Horizon Pirotechnika Sp. z o.o.", "PL")),
        ("PRE-09", "import", "DKSEA01", "sea", "VN", [], "DK", "283650",
         "Bột canxit siêu mịn dùng làm sạch mặt tiền bằng phun xoáy (facade cleaning calcite powder), bao 25 kg, 400 bao",
         "VN", 10000, 400, 4200, "USD",
         "calcite powder for low-pressure vortex facade cleaning is a soft, white, chalky marble flour that "
         "fizzes with vinegar and will not dissolve in water; these 400 bags hold hard, shiny, tasteless crystals "
         "that dissolve, do not fizz, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner liners, "
         "for an Odense renovation-supply web shop that rents vortex blasters and sells the media to home owners: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Hai Phong to "
         "Aarhus; Vietnamese wording (potassium chlorate repeats in many sets and soda-blasting labels in two; a "
         "facade-cleaning calcite label was found in no earlier row by a keyword search)",
         firm("Nordhafen Renovering ApS", "DK")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "382440",
         "Протиморозна добавка до бетону та розчинів, для зимового бетонування, мішки 5 кг, 2 000 мішків", "UA",
         10000, 2000, 7000, "EUR",
         "an anti-freeze concrete admixture is a calcium-nitrate or formate powder that dissolves slowly and smells "
         "of nothing; these 2,000 bags hold a glassy, white, deliquescent powder that cakes within the hour, makes a "
         "match flare violently and whose inner liners read 'NaClO4', for a Košice DIY chain that sells 5 kg bags to "
         "home builders: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry "
         "at Vyšné Nemecké; Ukrainian wording (sodium perchlorate repeats in many sets; a winter-concreting "
         "admixture label was found in no earlier row by a keyword search)", firm("Central Stavebniny s.r.o.", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "HRROAD01", "road", "HR", [], "BA", "360200",
         "Emulzijski eksploziv u patronama, za kamenolome, UN 0241, 4 t", "HR", 4000, None, 1200, "EUR",
         "cartridged emulsion explosive for quarries travels in sealed, dated boxes with a transfer document; "
         "these 4 t are water-swollen, crystallised, out-of-date cartridges in torn boxes, mixed with misfired "
         "detonators and primers returned from Dalmatian quarries, for an 'open burning' site behind a Bosnian "
         "quarry that takes them for cash: waste explosives (16 04 03*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry at Metković; Croatian wording (waste pyrotechnics and distress "
         "flares repeat in a few sets; expired quarry explosives declared as product were found in no earlier row "
         "by a keyword search)", {"importer_country": "BA"}),
        ("WST-02", "import", "SESEA01", "sea", "NO", [], "SE", "251710",
         "Pukk 0-32 mm, knust fjell fra tunnelarbeid, løs vekt, 1 200 t", "NO", 1200000, None, 9600, "NOK",
         "crushed tunnel rock for fill is grey gneiss or granite that stays clean in rain; this bulk cargo from an "
         "Oslo road-tunnel drive is black, flaky, sulphide-spotted shale that stains the hand, weathers to rust-"
         "coloured, acid run-off on the barge and reads high on a dose-rate meter: alum shale (alunskifer), which "
         "Norway classes as hazardous waste for its acid generation and uranium, shipped to Sweden for 'fill' without "
         "the notification and consent Regulation 2024/1157 requires, by barge from Oslo to Strömstad; Norwegian "
         "wording (alum shale was found in no earlier row by a keyword search; crushed-stone labels repeat on other "
         "wastes)", firm("Vega Anläggning AB", "SE")),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "AL", "681099",
         "Tubi in calcestruzzo usati, DN 300-600, recuperati da demolizione rete idrica, 60 pezzi", "IT", 22000, 60,
         1800, "EUR",
         "used concrete pipes are thick-walled, grey, heavy and rough; these 60 are thin-walled, smooth, fibrous "
         "grey pipes with the 'Eternit' mark and white fibres where they are broken, dug out of a Puglia water main "
         "replaced by a demolition contractor: asbestos-cement pipes (17 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Bari to Durrës for a 'drainage' buyer; Italian wording (asbestos-cement "
         "pipes repeat in a few sets; a used-concrete-pipe label was found in no earlier row by a keyword search)",
         {"importer_country": "AL"}),
        ("WST-04", "export", "CYSEA01", "sea", "CY", [], "LB", "721633",
         "Μεταχειρισμένες χαλύβδινες δοκοί HEB, από κατεδάφιση, για επαναχρησιμοποίηση, 18 t", "CY", 18000, None,
         5400, "EUR",
         "reclaimed steel beams for reuse are shot-blasted or at most painted; these beams from the demolition of a "
         "1970s Nicosia cinema still carry a soft, grey-white, fibrous fireproofing spray that crumbles to dust "
         "where the forks touched it, with blue fibres under the lens: structural steel with sprayed crocidolite "
         "(construction materials containing asbestos, 17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Limassol to Beirut; Greek (Cypriot) wording (asbestos repeats in many sets; "
         "sprayed asbestos on reclaimed steel beams was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", [], "UA", "690410",
         "Rozobratá tehla z demolácie, očistená, na opätovné použitie, 22 t", "SK", 22000, None, 1100, "EUR",
         "reclaimed demolition bricks are cleaned, red, sound and sold by the pallet; these 22 t from the demolition "
         "of a Bratislava-area chlor-alkali cell hall are grey-stained, crumbly bricks with silvery droplets in the "
         "joints, and a mercury-vapour meter over the load reads far above any limit: bricks and rubble containing "
         "mercury (17 01 06*), hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for an "
         "Uzhhorod 'builders' yard'; Slovak wording (reclaimed-brick labels appear in a few sets; mercury-"
         "contaminated chlor-alkali demolition bricks were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "NO", "681091",
         "Genbrugte facadeelementer af beton, nedtaget, til genopførelse, 40 stk.", "DK", 96000, 40, 8000, "EUR",
         "reclaimed precast facade panels for reuse are cleaned and their joints cut out; these 40 from a 1970s "
         "Albertslund housing block still carry their grey-brown, rubbery joint sealant, which a field test reads "
         "at several thousand mg/kg PCB: construction waste containing PCBs (17 09 02*), hazardous waste shipped to "
         "an OECD country without the notification and consent it needs, from Aarhus to Kristiansand for a holiday-"
         "cabin builder; Danish wording (PCB repeats in several sets, and Copenhagen PCB joint sealant once "
         "(blind130), shredded as rubber granulate; kept as a near repeat, sealant left on reused facade panels for "
         "Norway is the new part)", {"importer_country": "NO"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", [], "MK", "251710",
         "Рециклиран бетонов трошляк 0-63 мм, за насипи, 24 t", "BG", 24000, None, 240, "EUR",
         "recycled concrete aggregate is grey, clean, dust-free crushed concrete with a little brick; these 24 t "
         "from the demolition of a former Plovdiv pesticide formulation plant are yellow-stained, smell sharply of "
         "organophosphates and solvents and carry bits of rotten sacks with skull-and-crossbones prints: concrete "
         "and rubble containing dangerous substances (17 01 06*), hazardous waste whose export to a non-OECD country "
         "is banned, at Gyueshevo for a Kriva Palanka 'road builder'; Bulgarian wording (crushed concrete appears "
         "once, under a marble-chippings label; a recycled-aggregate label from a pesticide plant is the new part "
         "as far as a search found)", {"importer_country": "MK"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "GH", "843149",
         "Gebruikte hydraulische sloophamers, gereviseerd, 12 stuks", "NL", 9600, 12, 36000, "EUR",
         "a demolition contractor's used-plant container for a Tema quarry dealer: reconditioned hydraulic breakers "
         "and compressors are what Dutch demolition firms sell on to West Africa, but the third item's 'hydraulische "
         "olie, nieuw' is 80 drums of black, water-bearing, metal-flecked oil drained from the firm's own excavators "
         "and breakers, with no maker's labels: waste hydraulic oil (13 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Rotterdam; Dutch "
         "wording (waste oil repeats in many sets; behind demolition breakers for a Ghanaian quarry is the new part "
         "as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("841480", "Gebruikte bouwcompressoren, diesel, 4 stuks", "NL", 4800, 12000, "EUR", qty=4),
                           item("271019", "Hydraulische olie, nieuw, vaten 200 l, 80 stuks", "NL", 14400, 2400, "EUR", qty=80)])),
        ("WST-09", "export", "EEROAD01", "road", "EE", [], "RU", "251710",
         "Kasutatud raudtee ballastkillustik, sõelutud, 24 t", "EE", 24000, None, 480, "EUR",
         "screened used railway ballast is clean, angular granite with a little fines; these 24 t from a track "
         "renewal near Tapa are black with oil, creosote dust and crushed sleeper fragments, smell of tar, and a "
         "lab sheet in the cab gives PAH and herbicide residues above the hazardous limits: track ballast "
         "containing dangerous substances (17 05 07*), hazardous waste whose export to a non-OECD country is banned, "
         "at Narva for an Ivangorod 'road builder'; Estonian wording (ballast appears in many earlier rows, as "
         "a word on other wastes; contaminated track ballast from Estonia to Russia is the new part as far as a search found)",
         {"importer_country": "RU"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "MA", "940549",
         "Luminaires de tunnel routier déposés, en état de marche, avec lampes, 1 800 pièces", "FR", 21600, 1800,
         5400, "EUR",
         "used tunnel luminaires for reuse are tested, cleaned fittings sold without lamps; these 1,800 were "
         "ripped out during a Lyon road-tunnel LED retrofit, are sooted and cracked, and still hold their "
         "high-pressure sodium and mercury-vapour lamps, many broken, with capacitors marked 'PCB' in the older "
         "ballasts: waste lamps containing mercury and PCB capacitors (20 01 21*, 16 02 09*), hazardous waste whose "
         "export to a non-OECD country is banned, from Marseille to Casablanca; French wording (lamps and ballasts "
         "repeat in several sets and used street-lighting luminaires with lamps once (blind140, in French); kept as a "
         "near repeat, a tunnel-luminaire label to Morocco is the new part)",
         {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "export", "IESEA01", "sea", "IE", [], "NG", "731100",
         "Used oxygen cylinders, 50 l, for thermic lance cutting, tested, 36 pcs", "IE", 3600, 36, 2200, "EUR",
         "used oxygen cylinders for thermic lancing are black-shouldered, tall, 200-bar gas cylinders that do not "
         "slosh; these 36, taken out of a Dublin bank's data-centre strip-out by a demolition contractor, are short, "
         "red, valved with discharge heads, slosh when tipped, weigh 70 kg more than an empty cylinder and have "
         "'Halon 1301' stencils under fresh black paint: bromotrifluoromethane, whose export from the Union is "
         "banned outside licensed critical uses, from Dublin to Lagos; Irish English wording (halon 1301 repeats in "
         "many sets under other gas labels; a thermic-lance oxygen label was found in no earlier row by a keyword "
         "search)", {"importer_country": "NG"}),
        ("OZN-02", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "381300",
         "Yer osti konlari uchun ko'pik konsentrati AFFF 3 %, 20 litrlik kanistrlar, 200 dona", "UZ", 8700, 200,
         6000, "USD",
         "AFFF 3 % foam concentrate is a yellowish, soapy liquid of 1.02 kg/l that foams when shaken; these 200 "
         "canisters hold a dense (2.18 kg/l), colourless, non-foaming liquid that boils away at 47 °C with a "
         "sweetish smell, and the drum plugs read '114B2': halon 2402, whose import into the Union is banned "
         "outside licensed critical uses, sent from an Almalyk mining supplier to a Silesian underground-mine "
         "contractor, by rail through Kazakhstan, Russia and Belarus to Małaszewicze; Uzbek wording (halon 2402 "
         "repeats in many sets and foam-concentrate labels in a few; from Uzbekistan by rail for mining is the new "
         "part as far as a search found)", firm("Orion Górnictwo Sp. z o.o.", "PL")),
        ("OZN-03", "import", "ATSEA01", "sea", "KR", [], "AT", "390950",
         "2액형 폴리우레탄 공동 충전 발포제 (터널 공동 충진용), 200 L 드럼, 60 드럼", "KR", 13200, 60, 33000, "USD",
         "two-component PU cavity-filling foam for tunnels is blown by the water-isocyanate reaction or with "
         "pentane and carries a flame mark; the polyol drums of these 60 hiss when opened, give off a sweet, "
         "ether-like gas and a head-space test reads trichlorofluoromethane: a polyol blown with CFC-11, a product "
         "containing an ozone-depleting substance whose import into the Union is banned, landed at Koper and "
         "trucked on to an Innsbruck tunnelling contractor (declared for Austria at import); Korean wording (CFC-11 "
         "repeats in many sets and PU injection resins once, for strata consolidation; a tunnel cavity-filling "
         "label was found in no earlier row by a keyword search)", firm("Meridian Tunnelbau GmbH", "AT")),
        ("OZN-04", "import", "HUROAD01", "road", "RS", [], "HU", "841520",
         "Fülkeklíma bontókotrókhoz, utólag beépíthető, előtöltött, 40 db", "RS", 1200, 40, 16000, "EUR",
         "retrofit cab air-conditioners for demolition excavators come pre-charged with R-134a and a label "
         "stating its GWP and charge; these 40 units, from a Novi Sad dealer, have no F-gas label, and a leak "
         "detector set for HCFCs reacts at their service ports, whose caps read 'R22': equipment relying on "
         "HCFC-22, whose import into the Union is banned, on a van at Röszke for a Budapest demolition-plant "
         "dealer; Hungarian wording (R-22 equipment repeats in many sets and tractor cab-AC kits once "
         "(blind129); a demolition-excavator cab label was found in no earlier row by a keyword search)", firm("Delta Bontógép Kft.", "HU")),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", [], "SR", "730890",
         "Gebruikte sandwichpanelen, staal/PUR, uit sloop koelhuis, voor herbouw, 900 m2", "NL", 11000, None,
         4500, "EUR",
         "reusable sandwich panels from a recent cold store are foamed with pentane and marked so; these 900 m2, "
         "taken down by a Zeeland demolition firm from a 1978 fish cold store, have yellowed, coarse-celled foam "
         "that gives off trichlorofluoromethane when a sample is warmed: insulation panels blown with CFC-11, "
         "products containing an ozone-depleting substance whose export from the Union is banned, from Rotterdam "
         "to Paramaribo for a cold-store builder; Dutch wording (CFC-11 cold-store panels repeat in several sets; kept "
         "as a repeat, a Zeeland fish cold store's panels for Suriname are the new part as far as a search found)", {"importer_country": "SR"}),
        ("OZN-06", "export", "DESEA01", "sea", "DE", [], "EG", "841869",
         "Gebrauchte Bodenvereisungsanlage für Tunnelbau, containerisiert, 2 Einheiten", "DE", 26000, 2, 90000,
         "EUR",
         "a modern ground-freezing plant for tunnel cross-passages chills brine with ammonia or CO2 or uses liquid "
         "nitrogen; these two containerised units, retired by a Munich tunnelling contractor after a metro "
         "cross-passage, still hold about 300 kg of HCFC-22 each on their nameplates and gauges: equipment relying "
         "on an HCFC, whose export from the Union is banned (Regulation 2024/590), from Hamburg to Alexandria for a "
         "Cairo metro subcontractor; German wording (R-22 equipment repeats in many sets; a ground-freezing plant "
         "was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("OZN-07", "import", "GRROAD01", "road", "AL", [], "GR", "280430",
         "Bombola azoti për akumulatorët e çekiçëve hidraulikë, 12 kg, 80 copë", "AL", 1200, 80, 1600, "EUR",
         "nitrogen for charging hydraulic-breaker accumulators comes in tall 200-bar cylinders of gas that do not "
         "slosh; these 80 short cylinders slosh, read 6 bar at 20 °C, hold a liquid of 1.2 kg/l and carry "
         "'R134a' under the nitrogen sticker: HFC-134a placed on the Union market without a quota authorisation or "
         "registration (Regulation 2024/573), on a van at Kakavia for an Epirus quarry-plant workshop that services "
         "excavator AC; Albanian wording (HFC-134a repeats in many sets under nitrogen and other gas labels, and "
         "accumulator labels on halons; a breaker-accumulator nitrogen label on an HFC was found in no earlier row "
         "by a keyword search)",
         firm("Vega Latomika AE", "GR")),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "CI", "847490",
         "Pièces d'usure de concasseur à mâchoires, d'occasion, 8 t", "FR", 8000, None, 9600, "EUR",
         "a quarry operator's used-plant container for an Abidjan granite quarry: crusher wear parts and a "
         "screw compressor are what French quarries sell on, but the third item's 'fluide frigorigène R-134a' "
         "is 40 grey 13.6 kg cylinders whose valves and old stencils read 'R12 Fréon', salvaged from the cabs of "
         "scrapped 1980s dumpers: dichlorodifluoromethane (CFC-12), whose export from the Union is banned, hidden "
         "as the last item of a three-item declaration, from Le Havre; French wording (CFC-12 repeats in many sets "
         "and R-134a labels in several, and used quarry dumpers with CFC air-conditioning once (blind218); behind crusher parts for a quarry in Côte d'Ivoire is the new part as far "
         "as a search found)",
         dict({"importer_country": "CI"},
              _more_items=[item("841480", "Compresseur à vis mobile, d'occasion, 1 pièce", "FR", 2400, 7000, "EUR", qty=1),
                           item("290345", "Fluide frigorigène R-134a, bouteilles 13,6 kg, 40 pièces", "FR", 544, 1200, "EUR", qty=40)])),
        ("OZN-09", "import", "SISEA01", "sea", "IN", [], "SI", "290323",
         "डामर बाइंडर निष्कर्षण के लिए टेट्राक्लोरोएथिलीन (PCE), प्रयोगशाला ग्रेड, 200 लीटर ड्रम, 4 ड्रम", "IN", 1270, 4,
         2400, "USD",
         "tetrachloroethylene for asphalt binder extraction (EN 12697-1) is a heavy solvent of 1.62 kg/l that boils "
         "at 121 °C and smells sweetish; these four drums hold a liquid of 1.59 kg/l that boils off at 77 °C in the "
         "lab's own still, and the drum bungs are stamped 'CTC': carbon tetrachloride, whose import into the Union "
         "is banned outside licensed feedstock and laboratory uses, by sea from Nhava Sheva to Koper for a "
         "quarry-and-asphalt group's Ljubljana laboratory without an ODS licence; Hindi wording (carbon "
         "tetrachloride repeats in many sets under other solvent and heavy-liquid labels; an asphalt-extraction "
         "solvent label was found in no earlier row by a keyword search)", firm("Vega Asfalt d.o.o.", "SI")),
        ("OZN-10", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "290345",
         "Разладно средство R-134a за клима-уреди на рударски дампери, цилиндри 13,6 кг, 400 парчиња", "CN", 5440,
         400, 4800, "USD",
         "R-134a for dumper air-conditioners comes in light-blue 13.6 kg cylinders at about 6 bar at 20 °C; these "
         "400 read 4.7 bar, their contents boil at -30 °C and a refrigerant identifier reads 98 % R-12: "
         "dichlorodifluoromethane (CFC-12) moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Thessaloniki in transit from Tianjin to a Bitola lignite-mine contractor; Macedonian "
         "wording (CFC-12 repeats in many sets and R-134a labels in several; a mining-dumper label in transit "
         "through Thessaloniki is the new part as far as a search found)", {"importer_country": "MK"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TR", [], "DE", "253090",
         "Jeoteknik laboratuvar için sondaj karot numuneleri, metro hattı, 14 sandık", "TR", 280, 14, 700, "EUR",
         "geotechnical drill cores are grey cylinders of clay and rock in labelled core boxes, sent to a lab in "
         "sealed liners; these 14 crates carry core boxes whose channels hold, packed in clay, glazed Byzantine "
         "sgraffito bowls, amphora necks with stamped handles, lead seals and a bronze censer from a metro "
         "station dig on the old Theodosian harbour: archaeological objects taken out of Türkiye, which forbids "
         "their export, brought in without the import licence of Regulation 2019/880, flown from Istanbul to "
         "Frankfurt for a 'soil laboratory' that shares a director with a Munich coin and antiquities dealer; "
         "Turkish wording (Byzantine objects repeat in several sets; a metro drill-core label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Geolabor GmbH", "DE")),
        ("CUL-02", "import", "NLSEA01", "sea", "AR", [], "NL", "251690",
         "Lajas patagónicas irregulares para revestimiento, pallets, 22 t", "AR", 22000, None, 6600, "USD",
         "Patagonian flagstones are thin, split, grey-green to ochre slabs sold by the pallet; in two of these "
         "pallets, foamed into crates behind the slabs, lie 30 round, 15 cm, dimpled stone balls with shell "
         "fragments and two slabs with embryo bones, from a Neuquén quarry worked beside the Auca Mahuevo nesting "
         "beds: titanosaur eggs, palaeontological heritage that Argentina forbids to export (Law 25.743), brought "
         "in without the import licence of Regulation 2019/880 (palaeontological collections being cultural "
         "goods), by sea from Buenos Aires to Rotterdam for a fossil dealer behind a stone importer; Rioplatense "
         "Spanish wording (dinosaur eggs repeat in several sets, from China and Mongolia; Patagonian eggs under a "
         "laja-flagstone label were found in no earlier row by a keyword search)", firm("Atlantic Natuursteen BV", "NL")),
        ("CUL-03", "export", "BESEA01", "sea", "BE", [], "US", "441899",
         "Nieuwe eikenhouten wandlambrisering in neogotische stijl, 14 panelen", "BE", 1800, 14, 6000, "EUR",
         "new neo-Gothic oak panelling is pale, machine-carved and glued; these 14 are dark, hand-carved oak panels "
         "with pegged joints, saints in tracery niches, hinge marks of a confessional and a 1868 carpenter's "
         "inscription, taken from a deconsecrated Ghent church by the demolition firm that stripped it: elements of a "
         "dismembered religious monument over 100 years old, which leave the Union only with an export licence "
         "(Regulation 116/2009), from Antwerp to a Houston dealer; Flemish wording (church fittings repeat in a few "
         "sets; confessional panels from a church strip-out under a new-panelling label were found in no earlier row "
         "by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "FRSEA01", "sea", "LB", [], "FR", "680291",
         "Fontaine murale en marbre, fabrication artisanale neuve, style ottoman, 1 pièce", "LB", 900, 1, 1200,
         "EUR",
         "new Ottoman-style marble fountains from Lebanese workshops are white, crisp and machine-polished; this one "
         "is a weathered, multi-coloured marble wall fountain with a carved inscription dated 1292 AH, lime crust, "
         "mortar on its back and a cut-off water pipe, taken from a Gemmayzeh house demolished after the port "
         "explosion: a Lebanese monument fragment over a century old whose export Lebanon forbids, brought in "
         "without the importer statement of Regulation 2019/880, from Beirut to Marseille for a Paris interior "
         "decorator; Lebanese French wording (fountains repeat in several sets; a Beirut demolition find under a "
         "new-workshop label is the new part as far as a search found)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-05", "import", "ESAIR01", "air", "MX", [], "ES", "680299",
         "Artesanía en piedra caliza tallada, réplicas mayas, taller de Mérida, 18 piezas", "MX", 120, 18, 900,
         "MXN",
         "new Maya replicas from Mérida workshops are pale, crisply carved and sanded; these 18 are weathered, "
         "lichen-stained limestone carvings, a stela fragment with glyphs, two incensario faces and jade beads with "
         "red cinnabar in the drill holes, turned up by excavators on a Yucatán railway cutting and quarry: Maya "
         "archaeological objects whose export Mexico forbids, brought in without the import licence of Regulation "
         "2019/880, flown from Mérida via Cancún to Madrid for a dealer; Mexican Spanish wording (Maya objects "
         "repeat in many sets; finds from a railway-cutting quarry under a Mérida replica label are the new part as "
         "far as a search found)", firm("Galería Atlántica SL", "ES")),
        ("CUL-06", "import", "ITSEA01", "sea", "TN", [], "IT", "251520",
         "Blocs de pierre calcaire de Tunisie pour parement, équarris, 30 blocs", "TN", 28000, 30, 4200, "EUR",
         "squared facing blocks from Tunisian quarries are fresh, sawn, cream limestone with clean arrises; two of "
         "these 30 are weathered ashlars with a Neo-Punic inscription and a Tanit sign, and a third is a carved "
         "cornice, quarried out of the ancient workings at El Haouaria along with the building stone: "
         "archaeological objects whose export Tunisia forbids, brought in without the import licence of "
         "Regulation 2019/880, by sea from Tunis to Palermo for a 'garden stone' dealer; Tunisian French wording "
         "(Punic stelae repeat in a few sets; facing blocks from an ancient quarry are the new part as far as a "
         "search found)", firm("Meridian Pietre Srl", "IT")),
        ("CUL-07", "import", "DESEA01", "sea", "ZA", [], "DE", "680293",
         "Graniet plaveisel monsters, gesaag, vir argitekte, 20 stuks", "ZA", 1400, 20, 600, "EUR",
         "granite paving samples are sawn, flamed tiles of a few kilos each, labelled by colour; among these 20 "
         "crates, one holds a 380 kg rough slab cut with a wire saw from a rock shelter face, with ochre and white "
         "eland and human figures on its weathered surface: a San rock-art panel, a heritage object whose removal "
         "and export South Africa forbids without a SAHRA permit, brought in without the import licence of "
         "Regulation 2019/880 (archaeological, over 250 years), by sea from Durban to Hamburg for a collector; "
         "Afrikaans wording (rock art repeats in several sets, San engravings and paintings from Namibia and Lesotho "
         "in two; kept as a repeat, a South African panel under a paving-sample label is the new part)", firm("Central Naturstein GmbH", "DE")),
        ("CUL-08", "export", "ITSEA01", "sea", "IT", [], "US", "680291",
         "Statue da giardino in marmo di Carrara, nuove, lavorazione artigianale, 6 pezzi", "IT", 2600, 6, 4800,
         "EUR",
         "new Carrara garden statues are crisp, bright-white, machine-roughed and evenly polished; these six are "
         "weathered, grey-veined 19th-century funerary figures (a weeping angel, mourners, a portrait bust) with "
         "lichen, iron cramp holes and cut-off plinths, removed by a demolition firm clearing abandoned family "
         "chapels of a Ligurian monumental cemetery: funerary sculpture over 70 years old and above the value "
         "threshold, cultural goods that leave the Union only with an export licence (Regulation 116/2009), from "
         "La Spezia to a Miami garden-antiques dealer; Italian wording (funerary sculpture appears once, in a "
         "multi-item row; cemetery-chapel clearance under a new-garden-statue label was found in no earlier row by "
         "a keyword search)", {"importer_country": "US"}),
        ("CUL-09", "import", "BGSEA01", "sea", "GE", [], "BG", "740400",
         "ბრინჯაოს ჯართი, ექსკავატორის ბუშინგები და ნამსხვრევები, 600 კგ", "GE", 600, None, 1800, "USD",
         "excavator-bushing scrap is machined bronze rings and turnings, bright where cut; mixed into these 600 kg "
         "are 40 cast axes, belt buckles with animal figures and bracelets with green patina and soil, turned up by "
         "a quarry excavator in a Colchian burial ground near Kutaisi: Late Bronze Age archaeological objects whose "
         "export Georgia forbids, brought in without the import licence of Regulation 2019/880, by sea from Poti to "
         "Varna for a Plovdiv metal trader; Georgian wording (Colchian bronzes repeat in three sets, as decorative "
         "axes, replica buckles and old buttons; kept as a repeat, an excavator-bushing scrap label is the new part)",
         firm("Orion Metal EOOD", "BG")),
        ("CUL-10", "import", "ESSEA01", "sea", "PE", [], "ES", "843149",
         "Cortadores de disco usados de tuneladora (TBM), retorno a fábrica, 120 piezas", "PE", 21000, 120, 36000,
         "USD",
         "a tunnelling contractor's return container from the Lima metro works: worn TBM disc cutters and "
         "conveyor parts go back to Spain for rebuilding, but the third item's 'documentación de obra' boxes hold "
         "no files but Ychsma and Inca funerary textiles, a painted mummy mask and ceramic vessels with grave soil, "
         "from burials the TBM's launch shaft cut through: archaeological objects whose export Peru forbids, brought "
         "in without the import licence of Regulation 2019/880, hidden as the last item of a three-item "
         "declaration, from Callao to Valencia; Peruvian Spanish wording (Peruvian grave goods repeat in many sets; "
         "behind a TBM return shipment under a site-archive label is the new part as far as a search found)",
         dict(firm("Delta Túneles SL", "ES"),
              _more_items=[item("843149", "Piezas de cinta transportadora usadas, 6 t", "PE", 6000, 3000, "USD"),
                           item("491199", "Documentación de obra, cajas de archivo, 12 cajas", "PE", 90, 60, "USD", qty=12)])),
    ],
    "strategic": [
        ("STR-01", "export", "SEAIR01", "air", "SE", [], "AE", "740710",
         "Kopparprofiler för plåtslageri, V-form, 1 m, 600 st.", "SE", 480, 600, 2400, "SEK",
         "copper flashing profiles are thin, bare, bent copper strips a roofer cuts with shears; these 600 are "
         "chevron-section copper sheaths filled with a grey-white explosive core and sealed with lead-coloured end "
         "caps, 800 g a metre, from a Swedish blasting-services firm's demolition stock, for a Dubai 'roofing' trader "
         "whose orders go on to Tehran: linear shaped cutting charges (dual-use 1A008 and explosives), exported "
         "without a licence, flown from Stockholm; Swedish wording (shaped charges repeat in two sets, once as "
         "linear cutting charges under an earthing-strip label; kept as a near repeat, a copper-flashing label from "
         "Sweden is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "CN", "901520",
         "Sistema di guida per TBM, stazioni totali motorizzate con unità inerziali, 6 set", "IT", 180, 6, 48000,
         "EUR",
         "a TBM guidance system is a motorised total station on the tunnel wall with a target unit and a small MEMS "
         "tilt sensor; these six sets carry, instead of targets, navigation-grade fibre-optic gyro IMUs with a "
         "drift of 0.01 °/h, each worth more than the whole declared set, for a Chengdu 'metro TBM maker' whose "
         "address is that of a listed aerospace institute: inertial measurement units of dual-use 7A003, exported without "
         "the licence Regulation 2021/821 requires, flown from Milan Malpensa; Italian wording (IMUs and gyros "
         "repeat in many sets, under surveying-instrument labels in two; a TBM-guidance label was found in no "
         "earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "IQ", "282690",
         "Fluat (Magnesiumhexafluorosilikat), Steinfestiger für Natursteinrestaurierung, 40 Fässer", "DE", 10000,
         40, 9000, "EUR",
         "fluat for hardening stone and concrete is magnesium hexafluorosilicate, a white crystalline salt that "
         "dissolves to a sour, glass-etching solution; these 40 drums hold a white, slightly damp salt that fumes "
         "and smells sharply of hydrogen fluoride when acidified, and the drum heads read CAS 7789-29-9: potassium "
         "bifluoride (dual-use 1C350, a chemical-weapons precursor), exported without the licence Regulation "
         "2021/821 requires, by lorry from Bavaria through the Balkans and Türkiye to an Erbil 'stone-restoration "
         "firm'; German wording (potassium bifluoride repeats in many sets and a fluorosilicate hardener once, on a "
         "precursor row; a fluat stone-restoration label to Iraq is the new part as far as a search found)", {"importer_country": "IQ"}),
        ("STR-04", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV", "RU"], "KZ", "842952",
         "Demoliční roboty dálkově ovládané, nové, 6 ks", "CZ", 24000, 6, 720000, "EUR",
         "remote-controlled demolition robots sold to Kazakhstan go to a named mine or smelter with a service "
         "contract; these six, for an Almaty trading house registered last year whose only customer is a "
         "Chelyabinsk metallurgical plant, are to be delivered 'ex works Almaty' and their warranty is registered "
         "in Russia: demolition machinery listed in Annex XXIII of Regulation 833/2014, whose sale for use in Russia "
         "is banned, routed through Kazakhstan by road from Ostrava; Czech wording (re-exports to Russia through "
         "Kazakhstan repeat in many sets; demolition robots were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-05", "import", "ROSEA01", "sea", "GE", [], "RO", "252329",
         "Portlandsement CEM I 42,5R, Azərbaycan mənşəli, torbalarda, 3 000 t", "AZ", 3000000, None, 180000,
         "USD",
         "Azerbaijani cement comes from the Garadagh plant by rail to Poti with its plant's quality certificates; "
         "this cargo's big bags carry the print of a Novorossiysk plant under the new labels, the bag lot numbers "
         "match a Russian plant's, and the certificate of origin was issued in Baku for a ship loaded at Poti from "
         "a coaster that came from Novorossiysk: Russian cement, whose import into the Union Regulation 833/2014 "
         "forbids (Annex XXI), by sea from Poti to Constanța for a Bucharest quarry-and-ready-mix group; "
         "Azerbaijani wording (Russian goods under third-country origin repeat in many sets; Russian cement under "
         "Azerbaijani origin was found in no earlier row by a keyword search)", firm("Horizon Ciment SRL", "RO")),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "CN", "843041",
         "Gebrauchter Tunnelbohrwagen, 3-armig, selbstfahrend, generalüberholt, 2 Stück", "AT", 90000, 2,
         560000, "EUR",
         "used drill jumbos sold to China go to a named tunnelling contractor with a project; these two, retired by "
         "a Tyrolean tunnelling contractor and sold to a Dandong 'machinery trader', are consigned on to a Sinuiju "
         "address, with Korean-language operating manuals ordered with them: tunnelling machinery whose supply to "
         "North Korea the UN and Regulation 2017/1509 forbid, from Hamburg to Dalian; Austrian German wording "
         "(goods for North Korea via Dandong repeat in many sets and a TBM to Dalian once; a drill-jumbo label was "
         "found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-07", "import", "FISEA01", "sea", "RU", [], "FI", "730890",
         "Teräksiset ristikkokaaret tunnelin tuentaan, Kazakstanin alkuperä, 600 kpl", "KZ", 120000, 600, 96000,
         "EUR",
         "Kazakh lattice girders for tunnel support would come from a Karaganda fabricator with its mill "
         "certificates; these 600 carry the heat numbers and mill stamps of a Magnitogorsk steel plant on their "
         "bars, and the Kazakh 'fabricator' is a forwarding address: Russian iron and steel products, whose import "
         "into the Union Regulation 833/2014 forbids (Annex XVII), with a Kazakh certificate of origin, by sea "
         "from Ust-Luga as a 'Kazakh transit cargo' to Kotka for a Helsinki tunnelling "
         "contractor; Finnish wording (Russian steel under Kazakh origin repeats in several sets; tunnel lattice "
         "girders were found in no earlier row by a keyword search)", firm("Nordhafen Louhinta Oy", "FI")),
        ("STR-08", "export", "SIAIR01", "air", "SI", [], "RS", "852589",
         "Kamere za nadzor miniranja v kamnolomu, 4 kosi", "SI", 40, 4, 6000, "EUR",
         "quarry blast-monitoring cameras are ruggedised HD video cameras at a few hundred euros; these four record "
         "over a million frames a second with an intensified sensor and trigger inputs, cost 60,000 EUR each on the "
         "maker's invoice and go to a Belgrade 'quarry consultant' whose orders go on to a Russian test range: "
         "high-speed cameras of dual-use 6A003 (and listed for Russia in Regulation 833/2014), exported without a "
         "licence, flown from Ljubljana; Slovene wording (high-speed cameras repeat in several sets, once from "
         "Ljubljana; a quarry blast-monitoring label is the new part as far as a search found, kept as a near "
         "repeat)", {"importer_country": "RS"}),
        ("STR-09", "export", "LTROAD01", "road", "LT", ["LV", "RU", "KZ"], "KG", "650610",
         "Apsauginiai šalmai karjerams, 2 000 vnt.", "LT", 1000, 2000, 8000, "EUR",
         "a quarry-supplies lorry for a Bishkek trader: helmets and high-visibility vests are what Kyrgyz quarries "
         "buy, but the third item's 'trupintuvų atsarginės dalys, elektronika' are 120 multi-constellation GNSS "
         "receivers with RTK boards and excavator machine-control displays, addressed on to a Yekaterinburg "
         "quarry-equipment dealer: GNSS receivers (8526 91) on the common high-priority list whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, from Vilnius; Lithuanian wording (GNSS receivers repeat in many sets and machine-control "
         "covers in several; a crusher-spare-parts label behind quarry safety wear is the new part as far as a "
         "search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("621143", "Didelio matomumo liemenės, 3 000 vnt.", "LT", 600, 4500, "EUR", qty=3000),
                           item("847490", "Trupintuvų atsarginės dalys, elektronika, 120 vnt.", "LT", 240, 3600, "EUR", qty=120)])),
        ("STR-10", "export", "PLAIR01", "air", "PL", [], "AM", "820719",
         "Wiertła do betonu SDS-plus, z węglikiem, zestawy, 900 szt.", "PL", 1800, 900, 5400, "EUR",
         "SDS-plus masonry drill sets are light, short bits of a few hundred grams in plastic cases; these 900 are "
         "45-127 mm tungsten-carbide button bits and threaded rods for top-hammer rock drills, 2 kg each, worth "
         "ten times the declared price, for a Yerevan trader whose customers are Norilsk mining contractors: "
         "rock-drilling tools listed in Annex XXIII of Regulation 833/2014, whose sale for use in Russia is banned, "
         "flown from Warsaw; Polish wording (exports to Russia through Armenia repeat in many sets, and quarry drill "
         "bits once (blind76, under their own name); button bits under a masonry-drill label were found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "KM", [], "FR", "251749",
         "Pierre calcaire concassée pour jardins et aquariums, big bags, 6 t", "KM", 6000, None, 900, "EUR",
         "crushed landscaping limestone is grey-white, dense, angular stone from a quarry; these big bags hold "
         "porous, branching and dome-shaped white lumps with star-shaped corallite cups, some still with dried "
         "tissue and coralline algae, dug from the reef flats that Comorian lime-burners quarry: stony coral rock "
         "(Scleractinia, CITES App. II, coral rock covered where the genus can be told) without CITES documents, by "
         "sea from Moroni to Marseille for an aquarium and garden wholesaler; Comorian French wording (coral rock "
         "repeats in a few sets from Asia; a crushed-limestone label from the Comoros is the new part as far as a "
         "search found)", firm("Rivage Aquariophilie SARL", "FR")),
        ("WLF-02", "import", "CZAIR01", "express", "VN", [], "CZ", "253090",
         "Đá bonsai núi đá vôi phủ rêu, Hà Giang, 6 viên", "VN", 3.5, 6, 45, "USD",
         "mossy karst rocks for bonsai and terraria are bare, sharp grey limestone with a little moss; these six "
         "carry, wedged into their cracks with roots still wet in sphagnum, twelve slipper orchids with mottled "
         "leaves, dug at a Hà Giang limestone quarry before blasting: wild Paphiopedilum (CITES App. I) without "
         "CITES documents, sent by express from Hanoi to a private grower in Olomouc; Vietnamese wording "
         "(Paphiopedilum repeats in many sets; a bonsai-rock label from a karst quarry was found in no earlier row "
         "by a keyword search)", person("Mr T. Dvořák", "CZ")),
        ("WLF-03", "import", "ESAIR01", "air", "MA", [], "ES", "970529",
         "Fossiles d'ammonites polies et trilobites d'Erfoud, caisses, 40 kg", "MA", 40, None, 400, "EUR",
         "polished ammonites and trilobites from the Erfoud quarries travel as heavy, dry stone in straw; these "
         "four crates are light for their size, are ventilated with drilled holes and hold, under a top layer of "
         "fossils, 30 live, spiny-tailed lizards in cloth bags, dug out of burrows beside the quarries: Uromastyx "
         "(CITES App. II) without CITES documents, flown from Errachidia via Casablanca to Madrid for a reptile "
         "dealer; Moroccan French wording (Uromastyx repeats in a few sets; behind an Erfoud fossil label is the "
         "new part as far as a search found)", firm("Meridian Reptiles SL", "ES")),
        ("WLF-04", "import", "NLSEA01", "sea", "BR", [], "NL", "440799",
         "Madeira de demolição, peroba-rosa, vigas e tábuas aparelhadas, 30 m3", "BR", 22000, None, 18000, "USD",
         "reclaimed peroba-rosa from demolished houses is a pinkish-yellow, bitter-tasting, even-grained hardwood "
         "full of old nail holes; a third of these 30 m3 are chocolate-brown, black-streaked, oily boards that smell "
         "of roses when planed and sink in water, salvaged from demolished 1920s houses in Minas Gerais: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I), which moves only with a pre-Convention certificate, without any "
         "CITES document, by sea from Vitória to Rotterdam for a furniture maker; Brazilian Portuguese wording "
         "(Dalbergia nigra repeats in many sets, under Brazilian demolition-timber labels in two (blind189, "
         "blind215); kept as a repeat, peroba-rosa beams to Rotterdam are the new part)", firm("Orion Houthandel BV", "NL")),
        ("WLF-05", "import", "BESEA01", "sea", "TH", [], "BE", "440729",
         "ไม้เก่ารื้อถอนจากบ้านไม้โบราณ ไม้สัก แปรรูป 20 ลบ.ม.", "TH", 16000, None, 24000, "USD",
         "reclaimed teak from dismantled Thai wooden houses is golden-brown, oily, leathery-smelling wood with "
         "weathered faces; nearly half of these 20 m3 are dense, purple-red, black-streaked boards with a sweet "
         "smell that sink in water, from demolished rice barns in Isan: Siamese rosewood (Dalbergia cochinchinensis, "
         "CITES App. II) without a CITES export permit, by sea from Laem Chabang to Antwerp for a design-furniture "
         "workshop; Thai wording (Siamese rosewood repeats in many sets and a reclaimed-teak label once, on a "
         "cultural row; a Thai demolition-timber label on rosewood was found in no earlier row by a keyword search)", firm("Central Meubelhout SA", "BE")),
        ("WLF-06", "import", "HRROAD01", "road", "ME", ["BA"], "HR", "253090",
         "Uzorci krečnjaka sa obale za laboratorijsko ispitivanje, 12 sanduka", "ME", 240, 12, 120, "EUR",
         "limestone samples for a quarry laboratory are dry, labelled cores or blocks; these 12 dripping, "
         "seawater-smelling crates hold chunks of shore limestone broken out with jackhammers, riddled with "
         "finger-shaped borings, each still holding a live, brown, date-shaped mussel: date mussels (Lithophaga "
         "lithophaga, CITES App. II), whose harvesting destroys the reef rock, without CITES documents, by van "
         "from Kotor through Bosnia to a Dubrovnik restaurant supplier; Montenegrin wording (date mussels repeat in "
         "two sets, as farmed mussels and frozen meat; a limestone-sample label was found in no earlier row by a "
         "keyword search)", firm("Rivage Ribarnica d.o.o.", "HR")),
        ("WLF-07", "transit", "DEAIR01", "air", "MZ", ["DE"], "VN", "820713",
         "Brocas de botões de carboneto de tungsténio, para perfuração de rocha, 2 caixas", "MZ", 48, 2, 1200,
         "USD",
         "tungsten-carbide button bits are steel bodies with grey carbide buttons, heavy for their size and "
         "magnetic; in each of these two crates, under a top layer of worn bits from a Tete coal-mine contractor, "
         "lie horn-shaped, fibrous, grey-brown blocks wrapped in foil that a magnet does not lift and that smell of "
         "burnt hair when drilled: rhinoceros horn (CITES App. I) without CITES documents, landed at Frankfurt in "
         "transit from Maputo to Hanoi; Mozambican Portuguese wording (rhino horn repeats in many sets; a "
         "drill-bit label in transit through Frankfurt is the new part as far as a search found)",
         {"importer_country": "VN"}),
        ("WLF-08", "import", "ATSEA01", "sea", "TZ", [], "AT", "442199",
         "Kabari za mbao ngumu kwa uimarishaji wa mahandaki (tunnel lagging wedges), tani 6", "TZ", 6000, None,
         3600, "USD",
         "hardwood wedges for tunnel lagging are rough, pale eucalyptus or oak blocks bought by the tonne; these 6 "
         "t are black-purple, oily, extremely dense billets with pale sapwood that sink in water and dull a saw, cut "
         "to 'wedge' sizes in Lindi: African blackwood (Dalbergia melanoxylon, CITES App. II) without a CITES export "
         "permit, landed at Koper from Dar es Salaam and declared for an Upper Austrian tunnelling supplier whose "
         "buyer is a clarinet-billet trader; Swahili wording (African blackwood repeats in several sets and wedge "
         "labels in some; a tunnel-lagging label was found in no earlier row by a keyword search)",
         firm("Alpina Holzbau GmbH", "AT")),
        ("WLF-09", "export", "FRSEA01", "sea", "FR", [], "US", "940360",
         "Mobilier de reproduction style Boulle, débarras de maison, 4 pièces", "FR", 320, 4, 3800, "EUR",
         "reproduction Boulle furniture uses brass and red-dyed horn or acetate behind the marquetry; these four "
         "pieces, cleared by a demolition and house-clearance firm from a Bordeaux mansion before its demolition, "
         "carry real mottled tortoiseshell with growth lines that smells of burnt hair under a hot needle, in "
         "19th-century marquetry: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I, EU Annex A) "
         "exported without a pre-Convention certificate or re-export document, from Le Havre to a New Orleans "
         "dealer; French wording (tortoiseshell repeats in many sets and Boulle restoration material in two; a "
         "house-clearance reproduction-furniture label is the new part as far as a search found)", {"importer_country": "US"}),
        ("WLF-10", "import", "DEAIR01", "express", "NP", [], "DE", "321410",
         "रक बोल्ट रेजिन क्याप्सुल, नमुना, २० वटा", "NP", 2.4, 20, 40, "USD",
         "rock-bolt resin capsules are 30 cm film sausages of grey polyester mortar and a catalyst, 2 kg/l, "
         "hard and uniform to the touch; these 20 are short, soft, hairy, fist-sized pouches with a strong, "
         "lingering, animal smell, sewn into the film, sent by a Nepali hydropower-tunnel worker to a relative who "
         "supplies a Hamburg traditional-medicine shop: musk pods of the musk deer (Moschus spp., CITES App. I in "
         "the Himalaya) without CITES documents, sent by express from Kathmandu; Nepali wording (musk repeats in "
         "many sets; a rock-bolt resin-capsule label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "MY", "BE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "MY", 4.6, 4, 120,
     "EUR", [("PRECURSOR_LICENCE", "BE-SPF-67-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "CN", "CZ", "284700",
     "Hydrogen peroxide 50 %, 2 x 1 l, for a licensed private user (stone-restoration hobby)", "CN", 2.4, 2, 30,
     "USD", [("PRECURSOR_LICENCE", "CZ-MV-67-0017")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SESEA01", "sea", "NO", "SE", "251710",
     "Alum shale from tunnel excavation (hazardous), for deposit at a licensed hazardous-waste landfill, 1,500 t",
     "NO", 1500000, None, 0, "NOK", [("BASEL_CONSENT", "SE-NV-67-0112")], "notified alum shale to a licensed landfill"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "681140",
     "Asbestos-cement pipes from water-main renewal (17 06 05*), wrapped, for a licensed landfill, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-67-0306")], "notified asbestos-cement waste to a licensed landfill"),
    ("PRM-05", "ozone", "export", "IESEA01", "sea", "IE", "US", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for a critical-use aviation halon bank", "IE", 1400, 20,
     28000, "EUR", [("ODS_LICENCE", "IE-EPA-ODS-67-004")], "recovered halon 1301 exported under licence for a critical use"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "AU", "AT", "290314",
     "Carbon tetrachloride, analytical grade, 4 x 1 l, for a licensed laboratory use", "AU", 6.4, 4, 300, "AUD",
     [("ODS_LICENCE", "AT-BMK-ODS-67-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "970310",
     "Carved oak confessional panels, Ghent, 1868, from a deconsecrated church, with the EU export licence", "BE",
     1800, 14, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-67-0058")],
     "church fittings exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970310",
     "Marble funerary angel, Genoa, c. 1880, from a deconsecrated family chapel, with the EU export licence", "IT",
     900, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-67-0214")],
     "funerary sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "IN", "901420",
     "Fibre-optic gyro IMUs, navigation grade, 4 units, for a TBM-guidance maker in Pune", "IT", 40, 4, 160000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-67-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-67-0147")],
     "dual-use inertial measurement units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "EG", "282619",
     "Potassium bifluoride 99 %, 2 t, for a glass-etching plant in Alexandria", "DE", 2000, 80, 7000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-67-0871"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-67-0066")],
     "dual-use potassium bifluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440799",
     "Brazilian rosewood (Dalbergia nigra), reclaimed pre-Convention beams, 2 m3", "BR", 1800, None, 24000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-67-0412")], "App. I rosewood with its pre-Convention certificate"),
    ("PRM-12", "wildlife", "import", "ATSEA01", "sea", "TZ", "AT", "440349",
     "African blackwood (Dalbergia melanoxylon) billets for clarinet making, 2 t", "TZ", 2000, None, 16000, "USD",
     [("CITES_PERMIT", "TZ-MNRT-67-0187")], "App. II African blackwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Soukromá osoba", "PRM-03": "Vega Anläggning AB",
    "PRM-06": "Alpina Gesteinslabor GmbH", "PRM-11": "Orion Houthandel BV", "PRM-12": "Alpina Holzbau GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # quarry operators and stone yards, tunnelling contractors, demolition and reclamation firms
    ("250810", "Bentonite hole-plug pellets, 25 kg bags", "import", ["sea"], ["TR", "IN"], (0.3, 0.6), (10000, 22000), ["USD"], 0.04, S),
    ("340399", "Concrete form-release agent, vegetable-oil based, 20 l", "import", ["sea"], ["MY", "CN"], (1.2, 2), (8000, 18000), ["USD"], 0.05, S),
    ("382499", "Diamond core-drill coolant concentrate, 1 l", "import", ["air"], ["CN", "KR"], (2, 4), (100, 500), ["USD"], 1, S),
    ("382499", "Sinter remover for tunnel drainage, inhibited organic acid, 5 l", "import", ["road"], ["CH"], (2, 3.5), (2000, 6000), ["CHF", "EUR"], 0.2, S),
    ("321490", "Travertine hole-filler powder, cement-based, 1 kg", "import", ["sea"], ["IR", "TR"], (2, 4), (2000, 8000), ["USD"], 1, S),
    ("253090", "Basalt rock dust for gardens, 2 kg bags", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (10000, 22000), ["EUR"], 0.5, S),
    ("902300", "Mineral identification kits for schools (streak plates, hardness picks)", "import", ["post"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 1, S),
    ("283650", "Calcite facade-cleaning powder, 25 kg bags", "import", ["sea"], ["VN", "TR"], (0.4, 0.8), (10000, 22000), ["USD"], 0.04, S),
    ("382440", "Anti-freeze concrete admixture, calcium formate based, 5 kg", "import", ["road"], ["UA", "RS"], (0.6, 1.2), (8000, 20000), ["EUR"], 0.2, S),
    ("271500", "Recycled asphalt granulate 0/22, tar-free, tested", "export", ["road"], ["BA", "RS"], (0.01, 0.03), (22000, 26000), ["EUR"], None, S),
    ("251710", "Crushed granite aggregate 0/32 from tunnel spoil, tested", "import", ["sea"], ["NO"], (0.008, 0.015), (800000, 1500000), ["NOK", "EUR"], None, S),
    ("681099", "Precast concrete pipes DN 600, new", "export", ["sea"], ["AL", "MA"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.003, S),
    ("690410", "Reclaimed clay bricks, cleaned, palletised", "export", ["road"], ["UA", "MD"], (0.05, 0.1), (18000, 24000), ["EUR"], 0.4, S),
    ("681091", "Precast concrete facade elements, new", "export", ["sea"], ["NO", "IS"], (0.1, 0.2), (40000, 90000), ["EUR"], 0.0004, S),
    ("843149", "Hydraulic breakers, reconditioned, with warranty", "export", ["sea"], ["GH", "NG"], (3, 5), (4000, 12000), ["EUR"], 0.001, S),
    ("940542", "LED tunnel luminaires, new", "export", ["sea"], ["MA", "TN"], (15, 25), (3000, 9000), ["EUR"], 0.08, S),
    ("381300", "AFFF foam concentrate 3 %, fluorine-free, 20 l", "import", ["sea"], ["CN", "KR"], (2, 4), (4000, 12000), ["USD"], 0.05, S),
    ("390950", "Two-component PU cavity-filling foam, water-blown, for tunnels", "import", ["sea"], ["KR", "CN"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("841869", "Ammonia brine chillers for ground freezing, new", "export", ["sea"], ["EG", "TR"], (8, 14), (10000, 26000), ["EUR"], 0.0001, S),
    ("280430", "Nitrogen for hydraulic-breaker accumulators, 200 bar cylinders", "import", ["road"], ["AL", "RS"], (0.8, 1.5), (1000, 4000), ["EUR"], 0.015, S),
    ("290323", "Tetrachloroethylene for asphalt binder extraction, 200 l drums", "import", ["sea"], ["IN", "US"], (1.2, 2), (1000, 4000), ["USD"], 0.003, S),
    ("253090", "Granite rock core samples for laboratory testing", "import", ["air"], ["TR", "NO"], (2, 5), (100, 400), ["EUR"], 0.05, S),
    ("251690", "Patagonian flagstones (lajas), split, palletised", "import", ["sea"], ["AR"], (0.25, 0.4), (18000, 24000), ["USD"], None, S),
    ("441899", "Oak wall panelling, neo-Gothic style, new", "export", ["sea"], ["US"], (3, 6), (1000, 4000), ["EUR"], 0.01, S),
    ("680291", "Marble wall fountains, new workshop pieces", "import", ["sea"], ["LB", "TR"], (1, 2), (2000, 6000), ["USD", "EUR"], 0.005, S),
    ("680299", "Limestone Maya replicas, new, stamped", "import", ["post"], ["MX"], (10, 20), (1, 4), ["USD"], 0.5, S),
    ("251520", "Limestone facing blocks, sawn", "import", ["sea"], ["TN", "EG"], (0.1, 0.2), (20000, 28000), ["EUR"], None, S),
    ("680293", "Granite paving samples, flamed", "import", ["sea"], ["ZA", "IN"], (0.4, 0.8), (1000, 4000), ["USD"], 0.2, S),
    ("680291", "Carrara marble garden statues, new", "export", ["sea"], ["US", "CH"], (1.5, 3), (1000, 4000), ["EUR"], 0.005, S),
    ("843149", "Used TBM disc cutters, return to maker for rebuilding", "import", ["sea"], ["PE", "CL"], (1, 2), (8000, 20000), ["USD"], 0.006, S),
    ("740710", "Copper flashing profiles for roofing", "export", ["sea"], ["AE", "NO"], (9, 12), (2000, 8000), ["EUR"], 1.2, S),
    ("901520", "Motorised total stations for surveying", "export", ["air"], ["IN", "TR"], (300, 600), (50, 300), ["EUR"], 0.08, S),
    ("282690", "Fluat stone hardener (magnesium hexafluorosilicate)", "export", ["road"], ["RS", "TR"], (1.5, 3), (2000, 8000), ["EUR"], None, S),
    ("252329", "Portland cement CEM I 42.5R, bagged", "import", ["sea"], ["TR", "EG"], (0.06, 0.09), (2000000, 4000000), ["USD"], None, S),
    ("843041", "Used drill jumbos, overhauled", "export", ["sea"], ["CL", "PE"], (5, 8), (40000, 90000), ["EUR"], 0.00003, S),
    ("820713", "Tungsten-carbide button bits for rock drills", "export", ["sea"], ["NO", "CL"], (20, 35), (1000, 4000), ["EUR"], 0.5, S),
    ("253090", "Bonsai karst rocks, bare", "import", ["post"], ["VN", "CN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("970529", "Polished ammonite fossils, Erfoud", "import", ["air"], ["MA"], (3, 6), (100, 400), ["EUR"], 1, S),
    ("940360", "Reclaimed peroba-rosa dining tables", "import", ["sea"], ["BR"], (4, 8), (3000, 8000), ["USD"], 0.02, S),
    ("940360", "Reproduction Boulle-style furniture, brass and acetate", "export", ["sea"], ["US"], (10, 20), (500, 2000), ["EUR"], 0.01, S),
    ("251620", "Weathered sandstone landscape boulders", "import", ["sea"], ["ZA", "IN"], (0.1, 0.25), (14000, 24000), ["USD"], 0.002, S),
    ("442199", "Beech hardwood wedges, kiln-dried, for tunnel lagging", "import", ["road"], ["UA", "RS"], (0.6, 1.0), (8000, 20000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("761510", "Aluminium ice cream scoops", "import", ["sea"], ["CN", "TW"], (5, 9), (1000, 4000), ["USD"], 6, N),
        ("441990", "Wooden pizza peels, beech", "import", ["sea", "road"], ["CN", "UA"], (2, 4), (2000, 6000), ["USD", "EUR"], 1, N),
        ("920600", "Tambourines, wooden frame", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 2, N),
        ("950300", "Wooden yo-yos, retail", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind245", 20670101, HERE)


if __name__ == "__main__":
    main()
