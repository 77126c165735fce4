#!/usr/bin/env python3
"""Writes the forty-second blind set (tests/risk/data/blind42-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2033, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round thirty, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL42-*:

    python3 tests/risk/data/make_blind42_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "US", [], "DE", "330610",
         "Zahnpulver-Grundstoff, Kaliumsalz, historische Rezeptur, 5 kg", "US", 5, 5, 60, "USD",
         "old tooth-powder recipes used potassium chlorate; the tins' CAS 3811-04-9 is potassium chlorate (Annex I "
         "above 40 %), posted under dentifrices to a private person; German wording",
         person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "US", [], "FR", "381119",
         "Booster d'octane pour moto de compétition, bidons 5 l, 4 pcs", "US", 23, 4, 310, "USD",
         "the 'octane booster' is 90 % nitromethane drag-racing fuel (Annex I above 16 %); anti-knock additives are "
         "sold in 350 ml bottles, not 20 litres, to a private person by express; French wording",
         person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "310530",
         "Диамониев фосфат, хранителна сол за дрожди, за домашно пивоварство, 20 чувала x 25 кг", "TR", 500, 20, 700, "EUR",
         "home brewers use yeast nutrient by the gram; 500 kg of white prills whose sacks give CAS 6484-52-2 is "
         "ammonium nitrate (Annex I, 16 % N or more) to a private person; Bulgarian wording",
         person("Частно лице", "BG")),
        ("PRE-04", "import", "ITAIR01", "express", "GB", [], "IT", "284700",
         "Acqua ossigenata 130 volumi, per parrucchieri, 12 x 1 l", "GB", 13, 12, 120, "GBP",
         "130 volumes is about 35 % hydrogen peroxide (hairdressers use 20 or 30 volumes, 6-9 %): above the 12 % of "
         "Annex I, written in volumes so no percentage shows, to a private person; Italian wording",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-05", "import", "CZAIR01", "express", "CN", [], "CZ", "250100",
         "Elektrolytická sůl pro generátor vodíkové vody, 10 kg", "CN", 10, 10, 240, "USD",
         "salt does not cost 24 USD/kg; the bags give CAS 7775-09-9, sodium chlorate (Annex I above 40 %), under "
         "common salt for a 'hydrogen water' gadget, to a private person; Czech wording",
         person("Soukromá osoba", "CZ")),
        ("PRE-06", "import", "HRROAD01", "road", "RS", [], "HR", "701790",
         "Laboratorijsko posuđe, staklo, školski komplet", "RS", 6, 1, 90, "EUR",
         "a 'school set' whose chemicals are the point: potassium perchlorate (Annex I above 40 %), 65 % nitric "
         "acid (Annex I above 3 %) and magnesium powder (Annex II) behind a glassware line, to a private person; "
         "Croatian wording",
         {"consignee_name": "Privatna osoba", "importer_country": "HR",
          "_more_items": [item("282990", "Kalijev perklorat, laboratorijski, 1 kg", "RS", 1, 25, "EUR", qty=1),
                          item("280800", "Dušična kiselina 65 %, 2 l", "RS", 3, 18, "EUR", qty=2),
                          item("810430", "Magnezij u prahu, 500 g", "RS", 0.5, 15, "EUR", qty=1)]}),
        ("PRE-07", "import", "FIAIR01", "express", "GB", [], "FI", "382499",
         "Akkuneste 38 %, lyijyakkujen täyttöön, 20 x 5 l", "GB", 180, 20, 260, "GBP",
         "the cans carry UN 1830 and a 96 % assay: concentrated sulphuric acid (Annex I above 15 %) under a "
         "chemical-preparations code as battery electrolyte, 100 litres to a private person; Finnish wording",
         person("Yksityishenkilö", "FI")),
        ("PRE-08", "import", "LVPOST01", "post", "UA", [], "LV", "310590",
         "Mēslojums istabas augiem, granulas, 2 kg, sūtījums 3/5", "UA", 2, 1, 9, "EUR",
         "one of five 2 kg parcels sent the same week to the same address: split ammonium nitrate 34.4 % N "
         "(Annex I) under a houseplant fertiliser, each parcel small enough to pass as a retail pack; Latvian wording",
         person("Privātpersona", "LV")),
        ("PRE-09", "import", "GRAIR01", "air", "CN", ["AE"], "GR", "381090",
         "Συμπυκνωμένο αφαιρετικό σκουριάς, 10 x 1 l", "CN", 15, 10, 140, "USD",
         "red fuming nitric acid (98 %, Annex I above 3 %) declared as a rust-remover preparation and routed through "
         "Dubai to a private person; rust removers are phosphoric or oxalic; Greek wording",
         person("Idiotis", "GR")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "283429",
         "Azotan wapnia czterowodny, szklarniowy, worki 25 kg, 22 t", "CN", 22000, 880, 9900, "USD",
         "calcium nitrate carries 15.5 % N; the certificate of analysis gives 34.2 % N: ammonium nitrate (Annex I) "
         "under calcium nitrate's code to a garden-centre wholesaler that sells to the public; Polish wording",
         firm("Ogród-Hurt Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "TR", "271500",
         "Gerecycled asfaltgranulaat, voor wegfundering, bulk, 3.000 t", "NL", 3000000, None, 6000, "EUR",
         "milled road surface from before 1991 holds coal tar (17 03 01*, PAH far above the limit), which the "
         "Netherlands sends for thermal cleaning; as recycled granulate for road bases to Turkey, without "
         "notification; Dutch wording", {"importer_country": "TR"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "251320",
         "Αμμοβολή γρανάτης, ανακυκλωμένη, σάκοι 1 t, 24 t", "GR", 24000, 24, 1200, "EUR",
         "spent blasting grit from a shipyard, loaded with copper and TBT antifouling paint (12 01 16*), sold as "
         "recycled garnet abrasive to Egypt, where hazardous waste may not go from the EU; Greek wording "
         "(blasting grit appears in earlier sets; the Greek shipyard and the garnet cover are new)",
         {"importer_country": "EG"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CM", "630790",
         "Textiles médicaux usagés, dons pour hôpitaux, 6 t", "BE", 6000, 1500, 900, "EUR",
         "1,500 worn X-ray protective aprons, 4 kg of lead sheet each, cleared out by hospitals: lead-bearing "
         "waste (A1010/A1020) declared as donated medical textiles to Douala; French wording",
         {"importer_country": "CM"}),
        ("WST-04", "transit", "ATRAIL01", "rail", "CH", ["AT", "HU"], "RS", "282739",
         "Eisen(III)-chloridlösung 40 %, Fällmittel für Kläranlagen, Kesselwagen, 60 t", "CH", 60000, None, 600, "EUR",
         "spent hydrochloric pickling liquor from a galvaniser (11 01 05*, zinc and iron chlorides, free acid) "
         "at 10 EUR/t as ferric chloride coagulant, moved in transit to Serbia without notification; Swiss-German "
         "wording (pickling liquor repeats earlier sets; the rail transit from Switzerland is new)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "ROROAD01", "road", "RO", [], "MD", "440321",
         "Stâlpi de lemn folosiți, pin, pentru vie, 800 buc.", "RO", 32000, 800, 1600, "EUR",
         "telephone poles pulled from a line, impregnated with creosote (17 02 04*), sold as pine vineyard posts to "
         "Moldova under untreated wood's code; Romanian wording", {"importer_country": "MD"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "TG", "871200",
         "Gebrauchte Fahrräder, fahrbereit, 40'-Container, 350 Stück", "DE", 5200, 350, 7000, "EUR",
         "behind the bicycles 420 loose e-bike batteries from a collection point, untested and unpacked: waste "
         "lithium batteries declared as bicycle accessories to Lomé; German wording",
         {"importer_country": "TG",
          "_more_items": [item("871499", "Fahrradzubehör, gebraucht, 420 Stück", "DE", 1300, 400, "EUR", qty=420)]}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "IN", "720449",
         "Steel scrap HMS 1&2 80:20, loose, 25 t", "GB", 25000, None, 5500, "GBP",
         "the 'HMS' is crushed used oil filters still holding oil (16 01 07*), hazardous waste to a non-OECD "
         "country under a heavy melting scrap grade (oil filters appear in earlier sets; the HMS grade wording is new)",
         {"importer_country": "IN"}),
        ("WST-08", "export", "SEAIR01", "express", "SE", [], "HK", "711299",
         "Silverlegeringsskrot från tandtekniskt labb, 5 kg, parti 2 av 6", "SE", 5, 1, 400, "EUR",
         "dental amalgam separator sludge and capsule waste, half mercury: the EU forbids the export of mercury "
         "waste; split into six 5 kg lots as silver scrap; Swedish wording", {"importer_country": "HK"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "CN", "261390",
         "Concentré de molybdène, 20 t", "BE", 20000, 20, 16000, "EUR",
         "spent nickel-molybdenum hydrotreating catalyst (16 08 02*, self-heating, with coke and sulphur) as a "
         "molybdenum ore concentrate to China, which admits no waste at all; French wording (spent catalysts repeat "
         "earlier sets; the concentrate cover is new)", {"importer_country": "CN"}),
        ("WST-10", "export", "ITROAD01", "road", "IT", ["GR"], "AL", "283230",
         "Tiosolfato di sodio in soluzione, uso fotografico, cisternette, 12 t", "IT", 12000, 12, 360, "EUR",
         "used photographic and X-ray fixer with dissolved silver (09 01 04*) at 30 EUR/t as thiosulphate solution, "
         "hazardous waste to a non-OECD country; Italian wording", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "US", [], "ES", "290919",
         "Disolvente hidrofluoroéter, limpieza de precisión, bidones 200 l, 5 t", "US", 5000, 25, 110000, "USD",
         "the drums' SDS give HFC-43-10mee (GWP 1,640), not an HFE: 5 t of bulk HFC placed on the market by a "
         "cleaning contractor holding no quota, under the ethers' code; Spanish wording", {"importer_country": "ES"}),
        ("OZN-02", "import", "DEAIR01", "express", "CN", [], "DE", "382499",
         "Kältespray für Elektronik-Fehlersuche, 400 ml, 48 Dosen", "CN", 19, 48, 190, "USD",
         "circuit freezers of HFC-134a (GWP 1,430): technical aerosols with GWP 150 or more are banned unless a "
         "safety standard needs them; by express to a private person; German wording (freeze sprays appear in two "
         "earlier rows; the electronics cover is new)", person("Lena Wagner", "DE")),
        ("OZN-03", "import", "ITSEA01", "sea", "TR", [], "IT", "841850",
         "Vetrine per gelato, refrigerate, autonome, 60 pz", "TR", 9000, 60, 54000, "EUR",
         "the compressors' plates give R-404A: self-contained commercial refrigeration with an HFC of GWP 150 or "
         "more may not be placed on the EU market; the declaration leaves the gas out; Italian wording",
         {"importer_country": "IT"}),
        ("OZN-04", "export", "NLSEA01", "sea", "NL", [], "NG", "860900",
         "Containers, 40 ft, used, as is, 12 pcs", "NL", 56000, 12, 24000, "EUR",
         "the boxes are reefers whose machinery still holds R-22: the EU forbids the export of equipment relying on "
         "HCFCs; declared as plain used containers (reefers appear in earlier sets; the export leg is new)",
         {"importer_country": "NG"}),
        ("OZN-05", "import", "NLROAD01", "road", "GB", ["BE"], "NL", "842410",
         "Rekwisieten: antieke brandblussers, gevuld, voor filmset, 30 stuks", "GB", 120, 30, 900, "GBP",
         "1970s extinguishers still charged with halon 1211 (BCF), whose use outside critical uses is banned, "
         "brought in as film props; Dutch wording (halon repeats earlier sets; the prop cover is new)",
         firm("Filmrekwisieten Amsterdam BV", "NL")),
        ("OZN-06", "import", "HUROAD01", "road", "RS", [], "HU", "741110",
         "Klímaszerelési anyag: rézcső, tekercs, 400 kg", "RS", 400, 80, 4400, "EUR",
         "the 'nitrogen purge' cylinders on the same truck hold HCFC-22, whose placing on the market is banned; "
         "hidden as a second line of installation supplies; Hungarian wording",
         {"importer_country": "HU",
          "_more_items": [item("731100", "Nitrogén öblítőgáz palack, 13,6 kg, 30 db", "RS", 410, 600, "EUR", qty=30)]}),
        ("OZN-07", "import", "PTSEA01", "sea", "IN", [], "PT", "290345",
         "Propelente farmacêutico HFA-134a, para inaladores, ISO-tank, 20 t", "IN", 20000, 1, 70000, "USD",
         "HFC-134a bought under the inhaler-propellant story by a refrigerant trader with no inhaler plant and no "
         "quota, to be refilled into service cylinders; Portuguese wording",
         firm("Frio Atlântico Comércio Lda", "PT")),
        ("OZN-08", "import", "BESEA01", "sea", "IN", [], "BE", "290323",
         "Tetrachloorethyleen, stomerijsolvent, vaten 250 kg, 16 t", "IN", 16000, 64, 15000, "USD",
         "the drums give CAS 56-23-5, carbon tetrachloride (an Annex I ODS), not perchloroethylene (127-18-4): "
         "banned solvent under its neighbour's name; Dutch (Flemish) wording", {"importer_country": "BE"}),
        ("OZN-09", "import", "SESEA01", "sea", "US", [], "SE", "290379",
         "Arbetsmedium för ORC-anläggning, R-1233zd, fat, 2 t", "US", 2000, 8, 48000, "USD",
         "the drums hold HFC-245fa (GWP 1,030), not the HFO R-1233zd: bulk HFC for a waste-heat plant bought by "
         "an installer with no quota; Swedish wording", {"importer_country": "SE"}),
        ("OZN-10", "transit", "ROROAD01", "road", "TR", ["BG", "RO"], "MD", "950590",
         "Kituri heliu pentru baloane, butelii de unică folosință, 900 buc.", "TR", 12000, 900, 9000, "EUR",
         "the 'helium' cylinders carry R-134a: non-refillable HFC containers, banned in the EU, in transit to "
         "Chisinau with the seals found broken at the border; Romanian wording", {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITPOST01", "post", "IT", [], "US", "491199",
         "Fogli stampati antichi, decorativi, 8 pz", "IT", 0.5, 8, 160, "EUR",
         "eight leaves cut from a 1478 Venetian incunable whose library stamp is scraped off, posted as decorative "
         "prints without an export licence (EU 116/2009, incunabula); Italian wording", {"importer_country": "US"}),
        ("CUL-02", "export", "CZAIR01", "express", "CZ", [], "US", "491191",
         "Dekorativní kaligrafie na pergamenu, 1 ks", "CZ", 0.6, 1, 90, "EUR",
         "a 14th-century charter on parchment with its hanging wax seal, missing from a town archive: archives "
         "and manuscripts need an export licence at any value (EU 116/2009); Czech wording",
         {"importer_country": "US"}),
        ("CUL-03", "import", "SEAIR01", "air", "IR", ["TR"], "SE", "830629",
         "Dekorativ mässingsplatta med gravyr, 1 st", "IR", 1.8, 1, 14000, "USD",
         "a 17th-century Safavid astrolabe with rete and alidade, at 14,000 USD, left Iran without a permit and "
         "routed through Istanbul as a decorative plate; Swedish wording", {"importer_country": "SE"}),
        ("CUL-04", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "690740",
         "Wandfliesen, glasiert, Handarbeit, 40 Stück", "TR", 60, 40, 18000, "EUR",
         "16th-century Iznik tiles prised from a mosque wall, mortar still on the backs, at 450 EUR each; Turkish "
         "law bans their export; German wording", {"importer_country": "DE"}),
        ("CUL-05", "import", "BEAIR01", "air", "ML", [], "BE", "441899",
         "Volet sculpté style africain, artisanat récent, 1 pce", "ML", 22, 1, 6500, "EUR",
         "a Dogon granary shutter with rows of ancestor figures, iron staples and a worn lock, at 6,500 EUR: Mali's "
         "cultural goods are on ICOM's Red List and under an import restriction; French wording",
         {"importer_country": "BE"}),
        ("CUL-06", "import", "FRAIR01", "air", "AM", [], "FR", "680293",
         "Pierre de jardin sculptée, granit, 1 pce", "AM", 480, 1, 12000, "EUR",
         "a cross-stone (khachkar) of the 13th century with a donor inscription, taken from a churchyard, flown as a "
         "granite garden stone; French wording", {"importer_country": "FR"}),
        ("CUL-07", "export", "ITAIR01", "air", "IT", [], "JP", "920210",
         "Violino da studio, usato, 1 pz", "IT", 1.2, 1, 800, "EUR",
         "the insurance certificate in the case values it at 420,000 EUR: an 18th-century Cremonese violin declared "
         "as a student instrument, without the export licence antiques over 100 years and 50,000 EUR need; Italian "
         "wording (violins appear in earlier sets; the student-violin cover and Japan are new)",
         {"importer_country": "JP"}),
        ("CUL-08", "import", "ATAIR01", "air", "GE", [], "AT", "711719",
         "Советские значки и сувениры, 200 шт.", "GE", 3, 200, 400, "EUR",
         "among the badges six gold appliqués with Kherson museum inventory numbers: Scythian gold taken from the "
         "occupied city's museum, carried through Tbilisi; Russian wording",
         {"importer_country": "AT",
          "_more_items": [item("711719", "Бижутерия, жёлтый металл, 6 шт.", "GE", 0.1, 60, "EUR", qty=6)]}),
        ("CUL-09", "import", "FRAIR01", "air", "JP", [], "FR", "392690",
         "Réplique en résine, crâne de dinosaure, décoration, 1 pce", "MN", 9, 1, 1200, "EUR",
         "a Protoceratops skull with matrix in the eye sockets and no casting seams: Mongolia forbids export of "
         "fossils; routed through a Japanese dealer as a resin replica (Mongolian fossils repeat earlier sets; the "
         "Japanese route and resin cover are new); French wording", {"importer_country": "FR"}),
        ("CUL-10", "export", "IEPOST01", "post", "IE", [], "US", "711719",
         "Costume jewellery, brass collar, 1 pc", "IE", 0.1, 1, 35, "EUR",
         "a Bronze Age gold lunula from a bog find, posted as a brass collar: archaeological objects may not leave "
         "Ireland without a licence and EU 116/2009 needs one at any value", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["AE"], "IR", "852589",
         "Industriekamera für Abfüllanlagen, 2 Stück", "DE", 40, 2, 380000, "EUR",
         "190,000 EUR apiece buys a camera recording millions of frames per second (6A003 high-speed camera, "
         "nuclear-test diagnostics), not a bottling-line camera; to Iran via Dubai; German wording",
         {"importer_country": "IR"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", ["TR"], "KG", "847150",
         "Gebruikte kantoorcomputers, getest, 8 stuks", "NL", 240, 8, 8000, "EUR",
         "the 'office computers' are eight-GPU data-centre servers at 1,000 EUR each: computers are banned for "
         "Russia and a Bishkek reseller is the usual detour; Dutch wording", {"importer_country": "KG"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AM", "848180",
         "Valvole a vapore per caseificio, acciaio inox, 40 pz", "IT", 320, 40, 96000, "EUR",
         "bellows-sealed valves of nickel alloy at 2,400 EUR each are 2B350 chemical-plant valves (CW precursor "
         "plant), not dairy steam valves; to a Yerevan trader delivering to Iran; Italian wording",
         {"importer_country": "AM"}),
        ("STR-04", "export", "ESAIR01", "air", "ES", [], "TR", "740940",
         "Fleje de cobre-berilio CuBe2 para muelles, 30 kg", "ES", 30, None, 27000, "EUR",
         "900 EUR/kg is no copper alloy: the mill certificate gives 99 % beryllium sheet (1C230, nuclear), to an "
         "Istanbul trader whose buyer is in Russia; Spanish wording", {"importer_country": "TR"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "CN", "920120",
         "Konzertflügel, gebraucht, 1 Stück", "AT", 480, 1, 9000, "EUR",
         "a new concert grand at a used price, consigned to Dalian with a Pyongyang concert-hall delivery address: "
         "luxury goods to the DPRK are banned (UN 1718, EU 2017/1509); Austrian wording", {"importer_country": "CN"}),
        ("STR-06", "import", "GRSEA01", "sea", "TR", [], "GR", "760110",
         "Πρωτογενές αλουμίνιο σε πλίνθους, τουρκικής καταγωγής, 500 t", "RU", 500000, 20000, 1150000, "USD",
         "the ingots carry a Siberian smelter's stamps under Turkish paper: Russian primary aluminium is banned "
         "(Regulation 833/2014, banned since the sixteenth package); Greek wording", {"importer_country": "GR"}),
        ("STR-07", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "220860",
         "Degvīns, Kazahstānas izcelsmes, pudeles 0,5 l, 19 200 gab.", "KZ", 9600, 19200, 23000, "EUR",
         "bottles from a Russian distillery with the excise strips cut off, rebadged as Kazakh: Russian spirits may "
         "not enter the EU (Annex XXI); Latvian wording (vodka appears in two earlier rows; the Kazakh cover is new)",
         {"importer_country": "LV"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870360",
         "Naudotas automobilis, po avarijos, dalims, 1 vnt.", "LT", 2400, 1, 18000, "EUR",
         "a 2032 luxury hybrid SUV with 300 km on the clock and cosmetic damage, list price 240,000 EUR, declared "
         "as a crashed car for parts to Almaty, by road through Russia: luxury cars are banned for Russia "
         "(Annex XVIII); Lithuanian wording", {"importer_country": "KZ"}),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "HK", "810939",
         "Déchets de zirconium, éponge, 12 kg", "FR", 12, None, 36000, "EUR",
         "3,000 EUR/kg is hafnium crystal bar (1C231, reactor control rods), not zirconium sponge scrap; to a Hong "
         "Kong trader without a licence; French wording", {"importer_country": "HK"}),
        ("STR-10", "import", "HRROAD01", "road", "RS", [], "HR", "401110",
         "Gume za osobna vozila, srpsko podrijetlo, 2.400 kom", "RS", 19000, 2400, 62000, "EUR",
         "moulded-in plant codes give a Babruysk factory: Belarusian tyres (rubber goods banned from Belarus) "
         "relabelled in Serbia; Croatian wording (Belarusian tyres repeat earlier sets; the Serbian relabel is new)",
         {"importer_country": "HR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "EC", [], "DE", "010690",
         "Tree frogs, captive bred, live, 60 pcs", "EC", 3, 60, 9000, "USD",
         "translucent-bellied frogs at 150 USD each are glass frogs (Centrolenidae, CITES App. II since 2023), wild "
         "caught, not captive-bred tree frogs; no permit", {"importer_country": "DE"}),
        ("WLF-02", "import", "ESSEA01", "sea", "CN", [], "ES", "440729",
         "Diapasones de wengué para guitarra, aserrados, 2 t", "CN", 2000, 8000, 64000, "USD",
         "jet-black blanks at 32 USD/kg are Madagascar ebony (Diospyros, CITES App. II, Madagascar export ban) from "
         "Chinese stocks, not brown-streaked wengé; Spanish wording", {"importer_country": "ES"}),
        ("WLF-03", "transit", "DEAIR01", "air", "CN", ["DE"], "GB", "121190",
         "Caulis herba, dried stems, for tea, 400 kg", "CN", 400, None, 48000, "USD",
         "twisted golden stems at 120 USD/kg are fengdou, wild Dendrobium (Orchidaceae, CITES App. II), in air "
         "transit through Frankfurt to a London TCM wholesaler without permits", {"importer_country": "GB"}),
        ("WLF-04", "import", "ITSEA01", "sea", "ZA", [], "IT", "060290",
         "Tronchi di palma Phoenix, per paesaggistica, 12 pz", "ZA", 4800, 12, 96000, "USD",
         "8,000 USD a trunk is the price of wild-dug cycads (Encephalartos, CITES App. I), not date-palm trunks; "
         "the cones and leaf bases give them away; Italian wording", {"importer_country": "IT"}),
        ("WLF-05", "export", "PTAIR01", "air", "PT", [], "HK", "030559",
         "Asas de raia secas, 300 kg", "PT", 300, None, 45000, "EUR",
         "the 'skate wings' are dried fins of common guitarfish (Rhinobatidae, CITES App. II), priced like shark "
         "fin at 150 EUR/kg, without an export permit; Portuguese wording", {"importer_country": "HK"}),
        ("WLF-06", "import", "NLAIR01", "air", "BR", [], "NL", "290522",
         "Linalool, natural, for perfumery, 2 drums 180 kg", "BR", 360, 2, 54000, "USD",
         "natural linalool from Amazonas at 150 USD/kg is rosewood oil (Aniba rosaeodora, CITES App. II, extracts "
         "included) distilled from wild trees, without a permit", {"importer_country": "NL"}),
        ("WLF-07", "import", "PLAIR01", "air", "IN", [], "PL", "121190",
         "Korzeń kozłka lekarskiego, suszony, 250 kg", "IN", 250, None, 9000, "USD",
         "valerian from Nepal and India at 36 USD/kg is jatamansi (Nardostachys jatamansi, CITES App. II), whose "
         "rhizome smells of it; Polish wording", {"importer_country": "PL"}),
        ("WLF-08", "import", "DKAIR01", "air", "TW", [], "DK", "392690",
         "Orkidépotter af plast, 2.000 stk", "TW", 180, 2000, 1400, "USD",
         "the second line, 'coco fibre plaques', is slabs of tree-fern trunk (Cyathea, CITES App. II) for mounting "
         "orchids; Danish wording",
         {"importer_country": "DK",
          "_more_items": [item("530500", "Kokosfiberplader til dyrkning, 600 stk", "TW", 240, 3000, "USD", qty=600)]}),
        ("WLF-09", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Iroko gezaagd, kwartiergezaagd, 40 m3", "CM", 28000, None, 52000, "EUR",
         "quarter-sawn golden-brown boards with a fine ribbon are afrormosia (Pericopsis elata, CITES App. II), "
         "not coarse-grained iroko; Flemish wording", {"importer_country": "BE"}),
        ("WLF-10", "import", "SIPOST01", "post", "ID", [], "SI", "442019",
         "Okrasni okvir z metuljem, farmski, 3 kosi", "ID", 1.5, 3, 2100, "USD",
         "a framed pair of Queen Alexandra's birdwings (Ornithoptera alexandrae, CITES App. I) at 700 USD a frame, "
         "declared as a farmed-butterfly ornament; by post to a private collector; Slovenian wording",
         person("Zasebnik", "SI")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "US", "FR", "290420",
     "Nitromethane 90 %, drag-racing fuel, 4 x 20 l, for a licensed private racing team", "US", 90, 4, 1300, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-33-0212")], "nitromethane above 16 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "express", "GB", "IT", "284700",
     "Hydrogen peroxide 35 % (130 volumes), 2 x 1 l, for a licensed private restorer", "GB", 2.4, 2, 30, "GBP",
     [("PRECURSOR_LICENCE", "IT-PREF-33-0734")], "peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "GB", "NL", "271500",
     "Tar-containing asphalt millings (17 03 01*), for thermal cleaning, 2,000 t", "GB", 2000000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-33-0418")], "notified tar asphalt to a licensed thermal cleaning plant"),
    ("PRM-04", "waste", "export", "BESEA01", "sea", "BE", "US", "262190",
     "Spent Ni-Mo hydrotreating catalyst (16 08 02*), for metals reclamation, 20 t", "BE", 20000, 20, 9000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-33-0127")], "notified spent catalyst to a licensed metals reclaimer in the OECD"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290348",
     "HFC-43-10mee precision cleaning solvent, 200 l drums, 2 t, quota holder's import", "US", 2000, 10, 44000, "USD",
     [("FGAS_QUOTA", "ES-MITECO-FG-33-0091")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Recovered halon 1211, for aircraft hand extinguishers (critical use), 10 cylinders", "US", 120, 10, 6000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-33-0015")], "halon for a critical use under licence"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "JP", "920210",
     "Violin, Cremona, c. 1740, with its case and papers, sold to a Tokyo foundation, 1 pc", "IT", 1.2, 1, 420000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-33-0266")], "an antique violin with its export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970610",
     "Parchment charter, 1420s, private collection, with hanging seal, 1 pc", "CZ", 0.6, 1, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-33-0058")], "a medieval charter with its export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "852589",
     "High-speed camera, 5 million frames/s, for a university shock-physics laboratory, 1 pc", "DE", 20, 1, 190000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-33-0447"), ("END_USER_CERTIFICATE", "JP-METI-EUC-33-0121")],
     "6A003 camera under licence to a named laboratory"),
    ("PRM-10", "strategic", "export", "ESAIR01", "air", "ES", "US", "811219",
     "Beryllium foil, 99.8 %, for X-ray tube windows, 4 kg", "ES", 4, None, 3600, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-33-0310"), ("END_USER_CERTIFICATE", "US-DOC-EUC-33-0804")],
     "1C230 beryllium under licence to an X-ray tube maker"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "330129",
     "Rosewood oil (Aniba rosaeodora), from a managed plantation, 50 kg", "BR", 50, 2, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-33-01183")], "App. II rosewood oil with its export permit to a perfumer"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "060290",
     "Encephalartos seedlings, artificially propagated, 100 pcs", "ZA", 30, 100, 5000, "USD",
     [("CITES_PERMIT", "ZA-CITES-33-02247")], "nursery-raised App. I cycads with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Écurie Nitro Sud", "PRM-02": "Laboratorio Restauro Ferri",
    "PRM-03": "Thermisch Reinigingscentrum Rotterdam BV", "PRM-06": "Aero Fire Safety Schiphol BV",
    "PRM-09": "Tohoku University Institute of Fluid Science", "PRM-11": "Parfums de Grasse SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("330610", "Fluoride toothpaste, retail tubes", "import", ["sea"], ["IN", "TR"], (2.5, 4), (8000, 14000), ["USD", "EUR"], 8, S),
    ("381119", "Octane booster, aromatic amine-free, 350 ml bottles", "import", ["express"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 2.5, S),
    ("310530", "Diammonium phosphate yeast nutrient, 100 g home-brew sachets", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, S),
    ("284700", "Hydrogen peroxide 6 % (20 volumes), hair developer, 1 l bottles", "import", ["road"], ["TR", "CH"], (1.5, 3), (3000, 8000), ["EUR"], 1, S),
    ("250100", "Vacuum salt tablets for water softeners, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.12, 0.2), (20000, 25000), ["EUR", "USD"], None, S),
    ("701790", "Borosilicate laboratory glassware, to a lab distributor", "import", ["sea"], ["CN", "IN"], (6, 10), (1000, 4000), ["USD"], 2, S),
    ("850710", "Motorcycle AGM batteries, factory sealed and pre-filled", "import", ["sea"], ["CN", "TW"], (4, 6), (8000, 14000), ["USD"], 0.3, S),
    ("310590", "Houseplant liquid fertiliser NPK 7-3-6, 500 ml", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 2, S),
    ("381090", "Rust remover gel, phosphoric acid based, 500 ml", "import", ["express"], ["US", "TR"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("283429", "Calcium nitrate 15.5 % N, greenhouse grade, to a growers' cooperative", "import", ["sea"], ["NO", "CN"], (0.4, 0.6), (20000, 25000), ["EUR", "USD"], None, S),
    ("271500", "Cationic bitumen emulsion, new, for road surfacing", "import", ["road"], ["CH", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("251320", "Garnet abrasive, new, almandine 80 mesh, 1 t bags", "import", ["sea"], ["IN", "AU"], (0.25, 0.4), (20000, 25000), ["USD"], None, S),
    ("630790", "Reusable surgical gowns, new", "import", ["sea"], ["PK", "CN"], (12, 20), (2000, 6000), ["USD"], 2, S),
    ("282739", "Ferric chloride 40 % solution, virgin, water-treatment grade", "import", ["sea"], ["TR", "EG"], (0.15, 0.25), (20000, 24000), ["EUR", "USD"], None, S),
    ("871200", "Bicycles, new, non-electric, boxed", "import", ["sea"], ["TW", "KH"], (12, 20), (4000, 9000), ["USD"], 0.07, S),
    ("720449", "Shredded steel scrap E40, clean, certified free of oil", "export", ["sea"], ["TR", "EG"], (0.3, 0.4), (22000, 26000), ["EUR"], None, S),
    ("261390", "Roasted molybdenite concentrate, from a mine", "import", ["sea"], ["CL", "PE"], (25, 40), (18000, 22000), ["USD"], None, S),
    ("283230", "Sodium thiosulphate pentahydrate, crystals, new", "import", ["sea"], ["CN", "IN"], (0.4, 0.7), (15000, 22000), ["USD"], None, S),
    ("290919", "Hydrofluoroether HFE-7100 cleaning fluid, 5 kg cans", "import", ["air"], ["US", "JP"], (50, 90), (50, 300), ["USD"], 0.2, S),
    ("382499", "Circuit freezer spray, HFO-1234ze, 200 ml", "import", ["express"], ["GB", "US"], (25, 45), (1, 3), ["GBP", "USD"], 4, S),
    ("841850", "Ice-cream display freezers, R-290, self-contained", "import", ["sea"], ["TR", "CN"], (5, 8), (6000, 12000), ["EUR", "USD"], 0.007, S),
    ("860900", "Dry freight containers, 40 ft, new", "import", ["sea"], ["CN"], (0.8, 1.0), (30000, 40000), ["USD"], 0.00027, S),
    ("842410", "Foam fire extinguishers 6 l, new", "import", ["road"], ["TR", "RS"], (4, 7), (4000, 9000), ["EUR"], 0.1, S),
    ("741110", "Copper tube coils for air-conditioning installation, new", "import", ["road"], ["RS", "TR"], (9, 12), (4000, 10000), ["EUR"], 0.2, S),
    ("290323", "Tetrachloroethylene, dry-cleaning grade, CAS 127-18-4, 250 kg drums", "import", ["sea"], ["US", "IN"], (0.9, 1.3), (15000, 20000), ["USD"], None, S),
    ("290379", "HFO-1233zd(E) working fluid, for an ORC plant", "import", ["sea"], ["US"], (18, 28), (1000, 4000), ["USD"], None, S),
    ("491199", "Facsimile of a Book of Hours, new, boxed", "import", ["post"], ["GB", "US"], (60, 120), (1, 3), ["GBP", "USD"], 0.5, S),
    ("491191", "Calligraphy prints on parchment paper, new", "import", ["express"], ["GB", "US"], (30, 60), (1, 2), ["GBP", "USD"], 10, S),
    ("830629", "Brass astrolabe replicas, new, decorative", "import", ["post"], ["IN", "TR"], (20, 40), (1, 4), ["USD", "EUR"], 1, S),
    ("690740", "Glazed ceramic wall tiles, Iznik pattern, new", "import", ["road"], ["TR"], (2, 4), (8000, 16000), ["EUR"], 3, S),
    ("441899", "Carved wooden doors, new, Rajasthan handicraft", "import", ["sea"], ["IN"], (3, 6), (3000, 8000), ["USD"], 0.02, S),
    ("680293", "Polished granite garden stones, new", "import", ["sea"], ["CN", "IN"], (0.5, 0.9), (18000, 24000), ["USD"], 0.02, S),
    ("920210", "Student violins, new, with bow and case", "import", ["sea"], ["CN"], (20, 35), (1000, 3000), ["USD"], 0.5, S),
    ("711719", "Enamel pin badges, new", "import", ["post"], ["CN", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 100, S),
    ("847150", "Rack servers, new, to a hosting company", "import", ["air"], ["TW", "US"], (80, 150), (200, 1500), ["USD"], 0.04, S),
    ("852589", "Machine-vision cameras, 200 fps, for bottling lines", "import", ["air"], ["CN", "JP"], (200, 400), (20, 120), ["USD"], 3, S),
    ("848180", "Stainless ball valves, new, for food plants", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 0.5, S),
    ("740940", "Phosphor-bronze spring strip, coils", "import", ["sea"], ["KR", "JP"], (9, 13), (3000, 8000), ["USD"], None, S),
    ("760110", "Primary aluminium ingots, Norwegian origin", "import", ["sea"], ["NO", "IS"], (2.3, 2.7), (22000, 26000), ["USD", "EUR"], 0.05, S),
    ("401110", "Passenger car tyres, new, Serbian plant", "import", ["road"], ["RS"], (3, 4.5), (10000, 18000), ["EUR"], 0.12, S),
    ("440729", "Sawn iroko, FSC certified", "import", ["sea"], ["CM", "GH"], (0.9, 1.4), (20000, 26000), ["EUR", "USD"], None, S),
    ("290522", "Linalool, synthetic, for fragrances", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 12000), ["USD"], None, S),
    ("442019", "Wooden frames with printed butterfly art, new", "import", ["post"], ["ID", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 16 rows dropped and 2 replaced, then EVERYDAY_2032_ADDED and 6 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Ginger, fresh",
          "Beef, fresh, boneless", "Frozen chicken cuts", "Frozen shrimps, vannamei", "Honey, natural, drums",
          "Milk powder, whole", "Inflatable kayaks", "Knitted hats, acrylic", "Maize flour, masa"],
    replace={
        "Baby diapers": ("961900", "Baby diapers, retail packs", "import", ["sea"], ["TR", "CN"], (2, 3), (8000, 14000), ["USD", "EUR"], 1.5, N),
        "Instant noodles, retail packs": ("190531", "Sweet biscuits, retail packs", "import", ["sea", "road"], ["TR", "RS"], (2, 3.5), (8000, 14000), ["EUR", "USD"], 5, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("940330", "Office desks, wooden, flat-packed", "import", ["sea"], ["VN", "CN"], (2, 3.5), (6000, 12000), ["USD"], 0.05, N),
        ("630231", "Cotton bed linen sets", "import", ["sea"], ["PK", "IN"], (6, 10), (4000, 9000), ["USD"], 0.8, N),
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 0.25, N),
        ("848110", "Pressure-reducing valves for household water", "import", ["road"], ["TR", "CH"], (10, 16), (1000, 4000), ["EUR", "CHF"], 2, N),
        ("950640", "Table-tennis bats and balls", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
        ("210330", "Mustard, prepared, retail jars", "export", ["road"], ["CH", "NO"], (2, 3.5), (6000, 12000), ["EUR"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind42", 20330301, HERE)


if __name__ == "__main__":
    main()
