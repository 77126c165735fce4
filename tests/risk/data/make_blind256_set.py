#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-sixth blind set (tests/risk/data/blind256-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2068, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: funfairs, theme parks and
amusement machines (ride makers and operators, fairground showmen, arcade and
gaming-machine traders, theme-park and water-park suppliers, stall and kiosk traders).
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
only where a real declaration would. Ids are BL256-*:

    python3 tests/risk/data/make_blind256_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "CO", [], "ES", "340290",
         "Concentrado para cañón de espuma, fiestas de espuma en parques acuáticos, 4 garrafas x 5 L", "CO", 24, 4,
         380000, "COP",
         "foam-cannon concentrate is a thick, soapy, perfumed surfactant of about 1.02 kg/l that lathers the moment it "
         "is shaken; these four jerrycans have vented caps, hold a water-thin liquid of 1.20 kg/l that does not lather, "
         "whitens and stings the skin and fizzes on a cut: about 50 % hydrogen peroxide (Annex I above 12 %), sent by "
         "express from Barranquilla to a private person in Murcia who hires out foam cannons for water-park parties; "
         "Colombian Spanish wording (hydrogen peroxide repeats in many sets; a foam-cannon or foam-party label was "
         "found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-02", "import", "IEPOST01", "post", "ZA", [], "IE", "250100",
         "Popcorn salt, superfine, for cinema and fairground kettle poppers, 4 x 1 kg", "ZA", 4.2, 4, 260, "ZAR",
         "popcorn salt is an extra-fine, flour-like sodium chloride that tastes sharply of salt and clings to popped "
         "corn; these four bags hold a coarser, glassy, faintly sweet-cool powder that draws damp, tastes of nothing "
         "salty and flares white with a pinch of sugar on a hot plate: sodium perchlorate (Annex I above 40 %), "
         "posted from Durban to a private person in Cork; South African English wording (sodium perchlorate repeats "
         "in many sets and salt labels in several; a popcorn-salt label was found in no earlier row by a keyword "
         "search)", person("Ms A. Murphy", "IE")),
        ("PRE-03", "import", "SEAIR01", "express", "JP", [], "SE", "381400",
         "コインセレクター・メダルセレクター用クリーナー（業務用）, 1 L × 4 本", "JP", 4.6, 4, 9800, "JPY",
         "coin- and medal-selector cleaners for arcade machines are isopropanol sprays of 0.79 kg/l that evaporate at "
         "once and smell of surgical spirit; these four bottles hold an oily, faintly fruity liquid of 1.14 kg/l that "
         "sinks and partly mixes with water, does not dry off a coin and whose carton carries the maker's code for "
         "CH3NO2 under the new label: nitromethane (Annex I above 16 %), sent by express from Osaka to a private "
         "retro-arcade collector in Malmö, although flammable liquids travel by express only as declared dangerous "
         "goods; Japanese wording (nitromethane repeats in many sets and cleaner labels in several; a coin-selector "
         "cleaner label was found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-04", "import", "DEAIR01", "express", "TR", [], "DE", "170290",
         "Elma şekeri kaplama şurubu, renksiz, panayır tezgâhları için, 4 x 1 lt", "TR", 7.4, 4, 900, "TRY",
         "candy-apple coating syrup is a sticky glucose-sugar syrup of about 1.35 kg/l that sets glassy and red on the "
         "apple; these four bottles are oily, water-clear, weigh 1.84 kg/l, grow hot with a drop of water and turn a "
         "test apple and a sugar cube black: about 96 % sulphuric acid (Annex I above 15 %), sent by express from "
         "Izmir to a private person in Gelsenkirchen, although corrosive liquids travel by express only as declared "
         "dangerous goods; Turkish wording (sulphuric acid repeats in many sets and syrup covers in several; a "
         "candy-apple ('elma şekeri') label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "NLPOST01", "post", "AU", [], "NL", "210690",
         "Fairy floss flavour and colour concentrate, 'Flossine' type, pink vanilla, 4 x 1 lb", "AU", 1.9, 4, 96,
         "AUD",
         "a floss-sugar flavour and colour concentrate is a vivid pink powder that stains the fingers and smells "
         "strongly of vanilla; these four tubs hold a plain white, glassy, odourless powder that stains nothing, is "
         "tasteless to a cautious touch and spits violet sparks on a hot iron, and the inner bags read 'KClO3': "
         "potassium chlorate (Annex I above 40 %), posted from Melbourne to a private person in Tilburg; Australian "
         "English wording (potassium chlorate repeats in many sets and candy-floss sugar covers in blind89 and blind92; "
         "a Flossine-type concentrate label was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("PRE-06", "import", "FRPOST01", "post", "CA", [], "FR", "340250",
         "Poudre nettoyante et désinfectante pour machines à crème glacée molle, 4 x 1 kg", "CA", 4.1, 4, 88, "CAD",
         "a soft-serve machine cleaner-sanitiser is a fine, white, foaming powder that smells of chlorine and dissolves "
         "cloudy; these four bags hold clear, cubic crystals that dissolve water-clear, do not foam, smell of nothing, "
         "draw damp and flare yellow with sugar on a hot plate, and the lab gives CAS 7775-09-9: sodium chlorate "
         "(Annex I above 40 %), posted from Montréal to a private person in Nantes who runs a soft-serve trailer at "
         "fairs; Québec French wording (sodium chlorate repeats in many sets; a soft-serve machine sanitiser label "
         "was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-07", "import", "ATPOST01", "post", "NZ", [], "AT", "170490",
         "Royal icing mix for decorating fairground gingerbread hearts, 4 x 1 lb", "NZ", 1.9, 4, 48, "NZD",
         "royal icing mix is a soft, sweet icing sugar with dried egg white that beats up with a little water into a "
         "thick, glossy white paste; these four tubs hold a heavier, gritty, tasteless powder that will not thicken "
         "or gloss, barely dissolves and burns fiercely mixed with sugar on a hot plate, and the filler's inner bags "
         "read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from Auckland to a private person in Graz "
         "who pipes Lebkuchenherzen for Christmas-market stalls; New Zealand English wording (potassium perchlorate "
         "repeats in many sets and sugar covers in several; a royal-icing or gingerbread-heart label was found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "LUAIR01", "express", "CN", [], "LU", "340590",
         "游戏币清洗光亮液（推币机铜币用），1 升 x 4 瓶", "CN", 5.6, 4, 160, "CNY",
         "arcade-token brighteners for coin-pusher machines are mild citric or ammonia washes of about 1.02 kg/l that "
         "smell of lemon or ammonia; these four bottles weigh 1.40 kg/l, give off brown fumes when opened, stain the "
         "skin yellow and eat into a brass token in minutes: about 65 % nitric acid (Annex I above 3 %), sent by "
         "express from Panyu, Guangzhou's amusement-machine district, to a private person in Esch-sur-Alzette who runs "
         "a home arcade; Chinese wording (nitric acid repeats in many sets; a token-cleaner label was found in no "
         "earlier row by a keyword search)", person("M. P. Schmit", "LU")),
        ("PRE-09", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Абсорбент для блювотних мас на атракціонах, гранули, банки-шейкери 1 кг, 8 000 шт.", "UA", 8000, 8000, 6400,
         "EUR",
         "vomit absorbent for ride operators is a light, pink or green, scented cellulose or polymer granule that "
         "soaks up liquid and swells; these 8,000 shakers hold hard, white, odourless prills that do not soak up "
         "anything, dissolve and turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a "
         "Rzeszów cleaning-supplies web shop that sells the shakers to the public: ammonium nitrate (Annex I at 16 % "
         "N or more) made available to members of the public, on a lorry at Korczowa; Ukrainian wording (ammonium "
         "nitrate repeats in many sets and absorbent labels in a few, on waste; a vomit-absorbent label was found in "
         "no earlier row by a keyword search)", firm("Orion Czystość Sp. z o.o.", "PL")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "442199",
         "Kürtőskalács-sütőfa, bükkfa, 400 db", "RS", 600, 400, 2400, "EUR",
         "a chimney-cake stall-equipment van from Subotica for a Szeged web shop that sells to stall holders and the "
         "public: beech rollers and cinnamon sugar are what such orders hold, but the third item's 'grillsütő-tisztító' "
         "is 200 litres in 1-litre bottles with vented caps of a water-clear liquid of 1.20 kg/l that whitens the skin "
         "and fizzes on rust, where an oven cleaner is an alkaline gel: about 50 % hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public, hidden as the last item of a three-item declaration at "
         "Röszke; Hungarian wording from Vojvodina (hydrogen peroxide repeats in many sets; a chimney-cake stall order "
         "was found in no earlier row by a keyword search)",
         dict(firm("Vega Vásári Kellék Kft.", "HU"),
              _more_items=[item("170191", "Fahéjas kristálycukor kürtőskalácshoz, 1 kg, 1 200 zacskó", "RS", 1200, 1500, "EUR", qty=1200),
                           item("340290", "Grillsütő-tisztító folyadék, 1 l, 200 flakon", "RS", 240, 300, "EUR", qty=200)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "850421",
         "Gebruikte kermis-stroomverdeelkasten en transformatoren, werkend, 40 stuks", "NL", 38000, 40, 9600, "EUR",
         "working second-hand fairground distribution cabinets and transformers come dry-type or with a PCB-free "
         "test label; these 40 oil-filled units from Brabant showmen's yards weep a heavy, sweetish, non-flammable "
         "oil, their nameplates read 'Askarel' and a field test gives over 50 ppm PCB: equipment containing PCBs "
         "(16 02 09*), hazardous waste whose export to a non-OECD country is banned (and POPs Regulation), from "
         "Rotterdam to Apapa for a Lagos 'amusement park'; Dutch wording (PCB transformers repeat in several sets; a "
         "kermis showman's cover was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "681182",
         "Použité fasádní panely z pouťové atrakce 'strašidelný zámek', bez azbestu, 18 t", "CZ", 18000, None, 900,
         "EUR",
         "asbestos-free fibre-cement panels are light grey, smooth-edged and stamped 'NT' (new technology); these "
         "painted, cracked façade panels from a ghost-train ride dismantled after the Prague Matějská pouť are older, "
         "heavier sheets whose broken edges show chrysotile fibres under a lens: asbestos-cement (17 06 05*), "
         "hazardous waste whose export to a non-OECD country is banned, by road through Slovakia to Uzhhorod for a "
         "'funfair builder'; Czech wording (asbestos cement repeats in many sets; a ghost-train façade cover was found "
         "in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "GH", "950823",
         "Autoscontri a batteria usati, funzionanti, con batterie, 40 pezzi", "IT", 16000, 40, 8000, "EUR",
         "working used battery dodgems come charged, each with its charger and a battery test; these 40 fibreglass "
         "cars from a Bergantino ride dealer have cracked bodies, no chargers and 120 swollen, acid-leaking 12 V "
         "lead-acid traction batteries strapped loose on pallets, a third of the consignment's weight: waste lead-acid "
         "batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Ravenna to Tema; "
         "Italian wording (lead-acid batteries repeat in many sets; a dodgem cover was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "AO", "271019",
         "Óleo hidráulico HLP 46, novo, bidões de 208 l, 80 bidões", "PT", 15000, 80, 6000, "EUR",
         "new HLP 46 hydraulic oil is a clear, amber oil in sealed, printed drums with a batch number; these 80 "
         "mismatched drums hold a black, water-laden oil with sludge and metal fines, drained from the rams and "
         "power packs of a travelling-fair ride fleet during its winter overhaul: waste hydraulic mineral oil "
         "(13 01 10*), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda for a "
         "'lubricant distributor'; Portuguese wording (waste hydraulic oil repeats in many sets; ride-maintenance oil "
         "is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CI", "950590",
         "Canons à confettis, air comprimé, stock invendu de parc de loisirs, 6 t", "FR", 6000, None, 3000, "EUR",
         "unsold confetti cannons are light cardboard tubes with a compressed-air cartridge and paper confetti, sealed "
         "in shop boxes; these cartons hold heavy, damp display shells, mines and cake batteries from a theme park's "
         "night show, past their date, some with burst casings and loose black powder: waste pyrotechnics "
         "(16 04 02*), hazardous waste whose export to a non-OECD country is banned, from Le Havre to Abidjan for an "
         "'events company'; French wording (waste pyrotechnics repeat in several sets, and confetti cannons once as an "
         "HFC aerosol (blind43); as confetti cannons on a waste export is the new part)", {"importer_country": "CI"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "RS", "290531",
         "Monoethylenglykol, regeneriert, 98 %, IBC, 20 t", "AT", 20000, None, 3000, "EUR",
         "regenerated MEG is a clear, colourless, sweet-tasting liquid with an assay; these IBCs hold a cloudy, "
         "brown-green, oily 35 % glycol-water brine with rust, corrosion inhibitors and compressor oil, pumped out of "
         "the pipe mats of mobile ice rinks after the Vienna Christmas-market season: waste antifreeze containing "
         "hazardous substances (16 01 14*), hazardous waste whose export to a non-OECD country is banned, by road "
         "through Slovenia and Croatia to a Novi Sad 'chemical trader'; Austrian German wording (spent glycol repeats "
         "in several sets; mobile ice-rink brine is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "IN", "740400",
         "Fichas de latón usadas para máquinas recreativas, chatarra para refundir, 20 t", "ES", 20000, None, 24000,
         "EUR",
         "worn arcade tokens for remelting are shiny, stamped brass discs sold at near-copper prices; these big bags "
         "hold a grey-green, powdery mixture of casting skimmings, dross and baghouse dust from a Valencia token mint "
         "that reads 30 % zinc oxide with lead and cadmium, with a few hundred tokens on top: flue-gas dust and dross "
         "from brass casting (10 06 03*), hazardous waste whose export to a non-OECD country is banned, from Valencia "
         "to Nhava Sheva; Spanish wording (brass and zinc dross repeat in several sets; an arcade-token cover was found "
         "in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "SN", "940542",
         "Guirlandes lumineuses foraines LED, d'occasion, 600 pièces", "BE", 1800, 600, 2400, "EUR",
         "a Liège showman's second-hand container for Dakar: LED festoon strings and used generator sets are what "
         "Belgian fairground families sell on to West African funfairs, but the third item's 'tubes LED' are 4,000 "
         "broken and whole fluorescent tubes stripped from ride fronts and stalls, loose in gaylords with white powder "
         "and glass splinters: waste fluorescent tubes containing mercury (20 01 21*), hazardous waste whose export "
         "to a non-OECD country is banned, hidden as the last item of a three-item declaration; Belgian French wording "
         "(lamps repeat in many sets; behind fairground festoons is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("850211", "Groupes électrogènes diesel d'occasion, 60 kVA, 6 pièces", "BE", 7200, 9000, "EUR", qty=6),
                           item("853952", "Tubes LED d'occasion, 4 000 pièces", "BE", 2400, 400, "EUR", qty=4000)])),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "370790",
         "Fotochemikalien für Fotoautomaten (Entwickler, Fixierer), unbenutzt, Restbestand, 600 Kanister", "DE", 12000,
         600, 1800, "EUR",
         "unused photo-booth chemistry comes in sealed, dated 20-litre canisters of clear concentrate; these canisters "
         "are opened, mismatched and hold dark, sulphur-smelling used fixer with a black silver sludge and exhausted "
         "developer, collected from the tanks of analogue photo booths in Berlin and Leipzig: spent fixer and developer "
         "(09 01 04*, 09 01 01*), hazardous waste whose export to a non-OECD country is banned, by road through Poland "
         "for a Lviv 'photo lab'; German wording (spent fixer repeats in many sets; photo booths as its source are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "381400",
         "Διαλυτικό νίτρου ανακυκλωμένο, αποσταγμένο, βαρέλια 200 l, 90 βαρέλια", "GR", 16000, 90, 3600, "EUR",
         "redistilled cellulose thinner is water-clear and sold with a distillation report; these drums hold a thick, "
         "multicoloured sludge of spent thinner and paint from a Thessaloniki workshop that repaints lunapark rides "
         "every winter, with settled pigment, lead-chromate flakes and rags: waste organic solvents and paint sludge "
         "(14 06 03*, 08 01 13*), hazardous waste whose export to a non-OECD country is banned, from Thessaloniki to "
         "Alexandria for a 'paint maker'; Greek wording (spent solvents under recycled-thinner labels repeat in several "
         "sets; a ride-repainting workshop is the new part as far as a search found)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "स्लिप रिंग क्लीनर, झूलों और हिंडोलों के लिए, 20 x 1 लीटर", "IN", 31, 20, 600, "USD",
         "a slip-ring cleaner for the rotating contacts of carousels and swing rides is an isopropanol or "
         "hydrocarbon solvent of about 0.8 kg/l that smells of spirit and burns; these 20 bottles weigh 1.56 kg/l, do "
         "not burn, boil at 48 °C and smell faintly sweet, and the drum label copied onto the packing list reads "
         "'R-113': 1,1,2-trichlorotrifluoroethane (CFC-113), whose import into the Union is banned, flown from Delhi to "
         "Verona for a Bergantino ride maker; Hindi wording (CFC-113 repeats in many sets; a slip-ring cleaner label "
         "was found in no earlier row by a keyword search)", firm("Vega Giostre Srl", "IT")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "950821",
         "过山车肩部安全压杠聚氨酯护垫 (水发泡), 2,400 件", "CN", 7200, 2400, 48000, "USD",
         "shoulder-restraint pads for roller coasters are moulded closed-cell PU blown with water or pentane; a gas "
         "test on a cut pad from these 2,400 gives 1,1-dichloro-1-fluoroethane and the foamer's batch sheet in the "
         "container names HCFC-141b: products containing an ozone-depleting substance (foam blown with HCFC-141b) "
         "whose import into the Union is banned, by sea from Shenzhen to Rotterdam for a Limburg coaster builder; "
         "Chinese wording (HCFC-141b foams repeat in many sets; coaster restraint pads were found in no earlier row by "
         "a keyword search)", firm("Meridian Rides BV", "NL")),
        ("OZN-03", "export", "DESEA01", "sea", "DE", [], "EG", "950829",
         "Gebrauchte Riesenrad-Gondeln, klimatisiert, überholt, 36 Stück", "DE", 43200, 36, 72000, "EUR",
         "overhauled air-conditioned observation-wheel gondolas for export are refitted with an R-290 or CO2 unit and "
         "a conversion plate; these 36 from a dismantled Hamburg wheel keep their original split units, charged with "
         "about 3 kg each, and the plates and a gas test give chlorodifluoromethane: equipment relying on HCFC-22, "
         "whose export from the Union is banned (Regulation 2024/590), from Hamburg to Alexandria for a Cairo "
         "amusement park; German wording (R-22 equipment repeats in many sets; Ferris-wheel gondolas were found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("OZN-04", "import", "DEPOST01", "post", "US", [], "DE", "340520",
         "Pinball playfield cleaner, naphtha-free, for restorers, 4 x 32 oz", "US", 3.8, 4, 60, "USD",
         "pinball playfield cleaners are water-based or light naphtha liquids of 0.8-1.0 kg/l; these four bottles "
         "hold a clear liquid of 1.59 kg/l that does not burn, smells sweet like chloroform and evaporates from the "
         "hand without a film, and the old can inside the parcel reads 'carbon tet': carbon tetrachloride, whose "
         "import into the Union is banned, posted from Illinois to a private pinball collector in Bremen; US English "
         "wording (carbon tetrachloride repeats in many sets and pinball in two, on waste and plastics; a playfield "
         "cleaner label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("OZN-05", "import", "HRROAD01", "road", "BA", [], "HR", "285390",
         "Boce sa komprimovanim zrakom za sajamsku igru s vodenim pištoljima, 10 l, 40 kom", "BA", 520, 40, 800, "EUR",
         "compressed-air bottles for a fairground water-gun race are steel cylinders of air at 200 bar that weigh "
         "little more than empty and do not slosh; these 40 read 5.7 bar, weigh 13 kg more than empty, slosh, and a "
         "liquid pours out of the valve that frosts the stall's regulator, and the shoulders are stamped 'R-12' under "
         "fresh paint: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, in a van at Stara "
         "Gradiška for a Zagreb Advent-fair stall operator who resells it to car air-conditioning workshops; Bosnian "
         "wording (CFC-12 repeats in many sets, compressed-air labels in many on aerosols and beverage-CO2 cylinder "
         "covers in several; compressed-air cylinders for a fairground water-gun race were found in no earlier row "
         "by a keyword search)", firm("Central Sajam d.o.o.", "HR")),
        ("OZN-06", "export", "FISEA01", "sea", "FI", [], "AE", "841869",
         "Käytetyt jääbaarin pakastekontit, kylmäaine R-449A, 4 kpl", "FI", 24000, 4, 40000, "EUR",
         "second-hand ice-bar freezer containers sold on carry their refrigerant on the F-gas label and a recovery "
         "record if emptied; these four from a Rovaniemi Christmas park's ice bar are 1998 containers still charged "
         "with about 40 kg each, and the compressor plates and a gas test give chlorodifluoromethane under the R-449A "
         "stickers: equipment relying on HCFC-22, whose export from the Union is banned, from Kotka to Jebel Ali for a "
         "Dubai indoor snow attraction; Finnish wording (R-22 equipment repeats in many sets; ice-bar freezer "
         "containers were found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("OZN-07", "import", "DEAIR01", "air", "JP", [], "DE", "340290",
         "メダル洗浄機用 脱脂洗浄剤, 18 L 缶, 20 缶", "JP", 480, 20, 180000, "JPY",
         "the degreasing detergent of a medal-pusher arcade's medal washer is a water-based alkaline liquid of about "
         "1.05 kg/l that foams; these 20 cans weigh 1.33 kg/l, do not foam or mix with water, smell sweet and boil at "
         "74 °C, and the can stickers hide 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import into "
         "the Union is banned, flown from Osaka to Frankfurt for a Japanese-style medal arcade in Düsseldorf; Japanese "
         "wording (methyl chloroform repeats in many sets; a medal-washer detergent label was found in no earlier row "
         "by a keyword search)", firm("Orion Spielhallen GmbH", "DE")),
        ("OZN-08", "transit", "NLSEA01", "sea", "CN", ["NL"], "MA", "842410",
         "游乐设备用手提式二氧化碳灭火器, 5 公斤, 800 具", "CN", 8000, 800, 12000, "USD",
         "5 kg CO2 extinguishers for ride cabins are heavy steel bottles with a horn and no gauge; these 800 are light "
         "red bottles with a gauge at 12 bar, a short nozzle and a liquid that flashes into a sweet-smelling vapour, "
         "and the valve stamps read '1211': halon 1211 (bromochlorodifluoromethane) in portable extinguishers, "
         "controlled substances moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Rotterdam in transit from Ningbo to Casablanca for a fairground-ride importer; Chinese wording (halon 1211 "
         "repeats in many sets and CO2-extinguisher labels in several; ride-cabin extinguishers in transit through "
         "Rotterdam are the new part as far as a search found)", {"importer_country": "MA"}),
        ("OZN-09", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "841850",
         "Maraş dondurması satış arabası, soğutmalı, R-290, panayır tipi, 20 adet", "TR", 4000, 20, 60000, "EUR",
         "Turkish ice-cream show carts sold in the Union run on R-290, carry a flame mark and hold about 150 g of "
         "propane; these 20 brass-domed carts for fairground dondurma vendors have no flame mark, a 1.3 kg charge "
         "behind an HFC sight glass, and the compressor plate gives R-404A (GWP 3,922): self-contained commercial "
         "refrigeration with an HFC of GWP 150 or more, which may not be placed on the Union market (Regulation "
         "2024/573), by lorry through Bulgaria, Romania, Hungary and Austria to a Duisburg fairground trader; Turkish "
         "wording (R-404A cabinets repeat in many sets and dondurma in several, on salep; dondurma show carts are the "
         "new part as far as a search found)", firm("Alpina Schaustellerbedarf GmbH", "DE")),
        ("OZN-10", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "UZ", "950829",
         "Gebrauchte Geisterbahn (Dunkelfahrt), komplett, mit Steuerkabine, 1 Anlage", "DE", 62000, 1, 180000, "EUR",
         "a used dark ride for sale is cars, track, scenery and a control cabin with a powder or FK-5-1-12 fire "
         "system; in this one's control cabin stand three red, wall-mounted cylinders of a fixed system, full, "
         "reading 42 bar, whose labels give bromotrifluoromethane: halon 1301 in a fixed fire-protection system, a "
         "product containing a controlled substance whose export from the Union is banned, by rail from Duisburg to "
         "Tashkent for a city park; German wording (halon 1301 systems repeat in several sets; a ghost-train dark ride "
         "was found in no earlier row by a keyword search)", {"importer_country": "UZ"}),
    ],
    "cultural": [
        ("CUL-01", "export", "BESEA01", "sea", "BE", [], "US", "442199",
         "Decoratieve orgelgevel, reproductie, zonder mechaniek, 1 stuk", "BE", 2600, 1, 6500, "EUR",
         "a reproduction organ façade is a new, painted MDF or plywood front with plastic figures and no pipes; this "
         "crate holds a complete 1920s Antwerp dance organ, its carved and gilt façade signed by the builder, its "
         "92-key book-reading mechanism, wooden pipes, drums and automaton figures, with a factory number: a "
         "mechanical organ over 50 years old worth several hundred thousand euros, exported without the licence of "
         "Regulation 116/2009 and the Flemish protected-heritage procedure, from Antwerp to Newark for a US "
         "fairground-organ collector; Flemish wording (a dance organ, a fairground organ or a Mortier organ was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "DEAIR01", "air", "US", [], "DE", "691390",
         "Decorative Southwest-style pottery, handmade replicas, for a western theme town, 24 pcs", "US", 48, 24, 1200,
         "USD",
         "new Southwest-style replicas are bright, kiln-fired, slip-cast or coiled pots with crisp paint and a maker's "
         "stamp; these 24 are thin-walled black-on-white bowls and mugs with worn, mineral-painted designs, root "
         "marks, mended breaks and soil in the corrugations, from Ancestral Puebloan sites on federal land in the Four "
         "Corners: archaeological objects over 700 years old, removed in breach of the US Archaeological Resources "
         "Protection Act and brought in without the import licence Regulation 2019/880 requires, flown from Denver "
         "to Munich for a Bavarian western theme park; US English wording (Puebloan pottery repeats once, as a "
         "Southwest-décor mug in blind151, kept as a repeat of the good; a western-theme-town décor cover was found "
         "in no earlier row by a keyword search)",
         firm("Horizon Westernstadt GmbH", "DE")),
        ("CUL-03", "import", "ESSEA01", "sea", "AE", [], "ES", "392640",
         "نسخ مقلدة من تماثيل فرعونية لتزيين الحدائق الترفيهية، راتنج، 12 قطعة", "AE", 900, 12, 3000, "USD",
         "resin theming replicas for a theme park's Egyptian zone are light, hollow, fibreglass-backed castings with "
         "a seam and sprayed 'sandstone'; these 12 are heavy, solid limestone and granite: four shabtis with "
         "hieroglyphic columns, a painted Late Period stela with a lunette and an offering formula and a granite statue "
         "fragment with a back pillar, with salt bloom and old dealer numbers in ink: Egyptian antiquities taken out "
         "of Egypt, which forbids their export, brought in without the import licence Regulation 2019/880 requires, "
         "by sea from Jebel Ali to Tarragona for a theme-park theming contractor; Emirati Arabic wording (Egyptian "
         "antiquities repeat in many sets; a theme-park theming-replica label was found in no earlier row by a "
         "keyword search)", firm("Meridian Tematización SL", "ES")),
        ("CUL-04", "import", "PLPOST01", "post", "UA", [], "PL", "711810",
         "Жетони для монетних штовхачів (coin pusher), б/в, латунь, 4 кг", "UA", 4, None, 40, "EUR",
         "used coin-pusher tokens are identical, machine-struck brass discs with the arcade's name and a reeded edge; "
         "these 4 kg are about 900 irregular, dark-green bronze coins of different sizes, hand-struck, with Greek "
         "legends, dolphins and Roman emperors' heads and soil in the letters, from detector finds round Olbia and "
         "Tyras: archaeological objects taken out of Ukraine, which forbids their export, brought in without the import "
         "licence Regulation 2019/880 requires, posted from Odesa to a private person in Kraków; Ukrainian wording "
         "(ancient coins repeat in many sets; a coin-pusher token cover was found in no earlier row by a keyword "
         "search)", person("Piotr Nowak", "PL")),
        ("CUL-05", "import", "FRSEA01", "sea", "GE", [], "FR", "681099",
         "ხელოვნური ქვის (GFRC) დეკორატიული რელიეფები შუასაუკუნეების თემატური პარკისთვის, 8 ცალი", "GE", 3200, 8,
         2400, "EUR",
         "GFRC theming reliefs are thin, light glass-fibre concrete panels cast from a mould, with a mesh on the back; "
         "these eight are solid, hand-carved yellow tuff and sandstone blocks with a vine scroll, a cross and an "
         "inscription in asomtavruli, with old lime mortar and chisel-cut joints on their backs, prised from a ruined "
         "11th-century church in Samtskhe-Javakheti: elements of a monument over 250 years old taken out of Georgia, "
         "which forbids their export, brought in without the import licence Regulation 2019/880 requires, by sea from "
         "Poti to Marseille for a medieval theme park; Georgian wording (Georgian church stones repeat in a few sets; "
         "a medieval-theme-park GFRC label was found in no earlier row by a keyword search)",
         firm("Atlantic Parcs Médiévaux SARL", "FR")),
        ("CUL-06", "export", "ITSEA01", "sea", "IT", [], "CN", "680299",
         "Camino in pietra serena, riproduzione, per parco a tema europeo, 1 pezzo", "IT", 2800, 1, 4500, "EUR",
         "a reproduction pietra-serena fireplace is machine-cut, evenly grey and crisp-edged; this one is weathered, "
         "hand-carved, with a Medici-period coat of arms, tool marks, old soot and iron cramps, lifted from a Tuscan "
         "villa: a sculpted architectural element of the 16th century, over 50 years old and above the value "
         "threshold, and part of the Italian heritage, exported without the licence of Regulation 116/2009 and the "
         "Italian certificate, from Livorno to Shanghai for a European-themed town; Italian wording (fireplaces repeat "
         "in several sets; kept as a known repeat, a theme-park destination in China is the new part as far as a "
         "search found)", {"importer_country": "CN"}),
        ("CUL-07", "import", "BEPOST01", "post", "EC", [], "BE", "950590",
         "Cabeza reducida de látex, utilería de Halloween para casa embrujada, 1 unidad", "EC", 1.1, 1, 30, "USD",
         "a latex shrunken-head prop is light, hollow, moulded rubber with nylon hair and painted stitches; this one "
         "is dense, leathery human skin over a sand core, with real black hair a metre long, lips sewn with chambira "
         "fibre and the smell of smoke: a Shuar tsantsa, human remains and an ethnographic object of Ecuador's "
         "heritage, which forbids its export, brought in without the importer statement Regulation 2019/880 requires "
         "for its age and value, posted from Macas to a private haunted-house collector in Ghent; Ecuadorian Spanish "
         "wording (a tsantsa and a haunted-house prop were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("CUL-08", "import", "FRSEA01", "sea", "VN", [], "FR", "392640",
         "Tượng apsara Chăm giả cổ bằng nhựa composite, trang trí khu vui chơi chủ đề châu Á, 6 tượng", "VN", 1400, 6,
         900, "USD",
         "composite Cham-style replicas for a theme park's Asian zone are light, hollow castings with a painted "
         "patina; two of these six are solid pink sandstone: a dancing apsara relief and a lion's head with weathered "
         "faces, lichen and old breaks, cut from a Cham temple site in Quảng Nam: archaeological objects over 250 "
         "years old taken out of Viet Nam, which forbids their export, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Da Nang to Marseille for a theme-park decorator; Vietnamese "
         "wording (Cham sculpture repeats in several sets; kept as a known repeat, a theme-park composite-replica label "
         "is the new part as far as a search found)", firm("Rivage Décors SARL", "FR")),
        ("CUL-09", "import", "DEAIR01", "air", "NP", [], "DE", "830629",
         "हस्तनिर्मित पित्तलका गाउने कचौरा (singing bowls), नयाँ, ६० थान", "NP", 90, 60, 900, "USD",
         "a Kathmandu air shipment that furnishes a fortune-teller's booth for a German travelling fair: new singing "
         "bowls and prayer flags are what such booths buy, but the third item's 'resin skull-cup replica' is a real "
         "human skull cap lined with silver, its rim set with coral and turquoise, worn smooth by handling and with an "
         "old monastery inventory number: an 18th-century Tibetan kapala, a ritual object taken out of Nepal, which "
         "forbids the export of objects over 100 years old, brought in without the importer statement Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration, flown from Kathmandu to Frankfurt; "
         "Nepali wording (a kapala and a fortune-teller's booth were found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Schaustellerbedarf GmbH", "DE"),
              _more_items=[item("630790", "प्रार्थना झण्डा, कपास, नयाँ, ४०० थान", "NP", 40, 200, "USD", qty=400),
                           item("392640", "खप्पर (कपाल) को रेजिन प्रतिकृति, सजावटी, १ थान", "NP", 0.6, 25, "USD", qty=1)])),
        ("CUL-10", "import", "DEAIR01", "air", "ET", [], "DE", "830629",
         "የናስ መስቀል ቅጂዎች፣ አዲስ፣ ለመዝናኛ ፓርክ የአፍሪካ ክፍል ማስዋቢያ፣ 10 ቁጥር", "ET", 14, 10, 180, "USD",
         "new brass processional-cross replicas are bright, sand-cast and lathe-finished with crisp openwork; four of "
         "these ten are dark, hand-forged and chased, with worn shafts, old repairs and Ge'ez inscriptions naming a "
         "church and a donor, the kind carried at Timkat in Lalibela: Ethiopian church crosses over a century old, "
         "taken out of Ethiopia, which forbids their export, brought in without the importer statement Regulation "
         "2019/880 requires, flown from Addis Ababa to Frankfurt for a theme park's African zone; Amharic wording "
         "(Ethiopian processional crosses repeat in a few sets; a theme-park décor label was found in no earlier row "
         "by a keyword search)", firm("Delta Freizeitparks GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR", "GE", "AZ"], "KZ", "730890",
         "Strutture metalliche zincate per capannoni industriali, 9 semirimorchi", "IT", 118000, None, 140000, "EUR",
         "galvanised shed frameworks are bolted columns, rafters and purlins at about 1.2 EUR/kg; these nine trailers "
         "hold a complete, new spinning 'Top Spin' ride from a Rovigo-province maker, gondola, arms, hydraulic "
         "restraints, lighting and control cabin, worth 1.4 million euros, for an Almaty forwarder whose delivery "
         "address is a Moscow city park: an amusement-park ride (9508), a luxury good whose export for use in Russia "
         "and whose circumvention through third countries Regulation 833/2014 forbids, by road through the Balkans, "
         "Türkiye, Georgia and Azerbaijan; Italian wording (a complete ride for Russia under a steel-structure label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "LTROAD01", "road", "LT", [], "BY", "842290",
         "Pakavimo mašinų atsarginės dalys, 20 dėžių", "LT", 9000, 20, 12000, "EUR",
         "packaging-machine spares are belts, sealing jaws and sensors in a maker's boxes; these 20 crates hold eight "
         "complete string pinsetters, ball returns and lane-scoring consoles from a Vilnius bowling-centre refit, for a "
         "Minsk entertainment centre: automatic bowling-alley equipment (9504), a luxury good whose export to Belarus "
         "Regulation 765/2006 forbids, at Medininkai; Lithuanian wording (bowling equipment was found in no earlier "
         "strategic row by a keyword search)", {"importer_country": "BY"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "GE", "950829",
         "Animatronische Dinosaurierfiguren, lebensgroß, gebraucht, 6 Stück", "DE", 7400, 6, 18000, "EUR",
         "used animatronic dinosaurs are steel skeletons with pneumatic or small servo joints under foam and "
         "silicone skin, a few hundred kilos each; these six crates hold no skin or foam, but 1.2 t six-axis "
         "industrial robots with their controllers, teach pendants and 300 kg payload wrists, taken from a car-body "
         "line, for a Tbilisi 'dino park' whose orders go on by road to a Russian arms plant: industrial robots "
         "(8479 50), whose sale for use in Russia and circumvention through third countries Regulation 833/2014 "
         "forbids, from Hamburg to Poti; German wording (industrial robots repeat in many sets; an animatronic "
         "label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-04", "export", "SKAIR01", "air", "SK", [], "KG", "901310",
         "Puškohľady pre vzduchovky na lunaparkové strelnice, 4x32, 40 ks", "SK", 60, 40, 2400, "EUR",
         "shooting-gallery air-rifle scopes are 4x32 glass tubes of 300 g at 60 EUR; these 40 are 1.5 kg cooled "
         "thermal-imaging weapon sights with a 640 x 512 detector, a laser rangefinder and a rail mount, at 9,000 EUR "
         "each on the maker's list, flown from Bratislava to Bishkek for a 'lunapark' firm whose customers are "
         "across the Russian border: thermal sights on the common high-priority list and firearms sights whose export "
         "to Russia and re-export through third countries Regulation 833/2014 forbids; Slovak wording (thermal sights "
         "repeat in many sets under riflescope labels; a funfair shooting-gallery cover was found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "PK", "848310",
         "Ejes para ruedas de montaña rusa, acero templado, 120 unidades", "ES", 9600, 120, 14400, "EUR",
         "roller-coaster wheel axles are short, case-hardened carbon-steel shafts with machined bearing seats; these "
         "120 are unmachined bars of 120 mm diameter, 2 m long, whose mill certificates and a spark and XRF test give "
         "an 18 % nickel, cobalt and molybdenum maraging steel of 2,000 MPa, for a Lahore 'amusement-ride "
         "maker': maraging steel (dual-use 1C116), exported without the licence Regulation 2021/821 requires, from "
         "Valencia to Karachi; Spanish wording (maraging steel repeats in many sets; a roller-coaster axle label was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "ROROAD01", "road", "RO", ["BG", "TR", "GE", "AZ"], "KZ", "848280",
         "Rulmenți de rotire (coroane de rotire) pentru roți panoramice, 24 buc.", "RO", 19200, 24, 96000, "EUR",
         "Ferris-wheel slewing rings are few and large, one per wheel hub or base, made to a ride maker's drawing; "
         "these 24 are identical 1.2 m triple-row roller slewing rings with internal gears of the size that turret "
         "and radar-mast makers use, for an Aktau 'amusement-park' firm with no park and a Russian parent: bearings on "
         "the common high-priority list whose export for use in Russia and circumvention through third countries "
         "Regulation 833/2014 forbids, by road from Brașov through Bulgaria, Türkiye, Georgia and Azerbaijan; Romanian "
         "wording (bearings repeat in many sets and slewing bearings once, as crane spares; a Ferris-wheel cover was "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-07", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "441233",
         "Фанера берёзовая ламинированная, противоскользящая, для полов аттракционов, происхождение Казахстан, 60 м³",
         "KZ", 39000, None, 36000, "EUR",
         "Kazakhstan has almost no birch forest and no large plywood mill; these 60 m3 of anti-slip, film-faced birch "
         "plywood for dodgem tracks and ride decks carry the stamps of a Russian mill in the Vologda region on the "
         "sheet edges, were loaded on Russian wagons and came with a Kazakh certificate of origin issued in Petropavl "
         "after transhipment: Russian wood products, whose import into the Union Regulation 833/2014 forbids, by "
         "rail through Russia to Rēzekne for a Riga showman-equipment maker; Russian wording (Russian birch plywood "
         "repeats in many sets under Kazakh and other origins; plywood for fairground ride floors is the new part as "
         "far as a search found)", firm("Nordhafen Atrakcijas SIA", "LV")),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "TR", "950821",
         "Reserveonderdelen voor lanceerachtbaan, aandrijfkasten, 6 stuks", "NL", 2400, 6, 18000, "EUR",
         "launch-coaster drive spares are complete inverter cabinets built to the ride's wiring diagram; these six "
         "cabinets are empty shells packed with 1,200 loose high-power IGBT modules in trays, with date codes from "
         "three makers, far more than six drives need, for an Istanbul 'ride maintenance' firm that exports to "
         "Moscow: transistors (8541 29) on the common high-priority list, whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, from Rotterdam to Ambarlı; Dutch wording (IGBTs repeat "
         "in several sets; a launch-coaster drive label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "GE", "940320",
         "Βιτρίνες έκθεσης μεταλλικές, γυάλινες, με φωτισμό LED, 60 τεμάχια", "GR", 6600, 60, 9000, "EUR",
         "metal-and-glass LED display showcases are shop fittings at about 150 EUR each; these 60 are new claw-crane "
         "arcade machines with coin and card readers, prize chutes and game boards, worth 2,500 EUR each, for a "
         "Yerevan 'retail fit-out' firm via Poti, whose machines are installed in Russian shopping centres: "
         "coin-operated games (9504 30), luxury goods whose export for use in Russia and circumvention through third "
         "countries Regulation 833/2014 forbids, from Piraeus; Greek wording (claw machines repeat in one set as waste; "
         "a display-showcase label on arcade machines for Russia was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-10", "export", "MTSEA01", "sea", "MT", [], "LY", "950826",
         "Dgħajjes tal-ħabtiet għal park tal-ilma, elettriċi, 30 unità", "MT", 18000, 30, 36000, "EUR",
         "water-park bumper boats are round, 2 m, electric tubs with a rubber ring and a 24 V trolling motor; these "
         "30 crates hold 7.5 m rigid-inflatable boats and 30 new 60 hp outboard motors, for a Zuwara 'water park' that "
         "has none: inflatable boats and outboard motors whose sale to Libya Regulation 2017/1325 forbids because they "
         "are used for migrant smuggling, from Valletta; Maltese wording (inflatable boats for Libya repeat blind59 "
         "as pleasure boats; kept as a repeat of the good, water-park bumper boats are the new part as far as a search "
         "found)", {"importer_country": "LY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "MY", [], "NL", "950300",
         "Anak patung mewah untuk mesin cakar (claw machine), hadiah, 12 biji (bungkusan 2 daripada 5)", "MY", 3.2,
         12, 45, "MYR",
         "claw-machine plush prizes are light, stuffed polyester toys of 100-200 g each; six of these twelve are "
         "heavy, cold, and each hides a live, taped, star-patterned juvenile tortoise in the stuffing, and this parcel "
         "is the second of five posted on one day from one Johor sender to one Eindhoven address: Indian star "
         "tortoises (Geochelone elegans, CITES App. I) without CITES documents, split over several parcels; Malay "
         "wording (star tortoises repeat in many sets; kept as a repeat of the good, claw-machine plush prizes were "
         "found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "DESEA01", "sea", "CD", [], "DE", "440728",
         "Lames de terrasse en iroko, rabotées, pour parc aquatique couvert, 1 conteneur", "CD", 24000, None, 19200,
         "EUR",
         "iroko decking is golden-brown, coarse-grained, interlocked wood that darkens to a mid-brown; these boards are "
         "finer, yellow-brown with a greenish cast, darken quickly to a deep brown in the sun and show the fine, even "
         "texture of afrormosia under a lens, with a Kisangani mill's marks: Pericopsis elata (CITES App. II) without "
         "a CITES export permit, by sea from Matadi to Hamburg for the boardwalks of a tropical indoor water park; "
         "Congolese French wording (afrormosia repeats in many sets; an iroko label for a water-park boardwalk is the "
         "new part as far as a search found)", firm("Central Holz Freizeit GmbH", "DE")),
        ("WLF-03", "import", "NLSEA01", "sea", "ID", [], "NL", "442090",
         "Topeng kayu ukir Bali, baru, 400 buah", "ID", 800, 400, 2400, "USD",
         "a Balinese souvenir container for a Dutch theme park's gift shops: carved masks and batik sarongs are what "
         "such shops sell, but the third item's 'farmed decorative shells' are 1,200 whole and cut chambered-nautilus "
         "shells with their tiger-striped outer layer and pearly septa: Nautilus pompilius (CITES App. II) without "
         "CITES documents, hidden as the last item of a three-item declaration, by sea from Surabaya to Rotterdam; "
         "Indonesian wording (nautilus repeats in many sets; a theme-park gift-shop container is the new part as far "
         "as a search found)",
         dict(firm("Horizon Pretparkwinkels BV", "NL"),
              _more_items=[item("621490", "Sarung batik cap, katun, 600 lembar", "ID", 300, 1800, "USD", qty=600),
                           item("050800", "Kerang hias budidaya, 1.200 buah", "ID", 240, 300, "USD", qty=1200)])),
        ("WLF-04", "import", "ESAIR01", "express", "KZ", [], "ES", "843621",
         "Тасымалы инкубатор, пайдаланылған, бөдене жұмыртқаларымен, 1 дана", "KZ", 3.5, 1, 60, "USD",
         "a used tabletop incubator sent with quail eggs holds small, speckled, 10 g eggs; this warm, battery-run "
         "incubator holds eight large, red-brown, blotched eggs of 50-60 g, the size and colour of falcon eggs, for "
         "a medieval theme park's falconry show near Toledo: wild saker falcon eggs (Falco cherrug, CITES App. II) "
         "without CITES documents, sent by express from Almaty; Kazakh wording (falcons and falcon eggs repeat in "
         "several sets; an incubator with a quail-egg label for a falconry show was found in no earlier row by a "
         "keyword search)", firm("Alpina Espectáculos Medievales SL", "ES")),
        ("WLF-05", "import", "ESSEA01", "sea", "TH", [], "ES", "442090",
         "รูปปั้นช้างไม้มะม่วงแกะสลัก สำหรับสวนน้ำธีมไทย 20 ตัว", "TH", 4800, 20, 3000, "USD",
         "carved mango-wood elephants are pale, light, soft, with a coarse grain; these 20 are heavy, dense, "
         "purple-red to near-black wood with dark streaks that sinks in water and smells of rose when cut: Siamese "
         "rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES documents, by sea from Laem Chabang to "
         "Santa Cruz de Tenerife for a Thai-themed water park; Thai wording (Siamese rosewood repeats in many sets; a "
         "mango-wood statue label for a water park is the new part as far as a search found)",
         firm("Atlantic Parques Acuáticos SL", "ES")),
        ("WLF-06", "import", "NLSEA01", "sea", "ZA", [], "NL", "670290",
         "Kunsmatige palmbome met veselglasstamme, vir temaparke, 12 stuks", "ZA", 3600, 12, 2400, "EUR",
         "artificial palms for theme parks are fibreglass trunks around a steel pole with plastic fronds; these 12 "
         "crates hold heavy, real, living cycad trunks with leaf-base armour, wrapped in hessian with their crowns cut "
         "back and roots bare, dug in the Eastern Cape: Encephalartos (CITES App. I) without CITES documents, by sea "
         "from Durban to Rotterdam for a theme-park landscaper; Afrikaans wording (cycads repeat in many sets; kept "
         "as a repeat of the good, an artificial-palm label was found in no earlier row by a keyword search)",
         firm("Delta Parklandschap BV", "NL")),
        ("WLF-07", "transit", "NLAIR01", "air", "ID", ["NL"], "US", "392640",
         "Resin carvings, decorative, for theme-park gift shops, 40 pcs", "ID", 14, 40, 400, "USD",
         "resin gift-shop carvings are light, cast, with mould seams and an even colour; these 40 are carved blocks "
         "of a dense, ivory-like, golden-yellow material with a blood-red rind, polished and figured with dragons: "
         "casques of the helmeted hornbill (Rhinoplax vigil, CITES App. I) without the CITES documents that specimens "
         "in transit through the Union must carry, landed at Schiphol in transit from Jakarta to Los Angeles; English "
         "wording from Indonesia (hornbill ivory repeats in many sets; kept as a repeat of the good, a transit "
         "through Schiphol under a theme-park gift-shop label is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("WLF-08", "import", "BEPOST01", "post", "CM", [], "BE", "392640",
         "Crânes décoratifs en résine pour maison hantée, 2 pièces", "CM", 2.2, 2, 40, "EUR",
         "resin haunted-house skulls are light, hollow castings with a seam, painted teeth and a plastic smell; these "
         "two are heavy, real bone with sutures, big canines, a sagittal crest and dried tissue in the orbits: "
         "chimpanzee and gorilla skulls (Pan troglodytes and Gorilla gorilla, CITES App. I) without CITES documents, "
         "posted from Yaoundé to a private collector in Liège; Cameroonian French wording (primate skulls repeat "
         "in a few sets, once under a resin-cast label (blind217); a haunted-house prop label was found in no earlier "
         "row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-09", "import", "BESEA01", "sea", "CN", [], "BE", "940549",
         "自贡彩灯 (丝绸灯组), 灯会用, 120 组", "CN", 14000, 120, 60000, "USD",
         "a Zigong lantern-festival container for a Belgian theme park's winter light show: silk-on-wire lantern "
         "groups and LED strings are what Zigong makers ship, but the third item's 'resin dragon-scale decorations' "
         "are 380 kg of real, overlapping, keratin scales, brown and translucent, of the kind stripped from "
         "pangolins: pangolin scales (Manis spp., CITES App. I) without CITES documents, hidden as the last item of a "
         "three-item declaration, by sea from Shanghai to Antwerp; Chinese wording (pangolin scales repeat in many "
         "sets; a Zigong lantern-festival container was found in no earlier row by a keyword search)",
         dict(firm("Vega Lichtfestival BV", "BE"),
              _more_items=[item("940542", "LED 灯串, 10 米, 6,000 条", "CN", 1800, 9000, "USD", qty=6000),
                           item("392690", "树脂龙鳞装饰片, 380 公斤", "CN", 380, 760, "USD")])),
        ("WLF-10", "import", "PTSEA01", "sea", "MZ", [], "PT", "250510",
         "Areia branca de praia para parque aquático coberto, big bags, 20 t", "MZ", 20000, None, 2000, "USD",
         "white beach sand for an indoor water park is washed, rounded quartz grains of 0.2-1 mm; beneath the top "
         "layer these big bags hold whole, bleached coral heads and branches of 10-30 cm, Acropora and Porites, with "
         "clam shells among them, dug from reefs off Inhambane: stony coral (Scleractinia, CITES App. II) without CITES "
         "documents, by sea from Maputo to Lisbon for a water park's artificial beach; Mozambican Portuguese wording "
         "(coral repeats in many sets; a beach-sand label for an indoor water park is the new part as far as a search "
         "found)", firm("Orion Parques Aquáticos Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "air", "JP", "SE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "JP", 4.6, 4, 9800,
     "JPY", [("PRECURSOR_LICENCE", "SE-POL-68-0142")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "US", "DK", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "US", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-68-0077")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRSEA01", "sea", "GH", "FR", "850421",
     "Transformers containing PCBs (16 02 09*), drained, for destruction at a licensed incinerator, 30 units", "GH",
     26000, 30, 0, "EUR", [("BASEL_CONSENT", "FR-ARA-68-0219")], "notified PCB equipment to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "382499",
     "Spent glycol-water brine from ice rinks (16 01 14*), for regeneration at a licensed plant, 20 t", "CH", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-68-0081")], "notified spent ice-rink glycol to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 10 x 1 ml, for essential laboratory "
     "use", "US", 0.1, 10, 850, "USD", [("ODS_LICENCE", "IT-MASE-ODS-68-012")],
     "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290371",
     "Recovered chlorodifluoromethane (HCFC-22) from dismantled ride air-conditioning, 12 cylinders, for destruction",
     "CH", 600, 12, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-68-031")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "920890",
     "Dance organ, Antwerp, 1926, 92 keys, with carved façade, sold at auction with the export licence", "BE", 2600,
     1, 310000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-68-0044")],
     "mechanical organ exported with the EU export licence and the Flemish permit"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "CN", "970310",
     "Carved pietra-serena fireplace, Florence, c. 1540, documented collection, with the export licence", "IT", 2800,
     1, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-68-0190")],
     "sculpted fireplace exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "SKAIR01", "air", "SK", "CA", "901310",
     "Cooled thermal-imaging weapon sights, 640 x 512, 8 units, for a Canadian police tactical unit", "SK", 12, 8,
     72000, "EUR", [("EXPORT_LICENCE", "SK-MH-68-0311"), ("END_USER_CERTIFICATE", "CA-RCMP-EUC-68-0027")],
     "thermal weapon sights under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "BR", "722830",
     "Maraging steel bars, 18 % Ni, 120 mm, 40 units, for a Brazilian landing-gear maker", "ES", 3200, 40, 96000,
     "EUR", [("EXPORT_LICENCE", "ES-SGCOMEX-68-0415"), ("END_USER_CERTIFICATE", "BR-MD-EUC-68-0058")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "CD", "DE", "440729",
     "Afrormosia (Pericopsis elata) sawn boards, for decking, 1 container", "CD", 22000, None, 26400, "EUR",
     [("CITES_PERMIT", "CD-ICCN-68-0133")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "AE", "ES", "010631",
     "Saker falcons (Falco cherrug), captive-bred, ringed, 2, for a falconry display", "AE", 2.4, 2, 9000, "USD",
     [("CITES_PERMIT", "AE-MOCCAE-68-0416")], "App. II captive-bred falcons with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr L. Nilsson", "PRM-02": "Privatperson", "PRM-03": "Atlantic Dépollution SARL",
    "PRM-06": "Central Recycling GmbH", "PRM-11": "Central Holz Freizeit GmbH", "PRM-12": "Alpina Espectáculos Medievales SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises, nearly all
    # goods of funfairs, theme and water parks and the amusement-machine trade
    ("340290", "Foam-party cannon concentrate, surfactant, 5 l jerrycans", "import", ["sea"], ["CO", "MX"], (2, 4), (2000, 8000), ["USD"], 0.2, S),
    ("250100", "Popcorn salt, superfine, 1 kg bags", "import", ["post"], ["ZA", "US"], (4, 8), (1, 4), ["USD", "ZAR"], 1, S),
    ("381400", "Coin-selector cleaner, isopropanol-based, 500 ml", "import", ["express"], ["JP", "CN"], (15, 30), (1, 3), ["USD", "JPY"], 2, S),
    ("170290", "Candy-apple coating mix, red, 1 kg", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("210690", "Floss-sugar flavour and colour concentrate, pink, 1 lb tubs", "import", ["post"], ["AU", "US"], (25, 45), (1, 3), ["USD", "AUD"], 2, S),
    ("340250", "Soft-serve machine cleaner-sanitiser powder, sachets", "import", ["sea"], ["CA", "US"], (4, 8), (1000, 4000), ["USD", "CAD"], 10, S),
    ("170490", "Royal icing mix for gingerbread hearts, 1 lb tubs", "import", ["post"], ["NZ", "US"], (10, 20), (1, 3), ["USD", "NZD"], 2, S),
    ("340590", "Brass token polish, paste, for arcade tokens", "import", ["express"], ["CN", "HK"], (10, 20), (1, 3), ["USD"], 4, S),
    ("382499", "Ride-operator vomit absorbent, cellulose granules, 1 kg shakers", "import", ["road"], ["UA", "TR"], (1.5, 3), (2000, 8000), ["EUR"], 1, S),
    ("442199", "Chimney-cake (kürtőskalács) beech rollers", "import", ["road"], ["RS", "MD"], (3, 6), (300, 1500), ["EUR"], 0.7, S),
    ("850421", "Oil-immersed distribution transformers, new, PCB-free, 400 kVA", "export", ["sea"], ["NG", "GH"], (8, 14), (8000, 20000), ["EUR"], 0.0007, S),
    ("681182", "Fibre-cement façade panels, asbestos-free, new", "export", ["road"], ["UA", "MD"], (0.6, 1.2), (12000, 22000), ["EUR"], None, S),
    ("950823", "Battery dodgems, new, with chargers", "export", ["sea"], ["GH", "NG"], (12, 20), (4000, 12000), ["EUR"], 0.003, S),
    ("271019", "Hydraulic oil HLP 46, new, 208 l drums", "export", ["sea"], ["AO", "CV"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("950590", "Confetti cannons, compressed-air, new", "export", ["sea"], ["CI", "SN"], (6, 12), (1000, 4000), ["EUR"], 2, S),
    ("290531", "Monoethylene glycol, virgin, for ice-rink brine, IBC", "export", ["road"], ["RS", "BA"], (0.8, 1.4), (10000, 22000), ["EUR"], None, S),
    ("711810", "Arcade tokens, brass, new, minted", "export", ["sea"], ["IN", "AE"], (8, 14), (2000, 6000), ["EUR"], 150, S),
    ("853952", "LED festoon lamps for fairground rides, new", "export", ["sea"], ["SN", "CI"], (10, 20), (1000, 4000), ["EUR"], 20, S),
    ("370790", "Photographic fixer concentrate, new, 5 l", "export", ["road"], ["UA", "MD"], (3, 6), (1000, 4000), ["EUR"], 0.2, S),
    ("381400", "Cellulose thinner, new, 20 l cans", "export", ["sea"], ["EG", "MA"], (1.5, 2.5), (4000, 12000), ["EUR"], 0.05, S),
    ("392690", "Ride restraint foam pads, water-blown polyurethane", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.3, S),
    ("950829", "Observation-wheel gondolas, new, unrefrigerated", "export", ["sea"], ["EG", "VN"], (6, 10), (10000, 24000), ["EUR"], 0.001, S),
    ("340520", "Pinball playfield cleaner, water-based", "import", ["post"], ["US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("285390", "Compressed air, 200 bar, 10 l cylinders, for fairground water-gun games", "import", ["road"], ["BA", "RS"], (1.5, 3), (300, 1200), ["EUR"], 0.07, S),
    ("841869", "Ice-bar freezer containers, CO2 (R-744) refrigeration, new", "export", ["sea"], ["AE", "SA"], (6, 10), (6000, 24000), ["EUR"], 0.0002, S),
    ("340290", "Medal-washer detergent, alkaline, 18 l cans", "import", ["air"], ["JP"], (3, 6), (200, 800), ["USD", "JPY"], 0.05, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 9000), ["USD"], 0.07, S),
    ("841850", "Gelato display carts, R-290, with flame mark", "import", ["road"], ["TR"], (10, 16), (1000, 4000), ["EUR"], 0.005, S),
    ("950829", "Dark-ride vehicles and track, new", "export", ["rail"], ["UZ", "KZ"], (3, 6), (10000, 40000), ["EUR"], None, S),
    ("920890", "Fairground organs, new-built, with MIDI", "export", ["sea"], ["US", "CA"], (20, 40), (500, 3000), ["EUR"], 0.001, S),
    ("691390", "Southwest-style pottery, new, maker-stamped", "import", ["air"], ["US", "MX"], (15, 30), (50, 300), ["USD"], 0.5, S),
    ("392640", "Resin Egyptian-style theming statues, new", "import", ["sea"], ["AE", "EG"], (3, 6), (1000, 4000), ["USD"], 0.02, S),
    ("711810", "Souvenir replica coins, stamped 'COPY'", "import", ["post"], ["UA", "TR"], (20, 40), (1, 3), ["EUR", "USD"], 50, S),
    ("681099", "GFRC theming rock and relief panels, new", "import", ["sea"], ["GE", "TR"], (1, 2), (4000, 12000), ["EUR"], 0.01, S),
    ("680299", "Reproduction sandstone fireplaces, new", "export", ["sea"], ["CN", "US"], (1.5, 3), (2000, 8000), ["EUR"], 0.001, S),
    ("950590", "Halloween latex props, new", "import", ["post"], ["US", "CN"], (15, 30), (1, 4), ["USD"], 2, S),
    ("830629", "Singing bowls, brass, new", "import", ["air"], ["NP", "IN"], (8, 15), (50, 300), ["USD"], 1, S),
    ("830629", "Brass processional-cross replicas, new", "import", ["air"], ["ET"], (10, 20), (20, 150), ["USD"], 1, S),
    ("950829", "Animatronic dinosaurs, new, silicone skin", "import", ["sea"], ["CN"], (6, 12), (2000, 8000), ["USD"], 0.005, S),
    ("848280", "Slewing ring bearings for Ferris wheels, 1 per order", "export", ["road"], ["TR", "GE"], (4, 7), (800, 3000), ["EUR"], 0.001, S),
    ("950300", "Plush toys for claw machines, polyester", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 8000), ["USD"], 6, S),
    ("440728", "Iroko decking boards, planed, FSC", "import", ["sea"], ["CM", "CI"], (0.8, 1.4), (15000, 24000), ["EUR"], None, S),
    ("442090", "Mango-wood elephant statues, carved, new", "import", ["sea"], ["TH", "IN"], (2, 4), (2000, 6000), ["USD"], 0.1, S),
    ("670290", "Artificial palm trees, fibreglass trunk", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("250510", "White silica sand for indoor beaches, big bags", "import", ["sea"], ["TR", "EG"], (0.05, 0.12), (18000, 26000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("961000", "Sandwich-board A-frames, chalkboard, wooden", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 0.15, N),
        ("630790", "Polyester bunting flags, triangular, 10 m strings", "import", ["sea"], ["CN", "IN"], (5, 9), (1000, 4000), ["USD"], 5, N),
        ("442199", "Wooden bookends, beech, pairs", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("961100", "Craft rubber stamps, wooden mounts", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind256", 20681101, HERE)


if __name__ == "__main__":
    main()
