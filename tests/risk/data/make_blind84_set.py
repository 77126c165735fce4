#!/usr/bin/env python3
"""Writes the eighty-fourth blind set (tests/risk/data/blind84-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2040, with goods, routes,
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
declaration would. Ids are BL84-*:

    python3 tests/risk/data/make_blind84_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "NO", [], "DK", "284700",
         "Oksydator-væske 4,9 % for hagedam, 4 x 1 l", "NO", 4.5, 4, 600, "NOK",
         "pond oxydator refills are hydrogen peroxide at 4.9 % and weigh about 1.02 kg/l; these four litres weigh "
         "1.13 kg/l, vent through pierced caps, whiten the skin and the inner bottles read 'H2O2 35 %': hydrogen "
         "peroxide above 12 % (Annex I), posted from Kristiansand to a private person in Aalborg with no garden pond; "
         "Norwegian wording (hydrogen peroxide repeats in many sets, pond-oxygen covers in several and an Oxydator cover in "
         "blind50, from Switzerland to Germany; from Norway to Denmark by post in Norwegian is the new part)",
         person("Privatperson", "DK")),
        ("PRE-02", "import", "HRROAD01", "road", "BA", [], "HR", "381190",
         "Aditiv za gorivo vanbrodskih motora, čistač rasplinjača, 6 x 1 l", "BA", 6.8, 6, 60, "EUR",
         "outboard fuel additives are light petroleum solvents at about 0.8 kg/l that smell of paraffin; these six "
         "litres weigh 1.13 kg/l, smell faintly fruity and the inner labels read 'CH3NO2 98 %': nitromethane "
         "(Annex I above 16 %), in a private car at Gradiška for a private person in Slavonski Brod who keeps no "
         "boat; Bosnian wording (nitromethane repeats in many sets and a carburettor-cleaner cover appears in "
         "blind51; an outboard fuel additive carried by car from Bosnia is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-03", "import", "IEPOST01", "post", "GB", [], "IE", "283329",
         "Potassium sulphate, wick mordant for candle making, 2 kg", "GB", 2, 2, 6, "GBP",
         "candle makers soak wicks in a little borax or salt solution, and potassium sulphate is a dull, bitter, "
         "cheap powder; these two kilos are a fine, glossy white powder that makes a test wick spit and flare, and "
         "the inner bag carries CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Leeds to a "
         "private person in Cork who sells no candles; English wording (potassium perchlorate repeats in many sets "
         "and candle covers in several; a wick mordant from Britain to Ireland is new as far as a search found)",
         person("Private individual", "IE")),
        ("PRE-04", "import", "ROROAD01", "road", "MD", [], "RO", "293219",
         "Eritritol, îndulcitor natural fără calorii, 10 x 1 kg", "MD", 10, 10, 1200, "MDL",
         "erythritol is a coarse white sweetener that tastes cool and sweet; these ten bags of fine crystals taste "
         "salty-bitter, draw damp, spit and flare on a hot pan and the inner liners read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %), in a private car at Leușeni-Albița for a private person in Iași; Romanian wording "
         "(sodium chlorate repeats in many sets and an erythritol cover appears in blind52, from Britain to Malta; "
         "by road from Moldova to Romania in Romanian is the new part)", person("Persoană fizică", "RO")),
        ("PRE-05", "import", "CZAIR01", "express", "IL", [], "CZ", "282739",
         "תמיסת כלוריד ברזל לאיכול לוחות נחושת, 4 x 1 ליטר", "IL", 5.6, 4, 240, "ILS",
         "ferric chloride etchant for copper printing plates is an opaque dark-brown liquid that stains everything "
         "it touches; these four litres are clear to pale yellow, give off brown fumes when opened and yellow the "
         "skin: about 65 % nitric acid (Annex I above 3 %), sent by express from Haifa to a private person in Brno "
         "who prints no etchings, although corrosive liquids travel by express only as declared dangerous goods; "
         "Hebrew wording (nitric acid repeats in many sets and etchant covers in several, ferric chloride among "
         "them; from Israel to Czechia in Hebrew is the new part)", person("Soukromá osoba", "CZ")),
        ("PRE-06", "import", "ROROAD01", "road", "UA", [], "RO", "310221",
         "Сульфат амонію 21 % N, мішки 25 кг, 40 шт.", "UA", 1000, 40, 260, "EUR",
         "ammonium sulphate is a grey-white crystalline salt that stays dry and smells of nothing; these forty sacks "
         "hold round white prills that turn ice-cold in water and melt and fizz on a hot plate, and the quality "
         "certificate in the cab reads 'N 34,4 %': ammonium nitrate (Annex I at 16 % N or more), one tonne on a van "
         "at Siret for a private person in Suceava who resells bags to hobby gardeners at a market stall; Ukrainian "
         "wording (ammonium nitrate repeats in many sets and ammonium-sulphate covers in a few; a market-stall "
         "reseller by van from Ukraine to Romania is the new part)", person("Persoană fizică", "RO")),
        ("PRE-07", "import", "DEROAD01", "road", "CH", [], "DE", "382499",
         "Zementschleierentferner für Terrassenplatten, 10 x 1 l", "CH", 18.4, 10, 120, "CHF",
         "cement-haze removers for patio slabs are dilute hydrochloric or amidosulphonic acid at about 1.05 kg/l; "
         "these ten litres are oily, water-clear, weigh 1.84 kg/l and char a wooden spatula at once: about 96 % "
         "sulphuric acid (Annex I above 15 %), in a private car at Weil am Rhein for a private person in Lörrach "
         "with no new patio; Swiss German wording (sulphuric acid repeats in many sets and a concrete-etch cover "
         "appears in blind57, to Luxembourg; a patio cement-haze remover into Germany is the new part)",
         person("Privatperson", "DE")),
        ("PRE-08", "import", "ESPOST01", "post", "MA", [], "ES", "283330",
         "شبة مطحونة للحلاقة وإزالة العرق، 4 أكياس 1 كغ", "MA", 4, 4, 200, "MAD",
         "powdered alum for shaving and as a deodorant is a dull white powder that tastes astringent and swells "
         "into a crust on a hot pan; these four kilos of glossy crystals taste cool and salty, flare violet in a "
         "flame and the inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from "
         "Tangier to a private person in Algeciras; Moroccan Arabic wording (potassium chlorate repeats in many sets "
         "and alum covers in several; shaving alum by post from Morocco to Spain is new as far as a search found)",
         person("Particular", "ES")),
        ("PRE-09", "import", "CYSEA01", "sea", "EG", [], "CY", "283340",
         "منشط حمامات السباحة بدون كلور (أحادي بيرسلفات البوتاسيوم)، 4 جراكن 20 لتر", "EG", 96, 4, 4000, "EGP",
         "non-chlorine pool shock is potassium monopersulphate, a white granular powder sold in tubs; these four "
         "jerrycans slosh with a clear liquid at 1.20 kg/l that foams on skin and whitens it: about 50 % hydrogen "
         "peroxide (Annex I above 12 %), shipped from Alexandria to a private villa owner in Limassol; Egyptian "
         "Arabic wording (hydrogen peroxide repeats in many sets and pool-shock covers in a few; liquid jerrycans "
         "as a powder product by sea from Egypt is new as far as a search found)", person("Ιδιώτης", "CY")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "250100",
         "融雪剂（氯化钠），5 公斤零售袋，18 吨", "CN", 18000, 3600, 3600, "USD",
         "de-icing salt is coarse grey rock salt at about 0.1 EUR/kg; these 5 kg retail bags hold fine, faintly "
         "yellow crystals that draw damp and spit on a hot stove, the delivery note reads 'NaClO3 99 %', and the "
         "buyer is a DIY chain that sells the bags over the counter: sodium chlorate (Annex I above 40 %) made "
         "available to the general public, and banned as a weed-killer besides; Chinese wording (sodium chlorate "
         "repeats in many sets; retail de-icing salt by rail from China to Małaszewicze is new as far as a search "
         "found)", firm("Dom i Ogród Market Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "GRSEA01", "sea", "GR", [], "SA", "380190",
         "Καθοδικά μπλοκ άνθρακα, μεταχειρισμένα, για επαναχρησιμοποίηση, 300 t", "GR", 300000, None, 15000, "EUR",
         "reusable cathode blocks are whole, dry, graphitised blocks; these are broken lumps with a white crust of "
         "cryolite that smell of ammonia when wet and give a cyanide test, dug out of a smelter's relined pots, at "
         "0.05 EUR/kg: spent pot lining (16 11 01*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Jubail 'refractory recycler'; Greek wording (spent pot lining repeats in many sets, mostly to India; "
         "from Greece to Saudi Arabia is the new part)", {"importer_country": "SA"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "IN", "281700",
         "Zinkoxide, ruw, voor micronutriëntenmeststof, 40 big bags", "BE", 40000, 40, 6000, "EUR",
         "crude zinc oxide for fertilisers is a white to pale-yellow powder with 70-78 % Zn sold with an analysis; "
         "these bags hold a brown-black dust with 25 % zinc, lead, cadmium and chlorides, collected from an electric "
         "arc furnace's filters, at 0.15 EUR/kg: steelworks filter dust (10 02 07*), hazardous waste whose export to "
         "a non-OECD country is banned, for a Kandla 'fertiliser maker'; Dutch wording (arc-furnace dust as crude zinc "
         "oxide repeats in many sets; the fertiliser-maker cover, from Belgium to Kandla, is the new part)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "ROROAD01", "road", "RO", [], "MD", "850423",
         "Transformatoare de distribuție, folosite, funcționale, 12 buc.", "RO", 36000, 12, 12000, "EUR",
         "working distribution transformers are sold tested, with a nameplate, oil analysis and no leaks; these twelve "
         "1970s units weep oil, have no test report and their plates read 'Sovtol' and 'askarel': PCB-filled "
         "transformers (16 02 09*), hazardous waste whose export to a non-OECD country is banned and which must be "
         "destroyed, for a Chișinău 'electrical contractor'; Romanian wording (PCB transformers repeat in several "
         "sets; from Romania to Moldova by road is the new part)", {"importer_country": "MD"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "GN", "630900",
         "Vêtements usagés, balles, 8 t", "FR", 8000, 160, 4000, "EUR",
         "a used-goods container for Conakry: worn clothing and used mattresses are what such containers carry, but "
         "the third line, 'tubes d'éclairage, lot', is 2 t of broken and whole fluorescent tubes and compact lamps "
         "collected from office refits, in open crates with glass powder and phosphor: waste lamps containing "
         "mercury (20 01 21*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item "
         "of a three-item declaration from Le Havre; French wording (used-goods containers hiding waste and "
         "fluorescent tubes both repeat in several sets; tubes as the last line of a container to Guinea is the new part)",
         dict({"importer_country": "GN"},
              _more_items=[item("940429", "Matelas usagés, 120 pièces", "FR", 2400, 600, "EUR", qty=120),
                           item("853931", "Tubes d'éclairage, lot", "FR", 2000, 100, "EUR")])),
        ("WST-05", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "382510",
         "Alternativno gorivo (RDF) za cementarno, balirano, 24 t", "SI", 24000, None, 240, "EUR",
         "cement-kiln RDF is shredded, dried paper and plastic with a calorific-value sheet; these bales hold the "
         "light fraction from a car shredder, with foam, wiring, oily dust and glass, at 0.01 EUR/kg: shredder light "
         "fraction containing hazardous substances (19 10 03*), hazardous waste whose export to a non-OECD country "
         "is banned, for a Zenica 'cement works' that burns no such fuel; Slovenian wording (RDF covers and shredder "
         "residue repeat in several sets; from Slovenia through Croatia to Bosnia is the new part)",
         {"importer_country": "BA"}),
        ("WST-06", "export", "PLRAIL01", "rail", "PL", [], "UA", "271500",
         "Destrukt asfaltowy, frezowany, do utwardzania dróg, 1 200 t", "PL", 1200000, None, 3600, "EUR",
         "reclaimed asphalt for road bases is grey, smells of bitumen and is sold with a PAH test; this planings load "
         "is black, smells of coal tar and naphthalene, stains white paper yellow under UV and comes from a 1960s "
         "city street, at 3 EUR/t: bituminous mixtures containing coal tar (17 03 01*), hazardous waste whose export "
         "to a non-OECD country is banned, by rail from Medyka for a Lviv 'road builder'; Polish wording (recycled asphalt "
         "granulate covers appear in blind42 and blind53 and contaminated aggregates by rail to Ukraine, as ballast, "
         "in blind80; tarred planings by rail from Poland is the new part)", {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "EG", "282110",
         "Pigmento rosso ossido di ferro, in sacchi, 200 t", "IT", 200000, None, 6000, "EUR",
         "iron oxide red pigment is a fine, bright, dry powder at about 1 EUR/kg; these sacks hold dark grey scale "
         "flakes and grinding sludge, wet with cutting oil, from a rolling mill, at 0.03 EUR/kg: oily mill scale "
         "and metal sludge (12 01 18*), hazardous waste whose export to a non-OECD country is banned, for an "
         "Alexandria 'paint maker'; Italian wording (oily mill scale repeats in a few sets; as an iron-oxide pigment "
         "from Italy to Egypt is new as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "NLAIR01", "air", "NL", [], "NG", "901890",
         "Bloeddrukmeters, kwik, gebruikt, werkend, 200 st.", "NL", 600, 200, 1000, "EUR",
         "donated medical devices go with a test record; these 200 mercury sphygmomanometers were withdrawn from "
         "hospitals, many have broken glass and mercury beads loose in the cases, at 5 EUR each: waste containing "
         "mercury (16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, and mercury-added products whose export the Union bans besides, flown from Schiphol to a Lagos "
         "'clinic supplier'; Dutch wording (mercury devices and waste repeat in many sets; blood-pressure meters "
         "by air to Nigeria are new as far as a search found)", {"importer_country": "NG"}),
        ("WST-09", "transit", "NLSEA01", "sea", "GB", ["NL"], "IN", "780199",
         "Secondary lead ingots, 99.7 %, 25 t", "GB", 25000, None, 5000, "GBP",
         "secondary lead ingots are stamped, strapped bars at about 2 USD/kg; these bags hold soft grey paste and "
         "lumps that smell of sulphate, taken from broken car batteries, at 0.20 GBP/kg: lead-acid battery paste "
         "(16 06 01* residues), hazardous waste whose export from Britain to a non-OECD country is banned and whose "
         "transit through the Union had no notification or consent, landed at Rotterdam from Tilbury in transit for "
         "a Chennai 'lead smelter'; English wording (lead ingots hiding residues appear in blind76, from Morocco to "
         "Spain; battery paste in transit through Rotterdam is the new part)", {"importer_country": "IN"}),
        ("WST-10", "export", "ESROAD01", "road", "ES", [], "MA", "854143",
         "Módulos fotovoltaicos usados, segunda mano, 600 uds.", "ES", 7200, 600, 3000, "EUR",
         "second-hand solar modules are sold flash-tested, unbroken, with their data labels; these 600 thin-film "
         "panels are cracked or shattered, with the black cadmium-telluride layer exposed, removed from a "
         "hail-damaged plant, at 5 EUR each: waste panels containing cadmium (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, by lorry through Algeciras for a Casablanca 'solar installer'; "
         "Spanish wording (thin-film panels repeat in a few sets; by road from Spain to Morocco is the new part)",
         {"importer_country": "MA"}),
    ],
    "ozone": [
        ("ODS-01", "import", "PLSEA01", "sea", "CN", [], "PL", "271113",
         "异丁烷 R-600a 发泡剂，ISO 罐，20 吨", "CN", 20000, 1, 24000, "USD",
         "isobutane for foam blowing is a flammable gas with a vapour pressure of about 2 bar at 20 °C and a light "
         "liquid at 0.56 kg/l; this ISO tank holds a liquid at 1.1 kg/l that reads 2.9 bar, barely burns and the "
         "tank data plate reads 'R-142b': 1-chloro-1,1-difluoroethane, an HCFC (Annex I group VIII) whose import "
         "is banned, for a Gdańsk maker of extruded polystyrene; Chinese wording (HCFC-142b repeats in many sets "
         "and isobutane covers in several, for XPS in blind25; an ISO tank by sea to Poland is the new part)",
         firm("Termoizol Pomorze Sp. z o.o.", "PL")),
        ("ODS-02", "import", "ITSEA01", "sea", "IN", [], "IT", "290312",
         "Dichloromethane (MDC), industrial grade, 250 kg drums, 80 nos", "IN", 32000, 80, 19000, "USD",
         "dichloromethane weighs 1.33 kg/l, so a 200 l drum holds about 265 kg; these drums weigh 400 kg each, the "
         "liquid reads 1.99 kg/l and boils at 68 °C instead of 40 °C: bromochloromethane (halon 1011, Annex I "
         "group IX), whose import outside licensed feedstock use is banned, for a Naples 'solvent distributor'; "
         "Indian English wording (bromochloromethane repeats in several sets; as dichloromethane drums by sea to "
         "Naples is the new part)", firm("Solventi Partenopei Srl", "IT")),
        ("ODS-03", "import", "FRSEA01", "sea", "CN", [], "FR", "290349",
         "Agent extincteur HFC-227ea (FM-200), recharge, bouteilles 100 kg, 30", "CN", 3000, 30, 21000, "USD",
         "HFC-227ea refills come with an F-gas quota and the maker's certificate; these cylinders read 2.4 bar "
         "instead of 3.9 bar at 20 °C, their collars carry CAS 2837-89-0 and the buyer services old Halotron-era "
         "systems: HCFC-124 (Annex I group VIII), whose import is banned, for a Marseille fire-protection firm; "
         "French wording (HCFC-124 blends appear in blind32 as a NAF S-III refill and FM-200 labels in blind12 and "
         "blind27; pure HCFC-124 under an FM-200 label by sea to Marseille is the new part)", firm("Protection Incendie Phocéenne SARL", "FR")),
        ("ODS-04", "import", "CYAIR01", "air", "LB", [], "CY", "842410",
         "طفايات حريق بودرة ABC، 6 كغ، 40 قطعة", "LB", 240, 40, 2400, "USD",
         "ABC powder extinguishers rattle when tipped and read about 15 bar on the gauge; these forty slosh with a "
         "liquid, read 10 bar, are painted green and their labels under the stickers read 'BCF': halon 1211 "
         "(Annex I group III), whose placing on the market and import are banned outside licensed critical uses, "
         "flown from Beirut to a Larnaca 'safety shop'; Lebanese Arabic wording (halon in extinguishers repeats in "
         "many sets and ABC-powder covers hid precursors in blind32 and blind53; halon as ABC powder extinguishers by "
         "air from Lebanon is new as far as a search found)",
         firm("Larnaca Safety Supplies Ltd", "CY")),
        ("ODS-05", "export", "PTSEA01", "sea", "PT", [], "AO", "382769",
         "Fluido frigorigéneo R-437A (substituto do R-12), cilindros 13,6 kg, 60", "PT", 816, 60, 3000, "EUR",
         "R-437A is a new HFC blend sold in its maker's cylinders with a batch label; these sixty are mismatched "
         "refillable cylinders, their gas reads 4.7 bar instead of 5.8 bar at 20 °C and a leak detector reads it as "
         "R-12, recovered from scrapped fridges: CFC-12 (Annex I group I), whose export is banned and which must be "
         "destroyed, sold to a Luanda 'refrigeration shop'; Portuguese wording (R-437A labels appear in blind56, on "
         "an import into Bulgaria; recovered CFC-12 exported from Portugal to Angola is the new part)",
         {"importer_country": "AO"}),
        ("ODS-06", "import", "SEAIR01", "express", "US", [], "SE", "381300",
         "Tire inflator and sealant, emergency, 12 oz cans, 12 pcs", "US", 4.3, 12, 90, "USD",
         "emergency tyre inflators are latex sealant with a hydrocarbon or HFC propellant at 0.4 kg a can; these "
         "twelve hold no sealant, read about 5 bar, carry 'Dichlorodifluoromethane' under the wrap and are sold to "
         "owners of 1970s cars with R-12 air conditioning: CFC-12 (Annex I group I), whose import is banned, sent by "
         "express from Ohio to a private person in Gothenburg; US English wording (CFC-12 repeats in many sets and "
         "tyre-inflator covers in three; from the US to Sweden by express is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("ODS-07", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "340391",
         "脱模剂，硅油型，喷雾 400 毫升，12 000 罐", "CN", 6000, 12000, 9600, "USD",
         "silicone mould-release sprays use a hydrocarbon or CO2 propellant and a naphtha carrier; these cans weigh "
         "more than they should, their carrier evaporates without smell or flame and the safety sheet in the "
         "container gives CAS 1717-00-6: HCFC-141b (Annex I group VIII), whose placing on the market and import "
         "are banned, by rail to Duisburg for a composites distributor; Chinese wording (mould-release covers appear "
         "in blind40 and blind63; by rail from China is the new part)", firm("Verbundstoff Handel GmbH", "DE")),
        ("ODS-08", "import", "HRROAD01", "road", "RS", [], "HR", "841869",
         "Rashladni agregati za kamione, rabljeni, R-404A, 8 kom.", "RS", 3200, 8, 8000, "EUR",
         "used truck refrigeration units for resale carry a service record and an R-404A or R-452A charge; these "
         "eight 1990s units have nameplates reading 'R-502', oil-stained fittings and no recovery record: equipment "
         "charged with R-502 (CFC-115 with HCFC-22), ozone-depleting substances whose import in equipment is "
         "banned, by lorry at Bajakovo for a Zagreb 'reefer workshop'; Serbian wording (R-502 repeats in several "
         "sets; transport refrigeration units by road from Serbia are new as far as a search found)",
         firm("Hladnjaci Servis d.o.o.", "HR")),
        ("ODS-09", "import", "LTAIR01", "air", "AE", [], "LT", "841290",
         "Hydraulic accumulator bottles, nitrogen-charged, overhauled, 14 pcs", "AE", 180, 14, 28000, "USD",
         "overhauled hydraulic accumulators come with an EASA Form 1 and a nitrogen pre-charge; these fourteen are "
         "spherical red bottles with squib-fired discharge heads, their pressure gauges read 42 bar and their "
         "stamped plates read 'CF3Br': aircraft engine fire-extinguisher bottles filled with halon 1301 (Annex I "
         "group III), imported without the licence a critical aviation use needs, flown from Sharjah to a Vilnius "
         "maintenance shop; English wording (halon 1301 repeats in many sets; bottles declared as hydraulic "
         "accumulators are new as far as a search found)", firm("Baltic Aero Components UAB", "LT")),
        ("ODS-10", "import", "ITSEA01", "sea", "TN", [], "IT", "841430",
         "Compresseurs hermétiques pour réfrigération, reconditionnés, 40 pièces", "TN", 1200, 40, 4800, "EUR",
         "a refrigeration spare-parts order for a Palermo wholesaler: reconditioned compressors and filter driers are "
         "what such orders hold, but the third line, 'solvant de rinçage des circuits, sans HCFC', is forty 10 l "
         "cans of a liquid at 1.24 kg/l that boils at 32 °C, with CAS 1717-00-6 on the inner labels: HCFC-141b "
         "(Annex I group VIII), whose import is banned, hidden as the last item of a three-item declaration; "
         "Tunisian French wording (flushing-solvent covers repeat in several sets; in a Tunisian spare-parts order "
         "is new as far as a search found)",
         dict(firm("Ricambi Frigo Sicilia Srl", "IT"),
              _more_items=[item("842139", "Filtres déshydrateurs, 300 pièces", "TN", 150, 900, "EUR", qty=300),
                           item("381400", "Solvant de rinçage des circuits frigorifiques, sans HCFC, bidons 10 l",
                                "TN", 496, 800, "EUR", qty=40)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "EG", [], "AT", "691390",
         "تماثيل أوشابتي من الخزف، تقليد، هدايا تذكارية، 12 قطعة", "EG", 2.4, 12, 36, "USD",
         "souvenir ushabti are bright new glazed moulds with crisp edges at a few dollars each; these twelve are "
         "pale blue-green faience, worn, salt-crusted, with hieroglyphic columns naming their owner and soil in the "
         "recesses: Late Period funerary figures, archaeological objects exported from Egypt without permission "
         "(UNESCO 1970; EU 2019/880, over 250 years old), posted from Luxor to a private person in Graz; Arabic "
         "wording (ushabti repeat in several sets; by post from Egypt to Austria is the new part)",
         person("Privatperson", "AT")),
        ("CUL-02", "import", "ITAIR01", "air", "ID", [], "IT", "482390",
         "Pembatas buku daun lontar, kerajinan tangan, 20 ikat", "ID", 6, 20, 100, "USD",
         "palm-leaf bookmarks are fresh pale strips with a few painted letters; these twenty bundles are dark, "
         "brittle, string-bound leaves incised in Balinese script on both sides, with numbered leaves and wooden "
         "covers: 18th-19th-century lontar manuscripts, cultural property exported from Indonesia without the "
         "permit its heritage law requires (UNESCO 1970), flown from Denpasar to a Milan dealer; Indonesian wording "
         "(inscribed palm leaves repeat, from Thailand, in blind10 and blind11; Balinese lontar as bookmarks by air "
         "to Italy is the new part)", firm("Libri d'Oriente Srl", "IT")),
        ("CUL-03", "import", "FRSEA01", "sea", "TH", [], "FR", "940360",
         "เฟอร์นิเจอร์สวนไม้สัก ม้านั่ง 20 ตัว", "TH", 1600, 20, 4000, "USD",
         "a garden-furniture container for Le Havre: teak benches and new cast-stone lanterns are what such "
         "containers hold, but the third line, 'รูปปั้นหินทรายตกแต่งสวน ใหม่' (new sandstone garden statues), is two "
         "weathered grey sandstone heads with lichen, saw cuts at the neck and Baphuon-style diadems: Khmer temple "
         "sculpture, cultural property exported from Cambodia without permission (UNESCO 1970; EU 2019/880), hidden "
         "as the last item of a three-item declaration; Thai wording (Khmer heads repeat in several sets; hidden in a "
         "Thai garden-furniture container to France is new as far as a search found)",
         dict(firm("Jardins d'Asie SARL", "FR"),
              _more_items=[item("681099", "โคมไฟหินหล่อ ใหม่ 30 ชิ้น", "TH", 900, 900, "USD", qty=30),
                           item("681099", "รูปปั้นหินทรายตกแต่งสวน ใหม่ 2 ชิ้น", "TH", 60, 120, "USD", qty=2)])),
        ("CUL-04", "export", "BEAIR01", "air", "BE", [], "HK", "970191",
         "Decoratief houten paneel, beschilderd, gebruikt, 1 st.", "BE", 14, 1, 900, "EUR",
         "a used decorative panel at 900 EUR is a painted board from a house clearance; this is an oak panel with "
         "cradled back, craquelure, a guild brand and a 17th-century Antwerp scene of a kermis, sold by a private "
         "collection for a six-figure sum: an old-master painting over 50 years old and above the value threshold "
         "(EU 116/2009, category 3), exported without an export licence, flown from Zaventem to a Hong Kong buyer; "
         "Flemish Dutch wording (old paintings as decorative panels repeat in a few sets; from Belgium to Hong Kong "
         "is new as far as a search found)", {"importer_country": "HK"}),
        ("CUL-05", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "470790",
         "Starý papír, sběr, lisované balíky, 2 t", "CZ", 2000, 40, 200, "EUR",
         "baled waste paper is mixed newspaper and cardboard; these bales hold bound parish registers and estate "
         "records from 1740-1890, handwritten in German and Czech, with seals and leather spines, cleared from a "
         "presbytery: archives over 50 years old (EU 116/2009, category 11, any value), exported without an export "
         "licence, by road for a Novi Sad 'paper mill' whose buyer sells the volumes to collectors; Czech wording "
         "(old paper for decoupage appears in blind48; archives as baled waste paper by road to Serbia are new as "
         "far as a search found)", {"importer_country": "RS"}),
        ("CUL-06", "import", "CZAIR01", "air", "MM", [], "CZ", "830629",
         "Brass Buddha statue, antique finish, new, 1 pc", "MM", 22, 1, 150, "USD",
         "new brass Buddhas with an antique finish are bright yellow under a painted patina; this bronze seated "
         "Buddha has a cast-in lotus throne, a deep green-black patina with earth in the hollow base and a Pali "
         "donor inscription: a Pagan-period image, cultural property exported from Myanmar without permission "
         "(UNESCO 1970; EU 2019/880), flown from Yangon to a Prague dealer; English wording (Burmese Buddha images "
         "appear in blind64, as a stone head to Switzerland; a bronze by air to Czechia is the new part)",
         firm("Orient Galerie s.r.o.", "CZ")),
        ("CUL-07", "import", "SKRAIL01", "rail", "UA", [], "SK", "711719",
         "Бронзові підвіски-хрестики, сувеніри, нові, 40 шт.", "UA", 1.2, 40, 80, "USD",
         "souvenir cross pendants are new cast brass with bright edges; these forty are hinged bronze reliquary "
         "crosses with worn Byzantine saints, green corrosion and soil, from metal-detector finds: Kievan Rus' "
         "enkolpia of the 11th-13th centuries, archaeological objects exported from Ukraine without permission "
         "(UNESCO 1970; EU 2019/880), in a passenger's luggage declared on the train at Čierna nad Tisou for a "
         "Košice dealer; Ukrainian wording (Ukrainian metal finds repeat in several sets; enkolpia by rail to "
         "Slovakia are new as far as a search found)", firm("Numizmatika Východ s.r.o.", "SK")),
        ("CUL-08", "import", "DEAIR01", "air", "OM", [], "DE", "680299",
         "Alabaster decorative heads, handicraft, 6 pcs", "OM", 30, 6, 300, "USD",
         "new alabaster handicraft heads are white and polished; these six are yellowed, stylised faces with inlaid "
         "shell eyes, tenons for a stele and South Arabian letters on the base: Qatabanian funerary heads from "
         "Yemen, archaeological objects over 250 years old imported without the import licence EU 2019/880 "
         "requires and exported from Yemen without permission (UNESCO 1970), flown from Muscat to a Munich dealer; "
         "English wording (South Arabian alabaster repeats in many sets, as decorative heads in blind24; through Oman "
         "to Munich is the new part)",
         firm("Galerie am Hofgarten GmbH", "DE")),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "MX", "940360",
         "Mueble auxiliar de estilo bargueño, réplica, 1 ud.", "ES", 60, 1, 450, "EUR",
         "reproduction bargueños are new pine with stamped fittings at a few hundred euros; this walnut writing "
         "cabinet has hand-cut dovetails, pierced iron mounts on red velvet, bone inlay and worm holes: a "
         "16th-17th-century Spanish bargueño, over 100 years old, whose export needs a permit under Spanish law "
         "and which is above the EU threshold (EU 116/2009), shipped from Valencia without one to a Mexico City "
         "collector; Spanish wording (antique furniture as replicas repeats; a bargueño is new as far as a search "
         "found)", {"importer_country": "MX"}),
        ("CUL-10", "import", "ESAIR01", "express", "MX", [], "ES", "680299",
         "Figuras de piedra estilo Mezcala, réplicas, 3 pzas", "MX", 2.1, 3, 90, "USD",
         "Mezcala-style replicas sold to tourists are soft, freshly cut green stone; these three are hard "
         "greenstone with string-sawn grooves, root marks and lime crust in the recesses: Mezcala figures of "
         "c. 500 BC - AD 600, Mexican national property exported without permission (UNESCO 1970; EU 2019/880), sent "
         "by express from Taxco to a private person in Madrid; Mexican Spanish wording (Mezcala masks appear in "
         "blind37; figures by express are the new part)", person("Sr. J. García", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "848210",
         "Guoliai riedlentėms, ABEC-9, 20 000 vnt.", "DE", 1400, 20000, 9000, "EUR",
         "skateboard bearings are 608 deep-groove bearings of 12 g at under 1 EUR; these are P4 angular-contact "
         "spindle bearings of 70 g in matched pairs, German-made, worth about 40 EUR each, for an Almaty trader "
         "whose buyer is a Russian machine-tool plant: ball bearings on the common high-priority list whose supply "
         "for use in Russia is banned (EU 833/2014), declared at the 0.45 EUR a piece of skateboard bearings; "
         "Lithuanian wording (bearings repeat in many sets; as skateboard bearings to Kazakhstan is new as far as a "
         "search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "AE", "701969",
         "Glasfasergewebe für den Bootsbau, 200 g/m², 60 Rollen", "DE", 1800, 60, 9000, "EUR",
         "glass-fibre boat cloth is white, sold dry at about 5 EUR/kg; these rolls are black, shipped in a "
         "refrigerated container, tacky with resin and their inner labels read 'IM7/8552': carbon-fibre prepreg "
         "(dual-use 1C010), shipped from Hamburg to a Jebel Ali forwarder whose onward booking is for Bandar Abbas, "
         "without the export licence and against the Iran restrictions (EU 267/2012, 2023/1529); German wording "
         "(carbon fibre repeats in several sets; refrigerated prepreg as boat glass cloth through Dubai is new as "
         "far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "KG", "850440",
         "Napájecí zdroje pro LED pásky, 24 V, 100 W, 60 ks", "CZ", 1500, 60, 1200, "EUR",
         "LED strip power supplies weigh about 0.5 kg and cost 20 EUR; these sixty weigh 25 kg each, have three-"
         "phase terminals, fieldbus cards and brand plates of a European drives maker: 45 kW industrial frequency "
         "converters, common high-priority items whose sale for use in Russia is banned (EU 833/2014), flown to a "
         "Bishkek trading company with a Moscow delivery address in its e-mails; Czech wording (frequency "
         "converters repeat in a few sets; as LED power supplies is new as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-04", "import", "ITSEA01", "sea", "TR", [], "IT", "760110",
         "Alluminio primario in lingotti P1020, origine Turchia, 500 t", "TR", 500000, None, 1100000, "USD",
         "Türkiye has one small primary smelter and exports little primary metal; these ingots carry the cast "
         "marks of a Siberian smelter under fresh paint, the certificate of origin was issued by an Istanbul trader "
         "and the bills of lading show a Novorossiysk loading: Russian primary aluminium, whose import into the "
         "Union is banned (EU 833/2014, Annex XXI), declared as Turkish at Ravenna; Italian wording (Russian metal "
         "re-declared as Turkish repeats in several sets; P1020 aluminium to Ravenna is the new part)",
         firm("Metalli Adriatici SpA", "IT")),
        ("STR-05", "export", "PLROAD01", "road", "PL", [], "BY", "903289",
         "Moduły czujników do siewników rolniczych, 12 szt.", "PL", 6, 12, 600, "EUR",
         "seed-drill sensor modules are plastic optical seed counters at about 50 EUR; these twelve are sealed "
         "aluminium blocks with a fibre-optic gyro and three accelerometers, calibration sheets and a 6,000 EUR "
         "price each on the supplier's invoice: navigation-grade inertial measurement units, dual-use and common "
         "high-priority items whose export to Belarus is banned (EU 765/2006), in a van at Kukuryki for a Brest "
         "'farm-machinery dealer'; Polish wording (inertial units repeat in several sets; as seed-drill sensors to "
         "Belarus is new as far as a search found)", {"importer_country": "BY"}),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "TR", "950300",
         "Modellbau-Servos, digital, 40 Stück", "DE", 14, 40, 800, "EUR",
         "digital model servos weigh 60 g and cost 20 EUR; these forty weigh 350 g, have CAN-bus connectors, "
         "titanium gears and 30 kg·cm of torque, and cost 450 EUR each: actuators for fixed-wing drones, sent by "
         "express to an Istanbul forwarder whose consignee is a Tehran 'hobby shop', against the Iran drone-component "
         "ban (EU 2023/1529); German wording (servos repeat in a few sets; as model servos by express through "
         "Istanbul is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-07", "import", "BGSEA01", "sea", "GE", [], "BG", "252329",
         "Портланд цимент CEM I 42,5 R, произход Грузия, 5 000 t", "GE", 5000000, None, 300000, "USD",
         "Georgian cement comes in bags printed by Georgian plants with a Georgian certificate; these bags are "
         "printed by a Novorossiysk plant under over-bags, the vessel loaded at Poti from Russian rail wagons and "
         "the price is 15 % under the market: Russian cement, whose import into the Union is banned (EU 833/2014, "
         "Annex XXI), declared as Georgian at Varna; Bulgarian wording (Russian cement re-declared as Georgian "
         "appears in blind25, into Italy; into Bulgaria through Varna in Bulgarian is the new part)",
         firm("Черноморски строителни материали ЕООД", "BG")),
        ("STR-08", "export", "HUROAD01", "road", "HU", [], "RS", "841410",
         "Akváriumi légpumpák, 10 db", "HU", 180, 10, 300, "EUR",
         "aquarium air pumps weigh 1 kg and cost 30 EUR; these ten weigh 18 kg, have ISO-K flanges, 60,000 rpm "
         "rotors and controller cables: turbomolecular vacuum pumps, common high-priority items whose sale for use "
         "in Russia is banned (EU 833/2014), driven to a Belgrade trader that re-exports to Moscow; Hungarian "
         "wording (turbomolecular pumps repeat in several sets; as aquarium pumps by road to Serbia is new as far "
         "as a search found)", {"importer_country": "RS"}),
        ("STR-09", "export", "ROSEA01", "sea", "RO", [], "LB", "292212",
         "Dietanolamină 99 %, cisterne ISO, 20 t", "RO", 20000, None, 30000, "EUR",
         "diethanolamine is a white waxy solid that melts at 28 °C and is shipped heated; this tank holds a clear, "
         "viscous liquid that stays liquid at 15 °C, and the certificate of analysis on the tank reads 'TEA 99 %': "
         "triethanolamine, a chemical-weapons precursor (dual-use 1C350) shipped from Constanța without the export "
         "licence every non-EU destination needs, for a Beirut 'detergent maker' that trucks to Syria; Romanian "
         "wording (triethanolamine and diethanolamine repeat in many sets; from Romania to Lebanon is the new part)",
         {"importer_country": "LB"}),
        ("STR-10", "export", "EEPOST01", "post", "EE", [], "KZ", "847330",
         "Kasutatud mängurite graafikakaardid, 4 tk", "EE", 8, 4, 400, "EUR",
         "used gaming graphics cards have fans and display outputs and sell for a few hundred euros; these four have "
         "passive heatsinks, no display outputs and SXM-style boards: data-centre GPU accelerators worth about 10,000 "
         "EUR each, items whose sale for use in Russia is banned (EU 833/2014), posted from Tallinn to an Astana "
         "private address that forwards to Moscow; Estonian wording (data-centre GPUs as gaming cards repeat in "
         "blind26 and blind38; by post from Estonia to Kazakhstan is the new part)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "TR", [], "DE", "091012",
         "Kurutulmuş zencefil, bütün, 200 kg", "TR", 200, 20, 6000, "EUR",
         "dried ginger is flat, branched, fibrous rhizome at 3 EUR/kg; these are small round or hand-shaped white "
         "tubers, strung on threads, that grind to a mucilage, at 30 EUR/kg: wild orchid tubers for salep "
         "(Orchidaceae, CITES App. II) without a CITES permit, dug in Anatolia, where their export is banned, "
         "flown from Istanbul to a Berlin food importer; Turkish wording (salep repeats in blind29, blind57 and "
         "blind58; whole tubers as dried ginger are new as far as a search found)", firm("Anadolu Feinkost GmbH", "DE")),
        ("WLF-02", "import", "FRAIR01", "express", "LA", [], "FR", "440122",
         "Sandalwood incense chips, natural, 2 kg", "LA", 2, 1, 120, "USD",
         "sandalwood chips are pale yellow-brown, even-grained and smell sweet; these are dark, resin-streaked, "
         "irregular chips that sink in water and smell of oud when warmed, valued at 120 USD for what sells at "
         "several thousand: agarwood (Aquilaria crassna, CITES App. II) without a CITES permit, sent by express "
         "from Vientiane to a private person in Paris; English wording (agarwood as sandalwood repeats in several "
         "sets; by express from Laos is the new part)", person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "ITSEA01", "sea", "MZ", [], "IT", "440729",
         "Blocos serrados de jambire (Millettia stuhlmannii), para torneiros, 4 t", "MZ", 4000, None, 4000, "USD",
         "jambire is coarse, brown and light enough to float when dry; these billets are fine, dense, near-black "
         "with a purple tinge, sink in water, are end-waxed against checking and cost ten times as much in Europe: "
         "African blackwood (Dalbergia melanoxylon, CITES App. II) without a CITES permit, shipped from Pemba to a "
         "Genoa clarinet-parts maker; Mozambican Portuguese wording (African blackwood repeats in several sets; "
         "declared as jambire is new as far as a search found)", firm("Legni Musicali Liguri Srl", "IT")),
        ("WLF-04", "import", "DKPOST01", "post", "MY", [], "DK", "711790",
         "Gelang manik-manik resin merah, buatan tangan, 10 utas", "MY", 0.4, 10, 60, "USD",
         "red resin beads are uniform, glossy and warm to the touch; these are carved ivory-coloured beads with a "
         "red skin on one face, fine growth lines and no moulding seams: helmeted hornbill casque (Rhinoplax vigil, "
         "CITES App. I), posted from Kuching to a private person in Odense; Malay wording (hornbill ivory repeats in "
         "a few sets; as red resin bracelets by post to Denmark is new as far as a search found)",
         person("Privatperson", "DK")),
        ("WLF-05", "export", "GRROAD01", "road", "GR", [], "MK", "070991",
         "Αγκινάρες, νωπές, 60 τελάρα", "GR", 600, 60, 300, "EUR",
         "crates of globe artichokes are light, stacked open and smell of vegetables; six of these sixty crates are "
         "heavier, have holes in their lids and hold 80 live Hermann's tortoises under a layer of artichokes, "
         "collected in the wild in Epirus: Testudo hermanni (CITES App. II, EU Annex A) exported without CITES "
         "documents, by lorry at Evzonoi for a Skopje trader; Greek wording (Testudo repeats in many sets; hidden "
         "under artichokes for export by road is new as far as a search found)", {"importer_country": "MK"}),
        ("WLF-06", "import", "ITAIR01", "air", "ZA", [], "IT", "411390",
         "Ostrich leg skins, tanned, 400 pcs", "ZA", 240, 400, 4000, "USD",
         "ostrich leg skin is a narrow strip with overlapping scales along one face; these are wide belly skins with "
         "rows of square scales, each carrying a small sensory pit, at ten times the ostrich price in Italy: Nile "
         "crocodile (Crocodylus niloticus, CITES App. II) leather without CITES permits, flown from Johannesburg to "
         "a Florence leather workshop; South African English wording (crocodile leather repeats in several sets; "
         "declared as ostrich leg is new as far as a search found)", firm("Pelletteria Arno Srl", "IT")),
        ("WLF-07", "import", "DESEA01", "sea", "VN", [], "DE", "030462",
         "Cá tra phi lê đông lạnh, 18 tấn", "VN", 18000, 1800, 45000, "USD",
         "an Asian-grocery container for a Berlin wholesaler: frozen pangasius fillets and rice noodles are what "
         "such containers hold, but the third line, 'mực khô' (dried squid), is 200 kg of hard, grey-black, "
         "teat-sided sea cucumbers: white and black teatfish (Holothuria fuscogilva, H. whitmaei, CITES App. II) "
         "without CITES permits, hidden as the last item of a three-item declaration at Hamburg; Vietnamese wording "
         "(sea cucumbers repeat in many sets; teatfish as dried squid in a Vietnamese grocery container is new as "
         "far as a search found)",
         dict(firm("Dong Xuan Handel GmbH", "DE"),
              _more_items=[item("190230", "Bún gạo khô, 4 tấn", "VN", 4000, 6000, "USD", qty=800),
                           item("030749", "Mực khô, 200 kg", "VN", 200, 2000, "USD", qty=20)])),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "CN", "030572",
         "Buche de corvina seco, 30 kg", "MX", 30, 60, 900, "USD",
         "dried croaker maw is thin, yellowish and cheap; these sixty are thick, heart-shaped bladders with two long "
         "horns, each weighing about 500 g and worth thousands on arrival: totoaba swim bladders (Totoaba macdonaldi, "
         "CITES App. I), flown from Mexico City through Madrid in transit to Guangzhou; Mexican Spanish wording "
         "(totoaba repeats in several sets; in transit through Madrid is the new part)",
         {"importer_country": "CN"}),
        ("WLF-09", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "050790",
         "Рога козлиные декоративные, для поделок, 60 кг", "KZ", 60, 200, 600, "USD",
         "goat horns for crafts are dark, keeled and opaque; these are pale, waxy, translucent lyre-shaped horns "
         "with ten to twenty rings, the male horns of saiga antelope (Saiga tatarica, CITES App. II, zero export "
         "quota), carried in a rail container to Małaszewicze for a Warsaw dealer in traditional medicines; Russian "
         "wording (saiga horn repeats in many sets, as goat horn among them; by rail to Poland is the new part)",
         firm("Orient Zdrowie Sp. z o.o.", "PL")),
        ("WLF-10", "import", "NLAIR01", "express", "ID", [], "NL", "253090",
         "Kerikil kalsium untuk filter akuarium, 3 kg", "ID", 3, 1, 15, "USD",
         "calcium filter gravel is crushed limestone of even size; these are white, branched and plate-shaped "
         "skeletons with star-shaped corallites, some still with dried tissue: hard corals (Acropora, Pocillopora, "
         "Scleractinia, CITES App. II) without CITES permits, sent by express from Bali to a private person in "
         "Utrecht; Indonesian wording (dried coral repeats in several sets; as aquarium filter gravel by express is "
         "new as far as a search found)", person("M. Bakker", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "express", "IL", "CZ", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (copper-plate etcher)", "IL", 5.6, 4, 300, "ILS",
     [("PRECURSOR_LICENCE", "CZ-MPO-40-0093")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIPOST01", "post", "GB", "FI", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "GB", 2, 2, 40, "GBP",
     [("PRECURSOR_LICENCE", "FI-POL-40-0217")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "SA", "BE", "262190",
     "Spent hydrotreating catalyst, NiMo on alumina (16 08 02*), for metal recovery at a licensed plant, 60 t", "SA",
     60000, None, 0, "USD",
     [("BASEL_CONSENT", "BE-OVAM-40-0142")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "ROROAD01", "road", "MD", "RO", "850423",
     "PCB-containing transformers (16 02 09*), drained, for destruction at a licensed plant, 8 units", "MD",
     18000, 8, 0, "EUR",
     [("BASEL_CONSENT", "RO-ANPM-40-0061")], "notified PCB transformers to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "LTAIR01", "air", "AE", "LT", "841290",
     "Aircraft engine fire-extinguisher bottles, halon 1301, reclaimed, 6 pcs, for a critical aviation use", "AE",
     80, 6, 14000, "USD",
     [("ODS_LICENCE", "LT-AAM-ODS-40-002")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290379",
     "Bromochloromethane 99.5 %, 40 drums, as feedstock for pharmaceutical synthesis", "IN", 16000, 40, 52000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-40-011")], "bromochloromethane for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "HK", "970191",
     "Oil on oak panel, Antwerp school, c. 1640, kermis scene, documented provenance", "BE", 14, 1, 380000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-40-0027")], "old-master panel exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "940360",
     "Bargueño writing cabinet, walnut and iron, 17th century, documented sale", "ES", 60, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-40-0118")], "antique cabinet exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "TR", "681519",
     "Carbon-fibre prepreg IM7/8552, refrigerated, 40 rolls, for a Turkish aerostructures maker", "DE", 1200, 40,
     180000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-40-1306"), ("END_USER_CERTIFICATE", "TR-EUC-40-0219")],
     "dual-use prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ROSEA01", "sea", "RO", "EG", "292215",
     "Triethanolamine 99 %, ISO tank, 20 t, for a Suez cement-admixture maker", "RO", 20000, None, 36000, "EUR",
     [("EXPORT_LICENCE", "RO-ANCEX-40-0074"), ("END_USER_CERTIFICATE", "EG-EUC-40-0031")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "440122",
     "Agarwood chips (Aquilaria malaccensis), 20 kg, within the national export quota", "ID", 20, 1, 30000, "USD",
     [("CITES_PERMIT", "ID-KLHK-40-0388")], "App. II agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "411390",
     "Nile crocodile skins (Crocodylus niloticus), farmed, tanned, 120 pcs", "ZA", 90, 120, 48000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-40-0612")], "App. II ranched crocodile leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Yksityishenkilö", "PRM-05": "Baltic Aero Components UAB",
    "PRM-07": "Kowloon Fine Art Ltd", "PRM-11": "Parfums Bénédicte SARL",
    "PRM-12": "Pelletteria Arno Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("284700", "Pond oxydator refill, hydrogen peroxide 4.9 %, 1 l", "import", ["post"], ["NO", "GB"], (6, 12), (1, 4), ["NOK", "GBP"], 1, S),
    ("381190", "Outboard fuel stabiliser, petroleum-based, 1 l", "import", ["road"], ["BA", "RS"], (3, 6), (1000, 3000), ["EUR"], 1, S),
    ("152190", "Soy wax flakes for candle making, 1 kg", "import", ["post"], ["GB", "US"], (6, 12), (1, 4), ["GBP", "USD"], 1, S),
    ("293219", "Erythritol sweetener, granulated, 1 kg bags", "import", ["road"], ["MD", "UA"], (3, 5), (2000, 8000), ["EUR"], 1, S),
    ("282739", "Ferric chloride etching solution, 40 %, 1 l", "import", ["express"], ["IL", "US"], (8, 15), (1, 4), ["USD"], 0.7, S),
    ("310221", "Ammonium sulphate fertiliser 21 % N, 25 kg sacks", "import", ["road"], ["UA", "RS"], (0.2, 0.35), (10000, 20000), ["EUR"], 0.04, S),
    ("382499", "Cement-haze remover, amidosulphonic acid, 1 l", "import", ["road"], ["CH"], (3, 6), (1000, 4000), ["EUR", "CHF"], 1, S),
    ("283330", "Potassium alum shaving stones and powder, 100 g", "import", ["post"], ["MA", "TR"], (10, 20), (1, 3), ["EUR"], 10, S),
    ("283340", "Non-chlorine pool shock, potassium monopersulphate, 5 kg tubs", "import", ["sea"], ["IL", "EG"], (2, 4), (8000, 16000), ["USD"], 0.2, S),
    ("250100", "Rock salt for de-icing, 25 kg sacks", "import", ["sea"], ["EG", "TN"], (0.06, 0.12), (20000, 26000), ["EUR", "USD"], 0.04, S),
    ("854511", "Graphite electrodes for arc furnaces, new", "export", ["sea"], ["SA", "EG"], (3, 5), (10000, 20000), ["EUR"], 0.002, S),
    ("281700", "Zinc oxide, 99.5 %, rubber grade, 25 kg bags", "export", ["sea"], ["IN", "VN"], (2.4, 3.2), (18000, 24000), ["EUR"], None, S),
    ("850423", "Distribution transformers, new, mineral oil, PCB-free", "export", ["road"], ["MD", "UA"], (6, 10), (6000, 18000), ["EUR"], 0.0003, S),
    ("630900", "Worn clothing, sorted, baled", "export", ["sea"], ["GN", "SN"], (0.4, 0.8), (8000, 16000), ["EUR"], None, S),
    ("271320", "Paving bitumen 50/70, heated tanks", "export", ["rail"], ["UA", "MD"], (0.4, 0.6), (50000, 60000), ["EUR"], None, S),
    ("282110", "Iron oxide red pigment, synthetic, 25 kg bags", "export", ["sea"], ["EG", "MA"], (0.9, 1.4), (18000, 24000), ["EUR"], None, S),
    ("901890", "Digital blood-pressure monitors, new, boxed", "export", ["air"], ["NG", "GH"], (40, 70), (200, 600), ["EUR"], 2, S),
    ("780110", "Refined lead ingots 99.97 %, smelter-stamped", "import", ["sea"], ["KR", "AU"], (2, 2.6), (20000, 25000), ["USD"], None, S),
    ("854143", "Photovoltaic modules, monocrystalline, new, 410 W", "export", ["road"], ["MA", "TN"], (0.6, 1), (8000, 16000), ["EUR"], 0.05, S),
    ("290312", "Dichloromethane, technical, 265 kg drums", "import", ["sea"], ["IN", "CN"], (0.5, 0.8), (18000, 22000), ["USD"], None, S),
    ("271113", "Isobutane R-600a, refrigerant grade, cylinders", "import", ["sea"], ["CN", "KR"], (1, 1.6), (5000, 10000), ["USD"], 0.1, S),
    ("842410", "ABC powder fire extinguishers, 6 kg, CE-marked", "import", ["road"], ["TR", "RS"], (2.5, 4), (3000, 9000), ["EUR"], 0.1, S),
    ("320490", "A/C leak-detection UV dye, 8 oz", "import", ["express"], ["US"], (30, 60), (1, 3), ["USD"], 4, S),
    ("340391", "Silicone mould-release spray, hydrocarbon propellant, 400 ml", "import", ["rail"], ["CN"], (2, 3.5), (8000, 16000), ["USD"], 2, S),
    ("841869", "Truck refrigeration units, new, R-452A ready, uncharged", "import", ["road"], ["TR"], (12, 18), (2000, 6000), ["EUR"], 0.0025, S),
    ("880730", "Aircraft hydraulic accumulators, overhauled, with EASA Form 1", "import", ["air"], ["AE", "US"], (200, 400), (50, 200), ["USD"], 0.08, S),
    ("841430", "Hermetic refrigeration compressors, reconditioned", "import", ["sea"], ["TN", "TR"], (4, 7), (3000, 8000), ["EUR"], 0.04, S),
    ("691390", "Faience ushabti souvenirs, new, glazed", "import", ["post"], ["EG"], (8, 16), (1, 3), ["USD"], 5, S),
    ("482390", "Palm-leaf bookmarks, new, painted", "import", ["express"], ["ID", "IN"], (20, 40), (1, 2), ["USD"], 30, S),
    ("681099", "Cast-stone garden lanterns and statues, new", "import", ["sea"], ["TH", "VN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.05, S),
    ("970191", "Oil paintings on board, new, Dutch-school reproductions", "export", ["air"], ["HK", "CN"], (30, 60), (50, 200), ["EUR"], 0.1, S),
    ("830629", "Brass Buddha statues, new, antique finish", "import", ["air"], ["MM", "TH"], (6, 12), (100, 400), ["USD"], 0.1, S),
    ("711719", "Brass cross pendants, new, cast", "import", ["rail"], ["UA"], (20, 40), (100, 300), ["USD"], 40, S),
    ("680299", "Alabaster lamp shades and heads, new, handmade", "import", ["air"], ["OM", "EG"], (6, 12), (100, 400), ["USD"], 0.2, S),
    ("940360", "Reproduction bargueño cabinets, new pine", "export", ["sea"], ["MX", "CL"], (8, 14), (1000, 3000), ["EUR"], 0.03, S),
    ("848210", "Skateboard bearings 608, ABEC-7, boxed", "import", ["express"], ["CN", "TW"], (20, 40), (1, 3), ["USD"], 80, S),
    ("701969", "Glass-fibre boat cloth, 200 g/m2, rolls", "export", ["sea"], ["AE", "TR"], (4, 6), (3000, 8000), ["EUR"], None, S),
    ("850440", "LED strip power supplies, 24 V, 100 W", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 2, S),
    ("760110", "Primary aluminium ingots P1020, UAE origin", "import", ["sea"], ["AE", "IN"], (2.3, 2.8), (20000, 25000), ["USD"], None, S),
    ("252329", "Portland cement CEM I 42.5, bagged", "import", ["sea"], ["TR", "EG"], (0.06, 0.09), (20000, 26000), ["USD"], 0.02, S),
    ("411390", "Ostrich leather, farmed, tanned", "import", ["air"], ["ZA"], (80, 140), (50, 200), ["USD"], 0.5, S),
    ("711790", "Red resin bead bracelets, handmade", "import", ["post"], ["MY", "ID"], (40, 80), (1, 2), ["USD"], 25, S),
]
# Everyday trade: blind80's everyday rows (blind72's, as blind80 built them), keeping the first eight of blind80's
# twelve added rows, with four new rows instead of its last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (20000, 25000), ["USD", "EUR"], None, N),
        ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (12, 20), (2000, 5000), ["USD"], 3, N),
        ("611595", "Cotton socks, knitted", "import", ["sea"], ["TR", "PK"], (6, 10), (3000, 8000), ["USD", "EUR"], 20, N),
        ("392690", "Silicone phone cases, retail", "import", ["post", "express"], ["CN", "HK"], (30, 60), (1, 2), ["USD"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind84", 20400301, HERE)


if __name__ == "__main__":
    main()
