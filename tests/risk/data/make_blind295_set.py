#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-fifth blind set (tests/risk/data/blind295-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: libraries, archives, bookbinders and
rare-book dealers (public, university and monastery libraries and their suppliers, record offices,
film and photo archives and paper conservators, hand and trade binderies and their leather, cloth,
foil and glue suppliers, antiquarian booksellers and auction houses).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL295-*:

    python3 tests/risk/data/make_blind295_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITAIR01", "express", "CH", [], "IT", "340290",
         "Soluzione enzimatica per la pulizia di documenti d'archivio ammuffiti, 4 x 1 litro", "CH", 4.5, 4, 160, "CHF",
         "the enzyme washes paper conservators use on mould-stained records are near-neutral, slightly cloudy "
         "liquids of about 1.01 kg/l that smell of yeast; these four litre bottles hold a water-clear liquid of "
         "1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Lugano to a private person in Como who 'restores' family "
         "papers and resells the bottles; Swiss Italian wording (hydrogen peroxide repeats in many sets; a "
         "mould-stained-archive enzyme label was found in no earlier row by a keyword search)",
         person("Giulia Bernasconi", "IT")),
        ("PRE-02", "import", "ESAIR01", "air", "MX", [], "ES", "340510",
         "Aderezo para encuadernaciones de piel antiguas, bálsamo líquido, 1 litro, 36 botellas", "MX", 41, 36, 540, "USD",
         "the leather dressings rare-book dealers rub into old calf bindings are creamy lanolin-and-wax emulsions "
         "or thin oils of 0.9 kg/l that leave a sheen; these 36 litre bottles hold a water-clear, faintly fruity "
         "liquid of 1.14 kg/l that leaves no film and whose drum label under the sticker reads 'nitrometano', for a "
         "Madrid bookbinding-supply web shop that sells the bottles to model-engine hobbyists: nitromethane (Annex I "
         "above 16 %) made available to members of the public, flown from Guadalajara; Mexican Spanish wording "
         "(nitromethane repeats in many sets; a leather-dressing label for bindings was found in no earlier row by "
         "a keyword search)", firm("Taller Encuadernación Orión SL", "ES")),
        ("PRE-03", "import", "GRSEA01", "sea", "TR", [], "GR", "370790",
         "Mikrofilm banyosu yenileyici çözelti (arşiv mikrofilm işleme), 1 litre, 960 şişe", "TR", 1770, 960, 2900,
         "EUR",
         "the replenishers of the microfilm processors record offices still run are mild, amber, alkaline "
         "developers of about 1.05 kg/l; these 960 bottles hold a colourless, oily liquid of 1.84 kg/l that grows "
         "hot with a drop of water and chars the carton where it leaked, for a Thessaloniki archive-supplies "
         "wholesaler whose web shop sells the litre bottles to anyone: about 96 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, by sea from Izmir to Thessaloniki; Turkish wording "
         "(sulphuric acid repeats in many sets; microfilm readers and scanners once, blind246, on waste; a "
         "microfilm-replenisher label was found in no earlier row by a keyword search)",
         firm("Archeio Hellas Analosima AE", "GR")),
        ("PRE-04", "import", "HRROAD01", "road", "RS", [], "HR", "250840",
         "Crveni bolus za zlatorez knjiga (poliment), prah, 1 kg kesa, 300 kesa", "RS", 300, 300, 1350, "EUR",
         "the red bole bookbinders lay under gold on book edges is a soft, greasy, rust-red clay that smears the "
         "fingers and never dissolves; these 300 bags hold a white, crystalline powder that dissolves slowly, "
         "flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Zagreb bookbinding-supply "
         "shop that sells 1 kg bags over the counter: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, in a van at Bajakovo; Serbian Latin wording (potassium perchlorate repeats in many "
         "sets and clay labels on it in a few; a gilding-bole label for book edges was found in no earlier row by a "
         "keyword search)", firm("Knjigoveška Oprema Vega d.o.o.", "HR")),
        ("PRE-05", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "110812",
         "Bugʻdoy kraxmali, kitob tikish uchun yelim tayyorlash, 25 kg qop, 880 qop", "UZ", 22000, 880, 8800, "USD",
         "the wheat starch binderies and paper conservators cook into paste is a soft, squeaky, white powder that "
         "swells in hot water; these 880 sacks hold hard, white prills that turn ice-cold and vanish in water, test "
         "at 34 % N and melt and fume on a hot plate, for a Riga bookbinding-supplies distributor that re-packs them "
         "in 1 kg 'paste powder' tubs sold to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by rail from Tashkent; Uzbek wording (ammonium nitrate repeats in many "
         "sets and wheat starch once, blind259, on another good; a binders'-paste starch label was found in no "
         "earlier row)", firm("Baltic Bookbinding Supplies SIA", "LV")),
        ("PRE-06", "import", "DEPOST01", "post", "KZ", [], "DE", "283650",
         "Карбонат кальция для буферизации архивной бумаги, 4 x 500 г", "KZ", 2.0, 4, 40, "EUR",
         "the calcium-carbonate buffer conservators add to wash baths is a chalky, heavy, white powder that does "
         "not dissolve; these four tubs hold loose, white crystals that dissolve at once, flare on a match with "
         "sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Almaty to a "
         "private person in Kassel; Russian wording from Kazakhstan (sodium chlorate repeats in many sets and "
         "deacidification labels in three rows, blind185, blind209 and blind246; a paper-buffering carbonate label "
         "was found in no earlier row by a keyword search)", person("Andreas Keller", "DE")),
        ("PRE-07", "import", "PLAIR01", "air", "UA", [], "PL", "382499",
         "Розчин фітату кальцію для консервації залізо-галових чорнил, 1 л, 96 пляшок", "UA", 134, 96, 2900, "UAH",
         "the calcium phytate baths conservators use to stop iron-gall ink eating through manuscripts are faintly "
         "cloudy, near-neutral liquids of 1.01 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain "
         "the skin yellow and eat into a copper wire, for a Kraków conservation-supply web shop that sells them to "
         "the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Kyiv; Ukrainian wording (nitric acid repeats in many sets; an iron-gall-ink phytate label was found in no "
         "earlier row by a keyword search)", firm("Konserwacja Papieru Delta Sp. z o.o.", "PL")),
        ("PRE-08", "import", "CZAIR01", "air", "VN", [], "CZ", "283330",
         "Phèn chua (phèn kali) dùng cho vườn rau và bể cá, túi 1 kg, 500 túi", "VN", 500, 500, 1000, "USD",
         "potash alum for gardens and ponds is a colourless, astringent, glassy crystal that melts in its own water "
         "on heating; these 500 bags hold shiny flakes that crackle and spit violet sparks on a hot iron, and the "
         "inner liners give CAS 3811-04-9, for a Prague Vietnamese-market garden-supply stall that sells 1 kg bags: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Hanoi; "
         "Vietnamese wording (potassium chlorate repeats in many sets and alum labels on it in a few; a garden and "
         "pond alum label was found in no earlier row by a keyword search)", firm("Sapa Zahrada s.r.o.", "CZ")),
        ("PRE-09", "import", "NLAIR01", "air", "ID", [], "NL", "391231",
         "Bubuk CMC (karboksimetil selulosa) untuk lem restorasi buku dan arsip, 1 kg, 240 pak", "ID", 240, 240, 720,
         "USD",
         "the CMC powder book restorers stir into repair adhesive is a fluffy, fibrous, off-white powder that "
         "swells into a slimy gel; these 240 packs hold a soft, white, hygroscopic powder that dissolves at once to a "
         "thin liquid, turns damp in the air and burns fiercely with sugar, for a Leiden archive-supplies shop that "
         "sells the packs to the public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Jakarta to Amsterdam; Indonesian wording (sodium perchlorate repeats in many sets and "
         "methylcellulose paste once, blind201, and a carboxymethylcellulose label once, blind218; kept as a repeat of "
         "the label, a book- and archive-repair adhesive from Indonesia is the new part as far as a search found)",
         firm("Horizon Archiefbenodigdheden BV", "NL")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "380894",
         "Dezinficijens za podove i police arhivskih depoa, kanister 10 l, 240 kanistera (1. od 3 pošiljke)", "BA",
         2900, 240, 2400, "EUR",
         "the quaternary-ammonium disinfectants record offices wipe on stack floors and shelving after a mould "
         "outbreak are mild, foaming liquids of about 1.0 kg/l; these 240 cans hold a water-clear liquid of 1.20 kg/l "
         "that does not foam, has vented caps, whitens the skin and fizzes on rust, the first of three vans booked "
         "that week each kept under 3 t, for a Split cleaning-supply wholesaler that sells the cans to the public: "
         "about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Stara "
         "Gradiška; Bosnian wording (hydrogen peroxide repeats in many sets and splits over several vans in a few, "
         "blind264, blind280 and blind288, kept as a repeat; an archive-stack disinfectant label was found in no "
         "earlier row)", firm("Jadran Higijena d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "847290",
         "Gebruikte bibliotheekapparatuur, zelfuitleenautomaten en inleverstations, getest, 140 stuks", "NL", 16800,
         140, 14000, "EUR",
         "tested used self-service kiosks come cleaned, with their screens, a test log and a serial list; these 140 "
         "are RFID self-checkout kiosks, book-return sorters and microfiche reader-printers with CRT heads from a "
         "Dutch library network's refit, screens smashed, UPS batteries still inside and no test record, bought "
         "by a Lagos dismantler by the tonne: waste electrical equipment with CRTs and lead-acid batteries (A1180, "
         "A1010), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos; Dutch "
         "wording (e-waste to Nigeria repeats in many sets; library self-checkout kiosks were found in no earlier "
         "row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "MY", "470790",
         "Altpapier, gemischt, sortiert (Sorte 1.02), Ballen, 24 t", "DE", 24000, None, 1900, "EUR",
         "sorted mixed paper of grade 1.02 is dry, baled paper and board with under 1.5 % non-paper; these bales "
         "from a Stuttgart records-centre clearance hold whole lever-arch files with steel mechanisms, PVC "
         "sleeves, ring binders, CD-ROMs, microfilm reels in plastic spools and mould-soaked boxes from a flooded "
         "basement, a third of the weight not paper: mixed waste (Y46 and plastic waste under the Basel "
         "amendments) whose export to a non-OECD country is banned, from Hamburg to Port Klang; German wording "
         "(contaminated paper bales repeat in several sets; an archive clearance in grade 1.02 bales is the new "
         "part as far as a search found)", {"importer_country": "MY"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "MD", "850440",
         "Gebrauchte USV-Anlagen, funktionsfähig, aus Bankfilialen, 60 Stück", "AT", 9600, 60, 6000, "EUR",
         "used UPS units for resale come with their batteries tested or removed and a function report; these 60 "
         "cabinets from a Vienna bank's branch closures still hold their sealed lead-acid blocks, swollen, leaking "
         "acid into the trays and reading 0 V, about 6 t of batteries, for a Chișinău 'IT reseller' who breaks them "
         "for lead: waste lead-acid batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD country "
         "is banned, on a lorry to Leușeni; Austrian German wording (lead-acid batteries repeat in many sets, kept "
         "as a repeat of the good; UPS cabinets from bank branches to Moldova are the new part as far as a search "
         "found)", {"importer_country": "MD"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "MA", "441829",
         "Portas corta-fogo usadas, em bom estado, de edifício de escritórios, 220 unidades", "PT", 17600, 220, 4400,
         "EUR",
         "used fire doors for re-use are modern steel or solid-timber leaves with their certification plate; these "
         "220 are 1970s doors from a Lisbon office block's strip-out with cracked facings showing grey, fibrous "
         "board cores that shed dust, the plates reading 'amianto': asbestos-containing construction waste "
         "(17 06 05*, A2050), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Casablanca; "
         "Portuguese wording (asbestos in building parts repeats in many sets and fire doors in three, blind59, blind243 "
         "and blind260, kept as a repeat; from Portugal to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "940549",
         "Oprawy oświetleniowe używane, do modernizacji na LED, ze szkół, 1 800 szt.", "PL", 9000, 1800, 3600, "EUR",
         "used luminaires for LED conversion come stripped of tubes and ballasts; these 1,800 fittings from a "
         "Lublin school programme's refit still hold their 1970s magnetic ballasts with tar-filled PCB capacitors, "
         "oily at the seams, and unbroken fluorescent tubes: waste containing PCBs (A1180, 16 02 09*) and mercury "
         "lamps, hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Kovel 'lighting "
         "trader'; Polish wording (PCB capacitors and fluorescent tubes repeat in several sets; school luminaires for "
         "LED conversion were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "SEAIR01", "air", "SE", [], "TH", "370231",
         "Historiska filmrullar, 35 mm, för samlare, 1,2 t", "SE", 1200, None, 2400, "EUR",
         "historic film reels for collectors are a few catalogued, canned prints with titles; these 1.2 t are "
         "cellulose-nitrate negatives and prints weeded from a Stockholm photo and film archive, many decomposing "
         "into brown, sticky, acrid-smelling powder that rusts the cans, sold by weight to a Bangkok silver "
         "recoverer: hazardous, self-igniting waste (Y34-type decomposing nitrocellulose film, 09 01 07* silver "
         "film), whose export to a non-OECD country is banned, flown from Stockholm; Swedish wording (nitrate film "
         "repeats in three sets, blind185, blind216 and blind243, kept as a repeat of the good; by air from Sweden to "
         "Thailand under a collectors' label is the new part as far as a search found)", {"importer_country": "TH"}),
        ("WST-07", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "844331",
         "Rabljeni večfunkcijski fotokopirni stroji iz knjižnic, servisirani, 260 kosov", "SI", 15600, 260, 7800,
         "EUR",
         "serviced used copiers come with a meter reading and a test page; these 260 are the coin-operated copiers "
         "of a Slovenian public-library network, drums cracked, toner hoppers spilling and boards burnt, many "
         "without power units, for a Tuzla buyer who strips them for metal: waste electrical equipment (A1180) whose "
         "export to a non-OECD country is banned, by lorry through Croatia; Slovenian wording (used copiers repeat "
         "in a few sets; library coin-copiers to Bosnia were found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "BY", "391000",
         "Silikonöl, technisch, Hexamethyldisiloxan, Rücknahmeware, 18 IBC", "DE", 16000, 18, 3600, "EUR",
         "technical silicone oil is a clear, odourless, single-phase liquid with a certificate; these 18 IBCs hold a "
         "grey, turbid solvent with white magnesium sludge and paper fibre at the bottom, drained from the mass "
         "deacidification plant of a Leipzig book-conservation firm: spent organic solvents (14 06 03*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Kukuryki for a Brest 'silicone "
         "trader'; German wording (spent solvents repeat in many sets and deacidification labels in three rows as "
         "precursors or ozone goods; a mass-deacidification plant's spent carrier was found in no earlier row)",
         {"importer_country": "BY"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "AL", "350691",
         "Colla poliuretanica reattiva (PUR) per legatoria, seconda scelta, 120 fusti", "IT", 24000, 120, 2400, "EUR",
         "second-grade PUR binding adhesive comes in sealed, dated drums that are still fusible; these 120 drums "
         "hold hardened, foamed slugs of cured and half-cured PUR, purge waste and isocyanate-wet rags scraped out of "
         "the glue tanks of a Bergamo trade bindery's perfect-binding lines: waste adhesives containing dangerous "
         "substances (08 04 09*), hazardous waste whose export to a non-OECD country is banned, from Ancona to "
         "Durrës; Italian wording (adhesive waste repeats in a few sets and hot-melt glue once, blind201; PUR "
         "binding adhesive from a bindery was found in no earlier row by a keyword search)",
         {"importer_country": "AL"}),
        ("WST-10", "transit", "BESEA01", "sea", "GB", ["BE"], "GH", "490199",
         "Donated library books for schools, used, sorted, 1 x 40 ft container", "GB", 18000, None, 900, "GBP",
         "donated school books travel sorted, boxed and dry; this container landed at Antwerp in transit from "
         "Felixstowe to Tema holds a few hundred boxes of library withdrawals in front, and behind them wet, pulped "
         "books, black bags of household rubbish and broken shelving from a council clearance: mixed municipal "
         "waste (20 03 01, Y46), whose shipment to a non-OECD country is banned and which in transit through the "
         "Union needs Basel notification; British English wording (book donations once or twice as covers; library "
         "withdrawals in transit through Antwerp are the new part as far as a search found)",
         {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "KR", [], "DE", "842410",
         "아카이브 보존서고용 불활성가스 소화설비 (IG-541), 80리터 실린더, 40본", "KR", 4800, 40, 36000, "USD",
         "IG-541 inert-gas cylinders for archive strongrooms are tall, 80 l bottles at 200-300 bar holding "
         "nitrogen, argon and carbon dioxide that read lighter than their tare; these 40 read 42 bar, are half "
         "full of a dense liquid and are stamped '1301' on the shoulders under the green paint: halon 1301 "
         "(bromotrifluoromethane) in fire-protection products whose import into the Union is banned, by sea from "
         "Busan to Hamburg for a Berlin archive-building contractor; Korean wording (halon 1301 repeats in many sets "
         "and inert-gas labels in a few; an archive-strongroom IG-541 label was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Archivbau GmbH", "DE")),
        ("OZN-02", "import", "FRAIR01", "air", "IN", [], "FR", "380891",
         "पुस्तकालयों के लिए पुस्तक-कीट धूमन कारतूस (फॉस्फीन-मुक्त), 500 ग्राम, 400 नग", "IN", 200, 400, 1600, "USD",
         "the fumigants sold against book lice and furniture beetles in stacks are low-pressure sulfuryl-fluoride "
         "or pyrethroid smoke products in a data-sheeted case; these 400 steel cartridges are heavy, cold and "
         "pressurised, a drop from a valve boils off with a faint, sweet smell and the crate holds tin-lined dosing "
         "hoses: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), flown "
         "from Delhi to Lyon for a library-pest-control firm; Hindi wording (methyl bromide repeats in many sets "
         "and fumigation labels in dozens, kept as a repeat; a book-louse library fumigant label was found in no "
         "earlier row by a keyword search)", firm("Rivage Désinsectisation SARL", "FR")),
        ("OZN-03", "import", "CYAIR01", "air", "EG", [], "CY", "381400",
         "مذيب لإزالة الشمع وقطرات الشموع من المخطوطات والكتب القديمة، 1 لتر، 48 زجاجة", "EG", 76, 48, 360, "USD",
         "the solvents conservators use to lift candle wax from old books are white spirit or naphtha blends of "
         "0.78 kg/l that burn; these 48 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Cairo to Larnaca for a Nicosia book-restoration workshop; Egyptian Arabic wording (carbon tetrachloride "
         "repeats in many sets and a candle-wax-remover label once, for church floors and altar linens; kept as a "
         "repeat of the label, for manuscripts from Egypt to Cyprus is the new part as far as a search found)",
         firm("Meridian Book Restoration Ltd", "CY")),
        ("OZN-04", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "图书档案非水脱酸喷雾溶剂 (载液), 1升, 120瓶", "CN", 188, 120, 900, "USD",
         "the carriers of non-aqueous deacidification sprays are light siloxane or alcohol solvents of 0.76-0.79 "
         "kg/l that smell faintly and burn; these 120 bottles weigh 1.57 kg/l, do not burn, sink under water in a "
         "test tube, smell faintly of chloroform and the filler's drum heads are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Shanghai to Prague for a "
         "library-conservation supplier; Chinese wording (CFC-113 repeats in many sets and deacidification labels "
         "in three rows; a deacidification-spray carrier on CFC-113 was found in no earlier row by a keyword search)",
         firm("Orion Konzervace Knih s.r.o.", "CZ")),
        ("OZN-05", "import", "BGSEA01", "sea", "TH", [], "BG", "381400",
         "น้ำยาเจือจางกาวสำหรับผ้าหุ้มปกหนังสือ, 20 ลิตร, 60 ถัง", "TH", 1476, 60, 2400, "USD",
         "the thinners bookcloth coaters and binderies use for their glue are ethyl-acetate or acetone blends of "
         "0.85-0.90 kg/l that burn; these 60 cans weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like "
         "smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, by "
         "sea from Laem Chabang to Varna for a Plovdiv bindery; Thai wording (HCFC-141b under solvent labels "
         "repeats in many sets; a bookcloth-glue thinner label was found in no earlier row by a keyword search)",
         firm("Vega Knigovezane EOOD", "BG")),
        ("OZN-06", "import", "NLAIR01", "air", "IN", [], "NL", "381400",
         "હોટ ફોઇલ સ્ટેમ્પિંગ પ્રેસ માટે ટાઇપ અને ડાઇ ક્લીનર, 1 લિટર, 72 બોટલ", "IN", 95, 72, 430, "USD",
         "the cleaners binderies wipe on brass type and hot-foil dies are isopropanol or citrus blends that burn; "
         "these 72 bottles weigh 1.32 kg/l, do not burn, smell sweet and faintly of chloroform, and the filler's "
         "drum labels read '1,1,1-TCE': methyl chloroform (1,1,1-trichloroethane), whose import into the Union is "
         "banned, flown from Ahmedabad to Amsterdam for a Haarlem hand bindery's supplier; Gujarati wording (methyl "
         "chloroform repeats in several sets; a foil-stamping die-cleaner label was found in no earlier row by a "
         "keyword search)", firm("Atlantic Boekbindersbenodigdheden BV", "NL")),
        ("OZN-07", "import", "ROROAD01", "road", "MD", [], "RO", "841582",
         "Unități de climatizare folosite, pentru hoteluri, agent R-407C, 36 buc.", "MD", 4300, 36, 7200, "EUR",
         "used hotel air-conditioning units on R-407C carry a 2000s data plate and a leak-test record; these 36 "
         "units from a Chișinău hotel's refit carry 1990s plates reading 'R22', hold their charge and a leak "
         "detector names HCFC-22: equipment containing chlorodifluoromethane, whose import into the Union is banned, "
         "in a van at Albița for a Iași installer; Romanian wording from Moldova (HCFC-22 under HFC labels repeats in "
         "many sets, kept as a repeat; used hotel units from Moldova are the new part as far as a search found)",
         firm("Delta Climatizare SRL", "RO")),
        ("OZN-08", "import", "ITSEA01", "sea", "TW", [], "IT", "940389",
         "圖書館書車, 鋼木結構, 三層, 120台", "TW", 3600, 120, 9600, "USD",
         "a library-furniture container for a Bologna library supplier: book trolleys and reading lamps are what "
         "the Taichung maker sends, but the third item's 'clean-agent extinguishers' are 240 small red cans that "
         "hiss, spray a liquid that vanishes into a sweet gas and whose collars read 'BCF' under the new labels: "
         "halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union "
         "is banned, hidden as the last item of a three-item declaration, by sea from Kaohsiung to La Spezia; "
         "Chinese wording from Taiwan (halon 1211 repeats in many sets, kept as a repeat; behind library book "
         "trolleys is the new part as far as a search found)",
         dict(firm("Horizon Arredi Biblioteca Srl", "IT"),
              _more_items=[item("940521", "閱覽檯燈, LED, 600台", "TW", 900, 7200, "USD", qty=600),
                           item("842410", "潔淨藥劑滅火器, 2 kg, 240支", "TW", 600, 1900, "USD", qty=240)])),
        ("OZN-09", "export", "FISEA01", "sea", "FI", [], "TN", "841850",
         "Käytetyt pakastekaapit ja arkut, myymäläkäyttöön, 70 kpl", "FI", 8400, 70, 5600, "EUR",
         "used shop freezers that may be exported run on R-290 or R-404A with a modern plate; these 70 chest and "
         "upright freezers from a Finnish supermarket chain's back stores are 1980s units whose plates read 'R502' "
         "and 'R12', their compressors charged and their cabinets foamed with CFC-11: equipment relying on and "
         "containing CFCs, whose export from the Union is banned (Regulation 2024/590), from Helsinki to Rades; "
         "Finnish wording (CFC equipment for export repeats in many sets, kept as a repeat; from Finland to Tunisia "
         "is the new part as far as a search found)", {"importer_country": "TN"}),
        ("OZN-10", "transit", "PLSEA01", "sea", "BD", ["PL"], "UA", "381400",
         "মাইক্রোফিল্ম ও স্ক্যানার কাচের জন্য অ্যান্টিস্ট্যাটিক ক্লিনার, ১ লিটার, ৬০০ বোতল", "BD", 1190, 600, 2400, "USD",
         "the antistatic cleaners archives use on microfilm and scanner glass are alcohol blends of 0.8 kg/l that "
         "burn and leave a faint film; these 600 bottles weigh 1.99 kg/l, do not burn, sink under water and the "
         "filler's inner labels read 'CH2BrCl': bromochloromethane, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Gdańsk in transit from Chittagong to a Lviv 'archive-supplies' "
         "trader; Bengali wording (bromochloromethane repeats in many sets; a microfilm antistatic-cleaner label on "
         "a transit through Gdańsk was found in no earlier row)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITAIR01", "air", "ET", [], "IT", "490191",
         "ዘመናዊ የብራና የጸሎት መጽሐፍ (ቅጂ)፣ ለቱሪስት መታሰቢያ፣ 6 ቁጥር", "ET", 9, 6, 180, "USD",
         "the parchment prayer books sold to tourists in Addis Ababa are new, thin, bright-painted copies on "
         "fresh white skin; these six are thick, smoke-darkened Gəʿəz manuscripts on goatskin with wooden boards, "
         "worn leather chemises, church ownership notes and 17th-18th century miniatures: Ethiopian Orthodox "
         "church manuscripts whose export Ethiopia forbids without a permit, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Addis Ababa to Rome for a Trastevere rare-book dealer; "
         "Amharic wording (Ethiopian manuscripts repeat in several sets, kept as a repeat of the good; a tourist "
         "parchment-prayer-book label to a Rome dealer is the new part as far as a search found)",
         firm("Libreria Antiquaria Meridiana Srl", "IT")),
        ("CUL-02", "export", "ITAIR01", "air", "IT", [], "US", "490199",
         "Facsimile anastatico di incunabolo, rilegatura in pergamena, 1 volume", "IT", 3, 1, 250, "EUR",
         "an anastatic facsimile is a new, evenly printed book on modern paper; this volume has hand-set Gothic "
         "type bitten into rag paper, rubricated initials in red and blue, contemporary marginalia, wormholes "
         "through the limp vellum and a Venetian colophon of 1478: an incunable, which needs the EU export licence "
         "(Regulation 116/2009) and an Italian export certificate whatever its value, exported without them, flown "
         "from Milan to a New York book dealer; Italian wording (incunabula repeat in several sets under facsimile "
         "labels, kept as a repeat; an anastatic-facsimile label by air to New York is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "ESAIR01", "express", "MX", [], "ES", "482390",
         "Papeles viejos para manualidades y scrapbooking, lote, 3 kg", "MX", 3, None, 60, "USD",
         "scrapbooking papers are new, printed, tea-stained sheets; these 3 kg are folded notarial and parish "
         "records of the 17th-18th centuries on stamped 'papel sellado' with signatures, seals and archive shelf "
         "numbers, cut out of a municipal archive in Puebla: Mexican archival documents, national monuments whose "
         "export Mexico forbids, brought in without the import licence Regulation 2019/880 requires, sent by "
         "express from Puebla to a Seville dealer in autographs; Mexican Spanish wording (colonial documents "
         "repeat in a few sets and scrapbooking labels in four, blind88, blind128, blind145 and blind230; kept as a "
         "repeat of the label, notarial records from Puebla by express to Seville are the new part)",
         person("Sr. Manuel Ortega", "ES")),
        ("CUL-04", "import", "FRAIR01", "air", "MA", [], "FR", "420292",
         "Reliures modernes en cuir, artisanat de Fès, 12 pièces", "ML", 8, 12, 240, "EUR",
         "modern Fez leather bindings are new, bright goatskin folders with machine-tooled gold; these twelve are "
         "flap bindings of cracked, dark leather wrapped round loose quires of Arabic and Ajami manuscripts with "
         "astronomical tables, ownership seals of Timbuktu families and worm-eaten edges: Timbuktu manuscripts "
         "removed from Mali, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Marrakech to Paris for an Orientalist rare-book dealer; Moroccan French wording (Timbuktu manuscripts "
         "repeat in many sets, some under leather-binding labels, kept as a repeat; a modern Fez craft-binding label "
         "flown from Marrakech is the new part as far as a search found)",
         firm("Librairie Orientaliste Alpina SARL", "FR")),
        ("CUL-05", "import", "DEAIR01", "air", "PK", [], "DE", "442090",
         "کشمیری پیپر ماشے کے ڈبے، نئے، دستکاری، 20 عدد", "PK", 6, 20, 200, "USD",
         "new Kashmiri papier-mâché boxes are bright, glossy, evenly painted; these twenty are lacquered "
         "book-covers and pen boxes from Mughal and Sikh manuscripts, flaking, crazed varnish over floral "
         "painting, with stitching holes and Persian verses inside the flaps: 18th-19th century bookbindings removed "
         "from a library against Pakistan's Antiquities Act, brought in without an import licence (Regulation "
         "2019/880), flown from Lahore to a Munich rare-book dealer; Urdu wording (Mughal manuscripts repeat in a few "
         "sets and papier-mâché labels in many, kept as a repeat of the label; lacquer book-covers under it are the "
         "new part as far as a search found)",
         firm("Antiquariat Orion GmbH", "DE")),
        ("CUL-06", "import", "DEROAD01", "road", "GE", ["TR", "BG", "RO", "HU", "AT"], "DE", "490199",
         "მეორადი წიგნები, საბჭოთა გამოცემები, რუსულ და ქართულ ენებზე, 1 200 ცალი", "GE", 960, 1200, 1200, "EUR",
         "a used-book lorry from a Tbilisi bookseller for a Berlin antiquarian: Soviet editions and old maps are "
         "what the Dry Bridge market stalls sell, but the third item's 'ძველი ლოცვანი, ბეჭდური' is a Georgian "
         "Gospel book in nuskhuri script on parchment in a repoussé silver-gilt cover with saints, with a 14th-"
         "century colophon, missing from a Svaneti church treasury: a church manuscript whose export Georgia forbids, "
         "brought in without an import licence (Regulation 2019/880), hidden as the last item of a three-item "
         "declaration; Georgian wording (Georgian prayer books once, blind201, as a new edition; a Svan Gospel behind "
         "Soviet used books is the new part as far as a search found)",
         dict(firm("Vega Antiquariat Berlin GmbH", "DE"),
              _more_items=[item("490590", "ძველი რუკები, ბეჭდური, 300 ცალი", "GE", 40, 600, "EUR", qty=300),
                           item("490199", "ძველი ლოცვანი, ბეჭდური, 1 ცალი", "GE", 6, 40, "EUR", qty=1)])),
        ("CUL-07", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "490199",
         "Antikvární knihy, smíšené, staré tisky, 4 krabice", "CZ", 80, 160, 3200, "CZK",
         "mixed antiquarian books are 19th-20th century cloth editions at a few euros each; these four boxes hold "
         "160 leather- and pigskin-bound 16th-17th century prints with blind-stamped panels, chained-library "
         "staple marks, a Premonstratensian monastery's ex-libris and shelf marks scraped out, and three "
         "manuscript antiphonaries: books over 100 years old in a collection worth far over the thresholds and "
         "manuscripts, which need the EU export licence (Regulation 116/2009) and the Czech permit, exported "
         "without them by van to a Basel auction house; Czech wording (monastery books repeat in a few sets; an "
         "antiquarian-box label to Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-08", "transit", "ITAIR01", "air", "LB", ["IT"], "US", "490199",
         "كتب دينية مستعملة، مطبوعة، سريانية وعربية، 14 كتاباً", "SY", 18, 14, 140, "USD",
         "used printed prayer books are machine-set, on wood-pulp paper, in cloth; these fourteen are handwritten "
         "Syriac and Garshuni codices on paper and vellum, with wooden boards, church colophons from the Khabur and "
         "Tur Abdin, burn marks and fresh water stains: manuscripts looted from Syrian churches, whose export Syria "
         "forbids, landed at Milan Malpensa in transit from Beirut to a Detroit dealer, against the Syria "
         "regulation's ban on trade in Syrian cultural goods and Regulation 2019/880, which covers transit; "
         "Lebanese Arabic wording (Syriac manuscripts repeat in several sets, kept as a repeat; a transit through "
         "Milan is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "NLAIR01", "express", "MM", [], "NL", "482090",
         "ထန်းရွက်ပုံစံ စာအုပ်မှတ်ကျောက်များ၊ လက်မှုပစ္စည်း၊ အသစ်၊ ၄၀ ခု", "MM", 1.8, 40, 60, "USD",
         "new palm-leaf bookmarks are short, bright, freshly incised strips with a tassel; these 40 are long, "
         "brittle, dark leaves in bundles with gilt and red-lacquered edges, strung on cords, incised in Burmese "
         "and Pali script with monastery colophons of the 18th-19th century: Buddhist palm-leaf manuscripts removed "
         "from a Sagaing monastery library, whose export Myanmar forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Yangon to a private collector in Utrecht; Burmese wording "
         "(palm-leaf manuscripts repeat in several sets, kept as a repeat of the good; a bookmark label in Burmese "
         "is the new part as far as a search found)", person("J. de Vries", "NL")),
        ("CUL-10", "import", "ATAIR01", "air", "CN", [], "AT", "490199",
         "线装古籍影印本, 宣纸, 新印, 30册", "CN", 12, 30, 300, "CNY",
         "photographic reprints of thread-bound classics are new, even, machine-printed on bright paper; these 30 "
         "volumes are woodblock prints on soft, browned bamboo paper with worm tracks, Qing reign-mark prefaces and "
         "red collectors' seals of a Jiangnan private library: Qing rare books (before 1911), whose export China "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Beijing to Vienna "
         "for a rare-book dealer; Chinese wording (Chinese rare books repeat once or twice; a reprint label on Qing "
         "woodblock editions was found in no earlier row by a keyword search)", firm("Antiquariat Meridian Wien GmbH", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "AM", "490199",
         "Livres d'occasion, éditions courantes, lot de 40 volumes", "FR", 60, 40, 400, "EUR",
         "a lot of used books is modern cloth and paperback editions at a few euros each; these 40 volumes are "
         "first editions and 18th-century fine bindings, a Diderot Encyclopédie set among them, worth some 180,000 "
         "EUR on a Paris dealer's invoice, for a Yerevan 'bookshop' whose parcels go on to a Moscow collector: "
         "antiques and collectors' items over 750 EUR (Annex XVIII luxury goods) whose sale for use in Russia "
         "Regulation 833/2014 forbids, flown from Paris; French wording (luxury goods through Armenia repeat in "
         "several sets; rare books under a used-books label to Yerevan were found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KG", "844010",
         "Ersatzteile für Buchbindemaschinen, gebraucht, 1 Posten", "DE", 3200, None, 9000, "EUR",
         "used spare parts for binding machines are crates of knives, grippers and bearings; this lot is a whole "
         "dismantled perfect binder and three-knife trimmer with their control cabinets, at 450,000 EUR new, for a "
         "Bishkek 'printing house' whose freight forwarder's address is a St Petersburg book printer: bookbinding "
         "machinery (8440) whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Leipzig; German wording (binding-machine spare parts once, blind201, kept as a repeat of "
         "the label; a whole binder to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-03", "import", "PLRAIL01", "rail", "KZ", [], "PL", "441231",
         "Sklejka brzozowa, 18 mm, meblowa, pochodzenie Kazachstan, 4 wagony", "KZ", 220000, None, 132000, "USD",
         "Kazakh plywood would be poplar or imported birch with a small mill's papers; these four wagons of "
         "high-grade Baltic birch plywood carry Russian mill stamps under the new labels, and the Kazakh "
         "certificate of origin was issued in Petropavl a week after the wagons left a Kostroma mill: Russian birch "
         "plywood, whose import into the Union Regulation 833/2014 forbids, at Małaszewicze for a Poznań furniture "
         "maker; Polish wording (Russian wood under third-country origin repeats in several sets, kept as a repeat; "
         "by rail with a Kazakh certificate is the new part as far as a search found)",
         firm("Meridian Meble Sp. z o.o.", "PL")),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "841940",
         "Gefriertrocknungskammer für wassergeschädigte Archivalien und Bücher, gebraucht, 1 Stück", "AT", 4800, 1,
         38000, "EUR",
         "archive freeze-dryers for flooded records are vacuum chambers that take a few hundred kilos of frozen "
         "books a week; this 4.8 t unit is a steam-sterilisable pharmaceutical freeze dryer with a 60 kg-per-day "
         "ice condenser and clean-in-place piping, for an Istanbul 'archive-rescue' firm whose orders go on to "
         "Tehran: freeze-drying equipment controlled under dual-use 2B352 and listed in the Iran regulation, exported "
         "without a licence, on a lorry from Vienna; Austrian German wording (freeze dryers repeat in many sets, kept "
         "as a repeat of the good, and a freeze-drying chamber for archives once, blind246, as ozone equipment; an "
         "archive-rescue label by road to Istanbul is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "HK", "852589",
         "Digitaliseringscamera voor handschriften, multispectraal, 1 stuk", "NL", 40, 1, 9000, "EUR",
         "manuscript digitisation cameras are high-resolution visible-light backs on a copy stand; this one carries "
         "a cooled InGaAs short-wave infrared focal-plane array and an uncooled thermal core behind the filter "
         "wheel, worth 160,000 EUR, for a Hong Kong 'library imaging' firm whose address belongs to a Shenzhen "
         "missile-seeker maker: focal-plane arrays controlled under dual-use 6A002 and 6A003, exported without the "
         "licence Regulation 2021/821 requires, flown from Amsterdam; Dutch wording (thermal cores repeat in many "
         "sets; a multispectral manuscript camera was found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("STR-06", "import", "ITAIR01", "air", "AM", [], "IT", "710813",
         "Ոսկու թերթ գրքերի եզրերի ոսկեզօծման համար, 23,75 կարատ, 200 գիրք", "AM", 0.4, 200, 12000, "EUR",
         "gold leaf for gilding book edges comes in small booklets from European beaters with an assay note; "
         "these 200 booklets of 25 leaves carry the marks of a Krasnoyarsk beater under the new cover and an "
         "Armenian certificate of origin from a firm with no beating shop: Russian gold (7108), whose import into "
         "the Union Regulation 833/2014 forbids, flown from Yerevan to Florence for a bookbinders' gilding supplier; "
         "Armenian wording (gold leaf repeats in many sets and Russian gold through third countries in several; "
         "book-edge gilding leaf from Armenia is the new part as far as a search found)",
         firm("Doratura Libraria Orion Srl", "IT")),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "KG", "847150",
         "Kasutatud kontoriarvutid, lauaarvutid, 300 tk", "EE", 2700, 300, 9000, "EUR",
         "used office desktops are small, dusty towers at 30 EUR; these 300 are new rack servers with dual "
         "processors and GPU accelerator cards in sealed boxes, worth over 2 million EUR, for a Bishkek 'IT "
         "reseller' set up in March whose freight goes on to Novosibirsk: computers (8471) on the common "
         "high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Tallinn; Estonian wording (servers repeat in several sets; a used-office-desktop "
         "label to Kyrgyzstan is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Houtbeschermingsmiddel voor houtwerk, poeder, 40 vaten van 25 kg", "BE", 1000, 40, 1800, "EUR",
         "wood-preservative powders for joinery are boron or copper blends with a data sheet; these 40 drums hold "
         "dry, white sodium fluoride, 98 %, with the maker's CAS 7681-49-4, for a Beirut 'timber treater' with no "
         "plant whose buyer is in Damascus: sodium fluoride (dual-use 1C350, a chemical-weapons precursor) exported "
         "without the licence Regulation 2021/821 requires, from Antwerp; Flemish wording (fluorides repeat in "
         "several sets; a wood-preservative label on sodium fluoride for Lebanon was found in no earlier row by a "
         "keyword search)", {"importer_country": "LB"}),
        ("STR-09", "export", "SKROAD01", "road", "SK", ["PL", "BY", "RU"], "KZ", "844010",
         "Knihárske lisy a drážkovačky, nové, 12 ks", "SK", 3600, 12, 24000, "EUR",
         "a bindery-equipment lorry for an Almaty print finisher: book presses and creasers are what the Slovak "
         "maker builds, but the third item's 'vákuové čerpadlá k lisom' are 24 dry multi-stage screw vacuum pumps "
         "with all wetted parts in nickel alloy, which no book press needs, for a buyer whose forwarder serves "
         "Russian chemical plants: vacuum pumps controlled under dual-use 2B350 and on the Russia lists of "
         "Regulation 833/2014, hidden as the last item of a three-item declaration, by road from Košice; Slovak "
         "wording (vacuum pumps repeat in a few sets; behind bookbinding presses is the new part as far as a search "
         "found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("844010", "Ručné zlatiace lisy, 20 ks", "SK", 600, 8000, "EUR", qty=20),
                           item("841410", "Vákuové čerpadlá k lisom, 24 ks", "SK", 2400, 6000, "EUR", qty=24)])),
        ("STR-10", "export", "FIAIR01", "air", "FI", [], "UZ", "540752",
         "Purjekangas, polyesteri, harmaa, 2 000 m", "FI", 900, 2000, 6000, "EUR",
         "polyester sailcloth is a light, white, calendered fabric at a few euros a metre; these rolls are yellow, "
         "para-aramid woven fabric of high-modulus yarn that no blade cuts cleanly, worth ten times the declared "
         "value, for a Tashkent 'sail loft' whose forwarder delivers to a Russian drone and body-armour maker: "
         "aramid fabric controlled under dual-use 1C010 and on the Russia lists of Regulation 833/2014, exported "
         "without a licence and for re-export, flown from Helsinki; Finnish wording (aramid repeats in several sets "
         "and a sailcloth cover once, blind70, on carbon prepreg; kept as a repeat of the label, aramid to Uzbekistan "
         "is the new part as far as a search found)",
         {"importer_country": "UZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "PE", [], "ES", "411320",
         "Cuero de cerdo curtido al vegetal, para encuadernación, 200 pieles", "PE", 160, 200, 3000, "USD",
         "vegetable-tanned pigskin for bookbinding shows its pores in even triangles of three and has a smooth, "
         "pale grain; these 200 small skins have coarse, bristle-hole triplets in lines, a tough, spongy feel and "
         "the brand of an Iquitos tannery: collared and white-lipped peccary leather (Pecari tajacu, Tayassu pecari, "
         "CITES App. II) without the Peruvian export permit, flown from Lima to Madrid for a hand bindery's leather "
         "supplier; Peruvian Spanish wording (peccary leather repeats in a few sets, kept as a repeat of the good; a "
         "bookbinding-pigskin label was found in no earlier row by a keyword search)",
         firm("Pieles Encuadernación Rivage SL", "ES")),
        ("WLF-02", "import", "BEAIR01", "express", "NG", [], "BE", "960190",
         "Camel bone letter openers and paper knives, handmade, 24 pcs", "NG", 2.2, 24, 90, "USD",
         "camel-bone paper knives are white, porous and show dark specks of blood vessels in lines; these 24 show "
         "the crossing engine-turned lines of elephant ivory on the cut ends, have a creamy, dense, waxy polish and "
         "no pores: elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, sent by express from "
         "Lagos to a rare-book dealer in Ghent who sells them with fine bindings; Nigerian English wording (ivory "
         "under bone labels repeats in many sets, kept as a repeat; paper knives for a book dealer are the new part "
         "as far as a search found)", firm("Librairie Ancienne Orion SRL", "BE")),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "442090",
         "Serre-livres en bois de palissandre teinté, artisanat, 60 paires", "MG", 120, 60, 900, "USD",
         "stained rosewood bookends from craft stalls are light palisander, pale where sawn; these 60 pairs are jet-"
         "black right through, fine-grained, heavy enough to sink and cold to the touch: Malagasy ebony (Diospyros "
         "spp., CITES App. II, under a zero export quota) without CITES documents, flown from Antananarivo to Paris "
         "for a Left Bank rare-book shop; Malagasy French wording (Malagasy ebony repeats in several sets and bookend "
         "labels in four, blind55, blind96, blind97 and blind112, kept as a repeat; for a Paris rare-book shop is the "
         "new part as far as a search found)", firm("Librairie du Quai Vega SARL", "FR")),
        ("WLF-04", "import", "ESAIR01", "express", "CU", [], "ES", "392690",
         "Marcapáginas artesanales de acetato imitación carey, 50 unidades", "CU", 0.8, 50, 75, "EUR",
         "imitation-tortoiseshell bookmarks are thin, even, plastic strips that smell of vinegar under a hot "
         "needle; these 50 are hand-cut, translucent amber-and-brown plates of uneven thickness that smell of burnt "
         "hair and show growth layers at the edges: hawksbill shell (carey, Eretmochelys imbricata, CITES App. I) "
         "without CITES documents, sent by express from Havana to a private collector of bookbinding tools in "
         "Barcelona; Cuban Spanish wording (hawksbill repeats in many sets and imitation-tortoiseshell labels on it "
         "in several, paper knives once, blind201; bookmarks are the new part as far as a search found)",
         person("Sra. Montserrat Puig", "ES")),
        ("WLF-05", "import", "DEAIR01", "air", "AZ", [], "DE", "350300",
         "Balıq yapışqanı (sazan balığı), restavrasiya üçün, quru vərəqlər, 12 kq", "AZ", 12, None, 1800, "EUR",
         "carp glue is a yellowish, cloudy, brittle sheet that smells of fish; these 12 kg are thin, translucent, "
         "folded membranes of sturgeon swim bladders, the 'Russian isinglass' conservators use for parchment and "
         "flaking paint, at ten times the price of carp glue: sturgeon isinglass (Acipenseriformes, CITES App. II) "
         "without CITES documents, flown from Baku to Hamburg for a book- and paper-conservation supplier; "
         "Azerbaijani wording (sturgeon products repeat in many sets as caviar and isinglass in four, blind66, blind165, "
         "blind203 and blind229, kept as a repeat of the good; a carp-glue label from Azerbaijan is the new part as "
         "far as a search found)", firm("Restauro Bedarf Nordhafen GmbH", "DE")),
        ("WLF-06", "import", "PTAIR01", "air", "TH", [], "PT", "411390",
         "หนังปลากระเบนขัดเงา (ชากรีน) สำหรับเข้าปกหนังสือ, 400 แผ่น", "TH", 40, 400, 4000, "USD",
         "stingray shagreen for book covers shows a dense field of small, round, pearly beads with a larger "
         "'eye' down the middle; these 400 skins show a long, narrow row of large thorns down the back and shark-"
         "like denticles at the edges, tanned from wedgefish and giant guitarfish: Rhinidae and Glaucostegidae "
         "(CITES App. II) without CITES documents, flown from Bangkok to Lisbon for a Porto fine bindery; Thai "
         "wording (wedgefish repeats in many sets and shagreen twice, blind155 and blind278, kept as a repeat; skins "
         "for book covers to a Porto bindery are the new part as far as a search found)", firm("Encadernação Atlântica Lda", "PT")),
        ("WLF-07", "import", "CZAIR01", "express", "MN", [], "CZ", "050510",
         "Шувууны өд, загасчлалын уяа хийхэд, 2 кг", "MN", 2, None, 120, "USD",
         "fly-tying feathers are dyed cock hackles and goose biots in bags; these 2 kg are long, brown, "
         "white-based flight and tail feathers of steppe eagle, saker falcon and cinereous vulture, undyed, with "
         "shot holes in some: birds of prey feathers (Falconiformes and Accipitridae, CITES App. II, saker and "
         "steppe eagle of Annex A) without CITES documents, sent by express from Ulaanbaatar to a private fly "
         "tier in Brno; Mongolian Cyrillic wording (raptor feathers repeat in a few sets; a fly-tying label from "
         "Mongolia is the new part as far as a search found)", person("Tomáš Dvořák", "CZ")),
        ("WLF-08", "import", "GRSEA01", "sea", "IN", [], "GR", "440839",
         "పడౌక్ కలప పొరలు (వెనీర్), ఫర్నిచర్ కోసం, 1 కంటైనర్", "IN", 14000, None, 9800, "USD",
         "padauk veneer is orange-red when cut and fades to brown with a coarse, open grain; these veneers are "
         "deep blood-red, with wavy, fine grain, a violet fluorescence in a water extract and very heavy flitches: "
         "red sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, by sea from Chennai to "
         "Piraeus for a furniture maker; Telugu wording (red sanders repeats in several sets, kept as a repeat of the "
         "good; a padauk-veneer label in Telugu is the new part as far as a search found)",
         firm("Delta Epiplo AE", "GR")),
        ("WLF-09", "transit", "PTAIR01", "air", "ZW", ["PT"], "US", "410719",
         "Buffalo leather, vegetable tanned, for book covers, 30 hides", "ZW", 300, 30, 2400, "USD",
         "buffalo leather for book covers is thick, with a coarse, even pebble and scattered hair follicles; these "
         "30 hides are 4 mm thick with a deep, cracked, wrinkled grain, almost no hair holes and ear and trunk "
         "shapes at the edges: African elephant leather (Loxodonta africana, CITES App. II for Zimbabwe only with "
         "export permits) without a Zimbabwean export permit, which specimens in transit through the Union must "
         "carry, landed at Lisbon in transit from Harare to a Texas bookbinding-leather dealer; Zimbabwean English "
         "wording (elephant leather repeats in a few sets; a book-cover buffalo label through Lisbon is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("WLF-10", "import", "NLAIR01", "air", "TZ", [], "NL", "442199",
         "Makonde book stands, carved, 300 pcs", "TZ", 300, 300, 1500, "USD",
         "a Dar es Salaam craft air shipment for an Amsterdam bookshop: carved book stands and banana-fibre "
         "bookmarks are what the Mwenge carvers send, but the third item's 'vifuniko vya daftari vya ngozi ya "
         "ng'ombe iliyochapishwa' are 80 notebook covers of real leopard skin with rosettes of hair, not printed "
         "cowhide: leopard (Panthera pardus, CITES App. I) skin products without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Dar es Salaam; Swahili wording (leopard skins repeat in "
         "several sets and printed-cowhide labels on them in a few; notebook covers behind book stands are the new "
         "part as far as a search found)",
         dict(firm("Boekhandel Horizon BV", "NL"),
              _more_items=[item("482090", "Alamisho za nyuzi za ndizi, 2,000", "TZ", 20, 400, "USD", qty=2000),
                           item("420500", "Vifuniko vya daftari vya ngozi ya ng'ombe iliyochapishwa, 80", "TZ", 12, 240,
                                "USD", qty=80)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "air", "CH", "IT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (paper conservation)", "CH", 2.3, 2, 40, "CHF",
     [("PRECURSOR_LICENCE", "IT-MI-75-0061")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "air", "UA", "PL", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (amateur metal etching)", "UA", 1.4, 1, 30, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-75-0144")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "381400",
     "Spent hexamethyldisiloxane carrier from a book mass-deacidification plant (14 06 03*), for recovery, 14 t", "CH",
     14000, None, 0, "EUR", [("BASEL_CONSENT", "DE-SN-75-0219")], "notified spent solvent to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "370231",
     "Decomposing cellulose-nitrate film from an archive, for controlled destruction, 2 t", "NO", 2000, None, 0,
     "EUR", [("BASEL_CONSENT", "BE-OVAM-75-0077")], "notified nitrate film waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "US", "AT", "290313",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "AT-BMK-ODS-75-008")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "US", "DE", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     15000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-75-012")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "490199",
     "Incunable, Venice 1478, in limp vellum, sold at auction to a US university library", "IT", 3, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-75-0133")], "incunable exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "CZROAD01", "road", "CZ", "CH", "490199",
     "Manuscript antiphonary, Bohemia, c. 1480, documented private collection, loan to a Swiss exhibition", "CZ", 14,
     1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-75-0042")],
     "manuscript exported with the EU export licence and the Czech permit"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "CH", "841940",
     "Steam-sterilisable freeze dryer, 60 kg ice per day, 1 unit, for a Swiss vaccine plant", "AT", 4800, 1, 380000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-75-0031"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-75-0088")],
     "dual-use freeze dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "NO", "540752",
     "Para-aramid woven fabric, 2,000 m, for a Norwegian body-armour maker", "FI", 900, 2000, 60000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-75-0019"), ("END_USER_CERTIFICATE", "NO-FD-EUC-75-0027")],
     "dual-use aramid fabric under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "AZ", "DE", "350300",
     "Sturgeon isinglass (Acipenser gueldenstaedtii, farmed), 2 kg, for paintings and parchment conservation", "AZ", 2,
     None, 400, "EUR", [("CITES_PERMIT", "AZ-ECO-75-0015")], "App. II sturgeon isinglass with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "PE", "ES", "411320",
     "Collared peccary leather (Pecari tajacu), 100 skins, for bookbinding", "PE", 80, 100, 2600, "USD",
     [("CITES_PERMIT", "PE-SERFOR-75-0211")], "App. II peccary leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privato", "PRM-02": "Osoba prywatna", "PRM-05": "Alpina Umweltlabor GmbH",
    "PRM-06": "Nordhafen Aero Technik GmbH", "PRM-11": "Restauro Bedarf Nordhafen GmbH",
    "PRM-12": "Pieles Encuadernación Rivage SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # libraries, archives, binderies, paper conservators and rare-book dealers
    ("340290", "Enzyme cleaner for mould-stained paper, 250 ml", "import", ["express"], ["CH", "US"], (30, 60), (1, 3), ["CHF", "USD"], 3.5, S),
    ("340510", "Leather dressing for old bindings, lanolin cream, 250 ml", "import", ["post"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 4, S),
    ("370790", "Microfilm developer replenisher, 5 l", "import", ["sea"], ["TR", "US"], (2, 4), (1000, 4000), ["EUR", "USD"], 0.2, S),
    ("250840", "Red gilding bole, powder, 250 g", "import", ["express"], ["RS", "GB"], (30, 60), (1, 3), ["EUR", "GBP"], 4, S),
    ("110812", "Wheat starch for conservation paste, 25 kg sacks", "import", ["sea"], ["UZ", "TR"], (1, 2), (8000, 20000), ["USD"], 0.04, S),
    ("283650", "Calcium carbonate, precipitated, for paper buffering, 1 kg", "import", ["post"], ["KZ", "GB"], (10, 20), (1, 3), ["EUR"], 1, S),
    ("382499", "Calcium phytate solution for iron-gall ink treatment, 1 l", "import", ["air"], ["NL", "UA"], (10, 20), (50, 200), ["EUR"], 1, S),
    ("283330", "Potash alum crystals, 1 kg bags", "import", ["air"], ["VN", "CN"], (1.5, 3), (200, 600), ["USD"], 1, S),
    ("391231", "Sodium carboxymethylcellulose adhesive powder, 1 kg", "import", ["air"], ["ID", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("380894", "Quaternary-ammonium disinfectant for archive stacks, 10 l", "import", ["road"], ["BA", "RS"], (1, 2), (1000, 3000), ["EUR"], 0.1, S),
    ("847290", "RFID self-checkout kiosks for libraries, new", "import", ["sea"], ["CN", "KR"], (30, 60), (1000, 4000), ["USD"], 0.01, S),
    ("470790", "Recovered paper, sorted office paper, bales", "export", ["sea"], ["IN", "TR"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("850440", "UPS units, new, rack-mounted", "import", ["sea"], ["CN", "TW"], (10, 20), (2000, 6000), ["USD"], 0.05, S),
    ("940549", "LED panel luminaires for reading rooms, new", "import", ["sea"], ["CN", "VN"], (8, 14), (2000, 6000), ["USD"], 0.3, S),
    ("370231", "Polyester microfilm, 35 mm, unexposed, rolls", "import", ["air"], ["US", "JP"], (30, 60), (50, 300), ["USD"], None, S),
    ("844331", "Multifunction copiers, new, boxed", "import", ["sea"], ["JP", "CN"], (8, 14), (3000, 8000), ["USD"], 0.012, S),
    ("350691", "PUR hot-melt binding adhesive, 2 kg cartridges", "import", ["sea"], ["US", "CH"], (6, 10), (2000, 6000), ["USD", "CHF"], 0.5, S),
    ("490199", "Used library books for school donations, sorted, boxed", "export", ["sea"], ["GH", "KE"], (0.3, 0.8), (8000, 16000), ["EUR", "GBP"], None, S),
    ("842410", "Water-mist fire-suppression heads for archive stores", "import", ["air"], ["DE", "FI"], (40, 80), (100, 400), ["EUR"], 2, S),
    ("380891", "Sulfuryl-fluoride-free insect traps for book stacks", "import", ["post"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 20, S),
    ("381400", "Candle-wax remover for book pages, citrus, 250 ml", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD"], 4, S),
    ("381400", "Non-aqueous deacidification spray, siloxane, 500 ml", "import", ["air"], ["US", "CN"], (20, 40), (50, 200), ["USD"], 2, S),
    ("381400", "Bookcloth glue thinner, ethyl acetate, 20 l", "import", ["sea"], ["TH", "CN"], (1.5, 3), (1000, 3000), ["USD"], 0.05, S),
    ("940389", "Library book trolleys, steel and beech, three shelves", "import", ["sea"], ["TW", "CN"], (3, 6), (2000, 6000), ["USD"], 0.03, S),
    ("490191", "Ethiopian prayer books, new printed editions", "import", ["air"], ["ET"], (8, 16), (50, 200), ["USD"], 2, S),
    ("490199", "Facsimile editions of medieval manuscripts, new", "export", ["air"], ["US", "JP"], (60, 120), (50, 200), ["EUR"], 0.5, S),
    ("482390", "Scrapbooking paper packs, printed, tea-stained look", "import", ["post", "express"], ["MX", "US"], (20, 40), (1, 3), ["USD"], 8, S),
    ("420292", "Fez leather document folders, new", "import", ["air"], ["MA"], (20, 40), (100, 400), ["EUR"], 3, S),
    ("442090", "Kashmiri papier-mâché boxes, new", "import", ["express"], ["PK", "IN"], (30, 60), (1, 3), ["USD"], 4, S),
    ("490199", "Second-hand books, Soviet editions, mixed", "import", ["road"], ["GE", "AM"], (1, 3), (500, 2000), ["EUR"], 1, S),
    ("482090", "Palm-leaf bookmarks, new, craft", "import", ["post"], ["MM", "TH"], (20, 40), (1, 2), ["USD"], 20, S),
    ("490199", "Photographic reprints of Chinese classics, thread-bound", "import", ["air"], ["CN", "TW"], (15, 30), (50, 300), ["CNY", "USD"], 2, S),
    ("844010", "Hand book presses and creasers, new", "export", ["road"], ["KZ", "RS"], (6, 12), (1000, 4000), ["EUR"], 0.02, S),
    ("710813", "Gold leaf 23.75 carat, booklets of 25 leaves, EU-beaten", "import", ["air"], ["CH", "GB"], (20000, 40000), (0.2, 1), ["EUR", "GBP"], 500, S),
    ("852589", "Book-scanner cameras, visible light, copy-stand", "import", ["air"], ["JP", "DE"], (200, 400), (50, 200), ["USD", "EUR"], 0.2, S),
    ("411320", "Vegetable-tanned pigskin for bookbinding", "import", ["air"], ["IT", "MX"], (20, 40), (100, 400), ["EUR", "USD"], 1, S),
    ("960190", "Cattle-bone paper knives and folders, new", "import", ["express"], ["IN", "EG"], (20, 40), (1, 3), ["USD"], 10, S),
    ("442090", "Stained eucalyptus bookends, pairs", "import", ["sea"], ["VN", "IN"], (3, 6), (1000, 3000), ["USD"], 0.8, S),
    ("392690", "Acetate imitation-tortoiseshell bookmarks", "import", ["post"], ["JP", "CN"], (30, 60), (1, 2), ["USD"], 60, S),
    ("350300", "Carp fish glue sheets for conservators", "import", ["air"], ["CN", "GB"], (30, 60), (20, 80), ["USD", "GBP"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Nylon potato mashers", "import", ["sea"], ["CN", "TH"], (2, 4), (2000, 6000), ["USD"], 10, N),
        ("392410", "Plastic egg separators", "import", ["post", "express"], ["CN", "DE"], (15, 30), (1, 3), ["USD", "EUR"], 40, N),
        ("821300", "Five-blade herb scissors, plastic handles", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 3000), ["USD"], 8, N),
        ("392490", "Silicone sink plug strainers", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 30, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind295", 20750501, HERE)


if __name__ == "__main__":
    main()
