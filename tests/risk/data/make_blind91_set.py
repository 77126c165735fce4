#!/usr/bin/env python3
"""Writes the ninety-first blind set (tests/risk/data/blind91-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2041, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment or bulk HFCs, firearms
parts) are left out of the ordinary table. Disguised rows carry a consignee name only
where a real declaration would. Ids are BL91-*:

    python3 tests/risk/data/make_blind91_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "TH", [], "AT", "310590",
         "ปุ๋ยเร่งดอกลำไย สูตรเข้มข้น 5 x 1 กก.", "TH", 5.2, 5, 1500, "THB",
         "Thai longan growers force their trees to flower by drenching the soil with potassium chlorate, and the "
         "'longan flower-inducer' sold in farm shops is that salt, nearly pure; these five bags hold glossy white crystals "
         "that spit on a hot pan, marked 'KClO3 99 %' inside, posted from Chiang Mai to a private person in a Graz flat "
         "who grows no fruit trees: potassium chlorate (Annex I above 40 %); Thai wording (potassium chlorate repeats in "
         "many sets and a longan-inducer cover appears in one earlier row, posted to the Netherlands; to Austria in Thai "
         "is the new part, kept as a named repeat)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "DEAIR01", "express", "JP", [], "DE", "283429",
         "放電・電解加工用電解質 硝酸ナトリウム 10 x 1 kg", "JP", 10, 10, 30000, "JPY",
         "electrochemical machining baths use sodium nitrate or sodium chloride, which stay dry in the bag; these ten "
         "bags hold fine white crystals that run to a wet paste within minutes of opening and the Japanese safety sheet "
         "inside names 過塩素酸ナトリウム: sodium perchlorate (Annex I above 40 %), sent by express from Osaka to a private "
         "person in Chemnitz who owns no machining equipment; Japanese wording (sodium perchlorate repeats in many sets; "
         "an electrochemical-machining cover appears in one earlier row; by express from Japan in Japanese is the new part)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "381010",
         "Gel za pasivizaciju nerđajućeg čelika na bazi limunske kiseline, 4 x 20 l", "RS", 112, 4, 240, "EUR",
         "citric passivation gels for stainless welds are thick, pale and mild; these four jerrycans hold a water-thin "
         "liquid at 1.40 kg/l that fumes brown when opened and stains gloves yellow: about 65 % nitric acid (Annex I above "
         "3 %), in a van at Röszke for a private person in Szeged who runs no stainless-steel workshop; Serbian wording "
         "(nitric acid repeats in many sets and passivation covers in a few; a 'citric' gel label by road from Serbia to "
         "Hungary is the new part)", person("Magánszemély", "HU")),
        ("PRE-04", "import", "ITAIR01", "express", "IN", [], "IT", "380894",
         "Dental unit waterline cleaner, 2 % stabilised peroxide, 10 x 1 L", "IN", 12, 10, 80, "USD",
         "dental waterline cleaners are a few per cent peroxide with silver ions, sold as tablets or ready-to-use litres; "
         "these ten litres weigh 1.20 kg/l, vent through their caps and bleach the skin white at a touch, with 'H2O2 50 %' on "
         "the drum labels photographed by the shipper: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from Ahmedabad to a private person in Bari who runs no dental practice; Indian English wording (hydrogen peroxide "
         "repeats in many sets; a dental-waterline cover was found in no earlier row)", person("Sig. M. Bianchi", "IT")),
        ("PRE-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "310210",
         "车用尿素溶液原料 尿素 46% 颗粒, 10 公斤零售袋, 22 吨", "CN", 22000, 2200, 9900, "USD",
         "technical urea for making diesel exhaust fluid is a white prill that smells faintly of ammonia and holds 46 % N; "
         "these 2,200 retail bags hold prills with no smell that melt at about 170 °C, and the mill certificate reads "
         "'NH4NO3 34.4 % N', bound for a Duisburg car-care web shop that sells to the public: ammonium nitrate (Annex I at "
         "16 % N or more) retail-packed for members of the public; Chinese wording (ammonium nitrate repeats in many sets "
         "and AdBlue or urea covers in a few; by rail to Duisburg in car-care retail bags is the new part)",
         firm("Vega Autopflege Handel GmbH", "DE")),
        ("PRE-06", "import", "SEPOST01", "post", "NO", [], "SE", "340290",
         "Fluorfri glidvoksfjerner med sitrus, 4 x 1 l", "NO", 4.5, 4, 600, "NOK",
         "citrus ski-wax removers are orange-scented terpene solvents at 0.85 kg/l; these four litres are colourless, "
         "weigh 1.13 kg/l, smell faintly fruity and sweet rather than of oranges, and the bottle caps are stamped 'CH3NO2': "
         "nitromethane (Annex I above 16 %), posted from Lillehammer to a private person in Östersund, although flammable "
         "liquids may not go by post; Norwegian wording (nitromethane repeats in many sets; a ski-wax remover cover "
         "appears in one earlier row; by post from Norway to Sweden in Norwegian is the new part)",
         person("Karin Andersson", "SE")),
        ("PRE-07", "import", "CZAIR01", "express", "CN", [], "CZ", "810820",
         "Cold spark machine powder Ti-Zr granules, 20 x 200 g", "CN", 4, 20, 160, "USD",
         "cold-spark stage machines burn dark grey, metallic titanium-zirconium granules; these twenty bags hold a white, "
         "crystalline powder that does not rust a magnet and flares violet on a match, and the inner bags read 'KClO4 "
         "99.5 %': potassium perchlorate (Annex I above 40 %), sent by express from Shenzhen to a private person in Brno "
         "who hires out no stage effects; Chinese English wording (potassium perchlorate repeats in many sets and "
         "cold-spark powder in two earlier rows; kept as a named repeat, to the Czech Republic by express is the new part)",
         person("Soukromá osoba", "CZ")),
        ("PRE-08", "import", "FRAIR01", "express", "US", [], "FR", "370790",
         "Wet-plate collodion starter kit, salted collodion 500 ml", "US", 0.6, 1, 95, "USD",
         "a tintype photographer's order: salted collodion and a silver bath are what the process needs, but the third "
         "item 'developer acid additive, 4 x 1 gal' is four gallons of a water-thin liquid at 1.40 kg/l that fumes brown "
         "and yellows the skin, when wet-plate developers use a few millilitres of acid per litre: about 68 % nitric acid "
         "(Annex I above 3 %), hidden as the last item of a three-item declaration, sent by express from Portland to a "
         "private person in Rennes; US English wording (nitric acid repeats in many sets; a collodion-kit cover appears "
         "in one earlier row; as the last item of a tintype kit by express to France is the new part)",
         dict(person("Mme Claire Martin", "FR"),
              _more_items=[item("284321", "Silver nitrate bath 9 %, 1 l", "US", 1.1, 140, "USD", qty=1),
                           item("370790", "Developer acid additive, 4 x 1 gal", "US", 21, 60, "USD", qty=4)])),
        ("PRE-09", "import", "BGSEA01", "sea", "TR", [], "BG", "250100",
         "Su yumuşatma tuzu, kristal, 25 kg çuval, 20 t", "TR", 20000, 800, 3600, "USD",
         "water-softener salt is sodium chloride of 99.5 %, sold in tablets or coarse crystals; these 800 sacks hold "
         "fine, slightly yellowish crystals that taste of nothing, draw damp and make a cigarette ash flare, with 'NaClO3' "
         "on the inner liners and 0.18 USD/kg declared, bound for a Plovdiv builders' merchant selling to the public: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public; Turkish wording (sodium chlorate "
         "repeats in many sets and softener-salt covers in several; by sea from Türkiye to Burgas is the new part)",
         firm("Stroymarket Trakiya EOOD", "BG")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "310590",
         "Підкислювач ґрунту для лохини, рідкий, 10 x 5 л", "UA", 92, 10, 1800, "UAH",
         "blueberry soil acidifiers are sulphur granules or a few per cent of dilute acid; these ten cans hold an oily "
         "liquid at 1.84 kg/l that chars a paper label and heats up sharply in water: about 96 % sulphuric acid (Annex I "
         "above 15 %), in a private car at Dorohusk for a private person in Lublin who keeps a flat, not a plantation; "
         "Ukrainian wording (sulphuric acid repeats in many sets; a blueberry-acidifier cover appears in two earlier "
         "rows; kept as a named repeat, by car from Ukraine is the new part)", person("Piotr Nowak", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "HUROAD01", "road", "HU", [], "RS", "282739",
         "Vas(III)-klorid oldat 40 %, vízkezeléshez, 24 t tartálykocsi", "HU", 24000, None, 1200, "EUR",
         "ferric chloride for water treatment is a dark brown solution of about 40 % sold with a specification sheet; this "
         "tanker holds a greenish, fuming liquid with free hydrochloric acid and dissolved zinc and iron from a "
         "galvanising line, at 0.05 EUR/kg: spent pickling acid (11 01 05*), hazardous waste whose export to a non-OECD "
         "country is banned, by road at Röszke for a Novi Sad 'water-treatment chemicals' trader; Hungarian wording "
         "(spent pickling acids appear in a few earlier rows; as a water-treatment coagulant from Hungary to Serbia is the "
         "new part)", {"importer_country": "RS"}),
        ("WST-02", "export", "NOSEA01", "sea", "NO", [], "NG", "250810",
         "Bentonitt, boreslamkvalitet, gjenbrukt, 40 tankcontainere", "NO", 800000, 40, 8000, "EUR",
         "drilling-grade bentonite is a dry, grey-green powder sold in sacks; these 40 tank containers hold a black, "
         "diesel-smelling slurry with cuttings and barite, pumped from an offshore base's mud tanks: used oil-based "
         "drilling mud (01 05 05*), hazardous waste whose export to a non-OECD country is banned, from Stavanger for a "
         "Port Harcourt 'drilling-fluid supplier'; Norwegian wording (drilling muds appear in a few earlier rows; from "
         "Norway to Nigeria as reusable bentonite is the new part)", {"importer_country": "NG"}),
        ("WST-03", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "842710",
         "Used electric forklift trucks, serviced, ready to work, 30 units", "GB", 120000, 30, 30000, "GBP",
         "serviced used forklifts come with a load test, a charger and sound traction batteries; these 30 from a closed "
         "warehouse have burnt-out controllers, cracked masts and lead-acid traction batteries that leak acid onto the "
         "flat-racks, at 1,000 GBP each: waste equipment with hazardous components and lead-acid batteries (16 02 13*, "
         "16 06 01*), hazardous waste that may not go to a non-OECD country, landed at Rotterdam in transit from "
         "Felixstowe to Tema; British English wording (forklifts appear in a few earlier rows; in transit through "
         "Rotterdam to Ghana is the new part)", {"importer_country": "GH"}),
        ("WST-04", "export", "ROROAD01", "road", "RO", [], "MD", "382000",
         "Lichid de răcire antigel, recondiționat, 20 IBC-uri", "RO", 20000, 20, 1600, "EUR",
         "reconditioned coolant is clear, dyed and filtered, with a glycol content and corrosion inhibitors on its "
         "certificate; these IBCs hold a brown, oily, mixed liquid with rust and sludge at the bottom, drained from "
         "scrapped cars at a Iași dismantler: waste antifreeze containing hazardous substances (16 01 14*), whose export "
         "to a non-OECD country is banned, by road at Sculeni for a Bălți 'car-service supplier'; Romanian wording "
         "(waste coolant repeats in a few sets; as reconditioned antifreeze from Romania to Moldova is the new part)",
         {"importer_country": "MD"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "PK", "740400",
         "Rottami di rame da avvolgimenti, misti, 18 t", "IT", 18000, None, 27000, "EUR",
         "copper-winding scrap is bright enamelled wire stripped from motors; these bales hold whole fluorescent-lamp "
         "ballasts and small metal cans with oily insides and labels reading 'Askarel' and 'PCB', taken from old office "
         "ceilings: capacitors and equipment containing PCBs (16 02 09*, 16 02 10*), hazardous waste (and a POP waste) "
         "whose export to a non-OECD country is banned, from Genoa for a Karachi copper smelter; Italian wording (PCB "
         "ballasts and capacitors repeat in several sets; as winding scrap from Italy to Pakistan is the new part)",
         {"importer_country": "PK"}),
        ("WST-06", "export", "ATRAIL01", "rail", "AT", ["HU"], "RS", "271500",
         "Asphaltgranulat aus Dachsanierung, wiederverwendbar, 60 t", "AT", 60000, None, 600, "EUR",
         "reclaimed asphalt granulate from bitumen roofs is grey-black and smells of bitumen; these wagons hold black, "
         "shiny lumps that smell of naphthalene and creosote and give the loaders burning skin, from an old factory roof "
         "laid with coal-tar felt: bituminous mixtures containing coal tar (17 03 01*), hazardous waste whose export to a "
         "non-OECD country is banned, by rail through Hungary for a Belgrade road builder; Austrian German wording (coal-tar "
         "waste repeats in a few sets; as roofing granulate by rail from Austria to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "850760",
         "Akumulatory litowo-jonowe, używane, sprawne, do magazynów energii, 2 t", "PL", 2000, None, 400, "EUR",
         "used working lithium-ion cells for home storage are tested, graded by capacity and packed as dangerous goods; these pallets hold about 40,000 "
         "whole disposable vapes with e-liquid, nicotine residue and swollen cells, collected from shops' take-back "
         "bins: waste electrical equipment with hazardous components and lithium batteries (16 02 13*, 16 06 06*), "
         "hazardous waste whose export to a non-OECD country is banned, on a truck at Korczowa for a Lviv 'battery "
         "recycler'; Polish wording (disposable vapes as waste repeat in a few earlier rows, as loose cells and as crushed "
         "plastic scrap; whole vapes as used lithium-ion storage cells by road from Poland to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "TG", "320890",
         "Peintures industrielles, restes de stock utilisables, 300 fûts", "BE", 60000, 300, 6000, "EUR",
         "job-lot paint remnants are sealed, labelled tins within their shelf life; these 300 drums hold skinned-over, "
         "mixed solvent paints and varnish sludges, some with two colours and thinner poured together, from a closed "
         "car-body shop: waste paint and varnish containing organic solvents (08 01 11*), hazardous waste whose export to "
         "a non-OECD country is banned, from Antwerp for a Lomé 'paint shop'; Belgian French wording (waste paint repeats "
         "in several sets; as usable stock remnants from Antwerp to Togo is the new part)", {"importer_country": "TG"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "PK", "890190",
         "Πλοίο μεταφοράς χύδην φορτίου, πωλείται για συνέχιση εμπορίας, 1 μονάδα", "GR", 9800000, 1, 4200000, "USD",
         "a 28-year-old bulk carrier 'sold for further trading' would carry a new class certificate and a charter; this one "
         "sails in ballast with its class withdrawn, a one-way crew and a cash buyer's contract priced per light-displacement "
         "tonne for Gadani Beach: a ship sent for beaching and breaking, a hazardous waste (asbestos, PCBs, oil residues) "
         "under the Basel Convention whose export to a non-OECD country is banned, leaving Piraeus; Greek wording (ships "
         "sold for scrapping repeat in a few sets; 'further trading' from Piraeus to Gadani is the new part)",
         {"importer_country": "PK"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "SN", "850710",
         "Batteries au plomb d'occasion, testées, pour onduleurs, 14 t", "FR", 14000, 1000, 7000, "EUR",
         "tested used UPS batteries come with a voltage and capacity sheet, terminals capped and on shrink-wrapped pallets; "
         "these 1,000 blocks have bulged cases, cracked lids and dry cells, from a data-centre refit, loose in a "
         "container with white sulphate on the terminals: waste lead-acid batteries (16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Le Havre for a Dakar 'solar installer'; French wording (lead-acid "
         "batteries repeat in many sets; UPS blocks to Senegal declared as working accumulators are the new part)", {"importer_country": "SN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "ITSEA01", "sea", "CN", [], "IT", "841590",
         "分体空调快接预充氮连接管组, 5 米, 600 套", "CN", 5400, 600, 12000, "USD",
         "quick-connect line sets for mini-split air conditioners are shipped with a nitrogen holding charge; these 600 "
         "sets each hiss out close to a kilogram of gas that a leak detector reads as R-22, and the Ningbo maker's packing "
         "list names 'R22 预充': about 540 kg of HCFC-22 placed on the market in pre-charged pipework, which the EU ODS "
         "regulation bans, by sea from Ningbo to La Spezia for a Parma installer; Chinese wording (pre-charged line sets "
         "appear in a few earlier rows; a nitrogen-charge label by sea to Italy is the new part)",
         firm("Meridian Clima Srl", "IT")),
        ("ODS-02", "import", "NLAIR01", "express", "US", [], "NL", "271119",
         "Vintage soda cooler restoration refrigerant, hydrocarbon R-12 replacement, 12 x 12 oz", "US", 4.1, 12, 180,
         "USD",
         "hydrocarbon R-12 replacements are propane-isobutane blends in light cans marked 'flammable'; these twelve cans "
         "carry no flammable mark, a torch flame over the valve burns green-edged and the can tops are stamped 'CCl2F2': "
         "dichlorodifluoromethane (CFC-12), whose import the EU ODS regulation bans, sent by express from Texas to a "
         "private collector in Eindhoven restoring soda coolers; US English wording (CFC-12 repeats in many sets and "
         "'replacement' labels in several; a soda-cooler restoration cover was found in no earlier row)",
         person("Mw. E. de Jong", "NL")),
        ("ODS-03", "import", "BGROAD01", "road", "TR", [], "BG", "380892",
         "Metam sodyum %51, toprak dezenfeksiyonu, 20 x 20 l", "TR", 480, 20, 1600, "USD",
         "metam-sodium soil treatment is a yellow liquid in plastic jerrycans that smells of rotten cabbage; these twenty "
         "'jerrycans' are steel pressure cans that hiss when the valve is opened, smell of nothing and carry a "
         "chloropicrin warning agent: methyl bromide, whose import and use the EU ODS regulation bans, in a truck at "
         "Kapitan Andreevo for a Plovdiv greenhouse grower; Turkish wording (methyl bromide repeats in many sets; a "
         "metam-sodium label was found in no earlier row)", firm("Agro Trakiya Gradini OOD", "BG")),
        ("ODS-04", "import", "DEPOST01", "post", "GB", [], "DE", "842410",
         "Vintage brass Pyrene extinguishers, restored, decorative, 6 pcs", "GB", 12.5, 6, 240, "GBP",
         "restored Pyrene pump extinguishers are sold to collectors empty and polished; these six slosh when shaken and "
         "leak a sweet, heavy liquid that fills the post room with a chloroform smell, a litre of it in each: carbon "
         "tetrachloride, whose import the EU ODS regulation bans (products containing controlled substances included), "
         "posted from Leeds to a private collector in Kassel; British English wording (carbon tetrachloride repeats in "
         "many sets and Pyrene extinguishers in two earlier rows; kept as a named repeat, by post from Britain to Germany is "
         "the new part)", person("Lena Wagner", "DE")),
        ("ODS-05", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "390950",
         "双组份聚氨酯喷涂泡沫套装, HFO 发泡, 1200 套", "CN", 18000, 1200, 36000, "USD",
         "two-part spray-foam kits blown with HFO-1233zd are sold with the blowing agent named on the B-side; the B "
         "cylinders of these 1,200 kits hold a polyol blend that a lab reads as 12 % HCFC-141b, and the Chinese label on "
         "the inner carton reads '141b 发泡': HCFC-141b in a pre-blended polyol, whose import the EU ODS regulation bans, "
         "by rail from Xi'an to Ostrava for a Prague insulation contractor; Chinese wording (HCFC-141b in pre-blended "
         "polyols repeats in several sets; spray-foam kits by rail to the Czech Republic are the new part)",
         firm("Horizon Izolace s.r.o.", "CZ")),
        ("ODS-06", "import", "FRAIR01", "air", "IN", [], "FR", "381400",
         "Precision cleaning fluid for hearing aids, HFE-7100 type, 20 x 1 L", "IN", 26.6, 20, 300, "USD",
         "HFE-7100 cleaning fluid is a clear, odourless liquid at 1.52 kg/l that evaporates without a trace; these twenty "
         "litres weigh 1.33 kg/l, smell sweet like chloroform and the drums in the shipper's photo read "
         "'1,1,1-Trichloroethane 99 %': methyl chloroform, whose import the EU ODS regulation bans, by air cargo from "
         "Mumbai to Paris for a Lyon hearing-aid repair shop; Indian English wording (1,1,1-trichloroethane repeats in "
         "many sets and HFE-7100 labels on ozone-depleting solvents in several, twice from India on CFC-113 and "
         "HCFC-225; methyl chloroform under it, for hearing-aid repair, is the new part)", firm("Delta Audition SARL", "FR")),
        ("ODS-07", "export", "PLROAD01", "road", "PL", [], "UA", "842410",
         "Gaśnice proszkowe używane, sprawdzone, 200 szt.", "PL", 1400, 200, 2000, "EUR",
         "used powder extinguishers are red cylinders of ABC powder with a pressure gauge; these 200 are yellow-striped "
         "units without gauges from decommissioned armoured vehicles, and weighing shows a liquefied gas, not powder, "
         "each stamped 'CF2ClBr': halon 1211, whose export the EU ODS regulation bans save for licensed critical uses, on a "
         "truck at Dorohusk for a Kovel 'fire-safety dealer'; Polish wording (halon 1211 repeats in many sets and powder "
         "extinguisher labels in several; from army vehicles by road to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("ODS-08", "import", "GRSEA01", "sea", "EG", [], "GR", "382769",
         "غاز تبريد R-404A، 30 أسطوانة × 10.9 كغ", "EG", 327, 30, 3300, "USD",
         "R-404A is an HFC blend sold in orange cylinders; these thirty are orange too, but their pressure at 20 °C is "
         "about 10 bar rather than 11 and a refrigerant identifier reads 'R-502': a blend of HCFC-22 and CFC-115, whose "
         "import the EU ODS regulation bans, by sea from Alexandria to Piraeus for a Thessaloniki refrigeration "
         "contractor; Arabic wording (R-502 repeats in several sets; under an R-404A label by sea from Egypt to Greece is "
         "the new part)", firm("Psychri Techniki AE", "GR")),
        ("ODS-09", "import", "DEPOST01", "post", "TR", [], "DE", "841480",
         "Airbrush itici gaz kutuları, 6 x 750 ml", "TR", 4.2, 6, 540, "TRY",
         "airbrush propellant cans hold a little dimethyl ether or HFC-134a and are sold beside compressors; these six "
         "cans hold a liquefied gas that a leak detector reads as R-22, and the inner labels read 'Freon 22': HCFC-22, "
         "whose import the EU ODS regulation bans, posted from Izmir to a private person in Wuppertal, although gases may "
         "not go by post; Turkish wording (airbrush propellant covers appear in a few earlier rows; HCFC-22 posted from "
         "Türkiye is the new part)", person("Anna Schmidt", "DE")),
        ("ODS-10", "import", "BESEA01", "sea", "IN", [], "BE", "290369",
         "Dibromomethane 99 %, pharmaceutical intermediate, 12 drums", "IN", 3000, 12, 9000, "USD",
         "dibromomethane is a heavy liquid of 2.50 kg/l; these twelve drums hold 250 kg each of a liquid of 1.99 kg/l "
         "that a lab at Antwerp reads as CH2BrCl: bromochloromethane (halon 1011), whose import the EU ODS regulation "
         "bans save for licensed feedstock use, by sea from Nhava Sheva to Antwerp for a Ghent chemicals trader; Indian "
         "English wording (bromochloromethane repeats in many sets and dibromomethane labels in a few; kept as a named "
         "repeat, from India to Belgium is the new part)", firm("Rivage Chemicals SA", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TH", [], "DE", "482010",
         "สมุดกระดาษสาทำมือ แบบพับ 12 เล่ม", "MM", 9, 12, 120, "USD",
         "handmade mulberry-paper notebooks are blank, white and new; these twelve folding books are blackened with age, "
         "painted inside with Buddhist cosmology, court scenes and Burmese script, and the dealer's list calls them "
         "'parabaik, Konbaung': nineteenth-century Burmese folding manuscripts, exported from Myanmar without a permit "
         "(UNESCO 1970) and routed through Bangkok, by air to Frankfurt for a Munich dealer; Thai wording (Burmese "
         "parabaik appear in one earlier row; as new notebooks through Thailand is the new part)",
         firm("Orion Asiatika GmbH", "DE")),
        ("CUL-02", "export", "ROROAD01", "road", "RO", [], "RS", "711719",
         "Brățări spiralate din bronz aurit, replici muzeale, 3 buc.", "RO", 2.9, 3, 450, "EUR",
         "museum replicas of Dacian spiral bracelets are light, cast bronze with a gilt wash; these three weigh close to a "
         "kilogram each, are soft, deep yellow, and show palmette-end punches and soil in the coils: Dacian gold spiral "
         "bracelets of the kind dug at Sarmizegetusa, archaeological objects that need an export licence whatever their "
         "value (EU 116/2009) and are Romanian national heritage, in a car at Moravița for a Belgrade buyer; Romanian "
         "wording (Dacian gold appears in two earlier rows; as bronze museum replicas by car to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("CUL-03", "import", "FRPOST01", "post", "PH", [], "FR", "442019",
         "Inukit na pigurin na kahoy, pasalubong, 2 piraso", "PH", 6, 2, 60, "USD",
         "souvenir rice-god figures from Banaue are pale, new narra or acacia, varnished; these two are dark, smoke-"
         "blackened and crusted with old rice-wine and blood offerings, with worn feet from years in a granary: Ifugao "
         "bulul, cultural property whose export the Philippines forbids without a permit (UNESCO 1970), posted from Manila "
         "to a private collector in Bordeaux; Filipino wording (bulul appear in one earlier row; as souvenir figurines by "
         "post is the new part)", person("M. T. Dubois", "FR")),
        ("CUL-04", "import", "FRSEA01", "sea", "MG", [], "FR", "442199",
         "Poteaux sculptés en bois, décoration de jardin, 6 pièces", "MG", 360, 6, 600, "EUR",
         "carved garden posts from Antananarivo workshops are new and oiled; these six are two metres tall, silver-grey "
         "from decades of sun, topped with carved zebu, aeroplanes and figures, with the lower end rotted where they stood "
         "in the ground: aloalo funerary posts taken from Mahafaly tombs, whose export Madagascar forbids (UNESCO 1970), "
         "by sea from Toamasina to Marseille-Fos for a Paris gallery; Malagasy French wording (aloalo appear in two earlier "
         "rows; as garden posts by sea is the new part)", firm("Rivage Arts Premiers SARL", "FR")),
        ("CUL-05", "export", "DEROAD01", "road", "DE", [], "CH", "800200",
         "Zinn-Blei-Schrott, Orgelpfeifen gemischt, 1,2 t", "DE", 1200, None, 14000, "EUR",
         "organ-pipe scrap from builders' workshops is bent, cut and sold by weight; these crates hold whole, numbered "
         "front pipes with embossed mouths and a 1738 builder's scratch mark, from a Saxon village church's Baroque organ "
         "dismantled when the church was deconsecrated: elements of a dismembered religious monument over 100 years old, "
         "which need an EU export licence whatever their value (EU 116/2009), on a truck at Basel for a Swiss dealer; "
         "German wording (organ pipes appear in two earlier rows; as tin-lead scrap to Switzerland is the new part)",
         {"importer_country": "CH"}),
        ("CUL-06", "import", "BEAIR01", "air", "JO", [], "BE", "691200",
         "فناجين قهوة خزفية رقيقة مرسومة باليد، 24 قطعة", "JO", 3, 24, 240, "USD",
         "hand-painted coffee cups are glazed and new; these 24 are unglazed, eggshell-thin, painted in dark red with "
         "palm leaves and pomegranates, several mended from sherds with soil in the breaks: Nabataean fine painted ware of "
         "the first century from Petra-area tombs, archaeological objects exported from Jordan without a permit (UNESCO "
         "1970), by air from Amman to Brussels for a dealer; Arabic wording (Nabataean pottery appears in two earlier "
         "rows; as coffee cups by air to Belgium is the new part)", firm("Atlantic Antiquités SA", "BE")),
        ("CUL-07", "export", "ITAIR01", "express", "IT", [], "US", "491191",
         "Stampa decorativa su pergamena, riproduzione di antifonario, 1 foglio", "IT", 0.3, 1, 120, "EUR",
         "reproductions of antiphonary leaves are printed on paper made to look like vellum; this leaf is real calfskin, "
         "pricked and ruled by hand, with square notation and a burnished-gold initial, and bears a Lombard convent's "
         "shelf mark: a fifteenth-century illuminated manuscript leaf, which needs an EU export licence whatever its value "
         "(EU 116/2009), sent by express from Milan to a buyer in New York; Italian wording (antiphonary leaves appear in "
         "three earlier rows; kept as a named repeat, by express from Milan as a print is the new part)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "680291",
         "仿古玉石镇纸, 40 件", "CN", 60, 40, 400, "USD",
         "jade-look paperweights are new, polished, machine-cut; these forty are calcified, bone-white in patches, "
         "hand-drilled, and include bi discs and square cong tubes with mask motifs, one still with red cinnabar: "
         "Neolithic jades from looted Liangzhu burials, whose export China forbids (UNESCO 1970), by rail from Chongqing to "
         "Budapest for a dealer; Chinese wording (Liangzhu jades appear in a few earlier rows; as paperweights by rail to "
         "Hungary is the new part)", firm("Central Antik Kereskedelmi Kft.", "HU")),
        ("CUL-09", "transit", "DEAIR01", "air", "MN", ["DE"], "US", "392690",
         "Үлэг гүрвэлийн гавлын ясны цутгамал хуулбар, 1 ширхэг", "MN", 45, 1, 300, "USD",
         "museum casts of dinosaur skulls are light resin over foam; this one weighs 45 kg, is stone-hard and brown-black, "
         "with sandstone matrix in the sockets and glued cracks: a fossil Tarbosaurus skull from the Gobi, "
         "palaeontological cultural property whose export Mongolia forbids (UNESCO 1970), at Frankfurt in transit from "
         "Ulaanbaatar to a Texas buyer; Mongolian wording (a Tarbosaurus fossil appears in one earlier row; as a resin cast "
         "in transit through Frankfurt is the new part)", {"importer_country": "US"}),
        ("CUL-10", "import", "GRROAD01", "road", "AL", [], "GR", "691390",
         "Suvenire qeramike, 120 copë", "AL", 60, 120, 300, "EUR",
         "a souvenir-seller's van: ceramic souvenirs and decorative spears are tourist stock, but the third item's "
         "'kaskë dekorative bronzi, riprodhim' is one helmet of thin, green-crusted bronze with cheek-pieces, a wide "
         "neck-guard and soil inside: an Illyrian helmet of the sixth century BC dug from a tumulus, an archaeological "
         "object whose export Albania forbids (UNESCO 1970), hidden as the last item of a three-item declaration, at "
         "Kakavia for a private person in Ioannina; Albanian wording (Illyrian helmets appear in a few earlier rows; as "
         "the last item of a souvenir van's load is the new part)",
         dict(person("K. Georgiou", "GR"),
              _more_items=[item("930700", "Shtiza dekorative bronzi, 4 copë", "AL", 8, 80, "EUR", qty=4),
                           item("830629", "Kaskë dekorative bronzi, riprodhim, 1 copë", "AL", 1.4, 40, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "840790",
         "Zweitakt-Rucksackmotoren für Gleitschirme (Paramotor), 50 PS, 12 Stück", "DE", 480, 12, 120000, "EUR",
         "paramotor engines are light 15-35 hp two-strokes with a propeller hub and a harness frame; these twelve weigh 40 "
         "kg each, make 50 hp, carry dual ignition, a pusher flange and a drone-maker's mount pattern, and the Dubai "
         "buyer's order forwards them to a Tehran 'agricultural aviation' firm: engines of the kind used in Iranian "
         "loitering drones, whose sale or export for use in Iran EU Regulation 2023/1529 bans, by air from Frankfurt to "
         "Dubai; German wording (small aero engines to Iran through the Gulf repeat in a few sets and paramotor labels in "
         "a few; 50 hp engines as paramotors from Germany is the new part)", firm("Gulf Aero Parts Trading FZE", "AE")),
        ("STR-02", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "440910",
         "Террасная доска из лиственницы, казахстанского происхождения, 60 м³", "KZ", 42000, None, 29000, "EUR",
         "decking from Kazakhstan would be pine or spruce from the north-east; these 60 m³ are Siberian larch, resin-rich, "
         "with tight growth rings of slow taiga growth, and bundle tags from a Krasnoyarsk sawmill under the Kazakh "
         "wrapping: Russian wood, whose import EU Regulation 833/2014 bans, relabelled as Kazakh and carried by rail "
         "through Russia to Riga for a Latvian builders' merchant; Russian wording (larch appears in two earlier rows; "
         "larch decking relabelled as Kazakh by rail to Latvia is the new part)", firm("Nordhafen Koks SIA", "LV")),
        ("STR-03", "export", "CZAIR01", "express", "CZ", [], "AM", "852691",
         "Moduly GNSS pro obojky sledovačů domácích zvířat, 500 ks", "CZ", 3, 500, 42000, "EUR",
         "pet-tracker modules are cheap single-band GPS chips at a few euros each; these 500 are multi-band, "
         "multi-constellation timing modules at 84 EUR each, with anti-jamming firmware, and the Yerevan buyer ships on "
         "to a Moscow drone integrator: GNSS receivers of the common high-priority list, whose sale for use in Russia "
         "EU Regulation 833/2014 bans and whose re-export to Russia the contract must forbid, by express from Prague to "
         "Yerevan; Czech wording (pet-tracker labels appear in a few earlier rows; GNSS timing modules by express from "
         "Czechia to Armenia is the new part)", {"importer_country": "AM"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "846592",
         "Centro di lavoro CNC per legno, 5 assi, 1 unità", "IT", 9000, 1, 85000, "EUR",
         "five-axis woodworking routers are light gantry machines with high-speed spindles and loose tolerances; this "
         "one is a nine-tonne cast-iron machining centre with a 20,000 rpm spindle, coolant system, tool changer for "
         "metal cutters and a positioning accuracy certificate of 4 µm, consigned to a Mersin broker whose contract "
         "names a Russian aircraft-parts plant as end user: a machine tool controlled as dual-use (EU 2021/821, 2B001) "
         "and banned for Russia, by sea from Genoa to Mersin; Italian wording (machine tools as woodworking machines "
         "repeat in several sets; to Türkiye by sea is the new part)", {"importer_country": "TR"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Poudre de givrage du verre, 40 fûts", "BE", 8000, 40, 22000, "EUR",
         "glass-frosting powders are blends of a little fluoride salt with fillers and thickeners; these 40 drums hold "
         "pure white crystals that a lab reads as NH4HF2 99 %, and the Beirut buyer's papers name a road haulier to "
         "Homs: ammonium hydrogen difluoride, a chemical-weapons precursor controlled as dual-use (EU 2021/821, 1C350) "
         "that needs an export licence to Lebanon, bound onward for Syria, by sea from Antwerp to Beirut; Belgian French "
         "wording (ammonium bifluoride repeats in several sets; a glass-frosting cover from Antwerp to Beirut is the new "
         "part)", {"importer_country": "LB"}),
        ("STR-06", "export", "FRAIR01", "express", "FR", [], "TR", "854470",
         "Jarretières fibre optique, bobines, 20 unités", "FR", 18, 20, 96000, "EUR",
         "fibre-optic patch cords come on small spools at a few euros each; these twenty 'spools' are closed aluminium "
         "housings with a coiled sensing fibre, a connector for electronics and a 4,800 EUR unit price: fibre-optic "
         "gyroscope coils, navigation items controlled as dual-use (EU 2021/821, 7A) and on the common high-priority list, "
         "by express from Toulouse to an Istanbul trading firm with no navigation business whose parcels go on to Russia; "
         "French wording (gyroscopes repeat in several sets; as patch cords by express to Türkiye is the new part)",
         {"importer_country": "TR"}),
        ("STR-07", "import", "NLSEA01", "sea", "AE", [], "NL", "390120",
         "HDPE granules, film grade, UAE origin, 1,000 t", "AE", 1000000, 40000, 880000, "USD",
         "Emirati HDPE comes in branded 25 kg bags with Jebel Ali or Ruwais lot numbers; these bags were re-stitched "
         "and the old print under the new label shows a Bandar Imam petrochemical plant, the price is 15 % under the "
         "market and the bill of lading shows a ship-to-ship transfer off Khor Fakkan: Iranian polyethylene, whose import "
         "the restored EU Iran sanctions ban, relabelled as UAE origin, by sea from Jebel Ali to Rotterdam for a "
         "Dutch plastics trader; English wording (Iranian petrochemicals appear in a few earlier rows; relabelled HDPE "
         "into Rotterdam is the new part)", firm("Delta Kunststof Handel BV", "NL")),
        ("STR-08", "export", "LVROAD01", "road", "LV", ["RU"], "KZ", "903020",
         "Учебные осциллографы, б/у, 20 шт.", "LV", 300, 20, 96000, "EUR",
         "school oscilloscopes are 50-100 MHz bench units worth a few hundred euros; these twenty are 4 GHz, 20 GS/s "
         "digital oscilloscopes worth nearly 5,000 EUR each, bought by an Almaty 'education supplier' with a Moscow "
         "forwarding address, on a truck through Russia: oscilloscopes of the common high-priority list that EU "
         "Regulation 833/2014 bans for Russia, by road "
         "from Latvia; Russian wording (oscilloscopes repeat in several sets; 'school' units by road from Riga through "
         "Russia to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "GE", "870323",
         "Αυτοκίνητα επιβατικά, μεταχειρισμένα, 2.000 cc, 8 τεμ.", "GR", 14400, 8, 96000, "EUR",
         "used 2-litre cars from Greece sell for a few thousand euros each; these eight are nearly new premium SUVs worth "
         "about 70,000 EUR each, declared at 12,000, bought by a Batumi forwarder that sends cars on to Russia by road "
         "through Upper Lars: motor vehicles above 50,000 EUR that EU Regulation 833/2014 bans from sale for use in "
         "Russia, by sea from Piraeus to Batumi; Greek wording (cars to Russia through the Caucasus repeat in several "
         "sets; undervalued as used cars from Greece to Georgia is the new part)", {"importer_country": "GE"}),
        ("STR-10", "export", "SIAIR01", "express", "SI", [], "RS", "851762",
         "Zvočni vmesniki USB, 10 kosov", "SI", 6, 10, 1500, "EUR",
         "a music shop's order: USB audio interfaces and studio microphones are what the Belgrade buyer sells, but the "
         "third item's 'radijski sprejemniki za hobi' are ten wideband software-defined transceivers covering 70 MHz to "
         "6 GHz with two transmit channels, at 2,400 EUR each, of the kind used to build drone links and jammers, and the "
         "buyer forwards them to a Russian address: radio transceivers of the common high-priority list that EU "
         "Regulation 833/2014 bans for Russia, hidden as the last item of a three-item declaration, by express from "
         "Ljubljana to Belgrade; Slovene wording (software-defined radios appear in a few earlier rows; as hobby receivers "
         "at the end of a music-shop order is the new part)",
         dict({"importer_country": "RS"},
              _more_items=[item("851810", "Studijski mikrofoni, 20 kosov", "SI", 8, 2000, "EUR", qty=20),
                           item("852799", "Radijski sprejemniki za hobi, 10 kosov", "SI", 4, 600, "EUR", qty=10)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "NP", [], "DE", "121190",
         "सुकेको जेन्सियन जरा, चियाका लागि, ५ केजी", "NP", 5, None, 90, "USD",
         "dried gentian root is thick, yellow-brown and wrinkled lengthwise; these pieces are thin, dark grey-brown, "
         "ringed with leaf scars and intensely bitter, and the Kathmandu seller's invoice calls them 'kutki': rhizomes "
         "of Picrorhiza kurrooa (CITES App. II), wild-collected in the Himalaya, posted to a private person in Freiburg "
         "without a CITES export permit; Nepali wording (kutki appears in a few earlier rows, once as bales of 'kutki'; "
         "under a gentian label by post in Nepali is the new part)", person("Privatperson", "DE")),
        ("WLF-02", "import", "NLAIR01", "air", "CN", [], "NL", "071490",
         "干山药片, 切片, 40 公斤", "CN", 40, None, 400, "USD",
         "dried Chinese-yam slices are chalk-white, starchy discs; these are brown, fleshy, fibrous slices with a sweet, "
         "slightly salty taste and a scaly outer rind, and the inner bags read '肉苁蓉': Cistanche deserticola (CITES App. "
         "II), by air from Urumqi to Amsterdam for an Amsterdam herbal wholesaler without a CITES permit; Chinese wording "
         "(Cistanche appears in a few earlier rows, once under a goji label; under a dried-yam label by air to the "
         "Netherlands is the new part)", firm("Vega Kruiden Groothandel BV", "NL")),
        ("WLF-03", "import", "BEAIR01", "express", "US", [], "BE", "160432",
         "Lumpfish roe, black, 100 x 50 g jars", "US", 5, 100, 300, "USD",
         "dyed lumpfish roe is tiny, crunchy and leaves black dye on a white plate; these eggs are larger, grey-black, "
         "soft, leave no dye and taste of butter rather than salt, and the jar lids carry a Kentucky processor's lot "
         "codes: paddlefish caviar (Polyodon spathula, CITES App. II), sent by express from Louisville to a private person "
         "in Antwerp without a CITES export permit; US English wording (paddlefish roe appears in a few earlier rows; under "
         "a lumpfish label by express to Belgium is the new part)", person("Jan Peeters", "BE")),
        ("WLF-04", "import", "ITPOST01", "post", "PK", [], "IT", "091030",
         "خشک ہلدی کی گانٹھیں، 3 کلو", "PK", 3, None, 45, "USD",
         "dried turmeric fingers are hard and cut bright orange-yellow; these rhizomes are knotty, dark brown, cut pale "
         "cream, bitter and carry dozens of root scars, and the seller in Swat calls them 'bankakri': rhizomes of the "
         "Himalayan may-apple (Podophyllum hexandrum, CITES App. II), posted from Mingora to a private person in Turin "
         "without a CITES export permit; Urdu wording (Podophyllum appears in two earlier rows, once as the American "
         "species by its name; the Himalayan species as turmeric by post from Pakistan is the new part)",
         person("Giulia Rossi", "IT")),
        ("WLF-05", "import", "ITSEA01", "sea", "TN", [], "IT", "691390",
         "Poteries artisanales de Nabeul, 1 carton", "TN", 14, 12, 80, "EUR",
         "a box of Nabeul pottery rattles; this one breathes: inside the pots, wrapped in cloth, are twelve live "
         "spiny-tailed lizards with thick, ringed, spiky tails, dug from burrows in the south: Uromastyx acanthinura "
         "(CITES App. II), without CITES documents, in a private car on the Tunis-Genoa ferry for a private person in "
         "Genoa; Tunisian French wording (Uromastyx appear in two earlier rows, declared as lizards; hidden in pottery on "
         "a car ferry is the new part)", person("Privato", "IT")),
        ("WLF-06", "import", "NLSEA01", "sea", "ID", [], "NL", "970529",
         "Fosil amonit dipoles, berpasangan, 400 pasang", "ID", 480, 800, 4000, "USD",
         "polished ammonite pairs are stone, heavy and cold, with the suture lines of a fossil; these 800 halves are "
         "light, pearly inside, with smooth chambers and a tiger-striped outer shell: sawn shells of the chambered "
         "nautilus (Nautilus pompilius, CITES App. II), by sea from Surabaya to Rotterdam for a Dutch home-decor "
         "wholesaler without a CITES permit; Indonesian wording (nautilus shells appear in several earlier rows as "
         "decorative shells; under a fossil-ammonite label is the new part)", firm("Atlantic Interieur Import BV", "NL")),
        ("WLF-07", "transit", "MTSEA01", "sea", "MZ", ["MT"], "CN", "440399",
         "Toros de eucalipto para lenha, 2 contentores", "MZ", 48000, None, 4800, "USD",
         "eucalyptus firewood logs are light, pale and peel in strips; these logs are short, crooked, almost black at the "
         "core, sink in water and are waxed at the ends against splitting, at 0.10 USD/kg: African blackwood (mpingo, "
         "Dalbergia melanoxylon, CITES App. II) without a CITES export permit, landed at Marsaxlokk in transit from Nacala "
         "to Shanghai; Mozambican Portuguese wording (African blackwood appears in several earlier rows; as eucalyptus "
         "firewood in transit through Malta is the new part)", {"importer_country": "CN"}),
        ("WLF-08", "import", "DEAIR01", "express", "ZA", [], "DE", "060290",
         "Vetplant-saailinge, Lithops, kwekerygekweek, 200 stuks", "ZA", 1.2, 200, 150, "USD",
         "nursery Lithops seedlings are uniform, in plugs of clean potting mix; these 200 plants are of every size, with "
         "stubby caudices, tiny stems covered in papery white scales and red desert grit in the roots: Avonia quinaria and "
         "Anacampseros species (CITES App. II) wild-collected in the Richtersveld, sent by express from Cape Town to a "
         "private collector in Dresden without CITES documents; Afrikaans wording (Avonia appears in two earlier rows; "
         "under a Lithops label by express to Germany is the new part)", person("Herr K. Becker", "DE")),
        ("WLF-09", "export", "NLAIR01", "express", "NL", [], "HK", "960190",
         "Vintage carved bone netsuke, 12 pcs", "NL", 0.6, 12, 900, "EUR",
         "bone netsuke are porous with dark dots of blood canals on a cut face; these twelve are dense, creamy, with the "
         "criss-cross Schreger lines of elephant tusk on the base, and one is signed in a modern hand: worked elephant "
         "ivory (CITES App. I), whose export from the EU the ivory rules allow only for certified antiques, sent by "
         "express from Amsterdam to a Hong Kong buyer without a re-export certificate; English wording (netsuke appear "
         "in a few earlier rows; as bone netsuke exported by express from the Netherlands is the new part)",
         {"importer_country": "HK"}),
        ("WLF-10", "import", "DEAIR01", "express", "ID", [], "DE", "520852",
         "Kain batik tulis, 10 lembar", "ID", 3, 10, 200, "USD",
         "a traveller's souvenir order: hand-drawn batik and civet coffee are Javanese gifts, but the third item's 'tasbih "
         "kayu kokka' are 20 strings of beads that are not wood but glossy black, with concentric growth rings and a "
         "horny feel, which do not burn like wood: black coral (Antipatharia, CITES App. II), hidden as the last item of a "
         "three-item declaration, sent by express from Yogyakarta to a private person in Cologne without CITES documents; "
         "Indonesian wording (black coral repeats in several sets; as 'kokka wood' prayer beads at the end of a souvenir "
         "order is the new part)",
         dict(person("Anna Schmidt", "DE"),
              _more_items=[item("090121", "Kopi luwak, sangrai, 4 x 250 g", "ID", 1, 120, "USD", qty=4),
                           item("442090", "Tasbih kayu kokka, 20 untai", "ID", 0.8, 40, "USD", qty=20)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "RS", "HU", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (jewellery making)", "RS", 2.8, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "HU-ORFK-41-0093")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "express", "IN", "IT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (wood bleaching)", "IN", 2.3, 2, 25, "USD",
     [("PRECURSOR_LICENCE", "IT-PREF-BA-41-0152")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "382590",
     "Spent hydrochloric pickling acid (11 01 05*), for regeneration at a licensed acid-regeneration plant, 24 t", "RS",
     24000, None, 0, "EUR",
     [("BASEL_CONSENT", "HU-PEST-41-0218")], "notified spent pickling acid to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "382590",
     "Used oil-based drilling mud (01 05 05*), for thermal treatment at a licensed plant, 30 tank containers", "GB",
     600000, 30, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-41-0377")], "notified drilling mud to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride 99.9 %, 20 x 1 l, for licensed laboratory and analytical use", "US", 32, 20, 1800, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-41-012")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "IN", "BE", "290379",
     "Bromochloromethane 99 %, 12 drums, for use as feedstock in a licensed pharmaceutical synthesis", "IN", 3000, 12,
     15000, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-41-006")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "express", "IT", "US", "970610",
     "Illuminated antiphonary leaf, Lombardy, c. 1470, documented provenance, for a museum purchase", "IT", 0.4, 1,
     38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-41-0207")], "manuscript leaf exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEROAD01", "road", "DE", "CH", "920999",
     "Baroque organ front pipes, 1738, from a deconsecrated church, sold to an organ builder for restoration", "DE",
     400, 24, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-SN-EXP-41-0031")], "historic organ pipes exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "845710",
     "Five-axis machining centre, 1 unit, for a Turkish aircraft-structures supplier", "IT", 9000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-41-0640"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-41-0118")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "LB", "282619",
     "Ammonium hydrogen difluoride 99 %, 10 drums, for a Lebanese glassworks' etching line", "BE", 2000, 10, 6000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-41-0287"), ("END_USER_CERTIFICATE", "LB-MOE-EUC-41-0009")],
     "dual-use chemical precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BEAIR01", "express", "US", "BE", "160431",
     "Paddlefish caviar (Polyodon spathula), farmed, 20 x 50 g", "US", 1, 20, 900, "USD",
     [("CITES_PERMIT", "US-FWS-41-0812")], "App. II paddlefish caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "DEPOST01", "post", "NP", "DE", "121190",
     "Kutki root (Picrorhiza kurrooa), cultivated, dried, 2 kg", "NP", 2, None, 60, "USD",
     [("CITES_PERMIT", "NP-DNPWC-41-0044")], "App. II kutki root with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Magánszemély", "PRM-02": "Sig. M. Bianchi", "PRM-05": "Analytik Rhein-Main GmbH",
    "PRM-08": "Orgelbau Alpina AG", "PRM-11": "Jan Peeters", "PRM-12": "Privatperson",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("310590", "Orchid bloom-booster fertiliser, NPK 10-30-20, 500 g", "import", ["post"], ["TH", "VN"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("250100", "Sodium chloride electrolyte salt for electrochemical machining, 1 kg", "import", ["express"], ["JP", "US"], (6, 12), (2, 5), ["USD"], 1, S),
    ("381010", "Citric-acid passivation gel for stainless welds, 2 kg tubs", "import", ["road"], ["RS", "TR"], (6, 10), (500, 2000), ["EUR"], 0.5, S),
    ("380894", "Dental unit waterline cleaner tablets, silver-ion", "import", ["express"], ["IN", "US"], (40, 70), (1, 3), ["USD"], 4, S),
    ("310210", "Technical urea for diesel exhaust fluid, 1 t big bags", "import", ["rail"], ["CN"], (0.4, 0.6), (20000, 24000), ["USD"], None, S),
    ("340290", "Citrus ski-wax remover, 500 ml", "import", ["post"], ["NO", "CH"], (12, 20), (1, 3), ["NOK", "CHF"], 2, S),
    ("810820", "Titanium-zirconium granules for cold-spark machines, 200 g", "import", ["express"], ["CN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("370790", "Wet-plate collodion starter kit, small bottles", "import", ["express"], ["US", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 1, S),
    ("250100", "Water-softener salt tablets, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.12, 0.2), (18000, 24000), ["USD"], 0.04, S),
    ("310590", "Blueberry soil acidifier, sulphur granules, 5 kg", "import", ["road"], ["UA", "RS"], (1, 2), (2000, 8000), ["EUR"], 0.2, S),
    ("841590", "Quick-connect line sets for mini-split units, nitrogen-charged", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.1, S),
    ("271112", "Propane refrigerant R-290, 5 kg cylinders", "import", ["sea"], ["EG", "TR"], (2, 4), (2000, 6000), ["USD"], 0.2, S),
    ("230690", "Biofumigant mustard-seed pellets for soil, 25 kg", "import", ["road"], ["TR", "RS"], (0.8, 1.4), (4000, 12000), ["EUR"], 0.04, S),
    ("842410", "Vintage brass extinguishers, empty, polished, decorative", "import", ["post"], ["GB", "US"], (30, 60), (2, 5), ["GBP", "USD"], 0.5, S),
    ("390950", "Polyurethane spray-foam kits, HFO-blown", "import", ["rail"], ["CN"], (2, 3), (8000, 16000), ["USD"], 0.07, S),
    ("381400", "Hearing-aid cleaning spray, alcohol based, 50 ml", "import", ["express"], ["IN", "DK"], (40, 80), (1, 2), ["USD", "EUR"], 15, S),
    ("841480", "Mini airbrush compressor with tank", "import", ["post"], ["TR", "CN"], (25, 45), (2, 4), ["USD", "TRY"], 0.5, S),
    ("290369", "Dibromomethane 99 %, drums, for synthesis", "import", ["sea"], ["IN", "CN"], (3, 5), (3000, 8000), ["USD"], 0.004, S),
    ("482010", "Handmade mulberry-paper notebooks, new", "import", ["air"], ["TH", "LA"], (8, 15), (50, 300), ["USD"], 3, S),
    ("711719", "Gilded bronze spiral bracelets, museum replicas, new", "export", ["road"], ["RS", "MD"], (60, 120), (20, 80), ["EUR"], 3, S),
    ("442019", "Carved wooden rice-god figurines, new souvenirs", "import", ["post"], ["PH", "ID"], (10, 20), (1, 4), ["USD"], 1, S),
    ("442199", "Carved mango-wood garden posts, new", "import", ["sea"], ["MG", "ID"], (1.5, 3), (2000, 6000), ["EUR"], 0.02, S),
    ("920999", "Organ pipes, new, tin-lead, for organ builders", "export", ["road"], ["CH", "NO"], (30, 60), (100, 500), ["EUR"], 0.2, S),
    ("691200", "Thin porcelain coffee cups, hand-painted, new", "import", ["air"], ["JO", "TR"], (8, 15), (100, 400), ["USD"], 8, S),
    ("491191", "Facsimile prints of illuminated manuscript leaves, new", "export", ["express"], ["US", "CA"], (80, 160), (1, 3), ["EUR"], 4, S),
    ("680291", "Jade-look stone paperweights, new, machine-cut", "import", ["rail"], ["CN"], (4, 8), (2000, 6000), ["USD"], 1, S),
    ("392690", "Resin dinosaur-skull casts, museum replicas", "import", ["air"], ["US", "CN"], (20, 40), (100, 400), ["USD"], 0.05, S),
    ("830629", "Reproduction bronze helmets, decorative, new", "import", ["road"], ["AL", "TR"], (15, 30), (200, 800), ["EUR"], 0.7, S),
    ("840790", "Paramotor engines, two-stroke, 25 hp, new", "export", ["air"], ["GB", "NO"], (80, 140), (60, 300), ["EUR"], 0.05, S),
    ("440910", "Western larch decking, Canadian origin", "import", ["sea"], ["CA", "US"], (0.9, 1.4), (16000, 24000), ["USD"], None, S),
    ("852691", "GPS pet-tracker collars, retail", "export", ["express"], ["NO", "GB"], (150, 300), (1, 3), ["EUR"], 10, S),
    ("846592", "Three-axis CNC routers for woodworking", "export", ["sea"], ["TR", "EG"], (10, 18), (1500, 4000), ["EUR"], 0.0008, S),
    ("320890", "Frosted-glass effect spray paint, 400 ml", "export", ["sea"], ["LB", "EG"], (4, 7), (2000, 6000), ["EUR"], 2, S),
    ("903020", "Oscilloscopes, 100 MHz, two-channel, for schools", "export", ["express"], ["NO", "CH"], (80, 150), (3, 6), ["EUR"], 0.2, S),
    ("390120", "HDPE granules, film grade, Saudi origin", "import", ["sea"], ["SA", "QA"], (0.9, 1.2), (20000, 26000), ["USD"], None, S),
    ("851810", "Studio microphones, USB", "export", ["express"], ["RS", "NO"], (80, 160), (1, 4), ["EUR"], 2, S),
    ("121190", "Dried gentian root, cut, tea grade", "import", ["air"], ["AL", "TR"], (6, 12), (100, 500), ["EUR"], None, S),
    ("071490", "Dried Chinese yam slices (huai shan)", "import", ["air"], ["CN"], (6, 10), (100, 400), ["USD"], None, S),
    ("160432", "Lumpfish roe, black, 50 g jars", "import", ["sea"], ["IS", "NO"], (12, 20), (2000, 6000), ["EUR"], 20, S),
    ("091030", "Dried turmeric fingers, whole", "import", ["post"], ["PK", "IN"], (8, 15), (1, 4), ["USD"], None, S),
]
# Everyday trade: blind88's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind88's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940370", "Plastic garden side tables", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.3, N),
        ("620342", "Men's cotton chino trousers", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD"], 2.5, N),
        ("961610", "Plastic perfume atomisers, empty, retail packs", "import", ["post", "express"], ["CN", "GB"], (25, 45), (1, 2), ["USD", "GBP"], 20, N),
        ("732391", "Cast-iron frying pans", "import", ["sea"], ["CN", "IN"], (2, 4), (4000, 10000), ["USD"], 0.4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind91", 20410501, HERE)


if __name__ == "__main__":
    main()
