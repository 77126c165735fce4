#!/usr/bin/env python3
"""Writes the tenth blind set (tests/risk/data/blind10-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2027, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
Written by a person who had not read the profile packs (nor any rule file) and had
not run the engine on it, and committed before the round-twelve profile changes were
measured on it. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further
items). Ids are BL10-*:

    python3 tests/risk/data/make_blind10_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2027, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "PL", [], "DE", "284700",
         "Teichpflege Sauerstoffkonzentrat, Wasserstoffperoxid 50 %, Kanister 10 l, 3 Stück", "PL", 36, 3, 140, "EUR",
         "a pond 'oxygen concentrate' at 50 % hydrogen peroxide (Annex I, limit 12 %); pond products are a few per cent "
         "percarbonate or peroxide; 30 l by post to a private person; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("PRE-02", "import", "ESPOST01", "post", "CN", [], "ES", "810430",
         "Polvo de magnesio 99,8 %, 50 µm, 'para flash fotográfico antiguo', 5 kg", "CN", 5, None, 110, "USD",
         "50 µm magnesium powder (Annex II) to a private person under a 'vintage flash photography' pretext: flash "
         "powder is an explosive mixture ingredient; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("PRE-03", "import", "ATROAD01", "road", "SI", [], "AT", "310230",
         "Schneehärter für Skipisten, Ammoniumnitrat 34,5 % N, Big Bags, 25 t", "SI", 25000, 25, 9500, "EUR",
         "a 'snow hardener' that is 34.5 % N ammonium nitrate (Annex I) in 25 t to a general trading company, not a "
         "lift operator; German wording",
         {"importer_name": "Alpen Handels KG", "importer_country": "AT"}),
        ("PRE-04", "export", "PTSEA01", "sea", "PT", [], "GW", "283429",
         "Nitrato de amónio cristalino 99,5 %, grau óxido nitroso, sacos 25 kg, 20 t", "PT", 20000, 800, 9400, "EUR",
         "crystalline 99.5 % ammonium nitrate (Annex I) under the 'other nitrates' code, with a nitrous-oxide grade "
         "claim, to a general trader in Bissau with no N2O plant; Portuguese wording",
         {"importer_name": "Comercial Geba Import-Export", "importer_country": "GW"}),
        ("PRE-05", "import", "GRROAD01", "road", "TR", [], "GR", "854390",
         "Ηλεκτρονικές μονάδες καθυστέρησης για εργοτάξια, UN 0511, 1.4B, 2.000 τεμ.", "TR", 120, 2000, 9000, "EUR",
         "UN 0511 class 1.4B are programmable electronic detonators, declared as electronic delay units for building "
         "sites under an electrical-apparatus code, to a quarry supplier without an explosives licence; Greek wording",
         {"importer_name": "Latomika Thessalias EPE", "importer_country": "GR"}),
        ("PRE-06", "import", "FRPOST01", "post", "US", [], "FR", "381400",
         "Solvant décolleur de colle cyanoacrylate, nitrométhane 99 %, 4 x 5 l", "US", 22, 4, 260, "USD",
         "99 % nitromethane (Annex I, limit 30 %) as a glue remover for a private person; retail cyanoacrylate removers "
         "are acetone or small vials; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("PRE-07", "import", "PLPOST01", "post", "CZ", [], "PL", "382499",
         "Elektrolit do akumulatorów, kwas siarkowy 98 %, kanistry 25 l, 4 szt.", "CZ", 180, 4, 150, "EUR",
         "battery electrolyte is about 37 % sulphuric acid; 98 % in 100 l to a private person is concentrate "
         "(Annex II, limit 15 %) under a mixtures code; Polish wording",
         dict(PRIVATE, importer_country="PL")),
        ("PRE-08", "import", "NLSEA01", "sea", "CN", [], "NL", "250100",
         "工业盐 高氯酸钾 99.5%, 25 kg 袋, 12 t", "CN", 12000, 480, 9600, "USD",
         "'industrial salt' in Chinese whose characters name potassium perchlorate 99.5 % (Annex I) to a trading "
         "company, under the salt code at ten times the price of salt",
         {"importer_name": "Rijnmond Chem Trading BV", "importer_country": "NL"}),
        ("PRE-09", "import", "ITSEA01", "sea", "IN", [], "IT", "310290",
         "Sale fertilizzante per idroponica 'urea nitrato', cristalli, sacchi 25 kg, 2 t", "IN", 2000, 80, 3000, "USD",
         "urea nitrate is a home-made explosive, not a hydroponic fertiliser (nutrient salts are calcium or potassium "
         "nitrate and phosphates); 2 t to a grow-shop importer; Italian wording",
         {"importer_name": "Idroverde Forniture Srl", "importer_country": "IT"}),
        ("PRE-10", "import", "ITPOST01", "post", "US", [], "IT", "283421",
         "Kit per razzomodellismo: nitrato di potassio 99 %, 20 kg", "US", 20, None, 160, "USD",
         "20 kg of potassium nitrate (Annex II) with 20 kg of sorbitol and empty casings to a private person: 'rocket "
         "candy', a propellant that is also a pipe-bomb filling; model rocket motors are bought finished; Italian "
         "wording",
         dict(PRIVATE, importer_country="IT", _more_items=[
             {"hs_code": "290544", "description": "Sorbitolo in polvere, 20 kg", "origin_country": "US",
              "net_mass_kg": 20, "value": 60, "currency": "USD"},
             {"hs_code": "392290", "description": "Tubi in PVC con tappi, 40 mm, 30 pezzi", "origin_country": "US",
              "net_mass_kg": 6, "value": 40, "currency": "USD"}])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "VN", "780200",
         "Chatarra de plomo, grado ISRI 'Rains', 20 t", "ES", 20000, None, 16000, "EUR",
         "ISRI 'Rains' is scrap drained or whole lead-acid batteries (Basel A1160), declared as lead scrap to Vietnam; "
         "Spanish wording",
         {"importer_name": "Hai Phong Metal Recycling Co", "importer_country": "VN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "391520",
         "Envases vacíos de fitosanitarios, HDPE, triturados, balas, 20 t", "ES", 20000, None, 1000, "EUR",
         "shredded empty pesticide containers are hazardous waste (Y4 residues) unless triple-rinsed and certified, "
         "declared as polyethylene scrap at 0.05 EUR/kg to Morocco; Spanish wording",
         {"importer_name": "Plastiques Recyclés Agadir SARL", "importer_country": "MA"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "NG", "370790",
         "Röntgenfilme, gebraucht, belichtet, aus Krankenhausarchiven, lose in Säcken, 12 t", "DE", 12000, None, 2400,
         "EUR",
         "used exposed X-ray film from hospital archives (silver, patient data) is waste for silver recovery, not a "
         "photographic chemical, shipped loose to Lagos at 0.20 EUR/kg; German wording",
         {"importer_name": "Apapa Silver Recovery Ltd", "importer_country": "NG"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "EG", "901890",
         "Filtri per dialisi usati, per rigenerazione, 8 t", "IT", 8000, None, 800, "EUR",
         "used dialysis filters are single-use clinical waste (Y1, infectious), not 'regeneration' stock, sent to "
         "Alexandria at 0.10 EUR/kg; Italian wording",
         {"importer_name": "Alex Medical Reprocessing Co", "importer_country": "EG"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "IN", "700100",
         "Glasscherven, gemengd, van beeldbuizen, 22 t", "NL", 22000, None, 880, "EUR",
         "cullet from picture tubes is leaded CRT glass (A2010), not container glass, to India; Dutch wording",
         {"importer_name": "Firozabad Glass Works", "importer_country": "IN"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "MA", "310100",
         "Amendement organique, boues de station d'épuration séchées, vrac, 24 t", "FR", 24000, None, 240, "EUR",
         "dried sewage sludge at 0.01 EUR/kg is waste needing prior notification (heavy metals), declared as an organic "
         "fertiliser to Morocco; French wording",
         {"importer_name": "Agri Souss Fertilisants SARL", "importer_country": "MA"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "MY", "391590",
         "Gemengde kunststoffen #3-#7, balen, 24 t", "BE", 24000, None, 1200, "EUR",
         "resin codes 3 to 7 mixed are the unrecyclable mixed plastics (Y48) needing prior consent, to Malaysia; Dutch "
         "wording",
         {"importer_name": "Klang Plastic Recovery Sdn Bhd", "importer_country": "MY"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CM", "847130",
         "Don humanitaire : ordinateurs portables usagés, non testés, écrans cassés inclus, 6 t", "FR", 6000, 3000,
         12000, "EUR",
         "'humanitarian donation' of untested laptops with broken screens at 2 EUR/kg is e-waste (A1180), not reuse, to "
         "Douala; French wording",
         {"importer_name": "Association Solidarité Numérique Douala", "importer_country": "CM"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "282739",
         "Eisen(II)-chloridlösung, technisch, aus Beizerei, 24 t", "DE", 24000, None, 240, "EUR",
         "ferrous chloride 'from a pickling line' at 0.01 EUR/kg is spent pickle liquor (acidic waste, A4090) declared as "
         "a water-treatment chemical, to a trader in Lviv; German wording",
         {"importer_name": "Zakhid Khim Trade TOV", "importer_country": "UA"}),
        ("WST-10", "transit", "BGROAD01", "road", "TR", [], "SY", "870895",
         "وسائد هوائية مستعملة، منتشرة وغير منتشرة، 2 طن", "TR", 2000, None, 1000, "USD",
         "used airbag modules 'deployed and undeployed' from scrapped cars: undeployed inflators are explosive "
         "hazardous waste, in transit to Syria; Arabic wording",
         {"consignee_name": "Halab Auto Parts", "consignee_country": "SY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "CN", [], "ES", "280440",
         "Gas comprimido UN 1018, clase 2.2, cilindros 13,6 kg, 800 unidades", "CN", 10880, 800, 32000, "USD",
         "UN 1018 is chlorodifluoromethane (HCFC-22) declared under the industrial oxygen code by its UN number only; "
         "13.6 kg is the R-22 cylinder fill; Spanish wording",
         {"importer_name": "Gases Técnicos Levante SL", "importer_country": "ES"}),
        ("OZN-02", "import", "DEPOST01", "post", "CN", [], "DE", "340290",
         "Klimaanlagen-Nachfüllset mit Lecksucher, 500 g Dosen, 1.200 Stück", "CN", 720, 1200, 3600, "USD",
         "DIY car air-conditioning recharge cans hold HFC-134a in non-refillable containers (banned on the EU market), "
         "1,200 to a private person; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("OZN-03", "import", "SKROAD01", "road", "UA", [], "SK", "290377",
         "Kältemittel Frigen 12 aus Altbestand, 12-kg-Flaschen, 40 Stück", "UA", 480, 40, 4800, "EUR",
         "Frigen 12 is the Hoechst name of CFC-12 (Annex I group I), from old stock by road; German wording",
         {"importer_name": "Chladiaca Technika Východ s.r.o.", "importer_country": "SK"}),
        ("OZN-04", "import", "NLSEA01", "sea", "CN", [], "NL", "860900",
         "Used reefer containers 40', refrigeration units charged with R-404A 6 kg each, for storage, 40 units", "CN",
         160000, 40, 120000, "USD",
         "used reefers with their R-404A charge are pre-charged equipment whose HFC must be covered by quota; 240 kg of a "
         "high-GWP HFC enters without the quota documents",
         {"importer_name": "Cold Store Rotterdam Leasing BV", "importer_country": "NL"}),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "271119",
         "Soğutucu gaz R-290 propan, 11,3 kg tüpler, 300 adet", "TR", 3390, 300, 16000, "EUR",
         "11.3 kg is the fill of an R-410A cylinder (a propane cylinder of that size holds about 5 kg) and the price is "
         "an HFC price: R-410A as 'R-290' under the petroleum-gas code; Turkish wording",
         {"importer_name": "Klimatik Trade EOOD", "importer_country": "BG"}),
        ("OZN-06", "import", "DEAIR01", "air", "CN", [], "DE", "381300",
         "FE-25 clean agent for server-room fire suppression, 100 cylinders 50 kg", "CN", 5000, 100, 45000, "USD",
         "FE-25 is HFC-125 (Kigali), declared as an extinguisher charge without quota to an IT installer",
         {"importer_name": "Datacenter Brandschutz GmbH", "importer_country": "DE"}),
        ("OZN-07", "import", "PLSEA01", "sea", "CN", [], "PL", "290345",
         "Norflurane pharmaceutical grade, MDI propellant, cylinders 50 kg, 120 pcs", "CN", 6000, 120, 21000, "USD",
         "pharmaceutical-grade HFA-134a claiming the metered-dose inhaler exemption, sent to a car-parts wholesaler with "
         "no pharmaceutical licence",
         {"importer_name": "AutoKlima Hurt Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-08", "import", "FRSEA01", "sea", "US", [], "FR", "381400",
         "Solvant de nettoyage de précision 'Vertrel XF', fûts 250 kg, 24 fûts", "US", 6000, 24, 180000, "USD",
         "Vertrel XF is HFC-43-10mee (a Kigali HFC, GWP about 1,600) declared as a solvent preparation without quota; "
         "French wording",
         {"importer_name": "Nettoyage Technique Aéro SAS", "importer_country": "FR"}),
        ("OZN-09", "import", "ITROAD01", "road", "AL", [], "IT", "382769",
         "Refrigerante R-13B1 per celle a bassissima temperatura, bombole 10 kg, 30 pezzi", "AL", 300, 30, 6000, "EUR",
         "R-13B1 is bromotrifluoromethane, halon 1301 (Annex I group III), as a low-temperature refrigerant; Italian "
         "wording",
         {"importer_name": "Frigo Service Adriatico Srl", "importer_country": "IT"}),
        ("OZN-10", "transit", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "DE", "271019",
         "POE compressor oil, in returnable pressure cylinders 11.3 kg, 1,500 cylinders", "CN", 16950, 1500, 51000,
         "USD",
         "compressor oil comes in cans and drums, not in 11.3 kg pressure cylinders: R-410A by rail in transit to a "
         "German buyer without quota",
         {"consignee_name": "Kältetechnik Handels GmbH", "consignee_country": "DE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRROAD01", "road", "GE", ["TR", "BG", "RS", "HR", "SI", "IT"], "FR", "680299",
         "Croix en pierre sculptée, décorative, neuve, 1 pièce", "AZ", 420, 1, 600, "EUR",
         "a 420 kg carved stone cross of Azerbaijani origin is an Armenian khachkar (from Nakhchivan cemeteries), "
         "declared as new garden decoration; French wording",
         {"importer_name": "Jardins de Pierre Valence", "importer_country": "FR"}),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "630190",
         "Mantas de lana antiguas, artesanía andina, con nudos rituales, 6 piezas", "BO", 9, 6, 700, "USD",
         "old Andean weavings from Bolivia with ritual knots are sacred community textiles of the Coroma kind (Red List "
         "Latin America, inalienable), through Lima; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("CUL-03", "import", "DEPOST01", "post", "TH", [], "DE", "140490",
         "Dekorative Palmblätter, beschrieben, gebündelt zwischen Holzdeckeln, 5 Bündel", "MM", 4, 5, 350, "EUR",
         "inscribed palm leaves bound between wooden covers from Myanmar are palm-leaf manuscripts (Buddhist monastery "
         "collections), declared as decorative leaves; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-04", "import", "FRSEA01", "sea", "VN", [], "FR", "830629",
         "Tambour décoratif en bronze, motifs d'oiseaux et d'étoile, patine verte, 1 pièce", "VN", 70, 1, 800, "USD",
         "a green-patinated bronze drum with a star and bird motifs is a Dong Son drum (Vietnamese national heritage), "
         "declared as a decorative ornament; French wording",
         {"importer_name": "Asie Déco Marseille", "importer_country": "FR"}),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "680291",
         "Rzeźba ogrodowa z kamienia, postać z naczyniem, zwietrzała, 1 szt.", "UA", 600, 1, 400, "EUR",
         "a weathered stone figure holding a vessel from southern Ukraine is a Polovtsian 'stone baba' kurgan stela, "
         "declared as a garden sculpture; Polish wording",
         {"importer_name": "Ogrody Kamienne Lublin", "importer_country": "PL"}),
        ("CUL-06", "import", "GBAIR01", "air", "IN", [], "GB", "491191",
         "Indian miniature paintings, reproductions on old hand-made paper, gouache and gold, 10 pcs", "IN", 1, 10, 400,
         "GBP",
         "'reproductions' in gouache and gold on old hand-made paper are Mughal and Rajput miniatures, antiquities whose "
         "export India forbids, declared as printed pictures",
         dict(PRIVATE, importer_country="GB")),
        ("CUL-07", "import", "DEAIR01", "express", "EG", [], "DE", "482390",
         "Papyrus-Souvenirs, unbemalt, Fragmente mit griechischer Schrift, gerahmt zwischen Glas, 12 Stück", "EG", 4, 12,
         600, "EUR",
         "souvenir papyrus is painted; unpainted fragments with Greek writing are ancient papyri (Red List Egypt); German "
         "wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-08", "import", "FRPOST01", "post", "CN", [], "FR", "960190",
         "骨雕工艺品, 刻字, 有烧裂纹, 15 件", "CN", 1, 15, 300, "USD",
         "'bone carvings' with incised characters and heat cracks are Shang oracle bones (export forbidden by China), "
         "by post to a private person in France; Chinese wording",
         dict(PRIVATE, importer_country="FR")),
        ("CUL-09", "import", "ESAIR01", "air", "MX", [], "ES", "691390",
         "Vasija de barro pintada, artesanía, con restos de tierra, 1 pieza", "GT", 3, 1, 120, "USD",
         "a painted clay vessel from Guatemala 'with soil remains' is a Maya polychrome from a looted tomb (Red List "
         "Central America), declared as handicraft; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("CUL-10", "import", "GBSEA01", "sea", "EG", [], "GB", "940360",
         "Used household effects, returning resident, 1 x 20' container", "SD", 3000, None, 4000, "GBP",
         "a household removal from Sudan carrying old stone statuettes 'family heirlooms': the Khartoum museum looting "
         "(Red List Sudan); English and Arabic wording",
         {"importer_name": "Private person", "importer_country": "GB", "_more_items": [
             {"hs_code": "970310", "description": "تماثيل حجرية قديمة، إرث عائلي، 6 قطع", "origin_country": "SD",
              "net_mass_kg": 40, "value": 300, "currency": "GBP"}]}),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", ["JO"], "SY", "281290",
         "Electrolito para baterías de litio, cloruro de tionilo 99 %, bidones 200 l, 8", "ES", 2100, 8, 9000, "EUR",
         "thionyl chloride (CWC Schedule 3) in drums as a 'battery electrolyte' (cells are bought filled) to Syria "
         "through Jordan without a licence; Spanish wording",
         {"importer_name": "Damascus Power Cells Co", "importer_country": "SY"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "283719",
         "Sale per doratura galvanica, cianuro di potassio 98 %, fusti 50 kg, 2 t", "IT", 2000, 40, 8000, "EUR",
         "gold-plating salt is gold potassium cyanide in grams; 2 t of 98 % potassium cyanide is an Australia Group "
         "chemical (1C350) for Iran through Dubai; Italian wording",
         {"importer_name": "Tehran Gold Plating Workshop", "importer_country": "IR"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["TR", "GE", "AZ", "KZ"], "UZ", "846593",
         "CNC-Fräsmaschine für Holz, 5-Achsen-simultan, Positioniergenauigkeit 4 µm, 1 Stück", "DE", 9000, 1, 410000,
         "EUR",
         "a 5-axis simultaneous mill with 4 µm positioning accuracy is a metal-working machine tool (2B001), not a "
         "woodworking router; to a furniture workshop in Uzbekistan on a route used for Russia; German wording",
         {"importer_name": "Tashkent Mebel Servis MChJ", "importer_country": "UZ"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "AM", "903180",
         "Trilproefstand voor meubeltesten, 80 kN kracht, met versterker, 1 stuk", "NL", 7000, 1, 420000, "EUR",
         "an 80 kN electrodynamic shaker is a missile-grade vibration test system (9B006/2B116), not furniture testing, "
         "to Armenia (re-export route to Russia); Dutch wording",
         {"importer_name": "Yerevan Furniture Lab LLC", "importer_country": "AM"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", ["AE"], "IR", "848180",
         "Vannes de plomberie à soufflet, inox 316, DN 25, 200 pièces", "FR", 1400, 200, 88000, "EUR",
         "plumbing valves are not bellows-sealed 316 stainless valves at 440 EUR each: 2B350/0B001 valves for Iran "
         "through Dubai; French wording",
         {"importer_name": "Kish Sanitary Trading LLC", "importer_country": "IR"}),
        ("STR-06", "import", "DEAIR01", "air", "AE", [], "DE", "710812",
         "Goldbarren 1 kg, 999,9, Prägung 'Krastsvetmet', Ursprung AE, 20 Stück", "AE", 20, 20, 2400000, "USD",
         "bars stamped by the Krasnoyarsk refinery are Russian gold (EU import ban) declared of UAE origin; German "
         "wording",
         {"importer_name": "Edelmetallhandel Taunus GmbH", "importer_country": "DE"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", ["AE"], "IR", "284510",
         "NMR solvent, deuterium oxide 99.8 %, 200 l drums, 5", "NL", 1100, 5, 600000, "EUR",
         "NMR solvent is sold in ampoules and grams; a tonne of 99.8 % D2O is heavy water (nuclear trigger list) for "
         "Iran through Dubai",
         {"importer_name": "Pars Analytical Instruments", "importer_country": "IR"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", ["EG"], "LY", "690722",
         "Piastrelle ceramiche per pavimenti, carburo di boro, 25 x 30 cm, curve, 600 pz", "IT", 1500, 600, 180000, "EUR",
         "curved 25 x 30 cm boron carbide 'floor tiles' at 300 EUR each are ballistic body-armour plates (military "
         "list), for Libya under an arms embargo; Italian wording",
         {"importer_name": "Benghazi Building Materials", "importer_country": "LY"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", ["TR"], "IR", "841381",
         "Chemiepumpen, PTFE-ausgekleidet, Hastelloy-C benetzte Teile, doppelte Gleitringdichtung, für Saftherstellung, "
         "6 Stück", "DE", 1800, 6, 150000, "EUR",
         "Hastelloy wetted parts with double seals are Australia Group pumps (2B350), not juice equipment; for Iran "
         "through Turkey; German wording",
         {"importer_name": "Tabriz Fruit Juice Industries", "importer_country": "IR"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "LB", "851580",
         "Glove box for welding, stainless steel, Class III, HEPA filtered, negative pressure, 2 pcs", "BE", 1400, 2,
         90000, "EUR",
         "a HEPA-filtered negative-pressure Class III glove box is biological containment (2B352), sent with a glass-lined "
         "reactor to a Beirut company (route to Syria)",
         {"importer_name": "Phoenicia Technical Services", "importer_country": "LB", "_more_items": [
             {"hs_code": "841989", "description": "Glass-lined reactor 100 l with jacket", "origin_country": "BE",
              "net_mass_kg": 600, "value": 30000, "currency": "EUR"}]}),
    ],
    "wildlife": [
        ("WLD-01", "import", "ESSEA01", "sea", "MX", [], "ES", "440729",
         "Madera dura mexicana, tablones, para mangos de cuchillo, 6 m3", "MX", 6000, None, 48000, "USD",
         "Mexican hardwood planks for knife handles at 8,000 USD/m3 are cocobolo (Dalbergia retusa, CITES II) without a "
         "permit; Spanish wording",
         {"importer_name": "Cuchillería Albacete Suministros", "importer_country": "ES"}),
        ("WLD-02", "import", "NLPOST01", "post", "US", [], "NL", "392690",
         "Resin replica whale teeth, carved 'scrimshaw' decoration, 6 pcs", "US", 2, 6, 9000, "USD",
         "'resin' teeth at 1,500 USD each with carved scrimshaw are sperm whale teeth (CITES I) to a private person",
         dict(PRIVATE, importer_country="NL")),
        ("WLD-03", "transit", "NLAIR01", "air", "ZA", [], "VN", "050690",
         "Bovine bones for gelatine, 300 kg", "ZA", 300, None, 12000, "USD",
         "bones for gelatine go by sea in bulk at cents a kilo; 300 kg by air at 40 USD/kg from South Africa to Vietnam "
         "are lion bones (CITES II, zero export quota), in transit through Amsterdam",
         {"consignee_name": "Hanoi Traditional Medicine Import", "consignee_country": "VN"}),
        ("WLD-04", "import", "FRAIR01", "air", "MG", [], "FR", "440839",
         "Touches de guitare en bois noir, ébauches, 500 pièces", "MG", 150, 500, 7500, "EUR",
         "black-wood fingerboard blanks from Madagascar are Diospyros ebony (CITES II, Madagascar populations) without a "
         "permit; French wording",
         {"importer_name": "Lutherie Fournitures Mirecourt", "importer_country": "FR"}),
        ("WLD-05", "import", "PTAIR01", "express", "BR", [], "PT", "040719",
         "Ovos férteis de galinha ornamental, 40 unidades, em incubadora portátil", "BR", 3, 40, 200, "EUR",
         "fertile 'ornamental hen' eggs by express in a portable incubator from Brazil to a private person are parrot "
         "eggs (macaws, CITES I/II); Portuguese wording",
         dict(PRIVATE, importer_country="PT")),
        ("WLD-06", "import", "ESSEA01", "sea", "BO", [], "ES", "440799",
         "Madera aserrada de cedro rojo tropical, para cajas de puros, 40 m3", "BO", 18000, None, 32000, "USD",
         "'cedro rojo' is Cedrela (CITES II since 2020), sawn from Bolivia without a CITES permit; Spanish wording",
         {"importer_name": "Cajas Tabaqueras del Sur SL", "importer_country": "ES"}),
        ("WLD-07", "import", "ITSEA01", "sea", "PH", [], "IT", "050800",
         "Conchiglie decorative a spirale con camere, tagliate a metà, 300 pz", "PH", 90, 300, 2700, "USD",
         "halved spiral shells with chambers are chambered nautilus (CITES II since 2017) without a permit; Italian "
         "wording",
         {"importer_name": "Bagno Design Toscana Srl", "importer_country": "IT"}),
        ("WLD-08", "import", "BEAIR01", "air", "AR", [], "BE", "430310",
         "Abrigo de piel sintética 'vintage', estampado manchado, 1 pieza", "AR", 3, 1, 3500, "EUR",
         "a 'synthetic' spotted fur coat at 3,500 EUR from Argentina is an ocelot or margay coat (CITES I) under the "
         "fur-clothing code; Spanish wording",
         dict(PRIVATE, importer_country="BE")),
        ("WLD-09", "import", "DEAIR01", "air", "GT", [], "DE", "060290",
         "Luftpflanzen gemischt, große silberne Rosetten 40 cm, 500 Stück", "GT", 400, 500, 6000, "USD",
         "40 cm silver rosettes are Tillandsia xerographica (CITES II) without a permit, declared as mixed air plants; "
         "German wording",
         {"importer_name": "Tillandsien Großhandel Nord", "importer_country": "DE"}),
        ("WLD-10", "import", "DEAIR01", "air", "NA", [], "DE", "430390",
         "Dekorative Fellteppiche: Zebra, 1 Stück", "NA", 25, 1, 1800, "EUR",
         "a zebra hide (lawful) sent with a 'spotted rug with mounted head' at 2,500 EUR: a leopard trophy (CITES I) "
         "without its permits; German wording",
         dict(PRIVATE, importer_country="DE", _more_items=[
             {"hs_code": "430390", "description": "Fellteppich gefleckt, mit präpariertem Kopf, 1 Stück",
              "origin_country": "NA", "net_mass_kg": 12, "value": 2500, "currency": "EUR"}])),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEROAD01", "road", "PL", "DE", "284700",
     "Hydrogen peroxide 50 %, technical, IBC 1,000 l, 20 pcs", "PL", 24000, 20, 9000, "EUR",
     [("PRECURSOR_LICENCE", "DE-BAFA-27-1187")], "50 % peroxide for a pulp bleaching plant, licensed"),
    ("PRM-02", "precursors", "import", "GRROAD01", "road", "TR", "GR", "360360",
     "Electronic detonators, programmable, UN 0511, 1.4B, 2,000 pcs", "TR", 120, 2000, 14000, "EUR",
     [("PRECURSOR_LICENCE", "GR-YPA-27-0091"), ("EXPORT_LICENCE", "TR-MSB-27-0433")],
     "electronic detonators under their own code to a licensed quarry blaster"),
    ("PRM-03", "waste", "export", "ESSEA01", "sea", "ES", "KR", "854911",
     "Waste lead-acid batteries, whole, for secondary lead smelting, 20 t", "ES", 20000, None, 9000, "EUR",
     [("BASEL_CONSENT", "ES-MITECO-27-0655")], "spent batteries to a permitted smelter with notification and consent"),
    ("PRM-04", "waste", "export", "NLSEA01", "sea", "NL", "DE", "700100",
     "CRT funnel glass, leaded, for lead recovery, 22 t", "NL", 22000, None, 300, "EUR",
     [("BASEL_CONSENT", "NL-ILT-27-1044")], "leaded CRT glass to a permitted recovery plant, notified"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, for aircraft hand-held extinguishers, 30 cylinders", "US", 900, 30, 27000,
     "USD", [("ODS_LICENCE", "IT-ODS-27-0027")], "halon 1211 for a critical use under an ODS licence"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290345",
     "HFC-134a, refrigerant grade, refillable cylinders 50 kg, 160 pcs", "CN", 8000, 160, 36000, "USD",
     [("FGAS_QUOTA", "PL-FG-27-0318")], "HFC-134a in refillable cylinders under quota"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970531",
     "Roman bronze coins, 3rd century, cleaned and catalogued, ex-collection since 1958, 12 pcs", "GB", 1, 12, 3800,
     "GBP", [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-27-0771")], "ancient coins with a UK export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970610",
     "Maya polychrome cylinder vessel, Late Classic, published 1971, 1 pc", "GT", 4, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-27-0812"), ("EXPORT_LICENCE", "FR-EUCG-27-0402")],
     "a published Maya vessel with its French certificate and EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "841381",
     "Chemical process pumps, PTFE-lined, Hastelloy-C wetted parts, double mechanical seal, 6 pcs", "DE", 1800, 6,
     150000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-27-5120"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-27-0314")],
     "Australia Group pumps under licence to a named pharmaceutical plant"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "KR", "903180",
     "Electrodynamic vibration test system, 80 kN, with amplifier, 1 pc", "NL", 7000, 1, 430000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-27-0911"), ("END_USER_CERTIFICATE", "KR-EUC-27-0132")],
     "an 80 kN shaker under licence to a named automotive test centre"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "BO", "ES", "440799",
     "Sawn Cedrela odorata, 40 m3", "BO", 18000, None, 36000, "USD",
     [("CITES_PERMIT", "BO-CITES-27-0402")], "Spanish cedar with its CITES export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "PH", "IT", "050800",
     "Nautilus pompilius shells, halved, legally acquired stock, 100 pcs", "PH", 30, 100, 1500, "USD",
     [("CITES_PERMIT", "PH-CITES-27-0155")], "chambered nautilus shells with their CITES export permit"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), many of them the lawful twin of a disguise
    ("284700", "Hydrogen peroxide 35 %, stabilised, technical, IBC, for paper mills", "import", ["road", "rail"], ["PL", "BE", "FI"], (0.5, 0.8), (18000, 24000), ["EUR"], None, S),
    ("330290", "Pond water treatment, sodium percarbonate granules, 2.5 kg tubs", "import", ["road"], ["DE", "NL"], (3, 5), (2000, 6000), ["EUR"], 0.4, S),
    ("810430", "Magnesium granules, coated, for steel desulphurisation, big bags", "import", ["sea"], ["CN", "IL"], (3, 4.5), (18000, 22000), ["USD"], None, S),
    ("310290", "Calcium nitrate 15.5 % N, greenhouse grade, 25 kg bags", "import", ["sea"], ["NO", "CN"], (0.35, 0.5), (22000, 26000), ["EUR", "USD"], None, S),
    ("310210", "Urea 46 % N, granular, bulk", "import", ["sea"], ["EG", "DZ", "QA"], (0.35, 0.5), (25000, 30000), ["USD"], None, S),
    ("360500", "Safety matches, household boxes", "import", ["sea"], ["IN", "ID"], (1.5, 2.5), (6000, 12000), ["USD"], None, S),
    ("280700", "Sulphuric acid 37 %, battery electrolyte, 5 l cans", "import", ["road"], ["CZ", "DE"], (0.4, 0.7), (6000, 12000), ["EUR"], 0.18, S),
    ("250100", "Rock salt for road de-icing, bulk", "import", ["sea"], ["EG", "DE", "MA"], (0.04, 0.07), (25000, 30000), ["EUR", "USD"], None, S),
    ("381400", "Cyanoacrylate glue remover, acetone-free, 20 ml bottles", "import", ["sea"], ["CN"], (8, 12), (500, 2000), ["USD"], 40, S),
    ("841381", "Stainless centrifugal pumps, hygienic, for juice and dairy lines", "export", ["sea"], ["TR", "EG", "BR"], (25, 45), (1000, 4000), ["EUR"], None, S),
    ("780110", "Refined lead ingots 99.97 %, LME brand", "import", ["sea"], ["KR", "AU", "KZ"], (2, 2.4), (20000, 25000), ["USD"], None, S),
    ("850710", "New lead-acid starter batteries, 12 V, filled and charged", "import", ["sea", "road"], ["TR", "KR", "PL"], (2.5, 3.5), (15000, 20000), ["EUR", "USD"], 0.06, S),
    ("854143", "New photovoltaic modules, 440 W, with IEC 61215 certificates", "export", ["sea"], ["NG", "KE", "SN"], (0.9, 1.3), (18000, 22000), ["EUR"], 0.04, S),
    ("847130", "Refurbished laptops, grade A, tested, with data-wipe and test reports", "export", ["sea", "air"], ["GH", "CM", "NG"], (50, 90), (1000, 4000), ["EUR"], 0.4, S),
    ("700100", "Flat glass cullet, clean, from window production offcuts", "import", ["road"], ["BE", "FR", "DE"], (0.06, 0.1), (22000, 26000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free, NT technology", "export", ["sea"], ["SN", "CI", "GN"], (0.5, 0.8), (18000, 24000), ["EUR"], None, S),
    ("391520", "Clean EPS packaging regrind, single polymer, white", "import", ["road"], ["NL", "BE"], (0.3, 0.5), (6000, 10000), ["EUR"], None, S),
    ("390760", "PET bottle-grade resin, prime, 1,100 kg big bags", "import", ["sea"], ["CN", "KR", "VN"], (1, 1.3), (22000, 25000), ["USD"], None, S),
    ("890190", "Second-hand general cargo vessel, built 2012, class maintained, sold for trading", "export", ["sea"], ["GR", "TR"], (2, 3.5), (5000000, 7000000), ["USD"], None, S),
    ("282739", "Ferric chloride 40 % solution, water treatment grade, tankers", "import", ["road"], ["DE", "NL", "PL"], (0.25, 0.4), (22000, 26000), ["EUR"], None, S),
    ("300490", "Pharmaceuticals, packaged, expiry 2030, humanitarian programme", "export", ["air", "sea"], ["SY", "YE", "LB"], (20, 60), (1000, 6000), ["EUR"], None, S),
    ("382761", "Refrigerant R-513A (HFO blend), refillable cylinders, under quota", "import", ["sea"], ["US", "CN"], (12, 18), (4000, 8000), ["USD"], None, S),
    ("271112", "Propane R-290 refrigerant grade, 5 kg cylinders", "import", ["road"], ["DE", "IT"], (4, 7), (2000, 5000), ["EUR"], 0.2, S),
    ("842410", "Fire extinguishers, foam AFFF-free, 6 l, EN 3", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 9000), ["USD", "EUR"], 0.09, S),
    ("271019", "POE compressor lubricant oil, 4 l cans", "import", ["sea"], ["US", "JP"], (5, 8), (4000, 10000), ["USD"], 0.22, S),
    ("380894", "Disinfectant, hydrogen peroxide 7.5 %, ready to use, 5 l", "import", ["road"], ["IT", "ES"], (1.5, 2.5), (4000, 10000), ["EUR"], None, S),
    ("970199", "Contemporary paintings, signed, with gallery invoices", "import", ["air"], ["US", "GB", "CH"], (200, 800), (50, 300), ["USD", "GBP"], None, S),
    ("970539", "Modern coins, commemorative, in capsules, numismatic", "import", ["air"], ["CA", "AT", "AU"], (300, 900), (10, 100), ["EUR", "USD"], None, S),
    ("392690", "Resin dinosaur skeleton replicas for museums and theme parks", "import", ["sea"], ["CN"], (10, 20), (1000, 4000), ["USD"], None, S),
    ("691390", "Hand-painted clay pottery, new, Oaxaca style, crafts", "import", ["sea"], ["MX", "GT"], (3, 6), (2000, 6000), ["USD"], None, S),
    ("830610", "Bronze bells, new, cast, for churches and gardens", "import", ["road"], ["PL", "IT"], (15, 30), (500, 3000), ["EUR"], None, S),
    ("030193", "Live common carp fry, farmed, for pond restocking", "import", ["road"], ["CZ", "HU"], (5, 9), (1000, 4000), ["EUR"], None, S),
    ("030572", "Dried fish maws, farmed croaker (Larimichthys), China", "import", ["sea"], ["CN"], (30, 60), (1000, 3000), ["USD"], None, S),
    ("621420", "Cashmere shawls, goat cashmere, woven", "import", ["air"], ["IN", "NP", "MN"], (150, 300), (100, 500), ["USD"], 5, S),
    ("060290", "Cactus seedlings, nursery propagated, in pots, phytosanitary certificate", "import", ["road", "air"], ["NL", "ES"], (3, 6), (1000, 4000), ["EUR"], 8, S),
    # everyday trade
    ("020130", "Fresh boneless beef, chilled, vacuum packed", "import", ["sea"], ["AR", "UY", "BR"], (8, 12), (15000, 20000), ["USD"], None, N),
    ("020714", "Frozen chicken cuts", "export", ["sea"], ["GH", "BJ", "CD"], (1.2, 1.8), (22000, 26000), ["EUR"], None, N),
    ("030354", "Frozen mackerel, whole", "export", ["sea"], ["NG", "EG", "JP"], (1, 1.5), (22000, 26000), ["EUR"], None, N),
    ("030617", "Frozen shrimp, vannamei, peeled", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("040210", "Skimmed milk powder, 25 kg bags", "export", ["sea"], ["DZ", "CN", "ID"], (2.3, 3), (20000, 25000), ["EUR"], None, N),
    ("040690", "Hard cheese, Gouda, wheels", "export", ["road", "sea"], ["GB", "US", "CH"], (4, 6), (15000, 20000), ["EUR"], None, N),
    ("070310", "Fresh onions", "import", ["road", "sea"], ["EG", "NZ", "ES"], (0.3, 0.6), (22000, 26000), ["EUR", "USD"], None, N),
    ("070820", "Fresh green beans", "import", ["air"], ["KE", "SN", "MA"], (2.5, 4), (2000, 6000), ["EUR"], None, N),
    ("080211", "Almonds, in shell", "import", ["sea"], ["US", "AU"], (4, 6), (18000, 22000), ["USD"], None, N),
    ("080510", "Fresh oranges", "import", ["sea", "road"], ["ZA", "EG", "MA"], (0.6, 1), (20000, 24000), ["EUR", "USD"], None, N),
    ("080450", "Fresh mangoes", "import", ["air", "sea"], ["PE", "BR", "CI"], (1.5, 3), (8000, 18000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "ET", "CO"], (4, 7), (18000, 21000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("100199", "Milling wheat, bulk", "export", ["sea"], ["MA", "DZ", "EG"], (0.22, 0.3), (25000, 30000), ["EUR"], None, N),
    ("100590", "Yellow maize, bulk", "import", ["sea"], ["UA", "BR", "US"], (0.2, 0.28), (25000, 30000), ["USD"], None, N),
    ("110100", "Wheat flour, 50 kg bags", "export", ["sea"], ["LY", "YE", "SD"], (0.35, 0.5), (20000, 25000), ["EUR"], None, N),
    ("120242", "Groundnuts, shelled", "import", ["sea"], ["AR", "SN", "IN"], (1.2, 1.8), (20000, 24000), ["USD"], None, N),
    ("151211", "Crude sunflower oil, flexitank", "import", ["sea"], ["UA", "AR", "TR"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("151190", "Refined palm olein, flexitank", "import", ["sea"], ["MY", "ID"], (0.9, 1.2), (20000, 24000), ["USD"], None, N),
    ("170410", "Chewing gum, retail packs", "import", ["sea", "road"], ["PL", "TR"], (4, 7), (6000, 12000), ["EUR"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US", "SA"], (5, 9), (8000, 15000), ["EUR"], None, N),
    ("190230", "Instant noodles, cups", "import", ["sea"], ["KR", "TH", "VN"], (2, 3.5), (8000, 14000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR", "US"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("210390", "Sauces and condiments, retail bottles", "import", ["sea"], ["TH", "CN", "US"], (2, 4), (10000, 16000), ["USD"], None, N),
    ("220830", "Whisky, bottled, 70 cl", "import", ["sea"], ["GB", "US", "JP"], (10, 25), (8000, 14000), ["GBP", "USD"], None, N),
    ("230910", "Dog and cat food, retail bags", "export", ["road", "sea"], ["CH", "GB", "NO"], (1.5, 3), (10000, 18000), ["EUR"], None, N),
    ("240120", "Tobacco leaf, flue-cured, stemmed", "import", ["sea"], ["BR", "ZW", "MW"], (4, 7), (15000, 20000), ["USD"], None, N),
    ("252010", "Gypsum, natural, crushed, bulk", "import", ["sea"], ["ES", "MA"], (0.02, 0.04), (25000, 30000), ["EUR"], None, N),
    ("270112", "Bituminous coal, steam, bulk", "import", ["sea"], ["CO", "ZA", "US"], (0.1, 0.15), (25000, 30000), ["USD"], None, N),
    ("271320", "Petroleum bitumen, paving grade 50/70, drums", "export", ["sea"], ["GH", "CM", "TG"], (0.4, 0.6), (20000, 25000), ["EUR"], None, N),
    ("281410", "Anhydrous ammonia, refrigerated", "import", ["sea"], ["TT", "DZ", "US"], (0.4, 0.7), (25000, 30000), ["USD"], None, N),
    ("283311", "Sodium sulphate, anhydrous, detergent grade", "import", ["sea"], ["ES", "CN", "TR"], (0.12, 0.2), (25000, 30000), ["EUR", "USD"], None, N),
    ("290211", "Cyclohexane, bulk", "import", ["sea"], ["US", "KR"], (1, 1.4), (20000, 25000), ["USD"], None, N),
    ("291513", "Ethyl acetate, drums", "import", ["sea"], ["CN", "IN"], (0.9, 1.3), (18000, 22000), ["USD"], None, N),
    ("300510", "Adhesive plasters, sterile, retail", "import", ["sea"], ["CN", "MY"], (5, 9), (2000, 6000), ["USD"], None, N),
    ("320910", "Acrylic wall paint, water-based, 10 l pails", "export", ["road", "sea"], ["CH", "MA", "RS"], (1.5, 2.5), (10000, 20000), ["EUR"], None, N),
    ("330499", "Skin creams, retail jars", "import", ["sea", "air"], ["KR", "FR", "US"], (15, 35), (500, 3000), ["USD", "EUR"], None, N),
    ("340250", "Laundry detergent powder, retail packs", "export", ["road", "sea"], ["RS", "MA", "GE"], (1, 1.6), (18000, 24000), ["EUR"], None, N),
    ("350691", "Hot-melt adhesives, granules", "import", ["sea"], ["CN", "US"], (2.5, 4), (6000, 12000), ["USD"], None, N),
    ("390610", "PMMA sheets, cast, clear", "import", ["sea"], ["CN", "TH"], (2.5, 3.5), (10000, 16000), ["USD"], None, N),
    ("391610", "Polyethylene profiles, extruded", "import", ["road"], ["PL", "CZ"], (2, 3), (5000, 12000), ["EUR"], None, N),
    ("392410", "Plastic food containers, household", "import", ["sea"], ["CN", "TR"], (2, 3.5), (5000, 10000), ["USD"], None, N),
    ("401120", "New truck tyres, radial, 22.5 inch", "import", ["sea"], ["CN", "TH"], (2, 3), (15000, 20000), ["USD"], 0.018, N),
    ("420292", "Travel bags, textile outer surface", "import", ["sea"], ["CN", "VN", "KH"], (6, 10), (3000, 8000), ["USD"], None, N),
    ("441112", "MDF boards, 9 mm", "import", ["sea"], ["BR", "TR", "MY"], (0.35, 0.5), (22000, 26000), ["USD"], None, N),
    ("480256", "Copy paper A4, 80 g/m2", "import", ["sea"], ["BR", "ID", "FI"], (0.8, 1.1), (18000, 22000), ["USD", "EUR"], None, N),
    ("481910", "Corrugated cartons, flat", "import", ["road"], ["PL", "CZ"], (0.8, 1.2), (8000, 14000), ["EUR"], None, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR", "BF"], (1.6, 2.2), (20000, 24000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "IN"], (8, 14), (4000, 10000), ["USD"], None, N),
    ("620342", "Men's cotton trousers, denim", "import", ["sea"], ["BD", "PK", "MA"], (10, 16), (4000, 10000), ["USD", "EUR"], None, N),
    ("640399", "Leather shoes, men's", "import", ["sea"], ["VN", "IN", "PT"], (20, 40), (2000, 6000), ["USD", "EUR"], None, N),
    ("690723", "Glazed ceramic wall tiles", "import", ["sea"], ["ES", "IN", "TR"], (0.5, 0.9), (22000, 26000), ["EUR", "USD"], None, N),
    ("701349", "Glass tableware, tumblers", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (8000, 14000), ["USD", "EUR"], None, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN", "VN"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("730890", "Steel structures, fabricated", "export", ["sea", "road"], ["NO", "SA", "MA"], (2, 3.5), (15000, 25000), ["EUR"], None, N),
    ("732393", "Stainless steel cookware, sets", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 10000), ["USD"], None, N),
    ("760120", "Aluminium alloy ingots, A356", "import", ["sea"], ["IN", "AE", "NO"], (2.3, 2.8), (22000, 25000), ["USD"], None, N),
    ("820110", "Garden spades and shovels", "import", ["sea"], ["CN", "IN"], (2.5, 4), (4000, 10000), ["USD"], None, N),
    ("840991", "Spark-ignition engine parts, pistons", "import", ["sea"], ["CN", "TR", "IN"], (6, 10), (2000, 6000), ["USD"], None, N),
    ("841459", "Fans, industrial, axial", "import", ["sea"], ["CN", "DE", "IT"], (6, 10), (2000, 6000), ["USD", "EUR"], None, N),
    ("845011", "Washing machines, household, front-loading", "import", ["sea", "road"], ["TR", "PL", "CN"], (3, 4.5), (12000, 18000), ["EUR", "USD"], 0.015, N),
    ("847150", "Desktop computers, new, boxed", "import", ["sea"], ["CN", "TW"], (20, 35), (3000, 8000), ["USD"], 0.12, N),
    ("851713", "Smartphones, new, retail boxed", "import", ["air"], ["CN", "VN", "IN"], (300, 600), (200, 1200), ["USD"], 3, N),
    ("870323", "New passenger cars, petrol, 1.5-3 l", "import", ["sea"], ["JP", "KR", "TR"], (12, 20), (12000, 20000), ["USD", "EUR"], 0.0007, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH", "CN"], (12, 20), (3000, 8000), ["USD"], 0.06, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "CN", "PL"], (4, 7), (6000, 12000), ["USD", "EUR"], None, N),
    ("950300", "Plastic toys, construction sets", "import", ["sea"], ["CN", "VN"], (6, 12), (4000, 10000), ["USD"], None, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (6, 10), (2000, 5000), ["USD"], 2.5, N),
    ("960820", "Felt-tipped markers", "import", ["sea"], ["CN", "JP"], (6, 10), (2000, 5000), ["USD"], 60, N),
    ("940421", "Mattresses, polyurethane foam, new", "import", ["road", "sea"], ["PL", "TR"], (3, 5), (5000, 10000), ["EUR"], 0.05, N),
]


def main():
    base.write_later_set("blind10", 20271101, HERE)


if __name__ == "__main__":
    main()
