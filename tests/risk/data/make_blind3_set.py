#!/usr/bin/env python3
"""Writes the third blind set (tests/risk/data/blind3-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, with goods, routes, languages and disguises found in none
of the dev, heldout, blind and blind2 sets. Written by a person who had not read the
profile packs, and committed before the round-four profile changes were measured on
it. Same row layout and expansion as make_blind_set.py, whose functions it reuses;
a disguised row's extra header fields may also carry "_item" (fields merged into its
item) and "_more_items" (further items of the same declaration):

    python3 tests/risk/data/make_blind3_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import argparse
import datetime
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

base.START = datetime.date(2026, 10, 1)
base.DAYS = 61  # 1 October to 30 November 2026
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "PLSEA01", "sea", "PL", ["GH"], "BF", "310240",
         "Calcium ammonium nitrate 33.5 % N, granular, white, 50 kg bags", "PL", 26000, None, 9100, "EUR",
         "ammonium nitrate (33.5 % N, white) declared as calcium ammonium nitrate, whose nitrogen cannot exceed about "
         "28 % and whose limestone filler makes it grey, via Tema to Burkina Faso, no licence",
         {"importer_name": "Faso Intrants Agricoles SARL", "importer_country": "BF"}),
        ("PRE-02", "export", "ITSEA01", "sea", "IT", ["BJ"], "NE", "330590",
         "Ossidante per capelli 130 volumi, cisternette IBC 1000 l", "IT", 12000, None, 7800, "EUR",
         "hydrogen peroxide at about 39 % (130 volumes) as hair developer in 1000 l IBCs, via Cotonou to Niger, "
         "Italian wording; salon developer is 20-40 volumes (6-12 %) in retail bottles",
         {"importer_name": "Niamey Beaute Distribution", "importer_country": "NE"}),
        ("PRE-03", "export", "GBSEA01", "sea", "GB", ["AE"], "PK", "902000",
         "Refill candles for chemical oxygen generators, sodium chlorate core, 3,000 pcs", "GB", 4500, 3000, 6000,
         "GBP",
         "sodium chlorate (about 80 % of each candle) as oxygen-candle refills, 4.5 t for a Peshawar safety trader "
         "via Jebel Ali",
         {"importer_name": "Khyber Safety Traders", "importer_country": "PK"}),
        ("PRE-04", "export", "DESEA01", "sea", "DE", ["PK"], "AF", "210690",
         "Pökelhilfsmittel E 252, lebensmitteltauglich, 25-kg-Säcke", "DE", 10000, None, 9500, "EUR",
         "10 t of potassium nitrate (E 252) as a food curing preparation, to Afghanistan via Karachi, German wording",
         {"importer_name": "Kabul Food Processing Co", "importer_country": "AF"}),
        ("PRE-05", "export", "ITAIR01", "air", "IT", ["AE"], "SO", "870895",
         "Airbag initiators (squibs), electric, leg wires 2 m, 10,000 pcs", "IT", 350, 10000, 14000, "EUR",
         "electric detonators as airbag squibs (an airbag initiator has a plug connector, not 2 m leg wires), "
         "10,000 to a Mogadishu car-parts trader via Dubai by air",
         {"importer_name": "Hodan Auto Spares", "importer_country": "SO"}),
        ("PRE-06", "export", "FRSEA01", "sea", "FR", ["CM"], "TD", "280920",
         "Acide de nettoyage NEP pour laiteries (acide nitrique 58 %, acide phosphorique), conteneurs 1000 l", "FR",
         16000, None, 8800, "EUR",
         "58 % nitric acid as a dairy cleaning acid under the phosphoric-acid code, via Douala to N'Djamena, "
         "French wording",
         {"importer_name": "Laiterie du Chari", "importer_country": "TD"}),
        ("PRE-07", "export", "NLSEA01", "sea", "NL", ["OM"], "SO", "300590",
         "Instant cold pack refill granules, NH4NO3, 25 kg bags", "NL", 12000, None, 5400, "EUR",
         "12 t of ammonium nitrate as cold-pack refill under the dressings code (a cold pack holds about 100 g), "
         "to Somalia via Salalah",
         {"importer_name": "Banadir Medical Supplies", "importer_country": "SO"}),
        ("PRE-08", "export", "NLSEA01", "sea", "NL", ["AE"], "PK", "290499",
         "Oplosmiddel nitroparaffine, CAS 75-52-5, vaten 200 l", "NL", 3200, None, 9600, "EUR",
         "nitromethane by CAS number as a nitroparaffin solvent under other nitro derivatives, Dutch wording, "
         "to Quetta via Jebel Ali",
         {"importer_name": "Quetta Chemical House", "importer_country": "PK"}),
        ("PRE-09", "import", "BEPOST01", "post", "US", [], "BE", "340290",
         "Professional drain opener, sulphuric acid 96 %, 12 x 1 l", "US", 22, 12, 95, "USD",
         "96 % sulphuric acid to a member of the public by post as a cleaning preparation (Annex I limit 15 %)",
         dict(PRIVATE, importer_country="BE")),
        ("PRE-10", "import", "ATAIR01", "express", "CN", [], "AT", "282810",
         "Pool oxidiser, non-chlorine shock, H2O2 35 %, 4 x 20 l", "CN", 88, 4, 140, "USD",
         "35 % hydrogen peroxide under the hypochlorite code to a private person, with 40 l of acetone in the same "
         "consignment (peroxide explosive precursors together)",
         dict(PRIVATE, importer_country="AT", _more_items=[
             {"hs_code": "291411", "description": "Nail polish remover, acetone 99.5 %, 2 x 20 l", "origin_country": "CN",
              "net_mass_kg": 32, "quantity": 2, "quantity_unit": "u", "value": 40, "currency": "USD"}])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "VN", "390330",
         "Granulo ABS nero, prima scelta, big bag", "IT", 22000, None, 2600, "EUR",
         "ABS shredded from e-waste casings (brominated flame retardants, A3210) as prime black ABS at "
         "0.12 EUR/kg, Italian wording", {"importer_country": "VN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "TR", "391990",
         "Zelfklevende beschermfolie, snijafval, in balen", "NL", 21000, None, 1050, "EUR",
         "baled adhesive-film off-cuts (contaminated plastic waste, Y48) under the self-adhesive plastic film code "
         "at 0.05 EUR/kg, Dutch wording", {"importer_country": "TR"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "852852",
         "Moniteurs d'ordinateur d'occasion à tube cathodique, en vrac, non emballés", "FR", 9000, 600, 1500, "EUR",
         "loose CRT monitors (leaded glass, A1180) as second-hand monitors at 2.50 EUR a piece to Dakar, "
         "French wording", {"importer_name": "Ets Ndiaye Informatique", "importer_country": "SN"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "HK", "850440",
         "Data centre decommissioning lot: UPS units with batteries, switches, servers, cabling, sold by weight", "GB",
         14000, None, 5600, "GBP",
         "a decommissioned IT lot sold by weight (UPS lead-acid batteries, A1160/A1180) as static converters at "
         "0.40 GBP/kg to Hong Kong", {"importer_country": "HK"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "GH", "841590",
         "Unidades exteriores de aire acondicionado usadas, desmontadas de edificios, sin recuperar el gas", "ES",
         7500, 250, 2000, "EUR",
         "dismantled air-conditioning units with the refrigerant not recovered (e-waste with HCFC-22) as "
         "air-conditioner parts to Tema, Spanish wording", {"importer_country": "GH"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "CN", "260500",
         "Cobalt-nickel-lithium concentrate, black powder, from recycling, big bags", "DE", 20000, None, 46000, "EUR",
         "lithium-battery black mass (hazardous waste) as a cobalt ore concentrate of German origin; Germany has "
         "no cobalt mine", {"importer_country": "CN"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "PK", "720449",
         "Light iron scrap incl. domestic appliances (fridges with compressors, washers, microwaves)", "BE", 26000,
         None, 5200, "EUR",
         "un-depolluted appliances (fridges with compressors, oil and refrigerant) inside light iron scrap, "
         "to Karachi", {"importer_country": "PK"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "VN", "630532",
         "Big bags usados em polipropileno, enfardados, para reutilização", "PT", 19000, None, 1150, "EUR",
         "used soiled bulk bags (plastic waste) baled under the textile-container code at 0.06 EUR/kg, "
         "Portuguese wording", {"importer_country": "VN"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "CM", "300490",
         "Pharmaceuticals, expired 2024-2025, mixed cartons, humanitarian donation", "BE", 6000, None, 3000, "EUR",
         "expired medicines (pharmaceutical waste, Y3) as a donation at 0.50 EUR/kg to Douala",
         {"importer_name": "Association Sante pour Tous", "importer_country": "CM"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "NG", "381400",
         "Recovered mixed solvents, for fuel blending, 200 l drums", "GB", 15000, None, 750, "GBP",
         "spent mixed solvents (Y42) as composite solvents at 0.05 GBP/kg to Lagos", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "AE", [], "DE", "630900",
         "Old textile fragments, linen, embroidered, for framing", "EG", 1, 6, 80, "EUR",
         "Coptic textile fragments from Egypt (ICOM Red List) as worn textiles via Dubai by post", dict(PRIVATE)),
        ("CUL-02", "import", "BESEA01", "sea", "CN", [], "BE", "392640",
         "Dinosaur skull replica, resin, decorative, 1 pc", "CN", 180, 1, 600, "USD",
         "a fossil dinosaur skull from the Gobi (Mongolian export ban) as a resin replica; 180 kg for one piece "
         "is stone, not resin", {}),
        ("CUL-03", "import", "GRSEA01", "sea", "TR", [], "GR", "691490",
         "Terracotta jars, sea-worn, shell encrusted, garden decoration", "LY", 400, 8, 700, "EUR",
         "Roman amphorae raised from the sea off Libya (underwater heritage) as garden jars via Turkey", {}),
        ("CUL-04", "import", "ITAIR01", "express", "PK", [], "IT", "680990",
         "Plaster heads, handicraft, aged look, set of 3", "AF", 25, 3, 150, "EUR",
         "Hadda-type Buddhist stucco heads from Afghanistan as plaster handicraft via Pakistan by express", {}),
        ("CUL-05", "import", "ATPOST01", "post", "TR", [], "AT", "830890",
         "Old buckles, clasps and fibulae, base metal, uncleaned lot, 300 pcs", "SY", 6, 300, 90, "EUR",
         "an uncleaned metal-detecting lot (Roman and Byzantine small finds) from Syria via Turkey by post",
         dict(PRIVATE)),
        ("CUL-06", "import", "NLSEA01", "sea", "TR", [], "NL", "690410",
         "Oude bakstenen met stempel, gerecupereerd, voor tuinpad", "IQ", 1200, 60, 400, "EUR",
         "stamped and inscribed bricks from Iraqi sites as reclaimed garden bricks via Turkey, Dutch wording", {}),
        ("CUL-07", "import", "FRAIR01", "air", "TD", [], "FR", "691390",
         "Figurines en faïence bleue, artisanat, lot de 20", "SD", 4, 20, 120, "EUR",
         "Napatan faience shabtis from Sudan (museum looting since 2023) as handicraft via N'Djamena, French wording",
         {}),
        ("CUL-08", "import", "NLAIR01", "air", "TH", [], "NL", "442011",
         "Lacquered wooden Buddha figures, decorative, old finish", "MM", 90, 4, 500, "USD",
         "temple statues from Myanmar (conflict area) as decorative wood carvings via Bangkok", {}),
        ("CUL-09", "import", "LTPOST01", "post", "AM", [], "LT", "830629",
         "Souvenir replicas: bronze arrowheads and harness plaques, 40 pcs", "UA", 3, 40, 60, "EUR",
         "Scythian bronzes from occupied Ukraine (ICOM Emergency Red List) as souvenir replicas via Armenia by post",
         dict(PRIVATE)),
        ("CUL-10", "export", "ITAIR01", "air", "IT", [], "US", "970191",
         "Dipinto olio su tela, scuola veneta, XVII secolo, decorativo", "IT", 12, 1, 900, "EUR",
         "a 17th-century painting under the code for paintings not over 100 years, at 900 EUR, leaving without "
         "an export licence, Italian wording", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", ["TR", "GE"], "AM", "380899",
         "Fumigante de suelos, tricloronitrometano 99 %, cilindros 50 kg", "ES", 6000, 120, 30000, "EUR",
         "chloropicrin (CWC Schedule 3, reported used as a choking agent in Ukraine) as a soil fumigant, Spanish "
         "wording, to Armenia for a Russian consignee", {"importer_name": "OOO AgroKhimSnab", "importer_country": "RU"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", ["LB"], "SY", "291419",
         "tert-Butyl methyl ketone 98 %, fungicide intermediate", "DE", 5000, None, 21000, "EUR",
         "pinacolone (Australia Group precursor of the soman alcohol) by a synonym, to Syria via Beirut; the "
         "chemical-weapons restrictions on Syria remain",
         {"importer_country": "SY"}),
        ("STR-03", "export", "GBAIR01", "air", "GB", ["TR"], "IR", "293090",
         "2-(Diisopropylamino)ethanethiol hydrochloride 98 %, building block, 25 kg", "GB", 25, None, 6800, "GBP",
         "a CWC Schedule 2 VX precursor (N,N-dialkyl aminoethane-2-thiol) by its systematic name, to Iran via "
         "Istanbul", {"importer_name": "Pars Fine Chemicals", "importer_country": "IR"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "CN", "340590",
         "Glass frosting powder, ammonium hydrogen difluoride 95 %, 25 kg bags", "NL", 8000, None, 12000, "EUR",
         "ammonium bifluoride (Australia Group precursor) as a glass polish for a DPRK glassworks via China",
         {"importer_name": "Sinuiju Glass Works", "importer_country": "KP"}),
        ("STR-05", "export", "LTROAD01", "road", "LT", [], "BY", "281219",
         "Chlorinating reagent SCl2, red liquid, technical, 200 l drums", "DE", 4000, None, 7000, "EUR",
         "sulphur dichloride (CWC Schedule 3) by formula under other chlorides, to Belarus by road",
         {"importer_country": "BY"}),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "AE", "852691",
         "GNSS receiver modules, OEM, multi-band, 2,000 pcs", "NL", 60, 2000, 150000, "EUR",
         "Common High Priority List navigation modules (drones, munitions) re-exported to a Russian consignee "
         "through Dubai", {"importer_name": "Gulf Smart Trading FZE", "importer_country": "AE",
                           "consignee_name": "OOO Navigatsiya Plus", "consignee_country": "RU"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "TR", "844590",
         "Macchina bobinatrice CNC a 4 assi coordinati, mandrino 2 m", "IT", 9000, 1, 380000, "EUR",
         "a filament-winding machine (NSG/MTCR controlled, 4 coordinated axes, 2 m mandrel) as a textile winding "
         "machine for an Iranian end user via Turkey, Italian wording", {"importer_country": "IR"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", ["KZ"], "KG", "840790",
         "Two-stroke boxer engines 550 cc, 50 hp, for generator sets", "DE", 600, 20, 180000, "EUR",
         "light aircraft engines of the kind used in long-range drones (9,000 EUR each) as generator engines, "
         "to Kyrgyzstan for a Russian consignee", {"importer_country": "RU"}),
        ("STR-09", "export", "FRSEA01", "sea", "FR", ["AE"], "IR", "760820",
         "Aluminium alloy tubes 7075-T6, OD 120 mm, for bicycle frames", "FR", 4000, None, 36000, "EUR",
         "high-strength 7075 tubes over 75 mm diameter (NSG/MTCR) as bicycle tubing (bicycle tubes are 25-50 mm) "
         "to Iran via Jebel Ali", {"importer_country": "IR"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", ["TR"], "AM", "852589",
         "Infrared camera cores 640x512, 12 µm, uncooled, for building inspection, 300 pcs", "FR", 45, 300, 420000,
         "EUR",
         "thermal-imaging cores (weapon sights; banned for Russia) to Armenia for a Russian consignee",
         {"importer_country": "RU"}),
    ],
    "wildlife": [
        ("WLD-01", "export", "CGSEA01", "sea", "CG", ["MY"], "CN", "391510",
         "Broyat de plastique PEHD, sacs de 50 kg", "CG", 9000, None, 1400, "USD",
         "pangolin scales declared as HDPE regrind from Pointe-Noire via Malaysia to China (no plastics recycling "
         "industry at origin), French wording", {"importer_country": "CN"}),
        ("WLD-02", "export", "NGAIR01", "air", "NG", [], "CN", "680291",
         "White stone carvings, marble, small, handicraft", "NG", 60, 120, 900, "USD",
         "carved ivory as small white marble carvings by air from Lagos to China", {"importer_country": "CN"}),
        ("WLD-03", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Cactus de colección, raíz desnuda, surtidos, 150 plantas", "MX", 9, 150, 300, "USD",
         "wild-collected Mexican cacti (Ariocarpus, Astrophytum; CITES I and II) bare-rooted by post to a private "
         "collector, no CITES permit, Spanish wording", dict(PRIVATE)),
        ("WLD-04", "export", "MZAIR01", "air", "MZ", ["ET"], "HK", "030799",
         "Caracol marinho seco (búzio), para sopa", "MZ", 300, None, 24000, "USD",
         "dried abalone poached in South Africa as dried sea snails at 80 USD/kg, Maputo to Hong Kong, "
         "Portuguese wording", {"importer_country": "HK"}),
        ("WLD-05", "import", "NLAIR01", "air", "ID", [], "NL", "253090",
         "Aquarium decoration stones, natural, white, branching", "ID", 400, None, 1800, "USD",
         "dried hard coral (Scleractinia, CITES II) as natural aquarium stones, no CITES permit",
         {"importer_name": "Reef Decor BV", "importer_country": "NL"}),
        ("WLD-06", "import", "BESEA01", "sea", "CG", [], "BE", "440729",
         "African teak, sawn, kiln dried, FAS", "CG", 20000, None, 22000, "EUR",
         "afrormosia (Pericopsis elata, CITES II) by its trade name 'African teak' without a CITES permit", {}),
        ("WLD-07", "import", "SAAIR01", "air", "ID", ["MY"], "SA", "330741",
         "Khashab bakhoor, oud tabi'i, shirayih, kartonat 10 kg", "ID", 200, None, 6000, "USD",
         "wild agarwood chips (Aquilaria, CITES II) as bakhoor incense, Arabic in Latin transliteration, no CITES "
         "permit; raw chips are wood, not a prepared incense", {"importer_country": "SA"}),
        ("WLD-08", "export", "LKAIR01", "air", "LK", ["SG"], "HK", "030569",
         "Dried fish gill rakers, for soup", "LK", 120, None, 21000, "USD",
         "manta and devil ray gill plates (CITES II) as dried fish gills at 175 USD/kg",
         {"importer_country": "HK"}),
        ("WLD-09", "export", "ZAAIR01", "air", "ZA", [], "LA", "050690",
         "Cattle bones, degreased, 12 cartons", "ZA", 350, None, 10500, "USD",
         "lion skeletons (zero export quota) as cattle bones by air at 30 USD/kg to Laos",
         {"importer_country": "LA"}),
        ("WLD-10", "import", "BEAIR01", "air", "MG", ["KE"], "BE", "010690",
         "Live small reptiles and invertebrates for the pet trade, captive bred, 40 boxes", "MG", 25, 160, 800, "EUR",
         "wild-caught Malagasy chameleons and day geckos (CITES II) as captive-bred small reptiles, no CITES permit",
         {}),
    ],
    "ozone": [
        ("OZN-01", "import", "MTSEA01", "sea", "TR", [], "MT", "290345",
         "Forane 22 refrigerant, 61 kg returnable cylinders", "CN", 3660, 60, 5500, "EUR",
         "HCFC-22 by a trade name (Forane 22) under the HFC-134a code, no ODS licence", {}),
        ("OZN-02", "import", "HRSEA01", "sea", "CN", [], "HR", "340290",
         "Flushing agent for refrigeration circuits, 141b, 13.6 kg canisters", "CN", 2720, 200, 2200, "USD",
         "HCFC-141b as an air-conditioning flush under the cleaning-preparations code", {}),
        ("OZN-03", "import", "CYSEA01", "sea", "IN", ["EG"], "CY", "382764",
         "R409A service refrigerant, 13.6 kg cylinders", "IN", 1360, 100, 1400, "USD",
         "R-409A (an HCFC-22/124/142b blend) under an HFC-mixture code", {}),
        ("OZN-04", "import", "FRAIR01", "air", "CN", [], "FR", "381400",
         "Solvant de nettoyage de précision AK-225 (dichloropentafluoropropane), bidons 15 kg", "CN", 600, 40, 9000,
         "USD", "HCFC-225 by its trade name as a precision cleaning solvent, French wording", {}),
        ("OZN-05", "import", "ESSEA01", "sea", "CN", [], "ES", "841510",
         "Aires acondicionados de ventana 12000 BTU, refrigerante R22, nuevos", "CN", 9600, 320, 38000, "USD",
         "new window air conditioners pre-charged with HCFC-22 (banned in the EU), Spanish wording", {}),
        ("OZN-06", "import", "PLROAD01", "road", "UA", [], "PL", "382761",
         "Czynnik chłodniczy R507A, butle jednorazowe 11,3 kg", "CN", 1130, 100, 900, "EUR",
         "HFC R-507A in non-refillable cylinders (banned in the EU) at 0.80 EUR/kg, no quota authorisation, "
         "Polish wording", {}),
        ("OZN-07", "import", "NLSEA01", "sea", "IN", [], "NL", "290323",
         "Perchloromethane, technical, 250 kg drums", "IN", 10000, 40, 7500, "USD",
         "carbon tetrachloride by a synonym (perchloromethane) under the tetrachloroethylene code", {}),
        ("OZN-08", "import", "DESEA01", "sea", "US", [], "DE", "842410",
         "Halotron I clean agent extinguishers, 5 kg, wheeled", "US", 1800, 120, 16000, "USD",
         "extinguishers charged with Halotron I (an HCFC-123 blend, banned in the EU)", {}),
        ("OZN-09", "import", "GRSEA01", "sea", "CN", [], "GR", "381300",
         "FE-13 fire suppression agent, 60 l cylinders", "CN", 2000, 40, 6000, "USD",
         "HFC-23 (GWP 14,800) by its trade name FE-13 as an extinguisher charge, no quota authorisation", {}),
        ("OZN-10", "import", "ITSEA01", "sea", "AL", [], "IT", "731100",
         "Bombole vuote a rendere, 100 pz", "CN", 2400, 100, 800, "EUR",
         "100 'empty returnable' cylinders weighing 24 kg each (an empty returnable cylinder of the 13.6 kg class "
         "weighs about 10 kg): full refrigerant cylinders, Italian wording", {}),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "export", "SESEA01", "sea", "SE", "BR", "282911",
     "Sodium chlorate 99 %, crystals, for chlorine dioxide bleaching at a pulp mill", "SE", 24000, None, 19000, "EUR",
     [("PRECURSOR_LICENCE", "SE-POL-26-0088"), ("END_USER_CERTIFICATE", "BR-EUC-26-0912")],
     "chlorate to a pulp mill under licence"),
    ("PRM-02", "precursors", "import", "PLSEA01", "sea", "KR", "PL", "284700",
     "Hydrogen peroxide 50 %, for aseptic packaging lines at a dairy", "KR", 18000, None, 14000, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-26-0317")], "concentrated peroxide to a licensed dairy"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854929",
     "Printed circuit boards, waste (A1180), for precious-metal recovery", "NO", 16000, None, 64000, "EUR",
     [("BASEL_CONSENT", "NO-MD-TFS-26-0412")], "circuit-board scrap notified to a licensed smelter"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "382549",
     "Waste organic solvents, non-halogenated (Y42), for distillation", "GB", 20000, None, 2000, "GBP",
     [("BASEL_CONSENT", "GB-EA-TFS-26-3107")], "spent solvents notified to a licensed distiller"),
    ("PRM-05", "cultural", "import", "FRAIR01", "air", "US", "FR", "970690",
     "Illuminated Ottoman Qur'an manuscript, dated 1780, in a collection since 1965", "TR", 4, 1, 85000, "EUR",
     [("IMPORTER_STATEMENT", "FR-ICG-26-00731")], "manuscript over 200 years and over 18,000 EUR with the importer statement"),
    ("PRM-06", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Óleo sobre lienzo, escuela sevillana, hacia 1750", "ES", 15, 1, 160000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-26-0219")], "18th-century painting with its export licence"),
    ("PRM-07", "strategic", "export", "DESEA01", "sea", "DE", "KR", "293141",
     "Dimethyl methylphosphonate (DMMP) 99 %, flame retardant for PU foam", "DE", 8000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-26-2206"), ("END_USER_CERTIFICATE", "KR-EUC-26-0155")],
     "Schedule 2 chemical to a CWC State Party under licence"),
    ("PRM-08", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "681511",
     "Carbon fibre 12K, T700 class, for wind-turbine spar caps", "NL", 6000, None, 150000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-26-0790"), ("END_USER_CERTIFICATE", "IN-EUC-26-0488")],
     "controlled carbon fibre to a blade maker under licence"),
    ("PRM-09", "wildlife", "import", "FRAIR01", "air", "SG", "FR", "420221",
     "Handbags, leather of Python reticulatus, re-export", "ID", 120, 200, 90000, "EUR",
     [("CITES_PERMIT", "SG-NP-26-11873")], "python-skin bags with a CITES re-export certificate"),
    ("PRM-10", "wildlife", "import", "FRSEA01", "sea", "JM", "FR", "030784",
     "Queen conch meat, frozen, Strombus gigas, cleaned", "JM", 12000, None, 96000, "USD",
     [("CITES_PERMIT", "JM-NEPA-26-0344")], "queen conch under a CITES export permit"),
    ("PRM-11", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane, analytical standard, essential laboratory use, 24 x 1 l", "US", 32, 24, 2400, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-26-031")], "methyl chloroform for laboratory use under licence"),
    ("PRM-12", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290344",
     "HFC-125 (pentafluoroethane), 50 kg returnable cylinders, for blending", "CN", 5000, 100, 32000, "USD",
     [("FGAS_QUOTA", "IT-FGAS-26-0516")], "HFC-125 under a quota authorisation"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws)
    ("390710", "Polyacetal (POM) copolymer, prime, natural, 25 kg bags", "export", ["sea"], ["TR", "IN", "VN"], (2.2, 3.0), (16000, 22000), ["EUR", "USD"], None, S),
    ("390610", "PMMA moulding granules, prime, clear", "export", ["sea"], ["TR", "EG", "MA"], (2.4, 3.2), (15000, 21000), ["EUR"], None, S),
    ("390130", "EVA copolymer pellets, 18 % VA, prime, film grade", "export", ["sea"], ["IN", "BR", "VN"], (1.6, 2.2), (18000, 24000), ["USD"], None, S),
    ("390950", "Thermoplastic polyurethane (TPU) pellets, virgin", "export", ["sea"], ["CN", "VN", "MY"], (4.0, 6.0), (10000, 18000), ["EUR", "USD"], None, S),
    ("700100", "Glass cullet, clear, colour-sorted, furnace ready", "export", ["sea"], ["TR", "MA"], (0.05, 0.09), (22000, 26000), ["EUR"], None, S),
    ("750300", "Nickel alloy scrap, Inconel 718 turnings, segregated", "export", ["sea"], ["IN", "CN"], (6.0, 9.0), (15000, 20000), ["USD"], None, S),
    ("790200", "Zinc die-cast scrap (ISRI 'Scoot'), clean", "export", ["sea"], ["IN", "TR"], (1.3, 1.9), (18000, 22000), ["USD"], None, S),
    ("810830", "Titanium scrap, grade 5 solids, sorted", "export", ["sea", "air"], ["US", "JP", "CN"], (5.0, 8.0), (2000, 12000), ["USD"], None, S),
    ("391520", "EPS compacted blocks, clean, single polymer (B3011)", "export", ["sea"], ["KR", "JP"], (0.35, 0.6), (12000, 18000), ["EUR"], None, S),
    ("283321", "Magnesium sulphate heptahydrate, fertiliser grade, 25 kg bags", "export", ["sea"], ["KE", "EG", "MA"], (0.25, 0.4), (22000, 26000), ["EUR", "USD"], None, S),
    ("310540", "Monoammonium phosphate 11-52-0, granular", "export", ["sea"], ["BR", "KE", "AU"], (0.55, 0.75), (22000, 26000), ["USD"], None, S),
    ("310420", "Potassium chloride (muriate of potash) 60 % K2O, granular", "import", ["sea"], ["CA", "IL", "JO"], (0.3, 0.45), (25000, 30000), ["USD"], None, S),
    ("310530", "Diammonium phosphate 18-46-0, granular", "import", ["sea"], ["MA", "SA"], (0.5, 0.7), (25000, 30000), ["USD"], None, S),
    ("841861", "Air-to-water heat pumps, R290 pre-charged, new", "import", ["sea"], ["CN", "KR"], (8, 14), (6000, 14000), ["USD"], 0.008, S),
    ("841850", "Refrigerated display cabinets, R290, new", "import", ["sea", "road"], ["TR", "CN"], (5, 8), (6000, 12000), ["EUR", "USD"], 0.008, S),
    ("293369", "Trichloroisocyanuric acid pool tablets, 200 g, 5 kg tubs", "import", ["sea"], ["CN", "JP"], (1.5, 2.2), (12000, 20000), ["USD"], None, S),
    ("282890", "Sodium hypochlorite solution 12.5 %, IBC", "export", ["sea", "road"], ["MA", "TN", "CH"], (0.18, 0.3), (18000, 22000), ["EUR"], None, S),
    ("340290", "Dairy CIP acid detergent, nitric acid below 3 %, 20 l cans", "export", ["sea", "road"], ["MA", "EG", "NO"], (0.7, 1.1), (8000, 16000), ["EUR"], None, S),
    ("851650", "Microwave ovens, new, boxed", "export", ["sea"], ["NG", "GH", "CI"], (4, 6), (6000, 12000), ["EUR", "USD"], 0.07, S),
    ("841830", "Chest freezers, new, R600a, boxed", "export", ["sea"], ["GH", "NG", "SN"], (3, 5), (8000, 14000), ["EUR"], 0.025, S),
    ("841451", "Table and ceiling fans, new, boxed", "export", ["sea"], ["NG", "CI", "CM"], (3, 5), (4000, 9000), ["EUR", "USD"], 0.2, S),
    ("880621", "Camera drones under 250 g, new, boxed, C0 class", "import", ["air", "sea"], ["CN"], (600, 1200), (100, 800), ["USD"], 2.5, S),
    ("848210", "Deep-groove ball bearings, standard 6200 series, new", "export", ["sea", "road"], ["TR", "EG", "MA"], (6, 10), (3000, 9000), ["EUR"], None, S),
    ("845611", "Fibre laser cutting machine, sheet metal, 3 kW, new", "export", ["sea"], ["MA", "EG", "IN"], (8, 14), (4000, 9000), ["EUR"], 0.0002, S),
    ("050790", "Deer antlers, naturally cast, farmed red deer, dog chews", "import", ["sea", "air"], ["NZ", "GB"], (8, 14), (500, 3000), ["EUR", "USD"], None, S),
    ("030111", "Live freshwater aquarium fish, farmed (tetras, guppies), oxygen bags", "import", ["air"], ["SG", "TH", "LK"], (15, 30), (100, 800), ["USD", "EUR"], None, S),
    ("050510", "Ostrich feathers, farmed, dyed, for costumes", "import", ["air"], ["ZA"], (40, 80), (50, 400), ["USD", "EUR"], None, S),
    ("710122", "Cultured pearls, worked, strung, Akoya and freshwater", "import", ["air"], ["JP", "CN"], (1500, 4000), (5, 40), ["USD", "EUR"], None, S),
    ("681599", "Soapstone carvings, new, souvenir bowls and animals", "import", ["sea", "air"], ["KE"], (3, 6), (300, 2000), ["USD", "EUR"], None, S),
    ("392640", "Resin garden Buddha statues, new", "import", ["sea"], ["CN", "VN", "ID"], (2.5, 4.5), (2000, 8000), ["USD"], None, S),
    ("732599", "Cast-iron garden ornaments, antique style, new", "import", ["sea"], ["CN", "IN"], (1.5, 2.5), (6000, 14000), ["USD"], None, S),
    ("970290", "Original lithographs and screen prints, signed, 2020-2026, gallery stock", "import", ["air"], ["US", "GB", "JP"], (150, 800), (10, 120), ["USD", "EUR"], None, S),
    ("440727", "Sawn sapele, FSC certified, kiln dried", "import", ["sea"], ["CM", "CG"], (0.9, 1.3), (18000, 24000), ["EUR"], None, S),
    ("810411", "Magnesium ingots 99.9 %, 7.5 kg", "import", ["sea"], ["CN", "IL"], (2.5, 3.5), (20000, 25000), ["USD"], None, S),
    # everyday trade
    ("080711", "Fresh watermelons", "import", ["road", "sea"], ["MA", "TR"], (0.4, 0.7), (18000, 22000), ["EUR"], None, N),
    ("081010", "Fresh strawberries", "import", ["road", "air"], ["MA", "EG"], (2.5, 4.0), (2000, 16000), ["EUR"], None, N),
    ("070960", "Fresh sweet peppers", "import", ["road"], ["MA", "TR"], (1.0, 1.6), (16000, 20000), ["EUR"], None, N),
    ("080251", "Pistachios, in shell, roasted", "import", ["sea"], ["US", "TR"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 7), (18000, 22000), ["USD"], None, N),
    ("090411", "Black pepper, whole, 25 kg bags", "import", ["sea"], ["VN", "BR"], (3, 5), (15000, 20000), ["USD"], None, N),
    ("090931", "Cumin seeds", "import", ["sea"], ["IN", "TR"], (2.5, 3.5), (12000, 18000), ["USD"], None, N),
    ("100590", "Maize, yellow, for feed, bulk", "import", ["sea"], ["UA", "BR"], (0.2, 0.26), (25000, 30000), ["USD", "EUR"], None, N),
    ("151211", "Crude sunflower oil, bulk", "import", ["sea"], ["UA", "AR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("170490", "Jelly sweets, retail bags", "export", ["road", "sea"], ["GB", "US"], (3, 5), (6000, 14000), ["EUR", "GBP"], None, N),
    ("190410", "Breakfast cereals, corn flakes", "export", ["road", "sea"], ["GB", "NO"], (2.5, 4), (8000, 16000), ["EUR", "GBP"], None, N),
    ("200570", "Olives, green, stuffed, in jars", "export", ["sea"], ["US", "CA"], (2.5, 4), (15000, 20000), ["EUR", "USD"], None, N),
    ("200290", "Tomato paste 28-30 Brix, aseptic drums", "import", ["sea"], ["CN", "TR"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("220210", "Soft drinks, canned", "export", ["road", "sea"], ["GB", "NO"], (0.5, 0.8), (18000, 22000), ["EUR", "GBP"], None, N),
    ("230910", "Dry dog food, retail bags", "export", ["road"], ["GB", "CH"], (1.5, 2.5), (10000, 20000), ["EUR", "GBP"], None, N),
    ("252329", "Portland cement CEM I, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.06, 0.09), (25000, 30000), ["EUR", "USD"], None, N),
    ("290531", "Monoethylene glycol, fibre grade, bulk", "import", ["sea"], ["SA", "KR"], (0.7, 1.0), (20000, 25000), ["USD"], None, N),
    ("320611", "Titanium dioxide pigment, rutile", "import", ["sea"], ["CN"], (2.5, 3.5), (18000, 22000), ["USD"], None, N),
    ("340250", "Laundry detergent powder, retail packs", "import", ["road", "sea"], ["TR"], (1.0, 1.6), (12000, 20000), ["EUR"], None, N),
    ("391732", "Flexible plastic garden hoses", "import", ["sea"], ["CN"], (3, 5), (5000, 10000), ["USD"], None, N),
    ("392310", "Plastic storage boxes and crates, new", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (5000, 10000), ["EUR", "USD"], None, N),
    ("420292", "Backpacks, textile outer surface", "import", ["sea"], ["CN", "VN"], (6, 10), (4000, 9000), ["USD"], None, N),
    ("441829", "Interior wooden doors, new", "import", ["sea"], ["CN", "UA"], (1.5, 2.5), (12000, 18000), ["USD", "EUR"], None, N),
    ("460219", "Seagrass baskets, handwoven", "import", ["sea"], ["VN", "MA"], (3, 5), (2000, 6000), ["USD", "EUR"], None, N),
    ("491110", "Printed catalogues and brochures", "export", ["road"], ["CH", "NO"], (2, 4), (2000, 8000), ["EUR"], None, N),
    ("611595", "Cotton socks", "import", ["sea"], ["PK", "TR"], (8, 12), (4000, 9000), ["USD", "EUR"], None, N),
    ("620520", "Men's cotton shirts, woven", "import", ["sea"], ["BD", "IN"], (12, 20), (3000, 8000), ["USD"], None, N),
    ("640299", "Rubber flip-flops", "import", ["sea"], ["CN", "BR"], (4, 7), (4000, 9000), ["USD"], None, N),
    ("680221", "Marble slabs, polished, 2 cm", "import", ["sea"], ["TR", "IN"], (0.5, 0.9), (22000, 26000), ["EUR", "USD"], None, N),
    ("691110", "Porcelain tableware sets", "import", ["sea"], ["CN"], (2, 4), (8000, 14000), ["USD"], None, N),
    ("700992", "Framed wall mirrors", "import", ["sea"], ["CN"], (2.5, 4), (6000, 12000), ["USD"], None, N),
    ("701349", "Glass food storage containers", "import", ["sea", "road"], ["TR", "CN"], (1.5, 2.5), (8000, 14000), ["EUR", "USD"], None, N),
    ("731815", "Steel bolts and screws, zinc plated", "import", ["sea"], ["CN", "TW"], (1.2, 2.0), (18000, 22000), ["USD"], None, N),
    ("732111", "Gas cooking stoves, new", "import", ["sea", "road"], ["TR"], (3, 5), (8000, 14000), ["EUR"], 0.03, N),
    ("732393", "Stainless steel cooking pots", "import", ["sea"], ["IN", "CN"], (4, 7), (6000, 12000), ["USD"], None, N),
    ("761010", "Aluminium window and door frames", "export", ["road"], ["CH", "NO"], (6, 9), (4000, 12000), ["EUR"], None, N),
    ("820600", "Hand tool sets in cases", "import", ["sea"], ["CN", "TW"], (4, 7), (5000, 10000), ["USD"], None, N),
    ("843351", "Combine harvesters, new", "export", ["sea"], ["AU", "ZA"], (6, 9), (14000, 22000), ["EUR"], 0.0001, N),
    ("845121", "Tumble dryers, household, heat pump", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (8000, 14000), ["EUR", "USD"], 0.02, N),
    ("846711", "Pneumatic impact wrenches", "import", ["sea"], ["TW", "JP"], (15, 25), (1000, 4000), ["USD"], None, N),
    ("847160", "Keyboards and mice, new", "import", ["sea", "air"], ["CN"], (8, 14), (1000, 6000), ["USD"], None, N),
    ("848340", "Industrial gearboxes", "export", ["sea"], ["US", "CN"], (8, 14), (4000, 12000), ["EUR"], None, N),
    ("850211", "Diesel generating sets 75 kVA, new", "export", ["sea"], ["NG", "GH", "SN"], (4, 7), (6000, 14000), ["EUR"], 0.0008, N),
    ("851310", "LED flashlights, rechargeable", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], None, N),
    ("851830", "Headphones and earphones", "import", ["sea", "air"], ["CN", "VN"], (20, 40), (500, 4000), ["USD"], None, N),
    ("853710", "Electrical control panels, low voltage", "export", ["sea"], ["SA", "AE"], (15, 30), (2000, 8000), ["EUR"], None, N),
    ("854442", "Insulated cables with connectors, new", "import", ["sea"], ["CN", "TR"], (4, 7), (6000, 14000), ["USD", "EUR"], None, N),
    ("871493", "Bicycle hubs and freewheels", "import", ["sea"], ["TW", "CN"], (8, 14), (2000, 6000), ["USD"], None, N),
    ("901831", "Disposable syringes, sterile", "import", ["sea"], ["CN", "IN"], (3, 5), (6000, 12000), ["USD"], None, N),
    ("902519", "Digital clinical thermometers", "import", ["air", "sea"], ["CN"], (20, 40), (300, 2000), ["USD"], None, N),
    ("910219", "Wrist watches, quartz, plastic case", "import", ["air"], ["CN", "HK"], (20, 60), (100, 1000), ["USD"], None, N),
    ("940490", "Pillows and duvets, polyester fill", "import", ["sea"], ["CN", "PK"], (4, 7), (4000, 9000), ["USD"], None, N),
    ("940179", "Plastic garden chairs", "import", ["sea", "road"], ["TR", "CN"], (2, 3.5), (5000, 10000), ["EUR", "USD"], None, N),
    ("950662", "Inflatable footballs", "import", ["sea"], ["PK"], (6, 10), (2000, 6000), ["USD"], None, N),
    ("950710", "Fishing rods, carbon", "import", ["sea"], ["CN"], (8, 15), (1000, 4000), ["USD"], None, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], None, N),
    ("030474", "Frozen hake fillets", "import", ["sea"], ["AR", "ZA", "NA"], (3, 4.5), (18000, 22000), ["USD", "EUR"], None, N),
    ("030462", "Frozen pangasius fillets, farmed", "import", ["sea"], ["VN"], (1.8, 2.6), (20000, 25000), ["USD"], None, N),
    ("160521", "Cooked peeled shrimp, frozen, retail packs", "import", ["sea"], ["VN", "IN", "EC"], (7, 10), (15000, 20000), ["USD"], None, N),
    ("020230", "Frozen boneless beef cuts", "import", ["sea"], ["BR", "UY", "AR"], (5, 8), (20000, 25000), ["USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "TH"], (1.8, 2.6), (22000, 26000), ["USD"], None, N),
    ("040210", "Skimmed milk powder, 25 kg bags", "export", ["sea"], ["DZ", "EG", "CN"], (2.4, 3.0), (20000, 25000), ["EUR", "USD"], None, N),
    ("180500", "Cocoa powder, natural", "import", ["sea"], ["CI", "GH"], (4, 6), (15000, 20000), ["USD", "EUR"], None, N),
    ("200811", "Roasted peanuts, salted, retail", "import", ["sea"], ["AR", "US"], (2, 3), (15000, 20000), ["USD"], None, N),
    ("210390", "Sauces and condiments, bottled", "export", ["road", "sea"], ["GB", "US"], (2.5, 4), (8000, 16000), ["EUR", "GBP"], None, N),
]


def _apply_item_extras(rows):
    for d in rows:
        item = d["items"][0]
        item.update(d.pop("_item", {}))
        more = d.pop("_more_items", [])
        for n, extra in enumerate(more, start=2):
            d["items"].append(dict({"item_no": n}, **extra))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hs", help="HS 2022 CSV (section,hscode,description,parent,level) to check codes against")
    ap.add_argument("--seed", type=int, default=20261001)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    def renamed(rows):
        return [dict(d, declaration_id=d["declaration_id"].replace("BLD-", "BL3-")) for d in rows]

    disguised = renamed(_apply_item_extras(base.disguised_rows(rng)))
    sensitive = [g for g in base.GOODS if g[9]]
    everyday = [g for g in base.GOODS if not g[9]]
    # 50 sensitive-looking and 150 everyday draws
    ordinary = renamed(base.ordinary_rows_n(rng, sensitive, everyday, 50, 150))
    permitted = renamed(base.permitted_rows(rng))
    sets = {"disguised": disguised, "ordinary": ordinary, "permitted": permitted}
    if args.hs:
        every_item = [{"items": [it]} for rows in sets.values() for r in rows for it in r["items"]]
        base.check_hs(every_item, args.hs)
    for name, rows in sets.items():
        with open(os.path.join(HERE, "blind3-%s.ndjson" % name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print("blind3-%s.ndjson: %d declarations" % (name, len(rows)))


if __name__ == "__main__":
    main()
