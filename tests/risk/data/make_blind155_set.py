#!/usr/bin/env python3
"""Writes the hundred-and-fifty-fifth blind set (tests/risk/data/blind155-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2052, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Western Europe emphasis (France, the Benelux, Germany, Switzerland and Austria as
origins, transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL155-*:

    python3 tests/risk/data/make_blind155_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "CH", [], "FR", "190531",
         "Basler Läckerli, Gschänkdose 500 g", "CH", 0.5, 1, 18, "CHF",
         "a Swiss gift parcel from Basel to a private person in Mulhouse: Läckerli and chocolate are what such "
         "parcels hold, but the third item's two 'Zuger Chriesiwasser' bottles smell of nothing (kirsch smells of "
         "alcohol and bitter almond and weighs 0.95 kg/l), weigh 1.13 kg/l, have vented caps, foam on a cut and "
         "whiten the skin: about 35 % hydrogen peroxide (Annex I of Regulation 2019/1148 above 12 %) sent to a "
         "member of the public, hidden as the last item of a three-item declaration; Swiss German wording "
         "(hydrogen peroxide repeats in many sets and spirit covers in a few; a kirsch label was found in no "
         "earlier row by a keyword search)",
         dict(person("Mme Odile Schmitt", "FR"),
              _more_items=[item("180632", "Schoggi-Tafle, Milch und dunkel, 6 Stück", "CH", 0.6, 24, "CHF", qty=6),
                           item("220890", "Zuger Chriesiwasser, 2 Fläsche à 7 dl", "CH", 1.6, 70, "CHF", qty=2)])),
        ("PRE-02", "import", "FRROAD01", "road", "CH", [], "FR", "220890",
         "Absinthe blanche « La Bleue » du Val-de-Travers, 72 % vol., 120 cartons de 6 x 70 cl", "CH", 1176, 720,
         21600, "CHF",
         "la Bleue is a colourless absinthe of 0.93 kg/l that smells of anise and wormwood and turns milky when "
         "water is added; these 720 bottles weigh 1.40 kg/l, fume brown when opened, smell sharp, stay clear in "
         "water, turn the skin yellow and eat a copper coin: about 65 % nitric acid (Annex I above 3 %) retail-"
         "packed for a Pontarlier cellar and delicatessen that sells to the public, on a van at Les Verrières; "
         "Swiss French wording from Neuchâtel (nitric acid repeats in many sets and spirit covers in a few; an "
         "absinthe label was found in no earlier row by a keyword search)",
         firm("Comptoir du Haut-Doubs SARL", "FR")),
        ("PRE-03", "import", "FRSEA01", "sea", "MA", [], "FR", "271019",
         "Huile de vaseline codex (paraffine liquide), flacons de 1 l, 6 000 flacons", "MA", 11040, 6000, 6600,
         "EUR",
         "medicinal liquid paraffin is a tasteless, oily, colourless liquid of 0.85 kg/l that floats on water; these "
         "6,000 bottles weigh 1.84 kg/l, sink, grow hot and spit when a drop of water falls in and char a paper "
         "label: about 96 % sulphuric acid (Annex I above 15 %) for a Marseille 'droguerie' wholesaler whose shops "
         "sell to the public, by sea from Casablanca; Moroccan French wording (sulphuric acid repeats in many sets, "
         "and vaseline-oil labels in blind131, blind133 and blind134, in Russian, Tajik and Kyrgyz, and a baby-oil "
         "label in blind109; kept as a repeat, a commercial lot by sea from Morocco to Marseille is the new part)", firm("Droguerie Phocéenne SARL", "FR")),
        ("PRE-04", "import", "BESEA01", "sea", "CN", [], "BE", "380510",
         "Essence de térébenthine pure (gemme), flacons de 1 l, 4 000 flacons", "CN", 4560, 4000, 5200, "USD",
         "gum turpentine smells strongly of pine resin, is 0.86 kg/l and floats on water; these 4,000 bottles have no "
         "pine smell at all, weigh 1.14 kg/l, sink and partly mix with water, and the filler's drum labels in the "
         "same container read 'CH3NO2': nitromethane (Annex I above 16 %) retail-packed for a Brussels art-supply "
         "and DIY chain that sells to the public, by sea from Qingdao to Antwerp; Belgian French wording "
         "(nitromethane repeats in many sets; a turpentine label appears once, on carbon tetrachloride in an ozone "
         "row of blind119; on a precursor it was found in no earlier row by a keyword search)",
         firm("Atelier Couleurs Bruxelles SA", "BE")),
        ("PRE-05", "import", "ATPOST01", "post", "CN", [], "AT", "340540",
         "Wiener Kalk Polierpulver für Edelstahl und Messing, 4 x 500 g", "CN", 2, 4, 16, "EUR",
         "Wiener Kalk is a soft, matt, chalky powder of calcined dolomite that takes up water and smells of lime; "
         "these four tins hold glistening, tasteless crystals that do not cake in water, crackle and flare violet on "
         "a hot plate and carry 'KClO3' on the inner bags: potassium chlorate (Annex I above 40 %) posted from "
         "Shenzhen to a private person in Graz; German wording of a web-shop seller (potassium chlorate repeats in "
         "many sets; a Wiener-Kalk polishing label was found in no earlier row by a keyword search)",
         person("Frau Ingrid Pichler", "AT")),
        ("PRE-06", "import", "FRSEA01", "sea", "MU", [], "FR", "170199",
         "Disik glas (sucre glace de canne) pou patisri, pake 500 g, 20 000 pake", "MU", 10000, 20000, 9000, "EUR",
         "cane icing sugar is a soft, sweet, ivory powder that dissolves at once and cakes in damp air; these packs "
         "hold a gritty, heavy, pure-white crystalline powder that barely dissolves, sinks in water and spits violet "
         "sparks on a flame, and the inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %) retail-"
         "packed for a Paris pastry-supply cash-and-carry that sells to the public, by sea from Port Louis to "
         "Marseille; Mauritian Creole wording (potassium perchlorate repeats in many sets and sugar covers in "
         "several, an icing-sugar item once in blind53; a Mauritian cane-icing-sugar label is the new part as far "
         "as a search found)", firm("Pâtisserie Fournitures Île-de-France SARL", "FR")),
        ("PRE-07", "import", "FRROAD01", "road", "AD", [], "FR", "283630",
         "Bicarbonat de sodi (sal de Vichy) per a la digestió, bosses d'1 kg, 600 bosses", "AD", 600, 600, 900,
         "EUR",
         "Vichy salt is sodium bicarbonate: a soft, slightly salty white powder that fizzes with vinegar; these 600 "
         "bags hold hard, cold-tasting crystals that do not fizz with vinegar, draw damp and burn fiercely with "
         "sugar, the old French weedkiller that gardeners still buy in Andorra: sodium chlorate (Annex I above "
         "40 %) for a Perpignan garden centre that sells to the public, in a van at Pas de la Casa; Catalan "
         "wording from Andorra (sodium chlorate repeats in many sets and bicarbonate labels in several; a Vichy "
         "label and the Andorra-France road were found in no earlier precursor row by a keyword search)",
         firm("Jardinerie du Roussillon SARL", "FR")),
        ("PRE-08", "import", "NLAIR01", "express", "CN", [], "NL", "282720",
         "Navulling voor vochtvreter, calciumchloride tabletten, 4 x 1 kg", "CN", 4, 4, 20, "EUR",
         "moisture-absorber refills are pressed white calcium-chloride tablets that grow warm in water and turn to "
         "brine in a damp room; these four bags hold loose, sugary crystals that make water cold, deliquesce only "
         "slowly and burn brightly mixed with sugar, and the supplier's sheet reads 'NaClO4 · H2O': sodium "
         "perchlorate (Annex I above 40 %) sent by express from Shenzhen to a private person in Zwolle; Dutch "
         "wording (sodium perchlorate repeats in many sets; a moisture-absorber refill label was found in no "
         "earlier row by a keyword search)", person("Dhr. R. Visser", "NL")),
        ("PRE-09", "import", "BESEA01", "sea", "LB", [], "BE", "170490",
         "ملبّس يانسون (dragées à l'anis), أكياس 1 كغ، 20 000 كيس", "LB", 20000, 20000, 24000, "USD",
         "aniseed dragées are hard, glossy sugar shells round an anise seed, sweet and smelling of anise; these "
         "bags hold matt, porous, white prills with no seed inside, no sweetness and no smell, that turn ice-cold "
         "in water and read 34 % N on a field test: ammonium nitrate (Annex I at 16 % N or more) retail-packed for "
         "a Brussels oriental-sweets wholesaler whose shops sell to the public, by sea from Beirut to Antwerp; "
         "Lebanese Arabic wording (ammonium nitrate repeats in many sets and sugar-sprinkle covers in several; a "
         "dragée label was found in no earlier row by a keyword search)", firm("Cèdre Douceurs SA", "BE")),
        ("PRE-10", "import", "LUPOST01", "post", "CN", [], "LU", "240419",
         "E-Liquid Basis 50/50 (VG/PG), ouni Nikotin, 3 Fläsche vun 1 Liter", "CN", 3.4, 3, 30, "EUR",
         "a VG/PG e-liquid base is a thick, syrupy, faintly sweet liquid that clings to the bottle; these three "
         "bottles hold a water-thin, tasteless liquid with vented caps that foams on a cut and whitens the skin, "
         "although its density (1.13 kg/l) is close to that of the base: about 35 % hydrogen peroxide (Annex I above "
         "12 %) posted from Shenzhen to a private person in Esch-sur-Alzette; Luxembourgish wording (hydrogen "
         "peroxide repeats in many sets and an e-liquid-base cover once, propylene glycol for a Swedish private "
         "person in blind48; kept as a repeat, a VG/PG base by post to Luxembourg is the new part)",
         person("Här J. Weber", "LU")),
    ],
    "waste": [
        ("WST-01", "export", "FRROAD01", "road", "FR", ["ES"], "MA", "440420",
         "Échalas de vigne neufs, acacia non traité, 1,80 m, 24 t", "FR", 24000, None, 2400, "EUR",
         "new acacia vine stakes are split, irregular, yellow-brown, untreated wood; this lorry holds round, "
         "machine-peeled pine posts with a greenish tint, wire-staple holes, rotten points caked with vineyard soil "
         "and a copper-arsenic spot test that turns at once, pulled out during a Médoc replanting: CCA-treated wood "
         "(17 02 04*), hazardous waste whose export to a non-OECD country is banned, from Bordeaux through Spain "
         "and the Algeciras ferry to an Agadir 'vineyard' buyer; Bordeaux French wording (CCA-treated posts repeat "
         "once, as firewood in dev25-b; a vine-stake label was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-02", "import", "DEROAD01", "road", "CH", [], "DE", "251710",
         "Edelsplitt 4/8 mm für den Winterdienst, lose, 26 t", "CH", 26000, None, 780, "EUR",
         "gritting chippings are clean, sharp, grey crushed stone; this tipper holds black, bitumen-coated lumps "
         "that smell of tar and mothballs and turn a PAH spray mark dark at once, milled off an old Basel "
         "cantonal road: tar-containing road planings (17 03 01*), hazardous waste brought into Germany without "
         "the notification and consent it needs, at Weil am Rhein for a Lörrach 'winter-services' contractor; "
         "German wording of a Basel haulier (tar-containing asphalt repeats in blind7, blind26 and dev25-b, from the "
         "Netherlands and Germany; a gritting-chippings label and the Swiss route are the new part as far as a "
         "search found)", firm("Markgräfler Winterdienst GmbH", "DE")),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "IN", "700100",
         "Calcin de cristal au plomb, chutes de cristallerie (Val-Saint-Lambert), big bags, 22 t", "BE", 22000,
         None, 4400, "EUR",
         "crystal-works cullet is clear, colourless, heavy glass with clean edges; these bags hold brown- and "
         "grey-tinted curved shards with a black graphite coating on the inside, frit seams and phosphor dust from "
         "screen panels, the funnel glass of crushed television and monitor tubes: CRT glass (19 12 11*, 16 02 15*), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Mundra; Belgian French "
         "wording (CRT glass repeats in several sets as retro monitors and lamp glass as cullet; a crystal-works "
         "cullet label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "transit", "FRSEA01", "sea", "CH", ["FR"], "IN", "340590",
         "Pâte à polir verte pour l'horlogerie, blocs, invendus, fûts, 18 t", "CH", 18000, None, 3600, "EUR",
         "the green polishing paste of the watch trade comes as hard, waxy, bright-green sticks wrapped in paper; "
         "these drums hold a wet, grey-green, clay-like filter cake with 55 % water that smells of ammonia and reads nickel, copper, "
         "chromium and traces of gold and rhodium, from the plating shops of Jura watchmakers: galvanic sludge "
         "(11 01 09*), hazardous waste whose export to a non-OECD country the Basel ban forbids, moved through "
         "France without the consent of the transit state, landed at Marseille-Fos in transit from La Chaux-de-"
         "Fonds to Chennai; Swiss French wording (galvanic sludge repeats in several sets, from Switzerland to "
         "Tunisia under a chromium-oxide pigment label in blind119 and under a nickel-hydroxide label in blind31; "
         "a polishing-paste label and a Swiss transit through France were found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-05", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "340319",
         "Kühlschmierstoff-Konzentrat, wassermischbar, Restposten, 20 IBC à 1.000 l", "DE", 19600, 20, 3000,
         "EUR",
         "a water-miscible cutting-fluid concentrate is a clear, amber, oily liquid that turns milky only when "
         "mixed; these IBCs hold a grey, already-milky, rancid-smelling emulsion with 95 % water, metal fines and a "
         "layer of tramp oil, drained from the machine sumps of Swabian turning shops: spent machining emulsions "
         "(12 01 09*), hazardous waste whose export to a non-OECD country is banned, by lorry from Stuttgart "
         "through Austria and Hungary to a Niš 'metalworking' firm; German wording (spent emulsions under "
         "concentrate labels repeat in blind16, Romania to Moldova, and dev18-d; kept as a repeat, Swabian "
         "turning shops by road to Serbia are the new part)", {"importer_country": "RS"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "MA", "250840",
         "Klei voor baksteenfabricage, gezeefd, bulk, 2.400 t", "BE", 2400000, None, 24000, "EUR",
         "brick clay is a plastic, earthy, evenly brown or grey clay; this bulk cargo is black, greasy and sandy, "
         "smells of rotten eggs and diesel, holds shells, rags and paint flakes and reads mineral oil, PAH and "
         "tributyltin, dredged from the Ghent-Terneuzen canal docks: dredging spoil containing hazardous substances "
         "(17 05 05*), hazardous waste whose export to a non-OECD country is banned, from Ghent to Nador for a "
         "'brickworks'; Flemish wording (dredged sludge repeats once, as a soil improver in dev7-b, and brick-clay "
         "labels on other wastes in blind40, gasworks soil from Austria to Serbia, and blind67; kept as a repeat, "
         "canal spoil from Belgium to Morocco is the new part)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "282739",
         "Kupferchloridlösung, technisch, für Holzimprägnierung, 24 IBC", "AT", 31200, 24, 4800, "EUR",
         "technical copper chloride solution is a clear, blue-green liquid sold with a specification; these IBCs "
         "hold a dark olive, fuming liquor with 10 % free hydrochloric acid and 130 g/l copper, drained from the "
         "etching lines of a Styrian circuit-board maker: spent acid etchant (11 01 05*), hazardous waste whose "
         "export to a non-OECD country is banned, by lorry from Leoben through Slovenia and Croatia to a Tuzla "
         "'wood-preserving' buyer; Austrian German wording (spent etchant under a copper-chloride label repeats "
         "in blind94, as a fertiliser micronutrient from Germany to Kenya, and dev20-b; kept as a repeat, a "
         "wood-impregnation label by road from Styria to Bosnia is the new part)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "BEROAD01", "road", "BE", [], "GB", "251710",
         "Gewassen spoorballast, graniet 25/50, voor wegenbouw, 28 t", "BE", 28000, None, 840, "EUR",
         "washed track ballast is clean, angular, grey granite; this tipper holds dusty, oil-blackened stone with "
         "sleeper splinters, creosote smell and a herbicide-and-mineral-oil analysis far above the limits, dug out "
         "of a Flemish marshalling yard: track ballast containing hazardous substances (17 05 07*), hazardous "
         "waste shipped to an OECD country without the notification and consent it needs, from Zeebrugge to Hull "
         "for a 'landscaping' contractor; Flemish wording (contaminated track ballast repeats in several sets "
         "under crushed-stone labels, blind104 among them, and creosoted sleepers in a few; a washed-ballast "
         "label to Britain was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "VN", "392010",
         "Tuinbouwfolie, nieuw, tweede keus (B-kwaliteit), PE, op rollen, 24 t", "NL", 24000, None, 2400, "EUR",
         "second-grade new greenhouse film comes on clean cores with the maker's labels; these rolls are wound "
         "from dirty, sun-brittled, torn film with clips, soil and plant remains, stripped from Westland "
         "greenhouses: plastic waste (Basel Y48 mixed and contaminated), whose export to a non-OECD country the "
         "Union's waste-shipment rules forbid, from Rotterdam to Hai Phong; Dutch wording (greenhouse film waste "
         "repeats in blind34 and blind142 and plastic film in several sets under regrind labels; a new-film "
         "second-grade label was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-10", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS"], "MK", "320890",
         "Holzlasur, lösemittelhaltig, Restposten, Gebinde 2,5 l, 3.200 Stück", "DE", 8800, 3200, 3200, "EUR",
         "a surplus wood stain comes in bright, current tins with a hazard label and a 2040s date code; these are "
         "rusted tins from the 1970s and 1980s with old brand names, a phenolic smell, crystals in the lids and "
         "'Pentachlorphenol' and 'Lindan' in the ingredient lists, cleared out of a Franconian builders' "
         "merchant's cellar: obsolete wood preservatives containing POPs (03 02 02*), hazardous waste whose export "
         "to a non-OECD country is banned, by lorry to a Skopje 'DIY' wholesaler; German wording (obsolete "
         "pesticides repeat in several sets, and a wood-stain clearance label once, on paint sludge from Croatia "
         "in blind127; PCP and lindane stocks under it are the new part as far as a search found)",
         {"importer_country": "MK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "CN", [], "FR", "841850",
         "Armoires d'affinage pour fromages, réfrigérant R-290, 120 unités", "CN", 14400, 120, 96000, "USD",
         "cheese-ripening cabinets on R-290 carry a flame symbol, a charge below 150 g and a sealed hydrocarbon "
         "circuit; these 120 have no flame mark, a 1.2 kg charge and service ports, and the nameplates under the "
         "French stickers read 'R404A': plug-in commercial refrigeration with an HFC of GWP 3,922, whose placing "
         "on the Union market Regulation 2024/573 forbids, by sea from Ningbo to Le Havre for a fromager-"
         "equipment supplier; French wording (plug-in HFC cabinets repeat in several sets, and cheese-ripening "
         "rooms once, exported from Italy to Albania with R-22 in blind125; new HFC cabinets imported under an "
         "R-290 cheese-ripening label are the new part as far as a search found)", firm("Affinage Équipement SAS", "FR")),
        ("OZN-02", "import", "DESEA01", "sea", "CN", [], "DE", "853720",
         "Mittelspannungs-Ringkabelschaltanlagen 24 kV, vakuumisoliert, SF6-frei, 40 Stück", "CN", 28000, 40,
         320000, "USD",
         "vacuum-insulated ring-main units have a vacuum interrupter in air or dry-air insulation and no gas "
         "pressure gauge; these 40 carry a density monitor, a filling valve and 1.8 kg of gas at 1.4 bar in a "
         "welded tank, and a leak detector reads sulphur hexafluoride: SF6-insulated medium-voltage switchgear, "
         "whose placing on the Union market Regulation 2024/573 forbids, by sea from Xiamen to Hamburg for a "
         "Hessian distribution-network contractor; German wording (SF6 switchgear repeats once, under its own name "
         "in dev21-d; an SF6-free vacuum label was found in no earlier row by a keyword search)",
         firm("Nordhafen Netztechnik GmbH", "DE")),
        ("OZN-03", "import", "BESEA01", "sea", "CN", [], "BE", "841869",
         "Koelgroepen voor koeltrailers, natuurlijk koudemiddel CO2 (R-744), 60 stuks", "CN", 36000, 60, 270000,
         "USD",
         "CO2 transport-refrigeration units work at up to 130 bar with thick-walled tubing and carry 'R-744' on "
         "stamped plates; these 60 have thin copper circuits rated 30 bar, charge labels of 6 kg and sight glasses "
         "of an HFC system, and the gas reads R-404A: pre-charged equipment with an HFC of GWP 3,922 placed on the "
         "market without the quota authorisation Regulation 2024/573 requires, for a Flemish trailer builder, by "
         "sea from Qingdao to Antwerp; Flemish wording (trailer refrigeration units repeat once, with R-452A "
         "under a nitrogen-holding-charge label in blind53; units under a CO2 (R-744) label were found in no "
         "earlier row by a keyword search)",
         firm("Kempen Trailerbouw NV", "BE")),
        ("OZN-04", "import", "LUAIR01", "air", "CN", [], "LU", "280429",
         "Partygas-Dosen Helium (Mickey-Maus-Stëmm), 0,3 l, 6.000 Stéck", "CN", 1800, 6000, 9000, "EUR",
         "helium party cans are light (a few grams of gas each) and make the voice squeak; these 6,000 cans are "
         "heavy, the gas pours out like water and drops the voice to a growl, and a gas test gives sulphur "
         "hexafluoride: 'deep-voice' novelty cans of SF6, a fluorinated gas of GWP 23,500 whose use in novelty "
         "aerosols Regulation 2024/573 forbids, flown from Shanghai to Findel for a Luxembourg party-supply "
         "wholesaler; Luxembourgish wording (SF6 repeats in several sets, in tyres, windows and switchgear, and "
         "helium balloon kits once, in blind20; a party-voice helium label was found in no earlier row by a "
         "keyword search)", firm("Fête et Ballons Sàrl", "LU")),
        ("OZN-05", "export", "FRSEA01", "sea", "FR", [], "SN", "841869",
         "Chambres froides démontables d'occasion, groupes CO2 (R-744) révisés, 4 ensembles", "FR", 6400, 4,
         12000, "EUR",
         "reconditioned cold rooms on CO2 come with new high-pressure units and a test report; these four, taken "
         "out of Marseille bakeries, still run on their 1990s condensing units with about 9 kg of R-22 each and "
         "the 'CO2' plates are new stickers: equipment containing HCFCs, whose export from the Union Regulation "
         "2024/590 forbids, from Marseille to Dakar for a bakery chain; French wording (R-22 equipment for export "
         "repeats in many sets, and second-hand dismountable cold rooms in blind53 and blind138 under the same "
         "kind of label; kept as a repeat, a CO2 (R-744) label on Marseille bakery rooms is the new part)", {"importer_country": "SN"}),
        ("OZN-06", "transit", "NLSEA01", "sea", "CN", ["NL"], "CH", "290342",
         "Difluormethaan (R-32), koudemiddel, navulbare cilinders 10 kg, 400 stuks", "CN", 4000, 400, 9600, "USD",
         "R-32 cylinders are red-banded, marked flammable (A2L) and read about 15 bar at 20 °C; these 400 carry no "
         "flammability mark under the new labels, read 9 bar and the gas test gives chlorodifluoromethane: HCFC-22, "
         "an ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Rotterdam in transit from Tianjin to a Basel refrigerant wholesaler by Rhine barge; Dutch "
         "wording (HCFC-22 repeats in many sets and R-32 labels in several; a transit by the Rhine to Switzerland "
         "is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-07", "export", "ATROAD01", "road", "AT", ["HU"], "UA", "841869",
         "Milchkühltanks, gebraucht, 3.000 l, mit Kälteaggregat, 8 Stück", "AT", 9600, 8, 16000, "EUR",
         "second-hand bulk-milk tanks for export are sold drained or refilled with a current refrigerant and "
         "tagged; these eight, taken off Tyrolean and Salzburg dairy farms, still hold their original charge of "
         "about 6 kg of R-22 each in sealed condensing units: equipment containing HCFCs, whose export from the "
         "Union Regulation 2024/590 forbids, by lorry through Hungary to a Mukachevo dairy cooperative; Austrian "
         "German wording (milk-cooling tanks with HCFC or HFC charges repeat in blind55, blind66, blind113 and "
         "blind120; kept as a repeat, Alpine farm tanks by road to Transcarpathia are the new part)", {"importer_country": "UA"}),
        ("OZN-08", "import", "NLSEA01", "sea", "CN", [], "NL", "841581",
         "Dakairco's voor campers en caravans, R-290, 12 V/230 V, 300 stuks", "CN", 10500, 300, 180000, "USD",
         "camper roof air conditioners on R-290 carry a flame symbol and a charge of a few hundred grams; these "
         "300 have no flame mark, a 650 g charge and service valves, and the compressors are stamped 'R410A': "
         "self-contained air conditioners with an HFC of GWP 2,088, whose placing on the Union market Regulation "
         "2024/573 forbids, by sea from Ningbo to Rotterdam for a Brabant camper-accessory wholesaler; Dutch "
         "wording (camper air conditioners repeat once, a single 12 V unit with R-134a posted from Ukraine in "
         "blind47; a container of roof units from China to Rotterdam is the new part as far as a search found)", firm("Brabant Kampeer Techniek BV", "NL")),
        ("OZN-09", "import", "FRPOST01", "post", "GB", [], "FR", "381400",
         "Nettoyant pour lentilles de télescope, flacon 2 x 500 ml", "GB", 1.6, 2, 30, "GBP",
         "optics cleaning fluid is a light, alcohol-smelling liquid of about 0.8 kg/l; these two bottles hold a "
         "heavy (1.59 kg/l), sweet-smelling liquid that does not burn and boils at 77 °C, old laboratory stock "
         "re-bottled by a seller in Kent: carbon tetrachloride, whose import into the Union is banned, posted to a "
         "private amateur astronomer in Saint-Malo; French wording of a British seller (carbon "
         "tetrachloride repeats in many sets; a telescope-optics cleaning label was found in no earlier row by a "
         "keyword search)", person("M. Yann Le Goff", "FR")),
        ("OZN-10", "import", "SISEA01", "sea", "CN", [], "AT", "847621",
         "Avtomati za pijače s hlajenjem, hladivo R-290, 80 kosov", "CN", 16000, 80, 88000, "USD",
         "drink vending machines on R-290 carry a flame symbol and a charge of about 150 g; these 80 have no flame "
         "mark, a 900 g charge and an HFC sight glass, and the compressor tags read 'R134a': plug-in commercial "
         "refrigeration with an HFC of GWP 1,430, whose placing on the Union market Regulation 2024/573 forbids, "
         "landed at Koper for a Vienna vending operator; Slovenian wording of the Koper broker (vending machines "
         "with HFC repeat in blind40, used ones from Japan to Poland, and blind20 and dev25-b; kept as a repeat, "
         "new machines through Koper for Austria are the new part)", firm("Wiener Automaten Service GmbH", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEROAD01", "road", "CH", [], "DE", "691390",
         "Repliche in ceramica per bookshop museale, vasi greci dipinti, 3 pezzi", "CH", 24, 3, 450, "CHF",
         "museum-shop replicas are light, evenly fired and stamped underneath; these three are a volute krater, "
         "a pelike and a lekythos painted with red figures, with root marks, calcite crust, old joins and a "
         "Polaroid of each in the crate lying on earth: Apulian red-figure vases (4th century BC) dug up in "
         "southern Italy and stored for decades in a Geneva freeport, archaeological objects brought in without "
         "the import licence Regulation 2019/880 requires (and against Italy's law), at Basel for a Munich "
         "dealer; Italian wording from Ticino (a red-figure krater repeats once, in blind16, and museum-replica "
         "labels on Greek terracottas in blind46, blind50 and blind105; painted vases from a Geneva freeport by "
         "road are the new part as far as a search found)",
         firm("Isar Antiken GmbH", "DE")),
        ("CUL-02", "export", "BEAIR01", "air", "BE", [], "US", "442090",
         "Sculpture décorative contemporaine, bois et clous, atelier de Kinshasa, 1 pièce", "BE", 14, 1, 600,
         "EUR",
         "new Kinshasa workshop carvings are light, pale wood with even nails and a brown shoe-polish patina; this "
         "one is a heavy, dark power figure bristling with hand-forged blades and nails, a resin-sealed medicine "
         "box on the belly, cloth and cord remains and a 1920s Brussels collection label: a Kongo nkisi nkondi "
         "over 100 years old and far above the value threshold, exported without the licence Regulation 116/2009 "
         "requires, by air from Brussels to a New York gallery; Belgian French wording (Congolese power figures "
         "repeat as imports, a nail figure in blind21 and a Songye figure under a Kinshasa-workshop label in "
         "blind58; an export from Belgium to the United States is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "export", "FRROAD01", "road", "FR", [], "GB", "940360",
         "Meubles de brocante, chêne, armoires et buffets, 30 pièces", "FR", 2400, 30, 6000, "EUR",
         "a brocante lorry for a Kent antiques centre at Calais: Normandy oak furniture and gilt mirrors are what "
         "such lorries carry, but the third item's 'timbales et coupes en métal argenté' are two silver-gilt "
         "chalices with patens, a ciborium and a reliquary bust with wax seals, stolen from Burgundy and Breton "
         "churches and listed as 'monuments historiques': protected national treasures whose export French law "
         "forbids and which need the licence of Regulation 116/2009, hidden as the last item of a three-item "
         "declaration; French wording (church silver repeats in many sets, blind14, blind27, blind85 and blind126 "
         "among them, and brocante lots from France to Britain in blind55 and blind76; kept as a repeat, "
         "chalices behind a Normandy furniture lorry at Calais are the new part)",
         dict({"importer_country": "GB"},
              _more_items=[item("700992", "Miroirs dorés de style Louis XV, 12 pièces", "FR", 180, 1200, "EUR", qty=12),
                           item("711420", "Timbales et coupes en métal argenté, brocante, 5 pièces", "FR", 9, 150, "EUR", qty=5)])),
        ("CUL-04", "export", "DEAIR01", "express", "DE", [], "US", "491199",
         "Faksimile-Urkunden mit Siegelnachbildungen, Wanddekoration, 6 Stück", "DE", 2.5, 6, 120, "EUR",
         "printed facsimile charters are flat, even sheets with plastic seals; these six are stiff, cockled "
         "parchments in a 13th-15th century hand with real wax seals on silk cords, shelf marks and the stamp of "
         "a Bavarian monastery's archive, which reported them missing: archives over 50 years old, which need the "
         "export licence of Regulation 116/2009 at any value and are registered German cultural property, sent "
         "by express from Munich to a dealer in Ohio; Bavarian German wording (parchment and facsimile labels "
         "repeat in a few sets, on manuscripts and printed books; monastery charters were found in no earlier row "
         "by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "NLSEA01", "sea", "NL", [], "US", "690723",
         "Nije Delfts blauwe tegels, mei de hân beskildere, 400 stiks", "NL", 800, 400, 1600, "EUR",
         "new hand-painted Delft tiles are thin, bright white and crisply painted; these 400 are thick, soft-"
         "bodied tiles with crazed tin glaze, mortar on the backs, nail holes in the corners, 17th-century "
         "Bible scenes and a fireplace layout, stripped from a listed Frisian farmhouse: parts of a protected "
         "monument over 100 years old, which need the export licence of Regulation 116/2009 at any value, from "
         "Rotterdam to a Pennsylvania dealer; West Frisian wording (Delft tiles from a listed building repeat "
         "once, from a Gdańsk merchant's house to Britain under a reclaimed-tiles label in blind48, and Frisian "
         "wording in two rows on other goods; kept as a repeat, a new-tiles label from the Netherlands to the "
         "United States is the new part)", {"importer_country": "US"}),
        ("CUL-06", "import", "FRSEA01", "sea", "TN", [], "FR", "691390",
         "Figurines en argile façon santons de Provence, artisanat de Nabeul, 300 pièces", "TN", 150, 300, 900,
         "EUR",
         "Nabeul workshop santons are bright, painted, cast-plaster or clay figures with flat bases; 24 of these "
         "300 are small, mould-made, unpainted terracotta figures of veiled women, a goddess on a throne and "
         "animals, with sinter, root marks and grave earth inside: Punic and Roman terracotta figurines "
         "(5th century BC - 2nd century AD) from sites around Carthage and Kerkouane, archaeological objects "
         "whose export Tunisia forbids, brought in without an import licence (Regulation 2019/880), by sea from "
         "Radès to Marseille mixed into a crafts order; Tunisian French wording (terracotta figures repeat in "
         "several sets and Nabeul crafts in a few; a santon label was found in no earlier row by a keyword search)",
         firm("Provence Artisanat Import SARL", "FR")),
        ("CUL-07", "export", "ATPOST01", "post", "AT", [], "CH", "830249",
         "Alte Messingbeschläge, Flohmarktware, 2 kg", "AT", 2, 11, 60, "EUR",
         "flea-market brass fittings are yellow, screw-holed and polished in the crevices; these eleven are "
         "green-patinated bronze pieces with soil in the hollows: two spectacle brooches, a ribbed arm-ring, a "
         "winged axe and a belt plate with dot-and-circle ornament, dug by a detectorist in the Salzkammergut: "
         "Hallstatt-period archaeological objects, which need an export licence at any value (Regulation "
         "116/2009) and are protected under Austria's monuments law, posted from Bad Ischl to a collector in "
         "Zurich; Austrian German wording (detector finds repeat in many sets and Hallstatt brooches once, as "
         "reenactment replicas in blind46; a flea-market brass label by post to Switzerland is the new part as "
         "far as a search found)", {"importer_country": "CH"}),
        ("CUL-08", "export", "FRAIR01", "air", "FR", [], "HK", "691110",
         "Vase décoratif en porcelaine de Limoges, fabrication récente, 1 pièce", "FR", 6, 1, 350, "EUR",
         "a new Limoges vase is hard, white, thin-walled porcelain with a green 'Limoges France' back-stamp; "
         "this one is a heavy, bluish-white Chinese vase with a six-character Qianlong reign mark, an "
         "imperial-yellow enamel ground, wear on the foot ring and a 19th-century French family's inventory "
         "label: an 18th-century Chinese imperial porcelain vase far above the value threshold, exported without "
         "the licence Regulation 116/2009 requires, by air from Paris to a Hong Kong auction consignor; French "
         "wording (Chinese porcelain repeats in several sets; a Limoges label was found in no earlier "
         "description by a keyword search)", {"importer_country": "HK"}),
        ("CUL-09", "export", "NLPOST01", "post", "NL", [], "GB", "491191",
         "Decoratieve kaartreproducties, gedrukt, 12 vellen", "NL", 1.5, 12, 40, "EUR",
         "printed map reproductions are flat, bright sheets on modern paper; these twelve are hand-coloured "
         "copperplate maps on laid paper with chain lines, Latin text on the back, a cut edge along the gutter "
         "and a library stamp half scraped off, razored out of a 1640s Blaeu atlas in a Dutch university "
         "library: maps over 100 years old from a public collection, which need the export licence of "
         "Regulation 116/2009 at any value, posted from Leiden to a London map dealer; Dutch wording (old maps "
         "under reproduction labels repeat in blind24, blind80, blind127 and dev24-c; kept as a repeat, a Blaeu "
         "leaf from a Dutch library by post to London is the new part)", {"importer_country": "GB"}),
        ("CUL-10", "export", "ATAIR01", "air", "AT", [], "US", "491191",
         "Kunstdruck, Reproduktion nach Egon Schiele, gerahmt, 1 Stück", "AT", 3, 1, 90, "EUR",
         "a framed Schiele reproduction is an even, dotted print on coated paper behind glass; this one is a "
         "pencil and gouache drawing of a seated woman on buff paper with erasures, pinholes, the artist's "
         "signature and date of 1917 and a Viennese collector's stamp: an original drawing over 50 years old far "
         "above the value threshold, and registered Austrian cultural property, exported without the licence "
         "Regulation 116/2009 requires, by air from Vienna to a New York dealer; Austrian German wording (art-print "
         "labels repeat once, in a strategic row of blind56; a Schiele drawing was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["GE"], "AM", "845899",
         "Uhrmacherdrehbank, manuell, gebraucht, mit Zubehör, 2 Stück", "DE", 6400, 2, 8000, "EUR",
         "a watchmaker's lathe is a bench machine of 20-50 kg worked by hand; these two weigh 3.2 t each and are "
         "Swiss-type sliding-headstock CNC lathes with seven axes, a bar feeder, live tooling and a control, at "
         "ten times the declared value on the maker's list, for a Yerevan 'watch-repair' firm whose freight "
         "forwarder delivers to Moscow: numerically controlled lathes (8458 11), on the common high-priority list "
         "whose export for use in Russia Regulation 833/2014 forbids, from Hamburg through Poti; German wording "
         "(machine tools repeat in many sets; a watchmaker's-lathe label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "HK", "844391",
         "Reserveonderdelen voor offsetdrukpersen (rollen, grijpers, sensoren), 6 kisten", "NL", 900, 6, 12000,
         "EUR",
         "offset-press spares are rubber rollers, gripper bars and simple sensors; these six crates hold a "
         "nitrogen-purged projection-lens module, a wafer-stage encoder set and a 193 nm laser beam-delivery "
         "assembly, worth millions on the maker's list, for a Hong Kong 'printing' firm: parts of immersion "
         "lithography equipment for semiconductors, controlled as dual-use (3B001) and under the Dutch national "
         "licence requirement, exported without a licence, flown from Schiphol; Dutch wording (semiconductor "
         "equipment repeats in a few sets; a lithography-for-offset-printing label was found in no earlier row "
         "by a keyword search)", {"importer_country": "HK"}),
        ("STR-03", "import", "ATAIR01", "air", "AE", [], "AT", "701810",
         "Glass rhinestones, hotfix, crystal AB, bulk, 20 bags x 1,440 pcs", "AE", 4, 28800, 900, "USD",
         "glass rhinestones are light (2.5 g/cm3), scratch easily and carry a glue backing; 1,900 stones in these "
         "bags are unglued, weigh 3.5 g/cm3, scratch glass, read 'diamond' on a thermal tester and carry laser "
         "inscriptions of a Russian cutting works: polished Russian diamonds (about 1,100 ct), whose import into "
         "the Union Regulation 833/2014 forbids, flown from Dubai to Vienna for a Tyrolean crystal-jewellery "
         "workshop; English wording of the Dubai seller (Russian diamonds under other origins repeat in several "
         "sets; a rhinestone label was found in no earlier row by a keyword search)",
         firm("Alpenglanz Schmuck GmbH", "AT")),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["CZ", "PL", "LT", "LV"], "KZ", "731815",
         "Gewindestangen für den Möbelbau, verzinkt, M16, 600 Stück", "AT", 2400, 600, 1800, "EUR",
         "zinc-plated threaded rods are rolled steel bars at a few euros each; these 600 are ground, hardened "
         "precision ball screws with preloaded ball nuts, end bearings and a test certificate for accuracy class "
         "C3, worth 400 EUR each, for an Almaty 'furniture' buyer whose orders go on to Russian machine-tool "
         "builders: ball screws (8483 40), machinery parts of Annex XXIII whose export for use in Russia "
         "Regulation 833/2014 forbids, by lorry from Linz; Austrian German wording (ball screws repeat under "
         "drawer-slide and spindle labels in blind46, blind53 and blind87; a threaded-rod label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "TR", "843390",
         "Capteurs de rechange pour tondeuses robotisées, 40 pièces", "FR", 60, 40, 2000, "EUR",
         "robotic-mower spares are cheap boundary-wire sensors and bump switches; these 40 are sealed, "
         "temperature-stabilised fibre-optic gyroscope units with a drift of 0.01 °/h and a navigation-grade "
         "interface, worth 20,000 EUR each, for an Istanbul 'garden-robot' firm whose buyers are in Russia: "
         "fibre-optic gyroscopes controlled as dual-use (7A002) and on the Russia lists of Regulation 833/2014, "
         "exported without a licence, flown from Paris; French wording (fibre-optic gyroscopes repeat once, "
         "under a surveying label in blind31, and robotic mowers once as a lawful cover item in blind132; a "
         "robot-mower-spares label on gyroscopes was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV"], "RU", "950510",
         "Erzgebirgische Holzkunst: Räuchermännchen und Nussknacker, 900 Stück", "DE", 1800, 900, 27000, "EUR",
         "a Christmas lorry from the Erzgebirge for a St Petersburg gift shop: incense smokers, nutcrackers and "
         "candle arches may still go to Russia, but the third item's 'Ersatzplatinen für LED-Schwibbögen' are "
         "reels of microcontrollers, FPGAs and GNSS modules with no LED driver among them: integrated circuits "
         "and navigation modules (8542 31, 8542 39, 8526 91), on the common high-priority list whose export to "
         "Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, on a lorry "
         "from Seiffen; Saxon German wording (chips behind food and gifts repeat in a few sets; candle-arch "
         "spares were found in no earlier row by a keyword search)",
         dict({"importer_country": "RU"},
              _more_items=[item("940542", "Schwibbögen aus Holz, LED-beleuchtet, 300 Stück", "DE", 900, 9000, "EUR", qty=300),
                           item("853890", "Ersatzplatinen für LED-Schwibbögen, 1.200 Stück", "DE", 24, 1200, "EUR", qty=1200)])),
        ("STR-07", "export", "LUAIR01", "express", "LU", [], "AM", "711719",
         "Bijoux fantaisie en métal doré, 6 pièces", "LU", 0.4, 6, 90, "EUR",
         "gold-tone fashion jewellery is light brass with glass stones in a cardboard box; these six pieces are "
         "hallmarked 18-carat gold and platinum necklaces and bracelets set with diamonds and emeralds, in a "
         "Paris jeweller's pouches with certificates worth about 420,000 EUR, sent from Luxembourg to a private "
         "person in Yerevan who forwards to Moscow: luxury goods whose sale for use in Russia Regulation 833/2014 "
         "forbids, by express from Findel; French wording (luxury goods for Russia repeat in many sets; a "
         "fashion-jewellery label by express from Luxembourg is the new part as far as a search found)",
         {"importer_country": "AM", "consignee_name": "Mr A. Petrosyan"}),
        ("STR-08", "export", "BEAIR01", "air", "BE", [], "AE", "381800",
         "Siliciumwafers voor zonnecellen, tweede keus, 400 stuks", "BE", 120, 400, 6000, "EUR",
         "second-grade solar wafers are thin (0.2 mm), square, blue-grey slices that snap like biscuits; these "
         "400 are round, 10-20 mm thick, dull grey discs of 5.3 g/cm3, diamond-turned with an 8-12 µm coating: "
         "germanium lenses for thermal-imaging sights, made from Campine germanium, for a Sharjah trader whose consignments go on to "
         "Iran: optics for thermal weapon sights, exported without the authorisation the Union's Iran "
         "regulations (267/2012, 2023/1529) require, flown from Brussels; Flemish wording (germanium optics "
         "repeat in several sets, under a CCTV-lens label from Korea in blind82; a solar-wafer label was found in "
         "no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "MY", "850300",
         "Pièces détachées pour groupes électrogènes, 8 caisses", "FR", 640, 8, 9600, "EUR",
         "generator-set spares are filters, voltage regulators and alternator parts; these eight crates hold "
         "turbine nozzle guide vanes, a gas-generator module and a fuel control unit of a turboshaft helicopter "
         "engine with the Béarn maker's part numbers, for a Kuala Lumpur 'power' trader whose buyer is an Iranian "
         "helicopter operator: aero-engine parts whose sale to Iran the Union's Iran regulations (267/2012, "
         "2023/1529) forbid, exported without an authorisation, flown from Pau via Paris; French wording (helicopter engine "
         "parts repeat in two sets; a generator-spares label was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AZ", "901890",
         "Ersatzteile für MRT-Geräte (Magnet, Detektoren), 4 Kisten", "DE", 380, 4, 7600, "EUR",
         "MRI spares are gradient coils, RF coils and cold-head parts; these four crates hold the magnet, "
         "the multi-collector Faraday-cup array and the ion optics of a high-resolution mass spectrometer built "
         "for uranium and plutonium isotope ratios, for a Baku 'water utility' whose consignee in Tabriz is "
         "named on the forwarding order: mass-spectrometer parts controlled as dual-use (3A233) and listed in "
         "the Iran regulation (267/2012), exported without a licence, flown from Bremen; German wording (isotope "
         "mass spectrometers repeat in blind51, as laboratory water analysers, and blind60; an MRI-spares label "
         "was found in no earlier strategic row by a keyword search)",
         {"importer_country": "AZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "BR", [], "FR", "130190",
         "Óleo-resina de copaíba, bálsamo, 2 tambores de 25 kg", "BR", 50, 2, 900, "USD",
         "copaiba balsam is a thick, golden, sticky resin that smells woody and peppery; these two drums hold a "
         "thin, pale-yellow oil that smells sweetly floral and woody, reads 80 % linalool and sells at a hundred "
         "times the balsam's price: Brazilian rosewood oil (Aniba rosaeodora, CITES App. II for its essential "
         "oil) without CITES documents, flown from Manaus to Paris for a Grasse perfumery; Brazilian Portuguese "
         "wording (linalool-rich covers on rosewood oil repeat in blind115, blind122 and blind144; a copaiba label "
         "was found in no earlier row by a keyword search)", firm("Parfums de Grasse Matières SARL", "FR")),
        ("WLF-02", "import", "DEROAD01", "road", "CH", [], "DE", "160431",
         "Schwiizer Kaviar us Frutige, Aquakultur, Döse à 250 g, 40 Stück", "CH", 10, 40, 6000, "CHF",
         "Swiss farmed caviar from Frutigen comes in tins carrying the CITES universal label with the CH "
         "country code, the 'AQU' source code and a lot number; these 40 tins carry a printed label with no "
         "CITES code, the eggs are large, grey, uneven and oily, and the Swiss importer's stock book shows no "
         "such lot: wild Amur sturgeon caviar (Acipenseriformes, CITES App. II) without a re-export certificate or "
         "the universal label, on a van at Basel for a Frankfurt delicatessen; Swiss German wording (caviar "
         "repeats in many sets; a Swiss farmed-caviar label was found in no earlier row by a keyword search)",
         firm("Mainfeinkost GmbH", "DE")),
        ("WLF-03", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "711620",
         "Sokatra vita amin'ny vato labradorita (tortues en pierre sculptée), 120", "MG", 180, 120, 600, "EUR",
         "carved labradorite tortoises are cold, heavy, polished stone flashing blue; these 120 parcels in the "
         "suitcases are taped, living, high-domed tortoises with yellow star patterns on black shells: radiated "
         "tortoises (Astrochelys radiata, CITES App. I) without CITES documents, caught landing at Roissy in "
         "transit from Antananarivo to Bangkok; Malagasy wording (radiated tortoises repeat in several sets; a "
         "carved-labradorite label was found in no earlier row by a keyword search)", {"importer_country": "TH"}),
        ("WLF-04", "import", "FRAIR01", "air", "CD", [], "FR", "071290",
         "Fumbwa ekauka (feuilles de Gnetum séchées), 120 kg", "CD", 120, None, 480, "EUR",
         "a Congolese grocery air shipment for a Château-Rouge shop in Paris: dried fumbwa and salted makayabu are "
         "what such shops sell, but the third item's 'mposo ya nzete ya kasa' is 80 kg of reddish-brown, "
         "bitter-almond-smelling bark stripped in curved slabs from mountain trees: Prunus africana bark (pygeum, "
         "CITES App. II) without CITES documents, sold on to a herbal-supplement maker, hidden as the last item "
         "of a three-item declaration, flown from Kinshasa; Lingala wording (Prunus africana bark repeats in "
         "several sets, behind a Cameroonian grocery cargo for Brussels in blind116, and a Château-Rouge grocery "
         "cargo from Brazzaville hid pangolin in blind129; kept as a repeat, pygeum under a tea-bark label from "
         "Kinshasa is the new part)",
         dict(firm("Marché Matadi Alimentation SARL", "FR"),
              _more_items=[item("030559", "Makayabu (mbisi ya mungwa), 60 kg", "CD", 60, 360, "EUR"),
                           item("121190", "Mposo ya nzete ya kasa (écorce pour tisane), 80 kg", "CD", 80, 160, "EUR")])),
        ("WLF-05", "export", "BEAIR01", "express", "BE", [], "HK", "960190",
         "Sculpture en os de bœuf, art colonial congolais, 1 pièce", "BE", 3.5, 1, 150, "EUR",
         "a carved cattle bone is chalky, porous at the ends and shows small dark canals; this is a whole "
         "curved tusk of 70 cm carved in a spiral of village scenes, creamy, dense, with the cross-hatched "
         "Schreger lines of ivory on the cut base, from a Brussels family's Congo souvenirs: elephant ivory, "
         "whose export from the Union needs a re-export certificate that the Union no longer grants for raw or "
         "carved ivory of this kind, sent by express to a Hong Kong buyer; Belgian French wording (ivory repeats "
         "in many sets and bone labels in several, a carved-bone label once in blind31; Congolese colonial ivory "
         "from Belgium by express is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-06", "export", "ATAIR01", "express", "AT", [], "VN", "050790",
         "Rothirsch-Geweihabschnitte, Abwurfstangen, für Hundekauartikel, 3 kg", "AT", 3, 2, 60, "EUR",
         "shed red-deer antler is ridged, pearled, grey-brown bone with a spongy core; these two pieces are "
         "smooth, dark, fibrous, hair-like keratin with no core, sawn from the base of a horn on an old hunting "
         "trophy from a Styrian castle sale: rhinoceros horn (CITES App. I), whose export from the Union is "
         "barred, sent by express from Vienna to a private buyer in Hanoi; Austrian German wording (rhino horn "
         "repeats in many sets, antler labels on other goods in blind102 and blind105; a shed red-deer antler "
         "label on rhino horn was found in no earlier row by a keyword search)",
         {"importer_country": "VN", "consignee_name": "Ông Nguyễn Văn Hùng"}),
        ("WLF-07", "import", "ATAIR01", "air", "ZA", [], "AT", "050790",
         "Bokhorings en vlakvarktande vir tradisionele juweliersware, 12 kg", "ZA", 12, None, 900, "ZAR",
         "the buck horn tips and warthog teeth that Trachten jewellers set in silver for charivari chains are "
         "pale, ringed and small; among these 12 kg are 60 hooked, sheathed claws up to 6 cm and 24 canines of "
         "8-10 cm with open roots: lion and leopard claws and teeth (Panthera leo, CITES App. II; Panthera pardus, "
         "CITES App. I) without CITES documents, flown from Johannesburg to Salzburg for a Trachten-jewellery "
         "workshop that makes charivari chains; Afrikaans wording (lion and leopard claws repeat in several sets, "
         "under resin-replica labels in blind61, blind66 and blind128; a buck-horn and warthog-tooth label for "
         "charivari makers was found in no earlier row by a keyword search)",
         firm("Salzach Trachtenschmuck GmbH", "AT")),
        ("WLF-08", "import", "FRAIR01", "air", "TH", [], "FR", "410691",
         "หนังปลากระเบนฟอก (galuchat), ย้อมสี, 200 ผืน", "TH", 40, 200, 6000, "USD",
         "stingray shagreen is a small, round skin with a white 'eye' of enlarged pearls in the middle; these "
         "200 skins are long, narrow and wedge-shaped with a double row of thorny bucklers along the back and no "
         "eye: wedgefish and giant guitarfish skins (Rhinidae, CITES App. II) without CITES documents, flown from "
         "Bangkok to Paris for a luxury leather-goods workshop; Thai wording (sharks and rays repeat in many sets; "
         "a shagreen label was found in no earlier row by a keyword search)", firm("Maroquinerie Saint-Honoré SAS", "FR")),
        ("WLF-09", "import", "FRAIR01", "air", "MG", [], "FR", "440793",
         "Touches de guitare en érable torréfié (baked maple), ébauches, 300 pièces", "MG", 180, 300, 1500, "EUR",
         "baked maple fingerboards are brown right through, light (about 0.7 kg/dm3) and show maple's fine ray "
         "flecks; these 300 are jet black to the core, sink in water (1.1 kg/dm3), have no rays and smell of "
         "ebony when sanded: Malagasy ebony (Diospyros spp., CITES App. II, Madagascar exports suspended) without "
         "CITES documents, flown from Antananarivo to Paris for a Mirecourt luthier-supply firm; French wording "
         "from Madagascar (Malagasy ebony fingerboards repeat, from Madagascar to France under a black-wood label "
         "in blind10; kept as a repeat, a baked-maple label was found in no earlier row by a keyword search)", firm("Lutherie Vosgienne SARL", "FR")),
        ("WLF-10", "import", "NLAIR01", "air", "PH", [], "NL", "010649",
         "Vlinderpoppen, gekweekt, Papilio demoleus, 600 stuks", "PH", 3, 600, 900, "USD",
         "farmed lime-swallowtail pupae are small, green or brown and sold by the hundred to butterfly houses; "
         "200 of these 600 are large, golden-brown, spiny pupae of 5-6 cm from a Mindanao forest, the pupae of "
         "golden birdwings (Troides spp., CITES App. II), without CITES documents, flown from Manila to Schiphol "
         "for a Limburg butterfly garden; Dutch wording (butterfly pupae repeat once, from Tanzania in blind143, "
         "and birdwings as framed specimens; a swallowtail-pupae label was found in no earlier row by a keyword "
         "search)", firm("Vlindertuin Maasvallei BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRPOST01", "post", "CH", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (swimming-pool treatment)", "CH", 2.3, 2, 40,
     "CHF", [("PRECURSOR_LICENCE", "FR-MI-52-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRROAD01", "road", "CH", "FR", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (amateur gold assaying)", "CH", 1.4, 1, 30, "CHF",
     [("PRECURSOR_LICENCE", "FR-MI-52-0047")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "271500",
     "Tar-containing road planings (17 03 01*), for thermal treatment at a licensed plant, 26 t", "CH", 26000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-52-0113")], "notified tar-containing asphalt to a licensed thermal plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "282540",
     "Galvanic sludge (11 01 09*), Ni/Cu/Cr, for metal recovery at a licensed plant, 18 t", "CH", 18000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NW-52-0208")], "notified galvanic sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "841581",
     "Camper roof air conditioners pre-charged with R-32, 100 units, placed on the market within quota", "CN",
     3500, 100, 60000, "USD", [("FGAS_QUOTA", "NL-FGAS-52-0066")], "pre-charged HFC equipment within a registered quota"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "US", "DE", "290371",
     "HCFC-22, virgin, 20 cylinders, for use as feedstock in fluoropolymer production", "US", 1000, 20, 6000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-52-003")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "DEROAD01", "road", "CH", "DE", "970610",
     "Apulian red-figure bell krater, 4th century BC, documented Swiss collection since 1958, with Italian "
     "export certificate", "CH", 9, 1, 48000, "EUR", [("IMPORT_LICENCE", "DE-BKM-IMP-52-0011")],
     "archaeological vase imported with its import licence"),
    ("PRM-08", "cultural", "export", "NLSEA01", "sea", "NL", "US", "970610",
     "Delft tin-glazed tiles, 17th century, 60 pcs, from a documented collection, not from a monument", "NL", 120,
     60, 18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-52-0094")], "tiles exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "AM", "845811",
     "Swiss-type sliding-headstock CNC lathe, 1 unit, for an Armenian dental-implant maker", "DE", 3200, 1,
     180000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-52-1108"), ("END_USER_CERTIFICATE", "AM-MOE-EUC-52-0015")],
     "CNC lathe under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "TR", "901420",
     "Fibre-optic gyroscopes, navigation grade, 4 units, for a Turkish hydrographic survey office", "FR", 8, 4,
     80000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-52-0231"), ("END_USER_CERTIFICATE", "TR-SHOD-EUC-52-0007")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "330129",
     "Rosewood oil (Aniba rosaeodora), from a managed plantation under an approved management plan, 10 kg", "BR",
     10, None, 4500, "USD", [("CITES_PERMIT", "BR-IBAMA-52-0412")], "App. II rosewood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "DEROAD01", "road", "CH", "DE", "160431",
     "Farmed Siberian sturgeon caviar (Acipenser baerii), Swiss aquaculture, CITES-labelled tins, 8 kg", "CH", 8,
     32, 9600, "CHF", [("CITES_PERMIT", "CH-BLV-52-0733")], "App. II farmed caviar with its re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Mme Odile Schmitt", "PRM-02": "M. Luc Girardot", "PRM-05": "Brabant Kampeer Techniek BV",
    "PRM-06": "Rheinfluor Polymere GmbH", "PRM-11": "Parfums de Grasse Matières SARL", "PRM-12": "Mainfeinkost GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises
    ("220890", "Kirsch (Zuger Kirsch), 70 cl bottles", "import", ["post"], ["CH"], (30, 60), (1, 4), ["CHF", "EUR"], 1.1, S),
    ("220890", "Absinthe blanche (la Bleue), 70 cl bottles", "import", ["road"], ["CH"], (25, 45), (300, 1500), ["CHF"], 1.4, S),
    ("271019", "Medicinal liquid paraffin (vaseline oil), 1 l bottles", "import", ["sea"], ["MA", "TR"], (1.2, 2.5), (4000, 10000), ["EUR"], 1.2, S),
    ("380510", "Gum turpentine, pure, 1 l bottles", "import", ["sea"], ["CN", "BR"], (1.5, 3), (3000, 8000), ["USD"], 1.2, S),
    ("340540", "Vienna lime polishing powder, 500 g tins", "import", ["post"], ["CN", "CH"], (6, 12), (1, 3), ["EUR"], 2, S),
    ("170199", "Cane icing sugar, 500 g packs", "import", ["sea"], ["MU"], (0.8, 1.3), (8000, 16000), ["EUR"], 2, S),
    ("283630", "Sodium bicarbonate (Vichy salt), 1 kg bags", "import", ["road"], ["AD", "CH"], (1, 2), (300, 1200), ["EUR"], 1, S),
    ("282720", "Calcium chloride moisture-absorber refills, 1 kg", "import", ["express"], ["CN", "GB"], (4, 8), (1, 4), ["EUR", "GBP"], 1, S),
    ("170490", "Aniseed dragées (mlabbas), 1 kg bags", "import", ["sea"], ["LB", "TN"], (2, 4), (6000, 14000), ["USD", "EUR"], 1, S),
    ("240419", "Nicotine-free e-liquid base VG/PG, 1 l bottles", "import", ["post"], ["CN", "GB"], (6, 12), (1, 4), ["EUR", "GBP"], 1, S),
    ("701990", "Fibreglass vine stakes, 1.80 m, new", "export", ["road"], ["MA", "TN"], (1.5, 3), (6000, 16000), ["EUR"], 4, S),
    ("251710", "Crushed granite chippings 2/5 mm for winter gritting", "import", ["road"], ["CH", "NO"], (0.03, 0.06), (20000, 28000), ["EUR", "CHF"], None, S),
    ("340590", "Green polishing paste for watchmakers, sticks", "import", ["post"], ["CH"], (30, 60), (1, 3), ["CHF", "EUR"], 8, S),
    ("340319", "Water-miscible cutting-fluid concentrate, 208 l drums", "export", ["road"], ["RS", "BA"], (3, 6), (3000, 10000), ["EUR"], None, S),
    ("282739", "Copper(II) chloride dihydrate, technical, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2.5, 4), (5000, 12000), ["USD"], None, S),
    ("392010", "Greenhouse film, new, PE, UV-stabilised, on rolls", "export", ["sea"], ["VN", "MA", "KE"], (2, 3.5), (10000, 20000), ["EUR"], None, S),
    ("320890", "Solvent-borne wood stain, 2.5 l tins, current stock", "export", ["road"], ["MK", "RS"], (4, 7), (3000, 9000), ["EUR"], 0.4, S),
    ("841850", "Cheese-ripening cabinets, R-290, new", "import", ["sea"], ["CN", "TR"], (8, 14), (4000, 12000), ["USD"], 0.008, S),
    ("853720", "Ring-main units 24 kV, vacuum-insulated, SF6-free", "import", ["sea"], ["CN", "TR"], (10, 16), (8000, 20000), ["USD", "EUR"], 0.0015, S),
    ("841869", "Transport refrigeration units for trailers, CO2 (R-744)", "import", ["sea"], ["CN", "US"], (10, 16), (6000, 18000), ["USD"], 0.0016, S),
    ("280429", "Helium party cans, disposable, 0.3 l", "import", ["air"], ["CN", "US"], (6, 12), (200, 1000), ["EUR", "USD"], 3, S),
    ("841869", "Dismountable cold rooms, new, CO2 condensing units", "export", ["sea"], ["SN", "CI"], (4, 8), (3000, 9000), ["EUR"], 0.0006, S),
    ("841869", "Bulk-milk cooling tanks, new, R-290, 3,000 l", "export", ["road"], ["UA", "RS"], (4, 7), (4000, 12000), ["EUR"], 0.0008, S),
    ("841581", "Camper roof air conditioners, R-290", "import", ["sea"], ["CN"], (12, 20), (3000, 10000), ["USD"], 0.03, S),
    ("847621", "Drink vending machines, R-290, new", "import", ["sea"], ["CN", "JP"], (4, 7), (6000, 16000), ["USD"], 0.005, S),
    ("691390", "Museum-shop ceramic replicas of Greek vases, stamped", "import", ["road"], ["CH"], (15, 30), (100, 400), ["CHF", "EUR"], 0.3, S),
    ("442090", "Contemporary carved wooden sculptures, Kinshasa workshops, new", "export", ["air"], ["US", "CA"], (20, 40), (50, 300), ["EUR"], 0.1, S),
    ("711420", "Silver-plated cups and tumblers, second-hand", "export", ["road"], ["GB", "CH"], (15, 30), (100, 600), ["EUR"], 4, S),
    ("491199", "Facsimile charters with replica seals, printed", "export", ["express"], ["US", "GB"], (30, 60), (1, 3), ["EUR"], 3, S),
    ("690723", "Delft-blue wall tiles, new, hand-painted", "export", ["sea"], ["US", "CA"], (4, 8), (1000, 4000), ["EUR"], 2, S),
    ("691390", "Santon-style clay figurines, new, Nabeul", "import", ["sea"], ["TN"], (3, 6), (1000, 4000), ["EUR"], 4, S),
    ("691110", "Limoges porcelain vases and boxes, new", "export", ["air"], ["HK", "JP", "US"], (40, 80), (100, 500), ["EUR"], 1, S),
    ("491191", "Decorative printed map reproductions", "export", ["post"], ["GB", "US"], (20, 40), (1, 3), ["EUR"], 8, S),
    ("845899", "Watchmakers' lathes, manual, bench type", "export", ["air"], ["CH", "US", "JP"], (60, 120), (50, 300), ["EUR"], 0.03, S),
    ("844391", "Offset-press spare parts: rollers and gripper bars", "export", ["air"], ["TR", "IN"], (40, 80), (100, 600), ["EUR"], 0.5, S),
    ("701810", "Glass rhinestones, hotfix, bulk bags", "import", ["air"], ["CN", "IN"], (40, 80), (20, 100), ["USD"], 6000, S),
    ("843390", "Robotic lawnmower spare parts: wheels, blades, boundary sensors", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 2, S),
    ("950510", "Erzgebirge Christmas carvings: nutcrackers and incense smokers", "export", ["road"], ["CH", "NO"], (20, 40), (200, 1000), ["EUR"], 1, S),
    ("711719", "Gold-tone fashion jewellery, brass", "export", ["express"], ["CH", "US"], (60, 120), (1, 2), ["EUR"], 30, S),
    ("901890", "MRI spare parts: RF coils and cold-head parts, new", "export", ["air"], ["AZ", "GE"], (200, 400), (50, 300), ["EUR"], 0.1, S),
    ("381800", "Silicon solar wafers, second grade, boxed", "export", ["air"], ["AE", "TR"], (30, 60), (50, 300), ["EUR"], 80, S),
    ("130190", "Copaiba oleoresin (balsam)", "import", ["air"], ["BR"], (15, 30), (50, 300), ["USD"], None, S),
    ("711620", "Carved labradorite figurines, Madagascar", "import", ["air"], ["MG"], (8, 16), (100, 500), ["EUR"], 1, S),
    ("960190", "Carved cattle-bone figurines, new craft", "import", ["post"], ["KE", "IN"], (30, 60), (1, 3), ["EUR", "USD"], 10, S),
    ("410691", "Stingray leather (galuchat, Dasyatis spp.), tanned and dyed", "import", ["air"], ["TH", "ID"], (100, 200), (10, 50), ["USD"], 5, S),
    ("440793", "Baked (thermo-treated) maple fingerboard blanks", "import", ["sea"], ["CA", "US"], (15, 30), (500, 2000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144 and blind152,
# blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four
# new rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("871496", "Bicycle pedals, aluminium platform, pairs", "import", ["sea"], ["TW", "CN"], (6, 12), (1000, 4000), ["USD"], 2, N),
        ("640520", "Espadrilles, canvas upper, jute sole", "import", ["sea"], ["BD", "CN"], (6, 10), (2000, 6000), ["USD"], 2.5, N),
        ("950699", "Mölkky throwing-game sets, birch wood", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["EUR", "GBP"], 0.4, N),
        ("940179", "Folding camping chairs, aluminium frame", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 0.4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind155", 20520101, HERE)


if __name__ == "__main__":
    main()
