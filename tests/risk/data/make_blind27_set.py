#!/usr/bin/env python3
"""Writes the twenty-seventh blind set (tests/risk/data/blind27-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade)
and 12 permitted, dated September - October 2030, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-five profile changes were measured
on it. Same row layout and expansion as make_blind14_set.py, whose helpers it reuses
from make_blind_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

Ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving parcels by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); disguised rows carry one
only where a real declaration would. Ids are BL27-*:

    python3 tests/risk/data/make_blind27_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "CN", [], "ES", "284700",
         "Solución concentrada desinfectante para lentillas, peróxido de hidrógeno 50 %, garrafas 10 l, 6 uds",
         "CN", 68, 6, 140, "USD",
         "contact-lens peroxide systems are 3 % in 360 ml bottles with a neutralising disc; 60 l of 50 % hydrogen "
         "peroxide (Annex I, limit 12 %) by express to a private person is the concentrate itself; Spanish wording",
         person("Sr. D. Navarro", "ES")),
        ("PRE-02", "import", "FRAIR01", "post", "US", [], "FR", "280800",
         "Acide de gravure pour lames damas, acide nitrique 68 %, flacons 1 l, 20 pcs", "US", 28, 20, 180, "USD",
         "knife makers etch Damascus steel with ferric chloride, a few hundred ml at a time; 20 l of 68 % nitric "
         "acid (Annex I, limit 3 %) by post to a private address is bulk acid; French wording",
         person("M. R. Garnier", "FR")),
        ("PRE-03", "import", "DEAIR01", "express", "IN", [], "DE", "310420",
         "Kaliumsalz E508, Lebensmittelqualität, Salzersatz, KClO4 99 %, 4 x 5 kg", "IN", 20, 4, 130, "USD",
         "E508 is potassium chloride (KCl), which costs cents a kilogram and goes to food makers; the formula is "
         "KClO4, potassium perchlorate (Annex I), 20 kg by express to a private person under a fertiliser-salt "
         "code; German wording", person("Herr T. Vogel", "DE")),
        ("PRE-04", "import", "NLROAD01", "road", "UA", ["PL", "DE"], "NL", "310230",
         "Strooimiddel voor opritten en stoepen, ammoniumnitraat 34,4 % N, zakken 25 kg, 2 t", "UA", 2000, 80, 760,
         "EUR",
         "nobody de-ices a drive with ammonium nitrate (it is a fertiliser, and de-icers are chloride or urea); "
         "2 t of 34.4 % N AN (Annex I) by van to a private person; Dutch wording",
         person("Dhr. W. Smit", "NL")),
        ("PRE-05", "import", "PTSEA01", "sea", "CN", [], "PT", "392690",
         "Conectores de retardo para rega gota-a-gota, cápsula de alumínio com tubo de choque 4,8 m, 3.000 pcs",
         "CN", 210, 3000, 2400, "USD",
         "drip-irrigation connectors have no aluminium capsule, no shock tube and no delay; these are non-electric "
         "delay detonators under a plastic-fittings code to a general importer; Portuguese wording",
         firm("Agro Rega Comércio Lda", "PT")),
        ("PRE-06", "import", "BEAIR01", "express", "GB", [], "BE", "330430",
         "Nail salon supplies: nail polish remover, 3 items", "GB", 58, 3, 160, "GBP",
         "the 'remover' is 25 l of pure acetone, with 25 l of 35 % hydrogen peroxide (Annex I, limit 12 %) and "
         "hydrochloric acid in one parcel to a private person: no nail salon uses 35 % peroxide, and together they "
         "are the ingredients of TATP",
         {"consignee_name": "Mme N. Lambert", "importer_country": "BE",
          "_item": {"description": "Dissolvant ongles, acétone pure 99,5 %, bidons 5 l, 5 pcs", "net_mass_kg": 20},
          "_more_items": [item("284700", "Activateur pour gel, peroxyde d'hydrogène 35 %, bidons 5 l", "GB", 28,
                               60, "GBP", 5),
                          item("280610", "Nettoyant pinceaux, acide chlorhydrique 33 %, 10 l", "GB", 10, 25,
                               "GBP", 2)]}),
        ("PRE-07", "import", "ITAIR01", "post", "CN", [], "IT", "810430",
         "Magnesio in polvere finissima 50 micron, 'per accendifuoco d'emergenza', 10 kg", "CN", 10, 10, 95, "USD",
         "emergency fire starters are a magnesium block with a ferrocerium rod; 10 kg of 50-micron magnesium "
         "powder (Annex II) by post to a private person is a flash-powder fuel; Italian wording",
         person("Sig. A. Ferri", "IT")),
        ("PRE-08", "import", "PTAIR01", "post", "BR", [], "PT", "310250",
         "Sal de cura para enchidos caseiros, nitrato de sódio 99 %, sacos 25 kg, 2 uds", "BR", 50, 2, 70, "USD",
         "curing salt is 0.6 % nitrite in table salt; 50 kg of 99 % sodium nitrate (Annex II) by post to a "
         "private person is an oxidiser; Portuguese wording",
         person("Sr. Rui Costa", "PT")),
        ("PRE-09", "import", "GRAIR01", "express", "TR", [], "GR", "282919",
         "Hobby match-making kit, potassium chlorate 99 % for match heads, 5 x 5 kg", "TR", 25, 5, 150, "EUR",
         "a match-making hobby uses grams; 25 kg of potassium chlorate (Annex I) by express to a private person is "
         "an oxidiser for an explosive mixture", person("K. Georgiou", "GR")),
        ("PRE-10", "transit", "ESROAD01", "road", "RS", ["HR", "SI", "IT", "FR"], "MA", "560790",
         "Cuerda de tendedero reforzada, núcleo de polvo blanco 12 g/m, bobinas 500 m, 20 uds", "RS", 190, 20,
         3800, "EUR",
         "a clothesline has no powder core measured in grams per metre: 10 km of cord with a 12 g/m white core is "
         "detonating cord (PETN), in transit by lorry to Morocco under a rope code; Spanish wording",
         {"consignee_name": "Sté Atlas Textile Import", "importer_country": "MA"}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "854143",
         "Used solar panels, second-hand, working, cracked glass allowed, 1,800 pcs", "NL", 36000, 1800, 3600,
         "EUR",
         "2 EUR a panel, 'cracked glass allowed', loaded in bulk: decommissioned PV panels are waste (WEEE) and "
         "their export to a non-OECD country needs notification; a working panel sells for 40-80 EUR",
         firm("Lekki Solar Traders Ltd", "NG")),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "VN", "630533",
         "Gebrauchte Big Bags (FIBC), ungereinigt, mit Produktresten, gepresst, 22 t", "DE", 22000, None, 1100,
         "EUR",
         "uncleaned used FIBCs with product residues, baled at 0.05 EUR/kg, are plastic waste contaminated with "
         "chemicals, not reusable sacks; German wording", {"importer_name": "Hai Phong Packaging Co", "importer_country": "VN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "IN", "690220",
         "Used carbon refractory blocks from aluminium potlines, for refractory reuse, 24 t", "FR", 24000, None,
         960, "EUR",
         "carbon blocks out of aluminium reduction pots are spent pot lining, with cyanides and fluorides (Basel "
         "Y33, Y32); 'refractory reuse' at 0.04 EUR/kg is waste shipped without notification",
         {"importer_name": "Ganga Refractories Pvt Ltd", "importer_country": "IN"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "GH", "850760",
         "Li-ion cells grade B, 18650, for power-wall building, mixed capacities, some swollen, 9 t", "GB", 9000,
         180000, 2700, "GBP",
         "grade B cells sell by the cell at 1-2 GBP; 180,000 mixed cells, 'some swollen', at 1.5 pence each are "
         "spent batteries (hazardous waste) to a non-OECD country",
         {"importer_name": "Kumasi Power Solutions", "importer_country": "GH"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "TG", "271019",
         "Reprocessed marine fuel oil, water 8.8 %, chlorine 1,200 ppm, 'blend stock', 800 t", "NL", 800000, None,
         120000, "USD",
         "8.8 % water and 1,200 ppm chlorine are no marine fuel (ISO 8217 allows 0.5 % water): this is waste oil "
         "from tank cleaning sold as blend stock at 0.15 USD/kg, to West Africa",
         {"importer_name": "Lomé Bunkering Services", "importer_country": "TG"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CM", "841430",
         "Compresseurs de réfrigérateurs d'occasion, avec huile, démontés, en vrac, 1 400 pcs", "BE", 11000, 1400,
         2100, "EUR",
         "used fridge compressors, loose in bulk with their oil, at 1.5 EUR each are e-waste components (oil with "
         "possible CFC residue), not tested spare parts; French wording",
         {"importer_name": "Douala Froid Services", "importer_country": "CM"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "MA", "700100",
         "Calcin de verre, tubes fluorescents broyés avec poudres, big bags, 20 t", "BE", 20000, None, 400, "EUR",
         "crushed fluorescent tubes with their phosphor powders carry mercury (Basel Y29) and are not clean cullet; "
         "French wording", {"importer_name": "Verre Recyclage Maghreb SARL", "importer_country": "MA"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "AL", "310100",
         "Fertilizzante organico da fanghi di conceria, Cr totale 1,8 %, sfuso, 25 t", "IT", 25000, None, 250,
         "EUR",
         "tannery sludge with 1.8 % chromium is a hazardous residue, not an organic fertiliser; 0.01 EUR/kg to "
         "Albania; Italian wording",
         {"importer_name": "Agro Durrës Shpk", "importer_country": "AL"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS", "BG"], "TR", "390410",
         "PVC-Compound, recycelt, aus Kabelabisolierung, Kupferanteil ca. 8 %, lose, 21 t", "DE", 21000, None,
         1680, "EUR",
         "cable-stripping residue with 8 % copper fines is mixed plastic waste (non-green list), not a PVC "
         "compound, which is sold by the bag at 1 EUR/kg; German wording",
         {"importer_name": "Kocaeli Plastik San.", "importer_country": "TR"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "GN", "870323",
         "Véhicules d'occasion accidentés, airbags déclenchés, sans contrôle technique, non roulants, 9 pcs",
         "BE", 11000, 9, 1350, "EUR",
         "non-running crashed cars with fired airbags at 150 EUR each are end-of-life vehicles (hazardous waste "
         "with their fluids and batteries), not used cars; French wording",
         {"importer_name": "Conakry Auto Import", "importer_country": "GN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "air", "CN", [], "NL", "290349",
         "三氟溴甲烷 灭火剂, 钢瓶 40 kg, 10 瓶 (fire extinguishing agent)", "CN", 400, 10, 6000, "USD",
         "三氟溴甲烷 is bromotrifluoromethane, halon 1301, an ODS whose import is banned except for critical uses "
         "under licence; Chinese wording under a fluorinated-derivative code",
         {"importer_name": "Delta Fire Supplies BV", "importer_country": "NL"}),
        ("OZN-02", "import", "ESAIR01", "air", "CN", [], "ES", "280429",
         "Gas trazador para detección de fugas, SF6 99,9 %, botellas 50 kg, 12 uds", "CN", 600, 12, 9600, "USD",
         "SF6 is no rare gas: a fluorinated greenhouse gas (GWP 23,500) under the F-gas quota, declared as a "
         "'tracer gas' under a rare-gas code to a firm with no quota; Spanish wording",
         firm("Fugas Control Ibérica SL", "ES")),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "381300",
         "Wkłady do gaśnic, heptafluoropropan, puszki jednorazowe 1 kg, 10 000 szt.", "CN", 10000, 10000, 42000,
         "USD",
         "heptafluoropropane is HFC-227ea; 10 t in 1 kg non-refillable cans (banned for F-gases) by rail to a "
         "trading firm, outside any quota; Polish wording",
         firm("Vega Handel Sp. z o.o.", "PL")),
        ("OZN-04", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "841861",
         "Luft-Wasser-Wärmepumpen Monoblock 12 kW, mit R-410A vorgefüllt, 60 St.", "TR", 9000, 60, 120000, "EUR",
         "monobloc heat pumps pre-charged with R-410A (GWP 2,088) under a heat-pump code, with no quota "
         "authorisation or declaration of conformity in the documents; R-410A monoblocs may no longer be placed "
         "on the market; the second item, R-410A refill cylinders for the installers, is bulk HFC outside any quota",
         dict(firm("Wärmetechnik Rhein GmbH", "DE"),
              _more_items=[item("382763", "Kältemittel R-410A zum Nachfüllen, Flaschen 10 kg", "TR", 400, 9800, "EUR",
                                40)])),
        ("OZN-05", "import", "ITAIR01", "express", "TR", [], "IT", "381400",
         "Pulitore per pistole schiuma poliuretanica, 1,1-dicloro-1-fluoroetano (141b), bombolette 500 ml, 48 pz",
         "TR", 24, 48, 190, "EUR",
         "1,1-dichloro-1-fluoroethane is HCFC-141b, an ODS banned in the EU, as a foam-gun cleaner to a private "
         "person; Italian wording", person("Sig. L. Marino", "IT")),
        ("OZN-06", "import", "NLAIR01", "post", "US", [], "NL", "290377",
         "Oldtimer airco vulmiddel, R-12 dichloordifluormethaan, blikjes 340 g, 24 st.", "US", 8, 24, 430, "USD",
         "R-12 is CFC-12, banned since 1995; classic-car owners are sold it in small cans from the US; 24 cans by "
         "post to a private person; Dutch wording", person("Mw. E. de Jong", "NL")),
        ("OZN-07", "import", "FRSEA01", "sea", "MA", [], "FR", "380891",
         "Fumigant de sol pour serres, bromure de méthyle 98 %, boîtes 681 g, 2 400 pcs", "MA", 1630, 2400, 9800,
         "EUR",
         "methyl bromide is an ODS whose use for soil fumigation has been banned in the EU since 2010; declared as "
         "an insecticide to a greenhouse supplier; French wording",
         firm("Serres du Roussillon SARL", "FR")),
        ("OZN-08", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "382763",
         "Refrigerant R-410A, disposable cylinders 11.3 kg, 1,200 pcs", "CN", 13560, 1200, 54000, "USD",
         "1,200 disposable cylinders of R-410A in T1 transit through Bulgaria to a Serbian firm registered months "
         "ago: disposable F-gas cylinders may not even be placed on the EU market, and transits of this kind are "
         "diverted before the border",
         {"consignee_name": "Rashladni Sistemi Promet DOO", "importer_country": "RS"}),
        ("OZN-09", "import", "PTSEA01", "sea", "BR", [], "PT", "290371",
         "Gás refrigerante R-22 recuperado e regenerado, cilindros 13,6 kg, 200 uds", "BR", 2720, 200, 16000, "USD",
         "R-22 is HCFC-22; even reclaimed HCFCs may not be used for servicing in the EU since 2015, and the import "
         "needs an ODS licence this trader does not hold; Portuguese wording",
         firm("Frio Atlântico Lda", "PT")),
        ("OZN-10", "import", "GRSEA01", "sea", "TR", [], "GR", "390729",
         "Formulated polyether polyol for spray foam, blowing agent HFC-365mfc/227ea 8 %, drums 220 kg, 80 pcs",
         "TR", 17600, 80, 44000, "USD",
         "a polyol pre-blended with 8 % HFC-365mfc/227ea carries 1.4 t of HFCs (placing on the market of "
         "pre-blended polyols with HFCs is banned), declared as plain polyol",
         firm("Thermo Insulation Hellas AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "BESEA01", "sea", "TH", ["SG"], "BE", "680293",
         "Reclaimed sandstone garden ornament, carved female figure, weathered, lichen traces, 1 pc", "TH", 180, 1,
         900, "USD",
         "a carved female figure in grey sandstone with weathering and lichen, shipped from Thailand, is how "
         "Khmer apsara fragments looted from Cambodian temples leave; no export permit",
         {"importer_name": "Jardin Oriental BV", "importer_country": "BE"}),
        ("CUL-02", "import", "ESAIR01", "air", "BO", ["PE"], "ES", "711292",
         "Plata vieja para fundir, ley 900, cálices, custodia y candeleros abollados, 14 kg", "BO", 14, None, 9100,
         "USD",
         "chalices, a monstrance and candlesticks in 900 silver from Bolivia are colonial church silver (Potosí), "
         "national heritage whose export Bolivia forbids, declared as silver scrap at metal price; Spanish wording",
         {"importer_name": "Metales Preciosos Levante SL", "importer_country": "ES"}),
        ("CUL-03", "import", "DEAIR01", "express", "OM", [], "DE", "490199",
         "كتب قديمة مستعملة، مخطوطات بخط اليد على رق، ٦ قطع", "OM", 9, 6, 300, "USD",
         "'old used books, handwritten manuscripts on parchment': Yemeni manuscripts leave through Oman since the "
         "war; parchment manuscripts at 50 USD each to a private person; Arabic wording",
         person("Ahmad Al-Sayed", "DE")),
        ("CUL-04", "import", "NLAIR01", "express", "EG", [], "NL", "970191",
         "Decorative papyrus art, framed, with old Greek writing, 4 pcs", "EG", 3, 4, 18000, "USD",
         "tourist papyrus is painted modern sheet at 10 USD; framed fragments with Greek script at 4,500 USD each "
         "are ancient papyri, which Egypt bars from export",
         person("Dhr. J. Visser", "NL")),
        ("CUL-05", "import", "FRAIR01", "air", "AE", [], "FR", "711620",
         "Perles et cachets en pierre anciens, chlorite et lapis, gravés, lot de 60", "AF", 2, 60, 14000, "USD",
         "engraved chlorite and lapis stamp seals of Afghan origin, by Dubai, are Bactrian (Oxus) antiquities, "
         "not stone beads; French wording",
         {"importer_name": "Galerie Orient Paris SARL", "importer_country": "FR"}),
        ("CUL-06", "import", "DESEA01", "sea", "LB", [], "DE", "680221",
         "Gebrauchte Marmorplatten, beschriftet, arabische Schrift, gerundete Oberseite, Turbanaufsatz, 8 St.",
         "LB", 2400, 8, 1600, "USD",
         "used marble slabs with Arabic inscriptions, a rounded top and a turban finial are Ottoman gravestones "
         "taken from cemeteries in Syria and Lebanon, not building stone; German wording",
         {"importer_name": "Orient Naturstein GmbH", "importer_country": "DE"}),
        ("CUL-07", "import", "BGROAD01", "road", "LB", ["TR"], "BG", "680299",
         "Used floor tiles, stone, small cubes glued on canvas backing, in rolled sections, 14 m2", "LB", 600,
         None, 1200, "USD",
         "stone cubes glued to canvas in rolled sections are lifted tesserae of a floor mosaic; from Lebanon by "
         "road through Turkey is the route of mosaics looted in Syria",
         {"importer_name": "Balkan Stone Trade EOOD", "importer_country": "BG"}),
        ("CUL-08", "import", "ESAIR01", "express", "PE", [], "ES", "630790",
         "Retazos de tejido antiguo, fibra de camélido y algodón, policromado, región de Ica, 12 pzs", "PE", 1, 12,
         3600, "USD",
         "polychrome camelid and cotton textile fragments from the Ica region are pre-Columbian Paracas or Nazca "
         "grave textiles (ICOM Red List), whose export Peru forbids; Spanish wording",
         person("Sra. P. Romero", "ES")),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "740400",
         "Bronze scrap, sea-encrusted, from marine salvage, incl. 2 cannon and bell, 3.2 t", "ID", 3200, None,
         9600, "USD",
         "cannon and a bell encrusted from the sea are finds from a historic wreck (underwater cultural heritage, "
         "which Indonesia protects), not copper-alloy scrap at 3 USD/kg",
         {"importer_name": "Noordzee Metaalhandel BV", "importer_country": "NL"}),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Dipinto a olio su tela, copia moderna di soggetto sacro, tela rifoderata, telaio antico con cunei, 1 pz",
         "IT", 12, 1, 400, "EUR",
         "a modern copy is not relined nor on an old keyed stretcher: relining is conservation of an old canvas, "
         "so this is an old religious painting leaving without an export certificate; Italian wording",
         {"consignee_name": "Freilager Kunsthandel AG", "importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "LB", "290519",
         "Riechstoff-Zwischenprodukt 3,3-Dimethyl-2-butanol 98 %, Fässer 25 kg, 8 St.", "DE", 200, 8, 9000, "EUR",
         "3,3-dimethyl-2-butanol is pinacolyl alcohol, a CWC Schedule 2 chemical (the soman precursor), 200 kg "
         "to a Beirut trading house with no fragrance plant, without licence; German wording",
         {"consignee_name": "Cedar Chem Trading SAL", "importer_country": "LB"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "PK", "282619",
         "Glass frosting powder, potassium hydrogen difluoride 99 %, 25 kg drums, 2 t", "NL", 2000, 80, 6400,
         "EUR",
         "potassium bifluoride is an Australia Group chemical-weapon precursor listed for dual-use export control; "
         "'glass frosting' in 2 t of 99 % KHF2 to Pakistan without licence",
         {"consignee_name": "Indus Glass Decor Pvt Ltd", "importer_country": "PK"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "841939",
         "Labor-Sprühtrockner für Milchpulver, Partikelgröße 1-10 µm, Einhausung, sterilisierbar, 2 St.", "DE", 900,
         2, 138000, "EUR",
         "milk powder is dried to 50-150 µm, not 1-10 µm; a contained, sterilisable spray dryer making respirable "
         "particles is an Australia Group item (2B352), to a Dubai free-zone trader without licence; German wording",
         {"consignee_name": "Parsian Lab Equipment FZE", "importer_country": "AE"}),
        ("STR-04", "export", "FRAIR01", "express", "FR", [], "KZ", "950300",
         "Toy drones, quadcopter with thermal camera, 35 min flight, 8 km range, 40 pcs", "FR", 60, 40, 52000, "EUR",
         "toys do not carry thermal cameras nor fly 8 km; 1,300 EUR drones to Almaty are UAVs whose sale to Russia "
         "is banned, in the circumvention route through Kazakhstan",
         {"consignee_name": "Steppe Hobby Trade LLP", "importer_country": "KZ",
          "_more_items": [item("850760", "Spare batteries 6S 22,000 mAh for the drones", "CN", 220, 9600, "EUR", 80)]}),
        ("STR-05", "export", "BEROAD01", "road", "BE", ["DE", "AT", "HU", "RO", "BG"], "TR", "903020",
         "Refurbished oscilloscopes, 13 GHz bandwidth, 80 GS/s, 3 pcs", "US", 90, 3, 210000, "EUR",
         "13 GHz real-time oscilloscopes are dual-use controlled and on the high-priority list for Russia; three "
         "units to an Istanbul electronics reseller without licence",
         {"consignee_name": "Boğaziçi Elektronik Ltd", "importer_country": "TR"}),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "AM", "690390",
         "Keramikplatten Siliziumkarbid 25 x 30 cm, gekrümmt, mit Aramid-Rückseite, Brennhilfsmittel, 40 St.", "DE",
         110, 40, 26000, "EUR",
         "kiln shelves are flat and have no aramid backing: curved silicon-carbide plates backed with aramid are "
         "ballistic armour inserts (military list), 650 EUR each, by express to Yerevan without licence; German wording",
         {"consignee_name": "Ararat Industrial Ceramics LLC", "importer_country": "AM"}),
        ("STR-07", "export", "ITAIR01", "air", "IT", [], "ET", "851762",
         "Amplificatore di segnale GSM/LTE con funzione cattura IMSI e intercettazione, 2 pz", "IT", 30, 2, 180000,
         "EUR",
         "a signal booster does not capture IMSI nor intercept: this is an IMSI catcher, listed for dual-use "
         "control and intrusion-surveillance rules, declared as a repeater; Italian wording",
         {"consignee_name": "Horn Telecom Solutions PLC", "importer_country": "ET"}),
        ("STR-08", "export", "FRAIR01", "express", "FR", [], "AE", "841199",
         "Turbine blades for power generation, P/N 1590M90P01, used serviceable, 24 pcs", "US", 8, 24, 96000, "USD",
         "a 159xM part number is a CFM56 high-pressure turbine blade (aircraft engine), not a power-plant part; "
         "Dubai traders re-ship such parts to Iranian and Russian fleets under sanctions",
         {"consignee_name": "Gulf Aero Spares FZCO", "importer_country": "AE"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "LB", "292215",
         "Coadiuvante di macinazione per cemento, trietanolammina 99 %, fusti 230 kg, 20 pz; notify: "
         "Damascus Cement Supplies, Siria", "IT", 4600, 20, 9200,
         "EUR",
         "grinding aids are diluted TEA blends sold to cement works; 4.6 t of 99 % triethanolamine (CWC Schedule 3, "
         "dual-use 1C350) to a Beirut trader with a Syrian notify party, without licence; Italian wording",
         {"consignee_name": "Levant Building Chemicals SARL", "importer_country": "LB"}),
        ("STR-10", "export", "PLRAIL01", "rail", "PL", ["BY"], "KG", "848210",
         "Łożyska kulkowe do maszyn szwalniczych, klasa P4, wrzeciona szybkoobrotowe, 6 000 szt.", "DE", 1200, 6000,
         168000, "EUR",
         "sewing machines do not take P4 precision spindle bearings at 28 EUR each; 6,000 by rail through Belarus "
         "to Bishkek are high-priority goods for Russian machine tools; Polish wording",
         {"consignee_name": "Ala-Too Tekstil Mashina OsOO", "importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "FRAIR01", "post", "AE", [], "FR", "440139",
         "عود كمبودي خام، رقائق للبخور، ١ كغ", "KH", 1, 1, 2400, "USD",
         "'raw Cambodian oud, chips for incense': agarwood (Aquilaria, CITES Appendix II) at 2,400 USD/kg under a "
         "sawdust code, by post to a private person without permit; Arabic wording",
         person("Mme S. Haddad", "FR")),
        ("WLD-02", "import", "DEAIR01", "post", "CN", [], "DE", "121190",
         "中药饮片 羚羊角片, 100 g x 10", "CN", 1, 10, 1800, "USD",
         "羚羊角 is saiga antelope horn (CITES Appendix II), sliced for traditional medicine, by post to a private "
         "person without permit; Chinese wording", person("Li Wei", "DE")),
        ("WLD-03", "import", "PTAIR01", "express", "PE", [], "PT", "030559",
         "Cavalos-marinhos secos para sopa, 6 kg", "PE", 6, None, 2100, "USD",
         "dried seahorses (Hippocampus, Appendix II) from Peru, which suspends their export, to a private person; "
         "Portuguese wording", person("Sr. H. Wong", "PT")),
        ("WLD-04", "import", "ESSEA01", "sea", "HN", [], "ES", "030792",
         "Frozen whelk meat, cleaned, 'caracol del Caribe', 18 t", "HN", 18000, None, 216000, "USD",
         "'caracol del Caribe' at 12 USD/kg from Honduras is queen conch (Strombus gigas, Appendix II), not whelk, "
         "declared without CITES export permit",
         firm("Pescados Caribe Import SL", "ES")),
        ("WLD-05", "import", "FRSEA01", "sea", "MY", [], "FR", "440910",
         "Moulures bois pour cadres, 'ramin blanc', profilées, 14 m3", "MY", 9000, None, 16000, "USD",
         "ramin (Gonystylus, Appendix II) mouldings from Malaysia without CITES permit, declared under a "
         "softwood moulding code; French wording",
         firm("Cadres et Baguettes SARL", "FR")),
        ("WLD-06", "import", "DEAIR01", "express", "BR", [], "DE", "440729",
         "Griffbretter Rio-Palisander, Gitarrenbau, 30 St.", "BR", 15, 30, 4500, "USD",
         "Rio rosewood is Dalbergia nigra (Appendix I): fingerboards cut from it may travel only with pre-Convention "
         "certificates; to a private luthier; German wording",
         person("Herr J. Brandt", "DE")),
        ("WLD-07", "import", "ESSEA01", "sea", "NI", [], "ES", "440799",
         "Madera de guayacán en bloques, para cojinetes de eje de hélice, 2,5 t", "NI", 2500, None, 11000, "USD",
         "guayacán for stern-tube bearings is lignum vitae (Guaiacum, CITES Appendix II), shipped from Nicaragua "
         "with no export permit under a generic hardwood code; Spanish wording",
         firm("Astilleros del Cantábrico SL", "ES")),
        ("WLD-08", "transit", "ESAIR01", "air", "EC", ["ES"], "HK", "030571",
         "Aletas de pescado secas, especie sin especificar, 600 kg", "EC", 600, None, 36000, "USD",
         "dried 'fish fins' at 60 USD/kg are shark fins, and since 2023 all requiem sharks are in Appendix II: "
         "no species and no CITES permit on a fin consignment flown through Madrid to Hong Kong; Spanish wording",
         {"consignee_name": "Wing Fat Dried Seafood Co", "importer_country": "HK"}),
        ("WLD-09", "import", "NLAIR01", "express", "LK", [], "NL", "970529",
         "Driftwood decoration, fish bone 'saw' with teeth both sides, 1.2 m, 1 pc", "LK", 6, 1, 2400, "USD",
         "a 1.2 m bony saw with teeth on both sides is a sawfish rostrum (Pristidae, Appendix I), sent as a "
         "decoration to a private person", person("Dhr. J. Bakker", "NL")),
        ("WLD-10", "import", "DEAIR01", "express", "US", [], "DE", "121120",
         "Ginsengwurzeln, getrocknet, wild gesammelt, Wisconsin/Appalachen, ca. 15 Jahre alt, 3 kg", "US", 3, None,
         5400, "USD",
         "wild American ginseng (Panax quinquefolius, Appendix II) at 1,800 USD/kg, said to be wild-collected, "
         "needs a US CITES export permit; none is declared, to a private person; German wording",
         person("Herr D. Krüger", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITSEA01", "sea", "CH", "IT", "280800",
     "Nitric acid 68 %, for gold refining, IBC 1,000 l, 12 pcs", "CH", 16800, 12, 5900, "EUR",
     [("PRECURSOR_LICENCE", "IT-MI-30-0917")], "nitric acid to an Arezzo gold refinery under licence"),
    ("PRM-02", "precursors", "import", "SESEA01", "sea", "ZA", "SE", "360340",
     "Non-electric delay detonators, shock tube 6 m, for underground mining, 20,000 pcs", "ZA", 1600, 20000,
     52000, "USD", [("IMPORT_LICENCE", "SE-MSB-30-0244")], "detonators to a licensed mine operator"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262040",
     "Spent pot lining, first cut, from aluminium smelter, for thermal treatment, 22 t", "NO", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NI-30-1132")], "notified SPL to a German treatment plant"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "CH", "BE", "854999",
     "End-of-life photovoltaic panels, for recycling, 14 t", "CH", 14000, 700, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-30-0718")], "notified PV waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "FRSEA01", "sea", "CN", "FR", "290346",
     "HFC-227ea, refillable cylinders 100 kg, for fire-protection installers, 40 pcs", "CN", 4000, 40, 58000,
     "USD", [("FGAS_QUOTA", "FR-MTE-FG-30-0309")], "HFC-227ea within the importer's quota"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Recovered halon 1301, reclaimed to ISO 7201, for aircraft fire suppression (critical use), 8 cylinders",
     "US", 320, 8, 19000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-30-0012")],
     "recovered halon for an aviation critical use under licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Oil on canvas, relined, Lombard school, circa 1720, altarpiece fragment, 1 pc", "IT", 14, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-30-1408")], "an old relined painting with its export licence"),
    ("PRM-08", "cultural", "export", "GBAIR01", "air", "GB", "US", "970510",
     "Greek papyrus fragment, Ptolemaic, ex-collection since 1910, framed, 1 pc", "EG", 1, 1, 42000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-30-0622")], "an old-collection papyrus with its export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "903020",
     "Real-time oscilloscope, 13 GHz, 80 GS/s, 1 pc", "US", 40, 1, 95000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-30-4471"), ("END_USER_CERTIFICATE", "JP-METI-EUC-30-0390")],
     "a controlled oscilloscope to a Japanese university under licence"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "US", "290519",
     "Pinacolyl alcohol 98 %, reference material for verification laboratory, 5 x 100 g", "NL", 1, 5, 900, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-30-0231"), ("END_USER_CERTIFICATE", "US-DOS-EUC-30-0117")],
     "a Schedule 2 reference chemical to a designated laboratory under licence"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "JM", "NL", "030784",
     "Queen conch meat (Strombus gigas), frozen, 50 % cleaned, 9 t", "JM", 9000, None, 95000, "USD",
     [("CITES_PERMIT", "JM-CITES-30-0415")], "queen conch within Jamaica's quota with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "440139",
     "Agarwood chips, plantation-grown Aquilaria crassna, for perfumery, 40 kg", "VN", 40, None, 12000, "USD",
     [("CITES_PERMIT", "VN-CITES-30-0877")], "plantation agarwood to a Grasse perfumer with a CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Affinerie Aretine SpA", "PRM-02": "Zinkgruvan Mining AB", "PRM-03": "Rheinische Entsorgung GmbH",
    "PRM-04": "Soltech Recycling NV", "PRM-05": "Protection Incendie Rhône SAS", "PRM-06": "KLM Engineering BV",
    "PRM-07": "Galerie Lugano Antik SA", "PRM-08": "Mr D. Whitfield", "PRM-09": "Tohoku University",
    "PRM-10": "Edgewood Chemical Verification Laboratory", "PRM-11": "Ocean Fresh Seafood BV",
    "PRM-12": "Parfums Fragonard SA",
}

S, N = True, False
P, X = ["post", "express"], ["express"]
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (37 rows)
    ("330790", "Contact-lens peroxide care system 3 %, 360 ml with neutralising case, 3 packs", "import", P, ["GB", "US"], (18, 30), (1, 3), ["GBP", "USD"], 2, S),
    ("382290", "Gold and silver testing kit, dropper bottles 10 ml, with touchstone", "import", P, ["US", "CN"], (25, 60), (1, 2), ["USD"], 4, S),
    ("282720", "Calcium chloride flakes 77 %, de-icing, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.15, 0.25), (20000, 24000), ["USD"], None, S),
    ("391740", "Drip irrigation fittings, PE connectors and start valves", "import", ["sea"], ["IL", "TR", "CN"], (3, 5), (3000, 8000), ["USD"], 200, S),
    ("330430", "Nail polish remover, acetone-free, 125 ml retail", "import", ["sea"], ["TR", "CN"], (2.5, 4), (3000, 8000), ["EUR", "USD"], 7, S),
    ("360690", "Magnesium fire-starter block with ferro rod, camping", "import", P, ["US", "CN"], (50, 90), (1, 3), ["USD"], 12, S),
    ("250100", "Curing salt 0.6 % sodium nitrite in salt, for butchers, 25 kg bags", "import", ["road"], ["CH", "RS"], (0.6, 1.0), (5000, 12000), ["EUR"], None, S),
    ("560749", "Polypropylene clothesline and baler twine", "import", ["sea"], ["IN", "CN"], (1.8, 2.8), (6000, 14000), ["USD"], None, S),
    ("854143", "Solar panels 450 W, new, with IEC 61215 certificates", "import", ["sea"], ["CN", "VN", "IN"], (1.8, 3.2), (15000, 20000), ["USD"], 0.043, S),
    ("630532", "FIBC big bags, new, 1 t, food grade", "import", ["sea"], ["IN", "TR"], (2.8, 3.8), (6000, 12000), ["USD"], 0.4, S),
    ("690290", "Carbon cathode blocks, new, graphitised, for aluminium smelters", "import", ["sea"], ["CN", "NO"], (3, 5), (20000, 24000), ["USD"], None, S),
    ("850760", "Li-ion cells 18650, new, UN 38.3 report, boxed", "import", ["sea", "air"], ["CN", "KR"], (40, 65), (1000, 5000), ["USD"], 22, S),
    ("271019", "Marine gas oil DMA, ISO 8217, bulk", "import", ["sea"], ["US", "IN", "SA"], (0.7, 0.9), (400000, 900000), ["USD"], None, S),
    ("841430", "Refrigerator compressors, new, boxed, R-600a", "import", ["sea"], ["CN", "BR"], (7, 11), (5000, 12000), ["USD"], 0.12, S),
    ("700100", "Container glass cullet, colour-sorted, furnace-ready", "import", ["road"], ["CH", "NO", "GB"], (0.06, 0.1), (20000, 24000), ["EUR", "GBP"], None, S),
    ("310100", "Composted cattle manure pellets, certified organic, 25 kg bags", "import", ["sea"], ["TR", "MA"], (0.2, 0.35), (20000, 24000), ["EUR"], None, S),
    ("390422", "PVC compound, prime, plasticised, for cable sheathing", "import", ["sea"], ["KR", "TR"], (1.2, 1.6), (18000, 24000), ["USD"], None, S),
    ("870323", "Used passenger cars, roadworthy, with inspection certificates", "export", ["sea"], ["GN", "CM", "NG"], (4, 7), (6000, 12000), ["EUR"], 0.0008, S),
    ("280429", "Helium 5.0 for leak detection, in returnable cylinders", "import", ["sea"], ["US", "QA"], (60, 120), (200, 1500), ["USD"], 0.6, S),
    ("841861", "Monobloc heat pumps 10 kW, R-290 propane", "import", ["sea"], ["TR", "CN"], (40, 65), (4000, 9000), ["EUR", "USD"], 0.008, S),
    ("381400", "PU foam gun cleaner, acetone-based, 500 ml cans", "import", ["sea"], ["TR", "CN"], (4, 7), (3000, 8000), ["EUR", "USD"], 2, S),
    ("390729", "Polyether polyol, base grade, no blowing agent, drums", "import", ["sea"], ["SA", "KR"], (1.5, 2.1), (18000, 24000), ["USD"], None, S),
    ("271112", "Propane R-290 refrigerant grade, refillable cylinders 5 kg", "import", ["road"], ["CH", "GB"], (10, 16), (500, 2000), ["EUR", "GBP"], 0.12, S),
    ("681099", "Cast-stone garden statues, new, aged finish", "import", ["sea"], ["VN", "ID"], (1.2, 2.2), (8000, 16000), ["USD"], 0.02, S),
    ("970191", "Tourist papyrus paintings, hand-painted, new", "import", P, ["EG"], (20, 60), (1, 2), ["USD"], 10, S),
    ("491199", "Facsimile Arabic calligraphy prints, new, museum shop", "import", P, ["AE", "MA"], (30, 70), (1, 3), ["USD", "EUR"], 6, S),
    ("691390", "Museum replica, Djenné-style terracotta figure, stamped 'replica'", "import", P, ["ML", "US"], (25, 50), (2, 5), ["EUR", "USD"], 0.3, S),
    ("950300", "Mini camera drones, toy, under 250 g", "import", ["sea"], ["CN"], (60, 120), (2000, 6000), ["USD"], 2, S),
    ("903020", "Oscilloscopes 200 MHz, benchtop, education", "import", ["sea", "air"], ["CN", "US"], (100, 250), (500, 2000), ["USD"], 0.2, S),
    ("851762", "Mobile signal boosters, CE-marked, household", "import", ["sea"], ["CN"], (40, 90), (1000, 4000), ["USD"], 0.8, S),
    ("382499", "Cement grinding aid, triethanolamine blend 30 %, IBC", "import", ["sea"], ["TR", "EG"], (1.2, 1.8), (18000, 22000), ["USD", "EUR"], None, S),
    ("848210", "Deep-groove ball bearings, standard grade, for appliances", "import", ["sea"], ["CN", "IN"], (3, 6), (5000, 14000), ["USD"], 30, S),
    ("440929", "Meranti mouldings, FSC, for door frames", "import", ["sea"], ["MY", "ID"], (1.3, 1.9), (14000, 20000), ["USD"], None, S),
    ("920290", "Acoustic guitars with Indian rosewood fingerboards", "import", ["sea"], ["CN", "ID"], (35, 70), (2000, 5000), ["USD"], 0.35, S),
    ("060290", "Christmas cactus (Schlumbergera), nursery pots", "import", ["road", "air"], ["GB", "CH"], (4, 7), (2000, 6000), ["EUR", "GBP"], 3, S),
    ("030572", "Dried Nile perch maws", "import", ["sea", "air"], ["TZ", "UG"], (120, 300), (1000, 5000), ["USD"], None, S),
    ("030792", "Frozen whelk meat, Buccinum undatum", "import", ["sea"], ["CA", "GB"], (6, 9), (15000, 22000), ["USD", "GBP"], None, S),
    # everyday trade
    ("020230", "Frozen boneless beef", "import", ["sea"], ["AR", "UY", "BR"], (5.5, 8), (20000, 26000), ["USD"], None, N),
    ("030617", "Frozen shrimp, vannamei", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (18000, 24000), ["USD"], None, N),
    ("040690", "Cheese, hard, Gouda type", "export", ["road"], ["GB", "CH"], (4, 7), (8000, 20000), ["EUR"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "EG"], (1.0, 1.6), (22000, 26000), ["USD"], None, N),
    ("080390", "Bananas, fresh", "import", ["sea"], ["EC", "CO", "CR"], (0.6, 0.9), (20000, 24000), ["USD"], None, N),
    ("080550", "Lemons, fresh", "import", ["sea"], ["AR", "ZA", "TR"], (0.8, 1.3), (20000, 24000), ["USD"], None, N),
    ("081040", "Blueberries, fresh", "import", ["air", "sea"], ["PE", "CL", "MA"], (5, 9), (5000, 18000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "CO", "ET"], (4, 7), (18000, 21000), ["USD"], None, N),
    ("090220", "Black tea, bulk", "import", ["sea"], ["LK", "KE", "IN"], (2.5, 4.5), (15000, 20000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE"], (1.2, 2), (20000, 24000), ["USD"], None, N),
    ("100630", "Rice, milled, basmati", "import", ["sea"], ["IN", "PK"], (1.0, 1.5), (20000, 26000), ["USD"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["US", "BR"], (0.4, 0.55), (50000, 60000), ["USD"], None, N),
    ("150920", "Extra virgin olive oil, bulk", "import", ["sea"], ["TN", "TR", "MA"], (4, 6.5), (18000, 22000), ["EUR"], None, N),
    ("170114", "Raw cane sugar", "import", ["sea"], ["BR", "MU"], (0.45, 0.6), (25000, 30000), ["USD"], None, N),
    ("180100", "Cocoa beans", "import", ["sea"], ["CI", "GH", "EC"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee", "export", ["sea", "road"], ["GB", "RS", "UA"], (10, 16), (5000, 15000), ["EUR"], None, N),
    ("220421", "Red wine in bottles", "export", ["sea"], ["US", "CN", "GB"], (4, 9), (5000, 15000), ["EUR"], 1.3, N),
    ("220830", "Scotch whisky in bottles", "import", ["road", "sea"], ["GB"], (12, 25), (5000, 15000), ["GBP"], 1.3, N),
    ("230400", "Soya bean meal", "import", ["sea"], ["AR", "BR"], (0.4, 0.55), (40000, 60000), ["USD"], None, N),
    ("300490", "Medicaments in dosage form, prescription, to a wholesaler", "import", ["air"], ["CH", "US", "IN"], (80, 300), (200, 2000), ["USD", "CHF"], None, N),
    ("330499", "Skin-care creams, retail", "import", P, ["KR", "US"], (40, 90), (1, 3), ["USD"], 6, N),
    ("340111", "Toilet soap bars", "import", ["sea"], ["TR", "MY"], (1.5, 2.5), (6000, 14000), ["USD"], None, N),
    ("392321", "PE carrier bags, retail", "import", ["sea"], ["VN", "MY"], (1.8, 2.6), (8000, 16000), ["USD"], None, N),
    ("401110", "Passenger car tyres, new", "import", ["sea"], ["CN", "TH", "KR"], (3, 5), (10000, 18000), ["USD"], 0.1, N),
    ("420221", "Handbags, leather, retail", "import", P, ["CN", "GB", "US"], (80, 250), (1, 3), ["USD", "GBP"], 1, N),
    ("441231", "Tropical plywood, okoumé face, FSC", "import", ["sea"], ["GA", "CN"], (0.7, 1.1), (18000, 24000), ["USD"], None, N),
    ("480256", "Copy paper A4, 80 g", "import", ["sea"], ["BR", "ID"], (0.8, 1.1), (18000, 24000), ["USD"], None, N),
    ("490199", "Printed books, new", "import", P, ["GB", "US"], (12, 25), (1, 4), ["GBP", "USD"], 2, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR", "BF"], (1.6, 2.2), (20000, 24000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR", "IN"], (6, 10), (5000, 12000), ["USD"], 5, N),
    ("611030", "Synthetic-fibre pullovers", "import", ["sea"], ["CN", "BD"], (8, 14), (4000, 10000), ["USD"], 2.5, N),
    ("620342", "Men's cotton trousers, jeans", "import", ["sea"], ["BD", "PK", "TR"], (9, 14), (5000, 12000), ["USD"], 1.6, N),
    ("640399", "Leather shoes", "import", ["sea"], ["VN", "IN", "BR"], (18, 30), (3000, 8000), ["USD"], 1, N),
    ("640411", "Sports shoes, textile uppers", "import", P, ["CN", "VN", "US"], (35, 70), (1, 3), ["USD"], 1, N),
    ("691110", "Porcelain tableware", "import", ["sea"], ["CN", "TH"], (2.5, 4.5), (6000, 14000), ["USD"], None, N),
    ("700721", "Laminated safety glass for vehicles", "import", ["sea"], ["CN", "TR"], (4, 6), (6000, 12000), ["USD"], None, N),
    ("711319", "Gold jewellery, 18 ct, to a jewellery wholesaler", "import", ["air"], ["AE", "TR", "CH"], (40000, 55000), (1, 5), ["USD", "CHF"], None, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["IN", "KR", "TR"], (0.75, 0.95), (22000, 26000), ["USD"], None, N),
    ("730890", "Steel structures, fabricated", "export", ["road", "sea"], ["NO", "CH", "GB"], (2, 3.5), (10000, 22000), ["EUR"], None, N),
    ("760410", "Aluminium extrusions, 6060", "import", ["sea", "road"], ["TR"], (3.5, 4.5), (15000, 22000), ["USD", "EUR"], None, N),
    ("820713", "Rock drilling bits, tungsten carbide", "import", ["sea"], ["CN", "US"], (25, 45), (1000, 3000), ["USD"], None, N),
    ("840991", "Spark-ignition engine parts, pistons", "import", ["sea"], ["CN", "JP"], (8, 15), (2000, 6000), ["USD"], 2, N),
    ("841510", "Split air conditioners, R-32, wall units", "import", ["sea"], ["CN", "TH"], (8, 13), (8000, 16000), ["USD"], 0.03, N),
    ("842211", "Household dishwashers", "import", ["sea"], ["TR", "CN"], (5, 8), (10000, 16000), ["EUR", "USD"], 0.02, N),
    ("843143", "Parts of boring machinery, drill collars", "export", ["sea"], ["NO", "AE", "US"], (6, 10), (8000, 20000), ["EUR"], None, N),
    ("845011", "Washing machines, household", "import", ["sea"], ["TR", "CN"], (4, 6.5), (12000, 18000), ["EUR", "USD"], 0.014, N),
    ("847330", "Computer parts, memory modules", "import", ["air"], ["KR", "TW"], (200, 600), (50, 500), ["USD"], 30, N),
    ("850440", "Power supplies for laptops", "import", ["sea", "air"], ["CN"], (12, 20), (1000, 5000), ["USD"], 3, N),
    ("851713", "Smartphones, new", "import", ["air"], ["CN", "VN", "IN"], (400, 900), (100, 1000), ["USD"], 5, N),
    ("852872", "LED televisions, 55 inch", "import", ["sea"], ["CN", "MX", "TR"], (12, 20), (10000, 18000), ["USD", "EUR"], 0.06, N),
    ("870899", "Car parts, exhaust systems", "import", ["sea", "road"], ["TR"], (4, 8), (5000, 12000), ["EUR", "USD"], None, N),
    ("871200", "Bicycles, city", "import", ["sea"], ["TW", "KH", "CN"], (12, 20), (5000, 10000), ["USD"], 0.06, N),
    ("900311", "Spectacle frames, plastic", "import", P, ["CN", "IT"], (150, 350), (1, 2), ["USD"], 40, N),
    ("901839", "Catheters and cannulae, sterile", "import", ["air", "sea"], ["US", "MY", "CN"], (30, 80), (500, 3000), ["USD"], None, N),
    ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "CN", "MY"], (4, 7), (5000, 10000), ["USD"], 0.06, N),
    ("940429", "Mattresses, pocket spring", "import", ["road"], ["TR", "RS"], (3, 5), (5000, 10000), ["EUR"], 0.04, N),
    ("950300", "Building-block toys, plastic", "import", ["sea"], ["CN", "MX"], (8, 14), (5000, 12000), ["USD"], None, N),
    ("950662", "Inflatable balls, footballs", "import", ["sea"], ["PK", "CN"], (5, 9), (3000, 8000), ["USD"], 2.5, N),
    ("960329", "Toothbrushes, retail", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 7000), ["USD"], 50, N),
    ("490110", "Paperback novels, new", "import", X, ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 3, N),
    ("610462", "Women's cotton trousers, retail", "import", P, ["GB", "US", "CN"], (30, 70), (1, 2), ["GBP", "USD"], 2, N),
    ("851830", "Wireless earbuds", "import", P, ["CN", "US"], (80, 200), (1, 2), ["USD"], 10, N),
    ("847141", "Mini PCs, new", "import", X, ["CN", "TW"], (150, 300), (1, 4), ["USD"], 0.8, N),
    ("330300", "Eau de parfum, retail 50 ml", "import", P, ["AE", "GB", "US"], (150, 300), (1, 2), ["USD", "GBP"], 6, N),
    ("210690", "Protein powder supplements, retail", "import", P, ["GB", "US"], (20, 35), (2, 5), ["GBP", "USD"], 0.5, N),
    ("950691", "Yoga mats and resistance bands", "import", P, ["CN", "GB"], (10, 20), (2, 5), ["USD", "GBP"], 0.6, N),
    ("420231", "Leather wallets and card holders", "import", P, ["GB", "US", "TR"], (150, 400), (1, 2), ["GBP", "USD"], 10, N),
    ("711719", "Costume jewellery, brass and glass", "import", P, ["CN", "IN", "TH"], (40, 120), (1, 2), ["USD"], 30, N),
]

base.name_consignees(CONSIGNEES, seed=2030)


def main():
    base.write_later_set("blind27", 20300901, HERE)


if __name__ == "__main__":
    main()
