#!/usr/bin/env python3
"""Writes the forty-ninth blind set (tests/risk/data/blind49-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 2 May - 29 June 2034, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL49-*:

    python3 tests/risk/data/make_blind49_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 5, 2)
base.DAYS = 59  # 2 May to 29 June 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "US", [], "CZ", "380894",
         "Sanitační prostředek pro domácí vaření piva, kyselina peroctová 5 %, 4 x 5 l", "US", 24, 4, 150, "USD",
         "brewers' no-rinse sanitisers are peracetic acid at a few per cent, sold in 1-litre bottles; 20 litres "
         "weighing 24 kg (1.2 kg/l), in vented cans marked UN 2014, are 50 % hydrogen peroxide (Annex I above "
         "12 %) to a private person; Czech wording (hydrogen peroxide repeats every set; the home-brewing "
         "sanitiser cover is new)", person("Soukromá osoba", "CZ")),
        ("PRE-02", "import", "LVAIR01", "express", "US", [], "LV", "290512",
         "Izopropilspirts 99,9 %, elektronikas tīrīšanai, 4 x 4 l", "US", 18.3, 4, 240, "USD",
         "16 litres of isopropyl alcohol weigh 12.6 kg; 18.3 kg is 1.14 kg/l, the density of nitromethane "
         "(Annex I above 16 %), and the cans' sticker hides UN 1261; to a private person; Latvian wording "
         "(nitromethane repeats; an electronics-cleaning alcohol cover and Latvia are new)", person("Privātpersona", "LV")),
        ("PRE-03", "import", "FRAIR01", "express", "CN", [], "FR", "282739",
         "Perchlorure de fer, solution de gravure pour circuits imprimés, 4 bidons de 5 l", "CN", 28, 4, 90, "USD",
         "ferric chloride etchant is an opaque dark-brown liquid; these cans hold a clear, yellowish liquid that "
         "fumes when opened and carry UN 2031 under the label: 65 % nitric acid (Annex I above 3 %) for a private "
         "person; French wording (nitric acid as a hobby circuit-board etchant repeats blind28 and blind35; "
         "labelling it as ferric chloride and the express route from China are new)", person("Particulier", "FR")),
        ("PRE-04", "import", "HUROAD01", "road", "RS", [], "HU", "283620",
         "Kristályszóda (nátrium-karbonát), mosáshoz, 25 kg", "RS", 25, 1, 70, "EUR",
         "washing soda crystals are sodium carbonate decahydrate and cost under 1 EUR/kg; dry, free-flowing "
         "crystals in a sack printed with the oxidiser roundel and CAS 7775-09-9 are sodium chlorate (Annex I "
         "above 40 %), in a car from Subotica for a private person; Hungarian wording (sodium chlorate repeats as "
         "softener and pool salt; the washing-soda cover is new)", person("Magánszemély", "HU")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "291529",
         "Octan wapniowo-magnezowy (CMA), ekologiczny środek do odladzania, 40 worków po 25 kg", "UA", 1000, 40, 500, "EUR",
         "CMA de-icer is a grey-brown, irregular granule at over 1 EUR/kg; smooth white prills printed '34,4 % N' "
         "are ammonium nitrate (Annex I at 16 % N or more), a tonne for a private person's driveway in May; Polish "
         "wording (ammonium nitrate as a de-icer repeats blind13, blind22 and blind46, which named CMA flakes; "
         "the season and the road from Ukraine are new)", person("Osoba prywatna", "PL")),
        ("PRE-06", "import", "BEROAD01", "road", "GB", [], "BE", "382499",
         "pH-min vloeibaar voor zwembaden, 14,9 % zwavelzuur, 4 x 20 l", "GB", 147, 4, 90, "GBP",
         "pool pH-minus sold to the public is kept at 14.9 % sulphuric acid, just under the Annex I limit, and "
         "weighs 1.1 kg/l; 80 litres weighing 147 kg (1.84 kg/l) are 96 % sulphuric acid, for a private person; "
         "Flemish wording (sulphuric acid repeats; pH-down covers appear in earlier rows for nitric acid; the "
         "'14.9 %' claim that the density betrays is new)", person("Particulier", "BE")),
        ("PRE-07", "import", "ITAIR01", "express", "CN", [], "IT", "291814",
         "Acido citrico anidro, anticalcare per elettrodomestici, 10 kg", "CN", 10, 2, 35, "USD",
         "citric acid is sold for descaling in 1 kg bags and tastes sour; this heavy, fine powder in bags printed "
         "with the oxidiser pictogram and CAS 7778-74-7 is potassium perchlorate (Annex I above 40 %), for a "
         "private person; Italian wording (potassium perchlorate repeats, as sorbate in blind46; the citric-acid "
         "descaler cover is new)", person("Privato", "IT")),
        ("PRE-08", "import", "DEAIR01", "express", "JP", [], "DE", "284700",
         "過酸化水素水 11.9％、園芸用、5 L × 4", "JP", 24, 4, 180, "USD",
         "garden peroxide is sold at 3-12 %; these vented cans marked UN 2014 class 5.1 + 8 weigh 1.2 kg/l, which "
         "is 50 % hydrogen peroxide (Annex I above 12 %), for a private person; Japanese wording (hydrogen peroxide "
         "repeats; an '11.9 %' claim under the limit and the Japanese wording are new)", person("Privatperson", "DE")),
        ("PRE-09", "import", "DEROAD01", "road", "CH", [], "DE", "340250",
         "Autoshampoo mit Wachs, 6 x 1 l", "CH", 6, 6, 60, "CHF",
         "a car-care order to a private person whose third line, 'battery water', is four 5-litre cans weighing "
         "36.8 kg (1.84 kg/l) marked UN 1830 under a new label: 96 % sulphuric acid (Annex I above 15 %), not "
         "demineralised water; Swiss German wording (sulphuric acid repeats, as distilled water in blind46 for "
         "37 % acid; battery water for 96 % acid inside a multi-item car-care order is new)",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("382000", "Frostschutz für Scheibenwaschanlage, 4 x 5 l", "CH", 20, 40, "CHF", qty=4),
                          item("285390", "Batteriewasser, destilliert, 4 x 5 l", "CH", 36.8, 24, "CHF", qty=4)]}),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "283919",
         "硅酸钠溶液（水玻璃），250 kg 桶，8 桶", "CN", 2000, 8, 1100, "USD",
         "water glass is a viscous, colourless, alkaline liquid; these drums hold a thin yellowish liquid that "
         "fumes brown when opened, with UN 2031 under the sticker: 68 % nitric acid (Annex I above 3 %), for a "
         "one-person Polish online shop that resells in 1-litre bottles to the public; Chinese wording (nitric "
         "acid repeats; water glass and the China-Europe rail route are new)", firm("Chemikalia24 Jan Wrona", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "PK", "850760",
         "Gebrauchte Traktionsbatterien, Second-Life, für Heimspeicher, 60 Stück", "DE", 27000, 60, 30000, "EUR",
         "packs cut out of written-off electric cars, some swollen or with crushed housings, no state-of-health "
         "reports, at 1.1 EUR/kg: waste lithium-ion batteries (hazardous, A1170/A1180), not reusable equipment, to "
         "a non-OECD country without notification; German wording (second-life packs repeat blind35 and blind46; "
         "the route to Karachi and the home-storage claim are new)", {"importer_country": "PK"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "390210",
         "Broyat de polypropylène non tissé, propre, 20 t", "FR", 20000, None, 2000, "EUR",
         "the 'regrind' is shredded surgical gowns, drapes and masks from hospitals, with blood stains and needle "
         "caps, at 0.10 EUR/kg: infectious clinical waste (18 01 03*, Y1), whose export to a non-OECD country is "
         "banned; French wording (hospital waste appears in a few earlier rows; the nonwoven-regrind cover and "
         "Dakar are new)", {"importer_country": "SN"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "EG", "440612",
         "Eiken spoorbielzen, onbehandeld, voor tuinaanleg, 1 800 st.", "NL", 144000, 1800, 9000, "EUR",
         "oak sleepers taken out of track, black, oily and smelling of tar, are creosote-impregnated wood "
         "(17 02 04*), hazardous waste whose export to a non-OECD country is banned, not untreated garden timber; "
         "Dutch wording (creosoted sleepers for gardens repeat blind24, blind37, blind38 and blind41; the route "
         "to Egypt is new)", {"importer_country": "EG"}),
        ("WST-04", "export", "HRROAD01", "road", "HR", [], "BA", "681182",
         "Korištene valovite ploče (salonit) za pokrivanje štala, 1 200 kom.", "HR", 24000, 1200, 1200, "EUR",
         "grey corrugated 'salonit' sheets stripped from 1970s barns are asbestos cement (17 06 05*, A2050), "
         "hazardous waste whose export to a non-OECD country is banned, sold for re-roofing across the border; "
         "Croatian wording (asbestos repeats many sets; the Salonit brand and the road into Bosnia are new)",
         {"importer_country": "BA"}),
        ("WST-05", "export", "PLRAIL01", "rail", "PL", [], "UA", "850421",
         "Transformatory rozdzielcze używane, do ponownego użycia, 12 szt.", "PL", 36000, 12, 18000, "EUR",
         "the nameplates give 1972-1978 and 'Sovol' (the Soviet PCB fluid) as filling: equipment containing PCBs "
         "above 50 ppm (16 02 09*, A1180) is hazardous waste, not reusable transformers; Polish wording (askarel "
         "transformers repeat blind22 and blind45; the Soviet filling and the rail route to Ukraine are new)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "CYSEA01", "sea", "CY", [], "LB", "271019",
         "Marine fuel oil, blended, RMG 380, 800 t", "CY", 800000, None, 120000, "EUR",
         "at 150 EUR/t with 30 % water and a petrol smell, the 'blend' is oily sludge and slops collected from "
         "ships in Limassol (13 04 03*, Y8/Y9), hazardous waste to a non-OECD country; Cypriot English "
         "wording (slops as recovered marine fuel repeat blind17, from Malta to Libya; the Cyprus-Lebanon route is "
         "new)", {"importer_country": "LB"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "ID", "390110",
         "Aglomerado de PEBD, pronto a extrudir, 24 t", "PT", 24000, None, 2400, "EUR",
         "bales of dirty mixed post-consumer film with labels, paper and food residue, not agglomerate, at "
         "0.10 EUR/kg: plastic waste, whose export to non-OECD countries the EU has banned since November 2026 "
         "(Regulation 2024/1157); Portuguese wording (plastic waste as agglomerate repeats blind26; the route to "
         "Indonesia is new)", {"importer_country": "ID"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GH", "870899",
         "Gebruikte auto-onderdelen, gemengd, 1 container", "BE", 22000, None, 3000, "EUR",
         "behind a front row of wheels and gearboxes, 900 spent lead-acid starter batteries, some leaking: waste "
         "batteries (16 06 01*, A1160), whose export to a non-OECD country is banned; Flemish wording (lead-acid "
         "batteries repeat many sets; a container of 'mixed car parts' from Antwerp is new)", {"importer_country": "GH"}),
        ("WST-09", "export", "ROSEA01", "sea", "RO", [], "GE", "250590",
         "Nisip de umplutură, spălat, 5 000 t", "RO", 5000000, None, 10000, "EUR",
         "black, sulphide-smelling silt dredged from a shipyard basin in Constanța, with tributyltin and heavy "
         "metals, is contaminated dredging spoil (17 05 05*), hazardous waste, not washed fill sand, to a "
         "non-OECD country; Romanian wording (harbour dredgings as fill sand appear in development rows; the "
         "Black Sea route to Poti is new)", {"importer_country": "GE"}),
        ("WST-10", "export", "SEAIR01", "express", "SE", [], "HK", "851779",
         "Reservdelar till mobiltelefoner, moderkort för renovering, 30 kg", "SE", 30, 600, 900, "SEK",
         "600 boards with burnt and corroded areas, cut out of broken phones and sold by weight, are waste "
         "printed circuit boards (A1180), not spare parts, to Hong Kong (non-OECD, China) without notification; "
         "Swedish wording (phone mainboards as spare parts repeat blind28; Swedish wording and the express "
         "route to Hong Kong are new)",
         {"importer_country": "HK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CYSEA01", "sea", "JO", [], "CY", "291513",
         "Ethyl formate fumigant (Vapormate type), 40 cylinders x 50 kg", "JO", 2000, 40, 9000, "USD",
         "ethyl formate is a liquid shipped in drums; these are pressure cylinders whose stamped shoulders give "
         "CH3Br and 2 % chloropicrin as a warning agent: methyl bromide, whose use and placing on the market "
         "(quarantine included) are banned; English wording (methyl bromide repeats, as sulfuryl fluoride in "
         "blind43 and blind46; the ethyl-formate cover and Jordan-Cyprus are new)", {"importer_country": "CY"}),
        ("OZN-02", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "290379",
         "Kältemittel R-1233zd(E) für Turbokältemaschinen, 40 Fässer à 250 kg", "CN", 10000, 40, 36000, "USD",
         "R-1233zd(E) costs about 15 USD/kg; at 3.6 USD/kg, in drums whose lids read R-123, this is HCFC-123, "
         "whose placing on the market is banned; German wording (HCFC-123 as R-1233zd repeats blind35; the rail "
         "route from China is new)", {"importer_country": "DE"}),
        ("OZN-03", "import", "SESEA01", "sea", "CN", [], "SE", "841869",
         "Vinkylar, termoelektriska, utan köldmedium, 300 st.", "CN", 9000, 300, 36000, "USD",
         "thermoelectric wine coolers are light and silent; these 30 kg cabinets have a compressor and a "
         "nameplate giving 60 g of R-134a (GWP 1,430): household refrigeration with an HFC of GWP 150 or more may "
         "not be placed on the market; Swedish wording (wine coolers are new; HFC household fridges repeat, as "
         "minibars in blind46)", {"importer_country": "SE"}),
        ("OZN-04", "import", "GRSEA01", "sea", "IN", [], "GR", "290219",
         "साइक्लोपेंटेन, फोम ब्लोइंग एजेंट, 80 ड्रम", "IN", 17600, 80, 22000, "USD",
         "cyclopentane weighs 0.75 kg/l and a 200-litre drum holds 150 kg; 220 kg drums (1.49 kg/l) of a liquid "
         "boiling at 24 °C are CFC-11, a banned ODS, for a panel maker; Hindi wording (CFC-11 as a blowing agent "
         "repeats; cyclopentane appears in two earlier rows; the route from India to Greece is new)",
         {"importer_country": "GR"}),
        ("OZN-05", "import", "NLSEA01", "sea", "KR", [], "NL", "841861",
         "모노블럭 히트펌프, R-290, 8 kW, 60대", "KR", 7200, 60, 180000, "USD",
         "the units' nameplates give 1.4 kg of R-32 (GWP 675), not propane: self-contained (monobloc) heat pumps "
         "up to 12 kW with an F-gas of GWP 150 or more may not be placed on the market; Korean wording "
         "(monobloc units declared R-290 repeat blind11 and later sets; the Korean wording is new)",
         {"importer_country": "NL"}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "290351",
         "Soğutucu akışkan R-1234ze, HFO, 50 tüp", "TR", 2500, 50, 9000, "EUR",
         "R-1234ze costs over 20 EUR/kg and needs no quota; at 3.6 EUR/kg, in green cylinders with R-134a valve "
         "tags, this is 2.5 t of HFC-134a (3,575 t CO2e) placed on the market without quota; Turkish wording "
         "(HFCs as HFOs repeat, R-1234ze in four earlier rows; the road from Türkiye is new)", {"importer_country": "BG"}),
        ("OZN-07", "transit", "SIRAIL01", "rail", "CN", ["SI", "HR"], "RS", "382764",
         "Hladivo R-407C, jeklenke 11,3 kg, 400 kosov", "CN", 4520, 400, 13000, "USD",
         "R-407C cylinders are brown; these are light green, the colour of R-22, and the valve tags give "
         "HCFC-22: the movement of a controlled substance through the EU, transit included, needs a licence; "
         "Slovenian wording (R-22 as R-407C in transit repeats blind45; the route from Koper by rail to Serbia "
         "is new)", {"importer_country": "RS"}),
        ("OZN-08", "import", "ATAIR01", "express", "US", [], "AT", "290351",
         "Klimaanlagen-Nachfüllset R-1234yf, 3 Dosen à 500 g, mit Schlauch", "US", 1.8, 3, 75, "USD",
         "R-1234yf is never sold in self-sealing DIY cans; these cans' valve thread and print give R-134a: "
         "non-refillable containers of F-gases are banned, and HFC sold to a private person for a car system; "
         "Austrian German wording (DIY R-134a recharge cans to private persons repeat blind10, blind26, blind35, "
         "blind40 and blind45; an R-1234yf label on them is new)",
         person("Privatperson", "AT")),
        ("OZN-09", "import", "GRAIR01", "air", "US", [], "GR", "560749",
         "Σχοινιά πρόσδεσης σκαφών, πολυπροπυλένιο, 20 τεμ.", "US", 80, 20, 800, "USD",
         "a yacht-supplies shipment whose third line, 'FE-227 engine-room extinguishers', is two fixed systems "
         "charged with halon 1301 (cylinder stamps give CF3Br): halons may be placed on the market only for "
         "listed critical uses, not leisure craft; Greek wording (halon 1301 repeats; a yacht-chandlery order is "
         "new)",
         {"importer_country": "GR",
          "_more_items": [item("320890", "Υφαλόχρωμα, 10 δοχεία", "US", 40, 600, "USD", qty=10),
                          item("842410", "Πυροσβεστικά μηχανοστασίου FE-227, 2 τεμ.", "US", 30, 1600, "USD", qty=2)]}),
        ("OZN-10", "import", "PTPOST01", "post", "US", [], "PT", "340399",
         "Óleo PAG para compressor de ar condicionado automóvel, 12 latas", "US", 4.5, 12, 60, "USD",
         "PAG oil comes in bottles; 340 g steel cans with a side-tap valve and 'R-12' moulded on the valve are "
         "CFC-12 for a classic car, a banned ODS, by post to a private person; Portuguese wording (CFC-12 in "
         "small cans repeats; the PAG-oil cover is new)", person("Particular", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "ET", [], "DE", "970191",
         "የቱሪስት ሥዕል፣ የቅዱሳን ምስል፣ በእንጨት ላይ፣ 1", "ET", 3, 1, 60, "USD",
         "a hinged wooden diptych with the Virgin and Saint George in egg tempera, worn by centuries of candle "
         "smoke and with a church inventory number on the back, is a 17th-18th century Gondarine icon, "
         "Ethiopian church heritage whose export is forbidden; Amharic wording (an Ethiopian icon diptych as a "
         "new souvenir repeats blind7, via Asmara; the Amharic wording and the express route are new)", person("Privatperson", "DE")),
        ("CUL-02", "import", "NLSEA01", "sea", "TH", [], "NL", "680299",
         "พระพุทธรูปหินทรายสำหรับตกแต่งสวน ใหม่ 4 องค์", "TH", 600, 4, 800, "USD",
         "among the new garden Buddhas, one head with spiral curls, joined brows and a broken neck, weathered and "
         "with lichen, is a Dvaravati (7th-9th century) sandstone head: Thai law forbids the export of antiquities "
         "without a Fine Arts Department licence; Thai wording (Khmer heads as garden statues repeat; the "
         "Dvaravati style is new)", {"importer_country": "NL"}),
        ("CUL-03", "import", "DEAIR01", "air", "MN", [], "DE", "830629",
         "Хүрэл бүсний чимэглэл, бэлэг дурсгалын хуулбар, 8 ширхэг", "MN", 2.4, 8, 80, "USD",
         "openwork bronze plaques with fighting animals, a smooth green patina and soil in the recesses are "
         "Xiongnu belt plaques (3rd-1st century BC) from looted tombs, not souvenir copies: Mongolia forbids the "
         "export of its archaeological heritage; Mongolian wording (Mongolian fossils repeat and Xiongnu "
         "buckles appear in one development row, through Hong Kong; plaques as souvenir copies flown from "
         "Ulaanbaatar are new)", {"importer_country": "DE"}),
        ("CUL-04", "import", "ESPOST01", "post", "BO", [], "ES", "970191",
         "Cuadro al óleo, reproducción de arte colonial, Virgen del Cerro, 1 ud.", "BO", 4, 1, 80, "USD",
         "a relined canvas with craquelure, gold brocading and a hand-forged stretcher is an 18th-century "
         "Potosí school 'Virgen del Cerro' taken from a highland church: colonial art is Bolivian state "
         "heritage whose export is forbidden; Bolivian Spanish wording (colonial paintings as copies repeat, "
         "Cuzco school in blind14; a Potosí painting by post is new)", person("Particular", "ES")),
        ("CUL-05", "export", "ITAIR01", "express", "IT", [], "US", "950510",
         "Pastori del presepe napoletano, artigianato di San Gregorio Armeno, 6 pezzi", "IT", 3, 6, 180, "EUR",
         "terracotta heads with glass eyes, wooden limbs on tow and faded silk dress are 18th-century Neapolitan "
         "crib figures (Sammartino school), cultural property over 70 years old that needs an export "
         "certificate, declared as new handicraft; Italian wording (crib figures are new to these "
         "sets)", {"importer_country": "US"}),
        ("CUL-06", "transit", "DEAIR01", "air", "AE", ["DE"], "GB", "680291",
         "Alabaster decorative heads, handmade, Oman, 3 pcs", "OM", 12, 3, 150, "USD",
         "stylised alabaster heads with deep-set eyes and South Arabian letters on the base are Sabaean funerary "
         "heads (1st millennium BC) looted in Yemen, in transit through Frankfurt to a London dealer; English "
         "wording (Sabaean alabaster heads repeat blind17 and blind24, from the Emirates; as Omani handicraft in "
         "air transit through Frankfurt they are new)",
         {"importer_country": "GB"}),
        ("CUL-07", "import", "FRAIR01", "air", "NP", [], "FR", "442090",
         "हस्तनिर्मित काठको कुँदिएको टुँडाल, नयाँ, १ थान", "NP", 18, 1, 120, "USD",
         "a carved temple roof strut (tunala) with a many-armed goddess, sun-bleached and with nail holes and "
         "old red paint, is a 17th-century strut cut from a Patan temple: Nepal forbids the export of objects "
         "over 100 years old; Nepali wording (tunala struts repeat three earlier rows; the air route to France "
         "is new)", {"importer_country": "FR"}),
        ("CUL-08", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "711719",
         "Бижутерия, позолоченная, для переплавки, 2 кг", "GE", 2, None, 400, "USD",
         "gold plaques with stags and griffins and a torque with animal ends are Scythian gold from the "
         "Melitopol museum, removed by the occupying forces in 2022: cultural property illegally removed from "
         "Ukraine, brought by car from Tbilisi; Russian wording (Scythian gold repeats blind3, and as gold for "
         "melting blind23; the Melitopol museum and the road through Türkiye are new)", {"importer_country": "BG"}),
        ("CUL-09", "import", "ITSEA01", "sea", "EG", [], "IT", "691390",
         "تذكارات من الفيانس، جديدة، ٣٠ قطعة", "EG", 15, 30, 90, "USD",
         "among the souvenirs, six blue-glazed amulets and a bronze figurine with the inventory numbers of the "
         "Sudan National Museum, looted in Khartoum in 2023: Sudanese cultural property exported unlawfully; "
         "Arabic wording (Sudanese antiquities repeat; the Egyptian souvenir cover by sea is new)",
         {"importer_country": "IT"}),
        ("CUL-10", "export", "ESPOST01", "post", "ES", [], "US", "490199",
         "Libro de cociña usado, 1 ud.", "ES", 0.6, 1, 7, "EUR",
         "a parcel of 'used books' whose third line, a 'facsimile book of hours', is a 15th-century illuminated "
         "manuscript on vellum with a Galician monastery library stamp: manuscripts need an export licence at any "
         "value; Galician wording (leaves of a book of hours appear in blind39 and an Ethiopian manuscript as a "
         "facsimile in blind34; a book of hours as a facsimile line in a used-book parcel is new)",
         {"importer_country": "US",
          "_more_items": [item("490199", "Novela, tapa branda, 1 ud.", "ES", 0.4, 8, "EUR", qty=1),
                          item("490199", "Facsímile de libro de horas, 1 ud.", "ES", 1.4, 30, "EUR", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "express", "FR", [], "KG", "852589",
         "Caméras de surveillance pour animaux domestiques, 40 pcs", "FR", 12, 40, 96000, "EUR",
         "pet cameras cost 50 EUR; at 2,400 EUR each these are 640x512 uncooled thermal imaging cores (6A003 "
         "class, common high-priority items) to a Bishkek reseller serving Russian drone makers; French wording "
         "(thermal cores repeat; the pet-camera cover is new)", {"importer_country": "KG"}),
        ("STR-02", "export", "NLAIR01", "express", "NL", [], "UZ", "854239",
         "LED-driver IC's, 500 stuks", "NL", 3, 500, 210000, "EUR",
         "LED drivers cost cents; at 420 EUR each, with Kintex part numbers, these are FPGAs (common "
         "high-priority items) to a Tashkent firm with no electronics business, for Russia; Dutch wording "
         "(FPGAs repeat; an LED-driver cover appears in blind39 for microcontrollers; Uzbekistan is new)",
         {"importer_country": "UZ"}),
        ("STR-03", "export", "ATROAD01", "road", "AT", [], "RS", "722830",
         "Werkzeugstahl, Rundstäbe, vorgeschmiedet, 12 t", "AT", 12000, None, 216000, "EUR",
         "tool steel costs a few euros a kilo; 18 EUR/kg bars with 18 % nickel, cobalt and molybdenum and no "
         "carbon are maraging steel (1C116), which needs a licence, for a Belgrade trader with no machine shop "
         "forwarding to Iran; Austrian German wording (maraging steel repeats, as tool steel too; the road to "
         "Serbia is new)", {"importer_country": "RS"}),
        ("STR-04", "export", "GRSEA01", "sea", "GR", [], "LB", "282619",
         "Φθοριούχο νάτριο για παραγωγή οδοντόκρεμας, 16 t", "GR", 16000, 640, 24000, "EUR",
         "a toothpaste plant uses sodium fluoride by the hundred kilos; 16 t to a Beirut firm with no toothpaste "
         "line, trucked on to Syria: sodium fluoride is an Australia Group precursor (1C350) that needs a licence, "
         "and Syria is under an EU embargo for such chemicals; Greek wording (sodium fluoride appears once, to "
         "Iran; the toothpaste cover and Beirut are new)", {"importer_country": "LB"}),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "720712",
         "Yarı mamul çelik slab, Türk menşeli, 2 500 t", "TR", 2500000, None, 1200000, "USD",
         "the slabs' heat numbers and stencils are those of a Russian mill, and the Turkish 'mill' has no "
         "steelmaking plant: semi-finished steel of Russian origin, whose import is banned (Annex XVII of "
         "Regulation 833/2014), relabelled in Iskenderun; Turkish wording (Russian steel appears in earlier rows; "
         "slabs relabelled in Türkiye are new)", {"importer_country": "IT"}),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "AE", "850110",
         "Modellbau-Servos, RC, 80 Stück", "DE", 40, 80, 72000, "EUR",
         "hobby servos cost 50 EUR and weigh 60 g; 900 EUR brushless actuators of 500 g with CAN-bus interfaces "
         "and metal housings are the control-surface actuators of Iranian attack drones (UAV components under "
         "Regulation 2023/1529), to a Dubai trader; German wording (servos appear once, as textile spares; the "
         "RC-model cover is new)", {"importer_country": "AE"}),
        ("STR-07", "export", "FISEA01", "sea", "FI", [], "TR", "843149",
         "Metsäkoneen varaosat, 320 kpl", "FI", 14000, 320, 380000, "EUR",
         "spare parts ordered by the serial numbers of forest harvesters sold in Russia before 2022, to a Mersin "
         "trader with no forestry customers, shipped on via Georgia: machinery and its parts listed in Annex "
         "XXIII of Regulation 833/2014 may not be sold for use in Russia; Finnish wording (forestry machinery "
         "parts are new; harvester parts appeared once as a cover for helicopter parts)", {"importer_country": "TR"}),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441233",
         "Фанера березовая, ФК, 1525 x 1525 мм, 2 вагона", "KZ", 120000, None, 72000, "USD",
         "Kazakhstan has almost no birch forest and no large plywood mill; the sheets' stamps give a Russian "
         "mill: Russian wood products, whose import is banned (Annex XXI of Regulation 833/2014), declared of "
         "Kazakh origin; Russian wording (Russian plywood as Kazakh repeats blind4, blind17, blind22, by rail, "
         "and blind35; only the Russian wording is new)", {"importer_country": "PL"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "IQ", "280920",
         "Fosforzuur 85 %, voedingskwaliteit, 40 vaten", "BE", 10000, 40, 16000, "EUR",
         "phosphoric acid is a viscous syrup; these drums hold a thin liquid that fumes in air, with UN 1809 "
         "under the label: phosphorus trichloride (CWC Schedule 3, 1C350), which needs a licence, for a Baghdad "
         "trader re-exporting to Syria; Flemish wording (phosphorus trichloride repeats; the phosphoric-acid cover "
         "is new)", {"importer_country": "IQ"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "GE", "845090",
         "Ersatzteile für Waschmaschinen, Steuerplatinen, 60 Stück", "DE", 600, 60, 540000, "EUR",
         "washing-machine boards cost 40 EUR; 9,000 EUR units in 10 kg housings with Sinumerik labels are CNC "
         "controllers for machine tools (listed items for Russia), to a Poti forwarder for Russian plants; German "
         "wording (CNC controllers repeat, as textile spares in blind38; washing-machine repair covered "
         "microcontrollers in blind26 and blind36; controllers as washing-machine boards to Georgia are new)",
         {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "PTAIR01", "air", "PT", [], "HK", "030636",
         "Camarões de aquário vivos (Neocaridina), 40 sacos", "PT", 90, 40, 1800, "EUR",
         "aquarium shrimps travel in a few grams per bag; the bags hold thousands of transparent, thread-like "
         "fish: glass eels of the European eel (Anguilla anguilla, CITES App. II), whose export from the EU is "
         "banned; Portuguese wording (glass eels repeat; the ornamental-shrimp cover is new)", {"importer_country": "HK"}),
        ("WLF-02", "import", "DEAIR01", "air", "AE", [], "DE", "121190",
         "رقائق خشب الصندل للبخور، 60 كغ", "AE", 60, None, 48000, "USD",
         "sandalwood chips are pale and cost a few dollars a kilo; dark, resin-streaked chips at 800 USD/kg that "
         "sink in water are agarwood (Aquilaria, CITES App. II), re-exported from Dubai without a permit; Arabic "
         "wording (agarwood repeats; the sandalwood cover by air to Germany is new)", {"importer_country": "DE"}),
        ("WLF-03", "transit", "FRSEA01", "sea", "MG", ["FR"], "HK", "030749",
         "Calmar séché, 2 t", "MG", 2000, None, 16000, "USD",
         "dried squid is flat and pale; hard, grey-black cylinders with rows of papillae are dried prickly "
         "redfish (Thelenota ananas, CITES App. II since 2022), in transit at Le Havre from Madagascar to Hong "
         "Kong without an export permit; French wording (sea cucumbers repeat; the squid cover and Thelenota are new)",
         {"importer_country": "HK"}),
        ("WLF-04", "import", "ESAIR01", "express", "BR", [], "ES", "920994",
         "Diapasões para violão, pau-ferro (Machaerium), 40 peças", "BR", 12, 40, 6000, "USD",
         "pau-ferro is brown with tight grain; dark chocolate blanks with black streaks and a sweet rose smell are "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I), for a luthier at 150 USD a blank; Brazilian "
         "Portuguese wording (Dalbergia repeats, and blind46 names pau-ferro for African blackwood; pau-ferro "
         "fingerboards as the cover for App. I Brazilian rosewood are new)",
         {"importer_country": "ES"}),
        ("WLF-05", "import", "ATPOST01", "post", "MX", [], "AT", "060290",
         "Haworthia, plántulas de vivero, 200 piezas", "MX", 2, 200, 40, "USD",
         "Haworthia are South African and not grown for export in Mexico; bare-root grey rosettes with "
         "triangular tubercles and field soil are wild-collected Ariocarpus (CITES App. I) for a private "
         "collector; Mexican Spanish wording (Ariocarpus repeats; the Haworthia cover is new)",
         person("Privatperson", "AT")),
        ("WLF-06", "transit", "ESAIR01", "air", "MX", ["ES"], "HK", "030572",
         "Dried croaker fish maw (Cynoscion), 30 kg", "MX", 30, None, 1800, "USD",
         "corvina maws are small and thin; thick maws of 1 kg each with two horn-like extensions are totoaba "
         "(Totoaba macdonaldi, CITES App. I), in transit at Madrid to Hong Kong; English wording (totoaba repeats; "
         "the Madrid air transit is new)", {"importer_country": "HK"}),
        ("WLF-07", "import", "ITAIR01", "air", "ID", [], "IT", "410692",
         "Kulit belut conger, disamak, 300 lembar", "ID", 450, 300, 9000, "USD",
         "eel-skin leather comes in strips 4-5 cm wide; 1.5 kg skins 30 cm wide with diamond-shaped scales are "
         "tanned reticulated python skins (CITES App. II), for a tannery without a permit; Indonesian wording "
         "(python skins repeat, as embossed cowhide before; the eel-skin cover is new)", {"importer_country": "IT"}),
        ("WLF-08", "import", "FRSEA01", "sea", "VN", [], "FR", "681099",
         "Bồn rửa tay đá mài (terrazzo), 40 cái", "VN", 2400, 40, 3200, "USD",
         "terrazzo basins are cast and flat-bottomed; ribbed, scalloped white basins of 60 kg are half shells of "
         "giant clams (Tridacna gigas, CITES App. II) without a permit; Vietnamese wording (giant clam shells "
         "repeat; the washbasin cover and Vietnam are new)", {"importer_country": "FR"}),
        ("WLF-09", "import", "NLAIR01", "express", "HK", [], "NL", "081340",
         "枸杞子，干，1 公斤", "CN", 1, 1, 20, "USD",
         "a traditional-medicine parcel to a private person whose third line, 'goat horn slices', is thin "
         "translucent slices of saiga antelope horn (ling yang jiao, CITES App. II) without a permit; Chinese "
         "wording (saiga horn repeats blind14 and blind27, and as goat horn in blind9 and blind36; a goat-horn "
         "line in a multi-item medicine parcel to the Netherlands is new)",
         {"consignee_name": "Particulier", "importer_country": "NL",
          "_more_items": [item("121120", "高丽参片，栽培，200 克", "KR", 0.2, 40, "USD", qty=1),
                          item("050790", "山羊角片，500 克", "CN", 0.5, 60, "USD", qty=1)]}),
        ("WLF-10", "import", "BESEA01", "sea", "CM", [], "BE", "440727",
         "Sapelli scié, FSC, 40 m3", "CM", 28000, None, 26000, "EUR",
         "sapele is red-brown with a ribbon stripe; pinkish-brown boards with interlocked grain and a cedar smell "
         "are African mahogany (Khaya, CITES App. II since 2023), without an export permit; French wording (Khaya "
         "repeats blind26 and blind32; the sapele cover from Cameroon is new)", {"importer_country": "BE"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "express", "US", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private hobby chemist", "US", 11.4, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "CZ-MV-34-0217")], "hydrogen peroxide above 12 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "BEROAD01", "road", "GB", "BE", "280700",
     "Sulphuric acid 96 %, 2 x 5 l, for a licensed private metal-finishing hobbyist", "GB", 18.4, 2, 40, "GBP",
     [("PRECURSOR_LICENCE", "BE-FOD-34-0088")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854919",
     "Waste lithium-ion traction batteries, damaged, for recycling, 60 packs", "DE", 27000, 60, 0, "EUR",
     [("BASEL_CONSENT", "DE-LANUV-34-0311")], "notified waste EV batteries to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GH", "BE", "854911",
     "Used lead-acid batteries (16 06 01*), for lead recovery, 20 t", "GH", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-34-0142")], "notified used batteries imported for recovery at a licensed smelter"),
    ("PRM-05", "ozone", "import", "CYSEA01", "sea", "JO", "CY", "290361",
     "Methyl bromide, 40 cylinders, for feedstock use in pharmaceutical synthesis", "JO", 2000, 40, 9000, "USD",
     [("ODS_LICENCE", "CY-DoE-ODS-34-0009")], "methyl bromide for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290371",
     "HCFC-22, ISO tank, for feedstock use in fluoropolymer production", "CN", 18000, None, 45000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-34-0031")], "HCFC-22 for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970690",
     "Neapolitan crib figures, 18th century, 6 pcs, sold to a US museum", "IT", 3, 6, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-34-0622")], "crib figures over 70 years old with their export certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970610",
     "Book of hours, illuminated manuscript on vellum, 15th century, sold to a US library", "ES", 1.4, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-34-0391")], "a manuscript with its export licence"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "CH", "722830",
     "Maraging steel bars, 12 t, for a named aerospace forge", "AT", 12000, None, 216000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-34-0714"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-34-0102")],
     "1C116 maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "JP", "852589",
     "Uncooled thermal imaging cores 640x512, 40 pcs, for a named automotive supplier", "FR", 12, 40, 96000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-34-0688"), ("END_USER_CERTIFICATE", "JP-METI-EUC-34-0240")],
     "thermal cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Khaya (African mahogany), sawn, 40 m3", "CM", 28000, None, 30000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-34-0417")], "App. II Khaya with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410640",
     "Reticulated python skins, tanned, within Indonesia's quota, 300", "ID", 450, 300, 30000, "USD",
     [("CITES_PERMIT", "ID-KLHK-34-02290")], "App. II python skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Tomáš Novák", "PRM-03": "Korea Battery Recycling Co", "PRM-05": "Levant Pharma Synthesis Ltd",
    "PRM-07": "Museum of Fine Arts Boston", "PRM-10": "Sensora Automotive KK", "PRM-12": "Conceria del Brenta Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("210220", "Home-brew yeast nutrient, 100 g sachets", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, S),
    ("290512", "Isopropyl alcohol 99.9 %, electronics cleaning, 1 l bottles", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 1, S),
    ("282739", "Ferric chloride etchant for circuit boards, 500 g", "import", ["post"], ["GB", "CN"], (8, 15), (1, 3), ["GBP", "USD"], 2, S),
    ("283620", "Washing soda crystals, 1 kg bags", "import", ["road", "sea"], ["TR", "RS"], (0.3, 0.6), (10000, 20000), ["EUR"], 1, S),
    ("291529", "Calcium magnesium acetate de-icer, 25 kg bags", "import", ["sea"], ["US", "CN"], (0.8, 1.5), (15000, 22000), ["USD"], 0.04, S),
    ("283319", "Pool pH-minus granules, sodium bisulphate, 5 kg tubs", "import", ["road"], ["TR", "GB"], (0.8, 1.5), (8000, 16000), ["EUR", "GBP"], 0.2, S),
    ("291814", "Citric acid anhydrous, food grade, 25 kg bags", "import", ["sea"], ["CN", "TH"], (0.7, 1.1), (20000, 25000), ["USD"], 0.04, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy, 250 ml bottles", "import", ["post"], ["GB", "US"], (6, 12), (1, 3), ["GBP", "USD"], 4, S),
    ("285390", "Distilled water for batteries and irons, 5 l cans", "import", ["road"], ["CH", "TR"], (0.2, 0.4), (10000, 20000), ["CHF", "EUR"], 0.2, S),
    ("283919", "Sodium silicate solution (water glass), IBCs", "import", ["sea", "rail"], ["CN", "TR"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("850760", "Home battery storage units, LFP, new, with warranty", "import", ["sea"], ["CN", "KR"], (6, 10), (8000, 16000), ["USD"], 0.01, S),
    ("390210", "Polypropylene homopolymer granules, virgin", "import", ["sea"], ["KR", "SA"], (1, 1.4), (20000, 25000), ["USD"], None, S),
    ("681182", "Fibre-cement corrugated sheets, asbestos-free, new", "import", ["road"], ["BA", "RS", "TR"], (0.4, 0.8), (18000, 24000), ["EUR"], None, S),
    ("850421", "Distribution transformers, new, ester-filled, 630 kVA", "import", ["sea"], ["TR", "KR"], (8, 14), (6000, 14000), ["USD", "EUR"], 0.0005, S),
    ("390110", "LDPE granules, virgin, film grade", "export", ["sea"], ["ID", "VN"], (1.1, 1.5), (20000, 25000), ["EUR"], None, S),
    ("851779", "Mobile phone repair parts, new charging boards", "import", ["express"], ["CN", "HK"], (100, 250), (1, 3), ["USD"], 30, S),
    ("841869", "Thermoelectric cool boxes, 12 V, camping", "import", ["sea"], ["CN"], (4, 7), (4000, 10000), ["USD"], 0.2, S),
    ("290219", "Cyclopentane, foam blowing agent, isotanks", "import", ["sea"], ["KR", "CN"], (1.2, 2), (14000, 18000), ["USD"], None, S),
    ("841861", "Monobloc heat pumps, R-290, 8 kW, new", "import", ["sea"], ["KR", "CN"], (6, 9), (8000, 16000), ["USD"], 0.008, S),
    ("340399", "PAG compressor oil, 250 ml bottles, retail", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, S),
    ("970191", "Hand-painted icons, new, for tourists", "import", ["express"], ["ET", "GR"], (40, 80), (1, 3), ["USD", "EUR"], 1, S),
    ("680299", "Sandstone garden Buddha statues, new", "import", ["sea"], ["TH", "ID"], (1, 2), (8000, 16000), ["USD"], 0.02, S),
    ("830629", "Bronze belt-buckle replicas, souvenir", "import", ["post"], ["MN", "CN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("950510", "Neapolitan crib figurines, new, hand-made", "export", ["express"], ["US", "CA"], (40, 90), (1, 3), ["EUR"], 2, S),
    ("680291", "Alabaster lamps, new, handicraft", "import", ["sea"], ["EG", "OM"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("442090", "Hand-carved wooden panels, new, Kathmandu workshops", "import", ["post"], ["NP", "IN"], (20, 40), (1, 3), ["USD"], 0.5, S),
    ("711719", "Costume jewellery, gold-plated, retail", "import", ["express"], ["TR", "GE"], (60, 150), (1, 2), ["USD", "EUR"], 20, S),
    ("691390", "Faience souvenir figurines, new", "import", ["post"], ["EG"], (15, 30), (1, 3), ["USD"], 5, S),
    ("490199", "Facsimile editions of illuminated manuscripts", "export", ["post"], ["US", "GB"], (60, 150), (1, 3), ["EUR"], 0.7, S),
    ("852589", "Pet-monitoring cameras, retail", "import", ["express"], ["CN", "HK"], (60, 120), (1, 3), ["USD"], 4, S),
    ("854239", "LED driver ICs, reels", "import", ["express"], ["CN", "TW"], (100, 300), (1, 3), ["USD"], 500, S),
    ("722830", "Hot-work tool steel bars, H13, new", "import", ["sea"], ["CN", "IN"], (1.5, 3), (18000, 24000), ["USD"], None, S),
    ("850110", "RC model servos, hobby, retail", "import", ["express"], ["CN", "HK"], (80, 160), (1, 3), ["USD"], 15, S),
    ("441233", "Plywood, poplar core with birch face, new", "import", ["sea"], ["CN", "VN"], (0.5, 0.8), (20000, 25000), ["USD"], None, S),
    ("280920", "Phosphoric acid 85 %, food grade, IBCs", "import", ["sea"], ["CN", "MA"], (0.8, 1.3), (20000, 25000), ["USD"], None, S),
    ("845090", "Washing-machine spare parts, control boards, retail", "import", ["express"], ["CN", "TR"], (40, 90), (1, 3), ["USD", "EUR"], 2, S),
    ("121190", "Sandalwood chips, plantation-grown, for incense", "import", ["post"], ["AU", "IN"], (30, 60), (1, 3), ["USD"], None, S),
    ("920994", "Guitar fingerboards, roasted maple", "import", ["express"], ["US", "CA"], (40, 80), (1, 3), ["USD"], 5, S),
    ("410692", "Conger eel-skin leather, tanned", "import", ["express"], ["KR"], (60, 120), (1, 3), ["USD"], 10, S),
    ("681099", "Terrazzo washbasins, new", "import", ["sea"], ["VN", "IN"], (1, 2), (6000, 12000), ["USD"], 0.03, S),
    ("440727", "Sapele sawn timber, FSC", "import", ["sea"], ["CM", "CG"], (0.8, 1.2), (20000, 26000), ["EUR"], None, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the fresh produce,
# meat, shrimps, honey, milk powder and feed maize (goods that travel with health or plant-health
# certificates) and five other rows, with 1 row replaced, then EVERYDAY_2032_ADDED and 5 rows of its own.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Ginger, fresh", "Beef, fresh, boneless",
          "Frozen chicken cuts", "Frozen shrimps, vannamei", "Milk powder, whole", "Honey, natural, drums",
          "Walnuts in shell", "Maize, yellow, feed", "Inflatable kayaks", "Gelatin capsules, empty",
          "Framed mirrors", "Tractor tyres, new"],
    replace={
        "Electric scooters, new, with battery": ("950691", "Home exercise bikes", "import", ["sea"], ["CN", "TW"], (3, 6), (5000, 10000), ["USD"], 0.03, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("940171", "Garden chairs, steel frame, upholstered", "import", ["sea"], ["CN", "VN"], (3, 6), (5000, 10000), ["USD"], 0.1, N),
        ("691110", "Porcelain dinner plates, hotel ware", "import", ["sea"], ["CN", "TH"], (1.5, 3), (8000, 16000), ["USD"], 2, N),
        ("732393", "Stainless steel cookware sets", "import", ["sea"], ["IN", "CN"], (4, 7), (5000, 10000), ["USD"], 0.3, N),
        ("610910", "Cotton T-shirts, printed", "import", ["sea"], ["BD", "TR"], (6, 10), (4000, 9000), ["USD", "EUR"], 5, N),
        ("420222", "Canvas tote bags, retail", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind49", 20340501, HERE)


if __name__ == "__main__":
    main()
