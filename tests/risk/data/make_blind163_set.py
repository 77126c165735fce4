#!/usr/bin/env python3
"""Writes the hundred-and-sixty-third blind set (tests/risk/data/blind163-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2053, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on Italy, Malta, Greece and the Adriatic (Slovenia, Croatia, Montenegro:
origins, transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL163-*:

    python3 tests/risk/data/make_blind163_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITPOST01", "post", "ME", [], "IT", "250100",
         "Morska voda iz Boke kotorske, filtrirana, za kuvanje, 6 boca x 1 l", "ME", 6.9, 6, 30, "EUR",
         "filtered sea water for cooking is a clear, salty water of 1.025 kg/l that leaves a white crust when a drop "
         "dries; these six bottles weigh 1.13 kg/l, taste of nothing but sting the tongue, leave no salt when dried, "
         "whiten the skin, fizz on a cut and have vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Kotor to a private person in Trieste; Montenegrin wording (hydrogen peroxide repeats in many "
         "sets and water-like covers in many; sea water appeared only as the water in two wildlife rows, and a "
         "cooking sea-water label was found in no earlier row by a keyword search)",
         person("Sig.ra Elena Vascotto", "IT")),
        ("PRE-02", "import", "HRAIR01", "express", "BA", [], "HR", "330129",
         "Eterično ulje smilja (Helichrysum italicum), hercegovačko, 4 boce x 1 l", "BA", 4.6, 4, 2400, "BAM",
         "Herzegovinian immortelle oil is a thin, yellow-green oil of 0.89 kg/l that smells of curry and honey and "
         "costs over a thousand marks a litre; these four bottles hold a colourless liquid of 1.14 kg/l that sinks "
         "in water, smells faintly fruity and solvent-like, leaves no oily mark on paper and burns with a pale flame, "
         "declared far below an immortelle price: nitromethane (Annex I above 16 %), sent by express from Mostar to "
         "a private person in Split, although flammable liquids travel by express only as declared dangerous goods; "
         "Bosnian wording (nitromethane repeats in many sets and essential-oil covers in several; immortelle appears "
         "once as a hydrolat on hydrogen peroxide, blind132, and once in blind143's note; the essential oil of "
         "helichrysum was found in no earlier row by a keyword search)", person("Ivana Marić", "HR")),
        ("PRE-03", "import", "HRPOST01", "post", "BA", [], "HR", "220870",
         "Liker Maraschino od višnje maraske, poklon, 4 boce x 1 l", "BA", 7.4, 4, 60, "BAM",
         "maraschino is a clear, sweet cherry liqueur of about 1.1 kg/l that smells of bitter almond and burns with a "
         "blue flame; these four straw-wrapped bottles weigh 1.84 kg/l, smell of nothing, feel oily, will not burn, "
         "char a sugar cube black and grow hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), "
         "posted from Sarajevo as a 'gift' to a private person in Zadar, although corrosive liquids may not go by "
         "post; Bosnian wording with the Zadar maraschino name (sulphuric acid repeats in many sets and liqueur and "
         "spirit covers in several; a maraschino label was found in no earlier row by a keyword search)",
         person("Tomislav Perić", "HR")),
        ("PRE-04", "import", "ITAIR01", "express", "CH", [], "IT", "210690",
         "Neutro per gelato artigianale (base stabilizzante), 4 sacchetti da 1 kg", "CH", 4.1, 4, 90, "CHF",
         "a gelato stabiliser base is a creamy-white, soft powder of carob-seed and guar gum that swells into a thick "
         "gel in warm milk; these four bags hold a heavier, gritty, glittering white powder that does not thicken, "
         "barely dissolves in cold water and burns fiercely with sugar, and the inner bags read 'KClO4 99 %': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Lugano to a private home gelato maker in "
         "Como; Swiss Italian wording (potassium perchlorate repeats in many sets and food-powder covers in many; a "
         "gelato stabiliser ('neutro') label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-05", "import", "HRROAD01", "road", "ME", [], "HR", "250100",
         "Krupna morska so, Solana Ulcinj, vreće 25 kg, 640 vreća", "ME", 16000, 640, 3200, "EUR",
         "Ulcinj coarse sea salt is grey-white, irregular, damp crystals that taste of the sea; these 640 sacks hold "
         "dry, white, perfectly round prills of one size that taste bitter-cold, turn ice-cold in water, test at "
         "34 % N and melt and fume on a hot plate, for a Dubrovnik agricultural and DIY store that sells sacks to "
         "the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a "
         "lorry at Karasovići; Montenegrin wording (ammonium nitrate repeats in many sets and salt covers on it in a "
         "few; the Ulcinj salt works (Solana) were found in no earlier row by a keyword search)",
         firm("Vega Agro Dubrovnik d.o.o.", "HR")),
        ("PRE-06", "import", "HRROAD01", "road", "RS", [], "HR", "283220",
         "Vinobran (kalijum metabisulfit) za vino i zimnicu, kesice 1 kg, 3.000 kesica", "RS", 3000, 3000, 2700, "EUR",
         "vinobran is potassium metabisulphite: a white powder that smells sharply of burnt matches (sulphur "
         "dioxide) as soon as a bag is opened; these 3,000 bags hold odourless, colourless, cubic crystals that taste "
         "cool and salty, draw damp and flare yellow on a gas ring, and the factory sheet in the lorry gives CAS "
         "7775-09-9, for an Ilok winemaking-supply shop that sells the bags to home winemakers: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, on a lorry at Bajakovo; Serbian wording "
         "(sodium chlorate repeats in many sets and metabisulphite labels in a few; a vinobran label for home "
         "winemakers was found in no earlier row by a keyword search)", firm("Orion Vinarska Oprema d.o.o.", "HR")),
        ("PRE-07", "import", "GRROAD01", "road", "MK", [], "GR", "251741",
         "Мермерно брашно Сивец, за венецијанска штукатура, вреќи 5 кг, 400 вреќи", "MK", 2000, 400, 900, "EUR",
         "Sivec marble flour is a soft, chalk-white calcite powder that fizzes in vinegar and settles out of water "
         "as a sludge; these 400 bags hold shiny, tasteless crystals that dissolve completely in hot water, do not "
         "fizz, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner liners, for a Thessaloniki "
         "paint and plaster shop that sells them to the public: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, on a lorry at Evzoni; Macedonian wording (potassium chlorate "
         "repeats in many sets; marble dust appears once, in a rangoli label, blind61; a Sivec marble-flour label "
         "for Venetian plaster was found in no earlier row by a keyword search)", firm("Delta Chromata AE", "GR")),
        ("PRE-08", "import", "ITPOST01", "post", "TN", [], "IT", "220890",
         "Boukha de figues, eau-de-vie tunisienne, 3 bouteilles x 1 l, cadeau", "TN", 4.5, 3, 60, "TND",
         "boukha is a water-clear fig brandy of 0.95 kg/l that smells of figs and burns with a blue flame; these three "
         "bottles hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin, will not burn and eats "
         "into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Tunis as a 'gift' to a "
         "private person in Mazara del Vallo, although corrosive liquids may not go by post; Tunisian French "
         "wording (nitric acid repeats in many sets and spirit covers in several; a boukha label was found in no "
         "earlier row by a keyword search)", person("Sig. K. Ben Salah", "IT")),
        ("PRE-09", "import", "ITPOST01", "post", "AL", [], "IT", "250100",
         "Kripë deti e bardhë nga kripores e Nartës, e imët, 4 pako x 1 kg", "AL", 4.1, 4, 12, "EUR",
         "Narta sea salt is slightly grey, damp, salty crystals; these four packs hold bright, dry, glassy crystals "
         "that taste cool but hardly salty, draw damp into a syrup overnight and burn brightly mixed with sugar, and "
         "the re-used inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Vlorë to a "
         "private person in Lecce; Albanian wording (sodium perchlorate repeats in many sets under salt labels, "
         "kept as a repeat of that family; the Narta salt pans were found in no earlier row by a keyword search)",
         person("Sig. A. De Giorgi", "IT")),
        ("PRE-10", "import", "ITROAD01", "road", "AL", [], "IT", "150920",
         "Vaj ulliri ekstra i virgjër, Berat, bidona 5 l, 200 copë", "AL", 920, 200, 6000, "EUR",
         "an Albanian grocery lorry off the Durrës-Bari ferry for a Bari shop that sells to the Albanian community: "
         "Berat olive oil and dried figs are what such shops sell, but the third item's 'Raki rrushi Skrapar' is 600 "
         "one-litre bottles of a water-clear liquid of 1.20 kg/l that does not smell of grape spirit, will not burn, "
         "whitens the skin, fizzes on rust and has vented caps: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration; Albanian "
         "wording (hydrogen peroxide repeats in many sets and spirit covers, šljivovica and mampoer among them, in "
         "several; a Skrapar raki label was found in no earlier row by a keyword search)",
         dict(firm("Meridian Alimentari Adriatici Srl", "IT"),
              _more_items=[item("080420", "Fiq të thatë, Dibër, thasë 10 kg, 60 thasë", "AL", 600, 2400, "EUR", qty=60),
                           item("220890", "Raki rrushi Skrapar, 1 l, 600 shishe", "AL", 720, 3000, "EUR", qty=600)])),
    ],
    "waste": [
        ("WST-01", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "251710",
         "Drobljenec 0-32 mm za tamponske plasti, razsuto, 26 t", "SI", 26000, None, 520, "EUR",
         "crushed limestone for road sub-base is pale grey, angular and clean; this tipper holds dark red-brown, "
         "burnt, slaggy lumps with cinnabar-red streaks and silvery droplets in the cracks that set a mercury-vapour "
         "meter off the scale, dug from the old roasting-plant tips of the Idrija mine: burnt mercury ore and "
         "mercury-contaminated soil (17 05 03*, hazardous because of mercury), hazardous waste whose export to a "
         "non-OECD country is banned, by road through Croatia to a Bihać 'road contractor'; Slovenian wording "
         "(mercury wastes repeat in many sets and crushed-aggregate covers in a few; Idrija and its roasting "
         "residues were found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "EG", "260111",
         "Minerale di ferro fine (sinter feed), rinfuse, 3.000 t", "IT", 3000000, None, 60000, "EUR",
         "sinter feed is a red-brown to black, heavy, even iron-ore fine of 60 % Fe at about 100 USD/t, and Italy "
         "exports none; this bulk parcel is a black, sooty, greasy dust that smells of tar, reads 30 % Fe with "
         "zinc, lead and dioxins, and comes from the Taranto steelworks' blast-furnace gas cleaning and sinter-plant "
         "filters, at 20 EUR/t: blast-furnace and sinter-plant dust and sludge (10 02 07*, 10 02 13*), hazardous "
         "waste whose export to a non-OECD country is banned, from Taranto to Dekheila for an Alexandria 'steel "
         "mill'; Italian wording (steelworks dusts repeat in several sets, mostly as zinc oxide, and a sinter-feed "
         "label once, blind156, on another waste from Huelva; kept as a repeat of that cover, blast-furnace dust from "
         "Taranto to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-03", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "283329",
         "Zeleni vitriol (železov(II) sulfat heptahidrat) za gnojenje in tretiranje vode, razsuto, 24 t", "SI", 24000,
         None, 960, "EUR",
         "ferrous sulphate heptahydrate is a dry, free-flowing, pale green crystal that dissolves to a near-neutral "
         "solution; this tipper holds a wet, dark green-black mass that drips acid, reads pH 1 and smells sharply "
         "of sulphuric acid, with titanium-dioxide pulp in it, from the acid-recovery line of a Celje pigment plant: "
         "waste sulphuric acid and acid salt sludge (06 01 01*, 06 03 14 mixed with it), hazardous waste whose "
         "export to a non-OECD country is banned, by road through Croatia to a Šabac 'fertiliser maker'; Slovenian "
         "wording (spent acids repeat in many sets and ferrous-sulphate labels once, blind80; green vitriol from a "
         "Celje pigment plant to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "VN", "380210",
         "Carbone attivo granulare rigenerato, per trattamento acque, big bag, 40 t", "IT", 40000, None, 8000, "EUR",
         "regenerated granular activated carbon is dry, clean, hard black granules with a test report of iodine "
         "number; these big bags hold wet, slimy carbon with fines and biofilm, never reactivated, and a test gives "
         "PFOA, PFOS and short-chain PFAS in the mg/kg, from the drinking-water filters of Vicenza-province water "
         "works downstream of the Trissino fluorochemical site: spent activated carbon loaded with PFAS "
         "(19 09 04 mirror, hazardous and a POP waste), whose export to a non-OECD country is banned, from Venice to "
         "Hai Phong for a 'water-treatment supplier' at 0.20 EUR/kg; Italian wording (PFAS wastes repeat in several "
         "sets, always as firefighting foam; spent carbon filters repeat under other labels; PFAS-laden carbon from "
         "the Veneto was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-05", "export", "SIROAD01", "road", "SI", ["HR", "RS"], "XK", "681182",
         "Valoviti vlaknocementni listi, novi, II. kakovost, brez azbesta, 22 t", "SI", 22000, None, 1100, "EUR",
         "new second-grade fibre-cement sheets are clean, uniformly grey, with the maker's 'NT' (asbestos-free) "
         "stamp and straight edges; these pallets hold weathered, moss-stained, cracked sheets with old nail holes "
         "and 1970s Anhovo stamps, stripped from farm roofs in the Goriška region, that show chrysotile fibres under "
         "a lens: asbestos-cement roofing (17 06 05*), hazardous waste whose export to a non-OECD country is "
         "banned, by road through Croatia and Serbia to a Peja 'builders' merchant'; Slovenian wording (asbestos "
         "cement repeats in many sets; Anhovo sheets as new second-grade fibre cement were found in no earlier row "
         "by a keyword search)", {"importer_country": "XK"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "IN", "320740",
         "Fritta di vetro colorata per smalti ceramici, in polvere, big bag, 20 t", "IT", 20000, None, 2000, "EUR",
         "coloured glass frit for ceramic glazes is a sieved, bright, even glass powder with a chemical data sheet; "
         "these bags hold a grey, fluffy, caking dust with filter-bag fibres that reads several per cent arsenic, "
         "lead and cadmium, collected by the shared flue-gas filters of Murano glass furnaces: particulates from "
         "glass-making flue-gas treatment containing heavy metals (10 11 15*), hazardous waste whose export to a "
         "non-OECD country is banned, from Venice to Mundra for a Morbi 'tile-glaze maker'; Italian wording (filter "
         "dusts repeat in many sets; Murano appears once, on chandeliers in a strategic row, blind62; Murano filter "
         "dust as glass frit was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "940330",
         "Used office furniture, wooden, from a Valletta bank refit, 120 pcs", "MT", 3600, 120, 2400, "EUR",
         "a Marsaxlokk container for a Misrata trader: used office furniture and refurbished desktop computers are "
         "what Maltese dealers ship to Libya, but the third item's 'antifreeze concentrate, new' is 80 mismatched "
         "drums of a brown, oily, diesel-smelling, water-laden liquid with sediment, drained from scrapped cars and "
         "buses at Ħal Far and Marsa yards: waste antifreeze with hazardous substances and waste oil (16 01 14*, "
         "13 02 08*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration; Maltese English wording (antifreeze labels repeat in several sets and waste oil in "
         "many; drained car fluids behind office furniture from Malta to Libya are the new part as far as a search "
         "found)",
         dict({"importer_country": "LY"},
              _more_items=[item("847150", "Refurbished desktop computers, tested, 80 pcs", "MT", 640, 4000, "EUR", qty=80),
                           item("382000", "Antifreeze concentrate, new, 200 l drums, 80 pcs", "MT", 16000, 1600, "EUR", qty=80)])),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "440141",
         "Piljevina za stelju stoke, suha, u balama, 20 t", "HR", 20000, None, 800, "EUR",
         "sawdust for livestock bedding is dry, pale, resin-smelling softwood dust in clean bales; these bales are "
         "dark, greasy and heavy, smell of diesel and solvent, and hold rags, absorbent socks and paint flakes, "
         "collected after spill clean-ups and tank washing at a Rijeka shipyard: absorbents and wiping cloths "
         "contaminated by hazardous substances (15 02 02*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry at Nova Sela for a Čitluk 'farm supplier'; Croatian wording (oily absorbents repeat in "
         "a few sets and sawdust labels in several; a livestock-bedding label was found in no earlier row by a "
         "keyword search)", {"importer_country": "BA"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "LY", "250590",
         "Sabbia marina lavata per edilizia, rinfuse, 4.000 t", "IT", 4000000, None, 32000, "EUR",
         "washed sea sand for building is pale, clean, rounded quartz-and-shell grains; this bulk cargo is a "
         "dark grey, fine, sticky silt that smells of hydrogen sulphide and reads mercury in the tens of mg/kg and "
         "hydrocarbons, dredged from the Augusta-Priolo harbour beside the old chlor-alkali plant: dredging spoil "
         "containing hazardous substances (17 05 05*), hazardous waste whose export to a non-OECD country is banned, "
         "from Augusta to Misrata for a 'construction' firm; Italian wording (dredging spoil repeats in several sets, "
         "under washed-river-sand labels once, blind119; Augusta-bay mercury sediment to Libya was found in no "
         "earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-10", "transit", "GRROAD01", "road", "AL", ["GR"], "TR", "780110",
         "Plumb i rafinuar në shufra, 99,97 %, 22 t", "AL", 22000, None, 22000, "EUR",
         "refined lead ingots are bright, grey, 25 kg pigs with a smelter's brand; this lorry, entered at Kakavia "
         "in transit to Türkiye, holds 1,800 whole, cracked, acid-leaking car and truck batteries under a tarpaulin "
         "and a top row of ingots, collected in Tirana and Fier scrapyards: waste lead-acid batteries (A1160, "
         "16 06 01*), hazardous waste moved through the Union without the transit notification and consent the "
         "Basel convention and Regulation 2024/1157 require, by road across Greece from Kakavia to Kipoi for an "
         "Izmir smelter; Albanian wording (lead-acid batteries repeat in many sets; a road transit across Greece "
         "under a refined-lead label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "382769",
         "Refrigerant R-449A, 11.3 kg returnable cylinders, 1,200 pcs", "CN", 13560, 1200, 36000, "USD",
         "R-449A is an HFC-HFO blend sold in grey cylinders with an R-449A valve and a GWP label; these 1,200 "
         "cylinders, landed at Marsaxlokk for transhipment from Ningbo to Misrata, read 9.0 bar at 20 °C (R-449A "
         "reads about 11), a leak detector set to R-22 alarms on every valve, and the plates under the new wraps "
         "are stamped 'R22 13.6 kg': chlorodifluoromethane (HCFC-22), a controlled substance moved through the "
         "Union without the licence Regulation 2024/590 requires for transit, on a Malta Freeport transhipment; "
         "English wording on Chinese cylinders (HCFC-22 repeats in many sets under HFC labels, R-449A among them; a "
         "Marsaxlokk transhipment to Misrata is the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-02", "import", "ITSEA01", "sea", "TR", [], "IT", "271112",
         "Bombole GPL per carrelli elevatori, 18 kg, 60 pezzi", "TR", 1800, 60, 2400, "EUR",
         "forklift LPG cylinders hold a light liquid of 0.51 kg/l at about 7 bar and smell of the mercaptan added to "
         "it; these 60 'forklift' cylinders each hold 30 kg of a liquid of 1.73 kg/l, read 2 bar, have no stenching "
         "smell and a gas test gives bromomethane, for a Gragnano pasta mill that fumigates its silos and stores "
         "every summer: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), by "
         "sea from Mersin to Salerno; Italian wording on Turkish cylinders (methyl bromide repeats in many sets and a "
         "forklift-propane cover once, in blind139; a Campanian pasta mill as the buyer is the new part as far as a "
         "search found)", firm("Meridian Molini e Pastifici Srl", "IT")),
        ("OZN-03", "export", "ITSEA01", "sea", "IT", [], "AL", "841850",
         "Banchi refrigerati per pizzeria, usati, revisionati, 24 pezzi", "IT", 6000, 24, 9600, "EUR",
         "reconditioned pizza-prep counters for export carry a new R-290 or R-452A charge and a nameplate to match; "
         "these 24 counters from closed Naples pizzerias, built in 1996-2001, keep their original plates and charge, "
         "read R-22 on a refrigerant identifier, and have not even been emptied: equipment containing HCFCs, whose "
         "export from the Union is banned (Regulation 2024/590), from Bari to Durrës for a Tirana restaurant "
         "supplier; Italian wording (R-22 equipment for export repeats in many sets; pizzeria counters were found in "
         "no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("OZN-04", "import", "GRROAD01", "road", "AL", [], "GR", "320890",
         "Bojë me spërkatje akrilike, ngjyra të ndryshme, kanaçe 400 ml, 2.400 copë", "AL", 2400, 2400, 3600, "EUR",
         "acrylic spray paint comes in 400 ml cans of about 0.5 kg that rattle with a mixing ball and hiss out a "
         "coloured, solvent-smelling mist; these 2,400 cans weigh 1.2 kg each, do not rattle, carry a car-AC "
         "service valve under the cap and release a colourless gas that a leak detector reads as HFC-134a: "
         "1,1,1,2-tetrafluoroethane in non-refillable containers, whose placing on the market Regulation 2024/573 "
         "bans and whose import needs a quota the consignee does not hold, in a van at Kakavia for an Ioannina "
         "car-repair supplier; Albanian wording (HFC-134a repeats in many sets; a spray-paint label on it was found "
         "in no earlier row by a keyword search)", firm("Orion Antallaktika AE", "GR")),
        ("OZN-05", "export", "GRROAD01", "road", "GR", [], "MK", "847989",
         "Μεταχειρισμένοι αφυγραντήρες-αντλίες θερμότητας για ξήρανση καπνού, 16 τεμάχια", "GR", 9600, 16, 6400, "EUR",
         "heat-pump dryers for tobacco curing are sold on in working order with an R-407C or R-134a plate; these 16 "
         "units from Xanthi tobacco barns, built in 1995-2000, keep their original R-22 plates and full charges, "
         "with oily compressor joints and no sign of recovery: equipment containing HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), on a lorry at Evzoni for a Prilep tobacco grower; Greek wording "
         "(R-22 equipment for export repeats in many sets and dehumidifier labels in several; tobacco-curing dryers "
         "from Xanthi to Prilep are the new part as far as a search found)", {"importer_country": "MK"}),
        ("OZN-06", "import", "ITSEA01", "sea", "ME", [], "IT", "271019",
         "Hidraulično ulje za brodske kormilarske uređaje, bačve 200 l, 12 bačvi", "ME", 5200, 12, 1800, "EUR",
         "steering-gear hydraulic oil is an amber mineral oil of 0.87 kg/l; these twelve drums weigh 2.18 kg/l, "
         "hold a colourless, non-oily liquid that boils in the hand-warm sun (47 °C), and the drums' old stencils "
         "read 'Freon 114B2': dibromotetrafluoroethane (halon 2402), whose import into the Union is banned outside "
         "licensed critical uses, from former navy stores at Tivat, shipped from Bar to Bari for a ship-repair "
         "yard; Montenegrin wording (halon 2402 repeats in many sets and a steering-gear hydraulic-fluid label once, "
         "blind70, on cylinders from Georgia; kept as a repeat, drums from Tivat navy stores through Bar are the new part)", firm("Alpina Riparazioni Navali Srl", "IT")),
        ("OZN-07", "export", "ITSEA01", "sea", "IT", [], "ME", "860210",
         "Locomotive diesel da manovra, usate, revisionate, 2 unità", "IT", 144000, 2, 180000, "EUR",
         "reconditioned shunting locomotives for export have their cab and engine-room extinguishing systems "
         "refilled with an HFC or inert gas and the paperwork to show it; these two 1980s Italian shunters keep "
         "their factory fixed systems, whose red cylinders read 'Halon 1301, 25 kg' and were never recovered: "
         "equipment containing halons, whose export from the Union is banned outside critical uses (Regulation "
         "2024/590), from Bari to Bar for a Podgorica rail freight operator; Italian wording (halon 1301 repeats in "
         "many sets and used locomotives twice, blind64 (to Ukraine, on halon) and blind62 (shunters to Serbia, as "
         "waste); kept as a repeat, Italian shunters to Montenegro are the new part)", {"importer_country": "ME"}),
        ("OZN-08", "import", "GRROAD01", "road", "TR", [], "GR", "841510",
         "Split klima, inverter, R32, 12.000 BTU, 120 takım", "TR", 4800, 120, 36000, "EUR",
         "a lorry for a Thessaloniki air-conditioning installer at Kipoi: R-32 split units and copper pipe are what "
         "such installers buy in Türkiye, but the third item's 'boş dolum tüpleri' (empty refill cylinders) are 80 "
         "cylinders that each weigh 24 kg instead of 10, slosh, read 8 bar and a refrigerant identifier gives "
         "HCFC-22: chlorodifluoromethane, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration; Turkish wording (HCFC-22 repeats in many sets and empty-cylinder labels in a few; "
         "behind split units and copper pipe for a Thessaloniki installer is the new part as far as a search found)",
         dict(firm("Vega Klimatismos AE", "GR"),
              _more_items=[item("741110", "Bakır boru, 1/4\" ve 3/8\", kangal, 400 adet", "TR", 1600, 14400, "EUR", qty=400),
                           item("731100", "Boş dolum tüpleri, 13,6 kg, 80 adet", "TR", 1920, 400, "EUR", qty=80)])),
        ("OZN-09", "import", "ITSEA01", "sea", "CN", [], "IT", "271019",
         "磨刀油 (honing oil), 刀具制造用, 200 升桶, 20 桶", "CN", 6360, 20, 3200, "USD",
         "honing oil for knife grinding is a thin, pale mineral oil of 0.85 kg/l that burns and smells of paraffin; "
         "these twenty drums weigh 1.59 kg/l, hold a colourless, non-flammable liquid with a sweet, chloroform-like "
         "smell that evaporates completely, and the drum heads read 'CCl4': carbon tetrachloride, whose import into "
         "the Union is banned outside licensed feedstock and laboratory uses, by sea from Ningbo to Trieste for a "
         "Maniago knife-maker's supplier; Chinese wording (carbon tetrachloride repeats in many sets and honing labels "
         "in two rows; the Maniago cutlery trade was found in no earlier row by a keyword search)",
         firm("Central Coltellerie Forniture Srl", "IT")),
        ("OZN-10", "import", "ITSEA01", "sea", "TN", [], "IT", "392310",
         "Caisses isothermes en polyuréthane pour poisson, 80 l, 1.200 pièces", "TN", 9600, 1200, 7200, "EUR",
         "polyurethane fish boxes sold in the Union are blown with cyclopentane or water and marked so; these 1,200 "
         "Sfax-made boxes give off a sweet, ether-like gas when a wall is cut, and a head-space test gives "
         "1,1-dichloro-1-fluoroethane: boxes foamed with HCFC-141b, products containing an ozone-depleting "
         "substance whose import into the Union is banned, by sea from Sfax to Mazara del Vallo for a fish wholesaler; "
         "Tunisian French wording (HCFC-141b foams repeat in many sets and polyurethane fish boxes once, blind66, from "
         "Viet Nam to Spain; kept as a repeat, from Sfax to Mazara del Vallo is the new part)", firm("Delta Ittica Mazarese Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "export", "ITAIR01", "air", "IT", [], "US", "970510",
         "Fossile di pesce su lastra, Green River (Wyoming), merce di ritorno da fiera, 3 pezzi", "US", 24, 3, 900,
         "EUR",
         "Green River fish are small, brown Knightia and Diplomystus on buff, layered Wyoming shale, sold at a few "
         "hundred dollars; these three slabs are pale, cream, finely laminated limestone with large, complete, "
         "dark-brown angelfish and a small ray showing scales and fin rays, with the split counterparts, typical of "
         "the Pesciara of Bolca near Verona, valued at tens of thousands of euros: Eocene Bolca fossils, "
         "palaeontological heritage belonging to the Italian State that may not leave Italy and that need the "
         "export licence of Regulation 116/2009, exported from Malpensa to a Tucson dealer as US goods returning "
         "from a fair; Italian wording (fossils repeat in many sets; Bolca fossils under a Green River label were "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "680291",
         "Scultura in alabastro di Volterra, coperchio con figura recumbente, artigianato moderno, 1 pezzo", "IT", 85, 1,
         1200, "EUR",
         "new Volterra alabaster is translucent, milky-white, polished and crisp, turned in workshops for tourists; "
         "this lid is a worn, yellowed, opaque alabaster slab with a banqueting figure holding a patera, red paint "
         "in the folds, a worn Etruscan inscription on the rim and tomb earth in the underside, from a Hellenistic "
         "cinerary urn: an Etruscan archaeological object, property of the Italian State, that needs the export "
         "licence of Regulation 116/2009 at any value, in a van at Chiasso for a Geneva dealer; Italian wording "
         "(Etruscan objects repeat in many sets and alabaster labels in several, on other goods; a Volterra "
         "alabaster label on an Etruscan urn was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-03", "export", "SIAIR01", "express", "SI", [], "US", "442090",
         "Poslikane panjske končnice, spominki, nove, 8 kosov", "SI", 4, 8, 160, "EUR",
         "new souvenir beehive panels are bright, glossy acrylic paintings on freshly planed spruce with a printed "
         "certificate; these eight are faded oil-and-tempera boards with worm holes, a bee-entrance notch, soot "
         "and wax on the back, painted with a devil sharpening a woman's tongue and saints, dated 1847 and 1862: "
         "19th-century Carniolan painted beehive fronts, Slovenian movable heritage whose export needs a Slovenian "
         "permit and, as a collection, the export licence of Regulation 116/2009, sent by express from Ljubljana to "
         "a folk-art collector in Cleveland; Slovenian wording (beehives appear once, as foamed hives in an ozone "
         "row, blind130; painted beehive panels (panjske končnice) were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "ITPOST01", "post", "ME", [], "IT", "920290",
         "Gusle, ručno rezbarene od javora, suvenir, nove, 1 kom", "ME", 2.2, 1, 40, "EUR",
         "new souvenir gusle are pale, sanded maple with a machine-carved goat's head and a nylon string; this "
         "one is a dark, smoke-blackened instrument with a horse-hair string, a carved horse's head and the "
         "Petrović-Njegoš arms inlaid in bone, a museum inventory number painted inside the bowl and a date of 1861: "
         "a 19th-century gusle taken from a Cetinje collection, cultural property illegally removed from "
         "Montenegro, whose introduction into the Union Regulation 2019/880 forbids, posted from Podgorica to a "
         "private collector in Bari; Montenegrin wording (Balkan folk objects repeat in a few sets; a gusle was "
         "found in no earlier row by a keyword search)", person("Sig. V. Lorusso", "IT")),
        ("CUL-05", "export", "GRPOST01", "post", "GR", [], "US", "691390",
         "Κεραμικά ειδώλια, αντίγραφα νεολιθικής Θεσσαλίας, αναμνηστικά, 6 τεμάχια", "GR", 2.4, 6, 60, "EUR",
         "museum-shop copies of Thessalian Neolithic figurines are smooth, evenly fired and stamped 'ΑΝΤΙΓΡΑΦΟ'; "
         "these six are hand-modelled, seated and standing female figures with painted red-on-white zigzags, "
         "worn surfaces, root marks and soil in the hollows, dug from a tell near Sesklo: Neolithic figurines, "
         "antiquities belonging to the Greek State whose export is forbidden and which need the export licence of "
         "Regulation 116/2009 at any value, posted from Volos to a buyer in New Jersey; Greek wording (Neolithic "
         "objects repeat in several sets; Sesklo figurines under a museum-copy label were found in no earlier row "
         "by a keyword search)", {"importer_country": "US"}),
        ("CUL-06", "export", "MTAIR01", "air", "MT", [], "GB", "630492",
         "Maltese bobbin lace table runners, handmade, new, 40 pcs", "MT", 6, 40, 2400, "EUR",
         "a Maltese-crafts air shipment for a London shop: Gozo bobbin lace and Mdina glass are what such shops "
         "sell, but the third item's 'decorative ship paintings, reproductions' are six small oil paintings on "
         "wooden boards of brigantines and a luzzu in storms with the Virgin in a corner cloud, initials 'V.F.G.A.' "
         "(votum fecit, gratiam accepit) and dates of 1790-1870, nail holes at the corners and sanctuary-wall "
         "soot: ex-voto paintings stolen from a Gozo sanctuary, Maltese cultural heritage over 50 years old that "
         "needs a Maltese export permit and the export licence of Regulation 116/2009, hidden as the last item of a "
         "three-item declaration; Maltese English wording (ex-votos repeat in a few sets as silver hearts and "
         "Mexican retablos; painted ship ex-votos from Malta were found in no earlier row by a keyword search)",
         dict({"importer_country": "GB"},
              _more_items=[item("701399", "Mdina glass vases, hand-blown, new, 60 pcs", "MT", 48, 1800, "EUR", qty=60),
                           item("970191", "Decorative ship paintings, reproductions, 6 pcs", "MT", 9, 180, "EUR", qty=6)])),
        ("CUL-07", "transit", "MTSEA01", "sea", "LY", ["MT"], "AE", "680291",
         "تماثيل ونقوش حجرية لتزيين الحدائق، جديدة، 4 قطع", "LY", 1400, 4, 800, "USD",
         "new garden reliefs are crisp, machine-cut and evenly white; these four are weathered grey marble panels "
         "with a Medusa head, vine scrolls and a Latin dedication naming Septimius Severus, saw marks on the backs "
         "where they were cut from a wall, and red Libyan sand in the crevices, from the Severan forum at Leptis "
         "Magna: Roman architectural reliefs, Libyan antiquities whose export Libya forbids, moved through the Union "
         "as garden ornaments, landed at Marsaxlokk in transit from Misrata to Jebel Ali, against the UNESCO 1970 "
         "convention and Regulation 2019/880's ban on introducing illegally exported goods; Libyan Arabic wording "
         "(Libyan antiquities repeat in many sets, Cyrenaican ones most; Leptis Magna reliefs in transit through "
         "Malta were found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("CUL-08", "export", "HRROAD01", "road", "HR", [], "CH", "970191",
         "Slike na staklu, naivna umjetnost, hlebinski stil, nove, 5 kom", "HR", 14, 5, 500, "EUR",
         "new Hlebine-style glass paintings for tourists are bright, flat and signed by living painters at a few "
         "hundred euros; these five are dense, glowing paintings on glass of Podravina villages, oxen and a red sun, "
         "with the old paper labels of a Zagreb gallery and exhibition stamps of 1938-1965 on the backs, signed by "
         "masters of the Hlebine school: works protected as Croatian cultural goods, worth far above the value "
         "threshold, that need the Croatian export permit and the export licence of Regulation 116/2009, on a van at "
         "Chiasso for a Zürich gallery after crossing Slovenia and Italy under the declaration; Croatian wording "
         "(modern paintings repeat in several sets; Hlebine naive art was found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("CUL-09", "export", "ITPOST01", "post", "IT", [], "GB", "681099",
         "Piastrella decorativa in gesso dipinto, stile pompeiano, riproduzione, 1 pezzo", "IT", 3.5, 1, 45, "EUR",
         "new Pompeian-style plaster tiles are flat, smooth, bright, cast in moulds and painted in acrylic; this "
         "one is a thick, uneven slab of lime plaster with a red-ochre ground and a painted bird among garlands, "
         "old lime mortar and volcanic lapilli on the back and a fresh saw cut on one edge: a fresco fragment cut "
         "from a wall in the unexcavated regions around Pompeii, archaeological property of the Italian State that "
         "needs the export licence of Regulation 116/2009 at any value, posted from Torre Annunziata to a buyer in "
         "London; Italian wording (fresco fragments repeat in a few sets; a Pompeian-style plaster-tile label was "
         "found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-10", "import", "ITSEA01", "sea", "AL", [], "IT", "680292",
         "Stela dekorative prej guri gëlqeror, kopje, e re, 1 copë", "AL", 160, 1, 120, "EUR",
         "new limestone copies of ancient steles are sharp-edged, sawn square and clean; this one is a weathered "
         "funerary stele with two portrait busts in a niche, a Greek inscription of the Roman period, lichen and "
         "root etching, and mortar from re-use in a field wall, from the territory of Butrint: an archaeological "
         "object whose export Albania forbids, brought in without the import licence of Regulation 2019/880 "
         "(archaeological objects over 250 years old), on the Sarandë-Brindisi route for a Lecce garden designer; "
         "Albanian wording (Albanian and Illyrian antiquities repeat in several sets; a Butrint stele as a new "
         "copy was found in no earlier row by a keyword search)", firm("Rivage Giardini Salentini Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "GRSEA01", "sea", "GR", [], "BD", "890190",
         "Φορτηγό πλοίο χύδην ξηρού φορτίου, ναυπήγησης 2003, 28.000 dwt, προς διάλυση στο Τσιταγκόνγκ, 1 μονάδα",
         "GR", 8200000, 1, 3900000, "USD",
         "a ship sold for demolition goes to a cash buyer at the light-displacement scrap price with a last-voyage "
         "flag and a beaching date; this 2003 bulk carrier, sold by a Piraeus owner at that price to a Dubai-"
         "registered buyer, leaves with a fresh class certificate, a full load of bunkers and spares for a year, a "
         "new Sierra Leone provisional flag and a crew list of Korean names, and the buyer's earlier 'demolition' "
         "purchases reappeared under new names at Nampho: a vessel supplied to the DPRK, which the UN Security "
         "Council (Resolution 2397) and Regulation 2017/1509 forbid, declared from Piraeus as bound for Chattogram "
         "breakers; Greek wording (DPRK ship sales repeat in a few sets and ships for demolition in many, as waste; "
         "a 'for demolition' declaration used to hide a ship supplied to the DPRK was found in no earlier row by a "
         "keyword search)", {"importer_country": "BD"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "ME", "870324",
         "Autovettura usata, SUV, benzina 4,0 l, immatricolata 2052, 1 unità", "IT", 2200, 1, 95000, "EUR",
         "a used SUV for a Montenegrin buyer travels with Italian papers and a Montenegrin address; this 2052 "
         "Lamborghini Urus, 4,000 km, with a list price of about 260,000 EUR declared at 95,000, carries a "
         "Russian-language head unit, an ERA-GLONASS emergency module fitted after sale and a power of attorney for "
         "a Moscow resident in the glove box, and the Podgorica 'buyer' is a car-export agent whose cars cross on "
         "to Serbia and Russia: a luxury motor vehicle whose sale for use in Russia Regulation 833/2014 forbids "
         "(Annex XVIII, over 50,000 EUR), from Bari to Bar; Italian wording (luxury cars for Russia repeat in a few "
         "sets; a Lamborghini via Montenegro was found in no earlier row by a keyword search)",
         {"importer_country": "ME"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "LY", "890319",
         "Gommoni da diporto semirigidi, 9 m, con console, 6 unità", "IT", 18000, 6, 150000, "EUR",
         "leisure RIBs of 9 m have a bathing platform, sun pads and a single outboard; these six have "
         "reinforced transoms for twin 300 hp outboards, armoured console shields, mounts for heavy machine guns "
         "at the bow and stern, blackout lighting and grey paint, for a Tripoli 'fishing' company controlled by an "
         "armed group: boats specially designed for military use (Military List ML9) exported to Libya against the "
         "UN arms embargo and Regulation 2016/44, from Catania; Italian wording (Libyan arms-embargo cases repeat "
         "in several sets, outboard motors among them (blind145); RIB interceptors under a leisure-boat label were "
         "found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "KZ", "920110",
         "Pianoforte verticale usato, da studio, 1 pezzo", "IT", 690, 1, 3500, "EUR",
         "a used upright practice piano weighs 200-250 kg and is worth a few thousand euros; this 690 kg crate from "
         "a Sacile workshop holds a new 2.78 m concert grand in polished black with a maker's list price near "
         "200,000 EUR, for an Almaty 'music school' that forwards to a Moscow concert-hall buyer named on the "
         "delivery order: a luxury good (musical instruments over 1,500 EUR) whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XVIII), flown from Venice to Almaty; Italian wording (luxury goods for "
         "Russia through Central Asia repeat in many sets and concert grands under used-piano labels in several, "
         "blind46 and blind96 among them; kept as a repeat, an Italian grand flown from Venice is the new part)", {"importer_country": "KZ"}),
        ("STR-05", "export", "ITROAD01", "road", "IT", ["SI", "HR"], "RS", "930400",
         "Fucili ad aria compressa per tiro sportivo, calibro 4,5 mm, 40 pezzi", "IT", 160, 40, 6000, "EUR",
         "4.5 mm target air rifles weigh about 4 kg and cost a few hundred euros; these 40 cases hold over-and-under "
         "12-bore shotguns from the Gardone Val Trompia makers with engraved actions and proof marks, worth some "
         "5,000 EUR each, for a Belgrade 'sports shop' whose orders are collected by a Moscow gun dealer: "
         "firearms whose sale for use in Russia Regulation 833/2014 forbids (Annex XXXV), which also need the "
         "export authorisation of Regulation 258/2012, by road from Brescia across Slovenia and Croatia to Serbia; "
         "Italian wording (firearms for Russia repeat in a few sets, shotguns once; an air-rifle label was found "
         "once, blind57, on other goods; Gardone shotguns as air rifles are the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "TR", "843810",
         "Linea per pasta secca, pressa ed essiccatoio, usata, 1 impianto", "IT", 32000, 1, 120000, "EUR",
         "a pasta-line container for a Mersin trader: a used extruder and dryer are what Parma makers ship to "
         "Türkiye, but the third item's 'elettrovalvole per macchine da caffè' are 60 precision flow-control "
         "servo-valves with torque motors, 3,000 psi ratings and aerospace part numbers, at 4,000 EUR each on the "
         "maker's list, and the Mersin buyer's forwarding order names a Tehran 'food machinery' firm: servo-valves "
         "controlled under dual-use 9A/MTCR entries and the Iran regulation (267/2012), exported without a "
         "licence, hidden as the last item of a three-item declaration, from Ravenna; Italian wording (servo-valves "
         "repeat once, blind124, and an espresso-machine valve label once, blind133, from Greece to Türkiye; kept as "
         "a repeat, behind a used pasta line from Ravenna is the new part)",
         dict({"importer_country": "TR"},
              _more_items=[item("841939", "Essiccatoio per pasta, usato, 1 unità", "IT", 12000, 30000, "EUR", qty=1),
                           item("848180", "Elettrovalvole per macchine da caffè, 60 pezzi", "IT", 90, 1200, "EUR", qty=60)])),
        ("STR-07", "import", "ITSEA01", "sea", "ME", [], "IT", "720712",
         "Čelične gredice, 150 x 150 mm, porijeklo Crna Gora (Nikšić), 5.000 t", "ME", 5000000, 420, 2600000, "EUR",
         "Nikšić steelworks casts a few hundred thousand tonnes a year of its own grades with a Montenegrin mill "
         "certificate; these 420 billets carry heat numbers and paint codes of a Russian Urals mill under fresh "
         "paint, a chemistry with vanadium micro-alloying Nikšić does not use, and arrived at Bar by sea from "
         "Novorossiysk via Turkey a month earlier: Russian semi-finished steel, whose import into the Union "
         "Regulation 833/2014 forbids (Annex XVII), under a Montenegrin certificate of origin, from Bar to Monfalcone; "
         "Montenegrin wording (Russian goods under Western Balkan origin repeat in a few sets, aluminium wire from "
         "Montenegro in blind141; steel billets under a Nikšić origin were found in no earlier row by a keyword "
         "search)", firm("Nordhafen Acciai Srl", "IT")),
        ("STR-08", "import", "ITSEA01", "sea", "TR", [], "IT", "400219",
         "Sentetik kauçuk SBR 1502, Türk menşeli, balyalar, 400 t", "TR", 400000, 11430, 760000, "EUR",
         "Turkish SBR is not made in any volume (the country imports almost all its synthetic rubber); these bales "
         "carry a Voronezh producer's lot codes on the inner film, polymer grade marks of a Russian GOST standard and "
         "moisture from a long rail haul, with a Turkish certificate of origin issued at Derince: Russian synthetic "
         "rubber, whose import into the Union Regulation 833/2014 forbids (Annex XXI), by sea to Livorno for a "
         "Tuscan tyre-retreading compound maker; Turkish wording (Russian goods under Turkish origin repeat in many "
         "sets and synthetic rubber in a few; SBR for Tuscan retreaders is the new part as far as a search found)",
         firm("Horizon Gomma Toscana Srl", "IT")),
        ("STR-09", "import", "HRROAD01", "road", "RS", [], "HR", "160431",
         "Kavijar, jesetra iz akvakulture, poreklo Srbija, limenke 125 g, 800 limenki", "RS", 100, 800, 48000, "EUR",
         "Serbian farmed caviar comes from a handful of Danube farms with CITES source code C, Serbian export permits "
         "and the farm's own lot numbers; these 800 tins carry Serbian labels over Russian farm lot codes, the CITES "
         "permit quotes a Serbian farm whose licensed output is a tenth of this, and the tins' lacquer and lids are "
         "of a Russian cannery: Russian caviar, whose import into the Union Regulation 833/2014 forbids (Annex XXI), "
         "relabelled as Serbian, on a van at Bajakovo for a Zagreb delicatessen; Serbian wording (caviar repeats in "
         "many sets, as a CITES good; Russian caviar under Serbian origin as a sanctions case was found in no earlier "
         "row by a keyword search)", firm("Alpina Delikatese d.o.o.", "HR")),
        ("STR-10", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR", "GE", "AZ"], "KZ", "847950",
         "Pallettizzatori a strato per fine linea, usati, 3 unità", "IT", 9000, 3, 45000, "EUR",
         "layer palletisers are gantry machines with a layer-forming table and a clamp head, sold used for tens of "
         "thousands; these three crates hold six-axis articulated industrial robots with 200 kg payload, teach "
         "pendants and controllers from a Turin maker, new, worth some 90,000 EUR each, for an Almaty 'packaging' "
         "firm that supplies a Kaluga car plant: industrial robots (8479 50), on the list of goods whose sale for "
         "use in Russia Regulation 833/2014 forbids (Annex XXIII), by lorry from Turin through the Balkans, Türkiye, "
         "Georgia and Azerbaijan and across the Caspian to Kazakhstan; Italian wording (robots repeat in several sets and palletiser labels in two; Turin robots for "
         "a Kaluga plant through Almaty are the new part as far as a search found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "ME", [], "IT", "030199",
         "Linjak živi (Tinca tinca), iz Skadarskog jezera, bazeni sa kiseonikom, 400 kg", "ME", 400, None, 2000, "EUR",
         "live tench are thick-bodied, olive-green, slimy fish with tiny scales, red eyes and a barbel at each "
         "corner of the mouth, at a few euros a kilo; these oxygenated tanks hold long, snake-like, grey-brown eels "
         "with a continuous fin along the back and belly, worth five times as much, caught in the Bojana and the "
         "Skadar lake outflow: European eels (Anguilla anguilla, CITES App. II) without CITES documents (the Union "
         "admits none from outside), on a lorry off the Bar-Bari ferry for a Bari fish wholesaler; Montenegrin "
         "wording (European eels repeat in many sets, mostly as glass eels; adult Skadar eels under a tench label "
         "were found in no earlier row by a keyword search)", firm("Orion Ittica Pugliese Srl", "IT")),
        ("WLF-02", "export", "ITAIR01", "air", "IT", [], "JP", "920290",
         "Mandolino napoletano, fondo a doghe in palissandro indiano, nuovo, 2 pezzi", "IT", 3, 2, 3000, "EUR",
         "a Neapolitan mandolin with an East Indian rosewood bowl has even, purple-brown staves with a fine, "
         "straight grain; these two have staves of dark chocolate-brown wood with black spider-web figure, a sweet "
         "rose smell when the bridge area is scraped and no pre-Convention papers, built this year in a Naples "
         "workshop from newly bought boards: Brazilian rosewood (Dalbergia nigra, CITES App. I), exported without "
         "the CITES export permit that recently worked wood needs, flown from Naples to a Tokyo mandolin orchestra "
         "dealer; Italian wording (Brazilian rosewood repeats in many sets, mostly on guitars; a mandolin was found "
         "in no earlier row by a keyword search)", {"importer_country": "JP"}),
        ("WLF-03", "import", "GRAIR01", "air", "CA", [], "GR", "430211",
         "Farmed mink pelts, dressed, Nova Scotia, 300 pcs", "CA", 120, 300, 9000, "CAD",
         "dressed farmed mink pelts are small, slim skins with short, glossy guard hair and an even, tagged colour "
         "from the farm's auction; these 300 are larger, flat-headed skins with a thick, oily, water-repellent "
         "underfur, a long tapering tail and webbed hind feet, without auction tags: North American river otter "
         "(Lontra canadensis, CITES App. II) without the Canadian export permit and CITES tags, flown from Halifax to "
         "Thessaloniki for a Kastoria furrier; Canadian English wording (otters under a farmed-mink label once, "
         "blind65, Eurasian otter from Ukraine to Poland, and Kastoria furriers in a few sets, for other species; "
         "kept as a repeat of that cover, Canadian river otter flown to Kastoria is the new part)", firm("Delta Gounes Kastorias AE", "GR")),
        ("WLF-04", "import", "ITSEA01", "sea", "UY", [], "IT", "440799",
         "Madera aserrada de eucalipto colorado (red grandis), FSC, secada en horno, 40 m3", "UY", 26000, None, 32000, "USD",
         "Uruguayan red grandis is plantation eucalyptus: light pinkish-brown, straight, fast-grown wood with wide, "
         "even rings and FSC labels on the packs; these 40 m3 are denser, deep reddish-brown boards with a golden "
         "sheen, ribbon figure and the white deposits in the pores of old-growth mahogany, with Bolivian mill marks "
         "under the FSC stickers, for a Lake Iseo builder of classic mahogany runabouts: bigleaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without CITES documents, by sea from Montevideo to Genoa; "
         "Rioplatense Spanish wording (bigleaf mahogany repeats in many sets; a plantation-eucalyptus label once, blind56, from Brazil; kept as a "
         "repeat of that cover, Uruguayan red grandis for Lake Iseo boatbuilders is the new part as far as a search found)",
         firm("Vega Legnami Nautici Srl", "IT")),
        ("WLF-05", "import", "ITAIR01", "air", "IN", [], "IT", "121190",
         "Elecampane root (Inula helenium), dried, cut, 200 kg", "IN", 200, None, 1400, "USD",
         "elecampane root is greyish-brown outside, white inside, with a camphor-and-violet smell and bitter taste; "
         "these 200 kg are heavy, dark brown, oily roots with a strong, sweetish, animal-and-violet smell that "
         "lingers on the hands, from the Kashmir valley: costus root (Saussurea costus, CITES App. I) without CITES "
         "documents, flown from Delhi to Turin for a botanicals supplier to vermouth and amaro makers; Indian English "
         "wording (costus repeats in many sets and angelica labels on it once, blind103; an elecampane label was "
         "found in no earlier row by a keyword search)", firm("Alpina Botanici Torino Srl", "IT")),
        ("WLF-06", "export", "ITAIR01", "express", "IT", [], "GB", "060110",
         "Tuberi di Anemone coronaria, dormienti, calibro 5/6, 2.000 pezzi", "IT", 3.2, 2000, 120, "EUR",
         "Anemone coronaria tubers are hard, shrivelled, claw-like brown knobs; these 2,000 are pairs of round, "
         "pale, fleshy tubers with soil and fresh-cut stem bases, dug in spring on the Gargano meadows: wild bee and "
         "spider orchids (Ophrys spp., CITES App. II, wild-taken), exported without CITES export permits, sent by "
         "express from Foggia to a private orchid grower in Kent; Italian wording (wild terrestrial orchid tubers "
         "repeat in several sets, mostly as salep, and Ophrys twice; an Anemone coronaria label once, blind152, on other "
         "tubers from Georgia; Gargano orchids under it are the new part as far as a search found)", {"importer_country": "GB", "consignee_name": "Mr R. Hollins"}),
        ("WLF-07", "import", "GRROAD01", "road", "MK", [], "GR", "430219",
         "Штавени кожи од шакал, цели, 40 парчиња", "MK", 80, 40, 2400, "EUR",
         "golden jackal pelts are small (under a metre with the tail), thin, yellow-tawny skins with a black-tipped "
         "tail; these 40 are half as long again, heavy, grey-and-buff winter pelts with a dark saddle, white "
         "cheeks and broad heads, shot in the Šar and Jakupica mountains: grey wolves (Canis lupus, CITES App. II, "
         "Annex A) without CITES documents, on a lorry at Evzoni for a Kastoria furrier; Macedonian wording (wolves "
         "repeat in a few sets; a jackal label was found in no earlier row by a keyword search)",
         firm("Horizon Gounes Kastorias AE", "GR")),
        ("WLF-08", "import", "ITSEA01", "sea", "TN", [], "IT", "030752",
         "Poulpe congelé (Octopus vulgaris), golfe de Gabès, cartons 10 kg, 8 t", "TN", 8000, 800, 64000, "EUR",
         "a Tunisian seafood reefer for a Mazara del Vallo wholesaler: Gabès octopus and cuttlefish are what Sfax "
         "exporters ship to Sicily, but the third item's 'longes d'espadon congelées' are 3 t of loins with dense, "
         "pale-pink flesh without the swordfish's dark blood-line pattern, skin with small dermal denticles and "
         "tail pieces with a long, scythe-shaped upper lobe: thresher sharks (Alopias spp., CITES App. II) without "
         "the Tunisian export permit, hidden as the last item of a three-item declaration, by sea from Sfax to "
         "Mazara; Tunisian French wording (shark meat under swordfish labels repeats in several sets, mostly mako; "
         "thresher in three; behind Gabès octopus for Mazara is the new part as far as a search found)",
         dict(firm("Central Pesca Mazara Srl", "IT"),
              _more_items=[item("030743", "Seiche congelée, golfe de Gabès, cartons 10 kg, 4 t", "TN", 4000, 24000, "EUR", qty=400),
                           item("030454", "Longes d'espadon congelées, 3 t", "TN", 3000, 27000, "EUR")])),
        ("WLF-09", "import", "ITSEA01", "sea", "TR", [], "IT", "091099",
         "Sumak, öğütülmüş, Gaziantep, 25 kg çuval, 80 çuval", "TR", 2000, 80, 6000, "EUR",
         "ground sumac is a coarse, moist, purple-red powder that tastes sharply sour and lemony and stains fingers "
         "purple; these 80 sacks hold a dry, fine, blood-red wood powder with no sour taste, a faint woody smell "
         "and splinters under the lens, that dyes alcohol deep red: red sanders (Pterocarpus santalinus, CITES App. "
         "II) from India re-exported through Mersin without CITES documents, by sea to Palermo for a spice and dye "
         "trader; Turkish wording (red sanders repeats in many sets; sumac appears once, as a lawful item in a "
         "Lebanese precursor row, blind107; red sanders as Gaziantep sumac was found in no earlier row by a "
         "keyword search)", firm("Rivage Spezie Siciliane Srl", "IT")),
        ("WLF-10", "export", "ITROAD01", "road", "IT", [], "CH", "010620",
         "Tartarughe palustri (Trachemys scripta), esemplari adulti da laghetto, 20 pezzi", "IT", 30, 20, 200, "EUR",
         "pond sliders are flat, olive-green, webbed-footed turtles with red or yellow ear stripes; these 20 are "
         "high-domed, yellow-and-black land tortoises with elephantine feet, a horny tail spur and a split "
         "supracaudal scute, with Maremma soil on the shells: wild-taken Hermann's tortoises (Testudo hermanni, CITES "
         "App. II, EU Annex A) exported without the CITES export permit, in a van at Chiasso for a Ticino "
         "reptile dealer; Italian wording (Hermann's tortoises repeat in several sets, mostly under ceramic-garden "
         "labels; a terrapin (Trachemys) label once, blind74, from Moldova; kept as a repeat of that cover, Maremma tortoises "
         "to Ticino are the new part as far as a search found)", {"importer_country": "CH"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "air", "CH", "IT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home pool maintenance)", "CH", 4.6, 4, 60,
     "CHF", [("PRECURSOR_LICENCE", "IT-MI-53-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics club member)", "BA", 2, 2,
     80, "EUR", [("PRECURSOR_LICENCE", "HR-MUP-53-0037")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SIROAD01", "road", "ME", "SI", "262190",
     "Spent pot lining (16 11 01*) from an aluminium smelter, for treatment at a licensed plant, 24 t", "ME", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "SI-ARSO-53-0118")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "ITSEA01", "sea", "AL", "IT", "854911",
     "Waste lead-acid batteries (16 06 01*), whole, for recovery at a licensed secondary lead smelter, 22 t", "AL",
     22000, None, 6600, "EUR", [("BASEL_CONSENT", "IT-MASE-53-0402")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 2402, recovered and reclaimed, 20 cylinders, for a critical military use on naval vessels", "US", 900, 20,
     36000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-53-011")], "reclaimed halon 2402 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "CN", "IT", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 1 l, for essential laboratory use", "CN", 16, 10, 400, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-53-027")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Eocene fossil fish (Bolca), on matrix, from a private collection registered before 1939, 1 slab", "IT", 12, 1,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-53-0091")], "palaeontological specimen exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "HRROAD01", "road", "HR", "CH", "970191",
     "Painting on glass, Hlebine school, 1956, signed, with the Croatian export permit", "HR", 4, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HR-MK-EXP-53-0027")], "painting exported with the EU export licence and the Croatian permit"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "848120",
     "Aerospace flow-control servo-valves, 20 units, for a Turkish civil-aircraft maintenance firm", "IT", 30, 20,
     80000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-53-0712"), ("END_USER_CERTIFICATE", "TR-SHGM-EUC-53-0044")],
     "dual-use servo-valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITROAD01", "road", "IT", "RS", "930320",
     "Over-and-under sporting shotguns, 12 bore, 10 units, for a Belgrade shooting federation", "IT", 36, 10, 50000,
     "EUR", [("EXPORT_LICENCE", "IT-BS-258-53-0081"), ("END_USER_CERTIFICATE", "RS-MUP-EUC-53-0019")],
     "sporting firearms under an export authorisation to a named end user"),
    ("PRM-11", "wildlife", "export", "ITAIR01", "air", "IT", "JP", "920290",
     "Neapolitan mandolin, c. 1910, Brazilian rosewood bowl, pre-Convention, 1 unit", "IT", 1.5, 1, 6000, "EUR",
     [("CITES_PERMIT", "IT-CITES-53-01377")], "pre-Convention App. I rosewood instrument with its CITES certificate"),
    ("PRM-12", "wildlife", "export", "ITROAD01", "road", "IT", "CH", "010620",
     "Hermann's tortoises (Testudo hermanni), captive-bred, marked, 6 juveniles", "IT", 1.2, 6, 600, "EUR",
     [("CITES_PERMIT", "IT-CITES-53-01452")], "captive-bred Annex A tortoises with their CITES documents"),
]

CONSIGNEES = {
    "PRM-01": "Sig. M. Bianchi", "PRM-02": "Ivana Marić", "PRM-05": "Meridian Servizi Navali Srl",
    "PRM-06": "Central Laboratori Analisi Srl", "PRM-07": "Atlantic Natural History LLC", "PRM-12": "Vega Rettili Sagl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises, most from the region
    ("250100", "Filtered Adriatic sea water for cooking, 1 l bottles", "import", ["post"], ["ME", "AL"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("330129", "Helichrysum (immortelle) essential oil, 10 ml", "import", ["express"], ["BA", "MK"], (300, 600), (1, 2), ["EUR", "BAM"], 50, S),
    ("200860", "Maraschino cherries in syrup, 400 g jars", "import", ["road"], ["BA", "RS"], (3, 5), (3000, 9000), ["EUR"], 2, S),
    ("210690", "Gelato stabiliser base (neutro), 1 kg bags", "import", ["express"], ["CH"], (15, 30), (1, 4), ["CHF", "EUR"], 1, S),
    ("250100", "Coarse sea salt, Ulcinj salt works, 25 kg sacks", "import", ["road"], ["ME", "AL"], (0.15, 0.3), (12000, 22000), ["EUR"], 0.04, S),
    ("283220", "Potassium metabisulphite (vinobran) for home winemaking, 1 kg", "import", ["road"], ["RS", "BA"], (1.5, 3), (1000, 4000), ["EUR"], 1, S),
    ("251741", "Sivec marble flour for Venetian plaster, 5 kg bags", "import", ["road"], ["MK", "TR"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.2, S),
    ("200799", "Tunisian fig jam, 400 g jars", "import", ["sea"], ["TN"], (2, 4), (3000, 8000), ["EUR"], 2.5, S),
    ("250100", "Narta fine sea salt, 1 kg packs", "import", ["post"], ["AL"], (2, 5), (1, 4), ["EUR"], 1, S),
    ("080420", "Dried figs, Albanian, 10 kg sacks", "import", ["road"], ["AL", "TR"], (2.5, 4), (3000, 9000), ["EUR"], None, S),
    ("251710", "Crushed limestone aggregate, 0-32 mm, bulk", "export", ["road"], ["BA", "RS"], (0.01, 0.03), (24000, 28000), ["EUR"], None, S),
    ("260111", "Iron ore fines (sinter feed), 62 % Fe", "import", ["sea"], ["BR", "CA"], (0.09, 0.13), (20000, 28000), ["USD"], None, S),
    ("283329", "Ferrous sulphate heptahydrate, dry, 25 kg bags", "export", ["road"], ["RS", "BA"], (0.15, 0.3), (20000, 24000), ["EUR"], 0.04, S),
    ("380210", "Reactivated granular activated carbon, water treatment", "export", ["sea"], ["VN", "EG"], (1.5, 2.5), (15000, 22000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free", "export", ["road"], ["XK", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("320740", "Coloured glass frit for ceramic glazes", "export", ["sea"], ["IN", "EG"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("440141", "Softwood sawdust bedding for livestock, baled", "export", ["road"], ["BA", "ME"], (0.08, 0.15), (15000, 22000), ["EUR"], None, S),
    ("250590", "Washed quartz sand for construction", "export", ["sea"], ["LY", "TN"], (0.02, 0.05), (24000, 28000), ["EUR"], None, S),
    ("780110", "Refined lead ingots, 99.97 %", "import", ["sea"], ["AU", "KR"], (2, 2.6), (20000, 25000), ["USD"], 0.04, S),
    ("382000", "Antifreeze concentrate, new, 200 l drums", "export", ["sea"], ["LY", "TN"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("271112", "Forklift LPG (propane) cylinders, 18 kg", "import", ["road"], ["TR", "RS"], (1.5, 3), (2000, 6000), ["EUR"], 0.05, S),
    ("841850", "Pizza prep counters, new, R-290", "export", ["sea"], ["AL", "TN"], (6, 10), (2000, 6000), ["EUR"], 0.004, S),
    ("320890", "Acrylic spray paint, 400 ml cans", "import", ["road"], ["AL", "TR"], (2, 4), (2000, 6000), ["EUR"], 2, S),
    ("847989", "Heat-pump tobacco dryers, new, R-290", "export", ["road"], ["MK", "AL"], (6, 10), (3000, 9000), ["EUR"], 0.002, S),
    ("271019", "Steering-gear hydraulic oil, mineral, 200 l drums", "import", ["sea"], ["ME", "TR"], (1.2, 2), (4000, 10000), ["EUR"], None, S),
    ("860210", "Diesel shunting locomotives, reconditioned, inert-gas fire system", "export", ["sea"], ["ME", "AL"], (1, 2), (60000, 80000), ["EUR"], 0.000014, S),
    ("741110", "Copper pipe coils for air-conditioning installers", "import", ["road"], ["TR"], (8, 10), (2000, 6000), ["EUR"], 0.25, S),
    ("271019", "Honing oil for knife grinding, 20 l cans", "import", ["sea"], ["CN", "US"], (1.5, 3), (3000, 8000), ["USD"], None, S),
    ("392310", "Insulated fish boxes, cyclopentane-blown PU, 80 l", "import", ["sea"], ["TN", "MA"], (4, 7), (3000, 8000), ["EUR"], 0.12, S),
    ("970510", "Green River fossil fish (Knightia) on shale", "import", ["air"], ["US"], (30, 60), (50, 200), ["USD"], 0.2, S),
    ("680291", "Volterra alabaster sculptures, new", "export", ["road"], ["CH"], (15, 30), (200, 800), ["EUR"], 0.1, S),
    ("442090", "Painted beehive-panel souvenirs, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("920290", "Gusle, new, souvenir", "import", ["post"], ["ME", "RS"], (15, 30), (1, 3), ["EUR"], 0.5, S),
    ("691390", "Museum-shop copies of Neolithic figurines", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("630492", "Maltese bobbin lace table runners, new", "export", ["air"], ["GB", "US"], (200, 400), (20, 80), ["EUR"], 6, S),
    ("680292", "Limestone garden steles, new copies", "import", ["sea"], ["AL", "TR"], (0.8, 1.5), (3000, 9000), ["EUR"], 0.01, S),
    ("970191", "Naive paintings on glass, contemporary", "export", ["road"], ["CH"], (50, 120), (50, 200), ["EUR"], 0.3, S),
    ("681099", "Pompeian-style plaster tiles, new", "export", ["post"], ["GB", "US"], (10, 20), (1, 4), ["EUR"], 0.3, S),
    ("890319", "Leisure RIBs, 9 m, with console", "export", ["sea"], ["TN", "MA"], (10, 18), (3000, 9000), ["EUR"], 0.0003, S),
    ("920110", "Upright pianos, used, reconditioned", "export", ["sea"], ["TR", "EG"], (8, 14), (2000, 6000), ["EUR"], 0.004, S),
    ("843810", "Pasta extruders, new", "export", ["sea"], ["TR", "EG"], (15, 25), (3000, 9000), ["EUR"], 0.0005, S),
    ("400219", "SBR 1502 synthetic rubber, bales", "import", ["sea"], ["KR", "US"], (1.6, 2.2), (18000, 24000), ["USD"], None, S),
    ("842890", "Layer palletisers, used", "export", ["road"], ["RS", "TR"], (4, 8), (3000, 9000), ["EUR"], 0.0003, S),
    ("920290", "Neapolitan mandolins, maple bowl, new", "export", ["air"], ["JP", "US"], (200, 400), (20, 60), ["EUR"], 0.6, S),
    ("430211", "Farmed mink pelts, dressed", "import", ["air"], ["US", "CA"], (60, 120), (100, 400), ["USD"], 2.5, S),
    ("440799", "Red grandis eucalyptus lumber, FSC, kiln-dried", "import", ["sea"], ["UY"], (0.8, 1.3), (18000, 26000), ["USD"], None, S),
    ("121190", "Elecampane root, dried, cut", "import", ["air"], ["AL", "RS"], (4, 8), (100, 500), ["EUR"], None, S),
    ("091099", "Ground sumac, Gaziantep, 25 kg sacks", "import", ["sea"], ["TR"], (2.5, 4), (2000, 8000), ["EUR"], 0.04, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152 and
# blind160, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481910", "Corrugated pizza boxes, printed, flat-packed", "import", ["sea"], ["TR", "CN"], (1.2, 2), (6000, 14000), ["USD", "EUR"], None, N),
        ("660110", "Beach umbrellas, polyester canopy, aluminium pole", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.4, N),
        ("950699", "Plastic bocce (boules) sets, boxed", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 0.3, N),
        ("650400", "Woven straw sun hats", "import", ["post", "express"], ["MA", "CN"], (20, 40), (1, 3), ["EUR", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind163", 20530501, HERE)


if __name__ == "__main__":
    main()
