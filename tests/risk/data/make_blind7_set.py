#!/usr/bin/env python3
"""Writes the seventh blind set (tests/risk/data/blind7-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2027, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by
a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-nine profile changes were measured on
it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items):

    python3 tests/risk/data/make_blind7_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2027, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "FRSEA01", "sea", "FR", ["SN"], "ML", "380893",
         "Désherbant total, chlorate de soude 98 %, fûts de 50 kg, 200 fûts", "FR", 10000, 200, 9000, "EUR",
         "sodium chlorate 98 % (Annex I, limit 40 %) as a weedkiller, banned as such in the EU, 10 t to a Bamako "
         "trader through Dakar; French wording",
         {"importer_name": "Sahel Intrants Agricoles SARL", "importer_country": "ML"}),
        ("PRE-02", "import", "NLAIR01", "express", "US", [], "NL", "290420",
         "RC model fuel base, nitro 100 %, 4 x 5 l cans", "US", 23, 4, 240, "USD",
         "model fuel contains 10 to 30 % nitromethane; '100 % nitro' is pure nitromethane (Annex I, limit 30 %) to a "
         "private person",
         dict(PRIVATE, importer_country="NL")),
        ("PRE-03", "import", "ITSEA01", "sea", "CN", [], "IT", "310420",
         "钾肥 KClO4 99%，农用，25公斤袋", "CN", 5000, None, 10500, "USD",
         "'potash fertiliser' whose formula is KClO4, potassium perchlorate (Annex I, limit 40 %), at 2.10 USD/kg where "
         "potash (KCl) costs 0.30; under the potassium chloride code; Chinese wording",
         {"importer_name": "Agricola Adriatica Srl", "importer_country": "IT"}),
        ("PRE-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "280700",
         "Udrażniacz do rur, kwas siarkowy 96 %, kanistry 20 l, 15 sztuk", "CN", 550, 15, 400, "USD",
         "300 l of 96 % sulphuric acid (Annex II) as drain cleaner for a private person, in groupage by rail; households "
         "buy 1 l bottles; Polish wording",
         dict(PRIVATE, importer_country="PL")),
        ("PRE-05", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR"], "BA", "853690",
         "Elektrische Zündpillen mit Kupferhülse, Steckverbinder, 5.000 Stück", "DE", 40, 5000, 6000, "EUR",
         "fuse heads in a copper tube are electric detonators (UN 0030) declared as connectors, to a Bosnian 'mining' "
         "trader without a licence; German wording",
         {"importer_name": "Rudnik Servis d.o.o.", "importer_country": "BA",
          "_more_items": [{"hs_code": "854442", "description": "Zündkabel, 2 x 0,6 mm, Rollen 500 m, 20 Stück",
                           "origin_country": "DE", "net_mass_kg": 180, "value": 900, "currency": "EUR"}]}),
        ("PRE-06", "export", "ESSEA01", "sea", "ES", ["CI"], "BF", "391732",
         "Tubo plástico con conectores, retardo 25 ms a 500 ms, 4,8 m, 2.000 unidades", "ES", 400, 2000, 7000, "EUR",
         "plastic tube with a millisecond delay is shock tube with its delay detonator (non-electric detonators) to "
         "Ouagadougou via Abidjan (artisanal gold mining and insurgency); Spanish wording",
         {"importer_name": "Comptoir Minier du Faso", "importer_country": "BF"}),
        ("PRE-07", "export", "PTSEA01", "sea", "PT", [], "AO", "283429",
         "Nitrato de sódio 99 %, conservante de carnes, sacos de 25 kg, 5 t", "PT", 5000, 200, 2500, "EUR",
         "curing salt is about 0.6 % nitrite in salt; 5 t of pure sodium nitrate (Annex II) for a butcher's shop in "
         "Luanda; Portuguese wording",
         {"importer_name": "Talho Central Lda", "importer_country": "AO"}),
        ("PRE-08", "export", "NLROAD01", "road", "NL", ["DE", "PL", "UA"], "MD", "310280",
         "Vloeibare meststof UAN, ureumvrij, 88 % ammoniumnitraat, heet, tankwagen", "NL", 24000, None, 9600, "EUR",
         "UAN is urea and ammonium nitrate in water; 'urea-free, 88 %, hot' is ANSOL, the emulsion-explosive feed, "
         "under the UAN code to a Chisinau trader; Dutch wording",
         {"importer_country": "MD"}),
        ("PRE-09", "export", "BESEA01", "sea", "BE", [], "LY", "310210",
         "سماد يوريا محبب، نيتروجين 34٪، أكياس 50 كغ", "BE", 25000, 500, 8750, "EUR",
         "'urea' with 34 % N: urea is 46 % N, 34 % is ammonium nitrate, under the urea code to Misrata; Arabic wording",
         {"importer_name": "Misrata Agricultural Supplies", "importer_country": "LY"}),
        ("PRE-10", "export", "ITSEA01", "sea", "IT", [], "AL", "330499",
         "Emulsione base cosmetica, bianca, in cartucce di plastica da 32 mm, cartoni da 25 kg, 40 cartoni", "IT",
         1000, 40, 3000, "EUR",
         "cosmetic emulsions come in drums or IBCs, not 32 mm plastic cartridges in 25 kg cases: packaged emulsion "
         "explosive (ammonium nitrate based) under the skin-care code, by ferry to Durrës; Italian wording",
         {"importer_name": "Kozmetika Adriatik Shpk", "importer_country": "AL"}),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "TN", "253090",
         "Terres d'excavation, site d'ancienne usine à gaz, pour remblai, vrac", "FR", 26000, None, 260, "EUR",
         "excavated soil from a former gasworks site (tars, PAH and cyanides; hazardous waste) as fill earth at "
         "0.01 EUR/kg to Tunisia; French wording",
         {"importer_country": "TN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "630533",
         "Big bags usados de polipropileno, con restos de producto, sin lavar", "ES", 18000, None, 900, "EUR",
         "used FIBCs with product residues, unwashed (contaminated packaging waste) as used sacks at 0.05 EUR/kg; "
         "Spanish wording",
         {"importer_country": "MA"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "IN", "281820",
         "Aluminiumoxid-Kugeln, gebraucht, aus Raffinerie, zur Wiederverwendung, Fässer", "DE", 20000, None, 1000,
         "EUR",
         "spent hydrotreating catalyst (Ni, Mo, V on alumina; hazardous, A2030) as used alumina balls for 're-use'; "
         "German wording",
         {"importer_country": "IN"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "TR", "382590",
         "Secundaire brandstof, lichte fractie uit autoshredder, geperst in balen", "NL", 24000, None, 240, "EUR",
         "automotive shredder residue (fluff, A3120) as a secondary fuel, at no value; Dutch wording",
         {"importer_country": "TR"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "HK", "871160",
         "Used e-scooters, damaged, for parts, batteries fitted, stacked loose, 900 pcs", "NL", 13500, 900, 2700, "EUR",
         "900 damaged e-scooters at 3 EUR each with their lithium batteries still fitted, stacked loose: waste "
         "electrical equipment with damaged batteries (A1180), not spare parts",
         {"importer_country": "HK"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "PK", "401220",
         "Pneumatici usati, battistrada 1-2 mm, pressati in balle", "IT", 24000, None, 1200, "EUR",
         "baled tyres with 1 to 2 mm tread (below the legal minimum) are waste tyres for pyrolysis, not part-worn "
         "tyres for re-use; Italian wording",
         {"importer_country": "PK"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "NG", "731010",
         "Used steel drums 200 l, with residues of lubricants and solvents, not cleaned, for reconditioning, 1,200 pcs",
         "BE", 21600, 1200, 1800, "EUR",
         "uncleaned drums with oil and solvent residues (hazardous, Y8 and Y42) for 'reconditioning' in Lagos at 1.50 "
         "EUR a drum; reconditioners receive emptied, drained drums",
         {"importer_country": "NG"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "MA", "271500",
         "Asfaltgranulaat, teerhoudend, gefreesd, voor hergebruik in wegenbouw", "NL", 28000, None, 280, "EUR",
         "tar-containing milled asphalt (PAH, hazardous waste, not to be re-used in the Netherlands) as asphalt "
         "granulate for road building at 0.01 EUR/kg; Dutch wording",
         {"importer_country": "MA"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "BR", "320990",
         "Pigmentos de tinta recuperados, lamas de cabine de pintura, tambores", "PT", 16000, None, 800, "EUR",
         "paint-booth sludge (solvent-bearing, Y12) as recovered pigment; Portuguese wording",
         {"importer_country": "BR"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "NG", "870323",
         "Used car Toyota Corolla 2006 with personal effects", "JP", 2600, 1, 2500, "EUR",
         "a car of 1,300 kg declared at 2,600 kg: 1.3 t of 'household goods' (used TVs, fridges and computers, "
         "untested e-waste) loaded inside, to Lagos",
         {"importer_country": "NG", "_more_items": [
             {"hs_code": "852872", "description": "Household goods, used, televisions and appliances",
              "origin_country": "BE", "net_mass_kg": 1300, "value": 100, "currency": "EUR"}]}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "CN", [], "DE", "382739",
         "Kältemittel R-406A, Drop-in-Ersatz für R-12, 30-lb-Flaschen, 400 Stück", "CN", 5440, 400, 10900, "USD",
         "R-406A is a blend of HCFC-22 and HCFC-142b with isobutane (banned HCFCs) sold as a drop-in for R-12; German "
         "wording",
         {"importer_name": "Kältetechnik Großhandel Elbe GmbH", "importer_country": "DE"}),
        ("OZN-02", "import", "GBSEA01", "sea", "CN", [], "GB", "271112",
         "Hydrocarbon refrigerant R-12a, 30 lb cylinders, net 13.6 kg each, 500 pcs", "CN", 6800, 500, 9000, "USD",
         "a 30 lb cylinder holds about 6 kg of hydrocarbon R-12a; 13.6 kg is the fill of a heavier gas (CFC-12), "
         "relabelled",
         {}),
        ("OZN-03", "import", "ESSEA01", "sea", "IL", [], "ES", "290361",
         "Fumigante de suelo 'Bromo-gas', botellas de 50 kg, 80 unidades", "IL", 4000, 80, 24000, "USD",
         "Bromo-gas is methyl bromide (ODS, banned) by its brand, to a farm supplier in Almería; Spanish wording",
         {"importer_name": "Suministros Agrícolas del Poniente SL", "importer_country": "ES"}),
        ("OZN-04", "import", "NLSEA01", "sea", "CN", [], "NL", "290379",
         "电子清洗剂 1,1-二氯-1-氟乙烷，气雾罐 400 毫升，20000 罐", "CN", 9000, 20000, 16000, "USD",
         "1,1-dichloro-1-fluoroethane is HCFC-141b (banned) by its chemical name in Chinese, as contact cleaner; "
         "Chinese wording",
         {"importer_name": "Electro Parts Benelux BV", "importer_country": "NL"}),
        ("OZN-05", "import", "GRSEA01", "sea", "TR", [], "GR", "290377",
         "Ψυκτικό Arcton 11, βαρέλια 250 kg, 20 τεμάχια", "TR", 5000, 20, 15000, "USD",
         "Arcton 11 is CFC-11 (banned) by its old trade name, for 'chiller service'; Greek wording",
         {"importer_name": "Psyktiki Attikis EPE", "importer_country": "GR"}),
        ("OZN-06", "import", "PLROAD01", "road", "UA", [], "PL", "382769",
         "Środek spieniający Solkane 365/227, beczki 250 kg, 40 sztuk", "CN", 10000, 40, 42000, "USD",
         "Solkane 365/227 is an HFC blend (HFC-365mfc and HFC-227ea) by its trade name, 10 t by road from Ukraine "
         "without quota; Polish wording",
         {}),
        ("OZN-07", "import", "ITSEA01", "sea", "CN", [], "IT", "950590",
         "Spray neve artificiale per feste, propellente HFC-152a, 40.000 bombolette", "CN", 10000, 40000, 14000, "USD",
         "HFC in novelty aerosols is prohibited (F-gas regulation); Italian wording",
         {"importer_name": "Festa Mania Srl", "importer_country": "IT"}),
        ("OZN-08", "import", "DEAIR01", "air", "US", [], "DE", "290319",
         "Chlorothene NU solvent, 200 l drums, 4 pcs", "US", 1050, 4, 6000, "USD",
         "Chlorothene is 1,1,1-trichloroethane (methyl chloroform, banned ODS) by its old trade name",
         {"importer_name": "Feinreinigung Technik GmbH", "importer_country": "DE"}),
        ("OZN-09", "import", "NLSEA01", "sea", "CN", [], "NL", "290347",
         "Blaasmiddel Enovate 3000, vaten 250 kg, 60 stuks", "CN", 15000, 60, 90000, "USD",
         "Enovate 3000 is HFC-245fa by its trade name, 15 t without quota for a trader; HFC foam blowing agents are "
         "banned in most foams; Dutch wording",
         {"importer_name": "Delta Chemicals Trading BV", "importer_country": "NL"}),
        ("OZN-10", "transit", "ITSEA01", "sea", "CN", [], "LY", "382790",
         "غاز تبريد، أسطوانات 13.6 كغ، 1000 أسطوانة", "CN", 13600, 1000, 16300, "USD",
         "an unnamed 'refrigerant gas' at 1.20 USD/kg, the price of HCFC-22, in transit at Gioia Tauro to Benghazi; "
         "Arabic wording",
         {"consignee_name": "Benghazi Cooling Trading", "consignee_country": "LY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "LB", [], "FR", "701399",
         "Flacons en verre décoratifs, irisation naturelle, 25 pièces", "LB", 3, 25, 250, "EUR",
         "glass with natural iridescence is glass weathered in burial: Roman unguentaria from the Levant as "
         "decorative flasks; French wording",
         dict(PRIVATE)),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "630499",
         "Textiles tejidos, fragmentos antiguos, algodón y lana de camélido, tintes naturales, con restos de tierra",
         "PE", 6, 12, 480, "USD",
         "ancient fragments of camelid wool with soil are Paracas or Chancay burial textiles (ICOM Red List Peru); "
         "Spanish wording",
         dict(PRIVATE)),
        ("CUL-03", "import", "PTAIR01", "air", "TH", [], "PT", "691390",
         "Potes de barro pintados com espirais vermelhas, reprodução, com terra no interior, 6 peças", "TH", 18, 6, 300,
         "EUR",
         "buff jars painted with red swirls and soil inside are Ban Chiang burial pottery (Thailand, looted sites) "
         "declared as reproductions; Portuguese wording",
         {"importer_name": "Casa Oriente Antiguidades Lda", "importer_country": "PT"}),
        ("CUL-04", "import", "DEAIR01", "air", "OM", [], "DE", "442090",
         "Carved wooden panels, old, geometric, with nail holes, from a pulpit, 6 pcs", "YE", 70, 6, 900, "USD",
         "old carved panels 'from a pulpit' from Yemen via Muscat are a mosque minbar broken up (ICOM Red List "
         "Yemen) as decorative woodwork",
         dict(PRIVATE)),
        ("CUL-05", "import", "NLAIR01", "air", "NP", [], "NL", "680299",
         "Stone carving, garden ornament, with lichen and mortar remains on the back, 1 pc", "NP", 60, 1, 250, "USD",
         "lichen and mortar on the back mean a stone torn from a wall: a Nepalese temple or water-spout relief "
         "(Kathmandu valley thefts) as a garden ornament",
         {"importer_name": "Himalaya Garden Art BV", "importer_country": "NL"}),
        ("CUL-06", "import", "DEPOST01", "post", "CN", [], "DE", "830629",
         "仿古青铜鼎，做旧，带出土锈，1件", "CN", 4, 1, 80, "USD",
         "'imitation' bronze ding with excavation rust ('chu tu xiu'): an excavated ritual bronze posted as a copy; "
         "Chinese wording",
         dict(PRIVATE)),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Dipinto decorativo, copia moderna, olio su tela, cornice dorata", "IT", 12, 1, 60000, "EUR",
         "a 'modern copy' valued at 60,000 EUR is an old master leaving without the attestato di libera circolazione; "
         "Italian wording",
         {"importer_country": "CH"}),
        ("CUL-08", "export", "NLPOST01", "post", "NL", [], "GB", "711790",
         "Bronzen mantelspelden, bodemvondsten, gereinigd, 35 stuks", "NL", 1, 35, 700, "EUR",
         "cleaned bronze brooches that are 'soil finds' are metal-detected Roman fibulae, archaeological goods that "
         "need an export licence whatever their value; Dutch wording",
         dict(PRIVATE)),
        ("CUL-09", "import", "ITAIR01", "air", "ER", [], "IT", "442090",
         "Dittico in legno dipinto, souvenir nuovo, con fuliggine di candela e cera, 1 pezzo", "ET", 3, 1, 120, "EUR",
         "a painted wooden diptych with candle soot and wax is an Ethiopian church icon in use, not a new souvenir; "
         "via Asmara; Italian wording",
         dict(PRIVATE)),
        ("CUL-10", "export", "PTAIR01", "air", "PT", [], "BR", "690722",
         "Azulejos antigos recuperados de fachada, com restos de argamassa, 400 peças", "PT", 600, 400, 4000, "EUR",
         "old tiles 'recovered from a facade' with mortar are azulejos stripped from listed buildings (SOS Azulejo), "
         "leaving without a licence; Portuguese wording",
         dict(PRIVATE, importer_country="BR")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "852589",
         "Hochgeschwindigkeitskamera für Sportanalyse, 1.000.000 Bilder/s, 2 Stück", "DE", 30, 2, 380000, "EUR",
         "sport analysis needs a few thousand frames a second; a camera at a million frames a second (dual-use 6A003, "
         "detonics) at 190,000 EUR each to Jebel Ali for an Iranian consignee; German wording",
         {"importer_name": "Emirates Sports Vision FZE", "importer_country": "AE", "consignee_country": "IR"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "AE", "293141",
         "Flammschutzmittel DMMP, 99 %, Fässer 250 kg, 40 Stück", "DE", 10000, 40, 60000, "EUR",
         "DMMP (dimethyl methylphosphonate) is CWC Schedule 2 and Australia Group, to Jebel Ali for a consignee in "
         "Iran; German wording",
         {"importer_name": "Gulf Polymer Additives FZE", "importer_country": "AE", "consignee_country": "IR"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "TR", "681512",
         "Sports goods material: carbon prepreg T800, 12K, epoxy, 600 m2", "JP", 180, None, 48000, "EUR",
         "T800 carbon fibre (tensile strength above 5 GPa, dual-use 1C010) for 'sports goods' to an Istanbul trader "
         "without a licence",
         {"importer_name": "Bosphorus Composite Ticaret", "importer_country": "TR"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "GE", "852589",
         "Camera for building inspection, thermal module 640x512, 12 µm, 60 Hz, 50 pcs", "DE", 25, 50, 90000, "EUR",
         "a thermal core at 60 Hz (above 9 Hz, dual-use 6A003) at 1,800 EUR is a weapon-sight core, to Tbilisi for a "
         "Russian consignee",
         {"importer_name": "Kavkaz Tech LLC", "importer_country": "GE", "consignee_country": "RU"}),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440131",
         "Birch wood pellets ENplus A1, origin Kazakhstan, 15 mm, bulk wagons", "KZ", 60000, None, 10800, "EUR",
         "birch pellets of 'Kazakh' origin by rail through Russia and Belarus: the steppe has no birch pellet "
         "industry; Russian or Belarusian wood is banned (sanctions circumvention)",
         {"importer_name": "Eko Opał Sp. z o.o.", "importer_country": "PL"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "PK", "722830",
         "Barre in acciaio per utensili, Ni 18 %, Co 9 %, Mo 5 %, diametro 100 mm", "IT", 3000, None, 60000, "EUR",
         "18 % Ni, 9 % Co, 5 % Mo is maraging steel (dual-use 1C116, centrifuge rotors) as tool steel to Karachi; "
         "Italian wording",
         {"importer_name": "Indus Engineering Works", "importer_country": "PK"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AE", "851140",
         "Bougies d'allumage industrielles, éclateurs déclenchés à trois électrodes, 20 pièces", "FR", 2, 20, 16000,
         "EUR",
         "three-electrode triggered spark gaps (dual-use 3A228, nuclear detonation) as spark plugs at 800 EUR each "
         "to Dubai for an Iranian consignee; French wording",
         {"importer_name": "Al Noor Electrical Trading", "importer_country": "AE", "consignee_country": "IR"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU", "KZ"], "KG", "848210",
         "Kugellager für Landmaschinen, 60.000 Stück", "DE", 12000, 60000, 180000, "EUR",
         "60,000 bearings and microcontrollers (common high priority items) for a Bishkek farm-parts trader by road "
         "through Belarus and Russia: re-export to Russia; German wording",
         {"importer_name": "Bishkek Agro Parts OsOO", "importer_country": "KG", "_more_items": [
             {"hs_code": "854231", "description": "Mikrocontroller, 32 Bit, 20.000 Stück", "origin_country": "DE",
              "net_mass_kg": 20, "value": 60000, "currency": "EUR"}]}),
        ("STR-09", "export", "NLAIR01", "express", "NL", [], "AM", "810194",
         "Fishing weights, tungsten alloy 95 % W, sintered, 40 kg", "NL", 40, None, 4000, "EUR",
         "sintered 95 % tungsten heavy alloy is penetrator and fragmentation material; 40 kg of bare 'fishing weights' "
         "by express to a Yerevan trader for a Russian consignee (sanctions, CHPL metals)",
         {"importer_name": "Ararat Tech Trade LLC", "importer_country": "AM", "consignee_country": "RU"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "AE", "842230",
         "Prensa HPP para zumos, 6.000 bar, cámara de 300 mm de diámetro, 1 unidad", "ES", 28000, 1, 1400000, "EUR",
         "a high-pressure food press of 6,000 bar with a 300 mm chamber is an isostatic press (dual-use 2B204) to Jebel "
         "Ali for an Iranian consignee; Spanish wording",
         {"importer_name": "Gulf Juice Technology FZE", "importer_country": "AE", "consignee_country": "IR"}),
    ],
    "wildlife": [
        ("WLD-01", "transit", "DEAIR01", "air", "KZ", [], "CN", "130219",
         "羚羊角片，中药材，15公斤", "KZ", 15, None, 12000, "USD",
         "'ling yang jiao' is saiga antelope horn (CITES II) by its herbal-medicine name, from Kazakhstan in transit to "
         "China; Chinese wording",
         {"consignee_name": "Anguo Herbal Trading", "consignee_country": "CN"}),
        ("WLD-02", "transit", "BEAIR01", "air", "NG", [], "VN", "300490",
         "Produits de pharmacopée traditionnelle, écailles séchées (穿山甲), 120 kg", "NG", 120, None, 1200, "USD",
         "dried scales named 'chuan shan jia' are pangolin scales (CITES I) in transit from Lagos to Vietnam; "
         "French and Chinese wording",
         {"consignee_name": "Hanoi Dong Y Trading", "consignee_country": "VN"}),
        ("WLD-03", "import", "FRAIR01", "air", "CM", [], "FR", "711790",
         "Bracelets en fibres noires naturelles tressées, 'poil d'éléphant', 500 pièces", "CM", 2, 500, 1500, "EUR",
         "bracelets of elephant hair (tail hair of Loxodonta, CITES I and II) named in the description, without a "
         "permit; French wording",
         {"importer_name": "Boutique Africa Chic", "importer_country": "FR"}),
        ("WLD-04", "import", "DEPOST01", "post", "ID", [], "DE", "392690",
         "Resin carvings 'ho ting', red and yellow, 4 pcs", "ID", 0.4, 4, 1800, "EUR",
         "'ho ting' (he ding hong) is helmeted hornbill casque (CITES I) as carved resin, by post from Indonesia",
         dict(PRIVATE)),
        ("WLD-05", "import", "PTSEA01", "sea", "GM", [], "PT", "440729",
         "Madeira serrada 'bois de vène', tábuas, Gâmbia", "GM", 22000, None, 15000, "EUR",
         "'bois de vène' is Pterocarpus erinaceus (kosso, CITES II) from the Gambia, which has almost no forest left; "
         "without a CITES permit; Portuguese wording",
         {"importer_name": "Madeiras do Tejo Lda", "importer_country": "PT"}),
        ("WLD-06", "transit", "FRAIR01", "air", "SN", [], "CN", "030819",
         "Concombres de mer séchés, grande taille, 80 kg", "SN", 80, None, 16000, "USD",
         "large dried sea cucumbers from West Africa at 200 USD/kg are teatfish (Holothuria nobilis or fuscogilva, "
         "CITES II) in transit to China without a permit; French wording",
         {"consignee_name": "Guangzhou Haiwei Dried Seafood", "consignee_country": "CN"}),
        ("WLD-07", "import", "NLPOST01", "post", "ID", [], "NL", "711790",
         "Akar bahar bracelets, polished, 300 pcs", "ID", 3, 300, 900, "EUR",
         "'akar bahar' is black coral (Antipatharia, CITES II) by its Malay name, by post without a permit",
         {"importer_name": "Bali Beads Webshop", "importer_country": "NL"}),
        ("WLD-08", "import", "PLROAD01", "road", "UA", [], "PL", "160432",
         "Ікра риб'яча солона, чорна, 'малосол', банки 500 г, 40 кг", "UA", 40, 80, 4000, "EUR",
         "black 'malossol' roe is sturgeon caviar (CITES II): without a permit or the CITES label code; Ukrainian "
         "wording",
         dict(PRIVATE)),
        ("WLD-09", "transit", "DEAIR01", "air", "PE", [], "HK", "030559",
         "Dried marine fish, small, curled tails, 'hai ma', 60 kg", "PE", 60, None, 9000, "USD",
         "small dried fish with curled tails called 'hai ma' are seahorses (Hippocampus, CITES II; Peru bans export) "
         "in transit to Hong Kong",
         {"consignee_name": "Sheung Wan Dried Goods", "consignee_country": "HK"}),
        ("WLD-10", "transit", "ESAIR01", "air", "BO", [], "CN", "050790",
         "Colmillos de perro para colgantes, grandes, 5 cm, 120 piezas", "BO", 2, 120, 6000, "USD",
         "'dog teeth' of 5 cm from Bolivia to China at 50 USD each are jaguar canines (CITES I), the trade "
         "documented from Bolivia to China; Spanish wording",
         {"consignee_name": "Kunming Handicraft Trading", "consignee_country": "CN"}),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "export", "DESEA01", "sea", "DE", "ZA", "360360",
     "Electric detonators, 6 m legwires, UN 0030 1.1B, for a licensed mine, 20,000 pcs", "DE", 1200, 20000, 60000,
     "EUR", [("EXPORT_LICENCE", "DE-BAM-27-0311"), ("END_USER_CERTIFICATE", "ZA-SAPS-EUC-27-0205")],
     "electric detonators under licence to a licensed mine"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "US", "NL", "290420",
     "Nitromethane 99 %, laboratory reagent, 10 l, for a university laboratory", "US", 11, 1, 900, "USD",
     [("PRECURSOR_LICENCE", "NL-PREC-27-0112")], "Annex I nitromethane to a licensed professional user"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "BE", "850760",
     "Waste lithium-ion batteries, sorted, in UN-approved drums, for recycling", "NL", 8000, None, 800, "EUR",
     [("BASEL_CONSENT", "NL-ILT-27-0230")], "waste batteries notified to a licensed recycler"),
    ("PRM-04", "waste", "export", "DESEA01", "sea", "DE", "NO", "262040",
     "Aluminium salt slag for recovery at a licensed salt-slag plant", "DE", 22000, None, 1100, "EUR",
     [("BASEL_CONSENT", "DE-TFS-27-0507")], "salt slag notified to a recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290341",
     "Trifluoromethane HFC-23, 99.999 %, semiconductor etch gas, 10 kg cylinders, 10 pcs", "US", 100, 10, 12000,
     "USD", [("FGAS_QUOTA", "DE-UBA-FGAS-27-0091")], "HFC-23 for a semiconductor fab under quota"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IL", "ES", "290361",
     "Methyl bromide 100 %, quarantine and pre-shipment use, 50 kg cylinders, 20 pcs", "IL", 1000, 20, 9000,
     "USD", [("ODS_LICENCE", "ES-MITECO-ODS-27-002")], "QPS methyl bromide under licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Oil on canvas, Venetian school, c. 1650, gilt frame", "IT", 14, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-27-0188")], "old master with its export licence"),
    ("PRM-08", "cultural", "export", "NLPOST01", "post", "NL", "GB", "970510",
     "Roman bronze fibula, 2nd century AD, recorded find with finder's documentation", "NL", 0.1, 1, 400, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-27-0044")], "archaeological find with its EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "US", "293141",
     "Dimethyl methylphosphonate 99 %, flame retardant, 250 kg drums, 40 pcs", "DE", 10000, 40, 55000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-27-0733"), ("END_USER_CERTIFICATE", "US-EUC-27-0412")],
     "Schedule 2 chemical under licence to a named foam maker"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "JP", "852589",
     "Thermal camera cores 640x512, 60 Hz, for automotive night vision, 200 pcs", "FR", 60, 200, 300000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-27-0290"), ("END_USER_CERTIFICATE", "JP-METI-EUC-27-0118")],
     "dual-use thermal cores under licence to a named car-parts maker"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440729",
     "Sawn Pterocarpus erinaceus, legally harvested, 25 m3", "CM", 20000, None, 18000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-27-0071")], "kosso with its CITES export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "121190",
     "Agarwood chips from plantation Aquilaria crassna, 10 kg", "VN", 10, None, 4000, "USD",
     [("CITES_PERMIT", "VN-CITES-27-0530")], "plantation agarwood with its CITES permit"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), most of them the lawful twin of a disguise
    ("282911", "Sodium chlorate 99 %, for pulp bleaching (chlorine dioxide plant), bulk bags", "import", ["sea"], ["CA", "FI"], (0.7, 1.0), (20000, 25000), ["USD", "EUR"], None, S),
    ("380893", "Glyphosate herbicide 360 g/l, 20 l cans, authorised product", "import", ["sea"], ["CN", "IN"], (3, 5), (10000, 18000), ["USD"], None, S),
    ("381900", "Model engine glow fuel, 16 % nitromethane, 1 l bottles", "import", ["air"], ["US"], (10, 16), (100, 400), ["USD"], None, S),
    ("310420", "Potassium chloride 60 % K2O, granular, bulk", "import", ["sea"], ["CA", "JO", "IL"], (0.28, 0.4), (25000, 30000), ["USD"], None, S),
    ("300590", "Instant cold packs, single-use, first-aid, cartons", "import", ["sea"], ["CN", "TW"], (3, 5), (3000, 6000), ["USD"], None, S),
    ("360500", "Safety matches, retail boxes", "import", ["sea"], ["IN", "SE"], (1.5, 2.5), (8000, 14000), ["USD", "EUR"], None, S),
    ("250100", "Nitrite curing salt 0.6 %, 25 kg bags, for butchers", "export", ["road"], ["CH", "RS"], (0.4, 0.7), (5000, 15000), ["EUR"], None, S),
    ("310280", "UAN 32 liquid fertiliser, urea and ammonium nitrate solution", "import", ["sea"], ["TT", "EG"], (0.25, 0.35), (25000, 30000), ["USD"], None, S),
    ("310210", "Granular urea 46 % N, bulk", "import", ["sea"], ["EG", "DZ", "QA"], (0.3, 0.45), (25000, 30000), ["USD"], None, S),
    ("300490", "Pentaerythritol tetranitrate 20 mg tablets with lactose, blister packs", "export", ["air"], ["CH", "RS"], (60, 150), (50, 300), ["EUR"], None, S),
    ("854143", "New monocrystalline solar panels 410 W, with datasheets", "import", ["sea"], ["CN", "VN"], (2.0, 3.0), (18000, 22000), ["USD"], 0.045, S),
    ("630533", "New FIBC big bags, polypropylene, 1,000 kg SWL", "import", ["sea", "road"], ["TR", "IN"], (2.2, 3.2), (8000, 15000), ["EUR", "USD"], 0.4, S),
    ("381590", "Fresh hydrotreating catalyst, NiMo on alumina extrudates, drums", "import", ["sea"], ["US", "JP"], (15, 25), (10000, 20000), ["USD"], None, S),
    ("850760", "Li-ion cells 18650, new, 3,000 mAh, with UN38.3 summary", "import", ["sea", "air"], ["KR", "CN", "JP"], (30, 50), (500, 3000), ["USD"], 20, S),
    ("401220", "Part-worn car tyres, 4 mm tread minimum, sorted and inspected", "export", ["sea"], ["GH", "SN"], (0.7, 1.1), (8000, 14000), ["EUR"], 0.12, S),
    ("271019", "Marine gas oil, 0.1 % sulphur, bunker parcel", "export", ["sea"], ["GI", "MA"], (0.7, 0.9), (25000, 30000), ["USD"], None, S),
    ("760200", "Aluminium extrusion scrap 6063, clean, bales", "export", ["sea"], ["IN", "KR"], (1.6, 2.2), (20000, 24000), ["USD", "EUR"], None, S),
    ("870323", "Used cars, 2016-2019, roadworthy, with registration documents", "export", ["sea"], ["GH", "BJ", "TG"], (4, 7), (1200, 1600), ["EUR"], 0.0008, S),
    ("290344", "Pentafluoroethane R-125, refillable cylinders, under quota", "import", ["sea"], ["CN", "US"], (8, 14), (5000, 10000), ["USD"], None, S),
    ("271112", "LPG propane R-290 refrigerant grade, 5 kg cylinders", "import", ["road"], ["GB", "NO"], (6, 10), (500, 2000), ["EUR", "GBP"], None, S),
    ("842410", "Fire extinguishers, ABC powder, 6 kg, EN 3", "import", ["sea"], ["CN", "TR"], (3, 5), (5000, 10000), ["USD", "EUR"], 0.12, S),
    ("950590", "Party snow spray, hydrocarbon propellant, aerosols", "import", ["sea"], ["CN"], (1.2, 2.0), (5000, 10000), ["USD"], 4, S),
    ("290349", "HFO-1234yf automotive refrigerant, 5 kg cylinders", "import", ["sea"], ["US", "JP", "CN"], (60, 90), (1000, 5000), ["USD"], None, S),
    ("381400", "Electronic contact cleaner, isopropanol based, aerosols", "import", ["sea"], ["CN", "US"], (3, 5), (4000, 8000), ["USD"], 2.5, S),
    ("701399", "Hand-blown decorative glass bottles, new, Hebron glass", "import", ["air"], ["PS", "JO"], (8, 15), (100, 500), ["USD"], None, S),
    ("630499", "Handwoven alpaca wall hangings, new", "import", ["air"], ["PE", "BO"], (40, 80), (50, 300), ["USD"], None, S),
    ("251690", "Polished stone slabs and fossil-free decorative limestone", "import", ["sea"], ["BR", "TR"], (0.5, 1.0), (20000, 25000), ["USD"], None, S),
    ("830629", "New brass and bronze statuettes, handicraft, lost-wax, Swamimalai", "import", ["sea", "air"], ["IN", "NP"], (15, 30), (200, 1500), ["USD"], None, S),
    ("970191", "Contemporary oil paintings, signed, gallery invoices", "export", ["road", "air"], ["CH", "US"], (200, 1500), (20, 200), ["EUR"], None, S),
    ("711790", "Costume jewellery, brass brooches, new", "import", ["air"], ["CN", "IN"], (20, 40), (100, 800), ["USD"], None, S),
    ("293090", "Dithiocarbamate rubber accelerators, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2.5, 4), (10000, 18000), ["USD"], None, S),
    ("722830", "Tool steel bars 1.2379, hot rolled", "import", ["sea"], ["KR", "CN", "IN"], (2.5, 4), (15000, 22000), ["USD"], None, S),
    ("950300", "Toy drones with camera, under 250 g, CE marked", "import", ["sea", "air"], ["CN"], (40, 80), (500, 3000), ["USD"], 5, S),
    ("030572", "Dried fish maw, Nile perch, graded", "import", ["air"], ["TZ", "UG"], (40, 80), (200, 1000), ["USD"], None, S),
    ("160432", "Farmed salmon roe, salted, tins, with aquaculture label", "import", ["air", "road"], ["NO"], (60, 100), (100, 600), ["EUR"], None, S),
    ("621420", "Pashmina shawls, goat cashmere, 200 g", "import", ["air", "sea"], ["IN", "NP"], (150, 300), (100, 600), ["USD"], 5, S),
    # everyday trade
    ("070410", "Fresh cauliflowers", "import", ["road"], ["MA", "TR"], (0.8, 1.3), (12000, 18000), ["EUR"], None, N),
    ("071331", "Dried mung beans, 25 kg bags", "import", ["sea"], ["MM", "CN", "AU"], (0.9, 1.4), (18000, 22000), ["USD"], None, N),
    ("081190", "Frozen mixed berries, IQF", "import", ["sea"], ["RS", "CL", "CN"], (1.8, 2.8), (18000, 22000), ["EUR", "USD"], None, N),
    ("080241", "Chestnuts in shell, fresh", "import", ["road", "sea"], ["TR", "CN"], (2, 3.5), (10000, 18000), ["EUR", "USD"], None, N),
    ("080521", "Fresh mandarins", "import", ["sea"], ["MA", "ZA", "TR"], (0.8, 1.3), (18000, 22000), ["EUR", "USD"], None, N),
    ("090122", "Roasted coffee beans, decaffeinated, 1 kg bags", "export", ["road", "sea"], ["CH", "US", "GB"], (12, 20), (3000, 8000), ["EUR"], None, N),
    ("110812", "Maize starch, 25 kg bags", "import", ["sea"], ["US", "TR", "CN"], (0.45, 0.7), (20000, 24000), ["USD"], None, N),
    ("121299", "Carob pods, kibbled", "import", ["sea"], ["MA", "TR"], (0.5, 0.9), (18000, 22000), ["EUR", "USD"], None, N),
    ("130232", "Locust bean gum and guar gum powder", "import", ["sea"], ["IN", "MA"], (2.5, 5), (10000, 18000), ["USD"], None, N),
    ("150710", "Crude soybean oil, degummed", "import", ["sea"], ["AR", "BR", "US"], (0.9, 1.2), (22000, 26000), ["USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea"], ["LY", "AO", "CD"], (0.35, 0.5), (22000, 26000), ["EUR"], None, N),
    ("120242", "Groundnuts, shelled", "import", ["sea"], ["AR", "US", "IN"], (1.2, 1.8), (18000, 22000), ["USD"], None, N),
    ("151110", "Crude palm oil, certified sustainable", "import", ["sea"], ["ID", "MY"], (0.8, 1.1), (25000, 30000), ["USD"], None, N),
    ("170230", "Glucose syrup, tankers", "export", ["road"], ["CH", "RS", "GB"], (0.45, 0.7), (20000, 25000), ["EUR"], None, N),
    ("230330", "Brewers' spent grains, dried, pellets", "export", ["sea"], ["NO", "GB"], (0.15, 0.25), (22000, 26000), ["EUR"], None, N),
    ("261400", "Ilmenite sand, titanium ore", "import", ["sea"], ["NO", "MZ", "AU"], (0.2, 0.35), (25000, 30000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("281000", "Boric acid, technical, 25 kg bags", "import", ["sea"], ["TR", "US"], (0.8, 1.2), (20000, 24000), ["USD"], None, N),
    ("283325", "Copper sulphate pentahydrate, feed grade", "import", ["sea"], ["TW", "CN", "RU"], (2.2, 3.2), (15000, 22000), ["USD"], None, N),
    ("291511", "Formic acid 85 %, IBC, for silage", "import", ["sea", "road"], ["CN", "US"], (0.6, 0.9), (15000, 22000), ["EUR", "USD"], None, N),
    ("040510", "Butter, 25 kg blocks", "export", ["sea", "road"], ["GB", "US", "SA"], (6, 8), (15000, 22000), ["EUR"], None, N),
    ("340520", "Wood furniture polish, retail", "export", ["road"], ["CH", "NO"], (4, 7), (2000, 6000), ["EUR"], None, N),
    ("030443", "Frozen flatfish fillets", "import", ["sea"], ["CN", "IS"], (4, 7), (15000, 20000), ["USD", "EUR"], None, N),
    ("391910", "Self-adhesive packaging tape, rolls", "import", ["sea"], ["CN", "VN"], (2, 3.5), (6000, 12000), ["USD"], None, N),
    ("240120", "Tobacco leaf, flue-cured, stripped", "import", ["sea"], ["BR", "ZW", "MW"], (4, 7), (18000, 22000), ["USD"], None, N),
    ("252010", "Gypsum, natural, crushed", "import", ["sea"], ["MA", "ES"], (0.015, 0.03), (25000, 30000), ["EUR"], None, N),
    ("270112", "Bituminous coal, steam, bulk", "import", ["sea"], ["CO", "ZA", "AU"], (0.1, 0.15), (25000, 30000), ["USD"], None, N),
    ("271320", "Petroleum bitumen, drums", "export", ["sea"], ["GH", "CM", "SN"], (0.4, 0.6), (20000, 25000), ["EUR", "USD"], None, N),
    ("283531", "Sodium tripolyphosphate, 25 kg bags", "import", ["sea"], ["CN"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("290511", "Methanol, bulk", "import", ["sea"], ["SA", "TT", "OM"], (0.3, 0.45), (25000, 30000), ["USD"], None, N),
    ("441873", "Engineered bamboo flooring panels", "import", ["sea"], ["CN", "VN"], (2, 3.5), (18000, 22000), ["USD"], None, N),
    ("320890", "Industrial paints, solvent-based, drums", "export", ["road", "sea"], ["TR", "MA", "RS"], (3, 6), (5000, 15000), ["EUR"], None, N),
    ("330300", "Perfumes, eau de toilette, 100 ml", "export", ["air"], ["AE", "US", "CN"], (60, 150), (200, 1500), ["EUR"], None, N),
    ("450390", "Natural cork stoppers for wine", "export", ["road", "sea"], ["US", "CL", "ZA"], (25, 45), (500, 3000), ["EUR"], 250, N),
    ("390120", "High-density polyethylene granules, virgin, blow moulding", "import", ["sea"], ["SA", "US", "KR"], (1.0, 1.3), (22000, 25000), ["USD"], None, N),
    ("390410", "PVC suspension resin K67", "import", ["sea"], ["US", "EG", "KR"], (0.8, 1.1), (22000, 25000), ["USD"], None, N),
    ("391721", "Polyethylene pipes, PE100, coils", "export", ["road"], ["NO", "MA", "RS"], (1.8, 2.8), (8000, 16000), ["EUR"], None, N),
    ("500720", "Silk woven fabrics, 100 % silk", "import", ["air"], ["CN", "IN"], (40, 80), (100, 800), ["USD"], None, N),
    ("400121", "Natural rubber, smoked sheets", "import", ["sea"], ["TH", "MY", "CI"], (1.5, 2.1), (20000, 22000), ["USD"], None, N),
    ("420221", "Handbags, leather outer", "import", ["sea", "air"], ["CN", "IN", "VN"], (30, 80), (500, 3000), ["USD"], 1.0, N),
    ("440711", "Sawn pine, kiln-dried", "import", ["sea"], ["SE", "FI", "BR"], (0.3, 0.45), (20000, 26000), ["EUR", "USD"], None, N),
    ("570242", "Woven carpets of polypropylene, machine made", "import", ["sea", "road"], ["TR", "EG", "IN"], (4, 7), (8000, 15000), ["USD", "EUR"], None, N),
    ("481820", "Paper towels and tissues, retail", "export", ["road"], ["CH", "GB", "RS"], (1.2, 2), (8000, 14000), ["EUR"], None, N),
    ("490110", "Printed books, paperback, new", "export", ["road", "sea"], ["CH", "GB", "US"], (6, 12), (2000, 8000), ["EUR"], None, N),
    ("510111", "Greasy shorn wool", "import", ["sea"], ["AU", "NZ", "UY"], (4, 7), (18000, 22000), ["USD"], None, N),
    ("540233", "Polyester textured yarn", "import", ["sea"], ["CN", "IN"], (1.2, 1.8), (18000, 22000), ["USD"], None, N),
    ("611020", "Cotton sweatshirts, knitted", "import", ["sea"], ["BD", "PK", "TR"], (9, 15), (4000, 10000), ["USD", "EUR"], 2.5, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TN"], (10, 18), (4000, 10000), ["USD", "EUR"], 1.5, N),
    ("630260", "Cotton terry towels", "import", ["sea"], ["PK", "TR", "IN"], (5, 8), (8000, 14000), ["USD", "EUR"], None, N),
    ("681091", "Precast concrete elements, reinforced", "export", ["road"], ["CH", "NO"], (0.1, 0.2), (20000, 26000), ["EUR"], None, N),
    ("691110", "Porcelain tableware, household", "import", ["sea"], ["CN", "TH"], (2.5, 5), (6000, 12000), ["USD"], None, N),
    ("700529", "Float glass sheets, 6 mm", "import", ["sea", "road"], ["TR", "EG"], (0.4, 0.6), (20000, 24000), ["EUR", "USD"], None, N),
    ("720839", "Hot-rolled steel coils, under 3 mm", "import", ["sea"], ["IN", "KR", "JP"], (0.6, 0.8), (25000, 30000), ["USD"], None, N),
    ("730210", "Steel rails, 60E1", "import", ["sea"], ["JP", "IN", "KR"], (0.8, 1.1), (25000, 30000), ["USD", "EUR"], None, N),
    ("740311", "Copper cathodes, grade A", "import", ["sea"], ["CL", "PE", "ZM"], (8.5, 10), (20000, 25000), ["USD"], None, N),
    ("760421", "Aluminium hollow profiles", "import", ["sea", "road"], ["TR", "CN"], (3.5, 5), (10000, 18000), ["EUR", "USD"], None, N),
    ("840734", "Petrol engines for motorcycles, new", "import", ["sea"], ["CN", "IN"], (5, 9), (4000, 10000), ["USD"], 0.04, N),
    ("820412", "Adjustable spanners, chrome vanadium", "import", ["sea"], ["CN", "TW"], (4, 7), (4000, 9000), ["USD"], None, N),
    ("845011", "Washing machines, front loading, new", "import", ["sea", "road"], ["TR", "CN", "PL"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("847130", "Laptop computers, new", "import", ["air", "sea"], ["CN", "TW"], (200, 400), (500, 3000), ["USD"], 0.5, N),
    ("850431", "Small transformers, dry type, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], None, N),
    ("851713", "Smartphones, new", "import", ["air"], ["CN", "VN", "IN"], (600, 1500), (200, 1200), ["USD"], 5, N),
    ("853921", "Halogen lamps", "import", ["sea"], ["CN"], (5, 9), (1000, 4000), ["USD"], None, N),
    ("870380", "Electric cars, new", "import", ["sea"], ["CN", "KR", "US"], (18, 30), (15000, 22000), ["USD", "EUR"], 0.0005, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH", "VN"], (10, 18), (3000, 8000), ["USD"], 0.07, N),
    ("843280", "Lawn mowers and rotary tillers, parts", "import", ["sea"], ["CN", "JP"], (4, 8), (5000, 12000), ["USD"], None, N),
    ("901890", "Syringe pumps, new", "import", ["air"], ["US", "CN"], (100, 250), (100, 800), ["USD"], None, N),
    ("940161", "Upholstered wooden armchairs", "import", ["sea", "road"], ["PL", "VN", "CN"], (5, 9), (4000, 10000), ["EUR", "USD"], None, N),
    ("871110", "Mopeds, 50 cc, new", "import", ["sea"], ["CN", "TW"], (12, 20), (4000, 10000), ["USD"], 0.012, N),
    ("950691", "Fitness equipment, treadmills and weights", "import", ["sea"], ["CN", "TW"], (2.5, 5), (8000, 16000), ["USD"], None, N),
    ("902511", "Clinical thermometers, digital", "import", ["air", "sea"], ["CN", "CH"], (30, 60), (200, 1200), ["USD"], 20, N),
    ("401512", "Surgical gloves, sterile, natural rubber", "import", ["sea"], ["MY", "TH"], (6, 10), (5000, 12000), ["USD"], None, N),
    ("020322", "Frozen pork hams, bone in", "export", ["sea"], ["CN", "JP", "PH"], (2.2, 3.5), (20000, 25000), ["EUR"], None, N),
]


def main():
    base.write_later_set("blind7", 20270501, HERE)


if __name__ == "__main__":
    main()
