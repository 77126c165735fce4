#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-eighth blind set (tests/risk/data/blind298-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: wind farms, turbine servicing and
blade recycling (wind-farm operators and developers, turbine makers' and independent service
firms, rope-access blade-repair crews, blade and tower makers, and blade recyclers and
decommissioning firms).
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL298-*:

    python3 tests/risk/data/make_blind298_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "CN", [], "DK", "320890",
         "风电叶片前缘修复底漆活化剂, 1升 x 4瓶", "CN", 4.6, 4, 160, "CNY",
         "the activators sold with two-part leading-edge repair primers for wind-turbine blades are a few per cent "
         "of an isocyanate or silane in solvent, 0.9 kg/l and smelling of solvent; these four litre bottles hold a "
         "water-clear, odourless liquid of 1.13 kg/l with vented caps that whitens the skin and fizzes on rust: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Tianjin to a self-employed "
         "rope-access blade technician in Esbjerg buying as a private person; Chinese wording (hydrogen peroxide "
         "repeats in many sets; a blade leading-edge primer-activator label was found in no earlier row by a "
         "keyword search)", person("Rasmus Kjær", "DK")),
        ("PRE-02", "import", "PTAIR01", "air", "IN", [], "PT", "381900",
         "காற்றாலை கோபுர போல்ட் இறுக்கும் கருவிக்கான ஹைட்ராலிக் திரவம், 1 லிட்டர், 40 பாட்டில்கள்", "IN", 46, 40,
         280, "USD",
         "the fluid for the hydraulic tensioners that tighten tower-flange and foundation bolts is a mineral or "
         "ester hydraulic oil of 0.86 kg/l; these 40 bottles hold a thin, colourless, faintly fruity liquid of "
         "1.14 kg/l that does not lubricate, and the drum label under the sticker reads 'CH3NO2', for a Porto "
         "rope-access and bolting firm whose web shop sells the litres on to model-engine hobbyists: nitromethane "
         "(Annex I above 16 %) made available to members of the public, flown from Chennai; Tamil wording "
         "(nitromethane repeats in many sets and tensioner wording in a few, blind54, blind104 and blind249 among them; a tower-bolt tensioner fluid is the new part as far as a search found)", firm("Atlântico Torres Eólicas Lda", "PT")),
        ("PRE-03", "import", "ESSEA01", "sea", "CN", [], "ES", "280700",
         "变桨系统后备蓄电池电解液 (稀硫酸 37%), 5升桶, 600桶", "CN", 5520, 600, 3000, "USD",
         "the electrolyte for the lead-acid backup batteries of older pitch systems is dilute sulphuric acid of "
         "about 37 % and 1.28 kg/l; these 600 cans hold an oily liquid of 1.84 kg/l that boils and spits with a "
         "drop of water and chars the pallet wood, for a Zaragoza turbine-spares dealer that sells the 5 l cans to "
         "anyone at its counter and online: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, by sea from Shanghai to Valencia; Chinese wording (sulphuric acid repeats in many "
         "sets and battery-electrolyte labels on it in several, kept as a repeat of that family; a pitch-backup "
         "electrolyte label is the new part as far as a search found)", firm("Meridian Repuestos Eólicos SL", "ES")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "284990",
         "풍력 블레이드 몰드용 질화붕소 이형 파우더, 1 kg 봉지, 240봉", "KR", 240, 240, 2400, "USD",
         "boron-nitride release powder for blade moulds is a soft, slippery, very light white powder that does not "
         "dissolve and will not burn; these 240 bags hold a heavy, gritty, crystalline white powder that dissolves "
         "slowly, flares violently with sugar on a hot plate and whose liners read 'KClO4', for a Bremerhaven "
         "composite-supplies web shop that sells 1 kg bags to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Incheon to Frankfurt; Korean wording "
         "(potassium perchlorate repeats in many sets and boron-nitride labels on it twice, blind171 and blind239, kept as a repeat of the cover; a blade-mould release powder is the new part as far as a search found)", firm("Nordhafen Composite Bedarf GmbH", "DE")),
        ("PRE-05", "import", "BGROAD01", "road", "TR", [], "BG", "382450",
         "Rüzgar türbini temeli için genleşmeli grout katkısı, 25 kg torba, 880 torba", "TR", 22000, 880, 6600, "EUR",
         "the expansive additives for the grout under turbine tower base flanges are grey, cement-like powders "
         "with aluminium powder or sulphoaluminate; these 880 bags hold white, glossy prills that turn ice-cold in "
         "water and vanish, test at 34 % N and melt and fume on a hot plate, for a Dobrich wind-farm civil-works "
         "firm whose depot sells the bags to farmers and anyone: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, at Kapitan Andreevo; Turkish wording (ammonium nitrate repeats in many sets and grout labels in many, tile grouts among them; a turbine-foundation grout additive was found in no "
         "earlier row by a keyword search)", firm("Delta Vyatarni Parkove EOOD", "BG")),
        ("PRE-06", "import", "ROSEA01", "sea", "GE", [], "RO", "310250",
         "თოვლის დნობის კრისტალები სათხილამურო ბილიკებისთვის, 20 კგ ტომრები, 300 ტომარა", "GE", 6000, 300, 2100,
         "USD",
         "snow-melting crystals for ski-resort paths are grey rock salt or white calcium chloride flakes that warm "
         "in the hand when wetted; these 300 sacks hold white crystals that do not warm, flare with sugar on a "
         "match, and whose inner bags read 'NaClO3', for a Brașov resort-supplies trader selling 1 kg tubs to "
         "chalet owners: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Batumi to Constanța; Georgian wording (sodium chlorate repeats in many sets and de-icer labels in several, "
         "kept as a repeat of that family; a ski-path label from Batumi is the new part as far as a search found)",
         firm("Vega Stațiuni Montane SRL", "RO")),
        ("PRE-07", "import", "NLAIR01", "air", "VN", [], "NL", "340290",
         "Dung dịch làm sạch vành trượt (slip ring) máy phát điện gió, 1 lít, 120 chai", "VN", 168, 120, 600, "USD",
         "slip-ring cleaners for turbine generators and pitch hubs are isopropanol or hydrocarbon blends of about "
         "0.78 kg/l that evaporate without residue; these 120 bottles weigh 1.40 kg/l, fume brown when opened, "
         "stain the skin yellow and eat into a copper brush, for a Rotterdam turbine-service supplier whose web "
         "shop sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Ho Chi Minh City; Vietnamese wording (nitric acid repeats in many sets and a slip-ring cleaner label once, blind256, on CFC-113 for fairground rides; a turbine-generator slip-ring cleaner on nitric acid is the new part as far as a search found)", firm("Horizon Windservice Onderdelen BV", "NL")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "283630",
         "Sredstvo za soda-blasting gondola vetroturbina, natrijum bikarbonat, vreće 25 kg, 600 vreća", "RS", 15000,
         600, 4500, "EUR",
         "the sodium-bicarbonate media used to soda-blast oil and grime off nacelle frames and gearbox housings is "
         "a soft, salty, white powder that fizzes in vinegar; these 600 bags hold shiny, white flakes that do not "
         "fizz, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the maker's sheet, for a Győr "
         "industrial-cleaning firm that re-bags the flakes in 1 kg packs for its web shop: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, at Röszke; Serbian wording (potassium "
         "chlorate repeats in many sets and blasting-media labels on precursors in a few; a nacelle soda-blasting "
         "label was found in no earlier row by a keyword search)", firm("Orion Ipari Tisztítás Kft.", "HU")),
        ("PRE-09", "import", "ESSEA01", "sea", "MA", [], "ES", "320720",
         "مصهر زجاجي للخزف، أكياس 1 كغ، 500 كيس", "MA", 500, 500, 600, "EUR",
         "a glaze frit for pottery is a hard, glassy, sharp grit that never dissolves; these 500 bags hold a soft, "
         "white, damp-looking powder that dissolves at once and burns fiercely with sugar, for an Almería ceramics "
         "hobby shop that sells the bags over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Tanger Med to Algeciras; Moroccan Arabic wording (sodium perchlorate "
         "repeats in many sets and glaze labels in a few, kept as a repeat of that family; from Morocco by sea is "
         "the new part as far as a search found)", firm("Rivage Cerámica Creativa SL", "ES")),
        ("PRE-10", "import", "SEROAD01", "road", "NO", [], "SE", "340290",
         "Algefjerner for overgangsstykker på havvindturbiner, 10 l kanner, 240 kanner (1. av 3 sendinger)", "NO",
         2880, 240, 2400, "EUR",
         "the algae and biofilm removers crews spray on the platforms and ladders of offshore transition pieces are "
         "quaternary-ammonium solutions of about 1.0 kg/l that foam; these 240 cans hold a clear liquid of 1.20 "
         "kg/l that does not foam, has vented caps and whitens the skin, the first of three vans booked that week, "
         "for a Gothenburg offshore-wind service supplier that sells the cans to boat owners and the public: about "
         "50 % hydrogen peroxide (Annex I above 12 %), at Svinesund; Norwegian wording (hydrogen peroxide repeats in "
         "many sets and splits over several vans in a few, blind264 and blind278; a transition-piece algae remover "
         "was found in no earlier row by a keyword search)", firm("Atlantic Havvind Service AB", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "EG", "701990",
         "Glasfaser-Mahlgut für die Zementindustrie, Produkt, 24 t", "DE", 24000, None, 1200, "EUR",
         "glass-fibre regrind sold as a product is clean, sieved fibre of one kind with a data sheet; these big "
         "bags hold coarse shreds of decommissioned rotor blades with balsa and PVC-foam core, gelcoat, "
         "lightning-conductor cable and the odd carbon spar-cap strip, from a Lower Saxony blade-cutting yard, "
         "bought by a Suez 'cement works': waste composite from dismantled blades, unlisted mixed waste that needs "
         "prior notification and consent and may not go to a non-OECD country that has not said it accepts it, "
         "from Hamburg to Sokhna; German wording (blade waste and used blades repeat twice, blind156 and blind197, "
         "as blades for reuse; shredded blade declared as a cement-kiln product was found in no earlier row)",
         {"importer_country": "EG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "271019",
         "Basisolie, geraffineerd, SN 500, in vaten, 80 vaten", "NL", 16000, 80, 6400, "EUR",
         "a re-refined base oil is clear, light amber and of one viscosity with a test certificate; these 80 "
         "drums hold black, watery, metal-flecked gear oil drained at turbine oil changes, with filter sludge and "
         "water at the bottom and test labels from three wind farms, collected by a Dutch service firm: waste "
         "mineral gear oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Lagos; Dutch wording (waste oils and gear-oil wording repeat in many sets, kept as a repeat of the good; turbine gear oil under a re-refined base-oil label is the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-03", "export", "DKSEA01", "sea", "DK", [], "GH", "850720",
         "Brugte UPS-batterier, testede, til genbrug, 2.400 stk.", "DK", 19000, 2400, 7200, "EUR",
         "used UPS batteries for reuse come tested, labelled with capacity and packed upright; these pallets hold "
         "sealed lead-acid blocks pulled from the pitch-system backup cabinets of repowered turbines, bulging, "
         "at under 2 V, some cracked and leaking, of ten makes and dates from 2058 to 2066: waste lead-acid "
         "batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to Tema; "
         "Danish wording (lead-acid batteries repeat in many sets and UPS labels in several, kept as a repeat; pitch "
         "backup batteries were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "390730",
         "Resina epoxi de infusión, primera calidad, en bidones, 18 t", "ES", 18000, 90, 27000, "EUR",
         "prime infusion epoxy comes sealed, in date, with a batch certificate; these 90 drums hold resin and "
         "hardener of a blade factory that closed a line, expired two years ago, part-gelled, some drums opened "
         "and mixed with acetone wash, written off by the maker: waste adhesives and resins with dangerous "
         "substances (08 04 09*) and hardener (amines), hazardous waste whose export to a non-OECD country is "
         "banned, from Valencia to Casablanca; Spanish wording (off-spec and expired resins repeat in several sets, "
         "blind118 and blind278, kept as a repeat of the good; a blade factory's infusion resin was found in no "
         "earlier row)", {"importer_country": "MA"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "848299",
         "Pièces détachées pour éoliennes, roulements et outillage, 1 conteneur", "FR", 9000, None, 22000, "EUR",
         "a turbine-service container for Dakar: bearing parts and hand tools are what a French service firm sends "
         "to the Taïba Ndiaye wind farm's contractor, but the third item's 'armoires de convertisseur révisées' are "
         "32 converter cabinets pulled out of repowered French turbines, burnt, with bulged capacitors, broken "
         "cooling loops and cracked boards, sold as scrap: waste electrical equipment (A1180) whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Le Havre; French "
         "wording (e-waste behind spare parts repeats in many sets; turbine converter cabinets behind bearings were "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "SN"},
              _more_items=[item("820559", "Outillage de maintenance, clés dynamométriques, 40 jeux", "FR", 600, 9000, "EUR", qty=40),
                           item("850440", "Armoires de convertisseur révisées, 32 pièces", "FR", 7200, 4800, "EUR", qty=32)])),
        ("WST-06", "export", "SESEA01", "sea", "SE", [], "PK", "630790",
         "Industritorkdukar av bomull, nya, pressade balar, 12 t", "SE", 12000, None, 3600, "EUR",
         "new cotton wipers are clean, cut, sorted rags in pressed bales; these bales are black and heavy, "
         "soaked with gear oil, grease and hydraulic fluid, with oil-absorbent socks, filter cartridges and "
         "gloves from the nacelles of a Norrland wind farm's service season: absorbents and wiping cloths "
         "contaminated with oil (15 02 02*), hazardous waste whose export to a non-OECD country is banned, from "
         "Gothenburg to Karachi; Swedish wording (oily rags under wiper labels repeat twice, blind40 and blind92, kept as a repeat of the cover; a wind farm's nacelle absorbents to Karachi are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CM", "382000",
         "Antivries, nieuw, glycolbasis, IBC 1000 l, 16 stuks", "BE", 17000, 16, 8000, "EUR",
         "new glycol antifreeze is clear and dyed, in sealed IBCs with a batch number; these 16 IBCs hold a "
         "brown, cloudy, oily coolant with copper and aluminium fines, drained from the liquid-cooled converters "
         "and generators of Belgian offshore turbines at overhaul: waste antifreeze fluids with dangerous "
         "substances (16 01 14*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Douala; Flemish wording (antifreeze labels repeat in many sets, blind197 among them, kept as a repeat of the cover; offshore-turbine converter coolant is the new part as far as a search found)", {"importer_country": "CM"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "253090",
         "Granat ścierny używany, oczyszczony, do ponownego użycia, 22 t", "PL", 22000, None, 2200, "EUR",
         "cleaned used garnet is sieved, red-brown, sharp grains ready to reuse; these bags hold spent grit from "
         "the repainting of old onshore towers, mixed with flakes of red-lead primer and zinc-chromate paint, with "
         "lead and chromium far above limits: spent blasting grit with dangerous substances (12 01 16*), hazardous "
         "waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'sandblasting contractor'; "
         "Polish wording (blasting waste repeats in a few sets; tower-repaint grit under a cleaned-garnet label was "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", [], "RS", "700100",
         "Glasbruch, sortenrein, für Glashütten, 20 t", "AT", 20000, None, 800, "EUR",
         "glass cullet for glassworks is clean, sorted container or flat glass; these bags hold crushed "
         "fluorescent and metal-halide lamps from a Styrian stadium and sports-hall relighting, with the "
         "phosphor powder, end caps and mercury beads: waste lamps and glass with mercury (20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, by lorry to Subotica; Austrian German wording (lamp "
         "waste repeats in several sets and cullet labels in a few, kept as a repeat; from Austria by road is the "
         "new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "271500",
         "Reciklirani asfaltni granulat, za podloge, 24 t", "HR", 24000, None, 480, "EUR",
         "reclaimed asphalt granulate is black, bitumen-bound chippings without smell; these lorry loads are "
         "crushed old road from a Slavonian bypass, grey-black, smelling of tar, with coal-tar binder above limits "
         "by the contractor's own test: bituminous mixtures containing coal tar (17 03 01*), hazardous waste whose "
         "export to a non-OECD country is banned, at Stara Gradiška; Croatian wording (tar-containing asphalt "
         "repeats in a few sets, kept as a repeat; from Croatia to Bosnia is the new part as far as a search "
         "found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DKAIR01", "air", "CN", [], "DK", "381400",
         "风电叶片前缘清洁脱脂剂, 1升, 200瓶", "CN", 250, 200, 700, "USD",
         "the degreasers blade-repair crews wipe on leading edges before filling are isopropanol or acetone of "
         "0.79 kg/l that burn; these 200 bottles weigh 1.24 kg/l, do not burn, boil in the warm hand at 32 °C and "
         "smell of ether: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Beijing to Billund for a blade-repair contractor; Chinese wording (HCFC-141b under solvent labels "
         "repeats in many sets, kept as a repeat of the good; a blade leading-edge degreaser label was found in no "
         "earlier row by a keyword search)", firm("Central Vinge Service ApS", "DK")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Rüzgar türbini nasel yangın söndürme tüpleri (FK-5-1-12), 60 adet", "TR", 1500, 60, 9000, "EUR",
         "nacelle suppression cylinders hold FK-5-1-12, a liquid that evaporates slowly at modest pressure, or "
         "an inert gas, with a certificate; these 60 cylinders read 42 bar, are stamped '1301' under the "
         "sticker and a drop boils off at once: halon 1301 (bromotrifluoromethane) in fire-protection products "
         "whose import into the Union is banned, at Kapitan Andreevo for a Varna wind-farm service firm; Turkish "
         "wording (halon 1301 repeats in many sets and a nacelle label once, blind82, on aircraft engine nacelles; "
         "a wind-turbine nacelle cylinder was found in no earlier row by a keyword search)",
         firm("Alpina Vyatarna Energiya OOD", "BG")),
        ("OZN-03", "import", "PLAIR01", "air", "KR", [], "PL", "381400",
         "풍력 주베어링 억지끼움용 냉각 스프레이, 500 ml, 480캔", "KR", 290, 480, 2400, "USD",
         "the freezing sprays used to shrink bearing rings and pins for fitting in turbine main shafts are "
         "propane-butane or HFC-free gas mixes; these 480 cans are heavier, do not light and their valve "
         "collars read 'R-12' in small print: dichlorodifluoromethane (CFC-12), whose import into the Union is "
         "banned, flown from Incheon to Gdańsk for a wind-turbine bearing service firm; Korean wording (CFC-12 "
         "repeats in many sets and freeze-spray labels in several, kept as a repeat of the label; main-bearing "
         "shrink-fit sprays are the new part as far as a search found)", firm("Horizon Łożyska Wiatrowe Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ESAIR01", "air", "IN", [], "ES", "381400",
         "విండ్ టర్బైన్ జనరేటర్ స్లిప్ రింగ్ కాంటాక్ట్ క్లీనర్, 1 లీటర్, 80 సీసాలు", "IN", 128, 80, 320, "USD",
         "slip-ring contact cleaners for turbine generators are hydrocarbon blends of 0.78 kg/l that smell of "
         "petrol and burn; these 80 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and chill the "
         "hand: carbon tetrachloride, whose import into the Union is banned, flown from Hyderabad to Madrid for a "
         "Navarre turbine-service workshop; Telugu wording (carbon tetrachloride repeats in many sets and a slip-ring cleaner label once, blind256, on CFC-113; a turbine-generator slip-ring label from India is the new part as far as a search found)", firm("Orion Servicios Eólicos SL", "ES")),
        ("OZN-05", "import", "PTSEA01", "sea", "BR", [], "PT", "381400",
         "Desengraxante para roscas de parafusos de flange de torres eólicas, bombonas 20 l, 90 bombonas", "BR", 2410,
         90, 2700, "USD",
         "the thread degreasers used on tower-flange bolts before lubricating are citrus or hydrocarbon solvents "
         "of 0.8 kg/l that burn; these 90 cans weigh 1.34 kg/l, do not burn and smell sweet, and the drums they were "
         "filled from read '1,1,1-tricloroetano': methyl chloroform, whose import into the Union is banned, by sea "
         "from Suape to Leixões for a wind-tower assembly firm; Brazilian Portuguese wording (methyl chloroform "
         "repeats in several sets and degreaser labels in many, kept as a repeat of that family; a tower-bolt "
         "thread degreaser was found in no earlier row by a keyword search)", firm("Rivage Torres Eólicas Lda", "PT")),
        ("OZN-06", "transit", "LTSEA01", "sea", "CN", ["LT"], "KZ", "382762",
         "Хладагент R-410A для кондиционеров гондол ветряков, баллоны 11,3 кг, 400 шт.", "CN", 4520, 400, 14000,
         "USD",
         "R-410A is an HFC blend in pink-banded disposable cylinders at about 16 bar; these 400 cylinders read "
         "9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves bear old stamps: chlorodifluoromethane "
         "(HCFC-22), moved through the Union without the licence Regulation 2024/590 requires for transit, landed "
         "at Klaipėda in transit from Qingdao to an Almaty wind-farm service firm; Russian wording (HCFC-22 under "
         "HFC labels repeats in many sets, kept as a repeat; a nacelle air-conditioner label in transit through "
         "Klaipėda is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("OZN-07", "import", "PLAIR01", "air", "IN", [], "PL", "340399",
         "વિન્ડ બ્લેડ મોલ્ડ માટે રિલીઝ એજન્ટ, 5 લિટર, 60 કેન", "IN", 445, 60, 900, "USD",
         "semi-permanent release agents for blade moulds are polymer dispersions in a light hydrocarbon of about "
         "0.75 kg/l that smell of naphtha and burn; these 60 cans weigh 1.48 kg/l, do not burn, boil at 24 °C in "
         "the warm hand and the maker's drum labels read 'R-11': trichlorofluoromethane (CFC-11), whose import "
         "into the Union is banned, flown from Ahmedabad to Warsaw for a Szczecin blade-mould workshop; Gujarati "
         "wording (CFC-11 repeats in several sets and release-agent labels in a few; a blade-mould release label "
         "was found in no earlier row by a keyword search)", firm("Delta Formy Łopat Sp. z o.o.", "PL")),
        ("OZN-08", "import", "IEAIR01", "air", "GB", [], "IE", "842410",
         "Marine fire extinguishers for yachts, 2 kg, 120 units", "GB", 300, 120, 1800, "GBP",
         "marine extinguishers are dry-powder or foam units with a service label; these 120 green-banded cans are "
         "reconditioned 1980s units that hiss a sweet gas and whose bases read 'BCF': halon 1211 "
         "(bromochlorodifluoromethane) in extinguishers, products whose import into the Union is banned, flown "
         "from Southampton to Cork for a chandlery; British English wording (halon 1211 repeats in many sets and "
         "yacht-extinguisher labels in a few, kept as a repeat; from Britain to Ireland by air is the new part as "
         "far as a search found)", firm("Meridian Chandlery Ltd", "IE")),
        ("OZN-09", "export", "MTSEA01", "sea", "MT", [], "LY", "841840",
         "Friża għall-ġelat użati, ittestjati, 60 biċċa", "MT", 4800, 60, 6000, "EUR",
         "used ice-cream freezers for export run on R-290 and carry their plates; these 60 are 1990s display "
         "freezers with R-12 compressors and CFC-11-blown cabinets, the plates reading 'R12': equipment relying on "
         "and containing CFCs, whose export from the Union Regulation 2024/590 bans, from Valletta to Tripoli; "
         "Maltese wording (CFC equipment for export repeats in many sets and Maltese rows to Libya in a few, kept "
         "as a repeat; ice-cream freezers from Malta are the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("OZN-10", "import", "NLAIR01", "air", "US", [], "NL", "621040",
         "Rope-access harnesses, ANSI, for wind turbine technicians, 40 units", "US", 80, 40, 12000, "USD",
         "a rope-access outfitter's air shipment for a Den Helder blade-repair crew: harnesses and descenders are "
         "what the Texas supplier sends, but the third item's 'electronic contact cleaner' are 240 aerosols from an "
         "old warehouse lot whose fine print reads 'Freon TF', CFC-113 (trichlorotrifluoroethane), whose import "
         "into the Union is banned, hidden as the last item of a three-item declaration, flown from Houston to "
         "Amsterdam; US English wording (CFC-113 repeats in many sets and contact-cleaner labels in a few; behind "
         "rope-access harnesses is the new part as far as a search found)",
         dict(firm("Vega Rope Access BV", "NL"),
              _more_items=[item("842542", "Rope descenders and ascenders, 80 units", "US", 60, 9600, "USD", qty=80),
                           item("340290", "Electronic contact cleaner aerosols, 240 cans", "US", 110, 960, "USD", qty=240)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "TN", [], "IT", "253090",
         "Échantillons de sédiments et débris marins, étude de tracé de câble éolien offshore, 14 caisses", "TN", 900,
         14, 400, "EUR",
         "seabed samples from a cable-route survey are sealed core tubes and grab bags of silt; these 14 crates "
         "hold Punic and Roman amphorae, a lead anchor stock and fine-ware bowls with marine growth still on, "
         "lifted from a wreck the survey for an offshore wind-farm export cable found off Kelibia: underwater "
         "cultural heritage whose export Tunisia forbids, brought in without an import licence (Regulation "
         "2019/880), by sea from Tunis to Trapani; Tunisian French wording (amphorae repeat in many sets; a "
         "cable-route survey sample label was found in no earlier row by a keyword search)",
         firm("Alpina Rilievi Marini Srl", "IT")),
        ("CUL-02", "import", "DEAIR01", "air", "MN", [], "DE", "251690",
         "Гранит чулуу, цэцэрлэгийн чимэглэл, 2 ширхэг", "MN", 900, 2, 300, "USD",
         "garden granite stones are rough or polished new blocks; these two are weathered standing stones carved "
         "with a man holding a cup and a belt with hanging pouches, soil and lichen at the base, dug up when a "
         "Gobi wind-farm access road was graded: Turkic stone figures (balbal, 6th-8th century), cultural "
         "property whose export Mongolia forbids, brought in without an import licence (Regulation 2019/880), "
         "flown from Ulaanbaatar to Frankfurt for a Hamburg wind developer's director; Mongolian wording (Turkic stone figures repeat in several sets, kept as a repeat of the good; a wind-farm find under a garden-stone label is the new part as far as "
         "a search found)", firm("Nordhafen Windprojekte GmbH", "DE")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Reproducciones de cerámica Nasca, artesanía, 6 piezas", "PE", 8, 6, 120, "USD",
         "Nasca reproductions are new, bright, evenly fired pots sold in Ica; these six are worn, polychrome "
         "bowls and a double-spout bottle with root marks and salt crust, turned up by the earthworks of a Marcona "
         "wind farm's turbine pads and taken by a crane operator: Nasca ceramics (1st-7th century), archaeological "
         "objects whose export Peru forbids, brought in without an import licence (Regulation 2019/880), flown "
         "from Lima to Madrid for a Spanish wind-service engineer; Peruvian Spanish wording (Nasca pottery repeats "
         "in several sets and reproduction labels in many; a wind-farm earthworks find is the new part as far as a "
         "search found)", person("Javier Ortega Ruiz", "ES")),
        ("CUL-04", "import", "FRAIR01", "air", "MX", [], "FR", "691390",
         "Urnas decorativas de barro, artesanía oaxaqueña, 3 piezas", "MX", 18, 3, 150, "USD",
         "Oaxacan decorative urns are new black or red clay from San Bartolo; these three are grey effigy urns "
         "of a seated figure with a Cocijo mask and headdress, broken and glued, with caliche inside, dug at "
         "La Ventosa during the building of a turbine foundation: Zapotec funerary urns (Monte Albán period), "
         "archaeological monuments whose export Mexico forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Mexico City to Paris for a turbine maker's site manager; Mexican Spanish wording "
         "(Zapotec urns repeat in a few sets; a wind-farm foundation find is the new part as far as a search "
         "found)", person("M. Laurent Girard", "FR")),
        ("CUL-05", "import", "GRROAD01", "road", "TR", [], "GR", "681099",
         "Rüzgar türbini yük testi için beton ağırlık blokları, 3 adet", "TR", 1400, 3, 300, "EUR",
         "test weights for crane and hoist load tests are cast concrete blocks with lifting eyes and a stamped "
         "mass; these three are marble slabs with a relief of a family at a funeral meal and a Greek epitaph, and "
         "a column drum, found when a turbine pad was cut into a hill above Çeşme: Hellenistic and Roman grave "
         "stelai, archaeological objects whose export Türkiye forbids, brought in without an import licence "
         "(Regulation 2019/880), at Kipoi for a Thessaloniki crane-hire firm; Turkish wording (Hellenistic stelai "
         "repeat in several sets; a load-test weight label was found in no earlier row by a keyword search)",
         firm("Orion Geranoi AE", "GR")),
        ("CUL-06", "import", "SEAIR01", "air", "ET", [], "SE", "482090",
         "አሮጌ ማስታወሻ ደብተር, 1", "ET", 2, 1, 30, "USD",
         "an old notebook is a printed, stapled exercise book; this is a parchment codex in wooden boards with "
         "Ge'ez text in red and black and painted saints, bound with leather thongs: an Ethiopian Orthodox "
         "manuscript (18th century) taken from a Tigray church, whose export Ethiopia forbids, brought in without "
         "an import licence (Regulation 2019/880), flown from Addis Ababa to Stockholm for a private buyer; Amharic "
         "wording (Ethiopian manuscripts repeat in many sets, kept as a repeat; an old-notebook label in Amharic "
         "is the new part as far as a search found)", person("Elin Lindqvist", "SE")),
        ("CUL-07", "transit", "FRAIR01", "air", "ML", ["FR"], "US", "691390",
         "Statuettes en terre cuite, artisanat, 4 pièces", "ML", 12, 4, 80, "USD",
         "craft terracotta statuettes are new, smooth and evenly fired; these four are kneeling and "
         "equestrian figures with scarified faces and a red slip, crusted with earth and thermoluminescence drill "
         "holes: Djenné-Djenno terracottas (11th-15th century), archaeological objects whose export Mali forbids, "
         "landed at Paris in transit from Bamako to a New York dealer, against Regulation 2019/880 (Article 3(1)), "
         "which covers transit; Malian French wording (Djenné terracottas repeat in several sets, kept as a repeat; "
         "a transit through Paris is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "NLSEA01", "sea", "ID", [], "NL", "442199",
         "Ukiran kayu jati, kerajinan tangan, 400 buah", "ID", 2400, 400, 4800, "USD",
         "a Jepara handicraft container for a Rotterdam home-decor importer: teak carvings and rattan baskets "
         "are what the exporter ships, but the third item's 'kepala patung terakota, replika' is a mould-made "
         "terracotta head with a smiling face and old breaks, soil in the neck, from Trowulan: a Majapahit "
         "terracotta (14th-15th century), an archaeological object whose export Indonesia forbids, brought in "
         "without an import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, "
         "by sea from Semarang; Indonesian wording (Majapahit terracottas repeat in a few sets; behind teak "
         "carvings is the new part as far as a search found)",
         dict(firm("Rivage Woondecoratie BV", "NL"),
              _more_items=[item("460219", "Keranjang rotan, 600 buah", "ID", 900, 1800, "USD", qty=600),
                           item("691390", "Kepala patung terakota, replika, 1 buah", "ID", 6, 20, "USD", qty=1)])),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "US", "680299",
         "Capitell de pedra, ornament de jardí, 1 peça", "ES", 350, 1, 600, "EUR",
         "a garden-ornament capital is new cast stone; this is a carved limestone capital with interlaced "
         "beasts and foliage, weathered on three faces, the mortar of a wall still on the abacus, taken from a "
         "ruined Pyrenean church: a Romanesque capital (12th century), part of Spain's historical heritage "
         "exported without the EU export licence of Regulation 116/2009 and the Spanish permit, by sea from "
         "Barcelona to a Miami dealer; Catalan wording (Romanesque capitals repeat in several sets and "
         "garden-ornament labels in many, kept as a repeat; a Catalan label is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-10", "export", "CZROAD01", "road", "CZ", [], "CH", "970390",
         "Dřevěná socha, moderní kopie, 1 ks", "CZ", 45, 1, 400, "EUR",
         "a modern copy of a saint is new lime wood with bright paint; this one is a hollowed-back lime-wood "
         "Madonna with worm holes, chalk ground and several layers of old polychromy, with a church inventory "
         "number on the base: a Baroque statue (c. 1730) from Bohemia, a cultural good over 50 years old exported "
         "without the EU export licence of Regulation 116/2009, by lorry from Prague to a Zurich dealer; Czech "
         "wording (Baroque saints repeat in many sets and copy labels in several, kept as a repeat; from Prague to "
         "Zurich is the new part as far as a search found)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DKSEA01", "sea", "DK", [], "KZ", "701919",
         "Pultruderede glasfiberplanker til vingebjælker, 18 t", "DK", 18000, None, 54000, "EUR",
         "pultruded glass planks for blade spar caps are pale green and heavy, at a few euros a kilo; these "
         "coils and boxes hold black, high-modulus carbon-fibre tow and carbon pultrusions, 1C010 grade by the "
         "maker's sheet, worth ten times the declared value, for an Aktau 'blade repair' firm set up last year "
         "whose forwarder books on to Samara: carbon fibre controlled under dual-use 1C010, exported without a "
         "licence and for re-export to Russia, which Regulation 833/2014 forbids, from Aarhus; Danish wording "
         "(carbon fibre repeats in many sets; a glass spar-cap plank label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "EEAIR01", "air", "EE", [], "KG", "903180",
         "Tuuleturbiini seisundijälgimise vibratsiooniandurid, 300 tk", "EE", 30, 300, 15000, "EUR",
         "condition-monitoring vibration sensors for turbines are piezo accelerometers at 50-150 EUR; these are "
         "quartz-flexure navigation accelerometers with bias stability of micro-g, at 6,000 EUR each, for a "
         "Bishkek 'wind-service' firm whose consignee pays from Moscow: accelerometers controlled under dual-use "
         "7A001, exported without a licence and for re-export to Russia, which Regulation 833/2014 forbids, flown "
         "from Tallinn; Estonian wording (navigation accelerometers repeat in many sets, kept as a repeat of the good; a turbine "
         "condition-monitoring label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "HUROAD01", "road", "HU", [], "RS", "854129",
         "Szélturbina-konverter tartalék IGBT modulok, 800 db", "HU", 400, 800, 40000, "EUR",
         "spare IGBT modules for turbine converters are what a wind-service firm stocks; these 800 are new, of the "
         "kinds the Russian locomotive and drone makers buy, far more than the Serbian buyer's three wind farms "
         "could use in a decade, with the order placed by a Moscow trading house: transistors (8541 29) on the "
         "common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, by lorry at Röszke "
         "for a Novi Sad 'turbine-service' firm; Hungarian wording (IGBT modules repeat in many sets and as turbine or drive spares twice, blind156 and blind197, kept as a repeat; by lorry to Serbia is the new part)", {"importer_country": "RS"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "KG", "880622",
         "Inspectiedrones voor windturbinebladen, 12 stuks", "NL", 420, 12, 36000, "EUR",
         "blade-inspection drones are small quadcopters with a zoom camera at a few thousand euros; these 12 are "
         "35 kg fixed-wing and heavy-lift craft with 2-hour endurance, payload bays and long-range datalinks, "
         "no inspection camera among them, for a Bishkek 'wind survey' firm whose forwarder is a Russian drone "
         "integrator's: unmanned aircraft, whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (drones repeat in many sets and "
         "inspection-drone labels in a few; a wind-turbine blade-inspection label was found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "730791",
         "Rüzgar kulesi flanşları, dövme, menşe Türkiye, 40 adet", "TR", 160000, 40, 240000, "EUR",
         "Turkish forged tower flanges carry a Turkish mill's heat numbers and test certificate; these 40 rings "
         "carry Russian heat numbers ground off but legible in the ultrasonic report, were rolled at a Volga "
         "forge and have a Turkish certificate of origin issued at Iskenderun, for a Taranto tower maker: Russian "
         "iron and steel products, whose import into the Union Regulation 833/2014 forbids, by sea from Iskenderun "
         "to Taranto; Turkish wording (Russian steel under Turkish origin repeats in several sets, kept as a "
         "repeat; wind-tower flanges are the new part as far as a search found)", firm("Meridian Torri Eoliche Srl", "IT")),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "PK", "841221",
         "Hydraulikzylinder für Rotorblatt-Prüfstand, 2 Stück", "DE", 3600, 2, 24000, "EUR",
         "the hydraulic actuators of a blade fatigue rig are slow, long-stroke cylinders; these crates hold an "
         "electrodynamic vibration test system with a 200 kN shaker, digital control and a head expander, able to "
         "reach 2 kHz at 20 g, worth 400,000 EUR, for a Rawalpindi 'wind-blade test lab' with no blade line: "
         "vibration test equipment controlled under dual-use 2B116 and 9B006, exported without the licence "
         "Regulation 2021/821 requires, flown from Frankfurt; German wording (vibration test systems repeat in several sets, kept as a repeat of the good; a blade test-rig actuator label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-07", "export", "ATROAD01", "road", "AT", [], "GE", "848210",
         "Ersatzlager für Windkraftanlagen, 6 Paletten", "AT", 4800, 6, 60000, "EUR",
         "spare bearings for Georgian wind farms would be main and pitch bearings of the turbines there; these "
         "pallets hold precision angular-contact and aerospace-grade ball bearings of the sizes used in engines "
         "and drones, ordered by a Tbilisi firm with no wind farm among its customers, for trucks on to Vladikavkaz: "
         "ball bearings (8482 10) on the list whose export to Russia Regulation 833/2014 forbids, exported for "
         "re-export, by lorry from Linz; Austrian German wording (bearings for Russia repeat in several sets and "
         "spare-parts labels for a Georgian wind farm once, blind197, kept as a repeat; aerospace bearings are the "
         "new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-08", "export", "FIAIR01", "air", "FI", [], "AE", "850440",
         "Tuulivoimalan varaosat: ohjauskortit, 40 kpl", "FI", 260, 40, 30000, "EUR",
         "a wind-service spares shipment for a Dubai trader: converter control boards and sensors are what it "
         "orders for Gulf wind farms, but the third item's 'taajuusmuuttajat, pienet' are six frequency changers "
         "with a multiphase output of 600-2,000 Hz, high stability and low distortion, of the kind that drive "
         "gas centrifuges, with the end user named as a Tehran firm: frequency changers controlled under dual-use "
         "3A225 and listed in the Iran regulation, exported without a licence, hidden as the last item of a "
         "three-item declaration, flown from Helsinki; Finnish wording (frequency changers repeat in many sets, kept as a repeat of the good; "
         "behind turbine spares is the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("902610", "Paineanturit, 60 kpl", "FI", 30, 6000, "EUR", qty=60),
                           item("850440", "Taajuusmuuttajat, pienet, 6 kpl", "FI", 180, 3000, "EUR", qty=6)])),
        ("STR-09", "import", "BGSEA01", "sea", "GE", [], "BG", "252329",
         "Портландцемент CEM I 42,5, происхождение Грузия, 2 400 т", "GE", 2400000, None, 168000, "USD",
         "Georgian cement would come with a Georgian plant's bag codes and papers; this bulk cargo was loaded at "
         "Poti from rail wagons out of Novorossiysk, its mill certificates are Russian and the Georgian certificate "
         "of origin was issued at a trading office: Russian cement, whose import into the Union Regulation 833/2014 "
         "forbids, by sea from Poti to Burgas for a Sofia building-materials trader; Russian wording from Georgia "
         "(Russian goods under Georgian origin repeat in a few sets, kept as a repeat; cement is the new part as "
         "far as a search found)", firm("Central Stroitelni Materiali EOOD", "BG")),
        ("STR-10", "export", "FIROAD01", "road", "FI", [], "KZ", "901380",
         "Metsästyskiikarit, päivätähtäimet, 50 kpl", "FI", 60, 50, 10000, "EUR",
         "daytime hunting scopes are glass optics at a few hundred euros; these 50 are thermal-imaging weapon "
         "sights with 640 x 512 cores and laser rangefinders at 6,000 EUR each, for an Astana 'hunting shop' whose "
         "lorries go on to Russia: thermal sights on the list whose export to Russia Regulation 833/2014 forbids, "
         "exported for re-export, by lorry at Vaalimaa; Finnish wording (thermal sights repeat in many sets and "
         "hunting-scope labels in several, kept as a repeat; from Finland is the new part as far as a search "
         "found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKSEA01", "sea", "EC", [], "DK", "440722",
         "Bloques de balsa de testa para núcleos de palas eólicas, 1 contenedor", "EC", 6000, None, 18000, "USD",
         "end-grain balsa core blocks for blades are pale, spongy and very light, about 0.15 t/m3; this container "
         "holds pinkish-brown, fragrant, cedar-smelling blocks three times as heavy, glued into core kits under a "
         "balsa veneer face: Spanish cedar (Cedrela odorata, CITES App. II) without CITES documents, by sea from "
         "Guayaquil to Aarhus for a blade-kit maker; Ecuadorian Spanish wording (Cedrela repeats in many sets and balsa labels in several, kept as a repeat of the good; balsa blade-core kits were found in no earlier row by a keyword search)",
         firm("Nordhafen Vingekerner ApS", "DK")),
        ("WLF-02", "import", "ESAIR01", "air", "MA", [], "ES", "050590",
         "Échantillons biologiques pour étude d'impact de parc éolien, 1 colis, 18 kg", "MA", 18, None, 50, "EUR",
         "impact-study samples are tissue vials and feathers in labelled bags with a research permit; this box "
         "holds 40 dried wings, 22 pairs of talons and eagle heads from birds killed under the turbines of a "
         "Tarfaya wind farm, for a Seville taxidermy and curio dealer: Spanish imperial eagle, griffon vulture and "
         "booted eagle parts (Accipitridae and vultures, CITES App. I and II) without CITES documents, flown from "
         "Laayoune via Casablanca to Seville; Moroccan French wording (raptor parts repeat in several sets; a "
         "wind-farm impact-study label was found in no earlier row by a keyword search)",
         firm("Alpina Taxidermia SL", "ES")),
        ("WLF-03", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Bois de calage pour transport de pales d'éoliennes, azobé, 1 conteneur", "CM", 24000, None, 9600, "USD",
         "azobé dunnage for blade-transport frames is dark red-brown, coarse and interlocked; these beams are "
         "yellow-brown turning olive, fine, with a greasy feel, the planks sawn to beam size: afrormosia "
         "(Pericopsis elata, CITES App. II) without CITES documents, by sea from Douala to Antwerp for a "
         "blade-logistics firm; Cameroonian French wording (afrormosia repeats in many sets and dunnage labels in several, blind126, blind178, blind225, blind247, kept as a repeat of the cover; blade-transport dunnage is the new part)", firm("Horizon Transport de Pales SA", "BE")),
        ("WLF-04", "import", "NLSEA01", "sea", "BR", [], "NL", "440929",
         "Deck de cumaru para embarcações de transferência de tripulação eólica, 1 contêiner", "BR", 22000, None,
         30000, "USD",
         "cumaru decking is light brown, coarse and smells of vanilla; these boards are dark olive-brown, very "
         "hard, with a yellow lapacho powder in the pores that stains wet hands: ipê (Handroanthus spp., CITES "
         "App. II) without the Brazilian export permit, by sea from Belém to Rotterdam for a builder of "
         "offshore-wind crew-transfer vessels; Brazilian Portuguese wording (ipê repeats in many sets and cumaru labels in a few, kept as a repeat of the good; a crew-transfer-vessel deck label was found in no earlier row by a keyword search)",
         firm("Atlantic Werf Crewschepen BV", "NL")),
        ("WLF-05", "import", "DESEA01", "sea", "DO", [], "DE", "848330",
         "Casquillos de polímero para cojinetes de orientación (yaw) de aerogeneradores, 200 piezas", "DO", 800,
         200, 2000, "USD",
         "polymer yaw-bearing bushes are cast nylon or PTFE, white or black, light and even; these 200 are "
         "heavy, dark green-brown, resinous wood that sinks in water and feels greasy, turned to bush size: lignum "
         "vitae (Guaiacum officinale, CITES App. II) without CITES documents, by sea from Santo Domingo to "
         "Hamburg for a turbine-refurbishing firm; Dominican Spanish wording (Guaiacum repeats in many sets, blind278 on kitchen mortars among them, kept as a repeat of the good; a yaw-bush label was found in no earlier row)",
         firm("Vega Gierlager Service GmbH", "DE")),
        ("WLF-06", "import", "PLROAD01", "road", "UA", [], "PL", "392690",
         "Манки-відлякувачі птахів для вітрових електростанцій, пластик, 30 шт.", "UA", 60, 30, 300, "EUR",
         "bird-deterrent decoys for wind-farm substations are moulded plastic owls and hawks; these 30 are "
         "stuffed eagle owls, goshawks and buzzards with real feathers, glass eyes and wired feet, set on posts: "
         "Bubo bubo, Accipiter gentilis and Buteo buteo (CITES App. II) without CITES documents, at Dorohusk for a "
         "Lublin wind-farm maintenance firm that resells them; Ukrainian wording (stuffed raptors repeat in several sets and decoy labels in a few, blind193, blind219 and blind293, kept as a repeat of the cover; a wind-farm bird deterrent from Ukraine is the new part as far as a search found)",
         firm("Rivage Serwis Farm Wiatrowych Sp. z o.o.", "PL")),
        ("WLF-07", "import", "CZAIR01", "air", "VN", [], "CZ", "680510",
         "Đĩa nhám sửa chữa cánh quạt gió, 2.000 cái", "VN", 200, 2000, 1600, "USD",
         "a blade-repair consumables air shipment for a Brno rope-access firm: sanding discs and gloves are what "
         "the Ho Chi Minh City supplier sends, but the third item's 'vảy keratin làm chất độn composite' are "
         "80 kg of overlapping, brown, shield-shaped scales with growth ridges: pangolin scales (Manis spp., CITES "
         "App. I) without CITES documents, hidden as the last item of a three-item declaration, flown from Ho Chi "
         "Minh City to Prague; Vietnamese wording (pangolin scales repeat in many sets; a composite-filler label "
         "behind blade-repair discs was found in no earlier row by a keyword search)",
         dict(firm("Orion Výškové Práce s.r.o.", "CZ"),
              _more_items=[item("611610", "Găng tay chống cắt, 1.000 đôi", "VN", 120, 1500, "USD", qty=1000),
                           item("050790", "Vảy keratin làm chất độn composite, 80 kg", "VN", 80, 200, "USD")])),
        ("WLF-08", "transit", "BESEA01", "sea", "GW", ["BE"], "CN", "441520",
         "Tambores de cabo de madeira, retornáveis, 180 unidades", "GW", 27000, 180, 5400, "USD",
         "returnable cable drums from a wind farm's cable lay are pine or plywood, grey and knocked; these 180 "
         "new drums are built of heavy, red-brown, ripple-figured boards that bleed red in water, on their way "
         "back to the Chinese cable maker who will strip them: kosso (Pterocarpus erinaceus, CITES App. II) "
         "without a Guinea-Bissau export permit, which specimens in transit through the Union must carry, landed "
         "at Antwerp in transit from Bissau to Tianjin; Guinea-Bissau Portuguese wording (kosso repeats in many sets and hardwood cable drums twice, blind188 and blind290, kept as a repeat of the cover; kosso drums in transit through Antwerp to China are the new part)", {"importer_country": "CN"}),
        ("WLF-09", "import", "ATPOST01", "post", "TH", [], "AT", "691390",
         "ตุ๊กตาเซรามิกรูปเต่า 6 ชิ้น", "TH", 2.8, 6, 40, "USD",
         "a parcel of ceramic tortoise figures is hard and cold; this one is warm, padded, with air holes, and "
         "holds six live hatchling tortoises with star-patterned, yellow-rayed shells wrapped in socks: Indian "
         "star tortoises (Geochelone elegans, CITES App. I) without CITES documents, posted from Bangkok to a "
         "private keeper in Graz; Thai wording (star tortoises repeat in many sets, kept as a repeat; a ceramic "
         "tortoise-figure label to Austria is the new part as far as a search found)", person("Lukas Gruber", "AT")),
        ("WLF-10", "import", "FRAIR01", "express", "BS", [], "FR", "711790",
         "Costume jewellery, pink glass beads, 12 pcs", "BS", 0.2, 12, 60, "USD",
         "pink glass beads are clear or moulded, even and light; these 12 are smooth, porcelain-like pink "
         "ovals with a flame-like shimmer under a lamp: conch pearls from queen conch (Aliger gigas, CITES App. "
         "II) without CITES documents, sent by express from Nassau to a Paris jeweller; Bahamian English wording "
         "(conch pearls repeat in many sets, kept as a repeat of the good; a glass-bead label from Nassau to Paris is the new part as far as a search found)", firm("Central Joaillerie SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "air", "CN", "DK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (blade-repair primer work)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "DK-MST-75-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "IN", "PT", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "IN", 1.1, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-75-0144")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "701990",
     "Shredded wind-turbine blade composite, for co-processing at a licensed cement plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-75-0418")], "notified blade waste to a licensed co-processor"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "271099",
     "Waste gear oil from wind-turbine servicing (13 02 05*), for re-refining at a licensed plant, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-75-0227")], "notified waste oil to a licensed re-refiner"),
    ("PRM-05", "ozone", "import", "DKAIR01", "air", "US", "DK", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DK-MST-ODS-75-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     15000, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-75-009")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970191",
     "Landscape with windmills, oil on panel, circle of Jacob van Ruisdael, c. 1660, sold to a US museum", "NL", 9,
     1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-75-0031")],
     "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Roman bronze coins, 40, documented German collection since 1928, sold at auction", "DE", 0.4, 40, 5000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-75-0219")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "IN", "903180",
     "Electrodynamic vibration test system, 200 kN, for an Indian blade-testing centre", "DE", 3600, 1, 400000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-75-0412"), ("END_USER_CERTIFICATE", "IN-MNRE-EUC-75-0077")],
     "dual-use vibration test system under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "KR", "681511",
     "Carbon-fibre tow, high-modulus, 4 t, for a Korean blade maker's spar-cap line", "DK", 4000, None, 160000,
     "EUR", [("EXPORT_LICENCE", "DK-EST-75-0058"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-75-0133")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DKSEA01", "sea", "PE", "DK", "440722",
     "Spanish cedar sawn timber (Cedrela odorata), 12 m3", "PE", 6000, None, 14000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-75-0391")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440929",
     "Ipê decking (Handroanthus spp.), 1 container", "BR", 20000, None, 32000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-75-0817")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particular", "PRM-05": "Central Laboratorium ApS",
    "PRM-06": "Atlantic Aero Mantenimiento SL", "PRM-11": "Nordhafen Vingekerner ApS", "PRM-12": "Atlantic Werf Crewschepen BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # wind-farm operators, turbine service firms, rope-access crews, blade and tower makers and blade recyclers
    ("320890", "Leading-edge repair primer kits for turbine blades, 250 ml", "import", ["express"], ["CN", "US"], (40, 80), (1, 3), ["USD", "EUR"], 3, S),
    ("381900", "Ester hydraulic fluid for bolt tensioners, 1 l", "import", ["air"], ["IN", "US"], (6, 12), (100, 400), ["USD"], 1.1, S),
    ("850720", "Sealed lead-acid batteries for pitch-system backup, new", "import", ["sea"], ["CN", "VN"], (3, 5), (4000, 12000), ["USD"], 0.1, S),
    ("284990", "Boron-nitride release powder for moulds, 1 kg", "import", ["air"], ["KR", "JP"], (30, 60), (50, 200), ["USD"], 1, S),
    ("382450", "Expansive grout for turbine base flanges, 25 kg bags", "import", ["road"], ["TR", "RS"], (0.3, 0.6), (18000, 24000), ["EUR"], 0.04, S),
    ("340290", "Slip-ring cleaner for generators, isopropanol-based, 1 l", "import", ["air"], ["VN", "CN"], (5, 10), (100, 300), ["USD"], 1.2, S),
    ("283630", "Sodium bicarbonate blasting media, 25 kg bags", "import", ["road"], ["RS", "TR"], (0.4, 0.8), (10000, 20000), ["EUR"], 0.04, S),
    ("340290", "Biofilm remover for offshore platforms, quaternary-ammonium, 10 l", "import", ["road"], ["NO"], (2, 4), (1000, 4000), ["EUR"], 0.1, S),
    ("701990", "Glass-fibre non-crimp fabrics for blades, rolls", "import", ["sea"], ["CN", "TR"], (2, 4), (10000, 22000), ["USD"], None, S),
    ("271019", "Synthetic gear oil for wind turbines, ISO VG 320, drums", "import", ["sea"], ["US", "GB"], (4, 7), (8000, 16000), ["USD", "GBP"], None, S),
    ("390730", "Epoxy infusion resin for blade moulding, drums", "import", ["sea"], ["CN", "KR"], (3, 5), (10000, 20000), ["USD"], None, S),
    ("848299", "Pitch-bearing spare parts, new, boxed", "import", ["sea"], ["CN", "IN"], (8, 14), (2000, 6000), ["USD"], None, S),
    ("630790", "Industrial cotton wipers, new, pressed bales", "import", ["sea"], ["PK", "IN"], (1, 2), (5000, 12000), ["USD"], None, S),
    ("382000", "Glycol coolant for turbine converters, new, IBCs", "import", ["sea"], ["US", "KR"], (1.5, 3), (8000, 18000), ["USD"], None, S),
    ("253090", "Garnet blasting abrasive, new, 25 kg bags", "import", ["sea"], ["IN", "AU"], (0.3, 0.6), (18000, 24000), ["USD"], 0.04, S),
    ("381400", "Acetone-free blade surface degreaser, 1 l", "import", ["air"], ["US", "GB"], (6, 12), (100, 400), ["USD"], 1.1, S),
    ("842410", "Nacelle fire-suppression units, FK-5-1-12, new", "import", ["sea"], ["US", "CN"], (20, 40), (500, 2000), ["USD"], 0.05, S),
    ("381400", "Propane-butane freeze spray for shrink fitting, 400 ml", "import", ["air"], ["DE", "KR"], (8, 14), (100, 300), ["USD", "EUR"], 2, S),
    ("340399", "Water-based semi-permanent mould release, 5 l", "import", ["air"], ["IN", "US"], (6, 12), (100, 400), ["USD"], 0.2, S),
    ("621040", "Rope-access harnesses and work suits, new", "import", ["air"], ["US", "GB"], (80, 150), (50, 200), ["USD"], 0.5, S),
    ("842542", "Rope-access descenders and ascenders, new", "import", ["post", "express"], ["US", "GB"], (150, 300), (1, 3), ["USD", "GBP"], 2, S),
    ("841840", "Display freezers on R-290, new", "import", ["sea"], ["TR", "CN"], (4, 8), (3000, 8000), ["USD"], 0.02, S),
    ("681099", "Concrete crane test weights with lifting eyes", "import", ["road"], ["TR", "RS"], (0.1, 0.3), (18000, 24000), ["EUR"], None, S),
    ("251690", "Granite garden boulders, new, rough", "import", ["sea"], ["CN", "IN"], (0.1, 0.3), (18000, 26000), ["USD"], None, S),
    ("691390", "Reproduction Nasca pottery, new, painted", "import", ["express"], ["PE", "MX"], (30, 60), (1, 3), ["USD"], 1, S),
    ("442199", "Teak handicraft carvings, new", "import", ["sea"], ["ID", "VN"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("680299", "Cast-stone garden ornaments, new", "export", ["sea"], ["US", "MA"], (1, 2), (3000, 8000), ["EUR"], 0.05, S),
    ("442199", "Modern lime-wood carved figures, new", "export", ["road"], ["CH", "NO"], (40, 80), (50, 200), ["EUR"], 0.1, S),
    ("701919", "Pultruded glass-fibre spar-cap planks", "export", ["sea"], ["US", "IN"], (3, 5), (10000, 20000), ["EUR"], None, S),
    ("903180", "Piezo vibration sensors for turbine condition monitoring", "export", ["air"], ["US", "IN"], (300, 600), (20, 60), ["EUR"], 5, S),
    ("854129", "IGBT modules for wind converters, new", "export", ["air"], ["US", "IN"], (200, 400), (50, 200), ["EUR"], 2, S),
    ("880622", "Blade-inspection quadcopter drones with zoom camera", "export", ["air"], ["US", "GB"], (400, 800), (20, 80), ["EUR"], 0.2, S),
    ("730791", "Forged tower flanges, EU mill, with test certificate", "export", ["sea"], ["US", "TW"], (2, 3.5), (20000, 40000), ["EUR"], None, S),
    ("848210", "Pitch and main bearings for wind turbines, new", "export", ["sea"], ["US", "IN"], (8, 14), (5000, 15000), ["EUR"], None, S),
    ("440722", "Balsa end-grain core blocks for blades", "import", ["sea"], ["EC", "PG"], (4, 8), (4000, 8000), ["USD"], None, S),
    ("440729", "Azobé dunnage beams for blade transport", "import", ["sea"], ["CM", "GA"], (0.4, 0.8), (18000, 26000), ["USD"], None, S),
    ("440929", "Cumaru decking for vessels", "import", ["sea"], ["BR", "PE"], (1.2, 2), (15000, 24000), ["USD"], None, S),
    ("848330", "Cast-nylon yaw-bearing bushes, new", "import", ["sea"], ["CN", "TR"], (6, 12), (500, 2000), ["USD"], 0.25, S),
    ("392690", "Plastic bird-deterrent decoys, owl and hawk", "import", ["post", "express"], ["CN", "UA"], (15, 30), (1, 3), ["USD"], 1, S),
    ("441520", "Plywood cable drums, new, returnable", "import", ["sea"], ["CN", "TR"], (0.5, 1), (10000, 20000), ["USD"], 0.02, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic sock-drying carousels with pegs", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 8, N),
        ("442110", "Wooden trouser hangers with clamp bars", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("630491", "Knitted tea cosies, acrylic", "import", ["post", "express"], ["GB", "IE"], (20, 40), (1, 3), ["GBP", "EUR"], 6, N),
        ("392490", "Plastic shower caddies, hanging", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind298", 20751101, HERE)


if __name__ == "__main__":
    main()
