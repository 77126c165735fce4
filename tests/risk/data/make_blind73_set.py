#!/usr/bin/env python3
"""Writes the seventy-third blind set (tests/risk/data/blind73-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2038, with goods, routes,
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
declaration would. Ids are BL73-*:

    python3 tests/risk/data/make_blind73_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "JP", [], "NL", "284700",
         "衣料用酸素系漂白剤 液体, 6 x 1 L", "JP", 7.2, 6, 9000, "JPY",
         "liquid oxygen laundry bleach is about 3-6 % hydrogen peroxide at 1.01-1.02 kg/l and comes in soft plastic "
         "bottles; these six litres weigh 1.20 kg/l, sit in vented HDPE bottles inside a sealed drum liner and bleach "
         "the skin white at once: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express from Osaka to a "
         "private person in Utrecht; Japanese wording (hydrogen peroxide repeats in many sets and a percarbonate laundry "
         "bleach covered a precursor in blind47; a Japanese liquid oxygen bleach is the new part)", person("Particulier", "NL")),
        ("PRE-02", "import", "HUROAD01", "road", "RS", [], "HU", "282731",
         "Lovaspálya porkötő, magnézium-klorid pehely, 30 x 25 kg", "RS", 750, 30, 300, "EUR",
         "riding-arena dust binders are magnesium chloride flakes that turn wet and sticky in the open air; these "
         "sacks hold hard white prills that stay dry, turn ice-cold in water and carry 'N 34,4 %' on the inner "
         "liners: ammonium nitrate (Annex I at 16 % N or more), 750 kg in a van from Subotica for a private person "
         "near Szeged whose 'riding school' has no horses; Hungarian wording (ammonium nitrate repeats in many sets "
         "and a riding-arena dust binder hid it from Ukraine to France in blind21; the Serbian route and the magnesium-"
         "chloride name are the new part)",
         person("Magánszemély", "HU")),
        ("PRE-03", "import", "SEAIR01", "express", "US", [], "SE", "381400",
         "Bore cleaning solvent for rifles, 4 x 1 qt", "US", 4.3, 4, 90, "USD",
         "rifle bore solvents are ammonia or kerosene blends at about 0.85 kg/l that smell of ammonia; these four "
         "quarts are water-clear, smell faintly fruity, weigh 1.14 kg/l and the inner caps read 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Texas to a private person in Umeå, although "
         "flammable liquids go by express only as declared dangerous goods; US English wording (nitromethane repeats "
         "in many sets under solvent and fuel covers; a gun-bore solvent is the new part)", person("Privatperson", "SE")),
        ("PRE-04", "import", "DKPOST01", "post", "IS", [], "DK", "282710",
         "Salmíakduft til lakkrísgerðar, 4 x 1 kg", "IS", 4, 4, 9000, "ISK",
         "salmiak powder for liquorice making is ammonium chloride, which smells of ammonia with lye and tastes "
         "sharp; these four bags of fine white powder have no smell, do not dissolve easily, burn fiercely with sugar "
         "and carry CAS 7778-74-7 on the inner bags: potassium perchlorate (Annex I above 40 %), posted from "
         "Reykjavík to a private person in Aarhus; Icelandic wording (potassium perchlorate repeats in many sets and a "
         "salmiak powder for home-made liquorice hid a precursor from China to the Netherlands in blind56; from Iceland "
         "to Denmark is the new part)", person("Privatperson", "DK")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za čišćenje bakrenog kazana za rakiju, 4 x 5 l", "BA", 36.8, 4, 80, "BAM",
         "cleaners for copper brandy stills are citric acid or dilute (about 10 %) acid pickles at 1.05-1.1 kg/l; "
         "these four canisters hold an oily, water-clear liquid at 1.84 kg/l that chars wood and gets hot with water: "
         "about 96 % sulphuric acid (Annex I above 15 %), in the boot of a private car from Trebinje for a private "
         "person in Dubrovnik; Bosnian wording (sulphuric acid repeats in many sets and Bosnian cars into Croatia in a "
         "few; a rakija-still cleaner is the new part)", person("Privatna osoba", "HR")),
        ("PRE-06", "import", "ITAIR01", "express", "IL", [], "IT", "382499",
         "נוזל להסרת אבנית מדודי שמש, 3 x 1 ל'", "IL", 4.2, 3, 150, "ILS",
         "descalers for solar water heaters are citric or sulphamic acid at about 1.1 kg/l; these three litres sit "
         "in glass under vented caps, give off brown fumes, stain the skin yellow and weigh 1.40 kg/l: about 65 % "
         "nitric acid (Annex I above 3 %), sent by express from Haifa to a private person in Rome who has no solar "
         "heater, although corrosive liquids go by express only as declared dangerous goods; Hebrew wording (nitric "
         "acid repeats in many sets under descaler covers; a solar-water-heater descaler in Hebrew is the new part)",
         person("Privato", "IT")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "283340",
         "Klorsuz şok havuz oksitleyici (potasyum monopersülfat), 80 x 25 kg", "TR", 2000, 80, 4000, "EUR",
         "non-chlorine pool shock is potassium monopersulfate, a white granule that fizzes mildly and smells of "
         "nothing; these sacks hold fine white crystals that crackle and flare on a hot plate, and the inner bags "
         "read 'KClO3 99,5 %': potassium chlorate (Annex I above 40 %), 2 t on a lorry from Edirne for a Burgas pool "
         "shop that sells 1 kg tubs to householders; Turkish wording (potassium chlorate repeats in many sets and "
         "a non-chlorine pool shock hid hydrogen peroxide in blind3; potassium chlorate as monopersulfate for a "
         "Bulgarian retailer is new as far as a search found)", firm("Basein Servis EOOD", "BG")),
        ("PRE-08", "import", "CZPOST01", "post", "CN", [], "CZ", "283699",
         "过碳酸钠 (sodium percarbonate), 去污粉, 5 x 1 kg", "CN", 5, 5, 25, "USD",
         "sodium percarbonate is a free-flowing white granule that fizzes and foams in warm water; these five bags of "
         "powder draw damp and go runny within an hour, do not fizz, flare on a hot plate and carry CAS 7601-89-0 on "
         "the inner bags: sodium perchlorate (Annex I above 40 %), posted from Shenzhen to a private person in Brno; "
         "Chinese wording (sodium perchlorate repeats in many sets and sodium-percarbonate covers appear in "
         "blind47 and blind48, by sea to Malta and by express to Estonia; by post from China to Czechia is the new part)", person("Soukromá osoba", "CZ")),
        ("PRE-09", "import", "FRAIR01", "express", "KR", [], "FR", "090422",
         "김장 재료: 고춧가루 3 kg", "KR", 3, 3, 60000, "KRW",
         "a kimchi-making parcel: chilli flakes and fish sauce are what it holds, but the third item's 'sea salt' is "
         "a fine, dry crystal that does not taste of salt, turns faintly yellow in the air and flares when a grain "
         "meets a flame, with 'NaClO3' written on the inner bag: sodium chlorate (Annex I above 40 %), hidden as the "
         "last item of a three-item declaration sent by express from Seoul to a private person in Lyon; Korean wording "
         "(sodium chlorate repeats in many sets, salt covers in several, and a kimchi-pot sterilant from Korea hid a "
         "precursor in blind67; sea salt in a three-item kimchi parcel is new as far as a search found)",
         dict(person("Sophie Bernard", "FR"),
              _more_items=[item("210390", "멸치액젓 2 x 1 L", "KR", 2.4, 20000, "KRW", qty=2),
                           item("250100", "천일염 (김장용) 5 kg", "KR", 5, 15000, "KRW", qty=1)])),
        ("PRE-10", "import", "CYSEA01", "sea", "EG", [], "CY", "310221",
         "Θειικό αμμώνιο λίπασμα, 21 % N, σάκοι 5 kg, 16 t", "EG", 16000, 3200, 6400, "USD",
         "ammonium sulphate is a greyish, slightly damp crystal at 21 % N; these 5 kg retail bags hold round white "
         "prills that turn ice-cold in water, with 'N 34,4 %' printed under the Greek overlabel, for a Limassol garden "
         "centre that sells them over the counter: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "private persons; Greek wording (ammonium nitrate as ammonium sulphate repeats, in blind4 and from Egypt to "
         "Portugal in blind15; 5 kg retail bags for a garden centre in Cyprus are the new part)",
         firm("Kipos Lemesou Ltd", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "SKRAIL01", "rail", "SK", [], "UA", "850720",
         "Použité batériové bloky UPS z dátového centra, na opätovné použitie, 40 t", "SK", 40000, 4000, 6000, "EUR",
         "UPS batteries for reuse are tested, with their dates and a capacity report; these 4,000 are swollen, "
         "cracked lead-acid blocks stripped from a datacentre's cabinets, some leaking acid onto the pallets, at "
         "0.15 EUR/kg: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, in two wagons for an Uzhhorod 'energy storage' firm; Slovak wording (lead-acid batteries repeat in many "
         "sets, and UPS units with batteries went to Ghana, Nigeria, Pakistan and Hong Kong in blind3, blind15, blind16 "
         "and blind29; stripped UPS blocks by rail to Ukraine are the new part)", {"importer_country": "UA"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "320890",
         "Dons de peinture pour écoles, invendus, 1 conteneur, 12 t", "FR", 12000, None, 600, "EUR",
         "a donation of unsold paint is sealed, in date and labelled; this container holds opened and rusted tins "
         "collected from a waste-sorting centre, solvent paints and varnishes with lead driers, some skinned or "
         "leaking: waste paint and varnish with organic solvents (08 01 11*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Dakar 'association'; French wording (surplus paint repeats, by road to "
         "Montenegro in blind55; a school-donation cover to Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-03", "export", "ESROAD01", "road", "ES", [], "MA", "440322",
         "Rollizos de pino para construcción, 22 t", "ES", 22000, None, 1100, "EUR",
         "pine logs for building are fresh, barked and pale; these are 8-10 m poles, black and oily, with step "
         "bolts, pole numbers and creosote smell: telephone and power poles taken down by a utility (17 02 04*, "
         "wood treated with creosote), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "over the Strait for a Tetouan 'builder'; Spanish wording (treated sleepers, vineyard posts and utility poles repeat in "
         "many sets, creosoted French poles to Morocco in a development set and CCA poles to Ghana in blind16; declared "
         "as fresh pine logs is the new part)", {"importer_country": "MA"}),
        ("WST-04", "export", "HRSEA01", "sea", "HR", [], "AL", "271320",
         "Bitumen za ceste 50/70, 20 ISO-tankova", "HR", 400000, 20, 40000, "EUR",
         "road bitumen is a specified grade (50/70) with a test certificate and is shipped hot; these ISO tanks hold "
         "a black, watery, gritty sludge that separates on standing and smells of benzene, at 0.10 EUR/kg: refinery "
         "tank-bottom sludge (05 01 03*), hazardous waste whose export to a non-OECD country is banned, from Rijeka for "
         "a Durrës 'road contractor'; Croatian wording (tank bottoms and bitumen covers repeat in several sets, from "
         "Italy and Greece to Libya and Albania among others; from Croatia as certified 50/70 road bitumen is the new "
         "part)", {"importer_country": "AL"}),
        ("WST-05", "transit", "NLSEA01", "sea", "US", ["NL"], "PK", "631010",
         "Sorted cotton rags, white, wiping grade, pressed bales, 18 t", "US", 18000, None, 3600, "USD",
         "wiping rags are cut from clean sorted textiles; these bales are hospital theatre drapes and gowns with "
         "dried blood, swabs, sharps caps and yellow clinical-waste bags among them: infectious clinical waste "
         "(18 01 03*), hazardous waste whose transit through the Union to a non-OECD country is banned, from Newark "
         "through Rotterdam for a Karachi rag dealer; US English wording (hospital waste and oily rags repeat in several "
         "sets, rags in blind11 and a development set; hospital drapes as wiping rags in transit through Rotterdam are "
         "new as far as a search found)", {"importer_country": "PK"}),
        ("WST-06", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU", "RO", "BG"], "TR", "262019",
         "Zinkový popel pro žárové zinkovny, 60 t", "CZ", 60000, None, 12000, "EUR",
         "zinc ash from galvanising skims is a metallic grey granule above 60 % zinc; these wagons carry a fine "
         "brown dust at 20 % zinc, 3 % lead and chlorides, with bag-filter fibres in it: flue dust from a secondary "
         "copper and brass smelter (10 06 03*), hazardous waste that may go to Türkiye, an OECD country, only with "
         "prior written notification and consent, sent by rail as green-listed zinc ash for an Izmit 'zinc "
         "recycler'; Czech wording (smelter dusts as zinc ash and zinc oxide repeat in many sets, zinc ash to "
         "India in a development set; brass-smelter filter dust by rail from Czechia to Türkiye is new as far as a "
         "search found)", {"importer_country": "TR"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", [], "MK", "681182",
         "Вълнообразни фиброциментови плоскости без азбест, демонтирани, за повторна употреба, 22 t", "BG", 22000, 1800, 900, "EUR",
         "asbestos-free fibre-cement sheets carry 'NT' and a date after 2005 on the back; these grey corrugated "
         "sheets are mossy, broken at the nail holes, with no stamp, from 1970s farm buildings: asbestos-cement "
         "roofing (17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry for a Strumica "
         "'roofer'; Bulgarian wording (used asbestos-cement sheets repeat in many sets, from Poland, Hungary, Romania "
         "and France among others; from Bulgaria to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "TN", "380210",
         "Aktivkohle, regenerierbar, gebraucht, Big Bags, 16 t", "DE", 16000, None, 1600, "EUR",
         "spent activated carbon sent for regeneration comes from water works and carries an analysis; these big "
         "bags hold pellets from a waste incinerator's flue-gas cleaning, loaded with mercury and dioxins (analysis "
         "Hg 2,000 mg/kg): spent activated carbon from flue-gas treatment (19 01 10*), hazardous waste whose export to "
         "a non-OECD country is banned, for a Sfax 'water-filter maker'; German wording (spent activated carbon repeats in several sets, from "
         "France to Egypt and Spain to Morocco among others; incinerator carbon for 'regeneration' to Tunisia is the "
         "new part)", {"importer_country": "TN"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "NG", "281910",
         "Διάλυμα χρωμικού οξέος, τεχνικό, 30 δοχεία IBC", "GR", 30000, 30, 3000, "EUR",
         "technical chromic acid is sold as dark-red flakes or a clean solution with a specification; these IBCs "
         "hold a muddy brown-green liquid with sulphate, iron, copper and nickel, drained from a Piraeus hard-chrome "
         "plating line, at 0.10 EUR/kg: spent plating baths with hexavalent chromium (11 01 98*), hazardous "
         "waste whose export to a non-OECD country is banned, for a Lagos 'plating shop'; Greek wording (plating "
         "sludge repeats in many sets; a spent chrome bath as chromic-acid solution is new as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-10", "export", "HUROAD01", "road", "HU", [], "RS", "253090",
         "Termőföld parkosításhoz, 24 t", "HU", 24000, None, 240, "EUR",
         "topsoil for landscaping is brown, crumbly and smells of earth; this load is black, tarry, smells of "
         "naphthalene and holds brick and slag from the demolition of a former town gasworks: soil with hazardous "
         "substances (PAHs, cyanide; 17 05 03*), hazardous waste whose export to a non-OECD country is banned, on a "
         "tipper for a Novi Sad 'garden contractor'; Hungarian wording (contaminated soil repeats in several sets and "
         "gasworks soil as landscaping topsoil went from Belgium to Morocco in blind23; from Hungary to Serbia is the new "
         "part)",
         {"importer_country": "RS"}),
    ],
    "ozone": [
        ("ODS-01", "import", "BGROAD01", "road", "TR", [], "BG", "382769",
         "R-417A soğutucu akışkan, 11,3 kg tüp, 60 adet", "TR", 680, 60, 4200, "EUR",
         "R-417A is an HFC blend with a little butane, sold in green-labelled cylinders at about 7 bar at 20 °C; these "
         "60 cylinders read close to 9 bar, the gas holds no butane on a leak test and the cylinders are repainted "
         "over 'R22' stencils: chlorodifluoromethane (HCFC-22), an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), on a lorry from Istanbul for a Plovdiv air-conditioning shop; Turkish wording "
         "(HCFC-22 relabelled as HFC blends repeats in many sets, R-417A cylinders from China to Romania in blind2; by "
         "road from Türkiye to Bulgaria is the new part)",
         firm("Klima Plovdiv EOOD", "BG")),
        ("ODS-02", "import", "ITSEA01", "sea", "CN", [], "IT", "392111",
         "Pannelli XPS espansi con HFO, per celle frigorifere, 40 m³", "CN", 1400, 800, 5200, "USD",
         "XPS boards blown with HFO or CO2 carry the blowing agent on the label; these boards are labelled only "
         "'environmentally friendly', and cell gas drawn from a cut board reads as 1-chloro-1,1-difluoroethane: XPS "
         "foam blown with HCFC-142b, a product containing an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), for a Verona cold-store builder; Italian wording (HCFC-142b in XPS repeats in several "
         "sets, from China to Germany in blind5 among others; a cold-store panel cover to Italy is the new part)", firm("Celle Frigo Veneto Srl", "IT")),
        ("ODS-03", "import", "DEAIR01", "express", "JP", [], "DE", "380891",
         "盆栽用土壌消毒剤 (殺虫剤), 缶入り, 12 x 500 g", "JP", 6, 12, 36000, "JPY",
         "bonsai soil disinfectants sold in Japan are granules or dazomet powders in bags; these twelve 500 g steel "
         "cans hold a liquefied gas under pressure with a piercing tap, and the small print on the cans reads "
         "'臭化メチル 99 %': methyl bromide, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), sent by express from Saitama to a private bonsai grower in "
         "Düsseldorf; Japanese wording (methyl bromide repeats in many sets; a bonsai soil disinfectant in cans from "
         "Japan is new as far as a search found)", person("Herr K. Becker", "DE")),
        ("ODS-04", "import", "IEPOST01", "post", "US", [], "IE", "961210",
         "Typewriter restoration supplies: nylon ribbons, 10 spools", "US", 0.5, 10, 60, "USD",
         "a typewriter restorer's parcel: ribbons and platen rollers are what such parcels hold, but the third item's "
         "'type cleaner' is a quart of thin liquid at 1.33 kg/l that smells sweet and leaves no film, with 'Chlorothene "
         "NU' on the old can: 1,1,1-trichloroethane (methyl chloroform), an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), hidden as the last item of a three-item declaration posted from Ohio to a "
         "private person in Cork; US English wording (methyl chloroform repeats in several sets, Chlorothene in blind7 and "
         "blind37, and a typewriter-restoration solvent from the US to Portugal in blind60; a three-item restoration "
         "parcel to Ireland is the new part)",
         dict(person("Private individual", "IE"),
              _more_items=[item("847330", "Platen rollers, recovered, 2 pcs", "US", 1.2, 80, "USD", qty=2),
                           item("340290", "Type cleaner, solvent, 1 qt", "US", 1.3, 25, "USD", qty=1)])),
        ("ODS-05", "import", "HRSEA01", "sea", "TR", [], "HR", "381300",
         "FM-200 (HFC-227ea) dolum, tekne makine dairesi söndürme sistemi, 6 silindir", "TR", 300, 6, 3600, "EUR",
         "HFC-227ea fixed systems for yacht engine rooms are filled by the installer with a fill certificate; these six "
         "cylinders, refilled in a Tuzla boatyard, carry no certificate and the agent reads as "
         "bromodifluoromethane: HBFC-22B1, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "shipped for a Split charter yacht fleet; Turkish wording (HBFC-22B1 appears once before, declared by its "
         "name from China in blind19; as an FM-200 refill for yachts is new as far as a search found)", firm("Jadran Charter d.o.o.", "HR")),
        ("ODS-06", "export", "PTSEA01", "sea", "PT", [], "AO", "841869",
         "Unidades condensadoras usadas para câmaras frigoríficas, em funcionamento, 24 un.", "PT", 4800, 24, 9600, "EUR",
         "used condensing units for reuse are drained or charged with a current HFC; these 24 units from closed "
         "supermarket cold rooms of the 1980s still hold their original charge, and the plates read 'R-502': a CFC-115 "
         "and HCFC-22 blend, products containing ozone-depleting substances whose export is banned (Regulation 2024/590), "
         "for a Luanda 'refrigeration contractor'; Portuguese wording (R-502 repeats in several sets, as a refrigerant to "
         "Greece in blind26 among others; charged cold-room condensing units to Angola are new as far as a search found)", {"importer_country": "AO"}),
        ("ODS-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "281290",
         "硫酰氟熏蒸剂 (sulfuryl fluoride), 40 钢瓶", "CN", 2400, 40, 9600, "USD",
         "sulfuryl fluoride cylinders are odourless and the gas is much heavier than air; these 40 cylinders carry a "
         "chloroform-like smell at the valve, a lower vapour pressure than sulfuryl fluoride and a liquid density of "
         "1.73 kg/l: methyl bromide, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), by rail from Chongqing for a Łódź 'fumigation' firm that treats "
         "grain stores; Chinese wording (methyl bromide repeats in many sets and sulfuryl-fluoride fumigant covers went from "
         "Israel to Cyprus and Greece in blind43, blind46 and blind69; by rail from China to Poland is the new part)", firm("Fumitech Polska Sp. z o.o.", "PL")),
        ("ODS-08", "import", "NLAIR01", "air", "IN", [], "NL", "290323",
         "Tetrachloroethylene, dry-cleaning grade, 8 x 200 l drums", "IN", 2540, 8, 3800, "USD",
         "perchloroethylene weighs 1.62 kg/l and boils at 121 °C; these drums hold a liquid at 1.59 kg/l that boils near "
         "77 °C and whose drum bungs were resealed: carbon tetrachloride, an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), flown from Mumbai for a Rotterdam 'textile-care supplier'; English wording "
         "(carbon tetrachloride as perchloroethylene repeats, from India to Portugal in blind14 and to the Netherlands "
         "by express in blind68; dry-cleaning drums by air to a Rotterdam supplier are the only new part)", firm("Textielzorg Rijnmond BV", "NL")),
        ("ODS-09", "import", "FRAIR01", "express", "CA", [], "FR", "842410",
         "Extincteur portatif Halotron BrX (2-BTP), aviation, 2 pcs", "CA", 6, 2, 700, "CAD",
         "2-BTP extinguishers for light aircraft are new, certified, with a dated label; these two are old steel "
         "bottles repainted green, their contents read as bromochlorodifluoromethane: halon 1211, an ozone-depleting "
         "substance whose import is banned outside licensed critical uses (Regulation 2024/590), sent by express from "
         "Montréal to a private pilot near Toulouse; Québec French wording (halon 1211 extinguishers repeat in many "
         "sets; as 2-BTP by express is new as far as a search found)", person("M. T. Dubois", "FR")),
        ("ODS-10", "import", "ESSEA01", "sea", "KR", [], "ES", "290379",
         "Refrigerante R-1233zd(E) para enfriadoras centrífugas, 16 bidones", "KR", 3200, 16, 28000, "USD",
         "R-1233zd(E) boils at 18 °C and is sold with its HFO name on the drum; these drums boil near 27 °C and the "
         "liquid is 2,2-dichloro-1,1,1-trifluoroethane: HCFC-123, an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), shipped from Busan for a Valencia chiller-service firm; Spanish wording (HCFC-123 "
         "repeats in many sets, and R-1233zd(E) drums for centrifugal chillers hid it from China in blind15 and blind67; "
         "from Korea to Spain is the new part)",
         firm("Frío Levante Servicios SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "AM", [], "FR", "491191",
         "Մագաղաթյա հուշանվեր, տպագիր կրկնօրինակ, 1 թերթ", "AM", 0.2, 1, 40, "USD",
         "souvenir prints on parchment are flat, even and printed; this leaf is real vellum, cockled, with gold leaf, "
         "lapis blue and a ruled Armenian uncial text on the back, cut from a bound book: a 14th-century Gospel "
         "miniature from an Armenian manuscript, whose export Armenia forbids without its ministry's permit (UNESCO "
         "1970), sent by express to a private person in Marseille; Armenian wording (manuscript leaves repeat in "
         "several sets and Armenian covers to France in many; a Gospel leaf as a souvenir print on parchment is new as "
         "far as a search found)",
         person("Mme Claire Martin", "FR")),
        ("CUL-02", "import", "DEPOST01", "post", "MK", [], "DE", "741980",
         "Стари бакарни печатарски плочи, 2 парчиња", "MK", 0.3, 2, 25, "EUR",
         "old copper printing plates are thin, flat and engraved in mirror image; these two are thick bronze tablets "
         "with hinge holes, soil in the letters and a Latin text naming an emperor, a cohort and a discharged soldier: "
         "the two halves of a Roman military diploma from a site in North Macedonia, an archaeological object whose "
         "export North Macedonia forbids (UNESCO 1970, Regulation 2019/880), posted from Skopje to a private person in "
         "Munich; Macedonian wording (Roman diplomas repeat in several sets, mostly from Serbia to Austria as bronze "
         "plates or scrap; as copper printing plates from North Macedonia to Germany is new as far as a search found)",
         person("Anna Schmidt", "DE")),
        ("CUL-03", "export", "HUROAD01", "road", "HU", [], "RS", "491191",
         "Dekoratív nyomat, keretezve, 1 db", "HU", 14, 1, 200, "EUR",
         "a framed decorative print is paper under glass; this is oil on canvas with craquelure, an old relining, a "
         "signature and a Budapest exhibition label of 1882 on the stretcher, estimated at 180,000 EUR: a "
         "19th-century Hungarian painting, a cultural good whose export out of the Union needs a licence above "
         "150,000 EUR (Regulation 116/2009) and which Hungarian law protects, taken in a car for a Belgrade collector; "
         "Hungarian wording (paintings as prints repeat in a few sets; from Hungary to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("CUL-04", "import", "ESAIR01", "air", "BO", [], "ES", "711420",
         "Vajilla chapada en plata, artesanal, 1 caja", "BO", 28, 6, 300, "USD",
         "silver-plated tableware is bright, thin and machine-stamped; these six pieces are thick hammered silver "
         "with fire-gilding, repoussé cherubs and a church's name engraved inside, parts of an altar frontal and a "
         "processional cross: 18th-century colonial church silver from a Potosí-region parish, whose export Bolivia "
         "forbids (UNESCO 1970), flown from La Paz to a Madrid dealer; Bolivian Spanish wording (colonial church "
         "silver from Bolivia to Spain repeats, as silver for melting in blind27 and as new repoussé work in blind66; as "
         "plated tableware is the new part)", firm("Galería Castellana SL", "ES")),
        ("CUL-05", "import", "DEAIR01", "air", "MN", [], "DE", "830629",
         "Балин хүрэл бурхан, шинэ, Непалд хийсэн, 2 ш", "MN", 16, 2, 400, "USD",
         "new Nepalese bronzes are bright, crisply cast and sealed with a copper plate; these two gilt figures are "
         "worn, with cold-gold faces, consecration deposits still sealed inside and the refined style of the "
         "Zanabazar school: 17th-18th-century Mongolian Buddhist bronzes taken from a monastery, whose export "
         "Mongolia forbids (UNESCO 1970), flown from Ulaanbaatar to a Berlin dealer; Mongolian wording (Himalayan "
         "bronzes repeat in many sets and a Mongolian brass Buddha declared as new went to Germany by express in blind47; "
         "gilt Zanabazar-school figures declared as Nepalese work are the new part)",
         firm("Steppe Asiatika GmbH", "DE")),
        ("CUL-06", "import", "ITAIR01", "express", "PE", [], "IT", "630259",
         "Caminos de mesa de alpaca, tejidos a mano, 3 pzs", "PE", 1.5, 3, 90, "USD",
         "alpaca table runners are soft, new and brightly dyed; these three are brittle cotton and camelid fragments "
         "with interlocking warp patterns, faded natural dyes and desert sand in the weave: pre-Hispanic textiles from "
         "looted Nasca-period graves, whose export Peru forbids (UNESCO 1970), sent by express from Lima to a private "
         "person in Milan; Peruvian Spanish wording (Andean textiles repeat in several sets, Chancay among them, and alpaca "
         "covers from Peru appear in many; Nasca fragments as table runners by express to Italy are the new part)", person("Sig. M. Bianchi", "IT")),
        ("CUL-07", "export", "ITAIR01", "air", "IT", [], "US", "490199",
         "Libri usati, lotto misto, 6 volumi", "IT", 14, 6, 120, "EUR",
         "a lot of used books is printed and bound in cloth; these six are hand-written registers in Latin and Italian, "
         "in limp vellum, of baptisms, marriages and burials of a Sicilian parish from 1640 to 1790, with the parish "
         "stamp: archives more than 50 years old, whose export out of the Union needs a licence whatever their value "
         "(Regulation 116/2009) and which Italian law keeps in the country, flown from Catania to a US genealogy "
         "dealer; Italian wording (parish books repeat in two earlier sets, as waste paper from Spain to France and as "
         "collectors' documents from Poland to the US; Sicilian registers as used books to the US are the new part)",
         {"importer_country": "US"}),
        ("CUL-08", "transit", "FRAIR01", "air", "YE", ["FR"], "US", "680291",
         "Alabaster handicraft panels, new, 3 pcs", "YE", 45, 3, 150, "USD",
         "new alabaster handicraft is smooth, pale and polished all over; these three are weathered slabs with "
         "stylised faces in relief and South Arabian inscriptions, their backs rough from being set in a wall: "
         "Qatabanian funerary stelae looted from ancient Yemen, cultural goods whose export Yemen forbids (UNESCO "
         "1970), flown through Paris in transit to a US buyer; English wording (South Arabian alabaster heads and stelae repeat in "
         "several sets, from Oman and the Emirates to Germany and Italy; from Yemen in transit through Paris is the new "
         "part)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "HRROAD01", "road", "ME", [], "HR", "741980",
         "Bakarna žardinjera, dekorativna, 1 kom", "ME", 1.8, 1, 60, "EUR",
         "a copper garden planter is thin, new and spun; this is a thick bronze bowl with a rounded crown, cheek-guard "
         "hinges, a riveted crest holder and green-black corrosion with soil: an Illyrian bronze helmet of the "
         "6th-5th century BC from a grave in Montenegro, an archaeological object whose export Montenegro forbids "
         "(UNESCO 1970, Regulation 2019/880), in a car from Herceg Novi for a private person in Dubrovnik; "
         "Montenegrin wording (ancient helmets repeat in a few sets, a replica-brass helmet by road from Albania to "
         "Croatia in blind43 among them; as a copper garden planter from Montenegro is the new part)", person("Privatna osoba", "HR")),
        ("CUL-10", "import", "BESEA01", "sea", "LK", [], "BE", "140490",
         "පොල් කටු අත්කම් භාණ්ඩ, 1 බහාලුම", "LK", 3200, 600, 7000, "USD",
         "a handicraft container for a Ghent shop: coconut-shell crafts and brass oil lamps are what it sells, but the "
         "third item's 'palm-leaf souvenir books' are bundles of old, brittle ola leaves blackened with age, strung "
         "between carved wooden covers and written in Sinhala and Pali: 18th-19th-century temple manuscripts, whose "
         "export Sri Lanka forbids (UNESCO 1970), hidden as the last item of a three-item declaration; Sinhala "
         "wording (palm-leaf manuscripts repeat in several sets, Sinhala ola leaves by post to Britain in a development "
         "set; hidden in a handicraft container to Belgium is new as far as a search found)",
         dict(firm("Ceylon Craft BV", "BE"),
              _more_items=[item("940550", "පිත්තල තෙල් පහන්, 200", "LK", 400, 2400, "USD", qty=200),
                           item("490199", "තල් කොළ සිහිවටන පොත්, 12", "LK", 30, 120, "USD", qty=12)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KZ", "854370",
         "LED-Streifen-Controller, programmierbar, 120 Stück", "DE", 6, 120, 78000, "EUR",
         "LED strip controllers cost 10-40 EUR; these 120 boards carry high-end FPGAs at 650 EUR apiece, for an "
         "Almaty firm that ships on to Russian electronic-warfare makers: integrated circuits on the common "
         "high-priority list whose supply for use in Russia is banned (Regulation 833/2014); German wording (FPGAs and "
         "microcontrollers via Kazakhstan repeat in several sets; an LED-controller cover is new as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "TR", "852589",
         "Moduli telecamera per baby monitor, 200 pz", "IT", 20, 200, 160000, "EUR",
         "baby-monitor camera modules cost 10-20 EUR and see visible light; these 200 are uncooled 640 x 512 "
         "microbolometer thermal cores at 800 EUR each, for an Istanbul reseller whose buyers sit in Russia: thermal "
         "cameras on the common high-priority list whose supply for use in Russia is banned (Regulation 833/2014) and "
         "which may need an export licence (6A003, Regulation 2021/821); Italian wording (thermal cores repeat in "
         "many sets under camera covers; baby-monitor modules by air to Istanbul are new as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "PK", "851110",
         "Bougies voor gasmotoren, industrieel, 300 stuks", "NL", 60, 300, 96000, "EUR",
         "spark plugs for gas engines cost 20-60 EUR; these 300 are sealed ceramic-metal tubes with three electrodes "
         "and no thread, rated for kilovolts and kiloamps at 320 EUR each: triggered spark gaps (3A228), nuclear "
         "dual-use items that need an export licence (Regulation 2021/821), for a Rawalpindi trading firm; Dutch "
         "wording (spark gaps repeat in several sets, as turbine igniters to the Emirates in blind14 and industrial "
         "spark plugs from Korea to Iran in blind70; by sea from the Netherlands to Pakistan is the new part)", {"importer_country": "PK"}),
        ("STR-04", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU", "GE"], "AM", "760820",
         "Rury rusztowaniowe aluminiowe, 6 m, 400 szt.", "PL", 9600, 400, 72000, "EUR",
         "aluminium scaffold tubes are 48.3 mm 6082 alloy at about 5 EUR/kg; these are 7075-T6 tubes of 90 mm "
         "outside diameter with certificates showing tensile strength above 560 MPa, at 7.5 EUR/kg, for a Yerevan "
         "'construction' firm that forwards to Iran: aluminium alloy tubes (1C202) that need an export licence "
         "(Regulation 2021/821) and whose supply to Iran is banned (Regulation 267/2012); Polish wording (7075 tubes "
         "repeat in several sets; as scaffold tubes by road to Armenia is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "AE", "901480",
         "Fischfinder für Fischereifahrzeuge, 12 Stück", "DE", 480, 12, 240000, "EUR",
         "fish finders cost a few hundred euros and mount one transducer; these twelve are towed hydrophone arrays "
         "with processing units at 20,000 EUR each, for a Dubai chandler with an Iranian naval end user: underwater "
         "detection equipment (6A001) that needs an export licence (Regulation 2021/821) and whose supply to Iran is "
         "banned (Regulation 267/2012); German wording (towed hydrophone arrays and fish-finder covers repeat, "
         "from Italy to Iran in blind20 and Türkiye in blind28; from Germany by sea to Dubai is the new part)", {"importer_country": "AE"}),
        ("STR-06", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "220860",
         "Водка казахстанская, 40 %, 0,5 л, 24 000 бут.", "KZ", 13200, 24000, 48000, "USD",
         "Kazakh vodkas carry Kazakh excise stamps and a Kazakh bottler's address; these bottles carry Russian "
         "bottling codes under the labels, a Moscow-region plant's batch marks on the cases and Russian excise-stamp "
         "residue: Russian vodka relabelled as Kazakh, whose import into the Union is banned (Regulation 833/2014, "
         "Art. 3i), by rail for a Vilnius wholesaler; Russian wording (Russian vodka relabelled as Kazakh or Georgian repeats in "
         "blind19, blind20, blind42 and blind47, by road and sea; by rail into Lithuania is the only new part)",
         firm("Baltijos Gėrimai UAB", "LT")),
        ("STR-07", "export", "ATAIR01", "express", "AT", [], "AM", "911390",
         "Uhrarmbänder aus Stahl, 10 Stück", "AT", 1.6, 10, 500, "EUR",
         "steel watch straps cost 20-80 EUR and weigh a few grams; this parcel holds ten Swiss automatic watches "
         "still on their steel bracelets, at about 9,000 EUR each, for a Yerevan reseller with Moscow clients: luxury "
         "goods above 300 EUR whose sale for use in Russia is banned (Regulation 833/2014, Art. 3h); Austrian German "
         "wording (luxury watches for Russian buyers repeat in several sets, via Kyrgyzstan and Armenia; watches "
         "declared as their straps are new as far as a search found)", {"importer_country": "AM"}),
        ("STR-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "IR", "840790",
         "割草机发动机, 二冲程, 80 台", "CN", 960, 80, 96000, "USD",
         "two-stroke lawn-mower engines cost 100-200 USD and weigh 8-10 kg with a pull start; these 80 are twin-cylinder "
         "boxer engines of 12 kg with electronic ignition and propeller hubs at 1,200 USD each, routed through Piraeus "
         "for a Bandar Abbas consignee: engines for unmanned aircraft whose supply to Iran is banned (Regulation "
         "2023/1529) and whose transit may be stopped; Chinese wording (UAV engines repeat in several sets; as "
         "lawn-mower engines in transit through Piraeus is new as far as a search found)", {"importer_country": "IR"}),
        ("STR-09", "export", "LVROAD01", "road", "LV", [], "BY", "845290",
         "Šujmašīnu vadības bloki, rezerves daļas, 30 gab.", "LV", 90, 30, 54000, "EUR",
         "industrial sewing-machine control boxes cost 100-300 EUR; these thirty are CNC controllers for "
         "multi-axis machine tools at 1,800 EUR each, in a van at Paternieki for a Minsk 'textile' firm: "
         "numerical controls on the common high-priority list whose sale to Belarus is banned (Regulation 765/2006); "
         "Latvian wording (CNC controls repeat in several sets and sewing-machine spares hid encoders and "
         "bearings in blind26 and blind27; CNC controllers as sewing-machine controllers by road to Belarus are new as "
         "far as a search found)", {"importer_country": "BY"}),
        ("STR-10", "export", "SIAIR01", "express", "SI", [], "KG", "900510",
         "Lovski daljnogledi, 16 kom", "SI", 19, 16, 2400, "EUR",
         "hunting binoculars cost 100-300 EUR and have two eyepieces; these sixteen are single-eyepiece thermal rifle "
         "scopes with reticles and rail mounts at 3,500 EUR each, sent by express from Ljubljana to a Bishkek "
         "reseller that forwards to Russia: goods on the common high-priority list (and arms accessories) whose supply "
         "for use in Russia is banned (Regulation 833/2014); Slovene wording (thermal sights repeat in several sets, "
         "under hunting and birdwatching covers to Kyrgyzstan, Türkiye and Georgia among others; from Slovenia as "
         "binoculars is the new part)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "GRSEA01", "sea", "ID", [], "GR", "030484",
         "Φιλέτα ξιφία κατεψυγμένα, 20 t", "ID", 20000, None, 120000, "USD",
         "swordfish loins are pinkish-white with a dense, flaky grain and dark red bloodline strips; these are "
         "greyer, softer, smell of ammonia when thawed and have a skin of small dermal denticles: blue shark (Prionace "
         "glauca, CITES App. II since November 2023) without a CITES export permit or introduction-from-the-sea certificate, "
         "shipped from Surabaya to Piraeus; Greek wording (blue shark as swordfish loins repeats in several sets, from "
         "Ecuador to Spain in blind35, Namibia in blind48 and Peru and Senegal in development sets; from Indonesia to "
         "Greece is the new part)", firm("Thalassina Piraia AE", "GR")),
        ("WLF-02", "import", "BEAIR01", "air", "KH", [], "BE", "121190",
         "បន្ទះឈើខ្លឹមចន្ទន៍ សម្រាប់ធូប, 40 kg", "KH", 40, 1, 800, "USD",
         "sandalwood incense chips are pale yellow, even, and smell sweetly of santalol; these chips are dark, "
         "resinous, heavier than water and smell of agar smoke when warmed: agarwood (Aquilaria spp., CITES App. II) "
         "at a fraction of its value, flown from Phnom Penh to a Brussels perfume supplier without a CITES permit; "
         "Khmer wording (agarwood repeats in many sets, as yellow-sandalwood chips from Laos to France in blind36; from "
         "Cambodia to Belgium in Khmer is the new part)",
         firm("Parfums Orion SA", "BE")),
        ("WLF-03", "import", "NLSEA01", "sea", "KE", [], "NL", "440349",
         "Sandalwood logs (Santalum album), plantation-grown, 12 t", "KE", 12000, None, 60000, "USD",
         "plantation Indian sandalwood has a fine, even grain and sweet scent, and Kenya grows almost none; these "
         "logs are twisted, dark-hearted wild stems with a sharper smell: East African sandalwood (Osyris lanceolata, "
         "CITES App. II) without a CITES permit, shipped from Mombasa for a Rotterdam essential-oil distiller; "
         "English wording (Osyris repeats in a few sets, as Australian sandalwood from Tanzania to Germany in blind61 "
         "and as white sandalwood from Kenya to the Emirates in a development set; as plantation Santalum album to the "
         "Netherlands is the new part)", firm("Rijnmond Essences BV", "NL")),
        ("WLF-04", "import", "NLPOST01", "post", "CO", [], "NL", "120930",
         "Semillas de orquídea, 20 sobres", "CO", 0.4, 20, 40, "USD",
         "orchid seed comes as dust in paper envelopes; these twenty film canisters hold moist moss and tiny "
         "translucent green frogs with visible hearts: glass frogs (Centrolenidae, CITES App. II since 2023) "
         "collected in the wild, posted from Medellín to a private person in Eindhoven without a CITES permit, although "
         "live animals may not go by post; Colombian Spanish wording (glass frogs repeat in a few sets as captive-bred tree frogs, "
         "by air; as orchid seed by post is new as far as a search found)", person("M. Bakker", "NL")),
        ("WLF-05", "import", "PTSEA01", "sea", "BR", [], "PT", "440929",
         "Deck de garapa (Apuleia leiocarpa), perfilado, 40 m³", "BR", 36000, None, 54000, "USD",
         "garapa is a light yellow wood of about 0.8 t/m³ that floats poorly and planes easily; these boards weigh "
         "1.05 t/m³, are olive-brown with yellow powder in the pores and sink in water: ipê (Handroanthus spp., CITES "
         "App. II) without a CITES export permit, shipped from Belém to Leixões for a Porto decking firm; Brazilian "
         "Portuguese wording (ipê repeats in several sets, as garapa decking to Germany in blind44; to Portugal is the "
         "new part)",
         firm("Madeiras Douro Lda", "PT")),
        ("WLF-06", "import", "FRAIR01", "express", "BR", [], "FR", "440799",
         "Baquetas de bateria em madeira, brutas, 150 pares", "BR", 9, 300, 200, "USD",
         "rough drumstick blanks are pale hickory or maple dowels; these 300 are dense, orange-red square-to-round "
         "sticks that darken fast in light, with the straight grain and spring a bow maker looks for: pernambuco "
         "(Paubrasilia echinata, CITES App. II) bow blanks, sent by express from Bahia to a Mirecourt workshop without a "
         "CITES permit; Brazilian Portuguese wording (pernambuco repeats in several sets, as maçaranduba, garapa and "
         "muirapiranga bow sticks in blind33, blind67 and a development set; as drumstick blanks is new as far as a "
         "search found)", firm("Archèterie Vosges SARL", "FR")),
        ("WLF-07", "import", "FRAIR01", "express", "MG", [], "FR", "071239",
         "Champignons séchés, 3 kg", "MG", 3, 1, 150, "EUR",
         "dried mushrooms are light, brown and earthy; these are hard, grey-black, sausage-shaped bodies with teats "
         "along the sides, smelling of the sea: dried teatfish sea cucumbers (Holothuria whitmaei and H. fuscogilva, "
         "CITES App. II), sent by express from Antananarivo to a private person in Paris without a CITES permit; "
         "Malagasy-French wording (sea cucumbers repeat in several sets; as dried mushrooms from Madagascar is new as "
         "far as a search found)", person("Mme Claire Martin", "FR")),
        ("WLF-08", "import", "NLPOST01", "post", "ZA", [], "NL", "120999",
         "Palm seeds, assorted, 200", "ZA", 1.5, 200, 60, "ZAR",
         "palm seeds are small, fibrous and round; these are egg-sized red and orange seeds with a fleshy coat, "
         "cleaned from cones: seeds of wild Encephalartos cycads (CITES App. I), posted from Port Elizabeth to a "
         "private person in Leiden without CITES permits; South African English wording (cycads repeat in many "
         "sets, mostly as palm stems or nursery palms; cycad seeds as palm seeds by post is new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("WLF-09", "transit", "BEAIR01", "air", "UG", ["BE"], "HK", "392690",
         "Resin blanks for knife handles, ivory colour, 80 kg", "UG", 80, 120, 1600, "USD",
         "resin handle blanks are even, cast blocks with no grain; these are heavy, curved teeth with a triangular "
         "section, thick enamel bands and a growth-ring core, the lower canines of the hippopotamus (Hippopotamus "
         "amphibius, CITES App. II), flown from Entebbe through Brussels in transit to a Hong Kong carver without a "
         "CITES permit; English wording (hippo teeth repeat in a few sets, as warthog tusks from Uganda to Hong Kong "
         "in blind5; as resin handle blanks in transit through Brussels is new as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-10", "import", "DEAIR01", "air", "ID", [], "DE", "030119",
         "Ikan hias laut: ikan badut, 200 ekor", "ID", 60, 200, 800, "USD",
         "a marine-aquarium shipment for a Frankfurt wholesaler: clownfish and live sand are what it holds, but the "
         "third item's 'resin coral decorations' are living hammer and torch corals with fleshy polyps in oxygenated "
         "bags: Euphyllia corals (Scleractinia, CITES App. II) without a CITES permit, hidden as the last item of a "
         "three-item declaration flown from Jakarta; Indonesian wording (live corals repeat in several sets, as live rock and soft corals "
         "from Indonesia in blind40 and blind66; as resin decorations in an aquarium shipment is new as far as a search found)",
         dict(firm("Rhein-Main Aquaristik GmbH", "DE"),
              _more_items=[item("250590", "Pasir hidup untuk akuarium, 100 kg", "ID", 100, 200, "USD", qty=10),
                           item("392690", "Dekorasi karang resin, 60 buah", "ID", 30, 180, "USD", qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "express", "US", "SE", "290420",
     "Nitromethane 99 %, 4 x 1 qt, for a licensed private user (model-engine racer)", "US", 4.3, 4, 110, "USD",
     [("PRECURSOR_LICENCE", "SE-POL-38-0144")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKPOST01", "express", "IS", "DK", "282990",
     "Potassium perchlorate 99 %, 2 x 1 kg, for a licensed private user (pyrotechnics hobbyist)", "IS", 2, 2, 6000, "ISK",
     [("PRECURSOR_LICENCE", "DK-RP-38-0071")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DERAIL01", "rail", "CZ", "DE", "262019",
     "Flue dust from a secondary copper smelter (10 06 03*), for zinc and lead recovery at a licensed plant, 60 t", "CZ",
     60000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-SN-38-0309")], "notified smelter dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "850720",
     "Waste lead-acid batteries (16 06 01*) from datacentre UPS systems, for recycling at a licensed smelter, 18 t", "GB",
     18000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-38-0522")], "notified waste batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 20 cylinders, for critical use in aircraft cabin extinguishers", "US",
     240, 20, 6000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-38-011")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "JP", "DE", "290379",
     "HCFC-225 reference standard, 4 x 100 ml, for a licensed laboratory use", "JP", 1, 4, 60000, "JPY",
     [("ODS_LICENCE", "DE-UBA-ODS-38-006")], "HCFC-225 for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "HUROAD01", "road", "HU", "AT", "970121",
     "Oil painting, Hungarian school, 1882, from a family collection documented since 1950, for a Vienna exhibition",
     "HU", 14, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HU-MBH-EXP-38-0091")], "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970610",
     "Choir-book leaf, 15th century, illuminated, from a collection documented since 1931", "IT", 1, 1, 36000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-38-0214")], "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "CH", "851110",
     "Triggered spark gaps, 20, for a Swiss university pulsed-power laboratory", "NL", 4, 20, 6400, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-38-0188"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-38-0049")],
     "dual-use spark gaps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "NO", "901480",
     "Towed hydrophone array with processing unit, 1, for a Norwegian marine research institute", "DE", 40, 1,
     20000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-38-0533"), ("END_USER_CERTIFICATE", "NO-EUC-38-0102")],
     "dual-use hydrophone array under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "EC", "ES", "030489",
     "Blue shark (Prionace glauca) loins, frozen, 20 t, with legal-acquisition finding", "EC", 20000, None,
     90000, "USD",
     [("CITES_PERMIT", "EC-MAATE-38-0317")], "App. II shark meat with its export permit"),
    ("PRM-12", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440929",
     "Ipê decking (Handroanthus spp.), profiled, 30 m³, from a managed concession", "BR", 31500, None,
     60000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-38-0466")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-04": "Batterijrecycling Zeeland BV",
    "PRM-07": "Galerie Donaukanal GmbH", "PRM-11": "Pescados Ría de Vigo SL",
    "PRM-12": "Madeiras Douro Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340290", "Oxygen laundry bleach liquid, 5 % peroxide, 1 l", "import", ["express"], ["JP", "KR"], (6, 12), (1, 4), ["USD"], 1, S),
    ("282731", "Magnesium chloride flakes, riding-arena dust binder, 25 kg", "import", ["road"], ["RS", "UA"], (0.2, 0.4), (10000, 22000), ["EUR"], 0.04, S),
    ("340290", "Rifle bore cleaner, ammonia-free, 500 ml", "import", ["express"], ["US"], (20, 35), (1, 3), ["USD"], 2, S),
    ("282710", "Ammonium chloride (salmiak), food grade, 25 kg", "import", ["road"], ["DE", "PL"], (1, 2), (500, 2000), ["EUR"], 0.04, S),
    ("340290", "Citric-acid descaler for copper stills, 5 l", "import", ["road"], ["BA", "RS"], (1.5, 3), (500, 2000), ["EUR"], 0.2, S),
    ("382499", "Sulphamic-acid descaler for solar water heaters, 1 kg", "import", ["express"], ["IL", "TR"], (8, 15), (1, 4), ["EUR", "USD"], 1, S),
    ("283340", "Potassium monopersulfate pool shock, 25 kg", "import", ["road"], ["TR", "CN"], (1.5, 2.5), (4000, 12000), ["EUR"], 0.04, S),
    ("283699", "Sodium percarbonate stain remover, 1 kg", "import", ["post"], ["CN", "GB"], (4, 8), (1, 5), ["USD", "GBP"], 1, S),
    ("090422", "Korean chilli flakes (gochugaru), 1 kg", "import", ["express"], ["KR"], (15, 25), (1, 4), ["USD"], 1, S),
    ("310221", "Ammonium sulphate fertiliser, 21 % N, bulk", "import", ["sea"], ["EG", "CN"], (0.15, 0.3), (18000, 24000), ["USD"], None, S),
    ("850720", "UPS systems with new sealed lead-acid batteries, boxed", "export", ["sea"], ["GH", "NG"], (6, 10), (2000, 8000), ["EUR"], 0.02, S),
    ("320890", "Solvent-based enamel paint, new, sealed tins", "export", ["sea"], ["SN", "CI"], (3, 5), (4000, 10000), ["EUR"], 0.25, S),
    ("441881", "Glued laminated pine beams, for construction", "export", ["road"], ["MA"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("271320", "Road bitumen 50/70, certified, hot ISO tanks", "export", ["sea"], ["LY", "TN"], (0.4, 0.6), (18000, 24000), ["EUR"], None, S),
    ("631010", "Cotton wiping rags, new offcuts, pressed bales", "import", ["sea"], ["PK", "IN"], (0.6, 1.2), (10000, 20000), ["USD"], None, S),
    ("790111", "Zinc ingots, SHG 99.995 %, for galvanisers", "import", ["road"], ["RS", "BA"], (2.5, 3.2), (18000, 24000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free", "export", ["road"], ["UA", "MD"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.05, S),
    ("380210", "Activated carbon, virgin, coconut-shell, 25 kg bags", "import", ["sea"], ["LK", "PH"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("283329", "Basic chromium sulphate, tanning grade, 25 kg bags", "export", ["sea"], ["NG", "ET"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("251710", "Washed landscaping gravel, 8-16 mm", "export", ["road"], ["RS", "CH"], (0.02, 0.04), (18000, 24000), ["EUR"], None, S),
    ("731100", "Refrigerant recovery cylinders, new, empty, 12 l", "import", ["road"], ["TR", "RS"], (5, 9), (2000, 6000), ["EUR"], 0.1, S),
    ("392111", "XPS insulation boards, CO2-blown, labelled", "import", ["sea"], ["CN", "TR"], (3, 5), (1000, 3000), ["USD"], 0.5, S),
    ("290512", "Isopropyl alcohol 99.9 %, electronics cleaning grade, 1 l", "import", ["express"], ["JP", "US"], (15, 30), (1, 4), ["USD"], 1.2, S),
    ("961210", "Typewriter ribbons, nylon, spools", "import", ["post"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 15, S),
    ("290323", "Tetrachloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["IN", "US"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("842410", "2-BTP portable extinguishers for aircraft, new, certified", "import", ["air"], ["US", "CA"], (80, 140), (100, 400), ["USD"], 0.3, S),
    ("630612", "Gas-proof fumigation sheets, PVC-coated polyester", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 0.02, S),
    ("271019", "Refrigeration compressor oil, mineral, 20 l drums", "import", ["sea"], ["KR", "US"], (2, 4), (4000, 10000), ["USD"], 0.05, S),
    ("491191", "Printed souvenir reproductions of illuminated manuscripts", "import", ["express"], ["AM", "IT"], (40, 80), (1, 3), ["USD", "EUR"], 10, S),
    ("950790", "Fishing sinkers, new, lead-free, assorted", "import", ["post"], ["TR", "CN"], (8, 15), (1, 5), ["EUR", "USD"], 40, S),
    ("711420", "Silver-plated tableware, new, boxed", "import", ["air"], ["BO", "PE"], (30, 60), (100, 400), ["USD"], 2, S),
    ("830629", "Gilt bronze Buddha figures, new, Patan workshops", "import", ["air"], ["NP", "MN"], (40, 80), (50, 200), ["USD"], 0.2, S),
    ("630259", "Alpaca table runners, new, hand-woven", "import", ["express"], ["PE", "BO"], (60, 120), (1, 3), ["USD"], 2, S),
    ("680291", "Alabaster panels, new, carved handicraft", "import", ["sea"], ["EG", "OM"], (3, 6), (2000, 6000), ["USD"], 0.05, S),
    ("741980", "Copper garden planters, new, spun", "import", ["road"], ["ME", "RS"], (8, 14), (500, 2000), ["EUR"], 0.5, S),
    ("140490", "Coconut-shell bowls and handicraft", "import", ["sea"], ["LK", "PH"], (2, 4), (2000, 6000), ["USD"], 4, S),
    ("851110", "Spark plugs for stationary gas engines", "export", ["sea"], ["PK", "EG"], (60, 110), (500, 2000), ["EUR"], 8, S),
    ("760820", "Aluminium scaffold tubes, 6082 alloy, 48.3 mm", "export", ["road"], ["AM", "GE"], (4, 6), (10000, 22000), ["EUR"], 0.05, S),
    ("121190", "Sandalwood incense chips, plantation Santalum album", "import", ["air"], ["IN", "AU"], (40, 80), (100, 400), ["USD"], None, S),
    ("071239", "Dried shiitake mushrooms", "import", ["sea"], ["CN", "KR"], (8, 14), (2000, 6000), ["USD"], None, S),
]
# Everyday trade: blind72's everyday rows (blind68's, with make_blind_set.EVERYDAY_2032_ADDED and the
# certificate-free drop and replacements) with four new rows of its own instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (4, 7), (2000, 6000), ["USD"], 0.08, N),
        ("691110", "Porcelain dinner plates, sets", "import", ["sea"], ["CN", "TH"], (2, 4), (4000, 10000), ["USD"], 2, N),
        ("950300", "Plush soft toys", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 4, N),
        ("420221", "Leather handbags, cowhide", "import", ["sea"], ["IN", "CN"], (20, 40), (500, 2000), ["USD"], 1.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind73", 20380501, HERE)


if __name__ == "__main__":
    main()
