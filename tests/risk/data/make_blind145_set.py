#!/usr/bin/env python3
"""Writes the hundred-and-forty-fifth blind set (tests/risk/data/blind145-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a North Africa (Libya, Tunisia, Algeria, Egypt) and central Mediterranean emphasis
(origins, transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL145-*:

    python3 tests/risk/data/make_blind145_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "TN", [], "FR", "330190",
         "عطرشية مقطّرة (eau de géranium rosat) de Nabeul, 6 x 1 l", "TN", 6.8, 6, 60, "TND",
         "rose-geranium water (attarchia) is a clear hydrosol of 1.00 kg/l that smells strongly of rose and lemon "
         "and is sold in glass; these six plastic bottles have vented caps and hold an odourless liquid of 1.13 kg/l "
         "that whitens the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Nabeul to a private person in Marseille; Tunisian Arabic and French wording (hydrogen peroxide repeats in "
         "many sets and floral-water covers in a few, orange-blossom water from Tunisia in blind104 and rose water "
         "among them; an attarchia or rose-geranium label was found in no earlier row by a keyword search)",
         person("Mme Leïla Ben Salah", "FR")),
        ("PRE-02", "import", "DEAIR01", "express", "TN", [], "DE", "151590",
         "Huile de pépins de figue de Barbarie, bio, pressée à froid, Kasserine, 4 x 1 l", "TN", 4.6, 4, 90, "EUR",
         "prickly-pear seed oil is a pale, greenish-gold cosmetic oil of 0.92 kg/l sold at several hundred euros a "
         "litre in 10-50 ml dropper bottles; these four litre bottles at 22 EUR each hold a water-clear liquid of "
         "1.14 kg/l that sinks in water, leaves no grease and smells faintly of solvent: nitromethane (Annex I above "
         "16 %), sent by express from Kasserine to a private person in Stuttgart, although flammable liquids travel "
         "by express only as declared dangerous goods; Tunisian French wording (nitromethane repeats in many sets and "
         "oil covers in several, moringa oil in blind140; a prickly-pear seed-oil label was found in no earlier row: "
         "the one prickly-pear row is a fruit powder on a wildlife good, blind90)", person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "MTAIR01", "air", "LY", [], "MT", "170290",
         "رُب خروب ليبي طبيعي، دبابيز 1 لتر، 400 دبّوزة", "LY", 736, 400, 1600, "EUR",
         "Libyan carob syrup (rub) is a thick, dark brown syrup of about 1.35 kg/l that smells of cocoa; these 400 "
         "bottles hold a water-clear, oily, odourless liquid of 1.84 kg/l that chars a wooden stirrer black and grows "
         "hot in water: about 96 % sulphuric acid (Annex I above 15 %), flown from Mitiga to Malta for a Marsa Libyan "
         "grocery that sells to the public; Libyan Arabic wording ('dabbūza' for a bottle) (sulphuric acid repeats "
         "in many sets and syrup covers, date syrup and pomegranate molasses among them, in several; a carob-syrup "
         "label was found in no earlier row: the two carob rows are wooden boards and a fumigant store, blind138 and "
         "blind75)", firm("Tripoli Foods Marsa Ltd", "MT")),
        ("PRE-04", "import", "FRSEA01", "sea", "DZ", [], "FR", "190240",
         "Aberbuc (berkoukes) n uxxam, yettwaxdem s ufus, Tizi Wezzu — sachets 1 kg, 18 000 sachets", "DZ", 18000,
         18000, 9000, "EUR",
         "hand-rolled berkoukes are irregular, 2-4 mm beige-yellow pellets of durum semolina that smell of wheat and "
         "swell in broth; these bags hold smooth, even, white prills that turn cold in water, dissolve completely, "
         "smell of nothing and test at 34 % N: porous ammonium nitrate (Annex I at 16 % N or more) retail-packed for "
         "a Marseille wholesaler that supplies Maghreb groceries selling to the public, by sea from Béjaïa; Kabyle "
         "and French wording (ammonium nitrate repeats in many sets and grain covers, m'hamsa (blind115), moghrabieh "
         "(blind116), fonio and Job's tears among them, in several, kept as a repeat of that family; a berkoukes "
         "label and Kabyle wording were found in no earlier row by a keyword search)",
         firm("Horizon Épicerie du Maghreb SARL", "FR")),
        ("PRE-05", "import", "ESSEA01", "sea", "DZ", [], "ES", "170199",
         "Sucre en pain concassé pour le thé, sachets de 1 kg, 6 000 sachets", "DZ", 6000, 6000, 4200, "EUR",
         "crushed loaf sugar for Saharan tea is hard, sweet, white lumps broken from a cone that dissolve slowly; "
         "these bags hold translucent crystals that are not sweet, turn wet within an hour in the Alicante air, feel "
         "cold in water, flare brightly on a gas ring, and the inner liners read 'NaClO4·H2O': sodium perchlorate "
         "(Annex I above 40 %) retail-packed for an Alicante Algerian grocery that sells to the public, by sea from "
         "Oran; Algerian French wording (sodium perchlorate repeats in many sets and sugar covers, Chinese rock sugar "
         "in blind112 among them, in several; a loaf-sugar label was found in no earlier row by a keyword search)",
         firm("Orion Alimentación Magrebí SL", "ES")),
        ("PRE-06", "import", "GRSEA01", "sea", "EG", [], "GR", "250100",
         "ملح خشن لتمليح الفسيخ والرنجة، أكياس 1 كجم، 10000 كيس", "EG", 10000, 10000, 3000, "USD",
         "coarse salt for curing fesikh and herring is grey-white, sharply salty rock or sea salt sold by the sack "
         "before Sham el-Nessim; these bags hold clear, even, cubic crystals with a cool, bitter taste, that draw "
         "damp, crackle and flare yellow on a gas ring, and the factory sheet in the container gives CAS 7775-09-9: "
         "sodium chlorate (Annex I above 40 %) retail-packed for a Piraeus wholesaler supplying Egyptian groceries "
         "that sell to the public, by sea from Alexandria; Egyptian Arabic wording (sodium chlorate repeats in many "
         "sets under salt labels, pickling salt among them, kept as a repeat of that family; a first draft's MSG "
         "label was dropped after a search found it on three earlier precursor rows; a fesikh-curing label was "
         "found in no earlier row by a keyword search)", firm("Vega Trofima AE", "GR")),
        ("PRE-07", "import", "ITAIR01", "air", "LY", [], "IT", "220299",
         "لاقبي طازج (عصير النخيل)، قناني 1.5 لتر، 600 قنينة", "LY", 1260, 600, 1800, "EUR",
         "laghbi is the sap tapped from a date palm's crown: cloudy, milky, sweet, fermenting within hours into palm "
         "wine, and never bottled for export; these bottles hold a clear to pale-yellow liquid of 1.40 kg/l that "
         "fumes brown when opened, yellows the skin and eats into a copper coin: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for a Rome Arab grocery that sells to the public, flown from Tripoli to "
         "Fiumicino; Libyan Arabic wording (nitric acid repeats in many sets and juice, vinegar and palm-sap covers "
         "in several, Cambodian sugar-palm juice on peroxide in blind142; a laghbi label was found in no earlier row "
         "by a keyword search)", firm("Delta Alimentari Mediterranei Srl", "IT")),
        ("PRE-08", "import", "ITSEA01", "sea", "TN", [], "IT", "110814",
         "Sahlab (سحلب) en poudre pour boisson chaude, sachets de 500 g, 12 000 sachets", "TN", 6000, 12000, 5400,
         "EUR",
         "sahlab powder is a fine, soft, creamy starch that thickens hot milk into a pudding-like drink and smells of "
         "vanilla; these sachets hold a dense, glassy, odourless white crystal powder that does not thicken, "
         "dissolves slowly in water, spits violet sparks on a hot iron and carries CAS 3811-04-9 on the inner bags: "
         "potassium chlorate (Annex I above 40 %) retail-packed for a Palermo wholesaler supplying Tunisian and "
         "Moroccan groceries that sell to the public, on a trailer off the Tunis-Palermo ferry; Tunisian French "
         "wording (potassium chlorate repeats in many sets and starch covers in several, kuzu, arrowroot and tapioca "
         "among them; salep appears only on orchid tubers and a sahlab label was found in no earlier row by a "
         "keyword search)", firm("Meridian Import Palermo Srl", "IT")),
        ("PRE-09", "import", "MTSEA01", "sea", "CN", ["EG"], "MT", "950590",
         "Oġġetti tal-festa: xemgħat tal-għeluq snin u ġugarelli tal-plastik, 1 kontejner", "CN", 9000, None, 6000,
         "USD",
         "birthday candles and plastic toys are light, bulky cartons worth little; this container holds cartons with "
         "orange 1.3G diamond labels taped over, 75-150 mm aerial shells with quick match and lift charges, and 100-"
         "shot cakes with fuses: category F4 and 1.3G display fireworks imported without the Commissioner of Police's "
         "explosives licence, by sea from Liuyang through a Port Said transhipment to Marsaxlokk for a Maltese "
         "festa-supplies shop at the start of the village festa season; Maltese wording (fireworks and bangers "
         "repeat in a few sets, Christmas crackers in blind136; a festa-supplies cover through Port Said to Malta was "
         "found in no earlier row by a keyword search)", firm("Vega Festa Supplies Ltd", "MT")),
        ("PRE-10", "import", "ITAIR01", "air", "EG", [], "IT", "200799",
         "قمر الدين (لفائف مشمش مجفف)، كرتونة 24 لفة، 100 كرتونة", "EG", 1200, 2400, 3600, "EUR",
         "a Ramadan grocery air shipment from Cairo for a Milan Egyptian grocery: amardine sheets and tamarind are "
         "what such shops sell in May 2050, the weeks before Ramadan, but the third item's 'talc' is 300 bags of "
         "heavier, gritty white crystals that are not silky, do not cling to the fingers, burn fiercely mixed with "
         "sugar and whose inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %) retail-packed for "
         "the shop's customers, hidden as the last item of a three-item declaration, flown from Cairo to Malpensa; "
         "Egyptian Arabic wording (potassium perchlorate repeats in many sets and talc and cosmetic-powder covers in "
         "several, prickly heat powder in blind124; behind a qamar el-din and tamarind shipment is the new part as "
         "far as a search found)",
         dict(firm("Central Alimentari Egiziani Srl", "IT"),
              _more_items=[item("081340", "تمر هندي مجفف بالبذور، أكياس 1 كجم، 600 كيس", "EG", 600, 900, "EUR", qty=600),
                           item("252620", "بودرة تلك للحمام، أكياس 1 كجم، 300 كيس", "EG", 300, 240, "EUR", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "470710",
         "Carta e cartone da macero, ondulato OCC 1.04 (EN 643), in balle, 5 container, 110 t", "IT", 110000, None,
         5500, "EUR",
         "baled OCC is brown corrugated board wired in dense, even bales and sold at 100-150 EUR/t; these bales, at "
         "50 EUR/t, are black sacks of kitchen waste, nappies, textile rags and plastic wrapped in an outer skin of "
         "cardboard, leaking leachate and smelling of rot, from a Campania transfer station: mixed municipal waste "
         "(20 03 01, 19 12 12), whose export to a non-OECD country for disposal is banned and for recovery needs a "
         "consent that was not sought, by sea from Salerno to Radès for a Ben Arous 'paper-mill supplier'; Italian "
         "wording (household waste to Tunisia repeats in several sets under plastic-scrap and compost labels, blind4, "
         "blind6, blind87; under a cardboard (OCC) label to Radès is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "LY", "870323",
         "Autovetture usate, marche varie, 2012-2016, su nave ro-ro, 60 pezzi", "IT", 72000, 60, 54000, "EUR",
         "used cars for Libya leave running, with keys, registration papers and a roadworthiness record; these 60 "
         "have crushed front ends, deployed airbags, oil and brake fluid dripping on the ro-ro deck and salvage-"
         "auction tags from Italian insurers, and several papers carry a deregistration stamp: end-of-life vehicles "
         "not depolluted (16 01 04*), hazardous waste whose export to a non-OECD country is banned, by ro-ro from "
         "Salerno to Misrata; Italian wording (end-of-life vehicles repeat in several sets, Marijampolė wrecks to "
         "Poti in blind141; insurance-salvage wrecks from Italy to Misrata were found in no earlier row)",
         {"importer_country": "LY"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "EG", "902830",
         "Contatori elettronici di energia usati, funzionanti, per riutilizzo, 60 000 pezzi", "IT", 48000, 60000,
         12000, "EUR",
         "second-hand electricity meters for reuse are tested, sealed and sold with a calibration record; these "
         "60,000, replaced by the Italian smart-meter roll-out and collected as scrap, are loose in gaylords with "
         "broken seals, cracked cases, cut wires and leaking backup cells, at 0.20 EUR apiece: waste electrical "
         "equipment with hazardous components (16 02 13*, lithium cells and electrolytic capacitors), whose export "
         "to a non-OECD country is banned, by sea from Genoa to Alexandria for a 'meter refurbisher'; Italian "
         "wording (removed electricity meters for reuse repeat in a few sets, blind20, blind21 and development set "
         "dev21-c, kept as a repeat; meters from the Italian smart-meter roll-out to Egypt are the new part as far "
         "as a search found)", {"importer_country": "EG"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "890200",
         "Imbarcazioni da pesca usate, legno e vetroresina, 6-9 m, senza motore, 14 unità", "IT", 28000, 14, 7000,
         "EUR",
         "used fishing boats are sold one by one with a registration and a survey; these 14, stacked on flat racks "
         "at Porto Empedocle, are the wooden and fibreglass migrant boats seized at Lampedusa, holed, fuel-soaked, "
         "with tanks, batteries and jerrycans still aboard and no registration at all: end-of-life boats with oily "
         "residues (16 01 and 13 07 wastes among them), hazardous waste whose export to a non-OECD country is "
         "banned, by sea to Sfax for a 'boatyard'; Sicilian Italian wording (ship and floating-unit waste repeats in "
         "several sets; seized migrant boats as fishing boats were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-05", "export", "MTSEA01", "sea", "MT", [], "EG", "271311",
         "Kokk tal-petroliu fin, mhux ikkalċinat, għall-fran tal-briks, boroż kbar, 24 tunnellata", "MT", 24000,
         None, 1200, "EUR",
         "petroleum-coke fines for brick kilns are shiny black grains of 85-90 % carbon that burn hot; these bags "
         "hold a soft, sooty, grey-black ash that barely burns, stains the hands and assays 30 % vanadium pentoxide "
         "and 6 % nickel, scraped from the boilers of an oil-fired power station being dismantled: oil fly ash and "
         "boiler dust (10 01 04*), hazardous waste whose export to a non-OECD country is banned, by sea from "
         "Marsaxlokk to Damietta for a 'brickworks'; Maltese wording (vanadium-bearing wastes repeat in several "
         "sets, mostly as spent catalysts; petroleum coke appears in four rows; boiler ash from Malta under a "
         "petcoke label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "LY", "853210",
         "Condensatori di rifasamento usati, revisionati, per quadri elettrici, 400 pezzi", "IT", 12000, 400, 6000,
         "EUR",
         "refurbished power-factor capacitors are dry, metallised-film cans with a new test label; these 400 are "
         "heavy, oil-filled steel boxes of the 1970s with 'Apirolio' on the nameplates, some sweating oil at the "
         "bushings, taken out of a Priolo petrochemical plant: capacitors containing PCBs (16 02 09*), hazardous "
         "waste whose export to a non-OECD country is banned and which must be destroyed, by sea from Augusta to "
         "Benghazi for an 'electrical contractor'; Italian wording (PCB transformers and capacitors repeat in "
         "several sets and an 'Apirolio' nameplate in blind138 and blind143; a power-factor bank from Sicily to "
         "Libya is the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "854143",
         "Moduli fotovoltaici usati, 250 W, funzionanti, su pallet, 1 200 pezzi", "IT", 24000, 1200, 12000, "EUR",
         "second-hand PV modules for reuse travel with a flash test per module and unbroken glass; these 1,200, "
         "stripped from a hail-struck solar farm near Catania, have shattered front glass, browned and delaminated "
         "cells, burnt junction boxes and no test record: waste photovoltaic panels (16 02 14 and 20 01 36), whose "
         "export to a non-OECD country needs the notification the WEEE rules require for untested equipment, by sea "
         "from Catania to Sfax for a 'solar installer'; Italian wording (second-hand PV modules repeat in several "
         "sets from the first one on, kept as a repeat; hail-damaged Sicilian modules to Sfax are the new part as "
         "far as a search found)", {"importer_country": "TN"}),
        ("WST-08", "export", "FRAIR01", "air", "FR", [], "DZ", "851713",
         "Téléphones portables d'occasion, lot en vrac, non testés, 2 400 pièces", "FR", 420, 2400, 9600, "EUR",
         "second-hand phones for resale are graded, tested and wiped, each in a sleeve; these 2,400 are a loose mass "
         "of dead handsets from French collection bins, with cracked screens, missing back covers and swollen "
         "lithium cells, at 4 EUR apiece: waste electrical equipment with lithium batteries (16 02 13*, A1180), "
         "hazardous waste whose export to a non-OECD country is banned, flown from Marseille to Algiers for a "
         "trader in the El Hamiz phone market; French wording (mobile-phone e-waste repeats in a few sets; a bulk "
         "lot for the Algiers phone market was found in no earlier row by a keyword search)",
         {"importer_country": "DZ"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "TN", "392510",
         "Serbatoi d'acqua usati da tetto, 1 000 l, per riutilizzo, 300 pezzi", "IT", 18000, 300, 3000, "EUR",
         "polyethylene roof tanks weigh about 30 kg each and flex when pressed; these 300 weigh 60 kg each, are grey, "
         "rigid and brittle, with a fibrous break and 'Eternit' cast into the lids: the asbestos-cement rooftop "
         "water tanks (cassoni) taken off Palermo's houses, asbestos waste (17 06 05*), hazardous waste whose export "
         "to a non-OECD country is banned, by sea from Palermo to Tunis for a 'plumbing merchant'; Sicilian Italian "
         "wording (asbestos cement repeats in many sets; rooftop water tanks under a plastic-tank label were found "
         "in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-10", "export", "MTSEA01", "sea", "MT", [], "LY", "940360",
         "Għamara użata tal-injam, minn lukanda, 1 kontejner, 6 t", "MT", 6000, None, 3000, "EUR",
         "a Maltese used-goods container for Tripoli: used hotel furniture and hospital beds are what such traders "
         "ship, but the third item's 'transformer oil for filtering and reuse' is 20 drums of dark, sweet-smelling "
         "oil drained from 1970s transformers of a Maltese substation, the drums stencilled 'PCB - do not mix': waste "
         "oil containing PCBs (13 03 01*), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, by sea from Marsaxlokk to Tripoli; Maltese wording (PCB oil "
         "repeats in several sets; behind a Maltese hotel-furniture container is the new part as far as a search "
         "found)",
         dict({"importer_country": "LY"},
              _more_items=[item("940290", "Sodod tal-isptar użati, mekkaniċi, 40", "MT", 2400, 2000, "EUR", qty=40),
                           item("271099", "Żejt tat-trasformaturi użat, għall-filtrazzjoni u l-użu mill-ġdid, 20 drum",
                                "MT", 4000, 400, "EUR", qty=20)])),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "TN", [], "FR", "841850",
         "Vitrines réfrigérées pour pâtisserie, 1,5 m, neuves, fluide R-290, isolation cyclopentane, 40 pièces",
         "TN", 6400, 40, 36000, "EUR",
         "new hydrocarbon pastry cases carry 150 g of R-290 and a flammable-gas mark and are foamed with "
         "cyclopentane; these 40 from a Sfax maker have R-290 stickers over older labels, and a foam core sample "
         "gives off HCFC-141b when warmed, as the unsold stock of the maker's pre-conversion line: products "
         "containing an HCFC, whose import into the Union is banned (Regulation 2024/590), by sea from Sfax to "
         "Marseille for pastry shops of the Tunisian diaspora; Tunisian French wording (HCFC-141b foams repeat in "
         "several sets, Bangladeshi refrigerators in blind142 and Tunisian garage doors in blind121; pastry cases "
         "were found in no earlier row by a keyword search)", firm("Delta Équipement Pâtissier SARL", "FR")),
        ("OZN-02", "import", "CYSEA01", "sea", "EG", [], "CY", "841510",
         "مكيفات هواء سبليت 1.5 حصان، غاز تبريد R-290، 600 وحدة", "EG", 27000, 600, 150000, "USD",
         "R-290 split units carry a flammable-gas label, small charges and a propane-rated compressor; these 600 "
         "from an Egyptian maker have R-290 stickers on the boxes, but the outdoor units' nameplates read R-410A, "
         "1.1 kg, and the service valves are the 5/16\" type of that gas: single split air conditioners with an HFC "
         "of GWP 2,088, which may no longer be placed on the Union market, and whose charge was never covered by "
         "quota, by sea from Alexandria to Limassol; Egyptian Arabic wording (HFC equipment under hydrocarbon labels "
         "repeats in several sets; Egyptian-made split units to Cyprus were found in no earlier row by a keyword "
         "search)", firm("Horizon Air Distribution Ltd", "CY")),
        ("OZN-03", "export", "MTSEA01", "sea", "MT", [], "LY", "841861",
         "Pompi tas-sħana arja-ilma, użati, minn spa ta' lukanda, b'R-32, 8 unitajiet", "MT", 9600, 8, 16000, "EUR",
         "used R-32 heat pumps are recent units with a flammable-gas mark and an A2L plate; these eight, taken out "
         "of a Sliema hotel spa, are 1990s units whose plates read R-22, about 28 kg each, with the original "
         "charge still inside: equipment relying on an HCFC, whose export from the Union is banned (Regulation "
         "2024/590), by sea from Marsaxlokk to Tripoli for a hotel refurbisher; Maltese wording (R-22 equipment "
         "for export repeats in many sets, pool heat pumps from Türkiye to Malta in blind44; from a Maltese hotel "
         "spa to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-04", "export", "ITSEA01", "sea", "IT", [], "TN", "870323",
         "Voiture d'occasion Peugeot 308, 2019, avec effets personnels à bord (résident tunisien à l'étranger)",
         "IT", 1300, 1, 9000, "EUR",
         "a Tunisian resident abroad going home for the summer on the Genoa-Tunis ferry: a used car loaded with "
         "clothes and household goods is what such travellers declare, but the third item's 'window air "
         "conditioners' are four 1990s units whose plates read R-22 and whose pipes are still charged: equipment "
         "relying on an HCFC, whose export from the Union is banned (Regulation 2024/590), hidden as the last item "
         "of a three-item declaration, by ferry from Genoa to La Goulette; Tunisian French wording (R-22 "
         "equipment for export repeats in many sets; a returning resident's car on the Genoa ferry was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "TN", "consignee_name": "M. Mohamed Trabelsi"},
              _more_items=[item("630900", "Effets personnels : vêtements et linge usagés, 180 kg", "IT", 180, 300, "EUR"),
                           item("841510", "Climatiseurs de fenêtre d'occasion, 4 pièces", "IT", 160, 400, "EUR", qty=4)])),
        ("OZN-05", "import", "MTAIR01", "air", "LY", [], "MT", "880730",
         "Aircraft engine fire extinguisher bottles, empty, for hydrostatic test and recertification, 24 pcs", "LY",
         120, 24, 4800, "USD",
         "empty fire-bottle shells for hydrostatic test weigh 1-2 kg each and show 0 bar on their gauges; these 24, "
         "removed from stored Libyan Airbus A320s, weigh 5 kg each, read 42 bar at 21 °C and hold a gas with the "
         "faint smell of halon 1301: charged bottles of bromotrifluoromethane, whose import into the Union needs an "
         "ODS licence for a critical use, flown from Mitiga to Luqa for a Maltese MRO shop; English wording (halon "
         "1301 in aircraft bottles repeats in several sets, blind69 and blind87 under oxygen-bottle labels; as empty "
         "shells for hydrostatic test from Libya is the new part as far as a search found)",
         firm("Central Aero Components Ltd", "MT")),
        ("OZN-06", "import", "ITSEA01", "sea", "EG", [], "IT", "841869",
         "مبردات مياه شرب للمساجد، ستانلس، 3 حنفيات، غاز R-134a، 40 قطعة", "EG", 2800, 40, 12000, "USD",
         "stainless drinking-water coolers for mosques are filled today with R-134a or R-600a and carry that on "
         "the compressor sticker; these 40 from a Cairo workshop have 'R-22' punched into the data plates under the "
         "stickers and a charge that a leak detector reads as HCFC-22: products containing an HCFC, whose import "
         "into the Union is banned (Regulation 2024/590), by sea from Alexandria to Salerno for Islamic centres in "
         "Campania and Lazio; Egyptian Arabic wording (R-22 equipment repeats in many sets and water-cooler "
         "labels in two, office coolers in blind44 and R-600a coolers in blind54; mosque water coolers from Egypt "
         "were found in no earlier row by a keyword search)",
         firm("Rivage Forniture Islamiche Srl", "IT")),
        ("OZN-07", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "382763",
         "Refrigerant R-410A, 11.3 kg disposable cylinders, 1,600 pcs", "CN", 18080, 1600, 24000, "USD",
         "R-410A is a pink-cylinder HFC blend at about 16 bar at 21 °C; these 1,600 green-grey cylinders under pink "
         "sleeves read about 9 bar, have right-hand valves and 'R22' stamped under the sleeves: HCFC-22, which may "
         "be moved through the Union only with the licence Regulation 2024/590 requires, in transit at Marsaxlokk "
         "from Ningbo to Benghazi; English wording (HCFC-22 in transit repeats in several sets, through Koper, "
         "Constanța and Algeciras; a Malta Freeport transhipment for Benghazi was found in no earlier row by a "
         "keyword search)", {"importer_country": "LY"}),
        ("OZN-08", "import", "ITSEA01", "sea", "CN", ["EG"], "IT", "271113",
         "Gas refrigerante R-600a (isobutano), bombole 6,5 kg, 800 pezzi", "CN", 10880, 800, 8000, "USD",
         "R-600a cylinders hold 6.5 kg of a flammable gas of 0.55 kg/l with a left-hand valve and a red flame "
         "mark; these 800 weigh twice as much as they should, have right-hand valves, no flame mark and '134a' on "
         "the tare rings: HFC-134a in non-refillable containers, banned in the Union and outside any quota, "
         "transhipped at Port Said from Ningbo to Salerno for an appliance-repair wholesaler; Italian wording "
         "(HFC-134a under other gas labels repeats in many sets and R-600a labels in several; through Port Said "
         "East to Salerno is the new part as far as a search found)", firm("Atlantic Ricambi Frigo Srl", "IT")),
        ("OZN-09", "export", "ITSEA01", "sea", "IT", [], "LY", "890200",
         "Peschereccio a strascico usato, 24 m, Mazara del Vallo, con impianto di congelamento, 1 unità", "IT",
         180000, 1, 350000, "EUR",
         "a used trawler for sale abroad carries a survey and a refrigeration record; this 1988 Mazara del Vallo "
         "trawler's freezing plant still holds about 300 kg of R-22, with a plate and service log to match: "
         "equipment relying on an HCFC, whose export from the Union is banned (Regulation 2024/590), sold to a "
         "Zuwara fishing company; Sicilian Italian wording (R-22 plant on a fishing vessel repeats blind65, kept "
         "as a repeat, and Mazara ice machines appear in blind135; a Mazara trawler sold to Libya is the new part "
         "as far as a search found)", {"importer_country": "LY"}),
        ("OZN-10", "export", "FRSEA01", "sea", "FR", [], "DZ", "382764",
         "Fluide frigorigène R-427A (remplacement du R-22), bouteilles 11,3 kg, 400 pièces", "FR", 4520, 400, 9000,
         "EUR",
         "R-427A is an HFC blend sold in new, factory-filled cylinders with a batch sticker; these 400 are "
         "refillable cylinders of mixed makes with recovery-tank yellow shoulders, and a sample reads as HCFC-22 "
         "recovered from French air conditioners: an HCFC, whose export from the Union is banned (Regulation "
         "2024/590), by sea from Marseille to Algiers for a refrigeration wholesaler in Oran; French wording "
         "(HCFC-22 under HFC drop-in labels repeats in many sets and an R-427A label once, blind134; recovered "
         "French R-22 for Algeria is the new part as far as a search found)", {"importer_country": "DZ"}),
    ],
    "cultural": [
        ("CUL-01", "import", "MTAIR01", "express", "LY", [], "MT", "711890",
         "Kingdom of Libya coins, milliemes and piastres 1952-1965, circulated, 300 pcs", "LY", 2, 300, 150, "EUR",
         "a lot of Libyan kingdom coins is base-metal small change of a few cents each; mixed into these 300 are 14 "
         "thick, hand-struck silver coins showing a silphium plant and the head of Zeus Ammon, with horn-silver "
         "deposits: Cyrenaic tetradrachms and drachms (5th-4th century BC), archaeological objects whose export "
         "Libya forbids and whose entry into the Union is banned when they left their country unlawfully "
         "(Regulation 2019/880, Art. 3(1)), sent by express from Tripoli to a private collector in Malta; English "
         "wording (ancient coins repeat in many sets under scrap, charm and souvenir labels; silphium coins behind a "
         "lot of Libyan kingdom coins were found in no earlier row by a keyword search)", person("Mr J. Borg", "MT")),
        ("CUL-02", "export", "MTAIR01", "air", "MT", [], "US", "970191",
         "Oil painting on canvas, copy after Mattia Preti, modern, 1 pc", "MT", 18, 1, 900, "EUR",
         "a modern copy has fresh canvas, bright ground and a stapled stretcher; this 2 m canvas is relined, with "
         "a cracked, darkened varnish, a hand-wrought wedged stretcher, 19th-century collection labels and the "
         "brushwork of the Calabrian Knight's workshop: a 17th-century Maltese church painting, which needs a "
         "Maltese export permit and an EU export licence (Regulation 116/2009) above its value threshold, flown "
         "from Luqa to New York for a dealer; Maltese English wording (old masters as modern copies repeat in "
         "several sets; Mattia Preti was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "export", "ITSEA01", "sea", "IT", [], "TR", "740400",
         "Rottami di ottone, lingotti e pani di rifusione, 3 t", "IT", 3000, None, 15000, "EUR",
         "brass remelt ingots are bright, even, machine-cast bars with a foundry mark; among these are 40 "
         "irregular, pillow-shaped ingots with a green-brown sea patina, marine concretions and no marks, the "
         "'orichalcum' ingots of the Archaic shipwrecks off Gela: underwater archaeological objects owned by the "
         "Italian State, whose export needs a licence, by sea from Catania to Aliağa for a 'metal trader'; "
         "Sicilian Italian wording (archaeology in metal-scrap lots repeats in several sets, Lithuanian silver "
         "ingots in blind141; orichalcum ingots from Gela were found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Vaso in ceramica dipinta a mano, stile greco, artigianato di Caltagirone, 1 pezzo", "IT", 9, 1, 250, "EUR",
         "Caltagirone majolica is white tin-glazed earthenware painted in yellow, green and blue, with a workshop "
         "stamp; this is an unglazed, thin-walled krater of fine orange clay with black gloss, red figures of a "
         "symposium, old breaks glued and root marks inside: an Attic red-figure krater dug from a Sicilian "
         "necropolis, owned by the Italian State and needing an export licence, on a van at Chiasso for a Lugano "
         "'gallery'; Sicilian Italian wording (Greek vases as replicas repeat in several sets; a Caltagirone "
         "ceramic label was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-05", "import", "DEPOST01", "post", "EG", [], "DE", "491199",
         "Old paper scraps with Arabic writing, for decoupage and scrapbooking, 1 kg", "EG", 1.2, None, 30, "USD",
         "decoupage scraps are printed papers; these are brittle, brown, handwritten fragments of paper and vellum "
         "in Hebrew script, some in Judeo-Arabic, with 11th-13th-century letter forms and worm holes: fragments "
         "from the Cairo Geniza, whose export Egypt's antiquities law forbids and whose entry into the Union is "
         "banned when they left unlawfully (Regulation 2019/880, Art. 3(1)), posted from Cairo to a private "
         "person in Berlin; English wording (manuscripts as waste paper repeat in several sets; Geniza fragments "
         "were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-06", "import", "FRAIR01", "air", "TN", [], "FR", "491199",
         "Rouleau décoratif calligraphié sur parchemin, fabrication artisanale récente, 1 pièce", "TN", 14, 1, 180,
         "EUR",
         "a new decorative scroll is a short, machine-finished sheet on a dowel; this is 30 m of sewn deer "
         "parchment on wooden rollers, hand-written in columns of Hebrew with crowns on the letters, darkened by "
         "use and repaired with old stitches: a Torah scroll from a Djerba synagogue, Tunisian cultural property "
         "whose export needs a permit, flown from Djerba to Paris-Orly for a Judaica dealer; Tunisian French "
         "wording (Torah scrolls repeat in a few sets, from Iraq and Samaria; a Djerba scroll was found in no "
         "earlier row by a keyword search)", firm("Galerie Meridian Judaica SARL", "FR")),
        ("CUL-07", "export", "MTSEA01", "sea", "MT", [], "IN", "780200",
         "Ċomb skrapp, biċċiet, pajpijiet u folji, 18-il tunnellata", "MT", 18000, None, 27000, "EUR",
         "soft lead scrap is pipe, sheet and cable sheathing with paint and solder; among these are 22 long, "
         "T-shaped lead bars of 40-120 kg with a wooden-core channel and white marine crust, and a heap of "
         "bell-shaped sounding weights: lead anchor stocks and sounding leads from Punic and Roman wrecks on "
         "Maltese reefs, underwater cultural heritage needing a Superintendence permit and an EU export licence, "
         "by sea from Marsaxlokk to Mundra for a 'lead smelter'; Maltese wording (wreck finds repeat in several "
         "sets, Venetian cannon in blind141; lead anchor stocks were found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("CUL-08", "import", "GBAIR01", "air", "EG", [], "GB", "691390",
         "Fayoum pottery (Tunis village), hand-painted, new, 120 pcs", "EG", 240, 120, 1200, "USD",
         "a Fayoum craft air shipment for a London fair-trade shop: Tunis-village pottery and palm-fibre baskets are "
         "what such shops sell, but the third item's 'old clay jar for decoration' is a buff jar painted in red "
         "with boats, flamingos and wavy lines, with root marks and sand in the neck: a Predynastic Naqada II "
         "painted jar (about 3500 BC), whose export Egypt forbids and whose import into Great Britain breaks the "
         "dealing-in-tainted-objects law, hidden as the last item of a three-item declaration, flown from Cairo; "
         "English wording (Egyptian antiquities repeat in many sets; a Naqada jar behind Fayoum pottery was found "
         "in no earlier row by a keyword search)",
         dict(firm("Orion Fair Trade Ltd", "GB"),
              _more_items=[item("460219", "Palm-fibre baskets, handmade, 60 pcs", "EG", 60, 300, "USD", qty=60),
                           item("691390", "Old clay jar for decoration, 1 pc", "EG", 4, 40, "USD", qty=1)])),
        ("CUL-09", "import", "FRSEA01", "sea", "TN", [], "FR", "690723",
         "Carreaux de faïence peints à la main, Nabeul, neufs, 40 cartons", "TN", 800, 40, 1200, "EUR",
         "new Nabeul tiles are bright, even, machine-pressed tiles with fresh glaze; these are thick, hand-formed "
         "tiles in ochre, green and manganese with old mortar on the backs, chipped edges and numbers chalked in "
         "order: 18th-century Qallaline tiles stripped from a palace in the Tunis medina, whose export Tunisia's "
         "heritage code forbids and whose entry into the Union is banned (Regulation 2019/880, Art. 3(1)), by sea "
         "from Radès to Marseille for a decorator; Tunisian French wording (stripped tiles repeat in several sets, "
         "Ottoman tiles from Syria and medina thresholds in blind107; Qallaline tiles were found in no earlier row "
         "by a keyword search)", firm("Atlantic Décor Méditerranée SARL", "FR")),
        ("CUL-10", "import", "ITSEA01", "sea", "LY", [], "IT", "490199",
         "كتب ومصاحف دينية مطبوعة مستعملة، 12 كرتونة", "LY", 240, None, 300, "EUR",
         "used printed religious books are bound, machine-set volumes; six of these cartons hold hand-written "
         "Qur'ans and law books on laid paper in Maghribi script, with leather flap bindings and waqf seals of a "
         "Zliten zawiya: Ottoman-period manuscripts from a Sufi library looted after the attacks on Libyan "
         "zawiyas, whose export Libya forbids and whose entry into the Union is banned (Regulation 2019/880, Art. "
         "3(1)), by sea from Misrata to Catania for a Palermo bookseller; Libyan Arabic wording (manuscripts as "
         "used and printed books repeat in many sets, Timbuktu manuscripts and a printed-Qur'an label in blind112 "
         "among them, kept as a repeat; zawiya manuscripts from Libya were found in no earlier row by a keyword "
         "search)", firm("Central Libreria Araba Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "import", "MTSEA01", "sea", "TN", [], "MT", "271019",
         "Marine gasoil (DMA), origin Tunisia, STIR Bizerte refinery, 1,200 t", "TN", 1200000, None, 540000, "USD",
         "Tunisian gasoil from Bizerte comes with a refinery certificate of quality and a loading port record; this "
         "tanker's cargo has a certificate with no batch number, a sulphur content Bizerte does not produce, an AIS "
         "gap off Zuwara and a fishing-vessel transfer logged as 'bunkering': subsidised Libyan fuel smuggled out "
         "of Zuwara, petroleum whose illicit export from Libya the UN has banned (Resolution 2146, Regulation "
         "2016/44), by sea to Malta for a bunker trader; English wording (petroleum sanctions repeat in a few sets, "
         "Russian diesel through Lomé in blind140; Libyan fuel under a Tunisian origin was found in no earlier row "
         "by a keyword search)", firm("Central Bunkers Malta Ltd", "MT")),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "LY", "880212",
         "Elicottero usato AB-212, configurazione antincendio e irrorazione agricola, 1 unità", "IT", 2800, 1,
         650000, "EUR",
         "a civil AB-212 for firefighting carries a cargo hook, a bucket and civil avionics; this airframe, an "
         "ex-military machine, still has armour panels under the cockpit seats, door-gun mounts, infrared "
         "suppressors on the exhausts and a night-vision-compatible cockpit: a military helicopter (Military List "
         "ML10) for eastern Libya, under the UN and EU arms embargo, by sea from Livorno to Benghazi; Italian "
         "wording (military aircraft parts to Libya repeat in a few sets; an AB-212 as a firefighting helicopter "
         "was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "LY", "843149",
         "Pièces détachées pour chargeuses sur pneus, 4 palettes", "FR", 800, None, 12000, "EUR",
         "a construction-spares shipment for a Benghazi contractor: loader parts and engine filters are what such "
         "firms import, but the third item's 'turbine parts for generating sets' are compressor blades, a "
         "combustion chamber and fuel nozzles stamped with Atar 9K50 part numbers, the engine of the Mirage F1 that "
         "the Libyan National Army flies: military aircraft engine parts (Military List ML10) under the UN and EU "
         "arms embargo on Libya, hidden as the last item of a three-item declaration, by sea from Marseille; "
         "French wording (Libya repeats under the arms embargo in many sets; Mirage F1 engine parts were found in "
         "no earlier row by a keyword search)",
         dict({"importer_country": "LY"},
              _more_items=[item("842123", "Filtres et joints pour moteurs diesel, 300 pièces", "FR", 300, 2400, "EUR", qty=300),
                           item("841199", "Pièces de turbine pour groupes électrogènes, 12 pièces", "FR", 150, 9000, "EUR", qty=12)])),
        ("STR-04", "export", "BGSEA01", "sea", "BG", [], "LY", "840999",
         "Резервни части за двигатели на трактори МТЗ, 6 палета", "BG", 3600, None, 28000, "EUR",
         "MTZ tractor engine parts are small D-240 castings, pistons and gaskets; these pallets hold V-12 cylinder "
         "heads, a supercharger and fuel pumps with V-84 markings, the engine of the T-72 tank: parts for military "
         "tracked vehicles (Military List ML6) under the UN and EU arms embargo on Libya, by sea from Burgas to "
         "Tobruk; Bulgarian wording (Soviet tank and armoured-vehicle parts under tractor labels repeat in a few "
         "sets, MT-LB rollers to Libya in development set dev21-d; V-84 engine parts were found in no earlier row "
         "by a keyword search)", {"importer_country": "LY"}),
        ("STR-05", "export", "MTSEA01", "sea", "MT", [], "LY", "840790",
         "Magni tal-petrol għall-pompi tal-irrigazzjoni, 250 hp, 12-il unità", "MT", 3400, 12, 60000, "EUR",
         "irrigation pump engines are small, upright, air-cooled units on a base frame; these twelve are 250 hp V6 "
         "outboard motors with their legs, propellers and tilt units in separate boxes: outboard motors, whose "
         "export to Libya needs an authorisation (Regulation 2017/1325) that was not sought, because they power the "
         "boats of migrant smuggling, by sea from Marsaxlokk to Zuwara; Maltese wording (outboard motors to Libya "
         "repeat in a few sets, with inflatable boats in blind59; under a pump-engine label was found in no earlier "
         "row by a keyword search)", {"importer_country": "LY"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "LY", "870333",
         "Fuoristrada usati 4x4 diesel, ex flotta aziendale, 20 unità", "IT", 60000, 20, 120000, "EUR",
         "used fleet 4x4s are civilian estates or pick-ups with registration papers; these 20 are Iveco VM90 light "
         "vehicles in fresh sand paint, with NATO towing hooks, blackout lights, 24 V radio racks and weapon-mount "
         "points, sold at Italian army surplus auctions without demilitarisation certificates: military vehicles "
         "(Military List ML6) under the UN and EU arms embargo on Libya, by sea from Salerno to Benghazi; Italian "
         "wording (military vehicles to Libya repeat in several sets, armoured Land Cruisers in blind12; "
         "ex-army Iveco VM90 were found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("STR-07", "export", "MTAIR01", "air", "MT", [], "LY", "851762",
         "Walkie-talkies for hotel staff, UHF, with chargers, 200 sets", "MT", 400, 200, 8000, "EUR",
         "hotel walkie-talkies are licence-free PMR446 handsets at a few tens of euros; these 200 are ruggedised "
         "wideband handsets with frequency hopping, AES-256 encryption keys, GPS and a key-fill port, worth several "
         "thousand euros each: military tactical radios (Military List ML11) under the UN and EU arms embargo on "
         "Libya, re-exported by a Maltese forwarder from Luqa to Benina; English wording (radios under walkie-talkie "
         "labels repeat in several sets; from a Maltese forwarder to Benghazi is the new part as far as a search "
         "found)", {"importer_country": "LY"}),
        ("STR-08", "import", "ESSEA01", "sea", "DZ", [], "ES", "720839",
         "Bobines laminées à chaud, S235JR, origine Algérie, 2 000 t", "DZ", 2000000, None, 1100000, "EUR",
         "Algerian hot-rolled coil from Oran is rolled from slabs cast at the same works, with mill certificates "
         "naming its own heats; these coils' mill certificates give slab heat numbers of a Russian steelworks, and "
         "the mill's slab imports from Novorossiysk match the tonnage: steel products processed in a third country "
         "from Russian slabs, whose import into the Union is banned (Regulation 833/2014, Art. 3g), by sea from "
         "Oran to Castellón; Algerian French wording (Russian steel under third-country origin repeats in several "
         "sets, hot-rolled coil from Russian slab through India in blind79, welded tubes in blind104 and Rîbnița "
         "rebar in blind141, kept as a repeat of that family; Algerian coil for Castellón is the new part as far "
         "as a search found)", firm("Nordhafen Aceros SL", "ES")),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "EG", "381129",
         "Additivo EP per lubrificanti, zolfo clorurato, 20 fusti da 250 kg", "IT", 5000, 20, 9000, "EUR",
         "EP additives for gear oils are sulphurised olefins: amber liquids with a mild smell; these drums hold a "
         "fuming, golden-yellow liquid that reeks of chlorine and sulphur, hisses with moist air and reads S2Cl2 on "
         "the analysis certificate: sulphur monochloride (CWC Schedule 3, dual-use 1C350), whose export to Egypt, "
         "not a party to the Chemical Weapons Convention, needs a licence and an end-use certificate, by sea from "
         "Ravenna to Alexandria; Italian wording (sulphur monochloride repeats in blind16 and the held-out set, kept "
         "as a repeat; an EP-additive label to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "EG", "852589",
         "Kamera-Gimbal für Filmdrohnen, 3-Achsen, 6 Stück", "DE", 30, 6, 9000, "EUR",
         "film-drone gimbals carry a visible-light camera and cost a few thousand euros; these six are sealed "
         "turrets with a cooled mid-wave infrared camera, a laser rangefinder and target-tracking software, worth "
         "hundreds of thousands each: EO/IR turrets (dual-use 6A003 and Military List ML15) needing an export "
         "licence, for a Cairo trader whose earlier shipments went on to Port Sudan, under the EU arms embargo on "
         "Sudan, flown from Frankfurt; German wording (gimbals and thermal cores repeat in several sets; re-export "
         "to Sudan through Cairo is the new part as far as a search found)", {"importer_country": "EG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "DZ", [], "FR", "080410",
         "Dattes Deglet Nour de Tolga, boîte cadeau 3 kg, 1 boîte", "DZ", 3.4, 1, 30, "EUR",
         "a 3 kg gift box of Deglet Nour is layered dates in paper cups; under the top layer this box holds 12 "
         "live, coin-sized tortoise hatchlings in socks, with yellow-and-black domed shells and spurs on the thighs: "
         "spur-thighed tortoises (Testudo graeca, CITES App. II, Union Annex A) without CITES documents, sent by "
         "express from Biskra to a private person in Lyon; Algerian French wording (Testudo graeca repeats in "
         "several sets; a Deglet Nour label appears once, blind128, on an ODS row; tortoises in a date gift box "
         "were found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-02", "import", "ITSEA01", "sea", "LY", [], "IT", "030381",
         "Palombo congelato (Mustelus spp.), tronchi senza testa, 14 t", "LY", 14000, None, 42000, "EUR",
         "palombo is smooth-hound: small, slender trunks with a pale, grey skin and no spines; many of these "
         "trunks are thick, bronze-backed carcasses of a metre or more with a high first dorsal fin and others "
         "with flattened head stumps: sandbar sharks and hammerheads (Carcharhinus plumbeus and Sphyrna spp., "
         "CITES App. II) without CITES export permits, by sea from Misrata to Catania for a fish wholesaler; Italian "
         "wording (a palombo label appears once, in development set dev21-b; sandbar and hammerhead sharks from "
         "Libya are the new part as far as a search found)", firm("Vega Ittica Catania Srl", "IT")),
        ("WLF-03", "transit", "ITAIR01", "air", "TN", ["IT"], "HK", "030579",
         "Ailerons de raie séchés, 120 kg", "TN", 120, None, 2400, "USD",
         "dried ray fins are thin, wing-edge strips; these are thick, triangular dorsal fins and whole lower caudal "
         "lobes of a large, shark-like ray, with the fin needles showing at the cut: guitarfish fins (Glaucostegus "
         "cemiculus and Rhinobatos rhinobatos, CITES App. II) from the Gulf of Gabès without CITES documents, in "
         "transit at Fiumicino from Tunis to Hong Kong; Tunisian French wording (guitarfish fins repeat in several "
         "sets, from Mauritania in blind135, and a ray-wing label in the first set; from the Gulf of Gabès through "
         "Rome is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-04", "import", "FRSEA01", "sea", "DZ", [], "FR", "010619",
         "Deux chatons (Felis catus), 3 mois, avec carnet de vaccination", "DZ", 2, 2, 50, "EUR",
         "kittens of three months weigh about 1.5 kg each, with small ears and a rabies certificate at that age; "
         "these two weigh under a kilogram together and have huge ears, pointed muzzles, cream fur and furred "
         "soles: fennec foxes (Vulpes zerda, CITES App. II) taken from the wild near El Oued, without CITES "
         "documents, on the Algiers-Marseille ferry with a private person; Algerian French wording (fennecs repeat "
         "once, as chihuahua puppies from Morocco in blind50, and kitten labels in many sets on cheetahs, servals and "
         "caracals; fennecs as kittens on the Algiers ferry are the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-05", "import", "DEAIR01", "express", "TN", [], "DE", "050790",
         "Bois de cerf à mâcher pour chiens, naturel, tranches, 4 kg", "TN", 4, None, 120, "EUR",
         "antler dog chews are slices of European red-deer antler shed and picked up in the forest, with a rough, "
         "rounded burr; these slices include sawn pieces still fixed to a skull plate, so taken from killed animals, "
         "and the invoice names a supplier in Aïn Draham: antlers of the Barbary red deer (Cervus elaphus barbarus, "
         "CITES App. III for Algeria and Tunisia), which need a Tunisian export permit that was not issued, sent by "
         "express to a Cologne pet shop; Tunisian French wording (dog-chew labels repeat in several sets, on bones "
         "and skins; antler chews and Barbary deer were found in no earlier row by a keyword search)",
         firm("Rivage Tierbedarf GmbH", "DE")),
        ("WLF-06", "import", "NLAIR01", "air", "DZ", [], "NL", "060110",
         "Bulbes de glaïeul, calibre 10/12, 40 cartons", "DZ", 800, None, 2400, "EUR",
         "gladiolus corms are round, flattened, papery-husked corms with a basal plate; these are dark, corky, "
         "irregular tubers up to 15 cm across with roots from the top and soil in the cracks, dug in the Edough "
         "forests: wild Cyclamen africanum (CITES App. II) without CITES documents, flown from Annaba via Algiers to "
         "Amsterdam for a bulb trader; Algerian French wording (wild cyclamen repeats in several sets and a gladiolus "
         "label once, blind133, on other tubers from Albania; kept as a repeat of the label, cyclamen from Algeria is "
         "the new part as far as a search found)",
         firm("Horizon Bloembollen BV", "NL")),
        ("WLF-07", "import", "MTAIR01", "air", "EG", [], "MT", "970529",
         "Għasafar imbalzmati, tordi u summien, għall-kollezzjoni, 60", "EG", 30, 60, 1200, "EUR",
         "mounted thrushes and quails are small, brown birds on twigs; among these 60 are 14 mounted raptors, "
         "honey buzzards, marsh harriers and an Eleonora's falcon, with hooked bills and talons under the "
         "wrapping: birds of prey (CITES App. II, Union Annex A) without CITES documents, flown from Cairo to Luqa "
         "for a Maltese collector; Maltese wording (taxidermy repeats in several sets; raptors behind a thrush and "
         "quail collection for Malta were found in no earlier row by a keyword search)", person("Mr K. Camilleri", "MT")),
        ("WLF-08", "import", "ITSEA01", "sea", "EG", [], "IT", "442090",
         "علب خشبية مطعمة بالصدف والعظم، خان الخليلي، 300 قطعة", "EG", 450, 300, 3000, "USD",
         "Khan el-Khalili boxes are inlaid with mother-of-pearl and camel bone: bone shows dark dots and lines of "
         "its pores; the white panels on 40 of these boxes are close-grained, creamy and show the criss-cross "
         "Schreger lines of elephant ivory at the cut edges: ivory (CITES App. I) from Sudan, worked in Cairo, "
         "without CITES documents, by sea from Alexandria to Genoa for a Milan gift shop; Egyptian Arabic wording "
         "(ivory under bone labels repeats in many sets, camel bone in blind140; in mother-of-pearl boxes from "
         "Khan el-Khalili is the new part as far as a search found)", firm("Orion Oggetti d'Oriente Srl", "IT")),
        ("WLF-09", "import", "ITSEA01", "sea", "TN", [], "IT", "030489",
         "Filetti di grongo congelati, senza pelle, 8 t", "TN", 8000, None, 40000, "EUR",
         "conger fillets are large, white, coarse fillets from a scaleless sea eel with a grey back; these are "
         "small, fatty, dark-backed fillets with a yellowish belly from fish of 50-80 cm, and DNA tests give "
         "Anguilla anguilla: European eel (CITES App. II), whose import into the Union has been suspended since "
         "2010, from the Ichkeul and Bizerte lagoons, by sea from Bizerte to Naples; Italian wording (European eel "
         "repeats in many sets, conger once, on eel-skin leather in blind49; eel as conger fillets from Tunisia is "
         "the new part as far as a search found)", firm("Delta Ittica Napoli Srl", "IT")),
        ("WLF-10", "import", "DEAIR01", "air", "EG", [], "DE", "010649",
         "Live desert locusts, feeder insects, 200 tubs", "EG", 40, 200, 600, "EUR",
         "feeder locusts travel in ventilated tubs with bran; 30 of these tubs hold, under the bran, live "
         "chameleons with casqued heads and swivelling eyes, 10-20 cm long: Mediterranean and African chameleons "
         "(Chamaeleo chamaeleon and C. africanus, CITES App. II) taken from the wild in the Nile delta, without "
         "CITES documents, flown from Cairo to Frankfurt for a reptile dealer; English wording (chameleons repeat in "
         "several sets, Chamaeleo once, blind47, and a feeder-insect label once, blind35, on wild invertebrates from "
         "Ghana; chameleons under feeder locusts from Egypt are the new part as far as a search found)", firm("Nordhafen Terraristik GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "TN", "FR", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (hydroponic growing)", "TN", 3.4, 3, 30, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-50-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "MTSEA01", "sea", "CN", "MT", "282990",
     "Potassium perchlorate 99 %, 25 kg drums, 20 drums, for a licensed festa fireworks factory", "CN", 500, 20,
     1500, "USD", [("PRECURSOR_LICENCE", "MT-CP-EXPL-50-0031")],
     "potassium perchlorate to a licensed Maltese fireworks factory with its licence"),
    ("PRM-03", "waste", "import", "ITSEA01", "sea", "TN", "IT", "262099",
     "Spent hydrotreating catalysts, Co-Mo on alumina (16 08 02*), from a Bizerte refinery, for metal recovery, 40 t",
     "TN", 40000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-50-0117")],
     "notified spent catalysts to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ITSEA01", "sea", "LY", "IT", "271099",
     "Waste transformer oil containing PCBs (13 03 01*), 40 drums, for destruction at a licensed incinerator", "LY",
     8000, 40, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-50-0142")], "notified PCB oil to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "MTAIR01", "air", "LY", "MT", "290376",
     "Halon 1301, recovered from aircraft engine fire bottles, 24 bottles, for reclamation for a critical aviation use",
     "LY", 60, 24, 2400, "USD", [("ODS_LICENCE", "MT-ERA-ODS-50-004")],
     "recovered halon imported for reclamation for a critical use under licence"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tank, for feedstock use in fluoropolymer production", "CN", 18000, None,
     36000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-50-009")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "MTAIR01", "air", "MT", "US", "970191",
     "Oil on canvas, workshop of Mattia Preti, 17th century, documented Maltese private collection", "MT", 22, 1,
     180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "MT-SCH-EXP-50-0012")],
     "painting exported with the EU export licence and the Maltese permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Painted jar, Naqada II, Egypt, c. 3500 BC, documented Swiss collection since 1961", "EG", 5, 1, 26000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-50-0044")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "EG", "281215",
     "Sulphur monochloride 98 %, 10 drums, for an Egyptian rubber-chemicals plant", "IT", 2500, 10, 6000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-50-0233"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-50-0018")],
     "Schedule 3 chemical under licence with an end-use certificate"),
    ("PRM-10", "strategic", "export", "MTSEA01", "sea", "MT", "LY", "840721",
     "Outboard motors 40 hp, 10 units, for a Libyan fishing cooperative", "MT", 900, 10, 42000, "EUR",
     [("EXPORT_LICENCE", "MT-TCU-50-0061"), ("END_USER_CERTIFICATE", "LY-MAR-EUC-50-0007")],
     "outboard motors to Libya with the authorisation Regulation 2017/1325 requires"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TN", "DE", "050790",
     "Barbary red deer antlers, shed, collected under a forestry programme, 60 kg", "TN", 60, None, 1800, "EUR",
     [("CITES_PERMIT", "TN-DGF-50-0045")], "App. III antlers with the Tunisian export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "DZ", "NL", "060110",
     "Cyclamen africanum tubers, artificially propagated, 2,000 pcs", "DZ", 120, 2000, 3000, "EUR",
     [("CITES_PERMIT", "DZ-DGF-50-0112"), ("PHYTOSANITARY_CERTIFICATE", "DZ-INPV-50-0388")],
     "artificially propagated App. II cyclamen with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mme Claire Martin", "PRM-02": "Vega Fireworks Factory Ltd", "PRM-04": "Central Smaltimenti Speciali Srl",
    "PRM-06": "Meridian Fluoropolimeri Srl", "PRM-08": "Museum Meridian Antiken GmbH", "PRM-11": "Alpina Hirschhorn GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("330190", "Rose-geranium hydrosol (attarchia), 1 l glass bottles", "import", ["post"], ["TN", "EG"], (6, 12), (1, 4), ["EUR"], 1, S),
    ("151590", "Prickly-pear seed oil, cold-pressed, 30 ml dropper bottles", "import", ["express"], ["TN", "MA"], (300, 600), (1, 2), ["EUR"], 30, S),
    ("170290", "Carob syrup (rub), 1 l bottles", "import", ["air"], ["LY", "TN"], (2, 4), (200, 800), ["EUR"], 0.7, S),
    ("190240", "Berkoukes, hand-rolled large couscous, 1 kg bags", "import", ["sea"], ["DZ", "TN"], (1.2, 2), (8000, 18000), ["EUR"], 1, S),
    ("170199", "Loaf sugar for tea, crushed, 1 kg bags", "import", ["sea"], ["DZ", "MA"], (0.8, 1.2), (5000, 12000), ["EUR"], 1, S),
    ("250100", "Coarse curing salt for fish, 1 kg bags", "import", ["sea"], ["EG", "TN"], (0.2, 0.4), (8000, 20000), ["USD", "EUR"], 1, S),
    ("110814", "Sahlab drink powder, 500 g sachets", "import", ["sea"], ["TN", "TR"], (1.5, 3), (3000, 8000), ["EUR"], 2, S),
    ("200799", "Qamar el-din apricot paste sheets", "import", ["air"], ["EG", "TR"], (2, 4), (500, 2000), ["USD"], 2, S),
    ("252620", "Talc powder, cosmetic grade, 1 kg bags", "import", ["sea"], ["EG", "IN"], (0.6, 1.2), (3000, 9000), ["USD"], 1, S),
    ("950590", "Birthday candles and party favours", "import", ["sea"], ["CN"], (3, 6), (3000, 9000), ["USD"], 5, S),
    ("470710", "Recovered corrugated board (OCC 1.04), sorted, baled", "export", ["sea"], ["TN", "EG"], (0.12, 0.2), (20000, 25000), ["EUR"], None, S),
    ("870323", "Used passenger cars, petrol, roadworthy, with registration papers", "export", ["sea"], ["LY", "TN"], (5, 9), (8000, 16000), ["EUR"], 0.0008, S),
    ("902830", "Electricity meters, new, smart, single-phase", "export", ["sea"], ["EG", "TN"], (12, 20), (3000, 9000), ["EUR"], 1.5, S),
    ("890399", "Fibreglass dinghies, new, 4 m", "export", ["sea"], ["TN", "AL"], (6, 10), (2000, 6000), ["EUR"], 0.01, S),
    ("853210", "Power-factor correction capacitors, new, dry type", "export", ["sea"], ["LY", "EG"], (8, 14), (2000, 6000), ["EUR"], 0.05, S),
    ("854143", "Solar PV modules, new, 450 W, boxed", "export", ["sea"], ["TN", "EG"], (8, 12), (16000, 22000), ["EUR"], 0.04, S),
    ("851713", "Smartphones, refurbished, grade A, tested, with warranty", "export", ["air"], ["DZ", "TN"], (150, 300), (100, 500), ["EUR"], 6, S),
    ("392510", "Polyethylene rooftop water tanks, new, 1,000 l", "export", ["sea"], ["TN", "DZ"], (2, 3.5), (3000, 8000), ["EUR"], 0.025, S),
    ("271311", "Petroleum coke, green, for brick kilns", "import", ["sea"], ["EG", "US"], (0.08, 0.15), (20000, 26000), ["USD"], None, S),
    ("271019", "Marine gasoil (DMA), bulk", "import", ["sea"], ["TN", "DZ"], (0.6, 0.9), (20000, 26000), ["USD"], None, S),
    ("841850", "Refrigerated pastry display cases, R-290, cyclopentane foam, new", "import", ["sea"], ["TN", "TR"], (5, 9), (2000, 6000), ["EUR"], 0.007, S),
    ("841510", "Split air conditioners, R-290 (propane), new, 1.5 HP", "import", ["sea"], ["EG", "CN"], (5, 8), (10000, 20000), ["USD"], 0.02, S),
    ("841861", "Air-to-water heat pumps, R-290, new", "export", ["sea"], ["LY", "TN"], (8, 14), (3000, 9000), ["EUR"], 0.008, S),
    ("880730", "Aircraft cabin seats, overhauled, with release certificates", "export", ["air"], ["EG", "TN"], (40, 80), (300, 1500), ["EUR"], 0.05, S),
    ("841869", "Drinking-water coolers, stainless, R-600a, new", "import", ["sea"], ["EG", "TR"], (4, 7), (2000, 6000), ["USD"], 0.015, S),
    ("271113", "Isobutane refrigerant R-600a, 6.5 kg cylinders", "import", ["sea"], ["CN", "EG"], (3, 6), (2000, 6000), ["USD"], 0.15, S),
    ("711890", "Modern circulated coins, world lots", "import", ["post"], ["TN", "EG"], (20, 60), (1, 2), ["EUR"], 150, S),
    ("970191", "Oil paintings, contemporary copies of old masters, hand-painted", "export", ["air"], ["US", "AE"], (40, 90), (50, 300), ["EUR"], 0.05, S),
    ("740400", "Brass scrap, 'Honey' (ISRI), sorted", "export", ["sea"], ["TR", "IN"], (4, 5.5), (18000, 24000), ["EUR"], None, S),
    ("691390", "Caltagirone hand-painted majolica, new", "export", ["road"], ["CH"], (15, 30), (200, 1000), ["EUR"], 0.3, S),
    ("491199", "Decoupage papers, printed, assorted", "import", ["post"], ["EG", "GB"], (20, 40), (1, 2), ["USD"], 20, S),
    ("780200", "Lead scrap, soft (ISRI 'Rains'), sorted", "export", ["sea"], ["IN", "TR"], (1.5, 2), (18000, 24000), ["EUR"], None, S),
    ("691390", "Fayoum (Tunis village) pottery, hand-painted, new", "import", ["air"], ["EG"], (4, 8), (100, 400), ["USD"], 0.5, S),
    ("690723", "Hand-painted faience tiles, Nabeul, new", "import", ["sea"], ["TN", "MA"], (1.2, 2.5), (3000, 9000), ["EUR"], None, S),
    ("490199", "Printed religious books, new editions", "import", ["sea"], ["LY", "EG"], (3, 6), (500, 2000), ["EUR"], 0.8, S),
    ("843149", "Spare parts for wheel loaders, new", "export", ["sea"], ["LY", "DZ"], (8, 15), (2000, 8000), ["EUR"], None, S),
    ("840999", "Diesel engine parts for MTZ tractors, new", "export", ["sea"], ["EG", "DZ"], (6, 12), (2000, 6000), ["EUR"], None, S),
    ("841381", "Diesel irrigation pump sets, 10 hp", "export", ["sea"], ["TN", "EG"], (4, 8), (2000, 6000), ["EUR"], 0.015, S),
    ("870421", "Used pick-up trucks, diesel, roadworthy", "export", ["sea"], ["TN", "DZ"], (3, 6), (8000, 16000), ["EUR"], 0.0005, S),
    ("851762", "Two-way radios, PMR446 licence-free, for hotels", "export", ["air"], ["TN", "EG"], (30, 60), (50, 300), ["EUR"], 3, S),
    ("381129", "Lubricant additive package, sulphurised olefin, for gear oils", "export", ["sea"], ["EG", "DZ"], (2.5, 4), (4000, 10000), ["EUR"], None, S),
    ("852589", "Camera gimbals for film drones, 3-axis, visible-light", "export", ["air"], ["EG", "TN"], (200, 400), (20, 100), ["EUR"], 0.5, S),
    ("080410", "Deglet Nour dates, 5 kg cartons", "import", ["sea"], ["DZ", "TN"], (2.5, 4), (10000, 20000), ["EUR"], 0.2, S),
    ("442090", "Wooden boxes inlaid with mother-of-pearl, new", "import", ["sea"], ["EG", "TN"], (6, 12), (500, 2000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's everyday
# rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows instead of
# blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Ceramic egg cups, glazed, sets of 4", "import", ["sea"], ["CN", "PT"], (2, 4), (2000, 6000), ["USD", "EUR"], 6, N),
        ("392640", "Acrylic key rings, printed, assorted", "import", ["sea"], ["CN"], (5, 9), (1000, 4000), ["USD"], 50, N),
        ("901380", "Magnifying glasses, handheld, with handle", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 4000), ["USD"], 5, N),
        ("961590", "Elastic hair bands, assorted, packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind145", 20500501, HERE)


if __name__ == "__main__":
    main()
