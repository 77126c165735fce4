#!/usr/bin/env python3
"""Writes the hundred-and-fifty-second blind set (tests/risk/data/blind152-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Türkiye, Ukraine, Belarus and Black Sea ports emphasis (origins, transit hubs,
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
would. Ids are BL152-*:

    python3 tests/risk/data/make_blind152_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "TR", [], "DE", "330190",
         "Portakal çiçeği suyu, Hatay, doğal, 6 x 1 litre", "TR", 6.9, 6, 900, "TRY",
         "orange-blossom water is a water-clear, faintly bitter floral distillate of 1.00 kg/l that smells strongly "
         "of neroli; these six bottles have vented caps, hold a liquid of 1.13 kg/l with no scent at all that "
         "whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Antakya to a private person in Duisburg; Turkish wording (hydrogen peroxide repeats in many "
         "sets and flower-water covers in several, kewra water and cornflower hydrolat among them, and Tunisian orange-flower "
         "water once, in blind104; a Turkish orange-blossom water from Hatay by post is the new part as far as a "
         "search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "GRROAD01", "road", "TR", [], "GR", "280610",
         "Tuz ruhu (hidroklorik asit %18), ev temizliği için, 1 litre şişe, 2.400 şişe", "TR", 3360, 2400, 2160, "EUR",
         "'tuz ruhu' is the household hydrochloric acid every Turkish grocer sells: it fumes white, smells sharp and "
         "leaves copper bright; these bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and "
         "turn a copper coin green under brown gas: about 65 % nitric acid (Annex I above 3 %), retail-packed for "
         "members of the public, on a lorry at Kipoi for a Komotini hardware wholesaler whose counter sells to the "
         "public; Turkish wording for the Turkish-speaking minority of western Thrace (nitric acid repeats in many "
         "sets and hydrochloric-acid covers in a few; a 'tuz ruhu' label was found in no earlier row by a keyword "
         "search)", firm("Orion Hrómata AE", "GR")),
        ("PRE-03", "import", "ROROAD01", "road", "UA", [], "RO", "381400",
         "Розчинник 646, для нітрофарб і ґрунтовок, каністри 10 л, 120 каністр", "UA", 1370, 120, 1440, "EUR",
         "solvent 646 is the Soviet-standard lacquer thinner (toluene, butyl acetate, ethanol and acetone) of "
         "0.87 kg/l that smells of nail varnish and floats on water; these canisters hold an oily liquid of "
         "1.14 kg/l that sinks in water, smells faintly fruity and burns with a pale flame, and the filler's drum "
         "labels read 'CH3NO2': nitromethane (Annex I above 16 %), for a Suceava DIY store that sells 10 l "
         "canisters over the counter, in a van at Siret; Ukrainian wording (nitromethane repeats in many sets and "
         "thinner covers in many; the Soviet-standard '646' label was found in no earlier row by a keyword search)",
         firm("Vega Bricolaj SRL", "RO")),
        ("PRE-04", "import", "ROSEA01", "sea", "TR", [], "RO", "170230",
         "Glikoz şurubu, ev yapımı lokum için, 1 kg cam kavanoz, 3.000 kavanoz", "TR", 3000, 3000, 2400, "EUR",
         "glucose syrup for Turkish delight is a thick, sticky, sweet syrup of about 1.43 kg/l that barely pours; "
         "these jars hold a colourless, oily liquid of 1.84 kg/l that pours easily, chars a wooden spoon black and "
         "grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), retail-packed for members "
         "of the public, by sea from Samsun to Constanța for a Medgidia grocery chain serving the Tatar and Turkish "
         "community; Turkish wording (sulphuric acid repeats in many sets and syrup covers in several, glucose syrup "
         "once in blind63; a lokum-syrup label on a Samsun-Constanța sailing is the new part as far as a search found)",
         firm("Delta Market Dobrogea SRL", "RO")),
        ("PRE-05", "import", "CZPOST01", "post", "UA", [], "CZ", "300249",
         "Закваска для домашнього йогурту, суха, 10 пакетів по 200 г", "UA", 2.1, 10, 1200, "UAH",
         "a dry yoghurt starter is a creamy, slightly sour freeze-dried powder sold in 1 g sachets; these ten 200 g "
         "bags hold shiny, tasteless, colourless crystals that do not smell of milk, spit violet sparks on a hot "
         "pan and carry CAS 3811-04-9 on the inner liners: potassium chlorate (Annex I above 40 %), posted from "
         "Lviv to a private person in Ostrava; Ukrainian wording (potassium chlorate repeats in many sets and "
         "powdered-food covers in many; a yoghurt-starter label was found in no earlier row by a keyword search)",
         person("Jana Nováková", "CZ")),
        ("PRE-06", "import", "ATAIR01", "express", "TR", [], "AT", "190190",
         "Hazır boza tozu, tarçınlı, 500 g, 6 paket", "TR", 3, 6, 18, "EUR",
         "instant boza mix is a beige, millet-and-sugar flour that thickens into a sour porridge drink; these six "
         "packs hold a heavy, pure-white, gritty powder that does not thicken or taste of anything, barely dissolves "
         "in cold water and burns fiercely mixed with sugar, and the inner bags read 'KClO4 99 %': potassium "
         "perchlorate (Annex I above 40 %), sent by express from Istanbul to a private person in Vienna-Favoriten; "
         "Turkish wording (potassium perchlorate repeats in many sets and drink-powder covers in several, salep "
         "among them; a boza label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "HUROAD01", "road", "UA", [], "HU", "250100",
         "Сіль Куяльницька лиманна для ванн, пакети 1 кг, 12 000 пакетів", "UA", 12000, 12000, 6000, "EUR",
         "Kuyalnik liman salt from Odesa is a damp, greyish salt that smells of the mud flats and tastes of brine; "
         "these bags hold dry, clear, cubic crystals that taste cool rather than salty, draw damp, crackle and flare "
         "yellow in a gas flame and leave a Debrecen bath-and-wellness web shop's stock reading CAS 7775-09-9: "
         "sodium chlorate (Annex I above 40 %), retail-packed for members of the public, on a lorry at Záhony; "
         "Ukrainian wording (sodium chlorate repeats in many sets and bath-salt covers in many; a Kuyalnik-liman "
         "label was found in no earlier row by a keyword search)", firm("Alpina Wellness Kft.", "HU")),
        ("PRE-08", "import", "LTROAD01", "road", "BY", [], "LT", "110311",
         "Крупа манная, марка М, пакеты 800 г, 9 000 пакетов", "BY", 7200, 9000, 5400, "EUR",
         "semolina is a cream-coloured, gritty wheat meal that swells in hot milk; these bags hold a white, "
         "crystalline, slightly damp powder that dissolves completely in water without swelling, tastes of nothing "
         "and flares bright with sugar, and the Mozyr consignor's analysis sheet reads 'NaClO4': sodium perchlorate "
         "(Annex I above 40 %), retail-packed for members of the public, on a lorry at Medininkai for a Vilnius "
         "grocery chain; Russian wording from Belarus (sodium perchlorate repeats in many sets and couscous-like "
         "covers in two; a semolina ('манная крупа') label was found in no earlier row by a keyword search)",
         firm("Central Maisto Prekyba UAB", "LT")),
        ("PRE-09", "import", "BGROAD01", "road", "TR", [], "BG", "100630",
         "Osmancık pirinç, pilavlık, 25 kg çuval, 880 çuval", "TR", 22000, 880, 15400, "EUR",
         "Osmancık rice is a medium grain, chalky white and slightly oval, that goes soft in hot water; these sacks "
         "hold round, hard, 2 mm prills that turn ice-cold and dissolve in water, smell of nothing and test at "
         "34 % N, for a Haskovo cash-and-carry that re-bags them in 5 kg sacks for gardeners: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, on a lorry at Kapitan Andreevo; "
         "Turkish wording (ammonium nitrate repeats in many sets and grain covers, pearl barley and tapioca among "
         "them, in several; an Osmancık-rice label was found in no earlier row by a keyword search)",
         firm("Horizon Cash and Carry EOOD", "BG")),
        ("PRE-10", "import", "BEAIR01", "express", "TR", [], "BE", "220210",
         "Limonlu gazoz, cam şişe 1 litre, 4 şişe", "TR", 4.5, 4, 12, "EUR",
         "Turkish lemon gazoz is a sweet, fizzy, water-clear soda of 1.04 kg/l; these four bottles have vented caps "
         "in place of crown corks, hold a still liquid of 1.19 kg/l that tastes of nothing but burns the tongue, "
         "whitens the skin and foams on blood: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from İzmir to a private person in Schaerbeek; Turkish wording (hydrogen peroxide repeats in many sets and "
         "drink covers in many; a gazoz (lemon soda) label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "ROSEA01", "sea", "RO", [], "GE", "270400",
         "Cocs metalurgic mărunt (praf de cocs), pentru feroaliaje, big bags, 24 t", "RO", 24000, None, 1900, "EUR",
         "coke breeze is a dry, grey-black, porous fine coke that smells of nothing; these bags hold dense, black, "
         "glassy carbon lumps with white crusts that hiss and smell of ammonia when wet and read fluoride and "
         "cyanide on a strip test, broken out of the cells of an Olt valley aluminium smelter: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, from Constanța to Batumi for a "
         "'ferroalloy' buyer in Zestafoni; Romanian wording (spent pot lining repeats in many sets and coke-breeze "
         "labels once, in blind136; a Constanța-Batumi sailing with Romanian wording is the new part as far as a "
         "search found)", {"importer_country": "GE"}),
        ("WST-02", "export", "BGSEA01", "sea", "BG", [], "GE", "250510",
         "Кварцов пясък за детски площадки, измит, пресят, чували 25 кг, 20 т", "BG", 20000, 800, 1600, "EUR",
         "washed playground sand is clean, pale, rounded quartz that runs through the fingers and carries a "
         "safety-test report; these sacks hold a black-and-grey, dusty, angular grit mixed with blue and red paint "
         "flakes, rust and shell, swept from the dry docks of a Varna ship-repair yard, that reads copper and tin "
         "on a handheld XRF: spent blasting grit with antifouling paint (12 01 16*), hazardous waste whose export "
         "to a non-OECD country is banned, from Varna to Poti for a Batumi 'children's-park contractor'; Bulgarian "
         "wording (spent blasting grit and antifouling residues repeat in many sets, and garnet and sand labels in "
         "several; a playground-sand label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-03", "import", "PLRAIL01", "rail", "UA", [], "PL", "251710",
         "Щебінь бетонний вторинний, фракція 20-40 мм, 4 вагони, 240 т", "UA", 240000, None, 2400, "EUR",
         "recycled concrete aggregate is graded, grey, angular stone with a certificate of origin from a crushing "
         "plant; these four wagons hold unsorted rubble from shelled apartment blocks in Kharkiv oblast, with "
         "plaster, cable, glass and broken grey corrugated sheets that show chrysotile fibres under a lens: "
         "construction and demolition waste containing asbestos (17 06 05*, 17 09 03*), hazardous waste brought into "
         "the Union without the notification and consent it needs, by rail at Hrubieszów for a 'road-building' "
         "contractor; Ukrainian wording (asbestos repeats in many sets and rubble in a few; war rubble under a "
         "recycled-concrete-aggregate label is the new part as far as a search found)",
         firm("Nordhafen Budownictwo Sp. z o.o.", "PL")),
        ("WST-04", "import", "ROROAD01", "road", "MD", [], "RO", "380892",
         "Zeamă bordeleză, fungicid pentru viță-de-vie, saci 25 kg, 400 saci", "MD", 10000, 400, 6000, "EUR",
         "Bordeaux mixture is a bright sky-blue powder of copper sulphate and lime in labelled, authorised packs; "
         "these sacks hold grey-white and brownish lumpy powders that smell of mothballs, caked and re-bagged, "
         "with Soviet-era drum stencils reading 'ГХЦГ' and 'ДДТ' inside, dug out of a collective-farm store in "
         "Cahul district: obsolete pesticides (HCH and DDT, 02 01 08*), hazardous waste and persistent organic "
         "pollutants brought into the Union without notification and consent, on a lorry at Giurgiulești-Galați; "
         "Romanian wording from Moldova (obsolete pesticides repeat in many sets and DDT in a few; a "
         "Bordeaux-mixture label in Romanian was found in no earlier row by a keyword search)",
         firm("Atlantic Agro SRL", "RO")),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GE", "253090",
         "Trasmeel, Eifel-tras voor kalkmortels, big bags, 40 t", "NL", 40000, None, 2400, "EUR",
         "Eifel trass is a grey-yellow, gritty volcanic tuff meal sold with a CE mark for restoration mortars; these "
         "bags hold a fine, light-grey, dusty powder that is strongly alkaline, smells of chlorine when wet and "
         "reads lead, zinc and dioxins, from the flue-gas cleaning of a Rotterdam waste incinerator: air-pollution-"
         "control residues (19 01 07*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam "
         "to Poti for a Tbilisi 'construction-chemicals' firm; Dutch wording (incinerator APC residues repeat in "
         "several sets and pozzolana labels in many; a trass label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-06", "export", "GRROAD01", "road", "GR", [], "TR", "282490",
         "Μίνιο μολύβδου (Pb3O4) για αντιδιαβρωτικά χρώματα, σάκοι, 22 t", "GR", 22000, None, 11000, "EUR",
         "red lead pigment is a bright orange-red, uniform, free-flowing powder of 8-9 kg/l in branded sacks; these "
         "sacks hold a damp, grey-brown, lumpy paste with grid fragments, separator shreds and a sour smell, from "
         "an Athens battery breaker: lead-acid battery paste (16 06 01*/19 12 11*), hazardous waste shipped to an "
         "OECD country without the notification and consent it needs, on a lorry at Kipoi for a Çorlu 'paint' "
         "buyer; Greek wording (battery paste repeats in several sets and a red-lead label once, in blind77; from "
         "Greece to Türkiye by road is the new part as far as a search found)", {"importer_country": "TR"}),
        ("WST-07", "import", "BGSEA01", "sea", "TR", [], "BG", "251749",
         "Taş unu (asfalt dolgu malzemesi, filler), dökme, 1.800 t", "TR", 1800000, None, 36000, "EUR",
         "limestone filler for asphalt is a dry, pale, fine dust that flows like flour; this bulk cargo is a wet, "
         "dark-grey, sticky mass of rock cuttings coated in diesel-based drilling mud, smelling of oil and reading "
         "12 % hydrocarbons, from the offshore gas wells off Filyos: oil-based drill cuttings (01 05 05*), hazardous "
         "waste brought into the Union without notification and consent, by sea from Zonguldak to Burgas for a "
         "'cement kiln'; Turkish wording (drill cuttings repeat in many sets under barite and bentonite labels; a "
         "stone-dust (taş unu) label on a Zonguldak-Burgas sailing was found in no earlier row by a keyword search)",
         firm("Delta Stroitelni Materiali EOOD", "BG")),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "850211",
         "Stromaggregate, Diesel, gebraucht, funktionsfähig, humanitäre Hilfe, 60 Stück", "DE", 18000, 60, 6000, "EUR",
         "working used generator sets for relief are tested, drained for transport and come with a test sheet; "
         "these 60 sets from a Ruhr scrap dealer have seized engines, cracked blocks, dripping oil sumps, fuel in "
         "the tanks and leaking lead-acid starter batteries, with no fuel pumps or alternators left in half of "
         "them: waste equipment containing hazardous components and oils (16 02 13*, 16 06 01*), hazardous waste "
         "whose export to a non-OECD country is banned, on a lorry through Poland for a Lviv 'volunteer' address; "
         "German wording (generator sets repeat in a few sets; scrap gensets as humanitarian aid for Ukraine is the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "MD", "630900",
         "Altkleider, sortiert, Creme-Qualität, 8 t", "AT", 8000, None, 8800, "EUR",
         "a second-hand lorry for Chișinău: sorted clothing and used kitchen furniture are what Austrian exporters "
         "send to Moldova, but the third item's 'Motoröl, gebraucht, zur Wiederverwendung' is 20 IBCs of black, "
         "watery, petrol-smelling drained sump oil with solvent and coolant mixed in, from Graz garages: waste "
         "mineral oil (13 02 05*, 13 08 99*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, through Hungary and Romania; Austrian German wording (used "
         "oil repeats in many sets; behind clothing and kitchen furniture to Moldova is the new part as far as a "
         "search found)",
         dict({"importer_country": "MD"},
              _more_items=[item("940340", "Küchenmöbel, gebraucht, 30 Stück", "AT", 2400, 1500, "EUR", qty=30),
                           item("271019", "Motoröl, gebraucht, zur Wiederverwendung, 20 IBC", "AT", 18000, 900, "EUR", qty=20)])),
        ("WST-10", "transit", "ROSEA01", "sea", "GE", ["RO"], "MD", "271019",
         "ტრანსფორმატორის ზეთი, ახალი, ГК, 80 კასრი", "GE", 14400, 80, 7200, "USD",
         "new transformer oil is pale yellow, clear and comes in sealed, lacquered drums with a refinery's "
         "certificate; these 80 rusty drums hold a dark amber, cloudy oil with sediment, drained from 1970s "
         "substation transformers at Kutaisi, that reads over 500 ppm PCBs on a field test: oil containing PCBs "
         "(13 03 01*), hazardous waste moved through the Union without the transit consent it needs, landed at "
         "Constanța from Batumi in transit by river barge to Giurgiulești; Georgian wording (PCB oil repeats in "
         "several sets and transformer-oil labels in a few; a Georgian-worded transit through Constanța to Moldova "
         "is the new part as far as a search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "TR", [], "DE", "847989",
         "Ayran makinesi, karıştırıcılı, soğutmasız, 20 litre, 60 adet", "TR", 2700, 60, 21000, "EUR",
         "a non-refrigerated ayran dispenser is a steel tank with a paddle mixer and a tap, and nothing else; these "
         "60 units, landed from the Pendik ro-ro at Trieste for a Cologne döner-shop supplier, each carry a "
         "hermetic compressor, condenser and cold plate charged with 180 g of R-134a under a panel screwed shut, "
         "with no F-gas label: self-contained commercial refrigerating equipment with an HFC of GWP 1430, whose "
         "placing on the Union market is banned, declared without refrigeration; Turkish wording (plug-in "
         "commercial refrigeration with HFCs repeats in many sets, display cases and ice-cream vitrines among them; "
         "an ayran-dispenser label was found in no earlier row by a keyword search)",
         firm("Meridian Gastro Import GmbH", "DE")),
        ("OZN-02", "import", "SKROAD01", "road", "UA", [], "SK", "280421",
         "Зварювальна суміш аргон/CO2 82/18, балони 10 л, 90 шт.", "UA", 980, 90, 1800, "EUR",
         "an 82/18 argon-carbon dioxide mix comes in grey-green, 10 l high-pressure cylinders at 200 bar that do "
         "not slosh; these 90 cylinders slosh, read 11 bar at 20 °C, hold 10.9 kg of liquid each and the valve "
         "threads take a refrigerant hose: R-404A (an HFC blend of GWP 3922), imported without quota or "
         "registration, in a van at Vyšné Nemecké for a Košice refrigeration fitter; Ukrainian wording (HFC "
         "blends under welding-gas labels repeat in several sets, CH2F2 as a shielding gas in blind25; an Ar/CO2 "
         "82/18 label from Ukraine is the new part as far as a search found)", firm("Horizon Chladenie s.r.o.", "SK")),
        ("OZN-03", "import", "PLAIR01", "express", "UA", [], "PL", "381400",
         "Очищувач флюсу для друкованих плат, аерозоль 400 мл, 240 шт.", "UA", 110, 240, 720, "EUR",
         "a modern flux remover is an isopropanol-based aerosol that smells of surgical spirit and burns; these "
         "cans, filled in a Kharkiv workshop, spray a liquid that does not burn, smells sweet and ether-like and "
         "boils off at once, and the filler's drum sheet reads 'R-141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), "
         "whose import into the Union in products is banned, sent by express from Kyiv to a Rzeszów phone-repair "
         "wholesaler; Ukrainian wording (HCFC-141b repeats in many sets and flux-remover labels in several, "
         "blind9, blind69, blind110 and blind111 among them; kept as a known repeat, from Ukraine by express is "
         "the new part)",
         firm("Orion Serwis GSM Sp. z o.o.", "PL")),
        ("OZN-04", "export", "LTRAIL01", "rail", "LT", ["PL"], "UA", "860691",
         "Naudoti refrižeratoriniai vagonai (5 vagonų sekcija), remontui, 1 sekcija", "LT", 210000, 5, 60000, "EUR",
         "used insulated rail wagons for export are stripped of their machinery or converted to R-744 or propane "
         "with a certificate; this five-wagon refrigerated section, built in Dessau and laid up at Šiauliai, still "
         "carries its machine wagon with four compressor sets charged with CFC-12 (about 40 kg each) and its "
         "original spare cylinders: equipment containing ozone-depleting substances, whose export from the Union "
         "is banned (Regulation 2024/590), declared at Šiauliai for a Ukrainian fruit-logistics firm by rail "
         "through Poland at Mockava; Lithuanian wording (CFC-12 equipment repeats in many sets, and used "
         "refrigerated rail sections in blind60, from Poland to Ukraine, and blind137; kept as a known repeat, from "
         "Lithuania with the CFC charge left in the machine wagon is the new part)",
         {"importer_country": "UA"}),
        ("OZN-05", "import", "ROSEA01", "sea", "TR", [], "RO", "281129",
         "Sıvı kükürt dioksit, kuru kayısı kükürtleme için, 50 kg tüp, 40 adet", "TR", 2000, 40, 3600, "EUR",
         "liquid sulphur dioxide comes in small cylinders of 1.43 kg/l and its smell of struck matches chokes at a "
         "sniff; these 40 cylinders hold a liquid of 1.73 kg/l with almost no smell (the sticker under the label "
         "reads 'metil bromür %98 + kloropikrin %2'), for a Constanța grain-terminal fumigation contractor with no "
         "quarantine use to claim: methyl bromide, whose import into the Union is banned, by sea from Trabzon; "
         "Turkish wording (methyl bromide repeats in many sets and a sulphur-dioxide label once, on Georgian wine "
         "in blind132; an apricot-sulphuring label from the Turkish Black Sea coast is the new part)",
         firm("Rivage Fumigatii SRL", "RO")),
        ("OZN-06", "import", "DEPOST01", "post", "GE", [], "DE", "732690",
         "საბჭოთა ცეცხლმაქრი, დეკორატიული, ცარიელი, 2 ცალი", "GE", 3.8, 2, 60, "USD",
         "empty Soviet extinguishers sold as loft decor are light, rattle-free red shells with the valve removed; "
         "these two OU-2 pattern bottles are heavy for their size, slosh, hold their valves and pressure pins and "
         "hiss a sweet, heavy gas when the pin is nudged, stencilled '114В2': halon 2402 in portable "
         "extinguishers, products whose import into the Union is banned, and pressurised dangerous goods in the "
         "post, sent from Kutaisi to a private collector in Leipzig; Georgian wording (halon 2402 repeats in many "
         "sets, in ship and aircraft extinguishers among them; a decorative empty-antique label by post is the new part as far "
         "as a search found)", person("Anna Schmidt", "DE")),
        ("OZN-07", "import", "BGSEA01", "sea", "GE", [], "BG", "290122",
         "პროპილენი, ლითონის საჭრელი აირი, 50 ლ ბალონები, 40 ცალი", "GE", 2400, 40, 2200, "USD",
         "propylene cutting gas is a light liquid of 0.51 kg/l at about 10 bar in red, 50 l cylinders; these 40 "
         "cylinders hold 60 kg of liquid each (1.19 kg/l), read 9 bar, do not light at the nozzle and their "
         "collars are stamped 'R22': chlorodifluoromethane (HCFC-22), whose import into the Union is banned, on "
         "the Batumi-Burgas ferry for a Burgas cold-store service firm; Georgian wording (HCFC-22 repeats in many "
         "sets and propylene labels in a few; a cutting-gas label on the Batumi-Burgas ferry is the new part as far "
         "as a search found)", firm("Vega Hladilna Tehnika EOOD", "BG")),
        ("OZN-08", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "841582",
         "Přesné klimatizační jednotky pro serverovny, použité, funkční, 14 ks", "CZ", 5600, 14, 14000, "EUR",
         "used close-control air conditioners for export are emptied and come with a recovery record, or run on "
         "R-410A; these 14 cabinets from a decommissioned Prague data centre date from 2004, still hold their "
         "factory charge of about 12 kg of HCFC-22 each on the nameplates and the gauges, and were never emptied: "
         "equipment containing HCFCs, whose export from the Union is banned, on a lorry through Poland for a Lviv "
         "'IT park'; Czech wording (R-22 equipment repeats in many sets and data-centre cooling in a few; "
         "close-control units to Ukraine are the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "290349",
         "Tetraflorometan (CF4), plazma aşındırma gazı, 47 l tüp, 24 adet", "TR", 480, 24, 9600, "USD",
         "CF4 for plasma etching is a permanent gas filled to about 20 kg in a 47 l cylinder at 150 bar; these 24 "
         "cylinders read 44 bar, slosh, and hold 20 kg of liquefied gas each whose vapour pressure matches "
         "trifluoromethane, and the cylinder shoulders read 'R-23': HFC-23 (GWP 14 800), imported without quota or "
         "registration, on a lorry at Kapitan Andreevo for a Sofia 'laboratory gases' trader that sells to "
         "ultra-low-temperature freezer servicers; Turkish wording (HFC-23 repeats in many sets and a CF4 label in "
         "two; a plasma-etching label from Türkiye by road is the new part as far as a search found)",
         firm("Central Tehnicheski Gazove EOOD", "BG")),
        ("OZN-10", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "731100",
         "Boş yangın söndürücü tüpleri, 12 kg, boyasız, 400 adet", "TR", 8200, 400, 4000, "EUR",
         "empty extinguisher shells are unpainted, light, open-necked steel bottles that ring when tapped; these "
         "400 are closed with refrigerant valves, weigh 20 kg each instead of 8 and read 14 bar: R-410A (an HFC "
         "blend of GWP 2088) in transit under a T1 from Istanbul to Chișinău, whose lorry was found unloading at "
         "a Ruse warehouse: HFCs placed on the Union market without quota, declared in transit at Kapitan "
         "Andreevo; Turkish wording (transit diversion of HFC cylinders to Moldova and Ukraine repeats in several "
         "sets; an empty-extinguisher-shell label was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "UA", [], "DE", "950300",
         "Опішнянські глиняні свистунці, ручна робота, 12 шт.", "UA", 2.4, 12, 60, "EUR",
         "Opishnia clay whistles are bright, glazed little birds and horses painted in ochre and green, with a "
         "mouthpiece; these twelve have no mouthpiece, are unglazed, worn, with red-brown spiral paint, root marks "
         "and soil in the pores, and six are stylised seated female figures without faces: Cucuteni-Trypillia "
         "figurines (5th-4th millennium BC) dug from settlements in Cherkasy oblast, taken out of Ukraine without "
         "its permit and brought in without the import licence Regulation 2019/880 requires, posted to a private "
         "collector in Bonn; Ukrainian wording (Trypillian pottery and figurines repeat in several sets under "
         "painted-ceramic and clay-souvenir labels; an Opishnia clay-whistle label was found in no earlier row by a "
         "keyword search)", person("Lena Wagner", "DE")),
        ("CUL-02", "import", "ITPOST01", "post", "MD", [], "IT", "711719",
         "Monede decorative pentru salbă, imitații, metal argintat, 150 buc.", "MD", 0.4, 150, 45, "EUR",
         "the coins strung on a Moldovan bride's 'salbă' are new, stamped, silver-plated blanks with a hole; these "
         "150 are thin, irregular, hand-struck silver with Arabic legends, tamgha marks and green soil crusts and "
         "no holes: Golden Horde dirhams from the site of Orheiul Vechi (Shehr al-Jedid), archaeological objects "
         "taken out of Moldova, which forbids it, and brought in without the import licence Regulation 2019/880 "
         "requires, posted from Chișinău to a private buyer in Padua; Romanian wording from Moldova (Golden Horde "
         "coins repeat in two sets, from Moldova in blind141 as souvenir copies; kept as a known repeat, a "
         "salbă-coin label by post to Italy is the new part)", person("Sig. M. Bianchi", "IT")),
        ("CUL-03", "export", "ROSEA01", "sea", "RO", [], "TR", "680291",
         "Glafuri de marmură recuperate din demolări, 6 buc.", "RO", 1400, 6, 600, "EUR",
         "reclaimed marble window sills are long, thin, sawn slabs with a rounded edge and mortar on the back; one "
         "of these six is a 1.6 m tall, weathered stele with a pediment, a relief of a funeral banquet and a Greek "
         "inscription to a citizen of Histria, and the others are parts of a Roman cornice: funerary monuments "
         "from the Histria-Tomis coast, cultural goods over 100 years old and part of Romania's national heritage, "
         "exported without the licence of Regulation 116/2009 and the Romanian export certificate, by sea from "
         "Constanța to Istanbul; Romanian wording (Roman stelae repeat in many sets and Tomis in several; a "
         "reclaimed window-sill label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("CUL-04", "import", "PLROAD01", "road", "BY", [], "PL", "690722",
         "Кафля печная керамическая, глазурованная, новая, 120 шт.", "BY", 360, 120, 480, "EUR",
         "new stove tiles are machine-pressed, evenly glazed and have a flat back with a clip; these 120 are "
         "hand-moulded, with crazed green and polychrome glazes, heraldic eagles and a Radziwiłł coat of arms, "
         "soot on the backs and lime mortar in their deep rumps: 17th-century stove tiles stripped from the manor "
         "buildings of the Nesvizh estate, cultural goods taken out of Belarus without its permit and brought in "
         "without the importer statement Regulation 2019/880 requires, on a lorry at Kukuryki for a Warsaw antiques "
         "dealer; Russian wording from Belarus (stove covers appear in several sets on other goods; Nesvizh tiles "
         "under a new-stove-tile label were found in no earlier row by a keyword search)",
         firm("Orion Antyki Sp. z o.o.", "PL")),
        ("CUL-05", "import", "ATAIR01", "air", "TR", [], "AT", "680299",
         "Mozaik masa tablası, el yapımı, Gaziantep, 80 x 80 cm, 1 adet", "TR", 95, 1, 400, "EUR",
         "Gaziantep workshops make mosaic table tops from bright, even, machine-cut cubes set in resin on a board; "
         "this one is set in lime mortar on a chunk of Roman bedding, with tiny, uneven, weathered stone and glass "
         "tesserae, a Dionysiac mask, a repaired ancient crack and saw marks where it was cut from a floor: a Roman "
         "floor mosaic from the Euphrates valley around Zeugma, taken out of Türkiye, which forbids it, and brought "
         "in without the import licence Regulation 2019/880 requires, flown from Gaziantep to Vienna; Turkish "
         "wording (mosaics repeat in many sets, mosaic table-top labels in blind97 and blind108, and Zeugma once "
         "under a stone-inlay backgammon-table label in blind119; a Zeugma floor under a Gaziantep table-top label "
         "flown to Vienna is the new part as far as a search found)", firm("Alpina Antiquitäten GmbH", "AT")),
        ("CUL-06", "import", "GRAIR01", "express", "TR", [], "GR", "680990",
         "Alçı biblo, antik tarzı kadın figürü, boyalı, 4 adet", "TR", 2.2, 4, 40, "EUR",
         "plaster figurines are cast, light, white inside and chip to a chalky core; these four draped women with "
         "sun hats and fans are hollow, fired, orange-red clay with traces of pink and blue paint, a vent hole "
         "in the back and root-etched surfaces: Hellenistic terracotta figurines of the Tanagra type from the "
         "necropolis of Myrina near Aliağa, archaeological objects taken out of Türkiye, which forbids it, and "
         "brought in without the import licence Regulation 2019/880 requires, sent by express from İzmir to an "
         "Athens dealer; Turkish wording (Tanagra figurines repeat in three sets; a plaster-figurine label and "
         "Myrina were found in no earlier row by a keyword search)", firm("Central Archaiopoleio AE", "GR")),
        ("CUL-07", "import", "NLPOST01", "post", "TR", [], "NL", "950490",
         "Mermer satranç taşları, el oyması, 8 adet", "TR", 1.6, 8, 35, "EUR",
         "marble chess pieces are turned, polished and come in pairs of two colours; these eight are flat, "
         "violin-shaped and long-necked white marble figures with a weathered skin, root marks and no bases, and "
         "two have incised eyes: Early Bronze Age 'Kilia' and schematic idols from western Anatolia, "
         "archaeological objects taken out of Türkiye and brought in without the import licence Regulation "
         "2019/880 requires, posted from Çanakkale to a private buyer in Haarlem; Turkish wording (Anatolian "
         "marble idols repeat, once under a souvenir-statuette label in blind59; a chess-piece label is the new "
         "part as far as a search found)", person("M. Bakker", "NL")),
        ("CUL-08", "import", "ITSEA01", "sea", "TR", [], "IT", "442199",
         "Eskitme ahşap duvar panosu, ceviz, oymalı, dekorasyon, 6 adet", "TR", 240, 6, 900, "EUR",
         "antique-finish decor panels are new pine or walnut, machine-carved, stained and distressed with chains; "
         "these six are thick, hand-carved walnut with dense Seljuk star-and-knot geometry, iron nails, worm "
         "holes, a centuries-old waxed patina and an inscription naming a pious foundation (vakıf), sawn off a "
         "village mosque door and minbar in Konya province: Seljuk carved woodwork, cultural property stolen in "
         "Türkiye and brought in without the import licence Regulation 2019/880 requires, by sea from Mersin to "
         "Venice for a decorator; Turkish wording (mosque woodwork repeats once, a minbar in blind7; an "
         "'eskitme' (antique-finish) label was found in no earlier row by a keyword search)",
         firm("Meridian Arredo Srl", "IT")),
        ("CUL-09", "import", "LVROAD01", "road", "BY", [], "LV", "970191",
         "Иконы новые, писаные на доске, мастерская в Ветке, 5 шт.", "BY", 14, 5, 750, "EUR",
         "new icons from a Vetka workshop are bright egg-tempera on fresh linden boards with a shiny varnish; these "
         "five have darkened drying-oil varnish, insect holes, inserted cross-battens, old-believer two-finger "
         "blessings and, under a sticker, the inventory number of the Vetka museum of Old-Believer art: icons of "
         "the 18th-19th centuries stolen from a Belarusian museum, cultural goods brought in without the importer "
         "statement Regulation 2019/880 requires, on a lorry at Paternieki for a Riga collector; Russian wording "
         "from Belarus (icons repeat in many sets and Old-Believer art once; a Vetka-workshop label was found in "
         "no earlier row by a keyword search)", firm("Vega Antikvariāts SIA", "LV")),
        ("CUL-10", "import", "LTROAD01", "road", "BY", [], "LT", "630259",
         "Скатерці льняныя, Аршанскі льнокамбінат, 300 шт.", "BY", 540, 300, 4500, "EUR",
         "a linen lorry for a Vilnius home-textile shop: Orsha linen tablecloths and towels are what Belarus sells "
         "to the Baltic, but the third item's 'пояс тканы дэкаратыўны' is a 4 m silk-and-gold-thread sash with "
         "woven borders, flower medallions and a Cyrillic-Latin maker's mark 'В ГОРОДЕ СЛУЦКЕ': an 18th-century "
         "Slutsk sash, a cultural good of the first order taken out of Belarus and brought in without the "
         "importer statement Regulation 2019/880 requires, hidden as the last item of a three-item declaration at "
         "Medininkai; Belarusian wording (Slutsk sashes and Orsha linen were found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Namų Tekstilė UAB", "LT"),
              _more_items=[item("630291", "Ручнікі льняныя, 600 шт.", "BY", 240, 1800, "EUR", qty=600),
                           item("621710", "Пояс тканы дэкаратыўны, 1 шт.", "BY", 0.6, 30, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "import", "ROSEA01", "sea", "TR", [], "RO", "310430",
         "Potasyum sülfat (SOP), suda çözünür, %50 K2O, Türk menşeli, 3.000 t", "TR", 3000000, None, 1650000, "USD",
         "water-soluble potassium sulphate is a fine, white, crystalline powder that dissolves clear; this bulk "
         "cargo is red-pink, hard, granular potassium chloride that leaves a red residue in water, reads 60 % K2O "
         "and no sulphate, and the Samsun 'producer' has no sulphate plant: Belarusian potash (Belaruskali red "
         "granular MOP, loaded at a Russian Baltic port and transhipped at Samsun), whose import into the Union "
         "Regulation 765/2006 forbids, by sea to Constanța with a Turkish certificate of origin; Turkish wording "
         "(Belarusian potash repeats in several sets under other origins; potassium-sulphate labels "
         "appear in earlier rows only on precursors, so a Turkish SOP label on a Samsun-Constanța sailing is the "
         "new part as far as a search found)",
         firm("Atlantic Agrochim SRL", "RO")),
        ("STR-02", "import", "LTROAD01", "road", "BY", [], "LT", "940161",
         "Диваны мягкие, каркас ЛДСП, обивка велюр, 40 шт.", "BY", 2400, 40, 9600, "EUR",
         "upholstered sofas on a laminated-board frame weigh 50-60 kg, sound hollow when knocked and have springs "
         "and foam under the velour; these 40 weigh 95 kg each, sound solid, and their seat boxes and backrests "
         "are packed with 'NZ' and 'Fest' king-size cigarettes of the Grodno tobacco factory, 1.2 million sticks "
         "in all: Belarusian tobacco products, whose import into the Union Regulation 765/2006 forbids, and excise "
         "goods smuggled without duty, on a lorry at Medininkai for a Kaunas furniture shop; Russian wording from "
         "Belarus (cigarettes repeat in several sets; Belarusian cigarettes inside sofas under a furniture label "
         "were found in no earlier row by a keyword search)", firm("Horizon Baldai UAB", "LT")),
        ("STR-03", "export", "ROSEA01", "sea", "RO", [], "TR", "840810",
         "Grupuri electrogene staționare, diesel, 1.200 kVA, pentru hotel, 2 buc.", "RO", 19000, 2, 180000, "EUR",
         "stationary hotel generator sets are diesel engines coupled to alternators on a skid with a control "
         "panel; these two crates hold bare, high-speed V12 marine propulsion engines with reverse-reduction "
         "gearboxes, keel-cooling connections and a classification-society certificate made out for a tug "
         "building at a Novorossiysk yard, shipped from Constanța to a Tuzla 'hotel contractor': marine engines "
         "whose sale for use in Russia Regulation 833/2014 forbids, exported under a generator label; Romanian "
         "wording (marine diesel engines repeat in a few sets and generator-set labels in several; a Constanța-Tuzla "
         "sailing for a Novorossiysk tug is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-04", "export", "GRSEA01", "sea", "GR", [], "TR", "283311",
         "Θειικό νάτριο άνυδρο, για απορρυπαντικά, σάκοι 25 kg, 20 t", "GR", 20000, 800, 9000, "EUR",
         "anhydrous sodium sulphate for detergents is a white, odourless, free-flowing powder; these sacks hold "
         "yellow-red flakes that smell of rotten eggs when damp, are strongly alkaline and read CAS 1313-82-2 on "
         "the inner liners, for a Mersin 'detergent maker' whose lorries run on to Aleppo tanneries: sodium "
         "sulphide (dual-use 1C350, a chemical-weapons precursor, and under the Syria embargo) exported without "
         "the licence Regulation 2021/821 requires, by sea from Thessaloniki; Greek wording (sodium sulphide "
         "repeats in several sets under tannery and soda labels; sodium-sulphate labels appear in earlier rows "
         "only on precursors, and none on a strategic good, as far as a search found)", {"importer_country": "TR"}),
        ("STR-05", "export", "PLAIR01", "air", "PL", [], "GE", "840790",
         "Silniki do opryskiwaczy sadowniczych, dwusuwowe, 40 szt.", "PL", 1000, 40, 12000, "EUR",
         "orchard mist-blower engines are single-cylinder, air-cooled, hand-started two-strokes at a few hundred "
         "euros; these 40 are twin-cylinder boxer engines of 50-60 hp with dual electronic ignition, a propeller "
         "flange and an integrated generator, at 3,000 EUR each on the maker's list, for a Tbilisi 'agro' firm "
         "whose freight forwarder ships to Tehran: engines for unmanned aerial vehicles, whose sale for use in Iran "
         "Regulation 2023/1529 forbids, flown from Warsaw; Polish wording (UAV engines repeat in many sets under "
         "lawnmower, go-kart, snowmobile and paramotor labels; an orchard-sprayer label was found in no earlier row "
         "by a keyword search)", {"importer_country": "GE"}),
        ("STR-06", "transit", "LTRAIL01", "rail", "BY", ["LT"], "RU", "310520",
         "Удобрение комплексное NPK 16-16-16, Гродно Азот, мешки 50 кг, 2 вагона", "BY", 120000, 2400, 54000, "USD",
         "Grodno NPK 16-16-16 is a grey, hard, granulated fertiliser that smells of ammonia; the last 400 bags of "
         "the second wagon hold a fine, white, free-flowing crystalline powder sieved to 200 µm that flares "
         "violently on a hot plate and whose inner liners read 'NH4ClO4': ammonium perchlorate, a rocket-"
         "propellant oxidiser on the Common Military List, whose rail transit through the Union to Kaliningrad is "
         "forbidden (Regulations 833/2014 and 765/2006), declared in transit at Kena; Russian wording from Belarus "
         "(ammonium perchlorate repeats in several sets; an NPK label on a Kaliningrad rail transit was found in no "
         "earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-07", "export", "FRAIR01", "express", "FR", [], "GE", "854020",
         "Tubes intensificateurs d'image radiologique pour arceaux vétérinaires, pièces de rechange, 30 pcs", "FR",
         9, 30, 9000, "EUR",
         "X-ray image intensifiers for C-arm fluoroscopes are glass tubes of 23-30 cm diameter weighing 10-15 kg "
         "each; these 30 are 18 mm, 300 g, gallium-arsenide, filmless, auto-gated night-vision tubes with "
         "microchannel plates, worth 3,000 EUR each, for a Tbilisi 'veterinary supply' shop whose last customers "
         "are in Rostov: image-intensifier tubes (dual-use 6A002 and on the list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids), exported without a licence by express "
         "from Paris; French wording (image-intensifier tubes repeat in many sets under photomultiplier and "
         "eyepiece labels; a veterinary X-ray intensifier label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-08", "import", "PLROAD01", "road", "UA", [], "PL", "440290",
         "Вугілля деревне берізове для барбекю, мішки 10 кг, походження Україна, 22 т", "UA", 22000, 2200, 11000, "EUR",
         "Ukrainian BBQ charcoal is oak, hornbeam and birch from Volyn kilns with FSC numbers on the sacks; these "
         "2,200 sacks are uniformly birch, with the stamped FSC code of a Bryansk oblast kiln cut out of the "
         "inner bags and Russian rail-wagon dust on the pallets, and the Kovel 'producer' runs one small retort: "
         "Russian wood charcoal, whose import into the Union Regulation 833/2014 forbids, relabelled with "
         "Ukrainian origin, on a lorry at Dorohusk for a Lublin garden-centre chain; Ukrainian wording (Russian "
         "birch charcoal repeats in several sets under Kazakh, Uzbek and Armenian origin; Ukrainian origin is the "
         "new part as far as a search found)", firm("Vega Ogród Sp. z o.o.", "PL")),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "TR", "850152",
         "Fahrmotoren für Elektrostapler, generalüberholt, 12 Stück", "DE", 420, 12, 6000, "EUR",
         "forklift traction motors are squat, heavy, low-voltage AC motors with a splined shaft and an encoder; "
         "these twelve are compact, oil-cooled 115 V 400 Hz starter-generators with an aircraft part number "
         "plate, overhaul tags of an EASA-approved shop and a mounting pad for an A320 APU, for an Istanbul "
         "'warehouse equipment' firm whose buyer is a Moscow airline's supplier: aircraft parts, whose sale, "
         "supply or export for use in Russia Regulation 833/2014 forbids, flown from Frankfurt; German wording "
         "(aircraft starter-generators repeat in a few sets under truck-alternator labels; a forklift-motor label "
         "was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-10", "export", "BGROAD01", "road", "BG", ["TR"], "GE", "330499",
         "Козметика: кремове за лице, 4 т", "BG", 4000, None, 36000, "EUR",
         "a Bulgarian lorry for a Tbilisi wholesaler at Sarpi: rose-oil face creams and toys are goods that may go "
         "to Georgia, but the third item's 'сензорни модули за умни термостати' are 400 uncooled 640x512 thermal-imaging "
         "cores with 12 µm sensors, germanium lenses and video outputs, and no thermostat electronics among them, for a Tbilisi "
         "forwarder whose trucks cross at Upper Lars: thermal cameras (8525 89), on the common high-priority list "
         "whose re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, through Türkiye; Bulgarian wording (thermal-imaging cores repeat in many sets, under dashcam "
         "labels in a few; a smart-thermostat sensor label behind face creams and toys was found in no earlier row "
         "by a keyword search)",
         dict({"importer_country": "GE"},
              _more_items=[item("950300", "Детски играчки, пластмасови, 2 т", "BG", 2000, 8000, "EUR"),
                           item("903290", "Сензорни модули за умни термостати, 400 бр.", "BG", 60, 4000, "EUR", qty=400)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ROROAD01", "road", "UA", [], "RO", "200599",
         "Ікра кабачкова, домашня, скляні банки 0,5 л, 80 банок", "UA", 40, 80, 160, "EUR",
         "squash 'caviar' is the orange-brown courgette-and-tomato spread every Soviet pantry keeps, at two euros "
         "a jar; under a layer of spread these 80 jars hold glossy, grey-black, pea-sized eggs that roll apart and "
         "smell of the sea, about 25 kg in all, with no CITES label on the lids: wild Danube sturgeon caviar "
         "(beluga and Russian sturgeon, Acipenseriformes, CITES App. II) from poachers in the Vylkove delta, "
         "without CITES documents or the universal label, in a van off the Orlivka-Isaccea ferry for a Bucharest "
         "restaurant supplier; Ukrainian wording (caviar repeats in many sets, under roe and seaweed-caviar labels; "
         "a squash-caviar label was found in no earlier row by a keyword search)",
         firm("Central Delicatese SRL", "RO")),
        ("WLF-02", "import", "DEAIR01", "air", "TR", [], "DE", "030639",
         "Canlı tatlı su kereviti (Astacus leptodactylus), oksijenli kutu, 40 kutu", "TR", 480, 40, 4800, "USD",
         "live Eğirdir crayfish travel in damp, chilled polystyrene boxes of dark-green, clawed animals; these 40 "
         "boxes hold oxygenated water bags with thousands of slim, dark, snake-like yellow eels of 10-20 cm, netted "
         "in the Köyceğiz lagoons: European eels (Anguilla anguilla, CITES App. II, with no Union import "
         "allowed) without a Turkish CITES export permit or Union import permit, flown from Istanbul to Frankfurt "
         "for an eel farm in Lower Saxony that restocks its tanks with them; Turkish wording (European eels repeat "
         "in many sets under loach and ornamental-shrimp labels; a live-crayfish label from Türkiye was found in "
         "no earlier row by a keyword search)",
         firm("Nordhafen Aquakultur GmbH", "DE")),
        ("WLF-03", "import", "NLSEA01", "sea", "TR", [], "NL", "060110",
         "Nergis soğanı (Narcissus 'Tête-à-Tête'), fidanlık üretimi, 400.000 adet", "TR", 4800, 400000, 9600, "EUR",
         "nursery 'Tête-à-Tête' narcissus bulbs are round, brown-skinned, graded to one size and smell of onion "
         "skins; these cartons hold small, pear-shaped, papery bulbs with soil on the roots and a wild mixture of "
         "sizes, and the first that are potted send up grey-green leaves and white, green-marked hanging flowers: "
         "wild-dug snowdrops (Galanthus elwesii, CITES App. II) from the Taurus mountains, above Türkiye's export "
         "quota and without a CITES export permit, by sea from Mersin to Rotterdam for a bulb exporter; Turkish "
         "wording (wild Turkish snowdrops repeat in a few sets under crocus, allium and bulb labels; a narcissus "
         "label was found in no earlier row by a keyword search)", firm("Horizon Bloembollen BV", "NL")),
        ("WLF-04", "import", "DEPOST01", "post", "UA", [], "DE", "711719",
         "Гуцульські обереги, кігті з полімерної смоли в латуні, 10 шт.", "UA", 1.1, 10, 120, "EUR",
         "Hutsul-style resin claw amulets are light, cast, seamless and identical; these ten are real, curved, "
         "ridged claws of 6-8 cm, keratin sheaths over bone, each unequal and set in brass with old wear, and three "
         "still carry dried tissue: brown-bear claws (Ursus arctos, CITES App. II) from the Ukrainian Carpathians, "
         "without CITES documents, posted from Kolomyia to a private buyer in Dresden; Ukrainian wording (bear "
         "claws repeat once under a resin-replica label, in blind66; a Hutsul-amulet label was found in no earlier "
         "row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-05", "import", "NLSEA01", "sea", "GE", [], "NL", "060110",
         "ანემონის ბოლქვები (Anemone coronaria), სანერგე, 200 000 ცალი", "GE", 3000, 200000, 6000, "EUR",
         "Anemone coronaria corms are hard, dark, wrinkled little claws that must be soaked before planting; these "
         "cartons hold flattened, round, corky tubers with roots from the centre of the base and soil in the "
         "folds, and forced ones open magenta, reflexed flowers over silver-marbled leaves: wild-dug Cyclamen coum "
         "(CITES App. II) from Adjara's forests, without a Georgian CITES export permit, by sea from Batumi to "
         "Rotterdam for a bulb trader; Georgian wording (wild cyclamen repeat in a few sets under bulb and begonia "
         "labels; an anemone label was found in no earlier row by a keyword search)",
         firm("Atlantic Bulbs BV", "NL")),
        ("WLF-06", "import", "DEPOST01", "post", "GE", [], "DE", "392690",
         "სათამაშო ფისის გასაღების ჩამოსაკიდები პეპლებით, 60 ცალი", "GE", 1.4, 60, 90, "USD",
         "resin keyrings with butterflies hold printed paper wings or farmed tropical species cast in clear "
         "polyester; these 60 are loose, papered, unset specimens in glassine envelopes with field labels from "
         "the Greater Caucasus, white with black and red eye-spots: wild-caught Apollo butterflies (Parnassius "
         "apollo, CITES App. II) without CITES documents, posted from Tbilisi to a private collector in Kassel; "
         "Georgian wording (Parnassius repeats once under a farmed-butterfly label in blind62, and keyrings once, "
         "in blind9, on dried seahorses; a resin-keyring label on butterflies is the new part as far as a search "
         "found)", person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "PLROAD01", "road", "BY", [], "PL", "430219",
         "Овчина меховая выделанная, натуральная, 120 шт.", "BY", 360, 120, 2400, "EUR",
         "dressed sheepskins are cream or brown, short-woolled and crimped, with a soft suede side; 40 of these 120 "
         "skins are long-haired, grey-tawny and banded pelts with a bushy tail and, on 12 of them, black ear tufts "
         "and spotted flanks: wolf (Canis lupus) and Eurasian lynx (Lynx lynx) pelts, CITES App. II, from Belarusian "
         "hunting estates, without CITES documents, on a lorry at Kukuryki for a Białystok furrier; Russian wording "
         "from Belarus (wolf and lynx pelts repeat in a few sets and sheepskin labels in a few; from Belarus by road "
         "is the new part as far as a search found)", firm("Delta Futra Sp. z o.o.", "PL")),
        ("WLF-08", "import", "DEPOST01", "post", "TR", [], "DE", "950300",
         "Kauçuk oyuncak yılan, gerçekçi, 6 adet", "TR", 1.2, 6, 12, "EUR",
         "rubber toy snakes are floppy, cold, odourless mouldings; these six are cloth bags in a ventilated box "
         "that move, each holding a live, grey-and-brown blotched viper of 40-60 cm with a broad head: Wagner's "
         "vipers (Vipera wagneri, CITES App. II), wild-caught near Kars and without CITES documents, and venomous "
         "animals in the post, sent from Erzurum to a private reptile keeper in Hamm; Turkish wording (reptiles "
         "under toy labels repeat in several sets; Vipera wagneri was found in no earlier row by a keyword "
         "search)", person("Privatperson", "DE")),
        ("WLF-09", "import", "PLROAD01", "road", "UA", [], "PL", "442199",
         "Писанки дерев'яні під розпис, заготовки, 24 шт.", "UA", 2.6, 24, 36, "EUR",
         "wooden pysanka blanks are turned lime-wood eggs, light and cold; this box, in the footwell of a car at "
         "Medyka, is a battery-heated foam incubator with 24 warm, buff-and-rust speckled eggs that show veins "
         "when candled: saker falcon eggs (Falco cherrug, CITES App. II and Annex A) taken from nests in the "
         "steppe of Zaporizhzhia oblast, without CITES documents, for a Podkarpackie breeder who sells 'captive-"
         "bred' falcons to the Gulf; Ukrainian wording (saker falcons repeat in several sets under pigeon and "
         "hybrid labels; eggs under a wooden-pysanka label were found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("WLF-10", "import", "GRAIR01", "air", "TR", [], "GR", "170490",
         "Antep fıstıklı lokum, 1 kg kutu, 200 kutu", "TR", 200, 200, 1600, "EUR",
         "a sweets air shipment for a Thessaloniki Turkish-delight shop: pistachio lokum and Giresun hazelnuts "
         "are what such shops sell, but the third item's 'salep, toz, yerel' is 40 kg of hard, translucent, "
         "horn-like dried tubers and their grey-white flour, from 40,000 wild Orchis and Dactylorhiza plants dug on "
         "the Kahramanmaraş uplands: salep (Orchidaceae, CITES App. II) without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Istanbul; Turkish wording (salep repeats in several "
         "sets, from Türkiye to Greece in blind57; behind lokum and hazelnuts is the new part as far as a search "
         "found)",
         dict(firm("Orion Glykismata AE", "GR"),
              _more_items=[item("080222", "Giresun fındığı, iç, kavrulmuş, 300 kg", "TR", 300, 3600, "EUR"),
                           item("210690", "Salep, toz, yerel, 40 kg", "TR", 40, 400, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "TR", "DE", "284700",
     "Hydrogen peroxide 35 %, 1 x 1 l, for a licensed private user (hydroponic root-zone treatment)", "TR", 1.2, 1,
     25, "EUR", [("PRECURSOR_LICENCE", "DE-BKA-51-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "TR", "AT", "282990",
     "Potassium perchlorate 99 %, 500 g, for a licensed private user (amateur model rocketry)", "TR", 0.5, 1, 30,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-51-0093")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLROAD01", "road", "MD", "PL", "382590",
     "Obsolete pesticides (HCH, DDT) repacked in UN drums (02 01 08*), for high-temperature incineration at a "
     "licensed plant, 20 t", "MD", 20000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-51-0117")],
     "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-04", "waste", "import", "PLRAIL01", "rail", "UA", "PL", "681299",
     "Asbestos-containing demolition waste, double-bagged (17 06 05*), for a licensed hazardous-waste landfill, 60 t",
     "UA", 60000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-51-0204")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "BGAIR01", "air", "UA", "BG", "290376",
     "Reclaimed halon 2402, 10 cylinders, for a licensed critical use in military aircraft fire protection", "UA",
     250, 10, 9000, "USD", [("ODS_LICENCE", "BG-MOEW-ODS-51-004")], "reclaimed halon 2402 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ROSEA01", "sea", "TR", "RO", "290345",
     "HFC-134a in refillable 61 l cylinders, 40 cylinders, placed on the market within quota", "TR", 2600, 40, 18000,
     "EUR", [("FGAS_QUOTA", "RO-FGAS-51-0210")], "HFC-134a imported within a registered quota"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "UA", "DE", "970610",
     "Cucuteni-Trypillia painted vessel, c. 3900 BC, old collection with Ukrainian export permit, for a museum loan "
     "return", "UA", 6, 1, 28000, "EUR", [("IMPORT_LICENCE", "DE-BKM-IMP-51-0027")],
     "archaeological vessel imported with its import licence"),
    ("PRM-08", "cultural", "export", "ATAIR01", "air", "AT", "TR", "970121",
     "Old-Believer icon, Vetka school, 19th century, documented Austrian collection since 1961", "AT", 3, 1, 24000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-51-0144")], "icon exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "GRSEA01", "sea", "GR", "TR", "283010",
     "Sodium sulphide flakes 60 %, 20 t, for a Çorlu leather tannery", "GR", 20000, 800, 16000, "EUR",
     [("EXPORT_LICENCE", "GR-YPEX-51-0311"), ("END_USER_CERTIFICATE", "TR-TIC-EUC-51-0087")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "express", "FR", "GE", "854020",
     "Image-intensifier tubes, 18 mm, 20 pcs, for night-vision devices of the Georgian border police", "FR", 6, 20,
     60000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-51-0772"), ("END_USER_CERTIFICATE", "GE-MIA-EUC-51-0019")],
     "dual-use image-intensifier tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "TR", "NL", "060110",
     "Galanthus elwesii bulbs, collected within the Turkish export quota, 500,000 pcs", "TR", 6000, 500000, 15000,
     "EUR", [("CITES_PERMIT", "TR-CITES-51-1183")], "App. II snowdrops within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "ROROAD01", "road", "MD", "RO", "160431",
     "Farmed Russian sturgeon caviar (Acipenser gueldenstaedtii), aquaculture, CITES-labelled tins, 10 kg", "MD",
     10, None, 9000, "EUR", [("CITES_PERMIT", "MD-CITES-51-0038")], "App. II farmed caviar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Lena Wagner", "PRM-02": "Frau S. Huber", "PRM-05": "Delta Aero Services EOOD",
    "PRM-06": "Rivage Frig SRL", "PRM-11": "Horizon Bloembollen BV", "PRM-12": "Central Delicatese SRL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises
    ("330190", "Orange-blossom water, 1 l bottles", "import", ["post"], ["TR", "LB"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("280610", "Household hydrochloric acid 15 % (tuz ruhu), 1 l bottles", "import", ["road"], ["TR"], (0.5, 0.9), (3000, 9000), ["EUR"], 1, S),
    ("381400", "Nitrocellulose lacquer thinner (solvent 646), 10 l canisters", "import", ["road"], ["UA", "TR"], (1.0, 1.8), (2000, 8000), ["EUR"], 0.1, S),
    ("170230", "Glucose syrup for confectionery, 1 kg jars", "import", ["sea"], ["TR"], (0.8, 1.4), (4000, 12000), ["EUR", "USD"], 1, S),
    ("300249", "Freeze-dried yoghurt starter cultures, 1 g sachets", "import", ["post"], ["UA", "TR"], (200, 400), (1, 2), ["EUR"], 1000, S),
    ("190190", "Instant boza drink mix, 500 g", "import", ["express"], ["TR"], (6, 10), (1, 3), ["EUR"], 2, S),
    ("250100", "Kuyalnik liman bath salt, 1 kg bags", "import", ["road"], ["UA"], (0.4, 0.8), (8000, 16000), ["EUR"], 1, S),
    ("110311", "Wheat semolina, 800 g bags", "import", ["road"], ["UA", "TR"], (0.5, 0.8), (6000, 14000), ["EUR"], 1.25, S),
    ("100630", "Osmancık rice, milled, 25 kg sacks", "import", ["sea", "road"], ["TR"], (0.7, 1.1), (18000, 24000), ["EUR"], 0.04, S),
    ("220210", "Lemon soda (gazoz), 250 ml glass bottles", "import", ["sea"], ["TR"], (0.6, 1.0), (8000, 16000), ["EUR"], 4, S),
    ("270400", "Metallurgical coke breeze, for ferroalloy furnaces", "export", ["sea"], ["GE", "TR"], (0.2, 0.4), (18000, 26000), ["EUR"], None, S),
    ("250510", "Washed quartz playground sand, 25 kg sacks", "export", ["sea"], ["GE", "TR"], (0.06, 0.12), (15000, 22000), ["EUR"], 0.04, S),
    ("253090", "Eifel trass meal for lime mortars, big bags", "export", ["sea"], ["GE", "UA"], (0.08, 0.15), (20000, 26000), ["EUR"], None, S),
    ("282490", "Red lead pigment (Pb3O4), 25 kg sacks", "export", ["road"], ["TR", "RS"], (1.8, 2.6), (10000, 22000), ["EUR"], 0.04, S),
    ("251749", "Limestone filler for asphalt, bulk", "import", ["sea"], ["TR"], (0.02, 0.04), (20000, 27000), ["EUR"], None, S),
    ("850211", "Diesel generator sets, new, 100 kVA", "export", ["road"], ["UA", "MD"], (8, 14), (2000, 8000), ["EUR"], 0.0008, S),
    ("630900", "Sorted second-hand clothing, cream grade", "export", ["road"], ["MD", "UA"], (0.8, 1.4), (6000, 12000), ["EUR"], None, S),
    ("847989", "Ayran dispensers with mixer, R-290 cooling, new", "import", ["sea"], ["TR"], (7, 11), (1500, 4000), ["EUR"], 0.02, S),
    ("280421", "Argon/CO2 82/18 welding gas, 10 l cylinders", "import", ["road"], ["UA", "TR"], (1.5, 2.5), (800, 2000), ["EUR"], 0.1, S),
    ("281129", "Liquid sulphur dioxide for winemaking, cylinders", "import", ["sea"], ["TR", "GE"], (1.2, 2), (1000, 3000), ["EUR"], 0.02, S),
    ("732690", "Vintage-style decorative extinguisher shells, empty, open", "import", ["post"], ["GE", "UA"], (8, 15), (1, 4), ["USD"], 0.5, S),
    ("290122", "Propylene cutting gas, 50 l cylinders", "import", ["sea"], ["GE", "TR"], (1.2, 2), (1000, 3000), ["USD"], 0.02, S),
    ("950300", "Opishnia glazed clay whistles, new", "import", ["post"], ["UA"], (20, 40), (1, 3), ["EUR"], 5, S),
    ("711719", "Silver-plated salbă necklace coins, new", "import", ["post"], ["MD", "TR"], (60, 120), (1, 2), ["EUR"], 300, S),
    ("680291", "Marble window sills, new, polished", "export", ["sea"], ["TR", "GE"], (0.6, 1.2), (8000, 20000), ["EUR"], 0.02, S),
    ("690722", "Glazed ceramic stove tiles, new", "import", ["road"], ["BY", "UA"], (1.2, 2.2), (2000, 6000), ["EUR"], 0.33, S),
    ("680299", "Gaziantep-style mosaic table tops, new", "import", ["air"], ["TR"], (8, 14), (100, 400), ["EUR"], 0.02, S),
    ("680990", "Painted plaster figurines, new", "import", ["express"], ["TR"], (10, 20), (1, 3), ["EUR"], 2, S),
    ("950490", "Marble chess sets, hand-carved", "import", ["post"], ["TR", "IN"], (15, 30), (1, 4), ["EUR"], 0.5, S),
    ("442199", "Antique-finish carved walnut wall panels, new", "import", ["sea"], ["TR"], (4, 8), (1000, 4000), ["EUR"], 0.03, S),
    ("970191", "New hand-painted icons on linden boards", "import", ["road"], ["BY", "UA"], (40, 80), (50, 200), ["EUR"], 0.4, S),
    ("630259", "Linen tablecloths, Orsha", "import", ["road"], ["BY"], (7, 12), (400, 2000), ["EUR"], 0.5, S),
    ("310430", "Water-soluble potassium sulphate (SOP), 25 kg bags", "import", ["sea"], ["TR", "CL"], (0.5, 0.8), (18000, 25000), ["USD"], 0.04, S),
    ("940161", "Upholstered sofas, laminated-board frame", "import", ["road"], ["UA", "TR"], (3, 5), (6000, 12000), ["EUR"], 0.02, S),
    ("840810", "Marine diesel engines, new, for fishing boats", "export", ["sea"], ["NO", "TR"], (25, 40), (2000, 8000), ["EUR"], 0.0005, S),
    ("283311", "Anhydrous sodium sulphate, detergent grade", "export", ["sea"], ["TR", "EG"], (0.12, 0.2), (18000, 24000), ["EUR"], 0.04, S),
    ("840790", "Two-stroke engines for orchard mist blowers", "export", ["road"], ["MD", "RS"], (20, 35), (500, 2000), ["EUR"], 0.04, S),
    ("854020", "X-ray image intensifier tubes for C-arms, 23 cm", "export", ["air"], ["TR", "IL"], (400, 800), (100, 400), ["EUR"], 0.08, S),
    ("440290", "Hardwood BBQ charcoal, 10 kg sacks", "import", ["road"], ["UA"], (0.4, 0.7), (18000, 22000), ["EUR"], 0.1, S),
    ("850152", "Forklift traction motors, remanufactured", "export", ["road"], ["RS", "TR"], (10, 18), (500, 2000), ["EUR"], 0.03, S),
    ("200599", "Squash caviar (courgette spread), 0.5 l jars", "import", ["road"], ["UA", "MD"], (1.5, 2.5), (6000, 14000), ["EUR"], 2, S),
    ("711719", "Resin claw amulets in brass, Hutsul style", "import", ["post"], ["UA"], (60, 120), (1, 2), ["EUR"], 10, S),
    ("392690", "Resin keyrings with printed butterflies", "import", ["post"], ["GE", "CN"], (30, 60), (1, 2), ["USD"], 40, S),
    ("430219", "Dressed sheepskins, natural", "import", ["road"], ["TR", "UA"], (6, 12), (500, 3000), ["EUR"], 0.33, S),
    ("950300", "Rubber toy snakes, realistic", "import", ["post"], ["TR", "CN"], (8, 15), (1, 3), ["EUR"], 5, S),
    ("442199", "Wooden pysanka blanks, lime wood", "import", ["post"], ["UA"], (10, 20), (1, 3), ["EUR"], 10, S),
    ("170490", "Pistachio Turkish delight (lokum), 1 kg boxes", "import", ["sea"], ["TR"], (4, 7), (4000, 10000), ["EUR"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("741810", "Copper Turkish coffee pots (cezve), hand-hammered", "import", ["post", "express"], ["TR"], (25, 50), (1, 3), ["EUR", "USD"], 3, N),
        ("701337", "Tulip-shaped tea glasses, boxed sets of six", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["EUR", "USD"], 3, N),
        ("830610", "Bicycle bells, chromed, retail cards", "import", ["sea"], ["CN", "TW"], (4, 8), (1000, 4000), ["USD"], 15, N),
        ("392610", "Ring binders, polypropylene, A4", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind152", 20510701, HERE)


if __name__ == "__main__":
    main()
