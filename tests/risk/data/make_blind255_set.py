#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-fifth blind set (tests/risk/data/blind255-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2068, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: clocks, barometers and scientific
antiques (clock and watch restorers, barometer and scientific-instrument dealers,
horological suppliers, turret-clock firms and specialist auctioneers).
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
animal origin, CITES-listed woods and animal parts, cultural goods needing a licence)
appear only in the permitted rows, with their document, and goods whose importer must
hold an authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms
parts) are left out of the ordinary table (the shared everyday table's two steel rows
are dropped, as in blind128). Disguised rows carry a consignee name only where a real
declaration would. Ids are BL255-*:

    python3 tests/risk/data/make_blind255_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LVAIR01", "express", "UZ", [], "LV", "340290",
         "Soat mexanizmlarini ultratovushli tozalash uchun ammiakli konsentrat, 4 x 1 litr", "UZ", 5.6, 4, 320000,
         "UZS",
         "an ammoniated clock-movement cleaning concentrate is a pale, soapy liquid of about 0.98 kg/l that smells "
         "sharply of ammonia and turns brass bright; these four bottles weigh 1.40 kg/l, fume brown when opened, "
         "smell of nothing like ammonia, yellow the skin and eat into a brass test wheel: about 65 % nitric acid "
         "(Annex I of Regulation 2019/1148 above 3 %), sent by express from Tashkent to a private clock restorer in "
         "Riga; Uzbek wording (nitric acid repeats in many sets and cleaner labels in several, a watch-cleaning label "
         "among them in blind196's jewellers' set; an ammoniated clock-movement cleaner from Uzbekistan was found in "
         "no earlier row by a keyword search)", person("Privātpersona", "LV")),
        ("PRE-02", "import", "HRAIR01", "express", "AL", [], "HR", "340399",
         "Vaj sintetik për orë mekanike dhe orë muri, 4 x 1 litër", "AL", 7.4, 4, 60, "EUR",
         "synthetic clock oil is a thin, clear, slightly yellow oil of 0.85-0.95 kg/l sold by the 20 ml bottle, "
         "that spreads and stays where it is put; these four litre bottles hold an oily, odourless liquid of "
         "1.84 kg/l that chars the paper label black, grows hot with a drop of water and does not spread on brass: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express from Tirana to a private person in Split; "
         "Albanian wording (sulphuric acid repeats in many sets and oil covers on it in several: paraffin, vaseline, "
         "castor and linseed oil; a clock-oil label was found in no earlier row by a keyword search)",
         person("Privatna osoba", "HR")),
        ("PRE-03", "import", "ITAIR01", "air", "IN", [], "IT", "281820",
         "डायमेंटाइन पॉलिशिंग पाउडर (एल्यूमिना) घड़ीसाज़ों के लिए, 500 ग्राम डिब्बा, 200 डिब्बे", "IN", 100, 200,
         600, "USD",
         "Diamantine is the watchmakers' polishing powder: a fine, snow-white, gritty alumina that does not dissolve "
         "and is mixed with oil on a glass plate; these 200 tins hold a heavier, crystalline white powder that "
         "dissolves in water, is not gritty, and burns fiercely mixed with sugar, and the inner liners read "
         "'KClO4', for a Milan horological-supply wholesaler that repacks it in 30 g tubes for hobbyists: potassium "
         "perchlorate (Annex I above 40 %) made available to members of the public, flown from Mumbai; Hindi wording "
         "(potassium perchlorate repeats in many sets and polishing-powder labels in several, Wiener Kalk and "
         "pumice among them; a Diamantine label was found in no earlier row by a keyword search)",
         firm("Orion Forniture Orologeria Srl", "IT")),
        ("PRE-04", "import", "DEPOST01", "post", "CH", [], "DE", "130190",
         "Weissschellack, entwachst, gebleicht, für Politur von Uhrengehäusen, 4 x 500 g", "CH", 2, 4, 96, "CHF",
         "dewaxed bleached shellac is a cream-white flake or granule that smells faintly of resin, dissolves in "
         "alcohol into a French polish and stays in lumps in water; these four bags hold hard, glassy white "
         "crystals with no smell that dissolve at once in water, draw damp in the open bag and burn brightly with "
         "sugar, and the inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from a Swiss "
         "village workshop to a private clock-case restorer in Freiburg; Swiss German wording (sodium perchlorate "
         "repeats in many sets; shellac appears in earlier rows only on other goods, and a bleached-shellac label "
         "on a precursor was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "ATPOST01", "post", "BA", [], "AT", "382499",
         "Tečnost za regeneraciju vlasnih higrometara, 4 x 1 litar", "BA", 4.5, 4, 40, "EUR",
         "a hair hygrometer is regenerated by wrapping the hair in a cloth soaked in distilled water, and the "
         "'regenerating fluid' some dealers sell is just that: water of 1.00 kg/l; these four bottles have vented "
         "caps, hold a water-clear liquid of 1.13 kg/l that whitens and stings the skin, fizzes on rust and bleaches "
         "a cotton bud, and a peroxide strip reads about 35 %: hydrogen peroxide (Annex I above 12 %), posted from "
         "Sarajevo to a private barometer collector in Graz; Bosnian wording (hydrogen peroxide repeats in many "
         "sets and water-like labels on it in many; a hygrometer label was found in no earlier row by a keyword "
         "search)", person("Thomas Gruber", "AT")),
        ("PRE-06", "import", "SEROAD01", "road", "NO", [], "SE", "381400",
         "Fortynner for zaponlakk til messinginstrumenter, 6 x 1 liter", "NO", 6.8, 6, 900, "NOK",
         "Zapon thinner is a light nitrocellulose-lacquer solvent of about 0.87 kg/l that smells of pear drops and "
         "evaporates in seconds; these six bottles hold an oily liquid of 1.14 kg/l with a faint, sweetish smell "
         "that dries slowly, and the filler's drum label copied on the delivery note reads 'CH3NO2': nitromethane "
         "(Annex I above 16 %), carried in a car boot from Oslo through Svinesund for a private restorer of brass "
         "microscopes and barometers in Gothenburg; Norwegian wording (nitromethane repeats in many sets and "
         "lacquer-thinner labels in several; a Zapon-lacquer label was found in no earlier row by a keyword "
         "search)", person("Mr L. Nilsson", "SE")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "340290",
         "Praf concentrat pentru curățarea mecanismelor de ceas, fără amoniac, saci 25 kg, 640 saci", "MD", 16000,
         640, 9600, "EUR",
         "an ammonia-free powder concentrate for clock-cleaning baths is a fine, soapy, alkaline powder sold by the "
         "kilo tin; these 640 sacks hold white prills that make water ice-cold as they dissolve, do not foam, test "
         "at 34 % N and melt and fume on a hot plate, for an Iași DIY and restoration web shop that repacks them in "
         "1 kg bags for the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, on a lorry at Sculeni; Romanian wording from Moldova (ammonium nitrate repeats in many sets and "
         "cleaning-powder labels in a few; a clock-cleaning label was found in no earlier row by a keyword "
         "search)", firm("Vega Restaurări SRL", "RO")),
        ("PRE-08", "import", "NLSEA01", "sea", "KR", [], "NL", "291813",
         "과학 골동품 복원용 로셸염 결정 (타르타르산나트륨칼륨), 1 kg 봉지, 4,000 봉지", "KR", 4000, 4000, 6000,
         "USD",
         "Rochelle salt for crystal-radio and piezo demonstrations is a large, clear crystal that tastes cool and "
         "salty and melts in its own water of crystallisation at 75 °C; these bags hold cubic crystals that stay "
         "dry on a hot plate until they fizz and flare yellow, and the factory sheet in the container gives CAS "
         "7775-09-9, for a Rotterdam scientific-hobby web shop that sells the bags to the public: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Busan; Korean wording (sodium "
         "chlorate repeats in many sets and a Rochelle-salt label once, blind93, on another good; from Korea by sea "
         "for a scientific-hobby shop is the new part; kept as a repeat of the label)", firm("Horizon Wetenschapshobby BV", "NL")),
        ("PRE-09", "import", "ITSEA01", "sea", "TR", [], "IT", "251820",
         "Viyana kireci (Wiener Kalk), saatçi ve kuyumcu cilası için, 500 g kutu, 1.200 kutu", "TR", 600, 1200,
         900, "EUR",
         "Vienna lime is a soft, matt, chalky powder of calcined dolomite that grows warm and alkaline with a drop "
         "of water and must be kept airtight; these 1,200 tins hold shiny, tasteless crystals that stay cold in "
         "water, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags, for a Trieste "
         "watchmakers' and jewellers' supply house that also sells over the counter: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Izmir; Turkish wording (potassium "
         "chlorate repeats in many sets, and a Wiener-Kalk label once, blind155, on a precursor; kept as a repeat "
         "of the label, by sea from Türkiye to Trieste is the new part)", firm("Central Forniture Orafe Srl", "IT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "845899",
         "Urarski strug, korišćen, sa priborom, 3 kom", "RS", 180, 3, 1500, "EUR",
         "a Novi Sad clockmaker's workshop bought whole by a Szeged restorer: watchmakers' lathes and old "
         "wall-clock movements are what such sales hold, but the third item's 'destilovana voda za ultrazvučnu "
         "kadu' is four 5 l cans of a water-clear liquid of 1.20 kg/l with vented caps that fizzes on a cut and "
         "whitens the skin: about 50 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a "
         "three-item declaration, at Röszke; Serbian wording (hydrogen peroxide repeats in many sets and "
         "distilled-water labels in several; behind a clockmaker's workshop lot is the new part as far as a search "
         "found)",
         dict(firm("Vega Órajavító Kft.", "HU"),
              _more_items=[item("910990", "Mehanizmi zidnih satova, korišćeni, 40 kom", "RS", 30, 400, "EUR", qty=40),
                           item("285390", "Destilovana voda za ultrazvučnu kadu, 4 x 5 l", "RS", 24, 20, "EUR", qty=4)])),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "SR", "701090",
         "Glazen slingerpotten voor regulateurklokken, leeg, 120 stuks", "BE", 480, 120, 600, "EUR",
         "the glass jars of a mercury-compensated regulator pendulum are sold empty, a few hundred grams each; "
         "these 120 jars weigh 4 kg apiece, are sealed with wax and tape over a silvery liquid that runs in beads "
         "when one is tilted, drained from regulators bought up at Belgian and French clock fairs: metallic "
         "mercury, whose export from the Union the Mercury Regulation (2017/852) forbids, and waste whose export to "
         "a non-OECD country is banned, from Antwerp to a Paramaribo 'antiques' buyer who supplies gold miners; "
         "Flemish Dutch wording (mercury repeats in many sets and barometer covers in several; a regulator "
         "pendulum-jar label was found in no earlier row by a keyword search)", {"importer_country": "SR"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "TN", "381400",
         "Solvant de nettoyage horloger régénéré, hydrocarboné, fûts 200 l, 80 fûts", "FR", 14000, 80, 2800, "EUR",
         "a regenerated watch-cleaning solvent is a clear, water-white hydrocarbon with a test certificate; these "
         "drums hold a two-layer, grey-brown liquid with oil, ammonia-smelling rinse, grinding sludge and brass "
         "fines at the bottom, pumped out of the cleaning machines of a Besançon watch-service centre: spent "
         "non-halogenated solvents and washing liquids (14 06 03*, 12 03 01*), hazardous waste whose export to a "
         "non-OECD country is banned, from Marseille to Radès for a 'solvent recycler'; French wording (spent "
         "solvents repeat in many sets; a watch-cleaning solvent from a service centre was found in no earlier "
         "waste row by a keyword search)", {"importer_country": "TN"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "GE", "851439",
         "Emaillier-Muffelöfen, gebraucht, funktionsfähig, 14 Stück", "DE", 2800, 14, 4200, "EUR",
         "a working enamelling kiln comes with its controller, a test record and a tight ceramic-fibre lining; "
         "these fourteen from a closed Pforzheim dial-enamelling workshop have no controllers, broken heating "
         "elements and doors whose grey, crumbling board sheds white fibres that show chrysotile under a lens: "
         "discarded equipment containing asbestos (16 02 12*, 17 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg to Poti for a Tbilisi 'enamel studio'; German wording (asbestos "
         "repeats in many sets and enamelling once, blind185, on a precursor; dial-enamelling kilns were found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-04", "export", "DKSEA01", "sea", "DK", [], "GH", "902300",
         "Antikke fysikinstrumenter til samlere, skolesamling, 300 stk.", "DK", 6000, 300, 3000, "EUR",
         "antique physics instruments for collectors are a few brass and mahogany pieces sold one by one; these 300 "
         "are grey 1960s-70s school transformers, capacitor banks, rheostats and power units stripped from Danish "
         "school stores, their oil-filled capacitors stamped 'Clophen' and leaking: discarded equipment containing "
         "PCBs (16 02 09*, 16 02 10*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to "
         "Tema for a 'collectibles' buyer; Danish wording (PCB capacitors and e-waste repeat in many sets; an "
         "antique-physics-instrument label on school apparatus was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-05", "export", "ESAIR01", "air", "ES", [], "HK", "850640",
         "Pilas de botón de óxido de plata, nuevas, a granel, 180 kg", "ES", 180, None, 5400, "EUR",
         "new silver-oxide button cells come in blister cards or maker's trays, bright and unscratched; these 180 kg "
         "are loose, scratched, mixed cells with tool marks from being prised out of watches, some leaking white "
         "crust, among them old mercuric-oxide cells, collected by a Spanish watch-repair chain's counters: spent "
         "batteries containing mercury (16 06 03*), hazardous waste whose export to a non-OECD country is banned, "
         "flown from Madrid to Hong Kong for 'silver recovery'; Spanish wording (button cells repeat in several "
         "sets; a watch-repair chain's collection declared as new cells by air to Hong Kong is the new part as far "
         "as a search found)", {"importer_country": "HK"}),
        ("WST-06", "export", "SKROAD01", "road", "SK", [], "UA", "700100",
         "Sklenené črepy, triedené, sodno-vápenaté, 22 t", "SK", 22000, None, 880, "EUR",
         "sorted soda-lime cullet is clean, one-colour broken glass from bottles and panes; these bags hold fine "
         "capillary tubing, thermometer bulbs and graduated stems with silvery beads in the cracks and grey sludge "
         "that reads mercury on a vapour meter, cleared from a closed Slovak thermometer and barometer works: "
         "glass and sludge contaminated with mercury (06 04 04*, 17 02 04*), hazardous waste whose export to a "
         "non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod 'glassworks'; Slovak wording (mercury and "
         "lamp glass as cullet repeat in several sets; a thermometer works' cullet was found in no earlier row by "
         "a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "EG", "281119",
         "Kyselina fluorokřemičitá 25 % pro fluoridaci vody, IBC 1 000 l, 20 ks", "CZ", 24000, 20, 2400, "EUR",
         "fluorosilicic acid for water fluoridation is a clear, colourless 25 % solution with a certificate of "
         "analysis; these IBCs hold a cloudy, green-grey, fuming liquid with a glassy sediment, pumped from the "
         "etching baths where a Czech laboratory-glass works graduates thermometer stems and hydrometers: spent "
         "hydrofluoric-acid etching baths (11 01 05*, 16 05 07*), hazardous waste whose export to a non-OECD "
         "country is banned, shipped from Hamburg to Alexandria; Czech wording (spent acids repeat in many sets "
         "and hydrofluoric acid in a few; a fluorosilicic-acid label for a thermometer-graduation bath was found "
         "in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-08", "export", "PLSEA01", "sea", "PL", [], "PH", "910700",
         "Sterowniki zegarów wieżowych, używane, sprawne, 60 szt.", "PL", 1800, 60, 3600, "EUR",
         "used tower-clock controllers for re-use are tested, boxed units with a radio or GPS receiver; these 60 "
         "are 1950s-70s bell-and-hand drive cabinets ripped out of Polish church towers, with cut cables, burnt "
         "relays and rows of glass mercury tilt switches, several cracked, and mercury beads in the bottoms: "
         "waste equipment containing mercury (16 02 13*, 20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, from Gdynia to Manila for a 'church-clock service' firm; Polish wording (mercury "
         "switches repeat in a few sets and a tower-clock-movement label once, blind90, on rubidium standards; "
         "tower-clock controllers as waste were found in no earlier row by a keyword search)", {"importer_country": "PH"}),
        ("WST-09", "export", "IESEA01", "sea", "IE", [], "NG", "910599",
         "Longcase clocks, 19th century, unsold auction lots, 12 pcs", "IE", 960, 12, 6000, "EUR",
         "a Cork auction house's unsold-lots container for a Lagos dealer: longcase clocks and Victorian furniture "
         "are what Irish salerooms clear to West Africa, but the third item's 'showroom display cabinets with "
         "lighting' are 40 cabinets packed solid with some 3,000 spent fluorescent tubes, many broken, and their "
         "ballasts: waste lamps containing mercury (20 01 21*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration; Irish English wording (lamp waste "
         "repeats in several sets and auction containers in a few; tubes inside saleroom display cabinets are the "
         "new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("940360", "Victorian furniture, mahogany, unsold auction lots, 30 pcs", "IE", 1800, 4500, "EUR", qty=30),
                           item("940360", "Showroom display cabinets with lighting, wooden, used, 40 pcs", "IE", 4800, 800, "EUR", qty=40)])),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "IN", "382499",
         "Sali per tempra e cementazione, nuovi, in fusti da 50 kg, 160 fusti", "IT", 8000, 160, 4000, "EUR",
         "new case-hardening salts are clean, white, free-flowing granules in sealed drums with a batch label; "
         "these drums hold grey, fused lumps of spent salt bath with scale, quench oil and bits of steel wire "
         "that smell of bitter almonds when damp, from a Varese works that case-hardened clock pinions and "
         "arbors: spent cyanide-bearing hardening salts (11 03 01*), hazardous waste whose export to a non-OECD "
         "country is banned, from Genoa to Nhava Sheva; Italian wording (spent cyanide hardening "
         "salts repeat, blind25, and fused-salt covers in blind176 and blind211; kept as a repeat, a clock-pinion "
         "works' salts under a new-salt label to India are the new part)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRPOST01", "post", "TN", [], "FR", "271012",
         "بنزين مكرر لتنظيف الساعات، 4 قارورات 1 لتر", "TN", 6.4, 4, 60, "TND",
         "watchmakers' rectified benzine is a light naphtha of 0.70 kg/l that burns at once and is sold in small "
         "bottles; these four litre bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and boil at "
         "77 °C: carbon tetrachloride, whose import into the Union Regulation 2024/590 bans, posted from Sfax to a "
         "private watchmaker in Marseille; Tunisian Arabic wording (carbon tetrachloride repeats in many sets and "
         "light-solvent labels on it in several, a benzine-type kimono stain remover in blind67 and petroleum "
         "ether in blind237; a watchmakers'-benzine label by post from Tunisia is the new part as far as a "
         "search found)", person("M. T. Dubois", "FR")),
        ("OZN-02", "import", "NLAIR01", "express", "MY", [], "NL", "381400",
         "Cecair bilasan pengeringan untuk mesin pembersih jam tangan, 4 x 5 liter", "MY", 24.8, 4, 900, "MYR",
         "the spin-dry rinse of a watch-cleaning machine is a light hydrocarbon of about 0.76 kg/l that burns and "
         "smells of paraffin; these four cans weigh 1.24 kg/l, do not burn, smell faintly ethereal, boil at 32 °C "
         "and a gas test gives 1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, sent "
         "by express from Kuala Lumpur to a Utrecht watch-repair workshop; Malay wording (HCFC-141b repeats in many "
         "sets and watch-cleaning rinse labels on ODS in several, blind134, blind154, blind176, blind222 and "
         "blind228; kept as a repeat of the label, Malay wording from Kuala Lumpur is the new part)",
         firm("Atlantic Horloges BV", "NL")),
        ("OZN-03", "import", "GRAIR01", "express", "UA", [], "GR", "271019",
         "Рідина для заправки морських компасів (ізопарафін), 10 x 1 л", "UA", 13.4, 10, 4000, "UAH",
         "compass fluid is a clear isoparaffin of about 0.76 kg/l that smells of nothing and does not freeze; "
         "these ten bottles weigh 1.34 kg/l, sink a cork at once, smell sweet like chloroform and boil at 74 °C, "
         "and the filler's old inner labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose "
         "import into the Union is banned, sent by express from Odesa to a Piraeus nautical-antiques dealer who "
         "refills ships' compasses; Ukrainian wording (methyl chloroform repeats in many sets; a compass-fluid "
         "label was found in no earlier row by a keyword search: the earlier compass rows are gyro units)",
         firm("Rivage Nautika AE", "GR")),
        ("OZN-04", "import", "DEAIR01", "express", "CN", [], "DE", "382499",
         "钟表润滑防扩散剂 (epilame), HFE 溶剂型, 250 毫升 x 40 瓶", "CN", 15.7, 40, 800, "USD",
         "an epilame in an HFE solvent is a water-clear liquid of about 1.5 kg/l that boils at 61 °C and leaves an "
         "invisible film that stops oil spreading; these 40 bottles boil at 48 °C, leave the same film, and the "
         "filler's drum stencil photographed in the carton reads 'F-113': an epilame dissolved in CFC-113 "
         "(trichlorotrifluoroethane), a product containing an ozone-depleting substance whose import into the "
         "Union is banned, sent by express from Shenzhen to a Glashütte movement finisher; Chinese wording (CFC-113 "
         "repeats in several sets under watch-cleaning labels, blind71, blind134, blind237, and HFE labels in a "
         "few; an epilame label was found in no earlier row by a keyword search)",
         firm("Nordhafen Uhrenteile GmbH", "DE")),
        ("OZN-05", "export", "MTSEA01", "sea", "MT", [], "LY", "841989",
         "Kmamar klimatiċi użati għall-kalibrazzjoni tal-igrometri, 6 unitajiet", "MT", 4800, 6, 9000, "EUR",
         "used climatic chambers for calibrating hygrometers come with a charge record and run on R-449A or CO2; "
         "these six 1990s cabinets from a Maltese meteorological-instrument firm still hold their charge, their "
         "nameplates read R-22 under new stickers and a refrigerant identifier at the service port gives "
         "chlorodifluoromethane: equipment containing HCFCs, whose export from the Union Regulation 2024/590 "
         "bans, from Valletta to Tripoli for a 'weather-station' buyer; Maltese wording (R-22 equipment repeats "
         "in many sets and climate test chambers once, blind119, imported from Japan; hygrometer-calibration "
         "chambers for export from Malta are the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-06", "import", "GRAIR01", "air", "AM", [], "GR", "381400",
         "Լաքի և ներկի հեռացնող միջոց (դիքլորմեթան) ժամացույցի պատյանների վերականգնման համար, 40 x 5 լ",
         "AM", 398, 40, 1600, "USD",
         "a dichloromethane varnish stripper for clock cases is a thickened liquid of 1.33 kg/l that smells sweet "
         "and lifts old polish in minutes; these 40 cans hold a thin liquid of 1.99 kg/l that boils at 68 °C, "
         "and the filler's drum heads photographed for the invoice read 'CH2BrCl': bromochloromethane (halon "
         "1011), whose import into the Union is banned outside licensed feedstock and laboratory uses, flown from "
         "Yerevan to Athens for a clock-case and furniture restorer; Armenian wording (bromochloromethane repeats "
         "in many sets and stripper labels in a few; a clock-case stripper label from Armenia was found in no "
         "earlier row by a keyword search)", firm("Orion Syntirisi AE", "GR")),
        ("OZN-07", "import", "LTAIR01", "air", "GE", [], "LT", "910400",
         "თვითმფრინავის კაბინის საათები АЧС-1, კოლექციონერებისთვის, 30 ც.", "GE", 30, 30, 1500, "USD",
         "a Tbilisi aviation-collectables air shipment for a Vilnius dealer: Soviet AChS-1 cockpit clocks and "
         "altimeters are what such dealers sell, but the third item's 'decorative empty bottles' are 24 "
         "olive-green OS-2 on-board extinguisher bottles still full, whose stencils read '114В2': halon 2402 "
         "(dibromotetrafluoroethane), whose import into the Union is banned outside licensed critical uses, "
         "hidden as the last item of a three-item declaration; Georgian wording (halon 2402 in Soviet bottles "
         "repeats in several sets and aircraft part-out lots in a few; behind cockpit clocks from Georgia is the "
         "new part as far as a search found)",
         dict(firm("Central Aviacija UAB", "LT"),
              _more_items=[item("901420", "თვითმფრინავის სიმაღლის საზომები, კოლექციონერებისთვის, 20 ც.", "GE", 40, 1200, "USD", qty=20),
                           item("731100", "დეკორატიული ცარიელი ბალონები, 24 ც.", "GE", 96, 120, "USD", qty=24)])),
        ("OZN-08", "transit", "GRSEA01", "sea", "EG", ["GR"], "MK", "382762",
         "غاز تبريد R-507A، اسطوانات 11.3 كجم، 600 اسطوانة", "EG", 6780, 600, 36000, "USD",
         "R-507A is an HFC blend of 1.05 kg/l liquid at about 11 bar at 20 °C and travels under an HFC quota "
         "document; these 600 cylinders read 9 bar, their liquid weighs 1.22 kg/l and a refrigerant identifier "
         "gives R-502 (CFC-115 with HCFC-22): a mixture of controlled ozone-depleting substances moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Thessaloniki in transit from "
         "Alexandria to Skopje; Egyptian Arabic wording (R-502 repeats in many sets; an R-507A label on a transit "
         "through Thessaloniki to North Macedonia is the new part as far as a search found)",
         {"importer_country": "MK"}),
        ("OZN-09", "import", "DEAIR01", "express", "IN", [], "DE", "290311",
         "ॲटमॉस घड्याळ कॅप्सूल भरण्यासाठी इथाइल क्लोराइड, 100 मिली x 20", "IN", 2.9, 20, 240, "USD",
         "ethyl chloride for refilling Atmos-clock bellows is a light liquid of 0.92 kg/l that boils at 12 °C and "
         "burns with a green-edged flame; these 20 small cylinders hold a liquid of 1.46 kg/l that boils at 4 °C and "
         "does not burn, and a gas test gives 1,2-dichlorotetrafluoroethane: CFC-114, whose import into the Union "
         "is banned, sent by express from Pune to a Pforzheim restorer of Atmos clocks; Marathi wording (ethyl "
         "chloride labels repeat in several sets on other ODS, and CFC-114 in a few; an Atmos-capsule label was "
         "found in no earlier row by a keyword search)", firm("Alpina Uhrenrestaurierung GmbH", "DE")),
        ("OZN-10", "import", "CZAIR01", "express", "VN", [], "CZ", "380891",
         "Bình xịt diệt mọt gỗ (permethrin) cho đồ cổ và vỏ đồng hồ, 450 g, 120 bình", "VN", 54, 120, 600, "USD",
         "a permethrin woodworm fogger is a light aerosol of solvent and insecticide that smells of kerosene; these "
         "120 heavy steel cans slosh, read 1.7 bar, hold a liquid of 1.73 kg/l with no solvent smell and their "
         "old stamps under the labels read 'CH3Br 98 %': methyl bromide in 1 lb cans of the old Dowfume pattern, "
         "whose import into the Union is banned, sent by express from Hanoi to a Brno antiques and clock-case "
         "restorer; Vietnamese wording (methyl bromide repeats in many sets, under sulfuryl-fluoride cylinder "
         "labels above all, and fogger labels on ODS cans in several, bed-bug foggers in blind126 and blind175; "
         "kept as a repeat of the label, a woodworm fogger for antiques from Viet Nam is the new part)",
         firm("Delta Starožitnosti s.r.o.", "CZ")),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "express", "FR", [], "HK", "910299",
         "Montre de poche, copie de style Empire, mouvement mécanique moderne, 1 pièce", "FR", 0.3, 1, 800, "EUR",
         "a modern copy of an Empire-style pocket watch has a machine-made movement, a stamped dial and a "
         "gold-plated case; this one has a ruby-cylinder movement with a parachute shock-protection, an engine-"
         "turned silver dial with a secret signature under the 12 and a gold case numbered in a Paris maker's "
         "register: a Breguet 'souscription' watch of about 1800 worth some 250,000 EUR, a watch over 50 years old "
         "above the value threshold, exported without the licence of Regulation 116/2009 and the French "
         "certificate, sent by express from Paris to a Hong Kong collector; French wording (a Breguet watch was "
         "found in no earlier row by a keyword search, and antique pocket watches once, blind196, on an import)",
         {"importer_country": "HK"}),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "720449",
         "Ingranaggi e telaio in ferro, rottame da demolizione, 1 lotto", "IT", 420, None, 210, "EUR",
         "ferrous demolition scrap is rusty, cut, mixed steel by the tonne; this 'lot' is a single wrought-iron "
         "birdcage frame with wedged joints, hand-filed wheels, a verge escapement converted to anchor and a "
         "painted date of 1643, taken from the bell tower of a parish church in Umbria: a turret-clock movement "
         "belonging to an ecclesiastical body, cultural property under the Codice dei beni culturali, exported "
         "without the licence of Regulation 116/2009 and the Italian certificate, in a van at Chiasso for a "
         "collector; Italian wording (turret-clock movements were found in no earlier row by a keyword search: "
         "the earlier 'turret' rows are machine tools and weapons)", {"importer_country": "CH"}),
        ("CUL-03", "import", "FRAIR01", "air", "LB", [], "FR", "830629",
         "مزولة شمسية نحاسية للجيب، نسخة مقلّدة، قطعة واحدة", "SY", 0.4, 1, 120, "USD",
         "a reproduction pocket sundial is a bright, cast-brass disc with a folding gnomon and stamped numerals; "
         "this is a green-patinated bronze ring dial with engraved Latin month names and latitudes, a worn "
         "suspension ring and soil in the slots, of a kind made in the Roman East: a Roman portable sundial dug "
         "in Syria, an archaeological object whose import into the Union needs a licence (Regulation 2019/880) and "
         "whose trade Regulation 36/2012 forbids, flown from Beirut to Paris for a scientific-antiques dealer; "
         "Levantine Arabic wording (Syrian antiquities via Lebanon repeat in many sets; a sundial was found in no "
         "earlier row by a keyword search)", firm("Meridian Instruments Anciens SARL", "FR")),
        ("CUL-04", "import", "NLAIR01", "air", "HK", [], "NL", "910599",
         "乾隆款鎏金銅自鳴鐘, 仿製品, 1 座", "CN", 24, 1, 2400, "HKD",
         "a reproduction Qianlong-style gilt clock is thin, bright electroplate over a quartz or cheap spring "
         "movement; this one is heavy fire-gilt bronze with worn gilding, a fusee movement with a pinned barrel "
         "playing a tune, moving figures and the mark of the Guangzhou imperial workshop, of about 1780: an "
         "imperial 'sing-song' clock over 200 years old and worth hundreds of thousands of euros, whose export "
         "China forbids, brought in without the importer statement Regulation 2019/880 requires, flown from Hong "
         "Kong to Amsterdam for a clock dealer; Cantonese (traditional Chinese) wording (Chinese works under "
         "reproduction labels repeat in many sets; a sing-song clock was found in no earlier row by a keyword "
         "search)", firm("Horizon Klokken BV", "NL")),
        ("CUL-05", "import", "GRROAD01", "road", "TR", [], "GR", "842390",
         "Pirinç kantar, antika tarzı reprodüksiyon, ağırlıkları ile, 1 takım", "TR", 9, 1, 60, "EUR",
         "a reproduction brass steelyard is bright, sand-cast, with a plain pear weight; this is a bronze Roman "
         "steelyard (statera) with a graduated, dotted beam, two hooks and a counterweight cast as a bust of "
         "Minerva, green-crusted with soil in the dots, from a site in Anatolia: an archaeological object whose "
         "export Türkiye forbids, brought in without an import licence (Regulation 2019/880), in a car at Kipoi "
         "for a Thessaloniki dealer in scales and weights; Turkish wording (old steelyard weights repeat in two "
         "sets, blind138 and blind176, and Byzantine exagia once, blind175; a Roman bust steelyard under a "
         "reproduction-kantar label is the new part as far as a search found)", firm("Delta Zygaries AE", "GR")),
        ("CUL-06", "export", "NLAIR01", "air", "NL", [], "US", "910599",
         "Tafelklok in Haagse stijl, reproductie, 1 stuk", "NL", 6, 1, 900, "EUR",
         "a reproduction Hague clock has a new veneered case, a printed velvet dial and a machine-made movement; "
         "this one has an ebony-veneered oak case with a worn velvet dial, a hand-made movement with the short "
         "pendulum of the first pendulum clocks and the signature 'Samuel Coster Haghe met privilegie' on the "
         "plate: a Hague clock of about 1657-1660, among the first pendulum clocks made, worth over a million "
         "euros, exported without the licence of Regulation 116/2009, flown from Schiphol to a New York "
         "collector; Dutch wording (a Coster clock was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "ATAIR01", "air", "JO", [], "AT", "830629",
         "لوحة نحاسية للزينة، منقوشة، قطعة واحدة", "EG", 1.2, 1, 90, "USD",
         "a decorative engraved brass plaque is bright sheet with machine-chased patterns; this is a quarter-disc "
         "of dark brass with a sine grid, arcs, an Arabic scale and a muwaqqit's signature and date of 1205 AH, "
         "with a sighting vane and plumb-line hole: an 18th-century sine quadrant from a Cairo mosque's "
         "timekeeper's room, cultural property whose export Egypt forbids, brought in without the importer "
         "statement Regulation 2019/880 requires and contrary to its article 3(1), flown from Amman to Vienna "
         "for a scientific-instrument dealer; Jordanian Arabic wording (Islamic scientific instruments repeat in "
         "several sets as astrolabes; a sine quadrant was found in no earlier row by a keyword search)",
         firm("Alpina Wissenschaftliche Antiquitäten GmbH", "AT")),
        ("CUL-08", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "910529",
         "Kyvadlové nástěnné hodiny, reprodukce, 1 ks", "CZ", 42, 1, 600, "EUR",
         "a reproduction pendulum wall clock has a new case, a stamped dial and a factory movement with a wooden "
         "or brass pendulum; this one has a cast-iron back plate, a hand-finished movement with a Riefler "
         "escapement, a nickel-steel pendulum in a sealed glass tank, a maker's number from the Munich list of "
         "1911 and a state observatory's inventory plate: a Riefler precision regulator, part of a public "
         "collection listed in the Czech central register, which needs the licence of Regulation 116/2009 at any "
         "value and the Czech export permit, exported without them by road through Germany to a Basel dealer; "
         "Czech wording (antique clocks under reproduction labels repeat in a few sets, a Viennese table clock in "
         "blind82, and Czech library globes in blind50; an observatory regulator was found in no earlier row by "
         "a keyword search)", {"importer_country": "CH"}),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "US", "680293",
         "Reloxo de sol de granito, novo, para xardín, 1 peza", "ES", 380, 1, 450, "EUR",
         "a new granite garden sundial is sawn, flame-finished stone with a sharp, cast-bronze gnomon; this one is "
         "a weathered slab with lichen, an iron gnomon rusted into lead, carved hour lines, a date of 1588 and "
         "fresh chisel scars on the back where it was cut from a church wall near Ourense: a stone sundial "
         "from a protected Galician church, part of the Spanish historical heritage, exported without the licence "
         "of Regulation 116/2009 and the Spanish permit, from Vigo to Savannah for a garden-antiques dealer; "
         "Galician wording (stone architectural elements repeat in several sets; a sundial was found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-10", "export", "GRROAD01", "road", "GR", [], "MK", "910529",
         "Ρολόι τοίχου, αντίγραφο παλαιού, με ξύλινη θήκη, 1 τεμ.", "GR", 28, 1, 150, "EUR",
         "a reproduction wall clock has a new case and a quartz or factory-made movement; this one has a hand-forged "
         "iron movement, a painted wooden dial with Byzantine-hour numerals that start at sunset, a monastery "
         "inventory number and candle soot: the 18th-century hour clock of a Mount Athos monastery, cultural "
         "property whose removal Greek law forbids, exported without the licence of Regulation 116/2009, by road "
         "at Evzoni for a Skopje buyer; Greek wording (Athonite objects repeat in a few sets, an icon in blind59; a "
         "monastery clock was found in no earlier row by a keyword search)", {"importer_country": "MK"}),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "KZ", "910529",
         "Wanduhren, Dekoration, neu, 14 Stück", "AT", 180, 14, 560, "EUR",
         "new decorative wall clocks are light, quartz-driven and cost a few tens of euros; these fourteen are "
         "Viennese regulators and Laterndluhren of 1800-1850 with auction-house lot tickets still on the backs, "
         "hammered down in Vienna for some 300,000 EUR to an Almaty 'interior designer' whose invoice names a "
         "Moscow collector: antiques and luxury goods whose sale for use in Russia Regulation 833/2014 forbids, "
         "flown from Vienna to Almaty; Austrian German wording (luxury goods for Russia through Central Asia repeat "
         "in many sets, Swiss watches among them; antique Viennese clocks under a new-decoration label were found "
         "in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "SIROAD01", "road", "SI", ["HR", "RS", "BG"], "TR", "970690",
         "Starinski stroji za rezanje urnih koles, 19. stoletje, 6 kosov", "SI", 1500, 6, 3000, "EUR",
         "a 19th-century wheel-cutting engine is a small brass-and-iron bench machine with a hand-cranked cutter "
         "and a dividing plate; these six are 250 kg, CNC rotary indexing tables with servo drives, encoders and a "
         "second of arc accuracy, worth 40,000 EUR each, for an Istanbul 'antiques' trader whose forwarder ships to "
         "Novorossiysk: machine-tool rotary tables, on the lists whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, by lorry from Ljubljana; Slovenian wording (rotary tables "
         "repeat in several sets; an antique wheel-cutting-engine label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
        ("STR-03", "export", "GRAIR01", "air", "GR", [], "AE", "740990",
         "Δίσκοι Glucydur (χαλκός-βηρύλλιο) για τροχούς ισορροπίας ρολογιών, 60 kg", "GR", 60, None, 1800, "EUR",
         "Glucydur balance-wheel blanks are copper-beryllium of 8.3 kg/dm3 with about 2 % beryllium, golden and "
         "heavy; these 60 kg of discs are grey, astonishingly light (1.85 kg/dm3) and ring when dropped, and the "
         "mill certificate gives 99 % Be: beryllium metal (dual-use 1C230) exported without a licence, flown from "
         "Athens to a Dubai 'watch-parts' trader that ships on to Iran, also against Regulation 267/2012; Greek "
         "wording (beryllium repeats in several sets, copper-beryllium casting alloy among them, blind196; a "
         "Glucydur label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "SESEA01", "sea", "SE", [], "PK", "722830",
         "Stång av fjäderstål för urfjädrar och axlar, 8 t", "SE", 8000, None, 16000, "EUR",
         "clock mainspring and arbor steel is thin high-carbon strip and small silver-steel rods; these are "
         "120-160 mm round bars of a nickel-cobalt-molybdenum steel, magnetic and aged to over 2,000 MPa, at a "
         "declared 2 EUR/kg for a metal that costs ten times that, for a Lahore 'clock-parts maker': maraging "
         "steel (dual-use 1C216) exported without the licence Regulation 2021/821 requires, from Gothenburg to "
         "Karachi; Swedish wording (maraging steel repeats in several sets; a clock-mainspring label was found in "
         "no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "EEAIR01", "air", "EE", [], "KG", "910599",
         "Laevakronomeetrid, dekoratiivsed, mahagonikastis, 12 tk", "EE", 96, 12, 2400, "EUR",
         "decorative ship's chronometers are quartz clocks in gimballed mahogany boxes at a couple of hundred "
         "euros; these twelve boxes hold no clock at all but sealed, navigation-grade fibre-optic gyro inertial "
         "units with three accelerometers, each worth over 50,000 EUR, for a Bishkek 'gift shop' whose forwarder "
         "is in Moscow: inertial measurement equipment, on the lists whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (fibre-optic gyros "
         "repeat in many sets under compass and autopilot labels; a chronometer-box cover was found in no earlier "
         "row by a keyword search)", {"importer_country": "KG"}),
        ("STR-06", "export", "FIAIR01", "air", "FI", [], "KZ", "900580",
         "Koristeelliset messinkikaukoputket, antiikkityyliset, 40 kpl", "FI", 60, 40, 1600, "EUR",
         "decorative brass spyglasses are bright, lacquered tubes with a single lens at a few tens of euros; these "
         "40 have brass sleeves over rubber-armoured bodies holding third-generation image-intensifier tubes, a "
         "battery and an infrared illuminator: night-vision monoculars, on the lists whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids and controlled as dual-use goods, flown "
         "from Helsinki to an Almaty 'souvenir' firm that ships on to Russia; Finnish wording (image intensifiers "
         "repeat in many sets and opera glasses once, blind228, on thermal cores; a brass-spyglass label was found "
         "in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "LB", "290539",
         "Base de glicol per a olis de rellotgeria, bidons de 200 kg, 30 bidons", "ES", 6000, 30, 9000, "EUR",
         "a glycol base for clock oils is a viscous, odourless diol bought by the kilo by oil blenders; these 30 "
         "drums hold a syrupy, faintly garlicky liquid of 1.18 kg/l whose drum heads read CAS 111-48-8, for a "
         "Beirut 'horological lubricants' firm with no blending plant whose lorries go on to Syria: thiodiglycol "
         "(dual-use 1C350, a Schedule 2 chemical-weapons precursor) exported without the licence Regulation "
         "2021/821 requires, from Barcelona; Catalan wording (thiodiglycol repeats in many sets; a clock-oil base "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-08", "export", "BGROAD01", "road", "BG", ["TR", "GE"], "AM", "381090",
         "Флюс за сребърен припой за часовникари, 1 кг, 2 000 опаковки", "BG", 2000, 2000, 3000, "EUR",
         "watchmakers' silver-solder flux is a white paste of borax and fluorides sold in 25 g pots; these 2,000 "
         "one-kilo packs hold a fine, dry, single white salt that is not a paste, bites the throat, draws damp and "
         "whose inner bags carry CAS 7789-23-3, for a Yerevan 'horology supplies' firm whose orders go on to Iran: "
         "potassium fluoride (dual-use 1C350, a chemical-weapons precursor) exported without the licence "
         "Regulation 2021/821 requires, by lorry from Plovdiv through Türkiye and Georgia; Bulgarian wording "
         "(potassium fluoride repeats in a few sets, a glass-frosting and a welding label among them, and a "
         "solder-flux label once, blind13, on a precursor; a watchmakers' solder-flux label on a dual-use row was "
         "found in no earlier set by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-09", "import", "BEAIR01", "air", "IN", [], "BE", "911190",
         "Diamond-set watch bezels, 18 ct gold, natural diamonds of Indian origin, 120 pcs", "IN", 3.6, 120, 180000,
         "USD",
         "a bezel set with diamonds cut in Surat from Indian or African rough carries a Kimberley and G7 "
         "traceability declaration; these 120 bezels are set with 2,400 stones whose girdle inscriptions and "
         "grading reports trace to Alrosa rough cut in Surat, with a traceability note copied from another lot: "
         "diamonds of Russian origin set in jewellery and watch parts, whose import into the Union Regulation "
         "833/2014 forbids, flown from Mumbai to Antwerp for a watch-case setter; Indian English wording (Russian "
         "diamonds repeat in many sets; watch bezels were found in no earlier strategic row by a keyword search)",
         firm("Central Watch Components SA", "BE")),
        ("STR-10", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "KG", "845899",
         "Tokarki zegarmistrzowskie stołowe, używane, 8 szt.", "PL", 12000, 8, 12000, "EUR",
         "watchmakers' bench lathes are 10-20 kg machines on a bed bar with hand tool rests; these eight crates "
         "hold 1.5 t CNC sliding-headstock (Swiss-type) lathes with driven tools and a bar feeder, new, worth "
         "some 250,000 EUR each, for a Bishkek 'watch-repair school' whose delivery address is a Moscow forwarder's: "
         "numerically controlled lathes, on the lists whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, by rail from Małaszewicze; Polish wording (CNC lathes repeat in "
         "several sets under hobby and woodturning labels; a watchmakers'-lathe label was found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "BR", [], "FR", "440839",
         "Lâminas de madeira roxinho (Peltogyne), 0,6 mm, para restauração de marchetaria, 120 kg", "BR", 120,
         None, 1800, "USD",
         "purpleheart veneer turns a bright purple in the light and has a plain, even grain; these leaves are "
         "dark violet-brown with near-black stripes, a rose smell when sanded and the figure of French clock-case "
         "marquetry: kingwood (Dalbergia cearensis, CITES App. II as part of the Dalbergia listing) without CITES "
         "documents, flown from São Paulo to Paris for a restorer of Louis XV bracket clocks; Brazilian "
         "Portuguese wording (Dalbergia repeats in many sets; kingwood and a purpleheart label were found in no "
         "earlier row by a keyword search)", firm("Rivage Ébénisterie SARL", "FR")),
        ("WLF-02", "import", "DKAIR01", "express", "CN", [], "DK", "920810",
         "机械鸣鸟八音盒, 仿古, 人造羽毛, 2 件", "CN", 1.8, 2, 600, "USD",
         "a new singing-bird box has a tiny bird covered with dyed chicken or synthetic feathers; the birds in "
         "these two are covered with the iridescent throat and crown feathers of real hummingbirds, glued on in "
         "rows, with a seller's note offering 'genuine' birds: hummingbird plumage (Trochilidae, CITES App. II) "
         "without an import permit, sent by express from Guangzhou to a private automaton collector in Aarhus; "
         "Chinese wording (hummingbirds repeat in several sets; a singing-bird-box label was found in no earlier "
         "row by a keyword search)", person("Private person", "DK")),
        ("WLF-03", "import", "ESAIR01", "air", "CU", [], "ES", "440839",
         "Chapa de caoba africana (Khaya), figura de llama, para restauración de relojes de caja alta, 90 kg", "CU",
         90, None, 900, "EUR",
         "African mahogany (Khaya) veneer is pinkish-brown, coarse, with a plain ribbon stripe; these leaves are "
         "dense, deep red-brown crotch veneer with a flame figure and white deposits in the pores, sliced from old "
         "Cuban logs: West Indies mahogany (Swietenia mahagoni, CITES App. II) without CITES documents, flown from "
         "Havana to Madrid for a restorer of Georgian longcase clocks; Cuban Spanish wording (Swietenia repeats in "
         "several sets as big-leaf mahogany under sapele and other labels; Cuban mahogany crotch veneer was found "
         "in no earlier row by a keyword search)", firm("Meridian Restauración SL", "ES")),
        ("WLF-04", "import", "BEAIR01", "air", "NG", [], "BE", "960190",
         "Cow bone sheets for barometer register plates and thermometer scales, 8 kg", "NG", 8, None, 160, "USD",
         "cow-bone sheet is chalky, porous and shows dark dots of its canals on the cut face; these 8 kg of thin "
         "plates are creamy, dense and glossy and show criss-cross Schreger lines on their edges: elephant ivory "
         "(Loxodonta africana, CITES App. I), fresh and not worked before 1947, without CITES documents, flown from "
         "Lagos to Brussels for a barometer restorer who engraves register plates; Nigerian English wording "
         "(ivory under bone labels repeats in many sets; barometer register plates were found in no earlier row "
         "by a keyword search)", firm("Atlantic Barometers SA", "BE")),
        ("WLF-05", "import", "FRSEA01", "sea", "MU", [], "FR", "440929",
         "Moulures bois charme teinté noir (ébène imitation) pou lakaz lorlož, 600 m", "MU", 400, None, 1200, "EUR",
         "ebonised hornbeam mouldings are pale wood stained black on the surface, brown where they are cut; these "
         "600 m are black through and through, sink in water and take a mirror polish without stain: Madagascar "
         "ebony (Diospyros spp., CITES App. II) without CITES documents, routed through Port Louis to Le Havre for "
         "a maker of bracket-clock cases; Mauritian Creole and French wording (Madagascar ebony repeats in several "
         "sets and hornbeam once, blind152; ebony as clock-case mouldings through Mauritius is the new part as far "
         "as a search found)", firm("Orion Horlogerie SARL", "FR")),
        ("WLF-06", "import", "DEAIR01", "air", "US", [], "DE", "910599",
         "Ship's clocks, brass, Chelsea type, used, 8 pcs", "US", 24, 8, 3200, "USD",
         "a Massachusetts maritime-antiques auction air shipment for a Hamburg nautical dealer: brass ship's "
         "clocks and sextants are what such auctions sell, but the third item's 'wooden cribbage boards' are "
         "twelve boards made of heavy, creamy tusk with a mottled oval core and no grain, engraved with ships: "
         "walrus ivory (Odobenus rosmarus, CITES App. III, EU Annex C) without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Boston to Hamburg; US English wording (walrus ivory "
         "repeats in several sets; cribbage boards were found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Nautik GmbH", "DE"),
              _more_items=[item("901480", "Sextants, brass, used, 6 pcs", "US", 18, 4800, "USD", qty=6),
                           item("950490", "Wooden cribbage boards, engraved, 12 pcs", "US", 6, 240, "USD", qty=12)])),
        ("WLF-07", "import", "PTSEA01", "sea", "MZ", [], "PT", "442199",
         "Puxadores e remates de buxo ebanizado, para barómetros e caixas de cronómetro, 3.000 peças", "MZ", 90,
         3000, 450, "USD",
         "ebonised boxwood knobs are pale yellow wood stained black, yellow where chipped; these 3,000 turned "
         "knobs and finials are purple-black right through, oily, sink in water and smell of spice when turned: "
         "African blackwood (Dalbergia melanoxylon, CITES App. II) without CITES documents, by sea from Nacala to "
         "Lisbon for a maker of barometer and chronometer-box fittings; Mozambican Portuguese wording (African "
         "blackwood repeats in several sets; barometer knobs and finials were found in no earlier row by a "
         "keyword search)", firm("Vega Instrumentos Lda", "PT")),
        ("WLF-08", "transit", "BESEA01", "sea", "MG", ["BE"], "HK", "440839",
         "Placages de palissandre des Indes (Dalbergia latifolia), pour caisses d'horloges, 12 t", "MG", 12000,
         None, 36000, "USD",
         "Indian rosewood veneer is grey-purple, plain-figured and comes with an Indian plantation certificate; "
         "these bundles are a deep red-purple with a strong, sweet smell, cut from Malagasy logs of the kind "
         "stockpiled after the 2009 logging: Madagascar rosewood (Dalbergia spp., CITES App. II with a zero export "
         "quota) without a valid export permit, landed at Antwerp in transit from Toamasina to Hong Kong; "
         "Malagasy French wording (Madagascar rosewood repeats in many sets and Indian-rosewood labels in several; "
         "a transit through Antwerp under a clock-case veneer label is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-09", "import", "PTSEA01", "sea", "BR", [], "PT", "440399",
         "Toros de pau-cetim (satinwood) para marchetaria de relógios, 2 t", "BR", 2000, None, 3000, "USD",
         "satinwood billets are pale golden-yellow with a soft shimmer and little smell; these billets are "
         "straw-coloured with salmon-red stripes, very heavy and smell of roses when cut: tulipwood (Dalbergia "
         "decipularis, CITES App. II as part of the Dalbergia listing) without CITES documents, by sea from "
         "Salvador to Lisbon for a marquetry workshop supplying clock-case restorers; Brazilian Portuguese wording "
         "(Dalbergia repeats in many sets; tulipwood and a satinwood label were found in no earlier row by a "
         "keyword search)", firm("Rivage Marchetaria Lda", "PT")),
        ("WLF-10", "import", "BEAIR01", "air", "AR", [], "BE", "970529",
         "Campana de vidrio victoriana con tucán de resina, decorativa, 1 pieza", "AR", 4, 1, 150, "USD",
         "a decorative glass dome with a resin toucan holds a light, hollow casting with painted eyes and a "
         "mould seam on the bill; this dome holds a real, freshly mounted toco toucan with feathers, a horny, "
         "hollow bill worn at the tip, glass eyes and a wire armature under the skin: Ramphastos toco (CITES App. "
         "II) without CITES documents, flown from Buenos Aires to a Brussels 'cabinet of curiosities' dealer who "
         "sells scientific antiques and natural history; Rioplatense Spanish wording (toucan bills and feathers appear "
         "in two earlier rows, taxidermy in many and a Victorian glass-dome label once, blind164, on mounted "
         "birds; kept as a repeat of the label, a mounted toucan from Argentina is the new part)", firm("Orion Curiosités SA", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "express", "UZ", "LV", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (clock-dial restoration)", "UZ", 1.4, 1, 20, "EUR",
     [("PRECURSOR_LICENCE", "LV-VP-68-0114")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines)", "NO", 2.3, 2, 600, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-68-0233")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "280540",
     "Metallic mercury recovered from antique barometers and regulator pendulums (16 03 07*), for stabilisation "
     "and permanent storage at a licensed facility, 140 kg", "CH", 140, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-68-0412")], "notified waste mercury to a licensed disposal facility"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "CH", "BE", "854913",
     "Spent button cells from watch-service centres, containing mercury (16 06 03*), for recovery at a licensed "
     "plant, 2 t", "CH", 2000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-68-0077")],
     "notified spent button cells to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290377",
     "Recovered CFC-114 from Atmos-clock capsules and old equipment, for destruction, 40 kg", "CH", 40, None, 0,
     "EUR", [("ODS_LICENCE", "DE-UBA-ODS-68-031")], "recovered CFC-114 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1,
     10, 800, "USD", [("ODS_LICENCE", "FR-MTE-ODS-68-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CH", "910191",
     "Breguet gold pocket watch, c. 1810, documented French collection, sold at auction with the export licence",
     "FR", 0.3, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-68-0509")],
     "watch exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970690",
     "Turret-clock movement, wrought iron, Lombardy, c. 1780, deaccessioned with the attestato and export licence",
     "IT", 380, 1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-68-0133")],
     "turret-clock movement exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "BR", "722830",
     "Maraging steel 350 round bars, 140 mm, for a Brazilian aero-engine maker, 6 t", "SE", 6000, None, 120000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-68-0291"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-68-0045")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "NO", "900580",
     "Night-vision monoculars, image-intensifier gen. 3, 20 units, for the Norwegian police", "FI", 12, 20, 90000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-68-0177"), ("END_USER_CERTIFICATE", "NO-POD-EUC-68-0019")],
     "night-vision monoculars under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "440839",
     "Kingwood veneer, Dalbergia cearensis, legally harvested, 60 kg", "BR", 60, None, 2400, "USD",
     [("CITES_PERMIT", "BR-IBAMA-68-0712")], "App. II kingwood veneer with its export permit"),
    ("PRM-12", "wildlife", "import", "DKAIR01", "air", "CH", "DK", "920810",
     "Singing-bird box, Swiss, c. 1890, hummingbird plumage, pre-Convention, with CITES certificate", "CH", 0.8, 1,
     28000, "CHF", [("CITES_PERMIT", "CH-BLV-68-0081")], "pre-Convention App. II hummingbird plumage with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privātpersona", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Quecksilberentsorgung GmbH",
    "PRM-07": "Alpina Horlogerie SA", "PRM-11": "Rivage Ébénisterie SARL", "PRM-12": "Privatperson",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): most the lawful twins of this set's disguises, nearly all goods
    # of clock and watch restorers, barometer and scientific-instrument dealers and horological suppliers
    ("340290", "Ammoniated clock-movement cleaning concentrate, 1 l", "import", ["express"], ["CH", "GB"], (20, 40), (1, 4), ["CHF", "GBP"], 1, S),
    ("340399", "Synthetic clock oil, 20 ml bottles", "import", ["post"], ["CH", "GB"], (150, 400), (1, 2), ["CHF", "GBP"], 40, S),
    ("281820", "Diamantine polishing powder (alumina), 30 g tubes", "import", ["air"], ["IN", "CH"], (20, 50), (20, 100), ["USD", "CHF"], 30, S),
    ("130190", "Dewaxed bleached shellac flakes, 500 g", "import", ["post"], ["CH", "IN"], (30, 60), (1, 3), ["CHF", "USD"], 2, S),
    ("382499", "Hygrometer calibration kits, saturated-salt, boxed", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 3, S),
    ("381400", "Zapon lacquer thinner, 1 l", "import", ["road"], ["NO", "CH"], (8, 15), (200, 1000), ["NOK", "CHF"], 1.1, S),
    ("340290", "Clock-cleaning powder concentrate, ammonia-free, 1 kg tins", "import", ["road"], ["MD", "RS"], (4, 8), (2000, 6000), ["EUR"], 1, S),
    ("251820", "Vienna lime polishing powder, 500 g tins", "import", ["sea"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 2, S),
    ("285390", "Distilled water for ultrasonic baths, 5 l cans", "import", ["road"], ["RS", "MD"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.2, S),
    ("845899", "Watchmakers' bench lathes, used, with collets", "import", ["road"], ["CH", "RS"], (40, 90), (200, 800), ["EUR", "CHF"], 0.05, S),
    ("701090", "Glass jars for regulator-clock pendulums, empty, new", "export", ["post"], ["US", "CH"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("381400", "Regenerated hydrocarbon cleaning solvent, drums", "export", ["sea"], ["TN", "MA"], (1, 2), (8000, 16000), ["EUR"], None, S),
    ("851439", "Electric enamelling kilns, new, ceramic-fibre lined", "export", ["sea"], ["GE", "UA"], (15, 30), (500, 2000), ["EUR"], 0.02, S),
    ("902300", "Physics demonstration apparatus for schools, new", "export", ["sea"], ["NG", "GH"], (10, 20), (1000, 4000), ["EUR"], 0.2, S),
    ("850640", "Silver-oxide button cells, new, blister cards", "import", ["air"], ["JP", "CH"], (80, 150), (50, 300), ["USD", "CHF"], 400, S),
    ("700100", "Soda-lime glass cullet, sorted, clean", "export", ["road"], ["UA", "RS"], (0.05, 0.1), (20000, 25000), ["EUR"], None, S),
    ("281119", "Fluorosilicic acid 25 % for water fluoridation, IBC", "export", ["sea"], ["EG", "MA"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("910700", "Tower-clock controllers, GPS-synchronised, new", "export", ["sea"], ["PH", "MX"], (60, 120), (200, 800), ["EUR"], 0.2, S),
    ("910599", "Longcase clocks, reproduction, mechanical", "export", ["sea"], ["NG", "US"], (10, 20), (1000, 4000), ["EUR"], 0.02, S),
    ("382499", "Case-hardening compound, cyanide-free, drums", "export", ["sea"], ["IN", "TR"], (1.5, 3), (5000, 10000), ["EUR"], None, S),
    ("271012", "Watchmakers' rectified benzine, 1 l", "import", ["post"], ["GB", "CH"], (15, 30), (1, 4), ["GBP", "CHF"], 1.3, S),
    ("381400", "Spin-dry rinse for watch-cleaning machines, hydrocarbon", "import", ["express"], ["CH", "US"], (25, 50), (1, 4), ["CHF", "USD"], 1, S),
    ("271019", "Compass fluid, isoparaffin, for marine compasses", "import", ["express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 1, S),
    ("382499", "Epilame solution in HFE solvent, 50 ml", "import", ["post"], ["CH", "JP"], (300, 600), (1, 2), ["CHF", "USD"], 20, S),
    ("841989", "Climatic test chambers, new, CO2 refrigeration", "export", ["sea"], ["LY", "EG"], (30, 60), (1000, 4000), ["EUR"], 0.005, S),
    ("381400", "Benzyl-alcohol varnish stripper, DCM-free, 5 l", "import", ["road"], ["TR", "RS"], (4, 8), (2000, 6000), ["EUR"], 0.2, S),
    ("910400", "Aircraft cockpit clocks, reproduction", "import", ["post"], ["US", "GB"], (100, 200), (1, 3), ["USD", "GBP"], 2, S),
    ("290311", "Ethyl chloride for Atmos-clock capsule refilling, 100 ml", "import", ["express"], ["CH"], (200, 400), (1, 2), ["CHF"], 10, S),
    ("910299", "Pocket watches, mechanical, new, base-metal case", "import", ["post"], ["CN", "HK"], (100, 200), (1, 2), ["USD"], 8, S),
    ("740400", "Brass clock-movement scrap, sorted", "export", ["road"], ["CH", "TR"], (4, 6), (5000, 15000), ["EUR"], None, S),
    ("830629", "Brass pocket sundials, new, reproduction", "import", ["post"], ["IN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, S),
    ("910599", "Qianlong-style gilt table clocks, new reproduction", "import", ["sea"], ["CN"], (15, 30), (1000, 3000), ["USD"], 0.1, S),
    ("842390", "Brass scale weights, new, boxed sets", "import", ["road"], ["TR"], (6, 12), (1000, 3000), ["EUR"], 2, S),
    ("910599", "Hague-style table clocks, new reproduction", "export", ["air"], ["US", "JP"], (80, 150), (50, 300), ["EUR"], 0.1, S),
    ("490590", "Celestial and terrestrial globes, new, printed", "import", ["sea"], ["CN", "IN"], (8, 14), (2000, 6000), ["USD"], 0.5, S),
    ("680293", "Granite garden sundials, new", "import", ["sea"], ["CN", "IN"], (1, 2), (10000, 20000), ["USD"], 0.02, S),
    ("900580", "Brass spyglasses, decorative, new", "import", ["sea"], ["IN", "CN"], (8, 15), (1000, 4000), ["USD"], 1, S),
    ("911190", "Watch bezels, gold-plated, with cubic zirconia", "import", ["air"], ["IN", "HK"], (200, 400), (20, 100), ["USD"], 50, S),
    ("440839", "Purpleheart veneer, 0.6 mm", "import", ["sea"], ["BR", "GY"], (4, 8), (2000, 6000), ["USD"], None, S),
    ("920810", "Singing-bird boxes, synthetic feathers, new", "import", ["express"], ["CN", "CH"], (200, 500), (1, 3), ["USD", "CHF"], 2, S),
    ("440839", "African mahogany (Khaya) veneer, figured", "import", ["sea"], ["GH", "CI"], (3, 6), (2000, 6000), ["USD"], None, S),
    ("970529", "Victorian-style glass domes with resin birds, decorative", "import", ["post"], ["GB", "US"], (40, 80), (2, 4), ["GBP", "USD"], 0.3, S),
    ("950490", "Wooden cribbage boards, new", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 5000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Seagrass place mats, woven", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("960390", "Wooden clothes brushes, natural bristle", "import", ["sea"], ["CN", "LK"], (6, 10), (1000, 4000), ["USD"], 8, N),
        ("450490", "Cork notice boards, framed", "import", ["sea", "road"], ["CN", "MA"], (3, 6), (2000, 6000), ["USD", "EUR"], 2, N),
        ("490400", "Printed sheet music, bound", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind255", 20680901, HERE)


if __name__ == "__main__":
    main()
