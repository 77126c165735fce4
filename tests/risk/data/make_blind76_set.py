#!/usr/bin/env python3
"""Writes the seventy-sixth blind set (tests/risk/data/blind76-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2038, with goods, routes,
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
declaration would. Ids are BL76-*:

    python3 tests/risk/data/make_blind76_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTPOST01", "post", "GB", [], "LT", "330730",
         "Vonios burbulų mišinys (citrinų rūgštis ir soda), 5 x 1 kg", "GB", 5, 5, 35, "GBP",
         "bath-bomb base mix is citric acid and bicarbonate and fizzes the moment it meets water; these five bags "
         "of fine white powder do not fizz, hardly dissolve, burn fiercely with sugar and carry CAS 7778-74-7 on "
         "the inner bags: potassium perchlorate (Annex I above 40 %), posted from Leeds to a private person in "
         "Kaunas; Lithuanian wording (potassium perchlorate repeats in many sets and bath-bomb bases hid "
         "precursors in blind54 and "
         "blind57; potassium perchlorate under that cover by post from Britain to Lithuania is the new "
         "part)", person("Privatus asmuo", "LT")),
        ("PRE-02", "import", "SEROAD01", "road", "NO", [], "SE", "310210",
         "Urea for preparering av skiløyper, 2 x 25 kg", "NO", 50, 2, 600, "NOK",
         "urea used to harden race pistes is white, smooth prills that cool snow slowly; these two sacks of prills "
         "turn ice-cold at once in water, melt and fizz on a hot plate and carry 'N 34,4 %' on the inner bags: "
         "ammonium nitrate (Annex I at 16 % N or more), brought in a private car from Trysil for a private "
         "person in Sälen who runs no ski slope (a resort is a professional user, a private person is not); "
         "Norwegian wording (ammonium nitrate repeats in many sets and piste hardeners appear in blind10 "
         "and blind23, "
         "declared as ammonium nitrate; declared as urea, by car from Norway for a private person, is the "
         "new part)", person("Mr L. Nilsson", "SE")),
        ("PRE-03", "import", "SEAIR01", "express", "US", [], "SE", "340290",
         "Stenrengöring för uteplatser, syrebaserad, 6 x 1 l", "US", 6.8, 6, 70, "USD",
         "oxygen patio cleaners are sodium percarbonate powders or 3-5 % liquids; these six litres weigh 1.13 "
         "kg/l, stand under vented caps, bleach the skin white and carry UN 2014 under the overlabel: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express to a private person in Uppsala, although "
         "oxidising liquids travel by express only as declared dangerous goods; Swedish wording (hydrogen "
         "peroxide repeats in many sets; a patio stone cleaner cover by express from the US to Sweden is new as "
         "far as a search found)", person("Karin Andersson", "SE")),
        ("PRE-04", "import", "CZAIR01", "express", "GB", [], "CZ", "340290",
         "Kyselý čistič pivního vedení pro domácí vaření piva, 4 x 1 l", "GB", 5.6, 4, 45, "GBP",
         "acid beer-line cleaners are phosphoric-acid mixes used diluted, at about 1.2 kg/l; these four litres "
         "weigh 1.40 kg/l, give off brown fumes when opened and stain the skin yellow: about 65 % nitric acid "
         "(Annex I above 3 %), sent by express from Manchester to a private home brewer in Brno; Czech wording "
         "(nitric acid repeats in many sets and beer-line coolers appear once, in an ozone row; an acid "
         "beer-line cleaner is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("PRE-05", "import", "FRAIR01", "express", "CA", [], "FR", "152000",
         "Glycérine végétale pour savonnerie artisanale, 4 x 1 l", "CA", 7.4, 4, 60, "CAD",
         "vegetable glycerine is clear, syrupy, sweet and weighs 1.26 kg/l; these four litres are oily and "
         "water-clear but weigh 1.84 kg/l, char a paper towel and grow hot when a drop meets water: about 96 % "
         "sulphuric acid (Annex I above 15 %), sent by express from Montréal to a private person in Rennes who "
         "makes no soap (lye, not acid, makes soap); Québec French wording (sulphuric acid repeats in "
         "many sets, glycerine cans hid it in blind51 and a soap kit held "
         "glycerine and acids in blind30; the express route from Canada is the new part)",
         person("Mme Claire Martin", "FR")),
        ("PRE-06", "import", "DKPOST01", "post", "NO", [], "DK", "291711",
         "Træblegemiddel (oxalsyre), 4 x 1 kg", "NO", 4, 4, 300, "NOK",
         "oxalic-acid wood bleach is colourless needles that dissolve in hot water and leave no residue on a hot "
         "plate; these slightly yellowish crystals draw damp, flare when a grain meets a flame and carry "
         "'NaClO3 99 %' on the inner bags: sodium chlorate (Annex I above 40 %), posted from Bergen to a private "
         "person in Aarhus; Danish wording (sodium chlorate repeats in many sets and a two-component wood bleach "
         "hid peroxide once; oxalic-acid wood bleach hiding sodium chlorate, by post from Norway, is new as far "
         "as a search found)", person("Privatperson", "DK")),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "281122",
         "Силика гел, сушач влаге за кутије за фото-опрему, 6 x 1 kg", "RS", 6, 6, 4000, "RSD",
         "silica-gel desiccant is hard glassy beads that stay dry to the touch; these six bags hold white "
         "crystals that run to a puddle in damp air within the hour, flare on a hot plate and carry CAS "
         "7601-89-0 on the inner bags: sodium perchlorate (Annex I above 40 %), in the boot of a private car at "
         "Röszke for a private person in Szeged; Serbian Cyrillic wording (sodium perchlorate repeats in many "
         "sets and desiccant covers appear in a few; silica gel for camera cases by car from Serbia is new as far "
         "as a search found)", person("Magánszemély", "HU")),
        ("PRE-08", "import", "FRAIR01", "express", "JP", [], "FR", "381400",
         "瞬間接着剤はがし液（業務用）、2 x 1 l", "JP", 2.3, 2, 12000, "JPY",
         "superglue removers sold to the public are acetone or gamma-butyrolactone gels in 20 ml tubes; these two "
         "litres weigh 1.14 kg/l, smell faintly fruity and the inner labels read 'ニトロメタン 98 %': "
         "nitromethane (Annex I above 16 %), sent by express from Osaka to a private person in Lyon; Japanese "
         "wording (nitromethane repeats in many sets and debonder covers appear in several; a Japanese express "
         "parcel is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-09", "import", "NLAIR01", "express", "GB", [], "NL", "400821",
         "Vijverfolie EPDM, 1 mm, 1 rol", "GB", 30, 1, 120, "GBP",
         "a garden-pond order to a private address: EPDM liner and a UV-C clarifier are what pond keepers buy, but "
         "the third item's 'zuurstofbooster' weighs 1.13 kg/l in vented 5 l cans with a UN 2014 overlabel: about "
         "35 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item declaration for a "
         "private person in Zwolle; Dutch wording (hydrogen peroxide repeats in many sets and a Dutch "
         "pond oxygenator hid it in blind30; a "
         "three-item garden-pond order by express from Britain is the new part)",
         dict(person("Mw. E. de Jong", "NL"),
              _more_items=[item("842121", "UV-C vijverfilter 36 W", "GB", 6, 150, "GBP", qty=1),
                           item("284700", "Zuurstofbooster voor vijvers 35 %, 4 x 5 l", "GB", 22.6, 80, "GBP", qty=4)])),
        ("PRE-10", "import", "PLSEA01", "sea", "CN", [], "PL", "310430",
         "硫酸钾 (SOP) 农用颗粒, 25 kg 袋, 80 袋", "CN", 2000, 80, 3000, "USD",
         "sulphate of potash for farms is grey-white granules bought by the 20 t lot by fertiliser dealers; these "
         "2 t are fine, pure white powder that burns fiercely with sugar, carry CAS 7778-74-7 under the outer "
         "print and go to a web shop that sells 'pyrotechnic hobby chemicals' in 500 g tins to the public: "
         "potassium perchlorate (Annex I above 40 %) made available to private persons; Chinese wording "
         "(potassium perchlorate repeats in many sets and potassium sulphate covers appear in several; a hobby "
         "web shop buying by sea from China is the new part)", firm("Iskra Hobby Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "IN", "890190",
         "Bulk carrier, 1996 built, sold for further trading, delivered as is, 1 "
         "unit", "BE", 8500000, 1, 4250000, "USD",
         "a ship 'for further trading' is sold at a trading price, with class and a charter; this 42-year-old "
         "bulk carrier lost class, was sold at 500 USD per light-displacement tonne (the breakers' price), "
         "re-flagged to a flag of convenience a week before and given a one-voyage crew to Alang: an end-of-life "
         "ship with asbestos, PCBs and oil residues is hazardous waste once its owner means to scrap it, whose "
         "export to a non-OECD country is banned and which may be recycled only at a yard on the EU list; "
         "English wording (end-of-life ships 'for further trading' repeat in blind15 and blind26; from "
         "Antwerp with a "
         "last-week flag change is the new part)", {"importer_country": "IN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "MA", "281820",
         "Allumina attivata rigenerata, essiccante, big bag, 18 t", "IT", 18000, None, 1800, "EUR",
         "regenerated activated alumina is white, dust-free spheres sold at a few euros a kilo; these big bags "
         "hold dark grey extrudates that smell of sulphur, warm up in air and carry nickel and molybdenum: spent "
         "hydrotreating catalyst from a refinery (16 08 02*), hazardous waste whose export to a non-OECD country "
         "is banned, at 0.10 EUR/kg for a Casablanca 'water-treatment supplier'; Italian wording (spent "
         "catalyst as regenerated activated alumina repeats blind4 and blind48; from Italy to "
         "Morocco is the new part)",
         {"importer_country": "MA"}),
        ("WST-03", "import", "ESROAD01", "road", "MA", [], "ES", "780110",
         "Lingots de plomb affiné 99,97 %, 22 t", "MA", 22000, None, 44000, "EUR",
         "refined lead ingots are stacked, strapped and stamped with a smelter's mark; behind a front row of "
         "ingots this trailer carries whole car batteries, cracked, leaking acid and paste onto the floor: waste "
         "lead-acid batteries (16 06 01*), whose import into the Union from a non-OECD country needs prior written "
         "notification and consent, off the Tanger Med ferry at Algeciras for a 'metals trader' in Murcia; "
         "Moroccan French wording (lead-acid batteries repeat in many sets as exports; an import into the Union "
         "declared as lead ingots is new as far as a search found)", firm("Metales Segura SL", "ES")),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "680710",
         "Bitumen-Dachbahnen, gebraucht, für Straßenbau, Wiederaufbauhilfe, 24 t", "DE", 24000, None, 480, "EUR",
         "reusable roofing membranes are rolls; this load is torn-off, black, brittle felt that smells of tar and "
         "creosote, from pre-1980 flat roofs: coal-tar roofing waste with PAH (17 03 03*), hazardous waste whose "
         "export to a non-OECD country is banned, as 'road-building material' for a Lviv contractor; German wording "
         "(roofing wastes appear in several sets; coal-tar felt sent to Ukraine as reconstruction aid is new as "
         "far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "TG", "271019",
         "Zware stookolie RMG 380, blend, 2.000 t", "NL", 2000000, None, 400000, "USD",
         "RMG 380 bunker fuel trades near 550 USD a tonne with an ISO 8217 certificate; this cargo is tank-bottom "
         "sludge and slop oil with water, sediment and chlorinated solvents, at 200 USD a tonne and without a "
         "certificate: oil waste (13 05 02*, 16 07 08*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Lomé 'fuel trader'; Dutch wording (oil wastes as RMG 380 repeat in blind17 and "
         "blind46; tank-bottom sludge to Togo is the new "
         "part)", {"importer_country": "TG"}),
        ("WST-06", "transit", "NLSEA01", "sea", "NO", ["NL"], "IN", "720421",
         "Stainless steel pipe scrap, grade 316, cut lengths, 40 t", "NO", 40000, None, 48000, "USD",
         "316 pipe scrap from offshore decommissioning is sold clean and tested; these cut lengths from a gas "
         "platform's separators carry grey deposits inside and a mercury vapour reading of several hundred "
         "micrograms per cubic metre at the container door: metal waste contaminated with mercury (17 04 09*), "
         "hazardous waste whose export to a non-OECD country is banned, in transit through Rotterdam from "
         "Norway to an Indian 'steel mill'; English wording (mercury wastes repeat in several sets; decommissioning "
         "pipe scrap in transit is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "681182",
         "Φύλλα ινοτσιμέντου για στέγες, μεταχειρισμένα, για επαναχρησιμοποίηση, 20 t", "GR", 20000, None, 400, "EUR",
         "asbestos-free fibre-cement sheets (681182) are sold new and stacked; these are broken, moss-grown "
         "corrugated sheets taken off 1970s barns, with white fibres at every break: asbestos-cement (681140, "
         "17 06 05*), hazardous waste whose export to a non-OECD country is banned, at 0.02 EUR/kg for an "
         "Alexandria 'building-materials dealer'; Greek wording (asbestos roofing repeats in several sets; from "
         "Piraeus to Egypt with the asbestos-free code is the new part)", {"importer_country": "EG"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "320890",
         "Tintas e vernizes, excedentes de stock, para revenda, 640 latas", "PT", 12000, 640, 2400, "EUR",
         "surplus paint is sold in sealed, labelled tins within date; these are tins years past date, dented, "
         "half-used, skinned over, some leaking solvent, mixed with thinner drums from a body shop: waste paint "
         "and varnish with organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is "
         "banned, at 0.20 EUR/kg for a Luanda 'hardware wholesaler'; Portuguese wording (paint wastes appear in "
         "several sets; surplus-stock paint from Leixões to Angola is new as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-09", "export", "BGSEA01", "sea", "BG", [], "GE", "262190",
         "Летлива пепел от ТЕЦ за производство на цимент, 24 t", "BG", 24000, None, 240, "EUR",
         "coal fly ash for cement is a grey powder with a LOI and chemistry sheet; this ash is from a municipal "
         "waste incinerator's filters, rich in chlorides, lead and zinc, with no sheet: incinerator fly ash "
         "(19 01 13*), hazardous waste whose export to a non-OECD country is banned, from Varna for a Poti "
         "'cement trader'; Bulgarian wording (fly ash repeats in several sets; by sea from Bulgaria to Georgia is "
         "new as far as a search found)", {"importer_country": "GE"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "IN", "262040",
         "Aluminiumdross, metallhaltig, för omsmältning, 20 t", "SE", 20000, None, 2000, "EUR",
         "aluminium dross for remelting is skimmed metal and oxide sold by metal content; these bags hold grey "
         "salt cake that smells of ammonia when wet and heats in the rain: salt slag from secondary aluminium "
         "smelting (10 03 08*), hazardous waste whose export to a non-OECD country is banned, for a Chennai "
         "'remelter'; Swedish wording (salt slag and dross repeat in several sets; from Sweden to India is the new "
         "part)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Спрей за почистване на спирачки, 240 x 500 ml", "TR", 140, 240, 480, "EUR",
         "brake cleaners sold today are heptane or acetone sprays that evaporate leaving a smell of petrol; these "
         "cans are non-flammable, smell sweet and chloroform-like and the fine print reads '1,1,1-trikloroetan': "
         "methyl chloroform, a controlled substance whose products may not be imported (Regulation 2024/590), for "
         "a Plovdiv car-parts shop, by lorry from Istanbul through Kapitan Andreevo; Bulgarian wording "
         "(1,1,1-trichloroethane in a brake cleaner repeats blind8; by lorry from Türkiye to Bulgaria is "
         "the new part)", firm("Avtochasti Trakia EOOD", "BG")),
        ("OZN-02", "import", "DEAIR01", "air", "CN", [], "DE", "290919",
         "Fluoriertes Reinigungslösemittel, Hydrofluorether (HFE-7100-Typ), 10 x 20 l", "CN", 300, 10, 3000, "USD",
         "HFE-7100 is methoxy-nonafluorobutane, boils at 61 C and is sold by a few makers at tens of euros a "
         "kilo; these drums boil near 54 C, carry 'AK-225' stencilled under the labels and cost a third of the "
         "HFE price: HCFC-225ca/cb, a controlled substance whose import is banned (Regulation 2024/590), for a "
         "Stuttgart precision-cleaning firm; German wording (HCFC-225 as a hydrofluoroether repeats "
         "blind41, from India; by air from China is the new part)", firm("Präzisionsreinigung Neckar GmbH", "DE")),
        ("OZN-03", "import", "ITSEA01", "sea", "CN", [], "IT", "841510",
         "Climatizzatori split 12000 BTU, gas R32, 400 pz", "CN", 14000, 400, 80000, "USD",
         "R-32 split units carry an A2L flammability label and a R-32 nameplate charge; these outdoor units have "
         "Schrader ports for R-22, the nameplate reads 'R32' on a sticker over 'R22' and a sniffer reads "
         "chlorodifluoromethane: equipment relying on HCFC-22, whose import is banned (Regulation 2024/590), for "
         "a Naples appliance wholesaler; Italian wording (HCFC-22 equipment repeats in many sets and R-32 "
         "split units appear in blind4; the relabelled "
         "nameplate is new as far as a search found)", firm("Clima Vesuvio Srl", "IT")),
        ("OZN-04", "export", "FRAIR01", "express", "FR", [], "US", "842410",
         "Extincteurs anciens décoratifs, vides, collection, 3 pièces", "FR", 8, 3, 240, "EUR",
         "decorative vintage extinguishers sold to collectors are emptied and depressurised; these three 1970s "
         "aircraft-cabin extinguishers still hold their pressure gauges in the green and read 'BCF' on the "
         "cylinders: halon 1211, whose export from the Union is banned except for critical uses (Regulation "
         "2024/590), sold at auction to a collector in Ohio and sent by express, although pressurised cylinders "
         "need dangerous-goods papers; French wording (halon 1211 repeats in many sets; 'empty' collectors' "
         "extinguishers by express to the US are new as far as a search found)", {"importer_country": "US"}),
        ("OZN-05", "import", "GRSEA01", "sea", "EG", [], "GR", "281290",
         "غاز فلوريد السلفوريل لتبخير صوامع الحبوب، 20 أسطوانة", "EG", 1360, 20, 9000, "USD",
         "sulfuryl fluoride for silo fumigation comes from a few makers in 57 kg cylinders with a registration "
         "number; these 20 cylinders carry Egyptian overlabels on older stamping 'CH3Br' and a 2 % chloropicrin "
         "warning agent: methyl bromide, whose import and use as a fumigant are banned in the Union "
         "(Regulation 2024/590), for a Thessaloniki grain store; Arabic wording (methyl bromide as "
         "sulfuryl fluoride repeats blind43, also to Greece, and blind46; from Egypt "
         "in Arabic is the new part)", firm("Sitapothiki Thermaikou AE", "GR")),
        ("OZN-06", "import", "ATAIR01", "express", "CN", [], "AT", "382499",
         "Kältespray für Elektronik-Fehlersuche (HFC-134a), 24 x 400 ml", "CN", 10, 24, 70, "USD",
         "freeze sprays for tracing faults are HFC-134a or HFO-1234ze cans; these cans frost deeper, the "
         "valve is a 1/4-inch flare thread and the Chinese print reads '二氯二氟甲烷': CFC-12, a controlled "
         "substance whose products may not be imported (Regulation 2024/590), for a private repairer in Graz; "
         "Austrian German wording (freeze sprays repeat in several sets and CFC-12 in many; this is a repeat of "
         "the family, kept for the express route from China to Austria)", person("Thomas Gruber", "AT")),
        ("OZN-07", "import", "ROROAD01", "road", "MD", [], "RO", "290323",
         "Tetracloretilenă pentru curățătorie chimică, 4 butoaie", "MD", 1270, 4, 1900, "EUR",
         "perchloroethylene for dry cleaning is stabilised, sold by the drum with a safety sheet and boils at 121 "
         "C; these drums boil near 77 C, carry no stabiliser and a chromatogram reads carbon tetrachloride: CTC, "
         "a controlled substance whose import is banned except for licensed feedstock and laboratory uses "
         "(Regulation 2024/590), for an Iași dry cleaner, by lorry at Sculeni; Romanian wording (carbon "
         "tetrachloride repeats in many sets and perchloroethylene covers in a few; by road from Moldova is the "
         "new part)", firm("Curățătorie Copou SRL", "RO")),
        ("OZN-08", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "382764",
         "Refrigerant R-407C, 13.6 kg cylinders, 600 units", "IN", 8160, 600, 40000, "USD",
         "R-407C cylinders are brown with an HFC blend label and a quota reference; these are light green under "
         "brown paint, the valve seals are for R-22 and a sniffer reads chlorodifluoromethane alone: HCFC-22, "
         "declared in transit through Koper to Belgrade as an HFC blend; ozone-depleting substances in transit "
         "through the Union need a licence (Regulation 2024/590); Indian English wording (HCFC-22 as R-407C "
         "repeats in several sets; in transit through Koper to Serbia is the new part)", {"importer_country": "RS"}),
        ("OZN-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "741110",
         "Rurki kapilarne miedziane do chłodnictwa, 200 kg", "CN", 200, 40, 2400, "USD",
         "a refrigeration spares order by rail: capillary tube and service valves are what an installer buys, but "
         "the third item's 'R-22a (hydrocarbon) 13.6 kg' cylinders are heavy for propane (R-22a holds about 6 kg "
         "in such a cylinder) and a sniffer reads chlorodifluoromethane: HCFC-22, whose import is banned "
         "(Regulation 2024/590), hidden as the last item of a three-item declaration for a Łódź installer; "
         "Polish wording (HCFC-22 repeats in many sets and R-22a appears once; a three-item rail order from "
         "China is new as far as a search found)",
         dict(firm("Chłodnictwo Bałtyk Sp. z o.o.", "PL"),
              _more_items=[item("848180", "Zawory serwisowe 1/4 cala, 500 szt.", "CN", 60, 900, "USD", qty=500),
                           item("271112", "Czynnik R-22a (węglowodorowy), butle 13,6 kg, 50 szt.", "CN", 680, 2500, "USD", qty=50)])),
        ("OZN-10", "import", "ESSEA01", "sea", "CN", [], "ES", "290379",
         "Refrigerante R-1233zd(E) para enfriadora centrífuga, 4 bidones", "CN", 1000, 4, 9000, "USD",
         "R-1233zd(E) is an HFO sold by a few makers at high prices for new low-pressure chillers; these drums "
         "cost a fifth of that, boil at 24 C and not 18 C, and a sniffer reads trichlorofluoromethane: CFC-11, "
         "whose import is banned (Regulation 2024/590), for a Valencia maintenance firm keeping an old centrifugal "
         "chiller alive; Spanish wording (CFC-11 as R-1233zd(E) repeats blind15 and blind35, a chiller "
         "refill in the latter; by sea from "
         "China to Spain is the new part)", firm("Frío Levante SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLPOST01", "post", "NP", [], "NL", "970191",
         "Thangka painting, new, Kathmandu workshop, 1 pc", "NP", 1.2, 1, 120, "USD",
         "new workshop thangkas are bright mineral pigment on fresh cotton with a brocade border; this one is "
         "smoke-blackened, cracked, on old cotton with a monastery's stamp and consecration syllables on the back: "
         "an eighteenth-century thangka taken from a monastery in Mustang, whose export from Nepal is banned, "
         "posted to a private person in Utrecht; English wording (a monastery thangka appears in blind14; "
         "declared as a new workshop thangka by post to the "
         "Netherlands is the new part)", person("Particulier", "NL")),
        ("CUL-02", "import", "DEAIR01", "air", "IR", ["TR"], "DE", "830629",
         "Messing-Pferdetrensen, dekorativ, Kunsthandwerk, 24 Stück", "IR", 18, 24, 480, "EUR",
         "new brass horse bits for decoration are bright, seamed castings; these are green-crusted cast bronze "
         "with cheek pieces shaped as winged animals, dirt in the recesses: Luristan bronzes (about 1000-650 BC) "
         "from looted graves in the Zagros, imported without export licence or provenance (UNESCO 1970, "
         "Regulation 2019/880), flown through Istanbul for a Munich dealer; German wording (Luristan "
         "horse bits as decorative metalwork repeat blind6; flown through Istanbul to Munich is "
         "the new part)",
         firm("Orientkunst Isar GmbH", "DE")),
        ("CUL-03", "import", "FRAIR01", "air", "CN", [], "FR", "691390",
         "Figurines en terre cuite, reproductions de style Han, 12 pièces", "CN", 40, 12, 600, "USD",
         "Han-style reproductions are evenly fired with fresh pigment and glue residue; these have root marks, "
         "soil in the cavities, uneven old firing and flaking cold-painted slip: Han-dynasty tomb figures "
         "(mingqi), whose export from China is banned, with no export document, for a Paris gallery; French "
         "wording (Han-dynasty bronze mirrors appear in blind40 and blind48; Han tomb figures as reproductions "
         "are new as far as a search found)", firm("Galerie Rive Gauche SARL", "FR")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "691200",
         "Stoviglie in ceramica nera, usate, servizio da tavola, 1 scatola", "IT", 15, 14, 80, "EUR",
         "a used black stoneware dinner service is machine-glazed, with a maker's mark; these fourteen thin-walled, "
         "polished black vessels are unglazed, with incised fans and kantharos handles: Etruscan bucchero from "
         "an illegal excavation near Cerveteri, archaeological property of the State whose export needs a "
         "licence (Regulation 116/2009), driven to Lugano for a dealer; Italian wording (Etruscan "
         "bucchero repeats blind6 and blind71, as reproductions in the latter; as a used dinner "
         "service by car to Ticino is the new part)",
         {"importer_country": "CH"}),
        ("CUL-05", "export", "FRAIR01", "express", "FR", [], "GB", "820559",
         "Vieux outils en fer, lot de brocante, 1 carton", "FR", 6, 9, 60, "EUR",
         "flea-market iron tools are hammers and pincers with handles; these are corroded blades, a single-edged "
         "seax, belt-buckle plates with silver inlay and a spearhead, soil still in the sockets: Merovingian "
         "grave goods dug with a metal detector in the Somme, archaeological objects whose export needs a licence "
         "(Regulation 116/2009) and whose excavation without a permit is illegal in France, sent by express to a "
         "British buyer; French wording (Merovingian brooches appear in blind46 and blind62; a seax and "
         "buckles as flea-market tools by "
         "express to Britain are new as far as a search found)", {"importer_country": "GB"}),
        ("CUL-06", "import", "BEAIR01", "air", "PE", [], "BE", "691390",
         "Artesanía peruana, vasijas de cerámica réplica, 6 piezas", "PE", 14, 6, 180, "USD",
         "Peruvian replica vessels are bright, new, and signed by workshops in Chulucanas; these stirrup-spout "
         "vessels with fine red-on-cream figures, salt bloom and burial soil are Moche ceramics (100-800 AD), "
         "national heritage of Peru whose export is banned, flown from Lima for a Brussels collector; Peruvian "
         "Spanish wording (Moche vessels repeat in several sets; the cover is a common one, the Brussels route is "
         "the new part)", person("Mme L. Dupont", "BE")),
        ("CUL-07", "import", "DEAIR01", "express", "MN", [], "DE", "680291",
         "Dekorative Steineier, Marmor, poliert, 4 Stück", "MN", 9, 4, 120, "USD",
         "polished marble eggs are smooth and veined; these are rough, dimpled, brown eggs with a shell texture in "
         "section and sand from the Gobi in the pores: dinosaur eggs, palaeontological objects protected by "
         "Mongolian law and within the 1970 UNESCO Convention, sent by express from Ulaanbaatar to a private "
         "buyer in Hamburg; German wording (dinosaur eggs repeat in several sets; as polished marble eggs from "
         "Mongolia the cover and route are new as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-08", "transit", "DEAIR01", "air", "EG", ["DE"], "US", "482390",
         "Papier-mâché decorations, painted, 3 panels", "EG", 5, 3, 90, "USD",
         "papier-mâché panels are pulp and glue; these are layers of old linen and plaster with painted gods, "
         "a winged scarab and hieroglyphs in gold leaf: mummy cartonnage from a looted tomb, whose export from "
         "Egypt is banned, in transit through Frankfurt to a New York dealer; English wording (cartonnage repeats in "
         "a few sets; as papier-mâché panels in transit through Frankfurt is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "NLSEA01", "sea", "TR", [], "NL", "570110",
         "El dokuması yün halılar, yeni, 40 adet", "TR", 1200, 40, 16000, "EUR",
         "a Turkish bazaar container: new carpets and copper trays are what such importers sell, but the third "
         "item's 'souvenir oil lamps, copies' are worn terracotta lamps with Roman discus scenes, maker's stamps "
         "and earth in the nozzles: Roman lamps from illegal digs in Anatolia, whose export from Türkiye is banned "
         "and which need provenance to enter the Union (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration for a Rotterdam importer; Turkish wording (Roman oil lamps repeat "
         "blind34 and blind57; a three-item bazaar container is new as far as a "
         "search found)",
         dict(firm("Anatolia Bazaar BV", "NL"),
              _more_items=[item("741810", "Bakır tepsiler, el işi, 200 adet", "TR", 300, 3000, "EUR", qty=200),
                           item("691390", "Hediyelik yağ kandilleri, kopya, 60 adet", "TR", 12, 300, "EUR", qty=60)])),
        ("CUL-10", "export", "CYPOST01", "post", "CY", [], "AU", "691200",
         "Rustic clay jugs, handmade, 2 pcs", "CY", 3, 2, 40, "EUR",
         "rustic village jugs are thrown on a wheel and wood-fired; these are hand-built, red-polished with incised "
         "white-filled zigzags and cut-away spouts: Early Bronze Age Red Polished ware from a looted Cypriot "
         "cemetery, antiquities whose export needs a licence (Regulation 116/2009 and Cypriot law), posted to a "
         "private buyer in Melbourne; English wording (Red Polished ware repeats blind19 and blind21, as "
         "handmade decorative jugs in the latter; "
         "exported from Cyprus by post to Australia is the new part)", {"importer_country": "AU"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "844399",
         "Druckköpfe für Großformat-Tintenstrahldrucker, 20 Stück", "DE", 8, 20, 9000, "EUR",
         "a print-shop supplies order to Bishkek: printheads and ink are what sign makers buy, but the third "
         "item's 'Netzteil-Module' are 1200 V IGBT modules worth more than the rest together, and the airway "
         "bill names a Moscow freight forwarder as notify party: common-high-priority items (8541 29) whose "
         "sale, supply or export for use in Russia is banned (Regulation 833/2014), hidden as the last item of a "
         "three-item declaration; German wording (transit through Kyrgyzstan repeats in many sets; IGBT modules "
         "in a print-shop order are new as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("321511", "Tinte schwarz, 1 l Flaschen, 40 Stück", "DE", 44, 1200, "EUR", qty=40),
                           item("854129", "Netzteil-Module 1200 V / 450 A, 60 Stück", "DE", 30, 54000, "EUR", qty=60)])),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "844590",
         "Macchina bobinatrice tessile, usata, 1 unità", "IT", 6500, 1, 380000, "EUR",
         "used textile winders cost a few tens of thousands of euros; this machine has four coordinated axes, "
         "a resin bath, a mandrel of 1.2 m and a CNC controller for helical and polar patterns: a "
         "filament-winding machine of the kind in 1B001, whose export needs an authorisation (Regulation "
         "2021/821), sold to a Mersin 'textile firm' whose end user is an Iranian rocket-motor maker; Italian "
         "wording (filament-winding machines repeat in blind11, blind25, blind26 and others; as a used textile "
         "winder from Italy to Mersin is the new part)", {"importer_country": "TR"}),
        ("STR-03", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870830",
         "Тормозные диски для грузовиков, 120 шт.", "LT", 1800, 120, 240000, "EUR",
         "truck brake discs cost under a hundred euros each and are cast iron; these are carbon-carbon brake "
         "stacks with part numbers of a Western narrow-body airliner, at 2,000 EUR each, for an Almaty 'truck "
         "parts' firm that services no trucks: aircraft parts whose sale and supply for use in Russia is banned "
         "(Regulation 833/2014, Annex XI), bound for Russian airlines; Russian wording (aircraft parts to "
         "Russia repeat in many sets, carbon brakes as truck brake discs among them "
         "(blind60 names the family); by road from Lithuania is the new part)", {"importer_country": "KZ"}),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE"], "AM", "820713",
         "Bohrkronen für Steinbruch und Bergbau, 60 Stück", "AT", 900, 60, 180000, "EUR",
         "quarry button bits cost a few hundred euros; these are PDC bits of 8.5 and 12.25 inches for oil and gas "
         "wells at 3,000 EUR each, for a Yerevan 'mining supplier' that forwards to an oilfield firm in Tyumen: "
         "equipment for oil exploration whose sale for use in Russia is banned (Regulation 833/2014, Annex II), "
         "declared as quarry bits; German wording (PDC oil bits repeat blind60, as water-well bits; as "
         "quarry bits by road to Armenia is the new "
         "part)", {"importer_country": "AM"}),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "AE", "902620",
         "Reifendrucksensoren für Kfz, Ersatzteile, 40 Stück", "DE", 4, 40, 36000, "EUR",
         "car tyre-pressure sensors cost thirty euros; these are corrosion-resistant capacitance pressure "
         "transducers with nickel-alloy diaphragms at 900 EUR each, for a Dubai trading firm that ships to "
         "Bandar Abbas: pressure transducers of the 2B230 kind, whose export needs an authorisation and whose "
         "supply to Iran is banned (Regulations 2021/821, 267/2012); German wording (pressure transducers "
         "as tyre-pressure sensors or gauges repeat blind67 and blind70; by express "
         "from Germany to Dubai is the new part)", {"importer_country": "AE"}),
        ("STR-06", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "UZ", "842230",
         "Maszyny pakujące, używane, 4 szt.", "PL", 12000, 4, 320000, "EUR",
         "used packaging machines go by the lot at a few thousand euros; these are six-axis articulated welding "
         "robots with controllers and teach pendants at 80,000 EUR each, crossing Belarus and Russia by rail to a "
         "Tashkent 'food packer' with no food line, whose forwarder unloads at a Russian border station: "
         "industrial robots (8479 50) whose sale, supply or export for use in Russia is banned (Regulation "
         "833/2014); Polish wording (used welding robots by rail to Central Asia repeat blind31; declared "
         "as packaging machines to "
         "Uzbekistan is the new part)", {"importer_country": "UZ"}),
        ("STR-07", "transit", "NLAIR01", "air", "US", ["NL"], "AM", "903089",
         "Test equipment, refurbished, 8 units", "US", 180, 8, 160000, "USD",
         "'test equipment' at 20,000 USD a unit: these are refurbished vector signal and spectrum analysers up to "
         "26.5 GHz, in transit through Schiphol for a Yerevan firm registered the year before whose onward air "
         "waybill names a Moscow consignee: goods whose transit through the Union for Russia is banned "
         "(Regulation 833/2014, common high-priority items); English wording (spectrum analysers repeat in several "
         "sets; in transit through Schiphol to Armenia the route is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-08", "export", "LTPOST01", "post", "LT", [], "BY", "851890",
         "Запчасти для гитарных усилителей, 10 шт.", "LT", 2, 10, 150, "EUR",
         "guitar amplifier spares are valves and transformers; these are gallium-nitride RF power amplifier boards "
         "for 2.4 and 5.8 GHz with heat sinks and SMA ports, the kind used to jam or link drones: "
         "electronic components whose export to Belarus is banned (Regulation 765/2006), posted from Vilnius to "
         "Minsk; Russian wording (guitar covers appear in several sets; RF amplifier boards by post to Belarus are "
         "new as far as a search found)", {"importer_country": "BY"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "OM", "760820",
         "Σωλήνες αλουμινίου για ορθοστάτες σκηνών, 7075, 8 t", "GR", 8000, None, 96000, "EUR",
         "7075 tent-pole tubing is 8-12 mm across and thin-walled; these tubes are 120 mm across with 6 mm walls, "
         "in T6 temper, at 12 EUR/kg, for a Sohar 'camping supplier' whose freight forwarder books onward to "
         "Bandar Abbas: aluminium alloy tubes of the 1C202 kind, whose export needs an authorisation and whose "
         "supply to Iran is banned; Greek wording (7075 tubes repeat in several sets; as tent poles to Oman is "
         "new as far as a search found)", {"importer_country": "OM"}),
        ("STR-10", "export", "FIAIR01", "express", "FI", [], "KZ", "901580",
         "Golf-etäisyysmittarit, 12 kpl", "FI", 6, 12, 48000, "EUR",
         "golf rangefinders cost a few hundred euros and reach 1 km; these 1535 nm laser modules reach 12 km, "
         "take a 5 V serial input and have no eyepiece, at 4,000 EUR each, for an Astana firm that forwards to "
         "Russia: laser rangefinder modules used on drones and weapon sights, whose export for use in Russia is "
         "banned (Regulation 833/2014); Finnish wording (golf covers appear in blind35 and blind38, for "
         "tungsten alloy; laser rangefinder modules as "
         "golf rangefinders by express from Finland to Kazakhstan are new as far as a search "
         "found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Kakteen-Sämlinge, gepfropft, aus Gärtnerei, 30 Stück", "MX", 2, 30, 90, "USD",
         "nursery grafted seedlings are small, green and sit on a Pereskiopsis stock; these are wild "
         "grey-brown Ariocarpus bodies 10-15 cm across with taproots and soil, sun scars and old scars of "
         "insects: wild-collected Ariocarpus (CITES App. I), posted from San Luis Potosí without permit to a "
         "private collector in Dresden; German wording (Ariocarpus repeats in several sets and grafted "
         "seedlings covered wild cacti in blind64; a "
         "repeat of the family, kept for the post route from Mexico)", person("Anna Schmidt", "DE")),
        ("WLF-02", "import", "SIAIR01", "air", "IN", ["AE"], "SI", "440349",
         "Sandalwood logs, Santalum album, plantation grade, 2 t", "IN", 2000, None, 12000, "USD",
         "plantation sandalwood is pale, fragrant and costs far more than this; these logs are blood-red inside, "
         "scentless and sink in water: red sanders (Pterocarpus santalinus, CITES App. II), flown through Dubai to "
         "a Ljubljana trader without a CITES permit (India allows no export of wild logs); Indian English wording "
         "(red sanders and sandalwood covers repeat blind16 and blind33; by air through Dubai to "
         "Ljubljana is the new part)",
         firm("Les Trgovina d.o.o.", "SI")),
        ("WLF-03", "import", "PTAIR01", "air", "LK", [], "PT", "071239",
         "Cogumelos secos, shiitake, 60 kg", "LK", 60, 6, 3000, "USD",
         "dried shiitake are brown caps with gills; these are dark, brittle comb-like plates with filaments, "
         "smelling of fish: manta and devil ray gill plates (Mobulidae, CITES App. II), flown from Colombo to "
         "Lisbon for onward sale to Asian traditional-medicine shops, without permits; Portuguese wording (gill "
         "plates appear in several sets; as dried shiitake is new as far as a search "
         "found)", firm("Oriente Secos Lda", "PT")),
        ("WLF-04", "import", "SKROAD01", "road", "UA", [], "SK", "950300",
         "Záhradné dekorácie, korytnačky zo živice, 3 ks", "UA", 9, 3, 60, "EUR",
         "resin garden tortoises are hollow and light; these three breathe, with star-patterned domed shells: "
         "Indian star tortoises (Geochelone elegans, CITES App. I since 2019) in a car boot at Vyšné "
         "Nemecké, for a private keeper in Košice, without permits; Slovak wording (star tortoises repeat "
         "blind14, as toys by post, and blind50; as resin garden ornaments by car "
         "from Ukraine is the new part)", person("Súkromná osoba", "SK")),
        ("WLF-05", "import", "ESPOST01", "post", "MA", [], "ES", "040721",
         "Huevos de codorniz para incubar, 12 unidades", "MA", 0.8, 12, 30, "EUR",
         "quail eggs are small and speckled and need a health certificate; these twelve are larger, "
         "rust-blotched and carried in a heated parcel: falcon eggs (Falco, CITES App. II, Annex A in the "
         "Union) taken from wild nests in the Atlas, posted to a private breeder in Murcia; Spanish wording "
         "(raptor eggs as quail eggs repeat blind48, eagle-owl eggs; falcon eggs by post from Morocco are "
         "the new part)", person("Sr. J. García", "ES")),
        ("WLF-06", "import", "ITAIR01", "express", "TW", [], "IT", "440929",
         "Ebano, listelli per intarsio, 4 kg", "TW", 4, 40, 400, "USD",
         "ebony inlay strips are wood with grain and pores; these black rods are horn-like, with concentric "
         "growth rings and a golden sheen when polished: black coral (Antipatharia, CITES App. II), sent by "
         "express from Taipei to a Torre del Greco jeweller without a permit; Italian wording (black coral "
         "repeats in a few sets; as ebony inlay strips is new as far as a search "
         "found)", firm("Coralli Vesuviani Srl", "IT")),
        ("WLF-07", "import", "FRSEA01", "sea", "GA", [], "FR", "441231",
         "Contreplaqué d'okoumé, 22 m3", "GA", 14000, None, 14000, "EUR",
         "okoumé plywood is pale pink and light; under a front row of plywood the container holds heavy, "
         "reddish-brown boards with purple streaks: bubinga (Guibourtia, CITES App. II), sawn timber without "
         "permits, from Owendo to Le Havre for a furniture maker; French wording (bubinga under the "
         "okoumé name repeats blind15, as veneer; behind a front row of plywood from "
         "Gabon is the new part)", firm("Bois d'Estuaire SARL", "FR")),
        ("WLF-08", "import", "BEAIR01", "air", "CN", [], "BE", "220890",
         "中药保健酒, 12 瓶", "CN", 14, 12, 600, "USD",
         "herbal tonic wines hold roots and berries; these bottles hold pale bone segments and a label line "
         "'虎骨': tiger-bone wine (Panthera tigris, CITES App. I), carried for sale to a Brussels Chinese "
         "shop; Chinese wording (tiger-bone wine repeats blind12 and blind15; by air to Belgium is the "
         "new part)", firm("Dragon Gate Trading SA", "BE")),
        ("WLF-09", "import", "ATAIR01", "air", "PE", [], "AT", "611710",
         "Chales de baby alpaca, tejidos a mano, 8 unidades", "PE", 2, 8, 400, "USD",
         "baby-alpaca shawls cost tens of dollars and are cream, grey or dyed; these eight shawls are "
         "ultra-fine, cinnamon-coloured fibre without the vicuña label and selvedge "
         "mark the law asks for: vicuña (Vicugna vicugna, CITES App. II only for fibre sheared from live animals "
         "and so marked), declared at a fiftieth of a vicuña shawl's price, flown from Cusco for a Vienna "
         "boutique; Peruvian Spanish wording (vicuña repeats in several sets, as alpaca among others; this is a "
         "repeat of the family, kept for the route to Austria)", firm("Andes Boutique Wien GmbH", "AT")),
        ("WLF-10", "transit", "NLAIR01", "air", "PH", ["NL"], "US", "392490",
         "Resin soap dishes, shell-shaped, 200 pcs", "PH", 240, 200, 600, "USD",
         "resin soap dishes are light and moulded; these are heavy, ribbed calcium-carbonate valves with growth "
         "lines and worm holes: giant clam shells (Tridacnidae, CITES App. II), in transit through Schiphol from "
         "Manila to a Florida décor firm without permits; English wording (Tridacna repeats in several sets; as "
         "resin soap dishes in transit is new as far as a search found)", {"importer_country": "US"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "express", "GB", "CZ", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (hobby jeweller)", "GB", 5.6, 4, 45, "GBP",
     [("PRECURSOR_LICENCE", "CZ-MV-38-0214")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "express", "CA", "FR", "280700",
     "Sulphuric acid 96 %, 4 x 1 l, for a licensed private user (battery restorer)", "CA", 7.4, 4, 60, "CAD",
     [("PRECURSOR_LICENCE", "FR-MI-38-0091")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESROAD01", "road", "MA", "ES", "854911",
     "Waste lead-acid batteries (16 06 01*), whole, drained, for recycling at a licensed secondary-lead "
     "smelter, 22 t",
     "MA", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "ES-MITECO-38-0377")], "notified waste batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "MA", "BE", "262099",
     "Spent hydrotreating catalyst (16 08 02*), for nickel and molybdenum recovery at a licensed plant, 18 t", "MA",
     18000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-38-0122")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 1 l, for a licensed laboratory use", "US", 16, 10, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-38-011")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 20 cylinders, for critical use in aircraft cabin hand extinguishers", "US",
     60, 20, 6000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-38-009")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Thangka, Tibet, 18th century, from a Dutch collection documented since 1962, for a museum loan and sale", "NL",
     1.5, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EL-38-0044")], "old painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "691390",
     "Etruscan bucchero kantharos, 6th century BC, from a collection documented since 1938, for a Swiss museum",
     "IT", 2, 1, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-UE-38-0312")], "archaeological vessel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "NO", "844590",
     "Filament-winding machine, 4-axis, for a Norwegian maker of composite pressure pipes", "IT", 6500, 1,
     420000, "EUR",
     [("EXPORT_LICENCE", "IT-MAECI-38-0155"), ("END_USER_CERTIFICATE", "NO-EUC-38-0104")],
     "dual-use filament-winding machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "IN", "902620",
     "Capacitance pressure transducers, nickel-alloy diaphragm, 40, for an Indian semiconductor fab", "DE", 4, 40,
     36000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-38-0871"), ("END_USER_CERTIFICATE", "IN-EUC-38-0339")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "SIAIR01", "air", "IN", "SI", "440349",
     "Red sanders (Pterocarpus santalinus) logs from cultivated stands, 2 t, for a musical-instrument maker", "IN",
     2000, None, 24000, "USD",
     [("CITES_PERMIT", "IN-CITES-38-0411")], "App. II cultivated red sanders with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440799",
     "Bubinga (Guibourtia demeusei) sawn timber, 12 m3, within the national export quota", "CM", 11000, None,
     26000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-38-0219")], "App. II bubinga timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jana Dvořáková", "PRM-02": "M. T. Dubois", "PRM-03": "Reciclados del Plomo Murcia SL",
    "PRM-06": "Aéro Cabine Services SARL", "PRM-08": "Antikenmuseum Basel", "PRM-11": "Tonewood Ljubljana d.o.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330730", "Bath-bomb base mix, citric acid and bicarbonate, 1 kg", "import", ["post"], ["GB"], (6, 12), (1, 4), ["GBP"], 1, S),
    ("310210", "Prilled urea, piste hardener for ski resorts, 25 kg sacks", "import", ["road"], ["NO", "CH"], (0.5, 0.9), (8000, 20000), ["EUR"], 0.04, S),
    ("340290", "Oxygen patio cleaner, sodium percarbonate powder, 1 kg", "import", ["express"], ["US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("340290", "Acid beer-line cleaner, phosphoric, dilute, 1 l", "import", ["express"], ["GB"], (6, 10), (1, 4), ["GBP"], 1, S),
    ("152000", "Vegetable glycerine, USP, 1 l", "import", ["express"], ["CA", "US"], (5, 9), (1, 4), ["CAD", "USD"], 0.8, S),
    ("291711", "Oxalic-acid wood bleach crystals, 500 g", "import", ["post"], ["NO"], (15, 30), (1, 3), ["EUR"], 2, S),
    ("281122", "Silica-gel desiccant bags for camera cases, 1 kg", "import", ["road"], ["RS", "TR"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("350691", "Cyanoacrylate debonder gel, 20 ml tubes", "import", ["express"], ["JP"], (80, 150), (1, 2), ["USD"], 40, S),
    ("400821", "EPDM pond liner, 1 mm, rolls", "import", ["sea"], ["US", "TR"], (3, 5), (4000, 10000), ["USD"], 0.05, S),
    ("310430", "Potassium sulphate fertiliser, granular, 25 kg bags", "import", ["sea"], ["CN", "CA"], (0.5, 0.8), (18000, 24000), ["USD"], None, S),
    ("780110", "Refined lead ingots, 99.97 %, registered brand", "import", ["road"], ["MA"], (2, 2.4), (18000, 24000), ["EUR"], 0.04, S),
    ("680710", "Bitumen roofing membranes, new, SBS-modified, rolls", "export", ["road"], ["UA", "MD"], (1, 2), (10000, 20000), ["EUR"], 0.025, S),
    ("271019", "Marine fuel oil RMG 380, ISO 8217 certified", "export", ["sea"], ["TG", "GH"], (0.5, 0.6), (18000, 24000), ["USD"], None, S),
    ("720421", "Stainless steel scrap 316, clean, sorted, tested", "export", ["sea"], ["IN", "TR"], (1.2, 1.6), (18000, 24000), ["USD"], None, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free", "export", ["sea"], ["EG", "MA"], (0.3, 0.5), (15000, 24000), ["EUR"], 0.05, S),
    ("320890", "Solvent-based paints, new, sealed tins", "export", ["sea"], ["AO", "MZ"], (4, 7), (4000, 12000), ["EUR"], 0.05, S),
    ("262190", "Coal fly ash for cement, EN 450 certified", "export", ["sea"], ["GE", "TR"], (0.02, 0.04), (18000, 24000), ["EUR"], None, S),
    ("281820", "Activated alumina desiccant, new, 25 kg drums", "export", ["sea"], ["MA", "EG"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("381400", "Brake cleaner, heptane-based, 500 ml cans", "import", ["road"], ["TR"], (3, 5), (2000, 6000), ["EUR"], 2, S),
    ("290919", "Hydrofluoroether precision-cleaning solvent, 20 l", "import", ["air"], ["US", "JP"], (30, 60), (200, 600), ["USD"], 0.05, S),
    ("841590", "Air-conditioner parts, copper coils, uncharged", "import", ["sea"], ["CN"], (5, 9), (4000, 10000), ["USD"], 0.1, S),
    ("842410", "Decorative vintage fire extinguishers, emptied, brass", "export", ["express"], ["US"], (20, 40), (2, 5), ["EUR"], 0.3, S),
    ("382499", "Freeze spray, HFO-1234ze, for electronics, 400 ml", "import", ["express"], ["CN", "US"], (10, 20), (1, 3), ["USD"], 2.5, S),
    ("290323", "Perchloroethylene, stabilised, dry-cleaning grade, drums", "import", ["road"], ["MD", "UA"], (1.2, 1.8), (1000, 4000), ["EUR"], 0.004, S),
    ("741110", "Copper capillary tubes for refrigeration, coils", "import", ["rail"], ["CN"], (9, 12), (1000, 4000), ["USD"], 0.1, S),
    ("970191", "Thangka paintings, new, workshop-made", "import", ["post"], ["NP"], (60, 150), (1, 2), ["USD"], 1, S),
    ("830629", "Brass horse bits, decorative, new castings", "import", ["air"], ["IN", "TR"], (15, 30), (100, 400), ["EUR"], 1.5, S),
    ("691390", "Han-style terracotta figures, reproductions, new", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 0.3, S),
    ("691200", "Black stoneware dinner services, new", "export", ["road"], ["CH"], (6, 10), (500, 2000), ["EUR"], 1, S),
    ("691390", "Chulucanas ceramic vessels, new, signed", "import", ["air"], ["PE"], (8, 15), (100, 400), ["USD"], 0.5, S),
    ("680291", "Polished marble eggs, decorative, new", "import", ["express"], ["MN", "CN"], (20, 40), (1, 4), ["USD"], 1, S),
    ("482390", "Papier-mâché decorations, new, painted", "import", ["sea"], ["EG", "IN"], (3, 6), (1000, 3000), ["USD"], 1, S),
    ("570110", "Hand-knotted wool carpets, new", "import", ["sea"], ["TR"], (12, 20), (2000, 6000), ["EUR"], 0.1, S),
    ("844399", "Printheads for wide-format inkjet printers", "export", ["air"], ["KG", "KZ"], (300, 600), (5, 30), ["EUR"], 2, S),
    ("870830", "Truck brake discs, cast iron, new", "export", ["road"], ["KZ", "UA"], (3, 5), (2000, 8000), ["EUR"], 0.08, S),
    ("820713", "Quarry button drill bits, new", "export", ["road"], ["AM", "GE"], (30, 60), (300, 1200), ["EUR"], 0.1, S),
    ("902620", "Tyre-pressure sensors for cars (TPMS), retail", "export", ["express"], ["AE", "TR"], (40, 80), (1, 3), ["EUR"], 15, S),
    ("851890", "Guitar amplifier valves and transformers, spares", "export", ["post"], ["US", "NO"], (30, 60), (1, 3), ["EUR"], 3, S),
    ("901580", "Golf laser rangefinders, retail", "import", ["express"], ["US", "CN"], (150, 300), (1, 3), ["USD"], 3, S),
    ("392490", "Resin soap dishes, shell-shaped", "import", ["sea"], ["PH", "CN"], (3, 6), (1000, 3000), ["USD"], 4, S),
]
# Everyday trade: blind72's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind68's
# eight rows) with four new rows instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["sea"], ["CN", "TR"], (0.8, 1.5), (6000, 14000), ["USD", "EUR"], None, N),
        ("611020", "Cotton sweatshirts", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD"], 2.5, N),
        ("940171", "Upholstered office chairs, metal frame", "import", ["sea"], ["CN", "VN"], (3, 5), (3000, 8000), ["USD"], 0.07, N),
        ("660191", "Folding umbrellas, telescopic shaft", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind76", 20381101, HERE)


if __name__ == "__main__":
    main()
