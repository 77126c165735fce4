#!/usr/bin/env python3
"""Writes the sixty-eighth blind set (tests/risk/data/blind68-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2037, with goods, routes,
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
declaration would. Ids are BL68-*:

    python3 tests/risk/data/make_blind68_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "AR", [], "ES", "250100",
         "Sal para secado de cueros y trofeos de caza, 6 x 1 kg", "AR", 6, 6, 35, "USD",
         "taxidermists salt capes and skins with coarse, cheap sodium chloride by the sack; these six 1 kg bags of "
         "fine crystals run wet within an hour in the air, flare on a hot plate and carry CAS 7601-89-0 on the inner "
         "bags: sodium perchlorate (Annex I above 40 %), sent by express from Córdoba to a private person in Cáceres "
         "who holds no taxidermy business; Rioplatense Spanish wording (sodium perchlorate repeats in many sets, and taxidermy covers hid peroxide; a hide-drying salt for hunting trophies is new as far as a search found)", person("Particular", "ES")),
        ("PRE-02", "import", "FRPOST01", "post", "CA", [], "FR", "381400",
         "Diluant pour encres de tatouage, 4 x 1 L", "CA", 4.6, 4, 60, "CAD",
         "tattoo-ink thinners are witch hazel, glycerine and a little alcohol at about 1.0 kg/l; these four litres "
         "weigh 1.14 kg/l, smell faintly fruity, will not mix with the glycerine they should be made of, and the "
         "inner labels read 'nitrométhane 96 %': nitromethane (Annex I above 16 %), posted from Montréal to a private "
         "person in Rennes who runs no studio, although flammable liquids may not go by post; Québec French wording "
         "(nitromethane repeats in many sets, and tattoo-supply covers repeat: a stencil-transfer fluid hid it once; an ink thinner from Québec by post is new as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "HUPOST01", "post", "RS", [], "HU", "440131",
         "Гориво за пчеларску димилицу, пелет, 5 x 1 кг", "RS", 5, 5, 25, "EUR",
         "beekeepers' smoker fuel is wood or hessian pellets at a few euros a kilo, brown and fibrous; these are "
         "hard white crystals in plastic bags, with no fibre in them, that spit and flare violet on a hot plate, and "
         "the inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from Novi Sad to a "
         "private person in Szeged who keeps no bees; Serbian Cyrillic wording (potassium chlorate repeats in many sets, and a bee-smoker fuel hid ammonium nitrate once; the Serbian postal route is new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-04", "import", "PLAIR01", "express", "GB", [], "PL", "382499",
         "Mieszanka do świec tlenowych dla nurków jaskiniowych, 4 x 5 kg", "GB", 20, 4, 90, "GBP",
         "cave divers breathe from cylinders filled at a licensed station and buy no oxygen-candle fillings; "
         "chemical oxygen candles are sealed, certified cartridges, not loose powder; these four tubs of white "
         "crystals with a little iron powder carry CAS 7775-09-9: about 90 % sodium chlorate (Annex I above 40 %), "
         "sent by express to a private person in Kraków; Polish wording (sodium chlorate repeats in many sets, and oxygen-candle refills hid it in some of them; a cave-diving cover from Britain is new as far as a search found)", person("Piotr Nowak", "PL")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "310530",
         "Nutrient pentru drojdii de vin (fosfat diamoniu), 10 x 5 kg", "MD", 50, 10, 60, "EUR",
         "wine-yeast nutrient is diammonium phosphate, dosed at 20-30 g per hectolitre and sold in 1 kg tubs; 50 kg "
         "would feed a large winery, and these white prills cake in damp air, turn ice-cold in water and melt and "
         "fizz on a hot plate with no smell of ammonia phosphate; the inner bag print reads 'N 34,4 %': ammonium "
         "nitrate (Annex I at 16 % N or more), brought in a minibus from Chișinău for a private person in Iași who "
         "makes no wine; Romanian wording (ammonium nitrate repeats in many sets, and yeast-nutrient covers hid it several times, once in Romanian; the minibus from Moldova is new as far as a search found)", person("Persoană fizică", "RO")),
        ("PRE-06", "import", "ITPOST01", "post", "CH", [], "IT", "340290",
         "Detergente per pistoni di ottoni (tromba, flicorno), 3 x 1 l", "CH", 4.2, 3, 45, "CHF",
         "valve cleaners for brass instruments are mild soapy solutions sold in 100 ml bottles; these three litres "
         "in glass under vented caps give off brown fumes when opened, stain the skin yellow and weigh 1.40 kg/l: "
         "about 65 % nitric acid (Annex I above 3 %), posted from Lugano to a private person in Como who plays in no "
         "band, although corrosive liquids may not go by post; Ticino Italian wording (nitric acid repeats in many "
         "sets; a brass-instrument valve cleaner is new as far as a search found)", person("Privato", "IT")),
        ("PRE-07", "import", "BEAIR01", "express", "US", [], "BE", "381010",
         "Pickle pour bijoutiers, prêt à l'emploi, 4 x 1 gal", "US", 27.9, 4, 70, "USD",
         "jewellers' pickle is sold as sodium bisulphate granules ('safety pickle') that the user dissolves at about "
         "10 % in a warm crock; these four gallons are oily, water-clear, weigh 1.84 kg/l and char a paper towel: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express to a private person in Liège; French "
         "wording (sulphuric acid repeats in many sets, and a jewellers'-pickle cover hid nitric acid once; sulphuric acid under it, by express from the US, is new as far as a search found)",
         person("Mme L. Dupont", "BE")),
        ("PRE-08", "import", "HRPOST01", "post", "BA", [], "HR", "381090",
         "Topitelj za hobi livenje aluminija (flux), 5 x 1 kg", "BA", 5, 5, 30, "EUR",
         "hobby casting fluxes are chloride-fluoride salt mixtures, grey and slightly damp, sold by the 500 g tub; "
         "this fine white powder is bone-dry, tastes of nothing, does not melt at aluminium temperature but burns "
         "violently with sugar, and the inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), "
         "posted from Tuzla to a private person in Osijek; Bosnian wording (potassium perchlorate repeats in many "
         "sets; a foundry-flux cover is new as far as a search found)", person("Privatna osoba", "HR")),
        ("PRE-09", "import", "SEROAD01", "road", "NO", [], "SE", "340290",
         "Teakrens del A, båtpleie, 4 x 5 l", "NO", 24, 4, 900, "NOK",
         "teak cleaners 'part A' for boat decks are oxalic-acid powders or mild acid gels sold by the litre; these "
         "four 5 l cans are liquid, vent through their caps, whiten the skin and carry UN 2015 under the label: about "
         "50 % hydrogen peroxide (Annex I above 12 %), from a Norwegian chandler for a private summer house on the "
         "Swedish west coast, declared in a private car at Svinesund; Norwegian wording (hydrogen peroxide repeats in "
         "many sets and teak appears in some; a teak-cleaner cover by car from Norway is new as far as a search found)",
         person("Privatperson", "SE")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "310430",
         "Potassium sulphate, fertiliser grade, 25 kg bags, 20 t", "CN", 20000, 800, 9000, "USD",
         "potassium sulphate fertiliser costs about 0.6 USD/kg and comes as grey granules; these white crystals in "
         "inner bags marked 'KClO3' at 0.45 USD/kg go to a Łódź marketplace seller that re-packs them in 1 kg "
         "'garden' bags for the public: 20 t of potassium chlorate (Annex I above 40 %) brought by the China-Europe "
         "rail service for sale to private persons; English wording (potassium chlorate repeats, above and in many "
         "sets; a fertiliser cover by rail for a re-packing marketplace seller is new as far as a search found)",
         firm("Zielony Ogród Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "PK", "890399",
         "Brugte glasfiberbåde til istandsættelse, 14 stk., containere", "DK", 42000, 14, 7000, "EUR",
         "second-hand boats sold for refitting are sold one by one with their papers; these fourteen 1970s-80s "
         "hulls have no engines, no papers and holes cut in the deck, carry tributyltin antifouling and oily bilges "
         "with old batteries, at 500 EUR a boat: end-of-life recreational craft, hazardous waste (16 01 04*, TBT paint "
         "08 01 11*) whose export to a non-OECD country is banned, for a Karachi 'marine workshop' that breaks boats "
         "for fibreglass; Danish wording (used fibreglass boats repeat as waste in several sets; TBT-painted hulls to Pakistan are new as far as a search found)", {"importer_country": "PK"}),
        ("WST-02", "export", "GRROAD01", "road", "GR", ["MK"], "AL", "854143",
         "Μεταχειρισμένα φωτοβολταϊκά πάνελ, λειτουργικά, 900 τεμ.", "GR", 16000, 900, 4500, "EUR",
         "used photovoltaic panels for reuse are tested, stacked with corner protectors and sold with a test report; "
         "these thin-film cadmium-telluride modules from a hail-damaged Thessaly park are cracked, loose in the "
         "trailer, without junction boxes or test sheets, at 5 EUR a panel: WEEE containing cadmium (16 02 13*, "
         "Basel A1180), hazardous waste whose export to a non-OECD country is banned, for a Korçë scrap dealer; "
         "Greek wording (solar panels repeat as e-waste in many sets; cadmium-telluride modules by road to Albania are "
         "new as far as a search found)", {"importer_country": "AL"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "EG", "281820",
         "Sfere di allumina per supporto catalizzatori, rigenerabili, big bag, 18 t", "IT", 18000, None, 1800, "EUR",
         "new alumina catalyst carrier is white, clean and sold at several euros a kilo; these grey-black extrudates "
         "smell of sulphur and hydrocarbons, heat up when the bags are opened and hold nickel and molybdenum: spent "
         "hydrotreating catalyst from a refinery (16 08 02*, self-heating), hazardous waste whose export to a "
         "non-OECD country is banned, at 0.10 EUR/kg for an Alexandria 'metal recovery' firm; Italian wording (spent "
         "catalysts repeat in many sets; a catalyst-carrier cover to Egypt is new as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "IN", "370790",
         "Fijador fotográfico, excedente de almacén, 20 GRG", "ES", 20000, 20, 1000, "EUR",
         "surplus fixer is sold in sealed, labelled retail containers with a shelf life; these twenty IBCs are "
         "dark, smell of sulphur, hold a black silver sludge at the bottom and carry hospital radiology stickers: "
         "spent fixer from X-ray departments (09 01 04*), hazardous waste collected for silver recovery whose export "
         "to a non-OECD country is banned, for a Mumbai refiner; Spanish wording (photographic fixer repeats in some "
         "sets; spent hospital fixer declared as surplus stock to India is new as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-05", "export", "FRROAD01", "road", "FR", ["ES"], "MA", "271500",
         "Agrégats d'enrobés bitumineux recyclés, semi-remorque, 24 t", "FR", 24000, None, 480, "EUR",
         "reclaimed asphalt planings are black, uniform granules from road surfaces; these are torn sheets of old "
         "roofing felt, nails and roofing boards mixed with black lumps that smell of naphthalene and mark a "
         "UV lamp: tar-based roofing waste with coal tar (17 03 01*, 17 03 03*), hazardous waste whose export to a "
         "non-OECD country is banned, taken by road and the Algeciras ferry to a Tangier 'road builder'; French "
         "wording (coal-tar roofing felt appears twice; sold as asphalt planings by road and ferry to Morocco is new as far as a search found)", {"importer_country": "MA"}),
        ("WST-06", "export", "SKRAIL01", "rail", "SK", [], "UA", "250590",
         "Kremičitý piesok, prírodný, vagóny, 120 t", "SK", 120000, None, 1200, "EUR",
         "natural silica sand is pale and loose; these wagons carry black, lumpy sand bound with burnt resin, with "
         "metal prills and core remnants, smelling of phenol: used foundry sand from an iron foundry with phenolic "
         "binders (10 09 07*), hazardous waste whose export to a non-OECD country is banned, for a Uzhhorod "
         "'construction' firm; Slovak wording (foundry sand repeats in some sets; by rail to Ukraine as natural sand "
         "is new as far as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "DEPOST01", "post", "DE", [], "IN", "711299",
         "Silberlegierungsreste aus Zahnarztpraxis, 1 Paket", "DE", 4, 1, 150, "EUR",
         "dental silver alloy scrap is clean filings sold to a licensed refiner in the EU; this parcel holds the "
         "grey paste and capsules of an amalgam separator and old amalgam fillings, about half of it mercury: "
         "dental amalgam waste (18 01 10*), hazardous waste whose export to a non-OECD country is banned and which "
         "may not be posted, from a dental practice in Hanover to a Jaipur 'silver buyer'; German wording (dental amalgam as silver scrap repeats in many sets, to Mumbai among others; by post to Jaipur is new as far as a search found)",
         {"importer_country": "IN", "consignee_name": "Shree Silver Refiners"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "271019",
         "Óleo hidráulico para elevadores de oficina, 40 tambores de 200 l", "PT", 8000, 40, 400, "EUR",
         "hydraulic oil is clear amber and sold sealed at 2-3 EUR/kg; these forty drums, loaded beside a second-hand "
         "garage outfit for Luanda, are black, watery, smell of petrol and hold brake fluid and coolant, at 0.05 "
         "EUR/kg: mixed waste oils (13 02 08*, 13 01 13*), hazardous waste whose export to a non-OECD country is "
         "banned; Portuguese wording (waste oil repeats in many sets; waste oil as lift oil with a garage outfit to "
         "Angola is new as far as a search found)", {"importer_country": "AO"}),
        ("WST-09", "transit", "BESEA01", "sea", "GB", ["BE"], "CM", "901890",
         "Blood pressure monitors, used, hospital donation, 400 pcs", "GB", 1800, 400, 800, "GBP",
         "donated monitors are automatic cuff devices with their chargers; these are wall and desk "
         "sphygmomanometers with glass mercury columns, withdrawn from NHS wards and boxed with broken ones leaking "
         "beads of mercury: mercury-containing equipment withdrawn from use (16 02 13*, 20 01 21*), hazardous waste "
         "sent through Antwerp in transit to a Douala 'medical NGO' whose export to a non-OECD country is banned; "
         "British English wording (mercury sphygmomanometers as a hospital donation repeat in several sets; in transit through Antwerp to Cameroon is new as far as a search found)", {"importer_country": "CM"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "271019",
         "Lako loživo ulje, cisterna, 24 t", "HR", 24000, None, 4800, "EUR",
         "light heating oil is clear red or yellow; this tanker load is black, smells of burnt engine oil, holds "
         "water and metal fines, and costs 0.20 EUR/kg against about 1 EUR/kg for heating oil: used engine oil "
         "collected from garages (13 02 05*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Mostar 'heating-fuel trader' that burns it untreated; Croatian wording (waste oil repeats in many sets, above too, and as heating oil in one development row; a tanker by road to Bosnia is new as far as a search found)",
         {"importer_country": "BA"}),
    ],
    "ozone": [
        ("ODS-01", "import", "DEPOST01", "post", "US", [], "DE", "340399",
         "Thread tapping fluid, 6 x 16 oz", "US", 3.2, 6, 50, "USD",
         "modern tapping fluids are oil- or ester-based; these cans weigh 1.34 kg/l, smell sweet and chlorinated, "
         "evaporate from the skin at once and carry an old 'contains 1,1,1-trichloroethane' label: methyl "
         "chloroform, an ozone-depleting substance (Annex I group V) whose import is banned (Regulation 2024/590), "
         "posted from a US surplus seller to a private person in Bielefeld; US English wording (1,1,1-trichloroethane "
         "repeats in many sets and tapping fluid in two; the row is kept for its postal route and wording)",
         person("Anna Schmidt", "DE")),
        ("ODS-02", "import", "FRAIR01", "express", "JP", [], "FR", "340290",
         "レコードクリーナー液（業務用）, 4 x 1 L", "JP", 6.3, 4, 80, "USD",
         "record-cleaning fluids are distilled water, alcohol and a surfactant; these four litres weigh 1.57 kg/l, "
         "evaporate in seconds without leaving a film and the can print reads 'CFC-113 (フロン113)': "
         "trichlorotrifluoroethane, an ozone-depleting substance (Annex I group I) whose import is banned "
         "(Regulation 2024/590), sent by express from a Tokyo audio shop to a private person in Paris; Japanese "
         "wording (CFC-113 repeats in many sets and record-cleaning fluid hid it twice; a Japanese audio-shop route is "
         "new as far as a search found)", person("Sophie Bernard", "FR")),
        ("ODS-03", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "FK-5-1-12 (Novec 1230) söndürücü, 6 kg, 40 adet", "TR", 400, 40, 2400, "EUR",
         "FK-5-1-12 extinguishers are low-pressure units nitrogen-charged to 25 bar whose agent is a liquid that "
         "sloshes; these forty cylinders are old, repainted, hiss a gas that is liquid only under pressure, and the "
         "stamped valves read 'BCF': halon 1211, an ozone-depleting substance (Annex I group III) whose import is "
         "banned outside critical uses, at 60 EUR each against several hundred for FK-5-1-12 units, for a Plovdiv "
         "fire-safety shop; Turkish wording (halon 1211 repeats in many sets and FK-5-1-12 labels in a few; the row "
         "is kept for its Turkish road route)", firm("Огнезащита Пловдив ЕООД", "BG")),
        ("ODS-04", "import", "SESEA01", "sea", "CA", [], "SE", "841869",
         "Used ice rink refrigeration package / groupe frigorifique de patinoire usagé, skid-mounted", "CA", 12000,
         1, 45000, "CAD",
         "a second-hand rink chiller from a Québec arena that closed, bought by a Swedish bandy club; its nameplate "
         "says R-22, the receiver still holds 600 kg of it, and the sale sheet lists it 'ready to run': equipment "
         "containing and relying on HCFC-22 (Annex I group VIII), whose import is banned (Regulation 2024/590); "
         "bilingual Canadian wording (ice-rink plants repeat in a few sets; a Canadian arena to a bandy club is new as "
         "far as a search found)", firm("Bandyklubb Vänersborg IF", "SE")),
        ("ODS-05", "import", "GRSEA01", "sea", "IL", [], "GR", "271113",
         "גז בוטן לקמפינג, קרטושים 227 גרם, 2,400 יח'", "IL", 1100, 2400, 2600, "USD",
         "camping butane cartridges are bayonet or screw-valve cans of 227 g at about 1 USD each; these cans are "
         "heavy for their size (liquid at 1.73 kg/l), have needle-valve tops for a tent dispenser, carry a "
         "'warning: poison' label under the sleeve and give no flame: 1 lb cans of methyl bromide (Annex I group VI) "
         "for greenhouse fumigation, whose import is banned (Regulation 2024/590), for a Crete vegetable grower; "
         "Hebrew wording (methyl bromide repeats in many sets and butane labels in some; 1 lb fumigant cans as camping "
         "gas from Israel are new as far as a search found)", firm("Kritiki Agrotiki AE", "GR")),
        ("ODS-06", "import", "NLAIR01", "express", "IN", [], "NL", "290323",
         "Tetrachloroethylene AR grade, for CTC activity test of activated carbon, 6 x 2.5 l", "IN", 24, 6, 150,
         "USD",
         "the carbon-tetrachloride activity test of activated carbon (ASTM D3467) needs carbon tetrachloride, and "
         "labs that still run it buy it under an essential-use licence; perchloroethylene weighs 1.62 kg/l and these "
         "bottles weigh 1.59 kg/l, with original labels 'Carbon tetrachloride' under the overlabels: carbon "
         "tetrachloride, an ozone-depleting substance (Annex I group IV) imported without a licence for a Rotterdam "
         "carbon trader's lab; Indian English wording (carbon tetrachloride repeats in many sets; an "
         "activated-carbon test reagent is new as far as a search found)", firm("Carbo Delta Trading BV", "NL")),
        ("ODS-07", "import", "NLSEA01", "sea", "CN", [], "NL", "382790",
         "Refrigerant R-514A (HFO-1336mzz(Z) blend), for low-pressure centrifugal chillers, 20 drums", "CN", 5000,
         20, 26000, "USD",
         "R-514A is an expensive HFO blend; these drums cost half its price, boil at 27 °C as HCFC-123 does, and "
         "the gas analysis of one drum shows 2,2-dichloro-1,1,1-trifluoroethane: HCFC-123 (Annex I group VIII), whose "
         "import is banned (Regulation 2024/590), for a chiller-service firm in Eindhoven; English wording (HCFC-123 "
         "and R-514A repeat in a few sets; the row is kept for its drum quantity and price)",
         firm("Koeltechniek Zuid BV", "NL")),
        ("ODS-08", "export", "FRSEA01", "sea", "FR", [], "CI", "382764",
         "R-407C régénéré, bouteilles de 11,3 kg, 120 unités", "FR", 1356, 120, 5400, "EUR",
         "reclaimed R-407C is sold with a reclaim certificate and a gas analysis; these cylinders hold a single "
         "gas boiling at -41 °C with no glide, and the recovery labels under the new stickers read 'R22 récupéré': "
         "recovered HCFC-22 (Annex I group VIII), whose export is banned except for destruction (Regulation "
         "2024/590), for an Abidjan refrigeration wholesaler; French wording (R-22 relabelled as an HFC blend "
         "repeats in many sets; reclaimed-R-407C labels for export to Côte d'Ivoire are new as far as a search found)",
         {"importer_country": "CI"}),
        ("ODS-09", "import", "ITAIR01", "express", "CN", [], "IT", "300490",
         "冷冻喷雾（去疣）, 医用, 24 罐", "CN", 4.8, 24, 70, "USD",
         "wart-freezing sprays sold to the public are small dimethyl-ether/propane cans with foam applicators; "
         "these 24 large cans have no applicators and carry a 'R12 / CCl2F2' print under the sleeve: "
         "dichlorodifluoromethane (CFC-12, Annex I group I), whose import is banned (Regulation 2024/590), sent "
         "by express to a private person in Bologna; Chinese wording (CFC-12 repeats in many sets and wart sprays in "
         "some; the row is kept for its Chinese express route)", person("Giulia Rossi", "IT")),
        ("ODS-10", "import", "GRSEA01", "sea", "CN", [], "GR", "841430",
         "Trawler refrigeration spares: compressors, valves, refrigerant R-507", "CN", 3800, 6, 14000, "USD",
         "a spares container for a Kavala trawler fleet: the compressors and valves are everyday goods, but the "
         "fifty 'R-507' cylinders hold a gas boiling at -41 °C (R-507 boils at -47 °C) and their valve stamps read "
         "R-22: HCFC-22 (Annex I group VIII), whose import is banned (Regulation 2024/590), hidden as the last item "
         "of a three-item spares declaration; English wording (R-22 relabelled repeats in many sets, once as R-442A for trawler fish holds; a three-item spares container for Kavala is new as far as a search found)",
         dict(firm("Kavala Fishing Supplies AE", "GR"),
              _more_items=[item("848180", "Expansion valves and solenoid valves, 200 pcs", "CN", 300, 3000, "USD",
                                qty=200),
                           item("382764", "Refrigerant R-507, 50 cylinders of 11.3 kg", "CN", 565, 3000, "USD",
                                qty=50)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "GE", [], "DE", "691490",
         "Керамические черепки для мозаики, 2 коробки", "GE", 18, 2, 40, "USD",
         "mosaic sherds are broken modern tiles and plates; these are worn red-clay fragments of amphorae with "
         "stamped handles in Greek letters, black-glazed sherds and sea-encrusted pieces: finds dug at Chersonesos "
         "in occupied Crimea (a UNESCO site), sent by express through Tbilisi to a Munich collector; Ukraine forbids "
         "the export of its archaeological finds, and the goods are banned from import (UNESCO 1970, sanctions on "
         "Crimea); Russian wording (Crimean finds repeat in some sets; Chersonesos sherds as mosaic material are new "
         "as far as a search found)", person("Privatperson", "DE")),
        ("CUL-02", "import", "ATAIR01", "express", "TR", [], "AT", "780600",
         "Olta kurşunu, eski, karışık, 1 kg", "TR", 1, 120, 30, "EUR",
         "fishing sinkers are cast drops and balls with a wire eye; these 120 lead discs have a channel for a cord, "
         "a bust of a saint or emperor on one side and Greek inscriptions on the other: Byzantine lead seals "
         "(molybdoboulla), detected finds exported from Türkiye without permission (UNESCO 1970; Regulation 2019/880 "
         "for finds over 250 years old), sent by express to a Vienna private collector; Turkish wording (lead seals as fishing weights repeat in several sets, from Türkiye too; the row is kept for its Turkish wording and its express route to Austria)",
         person("Thomas Gruber", "AT")),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "392690",
         "Statuine da presepe in resina, 30 pezzi", "IT", 40, 30, 300, "EUR",
         "resin crib figures are moulded and identical; these thirty have carved wooden limbs, terracotta heads "
         "with glass eyes and silk clothes worn thin: an 18th-century Neapolitan presepe worth some 80,000 EUR, an "
         "antique group over 100 years old above the value threshold of Regulation 116/2009 (category 15) and protected "
         "heritage under the Italian Code, taken by car to a Lugano dealer without an export licence; Italian wording "
         "(crib figures repeat in some sets, a presepe once; the row is kept for its resin cover by road)",
         {"importer_country": "CH"}),
        ("CUL-04", "export", "ESAIR01", "air", "ES", [], "US", "491191",
         "Láminas decorativas enmarcadas, reproducciones, 12", "ES", 30, 12, 600, "EUR",
         "framed reproductions are printed on modern paper; these twelve are hand-written parchment leaves with "
         "square musical notation, red and blue initials and old foliation, cut from a 16th-century choir book "
         "(cantoral) of a Castilian cathedral: parts of a manuscript dismembered (category 9 of Regulation 116/2009 "
         "whatever their value), protected Spanish heritage, flown to a New York dealer without an export licence; "
         "Spanish wording (choir-book leaves are new as far as a search found)", {"importer_country": "US"}),
        ("CUL-05", "import", "ESPOST01", "post", "CO", [], "ES", "711719",
         "Réplicas de orfebrería precolombina, latón dorado, 3 piezas", "CO", 0.3, 3, 25, "USD",
         "the gold-museum replicas sold in Bogotá are bright, sharp castings with a certificate; these three pieces "
         "are soft, red-gold tumbaga with a green crust in the folds, and one is a Quimbaya seated figure with lime "
         "flask: pre-Columbian goldwork from a looted tomb, which Colombia forbids to export (UNESCO 1970), posted "
         "to a private person in Madrid; Colombian Spanish wording (Quimbaya gold repeats in a few sets; a "
         "brass-replica cover by post is new as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-06", "transit", "DEAIR01", "air", "OM", ["DE"], "GB", "490199",
         "مصاحف مطبوعة قديمة، ٦ مجلدات", "YE", 14, 6, 300, "USD",
         "old printed Qur'ans are machine-printed on wood-pulp paper; these six volumes are hand-written on thick "
         "burnished paper with Zaydi legal and theological texts, waqf seals of a Sa'dah library and ownership "
         "notes of the 17th century: manuscripts taken from Yemeni collections during the war, which Yemen forbids "
         "to export (UNESCO 1970), flown from Muscat through Frankfurt in transit to a London dealer (Regulation "
         "2019/880 applies to transit too); Arabic wording (Zaydi manuscripts are new as far as a search found)",
         {"importer_country": "GB"}),
        ("CUL-07", "import", "DEAIR01", "express", "MN", [], "DE", "830629",
         "Гуулин бүсний чимэг, шинэ, 8 ширхэг", "MN", 2, 8, 80, "USD",
         "new brass belt buckles in steppe style are shiny castings; these eight openwork bronze plaques show "
         "fighting animals, have an even green patina, soil in the loops and old breaks: Xiongnu belt plaques "
         "(3rd-1st century BC) from looted graves, which Mongolia forbids to export (UNESCO 1970), sent by express to "
         "a private person in Hamburg; Mongolian wording (Xiongnu plaques repeat in two sets, once against souvenir copies; the row is kept for its Mongolian wording)", person("Lena Wagner", "DE")),
        ("CUL-08", "export", "HURAIL01", "rail", "HU", [], "RS", "740400",
         "Sárgaréz hulladék, vegyes, 1 láda", "HU", 60, None, 300, "EUR",
         "brass scrap is fittings and turnings; this crate holds bronze and silver fibulae, mirror fragments, glass "
         "beads and a torc with soil in every crevice: Sarmatian grave goods dug with metal detectors on the Great "
         "Plain, archaeological objects that need an export licence whatever their value (Regulation 116/2009, "
         "category 1) and belong to the Hungarian state, sent by rail freight to a Subotica buyer; Hungarian wording "
         "(scrap covers repeat in many sets and Sarmatian finds once; by rail to Serbia is new as far as a search found)",
         {"importer_country": "RS"}),
        ("CUL-09", "import", "ITSEA01", "sea", "IN", [], "IT", "680299",
         "Sandstone garden sculptures, new, hand-carved, assorted, 1 container", "IN", 9000, 40, 8000, "USD",
         "a container of new Rajasthan garden carvings for a Verona garden centre: elephants, fountains and jali "
         "screens are machine-roughed and fresh; one bracket figure of a celestial dancer is weathered, lichen-"
         "stained, with old iron clamp holes and a sawn back: a temple bracket of the Pratihara period (9th-10th "
         "century), which India forbids to export (Antiquities Act 1972, UNESCO 1970), hidden as one item among "
         "new carvings; Indian English wording (Pratihara sculpture is new as far as a search found; Indian temple "
         "sculpture hidden in new carvings repeats)",
         dict(firm("Giardini Scaligeri Srl", "IT"),
              _more_items=[item("680299", "Sandstone bracket figure, dancer, new", "IN", 180, 120, "USD", qty=1),
                           item("441899", "Carved wooden jali screens, new, 20", "IN", 600, 1500, "USD", qty=20)])),
        ("CUL-10", "import", "NLSEA01", "sea", "LK", [], "NL", "680293",
         "Granite doorstep, half-moon, new, hand-carved, 1", "LK", 650, 1, 200, "USD",
         "new carved doorsteps from Sri Lankan workshops are sharp-edged and clean; this half-moon slab has worn "
         "concentric rings of elephants, horses, lions and geese, lotus centre, lichen and a broken edge: a "
         "sandakada pahana (moonstone) of the Anuradhapura period, which Sri Lanka forbids to export (UNESCO 1970), "
         "shipped to a Rotterdam garden-antiques dealer; English wording (a moonstone appears in one set; the row "
         "is kept for its new-doorstep cover by sea)", firm("Tuin & Antiek Rotterdam BV", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "TR", "901420",
         "Lenkwinkelsensoren für GNSS-Lenksysteme in der Landwirtschaft, 20 Stück", "DE", 12, 20, 64000, "EUR",
         "auto-steer kits for tractors use MEMS sensors costing a few hundred euros; these twenty units at 3,200 EUR "
         "each are fibre-optic gyroscope modules of navigation grade (dual-use 7A001/7A003 range), sold to an "
         "Istanbul 'agricultural electronics' reseller whose freight forwarder ships on to Moscow and whose buyer "
         "builds drones: a dual-use export without licence and a diversion to Russia (Regulation 833/2014); German "
         "wording (gyroscopes repeat in some sets; an auto-steer cover via Istanbul is new as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "903040",
         "Appareils de mesure pour radioamateurs, analyseurs, 6", "FR", 90, 6, 150000, "EUR",
         "radio-club test sets cost a few hundred euros; these six real-time spectrum analysers reach 40 GHz at "
         "25,000 EUR each, for a Dubai 'trading' firm with no radio business whose previous shipments were re-"
         "exported to Russia: goods of Annex VII to Regulation 833/2014 (and dual-use 3A002 range) exported for "
         "diversion to Russia; French wording (spectrum analysers repeat in some sets; an amateur-radio cover via "
         "Dubai is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", ["TR"], "IR", "841410",
         "Pompe per liofilizzatori alimentari, 12", "IT", 480, 12, 216000, "EUR",
         "food freeze-dryers use rotary-vane pumps costing a few thousand euros; these twelve are turbomolecular "
         "pumps with 2,000 l/s speed and corrosion-resistant coatings at 18,000 EUR each, for an Iranian 'food "
         "industry' buyer, shipped through Mersin: dual-use vacuum pumps of the 2B231 kind, whose export to Iran "
         "needs authorisation under Regulation 267/2012 and 2021/821; Italian wording (turbomolecular pumps repeat "
         "in some sets; a freeze-dryer cover is new as far as a search found)", {"importer_country": "IR"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "760110",
         "Aluminium ingots, unalloyed, 99.7 %, origin Kazakhstan, 60 t", "KZ", 60000, 2400, 150000, "USD",
         "Kazakhstan has no primary aluminium smelter; these ingots carry the cast marks of a Siberian smelter under "
         "fresh paint, and the rail waybill starts in Krasnoyarsk: Russian primary aluminium, whose import is banned "
         "(Regulation 833/2014, Annex XXI), declared as Kazakh by a Warsaw metals trader; English wording (Russian aluminium repeats in a few sets and Kazakh-origin claims by rail repeat for potash and LPG; aluminium ingots under that claim are new as far as a search found)",
         firm("Metal Orion Sp. z o.o.", "PL")),
        ("STR-05", "export", "ITAIR01", "air", "IT", [], "KG", "620120",
         "Cappotti uomo in lana, 80 pezzi", "IT", 120, 80, 96000, "EUR",
         "wool overcoats for a Bishkek shop at 1,200 EUR each: labelled cashmere, from a Milan fashion house, for a "
         "buyer that opened last year, has no shop window and ships on by truck to Moscow: luxury goods above 300 "
         "EUR an item whose sale for use in Russia is banned (Regulation 833/2014, Annex XVIII), exported to a "
         "transit country; Italian wording (luxury goods via Central Asia repeat in many sets; cashmere coats appear "
         "once; the row is kept for its Bishkek route)", {"importer_country": "KG"}),
        ("STR-06", "export", "BESEA01", "sea", "BE", [], "LB", "291990",
         "Triethyl phosphite, PVC heat stabiliser intermediate, 40 drums", "BE", 8000, 40, 24000, "EUR",
         "PVC stabiliser makers buy phosphites by the truckload from known producers; this consignment goes to a "
         "Beirut 'plastics' trader with no factory whose freight is re-booked to Latakia: triethyl phosphite, a "
         "chemical-weapons precursor of CWC Schedule 3 (dual-use 1C350), exported without licence for diversion to "
         "Syria; English wording (triethyl phosphite repeats in a few sets, as a PVC stabiliser too; the route through Beirut to Latakia is new as far as a search found)", {"importer_country": "LB"}),
        ("STR-07", "export", "ROSEA01", "sea", "RO", [], "GE", "901480",
         "Sonare de pescuit, ambarcațiuni de agrement, 30", "RO", 600, 30, 240000, "EUR",
         "fish finders cost a few hundred euros; these thirty are marine navigation radars with 25 kW magnetrons "
         "and ARPA at 8,000 EUR each, for a Poti ship chandler whose freight goes on to Novorossiysk: goods of "
         "Annex VII and XXIII to Regulation 833/2014 exported for diversion to Russia; Romanian wording (radars repeat in a few sets and fish-finder covers hid sonars; radars as fish finders from Constanța are new as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-08", "export", "NLPOST01", "post", "NL", [], "KZ", "854089",
         "Vacuum tubes for guitar amplifiers, 10 pcs", "NL", 2, 10, 28000, "EUR",
         "guitar-amp valves cost 20-60 EUR each; these ten 18 mm image-intensifier tubes of 2,800 EUR each (dual-use "
         "6A002, Annex VII to Regulation 833/2014) were posted to an Almaty private person whose earlier parcels "
         "went on to Russia: night-vision tubes exported without licence for diversion; English wording (image "
         "intensifiers repeat in some sets; an amplifier-valve cover by post is new as far as a search found)",
         {"importer_country": "KZ", "consignee_name": "Serik Akhmetov"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "AM", "880730",
         "Ersatzteile für landwirtschaftliche Sprühflugzeuge, 4 Kisten", "AT", 300, 4, 180000, "EUR",
         "crop-spraying aircraft spares are cheap piston-engine parts; these are Airbus A320-family main-wheel brake "
         "assemblies and a fuel pump with their release forms, at 45,000 EUR a crate, for a Yerevan 'agricultural "
         "aviation' firm that owns no aircraft: aircraft parts whose sale for use in Russia is banned (Regulation "
         "833/2014, art. 3c), sent to Armenia for Russian airlines; Austrian German wording (aircraft parts via "
         "Armenia repeat in some sets; a crop-sprayer cover is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-10", "export", "LVROAD01", "road", "LV", ["LT", "BY", "RU", "KZ"], "UZ", "844839",
         "Rezerves daļas tekstilmašīnām, 1 kravas auto", "LV", 3200, 3, 260000, "EUR",
         "a textile-machinery spares lorry for a Tashkent mill: the spindles and card clothing are what a mill "
         "buys, but the third item is eight CNC contouring controls with 5-axis interpolation software (dual-use "
         "2D/Annex XXIII range) worth 200,000 EUR that no spinning mill needs, for a buyer that forwards to "
         "Chelyabinsk: numerical controls exported without licence for diversion to Russia, hidden as the last "
         "item of a three-item declaration; Latvian wording (CNC controls repeat in many sets; a textile-spares cover "
         "via Uzbekistan is new as far as a search found)",
         dict({"importer_country": "UZ"},
              _more_items=[item("844833", "Spindles for ring spinning frames, 2,000 pcs", "DE", 1800, 40000, "EUR",
                                qty=2000),
                           item("853710", "CNC contouring controls, 5-axis, with software, 8 units", "DE", 400,
                                200000, "EUR", qty=8)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "BR", [], "PT", "691390",
         "Vasos de fibra vegetal para orquídeas, 3.000 peças", "BR", 2400, 3000, 2100, "USD",
         "coconut-fibre orchid pots are light and made from coir; these pots are dense, brown, wiry fibrous blocks "
         "carved from the trunks of a tree fern: xaxim, from Dicksonia sellowiana (CITES App. II), cut in Paraná "
         "where its felling is banned, shipped without a CITES export permit to a Porto garden wholesaler; "
         "Brazilian Portuguese wording (xaxim appears in one set; the row is kept for its orchid-pot cover by sea)",
         firm("Jardins do Douro Lda", "PT")),
        ("WLF-02", "import", "NLPOST01", "post", "LS", [], "NL", "060290",
         "Aloe vera seedlings, 20", "LS", 2, 20, 30, "USD",
         "aloe vera seedlings are grey-green rosettes with upright leaves; these twenty have broad leaves arranged "
         "in a five-armed spiral, with mountain soil and root scars: wild-dug spiral aloes (Aloe polyphylla, CITES "
         "App. I), from the Maloti mountains, posted from Maseru to a private person in Leiden without any permit; "
         "English wording with Sesotho on the box (Aloe polyphylla appears in one set; the row is kept for its route "
         "from Lesotho by post)", person("Mw. E. de Jong", "NL")),
        ("WLF-03", "import", "ESSEA01", "sea", "EC", [], "ES", "030389",
         "Aletas de raya secas, 600 kg", "EC", 600, None, 36000, "USD",
         "dried skate wings are flat, pale, with cartilage rays and sell for a few dollars a kilo; these are thick, "
         "triangular fins with a shark-like shape and a ridge of denticles, from a shark-like ray, at 60 USD/kg: "
         "wedgefish and guitarfish fins (Rhinidae, Glaucostegidae, CITES App. II), without an export permit, for a "
         "Vigo fish trader; Ecuadorian Spanish wording (wedgefish and guitarfish fins repeat in a few sets, as skate wings twice; from Ecuador to Vigo is new as far as a search found)", firm("Pescados Rías Baixas SL", "ES")),
        ("WLF-04", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Iroko scié (Milicia excelsa), 40 m³", "CD", 28000, None, 22000, "EUR",
         "iroko is yellow-brown and darkens to copper with coarse grain; these boards are finer, golden with "
         "darker streaks, harder and smell slightly of leather, and the sawmill tallies read 'afro': afrormosia "
         "(Pericopsis elata, CITES App. II), shipped from Matadi without an export permit to an Antwerp timber "
         "yard; French wording (afrormosia as iroko repeats twice; the row is kept for its Matadi route)", firm("Houthandel Schelde BV", "BE")),
        ("WLF-05", "import", "NLAIR01", "air", "ID", [], "NL", "010639",
         "Live zebra finches, captive bred, 60", "ID", 3, 60, 600, "USD",
         "zebra finches are tiny grey-and-orange birds worth a few euros each; these 60 birds are larger, with "
         "golden crowns and black whiskers, singing loudly: straw-headed bulbuls (Pycnonotus zeylanicus, CITES App. I since 2023 and near extinct in the wild), trapped for the songbird trade and flown from Jakarta without "
         "a CITES permit for a Dutch 'aviculture' buyer; English wording (straw-headed bulbuls appear in one set and a zebra-finch cover hid Java sparrows once; the row is kept for its Jakarta air route)", firm("Vogelhandel Meridian BV", "NL")),
        ("WLF-06", "import", "GBPOST01", "post", "ZW", [], "GB", "711719",
         "Black plastic bracelets, handmade, 50", "ZW", 0.3, 50, 40, "USD",
         "plastic bracelets are moulded and uniform; these fifty are braided from coarse, wiry black hairs of "
         "uneven thickness that singe and smell of burnt hair: elephant-tail hair bracelets (Loxodonta africana, "
         "CITES App. I/II), posted from Harare to a private person in Bristol without a permit; English wording "
         "(elephant-hair bracelets appear in a few sets, once openly described; the plastic cover by post from Harare is new as far as a search found)",
         person("Emma Jones", "GB")),
        ("WLF-07", "import", "DEAIR01", "express", "KZ", [], "DE", "160432",
         "Икра лососёвая кета, 20 x 250 г", "KZ", 5, 20, 200, "EUR",
         "keta salmon roe is large, bright orange eggs; these tins hold small grey-black eggs that taste of the "
         "Caspian, without CITES labels on the tins: sturgeon caviar (Acipenseriformes, CITES App. II), sent by "
         "express from Atyrau to a private person in Berlin at 10 EUR a tin (a tenth of its value); Russian wording "
         "(caviar repeats in many sets and keta roe once; the row is kept for its express route from Atyrau)",
         person("Herr K. Becker", "DE")),
        ("WLF-08", "import", "FRAIR01", "air", "MG", [], "FR", "060290",
         "Plantes tropicales en pot (fougères, broméliacées), 40 colis", "MG", 300, 40, 800, "EUR",
         "potted tropical plants travel with a phytosanitary certificate and no surprises; twenty of the forty "
         "boxes hold tubes taped under the pots with live flat-tailed, bark-coloured geckos: leaf-tailed geckos "
         "(Uroplatus spp., CITES App. II), flown from Antananarivo without a CITES permit for a Marseille reptile "
         "dealer; Malagasy and French wording (Uroplatus appears in a few sets; the row is kept for its potted-plant "
         "cover by air)", firm("Reptiles Rivage SARL", "FR")),
        ("WLF-09", "import", "CZAIR01", "air", "VN", [], "CZ", "190230",
         "Thực phẩm khô: bún, nước mắm, nấm mèo", "VN", 900, 3, 3200, "USD",
         "an Asian grocery consignment for a Prague wholesaler: rice noodles, fish sauce and wood-ear mushrooms "
         "are what the shops sell, but the third item's 'dried mushrooms' cartons hold dried box-turtle shells "
         "and plastrons for turtle jelly: Cuora spp. (CITES App. I and II), hidden as the last item of a three-item "
         "declaration without a CITES permit; Vietnamese wording (box turtles appear in a few sets, live; dried shells in a grocery consignment by air are new as far as a search found)",
         dict(firm("Sapa Foods s.r.o.", "CZ"),
              _more_items=[item("210390", "Nước mắm, 600 chai", "VN", 450, 900, "USD", qty=600),
                           item("071239", "Nấm mèo khô, 40 thùng", "VN", 60, 400, "USD", qty=40)])),
        ("WLF-10", "transit", "DEAIR01", "air", "KZ", ["DE"], "QA", "010639",
         "Racing pigeons, 12, in transport boxes", "KZ", 18, 12, 2400, "USD",
         "racing pigeons are carried a dozen to a box; these twelve boxes each hold one hooded, large brown falcon "
         "with jesses: saker falcons (Falco cherrug, CITES App. II), trapped on the steppe and flown from Almaty "
         "through Frankfurt in transit to a Doha buyer without CITES permits; English wording (saker falcons appear in a few sets and racing-pigeon covers hid parrots three times; falcons in transit to Doha are new as far as a search found)",
         {"importer_country": "QA"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "express", "AR", "ES", "282990",
     "Sodium perchlorate monohydrate, 6 x 1 kg, for a licensed private user", "AR", 6, 6, 90, "USD",
     [("PRECURSOR_LICENCE", "ES-SES-37-0214")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "express", "CH", "IT", "280800",
     "Nitric acid 65 %, 3 x 1 l, for a licensed private user (silversmith)", "CH", 4.2, 3, 60, "CHF",
     [("PRECURSOR_LICENCE", "IT-MINT-37-0081")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "381519",
     "Spent hydrotreating catalyst, Ni-Mo on alumina (16 08 02*), for metal recovery at a licensed plant, 20 t",
     "NO", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-37-0342")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "711299",
     "Dental amalgam waste (18 01 10*) from separators, for mercury recovery at a licensed plant, 300 kg", "CH",
     300, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-37-0119")], "notified amalgam waste to a licensed mercury-recovery plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "express", "IN", "NL", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 2.5 l, for a licensed laboratory use (activated-carbon testing)",
     "IN", 24, 6, 180, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-37-006")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "SEROAD01", "road", "NO", "SE", "290371",
     "HCFC-22 recovered from an ice-rink plant, 30 cylinders, 600 kg, for destruction", "NO", 600, 30, 0, "EUR",
     [("ODS_LICENCE", "SE-NV-ODS-37-003")], "recovered HCFC imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970310",
     "Neapolitan presepe, 18th century, 30 figures, from a family collection", "IT", 40, 30, 80000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-EXP-37-0412")], "antique exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Choir-book leaf, parchment, 16th century, from a collection documented since 1931", "ES", 2, 1, 12000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-UE-EXP-37-0077")], "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "express", "DE", "NO", "901420",
     "Fibre-optic gyroscope modules, navigation grade, 4, for a Norwegian subsea-vehicle maker", "DE", 3, 4,
     12800, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-37-1033"), ("END_USER_CERTIFICATE", "NO-EUC-37-0091")],
     "dual-use navigation sensors under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITROAD01", "road", "IT", "CH", "841410",
     "Turbomolecular pumps, 2,000 l/s, 4, for a Swiss university clean room", "IT", 160, 4, 72000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-37-0520"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-37-0044")],
     "dual-use vacuum pumps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia sawn timber (Pericopsis elata), from a managed concession, 20 m³", "CM", 14000, None, 24000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-37-0218")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Spiral aloe (Aloe polyphylla), artificially propagated, 50 plants", "ZA", 30, 50, 900, "USD",
     [("CITES_PERMIT", "ZA-WC-37-0611"), ("PHYTOSANITARY_CERTIFICATE", "ZA-PHYTO-37-08812")],
     "App. I plants, artificially propagated, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Sr. J. García", "PRM-02": "Sig. M. Bianchi", "PRM-05": "Carbo Delta Trading BV",
    "PRM-07": "Galleria Presepi Ticino SA", "PRM-09": "Nordsjø Undervannsteknikk AS",
    "PRM-11": "Houthandel Schelde BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("250100", "Coarse salt for hide curing, 25 kg bags", "import", ["road"], ["MA", "TR"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.04, S),
    ("321590", "Tattoo inks, sterile, 30 ml bottles", "import", ["post"], ["US", "CA"], (150, 300), (1, 2), ["USD", "CAD"], 25, S),
    ("440131", "Wood-pellet fuel for beekeepers' smokers, 1 kg bags", "import", ["road"], ["RS"], (1, 2), (2000, 6000), ["EUR"], 1, S),
    ("950699", "Cave-diving reels and guide line, boxed", "import", ["post"], ["GB"], (40, 80), (1, 3), ["GBP"], 2, S),
    ("310530", "Diammonium phosphate yeast nutrient, 1 kg tubs", "import", ["express"], ["US", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 1, S),
    ("340290", "Valve oil and slide cream for brass instruments, 50 ml", "import", ["post"], ["CH", "US"], (60, 120), (1, 2), ["CHF", "USD"], 15, S),
    ("381010", "Safety pickle granules (sodium bisulphate) for jewellers, 1 kg", "import", ["express"], ["US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("381090", "Aluminium casting flux, chloride-fluoride salts, 500 g", "import", ["post"], ["GB", "BA"], (15, 30), (1, 3), ["GBP", "EUR"], 2, S),
    ("842430", "Pressure washers, household, new", "import", ["road"], ["NO", "CH"], (10, 18), (2000, 6000), ["EUR", "CHF"], 0.08, S),
    ("340520", "Teak oil for boat decks, 1 l cans", "import", ["road"], ["NO", "GB"], (8, 14), (1000, 4000), ["EUR", "GBP"], 1, S),
    ("310430", "Potassium sulphate fertiliser, granular, 25 kg bags", "import", ["rail", "sea"], ["CN"], (0.5, 0.7), (20000, 26000), ["USD"], 0.04, S),
    ("890399", "Fibreglass dinghies, new", "export", ["sea"], ["PK", "MA"], (8, 14), (3000, 9000), ["EUR"], 0.008, S),
    ("854143", "Photovoltaic modules, monocrystalline, new, with flash-test sheets", "export", ["road"], ["AL", "RS"], (4, 7), (8000, 16000), ["EUR"], 0.045, S),
    ("281820", "Activated alumina balls, new, for desiccant dryers", "export", ["sea"], ["EG", "TN"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("370790", "Photographic fixer, new, sealed 5 l packs", "export", ["sea"], ["IN"], (2, 4), (4000, 10000), ["EUR"], 0.2, S),
    ("271500", "Bitumen emulsion for road repair, new, drums", "export", ["road"], ["MA"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("250590", "Washed silica sand for glassworks, natural", "export", ["rail"], ["UA"], (0.04, 0.08), (60000, 120000), ["EUR"], None, S),
    ("842890", "Two-post vehicle lifts, new", "export", ["sea"], ["AO", "CV"], (4, 7), (4000, 10000), ["EUR"], 0.002, S),
    ("901890", "Automatic blood-pressure monitors, new, boxed", "export", ["sea"], ["CM", "GH"], (30, 60), (500, 2000), ["EUR"], 2, S),
    ("340399", "Tapping fluid, ester-based, 16 oz", "import", ["post"], ["US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("340290", "Record-cleaning fluid, alcohol-free, 500 ml", "import", ["express"], ["JP", "US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("842410", "FK-5-1-12 fire extinguishers, new, 6 kg", "import", ["road"], ["TR"], (20, 35), (1000, 4000), ["EUR"], 0.08, S),
    ("841869", "Ice-rink refrigeration plants, new, ammonia-CO2", "export", ["sea"], ["CA", "NO"], (12, 20), (8000, 16000), ["EUR"], 0.0001, S),
    ("271113", "Butane gas cartridges for camping stoves, 227 g", "import", ["sea"], ["KR", "IL"], (3, 5), (6000, 12000), ["USD"], 3, S),
    ("841869", "Centrifugal chillers, new, R-1233zd(E)", "export", ["sea"], ["AE", "SA"], (15, 25), (6000, 12000), ["EUR"], 0.0001, S),
    ("841430", "Refrigeration compressors, semi-hermetic, new, without charge", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], 0.02, S),
    ("691490", "Ceramic mosaic pieces, new, mixed colours", "import", ["express"], ["GE", "TR"], (10, 20), (1, 4), ["USD", "EUR"], None, S),
    ("392690", "Resin nativity figures, new", "export", ["road"], ["CH"], (8, 14), (500, 2000), ["EUR"], 2, S),
    ("491191", "Printed art reproductions, framed", "export", ["air"], ["US"], (15, 30), (200, 800), ["EUR"], 0.4, S),
    ("711719", "Gold-plated brass replicas of pre-Columbian goldwork, museum shop, with certificate", "import", ["post"], ["CO", "PE"], (80, 150), (1, 2), ["USD"], 10, S),
    ("830629", "Brass belt buckles, new, steppe style", "import", ["express"], ["MN"], (30, 60), (1, 3), ["USD"], 5, S),
    ("680299", "Sandstone garden sculptures, new, Rajasthan workshops", "import", ["sea"], ["IN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.005, S),
    ("680293", "Granite doorsteps and garden slabs, new, carved", "import", ["sea"], ["LK", "IN"], (0.3, 0.6), (15000, 22000), ["USD"], 0.002, S),
    ("901420", "GNSS auto-steer kits for tractors, MEMS sensors", "export", ["road"], ["CH", "RS"], (60, 120), (300, 1200), ["EUR"], 0.1, S),
    ("841410", "Rotary-vane vacuum pumps for food freeze-dryers, new", "export", ["sea"], ["TR", "EG"], (20, 35), (1000, 4000), ["EUR"], 0.03, S),
    ("620120", "Men's wool overcoats", "export", ["air"], ["CH", "US"], (80, 150), (200, 800), ["EUR"], 0.6, S),
    ("854089", "Vacuum tubes for guitar amplifiers (EL34, 12AX7), new", "export", ["post"], ["US", "GB"], (150, 300), (1, 2), ["EUR"], 15, S),
    ("460219", "Coir orchid baskets", "import", ["sea"], ["BR", "LK"], (1, 2), (3000, 8000), ["USD"], 2, S),
    ("711719", "Black resin bracelets, handmade", "import", ["post"], ["ZW", "KE"], (60, 120), (1, 2), ["USD"], 60, S),
    ("420100", "Falconry hoods and gloves, leather", "import", ["post"], ["KZ", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 3, S),
]
# Everyday trade: blind64's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind52's
# five rows and three of blind58's), with four rows of its own instead of blind64's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND68_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind68", 20370701, HERE)


if __name__ == "__main__":
    main()
