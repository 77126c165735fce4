#!/usr/bin/env python3
"""Writes the sixtieth blind set (tests/risk/data/blind60-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2036, with goods, routes,
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
declaration would. Ids are BL60-*:

    python3 tests/risk/data/make_blind60_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "GE", [], "CZ", "380894",
         "ქვევრის სარეცხი და სადეზინფექციო საშუალება, 4 x 5 ლ", "GE", 22.6, 4, 60, "USD",
         "qvevri, the Georgian clay wine jars, are scrubbed with lime and hot water, and cellar sanitisers are a few "
         "per cent of peracetic acid; these twenty litres weigh 1.13 kg/l, sit under vented caps, bleach the skin "
         "white and carry UN 2014 under the label: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "to a private hobby winemaker in Moravia; Georgian wording (hydrogen peroxide repeats in many sets; a "
         "qvevri-cleaning cover is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("PRE-02", "import", "HUPOST01", "post", "US", [], "HU", "340290",
         "Töltőtoll-öblítő folyadék, 4 x 1 l", "US", 4.6, 4, 48, "USD",
         "fountain-pen flush is water with a little ammonia and surfactant at about 1.0 kg/l, sold in 250 ml bottles; "
         "these four litres weigh 1.14 kg/l, smell fruity, do not mix with water and carry CAS 75-52-5 on the inner "
         "labels: nitromethane (Annex I above 16 %), posted to a private person in Debrecen although flammable liquids "
         "may not go by post; Hungarian wording (nitromethane repeats in many sets, as a glue debonder about five "
         "times; a fountain-pen flush is new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-03", "import", "SIROAD01", "road", "RS", [], "SI", "340590",
         "Čistilo za granitne nagrobnike, koncentrat, 6 x 1 l", "RS", 8.4, 6, 45, "EUR",
         "polished granite is cleaned with neutral or mildly alkaline products, since acid dulls it; these six litres "
         "weigh 1.40 kg/l, give off brown fumes when opened, stain the skin yellow and dissolve a copper wire: about "
         "65 % nitric acid (Annex I above 3 %), brought in a groupage van from Serbia for a private person in Maribor; "
         "Slovenian wording (nitric acid repeats in many sets as descalers, etching acids and jewellers' pickles; a "
         "gravestone cleaner is new as far as a search found)", person("Fizična oseba", "SI")),
        ("PRE-04", "import", "NLAIR01", "express", "GB", [], "NL", "230990",
         "Elektrolytenpoeder voor sportpaarden, kaliumchloride, 4 x 2,5 kg", "GB", 10, 4, 55, "GBP",
         "equine electrolytes are sodium and potassium chloride with glucose, salty and sweet; these tubs hold white "
         "crystals that taste of nothing, flare with a violet flame on a hot plate and carry CAS 3811-04-9 under the "
         "label: potassium chlorate, not chloride (Annex I above 40 %), for a private horse owner in Brabant; Dutch "
         "wording (potassium chlorate repeats in many sets, once as effervescent bath salts; a chloride-for-chlorate "
         "horse electrolyte is new as far as a search found)", person("Particulier", "NL")),
        ("PRE-05", "import", "LVPOST01", "post", "GB", [], "LV", "381600",
         "Krāsns plauktu aizsargpārklājums (kiln wash), pulveris, 5 x 2 kg", "GB", 10, 5, 40, "GBP",
         "kiln wash is alumina and kaolin, a dull, gritty powder painted on kiln shelves; this is a fine, glittering "
         "white powder that flares violently on a hot plate, and the inner bags carry CAS 7778-74-7: potassium "
         "perchlorate (Annex I above 40 %), posted to a private person in Riga who owns no kiln; Latvian wording "
         "(potassium perchlorate repeats; a pottery frit hid potassium chlorate in blind58; a kiln-wash cover is new "
         "as far as a search found)", person("Privātpersona", "LV")),
        ("PRE-06", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "380899",
         "防蜗牛颗粒，花园用，5 x 3 公斤", "CN", 15, 5, 30, "USD",
         "slug pellets are small blue-green pellets of metaldehyde or ferric phosphate; these are colourless crystals "
         "that dissolve completely in water, and the CAS number on the inner bags, 7775-09-9, is sodium chlorate "
         "(Annex I above 40 %), for a private person in Lublin, consolidated in a China-Europe rail groupage through "
         "Kazakhstan, Russia and Belarus to Małaszewicze; Chinese wording (sodium chlorate repeats in many sets, most "
         "often as weedkiller; a slug-pellet cover in a rail e-commerce groupage is new as far as a search found)",
         person("Osoba prywatna", "PL")),
        ("PRE-07", "import", "ESAIR01", "express", "DO", [], "ES", "382499",
         "Cristales reguladores de humedad para humidores de puros, 4 x 2 kg", "DO", 8, 4, 60, "USD",
         "humidor regulators are silica beads or propylene-glycol gels sold in 50 g packs; eight kilograms of crystals "
         "that run to a puddle in damp air, flare on a hot plate and carry CAS 7601-89-0 are sodium perchlorate "
         "(Annex I above 40 %), sent by a Santiago de los Caballeros cigar shop to a private smoker in Seville; "
         "Dominican Spanish wording (sodium perchlorate repeats, once as a dehumidifier refill; a cigar-humidor cover "
         "is new as far as a search found)", person("Particular", "ES")),
        ("PRE-08", "import", "HRROAD01", "road", "BA", [], "HR", "440131",
         "Gorivo za pčelarsko dimilo, peleti, 4 x 25 kg", "BA", 100, 4, 80, "EUR",
         "bee-smoker fuel is pellets of wood or cardboard, brown and light; these white prills dissolve in water and "
         "turn it ice-cold, melt and fizz on a hot plate, and a bag print reads 'N 34,4 %': ammonium nitrate (Annex I "
         "at 16 % N or more), sold to a private beekeeper near Osijek under the name of the old practice of stunning "
         "bees with nitrate smoke; Bosnian wording (ammonium nitrate repeats in many sets; a bee-smoker fuel is new as "
         "far as a search found)", person("Privatna osoba", "HR")),
        ("PRE-09", "import", "DKAIR01", "express", "US", [], "DK", "320412",
         "Farve til anodisering af aluminium, sort, 4 x 5 l", "US", 36.8, 4, 120, "USD",
         "anodising dyes are coloured powders or liquids used at a few grams a litre; these twenty litres are "
         "water-clear and oily, weigh 1.84 kg/l and char paper: about 96 % sulphuric acid (Annex I above 15 %; the "
         "anodising bath itself runs at 15-20 %, made up from it), for a private hobbyist in Aarhus; Danish wording "
         "(sulphuric acid repeats; an anodising-dye cover is new as far as a search found)",
         person("Privatperson", "DK")),
        ("PRE-10", "import", "IEAIR01", "express", "US", [], "IE", "340290",
         "Brass case cleaning concentrate, 4 x 1 qt", "US", 5.3, 4, 40, "USD",
         "sent by an online reloading-supplies shop to a private shooter in Cork; brass case cleaners are citric-acid "
         "powders, but these four quarts weigh 1.40 kg/l, fume brown and dissolve a brass case: about 65 % nitric acid "
         "(Annex I above 3 %), flown undeclared as a dangerous good; US English wording (nitric acid repeats; a "
         "reloaders' case cleaner is new as far as a search found)", person("Private individual", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "GRROAD01", "road", "GR", [], "AL", "271290",
         "Ανακτημένο βιομηχανικό κερί, βαρέλια 200 l, 16 t", "GR", 16000, None, 1600, "EUR",
         "recovered paraffin wax is a clean, white to yellow solid; these drums hold a brown, sticky paste reeking of "
         "chlorinated solvent, the still bottoms that dry-cleaning machines across Attica leave when they distil "
         "their perchloroethylene, about 20 % tetrachloroethylene with lint and detergent: halogenated still bottoms "
         "(14 06 04*, 14 06 02*), hazardous waste whose export to a non-OECD country is banned, sold at 0.10 EUR/kg to "
         "an Albanian 'candle maker' through Kakavia; Greek wording (dry-cleaning solvents appear in ozone rows as carbon "
         "tetrachloride spotting agents, and distillation residues under bitumen-additive and thinner covers; "
         "perchloroethylene still bottoms under a wax cover are new as far as a search found)", {"importer_country": "AL"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "GN", "381900",
         "Fluide hydraulique ininflammable à base d'esters phosphatés, reconditionné, 80 fûts de 200 l", "FR",
         16800, 80, 4800, "EUR",
         "reconditioned fire-resistant fluid comes filtered and dried with a laboratory certificate; these drums are "
         "the mixed drainings of an aircraft maintenance hangar near Toulouse, dark, with water, kerosene and metal "
         "fines: phosphate-ester aviation hydraulic fluid drained from airliners, waste synthetic hydraulic oil "
         "(13 01 11*), hazardous waste whose export to a non-OECD country is banned, sold to a Conakry mining "
         "contractor; French wording (used oils repeat, and Skydrol appears once as a cover in a development "
         "row; drained aviation hydraulic fluid as waste is new as far as a search found)",
         {"importer_country": "GN"}),
        ("WST-03", "export", "HUROAD01", "road", "HU", [], "RS", "271500",
         "Bitumenemulzió kátyúzáshoz, IBC tartályokban, 24 t", "HU", 24000, None, 960, "EUR",
         "bitumen emulsion is a brown liquid that breaks black on stone and sells at 400-600 EUR/t; this grey-brown, "
         "oily sludge at 40 EUR/t smells of diesel and detergent and holds sand and metal grit: the contents of "
         "fuel-station and car-wash oil separators collected around Szeged, sludges from oil/water separators "
         "(13 05 02*, 13 05 08*), hazardous waste whose export to a non-OECD country is banned; Hungarian wording "
         "(oil-separator sludge appears once, as washed building sand to Bosnia (blind52): this repeats the waste "
         "knowingly, with a new cover, bitumen emulsion, a new route, Hungary to Serbia, and new wording)",
         {"importer_country": "RS"}),
        ("WST-04", "transit", "NLSEA01", "sea", "GB", ["NL"], "NG", "950430",
         "Amusement arcade machines, used, working, 140 units", "GB", 14000, 140, 7000, "GBP",
         "140 cabinet arcade machines from closed British seaside arcades, trans-shipped in Rotterdam for Lagos, most "
         "with cracked CRT monitors, leaking capacitors and dead boards, untested, at 50 GBP apiece: discarded "
         "electrical equipment with cathode-ray tubes (16 02 13*), hazardous waste that may not be shipped from an "
         "OECD country to a non-OECD one (Basel ban amendment), and whose transit through the Union needs notification "
         "and consent, never sought; British English wording (CRT equipment repeats as WEEE; arcade machines are new "
         "as far as a search found)", {"importer_country": "NG"}),
        ("WST-05", "export", "SKRAIL01", "rail", "SK", [], "UA", "850720",
         "Trakčné batérie pre banské lokomotívy, použité, prevádzkyschopné, 48 ks", "SK", 96000, 48, 9600, "EUR",
         "mine-locomotive traction batteries weigh about 2 t each; these forty-eight, taken out of the locomotives of "
         "a closed Upper Nitra lignite mine, have cracked cases and sulphated plates, and acid leaks on the wagon "
         "floor; sold at 0.10 EUR/kg for 'further use' to a Dnipro trader: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned; Slovak wording (lead-acid batteries repeat "
         "in many forms; mine-locomotive batteries by rail to Ukraine are new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "940549",
         "Corpuri de iluminat stradal demontate la modernizarea LED, cu lămpi, pentru reutilizare, 2 400 buc.", "RO",
         24000, 2400, 2400, "EUR",
         "2,400 street-light fittings taken down when a Romanian city switched to LED, loaded loose with their "
         "high-pressure mercury-vapour lamps and old ballasts, many broken, sold 'for reuse' at 1 EUR apiece to a "
         "Chișinău contractor: discarded equipment with mercury lamps (16 02 13*, 20 01 21*), hazardous waste whose "
         "export to a non-OECD country is banned; Romanian wording (fluorescent and mercury lamps repeat, "
         "street-lighting lamps once in a development row; whole fittings from an LED retrofit to Moldova are new "
         "as far as a search found)", {"importer_country": "MD"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "GH", "940690",
         "Brugte kølerumspaneler, sandwich, til genopstilling, 1 200 m², 1 x 40' container", "DK", 14000, None,
         3600, "EUR",
         "the wall and ceiling panels of a 1980s Jutland slaughterhouse cold store, sawn out, dented and torn, whose "
         "polyurethane cores were blown with CFC-11, as core samples show, shipped to a Tema fish trader 'for "
         "re-erection': insulation waste containing ozone-depleting substances (17 06 03*), hazardous waste whose "
         "export to a non-OECD country is banned and whose CFC-11 must be recovered and destroyed (Regulation "
         "2024/590); Danish wording (used cold-store panels with CFC foam appear twice as ozone rows (blind50 "
         "and a development row): this repeats the goods knowingly, as waste, with a new route, Denmark to Ghana, "
         "a new cover and new wording)", {"importer_country": "GH"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CV", "720510",
         "Granalha de aço recuperada, para reutilização em decapagem, big bags, 20 t", "PT", 20000, None, 1000, "EUR",
         "steel grit for reuse is sieved, clean grey metal; these bags hold grit swept up after the old paint was "
         "blasted off a Lisbon steel road bridge, full of red-lead and zinc-chromate paint flakes, about 3 % lead: "
         "spent blasting material containing hazardous substances (12 01 16*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Mindelo shipyard; Portuguese wording (spent abrasives repeat from "
         "shipyards, some with TBT; grit from a bridge repainting to Cabo Verde is new as far as a search found)",
         {"importer_country": "CV"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "TR", "854460",
         "Cavi elettrici AT in rame, usati, riutilizzabili, in bobine, 22 t", "IT", 22000, None, 33000, "EUR",
         "high-voltage cables dug up when a Milan underground grid of the 1960s was renewed, paper-insulated and "
         "oil-filled, with lead sheaths and their oil still inside, cut into lengths; no cable of that kind is laid "
         "again, and the buyer is an Izmir cable-stripping yard: waste cables containing oil and lead (17 04 10*), "
         "hazardous waste whose export to Turkey, an OECD country, needs notification and the consent of both "
         "countries, not sought; Italian wording (cable scrap repeats; oil-filled lead-sheathed cables to Turkey are "
         "new as far as a search found)", {"importer_country": "TR"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "TG", "401220",
         "Gebruikte banden, profieldiepte min. 3 mm, 400 st.", "BE", 3200, 400, 2000, "EUR",
         "a Lomé-bound container of used tyres and car seats whose third line, 'tested' starter batteries, holds 180 "
         "batteries from car breakers, many cracked, some without acid and none tested: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden behind goods that may "
         "travel as second-hand goods; Flemish wording (lead-acid batteries repeat; a tyre-and-seat container to Togo "
         "hiding them is new as far as a search found)",
         {"importer_country": "TG",
          "_more_items": [item("940120", "Gebruikte autozetels, 60 st.", "BE", 900, 300, "EUR", qty=60),
                          item("850710", "Startaccu's 12 V, gebruikt, getest, 180 st.", "BE", 3240, 900, "EUR", qty=180)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "HUROAD01", "road", "RS", [], "HU", "880212",
         "Mi-8T helikopter, kivont, múzeumi kiállításra, 1 db", "RU", 7000, 1, 90000, "EUR",
         "a 1980s Mi-8T retired by a Serbian operator and brought on a low-loader for a Hungarian aviation museum "
         "foundation; the engine-bay fire system still holds its four charged bottles, whose Cyrillic plates read "
         "'хладон 114В2': dibromotetrafluoroethane (halon 2402), and products and equipment containing halons may "
         "not be imported, museum pieces included, unless the halon is recovered first (Regulation 2024/590); "
         "Hungarian wording (halon 2402 repeats in about thirteen rows, mostly as ships' bottles, and ex-army tracked "
         "carriers with halon 1301 in blind58; a helicopter's fire bottles are new as far as a search found)",
         firm("Repüléstörténeti Alapítvány", "HU")),
        ("OZN-02", "import", "FRSEA01", "sea", "CN", [], "FR", "841869",
         "Climatiseurs de cave à vin traversants, R-134a, 180 unités", "CN", 5400, 180, 54000, "USD",
         "through-the-wall wine-cellar conditioners for a Bordeaux distributor; the factory still builds the model "
         "with HCFC-22 for markets that may use it, and the plates under the R-134a stickers and a gas test give "
         "chlorodifluoromethane: equipment relying on HCFCs may not be imported (Regulation 2024/590); French "
         "wording (wine cabinets appear in three rows and HCFC-22 equipment under HFC labels in many; through-the-wall "
         "cellar conditioners are new as far as a search found)",
         firm("Caves Aquitaine Distribution SARL", "FR")),
        ("OZN-03", "import", "IEROAD01", "road", "GB", [], "IE", "841869",
         "Remote python beer coolers, second-hand, serviced, 40 units", "GB", 2000, 40, 6000, "GBP",
         "forty remote beer coolers taken out of closed English pubs and brought over on the Holyhead ferry for a "
         "Dublin bar-equipment trader; their plates and a gas test give charges of 1-2 kg of chlorodifluoromethane "
         "(HCFC-22) each: equipment relying on HCFCs may not be imported, second-hand included (Regulation "
         "2024/590); British English wording (beer-line coolers appear once, with R-290 (blind47); second-hand R-22 "
         "pub coolers from Britain are new as far as a search found)",
         firm("Liffey Bar Equipment Ltd", "IE")),
        ("OZN-04", "export", "BESEA01", "sea", "BE", [], "CD", "290345",
         "Fluide frigorigène R-134a, bouteilles consignées 13,6 kg, 60 pièces", "BE", 816, 60, 2400, "EUR",
         "R-134a and CFC-12 read almost the same pressure at 20 °C, so only a sample gives these cylinders away: "
         "dichlorodifluoromethane (CFC-12) drained from old cars and fridges at a Walloon breaker's yard, which should "
         "have gone for destruction, sold to a Kinshasa dealer: controlled substances may not be exported, and "
         "recovered CFCs must be destroyed (Regulation 2024/590); Belgian French wording (CFC-12 repeats, and HFC "
         "labels hid it before; an export of recovered CFC-12 to the Congo is new as far as a search found)",
         {"importer_country": "CD"}),
        ("OZN-05", "import", "LTPOST01", "post", "CN", [], "LT", "381300",
         "Automobilinis gesinimo purškiklis, 500 ml, 12 vnt.", "CN", 7, 12, 60, "USD",
         "car fire sprays sold online are foam or water-mist cans; these twelve hold a liquefied gas at about 2.5 bar "
         "and a sample gives bromochlorodifluoromethane (halon 1211), posted to a private motorist in Kaunas: "
         "products containing halons may not be imported (Regulation 2024/590), and gas cans may not go by post; "
         "Lithuanian wording (halon 1211 repeats in many rows, and a Chinese car extinguisher appears once with "
         "HFC-227ea (blind17); a car fire spray by post is new as far as a search found)",
         person("Privatus asmuo", "LT")),
        ("OZN-06", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "382764",
         "R-407C soğutucu gaz, tek kullanımlık tüpler 11,3 kg, 600 adet", "TR", 6780, 600, 21000, "USD",
         "a Turkish truck declared in transit through Bulgaria for a Belgrade refrigeration wholesaler; R-407C reads "
         "about 9 bar at 20 °C, these cylinders about 8 bar, and a sample gives chlorodifluoromethane (HCFC-22): "
         "controlled substances may not pass through the Union without a licence, transit included (Regulation "
         "2024/590); Turkish wording (HCFC-22 under HFC labels repeats in many rows; a road transit from Turkey "
         "through Bulgaria to Serbia is new as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "import", "HRSEA01", "sea", "CN", [], "HR", "841981",
         "Kombinirane pećnice za hotelske kuhinje, 12 kom.", "CN", 2400, 12, 36000, "USD",
         "a fit-out container for a Dalmatian hotel whose third line, 160 'R-32' split air-conditioners, carries "
         "plates and a gas test that give chlorodifluoromethane (HCFC-22), units built for markets that may still "
         "use it: equipment relying on HCFCs may not be imported (Regulation 2024/590); Croatian wording (HCFC-22 "
         "split units under HFC labels repeat; hidden as one line of a hotel fit-out they are new as far as a search "
         "found)",
         {"importer_name": "Jadran Hoteli d.d.", "consignee_name": "Jadran Hoteli d.d.", "importer_country": "HR",
          "_more_items": [item("842219", "Profesionalne perilice posuđa, 10 kom.", "CN", 1200, 15000, "USD", qty=10),
                          item("841510", "Split klima uređaji 3,5 kW, R-32, 160 kom.", "CN", 6400, 48000, "USD", qty=160)]}),
        ("OZN-08", "import", "PTPOST01", "post", "US", [], "PT", "381400",
         "Solvente para restauro de máquinas de escrever, 4 x 0,5 l", "US", 3.2, 4, 40, "USD",
         "typewriter cleaners are mineral spirits at about 0.78 kg/l; these two litres weigh 1.59 kg/l, smell sweet, "
         "do not burn, and the old-stock labels read carbon tetrachloride: tetrachloromethane, a controlled substance "
         "that may not be imported or placed on the market (Regulation 2024/590), posted to a private collector in "
         "Porto; Portuguese wording (carbon tetrachloride repeats, as a spot remover and a laboratory solvent, "
         "and a correction-fluid thinner appears once (blind53); a typewriter-restoration solvent is new as far as "
         "a search found)", person("Particular", "PT")),
        ("OZN-09", "export", "PLRAIL01", "rail", "PL", [], "UA", "860691",
         "Wagony chłodnie, sekcje 5-wagonowe, używane, sprawne, 10 wagonów", "PL", 220000, 10, 150000, "EUR",
         "two 1980s refrigerated rail sections (a generator car and four insulated wagons each) sold by a Polish "
         "operator to a Ukrainian fruit exporter, their refrigerating machinery still charged with "
         "dichlorodifluoromethane (CFC-12), as the plates say: the export of products and equipment containing or "
         "relying on CFCs is banned (Regulation 2024/590); Polish wording (CFC-12 equipment repeats; refrigerated "
         "rail sections by rail to Ukraine are new as far as a search found)", {"importer_country": "UA"}),
        ("OZN-10", "export", "ESSEA01", "sea", "ES", [], "DZ", "841869",
         "Enfriadora centrífuga usada, 1.200 kW, revisada, para reinstalación, 1 unidad", "ES", 18000, 1, 30000, "EUR",
         "a 1989 centrifugal chiller taken out of a Madrid office tower and sold to an Oran private clinic, still "
         "holding about 900 kg of trichlorofluoromethane (CFC-11), as its plate and a sample show: the export of "
         "equipment containing or relying on CFCs is banned (Regulation 2024/590); Spanish wording (this repeats a "
         "family knowingly: a used R-11 centrifugal chiller for re-installation appears in blind5; the route, a "
         "Spanish export to Algeria, and the wording are new)", {"importer_country": "DZ"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITAIR01", "air", "ET", [], "IT", "442090",
         "የእንጨት ቅርጻ ቅርጽ፣ አዲስ የእጅ ሥራ፣ 3", "ET", 45, 3, 150, "USD",
         "three tall, slender wooden figures with round eyes of bone or shell, a phallic ornament on the forehead, "
         "weathered grey and split at the base where they were sawn off: waka, memorial effigies that stand over the "
         "graves of Konso heroes in southern Ethiopia, a world-heritage landscape, taken from a village: Ethiopia "
         "forbids the export of its heritage without a permit of its heritage authority, and cultural goods removed "
         "illegally may not be brought into the Union (Regulation 2019/880); Amharic wording (Konso waka are new as "
         "far as a search found; Ethiopian manuscripts and crosses repeat)", {"importer_country": "IT"}),
        ("CUL-02", "import", "ESSEA01", "sea", "CL", [], "ES", "940360",
         "Muebles de jardín de eucalipto, nuevos, 120 piezas", "CL", 3600, 120, 9000, "USD",
         "a garden-furniture container from Temuco for a Valencia garden centre whose last line, 'totem-type garden "
         "figures', holds two 2 m oak figures with a flat face, arms crossed on the chest, deep cracks and a sawn "
         "base, grey with age: chemamull, Mapuche funerary statues that stand over graves in Araucanía, which Chile "
         "protects as national monuments and forbids to export, and cultural goods removed illegally may not be "
         "brought into the Union (Regulation 2019/880); Chilean Spanish wording (chemamull are new as far as a search "
         "found)",
         {"importer_name": "Jardines del Turia SL", "consignee_name": "Jardines del Turia SL", "importer_country": "ES",
          "_more_items": [item("460219", "Canastos de mimbre, artesanía, 200 piezas", "CL", 400, 1200, "USD", qty=200),
                          item("442090", "Figuras de madera para jardín, tipo tótem, 2 piezas", "CL", 180, 300, "USD", qty=2)]}),
        ("CUL-03", "import", "DEAIR01", "air", "AE", [], "DE", "680299",
         "گلدان سنگی تزئینی، صنایع دستی جدید پاکستان، ۲ عدد", "PK", 9, 2, 180, "USD",
         "two dark-green chlorite vessels carved in relief with serpents, scorpion-men and a zebu, inlaid with white "
         "stone, with earth in the carving: vessels of the Jiroft culture (3rd millennium BC) from the looted "
         "cemeteries of the Halil Rud valley in south-east Iran, flown from Dubai as 'new Pakistani craft': Iran "
         "forbids the export of its antiquities, and an archaeological object over 250 years needs an EU import "
         "licence (Regulation 2019/880); Persian wording (Jiroft vessels are new as far as a search found)",
         {"importer_country": "DE"}),
        ("CUL-04", "import", "ITPOST01", "post", "BD", [], "IT", "691390",
         "পোড়ামাটির ফলক, হস্তশিল্প, নতুন, ৪টি", "BD", 12, 4, 40, "USD",
         "four heavy, square terracotta plaques with a running figure, a kinnara and a monkey in relief, worn, with "
         "lime mortar on the back and one edge cut: plaques torn from the walls of a Buddhist monastery of the Pala "
         "period (8th-12th century) in northern Bangladesh, posted to a private person in Rome: Bangladesh forbids "
         "the export of antiquities (Antiquities Act 1968), and an archaeological object over 250 years needs an EU "
         "import licence (Regulation 2019/880); Bengali wording (Pala temple plaques are new as far as a search "
         "found)", person("Privato", "IT")),
        ("CUL-05", "import", "NLSEA01", "sea", "MY", [], "NL", "442199",
         "Tiang kayu belian terpakai, hiasan taman, 2 batang", "MY", 600, 2, 400, "USD",
         "two 2.5 m ironwood posts carved as squatting guardian figures with bared teeth, weathered silver, with "
         "moss and the stumps of a longhouse platform: hampatong, Dayak guardian figures of Borneo, shipped from "
         "Kuching to a Dutch garden designer as reclaimed posts: Malaysia forbids the export of antiquities and "
         "historical objects without a licence (National Heritage Act 2005), and cultural goods removed illegally "
         "may not be brought into the Union (Regulation 2019/880); Malay wording (Dayak hampatong are new as far as "
         "a search found)", {"importer_country": "NL"}),
        ("CUL-06", "import", "BESEA01", "sea", "CO", [], "BE", "680299",
         "Estatua de piedra, réplica de San Agustín, para jardín, 1 pieza", "CO", 900, 1, 350, "USD",
         "Huila workshops sell new carved replicas of the San Agustín statues, clean and sharp; this 1.3 m "
         "volcanic-stone figure with fangs, a headdress and a small figure on its back is weathered and "
         "lichen-covered, with soil in its cracks and an old break glued: an original statue of the San Agustín "
         "culture (1st-8th century), which Colombia owns and forbids to export (Law 397 of 1997), and cultural goods "
         "removed illegally may not be brought into the Union (Regulation 2019/880); Colombian Spanish wording (San "
         "Agustín statues are new as far as a search found; Colombian goldwork repeats)", {"importer_country": "BE"}),
        ("CUL-07", "import", "ESAIR01", "express", "HN", [], "ES", "680291",
         "Vaso de alabastro tallado, artesanía de Copán, 1 pieza", "HN", 3, 1, 60, "USD",
         "a cylindrical, thin-walled white marble vase with handles shaped as jaguars and bands of volutes, with "
         "root marks and a calcite crust: an Ulúa marble vase (8th-10th century) from the Ulúa valley of Honduras, "
         "sent by express to a private collector: Honduras forbids the export of its archaeological heritage, and "
         "an archaeological object over 250 years needs an EU import licence (Regulation 2019/880); Honduran Spanish "
         "wording (Ulúa marble vases are new as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-08", "export", "SIROAD01", "road", "SI", ["IT"], "CH", "741810",
         "Bronasto vedro, okrasno, staro, 1 kos", "SI", 2.5, 1, 150, "EUR",
         "a bronze bucket with a swing handle, its body beaten thin and decorated in horizontal friezes of embossed "
         "animals, a procession of riders and a feast, green with corrosion and pieced together from fragments: a "
         "situla of the Early Iron Age (6th-5th century BC) from a looted tumulus in Dolenjska, in the style of the "
         "Vače situla, driven to a Basel dealer: an archaeological object needs an export licence from the Union at "
         "any value (Regulation 116/2009), and Slovenia forbids the export of its archaeological heritage; Slovenian "
         "wording (situlae are new as far as a search found; Iron Age bronzes repeat as horse bits and bronze scrap)",
         {"importer_country": "CH"}),
        ("CUL-09", "export", "HUAIR01", "express", "HU", [], "US", "491199",
         "Díszítő pergamenlap, kalligráfia, 1 db", "HU", 0.3, 1, 30, "EUR",
         "a calligraphy sheet would be new; this folded parchment in Latin, in a Gothic charter hand, with a pendant "
         "wax seal on a silk cord and an archive shelf mark on the back, is a charter of the 14th or 15th century "
         "from a Hungarian church archive, sent by express to a US buyer: archives more than 50 years old need an "
         "export licence from the Union at any value (Regulation 116/2009), and Hungary protects them as cultural "
         "goods; Hungarian wording (seals and old papers repeat, as Arabic calligraphy with a seal and waste paper; "
         "a medieval charter with a pendant seal is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "ATPOST01", "post", "AR", [], "AT", "691390",
         "Figura de cerámica artesanal del Noroeste, 1 pieza", "AR", 2.5, 1, 35, "USD",
         "a seated figure of grey burnished clay with swollen legs, a raised face and white-filled incised patterns, "
         "with soil inside and a restored arm: a Condorhuasi ceramic (roughly 1st-5th century) from the Hualfín "
         "valley of Catamarca, posted to a private person in Vienna: Argentina owns its archaeological heritage and "
         "forbids its export (Law 25,743), and an archaeological object over 250 years needs an EU import licence "
         "(Regulation 2019/880); Argentine Spanish wording (Condorhuasi ceramics are new as far as a search found)",
         person("Frau S. Huber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "PLROAD01", "road", "PL", ["RO", "BG", "TR", "GE"], "AM", "560819",
         "Siatki cieniujące dla rolnictwa, rolki 4 x 50 m, 300 rolek", "PL", 9000, 300, 27000, "EUR",
         "agricultural shade net is a plain knitted mesh; these rolls are garnished with cut-leaf 'foliage' in a "
         "woodland pattern on a base that a test shows absorbs radar and reflects near-infrared like vegetation, at "
         "less than a tenth of their price: multispectral camouflage nets of the kind a Polish maker supplies to "
         "armies, military signature-suppression equipment (Common Military List) that needs an export licence, "
         "consigned to a Yerevan 'agro' trader whose trucks go on to Russia, where such goods may not be sold "
         "(Regulation 833/2014); Polish wording (camouflage nets are new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "UG", "330210",
         "Kapsaicinové aroma pro výrobu pálivých omáček, prášek, 50 kg", "CZ", 50, None, 1500, "EUR",
         "hot-sauce makers use chilli extract by the gram; these 50 kg of white crystalline powder, with CAS "
         "2444-46-4 on the inner bags, are pure nonivamide (PAVA), the irritant of police sprays, for a Kampala "
         "'food' company whose partner fills riot-control sprays for the police: PAVA is among the goods whose "
         "export needs an authorisation (Regulation 2019/125, Annex III), not sought; Czech wording (PAVA is new as "
         "far as a search found; restraint chairs, leg irons and stun belts repeat)", {"importer_country": "UG"}),
        ("STR-03", "import", "BGROAD01", "road", "TR", [], "BG", "930400",
         "Газови сигнални пистолети 9 mm P.A.K., 200 бр.", "TR", 160, 200, 8000, "USD",
         "blank-firing pistols sold in the Union must have a blocked barrel and pass the tests of Implementing "
         "Directive 2019/69; these two hundred Turkish pistols have a removable insert behind the muzzle and no test "
         "mark, and with the insert knocked out with a punch the bore fires a 6 mm ball: alarm weapons that can be "
         "converted count as firearms (Directive 2021/555), which the Sofia 'airsoft' shop may not import without a "
         "licence; Bulgarian wording (a starting pistol appears once (blind53), barrel blanks and 80 % frames repeat; "
         "convertible Turkish blank-firers in bulk are new as far as a search found)", {"importer_country": "BG"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "GE", "820719",
         "Bohrkronen für Brunnenbohrungen, PDC, 8½ Zoll, 12 Stück", "DE", 600, 12, 96000, "EUR",
         "water-well bits are simple tricone or drag bits costing a few hundred euros; these twelve 8½-inch bits with "
         "five blades of polycrystalline-diamond cutters and API connections, at 8,000 EUR each, are oil and gas "
         "drilling bits, ordered by a Tbilisi 'water-well' company that serves a Russian oilfield contractor in "
         "Orenburg: goods for oil exploration listed in Regulation 833/2014 (Annex II) may not be sold for use in "
         "Russia, and the contract lacks the no-re-export-to-Russia clause; German wording (PDC oil bits are new as "
         "far as a search found)", {"importer_country": "GE"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", [], "AE", "842119",
         "Laboratoriumcentrifuges, gebruikt, 8 st.", "NL", 400, 8, 4000, "EUR",
         "a lot of used laboratory equipment from a Dutch university clearance, sold to a Dubai reseller; its second "
         "line is a multicollector magnetic-sector mass spectrometer with a fluorination inlet, built for uranium "
         "isotope ratios (3A233), a dual-use item that needs an export licence, and the reseller's end user is a "
         "Tehran university tied to the nuclear programme (Regulation 267/2012); Dutch wording (laboratory analysers "
         "appear as covers twice; a multicollector in a university clearance lot is new as far as a search found)",
         {"importer_country": "AE",
          "_more_items": [item("902781", "Massaspectrometer, gebruikt, voor isotopenanalyse, 1 st.", "DE", 1200, 20000, "EUR", qty=1),
                          item("841989", "Droogovens, laboratorium, gebruikt, 6 st.", "NL", 360, 1800, "EUR", qty=6)]}),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "AE", "890120",
         "Crude oil tanker 'AEGEAN LYRA', built 2006, 105,000 dwt, for floating storage, 1 unit", "GR", 17000000, 1,
         28000000, "USD",
         "a 2006 Aframax sold by a Piraeus owner to a Dubai company set up two months before, for 'floating storage "
         "off Fujairah' at a price well above the market, with no storage contract, whose managers run tankers that "
         "carry Russian crude above the price cap: the sale of tankers for use in Russia or for carrying Russian "
         "crude is banned, and a sale to a third country must be notified (Regulation 833/2014), never done; English "
         "wording (tankers sold 'for demolition' appear twice; a 'floating storage' sale to Dubai is new as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-07", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "621040",
         "Aizsargtērpi pesticīdu smidzināšanai ar maskām, 600 komplekti", "LV", 2400, 600, 18000, "EUR",
         "pesticide-spraying suits are light disposable overalls with a half-mask; these are charcoal-lined butyl "
         "suits with hoods, overboots and full-face masks with 40 mm NATO-thread filters, made to military CBRN "
         "standards, for an Almaty 'agro-service' firm whose orders go on to Russia: equipment designed for defence "
         "against chemical and biological agents (military list or dual-use 1A004) needs an export licence and may "
         "not be sold for use in Russia (Regulation 833/2014); Latvian wording (CBRN suits are new as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CN", "870324",
         "Pkw Mercedes-Maybach S 680, neu, 2 Stück", "DE", 5000, 2, 480000, "EUR",
         "two new V12 Maybachs sold by a Stuttgart dealer to a Dalian trading firm with no showroom, to be loaded in "
         "Dalian on a ship that calls at Nampo: luxury goods, cars among them, may not be supplied to North Korea, "
         "directly or indirectly (Regulation 2017/1509); German wording (luxury goods for North Korea appear as "
         "cognac and racing skis, luxury cars for Russia in several rows; Maybachs via Dalian are new as far as a "
         "search found)", {"importer_country": "CN"}),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "KG", "940171",
         "Sièges de salle de cinéma, rangées de trois, rembourrés, 60 unités", "FR", 1800, 60, 9000, "EUR",
         "cinema seats are upholstered rows bolted to the floor; these sixty triple units have seat-track fittings, "
         "life-vest pouches under the cushions, tray tables and aviation approval labels: economy passenger seats "
         "of Airbus A320-family aircraft, sent to a Bishkek 'cinema fit-out' firm that supplies a Russian airline: "
         "aircraft parts and equipment may not be sold for use in Russia (Regulation 833/2014); French wording "
         "(aircraft parts to Russia through Central Asia repeat, carbon brakes as truck brake discs among them; "
         "passenger seats as cinema seating are new as far as a search found)", {"importer_country": "KG"}),
        ("STR-10", "export", "ATPOST01", "post", "AT", [], "US", "900691",
         "Kameragriff aus Aluminium, Ersatzteil, 4 Stück", "AT", 1.6, 4, 80, "EUR",
         "camera grips are moulded plastic or light alloy; these four are pistol slides, machined steel with an "
         "ejection port, extractor and firing-pin channel, sold by a private collector in Graz to a US buyer: slides "
         "are essential components of firearms, whose export needs an export authorisation (Regulation 258/2012) "
         "and which may not go by post; Austrian German wording (slides appear once as pistol slide covers "
         "(blind55); slides as camera grips are new as far as a search found; barrels, frames and solvent traps "
         "repeat)", {"importer_country": "US"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "TG", [], "FR", "010690",
         "Scorpions de forêt asiatiques (Heterometrus), élevés en captivité, 300 pièces", "TG", 12, 300, 900, "USD",
         "Asian forest scorpions do not live in Togo and are not bred there; these 300 glossy black scorpions, up to "
         "20 cm, with broad granular claws and reddish tail tips, are emperor scorpions (Pandinus imperator, CITES "
         "App. II) caught above the Togolese quota for a French pet wholesaler, without an export permit; French "
         "wording (emperor scorpions appear in about three rows under 'live invertebrates' and feeder-insect covers; "
         "declared as an Asian species from Togo they are new as far as a search found)",
         firm("Terrario Import SARL", "FR")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "440799",
         "Madeira serrada de freijó (Cordia goeldiana), 15 m3", "BR", 10000, None, 12000, "USD",
         "freijó is light golden-brown, straight-grained and has no smell; these boards are olive to chocolate "
         "brown with a golden figure, heavier, and smell of spice where freshly sawn: imbuia (Ocotea porosa, CITES "
         "App. II), logged in the araucaria forests of Paraná and Santa Catarina, for a Porto furniture restorer "
         "without an export permit; Portuguese wording (imbuia is new as far as a search found; Brazilian timbers "
         "such as ipê, cumaru and mahogany repeat)", firm("Restauro Invicta Lda", "PT")),
        ("WLF-03", "import", "ESROAD01", "road", "MA", [], "ES", "080410",
         "Dattes Medjool, 6 boîtes de 5 kg", "MA", 33, 6, 90, "EUR",
         "a motorhome back through Tanger Med to Algeciras declares six boxes of dates; they are heavier than dates, "
         "breathe, and hold twelve live spur-thighed tortoises (Testudo graeca, CITES App. II, EU Annex A) taken "
         "from the wild in the Middle Atlas, without permits; Moroccan French wording (tortoises repeat, and ceramic "
         "garden tortoises once as a cover (blind45); tortoises in date boxes on the Algeciras ferry are new as far "
         "as a search found)", person("Particular", "ES")),
        ("WLF-04", "export", "NLSEA01", "sea", "NL", [], "CN", "920110",
         "Antieke piano, rechtopstaand, ca. 1890, gerestaureerd, 1 stuk", "NL", 250, 1, 3000, "EUR",
         "an 1890s Dutch upright sold to a Shanghai collector of European pianos; its 52 white keys are faced with "
         "elephant ivory, which the declaration leaves out: worked ivory (Loxodonta africana, CITES App. I/II) may "
         "leave the Union only with a re-export certificate, which for worked items from before 1947 needs proof of "
         "age, and China has closed its domestic ivory market; Dutch wording (piano keytops appear twice, as "
         "plastic keys and as keyboards for restoration; a whole antique piano exported to China is new as far as a "
         "search found)", {"importer_country": "CN"}),
        ("WLF-05", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "030633",
         "Crabes de mangrove vivants (Scylla serrata), 3 caisses, 40 kg", "MG", 40, 3, 400, "USD",
         "live mud crabs travel tied up in damp crates; these crates hold twenty-two young tortoises with high domed "
         "shells patterned in yellow star-rays on black: radiated tortoises (Astrochelys radiata, CITES App. I) "
         "poached in southern Madagascar, routed Antananarivo-Paris-Bangkok: the transit of App. I specimens through "
         "the Union without permits is an offence (Regulation 338/97); French wording (radiated tortoises repeat in "
         "about five rows; live mud crabs as their cover through Paris are new as far as a search found)",
         {"importer_country": "TH"}),
        ("WLF-06", "import", "ITAIR01", "air", "BR", [], "IT", "411390",
         "Couro de salmão curtido, 300 peles", "BR", 90, 300, 3000, "USD",
         "salmon skins are about 60 cm long with fine, small scales; these are 1.2 m skins with large, round, cupped "
         "scale pockets: arapaima (Arapaima gigas, CITES App. II) leather from unmanaged fisheries, for a Tuscan "
         "leather-goods maker without an export permit; Brazilian Portuguese wording (arapaima repeats as dried or "
         "frozen fish in about four rows; tanned skins as salmon leather are new as far as a search found)",
         firm("Conceria Santa Croce Srl", "IT")),
        ("WLF-07", "export", "BGAIR01", "air", "BG", [], "QA", "010631",
         "Ловни соколи, хибриди гер x сокол, развъдени в плен, 6 бр.", "BG", 6, 6, 30000, "EUR",
         "captive-bred hybrids carry closed rings fitted as chicks and DNA papers; these six large brown falcons "
         "wear opened and re-crimped rings and show no gyrfalcon traits: wild saker falcons (Falco cherrug, CITES "
         "App. II, EU Annex A) taken as eyasses from nests in the Bulgarian mountains, for a Doha falconer, without "
         "a CITES export permit; Bulgarian wording (falcons repeat in about nine rows, and raptors declared as "
         "captive-bred hybrids appear once (blind37); wild Bulgarian sakers flown to Doha are new as far as a "
         "search found)", {"importer_country": "QA"}),
        ("WLF-08", "import", "DEPOST01", "post", "GE", [], "DE", "060110",
         "ყვავილის ბოლქვები, ბაღისთვის, 500 ცალი", "GE", 3, 500, 30, "USD",
         "Georgia exports snowdrop bulbs in a yearly quota with CITES permits; these 500 small bulbs with soil and "
         "the broad glossy leaves of the Caucasian snowdrop are wild-dug Galanthus woronowii (CITES App. II), posted "
         "to a private collector without a permit or a plant-health certificate; Georgian wording (snowdrops "
         "repeat; by post from Georgia they are new as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-09", "import", "ESSEA01", "sea", "CM", [], "ES", "440799",
         "Sciages d'ovangkol (Guibourtia ehie), 25 m3", "CM", 20000, None, 15000, "EUR",
         "ovangkol is golden-brown with dark streaks and comes from Côte d'Ivoire and Ghana; these wide slabs from "
         "Cameroon are pinkish-red with purple veins and heavier: bubinga (Guibourtia demeusei and tessmannii, CITES "
         "App. II), the listed species of the same genus, for a Valencia river-table workshop without an export "
         "permit; Cameroonian French wording (bubinga and kevazingo repeat in about six rows; declared as its "
         "unlisted relative ovangkol it is new as far as a search found)",
         firm("Mesas de Río Levante SL", "ES")),
        ("WLF-10", "import", "NLAIR01", "air", "ID", [], "NL", "010619",
         "Sugar glider (Petaurus breviceps), hasil penangkaran, 10 ekor", "ID", 5, 10, 600, "USD",
         "sugar gliders are grey with a dark stripe down the back and a gliding membrane between the limbs; these "
         "ten have no membrane, huge forward-facing eyes ringed in dark brown, a toxic gland on the elbow and move "
         "slowly: slow lorises (Nycticebus spp., CITES App. I), taken from the wild in Java for the pet trade, "
         "without permits; Indonesian wording (slow lorises appear in about three rows, once as sugar gliders "
         "with Czech wording (blind41): this repeats that cover knowingly, with a new route, Java to Amsterdam, and "
         "new wording)", {"importer_country": "NL"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "US", "DK", "280700",
     "Sulphuric acid 96 %, 4 x 5 l, for a licensed private user", "US", 36.8, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "DK-MST-36-0051")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "LVAIR01", "express", "GB", "LV", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private pyrotechnics user", "GB", 2, 2, 40, "GBP",
     [("PRECURSOR_LICENCE", "LV-VP-36-0007")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "381900",
     "Used phosphate-ester aviation hydraulic fluid (13 01 11*), for regeneration at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-MTE-36-0214")], "notified waste hydraulic fluid to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "940690",
     "Cold-store sandwich panels with CFC-11 foam (17 06 03*), for ODS recovery at a licensed plant, 14 t", "NO",
     14000, None, 0, "EUR",
     [("BASEL_CONSENT", "DK-MST-36-0388")], "notified insulation waste with ODS to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "HUROAD01", "road", "RS", "HU", "290376",
     "Halon 2402 recovered from a retired helicopter, 4 bottles, 24 kg, for destruction", "RS", 24, 4, 0, "EUR",
     [("ODS_LICENCE", "HU-AM-ODS-36-003")], "recovered halon imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "PTAIR01", "air", "US", "PT", "290314",
     "Carbon tetrachloride, analytical grade, 20 x 2.5 l, for a licensed laboratory use", "US", 79.5, 20, 1800, "USD",
     [("ODS_LICENCE", "PT-APA-ODS-36-001")], "controlled substance imported for a laboratory use under licence"),
    ("PRM-07", "cultural", "import", "ITAIR01", "air", "GB", "IT", "970510",
     "Pala-period terracotta plaque, 10th century, from a collection documented since 1955", "BD", 3, 1, 12000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-36-0412"), ("IMPORT_LICENCE", "IT-MIC-36-0031")],
     "archaeological object with its export licence and the EU import licence"),
    ("PRM-08", "cultural", "export", "SIROAD01", "road", "SI", "CH", "970510",
     "Bronze situla fragments, Early Iron Age, from a collection documented since 1905", "SI", 1.2, 1, 25000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "SI-MK-36-0017")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "export", "PLROAD01", "road", "PL", "NO", "560819",
     "Multispectral camouflage nets, 100 rolls, for the Norwegian armed forces", "PL", 3000, 100, 180000, "EUR",
     [("EXPORT_LICENCE", "PL-DKE-36-0712"), ("END_USER_CERTIFICATE", "NO-FMA-EUC-36-0033")],
     "military camouflage under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "CH", "292429",
     "Nonivamide (PAVA) 99 %, 10 kg, for a licensed maker of police sprays", "CZ", 10, None, 3000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-36-0099")], "a listed riot-control substance exported under authorisation"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "TG", "FR", "010690",
     "Emperor scorpions (Pandinus imperator), ranched, 100", "TG", 4, 100, 400, "USD",
     [("CITES_PERMIT", "TG-MERF-36-0121")], "App. II scorpions within the export quota with their permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "CM", "ES", "440799",
     "Bubinga (Guibourtia tessmannii) sawn timber, 10 m3, for furniture making", "CM", 8500, None, 9000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-36-0288")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mads Jensen", "PRM-02": "Jānis Bērziņš", "PRM-04": "Nordisk ODS Genvinding A/S",
    "PRM-06": "Laboratório Químico do Porto Lda", "PRM-08": "Galerie am Rheinsprung AG", "PRM-11": "Terrario Import SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("380894", "Qvevri cleaning agent, lime-based, 1 kg", "import", ["express"], ["GE"], (10, 20), (1, 3), ["USD"], 1, S),
    ("340290", "Fountain-pen flush, water based, 250 ml", "import", ["post"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 4, S),
    ("340590", "Neutral granite gravestone cleaner, 1 l", "import", ["road"], ["RS", "BA"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("230990", "Equine electrolyte powder (sodium and potassium chloride, glucose), 5 kg tubs", "import", ["road"], ["GB"], (3, 6), (2000, 8000), ["GBP"], 0.2, S),
    ("381600", "Kiln wash (alumina and kaolin), 1 kg", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("741980", "Copper slug barrier tape, 4 m rolls", "import", ["post"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 5, S),
    ("281122", "Humidor humidity beads (silica gel), 200 g", "import", ["express"], ["DO", "US"], (30, 60), (1, 2), ["USD"], 5, S),
    ("440131", "Wood pellets for bee smokers, 1 kg bags", "import", ["road"], ["BA", "RS"], (0.4, 0.8), (8000, 20000), ["EUR"], 1, S),
    ("320412", "Anodising dyes for aluminium, powder, 50 g", "import", ["express"], ["US"], (100, 200), (1, 2), ["USD"], 20, S),
    ("340290", "Brass case cleaner, citric acid powder, 1 lb", "import", ["express"], ["US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("271290", "Paraffin wax, fully refined, slabs", "export", ["road"], ["AL", "MK"], (1.2, 1.8), (16000, 22000), ["EUR"], None, S),
    ("381900", "Fire-resistant hydraulic fluid, phosphate ester, new, 200 l drums", "export", ["sea"], ["GN", "SN"], (6, 9), (4000, 16000), ["EUR"], None, S),
    ("271500", "Cationic bitumen emulsion for road repair", "export", ["road"], ["RS"], (0.4, 0.6), (20000, 24000), ["EUR"], None, S),
    ("950430", "Arcade game cabinets, new", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.01, S),
    ("850720", "Traction batteries for mine locomotives, new", "export", ["rail"], ["UA"], (3, 5), (8000, 20000), ["EUR"], 0.0005, S),
    ("940542", "LED street-light fittings, new", "export", ["road"], ["MD"], (10, 18), (3000, 8000), ["EUR"], 0.15, S),
    ("940690", "Cold-room panels, new, PIR core", "export", ["sea"], ["GH", "SN"], (8, 12), (5000, 12000), ["EUR"], None, S),
    ("720510", "Steel grit for blast cleaning, new", "export", ["sea"], ["CV", "MA"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("854460", "Power cables, new, XLPE insulated, on drums", "export", ["sea"], ["TR"], (6, 9), (15000, 22000), ["EUR"], None, S),
    ("401110", "Passenger car tyres, new", "export", ["sea"], ["TG", "GH"], (3, 5), (6000, 12000), ["EUR"], 0.12, S),
    ("841869", "Wine-cellar cooling units, R-290, new", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.03, S),
    ("841869", "Remote beer coolers, R-290, new", "import", ["road"], ["GB"], (8, 12), (1000, 3000), ["GBP"], 0.02, S),
    ("701990", "Car fire blankets, glass fibre, 6 x 8 m", "import", ["post", "express"], ["CN"], (10, 20), (1, 3), ["USD"], 0.5, S),
    ("961210", "Typewriter ribbons, nylon, black/red", "import", ["post"], ["US"], (20, 40), (1, 2), ["USD"], 20, S),
    ("841981", "Combi ovens for hotel kitchens, new", "import", ["sea"], ["CN"], (12, 20), (2000, 6000), ["USD"], 0.005, S),
    ("860691", "Refrigerated rail wagons, new", "export", ["rail"], ["UA"], (5, 8), (40000, 80000), ["EUR"], 0.00004, S),
    ("290312", "Dichloromethane, technical, steel drums", "import", ["sea"], ["IN", "CN"], (0.6, 1.0), (10000, 20000), ["USD"], None, S),
    ("442090", "Carved wooden figures, new Ethiopian craft", "import", ["air"], ["ET"], (6, 12), (100, 400), ["USD"], 0.3, S),
    ("460219", "Wicker baskets, new Chilean craft", "import", ["sea"], ["CL"], (3, 5), (1000, 3000), ["USD"], 0.5, S),
    ("680299", "Soapstone vases, new Pakistani craft", "import", ["sea"], ["PK"], (2, 4), (1000, 4000), ["USD"], 0.5, S),
    ("691390", "Terracotta wall plaques, new Bangladeshi craft", "import", ["post"], ["BD"], (10, 20), (1, 3), ["USD"], 1, S),
    ("442199", "Ironwood garden posts, new, sawn", "import", ["sea"], ["MY"], (1, 2), (5000, 12000), ["USD"], None, S),
    ("680299", "Stone garden statues, new Colombian replicas", "import", ["sea"], ["CO"], (0.5, 1.0), (2000, 6000), ["USD"], 0.002, S),
    ("680291", "Alabaster vases, new Honduran craft", "import", ["express"], ["HN"], (20, 40), (1, 3), ["USD"], 1, S),
    ("830629", "Bronze situla replicas, museum shop", "export", ["post"], ["CH", "US"], (60, 120), (1, 3), ["EUR"], 0.5, S),
    ("491199", "Calligraphy prints on parchment paper, new", "export", ["express"], ["US", "CH"], (30, 60), (1, 2), ["EUR"], 5, S),
    ("560819", "Agricultural shade netting, knitted HDPE", "export", ["road"], ["AM", "GE"], (2, 3), (5000, 12000), ["EUR"], None, S),
    ("820719", "Tricone water-well drill bits, new", "export", ["air"], ["GE", "KE"], (15, 25), (200, 800), ["EUR"], 0.02, S),
    ("940171", "Cinema seating, upholstered, new", "export", ["sea"], ["MA", "TR"], (6, 10), (3000, 8000), ["EUR"], 0.03, S),
    ("900691", "Camera grips and L-brackets, aluminium", "export", ["post"], ["US", "CH"], (40, 80), (1, 2), ["EUR"], 3, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind58), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows, three of blind58's and four rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950590", "Easter decorations, painted wooden eggs", "import", ["sea"], ["CN", "UA"], (4, 8), (1000, 4000), ["USD", "EUR"], 15, N),
        ("670290", "Artificial flowers, polyester", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 10, N),
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["road"], ["TR", "RS"], (0.8, 1.3), (8000, 16000), ["EUR"], None, N),
        ("960330", "Artists' paint brushes, sets", "import", ["post", "express"], ["CN", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind60", 20360301, HERE)


if __name__ == "__main__":
    main()
