#!/usr/bin/env python3
"""Writes the fourteenth blind set (tests/risk/data/blind14-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2028, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-fifteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 and blind13, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Ids are BL14-*:

    python3 tests/risk/data/make_blind14_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "US", [], "DE", "290420",
         "RC-Modellkraftstoff Nitromethan 98 %, Kanister 20 l, 5 St.", "US", 115, 5, 690, "USD",
         "model-engine fuel is methanol with 10-30 % nitromethane and oil; 100 l of 98 % nitromethane (Annex I, "
         "limit 30 %) by express to a private person is the pure substance; German wording",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "FRAIR01", "post", "TR", [], "FR", "282911",
         "Agent de blanchiment textile, chlorate de sodium NaClO3 99 %, sacs 5 kg, 10 pcs", "TR", 50, 10, 95, "EUR",
         "no household textile bleach is sodium chlorate; 50 kg of 99 % NaClO3 (Annex I, limit 40 %) by post to a "
         "private address is an oxidiser; French wording",
         person("M. J. Lefèvre", "FR")),
        ("PRE-03", "import", "NLAIR01", "express", "IN", [], "NL", "282919",
         "Potassium chlorate KClO3 99.5 %, fine powder, 'for school chemistry demonstrations', 4 x 5 kg", "IN", 20,
         4, 120, "USD",
         "schools buy grams of chlorate, through lab suppliers; 20 kg of fine KClO3 (Annex I) by express to a "
         "private person", person("Dhr. P. de Vries", "NL")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Preparat do wkładów chłodzących (instant cold pack), NH4NO3 99 %, worki 25 kg, 1 t", "UA", 1000, 40, 420,
         "EUR",
         "a 'preparation' that is 99 % NH4NO3 is ammonium nitrate (Annex I) under a chemical-preparation heading; "
         "cold packs are filled by their makers, not by a small trading firm buying a tonne; Polish wording",
         firm("Lodex Handel Sp. z o.o.", "PL")),
        ("PRE-05", "import", "GRSEA01", "sea", "CN", [], "GR", "391731",
         "Plastic tubing 3 mm, inner coating, crimped to aluminium shells with delay element, 5,000 pcs", "CN", 400,
         5000, 3100, "USD",
         "plastic tube with an inner coating crimped to an aluminium shell with a delay element is shock tube with "
         "non-electric detonators, declared as tubing to a general trader",
         {"importer_name": "Aegean Industrial Supplies", "importer_country": "GR"}),
        ("PRE-06", "import", "ITAIR01", "post", "CN", [], "IT", "283421",
         "Fertilizzante per orto, nitrato di potassio 99 %, 20 kg", "CN", 20, 1, 60, "USD",
         "a 'garden kit' whose other items are sulphur powder and fine charcoal: the three black-powder "
         "ingredients in black-powder proportions (Annex II nitrate) to a private address; Italian wording",
         {"consignee_name": "Sig. M. Russo", "importer_country": "IT",
          "_more_items": [item("250300", "Zolfo in polvere ventilato, 3 kg", "CN", 3, 10, "USD"),
                          item("440290", "Carbone vegetale in polvere finissima, 4 kg", "CN", 4, 12, "USD")]}),
        ("PRE-07", "import", "NLAIR01", "express", "CN", [], "NL", "284700",
         "Hydrocultuur zuurstofbooster, waterstofperoxide 50 %, jerrycans 20 l, 6 st.", "CN", 145, 6, 210, "USD",
         "hydroponic growers use 3-8 % peroxide; 120 l of 50 % hydrogen peroxide (Annex I, limit 12 %) to a private "
         "address; Dutch wording", person("Privé", "NL")),
        ("PRE-08", "import", "ESSEA01", "sea", "GE", ["TR"], "ES", "283429",
         "Nitrato de calcio para invernadero, granulado, N 34 %, sacos 50 kg, 26 t", "GE", 26000, 520, 9100, "USD",
         "calcium nitrate carries 15.5 % N; a 'calcium nitrate' at 34 % N is ammonium nitrate (Annex I), bought by "
         "a trading firm founded last year; Spanish wording",
         firm("Agroinsumos Levante 2027 SL", "ES")),
        ("PRE-09", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "761699",
         "Aluminium shells 7 mm x 45 mm, loaded, with copper leg wires 3 m and shunt, 3,000 pcs", "TR", 180, 3000,
         2400, "USD",
         "aluminium shells that are 'loaded' and carry leg wires and a shunt are electric detonators declared as "
         "aluminium articles, in transit to a non-licensed trader",
         {"importer_name": "Metal Trade Niš DOO", "importer_country": "RS"}),
        ("PRE-10", "import", "ESAIR01", "express", "CN", [], "ES", "810430",
         "Virutas de magnesio para encender fuego, polvo < 100 µm, 25 kg", "CN", 25, 1, 150, "USD",
         "fire-starter magnesium comes as a block to scrape; 25 kg of sub-100 µm powder (Annex II, below 200 µm) to "
         "a private person is a flash-powder fuel; Spanish wording", person("Sr. D. Castillo", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "EG", "440139",
         "Bricchetti combustibili da biomassa, pezzatura 30 mm, PCI 22 MJ/kg, 24 t", "IT", 24000, None, 480, "EUR",
         "wood briquettes give 17-18 MJ/kg; 22 MJ/kg at 0.02 EUR/kg is refuse-derived fuel from shredded packaging "
         "(unnotified mixed waste); Italian wording",
         {"importer_name": "Delta Energy Fuels SAE", "importer_country": "EG"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "GH", "852849",
         "Second-hand TV sets, CRT, 21 inch, loaded loose with used fridges, 400 pcs", "BE", 10000, 400, 1600, "EUR",
         "CRT sets have no reuse market, are loaded loose (not packed or tested) and share the box with fridges: "
         "e-waste to Ghana", {"importer_name": "Kaneshie Electronics Ent.", "importer_country": "GH"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", [], "PL", "740400",
         "Kupferschrott gemischt, Leiterplattenanteil ca. 40 %, Big Bags, 12 t", "DE", 12000, None, 18000, "EUR",
         "copper scrap that is 40 % printed circuit boards is e-waste (A1180) under the copper-scrap heading, "
         "at a third of the copper price; German wording",
         {"importer_name": "Recykl Metal Sp. z o.o.", "importer_country": "PL"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "IN", "281820",
         "Alúmina calcinada, catalizador agotado Ni-Mo con coque y azufre, big bags, 20 t", "ES", 20000, None, 3000,
         "EUR",
         "calcined alumina does not contain coke and sulphur: spent hydrotreating catalyst (hazardous) as alumina, "
         "at 0.15 EUR/kg; Spanish wording", {"importer_name": "Vasundhara Metals Pvt Ltd", "importer_country": "IN"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "271019",
         "Óleo de transformador usado, retirado de subestações, sem análise PCB, 20 t", "PT", 20000, None, 2000, "EUR",
         "used dielectric oil from old substations with no PCB analysis is hazardous waste oil declared as a "
         "petroleum oil, to Angola; Portuguese wording",
         {"importer_name": "Luanda Lubrificantes Lda", "importer_country": "AO"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "NG", "381400",
         "Verdunner, teruggewonnen, bevat verfresten en 30 % water, vaten 200 l, 80 st.", "NL", 16000, 80, 800, "EUR",
         "a 'thinner' with paint residues and 30 % water at 0.05 EUR/kg is spent solvent (Y42/Y12) to Nigeria; "
         "Dutch wording", {"importer_name": "Apapa Chemicals Ltd", "importer_country": "NG"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "NG", "854143",
         "Gebrauchte Solarmodule, teils Glasbruch, ungeprüft, lose gestapelt, 600 St.", "DE", 12000, 600, 2400,
         "EUR",
         "untested PV modules with broken glass, loose stacked at 4 EUR a panel, are WEEE, not goods for reuse; "
         "German wording", {"importer_name": "Sunrise Solar Trading Nig. Ltd", "importer_country": "NG"}),
        ("WST-08", "import", "ESSEA01", "sea", "TR", [], "ES", "260800",
         "Concentrado de zinc, Zn 25 %, Pb 4 %, Cd, Cl 3 %, polvo, 22 t", "TR", 22000, None, 2600, "USD",
         "zinc concentrates carry 50 % Zn and no chlorine; 25 % Zn with lead, cadmium and chloride is electric-arc "
         "furnace dust (hazardous, notifiable) as ore; Spanish wording",
         firm("Reciclajes Zincor SL", "ES")),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "PK", "720449",
         "Ferraille mélangée de broyage, fraction non ferreuse, mousses, textiles, caoutchouc env. 60 %, 25 t",
         "FR", 25000, None, 500, "EUR",
         "'ferrous scrap' that is 60 % foam, textile and rubber at 0.02 EUR/kg is shredder light fraction (car "
         "fluff), a hazardous waste; French wording",
         {"importer_name": "Karachi Steel Re-Rolling", "importer_country": "PK"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "391510",
         "Folia LDPE 98/2, bele, zanieczyszczenia: papier, resztki żywności ok. 15 %, 20 t", "PL", 20000, None, 400,
         "EUR",
         "a 98/2 grade allows 2 % contamination; this one admits 15 % paper and food: mixed plastic waste (Y48) "
         "outside the OECD; Polish wording", {"importer_name": "Polimer Zakhid TOV", "importer_country": "UA"}),
    ],
    "ozone": [
        ("ODS-01", "import", "GRSEA01", "sea", "CN", [], "GR", "290342",
         "Refrigerant R-32, disposable cylinders, ODP 0.055, GWP 1810, 500 pcs", "CN", 6800, 500, 11000, "USD",
         "R-32 has ODP 0 and GWP 675; ODP 0.055 and GWP 1,810 are R-22's own figures: HCFC-22 declared as R-32",
         firm("Hellas Cool Trade IKE", "GR")),
        ("ODS-02", "import", "ESSEA01", "sea", "CN", [], "ES", "291479",
         "Agente extintor FK-5-1-12 (heptafluoropropano), cilindros 25 bar, 40 pcs", "CN", 2400, 40, 16000, "USD",
         "FK-5-1-12 is a ketone; heptafluoropropane is HFC-227ea (GWP 3,220), declared under the ketone heading "
         "outside quota; Spanish wording", firm("Protección Contra Incendios Iberia SL", "ES")),
        ("ODS-03", "import", "DEPOST01", "post", "US", [], "DE", "340399",
         "Kältemittelöl mit Kältemittel für Oldtimer-Klimaanlage, R-12 Dichlordifluormethan, Dosen 12 oz, 24 St.",
         "US", 8, 24, 380, "USD",
         "R-12 is CFC-12, banned; vintage-car AC is the usual pretext, by post to a private person; German wording",
         person("Herr W. Becker", "DE")),
        ("ODS-04", "import", "ITSEA01", "sea", "CN", [], "IT", "290919",
         "Propellente DME per aerosol, HFA-152a, ISO tank, 20 t", "CN", 20000, None, 44000, "USD",
         "DME is dimethyl ether; HFA-152a is difluoroethane, an HFC under quota, declared as the ether; Italian "
         "wording", firm("Aerosol Service Padana Srl", "IT")),
        ("ODS-05", "import", "PLROAD01", "road", "UA", [], "PL", "271113",
         "Газ бутан для заправки зажигалок, баллоны 10,9 кг, 80 шт.", "UA", 872, 80, 900, "EUR",
         "lighter gas comes in 300 ml cans; 10.9 kg is the standard net fill of an R-404A disposable cylinder: "
         "HFC by van from Ukraine; Russian wording", {"importer_name": "Kowalczyk Auto Klima", "importer_country": "PL"}),
        ("ODS-06", "import", "BEAIR01", "air", "IN", [], "BE", "290319",
         "Contact cleaner solvent, 1,1,1-trichloroethane, drums 200 l, 10 pcs", "IN", 2600, 10, 3900, "USD",
         "1,1,1-trichloroethane (methyl chloroform) is an ozone-depleting substance, banned; 'contact cleaner' "
         "in bulk drums", {"importer_name": "Electro Clean Benelux BV", "importer_country": "BE"}),
        ("ODS-07", "import", "PTSEA01", "sea", "IN", [], "PT", "290323",
         "Tetracloroetileno para lavandaria, CAS 56-23-5, tambores 300 kg, 40 un.", "IN", 12000, 40, 9600, "USD",
         "CAS 56-23-5 is carbon tetrachloride (ODS); perchloroethylene is 127-18-4; Portuguese wording",
         firm("Lavandarias Lusas Lda", "PT")),
        ("ODS-08", "import", "BGROAD01", "road", "TR", [], "BG", "381900",
         "Хидравлична течност за самолети, фреон 114В2, бидони 20 л, 30 бр.", "TR", 1300, 30, 4500, "USD",
         "freon 114B2 is halon 2402 (dibromotetrafluoroethane), a banned ODS, never a hydraulic fluid; Bulgarian "
         "wording", {"importer_name": "Aviotehnika Sofia EOOD", "importer_country": "BG"}),
        ("ODS-09", "import", "NLAIR01", "air", "KR", [], "NL", "281290",
         "Electronic special gas NF3, CHF3 5N, cylinders 47 l, 20 pcs", "KR", 600, 20, 15000, "USD",
         "CHF3 is fluoroform, HFC-23 (GWP 14,800), not nitrogen trifluoride: an HFC outside quota under the "
         "non-metal halide heading", {"importer_name": "Veldhoven Semiconductor Gases BV", "importer_country": "NL"}),
        ("ODS-10", "import", "ROROAD01", "road", "UA", [], "RO", "731100",
         "Butelii goale returnabile pentru recuperare agent frigorific, tara 15 kg, 100 buc.", "UA", 2800, 100, 500,
         "EUR",
         "100 'empty' cylinders of 15 kg tare should weigh 1.5 t; 2.8 t net means about 13 kg of refrigerant in each; "
         "Romanian wording", {"importer_name": "Frig Service Iași SRL", "importer_country": "RO"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "RS", [], "DE", "711890",
         "Münzen, alt, ungereinigt, Erdanhaftungen, Lot 500 St.", "RS", 2, 500, 150, "EUR",
         "a lot of 500 uncleaned coins with soil on them is fresh metal-detector finds from the Balkans, at 0.30 EUR "
         "each; German wording", person("Herr T. Schubert", "DE")),
        ("CUL-02", "import", "NLAIR01", "express", "AE", [], "NL", "691490",
         "ألواح طينية عليها نقوش على شكل أوتاد، صناعة يدوية، 12 قطعة", "IQ", 3, 12, 300, "USD",
         "clay tablets with wedge-shaped inscriptions are cuneiform tablets; Iraqi origin shipped from the UAE is "
         "the Red List route; Arabic wording", person("Mr A. Karimi", "NL")),
        ("CUL-03", "import", "FRAIR01", "air", "NG", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat, certificat de thermoluminescence joint, 6 pcs", "NG", 90, 6, 400,
         "EUR",
         "tourist craft is never thermoluminescence-tested: the test is there to date the pieces, i.e. Nok "
         "terracottas (Red List West Africa); French wording", firm("Galerie Sahel Arts", "FR")),
        ("CUL-04", "import", "ESAIR01", "express", "EG", ["AE"], "ES", "491191",
         "Papiros pintados, fragmentos con escritura griega, enmarcados entre cristales, 'colección antigua', 8 pz",
         "EG", 4, 8, 240, "USD",
         "tourist papyri are painted copies; fragments with Greek script framed between glass are ancient papyri "
         "out of Egypt; Spanish wording", person("Sr. L. Navarro", "ES")),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "630900",
         "Tejidos antiguos, fragmentos, algodón y lana de camélido, 20 piezas", "PE", 6, 20, 200, "USD",
         "'old' camelid-wool and cotton textile fragments from Peru are grave textiles (Paracas, Chancay) declared "
         "as worn clothing; Spanish wording", person("Sra. C. Ortega", "ES")),
        ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "711292",
         "Argento usato da fondere: calici e ostensori con iscrizione 'Parrocchia di S. Martino 1740', 8 pz",
         "IT", 9, 8, 4200, "EUR",
         "chalices and monstrances inscribed with a parish name and 1740 are church property, not melt silver; "
         "Italian wording", {"importer_name": "Metalli Preziosi Lugano SA", "importer_country": "CH"}),
        ("CUL-07", "import", "DEAIR01", "air", "NP", [], "DE", "630499",
         "Thangka, handpainted cotton, aged, mineral pigments, monastery seal on reverse, 3 pcs", "NP", 2, 3, 180,
         "USD",
         "a monastery seal on the back marks a temple's own thangka; aged mineral-pigment paintings at 60 USD each "
         "are stolen from Nepali monasteries", person("Frau S. Hartmann", "DE")),
        ("CUL-08", "import", "ATPOST01", "post", "UA", [], "AT", "830629",
         "Bronze ornaments, excavated patina, fibulae and arrowheads, lot 40 pcs", "UA", 1, 40, 80, "EUR",
         "'excavated' bronze fibulae and arrowheads are metal-detecting finds (Red List Ukraine) by post",
         person("Privatperson", "AT")),
        ("CUL-09", "import", "ESSEA01", "sea", "TR", [], "ES", "680221",
         "Busto funerario de mármol, reproducción, pátina, incrustaciones calcáreas, 1 pz", "LY", 180, 1, 250, "EUR",
         "calcareous encrustation is burial, not patina: a Cyrenaican funerary bust (Red List Libya) of Libyan "
         "origin as a reproduction; Spanish wording", firm("Decoración Jardín Mediterráneo SL", "ES")),
        ("CUL-10", "import", "NLAIR01", "air", "PE", [], "NL", "970191",
         "Óleo sobre tela, copia escuela cuzqueña, marco de pan de oro, bastidor con clavos forjados, reentelado",
         "PE", 15, 1, 150, "USD",
         "a 'copy' on a relined canvas, hand-forged stretcher nails and a water-gilt frame is a colonial Cuzco "
         "painting (Red List Latin America) at a copy's price; Spanish wording",
         person("Dhr. M. Janssen", "NL")),
    ],
    "strategic": [
        ("STR-01", "import", "DESEA01", "sea", "IN", [], "DE", "293090",
         "Tintenlösungsmittel 2,2'-Thiodiethanol 99 %, Fässer 200 l, 10 St.", "IN", 2300, 10, 9800, "USD",
         "2,2'-thiodiethanol is thiodiglycol, CWC Schedule 2 (mustard precursor), to a trader as an 'ink solvent'; "
         "German wording", firm("Druckchemie Handel GmbH", "DE")),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "AE", "281212",
         "Phosphorus trichloride, flame-retardant intermediate, ISO tank, 18 t", "BE", 18000, None, 21000, "EUR",
         "PCl3 is CWC Schedule 3 and Australia Group; a Jebel Ali general trader with no plant is a diversion hub",
         {"importer_name": "Gulf Star General Trading FZE", "importer_country": "AE"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", ["BY"], "KZ", "848210",
         "Roulements à billes, assortiment, 12 t", "FR", 12000, None, 96000, "EUR",
         "ball bearings are common-high-priority items; 12 t to a Kazakh firm via Belarus is the sanctions-"
         "circumvention route to Russia; French wording",
         {"importer_name": "Astana Tech Supply LLP", "importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter 3-phasig, Ausgang 600-2000 Hz, 10 kW, 20 St.", "DE", 400, 20, 48000, "EUR",
         "multiphase inverters with 600-2,000 Hz output are 3A225 (centrifuge drives); no ordinary motor needs "
         "that frequency; German wording",
         {"importer_name": "Al Noor Electromechanical LLC", "importer_country": "AE"}),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "AM", "880730",
         "Agricultural spraying drone parts: flight controllers, GNSS modules, 50 sets", "DE", 30, 50, 22000, "EUR",
         "flight controllers and GNSS modules with thermal cameras (second item) to an Armenian phone shop: drone "
         "parts on the common-high-priority list re-exported to Russia",
         {"importer_name": "Yerevan Mobile World LLC", "importer_country": "AM",
          "_more_items": [item("852589", "Thermal camera modules 640x512 for the same drones, 50 pcs", "CN", 10,
                               38000, "EUR", 50)]}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "LB", "292019",
         "Fosfito de dimetilo 98 %, aditivo lubricante, 16 t", "ES", 16000, None, 30000, "EUR",
         "dimethyl phosphite is CWC Schedule 3 (nerve-agent precursor) and Australia Group, to a Beirut trader "
         "next door to Syria; Spanish wording",
         {"importer_name": "Cedar Chem Trading SARL", "importer_country": "LB"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "TR", "760820",
         "Tubi in alluminio per telai bici, 7075-T6, Ø 120 mm x 3 mm, 1.000 pz", "IT", 3000, 1000, 27000, "EUR",
         "bicycle tubes are 30-45 mm; 7075-T6 tube of 120 mm diameter is 1C202 (rotor tube), to a Turkish trader; "
         "Italian wording", {"importer_name": "Anadolu Bisiklet Dış Ticaret", "importer_country": "TR"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU"], "KG", "870324",
         "Mercedes-Benz G 63, new, 2 units", "DE", 5200, 2, 380000, "EUR",
         "new luxury SUVs to a private buyer in Bishkek, driven through Belarus and Russia: the sanctions luxury ban "
         "circumvented", person("Mr B. Asanov", "KG")),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "AE", "853590",
         "Éclateurs déclenchés pour allumage de turbines, 10 kV, retard anodique < 15 µs, 50 pcs", "FR", 15, 50,
         42000, "EUR",
         "turbine igniters are spark plugs; triggered spark gaps with an anode delay under 15 µs are 3A228 "
         "(detonator firing sets), to a Dubai trader; French wording",
         {"importer_name": "Emirates Power Components Trading", "importer_country": "AE"}),
        ("STR-10", "import", "DEAIR01", "air", "AE", [], "DE", "710812",
         "Goldbarren 1 kg, recycelt, Ursprung AE, Punze Krastsvetmet, 12 St.", "AE", 12, 12, 780000, "USD",
         "Krastsvetmet is a Russian refinery: Russian gold under the import ban, declared as UAE recycled gold; "
         "German wording", firm("Edelmetallhandel Main GmbH", "DE")),
    ],
    "wildlife": [
        ("WLD-01", "export", "ESAIR01", "air", "ES", [], "HK", "160420",
         "Gulas de surimi, vivas, bolsas con oxígeno, 40 kg", "ES", 40, None, 2000, "EUR",
         "gulas are surimi imitation elvers, never live nor packed in oxygen bags: live glass eels (Anguilla "
         "anguilla, Appendix II, EU export ban) to Hong Kong; Spanish wording",
         {"importer_name": "Hong Kong Aquarium Trading Co.", "importer_country": "HK"}),
        ("WLD-02", "transit", "NLAIR01", "air", "MX", ["NL"], "HK", "030572",
         "Buche de pescado seco, vejigas natatorias grandes 0,5-1 kg c/u, 30 kg", "MX", 30, None, 600, "USD",
         "swim bladders of 0.5-1 kg each from Mexico are totoaba (Appendix I); Spanish wording",
         {"importer_name": "Wing Fat Dried Seafood", "importer_country": "HK"}),
        ("WLD-03", "import", "ATPOST01", "post", "TH", [], "AT", "950300",
         "Spielzeugschildkröten, lebensecht, 20 St., Luftlöcher in der Schachtel", "TH", 6, 20, 40, "USD",
         "toys do not need air holes: 20 'toys' of 300 g each are live Indian star tortoises (Appendix I) by post; "
         "German wording", person("Privatperson", "AT")),
        ("WLD-04", "import", "DEPOST01", "post", "CN", [], "DE", "392690",
         "鹤顶红树脂工艺品，雕刻挂件，20件", "CN", 1, 20, 60, "USD",
         "'鹤顶红' is helmeted hornbill casque (Appendix I) sold as 'resin'; Chinese wording",
         person("Herr L. Wang", "DE")),
        ("WLD-05", "import", "NLPOST01", "post", "CN", [], "NL", "121190",
         "羚羊角丝，中药材，100 g x 10", "CN", 1, 10, 90, "USD",
         "羚羊角 is saiga antelope horn (Appendix II), shaved for traditional medicine; Chinese wording",
         person("Mw. Y. Chen", "NL")),
        ("WLD-06", "import", "BESEA01", "sea", "CD", [], "BE", "440728",
         "Iroko sciés, qualité FAS, espèce Pericopsis elata, 40 m3", "CD", 28000, None, 48000, "EUR",
         "iroko is Milicia excelsa; Pericopsis elata is afrormosia (Appendix II) under the iroko name, at an "
         "afrormosia price; French wording", firm("Bois Tropicaux Anvers SA", "BE")),
        ("WLD-07", "import", "DEPOST01", "post", "ID", [], "DE", "970521",
         "Framed butterflies, Ornithoptera croesus, wild-caught, decoration, 10 pcs", "ID", 2, 10, 300, "USD",
         "Ornithoptera birdwings are Appendix II: a permit is needed and none is carried",
         person("Herr K. Vogel", "DE")),
        ("WLD-08", "import", "ITAIR01", "post", "MX", [], "IT", "060290",
         "Piante grasse a radice nuda, Ariocarpus, diametro 8-15 cm, 200 pz", "MX", 20, 200, 150, "USD",
         "bare-root Ariocarpus of 8-15 cm are decades old: wild-collected Appendix I cacti from Mexico, not nursery "
         "seedlings; Italian wording", person("Sig. F. Bianchi", "IT")),
        ("WLD-09", "import", "ITAIR01", "post", "CN", [], "IT", "130219",
         "熊胆粉，草药粉，10 g x 30", "CN", 1, 30, 120, "USD",
         "熊胆粉 is bear bile powder (Ursus thibetanus, Appendix I) as a 'herbal powder'; Chinese wording",
         person("Sig.ra L. Zhou", "IT")),
        ("WLD-10", "import", "FRAIR01", "express", "PH", [], "FR", "711719",
         "Bijoux en résine noire, bracelets et pendentifs 'Antipathes', 200 pcs", "PH", 2, 200, 400, "USD",
         "Antipathes is black coral (Appendix II): resin jewellery does not carry a coral genus name; French wording",
         person("Mme A. Moreau", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "US", "DE", "290420",
     "Nitromethane 99 %, for drag-racing fuel blending, drums 200 l, 2 pcs", "US", 450, 2, 3800, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-28-0312")], "licensed nitromethane to a motorsport fuel blender"),
    ("PRM-02", "precursors", "import", "PLSEA01", "sea", "CN", "PL", "282911",
     "Sodium chlorate 99 %, for chlorine dioxide generation in a pulp mill, 24 t", "CN", 24000, None, 17000, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-28-0433")], "chlorate for a pulp mill's ClO2 plant, licensed"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854912",
     "Printed circuit boards, shredded, for precious-metal recovery, 18 t", "DE", 18000, None, 90000, "EUR",
     [("BASEL_CONSENT", "DE-LfU-28-0719")], "notified PCB fraction to a permitted smelter"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "381512",
     "Spent refinery catalyst Ni-Mo on alumina, for metal recovery, 20 t", "NO", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-28-0551")], "notified spent catalyst to a Belgian recovery plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290346",
     "HFC-227ea fire suppression agent, returnable cylinders, 30 pcs", "CN", 1800, 30, 27000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-28-0145")], "HFC-227ea within the importer's quota"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290341",
     "Fluoroform (HFC-23) 5N for plasma etching, cylinders 47 l, 10 pcs", "US", 300, 10, 9000, "USD",
     [("FGAS_QUOTA", "NL-ILT-FG-28-0077")], "HFC-23 for a fab under quota"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970310",
     "Marble bust, Roman, 2nd century AD, ex-collection since 1920, 1 pc", "IT", 60, 1, 340000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-28-0881")], "an ancient bust with its export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "GB", "970121",
     "Oil on panel, Dutch school, circa 1650, 1 pc", "NL", 20, 1, 95000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-28-0302")], "a 17th-century panel with its certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "850440",
     "Frequency converters 600-2000 Hz, for high-speed spindles, 4 pcs", "DE", 80, 4, 36000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-28-3012"), ("END_USER_CERTIFICATE", "JP-METI-EUC-28-0141")],
     "high-frequency drives to a Japanese machine-tool maker under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "CH", "281212",
     "Phosphorus trichloride, ISO tank, for agrochemical synthesis, 18 t", "BE", 18000, None, 20000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-28-0611"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-28-0090")],
     "Schedule 3 chemical to a Swiss agrochemical plant under licence"),
    ("PRM-11", "wildlife", "import", "ATPOST01", "post", "GB", "AT", "970521",
     "Framed butterflies, Ornithoptera priamus, captive-farmed, 4 pcs", "PG", 1, 4, 320, "GBP",
     [("CITES_PERMIT", "GB-CITES-28-0211")], "ranched birdwings with a CITES permit, to a collector"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia (Pericopsis elata) sawn, FAS, legal origin, 30 m3", "CM", 21000, None, 39000, "EUR",
     [("CITES_PERMIT", "CM-CITES-28-0390")], "afrormosia with its Appendix II export permit"),
]

CONSIGNEES = {
    "PRM-01": "Nitro Power Rennsport GmbH", "PRM-02": "Celuloza Mazury S.A.", "PRM-04": "Umicore Hoboken NV",
    "PRM-05": "Antincendio Lombarda SpA", "PRM-06": "Eindhoven Wafer Fab BV", "PRM-07": "Ms E. Caldwell",
    "PRM-08": "Ashworth Fine Art Ltd", "PRM-09": "Okuma Spindle Works KK", "PRM-10": "Syngenta Monthey SA",
    "PRM-11": "Herr R. Pichler", "PRM-12": "Houthandel Van Dam NV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390120", "HDPE blow-moulding grade, prime, 25 kg bags", "import", ["sea"], ["SA", "KR"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390210", "Polypropylene homopolymer, raffia grade, prime", "import", ["sea"], ["IN", "SA"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("391590", "Clean post-industrial PP regrind, single polymer, food-free", "export", ["road"], ["CH", "NO"], (0.4, 0.6), (15000, 20000), ["EUR"], None, S),
    ("740400", "Bare bright copper wire scrap, no insulation", "export", ["road", "sea"], ["CH", "KR"], (7.5, 8.5), (18000, 22000), ["EUR", "USD"], None, S),
    ("852849", "Refurbished LCD monitors, tested, boxed, with warranty", "import", ["sea"], ["US", "GB"], (15, 25), (2000, 5000), ["USD", "GBP"], 0.2, S),
    ("854143", "Solar panels 440 W, new, with IEC certificates", "import", ["sea"], ["CN", "VN"], (4, 6), (15000, 20000), ["USD"], 0.043, S),
    ("281820", "Calcined alumina, ceramic grade, fresh", "import", ["sea"], ["IN", "JP"], (0.6, 0.9), (20000, 24000), ["USD"], None, S),
    ("271019", "Lubricating base oil SN 500, new, bulk", "import", ["sea"], ["KR", "US"], (1.0, 1.3), (20000, 25000), ["USD"], None, S),
    ("381400", "Paint thinner, new, retail tins 1 l", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (8000, 16000), ["EUR"], 1, S),
    ("440139", "Wood briquettes, beech sawdust, 17.5 MJ/kg, ENplus", "import", ["road"], ["UA", "BA"], (0.18, 0.26), (20000, 24000), ["EUR"], None, S),
    ("260800", "Zinc concentrate, Zn 52 %, flotation", "import", ["sea"], ["PE", "AU"], (1.0, 1.4), (22000, 26000), ["USD"], None, S),
    ("290420", "Model-engine fuel, methanol with 16 % nitromethane, 1 l tins", "import", ["sea", "air"], ["US", "GB"], (8, 14), (200, 1500), ["USD", "GBP"], 1, S),
    ("283421", "Potassium nitrate, fertiliser grade, 13-0-46, to a greenhouse grower", "import", ["sea"], ["CL", "IL"], (0.9, 1.2), (20000, 24000), ["USD"], None, S),
    ("310520", "NPK 15-15-15 compound fertiliser", "import", ["sea"], ["RU", "MA", "NO"], (0.35, 0.5), (22000, 26000), ["USD"], None, S),
    ("382499", "Instant cold packs, retail, first-aid", "import", ["sea"], ["CN"], (2, 3.5), (2000, 6000), ["USD"], 8, S),
    ("284700", "Hydrogen peroxide 6 %, hair developer, 1 l bottles", "import", ["road"], ["TR", "IT"], (1.5, 2.5), (3000, 8000), ["EUR"], 1, S),
    ("810430", "Magnesium fire-starter blocks with striker, retail", "import", ["sea", "post"], ["CN"], (10, 18), (2, 2000), ["USD"], 15, S),
    ("250300", "Sulphur, granular, for fertiliser blending", "import", ["sea"], ["AE", "KZ"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("382769", "Refrigerant R-407C, refillable cylinders, within quota", "import", ["sea"], ["CN", "US"], (12, 18), (3000, 8000), ["USD"], None, S),
    ("290919", "Dimethyl ether, aerosol grade, ISO tank", "import", ["sea"], ["CN", "NL"], (0.9, 1.3), (18000, 20000), ["USD", "EUR"], None, S),
    ("271113", "Butane lighter refill, 300 ml cans", "import", ["sea", "road"], ["KR", "TR"], (3, 5), (2000, 8000), ["USD", "EUR"], 5, S),
    ("290323", "Perchloroethylene (CAS 127-18-4), dry-cleaning grade", "import", ["sea"], ["US", "JP"], (0.9, 1.3), (15000, 20000), ["USD"], None, S),
    ("731100", "Empty returnable refrigerant cylinders, new, 13 kg tare", "import", ["road", "sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 0.075, S),
    ("691490", "Ceramic tiles with replica cuneiform pattern, museum shop", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 5), ["GBP", "USD"], 3, S),
    ("711890", "Commemorative coins, new, cased, from a mint", "import", ["post", "express"], ["CA", "AU"], (500, 1500), (1, 3), ["USD"], 30, S),
    ("630499", "Thangka prints on cotton, new, souvenirs", "import", ["post"], ["NP", "IN"], (20, 40), (1, 5), ["USD"], 5, S),
    ("491191", "Papyrus paintings, tourist copies, new", "import", ["post", "express"], ["EG"], (15, 30), (1, 4), ["USD"], 10, S),
    ("680221", "Marble garden statues, new, carved, Carrara", "export", ["road"], ["CH", "NO"], (3, 6), (500, 3000), ["EUR"], 0.02, S),
    ("293090", "Thioglycolic acid 80 %, for cosmetics maker", "import", ["sea"], ["CN", "DE"], (2.5, 3.5), (10000, 16000), ["USD", "EUR"], None, S),
    ("848210", "Ball bearings, deep-groove, to an EU gearbox maker", "import", ["sea"], ["JP", "CN"], (6, 12), (5000, 15000), ["USD"], None, S),
    ("850440", "Frequency inverters 50/60 Hz, 4 kW, for pumps", "import", ["sea"], ["CN", "TW"], (20, 35), (1000, 5000), ["USD"], 0.3, S),
    ("760820", "Aluminium bicycle tubes 6061, 35 mm", "import", ["sea"], ["TW", "CN"], (5, 8), (2000, 6000), ["USD"], None, S),
    ("843880", "Brewery fermentation tanks 1,000 l, stainless, to a craft brewery", "import", ["sea"], ["CN", "CZ"], (8, 14), (2000, 6000), ["USD", "EUR"], 0.003, S),
    ("030199", "Live ornamental loaches, aquarium trade, with health certificate", "import", ["air"], ["SG", "TH"], (30, 60), (30, 200), ["USD"], 50, S),
    ("030572", "Dried fish maw, farmed croaker", "import", ["air", "sea"], ["CN", "IN"], (25, 60), (200, 1500), ["USD"], None, S),
    ("060290", "Cactus seedlings, nursery-grown, in pots, with phytosanitary certificate", "import", ["air", "road"], ["NL", "ES"], (6, 12), (100, 800), ["EUR"], 20, S),
    # everyday trade
    ("080450", "Mangoes, fresh", "import", ["sea", "air"], ["BR", "PE", "IN"], (2.0, 3.5), (10000, 20000), ["USD"], None, N),
    ("080810", "Apples, fresh", "export", ["sea", "road"], ["EG", "RS", "IN"], (0.7, 1.1), (18000, 22000), ["EUR"], None, N),
    ("080390", "Bananas, fresh", "import", ["sea"], ["EC", "CO", "CR"], (0.7, 1.0), (20000, 24000), ["USD"], None, N),
    ("070200", "Tomatoes, fresh", "import", ["road"], ["MA", "TR"], (1.0, 1.6), (15000, 20000), ["EUR"], None, N),
    ("071331", "Mung beans, dried", "import", ["sea"], ["MM", "AU"], (1.0, 1.4), (20000, 24000), ["USD"], None, N),
    ("100630", "Basmati rice, milled", "import", ["sea"], ["IN", "PK"], (1.0, 1.4), (20000, 25000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "ET", "CO"], (4, 6.5), (18000, 21000), ["USD"], None, N),
    ("180100", "Cocoa beans, raw", "import", ["sea"], ["CI", "GH"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("090931", "Cumin seeds, whole", "import", ["sea"], ["IN", "SY"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("151110", "Crude palm oil, RSPO", "import", ["sea"], ["MY", "ID"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("150920", "Extra virgin olive oil, bulk", "export", ["road", "sea"], ["US", "CH"], (7, 10), (15000, 20000), ["EUR"], None, N),
    ("170199", "White cane sugar", "import", ["sea"], ["BR", "IN"], (0.5, 0.7), (22000, 26000), ["USD"], None, N),
    ("030617", "Frozen shrimp, vannamei", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("030389", "Frozen hake, whole", "import", ["sea"], ["AR", "NA"], (2, 3), (20000, 24000), ["USD", "EUR"], None, N),
    ("020130", "Chilled boneless beef", "import", ["sea", "air"], ["AR", "UY"], (10, 16), (5000, 18000), ["USD"], None, N),
    ("040510", "Butter, 25 kg blocks", "export", ["sea", "road"], ["SA", "GB"], (5, 7.5), (15000, 22000), ["EUR"], None, N),
    ("190219", "Dried pasta, retail packs", "export", ["road", "sea"], ["CH", "US", "GB"], (1.2, 2.0), (15000, 22000), ["EUR"], None, N),
    ("200989", "Coconut water, tetra packs", "import", ["sea"], ["TH", "VN"], (1.0, 1.8), (15000, 20000), ["USD"], None, N),
    ("210690", "Protein powder supplements, retail tubs", "import", ["post", "express"], ["US", "GB"], (15, 30), (1, 6), ["USD", "GBP"], 1, N),
    ("220421", "Red wine, bottled 0.75 l", "import", ["sea"], ["CL", "AU", "ZA"], (3, 7), (15000, 20000), ["USD"], 1.3, N),
    ("220300", "Beer, canned", "export", ["road", "sea"], ["GB", "US"], (0.8, 1.4), (18000, 22000), ["EUR"], None, N),
    ("230910", "Dog and cat food, retail", "import", ["road"], ["RS", "TR"], (1.5, 3.0), (15000, 20000), ["EUR"], None, N),
    ("300490", "Generic paracetamol tablets, packaged", "import", ["sea", "air"], ["IN"], (8, 15), (1000, 6000), ["USD"], None, N),
    ("300610", "Sterile surgical sutures", "import", ["air"], ["US", "IN"], (80, 200), (50, 500), ["USD"], None, N),
    ("330510", "Shampoo, retail bottles", "import", ["road", "sea"], ["TR", "TH"], (2.5, 4), (8000, 16000), ["EUR", "USD"], 2, N),
    ("340111", "Toilet soap, bars", "import", ["sea"], ["TR", "ID"], (1.5, 2.5), (10000, 18000), ["USD"], 8, N),
    ("350691", "Polyurethane adhesive, industrial", "import", ["sea"], ["CN", "KR"], (3, 5), (5000, 12000), ["USD"], None, N),
    ("392020", "BOPP film, plain, rolls", "import", ["sea"], ["IN", "CN"], (1.8, 2.4), (15000, 20000), ["USD"], None, N),
    ("392321", "PE carrier bags", "import", ["sea"], ["MY", "VN"], (1.8, 2.6), (10000, 16000), ["USD"], None, N),
    ("401110", "New car tyres, radial", "import", ["sea"], ["CN", "TH", "KR"], (3, 5), (15000, 20000), ["USD"], 0.1, N),
    ("440712", "Sawn spruce, kiln-dried", "import", ["road", "rail"], ["SE", "CZ", "AT"], (0.5, 0.8), (20000, 26000), ["EUR"], None, N),
    ("441114", "MDF boards, 18 mm", "import", ["road"], ["PL", "TR"], (0.4, 0.6), (20000, 24000), ["EUR"], None, N),
    ("480256", "Copy paper A4, 80 g", "import", ["sea"], ["ID", "BR"], (0.8, 1.1), (20000, 24000), ["USD"], None, N),
    ("490110", "Paperback books, new", "import", ["post", "express"], ["GB", "US"], (10, 25), (1, 5), ["GBP", "USD"], 3, N),
    ("520512", "Cotton yarn, combed", "import", ["sea"], ["PK", "IN", "UZ"], (2.5, 3.5), (18000, 22000), ["USD"], None, N),
    ("611120", "Babies' cotton garments, knitted", "import", ["sea", "post"], ["BD", "IN"], (8, 14), (2, 6000), ["USD"], 8, N),
    ("620462", "Women's cotton trousers", "import", ["sea"], ["BD", "VN"], (8, 13), (5000, 10000), ["USD"], 2.5, N),
    ("640411", "Sports shoes, textile uppers", "import", ["sea", "express"], ["VN", "ID"], (12, 25), (2, 8000), ["USD"], 1.2, N),
    ("650500", "Knitted caps and hats", "import", ["sea", "post"], ["CN"], (8, 14), (1, 3000), ["USD"], 10, N),
    ("691110", "Porcelain tableware", "import", ["sea"], ["CN", "TH"], (2, 4), (8000, 14000), ["USD"], 2, N),
    ("700992", "Framed mirrors", "import", ["sea"], ["CN", "IN"], (2, 4), (5000, 10000), ["USD"], 0.2, N),
    ("730890", "Steel scaffolding parts", "import", ["road", "sea"], ["TR", "UA"], (1.0, 1.6), (18000, 24000), ["EUR"], None, N),
    ("732111", "Gas barbecues, household", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.05, N),
    ("820551", "Kitchen hand tools", "import", ["sea"], ["CN", "IN"], (3, 6), (3000, 8000), ["USD"], 5, N),
    ("840734", "Marine outboard engines, petrol", "import", ["sea"], ["JP"], (30, 50), (1000, 4000), ["USD"], 0.02, N),
    ("841191", "Parts of turbojets, civil, repair exchange", "import", ["air"], ["US", "SG"], (300, 800), (50, 500), ["USD"], None, N),
    ("841821", "Household refrigerators, R-600a", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.015, N),
    ("842139", "Air purifiers, HEPA, household", "import", ["sea", "express"], ["CN"], (15, 25), (2, 4000), ["USD"], 0.15, N),
    ("843231", "Seed drills, no-till", "export", ["road", "sea"], ["UA", "AU"], (6, 10), (3000, 9000), ["EUR"], 0.0005, N),
    ("847130", "Laptops, new", "import", ["air", "express"], ["CN", "TW"], (150, 300), (2, 2000), ["USD"], 0.5, N),
    ("850152", "Electric motors, AC, three-phase, 7.5 kW", "import", ["sea"], ["CN", "IN"], (5, 9), (3000, 9000), ["USD"], 0.02, N),
    ("851830", "Headphones, wireless", "import", ["air", "express"], ["CN", "VN"], (60, 120), (1, 800), ["USD"], 8, N),
    ("852589", "Dashcams and action cameras", "import", ["air", "post"], ["CN"], (60, 150), (1, 500), ["USD"], 6, N),
    ("853810", "Switchboard panels, unequipped", "import", ["road"], ["TR", "PL"], (4, 7), (3000, 8000), ["EUR"], None, N),
    ("854442", "Electric cables with connectors", "import", ["sea"], ["CN", "VN"], (5, 9), (4000, 10000), ["USD"], None, N),
    ("870380", "Electric passenger cars, new", "import", ["sea"], ["CN", "KR"], (12, 20), (15000, 24000), ["USD", "EUR"], 0.0005, N),
    ("871160", "Electric scooters and e-bikes", "import", ["sea"], ["CN", "TW"], (15, 25), (3000, 8000), ["USD"], 0.04, N),
    ("890332", "Motorboats, inboard, recreational", "import", ["sea"], ["US", "TR"], (15, 30), (2000, 8000), ["USD", "EUR"], None, N),
    ("900410", "Sunglasses", "import", ["post", "express"], ["CN", "IT"], (80, 200), (1, 4), ["USD", "EUR"], 30, N),
    ("910211", "Wrist watches, quartz", "import", ["post", "express"], ["CN", "HK", "CH"], (200, 600), (1, 3), ["USD", "CHF"], 12, N),
    ("920120", "Grand pianos, new", "import", ["sea"], ["JP", "CN"], (30, 60), (1000, 4000), ["USD"], 0.003, N),
    ("940330", "Office desks, wooden", "import", ["road", "sea"], ["PL", "VN"], (2.5, 4), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("940542", "LED lamps and fittings", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 2, N),
    ("950450", "Video game consoles", "import", ["air", "express"], ["CN", "JP"], (80, 150), (2, 2000), ["USD"], 0.3, N),
    ("950691", "Fitness equipment, dumbbells and benches", "import", ["sea"], ["CN"], (1.5, 3), (10000, 18000), ["USD"], None, N),
    ("961900", "Baby diapers, retail", "import", ["road"], ["TR", "PL"], (2, 3.5), (6000, 12000), ["EUR"], 25, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind14", 20280701, HERE)


if __name__ == "__main__":
    main()
