#!/usr/bin/env python3
"""Writes the forty-fifth blind set (tests/risk/data/blind45-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2033, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after the unit-value ceilings were widened, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL45-*:

    python3 tests/risk/data/make_blind45_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEROAD01", "road", "NO", [], "SE", "382499",
         "Vannbehandlingsmiddel for oppdrettsanlegg, 10 x 25 l kanner", "NO", 300, 10, 1100, "NOK",
         "salmon farms bathe fish against sea lice in hydrogen peroxide of about 50 %; these cans weigh 1.2 kg/l, "
         "carry UN 2014 and go to a private person with no fish farm: hydrogen peroxide (Annex I above 12 %) as a "
         "water conditioner; Norwegian wording (the sea-lice treatment cover is new)", person("Privatperson", "SE")),
        ("PRE-02", "import", "FIROAD01", "road", "NO", [], "FI", "282720",
         "Jäänsulatusrakeet, kalsiumkloridi, 20 säkkiä x 25 kg", "NO", 500, 20, 1450, "EUR",
         "calcium chloride de-icer is a white flake at about 0.4 EUR/kg; these are round prills at 2.9 EUR/kg whose "
         "sacks give 34.4 % N and CAS 6484-52-2, i.e. ammonium nitrate (Annex I), to a private person; Finnish "
         "wording (ammonium nitrate repeats; the de-icing cover is new)", person("Yksityishenkilö", "FI")),
        ("PRE-03", "import", "LVPOST01", "post", "CN", [], "LV", "283630",
         "Dzeramā soda (nātrija hidrogēnkarbonāts), 5 kg", "CN", 5, 1, 48, "USD",
         "baking soda costs about 1 USD/kg; the inner bag prints CAS 3811-04-9, potassium chlorate (Annex I above "
         "40 %), posted to a private person; Latvian wording (the baking-soda cover is new)",
         person("Privātpersona", "LV")),
        ("PRE-04", "import", "CZROAD01", "road", "CH", ["DE"], "CZ", "340290",
         "Kyselý čistič dojicího zařízení, 4 x 25 kg", "CH", 100, 4, 260, "CHF",
         "acid milking-plant cleaners are dilute phosphoric-nitric blends sold to farms; these drums' data sheet gives "
         "65 % nitric acid (Annex I above 3 %) and the consignee is a private flat in Brno; Czech wording "
         "(dairy-cleaner covers appear in earlier rows; nitric acid as a milking-plant cleaner to a town flat is new)",
         person("Soukromá osoba", "CZ")),
        ("PRE-05", "import", "ATROAD01", "road", "CH", [], "AT", "285390",
         "Destilliertes Wasser für Batterien, 20 x 10 l", "CH", 256, 20, 180, "CHF",
         "200 litres of water weigh 200 kg; 256 kg is 1.28 kg/l, the density of battery acid (about 37 % "
         "sulphuric acid, Annex I above 15 %), to a private person; Austrian-German wording (battery acid by its "
         "density repeats earlier rows; the distilled-water cover may too, the Swiss road route is new)",
         person("Privatperson", "AT")),
        ("PRE-06", "import", "HRROAD01", "road", "RS", [], "HR", "381400",
         "Nitro razrjeđivač za lakove, 10 x 5 l", "RS", 57, 10, 340, "EUR",
         "'nitro thinner' is a toluene-acetone lacquer thinner at 1.5 EUR/l; these cans weigh 1.14 kg/l and give CAS "
         "75-52-5, pure nitromethane (Annex I above 16 %), with a second line of 'fuel additive' that is the same; "
         "to a private person; Croatian wording (nitromethane repeats; the nitro-thinner pun is new)",
         {"consignee_name": "Privatna osoba", "importer_country": "HR",
          "_more_items": [item("381190", "Aditiv za gorivo, 4 x 1 l", "RS", 4.6, 120, "EUR", qty=4)]}),
        ("PRE-07", "import", "PTROAD01", "road", "MA", ["ES"], "PT", "250100",
         "Sal para piscina com eletrólise, 10 sacos x 25 kg", "MA", 250, 10, 600, "EUR",
         "pool salt for chlorinators costs about 0.3 EUR/kg; at 2.4 EUR/kg the sacks printed CAS 7775-09-9 hold "
         "sodium chlorate (Annex I above 40 %), for a private person; Portuguese wording (sodium chlorate repeats; "
         "the pool-salt cover and the Morocco-Portugal road are new)", person("Particular", "PT")),
        ("PRE-08", "import", "ITAIR01", "express", "US", [], "IT", "330790",
         "Soluzione perossido per lenti a contatto, 12 flaconi da 1 l", "US", 14, 12, 260, "USD",
         "contact-lens peroxide systems are 3 % in 360 ml bottles with a neutralising disc; these litre bottles are "
         "marked UN 2015 (hydrogen peroxide above 40 %, Annex I above 12 %), to a private person; Italian wording "
         "(the contact-lens cover appears once earlier; litre bottles by express to Italy are new)",
         person("Privato", "IT")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "252020",
         "Modellgipsz, fogtechnikai, 2 zsák x 25 kg", "RS", 50, 2, 400, "EUR",
         "dental plaster costs under 1 EUR/kg; at 8 EUR/kg the inner liners give CAS 7778-74-7, potassium "
         "perchlorate (Annex I above 40 %), to a private person; Hungarian wording (perchlorate repeats; the "
         "dental-plaster cover is new)", person("Magánszemély", "HU")),
        ("PRE-10", "import", "ESAIR01", "express", "US", [], "ES", "310530",
         "Nutriente para levaduras, fosfato diamónico, 2 sacos x 25 kg", "US", 50, 2, 210, "USD",
         "home winemakers buy DAP yeast nutrient by the 500 g tub; two 25 kg sacks to a private person whose label "
         "gives 34 % N and CAS 6484-52-2 are ammonium nitrate (Annex I), not DAP (18 % N); Spanish wording "
         "(yeast-nutrient covers appear in earlier rows; ammonium nitrate as DAP by express is new)",
         person("Particular", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "IN", "700100",
         "Verre broyé pour grenaillage, big-bags, 22 t", "BE", 22000, 22, 1300, "EUR",
         "ground funnel and neck glass from cathode-ray-tube recycling (leaded, A1180/A2010; HS 2022 moved it out of "
         "7001) sold as a blasting abrasive: hazardous waste to a non-OECD country; Belgian-French wording (CRT "
         "glass repeats; the blasting-abrasive cover is new)", {"importer_country": "IN"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "PK", "320910",
         "Farby wodne z odzysku, beczki 200 l, 40 t", "PL", 40000, 200, 6000, "EUR",
         "skimmed sludge from car-body paint booths (08 01 13*, solvents and heavy metals) at 0.15 EUR/kg as "
         "'recovered water-based paint', hazardous waste to a non-OECD country; Polish wording (paint sludge "
         "appears in two earlier rows; the recovered-paint cover and Pakistan are new)", {"importer_country": "PK"}),
        ("WST-03", "export", "SESEA01", "sea", "SE", [], "NG", "381400",
         "Regenererad förtunning, 80 fat", "SE", 16000, 80, 3200, "EUR",
         "the drums hold still bottoms from a solvent recycler (07 01 07*, halogenated residues, a black paste), "
         "not thinner: hazardous waste to a non-OECD country; Swedish wording (still bottoms appear once earlier; "
         "the thinner cover and the Sweden-Nigeria route are new)", {"importer_country": "NG"}),
        ("WST-04", "export", "ROROAD01", "road", "RO", ["BG"], "TR", "283526",
         "Fosfat de calciu, pulbere, saci, 18 t", "RO", 18000, 720, 2700, "EUR",
         "fluorescent-lamp phosphor powder from a lamp recycler (20 01 21*, mercury) declared as calcium phosphate, "
         "hazardous waste moved to an OECD country without the notification and consent it needs; Romanian "
         "wording (lamp waste repeats; lamp phosphor as calcium phosphate is new)", {"importer_country": "TR"}),
        ("WST-05", "export", "SISEA01", "sea", "SI", [], "GH", "854143",
         "Rabljeni fotonapetostni moduli, delujoči, 1.200 kosov", "SI", 26400, 1200, 9000, "EUR",
         "hail-shattered modules from a damaged solar park, packed loose and untested, at 7.5 EUR each: WEEE, which "
         "may not go to a non-OECD country as 'working' goods; Slovenian wording (solar modules repeat; the "
         "hail-damage case and Koper-Tema route are new)", {"importer_country": "GH"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "EG", "252220",
         "Kalkhydraat, technisch, big-bags, 60 t", "NL", 60000, 60, 1800, "EUR",
         "grey powder smelling of ammonia: air-pollution-control residue from a waste incinerator (19 01 07*, "
         "dioxins, lead, zinc salts), not white hydrated lime; hazardous waste to a non-OECD country; Dutch wording "
         "(incinerator residues repeat as fly ash; the hydrated-lime cover is new)", {"importer_country": "EG"}),
        ("WST-07", "export", "GRROAD01", "road", "GR", [], "AL", "850422",
         "Μετασχηματιστές ισχύος, μεταχειρισμένοι, για ανακατασκευή, 6 τεμ.", "GR", 21000, 6, 4200, "EUR",
         "1970s distribution transformers still filled with askarel (PCB above 50 ppm, 16 02 09*) sold 'for "
         "rebuilding': hazardous waste, whose export to a non-OECD country is banned; Greek wording (PCB "
         "transformers repeat; the Greece-Albania road route is new)", {"importer_country": "AL"}),
        ("WST-08", "export", "DEPOST01", "post", "DE", [], "IN", "711291",
         "Dentalscrap, edelmetallhaltig, 5 kg", "DE", 5, 1, 150, "EUR",
         "dental gold scrap is worth thousands per kilo; 5 kg at 30 EUR/kg is the content of amalgam separators "
         "(18 01 10*, about 40 % mercury): mercury waste, which may not leave the EU; German wording (amalgam "
         "repeats; posted as dental scrap to India is new)", {"importer_country": "IN"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "271500",
         "Фрезован асфалт, за пътна основа, 25 t", "BG", 25000, None, 250, "EUR",
         "millings from a 1970s road surfaced with coal-tar binder (PAH above 1,000 mg/kg, 17 03 01*): hazardous "
         "waste to a non-OECD country as road base; Bulgarian wording (tar asphalt appears in few earlier rows; "
         "the Bulgaria-North Macedonia road route is new)", {"importer_country": "MK"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "SN", "630900",
         "Indumenti usati, selezionati, balle, 18 t", "IT", 18000, 360, 12600, "EUR",
         "behind the clothing bales, 20 drums of 'regenerated lubricant' that are drained engine oil (13 02 05*, "
         "black, with water and metal fines): hazardous waste to a non-OECD country hidden in a lawful load; "
         "Italian wording (used engine oil repeats; hiding it behind second-hand clothing to Dakar is new)",
         {"importer_country": "SN",
          "_more_items": [item("271019", "Olio lubrificante rigenerato, 20 fusti", "IT", 3600, 900, "EUR", qty=20)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "HRROAD01", "road", "RS", [], "HR", "730890",
         "Polovni sendvič paneli za hladnjače, 600 m2", "RS", 7200, 120, 6000, "EUR",
         "1980s cold-store panels whose polyurethane core was blown with CFC-11, still held in the foam: products "
         "containing controlled substances may not be placed on the EU market (Regulation 2024/590); Serbian "
         "wording (CFC foam panels appear once earlier; used cold-room panels from Serbia are new)",
         {"importer_country": "HR"}),
        ("OZN-02", "import", "IESEA01", "sea", "US", [], "IE", "841869",
         "Ice makers, self-contained, refurbished, 30 units", "US", 2400, 30, 21000, "USD",
         "the nameplates give R-404A (GWP 3,922): self-contained commercial refrigeration with an HFC of GWP 150 "
         "or more may not be placed on the EU market; US English wording (the refurbished ice-maker cover is new)",
         {"importer_country": "IE"}),
        ("OZN-03", "import", "DEAIR01", "express", "GB", [], "DE", "340290",
         "Klimaanlagen-Reinigungsschaum mit Schlauch, 48 Dosen", "GB", 17, 48, 520, "GBP",
         "cleaning foam is sold without a hose; these 340 g cans with a quick-coupler hose are DIY R-134a refills, "
         "non-refillable containers of an F-gas for servicing, banned; German wording (disposable F-gas cans appear "
         "in earlier rows; the cleaning-foam cover is new)", person("Privatperson", "DE")),
        ("OZN-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290919",
         "氢氟醚 HFE-7100 清洗剂, ISO 罐, 20 t", "CN", 20000, 1, 150000, "USD",
         "HFE-7100 costs ten times this price; the tank's vapour pressure (5.7 bar) is that of HFC-134a, not of a "
         "liquid ether boiling at 61 °C: 28,600 t CO2e of bulk HFC placed on the market without quota; Chinese "
         "wording (the HFE cover appears in earlier rows; a rail ISO tank is new)", {"importer_country": "PL"}),
        ("OZN-05", "import", "NLAIR01", "air", "US", [], "NL", "842410",
         "Brandblussers voor jachten, schone blusstof, 40 st.", "US", 180, 40, 4800, "USD",
         "'clean agent' yacht extinguishers filled with Halotron I (an HCFC-123 blend): products containing HCFCs "
         "may not be placed on the EU market; Dutch wording (Halotron appears in earlier rows; the yacht cover is new)",
         {"importer_country": "NL"}),
        ("OZN-06", "import", "FRPOST01", "post", "CN", [], "FR", "382499",
         "Dépoussiérant pour claviers, 6 aérosols de 400 ml", "CN", 3, 6, 24, "USD",
         "the cans give HFC-134a as propellant (GWP 1,430): technical aerosols with an HFC of GWP 150 or more are "
         "banned; posted to a private person; French wording (dusters repeat; the postal route to France may be new)",
         person("Particulier", "FR")),
        ("OZN-07", "import", "ROSEA01", "sea", "CN", [], "RO", "392111",
         "Plăci polistiren extrudat XPS, 300 m3", "CN", 10500, 1200, 21000, "USD",
         "the boards' data sheet gives HCFC-142b/HCFC-22 as blowing agent: products containing HCFCs may not be "
         "placed on the EU market; Romanian wording (HCFC-blown XPS repeats; the Constanța route is new)",
         {"importer_country": "RO"}),
        ("OZN-08", "export", "ESSEA01", "sea", "ES", [], "MR", "860900",
         "Contenedores frigoríficos usados, como almacenes, 12 uds.", "ES", 36000, 12, 24000, "EUR",
         "1990s reefer containers whose machinery is still charged with R-22: the EU forbids exporting products "
         "that contain or rely on HCFCs; Spanish wording (reefers repeat; the dry-storage cover to Mauritania is new)",
         {"importer_country": "MR"}),
        ("OZN-09", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "382765",
         "R-407C soğutucu gaz, 11,3 kg tüp, 400 adet", "TR", 4520, 400, 16000, "USD",
         "R-407C cylinders are brown; these are light green (R-22) with HCFC-22 valve labels, declared in transit to "
         "Moldova and unloaded in Ruse: HCFC-22 placed on the EU market; Turkish wording (R-22 as an HFC blend repeats; "
         "the Moldova transit is new)", {"importer_country": "MD"}),
        ("OZN-10", "import", "BESEA01", "sea", "IN", [], "BE", "392690",
         "Pest-control supplies: yellow sticky traps, 4,000 pcs", "IN", 400, 4000, 1600, "USD",
         "the second line, 'MB-98 fumigant cartridges', is 98 % methyl bromide, whose use is banned in the EU for "
         "every purpose, quarantine included; Indian English wording (methyl bromide repeats; the sticky-trap "
         "consignment is new)",
         {"importer_country": "BE",
          "_more_items": [item("380891", "MB-98 fumigant cartridges, 680 g, 200 pcs", "IN", 136, 1400, "USD", qty=200)]}),
    ],
    "cultural": [
        ("CUL-01", "export", "ESSEA01", "sea", "ES", [], "US", "441899",
         "Madera de pino antigua recuperada, casetones y vigas, 2 t", "ES", 2000, 140, 3800, "EUR",
         "the painted, interlaced coffers are a 15th-century Mudéjar artesonado ceiling taken down from a village "
         "palace: elements of a dismembered monument need an export licence at any value; Spanish wording (new)",
         {"importer_country": "US"}),
        ("CUL-02", "export", "ITAIR01", "express", "IT", [], "CH", "490199",
         "Libro antico, legatura danneggiata, 1 vol.", "IT", 2.4, 1, 350, "EUR",
         "a Venetian edition printed in 1478 (an incunabulum worth about 80,000 EUR), which needs an export licence "
         "at any value; Italian wording (an incunabulum appears once earlier; the damaged-binding cover by express "
         "to Switzerland is new)", {"importer_country": "CH"}),
        ("CUL-03", "transit", "DEAIR01", "air", "CN", ["DE"], "US", "392690",
         "树脂恐龙头骨模型, 博物馆级, 1 件", "MN", 14, 1, 220, "USD",
         "a resin model does not weigh 14 kg nor carry sandstone matrix: a Protoceratops skull from the Gobi, "
         "Mongolian state property whose export is forbidden (palaeontological objects, UNESCO 1970), moved in "
         "transit through Frankfurt; Chinese wording (Mongolian fossils repeat; the resin-model transit is new)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "FRAIR01", "air", "TR", [], "FR", "690740",
         "El yapımı dekoratif duvar çinisi, yeni, 12 adet", "TR", 18, 12, 240, "EUR",
         "crackled, mortar-backed tiles with sage-green and bole-red tulips are 16th-century Iznik tiles pried from "
         "a mosque wall, Turkish state property, not new craft; Turkish wording (Iznik tiles appear in a few earlier "
         "rows; the new-craft cover by air to France may be new)", {"importer_country": "FR"}),
        ("CUL-05", "import", "DEPOST01", "post", "EG", [], "DE", "491191",
         "لوحات ورق البردي المرسومة، هدايا سياحية، 10 قطع", "EG", 1.2, 10, 40, "USD",
         "the second line, three 'old-style' framed pictures, are Greek-inscribed Ptolemaic papyrus fragments "
         "between glass: Egyptian state property, and archaeological objects need an import licence; Arabic wording "
         "(papyrus repeats; hidden among tourist papyrus paintings is new)",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("491191", "لوحات بردي قديمة الطراز، مؤطرة، 3 قطع", "EG", 0.6, 30, "USD", qty=3)]}),
        ("CUL-06", "import", "ATPOST01", "post", "RS", [], "AT", "830629",
         "Бронзана плочица, декоративна, 1 ком.", "RS", 0.1, 1, 25, "EUR",
         "a bronze tablet with a dotted Latin text is a Roman military diploma from Viminacium, dug by "
         "detectorists: Serbian cultural property, and an archaeological object needing an EU import licence; "
         "Serbian wording (diplomas appear in earlier rows; Viminacium by post to Austria is new)",
         person("Privatperson", "AT")),
        ("CUL-07", "import", "NLAIR01", "air", "IN", [], "NL", "970191",
         "हस्तनिर्मित लघु चित्र, नया, कागज़ पर, 4 नग", "IN", 1, 4, 200, "USD",
         "wormholed leaves with Persian inscriptions and gold margins are 18th-century Mughal album pages, "
         "antiquities whose export India forbids, declared as new paintings (9701.91 instead of 9701.21); Hindi "
         "wording (Mughal miniatures appear twice earlier; Hindi and the new-painting code are new)",
         {"importer_country": "NL"}),
        ("CUL-08", "export", "SEROAD01", "road", "SE", [], "NO", "940360",
         "Begagnad byrå, målad, 1 st.", "SE", 85, 1, 1200, "SEK",
         "a marquetry commode stamped by Georg Haupt, royal cabinetmaker (c. 1775), worth about 400,000 EUR: an "
         "antique above the EU value threshold needs an export licence; Swedish wording (Haupt appears in earlier "
         "rows; the painted-chest cover by road to Norway is new)", {"importer_country": "NO"}),
        ("CUL-09", "export", "PTAIR01", "express", "PT", [], "AE", "830629",
         "Astrolábio decorativo em latão, réplica, 1 peça", "PT", 3.2, 1, 90, "EUR",
         "a corroded bronze mariner's astrolabe dated 1605, raised from a wreck off the Azores: underwater "
         "archaeological heritage, which needs an export licence at any value; Portuguese wording (astrolabes "
         "appear in earlier rows; the shipwreck find by express to Dubai is new)", {"importer_country": "AE"}),
        ("CUL-10", "import", "ITSEA01", "sea", "TN", [], "IT", "680291",
         "تماثيل نصفية من الرخام، نسخ للحدائق، 8 قطع", "LY", 900, 8, 1600, "EUR",
         "among the garden busts, a veiled faceless female bust with root marks is a Cyrenaican funerary bust, "
         "Libyan state property smuggled through Tunisia; Arabic wording (Cyrenaican busts repeat; the "
         "garden-copy consignment to Italy may be new)", {"importer_country": "IT"}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "express", "CZ", [], "KG", "903031",
         "Цифровые мультиметры, 2 шт.", "CZ", 38, 2, 64000, "EUR",
         "multimeters weigh half a kilo and cost a few hundred euros; two 19 kg units at 32,000 EUR are 4 GHz "
         "digital oscilloscopes (electronic test equipment whose export to Russia is banned) to a Bishkek firm; "
         "Russian wording (oscilloscopes repeat; the multimeter cover from Czechia is new)", {"importer_country": "KG"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "GE", "870324",
         "Gebruikte personenwagens, 2 st.", "DE", 5200, 2, 36000, "EUR",
         "two 2032 Mercedes-AMG G 63 at 18,000 EUR each: cars above 50,000 EUR may not be exported to Russia and "
         "the Poti consignee forwards to Moscow; Flemish wording (luxury cars through the Caucasus appear in earlier "
         "rows; the G-class by sea from Antwerp is new)", {"importer_country": "GE"}),
        ("STR-03", "export", "FIAIR01", "express", "FI", [], "AM", "900590",
         "Kiikarin varaosat, 10 kpl", "FI", 4, 10, 42000, "EUR",
         "binocular parts do not cost 4,200 EUR each: third-generation image-intensifier tubes (6A002), which need "
         "a licence and whose export to Russia is banned, to a Yerevan buyer; Finnish wording (intensifier tubes "
         "repeat; the binocular-parts cover from Finland is new)", {"importer_country": "AM"}),
        ("STR-04", "export", "GRSEA01", "sea", "GR", [], "LB", "382499",
         "Κρέμα χάραξης γυαλιού, 20 φιάλες", "GR", 1000, 20, 9000, "EUR",
         "etching cream comes in 250 ml jars; these are 50 kg steel cylinders of anhydrous hydrogen fluoride, a "
         "chemical-weapons precursor (1C350) needing a licence outside the EU, to a Beirut trader serving Syria; "
         "Greek wording (hydrogen fluoride appears in few earlier rows; the etching-cream cover is new)",
         {"importer_country": "LB"}),
        ("STR-05", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "310420",
         "Kālija hlorīds, Uzbekistānas izcelsmes, 1 200 t", "UZ", 1200000, None, 360000, "USD",
         "red granular potash with 60 % K2O and Belaruskali's grading, loaded at Soligorsk and railed via Russia "
         "with an Uzbek certificate: Belarusian potash, whose import is banned; Latvian wording (Belarusian potash "
         "repeats; the Uzbek cover is new)", {"importer_country": "LV"}),
        ("STR-06", "import", "ITSEA01", "sea", "TR", [], "IT", "390120",
         "Polietilene ad alta densità, origine turca, 500 t", "TR", 500000, 20000, 560000, "USD",
         "the bags' overprinted grade codes are those of an Iranian petrochemical plant, shipped from Bandar Abbas "
         "to Mersin: Iranian petrochemical products may not be imported; Italian wording (Iranian polymers appear "
         "in earlier rows; the Turkish-origin HDPE cover may be new)", {"importer_country": "IT"}),
        ("STR-07", "export", "FRAIR01", "express", "FR", [], "KZ", "903180",
         "Capteurs de navigation automobile, 40 pcs", "FR", 16, 40, 96000, "EUR",
         "car navigation sensors cost tens of euros; at 2,400 EUR each these are tactical-grade MEMS inertial "
         "measurement units (7A001/7A003-class, common high-priority items for Russian drones) to an Almaty "
         "address; French wording (gyroscopes repeat; the car-sensor cover is new)", {"importer_country": "KZ"}),
        ("STR-08", "export", "BEAIR01", "air", "BE", [], "UZ", "321590",
         "Printing ink, refrigerated, 40 x 1 l", "BE", 48, 40, 320000, "EUR",
         "printing ink does not travel at 5 °C for 8,000 EUR a litre: ArF immersion photoresist (3C002), needing a "
         "licence and banned for Russia, to a Tashkent firm buying for a Russian fab; English wording (new)",
         {"importer_country": "UZ"}),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "OM", "901480",
         "Ekkolod-transducere til fiskeri, 12 stk", "DK", 2400, 12, 540000, "EUR",
         "fish-finder transducers weigh a few kilos; these 200 kg sections are towed hydrophone arrays (6A001), "
         "dual-use items whose sale to Iran is banned, to a Muscat trader serving Bandar Abbas; Danish wording "
         "(hydrophones appear once earlier; the echo-sounder cover is new)", {"importer_country": "OM"}),
        ("STR-10", "import", "PLRAIL01", "rail", "UA", [], "PL", "440131",
         "Pelet drzewny, pochodzenie ukraińskie, 1 400 t", "UA", 1400000, None, 280000, "EUR",
         "the wagons were loaded at a Belarusian pellet plant and routed through Ukraine with a Ukrainian "
         "certificate: Belarusian wood products may not be imported; Polish wording (pellets repeat; the "
         "Ukrainian relabelling by rail is new)", {"importer_country": "PL"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "ID", [], "DE", "530500",
         "Kokosfaser-Platten für Orchideen, 600 Stück", "ID", 900, 600, 2700, "USD",
         "black, wiry root-mat slabs are cut tree-fern trunks (Cyathea, CITES App. II), not coir; German wording "
         "(tree ferns appear in a few earlier rows; the coir-slab cover is new)", {"importer_country": "DE"}),
        ("WLF-02", "import", "FRSEA01", "sea", "CM", [], "FR", "440729",
         "Iroko scié, avivés, 40 m3", "CM", 32000, None, 28000, "EUR",
         "pale-brown wood with white deposits and a smell of leather is doussié (Afzelia, CITES App. II), not "
         "iroko; French wording (Afzelia appears once earlier; the iroko cover is new)", {"importer_country": "FR"}),
        ("WLF-03", "import", "NLAIR01", "air", "CR", [], "NL", "010690",
         "Ranas arborícolas, criadas en cautividad, 60 ejemplares", "CR", 2, 60, 1800, "USD",
         "translucent green frogs with visible organs are glass frogs (Centrolenidae, CITES App. II), caught wild, "
         "not captive-bred tree frogs; Spanish wording (glass frogs appear once earlier; the tree-frog cover is new)",
         {"importer_country": "NL"}),
        ("WLF-04", "import", "NLPOST01", "post", "ID", [], "NL", "030559",
         "Kulit ikan kering, camilan, 2 kg", "ID", 2, 1, 30, "USD",
         "the pieces are dried wedgefish fins (Rhinidae, CITES App. II) with their fin-ray needles, not fish skin, "
         "posted to a restaurant owner; Indonesian wording (wedgefish appear once earlier; the fish-skin snack "
         "cover is new)", person("Particulier", "NL")),
        ("WLF-05", "transit", "FRAIR01", "air", "MG", ["FR"], "HK", "030819",
         "Holothuries séchées, Holothuria scabra, 300 kg", "MG", 300, None, 54000, "USD",
         "sandfish is not listed, but these large teat-bearing pieces at 180 USD/kg are teatfish (Holothuria "
         "nobilis and fuscogilva, CITES App. II); French wording (teatfish repeats; the sandfish cover in transit "
         "through Paris may be new)", {"importer_country": "HK"}),
        ("WLF-06", "import", "DKAIR01", "air", "GL", [], "DK", "960190",
         "Udskåret rensdyrgevir, 1 stk.", "GL", 9, 1, 600, "DKK",
         "a 2-metre spiralled tusk is a narwhal tusk (CITES App. II, EU Annex A as a cetacean): its import into "
         "the EU for trade needs permits it lacks; Danish wording (narwhal repeats; the reindeer-antler cover is new)",
         {"importer_country": "DK"}),
        ("WLF-07", "import", "CZPOST01", "post", "VN", [], "CZ", "060290",
         "Hoa lan lai, cây con nuôi cấy mô, 30 cây", "VN", 3, 30, 60, "USD",
         "flowering-size plants with lichen on their roots are wild Paphiopedilum (CITES App. I), not "
         "tissue-culture hybrid seedlings; Vietnamese wording (Paphiopedilum repeats; the tissue-culture cover "
         "by post to Czechia is new)", person("Soukromá osoba", "CZ")),
        ("WLF-08", "import", "ESSEA01", "sea", "KE", [], "ES", "121190",
         "Dried cherry bark, herbal, 5 t", "CD", 5000, None, 6000, "USD",
         "red-brown bark smelling of bitter almond is Prunus africana (pygeum, CITES App. II) from the Congo, "
         "without an export permit; Kenyan English wording (pygeum appears in earlier rows; the cherry-bark cover "
         "via Mombasa is new)", {"importer_country": "ES"}),
        ("WLF-09", "import", "BGROAD01", "road", "TR", [], "BG", "691390",
         "Seramik bahçe kaplumbağası figürü, 200 adet", "TR", 180, 200, 400, "EUR",
         "the crates breathe: 200 live spur-thighed tortoises (Testudo graeca, CITES App. II, EU Annex A) caught "
         "wild in Anatolia; Turkish wording (Testudo appears once earlier; the ceramic-figure cover is new)",
         {"importer_country": "BG"}),
        ("WLF-10", "import", "FIAIR01", "air", "CA", [], "FI", "430180",
         "Kojootinnahkoja, parkkaturkiksi, 40 kpl", "CA", 40, 40, 9600, "CAD",
         "spotted grey pelts with black-tipped ear tufts are Canada lynx (CITES App. II), not coyote; Finnish "
         "wording (lynx appears twice earlier; the coyote cover is new)", {"importer_country": "FI"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEROAD01", "road", "NO", "SE", "284700",
     "Hydrogen peroxide 49.5 %, 4 x 25 l, for a licensed private pond keeper", "NO", 120, 4, 420, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-33-0312")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTROAD01", "road", "MA", "PT", "282911",
     "Sodium chlorate 99 %, 10 kg, for a licensed private person", "MA", 10, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "PT-PSP-33-0077")], "sodium chlorate above 40 % to a licence holder of the public"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "854911",
     "Leaded CRT funnel glass, for lead recovery at a smelter, 22 t", "BE", 22000, 22, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-33-0518")], "notified CRT glass to a licensed recoverer in the OECD"),
    ("PRM-04", "waste", "import", "GRROAD01", "road", "AL", "GR", "850422",
     "PCB transformers (16 02 09*), for destruction, 4 pcs", "AL", 14000, 4, 0, "EUR",
     [("BASEL_CONSENT", "GR-YPEN-33-0146")], "notified PCB equipment brought in for disposal"),
    ("PRM-05", "ozone", "import", "HRROAD01", "road", "RS", "HR", "730890",
     "CFC-11 blown cold-store panels, for destruction with foam-gas recovery, 300 m2", "RS", 3600, 60, 0, "EUR",
     [("ODS_LICENCE", "HR-MZO-ODS-33-0009")], "ODS-containing foam imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "PLRAIL01", "rail", "CN", "PL", "290345",
     "HFC-134a, ISO tank, 20 t, quota holder's import", "CN", 20000, 1, 92000, "USD",
     [("FGAS_QUOTA", "PL-IOS-FG-33-0211")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "US", "441899",
     "Mudéjar coffered ceiling (artesonado), 15th century, sold to a US museum, 140 pieces", "ES", 2000, 140, 420000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-33-0388")], "a dismembered monument's ceiling with its export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "express", "IT", "CH", "490199",
     "Incunabulum, Venice 1478, sold at auction, 1 vol.", "IT", 2.4, 1, 82000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-33-0620")], "an incunabulum with its export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "281111",
     "Anhydrous hydrogen fluoride, 20 cylinders, for a fluorochemicals plant", "NL", 1000, 20, 8000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-33-0734"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-33-0419")],
     "1C350 precursor under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "NO", "854020",
     "Image-intensifier tubes, third generation, for a defence optics maker, 10 pcs", "FI", 4, 10, 42000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-33-0155"), ("END_USER_CERTIFICATE", "NO-FD-EUC-33-0082")],
     "6A002 tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440729",
     "Doussié sawn timber (Afzelia bipindensis), 30 m3", "CM", 24000, None, 30000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-33-00532")], "App. II Afzelia with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "TW", "NL", "060290",
     "Paphiopedilum hybrids, artificially propagated, flasked seedlings, 3,000 plants", "TW", 60, 3000, 4500, "USD",
     [("CITES_PERMIT", "TW-FA-33-01877"), ("PHYTOSANITARY_CERTIFICATE", "TW-APHIA-33-22190")],
     "artificially propagated App. I orchids with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Lars Eriksson", "PRM-03": "Korea Zinc Onsan Lead Recovery",
    "PRM-05": "EKO-Reciklaža d.o.o.", "PRM-07": "Museum of Iberian Arts, Boston",
    "PRM-09": "Gujarat Fluorochemicals Dahej", "PRM-11": "Bois Tropicaux de l'Ouest SAS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("382499", "Pond water conditioner, bacterial, 5 l", "import", ["road"], ["NO", "CH"], (3, 6), (2000, 6000), ["EUR"], 0.2, S),
    ("282720", "Calcium chloride flakes 77 %, de-icing, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.2, 0.35), (20000, 24000), ["USD"], 0.04, S),
    ("283630", "Sodium bicarbonate, food grade, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.4, 0.7), (20000, 25000), ["USD"], None, S),
    ("340290", "Alkaline milking-plant cleaner, 20 l cans, to a dairy supplier", "import", ["road"], ["CH", "RS"], (1.2, 2), (2000, 6000), ["EUR", "CHF"], None, S),
    ("285390", "Demineralised water for batteries, 5 l cans", "import", ["road"], ["CH", "TR"], (0.3, 0.6), (8000, 14000), ["EUR"], 0.2, S),
    ("381400", "Nitro lacquer thinner (toluene-acetone), 5 l cans", "import", ["road"], ["RS", "TR"], (1.5, 2.5), (5000, 10000), ["EUR"], 0.2, S),
    ("250100", "Pool salt for salt-water chlorinators, 25 kg bags", "import", ["road"], ["TR"], (0.15, 0.3), (20000, 24000), ["EUR"], 0.04, S),
    ("330790", "Peroxide contact-lens solution 3 %, 360 ml, with case", "import", ["post"], ["US", "GB"], (15, 25), (1, 3), ["USD", "GBP"], 2.5, S),
    ("252020", "Dental stone plaster, type IV, 25 kg bags", "import", ["road"], ["RS", "TR"], (0.4, 0.9), (10000, 20000), ["EUR"], 0.04, S),
    ("310530", "Diammonium phosphate yeast nutrient, 500 g tubs", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 2, S),
    ("700100", "Container glass cullet, colour-sorted", "export", ["sea"], ["TR", "IN"], (0.04, 0.08), (22000, 26000), ["EUR"], None, S),
    ("854143", "Photovoltaic modules 430 W, new, boxed", "import", ["sea"], ["CN"], (1.5, 3), (15000, 22000), ["USD"], 0.045, S),
    ("252220", "Hydrated lime, building grade, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.12, 0.2), (22000, 26000), ["USD", "EUR"], 0.04, S),
    ("850422", "Distribution transformers 1,000 kVA, new, mineral oil", "import", ["sea"], ["TR", "CN"], (5, 9), (8000, 20000), ["USD", "EUR"], 0.0003, S),
    ("630900", "Second-hand clothing, sorted, bales", "export", ["sea"], ["SN", "GH", "KE"], (0.6, 1.0), (20000, 25000), ["EUR"], None, S),
    ("730890", "Cold-room sandwich panels, new, cyclopentane-blown", "import", ["road"], ["RS", "TR"], (2, 3.5), (10000, 18000), ["EUR"], None, S),
    ("841869", "Ice makers, R-290, new", "import", ["sea"], ["US", "CN"], (10, 18), (3000, 8000), ["USD"], 0.02, S),
    ("290919", "HFE-7100 precision cleaning fluid, drums", "import", ["sea"], ["US", "JP"], (25, 40), (2000, 6000), ["USD"], None, S),
    ("842410", "Fire extinguishers, dry powder, 6 kg, new", "import", ["sea"], ["CN", "TR"], (4, 7), (5000, 10000), ["USD", "EUR"], 0.1, S),
    ("392111", "Extruded polystyrene boards, CO2-blown", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (5000, 9000), ["USD"], None, S),
    ("392690", "Yellow sticky insect traps, glue boards", "import", ["sea"], ["IN", "CN"], (3, 5), (2000, 6000), ["USD"], 10, S),
    ("441899", "Carved pine ceiling coffers, new, Mudéjar style", "import", ["sea"], ["MA", "IN"], (3, 6), (2000, 6000), ["EUR", "USD"], 0.1, S),
    ("392690", "Resin dinosaur skull models, new", "import", ["sea"], ["CN"], (8, 14), (2000, 5000), ["USD"], 0.3, S),
    ("690740", "Hand-painted Iznik-style wall tiles, new", "import", ["sea"], ["TR"], (3, 6), (4000, 10000), ["EUR", "USD"], 2, S),
    ("491191", "Tourist papyrus paintings, new", "import", ["post"], ["EG"], (30, 60), (1, 2), ["USD"], 8, S),
    ("970191", "Hand-painted miniature paintings, new, on paper", "import", ["post"], ["IN"], (40, 80), (1, 2), ["USD"], 10, S),
    ("940360", "Painted chests of drawers, new, Gustavian style", "export", ["road"], ["NO", "CH"], (4, 7), (3000, 8000), ["EUR", "SEK"], 0.02, S),
    ("830629", "Brass nautical ornaments, astrolabes and sextants, new", "import", ["sea"], ["IN"], (5, 9), (1000, 4000), ["USD"], 0.5, S),
    ("680291", "Marble garden busts, new, reproductions", "import", ["sea"], ["TR", "EG"], (0.8, 1.5), (8000, 16000), ["EUR", "USD"], 0.01, S),
    ("903020", "Bench oscilloscopes 100 MHz, new", "import", ["air"], ["CN", "US"], (60, 120), (100, 400), ["USD"], 0.15, S),
    ("900510", "Binoculars 10x42, new", "import", ["sea"], ["CN", "JP"], (20, 40), (1000, 3000), ["USD"], 1.2, S),
    ("370790", "Dry-film photoresist for printed circuit boards, rolls", "import", ["air"], ["JP", "KR"], (40, 80), (200, 800), ["USD"], None, S),
    ("901480", "Recreational fish-finder echo sounders, new", "import", ["sea"], ["CN", "JP"], (60, 100), (500, 2000), ["USD"], 0.5, S),
    ("440131", "Wood pellets, ENplus A1, Ukrainian mill", "import", ["rail"], ["UA"], (0.18, 0.28), (50000, 65000), ["EUR"], None, S),
    ("310420", "Potassium chloride 60 % K2O, Canadian", "import", ["sea"], ["CA"], (0.3, 0.45), (22000, 26000), ["USD"], None, S),
    ("390120", "HDPE film grade, Saudi origin", "import", ["sea"], ["SA", "QA"], (1.0, 1.4), (20000, 25000), ["USD"], None, S),
    ("530500", "Coconut coir orchid substrate, compressed blocks", "import", ["sea"], ["LK", "IN"], (0.4, 0.8), (18000, 24000), ["USD"], 0.2, S),
    ("440729", "Iroko sawn timber (Milicia excelsa), FSC", "import", ["sea"], ["CM", "CI"], (0.8, 1.2), (20000, 26000), ["EUR"], None, S),
    ("670290", "Artificial orchids, silk, potted", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 3, S),
    ("691390", "Ceramic garden tortoise figures", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 6000), ["EUR", "USD"], 1, S),
    ("430400", "Faux-fur parka hood trims, polyester", "import", ["sea"], ["CN"], (6, 10), (2000, 5000), ["USD"], 5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 17 rows dropped and 1 replaced, then EVERYDAY_2032_ADDED and 5 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Ginger, fresh", "Tractor tyres, new",
          "Beef, fresh, boneless", "Frozen chicken cuts", "Frozen shrimps, vannamei", "Honey, natural, drums",
          "Milk powder, whole", "Inflatable kayaks", "Electric scooters, new, with battery",
          "Gelatin capsules, empty", "Cumin seeds, whole"],
    replace={
        "Instant noodles, retail packs": ("190531", "Sweet biscuits, retail packs", "import", ["sea"], ["TR", "GB"], (2, 3.5), (8000, 14000), ["USD", "EUR"], 6, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("940360", "Flat-pack wooden bookcases", "import", ["sea"], ["VN", "CN"], (1.5, 2.5), (8000, 14000), ["USD"], 0.05, N),
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 0.2, N),
        ("851310", "Rechargeable head torches", "import", ["express", "post"], ["CN", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 5, N),
        ("481810", "Toilet paper rolls", "import", ["road"], ["TR", "RS"], (1, 1.6), (8000, 14000), ["EUR"], 8, N),
        ("220890", "Fruit brandy, bottled", "export", ["road"], ["CH", "NO"], (8, 15), (3000, 8000), ["EUR"], 1.4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind45", 20330901, HERE)


if __name__ == "__main__":
    main()
