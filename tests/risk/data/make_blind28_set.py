#!/usr/bin/env python3
"""Writes the twenty-eighth blind set (tests/risk/data/blind28-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2030, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-five profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 to blind26, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcels by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. In the ordinary table, goods that
travel by post or express travel only so, with parcel masses, and no partner is an EU
member. Goods that need a permit, licence or quota document by law are in the permitted
rows only, with that document. Ids are BL28-*:

    python3 tests/risk/data/make_blind28_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


def importer(name, country):
    """A named importer that is not given as consignee."""
    return {"importer_name": name, "importer_country": country}


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "MA", [], "FR", "291511",
         "Traitement anti-varroa pour ruches, acide formique 60 %, densité 1,51, bidons 25 l, 2 pcs", "MA", 75, 2,
         140, "EUR",
         "formic acid 60 % has a density near 1.15; 1.51 is the density of fuming nitric acid (Annex I, limit 3 %): "
         "50 l to a private beekeeper by express; French wording", person("M. G. Rousseau", "FR")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "280800",
         "Trawienie płytek PCB dla hobbystów, kwas azotowy 65 %, kanistry 25 l, 4 szt.", "UA", 140, 4, 150, "EUR",
         "hobby circuit boards are etched with ferric chloride or persulphate, never nitric acid; 100 l of 65 % "
         "nitric acid (Annex I, limit 3 %) to a private person by van; Polish wording",
         person("Pan T. Zieliński", "PL")),
        ("PRE-03", "import", "NLAIR01", "express", "TR", [], "NL", "310250",
         "Pekelzout voor het zelf pekelen van ham, natriumnitraat 99 %, zakken 25 kg, 8 st.", "TR", 200, 8, 190, "EUR",
         "curing salt is table salt with 0.6 % nitrite; 200 kg of 99 % sodium nitrate (Annex II) to a private "
         "person is an oxidiser, not a brine; Dutch wording", person("Dhr. R. Visser", "NL")),
        ("PRE-04", "import", "DEAIR01", "express", "TR", [], "DE", "291411",
         "Nagellackentferner Aceton 99,5 %, Kanister 30 l, 4 St.", "TR", 95, 4, 110, "EUR",
         "acetone (Annex II), 30 % 'hair bleach' peroxide (Annex I) and 96 % 'drain cleaner' sulphuric acid (Annex "
         "II) in one express parcel to a private person are the three TATP ingredients; German wording",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("284700", "Haarbleiche Wasserstoffperoxid 30 %, 5 l, 6 St.", "TR", 33, 60, "EUR", 6),
                          item("280700", "Rohrreiniger Schwefelsäure 96 %, 5 l, 4 St.", "TR", 37, 40, "EUR", 4)]}),
        ("PRE-05", "import", "ROROAD01", "road", "RS", [], "RO", "250100",
         "Sare pentru deszăpezire, granulată, azot 34 %, big bag, 24 t", "RS", 24000, 24, 8400, "EUR",
         "de-icing salt is sodium or calcium chloride and carries no nitrogen; 34 % N is ammonium nitrate (Annex I) "
         "under the salt heading, at 0.35 EUR/kg; Romanian wording",
         firm("Deszăpezire Vest Trading SRL", "RO")),
        ("PRE-06", "import", "DEAIR01", "express", "TR", [], "DE", "360350",
         "Zündpillen für Bühnenpyrotechnik, Kupferhülse 6,8 mm, Stärke Nr. 8, Zünddraht 2 m, 500 St.", "TR", 6, 500,
         450, "EUR",
         "stage e-matches carry no shell; a copper shell rated 'No. 8 strength' is an electric detonator, sent to a "
         "private person; German wording", person("Herr D. Krüger", "DE")),
        ("PRE-07", "import", "GRSEA01", "sea", "TR", [], "GR", "560750",
         "Polyester braided rope 5 mm, white core 10 g/m, reels 500 m, 60 pcs", "TR", 600, 60, 5400, "USD",
         "a 5 mm rope with a 'core of 10 g/m' on 500 m reels is detonating cord (PETN core) declared as cordage, to "
         "a ship chandler", firm("Piraeus Marine Ropes IKE", "GR")),
        ("PRE-08", "import", "ESAIR01", "post", "CN", [], "ES", "382499",
         "Kit de química recreativa 'efectos de luz', perclorato de potasio 5 kg", "CN", 5, 1, 45, "USD",
         "potassium perchlorate (Annex I) with 2 kg of dark aluminium flake (Annex II) in one kit is flash powder "
         "in its two parts, by post to a private person; Spanish wording",
         {"consignee_name": "Sr. A. Moreno", "importer_country": "ES",
          "_more_items": [item("760310", "Polvo de aluminio oscuro, escamas < 40 µm, 2 kg", "CN", 2, 24, "USD")]}),
        ("PRE-09", "import", "PTSEA01", "express", "BR", [], "PT", "280800",
         "Ácido para teste de ouro, 'água-forte' 68 %, bidões 25 l, 4 un.", "BR", 140, 4, 260, "USD",
         "gold testers use 10-ml dropper bottles; 100 l of 68 % nitric acid (Annex I) to a private person by "
         "express; Portuguese wording", person("Sr. Rui Carvalho", "PT")),
        ("PRE-10", "import", "DEPOST01", "post", "CN", [], "DE", "760320",
         "Silberpigment für Farben, Aluminium, non-leafing, D50 8 µm, trockenes Pulver, 25 kg", "CN", 25, 1, 110,
         "USD",
         "paint makers buy aluminium pigment as a solvent-wetted paste; 25 kg of dry 8 µm aluminium powder (Annex "
         "II) by post to a private person is a flash-powder fuel; German wording", person("Herr M. Lange", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "570339",
         "Césped artificial de segunda mano para campos de fútbol, rollos, con relleno de caucho SBR, 22 t", "ES",
         22000, None, 220, "EUR",
         "worn sports turf still holding its SBR infill at 0.01 EUR/kg is waste from a pitch renewal, shipped as "
         "'second-hand' carpet; Spanish wording", importer("Sport Gazon Tanger SARL", "MA")),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "HK", "850760",
         "Gebruikte EV-batterijmodules voor energieopslag, behuizing beschadigd, geen SoH-rapport, 14 t", "NL", 14000,
         280, 2800, "EUR",
         "reuse batteries are sold with a state-of-health report; damaged modules with none at 0.20 EUR/kg are "
         "hazardous battery waste (A1170) to Hong Kong; Dutch wording",
         importer("Kwai Chung Energy Storage Ltd", "HK")),
        ("WST-03", "export", "DEAIR01", "express", "DE", [], "HK", "847330",
         "Ersatzteile Mobiltelefone, Hauptplatinen ausgebaut, ungeprüft, lose, 40 kg", "DE", 40, 2000, 400, "EUR",
         "2,000 boards pulled from phones, untested and loose, at 0.20 EUR each are circuit boards for gold "
         "recovery (e-waste, A1180), not spare parts; German wording",
         importer("Sham Shui Po Mobile Parts Co.", "HK")),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TR", "281820",
         "Ossido di alluminio grezzo per cementifici, sali 40 %, reagisce con acqua (odore ammoniaca), 25 t", "IT",
         25000, None, 500, "EUR",
         "alumina holding 40 % salts that gives off ammonia when wet is salt slag from secondary aluminium "
         "smelting (hazardous), at 0.02 EUR/kg; Italian wording", importer("Marmara Çimento Hammadde AŞ", "TR")),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "380891",
         "Gewasbeschermingsmiddelen voor heretikettering, vaten met gecorrodeerde etiketten, vervaldatum 2019-2022, 12 t",
         "NL", 12000, 240, 600, "EUR",
         "expired pesticides in corroded drums 'for relabelling' at 0.05 EUR/kg are obsolete pesticide stock, a "
         "hazardous waste (Y4), not goods; Dutch wording", importer("Accra Agro Inputs Ltd", "GH")),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "MA", "560811",
         "Redes de pesca usadas, nylon, com chumbos e incrustações marinhas, fardos, 18 t", "PT", 18000, None, 360,
         "EUR",
         "nets still holding their lead sinkers and marine growth at 0.02 EUR/kg are end-of-life fishing gear "
         "(waste), not netting; Portuguese wording", importer("Agadir Filets Recyclage SARL", "MA")),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "841869",
         "Gebrauchte Eiswürfelmaschinen und Flaschenkühler, Kompressoren mit Öl, ungeprüft, offen gestapelt, 90 St.",
         "DE", 5400, 90, 900, "EUR",
         "untested cooling appliances with their compressor oil, stacked open at 10 EUR each, are WEEE with "
         "refrigerant, not equipment for reuse; German wording", importer("Kholod Servis Rivne TOV", "UA")),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "SN", "681182",
         "Plaques ondulées fibrociment d'occasion, déposées, fabrication avant 1997, palettes, 20 t", "FR", 20000,
         None, 400, "EUR",
         "French fibre-cement made before the 1997 ban contains asbestos: removed roofing sheets are asbestos "
         "waste (A2050), not building material; French wording", importer("Dakar Matériaux Occasion SUARL", "SN")),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "VN", "390490",
         "Kunststoffgranulat aus Kabelrecycling, PVC/PE gemischt, Kupferrest 2 %, 24 t", "DE", 24000, None, 960,
         "EUR",
         "mixed PVC/PE cable-stripping residue with copper traces at 0.04 EUR/kg is plastic waste (Y48/A3210) to "
         "Vietnam, not a polymer in primary form; German wording", importer("Hai Phong Plastic Recycling JSC", "VN")),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CD", "853931",
         "Tubes fluorescents d'occasion pour réemploi, en vrac dans le conteneur, 30 000 pcs", "BE", 9000, 30000, 900,
         "EUR",
         "used fluorescent tubes loose in a container are broken mercury lamps (A1030), not goods for reuse, at "
         "0.03 EUR a tube; French wording", importer("Kinshasa Éclairage SPRL", "CD")),
    ],
    "ozone": [
        ("ODS-01", "import", "PLROAD01", "road", "UA", [], "PL", "340399",
         "Gaz nośny do spreju naprawczego opon, butle jednorazowe 13,6 kg, 150 szt.", "UA", 2040, 150, 2100, "EUR",
         "puncture sealant is sold in 400-ml cans; 13.6 kg is the standard fill of a disposable R-134a cylinder: an "
         "HFC outside quota in banned disposable cylinders; Polish wording", firm("Opony Serwis Lublin Sp. z o.o.", "PL")),
        ("ODS-02", "import", "ESSEA01", "sea", "CN", [], "ES", "842410",
         "Extintores portátiles 'agente limpio BCF', 2 kg, 400 pz", "CN", 1200, 400, 3600, "USD",
         "BCF is bromochlorodifluoromethane, halon 1211, banned outside critical uses; Spanish wording",
         firm("Seguridad Incendios Levante SL", "ES")),
        ("ODS-03", "import", "FRSEA01", "sea", "CN", [], "FR", "340290",
         "Spray dépoussiérant, gaz HFC-134a, 400 ml, 6 000 pcs", "CN", 2400, 6000, 4800, "USD",
         "technical aerosols with HFC of GWP over 150 (HFC-134a, 1,430) are banned from the EU market; French "
         "wording", firm("Bureau Plus Distribution SARL", "FR")),
        ("ODS-04", "import", "ITSEA01", "sea", "TR", [], "IT", "281290",
         "Gas per gonfiaggio pneumatici ad alte prestazioni, esafluoruro di zolfo, bombole 40 l, 30 pz", "TR", 1500,
         30, 6000, "EUR",
         "SF6 for tyre inflation is a banned use; 1.5 t of SF6 (GWP 23,500) to a tyre shop outside quota; Italian "
         "wording", firm("Gomme Sport Emilia Srl", "IT")),
        ("ODS-05", "import", "GRSEA01", "sea", "EG", [], "GR", "290361",
         "مبيد تبخير للتربة، بروميد الميثيل 98 % وكلوروبيكرين 2 %، اسطوانات 50 كغ، 40 قطعة", "EG", 2000, 40, 9000,
         "USD",
         "98 % methyl bromide with 2 % chloropicrin is the soil fumigant banned in the EU (ODS); Arabic wording, "
         "to a Cretan agrochemical dealer", firm("Kritiki Agrofarmaka AE", "GR")),
        ("ODS-06", "import", "ESSEA01", "sea", "CN", [], "ES", "841850",
         "Congeladores de laboratorio -86 °C, 'refrigerante natural', segunda etapa en cascada R-508B 1,2 kg, 30 pz",
         "CN", 9000, 30, 96000, "USD",
         "a cascade reaching -86 °C with a second stage of R-508B (HFC-23 and PFC-116, GWP above 13,000) is "
         "pre-charged HFC equipment under a 'natural refrigerant' label; Spanish wording",
         firm("Equipos de Laboratorio Hispania SL", "ES")),
        ("ODS-07", "import", "BESEA01", "sea", "TR", [], "BE", "841850",
         "Plug-in display freezers for supermarkets, refrigerant R-404A 0.8 kg, 60 pcs", "TR", 7200, 60, 39000, "EUR",
         "plug-in commercial refrigerators with HFCs of GWP 150 or more may not be placed on the EU market; R-404A "
         "(GWP 3,922) is in the declaration itself", firm("Koelmeubel Vlaanderen BV", "BE")),
        ("ODS-08", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "382764",
         "Refrigerant R-404A, non-refillable cylinders 10.9 kg, 1,200 pcs, unloading address Plovdiv", "TR", 13080,
         1200, 52000, "USD",
         "disposable HFC cylinders banned in the EU in transit to Serbia, with an unloading address in Bulgaria: "
         "the transit is a cover for release in the EU",
         importer("Frigo Balkan Trade DOO", "RS")),
        ("ODS-09", "import", "DEPOST01", "post", "US", [], "DE", "382790",
         "R-12 Ersatz 'Drop-in' für Oldtimer, Inhalt Dichlordifluormethan 100 %, 12 oz, 12 Dosen", "US", 4, 12, 240,
         "USD",
         "a 'replacement' whose content is 100 % dichlorodifluoromethane is CFC-12 itself, banned; German wording",
         person("Herr F. Vogel", "DE")),
        ("ODS-10", "import", "NLSEA01", "sea", "CN", [], "NL", "340290",
         "空调清洗剂，含R-410A，钢瓶装 10 kg，300 瓶", "CN", 3000, 300, 9000, "USD",
         "AC coil cleaner is a detergent in small cans; 10-kg steel cylinders 'containing R-410A' are refrigerant "
         "fills outside quota; Chinese wording", firm("Koeltechniek Groothandel Rijnmond BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "GRSEA01", "sea", "LB", [], "GR", "680221",
         "Marble garden trough, carved garlands and framed inscription panel, 1.9 m, 1 pc", "TR", 1900, 1, 1200,
         "USD",
         "a 1.9 m marble 'trough' with garlands and an inscription panel is a Roman sarcophagus, of Turkish origin "
         "shipped from Beirut at a garden ornament's price", firm("Athens Stone Interiors IKE", "GR")),
        ("CUL-02", "import", "FRAIR01", "post", "LB", [], "FR", "711719",
         "خرز حجري أسطواني محفور بنقوش حيوانات وكتابة، 15 قطعة", "IQ", 1, 15, 120, "USD",
         "engraved stone cylinder 'beads' with animals and script are Mesopotamian cylinder seals (Red List Iraq), "
         "Iraqi origin by post; Arabic wording", person("M. K. Haddad", "FR")),
        ("CUL-03", "import", "ROROAD01", "road", "RS", [], "RO", "740400",
         "Deșeuri de bronz, 2 plăcuțe gravate cu litere latine, perforate la colțuri, 0,2 kg", "RS", 0.2, 2, 5, "EUR",
         "two bronze plates engraved in Latin and pierced at the corners are a Roman military diploma, a detector "
         "find from the Danube limes, not scrap; Romanian wording", person("Dl. V. Popescu", "RO")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Decorazione murale, frammenti di intonaco dipinto su pannello, pigmenti a calce, retro con tela di strappo, 3 pz",
         "IT", 45, 3, 900, "EUR",
         "painted lime plaster with a strappo canvas on the back is a fresco lifted from a wall, church heritage, "
         "taken to a Swiss buyer as decoration; Italian wording", importer("Arte Antica Lugano SA", "CH")),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "441990",
         "Vasos de madera tallada, artesanía, laca pintada con figuras, pátina de uso, 6 pz", "PE", 4, 6, 120, "USD",
         "carved wooden beakers with inlaid lacquer figures and use patina are Inca and colonial keros (Red List "
         "Latin America), not tourist craft; Spanish wording", person("Sr. I. Vargas", "ES")),
        ("CUL-06", "import", "PLROAD01", "road", "UA", [], "PL", "490199",
         "Stare książki używane, z pieczęciami biblioteki uniwersyteckiej w Charkowie, 1780-1850, 40 szt.", "UA", 60,
         40, 400, "EUR",
         "books dated 1780-1850 bearing a Kharkiv university library stamp are library holdings out of a war zone "
         "(Red List Ukraine) sold as used books; Polish wording", person("Pan J. Wróbel", "PL")),
        ("CUL-07", "import", "DEROAD01", "road", "UA", ["PL"], "DE", "940360",
         "Antike Möbel: zweiflügelige Holztür, geschnitzt, vergoldet, mit gemalten Heiligenfiguren, 1 St.", "UA", 85, 1,
         450, "EUR",
         "a carved, gilt double door painted with saints is the royal doors of an iconostasis, taken from a church, "
         "not furniture; German wording", person("Frau O. Schwarz", "DE")),
        ("CUL-08", "import", "ITAIR01", "air", "NP", [], "IT", "491191",
         "Carte dipinte a mano, piccole, pigmenti minerali su carta spessa, divinità, vecchie, 20 pz", "NP", 0.5, 20,
         150, "USD",
         "small old painted cards with deities in mineral pigments are tsakli, Tibetan initiation cards out of a "
         "monastery set; Italian wording", person("Sig.ra A. Marino", "IT")),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "691200",
         "Decoratieve borden, Chinees blauw-wit porselein, met zeeaangroei, 120 st.", "ID", 240, 120, 700, "USD",
         "blue-and-white porcelain with marine concretions is cargo lifted from an old wreck (underwater cultural "
         "heritage) in Indonesian waters; Dutch wording", firm("Oosters Antiek Amsterdam BV", "NL")),
        ("CUL-10", "import", "FRAIR01", "express", "HK", [], "FR", "830629",
         "仿古青铜鼎，出土锈色，高 30 cm，1 件", "CN", 9, 1, 180, "USD",
         "a bronze ding with 'excavation rust' (chutu) is a tomb bronze out of China, at a copy's price; Chinese "
         "wording", person("M. L. Chen", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "FRSEA01", "sea", "FR", [], "AE", "290519",
         "Intermédiaire parfumerie, 3,3-diméthylbutan-2-ol 99 %, fûts 180 kg, 10 pcs", "FR", 1800, 10, 14000, "EUR",
         "3,3-dimethylbutan-2-ol is pinacolyl alcohol, CWC Schedule 2 (soman precursor), to a Jebel Ali trader "
         "as a fragrance intermediate; French wording", importer("Gulf Aroma General Trading LLC", "AE")),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AE", "841939",
         "Sprühtrockner für Milchpulver, Labor, Partikelgröße < 10 µm, in-situ sterilisierbar, Containment, 1 St.",
         "DE", 900, 1, 140000, "EUR",
         "milk powder is dried to 50-200 µm; a sterilisable, contained spray dryer for sub-10 µm particles is an "
         "Australia Group item (2B352) to a Dubai trader; German wording",
         importer("Gulf Dairy Equipment Trading LLC", "AE")),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "HK", "901180",
         "Microscopio de inspección óptica, usado, lente 365 nm i-line, platina para obleas 200 mm, 3.500 kg, 1 pz",
         "JP", 3500, 1, 420000, "EUR",
         "a 3.5 t 'microscope' with an i-line 365 nm lens and a 200 mm wafer stage is a lithography stepper, "
         "exported to a Hong Kong trader; Spanish wording", importer("Kowloon Precision Instruments Ltd", "HK")),
        ("STR-04", "export", "PLROAD01", "road", "PL", [], "KZ", "731815",
         "Nity i sworznie Hi-Lok tytanowe, NAS/HL, do produkcji mebli, 500 kg", "US", 500, None, 150000, "EUR",
         "Hi-Lok pins and NAS titanium fasteners are aircraft parts (banned for Russia, Annex XI), at 300 EUR/kg "
         "to a 'furniture' firm in Kazakhstan; Polish wording", importer("Astana Mebel Komplekt TOO", "KZ")),
        ("STR-05", "export", "NLSEA01", "sea", "NL", [], "AE", "292800",
         "1,1-dimethylhydrazine 98 %, tussenproduct voor kleurstoffen, vaten 200 l, 6 st.", "NL", 950, 6, 38000, "EUR",
         "1,1-dimethylhydrazine is UDMH, a liquid rocket propellant (military list), to a Dubai trader as a dye "
         "intermediate; Dutch wording", importer("Emirates Colour Chem FZE", "AE")),
        ("STR-06", "import", "DEAIR01", "express", "US", [], "DE", "730459",
         "Präzisionsstahlrohre 9 mm Bohrung, gezogen und gezogen-gerillt, Gewinde, 400 mm, 20 St.", "US", 12, 20, 900,
         "USD",
         "rifled, threaded 9 mm steel tubes are pistol-calibre barrels, essential firearm parts, sent to a private "
         "person; German wording", person("Herr S. Brandt", "DE")),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "LB", "283010",
         "Solfuro di sodio 60 % in scaglie, per concerie, 10 t", "IT", 10000, None, 6500, "EUR",
         "sodium sulphide with 2-chloroethanol (Australia Group) as a 'tannery auxiliary' to a general trader are "
         "the two reagents of thiodiglycol, the mustard precursor; Italian wording",
         {"importer_name": "Beirut Chemicals Trading SARL", "importer_country": "LB",
          "_more_items": [item("290559", "2-cloroetanolo 99 %, ausiliario per concerie, fusti 200 kg, 10 pz", "IT",
                               2000, 9000, "EUR", 10)]}),
        ("STR-08", "import", "NLSEA01", "sea", "KR", [], "NL", "030614",
         "Kongekrabbe, fryst, kokt, opprinnelse NO, fangstfelt FAO 61, 18 t", "NO", 18000, None, 540000, "EUR",
         "Norwegian king crab is caught in the Barents Sea (FAO 27); FAO 61 is the Sea of Okhotsk: Russian crab "
         "(banned) under a Norwegian origin, shipped from Busan; Norwegian wording",
         firm("Noordzee Seafood Trading BV", "NL")),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "TR", "901480",
         "Ecoscandaglio per pesca sportiva, side-scan, pesce trainato, cavo 2.000 m, profondità 6.000 m, 2 pz", "IT",
         400, 2, 260000, "EUR",
         "a towed side-scan 'fish finder' on a 2,000 m cable rated to 6,000 m is deep-water survey sonar (6A001), "
         "not sport fishing; Italian wording", importer("Karadeniz Deniz Araştırma Ltd Şti", "TR")),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "PK", "380110",
         "Blocs de graphite isostatique, densité 1,90, grains 5 µm, pour électrodes EDM, 3 t", "FR", 3000, 24, 72000,
         "EUR",
         "fine-grain graphite above 1.72 g/cm3 in large blocks is 1C107 (rocket nozzles and re-entry tips) to a "
         "Karachi trader with no EDM shop; French wording", importer("Indus Engineering Traders", "PK")),
    ],
    "wildlife": [
        ("WLD-01", "import", "FRAIR01", "express", "VN", [], "FR", "300290",
         "Réactif de laboratoire, poudre lyophilisée 'NN venom', flacons 1 g, 10 pcs", "VN", 0.1, 10, 4000, "USD",
         "lyophilised 'NN' venom is Naja naja cobra venom (Appendix II), at 400 USD a gram, with no CITES permit; "
         "French wording", firm("BioRéactifs Lyon SAS", "FR")),
        ("WLD-02", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030559",
         "Caballitos de mar secos, 'pez dragón' para sopa, 8 kg", "PE", 8, 2, 2400, "USD",
         "dried seahorses (Hippocampus, Appendix II; Peru bans their export) as 'dragon fish' for soup at 300 USD/kg, "
         "through Madrid to Hong Kong; Spanish wording", importer("Gran Dragón Trading HK Ltd", "HK")),
        ("WLD-03", "import", "BESEA01", "sea", "ID", [], "BE", "440921",
         "Moulures pour cadres, bois blanc 'Gonystylus', profilées, 6 m3", "ID", 3600, None, 7200, "USD",
         "Gonystylus is ramin (Appendix II): mouldings of the genus need an export permit; French wording",
         firm("Encadrement Wallonie SA", "BE")),
        ("WLD-04", "import", "ESAIR01", "post", "MA", [], "ES", "970529",
         "Aves disecadas decorativas, 'búho y halcón', 3 pz", "MA", 4, 3, 180, "EUR",
         "owls and falcons are all CITES-listed raptors: stuffed birds by post from Morocco need permits; Spanish "
         "wording", person("Sr. F. Romero", "ES")),
        ("WLD-05", "import", "ITAIR01", "air", "CA", [], "IT", "430310",
         "Tappeto in pelliccia sintetica bianca, con testa e artigli, 2,4 m", "CA", 32, 1, 9000, "EUR",
         "synthetic fur has no head and claws, nor costs 9,000 EUR: a polar bear rug (Appendix II, EU imports "
         "suspended); Italian wording", person("Sig. L. Conti", "IT")),
        ("WLD-06", "import", "DEPOST01", "post", "HK", [], "DE", "050790",
         "中药饮片 羚羊角丝，50 g × 20 袋", "RU", 1, 20, 1800, "USD",
         "ling yang jiao si is shaved saiga antelope horn (Appendix II), by post to a private person; Chinese "
         "wording", person("Herr W. Zhang", "DE")),
        ("WLD-07", "import", "NLSEA01", "sea", "CN", [], "NL", "940360",
         "红木家具，大红酸枝，圈椅和茶几，8 件", "CN", 480, 8, 36000, "USD",
         "da hong suan zhi is Siamese rosewood (Dalbergia cochinchinensis, Appendix II); the furniture needs a "
         "CITES permit; Chinese wording", firm("Oosterse Meubelen Rotterdam BV", "NL")),
        ("WLD-08", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas secas de pez guitarra gigante (Glaucostegus), 1,2 t", "ES", 1200, None, 72000, "EUR",
         "giant guitarfish (Glaucostegus) are in Appendix II since 2019: fins exported with no CITES document; "
         "Spanish wording", importer("Sheung Wan Seafood Ltd", "HK")),
        ("WLD-09", "import", "DEAIR01", "air", "AE", [], "DE", "010619",
         "Lebende Katzen, Bengal, gefleckt, 3 Tiere, je 6 kg", "AE", 18, 3, 24000, "EUR",
         "spotted 'Bengal kittens' of 6 kg each at 8,000 EUR from the Emirates are cheetah cubs (Appendix I) on "
         "the Horn-of-Africa route; German wording", person("Herr K. Al-Masri", "DE")),
        ("WLD-10", "import", "ESSEA01", "sea", "PH", [], "ES", "050800",
         "Conchas decorativas grandes para jardín, 'almejas', 60 cm, 12 pz", "PH", 900, 12, 1800, "USD",
         "60-cm 'clams' are giant clam shells (Tridacna, Appendix II), whose export the Philippines bans; Spanish "
         "wording", firm("Jardines del Mar Decoración SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLSEA01", "sea", "US", "NL", "290420",
     "Nitromethane 99 %, for pharmaceutical synthesis, drums 200 l, 8 pcs", "US", 1800, 8, 9200, "USD",
     [("PRECURSOR_LICENCE", "NL-30-PREC-0912")], "nitromethane to a pharmaceutical synthesis plant under licence"),
    ("PRM-02", "precursors", "import", "BGROAD01", "road", "TR", "BG", "360340",
     "Shock-tube non-electric detonators, delay series, for a quarry, 6,000 pcs", "TR", 420, 6000, 15000, "EUR",
     [("IMPORT_LICENCE", "BG-MI-30-EXP-0277")], "detonators to a licensed quarry operator under an import licence"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "854912",
     "Waste mobile-phone boards, sorted, for precious-metal smelting, 12 t", "BE", 12000, None, 180000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-30-1104")], "notified circuit-board waste to a permitted Korean smelter"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262040",
     "Aluminium salt slag, for salt and alumina recovery, 22 t", "CH", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-30-0688")], "notified salt slag to a German salt-slag recycling plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "281290",
     "Sulphur hexafluoride 99.99 %, returnable cylinders, for medium-voltage switchgear, 40 pcs", "US", 2000, 40,
     36000, "USD", [("FGAS_QUOTA", "IT-MASE-FG-30-0311")], "SF6 for a switchgear maker within quota"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "IL", "FR", "290361",
     "Methyl bromide 99.5 %, as feedstock for pharmaceutical synthesis, cylinders, 2 t", "IL", 2000, 20, 14000,
     "USD", [("ODS_LICENCE", "FR-DGEC-ODS-30-0042")], "methyl bromide as feedstock under an ODS licence"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "691200",
     "Chinese export porcelain, Kangxi, from the 1986 Nanking Cargo sale, 6 plates", "CN", 4, 6, 14000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-30-0716")], "documented auction porcelain with an export certificate"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970191",
     "Icon, tempera on panel, Cretan school, 17th century, 1 pc", "IT", 6, 1, 68000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-30-1219")], "an old icon with its export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "722850",
     "Maraging steel 1.6359 bars, 150 mm, for aerospace tooling, 2 t", "DE", 2000, None, 58000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-30-4410"), ("END_USER_CERTIFICATE", "JP-METI-EUC-30-0233")],
     "maraging steel to a Japanese aerospace supplier under licence"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "CH", "290519",
     "Pinacolyl alcohol 99 %, for pharmaceutical intermediates, 200 kg", "FR", 200, 1, 3400, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-30-0518"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-30-0077")],
     "a Schedule 2 chemical to a Swiss pharmaceutical plant under licence"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "LA", "FR", "440290",
     "Agarwood chips, plantation Aquilaria crassna, for perfumery, 10 kg", "LA", 10, 1, 9000, "EUR",
     [("CITES_PERMIT", "LA-CITES-30-0188")], "plantation agarwood with a CITES export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "CN", "DE", "160431",
     "Sturgeon caviar, farmed Acipenser schrenckii x dauricus, CITES-labelled tins, 30 kg", "CN", 30, 600, 27000,
     "EUR", [("CITES_PERMIT", "CN-CITES-30-5521")], "farmed caviar with its permit and labels"),
]

CONSIGNEES = {
    "PRM-01": "Zeeland Fine Chemicals BV", "PRM-02": "Kariera Vrasta AD", "PRM-04": "Aluminium-Salzschlacke Lünen GmbH",
    "PRM-05": "Quadri Elettrici Bergamo SpA", "PRM-06": "Synthèse Pharma Lyon SAS", "PRM-07": "Mrs H. Lowell",
    "PRM-08": "Dr. A. Kessler", "PRM-09": "Kawasaki Aero Tooling KK", "PRM-10": "Bachem Synthesis AG",
    "PRM-11": "Parfums de Grasse SAS", "PRM-12": "Hanseatische Feinkost GmbH",
}


S, N = True, False
P = ["post"]
PE = ["post", "express"]
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Post and express goods travel only so, with parcel masses; no partner is an EU member.
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390410", "PVC suspension resin K67, prime, 25 kg bags", "import", ["sea"], ["US", "KR", "TW"], (0.8, 1.1), (20000, 24000), ["USD"], None, S),
    ("390230", "Polypropylene random copolymer, prime, injection grade", "import", ["sea"], ["KR", "SA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("570339", "Artificial turf rolls 40 mm, new, unfilled, with FIFA test report", "import", ["sea"], ["CN"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("850760", "Li-ion battery modules for home storage, new, UN 38.3, SoH 100 %", "import", ["sea"], ["CN", "KR"], (12, 20), (5000, 12000), ["USD"], 0.03, S),
    ("847330", "Laptop motherboards, new, boxed, spare parts", "import", ["express"], ["CN", "TW"], (80, 160), (1, 5), ["USD"], 1, S),
    ("560811", "Knotless nylon netting, new, for aquaculture cages", "import", ["sea"], ["CN", "VN"], (4, 6), (5000, 12000), ["USD"], None, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free (NT)", "import", ["sea"], ["TR", "IN"], (0.3, 0.5), (20000, 24000), ["USD", "EUR"], 0.06, S),
    ("853931", "Fluorescent tubes T5, new, boxed, for replacement", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 6, S),
    ("291511", "Formic acid 85 %, technical, IBC, to a tannery", "import", ["sea"], ["CN"], (0.6, 0.9), (18000, 22000), ["USD"], None, S),
    ("292129", "Hexamethylenetetramine technical, to a phenolic-resin maker", "import", ["sea"], ["CN", "SA"], (1.2, 1.7), (18000, 22000), ["USD"], None, S),
    ("291411", "Acetone 99.5 %, ISO tank, to a paint maker", "import", ["sea"], ["US", "KR", "TW"], (0.8, 1.1), (18000, 21000), ["USD"], None, S),
    ("300490", "Hydrogen peroxide 3 % solution, pharmacy, 100 ml bottles", "import", PE, ["GB", "US"], (6, 12), (1, 3), ["GBP", "USD"], 8, S),
    ("360350", "Model-rocket igniters, retail packs of 6", "import", PE, ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 60, S),
    ("560750", "Polyester braided rope 10 mm, yacht sheets, reels 200 m", "import", ["sea"], ["TR", "CN"], (5, 8), (2000, 6000), ["USD", "EUR"], None, S),
    ("321290", "Aluminium pigment paste 65 % in white spirit, to a paint maker", "import", ["sea"], ["CN", "JP"], (6, 9), (3000, 8000), ["USD"], None, S),
    ("250100", "Road de-icing salt, NaCl, 25 kg bags", "import", ["sea"], ["EG", "MA", "TN"], (0.06, 0.10), (22000, 26000), ["USD", "EUR"], None, S),
    ("382499", "Tyre puncture sealant, 400 ml aerosol, hydrocarbon propellant", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD"], 2, S),
    ("340290", "Air duster cans, HFC-152a (GWP 124), 400 ml", "import", ["sea"], ["CN", "KR"], (4, 7), (2000, 6000), ["USD"], 2.5, S),
    ("841861", "Monobloc heat pumps 10 kW, R-290, sealed", "import", ["sea"], ["CN"], (8, 12), (8000, 14000), ["USD"], 0.007, S),
    ("271112", "Propane R-290, refrigerant grade, refillable cylinders", "import", ["sea"], ["GB", "US"], (2.5, 4), (2000, 5000), ["GBP", "USD"], None, S),
    ("390950", "Polyurethane spray-foam system, water-blown, 220 kg drums", "import", ["sea"], ["CN", "TR"], (2.5, 3.5), (10000, 15000), ["USD"], None, S),
    ("681099", "Mosaic tiles, new, marble tesserae on mesh, 30 x 30 cm", "import", ["sea"], ["TR", "IN"], (1.5, 3), (10000, 18000), ["USD", "EUR"], 1, S),
    ("711719", "Carved stone beads, new, for jewellery making", "import", P, ["IN", "TH"], (20, 50), (1, 3), ["USD"], 100, S),
    ("392690", "Resin dinosaur skull replica 1:1, museum shop", "import", ["sea"], ["CN", "US"], (15, 30), (200, 1200), ["USD"], 0.05, S),
    ("491199", "Printed calligraphy scrolls, new, souvenirs", "import", P, ["CN", "JP"], (15, 30), (1, 3), ["USD"], 5, S),
    ("490199", "Second-hand paperbacks, 20th century, lot", "import", P, ["GB", "US"], (5, 12), (2, 5), ["GBP", "USD"], 3, S),
    ("491191", "Printed icons on wood, new, souvenirs", "import", P, ["RS", "GE"], (20, 40), (1, 3), ["EUR", "USD"], 4, S),
    ("691200", "Blue-and-white stoneware tableware, new", "import", ["sea"], ["CN", "VN"], (1.5, 3), (8000, 14000), ["USD"], 2, S),
    ("830629", "Brass replica ritual vessels, new, museum shop", "import", P, ["CN", "HK"], (20, 45), (1, 4), ["USD"], 1, S),
    ("710813", "Gold bars 1 kg, LBMA good delivery, Swiss refinery", "import", ["air"], ["CH", "GB"], (100000, 115000), (5, 20), ["USD"], 1, S),
    ("854511", "Graphite electrodes UHP 600 mm, for arc furnaces", "import", ["sea"], ["CN", "IN"], (3.5, 5), (18000, 22000), ["USD"], None, S),
    ("330741", "Bakhoor incense, compressed wood chips with fragrance, retail tins", "import", P, ["AE", "SA"], (15, 40), (1, 3), ["USD"], 8, S),
    ("040719", "Hatching eggs, broiler, with veterinary certificate", "import", ["air"], ["GB", "US"], (6, 10), (1000, 4000), ["USD", "GBP"], 16, S),
    ("160432", "Lumpfish roe, black, caviar substitute, 50 g jars", "import", ["sea"], ["IS", "NO"], (15, 25), (2000, 6000), ["EUR"], 20, S),
    ("050790", "Deer antler velvet, dried slices, farmed", "import", ["air"], ["NZ"], (150, 300), (50, 300), ["USD"], None, S),
    ("844331", "Multifunction laser printers, new, boxed", "import", ["sea"], ["CN", "JP"], (8, 14), (4000, 10000), ["USD"], 0.05, S),
    # everyday trade
    ("080930", "Persimmons, fresh", "import", ["sea"], ["IL", "ZA"], (1.5, 2.5), (15000, 20000), ["USD"], None, N),
    ("081090", "Pomegranates, fresh", "import", ["sea", "road"], ["TR", "PE"], (1.4, 2.2), (15000, 20000), ["USD", "EUR"], None, N),
    ("080221", "Hazelnuts in shell", "import", ["sea", "road"], ["TR", "GE"], (3, 5), (15000, 20000), ["USD", "EUR"], None, N),
    ("080410", "Dates, Medjool, fresh", "import", ["sea", "air"], ["IL", "TN", "MA"], (5, 9), (5000, 15000), ["USD"], None, N),
    ("080521", "Clementines, fresh", "import", ["sea", "road"], ["MA", "TR"], (0.9, 1.4), (18000, 22000), ["EUR"], None, N),
    ("081050", "Kiwifruit, fresh", "import", ["sea"], ["NZ", "CL"], (2, 3), (15000, 20000), ["USD"], None, N),
    ("080440", "Avocados, Hass", "import", ["sea"], ["PE", "CO", "KE"], (2, 3.5), (18000, 22000), ["USD"], None, N),
    ("081040", "Cranberries, frozen", "import", ["sea"], ["US", "CA"], (1.8, 2.8), (18000, 22000), ["USD"], None, N),
    ("060420", "Christmas greenery, Nordmann fir branches", "import", ["road"], ["NO", "GB"], (1, 2), (5000, 12000), ["EUR", "GBP"], None, N),
    ("090240", "Black tea, CTC, in chests", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090611", "Cinnamon sticks, Ceylon", "import", ["sea"], ["LK"], (8, 14), (3000, 8000), ["USD"], None, N),
    ("090510", "Vanilla beans, cured", "import", ["air"], ["MG", "UG"], (150, 280), (50, 400), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN", "CI"], (6, 9), (15000, 18000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 8), (18000, 22000), ["USD"], None, N),
    ("080252", "Pistachios, shelled", "import", ["sea"], ["US", "TR"], (14, 22), (10000, 18000), ["USD"], None, N),
    ("030441", "Atlantic salmon fillets, chilled", "import", ["road"], ["NO"], (9, 14), (15000, 20000), ["EUR", "NOK"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (15000, 20000), ["USD"], 6, N),
    ("160413", "Canned sardines", "import", ["sea"], ["MA"], (3, 5), (15000, 20000), ["EUR"], 8, N),
    ("020442", "Frozen lamb cuts, bone-in", "import", ["sea"], ["NZ", "AU"], (7, 11), (15000, 22000), ["USD"], None, N),
    ("040900", "Natural honey, drums", "import", ["sea", "road"], ["UA", "AR", "MX"], (2.5, 4), (18000, 22000), ["USD", "EUR"], None, N),
    ("190531", "Sweet biscuits, retail packs", "export", ["sea", "road"], ["GB", "US", "CH"], (2.5, 4), (10000, 18000), ["EUR"], 5, N),
    ("170490", "Nougat and Christmas sweets, retail", "export", ["road", "sea"], ["CH", "GB", "US"], (6, 10), (5000, 12000), ["EUR"], 4, N),
    ("190590", "Panettone, boxed 1 kg", "export", ["road", "sea"], ["CH", "US", "GB"], (6, 10), (5000, 12000), ["EUR"], 1, N),
    ("220830", "Scotch whisky, bottled 0.7 l", "import", ["road", "sea"], ["GB"], (15, 30), (8000, 16000), ["GBP"], 0.8, N),
    ("220600", "Sake, bottled 0.72 l", "import", ["sea"], ["JP"], (8, 14), (3000, 8000), ["USD"], 0.8, N),
    ("210310", "Soy sauce, bottles", "import", ["sea"], ["CN", "JP"], (1.2, 2.5), (10000, 18000), ["USD"], 1, N),
    ("190230", "Instant noodles, cups", "import", ["sea"], ["KR", "TH"], (3, 5), (8000, 14000), ["USD"], 10, N),
    ("110620", "Cassava flour", "import", ["sea"], ["NG", "BR"], (0.7, 1.1), (18000, 22000), ["USD"], None, N),
    ("120242", "Groundnuts, shelled", "import", ["sea"], ["AR", "US"], (1.3, 1.9), (18000, 22000), ["USD"], None, N),
    ("611011", "Wool sweaters, knitted", "import", ["sea"], ["CN", "BD"], (15, 25), (3000, 8000), ["USD"], 2, N),
    ("620193", "Men's padded winter jackets, synthetic", "import", ["sea"], ["CN", "VN"], (12, 20), (4000, 10000), ["USD"], 1, N),
    ("611693", "Knitted gloves, synthetic", "import", ["sea"], ["CN", "PK"], (8, 14), (2000, 6000), ["USD"], 15, N),
    ("640212", "Ski boots", "import", ["sea"], ["CN", "VN"], (18, 30), (3000, 8000), ["USD"], 0.5, N),
    ("950611", "Alpine skis", "import", ["sea", "road"], ["CN", "CH"], (25, 45), (3000, 8000), ["USD", "CHF"], 0.3, N),
    ("950510", "Christmas decorations, glass baubles", "import", ["sea"], ["CN"], (3, 6), (4000, 10000), ["USD"], 20, N),
    ("940540", "LED Christmas light strings", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], 4, N),
    ("950490", "Board games", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], 1, N),
    ("950300", "Soft toys, plush", "import", ["sea"], ["CN", "VN"], (6, 10), (3000, 8000), ["USD"], 4, N),
    ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN"], (4, 7), (3000, 7000), ["USD"], 3, N),
    ("871200", "Bicycles, city, complete", "import", ["sea"], ["TW", "KH"], (12, 20), (4000, 9000), ["USD"], 0.07, N),
    ("870830", "Brake pads for cars", "import", ["sea", "road"], ["TR", "CN"], (5, 8), (5000, 12000), ["USD", "EUR"], 2, N),
    ("845011", "Washing machines, household, fully automatic", "import", ["road", "sea"], ["TR"], (3.5, 5), (12000, 18000), ["EUR"], 0.015, N),
    ("842211", "Dishwashers, household", "import", ["road", "sea"], ["TR", "CN"], (4, 6), (10000, 16000), ["EUR", "USD"], 0.02, N),
    ("852872", "LED television sets 55 inch", "import", ["sea"], ["CN", "MX"], (18, 28), (8000, 14000), ["USD"], 0.06, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (12, 22), (3000, 8000), ["USD", "CHF"], 0.2, N),
    ("850811", "Vacuum cleaners, household, cordless", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 8000), ["USD"], 0.3, N),
    ("851631", "Hair dryers", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 1.5, N),
    ("732410", "Stainless kitchen sinks", "import", ["sea"], ["CN", "TR"], (3, 5), (6000, 12000), ["USD"], 0.15, N),
    ("691010", "Porcelain washbasins and WCs", "import", ["sea", "road"], ["TR", "EG"], (1.2, 2), (12000, 18000), ["EUR", "USD"], 0.06, N),
    ("701090", "Glass wine bottles, empty, 0.75 l", "import", ["road", "sea"], ["TR", "UA"], (0.4, 0.7), (18000, 22000), ["EUR"], 2, N),
    ("760719", "Aluminium household foil, rolls", "import", ["sea"], ["CN", "TR"], (3.5, 5), (12000, 18000), ["USD"], None, N),
    ("720839", "Hot-rolled steel coils, 2 mm", "import", ["sea"], ["IN", "KR", "VN"], (0.6, 0.8), (25000, 30000), ["USD"], None, N),
    ("741110", "Refined copper tubes, straight", "import", ["sea"], ["TR", "KR"], (10, 12), (10000, 18000), ["USD"], None, N),
    ("731815", "Steel bolts and screws", "import", ["sea"], ["CN", "TW", "IN"], (1.5, 3), (15000, 20000), ["USD"], None, N),
    ("481910", "Corrugated cardboard boxes, flat", "import", ["road"], ["CH", "NO", "GB"], (1.0, 1.5), (8000, 14000), ["EUR"], None, N),
    ("481810", "Toilet paper rolls", "import", ["road"], ["TR", "UA"], (1.2, 1.8), (6000, 10000), ["EUR"], None, N),
    ("482020", "School exercise books", "import", ["sea"], ["IN", "CN"], (1.2, 2), (10000, 16000), ["USD"], 8, N),
    ("960810", "Ballpoint pens", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 6000), ["USD"], 100, N),
    ("330410", "Lipsticks, retail", "import", PE, ["US", "GB", "KR"], (80, 160), (1, 3), ["USD", "GBP"], 60, N),
    ("330300", "Perfume, eau de parfum 50 ml", "import", PE, ["GB", "US", "AE"], (90, 200), (1, 3), ["GBP", "USD"], 8, N),
    ("851762", "Smartwatches", "import", PE, ["CN", "HK"], (150, 300), (1, 3), ["USD"], 15, N),
    ("392690", "Phone cases, silicone", "import", PE, ["CN"], (15, 40), (1, 3), ["USD"], 30, N),
    ("490300", "Children's picture books", "import", PE, ["GB", "US"], (8, 18), (1, 4), ["GBP", "USD"], 3, N),
    ("621420", "Wool scarves", "import", PE, ["GB", "NP"], (40, 90), (1, 3), ["GBP", "USD"], 5, N),
    ("950590", "Advent calendars, novelty, retail", "import", PE, ["GB", "US"], (20, 40), (1, 4), ["GBP", "USD"], 2, N),
    ("210690", "Vitamin gummies, retail jars", "import", PE, ["US", "GB"], (25, 50), (1, 3), ["USD", "GBP"], 4, N),
    ("570110", "Hand-knotted wool rugs, new", "import", ["sea", "air"], ["IN", "NP", "TR"], (25, 60), (300, 2000), ["USD"], 0.1, N),
    ("520942", "Denim fabric, indigo", "import", ["sea"], ["PK", "TR", "BD"], (3.5, 5), (15000, 20000), ["USD"], None, N),
    ("510710", "Worsted wool yarn", "import", ["sea"], ["CN", "TR", "PE"], (12, 18), (5000, 10000), ["USD"], None, N),
    ("440131", "Wood pellets, ENplus A1, pine", "import", ["sea"], ["US", "CA"], (0.2, 0.3), (20000, 26000), ["USD"], None, N),
    ("670290", "Artificial flowers, textile", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind28", 20301101, HERE)


if __name__ == "__main__":
    main()
