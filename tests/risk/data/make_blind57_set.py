#!/usr/bin/env python3
"""Writes the fifty-seventh blind set (tests/risk/data/blind57-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2035, with goods, routes,
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
eggs, animal by-products included) appear only in the permitted or disguised rows, and
goods whose importer must hold an authorisation (steel, HFC-charged equipment) are left
out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. One disguised row is one of four parcels of a split consignment (its
note says so). Ids are BL57-*:

    python3 tests/risk/data/make_blind57_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "US", [], "PL", "380894",
         "Środek do dezynfekcji jaj wylęgowych, koncentrat, 4 x 5 l", "US", 22.6, 4, 90, "USD",
         "hobby poultry keepers spray or dip hatching eggs in disinfectants of a few per cent, sold in litre bottles; "
         "twenty litres weighing 22.6 kg (1.13 kg/l) in cans with vented caps, whose inner labels read '35 % food "
         "grade', are hydrogen peroxide above 12 % (Annex I), which a member of the public may not acquire without a "
         "licence, for a private person; Polish wording (hydrogen peroxide repeats in many sets, once as a salmon-farm "
         "bath; the hatching-egg disinfectant cover is new as far as a search found)", person("Anna Kowalska", "PL")),
        ("PRE-02", "import", "ESAIR01", "express", "GB", [], "ES", "381400",
         "Diluínte para tinguidura de cantos de coiro, 4 x 1 l", "GB", 4.6, 4, 65, "GBP",
         "leather edge dyes are thinned with water or a little alcohol, and the thinners come in 100 ml bottles; "
         "these four litres weigh 1.14 kg/l, smell faintly fruity and the inner labels give CAS 75-52-5: "
         "nitromethane at about 98 % (Annex I above 16 %), for a private person with no leather workshop; Galician "
         "wording (nitromethane repeats in many sets, five times as a glue debonder; the leather edge-dye thinner "
         "cover is new as far as a search found)", person("Particular", "ES")),
        ("PRE-03", "import", "CYPOST01", "post", "GB", [], "CY", "382499",
         "Κιτ επαργύρωσης καθρεπτών, ενεργοποιητής, 6 x 1 l", "GB", 8.4, 6, 70, "GBP",
         "mirror-silvering kits hold a silver salt, a reducer and an activator in bottles of 100-250 ml; the six "
         "litre bottles of 'activator' weigh 1.40 kg/l, give off brown fumes when opened and turn a copper wire "
         "green: about 65 % nitric acid (Annex I above 3 %), posted to a private person although corrosive liquids "
         "may not go by post; Greek wording from Cyprus (nitric acid repeats in many sets as gold-testing, jewellers' "
         "pickling and etching acids; the mirror-silvering activator is new as far as a search found)",
         person("Ιδιώτης", "CY")),
        ("PRE-04", "import", "LVPOST01", "post", "CN", [], "LV", "330730",
         "Vannas bumbu pamatmaisījums, bez smaržas, 4 x 2,5 kg", "CN", 10, 4, 45, "USD",
         "bath-bomb base is baking soda and citric acid, a soft powder that fizzes in water; this hard, glassy "
         "white crystal does not fizz, the inner bags carry the oxidiser pictogram and CAS 3811-04-9, and a grain "
         "flares on a hot plate: potassium chlorate (Annex I above 40 %), posted to a private person; Latvian "
         "wording (potassium chlorate repeats in many sets; the bath-bomb cover is new as far as a search found)",
         person("Privātpersona", "LV")),
        ("PRE-05", "import", "FIPOST01", "post", "CN", [], "FI", "360690",
         "Grillin sytytysrakeet, 4 x 2,5 kg", "CN", 10, 4, 40, "USD",
         "barbecue firelighters are wax-soaked wood fibre or paraffin cubes that smell of oil; these loose white "
         "crystals have no smell, dissolve in water and carry CAS 7775-09-9 on the inner bags: sodium chlorate "
         "(Annex I above 40 %), posted to a private person; Finnish wording (sodium chlorate repeats in many sets, "
         "once as a roof-moss remover; the barbecue-firelighter cover is new as far as a search found)",
         person("Yksityishenkilö", "FI")),
        ("PRE-06", "import", "BGPOST01", "post", "CN", [], "BG", "250700",
         "Бяла каолинова глина за маски за лице, 2,5 кг", "CN", 2.5, 1, 12, "USD",
         "one of four 2.5 kg parcels posted by the same Shenzhen sender on the same day to four different names at "
         "one flat in Plovdiv; cosmetic kaolin is a soft, greasy clay powder that does not dissolve, and these are "
         "fine white crystals that dissolve at once and whose bag gives CAS 7778-74-7: potassium perchlorate "
         "(Annex I above 40 %), split so that each parcel looks like a cosmetics purchase; Bulgarian wording "
         "(potassium perchlorate repeats in many sets, and a split into parcels appears once, as eleven parcels of "
         "one drink to one address; the face-mask clay cover and four names at one address are new as far as a "
         "search found)", person("Частно лице", "BG")),
        ("PRE-07", "import", "PTPOST01", "post", "CN", [], "PT", "390690",
         "Neve artificial em pó para decoração de Natal, 5 x 1 kg", "CN", 5, 5, 30, "USD",
         "artificial-snow powder is sodium polyacrylate, a few grams of which swell into a fluffy gel in water; "
         "these crystals do not swell but dissolve, draw moisture from the air, and the bags give CAS 7791-07-3: "
         "sodium perchlorate (Annex I above 40 %), posted to a private person; Portuguese wording (sodium "
         "perchlorate repeats in about twenty rows; the artificial-snow cover is new as far as a search found)",
         person("Sra. Ana Silva", "PT")),
        ("PRE-08", "import", "BEAIR01", "express", "GB", [], "BE", "310210",
         "Technische ureumkorrels voor zelfgemaakte AdBlue, 2 x 25 kg", "GB", 50, 2, 70, "GBP",
         "people who mix their own AdBlue buy technical urea, 46 % N, which dissolves in water with a slight chill; "
         "these prills turn water ice-cold, melt on a hot plate, and the sack print reads 'N 34,4 %': ammonium "
         "nitrate (Annex I at 16 % N or more) for a private person; Flemish wording (ammonium nitrate under a urea "
         "label repeats once, as 24 t of 'agricultural urea'; the home-made AdBlue cover to a private person is new "
         "as far as a search found)", person("Jan Peeters", "BE")),
        ("PRE-09", "import", "LUROAD01", "road", "CH", [], "LU", "382499",
         "Bëtong-Ätzmëttel fir Garagebuedem, 4 x 5 l", "CH", 36.8, 4, 90, "CHF",
         "concrete etchers used before an epoxy floor coat are citric or sulphamic acid, sold as powders or "
         "liquids of about 1.1 kg/l; twenty litres weighing 36.8 kg (1.84 kg/l), oily and charring a paper "
         "tissue, are concentrated sulphuric acid (Annex I above 15 %), for a private person; Luxembourgish wording "
         "(sulphuric acid repeats, as battery electrolyte, drain cleaners and an espresso descaler; the garage-floor "
         "etcher and Luxembourg are new as far as a search found)", person("Privatpersoun", "LU")),
        ("PRE-10", "import", "CZAIR01", "express", "HK", [], "CZ", "821300",
         "Nůžky a pinzety pro aquascaping, sada 6 ks", "CN", 1.2, 6, 45, "USD",
         "an aquascaping order to a private person whose third line, 'algae treatment concentrate', is four 5-litre "
         "cans weighing 24 kg (1.20 kg/l), with vented caps and a peeled label reading 'H2O2 50 %': hydrogen "
         "peroxide above 12 % (Annex I); aquarium algae treatments are dosed in millilitres from 250 ml bottles; "
         "Czech wording (hydrogen peroxide repeats, aquarium and pond covers among others; hidden as the third line "
         "of an aquascaping order from Hong Kong it is new as far as a search found)",
         {"consignee_name": "Soukromá osoba", "importer_country": "CZ",
          "_more_items": [item("253090", "Aktivní substrát pro akvarijní rostliny, 4 x 9 l", "JP", 36, 120, "USD", qty=4),
                          item("382499", "Koncentrát proti řasám, 4 x 5 l", "CN", 24, 60, "USD", qty=4)]}),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "AL", "940210",
         "Tandartsstoelen, gebruikt, werkend, schenking aan klinieken, 18 stuks", "BE", 3600, 18, 1800, "EUR",
         "eighteen dental units stripped out of Flemish practices and 'donated' to clinics near Durrës still carry "
         "their amalgam separators, full to the brim, and loose separator pots in the cabinets: amalgam waste "
         "(18 01 10*), about half mercury, whose export to a non-OECD country is banned, and the chairs themselves "
         "have burnt-out motors and cracked hoses; Flemish wording (amalgam-separator sludge repeats four times as "
         "'dental silver alloy scrap'; whole dental chairs as a donation to Albania are new as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "GN", "841311",
         "Distributeurs de carburant d'occasion, reconditionnables, 24 unités", "FR", 7200, 24, 4800, "EUR",
         "twenty-four fuel dispensers pulled out of closed rural filling stations, sold to a Conakry buyer at 200 EUR "
         "each 'for reconditioning', with petrol still in their hoses and meters, filters full of tank-bottom sludge "
         "and corroded electronics: discarded equipment contaminated with hydrocarbons, hazardous waste whose export "
         "to a non-OECD country is banned; French wording (fuel dispensers and filling-station scrap are new as far "
         "as a search found; dug-out heating-oil tanks appear once)", {"importer_country": "GN"}),
        ("WST-03", "export", "MTSEA01", "sea", "MT", [], "LY", "560811",
         "Xbieki tas-sajd użati, għall-użu mill-ġdid, 18-il tunnellata", "MT", 18000, None, 900, "EUR",
         "18 t of bluefin-tuna farm nets and trawl nets, torn, tangled with rope, weed and shells and still "
         "carrying their lead-cored lines, sold to a Misrata buyer 'for reuse' at 5 EUR a tonne: waste fishing gear, "
         "plastic waste with lead, whose export to a non-OECD country is banned (Regulation 2024/1157); Maltese "
         "wording (used fishing nets with lead lines repeat in several rows, as bales for reuse and nylon scrap; "
         "tuna-farm nets from Malta to Libya are new as far as a search found)", {"importer_country": "LY"}),
        ("WST-04", "transit", "ITSEA01", "sea", "US", ["IT"], "GH", "840734",
         "Used engines, tested runners, 200 pcs", "US", 30000, 200, 20000, "USD",
         "two hundred car engines pulled at a New Jersey salvage yard and trans-shipped at Gioia Tauro for Tema, "
         "undrained, with oil, coolant and fuel in them and several cracked blocks weeping oil into the container: "
         "parts of end-of-life vehicles containing hazardous liquids, hazardous waste whose transit through the "
         "Union needs a notification, which was not made, and whose import Ghana has not consented to; US English "
         "wording (undrained used engines repeat twice, as French exports; trans-shipped at Gioia Tauro from the "
         "United States to Ghana they are new as far as a search found)", {"importer_country": "GH"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "SN", "940549",
         "Luminarias de alumbrado público usadas, para reutilización, 1.200 unidades", "ES", 14400, 1200, 3600, "EUR",
         "1,200 street lanterns taken down when a Galician town changed to LED, sold to a Dakar buyer at 3 EUR each "
         "'for reuse', with their mercury-vapour and sodium lamps still fitted, broken tubes loose in the crates and "
         "old ballast capacitors that may hold PCBs: discarded electrical equipment with hazardous components "
         "(16 02 13*, 20 01 21*), hazardous waste whose export to a non-OECD country is banned; Spanish wording "
         "(mercury lamps repeat; street lanterns from an LED changeover are new as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-06", "import", "PLRAIL01", "rail", "UA", [], "PL", "720449",
         "Брухт чорних металів HMS 1&2, 1 200 т", "UA", 1200000, None, 264000, "USD",
         "HMS 1&2 is clean cut steel; these open wagons hold burnt-out armoured-vehicle hulls and trucks from the "
         "front, with hydraulic oil, fuel residues, batteries, loose cartridge cases and a fuze found at the first "
         "check: mixed war scrap, not green-listed ferrous scrap, whose import from a non-OECD country for "
         "recovery needs notification and consent, which were not sought (and it must be cleared of munitions "
         "first); Ukrainian wording (war scrap is new as far as a search found; contaminated ferrous scrap repeats)",
         {"importer_country": "PL"}),
        ("WST-07", "export", "LTAIR01", "air", "LT", [], "AE", "847130",
         "Naudoti nešiojamieji kompiuteriai, C klasė, atnaujinimui, 2 t", "LT", 2000, 1000, 6000, "EUR",
         "a thousand laptops collected from companies for recycling, sold by weight at 6 EUR each to a Dubai "
         "trader who ships on to Africa, untested, many without screens or keyboards and with swollen batteries: "
         "waste electrical equipment with batteries (16 02 13*, A1180), hazardous waste whose export to a non-OECD "
         "country is banned; flown because the buyer pays by the kilo; Lithuanian wording (e-waste laptops repeat; "
         "by air through Dubai from Vilnius they are new as far as a search found)", {"importer_country": "AE"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "CD", "630900",
         "Vêtements usagés, triés, en balles, 12 t", "BE", 12000, None, 9600, "EUR",
         "a second-hand clothing container for Matadi whose third line, 'engine oil for generators', is forty "
         "200-litre drums of black, gritty drained crankcase oil collected from garages: waste mineral oil "
         "(13 02 05*), hazardous waste whose export to a non-OECD country is banned; Belgian French wording (used "
         "oil repeats, with base-oil and cooking-oil covers; hidden in a used-clothing container to the Congo it is "
         "new as far as a search found)",
         {"importer_country": "CD",
          "_more_items": [item("640299", "Chaussures usagées, en sacs, 3 t", "BE", 3000, 1500, "EUR"),
                          item("271019", "Huile moteur pour groupes électrogènes, fûts 200 l, 40 fûts", "BE", 7000, 400, "EUR", qty=40)]}),
        ("WST-09", "import", "ITROAD01", "road", "CH", [], "IT", "681182",
         "Lastre ondulate in fibrocemento, di recupero, per riutilizzo, 24 t", "CH", 24000, None, 1200, "EUR",
         "corrugated fibre-cement roofing made before 1990 in Switzerland held asbestos; these grey sheets, torn off "
         "Ticino barns with broken edges and moss, test as chrysotile cement: asbestos waste (17 06 05*), whose "
         "import for disposal or 'reuse' needs notification and consent, and whose reuse is banned in Italy; Swiss "
         "Italian wording (asbestos repeats in many forms; reclaimed asbestos-cement sheets from Ticino are new as "
         "far as a search found)", {"importer_country": "IT"}),
        ("WST-10", "export", "SKRAIL01", "rail", "SK", [], "UA", "860610",
         "Použité železničné cisternové vozne, na ďalšiu prevádzku, 10 ks", "SK", 240000, 10, 60000, "EUR",
         "ten 1970s tank wagons withdrawn from heavy-oil service, sold 'for further operation' to a Ukrainian "
         "buyer at scrap price, with expired brake certificates, 2-3 t of tarry residue in each tank and asbestos "
         "lagging on the heating coils: wagons for breaking, hazardous waste whose export to a non-OECD country is "
         "banned; Slovak wording (rolling stock for breaking repeats as passenger coaches and trams; oil tank wagons "
         "are new as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "US", [], "DE", "382499",
         "Kältespray für die Vitalitätsprüfung, Propan/Butan, 200 ml, 24 Dosen", "US", 7.2, 24, 480, "USD",
         "dentists test the vitality of a tooth with a cold spray on a cotton pellet; today's sprays are propane, "
         "butane or HFC, but these 24 cans, old stock from a closed US dental depot bought by a Bavarian practice, "
         "read 'dichlorodifluoromethane' in the small print and reach -50 °C: CFC-12 in a product, whose import is "
         "banned (Regulation 2024/590); German wording (CFC-12 repeats in many sets; sports cold sprays appear "
         "once with HFC; the dental pulp-testing spray is new as far as a search found)",
         {"importer_name": "Zahnarztpraxis Dr. M. Vogel", "consignee_name": "Zahnarztpraxis Dr. M. Vogel",
          "importer_country": "DE"}),
        ("OZN-02", "import", "PLROAD01", "road", "UA", [], "PL", "290349",
         "Перфторгексан, теплоносій, балони по 20 кг, 10 шт.", "UA", 200, 10, 2400, "EUR",
         "perfluorohexane is a liquid that boils at 56 °C and is sold in drums; these pressure cylinders hold a "
         "liquid that boils at 47 °C and a laboratory test gives 1,2-dibromotetrafluoroethane, halon 2402, drained "
         "from the fire-suppression bottles of Soviet armoured vehicles and sold to Polish collectors who restore "
         "them to running order: halons may not be imported except for listed critical uses under licence "
         "(Regulation 2024/590); Ukrainian wording (halon 2402 repeats about twelve times; the perfluorohexane "
         "label and the vehicle-restoration buyers are new as far as a search found)", {"importer_country": "PL"}),
        ("OZN-03", "import", "GRSEA01", "sea", "EG", [], "GR", "290346",
         "غاز تبريد R-236fa، أسطوانات 50 كجم، 12 قطعة", "EG", 600, 12, 9000, "USD",
         "R-236fa is the HFC that replaced CFC-114 in the chillers of warships and old cargo ships; these twelve "
         "cylinders, bought from an Alexandria ship chandler by a Perama repair yard, read the pressure of R-114 and "
         "a gas test gives 1,2-dichlorotetrafluoroethane, CFC-114, whose import is banned (Regulation 2024/590); "
         "Arabic wording from Egypt (CFC-114 repeats twice, as cryofluorane and as an 'R-114 substitute'; under an "
         "R-236fa label for ship chillers it is new as far as a search found)",
         {"importer_name": "Perama Ship Repairs IKE", "consignee_name": "Perama Ship Repairs IKE", "importer_country": "GR"}),
        ("OZN-04", "export", "ITSEA01", "sea", "IT", [], "AL", "841850",
         "Vetrine per gelato usate, funzionanti, 30 pz", "IT", 9000, 30, 12000, "EUR",
         "thirty gelato display cabinets built in the 1990s and replaced in Italian gelaterie, sold to Tirana still "
         "charged with their original HCFC-22, as the nameplates and a leak test show: the export of equipment that "
         "contains or relies on HCFCs is banned (Regulation 2024/590); Italian wording (gelato cabinets repeat "
         "several times as HFC imports; used ones charged with HCFC-22 exported to Albania are new as far as a "
         "search found)", {"importer_country": "AL"}),
        ("OZN-05", "import", "FRAIR01", "air", "US", [], "FR", "842410",
         "Extincteurs portatifs à agent propre 2-BTP (Halotron BrX), 2,5 kg, 40 pièces", "US", 160, 40, 6400, "USD",
         "2-BTP is the new clean agent that replaces halon 1211 in aircraft hand extinguishers; these forty, for a "
         "flying club's hangar and aircraft near Toulouse, carry stamped labels over older ones and a gas test gives "
         "bromochlorodifluoromethane, halon 1211, refilled from stocks in the United States: halons may not be "
         "imported except for listed critical uses under licence (Regulation 2024/590); French wording (halon 1211 "
         "repeats in about fifteen rows; the 2-BTP label is new as far as a search found)",
         {"importer_name": "Aéro-Club du Lauragais", "consignee_name": "Aéro-Club du Lauragais", "importer_country": "FR"}),
        ("OZN-06", "transit", "ESSEA01", "sea", "CN", ["ES"], "MA", "291100",
         "发泡剂 甲缩醛（二甲氧基甲烷），钢瓶 1 吨，16 个", "CN", 16000, 16, 24000, "USD",
         "methylal is a flammable liquid sold in drums; these ton tanks, trans-shipped at Algeciras for a "
         "Casablanca foam maker, hold a non-flammable liquid that boils at 24 °C and a laboratory test gives "
         "trichlorofluoromethane, CFC-11: controlled substances may not be brought into the Union without a "
         "licence, transit included (Regulation 2024/590); Chinese wording (CFC-11 repeats in many sets as a "
         "blowing agent; the methylal label and the Algeciras transit are new as far as a search found)",
         {"importer_country": "MA"}),
        ("OZN-07", "export", "NLROAD01", "road", "NL", ["DE", "PL"], "UA", "870421",
         "Gebruikte koelwagens, 12 ton, met koelaggregaat, 8 stuks", "NL", 64000, 8, 72000, "EUR",
         "eight 1998-2001 refrigerated lorries sold to a Ukrainian food distributor with their original transport "
         "refrigeration units, still charged with HCFC-22, as the unit plates and a leak test show: the export of "
         "equipment that contains or relies on HCFCs is banned (Regulation 2024/590); Dutch wording (refrigerated "
         "lorries are new as far as a search found; reefer containers appear once with R-404A)",
         {"importer_country": "UA"}),
        ("OZN-08", "import", "ATROAD01", "road", "TR", [], "AT", "851660",
         "Elektrikli döner ızgaraları, paslanmaz çelik, 20 adet", "TR", 800, 20, 9000, "EUR",
         "a kebab-shop supply order for a Vienna wholesaler whose third line, 'R-404A refrigerant', is thirty "
         "disposable cylinders that read the pressure of HCFC-22, not of R-404A, and a gas test gives "
         "chlorodifluoromethane for topping up old cold rooms: HCFC-22 may not be imported or used for servicing "
         "(Regulation 2024/590); Turkish wording (HCFC-22 under an R-404A label repeats; hidden in a döner-equipment "
         "order it is new as far as a search found)",
         {"importer_name": "Gastro Anadolu Handels GmbH", "consignee_name": "Gastro Anadolu Handels GmbH", "importer_country": "AT",
          "_more_items": [item("843880", "Döner kesme makineleri, elektrikli, 20 adet", "TR", 60, 2400, "EUR", qty=20),
                          item("382762", "Soğutucu gaz R-404A, 10,9 kg tek kullanımlık tüp, 30 adet", "TR", 327, 1800, "EUR", qty=30)]}),
        ("OZN-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290351",
         "制冷剂 R-1234yf，汽车空调用，钢瓶 10 公斤，400 个", "CN", 4000, 400, 12000, "USD",
         "R-1234yf costs tens of dollars a kilogram and, being mildly flammable, comes in left-hand-threaded "
         "cylinders; these 400 right-hand-threaded cylinders at 3 USD/kg, sent by the China-Europe railway to a "
         "Małaszewicze trader, read about 8 bar at 20 °C and a gas test gives HCFC-22: it may not be imported "
         "(Regulation 2024/590); Chinese wording (HCFC-22 repeats in many sets and HFC-134a under an R-1234yf label "
         "three times; HCFC-22 under R-1234yf by rail is new as far as a search found)", {"importer_country": "PL"}),
        ("OZN-10", "import", "BEAIR01", "air", "US", [], "BE", "280421",
         "Argon comprimé pour traitement anoxique des collections, bouteilles 50 l, 6", "US", 300, 6, 1800, "USD",
         "museums kill insects in wooden objects with argon or nitrogen anoxia; these six cylinders for a Brussels "
         "conservation studio hold 50 kg each, where a 50-litre argon cylinder at 200 bar holds about 17 kg, read "
         "only 2 bar, and a test gives bromomethane, the old museum fumigant: methyl bromide may not "
         "be imported or used, for fumigation of any kind (Regulation 2024/590); Belgian French wording (methyl "
         "bromide repeats under many fumigant labels; the museum-anoxia argon label is new as far as a search "
         "found)", {"importer_name": "Atelier de Conservation Sablon SRL", "consignee_name": "Atelier de Conservation Sablon SRL",
                    "importer_country": "BE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLPOST01", "post", "GH", [], "NL", "830629",
         "Brass souvenir weights, handmade, Kumasi, 30 pcs", "GH", 1.2, 30, 45, "USD",
         "new brass weights from Kumasi are bright and sharply cast; these are small, dark, worn figures and "
         "geometric weights (a scorpion, a man with a gun, a Sankofa bird) with old repairs and soil in the recesses: "
         "Akan gold weights (abrammuo, 18th-19th century) bought in villages and sent out without the export permit "
         "Ghana requires for antiquities, so that they may not be brought into the Union (Regulation 2019/880); "
         "Ghanaian English wording (Akan gold weights are new as far as a search found)", person("M. Bakker", "NL")),
        ("CUL-02", "export", "ESPOST01", "post", "ES", [], "GB", "691390",
         "Sellos de barro artesanales, réplica canaria, 5 unidades", "ES", 0.4, 5, 25, "EUR",
         "new pintadera replicas are smooth and evenly fired; these small baked-clay stamps with worn geometric "
         "faces, a pierced handle and volcanic grit in the grooves, sold online by a Gran Canaria seller, are Guanche "
         "pintaderas (roughly AD 500-1500) from cave sites in Gáldar: an archaeological object needs an export "
         "licence from the Union at any value (Regulation 116/2009), and Spanish law makes such finds public "
         "property; Canarian Spanish wording (pintaderas are new as far as a search found)", {"importer_country": "GB"}),
        ("CUL-03", "import", "BESEA01", "sea", "EC", [], "BE", "680299",
         "Banca de piedra para jardín, tallada a mano, nueva, 1 unidad", "EC", 120, 1, 180, "USD",
         "a U-shaped stone seat on a crouching human figure, in grey andesite with a lichen line where it stood "
         "half buried, is a Manteño seat of power (silla de poder, roughly AD 800-1530) from the hills of Manabí: "
         "Ecuador owns its archaeological heritage and forbids its export, and it needs an EU import licence "
         "(Regulation 2019/880); Ecuadorian Spanish wording (Manteño seats are new as far as a search found; Valdivia "
         "and other Ecuadorian antiquities repeat)", {"importer_country": "BE"}),
        ("CUL-04", "transit", "ESAIR01", "air", "PE", ["ES"], "CH", "691390",
         "Vasija de cerámica decorativa, réplica, 1 pieza", "PE", 2.1, 1, 60, "USD",
         "a cream kaolin vessel painted in red and black negative decoration with a modelled warrior and llama on "
         "the top, root marks and a fill of dry earth inside, flown through Madrid to a Geneva dealer, is a Recuay "
         "effigy vessel (roughly AD 1-700) from the Callejón de Huaylas: Peru forbids the export of its "
         "archaeological heritage, and Switzerland may not admit cultural property exported illegally (UNESCO "
         "1970); Peruvian Spanish wording (Recuay is new as far as a search found; Moche, Chancay and other Peruvian "
         "pottery repeat)", {"importer_country": "CH"}),
        ("CUL-05", "export", "ROROAD01", "road", "RO", [], "MD", "691390",
         "Boluri și opaițe din ceramică, decorative, 14 buc.", "RO", 4, 14, 70, "EUR",
         "glossy red bowls with moulded rims and stamped makers' names and small lamps with a relief on the disc, "
         "crusted with earth, are Roman terra sigillata and oil lamps (1st-3rd century) dug with a metal detector "
         "near a Roman fort in Dobrogea: archaeological objects need an export licence from the Union at any value "
         "(Regulation 116/2009), and Romania forbids unlicensed excavation; Romanian wording (Roman lamps and "
         "unguentaria repeat; terra sigillata by road to Moldova is new as far as a search found)",
         {"importer_country": "MD"}),
        ("CUL-06", "import", "ESROAD01", "road", "MA", [], "ES", "680291",
         "Fragment architectural en marbre, décoratif, 1 pièce", "MA", 180, 1, 150, "EUR",
         "a 'decorative' marble slab for a Marbella designer of riad-style villas, carried by lorry through Tanger "
         "Med, bears a Latin dedication to an emperor, with broken edges, old mortar on the back and fresh chisel "
         "marks where it was cut from a wall: a Roman inscription from the region of Volubilis, which Morocco "
         "forbids to export, and which needs an EU import licence (Regulation 2019/880); Moroccan French wording "
         "(a Roman inscription from Morocco by lorry through Tanger Med is new as far as a search found; rock "
         "engravings from Morocco appear once)",
         {"importer_name": "Estudio Riad Costa del Sol SL", "consignee_name": "Estudio Riad Costa del Sol SL",
          "importer_country": "ES"}),
        ("CUL-07", "export", "DKPOST01", "post", "DK", [], "US", "711291",
         "Guldfolie-stumper, skrot, 12 stk.", "DK", 0.01, 12, 300, "EUR",
         "gold scrap is sold by weight to refiners; these twelve thumbnail-sized gold foils, each stamped with a "
         "tiny man or a couple embracing, are guldgubber (6th-8th century) found with a metal detector on Bornholm: "
         "such finds are danefæ, the property of the state, to be handed in, and archaeological objects need an "
         "export licence from the Union at any value (Regulation 116/2009); Danish wording (danefæ appear once as "
         "bronze field finds; guldgubber are new as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "DEAIR01", "air", "ID", [], "DE", "442011",
         "Patung kayu dekoratif, kerajinan Toraja, 1 buah", "ID", 22, 1, 150, "USD",
         "new Toraja carvings are fresh jackfruit wood with bright paint; this life-size standing figure with shell "
         "eyes, a weathered grey surface, old cloth remains and wear on the base from a cliff gallery is a tau-tau, "
         "the effigy of a dead noble taken from a burial cliff in Tana Toraja: Indonesia forbids the export of "
         "cultural property without a permit, and it may not be brought into the Union (Regulation 2019/880); "
         "Indonesian wording (a tau-tau appears once, in a development set; by air to Germany as a craft carving it "
         "is new as far as a search found)", {"importer_country": "DE"}),
        ("CUL-09", "import", "FRAIR01", "air", "SA", [], "FR", "680299",
         "رأس تمثال حجري للزينة، حديث، قطعة واحدة", "SA", 30, 1, 400, "USD",
         "a red sandstone head with a heavy jaw, almond eyes and a broken neck, its surface wind-polished, is from "
         "a colossal Lihyanite statue (roughly 5th-2nd century BC) of Dadan near AlUla: Saudi Arabia forbids the "
         "export of antiquities, and it needs an EU import licence (Regulation 2019/880); Arabic wording from Saudi "
         "Arabia (Lihyanite sculpture is new as far as a search found; a Nabataean inscribed block appears once)",
         {"importer_country": "FR"}),
        ("CUL-10", "import", "ITAIR01", "express", "CO", [], "IT", "691390",
         "Figuras de cerámica artesanal, réplica precolombina, 2 piezas", "CO", 1.6, 2, 40, "USD",
         "two seated men with a bulging cheek, a lime gourd in the hand and burnished red-and-black surfaces, with "
         "tomb earth in the hollows, are Capulí coqueros (roughly AD 800-1500) from shaft tombs in Nariño: Colombia "
         "owns its archaeological heritage and forbids its export, and they need an EU import licence (Regulation "
         "2019/880); Colombian Spanish wording (Capulí figures are new as far as a search found; Tumaco and Quimbaya "
         "pieces repeat)", person("Sig. M. Bianchi", "IT")),
    ],
    "strategic": [
        ("STR-01", "import", "CZAIR01", "air", "CN", [], "CZ", "660200",
         "登山杖，铝合金，带钨钢尖头，300 支", "CN", 270, 300, 1500, "USD",
         "trekking poles telescope, weigh about 250 g and end in one tungsten tip; these are 60 cm rigid steel "
         "batons with a wrist strap and rows of metal spikes along the striking end, for a Brno 'martial-arts and "
         "security' shop: spiked batons, whose import is banned (Regulation 2019/125, Annex II); Chinese wording "
         "(leg irons and stun belts appear once each; spiked batons as trekking poles are new as far as a search "
         "found)", {"importer_name": "Bojové Sporty Morava s.r.o.", "consignee_name": "Bojové Sporty Morava s.r.o.",
                    "importer_country": "CZ"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", ["CN"], "MN", "845811",
         "CNC-Drehmaschinen, gebraucht, für eine Bergbau-Werkstatt, 4 Stück", "DE", 22000, 4, 96000, "EUR",
         "four CNC lathes of 2030 for a newly founded Ulaanbaatar 'mining workshop', shipped to Tianjin and on by "
         "rail, with the notify party in the bill of lading a machinery trader in Irkutsk and the service contract "
         "in Russian: machine tools whose sale, directly or indirectly, for use in Russia is banned (Regulation "
         "833/2014, Annex XXIII), without the no-re-export-to-Russia clause; German wording (CNC lathes repeat, by "
         "rail through Belarus and as a school model; Mongolia as the diversion route is new as far as a search "
         "found)", {"importer_country": "MN"}),
        ("STR-03", "export", "SEAIR01", "express", "SE", [], "PK", "854089",
         "Elektronrör för gitarrförstärkare, 6 st.", "SE", 4.2, 6, 300, "EUR",
         "guitar-amplifier valves are small glass tubes (ECC83, EL34) at 20-60 EUR; these six are ceramic-and-metal "
         "hydrogen thyratrons with a reservoir heater, rated for tens of kilovolts and thousands of amperes, at about "
         "3,000 EUR each, for a Rawalpindi 'music store': thyratrons of this rating are dual-use (3A228) and need "
         "an export licence, and their use as fast switches for firing sets is why; Swedish wording (guitar-"
         "amplifier parts appear once as a cover for other electronics; thyratrons are new as far as a search "
         "found)", {"importer_country": "PK"}),
        ("STR-04", "transit", "BESEA01", "sea", "NO", ["BE"], "CN", "271111",
         "Liquefied natural gas, Norwegian origin, Hammerfest, 70,000 t", "NO", 70000000, None, 38000000, "USD",
         "the cargo reached Zeebrugge on an Arc7 ice-class carrier that serves only the Yamal LNG plant, whose AIS "
         "went dark in the Barents Sea, and is to be reloaded onto a conventional carrier for China; Hammerfest's "
         "plant ships on its own charters: Russian LNG, whose reloading in a Union port for transhipment to third "
         "countries is banned (Regulation 833/2014, Article 3r); English shipping wording (Russian LNG equipment "
         "repeats; LNG transhipment under a Norwegian origin is new as far as a search found)",
         {"importer_country": "CN"}),
        ("STR-05", "import", "DKSEA01", "sea", "TW", [], "DK", "440723",
         "Teak dæksplanker, plantageteak, savet i Taiwan, 20 m3", "TW", 13000, None, 130000, "USD",
         "plantation teak is pale, with wide rings and sapwood; these boards are old-growth teak, dark, oily, with "
         "tight rings and no sapwood, and the Taiwanese sawmill's log invoices trace them to Yangon auctions: "
         "Burmese teak sold through Myanma Timber Enterprise, to which no funds or economic resources may be made "
         "available (Regulation 401/2013, Annex IV), declared as plantation teak for a Svendborg yacht yard; Danish "
         "wording (Myanmar appears in jet-fuel and chemical cases; Burmese teak via Taiwan is new as far as a "
         "search found)", {"importer_name": "Sydfyns Bådebyggeri ApS", "consignee_name": "Sydfyns Bådebyggeri ApS",
                          "importer_country": "DK"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "AM", "620140",
         "Giacche imbottite in nylon, uomo, 200 pz", "IT", 300, 200, 9000, "EUR",
         "an outerwear order for a Yerevan boutique that forwards to Moscow, whose third line, 'fur garments', is "
         "forty full-length mink coats from a Milan furrier declared at 300 EUR each (they sell at about 8,000): "
         "luxury goods over 750 EUR whose sale for use in Russia is banned (Regulation 833/2014, Annex XVIII); "
         "Italian wording (luxury goods via Armenia repeat; mink coats hidden in an outerwear order are new as far "
         "as a search found)",
         {"importer_country": "AM",
          "_more_items": [item("640399", "Stivali in pelle da donna, 120 paia", "IT", 180, 7200, "EUR", qty=120),
                          item("430310", "Capi di abbigliamento in pelliccia, 40 pz", "IT", 80, 12000, "EUR", qty=40)]}),
        ("STR-07", "export", "HUROAD01", "road", "HU", [], "RS", "870121",
         "Használt nyerges vontatók, 2032-es, 6 db", "HU", 48000, 6, 180000, "EUR",
         "six three-year-old tractor units at 30,000 EUR each (they sell at about 80,000) for a Subotica haulier "
         "founded last year, whose trucks are registered in Russia within weeks: road tractors are among the goods "
         "whose sale for use in Russia is banned (Regulation 833/2014, Annex XXIII); Hungarian wording (goods to "
         "Russia via Serbia repeat; tractor units are new as far as a search found)", {"importer_country": "RS"}),
        ("STR-08", "export", "FRSEA01", "sea", "FR", [], "TR", "848790",
         "Pièces de rechange pour yacht : ailerons stabilisateurs, lames de pont en teck, 14 caisses", "FR", 3100, 14, 42000, "EUR",
         "spare stabiliser fins and a teak deck for a 70-metre yacht refitting at Bodrum, ordered by a Monaco "
         "management firm; the yacht's beneficial owner, named in the refit contract, is a Russian businessman on "
         "the Union's asset-freeze list, to whom no economic resources may be made available directly or "
         "indirectly (Regulation 269/2014); French wording (asset-freeze cases are new as far as a search found; "
         "yachts appear as luxury goods)", {"importer_country": "TR"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "US", "300490",
         "Diergeneeskundig anestheticum, oplossing voor injectie, 20 x 100 ml", "NL", 2.6, 20, 700, "EUR",
         "the vials hold pentobarbital sodium at 400 mg/ml, a veterinary euthanasia product, ordered by a US "
         "'compounding pharmacy' whose delivery address is a state penitentiary that carries out executions by "
         "injection: short-acting barbiturates may not be exported without an authorisation (Regulation 2019/125, "
         "Annex III), which was not sought; Dutch wording (execution drugs are new as far as a search found)",
         {"importer_country": "US"}),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "KZ", "930400",
         "Vzduchovky sportovní, ráže 4,5 mm, 40 ks", "CZ", 160, 40, 6000, "EUR",
         "air rifles weigh 3-4 kg and cost 150-400 EUR; these forty weigh the same but the crates hold bolt-action "
         "hunting rifles in .308 Winchester with serial numbers, at about 1,200 EUR each, for an Almaty 'sports "
         "shop' that supplies buyers in Russia: firearms need an export authorisation (Regulation 258/2012), and "
         "their sale for use in Russia is banned (Regulation 833/2014); Czech wording (goods via Kazakhstan repeat; "
         "rifles declared as air rifles are new as far as a search found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "CO", [], "NL", "060290",
         "Plántulas de Phalaenopsis, de laboratorio, 40 unidades", "CO", 1.2, 40, 80, "USD",
         "laboratory Phalaenopsis plantlets come out of flasks with soft, flat leaves and no pseudobulbs; these are "
         "bare-root plants with club-shaped pseudobulbs, single stiff leaves, old flower sheaths and bark still on "
         "the roots: wild-collected Cattleya trianae (CITES App. I), Colombia's national flower, taken from cloud "
         "forest and posted to a private collector without permits; Colombian Spanish wording (Cattleya and the "
         "Phalaenopsis cover are new as far as a search found; other orchids repeat)", person("Mw. E. de Jong", "NL")),
        ("WLF-02", "import", "ATAIR01", "air", "KG", [], "AT", "050790",
         "Үй койдун мүйүздөрү, жасалгалоо үчүн, 1 жуп", "KG", 28, 1, 120, "USD",
         "domestic sheep horns weigh a kilogram or two; this pair weighs 28 kg with the skull plate, curls in a "
         "full circle with deep growth rings and is 150 cm along the curve: the trophy of a Marco Polo argali (Ovis "
         "ammon polii, CITES App. II, Annex B, whose trophies need an export permit and an EU import permit), shot "
         "on an unlicensed hunt in the Pamir and flown out as decoration to a private hunter; Kyrgyz wording (argali "
         "are new as far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-03", "import", "BEAIR01", "air", "MY", [], "BE", "010639",
         "Burung murai kampung (Copsychus saularis), ternakan, 30 ekor", "MY", 3, 30, 900, "USD",
         "oriental magpie-robins are black and white with a short tail; these birds have chestnut bellies, a white "
         "rump and long graduated tails, and are wild-caught white-rumped shamas (Copsychus malabaricus, CITES "
         "App. II since 2023), prized as singing birds, without permits (and wild birds may not be imported into "
         "the Union for health reasons); Malay wording (shamas and the magpie-robin cover are new as far as a search "
         "found; red-whiskered bulbuls appear once)", {"importer_country": "BE"}),
        ("WLF-04", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Hijuelos de Agave americana, de vivero, 30 piezas", "MX", 3, 30, 45, "USD",
         "Agave americana offsets are blue-grey, floppy and fast-growing; these are tight dark-green globes with "
         "white-edged, keeled leaves and a single black spine, bare-rooted with desert grit and old taproots: "
         "wild-dug Agave victoriae-reginae (CITES App. II) from Coahuila, posted to a private collector without an "
         "export permit; Mexican Spanish wording (agaves are new as far as a search found; Mexican cacti repeat)",
         person("Lena Wagner", "DE")),
        ("WLF-05", "import", "SEAIR01", "air", "PK", [], "SE", "071430",
         "خشک رتالو کے ٹکڑے، 300 کلو", "PK", 300, None, 1800, "USD",
         "dried yam slices are white and starchy; these hard, brown, knobbly rhizome pieces taste bitter and come "
         "from the Himalayan foothills of Swat: Dioscorea deltoidea (CITES App. II), a source of diosgenin, dug "
         "wild and sold to a Swedish herbal trader without an export permit; Urdu wording (Dioscorea deltoidea is "
         "new as far as a search found; Himalayan roots such as kutki and mayapple repeat)",
         {"importer_name": "Nordisk Örtimport AB", "consignee_name": "Nordisk Örtimport AB", "importer_country": "SE"}),
        ("WLF-06", "import", "FIPOST01", "post", "GB", [], "FI", "010690",
         "Caribena versicolor spiderlings, captive bred, 10 vials", "GB", 0.2, 10, 600, "GBP",
         "Antilles pinktoe spiderlings are blue with a dark stripe and sell at about 20 GBP; these, at 60 GBP each, "
         "have a metallic blue body with a yellow-and-black banded underside of the legs: Gooty sapphire "
         "tarantulas (Poecilotheria metallica, CITES App. II since 2019), posted from a British breeder without "
         "an export permit or an EU import permit; British English wording (a Poecilotheria case appears once "
         "under a Grammostola cover; the Caribena cover is new as far as a search found)", person("Yksityishenkilö", "FI")),
        ("WLF-07", "import", "ESSEA01", "sea", "CL", [], "ES", "080291",
         "Piñones con cáscara, Pinus pinea, 2 t", "CL", 2000, None, 9000, "USD",
         "stone-pine nuts are small, about 2 cm, with a hard dark shell; these are 4 cm long, pale, pointed seeds "
         "with a leathery coat, gathered in the Araucanía: monkey-puzzle seeds (Araucaria araucana, CITES App. I) "
         "whose commercial trade is banned, declared as stone-pine nuts; Chilean Spanish wording (Araucaria appears "
         "once as timber; its seeds as pine nuts are new as far as a search found)", {"importer_country": "ES"}),
        ("WLF-08", "import", "GRROAD01", "road", "TR", [], "GR", "210690",
         "Hazır sahlep içecek karışımı, 300 kg", "TR", 300, None, 450, "EUR",
         "instant sahlep drink mixes are mostly sugar, milk powder and starch with a little flavouring, sold in "
         "sachets; this is 300 kg in sacks of a pure off-white tuber flour with no sugar in it that thickens milk "
         "at once and smells of orchid: salep, ground tubers of wild orchids (CITES App. II) dug in Anatolia, for a "
         "Thessaloniki wholesaler without an export permit; Turkish wording (salep repeats once under its own name "
         "and twice in development sets; as an instant drink mix it is new as far as a search found)",
         {"importer_name": "Anatoliki Trofima AE", "consignee_name": "Anatoliki Trofima AE", "importer_country": "GR"}),
        ("WLF-09", "import", "HRROAD01", "road", "RS", [], "HR", "010619",
         "Činčile, kućni ljubimci, iz uzgoja, 20 kom", "RS", 14, 20, 1400, "EUR",
         "chinchillas are round grey rodents with big ears and a bushy tail; among them in the same crates six "
         "small animals with tufted white ears, striped tails and claws are common marmosets (Callithrix jacchus, "
         "CITES App. II), primates without permits, for a Zagreb pet shop; Serbian wording (marmosets appear once, "
         "in a development set; hidden among chinchillas they are new as far as a search found)",
         {"importer_name": "Pet Centar Zagreb d.o.o.", "consignee_name": "Pet Centar Zagreb d.o.o.", "importer_country": "HR"}),
        ("WLF-10", "import", "DEAIR01", "air", "ID", [], "DE", "010620",
         "Ular pucuk (Ahaetulla prasina), 40 ekor", "ID", 10, 40, 800, "USD",
         "vine snakes are pencil-thin with a pointed snout and horizontal pupils and are not listed; these are "
         "stout, green or yellow juveniles with heat pits along the lips and a white dorsal line: green tree pythons "
         "(Morelia viridis, CITES App. II) taken from the wild in Papua, without permits; Indonesian wording (green "
         "tree pythons and the vine-snake cover are new as far as a search found)", {"importer_country": "DE"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CYAIR01", "express", "GB", "CY", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user", "GB", 2.8, 2, 30, "GBP",
     [("PRECURSOR_LICENCE", "CY-MJPO-35-0042")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "LUROAD01", "road", "CH", "LU", "280700",
     "Sulphuric acid 96 %, 5 l, for a licensed private user", "CH", 9.2, 1, 35, "CHF",
     [("PRECURSOR_LICENCE", "LU-MJ-35-0009")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITROAD01", "road", "CH", "IT", "681140",
     "Asbestos-cement roofing waste (17 06 05*), wrapped, for a licensed landfill, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-LOM-35-0317")], "notified asbestos waste to a licensed landfill"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "560811",
     "End-of-life fishing nets with lead lines, baled, for recycling at a licensed plant, 20 t", "NO", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "DK-MST-35-0198")], "notified net waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290376",
     "Halon 2402, recycled, 10 cylinders, for the fire-suppression systems of military vehicles (critical use)", "US", 200, 10, 18000, "USD",
     [("ODS_LICENCE", "PL-MKiS-ODS-35-004")], "halon for a listed critical use under licence"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "US", "AT", "290314",
     "Carbon tetrachloride, analytical reagent, 6 x 1 l, for a licensed laboratory", "US", 9.6, 6, 420, "USD",
     [("ODS_LICENCE", "AT-BMK-ODS-35-011")], "controlled substance for laboratory and analytical use under licence"),
    ("PRM-07", "cultural", "import", "NLAIR01", "air", "GH", "NL", "830629",
     "Akan brass gold weights, 19th century, 24 pcs, from a collection documented since 1962", "GH", 0.8, 24, 6000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "GH-GMMB-35-0017")], "ethnographic objects exported with their permit"),
    ("PRM-08", "cultural", "export", "ROROAD01", "road", "RO", "MD", "691390",
     "Roman terra sigillata bowl, 2nd century, from a collection documented since 1938", "RO", 0.6, 1, 3500, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-35-0204")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "export", "SEAIR01", "air", "SE", "IN", "854089",
     "Hydrogen thyratrons, 4 pcs, for a named maker of medical linear accelerators", "SE", 3, 4, 12000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-35-0331"), ("END_USER_CERTIFICATE", "IN-EUC-35-0876")],
     "dual-use thyratrons under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "930330",
     "Bolt-action hunting rifles .308 Win., 10 pcs, for a licensed Norwegian dealer", "CZ", 36, 10, 12000, "EUR",
     [("EXPORT_LICENCE", "CZ-LIC-35-1187"), ("IMPORT_PERMIT", "NO-POD-35-0452")],
     "civilian firearms exported with an export authorisation and the importing country's permit"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "KG", "AT", "050790",
     "Hunting trophy, Marco Polo argali (Ovis ammon polii), horns and skull plate, 1", "KG", 28, 1, 0, "USD",
     [("CITES_PERMIT", "KG-SAEPF-35-0041"), ("IMPORT_PERMIT", "AT-BMK-CITES-35-0127")],
     "App. II trophy with its export permit and the EU import permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "CO", "NL", "060290",
     "Cattleya trianae, artificially propagated, flasked seedlings, 20 flasks", "CO", 6, 20, 400, "USD",
     [("CITES_PERMIT", "CO-ANLA-35-0212")], "App. I orchids artificially propagated, with their permit"),
]

CONSIGNEES = {
    "PRM-01": "Ιδιώτης", "PRM-02": "Privatpersoun", "PRM-04": "Nordsø Plast Genvinding A/S",
    "PRM-06": "Umweltanalytik Wien GmbH", "PRM-07": "Mw. E. de Jong", "PRM-11": "Thomas Gruber",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("380894", "Hatching-egg disinfectant, 2 % peroxide based, 1 l", "import", ["express"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1, S),
    ("381400", "Leather edge-dye thinner, water based, 250 ml", "import", ["post"], ["GB", "US"], (15, 30), (1, 2), ["GBP", "USD"], 4, S),
    ("382499", "Mirror-silvering hobby kit, silver salt and reducer, 250 ml bottles", "import", ["express"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 2, S),
    ("330730", "Bath bombs, retail boxes", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 5, S),
    ("360690", "Barbecue firelighter cubes, wax and wood fibre", "import", ["sea"], ["CN", "TR"], (1, 2), (4000, 10000), ["USD", "EUR"], 2, S),
    ("250700", "Cosmetic white kaolin clay, 250 g", "import", ["post"], ["GB", "US"], (15, 30), (1, 2), ["GBP", "USD"], 4, S),
    ("390690", "Artificial snow powder, sodium polyacrylate, 100 g", "import", ["post"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 10, S),
    ("310210", "Technical urea granules for AdBlue production, 25 kg bags", "import", ["sea"], ["EG", "QA"], (0.4, 0.6), (20000, 26000), ["USD"], None, S),
    ("382499", "Concrete etcher, citric-acid based, 5 l", "import", ["road"], ["CH", "GB"], (2, 4), (2000, 6000), ["CHF", "GBP"], 0.2, S),
    ("821300", "Aquascaping scissors and tweezers", "import", ["express"], ["HK", "CN"], (30, 60), (1, 2), ["USD"], 5, S),
    ("940210", "Dental chairs, new", "export", ["sea"], ["AL", "MA"], (10, 18), (1000, 4000), ["EUR"], 0.005, S),
    ("841311", "Fuel dispensers for filling stations, new", "export", ["sea"], ["GN", "SN"], (12, 20), (1500, 6000), ["EUR"], 0.003, S),
    ("560811", "Fishing nets, nylon, new", "export", ["sea"], ["LY", "TN"], (6, 10), (2000, 8000), ["EUR"], None, S),
    ("840734", "Remanufactured car engines, drained, crated", "export", ["sea"], ["GH", "NG"], (5, 9), (6000, 15000), ["EUR"], 0.006, S),
    ("940542", "LED street-light luminaires, new", "export", ["sea"], ["SN", "CI"], (12, 20), (2000, 8000), ["EUR"], 0.1, S),
    ("720449", "Ferrous scrap HMS 1&2, radiation-checked", "import", ["sea"], ["US", "GB"], (0.3, 0.45), (20000, 26000), ["USD", "GBP"], None, S),
    ("630900", "Used clothing, sorted for reuse, bales", "export", ["sea"], ["GH", "KE"], (0.6, 1.2), (10000, 20000), ["EUR"], None, S),
    ("681182", "Cellulose fibre-cement roofing sheets, new", "import", ["road"], ["CH"], (0.6, 1.0), (15000, 24000), ["CHF", "EUR"], 0.05, S),
    ("860610", "Railway tank wagons, new", "export", ["rail"], ["UA", "RS"], (4, 6), (20000, 25000), ["EUR"], 0.00004, S),
    ("382499", "Dental cold spray for pulp testing, propane and butane, 200 ml", "import", ["express"], ["US", "CH"], (40, 70), (1, 3), ["USD", "CHF"], 3, S),
    ("290349", "Perfluorohexane heat-transfer fluid, drums", "import", ["air", "sea"], ["US", "JP"], (40, 70), (200, 1000), ["USD"], None, S),
    ("841850", "Gelato display cabinets, propane (R-290), new", "export", ["sea"], ["AL", "TN"], (8, 14), (1500, 6000), ["EUR"], 0.003, S),
    ("842410", "Foam fire extinguishers 6 l, new", "import", ["sea"], ["CN", "TR"], (2, 4), (4000, 10000), ["USD", "EUR"], 0.1, S),
    ("291100", "Methylal (dimethoxymethane), technical, drums", "import", ["sea"], ["CN", "KR"], (1.0, 1.6), (10000, 20000), ["USD"], None, S),
    ("280421", "Argon 4.6, compressed, returnable cylinders", "import", ["road"], ["CH", "NO"], (3, 6), (500, 2000), ["CHF", "NOK"], 0.06, S),
    ("851660", "Electric döner kebab grills, new", "import", ["road"], ["TR"], (8, 14), (500, 2000), ["EUR"], 0.025, S),
    ("830629", "Brass souvenir figurines, Kumasi, new", "import", ["post"], ["GH"], (20, 40), (1, 2), ["USD"], 20, S),
    ("691390", "Canarian clay stamp replicas, handmade, new", "export", ["post"], ["GB", "US"], (30, 60), (1, 2), ["EUR"], 10, S),
    ("680299", "Carved volcanic-stone garden benches, new", "import", ["sea"], ["EC", "CN"], (1, 2), (4000, 10000), ["USD"], 0.01, S),
    ("691390", "Ceramic replicas of pre-Columbian vessels, new", "import", ["express"], ["PE", "CO"], (30, 60), (1, 3), ["USD"], 1, S),
    ("691390", "Ceramic oil-lamp replicas, Roman style, new", "export", ["road"], ["MD", "RS"], (8, 14), (200, 800), ["EUR"], 5, S),
    ("690722", "Zellige mosaic tiles, Fez, new", "import", ["road", "sea"], ["MA"], (1.5, 3), (6000, 16000), ["EUR"], None, S),
    ("711319", "Gold foil pendants, hallmarked, new", "export", ["post"], ["US", "GB"], (3000, 6000), (1, 2), ["EUR"], 100, S),
    ("442011", "Carved teak statuettes, Toraja style, new", "import", ["sea"], ["ID"], (4, 8), (1000, 4000), ["USD"], 0.2, S),
    ("660200", "Trekking poles, aluminium, tungsten tips", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 2, S),
    ("845811", "CNC lathes, standard precision, new", "export", ["road"], ["CH"], (15, 25), (3000, 12000), ["EUR", "CHF"], 0.0002, S),
    ("854089", "Guitar-amplifier valves, ECC83 and EL34", "import", ["express"], ["CN", "US"], (200, 400), (1, 2), ["USD"], 40, S),
    ("271111", "Liquefied natural gas, Norwegian", "import", ["sea"], ["NO"], (0.45, 0.7), (60000000, 80000000), ["USD", "NOK"], None, S),
    ("440723", "Plantation teak decking, FSC certified", "import", ["sea"], ["CR", "EC"], (5, 9), (8000, 16000), ["USD"], None, S),
    ("620140", "Men's padded nylon jackets", "export", ["air", "road"], ["AM", "GE"], (20, 35), (300, 1500), ["EUR"], 1.5, S),
    ("071430", "Dried yam slices (Dioscorea alata)", "import", ["sea"], ["NG", "GH"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("080292", "Pine nuts, shelled, Pinus koraiensis", "import", ["sea"], ["CN"], (20, 35), (5000, 12000), ["USD"], None, S),
    ("210690", "Instant sahlep-flavoured drink mix, starch based, retail", "import", ["road"], ["TR"], (3, 5), (2000, 6000), ["EUR"], 4, S),
]

# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind54), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows, blind56's four rows and three rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
        ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
        ("950691", "Yoga mats, TPE", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 1, N),
        ("391739", "Garden hoses, PVC, 25 m", "import", ["sea", "road"], ["CN", "TR"], (2, 3.5), (5000, 10000), ["USD", "EUR"], 0.3, N),
        ("660191", "Folding umbrellas", "import", ["sea"], ["CN"], (6, 10), (2000, 5000), ["USD"], 3, N),
        ("691200", "Stoneware coffee mugs", "import", ["sea"], ["CN", "TH"], (1.5, 2.5), (5000, 10000), ["USD"], 3, N),
        ("482010", "Paper notebooks, A5, retail packs", "import", ["sea"], ["CN", "VN"], (2, 3.5), (4000, 10000), ["USD"], 4, N),
        ("940320", "Metal shelving units, flat-packed", "import", ["sea", "road"], ["CN", "TR"], (1.5, 2.5), (6000, 14000), ["USD", "EUR"], 0.05, N),
        ("392410", "Plastic food-storage boxes", "import", ["sea"], ["CN", "TR"], (2.5, 4), (3000, 8000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind57", 20350901, HERE)


if __name__ == "__main__":
    main()
