#!/usr/bin/env python3
"""Writes the three-hundredth blind set (tests/risk/data/blind300-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: lighting, lamps and chandelier retail
(lighting shops and showrooms, chandelier makers and restorers, lamp importers and wholesalers,
lampshade and lamp-base workshops, LED and bulb suppliers, lighting designers and their fitters).
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
only where a real declaration would. Ids are BL300-*:

    python3 tests/risk/data/make_blind300_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROAIR01", "express", "TR", [], "RO", "340290",
         "Kristal avize temizleme sıvısı, durulamasız, 1 litre x 6 şişe", "TR", 6.8, 6, 60, "EUR",
         "the drip-dry cleaners sold for crystal chandeliers are dilute alcohol and surfactant sprays of about "
         "1.0 kg/l that are misted onto the prisms; these six litre bottles hold a water-clear liquid of 1.13 kg/l "
         "with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Istanbul to a private person in Cluj who resells it in small bottles; "
         "Turkish wording (hydrogen peroxide repeats in many sets and a chandelier-cleaner label once, blind195, on an "
         "ozone good; a chandelier-cleaner label on a precursor was found in no earlier row)", person("Ioana Popescu", "RO")),
        ("PRE-02", "import", "FRAIR01", "air", "IN", [], "FR", "381400",
         "पीतल के लैंप बेस के लिए लैकर थिनर, 1 लीटर, 48 बोतलें", "IN", 54.7, 48, 290, "USD",
         "the thinner Moradabad brass-lamp makers use for their clear lacquer is a ketone and ester blend of "
         "0.85 kg/l that smells of pear drops; these 48 bottles hold an oily, faintly fruity liquid of 1.14 kg/l and "
         "the filler's drum label under the sticker reads 'CH3NO2', for a Lyon lamp importer whose web shop sells "
         "the 'thinner' by the litre to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Delhi; Hindi wording (nitromethane repeats in many sets and thinner "
         "labels on it in several; a brass-lamp lacquer thinner was found in no earlier row by a keyword search)",
         firm("Horizon Luminaires SARL", "FR")),
        ("PRE-03", "import", "GRSEA01", "sea", "EG", [], "GR", "340290",
         "مزيل الجير لأباجورات الزجاج، عبوة 1 لتر، 1,500 عبوة", "EG", 2760, 1500, 2100, "USD",
         "the limescale removers sold for glass lamp shades are mild citric or acetic gels of about 1.05 kg/l; "
         "these 1,500 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars the carton where it leaked, for a Piraeus lighting wholesaler that sells the litre bottles over the "
         "counter: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea "
         "from Alexandria; Egyptian Arabic wording (sulphuric acid repeats in many sets and descaler labels on it in "
         "several; a lampshade descaler was found in no earlier row by a keyword search)",
         firm("Orion Fotistika AE", "GR")),
        ("PRE-04", "import", "HUROAD01", "road", "RS", [], "HU", "340590",
         "Прах за полирање кристалних призми за лустере, кесе 1 кг, 300 кеса", "RS", 300, 300, 1500, "EUR",
         "the polishing powders chandelier restorers use on scratched prisms are pinkish cerium or tin oxide that "
         "never dissolves; these 300 bags hold a white, crystalline powder that dissolves slowly, flares with sugar "
         "on a hot plate and whose inner liners read 'KClO4', for a Szeged lighting shop whose web shop sells 1 kg "
         "bags to anyone: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, in a "
         "van at Röszke; Serbian wording (potassium perchlorate repeats in many sets and polishing-powder labels on "
         "it in a few, blind264 among them; kept as a repeat of the family, a chandelier-prism label from Serbia is "
         "the new part as far as a search found)", firm("Delta Világítás Kft.", "HU")),
        ("PRE-05", "import", "ITSEA01", "sea", "PK", [], "IT", "250100",
         "Himalayan pink rock salt chunks for salt-lamp baskets, 25 kg sacks, 600 sacks", "PK", 15000, 600, 3000,
         "USD",
         "salt-lamp chunks are hard, pink, glassy lumps of rock salt that dissolve slowly and taste of salt; these "
         "600 sacks hold round, pink-dyed, porous prills that turn ice-cold and vanish in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Bologna salt-lamp and lighting wholesaler that re-packs them in 1 kg "
         "'bath and basket' bags for the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Karachi to Genoa; Pakistani English wording (ammonium nitrate repeats "
         "in many sets and salt labels on it in several; a salt-lamp label was found in no earlier row by a keyword "
         "search)", firm("Alpina Lampade di Sale Srl", "IT")),
        ("PRE-06", "import", "BEPOST01", "post", "MA", [], "BE", "382499",
         "Cristaux anti-ternissement pour lanternes en laiton, 4 sachets de 500 g", "MA", 2.0, 4, 250, "MAD",
         "the anti-tarnish sachets sold with pierced brass lanterns are small silica or activated-carbon pads of a "
         "few grams; these four bags hold loose, white crystals with no smell that flare on a match with sugar and "
         "whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Marrakesh to a private "
         "person in Liège; Moroccan French wording (sodium chlorate repeats in many sets and Moroccan lanterns as "
         "cultural covers in blind97 and blind205; a lantern anti-tarnish label on a precursor was found in no "
         "earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-07", "import", "DEAIR01", "air", "VN", [], "DE", "382499",
         "Dung dịch làm mờ kính chao đèn (phun sương), 1 lít, 96 chai", "VN", 134, 96, 480, "USD",
         "the glass-frosting liquids lampshade workshops brush on are ammonium-bifluoride pastes or matt lacquers "
         "of 1.1 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into "
         "a copper wire, for a Hamburg lamp web shop that sells the bottles to hobby glass-painters: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Hanoi; Vietnamese "
         "wording (nitric acid repeats in many sets and frosting labels on glass goods in a few; a lampshade "
         "frosting label on nitric acid is the new part as far as a search found)",
         firm("Nordhafen Leuchten GmbH", "DE")),
        ("PRE-08", "import", "NLSEA01", "sea", "ID", [], "NL", "382499",
         "Garam pengeras sumbu lampu minyak, karung 25 kg, 640 karung", "ID", 16000, 640, 6400, "USD",
         "the stiffening salts oil-lamp and lantern-wick makers use are borax and ammonium-sulphate mixtures that "
         "dissolve quietly; these 640 sacks hold shiny, white flakes that crackle and spit violet sparks on a hot "
         "iron, and the maker's sheet gives CAS 3811-04-9, for a Tilburg garden-lantern wholesaler that re-bags the "
         "salt in 1 kg packs on its web shop: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, by sea from Surabaya to Rotterdam; Indonesian wording (potassium chlorate repeats in many sets "
         "and wick labels in several, on candle goods; a lamp-wick stiffening salt was found in no earlier row by a "
         "keyword search)", firm("Horizon Lampen BV", "NL")),
        ("PRE-09", "import", "FIAIR01", "air", "TH", [], "FI", "283327",
         "ผงแบเรียมซัลเฟตสำหรับแผ่นกระจายแสงโคมไฟ LED, ถุง 1 กก., 250 ถุง", "TH", 250, 250, 750, "USD",
         "barium sulphate for LED diffuser plates is a dense, white, chalky powder (4.5 g/cm3 as a solid) that never "
         "dissolves; these 250 bags hold a light, hygroscopic powder that dissolves at once, turns damp in the air "
         "and burns fiercely with sugar, for a Tampere lighting shop that sells the bags over the counter: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Bangkok to Helsinki; "
         "Thai wording (sodium perchlorate repeats in many sets; a barium-sulphate LED-diffuser label was found in no "
         "earlier row by a keyword search)", firm("Vega Valaisin Oy", "FI")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "340290",
         "Засіб для очищення вуликів, концентрат, каністри 5 л, 400 каністр (1-ша з 3 відправок)", "UA", 2400,
         400, 2000, "EUR",
         "beehive cleaners are mild, soapy, soda-based liquids of about 1.03 kg/l; these 400 cans hold a "
         "water-clear liquid of 1.20 kg/l with vented caps that does not foam, whitens the skin and fizzes on rust, "
         "the first of three vans booked that week each kept under 2.5 t, for a Lublin beekeeping-supply shop that "
         "sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, at Dorohusk; Ukrainian wording (hydrogen peroxide repeats in many sets and splits "
         "over three vans in several, blind264 and blind296 among them, kept as a repeat; a beehive-cleaner label "
         "is the new part as far as a search found; a row outside the set's trade)",
         firm("Central Pasieka Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "853952",
         "LED-filamentlampen, nieuw, E27, 200.000 stuks", "NL", 8000, 200000, 16000, "EUR",
         "new LED filament bulbs come boxed one by one in printed cartons with a date code; these gaylords hold "
         "loose bulbs and fittings returned to a Venlo lighting distributor's returns centre, flickering, dead, "
         "cracked or with burnt drivers, mixed with CFLs and halogen capsules, at 0.08 EUR each and with no test "
         "report: waste electrical equipment and lamps (A1180, 20 01 21* for the CFLs), whose export to a non-OECD "
         "country is banned, from Rotterdam to Lagos; Dutch wording (dead lamps and CFLs as e-waste repeat in "
         "several sets, kept as a repeat of the good; a new LED-filament-bulb label was found in no earlier row by a "
         "keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "382499",
         "Leštící suspenze na bázi oxidu ceru, regenerovaná, k opětovnému použití, 20 t", "CZ", 20000, None, 1000,
         "EUR",
         "regenerated cerium polishing slurry is a pinkish, fine suspension with a maker's analysis; these IBCs "
         "hold a grey, heavy sludge that reads 18 % lead oxide, settled from the cutting and polishing lines of a "
         "Bohemian lead-crystal chandelier and prism works: glass-grinding sludge containing dangerous substances "
         "(10 11 13*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Slovakia for "
         "an Uzhhorod 'glass works'; Czech wording (grinding sludges repeat in many sets, kept as a repeat of the "
         "good; from a chandelier-crystal works is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "340590",
         "Pasta lucidante per ottone, recuperata, in fusti, 18 t", "IT", 18000, None, 900, "EUR",
         "brass polishing paste is a waxy, ochre compound in tins or bars; these drums hold a wet, blue-green "
         "filter-press cake that smells of almonds under acid and reads copper, zinc and free cyanide, from the "
         "plating line of a Brianza brass-lamp and chandelier-arm maker: cyanide plating sludge (11 01 09*, A4050), "
         "hazardous waste whose export to a non-OECD country is banned, from La Spezia to Sfax; Italian wording "
         "(plating sludges repeat in several sets; a brass-polish label from a lamp maker is the new part as far as "
         "a search found)", {"importer_country": "TN"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MR", "940542",
         "Kits de farolas solares usados, en funcionamiento, 600 unidades", "ES", 24000, 600, 6000, "EUR",
         "working solar street-light kits are a panel, a lamp head and a sealed battery per pole, tested and "
         "labelled; these crates hold mostly the batteries alone, 600 swollen, leaking 100 Ah lead-acid gel "
         "blocks taken out of a municipal solar lighting contract in Andalusia, with a few broken lamp heads on "
         "top: waste lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is "
         "banned, from Algeciras to Nouakchott; Spanish wording (solar street lights repeat in blind189, blind197 "
         "and blind239, kept as a repeat; lead-acid blocks under a solar street-light kit label to Mauritania are "
         "the new part as far as a search found)", {"importer_country": "MR"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "GH", "940599",
         "Lampenkappen, stof, nieuw, 3.000 stuks", "BE", 1500, 3000, 6000, "EUR",
         "a lighting container for Accra: new lampshades and LED bulbs are what Antwerp wholesalers ship to Accra's "
         "lighting shops, but the third item's 'gebruikte staande lampen en tafellampen, voor hergebruik' are some "
         "4 t of lamps, halogen floor lamps, transformers, dimmers and fluorescent fittings cleared out of a closing "
         "Ghent lighting showroom, broken and untested, with tubes still in: waste electrical equipment and lamps "
         "(A1180, 20 01 21*), whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration; Flemish wording (used lamps as e-waste repeat in many sets and behind shop goods in a few; "
         "behind new lampshades to Ghana is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("853952", "LED-lampen, nieuw, 20.000 stuks", "BE", 1200, 16000, "EUR", qty=20000),
                           item("940529", "Gebruikte staande lampen en tafellampen, voor hergebruik, 1 partij", "BE",
                                4000, 800, "EUR")])),
        ("WST-06", "export", "HRROAD01", "road", "HR", [], "BA", "340290",
         "Kiselo sredstvo za čišćenje stakla, IBC 1000 l, 18 kom", "HR", 21600, 18, 900, "EUR",
         "an acid glass cleaner is a clear, mild phosphoric or citric blend with a data sheet; these 18 IBCs "
         "hold a cloudy, white-grey liquid that etches a glass jar within minutes and reads hydrofluoric acid and "
         "lead, drained from the frosting and acid-polishing tanks of a Zagreb region lamp-glass works: spent acid "
         "baths with hydrofluoric acid (06 01 03*, 11 01 05*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry at Stara Gradiška for a Banja Luka 'cleaning firm'; Croatian wording (spent acids "
         "repeat in many sets; lamp-glass frosting baths to Bosnia are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "IN", "940539",
         "Lichterketten, gebraucht, funktionsfähig, 12 t", "DE", 12000, None, 2400, "EUR",
         "used working light chains would come coiled and tested, one kind to a box; these bales are a tangle of "
         "dead Christmas and fairy lights, incandescent and LED, with transformers, PVC flex and broken plugs, "
         "collected by a Hamburg lighting retailer's take-back scheme and bought by weight by a Delhi yard that "
         "burns them for copper: waste electrical equipment and PVC-insulated cable (A1180, A1190), whose export "
         "to a non-OECD country is banned; German wording (light chains and fairy lights repeat twice as covers, kept "
         "as a repeat of the label; to India for cable burning is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "SN", "382499",
         "Liquide de flottaison pour optiques tournantes, en flacons, 1,2 t", "FR", 1200, None, 600, "EUR",
         "there is no lawful 'floating liquid' of this weight: these steel flasks hold 1.2 t of silvery, "
         "mercury drained from the rotating-lens baths of decommissioned French lighthouses, grey with oxide and "
         "glass grit: metallic mercury waste (16 03 07*) whose export the Mercury Regulation (EU) 2017/852 and the "
         "waste shipment rules forbid, from Le Havre to a Dakar 'gold buyer' supplying artisanal mines; French "
         "wording (mercury repeats in many sets and lighthouses twice; a lens-flotation-liquid label is the new part "
         "as far as a search found; a row outside the set's trade)", {"importer_country": "SN"}),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Marine fuel oil blend, bunker grade, 600 t", "MT", 600000, None, 120000, "USD",
         "bunker fuel comes with a bunker delivery note and a lab sheet within the sulphur limits; this cargo is a "
         "black, watery, layered sludge of tank washings and bilge oil with 30 % water, collected from ships in "
         "Marsaxlokk: oily waste (13 04 03*, 16 07 08*), hazardous waste whose export to a non-OECD country is "
         "banned, by tanker to Tobruk; English wording from Malta (bilge waste as fuel repeats in many sets, kept as "
         "a repeat; Malta to Libya is the new part as far as a search found; a row outside the set's trade)",
         {"importer_country": "LY"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "681182",
         "Chapas onduladas de fibrocimento, usadas, para reutilização, 2.400 unidades", "PT", 36000, 2400, 2400,
         "EUR",
         "fibre-cement sheets made since 2005 are cellulose-reinforced and asbestos-free; these 2,400 weathered "
         "sheets, stripped from 1970s farm sheds near Santarém, are stamped 'Lusalite' with dates and show "
         "chrysotile fibres at the broken edges: asbestos-containing construction waste (17 06 05*, A2050), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Praia; Portuguese wording "
         "(asbestos sheets repeat in many sets, kept as a repeat; to Cape Verde is the new part as far as a search "
         "found; a row outside the set's trade)", {"importer_country": "CV"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESAIR01", "air", "MX", [], "ES", "340590",
         "Limpiador en aerosol para candiles de cristal, sin enjuague, 12 cajas de 12 latas", "MX", 130, 144, 900,
         "USD",
         "drip-dry chandelier sprays are water, alcohol and a wetting agent at low pressure that drip off the "
         "prisms and burn if lit; these 144 cans weigh heavy for their size, spray a liquid that evaporates cold, "
         "does not burn, smells faintly of chloroform and the filler's drums read 'R-113': CFC-113 "
         "(trichlorotrifluoroethane) in aerosols, products whose import into the Union is banned, flown from "
         "Guadalajara to Madrid for a lighting showroom; Mexican Spanish wording (CFC-113 repeats in many sets and "
         "chandelier and crystal-cleaner labels twice, blind195 and blind275; kept as a repeat of the label, from Mexico is the new part)",
         firm("Atlantic Iluminación SL", "ES")),
        ("OZN-02", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "LED模组清洗剂 (不燃型), 20升桶, 30桶", "CN", 744, 30, 1500, "USD",
         "the cleaners LED-module assemblers use are isopropanol or hydrocarbon blends of 0.8 kg/l that burn; "
         "these 30 drums weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and do not burn: "
         "HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from Shenzhen to "
         "Prague for a luminaire maker; Chinese wording (HCFC-141b under solvent labels repeats in many sets, kept "
         "as a repeat of the family; an LED-module cleaner label was found in no earlier row by a keyword search)",
         firm("Orion Svítidla s.r.o.", "CZ")),
        ("OZN-03", "import", "LVRAIL01", "rail", "UZ", [], "LV", "280429",
         "Lampa to'ldirish uchun kripton-argon gaz aralashmasi, 40 l ballonlar, 60 dona", "UZ", 3000, 60, 3600,
         "USD",
         "krypton-argon fill gas for incandescent and halogen bulbs is a permanent gas at 150 bar of a few kilograms "
         "a cylinder; these 60 cylinders hold 50 kg of liquid each, read 5.7 bar at 20 °C, and the valves carry "
         "old 'Ф-12' stamps under the new paint: CFC-12 (dichlorodifluoromethane), whose import into the Union is "
         "banned, on a wagon at Indra for a Riga bulb and lamp wholesaler; Uzbek wording (CFC-12 repeats in many "
         "sets and krypton labels in a few, on other goods; a lamp-fill-gas label on CFC-12 is the new part as far "
         "as a search found)", firm("Vega Apgaismojums SIA", "LV")),
        ("OZN-04", "import", "PTAIR01", "air", "IN", [], "PT", "381400",
         "விளக்கு கண்ணாடி கிரீஸ் நீக்கி, 1 லிட்டர், 80 பாட்டில்கள்", "IN", 127, 80, 320, "USD",
         "the degreasers lamp assemblers wipe glass shades with are alcohol or citrus blends of 0.8 kg/l that burn; "
         "these 80 bottles weigh 1.59 kg/l, do not burn and smell sweet like chloroform: carbon tetrachloride, "
         "whose import into the Union is banned, flown from Chennai to Porto for a lamp-assembly workshop; Tamil "
         "wording (carbon tetrachloride repeats in many sets under cleaner labels, kept as a repeat of the family; a "
         "lamp-glass degreaser label in Tamil was found in no earlier row by a keyword search)",
         firm("Rivage Iluminação Lda", "PT")),
        ("OZN-05", "import", "ITSEA01", "sea", "MY", [], "IT", "390729",
         "Campuran poliol sedia guna untuk tapak lampu PU tegar, dram 200 kg, 80 dram", "MY", 16000, 80, 38400,
         "USD",
         "pre-blended polyols for moulded rigid-foam lamp bases are blown with water, pentane or HFOs and carry a "
         "data sheet; these 80 drums bulge in the sun, hiss when opened and a drum sample boils off a sweetish gas "
         "that a detector names CFC-11 at 14 %: a polyol blend containing trichlorofluoromethane, a product whose "
         "import into the Union is banned (Regulation 2024/590), by sea from Port Klang to Genoa for a lamp-base "
         "moulder; Malay wording (CFC-11 in polyol blends repeats in many sets, kept as a repeat of the good; a "
         "lamp-base moulding label is the new part as far as a search found)",
         firm("Central Basi Lampade Srl", "IT")),
        ("OZN-06", "import", "FRSEA01", "sea", "PH", [], "FR", "381400",
         "Pampanipis ng pandikit para sa lampshade, 20 litro, 90 galon", "PH", 2412, 90, 1800, "USD",
         "the thinners lampshade laminators use for their styrene-panel adhesive are toluene or acetone blends of "
         "0.85 kg/l that burn; these 90 cans weigh 1.34 kg/l, do not burn, smell sweet and the filler's drums read "
         "'1,1,1-TCA': methyl chloroform (1,1,1-trichloroethane), whose import into the Union is banned, by sea from "
         "Manila to Marseille for a lampshade workshop; Tagalog wording (methyl chloroform repeats in many sets; a "
         "lampshade-adhesive thinner label was found in no earlier row by a keyword search)",
         firm("Meridian Abat-jour SARL", "FR")),
        ("OZN-07", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "381400",
         "Soluție de curățare pentru fibră optică (tavane înstelate), canistre 25 l, 40 bucăți", "CN", 1550, 40,
         2000, "USD",
         "the cleaners fibre-optic star-ceiling fitters use on the light-engine ends are isopropanol wipes and "
         "small sprays of 0.79 kg/l; these 40 cans weigh 1.55 kg/l, do not burn and a detector names HCFC-225ca/cb: "
         "dichloropentafluoropropanes, moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit from Ningbo to a Chișinău lighting installer; Romanian wording from Moldova "
         "(HCFC-225 repeats in several sets; a star-ceiling fibre-optic cleaner label was found in no earlier row by "
         "a keyword search)", {"importer_country": "MD"}),
        ("OZN-08", "import", "BGSEA01", "sea", "GE", [], "BG", "382764",
         "მაცივარი აგენტი R-407C, ბალონები 11.3 კგ, 200 ცალი", "GE", 2260, 200, 7000, "USD",
         "R-407C is an HFC blend in refillable cylinders with a certificate and quota papers; these 200 "
         "disposable cylinders read 9.1 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old Chinese "
         "stamps: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Poti to Burgas "
         "for a Varna air-conditioning workshop; Georgian wording (HCFC-22 under HFC labels repeats in many sets, "
         "kept as a repeat; from Georgia to Burgas is the new part as far as a search found; a row outside the set's "
         "trade)", firm("Delta Klimatik EOOD", "BG")),
        ("OZN-09", "export", "IESEA01", "sea", "IE", [], "GM", "841850",
         "Used ice-cream display freezers, working, 70 pcs", "IE", 8400, 70, 3500, "EUR",
         "used display freezers that may be exported run on R-290 or R-404A with a data plate that says so; these "
         "70 are 1980s scoop cabinets from Irish seaside shops, with R-502 and R-12 plates and CFC-11-blown cabinet "
         "foam: equipment relying on and containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Dublin to Banjul; Irish English wording (CFC equipment for export and ice-cream freezers "
         "repeat in many sets, kept as a repeat; to the Gambia is the new part as far as a search found; a row "
         "outside the set's trade)", {"importer_country": "GM"}),
        ("OZN-10", "import", "ATAIR01", "air", "HK", [], "AT", "940542",
         "LED燈帶, 5米捲, 2,000捲", "HK", 300, 2000, 6000, "USD",
         "a lighting-supply air shipment for a Graz lighting designer: LED strips and aluminium channels are what "
         "the Hong Kong trader sends, but the third item's 'LED灌封膠稀釋劑' are 60 bottles of 1.94 kg/l that do not "
         "burn, sink under water in a test tube and whose inner labels read 'CH2BrCl': bromochloromethane, whose "
         "import into the Union is banned outside licensed feedstock and laboratory uses, hidden as the last item of "
         "a three-item declaration; Cantonese wording in traditional characters (bromochloromethane repeats in many "
         "sets; an LED potting-resin thinner behind LED strips was found in no earlier row by a keyword search)",
         dict(firm("Alpina Licht GmbH", "AT"),
              _more_items=[item("760429", "鋁型材燈槽, 1,000條", "HK", 800, 3000, "USD", qty=1000),
                           item("381400", "LED灌封膠稀釋劑, 1公升, 60瓶", "HK", 116, 180, "USD", qty=60)])),
    ],
    "cultural": [
        ("CUL-01", "import", "BGROAD01", "road", "TR", [], "BG", "940519",
         "Pirinç asma avize, eskitme görünümlü, 1 adet", "TR", 14, 1, 120, "EUR",
         "an aged-look brass hanging light is a new, cast and chemically darkened fitting with electric sockets; "
         "this one is a pierced bronze disc with twelve glass-lamp rings, chains ending in a cross, green earth in "
         "the openings and no wiring at all: a Byzantine polycandelon (6th-7th century) dug in Anatolia, whose "
         "export Türkiye forbids, brought in without the import licence Regulation 2019/880 requires, in a van at "
         "Kapitan Andreevo for a Plovdiv lighting shop; Turkish wording (polycandela repeat in three sets, kept as a "
         "repeat of the good; an aged-look brass chandelier label was found in no earlier row by a keyword search)",
         firm("Orion Osvetlenie EOOD", "BG")),
        ("CUL-02", "import", "DEAIR01", "air", "JO", [], "DE", "940519",
         "مصباح زجاجي معلق مطلي بالمينا، زجاج خليلي، جديد، 1 قطعة", "JO", 3, 1, 80, "USD",
         "new Hebron-glass hanging lamps are blown, bright blue or green, with a little paint; this one is a "
         "heavy, yellowish, weathered glass bowl with three suspension loops, enamelled blazons and a Quranic "
         "band in red, blue and gilt, with iridescent decay on the foot: a Mamluk enamelled mosque lamp (14th "
         "century) removed from Syria, whose import Regulation 1332/2013 and Regulation 2019/880 forbid, flown from "
         "Amman to Frankfurt for a Berlin oriental-lamp shop; Jordanian Arabic wording (mosque lamps repeat in three "
         "sets, kept as a repeat of the good; a new Hebron-glass label from Jordan is the new part as far as a "
         "search found)", firm("Meridian Orientleuchten GmbH", "DE")),
        ("CUL-03", "export", "PLAIR01", "air", "PL", [], "IL", "940550",
         "Świecznik chanukowy, mosiądz posrebrzany, reprodukcja, 1 szt.", "PL", 1.8, 1, 150, "EUR",
         "a reproduction Hanukkah lamp is new, plated brass with bright, even casting; this one is cast and "
         "chased silver with Lwów hallmarks of the 1780s, lions flanking a Torah ark on the backplate, a repaired "
         "oil row and old household repairs: an 18th-century Polish-Jewish silver Hanukkah lamp, a monument of "
         "national heritage exported without the EU export licence (Regulation 116/2009) and the Polish permanent "
         "export permit, flown from Warsaw to a Tel Aviv dealer; Polish wording (Hanukkah lamps repeat in two sets, "
         "kept as a repeat of the good; a 'świecznik chanukowy' reproduction label was found in no earlier row by "
         "a keyword search)", {"importer_country": "IL"}),
        ("CUL-04", "import", "NLAIR01", "air", "CN", [], "NL", "940529",
         "仿古铜灯, 工艺品, 新, 60件", "CN", 180, 60, 1800, "USD",
         "an Amsterdam lamp importer's air shipment from Shanghai: new archaistic bronze-style table lamps and "
         "ceramic lamp bases are what the workshop sends, but the third item's '铜灯, 旧' is a cast bronze lamp in "
         "the form of a kneeling servant holding the lamp tray, with malachite and azurite corrosion and soil in "
         "the hollow body: a Western Han bronze figure lamp (2nd century BC) dug in China, whose export China "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration; Chinese wording (Han bronzes repeat in many sets; a Han lamp behind new "
         "archaistic lamps is the new part as far as a search found)",
         dict(firm("Horizon Verlichting BV", "NL"),
              _more_items=[item("940599", "仿古陶瓷灯座, 40件", "CN", 120, 600, "USD", qty=40),
                           item("830629", "铜灯, 旧, 1件", "CN", 4, 50, "USD", qty=1)])),
        ("CUL-05", "export", "CZAIR01", "air", "CZ", [], "US", "940519",
         "Lustr, replika, český křišťál, 1 ks", "CZ", 60, 1, 2500, "EUR",
         "a reproduction Bohemian crystal chandelier is new, machine-cut glass on a plated frame with new "
         "sockets; this one has hand-cut lead-glass pendants of uneven size with wear on the hooks, a gilt bronze "
         "frame with candle nozzles later wired, and an inventory number of a Bohemian chateau painted inside the "
         "crown: a Harrach glassworks chandelier of the 1820s from a listed chateau interior, exported without "
         "the EU export licence (Regulation 116/2009) and the Czech permit, flown from Prague to a New York "
         "dealer; Czech wording (chandeliers repeat in several sets, kept as a repeat of the good; a Bohemian "
         "chateau chandelier as a replica from Prague is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "SKROAD01", "road", "UA", [], "SK", "940550",
         "Лампада латунна, нова, 20 шт.", "UA", 6, 20, 60, "EUR",
         "new brass icon lampadas are thin, pressed and bright with a glass cup; these 20 are cast and chased "
         "silver and gilt-brass hanging lamps with soot inside, church inscriptions in Church Slavonic and dates "
         "from 1740 to 1880, some with their chains cut: church lampadas removed from Ukrainian churches, "
         "cultural goods whose export Ukraine forbids, brought in against Regulation 2019/880 (Article 3(1)), in a "
         "van at Vyšné Nemecké for a Košice church-lighting shop; Ukrainian wording (icon lamps repeat in a few "
         "sets; a new-lampada label was found in no earlier row by a keyword search)",
         firm("Vega Svietidlá s.r.o.", "SK")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "940519",
         "Lampadario in vetro di Murano, produzione moderna, 1 pezzo", "IT", 45, 1, 3000, "EUR",
         "a modern Murano chandelier is clear, even, machine-bent glass on a steel core with new wiring; this one "
         "is a twelve-arm 'ciocca' of pale, bubbly, hand-worked glass flowers and leaves on a wrought-iron frame "
         "with candle cups, dismantled from a Venetian palazzo whose inventory of 1790 names it: an 18th-century "
         "Murano chandelier worth well over the threshold, exported without the EU export licence (Regulation "
         "116/2009) and the Italian certificate, on a lorry at Chiasso for a Lugano dealer; Italian wording "
         "(Venetian-style glass chandeliers repeat twice, blind62 and blind232, on strategic goods; a cultural "
         "export under a modern-Murano label is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-08", "transit", "FRAIR01", "air", "ML", ["FR"], "AE", "490199",
         "Vieux papiers calligraphiés, décoratifs, 8 kg", "ML", 8, None, 100, "USD",
         "decorative calligraphy papers are new sheets written for tourists; these 8 kg are brittle, loose "
         "quires of Arabic and Ajami manuscripts on old paper with leather wallets, marginal notes and library "
         "seals from Timbuktu: Malian manuscripts (15th-19th century) removed against Mali's export ban, landed at "
         "Paris in transit to a Dubai dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; "
         "Malian French wording (Timbuktu manuscripts repeat in several sets, kept as a repeat; a transit through "
         "Paris to Dubai is the new part as far as a search found; a row outside the set's trade)",
         {"importer_country": "AE"}),
        ("CUL-09", "import", "CYSEA01", "sea", "LB", [], "CY", "680299",
         "بلاط أرضيات حجري قديم مستعمل، 120 متر مربع", "LB", 4800, None, 2400, "USD",
         "reclaimed stone floor tiles are square, sawn limestone slabs with mortar on the back; these crates hold "
         "panels of small stone tesserae set in lime with hunting scenes and a Greek inscription, cut into "
         "squares and backed with fresh resin: Late Roman floor mosaics cut from a site in Syria, whose import "
         "Regulation 1332/2013 and Regulation 2019/880 forbid, by sea from Beirut to Limassol for a stone "
         "merchant; Levantine Arabic wording (mosaics repeat in many sets, kept as a repeat; reclaimed-tile labels "
         "to Cyprus are the new part as far as a search found; a row outside the set's trade)",
         firm("Rivage Stone Ltd", "CY")),
        ("CUL-10", "export", "ESAIR01", "air", "ES", [], "US", "490400",
         "Partituras antiguas, facsímil, 6 hojas", "ES", 1.5, 6, 60, "EUR",
         "facsimile music sheets are printed on paper; these six are large vellum leaves with hand-drawn square "
         "notation, red staves and gilt initials, with old sewing holes and a cathedral's foliation: leaves of a "
         "16th-century Castilian choir book, part of the Spanish Historical Heritage, exported without the EU export "
         "licence (Regulation 116/2009) and the Spanish permit, flown from Madrid to a Boston dealer; Spanish "
         "wording (choir-book leaves repeat in a few sets, kept as a repeat; a facsimile-score label is the new part "
         "as far as a search found; a row outside the set's trade)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "901320",
         "Laser-Lichtshow-Projektoren, RGB, für Veranstaltungen, 6 Stück", "DE", 900, 6, 18000, "EUR",
         "RGB show lasers are small diode projectors of a few watts in a flight case at a few thousand euros; "
         "these six 150 kg crates hold pulsed copper-vapour lasers with their power units, at 120,000 EUR each on "
         "the maker's list, for a Yerevan 'event-lighting' firm whose earlier freight went on to Moscow: lasers "
         "controlled under dual-use 6A005, on the list whose export to Russia Regulation 833/2014 forbids, exported "
         "without a licence and for re-export, flown from Frankfurt; German wording (lasers repeat in many sets and "
         "light-show labels twice, blind243 and blind256; kept as a repeat, to Armenia is the new part)", {"importer_country": "AM"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "PK", "853939",
         "Tubes flash au xénon pour flashs de studio photo, 200 pièces", "FR", 20, 200, 2000, "EUR",
         "studio-flash tubes are coiled glass xenon tubes at 10-30 EUR; these 200 are sealed ceramic-metal "
         "triggered spark gaps rated at 20 kV and tens of kiloamperes with a delay under a microsecond, at 900 EUR "
         "each, for a Rawalpindi 'photo studio supplier': triggered spark gaps controlled under dual-use 3A228 "
         "(nuclear-related), exported without the licence Regulation 2021/821 requires, flown from Paris; French "
         "wording (spark gaps repeat in many sets and a flash-tube label once, blind50; kept as a repeat, to Pakistan is the new part as far "
         "as a search found)", {"importer_country": "PK"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "HK", "381800",
         "Blauwe LED-epiwafers, 100 mm, 500 stuks", "NL", 25, 500, 25000, "EUR",
         "blue LED epi-wafers are InGaN-on-sapphire at about 50 EUR each; these 500 are GaN-on-SiC "
         "high-electron-mobility transistor epi-wafers with the grower's data for X-band power amplifiers, at "
         "1,500 EUR each, for a Hong Kong 'LED trader' whose buyer makes radar modules: GaN epitaxial wafers "
         "controlled under dual-use 3C005, exported without the licence Regulation 2021/821 requires, flown from "
         "Amsterdam; Dutch wording (GaN wafers repeat in several sets; a blue-LED epi-wafer label is the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("STR-04", "export", "PLAIR01", "air", "PL", [], "GE", "853949",
         "Promienniki podczerwieni do lamp grzewczych, 40 szt.", "PL", 12, 40, 800, "EUR",
         "infrared heat-lamp emitters are quartz or ceramic elements at 20 EUR; these 40 are cooled "
         "mercury-cadmium-telluride focal-plane arrays in Dewars with Stirling coolers, at 12,000 EUR each, for a "
         "Tbilisi 'heating supplier' whose forwarder's address is a Moscow optics firm's: infrared focal-plane "
         "arrays controlled under dual-use 6A002, on the list whose re-export to Russia Regulation 833/2014 "
         "forbids, flown from Warsaw; Polish wording (IR detectors repeat in many sets; an infrared heat-lamp label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "AE", "940569",
         "Selbstleuchtende Notausgangsschilder, stromlos, 400 Stück", "AT", 400, 400, 8000, "EUR",
         "self-luminous exit signs carry sealed tritium tubes of up to 20 Ci in a plastic frame; these 400 carry "
         "oversized tube sets of about 150 Ci each, loose-packed so they come out easily, 60,000 Ci in all, for a "
         "Dubai 'safety-signs' trader whose buyer is in Isfahan: tritium (dual-use 1C235, the articles above the "
         "40 Ci exemption) exported without a licence, and for Iran, against Regulation 267/2012; Austrian German "
         "wording (tritium repeats in several sets and exit-sign labels in a few, blind9, blind121, blind208; oversized exit-sign tubes for Iran are the "
         "new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-06", "export", "CZROAD01", "road", "CZ", ["PL", "LT"], "KZ", "940511",
         "Stropní LED svítidla, křišťálová, 24 ks", "CZ", 960, 24, 7200, "EUR",
         "crystal-look LED ceiling lights are acrylic or pressed-glass fittings at a few hundred euros; these 24 "
         "are hand-cut lead-crystal chandeliers from a Bohemian maker at 18,000 EUR each, with the maker's "
         "invoice to an Almaty reseller and a Moscow residence's delivery address in the e-mails: luxury goods "
         "(Annex XVIII) whose sale for use in Russia Regulation 833/2014 forbids, on a lorry for Kazakhstan; Czech "
         "wording (luxury goods to Russia via Central Asia repeat in many sets; crystal chandeliers under an LED "
         "ceiling-light label are the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-07", "export", "HUROAD01", "road", "HU", [], "RS", "940542",
         "LED utcai lámpatestek, 120 W, 400 db", "HU", 4000, 400, 40000, "EUR",
         "a street-lighting order for a Belgrade contractor: LED street luminaires and pole brackets are what the "
         "Hungarian maker sends, but the third item's 'LED-meghajtó modulok' are 30 uncooled thermal-imaging "
         "cores with 640 x 512 detectors and shutters, at 3,000 EUR each, for a firm whose forwarder ships to "
         "Russia: thermal cameras and cores (dual-use 6A003), on the list whose re-export to Russia Regulation "
         "833/2014 forbids, hidden as the last item of a three-item declaration, at Röszke; Hungarian wording "
         "(thermal cores repeat in many sets; behind street luminaires to Serbia is the new part as far as a search "
         "found)",
         dict({"importer_country": "RS"},
              _more_items=[item("761699", "Lámpaoszlop-tartókonzolok, alumínium, 400 db", "HU", 1200, 4000, "EUR", qty=400),
                           item("850440", "LED-meghajtó modulok, 30 db", "HU", 6, 600, "EUR", qty=30)])),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", [], "PL", "441233",
         "Sklejka brzozowa, kraj pochodzenia Kazachstan, 60 m3", "KZ", 42000, None, 27000, "EUR",
         "Kazakh birch plywood is scarce, since Kazakhstan has little birch; these wagons carry plywood with the "
         "stamps of a Russian mill in Kostroma under the new labels and a Kazakh certificate of origin from a "
         "trader without a mill: Russian plywood, whose import into the Union Regulation 833/2014 forbids, at "
         "Małaszewicze for a Poznań timber merchant; Polish wording (Russian plywood under Kazakh origin repeats in "
         "several sets, kept as a repeat; by rail to Małaszewicze is the new part as far as a search found; a row "
         "outside the set's trade)", firm("Nordhafen Sklejka Sp. z o.o.", "PL")),
        ("STR-09", "export", "SESEA01", "sea", "SE", [], "TR", "845710",
         "Bearbetningscentrum, begagnat, 3-axligt, 2 st.", "SE", 16000, 2, 60000, "EUR",
         "used three-axis machining centres are worn machines with an hour meter at a modest price; these two are "
         "new five-axis simultaneous machining centres with their maker's seal, worth 600,000 EUR each, for an "
         "Istanbul 'machine dealer' that ships on to Russia: machine tools controlled under dual-use 2B001 and on "
         "the list whose re-export to Russia Regulation 833/2014 forbids, exported without a licence, from "
         "Gothenburg; Swedish wording (machining centres repeat in many sets, kept as a repeat; a used three-axis "
         "label from Sweden is the new part as far as a search found; a row outside the set's trade)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "KG", "848210",
         "Guoliai žemės ūkio technikai, 8 000 vnt.", "LT", 4000, 8000, 20000, "EUR",
         "bearings for farm machinery are sealed deep-groove bearings at a few euros; these 8,000 are precision "
         "angular-contact and aerospace bearings with P4 tolerances and aircraft part numbers, for a Bishkek "
         "'agricultural' firm whose buyer is a Russian helicopter plant: bearings on the common high-priority list "
         "whose re-export to Russia Regulation 833/2014 forbids, on a lorry from Kaunas; Lithuanian wording "
         "(bearings repeat in many sets, kept as a repeat; a farm-machinery label to Kyrgyzstan is the new part as "
         "far as a search found; a row outside the set's trade)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "PH", [], "FR", "940529",
         "Nakabiting lampara na gawa sa kabibe, yari sa kamay, 200 piraso", "PH", 300, 200, 2400, "USD",
         "shell pendant lamps are usually capiz or farmed-oyster discs; these 200 are built of whole and halved "
         "chambered nautilus shells, brown-striped outside and nacreous inside, some 1,000 shells in all: "
         "Nautilus pompilius (CITES App. II since 2017) without CITES documents, flown from Cebu to Lyon for a "
         "lighting shop; Tagalog wording (nautilus shells repeat in many sets, kept as a repeat of the good; a "
         "shell pendant-lamp label in Tagalog is the new part as far as a search found)",
         firm("Rivage Luminaires SARL", "FR")),
        ("WLF-02", "import", "DEAIR01", "air", "ID", [], "DE", "940529",
         "Lampu meja dengan dasar karang resin, 150 buah", "ID", 600, 150, 2250, "USD",
         "resin coral lamp bases are cast, hollow and light, with mould seams; these 150 are heavy, chalky "
         "branching and brain corals with polyp cups that fizz in acid, drilled for the lamp rod: stony corals "
         "(Acropora, Pocillopora, Scleractinia, CITES App. II) without CITES documents, flown from Denpasar to "
         "Munich for a lighting shop; Indonesian wording (coral repeats in many sets, kept as a repeat; a "
         "resin-coral lamp-base label was found in no earlier row by a keyword search)",
         firm("Alpina Leuchten GmbH", "DE")),
        ("WLF-03", "import", "BEAIR01", "air", "LA", [], "BE", "442199",
         "ຖານໂຄມໄຟໄມ້ອາເຄເຊຍ, 200 ອັນ", "LA", 400, 200, 1600, "USD",
         "acacia lamp bases are light, pale-brown and straight-grained; these 200 are dense, red-purple, "
         "dark-streaked and rose-scented when sawn, sinking in water: Siamese rosewood (Dalbergia cochinchinensis, "
         "CITES App. II) without CITES documents, flown from Vientiane to Brussels for a lamp importer; Lao wording "
         "(Siamese rosewood repeats in many sets, kept as a repeat of the good; an acacia lamp-base label in Lao is "
         "the new part as far as a search found)", firm("Central Verlichting SA", "BE")),
        ("WLF-04", "import", "NLAIR01", "air", "LK", [], "NL", "940599",
         "කෘත්‍රිම සම් ලාම්පු ආවරණ, 120", "LK", 60, 120, 1200, "USD",
         "faux-leather lampshades are printed PVC with an even, repeating pattern; these 120 are stretched over "
         "real, thin, scaly skins whose pattern never repeats, with belly scales in wide rows and a grey "
         "net-like marking: reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES "
         "documents, flown from Colombo to Amsterdam for a lampshade studio; Sinhala wording (python skins repeat "
         "in many sets and a faux-leather label once, blind275; kept as a repeat, a lampshade label in Sinhala is the new part as far as a "
         "search found)", firm("Vega Lampenkappen BV", "NL")),
        ("WLF-05", "import", "PTAIR01", "express", "BR", [], "PT", "940599",
         "Cúpula de luminária de penas de galinha tingidas, 3 peças", "BR", 1.2, 3, 40, "USD",
         "dyed chicken-feather lampshades use short, soft, evenly dyed body feathers; these three are covered in "
         "long red, blue and yellow tail and wing feathers with natural colour to the quill and cobalt-blue "
         "hyacinth feathers among them: scarlet and hyacinth macaw feathers (Ara macao, Anodorhynchus "
         "hyacinthinus, CITES App. I) without CITES documents, sent by express from São Paulo to a private buyer in "
         "Porto; Brazilian Portuguese wording (macaw feathers repeat in many sets and chicken-feather lampshades "
         "once, blind195, kept as a repeat of the label; from Brazil is the new part as far as a search found)",
         person("João Pereira", "PT")),
        ("WLF-06", "import", "FRSEA01", "sea", "MG", [], "FR", "442199",
         "Fototra jiro vita amin'ny hazo manga nolokoina mainty, 500", "MG", 750, 500, 2000, "USD",
         "black-stained mango-wood lamp bases are pale inside where sawn and float in water; these 500 are jet-"
         "black right through, fine, heavy and sinking: Malagasy ebony (Diospyros spp., CITES App. II under a zero "
         "export quota) without CITES documents, by sea from Toamasina to Marseille for a lamp importer; Malagasy "
         "wording (Malagasy ebony repeats in many sets, kept as a repeat of the good; a stained-mango lamp-base "
         "label in Malagasy is the new part as far as a search found)", firm("Orion Luminaires SARL", "FR")),
        ("WLF-07", "import", "ESSEA01", "sea", "CM", [], "ES", "440839",
         "Placages d'okoumé tranchés, 12 t", "CM", 12000, None, 14000, "USD",
         "a Douala timber shipment for a Valencia lamp and chandelier maker: okoumé veneer and turned iroko lamp "
         "feet are what the Cameroonian mill sells, but the third item's 'bras de lustre en bois dur, ébauches' are "
         "1,200 heavy, pinkish-red blanks with purple veining that sink in water: bubinga (Guibourtia tessmannii, "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration; Cameroonian "
         "French wording (bubinga repeats in many sets, kept as a repeat of the good; chandelier-arm blanks behind "
         "okoumé veneer are the new part as far as a search found)",
         dict(firm("Meridian Lámparas SL", "ES"),
              _more_items=[item("442199", "Pieds de lampe en iroko tourné, 800 pièces", "CM", 800, 3200, "USD", qty=800),
                           item("442199", "Bras de lustre en bois dur, ébauches, 1.200 pièces", "CM", 1800, 1800, "USD",
                                qty=1200)])),
        ("WLF-08", "export", "FRAIR01", "air", "FR", [], "HK", "030111",
         "Alevins de loche vivants pour aquariophilie, 40 kg", "FR", 40, None, 800, "EUR",
         "ornamental loach fry are a few grams of striped fish in oxygenated bags; these 40 kg are transparent, "
         "thread-thin glass eels packed cold and wet in styrofoam boxes, fished in the Gironde: European eel "
         "(Anguilla anguilla, CITES App. II, whose export from the Union is not permitted) without documents, flown "
         "from Paris to Hong Kong; French wording (glass eels repeat in many sets, kept as a repeat; a loach-fry "
         "label is the new part as far as a search found; a row outside the set's trade)",
         {"importer_country": "HK"}),
        ("WLF-09", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "080131",
         "Cashew nut shells, dried, 800 kg", "NG", 800, None, 400, "USD",
         "cashew shells are light, brown, oily half-husks; these sacks hold hard, overlapping, keratin scales "
         "the size of a palm that smell of horn when burnt: pangolin scales (Manis spp., CITES App. I) without "
         "CITES documents, landed at Liège in transit from Lagos to Hanoi; Nigerian English wording (pangolin scales "
         "repeat in many sets, kept as a repeat; a cashew-shell label through Belgium is the new part as far as a "
         "search found; a row outside the set's trade)", {"importer_country": "VN"}),
        ("WLF-10", "import", "DEPOST01", "post", "MX", [], "DE", "120930",
         "Semillas de suculentas surtidas, 1 paquete", "MX", 1.1, None, 20, "USD",
         "a packet of succulent seed weighs a few grams; this padded parcel holds 60 small, grey, star-shaped "
         "and wrinkled wild-dug plants with old roots and soil: Ariocarpus and Aztekium (CITES App. I) collected in "
         "Nuevo León, without CITES documents, posted from Monterrey to a private collector in Dresden; Mexican "
         "Spanish wording (Ariocarpus repeats in many sets, kept as a repeat; a seed-packet label from Monterrey "
         "is the new part as far as a search found; a row outside the set's trade)", person("Lena Wagner", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROAIR01", "air", "TR", "RO", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (restoring old glass lamp shades)", "TR", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "RO-ANPC-76-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "air", "TH", "FI", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (amateur electrochemistry)", "TH", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "FI-TUKES-76-0119")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854999",
     "Waste lamps and LED light sources from a take-back scheme, with CFLs, for recycling at a licensed plant, 10 t",
     "NO", 10000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-76-0211")], "notified waste lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "CZROAD01", "road", "RS", "CZ", "262190",
     "Lead-bearing glass-grinding sludge (10 11 13*), for lead recovery at a licensed plant, 20 t", "RS", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "CZ-MZP-76-0087")], "notified grinding sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "CFC-11 gas standard for atmospheric monitoring, 4 small cylinders, for essential laboratory use", "US", 2, 4,
     3200, "USD", [("ODS_LICENCE", "DE-UBA-ODS-76-014")], "CFC-11 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 40 cylinders, for critical use in aircraft portable extinguishers", "US",
     800, 40, 16000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-76-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "US", "940519",
     "Bohemian cut-glass chandelier, Harrach glassworks, c. 1825, loan to a US museum", "CZ", 60, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-76-0031")], "chandelier exported with the EU export licence and the Czech permit"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "IL", "711411",
     "Silver Hanukkah lamp, Lwów, c. 1780, sold at auction", "PL", 1.8, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDN-EXP-76-0104")], "Hanukkah lamp exported with the EU export licence and the Polish permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "CH", "853690",
     "Triggered spark gaps, 20 kV, 50 units, for a Swiss lithotripter maker", "FR", 5, 50, 45000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-76-0045"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-76-0022")],
     "dual-use spark gaps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLAIR01", "air", "PL", "NO", "854142",
     "Cooled MCT infrared focal-plane arrays, 10 units, for a Norwegian border-surveillance supplier", "PL", 3, 10,
     120000, "EUR", [("EXPORT_LICENCE", "PL-DKE-76-0063"), ("END_USER_CERTIFICATE", "NO-POD-EUC-76-0031")],
     "dual-use infrared detectors under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "CM", "ES", "442199",
     "Bubinga lamp bases and chandelier arms (Guibourtia tessmannii), legally sourced, 600 units", "CM", 900, 600,
     7200, "USD", [("CITES_PERMIT", "CM-MINFOF-76-0149")], "App. II bubinga products with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "940599",
     "Captive-bred reticulated python leather lampshades (Malayopython reticulatus), 80 units", "VN", 40, 80, 6400,
     "USD", [("CITES_PERMIT", "VN-CITES-76-0217")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Yksityishenkilö", "PRM-05": "Central Atmosphärenlabor GmbH",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Meridian Lámparas SL", "PRM-12": "Rivage Paralumi Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # lighting shops and showrooms, chandelier makers and restorers, lamp importers and LED suppliers
    ("340290", "Drip-dry crystal chandelier cleaner, 500 ml spray", "import", ["post", "express"], ["TR", "US"], (15, 30), (1, 3), ["EUR", "USD"], 2, S),
    ("381400", "Lacquer thinner for brass lamps, ketone blend, 1 l", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 1.1, S),
    ("340290", "Citric limescale remover gel for glass shades, 1 l", "import", ["sea"], ["EG", "TR"], (1.5, 3), (2000, 5000), ["USD"], 1, S),
    ("340590", "Cerium-oxide prism polishing powder, 1 kg", "import", ["road"], ["RS", "TR"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("250100", "Himalayan rock salt chunks for salt lamps, 25 kg sacks", "import", ["sea"], ["PK"], (0.2, 0.4), (10000, 20000), ["USD"], 0.04, S),
    ("681599", "Himalayan salt lamps, carved, with cord and bulb", "import", ["post"], ["PK"], (8, 15), (2, 4), ["USD", "EUR"], 0.4, S),
    ("382499", "Silica anti-tarnish pads for brass lanterns", "import", ["post"], ["MA", "IN"], (20, 40), (1, 2), ["EUR"], 50, S),
    ("382499", "Glass-frosting spray, matt lacquer, 400 ml", "import", ["express"], ["VN", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("590800", "Cotton lamp wicks, flat, rolls", "import", ["sea"], ["ID", "IN"], (4, 8), (1000, 4000), ["USD"], 20, S),
    ("283327", "Barium sulphate, precipitated, for diffuser plates, 25 kg bags", "import", ["sea"], ["TH", "CN"], (1, 2), (5000, 15000), ["USD"], 0.04, S),
    ("392051", "Opal PMMA LED diffuser sheets", "import", ["sea"], ["TH", "CN"], (3, 5), (3000, 8000), ["USD"], 0.5, S),
    ("853952", "LED filament bulbs, E27, new, boxed", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 30, S),
    ("340590", "Brass polish, wadding and paste, tins", "import", ["road"], ["TR", "RS"], (3, 6), (500, 2000), ["EUR"], 6, S),
    ("940542", "Solar street-light kits, new, with lithium batteries", "export", ["sea"], ["MR", "SN"], (8, 14), (5000, 15000), ["EUR"], 0.05, S),
    ("940599", "Fabric lampshades, new, drum and empire", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("940521", "LED floor and table lamps, new, boxed", "import", ["sea"], ["CN", "VN"], (5, 9), (3000, 8000), ["USD"], 0.3, S),
    ("940531", "LED Christmas light chains, new, boxed", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], 4, S),
    ("940519", "Crystal chandeliers, new, Bohemian cut glass", "export", ["air"], ["US", "AE", "CH"], (80, 160), (50, 300), ["EUR"], 0.05, S),
    ("940519", "Murano-glass chandeliers, new", "export", ["road"], ["CH"], (60, 120), (50, 300), ["EUR"], 0.03, S),
    ("940511", "LED crystal-look ceiling lights, acrylic", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.2, S),
    ("940519", "Hebron-glass hanging lamps, new, hand-blown", "import", ["air"], ["JO", "EG"], (10, 20), (100, 400), ["USD"], 0.3, S),
    ("940529", "Moroccan pierced brass table lamps, new", "import", ["sea"], ["MA"], (6, 12), (1000, 3000), ["EUR"], 0.25, S),
    ("940529", "Archaistic bronze-style table lamps, new", "import", ["air"], ["CN"], (8, 14), (100, 400), ["USD"], 0.3, S),
    ("940550", "Brass icon lampadas, new, pressed", "import", ["post"], ["UA", "GR"], (20, 40), (1, 3), ["EUR"], 3, S),
    ("940550", "Hanukkah lamps, new, plated brass", "import", ["express"], ["IL"], (30, 60), (1, 3), ["USD"], 1, S),
    ("901320", "RGB laser show projectors, 3 W, diode", "import", ["air"], ["CN"], (40, 80), (50, 200), ["USD"], 0.1, S),
    ("853939", "Xenon flash tubes for studio strobes", "import", ["post", "express"], ["CN", "JP"], (60, 120), (1, 2), ["USD"], 20, S),
    ("381800", "InGaN-on-sapphire LED epi-wafers, 100 mm", "import", ["air"], ["TW", "KR"], (800, 1500), (10, 50), ["USD"], 20, S),
    ("853949", "Quartz infrared heat-lamp emitters", "import", ["air"], ["CN", "DE"], (20, 40), (50, 200), ["USD"], 3, S),
    ("940569", "LED exit signs, mains with battery backup", "import", ["sea"], ["CN"], (8, 14), (1000, 4000), ["USD"], 0.5, S),
    ("940542", "LED street luminaires, 120 W", "export", ["road"], ["RS", "BA"], (15, 25), (2000, 6000), ["EUR"], 0.1, S),
    ("940542", "LED strip lights, 5 m reels", "import", ["air"], ["HK", "CN"], (15, 30), (100, 500), ["USD"], 6, S),
    ("760429", "Aluminium LED channel profiles, anodised", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD"], 0.5, S),
    ("381400", "Isopropanol LED-module cleaner, 20 l", "import", ["road"], ["TR", "RS"], (2, 4), (500, 2000), ["EUR"], 0.05, S),
    ("390729", "Polyol blend for PU lamp bases, water-blown, drums", "import", ["sea"], ["MY", "KR"], (2, 3.5), (8000, 16000), ["USD"], None, S),
    ("940529", "Capiz-shell pendant lamps, new", "import", ["sea"], ["PH"], (6, 12), (1000, 3000), ["USD"], 0.5, S),
    ("940529", "Resin coral-look table lamps", "import", ["express"], ["ID", "CN"], (20, 40), (2, 4), ["USD"], 0.25, S),
    ("442199", "Acacia-wood lamp bases, turned, new", "import", ["sea"], ["VN", "TH"], (3, 6), (1000, 4000), ["USD"], 0.5, S),
    ("940599", "Printed PU faux-python lampshades", "import", ["sea"], ["CN", "LK"], (8, 14), (1000, 3000), ["USD"], 2, S),
    ("442199", "Iroko lamp feet, turned, new", "import", ["sea"], ["CM", "GH"], (3, 5), (2000, 6000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone pot scrapers", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 20, N),
        ("691110", "Porcelain chopstick rests, boxed sets", "import", ["sea"], ["CN", "JP"], (2, 4), (2000, 6000), ["USD", "EUR"], 15, N),
        ("392690", "Plastic weekly pill organisers", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, N),
        ("442191", "Bamboo shower caddies", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind300", 20760301, HERE)


if __name__ == "__main__":
    main()
