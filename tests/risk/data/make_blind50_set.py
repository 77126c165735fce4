#!/usr/bin/env python3
"""Writes the fiftieth blind set (tests/risk/data/blind50-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 28 August 2034, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL50-*:

    python3 tests/risk/data/make_blind50_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 7, 1)
base.DAYS = 59  # 1 July to 28 August 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "GB", [], "FI", "250100",
         "Astianpesukoneen erikoissuola, karkea, 4 x 2 kg", "GB", 8, 4, 30, "GBP",
         "dishwasher salt is coarse sodium chloride at well under 1 GBP/kg; these white pellets carry the oxidiser "
         "pictogram and CAS 7775-09-9 under the retail sticker: sodium chlorate (Annex I above 40 %), by express to "
         "a private person; Finnish wording (sodium chlorate repeats; the dishwasher-salt cover is new)",
         person("Yksityishenkilö", "FI")),
        ("PRE-02", "import", "IEPOST01", "post", "US", [], "IE", "283330",
         "Alúm photaisiam, mordant le haghaidh ruaimniú olla, 2 kg", "US", 2, 2, 28, "USD",
         "potassium alum comes as clear octahedral crystals; these are glossy flaky plates in a bag marked CAS "
         "3811-04-9 and 'keep away from combustibles': potassium chlorate (Annex I above 40 %), posted to a private "
         "person as a wool-dyeing mordant, although oxidisers may not go by post; Irish-language wording (potassium "
         "chlorate repeats; the alum mordant cover and the Irish wording are new)",
         person("Duine príobháideach", "IE")),
        ("PRE-03", "import", "LTAIR01", "express", "US", [], "LT", "285390",
         "Demineralizuotas vanduo lygintuvams, 4 x 5 l", "US", 24, 4, 140, "USD",
         "20 litres of ironing water weigh 20 kg; these vented jerrycans weigh 24 kg, the density of about 50 % "
         "hydrogen peroxide (Annex I above 12 %), and carry UN 2014 under the label, for a private person; "
         "Lithuanian wording (hydrogen peroxide repeats; the steam-iron water cover is new)",
         person("Privatus asmuo", "LT")),
        ("PRE-04", "import", "SKAIR01", "express", "US", [], "SK", "290512",
         "Izopropylalkohol 99,9 %, čistič elektroniky, 4 x 5 l", "US", 22.7, 4, 210, "USD",
         "20 litres of isopropanol weigh 15.7 kg; 22.7 kg is 1.13 kg/l, the density of nitromethane (Annex I above "
         "16 %), for a private person who gives no workshop; Slovak wording (nitromethane repeats; an isopropanol "
         "cover is new for it)", person("Súkromná osoba", "SK")),
        ("PRE-05", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Tégla- és térkőtisztító, 10 %-os sósav alapú, 10 x 5 l", "RS", 92, 10, 75, "EUR",
         "50 litres of 10 % hydrochloric brick cleaner weigh about 52 kg; 92 kg is 1.84 kg/l, the density of 96 % "
         "sulphuric acid (Annex I above 15 %), brought by car from Subotica for a private person; Hungarian wording "
         "(sulphuric acid repeats; the brick-and-paving cleaner cover and the density against hydrochloric acid "
         "are new)", person("Magánszemély", "HU")),
        ("PRE-06", "import", "PLROAD01", "road", "UA", [], "PL", "310430",
         "Siarczan potasu, nawóz ogrodniczy, 10 x 25 kg", "UA", 250, 10, 160, "EUR",
         "a garden order for a private person whose third line, 'granulated potassium sulphate, premium', is 400 kg "
         "of hard white prills printed '34,4 % N' under the sticker: ammonium nitrate (Annex I at 16 % N or more), "
         "not a potash fertiliser, hidden between potassium sulphate and dolomite; Polish wording (ammonium nitrate "
         "repeats many sets, and potassium sulphate covered potassium perchlorate in two earlier rows; ammonium nitrate as potassium sulphate in a multi-item garden order is new)",
         {"consignee_name": "Osoba prywatna", "importer_country": "PL",
          "_more_items": [item("251810", "Dolomit granulowany, 20 x 25 kg", "UA", 500, 90, "EUR", qty=20),
                          item("310430", "Siarczan potasu granulowany 'premium', 16 x 25 kg", "UA", 400, 240, "EUR", qty=16)]}),
        ("PRE-07", "import", "ESAIR01", "express", "US", [], "ES", "252910",
         "Feldespato potásico para esmaltes cerámicos, 10 kg", "US", 10, 2, 120, "USD",
         "potash feldspar is a gritty, insoluble mineral powder costing about 1 USD/kg; this fine white powder "
         "dissolves in hot water and its inner bag gives CAS 7778-74-7 and the oxidiser pictogram: potassium "
         "perchlorate (Annex I above 40 %) at 12 USD/kg for a private 'potter'; Spanish wording (potassium "
         "perchlorate repeats; the glaze-feldspar cover is new)", person("Particular", "ES")),
        ("PRE-08", "import", "DEPOST01", "post", "CH", [], "DE", "285390",
         "Oxydator-Nachfüllflüssigkeit 6 %, Aquarium, 2 x 5 l", "CH", 12, 2, 90, "CHF",
         "aquarium oxydators run on 3-12 % peroxide sold in 1-litre bottles that weigh 1.0 kg/l; two vented "
         "5-litre cans weighing 12 kg (1.2 kg/l) are about 50 % hydrogen peroxide (Annex I above 12 %), posted "
         "to a private person; Swiss German wording (hydrogen peroxide repeats; the oxydator refill cover is new)",
         person("Privatperson", "DE")),
        ("PRE-09", "import", "HRROAD01", "road", "BA", [], "HR", "220900",
         "Alkoholna sirćetna esencija 25 %, 12 x 1 l", "BA", 16.7, 12, 30, "EUR",
         "12 litres of vinegar essence weigh about 12.4 kg and smell of vinegar; these bottles weigh 16.7 kg "
         "(1.39 kg/l), give off yellow-brown fumes when opened and stain the caps: about 65 % nitric acid "
         "(Annex I above 3 %), brought by car from Bosnia for a private person; Bosnian wording (nitric acid "
         "repeats; the vinegar-essence cover and the route from Bosnia are new)",
         person("Fizička osoba", "HR")),
        ("PRE-10", "import", "GRPOST01", "post", "CN", [], "GR", "282720",
         "Χλωριούχο ασβέστιο για υγραντήρες (παγίδες υγρασίας), ανταλλακτικά 20 kg", "CN", 20, 20, 70, "USD",
         "damp-trap refills are calcium chloride tablets in 1 kg bags; a 20 kg sack of fine white powder whose "
         "label under the sticker gives CAS 7601-89-0 and the oxidiser pictogram is sodium perchlorate (Annex I "
         "above 40 %), posted to a private person; Greek wording (sodium perchlorate repeats; the damp-trap cover "
         "is new)", person("Ιδιώτης", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "CN", "380110",
         "Synthetischer Graphit, Anodenqualität, Fehlcharge, Big Bags, 60 t", "DE", 60000, 60, 96000, "EUR",
         "off-spec anode graphite is pure carbon; this black powder assays 9 % nickel, 6 % cobalt and lithium, "
         "with electrolyte fluoride: shredded lithium-ion battery 'black mass' (A1170/A1180, hazardous in the EU "
         "list of waste), hazardous waste whose export to a non-OECD country is banned; German wording (black mass repeats "
         "earlier sets; the off-spec anode-graphite cover is new)", {"importer_country": "CN"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AO", "281512",
         "Soda cáustica em solução, 25 %, isotanques, 4 x 20 t", "PT", 80000, 4, 4000, "EUR",
         "caustic soda lye costs about 300 EUR/t and is clear; this dark, stinking liquid at 50 EUR/t is spent "
         "caustic from a refinery's sulphide scrubbing (05 01 11*, Y35 with sulphides and phenols), hazardous "
         "waste to a non-OECD country; Portuguese wording (spent caustic repeats in two earlier rows; the route "
         "to Angola and the isotank wording are new)", {"importer_country": "AO"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "SN", "380891",
         "Insecticidas agrícolas para reformulación, bidones, 120 u.", "ES", 24000, 120, 6000, "EUR",
         "the drums date from the 1990s, are bulging and rusted and hold lindane and endosulfan: obsolete "
         "pesticide stock (02 01 08*, Y4, POPs), hazardous waste whose export to a non-OECD country is banned, "
         "dressed as raw material for reformulation; Spanish wording (obsolete pesticides "
         "'for reformulation' repeat two earlier rows; the route to Senegal and the Spanish wording are new)", {"importer_country": "SN"}),
        ("WST-04", "export", "BEAIR01", "air", "BE", [], "GN", "300490",
         "Médicaments, don humanitaire, 140 cartons", "BE", 2100, 140, 1500, "EUR",
         "the cartons hold medicines that expired one to three years ago, recalled stock and opened packs "
         "collected from pharmacies: waste pharmaceuticals (Y3, 18 01 09 and cytostatics 18 01 08*) sent as a "
         "donation for disposal in a non-OECD country; Belgian French wording (expired medicines as donations "
         "repeat, once by sea to Kinshasa; the air route to Conakry is new)", {"importer_country": "GN"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "251110",
         "Teruggewonnen bariet, verzwaringsmiddel voor boorspoeling, 30 t", "NL", 30000, None, 1500, "EUR",
         "natural barite is a clean grey powder at about 200 EUR/t; this wet, oil-smelling paste at 50 EUR/t is "
         "oil-based drill cuttings from a North Sea platform (01 05 05*, Y9), hazardous waste to a non-OECD "
         "country; Dutch wording (drill cuttings repeat in a few earlier rows; the recovered-barite cover is new)",
         {"importer_country": "GH"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "382000",
         "Lichid antigel regenerat, gata de utilizare, 24 IBC", "RO", 24000, 24, 3600, "EUR",
         "ready-mixed antifreeze is coloured and clear; this murky brown liquid with oil and metal fines at "
         "0.15 EUR/kg is used coolant drained at scrapyards (16 01 14*), hazardous waste to a non-OECD country "
         "without notification; Romanian wording (used coolant as recycled antifreeze "
         "repeats, to Angola and in transit to Bosnia; the road route to Moldova and the Romanian wording are new)", {"importer_country": "MD"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "720449",
         "Σκραπ χάλυβα, συμπιεσμένα δέματα, 22 t", "GR", 22000, None, 3000, "EUR",
         "the bales are crushed used oil filters still dripping engine oil (16 01 07*), not clean steel scrap: "
         "hazardous waste to a non-OECD country, where clean steel scrap would be green-listed; Greek wording "
         "(oil filters repeat; the route to Egypt and the baled-scrap wording are new)", {"importer_country": "EG"}),
        ("WST-08", "transit", "BESEA01", "sea", "GB", ["BE"], "GH", "940360",
         "Used household goods and furniture, personal effects, 1 x 40' container", "GB", 9000, 1, 2000, "GBP",
         "behind a wall of sofas the container holds 60 CRT televisions, 14 fridges with CFC foam and loose "
         "laptop batteries: WEEE (A1180) routed in transit through Antwerp to Ghana as a returning family's "
         "effects, without notification; British English wording (personal-effects containers repeat; the "
         "transit through Antwerp from the UK is new)", {"importer_country": "GH"}),
        ("WST-09", "import", "DEROAD01", "road", "CH", [], "DE", "290512",
         "Isopropanol technisch, 99 %, Tankcontainer 20 t", "CH", 20000, None, 2000, "EUR",
         "technical isopropanol costs about 1,000 EUR/t; at 100 EUR/t this yellowish liquid with solvent residues "
         "from tablet coating is spent solvent from a pharmaceutical plant (07 05 04*), hazardous waste whose "
         "shipment between OECD countries needs prior notification and consent; Swiss German wording (spent "
         "solvents repeat; the import from Switzerland as technical isopropanol is new)", {"importer_country": "DE"}),
        ("WST-10", "export", "HUROAD01", "road", "HU", [], "RS", "850760",
         "Új e-bike akkumulátorok, 36 V, 400 db", "HU", 1200, 400, 2000, "EUR",
         "new 36 V e-bike batteries cost about 300 EUR; at 5 EUR each, with scuffed casings, recall stickers and "
         "swollen cells, these are collected end-of-life lithium-ion batteries (16 06 05 with hazardous cells, "
         "A1180), hazardous waste to a non-OECD country; Hungarian wording (lithium batteries and e-bike packs "
         "repeat; the 'new' cover by road to Serbia is new)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "841829",
         "Cantinette vino termoelettriche, 48 bottiglie, 300 pz", "CN", 13500, 300, 45000, "USD",
         "thermoelectric wine coolers have no compressor; these have one, with a rating plate giving 95 g of "
         "R-134a (GWP 1,430): household fridges with HFCs of GWP 150 or more may not be placed on the market; "
         "Italian wording (HFC fridges repeat; the thermoelectric wine-cooler cover is new)", {"importer_country": "IT"}),
        ("OZN-02", "import", "ATAIR01", "air", "CN", [], "AT", "950590",
         "Luftschlangen-Spray, Partyartikel, 250 ml, 9.600 Dosen", "CN", 2400, 9600, 4800, "USD",
         "party-string sprays are propelled by hydrocarbons; the cans' safety sheet gives HFC-134a: novelty "
         "aerosols with HFCs of GWP 150 or more are banned; Austrian German wording (party-string aerosols "
         "repeat one earlier row, and novelty aerosols several, as fan horns in blind40 and blind48; the air "
         "route to Austria and the Austrian wording are new)", {"importer_country": "AT"}),
        ("OZN-03", "import", "NLSEA01", "sea", "IL", [], "NL", "281290",
         "Sulfurylfluoride, begassingsmiddel, cilinders 50 kg, 40 st.", "IL", 2000, 40, 30000, "USD",
         "the cylinders' stamped contents and a gas test give methyl bromide, not sulfuryl fluoride: methyl "
         "bromide, an ODS, may not be placed on the EU market, not even for quarantine; Dutch wording (methyl "
         "bromide repeats many sets, a sulfuryl-fluoride cover in a few; the import from Israel is new)",
         {"importer_country": "NL"}),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "730890",
         "Płyty warstwowe chłodnicze, używane, z demontażu, 600 m2", "UA", 9000, 600, 7200, "EUR",
         "the panels of a 1980s cold store are foamed with CFC-11 (the yellow, brittle foam and a lab test give "
         "it): products containing ODS may not be imported, and the foam is ODS waste; Polish wording (CFC-11-blown "
         "cold-store panels repeat one earlier row, in German; the import by road from Ukraine and the Polish "
         "wording are new)", {"importer_country": "PL"}),
        ("OZN-05", "import", "FRPOST01", "post", "US", [], "FR", "842410",
         "Extincteurs anciens en laiton, décoratifs, vides, 3 pcs", "US", 9, 3, 150, "USD",
         "'empty' collectors' extinguishers whose gauges stand in the green and that weigh 3 kg each are charged "
         "with halon 1211: halons may not be imported outside licensed critical uses, and pressurised cylinders "
         "may not go by post; French wording (halon extinguishers repeat; the decorative-antique cover by post "
         "is new)", person("M. T. Dubois", "FR")),
        ("OZN-06", "import", "SESEA01", "sea", "TR", [], "SE", "841850",
         "Kyldiskar för livsmedelsbutiker, köldmedium R-744, 24 st.", "TR", 14400, 24, 86000, "EUR",
         "plug-in CO2 display cases have thick high-pressure piping; these have thin copper lines and plates giving "
         "R-404A (GWP 3,922): commercial refrigeration with HFCs of GWP 150 or more may not be placed on the "
         "market; Swedish wording (R-404A display cases "
         "appear in one earlier row, declared as such; declared as R-744, from Türkiye, they are new)", {"importer_country": "SE"}),
        ("OZN-07", "import", "CZROAD01", "road", "RS", [], "CZ", "853720",
         "Rozváděče VN 22 kV, izolace čistým vzduchem, 12 ks", "RS", 14400, 12, 180000, "EUR",
         "the gas-tank nameplates and density monitors give sulphur hexafluoride, not clean air: medium-voltage "
         "switchgear up to 24 kV insulated with SF6 may not be placed on the market under Regulation 2024/573; "
         "Czech wording (SF6 switchgear appears in a few earlier rows; the clean-air claim and the road route "
         "from Serbia are new)", {"importer_country": "CZ"}),
        ("OZN-08", "import", "DKAIR01", "express", "US", [], "DK", "382499",
         "Rettevæske til kontorbrug, 20 ml, 480 flasker", "US", 14, 480, 240, "USD",
         "modern correction fluids use solvent-free or methylcyclohexane bases; these old-stock bottles "
         "smell sweet and their label gives 1,1,1-trichloroethane (methyl chloroform), an ODS whose products may "
         "not be placed on the market, to an office-supplies reseller; Danish wording (methyl chloroform "
         "repeats; the correction-fluid cover is new)", firm("Kontorhuset ApS", "DK")),
        ("OZN-09", "import", "BEAIR01", "air", "IN", [], "BE", "290919",
         "Hydrofluoroether precision cleaning solvent (HFE-7100), 20 drums", "IN", 5000, 20, 30000, "USD",
         "HFE-7100 costs about 60 USD/kg; at 6 USD/kg and with a boiling point of 48 °C the drums hold CFC-113, "
         "an ODS whose import is banned outside licensed feedstock and laboratory uses; Indian English wording "
         "(CFC-113 repeats, and an HFE cover from India hid HCFC-225 in an earlier row; CFC-113 under it, by air "
         "to Belgium, is new)", {"importer_country": "BE"}),
        ("OZN-10", "transit", "LVSEA01", "sea", "TR", ["LV"], "BY", "381300",
         "Огнетушащие заряды для судовых систем, 30 баллонов", "TR", 1800, 30, 24000, "USD",
         "the cylinders hold halon 2402 (stamped 'хладон 114В2'), refilled in Türkiye for Belarusian river "
         "vessels, routed through Riga: entry into the EU, transit included, counts as import for "
         "ozone-depleting substances, and halon may not be imported outside licensed critical uses; Russian wording (halon 2402 repeats; transit through Riga to Belarus is "
         "new)", {"importer_country": "BY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRPOST01", "post", "AM", [], "FR", "711719",
         "Декоративный латунный пояс, сувенир, 1 шт.", "AM", 0.9, 1, 45, "USD",
         "a sheet-bronze belt incised with horsemen, chariots and lions in rows is an Urartian belt (8th-7th "
         "century BC), dug from a cemetery in the Armenian highlands: archaeological finds need an export "
         "permit and, as archaeological objects over 250 years old, an EU import licence (Regulation 2019/880); "
         "Russian wording (Urartian bronzes appear in two earlier rows; the belt as a brass souvenir by post is new)",
         person("Mme Claire Martin", "FR")),
        ("CUL-02", "import", "DEAIR01", "air", "MX", [], "DE", "691390",
         "Urnas decorativas de barro negro de Oaxaca, artesanía, 6 pzas", "MX", 30, 6, 180, "USD",
         "one 'urn' is not black barro negro but a grey Zapotec funerary urn of a seated deity with a Cocijo "
         "headdress (Monte Albán, 300-700 AD), with root marks: pre-Hispanic objects belong to the Mexican nation "
         "and may not be exported, and need an EU import licence; Mexican Spanish wording (Zapotec urns are new to "
         "these sets)", {"importer_country": "DE"}),
        ("CUL-03", "import", "FRPOST01", "post", "DO", [], "FR", "680299",
         "Figura de piedra tallada, artesanía dominicana, 1 ud.", "DO", 2.5, 1, 30, "USD",
         "a three-pointed stone with a carved face and worn surfaces is a Taíno zemí (1000-1500 AD) from a cave "
         "site: pre-Columbian heritage that the Dominican Republic forbids to export, needing an EU import "
         "licence; Dominican Spanish wording (Taíno objects repeat, a duho and a three-pointer from "
         "Haiti among them; a three-pointer from the Dominican Republic as a new craft carving by post is new)", person("Sophie Bernard", "FR")),
        ("CUL-04", "import", "PTSEA01", "sea", "BR", [], "PT", "691390",
         "Vasos de cerâmica decorativa, réplicas marajoaras, 20 peças", "BR", 160, 20, 600, "USD",
         "among the replicas are two large urns with incised and red-painted anthropomorphic faces, old breaks "
         "and black soil inside: Marajoara funerary urns (400-1400 AD) from Marajó island, federal property in "
         "Brazil that may not leave it; Brazilian Portuguese wording (Marajoara pottery is new to these sets)",
         {"importer_country": "PT"}),
        ("CUL-05", "import", "DEAIR01", "express", "AE", [], "DE", "711411",
         "Silver drinking horn, decorative tableware, 1 pc", "IR", 1.1, 1, 400, "USD",
         "a silver rhyton ending in a gazelle's forepart, with horn-silver corrosion, is Parthian (1st century BC "
         "- 2nd century AD) from western Iran, sent by a Dubai dealer: archaeological objects over 250 years old "
         "need an EU import licence, and Iran forbids their export; English wording (a rhyton appears in one "
         "earlier row; Parthian silver is new)", person("Herr K. Becker", "DE")),
        ("CUL-06", "export", "DEAIR01", "express", "DE", [], "CH", "711291",
         "Goldbruch, Schmuckreste, 85 g", "DE", 0.085, 1, 4800, "EUR",
         "the 'gold scrap' is eleven cup-shaped Celtic gold staters (Regenbogenschüsselchen, 2nd-1st century BC) "
         "from an unreported detector find in Bavaria, going to a Swiss auction house: archaeological objects "
         "need an export licence at any value; German wording (rainbow-cup staters "
         "repeat two earlier rows, both Bohemian finds, and gold scrap covered pre-Columbian gold once; Celtic "
         "staters as gold scrap, from Bavaria for a Swiss auction, are new)", {"importer_country": "CH"}),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "GB", "711719",
         "Broche vintage de bronce, bisutería, 1 ud.", "ES", 0.1, 1, 25, "EUR",
         "a cast bronze eagle brooch with garnet cells and a corroded pin is a Visigothic aquiliform fibula "
         "(6th century) from a looted necropolis: archaeological finds are public property in Spain and need an "
         "export licence at any value; Spanish wording (Visigothic objects appear in one earlier row and "
         "costume-jewellery covers in several; a Visigothic fibula as a costume brooch by post to Britain is new)", {"importer_country": "GB"}),
        ("CUL-08", "export", "GRPOST01", "post", "GR", [], "US", "691390",
         "Πήλινα ειδώλια, αντίγραφα μουσείου, 4 τεμ.", "GR", 0.6, 4, 40, "EUR",
         "no museum-shop label or receipt: the 'copies' are Mycenaean Phi- and Psi-type terracotta figurines "
         "(14th-13th century BC) with root marks and burial encrustation: Greek antiquities are state property "
         "and need an export licence at any value; Greek wording (Mycenaean finds appear in one earlier row; "
         "museum-copy figurines by post are new)", {"importer_country": "US"}),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "691490",
         "Pot tanah liat untuk taman, kerajinan Jawa, 1 x 20' kontainer", "ID", 4200, 180, 3600, "USD",
         "a container of Javanese garden pottery whose last line, 'terracotta heads, antique style', is nine "
         "Majapahit terracotta heads and a piggy bank (13th-15th century) from Trowulan, with old soil: "
         "Indonesian cultural property that may not leave the country and needs an EU import licence; Indonesian "
         "wording (Majapahit terracottas appear in one earlier row; the garden-pottery multi-item load is new)",
         {"importer_country": "NL",
          "_more_items": [item("691490", "Pot tanah liat besar, 60 buah", "ID", 2400, 1200, "USD", qty=60),
                          item("691490", "Kepala terakota, gaya antik, 10 buah", "ID", 25, 100, "USD", qty=10)]}),
        ("CUL-10", "export", "CZAIR01", "express", "CZ", [], "US", "490590",
         "Dekorativní glóbus, reprodukce, nový, 2 ks", "CZ", 12, 2, 180, "EUR",
         "the 'new reproductions' are a pair of 1790s Viennese terrestrial and celestial globes with hand-coloured "
         "gores, old repairs and a library stamp, taken from a Moravian monastery library listed as a cultural "
         "monument: they need an export licence, and stolen property may not be sold; Czech wording (globes appear "
         "in two earlier rows; a Moravian library pair as new reproductions is new)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "PLAIR01", "air", "PL", [], "TJ", "940542",
         "Taśmy LED, 5 m, 12 kartonów", "PL", 180, 12, 96000, "EUR",
         "LED strips cost a few euros a metre; the cartons hold reels of microcontrollers and FPGAs (CN 8542, "
         "common high-priority items) worth 96,000 EUR for a Dushanbe firm that forwards to Russia: no re-export "
         "to Russia under Regulation 833/2014; Polish wording (microcontrollers repeat; LED strips to Tajikistan "
         "are new)", {"importer_country": "TJ"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "OM", "841370",
         "Bombas de piscina autocebantes, 40 uds.", "ES", 4800, 40, 240000, "EUR",
         "pool pumps cost a few hundred euros; at 6,000 EUR each these seal-less magnetic-drive pumps with "
         "PTFE-lined casings and Hastelloy shafts are chemical-plant pumps for corrosive fluids (2B350.i), which "
         "need a licence, for a Sohar trader whose buyer is an Iranian chemical plant; Spanish wording (seal-less "
         "pumps as pool pumps are new to these sets as far as a search found)",
         {"importer_country": "OM"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", [], "KZ", "570339",
         "Maschinengetuftete Teppiche, Polypropylen, 80 Stück", "DE", 2400, 80, 640000, "EUR",
         "machine-tufted polypropylene rugs cost under 100 EUR; at 8,000 EUR each, with knots on the back and silk "
         "pile, these are hand-knotted Persian carpets from a Hamburg free-port stock, for an Almaty firm that "
         "sells to Moscow: carpets over 300 EUR are luxury goods whose sale for use in Russia is banned (Annex "
         "XVIII of Regulation 833/2014); German wording (luxury carpets for Russia are new to these sets)",
         {"importer_country": "KZ"}),
        ("STR-04", "import", "LTRAIL01", "rail", "TM", ["KZ", "RU", "BY"], "LT", "271119",
         "Suskystintos naftos dujos (propanas-butanas), Turkmėnistano kilmės, 12 cisternų", "TM", 600000, 12, 330000, "USD",
         "the tank wagons were filled at a Russian gas-processing plant (the wagon waybills and gas analysis give "
         "it) and only relabelled as Turkmen: Russian LPG, whose import is banned (Annex XXI of Regulation "
         "833/2014); Lithuanian wording (Russian LPG repeats, once declared Kazakh by rail to Poland; a Turkmen "
         "origin by rail to Lithuania is new)",
         {"importer_country": "LT"}),
        ("STR-05", "export", "SESEA01", "sea", "SE", [], "GE", "845961",
         "Begagnad fräsmaskin, 3-axlig, 1 st.", "SE", 14000, 1, 380000, "EUR",
         "a used 3-axis mill costs about 40,000 EUR; this 380,000 EUR machine has a tilting rotary table and "
         "five simultaneously controlled axes (2B001 class, and a common high-priority item), going to a Poti "
         "trader that re-exports to Russia; Swedish wording (5-axis machines repeat; the used 3-axis cover via "
         "Georgia is new)", {"importer_country": "GE"}),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "PK", "950710",
         "Angelruten-Rohlinge, Kohlefaser, 40 Rollen", "DE", 800, 40, 120000, "EUR",
         "rod blanks are cured tubes; these are refrigerated rolls of uncured intermediate-modulus carbon-fibre "
         "prepreg (1C010.e) at 150 EUR/kg, which need a licence, for a Lahore firm supplying missile programmes; "
         "German wording (prepreg repeats; the fishing-rod-blank cover is new)", {"importer_country": "PK"}),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "AE", "853939",
         "Ksenoon-välklambid fotostuudiole, 200 tk", "EE", 6, 200, 120000, "EUR",
         "studio flash tubes cost 20 EUR; at 600 EUR each these ceramic-metal tubes with three electrodes are "
         "triggered spark gaps (3A228), nuclear firing-set parts that need a licence, for a Dubai trader fronting "
         "for Pakistan; Estonian wording (spark gaps repeat; the studio flash-tube cover is new)",
         {"importer_country": "AE"}),
        ("STR-08", "export", "ROSEA01", "sea", "RO", [], "GE", "852589",
         "Camere auto de bord (dashcam), 400 buc.", "RO", 120, 400, 360000, "EUR",
         "dashcams cost 50 EUR; at 900 EUR each these 640x512 uncooled thermal imaging cores with shutter and "
         "germanium lens (6A003.b.4, common high-priority items) go to a Tbilisi trader that ships on to Russia; "
         "Romanian wording (thermal cores repeat several sets; the dashcam cover is new)",
         {"importer_country": "GE"}),
        ("STR-09", "export", "FIROAD01", "road", "FI", [], "UZ", "401120",
         "Kuorma-auton renkaat, 315/80 R22.5, 120 kpl", "FI", 7200, 120, 48000, "EUR",
         "a truck-tyre load for a Tashkent dealer whose third line, 'retreaded truck tyres', is 24 aircraft main-"
         "wheel tyres (46x17R20) for A320 and Boeing 737: aircraft parts whose sale for use in Russia is banned "
         "(Annex XI of Regulation 833/2014), for a dealer serving Russian airlines; Finnish wording (aircraft "
         "tyres appear in two earlier rows; the retreaded-truck-tyre line in a multi-item load is new)",
         {"importer_country": "UZ",
          "_more_items": [item("401120", "Kuorma-auton renkaat, 385/65 R22.5, 40 kpl", "FI", 2800, 18000, "EUR", qty=40),
                          item("401212", "Pinnoitetut kuorma-auton renkaat, 24 kpl", "FI", 2100, 60000, "EUR", qty=24)]}),
        ("STR-10", "import", "ITSEA01", "sea", "TR", [], "IT", "720839",
         "Sıcak haddelenmiş çelik rulo, Türk menşeli, 2,5 mm, 2.400 t", "TR", 2400000, None, 1300000, "USD",
         "the mill certificates give slab heat numbers from a Russian steelworks: hot-rolled coil processed in "
         "Türkiye from Russian semi-finished steel, whose import is banned (Annex XVII of Regulation 833/2014) "
         "whatever its declared origin; Turkish wording (slab origin is new to these sets as far as a search "
         "found)", {"importer_country": "IT"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "SB", [], "NL", "010620",
         "Blue-tongued skinks (Tiliqua), captive bred, 12 pcs", "SB", 8, 12, 1200, "USD",
         "blue-tongued skinks live in Australia and Indonesia, not the Solomons; green skinks with prehensile "
         "tails are Solomon Islands monkey-tailed skinks (Corucia zebrata, CITES App. II), wild-caught without an "
         "export permit; English wording (Corucia is new to these sets)", {"importer_country": "NL"}),
        ("WLF-02", "import", "PTAIR01", "air", "BR", [], "PT", "010620",
         "Tartarugas de aquário, criação comercial, 300 filhotes", "BR", 6, 300, 600, "USD",
         "the hatchlings have yellow head spots: yellow-spotted river turtles (Podocnemis unifilis, CITES App. II) "
         "taken from Amazon nesting beaches, without an export permit; Brazilian Portuguese wording (Podocnemis "
         "is new to these sets)", {"importer_country": "PT"}),
        ("WLF-03", "import", "ITSEA01", "sea", "PY", [], "IT", "410711",
         "Cuero vacuno estampado tipo lagarto, 2.000 pies2", "PY", 1200, 2000, 30000, "USD",
         "printed calf has a regular pattern and no scale pockets; these skins have real overlapping scales "
         "and belly bands of Argentine tegus (Salvator merianae, CITES App. II), without an export permit; "
         "Paraguayan Spanish wording (tegu skins appear in a few earlier rows; the lizard-print calf cover is new)",
         {"importer_country": "IT"}),
        ("WLF-04", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Sciages de tali (Erythrophleum), 40 m3", "CM", 36000, None, 28000, "EUR",
         "tali is dark reddish-brown with interlocked grain and a smell of pepper; these yellow-brown boards that "
         "darken to copper are doussié (Afzelia spp., CITES App. II since 2023), without an export permit; "
         "French wording (Afzelia appears in a few earlier rows; the tali cover is new)", {"importer_country": "BE"}),
        ("WLF-05", "transit", "NLSEA01", "sea", "ID", ["NL"], "HK", "030572",
         "Dried fish maw, croaker, 1.2 t", "ID", 1200, None, 18000, "USD",
         "in the cartons of croaker maw are 300 kg of dried fins of white-spotted wedgefish (Rhynchobatus "
         "australiae, CITES App. II), routed in transit through Rotterdam to Hong Kong to break the trail; English "
         "wording (wedgefish fins repeat in three earlier rows and a fish-maw row from Cameroon to Hong Kong appears once; "
         "transit through Rotterdam from Indonesia is new)",
         {"importer_country": "HK"}),
        ("WLF-06", "import", "FRPOST01", "post", "CN", [], "FR", "081340",
         "中药材：枸杞子，干果，2 kg", "CN", 2, 1, 40, "USD",
         "a herbal order whose second line, 'dried konjac slices', is bai ji: dried, horny white tubers of "
         "Bletilla striata (Orchidaceae, CITES App. II, tubers not exempt), beside Dendrobium stems (also App. II), "
         "without a permit; Chinese wording (Bletilla appears in one earlier row; the konjac cover in a herbal order is new)",
         {"consignee_name": "Particulier", "importer_country": "FR",
          "_more_items": [item("121190", "干燥魔芋片，1 kg", "CN", 1, 20, "USD", qty=1),
                          item("121190", "石斛，干茎，0.5 kg", "CN", 0.5, 30, "USD", qty=1)]}),
        ("WLF-07", "import", "ESROAD01", "road", "MA", [], "ES", "010619",
         "Chiots chihuahua, élevage familial, 5 têtes", "MA", 7, 5, 500, "EUR",
         "chihuahua puppies have round heads and short muzzles; these sand-coloured animals with huge ears, "
         "pointed muzzles and furry soles are fennec foxes (Vulpes zerda, CITES App. II), taken from the wild in "
         "the Moroccan south and brought by car on the Tanger Med ferry without permits; Moroccan French "
         "wording (fennecs and the puppy cover are new to these sets)", person("Particular", "ES")),
        ("WLF-08", "import", "PLAIR01", "air", "MY", [], "PL", "010620",
         "Labi-labi (Pelodiscus sinensis), ternakan, 30 ekor", "MY", 15, 30, 1500, "USD",
         "farmed Chinese softshell turtles have flat, leathery shells; these have star-rayed yellow lines on raised domes: "
         "Indian star tortoises (Geochelone elegans, CITES App. I since 2019), smuggled from India through "
         "Malaysia; Malay wording (star tortoises appear in two earlier rows, once beside softshell turtles among "
         "ornamental fish; declared as farmed softshells by air from Malaysia they are new)",
         {"importer_country": "PL"}),
        ("WLF-09", "import", "NLAIR01", "air", "NA", [], "NL", "060290",
         "Sansevieria-plante, kwekerygekweek, in potte, 120 stuks", "NA", 480, 120, 1800, "USD",
         "nursery sansevierias have upright sword leaves in potting soil; these have two strap leaves split at "
         "the tips, a woody crown and desert gravel on bare taproots: young Welwitschia mirabilis (CITES App. II) "
         "dug in the Namib, without an export permit; Afrikaans wording (Welwitschia is new to these sets)",
         {"importer_country": "NL"}),
        ("WLF-10", "import", "DEAIR01", "air", "MZ", [], "DE", "440799",
         "Holzrohlinge für Drechsler, Ebenholz-Ersatz, 400 kg", "MZ", 400, None, 2400, "USD",
         "the dark, oily billets are African blackwood (Dalbergia melanoxylon, CITES App. II), the clarinet wood, "
         "cut from wild trees and exported without a permit; German wording (African blackwood appears in two "
         "earlier rows; the ebony-substitute turning-blank cover is new)", {"importer_country": "DE"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "280800",
     "Nitric acid 65 %, 12 x 1 l, for a licensed private metal-refining hobbyist", "BA", 16.7, 12, 40, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-34-0219")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "CH", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private pond keeper", "CH", 2.3, 2, 30, "CHF",
     [("PRECURSOR_LICENCE", "DE-BKA-34-1173")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854919",
     "Lithium-ion battery black mass, hazardous, for hydrometallurgical recovery, 60 t", "DE", 60000, 60, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-34-1044")], "notified black mass to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "export", "NLSEA01", "sea", "NL", "NO", "382590",
     "Oil-based drill cuttings (01 05 05*), for thermal treatment, 30 t", "NL", 30000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-34-0388")], "notified drill cuttings to a licensed treatment plant in the OECD"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 2402, recovered, 10 cylinders, for critical use in military vehicle fire protection", "US", 600, 10, 18000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-34-0012")], "recovered halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "BEAIR01", "air", "US", "BE", "290345",
     "HFC-134a pharmaceutical grade, 20 cylinders, for metered-dose inhaler filling, quota holder", "US", 1000, 20, 12000, "USD",
     [("FGAS_QUOTA", "BE-FG-34-0093")], "HFC for inhaler manufacture under a quota authorisation"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Celtic gold staters, 6 pcs, from a collection documented since 1962, to a Swiss auction", "DE", 0.05, 6, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BY-34-0207")], "archaeological coins with their export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970690",
     "Pair of terrestrial and celestial globes, Vienna, 1790s, private property, sold to a US museum", "CZ", 12, 2, 95000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-34-0316")], "antique globes over 100 years old with their export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "JP", "841370",
     "Seal-less magnetic-drive pumps, PTFE-lined, 10 pcs, for a named fluorochemical plant", "ES", 1200, 10, 60000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCOMEX-34-0451"), ("END_USER_CERTIFICATE", "JP-METI-EUC-34-0128")],
     "2B350 seal-less pumps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "CA", "681519",
     "Carbon-fibre prepreg, intermediate modulus, 40 rolls, for a named aerostructures maker", "DE", 800, 40, 120000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-34-2290"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-34-0077")],
     "1C010 prepreg under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Doussié sawn timber (Afzelia bipindensis), 30 m3", "CM", 27000, None, 26000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-34-00562")], "App. II Afzelia with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "US", "NL", "010620",
     "Monkey-tailed skinks (Corucia zebrata), captive bred, 4", "US", 3, 4, 2400, "USD",
     [("CITES_PERMIT", "US-FWS-34-MA0412")], "App. II skinks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ivan Horvat", "PRM-03": "Korea Zinc Recycling Co", "PRM-06": "Inhalia Pharma NV",
    "PRM-08": "Adler Planetarium", "PRM-10": "Northern Aerostructures Inc", "PRM-11": "Houthandel De Smet NV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("250100", "Dishwasher salt, coarse, 2 kg bags", "import", ["road", "sea"], ["TR", "EG"], (0.3, 0.6), (18000, 24000), ["EUR"], 0.5, S),
    ("283330", "Potassium alum, dyeing mordant, 500 g", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("285390", "Demineralised ironing water, 1 l bottles", "import", ["road"], ["TR", "RS"], (0.4, 0.8), (10000, 18000), ["EUR"], 1, S),
    ("290512", "Isopropyl alcohol 99 %, electronics cleaner, 1 l", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 1, S),
    ("382499", "Hydrochloric brick and paving cleaner, 5 l cans", "import", ["road"], ["RS", "TR"], (0.8, 1.4), (6000, 12000), ["EUR"], 0.2, S),
    ("310430", "Potassium sulphate fertiliser, 25 kg bags", "import", ["road", "rail"], ["UA", "MD"], (0.5, 0.8), (18000, 24000), ["EUR"], 0.04, S),
    ("252910", "Potash feldspar, ceramic grade, bulk bags", "import", ["sea"], ["TR", "IN"], (0.1, 0.2), (20000, 26000), ["USD", "EUR"], None, S),
    ("285390", "Aquarium oxydator refill 6 %, 250 ml", "import", ["post"], ["CH", "GB"], (15, 30), (1, 3), ["CHF", "GBP"], 4, S),
    ("220900", "Spirit vinegar essence 25 %, 1 l bottles", "import", ["road"], ["BA", "RS"], (0.8, 1.5), (8000, 16000), ["EUR"], 1, S),
    ("282720", "Calcium chloride damp-trap refills, 1 kg", "import", ["sea"], ["CN", "TR"], (0.6, 1.2), (8000, 16000), ["USD"], 1, S),
    ("380110", "Synthetic graphite powder, anode grade, new", "import", ["sea"], ["CN", "JP"], (6, 10), (10000, 20000), ["USD"], None, S),
    ("281512", "Caustic soda lye 50 %, isotank", "export", ["sea"], ["AO", "NG"], (0.3, 0.5), (18000, 22000), ["EUR"], None, S),
    ("392330", "Empty HDPE jerrycans 20 l, new", "export", ["sea"], ["SN", "MA"], (2.5, 4), (4000, 10000), ["EUR"], 1, S),
    ("251110", "Barite, API drilling grade, big bags", "import", ["sea"], ["MA", "IN"], (0.15, 0.25), (22000, 27000), ["USD"], None, S),
    ("382000", "Ready-mixed antifreeze coolant, 5 l", "export", ["road"], ["MD", "RS"], (1.2, 2), (8000, 16000), ["EUR"], 0.2, S),
    ("842123", "Oil filters for cars, new, boxed", "export", ["sea"], ["EG", "TR"], (4, 7), (3000, 8000), ["EUR"], 2, S),
    ("850760", "E-bike batteries 36 V, new, CE", "import", ["sea"], ["CN", "TW"], (25, 40), (2000, 6000), ["USD"], 0.33, S),
    ("841829", "Thermoelectric wine coolers, 8 bottles", "import", ["sea"], ["CN"], (8, 14), (4000, 10000), ["USD"], 0.08, S),
    ("950590", "Party string spray, hydrocarbon propellant", "import", ["sea"], ["CN"], (1.5, 3), (2000, 6000), ["USD"], 4, S),
    ("730890", "Sandwich panels, PIR, pentane-blown, new", "import", ["road"], ["UA", "TR"], (2.5, 4), (10000, 20000), ["EUR"], 0.07, S),
    ("842410", "Fire extinguishers, water mist, 6 l, new", "import", ["sea"], ["CN", "TR"], (3, 5), (5000, 12000), ["USD", "EUR"], 0.1, S),
    ("841850", "Supermarket display cases, R-290, new", "import", ["sea", "road"], ["TR"], (5, 8), (6000, 14000), ["EUR"], 0.002, S),
    ("853720", "Medium-voltage switchgear, vacuum/clean-air insulated", "import", ["road"], ["RS", "TR"], (10, 15), (8000, 16000), ["EUR"], 0.001, S),
    ("382499", "Correction fluid, solvent-free, 20 ml", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 30, S),
    ("290919", "Hydrofluoroether cleaning fluid HFE-7100, 15 kg pails", "import", ["air"], ["US"], (50, 70), (150, 600), ["USD"], None, S),
    ("711719", "Brass costume jewellery, belts and brooches", "import", ["post"], ["TR", "IN"], (15, 30), (1, 3), ["USD", "EUR"], 5, S),
    ("691390", "Barro negro pottery, Oaxaca, new", "import", ["post"], ["MX"], (20, 40), (1, 4), ["USD"], 1, S),
    ("680299", "Soapstone carvings, new, handicraft", "import", ["post"], ["KE", "DO"], (15, 30), (1, 4), ["USD"], 1, S),
    ("691390", "Replica Marajoara vases, new, signed by the potter", "import", ["sea"], ["BR"], (4, 8), (1000, 4000), ["USD"], 0.1, S),
    ("711411", "Sterling silver tableware, hallmarked, new", "import", ["express"], ["GB", "TR"], (600, 1200), (1, 2), ["GBP", "USD"], 1, S),
    ("711291", "Gold scrap, jewellery sweepings, assayed", "export", ["air"], ["CH"], (40000, 55000), (2, 10), ["EUR"], None, S),
    ("691490", "Terracotta garden pots, Java, new", "import", ["sea"], ["ID", "VN"], (0.5, 1), (3000, 8000), ["USD"], 0.05, S),
    ("490590", "Reproduction globes, printed, new", "import", ["sea"], ["CN"], (6, 12), (1000, 3000), ["USD"], 0.5, S),
    ("940542", "LED strips, 5 m reels", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 2, S),
    ("841370", "Swimming-pool circulation pumps, new", "import", ["sea"], ["CN", "IT"], (8, 14), (3000, 8000), ["USD", "EUR"], 0.05, S),
    ("570339", "Machine-tufted polypropylene rugs", "import", ["sea"], ["TR", "EG"], (3, 6), (4000, 10000), ["USD", "EUR"], 0.1, S),
    ("845961", "Used 3-axis milling machines", "export", ["road"], ["RS", "TR"], (3, 6), (3000, 8000), ["EUR"], 0.0003, S),
    ("950710", "Fishing rods, carbon blanks, retail", "import", ["sea"], ["CN", "KR"], (20, 40), (1000, 3000), ["USD"], 2, S),
    ("853939", "Xenon flash tubes, photo studio spares", "import", ["express"], ["CN", "US"], (150, 300), (1, 2), ["USD"], 20, S),
    ("852589", "Car dashcams, retail", "import", ["sea"], ["CN"], (30, 60), (500, 2000), ["USD"], 4, S),
    ("401120", "Truck tyres 315/80 R22.5, new", "import", ["sea"], ["CN", "TH"], (2.5, 4), (12000, 20000), ["USD"], 0.015, S),
    ("410711", "Embossed calf leather, reptile print", "import", ["sea"], ["IN", "BR"], (15, 25), (1000, 3000), ["USD"], None, S),
    ("670290", "Artificial sansevieria plants, plastic", "import", ["sea"], ["CN"], (3, 6), (2000, 5000), ["USD"], 0.5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the fresh produce,
# meat, shrimps, honey, milk powder and feed maize (goods that travel with health or plant-health
# certificates) and five other rows, with 1 row replaced, then EVERYDAY_2032_ADDED and 5 rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (10, 18), (2000, 6000), ["USD"], 2.5, N),
        ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 3, N),
        ("821599", "Stainless steel cutlery sets", "import", ["sea"], ["CN", "IN"], (5, 9), (3000, 9000), ["USD"], 0.5, N),
        ("392690", "Yoga mats, TPE", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("611595", "Cotton socks, retail", "import", ["post", "express"], ["TR", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind50", 20340701, HERE)


if __name__ == "__main__":
    main()
