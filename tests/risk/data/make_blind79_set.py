#!/usr/bin/env python3
"""Writes the seventy-ninth blind set (tests/risk/data/blind79-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2039, with goods, routes,
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
declaration would. Ids are BL79-*:

    python3 tests/risk/data/make_blind79_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "GB", [], "DE", "330730",
         "Bath bomb base mix, unscented, 6 x 1 kg", "GB", 6, 6, 35, "GBP",
         "bath-bomb base is sodium bicarbonate and citric acid that fizz in water; these six bags of fine white "
         "powder do not fizz, burn fiercely when a pinch meets sugar and a flame, and carry CAS 7778-74-7 on the "
         "inner bags: potassium perchlorate (Annex I above 40 %), posted from Leeds to a private person in Kassel "
         "who makes no cosmetics; English wording (potassium perchlorate repeats in many sets; a bath-bomb base "
         "cover is new as far as a search found)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "ESAIR01", "express", "KR", [], "ES", "330790",
         "콘택트렌즈 과산화수소 세척액, 10 x 500 ml", "KR", 5.7, 10, 60, "USD",
         "peroxide contact-lens systems are 3 % solutions sold with a neutralising cup and weigh about 1.01 kg/l; "
         "these ten bottles come without cups, weigh 1.13 kg/l, vent through their caps and whiten the skin: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from Seoul to a private person in Valencia; "
         "Korean wording (hydrogen peroxide repeats in many sets and a contact-lens disinfectant cover was posted "
         "from the US to Portugal in blind39; from Korea in Korean by express is the new part)",
         person("Sr. J. García", "ES")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "291511",
         "Mravlja kiselina 60 % za tretman varoe, 5 x 1 l", "RS", 7, 5, 40, "EUR",
         "formic acid for varroa treatment is 60-85 % and weighs about 1.15-1.2 kg/l; these five litres weigh "
         "1.41 kg/l, give off brown fumes when opened and stain the skin yellow: about 68 % nitric acid (Annex I "
         "above 3 %), in the boot of a private car at Röszke for a private person in Szeged who keeps no bees; "
         "Serbian wording (nitric acid repeats in many sets and a formic-acid varroa cover came by express from "
         "Morocco to France in blind28; nitric acid under it by car from Serbia is the new part)",
         person("Magánszemély", "HU")),
        ("PRE-04", "import", "FRROAD01", "road", "CH", [], "FR", "310210",
         "Urée technique pour fabrication d'AdBlue maison, 8 sacs de 25 kg", "CH", 200, 8, 160, "CHF",
         "technical urea for AdBlue is 46 % N, smells of ammonia when warmed and dissolves slowly; these prills "
         "are hard and glassy, draw damp, melt and fizz on a hot plate without any ammonia smell, and the inner bags "
         "read 'N 34,4 %': ammonium nitrate (Annex I at 16 % N or more), 200 kg in a private car from Geneva for a "
         "private person in Annemasse who runs no lorry fleet; Swiss French wording (ammonium nitrate repeats in "
         "many sets, and home-made AdBlue urea hid it from Britain to Luxembourg and Belgium in blind47 and blind57; by "
         "car from Switzerland to France in Swiss French is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-05", "import", "ITAIR01", "express", "IN", [], "IT", "292690",
         "Acetonitrile grado HPLC, 4 x 4 l", "IN", 18.2, 4, 220, "USD",
         "HPLC acetonitrile weighs 0.79 kg/l and goes to laboratories; these four 4-litre bottles weigh 1.14 kg/l, "
         "smell faintly fruity and the inner labels read 'nitromethane 99 %': nitromethane (Annex I above 16 %), "
         "sent by express from Hyderabad to a private person in Bari with no laboratory; Italian wording "
         "(nitromethane repeats in many sets and an HPLC acetonitrile cover came from the US to Malta in blind48; "
         "from India to Italy in Italian is the new part)", person("Sig. M. Bianchi", "IT")),
        ("PRE-06", "import", "SEROAD01", "road", "NO", [], "SE", "320290",
         "Garvesyre for skinn, pickel til hjemmegarving, 4 x 1 l", "NO", 7.4, 4, 600, "NOK",
         "home-tanning pickles are sodium bisulphate or formic acid, sold as powder or a weak liquid; these four "
         "litres are oily, water-clear, weigh 1.84 kg/l and char a paper towel: about 96 % sulphuric acid "
         "(Annex I above 15 %), in a private car from Trondheim for a private person in Östersund; Norwegian "
         "wording (sulphuric acid repeats in many sets; a home fur-tanning pickle cover is new as far as a search "
         "found)", person("Privatperson", "SE")),
        ("PRE-07", "import", "CZPOST01", "post", "CN", [], "CZ", "310420",
         "Draselná sůl do změkčovače vody, chlorid draselný, 10 x 1 kg", "CN", 10, 10, 40, "USD",
         "potassium-chloride pellets for water softeners come in 10-25 kg sacks at a few euros; these ten small "
         "bags of fine crystals flare violet on a hot plate and carry CAS 3811-04-9: potassium chlorate (Annex I "
         "above 40 %), posted from Shenzhen to a private person in Brno who owns no softener; Czech wording "
         "(potassium chlorate repeats in many sets and the chloride/chlorate name trick hid it as a salt substitute "
         "from Ukraine in blind40 and blind48, and water-softener salts were covers in blind46 and blind61; a "
         "potassium-chloride softener salt by post from China is the new part)",
         person("Soukromá osoba", "CZ")),
        ("PRE-08", "import", "NLAIR01", "express", "US", [], "NL", "842121",
         "Filterpatronen voor bubbelbad, 4 st.", "US", 3, 4, 80, "USD",
         "a hot-tub supplies order to a private address: filter cartridges and test strips are what spa owners "
         "buy, but the third item's 'actieve zuurstof vloeibaar' weighs 1.13 kg/l, vents through its caps and "
         "whitens the skin: about 35 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a "
         "three-item declaration for a private person in Utrecht; Dutch wording (hydrogen peroxide repeats in many "
         "sets and pool and whirlpool 'active oxygen' covers in blind19 and blind35, single-item from Switzerland and "
         "Poland; a three-item spa order by express from the US is the new part)",
         dict(person("Mw. E. de Jong", "NL"),
              _more_items=[item("382219", "Teststrips voor bubbelbadwater, 10 potjes", "US", 0.5, 60, "USD", qty=10),
                           item("284700", "Actieve zuurstof vloeibaar, 4 x 5 l", "US", 22.6, 90, "USD", qty=4)])),
        ("PRE-09", "import", "ROROAD01", "road", "MD", [], "RO", "283620",
         "Sodă de rufe, carbonat de sodiu cristalizat, 10 x 1 kg", "MD", 10, 10, 150, "MDL",
         "washing soda is alkaline, slippery when wet and crumbles to powder in dry air; these crystals test "
         "neutral, stay hard, draw damp and flare with sugar: sodium chlorate (Annex I above 40 %), in the boot of a "
         "private car at Sculeni for a private person in Iași; Romanian wording (sodium chlorate repeats in many "
         "sets and a washing-soda cover came from Serbia to Hungary in blind49; from Moldova in Romanian is the new "
         "part)", person("Persoană fizică", "RO")),
        ("PRE-10", "import", "BGROAD01", "road", "TR", [], "BG", "310520",
         "Çim gübresi NPK 20-10-10, 1 kg paket, 2.000 adet", "TR", 2000, 2000, 3000, "EUR",
         "a garden-centre lorry: lawn fertiliser and bark mulch are what such chains stock, but the third item is "
         "1,000 retail 1-kg packs of 'amonyum nitrat %34,5 N', declared by name among the garden goods, for a "
         "Plovdiv garden-centre chain that sells to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public; Turkish wording (ammonium nitrate repeats in many sets and "
         "garden-centre covers appear in a few; a Turkish three-item garden lorry with retail packs is new as far as "
         "a search found)",
         dict(firm("Gradina Plus EOOD", "BG"),
              _more_items=[item("440149", "Çam kabuğu malç, 50 l torba, 400 adet", "TR", 4000, 1600, "EUR", qty=400),
                           item("310230", "Amonyum nitrat %34,5 N, 1 kg perakende paket, 1.000 adet", "TR", 1000, 700,
                                "EUR", qty=1000)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "GH", "320990",
         "Vernici rigenerate all'acqua, latte da 20 l, 600 pz", "IT", 12000, 600, 1800, "EUR",
         "re-manufactured paints are filtered, tinted and relabelled; these tins are rusted, half-full, skinned over, "
         "of mixed colours and smell of solvents, collected from a municipal drop-off, at 0.15 EUR/kg: waste paint "
         "with organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Tema 'paint shop'; Italian wording (paint wastes repeat in a few sets; re-manufactured paint from Genoa to "
         "Ghana is new as far as a search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "251710",
         "Árido artificial para subbases de carreteras, 0/31,5 mm, 25 t", "ES", 25000, None, 250, "EUR",
         "road aggregate is crushed quarry stone; this is grey slag with glass, nails, bits of bone and unburnt "
         "paper, high in chloride, lead and zinc and still damp from quenching: incinerator bottom ash with "
         "hazardous substances (19 01 11*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Tangier road contractor; Spanish wording (bottom ash repeats from France to Senegal in two development sets "
         "and from Switzerland to Germany in blind54; from Spain to Morocco as aggregate is the new part)",
         {"importer_country": "MA"}),
        ("WST-03", "export", "GRSEA01", "sea", "GR", [], "EG", "700100",
         "Υαλόθραυσμα λευκό για υαλουργία, 20 t", "GR", 20000, None, 800, "EUR",
         "furnace-ready cullet is clean, sorted bottle glass; this is thin tube glass coated white on the inside, "
         "with aluminium end caps and a fine powder that reads for mercury: crushed fluorescent lamps (20 01 21*), "
         "hazardous waste whose export to a non-OECD country is banned, for an Alexandria 'glassworks'; Greek wording "
         "(lamp waste and cullet covers repeat in earlier sets; crushed lamps from Piraeus to Egypt in Greek are new "
         "as far as a search found)", {"importer_country": "EG"}),
        ("WST-04", "transit", "NLSEA01", "sea", "GB", ["NL"], "PK", "631010",
         "Wiping rags, sorted, cotton, bales, 18 t", "GB", 18000, None, 2700, "GBP",
         "sorted wiping rags are clean cut textile; these bales are black, sticky, smell of solvent and drip oil: "
         "used absorbents and wiping cloths contaminated with oil and solvents (15 02 02*), hazardous waste whose "
         "transit through the Union to a non-OECD country is banned, from Felixstowe through Rotterdam for a Karachi "
         "'textile recycler'; English wording (oily rags repeat, from Italy to Albania in blind11 and as wiping rags "
         "from France to Côte d'Ivoire in a development set; in transit from Britain to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-05", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "380893",
         "Herbizid, Atrazin 500 g/l SC, 200-l-Fässer, 60 Stk.", "DE", 12000, 60, 6000, "EUR",
         "plant-protection products for export come sealed, labelled and in date; these drums are dented, their "
         "labels from the 1990s, the contents separated and crystallised, collected from a bankrupt wholesaler's "
         "store: obsolete pesticides (02 01 08*), hazardous waste whose export to a non-OECD country is banned, for "
         "a Shymkent 'agro-dealer'; German wording (expired and obsolete goods repeat in many sets; obsolete atrazine "
         "by rail to Kazakhstan is new as far as a search found)", {"importer_country": "KZ"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "SN", "440612",
         "Traverses de chêne de réemploi pour aménagement paysager, 22 t", "FR", 22000, None, 1100, "EUR",
         "reusable landscaping sleepers are sold untreated or clearly labelled; these are black, oily, smell of tar "
         "and stain the hands: railway sleepers treated with creosote (17 02 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre for a Dakar landscaper; French wording (creosoted sleepers repeat "
         "in several sets; from France to Senegal as landscaping timber is new as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "271500",
         "Asfaltni granulat za nosive slojeve, 24 t", "HR", 24000, None, 240, "EUR",
         "reclaimed asphalt for road bases is bitumen-bound; this milled material smells of coal tar, stains "
         "yellow under UV and tests far above PAH limits: tar-containing bituminous mixture (17 03 01*), hazardous "
         "waste whose export to a non-OECD country is banned, by lorry for a Mostar road contractor; Croatian wording "
         "(tar asphalt repeats in a few sets; from Croatia to Bosnia is new as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "BGSEA01", "sea", "BG", [], "GE", "382499",
         "Сол за цементация на стомана, барабани 200 кг, 20 бр.", "BG", 4000, 20, 800, "EUR",
         "new carburising salt is sold in sealed drums with a safety sheet; these are used, fused blocks chipped "
         "from a closed heat-treatment shop's pots, with rusted drums and cyanide readings: spent hardening salts "
         "containing cyanide (11 03 01*), hazardous waste whose export to a non-OECD country is banned, from Varna "
         "for a Poti 'forge'; Bulgarian wording (spent cyanide salts were declared as such from France to Morocco in a "
         "development set; declared as new salt from Bulgaria to Georgia is the new part)",
         {"importer_country": "GE"}),
        ("WST-09", "export", "ATAIR01", "express", "AT", [], "IN", "711299",
         "Dental-Legierungsreste, silberhaltig, zur Scheidung, 3 kg", "AT", 3, None, 150, "EUR",
         "dental alloy scrap sent to refiners is clean gold or palladium alloy; this is grey amalgam sludge and "
         "capsules from a dental practice's separator, reading high for mercury: amalgam waste (18 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned (and mercury waste under the mercury "
         "regulation), sent by express from Vienna to a Mumbai 'refiner'; German wording (amalgam repeats in several "
         "sets; as silver-bearing dental scrap by express from Austria is new as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "271019",
         "Óleo base regenerado SN 150, cisterna ISO, 20 t", "PT", 20000, None, 4000, "EUR",
         "re-refined base oil is clear and amber with an analysis; this is black, smells of fuel, holds water and "
         "metal fines and has no analysis: mixed waste engine oil (13 02 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Lisbon for a Praia 'lubricant blender'; Portuguese wording (waste oil as "
         "base oil repeats from the Netherlands, Bulgaria and Moldova in blind19, blind48 and blind56; from Portugal to "
         "Cabo Verde is the new part)", {"importer_country": "CV"}),
    ],
    "ozone": [
        ("ODS-01", "import", "PTSEA01", "sea", "BR", [], "PT", "381400",
         "Aerossóis de ar comprimido para limpeza de eletrónicos, HFC-152a, 4.800 latas", "BR", 1900, 4800, 9600, "USD",
         "air dusters sold in Europe hold HFC-152a or HFO-1234ze; these cans hold more gas than their size allows "
         "for 152a, do not burn and their vapour pressure and an identifier read chlorodifluoromethane: HCFC-22, an "
         "ozone-depleting substance whose import in products is banned (Regulation 2024/590), from Santos for a "
         "Porto office-supplies wholesaler; Brazilian Portuguese wording (HCFC-22 repeats in many sets and duster "
         "covers in several; from Brazil to Portugal is new as far as a search found)",
         firm("Escritório Norte Lda", "PT")),
        ("ODS-02", "import", "CZAIR01", "air", "CN", [], "CZ", "382499",
         "Teplonosná kapalina pro pájení v parách, perfluoropolyether, 10 x 5 kg", "CN", 50, 10, 900, "USD",
         "vapour-phase soldering fluids are perfluoropolyethers that boil at 200-260 °C and weigh about 1.8 kg/l; "
         "these cans hold a liquid that weighs 1.56 kg/l and boils away on the hand at 48 °C: CFC-113, an "
         "ozone-depleting substance whose import is banned (Regulation 2024/590), flown from Shenzhen for a Brno "
         "electronics assembler; Czech wording (CFC-113 repeats in several sets and a vapour-phase soldering fluid "
         "cover came by sea from the US to the Netherlands in blind71; by air from China in Czech is the new part)", firm("Elektro Morava s.r.o.", "CZ")),
        ("ODS-03", "import", "PLROAD01", "road", "UA", [], "PL", "290323",
         "Tetrachloroeten do pralni chemicznej, 4 beczki po 250 kg", "UA", 1000, 4, 2000, "EUR",
         "tetrachloroethylene for dry cleaners boils at 121 °C; these drums hold a liquid of nearly the same weight "
         "that boils at 77 °C and the drum plates read CCl4: carbon tetrachloride, an ozone-depleting substance whose "
         "import is banned (Regulation 2024/590), on a lorry at Dorohusk for a Lublin dry cleaner; Polish wording "
         "(carbon tetrachloride repeats in many sets, openly for dry cleaning in blind8 and as spotting agents in "
         "blind33 and blind69, and declared as tetrachloroethylene in blind14, blind39 (from Ukraine to Hungary by road), "
         "blind42 and blind48; the row repeats that cover and is kept for the Polish wording and the Dorohusk "
         "crossing)",
         firm("Pralnia Lubelska Sp. z o.o.", "PL")),
        ("ODS-04", "import", "ITSEA01", "sea", "EG", [], "IT", "390950",
         "Schiuma poliuretanica monocomponente, 750 ml, propellente DME/propano, 7.200 bombolette", "EG", 6500,
         7200, 11000, "EUR",
         "one-component PU foam cans in Europe use DME, propane and butane; these cans do not burn when vented and "
         "an identifier reads 1,1-dichloro-1-fluoroethane: HCFC-141b, an ozone-depleting substance whose import in "
         "products is banned (Regulation 2024/590), from Alexandria for a Naples builders' merchant; Italian wording "
         "(HCFC-141b repeats in many sets and PU foam cans in blind39 and blind55, from Norway and Türkiye; from Egypt "
         "to Italy is the new part)", firm("Edilcampania Srl", "IT")),
        ("ODS-05", "import", "ITPOST01", "post", "US", [], "IT", "842410",
         "Estintore d'epoca per auto, decorativo, vuoto, 2 pz", "US", 4, 2, 120, "USD",
         "decorative vintage extinguishers are sold empty and light; these two are heavy for their size, their "
         "gauges stand in the green and the old labels read 'BCF': halon 1211, an ozone-depleting substance whose "
         "import is banned outside licensed critical uses (Regulation 2024/590), posted from Ohio to a private "
         "collector in Modena although pressurised containers may not go by post; Italian wording (halon 1211 repeats "
         "in many sets, in classic-car covers too; 'empty decorative' by post is the new part)",
         person("Giulia Rossi", "IT")),
        ("ODS-06", "import", "HUAIR01", "air", "IN", [], "HU", "381400",
         "Kontaktragasztó-hígító cipészeknek, 20 x 5 l", "IN", 130, 20, 700, "USD",
         "shoemakers' contact-adhesive thinners are hydrocarbon or acetone blends at 0.7-0.8 kg/l; these cans weigh "
         "1.34 kg/l, do not burn and smell sweet: 1,1,1-trichloroethane (methyl chloroform), an ozone-depleting "
         "substance whose import is banned (Regulation 2024/590), flown from Chennai for a Budapest shoe-repair "
         "wholesaler; Hungarian wording (methyl chloroform repeats in many sets; a shoemakers' thinner cover is new as "
         "far as a search found)", firm("Cipész Kellék Kft.", "HU")),
        ("ODS-07", "export", "ROSEA01", "sea", "RO", [], "GE", "290345",
         "Agent frigorific R-134a recuperat și regenerat, butelii 50 kg, 30 buc.", "RO", 1500, 30, 4500, "EUR",
         "reclaimed R-134a comes with a purity analysis; these cylinders, filled from scrapped 1990s fridges, read "
         "dichlorodifluoromethane on an identifier: CFC-12, an ozone-depleting substance whose export is banned "
         "(Regulation 2024/590), from Constanța for a Batumi refrigeration shop; Romanian wording (CFC-12 repeats in "
         "many sets; exported from Romania to Georgia as reclaimed R-134a is new as far as a search found)",
         {"importer_country": "GE"}),
        ("ODS-08", "import", "BESEA01", "sea", "CN", [], "BE", "291479",
         "全氟己酮灭火剂 (FK-5-1-12), 桶装, 40 桶", "CN", 10000, 40, 60000, "USD",
         "FK-5-1-12 weighs 1.60 kg/l and boils at 49 °C; these drums hold a liquid at 1.46 kg/l that boils at "
         "28 °C and an identifier reads 2,2-dichloro-1,1,1-trifluoroethane: HCFC-123, an ozone-depleting substance "
         "whose import is banned (Regulation 2024/590), from Ningbo for an Antwerp fire-systems installer; Chinese "
         "wording (HCFC-123 repeats in many sets, mostly as Halotron blends, and FK-5-1-12 covers repeat in blind5, "
         "blind14, blind36, blind46 and blind68; bulk HCFC-123 under it in Chinese wording to Antwerp is the new "
         "part)", firm("Brandbeveiliging Schelde BV", "BE")),
        ("ODS-09", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "גז חיטוי ECO2FUME (פוספין 2% ב-CO2), 30 גלילים", "IL", 2400, 30, 6000, "USD",
         "phosphine-in-CO2 fumigant cylinders hold gas at about 60 bar; these thirty hold a liquid at low pressure "
         "that smells faintly of chloroform: methyl bromide, an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), shipped from Ashdod for a Limassol pest-control firm that fumigates export fruit; "
         "Hebrew wording (methyl bromide repeats in many sets; a phosphine-in-CO2 cover from Israel is new as far as a "
         "search found)", {"importer_name": "Limassol Pest Control Ltd", "consignee_name": "Limassol Pest Control Ltd",
                           "importer_country": "CY"}),
        ("ODS-10", "import", "DKSEA01", "sea", "CN", [], "DK", "841582",
         "Mobile aircondition, kølemiddel R-290 (propan), 600 stk.", "CN", 18000, 600, 72000, "USD",
         "R-290 portable air conditioners carry a flammable-gas warning and a small propane charge; these units "
         "carry no flame label, their charge is several times a propane charge and an identifier reads "
         "chlorodifluoromethane: equipment charged with HCFC-22, whose import is banned (Regulation 2024/590), from "
         "Ningbo for an Aarhus electronics chain; Danish wording (HCFC-22 equipment repeats in many sets and R-290 "
         "covers in several, display cabinets in blind39 and blind46; portable air conditioners to Denmark are new "
         "as far as a search found)", firm("Nordisk Klima ApS", "DK")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "AR", [], "ES", "732510",
         "Hierro fundido decorativo, pieza de jardín, 35 kg", "AR", 35, 1, 300, "USD",
         "cast-iron garden pieces have mould seams and a smooth skin; this is a lump of natural nickel-iron with "
         "thumb-print regmaglypts and a Widmanstätten pattern on a cut face: a meteorite from Campo del Cielo, "
         "whose export Argentina forbids (Law 26.306), a specimen of minerals covered by UNESCO 1970, imported "
         "without an export document for a Madrid mineral dealer; Argentine Spanish wording (no earlier set holds a "
         "meteorite as far as a search found)", firm("Minerales Castilla SL", "ES")),
        ("CUL-02", "export", "NLAIR01", "air", "NL", [], "US", "491191",
         "Decoratieve reproductie, olieverf op paneel, ingelijst, 1 st.", "NL", 9, 1, 400, "EUR",
         "printed reproductions are flat, on board or canvas, with a printer's dot; this is oil on an oak panel "
         "with bevelled edges, craquelure, a 17th-century collector's seal and brushwork under a lens: a Dutch "
         "Golden Age still life worth far more than 150,000 EUR, whose export out of the Union needs a licence "
         "(Regulation 116/2009), flown for a New York dealer; Dutch wording (paintings as reproductions repeat in "
         "several sets; a Dutch panel flown from Schiphol is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "FRSEA01", "sea", "TH", ["SG"], "FR", "680299",
         "Statue de jardin en grès, neuve, style khmer, 1 caisse", "TH", 60, 1, 350, "USD",
         "new Khmer-style garden statues are machine-roughed, evenly coloured sandstone; this head has a weathered "
         "skin, lichen, old breaks at the neck with soil in them and the crown of the Baphuon style: an 11th-century "
         "Khmer sandstone head taken from a Cambodian temple, exported without a Cambodian document (UNESCO 1970, "
         "Regulation 2019/880), shipped from Bangkok through Singapore for a Paris dealer; French wording (Khmer "
         "sculpture repeats in several sets; as a new garden statue through Singapore to Le Havre is new as far as a "
         "search found)", firm("Galerie Mékong SARL", "FR")),
        ("CUL-04", "import", "ITAIR01", "express", "EG", [], "IT", "482390",
         "Papiri dipinti per turisti, 12 pz", "EG", 1.2, 12, 60, "USD",
         "tourist papyri are new sheets painted with bright copies of tomb scenes; these are brittle, brown, "
         "fragmentary pieces with faded hieratic text, mounted between glass: ancient papyrus fragments, whose "
         "export Egypt forbids (UNESCO 1970, Regulation 2019/880), sent by express from Cairo to a private collector "
         "in Turin; Italian wording (papyrus fragments repeat in a few sets; as tourist papyri by express to Italy is "
         "new as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-05", "export", "GRAIR01", "air", "GR", [], "CH", "970191",
         "Εικόνα χειροποίητη, νέα, αγιορείτικης τεχνοτροπίας, 1 τεμ.", "GR", 6, 1, 500, "EUR",
         "new Athonite-style icons are painted on fresh boards with bright gold leaf; this one has a warped, "
         "worm-eaten panel, old nail holes from an iconostasis and the dark varnish of the Cretan school: a "
         "16th-century icon from a church, whose export needs a Greek permit and, as part of a dismembered monument, "
         "an EU export licence (Regulation 116/2009), flown for a Geneva dealer; Greek wording (icons repeat in many "
         "sets; as a new Athonite icon exported from Greece to Switzerland is new as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-06", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "830629",
         "仿古鎏金铜面具 工艺品 新品, 2 件", "CN", 6, 2, 120, "USD",
         "replica gilt masks are thin new castings with bright electroplated gold; these two are hammered silver "
         "and gilt-bronze sheet with pierced eyes, lacing holes at the rim and tomb earth in the folds: Liao-dynasty "
         "(907-1125) funerary masks from looted tombs in Inner Mongolia, whose export China forbids (UNESCO 1970, "
         "Regulation 2019/880), sent by rail to Duisburg for a Hamburg dealer; Chinese wording (Chinese antiquities "
         "among replicas repeat in several sets and a bronze mask came as a souvenir from Mongolia in blind56; Liao "
         "masks by rail are new as far as a search found)", firm("Ostasien Kunst GmbH", "DE")),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "US", "491199",
         "Láminas decorativas, grabados modernos, 6 uds", "ES", 1, 6, 60, "EUR",
         "modern prints are on smooth wood-pulp paper; these six sheets are hand-coloured copper engravings on laid "
         "paper with chain lines and Latin text on the back: printed maps cut from a 16th-century Ortelius atlas, "
         "over 200 years old and above 15,000 EUR, whose export out of the Union needs a licence (Regulation "
         "116/2009), posted from Seville to a US buyer; Spanish wording (Ortelius maps as decorative prints went by "
         "express from the Netherlands to the US in blind24; as modern prints by post from Spain is the new part)", {"importer_country": "US"}),
        ("CUL-08", "import", "ATPOST01", "post", "UA", [], "AT", "960629",
         "Старі ґудзики та пряжки, блошиний ринок, лот", "UA", 0.8, 40, 50, "EUR",
         "flea-market buttons are 19th-20th-century brass and bone; these are gold and bronze appliqués in the "
         "animal style, arrowheads and a cast buckle with fresh soil: Scythian metalwork dug from kurgans, whose "
         "export Ukraine forbids (UNESCO 1970, Regulation 2019/880), posted from Zaporizhzhia to a private collector "
         "in Graz; Ukrainian wording (Scythian objects and button lots repeat in several sets; this pairing by post "
         "to Austria is new as far as a search found)", person("Thomas Gruber", "AT")),
        ("CUL-09", "import", "BEAIR01", "air", "NE", ["BF"], "BE", "691390",
         "Poterie décorative artisanale, 6 pièces", "NE", 40, 6, 180, "EUR",
         "new workshop pottery is evenly fired and clean; these are pierced jars and heads with root marks and "
         "soil: Bura-culture terracottas (3rd-11th century) from Niger, whose export Niger forbids (UNESCO 1970, "
         "Regulation 2019/880, ICOM Red List), flown from Niamey through Ouagadougou for a Brussels dealer; French "
         "wording (Bura terracottas repeat in a few sets; as decorative pottery through Ouagadougou is new as far as "
         "a search found)", firm("Arts du Sahel SA", "BE")),
        ("CUL-10", "import", "DESEA01", "sea", "LB", [], "DE", "940360",
         "أمتعة منزلية مستعملة: أثاث خشبي، 12 قطعة", "LB", 600, 12, 1200, "EUR",
         "a household move from Beirut: used furniture and books are what such containers hold, but the third "
         "item, a 'framed stone panel with mosaic pattern', is a Roman floor mosaic on fresh mortar with tesserae "
         "missing at the cut edges: a mosaic lifted in Syria (Apamea region), whose import into the Union is banned "
         "for goods removed from Syria since 2011 (UNESCO 1970, Regulation 36/2012), hidden as the last item of a "
         "three-item declaration for a private person in Hamburg; Arabic wording (Syrian mosaics repeat in several "
         "sets; inside household effects is new as far as a search found)",
         dict(person("Familie Haddad", "DE"),
              _more_items=[item("490199", "كتب مستعملة، 8 صناديق", "LB", 160, 200, "EUR", qty=8),
                           item("681599", "لوح حجري مؤطر بنقش فسيفساء، 1 قطعة", "LB", 90, 100, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU"], "KZ", "851690",
         "Ersatzplatinen für Kaffeevollautomaten, 400 Stk.", "DE", 60, 400, 8000, "EUR",
         "coffee-machine control boards carry a cheap microcontroller; these carry high-end FPGAs and high-speed "
         "memory with no coffee-machine connector: boards with integrated circuits on the common high-priority list, "
         "whose sale for use in Russia is banned (Regulation 833/2014), by lorry to an Almaty trader with a Russian "
         "buyer; German wording (FPGAs repeat in many sets; coffee-machine boards by road to Kazakhstan are new as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AM", "910211",
         "Orologi moda al quarzo, 60 pz", "IT", 6, 60, 3000, "EUR",
         "fashion quartz watches sell for 50 EUR; these are Swiss automatic watches in steel and gold worth "
         "several thousand euros each: luxury goods above 300 EUR whose sale for use in Russia is banned (Regulation "
         "833/2014, Annex XVIII), flown for a Yerevan shop selling to Moscow buyers; Italian wording (luxury watches "
         "to Armenia and Kyrgyzstan repeat in several sets; declared as fashion quartz watches from Milan is the new "
         "part)", {"importer_country": "AM"}),
        ("STR-03", "import", "ITSEA01", "sea", "TR", [], "IT", "760110",
         "Alüminyum külçe, alaşımsız, %99,7, Türk menşeli, 200 t", "TR", 200000, None, 460000, "USD",
         "Turkish remelted ingots carry the Turkish mill's mark; these ingots carry a Siberian smelter's cast "
         "marks under paint and their certificate names a Russian producer: Russian primary aluminium whose "
         "import into the Union is banned (Regulation 833/2014), shipped from Mersin as Turkish for a Ravenna "
         "foundry; Turkish wording (Russian aluminium with a false origin repeats from the UAE, Kazakhstan and India "
         "in several sets; through Türkiye to Ravenna is new as far as a search found)",
         firm("Fonderie Adriatiche Srl", "IT")),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "IR", "760820",
         "Aluminium-Rohre für Festzelt-Gestänge, 120 Stk.", "AT", 1400, 120, 9000, "EUR",
         "marquee frames are extruded 6082-T6 profiles with keder grooves; these are seamless 7075-T6 tubes of "
         "120 mm outer diameter without grooves, with a mill certificate for tensile strength above 460 MPa: "
         "aluminium alloy tubes of dual-use item 1C202, whose export to Iran is banned (Regulations 2021/821 and "
         "267/2012), by lorry through Türkiye for a Tabriz 'tent maker'; German wording (7075 tubes of 120 mm for "
         "Iran repeat in many sets, as bicycle-frame tubes in blind3 and blind33 and flagpoles in blind71; a marquee "
         "cover is new as far as a search found)", {"importer_country": "IR"}),
        ("STR-05", "import", "ESSEA01", "sea", "IN", [], "ES", "720839",
         "Bobinas de acero laminado en caliente, S235JR, origen India, 3.000 t", "IN", 3000000, None, 1650000, "USD",
         "Indian hot-rolled coil is rolled from Indian slab; these coils' mill certificate names slabs from a "
         "Russian steelworks and the heat numbers match it: steel processed in a third country from Russian iron "
         "and steel, whose import into the Union is banned (Regulation 833/2014, Annex XVII), shipped from Mundra "
         "for a Valencia service centre; Spanish wording (steel with a false origin repeats in many sets, as Turkish "
         "or Kazakh hot-rolled coil among others; Indian coil rolled from Russian slab is new as far as a search "
         "found)", firm("Aceros Levante SL", "ES")),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "GE", "852589",
         "Wildkamera-Module, Ersatzteile, 20 Stk.", "DE", 2, 20, 600, "EUR",
         "trail-camera modules are cheap CMOS sensors with infrared LEDs; these are uncooled microbolometer thermal "
         "cores of 640 x 512 pixels at 30 Hz: thermal-imaging cameras of dual-use 6A003 and Annex VII, whose sale "
         "for use in Russia is banned (Regulations 2021/821 and 833/2014), sent by express to a Tbilisi trader who "
         "ships on to Russia; German wording (thermal cores repeat in many sets, as baby monitors in blind69; as "
         "trail-camera modules to Georgia is new as far as a search found)", {"importer_country": "GE"}),
        ("STR-07", "export", "PLSEA01", "sea", "PL", [], "TR", "846592",
         "Frezarka CNC do drewna, 3-osiowa, 2 szt.", "PL", 9000, 2, 40000, "EUR",
         "three-axis woodworking routers have light gantries and wood spindles; these are five-axis machining "
         "centres with rigid cast beds and metal-cutting spindles: machine tools on the common high-priority list, "
         "whose sale for use in Russia is banned (Regulation 833/2014), shipped from Gdynia for a Mersin trader "
         "who forwards to Novorossiysk; Polish wording (a five-axis centre as a woodworking machine via Istanbul is in "
         "blind72; from Poland by sea to Mersin is the new part)", {"importer_country": "TR"}),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Gaz płynny propan, pochodzenie Kazachstan, 20 cystern", "KZ", 1000000, 20, 600000, "USD",
         "Kazakh propane comes with a Kazakh refinery's passport; these tank cars carry passports of a Russian "
         "gas-processing plant under the Kazakh forwarding papers and were filled at a Russian terminal: Russian "
         "LPG, whose import into the Union is banned (Regulation 833/2014), by rail through Belarus for a Lublin gas "
         "distributor; Polish wording (Russian goods with Kazakh origin repeat in several sets; LPG by rail is new as "
         "far as a search found)", firm("Gaz Wschód Sp. z o.o.", "PL")),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG"], "TR", "730900",
         "Nerezové kvasné tanky pro pivovar, 4 ks", "CZ", 6000, 4, 60000, "EUR",
         "brewery fermenters are thin-walled stainless steel with cooling jackets; these are jacketed reactors "
         "with wetted parts of Hastelloy and agitator seals for toxic service: chemical reactors of dual-use item "
         "2B350, whose export to Iran is banned (Regulations 2021/821 and 267/2012), by lorry to an Istanbul trader "
         "for a Tehran 'brewery' in a country where beer is alcohol-free; Czech wording (2B350 equipment repeats under "
         "food-plant covers and brewery fermenters went from Slovenia to Lebanon in blind46; by road from Czechia "
         "to Istanbul is the new part)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "291990",
         "Flammschutzmittel TCPP, Fässer 250 kg, 40 Stk.", "DE", 10000, 40, 30000, "EUR",
         "TCPP flame retardant is a viscous phosphate ester at 1.29 kg/l; these drums fume in moist air, weigh "
         "1.65 kg/l and smell sharply of hydrochloric acid: phosphorus oxychloride (CWC Schedule 3, dual-use item "
         "1C350), whose export needs a licence and to Iran is banned, shipped from Hamburg to a Jebel Ali trader for "
         "an Iranian end user; German wording (phosphorus oxychloride may repeat; a TCPP cover is new as far as a "
         "search found)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITPOST01", "post", "PH", [], "IT", "140490",
         "Butil ng niyog na pang-alahas, 2 kilo", "PH", 2, 1000, 40, "USD",
         "coconut-shell beads are brown, matt and fibrous; these are glossy black beads with growth rings and "
         "fine spines on the cut faces: black coral (Antipatharia, CITES App. II), without a CITES permit, posted "
         "from Cebu to a private jewellery maker in Rome; Filipino wording (black coral repeats in several sets; as "
         "coconut-shell beads is new as far as a search found)", person("Privato", "IT")),
        ("WLF-02", "import", "NLAIR01", "air", "HK", [], "NL", "071239",
         "干香菇, 200 kg", "CN", 200, 20, 3000, "USD",
         "a Chinese dried-goods wholesaler's air order: shiitake and dried scallops are what such shops sell, but "
         "the third item's 'farmed sea cucumber' are large, heavy, teated teatfish (Holothuria fuscogilva, CITES "
         "App. II), hidden as the last item of a three-item declaration without a CITES permit, for an Amsterdam "
         "wholesaler; Chinese wording (teatfish repeat in several sets; in a three-item dried-goods order is new as "
         "far as a search found)",
         dict(firm("Oriental Droogwaren BV", "NL"),
              _more_items=[item("030729", "干贝, 40 kg", "CN", 40, 2400, "USD", qty=40),
                           item("030819", "养殖海参, 干品, 30 kg", "FJ", 30, 1500, "USD", qty=30)])),
        ("WLF-03", "import", "NLSEA01", "sea", "TR", [], "NL", "060110",
         "Lale soğanı, dinlenme halinde, 3 t", "TR", 3000, 60, 4500, "EUR",
         "dormant tulip bulbs are uniform, papery and nursery-graded; these are small, irregular bulbs with soil and "
         "root plates of snowdrops: wild-collected Galanthus elwesii (CITES App. II) outside the Turkish export quota "
         "and without a CITES permit, for a Lisse bulb trader; Turkish wording (snowdrop bulbs repeat in several sets; "
         "as tulip bulbs is new as far as a search found)", firm("Bollenhandel Duin BV", "NL")),
        ("WLF-04", "import", "ITAIR01", "air", "PE", [], "IT", "621420",
         "Chalinas de alpaca baby, tejidas a mano, 200 uds", "PE", 40, 200, 4000, "USD",
         "alpaca scarves are coarser, with a lanolin smell and visible guard hair; these are extremely fine, "
         "cinnamon-coloured and carry no selvedge mark: vicuña cloth (Vicugna vicugna, CITES App. II only for marked "
         "cloth from authorised shearing) without the VICUÑA-country mark or a CITES permit, flown from Lima for a "
         "Florence boutique; Spanish wording (vicuña repeats in several sets; as baby-alpaca scarves is new as far as "
         "a search found)", firm("Lanificio Arno Srl", "IT")),
        ("WLF-05", "import", "FRAIR01", "express", "TH", [], "FR", "420221",
         "กระเป๋าหนังวัวอัดลายจระเข้, 12 ใบ", "TH", 12, 12, 900, "USD",
         "croco-print cowhide has a repeating pressed pattern and a suede back; these bags show irregular scales "
         "with pits (integumentary sense organs) and real bony belly scutes: skins of Siamese crocodile "
         "(Crocodylus siamensis, CITES App. I, trade only from registered farms with permits), without a permit, "
         "sent by express to a Paris reseller; Thai wording (Siamese crocodile as embossed leather repeats in blind39, "
         "belts to Italy; handbags by express to France in Thai are the new part)", firm("Maroquinerie Rivage SARL", "FR")),
        ("WLF-06", "import", "ESROAD01", "road", "MA", [], "ES", "691200",
         "طواجن فخارية مغربية، 40 قطعة", "MA", 120, 40, 300, "EUR",
         "clay tajines travel empty and stacked; x-ray shows a small round shape under each lid, and inside, wrapped "
         "in socks, are live juvenile tortoises: spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A in the "
         "Union) without CITES documents, in a private van off the Tanger Med ferry for a private person in Málaga; "
         "Arabic wording (Testudo graeca repeats in several sets, from Morocco to Spain in dates in blind60; hidden "
         "in tajines is new as far as a search found)", person("Particular", "ES")),
        ("WLF-07", "transit", "DESEA01", "sea", "MG", ["DE"], "CN", "440729",
         "Pau-ferro fingerboard blanks, Machaerium scleroxylon, 4 t", "MG", 4000, 20000, 40000, "USD",
         "pau ferro (Machaerium) is a South American wood and Madagascar exports none; these dark, oily, "
         "rose-scented blanks fluoresce like Dalbergia: Madagascar rosewood (Dalbergia spp., CITES App. II with "
         "trade suspended), without CITES documents, from Toamasina through Hamburg in transit to a Guangzhou "
         "instrument maker; English wording (Madagascar rosewood repeats in several sets and a pau-ferro cover in "
         "blind70 from Brazil; Madagascar blanks in transit as pau ferro is the new part)", {"importer_country": "CN"}),
        ("WLF-08", "export", "ESAIR01", "air", "ES", [], "CN", "030559",
         "Boquerones secos salados, 40 kg", "ES", 40, None, 800, "EUR",
         "dried anchovies are silver and straight; these are brown, curled, bony and ringed: dried seahorses "
         "(Hippocampus hippocampus and H. guttulatus, CITES App. II) without a CITES export permit, flown from Madrid "
         "for a Guangzhou TCM dealer; Spanish wording (seahorses repeat in many sets, as dried anchovies from the "
         "Philippines in blind51 and as dried shrimp from Portugal in blind47; an export from Spain is the new part)",
         {"importer_country": "CN"}),
        ("WLF-09", "import", "DESEA01", "sea", "PY", ["AR"], "DE", "440799",
         "Palo santo (Bursera graveolens), Schnittholz, 2 t", "PY", 2000, None, 4000, "USD",
         "Bursera palo santo comes from Ecuador and Peru, light and yellowish; this sawn wood is heavy, green-brown "
         "and oily, from Paraguay: Bulnesia sarmientoi (CITES App. II), without a CITES permit, shipped through "
         "Buenos Aires for a Hamburg incense maker; German wording (Bulnesia repeats in several sets and palo santo "
         "in a few; Paraguayan sawn wood through Argentina is new as far as a search found)",
         firm("Räucherwerk Nord GmbH", "DE")),
        ("WLF-10", "import", "LVPOST01", "post", "KZ", [], "LV", "160432",
         "Икра форели, 20 банок по 100 г", "KZ", 2, 20, 80, "USD",
         "trout roe is orange with eggs of 3-4 mm; these tins hold grey-black eggs of about 3 mm, unlabelled under "
         "the trout sleeves: wild beluga caviar (Huso huso, CITES App. II, zero export quota for wild specimens) "
         "without a CITES permit or the CITES caviar label, posted from Atyrau to a private person in Riga; Russian "
         "wording (caviar repeats in many sets, as salmon roe in blind22 and from Kazakhstan in blind68; as trout roe "
         "by post to Latvia is the new part)",
         person("Privātpersona", "LV")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "express", "IN", "IT", "290420",
     "Nitromethane 99 %, 4 x 4 l, for a licensed private user (model engines)", "IN", 18.2, 4, 220, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-39-0311")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "GB", "DE", "282990",
     "Potassium perchlorate, 2 kg, for a licensed private user (pyrotechnics)", "GB", 2, 2, 40, "GBP",
     [("PRECURSOR_LICENCE", "DE-BW-39-0072")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "320990",
     "Waste paint with organic solvents (08 01 11*), for incineration at a licensed plant, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-39-0388")], "notified waste paint to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "700100",
     "Crushed fluorescent lamps (20 01 21*), for mercury recovery at a licensed plant, 10 t", "NO", 10000, None,
     0, "EUR", [("BASEL_CONSENT", "SE-NV-39-0145")], "notified lamp waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "IN", "BE", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 2.5 l, for a licensed laboratory use", "IN", 24, 6, 180, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-39-003")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 8 cylinders, for critical use in aircraft hand-held extinguishers",
     "US", 200, 8, 6000, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-39-006")], "recovered halon for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Still life, oil on oak panel, Dutch, c. 1650, sold at auction in Amsterdam", "NL", 9, 1, 380000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EGL-EXP-39-0041")], "Golden Age painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "490590",
     "Six printed maps, hand-coloured engravings from an Ortelius atlas, 1570s", "ES", 1, 6, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-UE-EXP-39-0090")], "atlas maps exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "852589",
     "Thermal-imaging cores, 640 x 512, 30 Hz, 20, for a Norwegian search-and-rescue equipment maker", "DE", 2, 20,
     40000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-39-2231"), ("END_USER_CERTIFICATE", "NO-EUC-39-0105")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "KR", "285390",
     "Phosphorus oxychloride, 40 drums, for a Korean pharmaceutical intermediates maker", "DE", 10000, 40, 30000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-39-2302"), ("END_USER_CERTIFICATE", "KR-EUC-39-0217")],
     "dual-use Schedule 3 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "621420",
     "Vicuña scarves, VICUÑA-PERÚ selvedge mark, from authorised live shearing, 40", "PE", 8, 40, 60000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-39-0218")], "App. II marked vicuña cloth with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "TR", "NL", "060110",
     "Galanthus elwesii bulbs, dormant, within the Turkish export quota, 2 t", "TR", 2000, 40, 3000, "EUR",
     [("CITES_PERMIT", "TR-DKMP-39-0064")], "App. II snowdrop bulbs within quota with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Sig. M. Bianchi", "PRM-02": "Herr K. Becker", "PRM-03": "Abfallverwertung Isar GmbH",
    "PRM-05": "Laboratoire Analytique Gantois SA", "PRM-11": "Lanificio Arno Srl", "PRM-12": "Bollenhandel Duin BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330730", "Bath bomb base mix, bicarbonate and citric acid, 1 kg", "import", ["post"], ["GB"], (6, 12), (1, 3), ["GBP"], 1, S),
    ("330790", "Contact-lens peroxide system 3 % with neutralising cups, 360 ml", "import", ["express"], ["KR", "US"], (15, 25), (1, 3), ["USD"], 2.5, S),
    ("152190", "Beeswax foundation sheets for hives", "import", ["road"], ["RS", "UA"], (8, 12), (500, 2000), ["EUR"], 10, S),
    ("310210", "Technical urea 46 % N for AdBlue production, big bags", "import", ["road"], ["CH", "NO"], (0.4, 0.7), (18000, 24000), ["EUR", "CHF"], None, S),
    ("292690", "Acetonitrile, HPLC grade, 4 l bottles", "import", ["air"], ["IN", "US"], (8, 14), (200, 800), ["USD"], 0.25, S),
    ("320290", "Synthetic tanning agents for leather, drums", "import", ["road"], ["NO", "TR"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("310420", "Potassium chloride pellets for water softeners, 25 kg sacks", "import", ["road"], ["UA", "RS"], (0.4, 0.8), (18000, 24000), ["EUR"], 0.04, S),
    ("842121", "Hot-tub filter cartridges", "import", ["express"], ["US"], (20, 35), (1, 4), ["USD"], 1, S),
    ("283620", "Washing soda crystals, 1 kg packs", "import", ["road"], ["MD", "TR"], (0.4, 0.8), (10000, 20000), ["EUR"], 1, S),
    ("310520", "NPK 20-10-10 lawn fertiliser, 1 kg retail packs", "import", ["road"], ["TR"], (0.8, 1.4), (10000, 20000), ["EUR"], 1, S),
    ("320990", "Water-based wall paint, new, 20 l tins", "export", ["sea"], ["GH", "NG"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.05, S),
    ("251710", "Crushed granite aggregate, 0/31.5 mm", "export", ["sea"], ["MA"], (0.01, 0.03), (18000, 26000), ["EUR"], None, S),
    ("701810", "Glass beads for road marking, 25 kg bags", "export", ["sea"], ["EG", "TN"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("630710", "Cotton wiping cloths, new, cut", "import", ["sea"], ["PK", "IN"], (1.2, 2.0), (8000, 16000), ["USD"], None, S),
    ("380893", "Glyphosate herbicide, registered, 20 l canisters", "export", ["rail"], ["KZ", "UZ"], (3, 5), (10000, 20000), ["EUR"], 0.05, S),
    ("440612", "Railway sleepers, new, oak, untreated", "export", ["sea"], ["SN", "CI"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.012, S),
    ("271500", "Bitumen emulsion for road works, IBCs", "export", ["road"], ["BA", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("271019", "Lubricating base oil SN 150, new, flexitank", "export", ["sea"], ["CV", "GH"], (0.9, 1.3), (18000, 22000), ["EUR"], None, S),
    ("300640", "Dental composite filling material, syringes", "export", ["air"], ["IN", "EG"], (150, 300), (20, 100), ["EUR"], 100, S),
    ("382499", "Perfluoropolyether heat-transfer fluid for vapour-phase soldering, 5 kg", "import", ["air"], ["US", "JP"], (60, 110), (50, 200), ["USD"], 0.2, S),
    ("290323", "Tetrachloroethylene for dry cleaners, 250 kg drums", "import", ["road"], ["UA", "TR"], (1.0, 1.6), (2000, 6000), ["EUR"], 0.004, S),
    ("390950", "One-component PU foam, 750 ml cans, DME/propane", "import", ["sea"], ["EG", "TR"], (1.5, 2.5), (6000, 12000), ["EUR"], 1.1, S),
    ("842410", "Reproduction vintage fire extinguishers, empty, decorative", "import", ["post"], ["US"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("350691", "Contact adhesive for shoemakers, hydrocarbon solvent, 5 l", "import", ["air"], ["IN", "TR"], (3, 6), (200, 800), ["USD"], 0.15, S),
    ("731100", "Refrigerant recovery cylinders, empty, new, 50 l", "export", ["sea"], ["GE", "AM"], (3, 5), (2000, 6000), ["EUR"], 0.05, S),
    ("291479", "FK-5-1-12 fire-suppression fluid, drums", "import", ["sea"], ["US", "CN"], (25, 40), (5000, 10000), ["USD"], 0.004, S),
    ("848180", "Brass cylinder valves, new", "import", ["sea"], ["IL", "TR"], (8, 14), (1000, 4000), ["USD"], 2, S),
    ("841582", "Portable air conditioners, R-290, new", "import", ["sea"], ["CN"], (3, 5), (10000, 20000), ["USD"], 0.033, S),
    ("732510", "Cast-iron garden ornaments, new", "import", ["sea"], ["AR", "CN"], (1.5, 3), (4000, 10000), ["USD"], 0.1, S),
    ("491191", "Printed art reproductions, framed", "export", ["air"], ["US", "CA"], (20, 40), (100, 400), ["EUR"], 0.2, S),
    ("680299", "Sandstone garden statues, new, Khmer style", "import", ["sea"], ["TH", "KH"], (2, 4), (3000, 8000), ["USD"], 0.02, S),
    ("482390", "Painted papyrus sheets, new, tourist souvenirs", "import", ["express"], ["EG"], (25, 50), (1, 3), ["USD"], 10, S),
    ("970191", "Hand-painted icons, new, Athonite style", "export", ["air"], ["CH", "US"], (150, 300), (20, 60), ["EUR"], 0.3, S),
    ("830629", "Replica gilt-bronze masks and mirrors, new castings", "import", ["rail"], ["CN"], (8, 15), (1000, 3000), ["USD"], 0.7, S),
    ("491199", "Printed map reproductions, modern", "export", ["post"], ["US", "GB"], (30, 60), (1, 2), ["EUR"], 8, S),
    ("711719", "Costume jewellery, brass appliqués, new", "import", ["post"], ["UA", "TR"], (60, 120), (1, 2), ["EUR"], 20, S),
    ("691390", "Terracotta figurines, new, workshop-made", "import", ["air"], ["BF", "SN"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("852589", "Trail cameras, consumer, new", "export", ["express"], ["GE", "NO"], (60, 120), (1, 4), ["EUR"], 2, S),
    ("621420", "Baby-alpaca scarves, woven", "import", ["air"], ["PE", "BO"], (80, 140), (100, 400), ["USD"], 5, S),
    ("420221", "Handbags of croco-embossed cowhide", "import", ["express"], ["TH", "IN"], (60, 120), (1, 4), ["USD"], 1, S),
]
# Everyday trade: blind72's everyday rows, unchanged (blind64's everyday rows with blind68's eight rows and
# blind72's four), so the everyday half of the ordinary draw comes from the same table.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND72_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind79", 20390501, HERE)


if __name__ == "__main__":
    main()
