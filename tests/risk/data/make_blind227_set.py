#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-seventh blind set (tests/risk/data/blind227-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2064, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: the funeral, cemetery and memorial trade and religious
institutions' property (funeral homes, embalmers and crematoria, monument masons and cemetery
stalls, church, mosque and temple furnishings and their suppliers, parish, abbey, monastery
and convent clearances). Written by a person who had not read the profile packs (nor any
rule file) and had not run the engine on it, and committed before any change measured on
it, to be measured once on its packs. Same row layout and expansion as make_blind_set.py,
whose functions it reuses, and the same extras as make_blind5_set.py: a disguised row's
extra header fields may carry "_item" (fields merged into its item) and "_more_items"
(further items).

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
would. Ids are BL227-*:

    python3 tests/risk/data/make_blind227_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SKROAD01", "road", "UA", [], "SK", "271019",
         "Олія лампадна вазелінова, для лампад і кіотів, каністри 5 л, 240 каністр", "UA", 1370, 240, 2400, "EUR",
         "icon-lamp oil is a water-white liquid paraffin of 0.85 kg/l that floats on water, has no smell and burns "
         "with a quiet flame before the icons; these 240 canisters hold a liquid of 1.14 kg/l that sinks, partly "
         "mixes with water, smells faintly fruity and whose drum labels, left in the van, read 'CH3NO2': nitromethane "
         "(Annex I above 16 %) for a Prešov church-goods shop that sells lamp oil to parishioners, i.e. retail-packed "
         "for members of the public, in a van at Vyšné Nemecké; Ukrainian wording (nitromethane repeats in many sets "
         "and lamp-oil labels in a few; an icon-lamp (lampada) oil label was found in no earlier row by a keyword "
         "search)", firm("Orion Cirkevné potreby s.r.o.", "SK")),
        ("PRE-02", "import", "DEPOST01", "post", "GE", [], "DE", "130190",
         "საკმეველი საეკლესიო, ათონური, ვარდის სუნით, 4 x 500 გ", "GE", 2.1, 4, 60, "GEL",
         "Athonite-style church incense is rose-scented resin grains dusted with powder that stick together and "
         "smell strongly even through the tin; these four tins hold odourless, colourless crystals that draw damp, "
         "do not melt on a warm plate but flare yellow on a charcoal tablet and read 'NaClO3' on the inner bag: "
         "sodium chlorate (Annex I above 40 %), posted from Tbilisi to a private person in Berlin; Georgian wording "
         "(sodium chlorate repeats in many sets and incense covers in several; Georgian church incense by post was "
         "found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "DEAIR01", "express", "TR", [], "DE", "330790",
         "Cenaze yıkama suyu, sidr ve kâfurlu, gasil için, 6 x 1 litre", "TR", 7.4, 6, 900, "TRY",
         "ghusl water for washing the deceased is a faintly green, leafy-smelling infusion of sidr leaves with a "
         "little camphor, 1.00 kg/l; these six bottles hold a water-clear liquid of 1.13 kg/l with no smell of "
         "lotus or camphor, vented caps, and it whitens and stings the skin and foams on a cut: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Istanbul to a Duisburg web shop that sells Muslim "
         "funeral kits (cenaze seti) to families, i.e. to members of the public; Turkish wording (hydrogen peroxide "
         "repeats in many sets; a ghusl (cenaze yıkama) label was found in no earlier row by a keyword search)",
         firm("Vega Cenaze Hizmetleri GmbH", "DE")),
        ("PRE-04", "import", "ITAIR01", "express", "PH", [], "IT", "382499",
         "Embalming fluid, arterial, 25 index, pink, para sa punerarya, 4 x 1 galon", "PH", 27.5, 4, 6000, "PHP",
         "arterial embalming fluid is a pink, sharply formaldehyde-smelling liquid of about 1.05 kg/l; these four "
         "gallons hold an oily, colourless, odourless liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars a paper towel black: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Manila to a "
         "private person in Rome who runs no funeral home, although corrosive liquids travel by express only as "
         "declared dangerous goods; Tagalog-English wording (sulphuric acid repeats in many sets; an embalming-fluid "
         "label was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("PRE-05", "import", "ESAIR01", "express", "AR", [], "ES", "340290",
         "Removedor de hollín de velas para templos y bóvedas, uso profesional, 4 x 1 litro", "AR", 5.6, 4, 60000,
         "ARS",
         "a candle-soot remover for church walls and cemetery vaults is a mild alkaline detergent of about 1.02 kg/l "
         "that foams; these four bottles hold a yellowish liquid of 1.40 kg/l that fumes brown when opened, yellows "
         "the skin and eats a copper coin, and does not foam: about 65 % nitric acid (Annex I above 3 %), sent by "
         "express from Buenos Aires to a private person in Valencia; Argentine Spanish wording (nitric acid repeats in "
         "many sets and cleaner labels, a gravestone cleaner among them, in several, and soot-remover labels in four, "
         "all chimney or stove powders; a liquid candle-soot remover for churches is the new part as far as a search "
         "found)", person("Sr. J. García", "ES")),
        ("PRE-06", "import", "ROROAD01", "road", "MD", [], "RO", "251741",
         "Criblură de marmură albă pentru morminte, decorativă, saci 25 kg, 600 saci", "MD", 15000, 600, 4500, "EUR",
         "white marble grave chippings are angular, hard, heavy stones that ring in the sack and do not dissolve; "
         "these 600 sacks hold round, white prills that turn ice-cold in water, dissolve completely, test at 34 % N "
         "and fume on a hot plate, for an Iași cemetery-stall and garden wholesaler that sells by the sack to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Leușeni-Albița; Romanian wording from Moldova (ammonium nitrate repeats in many sets and a marble "
         "grave-chippings label once, from Georgia by sea; kept as a repeat, by road from Moldova into Romania is "
         "the new part as far as a search found)",
         firm("Central Funerare SRL", "RO")),
        ("PRE-07", "import", "IEPOST01", "post", "AU", [], "IE", "691390",
         "Ceramic cremation urn containing cremated remains of my late mother, personal effects, no commercial value",
         "AU", 3.2, 1, 0, "AUD",
         "cremated remains are coarse, grey-white bone fragments and grit of uneven size; this sealed ceramic urn, "
         "posted with no cremation certificate, holds 3 kg of an even, fine white powder with no bone in it, that "
         "burns fiercely mixed with sugar and reads as potassium perchlorate on a field test: potassium perchlorate "
         "(Annex I above 40 %), posted from Brisbane to a private person in Cork who, the inquiry found, had ordered "
         "it for pyrotechnics; Australian English wording (potassium perchlorate repeats in many sets; a "
         "cremation-urn label was found in no earlier row by a keyword search)",
         person("Mr Seán Murphy", "IE")),
        ("PRE-08", "import", "NLAIR01", "air", "IN", [], "NL", "253090",
         "गोपी चंदन पाउडर, तिलक हेतु, 100 ग्राम पैकेट, 2.000 पैकेट", "IN", 200, 2000, 900, "USD",
         "gopi chandan is a soft, pale-yellow clay from Dwarka that smells earthy and makes a paste with water; these "
         "2,000 packets hold a shiny, white, crystalline powder that does not make a paste, does not smell, and "
         "spits violet sparks on a hot iron, and the inner sacks read CAS 3811-04-9: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Ahmedabad to Amsterdam for a Hague temple "
         "shop that sells puja goods; Hindi wording (potassium chlorate repeats in many sets and vibhuti (sacred "
         "ash) covers in two; a gopi-chandan label was found in no earlier row by a keyword search)",
         firm("Horizon Puja Winkel BV", "NL")),
        ("PRE-09", "import", "FRPOST01", "post", "JP", [], "FR", "250100",
         "お清め塩 (会葬礼状用), 小袋 3 g × 800 袋", "JP", 2.4, 800, 3000, "JPY",
         "kiyome-jio, the purification salt handed to mourners at Japanese funerals, is coarse grey sea salt in tiny "
         "sachets that tastes of salt; these 800 sachets hold fine white crystals that taste of nothing, draw damp, "
         "and burn brightly mixed with sugar, and the bulk bag in the parcel reads 'NaClO4': sodium perchlorate "
         "(Annex I above 40 %), posted from Osaka to a private person in Lyon; Japanese wording (sodium perchlorate "
         "repeats in many sets and salt covers in many; a funeral purification-salt label was found in no earlier "
         "row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-10", "import", "FRAIR01", "air", "AM", [], "FR", "340600",
         "Մեղրամոմ եկեղեցական մոմեր, 2,000 հատ", "AM", 120, 2000, 800, "EUR",
         "a church-supply air shipment for a Marseille Armenian parish shop before the 6 January Blessing of Water: "
         "beeswax tapers and incense are what Yerevan workshops ship, but the third item's 'distilled water for the "
         "blessing' is 40 canisters of a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin and "
         "foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %) that the shop sells on to the public in "
         "1 l bottles, hidden as the last item of a three-item declaration, flown from Yerevan to Marseille; "
         "Armenian wording (hydrogen peroxide repeats in many sets and holy-water covers in three; distilled water "
         "for the Armenian Blessing of Water is the new part as far as a search found)",
         dict(firm("Meridian Ararat SARL", "FR"),
              _more_items=[item("130190", "Խունկ եկեղեցական, 20 կգ", "AM", 20, 300, "EUR"),
                           item("285390", "Թորած ջուր ջրօրհնեքի համար, 40 տարա 5 լ", "AM", 240, 120, "EUR", qty=40)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "EG", "790200",
         "Rottami di zinco, lamiera, puliti, in cassoni, 18 t", "IT", 18000, None, 9000, "EUR",
         "clean zinc sheet scrap is bright grey offcuts from roofers; this container holds crumpled, box-shaped "
         "zinc coffin liners cut open after exhumations in Ligurian cemeteries, with fabric, wood splinters, "
         "dark residues and the smell of decomposition: exhumation waste contaminated with cadaveric matter, not "
         "green-listed metal scrap, shipped to a non-OECD country without notification or consent, from Genoa to "
         "Alexandria for a 'foundry'; Italian wording (zinc scrap labels appear in a few sets, on other wastes; "
         "exhumation coffin liners were found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-02", "export", "DEROAD01", "road", "DE", [], "BA", "440399",
         "Historische Eichenbalken aus Kirchendachstuhl, rückgebaut, 22 t", "DE", 22000, None, 4400, "EUR",
         "reclaimed oak beams are sound, dry, adzed timbers sold by the cubic metre; this lorry holds rotten, "
         "crumbling softwood and oak rafters from a Westphalian church roof, stained yellow-green, smelling of "
         "chemicals and reading pentachlorophenol and lindane on a swab: preservative-treated waste wood (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Tuzla 'firewood' dealer; German wording "
         "(treated waste wood repeats in a few sets and reclaimed-oak labels on cultural goods; a church roof truss "
         "to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "690290",
         "Terre battue (brique pilée) pour courts de tennis, en big bags, 24 t", "FR", 24000, None, 1900, "EUR",
         "tennis-court terre battue is fine, even, brick-red crushed brick that smells of nothing; these bags hold "
         "coarse, glassy, black-and-grey refractory rubble with slag crusts, from the relining of crematorium "
         "cremators, whose dust a mercury meter reads high: spent refractory linings containing hazardous substances "
         "(16 11 03*), hazardous waste whose export to a non-OECD country is banned, from Marseille-Fos to Casablanca; "
         "French wording (spent refractories repeat in several sets, as pizza-oven firebricks in two; crushed "
         "cremator linings as terre battue were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "GH", "870390",
         "Gebruikte rouwauto's, rijklaar, 8 stuks", "NL", 16000, 8, 24000, "EUR",
         "roadworthy used hearses come with a roadworthiness report and a full service history; these eight, "
         "bought from Dutch funeral firms' scrap lines, have no engines in two, leak oil and coolant, have cracked "
         "batteries, rusted sills and airbags still live, and were deregistered as wrecks: end-of-life vehicles not "
         "depolluted (16 01 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema; "
         "Dutch wording (end-of-life vehicles repeat in many sets; hearses were found in no earlier row by a keyword "
         "search)", {"importer_country": "GH"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "GQ", "630900",
         "Ropa usada, donación misionera para la parroquia de Bata, 6 t", "ES", 6000, None, 600, "EUR",
         "a parish mission-donation container for Bata: used clothes and old school desks are what Spanish parishes "
         "send, but the third item's 'material informático donado' is 300 broken CRT monitors and television sets "
         "with smashed cones, no leads and no test, collected at a Valencia diocesan clearing: waste electrical "
         "equipment with CRT glass (16 02 13*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, from Valencia; Spanish wording (CRTs repeat in many sets and "
         "Equatorial Guinea in a few; a mission-donation label was found in no earlier row by a keyword search)",
         dict({"importer_country": "GQ"},
              _more_items=[item("940330", "Pupitres escolares usados, madera, 120 unidades", "ES", 2400, 360, "EUR", qty=120),
                           item("852849", "Material informático donado, monitores y televisores, 300 unidades", "ES", 6600, 300, "EUR", qty=300)])),
        ("WST-06", "export", "PTAIR01", "air", "PT", [], "GW", "300490",
         "Medicamentos para doação humanitária, dentro do prazo, 40 caixas", "PT", 800, 40, 400, "EUR",
         "humanitarian medicine donations travel in date, sorted, with a pharmacist's list; these 40 boxes hold "
         "mixed blister packs, half-used bottles and ointments from a Lisbon convent's infirmary clearance, most "
         "expired for years, some with cytostatics among them: waste pharmaceuticals (Basel Y3, 18 01 08* among "
         "them), hazardous waste whose export to a non-OECD country is banned, flown from Lisbon to Bissau for a "
         "'mission clinic'; Portuguese wording (expired medicines as donations repeat in several sets; a convent "
         "infirmary was found in no earlier row by a keyword search)", {"importer_country": "GW"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CD", "380894",
         "Concentré désinfectant pour surfaces, fûts de 200 l, 30 fûts", "BE", 6300, 30, 2700, "EUR",
         "a surface-disinfectant concentrate is a sealed, labelled, in-date product of 1.0 kg/l; these 30 drums are "
         "mixed, unlabelled, part-filled with expired pink embalming fluids, formalin and methanol collected from "
         "Walloon funeral homes, with sediment and a stinging formaldehyde smell: waste organic chemicals containing "
         "hazardous substances (16 05 08*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Matadi; Belgian French wording (formalin repeats in a few sets; funeral-home embalming waste was "
         "found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("WST-08", "transit", "ITSEA01", "sea", "CH", ["IT"], "AL", "670290",
         "Fiori artificiali usati, per riutilizzo, in balle, 14 t", "CH", 14000, None, 1400, "CHF",
         "second-hand artificial flowers for reuse are clean, sorted bunches; these bales are compressed cemetery "
         "clearance from Ticino: faded plastic wreaths and grave bouquets with wire, floral foam, soil, candle "
         "stubs and glass lanterns mixed in: mixed plastic and municipal-type waste (Basel Y46/Y48), shipped "
         "without the notification and consents its transit through Italy and import into Albania need, by road "
         "to Bari and ferry to Durrës; Swiss Italian wording (mixed plastic waste repeats in many sets; cemetery "
         "artificial flowers were found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-09", "export", "HUROAD01", "road", "HU", [], "RS", "391530",
         "PVC fólia hulladék, bálázva, újrahasznosításra, 12 t", "HU", 12000, None, 600, "EUR",
         "PVC film regrind for recycling is clean, sorted, one-colour film; these bales are used white body bags "
         "and mortuary sheeting from Budapest hospital mortuaries and a forensic institute, with zips, tags, "
         "stains and the smell of decay, and gloves and aprons among them: infectious waste (18 01 03*), hazardous "
         "waste whose export to a non-OECD country is banned, at Röszke for a Subotica 'recycler'; Hungarian wording "
         "(clinical waste and regrind labels repeat in many sets; body bags were found in no earlier row by a keyword "
         "search)", {"importer_country": "RS"}),
        ("WST-10", "export", "DEROAD01", "road", "DE", [], "TR", "391810",
         "Kullanılmış vinil yer karoları, sökülmüş, yeniden kullanım için, 9 t", "DE", 9000, None, 900, "EUR",
         "second-hand vinyl floor tiles for reuse are whole, clean, flexible tiles on pallets; these are brittle, "
         "broken 1960s 'Floor-Flex' tiles with black bitumen adhesive on the backs, torn out of a former church "
         "converted into a Cologne mosque, and a lab test finds chrysotile: construction waste containing asbestos "
         "(17 06 05*), hazardous waste shipped to an OECD country without the notification and consent it needs, by "
         "road to an Istanbul 'flooring' firm; Turkish wording from Germany (asbestos repeats in many sets; Floor-Flex "
         "tiles were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "841850",
         "冷藏展示柜 (水晶棺式), R-290 环保冷媒, 6 台", "CN", 900, 6, 7200, "USD",
         "refrigerated display cabinets on R-290 carry a flame mark and a nameplate giving grams of propane; these "
         "six are glass-topped 'crystal coffins' for laying out the dead at Chinese wakes, whose nameplates under "
         "the stickers read R-22 at 1.2 kg and whose valves give a chlorodifluoromethane reading on a gas detector: "
         "new equipment containing HCFC-22, whose import into the Union is banned, by sea from Ningbo to Rotterdam "
         "for a Chinese funeral service in Amsterdam; Chinese wording (R-22 equipment repeats in many sets; crystal "
         "coffins were found in no earlier row by a keyword search)", firm("Delta Uitvaartzorg BV", "NL")),
        ("OZN-02", "import", "PLSEA01", "sea", "MY", [], "PL", "392690",
         "Span bunga (floral foam) untuk gubahan bunga dan karangan duka, 48 bata sekotak, 900 kotak", "MY", 5400,
         900, 10800, "USD",
         "wet floral foam for wreaths is a green, open-cell phenolic foam blown with pentane; these 900 cartons, "
         "bought for All Saints' and funeral wreaths, release a sweet, ether-like gas when cut and the head-space of "
         "a sealed carton reads 1,1-dichloro-1-fluoroethane: phenolic foam blown with HCFC-141b, a product containing "
         "an ozone-depleting substance whose import into the Union is banned, by sea from Port Klang to Gdańsk for a "
         "florists' wholesaler; Malay wording (HCFC-141b foams repeat in many sets; floral foam for funeral wreaths "
         "was found in no earlier row by a keyword search)", firm("Vega Florystyka Sp. z o.o.", "PL")),
        ("OZN-03", "import", "PTAIR01", "air", "BR", [], "PT", "282990",
         "Fluoreto de sulfurila para expurgo de retábulos (cupim), 6 cilindros", "BR", 300, 6, 3000, "USD",
         "sulfuryl fluoride cylinders hold a gas of 1.34 kg/l liquid at about 16 bar; these six hold a liquid of "
         "1.73 kg/l at 2 bar that smells faintly of chloroform, and the shoulders under the labels are stamped "
         "'CH3Br': methyl bromide, whose import into the Union is banned, flown from São Paulo to Lisbon for a church "
         "gilded-woodwork restorer fumigating termite-eaten retables; Brazilian Portuguese wording (methyl bromide "
         "repeats in many sets and sulfuryl-fluoride labels in several, on church organs among them; retable "
         "fumigation from Brazil is the new part as far as a search found)", firm("Atlantic Talha Dourada Lda", "PT")),
        ("OZN-04", "import", "CYSEA01", "sea", "LB", [], "CY", "281129",
         "أسطوانات غاز خامل IG-541 لإطفاء الحريق في مكتبة دير، 12 أسطوانة", "LB", 1200, 12, 6000, "USD",
         "IG-541 cylinders are tall 300-bar cylinders of a gas mixture that do not slosh; these twelve are short, "
         "red, 42-bar cylinders that slosh with a liquid of 1.57 kg/l and whose valve stamps read '1301': halon "
         "1301 (bromotrifluoromethane), whose import into the Union is banned outside licensed critical uses, by sea "
         "from Beirut to Limassol for the fire system of a monastery library; Levantine Arabic wording (halon 1301 "
         "repeats in many sets and inert-gas labels in a few; a monastery library was found in no earlier ozone row "
         "by a keyword search)", firm("Orion Fire Protection Ltd", "CY")),
        ("OZN-05", "import", "ITAIR01", "air", "IN", [], "IT", "290323",
         "പെർക്ലോറോഎഥിലീൻ, ഡ്രൈ ക്ലീനിംഗിന്, പള്ളി വസ്ത്രങ്ങൾക്ക്, 20 x 5 ലിറ്റർ", "IN", 160, 20, 900, "USD",
         "perchloroethylene is a dry-cleaning solvent of 1.62 kg/l that boils at 121 °C; these 20 cans hold a "
         "liquid of 1.59 kg/l that boils at 77 °C and whose filler's labels read 'CCl4': carbon tetrachloride, "
         "whose import into the Union is banned, flown from Kochi to Rome for an ecclesiastical tailor cleaning silk "
         "and gold-thread vestments; Malayalam wording (carbon tetrachloride repeats in many sets and vestments in a "
         "few cultural rows; a vestment dry-cleaning solvent was found in no earlier row by a keyword search)",
         firm("Meridian Paramenti Srl", "IT")),
        ("OZN-06", "import", "DEAIR01", "express", "US", [], "DE", "381400",
         "Candle wax remover for church floors and altar linens, non-flammable, 6 x 1 qt", "US", 7.6, 6, 120, "USD",
         "a modern candle-wax remover is a citrus or glycol-ether liquid of about 0.9 kg/l; these six cans hold a "
         "non-flammable liquid of 1.33 kg/l that smells sweet like chloroform, boils at 74 °C, and their old stock "
         "numbers read '1,1,1-trichloroethane': methyl chloroform, whose import into the Union is banned, sent by "
         "express from Ohio to a Catholic parish sacristan in Münster; US English wording (methyl chloroform repeats in "
         "many sets and wax-remover labels in several, ski and dop wax; a church candle-wax remover was found in no "
         "earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("OZN-07", "export", "NLSEA01", "sea", "NL", [], "SR", "841861",
         "Tweedehands warmtepompen uit kerkgebouw, gereviseerd, 4 stuks", "NL", 2800, 4, 8000, "EUR",
         "revised second-hand heat pumps for export are emptied, refilled with R-32 or R-290 and sold with a test "
         "report; these four came out of a closed Zwolle church and still hold their original HCFC-22 charge, about "
         "40 kg each: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from "
         "Rotterdam to Paramaribo for a church in Suriname; Dutch wording (R-22 equipment for export repeats in many "
         "sets and heat pumps in several; a church building's heat pumps to Suriname are the new part as far as a "
         "search found)", {"importer_country": "SR"}),
        ("OZN-08", "import", "ATROAD01", "road", "TR", [], "AT", "841869",
         "Cenaze soğutma plakası, taşınabilir, evde taziye için, 10 adet", "TR", 450, 10, 6000, "EUR",
         "portable body-cooling plates for a wake at home are quiet units on R-290 or R-600a with a flame mark; these "
         "ten have nameplates reading R-22 at 350 g, no flame mark, and a gas detector at the service port reads "
         "chlorodifluoromethane: new equipment containing HCFC-22, whose import into the Union is banned, in a van "
         "from Istanbul to a Vienna Muslim funeral service; Turkish wording (R-22 equipment repeats in many sets and "
         "mortuary refrigerators once; portable body-cooling plates were found in no earlier row by a keyword search)",
         firm("Alpina Bestattung GmbH", "AT")),
        ("OZN-09", "export", "ATROAD01", "road", "AT", [], "RS", "731100",
         "Leere Druckgasflaschen, Schrott, 30 Stück", "AT", 900, 30, 300, "EUR",
         "empty gas cylinders sold as scrap are open, valveless and light; these 30, taken out of a Styrian abbey "
         "library's old fire system, still have their valves, weigh 40 kg more each than empty and their stamps "
         "read 'Halon 1211' and 'Halon 1301': halons, whose export from the Union is banned outside licensed "
         "critical uses, in a van to a Belgrade 'fire-safety' dealer; Austrian German wording (halons repeat in many "
         "sets and empty-cylinder labels in several; abbey libraries appear in two cultural rows, on stolen books; "
         "an abbey library's halon cylinders were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-10", "import", "ESSEA01", "sea", "BD", [], "ES", "570242",
         "জায়নামাজ, পলিয়েস্টার, ৪,০০০ পিস", "BD", 2400, 4000, 6000, "USD",
         "a mosque-supply container for a Barcelona Islamic-goods wholesaler: prayer mats and tasbih are what Dhaka "
         "exporters ship, but the third item's 'attar room-freshener aerosols' are 6,000 cans that hiss a heavy, "
         "non-flammable gas and whose can ends read 'CFC-12 propellant': aerosols containing dichlorodifluoromethane, "
         "products containing an ozone-depleting substance whose import into the Union is banned, hidden as the "
         "last item of a three-item declaration, by sea from Chittagong to Barcelona; Bengali wording (CFC-12 "
         "repeats in many sets and aerosol labels in several; a mosque-supply container was found in no earlier "
         "ozone row by a keyword search)",
         dict(firm("Horizon Halal Distribución SL", "ES"),
              _more_items=[item("711790", "তসবিহ, প্লাস্টিক পুঁতি, ১০,০০০ পিস", "BD", 600, 1500, "USD", qty=10000),
                           item("330749", "আতর রুম ফ্রেশনার অ্যারোসল, ৬,০০০ ক্যান", "BD", 2400, 3000, "USD", qty=6000)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "express", "PH", [], "ES", "392640",
         "Resin santo replicas, ulo ug kamot sa Santo Niño ug Birhen, 3 ka piraso", "PH", 2.4, 3, 90, "PHP",
         "new resin santo heads and hands are light, glossy, seamless and painted in flat colour; these three are "
         "heavy, cool, creamy heads and hands with cross-hatched grain lines, glass eyes set from behind, encarnación "
         "paint worn by devotion and parish inventory numbers in ink: 18th-century ivory santos taken from Bohol and "
         "Cebu churches, cultural property whose export the Philippines forbids, brought in without the documents "
         "Regulation 2019/880 requires, sent by express from Cebu to a Madrid dealer; Cebuano wording (ivory and "
         "santos repeat in several sets; ivory santo heads as resin replicas were found in no earlier row by a "
         "keyword search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-02", "import", "DEROAD01", "road", "TR", [], "DE", "680291",
         "Oymalı mermer bahçe levhaları, yeni, 6 adet", "TR", 1800, 6, 1200, "EUR",
         "new carved marble garden slabs are white, saw-cut and sharp-edged; these six are weathered, lichen-spotted "
         "Ottoman tombstones with turban and flower finials, Arabic-script epitaphs dated AH 1150-1280 and fresh "
         "pry marks at the foot, from a village cemetery near Konya: cultural property whose export Türkiye forbids, "
         "brought in without the documents Regulation 2019/880 requires, in a lorry to a Munich garden-antiques "
         "dealer; Turkish wording (gravestones repeat in a few sets, a turbaned headstone from Pakistan among them; "
         "Ottoman tombstones as garden slabs were found in no earlier row by a keyword search)",
         firm("Orion Gartenantik GmbH", "DE")),
        ("CUL-03", "import", "NLAIR01", "air", "KR", [], "NL", "491191",
         "불교 탱화 인쇄본, 신작, 액자 없음, 4 점", "KR", 6, 4, 400, "USD",
         "new printed Buddhist paintings are machine-printed on canvas with bright, even colours; these four are "
         "hand-painted mineral pigments on hemp and silk, with cracked gold, old mounting holes and a temple's "
         "inscription (hwaje) naming the painter-monks and an 18th-century date, cut from their frames: taenghwa "
         "stolen from Korean temples, cultural property whose export Korea forbids, brought in without the documents "
         "Regulation 2019/880 requires, flown from Incheon to Amsterdam for a dealer; Korean wording (Buddhist "
         "paintings appear once; Korean taenghwa were found in no earlier row by a keyword search)",
         firm("Rivage Oriental Art BV", "NL")),
        ("CUL-04", "import", "PTAIR01", "air", "BR", [], "PT", "442090",
         "Imagem de santo em madeira policromada, réplica artesanal, 1 peça", "BR", 14, 1, 600, "BRL",
         "new craft replicas from Minas workshops are cedar, crisp and painted in acrylic; this is a cedar Saint "
         "Anthony with estofado gilding, glass eyes, worm holes, candle soot and an IPHAN stolen-property number "
         "matched by the inspector: an 18th-century baroque church sculpture from Minas Gerais, cultural property "
         "Brazil forbids to export, brought in without the documents Regulation 2019/880 requires, flown from Belo "
         "Horizonte to Lisbon for a dealer; Brazilian Portuguese wording (Minas Gerais church sculpture repeats in "
         "a few sets; kept as a repeat, a craft-replica label by air to Lisbon is the new part as far as a search "
         "found)", firm("Central Arte Sacra Lda", "PT")),
        ("CUL-05", "import", "FRSEA01", "sea", "VN", [], "FR", "442090",
         "Tượng gỗ trang trí sân vườn, hàng thủ công mới, 8 tượng", "VN", 640, 8, 800, "USD",
         "new garden statues from Vietnamese workshops are smooth, evenly stained and signed; these eight are "
         "split, grey, weathered hardwood posts carved with squatting figures, mourners and monkeys, eaten away at "
         "the base where they stood in earth: Jarai tomb statues (tượng nhà mồ) from Central Highlands funeral "
         "houses, ethnographic property Viet Nam forbids to export, brought in without the documents Regulation "
         "2019/880 requires, by sea from Da Nang to Marseille for a tribal-art dealer; Vietnamese wording (funerary "
         "sculptures repeat in several sets, from Toraja and Madagascar; Jarai tomb statues were found in no earlier "
         "row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-06", "import", "BEAIR01", "air", "GH", [], "BE", "691390",
         "Clay flower pots, handmade, for garden, 12 pieces", "GH", 60, 12, 150, "USD",
         "new handmade garden pots are thick, even, red and undecorated; these twelve are thin-walled, blackened "
         "terracotta heads with ringed necks and stylised faces, earth in the hollows and breaks where they were "
         "knocked off their bases: Akan funerary terracottas (nsodie) taken from mmaso, the places of the pots near "
         "Asante villages, ethnographic property whose export Ghana forbids without a permit, brought in without the "
         "documents Regulation 2019/880 requires, flown from Accra to Brussels; Ghanaian English wording (Akan "
         "objects appear in a few sets; nsodie funerary heads were found in no earlier row by a keyword search)",
         firm("Alpina Arts Premiers SA", "BE")),
        ("CUL-07", "import", "ESSEA01", "sea", "MX", [], "ES", "950510",
         "Artesanías de Día de Muertos, catrinas de cartonería, 400 piezas", "MX", 800, 400, 2400, "USD",
         "a Day-of-the-Dead craft container for a Madrid shop: papier-mâché catrinas and papel picado are what "
         "Mexican makers ship, but the third item's 'láminas pintadas decorativas' are 30 small oil paintings on tin "
         "with dated votive texts of 1840-1920, nail holes and soot, and an inventory label of a Guanajuato sanctuary "
         "on the backs: ex-votos taken from a church, Mexican cultural property whose export Mexico forbids, hidden as "
         "the last item of a three-item declaration, by sea from Veracruz to Valencia; Mexican Spanish wording "
         "(ex-votos repeat in several sets and Day-of-the-Dead labels in two, blind92 and blind199; kept as a repeat, "
         "ex-votos on tin as the hidden item of a catrina container are the new part as far as a search found)",
         dict(firm("Meridian Artesanía SL", "ES"),
              _more_items=[item("482390", "Papel picado, 2.000 tiras", "MX", 40, 200, "USD", qty=2000),
                           item("830629", "Láminas pintadas decorativas, hojalata, 30 piezas", "MX", 12, 150, "USD", qty=30)])),
        ("CUL-08", "import", "DEAIR01", "air", "JP", [], "DE", "970390",
         "木彫仏像 (新作、土産品), 観音菩薩立像, 1 体", "JP", 11, 1, 60000, "JPY",
         "new carved souvenir Buddhas are light, pale wood with machine marks and a maker's sticker; this standing "
         "Kannon is dark, lacquer-flaked cypress in joined-block technique with crystal eyes inserted from inside, "
         "a sealed deposit cavity and a temple's ink inscription naming an Edo-period carver: a Buddhist statue "
         "stolen from a rural Japanese temple, cultural property whose export Japan forbids, brought in without the "
         "documents Regulation 2019/880 requires, flown from Osaka to Frankfurt for a dealer; Japanese wording "
         "(Japanese temple statues were found in no earlier row by a keyword search)",
         firm("Nordhafen Asiatika GmbH", "DE")),
        ("CUL-09", "import", "GRSEA01", "sea", "EG", [], "GR", "442199",
         "ألواح مشربية خشبية جديدة، صناعة يدوية، 10 ألواح", "EG", 300, 10, 800, "USD",
         "new mashrabiya panels are pale, machine-turned beech with even joints; these ten are dark, carved "
         "teak-and-ivory-inlaid panels in star-and-polygon geometry with Mamluk inscription bands, old nail holes "
         "and fresh saw cuts where they were taken from a minbar's side: panels stolen from a Cairo mosque minbar, "
         "cultural property whose export Egypt forbids, brought in without the documents Regulation 2019/880 "
         "requires, by sea from Alexandria to Piraeus; Egyptian Arabic wording (minbar panels repeat in two sets and "
         "mashrabiya labels in three; kept as a repeat, by sea to Piraeus is the new part as far as a search found)",
         firm("Delta Antikes AE", "GR")),
        ("CUL-10", "transit", "ESAIR01", "air", "CO", ["ES"], "AE", "711319",
         "Réplicas de tunjos muiscas en tumbaga, artesanía, 40 piezas", "CO", 1.2, 40, 400, "USD",
         "new tumbaga replicas are bright, cast in one piece and stamped 'réplica'; these 40 flat, lost-wax figures "
         "have casting cores, green copper crusts and lagoon or tomb earth in the folds: Muisca tunjos (votive "
         "offerings, AD 600-1600), archaeological objects whose export Colombia forbids, landed at Madrid in air "
         "transit from Bogotá to Dubai without any export document; Colombian Spanish wording (tunjos repeat in several "
         "sets; kept as a repeat, an air transit through Madrid to Dubai is the new part as far as a search "
         "found)", {"importer_country": "AE"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "KG", "846490",
         "Macchine CNC per la lavorazione di monumenti funerari in granito, 2 unità", "IT", 18000, 2, 240000, "EUR",
         "CNC stone machines for funeral monuments are bridge saws and 3-axis routers with water cooling; these two "
         "are 5-axis machining centres for metal with enclosed work areas, linear-motor axes and 0.003 mm "
         "positioning accuracy on the maker's sheet, for a Bishkek 'monument' firm whose address is a Moscow "
         "forwarder's: machine tools controlled under dual-use 2B001 and listed in Annex VII of Regulation "
         "833/2014, exported for re-export to Russia without a licence, from Genoa; Italian wording (machining "
         "centres repeat in many sets under other covers; a funeral-monument label was found in no earlier row by "
         "a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "import", "BGAIR01", "air", "AM", [], "BG", "710813",
         "Сусальное золото 23 карата для куполов, армянского производства, 2 000 книжек", "AM", 6, 2000, 180000,
         "USD",
         "gold leaf for church domes is beaten in Armenia only in small workshops; these 2,000 books carry the "
         "interleaf stamp of a Yekaterinburg beating works, the Armenian certificate of origin was issued a week "
         "after arrival from Russia, and the monastery dome contract is for one tenth of the quantity: Russian gold "
         "in semi-manufactured form, whose import into the Union Regulation 833/2014 forbids, flown from Yerevan to "
         "Sofia for a church-gilding firm; Russian wording (Russian gold repeats in many sets; gold leaf for church "
         "domes was found in no earlier row by a keyword search)", firm("Orion Pozlata EOOD", "BG")),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "AM", "880699",
         "Drony pro rozptyl popela zesnulých, nosnost 10 kg, 12 ks", "CZ", 360, 12, 48000, "EUR",
         "ash-scattering drones are light hobby drones with a small urn release; these twelve are heavy-lift "
         "octocopters with a 10 kg payload bay, long-range radio links and thermal-camera mounts, for a Yerevan "
         "'memorial services' firm registered last year that shares a phone number with a Moscow drone shop: "
         "unmanned aerial vehicles whose export and re-export to Russia Regulation 833/2014 forbids, flown from "
         "Prague; Czech wording (drones repeat in many sets; ash-scattering drones were found in no earlier row by "
         "a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "DEROAD01", "road", "DE", [], "KZ", "870390",
         "Bestattungsfahrzeuge (Leichenwagen), Neufahrzeuge, Mercedes-Benz E-Klasse Umbau, 3 Stück", "DE", 7200, 3,
         435000, "EUR",
         "hearses for a Kazakh funeral firm would be plain vans or ageing saloons; these three are new E-Class "
         "coachbuilt hearses at 145,000 EUR each, for an Almaty 'ritual services' firm with no hearse fleet whose "
         "order names a Moscow funeral group as end client and whose transport plan goes on to Moscow: passenger "
         "cars above 50,000 EUR, luxury goods whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, by lorry from Stuttgart; German wording (luxury cars repeat in many sets; "
         "hearses were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "SISEA01", "sea", "SI", [], "LB", "293190",
         "Negorljiv dodatek za cerkvene zavese in gledališke tkanine, 20 sodov", "SI", 4400, 20, 22000, "EUR",
         "flame retardants for church drapes are water-based phosphate-nitrogen finishes sold in 25 l cans; these "
         "20 drums hold a clear, almost odourless liquid of 1.15 kg/l whose drum heads read CAS 756-79-6, for a Beirut "
         "'textile finisher' with no textile plant whose orders go on by road to Syria: dimethyl methylphosphonate "
         "(DMMP), a chemical-weapons precursor under dual-use 1C350, exported without the licence Regulation 2021/821 "
         "requires, from Koper; Slovenian wording (DMMP repeats in several sets; a church-drape flame-retardant label "
         "was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-06", "import", "PLROAD01", "road", "UA", [], "PL", "442199",
         "Труни дерев'яні, соснові, лаковані, українського виробництва, 240 шт.", "UA", 9600, 240, 19200, "EUR",
         "Ukrainian coffin makers in Volyn use pine with Ukrainian stamps and forest-certificate numbers; these "
         "240 lacquered coffins carry a Belarusian factory's stencils inside the lids, Belarusian plant-passport "
         "tags on the pallets and a Ukrainian certificate of origin from a firm with no workshop: Belarusian wood "
         "products, whose import into the Union Regulation 765/2006 forbids, at Dorohusk for a Lublin funeral-goods "
         "wholesaler; Ukrainian wording (Belarusian wood under Ukrainian origin repeats in several sets; coffins "
         "were found in no earlier strategic row by a keyword search)", firm("Central Artykuły Pogrzebowe Sp. z o.o.", "PL")),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "KG", "853710",
         "Elektroonilised kirikukellade helistamise juhtseadmed, 40 tk", "EE", 24, 40, 16000, "EUR",
         "electronic bell-ringing controllers for Orthodox churches are a small cabinet with a timer and relays; "
         "these 40 boxes hold no cabinets, relays or bell hammers, only reels of FPGAs, microcontrollers and "
         "RF front-end modules, for a Bishkek 'church-equipment' firm three months old whose consignee is a "
         "Moscow-region electronics distributor: integrated circuits on the common high-priority list whose "
         "re-export to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (FPGAs repeat in "
         "several sets; bell-ringing controllers were found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-08", "transit", "SISEA01", "sea", "CN", ["SI"], "IR", "841370",
         "Embalming machine, centrifugal injection pump, for funeral homes, 16 sets", "CN", 2400, 16, 19200, "USD",
         "embalming machines are small bench pumps with a 10 l glass tank; these 16 crates hold large "
         "centrifugal pumps with wetted parts of Hastelloy and PTFE and double mechanical seals, for a Tehran "
         "'funeral supplies' firm: corrosion-resistant pumps controlled under dual-use 2B350 and listed for Iran, "
         "landed at Koper in transit from Shanghai to Bandar Abbas without the licence the Union requires for their "
         "transit; English wording from China (corrosion-resistant pumps repeat in several sets; embalming machines "
         "were found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "GE", "580900",
         "Υφάσματα μπροκάρ για ιερά άμφια, 600 μέτρα", "GR", 300, 600, 12000, "EUR",
         "a church-goods container for a Tbilisi wholesaler: vestment brocade and brass censers are what Athens "
         "suppliers ship to Georgia, but the third item's 'ηλεκτρονικά ρολόγια ναού' are 80 digital oscilloscopes and "
         "signal generators with no clock among them, for a buyer whose earlier consignments went on by road to "
         "Vladikavkaz: measuring instruments whose export and re-export to Russia Regulation 833/2014 forbids, hidden "
         "as the last item of a three-item declaration, from Piraeus to Poti; Greek wording (oscilloscopes repeat in a "
         "few sets; behind vestment brocade and censers is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("830629", "Θυμιατά ορειχάλκινα, 300 τεμάχια", "GR", 450, 6000, "EUR", qty=300),
                           item("910599", "Ηλεκτρονικά ρολόγια ναού, 80 τεμάχια", "GR", 320, 4000, "EUR", qty=80)])),
        ("STR-10", "import", "DESEA01", "sea", "CN", [], "DE", "830621",
         "铜制纪念雕像, 中国铸造, 2 座", "CN", 2800, 2, 24000, "USD",
         "bronze memorial statues cast in China bear a Chinese foundry's mark and certificate; these two, for a "
         "memorial-park project, are in the heroic-realist style of the Pyongyang Mansudae studio, with Korean "
         "casting inscriptions ground off but legible under raking light and freight papers that start at Nampo: "
         "statues made in North Korea, whose import into the Union Regulation 2017/1509 forbids, by sea from Dalian "
         "to Hamburg; Chinese wording (Mansudae statues repeat in several sets; kept as a repeat, a memorial-park "
         "order under Chinese origin is the new part as far as a search found)", firm("Vega Denkmal GmbH", "DE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "VN", [], "FR", "940360",
         "Bàn thờ gia tiên bằng gỗ keo, chạm khắc, 12 bộ", "VN", 1440, 12, 7200, "USD",
         "acacia-wood ancestral altars are pale, light (about 600 kg/m3) and grainy; these twelve are dense, "
         "purple-red to black-streaked wood that sinks, smells of roses when the carving is scratched and "
         "fluoresces under UV: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES documents, "
         "by sea from Haiphong to Marseille for a Vietnamese altar and funeral-goods shop; Vietnamese wording "
         "(Siamese rosewood repeats in many sets; an ancestral-altar label was found in no earlier row by a keyword "
         "search)", firm("Orion Bàn Thờ SARL", "FR")),
        ("WLF-02", "import", "ITSEA01", "sea", "MY", [], "IT", "441410",
         "Bingkai gambar kayu jelutong untuk potret kenangan (memorial), 6,000 unit", "MY", 3000, 6000, 9000, "USD",
         "jelutong frames are soft, pale, featureless wood; these 6,000 memorial-portrait frames for funeral homes "
         "are of a fine, straw-yellow, splintery wood that smells unpleasant when sawn and gives the ramin "
         "reaction: ramin (Gonystylus spp., CITES App. II) without CITES documents, by sea from Port Klang to Genoa "
         "for a funeral-supply wholesaler; Malay wording (ramin frames repeat in several sets; kept as a repeat, "
         "memorial-portrait frames for funeral homes are the new part as far as a search found)",
         firm("Meridian Forniture Funebri Srl", "IT")),
        ("WLF-03", "transit", "PTAIR01", "air", "AO", ["PT"], "MO", "960190",
         "Terços de osso, artesanato religioso, 500 unidades", "AO", 14, 500, 1500, "USD",
         "bone rosaries are chalky, with black pores (Haversian canals) in each bead; these 500 are dense, creamy "
         "beads that show the Schreger cross-hatching on a cut one and burn with no bone smell: elephant ivory "
         "(Loxodonta africana, CITES App. I) worked into rosaries, landed at Lisbon in air transit from Luanda to "
         "Macau without CITES documents; Angolan Portuguese wording (ivory as bone repeats in many sets; rosaries "
         "were found in no earlier wildlife row by a keyword search)", {"importer_country": "MO"}),
        ("WLF-04", "export", "ATROAD01", "road", "AT", [], "CH", "970529",
         "Lehrmittel aus Stiftsschule, Vitrinen mit Präparaten, Nachbildungen, 14 Stück", "AT", 420, 14, 2800, "EUR",
         "school teaching replicas are plaster or plastic birds and mammals; these fourteen cases from an Upper "
         "Austrian abbey school's natural-history cabinet hold real mounted specimens: a snow leopard, a "
         "white-tailed eagle, a saker falcon and a lesser-bird-of-paradise group (all CITES App. I or II), exported "
         "without the re-export or pre-Convention certificates, in a van to a Basel dealer; Austrian German wording "
         "(taxidermy repeats in several sets; an abbey school's cabinet was found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("WLF-05", "import", "DESEA01", "sea", "IN", [], "DE", "830629",
         "கோயில் பித்தளை விளக்குகள், 300 எண்ணம்", "IN", 1500, 300, 9000, "USD",
         "a temple-festival container for a Hamm Hindu temple: brass lamps and silk veshtis are what Chennai "
         "suppliers ship, but the third item's 'temple-chariot wood, for carving' is 2 t of dense, blood-red, "
         "heavy billets that stain water red: red sanders (Pterocarpus santalinus, CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, by sea from Chennai to Hamburg; Tamil "
         "wording (red sanders repeats in many sets; kept as a repeat, behind temple-festival goods is the new part "
         "as far as a search found)",
         dict(firm("Alpina Tempelbedarf GmbH", "DE"),
              _more_items=[item("500790", "பட்டு வேட்டிகள், 400 எண்ணம்", "IN", 200, 4000, "USD", qty=400),
                           item("440399", "தேர் மரம், செதுக்குவதற்கு, 2 டன்", "IN", 2000, 1000, "USD")])),
        ("WLF-06", "export", "NLAIR01", "air", "NL", [], "US", "920999",
         "Gebruikte orgelklavieren met benen toetsbeleg, uit gesloten kerk, 3 stuks", "NL", 90, 3, 3000, "EUR",
         "bone key coverings are white, chalky and show dark pores; these three manuals from a closed Groningen "
         "church organ have creamy, glossy key plates with the fine grain lines and Schreger pattern of ivory: "
         "elephant ivory (CITES App. I) in worked form, exported to the United States without the pre-Convention "
         "or re-export certificate the Union requires, by air from Amsterdam to a New York organ restorer; Dutch "
         "wording (ivory piano keys repeat in a few sets; church-organ manuals were found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("WLF-07", "import", "BESEA01", "sea", "IN", [], "BE", "442090",
         "آم کی لکڑی کی رحل، قرآن اسٹینڈ، نقش و نگار، 1,200 عدد", "IN", 1800, 1200, 6000, "USD",
         "mango-wood Qur'an stands (rehal) are pale, soft and light; these 1,200 are heavy, dark-brown wood with "
         "black streaks that smells of spice when drilled: Indian rosewood (Dalbergia latifolia and D. sissoo, "
         "CITES App. II) without CITES documents, by sea from Mundra to Antwerp for a Brussels Islamic bookshop "
         "wholesaler; Urdu wording (sheesham and rehal covers repeat in several sets; kept as a repeat, by sea to "
         "Antwerp as mango wood is the new part as far as a search found)", firm("Central Islamic Books SA", "BE")),
        ("WLF-08", "import", "NLAIR01", "air", "TH", [], "NL", "060313",
         "กล้วยไม้ตัดดอกสำหรับพวงหรีด, เพาะเลี้ยง, 400 กล่อง", "TH", 4000, 400, 12000, "USD",
         "cut Dendrobium sprays for funeral wreaths are artificially propagated and travel with a phytosanitary "
         "certificate; among these 400 boxes, 60 hold whole, rooted slipper orchids with wild-collected moss and "
         "insect damage: Paphiopedilum (CITES App. I) without CITES documents, flown from Bangkok to Amsterdam for "
         "a wreath florist wholesaler; Thai wording (wild orchids repeat in many sets; funeral-wreath orchids were "
         "found in no earlier row by a keyword search)", firm("Horizon Rouwbloemen BV", "NL")),
        ("WLF-09", "import", "ESPOST01", "post", "CU", [], "ES", "670100",
         "Plumas teñidas para artesanía, rojas, 1 sobre", "CU", 1.0, 1, 40, "USD",
         "dyed craft feathers are chicken or goose feathers dyed to an even, flat red right into the quill; these "
         "300 are stiff, square-tipped scarlet tail feathers of one size with pale, undyed quills: red tail feathers "
         "of the grey parrot (Psittacus erithacus, CITES App. I), the ekodide used in Santería initiations, posted "
         "from Havana to a private person in Madrid; Cuban Spanish wording (grey-parrot tail feathers repeat once, "
         "for Yoruba and Edo chiefs; kept as a repeat, a Santería order by post from Cuba is the new part as far as "
         "a search found)", person("Maria Lopez", "ES")),
        ("WLF-10", "import", "DEAIR01", "express", "IL", [], "DE", "050790",
         "שופר קודו תימני, טבעי, מלוטש, 3 יחידות", "IL", 3.6, 3, 900, "ILS",
         "Yemenite kudu shofars are long, smooth, spiralled horns with a rounded keel and brown-grey colour; these "
         "three have a flattened corkscrew twist with a sharp front keel, heavy ridges and a greyish, fibrous core: "
         "markhor horn (Capra falconeri, CITES App. I/II) without CITES documents, sent by express from Jerusalem "
         "to a Berlin synagogue supplier; Hebrew wording (markhor repeats in several sets and a shofar workshop once, "
         "on argali horns from Kyrgyzstan in blind133; kept as a repeat, finished shofars by express from Israel "
         "are the new part as far as a search found)", firm("Nordhafen Judaica GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "AU", "IE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "AU", 2, 2, 90, "AUD",
     [("PRECURSOR_LICENCE", "IE-DOJ-64-0031")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "TR", "DE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (mortuary hygiene training)", "TR", 4.5, 4, 40,
     "EUR", [("PRECURSOR_LICENCE", "DE-BMI-64-0217")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262190",
     "Crematorium flue-gas cleaning residues with mercury (19 01 07*), for disposal in a licensed salt-mine "
     "repository, 18 t", "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-64-0112")],
     "notified crematorium residues to a licensed underground disposal site"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "300490",
     "Expired pharmaceuticals from hospital and convent pharmacies (18 01 09), for licensed incineration, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-64-0046")],
     "notified waste pharmaceuticals to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "CYSEA01", "sea", "LB", "CY", "290376",
     "Halon 1301, recovered, 12 cylinders, for reclamation at a licensed halon bank", "LB", 1200, 12, 0, "USD",
     [("ODS_LICENCE", "CY-DoE-ODS-64-003")], "recovered halon imported for a licensed reclamation"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 100 ml, for essential laboratory use", "US", 1.6, 10, 600,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-64-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "PH", "970310",
     "Ivory santo, Virgin of the Immaculate Conception, Manila, c. 1750, documented Spanish collection since 1958, "
     "loan to a Manila museum", "ES", 6, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-64-0027")],
     "church sculpture exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Funeral hatchment (rouwbord), oil on panel, Friesland, 1702, deaccessioned by a parish with the export "
     "permit", "NL", 18, 1, 32000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-64-0140")],
     "church furnishing exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "846490",
     "5-axis machining centre for a granite-memorial maker's tooling shop, 1 unit", "IT", 9000, 1, 180000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-64-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-64-0088")],
     "dual-use machining centre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SISEA01", "sea", "SI", "KR", "293190",
     "Dimethyl methylphosphonate, flame retardant, 20 drums, for a Korean polyurethane maker", "SI", 4400, 20,
     22000, "EUR", [("EXPORT_LICENCE", "SI-MGTS-64-0019"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-64-0102")],
     "dual-use DMMP under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "VN", "FR", "940360",
     "Ancestral altar tables, Dalbergia cochinchinensis, from registered pre-listing stock, 4 sets", "VN", 480, 4,
     6400, "USD", [("CITES_PERMIT", "VN-CITES-64-0311")], "App. II rosewood furniture with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "express", "IL", "DE", "050790",
     "Shofar from a kudu horn, Tragelaphus strepsiceros, with South African and Israeli CITES papers, 1", "IL", 1.2,
     1, 300, "ILS", [("CITES_PERMIT", "IL-INPA-64-0075")], "shofar with its CITES re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Mr Seán Murphy", "PRM-02": "Privatperson", "PRM-05": "Orion Fire Protection Ltd",
    "PRM-06": "Central Analytik GmbH", "PRM-11": "Orion Bàn Thờ SARL", "PRM-12": "Nordhafen Judaica GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, mostly the ordinary
    # supplies of funeral homes, monument masons, cemetery stalls and church, mosque and temple shops
    ("271019", "Icon-lamp oil, liquid paraffin, 1 l bottles", "import", ["road"], ["UA", "RS"], (1.5, 3), (1000, 4000), ["EUR"], 1, S),
    ("130190", "Church incense, resin grains, rose-scented, 500 g tins", "import", ["post"], ["GE", "GR"], (15, 30), (1, 3), ["EUR"], 2, S),
    ("330790", "Ghusl water with sidr and camphor, 1 l bottles", "import", ["express"], ["TR"], (5, 10), (1, 4), ["EUR", "TRY"], 1, S),
    ("330499", "Mortuary cosmetic creams and tints, 250 ml", "import", ["express"], ["US", "PH"], (15, 30), (1, 4), ["USD"], 4, S),
    ("340290", "Candle-soot and wax cleaner for churches, alkaline, 1 l", "import", ["sea"], ["AR", "US"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("251741", "White marble grave chippings, 25 kg sacks", "import", ["road"], ["MD", "TR"], (0.15, 0.3), (14000, 22000), ["EUR"], 0.04, S),
    ("691390", "Ceramic cremation urns, empty, boxed", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 6000), ["USD"], 0.3, S),
    ("253090", "Gopi chandan tilak clay, 100 g packets", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 10, S),
    ("250100", "Purification salt sachets for funerals (sea salt)", "import", ["post"], ["JP"], (20, 40), (1, 3), ["JPY", "EUR"], 300, S),
    ("340600", "Beeswax church tapers", "import", ["air", "sea"], ["AM", "UA"], (6, 10), (200, 2000), ["EUR"], 15, S),
    ("790500", "Zinc roofing sheet, new, titanium-zinc coils", "export", ["road"], ["RS", "TR"], (2.5, 3.5), (15000, 22000), ["EUR"], None, S),
    ("440399", "Reclaimed oak beams, sound, from barns", "export", ["road"], ["RS", "BA"], (0.3, 0.6), (15000, 22000), ["EUR"], None, S),
    ("690290", "Terre battue for tennis courts, crushed brick", "export", ["sea"], ["MA", "TN"], (0.08, 0.15), (20000, 26000), ["EUR"], None, S),
    ("870390", "Used hearses, roadworthy, with test report", "export", ["sea"], ["GH", "NG"], (3, 6), (2000, 6000), ["EUR"], 0.0005, S),
    ("630900", "Worn clothing, sorted, for charity", "export", ["sea"], ["GQ", "CM", "GH"], (0.3, 0.8), (6000, 14000), ["EUR"], None, S),
    ("380894", "Surface disinfectant concentrate, 5 l cans", "export", ["sea"], ["CD", "SN"], (2, 4), (4000, 12000), ["EUR"], 0.2, S),
    ("670290", "Artificial flowers, polyester, new, boxed", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 10, S),
    ("392043", "PVC mortuary sheeting, new, rolls", "export", ["road"], ["RS", "TR"], (2, 3.5), (12000, 22000), ["EUR"], None, S),
    ("391810", "Vinyl floor tiles, new, boxed", "import", ["sea"], ["CN", "KR"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("841850", "Refrigerated display cabinets, R-290", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD", "EUR"], 0.008, S),
    ("392690", "Floral foam bricks, pentane-blown", "import", ["sea"], ["MY", "CN"], (1.5, 2.5), (3000, 8000), ["USD"], 8, S),
    ("710813", "Gold leaf 23 ct for gilding, books of 25 leaves", "import", ["air"], ["CH", "TR"], (2000, 4000), (1, 5), ["EUR", "USD"], 100, S),
    ("281129", "Inert-gas extinguishing agent IG-541 cylinders", "import", ["sea"], ["LB", "TR"], (4, 8), (1000, 3000), ["USD"], 0.01, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["IN", "US"], (1, 1.8), (8000, 16000), ["USD"], None, S),
    ("381400", "Citrus candle-wax remover, 1 qt", "import", ["express"], ["US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("841861", "Heat pumps, new, R-290 charge", "import", ["sea"], ["CN", "KR"], (8, 14), (3000, 8000), ["USD"], 0.01, S),
    ("731100", "Empty gas cylinders, new, unfilled", "import", ["sea"], ["CN", "TR"], (2, 4), (6000, 14000), ["USD"], 0.05, S),
    ("570242", "Prayer mats, polyester, woven", "import", ["sea"], ["BD", "TR"], (2, 4), (2000, 6000), ["USD"], 1.5, S),
    ("392640", "Resin santo figures, new", "import", ["post"], ["PH", "MX"], (20, 40), (1, 3), ["USD"], 1, S),
    ("680291", "Carved marble garden slabs, new", "import", ["road"], ["TR"], (0.6, 1.2), (8000, 20000), ["EUR"], 0.01, S),
    ("491191", "Printed Buddhist paintings on canvas, new", "import", ["express"], ["KR", "NP"], (40, 80), (1, 2), ["USD"], 2, S),
    ("442090", "Carved wooden saint figures, new craft", "import", ["sea"], ["BR", "PH", "VN"], (5, 10), (1000, 4000), ["USD"], 0.1, S),
    ("950510", "Day-of-the-Dead papier-mâché figures", "import", ["sea"], ["MX"], (3, 6), (500, 3000), ["USD"], 0.5, S),
    ("970390", "Carved wooden Buddha figures, new", "import", ["air"], ["JP", "TH"], (15, 30), (100, 500), ["USD"], 0.1, S),
    ("442199", "Mashrabiya panels, new, beech", "import", ["sea"], ["EG", "MA"], (2, 4), (2000, 6000), ["USD"], 0.03, S),
    ("711319", "Tumbaga jewellery replicas, stamped", "import", ["express"], ["CO", "PE"], (80, 160), (1, 2), ["USD"], 30, S),
    ("846490", "Granite bridge saws for monument masons, new", "export", ["sea"], ["TR", "IN"], (6, 12), (4000, 12000), ["EUR"], 0.0002, S),
    ("442199", "Pine coffins, lacquered", "import", ["road"], ["UA", "RS"], (1.5, 2.5), (6000, 12000), ["EUR"], 0.025, S),
    ("940360", "Acacia-wood ancestral altar cabinets", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.01, S),
    ("441490", "Memorial portrait frames, pine", "import", ["sea"], ["CN", "MY"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("960190", "Rosaries, olive-wood beads", "import", ["post"], ["IL", "PS"], (20, 40), (1, 2), ["USD", "EUR"], 20, S),
    ("050790", "Ram's-horn shofars, polished", "import", ["express"], ["IL"], (60, 120), (1, 3), ["ILS", "USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new
# rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("450490", "Cork memo boards, framed", "import", ["sea"], ["CN", "PT"], (3, 5), (2000, 6000), ["USD", "EUR"], 1, N),
        ("392410", "Silicone kitchen spatulas, boxed sets", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 5, N),
        ("940360", "Floating wall shelves, oak veneer", "import", ["sea", "road"], ["CN", "UA"], (3, 5), (3000, 8000), ["USD", "EUR"], 0.5, N),
        ("392490", "Melamine serving trays", "import", ["post", "express"], ["CN", "GB"], (12, 25), (1, 4), ["USD", "GBP"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind227", 20640101, HERE)


if __name__ == "__main__":
    main()
