#!/usr/bin/env python3
"""Writes the ninetieth blind set (tests/risk/data/blind90-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2041, with goods, routes,
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
declaration would. Ids are BL90-*:

    python3 tests/risk/data/make_blind90_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEPOST01", "post", "NO", [], "SE", "382499",
         "Hovpleiemiddel mot strålråte for hest, flytende, 6 x 1 l", "NO", 7.2, 6, 900, "NOK",
         "thrush remedies for horses' hooves are brown, tarry copper-sulphate or iodine liquids brushed into the frog; "
         "these six bottles hold a water-clear liquid at 1.20 kg/l that foams on a fingernail, whitens the skin and "
         "vents through vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Hamar to a private "
         "person in Karlstad who keeps no horse; Norwegian wording (hydrogen peroxide repeats in many sets and a "
         "hoof-care covers hid it at least twice; the cover is a near repeat, kept; posted from Norway to Sweden is "
         "the new part)",
         person("Privatperson", "SE")),
        ("PRE-02", "import", "HUROAD01", "road", "RS", [], "HU", "381190",
         "Aditiv za dvotaktno ulje za motorne testere, 8 x 1 l", "RS", 9.1, 8, 9600, "RSD",
         "two-stroke oil additives are pale, oily and smell of petroleum, dosed at a few millilitres per tank; these "
         "eight litres are a thin, colourless liquid at 1.14 kg/l with a fruity smell that does not mix with oil: "
         "nitromethane (Annex I above 16 %), in a private car at Röszke for a private person in Szeged who owns no "
         "chainsaw business; Serbian wording (nitromethane repeats in many sets and fuel additives covered it before; "
         "a chainsaw-oil additive by car from Serbia to Hungary is the new part)", person("Magánszemély", "HU")),
        ("PRE-03", "import", "CZPOST01", "post", "AM", [], "CZ", "330610",
         "Ատամի փոշի, բուսական, 8 x 500 գ", "AM", 4, 8, 12000, "AMD",
         "herbal tooth powder is a soft, grey-green chalk with mint and clove sold in 50 g tins; these eight half-kilo "
         "bags hold glossy white crystals with no taste of mint that spit sparks on a hot pan, and the inner bags read "
         "'KClO3': potassium chlorate (Annex I above 40 %), posted from Yerevan to a private person in Brno; Armenian "
         "wording (potassium chlorate repeats in many sets, once as a historic tooth powder; the cover is a near "
         "repeat, kept; posted from Armenia in Armenian is the new part)", person("Soukromá osoba", "CZ")),
        ("PRE-04", "import", "ATROAD01", "road", "LI", [], "AT", "310210",
         "Kältemischung für Schulversuche (Harnstoff), 10 x 25 kg", "LI", 250, 10, 300, "CHF",
         "cold mixtures for school experiments are sold in 500 g packs of urea or salt for a classroom; these ten 25 kg "
         "sacks of white prills turn ice-cold in water, carry 'N 34,4 %' on the inner liners and go in a private "
         "car at Feldkirch to a private person in Innsbruck who teaches nowhere: ammonium nitrate (Annex I at 16 % N "
         "or more) made available to a member of the public under a urea label; Liechtenstein German wording "
         "(ammonium nitrate repeats in many sets, as snow hardener and ice-cream-maker salt among others; a "
         "school cold-mixture cover from Liechtenstein was not found by a keyword search)", person("Privatperson", "AT")),
        ("PRE-05", "import", "DKAIR01", "express", "IL", [], "DK", "281122",
         "סיליקה ג'ל סופח לחות, גרגרים, 5 ק\"ג", "IL", 5, 5, 180, "ILS",
         "silica-gel desiccant is hard, glassy beads that stay dry to the touch and change colour when wet; this is a "
         "fine white crystalline salt that turns to slush in humid air and flares on a hot plate, with 'NaClO4·H2O' on "
         "the inner bag: sodium perchlorate (Annex I above 40 %), whose deliquescence makes a desiccant label "
         "plausible, sent by express from Haifa to a private person in Aarhus; Hebrew wording (sodium perchlorate "
         "repeats in many sets and silica-gel and desiccant covers hid it before; the cover is a repeat, kept; by "
         "express from Israel to Denmark in Hebrew is the new part)", person("Privatperson", "DK")),
        ("PRE-06", "import", "HRROAD01", "road", "ME", [], "HR", "280610",
         "Sredstvo za čišćenje betona, hlorovodonična kiselina 10 %, 12 x 5 l", "ME", 84, 12, 90, "EUR",
         "concrete cleaner is dilute hydrochloric acid that fumes white and smells sharp; these twelve cans hold a "
         "liquid at 1.40 kg/l that gives off brown fumes, yellows the skin and eats a copper coin with a brown gas: "
         "about 65 % nitric acid (Annex I above 3 %), in a van at Debeli Brijeg for a private person in Dubrovnik; "
         "Montenegrin wording (nitric acid repeats in many sets and acid-cleaner covers in several; a concrete "
         "cleaner from Montenegro by road is the new part)", person("Privatna osoba", "HR")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "291521",
         "Esență de oțet 70 %, pentru conserve, 12 x 1 l", "MD", 22, 12, 600, "MDL",
         "vinegar essence is 70-80 % acetic acid that smells pungently of vinegar at 1.07 kg/l; these twelve litres "
         "have no smell, weigh 1.84 kg/l, are oily and char a paper label at once: about 96 % sulphuric acid (Annex I "
         "above 15 %), in a private car at Sculeni for a private person in Iași; Moldovan Romanian wording (sulphuric "
         "acid repeats in many sets and a vinegar-essence cover hid it once; the cover is a repeat, kept; by car from "
         "Moldova in Romanian is the new part)", person("Persoană fizică", "RO")),
        ("PRE-08", "import", "FRAIR01", "express", "CA", [], "FR", "382499",
         "Cristaux de flammes colorées pour foyer, 6 x 500 g", "CA", 3, 6, 90, "CAD",
         "colour-flame crystals for fireplaces are blue-green copper and strontium salts in small sachets; these six "
         "half-kilo tubs hold a plain white, free-flowing powder that gives no colour to a flame and fizzes violently "
         "with sugar, marked 'KClO4 99 %' inside: potassium perchlorate (Annex I above 40 %), sent by express from "
         "Montréal to a private person in Lyon; Québec French wording (potassium perchlorate repeats in many sets and "
         "a fireplace colour-flame cover hid it once, in Danish; the cover is a repeat, kept; by express from Canada "
         "in Québec French is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-09", "import", "BGROAD01", "road", "MK", [], "BG", "442199",
         "Пчеларска опрема: рамки за саќе, 200 парчиња", "MK", 60, 200, 24000, "MKD",
         "a beekeeper's road order: frames, wax foundation and formic acid against varroa are what apiarists buy, but "
         "the third item's 'formic acid 85 %' is four 25 l jerrycans of a liquid at 1.40 kg/l that gives off brown "
         "fumes instead of formic acid's sharp smell, labelled inside 'HNO3 65 %': nitric acid (Annex I above 3 %), "
         "hidden as the last item of a three-item declaration in a van at Kulata for a private person in Petrich who "
         "keeps no hives; Macedonian wording (nitric acid repeats in many sets and formic-acid varroa covers hid it at "
         "least twice, beekeepers' orders hiding one line in others; the cover is a repeat, kept; by road from North "
         "Macedonia to Bulgaria is the new part)",
         dict(person("Частно лице", "BG"),
              _more_items=[item("152190", "Восочни основи за саќе, 20 кг", "MK", 20, 9000, "MKD", qty=200),
                           item("291511", "Мравја киселина 85 %, 4 x 25 л", "MK", 140, 6000, "MKD", qty=4)])),
        ("PRE-10", "import", "IESEA01", "sea", "GB", [], "IE", "380894",
         "Roof moss remover, powder, 2 kg tubs, 9 t", "GB", 9000, 4500, 9000, "GBP",
         "roof moss removers are benzalkonium or iron-sulphate products that stain green or rust-brown; these 4,500 "
         "tubs hold white crystals that carry no biocide registration, flare yellow when a grain meets a flame and "
         "whose mill sheet reads 'NaClO3 99 %', for a Dublin hardware chain that sells them over the counter: sodium "
         "chlorate (Annex I above 40 %) retail-packed for the general public, by sea from Holyhead to Dublin; British "
         "English wording (sodium chlorate repeats in many sets, once as a roof-moss remover; the cover is a repeat, "
         "kept; retail tubs by sea from Britain to an Irish chain are the new part)", firm("Delta Hardware Supply Ltd", "IE")),
    ],
    "ozone": [
        ("OZN-01", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "731100",
         "Сығылған азот баллондары, әскери қордан, 40 дана", "KZ", 400, 40, 2000, "USD",
         "surplus nitrogen cylinders are light, empty or at low pressure and ring when tapped; these 40 small "
         "spherical bottles with squib valves from armoured-vehicle fire systems are full of a heavy liquid at about "
         "2.2 kg/l, 'хладон 114В2' stencilled under the paint: halon 2402 (Montreal Annex A group II), whose import is "
         "banned by EU 2024/590 outside critical uses, by rail from Almaty to Małaszewicze for a Warsaw militaria "
         "dealer; Kazakh wording (halon 2402 repeats in several sets and nitrogen-cylinder covers hid halons before; "
         "the cover is a repeat, kept; Soviet vehicle bottles by rail from Kazakhstan are the new part)", firm("Vega Militaria Sp. z o.o.", "PL")),
        ("OZN-02", "import", "DKAIR01", "express", "KR", [], "DK", "340290",
         "보청기 세척 스프레이, 무알코올, 120 x 50 ml", "KR", 6, 120, 300000, "KRW",
         "hearing-aid cleaning sprays are alcohol or water-based foams in 30-50 ml pump bottles; these 120 aerosols "
         "hold a dense, sweet-smelling solvent at 1.56 kg/l that evaporates without residue and the filling sheet "
         "names 'R-113': CFC-113 (Montreal Annex A group I), banned from import by EU 2024/590, sent by express from "
         "Seoul to a private person in Odense; Korean wording (CFC-113 repeats in several sets as a cleaning solvent; "
         "a hearing-aid cleaner was not found by a keyword search)", person("Privatperson", "DK")),
        ("OZN-03", "import", "ESSEA01", "sea", "MA", [], "ES", "291513",
         "Formiate d'éthyle, fumigant pour dattes, 40 bouteilles de 50 kg", "MA", 2000, 40, 6000, "EUR",
         "ethyl formate for date fumigation is a flammable liquid that smells of rum and sits in drums at 0.92 kg/l; "
         "these 40 are pressurised steel cylinders with a liquefied gas at 1.73 kg/l, odourless but with a "
         "chloropicrin warning tag: methyl bromide (Montreal Annex E), whose import is banned by EU 2024/590 and whose "
         "fumigation use has been banned in the Union since 2010, by sea from Tanger Med to Algeciras for an Elche "
         "date packer; Moroccan French wording (methyl bromide repeats in many sets and ethyl formate appears in a few "
         "rows; cylinders for a Spanish date packer are the new part)", firm("Dátiles Orion SL", "ES")),
        ("OZN-04", "import", "GRSEA01", "sea", "EG", [], "GR", "392111",
         "ألواح عزل بوليسترين مبثوق XPS، منفوخة بثاني أكسيد الكربون، 180 م³", "EG", 6300, 3600, 9000, "USD",
         "CO2-blown XPS boards are labelled with the blowing agent and carry a CE declaration; these boards come from "
         "a plant that still runs on HCFC-142b/HCFC-22, as its own data sheet in the container says, and the fresh "
         "cut smells faintly sweet: products containing HCFCs, whose import is banned by EU 2024/590, by sea from "
         "Alexandria to Piraeus for an Athens builder's merchant; Egyptian Arabic wording (HCFC-blown XPS repeats in "
         "several sets; from Egypt to Greece is the new part)", firm("Meridian Domiki AE", "GR")),
        ("OZN-05", "import", "FRPOST01", "post", "CH", [], "FR", "381400",
         "Défarteur pour skis de fond, sans agrumes, 4 x 1 l", "CH", 6.4, 4, 120, "CHF",
         "ski-wax removers are citrus-scented terpene or hydrocarbon solvents at about 0.8 kg/l; these four litres "
         "weigh 1.59 kg/l, do not burn, smell sweet like an old dry-cleaner's and the refill drum read 'CCl4': "
         "carbon tetrachloride (Montreal Annex B group II), banned from import by EU 2024/590, posted from Le Brassus "
         "to a private person in Pontarlier; Swiss French wording (carbon tetrachloride repeats in many sets; a "
         "cross-country ski-wax remover is the new part as far as a search found)", person("Mme Claire Martin", "FR")),
        ("OZN-06", "import", "CZAIR01", "express", "CN", [], "CZ", "381400",
         "3D打印机喷嘴清洗剂, 快干, 20 x 500 ml", "CN", 12, 20, 800, "CNY",
         "3D-printer nozzle cleaners are isopropanol or acetone at 0.79 kg/l; these twenty bottles weigh 1.24 kg/l, "
         "boil in the hand and the bottling sheet says 'HCFC-141b': HCFC-141b (Montreal Annex C group I), banned from "
         "import by EU 2024/590, sent by express from Shenzhen to a private person in Ostrava; Chinese wording "
         "(HCFC-141b repeats in many sets as a flushing or cleaning solvent; a 3D-printer cleaner is the new part)",
         person("Soukromá osoba", "CZ")),
        ("OZN-07", "import", "ITSEA01", "sea", "AL", [], "IT", "382499",
         "Gaz ftohës R-404A, 30 bombola x 10.9 kg, për frigoriferët e tregut të peshkut", "AL", 327, 30, 2400, "EUR",
         "R-404A is an HFC blend sold in orange cylinders and, under the F-gas rules, only to certified buyers; these "
         "30 cylinders are unpainted, with a pressure and smell of R-22 on the gauge, and the filling slip reads "
         "'R-22 riciklim': HCFC-22 (Montreal Annex C group I), banned from import by EU 2024/590, on the Durrës-Bari "
         "ferry for a Bari fish-market cold store; Albanian wording (HCFC-22 in HFC cylinders repeats in many sets; "
         "the Albanian ferry route to a fish market is the new part)", firm("Alpina Freddo Srl", "IT")),
        ("OZN-08", "export", "NLSEA01", "sea", "NL", [], "IN", "290312",
         "Dichloormethaan, technisch, 40 vaten van 200 l", "NL", 11500, 40, 9000, "EUR",
         "technical dichloromethane is a light, volatile solvent at 1.33 kg/l; these 40 drums weigh 1.44 kg/l per "
         "litre of fill and the stock list from a closed German fire-extinguisher works names 'Halon 1011': "
         "bromochloromethane (Montreal Annex C group III), whose export is banned by EU 2024/590, from Rotterdam for "
         "a Mumbai 'solvent trader'; Dutch wording (bromochloromethane repeats in several sets; an extinguisher-works "
         "stock exported as dichloromethane is the new part)", {"importer_country": "IN"}),
        ("OZN-09", "import", "SIROAD01", "road", "TR", ["BG", "RS", "HR"], "SI", "382499",
         "Soğutucu gaz R-507A, 20 tüp x 11 kg", "TR", 220, 20, 2200, "EUR",
         "R-507A is an azeotropic HFC blend sold in teal cylinders; these have the purple colour of the old R-502, "
         "the filling list reads 'R-502 (R-22/R-115)' and the buyer runs a pre-1995 ice-cream cold store: CFC-115 "
         "with HCFC-22 (Montreal Annex A group I and Annex C group I), banned from import by EU 2024/590, by lorry "
         "through Bulgaria, Serbia and Croatia for a Ljubljana refrigeration firm; Turkish wording (R-502 repeats in "
         "several sets and R-507A appears in a few rows; R-502 under an R-507A label by road to Slovenia is the new "
         "part as far as a search found)", firm("Horizon Hlajenje d.o.o.", "SI")),
        ("OZN-10", "transit", "DESEA01", "sea", "US", ["DE"], "NG", "382499",
         "Refrigerant R-437A (R-12 retrofit blend), 400 x 30 lb cylinders", "US", 5440, 400, 26000, "USD",
         "R-437A is an HFC/hydrocarbon blend for R-12 retrofits in green-grey cylinders; these are white, a "
         "cylinder's vapour pressure matches R-12 and the Texas filler's invoice in the box says 'reclaimed R-12 from "
         "scrapped vintage-car systems': CFC-12 (Montreal Annex A group I), landed at Hamburg in transit for a Lagos "
         "air-conditioning dealer, whose introduction into the Union, transit included, EU 2024/590 bans; US English wording (CFC-12 repeats in "
         "many sets and R-437A labels hid it twice; the cover is a repeat, kept; in transit through Hamburg from "
         "the US to Nigeria is the new part)", {"importer_country": "NG"}),
    ],
    "waste": [
        ("WST-01", "export", "SIROAD01", "road", "SI", [], "BA", "440112",
         "Drva za kurjavo, suha, razžagana, 22 t", "SI", 22000, None, 880, "EUR",
         "dry firewood is split beech or oak logs, grey-brown and untreated; these are sawn lengths of round posts, "
         "green-tinged to the core, with rusty wire staples, pulled from Vipava vineyards: wood treated with copper, "
         "chromium and arsenic (CCA, 17 02 04*), hazardous waste whose export to a non-OECD country is banned, by "
         "lorry through Obrežje for a Bihać 'firewood trader' who sells it for stoves; Slovenian wording (treated wood "
         "repeats in many sets, vineyard posts among it; as firewood by road from Slovenia to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-02", "export", "HURAIL01", "rail", "HU", [], "RS", "382000",
         "Repülőgép-jégtelenítő folyadék, I. típus, 3 tartálykocsi", "HU", 180000, 3, 9000, "EUR",
         "Type I aircraft de-icing fluid is a clear orange glycol concentrate delivered with a certificate of "
         "analysis; these tank wagons hold a brown, cloudy, foul-smelling mix of spent glycol, engine coolant and "
         "oil skimmed from an airport and garages, at 0.05 EUR/kg: waste antifreeze with dangerous substances "
         "(16 01 14*), hazardous waste whose export to a non-OECD country is banned, by rail from Kelebia for a "
         "Novi Sad 'de-icing contractor'; Hungarian wording (waste glycol repeats in several sets, twice as de-icing "
         "fluid; the cover is a repeat, kept; by rail from Hungary to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "SN", "630900",
         "Abiti usati, selezionati, in balle, 1 container 40'", "IT", 22000, 400, 11000, "EUR",
         "a container of sorted second-hand clothing is what Dakar's markets buy, but behind the first row of bales "
         "sit crates of used fluorescent tubes and compact lamps from an office refurbishment, many broken, with a "
         "mercury test positive on the floor swab: waste containing mercury (20 01 21*), hazardous waste whose export "
         "to a non-OECD country is banned, from Genoa for a Dakar 'clothing importer'; Italian wording (lamps and "
         "tubes repeat in many sets and clothing bales as cover in several; lamps packed behind clothing from Genoa "
         "to Dakar is the new part)", {"importer_country": "SN"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "UA", "271500",
         "Recyklovaný asfaltový recyklát, frakce 0-16 mm, 24 t", "CZ", 24000, None, 480, "EUR",
         "reclaimed asphalt is black, smells of bitumen and is reused in new road mixes after a PAH test; this milled "
         "road from 1960s Ostrava streets smells of mothballs and tar, and the PAH test in the truck's papers shows "
         "3,000 mg/kg: tar-containing bituminous mixtures (17 03 01*), hazardous waste whose export to a non-OECD "
         "country is banned, by lorry through Slovakia for a Lviv 'road builder'; Czech wording (tar asphalt repeats "
         "in several sets; by road from Czechia to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "ATAIR01", "air", "AT", [], "GE", "701790",
         "Laborglaswaren, gebraucht, gereinigt, 8 Kisten", "AT", 320, 8, 400, "EUR",
         "used laboratory glassware is sold cleaned, sorted and boxed by type; these eight crates hold some 2,000 "
         "mercury clinical and laboratory thermometers and sphygmomanometer columns from a Vienna hospital's "
         "clear-out, several broken with beads of metal loose in the straw: mercury-containing waste (16 02 13*, "
         "18 01 10*), hazardous waste whose export to a non-OECD country is banned and mercury-added products whose "
         "export the EU mercury regulation bans, flown from Vienna for a Tbilisi 'lab supplier'; Austrian German "
         "wording (mercury thermometers and sphygmomanometers repeat in a few sets; as laboratory glassware by air to "
         "Georgia is the new part)", {"importer_country": "GE"}),
        ("WST-06", "export", "DEAIR01", "express", "DE", [], "NG", "853222",
         "Elektrolytkondensatoren, Restposten, 3 kg", "DE", 3, 60, 30, "EUR",
         "surplus electrolytic capacitors are small cylinders on reels with a date code; these are 60 old metal-can "
         "capacitors cut from fluorescent-light ballasts of the 1970s, oily at the seams and labelled 'Clophen': "
         "capacitors containing PCBs (16 02 09*), hazardous waste and a POP whose export to a non-OECD country is "
         "banned, sent by express from Dortmund to a Lagos electronics dealer; German wording (PCB capacitors repeat in "
         "several sets; a surplus-capacitor parcel by express to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "GH", "870894",
         "Volants de direction d'occasion, 600 pièces", "BE", 2400, 600, 1800, "EUR",
         "second-hand steering wheels are sold stripped, leather and plastic only; these 600 still hold their driver "
         "airbag modules with live gas generators, cut from scrapped cars: waste containing explosive airbag "
         "inflators (16 01 10*), hazardous waste whose export to a non-OECD country is banned, from Antwerp for a "
         "Tema 'car-parts dealer'; Belgian French wording (airbag modules repeat in several sets, once as steering "
         "wheels from Slovenia to Bosnia; the cover is a repeat, kept; from Antwerp to Ghana is the new part)", {"importer_country": "GH"}),
        ("WST-08", "export", "PLSEA01", "sea", "PL", [], "BJ", "380891",
         "Środki ochrony roślin, końcówki serii, 120 beczek", "PL", 24000, 120, 4800, "EUR",
         "end-of-series plant-protection products are sealed, in date and in their approved labels; these drums hold "
         "banned organochlorine and organophosphate stocks from a closed cooperative's store, caked, leaking and "
         "dated 1989-1994: obsolete pesticides (02 01 08*, some POPs), hazardous waste whose export to a non-OECD "
         "country is banned, from Gdynia for a Cotonou 'agro-dealer'; Polish wording (obsolete pesticides repeat in "
         "several sets; from Poland to Benin as end-of-series stock is the new part)", {"importer_country": "BJ"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "EG", "282739",
         "IJzerchloride 40 %, coagulant voor waterzuivering, 10 ISO-tanks", "NL", 250000, 10, 2500, "EUR",
         "ferric chloride coagulant is a dark brown 40 % solution with a data sheet for drinking-water use; these "
         "tanks hold greenish, fuming spent hydrochloric pickling liquor from a galvanising plant with zinc, lead and "
         "free acid at 0.01 EUR/kg: spent pickling acid (11 01 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Rotterdam for an Alexandria 'water-treatment contractor'; Dutch wording (spent "
         "pickling acid repeats in several sets, under coagulant labels before; the cover is a repeat, kept; by ISO "
         "tank from Rotterdam to Egypt is the new part)",
         {"importer_country": "EG"}),
        ("WST-10", "transit", "FRROAD01", "road", "GB", ["FR", "ES"], "MA", "850710",
         "Reconditioned car batteries, tested, 12 V, 800 pcs", "GB", 12000, 800, 4000, "GBP",
         "reconditioned batteries are cleaned, charged and carry a test sheet; these 800 are cracked, leaking acid "
         "onto pallets and many read 0 V: spent lead-acid batteries (16 06 01*), hazardous waste whose export from "
         "Britain to a non-OECD country is banned and whose transit through the Union had no notification, on a lorry "
         "from Calais to Algeciras for a Casablanca 'battery shop'; British English wording (lead-acid batteries "
         "repeat in many sets; a road transit through France and Spain is the new part)",
         {"importer_country": "MA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLPOST01", "post", "EG", [], "NL", "530919",
         "بقايا قماش كتان منسوج يدويًا للترقيع، مظهر قديم، 2 كغ", "EG", 2, 14, 60, "USD",
         "linen quilting remnants are new cut pieces, even and bright; these fourteen are brittle, brown-stained "
         "tapestry roundels and bands with purple wool figures, dancers and vines, with sand in the weave: Coptic "
         "textile fragments of the 5th-7th century from a cemetery dig, exported in breach of Egypt's antiquities law "
         "(UNESCO 1970; EU 2019/880), posted from Cairo to a private collector in Utrecht; Arabic wording (Coptic "
         "textiles repeat in a few sets; a quilting-remnant cover was not found by a keyword search)",
         person("M. Bakker", "NL")),
        ("CUL-02", "export", "BGROAD01", "road", "BG", [], "TR", "740400",
         "Месингов скрап за претопяване, 180 кг", "BG", 180, None, 900, "EUR",
         "brass scrap is turnings and old taps; these sacks hold some 4,000 green-crusted bronze coins of Thracian "
         "and Roman mints, fibulae and belt fittings from a detectorist's finds near Plovdiv: archaeological "
         "objects, which leave the Union only with an export licence (EU 116/2009) and whose removal Bulgarian law "
         "forbids, in a van at Kapitan Andreevo for an Istanbul coin dealer; Bulgarian wording (detectorists' coins "
         "repeat in many sets and brass scrap as cover in a few; Thracian coins by road to Türkiye is the new part)",
         {"importer_country": "TR"}),
        ("CUL-03", "import", "FRSEA01", "sea", "LB", [], "FR", "940360",
         "Effets personnels de déménagement : mobilier en bois, 1 conteneur", "LB", 3200, 60, 6000, "USD",
         "a family's removal from Beirut to Marseille: furniture and books are what removal containers hold, but the "
         "third item's 'bouteilles en verre irisé, souvenirs de Byblos' are fifteen small iridescent core-formed and "
         "mould-blown flasks with weathering crust and soil inside: Phoenician and Roman glass from tombs on the "
         "southern coast, exported in breach of Lebanon's antiquities law (UNESCO 1970; EU 2019/880), hidden as the "
         "last item of a three-item declaration; Lebanese French wording (ancient glass under a new Sarafand-glass "
         "label appears once; a household removal with a Byblos souvenir label is the new part)",
         dict(person("M. R. Haddad", "FR"),
              _more_items=[item("490199", "Livres, 40 cartons", "LB", 600, 800, "USD", qty=40),
                           item("701399", "Bouteilles en verre irisé, souvenirs de Byblos, 15 pcs", "LB", 6, 150, "USD",
                                qty=15)])),
        ("CUL-04", "import", "DEAIR01", "express", "NP", [], "DE", "970191",
         "नयाँ पौभा चित्र, कपासको कपडामा, हातले बनाइएको, 1 थान", "NP", 1.5, 1, 120, "USD",
         "new paubha paintings for visitors are bright, with synthetic pigments and crisp cotton; this one is dark "
         "with butter-lamp soot, cracked mineral pigments, a Newari dedication dated Nepal Samvat 812 (1692) and "
         "nail holes from a temple wall: a 17th-century ritual paubha from a Kathmandu Valley shrine, exported in "
         "breach of Nepal's Ancient Monument Preservation Act (UNESCO 1970; EU 2019/880), sent by express to a "
         "private buyer in Munich; Nepali wording (Himalayan scroll paintings repeat in a few sets; a paubha was "
         "not found by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "691200",
         "Vasellame da cucina in terracotta nera, rustico, 40 pezzi", "IT", 30, 40, 400, "EUR",
         "rustic black kitchen terracotta is wheel-thrown and glazed inside; these 40 pieces are thin-walled, "
         "burnished black bucchero kantharoi and oinochoai with incised decoration and tomb earth inside: Etruscan "
         "grave goods of the 7th-6th century BC from a clandestine dig near Cerveteri, state property under Italian "
         "law, leaving the Union without an export licence (EU 116/2009), in a car at Chiasso for a Basel dealer; "
         "Italian wording (Etruscan bucchero repeats in a few sets; as kitchen terracotta by road to Switzerland is "
         "the new part)", {"importer_country": "CH"}),
        ("CUL-06", "export", "ESAIR01", "air", "ES", [], "US", "940391",
         "Panel decorativo de madera tallada y dorada, para cabecero de cama", "ES", 35, 1, 900, "EUR",
         "decorative headboard panels are new, machine-carved and evenly gilt; this is a tempera-on-panel with "
         "gold-ground, punched haloes, worm holes and a saint's martyrdom, cut from a late 15th-century Aragonese "
         "altarpiece (retablo) of a village church: a cultural good above the EU 116/2009 thresholds and protected "
         "by Spanish heritage law, flown from Madrid to a New York dealer without an export licence; Spanish wording "
         "(retablo panels repeat in a few sets; as a headboard panel is the new part)", {"importer_country": "US"}),
        ("CUL-07", "import", "DEAIR01", "air", "UZ", [], "DE", "441829",
         "O'ymakor eshik, qayrag'ochdan, yangi, 2 tabaqa", "UZ", 220, 1, 600, "USD",
         "new carved elm doors in Khorezm style are pale, sharp-edged and sold by the dozen; this pair is dark, "
         "weathered, with hand-forged iron, worn thresholds and a carved date of 1251 AH (1835): a 19th-century "
         "mosque door from Khiva's walled city, a protected monument removed in breach of Uzbek law (UNESCO 1970; "
         "EU 2019/880), flown from Urgench for a Frankfurt interior dealer; Uzbek wording (Khivan porch columns, "
         "also in Uzbek, appear once; a mosque door declared as a new carved door is the new part)", firm("Orion Interieur GmbH", "DE")),
        ("CUL-08", "import", "PLRAIL01", "rail", "MN", ["RU", "BY"], "PL", "680299",
         "Боржин чулуун цэцэрлэгийн баримал, шинэ, 3 ширхэг", "MN", 2400, 3, 900, "USD",
         "new granite garden statues are machine-finished and evenly grey; these three are lichen-covered, "
         "wind-worn standing stones with a carved face, a cup in the right hand and a belt with a sword: Turkic "
         "balbal stone figures of the 6th-8th century taken from steppe memorial sites, whose removal Mongolian law "
         "forbids (UNESCO 1970; EU 2019/880), by rail from Ulaanbaatar to Małaszewicze for a Poznań garden-design "
         "firm; Mongolian wording (balbals appear in two earlier rows; garden statues by rail from Mongolia is the new "
         "part)", firm("Central Ogrody Sp. z o.o.", "PL")),
        ("CUL-09", "import", "ESAIR01", "air", "EC", [], "ES", "691390",
         "Figuras de cerámica, artesanía de Manabí, 24 unidades", "EC", 8, 24, 120, "USD",
         "Manabí craft figurines are new, painted and signed; these 24 are small, worn female figurines in polished "
         "grey-red clay with incised hair and root marks: Valdivia figurines of about 3000-2000 BC, Ecuador's "
         "national heritage, exported in breach of its law (UNESCO 1970; EU 2019/880), flown from Guayaquil to a "
         "Madrid collector; Ecuadorian Spanish wording (Valdivia figurines repeat in a few sets and Manabí craft "
         "replicas hid Ecuadorian pieces before; the cover is a repeat, kept; by air to Madrid is the new part)", person("Sr. J. García", "ES")),
        ("CUL-10", "transit", "NLAIR01", "air", "ML", ["NL"], "US", "480254",
         "Papier ancien pour décoration et reliure, 12 kg", "ML", 12, 40, 200, "EUR",
         "decorative old paper is blank, foxed sheets sold by the ream; these 40 bundles are hand-written Arabic "
         "and Ajami manuscripts on rag paper in leather wallets, with marginal notes and Timbuktu library stamps: "
         "manuscripts removed from Mali in breach of its law and of the US-Mali import restrictions (UNESCO 1970), "
         "whose introduction into the Union EU 2019/880 prohibits even in transit, at Schiphol in transit from "
         "Bamako to New York; Malian French wording (Timbuktu manuscripts repeat in a few sets; as binding paper in "
         "transit through Amsterdam is the new part)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "AM", "848180",
         "Edelstahl-Ventile für Bierbrauanlagen, DN 25, 80 Stück", "AT", 240, 80, 96000, "EUR",
         "brewery valves are butterfly or seat valves in 316L steel at a few hundred euros; these 80 are "
         "bellows-sealed globe valves with Monel wetted parts and helium-leak certificates at 1,200 EUR each, for a "
         "Yerevan forwarder whose earlier consignments went on to Tehran: dual-use valves (2B350.g, EU 2021/821) "
         "exported without a licence, and goods for Iran under EU 267/2012, flown from Vienna; Austrian German "
         "wording (bellows valves repeat in a few sets; a brewery-valve cover to Armenia is the new part)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "TR", "291990",
         "Vlamvertrager voor PU-schuim (TCPP), 80 vaten", "BE", 16000, 80, 48000, "EUR",
         "TCPP flame retardant is a viscous, almost odourless liquid at 1.29 kg/l; these drums hold a thin liquid "
         "at 1.05 kg/l with a pungent, garlic-like smell, and the filler's certificate reads 'P(OCH3)3': trimethyl "
         "phosphite (1C350, EU 2021/821, a nerve-agent precursor) exported without a licence from Antwerp to a Mersin "
         "trader whose consignee is an Iranian 'foam plant'; Flemish wording (trimethyl phosphite appears in three "
         "earlier rows and a TCPP label once; the cover is a near repeat, kept; from Antwerp to Mersin is the new part)", {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "TR", "840710",
         "Paramotor-Antriebe, Zweitakt, 6 Stück", "DE", 270, 6, 54000, "EUR",
         "paramotor engines are single-cylinder two-strokes of about 20 kg and 3,000 EUR; these six are 550 cm3 "
         "flat-four engines of 45 kg at 9,000 EUR each, with dual ignition and a propeller hub for pusher aircraft: "
         "engines of the kind flown in Shahed-type drones, whose supply for use in Iran EU 2023/1529 forbids, flown "
         "from Frankfurt to an Istanbul 'paragliding school' that lists an Iranian partner; German wording "
         "(boxer drone engines as paramotor engines repeat in a few sets; the cover is a repeat, kept; to a "
         "paragliding school in Istanbul is the new part)", {"importer_country": "TR"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "AE", "401120",
         "Pneus poids lourd rechapés, 40 pièces", "FR", 3200, 40, 8000, "EUR",
         "retreaded truck tyres are 22.5-inch with a road tread and a DOT code; these 40 are 46x17R20 radials with "
         "a 'TSO-C62' mark and an aircraft load index, A320 main-gear tyres, sent to a Dubai forwarder whose buyer is "
         "a Russian airline: aircraft parts whose sale for use in Russia EU 833/2014 forbids, flown from Toulouse; "
         "French wording (aircraft tyres to Russia via the Gulf repeat in a few sets; the retreaded-truck-tyre cover "
         "is the new part)", {"importer_country": "AE"}),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "400219",
         "Бутадиен-стирольный каучук СКС-30 АРК, производство Казахстан, 20 т", "KZ", 20000, 16, 36000, "USD",
         "Kazakhstan has no synthetic-rubber plant; 20 t of SBR grade 'SKS-30 ARK' in bales with Voronezh "
         "wrappers under the relabelling is Russian styrene-butadiene rubber, whose import EU 833/2014 bans, by "
         "rail from Aktobe to Małaszewicze for a Łódź tyre-retreading firm; Russian wording (Russian goods with a "
         "Kazakh origin repeat in many sets; synthetic rubber was not found as such by a keyword search on SBR)",
         firm("Atlantic Gumy Sp. z o.o.", "PL")),
        ("STR-06", "export", "CZAIR01", "air", "CZ", [], "AE", "910990",
         "Strojky věžních hodin, křemenné, 6 ks", "CZ", 24, 6, 3600, "EUR",
         "quartz tower-clock movements are cheap, battery-driven and sold with hands; these six 19-inch rack units "
         "with a 10 MHz output, a 'Rb' warning and a physics package are rubidium frequency standards (3A002.g, EU "
         "2021/821) sent without a licence to a Dubai reseller whose buyer is in Iran, flown from Prague; Czech "
         "wording (rubidium standards appear in two earlier rows; tower-clock movements is the new part)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "HUAIR01", "air", "HU", [], "KG", "847982",
         "Laboratóriumi eszközök: mágneses keverők, 20 db", "HU", 60, 20, 4000, "EUR",
         "a Bishkek 'laboratory supplier' buys stirrers and pipettes, but the third item's 'labortápegység' is a "
         "26.5 GHz spectrum analyser (a Common High Priority item under EU 833/2014), hidden as the last item of a "
         "three-item declaration for a firm set up in 2023 that sells on to Russia, flown from Budapest; Hungarian "
         "wording (spectrum analysers to Russia via Central Asia repeat in several sets; a lab-supply order with a "
         "power-supply label is the new part)",
         dict({"importer_country": "KG"},
              _more_items=[item("901890", "Pipetták, 200 db", "HU", 8, 1200, "EUR", qty=200),
                           item("850440", "Labortápegység 30 V, 1 db", "HU", 25, 900, "EUR", qty=1)])),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "TR", "760820",
         "Fietsframebuizen aluminium 6061, 4 t", "NL", 4000, None, 24000, "EUR",
         "6061 bicycle tubing is thin-walled, 28-45 mm across and a few euros a kilo; these tubes are 7075-T6, "
         "120 mm outside diameter with 12 mm walls, too heavy for any bicycle: aluminium alloy tubes controlled as "
         "1C202 (EU 2021/821), exported without a licence from Rotterdam to a Mersin trader with an Iranian end "
         "user; Dutch wording (7075 tubes repeat in several sets; a bicycle-tubing cover is the new part)",
         {"importer_country": "TR"}),
        ("STR-09", "import", "ROSEA01", "sea", "GE", [], "RO", "440719",
         "ლარიქსის ტერასის ფიცარი, წარმოშობა საქართველო, 400 მ³", "GE", 240000, None, 120000, "USD",
         "Georgia grows no Siberian larch and has no such mill; 400 m3 of tight-ringed Larix sibirica decking with "
         "Irkutsk grading marks under fresh stamps, loaded at Poti, is Russian wood, whose import EU 833/2014 bans, "
         "by sea to Constanța for a Bucharest decking importer; Georgian wording (larch appears in two earlier rows; "
         "Siberian larch with a Georgian origin is the new part)", firm("Delta Lemn SRL", "RO")),
        ("STR-10", "export", "SESEA01", "sea", "SE", [], "PK", "810890",
         "Titanrör för värmeväxlare, grad 2, 2 t", "SE", 2000, None, 60000, "EUR",
         "grade-2 titanium heat-exchanger tubes are light (4.5 g/cm3) and dull grey; these 2 t of tubes weigh 6.5 "
         "g/cm3 and the mill certificate reads 'Zircaloy-4, Hf < 100 ppm': zirconium tubes with less than one part "
         "hafnium to 500 (1C234, EU 2021/821, nuclear-reactor cladding), exported without a licence to a Karachi "
         "'chemical-plant builder'; Swedish wording (zirconium appears in a few sets; a titanium heat-exchanger "
         "cover to Pakistan is the new part)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "express", "NA", [], "NL", "210690",
         "Prickly pear fruit powder, organic, 4 kg", "NA", 4, 4, 160, "USD",
         "prickly-pear powder is pink-red and sweet; this is a pale green-grey, bitter powder with ribbed, spiny stem "
         "fragments, and the supplier's leaflet promises appetite suppression: Hoodia gordonii (CITES App. II, "
         "annotation #9) without a permit or the controlled-harvest label, sent by express from Windhoek to a "
         "private person in Eindhoven; Namibian English wording (Hoodia repeats in a few sets; a prickly-pear cover "
         "is the new part)", person("Mw. E. de Jong", "NL")),
        ("WLF-02", "import", "ESSEA01", "sea", "PH", [], "ES", "940529",
         "Mga lampara na gawa sa resin at kabibe, 300 piraso", "PH", 1200, 300, 3000, "USD",
         "resin and capiz-shell lamps are flat, translucent windowpane-oyster discs set in resin; these 300 lamps are "
         "whole, cut and polished chambered nautilus shells with their tiger stripes, wired as shades: Nautilus "
         "pompilius (CITES App. II) without a CITES permit, by sea from Cebu to Valencia for a Madrid home-decor "
         "chain; Tagalog wording (nautilus shells repeat in a few sets and capiz crafts hid giant clams on the same "
         "Cebu-Valencia route; kept as a near repeat, the nautilus under a resin-lamp label being the new part)",
         firm("Rivage Decoración SL", "ES")),
        ("WLF-03", "import", "ITAIR01", "air", "LK", [], "IT", "050800",
         "මුහුදු ශංඛ කටු, වියළි, අලංකරණ සඳහා, 300 kg", "LK", 300, None, 1800, "USD",
         "dried decorative shells and coral are a mixed, bleached lot; these cartons hold pairs of large, grey, "
         "triangular dried fins with white-spotted tops and long lower lobes, from wedgefish and giant guitarfish: "
         "Rhinidae and Glaucostegidae fins (CITES App. II) without a permit, declared as shells under an odd code, "
         "flown from Colombo to Milan for a restaurant supplier; Sinhala wording (wedgefish fins repeat in a few "
         "sets; a decorative-shell label is the new part)", firm("Orion Ittico Srl", "IT")),
        ("WLF-04", "import", "FRAIR01", "air", "PG", ["SG"], "FR", "071239",
         "Drai mushroom (shiitake), 120 kg", "PG", 120, None, 1200, "USD",
         "dried shiitake caps are brown, round and smell earthy; these are grey-black, pimpled, finger-to-hand "
         "sized dried bodies with a smell of the sea and sand inside: prickly redfish and other Thelenota sea "
         "cucumbers (CITES App. II) without a permit, flown from Port Moresby through Singapore to Paris for a "
         "Belleville shop; Tok Pisin wording (Thelenota appears in two earlier rows and a dried-shiitake label hid "
         "wildlife once; from Papua New Guinea through Singapore is the new part)", firm("Vega Import SARL", "FR")),
        ("WLF-05", "import", "BEPOST01", "post", "US", [], "BE", "060110",
         "Tulip bulbs, dormant, mixed, 200 pcs", "US", 2, 200, 60, "USD",
         "dormant tulip bulbs are papery, onion-shaped and come from Dutch growers; these 200 are small white "
         "rhizomes with scaly leaf bases and red-rimmed trap stubs, dug from North Carolina savannas: Venus flytraps "
         "(Dionaea muscipula, CITES App. II) taken from the wild, whose digging is a felony there, posted without a "
         "permit to a private grower in Ghent; US English wording (flytraps appear in two earlier rows and a "
         "tulip-bulb label once; posted from the US to Belgium is the new part)", person("Jan Peeters", "BE")),
        ("WLF-06", "import", "DEAIR01", "express", "JO", [], "DE", "392690",
         "مسابح بلاستيك سوداء، 33 حبة، 40 قطعة", "JO", 2, 40, 200, "USD",
         "plastic prayer beads are light, glossy and moulded with a seam; these 40 strands are heavier, dull black "
         "with fine concentric growth rings and a golden sheen when polished: black coral (Antipatharia, CITES App. "
         "II) without a permit, sent by express from Aqaba to a private person in Cologne; Jordanian Arabic wording "
         "(black coral repeats in several sets; plastic tesbih beads were not found by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "DKAIR01", "air", "GL", [], "DK", "392640",
         "Hvalrostand-kopi i kunstharpiks, 2,1 m, 1 stk.", "GL", 8, 1, 900, "DKK",
         "resin replica tusks are light, warm to the touch and show mould lines; this 2.1 m spiral is ivory, 8 kg, "
         "cold and with a pulp cavity: a narwhal tusk (Monodon monoceros, CITES App. II) without a CITES export "
         "permit from Greenland, flown from Nuuk to Copenhagen for a Copenhagen antiques buyer; Danish wording "
         "(narwhal tusks repeat in several sets; a resin-replica cover from Greenland is the new part)",
         person("Privatperson", "DK")),
        ("WLF-08", "import", "BESEA01", "sea", "CM", [], "BE", "440728",
         "Sciages d'iroko, qualité FAS, 60 m³", "CM", 42000, None, 36000, "EUR",
         "iroko is yellow-brown turning to mid-brown with interlocked grain and chalky deposits; this timber is "
         "finer, yellow-brown with a greenish cast, darkening to a rich brown on cut ends, with no calcium stones: "
         "afrormosia (Pericopsis elata, CITES App. II) without a CITES permit, by sea from Douala to Antwerp for a "
         "joinery importer; Cameroonian French wording (afrormosia repeats in several sets; under an iroko label from "
         "Douala is kept as a possible repeat)", firm("Atlantic Bois SA", "BE")),
        ("WLF-09", "import", "NLAIR01", "air", "ID", [], "NL", "030111",
         "Ikan hias air tawar: guppy, 2.000 ekor", "ID", 120, 2000, 1600, "USD",
         "an aquarium shipment from Jakarta: guppies and plants are what the importer orders, but the third item's "
         "'ikan koi 20 ekor' are 20 long, metallic red fish with large scales and barbels in single bags: Super Red "
         "Asian arowana (Scleropages formosus, CITES App. I) without the CITES permit and microchips of a registered "
         "farm, hidden as the last item of a three-item declaration, flown to Schiphol for an Amsterdam aquarist; "
         "Indonesian wording (arowana repeats in several sets; under a koi label in an aquarium order is the new part)",
         dict(firm("Horizon Aquaria BV", "NL"),
              _more_items=[item("060290", "Tanaman air, 400 pot", "ID", 40, 400, "USD", qty=400),
                           item("030111", "Ikan koi, 20 ekor", "ID", 30, 200, "USD", qty=20)])),
        ("WLF-10", "transit", "PTSEA01", "sea", "GW", ["PT"], "HK", "030554",
         "Anchova seca, salgada, 2 t", "GW", 2000, None, 3000, "USD",
         "dried salted anchovies are small, silver and straight; these sacks hold curled, bony, brown-grey seahorses "
         "with snouts and coronets, some 400,000 of them: Hippocampus algiricus (CITES App. II) without a "
         "CITES export permit, landed at Lisbon in transit from Bissau to Hong Kong; Guinean "
         "Portuguese wording (seahorses repeat in several sets, as dried anchovies at least twice; the cover is a "
         "repeat, kept; in transit through Lisbon from Guinea-Bissau is the new part)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "NO", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hoof care)", "NO", 2.3, 2, 400, "NOK",
     [("PRECURSOR_LICENCE", "SE-PM-41-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "ME", "HR", "280800",
     "Nitric acid 65 %, 5 l, for a licensed private user (gold assaying)", "ME", 7, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-41-0012")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "440122",
     "CCA-treated vineyard posts (17 02 04*), for incineration at a licensed hazardous-waste plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-41-0207")], "notified treated wood to a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Spent hydrochloric pickling liquor (11 01 05*), for acid regeneration at a licensed plant, 6 ISO tanks", "NO",
     150000, 6, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-41-0094")], "notified spent pickling acid to a licensed regenerator"),
    ("PRM-05", "ozone", "import", "PLROAD01", "road", "UA", "PL", "290376",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for critical use in armoured-vehicle fire suppression", "UA",
     150, 10, 6000, "EUR", [("ODS_LICENCE", "PL-GDOS-ODS-41-003")], "recovered halon 2402 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IL", "ES", "290361",
     "Methyl bromide, 20 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 1000, 20, 4000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-41-007")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Tempera on panel, saint's martyrdom, Aragon, c. 1480, from a documented private collection", "ES", 35, 1,
     220000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-41-0063")],
     "altarpiece panel exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "BGAIR01", "air", "BG", "CH", "970531",
     "Roman provincial bronze coins, 120 pcs, documented collection formed before 1970", "BG", 1, 120, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BG-MK-EXP-41-0019")], "coin collection exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "IN", "848180",
     "Bellows-sealed globe valves, Monel wetted parts, 40 units, for an Indian pharmaceutical plant", "AT", 120, 40,
     48000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-41-0512"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-41-0088")],
     "dual-use valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "ZA", "810991",
     "Zircaloy-4 cladding tubes, 2 t, for a South African nuclear power station", "SE", 2000, None, 90000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-41-0211"), ("END_USER_CERTIFICATE", "ZA-NNR-EUC-41-0007")],
     "dual-use zirconium tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "express", "NA", "NL", "130219",
     "Hoodia gordonii dry extract, from controlled harvesting, 2 kg", "NA", 2, 2, 400, "USD",
     [("CITES_PERMIT", "NA-MET-41-0036")], "App. II hoodia with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030111",
     "Asian arowana (Scleropages formosus), captive-bred, microchipped, from a registered farm, 10 pcs", "ID", 15, 10,
     3000, "USD", [("CITES_PERMIT", "ID-KLHK-41-0122")], "App. I captive-bred arowana with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatna osoba", "PRM-05": "Zakłady Mechaniczne Vega Sp. z o.o.",
    "PRM-07": "Hudson Valley Art Foundation", "PRM-11": "Meridian Naturprodukten BV",
    "PRM-12": "Horizon Aquaria BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("382499", "Hoof thrush gel for horses, copper sulphate based, 500 g", "import", ["post"], ["NO", "GB"], (10, 20), (1, 3), ["NOK", "GBP"], 2, S),
    ("381190", "Two-stroke oil additive, synthetic, 250 ml", "import", ["express"], ["RS", "US"], (10, 20), (1, 3), ["EUR", "USD"], 4, S),
    ("330610", "Herbal tooth powder, 50 g tins", "import", ["post"], ["AM", "IN"], (20, 40), (1, 2), ["USD"], 20, S),
    ("310210", "Urea cold-mixture packs for school experiments, 500 g", "import", ["post"], ["CH", "LI"], (6, 12), (1, 3), ["CHF"], 2, S),
    ("281122", "Silica gel desiccant, indicating beads, 1 kg", "import", ["express"], ["IL", "CN"], (5, 10), (1, 5), ["USD"], 1, S),
    ("291521", "Vinegar essence, 25 % acetic acid, for preserves, 1 l", "import", ["road"], ["MD", "UA"], (1, 2), (2000, 6000), ["EUR"], 1, S),
    ("382499", "Colour-flame fireplace sachets, copper salts, 30 g", "import", ["express"], ["CA", "US"], (20, 40), (1, 3), ["CAD", "USD"], 30, S),
    ("630900", "Second-hand clothing, sorted, in bales", "export", ["sea"], ["SN", "GH"], (0.5, 1), (18000, 24000), ["EUR"], None, S),
    ("440112", "Kiln-dried beech firewood, untreated", "export", ["road"], ["BA", "RS"], (0.1, 0.2), (15000, 24000), ["EUR"], None, S),
    ("382000", "Aircraft de-icing fluid, Type I, new, certified", "export", ["rail"], ["RS", "UA"], (1, 2), (20000, 40000), ["EUR"], None, S),
    ("271320", "Road bitumen 50/70, new", "export", ["road"], ["UA", "MD"], (0.4, 0.6), (20000, 25000), ["EUR"], None, S),
    ("701790", "Laboratory glassware, new, borosilicate", "export", ["air"], ["GE", "AM"], (10, 20), (100, 400), ["EUR"], 2, S),
    ("870894", "Steering wheels, new, without airbag", "export", ["sea"], ["GH", "NG"], (8, 15), (2000, 6000), ["EUR"], 0.3, S),
    ("850710", "Starter batteries, new, dry-charged", "export", ["road"], ["MA"], (2, 3), (5000, 15000), ["EUR"], 0.06, S),
    ("731100", "Nitrogen cylinders, new, empty, 10 l", "import", ["rail"], ["KZ", "CN"], (3, 5), (2000, 6000), ["USD"], 0.07, S),
    ("340290", "Hearing-aid cleaning spray, alcohol-free foam, 50 ml", "import", ["express"], ["KR", "US"], (20, 40), (1, 3), ["USD"], 10, S),
    ("080410", "Dates, Deglet Nour, CO2-treated", "import", ["sea"], ["TN", "MA"], (2, 4), (10000, 20000), ["EUR"], None, S),
    ("392111", "XPS insulation boards, CO2-blown, CE-marked", "import", ["sea"], ["EG", "TR"], (2, 3), (4000, 10000), ["USD", "EUR"], None, S),
    ("381400", "Ski-wax remover, citrus based, 500 ml", "import", ["post"], ["CH", "NO"], (15, 30), (1, 3), ["CHF", "NOK"], 2, S),
    ("290312", "Dichloromethane, technical, drums", "export", ["sea"], ["IN"], (0.5, 1), (16000, 24000), ["EUR"], None, S),
    ("841850", "Ice-cream display freezers, R-290 charged", "import", ["road"], ["TR"], (4, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("530919", "Linen quilting fabric, new, hand-woven", "import", ["post"], ["EG", "IN"], (10, 20), (1, 4), ["USD"], None, S),
    ("701399", "Mouth-blown glass vases, new, Lebanese craft", "import", ["sea"], ["LB"], (6, 12), (500, 2000), ["USD"], 2, S),
    ("970191", "Paubha painting, new, mineral pigments on cotton", "import", ["express"], ["NP", "IN"], (100, 300), (1, 3), ["USD"], 1, S),
    ("691200", "Rustic black terracotta kitchenware, new", "export", ["road"], ["CH"], (3, 6), (500, 3000), ["EUR", "CHF"], 1, S),
    ("940391", "Carved and gilded headboard panels, new", "export", ["air"], ["US"], (20, 40), (100, 400), ["EUR"], 0.05, S),
    ("441829", "Carved elm doors, new, Khorezm style", "import", ["air"], ["UZ", "IN"], (10, 20), (200, 800), ["USD"], 0.01, S),
    ("680299", "Granite garden statues, new", "import", ["rail"], ["CN", "MN"], (1, 2), (4000, 10000), ["USD"], None, S),
    ("691390", "Ceramic craft figurines, painted, new", "import", ["air"], ["EC", "PE"], (10, 20), (50, 200), ["USD"], 5, S),
    ("848180", "Stainless butterfly valves for breweries, new", "export", ["air"], ["AM", "GE"], (40, 80), (100, 400), ["EUR"], 0.3, S),
    ("291990", "TCPP flame retardant for PU foam", "export", ["sea"], ["TR"], (1.5, 2.5), (16000, 22000), ["EUR"], None, S),
    ("840710", "Paramotor engines, single-cylinder two-stroke", "export", ["air"], ["TR", "CH"], (100, 200), (40, 120), ["EUR"], 0.04, S),
    ("401120", "Truck tyres, new, 22.5 inch", "export", ["sea"], ["AE", "MA"], (3, 5), (8000, 16000), ["EUR"], 0.02, S),
    ("400219", "Styrene-butadiene rubber, SBR 1502", "import", ["sea"], ["KR", "JP"], (1.5, 2.5), (16000, 22000), ["USD"], None, S),
    ("760820", "Aluminium 6061 bicycle tubing, 28-45 mm", "export", ["sea"], ["TR"], (4, 6), (2000, 8000), ["EUR"], None, S),
    ("440719", "European larch decking, PEFC, from Norway", "import", ["sea"], ["NO"], (0.6, 1), (16000, 22000), ["EUR"], None, S),
    ("210690", "Prickly-pear fruit powder, organic, 1 kg", "import", ["express"], ["MX", "NA"], (15, 30), (1, 3), ["USD"], 1, S),
    ("940529", "Resin and capiz-shell lamps", "import", ["sea"], ["PH"], (4, 8), (2000, 6000), ["USD"], 0.2, S),
    ("071239", "Dried shiitake mushrooms", "import", ["air"], ["CN", "KR"], (8, 15), (200, 800), ["USD"], None, S),
    ("392690", "Plastic prayer beads, 33 beads", "import", ["express"], ["TR", "JO"], (20, 40), (1, 3), ["USD"], 20, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (4, 7), (3000, 8000), ["USD"], 0.08, N),
        ("620342", "Men's cotton chino trousers", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD"], 2.5, N),
        ("950300", "Wooden jigsaw puzzles, retail packs", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
        ("732111", "Gas camping stoves, single burner", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind90", 20410301, HERE)


if __name__ == "__main__":
    main()
