#!/usr/bin/env python3
"""Writes the hundred-and-thirty-fifth blind set (tests/risk/data/blind135-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2048, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL135-*:

    python3 tests/risk/data/make_blind135_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2048, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "EEPOST01", "post", "GE", [], "EE", "330499",
         "წყალტუბოს თერმული წყალი, სახის ტონიკი, შესავსები 1 ლ, 5 ბოთლი", "GE", 5.7, 5, 75, "GEL",
         "Tskaltubo thermal spring water sold as a face toner is a faintly mineral water of 1.00 kg/l in sealed "
         "bottles; these five bottles have vented caps, hold a water-clear, odourless liquid of 1.13 kg/l that "
         "whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Kutaisi to a private person in Tartu; Georgian wording (hydrogen peroxide repeats in many sets "
         "and water-like covers in many, mineral and spring waters among them; a thermal-water toner label and the "
         "Georgia-to-Estonia post route were found in no earlier row by a keyword search)",
         person("Mari Tamm", "EE")),
        ("PRE-02", "import", "HRROAD01", "road", "BA", [], "HR", "220720",
         "Bioetanol za kamine i biokamine, 96 %, boce 1 l, 600 komada", "BA", 684, 600, 1500, "EUR",
         "bioethanol fireplace fuel is denatured alcohol of 0.79 kg/l that smells of spirit and burns with a blue, "
         "almost invisible flame; these 600 bottles weigh 1.14 kg/l, smell faintly fruity-chemical, burn with a "
         "yellow flame and have PTFE-lined caps, and the filler's drum label copied on the packing list reads "
         "'CH3NO2': nitromethane (Annex I above 16 %) for a Zagreb fireplace-and-garden web shop that sells to the "
         "public, on a van at Stara Gradiška; Bosnian wording (nitromethane repeats in many sets under fuel, oil and "
         "spirit labels; a bioethanol fireplace-fuel label was found in no earlier row by a keyword search, the "
         "nearest being colour-flame powders for fireplaces on chlorate rows in blind56 and blind90)",
         firm("Vega Kamini d.o.o.", "HR")),
        ("PRE-03", "import", "GRROAD01", "road", "AL", [], "GR", "170290",
         "Shurup invert për ushqimin e bletëve, bidona 25 kg, 40 bidona", "AL", 1000, 40, 900, "EUR",
         "invert bee-feeding syrup is a golden, sticky, sweet syrup of about 1.38 kg/l that smells of sugar; these "
         "40 cans hold a colourless, oily, odourless liquid of 1.84 kg/l that chars a wooden stirrer black and grows "
         "hot when a drop of water is added: about 96 % sulphuric acid (Annex I above 15 %) for an Ioannina "
         "beekeeping-supply shop that sells to hobby beekeepers, on a lorry at Kakavia; Albanian wording (sulphuric "
         "acid repeats in many sets, syrup covers in several, agave, honey and mizuame among them, and beekeeping "
         "covers in many, winter-feeding sugar in blind99 among them; a bee-feed invert-syrup label was found in "
         "no earlier row by a keyword search)", firm("Orion Melissokomika AE", "GR")),
        ("PRE-04", "import", "FRAIR01", "express", "SN", [], "FR", "110630",
         "Bouy (poudre de pain de singe), 100 % naturel, 4 sachets de 500 g", "SN", 2.9, 4, 12000, "XOF",
         "bouye, the Senegalese baobab-pulp powder, is a pale beige, tangy-sour powder that swells into a milky pulp "
         "in water; these four bags hold a heavier, snow-white, tasteless powder that hardly dissolves and burns "
         "fiercely when mixed with sugar: potassium perchlorate (Annex I above 40 %), sent by express from Dakar to "
         "a private person in Montreuil; French wording with the Wolof name (potassium perchlorate repeats in many "
         "sets under flour and starch labels; a baobab or bouye label was found in no earlier row by a keyword "
         "search)", person("Mme A. Diallo", "FR")),
        ("PRE-05", "import", "PLSEA01", "sea", "CN", [], "PL", "294000",
         "阿洛酮糖 (D-阿洛酮糖, allulose), 食品级, 1 公斤袋装, 6,000 袋", "CN", 6000, 6000, 21000, "USD",
         "allulose is a rare sugar: fine, white, sweet crystals that melt and brown in a hot pan; these bags hold "
         "coarser, cool-tasting, unsweet crystals that draw damp, crackle and flare yellow on a gas ring, and the "
         "inner liners are printed 'NaClO3', for a Gdańsk keto-food web shop that sells 1 kg bags to the public: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo; Chinese "
         "wording (sodium chlorate repeats in many sets under salt and sugar-like labels, trehalose and rock sugar "
         "among them; an allulose label was found in no earlier row by a keyword search)",
         firm("Nordhafen Keto Sp. z o.o.", "PL")),
        ("PRE-06", "import", "DESEA01", "sea", "BO", ["CL"], "DE", "100850",
         "Jupha / quinua real blanca, lavada, sacos de 25 kg, 800 sacos", "BO", 20000, 800, 36000, "USD",
         "Bolivian royal quinoa is flat, ivory, lens-shaped seed with a bitter coat that foams when rinsed and "
         "softens into curly sprouts when cooked; these sacks hold round, porous, white prills that turn ice-cold "
         "in water, dissolve completely, leave no grain and test at 34 % N, for a Hamburg health-food web shop that "
         "repacks into 500 g bags for the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Arica; Bolivian Spanish wording with the Aymara name (ammonium "
         "nitrate repeats in many sets under grain, sugar and fertiliser labels; quinoa appears once, as the lawful "
         "first item of blind125's Andean air shipment, and a quinoa label on a precursor was found in no earlier "
         "row by a keyword search)", firm("Horizon Naturkost GmbH", "DE")),
        ("PRE-07", "import", "ITPOST01", "post", "IN", [], "IT", "282710",
         "ਨੌਸ਼ਾਦਰ (ਨੌਸਾਦਰ ਡਲੀ), ਭਾਂਡੇ ਕਲੀ ਕਰਨ ਲਈ, 2 ਕਿਲੋ", "IN", 2, 1, 900, "INR",
         "nausadar (sal ammoniac), used by tinsmiths to tin brass pots, is a grey-white fibrous cake that smells of "
         "ammonia when rubbed with lime and vanishes as white smoke on a hot iron; this bag holds glossy, white, "
         "odourless crystals that leave a residue and spit violet sparks on a hot iron: potassium chlorate (Annex I "
         "above 40 %), posted from Amritsar to a private person in Brescia; Punjabi (Gurmukhi) wording (potassium "
         "chlorate repeats in many sets and Punjabi wording in a few, blind113-117; a sal-ammoniac label was found "
         "once, blind66, and a nausadar label in no earlier row by a keyword search)",
         person("Sig. H. Singh", "IT")),
        ("PRE-08", "import", "CYAIR01", "express", "AM", [], "CY", "283539",
         "Նատրիումի հեքսամետաֆոսֆատ (E452), երշիկի արտադրության համար, 4 x 500 գ", "AM", 2.1, 4, 9000, "AMD",
         "sodium hexametaphosphate for sausage making is a glassy, white powder that dissolves slowly into a "
         "slippery solution and does not burn; these four bags hold fine, white, deliquescent crystals that dissolve "
         "at once and make sugar burn brightly, and the inner bags read 'NaClO4': sodium perchlorate (Annex I above "
         "40 %), sent by express from Yerevan to a private person in Nicosia; Armenian wording (sodium perchlorate "
         "repeats in many sets under salt, supplement and additive labels; a hexametaphosphate label was found in no "
         "earlier row by a keyword search)", person("Ms A. Hovsepian", "CY")),
        ("PRE-09", "import", "DEAIR01", "air", "JP", [], "DE", "220890",
         "本格芋焼酎 25度, 一升瓶 1.8 L, 600本", "JP", 1512, 600, 540000, "JPY",
         "imo shochu is a 25 % sweet-potato spirit of 0.97 kg/l with an earthy smell, in brown one-shō bottles; these "
         "600 bottles weigh 1.40 kg/l, fume reddish-brown when opened, stain the skin yellow and dissolve a copper "
         "coin, for a Düsseldorf Japanese-food wholesaler that supplies shops selling to the public: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Osaka; Japanese "
         "wording (nitric acid repeats in many sets and spirit covers, soju, tequila and kaoliang among them, in "
         "several; a shochu label was found in no earlier row by a keyword search)",
         firm("Orion Japan Food GmbH", "DE")),
        ("PRE-10", "import", "FRSEA01", "sea", "HT", [], "FR", "220840",
         "Ròm Barbancourt 5 zetwal, boutèy 70 cl, 1 200 boutèy", "HT", 1300, 1200, 9600, "USD",
         "a Haitian grocery container for a Saint-Denis Caribbean food shop that sells to the public: Barbancourt rum "
         "and pikliz are what such shops sell, but the third item's 'kleren' bottles hold a water-clear liquid of "
         "1.20 kg/l with no smell of cane spirit, under vented caps, that foams on a cut and whitens the skin: about "
         "50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last "
         "item of a three-item declaration, by sea from Port-au-Prince to Le Havre; Haitian Creole wording "
         "(hydrogen peroxide repeats in many sets and clear-spirit covers in a few, ògógóró behind a Nigerian "
         "grocery cargo in blind117 among them; a kleren or clairin label was found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Antilles SARL", "FR"),
              _more_items=[item("200190", "Pikliz, bokal 500 g, 800 bokal", "HT", 400, 1600, "USD", qty=800),
                           item("220890", "Kleren tradisyonèl, boutèy 1 lit, 600 boutèy", "HT", 720, 1200, "USD", qty=600)])),
    ],
    "waste": [
        ("WST-01", "export", "EESEA01", "sea", "EE", [], "IN", "280300",
         "Tehnosüsi N330, taaskasutatud, suurkotid, 22 t", "EE", 22000, None, 4400, "EUR",
         "N330 carbon black is a fine, sooty, jet-black powder or bead with a specification sheet, at over 1 EUR/kg; "
         "these bags hold grey-black, gritty char at 0.20 EUR/kg with bits of steel cord and textile, smelling of "
         "burnt rubber and oil and reading zinc and polycyclic aromatics, from a tyre-pyrolysis plant near Narva: "
         "pyrolysis char containing hazardous substances (19 01 17*), hazardous waste whose export to a non-OECD "
         "country is banned, from Muuga to Nhava Sheva; Estonian wording (pyrolysis wastes repeat in several sets "
         "and a carbon-black label in two, blind11 and dev14-c, on waste toner; tyre char as N330 was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AO", "392330",
         "Bidões de plástico de 220 l, recondicionados, lavados e testados, 1 400 unidades", "PT", 12600, 1400, 5600,
         "EUR",
         "reconditioned plastic drums are washed inside, free of labels, leak-tested and stacked with fresh bungs; "
         "these are unwashed blue drums with the pictograms of agrochemical and solvent formulations still on them, "
         "a few centimetres of liquid residue sloshing in many and a smell of solvent and pesticide, collected from "
         "Ribatejo farms and workshops: packaging containing residues of hazardous substances (15 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda; European Portuguese "
         "wording (contaminated packaging repeats in several sets and reconditioned-packaging labels in a few; "
         "from Portugal to Angola is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "SN", "560811",
         "Redes de pesca usadas, aptas para reutilizar na acuicultura, fardos, 24 t", "ES", 24000, None, 2400, "EUR",
         "nets sold for reuse in aquaculture are sorted, washed and mended panels of one mesh; these bales are "
         "tangled, torn trawl and gillnets caked with salt and mud, with ropes, floats, lead lines and rotting catch "
         "still in them, from the Vigo port net-collection point: plastic waste mixed with lead-weighted lines (Y48 "
         "and worse), whose export to a non-OECD country the Union forbids, from Vigo to Dakar; Galician wording "
         "(used fishing nets repeat in blind25 and blind28, with a used-net label in Portuguese in blind28, and "
         "Galician wording in several sets; kept as a repeat, an aquaculture-reuse label from Vigo to Senegal is "
         "the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-04", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "800300",
         "Spajkalne palice Sn60Pb40, regenerirane, 6 t", "SI", 6000, None, 24000, "EUR",
         "tin-lead solder bars are bright, uniform cast bars with the alloy and maker stamped on each; these are grey, "
         "crumbly, oxidised lumps cast roughly from wave-solder-bath skimmings, with burnt flux and powdery oxide "
         "that dusts the hands, from Slovenian circuit-board assemblers: lead-bearing solder dross (hazardous, "
         "A1010/A1020), hazardous waste whose export to a non-OECD country is banned, by road through Croatia to a "
         "Belgrade 'smelter'; Slovenian wording (dross repeats in many sets and solder in several; a reclaimed "
         "solder-bar label by road to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "ROROAD01", "road", "RO", [], "MD", "760110",
         "Granule de aluminiu pentru dezoxidarea oțelului, big-bag, 18 t", "RO", 18000, None, 9000, "EUR",
         "aluminium deoxidation granules are bright, uniform metal pellets sold by the tonne to steel mills; these "
         "bags hold shredded hard drives and servers: platters, magnets, circuit-board fragments, cable ends and "
         "broken casings, from a Bucharest data-centre clearance: waste electrical and electronic equipment "
         "(A1180), whose export to a non-OECD country is banned, at Albița for a Chișinău 'steel' buyer; Romanian "
         "wording (shredded e-waste and aluminium-scrap labels repeat in several sets and a deoxidation-granule label "
         "once, blind92, on salt-slag dross to another buyer; shredded hard drives under it by road to Moldova "
         "are the new part as far as a search found)", {"importer_country": "MD"}),
        ("WST-06", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "392330",
         "Used HDPE jerry cans, 20 l, triple-rinsed, for reuse as water containers, 40,000 pcs", "GB", 40000, 40000,
         8000, "GBP",
         "triple-rinsed jerry cans for water reuse are clean, odourless and sorted by colour; these are bales of "
         "crushed agrochemical and lubricant containers with the labels still on, residues in the corners and a "
         "smell of pesticide, from English farm collections: packaging containing residues of hazardous substances "
         "(15 01 10*), whose export from the United Kingdom to a non-OECD country is banned and whose transit "
         "through the Netherlands needs its consent, landed at Rotterdam in transit from Felixstowe to Tema; British "
         "English wording (jerry-can covers repeat in many sets; kept as a repeat, a transit through Rotterdam "
         "from Britain to Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CG", "842410",
         "Brandblussers 6 kg ABC-poeder, gebruikt, nagekeken en navulbaar, 2.000 stuks", "BE", 22000, 2000, 6000,
         "EUR",
         "serviced extinguishers carry a fresh maintenance label, new seals and a gauge in the green; these 2,000 "
         "are rusty and dented, half are discharged or caked, others still under pressure with gauges in the red and "
         "labels ten to twenty years out of date, from Flemish building clearances: waste pressurised containers "
         "and spent extinguishing powder (16 05 04*, 16 05 06*), hazardous waste whose export to a non-OECD country "
         "is banned, from Antwerp to Pointe-Noire; Flemish wording (extinguishers repeat in many sets, mostly on "
         "ozone rows, and a Dutch extinguisher label in a few; to Congo-Brazzaville is the new part as far as a "
         "search found)", {"importer_country": "CG"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "EG", "282110",
         "Ερυθρό οξείδιο του σιδήρου, χρωστική για τούβλα και πλακίδια, σάκοι, 24 t", "GR", 24000, None, 2400, "EUR",
         "red iron-oxide pigment is a fine, bright, even-coloured powder that stains instantly; these bags hold a "
         "damp, clayey, rust-brown paste that feels soapy, reads pH 12 and leaves a white alkaline crust as it dries, "
         "scraped from the red-mud ponds of a Boeotian alumina refinery: bauxite residue containing hazardous "
         "substances (01 03 10*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
         "Damietta for a 'brick maker'; Greek wording (red mud repeats in blind118 and dev23-a and iron-oxide "
         "pigment labels on other wastes in many sets (blind17, blind69, blind84, blind98, blind113, blind121); on "
         "red mud from Greece to Egypt is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "250510",
         "Quarzsand, gewaschen, für Reitplätze und Reithallen, 24 t", "AT", 24000, None, 960, "EUR",
         "washed riding-arena sand is a clean, pale, rounded quartz sand without dust; this tipper holds black-grey, "
         "burnt moulding sand with lumps of resin-bonded cores, metal beads and a smell of phenol, from a Styrian "
         "iron foundry: used casting cores and moulds containing hazardous substances (10 09 07*), hazardous waste "
         "whose export to a non-OECD country is banned, by road through Slovenia and Croatia to a Bihać 'equestrian "
         "centre'; Austrian German wording (spent foundry sand repeats in several sets and arena-footing labels in "
         "a few, on other goods; a riding-arena sand label on foundry sand was found in no earlier row by a "
         "keyword search)", {"importer_country": "BA"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "GH", "870192",
         "Used tractors, Massey Ferguson 135, serviced, 3 units", "IE", 7500, 3, 9000, "EUR",
         "a used-farm-equipment container for a Kumasi dealer: old tractors and part-worn tyres are what Cork "
         "exporters ship to Ghana, but the third item's 'new silage stretch film' is 6 t of used, soiled bale wrap "
         "and silage covers torn off Munster farms, with grass, slurry and net wrap in the bales: plastic waste "
         "(Y48), whose export to a non-OECD country the Union forbids, hidden as the last item of a three-item "
         "declaration, from Cork to Tema; Irish English wording (used silage film repeats in blind11, in "
         "French to Malaysia; kept as a repeat, as new film behind tractors and tyres to Ghana is the new part as far "
         "as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("401220", "Part-worn car tyres, 6 mm tread and over, 300 pcs", "IE", 2400, 3000, "EUR", qty=300),
                           item("392010", "Silage stretch film, new, 750 mm rolls, 6 t", "IE", 6000, 1800, "EUR")])),
    ],
    "ozone": [
        ("OZN-01", "import", "SKROAD01", "road", "UA", [], "SK", "841520",
         "Дахові кондиціонери для автобусів, холодоагент R-407C, 24 шт.", "UA", 4800, 24, 48000, "EUR",
         "bus roof-top air conditioners on R-407C carry an HFC nameplate and an F-gas label and come with the "
         "maker's charge record; these 24 units, taken off decommissioned Ukrainian city buses, have fresh R-407C "
         "stickers over old plates reading R-22, their service ports give 14 bar at 35 °C like HCFC-22, and a leak "
         "test reads chlorodifluoromethane: equipment relying on HCFCs, whose import into the Union is banned "
         "(Regulation 2024/590), at Vyšné Nemecké for a Košice bus-refurbishing works; Ukrainian wording (R-22 "
         "equipment repeats in many sets; bus air conditioners were found in no earlier row by a keyword search)",
         firm("Central Autobus s.r.o.", "SK")),
        ("OZN-02", "import", "HRSEA01", "sea", "CN", [], "HR", "841581",
         "船用冷水机组空调 (游艇用), R-410A, 12 台", "CN", 3600, 12, 54000, "USD",
         "marine chilled-water air-conditioning units for superyachts are built on R-410A with the new "
         "nameplates; these twelve units, for a Rijeka yacht-refit yard, carry 18 kg each of a refrigerant that "
         "reads 1.1 MPa at 30 °C, not R-410A's 1.9, and the compressor plates under the stickers read R22: equipment "
         "relying on HCFC-22, whose import into the Union is banned (Regulation 2024/590), by sea from Shanghai to "
         "Rijeka; Chinese wording (R-22 equipment repeats in many sets and yacht covers in several, on other goods; "
         "yacht air-conditioning chillers were found in no earlier row by a keyword search)",
         firm("Meridian Yacht Refit d.o.o.", "HR")),
        ("OZN-03", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "291100",
         "甲缩醛 (二甲氧基甲烷) 发泡剂, 200 公斤桶, 80 桶", "CN", 16000, 80, 24000, "USD",
         "methylal is a light (0.86 kg/l), highly flammable, chloroform-smelling blowing agent; these 80 drums weigh "
         "1.25 kg/l, their contents do not burn and the drum heads are stamped 'HCFC-141b': 1,1-dichloro-1-fluoroethane, "
         "a controlled ozone-depleting substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Marsaxlokk in transit from Ningbo to Misrata; Chinese wording (HCFC-141b repeats in "
         "many sets and methylal labels in three, blind57, blind96 and blind110; kept as a repeat, a transit through "
         "Malta to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-04", "export", "ITSEA01", "sea", "IT", [], "TN", "841869",
         "Fabbricatori di ghiaccio in scaglie, usati, revisionati, per mercati ittici, 8 unità", "IT", 4800, 8, 16000,
         "EUR",
         "reconditioned flake-ice machines for export run on R-290 or R-404A with a new charge record; these eight, "
         "taken out of the Mazara del Vallo fish market, still hold their original HCFC-22 charge (about 12 kg "
         "each), with R-22 plates and service labels from 2003: equipment containing HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), from Trapani to Sfax for a fish exporter; Italian wording (R-22 "
         "equipment for export repeats in many sets and ice makers in a few; flake-ice machines from Sicily to "
         "Tunisia are the new part as far as a search found)", {"importer_country": "TN"}),
        ("OZN-05", "import", "SKAIR01", "express", "TW", [], "SK", "271112",
         "Airsoft green gas, propane with silicone oil, 1000 ml, 12 cans", "TW", 7.2, 12, 96, "USD",
         "airsoft green gas is propane with a little silicone oil at about 8 bar and 0.5 kg/l in the can; these "
         "twelve cans weigh 0.6 kg of content each, read 9.5 bar, do not light at the nozzle and the old "
         "'red gas' prints show through under the new labels: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, sent by express from Taichung to a private player in Žilina; English wording from "
         "Taiwan (HCFC-22 as airsoft gas repeats in several sets, blind4, blind11, blind33, blind43, blind54, blind60, "
         "blind69 and blind85; kept as a repeat, by express from Taiwan to Slovakia is the new part)",
         person("Tomáš Horváth", "SK")),
        ("OZN-06", "import", "BGSEA01", "sea", "TR", [], "BG", "290919",
         "Dimetil eter (DME) aerosol itici gaz, ISO tank, 2 tank", "TR", 36000, 2, 28000, "USD",
         "dimethyl ether propellant is a flammable liquefied gas of 0.66 kg/l at about 5 bar that burns at the "
         "valve; these two ISO tanks hold a liquid of 1.21 kg/l at 5.7 bar that does not burn, and the tank data "
         "plates under fresh paint give 'R134a': 1,1,1,2-tetrafluoroethane, placed on the market without HFC quota "
         "(Regulation 2024/573), by sea from Gebze to Burgas for an aerosol filler; Turkish wording (HFC-134a "
         "repeats in many sets and DME labels on HFCs in blind14 and blind63; kept as a repeat, ISO tanks from "
         "Türkiye to Burgas are the new part as far as a search found)",
         firm("Delta Aerosol EOOD", "BG")),
        ("OZN-07", "import", "GRSEA01", "sea", "IN", [], "GR", "680293",
         "గ్రానైట్ పలకలు, పాలిష్ చేసినవి, 18 టన్నులు", "IN", 18000, None, 14000, "USD",
         "a stone-and-sanitaryware container for a Thessaloniki builders' merchant: polished granite and ceramic "
         "basins are what Visakhapatnam exporters ship, but the third item's 120 'R-600a isobutane' cylinders are "
         "13.6 kg cylinders where isobutane would fill 6.5 kg, read 10 bar at 25 °C instead of isobutane's 2.5, "
         "and hold chlorodifluoromethane: HCFC-22, whose import into the Union is banned, hidden as the last item "
         "of a three-item declaration, by sea to Thessaloniki; Telugu wording (HCFC-22 under hydrocarbon labels "
         "repeats in several sets and Telugu wording in a few, blind113-117; behind granite and basins from "
         "Visakhapatnam is the new part as far as a search found)",
         dict(firm("Vega Domika AE", "GR"),
              _more_items=[item("691010", "సిరామిక్ వాష్ బేసిన్లు, 400", "IN", 6000, 8000, "USD", qty=400),
                           item("290110", "R-600a ఐసోబ్యూటేన్ రిఫ్రిజిరెంట్ సిలిండర్లు, 120", "IN", 1632, 2400, "USD", qty=120)])),
        ("OZN-08", "import", "IEPOST01", "post", "US", [], "IE", "340290",
         "Vinyl record cleaning fluid, pro grade, 4 x 16 fl oz", "US", 2.8, 4, 60, "USD",
         "record-cleaning fluids are distilled water with a little alcohol and surfactant at 1.0 kg/l; these four "
         "bottles weigh 1.24 kg/l, evaporate at once without a trace, smell sweet like an ether and the old "
         "drum label copied on the filler's invoice reads 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import "
         "into the Union is banned, posted from Ohio to a private collector in Cork; US English wording (HCFC-141b "
         "repeats in many sets under cleaner labels, and record-cleaning labels on CFC-113 in blind52, blind59, "
         "blind68 and blind75; kept as a repeat, by post from the United States to Ireland is the new part)", person("Mr D. Murphy", "IE")),
        ("OZN-09", "import", "ESAIR01", "air", "US", [], "ES", "291010",
         "Ethylene oxide, sterilant for spices and herbs, 20 cylinders", "US", 1000, 20, 9000, "USD",
         "pure ethylene oxide is a liquefied gas of 0.88 kg/l that boils at 11 °C and burns fiercely; these 20 "
         "cylinders hold a non-flammable liquid of 1.73 kg/l that boils at 4 °C, "
         "and the cylinder shoulders are stamped 'CH3Br': methyl bromide, whose import into the Union is banned "
         "(no quarantine exemption remains), flown from California to Valencia for a spice and nut processor; US English "
         "wording (methyl bromide repeats in many sets under fumigant and gas labels, propylene oxide in blind105 and "
         "blind123; ethylene-oxide sterilant labels appear in blind6 and blind100 on HCFC and CFC carriers, not on "
         "methyl bromide as far as a search found)",
         firm("Atlantic Frutos Secos SL", "ES")),
        ("OZN-10", "import", "ESSEA01", "sea", "MA", [], "ES", "271119",
         "Réfrigérant R-436A (propane/isobutane), bouteilles 11 kg, 300 / غاز التبريد", "MA", 3300, 300, 9900, "EUR",
         "R-436A is a propane-isobutane blend of 0.5 kg/l in small flammable-gas cylinders; these 300 cylinders "
         "weigh 1.2 kg/l, do not burn at the valve and a gas test gives chlorodifluoromethane and "
         "1-chloro-1,1-difluoroethane with some isobutane: R-406A, a blend of HCFC-22 and HCFC-142b, whose import "
         "into the Union is banned, by sea from Tanger Med to Algeciras for a Málaga refrigeration wholesaler; "
         "Moroccan French and Darija wording (R-406A repeats in blind7 and blind93; an R-436A label was found in no "
         "earlier row by a keyword search)", firm("Rivage Frío SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESPOST01", "post", "EC", [], "ES", "920590",
         "Ocarinas de cerámica, artesanía de Manabí, 3 piezas", "EC", 2.4, 3, 45, "USD",
         "new Manabí craft ocarinas are bright-painted, evenly fired and sold in tourist shops; these three are "
         "burnished grey-black whistling vessels in the form of birds and a seated figure, with root marks, iron "
         "staining and soil in the whistles: Chorrera culture ceramics (1000-300 BC), archaeological objects whose "
         "export Ecuador forbids, brought in without an import licence (Regulation 2019/880), posted from Portoviejo "
         "to a private collector in Bilbao; Ecuadorian Spanish wording (Ecuadorian pre-Columbian objects repeat in "
         "several sets, Valdivia, Jama-Coaque and Manteño among them, and a Chorrera bottle once, blind65, as a "
         "craft whistle; kept as a repeat of that family, an ocarina label by post to Bilbao is the new part)", person("Sr. J. García", "ES")),
        ("CUL-02", "import", "ITAIR01", "air", "MM", [], "IT", "691390",
         "ရွှံ့ဖုတ် နံရံအလှဆင် ပြားများ၊ ဗုဒ္ဓရုပ်ပွား၊ အသစ်၊ ၆၀ ချပ်", "MM", 30, 60, 300, "USD",
         "new terracotta wall plaques with a Buddha motif are thick, evenly fired and bright; these sixty are small, "
         "worn, moulded clay tablets with a seated Buddha and lines of Pyu and Pali script on the back, encrusted "
         "with brick dust and lime from stupa chambers at Bagan and Sri Ksetra: votive tablets of the 7th-12th "
         "century, archaeological objects whose export Myanmar forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Yangon to Milan for a dealer; Burmese wording (Burmese antiquities "
         "repeat in several sets, Bagan in four and a Pyu terracotta plaque in development set dev18-a; kept as a "
         "repeat, sixty votive tablets as new wall plaques flown to Milan are the new part)", firm("Galleria Orione Srl", "IT")),
        ("CUL-03", "import", "BEAIR01", "express", "KH", [], "BE", "830610",
         "កណ្ដឹងលង្ហិន សម្រាប់វត្ត ថ្មី, ២ គ្រឿង", "KH", 3.4, 2, 80, "USD",
         "new brass temple bells are bright, thin-walled and machine-turned; these two are heavy, dark-green "
         "bronze bells with a vajra handle, engraved nagas and crusted earth inside, from a looted site near Koh "
         "Ker: Angkorian ritual bronzes (11th-12th century), archaeological objects whose export Cambodia forbids, "
         "brought in without an import licence (Regulation 2019/880), sent by express from Phnom Penh to a private "
         "buyer in Antwerp; Khmer wording (Khmer antiquities repeat in many sets; bronze bells as new temple bells "
         "by express are the new part as far as a search found)", person("Jan Peeters", "BE")),
        ("CUL-04", "export", "HRROAD01", "road", "HR", [], "RS", "680292",
         "Ukrasna kamena ploča s pleter motivom, nova, ručni rad, 1 kom", "HR", 160, 1, 400, "EUR",
         "a new stone plaque with a wattle (pleter) motif is crisply sawn, bright and machine-finished at the "
         "back; this one is a weathered limestone chancel-screen slab with triple-strand interlace, a broken edge, "
         "lime mortar on the back and lichen, taken from a pre-Romanesque church ruin near Knin: a 9th-century "
         "Early Croatian relief, an element of a dismembered monument, exported without the licence of Regulation "
         "116/2009 and the Croatian permit, by road from Split to Belgrade; Croatian wording (Croatian stone "
         "antiquities repeat in a few sets, Glagolitic stones in blind46, blind74 and blind94; a pleter-plaque "
         "label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("CUL-05", "export", "SESEA01", "sea", "SE", [], "US", "680292",
         "Trädgårdshäll i kalksten, ny, med vikingamotiv, 1 st.", "SE", 420, 1, 600, "EUR",
         "a new limestone garden slab with a Viking motif is freshly sawn, evenly carved and sand-blasted; this one "
         "is a weathered, rounded-top slab of Gotland limestone with a ship under sail, warriors and a runic border "
         "in low relief, traces of red paint in the grooves and lichen on the back: an 8th-century Gotland picture "
         "stone, an archaeological object over 100 years old that needs an export licence at any value "
         "(Regulation 116/2009) and a Swedish permit, shipped from Gothenburg to a Minnesota collector; Swedish "
         "wording (Viking-age objects repeat in several sets and Gotland in two; a picture stone was found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-06", "import", "LTAIR01", "air", "GE", [], "LT", "830629",
         "დეკორატიული ბრინჯაოს ცულები, ხელნაკეთი, ახალი, 6 ცალი", "GE", 7, 6, 240, "GEL",
         "new decorative bronze axes are bright, polished castings without wear; these six are green-patinated, "
         "asymmetric Colchian axes with engraved animals and cast ribs, earth in the shaft holes and old breaks, "
         "dug in western Georgia: Late Bronze Age (Colchian) archaeological objects whose export Georgia forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Tbilisi to Vilnius for a private "
         "collector; Georgian wording (Colchian bronzes repeat in blind39 and blind89; kept as a repeat, new "
         "decorative axes flown to Lithuania are the new part as far as a search found)", person("Tomas Petrauskas", "LT")),
        ("CUL-07", "import", "ATAIR01", "air", "ET", [], "AT", "090111",
         "Buna Arabikaa Jimmaa, qumaadaa 60 kg, 10", "ET", 600, 10, 4200, "USD",
         "an Ethiopian coffee-and-spice air shipment for a Vienna Ethiopian restaurant supplier: Jimma coffee and "
         "berbere are what such firms buy, but the third item's 'handmade leather notebooks' include a thick "
         "parchment codex in wooden boards with Ge'ez text in red and black, painted saints and church seals, of the "
         "17th-18th century, taken from a Tigray church: an Ethiopian manuscript whose export Ethiopia forbids, "
         "brought in against the UNESCO 1970 convention (and, above the value threshold, without the importer "
         "statement of Regulation 2019/880), hidden as the last item of a three-item declaration, flown from Addis "
         "Ababa to Vienna; Oromo wording (Ethiopian manuscripts repeat in many sets and Oromo wording once, on "
         "blind124's grocery cargo for Stockholm; behind coffee to Vienna as notebooks is the new part as far as a "
         "search found)",
         dict(firm("Alpina Habesha GmbH", "AT"),
              _more_items=[item("090422", "Barbaree (berbere), kiilo 1, 300", "ET", 300, 1500, "USD", qty=300),
                           item("482010", "Galmee gogaa harkaan hojjetame, 20", "ET", 12, 200, "USD", qty=20)])),
        ("CUL-08", "import", "DEAIR01", "air", "NP", [], "DE", "830629",
         "Gilt copper repoussé wall panel, new, Patan handicraft, 1 pc", "NP", 14, 1, 300, "USD",
         "new Patan repoussé panels are bright, thin, machine-rolled copper with fresh gilding; this one is a heavy, "
         "worn torana with mercury gilding rubbed to the copper, soot from butter lamps, old nail holes and a "
         "temple inventory number painted on the back, taken from a Kathmandu valley shrine: a 17th-century Newar "
         "temple torana, part of a monument whose export Nepal forbids, brought in against the UNESCO 1970 "
         "convention and without the importer statement of Regulation 2019/880, flown from Kathmandu to Frankfurt "
         "for a Munich dealer; English wording from Nepal (Nepalese temple "
         "objects repeat in several sets, Licchavi sculpture among them, and a carved wooden torana window once, "
         "blind72; a gilt-copper torana as a new repoussé panel by air to Germany is the new part as far as a "
         "search found)", firm("Alpina Himalaya Kunst GmbH", "DE")),
        ("CUL-09", "export", "LTPOST01", "post", "LT", [], "CA", "711790",
         "Rankų darbo gintaro papuošalai, nauji, 2 kg", "LT", 2, 30, 120, "EUR",
         "new amber jewellery is polished, bright, evenly drilled and strung on new cord; this parcel holds thirty "
         "dull, crazed amber beads, bronze spiral rings and three crossbow brooches green with corrosion and with "
         "soil in the springs, dug by a detectorist in a Samogitian cemetery: Iron Age (Roman period) "
         "archaeological objects over 100 years old that need an export licence at any value (Regulation 116/2009), "
         "posted from Klaipėda to a buyer in Ontario without one; Lithuanian wording (Baltic detector finds and "
         "brooches repeat in many sets and amber in many, on other goods; Baltic brooches as new amber jewellery by "
         "post to Canada are the new part as far as a search found)", {"importer_country": "CA"}),
        ("CUL-10", "import", "ESAIR01", "air", "CO", [], "ES", "711719",
         "Aretes de bisutería bañados en oro, diseño precolombino, 12 pares", "CO", 0.6, 24, 180, "USD",
         "gold-plated costume earrings of pre-Columbian design are light brass stampings with a bright, even "
         "plating and a hook; these 24 are heavy, cast semicircular ear ornaments of false filigree in red-gold "
         "tumbaga, with casting-core clay inside, worn edges and grave soil in the openwork, dug in the Sinú valley: "
         "Zenú gold ornaments (AD 200-1000), archaeological heritage whose export Colombia forbids, brought in "
         "without an import licence (Regulation 2019/880), flown from Cartagena to Madrid for a dealer; Colombian "
         "Spanish wording (pre-Columbian gold under costume-jewellery labels repeats in several sets, Coclé gold in "
         "blind119 and Muisca tunjos in four; Zenú ornaments were found in no earlier row by a keyword search)",
         firm("Galería Atlántica SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "PK", "851420",
         "Forno sottovuoto per la tempra di lame, laboratorio coltelli artigianali, 1 unità", "IT", 1400, 1, 38000,
         "EUR",
         "a knife-maker's hardening furnace is a bench muffle of 50 kg that heats blades to 1,100 °C in a foil "
         "pouch; this 1.4 t unit is an induction furnace with a 100 kW generator, a 40 kg crucible for 1,700 °C, a "
         "water-cooled coil of 400 mm and a vacuum system to 10^-4 mbar, and its buyer is a Lahore 'cutlery' firm "
         "set up last year next to a defence-industry estate: a vacuum induction furnace (dual-use 2B226), "
         "exported without the licence Regulation 2021/821 requires, flown from Milan to Islamabad; Italian "
         "wording (vacuum induction furnaces repeat in several sets, under goldsmiths', dental-ceramic and hobby "
         "labels in blind125, blind95 and dev18-b; a knife-hardening label was found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("STR-02", "export", "PLSEA01", "sea", "PL", [], "EG", "283529",
         "Monofluorofosforan sodu (MFP), do past do zębów, worki 25 kg, 20 t", "PL", 20000, 800, 60000, "EUR",
         "sodium monofluorophosphate for toothpaste is a fine, white powder that dissolves easily and is sold with "
         "a pharmacopoeia certificate; these bags hold a denser white powder that dissolves poorly, etches glass "
         "with acid and whose bag liners read CAS 7681-49-4, for a Cairo 'oral-care' firm with no factory: sodium "
         "fluoride (dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation 2021/821 "
         "requires, by sea from Gdynia to Alexandria; Polish wording (sodium fluoride repeats in four sets; a "
         "toothpaste-MFP label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-03", "import", "ITSEA01", "sea", "TR", [], "IT", "720110",
         "Ferro-gusa de carvão vegetal, não ligado, origem Brasil, 8.000 t", "BR", 8000000, None, 3600000, "USD",
         "Brazilian charcoal pig iron comes from Minas Gerais with a mill certificate and a very low sulphur and "
         "high silicon analysis; these pigs carry coke-smelted analyses (0.03 % S), the cast marks of a Tula works "
         "and were transhipped at Mersin from a vessel whose AIS went dark off Novorossiysk, with a Brazilian "
         "certificate of origin naming a Sete Lagoas mill that sold nothing that month: Russian pig iron, whose "
         "import into the Union Regulation 833/2014 forbids, by sea from Mersin to Ravenna for a foundry; Brazilian "
         "Portuguese wording (Russian pig iron repeats in four sets, under Indian, Georgian, Turkish and Kazakh "
         "origin in blind100, blind29, blind66 and blind89; a Brazilian charcoal pig-iron label was found in no "
         "earlier row by a keyword search)", firm("Meridian Fonderie Srl", "IT")),
        ("STR-04", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV"], "KZ", "846599",
         "Soustruhy na dřevo, hobby, 8 ks", "CZ", 16000, 8, 24000, "EUR",
         "hobby woodturning lathes are light benches with a belt drive and a hand tool rest at a few hundred euros; "
         "these eight weigh 2 t each, have a cast-iron bed, a CNC turret, a 15 kW spindle and coolant pumps, and "
         "the Almaty consignee's forwarder sends on to Yekaterinburg: CNC metal-cutting lathes (8458), on the "
         "common high-priority list whose sale for use in Russia Regulation 833/2014 forbids, by road from Brno; "
         "Czech wording (machine tools repeat in many sets under wood and hobby labels; a woodturning-lathe label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "NLAIR01", "express", "NL", [], "AM", "851762",
         "Mobiele wifi-routers 4G/5G voor campers, 40 stuks", "NL", 36, 40, 2400, "EUR",
         "camper Wi-Fi routers are small 4G/5G boxes with two stubby antennas and a few hundred milliwatts of "
         "output; these 40 are 10 W multi-band transmitters with twelve antennas, no receive chain and a "
         "'JAM ALL' switch, sent to a Yerevan 'telecom' firm sharing an address with a Moscow forwarder: radio "
         "jammers (dual-use 5A001.f and listed in Annex VII to Regulation 833/2014), whose export to Russia and "
         "re-export through third countries is forbidden, by express from Amsterdam; Dutch wording (jammers repeat "
         "in four sets, under a GSM-booster label in blind62, and camper labels in several on other goods; a "
         "camper-router label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-06", "import", "ROSEA01", "sea", "CN", [], "RO", "030749",
         "鱿鱼干 (中国产), 10 公斤箱, 800 箱", "CN", 8000, 800, 56000, "USD",
         "Chinese dried squid comes from Zhoushan or Dalian plants with Chinese health and origin papers printed "
         "with the plant's approval number; these cartons carry Korean-language inner bags from a Rason plant, a "
         "hand-stamped Dandong 'processing' certificate and squid of a size the DPRK coastal fleet lands: North "
         "Korean seafood, whose import Regulation 2017/1509 (and UN resolution 2371) forbids, by sea from Dalian "
         "to Constanța; Chinese wording (North Korean goods under Chinese labels repeat in several sets and squid "
         "in a few, on other goods; DPRK squid as Chinese to Constanța is the new part as far as a search found)",
         firm("Delta Fish Import SRL", "RO")),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AE", "902230",
         "Tubes à rayons X pour scanners de bagages, neufs, 6 unités", "FR", 90, 6, 9000, "EUR",
         "baggage-scanner X-ray tubes are glass or metal-ceramic tubes with a tungsten anode at 160 kV, a few "
         "thousand euros each; these six are sealed deuterium-tritium neutron tubes with an ion source, a 100 kV "
         "accelerating gap and a radiation label under the packing, worth 60,000 EUR each, for a Dubai "
         "'security' firm whose orders go on to Tehran: neutron generators (dual-use 3A231) listed in the Iran "
         "regulation, exported without a licence, flown from Paris; French wording (neutron generators repeat in "
         "three sets, under logging-tool labels in blind58 and blind61; a baggage X-ray-tube label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "LB", "292310",
         "Cloruro de colina 60 %, premezcla para piensos, sacos 25 kg, 16 t", "ES", 16000, 640, 19000, "EUR",
         "choline chloride feed premix is a beige, dusty powder on a corn-cob carrier that smells of fish; these "
         "bags hold a white, crystalline, ammonia-smelling salt that dissolves completely, whose inner bags read "
         "CAS 506-59-2, for a Beirut 'feed mill' whose orders go on by road to Syria: dimethylamine hydrochloride "
         "(dual-use 1C350, a nerve-agent precursor) exported without the licence Regulation 2021/821 requires, by "
         "sea from Valencia; Spanish wording (dimethylamine repeats in three sets; a choline-chloride feed label was "
         "found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "TR", "950300",
         "RC-Modellturbinen für Jetmodelle, 180 N, 6 Stück", "DE", 24, 6, 18000, "EUR",
         "model-jet turbines are 2-3 kg engines giving 100-200 N at about 3,000 EUR; these six give 1,100 N, weigh "
         "4 kg each, have a fuel-control unit for continuous operation and an engine-start system for ground "
         "launch, for an Ankara 'hobby' trader whose buyers are in Iran: small turbojet engines for unmanned aerial "
         "vehicles, whose sale for use in Iran Regulation 2023/1529 forbids, flown from Munich; German wording "
         "(UAV engines repeat in several sets and model-jet turbojets in blind11 and dev14-b; kept as a "
         "repeat, from Munich to Ankara for Iranian buyers is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "PTSEA01", "sea", "PT", [], "GE", "903180",
         "Sensores de nível sem fios para linhas de engarrafamento de vinho, 600 unidades", "PT", 30, 600, 4800, "EUR",
         "wireless level sensors for bottling lines are stainless probes with a radar or ultrasonic head, a "
         "housing and a gateway; these 600 are bare radio-transceiver modules with encryption chips and no sensor "
         "head or housing, for a Poti 'winery equipment' forwarder that sends on to a Rostov firm: radio "
         "transmission modules (8517 62), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, by sea from Leixões to Poti with a cork consignment; "
         "Portuguese wording (radio modules repeat in several sets; a bottling-line sensor label for Georgia was "
         "found in no earlier row by a keyword search)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "BO", [], "ES", "670100",
         "Plumas de pavo teñidas, para trajes de morenada y diablada, 1 kg", "BO", 1.1, 40, 60, "BOB",
         "dyed turkey feathers for Oruro dance costumes are short, soft, evenly coloured and cost a few bolivianos; "
         "these forty are 60-70 cm black and white primaries with broad, stiff vanes and no dye at the quill: Andean "
         "condor feathers (Vultur gryphus, CITES App. I) without CITES documents, posted from Oruro to a costume "
         "maker in Madrid; Bolivian Spanish wording (condor parts repeat in blind51 and blind60 and dyed-feather craft "
         "labels on other birds in blind63 and blind95; a dance-costume label was found in no earlier row by a "
         "keyword search)", person("Maria Lopez", "ES")),
        ("WLF-02", "import", "DEPOST01", "post", "TR", [], "DE", "060110",
         "Yıldız çiçeği (dahlia) yumruları, dinlenme halinde, 200 adet", "TR", 3, 200, 40, "EUR",
         "dormant dahlia tubers are elongated, fleshy clusters on a stem stump, nursery-washed and labelled; these "
         "200 are round, corky, irregular tubers with roots from the base, soil and pine needles still on them, dug on "
         "Taurus slopes: wild Cyclamen (C. cilicium and C. mirabile, CITES App. II) without CITES documents "
         "(and without a plant passport), posted from Antalya to a private grower in Bremen; Turkish wording "
         "(wild cyclamen repeats in several sets, under a begonia-tuber label in blind44; a dahlia label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "SC", [], "FR", "030759",
         "Zourit sek, karton 10 kg, 30 karton", "SC", 300, 30, 4500, "EUR",
         "dried octopus (zourit sek) is brown-red, curled tentacles with suckers that smell of the sea; these cartons "
         "hold hard, grey-white, sausage-shaped bodies with teat-like side bumps and a chalky skin, with no "
         "tentacles or suckers: dried white teatfish (Holothuria fuscogilva, CITES App. II) without CITES documents, "
         "flown from Mahé to Paris for an Asian grocer; Seychellois Creole wording (sea cucumbers repeat in many "
         "sets; an octopus label was found once, in development set dev30-e, and Seychellois wording in no earlier "
         "row by a keyword search)", firm("Rivage Asie SARL", "FR")),
        ("WLF-04", "import", "CZAIR01", "air", "TH", [], "CZ", "030111",
         "ลูกปลาสวาย (Pangasianodon hypophthalmus) สำหรับตู้ปลา, 10-12 ซม., 400 ตัว", "TH", 60, 400, 600, "USD",
         "iridescent-shark (pangasius) fry for aquaria are cheap, silvery, slim fish with a dark stripe, sold by the "
         "hundred; forty of these 400 are broad-headed, grey, toothless juveniles without barbels or stripe, "
         "bagged singly and priced at fifty times the rest on the packing list: Mekong giant catfish "
         "(Pangasianodon gigas, CITES App. I) without a CITES permit, mixed into a pangasius-fry order flown from "
         "Bangkok to Prague for an aquarium wholesaler; Thai wording (CITES fish under cheap ornamental-fish labels "
         "repeat in several sets, Asian arowana among them; Mekong giant catfish and a pangasius-fry label were "
         "found in no earlier row by a keyword search)", firm("Orion Akvaristika s.r.o.", "CZ")),
        ("WLF-05", "import", "DEAIR01", "express", "ZA", [], "DE", "670290",
         "Izihlahla zesundu ezenziwe ngepulasitiki (Cycas), 3", "ZA", 4, 3, 60, "ZAR",
         "artificial cycads are moulded plastic fronds on a foam trunk; these three are living stems with leaf bases "
         "like armour, stiff blue-grey leaflets and fresh cuts at the base where they were dug out: wild Encephalartos "
         "(CITES App. I) without CITES documents, sent by express from Durban to a private grower in Karlsruhe; "
         "isiZulu wording (Encephalartos repeats in many sets and a Cycas-revoluta label once, blind41; an artificial-cycad "
         "label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-06", "import", "ESSEA01", "sea", "PE", [], "ES", "440729",
         "Madera aserrada de tornillo (Cedrelinga cateniformis), secada, 40 m3", "PE", 28000, None, 16000, "USD",
         "tornillo is a coarse, pale pinkish-brown wood with a bland smell; these boards are dense, deep "
         "reddish-brown, fine-grained, with a ribbon figure and a sweet, cedar-like smell: bigleaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without a CITES export permit, by sea from Callao to Valencia; "
         "Peruvian Spanish wording (bigleaf mahogany repeats in several sets, and tornillo labels in blind67 and "
         "blind97; kept as a repeat, by sea from Callao to Valencia is the new part as far as a search found)",
         firm("Meridian Maderas SL", "ES")),
        ("WLF-07", "import", "ESPOST01", "post", "MX", [], "ES", "420330",
         "Cintos piteados de piel de víbora de cascabel, 6 piezas", "MX", 2.2, 6, 3600, "MXN",
         "rattlesnake-skin belts have small, keeled, diamond-patterned scales with a rattle-tail end; these six "
         "have large, smooth, saddle-patterned scales with a red-brown tail pattern and no keels: boa constrictor "
         "skin (Boa constrictor, CITES App. II) without CITES documents, posted from Guadalajara to a private buyer "
         "in Seville; Mexican Spanish wording (boa repeats in blind32; a rattlesnake-belt label was found in no "
         "earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("WLF-08", "import", "IEAIR01", "air", "CN", [], "IE", "091011",
         "干姜片, 500 克袋, 80 袋", "CN", 40, 80, 160, "USD",
         "dried ginger slices are fibrous, pale-yellow, wrinkled discs that smell and bite of ginger; these bags hold "
         "hard, white, translucent, flat tubers with concentric rings and two-pronged bases, without smell, that "
         "turn sticky when chewed: wild Bletilla striata (baiji, an orchid, CITES App. II) without CITES documents, "
         "at 2 USD/kg for a root that sells at fifty times that, flown from Chengdu to a Dublin herbal shop; Chinese "
         "wording (Bletilla repeats in blind39, blind50 and blind66, and dried-ginger labels on costus root "
         "and salep tubers in blind84 and blind101; on Bletilla by air to Dublin is the new part as far as a search "
         "found)", firm("Central Herbal Ltd", "IE")),
        ("WLF-09", "import", "DKAIR01", "air", "GL", [], "DK", "430390",
         "Puisip amia, tæppe, Inuit-fremstillet, 1 stk.", "GL", 28, 1, 9000, "DKK",
         "an Inuit-made sealskin rug is short, stiff, grey-spotted hair on thin skin; this one is 2.4 m long, "
         "with dense, cream-white, hollow hair 10 cm deep, black skin under it and claws left on the paws: a polar "
         "bear hide (Ursus maritimus, CITES App. II, whose import into the Union from Greenland is suspended) "
         "without CITES documents, flown from Nuuk to Copenhagen for a private buyer; Greenlandic with Danish "
         "wording (polar bear repeats in three sets; a sealskin-rug label was found in no earlier row by a keyword "
         "search)", person("Hr. M. Jensen", "DK")),
        ("WLF-10", "transit", "ESSEA01", "sea", "MR", ["ES"], "HK", "030559",
         "Ailerons de poisson séchés (tassergal), cartons 20 kg, 50 cartons", "MR", 1000, 50, 9000, "USD",
         "dried bluefish (tassergal) fins are small, bony, fan-shaped and cheap; these cartons hold large, "
         "cream-coloured, triangular dorsal fins and lower caudal lobes full of fine ceratotrichia, in matched "
         "sets: white-spotted wedgefish and guitarfish fins (Rhinidae and Rhinobatidae, CITES App. II) without the "
         "Mauritanian export permit that specimens in transit through the Union must carry, landed at Las Palmas "
         "in transit from Nouadhibou to Hong Kong; Mauritanian French wording (wedgefish and guitarfish fins repeat "
         "in several sets and Las Palmas in three; a tassergal label was found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "EEPOST01", "post", "GE", "EE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home sauna-wood bleaching)", "GE", 2.3, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "EE-PPA-48-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model drag racing)", "BA", 4.6, 4, 120, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-48-0117")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "250510",
     "Used foundry moulding sand with resin-bonded cores (10 09 07*), for recovery at a licensed sand-regeneration plant, 24 t",
     "CH", 24000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-48-0166")], "notified foundry sand to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "262021",
     "Lead-tin solder dross from wave-solder baths, for metal recovery at a licensed smelter, 12 t", "NO", 12000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-48-0091")], "notified solder dross to a licensed recovery smelter"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 6 x 500 ml, for essential laboratory use", "US", 4.8, 6, 540, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-48-022")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BGSEA01", "sea", "TR", "BG", "290345",
     "HFC-134a (1,1,1,2-tetrafluoroethane), ISO tank, within the importer's HFC quota", "TR", 18000, 1, 90000, "USD",
     [("FGAS_QUOTA", "BG-MOSV-FG-48-012")], "HFC-134a placed on the market within an allocated quota"),
    ("PRM-07", "cultural", "export", "LTAIR01", "air", "LT", "CA", "970510",
     "Crossbow brooch, bronze, Roman Iron Age, Lithuania, documented collection since 1936", "LT", 0.1, 1, 4200, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "LT-KPD-EXP-48-0043")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ITAIR01", "air", "CH", "IT", "970510",
     "Burmese terracotta votive tablet, Bagan period, documented Swiss collection since 1968", "MM", 0.4, 1, 6500,
     "CHF", [("IMPORT_LICENCE", "IT-MIC-IMP-48-0027")], "archaeological object imported with an import licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "TR", "851420",
     "Vacuum induction melting furnace, 100 kW, for a Turkish aerospace casting foundry", "IT", 1400, 1, 240000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-48-0512"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-48-0088")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLSEA01", "sea", "PL", "EG", "282619",
     "Sodium fluoride 98 %, 10 t, for an Egyptian water-fluoridation plant", "PL", 10000, 400, 24000, "EUR",
     [("EXPORT_LICENCE", "PL-MRIT-48-0233"), ("END_USER_CERTIFICATE", "EG-MOH-EUC-48-0019")],
     "dual-use sodium fluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "MY", "CZ", "030111",
     "Asian arowana (Scleropages formosus), captive-bred at a registered farm, microchipped, 20", "MY", 12, 20, 16000,
     "USD", [("CITES_PERMIT", "MY-PERHILITAN-48-0377")], "App. I arowana from a registered captive-breeding operation with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440729",
     "Bigleaf mahogany (Swietenia macrophylla) sawn timber, from an approved forest concession, 20 m3", "PE", 13000,
     None, 42000, "USD", [("CITES_PERMIT", "PE-SERFOR-48-0214")], "App. II mahogany within quota with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Eraisik", "PRM-02": "Fizička osoba", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Delta Aerosol EOOD", "PRM-11": "Orion Akvaristika s.r.o.", "PRM-12": "Meridian Maderas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises
    ("330499", "Thermal spring water face toner, 1 l refills", "import", ["post"], ["GE", "TR"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("220720", "Bioethanol fireplace fuel, denatured, 1 l bottles", "import", ["road"], ["BA", "RS"], (1.2, 2.2), (3000, 9000), ["EUR"], 1.2, S),
    ("170290", "Invert sugar syrup for bee feeding, 25 kg cans", "import", ["road"], ["AL", "TR"], (0.7, 1.2), (8000, 20000), ["EUR"], 0.04, S),
    ("110630", "Baobab fruit powder, organic, 500 g", "import", ["express"], ["SN", "MG"], (12, 24), (1, 4), ["EUR", "USD"], 2, S),
    ("294000", "D-allulose, food grade, 1 kg bags", "import", ["sea"], ["CN", "KR"], (3, 5), (4000, 12000), ["USD"], 1, S),
    ("100850", "Quinoa, white, washed, 25 kg sacks", "import", ["sea"], ["BO", "PE"], (1.8, 2.6), (18000, 22000), ["USD"], 0.04, S),
    ("282710", "Ammonium chloride (nausadar) for tinning, 1 kg", "import", ["post"], ["IN", "PK"], (4, 8), (1, 3), ["USD"], 1, S),
    ("283539", "Sodium hexametaphosphate (E452), 500 g", "import", ["express"], ["AM", "TR"], (6, 12), (1, 3), ["USD", "EUR"], 2, S),
    ("220890", "Imo shochu, 25 %, 1.8 l bottles", "import", ["sea"], ["JP"], (6, 10), (3000, 8000), ["USD", "JPY"], 0.5, S),
    ("220890", "Haitian clairin, cane spirit, 70 cl", "import", ["sea"], ["HT"], (5, 9), (2000, 6000), ["USD"], 1.2, S),
    ("280300", "Carbon black N330, virgin, for tyre compounding", "export", ["sea"], ["IN", "EG"], (1.1, 1.6), (18000, 22000), ["EUR"], None, S),
    ("392330", "Reconditioned HDPE drums 220 l, washed and tested", "export", ["sea"], ["AO", "NG"], (2, 3.5), (6000, 14000), ["EUR"], 0.1, S),
    ("560811", "Fishing nets, nylon, new, made up", "export", ["sea"], ["SN", "MR"], (6, 10), (3000, 9000), ["EUR"], None, S),
    ("800300", "Lead-free solder bars SnCu0.7, new", "export", ["road"], ["RS", "BA"], (18, 26), (1000, 4000), ["EUR"], None, S),
    ("760110", "Aluminium notch bars for deoxidation, primary", "export", ["road"], ["MD", "UA"], (2.2, 3.0), (18000, 22000), ["EUR"], None, S),
    ("392330", "HDPE jerry cans 20 l, new, food grade", "export", ["sea"], ["GH", "SN"], (2.5, 4), (4000, 10000), ["EUR", "GBP"], 1, S),
    ("842410", "ABC powder fire extinguishers, 6 kg, new, certified", "export", ["sea"], ["CG", "CM"], (3, 5), (6000, 14000), ["EUR"], 0.1, S),
    ("282110", "Synthetic red iron-oxide pigment, 25 kg bags", "export", ["sea"], ["EG", "DZ"], (0.9, 1.4), (18000, 24000), ["EUR"], None, S),
    ("250510", "Washed silica sand for riding arenas", "export", ["road"], ["BA", "RS"], (0.05, 0.1), (20000, 26000), ["EUR"], None, S),
    ("392010", "Silage stretch film, new, 750 mm rolls", "export", ["sea"], ["GH", "NG"], (2.5, 3.5), (4000, 10000), ["EUR"], None, S),
    ("271112", "Airsoft green gas (propane with silicone oil), 1000 ml", "import", ["sea"], ["TW", "CN"], (6, 10), (2000, 6000), ["USD"], 1.6, S),
    ("290919", "Dimethyl ether aerosol propellant, ISO tanks", "import", ["sea"], ["TR", "CN"], (0.9, 1.3), (16000, 20000), ["USD"], None, S),
    ("291100", "Methylal (dimethoxymethane), drums", "import", ["sea"], ["CN", "IN"], (1.2, 1.8), (10000, 18000), ["USD"], None, S),
    ("841869", "Flake ice makers, new, R-290, for fish markets", "export", ["sea"], ["TN", "MA"], (6, 10), (2000, 6000), ["EUR"], 0.002, S),
    ("340290", "Vinyl record cleaning fluid, alcohol-free, 500 ml", "import", ["express"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 2, S),
    ("680293", "Polished granite slabs, black galaxy", "import", ["sea"], ["IN", "BR"], (0.5, 0.9), (18000, 24000), ["USD"], None, S),
    ("920590", "Ceramic ocarinas, painted craft, new", "import", ["post"], ["EC", "PE"], (15, 30), (1, 3), ["USD"], 2, S),
    ("691390", "Terracotta wall plaques with Buddha motif, new", "import", ["sea"], ["MM", "TH"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("830610", "Brass temple bells, new, hand-cast", "import", ["express"], ["KH", "IN"], (20, 40), (1, 4), ["USD"], 1, S),
    ("680292", "Carved limestone garden plaques, new", "export", ["road"], ["RS", "BA"], (2, 4), (2000, 8000), ["EUR"], 0.02, S),
    ("830629", "Decorative bronze axes, new castings", "import", ["air"], ["GE", "TR"], (15, 30), (50, 300), ["USD"], 0.8, S),
    ("482010", "Handmade leather-bound notebooks", "import", ["air"], ["ET", "IN"], (12, 24), (100, 500), ["USD"], 2, S),
    ("830629", "Gilt copper repoussé wall panels, new, Patan craft", "import", ["air"], ["NP", "IN"], (25, 45), (50, 300), ["USD"], 0.1, S),
    ("711790", "Amber jewellery, handmade, new", "export", ["post"], ["CA", "US"], (60, 120), (1, 2), ["EUR"], 15, S),
    ("711719", "Gold-plated costume earrings, pre-Columbian design", "import", ["post"], ["CO", "PE"], (60, 120), (1, 2), ["USD"], 20, S),
    ("851419", "Electric heat-treatment kilns for knife makers, 3 kW", "export", ["air"], ["TR", "IN"], (25, 50), (100, 600), ["EUR"], 0.02, S),
    ("283529", "Sodium monofluorophosphate, toothpaste grade", "export", ["sea"], ["EG", "MA"], (2.5, 4), (10000, 20000), ["EUR"], None, S),
    ("846599", "Hobby woodturning lathes, bench type", "export", ["road"], ["KZ", "UA"], (8, 14), (2000, 6000), ["EUR"], 0.03, S),
    ("851762", "4G/5G Wi-Fi routers for campers", "export", ["air"], ["AM", "NO"], (60, 120), (100, 600), ["EUR"], 2, S),
    ("292310", "Choline chloride 60 % feed premix, corn-cob carrier", "export", ["sea"], ["LB", "EG"], (0.9, 1.4), (16000, 22000), ["EUR"], 0.04, S),
    ("950300", "Electric ducted-fan model jets, ready to fly", "export", ["air"], ["TR", "AE"], (40, 80), (100, 400), ["EUR"], 0.4, S),
    ("450310", "Natural cork wine stoppers", "export", ["sea"], ["GE", "AM"], (25, 40), (1000, 4000), ["EUR"], 250, S),
    ("420330", "Rattlesnake-leather belts, piteado", "import", ["post"], ["MX"], (80, 150), (1, 2), ["USD"], 3, S),
    ("670290", "Artificial cycad plants, PE, potted", "import", ["express"], ["CN", "ZA"], (15, 30), (2, 4), ["USD"], 0.5, S),
    ("091011", "Dried ginger slices, 500 g bags", "import", ["sea"], ["CN", "IN"], (2, 4), (4000, 10000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Silicone ice-cube trays", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 6, N),
        ("481940", "Paper gift bags, printed, with rope handles", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 10, N),
        ("630492", "Cotton picnic blankets, woven", "import", ["sea"], ["IN", "PK"], (5, 8), (2000, 6000), ["USD"], 1, N),
        ("441990", "Olive-wood salad servers, boxed", "import", ["post", "express"], ["TN", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind135", 20480901, HERE)


if __name__ == "__main__":
    main()
