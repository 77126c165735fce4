#!/usr/bin/env python3
"""Writes the eighty-sixth blind set (tests/risk/data/blind86-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2040, with goods, routes,
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
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL86-*:

    python3 tests/risk/data/make_blind86_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "KR", [], "DE", "330790",
         "콘택트렌즈 소독용 과산화수소 용액 3 %, 6 x 500 ml", "KR", 3.4, 6, 45000, "KRW",
         "one-step contact-lens peroxide systems are 3 % hydrogen peroxide sold with a neutralising lens case; these "
         "six bottles come without cases, weigh 1.13 kg/l, vent through the caps and whiten the skin: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), posted from Busan to a private person in Hamburg; Korean wording "
         "(hydrogen peroxide repeats in many sets and lens-solution covers in a few; a Korean lens-care cover by post "
         "is the new part)", person("Privatperson", "DE")),
        ("PRE-02", "import", "IEAIR01", "express", "GB", [], "IE", "190190",
         "Malt extract, liquid, for home brewing, 6 x 1.5 kg", "GB", 9, 6, 40, "GBP",
         "a home-brewer's order: the malt extract and hops are what it says, but the third item's 'no-rinse acid "
         "sanitiser' (normally a few per cent phosphoric acid with a surfactant) foams not at all, fumes brown when "
         "opened, weighs 1.39 kg/l and yellows the skin: about 65 % nitric acid (Annex I above 3 %), hidden as the last "
         "item of a three-item express parcel from Liverpool to a private person in Galway, though corrosive liquids go "
         "by express only as declared dangerous goods; English wording (nitric acid repeats in many sets and "
         "home-brew covers in a few; a sanitiser line in a home-brew order is new as far as a search found)",
         dict(person("Mr D. Byrne", "IE"),
              _more_items=[item("121020", "Hop pellets, Cascade, 4 x 100 g", "GB", 0.4, 12, "GBP", qty=4),
                           item("380894", "No-rinse acid sanitiser, 2 x 1 l", "GB", 2.8, 14, "GBP", qty=2)])),
        ("PRE-03", "import", "NLPOST01", "post", "IN", [], "NL", "283330",
         "फिटकरी पाउडर (alum powder), 5 x 1 kg", "IN", 5, 5, 900, "INR",
         "potash alum powder (phitkari) is sold for after-shave and water clearing at a few euros a kilo and tastes "
         "sour and astringent; this powder is glossy, does not taste of alum, flares violet on a hot plate and the "
         "inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Mumbai to a private "
         "person in Utrecht; Hindi wording (potassium perchlorate repeats in many sets; an alum cover from India is "
         "new as far as a search found)", person("Particulier", "NL")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "250100",
         "Tabletki solne do zmiękczaczy wody, 10 x 25 kg", "UA", 250, 10, 120, "EUR",
         "water-softener salt comes as pressed white sodium chloride tablets; these ten sacks hold loose, faintly "
         "yellow crystals that draw damp, bleach a leaf and spit on a hot stove, with 'NaClO3' on the inner liners: "
         "sodium chlorate (Annex I above 40 %), in a private van at Medyka for a private person in Przemyśl; Polish "
         "wording on a Ukrainian invoice (sodium chlorate repeats in many sets and water-softener salt covers in three; "
         "by van from Ukraine to Poland is the new part)", person("Osoba prywatna", "PL")),
        ("PRE-05", "import", "SEAIR01", "express", "TH", [], "SE", "382499",
         "น้ำยาเพิ่มออกซิเจนสำหรับบ่อปลา 4 x 1 ลิตร", "TH", 4.8, 4, 1200, "THB",
         "pond oxygen boosters are a few per cent peroxide or percarbonate granules; these four litres weigh "
         "1.20 kg/l, bubble on contact with a fingernail and the caps vent: about 50 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Bangkok to a private person in Uppsala who keeps no koi, though oxidising "
         "liquids go by express only as declared dangerous goods; Thai wording (hydrogen peroxide and aquarium covers "
         "repeat in many sets; a koi-pond peroxide cover in one; from Thailand in Thai is the new part)", person("Privatperson", "SE")),
        ("PRE-06", "import", "FRPOST01", "post", "MA", [], "FR", "330430",
         "Dissolvant vernis à ongles sans acétone / مزيل طلاء الأظافر, 6 x 1 l", "MA", 6.8, 6, 400, "MAD",
         "nail-polish removers are acetone or ethyl acetate at about 0.8-0.9 kg/l and smell sweet; these six litres "
         "weigh 1.14 kg/l, smell faintly fruity and oily and the inner labels read 'CH3NO2': nitromethane (Annex I above "
         "16 %), posted from Casablanca to a private person in Marseille, though flammable liquids may not go by post; "
         "French and Arabic wording (nitromethane repeats in many sets and nail-polish covers in two early ones; from "
         "Morocco by post in two languages is the new part)", person("M. K. Benali", "FR")),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "381010",
         "Sredstvo za uklanjanje hrđe iz rezervoara motocikla, 10 x 1 l", "BA", 18.4, 10, 70, "EUR",
         "motorcycle tank rust removers are 10-20 % phosphoric acid gels at about 1.1 kg/l; these ten litres are oily, "
         "water-clear, weigh 1.84 kg/l and char a rag at once: about 96 % sulphuric acid (Annex I above 15 %), in a "
         "private car at Bijača for a private person in Metković who runs no workshop; Bosnian wording (sulphuric acid "
         "repeats in many sets and a rust-remover cover in one; a tank rust remover from Bosnia is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-08", "import", "ROPOST01", "post", "MD", [], "RO", "291814",
         "Sare de lămâie (acid citric alimentar), 5 x 1 kg", "MD", 5, 5, 250, "MDL",
         "citric acid ('lemon salt') for preserves is dull white granules that taste sharply sour; these glossy "
         "crystals taste of nothing sour, spit violet sparks on a hot plate and the inner bags read 'KClO3': potassium "
         "chlorate (Annex I above 40 %), posted from Chișinău to a private person in Iași; Romanian wording from "
         "Moldova (potassium chlorate repeats in many sets and citric-acid covers in several; by post from Moldova in "
         "Romanian is the new part)", person("Persoană fizică", "RO")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "330590",
         "Água oxigenada cremosa 40 volumes, 6 x 900 ml", "BR", 6.1, 6, 180, "BRL",
         "40-volume developer is 12 % hydrogen peroxide in a thick cream, the most the public may buy; this liquid is "
         "water-thin, not cream, weighs 1.13 kg/l and bleaches the skin white at once: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from São Paulo to a private person in Braga who runs no salon; "
         "Brazilian Portuguese wording (40-volume developer covers repeat in five sets; from Brazil to Portugal is the "
         "new part)", person("Sra. Ana Costa", "PT")),
        ("PRE-10", "import", "GRSEA01", "sea", "IN", [], "GR", "284700",
         "Οξυζενέ 3 %, αντισηπτικό, φιάλες 1 l, 4 800 τεμ.", "IN", 5400, 4800, 2400, "USD",
         "3 % antiseptic peroxide weighs about 1.0 kg/l and is sold through pharmacies; these 4,800 retail litres weigh "
         "1.13 kg/l, the cartons carry UN 2014 oxidiser labels and the analysis on file reads 35 %, bound for a Piraeus "
         "wholesaler that supplies kiosks and mini-markets: hydrogen peroxide above 12 % (Annex I) made available to "
         "the general public under a 3 % label; Greek wording (hydrogen peroxide repeats in many sets; retail bottles "
         "by sea from India to Greece under a 3 % label are new as far as a search found)",
         firm("Athina Pharma Diakinisi AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "281820",
         "Aktivierte Aluminiumoxidkugeln, Trockenmittel, 60 Big Bags", "DE", 48000, 60, 4800, "EUR",
         "activated alumina desiccant is white, dust-free and sold new at about 1-2 EUR/kg; these big bags hold grey-"
         "black, sulphur-smelling extrudates that self-heat when wet, from refinery hydrotreaters, at 0.10 EUR/kg: spent "
         "nickel-molybdenum hydroprocessing catalyst (16 08 02*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Kandla 'desiccant trader'; German wording (spent catalysts repeat in many sets and desiccant covers "
         "for them in three; from Hamburg to Kandla in German is the new part)", {"importer_country": "IN"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "321519",
         "Farba drukarska offsetowa, partia niespecyfikowana, 60 beczek", "PL", 12000, 60, 600, "EUR",
         "off-spec offset ink is sold in sealed, labelled cans at a discount; these drums are of mixed makes, half-"
         "solid, smell of solvent and hold rags and filter cartridges, at 0.05 EUR/kg: waste ink and paint sludge with "
         "organic solvents (08 03 12*, 08 01 13*), hazardous waste whose export to a non-OECD country is banned, by "
         "road from Rzeszów for a Lviv 'printing house'; Polish wording (printing-ink covers appear in two sets; by "
         "road from Poland to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-03", "export", "RORAIL01", "rail", "RO", [], "MD", "681181",
         "Plăci ondulate pentru acoperiș, second-hand, 60 t", "RO", 60000, None, 1800, "EUR",
         "second-hand fibre-cement roofing without asbestos is sold stacked and whole; these sheets are broken, moss-"
         "covered, dated 1970s and the fibres under the lens are chrysotile, torn off village barns, at 0.03 EUR/kg: "
         "construction materials containing asbestos (17 06 05*), hazardous waste whose export to a non-OECD country "
         "is banned, by rail from Iași for an Ungheni 'builders' merchant'; Romanian wording (asbestos roofing repeats "
         "in many sets; by rail from Romania to Moldova is new as far as a search found)", {"importer_country": "MD"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "854143",
         "Gebruikte zonnepanelen, getest, werkend, 2 400 stuks", "BE", 48000, 2400, 12000, "EUR",
         "tested second-hand solar panels travel framed, stacked with corner protectors and with a test report per "
         "panel; these are loose, many with shattered glass and cut cables, thin-film cadmium telluride from a "
         "dismantled park, at 5 EUR each: broken photovoltaic panels with cadmium (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, for a Tema 'solar installer'; Flemish wording (solar panels as used "
         "goods repeat in many sets; thin-film panels from Antwerp to Ghana are the new part)", {"importer_country": "GH"}),
        ("WST-05", "export", "FRAIR01", "air", "FR", [], "SN", "850760",
         "Batteries de vélo électrique reconditionnées, 36 V, 300 unités", "FR", 900, 300, 4500, "EUR",
         "reconditioned e-bike packs carry new cells, a test sheet and a UN 38.3 summary at 150-300 EUR; these are "
         "swollen, scorched or with cut leads, collected from repair shops, at 15 EUR each, and shipped as 'non-"
         "dangerous goods': waste lithium-ion batteries (16 06 01* family, 20 01 33*), hazardous waste whose export "
         "to a non-OECD country is banned, flown from Paris to a Dakar 'bicycle dealer'; French wording (e-bike "
         "batteries repeat in several sets; by air to Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "EG", "260111",
         "Fini di minerale di ferro, non agglomerati, 500 t", "IT", 500000, None, 15000, "EUR",
         "iron ore fines are dense, red-brown and sold with an assay at about 100 USD/t; this is a light, grey-brown "
         "dust from steelworks bag filters, with 20 % zinc and lead and chlorides, at 30 EUR/t: electric arc furnace "
         "dust (10 02 07*), hazardous waste whose export to a non-OECD country is banned, from Ravenna for an "
         "Alexandria 'steel mill'; Italian wording (EAF dust repeats in four sets; as iron ore fines to Egypt is new as "
         "far as a search found)", {"importer_country": "EG"}),
        ("WST-07", "transit", "SISEA01", "sea", "CH", ["SI"], "AL", "700100",
         "Glasscherben für Glaswolleherstellung, sortiert, 20 t", "CH", 20000, None, 400, "CHF",
         "glass cullet for glass wool is clean, sorted container or flat glass; this load is crushed fluorescent tubes "
         "and energy-saving lamps with white phosphor powder and aluminium end caps, from a Swiss collection scheme: "
         "lamp waste with mercury (20 01 21*), hazardous waste sent from Switzerland to Albania with no notification "
         "and landed at Koper in transit without the Union's consent, for a Durrës 'glass factory'; Swiss German "
         "wording (lamp cullet repeats in many sets; through Koper from Switzerland to Albania is the new part)",
         {"importer_country": "AL"}),
        ("WST-08", "export", "HRPOST01", "post", "HR", [], "BA", "711299",
         "Otpadak srebrne legure za rafinaciju, 4 kg", "HR", 4, 1, 400, "EUR",
         "silver alloy scrap for refining is metal filings or offcuts; these jars hold grey capsules and crumbs from "
         "dental-chair separators, about half mercury by weight, collected from clinics: dental amalgam waste "
         "(18 01 10*), hazardous mercury waste whose export to a non-OECD country is banned (and which may not go by "
         "post), posted from Split to a Mostar 'refiner'; Croatian wording (dental amalgam repeats in several sets; "
         "by post from Croatia to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "271019",
         "Регенерирано трансформаторно масло, 20 IBC", "BG", 18000, 20, 9000, "EUR",
         "regenerated transformer oil comes with a test certificate showing PCB below detection; these IBCs hold dark, "
         "sediment-laden oil drained from 1970s transformers, with a chlorine smell and a field test above 50 ppm "
         "PCB: waste oil containing PCBs (13 03 01*), hazardous waste whose export to a non-OECD country is banned, "
         "by road from Kulata for a Strumica 'power contractor'; Bulgarian wording (PCB oil repeats in many sets; "
         "by road from Bulgaria to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-10", "import", "ITSEA01", "sea", "ME", [], "IT", "382499",
         "Gorivo iz otpada (RDF), balirano, 2 400 t", "ME", 2400000, None, 24000, "EUR",
         "refuse-derived fuel is shredded, dried, sorted waste sold to cement kilns under a contract and a "
         "notification; these bales are wet, smell of rot and hold food waste, nappies and glass, straight from "
         "municipal collection at 10 EUR/t: mixed municipal waste (20 03 01, Basel Y46) brought into the Union for "
         "'energy recovery' without notification and consent, from Bar for a Bari 'cement plant'; Montenegrin wording (RDF covers repeat in several sets and one earlier row brought "
         "Albanian 'RDF' into a cement kiln the same way; from Montenegro in Montenegrin is the only new part)",
         firm("Energie Pugliesi Srl", "IT")),
    ],
    "ozone": [
        ("ODS-01", "import", "NLPOST01", "post", "US", [], "NL", "271119",
         "HC-12a hydrocarbon refrigerant for classic car A/C, 12 x 6 oz", "US", 2.2, 12, 120, "USD",
         "HC-12a is a propane-isobutane blend that burns and is sold in light cans at low pressure; these cans are "
         "heavier, the gas does not burn and a leak detector reads it as CFC-12: dichlorodifluoromethane, an ozone-"
         "depleting substance (Annex I group I) whose import is banned, posted from Ohio to a private person in "
         "Zwolle who restores 1960s cars; US English wording (R-12 repeats in many sets and as HC-12a "
         "in two; by post from Ohio to the Netherlands is the new part)", person("Particulier", "NL")),
        ("ODS-02", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "ME"], "AL", "841869",
         "Gebrauchte Softeismaschinen, R-404A, 12 Stück", "DE", 2400, 12, 6000, "EUR",
         "used soft-serve machines of this age were charged at the factory; the rating plates on these twelve 1990s "
         "machines read R-502, the 'R-404A' stickers are new, and the gas tested is R-502 (CFC-115 with HCFC-22): "
         "equipment relying on ozone-depleting substances, whose export from the Union is banned, by road for a "
         "Tirana 'gelato supplier'; German wording (soft-serve machines repeat in three sets and R-502 in several; "
         "re-stickered to Albania by road is the new part)", {"importer_country": "AL"}),
        ("ODS-03", "import", "PLSEA01", "sea", "CN", [], "PL", "390729",
         "Poliol premiks do pianki PUR natryskowej, HFO-1233zd, 80 beczek", "CN", 16000, 80, 48000, "USD",
         "HFO-blown spray-foam polyol blends are priced near 4 USD/kg because the HFO is dear; these drums are priced "
         "like the old blends, the safety sheet lists '1,1-dichloro-1-fluoroethane' in section 3 and a headspace test "
         "finds HCFC-141b: a pre-blended polyol with an ozone-depleting substance (Annex I group VIII), whose import "
         "is banned, for a Gdańsk insulation contractor; Polish wording (polyol blends repeat in many sets; an HFO-1233zd "
         "label is new as far as a search found)", firm("Izolpian Sp. z o.o.", "PL")),
        ("ODS-04", "import", "ITAIR01", "air", "IN", [], "IT", "290312",
         "Diclorometano per analisi, 20 x 2.5 l", "IN", 74, 20, 1100, "USD",
         "analytical dichloromethane weighs 1.33 kg/l and boils at 40 °C; these bottles weigh 1.99 kg/l, boil at "
         "68 °C and the batch certificate gives CH2BrCl: bromochloromethane, an ozone-depleting substance (Annex I "
         "group IX) whose import is banned outside licensed uses, flown from Hyderabad for a Milan 'laboratory "
         "supplier' that holds no licence; Italian wording (bromochloromethane repeats in many sets, "
         "as dichloromethane in three; by air from India to Milan in Italian is the new part)", firm("Laborchimica Lombarda Srl", "IT")),
        ("ODS-05", "import", "GRAIR01", "express", "TR", [], "GR", "290345",
         "Deniz kornası yedek tüpü (R-134a), 10 x 200 ml", "TR", 2.4, 10, 900, "TRY",
         "boat air-horn refills are HFC-134a or hydrocarbon; these cans are old stock with faded print, a leak "
         "detector reads them as CFC-12 and the inner sleeves say 'Freon 12': dichlorodifluoromethane, an ozone-"
         "depleting substance whose import is banned, sent by express from Bodrum to a private person in Rhodes; "
         "Turkish wording (air-horn refills repeat in several sets; from Türkiye to a Greek island is the new part)",
         person("K. Georgiou", "GR")),
        ("ODS-06", "export", "NLSEA01", "sea", "NL", [], "NG", "731100",
         "Stikstofcilinders, leeg, 80 l, 24 stuks", "NL", 2900, 24, 1200, "EUR",
         "empty nitrogen cylinders are grey-green, light and hiss nothing when opened; these red cylinders, stripped "
         "from a decommissioned ship's engine-room system, are full, weigh 120 kg each and carry 'BTM' stamped on the "
         "valves: halon 1301, an ozone-depleting substance whose export from the Union is banned outside critical "
         "uses, from Rotterdam for a Lagos 'ship chandler'; Dutch wording (halon 1301 repeats in many sets and as "
         "nitrogen cylinders in two; ship cylinders from Rotterdam to Nigeria are the new part)", {"importer_country": "NG"}),
        ("ODS-07", "transit", "PLRAIL01", "rail", "CN", ["PL", "SK", "HU"], "RS", "382768",
         "R-410A 制冷剂, 11.3 kg 钢瓶, 800 瓶", "CN", 9040, 800, 36000, "USD",
         "R-410A travels in pink cylinders at about 15 bar at room temperature; these pink cylinders hold a gas at "
         "about 9 bar, a leak detector reads it as R-22 and the price is half the going one: chlorodifluoromethane "
         "(HCFC-22), an ozone-depleting substance whose entry into the Union, transit included, needs a licence it "
         "does not have, by rail through Małaszewicze for a Belgrade 'HVAC distributor'; Chinese wording (R-22 "
         "under HFC labels repeats in many sets; in rail transit to Serbia is the new part)", {"importer_country": "RS"}),
        ("ODS-08", "import", "ROROAD01", "road", "MD", [], "RO", "381400",
         "Curățitor pentru pistol de spumă poliuretanică, 24 x 500 ml", "MD", 14, 24, 1200, "MDL",
         "foam-gun cleaners are acetone sprays that smell sharply and burn; these cans smell faintly ethereal, the "
         "spray does not burn and a leak detector reads HCFC-141b: 1,1-dichloro-1-fluoroethane, an ozone-depleting "
         "substance whose import is banned, in a private car at Sculeni for a private person in Iași who fits windows "
         "on the side; Moldovan Romanian wording (foam-gun cleaners repeat in two sets; by car from Moldova is the "
         "new part)", person("Persoană fizică", "RO")),
        ("ODS-09", "import", "ATPOST01", "post", "IN", [], "AT", "381400",
         "Watermark detector fluid for stamps, 4 x 250 ml", "IN", 1.6, 4, 40, "USD",
         "modern watermark fluids are light naphtha that smells of petrol and evaporates fast; these bottles weigh "
         "1.59 kg/l, are non-flammable and smell of chloroform: carbon tetrachloride, an ozone-depleting substance "
         "whose import is banned outside licensed uses, posted from Kolkata to a private person in Linz who collects "
         "stamps; English wording (watermark-fluid covers repeat in six recent sets; posted from India to Austria is "
         "the new part)", person("Frau S. Huber", "AT")),
        ("ODS-10", "import", "ESSEA01", "sea", "MA", [], "ES", "291513",
         "Formiate d'éthyle, fumigant pour dattes / فورمات الإيثيل, 40 bouteilles", "MA", 2000, 40, 6000, "EUR",
         "ethyl formate for date fumigation is a flammable liquid in drums that smells of rum; these 40 steel "
         "cylinders hold a liquefied gas, smell faintly of chloroform and carry '98 % CH3Br' on the valve tags: "
         "methyl bromide, an ozone-depleting substance whose import is banned outside licensed quarantine uses, from "
         "Tanger Med for an Almería 'date packer'; French and Arabic wording (methyl bromide repeats in many sets and "
         "ethyl-formate labels in two; Morocco to Almería is the new part)", firm("Dátiles del Sur SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "DESEA01", "sea", "PK", [], "DE", "680299",
         "Garden stone ornaments, schist, hand-carved, new / باغ کے پتھر کے زیورات, 14 pcs", "PK", 1400, 14, 700, "USD",
         "new schist garden carvings from Peshawar workshops are crisp, bright grey and priced at 50 USD; these "
         "fourteen panels show Buddha scenes with Corinthian columns, root-marked, weathered, with old breaks and "
         "traces of gilding: Gandharan reliefs (2nd-4th century) exported from Pakistan without permission, at "
         "garden-ornament value, for a Hamburg 'garden centre'; Urdu and English wording (Gandharan art repeats in "
         "many sets; a garden-ornament cover in one; by sea to Hamburg in Urdu is the new part)", firm("Gartenwelt Nord GmbH", "DE")),
        ("CUL-02", "import", "NLAIR01", "air", "AE", [], "NL", "691490",
         "Handmade ceramic coasters, clay, 60 pcs / حامل أكواب خزفي", "IQ", 9, 60, 120, "USD",
         "handmade coasters are flat, glazed and round; these sixty are unglazed, pillow-shaped clay tablets the size "
         "of a palm covered in wedge-shaped signs, salt-crusted, with sale numbers inked on the back: cuneiform "
         "tablets from Iraq, exported without permission and flown through Dubai to an Amsterdam 'gift shop' (and "
         "needing an import licence as archaeological objects); Arabic wording (cuneiform tablets repeat in many "
         "sets; as coasters through Dubai is new as far as a search found)", firm("Oriental Gifts Amsterdam BV", "NL")),
        ("CUL-03", "import", "GRPOST01", "post", "MK", [], "GR", "960622",
         "Копчиња за народна носија, метални, 400 парчиња", "MK", 1.8, 400, 30, "EUR",
         "folk-costume buttons are domed, with a shank and new plating; these 400 are flat, round, green-crusted, "
         "struck with emperors' heads and Latin legends: a hoard of late Roman bronze coins dug from a site, posted "
         "from Bitola to a private person in Thessaloniki without export permission; Macedonian wording (coins as "
         "buttons repeat in three sets; from North Macedonia in Macedonian is the new part)", person("K. Georgiou", "GR")),
        ("CUL-04", "import", "FRAIR01", "express", "KH", [], "FR", "830629",
         "រូបសំណាកព្រះពុទ្ធ លង្ហិន / Statuette de Bouddha en laiton, neuve, 1 pièce", "KH", 6, 1, 80, "USD",
         "new lost-wax brass Buddhas from Phnom Penh workshops are bright and sharp; this one is bronze with a thick "
         "green and red cuprite crust, earth in the hollow base and the Bayon-style face of the late 12th century: an "
         "Angkorian bronze exported without permission, sent by express to a private person in Lyon at a souvenir "
         "price; Khmer and French wording (Khmer antiquities repeat in many sets; a bronze as a new brass statuette "
         "by express is the new part)", person("M. T. Dubois", "FR")),
        ("CUL-05", "export", "ESSEA01", "sea", "ES", [], "MX", "392640",
         "Imagen de santo en resina policromada, moderna, 1 unidad", "ES", 85, 1, 400, "EUR",
         "modern resin saints are light, moulded and seamless; this figure is carved pine with glass eyes, gesso and "
         "estofado gilding, worm holes and a 17th-century Sevillian workshop style, valued by its seller at 300,000 "
         "EUR: a Baroque polychrome sculpture over 50 years old and above the value threshold, exported without the "
         "EU export licence, from Cádiz for a Guadalajara collector; Spanish wording (polychrome saints repeat in "
         "many sets; as a modern resin saint to Mexico is new as far as a search found)", {"importer_country": "MX"}),
        ("CUL-06", "import", "DEAIR01", "air", "ET", [], "DE", "491199",
         "የጸሎት ጥቅልሎች, አዲስ / Prayer scrolls, new, decorative, 30 pcs", "ET", 6, 30, 300, "USD",
         "new decorative prayer scrolls for tourists are bright, machine-printed or freshly painted; these are "
         "parchment codices and healing scrolls in Ge'ez, smoke-darkened, with wooden boards and church seals: "
         "Ethiopian Orthodox manuscripts taken from churches and exported without permission, flown from Addis Ababa "
         "to a Frankfurt 'ethnic crafts' seller; Amharic and English wording (Ethiopian manuscripts repeat in many "
         "sets; as new prayer scrolls by air is the new part)", firm("Afrika Handwerk GmbH", "DE")),
        ("CUL-07", "import", "BGROAD01", "road", "TR", [], "BG", "680291",
         "Mermer mozaik sehpa tablası, yeni, 6 adet", "TR", 900, 6, 1200, "EUR",
         "new marble mosaic tabletops are even, machine-cut and set in fresh grout on a mesh; these six are uneven "
         "stone tesserae in old lime mortar, with geometric borders and a bird, cut from a floor in slabs and "
         "backed with new concrete: Roman or Byzantine floor mosaics from an archaeological site, exported without "
         "permission, by lorry at Kapitan Andreevo for a Plovdiv 'interiors' shop; Turkish wording (mosaics as "
         "tabletops repeat in several sets; by road from Türkiye to Bulgaria is the new part)",
         firm("Interior Plovdiv EOOD", "BG")),
        ("CUL-08", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "711620",
         "玉石镇纸，新工艺品，20 件", "CN", 40, 20, 400, "USD",
         "new jade paperweights are polished, sharp-edged and bright green; these twenty are square tubes with a round "
         "bore and carved masks at the corners, dull, calcified white in patches and drilled by hand: Neolithic "
         "Liangzhu jade cong, exported from China without permission, by rail to Duisburg at craft value; Chinese "
         "wording (Chinese jades repeat in several sets; cong as paperweights by rail is new as far as a search found)",
         firm("Meridian Asia Import GmbH", "DE")),
        ("CUL-09", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "580500",
         "Tapiz tejido a mano, lana de alpaca, estilo Paracas, 3 unidades", "PE", 4, 3, 150, "USD",
         "new Paracas-style alpaca tapestries are bright, even and machine-spun; these three are fragile cotton and "
         "camelid embroidered mantle fragments with faded figures, soil in the weave and radiocarbon-old dyes: "
         "pre-Columbian Paracas textiles exported from Peru without permission, flown from Lima through Madrid in "
         "transit to Miami; Peruvian Spanish wording (Paracas textiles repeat in eight sets; in transit through "
         "Madrid to the US is the new part)", {"importer_country": "US"}),
        ("CUL-10", "export", "ITPOST01", "post", "IT", [], "US", "490900",
         "Cartoline d'epoca, lotto di 200", "IT", 0.7, 200, 25, "EUR",
         "a dealer's parcel: the postcards and reproduction prints are what they say, but the third item's 'calendar "
         "page' is a vellum leaf with a hand-painted gold initial and Gothic script, from a 15th-century book of "
         "hours: an illuminated manuscript leaf, for which the EU export licence is needed whatever its value, hidden "
         "as the last item of a three-item postal declaration from Florence to a New York buyer; Italian wording "
         "(manuscript leaves repeat in many sets and a calendar cover in one; a dealer's mixed parcel by post is the "
         "new part)", {"importer_country": "US",
                      "_more_items": [item("491191", "Stampe di riproduzione, 20 fogli", "IT", 0.5, 30, "EUR", qty=20),
                                      item("491000", "Pagina di calendario, 1 foglio", "IT", 0.02, 5, "EUR", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "PLROAD01", "road", "PL", ["BY"], "KZ", "848210",
         "Łożyska do piast rowerowych, 4 000 szt.", "PL", 1800, 4000, 9000, "EUR",
         "bicycle hub bearings are small, cheap deep-groove bearings at about 1 EUR; these are angular-contact "
         "spindle bearings of precision class P4 with ceramic balls, 450 g each, at 2 EUR declared against a "
         "catalogue price of 150 EUR, for an Almaty 'bicycle shop' whose freight forwarder also serves Moscow: "
         "machine-tool bearings on the Russia sanctions list, exported through a third country; Polish wording "
         "(bearings repeat in many sets; as bicycle hub bearings to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("STR-02", "transit", "DESEA01", "sea", "JP", ["DE"], "TR", "681519",
         "釣竿ブランク用カーボン素材, ロール, 40 本", "JP", 2000, 40, 6000, "USD",
         "fishing-rod blank material is standard-modulus carbon cloth at a few dollars a square metre; these refrigerated "
         "rolls are high-modulus unidirectional prepreg with a tensile rating on the lot sheet that places it under "
         "1C010, at a fifth of its price, landed at Hamburg in transit for an Istanbul 'rod maker' whose address is a "
         "forwarder for Tehran: dual-use carbon fibre for Iran, whose transit through the Union may be and here was "
         "prohibited; Japanese wording (prepreg repeats in many sets; as rod-blank material in transit is the new part)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "841480",
         "Aquarium-Luftpumpen, 12 Stück", "DE", 240, 12, 1800, "EUR",
         "aquarium air pumps weigh a kilo and cost 30 EUR; these twenty-kilo units have ISO-K flanges, a rotor "
         "running at 60,000 rpm and a controller: turbomolecular vacuum pumps (2B231) sent without a licence to a "
         "Jebel Ali 'pet shop' that forwards to Iran; German wording (turbomolecular pumps repeat in six sets; as "
         "aquarium pumps to Dubai is the new part)", {"importer_country": "AE"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", [], "PL", "720916",
         "Прокат холоднокатаный в рулонах, 200 т / origin Kazakhstan", "KZ", 200000, 10, 130000, "USD",
         "Kazakh cold-rolled coil comes with a mill certificate from Temirtau; these coils carry Magnitogorsk mill "
         "stencils under fresh paint, the certificate's heat numbers match no Kazakh mill and the rail waybill starts "
         "in Russia: Russian iron and steel products (sanctions annex) imported under a false Kazakh origin, by rail "
         "to Małaszewicze for a Łódź stockholder; Russian wording (Russian steel under other origins repeats in "
         "several sets; cold-rolled coil by rail as Kazakh is the new part)", firm("Stal-Hurt Łódź Sp. z o.o.", "PL")),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "UZ", "852691",
         "GPS-Module für Traktorlenkung, 30 Stück", "DE", 12, 30, 900, "EUR",
         "tractor-steering GPS modules are single-antenna receivers in a plastic dome; these are seven-element "
         "controlled-reception-pattern antennas with anti-jam processors and military connectors, at 30 EUR declared "
         "against several thousand: anti-jam GNSS antennas on the Russia sanctions list and controlled as dual-use, sent "
         "by express to a Tashkent 'agricultural dealer' tied to Russian drone makers; German wording (GNSS anti-jam "
         "items repeat in several sets; as tractor GPS to Uzbekistan is the new part)", {"importer_country": "UZ"}),
        ("STR-06", "export", "BESEA01", "sea", "BE", [], "LB", "340242",
         "Émulsifiant non ionique pour cosmétiques, 40 fûts", "BE", 9000, 40, 18000, "EUR",
         "non-ionic cosmetic emulsifiers are waxy ethoxylates; these drums hold a viscous, ammonia-smelling amine that "
         "the analysis on file names 2,2',2''-nitrilotriethanol: triethanolamine (CWC schedule 3, 1C350), exported "
         "without a licence to a Beirut 'soap maker' whose trucks serve Syria; French wording (triethanolamine repeats "
         "in ten sets; as a cosmetic emulsifier to Lebanon is new as far as a search found)", {"importer_country": "LB"}),
        ("STR-07", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "851762",
         "Fitness-Tracker, 20 Stück", "AT", 3, 20, 1600, "EUR",
         "fitness trackers are plastic, weigh 30 g and cost 80 EUR; these are Swiss automatic wristwatches in gold and "
         "steel, 150 g each, with their boxes, worth 8,000-30,000 EUR each, for a Belgrade 'electronics trader' who "
         "forwards to Moscow: luxury goods whose sale for use in Russia is banned, declared as cheap electronics to "
         "hide the value; Austrian German wording (watches appear in many sets; as fitness trackers through Serbia "
         "is new as far as a search found)", {"importer_country": "RS"}),
        ("STR-08", "export", "NLAIR01", "air", "NL", ["AM"], "IR", "850440",
         "Frequentie-omvormers voor wasmachines, 50 stuks", "NL", 600, 50, 5000, "EUR",
         "washing-machine inverters are small boards delivering a few hundred hertz; these are three-phase units "
         "rated to 1,200 Hz with harmonic distortion under 2 %: frequency changers (3A225) for gas centrifuges, sent "
         "without a licence through Yerevan for a Tehran 'white-goods repairer'; Dutch wording (frequency changers "
         "repeat in nine sets; as washing-machine inverters through Armenia is the new part)", {"importer_country": "IR"}),
        ("STR-09", "import", "NLSEA01", "sea", "IN", [], "NL", "760110",
         "Aluminium ingots, unalloyed, 99.7 %, Indian origin, 500 t", "IN", 500000, 20000, 1150000, "USD",
         "Indian primary aluminium comes with a smelter certificate from Odisha or Chhattisgarh; these ingots carry "
         "ground-off smelter marks, a trace-element profile matching Siberian smelters and a voyage that began with "
         "a ship-to-ship transfer off Oman: Russian primary aluminium (sanctions import ban) under a false Indian "
         "origin, for a Rotterdam trader; English wording (Russian aluminium repeats in a few sets; as Indian ingots "
         "by sea to Rotterdam is the new part)", firm("Aluvest Metals BV", "NL")),
        ("STR-10", "export", "LVROAD01", "road", "LV", ["LT", "PL", "BY"], "KZ", "870899",
         "Auto rezerves daļas: bremžu kluči un filtri, 200 gab.", "LV", 200, 200, 7800, "EUR",
         "a car-parts dealer's order: the parts and tyres are what they say, but the third item's 'toy gyroscopes' "
         "are tactical-grade MEMS inertial measurement units with calibration sheets, at 5 EUR declared against "
         "several thousand: navigation sensors on the Russia sanctions priority list, hidden as the last item of a "
         "three-item declaration for a Kostanay trader near the Russian border; Latvian wording (IMUs repeat in "
         "several sets; hidden as toy gyroscopes in a car-parts order is new as far as a search found)",
         {"importer_country": "KZ",
          "_more_items": [item("401110", "Riepas vieglajiem auto, 120 gab.", "LV", 1200, 6000, "EUR", qty=120),
                          item("950300", "Rotaļu žiroskopi, 40 gab.", "LV", 8, 200, "EUR", qty=40)]}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "MX", [], "DE", "950300",
         "Arañas de juguete de plástico, 30 piezas", "MX", 0.8, 30, 300, "MXN",
         "toy plastic spiders are light and identical; these thirty are live spiderlings in vials with moist tissue, "
         "red-kneed and orange-banded: Mexican tarantulas (Brachypelma, CITES App. II) posted from Guadalajara to a "
         "private person in Bremen without CITES documents; Mexican Spanish wording (Brachypelma repeats in eleven sets and as toys in two; "
         "by post from Guadalajara to Bremen is the new part)", person("Privatperson", "DE")),
        ("WLF-02", "import", "FRAIR01", "express", "VN", [], "FR", "060290",
         "Cây giống lan hồ điệp trong bình, 20 bình", "VN", 3, 20, 60, "USD",
         "Phalaenopsis flasks hold hundreds of tiny lab-grown seedlings on agar; these are twenty bare-root adult "
         "plants with mottled leaves, cut roots and bark and moss clinging to them: wild-collected slipper orchids "
         "(Paphiopedilum, CITES App. I) sent by express from Hanoi to a private person in Nantes; Vietnamese wording "
         "(Paphiopedilum repeats in ten sets, under "
         "Phalaenopsis in one; as lab flasks from Hanoi is the new part)",
         person("Mme Claire Martin", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "ID", [], "NL", "121190",
         "Serpihan kayu cendana untuk dupa, 2 t", "ID", 2000, None, 8000, "USD",
         "sandalwood chips are pale yellow and smell sweet and milky; these are dark, resin-veined chips that sink in "
         "water and smell smoky and balsamic when warmed: agarwood (Aquilaria/Gyrinops, CITES App. II) at a tenth of "
         "its value without CITES permits, for a Rotterdam incense wholesaler; Indonesian wording (agarwood repeats in "
         "fifteen sets; as sandalwood chips by sea is the new part)", firm("Wierook Import BV", "NL")),
        ("WLF-04", "export", "ESAIR01", "air", "ES", [], "HK", "160420",
         "Gulas del norte, sucedáneo de angula (surimi), refrigeradas, 200 kg", "ES", 200, None, 1200, "EUR",
         "gulas are surimi sticks with a painted grey back, in trays; these polystyrene boxes are cold, oxygenated and "
         "hold live, transparent glass eels: European eel (Anguilla anguilla, CITES App. II, export from the Union not "
         "allowed) flown from Bilbao to Hong Kong at a declared 6 EUR/kg against several hundred; Spanish wording "
         "(glass eels repeat in many sets and a gulas cover in two; gulas by air from Bilbao is the new part)",
         {"importer_country": "HK"}),
        ("WLF-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "050790",
         "Ешкі мүйізі, кептірілген, 40 кг", "KZ", 40, None, 400, "USD",
         "goat horns are dark, ridged and curved back; these are pale, amber, translucent, lyre-shaped horns with "
         "rings on the lower half: saiga antelope horns (Saiga tatarica, CITES App. II, zero quota for wild "
         "specimens) without CITES documents, by rail to Małaszewicze for a Warsaw 'pet chew' seller; Kazakh wording "
         "(saiga horn repeats in twelve sets; as goat horn by rail in Kazakh is the new part)",
         firm("Psie Przysmaki Sp. z o.o.", "PL")),
        ("WLF-06", "transit", "DEAIR01", "air", "MX", ["DE"], "HK", "030572",
         "Buche de corvina seco, 30 kg", "MX", 30, None, 900, "USD",
         "dried croaker maws are thin and sell for tens of dollars a kilo; these are thick, heart-shaped maws with "
         "long tubes, from fish over a metre long, that sell for thousands: totoaba swim bladders (Totoaba "
         "macdonaldi, CITES App. I) flown from Mexico City through Frankfurt in transit to Hong Kong without CITES "
         "documents; Mexican Spanish wording (totoaba repeats in nine sets; through Frankfurt is the new part)",
         {"importer_country": "HK"}),
        ("WLF-07", "import", "NLSEA01", "sea", "JM", [], "NL", "030792",
         "Frozen whelk meat, cleaned, 6 t", "JM", 6000, None, 36000, "USD",
         "whelk meat is small, grey and comes from cold-water Buccinum; these are large, pink-and-white cleaned "
         "muscles from a tropical conch with flared lips on the few shells kept as samples: queen conch (Aliger "
         "gigas, CITES App. II) without the CITES export permit, from Kingston for a Rotterdam seafood trader; "
         "Jamaican English wording (queen conch repeats in many sets and as "
         "whelk in two; from Jamaica to Rotterdam is the new part)", firm("Caribisch Zeevoedsel BV", "NL")),
        ("WLF-08", "import", "BEAIR01", "express", "ZA", [], "BE", "441990",
         "Houtbakke, handgemaak, 4 stuks", "ZA", 4, 4, 1980, "ZAR",
         "a curio order: the wooden bowls and beaded mats are what they say, but the third item's 'Strelitzia seed' "
         "is big, orange-red, plum-sized seeds with a fleshy coat: cycad seeds (Encephalartos, CITES App. I) "
         "without CITES permits, hidden as the last item of a three-item express declaration from Cape Town to a "
         "private person in Ghent; Afrikaans wording (cycads repeat in several sets; in a curio order as Strelitzia "
         "seed is new as far as a search found)",
         dict(person("Jan Peeters", "BE"),
              _more_items=[item("630419", "Kraalwerkmatte, 6 stuks", "ZA", 1.5, 900, "ZAR", qty=6),
                           item("120930", "Strelitzia-saad, 20 stuks", "ZA", 0.6, 120, "ZAR", qty=20)])),
        ("WLF-09", "import", "BEAIR01", "air", "TZ", [], "BE", "030819",
         "Majongoo yaliyokaushwa (Holothuria atra), kilo 120", "TZ", 120, None, 1800, "USD",
         "dried lollyfish (Holothuria atra) is small, black and cheap; these are large, heavy, teated white and black "
         "sea cucumbers that sell for hundreds a kilo: teatfish (Holothuria fuscogilva and whitmaei, CITES App. II) "
         "without CITES permits, flown from Dar es Salaam to a Brussels Asian grocer; Swahili wording (teatfish repeats "
         "in several sets; as lollyfish from Tanzania is the new part if no earlier set holds it)",
         firm("Asia Market Brussel SA", "BE")),
        ("WLF-10", "import", "PTPOST01", "post", "BR", [], "PT", "920992",
         "Escalas para violão em pau-ferro, blanks, 10 unidades", "BR", 4, 10, 300, "BRL",
         "pau-ferro fingerboard blanks are light brown with a tight grain and no scent; these are dark chocolate "
         "with black streaks and smell of roses when cut: Brazilian rosewood (Dalbergia nigra, CITES App. I, no "
         "exemption for parts) posted from Curitiba to a private person in Coimbra who builds guitars; Brazilian "
         "Portuguese wording (Dalbergia nigra repeats in seven sets; as pau-ferro blanks by post is the new part)",
         person("João Pereira", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "KR", "DE", "284700",
     "Hydrogen peroxide 35 %, 6 x 500 ml, for a licensed private user (hydroponics)", "KR", 3.4, 6, 60000, "KRW",
     [("PRECURSOR_LICENCE", "DE-BAM-40-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "express", "GB", "IE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (knife-maker's etching)", "GB", 2.8, 2, 30, "GBP",
     [("PRECURSOR_LICENCE", "IE-DOJ-40-0033")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IN", "DE", "381519",
     "Spent nickel-molybdenum hydroprocessing catalyst (16 08 02*), for metal recovery at a licensed plant, 40 t", "IN",
     40000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-40-0127")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "ITSEA01", "sea", "TR", "IT", "262019",
     "Electric arc furnace dust (10 02 07*), for Waelz zinc recovery at a licensed plant, 500 t", "TR",
     500000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-MASE-40-0088")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "GB", "IT", "290376",
     "Halon 1301, recovered and reclaimed, 8 cylinders, for critical use in aircraft fire protection", "GB",
     400, 8, 12000, "GBP",
     [("ODS_LICENCE", "IT-MASE-ODS-40-004")], "recovered halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "IN", "IT", "290379",
     "Bromochloromethane, 4 x 2.5 l, for a licensed laboratory use (analytical reference)", "IN", 20, 4, 400, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-40-011")], "bromochloromethane for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "970310",
     "Polychrome carved wood sculpture of a saint, Seville, 17th century, for a Guadalajara museum", "ES", 85, 1, 300000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-EXP-40-0117")], "Baroque sculpture exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "express", "IT", "US", "970610",
     "Illuminated leaf from a book of hours, Florence, c. 1470, documented provenance", "IT", 0.3, 1, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-40-0309")], "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "681519",
     "High-modulus carbon-fibre prepreg, unidirectional, 40 rolls, for a Korean satellite-structure maker", "IT",
     2000, 40, 90000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-40-0212"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-40-0061")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "IN", "850440",
     "Frequency changers, 3-phase, 1,200 Hz, 10 units, for an Indian textile-spindle test rig", "NL", 120, 10, 40000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-40-0175"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-40-0092")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "ID", "NL", "121190",
     "Agarwood chips (Aquilaria malaccensis), 500 kg, within the national export quota", "ID", 500, None, 60000, "USD",
     [("CITES_PERMIT", "ID-KLHK-40-0231")], "App. II agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "JM", "NL", "030792",
     "Queen conch meat (Aliger gigas), frozen, cleaned, 4 t, within the national export quota", "JM", 4000, None, 48000, "USD",
     [("CITES_PERMIT", "JM-NEPA-40-0044")], "App. II queen conch with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Mr D. Byrne", "PRM-05": "Avio Manutenzione Lombarda Srl",
    "PRM-07": "Museo de Arte Sacro de Guadalajara", "PRM-11": "Wierook Import BV",
    "PRM-12": "Caribisch Zeevoedsel BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330790", "Contact-lens peroxide system 3 %, with neutralising case, 360 ml", "import", ["post"], ["KR", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("190190", "Home-brew malt extract, liquid, 1.5 kg cans", "import", ["express"], ["GB"], (6, 10), (2, 5), ["GBP"], 0.7, S),
    ("380894", "No-rinse acid sanitiser for brewing (phosphoric acid based), 500 ml", "import", ["express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, S),
    ("283330", "Potash alum powder (phitkari), 1 kg", "import", ["post"], ["IN", "PK"], (4, 8), (1, 4), ["USD"], 1, S),
    ("250100", "Water-softener salt tablets, 25 kg sacks", "import", ["road"], ["UA", "TR"], (0.15, 0.3), (10000, 20000), ["EUR"], 0.04, S),
    ("382499", "Pond oxygen granules (sodium percarbonate), 1 kg tubs", "import", ["express"], ["TH", "JP"], (8, 15), (1, 4), ["USD"], 1, S),
    ("330430", "Nail-polish remover, ethyl acetate, 100 ml", "import", ["post"], ["MA", "TR"], (8, 15), (1, 3), ["EUR"], 8, S),
    ("381010", "Motorcycle tank rust remover, phosphoric acid gel, 1 l", "import", ["road"], ["BA", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.9, S),
    ("291814", "Citric acid, food grade, 25 kg bags", "import", ["sea"], ["CN"], (0.8, 1.2), (18000, 24000), ["USD"], None, S),
    ("330590", "Cream developer 20 vol (6 %), 1 l", "import", ["express"], ["BR", "US"], (5, 10), (1, 4), ["USD"], 1, S),
    ("284700", "Hydrogen peroxide 6 %, household stain remover, 1 l bottles", "import", ["sea"], ["IN", "TR"], (0.6, 1.2), (8000, 16000), ["USD"], 1, S),
    ("281820", "Activated alumina desiccant beads, new, 25 kg bags", "export", ["sea"], ["IN", "EG"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("321511", "Offset printing ink, black, new, sealed 2.5 kg cans", "export", ["road"], ["UA", "MD"], (4, 8), (1000, 4000), ["EUR"], 0.4, S),
    ("681182", "Fibre-cement flat sheets, asbestos-free, new", "export", ["rail"], ["MD", "UA"], (0.3, 0.6), (40000, 60000), ["EUR"], None, S),
    ("854143", "Solar panels, monocrystalline, new, 400 W, boxed", "export", ["sea"], ["GH", "SN"], (4, 7), (10000, 20000), ["EUR"], 0.05, S),
    ("850760", "E-bike batteries 36 V, new, UN 38.3 tested", "export", ["air"], ["SN", "CI"], (40, 70), (200, 600), ["EUR"], 0.3, S),
    ("260111", "Iron ore fines, non-agglomerated, assayed 62 % Fe", "import", ["sea"], ["BR", "CA"], (0.08, 0.12), (200000, 400000), ["USD"], None, S),
    ("700100", "Clean flint container-glass cullet, sorted", "export", ["sea"], ["AL", "MA"], (0.05, 0.1), (20000, 24000), ["EUR"], None, S),
    ("711299", "Sterling silver offcuts and filings from jewellers, assayed", "import", ["air"], ["CH", "GB"], (400, 700), (2, 10), ["EUR", "CHF"], None, S),
    ("271019", "Transformer insulating oil, new, PCB-free certificate", "export", ["road"], ["MK", "RS"], (1.5, 2.5), (10000, 18000), ["EUR"], None, S),
    ("440131", "Wood pellets ENplus A1, 15 kg bags", "import", ["sea"], ["AL", "BA"], (0.2, 0.3), (20000, 24000), ["EUR"], None, S),
    ("271112", "Propane cartridges for camping, 450 g", "import", ["sea"], ["TR", "KR"], (3, 5), (4000, 10000), ["EUR", "USD"], 2, S),
    ("841869", "Soft-serve ice-cream machines, new, R-290", "import", ["road"], ["TR"], (12, 20), (1000, 3000), ["EUR"], 0.008, S),
    ("390729", "Polyether polyol, virgin, no blowing agent, drums", "import", ["sea"], ["KR", "CN"], (1.5, 2.5), (16000, 20000), ["USD"], None, S),
    ("290312", "Dichloromethane, analytical grade, 2.5 l", "import", ["air"], ["IN", "DE"], (3, 6), (100, 400), ["USD"], 0.3, S),
    ("853180", "Boat air horns, electric, 12 V", "import", ["express"], ["TR", "US"], (20, 40), (1, 4), ["EUR", "USD"], 1, S),
    ("731100", "Nitrogen cylinders, empty, new, 50 l", "export", ["sea"], ["NG", "GH"], (2, 4), (2000, 6000), ["EUR"], 0.015, S),
    ("381400", "Watermark detector fluid for stamps, naphtha based, 100 ml", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 8, S),
    ("291513", "Ethyl formate, food flavouring grade, drums", "import", ["sea"], ["CN", "IN"], (2.5, 4), (4000, 8000), ["USD"], None, S),
    ("680299", "Garden stone ornaments, new, carved sandstone", "import", ["sea"], ["PK", "IN"], (0.5, 1), (8000, 16000), ["USD"], 0.05, S),
    ("691490", "Handmade ceramic coasters, glazed, new", "import", ["air"], ["MA", "TR"], (6, 12), (100, 300), ["EUR", "USD"], 5, S),
    ("960622", "Metal buttons for folk costumes, new, silver-plated", "import", ["post"], ["MK", "RS"], (30, 60), (1, 2), ["EUR"], 100, S),
    ("830629", "Lost-wax brass Buddha statuettes, new", "import", ["express"], ["KH", "TH"], (15, 30), (1, 5), ["USD"], 0.3, S),
    ("392640", "Resin statues of saints, new, painted", "export", ["sea"], ["MX", "CO"], (8, 14), (2000, 6000), ["EUR"], 0.3, S),
    ("680291", "Marble mosaic tabletops, new, machine-cut", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.05, S),
    ("711620", "Jade paperweights, new, carved", "import", ["rail"], ["CN"], (20, 40), (200, 600), ["USD"], 0.5, S),
    ("580500", "Alpaca wool tapestries, hand-woven, new", "import", ["air"], ["PE", "BO"], (40, 80), (100, 300), ["USD"], 0.5, S),
    ("848210", "Bicycle hub ball bearings, deep-groove", "export", ["road"], ["KZ", "GE"], (3, 6), (500, 2000), ["EUR"], 20, S),
    ("841459", "Aquarium air pumps, 5 W", "export", ["air"], ["AE", "SA"], (15, 30), (100, 400), ["EUR"], 1, S),
    ("950300", "Plastic toy spiders and insects, sets", "import", ["post"], ["CN", "MX"], (10, 20), (1, 3), ["USD"], 30, S),
    ("330741", "Sandalwood-scented incense cones, boxed", "import", ["express"], ["IN", "ID"], (20, 40), (1, 4), ["USD"], 20, S),
    ("920992", "Pau-ferro guitar fingerboard blanks (Machaerium scleroxylon)", "import", ["post"], ["BO", "US"], (30, 60), (1, 3), ["USD"], 3, S),
]
# Everyday trade: blind80's everyday rows (blind72's, make_blind_set.EVERYDAY_2032 without the goods that travel
# with health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and
# blind72's twelve rows, with blind80's four rows), with four new rows instead of blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940360", "Wooden bookcases, flat-packed", "import", ["sea"], ["VN", "PL"], (2, 4), (4000, 10000), ["USD", "EUR"], 0.05, N),
        ("611120", "Babies' cotton bodysuits, knitted", "import", ["sea"], ["BD", "IN"], (8, 14), (2000, 6000), ["USD"], 15, N),
        ("491110", "Printed gardening catalogues", "import", ["post", "express"], ["GB", "NL"], (5, 10), (1, 3), ["GBP", "EUR"], 2, N),
        ("732393", "Stainless-steel cooking pots", "import", ["sea"], ["CN", "IN"], (3, 6), (3000, 8000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind86", 20400701, HERE)


if __name__ == "__main__":
    main()
