#!/usr/bin/env python3
"""Writes the eighty-seventh blind set (tests/risk/data/blind87-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 September - 26 October 2040, with goods, routes, languages and disguise
families found, where possible, in none of the earlier sets. Written by a person who had not
read the profile packs (nor any rule file) and had not run the engine on it, and committed
before any change measured on it, to be measured once on its packs. Same row layout and
expansion as make_blind_set.py, whose functions it reuses, and the same extras as
make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged into
its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator); the
ordinary table keeps postal and express goods at parcel masses and commercial goods on
commercial modes, so the consignee kind matches the mode and the quantity. Goods that need a
permit, licence or certificate by law (live animals and plants, seeds for sowing, fish and
fish roe, hatching eggs included) appear only in the permitted rows, with their document, and
goods whose importer must hold an authorisation (steel, HFC-charged equipment, firearms parts,
rough diamonds) are left out of the ordinary table. Disguised rows carry a consignee name only
where a real declaration would. Ids are BL87-*:

    python3 tests/risk/data/make_blind87_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "KR", [], "NL", "330790",
         "하드렌즈용 과산화수소 소독액 3 %, 6 x 1 L", "KR", 6.8, 6, 90000, "KRW",
         "peroxide lens-care systems are 3 % solutions in 360 ml bottles with a catalytic disc; these six one-litre "
         "bottles carry no disc, weigh 1.13 kg/l and vent through the caps: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Seoul to a private person in Utrecht; Korean wording (hydrogen peroxide "
         "repeats in many sets and a lens-care cover once, in blind39 by post in Portuguese; by express from Korea in "
         "Korean is the new part)", person("Particulier", "NL")),
        ("PRE-02", "import", "IEPOST01", "post", "GB", [], "IE", "310530",
         "Cothú giosta (fosfáit diammóiniam) don ghrúdaireacht bhaile, 5 x 1 kg", "GB", 5, 5, 30, "GBP",
         "home brewers' yeast nutrient is diammonium phosphate sold in 100 g tubs, a teaspoon a batch; these five "
         "kilo bags of dense white prills turn ice-cold in water and the inner liners read 'AN 34.5 % N': ammonium "
         "nitrate (Annex I at 16 % N or more), posted from Liverpool to a private person in Dundalk who brews nothing; "
         "Irish wording (ammonium nitrate repeats in many sets; a yeast-nutrient cover is new as far as a search "
         "found)", person("Duine príobháideach", "IE")),
        ("PRE-03", "import", "HRROAD01", "road", "BA", [], "HR", "250100",
         "So za regeneraciju omekšivača u mašini za suđe, 10 x 2 kg", "BA", 20, 10, 40, "EUR",
         "dishwasher salt is coarse sodium chloride sold at a euro or two a bag; these ten bags hold fine, faintly "
         "yellow crystals that draw damp, spit on a hot plate and read 'NaClO3 99 %' on the inner liners: sodium "
         "chlorate (Annex I above 40 %), in a private car at Nova Sela for a private person in Split; Bosnian wording "
         "(sodium chlorate repeats in many sets and dishwasher covers in a few; from Bosnia by car to Croatia is the "
         "new part)", person("Privatna osoba", "HR")),
        ("PRE-04", "import", "ITPOST01", "post", "CH", [], "IT", "340290",
         "Detergente acido per impianti di mungitura, a base fosforica, 4 x 1 l", "CH", 5.6, 4, 48, "CHF",
         "acid cleaners for milking plant are sold to dairy farms in 20 l cans and are diluted phosphoric blends; "
         "these four litres weigh 1.40 kg/l, fume brown when opened and yellow the skin: about 65 % nitric acid "
         "(Annex I above 3 %), posted from Ticino to a private person in a Milan flat with no cows, although "
         "corrosive liquids may not go by post; Swiss Italian wording (nitric acid repeats in many sets; a "
         "milking-plant cleaner is new as far as a search found)", person("Privato", "IT")),
        ("PRE-05", "import", "DKSEA01", "sea", "IS", [], "DK", "291711",
         "Tekkhreinsir fyrir bátadekk, oxalsýra, 4 x 5 l", "IS", 23.8, 4, 12000, "ISK",
         "teak-deck cleaners are oxalic-acid powders or two-part liquids at about 1.1 kg/l; these four 5 l cans "
         "weigh 1.19 kg/l, bulge at the caps and bleach the skin white: about 50 % hydrogen peroxide (Annex I above "
         "12 %), in a private car on the ferry from Seyðisfjörður to Hirtshals for a private person in Aalborg who "
         "owns no boat; Icelandic wording (hydrogen peroxide repeats in many sets and deck cleaners in a few; the "
         "Icelandic ferry route is new as far as a search found)", person("Privatperson", "DK")),
        ("PRE-06", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "381190",
         "燃油系统清洗剂（汽油车用）, 300 ml x 4 000 瓶", "CN", 1260, 4000, 6000, "USD",
         "fuel-system cleaners are polyether-amine in a hydrocarbon solvent at about 0.8 kg/l; these bottles weigh "
         "1.14 kg/l, smell faintly fruity and the carton inserts read 'CH3NO2 98 %', bound for a car-accessory chain "
         "that sells them over the counter: nitromethane (Annex I above 16 %) made available to the general public, "
         "by rail from Chongqing to Małaszewicze; Chinese wording (nitromethane repeats in many sets, as fuel "
         "additive in some; retail bottles by rail for a shop chain are the new part)",
         firm("Auto Sklep Meridian Sp. z o.o.", "PL")),
        ("PRE-07", "import", "ITPOST01", "post", "AL", [], "IT", "283321",
         "Kripë Epsom për banjë këmbësh, 6 x 1 kg", "AL", 6, 6, 30, "EUR",
         "Epsom salt is magnesium sulphate and dissolves at once in warm water; these six bags of fine white powder "
         "barely dissolve, flare violet on a hot plate and the inner bags read 'KClO4': potassium perchlorate (Annex "
         "I above 40 %), posted from Durrës to a private person in Bari; Albanian wording (potassium perchlorate "
         "repeats in many sets and bath-salt covers in a few; from Albania in Albanian is new as far as a search "
         "found)", person("Privato", "IT")),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "283319",
         "pH-minus granulat pentru piscine (bisulfat de sodiu), 10 x 5 kg", "MD", 92, 10, 700, "MDL",
         "pH-minus for pools is sodium bisulphate, a dry granule sold in 5 kg tubs; these ten 'tubs' are 5 l "
         "jerrycans of an oily, water-clear liquid at 1.84 kg/l that chars paper: about 96 % sulphuric acid (Annex I "
         "above 15 %), in a private car at Sculeni for a private person in Iași with no pool; Romanian wording as "
         "written in Moldova (sulphuric acid repeats in many sets and pool chemicals in several; a dry granule "
         "declared for a liquid, by road from Moldova, is the new part)", person("Persoană fizică", "RO")),
        ("PRE-09", "import", "GRROAD01", "road", "TR", [], "GR", "283630",
         "Sodyum bikarbonat, sabun yapımı için, 2 x 25 kg", "TR", 50, 2, 40, "EUR",
         "sodium bicarbonate for soap and bath-bomb makers is a soft white powder that fizzes in vinegar; these two "
         "sacks hold glossy crystals that do not fizz, spit violet sparks in a flame and carry CAS 3811-04-9 on the "
         "inner bags: potassium chlorate (Annex I above 40 %), by road from Edirne for a Thessaloniki soap-making "
         "craft shop that sells over the counter to the public; Turkish wording (potassium chlorate repeats in many "
         "sets; a baking-soda cover for a soap-making shop is new as far as a search found)",
         firm("Sapounopoiia Delta AE", "GR")),
        ("PRE-10", "import", "FRAIR01", "express", "IN", [], "FR", "283330",
         "படிகாரம் (ஆலம்) கற்கள், 10 x 500 கி", "IN", 5, 10, 1200, "INR",
         "padikaram is potash alum, sold in South Indian shops as clear lumps for after-shave and water clearing; "
         "these bags hold fine glossy crystals, not lumps, that crackle and flash violet on a match and read 'KClO3' "
         "in a Sivakasi chemical dealer's print: potassium chlorate (Annex I above 40 %), sent by express from "
         "Chennai to a private person in Paris; Tamil wording (potassium chlorate repeats in many sets; an alum cover "
         "in Tamil is new as far as a search found)", person("M. R. Subramaniam", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "SISEA01", "sea", "SI", [], "EG", "271320",
         "Cestni bitumen 50/70, v sodih, 200 t", "SI", 200000, 1000, 10000, "EUR",
         "road bitumen is a uniform black solid sold with a penetration grade at 400-600 EUR/t; these drums hold a "
         "sticky, acid-smelling tar that fumes when warmed, with a pH of 1, dug from the lagoon of a closed oil "
         "re-refinery, at 50 EUR/t: acid tars (05 01 07*), hazardous waste whose export to a non-OECD country is "
         "banned, shipped from Koper for an Alexandria 'road contractor'; Slovene wording (acid tar repeats once; "
         "as road bitumen from Slovenia to Egypt is new as far as a search found)", {"importer_country": "EG"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "NG", "854340",
         "Vaping devices, returned stock, for refurbishment, 2.4 t", "IE", 2400, 120000, 1200, "EUR",
         "returned vaping stock for resale is boxed and sealed; these are loose single-use vapes swept from shop "
         "recycling bins, many leaking nicotine liquid, with their lithium cells still inside and no way to refill or "
         "recharge them, at 0.01 EUR each: waste electrical equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, shipped from Dublin for a Lagos 'phone and "
         "vape market' dealer; Irish English wording (vapes repeat in a few sets; single-use vapes 'for "
         "refurbishment' from Ireland to Nigeria are new as far as a search found)", {"importer_country": "NG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "440141",
         "Zerrautsa, abereen oheetarako, 22 t", "ES", 22000, None, 440, "EUR",
         "animal-bedding sawdust is pale, dry softwood dust; this load is greenish, smells of chemicals and holds "
         "offcuts of old vineyard posts and utility poles, at 0.02 EUR/kg: sawdust from CCA-treated timber with "
         "arsenic, chromium and copper (03 01 04*, 17 02 04*), hazardous waste whose export to a non-OECD country is "
         "banned, shipped from Bilbao for a Casablanca 'poultry farm supplier'; Basque wording (treated wood repeats "
         "in many sets, sawdust in two; as animal bedding to Morocco in Basque is the new part)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "BGROAD01", "road", "BG", [], "TR", "720430",
         "Отпадъци от калайдисана ламарина, пресовани, 20 т", "BG", 20000, None, 3000, "EUR",
         "tinplate scrap for remelting is clean offcuts from can makers; these bales are crushed paint and varnish "
         "tins from building sites with a centimetre of wet and dried paint and solvent inside, at 0.15 EUR/kg: "
         "packaging containing residues of hazardous substances (15 01 10*), hazardous waste whose export to an OECD "
         "country needs prior written notification and consent, which it lacks, by road at Kapitan Andreevo for a "
         "Çorlu 'steel mill'; Bulgarian wording (paint cans as tin scrap are new as far as a search found)",
         {"importer_country": "TR"}),
        ("WST-05", "export", "SKRAIL01", "rail", "SK", [], "UA", "382000",
         "Nemrznúca zmes do chladičov, regenerovaná, 40 IBC", "SK", 40000, 40, 2000, "EUR",
         "regenerated coolant is clear, coloured and filtered with an analysis; these IBCs hold brown, oily, "
         "mixed coolants drained at car dismantlers, with sediment and a sheen of engine oil, at 0.05 EUR/kg: "
         "antifreeze fluids containing hazardous substances (16 01 14*), hazardous waste whose export to a non-OECD "
         "country is banned, by rail from Čierna nad Tisou for an Uzhhorod 'car-service chain'; Slovak wording "
         "(antifreeze repeats in a few sets; by rail from Slovakia to Ukraine is new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-06", "transit", "NLSEA01", "sea", "CH", ["NL"], "IN", "260800",
         "Zinkkonzentrat, Erz, für die Verhüttung, 60 t", "CH", 60000, None, 6000, "USD",
         "zinc ore concentrate is a dry grey sulphide flotation powder with an assay; these bags hold wet, "
         "greenish filter cake from electroplating shops, smelling of cyanide and holding nickel and chromium, at "
         "0.10 USD/kg: sludges from metal treatment containing hazardous substances (11 01 09*), hazardous waste "
         "whose export from Switzerland to a non-OECD country is banned and whose transit through the Union had no "
         "notification or consent, barged to Rotterdam and reloaded in transit for a Tuticorin 'smelter'; Swiss "
         "German wording (galvanic sludge repeats in a few sets; as zinc ore in transit from Switzerland is new as "
         "far as a search found)", {"importer_country": "IN"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Scarti plastici post-industriali selezionati, per riciclo, 70 balle", "IT", 28000, 70, 1400, "EUR",
         "sorted post-industrial plastic is clean, one-polymer and baled; these bales hold mixed household rubbish: "
         "food, nappies, paper, glass and textiles with some plastic, smelling of rot, at 0.05 EUR/kg: mixed municipal "
         "waste (20 03 01, Basel Y46), whose export for disposal is banned and whose export to a non-OECD country "
         "for recovery has no consent, shipped from Salerno for a Sousse 'plastics recycler'; Italian wording "
         "(household waste as plastic scrap to Tunisia repeats in a few sets; kept and named as a repeat, with a "
         "'post-industrial' claim as the new wording)", {"importer_country": "TN"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "382219",
         "Odczynniki laboratoryjne, nadwyżki, dla szkół, 300 kartonów", "PL", 3000, 300, 600, "EUR",
         "surplus reagents for schools are sealed bottles in date with their safety sheets; these cartons hold a "
         "university's cleared stores: part-used and expired bottles, crystallised ether, unlabelled jars and "
         "mercury salts, at 0.20 EUR/kg: discarded laboratory chemicals (16 05 06*), hazardous waste whose export to "
         "a non-OECD country is banned, by road at Dorohusk for a Lviv 'school supplier'; Polish wording (lab packs "
         "repeat in three sets; as school reagents from Poland to Ukraine is new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "LB", "901890",
         "Πιεσόμετρα υδραργύρου, μεταχειρισμένα, λειτουργικά, 800 τεμ.", "GR", 1600, 800, 800, "EUR",
         "working used medical equipment is tested, cleaned and sold with a service record; these 800 mercury "
         "blood-pressure meters were swept from hospital basements, many cracked and leaking beads of mercury, at "
         "1 EUR each: waste equipment containing mercury (16 02 13*, 18 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, and mercury-added products whose export is itself banned (Regulation "
         "2017/852), shipped from Piraeus for a Beirut 'clinic supplier'; Greek wording (mercury devices repeat in "
         "several sets; from Greece to Lebanon is new as far as a search found)", {"importer_country": "LB"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "GH", "870323",
         "Voiture d'occasion, Toyota Corolla 2021, roulante, 1 unité", "BE", 1300, 1, 6500, "EUR",
         "a used-car exporter's ro-ro load: a running Corolla and part-worn tyres are what Tema buyers order, but "
         "the third item's 'car parts, batteries, new' are 160 cracked and leaking lead-acid batteries from "
         "scrapyards, with white sulphate crust and acid stains, at 3 EUR each: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, packed inside the car and hidden "
         "as the last item of a three-item declaration from Antwerp; French wording (lead-acid batteries in used "
         "cars to West Africa repeat in several sets; kept and named as a repeat, the row is here for its "
         "multi-item form)",
         dict({"importer_country": "GH"},
              _more_items=[item("401220", "Pneus d'occasion, 8 pièces", "BE", 80, 160, "EUR", qty=8),
                           item("870899", "Pièces auto, batteries neuves, 160 pièces", "BE", 2300, 480, "EUR",
                                qty=160)])),
    ],
    "ozone": [
        ("ODS-01", "import", "FIAIR01", "air", "US", [], "FI", "382499",
         "Öljyanalyysin uuttoliuotin S-316 -korvike, 20 x 1 l", "US", 31, 20, 1600, "USD",
         "S-316 extraction solvent for infrared oil-in-water analysis is a chlorotrifluoroethylene dimer in Horiba "
         "bottles; these twenty bottles boil at 48 °C, weigh 1.56 kg/l and the old print under the labels reads "
         "'Freon TF': CFC-113, an ozone-depleting substance whose import is banned (Regulation 2024/590, laboratory "
         "uses need a licence and registration), flown for an Oulu water laboratory; Finnish wording (CFC-113 "
         "repeats in many sets, as Freon TF in several; an S-316 cover is new as far as a search found)",
         firm("Pohjois-Vesilaboratorio Oy", "FI")),
        ("ODS-02", "import", "ESSEA01", "sea", "IN", [], "ES", "290312",
         "Diclorometà per decapants de pintura, 40 bidons", "IN", 7800, 40, 9000, "USD",
         "dichloromethane weighs 1.33 kg/l and boils at 40 °C; these drums weigh 1.99 kg/l, boil at 68 °C and the "
         "bung tags read 'CH2BrCl': bromochloromethane (halon 1011), an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), by sea from Mundra to Barcelona for a paint-stripper maker; Catalan wording "
         "(bromochloromethane repeats in many sets; under a dichloromethane label in Catalan is the new part)",
         firm("Decapants Llobregat SL", "ES")),
        ("ODS-03", "import", "PLROAD01", "road", "UA", [], "PL", "392111",
         "Плити XPS, екструдований пінополістирол, спінений CO2, 600 м³", "UA", 19000, 600, 30000, "EUR",
         "CO2-blown XPS boards carry that on their print and an EPD; these boards give off a faint sweet smell when "
         "cut, the edge print reads 'HCFC-142b' under a sticker and the factory's last conversion plan is years "
         "overdue: insulation boards blown with HCFC-142b, products containing an ozone-depleting substance whose "
         "import is banned (Regulation 2024/590), by road at Korczowa for a Rzeszów builders' merchant; Ukrainian "
         "wording (HCFC-142b foams repeat in several sets; XPS boards by road from Ukraine are new as far as a "
         "search found)", firm("Skład Budowlany Podkarpacie Sp. z o.o.", "PL")),
        ("ODS-04", "import", "HRSEA01", "sea", "VN", [], "HR", "841510",
         "Máy điều hòa treo tường, R-290, một khối, 400 bộ", "VN", 16000, 400, 80000, "USD",
         "R-290 monobloc units carry flammable-gas warnings and hold at most a few hundred grams of propane; these "
         "split units carry 1.2 kg of refrigerant each, no flammable-gas mark, and the outdoor plates read 'R22': "
         "equipment containing HCFC-22, whose import is banned (Regulation 2024/590), by sea from Hai Phong to Rijeka "
         "for a Zagreb installer; Vietnamese wording (HCFC-22 equipment repeats in many sets; relabelled as propane "
         "units from Vietnam to Croatia is new as far as a search found)", firm("Klima Centar Zagreb d.o.o.", "HR")),
        ("ODS-05", "import", "IEPOST01", "post", "GB", [], "IE", "842410",
         "Diffoddwr tân i gychod, FE-36, 2 kg, 2 uned", "GB", 4.6, 2, 60, "GBP",
         "FE-36 (HFC-236fa) marine extinguishers are red with a green label and a recent date; these two are old "
         "green-banded bottles whose stamp under a new label reads 'BCF' and which smell sweet at the valve: halon "
         "1211 portable extinguishers, products containing an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), posted from Wales to a private boat owner in Wexford although pressurised cylinders "
         "may not go by post; Welsh wording (halon 1211 repeats in many sets and FE-36 covers in a few; Welsh "
         "wording by post to Ireland is new as far as a search found)", person("Mr D. Ó Briain", "IE")),
        ("ODS-06", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "841430",
         "Kompresori za auto-klimu, novi, 20 kom", "RS", 160, 20, 3000, "EUR",
         "a car-air-conditioning workshop's order: compressors and O-ring kits are what such shops buy, but the "
         "third item's 'R-1234yf cans' are 24 steel cans of 1 kg (yf comes in 5 kg cylinders with left-hand valves), "
         "with a '12' stamped on the base: CFC-12, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), hidden as the last item of a three-item declaration by road from Novi Sad for a Graz workshop; "
         "Serbian wording (CFC-12 and 1234yf covers repeat in several sets; in a Serbian multi-item order is new as "
         "far as a search found)",
         dict(firm("Autoklima Steiermark GmbH", "AT"),
              _more_items=[item("401693", "Set O-prstenova za klimu, 50 kom", "RS", 5, 250, "EUR", qty=50),
                           item("381300", "Gas R-1234yf u limenkama, 24 kom", "RS", 30, 480, "EUR", qty=24)])),
        ("ODS-07", "export", "DEAIR01", "air", "DE", [], "ET", "731100",
         "Sauerstoffflaschen für Verkehrsflugzeuge, gebraucht, 30 Stück", "DE", 420, 30, 3000, "EUR",
         "aircraft oxygen bottles are green, marked 'Aviator's breathing oxygen' and hold gas at 120 bar; these "
         "thirty are red spherical bottles with squibs and discharge heads, taken from engine nacelles, marked "
         "'CF3Br': halon 1301 engine fire bottles, equipment containing an ozone-depleting substance whose export is "
         "banned except for a licensed critical use (Regulation 2024/590), flown from Frankfurt to an Addis Ababa "
         "'aircraft parts' broker; German wording (halon 1301 repeats in many sets; as aircraft oxygen bottles to "
         "Ethiopia is new as far as a search found)", {"importer_country": "ET"}),
        ("ODS-08", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "281290",
         "Sulfuryl fluoride fumigant gas, 50 cylinders", "CN", 4000, 50, 10000, "USD",
         "sulfuryl fluoride is odourless and ships in cylinders of about 60 kg; these cylinders read 'CH3Br 98 %' "
         "on their collars, carry chloropicrin warning labels and smell faintly of it: methyl bromide, an "
         "ozone-depleting substance (Annex I group VI), landed at Marsaxlokk for reloading to Tripoli without the "
         "licence that Regulation 2024/590 requires for its entry into the Union, temporary storage and "
         "transhipment included; English wording (methyl bromide repeats in many sets and sulfuryl-fluoride covers "
         "in some; in transit through Malta to Libya is new as far as a search found)", {"importer_country": "LY"}),
        ("ODS-09", "import", "ITAIR01", "air", "PK", [], "IT", "340290",
         "کپڑے کے داغ صاف کرنے والا مائع، 200 x 500 ملی لیٹر", "PK", 159, 200, 400, "USD",
         "textile spotting fluids are water-based or light hydrocarbons under 0.9 kg/l and flammable; these bottles "
         "are not flammable, weigh 1.59 kg/l and smell sweet like chloroform, and the lab sheet in the file shows "
         "CCl4: carbon tetrachloride, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "flown from Lahore to a Brescia textile-finishing supplier; Urdu wording (carbon tetrachloride repeats in "
         "many sets and spotting fluids in a few; in Urdu from Pakistan to Italy is new as far as a search found)",
         firm("Finissaggi Bresciani Srl", "IT")),
        ("ODS-10", "import", "SKRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "SK", "381300",
         "灭火器药剂, 七氟丙烷 (HFC-227ea), 60 瓶", "CN", 5400, 60, 24000, "USD",
         "HFC-227ea clean-agent cylinders are filled at about 1.4 kg/l with a gas that boils at -16 °C; these cylinders "
         "weigh far more than the fill table allows, the agent is a liquid at 2.17 kg/l that boils at 47 °C and the "
         "valve tags read '四氟二溴乙烷': halon 2402, an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), by rail through Kazakhstan, Russia, Belarus and Poland to a Žilina terminal for a "
         "Košice fire-protection firm; Chinese wording (halon 2402 repeats in several sets, once as CO2 "
         "extinguishers in blind80; in HFC-227ea cylinders by rail to Slovakia is new as far as a search found)", firm("Požiarna Ochrana Východ s.r.o.", "SK")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "TH", [], "BE", "681099",
         "รูปปั้นสวนคอนกรีต สไตล์ขอม, 2 ชิ้น", "TH", 140, 2, 300, "USD",
         "cast-concrete garden statues in Khmer style are grey, even and light for their size; these two are "
         "pink-grey sandstone heads with chisel marks, lichen in the crevices and saw cuts at the neck: Angkorian "
         "temple sculpture taken in Cambodia, cultural property Cambodia forbids to export (UNESCO 1970), routed "
         "through Bangkok and flown to a Brussels decor dealer; Thai wording (Khmer sculpture repeats in many sets; "
         "as concrete garden statues by air to Brussels is new as far as a search found)",
         firm("Rivage Décor SA", "BE")),
        ("CUL-02", "export", "ESSEA01", "sea", "ES", [], "US", "680293",
         "Jardinera de pedra tallada, decorativa, 1 peça", "ES", 420, 1, 600, "EUR",
         "new carved planters are sawn, sharp-edged and uniform; this block is a weathered limestone column capital "
         "with interlaced beasts and foliage, hollowed out on top, with old mortar on its base: a 12th-century "
         "Romanesque capital taken from a ruined Pyrenean church, an element of a monument whose export out of the "
         "Union needs a licence at any value (Regulation 116/2009) and which Spain's heritage law protects, shipped "
         "from Barcelona to a Florida garden designer; Catalan wording (a Romanesque element repeats once; as a "
         "garden planter is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "DEPOST01", "post", "MK", [], "DE", "960629",
         "Стари метални копчиња, 300 парчиња", "MK", 1.2, 300, 30, "EUR",
         "old metal buttons have shanks or holes; these 300 pieces are small bronze discs with emperors' heads, "
         "Latin legends and green patina, with soil in the lettering: Roman provincial coins dug near Stobi, "
         "archaeological objects North Macedonia forbids to export (UNESCO 1970) and which need an import licence "
         "(Regulation 2019/880), posted from Skopje to a collector in Stuttgart; Macedonian wording (Roman coins "
         "repeat in many sets; as old buttons from North Macedonia is new as far as a search found)",
         person("Herr J. Weber", "DE")),
        ("CUL-04", "import", "FRAIR01", "air", "ET", [], "FR", "830629",
         "የናስ መስቀል፣ የመታሰቢያ ዕቃ፣ 1", "ET", 3.5, 1, 40, "USD",
         "souvenir brass crosses are cast, bright and light; this processional cross is hand-worked, dark with "
         "age and candle soot, engraved with saints and a Ge'ez dedication to a named church: a medieval Ethiopian "
         "Orthodox processional cross taken from a church, cultural property Ethiopia forbids to export (UNESCO "
         "1970), flown from Addis Ababa to a Paris dealer; Amharic wording (Ethiopian church objects repeat in "
         "several sets; a brass-souvenir cover by air to Paris is kept and named as a possible repeat)",
         firm("Galerie Orion SARL", "FR")),
        ("CUL-05", "export", "DEAIR01", "air", "DE", [], "JP", "920210",
         "Schülergeige 4/4, gebraucht, mit Kasten, 1 Stück", "DE", 2.5, 1, 800, "EUR",
         "used student violins are factory-made with a printed label; this one has a one-piece flamed maple back, "
         "a varnish crazed with age, a 1770s Milan label and a dealer's certificate in the case valuing it at "
         "600,000 EUR: an 18th-century Italian violin, an object over 50 years old far above the 50,000 EUR "
         "threshold whose export out of the Union needs a licence (Regulation 116/2009), flown from Frankfurt to a "
         "Tokyo collector; German wording (old instruments repeat in a few sets; as a student violin to Japan is new "
         "as far as a search found)", {"importer_country": "JP"}),
        ("CUL-06", "import", "NLAIR01", "express", "PE", [], "NL", "630499",
         "Retazos de tela antigua para tapicería, 3 piezas", "PE", 0.9, 3, 60, "USD",
         "upholstery remnants are machine-woven and bright; these three are hand-woven camelid-wool tapestry "
         "fragments with stepped frets and staring faces, brittle, with sand in the weave: Wari tunic fragments "
         "(600-1000 AD) from looted graves, cultural property Peru forbids to export (UNESCO 1970), sent by express "
         "from Lima to an Amsterdam dealer; Peruvian Spanish wording (pre-Columbian textiles repeat in several sets; "
         "Wari fragments as upholstery remnants are new as far as a search found)",
         firm("Horizon Tribal Art BV", "NL")),
        ("CUL-07", "transit", "ATAIR01", "air", "LB", ["AT"], "CH", "680990",
         "تمثال نصفي من الجبس، ديكور، قطعة واحدة", "LB", 60, 1, 200, "USD",
         "plaster decor busts are white and light; this bust is carved limestone, heavy, with an Aramaic "
         "inscription by the shoulder, a veiled woman's jewellery in relief and fresh breaks on the base: a "
         "Palmyrene funerary bust taken from Syria, whose trade is banned since 2011 (Regulation 36/2012) and which "
         "Syria forbids to export (UNESCO 1970), flown from Beirut through Vienna in transit to Geneva; Arabic "
         "wording (Palmyrene busts repeat in three sets; in transit through Vienna is new as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-08", "import", "CZAIR01", "air", "NP", [], "CZ", "830629",
         "गायन कचौरा, पित्तल, नयाँ, ४० वटा", "NP", 40, 40, 400, "USD",
         "a Himalayan-craft shop's order: singing bowls and new thangkas are what such shops sell, but the third "
         "item's 'new stone carving' is a grey stone stele of Vishnu, worn smooth by worship, with vermilion in the "
         "folds and a broken tenon: a Licchavi-period stele (5th-9th century) taken from a Kathmandu valley shrine, "
         "cultural property Nepal forbids to export (UNESCO 1970), hidden as the last item of a three-item "
         "declaration flown to Prague; Nepali wording (Nepali sculpture repeats in several sets; hidden in a "
         "singing-bowl order to Prague is new as far as a search found)",
         dict(firm("Himálaj Obchod s.r.o.", "CZ"),
              _more_items=[item("970191", "थाङ्का चित्र, नयाँ, ६ वटा", "NP", 3, 180, "USD", qty=6),
                           item("680299", "ढुङ्गाको मूर्ति, नयाँ, १ वटा", "NP", 35, 60, "USD", qty=1)])),
        ("CUL-09", "export", "PTSEA01", "sea", "PT", [], "BR", "690723",
         "Azulejos decorativos novos, painel, 120 peças", "PT", 240, 120, 480, "EUR",
         "new decorative tiles are machine-glazed and even; these 120 are hand-painted blue-and-white tiles with "
         "crazed glaze and lime mortar on the back, fitting together into a scene of a saint: a 17th-century "
         "azulejo panel cut from a chapel wall, an element of a monument whose export out of the Union needs a "
         "licence at any value (Regulation 116/2009), shipped from Lisbon to a São Paulo dealer; Portuguese wording "
         "(azulejo panels repeat in several sets; as new tiles to Brazil is kept and named as a possible repeat)",
         {"importer_country": "BR"}),
        ("CUL-10", "import", "ITSEA01", "sea", "AL", [], "IT", "830629",
         "Kaskë kostumi, kopje, bronz, 1 copë", "AL", 2.2, 1, 50, "EUR",
         "costume replica helmets are thin, polished and even; this one is thick, corroded bronze with a green "
         "crust, soil inside and a hammered crest ridge: an Illyrian-type helmet (6th-5th century BC) dug in "
         "southern Albania, an archaeological object Albania forbids to export (UNESCO 1970) and which needs an "
         "import licence (Regulation 2019/880), in a car on the Durrës-Bari ferry for a collector in Lecce; "
         "Albanian wording (Illyrian helmets are new as far as a search found)", person("Sig. A. De Santis", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "TR", "870830",
         "Remschijven voor vrachtwagens, 24 stuks", "NL", 2400, 24, 9600, "EUR",
         "truck brake discs are cast iron, about 35 kg and sold at a few hundred euros; these 24 are carbon-carbon "
         "heat-sink stacks of about 100 kg with Airbus part numbers and serviceable tags, at 60,000 EUR each new, "
         "for an Istanbul parts broker that supplies Russian airlines: aircraft parts whose sale and supply for use "
         "in Russia is banned, also through third countries (Regulation 833/2014), passed off as lorry parts; Dutch "
         "wording (aircraft parts to Russia via Türkiye repeat in several sets; carbon brakes as truck discs are new "
         "as far as a search found)", {"importer_country": "TR"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "GE", "381190",
         "Additifs pour gazole, anti-statique, 20 GRV", "BE", 20000, 20, 60000, "EUR",
         "diesel additives are sold to fuel distributors with a data sheet; these IBCs hold a static-dissipater and "
         "anti-icing package approved only for jet fuel (DEF STAN 91-091), ordered by a Batumi trader that ships on "
         "to Novorossiysk: aviation fuel additives whose sale and supply for use in Russia is banned (Regulation "
         "833/2014), passed off as diesel additives; Belgian French wording (jet-fuel additives repeat in a few "
         "sets; to Russia through Georgia is new as far as a search found)", {"importer_country": "GE"}),
        ("STR-03", "export", "ATAIR01", "express", "AT", [], "AE", "850440",
         "Frequenzumrichter für Pumpen, 4 Stück", "AT", 48, 4, 2400, "EUR",
         "pump inverters run motors at 50-60 Hz; these four deliver three-phase output at 600-2,000 Hz with "
         "frequency control better than 0.1 %, and the buyer, a Dubai trading firm, ships on to Tehran: frequency "
         "changers controlled as dual-use 3A225, usable for gas centrifuges, whose export needs a licence "
         "(Regulation 2021/821) and whose supply to Iran is banned (Regulation 267/2012); Austrian German wording "
         "(frequency changers repeat in several sets; as pump inverters by express to Dubai is new as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-04", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, Indian cut, 340 ct, mixed sizes", "IN", 0.068, 280, 410000, "USD",
         "Indian-cut goods carry an invoice chain from a Surat cutter and, since 2025, traceability records; this "
         "parcel has a Dubai invoice only, stones of 0.5-1.5 ct with the typical Yakutian fluorescence and a "
         "seller whose rough came from Alrosa auctions: diamonds of Russian origin cut in a third country, whose "
         "import into the Union is banned (Regulation 833/2014), flown to an Antwerp dealer; English wording "
         "(Russian diamonds repeat in several sets; kept and named as a repeat, with an Indian-cut claim from Dubai "
         "as the wording)", firm("Delta Diamonds BV", "BE")),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Пропан-бутан сжиженный, казахстанский, 20 цистерн", "KZ", 1000000, 20, 500000, "USD",
         "Kazakh LPG reaches Poland rarely and with a Kazakh refinery's passport; these tank wagons were filled at a "
         "Russian gas plant near Orsk, as the waybills show, and carry certificates of origin from an Almaty trader "
         "with no plant: Russian liquefied petroleum gas, whose import into the Union is banned (Regulation "
         "833/2014), by rail through Russia and Belarus to Terespol; Russian wording (Russian goods relabelled as "
         "Kazakh repeat in many sets; LPG is new as far as a search found)", firm("Gaz Wschód Sp. z o.o.", "PL")),
        ("STR-06", "export", "LVROAD01", "road", "LV", [], "BY", "851762",
         "Mājas Wi-Fi maršrutētāji, 60 gab.", "LV", 180, 60, 6000, "EUR",
         "home Wi-Fi routers cost 50-150 EUR; these sixty are rack-mounted network encryption appliances with "
         "hardware crypto modules and a list price of 9,000 EUR each: information-security equipment controlled as "
         "dual-use 5A002, whose sale and export to Belarus is banned (Regulation 765/2006), by road at Pāternieki "
         "for a Minsk 'internet café' chain; Latvian wording (encryption equipment repeats once; as home routers to "
         "Belarus is new as far as a search found)", {"importer_country": "BY"}),
        ("STR-07", "transit", "EESEA01", "sea", "KR", ["EE"], "RU", "830242",
         "가구용 서랍 레일, 2 000 세트", "KR", 4000, 2000, 8000, "USD",
         "drawer slides are pressed steel at a few dollars a pair; these are ground precision ball screws and "
         "linear guides with preload classes and a maker's machine-tool catalogue, in transit from Busan through "
         "Muuga to St Petersburg: machine-tool parts whose supply to Russia, also through the Union, is banned "
         "(Regulation 833/2014); Korean wording (machine-tool parts to Russia repeat in many sets; as furniture "
         "slides through Estonia is new as far as a search found)", {"importer_country": "RU"}),
        ("STR-08", "export", "GRAIR01", "express", "GR", [], "AM", "870829",
         "Καθρέπτες αυτοκινήτου, ανταλλακτικοί, 40 τεμ.", "GR", 60, 40, 800, "EUR",
         "a car-parts order to Yerevan: mirrors and wiper blades are what such shops buy, but the third item's "
         "'car navigation units' are controlled-reception-pattern GNSS antennas with anti-jam electronics and drone "
         "mounting plates, for a reseller that ships on to Iran: GNSS components whose export to Iran is banned "
         "(Regulation 2023/1529, Iran drone regime), hidden as the last item of a three-item declaration; Greek "
         "wording (GNSS modules repeat in several sets; anti-jam antennas in a Greek car-parts order are new as far "
         "as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("851240", "Υαλοκαθαριστήρες, 100 τεμ.", "GR", 30, 300, "EUR", qty=100),
                           item("852691", "Συσκευές πλοήγησης αυτοκινήτου, 10 τεμ.", "GR", 8, 400, "EUR",
                                qty=10)])),
        ("STR-09", "export", "EEPOST01", "post", "EE", [], "KZ", "900290",
         "Binokli okulaarid, varuosad, 10 tk", "EE", 1.5, 10, 150, "EUR",
         "binocular eyepieces are small glass lens stacks; these ten are sealed image-intensifier tubes with "
         "micro-channel plates and phosphor screens, worth several thousand euros each, posted from Tallinn to an "
         "Astana 'optics shop' that ships on to Russia: image intensifier tubes controlled as dual-use 6A002, whose "
         "export needs a licence (Regulation 2021/821) and whose supply for use in Russia is banned (Regulation "
         "833/2014); Estonian wording (night-vision parts repeat in several sets; as binocular eyepieces by post "
         "from Estonia is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-10", "import", "ESSEA01", "sea", "AE", [], "ES", "390120",
         "High-density polyethylene granules, blow-moulding grade, 80 t", "AE", 80000, 3200, 88000, "USD",
         "UAE polyethylene comes in the maker's bags with lot numbers; these 25 kg bags carry new printed sleeves "
         "over inner bags printed in Persian with a Bandar Imam petrochemical plant's name, and the bill of lading "
         "was switched at Jebel Ali: Iranian petrochemical products, whose import into the Union is banned "
         "(Regulation 267/2012), for a Valencia bottle maker; English wording (Iranian petrochemicals repeat in a few "
         "sets; polyethylene relabelled at Jebel Ali is kept and named as a possible repeat)",
         firm("Envases Levante SL", "ES")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "LK", [], "NL", "691390",
         "පිඟන් කැස්බෑ රූප, 6", "LK", 2.4, 6, 4000, "LKR",
         "ceramic tortoise figures are hollow and cold; this parcel holds six live juvenile tortoises with yellow "
         "star patterns, wrapped in socks in a box of figurines: Indian star tortoises (Geochelone elegans, CITES "
         "App. I since 2019) without CITES permits, posted from Colombo to a private person in Eindhoven; Sinhala "
         "wording (star tortoises repeat in several sets; a ceramic-figure cover from Sri Lanka is kept and named as "
         "a possible repeat)", person("Dhr. R. Visser", "NL")),
        ("WLF-02", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Bois scié d'iroko (Milicia excelsa), 40 m³", "CD", 36000, None, 24000, "EUR",
         "iroko is yellow-brown, medium-weight at about 650 kg/m³; these planks are near-black with fine light "
         "stripes and weigh about 900 kg/m³: wenge (Millettia laurentii, CITES App. II since 2022) without a CITES "
         "permit, shipped from Matadi to Antwerp for a flooring maker; Congolese French wording (wenge is new as far "
         "as a search found)", firm("Parquets Nordhafen SA", "BE")),
        ("WLF-03", "import", "NLPOST01", "post", "MX", [], "NL", "090421",
         "Chiles secos, variedad tradicional, 10 bolsas", "MX", 1.5, 10, 40, "USD",
         "dried chillies are light, red and rattling; among them are sixty small grey-green living cacti, dug with "
         "soil on their roots and wrapped in newspaper: wild-collected Ariocarpus and Aztekium plants (CITES App. I) "
         "without CITES permits, posted from San Luis Potosí to a private collector in Leiden; Mexican Spanish "
         "wording (cacti repeat in several sets; under dried chillies is new as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-04", "import", "DKAIR01", "air", "GL", [], "DK", "050790",
         "Rensdyrtakker, dekoration, 2 stk.", "GL", 9, 2, 4000, "DKK",
         "reindeer antlers are branched, grey-brown bone; these two are straight, spiralled ivory tusks about two "
         "metres long, wrapped in foam: narwhal tusks (Monodon monoceros, CITES App. II) without CITES documents, "
         "flown from Nuuk to Copenhagen for a private buyer, although Greenland issues CITES permits of its own and "
         "lies outside the Union; Danish wording (narwhal ivory may repeat; as reindeer antler from Greenland is new "
         "as far as a search found)", person("Hr. N. Lund", "DK")),
        ("WLF-05", "import", "SEPOST01", "post", "MY", [], "SE", "670290",
         "Tumbuhan periuk kera tiruan, sutera, 4 pasu", "MY", 1.2, 4, 120, "MYR",
         "artificial pitcher plants are silk on wire; this parcel holds four bare-root living plants with huge "
         "red-lipped pitchers, moss on the roots and no nursery tag: wild-collected Nepenthes rajah (CITES App. I) "
         "from Kinabalu, without CITES permits, posted from Sabah to a private person in Gothenburg; Malay wording "
         "(Nepenthes repeat in a few sets; as silk plants by post to Sweden is new as far as a search found)",
         person("Privatperson", "SE")),
        ("WLF-06", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "160432",
         "Шортан уылдырығы, тұздалған, 40 банка", "KZ", 4, 40, 200, "USD",
         "pike roe is small, yellow-orange and sold cheaply; these forty tins hold large dark-grey glossy grains "
         "with no pike-roe taste and a sturgeon farm's lot code scratched off: wild sturgeon caviar (Acipenseridae, "
         "CITES App. II) without CITES permits or the required labels, in a car at Terehova for a private person in "
         "Riga; Kazakh wording (caviar repeats in many sets; as pike roe from Kazakhstan is new as far as a search "
         "found)", person("Privātpersona", "LV")),
        ("WLF-07", "import", "ITAIR01", "air", "VN", [], "IT", "911390",
         "Dây đồng hồ da bê dập vân, 500 cái", "VN", 15, 500, 1500, "USD",
         "embossed calf straps have a regular printed grain; these 500 straps have irregular scales that overlap at "
         "the edges and a keratin sheen: reticulated python skin (Malayopython reticulatus, CITES App. II) without "
         "CITES permits, flown from Ho Chi Minh City to a Florence watch-strap maker; Vietnamese wording (python "
         "skin repeats in several sets; as embossed calf watch straps from Vietnam is new as far as a search found)",
         firm("Cinturini Vega Srl", "IT")),
        ("WLF-08", "import", "ESSEA01", "sea", "PH", [], "ES", "960190",
         "Mga palamuting kapis, 300 kg", "PH", 300, 80, 450, "USD",
         "capiz crafts are thin, translucent discs of windowpane oyster cut into lamps and chimes; these are heavy, "
         "fluted, bowl-shaped shells a hand's length and more across, some with dried tissue still inside: giant "
         "clam shells (Tridacna, CITES App. II) without CITES permits, in a home-decor importer's container from "
         "Cebu to Valencia; Tagalog wording (giant clams repeat in a few sets; as capiz crafts from the Philippines "
         "is new as far as a search found)", firm("Decoración Central SL", "ES")),
        ("WLF-09", "transit", "FRAIR01", "air", "CM", ["FR"], "CN", "121190",
         "Écorce séchée pour tisane, 80 kg", "CM", 80, 8, 400, "USD",
         "herbal-tea barks are thin and light; these sacks hold thick reddish-brown slabs of bark with an almond "
         "smell when cut: Prunus africana (pygeum) bark, CITES App. II, outside Cameroon's export quota and without "
         "a CITES permit, flown from Douala through Paris in transit to Guangzhou; Cameroonian French wording "
         "(pygeum bark may repeat; a herbal-tea cover in transit through Paris is new as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-10", "export", "ROAIR01", "air", "RO", [], "QA", "010639",
         "Porumbei voiajori, 12 exemplare", "RO", 12, 12, 1200, "EUR",
         "racing pigeons weigh about 400 g and travel in ventilated crates; these twelve birds weigh around a kilo "
         "each, are hooded and have hooked beaks and talons: saker falcons (Falco cherrug, CITES App. II, native "
         "birds taken from the wild) without CITES export permits, flown from Bucharest to a Doha buyer; Romanian "
         "wording (falcons repeat in many sets; as racing pigeons from Romania is new as far as a search found)",
         {"importer_country": "QA"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEROAD01", "road", "GB", "IE", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (metal etching)", "GB", 5.6, 4, 60, "GBP",
     [("PRECURSOR_LICENCE", "IE-DOJ-40-0112")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUROAD01", "road", "RS", "HU", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (hydroponics)", "RS", 6.8, 6, 60, "EUR",
     [("PRECURSOR_LICENCE", "HU-BM-40-0211")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "Galvanic sludge (11 01 09*), zinc-nickel, for metal recovery at a licensed plant, 20 t", "CH", 20000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BW-40-0377")], "notified plating sludge to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "NO", "DE", "382590",
     "Discarded laboratory chemicals (16 05 06*), lab packs, for incineration at a licensed plant, 4 t", "NO", 4000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-40-0129")], "notified lab packs to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "GB", "IE", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand-held extinguishers",
     "GB", 250, 10, 7000, "GBP",
     [("ODS_LICENCE", "IE-EPA-ODS-40-004")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IN", "ES", "290379",
     "Bromochloromethane, 20 drums, for licensed feedstock use in pharmaceutical synthesis", "IN", 3900, 20, 12000,
     "USD", [("ODS_LICENCE", "ES-MITECO-ODS-40-009")], "bromochloromethane as a licensed feedstock"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "JP", "920210",
     "Violin, Milan, 1770s, with certificate, sold from a private collection", "DE", 2.5, 1, 620000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-40-0088")], "historic instrument exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "690723",
     "Azulejo panel, 18th century, 96 tiles, from a documented private house sale", "PT", 190, 96, 70000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-40-0057")], "azulejo panel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "CH", "850440",
     "Frequency changers, 600-2,000 Hz output, 4 units, for a Swiss test-rig maker", "AT", 48, 4, 36000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-40-0214"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-40-0071")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEAIR01", "air", "EE", "NO", "854089",
     "Image intensifier tubes, 10 units, for a Norwegian rescue-equipment maker", "EE", 1.5, 10, 40000, "EUR",
     [("EXPORT_LICENCE", "EE-SKK-40-0033"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-40-0019")],
     "dual-use image intensifiers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CD", "BE", "440729",
     "Wenge sawn timber (Millettia laurentii), 20 m³, legally harvested", "CD", 18000, None, 30000, "EUR",
     [("CITES_PERMIT", "CD-MEDD-40-0142")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "911390",
     "Watch straps of farmed reticulated python skin, 300 pieces", "VN", 9, 300, 4500, "USD",
     [("CITES_PERMIT", "VN-CITES-40-0631")], "App. II python skin with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr C. Byrne", "PRM-02": "Magánszemély", "PRM-05": "Shannon Aero Safety Ltd",
    "PRM-07": "Mr K. Tanaka", "PRM-11": "Parquets Nordhafen SA",
    "PRM-12": "Cinturini Vega Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330790", "Peroxide contact-lens solution 3 %, 360 ml, with catalytic disc", "import", ["express"], ["KR", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("310530", "Diammonium phosphate yeast nutrient for home brewing, 100 g", "import", ["post"], ["GB", "US"], (20, 40), (0.5, 2), ["GBP", "USD"], 10, S),
    ("250100", "Dishwasher regenerating salt, coarse, 2 kg bags", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (6000, 18000), ["EUR"], 0.5, S),
    ("340290", "Phosphoric-acid cleaner for milking plant, 20 l cans", "import", ["road"], ["CH"], (2, 4), (2000, 6000), ["EUR", "CHF"], 0.05, S),
    ("291711", "Oxalic acid teak-deck cleaner powder, 1 kg tubs", "import", ["sea"], ["IS", "NO"], (4, 7), (1000, 3000), ["EUR"], 1, S),
    ("381190", "Fuel-system cleaner for petrol engines, 300 ml bottles", "import", ["rail"], ["CN"], (3, 5), (4000, 10000), ["USD"], 3, S),
    ("283321", "Epsom salt (magnesium sulphate), bath grade, 1 kg", "import", ["post"], ["AL", "TR"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("283319", "Sodium bisulphate pH-minus granules for pools, 25 kg", "import", ["road"], ["MD", "TR"], (0.6, 1), (6000, 18000), ["EUR"], 0.04, S),
    ("283330", "Potash alum crystals (padikaram), 500 g", "import", ["express"], ["IN"], (4, 8), (1, 3), ["USD"], 2, S),
    ("271320", "Road bitumen 50/70, penetration grade, drums", "export", ["sea"], ["EG", "TN"], (0.4, 0.6), (100000, 200000), ["EUR"], None, S),
    ("854340", "Rechargeable vaping devices, new, boxed, without liquid", "export", ["sea"], ["NG", "GH"], (30, 60), (500, 2000), ["EUR"], 20, S),
    ("440141", "Untreated softwood sawdust for animal bedding, baled", "export", ["sea"], ["MA", "TN"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("382000", "Antifreeze coolant, new, ready-mixed, 5 l cans", "export", ["rail"], ["UA", "MD"], (1.2, 2), (10000, 20000), ["EUR"], 0.2, S),
    ("390110", "Recycled LDPE granules, post-industrial, with test report", "export", ["sea"], ["TN", "EG"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("870323", "Used passenger cars, running, with title", "export", ["sea"], ["GH", "NG"], (4, 8), (1200, 6000), ["EUR"], 0.0008, S),
    ("382499", "Oil-in-water extraction solvent S-316, 1 l", "import", ["air"], ["US", "JP"], (80, 140), (20, 80), ["USD"], 0.6, S),
    ("290312", "Dichloromethane, technical grade, drums", "import", ["sea"], ["IN", "CN"], (0.6, 0.9), (15000, 20000), ["USD"], 0.004, S),
    ("392111", "XPS insulation boards, CO2-blown, with EPD", "import", ["road"], ["UA", "RS"], (1.4, 2), (8000, 16000), ["EUR"], 0.03, S),
    ("842410", "Water-mist fire extinguishers for boats, 2 l", "import", ["road"], ["GB"], (8, 14), (1000, 3000), ["GBP", "EUR"], 0.3, S),
    ("841430", "Car air-conditioning compressors, new", "import", ["road"], ["RS", "TR"], (15, 25), (1000, 4000), ["EUR"], 0.15, S),
    ("731100", "Aviation breathing-oxygen cylinders, new, empty", "export", ["air"], ["ET", "KE"], (30, 60), (100, 500), ["EUR"], 0.1, S),
    ("340290", "Water-based textile spotting fluid, 500 ml", "import", ["air"], ["PK", "IN"], (2, 4), (200, 800), ["USD"], 2, S),
    ("681099", "Cast-concrete garden statues, Khmer style, new", "import", ["sea"], ["TH", "VN"], (1, 2), (4000, 12000), ["USD"], 0.02, S),
    ("680293", "Carved granite planters, new", "export", ["sea"], ["US", "CA"], (1.5, 3), (6000, 18000), ["EUR"], 0.01, S),
    ("830629", "Brass souvenir crosses, cast, new", "import", ["air"], ["ET"], (10, 20), (50, 300), ["USD"], 3, S),
    ("920210", "Student violins 4/4, new, factory-made", "export", ["air"], ["JP", "KR"], (60, 120), (100, 400), ["EUR"], 0.4, S),
    ("630499", "Alpaca-wool wall hangings, new, handwoven", "import", ["express"], ["PE", "BO"], (40, 80), (1, 4), ["USD"], 1, S),
    ("680299", "New soapstone carvings, Himalayan style", "import", ["air"], ["NP", "IN"], (4, 8), (100, 500), ["USD"], 0.5, S),
    ("690723", "New hand-painted azulejo-style tiles", "export", ["sea"], ["BR", "US"], (3, 6), (3000, 9000), ["EUR"], 5, S),
    ("950590", "Replica Roman and Illyrian costume helmets, new", "import", ["post"], ["AL", "TR"], (20, 40), (1, 4), ["EUR"], 0.5, S),
    ("870830", "Truck brake discs, cast iron, new", "export", ["road"], ["TR", "RS"], (3, 5), (4000, 12000), ["EUR"], 0.03, S),
    ("381190", "Diesel fuel additives, cetane improver, IBCs", "export", ["sea"], ["GE", "AM"], (2, 3), (10000, 20000), ["EUR"], 0.001, S),
    ("850440", "Frequency inverters for pumps, 50/60 Hz, 4 kW", "export", ["express"], ["AE", "SA"], (40, 80), (2, 5), ["EUR"], 0.2, S),
    ("851762", "Home Wi-Fi routers, consumer, boxed", "export", ["road"], ["RS", "MD"], (40, 70), (500, 2000), ["EUR"], 2, S),
    ("830242", "Furniture drawer slides, pressed steel", "import", ["sea"], ["KR", "CN"], (2, 4), (6000, 14000), ["USD"], 1, S),
    ("900580", "Binoculars 10x42, consumer", "export", ["post"], ["KZ", "GE"], (60, 120), (1, 3), ["EUR"], 1, S),
    ("390120", "HDPE granules, blow-moulding grade, maker's bags", "import", ["sea"], ["AE", "SA"], (1, 1.3), (20000, 25000), ["USD"], None, S),
    ("691390", "Ceramic tortoise figurines, hand-painted", "import", ["post"], ["LK", "TH"], (15, 30), (1, 3), ["USD"], 2, S),
    ("440729", "Iroko sawn timber (Milicia excelsa), with legality documents", "import", ["sea"], ["CM", "CI"], (0.6, 0.9), (20000, 30000), ["EUR"], None, S),
    ("911390", "Watch straps, embossed calf leather", "import", ["air"], ["VN", "CN"], (60, 120), (20, 80), ["USD"], 30, S),
    ("940549", "Capiz-shell lamps, new", "import", ["sea"], ["PH"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("670290", "Artificial pitcher plants, silk, potted", "import", ["post"], ["MY", "CN"], (20, 40), (1, 3), ["USD"], 1, S),
]
# Everyday trade: make_blind_set.EVERYDAY_2032 without the goods that travel with health or plant-health
# certificates (with wooden toys for electric scooters) and EVERYDAY_2032_ADDED, as in blind80, with twelve rows of
# this set's own in place of blind80's twelve added rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441990", "Wooden salad bowls, acacia", "import", ["sea"], ["VN", "IN"], (3, 6), (2000, 6000), ["USD"], 1.5, N),
        ("481920", "Folding cardboard shipping boxes, flat", "import", ["sea"], ["TR", "CN"], (0.8, 1.4), (8000, 16000), ["USD", "EUR"], None, N),
        ("960910", "Coloured pencils, retail sets", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 4, N),
        ("691110", "Porcelain dinner plates", "import", ["sea"], ["CN", "TH"], (1.5, 2.5), (8000, 14000), ["USD"], 2, N),
        ("630210", "Cotton knitted bed linen", "import", ["sea"], ["PK", "BD"], (5, 8), (4000, 9000), ["USD"], 1, N),
        ("392490", "Plastic laundry baskets", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 1, N),
        ("630710", "Microfibre cleaning cloths", "import", ["sea"], ["CN", "PK"], (4, 7), (3000, 8000), ["USD"], 20, N),
        ("482020", "School exercise books", "import", ["sea"], ["IN", "CN"], (1.5, 3), (4000, 10000), ["USD"], 8, N),
        ("940171", "Metal-frame upholstered office chairs", "import", ["sea"], ["CN", "VN"], (4, 7), (3000, 8000), ["USD"], 0.08, N),
        ("611020", "Cotton sweatshirts", "import", ["sea"], ["BD", "TR"], (7, 12), (3000, 8000), ["USD", "EUR"], 2.5, N),
        ("950730", "Fishing reels, spinning", "import", ["post", "express"], ["CN", "JP"], (30, 60), (1, 3), ["USD"], 3, N),
        ("392690", "Silicone baking moulds", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind87", 20400901, HERE)


if __name__ == "__main__":
    main()
