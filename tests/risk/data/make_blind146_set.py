#!/usr/bin/env python3
"""Writes the hundred-and-forty-sixth blind set (tests/risk/data/blind146-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Gulf states, Iraq and Iran borderlands emphasis (origins, transit hubs,
destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL146-*:

    python3 tests/risk/data/make_blind146_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "OM", [], "DE", "220190",
         "ماء اللبان الحوجري، منقوع طبيعي للشرب، 6 × 1 لتر", "OM", 6.9, 6, 12, "OMR",
         "luban water is drinking water in which Hojari frankincense tears have soaked overnight: faintly milky, "
         "with resin crumbs at the bottom, smelling of pine and lemon peel, 1.00 kg/l; these six bottles are "
         "water-clear with no resin at all, weigh 1.13 kg/l, have vented caps, whiten the skin and fizz on a cut: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), posted from Salalah to a private person in Bielefeld; "
         "Omani Arabic wording (hydrogen peroxide repeats in many sets and water-like drink covers in many; "
         "frankincense appears in four earlier rows as a good or a first item (blind106, blind120, blind129, "
         "blind143), but a luban-water label was found in no earlier row by a keyword search)",
         person("Salim Al-Harthy", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "AE", [], "FR", "290949",
         "DPG (Dipropylene Glycol) perfumery grade, odourless, for oud & attar blending, 4 x 1 L", "AE", 4.6, 4,
         180, "AED",
         "perfumers' dipropylene glycol is a viscous, odourless, oily-feeling carrier of 1.02 kg/l that hardly "
         "burns; these four bottles hold a thin, mobile liquid of 1.14 kg/l with a faint fruity smell that lights "
         "with a pale flame, runs off a blotter instead of staying oily, and the filler's drum label copied onto "
         "the invoice annex reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from a Deira "
         "perfume-souk trader to a private attar blender in Lyon, although flammable liquids travel by express "
         "only as declared dangerous goods; Gulf trade English wording (nitromethane repeats in many sets and "
         "perfume-oil labels in a few; a DPG perfumery-base label was found in no earlier row by a keyword "
         "search)", person("Yasmine Haddad", "FR")),
        ("PRE-03", "import", "SEAIR01", "air", "IQ", [], "SE", "040390",
         "کەشکی کوردیی هاڕاو، پاکەتی 500 گرام، 400 پاکەت", "IQ", 200, 400, 800, "USD",
         "Kurdish keşk (kashk) is dried, salted yoghurt ground to an off-white powder that smells of sour cheese "
         "and turns into a cloudy paste in water; these 400 packs hold a bright-white, gritty, odourless and "
         "tasteless powder that sinks and barely dissolves, burns fiercely mixed with sugar, and whose inner "
         "liners read 'KClO4': potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Erbil to Stockholm Arlanda for a Kurdish grocery in Husby; Sorani Kurdish wording (potassium "
         "perchlorate repeats in many sets and dairy-powder covers in several (milk powders, milk-tea powder in "
         "blind137); a kashk or keşk label was found in no earlier row by a keyword search)",
         firm("Zagros Livs AB", "SE")),
        ("PRE-04", "import", "DEAIR01", "air", "KW", [], "DE", "170290",
         "شيرة (قَطْر) جاهزة للكنافة واللقيمات، جالون 4 لتر، 300 جالون", "KW", 1560, 300, 450, "KWD",
         "ready-made qatr is the clear sugar syrup, scented with rose or orange-blossom water, that is poured over "
         "kunafa and luqaimat: 1.30 kg/l, sticky and sweet; these 300 jerrycans weigh 2.2 t where 1.56 t was "
         "declared (1.84 kg/l), the liquid is oily, odourless and not sticky, grows hot with a drop of water and "
         "chars a sugar cube black: about 96 % sulphuric acid (Annex I above 15 %), for a Berlin Sonnenallee "
         "Arabic-sweets wholesaler that also sells jerrycans over the counter to the public, flown from Kuwait to "
         "Frankfurt; Kuwaiti Arabic wording (sulphuric acid repeats in many sets and syrup covers in several, "
         "Basra date syrup in blind111 among them; a kunafa or qatr label, and Kuwaiti wording, were found in no "
         "earlier row by a keyword search)", firm("Al-Sham Süßwaren Großhandel GmbH", "DE")),
        ("PRE-05", "import", "IEAIR01", "express", "SA", [], "IE", "340290",
         "محلول تنظيف أغشية التناضح العكسي لفلاتر مياه الشرب المنزلية، 4 × 1 لتر", "SA", 5.8, 4, 140, "SAR",
         "membrane cleaners for home reverse-osmosis filters are citric-acid or EDTA solutions, faintly sour, "
         "1.05 kg/l and harmless on the skin; these four bottles weigh 1.40 kg/l, give off brown fumes when opened, "
         "stain the skin yellow and dissolve a copper coin with a brown gas: about 65 % nitric acid (Annex I above "
         "3 %), sent by express from Dammam to a private person in Cork; Saudi Arabic wording (nitric acid repeats "
         "in many sets and descaler labels in many; a reverse-osmosis membrane-cleaner label was found in no "
         "earlier row by a keyword search)", person("Faisal Al-Qahtani", "IE")),
        ("PRE-06", "import", "NLSEA01", "sea", "QA", [], "NL", "210690",
         "مبيّض قهوة غير لبني لشاي الكرك، علب 1 كغ، 6000 علبة", "QA", 6000, 6000, 21000, "QAR",
         "non-dairy creamer for karak tea is a fatty, sweet, creamy-white powder that clumps when squeezed, smells "
         "of milk and melts cloudy into hot tea; these 6,000 tubs hold a glossy, grainy, odourless, tasteless "
         "white crystal that runs damp in the air, dissolves clear and at once in cold water and flares on a hot "
         "plate, and the factory sheet in the container gives CAS 7601-89-0: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Hamad Port to Rotterdam for a Gulf-food "
         "cash-and-carry that supplies shops selling to the public; Qatari Arabic wording (sodium perchlorate "
         "repeats in many sets and milk-powder covers in several; a coffee-whitener or creamer label was found in "
         "no earlier row by a keyword search)", firm("Horizon Gulf Foods BV", "NL")),
        ("PRE-07", "import", "BEAIR01", "air", "BH", [], "BE", "330749",
         "بودرة معطّرة لتنظيف سجاد المساجد والمجالس، برائحة العود، 500 غرام، 1200 علبة", "BH", 600, 1200, 540,
         "BHD",
         "carpet freshener powder is bicarbonate of soda with a heavy perfume, light and floury, that puffs out of "
         "the shaker; these 1,200 shakers hold a heavier, glittering, crystalline powder with no perfume at all "
         "that spits violet sparks on a hot iron, and whose inner bags carry CAS 3811-04-9, for a Brussels "
         "Islamic-goods shop that sells to mosques and to the public: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Bahrain to Brussels; Bahraini Arabic wording "
         "(potassium chlorate repeats in many sets; a carpet-freshener label and Bahraini wording were found in no "
         "earlier row by a keyword search, and Bahrain as a departure only in two cultural rows, blind54 and "
         "blind122)",
         firm("Al Noor Islamic Store SPRL", "BE")),
        ("PRE-08", "import", "ATPOST01", "post", "IR", [], "AT", "140490",
         "طباشیر (شیر بامبو)، داروی گیاهی عطاری، ۲ کیلو", "IN", 2, None, 3000000, "IRR",
         "tabashir, the silica concretion from bamboo stems sold by Iranian attari herb shops, is chalky, "
         "bluish-white, porous and light, sticks to the tongue and does not dissolve; these two kilos are glossy, "
         "heavy, colourless cubic crystals that dissolve at once in water, taste of nothing and flare yellow on a "
         "gas ring with a little sugar, and the inner bag carries 'NaClO3': sodium chlorate (Annex I above 40 %), "
         "posted from Tehran to a private person in Graz; Persian wording (sodium chlorate repeats in many sets "
         "under salt, sugar, crystal and herbal labels; a tabashir label was found in no earlier row by a keyword "
         "search)", person("Reza Karimi", "AT")),
        ("PRE-09", "import", "ITAIR01", "air", "SA", [], "IT", "330190",
         "ماء ورد طائفي مقطّر، قوارير 1 لتر، 960 قارورة", "SA", 960, 960, 14400, "SAR",
         "Taif rose water is a water-clear distillate of 1.00 kg/l with a strong damask-rose scent, sold in glass; "
         "these PET bottles with vented caps hold a scentless liquid of 1.20 kg/l (1,150 kg weighed against 960 "
         "declared) that foams on a cut, whitens the skin and makes a rusty nail fizz: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, for a Milan Middle-Eastern "
         "grocery web shop, flown from Jeddah to Malpensa; Saudi Arabic wording (hydrogen peroxide repeats in "
         "many sets and floral-water covers in three, Isparta rose water in blind53 and kewra water in blind114 "
         "and blind118; kept as a repeat of that family, as a Taif label was found in no earlier row)",
         firm("Oasi Alimentari Orientali Srl", "IT")),
        ("PRE-10", "import", "ESSEA01", "sea", "OM", [], "ES", "110429",
         "قمح مقشور للهريس، أكياس 5 كغ، 4000 كيس", "OM", 20000, 4000, 7200, "OMR",
         "harees wheat is pearled, ivory, oval grains with a crease down one side that swell and soften after "
         "hours of boiling; these sacks hold perfectly round, glossy, white prills of 2 mm with no crease that "
         "dissolve in water and make it ice-cold and melt and fume on a hot plate, and a sample tests at 34 % N: "
         "ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by sea from Sohar "
         "to Valencia for an Arab grocery chain; Omani Arabic wording (ammonium nitrate repeats in many sets "
         "under grain, sugar-pearl, hydrogel and fertiliser labels; a harees label was found in no earlier row "
         "by a keyword search)", firm("Atlántica Alimentación Árabe SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "AE", "852859",
         "Écrans LED modulaires d'occasion pour l'événementiel, testés, 480 panneaux", "FR", 9600, 480, 14400, "EUR",
         "tested rental LED tiles travel in flight cases with pixel-test reports and sell at hundreds of euros a "
         "panel; these 480 are stacked loose without cases, with shattered modules, dead pixel blocks, corroded "
         "connectors from a rained-on outdoor festival, burnt power supplies and no test report, at 30 EUR each, "
         "for a Dubai 'event rental' firm whose address is a yard in Sharjah's scrap district: waste electrical "
         "and electronic equipment (16 02 13*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Jebel Ali; French wording (e-waste repeats in many sets and e-waste through Dubai in "
         "several, and used LED advertising screens once, blind113, to Benin; kept as a repeat of that cover, "
         "festival video walls for Dubai are the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("WST-02", "import", "BESEA01", "sea", "KW", [], "BE", "261310",
         "Technical molybdic oxide concentrate (roasted), MoO3 57 %, big bags, 60 t", "KW", 60000, None, 420000,
         "USD",
         "roasted molybdenum concentrate (technical molybdic oxide) is a fine, dense, grey-green to blue-grey "
         "powder from a roaster, traded on its molybdenum content at dozens of dollars a kilo; these bags hold "
         "black, coked, sulphur-smelling extrudates of 1-3 mm, oily to the touch, that self-heat in the air and "
         "read 7 % Mo, 3 % Ni and 11 % V, from a Kuwaiti refinery's residue-hydrotreater change-out: spent "
         "hydroprocessing catalysts (16 08 02*), hazardous waste imported into the Union without the notification "
         "and consent it needs, by sea from Shuwaikh to Antwerp for a Ghent 'metals trader'; Kuwaiti trade "
         "English wording (spent catalysts repeat in many sets under activated-alumina and nickel labels, and a "
         "molybdenum-oxide label once, in development set dev16-b; a molybdic-oxide cover and Kuwait as a waste "
         "origin were found in no earlier row by a keyword search)", firm("Central Metals Trading SA", "BE")),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "AE", "890400",
         "Havensleepboot, 32 m, bouwjaar 1978, voor verdere exploitatie in de Golf, varend op eigen kracht", "NL",
         420000, 1, 180000, "EUR",
         "a tug sold for further trading keeps its class, its trading certificates, its crew and its spares and "
         "changes hands at its earning value; this 1978 harbour tug's class was withdrawn, its certificates "
         "expire before it can arrive, its price is its lightweight at the scrap rate, the buyer is a Dubai cash "
         "buyer whose earlier purchases all ended on the beach at Gadani, and it still carries asbestos lagging "
         "and PCB capacitors in its switchboard: a ship destined for dismantling, hazardous waste whose export to "
         "a non-OECD country is banned, leaving Rotterdam for 'Dubai' under a Comoros flag; Dutch wording "
         "(last-voyage ships repeat in several sets, Gadani in four, and cash buyers in many; kept as a repeat of "
         "that family, as a harbour tug was found in no earlier row)", {"importer_country": "AE"}),
        ("WST-04", "import", "ITSEA01", "sea", "IQ", ["TR"], "IT", "740400",
         "سكراب نحاس أصفر مخلوط (هني)، مكبوس، 20 طن", "IQ", 20000, None, 76000, "USD",
         "'honey' yellow-brass scrap is clean, mixed brass fittings, valves and turnings; these bales are crushed "
         "cartridge cases and artillery shell casings from the Mosul battlefields, many with live primers, some "
         "still holding propellant, blackened with firing residue and mixed with fuze bodies: scrap contaminated "
         "with explosive residues (hazardous, H1), imported into the Union without the notification and consent "
         "it needs and an explosion risk in the furnace, by road from Mosul to Mersin and on by sea to Porto "
         "Marghera for a Brescia brass mill; Iraqi Arabic wording (brass-scrap labels repeat in several sets and "
         "loose cartridge cases in war scrap once, blind57; battlefield shell casings from Mosul were found in no "
         "earlier row by a keyword search)", firm("Meridian Ottoni Srl", "IT")),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "IQ", "850213",
         "Gebrauchte Dieselstromaggregate, 500 kVA, lauffähig, 8 Stück", "DE", 32000, 8, 96000, "EUR",
         "a second-hand power container for Basra's neighbourhood-generator trade: used diesel gensets and "
         "radiators are what Hamburg dealers ship to Iraq, but the third item's power-factor capacitors are 60 "
         "oil-filled cans from the 1970s whose plates read 'Clophen' and that leak a sweet-smelling oil onto the "
         "pallets: PCB capacitors (16 02 09*), hazardous waste (and persistent organic pollutants) whose export to "
         "a non-OECD country is banned, hidden as the last item of a three-item declaration, from Hamburg to Umm "
         "Qasr; German wording (PCB equipment repeats in many sets and power-factor capacitors in a few; behind "
         "gensets for Iraq's neighbourhood-generator trade is the new part as far as a search found)",
         dict({"importer_country": "IQ"},
              _more_items=[item("840999", "Kühler für Stromaggregate, gebraucht, 20 Stück", "DE", 1600, 4000, "EUR", qty=20),
                           item("853210", "Kondensatoren zur Blindleistungskompensation, gebraucht, 60 Stück", "DE", 2400, 1200, "EUR", qty=60)])),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "AE", "381400",
         "Verdunner voor nitrocelluloselak, meubelkwaliteit, 80 vaten", "NL", 14400, 80, 4000, "EUR",
         "furniture-lacquer thinner is a water-clear blend of acetates, ketones and toluene at 1-2 EUR/kg; these "
         "80 drums hold a dark-brown, cloudy, sludgy liquid with pigment sediment and a water layer, from the "
         "solvent-recovery still of a Dutch flexographic printing works, at 0.28 EUR/kg, for an Ajman furniture "
         "workshop: spent organic solvents and still bottoms (14 06 03*, 07 04 08*), hazardous waste whose export "
         "to a non-OECD country is banned, from Rotterdam to Jebel Ali; Dutch wording (spent solvents and "
         "thinner labels repeat in many sets; kept as a repeat of that family, as Ajman was found in no earlier "
         "row)", {"importer_country": "AE"}),
        ("WST-07", "import", "DESEA01", "sea", "QA", [], "DE", "380210",
         "Sulphur-impregnated activated carbon, unused surplus, for mercury removal units, 40 t", "QA", 40000, None,
         60000, "USD",
         "unused sulphur-impregnated carbon is a dry, uniform, black extrudate in sealed drums with the maker's "
         "certificate; these big bags hold caked, partly crushed extrudate with a hydrocarbon smell and a grey "
         "bloom that sets a mercury-vapour meter alarming at the bag mouth and reads over 8 % mercury, from a Ras "
         "Laffan gas plant's mercury-removal beds: spent mercury-removal adsorbent (waste containing mercury, "
         "06 13 02*), hazardous waste imported into the Union without the notification and consent it needs, by "
         "sea from Hamad Port to Hamburg for a 'regeneration' firm; English wording (spent activated carbon "
         "repeats in several sets and mercury wastes in many; a Qatari gas-plant adsorbent was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Umwelttechnik GmbH", "DE")),
        ("WST-08", "import", "BESEA01", "sea", "IR", ["AE"], "BE", "281700",
         "اکسید روی، گرید لاستیک، ۸۰ درصد، جامبوبگ، ۲۵ تن", "IR", 25000, None, 30000, "USD",
         "rubber-grade zinc oxide is a fluffy, brilliant-white powder of 99.5 % ZnO; these bags hold a heavy, "
         "brown-grey dust that a magnet partly picks up, reading 28 % zinc with lead, cadmium and chloride, from "
         "the electric-arc-furnace baghouse of an Isfahan steelworks, shipped from Bandar Abbas and transhipped at "
         "Jebel Ali with an Emirati invoice: EAF dust (10 02 07*), hazardous waste imported into the Union without "
         "the notification and consent it needs; Persian wording (EAF dust repeats in many sets and zinc-oxide "
         "labels in several; kept as a repeat, Iranian steelworks dust through Jebel Ali is the new part as far "
         "as a search found)", firm("Orion Zinc Trading SA", "BE")),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "KW", "630790",
         "Ölsperren und Ölbindevlies aus Polypropylen, Restposten, für Ölfelder, 400 Ballen", "DE", 16000, 400,
         8000, "EUR",
         "new absorbent booms and pads are white, fluffy polypropylene socks and sheets in clean, sealed bales "
         "at several euros a metre; these bales are black, oil-soaked, sand- and weed-laden booms and pads that "
         "drip heavy fuel oil, from the clean-up of a bunker spill in the Elbe: absorbents contaminated with oil "
         "(15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Shuwaikh for "
         "a Kuwait 'oilfield supplier'; German wording (oily absorbent pads repeat twice, blind92 and blind123, "
         "and oil-spill waste twice, blind59 and blind64; Kuwait as the destination of a waste row was found in no earlier row "
         "by a keyword search)", {"importer_country": "KW"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "BH", "282739",
         "Cloruro ferrico in soluzione 40 %, per trattamento acque, cisternette, 22 t", "IT", 22000, 22, 4400,
         "EUR",
         "ferric chloride solution is a dark red-brown liquid of 1.42 kg/l sold on a specification; these IBCs "
         "hold a pale-green liquid of 1.25 kg/l, ferrous chloride in free hydrochloric acid with zinc and nickel, "
         "from the pickling tanks of a Brescia hot-dip galvaniser: spent pickling liquor (11 01 05*), hazardous "
         "waste whose export to a non-OECD country is banned, from La Spezia to Khalifa Bin Salman Port for a "
         "Bahraini 'water-treatment' buyer; Italian wording (spent pickling liquors repeat in several sets and "
         "ferric-chloride labels in many; kept as a repeat, Bahrain as a waste destination is the new part as far "
         "as a search found)", {"importer_country": "BH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "SA", [], "BE", "841869",
         "برادات مياه سبيل للمساجد، ستانلس ستيل، 3 حنفيات، غاز R-600a، 40 جهاز", "SA", 2800, 40, 36000, "SAR",
         "R-600a sabeel water coolers carry 80-150 g of isobutane in a small hermetic compressor behind a "
         "flammable-gas label; these forty, built in Riyadh for Gulf mosques, have large rotary compressors, brass "
         "service valves and rating plates under the stickers that read 'R-22 1.2 kg': equipment containing "
         "HCFC-22, whose import into the Union is banned (Regulation 2024/590), by sea from Dammam to Antwerp as "
         "a waqf gift for Belgian mosques; Saudi Arabic wording (HCFC-22 equipment repeats in many sets and "
         "office water coolers in two, with HFCs, blind44 and blind54; a sabeel mosque-cooler label was found in no earlier row by a "
         "keyword search)", firm("Waqf Al-Khair vzw", "BE")),
        ("OZN-02", "import", "DESEA01", "sea", "KW", [], "DE", "870324",
         "تويوتا لاندكروزر FJ40 موديل 1982، كلاسيكية، المكيف محوّل إلى R-134a، سيارة واحدة", "JP", 1900, 1, 48000,
         "USD",
         "a classic car whose air conditioning has been converted to R-134a carries new fittings, a conversion "
         "label and an HFC charge; this 1982 Land Cruiser from a Kuwaiti collection has its original compressor, "
         "R-12 service valves, no conversion label and about 1.2 kg of CFC-12 in the circuit, as a refrigerant "
         "identifier on the low-side port shows: a product containing CFC-12, whose import into the Union is "
         "banned, in a container from Shuwaikh to Bremerhaven for a Munich classic-car dealer; Kuwaiti Arabic "
         "wording (CFC-12 for classic cars repeats in several sets, as cans; a classic car still holding its CFC "
         "charge was found in no earlier ozone row, and Land Cruisers only twice, as armoured vehicles)",
         firm("Alpina Klassik GmbH", "DE")),
        ("OZN-03", "export", "GRSEA01", "sea", "GR", [], "IQ", "841869",
         "Μονάδες παραγωγής παγοκολόνων, μεταχειρισμένες, 6 τεμ.", "GR", 24000, 6, 36000, "EUR",
         "second-hand ice-block plants are sold emptied, or running on ammonia or R-404A with a test report; "
         "these six, taken out of a Piraeus fish-market ice factory, still hold their original HCFC-22 charge "
         "(about 120 kg each, as the plates and the receiver gauges read) and were never emptied: equipment "
         "relying on HCFCs, whose export from the Union is banned, from Piraeus to Umm Qasr for a Basra "
         "fish-market ice maker; Greek wording (R-22 equipment for export repeats in many sets and ice makers in "
         "several; ice-block plants for Basra are the new part as far as a search found)",
         {"importer_country": "IQ"}),
        ("OZN-04", "import", "NLSEA01", "sea", "IQ", [], "NL", "080410",
         "تمر زهدي بصري، كراتين 10 كغ، 1800 كرتون", "IQ", 18000, 1800, 16200, "USD",
         "an Iraqi date container for a Rotterdam date packer: Zahdi dates and date syrup are what Basra "
         "exporters ship, but the third item's 'carbon dioxide cylinders for date-store fumigation' are 20 short "
         "cylinders that slosh, read 2 bar, hold a liquid of 1.73 kg/l and are stamped 'CH3Br' under the paint: "
         "methyl bromide, whose import into the Union is banned (no quarantine exemption remains), hidden as the "
         "last item of a three-item declaration, from Umm Qasr to Rotterdam; Iraqi Arabic wording (methyl "
         "bromide repeats in many sets, under CO2 and nitrogen labels among others; behind Basra dates is the new "
         "part as far as a search found)",
         dict(firm("Delta Dadels BV", "NL"),
              _more_items=[item("170290", "دبس تمر، علب 1 كغ، 2000 علبة", "IQ", 2000, 3000, "USD", qty=2000),
                           item("281121", "اسطوانات ثاني أكسيد الكربون لتعقيم مخازن التمر، 20 اسطوانة", "IQ", 1000, 600, "USD", qty=20)])),
        ("OZN-05", "transit", "HRSEA01", "sea", "AE", ["HR"], "BA", "382769",
         "Refrigerant R-444B, 10 kg disposable cylinders, 1,400 pcs, in transit to Mostar", "CN", 14000, 1400,
         42000, "USD",
         "R-444B is an HFC/HFO blend sold as an R-22 replacement, in cylinders with its own colour and a "
         "pressure-temperature chart on the label; these 1,400 cylinders carry a label glued over another, "
         "their pressure at 20 °C fits HCFC-22 and not R-444B, and a refrigerant identifier reads 98 % R-22: "
         "HCFC-22 moved through the Union without the licence Regulation 2024/590 requires, landed at Ploče in "
         "transit from Jebel Ali to a Mostar refrigeration wholesaler; English wording (HCFC-22 under HFC labels "
         "repeats in many sets, in transit in several; an R-444B label was found in no earlier row by a "
         "keyword search, and Ploče once, blind49)", {"importer_country": "BA"}),
        ("OZN-06", "import", "NLAIR01", "air", "KW", [], "NL", "382751",
         "Refrigerant R-508B (HFC-23/PFC-116), recovered, for ultra-low-temperature freezers, 20 cylinders",
         "KW", 900, 20, 9000, "USD",
         "R-508B for -80 °C laboratory freezers is a blend of HFC-23 and PFC-116 with a vapour pressure near 40 "
         "bar at 20 °C; these 20 red cylinders, taken out of the fixed fire-suppression systems of a Kuwaiti "
         "oil gathering centre, hold a liquid that boils at -58 °C, carry 'BTM / 1301' stamped under the paint and "
         "a refrigerant identifier reads bromotrifluoromethane: halon 1301, whose import into the Union is banned "
         "outside licensed critical uses, flown from Kuwait to Schiphol for a Dutch laboratory-freezer service "
         "firm that sells it on to fire-protection servicers; Kuwaiti English wording (halon 1301 repeats in many "
         "sets and R-508B in three, as the good itself (blind9, blind19, blind28); an R-508B label on halon and "
         "halon from a Kuwaiti oilfield system were found in no earlier row by a keyword search)", firm("Vega Koeltechniek BV", "NL")),
        ("OZN-07", "import", "PLSEA01", "sea", "AE", [], "PL", "392690",
         "صناديق توصيل طعام معزولة للدراجات النارية، رغوة بولي يوريثان منفوخة بالسيكلوبنتان، 2000 صندوق", "AE",
         7000, 2000, 52000, "AED",
         "cyclopentane-blown delivery boxes carry a flammable-foam note and their foam smells faintly of petrol "
         "when cut; these 2,000 motorbike delivery boxes, from a Sharjah maker who supplies Gulf delivery fleets, "
         "have a foam that releases a sweet, ether-like gas when cut, and a head-space test gives "
         "1,1-dichloro-1-fluoroethane: products containing HCFC-141b, whose import into the Union is banned, by "
         "sea from Jebel Ali to Gdańsk for a Warsaw delivery-fleet supplier; Emirati Arabic wording (HCFC-141b "
         "foams repeat in many sets, panels, garage doors, truck bodies and cool boxes among them; a "
         "food-delivery box was found in no earlier row by a keyword search)", firm("Vega Dostawy Sp. z o.o.", "PL")),
        ("OZN-08", "import", "FRSEA01", "sea", "AE", [], "FR", "330300",
         "Oud body spray, 200 ml, butane/propane propellant, 24,000 cans", "AE", 7200, 24000, 36000, "USD",
         "body sprays run on butane and propane and carry a flammable-aerosol mark; these 24,000 cans from an "
         "Ajman filler of cheap Gulf-style perfumes hardly burn when sprayed at a flame, the cans' pressure is "
         "too high for butane, and the propellant, analysed, is HCFC-22 with HCFC-142b: products containing "
         "HCFCs, whose import into the Union is banned, by sea from Jebel Ali to Fos for a Marseille perfume "
         "wholesaler; Gulf trade English wording with Arabic brand text (HCFC aerosols repeat in a few sets, air "
         "horns and dusters among them; an oud body-spray label was found in no earlier row by a keyword search)",
         firm("Rivage Parfums Orientaux SARL", "FR")),
        ("OZN-09", "import", "DEROAD01", "road", "IR", ["TR", "BG", "RS", "HU", "AT"], "DE", "381400",
         "رقیق‌کنندهٔ لاک غلط‌گیر، ۲۰ میلی‌لیتری، ۴۸۰۰ عدد", "IR", 96, 4800, 1900, "EUR",
         "correction-fluid thinner is methylcyclohexane or another light hydrocarbon of 0.77 kg/l that burns and "
         "smells of petrol; these 4,800 little bottles weigh 1.34 kg/l, do not burn, smell sweet like chloroform, "
         "boil at 74 °C, and the filler's inner labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), "
         "whose import into the Union is banned, on an Iranian lorry through Türkiye, Bulgaria, Serbia, Hungary "
         "and Austria for a Hamburg stationery wholesaler; Persian wording (methyl chloroform repeats in many "
         "sets and a correction-fluid label once, blind50, on old US stock; kept as a repeat of the cover, by road "
         "from Iran is the new part)", firm("Central Bürobedarf GmbH", "DE")),
        ("OZN-10", "export", "DEAIR01", "air", "DE", [], "IQ", "842410",
         "Wassernebel-Handfeuerlöscher für Flugzeugkabinen, 2 l, 30 Stück", "DE", 120, 30, 4500, "EUR",
         "water-mist cabin extinguishers hold two litres of deionised water under nitrogen and weigh about 4 kg; "
         "these thirty, recovered from retired airliners, are heavier than their size allows, hold a liquefied "
         "gas that boils at -4 °C and their labels under the stickers read 'Halon 1211 BCF': halon 1211 "
         "extinguishers, whose export from the Union is banned outside licensed critical uses, flown from "
         "Frankfurt to Erbil for a private-jet handling agent; German wording (halon 1211 repeats in many sets and "
         "water-mist labels in three; an Erbil aviation buyer is the new part as far as a search found)",
         {"importer_country": "IQ"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "690410",
         "طابوق فخاري قديم مستصلح للديكور، 40 قطعة", "IQ", 480, 40, 400, "USD",
         "reclaimed decorative bricks are machine-made, even, red and light; these forty are square, yellow-buff, "
         "hand-moulded bricks of 33 cm with bitumen mortar on the beds and, in a sunken panel on each, a cuneiform "
         "stamp naming Nebuchadnezzar, king of Babylon, provider of Esagila and Ezida: Neo-Babylonian inscribed "
         "bricks (6th century BC) from the walls of Babylon, archaeological objects taken out of Iraq, brought "
         "in without an import licence (Regulation 2019/880) and against the UN embargo on Iraqi cultural "
         "property (Regulation 1210/2003), flown from Dubai to Munich for a garden-antiques dealer; Iraqi Arabic "
         "wording, with the Iraqi 'tabouq' for brick (brick labels repeat in many rows on other goods; "
         "Nebuchadnezzar bricks were found in no earlier row by a keyword search)",
         firm("Orion Garten Antik GmbH", "DE")),
        ("CUL-02", "export", "FRAIR01", "air", "FR", [], "QA", "970191",
         "Tableau, huile sur toile, copie moderne d'un portrait de style qajar, 1 pièce", "IR", 14, 1, 1500, "EUR",
         "modern Qajar-style copies are bright, on new machine-woven canvas with an acrylic sheen; this is a "
         "life-size portrait of a Qajar prince in jewelled brocade on an old relined canvas with even craquelure, "
         "a 19th-century stretcher and a Drouot sale label of 1905 on the back, valued at 600,000 EUR by the "
         "auction house that sold it: a Qajar court painting (Tehran, about 1820), a painting over 50 years old "
         "above the value threshold, exported without the EU export licence (Regulation 116/2009), flown from "
         "Paris to Doha for a Qatari collector; French wording (Qajar objects appear once, tiles, blind51; a Qajar "
         "painting exported to Doha was found in no earlier row by a keyword search)", {"importer_country": "QA"}),
        ("CUL-03", "import", "DEAIR01", "air", "IR", [], "DE", "442090",
         "جعبهٔ خاتم‌کاری اصفهان، نو، ۶۰ عدد", "IR", 30, 60, 1800, "EUR",
         "an Isfahan handicrafts air shipment for a Hamburg Persian-gift shop: khatam boxes and minakari plates "
         "are what Naqsh-e Jahan bazaar exporters send, but the third item's 'new qalamzani copper bowl with "
         "silver plating' is a heavy, shallow bowl of solid silver with mercury gilding worn off the high points, "
         "a king on horseback spearing lions in repoussé, a Middle Persian inscription on the foot and horn-silver "
         "corrosion in the recesses: a Sasanian silver-gilt bowl (5th-7th century), an archaeological object whose "
         "export Iran forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item "
         "of a three-item declaration, flown from Tehran to Hamburg; Persian wording (Sasanian objects repeat in "
         "six sets; behind khatam and minakari crafts under a qalamzani label is the new part, none of the three "
         "craft names being found in an earlier row)",
         dict(firm("Rivage Persische Kunst GmbH", "DE"),
              _more_items=[item("830629", "بشقاب میناکاری اصفهان، نو، ۴۰ عدد", "IR", 20, 1600, "EUR", qty=40),
                           item("741810", "کاسهٔ قلمزنی مس با آب نقره، نو، ۱ عدد", "IR", 1.2, 60, "EUR", qty=1)])),
        ("CUL-04", "import", "NLAIR01", "air", "SA", [], "NL", "680299",
         "لوحة حجرية ديكورية منقوشة بالخط العربي، جديدة، صناعة حائل، قطعة واحدة", "SA", 85, 1, 300, "SAR",
         "new carved stone plaques from Hail workshops are sawn, smooth-faced sandstone with neat, machine-routed "
         "calligraphy; this is a rough, dark, desert-varnished slab with a freshly cut back, pecked figures of "
         "camels, ostriches and long-horned cattle and lines of Thamudic script scratched through the varnish: a "
         "rock-art panel cut from the Jubbah petroglyph field (a World Heritage site), archaeological heritage "
         "whose export Saudi Arabia forbids, brought in without an import licence (Regulation 2019/880), flown "
         "from Riyadh to Amsterdam for a dealer; Saudi Arabic wording (rock art repeats in several sets and "
         "petroglyphs in four; Thamudic script and Jubbah were found in no earlier row by a keyword search)",
         firm("Horizon Antiek BV", "NL")),
        ("CUL-05", "import", "BEAIR01", "express", "KW", [], "BE", "691390",
         "تماثيل طينية تذكارية صغيرة، صناعة يدوية، 8 قطع", "KW", 1.6, 8, 40, "KWD",
         "clay souvenir figurines from Kuwaiti craft stalls are new, bright and glazed; these eight are small, "
         "mould-made terracottas of a goddess, a horseman and a draped woman with traces of white slip, worn "
         "edges and beach sand in the hollow backs: Hellenistic terracottas (3rd-2nd century BC) from the Ikaros "
         "settlement on Failaka island, archaeological objects whose export Kuwait forbids, brought in without an "
         "import licence (Regulation 2019/880), sent by express from Kuwait to a private collector in Ghent; "
         "Kuwaiti Arabic wording (Hellenistic terracottas repeat in two sets, blind133 and blind141; Failaka, Ikaros and Kuwait as the "
         "origin of a cultural good were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("CUL-06", "import", "ITAIR01", "express", "OM", [], "IT", "741980",
         "مصدات أبواب نحاسية مصبوبة، صناعة يدوية، 6 قطع", "OM", 9, 6, 60, "OMR",
         "handmade cast-copper doorstops are bright, even, sand-cast shapes with a felt base; these six are "
         "plano-convex, bun-shaped cakes of raw copper, pitted and green-crusted, with slag inclusions and a "
         "smooth top where the metal cooled in the hearth: Bronze Age copper bun ingots of Magan (3rd millennium "
         "BC) from the smelting sites of the Omani hinterland, archaeological objects whose export Oman forbids, "
         "brought in without an import licence (Regulation 2019/880), sent by express from Muscat to a private "
         "collector in Turin; Omani Arabic wording (Bronze Age metal objects repeat in many sets; copper bun "
         "ingots and Magan were found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-07", "import", "ATROAD01", "road", "IR", ["TR", "BG", "RS", "HU"], "AT", "680292",
         "تابلوی سنگی حکاکی‌شده، طرح تخت جمشید، صنایع دستی شیراز، نو، ۱ عدد", "IR", 140, 1, 400, "EUR",
         "new Shiraz craft plaques in Persepolis style are cut in pale, soft stone, crisply and evenly tooled "
         "and stained to look old; this is a dense, polished dark-grey limestone relief of two guards with spears "
         "and a row of rosettes, weathered on its faces, with lichen on the top edge and fresh saw cuts on the "
         "back: an Achaemenid relief fragment (6th-5th century BC) from the Persepolis region, archaeological "
         "heritage whose export Iran forbids, brought in without an import licence (Regulation 2019/880), on an "
         "Iranian lorry through Türkiye, Bulgaria, Serbia and Hungary to Vienna for a dealer; Persian wording "
         "(Iranian antiquities under craft labels repeat in many sets; Persepolis and an Achaemenid relief were "
         "found in no earlier row by a keyword search)", firm("Alpina Orientkunst GmbH", "AT")),
        ("CUL-08", "export", "DEAIR01", "air", "DE", [], "KW", "570110",
         "Gebrauchter handgeknüpfter Wollteppich, Fragment, restaurierungsbedürftig, 1 Stück", "IR", 18, 1, 900,
         "EUR",
         "a used hand-knotted rug needing restoration is a 20th-century piece worth hundreds; this fragment is a "
         "Kerman 'vase-technique' carpet of the Safavid period (17th century) with a three-plane lattice, a "
         "cotton and silk foundation, natural dyes with abrash and the collection label of a 1930s museum "
         "deaccession, valued at over 400,000 EUR in an auction house's condition report: a cultural good over "
         "100 years old above the value threshold, exported without the EU export licence (Regulation 116/2009) "
         "and the German permit for nationally valuable cultural property, flown from Frankfurt to Kuwait for a "
         "collector; German wording (a Safavid carpet or a carpet fragment was found in no earlier row by a "
         "keyword search)", {"importer_country": "KW"}),
        ("CUL-09", "import", "BEAIR01", "express", "BH", [], "BE", "691200",
         "أواني فخارية يدوية من عالي، جديدة، 5 قطع", "BH", 3.5, 5, 35, "BHD",
         "new A'ali pots from the Bahraini village potters are thick, orange-red, wheel-thrown jars with fresh "
         "tool marks; these five are thin, greenish, iridescent glass flasks and bowls with sand-filled weathering "
         "crusts and a small red-ware jug with burial incrustation, from the Tylos-period grave mounds around "
         "A'ali: Hellenistic-Roman glass and pottery (2nd century BC - 3rd century AD), archaeological objects "
         "whose export Bahrain forbids, brought in without an import licence (Regulation 2019/880), sent by "
         "express from Manama to a private buyer in Antwerp; Bahraini Arabic wording (Dilmun seals from the A'ali "
         "mounds repeat twice, as soapstone buttons, blind54 and blind122; Tylos glass under an A'ali pottery "
         "label is the new part as far as a search found)", person("Mme L. Dupont", "BE")),
        ("CUL-10", "import", "BGROAD01", "road", "IQ", ["TR"], "BG", "680919",
         "ألواح جص محفورة يدوياً، صناعة عراقية، جديدة، 12 قطعة", "IQ", 360, 12, 600, "USD",
         "new carved juss (gypsum plaster) panels from Iraqi workshops are white, sharp, cast and hand-finished, "
         "light and chalky; these twelve are greyish, hard, salt-stained panels of bevelled-style vine scrolls in "
         "deep slanted cuts, with mud-brick still stuck to the backs and old whitewash in the grooves: Abbasid "
         "carved stucco (9th century) cut from the walls of houses at Samarra (a World Heritage site), "
         "archaeological objects taken out of Iraq, brought in against the UN embargo on Iraqi cultural property "
         "(Regulation 1210/2003) and without an import licence (Regulation 2019/880), on a lorry from Mosul "
         "through Türkiye to Kapitan Andreevo for a Sofia dealer; Iraqi Arabic wording (stucco repeats in six "
         "sets, as Gandhara heads, and Samarra once, lustreware, blind105; a juss label and Samarra stucco were "
         "found in no earlier row by a keyword search)", firm("Orion Antiki EOOD", "BG")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "852691",
         "GPS-Telemetriesender für die Falknerei, 120 Stück", "DE", 6, 120, 14400, "EUR",
         "falconry GPS trackers are backpack units of 15-30 g with a single-band chip, a small battery, a harness "
         "and a VHF beacon; these 120 are bare, shielded, dual-band, multi-constellation GNSS boards with inputs "
         "for controlled-reception-pattern anti-jam antennas and no battery, harness or beacon, for a Dubai "
         "'falconry equipment' shop whose freight goes on by dhow to Bandar Abbas: GNSS receivers listed among "
         "the goods whose sale for use in Iran's drone programme Regulation 2023/1529 forbids, exported through "
         "the Emirates; German wording (GNSS modules repeat in several sets and falconry appears in six earlier "
         "rows, all on birds; a falconry-tracker label on a controlled good was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "OM", "852692",
         "Afstandsbedieningen voor robotjockeys (kamelenraces), 80 stuks", "NL", 16, 80, 6400, "EUR",
         "robot-jockey remotes are handheld 433 MHz transmitters that crack the little whip and carry the "
         "trainer's voice to a camel a few hundred metres away; these 80 are encrypted, frequency-hopping, "
         "bidirectional long-range datalink modules of the 100 km class with video channels and locking "
         "connectors, for a Muscat 'camel-racing supplies' firm set up last year whose freight crosses to Iran in "
         "the Musandam dhow trade: drone datalinks listed in Regulation 2023/1529 and encryption items controlled "
         "under dual-use 5A002, exported without a licence from Amsterdam; Dutch wording (drone components for "
         "Iran repeat in many sets and drone data links under router and radio labels in a few, blind47 and "
         "blind48; camel-racing and robot-jockey labels were found in no earlier row by a "
         "keyword search)", {"importer_country": "OM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", ["GE"], "AM", "841939",
         "Essiccatoi per zafferano, armadi riscaldati, 2 unità", "IT", 9000, 2, 28000, "EUR",
         "saffron dryers are small electric cabinets with trays that work at 40-60 °C and weigh a few hundred "
         "kilos; these two weigh 4.5 t each and are vacuum furnaces with water-cooled double-walled chambers, "
         "graphite heating elements, a diffusion-pump stack and controllers rated to 1,600 °C, for a Yerevan "
         "'agro-food' firm whose transport order ends at Agarak on the Iranian border: vacuum furnaces controlled "
         "under dual-use 2B226/2B227 and listed in the Iran regulation (267/2012), exported without a licence, by "
         "sea from Genoa to Poti and on by road through Georgia; Italian wording (vacuum furnaces repeat in two "
         "sets; a saffron-dryer label and Agarak were found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "AE", "841940",
         "Alambiques de acero inoxidable para destilación de aceite de oud, 500 l, 2 unidades", "ES", 6400, 2,
         40000, "EUR",
         "oud-oil stills are simple stainless pot stills with a coil condenser, open to inspection, at a few "
         "thousand euros; these two are glass-lined, jacketed 500 l reactors with double mechanical seals, "
         "PTFE-lined valves and a tantalum-repaired condenser, for a Sharjah 'perfume factory' whose forwarder "
         "books them on to Latakia: chemical-manufacturing equipment controlled under dual-use 2B350, exported "
         "without the licence Regulation 2021/821 requires, from Valencia to Jebel Ali; Spanish wording (glass-"
         "lined reactors repeat in several sets; an oud-distillation label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-05", "import", "ITSEA01", "sea", "IQ", [], "IT", "270900",
         "Basrah Medium crude oil, approx. 1,000,000 bbl, loaded at Basrah Oil Terminal", "IQ", 136000000, None,
         75000000, "USD",
         "a Basrah Medium cargo loads at the Basrah Oil Terminal with a SOMO certificate and sails straight from "
         "Iraqi waters; this tanker's AIS went dark for three days off Khor Fakkan, its draught rose there, the "
         "assay (sulphur, API gravity, nickel-vanadium ratio) matches Iranian Heavy and the SOMO certificate "
         "number belongs to another cargo: Iranian crude oil, whose import into the Union Regulation 267/2012 (as "
         "restored in 2025) forbids, discharged at Trieste for the Transalpine pipeline; English wording (Iranian "
         "oil under other origins repeats in three sets; a Basrah Medium label was found in no earlier row by a "
         "keyword search)", firm("Meridian Energia Srl", "IT")),
        ("STR-06", "import", "BESEA01", "sea", "OM", [], "BE", "390120",
         "HDPE film grade granules, Oman origin, 25 kg bags, 4,000 bags", "OM", 100000, 4000, 118000, "USD",
         "Omani HDPE comes in the Sohar producer's printed bags with lot numbers that match its certificate; "
         "these bags were re-bagged: the inner liners are printed in Persian with the grade code of an Assaluyeh "
         "petrochemical plant, the lot numbers match no Omani production, and the granules' density and melt "
         "index match the Iranian grade: Iranian petrochemical products, whose import into the Union Regulation "
         "267/2012 (as restored) forbids, under an Omani certificate of origin, by sea from Sohar to Antwerp; "
         "English wording with Persian on the liners (Iranian goods under third-country origin repeat in several "
         "sets; Iranian polyethylene under Omani origin was found in no earlier row by a keyword search)",
         firm("Central Polymers SA", "BE")),
        ("STR-07", "import", "BESEA01", "sea", "QA", [], "BE", "271111",
         "Liquefied natural gas, Qatar origin, Ras Laffan, 1 cargo", "QA", 70000000, None, 38000000, "USD",
         "a Qatari LNG cargo loads at Ras Laffan and is a rich gas with several per cent of ethane and propane; "
         "this cargo reached Zeebrugge with a Qatari certificate of origin, but the carrier's AIS was dark for "
         "four days off Sohar, its draught rose there, and the gas analysis shows a lean gas of 97-98 % methane "
         "with hardly any ethane, the fingerprint of Arctic Yamal-area liquefaction: Russian LNG transferred ship "
         "to ship, whose import and transhipment Regulation 833/2014 (as extended) forbids; English wording "
         "(Russian LNG repeats twice, once under a Papua New Guinea label in blind139; kept as a repeat of the "
         "good, a Qatari certificate is the new part as far as a search found)",
         firm("Atlantic Gas Trading SA", "BE")),
        ("STR-08", "export", "DKSEA01", "sea", "DK", [], "AE", "850440",
         "Frekvensomformere til højtrykspumper i afsaltningsanlæg, 60 stk.", "DK", 1200, 60, 90000, "EUR",
         "pump drives for desalination plants are low-frequency (0-100 Hz) converters of tens of kW in IP55 "
         "cabinets; these 60 are multiphase converters with an output of 600-2,000 Hz, frequency control better "
         "than 0.2 % and harmonic filters, built to run high-speed motors, for a Jebel Ali 'water technology' "
         "trader whose last shipments went on to Bandar Abbas: frequency changers controlled under dual-use "
         "3A225 and listed in the Iran regulation, exported without a licence from Aarhus; Danish wording "
         "(frequency changers repeat in many sets; desalination appears once, blind133, on an ozone row; "
         "kept as a repeat of the good, a desalination-pump label is the new part)", {"importer_country": "AE"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "OM", "840790",
         "Zweitaktmotoren für Dattelpalmen-Bestäubungsdrohnen, 20 Stück", "AT", 360, 20, 12000, "EUR",
         "date-palm pollination drones are electric multicopters; a piston engine for one would be a small "
         "single-cylinder unit; these twenty are 50 hp two-cylinder boxer engines with dual ignition, a "
         "propeller hub and an integrated generator, at five times the declared price on the maker's list, for "
         "a Khasab 'agricultural drone' firm that ships by speedboat across the Strait of Hormuz: engines for "
         "unmanned aerial vehicles, whose sale for use in Iran Regulation 2023/1529 forbids, flown from Vienna to "
         "Muscat; Austrian German wording (UAV engines repeat in several sets; a pollination-drone label, Khasab "
         "and Musandam were found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR"], "IQ", "902710",
         "Analyzátory plynů pro nápojový průmysl (CO2/O2), 6 ks", "CZ", 1500, 6, 18000, "EUR",
         "beverage gas analysers are portable boxes of a few kilos that measure CO2 and oxygen in cans and "
         "kegs; these six are 250 kg quadrupole mass spectrometers with corrosion-resistant (Monel and nickel) "
         "inlets and ion sources for fluorinated process gases, for a Sulaymaniyah 'soft-drink plant' whose "
         "transport order ends at the Bashmaq crossing into Iran: mass spectrometers controlled under dual-use "
         "3A233 and listed in the Iran regulation, exported without a licence by lorry from Brno; Czech wording "
         "(mass spectrometers repeat in four sets; a beverage-analyser label and Bashmaq were found in no earlier "
         "row by a keyword search)", {"importer_country": "IQ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "SA", [], "DE", "330590",
         "زيت شعر بالأعشاب الطبيعية، 12 علبة × 100 مل", "SA", 1.6, 12, 360, "SAR",
         "herbal hair oils are clear, golden vegetable oils that smell of herbs and stay liquid; these twelve tins "
         "hold a yellowish, soft fat that sets at room temperature, smells of rendered meat and has small bone "
         "flakes at the bottom, and the seller's listing photographed on the parcel calls it 'dihn al-dhubb': fat "
         "rendered from spiny-tailed lizards (Uromastyx aegyptia, CITES App. II), without CITES documents, sent by "
         "express from Riyadh to a private buyer in Essen; Saudi Arabic wording (Uromastyx repeats in four sets, "
         "all as live lizards; dhub oil was found in no earlier row by a keyword search)",
         person("Ahmad Al-Otaibi", "DE")),
        ("WLF-02", "import", "ESAIR01", "air", "AE", [], "ES", "010619",
         "Scottish Fold kittens, pedigree, vaccinated, 3 heads", "AE", 6, 3, 4500, "AED",
         "Scottish Fold kittens have folded ears and round heads and come with pedigree papers and a vet "
         "certificate; these three have wide, upright, low-set ears, broad flat heads, ringed black-tipped tails "
         "and dense fur on the soles of the feet, and hiss and dig into the litter of the transport box: Arabian "
         "sand cats (Felis margarita, CITES App. II), taken from the wild, without CITES documents, flown from "
         "Dubai to Málaga for a Marbella 'exotic pet' buyer; English wording (wild cats under domestic-breed "
         "labels repeat in several sets, caracals as Abyssinian and Chausie kittens; sand cats were found in no "
         "earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("WLF-03", "export", "BEAIR01", "air", "BE", [], "AE", "010639",
         "Postduiven, geringd, met stamboom, 40 stuks", "BE", 20, 40, 60000, "EUR",
         "a Belgian racing-pigeon air shipment for a Dubai loft: ringed pigeons with pedigrees and pigeon feed "
         "are what Flemish fanciers sell to Gulf buyers, but the third item's 'pigeon hatching eggs' are twelve "
         "eggs of 50 g, not 17, cream with dense red-brown mottling, in a heated, padded incubator case: "
         "peregrine falcon eggs (Falco peregrinus, CITES App. I, EU Annex A) taken from nests on church towers and "
         "quarry faces, without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Brussels to Dubai for a falcon breeder; Flemish wording (peregrines repeat in a few sets and racing-pigeon labels on "
         "live falcons in several, blind5, blind68, blind77, blind81 and blind87; falcon eggs as pigeon hatching "
         "eggs behind a real pigeon consignment were found in no earlier row by a keyword search)",
         dict({"importer_country": "AE"},
              _more_items=[item("230990", "Duivenvoer, mengeling, zakken 25 kg, 20 zakken", "BE", 500, 600, "EUR", qty=20),
                           item("040719", "Broedeieren van duiven, 12 stuks", "BE", 0.6, 60, "EUR", qty=12)])),
        ("WLF-04", "transit", "MTAIR01", "air", "LY", ["MT"], "KW", "010639",
         "يمام زينة مطوّق، مربّى في الأسر، 10 طيور في صناديق", "LY", 9, 10, 300, "USD",
         "captive-bred ornamental collared doves weigh 150-200 g, coo, sit quietly in open wire boxes and come "
         "with a breeder's list; these ten closed, darkened boxes weigh far more than doves would, and hold "
         "hooded, hissing birds of 500-800 g with hooked beaks, talons, a rufous crown and the dark moustache "
         "stripe, with jesses cut off and trap scars on the toes: wild-caught lanner falcons (Falco biarmicus, "
         "CITES App. II) without CITES documents, landed at Malta in transit from Tripoli to Kuwait for the "
         "falconry market; Libyan Arabic wording (falcons under bird labels repeat in many sets, mostly as racing "
         "pigeons or hybrids and through Central Asia to Qatar; lanner falcons and a dove label were found in no "
         "earlier row by a keyword search)", {"importer_country": "KW"}),
        ("WLF-05", "import", "DEROAD01", "road", "IR", ["TR", "BG", "RS", "HU", "AT"], "DE", "420500",
         "فرش پوست گاو با چاپ پلنگی، ۳ عدد", "IR", 24, 3, 450, "EUR",
         "printed cowhide rugs have short, stiff cattle hair with a stencilled pattern that lies on top of the "
         "hair; one of these three is a large cat skin with soft, dense winter fur, the rosettes grown into the "
         "hair, and head, paws and claws still on: the skin of a Persian leopard (Panthera pardus tulliana, CITES "
         "App. I), without CITES documents, on an Iranian lorry to a Hamburg carpet trader; Persian wording "
         "(leopard skins repeat in several sets; the Persian leopard was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Teppichhandel GmbH", "DE")),
        ("WLF-06", "import", "ATAIR01", "air", "AM", [], "AT", "160432",
         "Իշխանի ձկնկիթ, Սևան, 100 գ, 200 տուփ", "AM", 20, 200, 3000, "EUR",
         "Sevan trout (ishkhan) roe is orange-red, 5 mm, salty and firm; these 200 tins hold small, glossy, "
         "grey-black eggs that roll apart and taste of nut and sea, with no CITES label on the lids: wild Persian "
         "sturgeon caviar (Acipenser persicus, CITES App. II) from the southern Caspian, carried over the Meghri "
         "border from Iran, without CITES documents, flown from Yerevan to Vienna for a delicatessen; Armenian "
         "wording (caviar repeats in many sets under salmon, pike and trout roe labels; kept as a repeat, an "
         "ishkhan-roe label was found in no earlier row)", firm("Alpina Feinkost GmbH", "AT")),
        ("WLF-07", "import", "FRAIR01", "express", "AE", [], "FR", "330300",
         "مسك الطهارة الأبيض، معجون، 20 علبة", "AE", 0.4, 20, 400, "AED",
         "musk tahara is a soft, white, synthetic-musk paste in small jars, sweet and clean-smelling; six of "
         "these twenty jars hold whole, hairy, walnut-sized pods with a dark, granular, intensely animal-smelling "
         "secretion inside: musk pods of the musk deer (Moschus spp., CITES App. I and II), without CITES "
         "documents, sent by express from a Deira perfume trader to a Grasse perfumer; Gulf Arabic wording (musk "
         "pods repeat in six sets; a musk-tahara label was found in no earlier row by a keyword search)",
         firm("Rivage Matières Premières SARL", "FR")),
        ("WLF-08", "import", "DEAIR01", "express", "AE", [], "DE", "960190",
         "مسبحة عظم جمل، 33 حبة، 10 قطع", "AE", 0.9, 10, 250, "AED",
         "camel-bone misbahas are chalky white beads with dark pores and the fine lines of bone canals; these ten "
         "are creamy, glossy, heavy beads whose cut faces on the imam bead and the tassel head show criss-crossed "
         "Schreger lines: elephant ivory (Loxodonta africana, CITES App. I), without CITES documents, sent by "
         "express from Dubai to a private collector in Berlin; Emirati Arabic wording (ivory under bone labels "
         "repeats in many sets and camel bone once, giraffe, blind121; a misbaha label was found in no earlier "
         "row by a keyword search)", person("Mahmoud Al-Hashimi", "DE")),
        ("WLF-09", "import", "NLAIR01", "air", "OM", [], "NL", "130190",
         "مرّ طبيعي (Commiphora myrrha)، ظفاري، 40 كغ", "YE", 40, None, 800, "USD",
         "myrrh is a reddish-brown, oily, bitter resin in irregular tears that smells balsamic when warmed; these "
         "40 kg are glassy, dark-brown, brittle lumps that shatter like toffee, taste intensely bitter, dissolve "
         "yellow in water and smell of nothing when warmed: Socotran aloe (Aloe perryi, CITES App. II) resin, "
         "'sabr sukutri', without CITES documents, carried from Socotra to Salalah and flown from Muscat to "
         "Amsterdam for a herbal wholesaler; Omani Arabic wording (myrrh appears once, blind59, and an aloe "
         "'sabr' label once, blind128; Socotran aloe was found in no earlier row by a keyword search)",
         firm("Horizon Kruiden BV", "NL")),
        ("WLF-10", "import", "ITPOST01", "post", "IQ", [], "IT", "430400",
         "ياقات فرو صناعي، 6 قطع", "IQ", 2.4, 6, 60, "USD",
         "synthetic fur collars are acrylic pile on a knitted backing, even in colour; these six are real pelts, "
         "dark-brown, short, dense and water-repellent with a paler throat, with leather backs and nail holes "
         "from stretching: smooth-coated otter skins (Lutrogale perspicillata, including the Mesopotamian marshes "
         "subspecies, CITES App. I), without CITES documents, posted from Basra to a private buyer in Rome; Iraqi "
         "Arabic wording (otter pelts repeat twice, under mink and beaver labels, blind65 and "
         "blind141; the smooth-coated otter and the Iraqi marshes were "
         "found in no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "OM", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (aquarium and pond care)", "OM", 2.3, 2, 12,
     "OMR", [("PRECURSOR_LICENCE", "DE-BMI-50-0417")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "express", "AE", "FR", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines), declared as dangerous goods", "AE",
     2.3, 2, 160, "AED", [("PRECURSOR_LICENCE", "FR-MI-50-0093")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "KW", "BE", "381590",
     "Spent hydroprocessing catalysts, Ni-Mo-V on alumina (16 08 02*), for metal recovery at a licensed plant, 60 t",
     "KW", 60000, None, 0, "USD", [("BASEL_CONSENT", "BE-OVAM-50-0061")], "notified spent catalysts to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "QA", "DE", "380290",
     "Spent mercury-removal adsorbent, sulphur-impregnated carbon (06 13 02*), for mercury recovery at a licensed plant, 40 t",
     "QA", 40000, None, 0, "USD", [("BASEL_CONSENT", "DE-NI-50-0112")], "notified mercury-bearing adsorbent to a licensed recovery plant"),
    ("PRM-05", "ozone", "export", "DEAIR01", "air", "DE", "KW", "382720",
     "Recovered halon 1211, hand extinguishers for aircraft cabins, 12 units, for a critical use by a Kuwaiti airline",
     "DE", 48, 12, 3600, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-50-021")], "recovered halon exported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "KW", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for critical use in aircraft fire protection", "KW", 900,
     20, 12000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-50-014")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "QA", "970121",
     "Portrait of a Qajar prince, oil on canvas, Tehran, c. 1820, documented French collection since 1905", "IR",
     14, 1, 600000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-50-0207")],
     "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970610",
     "Sasanian silver-gilt bowl, 6th century, documented Swiss collection since 1965, with the import licence", "IR",
     1.2, 1, 280000, "CHF", [("IMPORT_LICENCE", "DE-BKM-IMP-50-0019")],
     "archaeological object imported with the import licence of Regulation 2019/880"),
    ("PRM-09", "strategic", "export", "DKSEA01", "sea", "DK", "SA", "850440",
     "Frequency changers, 600-2,000 Hz output, 4 units, for a Saudi university's high-speed rotor test rig", "DK",
     80, 4, 24000, "EUR", [("EXPORT_LICENCE", "DK-ERST-50-0217"), ("END_USER_CERTIFICATE", "SA-KACST-EUC-50-0041")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "QA", "841940",
     "Glass-lined jacketed reactors, 500 l, double mechanical seals, 2 units, for a Qatari pharmaceutical plant",
     "ES", 6400, 2, 180000, "EUR", [("EXPORT_LICENCE", "ES-SGCOMEX-50-0386"), ("END_USER_CERTIFICATE", "QA-MOCI-EUC-50-0027")],
     "dual-use chemical-process equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "ESAIR01", "air", "ES", "QA", "010639",
     "Captive-bred saker falcons (Falco cherrug), closed-ringed and microchipped, 6 birds", "ES", 7, 6, 30000, "EUR",
     [("CITES_PERMIT", "ES-CITES-50-0411")], "App. II captive-bred falcons with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "AE", "FR", "330129",
     "Agarwood oil from plantation Aquilaria crassna, 1 kg, re-exported from the United Arab Emirates", "VN", 1, None,
     9000, "USD", [("CITES_PERMIT", "AE-MOCCAE-RE-50-0133")], "App. II plantation agarwood oil with its re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Mme Claire Martin", "PRM-03": "Central Metals Recovery SA",
    "PRM-04": "Nordhafen Quecksilber-Recycling GmbH", "PRM-06": "Delta Aviation Fire Services BV",
    "PRM-12": "Rivage Parfums SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises, with Gulf, Iraqi and Iranian trade
    ("220190", "Luban (frankincense-infused) drinking water, 1 l bottles", "import", ["post"], ["OM"], (3, 6), (1, 4), ["OMR", "EUR"], 1, S),
    ("290949", "Dipropylene glycol (DPG), perfumery grade, 1 l", "import", ["express"], ["AE", "SA"], (8, 14), (1, 4), ["AED", "USD"], 1, S),
    ("170290", "Qatr sugar syrup for kunafa, 4 l jerrycans", "import", ["air"], ["KW", "AE"], (1.5, 3), (500, 2000), ["USD", "KWD"], 0.25, S),
    ("340290", "RO membrane cleaning solution, citric-acid based, 1 l", "import", ["express"], ["SA", "AE"], (10, 20), (1, 4), ["SAR", "USD"], 1, S),
    ("210690", "Non-dairy coffee whitener for karak tea, 1 kg tubs", "import", ["sea"], ["QA", "AE"], (2, 4), (4000, 10000), ["USD", "QAR"], 1, S),
    ("330749", "Carpet freshener powder, oud scent, 500 g", "import", ["air"], ["BH", "AE"], (3, 6), (200, 800), ["USD"], 2, S),
    ("140490", "Tabashir (bamboo silica), attari herb, 250 g", "import", ["post"], ["IR", "IN"], (20, 40), (1, 3), ["EUR", "USD"], 4, S),
    ("330190", "Taif rose water, distilled, 1 l glass bottles", "import", ["air"], ["SA"], (10, 20), (300, 1200), ["SAR", "USD"], 0.8, S),
    ("110429", "Peeled wheat for harees, 5 kg bags", "import", ["sea"], ["OM", "TR"], (0.8, 1.5), (10000, 20000), ["USD", "EUR"], 0.2, S),
    ("852859", "LED video-wall panels, new, with pixel-test reports", "export", ["sea"], ["AE", "QA"], (150, 300), (2000, 8000), ["EUR"], 0.05, S),
    ("261310", "Roasted molybdenum concentrate (technical molybdic oxide)", "import", ["sea"], ["CL", "PE"], (20, 35), (20000, 40000), ["USD"], None, S),
    ("850213", "Diesel generating sets, new, 500 kVA", "export", ["sea"], ["IQ", "KW"], (15, 25), (8000, 20000), ["EUR"], 0.0002, S),
    ("381400", "Nitrocellulose lacquer thinner, new, drums", "export", ["sea"], ["AE", "OM"], (1.2, 2.2), (8000, 16000), ["EUR"], None, S),
    ("380210", "Sulphur-impregnated activated carbon, new, for mercury removal", "import", ["sea"], ["IN", "CN"], (3, 6), (10000, 20000), ["USD"], None, S),
    ("281700", "Zinc oxide, rubber grade, 99.5 %", "import", ["sea"], ["TR", "IN"], (2.5, 3.5), (15000, 25000), ["USD"], None, S),
    ("630790", "Oil-absorbent booms and pads, polypropylene, new", "export", ["sea"], ["KW", "SA"], (4, 8), (2000, 6000), ["EUR"], 0.1, S),
    ("282739", "Ferric chloride solution 40 %, water-treatment grade", "export", ["sea"], ["BH", "OM"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("841869", "Drinking-water coolers for mosques, stainless, R-600a", "import", ["sea"], ["SA", "TR"], (8, 14), (2000, 6000), ["USD", "SAR"], 0.015, S),
    ("841869", "Ice-block plants, new, ammonia refrigeration", "export", ["sea"], ["IQ", "KW"], (6, 10), (8000, 20000), ["EUR"], 0.0002, S),
    ("080410", "Zahdi dates, dried, 10 kg cartons", "import", ["sea"], ["IQ", "SA"], (0.8, 1.6), (15000, 22000), ["USD"], 0.1, S),
    ("392690", "Insulated food-delivery boxes, cyclopentane-blown foam", "import", ["sea"], ["AE", "CN"], (6, 10), (2000, 6000), ["USD"], 0.3, S),
    ("330300", "Oud body spray, 200 ml, butane propellant", "import", ["sea"], ["AE"], (4, 7), (3000, 8000), ["USD", "AED"], 3, S),
    ("381400", "Correction-fluid thinner, methylcyclohexane based, 20 ml", "import", ["post"], ["IR", "TR"], (20, 40), (1, 3), ["EUR"], 40, S),
    ("842410", "Water-mist cabin fire extinguishers, 2 l, aviation", "export", ["air"], ["IQ", "QA"], (30, 60), (50, 300), ["EUR"], 0.25, S),
    ("690410", "Reclaimed handmade clay bricks, decorative", "import", ["road"], ["TR", "MK"], (0.3, 0.6), (15000, 22000), ["EUR"], 0.4, S),
    ("970191", "Modern copies of Qajar-style portraits, oil on canvas", "export", ["air"], ["QA", "AE"], (80, 200), (20, 100), ["EUR"], 0.1, S),
    ("442090", "Isfahan khatam inlaid boxes, new", "import", ["air"], ["IR"], (40, 80), (50, 200), ["EUR"], 2, S),
    ("741810", "Isfahan qalamzani engraved copper bowls, new", "import", ["air"], ["IR"], (30, 60), (50, 200), ["EUR"], 1, S),
    ("680299", "Hail sandstone calligraphy plaques, new", "import", ["air"], ["SA"], (4, 8), (100, 500), ["USD"], 0.05, S),
    ("691390", "Clay souvenir figurines, new, glazed", "import", ["express"], ["KW", "AE"], (20, 40), (1, 3), ["USD"], 5, S),
    ("741980", "Cast copper doorstops, handmade, new", "import", ["express"], ["OM", "IN"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("680292", "Persepolis-style limestone wall plaques, new, Shiraz craft", "import", ["road"], ["IR", "TR"], (2, 5), (1000, 4000), ["EUR"], 0.02, S),
    ("570110", "Hand-knotted wool rugs, used, 20th century", "export", ["air"], ["KW", "QA"], (100, 300), (20, 200), ["EUR"], 0.05, S),
    ("691200", "A'ali handmade earthenware pots, new", "import", ["express"], ["BH"], (15, 30), (1, 4), ["USD"], 1, S),
    ("680919", "Carved juss (gypsum) wall panels, new, Iraqi craft", "import", ["road"], ["IQ", "TR"], (2, 4), (1000, 4000), ["EUR"], 0.1, S),
    ("852691", "Falconry GPS trackers, 25 g, with harness", "export", ["express"], ["AE", "QA"], (300, 600), (1, 3), ["EUR"], 20, S),
    ("852692", "Robot-jockey remote controls for camel racing, 433 MHz", "export", ["air"], ["OM", "AE"], (100, 200), (50, 200), ["EUR"], 4, S),
    ("841939", "Saffron-drying cabinets, electric, 40-60 °C", "export", ["road"], ["AM", "GE"], (10, 20), (500, 2000), ["EUR"], 0.01, S),
    ("841940", "Stainless pot stills for oud and rose oil, 200 l", "export", ["sea"], ["AE", "IN"], (15, 25), (1000, 4000), ["EUR"], 0.005, S),
    ("390120", "HDPE film-grade granules, 25 kg bags", "import", ["sea"], ["SA", "AE"], (1, 1.5), (18000, 24000), ["USD"], None, S),
    ("850440", "Variable-speed pump drives, 0-100 Hz, IP55", "export", ["sea"], ["AE", "SA"], (30, 60), (1000, 5000), ["EUR"], 0.05, S),
    ("850131", "Brushless motors for agricultural spraying drones", "export", ["air"], ["AE", "SA"], (60, 120), (50, 300), ["EUR"], 1, S),
    ("902710", "Portable CO2 and O2 analysers for beverage plants", "export", ["road"], ["IQ", "TR"], (200, 400), (50, 200), ["EUR"], 0.1, S),
    ("330590", "Herbal hair oil, sesame and henna, 100 ml", "import", ["express"], ["SA", "AE"], (15, 30), (1, 3), ["SAR", "USD"], 8, S),
    ("330300", "Musk tahara, synthetic white musk paste, 10 g jars", "import", ["express"], ["AE", "SA"], (40, 80), (1, 2), ["AED", "USD"], 50, S),
    ("442090", "Olive-wood misbaha prayer beads, 33 beads", "import", ["express"], ["AE", "JO"], (30, 60), (1, 2), ["USD"], 15, S),
    ("420500", "Printed cowhide rugs, leopard pattern", "import", ["road"], ["TR", "IR"], (20, 40), (200, 1000), ["EUR"], 0.15, S),
    ("130190", "Myrrh resin (Commiphora myrrha), natural tears", "import", ["air"], ["OM", "SO"], (15, 30), (50, 300), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Bamboo spice racks, wall-mounted", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 4000), ["USD"], 1, N),
        ("392490", "Plastic shower caddies", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 3, N),
        ("691200", "Ceramic salt and pepper shaker sets", "import", ["sea"], ["CN", "PT"], (2, 4), (2000, 6000), ["USD", "EUR"], 4, N),
        ("480256", "Origami paper packs, coloured squares", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind146", 20500701, HERE)


if __name__ == "__main__":
    main()
