#!/usr/bin/env python3
"""Writes the eighty-first blind set (tests/risk/data/blind81-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2039, with goods, routes,
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
declaration would. Ids are BL81-*:

    python3 tests/risk/data/make_blind81_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "CH", [], "DE", "310420",
         "Kalium chloratum, Rohstoff für Schüssler-Salz Nr. 4, Ph. Eur., 5 x 1 kg", "CH", 5, 5, 120, "CHF",
         "'Kalium chloratum' is the homeopathic name of potassium chloride, a white cubic salt that tastes salty; "
         "these five kilos of glossy flat crystals crackle and flare violet on a hot plate and the inner bags carry "
         "CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from Basel to a private person in Freiburg "
         "with no pharmacy; Swiss German wording (potassium chlorate repeats in many sets; the Schüssler-salt name "
         "'chloratum' as the cover is new as far as a search found)", person("Privatperson", "DE")),
        ("PRE-02", "import", "IEAIR01", "express", "GB", [], "IE", "283319",
         "Jewellery pickle, Sparex-type, ready-mixed liquid, 4 x 1 l", "GB", 7.4, 4, 40, "GBP",
         "jewellers' pickle is sodium bisulphate sold as dry granules to be dissolved at about 10 %; these four "
         "litres come ready-mixed, are oily, weigh 1.84 kg/l and char the cardboard where they leaked: about 96 % "
         "sulphuric acid (Annex I above 15 %), sent by express from Birmingham to a private person in Cork who makes "
         "no jewellery, though corrosive liquids go by express only as declared dangerous goods; English wording "
         "(sulphuric acid repeats in many sets; a jewellery-pickle cover is new as far as a search found)",
         person("Ms A. Murphy", "IE")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "340290",
         "Кислотний засіб для миття пивних ліній, 10 x 5 л", "UA", 70, 10, 3000, "UAH",
         "acid beer-line cleaners are a few per cent phosphoric acid at about 1.05 kg/l, used by bars every few "
         "weeks; these fifty litres weigh 1.40 kg/l, fume brown when opened and stain the skin yellow: about 65 % "
         "nitric acid (Annex I above 3 %), in the boot of a private car at Dorohusk for a private person in Lublin "
         "who runs no bar; Ukrainian wording (nitric acid repeats in many sets; a beer-line cleaner cover is new as "
         "far as a search found)", person("Osoba prywatna", "PL")),
        ("PRE-04", "import", "NLPOST01", "post", "US", [], "NL", "250100",
         "Ice cream maker salt, 'no ice needed' instant freeze formula, 4 x 2.5 kg", "US", 10, 4, 45, "USD",
         "ice-cream salt is coarse rock salt poured over ice; this 'no ice needed' formula is white porous prills "
         "that turn ice-cold on their own in water, melt and fizz on a hot pan and the inner bags read 'NH4NO3': "
         "ammonium nitrate (Annex I at 16 % N or more), ten kilos posted from Ohio to a private person in Utrecht; "
         "US English wording (ammonium nitrate repeats in many sets and cold-pack covers in several; an ice-cream "
         "freezing-salt cover is new as far as a search found)", person("Particulier", "NL")),
        ("PRE-05", "import", "ATAIR01", "express", "KR", [], "AT", "300490",
         "콘택트렌즈 과산화수소 세척액 (원스텝), 12 x 1 L", "KR", 13.6, 12, 180000, "KRW",
         "one-step peroxide lens solutions are 3 % hydrogen peroxide sold in 360 ml bottles with a neutralising cup; "
         "these twelve one-litre bottles carry no cup, weigh 1.13 kg/l, vent through the caps and whiten the fingers: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Seoul to a private person in Graz; "
         "Korean wording (hydrogen peroxide repeats in many sets; a contact-lens solution in litre bottles from Korea "
         "is new as far as a search found)", person("Frau K. Huber", "AT")),
        ("PRE-06", "import", "LTPOST01", "post", "GE", [], "LT", "330730",
         "აბაზანის მარილი ლავანდით, 8 x 1 კგ", "GE", 8, 8, 90, "GEL",
         "lavender bath salts are coarse, violet-tinted and scented; these eight kilos are a fine odourless white "
         "powder that does not dissolve readily in warm water, burns lilac with a hiss on a match and is labelled "
         "'KClO4' inside: potassium perchlorate (Annex I above 40 %), posted from Tbilisi to a private person in "
         "Kaunas; Georgian wording (potassium perchlorate repeats in many sets and bath-salt covers in some; by post "
         "from Georgia to Lithuania in Georgian is the new part)", person("Privatus asmuo", "LT")),
        ("PRE-07", "import", "CZAIR01", "express", "CN", [], "CZ", "292690",
         "乙腈 HPLC级, 4 x 2.5 L", "CN", 11.4, 4, 900, "CNY",
         "HPLC acetonitrile weighs 0.79 kg/l and ships to laboratories; these four bottles weigh 1.14 kg/l, smell "
         "faintly fruity, and the inner labels read 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from "
         "Shenzhen to a private person in Brno with no laboratory, though flammable liquids go by express only as "
         "declared dangerous goods; Chinese wording (nitromethane repeats in many sets; an acetonitrile label is new "
         "as far as a search found, two rows name acetonitrile otherwise)", person("Soukromá osoba", "CZ")),
        ("PRE-08", "import", "GRSEA01", "sea", "CN", [], "GR", "380894",
         "Αφαιρετικό φυκιών ενυδρείου, υπεροξείδιο 3 %, φιάλες 500 ml, 9 600 τεμ.", "CN", 5400, 9600, 14400, "USD",
         "aquarium algae removers with peroxide are about 3 % and sold in pet shops; these 9,600 retail bottles weigh "
         "1.13 kg/l, bulge and bleach the cartons where they leaked, and the factory data sheet reads '35 % H2O2': "
         "hydrogen peroxide above 12 % (Annex I) put up for sale to the general public through a chain of Athens pet "
         "shops; Greek wording (hydrogen peroxide repeats in many sets; retail algae-remover bottles by sea from China "
         "are new as far as a search found)", firm("Enydreio Plus AE", "GR")),
        ("PRE-09", "import", "FRPOST01", "post", "MA", [], "FR", "280610",
         "Acide chlorhydrique 23 % (esprit de sel) pour détartrage, 6 x 1 l", "MA", 8.4, 6, 300, "MAD",
         "spirit of salt sold for descaling is 23 % hydrochloric acid at 1.11 kg/l, fuming white and smelling of "
         "chlorine; these six litres weigh 1.40 kg/l, fume brown and turn the skin yellow: about 65 % nitric acid "
         "(Annex I above 3 %), posted from Casablanca to a private person in Lyon although corrosive liquids may not go "
         "by post; French wording (nitric acid repeats in many sets and descaler covers in several; hydrochloric acid "
         "as the declared substance, by post from Morocco, is the new part)", person("Particulier", "FR")),
        ("PRE-10", "import", "ROROAD01", "road", "MD", [], "RO", "250100",
         "Sare pentru dedurizatorul de apă, cristale, 8 saci x 10 kg", "MD", 80, 8, 1600, "MDL",
         "water-softener salt is coarse clean sodium chloride or pressed tablets; these eight sacks hold fine, "
         "faintly yellow crystals that draw damp, spit when a grain meets a cigarette and are marked 'NaClO3' on the "
         "inner liners: sodium chlorate (Annex I above 40 %), in a private car at Leușeni for a private person in Iași "
         "with no softener; Romanian wording (sodium chlorate repeats in many sets and salt covers in several; a "
         "softener-salt cover by car from Moldova is new as far as a search found)", person("Persoană fizică", "RO")),
    ],
    "waste": [
        ("WST-01", "transit", "NLSEA01", "sea", "IS", ["NL"], "IN", "380190",
         "Kolefnisskaut, notuð, til stálbræðslu, 2 000 t", "IS", 2000000, None, 60000, "USD",
         "used carbon anode butts are clean grey blocks of calcined coke sold to steel mills as a carbon raiser; "
         "this cargo is crumbled black lining mixed with white bath crust that smells of ammonia when wet and "
         "carries cyanide and fluoride: spent pot lining from an aluminium smelter (16 11 01*), hazardous waste whose "
         "export to a non-OECD country is banned, landed at Rotterdam from Reyðarfjörður in transit for a Vizag "
         "'foundry' without notification or consent; Icelandic wording (spent pot lining repeats in several sets; as "
         "anode butts in transit from Iceland is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "250810",
         "Boorspoeling op bentonietbasis, herbruikbaar, 60 IBC", "NL", 72000, 60, 3600, "EUR",
         "reusable water-based bentonite mud is grey, smells of clay and is sold with a rheology sheet; these IBCs "
         "hold dark, diesel-smelling mud with rock cuttings from North Sea wells, at 0.05 EUR/kg: oil-based drilling "
         "mud and cuttings (01 05 05*), hazardous waste whose export to a non-OECD country is banned, for a Port "
         "Harcourt 'drilling-fluid supplier'; Dutch wording (drilling wastes repeat in several sets; as reusable "
         "bentonite mud to Nigeria is new as far as a search found)", {"importer_country": "NG"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "282540",
         "Koncentrat wodorotlenku niklu, surowiec do odzysku, 20 big-bagów", "PL", 20000, 20, 4000, "EUR",
         "nickel hydroxide sold as a raw material is a uniform green powder at several euros a kilo; these big bags "
         "hold wet, green-grey filter cake with chromium and cyanide from electroplating lines, at 0.20 EUR/kg: "
         "galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, by road at "
         "Dorohusk for a Kovel 'metals recoverer'; Polish wording (plating sludge as nickel hydroxide repeats in "
         "several sets; by road from Poland to Ukraine in Polish is the new part)", {"importer_country": "UA"}),
        ("WST-04", "export", "LVSEA01", "sea", "LV", [], "EG", "440399",
         "Koka stabi, lietoti, būvniecībai, 900 gab.", "LV", 180000, 900, 9000, "EUR",
         "used round timber for building is clean, barked softwood; these poles are black-brown, oily and smell of "
         "tar, with climbing-spike holes and line hardware still on: creosote-treated utility poles (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Damietta 'builders' merchant'; "
         "Latvian wording (creosoted railway sleepers repeat in many sets; utility poles from Latvia to Egypt are new "
         "as far as a search found)", {"importer_country": "EG"}),
        ("WST-05", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "870894",
         "Rabljeni volanski obroči z moduli, za ponovno uporabo, 1 800 kosov", "SI", 5400, 1800, 1800, "EUR",
         "steering wheels sold for reuse are tested, cleaned and boxed singly at 30-80 EUR each; these 1,800 are "
         "loose in gitterboxes, cut from wrecks with their undeployed airbag modules and torn wiring, at 1 EUR each: "
         "waste components containing explosives (16 01 10*), hazardous waste whose export to a non-OECD country is "
         "banned, by road from Celje for a Bihać 'parts dealer'; Slovenian wording (airbag modules repeat in several "
         "sets; as steering wheels from Slovenia to Bosnia is new as far as a search found)", {"importer_country": "BA"}),
        ("WST-06", "export", "GRSEA01", "sea", "GR", [], "IN", "700100",
         "Θραύσματα γυαλιού, καθαρά, για υαλουργία, 22 τ", "GR", 22000, None, 1100, "EUR",
         "clean cullet for glassworks is sorted by colour and free of metal; this load is thin white-coated tube "
         "glass with aluminium end caps and a grey powder in the bags that the trader's own analysis shows to hold "
         "mercury: crushed fluorescent lamps (20 01 21*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Firozabad 'glass bangle maker'; Greek wording (crushed lamps repeat in many sets; from Greece "
         "to Firozabad in Greek is the new part)", {"importer_country": "IN"}),
        ("WST-07", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "CN", "250490",
         "Grafit naturalny, proszek, w big-bagach, 40 t", "PL", 40000, None, 20000, "EUR",
         "natural graphite powder is shiny grey and weighs about 0.5 kg/l in the bag; this black powder weighs twice "
         "that, holds nickel, cobalt and lithium salts and smells of solvent: black mass from shredded lithium-ion "
         "batteries, hazardous waste whose export to a non-OECD country is banned, on a container train from "
         "Małaszewicze for a Chengdu 'anode maker'; Polish wording (black mass repeats in several sets; as natural "
         "graphite by rail to China is new as far as a search found)", {"importer_country": "CN"}),
        ("WST-08", "export", "DKSEA01", "sea", "DK", [], "GH", "262190",
         "Flyveaske, puzzolan til cementproduktion, 1 500 t", "DK", 1500000, None, 15000, "EUR",
         "coal fly ash sold as pozzolan is a fine grey powder with a certificate to EN 450; this is fly ash and "
         "flue-gas cleaning residue from a municipal waste incinerator, off-white, lumpy with lime and salty, rich in "
         "lead, zinc and dioxins: incinerator fly ash (19 01 13*), hazardous waste whose export to a non-OECD country "
         "is banned, for a Tema 'cement maker'; Danish wording (incinerator ash repeats in several sets; from "
         "Denmark to Ghana as pozzolan is new as far as a search found)", {"importer_country": "GH"}),
        ("WST-09", "export", "FRAIR01", "express", "FR", [], "CI", "844399",
         "Cartouches de toner compatibles, neuves, 400 pièces", "FR", 480, 400, 1200, "EUR",
         "new compatible cartridges come sealed in foil with a brand box at 20-60 EUR each; these 400 are loose in "
         "bin bags, of mixed makes, with used drums, leaking black toner and office stickers still on them, at 3 EUR "
         "each: waste toner with hazardous substances (08 03 17*) in spent cartridges, hazardous waste whose export to "
         "a non-OECD country is banned, sent by express from Paris to an Abidjan 'refiller'; French wording (spent "
         "toner repeats in several sets; by express to Côte d'Ivoire is the new part)", {"importer_country": "CI"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CM", "630900",
         "Effets personnels d'occasion: vêtements, 6 t", "BE", 11000, None, 9000, "EUR",
         "a Douala trader's 40-foot container of used clothing and bicycles, as many go from Antwerp; the third item, "
         "'accumulateurs d'occasion testés', is 160 car batteries with cracked cases, acid stains and no charge: waste "
         "lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as the "
         "last item of a three-item declaration; French wording (lead-acid batteries repeat in many sets; hidden in a "
         "used-clothing container to Cameroon is kept and named as a possible repeat)",
         dict({"importer_country": "CM"},
              _more_items=[item("871200", "Vélos d'occasion, 120", "BE", 2400, 3600, "EUR", qty=120),
                           item("850710", "Accumulateurs d'occasion testés, 160", "BE", 2600, 800, "EUR", qty=160)])),
    ],
    "ozone": [
        ("ODS-01", "import", "ITSEA01", "sea", "VN", [], "IT", "390729",
         "Hệ polyol cho bọt PU phun, chất tạo bọt HFO-1233zd, 80 phuy", "VN", 16000, 80, 40000, "USD",
         "HFO-blown spray-foam polyols are sold with a data sheet naming the blowing agent and a low vapour pressure; "
         "these drums bulge in the sun, the foam they make is fine-celled and the lab finds 1,1-dichloro-1-"
         "fluoroethane: polyol pre-blended with HCFC-141b, a product containing an ozone-depleting substance (Annex I "
         "group VIII) whose import is banned, for a Naples insulation contractor; Vietnamese wording (pre-blended "
         "polyols with 141b repeat in several sets; from Vietnam as HFO-1233zd-blown is new as far as a search found)",
         firm("Isolaspray Sud Srl", "IT")),
        ("ODS-02", "import", "SEPOST01", "post", "CN", [], "SE", "381400",
         "Elektronikrengöring, spray, HFO-baserad, 24 burkar à 400 ml", "CN", 12, 24, 1200, "SEK",
         "HFO-based electronics cleaners are sold with an SDS naming the HFO and a mild smell; these cans smell sweet "
         "and ethereal, leave no residue and carry a Chinese back label 'HCFC-141b': an ozone-depleting substance "
         "(Annex I group VIII) whose placing on the market is banned, posted from Shenzhen to a private person in "
         "Västerås; Swedish wording (HCFC-141b cleaners repeat in many sets; by post to Sweden in Swedish is the new "
         "part)", person("Privatperson", "SE")),
        ("ODS-03", "import", "BGROAD01", "road", "TR", [], "BG", "841510",
         "R32 split klima, duvar tipi, 12 000 BTU, 60 adet", "TR", 2400, 60, 18000, "EUR",
         "R-32 split units carry the R-32 label on their nameplate and a charge of about 0.7 kg; these sixty have "
         "re-stuck R-32 stickers over nameplates reading 'R22 0.95 kg' and service valves sized for R-22: pre-charged "
         "equipment relying on HCFC-22 (Annex I group VIII), whose import is banned, for a Sofia installer; Turkish "
         "wording (HCFC-22 in air conditioners repeats in many sets; split units re-stickered as R-32 from Türkiye are "
         "new as far as a search found)", firm("Klimatik Sofia OOD", "BG")),
        ("ODS-04", "import", "ESSEA01", "sea", "MA", [], "ES", "281290",
         "Fluorure de sulfuryle, fumigant pour bois et conteneurs, 40 bouteilles", "MA", 4000, 40, 20000, "EUR",
         "sulfuryl fluoride comes in tall cylinders of about 50 kg and has no smell; these cylinders weigh more for "
         "their size, and a leak makes the eyes stream from the 2 % chloropicrin warning agent that methyl bromide "
         "carries: methyl bromide (Annex I group VI), whose import and use for fumigation are banned, for an Almería "
         "'fumigation company'; Moroccan French wording (methyl bromide repeats in many sets and sulfuryl fluoride "
         "labels in several; from Morocco to Almería by sea is the new part)", firm("Fumigaciones Levante SL", "ES")),
        ("ODS-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290219",
         "环戊烷 (冰箱发泡剂), 200 桶", "CN", 58000, 200, 46000, "USD",
         "cyclopentane for refrigerator foam weighs 0.75 kg/l, floats on water and is highly flammable; these drums "
         "weigh twice that, the liquid sinks in water, will not light and boils at 24 °C: trichlorofluoromethane "
         "(CFC-11, Annex I group I), whose import is banned, by container train to Małaszewicze for a Wrocław "
         "appliance-parts maker; Chinese wording (CFC-11 repeats in many sets and cyclopentane labels in several; by "
         "rail through Kazakhstan, Russia and Belarus is the new part)", firm("Chłodnictwo Odra Sp. z o.o.", "PL")),
        ("ODS-06", "import", "GBAIR01", "express", "PK", [], "GB", "381400",
         "داغ صاف کرنے والا محلول، ڈرائی کلیننگ کے لیے، 6 x 1 لیٹر", "PK", 9.6, 6, 9000, "PKR",
         "dry-cleaners' spotting fluids are hydrocarbon or glycol ether blends at about 0.8 kg/l; these six litres "
         "weigh 1.59 kg/l, will not burn and smell sweet like chloroform: carbon tetrachloride (Annex I group IV), "
         "whose import is banned, sent by express from Lahore to a private person in Bradford; Urdu wording (carbon "
         "tetrachloride repeats in many sets and spot-remover covers in several; by express from Pakistan in Urdu is "
         "the new part)", person("Mr R. Hussain", "GB")),
        ("ODS-07", "import", "NLSEA01", "sea", "IN", [], "NL", "382499",
         "R-514A low-GWP chiller refrigerant (HFO-1336mzz/trans-DCE), 40 drums", "IN", 10000, 40, 60000, "USD",
         "R-514A is a newer low-pressure chiller refrigerant sold with a blend analysis; these drums hold a liquid "
         "boiling at 27 °C whose analysis shows 2,2-dichloro-1,1,1-trifluoroethane: HCFC-123 (Annex I group VIII), "
         "whose import is banned, for a Rotterdam 'chiller servicing' company; Indian English wording (HCFC-123 and "
         "R-514A labels repeat in several sets; from India to Rotterdam is the new part)", firm("Koeltechniek Maas BV", "NL")),
        ("ODS-08", "import", "DEAIR01", "air", "CN", [], "DE", "290312",
         "二氯甲烷, 试剂级, 20 桶", "CN", 4000, 20, 8000, "USD",
         "dichloromethane weighs 1.33 kg/l and is sold in 200-litre drums by weight; these twenty small drums weigh "
         "1.99 kg/l and the certificate of analysis lists 'CH2BrCl': bromochloromethane (Annex I group IX), whose "
         "import is banned unless licensed for a feedstock use, flown from Shanghai for a Frankfurt 'pharmaceutical "
         "intermediates' trader without a licence; Chinese wording (bromochloromethane repeats in several sets; as "
         "dichloromethane by air is new as far as a search found)", firm("Meridian Feinchemie GmbH", "DE")),
        ("ODS-09", "export", "PLROAD01", "road", "PL", [], "UA", "290345",
         "Czynnik chłodniczy R-134a odzyskany, do ponownego użycia, 30 butli", "PL", 360, 30, 1800, "EUR",
         "recovered R-134a sold for reuse comes reclaimed with an analysis; these mixed, dented cylinders hold gas "
         "recovered from scrapped cars of the 1980s and early 1990s, read 'R12' on the recovery tags and smell of "
         "oil: dichlorodifluoromethane (CFC-12, Annex I group I), whose export is banned except for destruction, by "
         "road at Dorohusk for a Lviv 'car air-conditioning workshop'; Polish wording (CFC-12 repeats in many sets; "
         "recovered from old cars and exported from Poland as recovered R-134a is new as far as a search found)",
         {"importer_country": "UA"}),
        ("ODS-10", "import", "CYAIR01", "air", "AE", [], "CY", "741110",
         "Copper pipe for AC, insulated, 1/4 + 3/8, 50 coils", "AE", 600, 50, 4500, "USD",
         "an air-conditioning shop's air-freight order from Dubai: copper pipe and gauges are what such shops buy, but "
         "the third item's 'R-410A' cylinders are light-green cylinders sprayed rose-pink, whose pressure at room "
         "temperature is that of R-22: chlorodifluoromethane (HCFC-22, Annex I group VIII), whose import is banned, "
         "hidden as the last item of a three-item declaration for a Limassol installer; English wording (HCFC-22 "
         "under another label repeats in many sets; hidden in an air-freight order from Dubai to Cyprus is the new "
         "part)",
         dict(firm("Coolair Cyprus Ltd", "CY"),
              _more_items=[item("902620", "Manifold gauge sets, 20", "AE", 40, 1600, "USD", qty=20),
                           item("382762", "R-410A refrigerant, 11.3 kg cylinders, 30", "AE", 340, 2400, "USD", qty=30)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "BO", [], "ES", "442199",
         "Talla chiquitana nueva, santo en madera policromada, artesanía, 1 pieza", "BO", 22, 1, 300, "USD",
         "new Chiquitano carvings are bright, light cedar with fresh paint; this saint has worm-eaten cedar, gesso "
         "and gilding worn through to the bole, a hollowed back and old inventory numbers in ink: an 18th-century "
         "statue from a Jesuit mission church in Chiquitos, whose export Bolivian law forbids (UNESCO 1970), with no "
         "export permit and declared as new craft to avoid the import statement for goods over 200 years (EU "
         "2019/880), flown from Santa Cruz to a Madrid dealer; Spanish wording (Chiquitos mission statues are new as "
         "far as a search found)", firm("Galería Sacra Antigua SL", "ES")),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "830629",
         "Statuine in bronzo, riproduzioni da souvenir, 6 pezzi", "IT", 1.8, 6, 90, "EUR",
         "Sardinian souvenir bronzetti are cast in bright brass with crisp edges; these six are thin, elongated "
         "warriors and offering-bearers with a green and red cuprite crust, soil in the hollows and casting flaws: "
         "nuragic bronzes from an illicit dig, archaeological objects needing an EU export licence at any value (EU "
         "116/2009) and belonging to the State under Italian law, in a car at Chiasso for a Lugano dealer; Italian "
         "wording (nuragic bronzes are new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-03", "export", "FRAIR01", "express", "FR", [], "US", "491191",
         "Photographies, tirages modernes encadrés, 40", "FR", 6, 40, 400, "EUR",
         "modern framed prints are paper behind glass; these forty are silvered copper plates in hinged leather "
         "cases that mirror when tilted, stamped with a 1840s Paris maker's hallmark: daguerreotypes, photographs "
         "over 50 years old worth well above the 15,000 EUR threshold, exported without an EU export licence (EU "
         "116/2009), sent by express from Paris to a New York collector; French wording (daguerreotypes are new as far "
         "as a search found)", {"importer_country": "US"}),
        ("CUL-04", "import", "NLAIR01", "air", "ID", [], "NL", "482090",
         "Buku kulit kayu kerajinan tangan, baru, 12 buah", "ID", 9, 12, 240, "USD",
         "new bark-paper notebooks are pale and blank; these twelve are accordion-folded bark books with dark "
         "soot-ink Batak script, carved wooden covers worn smooth and insect damage: pustaha, Batak priests' books of "
         "the 18th-19th century, exported from Sumatra without a permit against Indonesian heritage law (UNESCO "
         "1970), flown to an Amsterdam dealer; Indonesian wording (pustaha appear once in an earlier set; as new "
         "bark-paper notebooks by air is the new part)", firm("Oost-Indië Antiquairs BV", "NL")),
        ("CUL-05", "export", "SEROAD01", "road", "SE", [], "NO", "711299",
         "Silverskrot, smycken, för raffinering, 2,4 kg", "SE", 2.4, None, 1500, "SEK",
         "jewellery scrap for refining is bent modern rings and chains with hallmarks; this lot is hacksilver, cut "
         "Arab dirhams, twisted arm-rings and ingot fragments with soil in the cracks: a Viking-age hoard found with a "
         "metal detector and not reported, archaeological objects needing an EU export licence at any value (EU "
         "116/2009) and owned by the Swedish State, in a car at Svinesund for an Oslo buyer; Swedish wording (Viking "
         "finds repeat in a few sets; a hoard as refining scrap by road to Norway is new as far as a search found)",
         {"importer_country": "NO"}),
        ("CUL-06", "import", "BEAIR01", "express", "CN", [], "BE", "960190",
         "牛骨雕刻工艺品, 刻字, 30 片", "CN", 1.2, 30, 150, "USD",
         "carved cattle-bone crafts are white, polished and machine-engraved; these thirty are brown, cracked "
         "fragments of scapula and turtle plastron with drilled hollows, burn marks and thin incised archaic "
         "characters: Shang-dynasty oracle bones, archaeological objects over 250 years old whose import needs an "
         "import licence (EU 2019/880) and whose export China forbids (UNESCO 1970), sent by express from Anyang to a "
         "private person in Brussels; Chinese wording (oracle bones appear in two earlier rows; as engraved bone "
         "crafts by express is the new part)", person("M. Peeters", "BE")),
        ("CUL-07", "import", "MTSEA01", "sea", "LY", [], "MT", "680291",
         "عينات بلاط رخام مقطوع، 14 لوح", "LY", 1400, 14, 700, "USD",
         "marble tile samples are sawn slabs with polished faces; these fourteen are panels of small limestone and "
         "glass tesserae set in old mortar with fresh cement backing, showing fish and a hunt scene: sections of a "
         "Roman floor mosaic from Tripolitania, archaeological objects whose import needs an import licence (EU "
         "2019/880) and whose export Libyan law forbids (UNESCO 1970), shipped from Misrata to Valletta; Arabic "
         "wording (mosaics repeat in several sets; as marble samples from Libya to Malta is new as far as a search "
         "found)", firm("Mediterranean Stoneworks Ltd", "MT")),
        ("CUL-08", "export", "DEROAD01", "road", "DE", ["NL"], "GB", "490199",
         "Alte Bücher, 19. Jahrhundert, Gebrauchsexemplare, 3 Bände", "DE", 7, 3, 60, "EUR",
         "19th-century used books have machine paper and cloth bindings; one of these three is in blind-stamped "
         "pigskin over boards, on hand-made paper with rubricated initials and a 1478 colophon: an incunabulum, which "
         "needs an EU export licence at any value (EU 116/2009), in a van to Harwich for a London dealer; German "
         "wording (incunabula appear in two earlier rows; as used 19th-century books by road to Britain is the new "
         "part)", {"importer_country": "GB"}),
        ("CUL-09", "export", "ROROAD01", "road", "RO", [], "MD", "740400",
         "Deșeuri de bronz, clopot spart, 1 buc., 380 kg", "RO", 380, 1, 1900, "RON",
         "broken bronze bells sold as scrap are modern castings with a foundry mark; this one is whole but for a "
         "crack, with a Cyrillic inscription dated 1748, a donor's name and a monastery's name: a church bell over "
         "200 years old from a Moldavian monastery, a cultural good needing an EU export licence (EU 116/2009) and "
         "protected as movable heritage under Romanian law, in a van at Sculeni for a Chișinău buyer; Romanian "
         "wording (bells repeat in some sets; a monastery bell as scrap to Moldova is new as far as a search found)",
         {"importer_country": "MD"}),
        ("CUL-10", "import", "ITAIR01", "air", "EG", [], "IT", "491191",
         "لوحات بردي مرسومة، هدايا سياحية، 200", "EG", 20, 200, 600, "USD",
         "a Cairo souvenir exporter's air-freight order: papyrus paintings and alabaster vases are what such shops "
         "sell, but the third item's 'faience amulet replicas' are 24 blue-green glazed figurines with worn "
         "hieroglyph columns, salt bloom and tomb soil: Late Period ushabtis, archaeological objects whose import "
         "needs an import licence (EU 2019/880) and whose export Egyptian law forbids (UNESCO 1970), hidden as the "
         "last item of a three-item declaration for a Rome gift wholesaler; Arabic wording (ushabtis repeat in several "
         "sets; hidden in a souvenir order is kept and named as a possible repeat)",
         dict(firm("Souvenir Roma Ingrosso Srl", "IT"),
              _more_items=[item("680291", "أواني مرمر، 40", "EG", 60, 800, "USD", qty=40),
                           item("691390", "تمائم خزفية مقلدة، 24", "EG", 1.5, 60, "USD", qty=24)])),
    ],
    "strategic": [
        ("STR-01", "import", "NLSEA01", "sea", "RU", [], "NL", "310420",
         "Калий хлористый гранулированный, производство Уралкалий, 30 000 т", "RU", 30000000, None, 7800000, "USD",
         "Russian potash from Berezniki is shipped with Uralkali quality certificates; this cargo's big bags carry "
         "faded Soligorsk stencils under fresh labels and the certificates' lab numbers are those of a Belarusian "
         "plant: potassium chloride of Belarusian origin, whose import into the Union is banned (EU 765/2006 as "
         "amended), relabelled as Russian and shipped from Ust-Luga for a Rotterdam trader; Russian wording "
         "(Belarusian potash repeats in a few sets; relabelled as Uralkali's is new as far as a search found)",
         firm("Nordhafen Fertilizer Trading BV", "NL")),
        ("STR-02", "import", "ITSEA01", "sea", "TR", [], "IT", "441233",
         "Huş kontrplak, Türk menşeli, 18 mm, 1 200 levha", "TR", 36000, 1200, 22000, "EUR",
         "Turkish plywood is mostly poplar or imported-veneer beech; these birch panels carry Russian mill stamps on "
         "their edges, GOST grades and a phenolic film typical of Vologda mills, with a Turkish certificate of origin "
         "from a trading house without a press: Russian birch plywood, whose import into the Union is banned (EU "
         "833/2014, iron and wood products), relabelled as Turkish and shipped from Mersin to Ravenna; Turkish wording "
         "(Russian plywood repeats in several sets; through Türkiye to Italy is the new part)",
         firm("Legnami Adriatico Srl", "IT")),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AM", "840710",
         "Kolbenmotoren für Ultraleichtflugzeuge, 4-Zylinder, 4 Stück", "DE", 280, 4, 96000, "EUR",
         "ultralight-aircraft engines go to flying clubs with a type-certificate link to an airframe; these four "
         "boxer engines have no propeller hubs for an ultralight, are ordered by a Yerevan 'aero club' with no "
         "aircraft and paid from Tehran: engines for Iranian unmanned aerial vehicles, whose export to Iran, directly "
         "or indirectly, is banned (EU 2023/1529), flown to Yerevan; German wording (UAV engines through Armenia "
         "repeat in blind80, as lawn-mower engines; light-aircraft engines is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "KG", "852990",
         "Satellitenschüsseln für TV-Empfang, 80 Stück", "DE", 240, 80, 48000, "EUR",
         "TV dishes are 60-80 cm steel reflectors at 30 EUR; these 80 are flat phased-array terminals with routers "
         "and power supplies at 600 EUR each, ordered by a Bishkek firm whose web shop sells to Russian buyers: "
         "satellite communication terminals, whose sale or export for use in Russia is banned (EU 833/2014 Annex VII "
         "and XXIII), flown from Frankfurt to Bishkek; German wording (satellite terminals appear in one earlier row; "
         "as TV dishes through Kyrgyzstan is the new part)", {"importer_country": "KG"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "TR", "382499",
         "Polvere per satinatura del vetro, 20 t", "IT", 20000, 800, 38000, "EUR",
         "glass-frosting powders are blends of fluoride salts with fillers and are shipped to glassworks; these "
         "sacks hold pure white crystals that etch glass and the inner bags read 'NH4HF2 98 %', consigned to a Mersin "
         "forwarder for an Iranian 'glass works': ammonium hydrogen difluoride, a chemical-weapons precursor (EU "
         "2021/821 1C350) exported without a licence and bound for Iran; Italian wording (ammonium bifluoride repeats "
         "in several sets; as frosting powder from Italy through Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-06", "export", "SESEA01", "sea", "SE", [], "AE", "722830",
         "Verktygsstål, varmarbetsstål H13, rundstång 120 mm, 6 t", "SE", 6000, 48, 90000, "EUR",
         "H13 hot-work steel is sold at 5-8 EUR/kg with a mill certificate of about 1,600 MPa; these bars are "
         "invoiced at 15 EUR/kg, the mill certificate shows 18 % nickel, cobalt and molybdenum with almost no carbon "
         "and a strength near 2,000 MPa: maraging steel (EU 2021/821 1C116) exported without a licence to a Jebel Ali "
         "trader for an end user in Pakistan; Swedish wording (maraging steel repeats in a few sets; as H13 tool steel "
         "from Sweden is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "UZ", "845611",
         "Lasergraveermachines, 20 W, voor hobby, 12 stuks", "NL", 3600, 12, 540000, "EUR",
         "20 W hobby engravers weigh 20-30 kg and cost a few hundred euros; these twelve weigh 300 kg each with "
         "6 kW fibre-laser sources, chillers and cutting heads, at 45,000 EUR each, for a Tashkent firm that resells "
         "to Russian sheet-metal plants: laser cutting machines, whose export for use in Russia is banned (EU "
         "833/2014 Annex XXIII), flown from Schiphol; Dutch wording (fibre lasers appear in three earlier rows; as "
         "hobby engravers through Uzbekistan is new as far as a search found)", {"importer_country": "UZ"}),
        ("STR-08", "export", "FRAIR01", "express", "FR", [], "GE", "901380",
         "Oculaires de jumelles, pièces détachées, 30", "FR", 3, 30, 900, "EUR",
         "binocular eyepieces are small glass lenses in a barrel at 30 EUR each; these thirty are sealed 18 mm tubes "
         "with a green phosphor screen and a high-voltage supply, worth several thousand euros each: image "
         "intensifier tubes (EU 2021/821 6A002), exported without a licence to a Tbilisi 'optics shop' that ships to "
         "Russia, sent by express from Paris; French wording (night-vision parts repeat in a few sets; as binocular "
         "eyepieces to Georgia is new as far as a search found)", {"importer_country": "GE"}),
        ("STR-09", "import", "BEAIR01", "air", "IN", [], "BE", "710239",
         "Polished diamonds, Surat cut, Indian origin, 400 ct", "IN", 0.08, 1200, 320000, "USD",
         "diamonds cut in Surat from African or Canadian rough come with traceable invoices; this parcel's cutter "
         "bought its rough at Alrosa sales in 2039 and its Kimberley Process certificates name Russia: non-industrial "
         "diamonds of Russian origin processed in a third country, whose import is banned (EU 833/2014 Art. 3p), "
         "flown from Mumbai to Antwerp; Indian English wording (Russian diamonds as Indian-cut repeat in several sets, "
         "through Dubai in blind80; direct from Mumbai is kept and named as a possible repeat)",
         firm("Orion Diamonds BV", "BE")),
        ("STR-10", "export", "CZAIR01", "express", "CZ", [], "KZ", "853710",
         "Řídicí jednotky pro dřevoobráběcí stroje, 2 ks", "CZ", 30, 2, 46000, "EUR",
         "controls for woodworking machines are simple PLC panels at a few thousand euros; these two are five-axis "
         "CNC controllers for metal-working centres with drive amplifiers, at 23,000 EUR each, sent by express from "
         "Brno to an Almaty trader whose order names a plant in Chelyabinsk: CNC controls whose sale or export for use "
         "in Russia is banned (EU 833/2014 Annex XXIII, common high-priority items); Czech wording (CNC controls "
         "through Central Asia repeat in many sets; as woodworking-machine controls by express from Czechia is new as "
         "far as a search found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "BR", [], "PT", "440922",
         "Deck de garapa (Apuleia leiocarpa), aplainado, 40 m3", "BR", 32000, None, 52000, "USD",
         "garapa decking is light yellow-brown and moderately hard; these boards are olive-brown, very dense, sink "
         "in water and show yellow lapachol powder in the pores: ipê (Handroanthus spp., CITES App. II) without a "
         "CITES export permit, shipped from Belém to Leixões; Portuguese wording (ipê repeats in a few sets; declared "
         "as garapa is new as far as a search found)", firm("Madeiras do Norte Lda", "PT")),
        ("WLF-02", "import", "FRAIR01", "express", "AM", [], "FR", "960190",
         "Резьба по бивню мамонта, фигурки, 6 шт.", "RU", 1.4, 6, 1800, "EUR",
         "mammoth ivory shows crossing Schreger lines and often a stained bark; these six figures have an oval "
         "section, no Schreger lines and a marbled crystalline core: walrus ivory (Odobenus rosmarus, CITES App. III) "
         "without the certificate of origin, carved in Chukotka and sent by express from Yerevan to a private person "
         "in Paris; Russian wording (walrus ivory appears in one earlier row; as mammoth ivory through Armenia is new "
         "as far as a search found)", person("M. Laurent", "FR")),
        ("WLF-03", "export", "ESSEA01", "sea", "ES", [], "HK", "030572",
         "Pieles de pescado secas, para gelatina, 6 t", "ES", 6000, None, 24000, "EUR",
         "dried fish skins for gelatine are thin, flat and sold at 2-4 EUR/kg; these sacks hold whole dried "
         "triangular fins with cartilage rays, graded by size and invoiced at 4 EUR/kg to hide their value: blue "
         "shark fins (Prionace glauca, CITES App. II) without a CITES export permit, shipped from Vigo to Hong Kong; "
         "Spanish wording (blue shark fins repeat in several sets; as fish skins for gelatine is new as far as a "
         "search found)", {"importer_country": "HK"}),
        ("WLF-04", "import", "BGROAD01", "road", "TR", [], "NL", "060110",
         "Müskari soğanı, kültür, 400 kg", "TR", 400, 60000, 1200, "EUR",
         "cultivated grape-hyacinth bulbs are small, even and clean; these are uneven, soil-caked white-skinned "
         "bulbs with broken roots, mixed sizes and seedlings among them: wild-collected snowdrops (Galanthus elwesii, "
         "CITES App. II) without a CITES export permit, in a truck at Kapitan Andreevo for a Lisse bulb trader; "
         "Turkish wording (snowdrops repeat in a few sets; as muscari bulbs by road through Bulgaria is new as far as "
         "a search found)", firm("Bloembollen Delta BV", "NL")),
        ("WLF-05", "import", "GBAIR01", "express", "BD", [], "GB", "330129",
         "চন্দন আতর, পারফিউম তেল, 1 কেজি", "BD", 1, 80, 600, "USD",
         "sandalwood attar smells sweet and creamy and costs a few dollars a tola; this kilo is dark, viscous, "
         "smells woody, smoky and animal and is split into 80 unlabelled tola bottles: agarwood oil (oud, Aquilaria "
         "malaccensis, CITES App. II, extracts included) without a CITES export permit, sent by express from Sylhet "
         "to a private person in London; Bengali wording (agarwood repeats in many sets; as sandalwood attar from "
         "Bangladesh is new as far as a search found)", person("Mr S. Ahmed", "GB")),
        ("WLF-06", "import", "DEPOST01", "post", "PH", [], "DE", "050800",
         "Mga palamuting kabibe ng suso, 20 piraso", "PH", 3, 20, 60, "USD",
         "decorative snail shells are small, spiral and cheap; these twenty are large coiled shells with tiger "
         "stripes, inner chambers and a pearly lining: chambered nautilus (Nautilidae, CITES App. II) without a CITES "
         "export permit, posted from Cebu to a private person in Hamburg; Filipino wording (nautilus repeats in a few "
         "sets; as snail shells by post from the Philippines is new as far as a search found)", person("Privatperson", "DE")),
        ("WLF-07", "import", "CZPOST01", "post", "ID", [], "CZ", "970529",
         "Kupu-kupu morpho dalam bingkai, hasil penangkaran, 10", "ID", 2, 10, 200, "USD",
         "framed farmed morphos are blue American butterflies; these ten are large black-and-green and gold "
         "birdwings with a Papuan collector's labels: Ornithoptera (CITES App. II, one pair of Queen Alexandra's "
         "birdwing, App. I) without CITES permits, posted from Jayapura to a private person in Prague; Indonesian "
         "wording (birdwings repeat in several sets; as framed morphos by post to Czechia is new as far as a search "
         "found)", person("Soukromá osoba", "CZ")),
        ("WLF-08", "transit", "DEAIR01", "air", "KZ", ["DE"], "QA", "010639",
         "Голуби почтовые, спортивные, 30 шт.", "KZ", 30, 30, 3000, "USD",
         "racing pigeons travel in wicker baskets with rings and a club's papers; these thirty hooded birds with "
         "hooked beaks, talons and jesses, in padded crates: saker falcons (Falco cherrug, CITES App. II) without "
         "CITES permits, flown from Almaty through Frankfurt in transit to Doha; Russian wording (falcons repeat in "
         "several sets; as racing pigeons in transit through Frankfurt is new as far as a search found)",
         {"importer_country": "QA"}),
        ("WLF-09", "import", "FRSEA01", "sea", "CM", [], "FR", "121190",
         "Écorce de quinquina séchée, en sacs, 8 t", "CM", 8000, None, 16000, "EUR",
         "cinchona bark is reddish-brown, very bitter and comes from plantations in the Andes or Central Africa; "
         "this bark is dark, smells of almonds and bitter cherry and shows the thick scaly outer bark of a forest "
         "tree: Prunus africana (CITES App. II) without a CITES export permit, shipped from Douala to Le Havre; French "
         "wording (Prunus africana repeats in a few sets; as cinchona bark is new as far as a search found)",
         firm("Phyto Extraits Normandie SARL", "FR")),
        ("WLF-10", "import", "DEAIR01", "air", "CO", [], "DE", "030111",
         "Peces ornamentales: tetras neón de criadero, 2 000", "CO", 40, 2000, 800, "USD",
         "a Bogotá exporter's air-freight order for a Frankfurt pet wholesaler: neon tetras and aquarium plants are "
         "everyday goods, but the third item's 'cuchas de criadero (Ancistrus)' are 60 black-and-white striped "
         "plecos: zebra plecos (Hypancistrus zebra, CITES App. III, Brazil), endemic to the Xingu and smuggled "
         "through Colombia without the documents, hidden as the last item of a three-item declaration; Spanish "
         "wording (zebra plecos appear in two earlier rows; through Colombia in a multi-item order is new as far as "
         "a search found)",
         dict(firm("Aqua Tropica Großhandel GmbH", "DE"),
              _more_items=[item("060290", "Plantas acuáticas, 400 macetas", "CO", 20, 400, "USD", qty=400),
                           item("030111", "Cuchas de criadero (Ancistrus), 60", "CO", 3, 180, "USD", qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "CH", "DE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (historical match-making demonstrations)", "CH",
     1, 1, 40, "CHF",
     [("PRECURSOR_LICENCE", "DE-BW-39-0217")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (copper-plate etching)", "UA", 5.6, 4, 1200, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWiA-39-0093")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IS", "DE", "262190",
     "Spent pot lining (16 11 01*), for recovery at a licensed plant, 1 200 t", "IS", 1200000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-39-0442")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "700100",
     "Crushed fluorescent lamps (20 01 21*), for mercury recovery at a licensed plant, 18 t", "NO", 18000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-39-0129")], "notified mercury-bearing lamp waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "CN", "DE", "290379",
     "Bromochloromethane, 20 drums, as feedstock for a licensed pharmaceutical synthesis", "CN", 4000, 20, 16000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-39-011")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "FRROAD01", "road", "GB", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 40 cylinders, for critical use in aircraft hand-held extinguishers", "GB",
     400, 40, 14000, "GBP",
     [("ODS_LICENCE", "FR-MTE-ODS-39-004")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "express", "FR", "US", "491191",
     "Daguerreotypes, 1840s, 12 cased plates, documented sale from a Paris collection", "FR", 2, 12, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-39-0388")], "early photographs exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEROAD01", "road", "DE", "GB", "490199",
     "Incunabulum, 1481, pigskin binding, 1 volume, documented sale", "DE", 3, 1, 140000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-39-0152")], "incunabulum exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "282619",
     "Ammonium hydrogen difluoride 98 %, 10 t, for a Bursa glass-frosting works", "IT", 10000, 400, 19000, "EUR",
     [("EXPORT_LICENCE", "IT-MAECI-39-0566"), ("END_USER_CERTIFICATE", "TR-EUC-39-0231")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "JP", "722830",
     "Maraging steel 300, round bar 120 mm, 4 t, for a Nagoya aero-engine parts maker", "SE", 4000, 32, 64000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-39-0074"), ("END_USER_CERTIFICATE", "JP-METI-EUC-39-0310")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440922",
     "Ipê decking (Handroanthus serratifolius), 30 m3, from a managed concession", "BR", 30000, None, 60000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-39-0813")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "NLROAD01", "road", "TR", "NL", "060110",
     "Galanthus elwesii bulbs, 200 kg, within Türkiye's export quota", "TR", 200, 30000, 3000, "EUR",
     [("CITES_PERMIT", "TR-TOB-39-0047")], "App. II bulbs with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Osoba prywatna", "PRM-03": "Nordhafen Recycling GmbH",
    "PRM-06": "Aéro Sécurité Incendie SARL", "PRM-07": "Hudson Photographic Society", "PRM-11": "Madeiras do Norte Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("310420", "Potassium chloride Ph. Eur., Schüssler-salt raw material, 1 kg", "import", ["post"], ["CH", "GB"], (10, 20), (1, 3), ["CHF", "GBP"], 1, S),
    ("283319", "Sodium bisulphate jewellery pickle, dry granules, 1 kg", "import", ["express"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("340290", "Alkaline beer-line cleaner, 5 l cans", "import", ["road"], ["UA", "TR"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("250100", "Rock salt for ice-cream makers, 2 kg", "import", ["post"], ["US", "GB"], (3, 6), (2, 4), ["USD", "GBP"], 0.5, S),
    ("330790", "One-step contact-lens solution, 3 % peroxide, 360 ml", "import", ["express"], ["KR", "US"], (15, 30), (1, 3), ["USD"], 2.5, S),
    ("330730", "Lavender bath salts, 1 kg", "import", ["post"], ["GE", "TR"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("292690", "Acetonitrile, HPLC grade, 2.5 l bottles", "import", ["air"], ["CN", "US"], (6, 12), (100, 400), ["USD"], 0.4, S),
    ("382499", "Aquarium water conditioner (dechlorinator), 500 ml", "import", ["sea"], ["CN"], (2, 3), (3000, 8000), ["USD"], 2, S),
    ("382499", "Citric-acid kettle descaler, 1 l bottles", "import", ["sea"], ["MA", "TR"], (0.8, 1.5), (10000, 20000), ["EUR", "USD"], 1, S),
    ("250100", "Water-softener salt tablets, 25 kg sacks", "import", ["road"], ["MD", "UA"], (0.2, 0.4), (10000, 24000), ["EUR"], 0.04, S),
    ("271312", "Calcined petroleum coke, carbon raiser for steel mills", "export", ["sea"], ["IN", "EG"], (0.4, 0.6), (20000, 25000), ["EUR", "USD"], None, S),
    ("250810", "Bentonite drilling clay, new, big bags", "export", ["sea"], ["NG", "GH"], (0.15, 0.3), (20000, 25000), ["EUR"], None, S),
    ("282540", "Nickel hydroxide, battery grade, drums", "export", ["road"], ["UA", "RS"], (15, 22), (1000, 4000), ["EUR"], None, S),
    ("870894", "Steering wheels, new, without airbag, boxed", "export", ["road"], ["BA", "RS"], (10, 20), (500, 2000), ["EUR"], 0.3, S),
    ("853952", "LED tubes to replace fluorescent lamps, new", "export", ["sea"], ["IN", "EG"], (6, 10), (2000, 6000), ["EUR"], 4, S),
    ("250490", "Natural flake graphite powder, for anodes", "import", ["rail"], ["CN"], (1, 2), (20000, 25000), ["USD"], None, S),
    ("844399", "Compatible toner cartridges, new, sealed", "export", ["express"], ["CI", "SN"], (30, 60), (1, 4), ["EUR"], 1, S),
    ("630900", "Sorted second-hand clothing, cream grade, bales", "export", ["sea"], ["CM", "GH"], (0.8, 1.5), (15000, 22000), ["EUR"], None, S),
    ("390729", "Polyether polyol spray-foam system, HFO-blown, drums", "import", ["sea"], ["VN", "CN"], (2.5, 4), (10000, 18000), ["USD"], 0.005, S),
    ("381400", "Electronics cleaner spray, isopropanol, 400 ml", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 2.5, S),
    ("290219", "Cyclopentane, foam blowing agent, drums", "import", ["rail"], ["CN"], (1.2, 1.8), (12000, 20000), ["USD"], 0.005, S),
    ("290312", "Dichloromethane, technical grade, drums", "import", ["sea"], ["CN"], (0.5, 0.8), (15000, 20000), ["USD"], 0.004, S),
    ("902620", "Refrigeration manifold gauge sets", "import", ["air"], ["AE", "CN"], (30, 50), (100, 400), ["USD"], 0.5, S),
    ("741110", "Insulated copper pipe for air-conditioning, coils", "import", ["sea"], ["AE", "TR"], (8, 11), (4000, 12000), ["USD", "EUR"], None, S),
    ("442199", "Chiquitano carved saints, new, painted", "import", ["air"], ["BO", "PE"], (15, 30), (50, 200), ["USD"], 0.2, S),
    ("830629", "Nuragic bronze souvenir replicas, brass", "export", ["road"], ["CH"], (30, 60), (50, 200), ["EUR", "CHF"], 3, S),
    ("491191", "Modern framed photographic prints", "export", ["express"], ["US", "CA"], (30, 60), (1, 4), ["EUR"], 2, S),
    ("482090", "Handmade bark-paper notebooks, new", "import", ["air"], ["ID"], (8, 15), (100, 400), ["USD"], 5, S),
    ("711299", "Hallmarked sterling jewellery scrap, for refining", "export", ["road"], ["NO", "CH"], (400, 600), (5, 20), ["EUR"], None, S),
    ("960190", "Carved cattle-bone crafts, new", "import", ["express"], ["CN", "IN"], (30, 60), (1, 3), ["USD"], 10, S),
    ("680291", "Polished marble tiles", "import", ["sea"], ["TR", "EG"], (0.5, 1), (15000, 22000), ["USD", "EUR"], None, S),
    ("490199", "Used cloth-bound books, 19th century, general stock", "export", ["road"], ["GB", "CH"], (20, 40), (50, 200), ["EUR"], 1.5, S),
    ("310420", "Potassium chloride, granular, fertiliser", "import", ["sea"], ["JO", "IL"], (0.3, 0.45), (20000, 25000), ["USD"], None, S),
    ("840710", "Light-aircraft piston engines, new", "export", ["air"], ["CH", "US"], (200, 350), (100, 300), ["EUR"], 0.01, S),
    ("852910", "Satellite TV dishes, 80 cm, steel", "export", ["road"], ["RS", "MK"], (3, 6), (2000, 6000), ["EUR"], 0.2, S),
    ("900510", "Binoculars 10x42, new", "export", ["express"], ["CH", "NO"], (100, 200), (1, 3), ["EUR"], 1, S),
    ("440922", "Garapa decking (Apuleia leiocarpa), FSC", "import", ["sea"], ["BR"], (1.2, 1.8), (18000, 24000), ["USD"], None, S),
    ("960190", "Mammoth ivory carvings, Alaskan", "import", ["express"], ["US", "CA"], (200, 400), (1, 2), ["USD"], 4, S),
    ("330129", "Sandalwood attar (Santalum album), 1 kg", "import", ["express"], ["IN"], (200, 400), (1, 2), ["USD"], 20, S),
    ("050800", "Cowrie and moon-snail shells for crafts", "import", ["post"], ["PH", "ID"], (10, 20), (1, 3), ["USD"], 30, S),
    ("970529", "Framed farmed morpho butterflies", "import", ["post"], ["PE"], (40, 80), (1, 2), ["USD"], 5, S),
]
# Everyday trade: blind80's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and the eight rows blind60
# added, kept by every set since), with four new rows instead of blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701337", "Drinking glasses, tempered", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (4000, 10000), ["USD", "EUR"], 3, N),
        ("940360", "Wooden bookshelves, flat-packed", "import", ["sea"], ["VN", "CN"], (2, 4), (4000, 10000), ["USD"], 0.05, N),
        ("420222", "Cotton canvas tote bags", "import", ["post", "express"], ["IN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
        ("848180", "Brass radiator valves", "import", ["road"], ["TR"], (8, 12), (1000, 4000), ["EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind81", 20390901, HERE)


if __name__ == "__main__":
    main()
