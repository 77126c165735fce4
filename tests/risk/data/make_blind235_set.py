#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-fifth blind set (tests/risk/data/blind235-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 May - 26 June 2065, with goods, routes, languages and disguise families found,
where possible, in none of the earlier sets, and with an emphasis on a kind of trade rather than a
region: leather, hides and fur (tanneries and hide merchants, fur dressers, furriers and fur-auction
houses, exotic-leather workshops, saddlers, shoemakers and leather-goods makers and their hobby
suppliers), spread over many countries and languages.
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
animal origin, raw hides and other animal by-products included) appear only in the
permitted rows, with their document, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of
the ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL235-*:

    python3 tests/risk/data/make_blind235_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIPOST01", "post", "JP", [], "FI", "340590",
         "毛皮用クリーナー・コンディショナー (ミンク・フォックス用), 1 L x 4本", "JP", 4.8, 4, 9600, "JPY",
         "fur cleaners for mink and fox coats are milky, lanolin-scented conditioners of about 1.0 kg/l that leave "
         "the hand soft; these four bottles hold a water-clear, odourless liquid of 1.13 kg/l with vented caps that "
         "whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), the "
         "strength fur dressers bleach pelts with, posted from Osaka to a private person in Vaasa who re-dresses "
         "old furs at home; Japanese wording (hydrogen peroxide repeats in many sets and a Japanese leather-care "
         "label once, a patina oil in blind228; a fur-cleaner label was found in no earlier row by a keyword search)",
         person("Aino Virtanen", "FI")),
        ("PRE-02", "import", "IEPOST01", "post", "PK", [], "IE", "340510",
         "Liquid glycerine saddle soap, for tack and bridles, 4 x 1 litre", "PK", 7.4, 4, 40, "USD",
         "liquid saddle soap is an amber, foaming, glycerine-smelling soap of about 1.05 kg/l that lathers on a "
         "damp sponge; these four bottles hold an oily, colourless liquid of 1.84 kg/l that does not lather, grows "
         "hot with a drop of water and chars a sugar cube black: about 96 % sulphuric acid (Annex I above 15 %), "
         "posted from a Sialkot saddlery exporter to a private person in Kildare who keeps horses; Pakistani English "
         "wording (sulphuric acid repeats in many sets, and Sialkot and neatsfoot-oil covers in a few, blind212 and "
         "blind228; a saddle-soap label was found in no earlier row by a keyword search)", person("Ms A. Byrne", "IE")),
        ("PRE-03", "import", "PTAIR01", "express", "BR", [], "PT", "382499",
         "Primer halogenante para solados de borracha termoplástica (TR), 4 x 1 litro", "BR", 4.6, 4, 320, "BRL",
         "a halogenating primer for TR shoe soles is a light (0.88 kg/l), solvent-smelling solution of "
         "trichloroisocyanuric acid in ethyl acetate that dries in seconds; these four tins hold an oily liquid of "
         "1.14 kg/l that dries slowly, smells faintly fruity, partly mixes with water, and whose filler's drum number "
         "on the annex reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Franca (São Paulo) "
         "to a one-man shoemaker's shop in São João da Madeira that also sells to model-engine hobbyists, although "
         "flammable liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording "
         "(nitromethane repeats in many sets and a halogenating primer once, blind186, among waste adhesives; a "
         "shoe-sole primer label on a precursor was found in no earlier row by a keyword search)", firm("Vega Calçado Lda", "PT")),
        ("PRE-04", "import", "LTAIR01", "air", "IN", [], "LT", "291512",
         "सोडियम फॉर्मेट (चमड़ा कमाने का नमक), 1 किलो पैक, 400 पैक", "IN", 400, 400, 700, "USD",
         "sodium formate for tanning is a white, faintly soapy, hygroscopic powder that dissolves easily and goes "
         "to tanneries in 25 kg sacks; these 400 retail packs hold glossy, tasteless plate crystals that barely "
         "dissolve in cold water and spit violet sparks on a hot iron, and the inner bags read 'KClO3', for a Kaunas "
         "hunting-supply web shop that sells hide-tanning kits to hunters: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Kanpur; Hindi wording (potassium chlorate repeats in "
         "many sets, formate labels in several and tanning-salt covers twice, ammonium nitrate in blind12 and sodium "
         "chlorate for deer hides in blind80; kept as a repeat of that cover family, a sodium-formate label from "
         "Kanpur for a hunters' web shop is the new part as far as a search found)", firm("Orion Medžioklė UAB", "LT")),
        ("PRE-05", "import", "CZAIR01", "air", "AR", [], "CZ", "320110",
         "Extracto de quebracho atomizado, para curtido vegetal, bolsas de 1 kg, 300 bolsas", "AR", 300, 300, 900,
         "USD",
         "spray-dried quebracho extract is a red-brown, astringent powder that stains the fingers and turns water "
         "the colour of strong tea; these 300 bags hold a white, crystalline, tasteless powder that draws damp, "
         "leaves water clear and burns fiercely with sugar, for a Brno leathercraft web shop that sells "
         "vegetable-tanning kits to hobby makers: sodium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Buenos Aires; Rioplatense Spanish wording (sodium perchlorate repeats in many "
         "sets and quebracho appears in several, always as timber; a quebracho-extract label on a precursor was "
         "found in no earlier row by a keyword search)", firm("Alpina Kožené Potřeby s.r.o.", "CZ")),
        ("PRE-06", "import", "HRPOST01", "post", "BA", [], "HR", "291511",
         "Mravlja kiselina 85 % za štavljenje lisičjeg krzna, 4 x 1 l", "BA", 5.6, 4, 30, "EUR",
         "85 % formic acid is a colourless, sharply pungent liquid of 1.20 kg/l that blisters skin white; these "
         "four bottles hold a liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats "
         "into a copper coin with brown gas: about 65 % nitric acid (Annex I above 3 %), posted from Bihać to a "
         "private hunter near Karlovac who tans fox hides at home; Bosnian wording (nitric acid repeats in many "
         "sets and formic-acid labels in several, for beekeepers and rubber tappers (blind28, blind79, blind90, "
         "blind93, blind150); a formic-acid hide-pickling label was found in no earlier row by a keyword search)",
         person("Ivan Horvat", "HR")),
        ("PRE-07", "import", "DEPOST01", "post", "NZ", [], "DE", "340250",
         "Woolskin & sheepskin rug wash powder, lanolin enriched, 3 x 1 kg", "NZ", 3, 3, 75, "NZD",
         "sheepskin rug washes are soft, lanolin-scented, slightly greasy powders or liquids that foam in water; "
         "these three tubs hold hard, clear, cubic crystals with no scent and no foam that draw damp, crackle and "
         "flare yellow in a flame: sodium chlorate (Annex I above 40 %), posted from Christchurch to a private "
         "person in Lüneburg; New Zealand English wording (sodium chlorate repeats in many sets and a rug-washing label "
         "once, blind232, on carbon tetrachloride for oriental rugs; a sheepskin-rug wash label was found in no earlier "
         "row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-08", "import", "NLAIR01", "express", "KR", [], "NL", "391231",
         "가죽공예 엣지 마감용 CMC 분말 (슬리커 버니싱), 500 g x 6", "KR", 3, 6, 72000, "KRW",
         "CMC burnishing powder for leather edges is a fluffy, off-white powder that turns into a slimy gel in a "
         "few drops of water; these six jars hold a dense, gritty, white crystal powder that does not swell at all, "
         "sinks in water and burns brightly mixed with sugar, and the Korean filler's inner bags read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Seoul to a private leathercrafter in "
         "Utrecht; Korean wording (potassium perchlorate repeats in many sets and CMC labels twice, a glaze binder "
         "in blind218 and tylose in blind224; a leather-edge burnishing label was found in no earlier row by a "
         "keyword search)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "SEPOST01", "post", "TH", [], "SE", "340290",
         "น้ำยาขจัดคราบและกลิ่นสัตว์เลี้ยง สูตรเอนไซม์ ไม่มีกลิ่น 4 x 1 ลิตร", "TH", 4.9, 4, 1200, "THB",
         "enzyme pet-stain removers are slightly cloudy, soapy liquids of 1.0 kg/l that foam when shaken; these four "
         "bottles hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, bleaches a coloured "
         "cloth and whitens the fingertips: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Chiang "
         "Mai to a private person in Västerås; Thai wording (hydrogen peroxide repeats in many sets and cleaner "
         "labels in several; a pet-stain enzyme label was found in no earlier row by a keyword search; not of the "
         "leather trade)", person("Karin Andersson", "SE")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "253090",
         "Гранули-дезодорант для стайні та манежу (цеоліт), мішки 20 кг, 600 мішків", "UA", 12000, 600, 3600, "EUR",
         "zeolite stable deodoriser is a grey-green, gritty, dusty mineral granule that absorbs water and stays "
         "cool; these 600 sacks hold smooth white prills that turn ice-cold in water, test at 34 % N and melt and "
         "fume on a hot plate, for a Košice riding-and-saddlery shop that sells them by the sack to horse owners: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Vyšné Nemecké; Ukrainian wording (ammonium nitrate repeats in many sets and a stable-alley de-icer label "
         "once, blind100, on urea, and zeolite labels in several, on other goods; a zeolite stable-deodoriser label was found in no earlier row by a keyword "
         "search)", firm("Central Jazdecké Potreby s.r.o.", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "VN", "051199",
         "Retalls i serradures de pell de boví (col·lagen) per a gelatina tècnica, sacs, 24 t", "ES", 24000, None,
         2400, "EUR",
         "raw-hide trimmings for gelatin are pale, fatty, salted pieces of hide that smell of fresh meat and travel "
         "chilled with a veterinary certificate; these bags hold dry, blue-grey, curly chrome-leather shavings and "
         "buffing flour from the Igualada tanneries, some yellow-stained, that read hexavalent chromium on a "
         "diphenylcarbazide test: waste leather shavings and dust containing chromium(VI) (Basel A3100/A3090), "
         "hazardous waste whose export to a non-OECD country is banned, from Barcelona to Hai Phong for a "
         "'technical gelatin' maker, the route by which chrome leather ended in industrial gelatin in the 2012 "
         "capsule scandal; Catalan wording (chrome shavings repeat in several sets, as bonded-leather fibre in "
         "blind228; a collagen-for-gelatin label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "440149",
         "Zrębki bukowe do wędzenia, suszone, worki big bag, 18 t", "PL", 18000, None, 1800, "EUR",
         "beech smoking chips are clean, pale, sweet-smelling wood chips, kiln-dried and bagged; these big bags "
         "hold fine, grey, greasy hardwood sawdust matted with fur hair and dye, smelling strongly of "
         "dry-cleaning solvent, from the drumming and cleaning drums of a Białystok fur dresser, and read 8 % "
         "tetrachloroethylene: sawdust contaminated with halogenated solvents (14 06 02*, 03 01 04* family), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'smokehouse'; "
         "Polish wording (solvent waste repeats in many sets and smoking-chip labels twice, blind124 and "
         "blind157; fur-drumming sawdust was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR"], "BA", "250100",
         "Auftausalz (Steinsalz), gebraucht gesiebt, lose, 24 t", "DE", 24000, None, 480, "EUR",
         "de-icing rock salt is grey-white, dry, free-flowing and smells of nothing; this tipper holds 24 t of "
         "damp, brown-pink, clotted salt with blood, hair, fleshings and maggots, and a smell of naphthalene and "
         "rot, swept from the floors of a Lower-Bavarian hide merchant's curing yard where the hides were treated "
         "with biocides: fellmongery and hide-curing waste containing biocides and putrescible matter (Basel "
         "A3110), hazardous waste whose export to a non-OECD country is banned, through Austria, Slovenia and "
         "Croatia to a Bihać 'road maintenance' firm; Bavarian German wording (road-salt labels repeat in several "
         "sets, on other wastes, and a hunters' hide-curing salt once, blind212, on a precursor; a hide merchant's "
         "spent curing salt was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "BD", "321290",
         "Paste pigmentate per rifinizione pelli, fuori specifica, fusti 200 l, 90 fusti", "IT", 18000, 90, 2700,
         "EUR",
         "off-spec pigment pastes for leather finishing are smooth, even, brightly coloured pastes in sealed drums "
         "with a batch sheet; these 90 drums hold layered, skinned, grey-brown sludge scraped from the water "
         "curtains of spray booths, smelling of butyl acetate and glycol ethers, with a flash point below 30 °C, "
         "from an Arzignano finishing plant: paint and varnish sludge containing organic solvents (08 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Venice to Chattogram for a Savar "
         "'leather finisher'; Venetian Italian wording (spray-booth sludge repeats in several sets under "
         "pigment-paste labels, blind40, blind54 and blind71, and a leather-finish pigment-paste label once, blind186, "
         "from Catalonia to Tunisia; kept as a repeat, Arzignano to Bangladesh is the new part as far as a search "
         "found)", {"importer_country": "BD"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "CV", "450190",
         "Granulado de cortiça natural, 3-5 mm, para isolamento, big bags, 12 t", "PT", 12000, None, 3000, "EUR",
         "cork granules are light (about 70 kg/m3), springy, honey-brown crumbs that float and smell of wood; "
         "these bags hold a dense, fine, blue-grey dust of about 350 kg/m3 that sinks, billows when poured and "
         "reads chromium(VI) on a spot test, from the buffing machines and bag filters of an Alcanena tannery: "
         "leather dust containing hexavalent chromium (Basel A3090, 04 01 99 with hazardous properties), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Praia for a 'building "
         "insulation' firm; Portuguese wording (leather dust repeats in several sets and Alcanena once; a "
         "cork-granule label was found in no earlier row by a keyword search)", {"importer_country": "CV"}),
        ("WST-06", "export", "HRROAD01", "road", "HR", ["BA"], "ME", "251320",
         "Granatni abraziv za pjeskarenje, reciklirani, 30/60 mesh, big bag, 22 t", "HR", 22000, None, 2200, "EUR",
         "recycled garnet abrasive is clean, sieved, red-pink, angular grains of even size; these bags hold "
         "mixed, grey-blue grit with paint chips, rust and copper-red flakes that read tributyltin and high copper, "
         "swept from the dry dock of a Split shipyard after hull blasting: spent blasting media containing "
         "antifouling paint (12 01 16*), hazardous waste whose export to a non-OECD country is banned, by road "
         "through Bosnia to a Bar 'sandblasting contractor'; Croatian wording (garnet labels repeat in several "
         "sets and antifouling grit in a few; kept as a repeat, Split to Bar by road is the new part as far as a "
         "search found; not of the leather trade)", {"importer_country": "ME"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "PK", "845310",
         "Bottali di concia in legno, usati, revisionati, 4 pezzi", "IT", 16000, 4, 24000, "EUR",
         "a used tannery-machinery container for a Kasur tannery: revised wooden tanning drums and a splitting "
         "machine are what Tuscan tanneries sell on to Pakistan, but the third item's 'trasformatore MT/BT usato' "
         "is a 1970s oil-filled transformer, leaking, whose plate reads 'Apirolio' and whose oil tests at over "
         "50,000 mg/kg PCB: equipment containing PCBs (16 02 09*, Basel A1180/Y10), hazardous waste whose export to "
         "a non-OECD country is banned and which the POPs Regulation requires to be destroyed, hidden as the last "
         "item of a three-item declaration, from Livorno to Karachi; Tuscan Italian wording (PCB transformers "
         "repeat in several sets; behind tanning drums and a splitting machine is the new part as far as a "
         "search found)",
         dict({"importer_country": "PK"},
              _more_items=[item("845380", "Macchina spaccatrice per pelli, usata, 1 pezzo", "IT", 6000, 9000, "EUR", qty=1),
                           item("850421", "Trasformatore MT/BT usato, 630 kVA, 1 pezzo", "IT", 2800, 900, "EUR", qty=1)])),
        ("WST-08", "export", "ROSEA01", "sea", "RO", [], "GE", "510119",
         "Lână de tăbăcărie (lână jupuită), nespălată, baloți, 20 t", "RO", 20000, None, 4000, "EUR",
         "slipe wool pulled from skins in a fellmongery is lime-dusted, greasy wool sold to scourers with a "
         "veterinary certificate; these bales hold wool still clotted with lime-and-sulphide paste, skin pieces "
         "and dead insects, smelling of sheep dip, that reads organophosphate and arsenic residues, from the "
         "painting-and-pulling room of a Sibiu sheepskin tannery: fellmongery waste containing biocides (Basel "
         "A3110), hazardous waste whose export to a non-OECD country is banned, from Constanța to Poti for a "
         "'wool scourer'; Romanian wording (fellmongery waste was found in no earlier row by a keyword search, "
         "nor a slipe-wool label)", {"importer_country": "GE"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "GH", "854143",
         "Gebruikte zonnepanelen, getest, werkend, 1.200 stuks", "NL", 21600, 1200, 12000, "EUR",
         "used solar panels for re-use are crystalline modules with a test report, stacked with edge protectors; "
         "these 1,200 are cracked, delaminated, dark-brown thin-film CdTe modules with cut cables and no test "
         "sheet, from a Groningen solar park dismantled after storm damage: discarded panels containing cadmium "
         "telluride (16 02 13* family), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Tema; Dutch wording (used solar panels repeat in a few sets and CdTe thin film in "
         "several, from Dutch solar parks in blind106 and blind120; kept as a repeat, storm-damaged modules to Ghana "
         "under a working-panels label are the new part as far as a search found; not of the leather trade)", {"importer_country": "GH"}),
        ("WST-10", "export", "CYSEA01", "sea", "CY", [], "LB", "842123",
         "Φίλτρα λαδιού κινητήρα, νέα, σε παλέτες, 14 t", "CY", 14000, None, 2800, "EUR",
         "new engine oil filters come boxed, clean and painted, at a few euros each; these pallets hold 14 t of "
         "crushed, oily, used filters leaking black engine oil, collected from Limassol garages: used oil filters "
         "(16 01 07*), hazardous waste whose export to a non-OECD country is banned, from Limassol to Beirut for a "
         "'spare-parts' trader; Greek wording from Cyprus (used oil filters repeat in a few sets; Cyprus to "
         "Lebanon as new filters is the new part as far as a search found; not of the leather trade)",
         {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "காலணி மேற்பகுதி சுத்திகரிப்பு கரைப்பான் (shoe-upper cleaner), 25 லிட்டர் கேன், 40 கேன்கள்", "IN", 1560,
         40, 2400, "USD",
         "shoe-upper cleaners for finishing rooms are light (0.80-0.90 kg/l), flammable blends of ethyl acetate, "
         "acetone and alcohol with a flame mark; these 40 cans hold a non-flammable liquid of 1.56 kg/l that "
         "evaporates in seconds with a faint sweet smell, and a sample reads 1,1,2-trichlorotrifluoroethane: "
         "CFC-113, whose import into the Union is banned, flown from Chennai for a Fermo shoe factory that cleans "
         "uppers with it; Tamil wording from the Ambur leather belt (CFC-113 repeats in many sets, as a fur "
         "cleaner in blind212; a shoe-upper cleaner label from Tamil Nadu was found in no earlier row by a keyword "
         "search)", firm("Meridian Calzaturificio Srl", "IT")),
        ("OZN-02", "import", "ROSEA01", "sea", "VN", [], "RO", "381400",
         "Dung môi pha loãng keo dán giày (gốc ethyl acetate), can 18 lít, 300 can", "VN", 6480, 300, 5400, "USD",
         "shoe-adhesive thinners are ethyl-acetate or MEK blends of about 0.9 kg/l that burn readily; these 300 "
         "cans hold a liquid of 1.24 kg/l that boils at 32 °C, does not light and whose drum numbers under the "
         "stickers read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned, by sea "
         "from Hai Phong to Constanța for a Bihor shoe-upper factory working for Italian brands; Vietnamese "
         "wording (HCFC-141b repeats in many sets under solvent labels, and shoe-adhesive thinner labels in a few, on methyl "
         "chloroform (blind78, blind79, blind212); kept as a repeat of that cover, HCFC-141b from Viet Nam for a "
         "Romanian upper factory is the new part as far as a search found)", firm("Delta Încălțăminte SRL", "RO")),
        ("OZN-03", "export", "DEAIR01", "air", "DE", [], "AE", "731100",
         "Stickstoff-Druckgasflaschen, gebraucht, geprüft, 67 l, 12 Stück", "DE", 1500, 12, 1800, "EUR",
         "used nitrogen cylinders are grey-green, marked 'N2' and hold gas at 200-300 bar that does not slosh; "
         "these twelve red cylinders with discharge heads from the basement vault of a Frankfurt fur-trade house in "
         "the old Niddastraße quarter slosh, read 42 bar and their plates read 'Halon 1301, CF3Br': "
         "bromotrifluoromethane, whose export from the Union is banned outside licensed critical uses, flown from "
         "Frankfurt to a Dubai 'fire-safety' trader; German wording (halon 1301 repeats in many sets and a Vienna "
         "fur vault once, blind228, on R-502; a fur-vault halon system for export was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("OZN-04", "export", "DKSEA01", "sea", "DK", ["GE"], "KZ", "841869",
         "Brugte køleaggregater til kølerum, R-404A, fra pelslager, 8 stk.", "DK", 9600, 8, 16000, "EUR",
         "used cold-room units sold on for re-use carry an F-gas label and a leak test; these eight, from the "
         "cold stores that kept skins at a Glostrup fur-auction house until the auctions closed, still hold their "
         "original charge and their service labels, painted over, read 'R-22, 68 kg': equipment containing "
         "HCFC-22, whose export from the Union is banned (Regulation 2024/590), by sea from Aarhus through Poti to "
         "an Almaty cold-store builder; Danish wording (R-22 equipment for export repeats in many sets and a fur "
         "vault once, blind228; a fur-auction cold store was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("OZN-05", "import", "HUAIR01", "express", "CN", [], "HU", "340590",
         "鞋子撑大喷雾 皮革软化剂, 150 ml, 240 罐", "CN", 60, 240, 480, "USD",
         "shoe-stretch sprays are alcohol-water mixtures in light cans with a flame symbol, smelling of alcohol; "
         "these 240 cans carry no flame mark, are heavy for their size (1.3 kg/l), smell sweet like chloroform and "
         "their filler's code reads 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), products containing an "
         "ozone-depleting substance whose import into the Union is banned, sent by express from Wenzhou to a "
         "Budapest cobbler-supply wholesaler; Chinese wording (methyl chloroform repeats in many sets under solvent "
         "labels and a shoe-stretch spray once, blind75, by post from the United States; kept as a repeat of that "
         "cover, a cobbler-supply wholesaler's express order from Wenzhou is the new part as far as a search found)",
         firm("Vega Cipész Kellék Kft.", "HU")),
        ("OZN-06", "import", "LVPOST01", "post", "GE", [], "LV", "340590",
         "ბეწვისა და ზამშის ლაქების მოსაშორებელი სითხე, 4 x 500 მლ", "GE", 3.4, 4, 60, "GEL",
         "spot removers for fur and suede are light, alcohol- or citrus-based liquids of about 0.8 kg/l; these four "
         "bottles hold a heavy (1.59 kg/l), non-flammable, sweet-smelling liquid that does not mix with water, "
         "bought from old Soviet stock sold in Tbilisi's Dry Bridge market: carbon tetrachloride, whose import into "
         "the Union is banned, posted from Tbilisi to a private person in Riga who restores old fur hats; Georgian "
         "wording (carbon tetrachloride repeats in many sets and spot-remover labels in several, a suede cleaner among "
         "them (blind102); a fur-and-suede spot remover from Georgia is the new part as far as a search found)",
         person("Ilze Bērziņa", "LV")),
        ("OZN-07", "import", "CYSEA01", "sea", "LB", [], "CY", "382764",
         "غاز تبريد R-407C، أسطوانات 11.3 كغ، 200 أسطوانة", "LB", 2260, 200, 6000, "USD",
         "R-407C cylinders are brown, quota-registered, refillable, and the gas is a zeotropic HFC blend; these "
         "200 disposable cylinders are light green under a brown sleeve, and an identifier reads 98 % "
         "chlorodifluoromethane: HCFC-22, whose import into the Union is banned, by sea from Beirut to Limassol "
         "for an air-conditioning contractor; Lebanese Arabic wording (HCFC-22 as HFC blends repeats in many sets; "
         "from Lebanon to Cyprus is the new part as far as a search found; not of the leather trade)",
         firm("Atlantic Klimatismos Ltd", "CY")),
        ("OZN-08", "transit", "SIROAD01", "road", "TR", ["BG", "RO", "HU", "SI"], "RS", "842410",
         "Inergen (IG-541) söndürme sistemi silindirleri, yeniden dolum, 80 l, 20 adet", "TR", 2400, 20, 8000, "EUR",
         "IG-541 cylinders hold a nitrogen-argon-CO2 mix at 200-300 bar and do not slosh; these 20 slosh, read "
         "25 bar and a sample reads bromotrifluoromethane: halon 1301, recovered from decommissioned Turkish "
         "ship and bank systems, moved through the Union without the licence Regulation 2024/590 requires, on a "
         "T1 transit by road from Istanbul through Bulgaria, Romania and Hungary, declared at Koper's road office "
         "for a Belgrade fire-protection firm; Turkish wording (halon 1301 as Inergen repeats in a few sets; kept "
         "as a repeat, an overland transit to Serbia is the new part as far as a search found; not of the leather "
         "trade)", {"importer_country": "RS"}),
        ("OZN-09", "import", "PTSEA01", "sea", "TW", [], "PT", "390950",
         "PU 鞋底系統 多元醇 (水發泡), 200 公斤桶, 60 桶", "TW", 12000, 60, 36000, "USD",
         "water-blown polyol systems for PU shoe soles are viscous, honey-coloured liquids with no gas in them; "
         "these 60 drums hiss when opened, give off a sweet, ether-like gas and a head-space test reads "
         "trichlorofluoromethane: a polyol system blown with CFC-11, a product containing an ozone-depleting "
         "substance whose import into the Union is banned, by sea from Kaohsiung to Leixões for a Felgueiras "
         "sole-moulding plant; Taiwanese (traditional Chinese) wording (CFC-11 in polyols repeats in several sets; "
         "a shoe-sole polyol label was found in no earlier row by a keyword search)",
         firm("Rivage Solas Lda", "PT")),
        ("OZN-10", "export", "BESEA01", "sea", "BE", [], "KE", "281121",
         "Bouteilles de CO2 pour fumigation d'entrepôts de peaux, 40 bouteilles", "BE", 2000, 40, 3200, "EUR",
         "CO2 for warehouse fumigation comes in tall cylinders at 50-60 bar that hold liquid and gas; these 40 "
         "short cylinders read 2 bar, hold a liquid of 1.73 kg/l and their shoulders, under fresh paint, are "
         "stamped 'CH3Br': methyl bromide, whose export from the Union is banned, from Antwerp to Mombasa for a "
         "Nairobi hides-and-skins exporter that fumigates bales before shipping; Belgian French wording (methyl "
         "bromide repeats in many sets and a Kastoria fur fumigant once, blind228; an export to a Kenyan hide "
         "warehouse under a CO2 label was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "CN", [], "NL", "830249",
         "仿古铜马具饰件 (鞍饰、马镳), 新制, 24 件", "CN", 9, 24, 360, "USD",
         "new antique-style harness ornaments are cast brass with a chemical patina that rubs off on a damp cloth; "
         "these 24 are gilt bronze with worn fire-gilding, cast openwork of dragons and phoenixes, iron rivets "
         "rusted to the backing and red soil in the loops: saddle-bow plaques, cheek-pieces and strap-ends of the "
         "Liao dynasty (907-1125) from looted Inner Mongolian tombs, archaeological objects whose export China "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Beijing to "
         "Amsterdam for a horse-tack antiques dealer; Chinese wording (Chinese tomb goods repeat in many sets; "
         "Liao saddle fittings were found in no earlier row by a keyword search)",
         firm("Orion Antiek Paardentuig BV", "NL")),
        ("CUL-02", "import", "DEAIR01", "air", "TR", [], "DE", "411310",
         "Ciltçilik için keçi parşömeni, kırpıntı, karışık boy, 40 yaprak", "TR", 2, 40, 160, "EUR",
         "new goat parchment offcuts for bookbinders are clean, even, creamy sheets with sanded faces and no "
         "writing; these 40 leaves are ruled, pricked and written in two columns of brown Estrangela script with "
         "red rubrics, cockled and worm-holed, trimmed from a Syriac gospel lectionary of the 12th-13th century "
         "taken from a Tur Abdin monastery: manuscript leaves whose export Türkiye forbids, brought in against "
         "Regulation 2019/880, flown from Mardin via Istanbul to Frankfurt for a bookbinding-supplies trader; "
         "Turkish wording (Syriac manuscripts repeat in a few sets, from Tur Abdin by post in blind125; a bookbinders'-parchment "
         "label was found in no earlier row by a keyword search)", firm("Central Buchbindebedarf GmbH", "DE")),
        ("CUL-03", "import", "FRAIR01", "express", "IN", [], "FR", "420500",
         "తోలుబొమ్మలు (leather puppet wall hangings), కొత్తవి, హస్తకళ, 3", "IN", 2.4, 3, 90, "USD",
         "new tholu bommalata wall hangings from Nimmalakunta are stiff, bright, evenly punched goatskin with "
         "synthetic colours; these three are life-size, translucent, darkened deer- and goat-hide figures of Rama, "
         "Hanuman and Ravana with mineral colours, soot, old repairs with cotton thread and a temple troupe's "
         "mark: 19th-century Andhra shadow puppets, antiquities over 100 years old whose export India forbids "
         "(Antiquities and Art Treasures Act 1972), brought in against Regulation 2019/880, sent by express from "
         "Hyderabad to a private collector in Lyon; Telugu wording (Indian antiquities repeat in many sets and "
         "shadow puppets in two, Khmer and Javanese; Andhra tholu bommalata were found in no earlier row by a "
         "keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-04", "export", "ITSEA01", "sea", "IT", [], "US", "490199",
         "Libri usati con legature in pelle, decorativi, a metro lineare, 40 metri", "IT", 1600, 1200, 4800, "EUR",
         "decorative leather-bound books sold by the metre to interior decorators are 19th- and 20th-century "
         "reprints and encyclopaedias at a few euros each; about 60 of these 1,200 are 16th- and 17th-century "
         "vellum and calf bindings with blind-tooled panels, erased library stamps and shelf marks scraped from the "
         "spines, some incunabula among them, stolen from a Naples monastic library: books over 100 years old and "
         "incunabula, part of the Italian cultural heritage, exported without the licence of Regulation 116/2009 "
         "and the Italian certificate, from Genoa to Houston for a decorator; Italian wording (stolen library books "
         "repeat in a few sets and by-the-metre labels in several, on other goods; leather bindings by the metre "
         "to a decorator are the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-05", "export", "ITPOST01", "post", "IT", [], "CH", "830629",
         "Bronzitos nuràgicos, còpias artesanales, 3 pezzos", "IT", 1.2, 3, 120, "EUR",
         "craft copies of nuraghic bronzes are cast in fresh brass with an even chemical patina and sharp, clean "
         "casting seams; these three are small, thin, lost-wax figurines of a tribal chief with a cloak and staff, "
         "an archer and a bull-headed boat with crusty green malachite corrosion and earth in the hollows: "
         "nuraghic bronzetti of the 9th-7th century BC from clandestine digging in Sardinia, archaeological objects "
         "that belong to the State and need an export licence at any value, posted from Cagliari to a Lugano buyer; "
         "Sardinian wording (nuraghic bronzes repeat in a few sets; kept as a repeat, the Sardinian-language label "
         "is the new part as far as a search found; not of the leather trade)", {"importer_country": "CH"}),
        ("CUL-06", "import", "ESAIR01", "air", "PE", [], "ES", "420100",
         "Montura de cuero repujado con estribos de plata, artesanía nueva de Cusco, 1 unidad", "PE", 18, 1, 600,
         "USD",
         "new Cusco saddles are bright, evenly tooled leather on a fresh wooden tree with plated-metal fittings; "
         "this saddle has a worm-eaten tree, cracked, hand-tooled sole leather, hand-forged silver stirrups in the "
         "Baroque 'cajón' form with assay marks of Potosí and a silver pommel of about 1760: a colonial Peruvian "
         "saddle, part of the Peruvian cultural heritage whose export Peru forbids, brought in against Regulation "
         "2019/880, flown from Lima to Madrid for an equestrian-antiques dealer; Peruvian Spanish wording (colonial "
         "silver repeats in a few sets; a colonial saddle under a new-saddle label was found in no earlier row by a "
         "keyword search)", firm("Meridian Guarnicionería SL", "ES")),
        ("CUL-07", "import", "FRSEA01", "sea", "MA", [], "FR", "640359",
         "Babouches en cuir, tannerie Chouara de Fès, 1 200 paires", "MA", 960, 1200, 9600, "EUR",
         "a Fez leather container for a Marseille souk shop: babouches and leather poufs are what Fez exporters "
         "ship, but the third item's 'carnet relié cuir, reproduction' is a manuscript of about 1780 on laid paper "
         "in Maghribi script with a blind-tooled goatskin flap binding and the waqf seal of a Fez zawiya: a "
         "Moroccan manuscript whose export Morocco forbids, brought in against Regulation 2019/880, hidden as the "
         "last item of a three-item declaration, by sea from Tanger Med to Marseille; Moroccan French wording (a "
         "Libyan zawiya library repeats once, blind145, and Fez leather in a few sets; a Moroccan manuscript behind "
         "babouches and poufs was found in no earlier row by a keyword search)",
         dict(firm("Rivage Souk SARL", "FR"),
              _more_items=[item("940490", "Poufs en cuir brodé, non rembourrés, 200 pièces", "MA", 400, 3000, "EUR", qty=200),
                           item("420500", "Carnet relié cuir, reproduction, 1 pièce", "MA", 1.5, 15, "EUR", qty=1)])),
        ("CUL-08", "import", "DEPOST01", "post", "IR", [], "DE", "420500",
         "جلد کتاب چرمی نقاشی‌شده، روغنی، ساخت اصفهان، نو، ۲ عدد", "IR", 1.4, 2, 80, "EUR",
         "new Isfahan painted book covers are bright, glossy, evenly varnished leather or papier-mâché with a "
         "printed miniature; these two are worn lacquered boards with a nightingale-and-rose painting, a signature "
         "cartouche of a known Qajar painter, a leather spine with old repairs and craquelure in the varnish: "
         "Qajar lacquer bookbindings of about 1850, antiquities whose export Iran forbids, brought in against "
         "Regulation 2019/880, posted from Isfahan to a private buyer in Hamburg; Persian wording (Qajar objects "
         "repeat in a few sets and a lacquer binding once, on a manuscript, blind182; a Qajar lacquer binding under a new painted-cover label was found in no earlier row "
         "by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-09", "import", "FRPOST01", "post", "EG", [], "FR", "640399",
         "Sandales en cuir faites main, vintage, 2 paires", "EG", 1.1, 2, 40, "EUR",
         "vintage handmade sandals are machine-stitched leather on rubber soles; these two pairs are brittle, dark "
         "layered soles of palm-fibre and goat leather with a toe-post thong, rawhide stitching and sand in the "
         "layers, of the kind found in Coptic and Roman-period burials: ancient Egyptian sandals, antiquities "
         "whose export Egypt forbids, brought in against Regulation 2019/880, posted from Cairo to a private buyer "
         "in Montpellier; Egyptian French wording (Egyptian antiquities repeat in many sets; ancient sandals were "
         "found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-10", "import", "BESEA01", "sea", "CN", [], "BE", "691390",
         "仿唐三彩鞍马, 复制品, 新制, 20 件", "CN", 300, 20, 800, "USD",
         "new sancai-style saddled horses are bright, thick-glazed, heavy earthenware with modern kiln marks; one of "
         "these twenty is lighter, with a pale, powdery body, glaze pooling in worn drips, root marks and a "
         "thermoluminescence-tested chip: a Tang-dynasty sancai saddled horse from a looted tomb, an archaeological "
         "object whose export China forbids, brought in without the import licence of Regulation 2019/880, mixed "
         "into a replica order by sea from Shanghai to Antwerp for an Oriental-art shop; Chinese wording (Tang "
         "tomb figures repeat in several sets; kept as a repeat, a saddled horse among replicas into Antwerp is "
         "the new part as far as a search found)", firm("Horizon Oosterse Kunst BV", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "GRAIR01", "air", "GR", [], "AM", "420310",
         "Δερμάτινα μπουφάν αρνίσια, γυναικεία, 40 τεμάχια", "GR", 120, 40, 3200, "EUR",
         "women's lambskin jackets cost about 80 EUR and weigh a kilo; these 40 weigh three each and are Kastoria "
         "sable- and mink-lined coats with leather shells at 12,000-25,000 EUR each on the maker's list, for a "
         "Yerevan 'leather' boutique whose customers collect them for Moscow: luxury furskin and leather apparel "
         "above 300 EUR an item (Annex XVIII), whose sale for use in Russia Regulation 833/2014 forbids, flown "
         "from Thessaloniki to Yerevan; Greek wording (luxury furs for Russia repeat in a few sets, to Kazakhstan "
         "and Moscow; lambskin-jacket labels from Kastoria to Armenia are the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "AE", "283620",
         "Natriumcarbonat (Soda), technisch, schwer, Big Bags, 40 t", "DE", 40000, None, 12000, "EUR",
         "dense soda ash is a white, odourless, free-flowing powder at about 300 EUR a tonne; these bags hold "
         "yellow-red flakes that smell of rotten eggs when damp and blacken a lead-acetate paper: sodium sulphide "
         "(CAS 1313-82-2, the tannery unhairing chemical, and a chemical-weapons precursor under dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires, from Hamburg to Jebel Ali for a 'tannery "
         "chemicals' trader whose lorries go on to Iran; German wording (sodium sulphide repeats in several sets "
         "and soda-ash labels in a few; kept as a repeat, to Jebel Ali for a tannery-chemicals trader is the new "
         "part as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "OM", "282690",
         "Natriumsilicofluoride, conserveermiddel voor huiden (schimmelwerend), zakken 25 kg, 12 t", "NL", 12000,
         None, 9600, "EUR",
         "sodium silicofluoride for hide preservation is a heavy, white, sandy powder that dissolves poorly; these "
         "sacks hold a lighter, finer powder that dissolves readily, and the inner liners read 'NaF, CAS "
         "7681-49-4': sodium fluoride (dual-use 1C350, a chemical-weapons precursor), exported without the licence "
         "Regulation 2021/821 requires, from Rotterdam to Sohar for a 'hides-and-skins' trader that ships on to "
         "Bandar Abbas; Dutch wording (sodium fluoride repeats in several sets; a hide-preservative label was "
         "found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "SD", "380993",
         "Agente igualador para tintura de pieles, 60 bidones de 200 l", "ES", 14400, 60, 10800, "EUR",
         "levelling agents for leather dyeing are foaming, amber, surfactant blends with a safety sheet; these "
         "drums hold a colourless, viscous, faintly garlic-smelling liquid of 1.18 kg/l that does not foam, and the "
         "drum heads read CAS 111-48-8: thiodiglycol (dual-use 1C350, a mustard-gas precursor), exported without "
         "the licence Regulation 2021/821 requires, from Barcelona to Port Sudan for a Khartoum 'tannery' in a "
         "country under an arms embargo; Spanish wording (thiodiglycol repeats in many sets and dye-carrier and "
         "levelling-agent labels in a few, on textile dyeing (blind48, blind98, blind107, blind157); a leather-dyeing levelling-agent label was found in no earlier row by a "
         "keyword search)", {"importer_country": "SD"}),
        ("STR-05", "export", "EEAIR01", "air", "EE", [], "KZ", "851850",
         "Elektroonilised kiskjapeibutid rebase- ja hundijahiks, 80 tk", "EE", 160, 80, 4800, "EUR",
         "electronic predator callers for fox hunters and trappers are a loudspeaker with a remote at about 60 EUR; "
         "these 80 boxes hold thermal-imaging weapon sights with 640 x 512 uncooled cores, ballistic reticles and "
         "picatinny mounts at 3,000 EUR each, for an Almaty 'hunting' firm whose buyers are in Russia: thermal "
         "sights on the common high-priority list and in Annex VII, whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (thermal sights "
         "repeat in many sets and trail-camera labels in several; a predator-caller label was found in no earlier "
         "row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "420310",
         "Kožené motorkárske vesty, 120 kusov", "SK", 1560, 120, 9600, "EUR",
         "leather biker vests weigh about 1.3 kg and fold flat; these 120 weigh 13 kg each, stand up by themselves "
         "and hold ceramic-and-polyethylene plates of protection level IV front and back behind the leather, with "
         "MOLLE webbing inside, for a Belgrade 'moto' shop whose orders go on to Russia: body armour (Common "
         "Military List ML13), exported without a licence and banned for Russia under Regulation 833/2014, by road "
         "through Hungary; Slovak wording (body armour repeats in a few sets; leather biker vests were found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-07", "export", "IEAIR01", "air", "IE", [], "TR", "940199",
         "Leather seat covers for aircraft, business class, 60 sets", "IE", 1400, 60, 6000, "EUR",
         "leather aircraft-seat covers are light, folded dress covers with fire-test labels; these cartons hold "
         "brake assemblies, wheel speed transducers and an APU starter generator with Airbus part numbers and "
         "serviceable tags, taken from a lessor's Shannon stores, for an Istanbul MRO trader that supplies Russian "
         "airlines: aircraft parts (8803, 8807), whose sale for use in Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Shannon; Irish English wording (aircraft parts for "
         "Russia repeat in several sets and aircraft seat covers once, blind191, on python skin; as seat covers "
         "from Ireland is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "ITAIR01", "air", "IT", [], "UZ", "420231",
         "Portafogli e cinture in similpelle, 600 pezzi", "IT", 300, 600, 4200, "EUR",
         "imitation-leather wallets and belts are PU on a fabric backing that melts under a hot needle at a few "
         "euros each; these 600 are calf and ostrich-grain leather wallets and belts of a Florentine house in "
         "their dust bags at 400-900 EUR each on the price list, for a Tashkent boutique that forwards to Moscow: "
         "luxury leather goods above 300 EUR an item (Annex XVIII), whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Milan; Italian wording (luxury bags for Russia repeat in a few sets, to "
         "Kyrgyzstan in blind228, and an imitation-leather label once, blind31, on python bags; imitation-leather wallets and belts to Uzbekistan are the new part as far as a "
         "search found)", {"importer_country": "UZ"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "KG", "845390",
         "Gerbfass-Steuerungen, gebraucht, 2 Stück", "AT", 400, 2, 3000, "EUR",
         "a used-tannery-equipment consignment for a Bishkek leather works: drum controllers and fleshing-machine "
         "blades are what a tannery buys, but the third item's 'Kondensatoren für Gerbfass-Steuerungen' are 40,000 "
         "military-grade tantalum and ceramic capacitors in reels, worth forty times the declared value, with no "
         "tannery use: capacitors (8532), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, flown from Vienna; Austrian German wording (tantalum capacitors repeat in a few sets; "
         "behind tannery equipment is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("845390", "Entfleischmaschinen-Messer, neu, 20 Stück", "AT", 60, 1200, "EUR", qty=20),
                           item("853221", "Kondensatoren für Gerbfass-Steuerungen, 40.000 Stück", "AT", 20, 400, "EUR", qty=40000)])),
        ("STR-10", "export", "SESEA01", "sea", "SE", [], "PK", "722830",
         "Verktygsstål för sadelmakarknivar (rundknivar), stänger, 4 t", "SE", 4000, None, 16000, "EUR",
         "tool steel for saddlers' round knives is a carbon or low-alloy steel at a few euros a kilo, hardened to "
         "about 60 HRC; these bars are nickel-cobalt-molybdenum maraging steel with a mill certificate giving 1,900 "
         "MPa tensile strength and 10 % cobalt, worth five times the declared price, for a Sialkot 'leather tools' "
         "firm whose buyer is a Rawalpindi defence works: maraging steel (dual-use 1C116, used for missile and "
         "centrifuge parts), exported without the licence Regulation 2021/821 requires, from Gothenburg to Karachi; "
         "Swedish wording (maraging steel repeats in many sets; a saddlers'-knife label was found in no earlier row "
         "by a keyword search)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "AR", [], "IT", "420100",
         "Recados criollos de talabartería, completos, 40 unidades", "AR", 800, 40, 16000, "USD",
         "a gaucho-saddlery container for a Florentine leather trader: criollo saddles and coin-studded rastra "
         "belts are what Buenos Aires talabarteros ship, but the third item's 'cueros de carpincho curtidos' are "
         "400 hides with square, bony-centred belly scales and osteoderms in the flanks instead of the capybara's "
         "grain of bristle-pit triads: yacaré caiman (Caiman yacare, CITES App. II) hides without the export "
         "permit, hidden as the last item of a three-item declaration, by sea from Buenos Aires to Livorno; "
         "Rioplatense Spanish wording (caiman repeats in many sets, capybara labels in two, blind138 and "
         "blind176, and gaucho souvenirs once, blind138; caiman behind gaucho saddlery was found in no earlier row by a keyword search)",
         dict(firm("Alpina Pelli Esotiche Srl", "IT"),
              _more_items=[item("420500", "Rastras de cuero con monedas, 200 unidades", "AR", 100, 4000, "USD", qty=200),
                           item("411390", "Cueros de carpincho curtidos, 400 unidades", "AR", 600, 2400, "USD", qty=400)])),
        ("WLF-02", "import", "DEPOST01", "post", "JP", [], "DE", "960190",
         "牛骨ヘラ (レザークラフト用), 6本", "JP", 0.6, 6, 9000, "JPY",
         "cow-bone folders for leathercraft are chalky white, porous at the ends and smell of burnt bone under a "
         "hot needle; these six are dense, creamy, faintly translucent, with criss-cross Schreger lines on the "
         "cut ends and a cold, waxy feel: elephant ivory (Loxodonta africana, CITES App. I) cut from old hanko and "
         "netsuke blanks, without CITES documents, posted from Osaka to a private leathercrafter in Bielefeld; "
         "Japanese wording (ivory repeats in many sets and bone folders once, blind201, on tortoiseshell; leathercraft "
         "bone folders of ivory were found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-03", "import", "NLAIR01", "air", "NI", [], "NL", "442199",
         "Mazos de madera para talabartería, haya, 200 piezas", "NI", 260, 200, 1200, "USD",
         "beech leathercraft mauls are pale, light (about 0.7 kg/dm3) and smell of nothing much; these 200 are "
         "olive-brown to almost black, oily, sinking in water (1.25 kg/dm3) and smell of balsam when sanded: "
         "lignum vitae (Guaiacum sanctum, CITES App. II) without the Nicaraguan export permit, flown from Managua "
         "to Amsterdam for a leathercraft-tools web shop; Nicaraguan Spanish wording (lignum vitae repeats in a few "
         "sets, as bearing blanks and boules wood; a saddlers'-mallet label was found in no earlier row by a keyword "
         "search)", firm("Vega Leerwerk BV", "NL")),
        ("WLF-04", "import", "DKAIR01", "air", "KE", [], "DK", "960390",
         "Wildebeest-tail fly whisks with beaded leather handles, 120 pcs", "KE", 60, 120, 1800, "USD",
         "wildebeest-tail fly whisks are soft, wavy, grey-black hair a metre long on a beaded cowhide grip; these "
         "120 are short, thick, wiry, jet-black tail hairs, 2 mm across, from tufts of the giraffe's tail switch, "
         "poached in northern Kenya: giraffe (Giraffa camelopardalis, CITES App. II) without the Kenyan export "
         "permit, flown from Nairobi to Copenhagen for a Danish ethnic-décor importer; Kenyan English wording "
         "(giraffe repeats in a few sets, as bone and as skins, and fly-whisk labels twice, horsehair, blind140 and "
         "blind212; a wildebeest-tail label was found in no earlier row by a keyword search)", firm("Nordhafen Afrika Import ApS", "DK")),
        ("WLF-05", "import", "NLAIR01", "express", "MY", [], "NL", "960190",
         "Togol tanduk kerbau untuk beg kulit dan kot duffel, 60 biji", "MY", 0.8, 60, 240, "MYR",
         "buffalo-horn toggles are dark grey-black, fibrous keratin with a horn smell; these 60 are solid, dense, "
         "cream-yellow toggles with a blood-red rim and a fine, ivory-like grain: helmeted-hornbill casque "
         "(Rhinoplax vigil, CITES App. I) without CITES documents, sent by express from Kuching to a private bag "
         "maker in Delft; Malay wording (hornbill casque repeats in several sets; a horn-toggle label for leather "
         "bags was found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("WLF-06", "import", "ITSEA01", "sea", "ID", [], "IT", "411390",
         "Kulit ular air (Enhydris) samak krom, 3.000 lembar", "ID", 900, 3000, 9000, "USD",
         "water-snake leather (Enhydris, Homalopsis) is short, narrow skins with small, smooth scales; these 3,000 "
         "are long (2 m), broad skins with large keeled dorsal scales and dark bands on the belly plates: Indian rat "
         "snake (Ptyas mucosa, CITES App. II) without CITES export permits, by sea from Surabaya to La Spezia for a "
         "Tuscan exotic-leather tannery; Indonesian wording (rat snake repeats once, blind58, tanned in Korea; kept "
         "as a repeat, a water-snake label was found in no earlier row by a keyword search)",
         firm("Meridian Rettili Srl", "IT")),
        ("WLF-07", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "411520",
         "Leather trimmings and buffing waste, for bonded leather, 30 bags", "NG", 900, 30, 450, "USD",
         "tannery trimmings for bonded leather are curly, blue-grey chrome-leather strips and fluff; these 30 "
         "bags hold hard, brown, overlapping, fingernail-like scales with a keeled ridge: pangolin scales (Manis "
         "and Phataginus spp., CITES App. I), landed at Brussels Airport in transit from Lagos to Hanoi without "
         "CITES documents, which specimens in transit through the Union must carry; Nigerian English wording "
         "(pangolin scales repeat in many sets; a leather-trimmings label was found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WLF-08", "import", "ESAIR01", "express", "MX", [], "ES", "640391",
         "Botas vaqueras de piel de res grabada, hechas a mano en León, 2 pares", "MX", 3.2, 2, 4800, "MXN",
         "embossed cowhide cowboy boots have an even, machine-pressed pattern that repeats; the vamps of these two "
         "pairs are thick, flexible leather with irregular, polygonal scales and the shoulder pattern of a sea "
         "turtle: olive ridley (Lepidochelys olivacea, CITES App. I) leather without CITES documents, sent by "
         "express from León (Guanajuato) to a private person in Seville; Mexican Spanish wording (sea-turtle "
         "products repeat in many sets; olive ridley leather in cowboy boots was found in no earlier row by a "
         "keyword search)", person("Sr. J. García", "ES")),
        ("WLF-09", "import", "FIAIR01", "air", "US", [], "FI", "430310",
         "Beaver fur trapper hats, handmade in Alaska, 10 pcs", "US", 3, 10, 2500, "USD",
         "beaver fur is dense, brown and glossy with coarse guard hairs over a grey-brown underfur; these ten hats "
         "are the densest fur there is, silver-tipped, dark brown, with no coarse guard hair and an underfur that "
         "does not part: sea otter (Enhydra lutris, CITES App. II) without CITES documents, flown from Anchorage to "
         "Helsinki for a Rovaniemi fur boutique; US English wording (sea otter appears once in an earlier set and otters under a "
         "beaver label once, blind146; a beaver trapper-hat label was found in no earlier row by a keyword search)", firm("Orion Turkis Oy", "FI")),
        ("WLF-10", "import", "DEPOST01", "post", "US", [], "DE", "121190",
         "Dried burdock root, organic, sliced, 2 kg", "US", 2, None, 60, "USD",
         "dried burdock root is a long, brown, woody taproot sliced into pale, fibrous discs that taste of earth; "
         "these are gnarled, ringed, forked roots with a persistent bitter-sweet taste and the growth-ring neck of "
         "old wild plants: wild American ginseng (Panax quinquefolius, CITES App. II) without the US export permit, "
         "posted from West Virginia to a private practitioner in Leipzig at a hundredth of its value; US English "
         "wording (ginseng repeats in many sets and burdock labels in several, blind74, blind111, blind151 and "
         "blind187; kept as a repeat, a parcel to a Leipzig practitioner is the new part as far as a search found; "
         "not of the leather trade)", person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "JP", "FI", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home fur restoration)", "JP", 4.5, 4, 6000,
     "JPY", [("PRECURSOR_LICENCE", "FI-POL-65-0142")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (gold assaying)", "BA", 5.6, 4, 20, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-65-0031")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITSEA01", "sea", "TR", "IT", "411520",
     "Chrome-leather shavings and buffing dust with chromium(VI) (A3100/A3090), for chromium recovery at a licensed "
     "plant, 22 t", "TR", 22000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-65-0118")],
     "notified chrome-leather waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382541",
     "Spent tetrachloroethylene and still bottoms from fur and leather cleaning (14 06 02*), for distillation at a "
     "licensed plant, 12 t", "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-65-0233")],
     "notified halogenated solvent waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "NO", "DE", "290376",
     "Halon 1301 recovered from a decommissioned fur-vault fire system, 12 cylinders, for reclamation", "NO", 600,
     12, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-65-011")], "recovered halon imported for licensed reclamation"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "US", "IT", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 500 ml, for a leather-testing laboratory (essential laboratory use)",
     "US", 4.8, 6, 420, "USD", [("ODS_LICENCE", "IT-MASE-ODS-65-004")],
     "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970610",
     "Twelve books in 17th-century blind-tooled calf bindings, documented private library, sold with the export "
     "licence", "IT", 18, 12, 46000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-65-0207")],
     "antiquarian books exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970690",
     "Andhra leather shadow puppet (tholu bommalata), 19th century, French collection since 1956", "FR", 1.5, 1,
     62000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-65-0412")],
     "ethnographic object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "PK", "283010",
     "Sodium sulphide flakes 60 %, 40 t, for a Kasur tannery (unhairing)", "DE", 40000, None, 24000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-65-3318"), ("END_USER_CERTIFICATE", "PK-MOC-EUC-65-0091")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "IN", "722830",
     "Maraging steel bars, grade 350, 2 t, for an Indian civil aerospace component maker", "SE", 2000, None,
     64000, "EUR", [("EXPORT_LICENCE", "SE-ISP-65-0166"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-65-0274")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "BO", "IT", "410640",
     "Caiman yacare hides, wet-blue, from the Bolivian sustainable-use programme, 300 pcs", "BO", 450, 300, 21000,
     "USD", [("CITES_PERMIT", "BO-MMAYA-65-0102")], "App. II caiman hides with their export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "411330",
     "Indian rat snake (Ptyas mucosa) skins, tanned, within Indonesia's export quota, 2,000 pcs", "ID", 600, 2000,
     12000, "USD", [("CITES_PERMIT", "ID-KLHK-65-0377")], "App. II rat-snake skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatna osoba", "PRM-05": "Central Halon Recycling GmbH",
    "PRM-06": "Meridian Laboratorio Cuoio Srl", "PRM-11": "Alpina Pelli Esotiche Srl", "PRM-12": "Meridian Rettili Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, most of them goods of the
    # leather, hide and fur trade
    ("340590", "Fur and leather conditioner, lanolin, 250 ml", "import", ["post"], ["JP", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 4, S),
    ("340510", "Glycerine saddle soap, liquid, 1 l", "import", ["post"], ["PK", "GB"], (6, 12), (1, 4), ["USD", "GBP"], 1, S),
    ("382499", "Halogenating primer for TR shoe soles, solvent-based, 1 l tins", "import", ["sea"], ["BR", "CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("291512", "Sodium formate, tanning grade, 25 kg sacks", "import", ["sea"], ["CN", "IN"], (0.4, 0.8), (10000, 24000), ["USD"], 0.04, S),
    ("320110", "Quebracho extract, spray-dried, 25 kg sacks", "import", ["sea"], ["AR", "PY"], (1.5, 2.5), (10000, 22000), ["USD"], 0.04, S),
    ("291511", "Formic acid 85 %, IBC, for tanneries", "import", ["sea"], ["CN", "KR"], (0.6, 1.0), (12000, 24000), ["USD"], None, S),
    ("340250", "Sheepskin rug wash, lanolin, 500 ml", "import", ["post"], ["NZ", "AU"], (12, 25), (1, 3), ["NZD", "AUD"], 2, S),
    ("391231", "CMC powder for leather-edge burnishing, 100 g", "import", ["express"], ["KR", "JP"], (40, 80), (1, 2), ["USD"], 10, S),
    ("340290", "Enzyme pet-stain remover, 1 l", "import", ["post"], ["TH", "US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("253090", "Zeolite stable deodoriser, 20 kg sacks", "import", ["road"], ["UA", "RS"], (0.2, 0.4), (10000, 22000), ["EUR"], 0.05, S),
    ("450190", "Natural cork granules, 3-5 mm, for insulation", "export", ["sea"], ["CV", "MA"], (0.6, 1.2), (6000, 14000), ["EUR"], None, S),
    ("250100", "Rock salt for road de-icing, bulk", "export", ["road"], ["BA", "RS"], (0.05, 0.1), (20000, 26000), ["EUR"], None, S),
    ("321290", "Pigment pastes for leather finishing, drums", "export", ["sea"], ["BD", "PK"], (3, 6), (8000, 18000), ["EUR"], None, S),
    ("251320", "Garnet abrasive, new, 30/60 mesh, big bags", "import", ["sea"], ["IN", "AU"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("845310", "Wooden tanning drums, new", "export", ["sea"], ["PK", "BD"], (4, 8), (6000, 16000), ["EUR"], 0.0003, S),
    ("854143", "Photovoltaic modules, new, monocrystalline", "export", ["sea"], ["GH", "NG"], (0.8, 1.5), (10000, 20000), ["EUR"], 0.05, S),
    ("842123", "Engine oil filters, new, boxed", "export", ["sea"], ["LB", "LY"], (5, 9), (3000, 8000), ["EUR"], 2, S),
    ("381400", "Shoe-upper cleaner, ethyl-acetate based, 25 l cans", "import", ["sea"], ["IN", "VN"], (1.5, 3), (4000, 10000), ["USD"], 0.04, S),
    ("842410", "IG-541 (Inergen) system cylinders, new, charged", "import", ["sea"], ["TR", "CN"], (8, 14), (2000, 6000), ["EUR", "USD"], 0.02, S),
    ("841869", "Cold-room units, new, R-290 charge", "export", ["sea"], ["KZ", "GE"], (6, 10), (3000, 9000), ["EUR"], 0.001, S),
    ("340590", "Shoe-stretch spray, alcohol-based, 150 ml", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 6, S),
    ("390950", "Water-blown PU shoe-sole system, polyol, 200 kg drums", "import", ["sea"], ["TW", "CN"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("830249", "Antique-style brass harness ornaments, new", "import", ["air"], ["CN", "IN"], (10, 20), (100, 400), ["USD"], 2, S),
    ("411310", "Goat parchment for bookbinding, new sheets", "import", ["air"], ["TR", "MA"], (40, 80), (50, 200), ["EUR"], 3, S),
    ("420500", "Leather shadow-puppet wall hangings, new craft", "import", ["express"], ["IN", "ID"], (20, 40), (1, 3), ["USD"], 1, S),
    ("490199", "Leather-bound decorative reprint books, by the metre", "export", ["sea"], ["US", "AE"], (2, 4), (1000, 3000), ["EUR"], 0.7, S),
    ("830629", "Nuraghic-style bronze replicas, new", "export", ["post"], ["CH", "US"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("420100", "Tooled-leather saddles, new, Cusco craft", "import", ["air"], ["PE", "AR"], (20, 40), (100, 600), ["USD"], 0.06, S),
    ("640359", "Leather babouches, Fez, new", "import", ["sea"], ["MA"], (8, 14), (2000, 6000), ["EUR"], 1.2, S),
    ("420500", "Painted leather book covers, Isfahan, new", "import", ["post"], ["IR", "TR"], (30, 60), (1, 2), ["EUR"], 1, S),
    ("640399", "Handmade leather sandals, new", "import", ["post"], ["EG", "TN"], (25, 50), (1, 3), ["EUR"], 1, S),
    ("691390", "Sancai-style saddled-horse replicas, new", "import", ["sea"], ["CN"], (2, 4), (1000, 4000), ["USD"], 0.1, S),
    ("420310", "Lambskin leather jackets, women's", "export", ["air"], ["AM", "GE"], (60, 100), (100, 400), ["EUR"], 1, S),
    ("283620", "Soda ash, dense, big bags", "export", ["sea"], ["AE", "EG"], (0.25, 0.4), (20000, 26000), ["EUR"], None, S),
    ("282690", "Sodium silicofluoride, technical", "export", ["sea"], ["OM", "IN"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("380993", "Levelling agent for leather dyeing, drums", "export", ["sea"], ["ET", "EG"], (1.5, 3), (6000, 14000), ["EUR"], None, S),
    ("851850", "Electronic predator callers for hunters", "export", ["air"], ["KZ", "NO"], (30, 50), (100, 400), ["EUR"], 0.5, S),
    ("940199", "Leather aircraft-seat dress covers, new", "export", ["air"], ["TR", "AE"], (20, 40), (500, 2000), ["EUR"], 0.05, S),
    ("420231", "Imitation-leather wallets, PU", "import", ["sea"], ["CN", "VN"], (5, 10), (2000, 6000), ["USD"], 8, S),
    ("411390", "Capybara (carpincho) leather, finished", "import", ["air"], ["AR", "UY"], (25, 45), (300, 1200), ["USD"], None, S),
    ("960190", "Cow-bone folders for leathercraft", "import", ["post"], ["JP", "GB"], (30, 60), (1, 2), ["JPY", "GBP"], 8, S),
    ("442199", "Beech leathercraft mallets", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 3000), ["USD"], 1.5, S),
    ("960190", "Buffalo-horn toggles for coats and bags", "import", ["express"], ["IN", "VN"], (40, 80), (1, 2), ["USD"], 60, S),
    ("640391", "Cowboy boots, embossed cowhide", "import", ["express"], ["MX", "US"], (80, 150), (1, 4), ["USD"], 0.6, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows, as in
# blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701399", "Sand timers (hourglasses), glass and beech", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 4, N),
        ("392410", "Silicone ice-cube trays", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 6, N),
        ("902519", "Oven and fridge thermometers, dial type", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
        ("580632", "Hook-and-loop fastener tape, polyester, rolls", "import", ["sea"], ["CN", "TW"], (4, 8), (2000, 6000), ["USD"], None, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind235", 20650501, HERE)


if __name__ == "__main__":
    main()
