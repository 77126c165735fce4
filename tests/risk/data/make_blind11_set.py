#!/usr/bin/env python3
"""Writes the eleventh blind set (tests/risk/data/blind11-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2028, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
Written by a person who had not read the profile packs (nor any rule file) and had
not run the engine on it, and committed before the round-thirteen profile changes were
measured on it. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind9_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

Two additions of this set: ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving ordinary goods by post or express, named
companies on a share of commercial shipments), and the ordinary goods table has post and
express rows (small consignments to private persons):

    python3 tests/risk/data/make_blind11_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 1, 3)
base.DAYS = 57  # 3 January to 28 February 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")


def person(name, country):
    """A private consignee, named as a real declaration names one."""
    return {"consignee_name": name, "importer_country": country}


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "US", [], "ES", "330730",
         "Sales de baño relajantes, nitrato de magnesio hexahidratado 99 %, sacos 25 kg, 8 sacos", "US", 200, 8, 560,
         "USD",
         "bath salts are magnesium sulphate (Epsom salt); 200 kg of magnesium nitrate hexahydrate (Annex II, reportable) "
         "to a private person under the bath-preparations code; Spanish wording",
         person("Javier Morales Ruiz", "ES")),
        ("PRE-02", "import", "NLPOST01", "post", "GB", [], "NL", "330790",
         "Contactlenzenvloeistof op peroxidebasis, waterstofperoxide 30 %, jerrycans 5 l, 12 stuks", "GB", 66, 12, 180,
         "GBP",
         "peroxide lens-care solutions hold 3 % and come in 360 ml bottles with a neutraliser; 60 l of 30 % hydrogen "
         "peroxide (Annex I, limit 12 %) by post to a private person; Dutch wording",
         person("Dhr. R. de Wit", "NL")),
        ("PRE-03", "import", "PTAIR01", "air", "US", [], "PT", "382499",
         "Recarga para velas de oxigénio de emergência, clorato de sódio 90 % com pó de ferro, a granel, sacos 25 kg, 8 sacos",
         "US", 200, 8, 700, "USD",
         "chemical oxygen generators come as sealed canisters; 200 kg of loose 90 % sodium chlorate as a 'refill' "
         "(Annex I, limit 40 %) to a private person under the chemical-preparations code; Portuguese wording",
         person("Sr. Paulo Henriques", "PT")),
        ("PRE-04", "export", "FRAIR01", "air", "FR", [], "ML", "854239",
         "Puces programmables pour systèmes de mise à feu, en douille aluminium 7 mm, avec fils 4 m, 6 000 pièces", "FR",
         300, 6000, 96000, "EUR",
         "a programmable chip in a 7 mm aluminium shell on 4 m leg wires is an electronic detonator (3603.60, Class 1) "
         "under the integrated-circuits code, by air to Bamako; French wording",
         {"importer_name": "Sahel Mines Services SARL", "importer_country": "ML"}),
        ("PRE-05", "import", "ITROAD01", "road", "RS", [], "IT", "930630",
         "Cartucce per chiodatrici, tubetti di alluminio 6,5 x 45 mm chiusi a un'estremità, caricati, 3 000 pz", "RS",
         30, 3000, 900, "EUR",
         "powder-actuated tool loads are short brass cases (6.8 x 11 or 6.8 x 18 mm); 6.5 x 45 mm aluminium tubes "
         "closed at one end and filled are plain No. 8 detonators (3603.40, Class 1), for a building-supplies "
         "trader; Italian wording",
         {"importer_name": "Edilforniture Friuli Srl", "importer_country": "IT"}),
        ("PRE-06", "import", "DEPOST01", "post", "CN", [], "DE", "210690",
         "乌洛托品 E239 食品防腐剂, 99%, 25公斤", "CN", 25, 1, 75, "USD",
         "'乌洛托品' is hexamine (urotropine, Annex II); E239 is authorised only for provolone cheese makers, and 25 kg "
         "goes by post to a private person under the food-preparations code; Chinese wording",
         person("Herrn Dieter Kowalski", "DE")),
        ("PRE-07", "export", "DEAIR01", "air", "DE", [], "TD", "901590",
         "Zubehör für Geophone, Seismik-Zünder mit Kupferhülse, 0,6 A Zündstrom, Zuleitung 3 m, 4 000 Stück", "DE", 180,
         4000, 26000, "EUR",
         "'seismic igniters' with a copper shell and a firing current are seismic electric detonators (3603.60, "
         "Class 1) under the surveying-instrument parts code, to Chad without an explosives licence; German wording",
         {"importer_name": "Tchad Géo Services", "importer_country": "TD"}),
        ("PRE-08", "import", "FRROAD01", "road", "ES", [], "FR", "280700",
         "Acide pour batteries, densité 1,84, bidons 25 l, 8 bidons", "ES", 370, 8, 240, "EUR",
         "battery electrolyte is about 37 % acid at density 1.28; density 1.84 is 96 - 98 % sulphuric acid (Annex II) "
         "sent to a private person; French wording",
         person("M. Thierry Lemaire", "FR")),
        ("PRE-09", "import", "NLAIR01", "express", "CN", [], "NL", "810430",
         "Vuurstarter-schaafsel voor bushcraft, magnesium, poeder 50 µm, zakken 5 kg, 25 kg", "CN", 25, 5, 200, "USD",
         "bushcraft fire starters are solid magnesium blocks to be shaved by hand; 25 kg of 50 µm magnesium powder "
         "(Annex II) by express to a private person; Dutch wording",
         person("Mevr. S. Jansen", "NL")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "310230",
         "Saletra amonowa 34 % N, worki 1 kg do ogrodu, 20 000 worków", "UA", 20000, 20000, 9000, "EUR",
         "ammonium nitrate of 34 % N (Annex I) repacked in 1 kg garden bags is retail packaging for members of the "
         "public, who may not buy it; Polish wording",
         {"importer_name": "Ogród-Sklep Internetowy Sp. z o.o.", "importer_country": "PL"}),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MY", "391510",
         "Film agricole d'ensilage usagé, PE, en balles, avec terre, 24 t", "FR", 24000, None, 480, "EUR",
         "used silage film 'with soil' at 0.02 EUR/kg is contaminated plastic waste (Y48, prior consent needed for "
         "Malaysia), not a sorted grade; French wording",
         {"importer_country": "MY"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "391590",
         "Polycarbonate housings, used haemodialysis filters, for plastic recycling, baled", "NL", 16000, None, 800,
         "EUR",
         "used dialysis filters are clinical waste with blood residues (Y1), not a polycarbonate scrap grade",
         {"importer_country": "IN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "AL", "631090",
         "Stracci industriali usati, impregnati d'olio e solventi, in balle, 20 t", "IT", 20000, None, 400, "EUR",
         "wiping rags are sold clean; used rags soaked with oil and solvents are hazardous waste (Y8/Y9, A3020 range), "
         "at 0.02 EUR/kg under the rags code; Italian wording",
         {"importer_country": "AL"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "TG", "901890",
         "Spende: gebrauchte Blutdruckmessgeräte mit Quecksilbersäule, 1 500 Stück", "DE", 3000, 1500, 1, "EUR",
         "mercury sphygmomanometers may no longer be placed on the market in the EU; a 'donation' of 1,500 at a "
         "nominal value is mercury waste (Y29, A1180/A1030); German wording",
         {"importer_country": "TG"}),
        ("WST-05", "transit", "BESEA01", "sea", "US", [], "GH", "850760",
         "Customer-return power banks, untested, some swollen, loose in gaylords, 12 t", "US", 12000, None, 1200, "USD",
         "untested and swollen power-bank returns loose in gaylords at 0.10 USD/kg are waste lithium batteries "
         "(A1170/A1180, dangerous goods), not stock for resale, in transit at Antwerp",
         {"importer_country": "GH"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "ID", "391520",
         "Gebruikte HDPE-smeerolieflessen, met restanten, geperst, 22 t", "NL", 22000, None, 440, "EUR",
         "pressed motor-oil bottles 'with residues' are plastic contaminated with mineral oil (Y8/Y48), not a clean "
         "HDPE grade, at 0.02 EUR/kg; Dutch wording",
         {"importer_country": "ID"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "282739",
         "Cloruro férrico, solución, FeCl2 20 %, HCl libre 5 %, Zn 3 %, cisternas, 22 t", "ES", 22000, None, 220,
         "EUR",
         "water-treatment ferric chloride is FeCl3 at about 40 %; ferrous chloride with free acid and zinc is spent "
         "pickling liquor from galvanising (Y34, A4090) at 0.01 EUR/kg; Spanish wording",
         {"importer_country": "MA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "853110",
         "Detectores de fumo usados, por ionização, para revenda, 20 000 unidades", "PT", 3000, 20000, 2000, "EUR",
         "ionisation smoke detectors hold an americium-241 source; 20,000 used ones at 0.10 EUR are WEEE with "
         "radioactive sources for disposal, not stock for resale; Portuguese wording",
         {"importer_country": "AO"}),
        ("WST-09", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "CN", "280300",
         "Ruß-Pigment, zurückgewonnen, gemischte Farben, Big Bags, 20 t", "DE", 20000, None, 2000, "EUR",
         "carbon black has one colour; 'recovered pigment, mixed colours' is waste toner from cartridge recycling "
         "(A4070), and China takes no solid waste; German wording",
         {"importer_country": "CN"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "IN", "380210",
         "Activated carbon, sulphur-impregnated, from gas plant guard beds, regenerable, big bags, 12 t", "NL", 12000,
         None, 600, "EUR",
         "sulphur-impregnated carbon from gas-plant guard beds is spent mercury-removal sorbent (A1030), not "
         "regenerable carbon, at 0.05 EUR/kg",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "TW", [], "DE", "360690",
         "Airsoft-Treibgas 'Red Gas', 1000-ml-Dosen, 6 000 Stück", "TW", 6600, 6000, 30000, "USD",
         "airsoft 'red gas' is chlorodifluoromethane (HCFC-22, ODS) in cans, unlike 'green gas' (propane), under the "
         "pyrophoric-articles code; German wording",
         {"importer_name": "Softair Sportbedarf GmbH", "importer_country": "DE"}),
        ("OZN-02", "import", "ESSEA01", "sea", "CN", [], "ES", "841861",
         "Bombas de calor para piscina, monobloque, 9 kW, refrigerante R410A, 300 unidades", "CN", 24000, 300, 150000,
         "USD",
         "self-contained (monobloc) heat pumps under 12 kW with a fluorinated gas of GWP 150 or more are banned in "
         "the EU since 2027; R-410A has a GWP of 2,088; Spanish wording",
         {"importer_name": "Piscinas y Climatización Levante SL", "importer_country": "ES"}),
        ("OZN-03", "import", "FRSEA01", "sea", "TR", [], "FR", "382732",
         "Fluide frigorigène MP39, bouteilles 13,6 kg, 200 bouteilles", "TR", 2720, 200, 16000, "EUR",
         "MP39 is R-401A, an HCFC blend (HCFC-22/152a/124, ODS) whose placing on the market is banned; French wording",
         {"importer_name": "Froid Service Provence", "importer_country": "FR"}),
        ("OZN-04", "import", "ITAIR01", "air", "IN", [], "IT", "290376",
         "Gas refrigerante R-13B1 per congelatori a bassissima temperatura, bombole 10 kg, 20 pz", "IN", 200, 20, 7000,
         "USD",
         "R-13B1 is bromotrifluoromethane, that is halon 1301 (ODS), under its old refrigerant number, to a freezer "
         "servicer without a critical-use licence; Italian wording",
         {"importer_name": "Criogenia Service Emilia Srl", "importer_country": "IT"}),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "271129",
         "Gaz techniczny, mieszanina, butle jednorazowe 11,3 kg, 900 szt.", "UA", 10200, 900, 27000, "EUR",
         "an unnamed 'technical gas' in 11.3 kg disposable cylinders is the R-410A/R-404A smuggling pack (HFC, "
         "disposable cylinders banned) under the gaseous-hydrocarbons code; Polish wording",
         {"importer_name": "Chłodnictwo Serwis Lublin", "importer_country": "PL"}),
        ("OZN-06", "import", "ESSEA01", "sea", "EG", [], "ES", "841919",
         "سخانات مياه شمسية، عزل رغوة بولي يوريثان منفوخة بغاز 141b، 400 وحدة", "EG", 24000, 400, 60000, "USD",
         "solar water heaters whose PU insulation is blown with HCFC-141b (ODS) may not be placed on the EU market; "
         "Arabic wording",
         {"importer_name": "Solar Andalucía Instalaciones SL", "importer_country": "ES"}),
        ("OZN-07", "import", "GRSEA01", "sea", "TH", [], "GR", "841510",
         "Κλιματιστικά split 12.000 BTU, ψυκτικό R410A, 800 τεμάχια", "TH", 32000, 800, 160000, "USD",
         "split air conditioners under 12 kW with R-410A (GWP 2,088) are banned in the EU since 2025 (limit GWP 750); "
         "Greek wording",
         {"importer_name": "Klimatismos Attikis AE", "importer_country": "GR"}),
        ("OZN-08", "import", "IEPOST01", "post", "US", [], "IE", "340399",
         "Tyre sealant and inflator aerosol, 1,1,1,2-tetrafluoroethane propellant, 450 ml, 12 cans", "US", 6, 12, 96,
         "USD",
         "1,1,1,2-tetrafluoroethane is HFC-134a (GWP 1,430): aerosols with it may not be sold to the public in the EU "
         "(F-gas, GWP 150), here by post to a private person",
         person("Mr Declan O'Brien", "IE")),
        ("OZN-09", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "382762",
         "制冷剂 R-422D，一次性钢瓶 11.3 公斤，600 瓶", "CN", 6780, 600, 27000, "USD",
         "R-422D (GWP 2,729) may not be used virgin to service equipment and comes in banned disposable cylinders, by "
         "rail; Chinese wording",
         {"importer_name": "Kältetechnik Handel Leipzig GmbH", "importer_country": "DE"}),
        ("OZN-10", "import", "ITSEA01", "sea", "CN", [], "IT", "842199",
         "Filtri deidratori per impianti frigoriferi, 2 000 pz", "CN", 800, 2000, 6000, "USD",
         "a cover item of filter driers beside 400 disposable cylinders of R-428A (RS-52, GWP 3,607, banned for "
         "servicing, disposable cylinders banned); Italian wording",
         {"importer_name": "Ricambi Frigo Veneto Srl", "importer_country": "IT", "_more_items": [
             {"hs_code": "382761", "description": "Gas refrigerante R428A (RS-52), bombole usa e getta 10 kg, 400 pz",
              "origin_country": "CN", "net_mass_kg": 4000, "quantity": 400, "quantity_unit": "u", "value": 14000,
              "currency": "USD"}]}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLPOST01", "post", "TH", [], "NL", "490199",
         "Gedecoreerde palmbladeren met ingekraste tekst, oud, gebundeld tussen houten planken, 30 bundels", "MM", 12, 30,
         240, "USD",
         "old inscribed palm leaves bound between wooden boards from Myanmar via Thailand are palm-leaf manuscripts "
         "(monastic heritage), not decoration; Dutch wording",
         person("Dhr. P. van Leeuwen", "NL")),
        ("CUL-02", "import", "BEAIR01", "express", "CN", [], "BE", "691390",
         "高丽青瓷碗，旧，12件", "KP", 14, 12, 480, "USD",
         "'高丽青瓷' is Goryeo celadon of North Korean origin: pieces from the looted tombs around Kaesong, and DPRK "
         "goods may not be imported (UN sanctions), sent from Dandong; Chinese wording",
         person("Mr Wang Lei", "BE")),
        ("CUL-03", "import", "GBPOST01", "post", "TR", [], "GB", "780600",
         "Lead discs, inscribed on both sides, pierced channel, for recasting as fishing weights, 60 pcs", "TR", 1, 60,
         60, "USD",
         "small lead discs inscribed on both faces with a channel for the cord are Byzantine lead seals, "
         "metal-detected in Turkey (export forbidden), beside a cover item of modern fishing weights",
         dict(person("Ms A. Richardson", "GB"), _more_items=[
             {"hs_code": "950790", "description": "Fishing weights, lead, assorted, 2 kg", "origin_country": "TR",
              "net_mass_kg": 2, "value": 12, "currency": "USD"}])),
        ("CUL-04", "import", "DESEA01", "sea", "VN", [], "DE", "830629",
         "Trống đồng trang trí sân vườn, patina xanh, đường kính 60 cm, 2 chiếc", "VN", 90, 2, 600, "USD",
         "bronze drums of 60 cm with green patina are Dong Son drums (Vietnamese national heritage), not garden "
         "ornaments; Vietnamese wording",
         person("Herrn Klaus Neumann", "DE")),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "630900",
         "Cordones anudados de algodón, artesanía andina, antiguos, 3 piezas", "PE", 2, 3, 150, "USD",
         "old knotted cotton cords from Peru are khipus (Andean recording cords, Peruvian cultural heritage), not "
         "handicraft, under the worn-textiles code; Spanish wording",
         person("Dña. Carmen Ortega", "ES")),
        ("CUL-06", "export", "GRAIR01", "air", "GR", [], "CH", "680291",
         "Μαρμάρινο ειδώλιο, σταυρωμένα χέρια, με επικαθίσεις, αναμνηστικό, 1 τεμάχιο", "GR", 1, 1, 80, "EUR",
         "a flat marble figure with folded arms and encrustation is a Cycladic figurine (Greek antiquities may not be "
         "exported), not a souvenir; Greek wording",
         {"consignee_name": "Galerie am See AG", "importer_country": "CH"}),
        ("CUL-07", "export", "ESAIR01", "air", "ES", [], "US", "442199",
         "Paneles de madera tallada, dorada y policromada, restos de retablo, siglo XVII, 4 piezas", "ES", 60, 4, 3000,
         "EUR",
         "17th-century gilded and polychrome panels from an altarpiece are Spanish historical heritage needing an "
         "export permit (Ley 16/1985), not decorative panels; Spanish wording",
         {"consignee_name": "Southwest Antiques LLC", "importer_country": "US"}),
        ("CUL-08", "import", "FRAIR01", "air", "MA", [], "FR", "680293",
         "Dalle de grès gravée, décor animalier (girafes, autruches), patine, 80 cm, décoration, 1 pièce", "MA", 120, 1,
         300, "EUR",
         "a patinated sandstone slab engraved with giraffes and ostriches from Morocco is a slab cut from a Saharan "
         "rock-art site (Moroccan heritage law), not decoration; French wording",
         person("M. Bernard Roux", "FR")),
        ("CUL-09", "import", "ITPOST01", "post", "RS", [], "IT", "711890",
         "Monete romane non pulite, lotto per hobby, 500 pz", "RS", 2, 500, 250, "EUR",
         "'uncleaned' Roman coins in lots of hundreds are freshly dug from Balkan sites (metal-detected hoards), not a "
         "hobby lot; Italian wording",
         person("Sig. Luca Ferrari", "IT")),
        ("CUL-10", "import", "DESEA01", "sea", "TZ", [], "DE", "441829",
         "Old carved wooden door with brass studs, Stone Town, 19th century, 1 pc", "TZ", 400, 1, 1500, "USD",
         "a 19th-century carved studded door from Stone Town, Zanzibar, is part of a listed World Heritage building "
         "(Tanzanian Antiquities Act), not joinery",
         {"importer_name": "Orient Interiors Hamburg", "importer_country": "DE"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", ["TR"], "IR", "282619",
         "Sodium fluoride 98 %, water fluoridation agent, 25 kg bags, 8 t", "NL", 8000, 320, 12000, "EUR",
         "sodium fluoride is an Australia Group precursor, and Iran does not fluoridate drinking water: 8 t to a "
         "Tehran trading house through Turkey",
         {"consignee_name": "Arya Chemical Commerce Co.", "importer_country": "IR"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "AE", "847950",
         "Télémanipulateurs maître-esclave, traversée de paroi 1 m, pour manutention alimentaire, 4 paires", "FR", 2400,
         4, 560000, "EUR",
         "master-slave manipulators that pass through a 1 m wall are hot-cell equipment for radioactive work "
         "(dual-use 2B225), not food handling, to a Dubai trader; French wording",
         {"consignee_name": "Horizon Industrial Equipment FZE", "importer_country": "AE"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "UZ", "903040",
         "Vektorové analyzátory sítí 67 GHz, použité, 4 ks", "US", 160, 4, 280000, "EUR",
         "67 GHz vector network analysers (dual-use 3A002, Common High Priority list) to a Tashkent trader, a "
         "re-export route to Russia; Czech wording",
         {"consignee_name": "Tashkent Lab Equipment Trade LLC", "importer_country": "UZ"}),
        ("STR-04", "import", "NLSEA01", "sea", "AE", [], "NL", "760110",
         "Primary aluminium ingots P1020, stamped SAZ, 22 t", "IN", 22000, None, 55000, "USD",
         "ingots stamped 'SAZ' (Sayanogorsk, RUSAL) are Russian unwrought aluminium, banned from import since 2025, "
         "given an Indian origin and shipped from Jebel Ali",
         {"importer_name": "Rotterdam Metals Trading BV", "importer_country": "NL"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "OM", "841112",
         "Modellflugzeug-Strahltriebwerke, Schub 200 N, 10 Stück", "DE", 40, 10, 90000, "EUR",
         "200 N turbojets are not model engines but propulsion for UAVs and cruise missiles (MTCR 9A101 level), 10 to "
         "a Muscat trader for an Iranian consignee; German wording",
         {"consignee_name": "Bandar Abbas Aero Parts", "importer_country": "OM"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "AE", "844590",
         "Wikkelmachine voor glasvezelbuizen, CNC, 4 gecoördineerde assen, 1 stuk", "NL", 9000, 1, 380000, "EUR",
         "a filament-winding machine with coordinated axes is dual-use 1B001 (rocket motor cases, centrifuge rotors), "
         "under the textile-machinery code, to a Dubai trader; Dutch wording",
         {"consignee_name": "Gulf Composite Pipes Trading FZE", "importer_country": "AE"}),
        ("STR-07", "import", "NLSEA01", "sea", "CN", [], "NL", "030614",
         "Frozen snow crab, whole, producer Rason Marine Products, 18 t", "CN", 18000, None, 160000, "USD",
         "Rason is a North Korean special economic zone: DPRK seafood (banned by UN Resolution 2371) relabelled with "
         "a Chinese origin",
         {"importer_name": "Noordzee Seafood Import BV", "importer_country": "NL"}),
        ("STR-08", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "MN", "845811",
         "CNC-Drehmaschinen, Positioniergenauigkeit 4 µm, 3 Stück", "DE", 21000, 3, 720000, "EUR",
         "precision CNC lathes (dual-use 2B001) by rail through Belarus and Russia, which EU law forbids for dual-use "
         "goods, to an Ulaanbaatar importer; German wording",
         {"consignee_name": "Ulaanbaatar Machinery Import LLC", "importer_country": "MN"}),
        ("STR-09", "export", "ESAIR01", "air", "ES", [], "IQ", "841950",
         "Intercambiadores de calor de tántalo, para galvanoplastia, 6 unidades", "ES", 600, 6, 420000, "EUR",
         "tantalum heat exchangers are corrosion-resistant chemical-plant equipment (Australia Group 2B350) at 70,000 "
         "EUR each, to an Erbil trader next to the Iranian border; Spanish wording",
         {"consignee_name": "Kurdistan Industrial Supply Co.", "importer_country": "IQ"}),
        ("STR-10", "import", "ITROAD01", "road", "RS", [], "IT", "401170",
         "Pneumatici agricoli, marca Belshina, origine Serbia, 400 pz", "RS", 24000, 400, 96000, "EUR",
         "Belshina is the Belarusian state tyre maker (Bobruisk): Belarusian tyres are banned from import "
         "(Regulation 765/2006), given a Serbian origin beside a cover item of Serbian-made tyres; Italian wording",
         {"importer_name": "Gomme Agricole Padane Srl", "importer_country": "IT", "_more_items": [
             {"hs_code": "401170", "description": "Pneumatici agricoli, marca Tigar, 100 pz", "origin_country": "RS",
              "net_mass_kg": 5000, "quantity": 100, "quantity_unit": "u", "value": 21000, "currency": "EUR"}]}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "JP", [], "DE", "961100",
         "はんこ 白 高級 60mm 牛骨 10本", "JP", 1, 10, 3000, "USD",
         "cattle-bone name seals cost a few dollars; white 60 mm seals at 300 USD each are ivory hanko (Loxodonta, CITES "
         "I) declared as cattle bone; Japanese wording",
         person("Frau Yuki Hoffmann", "DE")),
        ("WLD-02", "import", "FRAIR01", "air", "ZA", [], "FR", "121190",
         "Poudre de plante coupe-faim, Hoodia gordonii, 200 kg", "ZA", 200, None, 16000, "USD",
         "raw Hoodia powder is CITES II; only finished products with the management authority's label are exempt, and "
         "200 kg of powder goes to a supplement maker without a permit; French wording",
         {"importer_name": "Laboratoires Minceur Provence", "importer_country": "FR"}),
        ("WLD-03", "import", "DEAIR01", "air", "ID", [], "DE", "251690",
         "Lebendgestein für Meerwasseraquarien, mit Steinkorallen besetzt, 300 kg", "ID", 300, None, 4500, "USD",
         "live rock set with stony corals is Scleractinia (CITES II, Indonesian quotas) under a natural-stone code "
         "without a permit; German wording",
         dict(person("Herrn Jens Albrecht", "DE"), _more_items=[
             {"hs_code": "251749", "description": "Korallensand, gewaschen, 200 kg", "origin_country": "ID",
              "net_mass_kg": 200, "value": 300, "currency": "USD"}])),
        ("WLD-04", "transit", "NLAIR01", "air", "ZA", [], "VN", "050690",
         "Cattle bones, cleaned, whole skeletons with skulls, 8 sets, 300 kg", "ZA", 300, 8, 30000, "USD",
         "cattle bones fetch cents a kilo; whole cleaned skeletons with skulls from South Africa to Vietnam at 100 "
         "USD/kg are lion skeletons (Panthera leo, CITES II, zero export quota), in transit at Schiphol",
         {"consignee_name": "Hanoi Traditional Medicine Trading", "importer_country": "VN"}),
        ("WLD-05", "transit", "NLAIR01", "air", "ID", [], "HK", "030389",
         "苏眉鱼，冷冻，整条，200 公斤", "ID", 200, None, 30000, "USD",
         "'苏眉' is the humphead (Napoleon) wrasse, Cheilinus undulatus (CITES II, Indonesian export quota for live "
         "fish only), frozen, in transit at Schiphol; Chinese wording",
         {"consignee_name": "Wing Lee Seafood Trading", "importer_country": "HK"}),
        ("WLD-06", "import", "DEPOST01", "post", "VN", [], "DE", "010620",
         "Krokodilschwanz-Höckerechsen (Shinisaurus crocodilurus), Nachzucht, 6 Tiere", "VN", 3, 6, 180, "USD",
         "the Chinese crocodile lizard is CITES I; 'captive-bred' animals by post from Vietnam without a permit are "
         "wild-caught (no registered breeding operation); German wording",
         person("Herrn Stefan Braun", "DE")),
        ("WLD-07", "import", "ITAIR01", "air", "CL", [], "IT", "060290",
         "Piante succulente, Copiapoa cinerea, 20-40 cm, a radice nuda, 500 pz", "CL", 400, 500, 3000, "USD",
         "bare-root Copiapoa of 20-40 cm are decades-old plants dug in the Atacama (CITES II, Chile), not nursery "
         "seedlings; Italian wording",
         {"importer_name": "Vivaio Succulente Liguria", "importer_country": "IT"}),
        ("WLD-08", "import", "DESEA01", "sea", "CM", [], "DE", "440349",
         "Rundholz 'Kevazingo', rot, 5 t", "GA", 5000, None, 60000, "EUR",
         "'kevazingo' is the Gabonese name of bubinga (Guibourtia, CITES II); Gabon forbids its felling and log export, "
         "shipped from Douala; German wording",
         {"importer_name": "Hamburger Edelholz Import", "importer_country": "DE"}),
        ("WLD-09", "import", "PTSEA01", "sea", "BR", [], "PT", "030559",
         "Bacalhau da Amazónia, filetes secos salgados, 2 t", "BR", 2000, None, 24000, "USD",
         "'Amazon cod' is pirarucu, Arapaima gigas (CITES II), shipped without the export permit of a managed harvest; "
         "Portuguese wording",
         {"importer_name": "Sabores do Brasil Lda", "importer_country": "PT"}),
        ("WLD-10", "export", "FRAIR01", "air", "FR", [], "CN", "392640",
         "Dents gravées, décor de baleinier, 18 cm, résine, 6 pièces", "FR", 2, 6, 30000, "EUR",
         "resin copies of scrimshaw cost a few tens of euros; engraved 18 cm teeth at 5,000 EUR each are sperm-whale "
         "teeth (Physeter macrocephalus, CITES I, EU Annex A); French wording",
         {"consignee_name": "Mr Zhang Wei", "importer_country": "CN"}),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note, extra header fields)
base.PERMITTED = [
    ("PRM-01", "precursors", "export", "FRAIR01", "air", "FR", "SN", "360360",
     "Electronic detonators, programmable, 7 mm aluminium shell, 4 m leg wires, 5,000 pcs", "FR", 250, 5000, 80000,
     "EUR", [("EXPORT_LICENCE", "FR-DGDDI-28-0117"), ("END_USER_CERTIFICATE", "SN-MINES-28-0042")],
     "electronic detonators to a named gold mine under an explosives export licence",
     {"consignee_name": "Sabodala Gold Operations SA", "importer_country": "SN"}),
    ("PRM-02", "precursors", "import", "NLPOST01", "post", "GB", "NL", "284700",
     "Hydrogen peroxide 30 %, analytical grade, 1 l bottles, 6 pcs", "GB", 7, 6, 90, "GBP",
     [("PRECURSOR_LICENCE", "NL-VROM-28-0213")], "30 % peroxide to a member of the public holding a precursor licence",
     {"consignee_name": "Dr. H. Vermeulen", "importer_country": "NL"}),
    ("PRM-03", "waste", "export", "FRSEA01", "sea", "FR", "MY", "391510",
     "Used agricultural LDPE film, baled, for a licensed recycler, 24 t", "FR", 24000, None, 2400, "EUR",
     [("BASEL_CONSENT", "FR-MTE-28-0388")], "used film to a named recycler with Malaysia's prior consent",
     {"consignee_name": "Penang Polymer Recovery Sdn Bhd", "importer_country": "MY"}),
    ("PRM-04", "waste", "export", "BEROAD01", "road", "BE", "DE", "282739",
     "Spent pickling liquor, FeCl2 solution with free HCl, tankers, for acid regeneration, 25 t", "BE", 25000, None,
     250, "EUR", [("BASEL_CONSENT", "BE-OVAM-28-0561")],
     "spent pickling acid to a regeneration plant under a notification (a notification goes with every shipment)",
     {"consignee_name": "Rhein Säureregeneration GmbH", "importer_country": "DE"}),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "US", "IE", "290376",
     "Halon 1211, recycled, for aircraft hand extinguishers (critical use), 50 kg cylinders, 4 pcs", "US", 200, 4,
     6000, "USD", [("ODS_LICENCE", "IE-EPA-28-0009")], "recycled halon for an airline's critical use under licence",
     {"consignee_name": "Shannon Aviation Fire Services Ltd", "importer_country": "IE"}),
    ("PRM-06", "ozone", "import", "PLROAD01", "road", "TR", "PL", "382763",
     "Refrigerant R-410A, refillable 40 l cylinders, 100 pcs, for servicing", "TR", 4000, 100, 52000, "EUR",
     [("FGAS_QUOTA", "PL-FG-28-0274")], "R-410A in refillable cylinders for servicing under a quota authorisation",
     {"consignee_name": "Chłodnictwo Serwis Lublin", "importer_country": "PL"}),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Coptic textile fragments, linen and wool, framed, collection formed before 1950, 6 pcs", "EG", 3, 6, 18000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-28-0145")],
     "an old documented collection with its export certificate",
     {"consignee_name": "Textile Museum Associates Inc.", "importer_country": "US"}),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970531",
     "Roman imperial coins, cleaned, catalogued, from an auction, 40 pcs", "IT", 1, 40, 12000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-28-0322")], "auction coins with their export licence",
     {"consignee_name": "Münzen Rauch Zürich AG", "importer_country": "CH"}),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "JP", "903040",
     "Vector network analyser 67 GHz, new, 1 pc", "US", 40, 1, 95000, "EUR",
     [("EXPORT_LICENCE", "CZ-LIC-28-0071"), ("END_USER_CERTIFICATE", "JP-METI-28-0390")],
     "a 3A002 analyser to a named university under licence",
     {"consignee_name": "Tohoku University, Research Institute of Electrical Communication", "importer_country": "JP"}),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "282619",
     "Sodium fluoride 98 %, for toothpaste manufacture, 25 kg bags, 4 t", "NL", 4000, 160, 6400, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-28-0133"), ("END_USER_CERTIFICATE", "IN-DGFT-28-0211")],
     "an Australia Group chemical to a named toothpaste maker under licence",
     {"consignee_name": "Colgate-Palmolive (India) Ltd, Baddi plant", "importer_country": "IN"}),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "CL", "IT", "060290",
     "Copiapoa cinerea, nursery-propagated seedlings, 5 cm, potted, 2,000 pcs", "CL", 200, 2000, 4000, "USD",
     [("CITES_PERMIT", "CL-SAG-28-0415")], "artificially propagated Copiapoa with its CITES export permit",
     {"consignee_name": "Vivaio Succulente Liguria", "importer_country": "IT"}),
    ("PRM-12", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "030559",
     "Pirarucu (Arapaima gigas), managed harvest, dried salted fillets, 2 t", "BR", 2000, None, 26000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-28-0318")], "arapaima from a managed community harvest with its CITES export permit",
     {"consignee_name": "Sabores do Brasil Lda", "importer_country": "PT"}),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), most of them the lawful twin of a disguise
    ("330730", "Epsom bath salts, magnesium sulphate heptahydrate, 1 kg retail bags", "import", ["sea", "road"], ["GB", "TR", "DE"], (1.2, 2.2), (8000, 16000), ["EUR", "GBP"], 1, S),
    ("330790", "Contact lens peroxide solution 3 %, 360 ml with neutralising case", "import", ["sea", "road"], ["US", "GB"], (8, 14), (2000, 6000), ["USD", "GBP"], 2.5, S),
    ("382499", "Instant cold packs, urea and water, single use, first-aid", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 9000), ["USD"], 7, S),
    ("310520", "Lawn fertiliser NPK 20-5-10, 20 kg bags", "import", ["sea", "road"], ["BE", "NO", "TR"], (0.45, 0.7), (20000, 25000), ["EUR"], None, S),
    ("280700", "Battery electrolyte, sulphuric acid 37 %, density 1.28, 25 l cans, for forklift batteries", "import", ["road"], ["CZ", "PL", "TR"], (0.3, 0.6), (8000, 16000), ["EUR"], None, S),
    ("740610", "Bronze powder for cold-cast resin, copper-zinc, 325 mesh, 1 kg tins", "import", ["sea", "air"], ["CN", "GB"], (12, 20), (200, 800), ["USD", "GBP"], 1, S),
    ("360410", "Consumer fireworks category F2, CE marked, UN0336 1.4G", "import", ["sea"], ["CN"], (3, 6), (6000, 12000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 34.4 % N, fertiliser grade, 500 kg big bags, to agricultural cooperatives", "import", ["sea"], ["NO", "LT", "EG"], (0.35, 0.5), (24000, 28000), ["EUR", "USD"], None, S),
    ("901580", "Geophones, seismic survey, 10 Hz, strings of 12", "import", ["air", "sea"], ["CN", "US"], (40, 70), (500, 2000), ["USD"], 1.5, S),
    ("392010", "Silage stretch film LLDPE, new, 750 mm rolls", "import", ["sea", "road"], ["TR", "IL", "PL"], (2.2, 3.0), (12000, 20000), ["EUR", "USD"], None, S),
    ("901839", "Haemodialysis filters, sterile, new, in cartons", "import", ["sea", "air"], ["DE", "JP", "CN"], (20, 35), (1000, 4000), ["EUR", "USD"], 5, S),
    ("901890", "Digital blood pressure monitors, upper arm, new", "import", ["sea", "air"], ["CN", "JP", "VN"], (25, 40), (1000, 4000), ["USD"], 2, S),
    ("852852", "LCD computer monitors 27 in, new, boxed", "import", ["sea"], ["CN", "KR", "TW"], (18, 28), (6000, 14000), ["USD"], 0.12, S),
    ("392330", "HDPE bottles, empty, new, 1 l, for lubricant filling", "import", ["road", "sea"], ["TR", "PL"], (2.2, 3.5), (4000, 9000), ["EUR"], None, S),
    ("282739", "Ferric chloride 40 % solution, water-treatment grade, tankers", "import", ["road", "sea"], ["NO", "TR", "GB"], (0.18, 0.3), (20000, 26000), ["EUR"], None, S),
    ("841430", "Hermetic compressors for refrigerators, R-600a, new", "import", ["sea"], ["CN", "BR", "SK"], (8, 12), (8000, 14000), ["USD", "EUR"], 0.1, S),
    ("844399", "Remanufactured toner cartridges, boxed, with test prints", "import", ["sea", "road"], ["CN", "GB", "TR"], (12, 20), (2000, 6000), ["USD", "GBP"], 0.6, S),
    ("382499", "Freeze spray for electronics, HFO-1234ze propellant, 400 ml", "import", ["sea"], ["US", "GB"], (18, 28), (1000, 3000), ["USD", "GBP"], 2.2, S),
    ("841480", "Car air-conditioning service stations, recovery and recharge, new", "import", ["sea"], ["US", "CN", "TR"], (20, 35), (2000, 6000), ["USD", "EUR"], 0.012, S),
    ("841861", "Air-to-water heat pumps, monobloc, R-290, new", "import", ["sea", "road"], ["CN", "KR", "TR"], (12, 20), (8000, 16000), ["USD", "EUR"], 0.008, S),
    ("290512", "Isopropyl alcohol 99.9 %, electronics cleaning, 5 l cans", "import", ["sea", "road"], ["KR", "US", "TR"], (1.8, 3), (8000, 16000), ["USD", "EUR"], None, S),
    ("841869", "CO2 (R-744) transcritical refrigeration racks for supermarkets", "export", ["sea", "road"], ["NO", "CH", "TR"], (20, 35), (3000, 8000), ["EUR"], None, S),
    ("851610", "Electric water heaters 80 l, cyclopentane-blown PU insulation", "import", ["sea", "road"], ["TR", "EG", "RS"], (4, 6), (10000, 18000), ["EUR", "USD"], 0.04, S),
    ("392640", "Museum-shop replicas of cylinder seals, resin, with certificate of reproduction", "import", ["air"], ["GB", "US"], (30, 60), (20, 120), ["GBP", "USD"], 20, S),
    ("830629", "Bronze drums, Dong Son style, new handicraft, polished", "import", ["sea"], ["VN"], (8, 14), (1000, 4000), ["USD"], 0.08, S),
    ("691390", "Glazed ceramic figurines, Han-style, new, from a Jingdezhen workshop", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 0.5, S),
    ("711890", "Silver bullion coins, 1 oz, current year, tubes of 25", "import", ["air"], ["CA", "AU", "GB"], (900, 1200), (50, 300), ["USD", "GBP"], 32, S),
    ("630499", "Appliqué wall hangings, new, Cairo tentmakers' street", "import", ["air", "sea"], ["EG"], (25, 45), (200, 1000), ["USD"], 0.5, S),
    ("970522", "Polished trilobites and ammonites, commercial fossils, Morocco, with origin certificate", "import", ["sea", "road"], ["MA"], (4, 10), (1000, 4000), ["EUR"], None, S),
    ("442199", "Carved and gilded wooden altarpiece panels, new, Seville workshop, invoiced", "export", ["sea", "air"], ["US", "MX", "PH"], (80, 200), (200, 1500), ["EUR", "USD"], None, S),
    ("961100", "Name seals (hanko), resin and titanium, new", "import", ["air"], ["JP", "CN"], (60, 150), (20, 100), ["USD"], 20, S),
    ("621420", "Woven yak-wool shawls, new", "import", ["air", "sea"], ["NP", "CN", "IN"], (40, 80), (200, 1200), ["USD"], 4, S),
    ("030111", "Live koi carp fry, farmed, in oxygenated bags", "import", ["air"], ["JP", "IL"], (30, 60), (100, 600), ["USD", "EUR"], None, S),
    ("010620", "Captive-bred bearded dragons (Pogona vitticeps), pet trade", "import", ["air", "road"], ["CZ", "US", "GB"], (150, 400), (5, 40), ["EUR", "USD", "GBP"], 4, S),
    ("060290", "Nursery-grown cacti, Opuntia and Echinopsis, potted", "import", ["road", "sea"], ["NL", "ES", "TR"], (3, 6), (2000, 6000), ["EUR"], None, S),
    ("440729", "African padauk (Pterocarpus soyauxii), sawn, kiln dried", "import", ["sea"], ["CM", "GA", "CG"], (1.2, 1.8), (15000, 22000), ["EUR"], None, S),
    # everyday trade, commercial
    ("070200", "Fresh cherry tomatoes", "import", ["road"], ["MA", "TR"], (1.4, 2.2), (16000, 22000), ["EUR"], None, N),
    ("070960", "Fresh sweet peppers", "import", ["road"], ["MA", "TR", "EG"], (1.2, 1.9), (16000, 22000), ["EUR"], None, N),
    ("071331", "Dried mung beans", "import", ["sea"], ["MM", "CN", "KE"], (0.9, 1.4), (20000, 25000), ["USD"], None, N),
    ("080440", "Fresh avocados, Hass", "import", ["sea"], ["PE", "KE", "CO"], (2, 3.2), (18000, 22000), ["USD"], None, N),
    ("080450", "Fresh mangoes", "import", ["air", "sea"], ["PE", "BR", "SN"], (1.5, 3.5), (5000, 20000), ["USD", "EUR"], None, N),
    ("081190", "Frozen raspberries", "import", ["sea", "road"], ["RS", "CL", "UA"], (2.5, 4), (18000, 22000), ["EUR", "USD"], None, N),
    ("090421", "Dried sweet paprika pods", "import", ["sea"], ["PE", "CN"], (2, 3.5), (10000, 18000), ["USD"], None, N),
    ("090611", "Ceylon cinnamon quills", "import", ["sea", "air"], ["LK"], (8, 14), (2000, 8000), ["USD"], None, N),
    ("100630", "Basmati rice, milled, 20 kg bags", "import", ["sea"], ["IN", "PK"], (0.9, 1.4), (22000, 26000), ["USD"], None, N),
    ("110100", "Wheat flour, bakery, 25 kg bags", "export", ["sea", "road"], ["DZ", "LY", "RS"], (0.35, 0.55), (20000, 26000), ["EUR"], None, N),
    ("120241", "Groundnuts in shell", "import", ["sea"], ["EG", "CN", "US"], (1.1, 1.6), (18000, 22000), ["USD"], None, N),
    ("151710", "Margarine, retail tubs", "export", ["road"], ["CH", "RS", "NO"], (1.6, 2.4), (12000, 20000), ["EUR"], None, N),
    ("170199", "White cane sugar, 50 kg bags", "import", ["sea"], ["BR", "IN", "TH"], (0.5, 0.7), (24000, 27000), ["USD"], None, N),
    ("180690", "Chocolate confectionery, retail", "export", ["road", "sea"], ["CH", "NO", "US"], (6, 10), (4000, 12000), ["EUR"], None, N),
    ("190531", "Sweet biscuits, retail packs", "import", ["road"], ["TR", "RS"], (2, 3.2), (10000, 18000), ["EUR"], None, N),
    ("200819", "Roasted and salted pistachios, retail", "import", ["sea", "road"], ["TR", "US", "IR"], (9, 14), (8000, 16000), ["USD", "EUR"], None, N),
    ("210320", "Tomato ketchup, retail bottles", "export", ["road", "sea"], ["NO", "CH", "MA"], (1.2, 2), (10000, 18000), ["EUR"], None, N),
    ("220421", "Red wine, bottled 75 cl", "import", ["sea"], ["CL", "AR", "ZA", "AU"], (2.5, 6), (12000, 20000), ["USD", "EUR"], None, N),
    ("220300", "Beer, lager, cans", "import", ["sea"], ["MX", "JP"], (1, 1.6), (18000, 22000), ["USD"], None, N),
    ("240220", "Cigarettes, market brands, under excise bond", "import", ["road"], ["CH", "RS"], (15, 30), (3000, 8000), ["EUR"], None, N),
    ("252329", "Portland cement CEM I, bulk", "export", ["sea"], ["NO", "IS"], (0.08, 0.12), (25000, 30000), ["EUR"], None, N),
    ("271012", "Motor gasoline, Euro 95, in tank wagons", "export", ["rail", "road"], ["CH", "RS"], (0.8, 1.1), (40000, 60000), ["EUR"], None, N),
    ("280410", "Hydrogen, compressed, cylinder bundles", "export", ["road"], ["CH", "NO"], (6, 12), (500, 2000), ["EUR"], None, N),
    ("290243", "p-Xylene, ISO tank", "import", ["sea"], ["KR", "SA"], (0.9, 1.2), (20000, 24000), ["USD"], None, N),
    ("300490", "Generic medicines, tablets, boxed, with marketing authorisation", "import", ["air", "sea"], ["IN", "CH", "IL"], (30, 80), (500, 3000), ["USD", "EUR"], None, N),
    ("320990", "Water-based wall paint, 10 l tubs", "export", ["road"], ["CH", "RS", "NO"], (1.5, 2.5), (12000, 20000), ["EUR"], None, N),
    ("330499", "Face creams, retail jars", "import", ["air", "sea"], ["KR", "US", "CH"], (30, 70), (300, 2000), ["USD", "EUR"], None, N),
    ("350691", "Hot-melt adhesives, pellets", "import", ["sea"], ["US", "CN"], (2.5, 4), (10000, 16000), ["USD"], None, N),
    ("390120", "HDPE blow-moulding grade, virgin, 25 kg bags", "import", ["sea"], ["SA", "KR", "US"], (1.0, 1.3), (22000, 25000), ["USD"], None, N),
    ("401110", "New passenger car tyres, 205/55 R16", "import", ["sea"], ["CN", "TH", "KR"], (3, 4.5), (12000, 18000), ["USD"], 0.12, N),
    ("420310", "Leather jackets, bovine", "import", ["sea", "air"], ["PK", "IN", "TR"], (30, 60), (500, 2000), ["USD"], 0.7, N),
    ("441829", "Wooden interior doors, new", "import", ["road", "sea"], ["PL", "UA", "TR"], (3, 5), (8000, 14000), ["EUR"], 0.04, N),
    ("482010", "Notebooks and diaries, paper", "import", ["sea"], ["CN", "IN"], (2, 3.5), (8000, 14000), ["USD"], None, N),
    ("520942", "Denim fabric, 12 oz, rolls", "import", ["sea"], ["TR", "PK", "IN"], (4, 6), (15000, 20000), ["USD", "EUR"], None, N),
    ("610462", "Women's cotton knitted trousers", "import", ["sea"], ["BD", "KH", "TR"], (10, 16), (3000, 8000), ["USD"], 3, N),
    ("620140", "Men's synthetic anoraks and parkas", "import", ["sea"], ["CN", "VN", "BD"], (12, 20), (3000, 8000), ["USD"], 1.2, N),
    ("640299", "Rubber and plastic sandals", "import", ["sea"], ["CN", "VN", "BR"], (5, 9), (3000, 8000), ["USD"], 2.5, N),
    ("690721", "Porcelain floor tiles 60 x 60, glazed", "import", ["sea", "road"], ["IN", "TR", "ES"], (0.4, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("701349", "Glass tableware, tumblers, retail", "import", ["sea"], ["TR", "CN"], (1.8, 3), (8000, 14000), ["USD", "EUR"], None, N),
    ("721049", "Galvanised steel coils, hot-dip", "import", ["sea"], ["IN", "KR", "VN"], (0.8, 1.0), (24000, 26000), ["USD"], None, N),
    ("730630", "Welded steel tubes, round, black", "import", ["sea", "road"], ["TR", "UA"], (0.7, 1.0), (22000, 26000), ["EUR", "USD"], None, N),
    ("732111", "Gas cookers, household, new", "import", ["sea", "road"], ["TR"], (3, 5), (8000, 14000), ["EUR"], 0.025, N),
    ("761510", "Aluminium cookware, non-stick", "import", ["sea"], ["CN", "TR"], (4, 7), (6000, 12000), ["USD"], None, N),
    ("841810", "Combined fridge-freezers, household, R-600a, new", "import", ["sea", "road"], ["TR", "CN"], (3, 5), (12000, 18000), ["EUR", "USD"], 0.015, N),
    ("845011", "Washing machines, household, new", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (12000, 18000), ["EUR", "USD"], 0.014, N),
    ("846721", "Cordless drills, with batteries, retail", "import", ["sea"], ["CN", "VN"], (12, 20), (3000, 8000), ["USD"], 0.6, N),
    ("850440", "Power supplies, switch-mode, for LED lighting", "import", ["sea", "air"], ["CN"], (10, 18), (2000, 6000), ["USD"], 3, N),
    ("851713", "Smartphones, new, sealed boxes", "import", ["air"], ["CN", "VN", "IN"], (300, 700), (200, 1500), ["USD"], 4.5, N),
    ("852872", "LED television sets 55 in, new", "import", ["sea"], ["PL", "CN", "TR"], (15, 25), (8000, 14000), ["USD", "EUR"], 0.06, N),
    ("870332", "Passenger cars, new, diesel, 1,500 - 2,500 cc", "import", ["sea"], ["KR", "JP", "TR"], (14, 22), (12000, 24000), ["USD", "EUR"], 0.0007, N),
    ("871160", "Electric bicycles, pedal-assisted, new", "import", ["sea"], ["TW", "CN", "VN"], (25, 40), (3000, 8000), ["USD"], 0.04, N),
    ("940360", "Wooden bedroom furniture, flat-packed", "import", ["sea"], ["VN", "MY", "ID"], (2, 3.5), (8000, 14000), ["USD"], None, N),
    ("940542", "LED panel lights, ceiling", "import", ["sea"], ["CN"], (6, 10), (4000, 9000), ["USD"], 0.5, N),
    ("950440", "Playing cards, retail", "import", ["sea"], ["CN", "BE"], (4, 7), (1000, 4000), ["USD", "EUR"], None, N),
    ("950662", "Inflatable footballs, retail", "import", ["sea"], ["PK", "CN"], (5, 9), (2000, 6000), ["USD"], 2.5, N),
    # everyday trade, small consignments to private persons by post or express
    ("490199", "Second-hand books, paperbacks, private purchase", "import", ["post"], ["GB", "US"], (6, 15), (1, 8), ["GBP", "USD"], 2, N),
    ("620462", "Women's cotton trousers, online order", "import", ["post", "express"], ["CN", "GB", "TR"], (25, 60), (1, 3), ["USD", "GBP", "EUR"], 2, N),
    ("640419", "Running shoes, online order, 1 pair", "import", ["express", "post"], ["US", "GB", "CN"], (60, 120), (1, 2), ["USD", "GBP"], 1, N),
    ("210690", "Food supplements, vitamin D and omega-3 capsules, private order", "import", ["post", "express"], ["US", "GB"], (30, 80), (1, 3), ["USD", "GBP"], None, N),
    ("852380", "Vinyl records, second-hand, private purchase", "import", ["post"], ["US", "GB", "JP"], (40, 90), (1, 5), ["USD", "GBP"], 5, N),
    ("090210", "Green tea, loose leaf, gift order", "import", ["post"], ["JP", "CN"], (40, 90), (1, 3), ["USD", "EUR"], None, N),
    ("950300", "Model kits and toys, online order", "import", ["post", "express"], ["JP", "CN", "US"], (20, 60), (1, 6), ["USD", "EUR"], None, N),
    ("847130", "Laptop, new, boxed, private purchase", "import", ["express"], ["US", "CN"], (300, 600), (2, 4), ["USD"], 0.4, N),
    ("871499", "Bicycle parts, derailleur and brakes, online order", "import", ["post", "express"], ["JP", "TW", "GB"], (60, 150), (1, 3), ["USD", "GBP", "EUR"], None, N),
    ("392490", "Kitchen gadgets, plastic, online order", "import", ["post"], ["CN"], (8, 20), (1, 4), ["USD"], None, N),
    ("711719", "Costume jewellery, online order", "import", ["post"], ["CN", "TR", "TH"], (40, 120), (1, 2), ["USD", "EUR"], None, N),
    ("970191", "Watercolour painting, by the artist, private purchase", "import", ["express"], ["GB", "US", "CH"], (200, 900), (1, 4), ["GBP", "USD", "CHF"], None, N),
]

PRIVATE_NAMES = {
    "NL": ["Dhr. J. Bakker", "Mevr. A. de Vries", "Sanne Visser", "Privépersoon"],
    "BE": ["Mme Sophie Lambert", "Dhr. T. Peeters", "Lucas Dubois"],
    "DE": ["Privatperson", "Herrn Jonas Weber", "Frau Anna Schmidt", "Mr K. Tanaka"],
    "FR": ["Mme Julie Martin", "M. Pierre Lefèvre", "Particulier"],
    "ES": ["Maria Lopez", "D. Alejandro García", "Particular"],
    "IT": ["Sig.ra Giulia Romano", "Sig. Paolo Conti", "Privato"],
    "PL": ["Pan Tomasz Nowak", "Pani Katarzyna Wójcik", "Osoba prywatna"],
    "GB": ["Mr J. Smith", "Ms Emily Clarke", "Private individual"],
    "PT": ["Sra. Ana Sousa", "Sr. João Ferreira", "Particular"],
    "GR": ["Georgios Papadopoulos", "Eleni Nikolaou", "Ιδιώτης"],
    "SE": ["Erik Johansson", "Anna Lindqvist", "Privatperson"],
    "AT": ["Frau Eva Gruber", "Herrn Lukas Huber", "Privatperson"],
}
COMPANY_WORDS = {
    "NL": ("BV", ["Van Dijk Handel", "Noordzee Import", "Holland Trade Partners"]),
    "BE": ("NV", ["Schelde Distributie", "Brabant Import", "Flanders Supply"]),
    "DE": ("GmbH", ["Hansa Import", "Rhein-Main Handel", "Bayerische Warenvertrieb"]),
    "FR": ("SARL", ["Comptoir du Havre", "Distribution Rhône-Alpes", "Import Atlantique"]),
    "ES": ("SL", ["Distribuciones Ibéricas", "Importaciones Levante", "Comercial Cantábrica"]),
    "IT": ("Srl", ["Importazioni Adriatiche", "Commerciale Lombarda", "Distribuzione Tirrenica"]),
    "PL": ("Sp. z o.o.", ["Bałtyk Import", "Mazowsze Handel", "Śląsk Dystrybucja"]),
    "GB": ("Ltd", ["Thames Trading", "Midlands Wholesale", "Northern Imports"]),
    "PT": ("Lda", ["Importadora do Tejo", "Comércio Nortenho", "Distribuidora Atlântica"]),
    "GR": ("AE", ["Aegean Imports", "Hellenic Distribution", "Piraeus Trading"]),
    "SE": ("AB", ["Göteborg Import", "Nordic Wholesale", "Skåne Handel"]),
    "AT": ("GmbH", ["Donau Import", "Alpen Handel", "Wiener Großhandel"]),
}


def ordinary_rows_n(rng, sensitive, everyday, n_sensitive, n_everyday):
    """make_blind_set.ordinary_rows_n, then a consignee name where a real declaration carries one:
    every postal or express import to a private person, a named EU company on about 40 % of the
    other imports. A separate seeded draw, so the base draw is unchanged."""
    rows = _base_ordinary_rows_n(rng, sensitive, everyday, n_sensitive, n_everyday)
    crng = random.Random(20280103)
    for d in rows:
        eu = d["destination_country"]
        if d["flow"] != "import" or eu not in PRIVATE_NAMES:
            continue
        if d["transport_mode"] in ("post", "express"):
            d["consignee_name"] = crng.choice(PRIVATE_NAMES[eu])
            d.pop("importer_id", None)
        elif crng.random() < 0.4:
            suffix, names = COMPANY_WORDS[eu]
            d["consignee_name"] = crng.choice(names) + " " + suffix
    return [_header_order(d) for d in rows]


def _header_order(d):
    """Puts consignee_name after the importer fields, as the other header fields are laid out."""
    if "consignee_name" not in d:
        return d
    out = {}
    for k, v in d.items():
        if k == "consignee_name":
            continue
        out[k] = v
        if k == "importer_country":
            out["consignee_name"] = d["consignee_name"]
    return out


def permitted_rows(rng):
    """make_blind_set.permitted_rows with the header fields of each row's last element."""
    rows = _base_permitted_rows(rng, [p[:16] for p in base.PERMITTED])
    for d, p in zip(rows, base.PERMITTED):
        extra = p[16]
        head = {k: v for k, v in d.items() if k not in ("departure_country", "destination_country", "items", "fraud",
                                                       "attributes")}
        head.update(extra)
        for k in ("departure_country", "destination_country", "items", "fraud", "attributes"):
            head[k] = d[k]
        d.clear()
        d.update(head)
    return rows


def _base_permitted_rows(rng, table):
    saved = base.PERMITTED
    base.PERMITTED = table
    try:
        return _orig_permitted_rows(rng)
    finally:
        base.PERMITTED = saved


_base_ordinary_rows_n = base.ordinary_rows_n
_orig_permitted_rows = base.permitted_rows
base.ordinary_rows_n = ordinary_rows_n
base.permitted_rows = permitted_rows


def main():
    base.write_later_set("blind11", 20280103, HERE)


if __name__ == "__main__":
    main()
