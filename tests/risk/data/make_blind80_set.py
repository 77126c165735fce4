#!/usr/bin/env python3
"""Writes the eightieth blind set (tests/risk/data/blind80-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2039, with goods, routes,
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
declaration would. Ids are BL80-*:

    python3 tests/risk/data/make_blind80_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SKPOST01", "post", "UA", [], "SK", "330590",
         "Фіксаж для хімічної завивки волосся, 2 %, 6 x 1 л", "UA", 6.8, 6, 1500, "UAH",
         "perm neutralisers are about 2 % hydrogen peroxide in a thickened lotion at about 1.0 kg/l; these six litres "
         "are water-thin, weigh 1.13 kg/l, vent through the caps and whiten the skin: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), posted from Uzhhorod to a private person in Košice who runs no salon; Ukrainian wording "
         "(hydrogen peroxide repeats in many sets and perm-neutraliser covers appear in blind64 and blind66; "
         "posted from Ukraine to Slovakia in Ukrainian is the new part)", person("Súkromná osoba", "SK")),
        ("PRE-02", "import", "BEAIR01", "express", "JP", [], "BE", "340290",
         "超音波洗浄機用 洗浄液（貴金属用）, 4 x 1 L", "JP", 4.6, 4, 9000, "JPY",
         "jewellers' ultrasonic concentrates are water-based detergent at about 1.0 kg/l; these four litres weigh "
         "1.14 kg/l, do not foam, smell faintly fruity and the inner labels read 'CH3NO2': nitromethane (Annex I "
         "above 16 %), sent by express from Osaka to a private person in Liège who makes no jewellery, although "
         "flammable liquids travel by express only as declared dangerous goods; Japanese wording (nitromethane "
         "repeats in many sets and an ultrasonic-cleaner cover hid hydrogen peroxide in blind55; nitromethane as a "
         "jewellery bath from Japan is the new part)", person("M. Dupont", "BE")),
        ("PRE-03", "import", "DEPOST01", "post", "RS", [], "DE", "283329",
         "Kalijum-sulfat, ubrzivač za zubni gips, 4 x 1 kg", "RS", 4, 4, 40, "EUR",
         "potassium sulphate is the usual accelerator dental technicians stir into plaster, a few grams a mix; these "
         "four kilos of glossy white crystals flare violet in a flame and the inner bags carry CAS 3811-04-9: "
         "potassium chlorate (Annex I above 40 %), posted from Niš to a private person in Dortmund with no dental "
         "laboratory; Serbian wording (potassium chlorate repeats in many sets and a dental-plaster cover appears in "
         "blind45; a potassium-sulphate accelerator by post from Serbia is the new part)", person("Privatperson", "DE")),
        ("PRE-04", "import", "SEROAD01", "road", "NO", [], "SE", "282990",
         "Garvesalt for hjorteskinn, 10 x 2 kg", "NO", 20, 10, 900, "NOK",
         "hunters salt and tan deer hides with common salt and alum; these ten bags of fine, faintly yellow crystals "
         "that draw damp and spit when a grain meets a hot stove carry 'NaClO3' on the inner liners: sodium chlorate "
         "(Annex I above 40 %), in the boot of a private car at Svinesund for a private person in Strömstad; "
         "Norwegian wording (sodium chlorate repeats in many sets and a tanning-salt cover hid ammonium nitrate in "
         "blind12; sodium chlorate as hide-tanning salt by car from Norway is new as far as a search found)",
         person("Privatperson", "SE")),
        ("PRE-05", "import", "ATROAD01", "road", "CH", [], "AT", "310210",
         "Schneehärter für Gletscherpisten (Harnstoff), 10 x 25 kg", "CH", 250, 10, 300, "CHF",
         "ski areas harden summer glacier slopes with urea or salt-based snow hardener bought by the pallet by "
         "their operators; these ten sacks of porous white prills that turn ice-cold in water, melt and fizz on a hot "
         "plate carry 'N 34,5 %' on the inner bags: ammonium nitrate (Annex I at 16 % N or more), 250 kg brought by van "
         "for a private person in Zell am See who runs no slope; Swiss German wording (ammonium nitrate repeats in "
         "many sets and snow-hardener covers in several; urea snow hardener for a glacier in summer by road to Austria "
         "is the new part)", person("Herr M. Gruber", "AT")),
        ("PRE-06", "import", "FIPOST01", "post", "US", [], "FI", "381010",
         "Nital 3 % etchant for knife makers, 4 x 1 qt", "US", 5.3, 4, 60, "USD",
         "nital for showing a blade's damascus pattern is 2-5 % nitric acid in alcohol at about 0.8 kg/l and smells "
         "of spirit; these four quarts weigh 1.40 kg/l, give off brown fumes and yellow the skin: about 65 % nitric "
         "acid (Annex I above 3 %), posted from Texas to a private person in Kajaani although corrosive liquids may "
         "not go by post; US English wording (nitric acid repeats in many sets; a nital cover for knife makers is new "
         "as far as a search found)", person("Yksityishenkilö", "FI")),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "310590",
         "Tečni zakišeljivač zemljišta za borovnice, 10 x 1 l", "RS", 18.4, 10, 80, "EUR",
         "blueberry soil acidifiers are elemental sulphur granules or dilute liquids at about 1.1 kg/l; these ten "
         "litres are oily, water-clear, weigh 1.84 kg/l and char a paper towel at once: about 96 % sulphuric acid "
         "(Annex I above 15 %), in a private car at Röszke for a private person in Szeged with no blueberry field; "
         "Serbian wording (sulphuric acid repeats in many sets; a blueberry soil acidifier is new as far as a search "
         "found)", person("Magánszemély", "HU")),
        ("PRE-08", "import", "BGPOST01", "post", "TR", [], "BG", "282720",
         "Nem alıcı yedek granül (kalsiyum klorür), 6 x 1 kg", "TR", 6, 6, 600, "TRY",
         "damp-trap refills are calcium chloride flakes at a few euros a kilo; these six bags of fine white crystals "
         "also run wet in the air, but flare yellow on a hot plate and carry CAS 7601-89-0 on the inner bags: sodium "
         "perchlorate (Annex I above 40 %), posted from Edirne to a private person in Plovdiv; Turkish wording "
         "(sodium perchlorate repeats in many sets and calcium-chloride damp-absorber covers in a few; by post from "
         "Türkiye to Bulgaria is the new part)", person("Частно лице", "BG")),
        ("PRE-09", "import", "DKAIR01", "express", "GB", [], "DK", "283640",
         "Potassium carbonate (pearl ash) for pottery glazes, 5 kg", "GB", 5, 1, 25, "GBP",
         "pearl ash for glazes is a white powder that draws damp and cakes in the bag within days; these glossy "
         "crystals stay dry, spit violet sparks on a kiln shelf and the inner bag reads 'KClO3': potassium chlorate "
         "(Annex I above 40 %), sent by express from Stoke-on-Trent to a private person in Aarhus who keeps no kiln; "
         "English wording (potassium chlorate repeats in many sets and pottery covers in a few; pearl ash as the "
         "cover, to Denmark, is new as far as a search found)", person("Mr J. Sørensen", "DK")),
        ("PRE-10", "import", "HRSEA01", "sea", "EG", [], "HR", "310590",
         "سماد للمروج 20-0-0 مع الحديد، أكياس 2 كغ، 16 طن", "EG", 16000, 8000, 4800, "USD",
         "lawn fertilisers with iron are urea or ammonium sulphate granules with ferrous sulphate and turn rust-brown "
         "in water; these 2 kg retail bags hold pure white prills that turn ice-cold in water, carry no iron and read "
         "'NH4NO3 34.5 % N' on the delivery note, bound for a garden-centre chain that sells them over the counter: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to the general public; Arabic wording (ammonium "
         "nitrate repeats in many sets and lawn fertilisers in three; retail bags by sea from Egypt to Croatia are new "
         "as far as a search found)", firm("Zeleni Vrt d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "PK", "890200",
         "Buque pesquero arrastrero usado, operativo, para faenar en el mar Arábigo, 1 unidad", "ES", 850000, 1, 170000, "EUR",
         "a trawler sold on for fishing carries its gear, a valid class certificate and a crew; this 1978 hull has "
         "no nets, an expired class, a delivery crew only and a buyer that is a Gadani beach breaker, at about the "
         "price of its steel: a ship bound for scrapping with asbestos and PCB on board, hazardous waste whose export "
         "to a non-OECD country is banned (and which may only be recycled at a listed yard), sailing from Vigo; "
         "Spanish wording (end-of-life ships sold 'for further trading' repeat in several sets, a Galician trawler "
         "among them; declared as a trawler going on fishing, for a Pakistani beach, is the only new part)", {"importer_country": "PK"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "CV", "360490",
         "Sinais pirotécnicos de socorro marítimo, novos, 2 400 unidades", "PT", 1800, 2400, 1200, "EUR",
         "new distress flares come boxed with a date of manufacture and a four-year expiry, at 20-40 EUR each; these "
         "are loose, mixed makes returned by chandlers, dated 2029-2034, at 0.50 EUR each: expired pyrotechnics "
         "(16 04 03*, discarded explosives), hazardous waste whose export to a non-OECD country is banned, for a "
         "Mindelo 'ship chandler'; Portuguese wording (expired flares repeat in a few sets; as new flares from "
         "Portugal to Cape Verde is the new part)", {"importer_country": "CV"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "GE", "382499",
         "Bevochtigingsmiddel voor bosbrandbestrijding, concentraat, 80 IBC", "NL", 80000, 80, 4000, "EUR",
         "forest-fire wetting agents are fluorine-free surfactants sold new with a data sheet at several euros a "
         "litre; these IBCs are faded, of mixed makes and dates, and their labels read 'AFFF 3 % (C6/C8)', collected "
         "from airports and refineries switching to fluorine-free foam, at 0.05 EUR/kg: waste firefighting foam with "
         "PFAS (16 05 08*), hazardous waste whose export to a non-OECD country is banned, for a Poti 'fire "
         "service supplier'; Dutch wording (PFAS foam repeats in a few sets; as a forest-fire wetting agent to Georgia "
         "is new as far as a search found)", {"importer_country": "GE"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "370790",
         "Koncentrát pro zpětné získávání stříbra, fotografický, 40 sudů", "CZ", 8800, 40, 880, "EUR",
         "silver concentrates sold to refiners are dry flake or electrolytic silver at hundreds of euros a kilo; these "
         "drums hold used fixer and developer from hospital X-ray and print labs, liquid and smelling of ammonia and "
         "sulphur, at 0.10 EUR/kg: spent photographic chemicals (09 01 04*, 09 01 01*), hazardous waste whose export "
         "to a non-OECD country is banned, by road for a Subotica 'silver recoverer'; Czech wording (spent fixer "
         "repeats in several sets, once as silver concentrate to Lagos; by road from Czechia to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-05", "export", "HURAIL01", "rail", "HU", [], "UA", "251749",
         "Zúzottkő útalapnak, vasúti, újrahasznosított, 1 200 t", "HU", 1200000, None, 6000, "EUR",
         "recycled road-base aggregate is washed and graded; this ballast dug from a depot's track is black with "
         "diesel and creosote, smells of tar and holds wood splinters from old sleepers, at 5 EUR/t: railway ballast "
         "containing hazardous substances (17 05 07*), hazardous waste whose export to a non-OECD country is banned, "
         "by rail from Záhony for a Chop 'road builder'; Hungarian wording (ballast repeats in several sets, once as crushed stone for road bases; by rail "
         "from Hungary to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "MY", "391590",
         "Scarti di polipropilene selezionati, macinati, 24 t", "IT", 24000, None, 2400, "EUR",
         "sorted PP regrind is clean, one-colour flakes; these bales hold used dialysis filters and blood lines with "
         "brown residue in the fibres and some needles, from clinics, at 0.10 EUR/kg: clinical waste (18 01 03*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Port Klang 'plastics recycler'; "
         "Italian wording (medical waste as plastic scrap repeats in many sets and dialysis items in three; Italian "
         "regrind to Malaysia is the new part)", {"importer_country": "MY"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Żejt tal-fjuwil tal-baħar, imħallat, off-spec, 400 t", "MT", 400000, None, 40000, "EUR",
         "off-spec marine fuel is sold with a bunker delivery note and a lab analysis; this cargo is oily sludge "
         "pumped from ships' bilges and tank cleaning at the port reception facility, 30 % water and sediment, at "
         "0.10 EUR/kg: oily sludge (13 04 03*, 13 05 02*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Misrata 'fuel trader'; Maltese wording (bilge and tank sludge repeat in several sets; from "
         "Malta to Libya in Maltese is new as far as a search found)", {"importer_country": "LY"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "253090",
         "Gartenerde, gesiebt, für Landschaftsbau, 24 t", "AT", 24000, None, 240, "EUR",
         "screened garden soil is brown, crumbly and smells of earth; this load is black, oily in places, smells of "
         "tar and naphthalene and holds slag and brick from a former gasworks site in Linz, at 0.01 EUR/kg: soil "
         "containing hazardous substances (17 05 03*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Banja Luka 'landscaper'; Austrian German wording (gasworks soil as topsoil went to Morocco in "
         "blind23; from Austria by road to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-09", "export", "DEAIR01", "air", "DE", [], "NG", "851779",
         "Ersatzteile für Smartphones, Platinen, getestet, 400 kg", "DE", 400, 4000, 2000, "EUR",
         "tested phone boards for repair are packed singly in antistatic bags with test labels at 10-40 EUR each; "
         "these 4,000 are loose in sacks, many burnt or cracked, with swollen glued-in batteries still on them, at "
         "0.50 EUR each: waste electrical equipment with batteries (16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, flown from Frankfurt for a Lagos 'phone market' dealer; German wording "
         "(phone waste 'for repair' to Nigeria repeats in many sets; boards with swollen batteries by air is the "
         "kept part, the row is included for its air mode)", {"importer_country": "NG"}),
        ("WST-10", "transit", "BESEA01", "sea", "GB", ["BE"], "IN", "262040",
         "Aluminium dross, white, for remelting, 40 t", "GB", 40000, None, 16000, "GBP",
         "white dross for remelting is skimmed metal-rich crust; this is black, salty, crumbling material that "
         "gives off ammonia and a garlic smell when wet and holds only a few per cent metal: salt slag from secondary "
         "aluminium smelting (10 03 08*), hazardous waste whose export from Britain to a non-OECD country is "
         "banned and whose transit through the Union had no notification or consent, landed at Antwerp from Felixstowe in transit for a Mundra 'alloy maker'; English wording (salt slag "
         "as dross repeats in many sets; in transit through Antwerp from Britain to India is the new part)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "CYSEA01", "sea", "IL", [], "CY", "293090",
         "דימתיל דיסולפיד (DMDS), חומר חיטוי קרקע, 60 מכלים", "IL", 9000, 60, 27000, "USD",
         "dimethyl disulphide soil fumigant is a yellow liquid that reeks of garlic and boils at 110 °C; these 60 "
         "cylinders hold a liquefied gas under pressure, smell faintly of chloroform and weigh far more than DMDS "
         "drums: methyl bromide, an ozone-depleting substance (Annex I group VI) whose import is banned outside "
         "narrow exemptions (Regulation 2024/590), by sea from Ashdod for a Limassol greenhouse supplier; Hebrew wording "
         "(methyl bromide repeats in many sets; as DMDS from Israel to Cyprus is new as far as a search found)",
         firm("Agrotechniki Lemesou Ltd", "CY")),
        ("ODS-02", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "290323",
         "四氯乙烯（干洗溶剂）, 40 桶", "CN", 10400, 40, 9000, "USD",
         "perchloroethylene for dry cleaning weighs 1.62 kg/l and boils at 121 °C; these drums hold a liquid at "
         "1.32 kg/l that boils at 74 °C, and the drum bungs carry '1,1,1-TCA': methyl chloroform, an ozone-depleting "
         "substance (Annex I group V) whose import is banned (Regulation 2024/590), by rail from Xi'an for a Budapest "
         "cleaning-supplies firm; Chinese wording (1,1,1-trichloroethane repeats in many sets, and perchloroethylene labels covered carbon "
         "tetrachloride in several; methyl chloroform under that label, by rail to Hungary, is the new part)",
         firm("Tisztító Kellék Kft.", "HU")),
        ("ODS-03", "import", "FRAIR01", "air", "JP", [], "FR", "381400",
         "フッ素系精密洗浄剤 HFE-7100 相当品, 20 x 18 L", "JP", 540, 20, 18000, "JPY",
         "HFE-7100 is a methoxy-nonafluorobutane solvent that boils at 61 °C; these cans boil at 54 °C, the drum "
         "labels under the stickers read 'AK-225' and the GC print in the file shows dichloropentafluoropropanes: "
         "HCFC-225ca/cb, an ozone-depleting substance whose import is banned (Regulation 2024/590), flown for a "
         "Toulouse aerospace-parts cleaner; Japanese wording (HCFC-225 repeats in several sets and HFE labels "
         "covered solvents in some; an air consignment from Japan to Toulouse is the new part)", firm("Nettoyage Précision Garonne SARL", "FR")),
        ("ODS-04", "export", "NLSEA01", "sea", "NL", [], "GH", "841869",
         "Koelcontainers 40 ft, gebruikt, R-134a, werkend, 12 st.", "NL", 48000, 12, 60000, "EUR",
         "used reefers for further use carry their refrigerant on the unit's plate and a recent pre-trip "
         "inspection; these twelve 1990s units have plates reading 'R-22' under new 'R-134a' stickers and no "
         "inspection record: equipment containing HCFC-22, whose export is banned (Regulation 2024/590), for a Tema "
         "cold-store builder; Dutch wording (reefer containers with R-22 repeat in several sets; re-stickered as "
         "R-134a units for export to Ghana is the new part)", {"importer_country": "GH"}),
        ("ODS-05", "import", "CZPOST01", "post", "CN", [], "CZ", "340290",
         "Stlačený vzduch ve spreji pro čištění elektroniky, 24 x 400 ml", "CN", 10, 24, 50, "USD",
         "air dusters sold in Europe are HFC-152a or HFO sprays marked as extremely flammable or not; these 24 cans "
         "are marked only with a Chinese recycling sign and '141b' on the base, and the liquid inside boils at 32 °C: "
         "HCFC-141b, an ozone-depleting substance whose import is banned (Regulation 2024/590), posted from Shenzhen "
         "to a private person in Brno although aerosols may not go by post; Czech wording (dusters repeat in several "
         "sets and HCFC-141b in many; a Czech-worded duster by post is the new part)", person("Soukromá osoba", "CZ")),
        ("ODS-06", "import", "BGROAD01", "road", "TR", [], "BG", "741110",
         "Bakır boru, klima tesisatı için, 200 m", "TR", 180, 200, 1600, "EUR",
         "an HVAC installer's order: copper tube and rubber insulation are what installers buy, but the third item's "
         "'R-290 propane refrigerant' cylinders weigh 13.6 kg each (R-290 fills at 5 kg), are green not red and the "
         "valve tags read 'R-22': HCFC-22, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "hidden as the last item of a three-item declaration by road from Istanbul for a Burgas air-conditioning "
         "fitter; Turkish wording (HCFC-22 repeats in many sets and in multi-item HVAC orders in a few; as R-290 in "
         "a Turkish order to Bulgaria is new as far as a search found)",
         dict(firm("Klima Burgas EOOD", "BG"),
              _more_items=[item("400821", "Kauçuk köpük izolasyon, 200 m", "TR", 60, 400, "EUR", qty=100),
                           item("271112", "R-290 soğutucu gaz tüpü, 20 adet", "TR", 272, 600, "EUR", qty=20)])),
        ("ODS-07", "import", "GRSEA01", "sea", "UA", [], "GR", "841869",
         "Холодильна установка для мобільної ковзанки, б/в, R-449A, 2 шт", "UA", 6000, 2, 18000, "EUR",
         "mobile ice-rink chillers in Europe run on glycol with HFC or propane units; these two skids carry 300 kg of "
         "refrigerant each, their compressor plates read 'Хладон-22' and their log books show no conversion: "
         "equipment containing HCFC-22, whose import is banned (Regulation 2024/590), by sea from Odesa for a "
         "Thessaloniki events firm; Ukrainian wording (ice-rink plant repeats in a few sets; from Ukraine to Greece "
         "by sea is the new part)", firm("Pagodromio Events IKE", "GR")),
        ("ODS-08", "import", "DKPOST01", "post", "US", [], "DK", "940529",
         "Vintage lava lamp, 1960s, working, 1 pc", "US", 3, 1, 180, "USD",
         "1960s lava lamps hold wax in water or a glycol mix; this one's sealed globe holds a heavy, clear lower "
         "liquid that smells sweet when a drop escapes the seal, and a collector's note says 'original CCl4 "
         "formula': carbon tetrachloride, an ozone-depleting substance whose import, in bulk or in products, is banned "
         "(Regulation 2024/590), posted from Ohio to a private collector in Odense; US English wording (carbon "
         "tetrachloride in lava lamps repeats once, in blind54 in Danish; this one is kept for its postal route from "
         "the US and named as a repeat)", person("Hr. P. Madsen", "DK")),
        ("ODS-09", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "842490",
         "Ручные огнетушители углекислотные, ОУ-5, 60 шт", "KZ", 900, 60, 3000, "USD",
         "OU-5 CO2 extinguishers are thick steel bottles of about 14 kg with a horn; these 60 are light painted "
         "cylinders with gauges, hoses and a faint sweet smell at the valve, and the stamp reads 'Хладон 114В2': "
         "halon 2402 portable extinguishers, products containing an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), by road from Almaty through Russia for a Rēzekne car-parts shop; Russian wording "
         "(halon 2402 repeats in several sets, and CO2 labels covered Halotron I in blind72; portable halon 2402 "
         "units by road from Kazakhstan to Latvia are the new part)", firm("Rēzeknes Autodaļas SIA", "LV")),
        ("ODS-10", "export", "FRSEA01", "sea", "FR", [], "SN", "290379",
         "Solvant de nettoyage pour moteurs d'avion, 20 fûts", "FR", 5000, 20, 5000, "EUR",
         "turbine-engine cleaners are water-based or hydrocarbon solvents at under 1 kg/l; these drums weigh 1.46 "
         "kg/l, the old labels under the new ones read 'R-113' and they come from a closed test bench's stores: "
         "CFC-113, an ozone-depleting substance whose export is banned (Regulation 2024/590), from Le Havre for a "
         "Dakar aircraft-maintenance firm; French wording (CFC-113 repeats in several sets; exported from France to "
         "Senegal as an engine cleaner is new as far as a search found)", {"importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "MN", [], "DE", "681599",
         "Гипсэн хуулбар, үлэг гүрвэлийн гавлын яс, 1 ш", "MN", 38, 1, 300, "USD",
         "plaster casts are light, uniform white under the paint and show mould seams; this skull is heavy, stone-"
         "cold, with bone texture and red Gobi sandstone still in the eye sockets: a Protoceratops skull dug from the "
         "Gobi, palaeontological heritage that Mongolia forbids to export (UNESCO 1970), flown from Ulaanbaatar to a "
         "Munich 'decor' buyer; Mongolian wording (Protoceratops and Mongolian fossils repeat in several sets; a "
         "plaster-cast cover by air to Munich is the new part as far as a search found)",
         firm("Vega Import GmbH", "DE")),
        ("CUL-02", "export", "ITSEA01", "sea", "IT", [], "US", "870323",
         "Autovettura usata, replica con carrozzeria in vetroresina, anno 1990, 1 pz", "IT", 1100, 1, 35000, "EUR",
         "fibreglass replicas of 1950s sports cars have modern frames and plastic bodies; this car has a hand-"
         "beaten aluminium body, a 1954 chassis plate, matching engine numbers and period race scrutineering "
         "stickers: a 1954 Maserati sports-racing car, a means of transport over 75 years old worth many times the "
         "50,000 EUR threshold whose export out of the Union needs a licence (Regulation 116/2009) and Italy's own "
         "certificate, shipped from La Spezia to a Los Angeles collector; Italian wording (classic cars repeat in a "
         "few sets; a 1950s racing car as a fibreglass replica is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-03", "export", "SEAIR01", "air", "SE", [], "US", "970510",
         "Pressade blommor, dekorativa, inramade, 120 ark", "SE", 24, 120, 600, "SEK",
         "framed pressed flowers for decoration are recent, bright and unlabelled; these 120 sheets are brown with "
         "age, carry handwritten Latin names, collectors' names and 1820s-1860s dates, and a university herbarium's "
         "stamp: a historic herbarium collection, a natural-history collection whose export out of the Union above the "
         "threshold needs a licence (Regulation 116/2009), flown to a New York dealer; Swedish wording (herbarium "
         "sheets repeat once, in blind43; 'pressed flowers' for export from Sweden is the new part)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "ESAIR01", "air", "PE", [], "ES", "970191",
         "Reproducciones decorativas de pintura cusqueña, óleo sobre lienzo, 3 piezas", "PE", 24, 3, 450, "USD",
         "Cusco-school reproductions are new canvas with fresh gold stencilling at a few hundred dollars; these three "
         "have hand-woven linen, craquelure, old relining and a church inventory number on the stretcher: 18th-"
         "century colonial paintings from an Andean parish church, which Peru forbids to export (UNESCO 1970), flown "
         "from Lima to a Madrid dealer; Spanish wording (Cusco-school paintings repeat in several sets; the row is "
         "kept and named as a repeat of the goods, with a church inventory number as the tell)",
         firm("Galería Meridiano SL", "ES")),
        ("CUL-05", "import", "DEPOST01", "post", "TR", [], "DE", "950790",
         "Kurşun olta ağırlığı, eski, 200 adet", "TR", 2, 200, 40, "EUR",
         "old fishing sinkers are cast drops and split shot; these 200 are flat lead discs with a cord channel and "
         "Greek legends, monograms and saints on both faces: Byzantine lead seals (molybdoboulla) dug in Anatolia, "
         "archaeological objects Türkiye forbids to export (UNESCO 1970, Regulation 2019/880), posted from Izmir to a "
         "collector in Cologne; Turkish wording (lead seals repeat in a few sets, some as sinkers; from Türkiye by "
         "post to Germany is kept as a repeat of the cover)", person("Herr K. Schmitz", "DE")),
        ("CUL-06", "transit", "FRAIR01", "air", "ML", ["FR"], "US", "691390",
         "Poteries contemporaines, artisanat de Ségou, 2 pièces", "ML", 14, 2, 60, "EUR",
         "Ségou potters sell new, lightly fired ware; these two are heavy terracotta figures with raised faces and "
         "incised bracelets, eroded, with soil and root marks in the hollows: Bankoni figures (13th-15th century) "
         "that Mali forbids to export and whose import into the United States is restricted (UNESCO 1970), flown "
         "from Bamako through Paris in transit to New York; Malian French wording (Bankoni figures repeat once, in "
         "blind59 as an import; in transit through Paris to New York is the new part)", {"importer_country": "US"}),
        ("CUL-07", "import", "NLSEA01", "sea", "ID", [], "NL", "940360",
         "Mebel jati, meja makan dan kursi, 1 kontainer", "ID", 6000, 60, 9000, "USD",
         "a furniture importer's container: teak tables and batik cushions are what it sells, but the third item's "
         "'new wooden statues' are weathered grey, with real cloth scraps, worn bases and lichen, from burial cliffs "
         "near Tana Toraja: tau-tau effigies of the dead, cultural property Indonesia forbids to export (UNESCO "
         "1970), hidden as the last item of a three-item declaration for a Rotterdam shop; Indonesian wording "
         "(tau-tau repeat in blind57 as a single decorative carving; hidden in a furniture container is the new part)",
         dict(firm("Orion Handel BV", "NL"),
              _more_items=[item("940490", "Sarung bantal batik, 300 buah", "ID", 90, 600, "USD", qty=300),
                           item("442199", "Patung kayu baru, dekoratif, 4 buah", "ID", 80, 120, "USD", qty=4)])),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "680293",
         "Плити гранітні для мощення, б/в, 18 т", "UA", 18000, None, 1800, "EUR",
         "reclaimed granite pavers are sawn, square and plain; these slabs are of uneven shape, with Hebrew lettering, "
         "carved hands, candelabra and lions on the faces turned inward: 19th-century Jewish tombstones (matzevot) taken "
         "from a cemetery in Volhynia, cultural property Ukraine forbids to export (UNESCO 1970), on a lorry at "
         "Dorohusk for a paving contractor; Ukrainian wording (matzevot repeat in a few sets; as used pavers from "
         "Ukraine to Poland by road is kept and named as a possible repeat of the route)", firm("Bruk-Bud Sp. z o.o.", "PL")),
        ("CUL-09", "import", "ATAIR01", "express", "AM", [], "AT", "491199",
         "Կալիգրաֆիական տպագրություններ, 6 թերթ", "AM", 0.8, 6, 90, "USD",
         "calligraphy prints are machine-made paper with flat ink; these six leaves are parchment, with gold leaf "
         "that lifts, worm holes and Armenian uncial script with marginal birds: leaves cut from a 13th-14th-century "
         "illuminated Gospel, cultural property Armenia forbids to export (UNESCO 1970), sent by express from Yerevan "
         "to a Vienna dealer; Armenian wording (Armenian manuscripts repeat in several sets and calligraphy-print covers hid Islamic "
         "manuscript leaves in a few; Armenian Gospel leaves under it, by express to Vienna, are the new part)", firm("Antiquariat Alpina GmbH", "AT")),
        ("CUL-10", "export", "DESEA01", "sea", "DE", [], "CN", "490590",
         "Alte Landkarten, Nachdrucke, Konvolut, 40 Blatt", "DE", 12, 40, 400, "EUR",
         "reprinted maps are on smooth modern paper with a printer's line; these forty sheets are hand-coloured "
         "copperplate on laid paper with chain lines and platemarks, dated 1570-1780, and a city library's stamp on "
         "the back: printed maps over 200 years old worth far above the threshold, whose export out of the Union needs "
         "a licence (Regulation 116/2009), and which belong to a public collection, shipped from Hamburg to a "
         "Shanghai dealer; German wording (old maps repeat in some sets; as reprints to China by sea is new as far as "
         "a search found)", {"importer_country": "CN"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", [], "BY", "853710",
         "Valdikliai pramoninėms siuvimo mašinoms, 40 vnt.", "LT", 60, 40, 2400, "EUR",
         "industrial sewing-machine controllers are small servo boxes at 40-80 EUR; these forty are five-axis CNC "
         "controllers with spindle and servo interfaces and a maker's list price of 6,000 EUR each: numerical "
         "controls for machine tools, whose sale and export to Belarus is banned (Regulation 765/2006, goods that "
         "could enhance its industrial and military capacity), by road from Vilnius to a Minsk 'garment factory'; "
         "Lithuanian wording (CNC controls repeat in several sets and a sewing-machine cover once, for bearings in "
         "blind27; CNC controllers as sewing-machine controllers to Belarus are new as far as a search found)",
         {"importer_country": "BY"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AM", "840790",
         "Rasenmäher-Ersatzmotoren, Zweitakt, 12 Stück", "DE", 180, 12, 3600, "EUR",
         "spare lawn-mower engines are four-stroke single-cylinder units at 150-300 EUR; these twelve are 550 cc "
         "two-stroke boxer engines with twin ignition, a starter-generator and propeller hubs, listed at 6,000 EUR "
         "each: UAV engines of the type copied for Iranian Shahed drones, whose export to Iran is banned (Regulation "
         "2023/1529, Iran drone regime) and which are bound there through a Yerevan 'garden machinery' firm; German "
         "wording (drone engines repeat in a few sets; lawn-mower engines through Armenia are new as far as a search "
         "found)", {"importer_country": "AM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "EG", "283010",
         "Solfuro di sodio in scaglie per concerie, 20 t", "IT", 20000, None, 16000, "EUR",
         "tannery sodium sulphide is bought by tanneries with a known address and a licence for the export; this "
         "20 t lot is flakes of 60 % sodium sulphide declared without the dual-use licence, bound for a Cairo "
         "'tannery supplier' that registered a month ago and has no tannery: sodium sulphide, a chemical-weapons "
         "precursor (dual-use 1C350) whose export out of the Union needs a licence (Regulation 2021/821), to a "
         "country outside the Chemical Weapons Convention; Italian wording (sodium sulphide repeats in a few sets; to "
         "a new Cairo firm under a tannery cover is the kept part, named as a possible repeat)",
         {"importer_country": "EG"}),
        ("STR-04", "export", "NLAIR01", "express", "NL", [], "AM", "854239",
         "Geheugenkaarten, industrieel, 200 st.", "NL", 2, 200, 800, "EUR",
         "industrial memory cards are flat SD cards at a few euros; these 200 are ball-grid FPGA chips in trays, "
         "a part number worth about 900 EUR each, sent by express from Eindhoven to a Yerevan electronics reseller "
         "with no factory that ships on to Russia: integrated circuits on the Common High Priority list whose sale "
         "for use in Russia is banned (Regulation 833/2014), passed off as memory; Dutch wording (FPGAs repeat in "
         "many sets, through Armenia in some; as memory cards by express is kept and named as a repeat of the goods)",
         {"importer_country": "AM"}),
        ("STR-05", "transit", "LVSEA01", "sea", "TW", ["LV"], "RU", "853710",
         "Lift controllers, complete, for residential elevators, 30 sets", "TW", 900, 30, 24000, "USD",
         "elevator controllers drive a hoist motor and read floor sensors; these thirty are numerical controls for "
         "five-axis milling with servo drives, in transit from Kaohsiung through Riga to St Petersburg: machine-tool "
         "CNC units on the Common High Priority list whose supply to Russia, also through the Union, is banned "
         "(Regulation 833/2014); English wording (CNC controls to Russia repeat in several sets; as lift controllers through Riga is "
         "new as far as a search found)", {"importer_country": "RU"}),
        ("STR-06", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "760820",
         "Rury aluminiowe 7075 do ram rowerowych, 6 t", "PL", 6000, None, 42000, "EUR",
         "bicycle frame tubing is thin-walled and under 50 mm across; these are 7075-T6 tubes of 80-90 mm outside "
         "diameter with thick walls, machined ends and ultrasonic test certificates: aluminium alloy tubes of the kind "
         "controlled as dual-use 1C202 (above 75 mm, strength above 460 MPa), which need a licence to leave the Union "
         "(Regulation 2021/821), going by rail to an Almaty 'bicycle maker' with no factory; Polish wording (7075 "
         "tubes repeat in several sets; as bicycle tubing by rail to Kazakhstan is the new part)",
         {"importer_country": "KZ"}),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "440131",
         "Древесные топливные гранулы, сосна, Казахстан, 1 200 т", "KZ", 1200000, None, 240000, "EUR",
         "Kazakh pellet mills are few and sell pine at home; these wagons hold birch pellets with the bag prints of "
         "an Arkhangelsk mill under new sleeves, with Kazakh certificates of origin from a trader with no mill: "
         "Russian wood pellets, whose import into the Union is banned (Regulation 833/2014, Annex XXI), by rail "
         "through Russia and Belarus to a Kaunas heat plant; Russian wording (Russian wood products repeat in many sets and pellets "
         "in several; a Kazakh-origin claim by rail into Lithuania is kept and named as a possible repeat)",
         firm("Kauno Šiluma UAB", "LT")),
        ("STR-08", "export", "DEAIR01", "express", "DE", [], "KG", "880730",
         "Ersatzteile für Hobby-Drohnen: Propeller, 200 Stück", "DE", 8, 200, 400, "EUR",
         "a drone shop's order to Bishkek: propellers and batteries are what hobby pilots buy, but the third item's "
         "'action cameras' are uncooled 640 x 512 thermal camera cores at 30 Hz with no housing and a SDK for "
         "gimbal mounting: thermal imaging cameras (dual-use 6A003) on the Common High Priority list, bound for use "
         "in Russia, whose export needs a licence and whose sale for Russia is banned (Regulations 2021/821 and "
         "833/2014), hidden as the last item of a three-item declaration; German wording (thermal cores repeat in "
         "many sets; under action cameras in a multi-item drone order is the new part)",
         dict({"importer_country": "KG"},
              _more_items=[item("850760", "LiPo-Akkus 6S, 20 Stück", "DE", 16, 1200, "EUR", qty=20),
                           item("852589", "Action-Kameras, 10 Stück", "DE", 1.5, 900, "EUR", qty=10)])),
        ("STR-09", "export", "FIPOST01", "post", "FI", [], "RU", "903031",
         "Yleismittarit kouluille, 10 kpl", "FI", 3, 10, 200, "EUR",
         "school multimeters are handheld meters at 20-40 EUR; these ten are USB oscilloscopes of 1 GHz bandwidth "
         "with probes, worth about 3,000 EUR each, posted from Lappeenranta to a private person in Vyborg: electronic "
         "test equipment whose sale and export to Russia is banned (Regulation 833/2014), as school "
         "meters; Finnish wording (oscilloscopes repeat in several sets and a multimeter cover for them appears earlier, from "
         "Czechia; by post from Finland as school meters is the new part)", {"importer_country": "RU"}),
        ("STR-10", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, Indian-cut, 420 ct", "AE", 0.1, 420, 210000, "USD",
         "Indian-cut diamonds come with a Surat cutter's invoice and an origin statement of the rough; these stones "
         "carry laser serials from an Alrosa-linked cutting works and the Dubai trader's paper gives India as origin "
         "with no invoice from a Surat cutter: diamonds of Russian origin, whose import into the Union is banned even "
         "when cut in a third country (Regulation 833/2014, Article 3p), flown from Dubai to Antwerp; English wording "
         "(Russian diamonds repeat in several sets; an 'Indian-cut' claim from Dubai is kept and named as a possible "
         "repeat)", firm("Delta Diamonds BVBA", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "MX", [], "ES", "960190",
         "Amuletos artesanales de plumas, 30 piezas", "MX", 0.3, 30, 150, "MXN",
         "craft feather charms are dyed chicken or duck feathers on wire; these thirty little bundles wrapped in "
         "red thread each hold a whole dried bird under 5 cm long with an iridescent throat and a needle bill: "
         "hummingbirds (Trochilidae, CITES App. II) sold as 'chuparosa' love charms, posted without a CITES permit "
         "from Mexico City to a private person in Seville; Mexican Spanish wording (hummingbird love charms repeat in "
         "a few sets; as craft feather amulets to Spain is kept and named as a possible repeat)",
         person("Particular", "ES")),
        ("WLF-02", "import", "ITAIR01", "air", "PY", [], "IT", "440349",
         "Virutas y polvo de palo santo (Bursera graveolens) para incienso, 400 kg", "PY", 400, None, 2400, "USD",
         "palo santo incense chips are pale, light Bursera wood from Ecuador and Peru; these are heavy, olive-green "
         "heartwood chips and sawdust that sink in water and smell of roses and guaiac, from the Paraguayan Chaco: Bulnesia "
         "sarmientoi (CITES App. II, sawn wood, powder and extracts included), flown from Asunción to a Milan incense wholesaler without a CITES "
         "permit; Paraguayan Spanish wording (Bulnesia repeats in several sets and palo santo covers in a few; by air "
         "from Paraguay to Italy is the new part)", firm("Incensi Meridiani Srl", "IT")),
        ("WLF-03", "import", "ATPOST01", "post", "ZW", [], "AT", "711719",
         "Plastic fibre bracelets, handmade, 40 pcs", "ZW", 0.4, 40, 60, "USD",
         "plastic fibre bracelets are uniform, glossy nylon; these forty are made of coarse, black, tapering hairs "
         "of uneven thickness that curl when heated and smell of burnt hair: elephant tail hair (Loxodonta africana; "
         "Zimbabwe's population is in CITES App. II, its hair tradeable only with an export permit, Annex B in the Union) without that permit, posted from Harare to a "
         "private person in Graz; Zimbabwean English wording (elephant-hair bracelets repeat in a few sets; as "
         "plastic fibre by post to Austria is kept and named as a possible repeat)", person("Privatperson", "AT")),
        ("WLF-04", "import", "DEAIR01", "express", "NA", [], "DE", "821192",
         "Jagdmesser mit Griffen aus Rinderknochen, 20 Stück", "NA", 6, 20, 600, "USD",
         "cattle-bone knife handles are thin-walled, porous and white; these twenty are dense, thick-walled bone "
         "with a yellowish polish and a Windhoek carver's notes reading 'giraffe shin': giraffe bone (Giraffa "
         "camelopardalis, CITES App. II) without a CITES export permit, sent by express to a private person in "
         "Bavaria; Namibian German wording (giraffe bone repeats in a few sets, as knife handles named in Afrikaans once; "
         "declared as cattle bone, from Namibia in German, is the new part)", person("Herr T. Bauer", "DE")),
        ("WLF-05", "import", "FRSEA01", "sea", "NO", [], "FR", "160420",
         "Œufs de capelan, assaisonnés, 1 200 boîtes", "NO", 120, 1200, 2400, "EUR",
         "seasoned capelin roe is tiny orange eggs at a few euros a tin; these 1,200 tins hold large grey-black "
         "eggs that pop firmly, taste of sturgeon and carry Russian lot codes under Norwegian labels: sturgeon caviar "
         "(Acipenseriformes, CITES App. II) without CITES documents or the compulsory labelling, by sea to a Le Havre "
         "fish trader; French wording (caviar repeats in many sets; as capelin roe is new as far as a search found)",
         firm("Marée Atlantique SARL", "FR")),
        ("WLF-06", "import", "NLSEA01", "sea", "LK", [], "NL", "530500",
         "Orchid growing medium, coconut fibre chips, 4 t", "LK", 4000, None, 1600, "USD",
         "coconut chips are light brown husk cubes; these bales hold dark, wiry blocks of tree-fern trunk with "
         "aerial roots still matted on them: tree fern (Cyathea, CITES App. II) stems sold as orchid medium, without a "
         "CITES permit, by sea from Colombo to a Dutch orchid nursery supplier; English wording (tree-fern fibre "
         "repeats in a few sets; as coconut fibre from Sri Lanka is new as far as a search found)",
         firm("Horizon Kwekerij Supply BV", "NL")),
        ("WLF-07", "import", "ESAIR01", "air", "TW", [], "ES", "711620",
         "Cuentas de ónice negro, pulidas, 2 kg", "TW", 2, 1, 600, "USD",
         "black onyx beads are cold, heavy chalcedony that does not scratch with a knife; these are light, warm, "
         "show growth rings in cross-section and smell of burnt hair under a hot needle: black coral (Antipatharia, "
         "CITES App. II) without a CITES permit, flown from Taipei to a Barcelona bead wholesaler; Spanish wording "
         "(black coral repeats in several sets, once as beads that were not onyx, by post in Italian; by air from "
         "Taiwan to a Barcelona wholesaler is the new part)",
         firm("Abalorios Delta SL", "ES")),
        ("WLF-08", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "121190",
         "中药材：黄芪片, 600 kg", "CN", 600, 30, 4200, "USD",
         "a traditional-medicine wholesaler's rail order: astragalus root and jujube are what such shops sell, but "
         "the third item's 'dried pomegranate peel' is a set of small furry pods with a strong animal smell: musk "
         "pods of musk deer (Moschus, CITES App. II, Chinese populations), hidden as the last item of a three-item "
         "declaration without a CITES permit, by rail to Duisburg; Chinese wording (musk repeats in many sets; hidden "
         "under pomegranate peel in a rail order is new as far as a search found)",
         dict(firm("Meridian Heilkräuter GmbH", "DE"),
              _more_items=[item("081340", "大枣, 800 kg", "CN", 800, 4000, "USD", qty=40),
                           item("081400", "石榴皮, 2 kg", "CN", 2, 60, "USD", qty=2)])),
        ("WLF-09", "import", "PTAIR01", "air", "GW", [], "PT", "010639",
         "Aves canoras de criação: bicos-de-lacre, 200", "GW", 8, 200, 400, "EUR",
         "bred waxbills are tiny, red-billed and cheap; this cargo holds 80 waxbills on top of 120 wild-caught "
         "grey parrot chicks with red tails, in crates labelled 'pássaros canoros': African grey parrots (Psittacus "
         "erithacus, CITES App. I), flown from Bissau to Lisbon without CITES documents; Portuguese wording (grey "
         "parrots repeat in many sets; under a waxbill cover from Guinea-Bissau is new as far as a search found)",
         firm("Aviário Atlântico Lda", "PT")),
        ("WLF-10", "transit", "NLAIR01", "air", "MZ", ["NL"], "CN", "050790",
         "Dentes de gado, polidos, para artesanato, 60 kg", "MZ", 60, None, 300, "USD",
         "cattle teeth for crafts are small and square; these are long, curved, ridged canine tusks with a thick "
         "enamel and a triangular section: hippopotamus teeth (Hippopotamus amphibius, CITES App. II) without CITES "
         "permits, flown from Maputo through Amsterdam in transit to Guangzhou; Mozambican Portuguese wording "
         "(hippo teeth repeat in many sets; as cattle teeth in transit through Schiphol is kept and named as a "
         "possible repeat)", {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "express", "JP", "BE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine racing)", "JP", 4.6, 4, 12000, "JPY",
     [("PRECURSOR_LICENCE", "BE-SPF-39-0071")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUROAD01", "road", "RS", "HU", "280700",
     "Sulphuric acid 96 %, 10 x 1 l, for a licensed private user (battery restorer)", "RS", 18.4, 10, 90, "EUR",
     [("PRECURSOR_LICENCE", "HU-BM-39-0158")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "370790",
     "Spent photographic fixer (09 01 04*), for silver recovery at a licensed plant, 30 drums", "RS", 6600, 30, 0, "EUR",
     [("BASEL_CONSENT", "HU-PEST-39-0204")], "notified spent fixer to a licensed silver-recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "262040",
     "Salt slag from secondary aluminium smelting (10 03 08*), for recovery at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-39-0318")], "notified salt slag to a licensed salt-slag recovery plant"),
    ("PRM-05", "ozone", "import", "ITROAD01", "road", "GB", "IT", "290377",
     "Halon 2402, recovered and reclaimed, 12 cylinders, for critical use in armoured-vehicle fire protection", "GB",
     300, 12, 9000, "GBP",
     [("ODS_LICENCE", "IT-MASE-ODS-39-006")], "recovered halon 2402 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DKAIR01", "air", "US", "DK", "290314",
     "Carbon tetrachloride, 4 x 2.5 l, for a licensed laboratory use (analytical reference)", "US", 16, 4, 300, "USD",
     [("ODS_LICENCE", "DK-MST-ODS-39-003")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "870323",
     "Sports-racing car, 1954, aluminium body, for a California motor museum", "IT", 1100, 1, 2800000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-39-0233")], "historic car exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "SEAIR01", "air", "SE", "US", "970510",
     "Herbarium collection, 1820s-1860s, 120 sheets, documented sale from a private estate", "SE", 24, 120, 90000, "SEK",
     [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-39-0041")], "herbarium exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "PLROAD01", "road", "PL", "CH", "760820",
     "Aluminium alloy 7075-T6 tubes, 85 mm OD, 2 t, for a Swiss aerospace parts maker", "PL", 2000, None, 16000, "EUR",
     [("EXPORT_LICENCE", "PL-MRiT-39-0412"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-39-0058")],
     "dual-use aluminium tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "MA", "283010",
     "Sodium sulphide flakes 60 %, 20 t, for a Fès tannery", "ES", 20000, None, 15000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOM-39-0307"), ("END_USER_CERTIFICATE", "MA-EUC-39-0112")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "PY", "NL", "330129",
     "Guaiacwood oil (Bulnesia sarmientoi), 10 drums, within the national export quota", "PY", 1800, 10, 54000, "USD",
     [("CITES_PERMIT", "PY-MADES-39-0096")], "App. II wood extract with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "express", "US", "FR", "711620",
     "Black coral jewellery (Antipathes), Hawaiian harvest, 20 pieces", "US", 0.6, 20, 4000, "USD",
     [("CITES_PERMIT", "US-FWS-39-0557")], "App. II black coral with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "M. Dupont", "PRM-02": "Magánszemély", "PRM-05": "Difesa Antincendio Padana Srl",
    "PRM-07": "Pacific Coast Motor Museum", "PRM-11": "Aromata Nederland BV",
    "PRM-12": "Mme C. Laurent",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330590", "Perm neutraliser lotion 2 %, 1 l", "import", ["express"], ["GB", "US"], (6, 12), (1, 4), ["GBP", "USD"], 1, S),
    ("340290", "Ultrasonic jewellery-cleaning concentrate, water-based, 1 l", "import", ["express"], ["JP", "US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("283329", "Potassium sulphate dental-plaster accelerator, 1 kg", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("250100", "Hide-tanning salt with alum, 2 kg bags", "import", ["road"], ["NO"], (0.5, 1.5), (2000, 8000), ["EUR", "NOK"], 0.5, S),
    ("310210", "Urea snow hardener for ski slopes, 25 kg sacks", "import", ["road"], ["CH", "NO"], (0.5, 1), (10000, 20000), ["EUR", "CHF"], 0.04, S),
    ("250300", "Sulphur granules, soil acidifier for blueberries, 25 kg sacks", "import", ["road"], ["RS", "UA"], (0.4, 0.8), (6000, 18000), ["EUR"], 0.04, S),
    ("282720", "Calcium chloride flakes, damp-trap refills, 1 kg", "import", ["post"], ["TR", "CN"], (4, 8), (1, 4), ["EUR", "USD"], 1, S),
    ("252910", "Potash feldspar for pottery glazes, 25 kg bags", "import", ["sea"], ["IN", "TR"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("310590", "Lawn fertiliser 20-0-0 with iron, ammonium sulphate based, 2 kg bags", "import", ["sea"], ["EG", "TR"], (0.4, 0.7), (12000, 20000), ["USD"], 0.5, S),
    ("283640", "Potassium carbonate, food grade, 25 kg bags", "import", ["sea"], ["KR", "CN"], (0.9, 1.4), (10000, 20000), ["USD"], None, S),
    ("382499", "Fluorine-free firefighting foam concentrate, new, IBCs", "export", ["sea"], ["GE", "AM"], (3, 5), (10000, 20000), ["EUR"], 0.001, S),
    ("370790", "Photographic fixer concentrate, new, 5 l", "export", ["road"], ["RS", "BA"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("251749", "Crushed granite aggregate for road base, washed", "export", ["rail"], ["UA", "MD"], (0.01, 0.02), (60000, 120000), ["EUR"], None, S),
    ("390210", "Polypropylene granules, prime, 25 kg bags", "export", ["sea"], ["MY", "VN"], (1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("271019", "Marine gas oil, ISO 8217 DMA, with delivery note", "export", ["sea"], ["TN", "MA"], (0.7, 1), (200000, 400000), ["EUR"], None, S),
    ("851779", "Smartphone spare parts, new, boxed", "export", ["air"], ["NG", "GH"], (100, 200), (100, 400), ["EUR"], 5, S),
    ("760120", "Aluminium alloy ingots, secondary, A380", "export", ["sea"], ["IN", "AE"], (1.8, 2.4), (20000, 25000), ["EUR"], None, S),
    ("290323", "Tetrachloroethylene for dry cleaning, drums", "import", ["rail"], ["CN"], (0.8, 1.2), (10000, 20000), ["USD"], 0.004, S),
    ("293090", "Dimethyl disulphide, catalyst sulphiding agent, ISO tanks", "import", ["sea"], ["US", "IL"], (2, 3), (15000, 20000), ["USD"], None, S),
    ("381400", "HFE-7100 engineered fluid, 18 l cans", "import", ["air"], ["US", "JP"], (40, 70), (200, 600), ["USD"], 0.04, S),
    ("731100", "Refrigerant recovery cylinders, empty, new, 12 kg", "export", ["sea"], ["GH", "SN"], (3, 6), (2000, 6000), ["EUR"], 0.1, S),
    ("340290", "Air duster spray, HFO-1234ze, 400 ml", "import", ["express"], ["CN", "US"], (15, 30), (1, 4), ["USD"], 2.5, S),
    ("741110", "Copper tubes for air-conditioning, coils", "import", ["road"], ["TR"], (8, 11), (4000, 12000), ["EUR"], None, S),
    ("940529", "Lava lamps, new, wax in water", "import", ["post"], ["US", "GB"], (15, 30), (2, 5), ["USD", "GBP"], 0.5, S),
    ("842410", "CO2 fire extinguishers, 5 kg, steel, CE-marked", "import", ["road"], ["TR", "RS"], (3, 5), (3000, 9000), ["EUR"], 0.07, S),
    ("340290", "Water-based aircraft-engine cleaner, drums", "export", ["sea"], ["SN", "CI"], (2, 4), (3000, 8000), ["EUR"], None, S),
    ("680990", "Plaster casts of dinosaur skulls, museum replicas", "import", ["air"], ["US", "CN"], (20, 40), (100, 400), ["USD"], 0.05, S),
    ("870323", "Replica roadsters, fibreglass body, 1990s, used", "export", ["sea"], ["US"], (20, 35), (2000, 6000), ["EUR"], 0.001, S),
    ("970191", "Cusco-school style paintings, new, hand-painted", "import", ["air"], ["PE", "BO"], (20, 40), (100, 400), ["USD"], 0.3, S),
    ("950790", "Tungsten fishing sinkers, new", "import", ["post"], ["TR", "CN"], (40, 80), (1, 3), ["EUR", "USD"], 50, S),
    ("691390", "Contemporary Ségou pottery, new", "import", ["air"], ["ML", "SN"], (4, 8), (200, 800), ["EUR"], 0.5, S),
    ("442199", "Wooden statues, new, Toraja-style, painted", "import", ["sea"], ["ID"], (4, 8), (2000, 6000), ["USD"], 0.1, S),
    ("680293", "Granite paving setts, new, sawn", "import", ["road"], ["UA"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("491199", "Calligraphy prints, Armenian alphabet, new", "import", ["express"], ["AM", "GE"], (30, 60), (1, 2), ["USD"], 10, S),
    ("490590", "Reprinted antique maps, modern paper", "export", ["sea"], ["CN", "US"], (10, 20), (500, 2000), ["EUR"], 20, S),
    ("853710", "Sewing-machine servo controllers, 550 W", "export", ["road"], ["UA", "MD"], (20, 35), (500, 2000), ["EUR"], 0.5, S),
    ("840790", "Lawn-mower engines, four-stroke, 160 cc, new", "export", ["road"], ["RS", "GE"], (12, 18), (2000, 6000), ["EUR"], 0.08, S),
    ("283311", "Sodium sulphate, anhydrous, detergent grade", "export", ["sea"], ["EG", "MA"], (0.15, 0.25), (20000, 25000), ["EUR"], None, S),
    ("821192", "Hunting knives with cattle-bone handles", "import", ["express"], ["NA", "ZA"], (60, 120), (1, 3), ["USD"], 3, S),
    ("711620", "Black onyx beads, polished", "import", ["air"], ["TW", "IN"], (40, 80), (50, 200), ["USD"], None, S),
    ("711790", "Glass-bead love-charm amulets, handmade", "import", ["post"], ["MX", "PE"], (60, 120), (1, 2), ["USD"], 50, S),
    ("330741", "Palo santo incense sticks (Bursera graveolens), boxed", "import", ["express"], ["EC", "PE"], (30, 60), (1, 4), ["USD"], 20, S),
]
# Everyday trade: blind72's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and blind72's twelve rows),
# with four new rows instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "CN"], (5, 9), (3000, 8000), ["USD"], 0.05, N),
        ("611030", "Knitted pullovers, synthetic fibres", "import", ["sea"], ["BD", "CN"], (8, 14), (3000, 8000), ["USD"], 3, N),
        ("950720", "Fishing hooks, retail packs", "import", ["post", "express"], ["CN", "JP"], (40, 80), (1, 2), ["USD"], 20, N),
        ("732111", "Gas camping stoves, portable", "import", ["sea"], ["CN", "KR"], (5, 9), (2000, 6000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind80", 20390701, HERE)


if __name__ == "__main__":
    main()
