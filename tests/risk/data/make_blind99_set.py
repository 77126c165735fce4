#!/usr/bin/env python3
"""Writes the ninety-ninth blind set (tests/risk/data/blind99-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2042, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL99-*:

    python3 tests/risk/data/make_blind99_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "CH", [], "DE", "170199",
         "Winterfutter-Zucker für Imker, Kristallzucker, 4 x 2,5 kg", "CH", 10, 4, 60, "CHF",
         "beekeepers' winter-feeding sugar is plain beet sugar that tastes sweet and dissolves to syrup; these four "
         "bags hold white crystals with no taste at all that do not caramelise but spit and flare on a hot pan, and "
         "the inner liners read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Thurgau to a private "
         "person in Konstanz who keeps no hives; Swiss German wording (sodium chlorate repeats in many sets and sugar "
         "covers in some; bee-feeding sugar posted from Switzerland is the new part as far as a search found)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "380894",
         "Засіб для дезінфекції дійок кіз, 8 x 5 л", "UA", 46, 8, 4800, "UAH",
         "teat dips for dairy goats are brown iodine or blue chlorhexidine solutions with a glycerine softener; these "
         "eight canisters hold a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin at once, and "
         "the filler's labels under the Ukrainian stickers read 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), in "
         "a private car at Dorohusk for a private person in Lublin who keeps no goats; Ukrainian wording (hydrogen "
         "peroxide repeats in many sets and teat-dip covers in a few; a goat teat dip by car from Ukraine to Poland is "
         "the new part)", person("Osoba prywatna", "PL")),
        ("PRE-03", "import", "ITAIR01", "express", "KR", [], "IT", "330430",
         "젤 네일 리무버 (퓨어), 6 x 500 ml", "KR", 3.4, 6, 90000, "KRW",
         "gel-nail removers are acetone with oils and a sweet scent that evaporate in seconds from a cotton pad; these "
         "six bottles hold a slightly oily, faintly fruity liquid of 1.14 kg/l that hardly evaporates and dissolves no "
         "gel, and the inner bottles read 'CH3NO2 99 %': nitromethane (Annex I above 16 %), sent by express from Busan "
         "to a private person in Turin, although flammable liquids travel by express only as declared dangerous goods; "
         "Korean wording (nitromethane repeats in many sets and nail-product covers in several; a Korean 'pure' gel "
         "remover by express to Italy is the new part)", person("Sig. M. Bianchi", "IT")),
        ("PRE-04", "import", "FRPOST01", "post", "GB", [], "FR", "250100",
         "Halen môr Môn, naddion, 8 x 500 g", "GB", 4, 8, 40, "GBP",
         "Anglesey sea-salt flakes are soft, white, pyramid-shaped flakes that taste of the sea; these eight pouches "
         "hold heavy, glassy, colourless crystals with no salty taste that burn violently with sugar, and the inner "
         "bags read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from Anglesey to a private person in "
         "Rennes; Welsh wording (potassium perchlorate and salt covers repeat in several sets and Welsh wording in two rows; "
         "an Anglesey sea-salt label was found in no earlier row)", person("Sophie Bernard", "FR")),
        ("PRE-05", "import", "GRROAD01", "road", "MK", [], "GR", "281122",
         "Силика гел песок за мачки, 20 x 5 кг", "MK", 100, 20, 6000, "MKD",
         "silica-gel cat litter is hard, translucent beads with blue flecks that crackle when wetted; these twenty "
         "bags hold white, opaque prills that go ice-cold in water, smell of ammonia with lime and test at 34 % N: "
         "ammonium nitrate (Annex I at 16 % N or more), in a private car at Evzoni for a private person in "
         "Thessaloniki who keeps no cats; Macedonian wording (ammonium nitrate repeats in many sets and a silica "
         "cat-litter cover in an earlier row; kept as a known repeat, by car from North Macedonia to Greece is the new part)", person("Idiotis", "GR")),
        ("PRE-06", "import", "GRROAD01", "road", "AL", [], "GR", "282739",
         "Solucion gdhendjeje për qarqe të printuara, klorur hekuri, 6 x 1 l", "AL", 8.4, 6, 4500, "ALL",
         "ferric-chloride etchant for printed circuits is an opaque, rust-brown liquid that stains everything orange; "
         "these six bottles hold a clear to pale-yellow liquid of 1.40 kg/l that fumes brown when opened and turns the "
         "skin yellow: about 65 % nitric acid (Annex I above 3 %), in a private car at Kakavia for a private person in "
         "Ioannina who makes no circuit boards; Albanian wording (nitric acid repeats in many sets and etchant covers "
         "in several, a circuit-board etchant among them; kept as a known repeat, by car from Albania is the new part)", person("K. Georgiou", "GR")),
        ("PRE-07", "import", "LTPOST01", "post", "GE", [], "LT", "382499",
         "ჟანგის გარდამქმნელი, ფოსფორმჟავაზე, 10 x 1 ლ", "GE", 18.4, 10, 250, "GEL",
         "rust converters are a milky tannin or a thin 20 % phosphoric-acid liquid that turns rust black; these ten "
         "litres are oily, heavy at 1.84 kg/l, char wood and paper at once and get hot with water: about 96 % "
         "sulphuric acid (Annex I above 15 %), posted from Tbilisi to a private person in Kaunas, although corrosive "
         "liquids may not go by post at all; Georgian wording (sulphuric acid repeats in many sets and rust-converter "
         "covers in two; kept as a known repeat, posted from Georgia to Lithuania is the new part)", person("Privatus asmuo", "LT")),
        ("PRE-08", "import", "SEPOST01", "post", "TH", [], "SE", "110290",
         "แป้งข้าวเจ้า ตราช้าง 3 x 1 กก.", "TH", 3, 3, 450, "THB",
         "rice flour is a soft, matt, slightly yellowish flour that clumps in the hand; these three bags hold a "
         "glittering, free-flowing white powder that does not clump, has no smell of rice, and spits violet sparks on "
         "a hot plate; CAS 3811-04-9 is printed on the inner liners: potassium chlorate (Annex I above 40 %), posted "
         "from Bangkok to a private person in Malmö; Thai wording (potassium chlorate repeats in many sets and flour "
         "covers in some; rice flour posted from Thailand was found in no earlier row)",
         person("Karin Andersson", "SE")),
        ("PRE-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "940542",
         "水培种植套装: LED 植物生长灯, 1,200 套", "CN", 4800, 1200, 36000, "USD",
         "a hydroponics web shop's rail container: LED grow lights and net pots are what Chinese makers ship, but "
         "the third item's 'pH 下降液' (pH-down) is 6,000 retail bottles of 1 l of a fuming, yellowish liquid of 1.38 "
         "kg/l labelled 'HNO3 60 %' on the filler's drums: nitric acid (Annex I above 3 %) retail-packed for members "
         "of the public, where pH-down sold to hobby growers is a dilute phosphoric acid, hidden as the last item of "
         "a three-item declaration, by rail from Xi'an to Małaszewicze for a Warsaw garden web shop; Chinese wording "
         "(nitric acid and pH-down covers repeat in a few sets; behind grow lights and net pots by rail is the new "
         "part)",
         dict(firm("Horyzont Ogród Sp. z o.o.", "PL"),
              _more_items=[item("392690", "网盆 10 cm, 40,000 个", "CN", 800, 4000, "USD", qty=40000),
                           item("382499", "pH 下降液 1 L, 6,000 瓶", "CN", 8300, 6000, "USD", qty=6000)])),
        ("PRE-10", "import", "NLSEA01", "sea", "VN", [], "NL", "283321",
         "Muối Epsom (magie sulfat) cho vườn, xô 5 kg, 4.000 xô", "VN", 20000, 4000, 9000, "USD",
         "Epsom salt is small, clear, needle-like crystals that taste bitter and dissolve cold in water; these 4,000 "
         "retail pails hold round white prills that chill the water as they dissolve and test at 34.5 % N, at 0.45 "
         "USD/kg, for a Utrecht garden web shop that sells to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public in retail pails; Vietnamese wording (ammonium nitrate "
         "repeats in many sets and Epsom-salt covers in several; retail pails by sea from Vietnam to the Netherlands "
         "are the new part)", firm("Tuin Meridian BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "IN", "690919",
         "Keraamiset katalyytin kantajapallot, käytetyt, uudelleenkäyttöön, 40 t", "FI", 40000, None, 4000, "EUR",
         "catalyst support balls are inert, white alumina spheres that are screened and reused; these bags hold "
         "yellow-orange, crumbly extrudates and pellets that stain the hands and test at 6 % vanadium pentoxide, "
         "unloaded from the converter beds of a sulphuric-acid plant: spent vanadium catalyst (16 08 02*), hazardous "
         "waste whose export to a non-OECD country is banned, from Kotka for a Mumbai 'refractory trader'; Finnish "
         "wording (spent catalysts and support-ball covers repeat in a few sets; vanadium catalyst from Finland to India "
         "is the new part)", {"importer_country": "IN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "AL", "251741",
         "Graniglia di marmo decorativa, big bag, 600 t", "IT", 600000, None, 9000, "EUR",
         "decorative marble chippings are clean, white or coloured graded stone in big bags; these bags hold grey "
         "crushed concrete and brick mixed with black, tarry lumps that smell of creosote and old fuel, dug out of "
         "a closed filling station and a railway yard: soil and rubble containing hazardous substances (17 05 03*, "
         "17 09 03*), hazardous waste whose export to a non-OECD country is banned, from Bari to a Durrës 'builder's "
         "merchant'; Italian wording (contaminated soil and rubble repeat in several sets; as marble chippings from "
         "Italy to Albania is the new part)", {"importer_country": "AL"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", [], "BA", "320890",
         "Lackreste, Restposten zum Weiterverkauf, 900 Gebinde", "AT", 14000, 900, 2700, "EUR",
         "end-of-line paint stock is sealed, labelled, unopened tins of one range; these are opened, dented, "
         "half-full tins and buckets of every make and colour, skinned over or set hard, with thinner-soaked rags in "
         "between, cleared from a car-body shop and a municipal collection point: waste paint and varnish with "
         "organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, on a lorry from "
         "Graz for a Sarajevo 'paint shop'; Austrian German wording (waste paint repeats in several sets and "
         "surplus-stock covers on it in one; kept as a known repeat, by road from Austria to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-04", "export", "SESEA01", "sea", "SE", [], "NG", "940290",
         "Begagnade sjukhussängar och vårdutrustning, gåva, 1 container", "SE", 6000, 40, 2000, "EUR",
         "a charity container of used hospital furniture: forty beds and drip stands are what a Swedish region "
         "donates, but under the mattresses sit 70 undeclared yellow bins of used syringes, needles and "
         "blood-stained dressings from a closed care home: infectious clinical waste (18 01 03*), hazardous waste "
         "whose export to a non-OECD country is banned, from Gothenburg to Lagos; Swedish wording (clinical waste "
         "repeats in several sets and a charity hospital-bed container once, to Cameroon; clinical waste under the "
         "mattresses from Sweden to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", [], "UA", "281700",
         "Oxid zinečnatý, technický, big bag, 22 t", "CZ", 22000, None, 5500, "EUR",
         "technical zinc oxide is a fine, pure white powder sold with a 99 % assay; these big bags hold grey, lumpy "
         "ash and hard skimmings with ammonium-chloride crusts that fume when wetted, from the kettles of a "
         "hot-dip galvanizing plant: zinc ash and spent flux (11 05 03*, 11 05 04*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry from Ostrava to a Lviv 'pigment maker'; Czech wording (zinc ash "
         "repeats in a few sets and zinc-oxide covers on zinc-bearing dusts in several; kept as a known repeat, "
         "galvanizing ash by road from Czechia to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "CV", "381400",
         "Diluente recuperado para tintas, 60 bidões de 200 l", "PT", 11000, 60, 3000, "EUR",
         "recovered paint thinner is a clear, water-white distillate sold in new drums with a data sheet; these are "
         "rusty drums of dark, sludgy solvent that smells of ink and separates into layers, drained from the "
         "wash-up machines of offset print shops around Porto: spent non-halogenated solvents and ink sludge "
         "(14 06 03*, 08 03 14*), hazardous waste whose export to a non-OECD country is banned, from Leixões for a "
         "Praia 'hardware store'; Portuguese wording (waste solvents repeat in many sets and printing-works ink with wash-up "
         "solvent once, as end-of-line inks; as recovered thinner from Portugal to Cape Verde is the new part)", {"importer_country": "CV"}),
        ("WST-07", "transit", "NLSEA01", "sea", "NO", ["NL"], "MY", "390761",
         "PET flakes, hot-washed, clear, 5 containers", "NO", 110000, None, 11000, "EUR",
         "hot-washed PET flakes are clean, clear, uniform chips from bottles, sold with a moisture and PVC test; "
         "these containers hold compacted bales of mixed household plastics, film, nappies and food trays, wet and "
         "smelling of rot, with a thin layer of flakes at the doors: mixed, contaminated plastic waste (Basel Y48 and "
         "A3210 where hazardous), moved through the Union towards a non-OECD country without the notification and "
         "consents a transit needs, landed at Rotterdam in transit from Oslo to Port Klang; English wording from Norway (plastic waste repeats in many sets and PET-flake covers "
         "in several; kept as a known repeat, transhipped from Norway through Rotterdam to Malaysia is the new part)",
         {"importer_country": "MY"}),
        ("WST-08", "export", "HURAIL01", "rail", "HU", [], "UA", "681182",
         "Hullámpala tetőfedéshez, azbesztmentes, használt, újrafelhasználásra, 4 vagon", "HU", 200000, None, 4000, "EUR",
         "second-hand fibre-cement roofing sheets are modern, asbestos-free and stacked whole on pallets; these "
         "wagons hold broken, mossy grey corrugated sheets from the roofs of collective-farm barns of the 1970s, "
         "loose and crumbling, with a lab report of 12 % chrysotile: asbestos-containing building material "
         "(17 06 05*), hazardous waste whose export to a non-OECD country is banned, by rail from Záhony to a "
         "Mukachevo 'roofing dealer'; Hungarian wording (asbestos-cement repeats in several sets, under the asbestos-free "
         "fibre-cement code to Ukraine by road among them; kept as a known repeat, by rail from Hungary is the new part)", {"importer_country": "UA"}),
        ("WST-09", "export", "DKAIR01", "air", "DK", [], "KE", "382290",
         "Laboratoriereagenser, overskudslager, uåbnede, 120 kolli", "DK", 900, 120, 1200, "EUR",
         "surplus laboratory reagents are sealed, in-date bottles with their certificates; these parcels hold opened, "
         "crusted and unlabelled bottles, expired solvents, mercury salts and peroxide-forming ethers from the "
         "clear-out of a university basement store: discarded laboratory chemicals (16 05 06*), hazardous waste whose "
         "export to a non-OECD country is banned, flown from Copenhagen to a Nairobi 'school supplier'; Danish wording "
         "(laboratory chemicals repeat in a few sets and expired-stock covers in several; flown from Denmark to Kenya "
         "is the new part)", {"importer_country": "KE"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "TG", "271019",
         "Huile de base SN150, régénérée, 20 ISO-conteneurs", "BE", 400000, 20, 60000, "EUR",
         "re-refined SN150 base oil is a clear, pale-yellow oil with a certificate of analysis; these tanks hold a "
         "black, water-logged oil that smells of fuel and carries metal fines, collected unrefined from garages and "
         "ships' slop tanks at 0.15 EUR/kg: waste mineral oil (13 02 05*, 13 04 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from Antwerp to a Lomé 'lubricant blender'; Belgian French wording (waste oils "
         "repeat in many sets; kept as a known repeat, as re-refined base oil to Togo is the new part)",
         {"importer_country": "TG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "IN", [], "PT", "382764",
         "Refrigerant R-437A, HFC drop-in for R-12, 13.6 kg cylinders, 300 cylinders", "IN", 4080, 300, 24000, "USD",
         "R-437A is an HFC and hydrocarbon blend (134a, 125, butane, pentane) sold in cylinders with a blend sheet; "
         "these 300 cylinders carry old shoulder stencils 'R-416A' and a sniffer reads R-124 and R-142b in the vapour: "
         "R-416A, an HCFC blend (HCFC-124 and HCFC-142b with HFC-134a), whose import into the Union is banned, by sea "
         "from Nhava Sheva to Lisbon for a vehicle air-conditioning wholesaler; English wording from India (HCFC blends "
         "repeat in several sets, R-416A once and R-437A labels in two rows, one of them into Portugal; kept as a "
         "known repeat, R-416A from India under that label is the new part)",
         firm("Frio Atlântico Lda", "PT")),
        ("OZN-02", "import", "ESAIR01", "express", "BR", [], "ES", "382499",
         "Spray de teste de vitalidade pulpar (endo frost), 24 latas", "BR", 5, 24, 1200, "BRL",
         "dental pulp-test sprays are cans of propane-butane or tetrafluoroethane with a cold reading of -50 °C; these "
         "24 cans have Brazilian labels over older ones printed 'R-114 / diclorotetrafluoroetano': CFC-114, whose "
         "import into the Union is banned (and pressurised cans travel by express only as declared dangerous goods), "
         "sent by express from São Paulo to a dental depot in Madrid; Brazilian Portuguese wording (CFC-114 repeats in "
         "a few sets and dental pulp-test sprays in two rows; kept as a known repeat, by express from Brazil to Spain "
         "in Brazilian Portuguese is the new part)",
         firm("Dental Orion SL", "ES")),
        ("OZN-03", "import", "SEPOST01", "post", "ID", [], "SE", "382499",
         "Pengencer cairan koreksi (tip-ex), 10 botol 100 ml", "ID", 1.4, 10, 250000, "IDR",
         "correction-fluid thinner for solvent-based pens was a light, sweet-smelling liquid and today is "
         "water-based or methylcyclohexane; these ten bottles hold a non-flammable liquid of 1.34 kg/l boiling at "
         "74 °C, with old stock labels '1,1,1-trikloroetana': methyl chloroform, whose import into the Union is "
         "banned, posted from Surabaya to a private person in Uppsala who collects vintage typewriters; Indonesian "
         "wording (methyl chloroform repeats in several sets and correction-fluid-thinner covers in at least three; "
         "kept as a known repeat, posted from Indonesia to Sweden is the new part)", person("Mr L. Nilsson", "SE")),
        ("OZN-04", "import", "FRSEA01", "sea", "DZ", [], "FR", "291513",
         "Formiate d'éthyle, fumigant pour dattes, 40 bouteilles sous pression", "DZ", 2400, 40, 6000, "EUR",
         "ethyl formate for dates is a fruity, flammable liquid shipped in drums or as a cylinder mix in CO2; these "
         "40 cylinders hold an almost odourless, non-flammable gas with 2 % chloropicrin and stencils 'CH3Br' under "
         "the paint: methyl bromide, whose import into the Union is banned, by sea from Algiers to Marseille for a "
         "Provençal date packer; Algerian French wording (methyl bromide repeats in many sets and ethyl-formate labels "
         "in a few; from Algeria to France for date packing is the new part)", firm("Dattes Rivage SARL", "FR")),
        ("OZN-05", "import", "GRSEA01", "sea", "PK", [], "GR", "841510",
         "اسپلٹ ایئر کنڈیشنر انورٹر R-32، 18000 BTU، 300 سیٹ", "PK", 12000, 300, 75000, "USD",
         "R-32 inverter splits carry a flammable-gas label, small 1/4-inch service ports and a nameplate charge of "
         "about 0.8 kg; these 300 outdoor units have non-inverter rotary compressors, R-22 valve cores, green R-22 "
         "stickers under the R-32 ones and a sniffer reads HCFC-22: equipment pre-charged with HCFC-22, whose import "
         "into the Union is banned, by sea from Karachi to Piraeus for an Athens installer; Urdu wording (HCFC-22 "
         "equipment repeats in many sets and R-32 nameplates on it in two rows; kept as a known repeat, from Pakistan "
         "to Greece in Urdu is the new part)",
         firm("Klimatismos Delta AE", "GR")),
        ("OZN-06", "export", "PLROAD01", "road", "PL", [], "UA", "382764",
         "Czynnik chłodniczy R-407C, odzyskany, oczyszczony, 60 butli", "PL", 1500, 60, 4500, "EUR",
         "reclaimed R-407C is sold with a reclaimer's analysis and a fractionation-checked blend; these 60 grey, "
         "scratched recovery cylinders hold a single-component gas at the pressure of R-22 and their log sheets name "
         "supermarket chillers dismantled in Poznań: recovered HCFC-22, whose export from the Union is banned, on a "
         "lorry at Dorohusk for a Lutsk refrigeration workshop; Polish wording (HCFC-22 repeats in many sets and "
         "R-407C labels on it in several, one in Polish; kept as a known repeat, an export of 'reclaimed' stock by road "
         "from Poland to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("OZN-07", "transit", "DEAIR01", "air", "CN", ["DE"], "MA", "290348",
         "Vertrel XF precision cleaning fluid (HFC-43-10mee), 16 x 20 kg", "CN", 320, 16, 6400, "USD",
         "HFC-43-10mee sells at 60 USD/kg and more from one maker in sealed steel pails; these 16 pails cost 20 USD/kg, "
         "hold a liquid boiling at 48 °C with a faint ethereal smell and carry a Chinese factory's batch code for "
         "'F-113': CFC-113, moved through the Union without the licence Regulation 2024/590 requires, at Frankfurt "
         "in air transit from Shanghai to Casablanca for an aircraft-maintenance firm; English wording (CFC-113 "
         "repeats in many sets and Vertrel labels in two; in air transit to Morocco is the new part)",
         {"importer_country": "MA"}),
        ("OZN-08", "import", "IEPOST01", "post", "US", [], "IE", "381300",
         "Antique fire extinguisher restoration fluid, 6 x 1 qt", "US", 9, 6, 120, "USD",
         "restorers fill antique brass pump extinguishers with water or leave them empty; these six quarts are a "
         "heavy, sweet-smelling liquid of 1.59 kg/l with a faded 'Pyrene liquid' print on the cans: carbon "
         "tetrachloride, whose import into the Union is banned except for licensed feedstock, laboratory and "
         "analytical uses, posted from Ohio to a private collector in Galway, although toxic liquids may not go by post; "
         "US English wording (carbon tetrachloride repeats in many sets and Pyrene extinguishers in a few; a "
         "'restoration fluid' posted to Ireland is the new part)", person("Private individual", "IE")),
        ("OZN-09", "import", "GRAIR01", "express", "AU", [], "GR", "382499",
         "Marine air horn refill cans, 12 x 8 oz", "AU", 3.6, 12, 180, "AUD",
         "air-horn refills are cans of HFC-134a or a non-flammable HFO, light and labelled with the gas; these twelve "
         "cans frost hard when vented, weigh more than they should and the inner labels read 'HCFC-142b': "
         "1-chloro-1,1-difluoroethane, whose import into the Union (in products too) is banned, sent by express from "
         "Sydney to a yacht chandler's private address in Lefkada; Australian English wording (HCFC-142b repeats in "
         "many sets and air-horn covers in several; boat air horns by express from Australia to Greece are the new "
         "part)", person("Eleni Papadopoulou", "GR")),
        ("OZN-10", "import", "HUROAD01", "road", "RS", [], "HU", "290312",
         "Extrakciós oldószer, diklórmetán, 20 hordó", "RS", 5600, 20, 8000, "EUR",
         "dichloromethane for extraction is a light, volatile solvent of 1.33 kg/l boiling at 40 °C; these 20 drums hold "
         "a heavier liquid of 1.99 kg/l boiling at 68 °C, and the Serbian supplier's internal order says 'halon 1011': "
         "bromochloromethane, whose import into the Union is banned except for licensed feedstock uses, on a lorry at "
         "Röszke for a Szeged hemp-extract workshop that holds no licence; Hungarian and Serbian wording "
         "(bromochloromethane repeats in several sets, under a dichloromethane label among them; kept as a known "
         "repeat, by road from Serbia for an extract workshop is the new part)", firm("Kender Vega Kft.", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "BESEA01", "sea", "KH", [], "BE", "681099",
         "រូបចម្លាក់ព្រះពុទ្ធ ស៊ីម៉ងត៍ សម្រាប់សួន, 12 គ្រឿង", "KH", 900, 12, 600, "USD",
         "cast-concrete garden statues are grey, light for their size, with mould seams and air bubbles; among these "
         "twelve, three are heavy pink sandstone: an apsara head and two devata torsos with fresh saw cuts at the "
         "neck and waist and lichen in the folds, chiselled from a temple in Banteay Meanchey: Angkorian sculpture, "
         "exported without the Cambodian authorities' permission and brought in without an import licence "
         "(Regulation 2019/880), by sea from Sihanoukville to Antwerp; Khmer wording (Khmer sculpture repeats in "
         "several sets and garden-Buddha covers in two; from Cambodia to Antwerp in Khmer is the new part)",
         firm("Jardin Orion SA", "BE")),
        ("CUL-02", "import", "SEPOST01", "post", "ET", [], "SE", "482010",
         "በእጅ የተሰራ የቆዳ ማስታወሻ ደብተር, 2", "ET", 1.6, 2, 40, "USD",
         "handmade leather notebooks from Addis Ababa are new, blank paper in goatskin covers; these two are wooden "
         "boards covered in tooled leather round thick vellum quires written in Ge'ez in black and red with painted "
         "saints, soot-darkened and with a church's ownership note: Ethiopian Orthodox manuscripts of the 17th-18th "
         "century, exported without the Ethiopian authorities' permission, posted from Addis Ababa to a private "
         "person in Stockholm; Amharic wording (Ethiopian manuscripts repeat in many sets; as leather notebooks posted "
         "to Sweden is the new part)", person("Privatperson", "SE")),
        ("CUL-03", "export", "NLAIR01", "air", "NL", [], "US", "970191",
         "Olieverfschilderij, decoratief, moderne kopie naar Hollandse meester, 1 stuk", "NL", 14, 1, 350, "EUR",
         "modern copies of Dutch masters are on new canvas with bright ground and machine-cut stretchers; this panel "
         "is oak, cradled, with a craquelure, an Amsterdam auction stamp of 1911 on the back and a winter landscape "
         "with skaters in the manner of Avercamp, sold by a family for 400,000 EUR: a 17th-century painting worth far "
         "more than 150,000 EUR, exported without the EU export licence (Regulation 116/2009), flown from Schiphol to "
         "a New York dealer; Dutch wording (old master paintings repeat in a few sets and 'modern copy' covers in "
         "several; kept as a known repeat, by air from the Netherlands to the USA is the new part)", {"importer_country": "US"}),
        ("CUL-04", "export", "CZROAD01", "road", "CZ", [], "CH", "442019",
         "Lipová socha Madony, moderní řezba, 1 ks", "CZ", 35, 1, 500, "EUR",
         "modern limewood carvings are pale, crisp and sanded; this Madonna is dark, worm-eaten, with layers of "
         "polychromy and gilding, a hollowed back and a parish inventory number, from a South Bohemian church and "
         "valued at 120,000 EUR: a late-Gothic sculpture over 50 years old worth more than 50,000 EUR, exported "
         "without the EU export licence (Regulation 116/2009) and the Czech certificate, in a van for a Basel dealer; "
         "Czech wording (church sculpture repeats in several sets, a Gothic Madonna from a Bohemian church among "
         "them; kept as a known repeat, a 'modern carving' label by van from Czechia to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-05", "import", "FRAIR01", "air", "NG", [], "FR", "691490",
         "Pots de fleurs en terre cuite, faits main, 8 pièces", "NG", 60, 8, 160, "USD",
         "handmade terracotta flower pots are thin, evenly fired and new; these eight are thick, sandy, "
         "rust-coloured heads and torsos with pierced eyes and elaborate coiffures, with soil crusts and "
         "thermoluminescence-fresh breaks: Nok terracottas (c. 500 BC - AD 200), archaeological objects whose export "
         "Nigeria forbids, brought in without an import licence (Regulation 2019/880), flown from Abuja to Paris for a "
         "gallery; Nigerian English and French wording (Nok terracottas repeat in several sets; as flower pots by air "
         "to France is the new part)", firm("Galerie Meridian SARL", "FR")),
        ("CUL-06", "import", "DEAIR01", "express", "AE", [], "DE", "711620",
         "خرز حجري للمجوهرات، عقيق وكارنيليان، 60 قطعة", "IQ", 0.6, 60, 120, "USD",
         "agate and carnelian beads for jewellery are machine-drilled and polished round; these 60 are small stone "
         "cylinders engraved in reverse with gods, animals and cuneiform signs, worn and soil-stained: Mesopotamian "
         "cylinder seals from looted sites in southern Iraq, archaeological objects whose export Iraq forbids and "
         "whose trade the Union bans (Regulation 1210/2003), brought in without an import licence, sent by express "
         "from Dubai to a private address in Cologne with Iraq as origin on the invoice; Arabic wording (cylinder "
         "seals repeat in several sets and as jewellery beads in one; kept as a known repeat, by express through Dubai "
         "to Germany is the new part)", person("Anna Schmidt", "DE")),
        ("CUL-07", "import", "CZPOST01", "post", "MN", [], "CZ", "830890",
         "Гуулин бүсний тэврэлт, шинэ, 5 ширхэг", "MN", 0.9, 5, 60, "USD",
         "new brass belt buckles are bright, machine-cast and lacquered; these five are heavy, gold and gilt-bronze "
         "openwork plaques of fighting animals with green corrosion and grave earth on the back: Xiongnu burial "
         "plaques (3rd-1st century BC) from looted graves, archaeological objects whose export Mongolia forbids, "
         "brought in without an import licence (Regulation 2019/880), posted from Ulaanbaatar to a private person in "
         "Brno; Mongolian wording (Xiongnu and steppe plaques repeat in a few sets, as new brass belt buckles once; kept as a known "
         "repeat, posted from Mongolia to Czechia in Mongolian is the new part)", person("Soukromá osoba", "CZ")),
        ("CUL-08", "import", "FRAIR01", "air", "AM", [], "FR", "220820",
         "Հայկական կոնյակ, 10 տարեկան, 120 շիշ", "AM", 180, 120, 3600, "USD",
         "a diaspora shop's air shipment: Armenian brandy and carpets are what Yerevan sends to Lyon, but the third "
         "item's 'ծաղկազարդ տուֆի սալեր' (carved tuff garden slabs) are two fragments of a khachkar with a cross, "
         "rosettes and a 13th-century inscription, mortar on the back and moss in the carving: a medieval cross-stone, "
         "cultural property whose export Armenia forbids without a permit, hidden as the last item of a three-item "
         "declaration, flown from Yerevan to Lyon; Armenian wording (khachkars repeat in a few sets; behind brandy "
         "and carpets by air to France is the new part)",
         dict(firm("Épicerie Ararat SARL", "FR"),
              _more_items=[item("570110", "Ձեռագործ գորգեր, 6", "AM", 90, 2400, "USD", qty=6),
                           item("680299", "Ծաղկազարդ տուֆի սալեր, 2", "AM", 140, 200, "USD", qty=2)])),
        ("CUL-09", "export", "HUROAD01", "road", "HU", [], "RS", "482390",
         "Régi papírok dekupázshoz, vegyes, 3 doboz", "HU", 12, 3, 30, "EUR",
         "decoupage papers are printed rice paper with old-looking motifs; these boxes hold real documents: "
         "Ottoman-Turkish firmans with tughras, Latin charters with wax seals and 18th-century county records, with "
         "archive stamps of a Baranya family archive: archives over 50 years old, which need the EU export licence "
         "whatever their value (Regulation 116/2009), in a car at Röszke for a Novi Sad antiques dealer; Hungarian "
         "wording (archives repeat in a few sets, old paper for decoupage in three rows and a firman once; kept as a "
         "known cover, Ottoman and county archives by car from Hungary to Serbia are the new part)", {"importer_country": "RS"}),
        ("CUL-10", "import", "FRPOST01", "post", "DZ", [], "FR", "691390",
         "Bougeoirs en argile faits main, 10 pièces", "DZ", 1.8, 10, 30, "EUR",
         "handmade clay candle holders are new, glazed and identical; these ten are worn, buff Roman oil lamps with "
         "gladiators and rosettes on the discus, soot at the nozzles and earth inside, from fields near Tipasa: "
         "archaeological objects whose export Algeria forbids, brought in without an import licence (Regulation "
         "2019/880), posted from Cherchell to a private person in Montpellier; Algerian French wording (Roman oil "
         "lamps repeat in several sets; candle holders posted from Algeria is the new part)",
         person("M. T. Dubois", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "AE", "903180",
         "Capteurs de géométrie pour banc de parallélisme, 6 unités", "FR", 18, 6, 3000, "EUR",
         "wheel-alignment sensor heads are camera or CCD heads in plastic housings with clamps; these six are sealed "
         "cylinders with fibre pigtails and a drift spec of 0.05 °/h, priced by the maker at 40,000 EUR each: "
         "fibre-optic gyroscopes (7A002), dual-use items exported without a licence, flown from Paris to a Dubai "
         "'garage equipment' trader whose buyer is a Tehran drone maker (Regulation 267/2012); French wording (gyros "
         "repeat in several sets; as wheel-alignment heads through Dubai is the new part)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "KZ", "854231",
         "LED-Controller-Platinen für Lichterketten, 400 Stk.", "DE", 4, 400, 800, "EUR",
         "LED string controllers are 1-euro microcontrollers on a small board; these 400 are bare, high-end FPGAs in "
         "trays with date codes of 2041, bought from a distributor at 1,100 EUR each, sent by express to an Almaty "
         "freight forwarder whose consignee is a St Petersburg electronics firm: integrated circuits of the common "
         "high-priority list, whose sale for use in Russia is banned (Regulation 833/2014, Art. 2a and Annex VII), through "
         "Kazakhstan; German wording (FPGAs through Central Asia repeat in several sets; as LED controllers is the new "
         "part)", {"importer_country": "KZ"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", [], "BY", "846592",
         "Frezarka do drewna, używana, 1 szt.", "PL", 6500, 1, 8000, "EUR",
         "a used woodworking router is a light gantry with a spindle for MDF; this is a 6-tonne five-axis machining "
         "centre with a cast-iron bed, a metal-cutting spindle, a Siemens controller and swarf in the chip tray: a "
         "machine tool whose sale to Belarus is banned (Regulation 765/2006), on a lorry at Kukuryki for a "
         "Brest 'furniture maker' that supplies a tractor and defence plant; Polish wording (machine tools to Belarus "
         "repeat in several sets; as a used woodworking router is the new part)", {"importer_country": "BY"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "540110",
         "Filo cucirino in poliestere, coni, 2.000 kg", "IT", 2000, None, 8000, "EUR",
         "polyester sewing thread on cones is glossy, dyed and cheap; these cones are matt black, stiff, "
         "electrically conductive tow of 12,000 filaments with a tensile modulus in the data sheet of 290 GPa, at "
         "40 EUR/kg: carbon fibre (1C010.a), a dual-use item exported without a licence, by sea from La Spezia to a "
         "Mersin textile trader whose buyer is in Iran (Regulation 267/2012); Italian wording (carbon fibre repeats in "
         "many sets and as polyester sewing thread once, as the third item of a Belgian order; a whole-lot "
         "sewing-thread label from Italy to Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-05", "export", "SISEA01", "sea", "SI", [], "CN", "722830",
         "Vzmetno jeklo 51CrV4, okrogle palice, 30 kosov", "SI", 12000, 30, 60000, "EUR",
         "51CrV4 spring steel is a cheap chromium-vanadium steel sold by the tonne at 1-2 EUR/kg; these bars cost 5 "
         "EUR/kg, read 18 % nickel, 9 % cobalt and 5 % molybdenum on a hand-held analyser and the mill certificate "
         "gives an ultimate strength of 2,400 MPa: maraging steel (1C216), a dual-use item exported without a "
         "licence, by sea from Koper to a Shanghai 'spring maker'; Slovenian wording (maraging steel repeats in many "
         "sets, once as H13 tool steel from Sweden; a spring-steel label from Slovenia was found in no earlier row)",
         {"importer_country": "CN"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "AM", "870880",
         "Ammortizzatori per autocarri, 24 pezzi", "IT", 96, 24, 2400, "EUR",
         "truck shock absorbers are oil-filled tubes with rubber bushes; these 24 are forged titanium-and-elastomer "
         "lead-lag dampers with part numbers of a medium helicopter's main rotor and 8130 tags: helicopter parts, "
         "whose sale for use in Russia is banned (Regulation 833/2014, Annex XI), flown from Milan to a Yerevan "
         "'truck parts' trader who re-sells to a Russian helicopter operator; Italian wording (aircraft parts "
         "through Armenia repeat in several sets; helicopter dampers as truck shock absorbers are the new part)",
         {"importer_country": "AM"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "AE", "843420",
         "Melkmachine-installatie, melkstel en leidingen, 1 container", "NL", 3000, 1, 12000, "EUR",
         "a dairy order to Jebel Ali: teat cups and milk lines are what a Dutch milking-equipment firm sends to the "
         "Gulf, but the third item's 'vacuümpomp voor melkinstallatie' is two dry screw vacuum pumps with Hastelloy "
         "wetted parts and PTFE seals, built for corrosive chemical vapours, not milk: vacuum pumps controlled under "
         "2B350.i, dual-use items exported without a licence, hidden as the last item of a three-item declaration, for "
         "a Dubai trader who ships to Bandar Abbas (Regulation 267/2012); Dutch wording and a Persian-language order "
         "(vacuum pumps repeat in many sets and as milking-machine pumps in blind23; kept as a known repeat, corrosion-"
         "resistant pumps as the last item of a milking-parlour order to Dubai are the new part)",
         dict({"importer_country": "AE"},
              _more_items=[item("401699", "Tepelvoeringen en melkslangen, 2.000 st", "NL", 500, 4000, "EUR", qty=2000),
                           item("841410", "Vacuümpomp voor melkinstallatie, 2 st", "NL", 900, 3000, "EUR", qty=2)])),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "GE", "840721",
         "Motores fueraborda usados y casco de fibra, 1 lote", "ES", 9000, 1, 30000, "EUR",
         "a lot of used outboards and a fibreglass hull is what a Valencia broker sells to Georgian fishermen; this "
         "is a 2041 sport yacht of 14 m with twin inboard engines, leather saloon and a list price of 900,000 EUR, "
         "sold to a Poti company whose owner keeps it in Sochi: a luxury good whose sale for use in Russia is banned "
         "(Regulation 833/2014, Annex XVIII), by sea from Valencia to Poti; Spanish wording (yachts repeat in several "
         "sets; as used outboards and a hull through Georgia is the new part)", {"importer_country": "GE"}),
        ("STR-09", "transit", "NLAIR01", "air", "US", ["NL"], "AM", "900580",
         "Birdwatching monoculars, 8x, 40 pcs", "US", 30, 40, 2000, "USD",
         "birdwatching monoculars are glass-prism optics; these 40 are sealed night-vision monoculars with "
         "third-generation image-intensifier tubes and serial numbers of a US maker, worth 4,000 USD each: image "
         "intensifier equipment (6A002/6A003), whose supply for use in Russia is banned, landed at Schiphol in air "
         "transit from New York to a Yerevan 'nature tours' firm; US English wording (night-vision optics repeat in "
         "several sets and birdwatching monoculars in one; kept as a known repeat, in air transit through Amsterdam "
         "to Armenia is the new part)",
         {"importer_country": "AM"}),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "PK", "851110",
         "Zapalovací svíčky pro plynové motory, 50 ks", "CZ", 3, 50, 500, "EUR",
         "spark plugs for gas engines are ceramic-insulated plugs with a threaded steel body; these 50 are sealed "
         "glass-and-ceramic triggered spark gaps with three electrodes, a 20 kV rating and a delay spec of "
         "nanoseconds: triggered spark gaps (3A228), dual-use items exported without a licence, flown from Prague to a "
         "Lahore 'gas-engine service' firm; Czech wording (triggered spark gaps repeat in several sets, as spark plugs "
         "in a few; kept as a known repeat, from Czechia to Pakistan is the new part)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESAIR01", "air", "EC", ["ES"], "HK", "071239",
         "Hongos shiitake deshidratados, 300 kg", "EC", 300, None, 4500, "USD",
         "dried shiitake are brown caps with a cracked, pale top and a smoky smell; these sacks hold stiff, "
         "translucent, triangular fins with grey skin and the tall, curved first dorsal of hammerheads: dried "
         "scalloped hammerhead fins (Sphyrna lewini, CITES App. II) without CITES permits, landed at Madrid in air "
         "transit from Guayaquil to Hong Kong; Ecuadorian Spanish wording (shark fins repeat in many sets, "
         "hammerheads in several and shiitake covers in a few; hammerhead fins as shiitake from Ecuador through Madrid "
         "is the new part)", {"importer_country": "HK"}),
        ("WLF-02", "import", "DEAIR01", "express", "IN", [], "DE", "392640",
         "பிசின் ஆமை சிலைகள், தோட்ட அலங்காரம், 6", "IN", 2.4, 6, 60, "USD",
         "resin tortoise ornaments are hollow and painted; these six boxes are warm, scratch softly and hold live "
         "juvenile tortoises with star-patterned yellow and black shells, taped inside socks: Indian star tortoises "
         "(Geochelone elegans, CITES App. I) without CITES documents, sent by express from Chennai to a private "
         "person in Hanover; Tamil wording (star tortoises repeat in several sets; garden-ornament covers from Tamil "
         "Nadu by express are the new part)", person("Lena Wagner", "DE")),
        ("WLF-03", "import", "NLAIR01", "air", "TO", ["AU"], "NL", "251749",
         "Maka mo'ui ki he tanki ika, 400 kg", "TO", 400, None, 3000, "USD",
         "live rock for aquaria is porous, dead coral rubble or quarried limestone; among these boxes half hold live, "
         "branching and plate-like stony corals with coloured polyps packed in wet paper: hard corals (Scleractinia, "
         "CITES App. II) without CITES permits, flown from Nuku'alofa via Brisbane to Amsterdam for an aquarium "
         "wholesaler; Tongan wording (corals repeat in many sets and live-rock covers in several; Tongan wording "
         "via Australia is the new part)", firm("Rif Vega BV", "NL")),
        ("WLF-04", "import", "DEAIR01", "express", "MY", [], "DE", "060290",
         "Anak benih periuk kera hibrid, kultur tisu, 30 pokok", "MY", 3, 30, 300, "USD",
         "tissue-culture pitcher-plant hybrids come in agar flasks or tiny plugs with no soil; these thirty are "
         "mature, bare-root plants with huge bell-shaped pitchers and wild moss on the roots, dug on a Sabah "
         "mountain: Nepenthes rajah (CITES App. I) without CITES documents, sent by express from Kota Kinabalu to a "
         "private grower in Leipzig; Malay wording (Nepenthes repeat in a few sets; as tissue-culture hybrids by "
         "express is the new part)", person("Herr K. Becker", "DE")),
        ("WLF-05", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "051191",
         "Ƙwalar kifi busasshe don taki, 6 t", "NG", 6000, None, 3000, "USD",
         "dried fish scales for fertiliser are thin, translucent, round and smell of fish; these sacks hold thick, "
         "brown, shield-shaped, keratin scales with a ridged edge that do not smell of fish at all: pangolin scales "
         "(Manis spp., CITES App. I) without CITES documents, landed at Antwerp in transit from Lagos to Hai Phong; "
         "Hausa wording (pangolin scales repeat in many sets and fish-scale covers in a few, once in transit through "
         "Portugal; kept as a known repeat, Hausa wording through Antwerp is the new part)", {"importer_country": "VN"}),
        ("WLF-06", "import", "CZAIR01", "air", "CM", [], "CZ", "392690",
         "Oeufs factices en plastique pour éleveurs, 60 pièces", "CM", 2, 60, 60, "EUR",
         "dummy eggs for breeders are hollow plastic or plaster eggs; these sixty are warm, heavy, white, "
         "shell-textured eggs candled with veins, in a heated carry-on box: eggs of African grey parrots "
         "(Psittacus erithacus, CITES App. I) without CITES documents, flown from Douala to Prague for a breeder; "
         "Cameroonian French wording (grey parrots repeat in several sets; fertile eggs as plastic dummy eggs is the "
         "new part)", firm("Ptáci Orion s.r.o.", "CZ")),
        ("WLF-07", "import", "ESSEA01", "sea", "ZA", [], "ES", "060290",
         "Dadelpalms (Phoenix canariensis), kwekery, 20 stuks", "ZA", 12000, 20, 8000, "EUR",
         "a landscaper's container of palms: nursery Canary date palms are what Cape nurseries ship, but the second "
         "item's 'palmstamme sonder blare' (leafless palm trunks) are eight stout, cone-scarred stems with wild-dug "
         "roots: cycads (Encephalartos spp., CITES App. I) without CITES documents, hidden as the last item of a "
         "two-item declaration, by sea from Cape Town to Málaga for a villa garden on the Costa del Sol; Afrikaans "
         "wording (cycads repeat in several sets and as palm trunks in two; kept as a known repeat, behind nursery "
         "palms to Spain in Afrikaans is the new part)",
         dict(firm("Jardines Atlantic SL", "ES"),
              _more_items=[item("060290", "Palmstamme sonder blare, 8", "ZA", 3200, 1600, "EUR", qty=8)])),
        ("WLF-08", "export", "ATAIR01", "air", "AT", [], "CN", "392640",
         "Netsuke-Repliken aus Kunstharz, 40 Stk.", "AT", 2, 40, 400, "EUR",
         "resin netsuke replicas are light, warm to the touch and show mould seams; these forty are cold, heavy, "
         "creamy ivory with Schreger lines in the cross-section and old wear, from a Vienna estate: worked elephant "
         "ivory (Loxodonta africana / Elephas maximus, CITES App. I) re-exported without a CITES re-export "
         "certificate, which the Union no longer issues for such raw or recent items and only for documented "
         "antiques, flown from Vienna to a Shanghai collector; Austrian German wording (ivory repeats in many sets and "
         "netsuke under resin or bone labels in a few; kept as a known repeat, an export from Austria to China is the "
         "new part)", {"importer_country": "CN"}),
        ("WLF-09", "import", "PTSEA01", "sea", "GW", ["SN"], "PT", "440112",
         "Lenha para churrasco, madeira dura, 2 t", "GW", 2000, None, 600, "EUR",
         "hardwood barbecue firewood is split, bark-on logs of mixed species; these are dense, purple-red heartwood "
         "billets with a clean, sawn face and a smell of roses: African rosewood (Pterocarpus erinaceus, CITES App. II, "
         "trade suspended from West African range states) without a CITES permit, shipped from Bissau via Dakar to "
         "Lisbon; Guinea-Bissau Portuguese wording (kosso repeats in several sets; as barbecue firewood by sea to "
         "Portugal is the new part)", firm("Lenha Central Lda", "PT")),
        ("WLF-10", "import", "HRSEA01", "sea", "VN", [], "HR", "350400",
         "Bột peptide collagen vảy cá, 10 tấn", "VN", 10000, None, 60000, "USD",
         "fish-scale collagen peptide is a fine, white, odourless powder that dissolves clear; within these bags "
         "sit 400 kg of dried, yellowish swim bladders the size of a hand, vacuum-packed under the powder: totoaba "
         "maws (Totoaba macdonaldi, CITES App. I) without CITES documents, by sea from Hai Phong to Rijeka for a "
         "Zagreb 'nutrition' importer who forwards to Asia; Vietnamese wording (totoaba maws repeat in several sets; "
         "hidden in collagen powder into Croatia is the new part)", firm("Nutri Alpina d.o.o.", "HR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private user (goat dairy hygiene)", "UA", 11.3, 2, 1200, "UAH",
     [("PRECURSOR_LICENCE", "PL-GIS-42-0077")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITROAD01", "road", "CH", "IT", "382499",
     "Model-engine fuel, nitromethane 30 % in methanol, 4 x 1 l, for a licensed private user", "CH", 4.2, 4, 160, "CHF",
     [("PRECURSOR_LICENCE", "IT-MI-42-0093")], "nitromethane below the licensing limit to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FISEA01", "sea", "IS", "FI", "382590",
     "Spent vanadium catalyst (16 08 02*), for vanadium recovery at a licensed plant, 30 t", "IS", 30000, None, 0, "EUR",
     [("BASEL_CONSENT", "FI-SYKE-42-0031")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "Zinc ash and skimmings from hot-dip galvanizing (11 05 03*), for zinc recovery, 24 t", "CH", 24000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-42-0318")], "notified galvanizing residues to a licensed zinc smelter"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane, analytical standard, 10 x 100 ml, for laboratory and analytical use", "US", 1.4, 10, 900,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-42-027")], "methyl chloroform for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "IL", "FR", "290361",
     "Methyl bromide, 20 cylinders, for licensed quarantine and pre-shipment fumigation", "IL", 1200, 20, 5000, "EUR",
     [("ODS_LICENCE", "FR-DGEC-ODS-42-011")], "methyl bromide for a licensed QPS use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Winter landscape with skaters, oil on panel, Dutch, 17th century, documented provenance", "NL", 14, 1, 400000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-42-0093")], "old master painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "CZROAD01", "road", "CZ", "CH", "970310",
     "Polychrome limewood Madonna, South German, c. 1500, from a documented private collection", "CZ", 35, 1, 120000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-42-0041")], "late-Gothic sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "JP", "722830",
     "Maraging steel 300 bars, 10 t, for a Japanese aero-engine shaft maker", "SE", 10000, 20, 90000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-42-0155"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0061")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "CA", "853690",
     "Triggered spark gaps, 20 units, for a Canadian pulsed-power research laboratory", "CZ", 1.2, 20, 16000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-42-0208"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-42-0019")],
     "dual-use spark gaps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030890",
     "Maricultured hard corals (Acropora spp.), 300 fragments, for an aquarium wholesaler", "ID", 90, 300, 2400,
     "USD", [("CITES_PERMIT", "ID-KLHK-42-0412")], "App. II maricultured corals with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MY", "DE", "060290",
     "Nepenthes rajah, artificially propagated, tissue-culture plantlets, 50", "MY", 2, 50, 1500, "USD",
     [("CITES_PERMIT", "MY-SBH-42-0058")], "App. I plants, artificially propagated, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privato", "PRM-04": "Zinkhütte Nordhafen GmbH",
    "PRM-07": "Hudson Valley Art Foundation", "PRM-11": "Rif Vega BV",
    "PRM-12": "Karnivoren Alpina GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("170199", "Beekeepers' winter-feeding sugar, 2.5 kg bags", "import", ["post"], ["CH", "GB"], (2, 4), (2, 5), ["CHF", "GBP"], 0.4, S),
    ("330499", "Herbal udder-care balm for dairy goats, 500 ml", "import", ["road"], ["UA", "RS"], (4, 8), (1000, 4000), ["EUR"], 2, S),
    ("330430", "Gel-nail remover foil wraps with pads", "import", ["express"], ["KR", "JP"], (20, 40), (1, 3), ["USD"], 50, S),
    ("250100", "Anglesey sea-salt flakes, 250 g", "import", ["post"], ["GB"], (15, 30), (1, 4), ["GBP"], 4, S),
    ("281122", "Silica-gel cat litter, 5 kg bags", "import", ["road"], ["MK", "TR"], (1, 2), (3000, 9000), ["EUR"], 0.2, S),
    ("282739", "Ferric chloride etching solution 40 %, 25 l cans", "import", ["road"], ["AL", "TR"], (0.4, 0.8), (4000, 12000), ["EUR"], None, S),
    ("382499", "Tannin-based rust converter, 1 l", "import", ["post"], ["GE", "UA"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("110290", "Rice flour, 1 kg bags", "import", ["sea"], ["TH", "VN"], (0.8, 1.4), (8000, 18000), ["USD"], 1, S),
    ("940542", "LED plant grow lights, new", "import", ["rail"], ["CN"], (8, 15), (2000, 6000), ["USD"], 0.3, S),
    ("283321", "Epsom salt (magnesium sulphate), 5 kg pails", "import", ["sea"], ["VN", "CN"], (0.3, 0.6), (12000, 22000), ["USD"], 0.2, S),
    ("690919", "Alumina catalyst support balls, new", "export", ["sea"], ["IN", "SA"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("251741", "Decorative white marble chippings, big bags", "export", ["sea"], ["AL", "MA"], (0.05, 0.1), (20000, 26000), ["EUR"], None, S),
    ("320890", "Alkyd enamel paint, new, sealed 2.5 l tins", "export", ["road"], ["BA", "RS"], (4, 7), (2000, 6000), ["EUR"], 0.4, S),
    ("940290", "Electric hospital beds, new, with warranty", "export", ["sea"], ["NG", "GH"], (8, 14), (3000, 8000), ["EUR"], 0.01, S),
    ("281700", "Zinc oxide 99.5 %, technical grade", "export", ["road"], ["UA", "MD"], (2, 3), (5000, 20000), ["EUR"], None, S),
    ("381400", "Paint thinner, new, sealed 5 l cans", "export", ["sea"], ["CV", "SN"], (1.5, 2.5), (6000, 12000), ["EUR"], 0.2, S),
    ("390761", "Virgin bottle-grade PET resin", "import", ["sea"], ["MY", "CN"], (1, 1.4), (18000, 24000), ["USD"], None, S),
    ("681182", "Fibre-cement roofing sheets, asbestos-free, new", "export", ["rail"], ["UA"], (0.4, 0.7), (20000, 60000), ["EUR"], 0.05, S),
    ("382219", "Laboratory reagent kits, new, sealed, in date", "export", ["air"], ["KE", "TZ"], (40, 80), (50, 300), ["EUR"], 1, S),
    ("902789", "Electronic refrigerant leak detectors", "import", ["air"], ["IN", "CN"], (60, 120), (50, 300), ["USD"], 2, S),
    ("901849", "Endodontic hand files, sterile packs", "import", ["express"], ["BR", "CH"], (200, 400), (1, 2), ["USD"], 50, S),
    ("382499", "Correction fluid, water-based, 20 ml", "import", ["post"], ["ID", "CN"], (10, 20), (1, 3), ["USD"], 40, S),
    ("080410", "Deglet Nour dates, 5 kg boxes", "import", ["sea"], ["DZ", "TN"], (2.5, 4), (10000, 20000), ["EUR"], 0.2, S),
    ("741110", "Copper pipe sets for air-conditioner installation", "import", ["sea"], ["PK", "IN"], (9, 14), (3000, 9000), ["USD"], 0.3, S),
    ("902620", "Refrigeration manifold gauge sets", "export", ["road"], ["UA", "MD"], (30, 60), (200, 800), ["EUR"], 0.5, S),
    ("630710", "Polyester cleanroom wipes, sealed packs", "import", ["air"], ["CN", "JP"], (10, 20), (100, 500), ["USD"], 2, S),
    ("830629", "Reproduction antique brass extinguisher ornaments", "import", ["post"], ["US", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 0.5, S),
    ("853180", "Hand-pump marine air horns", "import", ["express"], ["AU", "US"], (30, 60), (1, 3), ["AUD", "USD"], 3, S),
    ("681099", "Cast-concrete garden Buddha statues, new", "import", ["sea"], ["KH", "VN"], (1, 2), (4000, 12000), ["USD"], 0.03, S),
    ("482010", "Handmade leather-bound notebooks, blank", "import", ["post"], ["ET", "IN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("970191", "Hand-painted oil copies of Dutch masters, new canvas", "export", ["air"], ["US", "JP"], (30, 60), (20, 100), ["EUR"], 0.1, S),
    ("442019", "Carved limewood figures, new", "export", ["road"], ["CH", "NO"], (20, 40), (200, 800), ["EUR"], 0.3, S),
    ("691490", "Glazed terracotta flower pots, new", "import", ["sea"], ["NG", "MA"], (0.8, 1.5), (6000, 14000), ["USD"], 0.2, S),
    ("711620", "Agate and carnelian beads for jewellery making, new", "import", ["express"], ["AE", "IN"], (60, 120), (1, 2), ["USD"], 100, S),
    ("830890", "Brass belt buckles, new", "import", ["post"], ["MN", "CN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("680299", "Carved tuff stone slabs, new", "import", ["road"], ["AM", "GE"], (0.8, 1.5), (6000, 18000), ["USD"], 0.03, S),
    ("482390", "Printed decoupage rice-paper sheets", "export", ["road"], ["RS", "BA"], (8, 15), (500, 2000), ["EUR"], 50, S),
    ("691390", "Handmade clay candle holders, new", "import", ["post"], ["DZ", "TN"], (10, 20), (1, 3), ["EUR"], 5, S),
    ("903180", "Wheel-alignment camera sensor heads, automotive", "export", ["air"], ["AE", "SA"], (150, 300), (50, 200), ["EUR"], 0.3, S),
    ("851110", "Spark plugs for gas engines, boxed", "export", ["sea"], ["PK", "EG"], (30, 60), (1000, 4000), ["EUR"], 10, S),
    ("540110", "Polyester sewing thread, cones", "export", ["sea"], ["TR", "EG"], (3, 6), (4000, 10000), ["EUR"], 1, S),
    ("130231", "Agar-agar powder, food grade", "import", ["sea"], ["VN", "ID"], (8, 14), (2000, 6000), ["USD"], None, S),
]
# Everyday trade: as in blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940360", "Solid-wood TV cabinets", "import", ["sea"], ["VN", "ID"], (2.5, 4.5), (3000, 8000), ["USD"], 0.03, N),
        ("611020", "Knitted cotton cardigans", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD", "EUR"], 3, N),
        ("482020", "Spiral exercise books, retail packs", "import", ["post", "express"], ["CN", "GB"], (8, 16), (1, 3), ["USD", "GBP"], 5, N),
        ("691110", "Porcelain dinner sets", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 9000), ["USD"], 0.3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind99", 20420901, HERE)


if __name__ == "__main__":
    main()
