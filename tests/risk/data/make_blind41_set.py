#!/usr/bin/env python3
"""Writes the forty-first blind set (tests/risk/data/blind41-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2033, with goods, routes, languages
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
would. Ids are BL41-*:

    python3 tests/risk/data/make_blind41_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 1, 1)
base.DAYS = 59  # 1 January to 28 February 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "US", [], "CZ", "330590",
         "Oxidační krém k melírování 60 vol, 18 %, salonní balení, 12 x 1 l", "US", 13, 12, 260, "USD",
         "cosmetic developers may hold at most 12 % peroxide (40 vol); 60 vol is 18 % hydrogen peroxide (Annex I "
         "above 12 %), twelve litres by express to a private person under hair preparations; Czech wording (peroxide "
         "repeats every set; the 60-vol developer cover is new)", person("Soukromá osoba", "CZ")),
        ("PRE-02", "import", "HRROAD01", "road", "RS", [], "HR", "283429",
         "Elektrolit za elektrokemijsku obradu (ECM), natrijeva sol, vreće 25 kg, 500 kg", "RS", 500, 20, 900, "EUR",
         "ECM shops run on sodium nitrate, but the safety data sheet in the cab gives CAS 7775-09-9, sodium chlorate "
         "(Annex I above 40 %), 500 kg to a private person with a garage workshop under other nitrates; Croatian wording "
         "(sodium chlorate repeats; the ECM-electrolyte cover and the Serbia-Croatia road are new)",
         person("Privatna osoba", "HR")),
        ("PRE-03", "import", "EEPOST01", "post", "CN", [], "EE", "381400",
         "Kiirliimi eemaldaja, 99 %, metallpurgid, 20 x 1 l", "CN", 23, 20, 120, "USD",
         "a 99 % cyanoacrylate debonder in litre cans is nitromethane (Annex I above 16 %); retail debonders are "
         "acetone in 20 ml tubes; 20 litres posted to a private person under composite solvents; Estonian wording "
         "(nitromethane repeats; the superglue-remover cover is new)", person("Eraisik", "EE")),
        ("PRE-04", "import", "ROROAD01", "road", "MD", [], "RO", "310260",
         "Azotat de calciu, îngrășământ solubil, 15,5 % N, saci 25 kg, 3 t", "MD", 3000, 120, 2400, "EUR",
         "the bags' own analysis gives 34 % N and no calcium: ammonium nitrate (Annex I at 16 % N or more) as calcium "
         "nitrate, 3 t from Moldova to a private person with a hobby greenhouse; Romanian wording "
         "(ammonium nitrate repeats; the calcium-nitrate cover is new)", person("Persoană fizică", "RO")),
        ("PRE-05", "import", "IEPOST01", "post", "US", [], "IE", "283321",
         "Epsom salt bath crystals, unscented, 10 x 1 kg", "US", 10, 10, 310, "USD",
         "bath-grade magnesium sulphate costs 2 USD/kg; at 31 USD/kg the bags are labelled NaClO4.H2O, sodium "
         "perchlorate (Annex I above 40 %), posted to a private person under magnesium sulphate (the Epsom-salt cover "
         "is new)", person("Private individual", "IE")),
        ("PRE-06", "import", "BGROAD01", "road", "RS", [], "BG", "382499",
         "Електролит за акумулатори, плътност 1,28, туби 20 л, 10 бр.", "RS", 250, 10, 160, "EUR",
         "battery electrolyte is about 37 % sulphuric acid (Annex I above 15 %): 200 litres by van to a private "
         "person, who may not buy above 15 %, under chemical preparations; Bulgarian wording (battery acid repeats "
         "earlier sets; Serbia-Bulgaria by road and this wording are new)", person("Частно лице", "BG")),
        ("PRE-07", "import", "NLAIR01", "express", "GB", [], "NL", "732393",
         "Camping cook set, stainless steel, 1 pc", "CN", 1, 1, 25, "GBP",
         "behind the cook set, hexamine 'fuel' powder in bulk, 35 % 'food grade' peroxide and citric acid: the makings "
         "of HMTD, the peroxide restricted (Annex I above 12 %) and hexamine reportable (Annex II), by express to a "
         "private person (hexamine and peroxide repeat; the camping-kit cover from Britain is new)",
         {"consignee_name": "Particulier", "importer_country": "NL",
          "_more_items": [item("293369", "Hexamine fuel powder, bulk refill, 5 kg", "CN", 5, 40, "GBP", qty=1),
                          item("284700", "Hydrogen peroxide 35 % food grade, 4 x 1 l", "GB", 4.6, 36, "GBP", qty=4),
                          item("291814", "Citric acid, food grade, 2 kg", "CN", 2, 6, "GBP", qty=1)]}),
        ("PRE-08", "import", "LVROAD01", "road", "UA", ["PL", "LT"], "LV", "340290",
         "Skābais mazgāšanas līdzeklis slaukšanas iekārtām, slāpekļskābe 55 %, kannas 25 kg, 8 gab.", "UA", 200, 8, 260, "EUR",
         "dairy acid cleaners are sold to farms; 200 kg of 55 % nitric acid (Annex I above 3 %) to a private person in "
         "Riga with no herd, under washing preparations; Latvian wording (nitric acid repeats; the milking-plant "
         "cleaner cover is new)", person("Privātpersona", "LV")),
        ("PRE-09", "import", "GRSEA01", "sea", "IN", [], "GR", "382499",
         "Μείγμα κεφαλής σπίρτων, έτοιμο, σάκοι 50 kg, 5 t", "IN", 5000, 100, 9000, "USD",
         "the Sivakasi certificate of analysis gives potassium chlorate 99 %, a dry powder, not a match-head paste, to "
         "a Piraeus trader with no match factory who sells to the public in 1 kg bags (Annex I above 40 %); Greek "
         "wording (potassium chlorate repeats; the match-composition cover is new)",
         firm("Ελληνική Εμπορική Χημικών ΙΚΕ", "GR")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "250100",
         "Sól drogowa techniczna, do odladzania, big bagi 1 t, 22 t", "CN", 22000, 22, 15400, "USD",
         "de-icing salt sells at 60 USD/t, not 700; the bags hold sodium chlorate (Annex I above 40 %), repacked by a "
         "garden-centre chain as 5 kg 'weed-free path salt' for the public; by rail from China; Polish wording (sodium "
         "chlorate repeats; the rail route and the road-salt cover are new)",
         firm("Ogrody i Dom Sieć Handlowa Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "262190",
         "Puzolana para cemento, ceniza, a granel, 2.500 t", "ES", 2500000, None, 12500, "EUR",
         "fly ash from a municipal incinerator's flue-gas cleaning (19 01 13*, hazardous: heavy metals and dioxins) "
         "sold as cement pozzolan at 5 EUR/t to Morocco, outside the OECD, where hazardous waste may not go; Spanish "
         "wording (fly ash repeats; the pozzolan cover and Algeciras-Tanger route are new)", {"importer_country": "MA"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "440612",
         "Podkłady kolejowe dębowe, używane, nienasycone, 1 800 szt.", "PL", 150000, 1800, 9000, "EUR",
         "the sleepers smell of tar and bleed black oil: creosoted wood (17 02 04*) from a track renewal, declared as "
         "non-impregnated for garden landscaping in Ukraine, outside the OECD; Polish wording (sleepers repeat; the "
         "code for untreated sleepers and the Ukrainian buyer are new)", {"importer_country": "UA"}),
        ("WST-03", "export", "DEAIR01", "air", "DE", [], "IN", "711299",
         "Silberlegierungsschrott, Dentalbereich, 180 kg", "DE", 180, None, 9000, "EUR",
         "the drums hold sludge from dental-chair amalgam separators, about half mercury (18 01 10*, A1010), sold to a "
         "Mumbai refiner as silver scrap; mercury waste may not leave the EU for recovery outside the OECD; German "
         "wording (amalgam repeats; the air route to India and the silver-scrap code are new)", {"importer_country": "IN"}),
        ("WST-04", "export", "ITRAIL01", "rail", "IT", ["SI", "HR"], "BA", "250510",
         "Sabbia silicea lavata per edilizia, vagoni, 1.200 t", "IT", 1200000, None, 6000, "EUR",
         "black used foundry sand with phenolic resin binder (10 09 07*), from an iron foundry's core shop, sold as "
         "washed building sand at 5 EUR/t by the trainload to Bosnia, outside the OECD; Italian wording (foundry sand "
         "repeats earlier sets; the rail route to Bosnia is new)", {"importer_country": "BA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "EG", "271019",
         "Composant de mélange pour fioul lourd, récupéré, 3.000 t", "BE", 3000000, None, 150000, "EUR",
         "tank-cleaning residues and slops of a port reception plant, 40 % water with sediments (16 07 08*), sold as a "
         "fuel-oil blend component at 50 EUR/t to Alexandria; hazardous waste out of the OECD; Belgian French wording "
         "(oily sludge repeats; the blend-component cover is new)", {"importer_country": "EG"}),
        ("WST-06", "export", "GBSEA01", "sea", "GB", [], "BD", "890190",
         "Bulk carrier, 1998-built, 28,000 dwt, sold for further trading under a Palau flag, 1 unit", "GB", 7200000, 1, 3100000, "USD",
         "a 35-year-old bulk carrier sold to a cash buyer at steel price (430 USD per light tonne) with a one-voyage "
         "flag is a ship sent for beaching at Chattogram: a waste ship with asbestos and PCBs, whose export to a "
         "non-OECD country is banned (a ship to Chattogram for a cash buyer repeats an earlier set; the Palau "
         "one-voyage flag from a British port is new)", {"importer_country": "BD"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "SN", "870899",
         "Ricambi auto usati, moduli volante e cruscotto, 2.400 pz", "IT", 6000, 2400, 4800, "EUR",
         "the 'steering-wheel and dashboard modules' are live airbag units salvaged from wrecks (16 01 10*, explosive "
         "components), loose in a container for Dakar at 2 EUR each; hazardous waste out of the OECD; Italian wording "
         "(airbags repeat; the Dakar route and the module wording are new)", {"importer_country": "SN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CI", "720449",
         "Ferrailles de fer, petits éléments, vrac, 20 t", "FR", 20000, None, 3000, "EUR",
         "the 'small ferrous scrap' is 40,000 spent engine oil filters still holding oil (16 01 07*) from a garage "
         "collector, sent to Abidjan at 150 EUR/t; hazardous waste out of the OECD; French wording (oil filters repeat; "
         "the ferrous-scrap code and Abidjan are new)", {"importer_country": "CI"}),
        ("WST-09", "transit", "ATROAD01", "road", "CH", ["DE", "AT", "HU"], "RS", "850760",
         "E-Bike-Akkus, gebraucht, geprüft, für Wiederverwendung, 4 t", "CH", 4000, 1300, 6500, "CHF",
         "packs taken back by Swiss bike dealers as faulty or swollen, never tested, packed without short-circuit "
         "protection: waste lithium batteries (hazardous) sent for 'refurbishment' in Serbia, moved through the EU "
         "without a transit notification; Swiss-German wording (e-bike packs repeat; the Swiss-Serbian transit is new)",
         {"importer_country": "RS"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "700100",
         "Casco de vidro, triturado, para reciclagem, 18 t", "PT", 18000, None, 900, "EUR",
         "the cullet is crushed fluorescent tubes with their phosphor powder and mercury (20 01 21*), declared as "
         "glass cullet for Luanda; hazardous waste out of the OECD; Portuguese wording (lamps repeat; the cullet cover "
         "and Lisbon-Luanda are new)", {"importer_country": "AO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FIAIR01", "express", "CN", [], "FI", "382499",
         "Jäädytyssuihke elektroniikalle, -50 °C, 400 ml, 60 kpl", "CN", 24, 60, 240, "USD",
         "freeze sprays for fault-finding run on HFC-134a (GWP 1,430); technical aerosols with an HFC of GWP 150 or "
         "more are banned unless needed for safety; 60 cans by express to a private person under chemical "
         "preparations; Finnish wording (freeze sprays repeat; Finland and this wording are new)",
         person("Yksityishenkilö", "FI")),
        ("OZN-02", "import", "PTSEA01", "sea", "CN", [], "PT", "731100",
         "Garrafas de aço para gás, novas, vazias, 9,5 kg, 1.600 unid.", "CN", 18000, 1600, 30000, "USD",
         "the 'empty' cylinders weigh 11 kg each, full of R-32 (GWP 675), in non-refillable containers, which may not "
         "be placed on the EU market, and outside any quota; Portuguese wording (disposable cylinders repeat; the "
         "empty-cylinder code is new)", {"importer_country": "PT"}),
        ("OZN-03", "import", "SISEA01", "sea", "CN", [], "SI", "390729",
         "Poliolna mešanica za pršeno peno, komponenta A, sodi 200 kg, 16 t", "CN", 16000, 80, 38000, "USD",
         "the polyol pre-blend carries 12 % CFC-11 (trichlorofluoromethane) as blowing agent, banned since 1995 and "
         "found in Chinese blends in 2018; the data sheet says 'physical blowing agent'; Slovenian wording "
         "(CFC-11 repeats; the pre-blend through Koper is new)", {"importer_country": "SI"}),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "290919",
         "Solvente idrofluoroetere per sgrassaggio di precisione, fusti 250 kg, 12", "IN", 3000, 12, 36000, "USD",
         "the drums' assay gives HCFC-225ca/cb, a Montreal-controlled HCFC whose use in the EU is banned, not a "
         "hydrofluoroether; Italian wording (HCFC-225 repeats; the HFE cover from India is new)",
         {"importer_country": "IT"}),
        ("OZN-05", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "390950",
         "Spumă poliuretanică monocomponentă, tub 750 ml, 4.800 buc.", "TR", 4300, 4800, 7200, "EUR",
         "the can labels give 'propellant: 1,1,1,2-tetrafluoroethane': one-component foams with an HFC of GWP 150 or "
         "more are banned; Romanian wording (PU foams repeat; the Turkish HFC-134a cans by road are new)",
         {"importer_country": "RO"}),
        ("OZN-06", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290351",
         "Czynnik chłodniczy R-1234yf, butle 5 kg, 900 szt.", "CN", 4500, 900, 27000, "USD",
         "at 6 USD/kg the 'R-1234yf' is fake: R-134a blended with chloromethane, outside the HFC quota and flammable "
         "in car air-conditioners; by rail from China; Polish wording (fake 1234yf repeats; the rail route is new)",
         {"importer_country": "PL"}),
        ("OZN-07", "import", "GRSEA01", "sea", "CN", [], "GR", "841582",
         "Φορητά κλιματιστικά, 9.000 BTU, 1.100 τεμ.", "CN", 30000, 1100, 165000, "USD",
         "the nameplates give R-410A (GWP 2,088): movable room air-conditioners with an HFC of GWP 150 or more have "
         "been banned since 2020; the description leaves the gas out; Greek wording (portable units repeat an "
         "earlier set; Greece and this wording are new)", {"importer_country": "GR"}),
        ("OZN-08", "import", "DEPOST01", "post", "US", [], "DE", "340399",
         "Kältemaschinenöl Alkylbenzol, mit UV-Farbstoff, Dosen 12 oz, 24 Stück", "US", 8, 24, 380, "USD",
         "the 'oil' cans are 12 oz cans of R-401A (MP39, an HCFC-22/152a/124 blend) for refilling old fridges, "
         "with a few millilitres of oil and dye: HCFCs may not be imported; posted to a private appliance repairer; "
         "German wording (R-401A repeats, as cylinders, in an earlier set; the refrigeration-oil cover by post is new)",
         person("Herr K. Becker", "DE")),
        ("OZN-09", "export", "NLSEA01", "sea", "NL", [], "NG", "841869",
         "Waterkoelmachines, gebruikt, gereviseerd, stikstofvulling, 6 st.", "NL", 21000, 6, 48000, "EUR",
         "the chillers still hold their R-22 charge, 90 kg each, not a nitrogen holding charge: exports of equipment "
         "relying on HCFCs are banned; to Lagos; Dutch wording (R-22 and chillers repeat; the nitrogen-charge claim is "
         "new)", {"importer_country": "NG"}),
        ("OZN-10", "import", "DKROAD01", "road", "NO", ["SE"], "DK", "280421",
         "Argon til termoruder, flasker 50 l, 30 stk.", "NO", 1100, 30, 9800, "EUR",
         "the cylinders weigh twice what argon would and carry SF6 valves: sulphur hexafluoride (GWP 23,500) for "
         "sound-insulating windows, a use banned for decades; Danish wording (SF6 repeats; the argon cover from "
         "Norway is new)", {"importer_country": "DK"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "870323",
         "Autovettura usata, 1953, coupé, da restaurare, 1 pz", "IT", 1100, 1, 45000, "EUR",
         "a 1953 coupé with its original engine, estimated at 1.2 million at auction, declared just under the 50,000 "
         "EUR threshold: a means of transport over 75 years old needs an export licence (EU 116/2009) and Italy's "
         "certificate; Italian wording (a historic car leaving the EU is new to the sets as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-02", "import", "BEAIR01", "air", "ML", ["SN"], "BE", "691390",
         "Hedendaagse keramiek, beelden uit Bamako, 4 stuks", "ML", 48, 4, 26000, "EUR",
         "terracotta figures with raised scarification and kneeling postures at 6,500 EUR each are Djenné-Jeno "
         "figures (ICOM Red List, Malian export ban) routed through Dakar; Belgian Dutch wording (Djenné repeats; the "
         "contemporary cover is new)", {"importer_country": "BE"}),
        ("CUL-03", "export", "FRPOST01", "post", "FR", [], "US", "491199",
         "Vieux papiers, lot de correspondance, 3 kg", "FR", 3, 1, 800, "EUR",
         "a notary's register and letters of 1720-1790 with seals: archives over 50 years old need an export licence "
         "whatever their value (EU 116/2009), and these bear a departmental archive stamp; French wording (archives "
         "repeat; the old-paper cover by post is new)", {"importer_country": "US"}),
        ("CUL-04", "import", "PTAIR01", "air", "BR", [], "PT", "392690",
         "Réplicas de fósseis em resina, peixes, decorativas, 8 unid.", "BR", 40, 8, 9600, "USD",
         "the 'resin' fish sit in split limestone nodules from the Santana Formation: real fossils, property of the "
         "Brazilian Union, whose export is banned; Portuguese wording (fossils repeat; the resin-replica cover is new)",
         {"importer_country": "PT"}),
        ("CUL-05", "export", "CYPOST01", "post", "CY", [], "GB", "691200",
         "Κεραμικά διακοσμητικά, χειροποίητα, 3 τεμ.", "CY", 4, 3, 90, "EUR",
         "red polished jugs with incised decoration and soil in the handles are Early Bronze Age Cypriot pottery: "
         "archaeological objects need an export licence (EU 116/2009) and Cyprus forbids their export; Greek wording "
         "(Cyprus repeats; the handmade-ceramics cover by post is new)", {"importer_country": "GB"}),
        ("CUL-06", "import", "ITSEA01", "sea", "LB", [], "IT", "680292",
         "Elementi architettonici in pietra calcarea scolpita, nuovi, capitelli e cornici, 20 pz", "LB", 4200, 20, 3800, "EUR",
         "among twenty new Lebanese capitals and cornices, one 'decorative panel' of Syrian origin: a limestone relief "
         "of a reclining banqueter with an Aramaic inscription, a Palmyrene funerary relief; Syrian cultural goods "
         "removed since 2011 may not be imported (EU 36/2012); via Beirut; Italian wording (Palmyra repeats; the "
         "new-stone cover as a second item is new)",
         {"importer_country": "IT",
          "_more_items": [item("680292", "Pannello decorativo in pietra, figura, 1 pz", "SY", 210, 180, "EUR", qty=1)]}),
        ("CUL-07", "import", "NLAIR01", "air", "TH", [], "NL", "830629",
         "Messing boeddhabeeld, nieuw, handwerk, 1 stuk", "TH", 24, 1, 16000, "USD",
         "a bronze Lokeshvara with Bayon-style crown and burial crust at 16,000 USD is Khmer, from Cambodia through "
         "Bangkok; Cambodia bans the export of antiquities; Dutch wording (Khmer bronzes repeat; the new brass cover "
         "is new)", {"importer_country": "NL"}),
        ("CUL-08", "import", "GBAIR01", "air", "IN", ["AE"], "GB", "830629",
         "Brass idol, new handicraft, Swamimalai casting, 1 pc", "IN", 36, 1, 48000, "GBP",
         "a Nataraja with worn ritual surface and a temple inventory number at 48,000 GBP is a Chola bronze, not a "
         "new Swamimalai casting; India bans the export of antiquities over 100 years old; via Dubai (Chola bronzes "
         "repeat; the Swamimalai cover is new)", {"importer_country": "GB"}),
        ("CUL-09", "import", "ESAIR01", "air", "GT", ["MX"], "ES", "691390",
         "Vasija de cerámica artesanal, recuerdo, 2 uds", "GT", 3, 2, 12000, "USD",
         "cylinder vases with painted glyphs and root marks at 6,000 USD each are Classic Maya polychromes from the "
         "Petén; Guatemala bans their export; via Mexico City; Spanish wording (Maya vases repeat; the souvenir cover "
         "is new)", {"importer_country": "ES"}),
        ("CUL-10", "import", "DEPOST01", "post", "TR", [], "DE", "491199",
         "Hat sanatı baskıları, dekoratif, 14 yaprak", "TR", 0.6, 14, 4200, "EUR",
         "the leaves are hand-written with gilt illumination and a wormhole line through all fourteen: leaves of an "
         "Ottoman manuscript Qur'an, whose export Turkey forbids; posted as calligraphy prints; Turkish wording "
         "(Qur'an leaves repeat; the prints cover is new)", person("Privatperson", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KG", "850131",
         "Elektromotoren für Modellbau, bürstenlos, 2807, 400 Stück", "CN", 60, 400, 16000, "EUR",
         "400 brushless 7-inch FPV motors and the stacks that go with them to a Bishkek reseller: drone parts bound "
         "for Russia, whose export to Kyrgyzstan for Russia is circumvention (EU 833/2014); German wording (FPV parts "
         "repeat; the model-motor cover by express is new)", {"importer_country": "KG"}),
        ("STR-02", "import", "BESEA01", "sea", "TR", [], "BE", "720839",
         "Hot-rolled coils, Turkish origin, mill certificate attached, 6,000 t", "TR", 6000000, 240, 3600000, "USD",
         "the mill certificates give slab heat numbers of a Russian steelworks: steel products processed in a third "
         "country from Russian semi-finished steel may not be imported (EU 833/2014, Annex XVII) (steel repeats; the "
         "re-rolled coil and its heat numbers are new)", {"importer_country": "BE"}),
        ("STR-03", "import", "BGSEA01", "sea", "AE", [], "BG", "390120",
         "Полиетилен висока плътност, гранули, произход Оман, 800 т", "OM", 800000, None, 720000, "USD",
         "the bags carry the grade names of an Iranian petrochemical plant reprinted in Jebel Ali: Iranian "
         "petrochemical products may not be imported (EU 267/2012); Bulgarian wording (Iranian polymers repeat; the "
         "Omani origin through Jebel Ali is new)", {"importer_country": "BG"}),
        ("STR-04", "import", "PLROAD01", "road", "UA", [], "PL", "440131",
         "Pellet drzewny sosnowy, pochodzenie ukraińskie, 24 t", "UA", 24000, None, 6200, "EUR",
         "the bags' batch code and the mill named on the certificate are in Belarus: Belarusian wood products have "
         "been banned since 2022 (EU 765/2006); Polish wording (pellets repeat; the Ukrainian cover by road is new)",
         {"importer_country": "PL"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", ["AE"], "PK", "760820",
         "Bicycle frame tubes, aluminium 7075-T6, 80 mm OD, 12 t", "NL", 12000, 2000, 168000, "EUR",
         "bicycle tubes are 30-50 mm; 7075-T6 tubes of 80 mm outer diameter are 1C202 alloys (UTS over 460 MPa, over "
         "75 mm), to a Rawalpindi 'cycle maker' via Jebel Ali (7075 repeats; the bicycle cover is new)",
         {"importer_country": "PK"}),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "LB", "382440",
         "Agent de mouture pour ciment, 85 %, fûts 230 kg, 80", "FR", 18400, 80, 40000, "EUR",
         "the 'grinding aid' is 85 % triethanolamine (1C350, CW precursor) for a Beirut trader whose cement plant is "
         "in Syria, under EU 36/2012 restrictions; cement aids hold glycols; French wording (triethanolamine repeats; "
         "the grinding-aid cover is new)", {"importer_country": "LB"}),
        ("STR-07", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "853710",
         "Części zamienne do maszyn dziewiarskich, igły, 20 000 szt.", "DE", 80, 20000, 9000, "EUR",
         "behind the knitting needles, a second item of 40 'textile-machine controllers' at 6,500 EUR each: "
         "five-axis CNC controllers (common high-priority items) by rail through Belarus and Russia to an Almaty "
         "buyer; transit through Russia is itself banned; Polish wording (CNC controllers repeat; the "
         "textile-machine cover by rail is new)",
         {"importer_country": "KZ",
          "_more_items": [item("853710", "Sterowniki do maszyn włókienniczych, 40 szt.", "DE", 320, 260000, "EUR", qty=40)]}),
        ("STR-08", "import", "CZAIR01", "air", "AM", [], "CZ", "711291",
         "Zlatý šrot, klenotnický, 585, arménský původ, 12 kg", "AM", 12, None, 560000, "USD",
         "the 'jewellery scrap' is cast 999 grain with a Russian refinery's lot numbers: Russian gold may not be "
         "imported into the EU (EU 833/2014), relabelled as Armenian scrap; Czech wording (gold repeats; the "
         "jewellery-scrap cover is new)", {"importer_country": "CZ"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "TR", "420221",
         "Borse usate, per mercatino vintage, 60 pz", "IT", 70, 60, 3000, "EUR",
         "unused designer bags with their boutique tags at 50 EUR each, for an Istanbul reseller who ships to Moscow: "
         "luxury goods above 300 EUR a piece may not go to Russia (EU 833/2014, Annex XVIII); Italian wording "
         "(luxury goods repeat; used handbags are new)", {"importer_country": "TR"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "AE", "841191",
         "Pièces détachées pour turbines industrielles, aubes, 120 pcs", "FR", 90, 120, 540000, "EUR",
         "high-pressure turbine blades with CFM56 part numbers are for airliners, not industrial turbines; the Dubai "
         "buyer maintains Russian-operated aircraft: aviation parts may not go to Russia (EU 833/2014); French wording "
         "(aircraft parts repeat; the industrial-turbine cover is new)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "FRAIR01", "air", "FR", ["TR"], "HK", "030111",
         "Alevins de loches vivantes, ornement, 60 kg", "FR", 60, None, 24000, "EUR",
         "400 EUR/kg transparent fry are glass eels (Anguilla anguilla, CITES App. II, no EU export since 2010), not "
         "ornamental loaches; via Istanbul to Hong Kong; French wording (glass eels repeat; the loach cover is new)",
         {"importer_country": "HK"}),
        ("WLF-02", "import", "NLAIR01", "air", "PG", ["SG"], "NL", "030819",
         "Dried sea cucumber, Stichopus, 150 kg", "PG", 150, None, 33000, "USD",
         "220 USD/kg teatfish with lateral teats are Holothuria whitmaei and fuscogilva (CITES App. II since 2020), "
         "not Stichopus; via Singapore (teatfish repeat; Papua New Guinea is new)", {"importer_country": "NL"}),
        ("WLF-03", "import", "FRPOST01", "post", "JP", [], "FR", "960190",
         "Médiators en corne de buffle, 40 pcs", "JP", 0.2, 40, 1600, "EUR",
         "translucent amber-mottled picks at 40 EUR each are bekko, hawksbill turtle shell (CITES App. I), not buffalo "
         "horn; posted to a private guitarist; French wording (hawksbill repeats; the plectrum cover is new)",
         person("M. T. Dubois", "FR")),
        ("WLF-04", "import", "BEAIR01", "air", "TG", [], "BE", "010620",
         "Tortues sillonnées (Centrochelys sulcata), élevage, 40", "TG", 30, 40, 18000, "EUR",
         "domed shells with yellow star rays are radiated tortoises (Astrochelys radiata, CITES App. I) from "
         "Madagascar, not Togo-farmed sulcata, whose App. II permit they travel on; French wording (the sulcata "
         "cover is new)", {"importer_country": "BE"}),
        ("WLF-05", "import", "NLSEA01", "sea", "ZA", [], "NL", "060290",
         "Cycas revoluta, potted, nursery stock, 12 pcs", "ZA", 1800, 12, 36000, "USD",
         "3,000 USD trunks with blue-grey spiny leaflets are wild Encephalartos (CITES App. I), not sago palms at 50 "
         "USD, with their roots freshly cut (cycads repeat; the sago-palm cover is new)", {"importer_country": "NL"}),
        ("WLF-06", "import", "ESSEA01", "sea", "TZ", [], "ES", "440349",
         "Troncos de padauk africano (Pterocarpus soyauxii), 20 m3", "TZ", 18000, None, 22000, "USD",
         "P. soyauxii grows in Central-West Africa; blood-red logs from Dar es Salaam are mukula (Pterocarpus "
         "tinctorius, CITES App. II since 2022) from Zambia and Congo; Spanish wording (mukula repeats; the padauk "
         "cover is new)", {"importer_country": "ES"}),
        ("WLF-07", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas de tintorera secas, 1,4 t", "ES", 1400, None, 56000, "EUR",
         "the second item, 'large blue-shark fins', is shortfin mako (Isurus oxyrinchus, CITES App. II, no Atlantic "
         "retention under ICCAT), riding on an export permit that covers the blue shark only; Spanish wording (mako "
         "fins repeat; the mixed-lot cover is new)",
         {"importer_country": "HK",
          "_more_items": [item("030571", "Aletas de tintorera secas, selección grande, 0,6 t", "ES", 600, 34000, "EUR")]}),
        ("WLF-08", "import", "SKPOST01", "post", "CN", [], "SK", "210690",
         "Bylinné kapsuly na pečeň, 20 balení", "CN", 2, 20, 600, "USD",
         "the capsules are labelled Xiong Dan Fen, bear bile powder (Ursus thibetanus, CITES App. I); posted to a "
         "private person as herbal liver capsules; Slovak wording (bear bile repeats; the liver-capsule cover is new)",
         person("Súkromná osoba", "SK")),
        ("WLF-09", "import", "DEAIR01", "air", "US", [], "DE", "121120",
         "Koreanischer roter Ginseng, kultiviert, Wurzeln, 20 kg", "US", 20, None, 16000, "USD",
         "800 USD/kg gnarled roots with many neck scars are wild American ginseng (Panax quinquefolius, CITES App. "
         "II) from Appalachia, exported without a US permit; cultivated red ginseng costs 80; German wording (ginseng "
         "repeats; the Korean cover is new)", {"importer_country": "DE"}),
        ("WLF-10", "import", "CZAIR01", "air", "ID", ["QA"], "CZ", "010619",
         "Vakoveverky (sugar glider), odchov v zajetí, 12 ks", "ID", 6, 12, 3600, "USD",
         "round-headed animals with huge eyes and no gliding membrane are slow lorises (Nycticebus, CITES App. I), "
         "not sugar gliders; via Doha; Czech wording (lorises repeat; the sugar-glider cover is new)",
         {"importer_country": "CZ"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLRAIL01", "rail", "CN", "PL", "282911",
     "Sodium chlorate, technical, for a licensed pulp-bleaching contractor, big bags, 20 t", "CN", 20000, 20, 14000, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-33-0042")], "sodium chlorate under a precursor licence to a named professional user"),
    ("PRM-02", "precursors", "import", "EEPOST01", "post", "US", "EE", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private model-engine builder", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "EE-PPA-33-0007")], "nitromethane above 16 % to a member of the public holding a licence"),
    ("PRM-03", "waste", "export", "DEAIR01", "air", "DE", "CH", "711299",
     "Amalgam separator sludge, mercury-bearing, for mercury recovery, 180 kg", "DE", 180, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NW-33-0118")], "notified mercury waste to a licensed Swiss recovery plant (OECD)"),
    ("PRM-04", "waste", "export", "BESEA01", "sea", "BE", "NO", "271019",
     "Tank-cleaning slops and sludge, for recovery in a licensed oil re-refinery, 1,200 t", "BE", 1200000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-33-0056")], "notified oily waste to a licensed recovery plant inside the OECD"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290375",
     "HCFC-225ca/cb, laboratory and analytical use, 4 x 10 kg", "US", 40, 4, 2600, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-33-0012")], "an HCFC imported under licence for laboratory and analytical use"),
    ("PRM-06", "ozone", "import", "PTSEA01", "sea", "CN", "PT", "290342",
     "R-32 refrigerant, refillable returnable cylinders 40 l, 300 pcs, quota holder's import", "CN", 12000, 300, 62000, "USD",
     [("FGAS_QUOTA", "PT-APA-FG-33-0031")], "HFC-32 in refillable cylinders placed on the market under quota"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Passenger car, 1953, coupé, collector's vehicle, for a Geneva concours, 1 pc", "IT", 1100, 1, 1200000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-33-0227")], "a historic car leaving with its export licence"),
    ("PRM-08", "cultural", "export", "FRPOST01", "post", "FR", "US", "970690",
     "Family letters, 1790-1810, private archive, 1 lot", "FR", 2, 1, 3500, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-SIAF-33-0091")], "archives over 50 years old with their export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "JP", "760820",
     "Aluminium alloy 7075-T6 tubes, 90 mm OD, for an aerospace supplier, 4 t", "NL", 4000, 600, 58000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-33-0140"), ("END_USER_CERTIFICATE", "JP-METI-EUC-33-0072")],
     "1C202 tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "IN", "292215",
     "Triethanolamine 99 %, for a cosmetics manufacturer, 40 x 230 kg drums", "FR", 9200, 40, 21000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-33-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-33-0419")],
     "1C350 triethanolamine under licence to a named cosmetics maker"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "US", "DE", "121120",
     "Wild American ginseng roots (Panax quinquefolius), dried, 10 kg", "US", 10, None, 8000, "USD",
     [("CITES_PERMIT", "US-FWS-33-EX-04418")], "wild App. II ginseng roots with their US export permit"),
    ("PRM-12", "wildlife", "export", "ESSEA01", "sea", "ES", "HK", "030571",
     "Blue shark fins, dried, Atlantic longline catch, 1.5 t", "ES", 1500, None, 52000, "EUR",
     [("CITES_PERMIT", "ES-CITES-33-EX-0613")], "App. II blue shark fins with their Spanish export permit"),
]

CONSIGNEES = {
    "PRM-01": "Celuloza Bielenie Serwis Sp. z o.o.", "PRM-02": "Hr. M. Tamm",
    "PRM-03": "Batrec Quecksilber Recycling AG", "PRM-05": "Laboratorio Analisi Ambientali Srl",
    "PRM-09": "Kawasaki Aero Components K.K.", "PRM-11": "Ginseng Kontor Hamburg GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330590", "Hair developer cream 6 % (20 vol), salon bottles 1 l", "import", ["express"], ["US", "GB"], (8, 16), (1, 4), ["USD", "GBP"], 1, S),
    ("283429", "Sodium nitrate electrolyte salt for ECM machines, to an engineering works", "import", ["road"], ["RS", "CH"], (0.8, 1.4), (3000, 8000), ["EUR"], None, S),
    ("381400", "Superglue remover, acetone-based, 20 ml tubes, retail", "import", ["post"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 25, S),
    ("310260", "Calcium nitrate 15.5 % N, soluble fertiliser, 25 kg bags, to a growers' cooperative", "import", ["road", "sea"], ["MD", "NO"], (0.4, 0.6), (18000, 24000), ["EUR"], None, S),
    ("283321", "Epsom salt (magnesium sulphate), bath grade, retail bags", "import", ["post"], ["US", "GB"], (4, 8), (1, 4), ["USD", "GBP"], 1, S),
    ("280700", "Sulphuric acid 37 %, battery electrolyte, IBC, to a battery manufacturer", "import", ["road"], ["RS", "TR"], (0.15, 0.3), (15000, 22000), ["EUR"], None, S),
    ("732393", "Camping cook sets, stainless steel, without fuel", "import", ["express", "post"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 1, S),
    ("340290", "Dairy pipeline cleaner, phosphoric acid based, to a dairy cooperative", "import", ["road"], ["UA", "CH"], (1.0, 1.6), (5000, 12000), ["EUR"], None, S),
    ("360500", "Safety matches, retail boxes", "import", ["sea"], ["IN", "SE"], (1.5, 2.5), (8000, 14000), ["USD", "EUR"], 50, S),
    ("250100", "Rock salt for road de-icing, bulk", "import", ["rail", "sea"], ["UA", "EG"], (0.05, 0.09), (22000, 26000), ["USD", "EUR"], None, S),
    ("262190", "Natural pozzolan (volcanic tuff), ground, for a cement plant", "import", ["sea"], ["TR", "GR"], (0.02, 0.04), (24000, 27000), ["EUR"], None, S),
    ("440612", "Railway sleepers, oak, new, not impregnated", "import", ["road"], ["UA", "RS"], (0.3, 0.5), (20000, 24000), ["EUR"], 0.012, S),
    ("710691", "Silver casting grain 925, new, to a jewellery workshop", "import", ["air"], ["CH", "US"], (700, 900), (5, 30), ["EUR", "USD"], None, S),
    ("250510", "Silica sand, washed, for glassmaking", "import", ["sea"], ["NO", "EG"], (0.04, 0.08), (24000, 27000), ["EUR", "USD"], None, S),
    ("271019", "Paraffinic base oil, group II, to a lubricant blender", "import", ["sea"], ["KR", "US"], (0.9, 1.3), (20000, 26000), ["USD"], None, S),
    ("870899", "Steering-wheel modules without airbag, new, to a car assembler", "import", ["road"], ["TR", "RS"], (20, 35), (2000, 6000), ["EUR"], 0.4, S),
    ("842123", "Engine oil filters, new, boxed", "import", ["sea"], ["KR", "CN"], (3, 5), (6000, 12000), ["USD"], 2, S),
    ("850760", "E-bike battery packs 36 V, new, UN 38.3 tested", "import", ["sea"], ["CN", "TW"], (15, 25), (3000, 8000), ["USD"], 0.3, S),
    ("731100", "Steel gas cylinders, new, empty, refillable, 40 l", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (10000, 16000), ["USD", "EUR"], 0.02, S),
    ("390729", "Polyether polyol pre-blend for spray foam, water-blown", "import", ["sea"], ["US", "KR"], (2.2, 3.2), (14000, 20000), ["USD"], None, S),
    ("381400", "Modified-alcohol precision cleaning solvent, drums", "import", ["sea"], ["US", "JP"], (3, 5), (3000, 8000), ["USD"], None, S),
    ("390950", "One-component PU foam cans, hydrocarbon propellant, 750 ml", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (4000, 9000), ["EUR"], 1.1, S),
    ("290351", "R-1234yf refrigerant, genuine, refillable cylinders, to a car-parts distributor", "import", ["sea"], ["US", "JP"], (25, 40), (2000, 6000), ["USD"], 0.1, S),
    ("841582", "Portable air-conditioners, R-290 (propane)", "import", ["sea"], ["CN"], (5, 8), (12000, 20000), ["USD"], 0.035, S),
    ("340290", "Car air-conditioning cleaner foam, 500 ml cans", "import", ["post", "express"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1.6, S),
    ("841869", "Water chillers, new, R-1234ze, for an industrial plant", "export", ["sea"], ["NG", "MA"], (12, 20), (8000, 16000), ["EUR"], 0.0003, S),
    ("280421", "Argon for insulating-glass units, 50 l cylinders", "import", ["road"], ["NO", "CH"], (6, 10), (1000, 3000), ["EUR"], 0.02, S),
    ("691390", "Contemporary ceramic figures from Bamako, with the artist's invoice", "import", ["air"], ["ML", "SN"], (15, 40), (50, 200), ["EUR"], 0.1, S),
    ("392690", "Resin fossil fish replicas, museum-shop stock", "import", ["post"], ["BR", "US"], (20, 40), (1, 3), ["USD"], 3, S),
    ("691200", "Handmade stoneware jugs, new, Cypriot pottery", "import", ["sea"], ["TR"], (3, 6), (2000, 6000), ["EUR"], 0.5, S),
    ("680292", "Limestone architectural elements, newly carved", "import", ["sea"], ["EG", "TR"], (0.5, 1.0), (15000, 24000), ["EUR", "USD"], 0.02, S),
    ("830629", "Brass Buddha statues, new, Thai handicraft", "import", ["sea"], ["TH"], (10, 20), (2000, 6000), ["USD"], 0.2, S),
    ("830629", "Brass deity figures, new Swamimalai castings, with the foundry's invoice", "import", ["air"], ["IN"], (40, 80), (50, 200), ["USD", "GBP"], 0.1, S),
    ("491191", "Printed calligraphy art prints, new", "import", ["post"], ["TR", "GB"], (40, 80), (1, 3), ["EUR", "GBP"], 20, S),
    ("850131", "Brushless motors for model aircraft, to a hobby retailer", "import", ["air"], ["CN"], (40, 80), (50, 300), ["USD"], 6, S),
    ("720839", "Hot-rolled coils, Turkish melt and rolling, mill certificate", "import", ["sea"], ["TR", "KR"], (0.55, 0.75), (24000, 27000), ["USD"], None, S),
    ("440131", "Wood pellets, ENplus A1, Latvian origin", "export", ["road"], ["CH", "NO"], (0.25, 0.35), (20000, 24000), ["EUR"], None, S),
    ("420221", "Second-hand handbags, mid-range brands, for a vintage shop", "import", ["road"], ["CH", "GB"], (40, 80), (200, 800), ["EUR", "GBP"], 1, S),
    ("121120", "Korean red ginseng roots, cultivated, dried", "import", ["air"], ["KR"], (60, 100), (100, 500), ["USD"], None, S),
    ("960190", "Buffalo horn plectrums, retail packs", "import", ["post"], ["IN", "JP"], (100, 200), (1, 2), ["USD"], 200, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), with 19 rows
# dropped and one replaced, then EVERYDAY_2032_ADDED and 6 rows of its own after it (three of
# them blind40's).
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Maize flour, masa", "Ginger, fresh",
          "Instant noodles, retail packs", "Beef, fresh, boneless", "Frozen chicken cuts",
          "Frozen shrimps, vannamei", "Honey, natural, drums", "Knitted hats, acrylic", "Inflatable kayaks",
          "Baby diapers", "Milk powder, whole", "Walnuts in shell"],
    replace={"Electric scooters, new, with battery":
             ("871160", "Electric bicycles, new, with battery", "import", ["sea"], ["TW", "VN"], (15, 25), (4000, 8000), ["USD"], 0.04, N)},
    add=base.EVERYDAY_2032_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "CN"], (5, 8), (4000, 9000), ["USD"], 0.06, N),
        ("392410", "Plastic kitchenware and food boxes", "import", ["sea"], ["CN", "TR"], (2.5, 4), (6000, 12000), ["USD", "EUR"], 3, N),
        ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (20000, 26000), ["USD", "EUR"], None, N),
        ("960330", "Artists' brushes, retail sets", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, N),
        ("630260", "Cotton terry towels", "import", ["sea"], ["PK", "TR"], (5, 8), (6000, 12000), ["USD", "EUR"], 2, N),
        ("847130", "Laptop computers, new", "import", ["air"], ["CN", "TW"], (200, 350), (300, 1500), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind41", 20330101, HERE)


if __name__ == "__main__":
    main()
