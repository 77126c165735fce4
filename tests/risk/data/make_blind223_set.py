#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-third blind set (tests/risk/data/blind223-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2063, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: beauty salons, hairdressing and nail bars (salon
wholesalers, hair, wig and braiding-hair traders, nail, lash and pedicure suppliers,
barbers' supplies, tattoo and piercing studios, spa suppliers). Written by a person who had
not read the profile packs (nor any rule file) and had not run the engine on it, and
committed before any change measured on it, to be measured once on its packs. Same row
layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras as
make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged
into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL223-*:

    python3 tests/risk/data/make_blind223_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "BR", [], "PT", "330590",
         "Removedor de fita adesiva para mega hair (fita adesiva), profissional, 4 x 1 litro", "BR", 4.6, 4, 320, "BRL",
         "a tape-in hair-extension remover is a citrus-scented, oily solvent of about 0.85 kg/l that softens the "
         "tape's acrylic glue; these four bottles hold a colourless liquid of 1.14 kg/l with a faint fruity, "
         "chemical smell, no citrus, that sinks in water and burns with a pale flame, and the Goiânia filler's "
         "drum label copied onto the invoice reads 'nitrometano 99 %': nitromethane (Annex I above 16 %), sent by "
         "express from São Paulo to a private person in Porto who fits extensions at home, although flammable "
         "liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording (nitromethane "
         "repeats in many sets; a hair-extension or 'mega hair' tape-remover label was found in no earlier row by a "
         "keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "DEAIR01", "air", "KR", [], "DE", "330430",
         "젤네일 논애시드 프라이머 리필 (산 성분 없음), 1 L, 240병", "KR", 336, 240, 3600, "USD",
         "an acid-free gel-nail primer is a clear, faintly sweet-smelling acrylate liquid of about 1.0 kg/l sold in "
         "15 ml bottles, the refill litres for nail bars; these 240 bottles hold a liquid of 1.40 kg/l that gives off "
         "brown fumes when opened, turns the skin and a nail file's wooden handle yellow and dissolves a copper coin "
         "with a blue colour: about 65 % nitric acid (Annex I above 3 %), flown from Incheon for a Berlin nail "
         "wholesaler whose web shop sells refills to the public; Korean wording (nitric acid repeats in many sets; "
         "a nail-primer label was found in no earlier row by a keyword search, the only 'primer' rows being paint, "
         "PVC and ammunition primers)", firm("Orion Nageldesign GmbH", "DE")),
        ("PRE-03", "import", "LTAIR01", "air", "CN", [], "LT", "330430",
         "Nagų panardinimo pudra (dip powder), skaidri bazė, 1 kg indeliai, 300 vnt.", "CN", 300, 300, 2400, "EUR",
         "nail dipping powder is an ultra-fine, silky acrylic (PMMA) powder that clings to a wet base coat and "
         "smells of nothing; these 300 jars hold a gritty, heavier white crystalline powder that slides off a wet "
         "nail, dissolves slightly in water, burns fiercely mixed with a pinch of sugar and whose inner liners read "
         "'KClO4 99.5 %', for a Kaunas nail-supply web shop that sells 1 kg jars to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Guangzhou to Vilnius; "
         "Lithuanian wording (potassium perchlorate repeats in many sets; a dip-powder label was found in no earlier "
         "row by a keyword search)", firm("Vega Grožio Prekyba UAB", "LT")),
        ("PRE-04", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "340490",
         "Sir ağda boncuk (hard wax beans), beyaz film ağda, 1 kg poşet, 9.000 poşet", "TR", 9000, 9000, 8100, "EUR",
         "hard (film) wax beans are soft, waxy, tinted pearls that melt at about 60 °C into a honey-like film and smell "
         "of rosin; these 9,000 bags hold hard, white, porous prills that do not soften in a warm hand or a wax "
         "heater, turn ice-cold and dissolve in water, smell of nothing and test at 34 % N, for a Bucharest salon "
         "cash-and-carry open to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members "
         "of the public, on a lorry from Istanbul through Bulgaria to Giurgiu; Turkish wording (ammonium nitrate "
         "repeats in many sets under bead, pearl and prill labels; a depilatory hard-wax label was found in no "
         "earlier row by a keyword search)", firm("Delta Salon Distribuție SRL", "RO")),
        ("PRE-05", "import", "ITSEA01", "sea", "AR", [], "IT", "330590",
         "Polvo decolorante blanco sin amoníaco, libre de polvo, potes de 500 g, 2.000 potes", "AR", 1000, 2000, 5200,
         "USD",
         "a dust-free hair lightener is a fine, slightly oily, blue or white powder of persulphates that smells of "
         "mint and swells into a paste with developer; these 2,000 tubs hold free-flowing, colourless crystals that "
         "dissolve cold to a clear solution, make no paste, crackle and flare yellow on a gas ring and carry CAS "
         "7775-09-9 on the inner bags, for an Italian-Argentine salon supplier in Genoa that sells to hairdressers and "
         "the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Buenos Aires; Rioplatense Spanish wording (sodium chlorate repeats in many sets; a hair-lightener label was "
         "found in no earlier row by a keyword search, the earlier salon rows being peroxide developers)",
         firm("Meridian Parrucchieri Srl", "IT")),
        ("PRE-06", "import", "SKPOST01", "post", "US", [], "SK", "330590",
         "Bond Multiplier No.1, salon intro size, 4 x 525 ml", "US", 2.6, 4, 96, "USD",
         "a bond-building step 1 is a watery, slightly viscous, clear liquid of about 1.05 kg/l that is mixed into "
         "bleach; these four bottles hold a water-clear liquid of 1.13 kg/l under vented caps that whitens and stings "
         "the fingertips and fizzes on a cut, and the Texas filler's lot sticker reads 'H2O2 35 %': hydrogen peroxide "
         "(Annex I above 12 %), posted from Houston to a private person in Bratislava who colours hair at home; US "
         "English wording (hydrogen peroxide repeats in many sets and peroxide developers in many salon rows; a "
         "bond-builder label was found in no earlier row by a keyword search)", person("Súkromná osoba", "SK")),
        ("PRE-07", "import", "GBAIR01", "air", "VN", [], "GB", "330430",
         "Dung dịch làm mềm da chết (callus remover) chuyên nghiệp, can 1 lít, 400 can", "VN", 736, 400, 2000, "USD",
         "a professional callus softener is a thin, slightly soapy, pale-blue liquid of about 1.05 kg/l, usually "
         "alkaline, sprayed on heels before filing; these 400 cans hold an oily, colourless liquid of 1.84 kg/l that "
         "grows hot with a drop of water, chars a paper towel black and eats into the can seams: about 96 % "
         "sulphuric acid (a regulated explosives precursor above 15 % in Great Britain, as in the EU's Annex I), "
         "flown from Ho Chi Minh City for a Birmingham nail-bar wholesaler that also sells to walk-in customers; "
         "Vietnamese wording (sulphuric acid repeats in many sets; a callus-remover label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Nail Supply Ltd", "GB")),
        ("PRE-08", "import", "DKAIR01", "air", "TH", [], "DK", "330499",
         "ผงมาส์กอัลจิเนต (modeling mask) สูตรสปา 1 กก., 500 ถุง", "TH", 500, 500, 3000, "USD",
         "an alginate modeling mask is a pale, fluffy, scented powder that sets into a rubbery peel-off gel within a "
         "minute of mixing with water; these 500 bags hold shiny, heavier white crystals that dissolve without "
         "setting, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags, for a Copenhagen spa "
         "wholesaler whose web shop sells to the public: potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Bangkok; Thai wording (potassium chlorate repeats in many sets; an "
         "alginate face-mask label was found in no earlier row by a keyword search, the earlier alginate rows being "
         "food and textile thickeners)", firm("Nordhafen Spa Supply ApS", "DK")),
        ("PRE-09", "import", "ESSEA01", "sea", "CN", [], "ES", "330430",
         "足浴果冻粉 (pedicure jelly spa), 薰衣草味, 1 公斤袋, 800 袋", "CN", 800, 800, 1600, "USD",
         "pedicure jelly is a scented, tinted powder of sodium polyacrylate that turns a foot bath into a wobbling "
         "jelly in a minute, then dissolves again with a salt sachet; these 800 bags hold a colourless, odourless "
         "powder that draws damp, dissolves cold without any gel, burns brightly with sugar and reads 'NaClO4' on the "
         "factory sheet in the container, for a Madrid nail-bar cash-and-carry open to the public: sodium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo to Valencia; Chinese "
         "wording (sodium perchlorate repeats in many sets; a pedicure-jelly label was found in no earlier row by a "
         "keyword search)", firm("Horizon Estética SL", "ES")),
        ("PRE-10", "import", "GRAIR01", "air", "PK", [], "GR", "821300",
         "Barber scissors, Japanese steel 440C, 6 inch, 600 pcs", "PK", 60, 600, 3000, "USD",
         "a Sialkot barber-supply order for a Thessaloniki barbers' wholesaler that also sells to walk-in customers: "
         "the scissors and straight razors are what Sialkot makes, but the third item's 'comb and tool disinfectant "
         "concentrate' is not blue like barbers' jar disinfectant: a water-clear liquid of 1.20 kg/l under vented "
         "caps that whitens the skin and foams on a cut, with 'H2O2 50 %' on the drum label of the filler: hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration flown from Sialkot via Lahore to Athens; Pakistani English wording (hydrogen "
         "peroxide repeats in many sets, and a nail-tool disinfectant hidden as the third item of a nail-supply order "
         "in blind166, kept as a repeat of the family; Sialkot appears in earlier rows on surgical instruments, carbon "
         "fibre, riding whips and solvent labels, and a barbers' disinfectant behind scissors and razors is the new "
         "part as far as a search found)",
         dict(firm("Central Barber Supplies AE", "GR"),
              _more_items=[item("821210", "Straight razors (cut-throat), stainless, with wooden handles, 400 pcs", "PK", 40, 1600, "USD", qty=400),
                           item("380894", "Comb and tool disinfectant concentrate, clear, 1 l bottles, 60 pcs", "PK", 72, 180, "USD", qty=60)])),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "CI", "670419",
         "Mèches synthétiques pour tresses, type Kanekalon, stock neuf, balles, 12 t", "FR", 12000, None, 4800, "EUR",
         "new braiding hair comes in long, even, shiny hanks of modacrylic fibre, each in a printed sleeve; these "
         "bales hold short, matted, tangled cut-offs and floor sweepings of mixed synthetic and human hair with "
         "hair-salon dust, foil strips, nitrile gloves and elastic bands, gathered from Château-Rouge braiding "
         "salons in Paris: mixed plastic and other waste (Y48 and unlisted), not the clean, sorted fibre of the "
         "green list, shipped to Côte d'Ivoire without notification, from Le Havre to Abidjan for a 'wig-maker'; "
         "French wording (braiding hair and Kanekalon were found in no earlier row by a keyword search)",
         {"importer_country": "CI"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "NG", "851632",
         "Second-hand hair straighteners, hair dryers and clippers, tested working, 6,000 pcs", "IE", 4800, 6000,
         6000, "EUR",
         "tested second-hand salon appliances would be cleaned, sorted by type and packed with test labels; this "
         "container holds loose, tangled appliances with burnt plates, cut or melted cords, cracked housings and "
         "swollen lithium packs in the cordless clippers, none labelled or protected, from Irish salon and household "
         "WEEE collections: waste electrical and electronic equipment (with batteries, A1180), hazardous waste whose "
         "export to a non-OECD country is banned, from Dublin to Lagos (Apapa); Irish English wording (used hair "
         "dryers appear as B-stock returns in blind51 and used beauty devices in blind192, kept as a repeat of the "
         "family; straighteners and clippers from Ireland are the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "291411",
         "Acetón technický, regenerovaný, sudy 200 l, 80 sudov", "SK", 12800, 80, 3200, "EUR",
         "regenerated technical acetone is water-clear, 0.79 kg/l, with an analysis certificate; these drums hold a "
         "cloudy, yellow, sticky liquid with a sludge of acrylic dust and gel-polish resin on the bottom, smelling of "
         "methacrylate monomer as well as acetone, collected from nail bars across Slovakia: spent organic solvents "
         "(14 06 03*), hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod "
         "'paint shop'; Slovak wording (acetone repeats in many nail-bar precursor rows and regenerated solvents in a "
         "few waste rows, a Czech regenerated-spirit label in blind192 among them, kept as a repeat of the family; "
         "spent nail-bar acetone by road to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "720421",
         "Chatarra de acero inoxidable 304, piezas pequeñas, big bags, 3 t", "ES", 3000, None, 2400, "EUR",
         "small stainless scrap is clean turnings and offcuts sold by weight; these big bags hold used tattoo grips "
         "and tubes, piercing needles, needle bars and disposable cartridges, many with dried ink and blood, in "
         "yellow sharps boxes torn open, collected by a broker from tattoo and piercing studios on the Costa del "
         "Sol: clinical waste (18 01 03*, Y1), hazardous waste whose export to a non-OECD country is banned, from "
         "Algeciras to Tanger Med for a 'scrap dealer'; Spanish wording (sharps and clinical waste repeat in several "
         "sets; tattoo-studio sharps under a stainless-scrap label were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "330590",
         "Henné nero in polvere per tatuaggi temporanei, sacchi 25 kg, 160 sacchi", "IT", 4000, 160, 2000, "EUR",
         "natural henna is a green, hay-smelling leaf powder that stains orange-brown; these sacks hold a grey-black, "
         "clumping powder that smells of amines and stains the skin black in minutes, and the inner liners read "
         "'p-fenilendiammina, residui di produzione, fuori specifica' from a Lombard hair-dye contract maker: "
         "off-specification dye-production residues with p-phenylenediamine (07 06 01*-type hazardous waste), whose "
         "export to a non-OECD country is banned, from Genoa to Radès for a 'henna-tattoo supplier'; Italian wording "
         "(a PPD hair-dye stock appears in blind192 as dyes for resale; a black-henna label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "MY", "760200",
         "Aluminium folieschroot, schoon, geperst, balen, 20 t", "NL", 20000, None, 14000, "EUR",
         "clean aluminium foil scrap is bright, dry, free of coatings and residues; these bales hold crumpled "
         "highlighting foils from hair salons, still folded over dried bleach paste and hair dye, with hair, "
         "tissues and plastic combs inside, that give off an ammonia and peroxide smell when wetted: mixed, "
         "contaminated waste that does not meet the green-list entry for clean aluminium scrap, shipped to Malaysia "
         "without notification, from Rotterdam to Port Klang; Dutch wording (foil labels repeat in a few sets on "
         "other wastes; salon highlighting foils were found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-07", "export", "HURAIL01", "rail", "HU", ["PL", "BY", "RU", "KZ"], "CN", "050100",
         "Nyers emberi haj, nem remy, feldolgozásra, bálázva, 18 t", "HU", 18000, None, 9000, "EUR",
         "raw human hair for processing is bundled, root-to-tip, washed hair of one length; these bales hold short "
         "floor sweepings from hair salons, mixed with dust, foil, cotton wool, gloves and bleach-stained towels, "
         "that smell of ammonia and mildew, collected from Hungarian salons for an L-cysteine and amino-acid "
         "fertiliser plant in Hebei: unsorted salon waste with contaminants, not the unworked human hair of the "
         "declaration, shipped without the notification an unlisted waste needs, on a container train from Budapest "
         "to Xi'an; Hungarian wording (human hair appears in only two earlier cultural rows; salon floor hair was "
         "found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "CD", "850760",
         "Batteries de rechange neuves pour tondeuses de coiffure, Li-ion 18650, 20 000 pièces", "BE", 1000, 20000,
         24000, "EUR",
         "new replacement cells come shrink-wrapped, sorted, at a steady voltage and with a UN 38.3 summary; these "
         "drums hold loose cells of many makes and colours, some dented or leaking, at 0 to 3.7 V, cut out of "
         "cordless clippers, trimmers and hair-dryer packs returned to Belgian salon-equipment dealers: waste lithium "
         "batteries (16 06 05 / A1180 in mixed WEEE), shipped to the Democratic Republic of the Congo without "
         "notification, from Antwerp to Matadi; Belgian French wording (used lithium cells repeat in many sets; "
         "clipper batteries were found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "TR", "711299",
         "Σκραπ οδοντιατρικού κράματος αργύρου-κασσιτέρου, 40 kg", "GR", 40, None, 6000, "EUR",
         "silver-tin dental alloy scrap is clean, grey filings of unmixed alloy; these jars hold grey sludge and "
         "broken fillings from dental amalgam separators of Athens clinics, with visible droplets of mercury: "
         "amalgam waste (18 01 10*), hazardous waste with mercury, shipped to Türkiye without notification, from "
         "Piraeus to Izmir for a 'precious-metal refiner'; Greek wording (amalgam labels repeat in several sets, "
         "blind144, blind169 and blind174 among them, kept as a repeat; by sea from Greece to Türkiye is the new part "
         "as far as a search found)", {"importer_country": "TR"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "961519",
         "Pentes e escovas de cabelo, novos, 2.000 peças", "PT", 400, 2000, 1200, "EUR",
         "a Lisbon salon-distributor's container for a Luanda beauty shop: new combs, hair nets and nail varnishes "
         "are what such shops buy, but the third item's 24,000 'vernizes de unhas, novos' are sticky, separated and "
         "thickened bottles, many leaking, past their date and with the distributor's write-off stickers, packed in "
         "crushed cartons: expired nail varnish written off by the distributor, a flammable hazardous waste "
         "(16 03 05* / 08 01 11*) whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration from Lisbon to Luanda; Portuguese wording (expired cosmetics repeat in a few sets, "
         "nail varnish among blind115's customer returns and hair dyes and hairdressing stock in others, kept as a "
         "repeat of the family; nail varnish behind combs and hair nets for Angola is the new part as far as a search "
         "found)",
         dict({"importer_country": "AO"},
              _more_items=[item("650500", "Redes de cabelo, nylon, 5.000 peças", "PT", 60, 500, "EUR", qty=5000),
                           item("330430", "Vernizes de unhas, sortidos, novos, 24.000 frascos", "PT", 720, 4800, "EUR", qty=24000)])),
    ],
    "ozone": [
        ("OZN-01", "import", "CYSEA01", "sea", "EG", [], "CY", "340319",
         "سائل تنظيف وتبريد شفرات ماكينات الحلاقة للصالونات، عبوة 1 لتر، 1,200 عبوة", "EG", 1900, 1200, 2400, "USD",
         "a clipper blade wash is an oily, blue or green mixture of alcohol and light oil of about 0.8 kg/l that "
         "smells of alcohol and burns; these 1,200 bottles hold a colourless liquid of 1.59 kg/l with a sweet, "
         "chloroform-like smell that does not burn, leaves no oil on the blades and dissolves the bottle's printed "
         "label: carbon tetrachloride (Montreal Protocol Annex B, banned outside licensed feedstock and laboratory "
         "use), by sea from Alexandria to Limassol for a barbers' wholesaler supplying Cyprus and Greece; Egyptian "
         "Arabic wording (carbon tetrachloride repeats in several sets; a clipper blade-wash label was found in no "
         "earlier row by a keyword search)", firm("Rivage Barber Supplies Ltd", "CY")),
        ("OZN-02", "import", "FRAIR01", "air", "CN", [], "FR", "381400",
         "蕾丝假发胶去除剂 (lace wig adhesive remover), 柑橘型, 1 升, 400 瓶", "CN", 500, 400, 2400, "USD",
         "a lace-wig glue remover is an orange-scented, oily citrus solvent of about 0.85 kg/l that softens the glue "
         "slowly; these 400 bottles hold a thin, colourless liquid of 1.24 kg/l with a faint ethereal smell that "
         "evaporates almost at once on the back of the hand, chilling it, and boils in a warm palm: HCFC-141b "
         "(Montreal Protocol Annex C, its use as a solvent banned), flown from Xuchang via Zhengzhou to Paris for a "
         "Château-Rouge wig shop; Chinese wording (HCFC-141b repeats in many sets under solvent and cleaner labels; "
         "a lace-wig glue-remover label was found in no earlier row by a keyword search)",
         firm("Horizon Perruques SARL", "FR")),
        ("OZN-03", "import", "NLAIR01", "air", "KR", [], "NL", "841869",
         "두피 냉각기 (항암 탈모 예방용 스캘프 쿨링 시스템), 냉매 R-290 충전, 20대", "KR", 1600, 20, 96000, "USD",
         "scalp-cooling units for chemotherapy patients, sold with wig and hair-loss salons' services, carry a small "
         "hydrocarbon or HFC charge and a data plate; these 20 units have data plates reading R-290 but service "
         "ports with R-22 fittings, a pressure of about 9 bar at 20 °C where R-290 would show 7.5 bar, and a leak "
         "detector set to HCFC reads the charge: pre-charged with HCFC-22 (Montreal Protocol Annex C; equipment "
         "charged with it may not be placed on the market), flown from Seoul to Amsterdam for a Dutch distributor; "
         "Korean wording (HCFC-22 equipment repeats in many sets; scalp-cooling units were found in no earlier row by "
         "a keyword search)", firm("Alpina Medisch BV", "NL")),
        ("OZN-04", "import", "GBAIR01", "air", "NG", [], "GB", "340290",
         "Wig and weave dry-cleaning solvent, waterless, non-flammable, 1 litre, 600 bottles", "NG", 940, 600, 1800,
         "GBP",
         "waterless wig cleaners are alcohol- or silicone-based sprays of under 1 kg/l that smell of perfume; these "
         "600 bottles hold a colourless liquid of 1.56 kg/l with a faint sweet smell that evaporates quickly, does "
         "not burn and lifts the ink from the bottle's sticker, labelled in small print 'Trichlorotrifluoroethane': "
         "CFC-113 (Montreal Protocol Annex A, banned), flown from Lagos to London for a Peckham wig and weave shop; "
         "Nigerian English wording (CFC-113 repeats in several sets under cleaner labels; a wig dry-cleaning label "
         "was found in no earlier row by a keyword search)", firm("Delta Hair & Beauty Ltd", "GB")),
        ("OZN-05", "import", "BESEA01", "sea", "IN", [], "BE", "330590",
         "ડ્રાય શેમ્પૂ સ્પ્રે, ચોખાના સ્ટાર્ચ સાથે, 200 મિલી કેન, 12,000 કેન", "IN", 2400, 12000, 6000, "USD",
         "dry shampoo is a can of rice or tapioca starch in alcohol propelled by butane, that hisses white powder "
         "and smells of perfume and gas; these cans spray powder with a gas that does not burn with a lighter, the "
         "can weighs more than a butane can of the same size, and the filler's code on the base is that of a "
         "refrigerant filler in Vadodara: CFC-12 as propellant (Montreal Protocol Annex A, banned), by sea from "
         "Mundra to Antwerp for a Belgian salon wholesaler; Gujarati wording (CFC-12 repeats in many sets and a "
         "vintage hairspray in blind56, and a dry-shampoo powder label covers a precursor in blind124; a dry-shampoo "
         "aerosol on an ozone-depleting propellant was found in no earlier row by a keyword search)", firm("Central Coiffure SA", "BE")),
        ("OZN-06", "import", "ESSEA01", "sea", "MX", [], "ES", "330430",
         "Secador de esmalte en aerosol (quick dry), 300 ml, 6.000 latas", "MX", 2100, 6000, 5400, "USD",
         "a nail-polish drying spray is a light silicone oil propelled by a hydrocarbon, that burns and smells "
         "faintly of gas; these cans hold a propellant that does not burn, makes a lighter flame green-edged with a "
         "halide-torch test and reads as HCFC-22 on a leak detector: HCFC-22 aerosols (Montreal Protocol Annex C, "
         "banned in aerosols), by sea from Veracruz to Valencia for a Madrid nail-bar wholesaler; Mexican Spanish "
         "wording (HCFC-22 repeats in many sets; a quick-dry nail-spray label was found in no earlier row by a "
         "keyword search, the one earlier quick-dry row being a printers' type wash)",
         firm("Meridian Uñas SL", "ES")),
        ("OZN-07", "import", "ITSEA01", "sea", "CN", [], "IT", "940210",
         "Poltrone da barbiere idrauliche, reclinabili, 40 pz", "CN", 4000, 40, 12000, "USD",
         "a Foshan salon-furniture container for a Naples shopfitter: barber chairs and ceramic shampoo basins are "
         "what such shops are fitted with, but the third item's '2 kg powder extinguishers' are light, hold no "
         "powder, hiss a clear gas that leaves no residue and carry faded labels reading BCF: halon 1211 "
         "(Montreal Protocol Annex A, banned outside critical uses), hidden as the last item of a three-item "
         "declaration, by sea from Nansha to Naples; Italian wording (halon 1211 repeats in many sets under "
         "extinguisher labels; behind a barber-chair and shampoo-basin order is the new part as far as a search "
         "found)",
         dict(firm("Vega Arredo Saloni Srl", "IT"),
              _more_items=[item("691010", "Lavatesta in ceramica con poltrona, 20 pz", "CN", 1400, 5000, "USD", qty=20),
                           item("842410", "Estintori 2 kg per saloni, 60 pz", "CN", 120, 600, "USD", qty=60)])),
        ("OZN-08", "import", "ATROAD01", "road", "CH", [], "AT", "841869",
         "Schneeraum-Anlage für Wellnessbereich, gebraucht, ohne Kältemittel, 1 Stk.", "CH", 2600, 1, 9000, "EUR",
         "a used snow-room plant for a spa is declared without refrigerant, its circuit open or filled with "
         "nitrogen; this one, taken out of a Graubünden hotel spa, has closed valves, a pressure of about 9 bar on "
         "its gauges and a plate reading 'R22, 24 kg': refrigeration equipment still charged with HCFC-22 (Montreal "
         "Protocol Annex C; its import with the charge is banned), on a lorry at Feldkirch for a Tyrolean spa "
         "builder; Austrian German wording (used HCFC-22 equipment repeats in many sets; a spa snow-room plant was "
         "found in no earlier row by a keyword search)", firm("Alpina Wellnessbau GmbH", "AT")),
        ("OZN-09", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "290110",
         "Refrigerant R-600a (isobutane), 6.5 kg cylinders, 1,200 cylinders", "CN", 7800, 1200, 7800, "USD",
         "isobutane cylinders of this size hold 6.5 kg of a gas at about 3 bar; these cylinders weigh twice as "
         "much net, read about 9 bar at 20 °C and have left-hand valves: HCFC-22 (Montreal Protocol Annex C) under "
         "a hydrocarbon label, declared in transit through Constanța from Tianjin to a Chișinău air-conditioning "
         "dealer; Chinese exporter's English wording (HCFC-22 repeats in many sets under HFC labels and a few under "
         "hydrocarbon labels; in transit through Constanța to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("OZN-10", "import", "PLROAD01", "road", "UA", [], "PL", "340319",
         "Охолоджувальний спрей для машинок для стрижки, 5 в 1, 500 мл, 6 000 шт.", "UA", 3600, 6000, 9000, "EUR",
         "a clipper cooling spray is a light oil in alcohol propelled by a hydrocarbon, that burns and leaves an oily "
         "film; these cans spray a jet that frosts the blade, does not burn, leaves no oil and weighs 1.2 kg/l in the "
         "can, and the filler's sheet gives '1,1-дихлор-1-фторетан': HCFC-141b (Montreal Protocol Annex C, its use "
         "banned), on a lorry at Dorohusk for a Warsaw barbers' wholesaler; Ukrainian wording (HCFC-141b repeats in "
         "many sets; a clipper cooling-spray label was found in no earlier row by a keyword search)",
         firm("Orion Barber Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "export", "DKPOST01", "post", "DK", [], "US", "821210",
         "Gamle barberknive, bronze, samlerobjekter, 4 stk.", "DK", 1.2, 4, 160, "DKK",
         "antique barber razors are folding steel razors of the 19th and 20th centuries with horn or celluloid "
         "scales; these four are cast bronze blades with a short hooked handle, green corrosion with soil in it, "
         "and engraved ships and spirals: Late Bronze Age razors (about 1000-500 BC) from detector finds in "
         "Jutland, which belong to the state as danefæ and need an EU export licence whatever their value, posted "
         "from Aarhus to a collector in Ohio; Danish wording (Bronze Age finds repeat in many sets; a barber-razor "
         "label was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "DEAIR01", "air", "EG", [], "DE", "830629",
         "مكاحل ومراود للكحل مصنوعة يدوياً، جديدة، نحاس وحجر، 40 قطعة", "EG", 6, 40, 400, "USD",
         "new handmade kohl pots and sticks from Cairo bazaars are shiny brass and polished soapstone; these 40 "
         "pieces are small alabaster and blue faience jars with worn lips and dark residue inside, and bronze "
         "applicators with green corrosion and soil in the corners: ancient Egyptian kohl tubes and applicators "
         "(New Kingdom and Late Period), whose export Egypt has banned since 1983, flown from Cairo to Frankfurt for "
         "a Hamburg dealer in 'oriental cosmetics'; Egyptian Arabic wording (Egyptian antiquities repeat in many "
         "sets; a kohl-pot label was found in no earlier row by a keyword search)",
         firm("Nordhafen Orient Kosmetik GmbH", "DE")),
        ("CUL-03", "export", "BGPOST01", "post", "BG", [], "GB", "821420",
         "Комплект за маникюр, винтидж, бронз, 12 части", "BG", 0.4, 12, 80, "EUR",
         "a vintage manicure set is a leather case of plated steel tools from the 20th century; these 12 pieces are "
         "small cast-bronze tweezers, ear scoops and nail cleaners on a loop, with green patina and soil, some "
         "with ring-and-dot decoration: Roman toilet implements from detector finds in Thrace, archaeological "
         "objects that need an EU export licence whatever their value and Bulgarian permits, posted from Plovdiv "
         "to a buyer in Leeds; Bulgarian wording (Roman metal finds repeat in many sets and tweezers in one, "
         "blind182, as surgical instruments; a manicure-set label was found in no earlier row by a keyword search)",
         {"importer_country": "GB"}),
        ("CUL-04", "import", "FRPOST01", "post", "TN", [], "FR", "960190",
         "Épingles à cheveux en os, artisanales, 50 pièces", "TN", 0.3, 50, 60, "EUR",
         "new handmade bone hair sticks are white, smooth, even and drilled by machine; these 50 pins are yellowed, "
         "uneven, hand-carved with turned heads, some with a woman's bust or a pine cone, polished by wear and with "
         "earth in the grooves: Roman bone hairpins (acus crinales) dug at a site in central Tunisia, whose export "
         "Tunisia's heritage code forbids, posted from Kairouan to a private buyer in Marseille; Tunisian French "
         "wording (Roman small finds from Tunisia repeat in a few sets; a bone-hairpin label was found in no earlier "
         "row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "ESAIR01", "express", "CO", [], "ES", "711319",
         "Argollas de septum en oro 18k, piercing, hechas a mano, 8 unidades", "CO", 0.1, 8, 900, "USD",
         "18k septum rings are small, seamless, stamped rings with a clicker or a gap; these eight are hammered, "
         "spiral and crescent-shaped nose ornaments of red-gold tumbaga with a worn surface and no hallmarks, and "
         "two are cast with tiny bird heads: pre-Hispanic Tairona and Quimbaya narigueras, national archaeological "
         "heritage of Colombia that may not be exported, sent by express from Medellín to a Barcelona piercing "
         "studio; Colombian Spanish wording (narigueras appear in blind44 and blind132 under jewellery and shell "
         "labels, kept as a repeat of the good; a septum-piercing label was found in no earlier row by a keyword "
         "search)", firm("Rivage Piercing Studio SL", "ES")),
        ("CUL-06", "import", "GBAIR01", "air", "PK", [], "GB", "680299",
         "پتھر کی میک اپ مکسنگ پیلٹ، ہاتھ سے بنی، نئی، 10 عدد", "PK", 14, 10, 150, "USD",
         "new stone makeup-mixing palettes are flat, polished, plain slabs of marble or onyx; these ten are round "
         "grey schist dishes with a raised rim, divided into segments and carved with sea monsters, drinking scenes "
         "and lotus petals, worn and with root marks: Gandharan toilet trays (1st century BC - 1st century AD), "
         "protected antiquities of Pakistan whose export is banned, flown from Peshawar via Islamabad to Manchester "
         "for a makeup-artist supply shop; Urdu wording (Gandharan antiquities repeat in many sets; a "
         "makeup-palette label was found in no earlier row by a keyword search)", firm("Atlantic Beauty Tools Ltd", "GB")),
        ("CUL-07", "import", "NLAIR01", "express", "CN", [], "NL", "711719",
         "新娘头饰, 仿古发簪, 点翠风格, 6 件", "CN", 0.6, 6, 120, "USD",
         "new bridal hair pins in the kingfisher style are brass with blue enamel or dyed ribbon; these six are "
         "gilt-silver pins with real, iridescent blue feather inlay, tarnished, with pearls on wires and a seller's "
         "1930s Beijing shop mark: Qing-dynasty diancui hair ornaments, cultural relics whose export China forbids, "
         "sent by express from Beijing to a bridal hair stylist in Utrecht; Chinese wording (Chinese relics repeat "
         "in many sets, and a celluloid hair-pin label covers hawksbill in blind172; a bridal hair-pin label on a "
         "cultural object was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-08", "export", "ESSEA01", "sea", "ES", [], "MX", "691200",
         "Bacía de barbero de cerámica, decorativa, producción nueva, 1 pieza", "ES", 4, 1, 90, "EUR",
         "a new decorative barber's basin is a bright, even, factory-glazed bowl with the neck cut-out; this one is "
         "tin-glazed earthenware with a hand-painted blue and orange bird, worn glaze, old rivet repairs and a "
         "1760s Talavera workshop's mark: an 18th-century Talavera de la Reina barber's basin, part of the Spanish "
         "historical heritage that needs an export permit, in a shipping container from Valencia to Veracruz for a "
         "Puebla collector; Spanish wording (Talavera labels repeat in a few sets, kept as a repeat; a barber's-basin "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MX"}),
        ("CUL-09", "import", "FRSEA01", "sea", "MA", [], "FR", "151590",
         "Huile d'argan cosmétique, pressée à froid, fûts, 400 l", "MA", 370, None, 7400, "EUR",
         "a Moroccan salon-supply consignment for a Marseille hammam and spa wholesaler: argan oil and ghassoul clay "
         "are what such shops sell, but the third item's 'panneaux de zellige anciens récupérés' are not glazed "
         "tiles but small cut-stone cubes set in lime mortar, with figured borders and a bird, backed by fresh "
         "plaster and cloth: Roman mosaic panels lifted from a site near Volubilis, Moroccan heritage whose export is "
         "forbidden, hidden as the last item of a three-item declaration, by sea from Tanger Med to Marseille; "
         "Moroccan French wording (mosaics repeat in many sets and Volubilis in a few, kept as a repeat of the good; "
         "behind an argan and ghassoul salon consignment is the new part as far as a search found)",
         dict(firm("Meridian Hammam SARL", "FR"),
              _more_items=[item("250840", "Ghassoul (argile de l'Atlas) en poudre, sacs 25 kg, 40 sacs", "MA", 1000, 900, "EUR", qty=40),
                           item("691490", "Panneaux de zellige anciens récupérés, 6 pièces", "MA", 240, 600, "EUR", qty=6)])),
        ("CUL-10", "import", "DEAIR01", "air", "NZ", [], "DE", "960190",
         "Bone tattoo combs, carved, new, Maori style, 4 pcs", "NZ", 0.4, 4, 400, "NZD",
         "new carved bone tattoo combs are souvenir pieces of cattle bone, white and machine-smoothed; these four "
         "are small albatross-bone and stone chisel blades (uhi) with serrated edges, bound to old wooden handles "
         "with flax cord, with dark pigment in the teeth: Maori tattooing chisels of the 18th-19th centuries, taonga "
         "tūturu whose export New Zealand's Protected Objects Act forbids without a permit, flown from Auckland to "
         "Frankfurt for a Berlin tattoo studio's collection; New Zealand English wording (Maori objects appear in a "
         "few earlier rows on carvings and a meeting-house panel; tattoo tools were found in no earlier row by a "
         "keyword search)", firm("Vega Tattoo GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", ["TR"], "KZ", "901320",
         "Pikosekundinis lazeris tatuiruočių šalinimui, kosmetologinis, 2 vnt.", "LT", 460, 2, 380000, "EUR",
         "a picosecond tattoo-removal laser is a wheeled cabinet with an articulated arm and a handpiece, at about "
         "100,000 EUR; these two are rack-mounted oscillator-amplifier heads with water chillers, no arm or "
         "handpiece, a femtosecond-to-picosecond tunable output and a test sheet giving peak powers far beyond any "
         "aesthetic laser, from a Vilnius maker: ultrafast lasers controlled as dual-use goods (category 6A005) and "
         "banned for Russia, exported without a licence to an Almaty 'beauty clinic' whose forwarder re-books them "
         "to Moscow, flown via Istanbul; Lithuanian wording (lasers repeat in several sets; a tattoo-removal label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AM", "903149",
         "Analizzatori della pelle per centri estetici, con fotocamera, 40 pz", "IT", 160, 40, 92000, "EUR",
         "a salon skin analyser is a desk-top hood with a visible-light and UV camera and a tablet, at about 1,000 "
         "EUR; these 40 units cost 2,300 EUR each, have germanium windows, and their cores are uncooled "
         "microbolometer thermal cameras at 640 x 512 pixels and 60 Hz, unscrewable in minutes: thermal imaging "
         "cameras (dual-use 6A003, banned for Russia) in a beauty-device shell, flown from Milan to Yerevan for a "
         "trader whose address and payments lead to Moscow; Italian wording (thermal cameras repeat in many sets "
         "under other labels; a skin-analyser label was found in no earlier row by a keyword search)",
         {"importer_name": "Orion Beauty Tech LLC", "importer_country": "AM"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", ["AE"], "IR", "382499",
         "Feuchthaltemittel für Tätowierfarben, Glykolbasis, 10 Fässer à 220 kg", "DE", 2200, 10, 9900, "EUR",
         "a tattoo-ink humectant is glycerol or propylene glycol with a faint sweet smell, at about 3 EUR/kg; these "
         "drums hold a viscous, colourless liquid with a sulphurous smell and a data sheet giving 2,2'-thiodiethanol "
         "99 %: thiodiglycol (CWC Schedule 2B13, the mustard-gas precursor), which needs an export licence and may "
         "not go to a non-State Party, exported without one to a Tehran 'tattoo-ink maker' via Jebel Ali; German "
         "wording (thiodiglycol repeats in many sets under ink, textile and leather solvent labels; a tattoo-ink "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", ["AE"], "IR", "853229",
         "Reservecondensatoren voor IPL-ontharingsapparaten, 300 stuks", "NL", 90, 300, 54000, "EUR",
         "IPL hair-removal spares are large aluminium electrolytic capacitors of a few hundred volts at a few euros "
         "each; these 300 are compact, oil-filled, ceramic-cased units rated 5 kV, with low-inductance strip "
         "terminals and a data sheet giving a discharge time well under a microsecond, at 180 EUR each: pulse "
         "discharge capacitors controlled as dual-use goods (category 3A001.e.2, the firing-set capacitors of the "
         "nuclear suppliers' list), exported without a licence to a Tehran 'beauty-device repairer' via Dubai; Dutch "
         "wording (capacitors repeat in several sets under other labels; an IPL spare-parts label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-05", "export", "SESEA01", "sea", "SE", [], "PK", "722830",
         "Rostfritt rundstål 440C för frisörsaxar, Ø 20 mm, 8 t", "SE", 8000, None, 96000, "EUR",
         "440C stainless bar for barber scissors is magnetic, rust-resistant steel at about 6 EUR/kg; these "
         "bars cost 12 EUR/kg, have no chromium in a handheld XRF reading but 18 % nickel, 9 % cobalt and 5 % "
         "molybdenum, and the mill certificate in the box reads 'maraging 350': maraging steel (dual-use 1C116, used "
         "for centrifuge rotors and rocket casings) exported without a licence to a Sialkot 'scissor maker' whose "
         "buyer is a state-linked engineering works; Swedish wording (maraging steel repeats in many sets; a "
         "barber-scissor steel label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["TR"], "IR", "847989",
         "Pressmaschine für Lidschatten und Puder, gebraucht, 1 Stk.", "DE", 24000, 1, 380000, "EUR",
         "an eyeshadow and pressed-powder press is a small mechanical or hydraulic bench press with pan trays, a "
         "few tonnes in weight; this 24-tonne vessel with a thick steel chamber, a gas compressor, a furnace insert "
         "and a controller for 2,000 bar and 1,400 °C is a hot isostatic press (dual-use 2B004), exported without a "
         "licence to a Tehran 'cosmetics factory' through Mersin; German wording (isostatic presses repeat in many "
         "sets; an eyeshadow-press label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "CN", "330499",
         "Soins du visage et maquillage professionnels, gamme institut, 400 cartons", "FR", 3200, 400, 260000, "EUR",
         "a beauty-institute range for a Dandong importer is ordinary for China, but the cartons hold the house's "
         "prestige line at up to 600 EUR a jar, the consignee is a Dandong forwarder whose trucks cross to Sinuiju, "
         "and the order was placed for a Pyongyang salon on Changjon Street: luxury cosmetics whose supply to North "
         "Korea UN and EU sanctions ban, flown from Paris to Shenyang; French wording (luxury goods for North Korea "
         "repeat in many sets; a beauty-institute range was found in no earlier row by a keyword search)",
         {"importer_name": "Dandong Xinyuan Trading Co.", "importer_country": "CN"}),
        ("STR-08", "export", "GRSEA01", "sea", "GR", [], "OM", "282810",
         "Χλώριο σοκ για σπα και πισίνες, κόκκοι, κάδοι 25 kg, 800 κάδοι", "GR", 20000, 800, 30000, "EUR",
         "spa and pool shock is calcium hypochlorite, white granules that smell strongly of chlorine and fizz in "
         "water; these buckets hold an odourless, fine white powder that dissolves calmly, burns fiercely with a "
         "binder and reads 'NH4ClO4, 200 µm' on the inner liners: ammonium perchlorate (military list ML8, MTCR "
         "item 4 solid-propellant oxidiser) exported without a licence, from Piraeus to Sohar for a forwarder whose "
         "trucks go to Yemen under the arms embargo; Greek wording (ammonium perchlorate repeats in several sets and "
         "pool-shock labels in a few precursor rows, kept as a repeat of the family; a spa-shock label on a strategic "
         "good is the new part as far as a search found)", {"importer_country": "OM"}),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["PL", "BY"], "RU", "846024",
         "CNC-Schleifmaschine zum Schärfen von Friseurscheren, gebraucht, 1 Stk.", "DE", 7200, 1, 210000, "EUR",
         "a scissor-sharpening machine is a small flat hone on a bench at a few thousand euros; this is a 7-tonne, "
         "five-axis CNC tool and cylindrical grinder with a linear-scale positioning accuracy of 2 µm and a Russian "
         "tool plant's spindle order in the cab: a machine tool banned for Russia (and dual-use 2B001-class "
         "positioning) declared as a barbers' service machine, on a lorry from Stuttgart through Poland and Belarus "
         "to a Tula 'barber-supply repairer'; German wording (machine tools for Russia repeat in many sets; a "
         "scissor-sharpening label was found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-10", "export", "PLROAD01", "road", "PL", [], "BY", "901380",
         "Lampy z lupą LED dla stylistek rzęs, 120 szt.", "PL", 480, 120, 66000, "EUR",
         "a lash artist's LED magnifier lamp is a ring light with a glass lens at about 60 EUR; these 120 cost 550 "
         "EUR each and hold, under the ring light, third-generation image-intensifier monoculars with green phosphor "
         "screens and battery packs, which a torch check shows at once: night-vision devices (dual-use 6A002, banned "
         "for Belarus) declared as beauty lamps, on a lorry at Kukuryki for a Brest 'beauty wholesaler'; Polish "
         "wording (image intensifiers repeat in many sets; a lash-lamp label was found in no earlier row by a keyword "
         "search)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "GBPOST01", "post", "GB", [], "US", "821210",
         "Vintage straight razors and shaving brushes, bone handles, barber collection, 6 pcs", "GB", 1.1, 6, 240,
         "GBP",
         "bone-handled razors and brushes have porous, matt, cream scales with small dark pits; these six have "
         "dense, silky, slightly translucent scales with fine cross-hatched Schreger lines on the butt ends and a "
         "yellowed, even grain: elephant ivory (CITES App. I) without CITES documents and against the UK Ivory Act's "
         "export ban, posted from Sheffield to a barbers' collector in Texas; British English wording (ivory "
         "repeats in many sets; bone-handled razors and shaving brushes were found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("WLF-02", "import", "GBAIR01", "air", "IN", [], "GB", "121190",
         "केश तेल के लिए जड़ी-बूटी मिश्रण (भृंगराज, आंवला, मेथी), 200 किलो", "IN", 200, None, 1600, "USD",
         "a hair-oil herb mix of bhringraj, amla and fenugreek is green-brown leaf, dried fruit slices and yellow "
         "seeds; these sacks are two-fifths heavy, grey-brown root pieces with a strong, violet-like, musky smell, "
         "ringed and fibrous: costus root (Saussurea costus, CITES App. I) without CITES documents, flown from "
         "Amritsar to Birmingham for a salon that boils its own 'Kashmiri hair oil'; Hindi wording (costus repeats "
         "in many sets under other root and herb labels, and hair-oil labels cover other goods in blind120, blind146 "
         "and blind150, kept as a repeat of the family; a hair-oil herb mix was found in no earlier row by a keyword "
         "search)", firm("Central Ayur Hair Ltd", "GB")),
        ("WLF-03", "import", "SEAIR01", "air", "IN", [], "SE", "960329",
         "নেইল আর্ট ব্রাশ, সিন্থেটিক নাইলন, ১০,০০০ পিস", "IN", 20, 10000, 1400, "USD",
         "nylon nail-art brushes have uniform, shiny, straight filaments with cut ends; these brushes have fine, "
         "tapering, banded brown-grey hairs with natural tips that singe with a burnt-hair smell: mongoose hair "
         "(Herpestes spp., CITES App. III listed by India) without an Indian export permit, flown from Kolkata to "
         "Stockholm for a nail-art supplier; Bengali wording (mongoose hair repeats in blind162 and blind171 under "
         "artists'-brush labels, kept as a repeat of the good; a nail-art-brush label was found in no earlier row by "
         "a keyword search)", firm("Nordhafen Nail Art AB", "SE")),
        ("WLF-04", "import", "NLSEA01", "sea", "PH", [], "NL", "251310",
         "Batong pumice para sa paa (pedicure), natural, 2,000 kilo", "PH", 2000, None, 1200, "USD",
         "pedicure pumice is grey, light volcanic glass full of closed bubbles, that floats; these pieces are white "
         "to cream, heavy, sink in water, fizz with a drop of vinegar and show star-shaped polyp cups and branching "
         "skeletons: stony coral (Scleractinia, CITES App. II) without CITES documents, whose export the Philippines "
         "forbids, by sea from Cebu to Rotterdam for a pedicure-supply wholesaler; Tagalog wording (coral repeats in "
         "many sets; pumice labels appear in one earlier wildlife row, blind115, as aquarium pumice, kept as a "
         "repeat of the family; a pedicure-stone label is the new part as far as a search found)",
         firm("Horizon Pedicure BV", "NL")),
        ("WLF-05", "import", "FRSEA01", "sea", "ID", [], "FR", "392490",
         "Mangkuk rendam manikur, resin bentuk kerang, 600 buah", "ID", 3000, 600, 4200, "USD",
         "resin shell-shaped manicure bowls are light, hollow-cast, even in colour and mould-seamed; these 600 are "
         "heavy, cold, scalloped and layered calcium shells with growth lines and the natural hinge still visible: "
         "halves of giant clams (Tridacna spp., CITES App. II) without CITES documents, by sea from Surabaya to Le "
         "Havre for a Paris nail-bar supplier; Indonesian wording (giant clams repeat in many sets and a resin "
         "soap-dish label in blind76, kept as a repeat of the family; a manicure-bowl label is the new part as far as "
         "a search found)", firm("Atlantic Manucure SARL", "FR")),
        ("WLF-06", "import", "ESPOST01", "post", "NI", [], "ES", "961511",
         "Pinzas para el pelo de acetato, imitación carey, hechas a mano, 20 unidades", "NI", 1.4, 20, 120, "USD",
         "acetate hair claws in a tortoiseshell pattern are evenly printed, light and smell of vinegar when "
         "filed; these 20 are hand-cut from translucent amber plates with irregular dark mottling and layered "
         "edges, soften and smell of burnt hair under a hot needle: hawksbill turtle shell (Eretmochelys imbricata, "
         "CITES App. I) without CITES documents, posted from Bluefields to a private buyer in Sevilla; Nicaraguan "
         "Spanish wording (hawksbill repeats in many sets, Cuban combs and acetate frames among them; hair claws from "
         "Nicaragua are the new part as far as a search found)", person("Maria Lopez", "ES")),
        ("WLF-07", "transit", "DEAIR01", "air", "MZ", ["DE"], "VN", "050800",
         "Pó de pérola cosmético, para máscaras faciais, 18 kg", "MZ", 18, None, 900, "USD",
         "cosmetic pearl powder is a bright white, shimmering, fine calcium carbonate at about 50 USD/kg; this "
         "parcel holds grey-brown, fibrous shavings and lumps that smell of burnt hair when sanded and do not fizz "
         "with acid, with a piece of a horn base among them: rhinoceros horn (CITES App. I) without CITES documents, "
         "declared in transit at Frankfurt from Maputo to Hanoi; Mozambican Portuguese wording (rhino horn repeats "
         "in many sets; pearl powder appears once, blind130, as a precursor cover, so a pearl-powder label on rhino "
         "horn is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-08", "import", "DEAIR01", "air", "KH", [], "DE", "420292",
         "ស្រោមកន្ត្រៃជាងកាត់សក់ ស្បែកគោបោះលំនាំ, 200 ដុំ", "KH", 40, 200, 2400, "USD",
         "embossed cowhide scissor holsters have an even, machine-pressed scale pattern and cowhide's fine pores; "
         "these 200 have irregular, square belly scales with a small pore near each scale's edge and the bony "
         "osteoderm marks of a true reptile skin: Siamese crocodile (Crocodylus siamensis, CITES App. I) leather "
         "without CITES documents, flown from Phnom Penh to Frankfurt for a barbers' supplier in Cologne; Khmer "
         "wording (crocodile leather repeats in several sets, camera half-cases in blind216 among them; "
         "barber-scissor holsters were found in no earlier row by a keyword search)",
         firm("Vega Friseurbedarf GmbH", "DE")),
        ("WLF-09", "import", "ATAIR01", "air", "BR", [], "AT", "442199",
         "Cabos de madeira para pincéis de barbear, pau-ferro, torneados, 1.000 peças", "BR", 120, 1000, 3000, "USD",
         "pau-ferro handles are medium brown, coarse-grained and smell of little when turned; these 1,000 are dark "
         "chocolate-brown with black streaks, oily, very heavy, with a sweet, rose-like scent on a fresh cut: "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, flown from São Paulo to Vienna "
         "for a shaving-brush maker; Brazilian Portuguese wording (Dalbergia nigra repeats in several sets under "
         "other timber labels; shaving-brush handles were found in no earlier row by a keyword search)",
         firm("Alpina Rasierpinsel GmbH", "AT")),
        ("WLF-10", "import", "LVAIR01", "air", "KZ", [], "LV", "160432",
         "Экстракт икры косметический (сырьё для масок для волос), 20 кг", "KZ", 20, None, 1200, "USD",
         "caviar extract for hair masks is a stabilised, pale liquid or powder in drums at a few dozen dollars a "
         "kilo; these tins hold whole, grey, large, glossy grains that must be kept cold, smell of the sea and "
         "bear no CITES label code: wild beluga caviar (Huso huso, CITES App. II, wild export quotas at zero) "
         "without CITES documents, flown from Atyrau via Almaty to Riga for a salon-products maker; Russian wording "
         "from Kazakhstan (caviar repeats in many sets; a caviar-extract hair-mask label was found in no earlier row "
         "by a keyword search)", firm("Rivage Kosmētika SIA", "LV")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SKPOST01", "post", "US", "SK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home hair colouring)", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "SK-MV-63-0142")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "express", "BR", "PT", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine fuel)", "BR", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-63-0077")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ATROAD01", "road", "SK", "AT", "291411",
     "Spent acetone from nail bars (14 06 03*), for regeneration at a licensed solvent-recovery plant, 80 drums",
     "SK", 12800, 80, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-63-0219")], "notified spent solvents to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854939",
     "Waste hair dryers, straighteners and clippers (WEEE, with batteries), for recycling at a licensed plant, 6 t",
     "CH", 6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-63-0331")], "notified WEEE to a licensed recycling plant"),
    ("PRM-05", "ozone", "import", "CYAIR01", "air", "US", "CY", "290314",
     "Carbon tetrachloride, analytical grade, 4 x 2.5 l, for essential laboratory use", "US", 16, 4, 480, "USD",
     [("ODS_LICENCE", "CY-DoE-ODS-63-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 40 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     400, 40, 16000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-63-011")], "reclaimed halon 1211 for a critical use under licence"),
    ("PRM-07", "cultural", "export", "DKAIR01", "air", "DK", "US", "970510",
     "Late Bronze Age bronze razor with ship engraving, Denmark, documented collection since 1921", "DK", 0.2, 1,
     18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DK-SLKS-EXP-63-0041")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "691200",
     "Talavera de la Reina barber's basin, tin-glazed earthenware, c. 1760, sold at auction with the export permit",
     "ES", 4, 1, 6500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-63-0188")],
     "historical ceramic exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "LTAIR01", "air", "LT", "KR", "901320",
     "Ultrafast picosecond laser system, 2 units, for a Korean university micromachining laboratory", "LT", 460, 2,
     380000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-63-0093"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-63-0117")],
     "dual-use ultrafast lasers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "IN", "722830",
     "Maraging steel 350, round bar, 6 t, for an Indian aerospace component maker", "SE", 6000, None, 72000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-63-0208"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-63-0344")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "MH", "FR", "050800",
     "Giant clam shells, Tridacna maxima, maricultured, 200 pcs, for a spa supplier", "MH", 300, 200, 4000, "USD",
     [("CITES_PERMIT", "MH-MIMRA-63-0022")], "App. II maricultured giant clam shells with their export permit"),
    ("PRM-12", "wildlife", "import", "GBAIR01", "air", "IN", "GB", "121190",
     "Costus root (Saussurea costus), artificially propagated, dried, 40 kg, for hair-oil manufacture", "IN", 40,
     None, 900, "USD", [("CITES_PERMIT", "IN-WCCB-63-0481")], "App. I costus root from artificial propagation with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Súkromná osoba", "PRM-02": "Particular", "PRM-05": "Central Analytical Laboratory Ltd",
    "PRM-06": "Alpina Avio Srl", "PRM-11": "Rivage Spa SARL", "PRM-12": "Meridian Ayur Hair Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises and the ordinary
    # supplies of salons, barbers, nail bars, wig shops, tattoo and piercing studios and spas
    ("330590", "Tape-in hair-extension remover, citrus solvent, 250 ml", "import", ["express"], ["BR", "US"], (20, 40), (1, 4), ["USD"], 3, S),
    ("330430", "Gel-nail primer, acid-free, 15 ml bottles", "import", ["air"], ["KR", "CN"], (20, 40), (100, 400), ["USD"], 50, S),
    ("330430", "Nail dipping powder, acrylic, clear base, 1 kg jars", "import", ["air"], ["CN", "US"], (8, 15), (100, 500), ["USD", "EUR"], 1, S),
    ("340490", "Hard depilatory wax beans, tinted, 1 kg bags", "import", ["road"], ["TR", "RS"], (2, 4), (4000, 12000), ["EUR"], 1, S),
    ("330590", "Dust-free hair lightener, blue, 500 g tubs", "import", ["sea"], ["AR", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 2, S),
    ("330590", "Bond-building hair treatment, salon size, 525 ml", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 2, S),
    ("330430", "Callus softener, alkaline, professional, 1 l", "import", ["air"], ["VN", "KR"], (3, 6), (200, 800), ["USD"], 1, S),
    ("330499", "Alginate peel-off mask powder, 1 kg", "import", ["air"], ["TH", "KR"], (6, 12), (100, 500), ["USD"], 1, S),
    ("330430", "Pedicure jelly powder, lavender, 1 kg bags", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("821300", "Barber scissors, stainless, Sialkot", "import", ["air"], ["PK"], (40, 70), (50, 300), ["USD"], 10, S),
    ("670419", "Synthetic braiding hair, modacrylic, packs", "import", ["sea"], ["CN", "ID"], (5, 9), (3000, 8000), ["USD"], 8, S),
    ("851632", "Hair straighteners, new, boxed, with warranty", "export", ["sea"], ["NG", "GH"], (12, 20), (2000, 6000), ["EUR"], 1.5, S),
    ("330430", "Nail polish remover, ethyl-acetate based, 100 ml", "export", ["road"], ["UA", "MD"], (2, 4), (2000, 6000), ["EUR"], 8, S),
    ("901890", "Tattoo needle cartridges, sterile, single use", "import", ["air"], ["CN", "US"], (40, 80), (50, 300), ["USD"], 100, S),
    ("330590", "Natural henna hair dye powder, body-art quality", "import", ["sea"], ["IN", "SD"], (3, 6), (4000, 12000), ["USD"], None, S),
    ("760720", "Aluminium foil for hair highlights, pre-cut, boxed", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD"], 4, S),
    ("050100", "Raw remy human hair, temple hair, bundles", "import", ["air"], ["IN", "KH"], (150, 300), (50, 300), ["USD"], None, S),
    ("850760", "Lithium-ion batteries for cordless clippers, new", "import", ["sea"], ["CN"], (20, 35), (1000, 4000), ["USD"], 20, S),
    ("330430", "Nail varnish, assorted colours, new", "export", ["sea"], ["AO", "CI"], (15, 30), (1000, 4000), ["EUR"], 60, S),
    ("340319", "Clipper blade wash, alcohol and oil, 1 l", "import", ["sea"], ["US", "EG"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("381400", "Lace-wig adhesive remover, citrus-based, 1 l", "import", ["air"], ["CN", "US"], (5, 9), (200, 800), ["USD"], 1, S),
    ("901910", "Scalp massagers, electric, for salons", "import", ["sea"], ["KR", "CN"], (15, 30), (1000, 4000), ["USD"], 2, S),
    ("340290", "Waterless wig cleaning spray, alcohol-based", "import", ["air"], ["NG", "US"], (6, 12), (100, 600), ["USD", "GBP"], 2, S),
    ("330590", "Dry shampoo spray, butane propellant, 200 ml", "import", ["sea"], ["IN", "PL"], (3, 6), (3000, 9000), ["USD", "EUR"], 6, S),
    ("330430", "Nail-polish drying drops, silicone, 30 ml", "import", ["sea"], ["MX", "US"], (10, 20), (1000, 3000), ["USD"], 30, S),
    ("940210", "Barber chairs, hydraulic, reclining", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.01, S),
    ("691010", "Ceramic shampoo basins with chair", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 0.015, S),
    ("821210", "Straight razors, new, stainless, barber", "import", ["air"], ["PK", "IN"], (30, 60), (50, 300), ["USD"], 10, S),
    ("830629", "Brass kohl pots with applicators, new", "import", ["air"], ["EG", "MA"], (30, 60), (50, 300), ["USD"], 8, S),
    ("821420", "Manicure and pedicure sets, stainless, cased", "import", ["sea"], ["PK", "CN"], (10, 20), (1000, 4000), ["USD"], 4, S),
    ("960190", "Carved bone hair sticks, new", "import", ["post"], ["TN", "ID"], (40, 80), (1, 2), ["EUR", "USD"], 40, S),
    ("711719", "Titanium septum rings, implant grade, new", "import", ["express"], ["US", "CO"], (300, 600), (1, 2), ["USD"], 200, S),
    ("680299", "Marble makeup-mixing palettes, polished, new", "import", ["sea"], ["PK", "IN"], (3, 6), (1000, 4000), ["USD"], 2, S),
    ("711719", "Bridal hair pins, brass with enamel, new", "import", ["express"], ["CN"], (60, 120), (1, 3), ["USD"], 30, S),
    ("691200", "Talavera-style ceramic bowls, new", "export", ["sea"], ["MX", "US"], (4, 8), (2000, 6000), ["EUR"], 2, S),
    ("151590", "Argan oil, cosmetic, cold-pressed, drums", "import", ["sea", "road"], ["MA"], (12, 20), (2000, 8000), ["EUR"], None, S),
    ("853222", "Aluminium electrolytic capacitors for IPL devices, new", "import", ["air"], ["CN", "JP"], (20, 40), (100, 500), ["USD"], 10, S),
    ("901320", "Aesthetic Q-switched lasers for tattoo removal", "export", ["air"], ["TR", "AE"], (150, 300), (100, 600), ["EUR"], 0.01, S),
    ("282810", "Calcium hypochlorite spa shock granules, 25 kg", "import", ["sea"], ["CN", "JP"], (1.5, 3), (8000, 20000), ["USD"], 0.04, S),
    ("960329", "Nail-art brushes, synthetic nylon", "import", ["post"], ["CN", "IN"], (40, 80), (1, 3), ["USD"], 300, S),
    ("251310", "Volcanic pumice foot stones, natural", "import", ["sea"], ["TR", "IT"], (1, 2), (3000, 9000), ["USD", "EUR"], 8, S),
    ("961511", "Acetate hair claws, tortoiseshell pattern", "import", ["sea"], ["CN", "KR"], (10, 18), (1000, 4000), ["USD"], 40, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new
# rows of their own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("847290", "Office hole punches, two-hole, metal and plastic", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("900490", "Swimming goggles, anti-fog, retail", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 4000), ["USD"], 15, N),
        ("950699", "Flying discs, plastic, for garden games", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 6, N),
        ("450490", "Cork pin boards, pine frame", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind223", 20630501, HERE)


if __name__ == "__main__":
    main()
