#!/usr/bin/env python3
"""Writes the forty-sixth blind set (tests/risk/data/blind46-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2033, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after the unit-value ceilings were widened, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL46-*:

    python3 tests/risk/data/make_blind46_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HUROAD01", "road", "RS", [], "HU", "285390",
         "Desztillált víz akkumulátorokhoz, 20 x 5 l kanna", "RS", 128, 20, 90, "EUR",
         "100 litres of distilled water weigh 100 kg; 128 kg is 1.28 kg/l, the density of 37 % battery acid: "
         "sulphuric acid above 15 % (Annex I) to a private person, declared as battery top-up water; Hungarian "
         "wording (sulphuric acid repeats many sets; the distilled-water cover given away by density is new)",
         person("Magánszemély", "HU")),
        ("PRE-02", "import", "FIAIR01", "express", "US", [], "FI", "310590",
         "Kasvuravinne A, hydroponinen, 2 x 4 l", "US", 9, 2, 70, "USD",
         "a hydroponic starter set whose third line, 'pH-miinus', is not the usual 25 % phosphoric acid: the "
         "bottles are marked UN 2031 and CAS 7697-37-2, 59 % nitric acid (Annex I above 3 %), to a private person; "
         "Finnish wording (nitric acid repeats; pH Down covers appear in two earlier rows; a three-line nutrient "
         "set to Finland is new)",
         {"consignee_name": "Yksityishenkilö", "importer_country": "FI",
          "_more_items": [item("310590", "Kasvuravinne B, hydroponinen, 2 x 4 l", "US", 9, 70, "USD", qty=2),
                          item("280920", "pH-miinus, nestemäinen, 4 x 4 l", "US", 22, 120, "USD", qty=4)]}),
        ("PRE-03", "import", "LVPOST01", "post", "US", [], "LV", "380894",
         "Sēņu substrāta sterilizators, 4 x 3,8 l", "US", 17, 4, 110, "USD",
         "mushroom growers sterilise substrate with heat; these one-gallon jugs labelled '35 % food grade' are "
         "hydrogen peroxide (Annex I above 12 %), posted to a private person; Latvian wording (35 % peroxide "
         "repeats; the mushroom-substrate cover and Latvia are new)", person("Privātpersona", "LV")),
        ("PRE-04", "import", "ATROAD01", "road", "CH", [], "AT", "250100",
         "Regeneriersalz für Enthärtungsanlagen, 3 Säcke x 25 kg", "CH", 75, 3, 240, "CHF",
         "softener salt is sodium chloride tablets at under 1 CHF/kg; this is a fine white powder at 3.2 CHF/kg "
         "whose sack labels give CAS 7775-09-9, sodium chlorate (Annex I above 40 %), brought in by a private "
         "person; Austrian-German wording (sodium chlorate repeats; the softener-salt cover is new)",
         person("Privatperson", "AT")),
        ("PRE-05", "import", "FRROAD01", "road", "GB", [], "FR", "282731",
         "Fondant pour glace, sans danger pour les animaux, 10 sacs x 10 kg", "GB", 100, 10, 260, "GBP",
         "pet-safe ice melts are magnesium chloride or CMA flakes; these prills are marked 34.4 % N and CAS "
         "6484-52-2, ammonium nitrate (Annex I), carried by van through the Channel to a private person; French "
         "wording (ammonium nitrate repeats; the ice-melt cover is new)", person("Particulier", "FR")),
        ("PRE-06", "import", "PTAIR01", "express", "US", [], "PT", "291412",
         "Metiletilcetona (MEK), solvente, 4 x 1 gal", "US", 17, 4, 380, "USD",
         "MEK costs about 8 USD a gallon; at 95 USD a gallon, with UN 1261 on the cartons, the liquid is "
         "nitromethane (Annex I above 16 %), by express to a private person; Portuguese wording (nitromethane "
         "repeats; the MEK cover is new)", person("Particular", "PT")),
        ("PRE-07", "import", "DEPOST01", "post", "CH", [], "DE", "283421",
         "Kaliumsalpeter zum Pökeln, 2 Kanister à 5 l", "CH", 14, 2, 70, "CHF",
         "saltpetre is a crystalline powder, not a liquid in 5-litre jerrycans: 'Salpetersäure' (68 % nitric "
         "acid, Annex I above 3 %) declared as 'Kalisalpeter' for curing meat, posted to a private person although "
         "corrosives may not go by post; Swiss-German wording (nitric acid repeats; the saltpetre name swap is new)",
         person("Privatperson", "DE")),
        ("PRE-08", "import", "BGROAD01", "road", "TR", [], "BG", "380894",
         "Дезинфектант за повърхности, готов за употреба, 2 IBC x 1 000 л", "TR", 2400, 2, 1900, "EUR",
         "ready-to-use peroxide disinfectants carry 3-8 % and weigh about 1.0 kg/l; these IBCs weigh 1.2 kg/l and "
         "are marked UN 2015 (hydrogen peroxide above 40 %, Annex I), consigned to a sole trader registered a "
         "month earlier with no premises; Bulgarian wording",
         person("ЕТ Иван Петров", "BG")),
        ("PRE-09", "import", "ITAIR01", "express", "CN", [], "IT", "291619",
         "Sorbato di potassio, conservante alimentare, 5 kg", "CN", 5, 5, 60, "USD",
         "potassium sorbate comes as granules smelling faintly acidic; the bag's CAS 7778-74-7 and the oxidiser "
         "diamond give potassium perchlorate (Annex I above 40 %), by express to a private person; Italian wording "
         "(potassium perchlorate repeats; the food-preservative cover is new)", person("Privato", "IT")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "310420",
         "Chlorek potasu, nawóz, worki 1 t, 20 t", "CN", 20000, 20, 19000, "USD",
         "muriate of potash is red-brown and costs 0.35 USD/kg; this white crystalline salt at 0.95 USD/kg with "
         "CAS 3811-04-9 on the bags is potassium chlorate (Annex I above 40 %), by China-Europe train to a "
         "company registered two months earlier with no farm or factory; Polish wording (potassium chlorate "
         "repeats; the potash cover by rail is new)",
         firm("Agro-Chem Handel Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "870333",
         "Gebruikte ziekenwagens, schenking aan een ziekenhuis, 14 st.", "BE", 42000, 14, 14000, "EUR",
         "ambulances withdrawn after accidents and flood damage, with leaking fluids, batteries and no MOT: "
         "end-of-life vehicles not depolluted (16 01 04*), hazardous waste shipped to a non-OECD country as a "
         "donation; Flemish wording", {"importer_country": "GH"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "850760",
         "Energieopslagmodules, second life, getest, 40 pallets", "NL", 28000, 160, 22000, "EUR",
         "EV traction packs from crashed cars, swollen and without test reports, at 0.8 EUR/kg: waste lithium-ion "
         "batteries (hazardous), not second-life products, to a non-OECD country without notification or consent; "
         "Dutch wording (waste lithium batteries repeat; the second-life storage cover is new)",
         {"importer_country": "NG"}),
        ("WST-03", "export", "EESEA01", "sea", "EE", [], "TG", "271019",
         "Raske kütteõli RMG 380, tankerlaadung, 3 000 t", "EE", 3000000, None, 240000, "EUR",
         "RMG 380 sells at about 450 EUR/t; this 'fuel oil' at 80 EUR/t is tank-cleaning sludge with 30 % water "
         "and sediment (05 01 03*, 16 07 08*), hazardous waste to a non-OECD country; Estonian wording",
         {"importer_country": "TG"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "PK", "321519",
         "Druckfarben, Restposten, in Fässern, 2 Container, 36 t", "DE", 36000, 180, 5400, "EUR",
         "new offset inks cost several euros a kilo; these drums at 0.15 EUR/kg are press-wash residues and "
         "skinned ink (08 03 12*, 08 03 14*), hazardous waste sent as surplus stock to a non-OECD country; German "
         "wording", {"importer_country": "PK"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "SN", "871200",
         "Bicicletas usadas, contenedor 40', 300 uds.", "ES", 4500, 300, 6000, "EUR",
         "a container of used bicycles whose second line, 'accesorios', is 260 spent car batteries, cracked and "
         "leaking (16 06 01*, A1160): hazardous waste to a non-OECD country hidden behind reusable goods; Spanish "
         "wording (waste lead-acid batteries repeat many sets; hiding them among used bicycles is new)",
         {"importer_country": "SN",
          "_more_items": [item("850710", "Accesorios para bicicletas y baterías usadas, 260 uds.", "ES", 4200, 400, "EUR", qty=260)]}),
        ("WST-06", "transit", "DEROAD01", "road", "CH", ["DE", "PL"], "UA", "720441",
         "Stahlspäne, brikettiert, 22 t", "CH", 22000, None, 1100, "EUR",
         "briquettes that drip oil and coolant are grinding sludge (12 01 18*, metal sludge with oil), not dry "
         "steel turnings: hazardous waste in transit through Germany and Poland to a non-OECD country without "
         "notification; German wording (swarf covers appear in one earlier row; the transit to Ukraine is new)",
         {"importer_country": "UA"}),
        ("WST-07", "export", "ROSEA01", "sea", "RO", [], "PK", "860210",
         "Locomotive diesel-electrice LDE 2100, scoase din uz, pentru reutilizare, 6 buc.", "RO", 696000, 6, 90000, "EUR",
         "1960s locomotives withdrawn with asbestos in their cabs and PCB oil in their transformers, sold 'for "
         "reuse' at scrap price to a non-OECD country: hazardous waste (A2050, A1180); Romanian wording (rolling "
         "stock for scrap appears in blind44; locomotives and the Constanța route are new)",
         {"importer_country": "PK"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "310100",
         "Nawóz organiczny granulowany, 24 t", "PL", 24000, None, 480, "EUR",
         "dried municipal sewage sludge (19 08 05) with heavy metals, pelletised and sold as organic fertiliser at "
         "0.02 EUR/kg: a waste not on the green list, exported without notification to a non-OECD country that "
         "has not consented; Polish wording", {"importer_country": "UA"}),
        ("WST-09", "export", "IEAIR01", "air", "IE", [], "IN", "750300",
         "Nickel scrap, mixed, 3 t", "IE", 3000, None, 2400, "EUR",
         "nickel scrap sells at several euros a kilo; these are spent nickel-cadmium aircraft and standby "
         "batteries (16 06 02*, A1170), with electrolyte, at 0.8 EUR/kg: hazardous waste to a non-OECD country; "
         "Irish English wording", {"importer_country": "IN"}),
        ("WST-10", "export", "LTAIR01", "express", "LT", [], "IN", "711299",
         "Dantų sidabro lydinio laužas, 8 kg", "LT", 8, 1, 900, "EUR",
         "the 'silver alloy' is dental amalgam from separators and extracted fillings (18 01 10*), about half "
         "mercury, sent by express to a non-OECD refiner; Lithuanian wording (dental amalgam repeats; the silver-"
         "alloy cover by express is new)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "841850",
         "Vetrine per gelato, refrigerante R-290, 60 pz", "CN", 9000, 60, 54000, "USD",
         "the nameplates and the service ports give R-404A (GWP 3,922), not propane: plug-in commercial "
         "refrigeration with an HFC of GWP 150 or more may not be placed on the EU market; Italian wording",
         {"importer_country": "IT"}),
        ("OZN-02", "import", "HRSEA01", "sea", "CN", [], "HR", "841829",
         "Hotelski minibarovi, apsorpcijski, tihi, 300 kom.", "CN", 6600, 300, 27000, "USD",
         "absorption minibars have no compressor; these have one, charged with HFC-134a (GWP 1,430): household "
         "refrigerators with an HFC of GWP 150 or more are banned, and the absorption claim hides it; Croatian "
         "wording", {"importer_country": "HR"}),
        ("OZN-03", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "382499",
         "Chladicí sprej na nápoje, 400 ml, 9 600 ks", "CN", 4300, 9600, 9600, "USD",
         "instant drink-chiller cans evaporate HFC-134a (GWP 1,430): technical aerosols with an HFC of GWP 150 "
         "or more are banned, and the propellant is not declared; Czech wording (technical aerosols repeat; the "
         "drink-chiller spray by rail is new)", {"importer_country": "CZ"}),
        ("OZN-04", "import", "SESEA01", "sea", "CN", [], "SE", "853720",
         "Ringkabelställverk 12 kV, SF6-fria, torrluftisolerade, 30 st.", "CN", 24000, 30, 210000, "USD",
         "the pressure gauges and the gas-filling valves give SF6 at 1.3 bar, not dry air: medium-voltage "
         "switchgear up to 24 kV with SF6 may not be placed on the market from 2026; Swedish wording (SF6 ring "
         "main units appear in one earlier row, declared openly; the 'SF6-free' cover is new)",
         {"importer_country": "SE"}),
        ("OZN-05", "import", "GRROAD01", "road", "TR", [], "GR", "382769",
         "Ψυκτικό NU-22 (R-417A), φιάλες 13,6 kg, 80 τεμ.", "TR", 1090, 80, 4800, "EUR",
         "NU-22 is a trade name of an HFC blend; a leak test on the cylinders gives pure HCFC-22, whose placing "
         "on the market is banned; Greek wording (HCFC-22 repeats; the NU-22 trade name is new)",
         {"importer_country": "GR"}),
        ("OZN-06", "import", "ESSEA01", "sea", "TR", [], "ES", "390729",
         "Poliol para espuma proyectada, soplado con agua, bidones 250 kg, 80 uds.", "TR", 20000, 80, 52000, "EUR",
         "water-blown polyol does not foam in the drum; these drums are under pressure and the safety sheet lists "
         "CAS 1717-00-6: a pre-blended polyol with HCFC-141b, a product containing an HCFC whose placing on the "
         "market is banned; Spanish wording (HCFC-141b in polyol repeats; the water-blown claim is new)",
         {"importer_country": "ES"}),
        ("OZN-07", "import", "SKROAD01", "road", "UA", [], "SK", "280421",
         "Argón na zváranie, fľaše 50 l, 20 ks", "UA", 380, 20, 700, "EUR",
         "a welding-gas load whose third line, 'dusík', is 30 cylinders holding 50 kg of R-404A each (GWP 3,922, "
         "about 5,900 t CO2e): bulk HFC placed on the market without quota; Slovak wording",
         {"importer_country": "SK",
          "_more_items": [item("281121", "Oxid uhličitý, fľaše 50 l, 10 ks", "UA", 300, 250, "EUR", qty=10),
                          item("280430", "Dusík, fľaše 50 l, 30 ks", "UA", 1500, 900, "EUR", qty=30)]}),
        ("OZN-08", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "Sulfuryl fluoride fumigant, 50 kg cylinders, 24 pcs", "IL", 1200, 24, 9000, "USD",
         "the cylinders' chloropicrin warning odour and the label under the sticker give methyl bromide, whose "
         "use and placing on the market (even for quarantine) are banned; English wording (methyl bromide "
         "repeats; the sulfuryl fluoride cover and the Israel-Cyprus route are new)", {"importer_country": "CY"}),
        ("OZN-09", "import", "DESEA01", "sea", "CN", [], "DE", "291479",
         "Fluorketon-Löschmittel FK-5-1-12, Flaschen 100 kg, 40 Stück", "CN", 4000, 40, 60000, "USD",
         "FK-5-1-12 is a liquid shipped in drums; these are pressure cylinders of HFC-227ea (GWP 3,350, about "
         "13,400 t CO2e), bulk HFC placed on the market without quota; German wording (HFC-227ea as a "
         "fluoroketone appears in two earlier rows; this route and wording are new)", {"importer_country": "DE"}),
        ("OZN-10", "transit", "ROROAD01", "road", "TR", ["BG", "RO"], "MD", "271113",
         "İzobütan R-600a soğutucu gaz, 13,6 kg tüp, 200 adet", "TR", 2720, 200, 11000, "EUR",
         "R-600a cylinders hold 6.5 kg; at 13.6 kg each these are HFC-134a, declared in transit to Moldova and "
         "unloaded in a Romanian warehouse: bulk HFC on the EU market without quota; Turkish wording",
         {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "TR", [], "NL", "830629",
         "Bronz geyik heykelciği, dekoratif, yeni, 1 adet", "TR", 2.5, 1, 80, "USD",
         "a stag standard with a green crusted patina and casting cores is a Hittite-period (Early Bronze Age) "
         "grave find, state property in Türkiye and exported without a permit; Turkish wording", {"importer_country": "NL"}),
        ("CUL-02", "import", "FRPOST01", "post", "AM", [], "FR", "711790",
         "Դեկորատիվ բրոնզե գոտի, ձեռագործ, 1 հատ", "AM", 0.8, 1, 45, "USD",
         "a hammered bronze belt with incised chariots and lions is Urartian (8th-7th century BC), a "
         "grave-robbed antiquity whose export Armenia forbids, posted as handicraft; Armenian wording", {"importer_country": "FR"}),
        ("CUL-03", "import", "GBAIR01", "air", "AE", [], "GB", "711420",
         "کاسه نقره‌ای تزئینی، آبکاری، جدید", "IR", 1.1, 1, 150, "USD",
         "a gilded silver bowl with a royal hunting scene is Sasanian (4th-6th century), taken out of Iran "
         "through Dubai as a new silver-plated bowl; Persian wording", {"importer_country": "GB"}),
        ("CUL-04", "export", "FRPOST01", "post", "FR", [], "US", "711719",
         "Broches fantaisie, verre rouge, 3 pièces", "FR", 0.09, 3, 30, "EUR",
         "garnet cloisonné disc brooches are Merovingian grave goods (6th-7th century) from a detected cemetery "
         "in Picardy: archaeological objects need an export licence at any value; French wording", {"importer_country": "US"}),
        ("CUL-05", "export", "ITAIR01", "express", "IT", [], "CH", "710813",
         "Foglia d'oro per doratura, 4 pz", "IT", 0.02, 4, 120, "EUR",
         "gold-foil crosses punched with interlace, sewn on shrouds, are Lombard (7th century) from looted tombs "
         "in Friuli, cultural property of the state; Italian wording", {"importer_country": "CH"}),
        ("CUL-06", "export", "ATPOST01", "post", "AT", [], "GB", "711790",
         "Replik-Fibeln für Reenactment, Bronze, 6 Stück", "AT", 0.3, 6, 60, "EUR",
         "corroded bronze bow brooches and a neck ring dug by detectorists near the Salzkammergut are Hallstatt "
         "(8th-6th century BC) finds, not replicas; archaeological objects need an export licence at any value; "
         "Austrian-German wording", {"importer_country": "GB"}),
        ("CUL-07", "export", "HRROAD01", "road", "HR", ["SI", "AT"], "CH", "491199",
         "Stari tiskani listovi za decoupage, 40 kom.", "HR", 1.2, 40, 60, "EUR",
         "the leaves are parchment written by hand in Glagolitic script, cut from a 15th-century missal of an "
         "island monastery: manuscripts need an export licence at any value; Croatian wording", {"importer_country": "CH"}),
        ("CUL-08", "export", "SEROAD01", "road", "SE", [], "NO", "680293",
         "Trädgårdssten, granit, med gravyr, 1 st.", "SE", 420, 1, 150, "SEK",
         "a granite fragment with a serpent band and runes is part of a Viking-age runestone, a protected ancient "
         "monument, sold as an engraved garden stone; Swedish wording", {"importer_country": "NO"}),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "US", "940360",
         "Mudanza, efectos personales usados: muebles de comedor", "ES", 900, 12, 2000, "EUR",
         "a household removal to Miami whose third line, 'cuadro decorativo, copia', is a 17th-century Sevillian "
         "school oil of a saint from a closed convent: a painting over 100 years old needs an export permit, "
         "which it lacks; Spanish wording",
         {"importer_country": "US",
          "_more_items": [item("490199", "Libros usados, 6 cajas", "ES", 120, 100, "EUR", qty=6),
                          item("970191", "Cuadro decorativo, óleo sobre lienzo, copia, 1 ud.", "ES", 14, 300, "EUR", qty=1)]}),
        ("CUL-10", "export", "GRAIR01", "express", "GR", [], "AU", "691390",
         "Πήλινο ειδώλιο ταύρου, αντίγραφο μουσείου, 1 τεμ.", "GR", 0.6, 1, 35, "EUR",
         "the bull rhyton's worn slip and root marks show a Minoan find from Crete, not a museum shop copy "
         "(copies carry a Ministry stamp); antiquities are state property in Greece; Greek wording", {"importer_country": "AU"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "GE", "848340",
         "Ersatzteile für Fitnessgeräte, Spindeln, 120 Stück", "DE", 900, 120, 96000, "EUR",
         "treadmill spindles do not cost 800 EUR each: precision-ground ball screws with their linear guides for "
         "CNC machine tools (listed in Annex XXIII of Regulation 833/2014), to a Poti forwarder trucking on to "
         "Russia; German wording", {"importer_country": "GE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "HK", "370790",
         "Fotoemulsie voor zeefdruk, 40 flessen", "NL", 40, 40, 96000, "EUR",
         "screen-printing emulsion costs about 30 EUR a litre; at 2,400 EUR a bottle this is a positive resist "
         "for 193 nm semiconductor lithography (3C002), which needs a licence, to a Hong Kong trader; Dutch wording",
         {"importer_country": "HK"}),
        ("STR-03", "export", "FIAIR01", "express", "FI", [], "AM", "851762",
         "Verkkokytkimet, hallittavat, 4 kpl", "FI", 60, 4, 180000, "EUR",
         "45,000 EUR a unit is not a switch: deep-packet-inspection and lawful-interception appliances (equipment "
         "for monitoring telecommunications, whose sale for use in Iran is prohibited without authorisation), to a Yerevan reseller of an Iranian "
         "operator; Finnish wording", {"importer_country": "AM"}),
        ("STR-04", "export", "LVPOST01", "post", "LV", [], "KZ", "852691",
         "GPS izsekotāji suņiem, 40 gab.", "LV", 2, 40, 4800, "EUR",
         "at 120 EUR each the boards are multi-band RTK GNSS modules with anti-jamming firmware (common "
         "high-priority items for Russia's drones), not pet trackers, posted to an Almaty address; Latvian wording",
         {"importer_country": "KZ"}),
        ("STR-05", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "271112",
         "Suskystintos dujos, propanas, kazachiška kilmė, 20 cisternų", "KZ", 800000, None, 440000, "USD",
         "the tank wagons were filled at a Russian gas plant on the way (waybills show a stop at Orenburg): "
         "Russian LPG, whose import is banned, with a Kazakh certificate; Lithuanian wording", {"importer_country": "LT"}),
        ("STR-06", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "920120",
         "Klavier, gebraucht, Übungsinstrument, 1 Stück", "AT", 540, 1, 6000, "EUR",
         "a new 2.9 m concert grand worth about 180,000 EUR declared as a used practice piano to a Tbilisi "
         "buyer for a Moscow hall: luxury goods may not be exported for use in Russia; Austrian-German wording "
         "(pianos appear only as keyboards in earlier rows)", {"importer_country": "GE"}),
        ("STR-07", "export", "SISEA01", "sea", "SI", [], "LB", "730900",
         "Fermentacijski tanki za pivovarno, emajlirani, 4 kos", "SI", 16000, 4, 380000, "EUR",
         "brewery tanks are stainless; these are glass-lined reactors with jackets and agitators (2B350), "
         "needing a licence for any destination, for a Beirut trader supplying a Syrian plant; Slovenian wording "
         "(glass-lined reactors repeat; the brewery cover is new)", {"importer_country": "LB"}),
        ("STR-08", "import", "GRSEA01", "sea", "TR", [], "GR", "760511",
         "Σύρμα αλουμινίου 9,5 mm, τουρκικής καταγωγής, 300 t", "TR", 300000, None, 750000, "USD",
         "the coil tags carry a Krasnoyarsk mill mark: Russian aluminium wire, whose import is banned, re-tagged "
         "with a Turkish certificate in Gemlik; Greek wording", {"importer_country": "GR"}),
        ("STR-09", "import", "BEAIR01", "air", "AE", [], "BE", "710491",
         "Lab-grown diamonds, CVD, polished, 1,200 ct", "AE", 0.24, 600, 360000, "USD",
         "lab-grown stones sell for a fraction of mined ones; the lot shows natural inclusions and nitrogen "
         "under a spectroscope: natural Russian diamonds, whose import is banned even after cutting abroad, "
         "declared as synthetic from Dubai; English wording", {"importer_country": "BE"}),
        ("STR-10", "export", "DKAIR01", "express", "DK", [], "CN", "901480",
         "Ekkolod til fiskefartøjer, transducere, 10 stk.", "DK", 60, 10, 140000, "EUR",
         "fish-finder transducers cost a few hundred euros; these are towed hydrophone array sections "
         "(6A001), which need a licence, to a Qingdao 'fisheries' buyer; Danish wording", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "MZ", [], "PT", "440729",
         "Tacos de pau-ferro para cabos de facas, 4 t", "MZ", 4000, None, 36000, "USD",
         "pau-ferro is South American; near-black, oily billets from Mozambique at 9 USD/kg are African "
         "blackwood (Dalbergia melanoxylon, CITES App. II), without an export permit; Portuguese wording",
         {"importer_country": "PT"}),
        ("WLF-02", "import", "NLAIR01", "express", "US", [], "NL", "091030",
         "Kurkuma-wortel, gedroogd, gemalen, 15 kg", "US", 15, 3, 2700, "USD",
         "turmeric costs a few dollars a kilo; at 180 USD/kg the bitter yellow root powder is goldenseal "
         "(Hydrastis canadensis, CITES App. II, roots included), to a herbal firm; Dutch wording",
         firm("Kruidenhuis Zeeland BV", "NL")),
        ("WLF-03", "import", "CZAIR01", "air", "MX", [], "CZ", "010620",
         "Eslizones de lengua azul (Tiliqua), criados en cautividad, 12 ej.", "MX", 8, 12, 1800, "USD",
         "blue-tongued skinks are Australian and not bred in Mexico; the beaded black-and-yellow lizards are "
         "Guatemalan and Mexican beaded lizards (Heloderma, CITES App. I and II), wild-caught; Mexican Spanish "
         "wording", {"importer_country": "CZ"}),
        ("WLF-04", "import", "ITSEA01", "sea", "ID", [], "IT", "410792",
         "Kulit sapi cetak motif reptil, 1.200 lembar", "ID", 1800, 1200, 42000, "USD",
         "embossed cowhide has a regular printed grain; these skins have real scale rows and belly scutes: water "
         "monitor (Varanus salvator, CITES App. II) without an export permit; Indonesian wording", {"importer_country": "IT"}),
        ("WLF-05", "import", "GBPOST01", "post", "US", [], "GB", "060290",
         "Venus flytrap plants, tissue culture, 30 pcs", "US", 2, 30, 60, "USD",
         "the dormant rhizomes are pitcher plants, wild-dug green pitcher plant (Sarracenia oreophila, CITES "
         "App. I), not Dionaea from a lab; American English wording", person("Private individual", "GB")),
        ("WLF-06", "import", "FRAIR01", "air", "US", [], "FR", "160432",
         "Caviar de choupique (Amia calva), boîtes 250 g, 160", "US", 40, 160, 24000, "USD",
         "bowfin roe is black and cheap; these grey eggs at 600 USD/kg are American paddlefish roe (Polyodon "
         "spathula, CITES App. II) without a permit; French wording (paddlefish repeats; the bowfin cover is new)",
         {"importer_country": "FR"}),
        ("WLF-07", "transit", "NLAIR01", "air", "CA", ["NL"], "HK", "121120",
         "고려인삼, 건조, 재배, 60 kg", "CA", 60, None, 54000, "USD",
         "Korean ginseng does not grow in Ontario; small, ringed, forked roots at 900 USD/kg are wild American "
         "ginseng (Panax quinquefolius, CITES App. II), in transit through Amsterdam; Korean wording (American "
         "ginseng repeats; the Korean-ginseng cover in transit is new)", {"importer_country": "HK"}),
        ("WLF-08", "import", "ESSEA01", "sea", "BR", [], "ES", "920992",
         "Escalas de ébano de Macassar para violão, 300 pçs", "BR", 120, 300, 2100, "USD",
         "Macassar ebony grows in Sulawesi, not Brazil; the striped brown fingerboards with a rose scent are "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I), to a luthiers' supplier; Brazilian Portuguese "
         "wording (Dalbergia nigra repeats; the Macassar-ebony cover is new)", {"importer_country": "ES"}),
        ("WLF-09", "import", "BEAIR01", "express", "MG", [], "BE", "060290",
         "Boutures d'euphorbes hybrides, pépinière, 50 pcs", "MG", 3, 50, 400, "EUR",
         "the 'cuttings' are wild-dug tubers of Euphorbia cylindrifolia and E. francoisii (CITES App. I and II), "
         "not nursery hybrids; French wording", person("Particulier", "BE")),
        ("WLF-10", "import", "ESROAD01", "road", "MA", [], "ES", "010620",
         "Agamas de colores (Agama agama), criados en granja, 60 ej.", "MA", 25, 60, 600, "EUR",
         "rainbow agamas are West African; these spiny-tailed lizards from the Moroccan desert are Uromastyx "
         "nigriventris (CITES App. II), wild-caught, in a van off the Tanger Med ferry; Spanish wording "
         "(Uromastyx appears in one earlier row; the agama cover and the ferry route are new)",
         {"importer_country": "ES"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "express", "US", "LV", "284700",
     "Hydrogen peroxide 35 %, 2 x 3.8 l, for a licensed private mushroom grower", "US", 8.5, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "LV-VP-33-0071")], "peroxide above 12 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "HUROAD01", "road", "RS", "HU", "280700",
     "Battery acid, sulphuric acid 37 %, 4 x 5 l, for a licensed private vintage-car restorer", "RS", 26, 4, 40, "EUR",
     [("PRECURSOR_LICENCE", "HU-ORFK-33-0214")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "850760",
     "Waste lithium-ion EV traction batteries, damaged, for recycling, 20 t", "NL", 20000, 80, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-33-0588")], "notified waste batteries to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "321519",
     "Waste printing inks and press-wash residues (08 03 12*), for incineration, 18 t", "CH", 18000, 90, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-33-0841")], "notified ink waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 1 l, for a university laboratory", "US", 16, 10, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-33-0017")], "an ODS for laboratory use under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "CN", "DE", "290346",
     "HFC-227ea, 100 kg cylinders, 20 pcs, quota holder's import for fire-protection servicing", "CN", 2000, 20, 30000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-33-0392")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "711790",
     "Merovingian garnet cloisonné disc brooch, 7th century, ex old French collection, sold to a US museum, 1 pc", "FR", 0.05, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-33-0612")], "an archaeological object with its export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970191",
     "Oil on canvas, Sevillian school, 17th century, saint, sold at auction, 1 pc", "ES", 14, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-33-0377")], "an old painting with its export permit"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "TW", "370790",
     "Positive photoresist for 193 nm lithography, 40 bottles, for a named wafer fab", "NL", 40, 40, 96000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-33-0733"), ("END_USER_CERTIFICATE", "TW-BOFT-EUC-33-0419")],
     "3C002 resist under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKAIR01", "air", "DK", "KR", "901480",
     "Towed hydrophone array sections, 10 pcs, for a national oceanographic institute", "DK", 60, 10, 140000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-33-0185"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-33-0662")],
     "6A001 hydrophone arrays under licence to a named laboratory"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "MZ", "PT", "440729",
     "African blackwood billets (Dalbergia melanoxylon), for woodwind instruments, 3 t", "MZ", 3000, None, 30000, "USD",
     [("CITES_PERMIT", "MZ-ANAC-33-00214")], "App. II blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "US", "FR", "160431",
     "Paddlefish caviar (Polyodon spathula), farmed, 250 g tins, 120", "US", 30, 120, 16000, "USD",
     [("CITES_PERMIT", "US-FWS-33-04418")], "App. II paddlefish roe with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jānis Bērziņš", "PRM-03": "Hanbit Battery Recycling Co", "PRM-05": "Institut für Analytische Chemie",
    "PRM-07": "Walters Art Museum", "PRM-10": "Korea Institute of Ocean Science", "PRM-11": "Oficina de Sopros Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("285390", "Demineralised battery top-up water, 5 l cans, to a car-parts wholesaler", "import", ["road"], ["RS", "TR"], (0.3, 0.6), (8000, 16000), ["EUR"], 0.2, S),
    ("310590", "Hydroponic nutrient A+B set, 1 l bottles", "import", ["express"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1, S),
    ("280920", "pH Down, phosphoric acid 25 %, 1 l bottles", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 1, S),
    ("284700", "Hydrogen peroxide 3 %, first-aid, 250 ml bottles", "import", ["post"], ["GB", "US"], (6, 12), (1, 3), ["GBP", "USD"], 4, S),
    ("250100", "Water-softener salt tablets, 25 kg bags", "import", ["road"], ["CH", "TR"], (0.2, 0.4), (18000, 24000), ["EUR", "CHF"], 0.04, S),
    ("282731", "Magnesium chloride flakes, pet-safe ice melt, 10 kg bags", "import", ["road", "sea"], ["GB", "IL"], (0.4, 0.7), (12000, 22000), ["EUR", "GBP"], 0.1, S),
    ("291412", "Methyl ethyl ketone, drums, to a paint factory", "import", ["sea"], ["US", "KR"], (1.0, 1.6), (14000, 20000), ["USD"], None, S),
    ("291619", "Potassium sorbate, food grade, granules, to a bakery supplier", "import", ["sea"], ["CN"], (4, 6), (5000, 12000), ["USD"], None, S),
    ("380894", "Surface disinfectant, peroxide 3 %, 5 l cans", "import", ["road"], ["TR", "CH"], (1.5, 3), (4000, 10000), ["EUR", "CHF"], 0.2, S),
    ("870333", "New ambulances, diesel, van-based, to a health ministry", "export", ["sea"], ["GH", "SN"], (18, 28), (9000, 18000), ["EUR"], 0.00033, S),
    ("850760", "Lithium-ion home storage batteries, new, with warranty", "import", ["sea"], ["CN", "KR"], (6, 10), (8000, 16000), ["USD"], 0.02, S),
    ("271019", "Lubricating oil, new, 208 l drums", "export", ["sea"], ["TG", "GH"], (1.5, 2.5), (16000, 22000), ["EUR"], None, S),
    ("321519", "Offset printing inks, new, 2.5 kg tins", "import", ["sea"], ["JP", "CN"], (4, 8), (4000, 10000), ["USD"], 0.4, S),
    ("871200", "Bicycles, new, boxed", "import", ["sea"], ["TW", "KH"], (12, 20), (6000, 12000), ["USD"], 0.07, S),
    ("850710", "Car starter batteries, new, lead-acid", "import", ["sea"], ["KR", "TR"], (2.5, 4), (16000, 22000), ["USD", "EUR"], 0.06, S),
    ("720529", "Cast steel grit, new, for shot blasting", "import", ["sea"], ["TR", "CN"], (0.8, 1.3), (20000, 25000), ["USD"], None, S),
    ("860210", "Diesel-electric locomotives, new", "import", ["sea"], ["US"], (25, 35), (100000, 120000), ["USD"], 0.00001, S),
    ("841850", "Ice-cream display freezers, R-290, new", "import", ["sea"], ["CN", "TR"], (5, 8), (6000, 12000), ["USD", "EUR"], 0.007, S),
    ("841829", "Absorption minibars, ammonia-water, hotel type", "import", ["sea"], ["CN"], (3.5, 5.5), (5000, 9000), ["USD"], 0.05, S),
    ("853720", "Ring main units 12 kV, vacuum and dry-air insulated, new", "import", ["sea"], ["CN", "TR"], (7, 11), (10000, 20000), ["USD", "EUR"], 0.0012, S),
    ("390729", "Polyether polyol, water-blown spray-foam component", "import", ["sea"], ["TR", "KR"], (1.8, 2.6), (16000, 22000), ["USD", "EUR"], None, S),
    ("280421", "Argon, welding grade, 50 l cylinders", "import", ["road"], ["UA", "RS"], (1.5, 3), (3000, 8000), ["EUR"], 0.05, S),
    ("291479", "Fluoroketone fire-suppression fluid FK-5-1-12, drums", "import", ["sea"], ["US", "CN"], (25, 40), (2000, 6000), ["USD"], None, S),
    ("830629", "Bronze deer figurines, new, lost-wax cast", "import", ["sea"], ["TR", "IN"], (8, 14), (1000, 3000), ["USD"], 0.4, S),
    ("711420", "Silver-plated brass bowls, new", "import", ["sea"], ["IN", "TR"], (10, 18), (1000, 3000), ["USD"], 1, S),
    ("711719", "Glass-stone costume brooches, new", "import", ["post"], ["CN", "IN"], (30, 60), (1, 2), ["USD"], 40, S),
    ("741022", "Imitation gold leaf (Dutch metal), booklets", "import", ["post"], ["CN", "DE"], (20, 40), (1, 3), ["USD"], 20, S),
    ("711790", "Replica bronze fibulae for re-enactment, new", "import", ["post"], ["GB", "UA"], (40, 80), (1, 2), ["GBP", "EUR"], 20, S),
    ("490199", "Facsimile edition of a medieval missal, new", "import", ["post"], ["GB", "US"], (30, 60), (2, 4), ["GBP", "USD"], 0.5, S),
    ("680293", "Engraved granite garden stones, new", "import", ["sea"], ["CN", "IN"], (0.6, 1.1), (18000, 24000), ["USD"], 0.01, S),
    ("970191", "Hand-painted oil reproductions on canvas, new", "import", ["sea"], ["CN"], (8, 15), (1000, 3000), ["USD"], 0.2, S),
    ("691390", "Ceramic museum replica figurines, new", "import", ["sea"], ["TR", "CN"], (3, 6), (2000, 6000), ["USD", "EUR"], 1, S),
    ("370790", "Screen-printing photo emulsion, 1 l tubs", "import", ["air"], ["US", "JP"], (20, 40), (100, 400), ["USD"], 1, S),
    ("851762", "Managed network switches, 48 ports, new", "import", ["air"], ["CN", "TW"], (60, 120), (300, 1200), ["USD"], 0.2, S),
    ("852691", "GPS pet trackers, retail", "import", ["express"], ["CN", "GB"], (150, 300), (1, 2), ["USD", "GBP"], 15, S),
    ("920120", "Grand pianos, new, to a music dealer", "import", ["sea"], ["JP", "CN"], (25, 45), (2000, 5000), ["USD"], 0.003, S),
    ("901480", "Fish finders, sonar, consumer, new", "import", ["sea"], ["US", "JP"], (60, 120), (1000, 3000), ["USD"], 0.5, S),
    ("440729", "Pau-ferro (Libidibia ferrea) billets, FSC", "import", ["sea"], ["BR", "BO"], (3, 5), (4000, 10000), ["USD"], None, S),
    ("091030", "Turmeric root, dried, ground", "import", ["sea"], ["IN"], (2, 3.5), (10000, 18000), ["USD"], None, S),
    ("410792", "Embossed cowhide, reptile print, finished", "import", ["sea"], ["IN", "BR"], (12, 20), (2000, 6000), ["USD"], 0.6, S),
    ("121120", "Korean red ginseng roots, cultivated, boxed", "import", ["air"], ["KR"], (60, 120), (100, 500), ["USD"], 2, S),
    ("920992", "Guitar fingerboards, roasted maple", "import", ["sea"], ["CN", "ID"], (15, 30), (500, 2000), ["USD"], 8, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 19 rows dropped and 1 replaced, then EVERYDAY_2032_ADDED and 6 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Ginger, fresh",
          "Beef, fresh, boneless", "Frozen chicken cuts", "Frozen shrimps, vannamei", "Honey, natural, drums",
          "Milk powder, whole", "Inflatable kayaks", "Electric scooters, new, with battery",
          "Gelatin capsules, empty", "Cumin seeds, whole", "Marble slabs, polished", "Steel scaffolding parts"],
    replace={
        "Instant noodles, retail packs": ("210310", "Soy sauce, bottled", "import", ["sea"], ["CN", "JP"], (1.5, 3), (10000, 18000), ["USD"], 1.5, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR"], (6, 10), (5000, 10000), ["USD", "EUR"], 5, N),
        ("940360", "Wooden dining tables", "import", ["sea"], ["VN", "ID"], (3, 5), (6000, 12000), ["USD"], 0.03, N),
        ("851310", "LED torches, rechargeable", "import", ["sea"], ["CN"], (8, 14), (2000, 5000), ["USD"], 4, N),
        ("330499", "Face creams, retail jars", "import", ["express", "post"], ["KR", "GB"], (40, 90), (1, 3), ["USD", "GBP"], 5, N),
        ("190531", "Butter biscuits, tins", "export", ["road"], ["CH", "NO"], (4, 7), (8000, 14000), ["EUR"], 2, N),
        ("950691", "Yoga mats and dumbbells", "import", ["sea"], ["CN", "IN"], (2, 4), (6000, 12000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind46", 20331101, HERE)


if __name__ == "__main__":
    main()
