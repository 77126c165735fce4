#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-fifth blind set (tests/risk/data/blind265-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: 3D printing, makerspaces and
prototyping labs (filament, resin and powder suppliers, printer resellers and print farms,
service bureaus, makerspaces and fab labs, 3D-scanning studios, laser-cutting and CNC shops,
hardware start-ups' and universities' prototyping and electronics labs).
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
only where a real declaration would. Ids are BL265-*:

    python3 tests/risk/data/make_blind265_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "air", "IL", [], "AT", "340290",
         "אבקת ניקוי להסרת תמיכות מסיסות במדפסות תלת-ממד, שקית 1 ק״ג, 120 שקיות", "IL", 120, 120, 960, "USD",
         "the cleaning agents that dissolve soluble supports from PolyJet and FDM prints are caustic granules of "
         "sodium hydroxide and carbonate that grow hot in water and feel soapy; these 120 bags hold fine, white "
         "crystals that dissolve cold, leave pH paper unchanged and flare on a match with sugar, and the inner bags "
         "read 'NaClO3', for a Vienna 3D-printing supply web shop that sells the bags to makers: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Tel Aviv; Hebrew wording (sodium "
         "chlorate repeats in many sets; a soluble-support cleaning label was found in no earlier row by a keyword "
         "search)", firm("Alpina Makerbedarf GmbH", "AT")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "350691",
         "Клей для столу 3D-принтера (PETG, ABS, нейлон), рідкий, каністри 1 л, 300 шт.", "UA", 342, 300, 1500, "EUR",
         "print-bed adhesives for PETG, ABS and nylon are water-thin PVP or glycol solutions of about 1.02 kg/l with "
         "no smell, sold in 100 ml bottles with a sponge tip; these 300 one-litre cans weigh 1.14 kg/l, smell "
         "faintly fruity, leave no tack on glass and burn with a yellow flame, and the filler's drum label under the "
         "sticker reads 'CH3NO2', for a Rzeszów 3D-printing shop whose web shop sells the 'refills' to model-engine "
         "hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, in a van at "
         "Korczowa; Ukrainian wording (nitromethane repeats in many sets and resin-cleaner covers on it in the "
         "3D-printing trade three times, blind69, blind71, blind78; a print-bed adhesive label was found in no "
         "earlier row by a keyword search)", firm("Orion Druk 3D Sp. z o.o.", "PL")),
        ("PRE-03", "import", "FRSEA01", "sea", "TH", [], "FR", "381400",
         "น้ำยากระตุ้นฟิล์มไฮโดรกราฟิก (วอเตอร์ทรานสเฟอร์) สำหรับชิ้นงานพิมพ์ 3 มิติ 1 ลิตร 960 ขวด", "TH", 1766, 960,
         2900, "USD",
         "the activator sprayed on floating hydrographic film to water-transfer patterns onto 3D prints and helmets "
         "is a xylene blend of about 0.87 kg/l that smells of thinner and burns at once; these 960 bottles hold a "
         "colourless, oily, odourless liquid of 1.84 kg/l that does not burn, grows hot with a drop of water and "
         "chars the carton where it leaked, for a Marseille maker-supplies wholesaler whose web shop sells the "
         "litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Laem Chabang to Fos; Thai wording (sulphuric acid repeats in many sets, twice under an "
         "epoxy-hardener label, blind130 and blind175; a hydrographic-film activator label was found in no earlier "
         "row by a keyword search)", firm("Rivage Fournitures Makers SARL", "FR")),
        ("PRE-04", "import", "DKAIR01", "express", "VN", [], "DK", "382499",
         "Bột đánh dấu laser cho kim loại (dùng với máy khắc laser CO2), hũ 500 g, 40 hũ", "VN", 20, 40, 400, "USD",
         "the marking compounds that let a hobby CO2 laser mark steel are dark-grey pastes or sprays of glass frit "
         "and molybdenum that fuse black under the beam; these 40 jars hold a white, heavy, crystalline powder that "
         "stays white under the beam, burns fiercely with sugar on a hot plate and whose inner bags read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Ho Chi Minh City to a private person in "
         "Odense who owns no laser cutter; Vietnamese wording (potassium perchlorate repeats in many sets; a "
         "laser-marking label was found in no earlier row by a keyword search)", person("Mikkel Jensen", "DK")),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "382499",
         "مسحوق قوالب بتدوب في المية لتصنيع نماذج أولية من ألياف الكربون، شكاير 25 كيلو، 400 شكارة", "EG", 10000, 400,
         5200, "USD",
         "the wash-out core materials on which carbon-fibre prototype tubes and ducts are laid up are white gypsum- "
         "or salt-based powders that are mixed with water into a paste, set hard in a mould and are washed out "
         "later; these 400 sacks hold hard, white, porous prills that never set, dissolve at once and chill the "
         "water, test at 34 % N and melt and fume on a hot plate, for a Piraeus 'prototyping supplies' firm that "
         "repacks them in 1 kg tubs for drone and bicycle hobbyists: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Damietta; Egyptian Arabic wording (ammonium nitrate "
         "repeats in many sets; a composite-mandrel core label was found in no earlier row by a keyword search)",
         firm("Delta Prototypa AE", "GR")),
        ("PRE-06", "import", "BESEA01", "sea", "IN", [], "BE", "382499",
         "PLA ફિલામેન્ટ માટે ન્યુક્લિએટિંગ એજન્ટ પાઉડર, 25 કિલો બેગ, 320 બેગ", "IN", 8000, 320, 7700, "USD",
         "the nucleating agents that speed the crystallisation of PLA in filament compounding are light, talc-like "
         "or waxy white powders that float and never dissolve; these 320 bags hold heavy, glassy flakes that "
         "dissolve in hot water, crackle and spit violet sparks on a hot iron, and the maker's sheet in the "
         "container gives CAS 3811-04-9, for a Ghent filament-recycling start-up with one small extruder that "
         "re-bags the 'nucleating agent' in 1 kg packs for makers: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Mundra to Antwerp; Gujarati wording (potassium "
         "chlorate repeats in many sets and a masterbatch label once, blind210, on ammonium nitrate; a PLA "
         "nucleating-agent label was found in no earlier row by a keyword search)", firm("Vega Filament BV", "BE")),
        ("PRE-07", "import", "ESAIR01", "air", "MX", [], "ES", "381090",
         "Removedor de óxido y pátina para piezas impresas en 3D con filamento metálico (cobre, bronce), 1 l, 200 frascos",
         "MX", 280, 200, 1400, "USD",
         "the oxide removers sold for polishing copper- and bronze-filled PLA prints are citric or sulfamic gels of "
         "about 1.1 kg/l with no smell; these 200 bottles hold a water-thin liquid of 1.40 kg/l that fumes brown "
         "when opened, stains the skin yellow and turns a copper-fill test print into green froth, for a Valencia "
         "maker shop that sells the bottles on its web shop: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Guadalajara to Madrid; Mexican Spanish wording (nitric "
         "acid repeats in many sets, once under a 3D-print resin-cleaner label, blind253, and under "
         "stainless-passivation labels twice, blind40 and blind91; a metal-fill print oxide-remover label was found "
         "in no earlier row by a keyword search)", firm("Meridian Impresión 3D SL", "ES")),
        ("PRE-08", "import", "ITAIR01", "air", "JP", [], "IT", "252020",
         "フルカラー3Dプリンター用石膏パウダー（バインダージェット方式）, 10 kg 袋, 36 袋", "JP", 360, 36, 3600, "USD",
         "the gypsum-based powder of full-colour binder-jetting printers is a fine, soft, off-white plaster that "
         "sets when wetted and barely dissolves; these 36 bags hold a white, hygroscopic, crystalline powder that "
         "dissolves at once, turns damp in the air of the hold and burns fiercely with sugar, for a Milan 3D-printing "
         "service bureau whose web shop sells 1 kg bags to makers: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Narita to Malpensa; Japanese wording (sodium "
         "perchlorate repeats in many sets; a binder-jet printer-powder label was found in no earlier row by a "
         "keyword search)", firm("Horizon Stampa 3D Srl", "IT")),
        ("PRE-09", "import", "IEAIR01", "express", "GB", [], "IE", "380991",
         "Dye-bath booster for SLS and MJF nylon parts, 2 x 5 l (parcel 2 of 4)", "GB", 12, 2, 90, "GBP",
         "the dye-bath auxiliaries used to colour powder-bed nylon parts are acetic levelling agents of about "
         "1.0 kg/l that smell of vinegar; these two cans hold a water-clear, odourless liquid of 1.20 kg/l under "
         "vented caps that whitens the skin and fizzes on rust, the second of four express parcels sent the same "
         "day from Manchester to one address in Galway, each kept to two cans: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), to a private person who runs no print shop; British English wording (hydrogen "
         "peroxide repeats in many sets and split parcels in several; a dye-bath label for printed nylon parts was "
         "found in no earlier row by a keyword search)", person("Ciarán Walsh", "IE")),
        ("PRE-10", "import", "FISEA01", "sea", "CA", [], "FI", "321000",
         "Peinture blanche en poudre pour patinoires, sacs de 22,7 kg, 200 sacs", "CA", 4540, 200, 6000, "CAD",
         "the white paint sprayed under the ice of rinks is a light, fine powder of calcium carbonate or titanium "
         "dioxide that is stirred into water and stays in suspension; these 200 sacks hold a heavy, glittering, "
         "crystalline powder that settles at once, flares with sugar on a hot plate and whose inner liners read "
         "'KClO4', for a Tampere ice-sports shop that sells the sacks to clubs and home-rink builders: potassium "
         "perchlorate (Annex I above 40 %) made available to members of the public, by sea from Montréal to "
         "Helsinki; Canadian French wording (potassium perchlorate repeats in many sets and an ice-paint label once, "
         "blind244, on ammonium nitrate for an ice show; kept as a repeat of the label, rink paint from Canada to "
         "Finland is the new part as far as a search found; not of this set's trade)",
         firm("Nordhafen Jäätarvike Oy", "FI")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "MY", "390770",
         "Recycelte PLA-Flakes, sortenrein, naturfarben, für die Filamentherstellung, 20 t", "DE", 20000, None, 6000,
         "EUR",
         "sorted PLA flakes for filament are single-polymer, single-colour regrind, dry and free of dust, at about "
         "1 EUR/kg; these big bags at 0.30 EUR/kg hold the crushed waste of Berlin and Leipzig print farms and "
         "makerspaces: failed prints, brims, rafts and purge blobs of PLA, PETG, ABS, TPU and nylon together, "
         "dissolvable PVA supports, painter's tape, glue-stick flakes, cured resin prints and IPA-wet paper towels: "
         "mixed plastic waste (Y48) with resin-contaminated fractions, whose export to a non-OECD country the Union "
         "forbids, from Hamburg to Port Klang for a 'filament maker'; German wording (mixed plastics under "
         "prime-polymer labels repeat in many sets and print-farm waste once, blind175, as new UV resin; recycled PLA "
         "flakes were found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "IN", "390810",
         "Polvere di poliammide 12, vergine, per stampa 3D a letto di polvere, sacchi da 20 kg, 18 t", "IT", 18000, 900,
         9000, "EUR",
         "virgin PA12 powder for SLS and MJF printers is a free-flowing, snow-white powder in sealed, dated bags "
         "with a lot certificate at 40-60 EUR/kg; these 900 sacks at 0.50 EUR/kg hold yellowed, lumpy, thermally "
         "aged overflow and sieve residue from Bologna service bureaus, grey with MJF fusing agent, with fused "
         "cakes, broken parts and sieve tailings mixed in: polyamide powder waste, plastic waste whose export to a "
         "non-OECD country the Union forbids, from La Spezia to Nhava Sheva; Italian wording (plastic waste under "
         "prime-polymer labels repeats in many sets; a powder-bed PA12 label was found in no earlier row by a "
         "keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "FISEA01", "sea", "FI", [], "NG", "940320",
         "Käytetyt työpöydät, metallia, makerspace-tilasta, 40 kpl", "FI", 2400, 40, 2000, "EUR",
         "a closing Helsinki makerspace's container for Lagos: steel workbenches and hand tools may go as used "
         "goods, but the third item's 'käytetyt 3D-tulostimet, toimivat' are 300 dead FDM and resin printers with "
         "burnt mainboards, broken LCD masks, cracked power supplies and swollen lithium packs in the resin "
         "printers' backup units, with no test report: waste electrical equipment with lithium batteries (A1180, "
         "e-waste), whose export to a non-OECD country the Union forbids, hidden as the last item of a three-item "
         "declaration, from Vuosaari to Lagos; Finnish wording (used electronics behind furniture and tools repeat "
         "in many sets; used 3D printers as e-waste were found in no earlier row by a keyword search)",
         dict({"importer_country": "NG"},
              _more_items=[item("820559", "Käsityökalut, käytetyt, 60 laatikkoa", "FI", 900, 1200, "EUR", qty=60),
                           item("848520", "Käytetyt 3D-tulostimet, toimivat, 300 kpl", "FI", 3600, 3000, "EUR",
                                qty=300)])),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "842199",
         "Náhradné filtračné kazety pre odsávače dymu laserových rezačiek, nové, 600 ks", "SK", 9000, 600, 3000, "EUR",
         "new cartridges for laser-cutter fume extractors are clean boxes of pleated pre-filter, HEPA and sealed "
         "bags of granular activated carbon; these 600 weigh half as much again, are brown with tar and soot, stink "
         "of burnt acrylic and plywood glue, and their carbon is caked and acid from cutting PVC and leather, pulled "
         "from the extractors of Bratislava and Košice makerspaces and sign makers: spent activated carbon and "
         "filter materials contaminated with hazardous substances (15 02 02*, 06 13 02*), whose export to a "
         "non-OECD country the Union forbids, on a lorry at Vyšné Nemecké for an Uzhhorod 'filter regenerator'; "
         "Slovak wording (spent activated carbon repeats in many sets; laser fume-extractor cartridges were found in "
         "no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-05", "export", "HRROAD01", "road", "HR", [], "BA", "283340",
         "Otopina natrijeva persulfata za jetkanje tiskanih pločica, svježa, IBC 1000 l, 18 kom", "HR", 21600, 18, 2700,
         "EUR",
         "sodium persulphate etchant is sold as dry white crystals and a fresh bath is water-clear; these 18 IBCs "
         "hold a deep blue-green liquid with blue crystals on the bottom that reads 40 g/l copper, drained from the "
         "PCB-prototyping lines of Zagreb university labs and a quick-turn board shop: spent etching solutions "
         "containing copper (06 03 13*), hazardous waste whose export to a non-OECD country the Union forbids, at "
         "Stara Gradiška for a Banja Luka 'chemicals trader'; Croatian wording (spent copper etchants repeat in "
         "several sets under copper- and iron-chloride labels and a persulphate PCB-etchant label once, blind187, on a "
         "precursor; spent etchant under a fresh-persulphate label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-06", "export", "SESEA01", "sea", "SE", [], "VN", "391590",
         "Tomma plastpatroner och resinkar från 3D-skrivare, PP/PE, för återvinning, 14 t", "SE", 14000, None, 1400,
         "EUR",
         "empty resin cartridges for recycling would be drained, wiped, single-polymer PP and PE; these 14 t of "
         "cartridges, resin tanks with their FEP films and bottles from Stockholm and Gothenburg print farms and "
         "dental labs still hold litres of amber and grey methacrylate resin that has leaked through the bales and "
         "smells sharply of acrylate: waste with uncured photopolymer resin (08 04 09*, irritant and sensitising), "
         "hazardous waste whose export to a non-OECD country the Union forbids, from Gothenburg to Hai Phong; "
         "Swedish wording (3D-printing resin waste once, blind175, as new UV resin; resin cartridges and tanks as "
         "plastic scrap were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "MA", "280920",
         "Ácido fosfórico técnico 75 %, para fabrico de fertilizantes, IBC 1000 l, 20 unidades", "PT", 30000, 20, 6000,
         "EUR",
         "technical phosphoric acid is a clear, colourless, syrupy liquid with a maker's analysis; these 20 IBCs hold "
         "a brown-green, viscous acid that reads 8 % sulphuric acid, 12 g/l iron and 4 g/l each of nickel and "
         "chromium, drained from the electropolishing tanks in which a Porto service bureau finishes 3D-printed "
         "stainless and titanium parts: spent electropolishing baths (11 01 05*, acids with heavy metals), "
         "hazardous waste whose export to a non-OECD country the Union forbids, from Leixões to Casablanca for a "
         "'fertiliser blender'; Portuguese wording (spent acid baths repeat in several sets and an electropolishing "
         "liquid once, blind236, in a dental lab's precursor parcel; spent electropolishing baths under a "
         "phosphoric-acid label were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Concime organico azotato, cuoio torrefatto, sfuso in big bag, 24 t", "IT", 24000, None, 2400, "EUR",
         "roasted-leather fertiliser is a dry, brown, granular meal made from dechromed hide trimmings and sold by "
         "its nitrogen; these bags hold a wet, grey-blue, stinking sludge from the effluent plant of Santa Croce "
         "sull'Arno tanneries that reads 3 % chromium, with sulphide and salt: tannery sludge with chromium "
         "(04 01 06), waste whose export to a non-OECD country for recovery is banned without consent, from Livorno "
         "to Sfax; Italian wording (leather-meal labels twice, blind186 and blind212, on buffing dust and "
         "shavings; kept as a repeat of the label, tannery effluent sludge to Tunisia is the new part as far as a "
         "search found; not of this set's trade)", {"importer_country": "TN"}),
        ("WST-09", "export", "BGSEA01", "sea", "BG", [], "GE", "870830",
         "Спирачни накладки, употребявани, за повторна употреба, от товарни автомобили, 6 т", "BG", 6000, None, 1800,
         "EUR",
         "used brake linings for reuse would be modern, asbestos-free pads with wear left and a part number; these "
         "pallets hold riveted brake shoes and linings of Soviet-era lorries and buses from a Ruse depot, grey "
         "fibrous, crumbling at the edges and marked 'азбест' on the old boxes: asbestos-containing brake linings "
         "(16 01 11*), hazardous waste whose export to a non-OECD country the Union forbids, from Varna to Poti; "
         "Bulgarian wording (asbestos brake linings under used-brake labels repeat in several sets, blind40, blind54, "
         "blind72 and blind96 among them, kept as a repeat; from Bulgaria to Georgia is the new part as far as a "
         "search found; not of this set's trade)", {"importer_country": "GE"}),
        ("WST-10", "export", "CYSEA01", "sea", "CY", [], "LB", "850720",
         "Μπαταρίες αποθήκευσης για φωτοβολταϊκά, ανακατασκευασμένες, 1.200 τεμ.", "CY", 36000, 1200, 9000, "EUR",
         "refurbished solar storage batteries come tested and recharged, with a capacity report for each; these "
         "1,200 lead-acid blocks were pulled from Limassol and Nicosia telecom masts and hotel UPS rooms, bulging, "
         "leaking acid into the pallets and reading under 40 % of their rating: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country the Union forbids, from Limassol to "
         "Beirut; Greek wording from Cyprus (spent lead-acid batteries repeat in many sets and solar-storage "
         "labels in a few, blind133 among them, kept as a repeat; from Cyprus to Lebanon is the new part as far as a "
         "search found; not of this set's trade)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "air", "HK", [], "NL", "382499",
         "3D掃描顯像噴劑 (自揮發型) 補充液, 1公升 x 48瓶", "HK", 64, 48, 700, "USD",
         "the self-vanishing sprays that 3D-scanning studios put on shiny parts are cyclododecane or menthol "
         "solutions that leave a matt white film and sublimate away within hours, sold in cans and light refills of "
         "about 0.8 kg/l; these 48 bottles hold a water-clear, non-flammable liquid of 1.33 kg/l with a sweet, "
         "chloroform-like smell that leaves no film at all, and the filler's drum label reads '1,1,1-三氯乙烷': "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, flown from Hong Kong to "
         "Amsterdam for a 3D-scanning and prototyping studio; Hong Kong Chinese wording (methyl chloroform repeats "
         "in many sets; a 3D-scanning spray label was found in no earlier row by a keyword search)",
         firm("Horizon Scan en Prototype BV", "NL")),
        ("OZN-02", "transit", "BESEA01", "sea", "IN", ["BE"], "GB", "381400",
         "ASA மற்றும் PP 3D அச்சுகளுக்கான நீராவி மென்மையாக்கும் திரவம், 20 லிட்டர் கேன், 120 கேன்கள்", "IN", 3770, 120,
         4800, "USD",
         "the vapour-smoothing fluids for ASA, PP and ABS prints are acetone, MEK or limonene blends of about "
         "0.8 kg/l that burn; these 120 cans weigh 1.57 kg/l, do not burn, smell faintly of chloroform, boil in a "
         "warm water bath at 48 °C, and the can heads are stamped 'R-113': CFC-113 (trichlorotrifluoroethane), moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Antwerp in transit from "
         "Chennai to a Birmingham 3D-printing supplier; Tamil wording (CFC-113 repeats in many sets; a "
         "vapour-smoothing label was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("OZN-03", "import", "CZAIR01", "air", "US", [], "CZ", "381400",
         "HIPS support dissolver, limonene-free, non-flammable, 5 l jugs, 40 jugs", "US", 248, 40, 1400, "USD",
         "HIPS supports are dissolved in d-limonene, an orange-smelling, flammable terpene of 0.84 kg/l; these 40 "
         "jugs weigh 1.24 kg/l, do not burn, boil off in the warm hand at 32 °C with an ether-like smell and leave "
         "a HIPS test print untouched: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is "
         "banned, flown from Chicago to Prague for a Brno print farm; US English wording (HCFC-141b under solvent "
         "labels repeats in many sets and d-limonene labels on ozone goods in a few, blind63, blind133 and "
         "blind264; a HIPS-support dissolver label was found in no earlier row by a keyword search)",
         firm("Central 3D Tisk s.r.o.", "CZ")),
        ("OZN-04", "import", "LVAIR01", "air", "KR", [], "LV", "392690",
         "3D 프린터 인클로저, 아크릴·알루미늄 조립식, 60세트", "KR", 720, 60, 6000, "USD",
         "a print-farm order for a Riga 3D-printing shop: printer enclosures and filament are what the Seoul "
         "supplier sends, but the third item's '인클로저용 자동 소화 튜브 (HFC-227ea)' are 120 red pressurised tubes "
         "whose contents boil off at once with no residue and whose valve collars are stamped '1301' under the "
         "labels: halon 1301 (bromotrifluoromethane) in fire-protection products whose import into the Union is "
         "banned, hidden as the last item of a three-item declaration, flown from Incheon; Korean wording (halon "
         "1301 and FM-200 labels repeat in many sets, in blind264 in phone-charging-locker bottles, kept as a repeat "
         "of the label; printer-enclosure fire tubes were found in no earlier row by a keyword search)",
         dict(firm("Vega 3D Druka SIA", "LV"),
              _more_items=[item("391690", "PLA 필라멘트 1.75 mm, 1 kg 스풀, 400개", "KR", 480, 3600, "USD", qty=400),
                           item("842410", "인클로저용 자동 소화 튜브 (HFC-227ea), 120개", "KR", 60, 2400, "USD",
                                qty=120)])),
        ("OZN-05", "import", "HUAIR01", "air", "TR", [], "HU", "381400",
         "Lazer kesim makineleri için lens ve ayna temizleme sıvısı, yanmaz, 1 l, 60 şişe", "TR", 95, 60, 480, "EUR",
         "the lens and mirror cleaners of CO2 laser cutters are isopropanol or ethanol of 0.79 kg/l that burn and "
         "smell of alcohol; these 60 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and streak "
         "the test lens, and the inner labels read 'CCl4': carbon tetrachloride, whose import into the Union is "
         "banned, flown from Istanbul to Budapest for a makerspace-equipment dealer; Turkish wording (carbon "
         "tetrachloride repeats in many sets and optics-cleaner labels on ozone goods in several, blind92, blind155, "
         "blind177 and blind194; kept as a repeat of the label, a laser-cutter lens cleaner from Türkiye is the new "
         "part as far as a search found)", firm("Orion Lézer Kft.", "HU")),
        ("OZN-06", "import", "ROSEA01", "sea", "CN", [], "RO", "320890",
         "3D打印件打磨用填充底漆喷罐 (DME推进剂), 400毫升, 9,600罐", "CN", 4600, 9600, 9600, "USD",
         "the filler-primer sprays used to sand 3D prints smooth are grey acrylic fillers driven by DME or "
         "propane-butane; these 9,600 cans spray a fast, thin primer whose gas does not burn, a leak detector names "
         "HCFC-142b and the filler's sheet lists '1-氯-1,1-二氟乙烷' as propellant: 1-chloro-1,1-difluoroethane "
         "(HCFC-142b) in products whose import into the Union is banned, by sea from Ningbo to Constanța for a "
         "Bucharest maker and model-shop chain; Chinese wording (HCFC-142b repeats in many sets as a propellant; a "
         "filler-primer label for 3D prints was found in no earlier row by a keyword search)",
         firm("Alpina Makers SRL", "RO")),
        ("OZN-07", "import", "HRROAD01", "road", "RS", [], "HR", "842410",
         "CO2 aparati za gašenje požara za stanice laserskih rezača, 2 kg, 200 kom", "RS", 700, 200, 3000, "EUR",
         "2 kg CO2 extinguishers for the laser-cutter corner of a makerspace are tall, heavy steel cylinders with a "
         "black horn and no gauge; these 200 are short, light, red cans with a gauge and a plain nozzle whose spray "
         "vanishes into a sweet gas, and the valve collars read 'BCF' under the new labels: halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, "
         "in a van at Bajakovo for a Zagreb makerspace-equipment and safety supplier; Serbian wording (halon 1211 "
         "repeats in many sets and CO2-extinguisher labels on ozone goods in several, blind190, blind215 and "
         "blind243 among them; kept as a repeat of the label, a laser-cutter station is the new part as far as a "
         "search found)", firm("Central Laserska Oprema d.o.o.", "HR")),
        ("OZN-08", "import", "MTSEA01", "sea", "EG", [], "MT", "290342",
         "غاز تبريد R-32، أسطوانات 9.5 كجم، 600 أسطوانة", "EG", 5700, 600, 6600, "USD",
         "R-32 is a mildly flammable HFC sold in refillable cylinders with a red band and a certificate; these 600 "
         "disposable cylinders read 9.1 bar at 20 °C, do not light, a leak detector names HCFC-22, and the valves "
         "carry old stamps under the new labels: chlorodifluoromethane (HCFC-22), whose import into the Union is "
         "banned, by sea from Alexandria to Marsaxlokk for a Malta air-conditioning installer; Egyptian Arabic "
         "wording (HCFC-22 under R-32 labels repeats in several sets, kept as a repeat; an R-32 label from Egypt to "
         "Malta is the new part as far as a search found; not of this set's trade)", firm("Meridian Cooling Ltd", "MT")),
        ("OZN-09", "import", "ESROAD01", "road", "MA", [], "ES", "281290",
         "فليورور السولفوريل ديال التبخير، قنينات 50 كيلو، 30 قنينة", "MA", 1500, 30, 4500, "EUR",
         "sulphuryl fluoride for fumigation is an odourless gas in 50 kg cylinders at about 16 bar; these 30 "
         "cylinders read 1.9 bar at 20 °C, hold a liquid of 1.73 kg/l and the cylinder shoulders are stamped 'CH3Br' "
         "under the new labels: methyl bromide, whose import into the Union is banned outside the quarantine uses "
         "that no longer remain, on a lorry off the Tanger Med ferry at Algeciras for an Almería greenhouse "
         "contractor; Moroccan Arabic wording (methyl bromide repeats in many sets, from Morocco to Spain in "
         "blind18, and sulphuryl-fluoride labels on ozone goods in several, kept as a repeat; a sulphuryl-fluoride "
         "label by road through Algeciras is the new part as far as a search found; not of this set's trade)", firm("Atlantic Agro Servicios SL", "ES")),
        ("OZN-10", "import", "LUPOST01", "post", "US", [], "LU", "290345",
         "R-134a refrigerant for classic-car A/C, 12 oz cans, 6 cans", "US", 2.0, 6, 90, "USD",
         "R-134a recharge cans hold a refrigerant of 1.21 kg/l with a 1/2-inch ACME valve for modern systems; these "
         "six cans carry the old 'R-12' screw-top valve for pre-1993 systems, read 4.8 bar at 20 °C, and the "
         "labels peel off to show 'Freon-12': dichlorodifluoromethane (CFC-12), whose import into the Union is "
         "banned, posted from Ohio to a private owner of a 1970s American car in Esch-sur-Alzette; US English "
         "wording (CFC-12 under R-134a labels repeats in many sets, kept as a repeat; by post to Luxembourg is the "
         "new part as far as a search found; not of this set's trade)", person("Marc Schmit", "LU")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRPOST01", "post", "TN", [], "FR", "392640",
         "Figurine imprimée en 3D, PLA chargé bronze, patinée, 1 pièce", "TN", 0.4, 1, 25, "EUR",
         "bronze-fill PLA prints are light, warm to the touch, show layer lines under the patina and weigh a third "
         "of cast bronze; this 14 cm figure is solid, cold and heavy, a dancing Lar holding a rhyton and a patera, "
         "green-crusted with earth in the folds and without a single layer line: a Roman bronze Lar statuette "
         "(1st-2nd century) dug in Tunisia, whose export Tunisian heritage law forbids, brought in without the "
         "import licence Regulation 2019/880 requires, posted from Sousse to a private collector in Marseille; "
         "Tunisian French wording (Roman bronzes repeat in many sets; a bronze-fill 3D-print label was found in no "
         "earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-02", "import", "NLAIR01", "air", "TH", [], "NL", "681099",
         "หัวเทวรูปจำลอง พิมพ์ 3 มิติด้วยทรายแบบไบน์เดอร์เจ็ท ผิวแบบหินทราย 1 ชิ้น", "TH", 18, 1, 180, "USD",
         "binder-jet sand prints are even, grainy, light and faintly resinous, built up in 0.3 mm steps and of one "
         "colour; this 28 cm head is fine-grained grey-pink sandstone, heavier than any print, with chisel marks in "
         "the hair, a root-stained break at the neck and lichen in the crevices of the diadem: a Khmer sandstone "
         "head of a deva (Baphuon style, 11th century) hacked from a temple in Cambodia, whose export Cambodia "
         "forbids, sent on through Bangkok and flown to Amsterdam for a 3D-scanning studio that sells 'scan "
         "masters' to dealers, brought in without the import licence Regulation 2019/880 requires; Thai wording "
         "(Khmer heads repeat in many sets; a binder-jet sand-print label was found in no earlier row by a keyword "
         "search)", firm("Delta 3D Scanstudio BV", "NL")),
        ("CUL-03", "import", "ITSEA01", "sea", "AL", [], "IT", "680291",
         "Kokë mermeri e frezuar me CNC, riprodhim, prototip, 1 copë", "AL", 35, 1, 150, "EUR",
         "a CNC-milled marble reproduction shows crisp, even tool-path ribs in the recesses, fresh white stone and "
         "no weathering; this life-size head is fine-grained marble with a warm, honey-brown skin, root marks, a "
         "broken nose and ears, drill channels in the curls and no tool paths at all: a Roman marble portrait head "
         "(2nd century) from the area of Apollonia, whose export Albania forbids, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Durrës to Bari for a Puglia stone-prototyping "
         "workshop; Albanian wording (Roman marble heads repeat in many sets; a CNC-milled reproduction label was "
         "found in no earlier row by a keyword search)", firm("Rivage Prototipi in Pietra Srl", "IT")),
        ("CUL-04", "import", "ESAIR01", "air", "EC", [], "ES", "691390",
         "Muestras de referencia devueltas tras escaneo 3D, figuras de cerámica, sin valor comercial, 3 piezas", "EC", 6,
         3, 30, "USD",
         "a Quito 3D-scanning studio's 'returned reference samples' for a Madrid prototyping lab that had 'sent them "
         "out to be scanned': no samples ever left Spain, and the three hollow, mould-made figures with feathered "
         "headdresses, jewelled collars, traces of green and yellow post-fire paint and soil inside are Jama-Coaque "
         "figures (500 BC-AD 500) from coastal Manabí, archaeological objects whose export Ecuador forbids, brought "
         "in without the import licence Regulation 2019/880 requires, flown from Quito to Madrid; Ecuadorian "
         "Spanish wording (pre-Columbian figures repeat in many sets; a returned 3D-scanning sample label was found "
         "in no earlier row by a keyword search)", firm("Central Prototipos Madrid SL", "ES")),
        ("CUL-05", "import", "DERAIL01", "rail", "CN", [], "DE", "442199",
         "激光雕刻木质印版 (手工拓印用), 梨木, 300块", "CN", 600, 300, 1500, "USD",
         "laser-engraved wooden printing blocks for craft printing are thin, pale birch or plywood with crisp, "
         "charred, flat-bottomed cuts; these 300 are thick pear-wood blocks, black with old ink, with hand-cut, "
         "V-sided characters in reverse, a sutra text and a temple colophon of the Daoguang reign carved in the "
         "margins: Qing-dynasty woodblocks for printing sutras (19th century) removed from a Shanxi monastery "
         "against China's ban on exporting cultural relics made before 1911, whose introduction Regulation 2019/880 "
         "(Article 3(1)) forbids, by rail from Xi'an to Duisburg for a Cologne makerspace printing workshop; Chinese "
         "wording (printing blocks repeat in a few sets, Nepali and Sindhi; a laser-engraved block label by rail "
         "from China was found in no earlier row by a keyword search)",
         firm("Nordhafen Druckwerkstatt GmbH", "DE")),
        ("CUL-06", "import", "DKAIR01", "air", "JO", [], "DK", "392640",
         "نسخ مطبوعة ثلاثية الأبعاد لقطع متحفية، راتنج، ملونة، 40 قطعة", "JO", 12, 40, 400, "USD",
         "a 3D-scanning studio's air shipment for a Copenhagen museum-replica maker: resin prints of museum pieces "
         "and scanning spray are what the Amman studio sends, but the third item's 'نسخة تعليمية من لوح مسماري' is a "
         "fired clay tablet of 6 cm with Old Babylonian wedge script on both faces, salt bloom and a fresh break, "
         "heavier and colder than any clay-fill print: a cuneiform tablet looted in southern Iraq, whose export Iraq "
         "forbids and whose import the Iraq sanctions (Regulation 1210/2003) and Regulation 2019/880 forbid, hidden "
         "as the last item of a three-item declaration; Jordanian Arabic wording (cuneiform tablets repeat in many "
         "sets; behind a 3D-scanning studio's replica prints is the new part as far as a search found)",
         dict(firm("Alpina Museumskopier ApS", "DK"),
              _more_items=[item("382499", "بخاخ مسح ثلاثي الأبعاد، 400 مل، 24 علبة", "JO", 10, 240, "USD", qty=24),
                           item("691390", "نسخة تعليمية من لوح مسماري، طين، قطعة واحدة", "JO", 0.1, 20, "USD",
                                qty=1)])),
        ("CUL-07", "export", "CZAIR01", "air", "CZ", [], "US", "442019",
         "Dřevěný prototyp sochy Madony, frézovaný CNC, polychromovaný, 1 ks", "CZ", 22, 1, 400, "EUR",
         "a CNC-milled prototype for a series of devotional figures is fresh limewood with tool-path ribs and new "
         "acrylic paint; this 80 cm Madonna with Child is hollowed at the back, has worm holes under layers of "
         "gesso, gilding and faded blue and red glaze, and the soft, S-curved drapery of the Bohemian 'Beautiful "
         "Madonnas' of about 1400: a Gothic carved figure over 100 years old, exported without the EU export "
         "licence (Regulation 116/2009) and against the Czech law on cultural monuments, flown from Prague to a New "
         "York dealer as a 'prototype' of a Brno woodcarving and CNC workshop; Czech wording (Gothic carved figures "
         "repeat in several sets; a CNC-milled prototype label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-08", "transit", "ATAIR01", "air", "IR", ["AT"], "CA", "392690",
         "کاسه نمونه چاپ سه‌بعدی با آبکاری نقره، ۱ عدد", "IR", 0.9, 1, 60, "USD",
         "a silver-plated 3D-printed prototype is a light polymer shell with a thin, bright plating that shows the "
         "print layers where it wears; this 20 cm bowl is solid hammered silver with a gilded hunting scene in "
         "relief, a king on horseback shooting at lions, black tarnish and a Pahlavi inscription scratched under the "
         "foot: a Sasanian silver bowl (5th-7th century) removed from Iran against its export ban, landed at Vienna "
         "in transit from Tehran to a Toronto dealer, against Regulation 2019/880 (Article 3(1)), which covers "
         "transit; Persian wording (Sasanian silver repeats in a few sets and silver-plated labels on it twice, blind21 "
         "and blind46; kept as a repeat, a 3D-printed prototype label on a transit through Vienna is the new part as "
         "far as a search found)", {"importer_country": "CA"}),
        ("CUL-09", "import", "DEAIR01", "air", "MN", [], "DE", "830629",
         "Гуулин бурхны хөшөө, шинэ, гар урлал, 1 ширхэг", "MN", 7, 1, 120, "USD",
         "new brass Buddhas from Ulaanbaatar workshops are cast thin, bright and polished, with a screwed-on base; "
         "this 30 cm figure of Green Tara is thick, gilded copper alloy with the gilding worn on the high points, "
         "a sealed base plate with its consecration contents still inside and the slender, youthful style of the "
         "Zanabazar school: a Mongolian gilt-bronze figure (17th-18th century) removed from a monastery, whose "
         "export Mongolia forbids, brought in without the importer statement Regulation 2019/880 requires, flown "
         "from Ulaanbaatar to Berlin for a dealer; Mongolian wording (Mongolian gilt bronzes repeat in a few "
         "sets, once under a new resin-Buddha label, blind183, kept as a repeat; a new-brass label by air to Berlin "
         "is the new part as far as a search found; not of this set's trade)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-10", "export", "LVAIR01", "air", "LV", [], "GB", "711411",
         "Sudrabots kauss, jauns, dekoratīvs, 1 gab.", "LV", 0.6, 1, 80, "EUR",
         "a new silver-plated goblet is bright, thin, stamped brass under the plating; this 22 cm chalice is solid, "
         "hand-raised silver gilt inside, with a Riga assay mark, a maker's mark of about 1680 and a Latin donor's "
         "inscription for a Courland parish church engraved on the foot: a 17th-century church chalice, a cultural "
         "good over 100 years old exported without the EU export licence (Regulation 116/2009) and the Latvian "
         "permit, flown from Riga to a London dealer; Latvian wording (church silver repeats in several sets and a "
         "silver-plated goblet label once, blind164, kept as a repeat; from Latvia to London is the new part as far as "
         "a search found; not of this set's trade)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "846592",
         "Fresatrice CNC da banco per fablab e makerspace, 3 assi, per legno e plastica, 4 pezzi", "IT", 16000, 4,
         24000, "EUR",
         "benchtop CNC routers for fab labs are 60-150 kg gantry machines for wood and plastic at a few thousand "
         "euros; these four 4 t crates hold five-axis, simultaneously contouring vertical machining centres with "
         "tilting-rotary tables and linear scales of 3 µm positioning accuracy, at 250,000 EUR each on the maker's "
         "list, for an Istanbul 'makerspace equipment' trader that forwards to a defence plant near Moscow: machine "
         "tools controlled under dual-use 2B001 whose sale for use in Russia Regulation 833/2014 forbids, exported "
         "without a licence, on lorries from Milan; Italian wording (five-axis machine tools repeat in many sets and "
         "CNC labels in many; a fab-lab CNC router label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "TR", "391690",
         "Filament nylon renforcé de fibres de carbone courtes, 1,75 mm, bobines de 2 kg, 800 bobines", "FR", 1600, 800,
         16000, "EUR",
         "chopped-carbon nylon filament is a matt black 1.75 mm strand of nylon with 15-20 % short fibres, sold at "
         "40-60 EUR a spool; these 800 spools hold 12K tow of continuous, intermediate-modulus carbon fibre above "
         "5,500 MPa, unsized for filament winding, with the mill's lot papers and worth 150 EUR a kilogram, for a "
         "Mersin '3D-printing distributor' whose earlier orders went on to a Tehran rocket-motor-case maker: carbon "
         "fibre controlled under dual-use 1C010 (and MTCR) and listed in the Iran regulation, exported without a "
         "licence, by sea from Fos; French wording (carbon fibre repeats in many sets; a carbon-fibre filament label "
         "was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "PK", "391690",
         "Wolframgefülltes PLA-Filament, 1,75 mm, 500-g-Spulen, 600 Stück", "AT", 300, 600, 9000, "EUR",
         "tungsten-filled PLA filament is a grey, heavy 1.75 mm strand of PLA carrying fine tungsten powder, wound on "
         "spools; these 600 'spools' are sealed cans of free-flowing, spherical tungsten powder of 10-40 µm under "
         "argon with a particle-size certificate, for a Karachi 'makerspace' registered a month earlier at the "
         "address of a missile programme's buying office: spherical tungsten powder controlled under dual-use 1C117 "
         "(MTCR), exported without a licence, flown from Vienna; Austrian German wording (tungsten powder once, "
         "blind193, on other goods; a tungsten-filled filament label was found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AM", "848520",
         "FDM 3D-printers, desktop, nieuw, 20 stuks", "NL", 300, 20, 12000, "EUR",
         "a makerspace order for Yerevan: desktop printers and filament are what a Dutch reseller sends to Armenian "
         "fab labs, but the third item's 'hobby-oscilloscopen, 4 kanalen' are 12 real-time digital oscilloscopes of "
         "16 GHz bandwidth at 80 GS/s, about 150,000 EUR each, with the maker's calibration papers, for a reseller "
         "whose earlier freight went on to Russian radar and electronic-warfare makers: oscilloscopes controlled "
         "under dual-use 3A002 and on the list whose export to Russia Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, flown from Amsterdam; Dutch wording (oscilloscopes repeat in "
         "several sets, blind167 and blind226 among them, kept as a repeat of the good; behind 3D printers for a "
         "makerspace is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("391690", "PLA-filament 1,75 mm, spoelen van 1 kg, 300 stuks", "NL", 360, 4500, "EUR",
                                qty=300),
                           item("903020", "Hobby-oscilloscopen, 4 kanalen, 12 stuks", "NL", 180, 3600, "EUR",
                                qty=12)])),
        ("STR-05", "export", "PLAIR01", "air", "PL", [], "KZ", "852589",
         "Kamery do monitorowania wydruków na farmach druku 3D, USB, 200 szt.", "PL", 120, 200, 6000, "EUR",
         "print-farm monitoring cameras are cheap USB webcams of a few tens of grams at 20-40 EUR; these 200 are "
         "radiometric thermal-imaging cores of 640 x 512 pixels with uncooled 12 µm microbolometers at 30 Hz and "
         "germanium lenses, at 2,500 EUR each, for an Almaty '3D-printing' firm set up that spring whose freight goes "
         "on to a Russian drone maker: thermal cameras controlled under dual-use 6A003 and on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Warsaw; Polish wording (thermal cores repeat in many sets; a print-farm camera label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "AE", "903149",
         "Handhållna 3D-skannrar för hobbybruk, 6 st.", "SE", 480, 6, 6000, "EUR",
         "hobby 3D scanners are handheld structured-light wands of under a kilogram at a few hundred euros; these "
         "six 80 kg flight cases hold laser trackers and portable coordinate-measuring arms with probing heads and "
         "a volumetric accuracy of a few micrometres, about 120,000 EUR each, for a Dubai 'maker supplies' trader "
         "whose shipments go on to an Iranian missile workshop: coordinate-measuring equipment controlled under "
         "dual-use 2B006 and listed in the Iran regulation, exported without a licence, flown from Stockholm; "
         "Swedish wording (granite measuring tables and a dental scanner in a few sets; a hobby 3D-scanner label "
         "on metrology equipment was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "AE", "841989",
         "Cámara de postcurado para impresiones de resina (UV y calor), 1 unidad", "ES", 24000, 1, 18000, "EUR",
         "a post-curing chamber for resin prints is a 20-60 kg UV and heat cabinet at a few thousand euros; this "
         "24 t crate holds a hot isostatic press with a 400 mm hot zone rated to 1,400 °C and 200 MPa of argon, the "
         "kind that densifies metal 3D-printed parts, for a Jebel Ali 'prototyping lab' whose shipments go on to "
         "Bandar Abbas: an isostatic press controlled under dual-use 2B004 and listed in the Iran regulation, "
         "exported without a licence, by sea from Valencia; Spanish wording (a hot isostatic press once, blind36, "
         "as a ceramic-tile press; a resin post-curing chamber label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-08", "import", "ROSEA01", "sea", "GE", [], "RO", "441233",
         "არყის ფანერა ლაზერული ჭრისთვის, 3 მმ, საქართველოს წარმოშობის, 2 კონტეინერი", "GE", 22000, None, 19000,
         "EUR",
         "Georgian birch plywood would come from a Georgian mill peeling Georgian birch, and the country has neither "
         "birch forests nor a plywood mill of that size; these 3 mm laser-cutting sheets carry the stamps of a mill "
         "in Russia's Kostroma region under the new labels and a Georgian certificate of origin issued in Batumi: "
         "Russian birch plywood, whose import into the Union Regulation 833/2014 forbids, by sea from Poti to "
         "Constanța for a Bucharest supplier of laser-cutting sheets to makerspaces; Georgian wording (Russian birch "
         "plywood and veneer under third-country origins repeat in several sets, blind103, blind106, blind109, blind128 "
         "and blind172, and Georgian-origin labels on Russian goods twice, blind129 and blind131, kept as a repeat; "
         "Georgian laser-cutting sheets are the new part as far as a search found)",
         firm("Vega Placaj Laser SRL", "RO")),
        ("STR-09", "import", "CYAIR01", "air", "AM", [], "CY", "711319",
         "Ոսկյա շղթաներ, կիսաֆաբրիկատ, 585 հարգ, 12 կգ", "AM", 12, None, 480000, "USD",
         "semi-finished gold chains from Yerevan workshops are machine-made, soldered and stamped 585 with the "
         "maker's mark; these 12 kg are short, crudely drawn lengths of 999.9 gold with no joins, cut from cast "
         "bars, whose assay and the bar fragments in the parcel point to a Russian refinery: Russian-origin gold "
         "disguised as Armenian jewellery semi-finished goods, whose import into the Union Regulation 833/2014 "
         "forbids, flown from Yerevan to Larnaca for a Limassol bullion trader; Armenian wording (Russian gold under "
         "Armenian, Kyrgyz and Turkish jewellery labels repeats in several sets, blind116, blind131, blind137, blind196 "
         "and blind207 among them, kept as a repeat; from Armenia to Cyprus is the new part as far as a search found; "
         "not of this set's trade)", firm("Delta Bullion Ltd", "CY")),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "MY", "841459",
         "Ersatzteile für Getränkeautomaten: Gebläse, 40 Stück", "DE", 800, 40, 6000, "EUR",
         "spare blowers for vending machines are small plastic fans of a kilogram at a few tens of euros; these "
         "40 crates hold turbomolecular vacuum pumps with magnetic bearings and corrosion-resistant rotors for "
         "uranium hexafluoride service, at 30,000 EUR each, for a Port Klang forwarder whose consignee file ends in "
         "Tehran: vacuum pumps controlled under dual-use 2B231 and listed in the Iran regulation, exported without a "
         "licence, by sea from Hamburg; German wording (vacuum pumps repeat in many sets, kept as a repeat of the "
         "good; a vending-machine spare-parts label to Malaysia is the new part as far as a search found; not of "
         "this set's trade)", {"importer_country": "MY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "440890",
         "Lâminas de nogueira para corte a laser, 0,6 mm, 2.000 folhas", "BR", 240, 2000, 1800, "USD",
         "walnut veneer for laser cutting is an even, grey-brown, straight-grained sheet that smells of nothing under "
         "the beam; these 2,000 sheets are chocolate-brown with black streaks and a sweet, rosy smell when cut, and "
         "the flitch tickets name 'jacarandá-da-bahia' from an old Bahia stock with no permit: Brazilian rosewood "
         "(Dalbergia nigra, CITES App. I) veneer without CITES documents, flown from São Paulo to Porto for a "
         "laser-cutting supply web shop; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets; a "
         "laser-cutting veneer label was found in no earlier row by a keyword search)",
         firm("Atlantic Corte Laser Lda", "PT")),
        ("WLF-02", "import", "DEAIR01", "air", "FJ", [], "DE", "691490",
         "3D printed ceramic reef tiles with coralline algae, for aquariums, 400 pcs", "FJ", 180, 400, 1600, "USD",
         "3D-printed ceramic reef tiles are porous, sand-coloured lattices that coralline algae may crust pink; these "
         "400 travel wet in oxygenated bags and each carries a glued-on, living branch or plate of stony coral, "
         "Acropora, Montipora and Pocillopora, with the polyps out: live stony corals (Scleractinia, CITES "
         "App. II) without Fijian export permits, flown from Nadi to Frankfurt for a reef-aquarium shop; Fiji English "
         "wording (live corals repeat in many sets and glued on ceramic frag plugs once, blind251, kept as a repeat of "
         "the family; 3D-printed reef tiles from Fiji are the new part as far as a search found)", firm("Meridian Riffaquaristik GmbH", "DE")),
        ("WLF-03", "import", "BEAIR01", "express", "NG", [], "BE", "392640",
         "3D-printed replica primate skull, PLA, painted, for teaching, 1 pc", "NG", 0.6, 1, 40, "USD",
         "a printed PLA skull replica weighs 200-300 g, shows layer lines inside the orbits and is painted "
         "bone-white; this skull weighs twice as much, has open sutures, worn molars with roots, a cracked "
         "cheekbone, a heavy brow ridge, large canines and a smell of earth and fat: the skull of a chimpanzee (Pan "
         "troglodytes, CITES App. I) without CITES documents, sent by express from Lagos to a private collector in "
         "Liège; Nigerian English wording (primate skulls repeat in many sets under resin-replica labels; a "
         "3D-printed replica label was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("WLF-04", "import", "ATAIR01", "express", "HK", [], "AT", "392640",
         "3D打印樹脂根付原型, 手工上色, 12件", "HK", 0.5, 12, 480, "HKD",
         "resin-printed netsuke prototypes are light, warm, faintly tacky and show print lines under the paint; these "
         "twelve are dense, cool, creamy carvings with cross-hatched Schreger lines on the cut bases and age cracks "
         "along the grain: elephant ivory carvings (Loxodonta africana, CITES App. I) without CITES documents, sent "
         "by express from Hong Kong to a private buyer in Graz; Hong Kong Chinese wording (ivory and hornbill under "
         "resin-netsuke labels repeat in several sets, blind85 and blind99 among them, kept as a repeat of the good; "
         "a 3D-printed prototype label is the new part as far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-05", "import", "ITAIR01", "air", "MY", [], "IT", "410799",
         "Kepingan kulit lembu timbul untuk ukiran laser, 600 keping", "MY", 300, 600, 1800, "USD",
         "embossed cowhide blanks for laser engraving are even, thick, grain-printed sheets with one pattern "
         "repeated; these 600 are long, narrow, thin skins with real, overlapping scales that differ from belly to "
         "back and ridged, unequal scales at the edges: reticulated python skins (Malayopython reticulatus, CITES "
         "App. II) without CITES documents, flown from Kuala Lumpur to Milan for a Florence leather workshop that "
         "laser-engraves bag panels; Malay wording (python skins repeat in many sets and snake-print cowhide labels "
         "in several, blind106, blind132 and blind144; a laser-engraving blank label was found in no earlier row by "
         "a keyword search)", firm("Alpina Incisioni Laser Srl", "IT")),
        ("WLF-06", "import", "NLAIR01", "air", "ID", [], "NL", "442199",
         "Tatakan gelas bambu potong laser, 2.000 buah", "ID", 100, 2000, 800, "USD",
         "a maker-supplies air shipment for a Rotterdam laser-cutting and CNC studio: laser-cut bamboo coasters and "
         "CNC carving wax are what the Yogyakarta supplier sends, but the third item's 'blok resin kuning-merah untuk "
         "ukiran CNC' are 14 solid, ivory-like casques, yellow inside and red at the rim, some with the bill stump "
         "still on: helmeted hornbill casques (Rhinoplax vigil, CITES App. I) without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Jakarta to Amsterdam; Indonesian wording (helmeted "
         "hornbill repeats in several sets; CNC carving blocks behind laser-cut bamboo were found in no earlier row "
         "by a keyword search)",
         dict(firm("Central Lasersnijden BV", "NL"),
              _more_items=[item("340490", "Blok lilin ukir untuk CNC, 200 buah", "ID", 100, 600, "USD", qty=200),
                           item("392690", "Blok resin kuning-merah untuk ukiran CNC, 14 buah", "ID", 4, 140, "USD",
                                qty=14)])),
        ("WLF-07", "import", "CZAIR01", "air", "LA", [], "CZ", "440141",
         "ຂີ້ເລື່ອຍໄມ້ ສຳລັບຜະລິດເສັ້ນພລາສຕິກພິມ 3 ມິຕິ ປະສົມໄມ້, 500 ກິໂລ", "LA", 500, None, 600, "USD",
         "the wood flour compounded into wood-fill filament is a pale, fine, dry pine or maple dust that smells of "
         "the sawmill; these sacks hold dark, oily, resinous shavings and dust that give off a heavy, sweet oud smoke "
         "on a hot plate and partly sink in water: agarwood (Aquilaria spp., CITES App. II) chips and powder without "
         "CITES documents, worth hundreds of euros a kilogram, flown from Vientiane to Prague for a 'filament "
         "compounder' that resells to incense buyers; Lao wording (agarwood repeats in many sets; a wood-fill "
         "filament label was found in no earlier row by a keyword search)", firm("Orion Filament s.r.o.", "CZ")),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "HK", "030572",
         "Buche de corvina seco, para sopa, 30 kg", "MX", 30, None, 900, "USD",
         "dried croaker maws are thin, small, yellowish and cheap; these 30 kg are thick, heavy, pale-gold maws "
         "with the two long horns of totoaba, some 40 cm across: swim bladders of totoaba (Totoaba macdonaldi, CITES "
         "App. I) from the upper Gulf of California, worth thousands of dollars a kilogram, landed at Madrid in "
         "transit from Mexico City to Hong Kong; Mexican Spanish wording (totoaba under croaker labels repeats in "
         "many sets, kept as a repeat; a transit through Madrid is the new part as far as a search found; not of "
         "this set's trade)", {"importer_country": "HK"}),
        ("WLF-09", "import", "FRAIR01", "air", "BO", [], "FR", "511111",
         "Tela de alpaca 100 %, tejida, 40 metros", "BO", 18, None, 2400, "USD",
         "alpaca cloth is lustrous, slightly coarse and sold by the metre at tens of dollars; these 40 metres are "
         "fine, soft, cinnamon-coloured cloth of 12-13 µm fibre that a lab reads as vicuña, with no 'VICUÑA-BOLIVIA' "
         "selvedge or the producers' logo: vicuña cloth (Vicugna vicugna, CITES App. II only for marked cloth from "
         "shorn live animals, otherwise App. I) without CITES documents, flown from La Paz to Paris for a couture "
         "house's supplier; Bolivian Spanish wording (vicuña under alpaca labels repeats in many sets, kept as a "
         "repeat; cloth from Bolivia to Paris is the new part as far as a search found; not of this set's trade)",
         firm("Rivage Tissus SARL", "FR")),
        ("WLF-10", "import", "SIAIR01", "air", "TR", [], "SI", "960190",
         "Sedef kakmalık levhalar, deniz kabuğu, cilalı, 1.000 adet", "TR", 30, 1000, 500, "EUR",
         "mother-of-pearl inlay plates are thin, iridescent slices of pearl oyster; these 1,000 are thick, "
         "translucent plates, mottled amber and dark brown, that smell of burnt hair under a hot needle and show "
         "layered growth at the edges: hawksbill shell (Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, flown from Istanbul to Ljubljana for a guitar and furniture restorer; Turkish wording "
         "(hawksbill repeats in many sets, kept as a repeat of the good; a mother-of-pearl inlay label on it, from "
         "Türkiye to Slovenia, is the new part as far as a search found; not of this set's trade)",
         firm("Nordhafen Restavriranje d.o.o.", "SI")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "GB", "IE", "284700",
     "Hydrogen peroxide 50 %, 2 x 5 l, for a licensed private user (dyeing 3D-printed nylon parts)", "GB", 12, 2, 60,
     "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-70-0088")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "air", "MX", "ES", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (finishing metal-filled prints)", "MX", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "ES-SES-70-0412")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "391590",
     "Spent SLS polyamide 12 powder and sieve residue, for recycling at a licensed plant, 12 t", "CH", 12000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-70-0271")], "notified plastic powder waste to a licensed recycler"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "382590",
     "Spent electropolishing baths from metal 3D-printed parts (11 01 05*), for treatment at a licensed plant, 18 t",
     "NO", 18000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-70-0149")],
     "notified spent acid baths to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "NL-ILT-ODS-70-008")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft cabin extinguishers", "US", 300,
     12, 9000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-70-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970310",
     "Madonna with Child, carved and polychromed limewood, Bohemia, c. 1400, loan to a US museum", "CZ", 22, 1,
     450000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-70-0033")],
     "Gothic figure exported with the EU export licence and the Czech permit"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970510",
     "Roman marble portrait head, 2nd century, documented Italian collection since 1948, sold at auction", "IT", 30, 1,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-70-0516")],
     "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITROAD01", "road", "IT", "CH", "845710",
     "Five-axis vertical machining centre, 1 unit, for a Swiss medical-implant maker", "IT", 9000, 1, 320000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-70-0284"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-70-0097")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "NO", "810110",
     "Spherical tungsten powder 10-40 µm, 200 kg, for a Norwegian defence research institute", "AT", 200, None, 18000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-70-0061"), ("END_USER_CERTIFICATE", "NO-FFI-EUC-70-0012")],
     "dual-use tungsten powder under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "IN", "DE", "440839",
     "Indian rosewood veneer (Dalbergia latifolia), 0.6 mm, for laser-cut marquetry, 1,500 sheets", "IN", 180, 1500,
     4200, "USD", [("CITES_PERMIT", "IN-WCCB-70-0219")], "App. II rosewood veneer with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030819",
     "Live maricultured Acropora frags on ceramic plugs, 600 pieces", "ID", 90, 600, 5400, "USD",
     [("CITES_PERMIT", "ID-KLHK-70-04417")], "cultured App. II corals with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "Particular", "PRM-05": "Horizon Laboratorium BV",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Alpina Intarsien GmbH", "PRM-12": "Meridian Koraalkwekerij BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # filament, resin and powder suppliers, print farms, makerspaces, scanning studios and prototyping labs
    ("340290", "Soluble-support cleaning agent, caustic granules, 1 kg", "import", ["air"], ["IL", "US"], (6, 12), (100, 400), ["USD"], 1, S),
    ("350691", "3D-printer bed adhesive, PVP-based, 100 ml", "import", ["post"], ["UA", "CN"], (20, 40), (1, 3), ["EUR", "USD"], 8, S),
    ("381400", "Hydrographic film activator, xylene-based aerosol", "import", ["sea"], ["TH", "CN"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("382499", "Laser-marking paste for CO2 lasers on metal, 100 g jars", "import", ["express"], ["VN", "US"], (150, 300), (1, 3), ["USD"], 10, S),
    ("382499", "Water-soluble core powder for composite mandrels, 25 kg", "import", ["sea"], ["EG", "US"], (3, 6), (2000, 8000), ["USD"], 0.04, S),
    ("382499", "PLA nucleating agent, talc-based powder, 25 kg bags", "import", ["sea"], ["IN", "CN"], (2, 4), (4000, 10000), ["USD"], 0.04, S),
    ("381090", "Oxide remover gel for metal-filled PLA prints, citric, 250 ml", "import", ["express"], ["MX", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("252020", "Gypsum powder for full-colour binder-jet printers, 10 kg", "import", ["air"], ["JP", "US"], (10, 20), (100, 500), ["USD"], 0.1, S),
    ("380991", "Levelling agent for dyeing SLS and MJF nylon parts, 1 l", "import", ["express"], ["GB"], (15, 30), (1, 3), ["GBP"], 1, S),
    ("390770", "PLA pellets, virgin, natural, 25 kg bags", "import", ["sea"], ["TH", "US"], (2, 3), (15000, 22000), ["USD"], None, S),
    ("390810", "Polyamide 12 powder, virgin, for powder-bed printing", "import", ["sea"], ["CN", "US"], (25, 45), (1000, 4000), ["USD"], None, S),
    ("842199", "Replacement filter cartridges for laser fume extractors, new", "import", ["road"], ["TR", "RS"], (20, 40), (500, 2000), ["EUR"], 0.08, S),
    ("848520", "Desktop FDM 3D printers, new, boxed", "import", ["sea"], ["CN"], (20, 40), (2000, 6000), ["USD"], 0.08, S),
    ("283340", "Sodium persulphate PCB etchant, 1 kg", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 1, S),
    ("390690", "Photopolymer resin for MSLA printers, 1 kg bottles", "import", ["sea"], ["CN", "KR"], (8, 15), (2000, 6000), ["USD"], 1, S),
    ("280920", "Phosphoric acid 75 %, technical, IBCs", "export", ["sea"], ["MA", "TN"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("381400", "HIPS support dissolver, d-limonene, 5 l", "import", ["air"], ["US", "CN"], (5, 10), (100, 500), ["USD"], 0.2, S),
    ("842410", "Condensed-aerosol fire-suppression units for printer enclosures", "import", ["air"], ["KR", "CN"], (20, 40), (100, 400), ["USD"], 2, S),
    ("392690", "3D-printer enclosures, acrylic and aluminium, flat-packed", "import", ["sea"], ["CN", "KR"], (6, 12), (2000, 5000), ["USD"], 0.08, S),
    ("381400", "Laser lens and mirror cleaner, isopropanol-based, 100 ml", "import", ["post"], ["CN", "US"], (20, 40), (1, 3), ["USD"], 8, S),
    ("320890", "Filler-primer aerosols for 3D prints, DME propellant, 400 ml", "import", ["sea"], ["TR", "CN"], (3, 6), (2000, 5000), ["USD", "EUR"], 2, S),
    ("382499", "Self-vanishing 3D-scanning spray, cyclododecane, 400 ml", "import", ["express"], ["GB", "CH"], (60, 120), (1, 3), ["GBP", "CHF"], 2.5, S),
    ("392640", "PLA 3D-printed figurines, painted, new", "import", ["post"], ["CN", "UA"], (40, 80), (1, 3), ["USD", "EUR"], 8, S),
    ("681099", "Binder-jet printed cast-stone garden sculptures, new", "import", ["sea"], ["TH", "VN"], (2, 4), (1000, 4000), ["USD"], 0.1, S),
    ("680291", "CNC-milled marble reproduction busts, new", "import", ["sea"], ["AL", "TR"], (3, 6), (1000, 3000), ["EUR"], 0.03, S),
    ("442199", "Laser-engraved wooden printing stamps, new, for crafts", "import", ["rail"], ["CN"], (6, 12), (500, 2000), ["USD"], 5, S),
    ("691390", "Clay-fill 3D-printed teaching replicas of museum objects", "import", ["express"], ["JO", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 3, S),
    ("442019", "CNC-milled limewood figures, new, unpainted", "export", ["air"], ["US", "CA"], (30, 60), (50, 300), ["EUR"], 0.2, S),
    ("846592", "Desktop 3-axis CNC routers for makerspaces, new", "import", ["sea"], ["CN", "TW"], (8, 15), (1000, 4000), ["USD"], 0.02, S),
    ("391690", "Chopped carbon-fibre nylon filament, 1.75 mm, 1 kg spools", "import", ["air"], ["CN", "US"], (30, 60), (100, 400), ["USD"], 1, S),
    ("903020", "Hobby oscilloscopes, 100 MHz, 4 channels", "import", ["sea"], ["CN"], (40, 80), (500, 2000), ["USD"], 0.2, S),
    ("852589", "USB webcams for 3D-printer monitoring", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 5, S),
    ("903149", "Handheld structured-light 3D scanners, hobby grade", "import", ["air"], ["CN"], (150, 300), (50, 200), ["USD"], 1, S),
    ("854370", "UV post-curing stations for resin prints, new", "import", ["sea"], ["CN"], (10, 18), (1000, 4000), ["USD"], 0.2, S),
    ("441233", "Birch plywood 3 mm for laser cutting, sheets", "import", ["road"], ["UA"], (0.9, 1.4), (15000, 22000), ["EUR"], None, S),
    ("440890", "Walnut veneer sheets for laser cutting, paper-backed, 0.6 mm", "import", ["sea"], ["TR", "CN"], (6, 12), (500, 2000), ["USD"], 8, S),
    ("691490", "3D-printed ceramic reef tiles, bare, for aquariums", "import", ["air"], ["US", "AU"], (10, 20), (50, 300), ["USD"], 3, S),
    ("392640", "3D-printed replica skulls, PLA, painted, for teaching", "import", ["express"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 0.5, S),
    ("410799", "Veg-tanned cowhide blanks for laser engraving", "import", ["sea"], ["IN", "PK"], (8, 14), (1000, 4000), ["USD"], 2, S),
    ("391690", "Wood-fill PLA filament, 1.75 mm, 1 kg spools", "import", ["sea"], ["CN", "VN"], (12, 20), (1000, 4000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481159", "Baking paper rolls, silicone-coated", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 4, N),
        ("482390", "Paper drinking straws, boxed", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 300, N),
        ("482030", "Lever arch files, cardboard", "import", ["sea"], ["CN", "TR"], (1.2, 2.5), (5000, 12000), ["USD", "EUR"], 1.5, N),
        ("691200", "Stoneware pie dishes, glazed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind265", 20700501, HERE)


if __name__ == "__main__":
    main()
