#!/usr/bin/env python3
"""Writes the twenty-fourth blind set (tests/risk/data/blind24-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2030, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-three profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind22, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg), and no goods row has an EU partner. Ids are BL24-*:

    python3 tests/risk/data/make_blind24_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "CN", [], "ES", "282990",
         "Reactivo para análisis de suelos, perclorato de sodio NaClO4 99 %, sacos 5 kg, 5 uds", "CN", 25, 5, 110,
         "USD",
         "soil laboratories buy perchlorate by the 500 g bottle from lab suppliers; 25 kg of 99 % sodium perchlorate "
         "(Annex I, limit 40 %) by express to a private person is an oxidiser; Spanish wording",
         person("Sr. R. Navarro", "ES")),
        ("PRE-02", "import", "PTROAD01", "road", "MA", [], "PT", "381090",
         "Decapante para cascos de barco, HNO3 70 %, bidões 25 l, 8 uds", "MA", 280, 8, 230, "EUR",
         "a 'pickling preparation' that is 70 % nitric acid is nitric acid (Annex I, limit 3 %); hull cleaners are "
         "oxalic or phosphoric, and 200 l go to a private person by van; Portuguese wording",
         person("Sr. M. Ferreira", "PT")),
        ("PRE-03", "import", "NLPOST01", "post", "HK", [], "NL", "284700",
         "Aquarium algae remover, H2O2 40 %, bottles 1 l, 12 pcs", "CN", 14, 12, 60, "USD",
         "aquarium algae treatments are 1.5-3 % peroxide in 250 ml; twelve litres of 40 % hydrogen peroxide (Annex I, "
         "limit 12 %) by post to a private address",
         person("Dhr. S. Visser", "NL")),
        ("PRE-04", "export", "ESSEA01", "sea", "ES", [], "MR", "310280",
         "Solución nitrogenada UAN, nitrato amónico 88 % en caliente, cisterna aislada, 22 t", "ES", 22000, None,
         8800, "EUR",
         "UAN is urea with ammonium nitrate at 28-32 % N in water; an 88 % hot AN solution in an insulated tank is "
         "ammonium nitrate melt for emulsion explosives, to a general trader in Nouadhibou without a mining licence; "
         "Spanish wording",
         {"importer_name": "Sahel Négoce SARL", "importer_country": "MR"}),
        ("PRE-05", "import", "DEPOST01", "post", "US", [], "DE", "360690",
         "Esbit-Brennstoffpulver (Hexamin), 2 kg", "US", 2, 1, 35, "USD",
         "camping fuel comes as pressed tablets, not powder; with citric acid and 30 % peroxide in the same parcel "
         "it is the HMTD set (Annex I peroxide, Annex II hexamine) to a private person; German wording",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("291814", "Zitronensäure wasserfrei, 1 kg", "US", 1, 8, "USD"),
                          item("284700", "Wasserstoffperoxid 30 %, 2 l", "US", 2.2, 20, "USD")]}),
        ("PRE-06", "import", "ITPOST01", "post", "CN", [], "IT", "330430",
         "Glitter metallico per nail art, polvere magnalio 325 mesh, 5 kg", "CN", 5, 1, 45, "USD",
         "nail glitter is cut PET film, not metal; 5 kg of 325-mesh magnesium-aluminium alloy powder (Annex II "
         "metal powders) is a flash-powder fuel, by post to a private person; Italian wording",
         person("Sig. A. Esposito", "IT")),
        ("PRE-07", "transit", "BGROAD01", "road", "TR", ["BG", "RS"], "XK", "340600",
         "Paraffin candle cores, cylindrical 400 g, with central cap well, 1,200 pcs", "TR", 480, 1200, 2600, "USD",
         "candles have a wick, not a cap well; 400 g cast cylinders with a central well are cast boosters, at "
         "5.4 USD/kg against 2 for paraffin candles, in transit to a building-materials trader",
         {"importer_name": "Ndërtimi Prishtina SH.P.K.", "importer_country": "XK"}),
        ("PRE-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "285390",
         "Woda demineralizowana do akumulatorów, beczki 200 l UN 2015 klasa 5.1, 20 szt.", "CN", 4800, 20, 6400,
         "USD",
         "demineralised water carries no UN number; UN 2015 class 5.1 is hydrogen peroxide above 60 % (Annex I), and "
         "at 1.33 USD/kg it is priced as peroxide, not as water; Polish wording",
         firm("Akumex Serwis Sp. z o.o.", "PL")),
        ("PRE-09", "import", "PTPOST01", "post", "BR", [], "PT", "560790",
         "Cordel de jardim alcatroado preto, 5 mm, velocidade de combustão 120 s/m, rolos 100 m, 10 uds", "BR", 12,
         10, 70, "USD",
         "garden twine has no burning rate: a black tarred cord of 5 mm burning at 120 s/m is safety fuse, an "
         "explosive article, by post to a private person; Portuguese wording",
         person("Sr. J. Carvalho", "PT")),
        ("PRE-10", "import", "GRAIR01", "express", "IN", [], "GR", "760310",
         "Aluminium powder for aerated concrete, non-leafing, < 40 µm, 8 drums x 25 kg", "IN", 200, 8, 900, "USD",
         "aerated-concrete plants take aluminium paste by the tonne by sea; 200 kg of fine powder (Annex II) by "
         "express to a private person builds no concrete",
         person("K. Georgiou", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "GN", "870323",
         "Vehículos usados para repuestos, sin motor, siniestrados, sin descontaminar, 14 uds", "ES", 16800, 14, 7000,
         "EUR",
         "a car without an engine, wrecked and undrained is an end-of-life vehicle (hazardous waste), not a used "
         "car, at 500 EUR a car; Spanish wording",
         {"importer_name": "Conakry Auto Pièces SARL", "importer_country": "GN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "MY", "391590",
         "PET flakes hot-washed, with labels and caps approx. 25 %, moisture 12 %, 24 t", "BE", 24000, None, 1900,
         "EUR",
         "hot-washed PET flake carries under 1 % labels and caps and sells near 0.7 EUR/kg; 25 % PP/PE and paper at "
         "0.08 EUR/kg is mixed plastic waste (Y48) to Malaysia without consent",
         {"importer_name": "Klang Polymer Recovery Sdn Bhd", "importer_country": "MY"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "GH", "940360",
         "Huisraad en persoonlijke bezittingen, verhuizing", "NL", 600, None, 300, "EUR",
         "a household removal holds a few sets of each thing; 150 used monitors, 80 desktop units and 40 printers, "
         "untested, are e-waste sent as personal effects to Accra; Dutch wording",
         {"consignee_name": "Mr K. Mensah", "importer_country": "GH",
          "_more_items": [item("852852", "Monitoren, gebruikt, niet getest", "NL", 1800, 150, "EUR", 150),
                          item("847150", "Computerkasten, gebruikt", "NL", 900, 80, "EUR", 80),
                          item("844332", "Printers, gebruikt", "NL", 600, 40, "EUR", 40)]}),
        ("WST-04", "import", "NLSEA01", "sea", "NO", [], "NL", "250810",
         "Bentonite, used, for reuse in drilling, diesel content 12 %, big bags, 20 t", "NO", 20000, None, 1200,
         "EUR",
         "drilling bentonite is sold virgin to API 13A; used mud with 12 % diesel is oil-based drill cuttings "
         "(hazardous waste), at 0.06 EUR/kg",
         firm("Rijnmond Mineral Reuse BV", "NL")),
        ("WST-05", "export", "ESAIR01", "air", "ES", [], "PE", "811292",
         "Aleación líquida galinstan para termómetros, frascos 2,5 l, 34,5 kg cada uno, 12 frascos", "ES", 414, 12,
         12000, "EUR",
         "galinstan weighs 6.4 kg a litre; 34.5 kg in a 2.5 l flask is mercury (13.5 kg/l, the 76 lb flask), waste "
         "mercury whose export the EU bans, to a trader near the Madre de Dios gold fields; Spanish wording",
         {"importer_name": "Minerales del Sur EIRL", "importer_country": "PE"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "IN", "282540",
         "Idrossido di nichel, pannello filtropressa, Ni 8 %, umidità 60 %, 22 t", "IT", 22000, None, 2600, "EUR",
         "traded nickel hydroxide is a dry powder of over 60 % Ni; a wet filter-press cake at 8 % Ni and 0.12 EUR/kg "
         "is electroplating sludge (Y17); Italian wording",
         {"importer_name": "Gujarat Metal Reclaim Pvt Ltd", "importer_country": "IN"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "VN", "391590",
         "PP-Mahlgut aus Spritzen und Infusionsbestecken, autoklaviert, Big Bags, 18 t", "DE", 18000, None, 2700,
         "EUR",
         "regrind from used syringes and infusion sets is clinical waste (Y1), autoclaved or not; no hospital "
         "plastic goes abroad as feedstock; German wording",
         {"importer_name": "Hai Phong Nhua Tai Che Co.", "importer_country": "VN"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "KE", "401220",
         "Part-worn tyres, baled 45 per bale, for retreading, tread depth below 1.6 mm, 12 t", "DE", 12000, 1500,
         1200, "EUR",
         "no tyre below the 1.6 mm legal tread limit is fit for use, and baled tyres are not retreading casings: "
         "waste tyres to Mombasa at 0.8 EUR a tyre",
         {"importer_name": "Mombasa Tyre Traders Ltd", "importer_country": "KE"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "AL", "271320",
         "Bitume ossidato fuso, contenuto acqua 25 %, sedimenti 10 %, fusti, 20 t", "IT", 20000, None, 1000, "EUR",
         "paving and roofing bitumen carries no water or sediment; a quarter water and a tenth sediment at 0.05 "
         "EUR/kg is tank-bottom or acid-tar sludge (hazardous waste); Italian wording",
         {"importer_name": "Durrës Asfalt SHPK", "importer_country": "AL"}),
        ("WST-10", "export", "DERAIL01", "rail", "DE", ["PL"], "UA", "440692",
         "Gebrauchte Eisenbahnschwellen, Buche, kreosotimprägniert, für Landschaftsbau, 2.000 St.", "DE", 160000, 2000,
         6000, "EUR",
         "used creosoted sleepers are hazardous waste wood (A VI) that may not be sold for gardens, let alone "
         "exported by the trainload for landscaping; German wording",
         {"importer_name": "TOV Ternopil Derevo", "importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESROAD01", "road", "MA", [], "ES", "290342",
         "Gas refrigerante R-32, bombonas desechables 9 kg, 80 uds", "CN", 720, 80, 5200, "EUR",
         "non-refillable refrigerant containers have been banned in the EU since 2007; 80 throwaway cylinders of "
         "HFC-32 by truck from Morocco, with no quota; Spanish wording",
         firm("Frío Sur Instalaciones SL", "ES")),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "841850",
         "Witryny chłodnicze plug-in, czynnik R-404A 0,8 kg, 60 szt.", "CN", 7200, 60, 39000, "USD",
         "plug-in commercial cabinets with HFCs of GWP 2,500 or more are banned (R-404A: 3,922): the charge is "
         "on the description; Polish wording",
         firm("Chłodex Handel Sp. z o.o.", "PL")),
        ("OZN-03", "import", "DEAIR01", "air", "CN", [], "DE", "281290",
         "Schwefelhexafluorid 99,9 % für Isolierglasfüllung, Flaschen 40 l, 10 St.", "CN", 500, 10, 9000, "USD",
         "SF6 in double-glazing windows has been banned since 2008; a window maker buying SF6 'for glazing' states "
         "a prohibited use; German wording",
         firm("Fensterbau Lausitz GmbH", "DE")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Klima devresi yıkama solventi, 13,6 kg tüp, 100 adet (HCFC-141b)", "TR", 1360, 100, 1900, "USD",
         "a flushing 'solvent' in 13.6 kg cylinders named HCFC-141b is an ozone-depleting substance needing an ODS "
         "licence, declared as a thinner; Turkish wording",
         firm("Sofia Klima Servis EOOD", "BG")),
        ("OZN-05", "import", "GBPOST01", "post", "US", [], "GB", "382790",
         "Refrigerant oil additive 'R-502 type', 30 lb cylinder, 1 pc", "US", 13.6, 1, 400, "USD",
         "a 30 lb cylinder 'R-502 type' is R-502 itself (CFC-115 with HCFC-22), not an oil additive, for old "
         "freezers, by post to a private person",
         person("Mr D. Hughes", "GB")),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "321410",
         "Schiuma poliuretanica monocomponente 750 ml, propellente HFC-134a, 12.000 bombolette", "CN", 10800, 12000,
         14500, "USD",
         "one-component foam with HFC propellant has been banned since 2008 (GWP 150 and over); the propellant is "
         "written on the line; Italian wording",
         firm("Edil Forniture Campania Srl", "IT")),
        ("OZN-07", "import", "DESEA01", "sea", "IN", [], "DE", "290369",
         "Dibrommethan-Lösungsmittel (Methylenchlorbromid, CAS 74-97-5), Fässer, 4 t", "IN", 4000, 20, 14000, "USD",
         "CAS 74-97-5 is bromochloromethane (halon 1011, a controlled ODS), not dibromomethane (74-95-3), declared "
         "under the bromide heading to a trader without an ODS licence; German wording",
         firm("Rheinchem Handels GmbH", "DE")),
        ("OZN-08", "import", "NLSEA01", "sea", "CN", [], "NL", "382769",
         "环保混合制冷剂 (二氟一氯甲烷 100 %)，钢瓶 13.6 kg，600 瓶", "CN", 8160, 600, 24000, "USD",
         "二氟一氯甲烷 is chlorodifluoromethane, HCFC-22 neat: an 'eco-friendly blend' that is 100 % R-22 under an HFC "
         "blend heading; Chinese wording",
         firm("Polder Koeltechniek BV", "NL")),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "382764",
         "Лични вещи, газ за климатици, 12 бутилки по 11,3 kg", "TR", 136, 12, 900, "EUR",
         "a private car at the border with twelve 11.3 kg refrigerant cylinders (R-410A) as 'personal effects': "
         "bulk HFC is never personal luggage; Bulgarian wording",
         person("Г-н И. Петров", "BG")),
        ("OZN-10", "import", "FRSEA01", "sea", "CN", [], "FR", "290344",
         "Pentafluoroéthane (HFC-125) pour synthèse chimique, usage matière première, ISO tank 18 t", "CN", 18000,
         None, 108000, "USD",
         "a feedstock claim exempts HFCs from quota only for a producer that transforms them; a Paris trading firm "
         "with no plant buying 18 t of HFC-125 'for synthesis' is blending stock for R-410A and R-404A; French "
         "wording",
         firm("Fluor Négoce International SAS", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRPOST01", "post", "EG", [], "FR", "630790",
         "Échantillons de tissu ancien, lin et laine, médaillons tissés, 15 pcs", "EG", 1, 15, 1800, "USD",
         "linen-and-wool woven roundels from Egypt are Coptic textile fragments (4th-8th century), grave finds "
         "whose export Egypt forbids, at 120 USD a piece; French wording",
         person("M. P. Girard", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "TH", [], "NL", "680299",
         "Sandstone garden statue, head of Buddha, weathered, with old mount, 1 pc", "KH", 45, 1, 9500, "USD",
         "a weathered sandstone head of Cambodian origin on an old mount at 9,500 USD is a Khmer temple head (ICOM "
         "Red List, Cambodia), shipped via Thailand as a garden statue",
         firm("Oriental Gallery Amsterdam BV", "NL")),
        ("CUL-03", "import", "DEAIR01", "air", "AE", [], "DE", "970390",
         "Decorative stone carving, grey schist, standing Buddha, modern, 1 pc", "PK", 80, 1, 22000, "USD",
         "grey schist Buddhas are Gandhara sculpture; a 'modern' carving at 22,000 USD with Pakistani origin routed "
         "through Dubai is an excavated piece",
         firm("Asiatica Kunsthandel GmbH", "DE")),
        ("CUL-04", "import", "BEPOST01", "post", "TR", [], "BE", "711620",
         "Stone beads, drilled cylinders with engraved figures, 12 pcs", "IQ", 0.3, 12, 3600, "USD",
         "drilled stone cylinders engraved with figures are Mesopotamian cylinder seals (ICOM Red List, Iraq) at "
         "300 USD each, of Iraqi origin posted from Turkey",
         person("Mme C. Lambert", "BE")),
        ("CUL-05", "import", "BEAIR01", "air", "HK", [], "BE", "830629",
         "仿古青铜鼎工艺品，带土锈，高35厘米，1件", "CN", 9, 1, 28000, "USD",
         "a 'replica' bronze ding with burial encrustation (土锈) at 28,000 USD is an excavated archaic ritual vessel; "
         "Chinese wording",
         firm("Sablon Asian Art SA", "BE")),
        ("CUL-06", "export", "ITAIR01", "express", "IT", [], "CH", "741980",
         "Bronzetti decorativi moderni, figure votive, patina verde con terra, 8 pz", "IT", 2, 8, 4800, "EUR",
         "'modern' votive figurines with green patina and soil are Etruscan or Italic votive bronzes, sent to "
         "Switzerland by express without an export certificate; Italian wording",
         {"importer_name": "Galerie Léman SA", "importer_country": "CH"}),
        ("CUL-07", "export", "NLAIR01", "express", "NL", [], "US", "491199",
         "Decorative prints, hand-coloured maps, copperplate, 1570, 6 pcs", "NL", 1, 6, 14000, "EUR",
         "hand-coloured copperplate maps dated 1570 at 2,300 EUR each are Ortelius atlas leaves, the kind cut from "
         "library atlases, exported as prints without a certificate",
         {"importer_name": "Mapworld Antiques LLC", "importer_country": "US"}),
        ("CUL-08", "import", "ESAIR01", "express", "CO", [], "ES", "711291",
         "Chatarra de oro 14k, piezas pequeñas, 0,4 kg", "CO", 0.4, None, 26000, "USD",
         "14-carat 'scrap' from Colombia in small pieces at 65,000 USD/kg, above the melt value of 14 k gold, is "
         "pre-Columbian tumbaga ornaments priced for collectors; Spanish wording",
         person("Sr. L. Gómez", "ES")),
        ("CUL-09", "import", "DEAIR01", "air", "OM", [], "DE", "680291",
         "Alabaster decorative heads, onyx type, with inscription, 4 pcs", "YE", 28, 4, 18000, "USD",
         "inscribed alabaster heads of Yemeni origin are South Arabian (Sabaean, Qatabanian) funerary heads, on the "
         "ICOM Red List for Yemen, at 4,500 USD each via Oman",
         firm("Arabia Felix Antiken GmbH", "DE")),
        ("CUL-10", "export", "PTSEA01", "sea", "PT", [], "BR", "690740",
         "Azulejos usados de demolição, painel figurativo azul e branco, séc. XVIII, 12 m2", "PT", 300, None, 3500,
         "EUR",
         "an 18th-century blue-and-white figurative panel is a listed azulejo panel, the kind stripped from churches "
         "and palaces, exported as demolition tiles without a certificate; Portuguese wording",
         {"importer_name": "Antiquário Colonial Ltda", "importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "TR", "292219",
         "Amine antioxidant for coatings, 2-(diisopropylamino)ethanol, CAS 96-80-0, drums, 4 t", "DE", 4000, 20, 19000,
         "EUR",
         "2-(diisopropylamino)ethanol is a CWC Schedule 2 precursor of VX, not a coatings antioxidant, to a "
         "free-zone trader in Mersin without a licence",
         {"importer_name": "Mersin Serbest Bölge Kimya Ltd", "importer_country": "TR"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "AM", "281219",
         "Flame-retardant intermediate, chloride oxide, CAS 10025-87-3, 10 t", "BE", 10000, None, 14000, "EUR",
         "CAS 10025-87-3 is phosphorus oxychloride (CWC Schedule 3, Australia Group), declared under the residual "
         "chloride subheading, to an Armenian trader with no plant",
         {"importer_name": "Ararat Chemical Trade LLC", "importer_country": "AM"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "841229",
         "Machinery parts, hydraulic actuator assemblies, used, P/N 65C27820 (B737 main landing gear), 2 pcs", "FR",
         140, 2, 90000, "EUR",
         "a Boeing 737 landing-gear actuator is an aircraft part (Annex XI to Regulation 833/2014), declared as "
         "machinery to a Dubai trader that resupplies Russian fleets",
         {"importer_name": "Sky Parts General Trading FZE", "importer_country": "AE"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "310420",
         "Potassium chloride 60 % K2O, red granular, Belaruskali grade, 2,000 t", "KZ", 2000000, None, 560000, "USD",
         "Kazakhstan does not mine red granular potash at this scale; a Belaruskali grade railed through Belarus is "
         "sanctioned Belarusian potash under a Kazakh origin",
         firm("Agro-Potas Handel Sp. z o.o.", "PL")),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "CN", "681512",
         "Matériau pour cannes à pêche, tissu carbone préimprégné T800 12K, résistance 5,5 GPa, 800 kg", "FR", 800,
         None, 96000, "EUR",
         "T800-class carbon fibre at 5.5 GPa is above the dual-use threshold (1C010) and 800 kg of prepreg is not a "
         "fishing-rod maker's order; French wording",
         {"importer_name": "Shenzhen Fishing Gear Materials Co.", "importer_country": "CN"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "AE", "846390",
         "Metall-Drückmaschine, CNC, 2 Rollen, Werkstücklänge 3 m, gebraucht, 1 St.", "DE", 14000, 1, 380000, "EUR",
         "a two-roller CNC spinning machine for 3 m workpieces is a flow-forming machine (2B009), used for rotors "
         "and rocket motor cases, to a Jebel Ali trader; German wording",
         {"importer_name": "Gulf Machinery Trading FZCO", "importer_country": "AE"}),
        ("STR-07", "export", "ATAIR01", "express", "AT", [], "KZ", "854089",
         "Photomultiplier tubes for laboratory, 18 mm, XD-4 type, 40 pcs", "NL", 8, 40, 120000, "EUR",
         "an 18 mm XD-4 tube is an image intensifier for night vision, not a photomultiplier, 40 of them to "
         "Almaty",
         {"importer_name": "Almaty Optic Supply TOO", "importer_country": "KZ"}),
        ("STR-08", "export", "FRROAD01", "road", "FR", ["DE", "PL"], "KG", "690721",
         "Carreaux céramiques carbure de bore, 250 x 300 mm, bombés, 600 pcs", "FR", 1500, 600, 330000, "EUR",
         "curved 250 x 300 mm boron-carbide tiles are body-armour plates, at 550 EUR a tile, to Bishkek by road; "
         "French wording",
         {"importer_name": "Bishkek Stroy Import OsOO", "importer_country": "KG"}),
        ("STR-09", "import", "SEPOST01", "post", "US", [], "SE", "842123",
         "Fuel filter kit, solvent trap, 1/2x28 thread, with 7 cups, 3 pcs", "US", 2, 3, 450, "USD",
         "a 'solvent trap' with 1/2x28 muzzle thread and a stack of cups is a sound-moderator kit, a firearm part, "
         "by post to a private person",
         person("Mr L. Nilsson", "SE")),
        ("STR-10", "export", "NLSEA01", "sea", "NL", [], "LB", "381239",
         "مثبط لهب للبلاستيك، ثنائي إيثيل إيثيل فوسفونات، براميل، 6 طن", "NL", 6000, 30, 27000, "EUR",
         "diethyl ethylphosphonate (DEEP) is a CWC Schedule 2 chemical, declared as a plastics stabiliser "
         "preparation to a Beirut trader; Arabic wording",
         {"importer_name": "Beirut Polymer Additives SARL", "importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "BEAIR01", "air", "ZW", ["ET"], "BE", "020890",
         "Frozen exotic meat, tail fillets, Crocodylus niloticus, vacuum packs, 600 kg", "ZW", 600, None, 7800, "USD",
         "Nile crocodile (Appendix II) meat, farmed or not, needs a CITES export permit from Zimbabwe; the species "
         "is named on the line and no permit is carried",
         firm("Exotic Meats Antwerpen BV", "BE")),
        ("WLD-02", "export", "ESAIR01", "air", "ES", [], "HK", "030571",
         "Aletas de pescado secas, Sphyrna y Carcharhinus longimanus, 300 kg", "ES", 300, None, 48000, "EUR",
         "hammerhead and oceanic whitetip fins are Appendix II; a permit is needed and none is carried; Spanish "
         "wording",
         {"importer_name": "Hong Kong Sea Treasure Ltd", "importer_country": "HK"}),
        ("WLD-03", "import", "DEPOST01", "post", "UG", [], "DE", "050790",
         "Raw animal bone for knife handles, curved teeth, 6 pcs", "UG", 4, 6, 900, "USD",
         "curved ivory teeth from Uganda at 150 USD each are hippopotamus canines (Appendix II), posted without a "
         "permit",
         person("Herr M. Schulz", "DE")),
        ("WLD-04", "import", "ITAIR01", "express", "ID", [], "IT", "420221",
         "Borse in pelle goffrata effetto lucertola, Varanus salvator, 50 pz", "ID", 40, 50, 6500, "USD",
         "the species name gives it away: water-monitor skin is Appendix II and needs a CITES permit, none is "
         "carried; Italian wording",
         firm("Pelletteria Arno Srl", "IT")),
        ("WLD-05", "import", "BEAIR01", "air", "CM", ["TR"], "BE", "010632",
         "Perroquets élevés en captivité, bagues fermées, 40 oiseaux", "CM", 20, 40, 8000, "USD",
         "grey parrots (Appendix I) from Cameroon, which has no captive-breeding operation, by air via Istanbul "
         "without a permit; French wording",
         {"consignee_name": "M. A. Nkemelu", "importer_country": "BE"}),
        ("WLD-06", "import", "FRSEA01", "sea", "MG", ["MU"], "FR", "440349",
         "Bois dur tropical en grumes, rouge foncé, Madagascar, 18 m3", "MG", 19000, None, 95000, "EUR",
         "dark-red hardwood logs from Madagascar at 5,300 EUR/m3 are Dalbergia rosewood (Appendix II, zero export "
         "quota) via Mauritius; French wording",
         firm("Bois Précieux Marseille SAS", "FR")),
        ("WLD-07", "import", "ATPOST01", "post", "JP", [], "AT", "392690",
         "べっ甲 かんざし、櫛、アンティーク風、10点", "JP", 0.5, 10, 2200, "USD",
         "べっ甲 (bekko) is hawksbill tortoiseshell (Appendix I), declared as plastic hair ornaments; Japanese "
         "wording",
         person("Frau S. Huber", "AT")),
        ("WLD-08", "import", "NLAIR01", "express", "VN", [], "NL", "060290",
         "Orchid seedlings, bare-root, Paphiopedilum, flowering size, 150 pcs", "VN", 8, 150, 900, "USD",
         "Paphiopedilum are Appendix I; bare-root flowering-size plants from Vietnam are wild-collected, not "
         "flasked seedlings, and carry no permit",
         person("Dhr. T. Smit", "NL")),
        ("WLD-09", "transit", "ESAIR01", "air", "BO", ["ES"], "CN", "050790",
         "Colmillos de perro tallados, colgantes artesanales, 60 pcs", "BO", 1.5, 60, 9000, "USD",
         "dog canines do not sell at 150 USD; large canines from Bolivia bound for China are jaguar fangs "
         "(Appendix I) in transit through Madrid; Spanish wording",
         {"importer_name": "Kunming Handicraft Trading Co.", "importer_country": "CN"}),
        ("WLD-10", "import", "FRPOST01", "post", "CN", [], "FR", "121190",
         "麝香仁，中药材，10 g x 20", "CN", 0.2, 20, 3000, "USD",
         "麝香 is musk from musk-deer pods (Moschus, Appendix I/II), sold as a herbal medicine at 15,000 USD/kg; "
         "Chinese wording",
         person("Mme L. Wu", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CN", "DE", "282990",
     "Sodium perchlorate monohydrate 99 %, for electrochemical machining, 20 t", "CN", 20000, None, 36000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-30-0141")], "perchlorate for an ECM electrolyte maker, licensed"),
    ("PRM-02", "precursors", "import", "SESEA01", "sea", "ZA", "SE", "360310",
     "Safety fuse, black, 120 s/m, 50 rolls of 100 m, for a blasting contractor", "ZA", 600, 50, 4200, "USD",
     [("IMPORT_LICENCE", "SE-MSB-30-0077")], "safety fuse to a licensed quarry contractor"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "282540",
     "Electroplating sludge, filter-press cake, Ni 9 %, notified, 20 t", "NO", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-30-0212")], "notified galvanic sludge to a Belgian hydrometallurgy plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "440692",
     "Used creosoted railway sleepers, for incineration with energy recovery, 24 t", "CH", 24000, 300, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-30-0388")], "notified waste sleepers to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290344",
     "Pentafluoroethane (HFC-125), ISO tank, for refrigerant blending, 18 t", "CN", 18000, None, 126000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-30-0061")], "HFC-125 within a blender's quota"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "IN", "DE", "290379",
     "Bromochloromethane (halon 1011), feedstock for pharmaceutical synthesis, 3 t", "IN", 3000, 15, 12000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-30-0019")], "halon 1011 as feedstock under an ODS licence"),
    ("PRM-07", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "690740",
     "Azulejo panel, blue and white, Lisbon, circa 1740, from an old private collection, 6 m2", "PT", 150, None,
     48000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-30-0144")], "an 18th-century azulejo panel with its certificate"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "491199",
     "Map, Ortelius, Theatrum Orbis Terrarum, hand-coloured, 1570, 1 leaf", "NL", 1, 1, 3200, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-30-0233")], "an atlas leaf with its certificate"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "681512",
     "Carbon fibre prepreg T800 12K, for satellite structures, 400 kg", "FR", 400, None, 52000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-30-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-30-0098")],
     "controlled carbon prepreg to a space-structures maker under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "281212",
     "Phosphorus oxychloride, ISO tank, for a pharmaceutical intermediate plant, 18 t", "BE", 18000, None, 25000,
     "EUR",
     [("EXPORT_LICENCE", "BE-VL-30-0390"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-30-0117")],
     "Schedule 3 chemical to an Indian pharma plant under licence"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "TW", "NL", "060290",
     "Paphiopedilum hybrids, artificially propagated, flasked seedlings, 400 pcs", "TW", 12, 400, 1600, "USD",
     [("CITES_PERMIT", "TW-CITES-30-0524")], "propagated slipper orchids with their permit, to a nursery"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "410390",
     "Water monitor (Varanus salvator) skins, crust, within Malaysian quota, 500 pcs", "MY", 400, 500, 21000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-30-0311")], "monitor skins with their export permit, to a tannery"),
]

CONSIGNEES = {
    "PRM-01": "ECM Elektrolyt Chemie GmbH", "PRM-02": "Bergsprängning Norr AB", "PRM-03": "Hydromet Hoboken NV",
    "PRM-04": "MHKW Basel-Weil GmbH", "PRM-05": "Refrigeranti Padana SpA", "PRM-06": "Synthon Pharma Chemie GmbH",
    "PRM-07": "Sra. Beatriz Moraes", "PRM-08": "Mr J. Whitcombe", "PRM-09": "Bharat Space Composites Pvt Ltd",
    "PRM-10": "Aarti Pharma Intermediates Ltd", "PRM-11": "Orchideeën Westland BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390761", "PET bottle-grade resin, prime, IV 0.80, 1.1 t bags", "import", ["sea"], ["KR", "TW", "OM"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("390330", "ABS resin, injection grade, prime", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("391590", "Clean PET bottle flakes, hot-washed, PVC < 50 ppm, labels < 0.5 %", "import", ["sea"], ["TR", "MA"], (0.7, 0.9), (20000, 24000), ["EUR"], None, S),
    ("401220", "Part-worn car tyres, graded, tread 4 mm or more, stacked", "export", ["road"], ["CH", "RS"], (2.0, 3.0), (6000, 10000), ["EUR"], 0.12, S),
    ("847130", "Refurbished business laptops, tested, wiped, boxed, 12-month warranty", "import", ["sea"], ["US", "CA"], (40, 80), (1000, 3000), ["USD"], 0.5, S),
    ("850440", "UPS units 1.5 kVA with sealed lead batteries, new, boxed", "import", ["sea"], ["CN", "TW"], (3, 5), (4000, 10000), ["USD"], 0.06, S),
    ("282540", "Nickel hydroxide, battery grade, dry powder, Ni 62 %", "import", ["sea"], ["JP", "CN"], (12, 16), (2000, 8000), ["USD"], None, S),
    ("271320", "Paving bitumen 50/70, heated tank, to a road builder", "import", ["sea"], ["TR", "EG"], (0.4, 0.55), (20000, 24000), ["USD"], None, S),
    ("440612", "New oak sleepers, untreated, for garden landscaping", "import", ["road"], ["UA", "BA"], (0.4, 0.6), (18000, 22000), ["EUR"], 0.014, S),
    ("250810", "Bentonite, drilling grade to API 13A, new, 1 t bags", "import", ["sea"], ["TR", "IN", "US"], (0.15, 0.25), (20000, 24000), ["USD"], None, S),
    ("811292", "Gallium metal 4N, ingots, for a compound-semiconductor maker", "import", ["air"], ["JP", "CN"], (300, 450), (20, 100), ["USD"], None, S),
    ("280800", "Nitric acid 58 %, IBC, to a metal-finishing plant", "import", ["road"], ["CH"], (0.4, 0.7), (10000, 20000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 35 %, ISO tank, to a paper mill", "import", ["sea"], ["TR", "KR"], (0.5, 0.8), (18000, 22000), ["USD"], None, S),
    ("310280", "UAN 30 liquid fertiliser, urea-ammonium nitrate solution, to a cooperative", "import", ["sea"], ["TT", "EG"], (0.25, 0.35), (22000, 26000), ["USD"], None, S),
    ("360690", "Hexamine solid-fuel tablets, pressed, retail packs", "import", ["post"], ["US", "NO"], (15, 30), (1, 3), ["USD"], 70, S),
    ("330430", "PET nail glitter, cosmetic grade, retail jars", "import", ["post"], ["CN", "KR"], (20, 40), (1, 3), ["USD"], 50, S),
    ("340600", "Pillar candles, paraffin, with cotton wicks, retail", "import", ["sea"], ["CN", "VN"], (1.8, 2.8), (4000, 12000), ["USD"], 4, S),
    ("760310", "Aluminium paste for aerated-concrete blocks, 65 % solids, to an AAC plant", "import", ["sea"], ["CN", "IN"], (3.5, 5), (10000, 16000), ["USD"], None, S),
    ("560790", "Jute garden twine, natural, retail balls", "import", ["sea"], ["BD", "IN"], (1.5, 2.5), (5000, 12000), ["USD"], 4, S),
    ("841850", "Supermarket display cabinets, plug-in, R-290 charge 150 g, new", "import", ["sea"], ["CN", "TR"], (6, 10), (6000, 12000), ["USD", "EUR"], 0.006, S),
    ("321410", "One-component PU foam cans 750 ml, propane-butane-DME propellant", "import", ["road"], ["TR", "RS"], (2.5, 4), (6000, 14000), ["EUR"], 1.1, S),
    ("281290", "Sulphur hexafluoride 3.0, 40 l cylinders, to a switchgear maker", "import", ["sea"], ["US", "JP"], (15, 25), (1000, 3000), ["USD"], 0.02, S),
    ("290351", "HFO-1234yf refrigerant, returnable cylinders 5 kg, to car workshops", "import", ["sea"], ["CN", "US"], (30, 50), (1000, 4000), ["USD"], None, S),
    ("381400", "Hydrocarbon-based AC circuit flushing solvent, 5 l cans", "import", ["road"], ["TR", "RS"], (3, 5), (2000, 6000), ["EUR"], 0.2, S),
    ("630790", "Linen tea towels printed with Coptic-pattern motifs, new", "import", ["post"], ["EG"], (15, 30), (1, 4), ["USD"], 10, S),
    ("680299", "New sandstone Buddha heads, carved for gardens, with maker's invoice", "import", ["sea"], ["ID", "VN"], (1.0, 2.0), (2000, 8000), ["USD"], 0.05, S),
    ("970390", "Small bronze sculpture, signed, by a living artist, with gallery invoice", "import", ["express"], ["US", "ZA"], (200, 400), (2, 4), ["USD"], 0.4, S),
    ("711620", "New lapis lazuli beads, strands, drilled", "import", ["post"], ["AF", "PK"], (30, 80), (1, 3), ["USD"], 20, S),
    ("830629", "New brass incense burners, Chinese style, souvenirs", "import", ["post"], ["CN"], (15, 25), (1, 4), ["USD"], 2, S),
    ("491191", "Facsimile reprints of antique maps, printed on paper", "import", ["post"], ["US", "CA"], (30, 60), (1, 3), ["USD"], 8, S),
    ("690740", "New hand-painted zellige tiles", "import", ["sea"], ["MA", "TN"], (2, 4), (5000, 15000), ["EUR"], 0.5, S),
    ("292211", "Monoethanolamine 99 %, for gas treating at a refinery", "import", ["sea"], ["US", "SA"], (1.2, 1.6), (18000, 22000), ["USD"], None, S),
    ("291990", "Triphenyl phosphate, flame retardant, to a PVC compounder", "import", ["sea"], ["CN", "KR"], (2.5, 3.5), (10000, 18000), ["USD"], None, S),
    ("842123", "Car oil filters, retail boxes", "import", ["sea"], ["KR", "CN"], (4, 7), (4000, 10000), ["USD"], 2, S),
    ("681512", "Carbon fibre woven fabric T300 3K, for a boat builder", "import", ["sea"], ["JP", "TW"], (25, 40), (1000, 3000), ["USD"], None, S),
    ("420221", "Cowhide handbags with python-print embossing", "import", ["post"], ["CN", "TR"], (40, 80), (1, 3), ["USD"], 1.5, S),
    ("392690", "Acrylic hair combs, tortoiseshell pattern", "import", ["post"], ["CN", "JP"], (30, 60), (1, 2), ["USD"], 30, S),
    ("060290", "Phalaenopsis hybrids in bloom, nursery-propagated, labelled, 20 or more per box", "import", ["air"], ["TW"], (8, 15), (200, 800), ["USD"], 1, S),
    ("050790", "Cattle horns, raw, for a button maker", "import", ["sea"], ["BR", "AR"], (1.0, 2.0), (8000, 16000), ["USD"], None, S),
    ("051191", "Tilapia scales, dried, for collagen extraction", "import", ["sea"], ["VN", "ID"], (0.8, 1.5), (15000, 20000), ["USD"], None, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.7, 1.1), (18000, 22000), ["USD", "EUR"], None, N),
    ("080550", "Lemons, fresh", "import", ["sea"], ["TR", "AR"], (0.9, 1.4), (18000, 22000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, fresh, Hass", "import", ["sea"], ["PE", "KE", "CO"], (2.0, 3.0), (15000, 20000), ["USD"], None, N),
    ("081040", "Blueberries, fresh", "import", ["air", "sea"], ["PE", "CL", "MA"], (5, 8), (3000, 12000), ["USD"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "AR"], (1.0, 1.6), (24000, 27000), ["USD"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["MA", "TR"], (1.2, 2.0), (15000, 20000), ["EUR"], None, N),
    ("071140", "Cucumbers in brine, provisionally preserved", "import", ["sea"], ["IN", "TR"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("080131", "Cashew nuts in shell, raw", "import", ["sea"], ["CI", "GH", "VN"], (1.2, 1.6), (20000, 25000), ["USD"], None, N),
    ("080251", "Pistachios in shell, roasted", "import", ["sea"], ["US", "TR", "IR"], (8, 11), (15000, 20000), ["USD"], None, N),
    ("080620", "Raisins, sultanas", "import", ["sea"], ["TR", "UZ", "ZA"], (2.0, 2.8), (18000, 22000), ["USD"], None, N),
    ("090230", "Black tea, fermented, in packets", "import", ["sea"], ["LK", "KE", "IN"], (3, 6), (10000, 18000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR", "IN"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE", "BR"], (1.2, 2.0), (20000, 24000), ["USD"], None, N),
    ("100199", "Wheat, milling grade", "import", ["sea"], ["UA", "CA", "US"], (0.22, 0.3), (25000, 30000), ["USD"], None, N),
    ("100590", "Maize, yellow, feed grade", "import", ["sea"], ["UA", "BR", "US"], (0.2, 0.27), (25000, 30000), ["USD"], None, N),
    ("110100", "Wheat flour, baker's grade", "export", ["sea"], ["NO", "CH", "MA"], (0.4, 0.6), (20000, 24000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US", "CA"], (0.45, 0.6), (25000, 30000), ["USD"], None, N),
    ("120400", "Linseed, whole", "import", ["sea"], ["KZ", "CA"], (0.6, 0.8), (20000, 25000), ["USD"], None, N),
    ("151219", "Sunflower oil, refined, retail bottles", "import", ["sea", "road"], ["UA", "MD"], (1.1, 1.5), (18000, 22000), ["USD", "EUR"], 0.9, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["TH", "EC", "PH"], (4, 6), (15000, 20000), ["USD"], 5, N),
    ("030441", "Frozen salmon fillets, farmed", "import", ["road"], ["NO"], (9, 13), (15000, 20000), ["EUR", "USD"], None, N),
    ("030551", "Dried salted cod, klippfisk", "export", ["sea"], ["BR", "AO"], (8, 12), (15000, 20000), ["EUR"], None, N),
    ("040690", "Hard cheese, aged, wheels", "export", ["sea"], ["US", "JP", "CA"], (9, 15), (8000, 18000), ["EUR"], None, N),
    ("040221", "Whole milk powder, 25 kg bags", "export", ["sea"], ["DZ", "NG", "CN"], (3, 4), (20000, 24000), ["EUR"], None, N),
    ("190531", "Sweet biscuits, retail packs", "export", ["sea"], ["CH", "GB", "US"], (2.5, 4), (12000, 18000), ["EUR"], None, N),
    ("200290", "Tomato paste, aseptic drums", "import", ["sea"], ["CN", "TR", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("200819", "Roasted peanuts and mixed nuts, retail", "import", ["sea"], ["US", "AR"], (3, 5), (12000, 18000), ["USD"], None, N),
    ("210390", "Soy sauce and condiments, retail bottles", "import", ["sea"], ["CN", "JP", "KR"], (2, 4), (10000, 16000), ["USD"], 1, N),
    ("220830", "Whisky, bottled, 0.7 l", "import", ["sea"], ["GB", "US", "JP"], (12, 25), (8000, 16000), ["GBP", "USD"], 1.2, N),
    ("220210", "Soft drinks, canned", "import", ["road"], ["TR", "RS"], (0.6, 1.0), (18000, 22000), ["EUR"], None, N),
    ("240220", "Cigarettes, duty-suspended, to a bonded warehouse", "import", ["road"], ["CH"], (25, 45), (4000, 8000), ["EUR"], None, N),
    ("252329", "Portland cement, bulk bags", "import", ["sea"], ["TR", "EG"], (0.06, 0.09), (25000, 30000), ["USD"], None, N),
    ("270112", "Bituminous coal, steam grade", "import", ["sea"], ["CO", "ZA", "AU"], (0.1, 0.15), (25000, 30000), ["USD"], None, N),
    ("281511", "Caustic soda flakes, 99 %", "import", ["sea"], ["CN", "SA"], (0.4, 0.6), (20000, 24000), ["USD"], None, N),
    ("291511", "Formic acid 85 %, IBC", "import", ["sea"], ["CN", "KR"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("320890", "Industrial coatings, solvent-based, drums", "import", ["sea"], ["US", "KR"], (4, 7), (6000, 14000), ["USD"], None, N),
    ("330499", "Face creams, retail jars", "import", ["sea", "air"], ["KR", "JP", "US"], (15, 30), (500, 3000), ["USD"], 10, N),
    ("340250", "Laundry detergent powder, retail packs", "import", ["road"], ["TR", "RS"], (1.0, 1.8), (15000, 20000), ["EUR"], None, N),
    ("380891", "Mosquito coils, retail boxes", "import", ["sea"], ["CN", "IN"], (1.5, 2.5), (6000, 12000), ["USD"], None, N),
    ("390410", "PVC resin, suspension grade, prime", "import", ["sea"], ["US", "TW", "EG"], (0.8, 1.1), (20000, 24000), ["USD"], None, N),
    ("392321", "Polyethylene carrier bags, retail", "import", ["sea"], ["MY", "VN"], (1.8, 2.6), (10000, 16000), ["USD"], None, N),
    ("401110", "New car tyres, radial, boxed", "import", ["sea"], ["CN", "TH", "KR"], (3, 4.5), (12000, 18000), ["USD"], 0.12, N),
    ("420292", "Travel bags, polyester, with wheels", "import", ["sea"], ["CN", "VN"], (6, 10), (4000, 10000), ["USD"], 0.3, N),
    ("441112", "MDF panels, 12 mm", "import", ["sea"], ["BR", "TR", "CL"], (0.35, 0.5), (22000, 26000), ["USD"], None, N),
    ("481910", "Corrugated cartons, flat-packed", "import", ["road"], ["CH", "RS"], (1.0, 1.6), (8000, 16000), ["EUR"], None, N),
    ("490199", "Printed books, children's picture books", "import", ["post", "express"], ["US", "GB", "CA"], (12, 25), (1, 5), ["USD", "GBP"], 2, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR", "BF"], (1.6, 2.2), (20000, 24000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "KH", "TR"], (8, 14), (4000, 10000), ["USD"], 5, N),
    ("611030", "Synthetic knit pullovers", "import", ["sea"], ["CN", "BD"], (10, 16), (3000, 8000), ["USD"], 3, N),
    ("620342", "Men's cotton trousers, denim", "import", ["sea"], ["PK", "BD", "TR"], (10, 16), (4000, 10000), ["USD"], 1.6, N),
    ("640399", "Leather shoes, adult", "import", ["sea"], ["VN", "IN", "CN"], (20, 35), (2000, 6000), ["USD"], 1.2, N),
    ("640419", "Textile sneakers, rubber soles", "import", ["post", "express"], ["CN", "US"], (30, 60), (1, 3), ["USD"], 1.2, N),
    ("691200", "Ceramic tableware, stoneware, retail sets", "import", ["sea"], ["CN", "TH"], (1.5, 2.5), (8000, 16000), ["USD"], 1, N),
    ("700992", "Framed mirrors, retail", "import", ["sea"], ["CN", "IN"], (3, 5), (4000, 10000), ["USD"], 0.15, N),
    ("721049", "Galvanised steel coil", "import", ["sea"], ["KR", "IN", "TW"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("730890", "Steel scaffolding components", "import", ["sea"], ["TR", "CN"], (1.2, 1.8), (15000, 22000), ["USD", "EUR"], None, N),
    ("732393", "Stainless steel cookware, retail sets", "import", ["sea"], ["CN", "IN"], (5, 8), (4000, 10000), ["USD"], 0.3, N),
    ("761010", "Aluminium window frames, powder-coated", "export", ["road"], ["CH", "NO"], (6, 9), (3000, 8000), ["EUR"], None, N),
    ("820551", "Kitchen hand tools, stainless", "import", ["sea"], ["CN", "TW"], (4, 7), (3000, 8000), ["USD"], 8, N),
    ("841510", "Window air conditioners R-290, new", "import", ["sea"], ["CN"], (6, 9), (6000, 12000), ["USD"], 0.03, N),
    ("843149", "Excavator bucket teeth and parts", "import", ["sea"], ["CN", "KR"], (2.5, 4), (5000, 12000), ["USD"], None, N),
    ("845011", "Washing machines, front-loading, household", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("847160", "Computer keyboards and mice, retail", "import", ["post", "express"], ["CN", "TW"], (20, 40), (1, 4), ["USD"], 2, N),
    ("851713", "Smartphones, new, boxed", "import", ["air"], ["CN", "VN", "IN"], (250, 450), (200, 1500), ["USD"], 4, N),
    ("851830", "Headphones, wireless, retail", "import", ["post", "express"], ["CN", "US"], (60, 120), (1, 3), ["USD"], 3, N),
    ("870899", "Car parts, brake assemblies, new", "import", ["sea"], ["CN", "TR", "IN"], (3, 6), (6000, 14000), ["USD"], None, N),
    ("871200", "Bicycles, city, assembled", "import", ["sea"], ["TW", "KH", "VN"], (8, 14), (3000, 8000), ["USD"], 0.06, N),
    ("900410", "Sunglasses, retail", "import", ["post", "express"], ["CN", "US"], (60, 150), (1, 2), ["USD"], 10, N),
    ("910211", "Wristwatches, quartz, retail", "import", ["express"], ["CN", "JP", "HK"], (150, 400), (1, 3), ["USD"], 10, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY", "CN"], (4, 7), (4000, 9000), ["USD"], 0.12, N),
    ("940542", "LED light fittings, retail", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 1, N),
    ("950300", "Plastic toys, building blocks, retail", "import", ["sea"], ["CN"], (6, 12), (3000, 8000), ["USD"], 3, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (5, 9), (3000, 7000), ["USD"], 2.5, N),
    ("961900", "Baby diapers, retail packs", "import", ["sea"], ["TR", "CN"], (2.5, 4), (8000, 14000), ["EUR", "USD"], None, N),
    ("330300", "Perfume, eau de parfum, retail bottles", "import", ["post", "express"], ["AE", "US"], (80, 150), (1, 2), ["USD"], 5, N),
]


base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind24", 20300301, HERE)


if __name__ == "__main__":
    main()
