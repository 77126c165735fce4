#!/usr/bin/env python3
"""Writes the twentieth blind set (tests/risk/data/blind20-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2029, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and measured once on round twenty's 559 profiles, before round
twenty-one studied it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind18, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg). Ids are BL20-*:

    python3 tests/risk/data/make_blind20_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "VN", [], "NL", "282919",
         "Chất kích thích ra hoa nhãn, KClO3 99 %, túi 1 kg, 10 túi", "VN", 10, 10, 45, "USD",
         "Vietnamese and Thai growers force longan trees to flower with potassium chlorate; there are no longan "
         "orchards in the Netherlands: 10 kg of 99 % KClO3 (Annex I) to a private person; Vietnamese wording",
         person("Dhr. T. Nguyen", "NL")),
        ("PRE-02", "import", "DEPOST01", "post", "US", [], "DE", "284700",
         "Carbamide peroxide powder 97 %, teeth whitening raw material, 4 x 1 kg", "US", 4, 4, 120, "USD",
         "carbamide (urea) peroxide carries about a third of its weight as hydrogen peroxide: a 97 % powder is "
         "about 35 % H2O2 (Annex I, limit 12 %), raw material to a private person; retail gels hold 10-16 % "
         "carbamide peroxide in 3 ml syringes", person("Privatperson", "DE")),
        ("PRE-03", "import", "ITAIR01", "express", "US", [], "IT", "280800",
         "Acido nitrico 65 %, per invecchiamento del legno d'acero (liuteria), 4 flaconi da 2,5 l", "US", 14, 4,
         160, "USD",
         "violin makers age maple with the fumes of a few millilitres of dilute acid; 10 l of 65 % nitric acid "
         "(Annex I, limit 3 %) to a private person, under a cover item of varnish; Italian wording",
         {"consignee_name": "Sig. F. Conti", "importer_country": "IT",
          "_more_items": [item("320890", "Vernice ad olio per violino, flaconi 250 ml", "US", 1.5, 90, "USD", 6)]}),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "320649",
         "Pigment czerwony 'do dymu', Sr(NO3)2 / KClO4 / żywica, proszek, worki 5 kg, 4 szt.", "UA", 20, 4, 140,
         "EUR",
         "a pigment is no mix of strontium nitrate, potassium perchlorate and resin binder: that is loose red "
         "flare composition (the hand flares burnt by football ultras), perchlorate being Annex I, to a private "
         "person; Polish wording", person("Kamil Wiśniewski", "PL")),
        ("PRE-05", "transit", "BESEA01", "sea", "CN", [], "TZ", "950790",
         "Fishing float tubes, aluminium, 6.4 x 35 mm, one end closed, filled, 20,000 pcs", "CN", 60, 20000, 1400,
         "USD",
         "a float is hollow: filled aluminium tubes 6.4 x 35 mm closed at one end are No. 6 plain detonators, "
         "shipped to a fishing-supply trader on the Tanzanian coast, where blast fishing uses them",
         {"importer_name": "Pwani Fishing Supplies Ltd", "importer_country": "TZ"}),
        ("PRE-06", "import", "FRPOST01", "post", "GB", [], "FR", "284700",
         "Oxydant pour spa et jacuzzi, sans chlore, peroxyde d'hydrogène 35 %, 4 bidons de 5 l", "GB", 22, 4, 110,
         "GBP",
         "a hot tub takes a few hundred millilitres of a dilute oxidiser a week; 20 l of 35 % hydrogen peroxide "
         "(Annex I, limit 12 %) by post to a private person; French wording", person("M. A. Girard", "FR")),
        ("PRE-07", "import", "ESAIR01", "express", "CA", [], "ES", "280800",
         "Regulador pH- floración para hidroponía, ácido nítrico 38 %, garrafas 5 l, 10 uds", "CA", 60, 10, 180,
         "USD",
         "pH-down is dosed by the millilitre from a litre bottle; 50 l of 38 % nitric acid (Annex I, limit 3 %) "
         "to a private person; Spanish wording", person("Sr. D. Romero", "ES")),
        ("PRE-08", "import", "SEAIR01", "express", "IN", [], "SE", "282990",
         "Natriumperklorat monohydrat, farmaceutisk kvalitet, för tyreoideadroppar, 1 fat 25 kg", "IN", 25, 1, 300,
         "USD",
         "sodium perchlorate is taken as drops of a few hundred milligrams from a pharmacy; 25 kg of it (Annex I, "
         "above 40 %) to a private address, no pharmacy or drug maker; Swedish wording",
         person("Privatperson", "SE")),
        ("PRE-09", "import", "PTAIR01", "air", "TR", [], "PT", "950699",
         "Detonadores de treino inertes, elétricos, embalagem marcada UN 0456 1.4B, 500 uds", "TR", 8, 500, 1900,
         "EUR",
         "an inert training aid carries no dangerous-goods number: UN 0456 1.4B is 'detonators, electric, for "
         "blasting', so the packages hold live electric detonators, to a security-training firm; Portuguese wording",
         firm("Atlântico Formação em Segurança Lda", "PT")),
        ("PRE-10", "import", "DEPOST01", "post", "CH", [], "DE", "440290",
         "Holzkohlepulver, fein, mit Kaliumnitrat 75 % und Schwefel 10 %, 2 Dosen à 5 kg", "CH", 10, 2, 80, "CHF",
         "charcoal 'with 75 % potassium nitrate and 10 % sulphur' is mixed black powder (75/15/10), an explosive, "
         "under the charcoal subheading, by post to a private person; German wording",
         person("Herr K. Becker", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "281512",
         "Sodium hydroxide solution 10 %, recovered, with sulphides and phenols, ISO tank, 22 t", "NL", 22000, None,
         400, "EUR",
         "caustic 'with sulphides and phenols' is spent caustic from refinery sweetening (Y35/Y39, A4090), not a "
         "caustic soda product; EUR 18 a tonne against about EUR 300 for lye", {}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TR", "261900",
         "Scaglie di laminazione (calamina), olio 9 %, per cementeria, 25 t", "IT", 25000, None, 500, "EUR",
         "mill scale is traded clean for sinter plants; with 9 % oil it is an oily residue (Y9) for which a "
         "cement works is a disposal route; Italian wording", {}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "GH", "847621",
         "Distributeurs automatiques d'occasion, boissons et snacks, hors service, avec groupes frigorifiques, "
         "60 pièces", "BE", 15000, 60, 1500, "EUR",
         "vending machines 'out of service' at EUR 25 each, with their refrigerating units still charged, are "
         "e-waste (A1180) with refrigerant, not second-hand machines for reuse; French wording", {}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "250510",
         "Arena de sílice de fundición, con resina fenólica y finos metálicos, a granel, 24 t", "ES", 24000, None,
         240, "EUR",
         "silica sand is sold by grain size and purity; sand bound with phenolic resin and carrying metal fines is "
         "spent foundry sand, a waste for reclamation or landfill; Spanish wording", {}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "IN", "760200",
         "Sucata de alumínio com polietileno (PolyAl), de reciclagem de embalagens de cartão para bebidas, "
         "fardos, 22 t", "PT", 22000, None, 2200, "EUR",
         "PolyAl (about 80 % polyethylene and 20 % aluminium foil) is the reject of beverage-carton recycling, a "
         "mixed plastic waste (Y48), not aluminium scrap; Portuguese wording", {}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "VN", "390210",
         "Polypropylène broyé gris, pare-chocs peints, avec inserts métalliques, big bags, 20 t", "FR", 20000, None,
         2000, "EUR",
         "primary PP sells near EUR 1,100 a tonne; painted bumper regrind with metal inserts is post-consumer "
         "automotive plastic waste (Y48) under the primary-form subheading; French wording", {}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "NG", "950430",
         "Gebrauchte Spielautomaten, ungeprüft, mit Münzprüfern und Netzteilen, lose verladen, 150 Stk", "DE",
         12000, 150, 1500, "EUR",
         "untested slot machines loaded loose at EUR 10 each are e-waste (A1180) for dismantling, not second-hand "
         "gaming machines; German wording", {}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "CN", "260111",
         "Iron concentrate, Fe 31 %, Zn 6 %, Pb 4 %, S 12 %, moisture 10 %, 25 t", "FI", 25000, None, 1200, "EUR",
         "an 'iron concentrate' at 31 % Fe with zinc, lead and sulphur is jarosite residue from zinc refining "
         "(A1010/A1020), not an iron ore", {}),
        ("WST-09", "export", "GBSEA01", "sea", "GB", [], "PK", "902830",
         "Used smart electricity meters, mixed makes, removed from service, for refurbishment, 60,000 pcs",
         "GB", 30000, 60000, 6000, "GBP",
         "60,000 meters loose at 10 pence each, untested and with their backup cells, are e-waste (A1180), not "
         "meters for refurbishment", {}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "MY", "390311",
         "Polystyreen (EPS), verdicht, van gebruikte visdozen, met visresten, blokken, 18 t", "NL", 18000, None,
         900, "EUR",
         "densified EPS from used fish boxes 'with fish residues' is contaminated plastic waste (Y48), not primary "
         "expandable polystyrene, under the primary subheading; Dutch wording", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "US", [], "DE", "290369",
         "Dampfentfettungs-Lösemittel auf Basis 1-Brompropan (nPB), Typ EnSolv, 40 Fässer à 25 kg", "US", 1000, 40,
         9000, "USD",
         "1-bromopropane (n-propyl bromide) is a 'new substance' of the EU ozone regulation, not to be placed on "
         "the market except as feedstock; a vapour-degreasing solvent to a metal finisher; German wording",
         firm("Metallveredelung Schwaben GmbH", "DE")),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "390950",
         "双组分聚氨酯喷涂泡沫套装，发泡剂 HFC-134a（1,1,1,2-四氟乙烷），80 套", "CN", 2400, 80,
         24000, "USD",
         "foams and foam kits blown with HFCs of GWP 150 or more may not be placed on the EU market (F-gas "
         "Regulation, Annex IV); HFC-134a has GWP 1,430; Chinese wording", firm("Izolbud Sp. z o.o.", "PL")),
        ("OZN-03", "import", "ITSEA01", "sea", "IN", [], "IT", "290379",
         "Gas tecnico Meforex 22, bombole monouso 13,6 kg, 150 pz", "IN", 2040, 150, 7500, "USD",
         "Meforex 22 is the Ausimont trade name of HCFC-22 (chlorodifluoromethane, 2903 71), banned from import, "
         "under the residual subheading of mixed halogenated derivatives; Italian wording",
         firm("Frigoservice Adriatica Srl", "IT")),
        ("OZN-04", "import", "BEAIR01", "air", "US", [], "BE", "381300",
         "Agent extincteur CF2Br2, recharges pour extincteurs d'aéronefs, 12 bouteilles", "US", 120, 12, 6000, "USD",
         "CF2Br2 is halon 1202, an ozone-depleting 'new substance' barred from the EU market, declared as an "
         "extinguisher charge to a trader, not an aircraft operator; French wording",
         {"importer_name": "Aéro Services Wallonie SA", "importer_country": "BE"}),
        ("OZN-05", "import", "ESSEA01", "sea", "CN", [], "ES", "841850",
         "Enfriadores de botellas, puerta de vidrio, autónomos, refrigerante R-404A 0,35 kg, 120 uds", "CN", 6000,
         120, 36000, "USD",
         "self-contained commercial fridges with HFCs of GWP 2,500 or more (R-404A: 3,922) have been banned in the "
         "EU since 2020, with a second item of the same kind; Spanish wording",
         {"importer_name": "Hostelequip Levante SL", "consignee_name": "Hostelequip Levante SL",
          "importer_country": "ES",
          "_more_items": [item("841850", "Vitrinas de helados, R-404A 0,5 kg, 30 uds", "CN", 2400, 15000, "USD", 30)]}),
        ("OZN-06", "import", "ATAIR01", "air", "US", [], "AT", "841869",
         "Vintage Coca-Cola Kühlbox, 1956, restauriert, funktionsfähig mit Originalfüllung R-12, 1 Stk", "US", 120, 1,
         4500, "USD",
         "an 'original R-12 charge' is CFC-12: products containing CFCs may not be placed on the EU market; the "
         "cooler had to come degassed; German wording", person("Thomas Gruber", "AT")),
        ("OZN-07", "import", "NLAIR01", "express", "US", [], "NL", "381400",
         "Botanisch extractiegas R-134a 99,99 %, wegwerpblikken 300 g, 120 st.", "US", 36, 120, 1200, "USD",
         "'extraction gas' in 300 g cans is HFC-134a in non-refillable containers, banned, to a private person "
         "without quota, under the subheading for organic solvents; Dutch wording",
         person("Mw. E. de Jong", "NL")),
        ("OZN-08", "import", "FRSEA01", "sea", "US", [], "FR", "842410",
         "Extincteurs anciens 'Pyrene', laiton, avec liquide d'origine, 40 pièces", "US", 120, 40, 4000, "USD",
         "Pyrene pump extinguishers were filled with carbon tetrachloride: 'with the original fluid' places about "
         "40 l of CCl4, an ODS, on the market; French wording", firm("Antiquités Lefèvre SARL", "FR")),
        ("OZN-09", "transit", "BGROAD01", "road", "TR", ["RO"], "MD", "280429",
         "Helium balloon kits, disposable cylinders 13.4 l, 400 pcs", "TR", 5440, 400, 6000, "USD",
         "a disposable 13.4 l balloon-helium cylinder holds well under 1 kg of gas; 13.6 kg a cylinder is the "
         "30 lb fill of a refrigerant (HCFC-22 or an HFC) in the same disposable cylinder, in transit by road",
         {"importer_name": "Nistru Clima SRL", "importer_country": "MD"}),
        ("OZN-10", "export", "DESEA01", "sea", "DE", [], "GH", "870323",
         "Gebrauchte Pkw, Baujahr 1991-1993, Klimaanlage funktionsfähig, Erstbefüllung, 8 Stk", "DE", 10400, 8,
         9600, "EUR",
         "cars built before 1994 were filled with R-12: a 'working air conditioning with its first fill' is CFC-12 "
         "aboard, and the EU bans the export of equipment that contains CFCs; German wording", {}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "JO", [], "DE", "680299",
         "Dekorativer Sandsteinblock, handbehauen, mit eingemeißelter Schrift, 1 Stk", "JO", 85, 1, 1200, "EUR",
         "a hand-dressed sandstone block carved with Nabataean script from Jordan is an inscribed stone from an "
         "ancient building or tomb, whose export Jordan's antiquities law forbids; German wording",
         person("Herr M. Krüger", "DE")),
        ("CUL-02", "import", "FRSEA01", "sea", "TN", [], "FR", "680299",
         "Stèle décorative en calcaire, gravée d'un signe de Tanit, 60 cm, 1 pièce", "TN", 70, 1, 350, "EUR",
         "the sign of Tanit on a limestone stele marks a Punic votive stele from a tophet (Carthage, Sousse), "
         "protected by Tunisian law; French wording", person("M. T. Dubois", "FR")),
        ("CUL-03", "import", "ITSEA01", "sea", "LY", ["MT"], "IT", "681599",
         "Colonna da giardino in pietra calcarea, con lettere incise 'MP XXII', h 1,6 m, 1 pz", "LY", 900, 1, 800,
         "EUR",
         "a limestone column lettered with 'MP' and a mile number is a Roman milestone from Libya (ICOM Red List "
         "for Libya); Italian wording", firm("Giardini Antichi Srl", "IT")),
        ("CUL-04", "import", "BEAIR01", "express", "IN", [], "BE", "491199",
         "Oude handgeschreven pagina's, papier, met gouden en rode miniaturen, Kalpasutra, 40 bladen", "IN", 1, 40,
         600, "EUR",
         "painted Kalpasutra leaves in gold and red are the pages of a Jain manuscript more than a century old, "
         "whose export India's Antiquities Act forbids, under printed matter; Dutch wording",
         person("Jan Peeters", "BE")),
        ("CUL-05", "import", "ESSEA01", "sea", "CR", [], "ES", "680299",
         "Mesa de jardín en piedra volcánica tallada, cabeza de jaguar, tres patas, 1 ud", "CR", 45, 1, 400, "USD",
         "a three-legged volcanic-stone 'table' with a jaguar head is a pre-Columbian ceremonial metate from Costa "
         "Rica (ICOM Red List for Central America); Spanish wording", person("Sr. J. García", "ES")),
        ("CUL-06", "import", "FRAIR01", "air", "SN", [], "FR", "442011",
         "Statuette en bois, couple assis, patine croûteuse, art décoratif, 1 pièce", "ML", 8, 1, 900, "EUR",
         "a seated couple with a crusted sacrificial patina, of Malian origin shipped from Dakar, is a Dogon "
         "ancestor figure (ICOM Red List for West Africa), not decorative art; French wording",
         person("Mme Claire Martin", "FR")),
        ("CUL-07", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Terracotta tuinbeeldjes, oude stijl, hoofdjes en spaarpotten, met aarde in de holtes, 30 st.", "ID", 60,
         30, 450, "USD",
         "terracotta heads and piggy banks from East Java with soil in their cavities are Majapahit terracottas "
         "from Trowulan, protected heritage of Indonesia; Dutch wording",
         firm("Tuincentrum De Linde BV", "NL")),
        ("CUL-08", "import", "PLRAIL01", "rail", "CN", [], "PL", "680293",
         "Kamienna stela ogrodowa, granit, rzeźbiona w jelenie, wys. 2,1 m, 1 szt.", "MN", 1800, 1, 2500, "USD",
         "a 2 m granite stele carved with flying stags, of Mongolian origin, is a Bronze Age deer stone protected "
         "by Mongolia, carried through China by rail; Polish wording",
         firm("Kamieniarstwo Ogrody Wschodu Sp. z o.o.", "PL")),
        ("CUL-09", "import", "DEAIR01", "express", "GE", [], "DE", "830629",
         "Emaille-Plaketten, Cloisonné, vergoldet, Heiligenfiguren, georgischer Stil, 6 Stk", "GE", 1, 6, 18000,
         "EUR",
         "gilded cloisonné plaques of saints from Georgia at EUR 3,000 each are medieval Georgian church enamels "
         "(icon revetments), not souvenirs 'in a style', under a cover item of new pendants; German wording",
         {"consignee_name": "Anna Schmidt", "importer_country": "DE",
          "_more_items": [item("711790", "Emaille-Anhänger, neu, Souvenir, 20 Stk", "GE", 0.4, 200, "EUR", 20)]}),
        ("CUL-10", "import", "ATAIR01", "air", "UZ", [], "AT", "691490",
         "Keramik-Aufbewahrungsbox mit Deckel, Relief mit Figuren und Feueraltar, 60 cm, 1 Stk", "UZ", 35, 1, 700,
         "USD",
         "a lidded terracotta box with figures about a fire altar from Uzbekistan is a Sogdian (Zoroastrian) "
         "ossuary, protected by Uzbekistan; German wording", person("Frau S. Huber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["AE"], "PK", "810939",
         "Zirconium alloy scrap, crystal bar offcuts, Hf 97 %, Zr 2.5 %, 40 kg", "DE", 40, None, 12000, "EUR",
         "a 'zirconium' scrap with 97 % hafnium is hafnium metal (nuclear dual-use 1C231, reactor control rods), "
         "to Pakistan through Dubai without a licence",
         {"importer_name": "Gulf Metals Recycling FZE", "importer_country": "AE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", ["TR"], "IR", "900659",
         "Scientific camera with sweep unit, temporal resolution 2 ps, for a photography workshop, 1 pc", "NL", 40, 1,
         9000, "EUR",
         "a camera with a sweep unit and picosecond resolution is a streak camera (dual-use 6A003.a), not for "
         "photography, to Iran through Turkey",
         {"importer_name": "Tehran Photo Art Co.", "importer_country": "IR"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "901580",
         "Schiera idrofonica trainata, 96 canali, cavo 1.200 m, per la ricerca di banchi di pesce, 1 set", "IT", 2600,
         1, 38000, "EUR",
         "fish finders use a hull transducer; a towed 96-channel hydrophone array on a 1,200 m cable is dual-use "
         "6A001.a.2 (passive sonar), under the surveying-instrument subheading, to Iran through Dubai; Italian wording",
         {"importer_name": "Caspian Fisheries Technology Co.", "importer_country": "IR"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", ["LB"], "SY", "842122",
         "Saftklärfilter, Querstromfiltration, in situ dampfsterilisierbar, 20 m², Edelstahl, 1 Anlage", "DE", 2500,
         1, 45000, "EUR",
         "a cross-flow filtration skid of 20 m2 sterilisable in place by steam is Australia Group equipment "
         "(2B352, cross-flow filtration), for a 'juice factory' in Syria through Beirut; German wording",
         {"importer_name": "Al-Sham Juice Industries", "importer_country": "SY"}),
        ("STR-05", "export", "BEAIR01", "air", "BE", ["AE"], "IR", "842489",
         "Laboratory animal housing, nose-only exposure tower, 24 ports, chamber 1 m3, 1 set", "BE", 300, 1, 30000,
         "EUR",
         "a nose-only aerosol exposure tower for 24 animals is Australia Group aerosol-inhalation equipment "
         "(2B352, for aerosol challenge testing), not animal housing, to Iran through Dubai",
         {"importer_name": "Pars Biotech Research Co.", "importer_country": "IR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", ["TR"], "IR", "843149",
         "Pièces de rechange pour diagraphie pétrolière : tube scellé D-T, 10^8 n/s, 2 pièces", "FR", 30, 2, 60000,
         "EUR",
         "a sealed D-T tube giving 10^8 neutrons a second is a neutron generator (nuclear dual-use 3A231), under the "
         "parts-of-boring-machinery subheading, to Iran through Turkey, with a cover item of cable heads; French "
         "wording",
         {"importer_name": "Kish Oilfield Services", "importer_country": "IR",
          "_more_items": [item("854690", "Têtes de câble de diagraphie, isolantes, 6 pièces", "FR", 18, 2400, "EUR", 6)]}),
        ("STR-07", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "220860",
         "Водка 'Русский Стандарт', 40 %, 0,7 л, 12 000 бутылок", "KZ", 10080, 12000, 48000, "USD",
         "Russian Standard is a Russian brand distilled in St Petersburg: Russian spirits are under the EU import "
         "ban (Regulation 833/2014) whatever origin the certificate gives; Russian wording",
         firm("Baltic Spirits SIA", "LV")),
        ("STR-08", "export", "FISEA01", "sea", "FI", ["GE"], "AM", "870310",
         "Moottorikelkat, uudet, 900 cc, 12 kpl", "FI", 3600, 12, 192000, "EUR",
         "Armenia has next to no snowmobile market; a dozen new snowmobiles (luxury goods banned for Russia) to an "
         "Armenian trader through Poti is the re-export route to Russia; Finnish wording",
         {"importer_name": "Ararat Moto Trade LLC", "importer_country": "AM"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", ["JO"], "SY", "281290",
         "خماسي كلوريد الفوسفور، كاشف كلورة للصناعات الدوائية، 10 براميل سعة 200 كغ", "BE", 2000, 10,
         6000, "EUR",
         "phosphorus pentachloride (2812 14) is a CWC Schedule 3 chemical needing licence and end-user certificate, "
         "declared under the non-chloride halides to a trader in Syria through Jordan; Arabic wording",
         {"importer_name": "Damascus Pharma Trading", "importer_country": "SY"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", ["RU", "KZ"], "KG", "401120",
         "Sunkvežimių padangos, naujos, 46x17R20, 30 PR, 40 vnt.", "FR", 4400, 40, 48000, "EUR",
         "46x17R20 with a 30 ply rating is the main-wheel tyre of an A320, not a lorry tyre: aircraft tyres "
         "(4011 30) are aviation goods banned for Russia, sent to a Kyrgyz trader across Russia; Lithuanian wording",
         {"importer_name": "Ala-Too Avto Service LLC", "importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEAIR01", "air", "PY", [], "DE", "440799",
         "Palo Santo Räucherhölzer (Bursera graveolens), Stäbchen, 500 kg", "PY", 500, None, 2500, "USD",
         "Bursera graveolens grows in Ecuador and Peru; 'palo santo' from Paraguay is Bulnesia sarmientoi "
         "(Appendix II), here without its permit; German wording",
         firm("Räucherwelt Naturprodukte GmbH", "DE")),
        ("WLD-02", "import", "NLSEA01", "sea", "MX", [], "NL", "440349",
         "Bloques de guayacán, madera dura para cojinetes de bocina y mazos, 2 t", "MX", 2000, None, 8000, "USD",
         "guayacán (lignum vitae, Guaiacum sanctum) is Appendix II; no permit is carried; Spanish wording",
         firm("Maritiem Onderhoud Rotterdam BV", "NL")),
        ("WLD-03", "import", "FRAIR01", "air", "NP", [], "FR", "121190",
         "Écorce et aiguilles d'if de l'Himalaya, séchées, pour tisane, 300 kg", "NP", 300, None, 1500, "USD",
         "Himalayan yew (Taxus wallichiana, source of paclitaxel) is Appendix II in all its parts; no permit, under "
         "a cover item of tulsi; French wording",
         {"importer_name": "Herboristerie du Marais SARL", "consignee_name": "Herboristerie du Marais SARL",
          "importer_country": "FR",
          "_more_items": [item("121190", "Feuilles de tulsi séchées, 100 kg", "NP", 100, 600, "USD")]}),
        ("WLD-04", "import", "GBAIR01", "air", "IN", [], "GB", "121190",
         "Sarpagandha jad, Indian snakeroot roots, dried, ayurvedic, 200 kg", "IN", 200, None, 1800, "USD",
         "sarpagandha is Rauvolfia serpentina (Appendix II), whose wild roots India does not let out; no permit",
         firm("Ayur Herbs UK Ltd", "GB")),
        ("WLD-05", "import", "ITAIR01", "air", "ID", [], "IT", "010620",
         "Tartarughe dal guscio molle, giovani, muso a proboscide, pinne a paletta, Papua, 150 pz", "ID", 20, 150,
         4500, "USD",
         "a softshell turtle with a snout and paddle flippers from Papua is the pig-nosed turtle (Carettochelys "
         "insculpta, Appendix II), which Indonesia does not export; Italian wording",
         {"importer_name": "Rettilandia Import Srl", "importer_country": "IT"}),
        ("WLD-06", "import", "BEAIR01", "air", "US", [], "BE", "160432",
         "Black roe, lumpfish style, 'spoonbill', 40 kg", "US", 40, None, 16000, "USD",
         "lumpfish roe costs about USD 20 a kilo; 'spoonbill' roe at USD 400 a kilo is American paddlefish "
         "(Polyodon spathula, Appendix II) caviar, without its permit",
         firm("Caviar House Antwerpen BV", "BE")),
        ("WLD-07", "import", "DEAIR01", "air", "BR", [], "DE", "440729",
         "Bogenrohlinge 'Ipê', orange-rot, 750 x 25 x 25 mm, 500 Stk", "BR", 250, 500, 40000, "USD",
         "ipê blanks are brown and cost a few dollars; orange-red blanks at USD 80 each are pernambuco "
         "(Paubrasilia echinata, Appendix II), without a permit; German wording",
         firm("Bogenbau Vogtland GmbH", "DE")),
        ("WLD-08", "import", "ESPOST01", "post", "MX", [], "ES", "711790",
         "Amuletos de amor 'chuparosa', colibrí seco en bolsita de tela, 50 pzas", "MX", 0.5, 50, 250, "USD",
         "every hummingbird species is in the CITES appendices: dried hummingbirds sold as love charms in Mexican "
         "markets, without permit, to a private person; Spanish wording", person("Maria Lopez", "ES")),
        ("WLD-09", "import", "ITAIR01", "air", "CA", [], "IT", "430390",
         "Tappeto di pelliccia bianca di volpe artica, 2,4 m, con testa, 1 pz", "CA", 28, 1, 14000, "USD",
         "an arctic fox weighs about 3 kg: a white fur rug 2.4 m long, of 28 kg and with a head, is a polar bear "
         "(Appendix II; the EU has suspended imports from several Canadian populations), without permit; Italian wording",
         person("Sig. M. Bianchi", "IT")),
        ("WLD-10", "import", "NLSEA01", "sea", "ID", [], "NL", "140490",
         "Tiang pakis, plant poles of natural fern fibre, 1 m, 400 pcs", "ID", 2400, 400, 1600, "USD",
         "'pakis' poles are cut tree-fern trunks (Cyathea spp., Appendix II) without a permit; Indonesian wording",
         firm("Orchideeënkwekerij Westland BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SESEA01", "sea", "CN", "SE", "282919",
     "Potassium chlorate 99 %, for match-head composition, 20 t", "CN", 20000, None, 24000, "USD",
     [("PRECURSOR_LICENCE", "SE-KEMI-29-0041")], "potassium chlorate to a match factory under licence"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "US", "IT", "280800",
     "Nitric acid 65 %, for a stringed-instrument workshop, 2 x 1 l", "US", 2.8, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "IT-PREF-29-0213")], "a violin maker holding a precursor licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "GB", "382590",
     "Spent caustic from refinery sweetening, for wet-air oxidation, ISO tank, 22 t", "NL", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-29-0307")], "notified spent caustic to a treatment plant"),
    ("PRM-04", "waste", "export", "DEROAD01", "road", "DE", "CH", "262190",
     "Spent foundry sand, phenolic-bound, for thermal reclamation, 24 t", "DE", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-UBA-29-0522")], "notified foundry sand to a reclamation plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290345",
     "HFC-134a, extraction grade, returnable 50 kg cylinders, for a botanical extract maker, 10 pcs", "US", 500, 10,
     9000, "USD",
     [("FGAS_QUOTA", "NL-RVO-FG-29-0031")], "HFC-134a within the importer's quota"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "US", "DE", "290369",
     "1-Bromopropane 99 %, feedstock for pharmaceutical synthesis, 20 drums", "US", 4000, 20, 16000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-29-0012")], "n-propyl bromide as feedstock under an ODS licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Dogon figure, wood, collected 1935, ex Paris collection, 1 pc", "ML", 6, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-29-0188")], "an old-collection Dogon figure with its certificate"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "CH", "970510",
     "Roman milestone fragment, limestone, inscribed, ex collection formed before 1890, 1 pc", "IT", 380, 1, 45000,
     "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-29-0096")], "an old-collection milestone fragment with its certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "900659",
     "Streak camera, 2 ps, for a university laser laboratory, 1 pc", "DE", 45, 1, 240000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-29-0377"), ("END_USER_CERTIFICATE", "JP-METI-EUC-29-0102")],
     "a streak camera to a Japanese laboratory under licence"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "NO", "847780",
     "Filament winding machine, 6 axes, CNC, for pressure vessels, 1 pc", "IT", 11000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-29-0145"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-29-0021")],
     "a filament-winding machine to a Norwegian pressure-vessel maker under licence"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "BR", "DE", "440729",
     "Pernambuco bow blanks, Paubrasilia echinata, pre-Convention stock, 100 pcs", "BR", 50, 100, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-29-0412")], "pernambuco blanks with their CITES permit"),
    ("PRM-12", "wildlife", "import", "BEAIR01", "air", "US", "BE", "160431",
     "Paddlefish caviar, farmed, CITES-labelled tins, 20 kg", "US", 20, None, 9000, "USD",
     [("CITES_PERMIT", "US-FWS-29-0833")], "farmed paddlefish caviar with its CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Swedish Match Industries AB", "PRM-02": "Sig. L. Moretti", "PRM-03": "Tees Effluent Treatment Ltd",
    "PRM-04": "Giesserei-Sand Regeneration AG", "PRM-05": "Westland Botanicals BV",
    "PRM-06": "Rhein Pharma Synthese GmbH", "PRM-07": "Mr D. Whitman", "PRM-08": "Fondation Lémanique d'Archéologie",
    "PRM-09": "Osaka University", "PRM-10": "Hexagon Ragasco AS", "PRM-11": "Bogenbau Vogtland GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("310520", "NPK 20-10-10 compound fertiliser with micronutrients, granular", "import", ["sea"], ["MA", "NO"], (0.45, 0.6), (22000, 26000), ["USD", "EUR"], None, S),
    ("310420", "Muriate of potash, standard grade, 60 % K2O, bulk", "import", ["sea"], ["CA", "JO"], (0.3, 0.42), (24000, 28000), ["USD"], None, S),
    ("284700", "Teeth whitening gel, carbamide peroxide 10 %, 3 ml syringes, retail kits", "import", ["post", "express"], ["US", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 40, S),
    ("280800", "Nitric acid 60 %, ISO tank, to a stainless-steel pickling line", "import", ["road"], ["CH"], (0.3, 0.45), (20000, 24000), ["CHF", "EUR"], None, S),
    ("380894", "Spa water care kits, chlorine-free, 3 % peroxide and test strips, retail", "import", ["post", "express"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 30, S),
    ("360490", "Marine distress hand flares, SOLAS approved, with certificates, to a ship chandler", "import", ["sea"], ["GB", "NO"], (15, 25), (500, 2000), ["GBP", "NOK"], 2, S),
    ("440290", "Hardwood lump charcoal, restaurant grade, 10 kg bags", "import", ["sea"], ["NA", "PY"], (0.5, 0.8), (15000, 20000), ["USD"], None, S),
    ("950790", "Fishing floats, balsa and plastic, retail cards", "import", ["sea"], ["CN"], (6, 10), (1000, 4000), ["USD"], 40, S),
    ("281512", "Caustic soda lye 50 %, membrane grade, tank", "import", ["sea"], ["US", "SA"], (0.3, 0.45), (20000, 24000), ["USD"], None, S),
    ("261900", "Mill scale, clean and dry, oil below 0.5 %, for sinter plants", "export", ["sea"], ["TR", "EG"], (0.05, 0.08), (24000, 28000), ["EUR"], None, S),
    ("250510", "Silica sand, new, foundry grade AFS 55, bulk", "import", ["sea"], ["NO", "TR"], (0.04, 0.07), (24000, 28000), ["EUR", "USD"], None, S),
    ("760200", "Aluminium UBC scrap, baled, clean, delacquering grade", "export", ["sea"], ["IN", "TR"], (1.2, 1.6), (20000, 24000), ["EUR"], None, S),
    ("390210", "Polypropylene homopolymer, prime, injection grade, 25 kg bags", "import", ["sea"], ["SA", "KR"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("901812", "Portable ultrasound scanners, new, with probes, CE-marked", "import", ["air"], ["US", "KR"], (800, 2000), (50, 300), ["USD"], 0.15, S),
    ("260111", "Iron ore fines, Fe 62 %, non-agglomerated", "import", ["sea"], ["BR", "CA"], (0.1, 0.13), (25000, 30000), ["USD"], None, S),
    ("902830", "Smart electricity meters, new, with test certificates", "import", ["sea"], ["CN", "TR"], (40, 70), (3000, 8000), ["USD", "EUR"], 1.5, S),
    ("390311", "Expandable polystyrene, flame-retarded grade, prime, octabins", "import", ["sea"], ["KR", "TW"], (1.3, 1.7), (18000, 22000), ["USD"], None, S),
    ("382499", "Modified-alcohol degreasing solvent, halogen-free, drums", "import", ["road"], ["CH"], (2.5, 4), (3000, 8000), ["CHF", "EUR"], None, S),
    ("390950", "Polyurethane spray-foam kits, blown with HFO-1233zd, two-component", "import", ["sea"], ["US", "CN"], (8, 12), (2000, 5000), ["USD"], 0.03, S),
    ("841850", "Bottle coolers, glass door, R-290 refrigerant, with labels", "import", ["sea"], ["CN", "TR"], (5, 7), (6000, 12000), ["USD", "EUR"], 0.02, S),
    ("381300", "Fire-extinguisher refills, fluorine-free foam concentrate, 20 l cans", "import", ["road"], ["GB", "CH"], (2, 4), (2000, 6000), ["GBP", "CHF"], 0.05, S),
    ("280429", "Helium balloon kits, disposable cylinders of about 0.4 m3 helium, with balloons", "import", ["sea"], ["US", "CN"], (4, 6), (2000, 6000), ["USD"], 0.2, S),
    ("842410", "Antique brass fire extinguishers, emptied, decorative", "import", ["post", "express"], ["GB", "US"], (40, 80), (2, 5), ["GBP", "USD"], 0.3, S),
    ("281121", "Soda-maker CO2 cylinders, filled, 425 g of CO2", "import", ["sea"], ["IL", "CN"], (10, 20), (3000, 8000), ["USD"], 1, S),
    ("680299", "Carved sandstone garden ornaments, new, from Rajasthan workshops", "import", ["sea"], ["IN"], (0.8, 1.5), (8000, 16000), ["USD"], None, S),
    ("680293", "Granite garden lanterns, new, Japanese style", "import", ["sea", "rail"], ["CN"], (0.6, 1.2), (10000, 18000), ["USD"], None, S),
    ("691390", "Terracotta garden figures, new, from Bali workshops", "import", ["sea"], ["ID"], (1.5, 3), (4000, 9000), ["USD"], 0.5, S),
    ("442011", "Carved tourist statuettes, new, tropical wood", "import", ["post", "express"], ["KE", "SN"], (15, 30), (1, 5), ["USD", "EUR"], 1, S),
    ("830629", "Enamel souvenir icons, new, gilded brass", "import", ["post", "express"], ["GE", "GR"], (40, 90), (1, 3), ["EUR", "USD"], 5, S),
    ("491191", "Printed reproductions of Indian miniature paintings", "import", ["post", "express"], ["IN"], (25, 50), (1, 3), ["USD"], 10, S),
    ("220860", "Vodka 40 %, 0.7 l bottles, Ukrainian distillery", "import", ["road"], ["UA"], (2.2, 3.5), (10000, 18000), ["EUR", "USD"], 1.1, S),
    ("870310", "Snowmobiles, new, to a dealer", "import", ["sea"], ["CA", "US"], (40, 55), (2000, 6000), ["USD"], 0.0035, S),
    ("730431", "Seamless cold-drawn hydraulic tubes, EN 10305-1", "import", ["sea"], ["IN", "CN"], (1.2, 1.8), (15000, 22000), ["USD"], None, S),
    ("440799", "Palo santo sticks, Bursera graveolens, with Ecuadorian origin certificate", "import", ["air"], ["EC", "PE"], (12, 20), (100, 400), ["USD"], None, S),
    ("160432", "Salmon roe (ikura), chum, frozen", "import", ["sea", "air"], ["US", "JP"], (40, 70), (500, 2000), ["USD"], None, S),
    # everyday trade
    ("081090", "Passion fruit, fresh", "import", ["air"], ["CO", "KE", "ZW"], (3, 5), (2000, 8000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, Hass, fresh", "import", ["sea"], ["PE", "KE", "CL"], (1.8, 2.8), (18000, 22000), ["USD"], None, N),
    ("080420", "Figs, fresh", "import", ["air", "road"], ["TR"], (3, 5), (3000, 10000), ["EUR", "USD"], None, N),
    ("080430", "Pineapples, fresh", "import", ["sea"], ["CR", "CI"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("080410", "Dates, Medjool, boxed", "import", ["sea"], ["IL", "TN", "MA"], (5, 9), (10000, 16000), ["USD", "EUR"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "EG"], (1.0, 1.6), (24000, 28000), ["USD"], None, N),
    ("091011", "Ginger, dried, whole", "import", ["sea"], ["CN", "NG", "IN"], (1.5, 2.5), (15000, 20000), ["USD"], None, N),
    ("090510", "Vanilla pods, whole", "import", ["air"], ["MG", "UG"], (150, 300), (100, 500), ["USD"], None, N),
    ("180100", "Cocoa beans, raw, fermented", "import", ["sea"], ["CI", "GH", "EC"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("100630", "Basmati rice, milled, 5 kg bags", "import", ["sea"], ["IN", "PK"], (1.0, 1.4), (22000, 26000), ["USD"], None, N),
    ("190240", "Couscous, retail packs", "import", ["sea"], ["TN", "MA"], (1.0, 1.5), (15000, 20000), ["EUR"], None, N),
    ("150920", "Extra virgin olive oil, 5 l tins", "import", ["sea"], ["TN", "TR"], (7, 10), (18000, 22000), ["EUR", "USD"], None, N),
    ("040900", "Honey, natural, drums", "import", ["sea"], ["UA", "AR", "MX"], (2.5, 4), (18000, 22000), ["USD", "EUR"], None, N),
    ("030743", "Frozen squid tubes", "import", ["sea"], ["PE", "IN", "CN"], (3, 5), (15000, 20000), ["USD"], None, N),
    ("160415", "Canned mackerel in tomato sauce", "import", ["sea"], ["MA", "TH"], (3, 5), (15000, 20000), ["EUR", "USD"], None, N),
    ("220600", "Cider, bottled", "export", ["road"], ["GB", "CH", "NO"], (1.2, 2.0), (18000, 22000), ["EUR"], None, N),
    ("220410", "Sparkling wine, bottled 0.75 l", "export", ["sea"], ["US", "JP", "GB"], (5, 12), (10000, 18000), ["EUR"], 1.1, N),
    ("220110", "Mineral water, sparkling, glass bottles", "export", ["road"], ["CH", "GB"], (0.4, 0.7), (18000, 22000), ["EUR"], None, N),
    ("200410", "Frozen French fries", "export", ["sea"], ["SA", "BR", "JP"], (0.8, 1.2), (22000, 26000), ["EUR"], None, N),
    ("200912", "Frozen concentrated orange juice", "import", ["sea"], ["BR", "US"], (1.8, 2.6), (20000, 24000), ["USD"], None, N),
    ("210610", "Whey protein powder, 1 kg tubs", "import", ["post", "express"], ["GB", "US"], (20, 35), (1, 5), ["GBP", "USD"], 1, N),
    ("090111", "Green coffee beans, robusta", "import", ["sea"], ["VN", "UG"], (3.5, 5.5), (18000, 21000), ["USD"], None, N),
    ("090190", "Specialty roasted coffee beans, 250 g bags", "import", ["post", "express"], ["GB", "US"], (40, 70), (1, 3), ["GBP", "USD"], 4, N),
    ("330590", "Hair conditioner and styling gel, retail", "import", ["road", "sea"], ["TR", "GB"], (2.5, 4), (8000, 14000), ["EUR", "GBP"], 2.5, N),
    ("330410", "Lipsticks and lip glosses", "import", ["post", "express"], ["KR", "US"], (80, 200), (1, 3), ["USD"], 30, N),
    ("340130", "Liquid hand soap, refill pouches", "import", ["sea"], ["TR", "ID"], (1.2, 2.0), (10000, 16000), ["USD", "EUR"], None, N),
    ("340600", "Scented candles, glass jars", "import", ["sea"], ["CN", "VN"], (3, 5), (5000, 10000), ["USD"], 3, N),
    ("320910", "Acrylic wall paint, 10 l tubs", "import", ["road"], ["TR", "RS"], (1.2, 2.0), (15000, 20000), ["EUR"], None, N),
    ("321519", "Printing ink, offset, cans", "import", ["road"], ["CH", "GB"], (4, 7), (3000, 8000), ["CHF", "GBP"], None, N),
    ("401110", "Car tyres, new, summer", "import", ["sea"], ["CN", "TH", "KR"], (2.5, 4), (8000, 14000), ["USD"], 0.1, N),
    ("401519", "Nitrile examination gloves", "import", ["sea"], ["MY", "TH"], (3, 5), (8000, 14000), ["USD"], 150, N),
    ("441231", "Tropical plywood, FSC, 18 mm", "import", ["sea"], ["ID", "MY"], (0.8, 1.2), (20000, 24000), ["USD"], None, N),
    ("480431", "Kraft paper, unbleached, reels", "import", ["sea"], ["BR", "US"], (0.7, 1.0), (20000, 24000), ["USD", "EUR"], None, N),
    ("481810", "Toilet paper, rolls", "import", ["road"], ["TR", "RS"], (1.2, 1.8), (6000, 10000), ["EUR"], None, N),
    ("620442", "Women's cotton dresses", "import", ["sea"], ["BD", "IN"], (10, 18), (4000, 9000), ["USD"], 3, N),
    ("611594", "Wool hiking socks", "import", ["sea"], ["TR"], (14, 22), (3000, 7000), ["USD", "EUR"], 20, N),
    ("620791", "Men's cotton bathrobes", "import", ["sea"], ["PK", "TR"], (8, 12), (5000, 10000), ["USD"], 1, N),
    ("640192", "Rubber boots, waterproof", "import", ["sea"], ["CN", "VN"], (5, 8), (5000, 10000), ["USD"], 0.8, N),
    ("620520", "Men's cotton shirts", "import", ["post", "express"], ["GB", "IN"], (40, 80), (1, 3), ["GBP", "USD"], 3, N),
    ("690722", "Glazed ceramic wall tiles", "import", ["sea"], ["BR", "TR"], (0.3, 0.5), (24000, 28000), ["USD", "EUR"], None, N),
    ("701090", "Glass bottles, empty, 0.75 l", "import", ["road"], ["TR", "RS"], (0.5, 0.8), (15000, 20000), ["EUR"], 2.2, N),
    ("721420", "Steel rebar B500B, 12 m bars", "import", ["sea"], ["TR", "EG"], (0.55, 0.75), (24000, 28000), ["USD"], None, N),
    ("731700", "Steel nails, boxed", "import", ["sea"], ["CN", "VN"], (1.0, 1.5), (15000, 20000), ["USD"], None, N),
    ("731815", "Steel screws and bolts", "import", ["sea"], ["TW", "CN"], (2, 3.5), (10000, 18000), ["USD"], None, N),
    ("760719", "Aluminium foil, household rolls", "import", ["sea"], ["CN", "TR"], (3, 4.5), (10000, 16000), ["USD", "EUR"], None, N),
    ("741110", "Refined copper tubes, coils", "import", ["sea"], ["KR", "CN"], (9, 11), (15000, 20000), ["USD"], None, N),
    ("820559", "Hand tools, sets", "import", ["sea"], ["CN", "TW"], (4, 7), (5000, 10000), ["USD"], 1, N),
    ("821191", "Table knives, stainless", "import", ["sea"], ["CN", "IN"], (5, 8), (3000, 7000), ["USD"], 20, N),
    ("841370", "Centrifugal water pumps", "import", ["sea"], ["CN", "IN"], (6, 10), (4000, 10000), ["USD"], 0.05, N),
    ("841480", "Air compressors, piston, workshop", "import", ["sea"], ["CN", "TW"], (5, 8), (5000, 10000), ["USD"], 0.02, N),
    ("842211", "Dishwashers, household", "import", ["sea"], ["TR", "CN"], (3.5, 5), (10000, 15000), ["EUR", "USD"], 0.02, N),
    ("842720", "Forklift trucks, diesel", "import", ["sea"], ["CN", "JP"], (4, 6), (10000, 20000), ["USD"], 0.0003, N),
    ("850440", "Solar string inverters", "import", ["sea"], ["CN"], (20, 35), (3000, 8000), ["USD"], 0.05, N),
    ("850152", "Electric motors, three-phase, 7.5 kW", "import", ["sea"], ["CN", "IN"], (5, 8), (6000, 12000), ["USD"], 0.02, N),
    ("871160", "Electric cargo bicycles, new", "import", ["sea"], ["TW", "VN"], (20, 35), (4000, 9000), ["USD"], 0.04, N),
    ("851762", "Smartwatches, retail boxed", "import", ["post", "express"], ["CN", "HK"], (150, 400), (1, 2), ["USD"], 6, N),
    ("847130", "Tablet computers, new", "import", ["air"], ["CN", "VN"], (250, 450), (500, 2000), ["USD"], 1.8, N),
    ("854449", "Power cables, insulated, drums", "import", ["sea"], ["TR", "KR"], (4, 7), (10000, 18000), ["USD", "EUR"], None, N),
    ("853952", "LED lamps, retail boxes", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 20, N),
    ("950490", "Board games, boxed", "import", ["post", "express"], ["CN", "US"], (8, 15), (1, 5), ["USD"], 1, N),
    ("650610", "Ski helmets", "import", ["sea"], ["CN"], (12, 20), (2000, 5000), ["USD"], 3, N),
    ("940171", "Upholstered office chairs, metal frame", "import", ["sea"], ["CN", "PL"], (4, 7), (6000, 12000), ["USD", "EUR"], 0.07, N),
    ("940521", "LED desk lamps", "import", ["sea"], ["CN"], (6, 10), (3000, 7000), ["USD"], 1, N),
    ("910211", "Wrist watches, mechanical display, retail", "import", ["post", "express"], ["CH", "JP"], (400, 1500), (1, 2), ["CHF", "USD"], 8, N),
    ("900130", "Contact lenses, monthly, retail boxes", "import", ["post", "express"], ["GB", "US"], (100, 250), (1, 2), ["GBP", "USD"], 30, N),
    ("630790", "Surgical face masks, type IIR, boxed", "import", ["sea"], ["CN", "VN"], (4, 7), (5000, 10000), ["USD"], 300, N),
    ("871390", "Electric wheelchairs", "import", ["sea"], ["CN", "TW"], (12, 20), (2000, 5000), ["USD"], 0.03, N),
    ("293629", "Vitamin C (ascorbic acid), pharmaceutical grade, 25 kg drums", "import", ["sea"], ["CN", "IN"], (4, 6), (8000, 16000), ["USD"], None, N),
    ("711311", "Silver jewellery, rings and pendants", "import", ["post", "express"], ["TH", "IN"], (1200, 2500), (1, 2), ["USD"], 40, N),
    ("420232", "Phone cases and wallets, plastic", "import", ["post", "express"], ["CN", "HK"], (20, 40), (1, 3), ["USD"], 20, N),
    ("490199", "Manga volumes, Japanese editions", "import", ["post", "express"], ["JP"], (15, 25), (1, 4), ["USD"], 3, N),
    ("950691", "Yoga mats and fitness bands", "import", ["post", "express"], ["CN", "GB"], (10, 20), (2, 5), ["USD", "GBP"], 1, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind20", 20290701, HERE)


if __name__ == "__main__":
    main()
