#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-first blind set (tests/risk/data/blind321-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: pottery studios, kilns and
ceramic-glaze suppliers (studio potters and pottery schools, kiln builders and kiln-furniture
makers, clay, glaze-material and colour suppliers, tile and tableware works and their dealers).
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
only where a real declaration would. Ids are BL321-*:

    python3 tests/risk/data/make_blind321_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIAIR01", "express", "JP", [], "SI", "382499",
         "施釉用のり（液体グレーズメディウム）、1 L × 4本", "JP", 4.6, 4, 9000, "JPY",
         "a liquid glaze medium for brushing glazes is a thick, slightly cloudy gum solution of about 1.02 kg/l that "
         "strings between the fingers; these four litre bottles hold a water-clear, runny liquid of 1.13 kg/l with "
         "vented caps that whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Kyoto to a private potter in Ljubljana; Japanese wording (hydrogen "
         "peroxide repeats in many sets and a glaze binder label once, blind218, on another good; a glaze-medium "
         "label on peroxide was found in no earlier row by a keyword search)", person("Nina Kovač", "SI")),
        ("PRE-02", "import", "PLAIR01", "air", "KR", [], "PL", "340399",
         "물레 회전판 베어링 윤활액, 1 리터, 36병", "KR", 41, 36, 540, "USD",
         "the lubricating fluid sold for potter's-wheel head bearings is a light mineral oil of 0.86 kg/l in small "
         "oilers; these 36 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that does not lubricate "
         "and whose drum label under the sticker reads 'CH3NO2', for a Kraków pottery-supply web shop that sells the "
         "'oil' by the litre to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members "
         "of the public, flown from Incheon to Kraków; Korean wording (nitromethane repeats in many sets; a "
         "potter's-wheel bearing-oil label was found in no earlier row by a keyword search)",
         firm("Glina i Szkliwo Sp. z o.o.", "PL")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Seramik atölyesi lavabo çamur tutucu açıcı, 5 l bidon, 360 bidon (3 araçtan 1'incisi)", "TR", 3300, 360,
         1800, "EUR",
         "the unblockers pottery studios pour into the clay traps under their sinks are alkaline gels of about "
         "1.1 kg/l; these 360 cans hold an oily, colourless liquid of 1.84 kg/l that grows hot with a drop of water "
         "and chars the cardboard where it leaked, the first of three vans booked that week each kept under 3.5 t, "
         "for a Plovdiv ceramics-supply wholesaler that sells the cans over the counter: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, at Kapitan Andreevo; Turkish wording "
         "(sulphuric acid repeats in many sets and drain-cleaner labels on it in several, kept as a repeat of that "
         "family; a clay-trap unblocker split over three vans was found in no earlier row)",
         firm("Keramika Snabdyavane EOOD", "BG")),
        ("PRE-04", "import", "ESAIR01", "air", "MX", [], "ES", "320720",
         "Engobe blanco en polvo para alfarería, bolsa de 1 kg, 300 bolsas", "MX", 300, 300, 900, "USD",
         "a white engobe powder is a fine, soft, clay-and-frit powder that slakes into a creamy slip and never "
         "dissolves; these 300 bags hold a white, crystalline powder that dissolves slowly in water, flares with "
         "sugar on a hot plate and whose inner liners read 'KClO4', for a Madrid ceramics-supply shop that sells "
         "the bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Guadalajara to Madrid; Mexican Spanish wording (potassium perchlorate repeats in many "
         "sets; an engobe label once, dev22-a, on another good; an engobe powder from Mexico is the new part as far "
         "as a search found)", firm("Barro Vivo Suministros Cerámicos SL", "ES")),
        ("PRE-05", "import", "LTRAIL01", "rail", "UZ", [], "LT", "381600",
         "Kulolchilik pechi tokchalari uchun himoya qoplamasi (kiln wash) kukuni, 25 kg qop, 880 qop", "UZ", 22000,
         880, 5300, "USD",
         "kiln wash is a heavy, off-white alumina-and-kaolin powder that sets on kiln shelves and never dissolves; "
         "these 880 sacks hold white prills that turn ice-cold and vanish in water, test at 34 % N and melt and fume "
         "on a hot plate, for a Vilnius ceramics wholesaler that re-packs them in 2 kg tubs for hobby potters: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by rail from "
         "Tashkent; Uzbek wording (ammonium nitrate repeats in many sets and kiln-wash labels in six rows, kept as a "
         "repeat of the label; by rail from Uzbekistan is the new part as far as a search found)",
         firm("Molio Dirbtuvės UAB", "LT")),
        ("PRE-06", "import", "IEPOST01", "post", "TH", [], "IE", "283325",
         "เกลือสำหรับเผาเซรามิกแบบแซกการ์ (saggar firing) 4 x 500 กรัม", "TH", 2.0, 4, 40, "USD",
         "the salts potters pack round pots in saggars are blue copper-sulphate crystals and coarse sea salt that "
         "colour the clay; these four tubs hold loose, white crystals with no colour or smell that flare on a match "
         "with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Chiang "
         "Mai to a private potter in Galway; Thai wording (sodium chlorate repeats in many sets; a saggar-firing "
         "salt label was found in no earlier row by a keyword search)", person("Ms Síle Ní Bhriain", "IE")),
        ("PRE-07", "import", "NLAIR01", "air", "VN", [], "NL", "382499",
         "Dung dịch giảm pH cho bể cá (pH minus), 1 lít, 120 chai", "VN", 168, 120, 360, "USD",
         "an aquarium pH-minus is a dilute phosphoric or citric solution of about 1.05 kg/l sold in small dosing "
         "bottles; these 120 litre bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat "
         "into a copper wire, for a Utrecht aquarium web shop that sells them to the public: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, flown from Ho Chi Minh City to Amsterdam; "
         "Vietnamese wording (nitric acid repeats in many sets and pH-minus labels in a few, kept as a repeat of "
         "the label; from Vietnam by air is the new part as far as a search found)",
         firm("Waterrijk Aquaria BV", "NL")),
        ("PRE-08", "import", "PTSEA01", "sea", "BR", [], "PT", "252910",
         "Feldspato potássico moído 200 mesh para esmaltes cerâmicos, sacos de 25 kg, 640 sacos", "BR", 16000, 640,
         4200, "USD",
         "ground potash feldspar for glazes is a pinkish-white, gritty rock flour that never dissolves and weighs "
         "heavy in the hand; these 640 bags hold shiny, white flakes that dissolve in warm water, crackle and spit "
         "violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a Caldas da "
         "Rainha glaze supplier that re-bags the 'feldspar' in 1 kg packs on its web shop: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Santos to Leixões; Brazilian "
         "Portuguese wording (potassium chlorate repeats in many sets and feldspar labels in three, on other goods; "
         "a feldspar label on a chlorate was found in no earlier row by a keyword search)",
         firm("Vidrados do Oeste Lda", "PT")),
        ("PRE-09", "import", "CYAIR01", "air", "IL", [], "CY", "293369",
         "מייצב כלור לבריכות (חומצה ציאנורית), אריזות 1 ק\"ג, 400 אריזות", "IL", 400, 400, 1200, "USD",
         "cyanuric-acid pool stabiliser is a white, gritty powder that dissolves only very slowly in water; these "
         "400 tubs hold a soft, hygroscopic powder that dissolves at once, turns damp in the shop air and burns "
         "fiercely with sugar, for a Limassol pool-supply shop that sells the tubs over the counter: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Tel Aviv to Larnaca; "
         "Hebrew wording (sodium perchlorate repeats in many sets and pool-chemical labels on precursors in several, "
         "kept as a repeat of the family; a pool-stabiliser label from Israel is the new part as far as a search "
         "found)", firm("Aqua Kypros Pool Supplies Ltd", "CY")),
        ("PRE-10", "import", "ATROAD01", "road", "CH", [], "AT", "340290",
         "Oxi-Booster für Teppichreinigungsgeräte, Konzentrat, 5-l-Kanister, 240 Stück", "CH", 1440, 240, 2900, "CHF",
         "an oxygen booster for carpet-cleaning machines is a percarbonate powder or a 3-6 % peroxide liquid of about "
         "1.02 kg/l; these 240 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, for an Innsbruck cleaning-machine hire firm that sells the cans to its "
         "customers: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, in a "
         "van at Feldkirch; Swiss German wording (hydrogen peroxide repeats in many sets and carpet-cleaning labels on it "
         "in five rows, blind85, blind137 and others; kept as a repeat, a machine-hire oxi-booster from Switzerland "
         "is the new part as far as a search found)", firm("Tirol Reinigungstechnik GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "PK", "680690",
         "Keramikfaser-Dämmmatten für Brennöfen, neuwertig, 14 t", "DE", 14000, None, 4200, "EUR",
         "new ceramic-fibre kiln blanket comes in clean, white rolls in polythene with a maker's label; these bales "
         "are crumbled, yellowed and shrunk mats and boards torn out of dismantled pottery and tile kilns, friable, "
         "with cristobalite dust and brick mortar on them, from a Westerwald kiln-relining firm, bought by a Karachi "
         "'insulation' trader: waste refractory ceramic fibre (16 11 05*, 17 06 03*), hazardous waste whose export "
         "to a non-OECD country is banned, from Hamburg to Karachi; German wording (ceramic fibre repeats in six "
         "rows, blind186, blind232 and others; and a kiln-blanket label once, blind64; kept as a repeat, from a "
         "kiln-relining firm to Pakistan is the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "250840",
         "Argila per a engalba (barbotina), en sacs grans, 24 t", "ES", 24000, None, 1900, "EUR",
         "a slip clay for engobes is a clean, pale, plastic clay shipped dry in big bags with an analysis; these big "
         "bags hold a grey-green, wet, crusted filter-press cake from the glazing-line wash water of a Castelló tile "
         "works that reads 4 % lead and 2 % barium and smells of glaze binder: sludge from glazing containing heavy "
         "metals (10 12 11*), hazardous waste whose export to a non-OECD country is banned, from Castelló to "
         "Casablanca for a 'brick maker'; Valencian wording (glaze sludge repeats in a few sets; a slip-clay label "
         "and a tile works' glazing-line cake were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-03", "export", "IESEA01", "sea", "IE", [], "NG", "847480",
         "Pottery wheels, electric, used, working, 40 pcs", "IE", 2000, 40, 6000, "EUR",
         "a pottery-equipment container for Lagos: used wheels and bagged clay are what Irish pottery schools sell "
         "off, but the third item's 'used electric kilns, working' are 30 dead kilns from closed studios and schools, "
         "rusted through, with burnt-out controllers, and asbestos-board lids and floors crumbling in eight of them: "
         "waste electrical equipment with asbestos (A1180, A2050, 17 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Dublin to Lagos; "
         "Irish English wording (e-waste behind used goods repeats in many sets; dead pottery kilns behind wheels "
         "and clay were found in no earlier row by a keyword search)",
         dict({"importer_country": "NG"},
              _more_items=[item("250840", "Stoneware clay, bagged, 12 t", "IE", 12000, 2400, "EUR"),
                           item("851419", "Used electric kilns, working, 30 pcs", "IE", 5400, 3000, "EUR", qty=30)])),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "UA", "381400",
         "Ředidlo regenerované, technické, sudy 200 l, 60 sudů", "CZ", 10800, 60, 1500, "EUR",
         "regenerated technical thinner is a clear, water-white solvent blend with a distiller's certificate; these "
         "60 drums hold a black, paint-laden, two-layer liquid with ink skins and rags in it, drained from the "
         "press-washing units of a Brno offset printing house: spent organic solvents and ink waste (08 03 12*, "
         "14 06 03*), hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod "
         "'paint shop'; Czech wording (spent solvents under thinner labels repeat in many sets, kept as a repeat; "
         "from a Brno printing house to Ukraine by road is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "250700",
         "Caulino lavado para cerâmica, big bags, 22 t", "PT", 22000, None, 2600, "EUR",
         "washed kaolin for ceramics is a soft, bright-white, dry powder of low iron with a mill analysis; these "
         "big bags hold a damp, grey-brown cake that reads 8 % fluoride, lead and boron, scraped out of the kiln-"
         "exhaust scrubbers of an Aveiro tableware works: solid wastes from gas treatment containing dangerous "
         "substances (10 12 09*), hazardous waste whose export to a non-OECD country is banned, from Aveiro to "
         "Luanda for a 'pottery cooperative'; Portuguese wording (scrubber filter cakes repeat in many sets, kept "
         "as a repeat of the good; a washed-kaolin label on a kiln scrubber cake is the new part as far as a "
         "search found)", {"importer_country": "AO"}),
        ("WST-06", "export", "HRROAD01", "road", "HR", [], "BA", "780600",
         "Olovni utezi za balast, rabljeni, 18 t", "HR", 18000, None, 9000, "EUR",
         "used lead ballast weights are solid, cast blocks and ingots of bright metal; these pallets hold whole "
         "lead-acid starter and forklift batteries with the cases cracked and acid still in them, stacked under a "
         "top layer of cast weights, from a Zagreb scrap yard: waste lead-acid batteries (16 06 01*, A1160), "
         "hazardous waste whose export to a non-OECD country is banned, at Stara Gradiška for a Banja Luka smelter "
         "with no permit; Croatian wording (lead-acid batteries repeat in many sets and ballast-weight labels twice, "
         "dev29-a and blind253; kept as a repeat, to Bosnia and Herzegovina by road is the new part as far as a search "
         "found)", {"importer_country": "BA"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "IN", "700100",
         "Glasscherven voor glazuurfritte, gesorteerd, 26 t", "BE", 26000, None, 2100, "EUR",
         "glass cullet for glaze frit is clean, colourless, sorted soda-lime glass; this container holds crushed, "
         "dark, heavy funnel and neck glass from dismantled television and monitor tubes, with phosphor dust and "
         "black frit seams, reading over 20 % lead: leaded CRT glass (16 02 15*, A2010), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp to Mundra for a Morbi frit maker; Flemish wording "
         "(CRT glass repeats in many sets, kept as a repeat of the good; a glaze-frit cullet label is the new part "
         "as far as a search found)", {"importer_country": "IN"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "EG", "320710",
         "Pigmenti ceramici, seconda scelta, fusti, 9 t", "IT", 9000, None, 3600, "EUR",
         "second-grade ceramic stains are dry, free-flowing, one-colour powders in sealed drums with a batch sheet; "
         "these drums hold caked, mixed sweepings of cadmium-selenium reds and oranges, lead chromate yellows and "
         "floor dust from a Sassuolo colour works' cleaning, in torn liners: wastes containing cadmium and lead "
         "(06 13 02*, 16 03 03*), hazardous waste whose export to a non-OECD country is banned, from La Spezia to "
         "Alexandria for a tile works; Italian wording (cadmium pigments repeat in many sets and overglaze-colour "
         "remnants once, blind218, kept as a repeat; a second-grade stain label to Egypt is the new part as far as "
         "a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "391590",
         "Regranulat din polipropilenă, curat, 20 t", "RO", 20000, None, 4000, "EUR",
         "clean polypropylene regrind is washed, dry, one-colour granules; these bags hold shredded syringes, "
         "needle caps, infusion sets and sharps containers with blood traces and bent needles among them, from a "
         "Iași hospital contractor: clinical waste (18 01 03*, Y1), hazardous waste whose export to a non-OECD "
         "country is banned, at Sculeni for a Bălți 'plastics recycler'; Romanian wording (clinical waste repeats "
         "in several sets; as PP regrind to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-10", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "ME", "690220",
         "Schamottesteine, gebraucht, gereinigt, zum Wiedereinbau in Töpferöfen, 22 t", "AT", 22000, None, 1800, "EUR",
         "used firebricks for rebuilding pottery kilns are clean, whole, pale fireclay bricks; these pallets hold "
         "dark, broken magnesia-chrome bricks from the relining of a Styrian tunnel kiln and glass tank, with "
         "yellow chromate staining and slag on the hot faces: spent refractories containing dangerous substances "
         "(16 11 05*, chromium VI), hazardous waste whose export to a non-OECD country is banned, on a lorry via "
         "Slovenia and Croatia for a Nikšić 'kiln builder'; Austrian German wording (used refractories repeat in "
         "many sets and silica bricks once, blind218; kept as a repeat, a firebrick-for-pottery-kilns label to "
         "Montenegro is the new part as far as a search found)", {"importer_country": "ME"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CZAIR01", "air", "IN", [], "CZ", "381400",
         "પોર્સેલિન પેઇન્ટિંગ માટે ઓઇલ મીડિયમ થિનર, 1 લિટર, 48 બોટલ", "IN", 76, 48, 290, "USD",
         "the thinners china painters use to loosen their oil medium are clove and turpentine oils of about "
         "0.9 kg/l that smell strongly and burn; these 48 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, "
         "flown from Ahmedabad to Prague for a porcelain-painting supplier; Gujarati wording (carbon tetrachloride "
         "repeats in many sets; a china-painting thinner label was found in no earlier row by a keyword search)",
         firm("Porcelánová Malba s.r.o.", "CZ")),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "842410",
         "窑房专用灭火器 (ABC干粉), 4公斤, 360具", "CN", 1800, 360, 3600, "USD",
         "dry-powder extinguishers for kiln rooms weigh about 7 kg full, rattle when shaken and read 15 bar; these "
         "360 red cans slosh, hiss, spray a liquid that vanishes into a sweet gas and the valve collars read 'BCF' "
         "under the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose "
         "import into the Union is banned, by sea from Ningbo to Gdańsk for a Bolesławiec pottery works' supplier; "
         "Chinese wording (halon 1211 repeats in many sets under powder-extinguisher labels, kept as a repeat of the "
         "label; a kiln-room extinguisher was found in no earlier row by a keyword search)",
         firm("Bolesławiec Ceramika Zaopatrzenie Sp. z o.o.", "PL")),
        ("OZN-03", "import", "HUROAD01", "road", "TR", ["BG", "RO"], "HU", "381400",
         "Sır püskürtme kabini ve tabanca temizleyici, 20 l bidon, 60 bidon", "TR", 1600, 60, 1500, "EUR",
         "the cleaners for glaze-spraying booths and guns are water-based alkaline liquids of about 1.05 kg/l; "
         "these 60 cans weigh 1.33 kg/l, their contents do not burn, smell sweet and ether-like, and the filler's "
         "drum labels under the stickers read '1,1,1-Trikloroetan': methyl chloroform, whose import into the Union "
         "is banned, on a lorry at Nagylak for a Pécs porcelain works; Turkish wording (methyl chloroform repeats "
         "in many sets and a glaze-spraying label once, blind185; a glaze-booth and spray-gun cleaner label was found "
         "in no earlier row by a keyword search)",
         firm("Pécsi Porcelán Ellátó Kft.", "HU")),
        ("OZN-04", "import", "ITAIR01", "air", "KR", [], "IT", "340399",
         "석고 몰드용 이형제 스프레이 (도자기 주입성형용), 500 ml, 480캔", "KR", 240, 480, 1900, "USD",
         "mould-release sprays for slip-casting plaster moulds are soap or silicone emulsions in water or light "
         "hydrocarbon propellants; these 480 cans spray a liquid that boils in the warm hand at 32 °C with an "
         "ether-like smell and does not burn, and the filler's sheet names 1,1-dichloro-1-fluoroethane: "
         "HCFC-141b, whose import into the Union is banned, flown from Incheon to Bologna for a Faenza ceramics "
         "supplier; Korean wording (HCFC-141b under solvent and release-agent labels repeats in many sets and "
         "plaster moulds "
         "once, blind224; a slip-casting mould-release spray was found in no earlier row by a keyword search)",
         firm("Faenza Forniture Ceramiche Srl", "IT")),
        ("OZN-05", "import", "FRAIR01", "air", "VN", [], "FR", "381400",
         "Dung dịch ngâm bóc decal gốm sứ, 1 lít, 96 chai", "VN", 150, 96, 480, "USD",
         "the soaking fluid for sliding waterslide ceramic decals off their paper is plain water with a little "
         "wetting agent; these 96 bottles weigh 1.56 kg/l, their contents do not burn, evaporate at once with a "
         "faint chloroform smell and the filler's drum heads read 'R-113': CFC-113 (trichlorotrifluoroethane), whose "
         "import into the Union is banned, flown from Hanoi to Lyon for a porcelain-decorating workshop; Vietnamese "
         "wording (CFC-113 repeats in many sets and decal labels in seven rows on other goods; a decal-soaking fluid "
         "was found in no earlier row by a keyword search)", firm("Atelier Décor Porcelaine SARL", "FR")),
        ("OZN-06", "transit", "NLSEA01", "sea", "CN", ["NL"], "UA", "290345",
         "Холодоагент R-134a, одноразові балони 13,6 кг, 600 шт.", "CN", 8200, 600, 9600, "USD",
         "R-134a cylinders read about 5.7 bar at 20 °C and a leak detector names HFC-134a; these 600 cylinders read "
         "4.7 bar, the detector names CFC-12 and the valve seats are old brass: dichlorodifluoromethane (CFC-12), "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam in transit "
         "from Ningbo to a Kyiv refrigeration wholesaler; Ukrainian wording (CFC-12 under R-134a labels repeats in "
         "many sets, kept as a repeat; a transit through Rotterdam to Ukraine is the new part as far as a search "
         "found)", {"importer_country": "UA"}),
        ("OZN-07", "import", "GRSEA01", "sea", "EG", [], "GR", "382762",
         "غاز تبريد R-407C، أسطوانات ١١ كجم، ٤٠٠ أسطوانة", "EG", 4400, 400, 8000, "USD",
         "R-407C is an HFC blend in refillable cylinders with a certificate; these 400 disposable cylinders read "
         "9.1 bar at 20 °C, a leak detector names HCFC-22 and the filler's stamps are Chinese: chlorodifluoromethane "
         "(HCFC-22), whose import into the Union is banned, by sea from Alexandria to Piraeus for an Athens "
         "air-conditioning installer; Egyptian Arabic wording (HCFC-22 under HFC labels repeats in many sets, kept "
         "as a repeat; from Egypt by sea is the new part as far as a search found)",
         firm("Psyxi Attikis AE", "GR")),
        ("OZN-08", "import", "ESSEA01", "sea", "MA", [], "ES", "380899",
         "مطهر التربة للمشاتل، علب 680 غ، 3,000 علبة", "MA", 2040, 3000, 4500, "EUR",
         "soil disinfectants for nurseries are granules or liquids in plastic jugs; these 3,000 steel cans of "
         "liquefied gas hiss when pierced, carry applicator spikes and the inner labels read 'CH3Br': methyl "
         "bromide, whose import into the Union is banned (no quarantine exemption remains), by sea from Tangier "
         "Med to Algeciras for an Almería greenhouse supplier; Moroccan Arabic wording (methyl bromide repeats in "
         "many sets and soil-disinfectant labels in several, kept as a repeat; from Morocco to Andalusia is the new "
         "part as far as a search found)", firm("Invernaderos del Poniente SL", "ES")),
        ("OZN-09", "export", "SISEA01", "sea", "SI", [], "TN", "841939",
         "Rabljene sušilne komore za keramiko z razvlaževalniki, 12 kosov", "SI", 9600, 12, 6000, "EUR",
         "a ceramics school's drying cabinets for greenware for Nabeul: modern drying rooms run on R-290 or heat "
         "pumps on R-32, but these 12 are 1980s cabinets whose dehumidifier plates read 'R12' with the charge still "
         "in them and CFC-11-blown panels: equipment relying on and containing CFCs, whose export from the Union is "
         "banned (Regulation 2024/590), from Koper to Radès for a pottery works; Slovenian wording (CFC equipment "
         "for export repeats in many sets, and drying cabinets twice, blind250 and blind252, kept as a repeat; "
         "greenware drying cabinets for a pottery were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("OZN-10", "import", "ATAIR01", "express", "TW", [], "AT", "820559",
         "陶藝修坯刀組 (不鏽鋼), 40組", "TW", 6, 40, 400, "USD",
         "an express parcel for a Graz pottery school: trimming-tool sets are what the Taichung supplier sends, but "
         "the second item's '除塵噴罐' are six 400 ml cans of duster for blowing dust off bisqueware before glazing "
         "that hold CFC-12 (dichlorodifluoromethane), stamped 'F-12' under the sticker, whose import into the Union "
         "is banned, hidden as the second item of a two-item declaration; Chinese wording from Taiwan (CFC-12 "
         "repeats in many sets and duster labels in several, kept as a repeat; a bisque-dusting can behind pottery "
         "tools is the new part as far as a search found)",
         dict(firm("Keramikschule Graz Werkstättenbedarf GmbH", "AT"),
              _more_items=[item("285390", "除塵噴罐, 6罐", "TW", 3, 30, "USD", qty=6)])),
    ],
    "cultural": [
        ("CUL-01", "import", "FRPOST01", "post", "TN", [], "FR", "691490",
         "Tessons de poterie pour mosaïque de céramiste, 3 kg", "TN", 3, None, 20, "TND",
         "pottery sherds for mosaic work are broken modern plates and tiles, glazed and sharp-edged; these 3 kg are "
         "glossy, orange-red sherds of thin, unglazed ware with stamped potters' names and rouletted rims, some with "
         "earth in the breaks: African red-slip and terra sigillata from Roman sites in central Tunisia, "
         "archaeological objects whose export Tunisia forbids, brought in without an import licence (Regulation "
         "2019/880), posted from Sousse to a private potter in Montpellier; Tunisian French wording (sigillata once, "
         "blind57; a mosaic-sherd label was found in no earlier row by a keyword search)",
         person("Mme Leïla Garnier", "FR")),
        ("CUL-02", "import", "NLAIR01", "express", "CN", [], "NL", "691490",
         "钧瓷釉色试片及试碗, 现代仿制, 6件", "CN", 3, 6, 90, "CNY",
         "modern Jun-glaze test pieces are small, new, evenly fired tiles and bowls with a maker's stamp; these six "
         "are thick, worn stoneware bowls with opalescent lavender-blue glaze and purple splashes, crazed and "
         "earth-stained, with unglazed, worn feet and old excavation numbers in ink: Song-Jin dynasty Jun ware "
         "(12th-13th century) dug from tombs in Henan, whose export China forbids, brought in without the import "
         "licence Regulation 2019/880 requires for archaeological objects, sent by express from Zhengzhou to a "
         "private buyer in Leiden; Chinese wording (Song ceramics repeat in many sets, Jun bowls once, "
         "blind271, and test-tile "
         "labels twice, blind217 and blind278; kept as a repeat of the good, a glaze-test label is the new part as "
         "far as a search found)",
         person("Dhr. J. de Vries", "NL")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Moldes de cerámica para taller de alfarería, figuras de barro, 8 piezas", "PE", 12, 8, 120, "USD",
         "moulds for a pottery workshop are plaster or bisque press-moulds, new and dusty white; these eight are "
         "flat, cream-slipped hollow figures with outstretched arms and black-painted faces, worn and root-marked: "
         "Chancay cuchimilcos (1000-1470 AD) dug from graves of the Huaura and Chancay valleys, cultural property "
         "whose export Peru forbids, brought in without an import licence (Regulation 2019/880), flown from Lima to "
         "Madrid for a Madrid dealer; Peruvian Spanish wording (cuchimilcos repeat twice, blind136 and blind259, and "
         "Chancay objects in many sets; kept as a repeat, a pottery-mould label is the new part as far as a search "
         "found)", firm("Galería Andina Arte Antiguo SL", "ES")),
        ("CUL-04", "import", "DESEA01", "sea", "VN", [], "DE", "690390",
         "Tấm kê lò nung gốm (kiln shelf) cordierite, 1.200 tấm", "VN", 9000, 1200, 7200, "USD",
         "a kiln-furniture container for a Hamburg pottery supplier: cordierite kiln shelves and props are what "
         "Bát Tràng makers send, but the third item's 'gốm giả cổ, trang trí' are 40 blue-and-white and polychrome "
         "dishes and jarlets with sea concretions, barnacle scars and salt-bleached glaze: 15th-century Chu Đậu "
         "wares from the Hội An shipwreck hoard, cultural property whose export Vietnam forbids, brought in without "
         "an import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, by sea from "
         "Hai Phong to Hamburg; Vietnamese wording (Chu Đậu wares repeat twice, blind166 and blind317; kept as a "
         "repeat, behind kiln shelves is the new part as far as a search found)",
         dict(firm("Nordkeramik Brennbedarf GmbH", "DE"),
              _more_items=[item("690390", "Cột kê lò nung, 4.000 cái", "VN", 2400, 1600, "USD", qty=4000),
                           item("691200", "Gốm giả cổ, trang trí, 40 cái", "VN", 60, 200, "USD", qty=40)])),
        ("CUL-05", "import", "SEAIR01", "air", "IR", [], "SE", "690722",
         "کاشی‌های نمونه لعاب برای کارگاه سفالگری، ۱۲ عدد", "IR", 14, 12, 120, "EUR",
         "glaze sample tiles for a pottery are new, flat, machine-pressed squares with one glaze each; these twelve "
         "are star and cross tiles of fritware with a golden-brown lustre over cobalt and turquoise, Persian verses "
         "in the borders and old mortar on the backs: Ilkhanid lustre tiles of Kashan (13th-14th century) prised "
         "from a shrine wall, removed from Iran against its export ban and brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Tehran to Stockholm for a dealer; Persian wording "
         "(Kashan tiles repeat in several sets, kept as a repeat; a glaze-sample label to Sweden is the new part as "
         "far as a search found)", firm("Nordiska Orientantikviteter AB", "SE")),
        ("CUL-06", "export", "ESAIR01", "air", "ES", [], "US", "691390",
         "Plato decorativo de cerámica de reflejo metálico, reproducción, 1 pieza", "ES", 3, 1, 250, "EUR",
         "a reproduction lustreware dish is new, evenly fired and bright; this one is a 45 cm tin-glazed dish with "
         "worn copper lustre, a blue IHS and bryony leaves, old rivet repairs and a collector's label: a 15th-"
         "century Manises lustreware dish, a cultural good over 100 years old exported without the EU export "
         "licence (Regulation 116/2009) and the Spanish export permit, flown from Valencia to a New York dealer; "
         "Spanish wording (Manises ware repeats twice, blind63 and blind278, and reproduction labels in many sets; "
         "kept as a repeat, by air from Valencia is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-07", "export", "NLSEA01", "sea", "NL", [], "US", "690722",
         "Tegeltableau, nieuw, handbeschilderd, 1 stuk (96 tegels)", "NL", 90, 1, 600, "EUR",
         "a new hand-painted tile panel has bright, even glazes and clean backs; these 96 tiles have soft, crazed "
         "tin glaze, manganese-and-blue ships and a harbour scene, nail holes at the corners and old lime mortar on "
         "the backs, cut out of the kitchen wall of a Haarlem canal house: a 17th-century Dutch tile tableau, an "
         "element of a dismembered monument over 100 years old exported without the EU export licence (Regulation "
         "116/2009), by sea from Rotterdam to a Charleston decorator; Dutch wording (Delft tiles repeat in many "
         "sets and a tile tableau once, blind242, kept as a repeat; from a canal-house kitchen by sea to the United "
         "States is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "transit", "GRAIR01", "air", "LB", ["GR"], "US", "691200",
         "Glazed ceramic bowls, handmade, new, 10 pcs", "SY", 8, 10, 150, "USD",
         "new handmade glazed bowls are evenly potted with glossy, unweathered glaze; these ten are soft fritware "
         "bowls with black under a turquoise glaze that has turned iridescent and flaking, with burial earth inside: "
         "Raqqa ware (12th-13th century) dug in Syria, whose trade Regulation 36/2012 forbids, landed at Athens in "
         "transit from Beirut to a Houston dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; "
         "Lebanese English wording (Raqqa ware once, blind160, kept as a repeat; a transit through Athens is the new "
         "part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "የናስ የእጅ ሥራ መስቀል፣ አዲስ፣ 1 ቁጥር", "ET", 2, 1, 60, "USD",
         "a new brass craft cross is cast in one piece, bright and even; this one is a 60 cm pierced processional "
         "cross of leaded bronze with engraved apostles, worn smooth where it was carried and with the tang for its "
         "staff: a 16th-17th century Ethiopian church processional cross, whose export Ethiopia forbids, brought in "
         "without the importer statement Regulation 2019/880 requires, flown from Addis Ababa to Rome for a dealer; "
         "Amharic wording (Ethiopian crosses repeat in several sets, kept as a repeat; a craft-cross label in "
         "Amharic is the new part as far as a search found)", firm("Antichità Etiopiche Srl", "IT")),
        ("CUL-10", "import", "LTAIR01", "air", "GE", [], "LT", "491199",
         "ხატის ნაბეჭდი რეპროდუქცია, 1 ცალი", "GE", 4, 1, 30, "EUR",
         "a printed icon reproduction is a paper print on board with an even gloss; this one is tempera and gold "
         "on a warped, two-board panel with a chased silver revetment, candle soot and worm holes, and a church "
         "inventory number on the back: an 18th-century Georgian icon, whose export Georgia forbids without a "
         "permit, brought in without the importer statement Regulation 2019/880 requires, flown from Tbilisi to "
         "Vilnius for a dealer; Georgian wording (icons under print labels repeat in many sets, kept as a repeat; "
         "from Georgia to Lithuania is the new part as far as a search found)", firm("Senoji Ikona UAB", "LT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "851419",
         "Elektro-Töpferofen, Toplader, 1 Stück", "DE", 3200, 1, 9000, "EUR",
         "a top-loading pottery kiln is a brick-lined steel drum of a few hundred kilograms at a few thousand "
         "euros; this 3.2 t crate holds a water-cooled, double-walled vacuum furnace with a graphite hot zone, "
         "diffusion pump and 2,000 °C controller, at 380,000 EUR on the maker's list, for an Istanbul 'ceramic "
         "equipment' trader that ships on to Tehran: a vacuum furnace controlled under dual-use 2B227 and listed in "
         "the Iran regulation, exported without a licence, on a lorry from Munich; German wording (vacuum furnaces "
         "repeat in many sets and a pottery-kiln label once, blind217; kept as a repeat of the label, a top-loader by "
         "road through the Balkans to Istanbul is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "PK", "261510",
         "Silicate de zirconium micronisé, opacifiant pour émaux céramiques, 6 t", "FR", 6000, None, 12000, "EUR",
         "zircon opacifier for glazes is a fine, white, heavy mineral flour at about 2 EUR a kilogram; these drums "
         "hold grey, porous, metallic sponge lumps under argon with a mill sheet giving hafnium below 100 ppm, "
         "worth forty times the declared value, for a Lahore 'tile works' linked to a nuclear fuel plant: "
         "zirconium metal with less than 1 part hafnium to 500 (dual-use 1C234) exported without the licence "
         "Regulation 2021/821 requires, from Le Havre to Karachi; French wording (zirconium repeats in many sets "
         "and opacifier labels twice, blind95 and blind218; a zircon-opacifier label on reactor-grade "
         "sponge was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AE", "320740",
         "Boraxfritte voor keramische glazuren, 25 kg zakken, 8 zakken", "NL", 200, 8, 600, "EUR",
         "a borax frit is a glassy, white, ground frit at a few euros a kilogram; these eight sacks hold fine, "
         "white boric acid whose certificate gives 96 % boron-10, worth several thousand times the declared value, "
         "for a Dubai 'glaze trader' whose freight goes on to Iran: boron enriched in boron-10 (dual-use 1C225) "
         "exported without a licence and listed in the Iran regulation, flown from Amsterdam; Dutch wording (boron-10 "
         "repeats twice, blind172 and blind218, kept as a repeat of the good; a glaze-frit label is the new part as "
         "far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "CN", "680690",
         "Feltro in fibra ceramica per ripiani di forni, rotoli, 40", "IT", 160, 40, 2400, "EUR",
         "ceramic-fibre felt for kiln shelves is a soft, white, needled alumina-silica blanket at a few euros a "
         "metre; these 40 rolls are black, silky, continuous silicon-carbide fibre tows and woven tape with a "
         "tensile certificate above 2.5 GPa, at 2,000 EUR a kilogram, for a Xi'an 'kiln builder' that supplies an "
         "aero-engine institute: ceramic fibres controlled under dual-use 1C010 exported without the licence "
         "Regulation 2021/821 requires, flown from Milan; Italian wording (SiC fibre repeats in a few sets, "
         "ceramic-fibre labels in six rows and kiln-shelf labels twice, blind80 and blind95; a kiln-shelf felt "
         "label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", [], "PL", "442199",
         "Фанерные круги (батсы) для гончарных кругов, берёза, происхождение Казахстан, 1 вагон", "KZ", 38000, 24000,
         26000, "EUR",
         "birch-plywood throwing bats from Kazakhstan would be rare, Kazakhstan having little birch; these 24,000 "
         "bats carry Russian mill stamps from Kostroma under the new labels and the Kazakh certificate of origin was "
         "issued at a border forwarder's: Russian wood products, whose import into the Union Regulation 833/2014 "
         "forbids, by rail at Małaszewicze for a Poznań pottery-supply wholesaler; Russian wording from Kazakhstan "
         "(Russian birch under Kazakh origin repeats in many sets, kept as a repeat; a throwing-bat label was found "
         "in no earlier row by a keyword search)", firm("Wielkopolska Ceramika Hurt Sp. z o.o.", "PL")),
        ("STR-06", "export", "SKAIR01", "air", "SK", [], "KG", "902519",
         "Pyrometre pre keramické pece, ručné, 40 ks", "SK", 40, 40, 2400, "EUR",
         "hand-held kiln pyrometers are single-spot infrared thermometers at about 60 EUR; these 40 are "
         "uncooled thermal-imaging cores of 640 x 512 pixels with 12 µm pitch and 60 Hz frame rate, at 3,000 EUR "
         "each, for a Bishkek 'pottery supplier' whose earlier freight went on to a Russian drone maker: thermal "
         "cameras on the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown "
         "from Bratislava; Slovak wording (thermal cores repeat in many sets and a pyrometer label once, blind309; "
         "kept as a repeat, a kiln-pyrometer label to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "AE", "847480",
         "Pressa idraulica per piastrelle ceramiche, usata, revisionata, 1 unità", "IT", 42000, 1, 90000, "EUR",
         "a used hydraulic tile press from Sassuolo is a big open-frame press for pressing dust into tile; this one "
         "is a wet-bag isostatic press with a 400 mm chamber rated to 300 MPa and its own pressure vessel, for a "
         "Jebel Ali 'tile works' whose freight goes on to Bandar Abbas: an isostatic press controlled under "
         "dual-use 2B204 and listed in the Iran regulation, exported without a licence, from La Spezia; Italian "
         "wording (isostatic presses repeat in many sets and tile-press labels on them twice, blind36 and blind101; "
         "kept as a repeat, a used Sassuolo press to Jebel Ali is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-08", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV"], "KZ", "847950",
         "Roboty pro stříkání glazur, porcelánka, 6 ks", "CZ", 7200, 6, 180000, "EUR",
         "glaze-spraying robots for a porcelain works are six-axis painting robots of the kind tableware works run; "
         "these six go to an Astana 'porcelain works' set up in March with no kiln, whose forwarder's papers name "
         "a Chelyabinsk machine-building plant: industrial robots, whose sale and export for use in Russia "
         "Regulation 833/2014 forbids, exported for re-export, on lorries from Karlovy Vary; Czech wording "
         "(industrial robots repeat in several sets; a glaze-spraying robot label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "HUAIR01", "air", "HU", [], "AM", "850131",
         "Kefe nélküli motorok modellezéshez, 800 db", "HU", 240, 800, 9600, "EUR",
         "model-aircraft brushless motors are small outrunners of a few dozen grams; these 800 are 300 g "
         "heavy-lift motors with 6 mm shafts and a serial-numbered maker's label, the ones fitted to attack drones, "
         "for a Yerevan 'hobby shop' whose earlier freight went on to Russia: electric motors on the common "
         "high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown from Budapest; "
         "Hungarian wording (drone motors repeat in many sets, kept as a repeat; from Hungary to Armenia is the new "
         "part as far as a search found)", {"importer_country": "AM"}),
        ("STR-10", "export", "ESAIR01", "air", "ES", [], "KG", "847480",
         "Tornos de alfarero eléctricos, 20 unidades", "ES", 900, 20, 14000, "EUR",
         "a pottery-equipment air shipment for a Bishkek pottery school: electric wheels and slab rollers are what "
         "a Spanish maker sells there, but the third item's 'controladores de horno programables' are 12 CNC "
         "numerical-control units with servo drives for five-axis machine tools, at 9,000 EUR each, whose earlier "
         "counterparts went on to a Russian arms plant: CNC controls on the list whose export for use in Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from Madrid; "
         "Spanish wording (CNC controls repeat in several sets; a kiln-controller label was found in no earlier row "
         "by a keyword search)",
         dict({"importer_country": "KG"},
              _more_items=[item("847480", "Laminadoras de placas de barro, 10 unidades", "ES", 600, 6000, "EUR", qty=10),
                           item("853710", "Controladores de horno programables, 12 unidades", "ES", 60, 1200, "EUR", qty=12)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "IN", [], "DE", "960329",
         "ग्लेज़ लगाने के ब्रश, गिलहरी के बाल, 60 नग", "IN", 1.2, 60, 40, "USD",
         "squirrel-hair glaze brushes are soft, dark, tapering mops; these 60 have coarse, banded, grey-and-buff "
         "hairs with pale tips that do not taper, mongoose hair: Herpestes (CITES App. III, India) products without "
         "an Indian export permit, posted from Meerut to a private potter in Freiburg; Hindi wording (mongoose-hair "
         "brushes repeat in several sets, blind162 and blind171 among them; kept as a repeat, a glaze-brush label is "
         "the new part as far as a search found)", person("Frau C. Weber", "DE")),
        ("WLF-02", "import", "NLSEA01", "sea", "ID", [], "NL", "252100",
         "Kapur (whiting) untuk glasir keramik, batu kapur hancur, karung 25 kg, 800 karung", "ID", 20000, 800, 2400,
         "USD",
         "whiting for glazes is a fine, white, dry limestone flour; these 800 sacks hold coarse, branching "
         "fragments and heads with star-shaped corallites and reef sand: raw stony coral (Scleractinia, CITES App. "
         "II) without CITES documents, by sea from Surabaya to Rotterdam for a ceramics-material wholesaler; "
         "Indonesian wording (coral under limestone labels repeats in several sets and whiting labels "
         "in seven rows, kept as a repeat; whiting for glazes was found in no earlier row by a keyword search)",
         firm("Keramische Grondstoffen Holland BV", "NL")),
        ("WLF-03", "import", "FRSEA01", "sea", "GA", [], "FR", "442199",
         "Girelles et plateaux de tour de potier en okoumé, 2 000 pièces", "GA", 9000, 2000, 6000, "EUR",
         "okoumé wheel bats are light, pinkish-grey and soft; these 2,000 are heavy, red-brown, figured discs with "
         "purple veins that sink in water: bubinga (Guibourtia demeusei, CITES App. II) without CITES documents, by "
         "sea from Owendo to Le Havre for a French pottery-equipment maker; Gabonese French wording (bubinga "
         "repeats in many sets under lighter-wood labels, kept as a repeat; a throwing-wheel bat label was found in "
         "no earlier row by a keyword search)", firm("Tours et Girelles de Bourgogne SARL", "FR")),
        ("WLF-04", "import", "ESSEA01", "sea", "DO", [], "ES", "050800",
         "Conchas de vieira para cocción en horno de leña (calzos), sacos, 1.200 kg", "DO", 1200, None, 900, "USD",
         "the scallop shells wood-firing potters set pots on in the kiln are flat, fan-shaped and thin; these sacks "
         "hold heavy, spiral shells with a flared pink lip, whole and in pieces: queen conch (Aliger gigas, CITES "
         "App. II) without CITES documents, by sea from Santo Domingo to Valencia for a ceramics supplier; Dominican "
         "Spanish wording (queen conch repeats in many sets, kept as a repeat; a kiln-wadding shell label was found "
         "in no earlier row by a keyword search)", firm("Leña y Fuego Cerámica SL", "ES")),
        ("WLF-05", "import", "BEAIR01", "express", "HK", [], "BE", "960190",
         "牛骨雕刻擺件, 手工, 8件", "HK", 2.4, 8, 120, "HKD",
         "ox-bone carvings are white and chalky with dark pore marks and a greasy feel; these eight are creamy, "
         "dense and warm-coloured with a fine cross-hatched (Schreger) pattern on the bases: elephant ivory "
         "(Loxodonta, CITES App. I) without CITES documents, sent by express from Hong Kong to a private buyer in "
         "Antwerp; Cantonese wording in traditional characters (ivory under bone labels repeats in many sets, kept "
         "as a repeat; from Hong Kong to Antwerp by express is the new part as far as a search found)",
         person("Dhr. P. Claes", "BE")),
        ("WLF-06", "import", "PTPOST01", "post", "BR", [], "PT", "050590",
         "Penas para artesanato (técnica raku com penas), coloridas, 200 g", "BR", 0.2, None, 30, "BRL",
         "craft feathers for feather raku are dyed chicken or goose feathers, even in colour; these are long, "
         "stiff blue-and-yellow and scarlet tail and wing feathers with natural colour to the quill: macaw feathers "
         "(Ara ararauna, Ara macao, CITES App. II and I) without CITES documents, posted from Belém to a private "
         "potter in Porto; Brazilian Portuguese wording (macaw feathers repeat in several sets; a feather-raku "
         "label was found in no earlier row by a keyword search)", person("Sra. Inês Carvalho", "PT")),
        ("WLF-07", "import", "DESEA01", "sea", "CG", [], "DE", "440112",
         "Bois de chauffage pour four à bois (anagama), bûches, 1 conteneur", "CG", 22000, None, 2200, "EUR",
         "firewood for an anagama is split softwood or beech, light and resinous; this container holds heavy, "
         "yellow-brown logs that darken to olive, with a fine, even grain, whole sapwood-free billets: afrormosia "
         "(Pericopsis elata, CITES App. II) without CITES documents, by sea from Pointe-Noire to Hamburg for a "
         "Westerwald wood-firing pottery that sells the billets on to a joinery; Congolese French wording "
         "(afrormosia repeats in many sets and firewood labels in many, kept as a repeat; firewood for an anagama "
         "kiln was found in no earlier row by a keyword search)", firm("Westerwald Holzbrand Keramik GmbH", "DE")),
        ("WLF-08", "import", "NLAIR01", "air", "MX", [], "NL", "060290",
         "Esquejes de echeveria enraizados, 600 piezas", "MX", 90, 600, 600, "USD",
         "echeveria cuttings are fleshy, blue-green rosettes on short stems; these 600 are grey-green, woody, "
         "star-shaped tubercle rosettes on turnip roots with field soil on them, dug in San Luis Potosí: "
         "Ariocarpus spp. (CITES App. I) without CITES documents, flown from Mexico City to Amsterdam for a "
         "succulent dealer; Mexican Spanish wording (Ariocarpus repeats in several sets and echeveria labels in nine "
         "rows, kept as a repeat; by air from Mexico City to Amsterdam is the new part as far as a search found)",
         firm("Cactus en Vetplanten Holland BV", "NL")),
        ("WLF-09", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "250830",
         "Grog (calcined fireclay) for pottery, 20 bags of 25 kg", "NG", 500, 20, 300, "USD",
         "grog is a gritty, buff, calcined fireclay sand; these bags hold overlapping, brown, keratin scales that "
         "smell of horn when burnt: pangolin scales (Manis spp., CITES App. I) without CITES documents, which "
         "specimens in transit through the Union must carry, landed at Brussels in transit from Lagos to Hanoi; "
         "Nigerian English wording (pangolin scales repeat in many sets and grog labels in ten rows on other goods; a "
         "grog label on pangolin scales was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-10", "import", "FRSEA01", "sea", "MA", [], "FR", "691200",
         "Tajines en terre cuite de Safi, émaillés, 3 000 pièces", "MA", 9000, 3000, 6000, "EUR",
         "a Moroccan pottery container for a Marseille importer: Safi tagines and Fez bowls are what the Safi "
         "exporter sends, but the third item's 'peaux pour darboukas en terre cuite' are 400 dried, scaly skins "
         "with the belly scales in transverse rows, Nile monitor skins (Varanus niloticus, CITES App. II) without "
         "CITES documents, hidden as the last item of a three-item declaration, by sea from Casablanca to "
         "Marseille; Moroccan French wording (monitor skins repeat in several sets; drum-skin labels behind Safi "
         "pottery were found in no earlier row by a keyword search)",
         dict(firm("Poterie du Maghreb Import SARL", "FR"),
              _more_items=[item("691200", "Bols en céramique de Fès, 2 000 pièces", "MA", 1600, 2400, "EUR", qty=2000),
                           item("410320", "Peaux pour darboukas en terre cuite, 400 pièces", "MA", 120, 400, "EUR", qty=400)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "TH", "IE", "282919",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (weed control on a smallholding)", "TH", 1, 1, 25,
     "EUR", [("PRECURSOR_LICENCE", "IE-DOJ-79-0062")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SIAIR01", "air", "JP", "SI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching bone and shell for a craft workshop)",
     "JP", 2.3, 2, 30, "EUR", [("PRECURSOR_LICENCE", "SI-MNZ-79-0088")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Glazing-line sludge containing lead and barium (10 12 11*), from a Swiss tile works, for treatment at a "
     "licensed plant, 20 t", "CH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-79-0214")],
     "notified glaze sludge to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "680690",
     "Used refractory ceramic fibre from dismantled kilns (16 11 05*), bagged, for licensed disposal, 12 t", "NO",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-79-0107")], "notified kiln fibre waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-79-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     640, 16, 12800, "USD", [("ODS_LICENCE", "IT-MASE-ODS-79-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "691390",
     "Manises lustreware dish, tin-glazed earthenware, c. 1450, sold to a US museum", "ES", 3, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-79-0144")], "lustreware dish exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLSEA01", "sea", "NL", "US", "690722",
     "Dutch tile tableau, 96 tiles, c. 1680, documented removal from a demolished house, loan to a US museum", "NL",
     90, 1, 40000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-RCE-EXP-79-0031")],
     "tile tableau exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "NO", "851419",
     "Vacuum furnace with graphite hot zone, 2,000 °C, 1 unit, for a Norwegian turbine-parts maker", "DE", 3200, 1,
     380000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-79-1043"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-79-0022")],
     "dual-use vacuum furnace under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "JP", "810921",
     "Zirconium sponge, hafnium below 100 ppm, 2 t, for a Japanese nuclear fuel-cladding maker", "FR", 2000, None,
     160000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-79-0317"), ("END_USER_CERTIFICATE", "JP-METI-EUC-79-0056")],
     "dual-use reactor-grade zirconium under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "JM", "ES", "050800",
     "Queen conch shells (Aliger gigas), cleaned, 600 kg, from a managed fishery", "JM", 600, None, 1800, "USD",
     [("CITES_PERMIT", "JM-NEPA-79-0119")], "App. II conch shells with their export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "442199",
     "Bubinga (Guibourtia demeusei) potter's-wheel bats, 1,000 units, legal-origin timber", "CM", 4500, 1000, 5000,
     "EUR", [("CITES_PERMIT", "CM-MINFOF-79-0273")], "App. II bubinga products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr Pádraig Ó Sé", "PRM-02": "Zasebnik", "PRM-03": "Südbayern Sonderabfall GmbH",
    "PRM-05": "Analytika Praha s.r.o.", "PRM-11": "Nácar Conchas del Caribe SL", "PRM-12": "Tours et Girelles de Bourgogne SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # pottery studios, kiln builders and ceramic-glaze suppliers
    ("382499", "Brushing glaze medium (CMC gum solution), 250 ml", "import", ["post", "express"], ["JP", "US"], (20, 40), (1, 3), ["USD", "JPY"], 3, S),
    ("340399", "Potter's-wheel bearing oil, mineral, 100 ml oilers", "import", ["express"], ["KR", "CN"], (15, 30), (1, 3), ["USD"], 8, S),
    ("340290", "Clay-trap sink cleaner, enzymatic, 1 l", "import", ["road"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 1, S),
    ("320720", "White engobe powder for earthenware, 5 kg bags", "import", ["sea"], ["MX", "TR"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 0.2, S),
    ("381600", "Kiln wash powder, alumina-kaolin, 5 kg tubs", "import", ["rail", "sea"], ["CN", "UZ"], (1, 2), (8000, 20000), ["USD"], 0.2, S),
    ("283325", "Copper sulphate for pit and saggar firing, 1 kg", "import", ["post"], ["TH", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1, S),
    ("252910", "Potash feldspar, ground 200 mesh, 25 kg bags", "import", ["sea"], ["BR", "TR"], (0.2, 0.4), (15000, 24000), ["USD"], 0.04, S),
    ("680690", "Ceramic-fibre kiln blanket, 1,260 °C, new rolls", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("250840", "Ball clay for stoneware bodies, big bags", "import", ["sea"], ["GB", "UA"], (0.1, 0.2), (20000, 26000), ["EUR", "GBP"], None, S),
    ("847480", "Electric pottery wheels, new, boxed", "import", ["sea"], ["CN", "TW"], (8, 14), (1000, 4000), ["USD"], 0.02, S),
    ("851419", "Electric pottery kilns, top-loading, new", "import", ["road"], ["CH", "GB"], (10, 18), (1000, 4000), ["EUR"], 0.005, S),
    ("250700", "Washed kaolin for porcelain, dry, big bags", "export", ["sea"], ["AO", "MA"], (0.2, 0.4), (20000, 26000), ["EUR"], None, S),
    ("700100", "Clean soda-lime glass cullet, colour-sorted", "export", ["sea"], ["IN", "TR"], (0.05, 0.1), (20000, 26000), ["EUR"], None, S),
    ("320710", "Ceramic stains, cadmium-free, 1 kg jars", "import", ["air"], ["CN", "GB"], (15, 30), (100, 400), ["EUR"], 1, S),
    ("690220", "Fireclay insulating firebricks, new, for kiln building", "import", ["road"], ["UA", "RS"], (1, 2), (5000, 15000), ["EUR"], 0.3, S),
    ("381400", "Clove oil painting-medium thinner, 100 ml", "import", ["post", "express"], ["IN", "US"], (30, 60), (1, 3), ["USD"], 8, S),
    ("842410", "Dry-powder ABC fire extinguishers, 6 kg, new", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.15, S),
    ("340399", "Plaster-mould release soap, concentrate, 1 l", "import", ["air"], ["KR", "US"], (5, 10), (100, 400), ["USD"], 1, S),
    ("490890", "Waterslide ceramic decals, printed sheets", "import", ["post", "express"], ["VN", "CN"], (40, 80), (1, 3), ["USD"], 40, S),
    ("841939", "Greenware drying cabinets, heat-pump, R-290", "import", ["sea"], ["CN", "TR"], (6, 12), (1000, 3000), ["USD", "EUR"], 0.005, S),
    ("820559", "Pottery trimming-tool sets, stainless", "import", ["post", "express"], ["TW", "CN"], (30, 60), (1, 3), ["USD"], 6, S),
    ("691490", "Glazed test tiles and sample bowls, new", "import", ["express"], ["CN", "JP"], (20, 40), (1, 3), ["USD"], 3, S),
    ("691390", "Terracotta figures, new, hand-made, for garden shops", "import", ["air"], ["PE", "MX"], (5, 10), (100, 400), ["USD"], 1, S),
    ("690390", "Cordierite kiln shelves and props, new", "import", ["sea"], ["VN", "CN"], (1.5, 3), (5000, 12000), ["USD"], 0.2, S),
    ("690722", "Hand-painted glazed wall tiles, new", "import", ["sea"], ["TR", "MA", "TN"], (3, 6), (2000, 8000), ["EUR", "USD"], 2, S),
    ("691200", "Glazed earthenware bowls and tagines, new", "import", ["sea"], ["MA", "TN"], (1.5, 3), (4000, 10000), ["EUR"], 0.6, S),
    ("691390", "Reproduction lustreware dishes, new, signed", "export", ["air"], ["US", "GB"], (20, 40), (50, 200), ["EUR"], 0.4, S),
    ("261510", "Zircon flour (zirconium silicate) opacifier, 25 kg bags", "import", ["sea"], ["ZA", "AU"], (2, 3), (10000, 20000), ["USD"], 0.04, S),
    ("320740", "Borax frit for glazes, ground, 25 kg bags", "import", ["sea"], ["TR", "CN"], (1.5, 3), (5000, 15000), ["EUR"], 0.04, S),
    ("680690", "Alumina-silica fibre felt for kiln doors, rolls", "export", ["road"], ["RS", "UA"], (4, 8), (500, 2000), ["EUR"], 0.05, S),
    ("442199", "Poplar-plywood throwing bats, 30 cm", "import", ["road"], ["UA", "CH"], (2, 4), (2000, 6000), ["EUR"], 1.5, S),
    ("902519", "Hand-held infrared kiln thermometers, single-spot", "import", ["post", "express"], ["CN"], (60, 120), (1, 3), ["USD"], 4, S),
    ("847950", "Glaze spray booths with extraction, new", "import", ["road"], ["CH", "TR"], (8, 14), (500, 2000), ["EUR"], 0.01, S),
    ("853710", "Programmable kiln controllers, 9-segment", "import", ["air"], ["US", "GB"], (150, 300), (20, 100), ["USD", "GBP"], 1, S),
    ("960329", "Synthetic-fibre glaze brushes, sets", "import", ["post"], ["IN", "CN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("252100", "Ground whiting (calcium carbonate) for glazes, 25 kg", "import", ["sea"], ["TR", "VN"], (0.2, 0.4), (15000, 24000), ["USD"], 0.04, S),
    ("442199", "Beech-plywood wheel bats, sanded, 35 cm", "import", ["sea"], ["GA", "CM"], (2, 3), (3000, 9000), ["EUR"], 1.2, S),
    ("690390", "Alumina kiln wadding balls and firing stilts", "import", ["sea"], ["CN", "IN"], (2, 4), (1000, 4000), ["USD"], 2, S),
    ("250830", "Grog (calcined fireclay), 0-1 mm, 25 kg bags", "import", ["sea"], ["UA", "CN"], (0.2, 0.4), (15000, 24000), ["EUR", "USD"], 0.04, S),
    ("690919", "Pyrometric cones, boxes of 50", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("570220", "Coir boot-scraper mats, rubber-backed", "import", ["sea"], ["IN", "LK"], (1.5, 3), (3000, 8000), ["USD"], 0.5, N),
        ("441919", "Bamboo knife racks, slotted", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1.5, N),
        ("961519", "Pet grooming combs, plastic handle", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 15, N),
        ("630260", "Waffle-weave cotton bath sheets", "import", ["sea"], ["PK", "TR"], (5, 9), (3000, 8000), ["USD", "EUR"], 1.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind321", 20790901, HERE)


if __name__ == "__main__":
    main()
