#!/usr/bin/env python3
"""Writes the hundred-and-fifteenth blind set (tests/risk/data/blind115-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2045, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL115-*:

    python3 tests/risk/data/make_blind115_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEPOST01", "post", "SA", [], "BE", "220110",
         "ماء زمزم مبارك، جالون 5 لتر، 4 جوالين", "SA", 22.6, 4, 160, "SAR",
         "Zamzam water, carried home from Mecca in 5 l jerrycans, is a mineral water of 1.00 kg/l that tastes "
         "faintly of minerals; these four jerrycans from a Jeddah sender hold 22.6 kg for 20 litres (1.13 kg/l), "
         "have vented caps, whiten and sting the skin and fizz on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted to a private person in Liège; Saudi Arabic wording (hydrogen peroxide repeats in many "
         "sets and water-like drink covers in several; a Zamzam-water label was found in no earlier row by a "
         "keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-02", "import", "DKAIR01", "express", "MY", [], "DK", "151319",
         "Minyak MCT (trigliserida rantai sederhana), 100% daripada kelapa, 4 x 1 liter", "MY", 4.6, 4, 260, "MYR",
         "MCT oil is a colourless, tasteless, greasy oil of 0.94 kg/l that floats on water; these four bottles hold "
         "a thin, mobile liquid of 1.14 kg/l that sinks in water, is not greasy, smells faintly fruity and sharp, "
         "burns with a pale flame, and the filler's drum code copied onto the invoice annex reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Penang to a private person in Aarhus, although "
         "flammable liquids travel by express only as declared dangerous goods; Malay wording (nitromethane "
         "repeats in many sets; an MCT-oil label was found in no earlier row by a keyword search)",
         person("Mette Hansen", "DK")),
        ("PRE-03", "import", "ATAIR01", "express", "JO", [], "AT", "330499",
         "زيت المغنيسيوم من البحر الميت، عبوات تعبئة 1 لتر، 4 عبوات", "JO", 7.4, 4, 40, "JOD",
         "Dead Sea 'magnesium oil' is a magnesium-chloride brine of about 1.3 kg/l that feels oily on the skin and "
         "tastes intensely bitter; these four refills weigh 1.84 kg/l, grow hot with a drop of water, char a paper "
         "towel and have eaten into the spray heads packed with them: about 96 % sulphuric acid (Annex I above "
         "15 %), sent by express from Amman to a private person in Graz, although corrosive liquids travel by "
         "express only as declared dangerous goods; Jordanian Arabic wording (sulphuric acid repeats in many sets, "
         "and Dead Sea labels in two, on bath salts (blind44) and koshering salt (blind97); a magnesium-oil label "
         "was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "FRSEA01", "sea", "TN", [], "FR", "190240",
         "Couscous m'hamsa roulé à la main (كسكسي محمّص), Sfax, sachets 1 kg, 12 000 sachets", "TN", 12000, 12000,
         9600, "EUR",
         "hand-rolled m'hamsa is irregular, off-white to golden grains of durum semolina that swell in hot water "
         "and smell of toasted wheat; these bags hold smooth, round, white prills of even size that do not swell, "
         "turn the water ice-cold as they dissolve completely, test at 34 % N and melt and fume on a hot plate, for "
         "a Marseille Maghreb cash-and-carry that sells the 1 kg bags to the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by sea from Sfax; Tunisian French and Arabic "
         "wording (ammonium nitrate repeats in many sets under sugar, bean-bag and fertiliser labels; a couscous "
         "label was found in no earlier row by a keyword search)", firm("Rivage Alimentation Orientale SARL", "FR")),
        ("PRE-05", "import", "PTAIR01", "express", "KR", [], "PT", "292529",
         "크레아틴 모노하이드레이트, 미분화 200 메시, 1 kg × 4", "KR", 4.2, 4, 120000, "KRW",
         "micronised creatine is a light, fluffy, faintly bitter white powder of about 0.6 kg/l that barely "
         "dissolves in cold water; these four tubs hold a denser, glittering, gritty powder of 1.2 kg/l that also "
         "barely dissolves, as creatine would, but tastes of nothing, flares violently with sugar on a hot plate "
         "and has inner bags reading 'KClO4': potassium perchlorate (Annex I above 40 %), sent by express from "
         "Seoul to a private person in Braga; Korean wording (potassium perchlorate repeats in many sets; a "
         "creatine label was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-06", "import", "GRROAD01", "road", "MK", [], "GR", "170199",
         "Шеќер за џем, желирачки 2:1, пакување 1 кг, 6.000 пакувања", "MK", 6000, 6000, 4200, "EUR",
         "2:1 gelling sugar is white crystal sugar with a few per cent of pectin and citric acid, sweet, sticky and "
         "caramelising on heat; these bags hold larger, clear, cubic crystals with no sweetness that draw damp, "
         "crackle and flare yellow on a gas ring and whose inner liners carry CAS 7775-09-9, for a Thessaloniki "
         "cash-and-carry that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, in a lorry at Evzoni; Macedonian wording (sodium chlorate repeats in many sets under sugar "
         "and salt labels; a jam-sugar label was found in no earlier row by a keyword search)",
         firm("Delta Cash and Carry AE", "GR")),
        ("PRE-07", "import", "ATAIR01", "air", "AZ", [], "AT", "200961",
         "Abqora (yetişməmiş üzüm suyu), şüşə butulka 1 l, 900 ədəd", "AZ", 1260, 900, 1800, "USD",
         "verjuice is the pale, cloudy, sour juice of unripe grapes, about 1.02 kg/l, with a fruity smell; these "
         "bottles hold a water-clear to straw-yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the "
         "skin and dissolves a copper coin in a cloud of brown gas, at 2 USD a litre for a Vienna Caucasian-food "
         "shop that sells to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, flown from Baku; Azerbaijani wording (nitric acid repeats in many sets under vinegar, "
         "lemon-juice and calamansi labels; a verjuice label was found in no earlier row by a keyword search)",
         firm("Alpina Kaukasus Feinkost GmbH", "AT")),
        ("PRE-08", "import", "IEPOST01", "post", "CA", [], "IE", "291811",
         "Calcium lactate, food grade, for spherification (molecular gastronomy), 4 x 1 kg", "CA", 4.1, 4, 60, "CAD",
         "calcium lactate is a white, slightly granular powder that dissolves slowly and tastes mild; these four "
         "bags hold clear, glassy crystals that run to a puddle in damp air, dissolve at once with a chill, burn "
         "fiercely with sugar and read 'NaClO4' on the re-used inner liners: sodium perchlorate (Annex I above "
         "40 %), posted from Montreal to a private person in Cork; Canadian English wording (sodium perchlorate "
         "repeats in many sets; a spherification label was found in no earlier row by a keyword search)",
         person("Ms A. Murphy", "IE")),
        ("PRE-09", "import", "PTAIR01", "air", "BD", [], "PT", "100630",
         "চিনিগুঁড়া সুগন্ধি চাল, ৫ কেজি ব্যাগ, ২৪০ ব্যাগ", "BD", 1200, 240, 2400, "USD",
         "a Bangladeshi grocery air shipment for a Martim Moniz shop in Lisbon that sells to the public: aromatic "
         "chinigura rice and turmeric are what such shops stock, but the third item's 'fruit salt' (an effervescent "
         "antacid that fizzes the moment it meets water) is 300 kg of white crystals that do not fizz, taste cool "
         "and bitter, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, flown from Dhaka; Bengali wording (potassium chlorate repeats in many sets and "
         "grocery consignments hiding a precursor in several; a fruit-salt label was found in no earlier row by a "
         "keyword search)",
         dict(firm("Horizon Mercearia Bangla Lda", "PT"),
              _more_items=[item("091030", "হলুদ গুঁড়া, ২০০ গ্রাম, ১,৫০০ প্যাকেট", "BD", 300, 900, "USD", qty=1500),
                           item("283630", "ফ্রুট সল্ট (হজমি), ১০০ গ্রাম, ৩,০০০ প্যাকেট", "BD", 300, 450, "USD", qty=3000)])),
        ("PRE-10", "import", "GRSEA01", "sea", "LB", [], "GR", "220890",
         "عرق بلدي مثلّث، 53%، قناني 1 لتر، 3,600 قنينة", "LB", 4320, 3600, 5400, "USD",
         "Lebanese arak is a clear anise spirit of about 0.93 kg/l that smells of aniseed and turns milky white the "
         "moment water is added; these bottles smell of nothing, weigh 1.20 kg/l, stay clear in water, have vented "
         "caps, whiten the skin and foam on rust, for a Piraeus Middle-Eastern grocery wholesaler whose shops sell "
         "to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the "
         "public, by sea from Beirut; Lebanese Arabic wording (hydrogen peroxide repeats in many sets, under a "
         "Tunisian orange-blossom-water label in blind104 and a rose-water label in blind53; an arak label was "
         "found in no earlier row by a keyword search)",
         firm("Orion Anatolika Trofima AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BGSEA01", "sea", "BG", [], "GE", "251710",
         "Декоративен чакъл, черен, 8-16 мм, за градини и алеи, 22 t", "BG", 22000, None, 660, "EUR",
         "black decorative gravel is crushed basalt or dyed stone that weighs about 1.6 t a cubic metre in bulk; "
         "these bags weigh half as much again and hold glassy, black-grey, vesicular granules with metallic prills, "
         "and a handheld XRF reads 3 % lead, 8 % zinc and antimony, from a Plovdiv-region secondary lead smelter "
         "that recycles car batteries: lead-smelting slag (10 04 01*), hazardous waste whose export to a non-OECD "
         "country is banned, from Burgas to Batumi for a 'landscaping' firm; Bulgarian wording (lead-smelting "
         "wastes repeat in a few sets; a decorative-gravel label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "GH", "400400",
         "Recycled rubber mulch for playgrounds, coloured nuggets, in bulk bags, 24 t", "IE", 24000, None, 1200, "EUR",
         "playground rubber mulch is uniform, dyed nuggets of tyre rubber with the steel and fibre taken out; these "
         "bags hold a grey-brown fluff of foam, carpet fibre, plastic and rubber crumbs with copper wire ends, glass "
         "and an oily smell, from a Dublin car shredder's light fraction: automotive shredder residue (19 10 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to Takoradi for a 'school "
         "supplies' buyer; Irish English wording (shredder residue repeats in several sets; a rubber-mulch label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "281990",
         "Oxid chrómový zelený, pigment, vo vreciach 1 t, 20 t", "SK", 20000, None, 4000, "EUR",
         "chromium-oxide green pigment is a dry, bright, even green powder sold at several euros a kilo with a "
         "colour card; these bags hold a damp, lumpy, grey-green cake at 0.20 EUR/kg that smells of acid, leaves "
         "yellow chromate stains on the hands and reads chromium, nickel and copper, pressed out of a Trnava-region "
         "electroplating line: galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country is "
         "banned, at Vyšné Nemecké for an Uzhhorod 'paint maker'; Slovak wording (galvanic sludges repeat in many "
         "sets under pigment and hydroxide labels; a chromium-oxide-green label was found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "LTROAD01", "road", "LT", ["PL"], "UA", "252220",
         "Kalkės tvenkiniams kalkinti (akvakultūrai), maišai po 25 kg, 22 t", "LT", 22000, 880, 1100, "EUR",
         "pond lime is white, dry hydrated lime or ground limestone that fish farmers spread on drained ponds; these "
         "sacks hold a light-grey, dusty powder that smells of ammonia when wet and reads 18 % chloride with lead, "
         "zinc and cadmium far above any liming agent, from a Vilnius waste-to-energy plant's flue-gas cleaning: "
         "air-pollution-control residue (19 01 07*), hazardous waste whose export to a non-OECD country is banned, "
         "by road through Poland to a Volyn 'fish farm'; Lithuanian wording (APC residues repeat in several sets "
         "under hydrated-lime labels; a fish-pond-lime label was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "GW", "271019",
         "Óleo para correntes de motosserra, bidões de 200 l, 80 bidões", "PT", 16000, 80, 3200, "EUR",
         "chainsaw chain oil is a clear, amber, tacky vegetable or mineral oil sold in 1-5 l cans; these dented, "
         "mixed drums hold a black, thin, petrol-smelling oil with water and grit at the bottom, drained from cars "
         "and lorries by Lisbon garages: waste mineral oil (13 02 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Lisbon to Bissau for a 'sawmill supplier'; Portuguese wording (used oil repeats in "
         "many sets and Guinea-Bissau as a destination in a few; a chainsaw-oil label was found on no earlier waste "
         "row by a keyword search)", {"importer_country": "GW"}),
        ("WST-06", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "380130",
         "Elektrodna masa (Söderbergova), za peči za ferozlitine, 24 t", "SI", 24000, None, 2400, "EUR",
         "Söderberg electrode paste is cast blocks of calcined anthracite and coal-tar pitch, black, glossy and "
         "smelling of tar; these bags hold broken grey-black carbon and refractory lumps with white crusts that hiss "
         "and smell of ammonia and bitter almonds when wet, broken out of aluminium-smelter potlines near "
         "Kidričevo: spent pot lining (16 11 01*, cyanides and fluorides), hazardous waste whose export to a "
         "non-OECD country is banned, through Croatia to a Jajce 'ferroalloy works'; Slovene wording (spent pot "
         "lining repeats in many sets under coke, cathode-block, fluorspar, chamotte and anthracite labels; an "
         "electrode-paste label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "330499",
         "Kożmetiċi u fwejjaħ, prodotti rritornati mill-klijenti, għall-bejgħ mill-ġdid, kontejner wieħed", "MT",
         14000, None, 7000, "EUR",
         "customer returns for resale are sealed, boxed and in date; this container holds loose, crushed and "
         "leaking perfume bottles, nail varnish, aerosols and creams years past their dates, swept from a Ħal Far "
         "e-commerce warehouse's destruction cage and smelling of solvent: discarded cosmetics and flammable "
         "aerosols (16 03 05*, 16 05 04*), hazardous waste whose export to a non-OECD country is banned, from Malta "
         "Freeport to Benghazi for a 'discount retailer'; Maltese wording (expired-goods waste repeats in several "
         "sets and a customer-returns label once, on appliances (blind51); returned cosmetics were found in no "
         "earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "310590",
         "Kupfer-Blattdünger, flüssig, IBC 1.000 l, 20 Stück", "AT", 26000, 20, 2600, "EUR",
         "a liquid copper foliar fertiliser is a dilute blue-green chelate of a few per cent copper at 1.1 kg/l, "
         "sold with a label and an analysis; these IBCs hold a dark green, ammonia-smelling liquid of 1.3 kg/l with "
         "12 % copper and 15 % chloride that etches a steel blade, drained from a Styrian circuit-board plant's "
         "etching lines: spent ammoniacal cupric chloride etchant (11 01 05*), hazardous waste whose export to a "
         "non-OECD country is banned, through Hungary to a Subotica 'agro' buyer; Austrian German wording (spent "
         "etchants repeat in many sets; a foliar-fertiliser label on an etchant was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "MY", "760200",
         "Aluminiumskrot, brugte drikkevaredåser (UBC), presset i baller, 18 t", "DK", 18000, None, 9000, "EUR",
         "baled used beverage cans are crushed aluminium cans that cut easily and weigh little; behind an outer "
         "layer of cans these bales hold some 300,000 flattened single-use vapes, each with its lithium cell and a "
         "nicotine-wet wick, collected from Copenhagen kiosks' return bins: waste electrical equipment with lithium "
         "batteries (20 01 35*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to Port "
         "Klang for a 'smelter'; Danish wording (disposable vapes repeat in several sets under vape, lithium-cell and "
         "mixed-plastic labels; a used-beverage-can label was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-10", "export", "LVSEA01", "sea", "LV", [], "NG", "321519",
         "Ofseta iespiedkrāsas, atlikumi, mucās, 60 mucas", "LV", 12000, 60, 2400, "EUR",
         "surplus offset inks come in sealed, labelled tins of one colour at several euros a kilo; these open drums "
         "hold a grey-brown mix of skinned ink, washing solvent and rags scraped from a Riga printing house's "
         "press-wash tanks, smelling of solvent: waste printing ink and press-wash residues with hazardous solvents "
         "(08 03 12*, 08 03 19*), hazardous waste whose export to a non-OECD country is banned, from Riga to Lagos "
         "for a 'print shop'; Latvian wording (an end-of-line offset-ink label was found once, from France to Côte "
         "d'Ivoire (blind88), and recovered thinner from Latvia to Nigeria once (blind98); kept as a repeat, Latvian "
         "offset inks to Nigeria are the new part as far as a search found)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "732393",
         "Insulated hot-pot casseroles, stainless steel inner, PU-foam insulated, set of 3, 2,400 sets", "IN", 9600,
         2400, 28800, "USD",
         "insulated casseroles ('hot pots') are stainless or plastic dishes in a foam jacket; a drilled sample of "
         "these 2,400 sets, for a Bologna housewares importer, gives off a sweet, ether-like gas and the head-space "
         "test reads 1,1-dichloro-1-fluoroethane, the Ahmedabad supplier's foaming line still running on it: "
         "HCFC-141b-blown products, products containing an ozone-depleting substance whose import into the Union "
         "is banned (Regulation 2024/590), by sea from Mundra to Genoa; Indian English wording (HCFC-141b foams "
         "repeat in many sets in panels, pipes and premixes; an insulated-casserole label was found in no earlier "
         "row by a keyword search)", firm("Meridian Casalinghi Srl", "IT")),
        ("OZN-02", "export", "BESEA01", "sea", "BE", [], "CD", "841850",
         "Réfrigérateurs de banque de sang, d'occasion, don humanitaire, 24 pièces", "BE", 3600, 24, 4800, "EUR",
         "donated blood-bank refrigerators should run on R-290 or R-134a; these 24 units from a Flemish hospital's "
         "1990s blood bank carry nameplates for R-22 and R-502 and are still charged: equipment containing HCFCs "
         "and a CFC-115 blend, whose export from the Union is banned (Regulation 2024/590), from Antwerp to Matadi "
         "for a Lubumbashi clinic; Belgian French wording (R-22 equipment for export repeats in many sets; a "
         "blood-bank-refrigerator label was found in no earlier row by a keyword search)",
         {"importer_country": "CD"}),
        ("OZN-03", "transit", "SISEA01", "sea", "SG", ["SI"], "RS", "731100",
         "Inert gas fire suppression cylinders IG-55 (argon/nitrogen), 80 l, 20 pcs, for data centre", "SG", 2200, 20,
         30000, "USD",
         "IG-55 is a compressed gas at 300 bar, about 20 kg of argon and nitrogen in an 80 l cylinder that does not "
         "slosh; these 20 cylinders, landed at Koper in transit from Singapore to a Belgrade data centre, each hold "
         "about 90 kg of a liquid that sloshes, read 42 bar and carry 'CBrF3' under the new paint: halon 1301 "
         "(bromotrifluoromethane), a controlled ozone-depleting substance moved through the Union without the "
         "licence Regulation 2024/590 requires; Singapore English wording (halon 1301 repeats in many sets, and "
         "inert-gas labels in two (IG-541, blind25; IG-100, blind72); an IG-55 label in transit through Koper was "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-04", "import", "HRROAD01", "road", "RS", [], "HR", "382499",
         "Sredstvo za zaptivanje curenja klime u automobilu, s punjenjem, 100 g, 3.600 limenki", "RS", 400, 3600,
         3600, "EUR",
         "A/C leak sealers are small cans of a sealing liquid in R-134a or R-1234yf with a quick-coupler; these "
         "3,600 cans for a Zagreb car-parts chain hold 100 g of a gas that the leak detector reads as "
         "dichlorodifluoromethane, with adaptors threaded for old R-12 service ports: CFC-12, whose import into the "
         "Union is banned, in a van at Bajakovo; Serbian wording (CFC-12 repeats in many sets in small cans and "
         "under R-134a labels; a leak-sealer label was found in no earlier row by a keyword search)",
         firm("Vega Auto Dijelovi d.o.o.", "HR")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "870790",
         "Кузови-рефрижератори ізотермічні для вантажівок, нові, 12 шт.", "UA", 18000, 12, 96000, "EUR",
         "new insulated truck bodies are foamed with cyclopentane or an HFO and carry a foam-agent label; these "
         "twelve, from a Zaporizhzhia-region workshop for a Poznań bodybuilder's customers, give off a sweet, "
         "ether-like gas when a panel is drilled and the head-space test reads HCFC-141b: products containing an "
         "ozone-depleting substance, whose import into the Union is banned, at Dorohusk; Ukrainian wording "
         "(HCFC-141b foams repeat in many sets; refrigerated truck bodies were found in no earlier row by a keyword "
         "search)", firm("Nordhafen Chłodnie Sp. z o.o.", "PL")),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "290379",
         "HCFO-1224yd(Z) 制冷剂, 离心式冷水机组用, 1 吨钢瓶, 20 瓶", "CN", 20000, 20, 160000, "USD",
         "HCFO-1224yd(Z) is a low-GWP chiller refrigerant sold at high prices with a maker's certificate; these 20 "
         "ton tanks, at a fraction of its price for a Brescia chiller-service firm, hold a liquid whose boiling "
         "point (15 °C) and infrared spectrum are those of 1,1,1,3,3-pentafluoropropane: HFC-245fa, placed on the "
         "Union market without the quota or authorisation Regulation 2024/573 requires, by sea from Ningbo to "
         "Genoa; Chinese wording (HFC-245fa repeats in several sets; an HCFO-1224yd label was found in no earlier "
         "row by a keyword search)", firm("Alpina Refrigerazione Srl", "IT")),
        ("OZN-07", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "841821",
         "Sovet davri muzlatgichlari, restavratsiya qilingan, retro dizayn, 40 dona", "UZ", 2800, 40, 16000, "USD",
         "restored retro fridges sold in the Union are rebuilt with new R-600a circuits; these forty 1960s-70s "
         "'ZIL' and 'Saratov' cabinets, freshly enamelled in Tashkent for a Warsaw design shop, keep their original "
         "compressors, and the circuits are still charged with dichlorodifluoromethane: products containing CFC-12, "
         "whose import into the Union is banned, by rail through Kazakhstan, Russia and Belarus to Małaszewicze; "
         "Uzbek wording (CFC-12 equipment repeats in many sets, and restored 1950s American refrigerators in two "
         "(blind25, blind63); kept as a repeat, Soviet-era refrigerators by rail from Uzbekistan are the new part "
         "as far as a search found)", firm("Orion Retro Design Sp. z o.o.", "PL")),
        ("OZN-08", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "381900",
         "Тормозная жидкость DOT 5, силиконовая, канистры 5 л, 800 шт.", "KZ", 8720, 800, 4800, "USD",
         "DOT 5 silicone brake fluid is a purple, slippery liquid of 0.96 kg/l; these canisters weigh more than "
         "twice that (2.18 kg/l), hold a water-clear liquid that is not slippery, boils at 47 °C and matches the "
         "'114В2' stencils on drums in the same wagon: halon 2402 (dibromotetrafluoroethane), whose import into the "
         "Union is banned outside licensed critical uses, by rail from Kazakhstan through Russia to Zilupe for a "
         "Riga car-chemicals trader; Russian wording from Kazakhstan (halon 2402 repeats in many sets and once under "
         "a DOT 4 brake-fluid label, from Ukraine to Hungary (blind108); kept as a repeat, a silicone DOT 5 label by "
         "rail into Latvia is the new part as far as a search found)", firm("Atlantic Auto Ķīmija SIA", "LV")),
        ("OZN-09", "import", "CZAIR01", "air", "VN", [], "CZ", "381300",
         "Bình xịt chữa cháy pin lithium, dung dịch AVD (vermiculite), 500 ml, 2.400 bình", "VN", 1900, 2400, 4800,
         "USD",
         "AVD sprays for lithium-battery fires hold a milky water dispersion of vermiculite of about 1.1 kg/l that "
         "leaves a grey film; these cans hold a liquefied gas at about 2.5 bar that flashes off and leaves nothing "
         "behind, smells faintly sweet and carries the filler's code 'R-12B1': halon 1211 "
         "(bromochlorodifluoromethane) in aerosol extinguishers, products whose import into the Union is banned, "
         "flown from Hanoi to Prague for an e-bike accessory wholesaler at the SAPA market; Vietnamese wording "
         "(halon 1211 repeats in many sets, in aerosol car sprays from China to Lithuania in blind60; an AVD "
         "lithium-fire label was found in no earlier row by a keyword search)", firm("Vega Auto Doplňky s.r.o.", "CZ")),
        ("OZN-10", "import", "GRSEA01", "sea", "CN", [], "GR", "842139",
         "空气净化器（冷暖型），分体式，800 套", "CN", 48000, 800, 120000, "USD",
         "air purifiers are fans and filters without a compressor; these 800 'purifiers with cooling and heating' "
         "are split air-conditioners whose outdoor units are each pre-charged with 1.1 kg of R-32 (HFC-32), for an "
         "Athens retailer with no quota authorisation or declaration of conformity for HFC-charged equipment: "
         "pre-charged equipment placed on the Union market without the HFC quota accounting Regulation 2024/573 "
         "requires, by sea from Ningbo to Piraeus; Chinese wording (pre-charged split units repeat in several sets "
         "under other labels; an air-purifier label was found in no earlier row by a keyword search)",
         firm("Horizon Klimatismos AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLSEA01", "sea", "ID", [], "NL", "680299",
         "Patung batu paras Bali, Buddha duduk, baru, untuk taman, 12 buah", "ID", 1800, 12, 1440, "USD",
         "new Balinese paras statues are soft, pale-grey volcanic tuff, light and crisply cut with fresh tool marks; "
         "eleven of these twelve are, but the twelfth is a hard, dark-grey andesite seated Buddha in the Central "
         "Javanese style, with a broken hand, lichen and weathering on one side only and old mortar on the base "
         "where it stood: a 9th-century temple sculpture from the Prambanan plain, whose export Indonesia forbids, "
         "brought in without an import licence (Regulation 2019/880), by sea from Surabaya to Rotterdam for a "
         "garden-statue importer; Indonesian wording (Javanese antiquities repeat in several sets; a Balinese "
         "paras-statue label was found in no earlier row by a keyword search)",
         firm("Horizon Tuinbeelden BV", "NL")),
        ("CUL-02", "import", "ROSEA01", "sea", "GE", [], "RO", "830610",
         "გემის ზარი, სპილენძი, დეკორატიული, ახალი, 1 ცალი", "GE", 85, 1, 300, "USD",
         "new brass ship's bells are bright yellow, machine-polished and weigh a few kilos with a name ring; this "
         "85 kg bell is dark bronze with an asomtavruli inscription naming a Kakheti church and the year 1758 cast "
         "round its shoulder, worn smooth where the clapper struck and with fresh saw marks where the yoke was cut: "
         "an 18th-century church bell whose export Georgia forbids without a permit, brought in against Regulation "
         "2019/880 and the UNESCO 1970 convention, by sea from Poti to Constanța for a dealer; Georgian wording "
         "(church bells repeat in many sets under scrap-bronze labels; a ship's-bell label was found in no earlier "
         "row by a keyword search)", firm("Rivage Antichități SRL", "RO")),
        ("CUL-03", "import", "FRAIR01", "air", "JP", [], "FR", "930700",
         "居合刀（模造刀）、合金製、新品、2振", "JP", 3, 2, 60000, "JPY",
         "iaito practice swords are zinc-aluminium alloy blades that cannot take an edge, at a few hundred euros; "
         "these two are folded-steel blades with a visible hamon and grain, old polish and signed tangs reading "
         "'Bishū Osafune', one matching a registration card withdrawn from a Hyōgo collection: Kamakura- and "
         "Muromachi-period nihontō, cultural property taken out of Japan without the export permit its Agency for "
         "Cultural Affairs requires, brought in against Regulation 2019/880 and the UNESCO 1970 convention, flown "
         "from Osaka to Paris for a dealer; Japanese wording (swords repeat in several sets, none as Japanese blades "
         "under a practice-sword label; an iaito label was found in no earlier row by a keyword search)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-04", "import", "ESAIR01", "express", "PA", [], "ES", "711319",
         "Dijes de oro 14k, diseño precolombino, joyería nueva, 12 piezas", "PA", 0.4, 12, 900, "USD",
         "new 14k gold charms in a pre-Columbian style are bright, crisp and stamped '14K' with a maker's mark; "
         "these twelve are cast frogs, crocodile-men and bird pendants of reddish, uneven tumbaga, worn at the "
         "suspension loops, with red clay in the crevices and no stamp: Coclé goldwork (AD 500-1000) from looted "
         "Panamanian graves, archaeological objects whose export Panama forbids, brought in without an import "
         "licence (Regulation 2019/880), sent by express from Panama City to a private collector in Madrid; "
         "Panamanian Spanish wording (pre-Columbian goldwork repeats in many sets under costume-jewellery labels, "
         "and Coclé gold once, in dev25-c; a new 14k-jewellery label by express from Panama is the new part as far "
         "as a search found)", person("Maria Lopez", "ES")),
        ("CUL-05", "import", "FRAIR01", "air", "MR", [], "FR", "420500",
         "Couvertures de livres en cuir (غلاف جلدي), artisanat de Chinguetti, neuves, 30 pièces", "MR", 14, 30, 450,
         "EUR",
         "new Mauritanian leather book covers are stiff, bright-dyed goat leather with fresh stamping; these thirty "
         "are worn satchel covers, each wrapping a bundle of loose leaves hand-written in Maghribi script on 18th- "
         "and 19th-century watermarked paper, with glosses and the stamps of family libraries of Chinguetti and "
         "Ouadane: manuscripts over a century old whose export Mauritania forbids, brought in against the UNESCO "
         "1970 convention (and, above the value threshold, without the importer statement of Regulation "
         "2019/880), flown from Nouakchott to Paris for a dealer; Hassaniya Arabic and French wording (West African "
         "manuscripts repeat in a few sets, from Timbuktu; Chinguetti libraries and a leather-cover label were "
         "found in no earlier row by a keyword search)", firm("Orion Manuscrits SARL", "FR")),
        ("CUL-06", "import", "ATAIR01", "air", "KR", [], "AT", "691200",
         "분청사기 다완, 이천 작가 신작, 6점", "KR", 5, 6, 1800000, "KRW",
         "new buncheong-style tea bowls from Icheon kilns are evenly thrown, with bright white slip and a signed "
         "wooden box; these six have a grey stoneware body with stamped and brushed slip worn through at the rim, "
         "kiln-sand on the foot rings, burial staining and old repairs in gold lacquer: 15th-16th century Joseon "
         "buncheong wares, cultural property whose export Korea forbids without a permit from its Cultural Heritage "
         "Administration, brought in against Regulation 2019/880 and the UNESCO 1970 convention, flown from Seoul to "
         "Vienna for a dealer; Korean wording (Korean ceramics repeat in a few sets as Goryeo celadon; a buncheong "
         "tea-bowl label was found in no earlier row by a keyword search)", firm("Alpina Ostasiatika GmbH", "AT")),
        ("CUL-07", "import", "ROROAD01", "road", "MD", [], "RO", "691390",
         "Ceramică pictată, meșteșug popular, nouă, vase decorative, 8 bucăți", "MD", 24, 8, 120, "EUR",
         "new painted pottery from Moldovan craft villages is bright, glazed and evenly thrown; these eight are "
         "hand-built, unglazed vessels painted in red, white and black spirals, with root marks, soil inside and "
         "fresh breaks at the base: Cucuteni-Trypillia pottery (5th-4th millennium BC) dug from a settlement mound "
         "in the Prut valley, archaeological objects whose export the Republic of Moldova forbids, brought in "
         "without an import licence (Regulation 2019/880), in a van at Albița for a Iași collector; Moldovan "
         "Romanian wording (Cucuteni pottery repeats in two sets, from Ukraine to Poland (blind47, blind75); from "
         "Moldova to Romania is the new part as far as a search found)", firm("Central Antichități SRL", "RO")),
        ("CUL-08", "export", "CZPOST01", "post", "CZ", [], "US", "491191",
         "Plakát Art Nouveau, reprodukce, tisk, v tubusu, 1 ks", "CZ", 1.2, 1, 30, "EUR",
         "an Art Nouveau reproduction poster is a bright, even offset print on smooth modern paper; this one is a "
         "stone lithograph in soft, layered colours with the Champenois printer's line, folds, pinholes and an old "
         "linen backing, signed in the stone 'Mucha' and dated 1897: an original Alfons Mucha lithograph worth some "
         "40,000 EUR, a print over 50 years old above the 15,000 EUR threshold that needs the export licence of "
         "Regulation 116/2009 (and a Czech permit), posted from Prague to a buyer in Chicago without them; Czech "
         "wording (prints and lithographs repeat in a few sets; a Mucha poster was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-09", "import", "SEAIR01", "air", "ET", [], "SE", "090111",
         "ቡን ትግራይ፣ ጥረ፣ 600 ኪሎ", "ET", 600, None, 3000, "USD",
         "a Horn-of-Africa grocery air shipment for a Stockholm habesha shop: Tigray coffee and clay jebenas are "
         "what such shops sell, but the third item's 'new hand crosses' are twelve cast-bronze and silver "
         "processional and hand crosses with worn openwork, Ge'ez inscriptions naming church donors and green "
         "corrosion, taken from Tigray churches looted in the war: church treasures whose export Ethiopia forbids, "
         "brought in against Regulation 2019/880 and the UNESCO 1970 convention, hidden as the last item of a "
         "three-item declaration, flown from Mekelle through Addis Ababa; Tigrinya wording (Tigray church objects "
         "repeat in several sets and processional crosses in many, under Amharic souvenir-cross labels to France "
         "(blind87) and to Sweden (blind88); kept as a repeat, a Tigrinya hand-cross line behind coffee and jebenas "
         "is the new part as far as a search found)",
         dict(firm("Delta Habesha Import AB", "SE"),
              _more_items=[item("691200", "ጀበና፣ ናይ ሓመድ፣ ንቡን፣ 200", "ET", 300, 600, "USD", qty=200),
                           item("741980", "መስቀል ኢድ፣ ሓድሽ ስርሖ ኢድ፣ 12", "ET", 9, 120, "USD", qty=12)])),
        ("CUL-10", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680299",
         "Dekoratif mozaik pano, el yapımı, yeni, Gaziantep işi, 3 adet", "TR", 180, 3, 600, "EUR",
         "new Gaziantep mosaic panels are set in fresh resin on mesh with even, machine-cut tesserae; of these "
         "three, one is a fragment of glass and gold tesserae in old lime mortar showing an apostle's head in a "
         "medallion, its back sawn from a wall: a piece of the 6th-century apse mosaic of the Panagia Kanakaria "
         "church at Lythrankomi in northern Cyprus, stolen in the 1970s and registered as stolen, whose export "
         "Cyprus forbids and whose import breaks Regulation 2019/880 and the UNESCO 1970 convention, by road from "
         "Mersin through Bulgaria, Serbia, Hungary and Austria to a Munich dealer; Turkish wording (mosaics repeat "
         "in many sets, under new-mosaic labels from Türkiye to Bulgaria in blind86 and blind88; a Kanakaria piece "
         "by road to Germany was found in no earlier row by a keyword search)", firm("Nordhafen Kunsthandel GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", [], "EG", "292219",
         "Dimetiletanolamina (DMEA), neutralitzant per a pintures a l'aigua, 40 bidons de 200 l", "ES", 7200, 40,
         14400, "EUR",
         "DMEA is a clear amine of 0.89 kg/l that smells fishy and boils at 134 °C; these drums, filled by a "
         "Tarragona distributor for a Cairo 'paint' buyer, weigh 0.83 kg/l, boil at 187 °C and the filler's "
         "certificate gives CAS 96-80-0: 2-(N,N-diisopropylamino)ethanol, a CWC Schedule 2 chemical-weapons "
         "precursor (dual-use 1C350) that may not go to a state outside the Chemical Weapons Convention, exported "
         "without the licence Regulation 2021/821 requires, from Tarragona to Alexandria; Catalan wording "
         "(aminoethanol precursors repeat in several sets; a DMEA paint-amine label was found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "OM", "321290",
         "Pasta di alluminio per vernici metallizzate da carrozzeria, fusti, 6 t", "IT", 6000, None, 24000, "EUR",
         "aluminium paste for car-refinish metallic paints is lamellar flake wetted with white spirit, a grey paste "
         "that smears; these drums hold a dry, free-flowing, dull grey powder of 4-6 micron spheres under a lens "
         "that dusts out of the liners, for a Sohar trader whose consignments go on to Bandar Abbas: spherical "
         "atomised aluminium powder, a solid-propellant fuel controlled under dual-use 1C111 and listed in the Iran "
         "regulation (267/2012), exported without a licence, from Genoa; Italian wording (aluminium powders repeat "
         "in many sets under paint and pigment labels; a car-refinish metallic-paint label was found in no earlier "
         "row by a keyword search)", {"importer_country": "OM"}),
        ("STR-03", "export", "LVAIR01", "air", "LV", [], "KZ", "850760",
         "Сменные аккумуляторы для роботов-пылесосов, 14,4 В, 3 000 шт.", "LV", 7800, 3000, 36000, "EUR",
         "robot-vacuum batteries are 14.4 V packs of four 18650 cells weighing about 300 g; these 3,000 are 6S "
         "lithium-polymer packs of 22 Ah weighing 2.6 kg each, with XT90 leads and balance plugs, for an Almaty firm "
         "whose buyers are in Russia: lithium batteries (8507 60), on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Riga; Russian "
         "wording from a Latvian exporter (drone LiPo packs repeat in several sets, under a power-bank label to "
         "Uzbekistan in blind51; a robot-vacuum label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-04", "export", "BEAIR01", "express", "BE", [], "GE", "950300",
         "Reserveonderdelen voor RC-speelgoedauto's, elektronica, 400 st.", "BE", 3, 400, 2400, "EUR",
         "RC toy-car spares are cheap plastic speed controllers and receivers; these 400 boards are 5.8 GHz FPV "
         "video transmitters, stacked flight controllers and digital FPV air units of the kind fitted to attack "
         "drones, at ten times the declared value, sent by express from Liège to a Tbilisi 'toy' firm set up last "
         "year whose address is also a Moscow forwarder's: radio and video transmission modules (8525, 8526) on the "
         "common high-priority list whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids; Belgian Dutch wording (FPV components repeat in several sets; a toy-car-spares label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-05", "export", "EEAIR01", "air", "EE", [], "KZ", "850300",
         "Tööstuslikud ketaspidurid tuuleturbiinidele, komplektid, 8 tk", "EE", 1100, 8, 16000, "EUR",
         "wind-turbine yaw and rotor brakes are steel callipers and cast-iron discs at a few hundred euros; these "
         "eight are stacks of carbon-carbon rotor and stator discs with drive slots, wear pins and the EASA tags "
         "torn off, worth some 30,000 EUR each, for an Almaty firm that services Russian A320-family fleets: "
         "aircraft carbon-brake heat stacks (8803), aviation goods whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Tallinn; Estonian wording (carbon aircraft brakes repeat in several sets under "
         "truck-brake and overhaul labels; a wind-turbine-brake label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "SIAIR01", "air", "SI", [], "AE", "902580",
         "Digitalni barometri za domače vremenske postaje, 120 kosov", "SI", 60, 120, 2400, "EUR",
         "home weather-station barometers are plastic boxes with an LCD at about 20 EUR; these 120 are capacitance "
         "manometers with Inconel diaphragms, heated sensor heads and 0.1 % accuracy, worth some 2,000 EUR each, "
         "for a Dubai 'garden products' trader whose shipments go on to Iran: pressure transducers resistant to "
         "UF6 (dual-use 2B230, listed in the Iran regulation 267/2012), exported without a licence, from Ljubljana; "
         "Slovene wording (capacitance manometers repeat in several sets, under a tyre-gauge label in blind85; a "
         "weather-station label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "import", "ITAIR01", "air", "AE", [], "IT", "710812",
         "Gold casting grain 999.9, for jewellery manufacture, UAE origin, 40 kg", "AE", 40, None, 3000000, "USD",
         "Dubai casting grain comes with a refinery assay and a chain of custody from recycled jewellery; the "
         "refiner's certificate for these 40 kg, for a Vicenza jewellery maker, lists as its only feedstock forty "
         "1 kg bars whose serial numbers belong to a Krasnoyarsk refinery, and the refiner was registered three "
         "months earlier: Russian gold remelted in the Emirates, whose import into the Union Regulation 833/2014 "
         "forbids, flown from Dubai to Milan; UAE English wording (Russian gold under third-country papers repeats "
         "in a few sets, as scrap jewellery to Belgium in blind66; casting grain for Italian jewellers is the new "
         "part as far as a search found)", firm("Central Oreficeria Srl", "IT")),
        ("STR-08", "export", "ROSEA01", "sea", "RO", [], "TR", "220190",
         "Apă sărăcită în deuteriu (DDW), 25 ppm D, bidoane 5 l, 400 bucăți", "RO", 2214, 400, 4000, "EUR",
         "deuterium-depleted drinking water is ordinary-looking water of 1.00 kg/l sold at a few euros a litre; "
         "these 400 canisters weigh 1.107 kg/l, freeze at 3.8 °C and the infrared check reads over 99 % deuterium "
         "oxide, filled from old stock of the Drobeta-Turnu Severin heavy-water plant for an Istanbul 'wellness' "
         "firm whose consignments go on to Iran: heavy water (dual-use 0C003), exported without the licence "
         "Regulation 2021/821 requires, from Constanța to Ambarlı; Romanian wording (heavy water repeats in a few "
         "sets; a deuterium-depleted-water label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "UZ", "940139",
         "Bürodrehstühle, ergonomisch, 40 Stück", "DE", 640, 40, 8000, "EUR",
         "an office fit-out air shipment for a Tashkent 'business centre': swivel chairs and laser printers are what "
         "such firms order, but the third item's 'infrared fever thermometers' are sixty uncooled thermal-imaging "
         "cores with 640 x 512 sensors and germanium lenses in a thermometer-like grip, worth some 2,000 EUR each, "
         "and the consignee's parent is a Moscow distributor of drone sights: thermal cameras (8525 89), on the "
         "common high-priority list whose re-export to Russia Regulation 833/2014 forbids, hidden as the last item "
         "of a three-item declaration, flown from Frankfurt; German wording (thermal cameras repeat in many sets; a "
         "fever-thermometer label behind office furniture was found in no earlier row by a keyword search)",
         dict({"importer_country": "UZ"},
              _more_items=[item("844332", "Laserdrucker, Büro, 20 Stück", "DE", 300, 6000, "EUR", qty=20),
                           item("902519", "Infrarot-Fieberthermometer, kontaktlos, 60 Stück", "DE", 90, 1800, "EUR", qty=60)])),
        ("STR-10", "export", "BGAIR01", "air", "BG", [], "AE", "853110",
         "Датчици за движение за автомобилни аларми, 500 бр.", "BG", 25, 500, 5000, "EUR",
         "car-alarm motion sensors are single-axis tilt or vibration sensors at a few euros; these 500 are "
         "navigation-grade MEMS inertial measurement units with three-axis gyroscopes and accelerometers, "
         "calibrated and at some 1,500 EUR each on the maker's list, for a Dubai 'auto accessories' firm whose last "
         "buyer is a Tehran drone maker: inertial measurement units whose sale for use in Iran Regulation 2023/1529 "
         "forbids, exported without a licence, flown from Sofia; Bulgarian wording (IMUs repeat in many sets; a "
         "car-alarm label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "IN", [], "IT", "121190",
         "ਮੁਲੱਠੀ ਦੀ ਜੜ੍ਹ, ਸੁੱਕੀ, 200 ਕਿਲੋ", "IN", 200, None, 1000, "USD",
         "dried liquorice root (mulethi) is straight, yellow, fibrous sticks that taste sweet; these 200 kg are "
         "knobbly, grey-brown, twisted root pieces with an oily, violet-like, goaty smell and a bitter taste: costus "
         "root (Saussurea costus, CITES App. I) without CITES documents, flown from Amritsar to Rome for a Latina "
         "Indian grocery; Punjabi wording (costus root repeats in many sets, and ashwagandha labels hid sarpagandha "
         "in blind51 and blind65; a liquorice-root label was found in no earlier wildlife row by a keyword "
         "search)",
         firm("Vega Alimentari Indiani Srl", "IT")),
        ("WLF-02", "import", "DKAIR01", "air", "GL", [], "DK", "050790",
         "Moskusoksehorn, emner til knivskafter, 14 kg", "GL", 14, None, 4200, "DKK",
         "musk-ox horn blanks are dark, fibrous keratin with a hollow base and growth layers; these 14 kg are "
         "cream-coloured, dense sections of dentine with a left-hand spiral groove and a pulp canal, cut from two "
         "narwhal tusks: narwhal ivory (Monodon monoceros, CITES App. II) without the Greenlandic export permit, "
         "flown from Nuuk to Copenhagen for a knife maker; Danish wording from Greenland (narwhal tusks repeat in "
         "many sets, as walking sticks and driftwood among others; a musk-ox-horn label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Knivsmedje ApS", "DK")),
        ("WLF-03", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Okan, sciages séchés, qualité FAS, 1 conteneur", "CD", 24000, None, 14400, "EUR",
         "okan (Cylicodiscus gabunensis) is a coarse, interlocked, yellow-brown to olive hardwood that smells "
         "unpleasant when worked; this container holds fine-textured yellow-brown boards that darken to a rich "
         "brown on a fresh cut within hours, marked by a Kisangani concession that lists no okan: afrormosia "
         "(Pericopsis elata, CITES App. II) without a CITES export permit, by sea from Matadi to Antwerp; Congolese "
         "French wording (afrormosia repeats in many sets under iroko and other labels; an okan label was found in "
         "no earlier row by a keyword search)", firm("Meridian Bois Tropicaux SA", "BE")),
        ("WLF-04", "import", "NLAIR01", "air", "ZA", [], "NL", "060290",
         "Jukka-stamme, ongewortel, vir bewortel, 40 stuks", "ZA", 900, 40, 800, "USD",
         "unrooted yucca canes are straight, smooth, pale-grey stems cut to length with waxed tops; these 40 are "
         "squat, barrel-shaped stems armoured with spiral, woody leaf bases, the leaves cut off, cone scars on some "
         "and wild-dug roots: Encephalartos cycads (CITES App. I) without CITES documents, flown from Johannesburg "
         "to Amsterdam for a Westland grower; Afrikaans wording (Encephalartos repeats in many sets; a yucca-cane "
         "label on cycads was found in no earlier row by a keyword search, the one earlier yucca row being a "
         "Beaucarnea from Mexico)", firm("Horizon Kwekerij BV", "NL")),
        ("WLF-05", "import", "FRAIR01", "air", "BR", [], "FR", "330129",
         "Linalol natural de coentro, fração de óleo essencial, tambores de 25 kg, 8", "BR", 200, 8, 9000, "USD",
         "coriander linalool is a sharp, herbal fraction sold at a few tens of dollars a kilo with a GC sheet; these "
         "drums hold a rosy-woody, sweet oil whose chiral GC shows the linalool and trace compounds of rosewood: "
         "pau-rosa oil (Aniba rosaeodora, CITES App. II) without CITES documents, at 45 USD/kg, flown from Manaus to "
         "Paris for a Grasse perfumer; Brazilian Portuguese wording (rosewood oil repeats in a few sets, as ho-wood "
         "oil by the same route in blind39; kept as a repeat, a coriander-linalool label is the new part as far as a "
         "search found)", firm("Rivage Parfums SARL", "FR")),
        ("WLF-06", "import", "DEAIR01", "air", "FJ", [], "DE", "251310",
         "Natural pumice stone, for aquarium filtration and décor, 20 cartons", "FJ", 400, 20, 600, "USD",
         "aquarium pumice is light, grey, glassy volcanic rock that floats; these cartons hold white, heavy, "
         "branching and brain-shaped skeletons with polyp cups that sink and fizz in acid, some still with dried "
         "tissue: stony corals (Scleractinia, CITES App. II) without CITES documents, flown from Nadi to Frankfurt "
         "for an aquarium wholesaler; Fijian English wording (corals repeat in many sets under rock labels; a "
         "pumice label appears once, on a precursor (blind55), and on corals in no earlier row by a keyword "
         "search)",
         firm("Central Aquaristik GmbH", "DE")),
        ("WLF-07", "transit", "NLAIR01", "air", "MX", ["NL"], "HK", "090421",
         "Chile pasilla seco, cajas de 10 kg, 20 cajas", "MX", 200, 20, 1600, "USD",
         "dried pasilla chillies are long, wrinkled, black-brown pods full of seeds that smell of raisins; these "
         "cartons hold dry, black, comb-like plates of cartilage fringed with fine filaments that smell of fish: "
         "mobula and manta-ray gill plates (Mobulidae, CITES App. II) without a Mexican export permit, landed at "
         "Schiphol in transit from Mexico City to Hong Kong; Mexican Spanish wording (gill plates repeat in many "
         "sets under mushroom and fish-maw labels; a chilli label was found in no earlier row by a keyword "
         "search)",
         {"importer_country": "HK"}),
        ("WLF-08", "import", "DEPOST01", "post", "LK", [], "DE", "950300",
         "සෙල්ලම් ඉබ්බන් (toy tortoises), 6", "LK", 1.2, 6, 30, "USD",
         "toy tortoises are plastic or wind-up tin; these six are live hatchlings with star-patterned, yellow-and-"
         "black domed shells, taped into socks inside the box: Indian star tortoises (Geochelone elegans, CITES "
         "App. I) without CITES documents, posted from Colombo to a private keeper in Hamm; Sinhala wording (star "
         "tortoises repeat in many sets, and a toy-turtle label once, on box turtles from Viet Nam (blind75); kept "
         "as a repeat, a toy-tortoise label by post from Sri Lanka is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "PLAIR01", "air", "VN", [], "PL", "081340",
         "Long nhãn sấy khô, thùng 10 kg, 30 thùng", "VN", 300, 30, 1500, "USD",
         "a Vietnamese herbal-shop air shipment for a Wólka Kosowska trader: dried longan and herbal teas are what "
         "such shops sell, but the third item's 'cao ban long' (deer-antler glue, a pale brown, translucent cake) "
         "is eighty dark, almost black, glossy cakes that smell of bone and carry a tiger-head stamp under the "
         "paper: tiger-bone glue (cao hổ cốt, Panthera tigris, CITES App. I) without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Hanoi to Warsaw; Vietnamese wording (tiger bone repeats "
         "in a few sets; a deer-antler-glue label was found in no earlier row by a keyword search)",
         dict(firm("Orion Dược Thảo Sp. z o.o.", "PL"),
              _more_items=[item("121190", "Trà thảo mộc, hộp 200 g, 600 hộp", "VN", 120, 900, "USD", qty=600),
                           item("350300", "Cao ban long (cao gạc nai), bánh 100 g, 80 bánh", "VN", 8, 400, "USD", qty=80)])),
        ("WLF-10", "import", "FRAIR01", "express", "NG", [], "FR", "960190",
         "Bone chopsticks, hand-carved, ox bone, 10 pairs", "NG", 1.1, 10, 60, "USD",
         "ox-bone chopsticks are chalky white, porous at the core and smell of burnt bone under a hot needle; these "
         "ten pairs are dense, creamy and faintly translucent, with the criss-cross Schreger lines of elephant "
         "ivory on the cut ends: elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, sent by "
         "express from Lagos to a private buyer in Lyon; Nigerian English wording (elephant ivory repeats in many "
         "sets under bone labels; a chopstick label was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "US", "BE", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user (home water-treatment system)", "US", 22.6, 4, 120,
     "USD", [("PRECURSOR_LICENCE", "BE-SPF-45-0141")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "KR", "PT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "KR", 2, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-45-0033")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262190",
     "Spent pot lining (16 11 01*), for treatment at a licensed SPL plant, 24 t", "NO", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NW-45-0117")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262099",
     "Galvanic sludge, Cr-Ni hydroxide filter cake (11 01 09*), for metal recovery at a licensed plant, 20 t", "CH",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-45-0062")], "notified galvanic sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "AE", "IE", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for critical use in aircraft fire-suppression systems", "AE",
     1000, 20, 60000, "USD", [("ODS_LICENCE", "IE-EPA-ODS-45-004")], "reclaimed halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290347",
     "HFC-245fa (1,1,1,3,3-pentafluoropropane), 10 ton tanks, for chiller service, within the importer's quota", "CN",
     10000, 10, 90000, "USD", [("FGAS_QUOTA", "IT-FGAS-45-0219")], "HFC-245fa placed on the market within a registered quota"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970121",
     "Painted and gilded wooden ceiling panels, Aragon, 16th century, documented collection, with the export permit",
     "ES", 140, 12, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-45-0048")],
     "ceiling panels exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "JP", "930700",
     "Japanese sword (katana), Muromachi period, in a French collection since 1921, with its export licence", "FR", 2,
     1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-45-0093")], "antique sword exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "292219",
     "2-(Diisopropylamino)ethanol 99 %, 10 drums, for a pharmaceutical intermediate maker", "ES", 1660, 10, 12000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCI-45-0214"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-45-0101")],
     "Schedule 2 amino alcohol under licence to a named end user in a CWC state"),
    ("PRM-10", "strategic", "export", "ROSEA01", "sea", "RO", "KR", "284510",
     "Heavy water (deuterium oxide) 99.8 %, 200 l, for an NMR research institute", "RO", 221, 40, 60000, "EUR",
     [("EXPORT_LICENCE", "RO-ANCEX-45-0031"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-45-0017")],
     "heavy water under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CD", "BE", "440729",
     "Afrormosia (Pericopsis elata) sawn timber, kiln-dried, FAS, 1 container", "CD", 22000, None, 26400, "EUR",
     [("CITES_PERMIT", "CD-ICCN-45-0312")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Encephalartos ferox, artificially propagated seedlings, 40 pots", "ZA", 60, 40, 1600, "USD",
     [("CITES_PERMIT", "ZA-DFFE-45-0219")], "artificially propagated App. I cycads with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-04": "Central Metallrückgewinnung GmbH", "PRM-05": "Atlantic Aero Services Ltd",
    "PRM-06": "Alpina Refrigerazione Srl", "PRM-11": "Meridian Bois Tropicaux SA", "PRM-12": "Horizon Kwekerij BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): most the lawful twins of this set's disguises
    ("220110", "Zamzam water, 1 l souvenir bottles", "import", ["post"], ["SA"], (3, 6), (1, 4), ["SAR", "EUR"], 1, S),
    ("151319", "MCT oil from coconut, food grade, 500 ml", "import", ["express"], ["MY", "PH"], (15, 25), (1, 4), ["USD"], 2, S),
    ("330499", "Dead Sea magnesium oil spray, 250 ml", "import", ["express"], ["JO", "IL"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("190240", "Hand-rolled couscous (m'hamsa), 1 kg bags", "import", ["sea"], ["TN", "MA"], (1.2, 2.0), (8000, 16000), ["EUR"], 1, S),
    ("292529", "Creatine monohydrate, micronised, 500 g tubs", "import", ["post"], ["KR", "GB"], (20, 35), (1, 4), ["USD", "GBP"], 2, S),
    ("170199", "Jam sugar (gelling sugar 2:1), 1 kg", "import", ["road"], ["MK", "RS"], (0.9, 1.4), (8000, 20000), ["EUR"], 1, S),
    ("200961", "Verjuice (unripe grape juice), 1 l bottles", "import", ["air"], ["AZ", "GE"], (2, 4), (200, 800), ["USD"], 1, S),
    ("291811", "Calcium lactate, food grade, 1 kg", "import", ["post"], ["CA", "US"], (10, 20), (1, 4), ["CAD", "USD"], 1, S),
    ("330190", "Orange-blossom water, 1 l bottles", "import", ["sea"], ["LB", "TN"], (1.2, 2.2), (3000, 8000), ["USD", "EUR"], 1, S),
    ("401699", "EPDM playground safety tiles, new", "export", ["sea"], ["GH", "NG"], (2, 4), (5000, 12000), ["EUR"], 0.3, S),
    ("281990", "Chromium oxide green pigment, Cr2O3, 25 kg bags", "export", ["road"], ["UA", "RS"], (3, 5), (5000, 15000), ["EUR"], None, S),
    ("252220", "Hydrated lime for fish-pond liming, 25 kg sacks", "export", ["road"], ["UA", "MD"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.04, S),
    ("271019", "Chainsaw chain oil, mineral, 5 l cans", "export", ["sea"], ["GW", "SN"], (1.8, 3), (6000, 14000), ["EUR"], 0.2, S),
    ("380130", "Söderberg electrode paste, cast blocks", "export", ["road"], ["BA", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("310590", "Liquid copper foliar fertiliser, chelated, 20 l", "export", ["road"], ["RS", "BA"], (1.5, 3), (8000, 20000), ["EUR"], 0.05, S),
    ("321519", "Offset printing inks, new, sealed tins", "export", ["sea"], ["NG", "GH"], (4, 8), (3000, 9000), ["EUR"], None, S),
    ("392410", "Insulated food containers (hot pots), plastic, cyclopentane-blown", "import", ["sea"], ["IN", "CN"], (2.5, 4.5), (5000, 12000), ["USD"], 0.6, S),
    ("841850", "Pharmacy and blood-bank refrigerators, new, R-290", "export", ["sea"], ["CD", "SN"], (8, 14), (2000, 6000), ["EUR"], 0.008, S),
    ("842490", "Valves and nozzles for inert-gas fire-suppression systems", "import", ["air"], ["SG", "US"], (40, 80), (100, 500), ["USD"], None, S),
    ("340399", "A/C leak sealant, refrigerant-free, 30 ml syringes", "import", ["road"], ["RS", "TR"], (20, 40), (300, 1000), ["EUR"], 20, S),
    ("870790", "Insulated truck bodies, new, cyclopentane foam", "import", ["road"], ["UA", "TR"], (5, 9), (8000, 20000), ["EUR"], 0.0007, S),
    ("381900", "Brake fluid DOT 4, 1 l", "import", ["rail"], ["KZ"], (1.5, 3), (8000, 18000), ["USD"], 1, S),
    ("381300", "Aerosol car fire extinguishers, foam, 500 ml", "import", ["air"], ["VN", "CN"], (4, 8), (300, 1500), ["USD"], 1.6, S),
    ("680299", "Balinese paras stone garden statues, new", "import", ["sea"], ["ID"], (0.8, 1.6), (3000, 9000), ["USD"], 0.02, S),
    ("830610", "Brass ship's bells, new, nautical décor", "import", ["air"], ["IN", "GE"], (8, 15), (100, 500), ["USD"], 0.3, S),
    ("711719", "Gold-plated costume jewellery, pre-Columbian designs", "import", ["express"], ["PA", "CO"], (150, 300), (1, 2), ["USD"], 40, S),
    ("691200", "Buncheong-style tea bowls, new, from Icheon kilns", "import", ["express"], ["KR"], (60, 120), (1, 3), ["USD", "KRW"], 2, S),
    ("691390", "Painted pottery, new, Moldovan craft", "import", ["road"], ["MD", "UA"], (3, 6), (1000, 4000), ["EUR"], 1, S),
    ("491191", "Art Nouveau poster reproductions, offset", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 4, S),
    ("741980", "Brass hand crosses, new, Ethiopian style", "import", ["air"], ["ET"], (15, 30), (20, 100), ["USD"], 10, S),
    ("680299", "Decorative mosaic panels, new, Gaziantep workshop", "import", ["road"], ["TR"], (3, 6), (500, 2000), ["EUR"], 0.05, S),
    ("292219", "Dimethylethanolamine (DMEA), drums", "export", ["sea"], ["EG", "IN"], (2, 3.5), (6000, 14000), ["EUR"], None, S),
    ("321290", "Aluminium paste for car-refinish metallic paints", "export", ["sea"], ["OM", "AE"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("850760", "Robot-vacuum replacement batteries, 14.4 V", "export", ["air"], ["KZ", "GE"], (30, 60), (200, 800), ["EUR"], 3, S),
    ("902580", "Home weather stations with barometer", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 1.5, S),
    ("220190", "Deuterium-depleted drinking water, 5 l", "export", ["sea"], ["TR", "AE"], (1, 2), (2000, 6000), ["EUR"], 0.2, S),
    ("121190", "Dried liquorice root (mulethi)", "import", ["air"], ["IN", "PK"], (3, 6), (100, 500), ["USD"], None, S),
    ("440729", "Okan sawn timber, kiln-dried", "import", ["sea"], ["CM", "GA"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("330129", "Coriander linalool, natural, drums", "import", ["air"], ["IN", "BR"], (30, 60), (100, 400), ["USD"], None, S),
    ("090421", "Dried pasilla chillies", "import", ["sea"], ["MX", "PE"], (4, 7), (5000, 12000), ["USD"], None, S),
    ("950300", "Wind-up tin toy tortoises", "import", ["post"], ["LK", "CN"], (15, 30), (1, 3), ["USD"], 8, S),
    ("251310", "Pumice stone for aquaria, natural", "import", ["sea"], ["IS", "TR"], (0.4, 0.8), (3000, 9000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("570500", "Coir doormats, printed", "import", ["sea"], ["IN", "LK"], (1.5, 3), (3000, 8000), ["USD"], 0.7, N),
        ("392490", "Shower curtains, PEVA, boxed", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 1.5, N),
        ("910511", "Alarm clocks, battery-operated", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
        ("960329", "Hairbrushes and combs, plastic", "import", ["sea"], ["CN", "PK"], (4, 8), (2000, 5000), ["USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind115", 20450501, HERE)


if __name__ == "__main__":
    main()
