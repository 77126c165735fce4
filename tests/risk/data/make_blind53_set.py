#!/usr/bin/env python3
"""Writes the fifty-third blind set (tests/risk/data/blind53-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 2 January - 27 February 2035, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL53-*:

    python3 tests/risk/data/make_blind53_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 1, 2)
base.DAYS = 57  # 2 January to 27 February 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "EEAIR01", "express", "TR", [], "EE", "330190",
         "Roosivesi, kosmeetiline, Isparta, 10 x 2 l", "TR", 24, 10, 80, "EUR",
         "rose water is a distillate at 1.0 kg/l that smells of roses; these odourless, vented jugs weigh 24 kg "
         "for 20 litres (1.2 kg/l), fizz on skin and carry UN 2014 under the label: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), for a private person; Estonian wording (hydrogen peroxide repeats in every set; "
         "the rose-water cover from Isparta is new)", person("Eraisik", "EE")),
        ("PRE-02", "import", "IEAIR01", "express", "US", [], "IE", "271019",
         "Citronella tiki-torch fuel, 4 x 1 gal", "US", 17.1, 4, 60, "USD",
         "torch fuel is a paraffin oil at 0.8 kg/l that smells of citronella; four gallons (15.1 l) weighing "
         "17.1 kg are 1.13 kg/l, the density of nitromethane, and the jugs smell of nothing citrus and carry "
         "a flammable and harmful label under the sticker: nitromethane above 16 % (Annex I) for a private "
         "person; American English wording (nitromethane repeats many sets; the citronella torch-fuel cover is "
         "new)", person("Private individual", "IE")),
        ("PRE-03", "import", "LTPOST01", "post", "CN", [], "LT", "210230",
         "Kepimo milteliai, didmeninė pakuotė namų kepyklai, 5 kg", "CN", 5, 1, 18, "USD",
         "baking powder is bicarbonate and acid salt and fizzes in vinegar; this dense white powder does not "
         "fizz, sparks on a hot plate and the inner bag prints CAS 7778-74-7: potassium perchlorate (Annex I "
         "above 40 %), posted to a private person although oxidisers may not travel by post; Lithuanian "
         "wording (potassium perchlorate repeats; the baking-powder cover is new)", person("Privatus asmuo", "LT")),
        ("PRE-04", "import", "HRROAD01", "road", "RS", [], "HR", "250100",
         "Sol za kiseljenje kupusa, krupna, 8 x 5 kg", "RS", 40, 8, 120, "EUR",
         "sauerkraut salt is coarse sodium chloride at under 1 EUR/kg that tastes of salt; these clear crystals "
         "at 3 EUR/kg taste cool and bitter, do not dissolve like salt and the sacks print CAS 7775-09-9: sodium "
         "chlorate (Annex I above 40 %), a banned weedkiller bought in Serbia and driven over the border for a "
         "private person; Croatian wording (sodium chlorate repeats many sets, and salt covers (de-icing, "
         "softener salt) repeat; pickling salt for sauerkraut is new)", person("Privatna osoba", "HR")),
        ("PRE-05", "export", "FRSEA01", "sea", "FR", ["CI"], "BF", "381300",
         "Poudre ABC pour recharge d'extincteurs, phosphate monoammonique, big bags, 20 t", "FR", 20000, 20, 9000, "EUR",
         "ABC extinguisher powder is a fine, siliconised, yellow-dyed monoammonium phosphate at about 1.5 EUR/kg; "
         "these are white porous prills at 0.45 EUR/kg whose bag liners give 34,5 % N: ammonium nitrate of "
         "explosive grade (UN 1942), declared as a phosphate to avoid the dangerous-goods and end-use checks, "
         "for an Ouagadougou 'fire-safety' firm in a country where jihadist groups build roadside bombs from AN, "
         "trucked through Abidjan; French wording (ammonium nitrate to conflict areas repeats, and an "
         "extinguisher-powder cover appears once; the route through Côte d'Ivoire to Burkina Faso is new)",
         {"importer_name": "Sahel Sécurité Incendie SARL", "importer_country": "BF"}),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "340290",
         "Prostriedok na odstraňovanie mliečneho kameňa, fosforečný, 6 x 10 l", "UA", 84, 6, 90, "EUR",
         "phosphoric milkstone removers for small dairies weigh about 1.15 kg/l and are colourless; sixty "
         "litres weighing 84 kg (1.4 kg/l) that fume yellow-brown when opened are about 65 % nitric acid "
         "(Annex I above 3 %), for a private smallholder with two goats, driven over the Ukrainian border; "
         "Slovak wording (nitric acid repeats; the dairy milkstone cover is new)", person("Súkromná osoba", "SK")),
        ("PRE-07", "import", "BEAIR01", "express", "GB", [], "BE", "170199",
         "Taartdecoratie: fondant wit, 6 x 1 kg", "GB", 6, 6, 45, "GBP",
         "a cake-decorating order for a private person whose third line, 'poedersuiker, 5 kg', is not icing "
         "sugar: it does not taste sweet, draws water from the air and the inner bag prints CAS 7601-89-0, "
         "sodium perchlorate (Annex I above 40 %), tucked between fondant and piping nozzles; Flemish wording "
         "(sodium perchlorate repeats, and a sugar cover appears once; icing sugar in a cake-decorating order "
         "is new)",
         {"consignee_name": "Particulier", "importer_country": "BE",
          "_more_items": [item("732393", "Spuitmondjes RVS, set van 24, 10 sets", "GB", 2, 60, "GBP", qty=10),
                          item("170199", "Poedersuiker, 5 kg", "GB", 5, 10, "GBP", qty=1)]}),
        ("PRE-08", "transit", "DESEA01", "sea", "CN", ["DE"], "GN", "854442",
         "LED wire harnesses with connectors, 4 m, 20,000 pcs", "CN", 1400, 20000, 16000, "USD",
         "LED harnesses carry a plug at each end; these 4 m leg wires end in an aluminium shell with a coded tag: "
         "electronic detonators (UN 0456, explosives of class 1.4B) relabelled as harnesses, transhipped at "
         "Hamburg without the transfer authorisation explosives need, for a Conakry trader supplying artisanal "
         "gold pits; English wording (detonators under other covers repeat; LED harnesses and the route to "
         "Guinea are new)", {"importer_country": "GN"}),
        ("PRE-09", "import", "DKAIR01", "express", "TH", [], "DK", "220900",
         "น้ำส้มสายชูมะพร้าวออร์แกนิก 6 x 1 ลิตร", "TH", 7.4, 6, 15, "USD",
         "coconut vinegar weighs about 1.01 kg/l and smells sour; six litres weighing 7.4 kg (1.24 kg/l) that "
         "neither smell sour nor taste of coconut, bleach the skin white and come in vented caps are about 60 % "
         "hydrogen peroxide (Annex I above 12 %), for a private person; Thai wording (hydrogen peroxide repeats, "
         "and vinegar covers appear in earlier rows; coconut vinegar from Thailand is new)",
         person("Privatperson", "DK")),
        ("PRE-10", "import", "PLPOST01", "post", "GB", [], "PL", "340290",
         "Odtłuszczacz do łańcucha rowerowego, 4 x 1 l", "GB", 7.4, 4, 40, "GBP",
         "chain degreasers are citrus or solvent blends at 0.8-1.0 kg/l; four litres weighing 7.4 kg (1.84 kg/l) "
         "that char a paper tissue are concentrated sulphuric acid (Annex I above 15 %), posted to a private "
         "person although corrosives may not go by post; Polish wording (sulphuric acid repeats; the bicycle "
         "chain-cleaner cover is new)", person("Osoba prywatna", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "391400",
         "Ionenaustauscherharz, gebraucht, regenerierbar, für Wasserenthärter, 40 Big Bags", "DE", 16000, 40, 1600, "EUR",
         "used softener resin is amber beads that smell of nothing; these dark green-black beads come from the "
         "rinse-water treatment of a chrome-plating shop and are loaded with chromium, nickel and cyanide "
         "complexes: spent ion-exchange resin with hazardous substances (11 01 16*), hazardous waste whose "
         "export to a non-OECD country is banned, at 0.10 EUR/kg; German wording (an ion-exchange resin appears "
         "once; plating-shop resin as reusable softener resin is new)", {"importer_country": "IN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "VN", "760200",
         "Aluminiumschroot, koffiecups, geperst, 22 t", "NL", 22000, None, 2200, "EUR",
         "clean aluminium scrap sells at over 1 EUR/kg; these bales of used coffee capsules still hold wet "
         "grounds, plastic lids and silicone seals, at 0.10 EUR/kg: mixed aluminium-plastic packaging waste, "
         "not clean metal scrap, whose export to a non-OECD country as plastic-containing waste is banned "
         "(Regulation 2024/1157) and whose organic residue rots in the container; Dutch wording (coffee "
         "capsules are new to these sets as far as a search found)", {"importer_country": "VN"}),
        ("WST-03", "export", "HUROAD01", "road", "HU", [], "RS", "843311",
         "Használt benzines fűnyírók, működőképes, 180 db", "HU", 5400, 180, 1800, "EUR",
         "'working' lawnmowers at 10 EUR each, collected from civic amenity sites with cracked decks, seized "
         "engines, old petrol in the tanks and sump oil in the crankcases: discarded equipment with oil and "
         "fuel (16 01 21*, 13 02 08*), hazardous waste whose export to a non-OECD country is banned; Hungarian "
         "wording (undrained engines repeat from the first set; garden machinery by road to Serbia is new)",
         {"importer_country": "RS"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "GH", "846721",
         "Käytetyt akkuporakoneet ja -työkalut, toimivia, 2 000 kpl", "FI", 4000, 2000, 1000, "EUR",
         "cordless tools at 0.50 EUR each are not a second-hand trade: these come from recycling-centre cages, "
         "broken, with their nickel-cadmium packs swollen or leaking: discarded electrical equipment with "
         "hazardous batteries (16 06 02*, Y49), hazardous waste whose export to a non-OECD country is banned; "
         "Finnish wording (power tools are new to these sets as far as a search found)", {"importer_country": "GH"}),
        ("WST-05", "import", "PLRAIL01", "rail", "UA", [], "PL", "260700",
         "Концентрат свинцевий, вторинний, біг-беги, 60 т", "UA", 60000, 60, 42000, "USD",
         "lead concentrate is a dry ore; this wet grey paste that smells of acid is the active mass scraped from "
         "broken car batteries (16 06 01* residue), hazardous waste brought in for a Silesian smelter without "
         "the notification and consent its import needs; Ukrainian wording (lead paste repeats once, as lead "
         "oxide to Greece; the import by rail from Ukraine is new)", {"importer_country": "PL"}),
        ("WST-06", "export", "DERAIL01", "rail", "DE", ["PL"], "UA", "271500",
         "Asphaltgranulat 0/32, aufbereitet, für Tragschichten, 1 400 t", "DE", 1400000, None, 7000, "EUR",
         "the milled road surface comes from a 1960s road whose base holds coal tar: the PAH test gives over "
         "1,000 mg/kg, tar-containing road planings (17 03 01*), hazardous waste whose export to a non-OECD "
         "country is banned, sold as asphalt granulate at 5 EUR/t; German wording (road planings appear once; "
         "tar asphalt by rail to Ukraine is new)", {"importer_country": "UA"}),
        ("WST-07", "export", "FRAIR01", "air", "FR", [], "CD", "851713",
         "Smartphones d'occasion, testés, grade C, 3 000 pcs", "FR", 600, 3000, 6000, "EUR",
         "'tested grade C' phones sell at 40-80 EUR; at 2 EUR each these are untested collection-box phones with "
         "cracked screens and swollen batteries, some bent: discarded electrical equipment (Y49, prior informed "
         "consent needed for any e-waste since 2025), flown to Kinshasa as second-hand goods; French wording "
         "(mobile phones repeat twice; the graded-phone cover by air to Congo is new)", {"importer_country": "CD"}),
        ("WST-08", "transit", "ITROAD01", "road", "CH", ["IT"], "AL", "730900",
         "Gebrauchte Heizöltanks, gereinigt, 60 Stück", "CH", 18000, 60, 1200, "CHF",
         "cleaned tanks are dry inside; these steel tanks from house conversions to heat pumps still hold "
         "20-100 litres each of heating-oil sludge and water: waste packaging with hazardous residues "
         "(15 01 10*, 13 07 01*), carried under transit through Italy and the Bari ferry to Albania without "
         "notification; Swiss German wording (a heating-oil cover appears once; used tanks are new)",
         {"importer_country": "AL"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "EG", "701990",
         "Glasfiberprofiler til genbrug, skåret, 400 t", "DK", 400000, None, 4000, "EUR",
         "cut glass-fibre profiles for reuse sell by the metre; these are sawn sections of decommissioned "
         "wind-turbine blades with balsa cores and paint, sold at 10 EUR/t: composite waste that no green list "
         "covers, whose export to Egypt needs notification and consent and a recovery route Egypt has not "
         "shown; Danish wording (wind-turbine blades are new to these sets as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "940330",
         "Mobiliário de escritório usado, secretárias e armários, 40 m3", "PT", 5000, None, 3000, "EUR",
         "an office-clearance container for Luanda whose third line, 'UPS usadas, a funcionar', is 300 old "
         "uninterruptible power supplies with their lead-acid batteries, many bulging: discarded equipment with "
         "hazardous batteries (16 06 01*, Y49), hazardous waste whose export to a non-OECD country is banned; "
         "Portuguese wording (UPS units repeat as a route for batteries; office furniture with UPS units to "
         "Angola is new)",
         {"importer_country": "AO",
          "_more_items": [item("940171", "Cadeiras de escritório usadas, 200 peças", "PT", 2000, 800, "EUR", qty=200),
                          item("850440", "UPS usadas, a funcionar, 300 peças", "PT", 6000, 600, "EUR", qty=300)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "FIPOST01", "post", "CN", [], "FI", "950590",
         "Serpentiinisuihke juhliin, ponneaine DME, 48 tölkkiä", "CN", 9.6, 48, 40, "USD",
         "party-string sprays driven by dimethyl ether carry a flammable flame; these cans carry none, and the "
         "maker's sheet and a headspace test give HFC-134a (GWP 1,430) as the propellant: novelty aerosols "
         "with HFCs of GWP 150 or more may not be placed on the market (Regulation 2024/573, Annex IV), posted "
         "to a private person; Finnish wording (HFC-134a repeats; party-string sprays are new)",
         person("Yksityishenkilö", "FI")),
        ("OZN-02", "import", "LTSEA01", "sea", "TR", [], "LT", "845121",
         "Šilumos siurblio džiovyklės, šaltnešis R-290, 400 vnt.", "TR", 24000, 400, 120000, "EUR",
         "R-290 dryers carry a flammable-gas label and about 150 g of propane; behind the back panels the "
         "compressor plates and service valves give 450 g of HCFC-22 from a factory's old compressor stock: "
         "products containing HCFCs may not be imported or placed on the market (Regulation 2024/590); "
         "Lithuanian wording (HCFC-22 repeats many sets; heat-pump tumble dryers are new)", {"importer_country": "LT"}),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841869",
         "Agregaty chłodnicze do naczep, bez czynnika, napełnione azotem, 36 szt.", "CN", 21600, 36, 180000, "USD",
         "units shipped with a nitrogen holding charge hiss briefly when the valve is cracked; these hold about "
         "6 kg each of R-452A, 216 kg of HFC placed on the market without quota authorisation, a declaration "
         "of conformity or a registration in the F-gas portal (Regulation 2024/573); Polish wording (HFCs in "
         "pre-charged equipment repeat; transport-refrigeration units declared uncharged are new)",
         {"importer_country": "PL"}),
        ("OZN-04", "export", "BESEA01", "sea", "BE", [], "NG", "382769",
         "Refrigerant R-438A (MO99), reclaimed, 13.6 kg cylinders, 300 pcs", "BE", 4080, 300, 12000, "EUR",
         "R-438A is a HFC blend with a pressure curve between R-22 and R-407C; a pressure-temperature check and "
         "a gas test give pure HCFC-22 recovered from dismantled systems: controlled substances may not be "
         "exported from the Union (Regulation 2024/590), and a Lagos service dealer is no permitted use; plain "
         "English wording (HCFC-22 repeats many sets and R-438A appears once; the reclaimed drop-in cover on "
         "export to Nigeria is new)", {"importer_country": "NG"}),
        ("OZN-05", "import", "DESEA01", "sea", "CN", [], "DE", "290919",
         "Hydrofluorether-Reinigungslösemittel für Dampfentfettung, 80 Fässer", "CN", 16000, 80, 64000, "USD",
         "hydrofluoroether solvents cost 30-60 USD/kg and weigh 1.5 kg/l; these drums at 4 USD/kg, 1.35 kg/l, "
         "with an amine stabiliser, are n-propyl bromide: a 'new substance' of Annex II of Regulation "
         "2024/590 whose import and placing on the market are banned; German wording (n-propyl bromide appears "
         "twice; the HFE vapour-degreasing cover is new)", {"importer_country": "DE"}),
        ("OZN-06", "import", "SKPOST01", "post", "US", [], "SK", "381400",
         "Riedidlo korekčnej tekutiny, starý sklad, 12 x 100 ml", "US", 1.6, 12, 40, "USD",
         "correction-fluid thinners of old came in small bottles; this old stock is 1,1,1-trichloroethane "
         "(methyl chloroform), an ozone-depleting substance whose import and placing on the market are banned, "
         "posted to a private collector of typewriters; Slovak wording (methyl chloroform repeats; the "
         "correction-fluid thinner cover is new)", person("Súkromná osoba", "SK")),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "870210",
         "Половни градски автобуси, дизел, 6 парчиња", "MK", 66000, 6, 90000, "EUR",
         "twenty-year-old city buses from Skopje whose roof air-conditioning packs still hold 8 kg each of "
         "HCFC-22: products and equipment containing HCFCs may not be imported or placed on the market "
         "(Regulation 2024/590), so the systems must be recovered before entry; Macedonian wording (HCFC-22 "
         "repeats; used buses are new)", {"importer_country": "GR"}),
        ("OZN-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "AL", "290219",
         "Cyclopentane foam blowing agent, 200 drums", "CN", 32000, 200, 70000, "USD",
         "cyclopentane is a light hydrocarbon at 0.75 kg/l; drums of 160 kg hold 200 litres at 1.24 kg/l, "
         "the density of HCFC-141b, which a gas test confirms: entry into the Union, transit included, counts "
         "as import for ozone-depleting substances, which is banned, and Piraeus is only the hub on the way to "
         "a Durrës foam maker; English wording (HCFC-141b repeats, and cyclopentane covers appear in three "
         "rows; transit through Piraeus to Albania is new)", {"importer_country": "AL"}),
        ("OZN-09", "export", "FRSEA01", "sea", "FR", [], "SN", "940690",
         "Chambres froides démontables d'occasion, panneaux isolés, 4 unités", "FR", 9000, 4, 6000, "EUR",
         "cold rooms of the early 1980s whose polyurethane panels were blown with CFC-11, as the panel labels "
         "and a foam test show: products containing controlled substances may not be exported from the Union "
         "(Regulation 2024/590), and the foam should be destroyed; French wording (sandwich panels appear "
         "twice; dismountable cold rooms to Dakar are new)", {"importer_country": "SN"}),
        ("OZN-10", "import", "HUROAD01", "road", "UA", [], "HU", "842410",
         "Порошкові вогнегасники автомобільні ОП-2, 500 шт.", "UA", 1500, 500, 4500, "EUR",
         "a 2 kg powder extinguisher is a red steel can that rattles; these slimmer bottles are silent, have a "
         "pressure gauge without a powder tube and the stamps give 'хладон 114В2': halon 2402, an ozone-"
         "depleting substance whose import is banned except for licensed critical uses; Ukrainian wording "
         "(halon 2402 repeats; car extinguishers declared as powder are new)", {"importer_country": "HU"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "AM", [], "FR", "830629",
         "Դեկորատիվ պղնձե վահանակ, հայկական ձեռքի աշխատանք, 1 հատ", "AM", 1.2, 1, 90, "USD",
         "a thin bronze strip chased with rows of winged lions, horsemen and chariots, with green corrosion "
         "and soil in the folds, is a fragment of an Urartian belt (8th-7th century BC) from a looted "
         "cemetery: Armenia forbids the export of such objects without a permit, and archaeological objects "
         "over 250 years need an EU import licence (Regulation 2019/880); Armenian wording (Urartian bronzes "
         "are new to these sets; Armenian khachkars and manuscripts appear in earlier rows)",
         {"importer_country": "FR"}),
        ("CUL-02", "export", "ESPOST01", "post", "ES", [], "US", "711311",
         "Bisutería de plata, reproducciones de fíbulas antiguas, 6 piezas", "ES", 0.3, 6, 90, "EUR",
         "cast silver brooches with a horse-shaped bow and spring, and eight small silver coins with a bearded "
         "head and a horseman with Iberian letters, all with black horn silver and soil, are Celtiberian "
         "fibulae and denarii (2nd-1st century BC) from a detectorist's finds in Soria: archaeological objects "
         "need an export licence at any value (Regulation 116/2009) and Spanish law makes such finds public "
         "property; Spanish wording (Celtiberian finds are new; Iberian objects appear in earlier rows)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "NLROAD01", "road", "GB", [], "NL", "680299",
         "Carved rockery stone, reclaimed, for garden, 1 pc", "GB", 180, 1, 150, "GBP",
         "a slab of red sandstone incised with a double disc and Z-rod, a crescent and V-rod and a mirror and "
         "comb is a Pictish symbol stone fragment (6th-8th century) lifted from a field wall in Aberdeenshire: "
         "it needs a UK export licence and, as an archaeological object over 250 years, an EU import licence, "
         "here carried on the Hull-Rotterdam ferry in a van of garden stone; Scottish English wording (Pictish "
         "stones are new)", {"importer_country": "NL"}),
        ("CUL-04", "export", "SEAIR01", "express", "SE", [], "GB", "711299",
         "Silverskrot, smycken, för omsmältning, 1,2 kg", "SE", 1.2, 1, 700, "SEK",
         "silver scrap is bent cutlery and broken chains; this is hack-silver, cut arm rings, plaited neck-ring "
         "pieces and Arabic dirhams with test nicks from a Viking-age hoard (9th-10th century) dug on Gotland "
         "without reporting it: finds of that age must be reported and offered to the state in Sweden, and they need an export licence at "
         "any value (Regulation 116/2009); Swedish wording (silver scrap hid ancient coins in the first set and "
         "Viking objects appear in five rows; a Gotland hoard as refining scrap is new)", {"importer_country": "GB"}),
        ("CUL-05", "import", "DEAIR01", "express", "AE", [], "DE", "711890",
         "سکه‌های برنجی با روکش طلا، یادگاری، ۱۲ عدد", "AF", 0.1, 12, 60, "USD",
         "gold-plated brass tokens are light and bright; these are heavy, soft, worn gold coins with a standing "
         "king at an altar and Shiva with the bull on the back, Bactrian legends: Kushan gold dinars (1st-3rd "
         "century) dug in northern Afghanistan, whose export Afghanistan forbids, flown from Dubai; Dari wording "
         "(Bactrian objects from Afghanistan repeat; Kushan coins as souvenir tokens are new)",
         person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "ITSEA01", "sea", "OM", [], "IT", "680291",
         "صحون صابون من المرمر، حرفة يدوية، 40 قطعة", "OM", 160, 40, 200, "USD",
         "a crate of alabaster soap dishes from Salalah in which six pieces are no dishes: alabaster heads with "
         "inlaid eyes and stelae with South Arabian letters, weathered and encrusted, from Himyarite and Qatabanian "
         "tombs (1st millennium BC - 3rd century AD) looted in war-time Yemen: Yemen forbids their export and archaeological objects over 250 years need an EU import "
         "licence (Regulation 2019/880); Arabic wording (a South Arabian incense burner via Oman appears in the "
         "first set; alabaster heads in a soap-dish crate by sea are new)", {"importer_country": "IT"}),
        ("CUL-07", "import", "SEPOST01", "post", "ET", [], "SE", "711890",
         "የጌጣጌጥ መስሪያ ቅጂ ሳንቲሞች፣ 10 ቁራጭ", "ET", 0.05, 10, 30, "USD",
         "replica coins for jewellery are stamped brass; these small gold coins with a crowned bust, a cross and "
         "Ge'ez letters are Aksumite gold coins (3rd-7th century) found around Aksum: Ethiopia forbids the "
         "export of antiquities, and archaeological objects over 250 years need an EU import licence; Amharic "
         "wording (Ethiopian objects repeat; Aksumite coins are new)", person("Karin Andersson", "SE")),
        ("CUL-08", "import", "ITPOST01", "post", "ID", [], "IT", "482010",
         "Buku catatan sampul kulit kayu, kerajinan Sumatra, 2 buah", "ID", 0.8, 2, 25, "USD",
         "craft notebooks have blank paper inside; these are accordion-folded books of tree bark written in "
         "Batak script with red and black diagrams, carved wooden covers darkened by smoke: Batak pustaha, "
         "datu's books of divination (19th century or older), cultural property Indonesia forbids to export; "
         "Indonesian wording (Batak books are new; Indonesian craft covers repeat)", person("Giulia Rossi", "IT")),
        ("CUL-09", "import", "FRSEA01", "sea", "CM", [], "FR", "970390",
         "Statue décorative perlée, artisanat de Foumban, 1 pièce", "CM", 40, 1, 300, "EUR",
         "new Foumban beadwork is bright glass on fresh cloth; this royal figure has faded trade beads and "
         "cowries on worn raffia over a carved core, with old repairs: a Bamum palace object of the late 19th "
         "century removed without the authorisation Cameroon's heritage law requires, so its import into the "
         "Union is prohibited (Regulation 2019/880, Article 3(1)); Cameroonian French wording (Bamum objects are "
         "new; Sao terracottas from Cameroon appear once)", {"importer_country": "FR"}),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "940360",
         "Trasloco: mobili in legno usati, 60 m3", "IT", 6000, None, 8000, "EUR",
         "a house removal to Lugano whose third line, 'quadro decorativo moderno, olio su tela', is an oil on "
         "panel of a Madonna with Child attributed to a 16th-century Ferrarese workshop under later varnish: "
         "paintings over 50 years old and above 150,000 EUR need an export licence (Regulation 116/2009) and "
         "Italy's certificate of free circulation, which the family lacks; Italian wording (old paintings as "
         "decorative art repeat; a panel painting in a removal to Switzerland is new)",
         {"importer_country": "CH",
          "_more_items": [item("940350", "Armadi e letti in legno, usati, 30 pezzi", "IT", 2400, 1500, "EUR", qty=30),
                          item("970191", "Quadro decorativo moderno, olio su tela, 1 pezzo", "IT", 8, 200, "EUR", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "express", "CZ", [], "UG", "851660",
         "Obojky pro výcvik psů, dálkové, velké plemeno, 40 ks", "CZ", 24, 40, 9600, "EUR",
         "dog-training collars are narrow straps with a small receiver; these are wide belts with a 50,000 V "
         "pack, a wrist trigger and a waist buckle, 'REACT'-type stun belts worn by prisoners, for a Kampala "
         "firm supplying the prison service: body-worn electric-shock devices for the restraint of persons may "
         "not be exported at all (Regulation 2019/125, Annex II); Czech wording (stun belts and the "
         "dog-collar cover are new to these sets as far as a search found)", {"importer_country": "UG"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "UZ", "900720",
         "Kamera-Gimbals für Filmproduktion, 3-Achsen, 30 Stück", "DE", 270, 30, 540000, "EUR",
         "film gimbals carry a customer's camera and cost a few thousand euros; at 18,000 EUR each these are "
         "sealed gyro-stabilised turrets with a cooled thermal core, a zoom day camera and a laser rangefinder "
         "for drones, ordered by a Tashkent firm that forwards to Russia: thermal cameras and such components "
         "may not be sold for use in Russia (Regulation 833/2014) and need a dual-use licence (6A003); German "
         "wording (thermal cores repeat many sets; drone turrets as film gimbals via Uzbekistan are new)",
         {"importer_country": "UZ"}),
        ("STR-03", "import", "SIPOST01", "post", "TR", [], "SI", "930400",
         "Startna pištola za atletiko, 9 mm P.A.K., 2 kosa", "TR", 1.6, 2, 90, "EUR",
         "athletics starting pistols fire 6 mm blanks from a closed barrel; these 9 mm P.A.K. pistols have a "
         "barrel whose restrictor is only a pressed-in pin and slides of full steel, made for easy conversion to "
         "live fire, without meeting the technical specifications of Implementing Directive 2019/69: they count as "
         "firearms (Directive 2021/555) that need an import licence, posted to a private person; Slovenian "
         "wording (convertible alarm pistols and the starting-pistol cover are new)", person("Zasebnik", "SI")),
        ("STR-04", "export", "PLAIR01", "air", "PL", [], "KZ", "392690",
         "Deski do krojenia z polietylenu HDPE, 25 x 30 cm, 400 szt.", "PL", 1000, 400, 100000, "EUR",
         "polyethylene cutting boards cost a few euros and are flat and soft; these curved 25 x 30 cm plates of "
         "pressed UHMWPE at 250 EUR each carry a stand-alone NIJ level III rating under the film: body-armour "
         "plates (Military List ML13) that need an export licence and may not go for use in Russia, for an "
         "Almaty trader; Polish wording (body-armour plates and the cutting-board cover are new)",
         {"importer_country": "KZ"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "CN", "950611",
         "Alpinski, Rennmodell, mit Bindung, 120 Paar", "AT", 1300, 120, 132000, "EUR",
         "an order of race skis, ski boots and lift gates for a Dandong trader whose consignee is a state "
         "company that runs the Masikryong ski resort in North Korea: luxury goods, ski equipment by name, "
         "may not be sold to the DPRK directly or through third countries (Regulation 2017/1509); Austrian "
         "German wording (luxury goods for the DPRK through China repeat; ski equipment is new)",
         {"importer_country": "CN"}),
        ("STR-06", "import", "DEAIR01", "air", "TR", [], "DE", "711319",
         "El yapımı altın bilezik, 14 ayar, Türk menşeli, 300 adet", "TR", 6, 300, 330000, "EUR",
         "Istanbul bangles carry Turkish assay stamps; these carry '585' and the assay mark of the Russian Assay "
         "Chamber's Yekaterinburg office beside a Turkish maker's mark: jewellery of Russian gold, whose "
         "import into the Union is banned even when processed in a third country (Regulation 833/2014, "
         "Article 3o); Turkish wording (Russian gold through third countries repeats; Russian-assayed bangles "
         "declared Turkish are new)", {"importer_country": "DE"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "TR", "830242",
         "Meubelladegeleiders, kogelgelagerd, 2 000 sets", "NL", 6000, 2000, 240000, "EUR",
         "drawer slides cost a few euros a pair; at 120 EUR a set these are precision ball screws and profiled "
         "linear guide rails for machine tools, for a Mersin trader whose buyer is a Russian machine-tool plant: "
         "such components may not be sold for use in Russia (Regulation 833/2014, Annex VII and XXIII) and their "
         "routing through Türkiye is circumvention; Dutch wording (a ball screw and a linear guide appear once; "
         "the drawer-slide cover is new)", {"importer_country": "TR"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "AM", "852589",
         "Caméras de sport ralenti, 4K, 10 unités", "FR", 120, 10, 850000, "EUR",
         "sports slow-motion cameras cost a few thousand euros; at 85,000 EUR each these are high-speed cameras "
         "of over a million frames a second with ultra-short exposure, used to film detonics and warhead tests "
         "(dual-use 6A003.a), for a Yerevan firm that forwards to Iran: no licence was sought, and Iran is under "
         "the Union's restrictive measures; French wording (a high-speed camera appears once; sports cameras "
         "via Armenia are new)", {"importer_country": "AM"}),
        ("STR-09", "import", "ITSEA01", "sea", "AE", [], "IT", "390140",
         "LLDPE film-grade granules, UAE origin, 1,000 bags x 25 kg", "AE", 25000, 1000, 26000, "USD",
         "the bag prints carry a grade and lot numbering of an Iranian petrochemical complex under a Jebel Ali "
         "overprint, and the bill of lading starts at Bandar Abbas: Iranian petrochemical products may not be "
         "imported into the Union (Regulation 267/2012, as reimposed in 2025); English wording (Iranian goods "
         "through the Emirates repeat as a route; polyethylene is new)", {"importer_country": "IT"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "BY", "851762",
         "Medžioklinės racijos, 5 W, 200 vnt.", "LT", 160, 200, 150000, "EUR",
         "hunters' handheld radios cost under 100 EUR; at 750 EUR each these are frequency-hopping radios with "
         "AES-256 voice encryption (dual-use 5A002) for a Grodno 'hunting club' supplier: dual-use goods may not "
         "be exported to Belarus at all (Regulation 765/2006); Lithuanian wording (encrypted radios as toy and "
         "site walkie-talkies via Kyrgyzstan repeat three times; the hunting-radio cover on a direct road "
         "export to Belarus is new)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "US", [], "DE", "010620",
         "Painted turtles (Chrysemys picta), captive bred hatchlings, 120 pcs", "US", 3, 120, 1800, "USD",
         "painted-turtle hatchlings are flat, olive-green with red and yellow edge stripes; these are high-domed, "
         "brown, keeled hatchlings with large heads and strong musk: Mexican giant musk turtles (Staurotypus) and "
         "Kinosternon mud turtles, Kinosternidae listed in CITES App. II since 2023, shipped without an export "
         "permit; American English wording (musk and mud turtles are new to these sets as far as a search found)",
         {"importer_country": "DE"}),
        ("WLF-02", "export", "ESSEA01", "sea", "ES", [], "HK", "030579",
         "Aletas de peixe espada secas, 1.200 kg", "ES", 1200, None, 30000, "EUR",
         "swordfish fins are stiff and sickle-shaped and sell for little; these triangular first dorsal fins with "
         "a rounded tip and the small, far-back second dorsals at 25 EUR/kg are silky-shark fins (Carcharhinus "
         "falciformis, CITES App. II) from Vigo longliners, exported to Hong Kong without a permit; Galician "
         "wording (shark fins repeat under many covers; silky shark and the swordfish-fin cover from Galicia are "
         "new)", {"importer_country": "HK"}),
        ("WLF-03", "import", "ATAIR01", "air", "PG", [], "AT", "121190",
         "Sandalwood chips for incense, 40 kg", "PG", 40, None, 1800, "USD",
         "sandalwood chips are pale yellow and smell sweet and milky; these dark, resin-streaked, heavy chips "
         "that sink in water and smell of oud are agarwood from Gyrinops ledermannii (CITES App. II) cut in "
         "the Sepik forests of Papua New Guinea without an export permit; Papua New Guinean English wording "
         "(agarwood repeats, from Aquilaria; Gyrinops and the sandalwood cover from New Guinea are new)",
         {"importer_country": "AT"}),
        ("WLF-04", "import", "NLAIR01", "air", "MY", [], "NL", "010639",
         "Burung merbah jambul (Pycnonotus jocosus), ternakan, 12 ekor", "MY", 0.6, 12, 1200, "MYR",
         "red-whiskered bulbuls are small and crested with a red cheek patch; these larger birds with a "
         "straw-yellow crown, black eye stripe and white throat are straw-headed bulbuls (Pycnonotus "
         "zeylanicus, CITES App. I since 2023), trapped for song contests, without permits, and wild birds may "
         "not be imported into the Union except from approved breeders; Malay wording (bulbuls are new)",
         {"importer_country": "NL"}),
        ("WLF-05", "import", "BESEA01", "sea", "TZ", [], "BE", "440723",
         "Mbao za msaji (teak) za shamba, zilizopasuliwa, m3 40", "TZ", 26000, None, 22000, "USD",
         "plantation teak is golden-brown, oily and smells of leather; these boards are reddish with darker "
         "streaks, a fine even grain and a red sap that stains water: mninga, Pterocarpus angolensis (CITES App. "
         "II since 2023) from miombo woodland, without an export permit; Swahili wording (African Pterocarpus "
         "repeats as kosso and mukula; mninga as plantation teak is new)", {"importer_country": "BE"}),
        ("WLF-06", "import", "DEAIR01", "air", "NA", [], "DE", "430219",
         "Steppenzebrafelle (Equus quagga burchellii), gegerbt, 8 Stück", "NA", 96, 8, 9600, "EUR",
         "plains zebra hides have broad stripes with brown shadow stripes running onto the belly; these have "
         "narrow stripes, a white belly and a gridiron pattern over the rump: Hartmann's mountain zebra (Equus "
         "zebra hartmannae, CITES App. II), shipped as plains zebra to avoid the export permit; Namibian German "
         "wording (zebra hides appear in earlier rows; the mountain zebra as Burchell's is new)",
         {"importer_country": "DE"}),
        ("WLF-07", "import", "GBAIR01", "air", "NP", [], "GB", "121190",
         "सुकेको चिराइतो (Swertia chirayita), २०० किलो", "NP", 200, None, 1400, "USD",
         "chiretta is whole dried herb, stems with small leaves and flowers and intensely bitter; these are "
         "grey-brown creeping rhizomes with scaly nodes and root scars: kutki, Picrorhiza kurrooa (CITES App. II), "
         "dug in the high Himalaya without a permit; Nepali wording (Picrorhiza appears once; the chiretta "
         "cover is new)", {"importer_country": "GB"}),
        ("WLF-08", "import", "NLAIR01", "air", "GT", [], "NL", "060290",
         "Plantas de aire Tillandsia ionantha, de vivero, 2.000 unidades", "GT", 160, 2000, 1200, "USD",
         "an air-plant order from Guatemala whose third line, 'Tillandsia híbrido plateado', is 400 silvery "
         "rosettes with stiff, recurved leaves and collectors' field dirt in the bases: wild-collected Tillandsia "
         "harrisii (CITES App. II), declared as nursery hybrids without an export permit; Guatemalan Spanish "
         "wording (Tillandsia xerographica repeats in five rows; T. harrisii hidden as a hybrid line is new)",
         {"importer_country": "NL",
          "_more_items": [item("060290", "Tillandsia stricta, de vivero, 1.000 unidades", "GT", 80, 600, "USD", qty=1000),
                          item("060290", "Tillandsia híbrido plateado, 400 unidades", "GT", 120, 800, "USD", qty=400)]}),
        ("WLF-09", "import", "ROROAD01", "road", "GE", ["TR", "BG"], "RO", "060110",
         "კოჭა ციკლამენის ტუბერები, სანერგე, Cyclamen persicum, 30 000 ცალი", "GE", 1500, 30000, 3000, "EUR",
         "nursery Cyclamen persicum cultivars are large smooth tubers raised in pots; these are small, corky, "
         "irregular tubers with field soil, of Cyclamen coum and C. colchicum dug in the Caucasus forests: wild "
         "cyclamen (CITES App. II) without an export permit, trucked through Türkiye and Bulgaria; Georgian "
         "wording (wild cyclamen tubers appear in one development row; the persicum-cultivar cover from Georgia "
         "by road is new)", {"importer_country": "RO"}),
        ("WLF-10", "export", "BGROAD01", "road", "BG", [], "TR", "430180",
         "Кожи от енотовидно куче, сурови, 60 броя", "BG", 90, 60, 1800, "EUR",
         "raccoon-dog pelts are short, with a dark mask and a short tail; these are long, grizzled grey pelts "
         "with a long straight muzzle, big paws and a 40 cm tail: grey wolf (Canis lupus, CITES App. II, Annex "
         "B in Bulgaria) from hunts, going to a Bursa furrier without an export permit; Bulgarian wording (wolf "
         "skins appear in one development row; the raccoon-dog cover and the road to Türkiye are new)",
         {"importer_country": "TR"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "US", "IE", "290420",
     "Nitromethane 98 %, 2 x 1 gal, for a licensed model-engine hobbyist", "US", 8.6, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-35-0042")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SKAIR01", "express", "CZ", "SK", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private silversmith", "CZ", 2.8, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "SK-MV-35-0117")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "NO", "391400",
     "Spent ion-exchange resin from electroplating rinse water (11 01 16*), for metal recovery, 40 big bags", "DE", 16000, 40, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-35-0308")], "notified spent resin to a licensed metal-recovery plant in the OECD"),
    ("PRM-04", "waste", "export", "DEROAD01", "road", "DE", "NL", "271500",
     "Tar-containing road planings (17 03 01*), for thermal treatment, 1,200 t", "DE", 1200000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-35-1140")], "notified tar asphalt to a licensed thermal-treatment plant"),
    ("PRM-05", "ozone", "import", "SKAIR01", "air", "US", "SK", "290319",
     "1,1,1-Trichloroethane 99.5 %, analytical standard, 4 x 100 ml", "US", 0.6, 4, 240, "USD",
     [("ODS_LICENCE", "SK-MZP-ODS-35-004")], "methyl chloroform for a licensed essential laboratory use"),
    ("PRM-06", "ozone", "import", "HUAIR01", "air", "GB", "HU", "290376",
     "Recovered halon 2402, 6 cylinders, for critical use in armoured-vehicle fire protection", "GB", 240, 6, 9000, "GBP",
     [("ODS_LICENCE", "HU-AM-ODS-35-0012")], "recovered halon imported for a critical use under licence"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Celtiberian silver fibula, 2nd century BC, from a collection documented since 1952", "ES", 0.04, 1, 14000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-35-0219")], "archaeological brooch with its export licence"),
    ("PRM-08", "cultural", "import", "ITAIR01", "air", "GB", "IT", "970510",
     "South Arabian alabaster head, 1st century BC, in a British collection since 1962", "GB", 4, 1, 26000, "GBP",
     [("IMPORT_LICENCE", "IT-MIC-35-0031"), ("EXPORT_LICENCE", "GB-ACE-35-0420")],
     "archaeological object with its UK export licence and the EU import licence"),
    ("PRM-09", "strategic", "export", "PLAIR01", "air", "PL", "UA", "392690",
     "UHMWPE body-armour plates, NIJ level III, 400 pcs, for the Ukrainian border guard", "PL", 1000, 400, 100000, "EUR",
     [("EXPORT_LICENCE", "PL-MRiT-35-0561"), ("END_USER_CERTIFICATE", "UA-DPSU-EUC-35-0087")],
     "ML13 body armour under licence to a named government end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "NO", "900720",
     "Gyro-stabilised EO/IR turrets with cooled thermal cores, 6 pcs, for a named coast-guard operator", "DE", 54, 6, 108000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-35-2217"), ("END_USER_CERTIFICATE", "NO-KYV-EUC-35-0014")],
     "6A003 thermal imaging under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "TZ", "BE", "440729",
     "Pterocarpus angolensis (mninga), sawn, 20 m3, legally harvested", "TZ", 13000, None, 16000, "USD",
     [("CITES_PERMIT", "TZ-TFS-35-0118")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "US", "DE", "010620",
     "Staurotypus triporcatus, captive bred, 10 pcs", "US", 0.5, 10, 900, "USD",
     [("CITES_PERMIT", "US-FWS-35-0411")], "App. II turtles with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Seán Ó Briain", "PRM-02": "Juraj Kováč", "PRM-03": "Norsk Metallgjenvinning AS",
    "PRM-05": "Slovenská technická univerzita", "PRM-10": "Kystvakten Materiell", "PRM-12": "Reptilienzoo Nord GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330190", "Rose water, cosmetic, Isparta, 250 ml", "import", ["express"], ["TR"], (8, 16), (1, 3), ["EUR", "USD"], 3.5, S),
    ("271019", "Citronella torch fuel, paraffin based, 1 l", "import", ["sea"], ["US", "CN"], (2, 4), (6000, 14000), ["USD"], 1.2, S),
    ("210230", "Baking powder, retail sachets", "import", ["sea"], ["CN", "TR"], (1.2, 2), (8000, 16000), ["USD", "EUR"], None, S),
    ("250100", "Coarse pickling salt, 5 kg bags", "import", ["road"], ["RS", "BA"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.2, S),
    ("381300", "ABC fire-extinguisher powder, monoammonium phosphate, big bags", "export", ["sea"], ["SN", "MA"], (1.2, 1.8), (10000, 20000), ["EUR"], None, S),
    ("340290", "Milkstone remover, phosphoric-acid based, 10 l", "import", ["road"], ["UA", "RS"], (1, 1.8), (8000, 16000), ["EUR"], 0.09, S),
    ("170199", "Icing sugar, retail 500 g", "import", ["road"], ["GB", "CH"], (1.2, 2), (10000, 20000), ["GBP", "EUR"], 2, S),
    ("854442", "LED wire harnesses with connectors", "import", ["sea"], ["CN", "VN"], (8, 14), (1000, 4000), ["USD"], 10, S),
    ("220900", "Organic coconut vinegar, 500 ml", "import", ["express"], ["TH", "LK"], (4, 8), (1, 3), ["USD"], 2, S),
    ("340290", "Bicycle chain degreaser, citrus based, 1 l", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("391400", "Cation-exchange resin for water softeners, new, 25 l bags", "import", ["sea"], ["CN", "US"], (2, 4), (5000, 15000), ["USD"], None, S),
    ("760200", "Aluminium scrap, clean extrusions, baled", "export", ["sea"], ["IN", "KR"], (1.2, 1.8), (20000, 24000), ["EUR", "USD"], None, S),
    ("843311", "Petrol lawnmowers, new, boxed", "import", ["sea"], ["CN", "US"], (5, 8), (4000, 10000), ["USD"], 0.04, S),
    ("846721", "Cordless drills, Li-ion, new, boxed", "import", ["sea"], ["CN", "MY"], (12, 20), (3000, 8000), ["USD"], 0.5, S),
    ("271500", "Road bitumen 50/70, new, in heated tanks", "export", ["rail"], ["UA", "RS"], (0.4, 0.6), (40000, 60000), ["EUR"], None, S),
    ("851713", "Refurbished smartphones, graded, 12-month warranty", "import", ["air"], ["HK", "US"], (150, 300), (50, 300), ["USD"], 5, S),
    ("730900", "Polyethylene heating-oil tanks, new", "export", ["road"], ["CH", "AL"], (3, 5), (2000, 6000), ["EUR", "CHF"], 0.02, S),
    ("701990", "Glass-fibre pultruded profiles, new", "import", ["sea"], ["CN", "TR"], (3, 5), (4000, 10000), ["USD", "EUR"], None, S),
    ("850440", "UPS units with sealed batteries, new, boxed", "import", ["sea"], ["CN", "TW"], (6, 10), (4000, 10000), ["USD"], 0.1, S),
    ("950590", "Party-string spray, hydrocarbon propellant", "import", ["sea"], ["CN"], (2, 3.5), (2000, 6000), ["USD"], 5, S),
    ("845121", "Heat-pump tumble dryers, R-290, new", "import", ["sea", "road"], ["TR", "CN"], (5, 8), (8000, 16000), ["EUR", "USD"], 0.02, S),
    ("841869", "Transport refrigeration units, uncharged, nitrogen holding charge", "import", ["rail", "sea"], ["CN", "US"], (7, 11), (6000, 14000), ["USD"], 0.0017, S),
    ("290919", "Hydrofluoroether cleaning solvent, 20 l", "import", ["air"], ["US", "JP"], (35, 60), (100, 600), ["USD"], 0.04, S),
    ("382499", "Water-based correction fluid, retail", "import", ["post"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 30, S),
    ("870210", "Used city buses, diesel, Euro VI, R-134a air conditioning", "import", ["road"], ["MK", "RS"], (2, 4), (22000, 33000), ["EUR"], 0.00008, S),
    ("290219", "Cyclopentane blowing agent, drums", "import", ["sea"], ["CN", "KR"], (1.6, 2.6), (12000, 20000), ["USD"], None, S),
    ("940690", "Cold-room panels, cyclopentane blown, new", "export", ["sea"], ["SN", "MA"], (6, 10), (5000, 12000), ["EUR"], None, S),
    ("842410", "Car fire extinguishers, ABC powder, 2 kg", "import", ["road"], ["UA", "TR"], (3, 5), (2000, 6000), ["EUR"], 0.33, S),
    ("830629", "Hammered brass wall panels, Armenian handicraft, new", "import", ["express"], ["AM"], (20, 40), (1, 3), ["USD"], 1, S),
    ("711311", "Sterling-silver reproduction brooches", "export", ["post"], ["US", "CH"], (200, 400), (1, 2), ["EUR"], 20, S),
    ("680299", "Carved sandstone rockery stones, new", "import", ["road", "sea"], ["GB", "IN"], (0.3, 0.6), (6000, 14000), ["GBP", "USD"], None, S),
    ("711890", "Gold-plated brass souvenir tokens", "import", ["express"], ["AE", "TR"], (40, 80), (1, 2), ["USD"], 50, S),
    ("680291", "Alabaster soap dishes, new", "import", ["sea"], ["EG", "OM"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("482010", "Handmade notebooks, bark-paper covers", "import", ["post"], ["ID", "NP"], (15, 30), (1, 3), ["USD"], 4, S),
    ("970390", "Beaded decorative stools, Foumban craft, new", "import", ["sea"], ["CM"], (8, 15), (500, 2000), ["EUR"], 0.1, S),
    ("970191", "Modern decorative oil paintings, signed, contemporary", "export", ["road"], ["CH"], (60, 150), (100, 600), ["EUR"], 0.3, S),
    ("392690", "Polyethylene cutting boards", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 1.2, S),
    ("711319", "Gold bangles, 22 carat, Turkish make", "import", ["air"], ["TR", "AE"], (40000, 60000), (2, 8), ["EUR", "USD"], 40, S),
    ("830242", "Ball-bearing drawer slides, furniture fittings", "import", ["sea"], ["CN", "TR"], (2.5, 4), (6000, 14000), ["USD"], 0.6, S),
    ("121190", "Sandalwood chips (Santalum album), plantation, for incense", "import", ["air"], ["AU", "IN"], (30, 60), (50, 200), ["USD", "AUD"], None, S),
    ("440723", "Plantation teak, sawn, FSC", "import", ["sea"], ["TZ", "GH"], (0.8, 1.4), (18000, 26000), ["USD"], None, S),
    ("430219", "Zebra-print cowhide rugs, tanned", "import", ["sea"], ["BR", "AR"], (20, 40), (500, 2000), ["USD"], 0.2, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind52), with wooden toys for electric
# scooters, then EVERYDAY_2032_ADDED and 5 rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 10000), ["USD"], 0.3, N),
        ("630260", "Cotton terry kitchen towels", "import", ["sea"], ["PK", "TR"], (4, 7), (5000, 10000), ["USD", "EUR"], 10, N),
        ("950300", "Jigsaw puzzles for children, retail", "import", ["post", "express"], ["GB", "US"], (12, 25), (1, 3), ["GBP", "USD"], 2, N),
        ("441490", "Carved wooden photo frames", "import", ["sea"], ["ID", "IN"], (3, 6), (2000, 6000), ["USD"], 1.5, N),
        ("961610", "Plastic spray bottles, empty, 500 ml", "import", ["sea"], ["CN"], (2, 3.5), (4000, 9000), ["USD"], 12, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind53", 20350101, HERE)


if __name__ == "__main__":
    main()
