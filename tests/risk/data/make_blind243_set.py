#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-third blind set (tests/risk/data/blind243-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 September - 27 October 2066, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and with an emphasis on one kind of trade:
fireworks, flares and stage special effects (fireworks importers and their web shops, marine and road
safety-flare suppliers and ship chandlers, stage, film and event special-effects firms, theatre
companies and prop houses, event pyrotechnicians). Written by a person who had not read the profile
packs (nor any rule file) and had not run the engine on it, and committed before any change measured
on it, to be measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table, as are fireworks and
other pyrotechnic articles themselves. Disguised rows carry a consignee name only where a
real declaration would. Ids are BL243-*:

    python3 tests/risk/data/make_blind243_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLSEA01", "sea", "CN", [], "PL", "360410",
         "Fajerwerki kategorii F2, baterie 25-strzałowe, oznakowanie CE, 1 200 kartonów", "CN", 9600, 1200, 38000, "USD",
         "a Liuyang consolidator's container for a Łódź fireworks web shop that sells to the public before New Year: "
         "CE-marked F2 batteries and paper mortar tubes are what such shops order, but the third item's 'dekstryna, "
         "spoiwo pirotechniczne' is 1 t of heavy, white, free-flowing crystals in 25 kg sacks that do not go sticky "
         "with water (dextrin is a yellowish, light, gummy starch) and whose inner liners read 'KClO4 99.3 %': "
         "potassium perchlorate (Annex I above 40 %) for resale in 1 kg bags to hobbyists, hidden as the last item "
         "of a three-item declaration; Polish wording (potassium perchlorate repeats in many sets and dextrin labels "
         "in a few, as a food-supplement maltodextrin and a stamp glue; as a pyrotechnic binder behind a consumer-"
         "fireworks container is the new part as far as a search found)",
         dict(firm("Vega Pirotechnika Sp. z o.o.", "PL"),
              _more_items=[item("482290", "Tuleje papierowe do moździerzy, 30 mm, 20 000 szt.", "CN", 2400, 3000, "USD", qty=20000),
                           item("350510", "Dekstryna, spoiwo pirotechniczne, worki 25 kg, 40 worków", "CN", 1000, 900, "USD", qty=40)])),
        ("PRE-02", "import", "ATPOST01", "post", "CH", [], "AT", "271019",
         "Feuerspuck-Petrol, aromatenfrei, für Feuerkünstler, 4 x 1 l", "CH", 4.6, 4, 96, "CHF",
         "fire-breathers' paraffin is a water-white, odourless isoparaffin of 0.76 kg/l that floats on water; these "
         "four bottles hold a liquid of 1.14 kg/l that sinks in water, smells faintly fruity and burns with a "
         "pale, almost invisible flame, and a drum label copied onto the sender's invoice reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), posted from Basel to a private fire performer in Innsbruck; Swiss "
         "German wording (nitromethane repeats in many sets; a fire-breathing fuel label was found in no earlier row "
         "by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "BEAIR01", "express", "CA", [], "BE", "340290",
         "Fluide à neige pour machine à neige de scène, concentré, 4 x 4 L", "CA", 19, 4, 160, "CAD",
         "snow-machine fluid is a thick, foaming surfactant concentrate that lathers when shaken; these four jugs "
         "hold a water-clear liquid of 1.20 kg/l that does not foam, whitens and stings the skin, fizzes on a "
         "cut and has vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Montréal to a private member of an amateur theatre in Liège, although oxidising liquids travel by express "
         "only as declared dangerous goods; Québec French wording (hydrogen peroxide repeats in many sets and "
         "bubble-fluid covers in a few; a snow-machine-fluid label was found in no earlier row by a keyword "
         "search)", person("Mme L. Dupont", "BE")),
        ("PRE-04", "import", "GRROAD01", "road", "MK", [], "GR", "392690",
         "Вештачки град за филмски ефекти, пластични топчиња 3-5 мм, вреќи 25 кг, 80 вреќи", "MK", 2000, 80, 1600, "EUR",
         "artificial hail for film weather effects is light, hollow plastic pellets that bounce and float; these "
         "80 sacks hold dense, white, porous prills that turn ice-cold and dissolve in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Thessaloniki party-and-film-effects shop that sells 1 kg bags to "
         "the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a "
         "lorry at Evzonoi; Macedonian wording (ammonium nitrate repeats in many sets under snow, de-icer and "
         "fertiliser labels; an artificial-hail label was found in no earlier row by a keyword search)",
         firm("Orion Efe Skinis AE", "GR")),
        ("PRE-05", "import", "IEAIR01", "air", "US", [], "IE", "283321",
         "Window frost effect crystals (Epsom salt), for film and TV sets, 5 lb tubs, 200 tubs", "US", 454, 200, 1900, "USD",
         "set dressers paint Epsom salt and beer on windows for a frost effect: magnesium sulphate is a "
         "bitter, needle-like crystal that does not burn; these tubs hold colourless, cubic crystals with no "
         "taste of bitterness that draw damp, crackle and flare yellow on a gas ring and carry CAS 7775-09-9 on "
         "the drum lot, for a Wicklow film-props web shop that sells to the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Atlanta; US English wording (sodium chlorate "
         "repeats in many sets and Epsom-salt covers in several; a film-set window-frost label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Set Supply Ltd", "IE")),
        ("PRE-06", "import", "GRAIR01", "air", "IL", [], "GR", "340290",
         "נוזל לניקוי עדשות לפנסי במה ולמקרני לייזר, 500 מ\"ל, 600 בקבוקים", "IL", 420, 600, 1800, "USD",
         "stage-lens cleaner is an isopropyl-alcohol and water mixture of about 0.85 kg/l that smells of surgical "
         "spirit; these bottles hold a yellowish liquid of 1.40 kg/l that fumes brown when opened, yellows the "
         "skin and eats into a copper coin, for an Athens stage-lighting web shop that sells to the public: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Tel Aviv; Hebrew "
         "wording (nitric acid repeats in many sets and a projector-lens cleaner label once, on another good, in "
         "blind194; for stage lanterns from Israel to Greece is the new part)", firm("Rivage Fotismos AE", "GR")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "285390",
         "Akü suyu (saf su), kablosuz ateşleme sistemi aküleri için, 1 l şişe, 2.400 şişe", "TR", 4400, 2400, 1200, "EUR",
         "battery top-up water is demineralised water of 1.00 kg/l; these bottles weigh 1.84 kg/l, hold an oily, "
         "clear liquid that grows hot with a drop of water and blackens a sugar cube, and several caps have "
         "swollen, for a Plovdiv event-supply shop that sells them to the public with pyrotechnic firing-system "
         "batteries: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a "
         "lorry at Kapitan Andreevo; Turkish wording (sulphuric acid repeats in many sets and distilled-water and "
         "battery-water covers in several, one of them a Serbian 'destilovana voda' for irons and batteries; kept "
         "as a repeat, the firing-system wording is the new part)", firm("Delta Event EOOD", "BG")),
        ("PRE-08", "import", "PTAIR01", "air", "IN", [], "PT", "392690",
         "கான்ஃபெட்டி பீரங்கிக்கான ஹாலோகிராபிக் மினுமினுப்பு தூள், வெள்ளி, 500 கி, 400 பொதிகள்", "IN", 200, 400, 1200, "USD",
         "holographic glitter is flat, light polyester flakes that flash colours and float; these packs hold a "
         "dull grey, very fine, heavy powder that smears like graphite, does not glitter and flashes white "
         "with a bang when a pinch is lit (the one test nobody should make), and the Sivakasi maker's sheet reads "
         "'KClO4 70 / Al 30': flash powder, a mixture above 40 % potassium perchlorate (Annex I) and itself an "
         "explosive, for a Lisbon party-supply web shop that sells to the public, flown from Chennai; Tamil "
         "wording from India (flash-powder mixtures repeat in several sets under kit and pigment labels; a confetti-"
         "cannon glitter label from Sivakasi was found in no earlier row by a keyword search)",
         firm("Atlantic Festas Lda", "PT")),
        ("PRE-09", "import", "NLSEA01", "sea", "TW", [], "NL", "380991",
         "舞台布幕防焰處理粉 (硼砂/硼酸混合), 1 公斤袋裝, 3,000 袋", "TW", 3000, 3000, 4500, "USD",
         "drape flame-proofing powder for theatres is a borax and boric-acid blend that dissolves slowly and "
         "leaves a soapy feel; these bags hold a deliquescent white crystal that dissolves at once, turns damp in "
         "the sack, burns fiercely mixed with sugar and carries CAS 7601-89-0 on the inner liner, for a Rotterdam "
         "stage-supply web shop that sells to amateur theatres and the public: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Kaohsiung; traditional Chinese wording from "
         "Taiwan (sodium perchlorate repeats in many sets; a drape flame-proofing label was found in no earlier "
         "row by a keyword search)", firm("Horizon Theatertechniek BV", "NL")),
        ("PRE-10", "import", "ITPOST01", "post", "PH", [], "IT", "170211",
         "Lactose powder para sa photo smoke (walang kemikal), 4 x 1 kg", "PH", 4, 4, 1400, "PHP",
         "lactose for smoke mixes is a soft, faintly sweet, white powder that cakes a little; these four bags "
         "hold glassy, tasteless crystals that do not sweeten, spit violet sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner bags, sent from Bocaue, the Bulacan firecracker town, to a private photographer "
         "in Rome: potassium chlorate (Annex I above 40 %), the oxidiser of coloured photo-smoke mixes, posted to a "
         "member of the public; Tagalog wording (potassium chlorate repeats in many sets; a lactose label on a "
         "precursor was found only on homeopathic and PETN rows, and a photo-smoke wording from Bulacan is the new "
         "part)", person("Giulia Rossi", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "SN", "890319",
         "Gebruikte rubberboten met harde romp (RIB), 4,5 m, 6 stuks", "NL", 2400, 6, 9000, "EUR",
         "a second-hand boat container for Dakar: used RIBs and outboard motors are what Dutch dealers ship to "
         "Senegalese fishermen and dive centres, but the third item's 'reddingsmiddelen, gebruikt' are 40 "
         "boxes of hand flares, parachute rockets and orange smoke signals, their expiry dates four to twelve years "
         "past, some swollen or leaking, collected from marinas by a Harlingen ship chandler: waste pyrotechnics "
         "(16 04 03*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration from Rotterdam; Dutch wording (expired flares appear in a few earlier rows, on "
         "other routes; behind used RIBs to Senegal is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("840721", "Buitenboordmotoren, gebruikt, 40 pk, 10 stuks", "NL", 900, 6000, "EUR", qty=10),
                           item("360490", "Reddingsmiddelen, gebruikt (noodsignalen), 40 dozen", "NL", 600, 400, "EUR", qty=40)])),
        ("WST-02", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "630399",
         "Bühnenvorhänge, gebraucht, schwer, aus Theaterrenovierung, 14 t", "AT", 14000, None, 1400, "EUR",
         "used stage curtains are velvet or wool serge that folds soft; these bales are stiff, grey, woven "
         "asbestos-cloth panels with wire reinforcement and a crumbling edge, stripped from the iron safety "
         "curtain and fire doors of a Viennese suburban theatre during its renovation, and chrysotile shows "
         "under a lens: asbestos-containing waste (17 06 01*), hazardous waste whose export to a non-OECD country "
         "is banned, by road through Hungary to a Novi Sad 'stage-hire' firm; Austrian German wording (asbestos "
         "repeats in many sets; a theatre safety-curtain and stage-curtain label was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "NG", "940549",
         "Used moving-head stage lights, discharge lamp, tested working, 320 pcs", "GB", 9600, 320, 16000, "GBP",
         "working moving heads are boxed, flight-cased and come with test sheets; these are loose, cracked "
         "fixtures from a London rental house's write-off pile, many without lenses, some with broken "
         "metal-halide burners that read mercury on a vapour meter and circuit boards torn out: waste electrical "
         "equipment with mercury-containing lamps (16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, from Felixstowe to Lagos for an 'events company'; British English wording (e-waste as used "
         "equipment repeats in many sets and used moving heads once, in blind121, from Denmark to Nigeria; kept as "
         "a repeat, a London rental house's write-offs under a 'tested working' label are the new part)", {"importer_country": "NG"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "251110",
         "Baryt mielony, do płuczek wiertniczych, big bagi, 22 t", "PL", 22000, None, 2200, "EUR",
         "drilling-grade barite is a heavy, grey-white, inert powder of 4.2 g/cm3; these bags hold a damp, "
         "pink-and-green, lumpy filter cake that smells of smoke, stains the hands red and reads soluble barium, "
         "strontium and perchlorate, dug out of the settling tanks of a Silesian road-flare and signal-"
         "pyrotechnics works: sludge containing hazardous substances from pyrotechnic manufacture (16 04 03*, "
         "06 03 13*), hazardous waste whose export to a non-OECD country is banned, at Korczowa for an 'oil-field "
         "service' firm; Polish wording (barite labels repeat in several sets, on drilling and other wastes; a "
         "flare factory's sludge is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "391721",
         "Tubi in HDPE, spezzoni nuovi, diametri 75-150 mm, 18 t", "IT", 18000, None, 2700, "EUR",
         "new HDPE pipe offcuts are clean, black or orange, square-cut lengths; these are scorched, split "
         "mortar tubes from Neapolitan display companies, blackened inside, with unfired lift charges and fallen "
         "stars stuck in some bases and a smell of sulphur: plastic waste contaminated with explosive residues "
         "(16 04 03*, 15 01 10*), hazardous waste whose export to a non-OECD country is banned, from Salerno to "
         "Sfax for a 'plastics recycler'; Italian wording (plastic-waste covers repeat in many sets; used "
         "fireworks mortar tubes were found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "282739",
         "Chlorid železitý 40 %, roztok, IBC kontejnery, 20 t", "CZ", 20000, None, 1600, "EUR",
         "fresh 40 % ferric chloride is a dark brown-orange, clear solution of 1.42 kg/l; these IBCs hold a "
         "green-black, sludgy, exhausted liquor with a copper and nickel content of several per cent and a "
         "crust of salts, drained from the etching lines of a Brno maker of stainless and brass gobos for stage "
         "lighting: spent etching solution (11 01 05*), hazardous waste whose export to a non-OECD country is "
         "banned, by road through Poland to a Lviv 'water-treatment' buyer; Czech wording (ferric chloride "
         "repeats in several sets; a gobo maker's spent etchant is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "GN", "630622",
         "Tentes de camping d'occasion, triées, pour réemploi, 24 t", "BE", 24000, None, 4800, "EUR",
         "sorted used tents are dry, folded and bagged; this container holds 24 t of wet, mouldy, trampled "
         "tents still pegged to airbeds, sleeping bags, food cans, bottles and half-empty gas cartridges, as "
         "left behind on a Flemish summer festival's campsite: mixed municipal and festival waste (20 03 01, "
         "with gas cartridges 16 05 04*), whose export to a non-OECD country is banned, from Antwerp to Conakry; "
         "Belgian French wording (mixed waste under used-goods labels repeats in many sets; festival campsite "
         "tents are the new part as far as a search found)", {"importer_country": "GN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "IN", "370610",
         "Bobines de film 35 mm d'époque, lot de collection, 1 400 boîtes", "FR", 7000, 1400, 5600, "EUR",
         "collectors' 35 mm reels are safety film that stays flat and smells of nothing; these rusted cans "
         "hold sticky, brown, honey-smelling reels that have turned to powder in places, stamped 'NITRATE' on the "
         "edge, cleared from a Boulogne film laboratory's vault: decomposing cellulose-nitrate film, a "
         "self-igniting waste (16 05 07*, 09 01 07 with nitrate base), hazardous waste whose export to a non-OECD "
         "country is banned, from Le Havre to Nhava Sheva for a 'silver recovery' buyer; French wording (a vintage "
         "35 mm film label repeats once, on acetate film in blind185; kept as a repeat of the label, as nitrate "
         "film as waste is the new part)", {"importer_country": "IN"}),
        ("WST-09", "export", "ITROAD01", "road", "IT", ["SI", "HR", "BA", "ME"], "AL", "440290",
         "Carbone vegetale in polvere, per bricchette da barbecue, sacchi, 8 t", "IT", 8000, None, 1600, "EUR",
         "charcoal fines are black, light and sooty and burn slowly; these sacks hold a heavy, slate-grey, "
         "polished grain that flares at once with a cloud of white smoke, mixed with broken stars and fuse, "
         "cleared from the magazines of a Campanian fireworks maker that closed after an accident: waste "
         "black powder and pyrotechnic compositions (16 04 03*), hazardous waste whose export to a non-OECD country "
         "is banned, on a lorry from Bari through the Balkans to a Durrës 'barbecue' firm; Italian wording (charcoal and "
         "biochar labels repeat in a few waste rows, on other wastes; waste black powder under one is the new "
         "part as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-10", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "853690",
         "Gebrauchte Bühnendimmer-Racks, Thyristor, funktionsfähig, 40 Stück", "DE", 8000, 40, 4000, "EUR",
         "working dimmer racks are thyristor packs with a test sticker; these are 1970s racks from a "
         "Saxon state theatre's lighting store, their paper-and-oil capacitors and chokes leaking a "
         "heavy, sweet-smelling oil labelled 'Clophen': equipment containing PCBs (16 02 09*), hazardous waste whose "
         "export to a non-OECD country is banned, by road through Poland to a Kyiv 'theatre equipment' buyer; "
         "German wording (PCB capacitors and transformers repeat in many sets and stage dimmer racks once, in "
         "blind194, hidden in a church-equipment container for Lagos; kept as a repeat, a state theatre's racks by "
         "road to Ukraine are the new part)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "381400",
         "烟雾机加热器清洗液 (不含水), 5 升桶装, 400 桶", "CN", 2680, 400, 4800, "USD",
         "fog-machine cleaning fluid is a water-and-alcohol flush of about 0.95 kg/l that smells of vinegar or "
         "spirit; these jugs weigh 1.34 kg/l, do not burn, smell sweet like chloroform and boil at 74 °C, and the "
         "filler's drum labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import into the "
         "Union is banned, by sea from Guangzhou for an Amsterdam stage-equipment dealer; Chinese wording (methyl "
         "chloroform repeats in many sets under cleaner labels; a fog-machine cleaner label was found in no earlier "
         "row by a keyword search)", firm("Central Podiumtechniek BV", "NL")),
        ("OZN-02", "import", "ITSEA01", "sea", "KR", [], "IT", "381400",
         "불꽃놀이 점화 시스템 모듈용 접점 세정제 (무염소), 400 ml 스프레이, 4,800 개", "KR", 1900, 4800, 9600, "USD",
         "chlorine-free contact cleaner is a light hydrocarbon or alcohol spray that burns; these cans spray a "
         "heavy, cold, non-flammable solvent with an ether-like smell and the can codes give 'HCFC-141b', for a "
         "Naples supplier of electronic firing systems to display fireworks companies: an HCFC in a product whose "
         "placing on the market is banned, by sea from Busan; Korean wording (HCFC-141b repeats in many sets under "
         "cleaner and degreaser labels; a fireworks firing-module wording was found in no earlier row by a keyword "
         "search)", firm("Meridian Pirotecnica Srl", "IT")),
        ("OZN-03", "import", "ESSEA01", "sea", "MX", [], "ES", "842410",
         "Extintores de espuma AFFF 6 l, para polvorines y almacenes de pirotecnia, 240 unidades", "MX", 2640, 240, 14000, "USD",
         "6-litre AFFF foam extinguishers slosh when tipped and carry a foam-concentrate cartridge; these are "
         "pressurised, liquefied-gas extinguishers that do not slosh, with a gauge and a nameplate rubbed off, "
         "and the valve tag reads 'Halotron I': HCFC-123 clean-agent extinguishers, whose placing on the market in "
         "the Union is banned, by sea from Veracruz for a Valencia fireworks maker's magazines; Mexican Spanish "
         "wording (Halotron extinguishers repeat once, in blind12, for a hangar; kept as a repeat, under a foam "
         "label for fireworks magazines is the new part)", firm("Vega Pirotecnia SL", "ES")),
        ("OZN-04", "import", "HRSEA01", "sea", "TR", [], "HR", "890332",
         "İkinci el motoryat, 18 m, 2009, söndürme sistemi yok, 1 adet", "TR", 32000, 1, 420000, "EUR",
         "a used motor yacht is declared without a fixed fire-extinguishing system; in its engine room is a "
         "red, wall-mounted cylinder piped to nozzles over both engines, whose label reads 'Halon 1301, "
         "bromotrifluoromethane, 12 kg': a product containing a halon, whose import into the Union is banned "
         "outside the critical uses, sailed from Bodrum to Split by a charter operator who also sells flares "
         "and safety kit; Turkish wording (halon repeats in many sets and fire-suppression systems in several; a "
         "halon system in a used yacht is the new part as far as a search found)", firm("Nordhafen Charter d.o.o.", "HR")),
        ("OZN-05", "import", "NLSEA01", "sea", "IN", [], "NL", "280430",
         "Nitrogen, compressed, 80 l cylinders, for fire suppression in fireworks containers, 60 cylinders", "IN", 5400, 60, 9000, "USD",
         "80-litre nitrogen cylinders at 200 bar are light for their size (about 18 kg of gas) and the gas "
         "escapes as a dry hiss; these hold 90 kg each of a liquid that sloshes, the valve frosts when cracked "
         "and a refrigerant leak detector screams: HFC-227ea (heptafluoropropane) in bulk, imported without the "
         "quota authorisation the F-gas Regulation requires, by sea from Mundra for a Moerdijk fireworks "
         "storage firm's container suppression systems; Indian English wording (HFC-227ea repeats in many sets "
         "under clean-agent labels; a nitrogen label for fireworks containers is the new part as far as a search "
         "found)", firm("Orion Vuurwerkopslag BV", "NL")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "271112",
         "舞台火焰喷射器用丙烷, 13.6 公斤一次性钢瓶, 1,200 瓶", "CN", 16300, 1200, 14000, "USD",
         "stage flame projectors burn propane, which is light (0.5 kg/l) and smells of mercaptan; these "
         "non-refillable cylinders are stamped 'R22', weigh too much for propane of their size, and gas from one "
         "does not burn: HCFC-22 in non-refillable containers, a controlled ozone-depleting substance moved "
         "through the Union without the licence the ODS Regulation requires, landed at Constanța in transit to a "
         "Chișinău 'event-effects' firm; Chinese wording (HCFC-22 repeats in many sets and transits in several; "
         "a flame-projector propane label through Constanța is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "841582",
         "Etkinlik çadırları için mobil klima, R-410A, 14 kW, 60 adet", "TR", 9000, 60, 54000, "EUR",
         "new mobile tent air-conditioners on R-410A carry a nameplate and a pink-labelled charge port; "
         "these units are refurbished, their nameplates re-riveted over older ones that read 'R22', and the gas "
         "at the service port reads HCFC-22 on an identifier: equipment containing an HCFC, whose import into the "
         "Union is banned, on a lorry at Kapitan Andreevo for a Sofia event-tent hire firm; Turkish wording "
         "(R-22 equipment repeats in many sets; event-tent coolers are the new part as far as a search found)",
         firm("Horizon Event Rent EOOD", "BG")),
        ("OZN-08", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Охолоджувальний спрей для налагодження плат сценічного обладнання, 400 мл, 1 200 шт.", "CN", 480, 1200, 1800, "EUR",
         "a circuit-debugging cooling spray for stage electronics is a propane-butane or HFO can that burns if lit; "
         "these 1,200 cans, in a Kyiv event-rental firm's van with its cold-spark machines, spray a non-flammable "
         "gas that frosts a board at -60 °C, and the can codes read 'R-12': CFC-12, whose import into the Union is "
         "banned, declared at Vyšné Nemecké for a Košice festival-technology firm; Ukrainian wording (freeze sprays "
         "repeat in many sets; kept as a repeat, a stage-electronics debugging label from Ukraine to Slovakia is "
         "the new part)", firm("Alpina Event s.r.o.", "SK")),
        ("OZN-09", "import", "HUROAD01", "road", "RS", [], "HU", "842410",
         "CO2 aparati za gašenje požara, 5 kg, za kaskaderske scene na filmu, 80 kom", "RS", 1040, 80, 4800, "EUR",
         "CO2 extinguishers are heavy steel bottles with a horn and no pressure gauge; these are lighter "
         "aluminium-bodied bottles with a gauge and a short hose, painted over green under their red paint, "
         "that discharge a liquid stream smelling faintly sweet: halon 1211 (BCF) extinguishers, whose import into "
         "the Union is banned outside the critical uses, at Röszke for a Budapest stunt and special-effects "
         "company; Serbian wording (halon 1211 repeats in many sets under extinguisher labels; kept as a repeat, "
         "film-stunt safety extinguishers are the new part as far as a search found)",
         firm("Meridian Film Effektek Kft.", "HU")),
        ("OZN-10", "import", "ITSEA01", "sea", "EG", [], "IT", "392113",
         "كتل رغوة بولي يوريثان صلبة لنحت ديكورات الأفلام، منفوخة بالسيكلوبنتان، 1,200 كتلة", "EG", 14400, 1200, 26000, "USD",
         "cyclopentane-blown rigid foam carving blocks for film sets are pale, even and smell of nothing; these "
         "yellow blocks give off a faint ether-like smell when cut, and the supplier's data sheet in the "
         "container gives 'blowing agent 141b': a product containing HCFC-141b, whose import into the Union is "
         "banned, by sea from Port Said for a Rome film-studio scenery workshop; Egyptian Arabic wording "
         "(HCFC-141b foams repeat in many sets and polyurethane blocks once, in blind171; kept as a repeat, "
         "film-set carving blocks are the new part)", firm("Rivage Scenografie Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "CN", [], "FR", "621149",
         "京剧演出服 (蟒袍), 新制, 刺绣, 巡演用, 6 件", "CN", 18, 6, 1800, "USD",
         "new Peking-opera python robes are machine-embroidered polyester satin with bright synthetic dyes; "
         "these six are faded silk robes hand-embroidered with couched gold-wrapped thread, worn at the cuffs, with "
         "ink inventory marks of a Qing court troupe inside the lining: Qing-dynasty theatrical robes, cultural "
         "relics whose export from China is banned, flown from Beijing to Paris as a touring troupe's 'costumes' "
         "for a dealer; Chinese wording (Qing textiles repeat in a few sets; Peking-opera robes were found in no "
         "earlier row by a keyword search)", firm("Meridian Arts Asiatiques SARL", "FR")),
        ("CUL-02", "import", "ITAIR01", "express", "JP", [], "IT", "442199",
         "能面 (小面), 土産用, 新作, 檜, 1 面", "JP", 0.4, 1, 30000, "JPY",
         "a new souvenir Noh mask is crisply carved with a bright, even gesso and a laser-burnt maker's mark; this "
         "one has a worn, crazed gofun surface, darkened hinoki inside with old lacquer, a carved signature and a "
         "storage box inscribed for a Kanazawa Noh family: an Edo-period Noh mask, whose export from Japan as a "
         "registered cultural property needs permission, sent by express to a private collector in Milan; "
         "Japanese wording (Japanese antiquities repeat in a few sets; a Noh mask was found in no earlier row by a "
         "keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-03", "import", "DEPOST01", "post", "TR", [], "DE", "420500",
         "Karagöz ve Hacivat tasvirleri, hediyelik, yeni, deve derisi, 8 adet", "TR", 1.2, 8, 90, "EUR",
         "new Karagöz figures are thin, brightly dyed, laser-cut leather; these eight are thick, hand-cut "
         "camel-hide figures, translucent amber with age, painted in faded vegetable colours, with the hole "
         "for the rod worn oval and a shadow-master's seal: nineteenth-century Ottoman shadow-theatre figures, "
         "whose export from Türkiye is banned, posted from Bursa to a private collector in Cologne; Turkish wording "
         "(shadow puppets repeat twice, as Javanese wayang and Khmer sbek thom; Karagöz figures were found in no "
         "earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "TH", [], "NL", "950300",
         "ရုပ်သေးရုပ်များ (ယိုးဒယား ကုန်သည်မှ), အသစ်, လက်ရာ, ၁၂ ရုပ်", "MM", 24, 12, 1200, "USD",
         "new Burmese marionettes are light, freshly painted, with bright sequinned costumes; these twelve are "
         "heavy, teak-bodied yoke thé puppets with original gilded and lacquered heads, hand-sewn silk costumes "
         "stiff with age and a mandalay troupe's names written inside: late-Konbaung marionettes, antiquities "
         "whose export from Myanmar is banned, flown from Bangkok to Amsterdam for a puppet-theatre collector; "
         "Burmese wording (Burmese antiquities repeat in a few sets; yoke thé marionettes were found in no earlier "
         "row by a keyword search)", firm("Vega Poppentheater BV", "NL")),
        ("CUL-05", "export", "CZAIR01", "air", "CZ", [], "US", "590700",
         "Divadelní kulisa, malované plátno, použitá, 1 ks", "CZ", 60, 1, 3500, "EUR",
         "a used stage backdrop is a modern, fire-retardant, roller-printed cloth; this one is a hand-painted "
         "linen drop of a baroque garden with distemper colours, hand-sewn seams and an inventory stencil of a "
         "Bohemian chateau theatre, cut from its roller: an eighteenth-century theatre scenery, a cultural good "
         "exported from the Union without the export licence it needs, flown from Prague to New York for a "
         "dealer; Czech wording (painted theatre scenery was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "GBAIR01", "air", "LK", [], "GB", "442199",
         "කෝලම් වෙස් මුහුණු, අලුත්, අතින් සාදන ලද, 10", "LK", 12, 10, 400, "USD",
         "new Ambalangoda kolam masks are light kaduru wood with glossy synthetic paint; these ten are "
         "heavy, cracked, smoke-blackened masks with earth pigments, worm holes and the wear of a dancer's face "
         "inside, from a southern-coast village troupe: nineteenth-century Sinhalese theatre masks, antiquities "
         "whose export from Sri Lanka is banned, flown from Colombo to London for a dealer; Sinhala wording (Sri "
         "Lankan antiquities repeat in a few sets; kolam masks were found in no earlier row by a keyword search)",
         firm("Central Oriental Arts Ltd", "GB")),
        ("CUL-07", "import", "ESSEA01", "sea", "MA", [], "ES", "940550",
         "Lanternes en laiton, accessoires de tournage, neuves, 80 pièces", "MA", 320, 80, 2400, "EUR",
         "a Ouarzazate prop house's container for a film shot in Almería: new brass lanterns and replica "
         "swords are what such prop houses ship, but the third item's 'panneaux de mosaïque en résine' are four "
         "heavy panels of real stone tesserae set in old mortar, with a Dionysiac scene and soil in the backing: "
         "Roman floor-mosaic fragments from a Mauretanian site, antiquities whose export from Morocco is banned, "
         "hidden as the last item of a three-item declaration from Tanger Med to Algeciras; Moroccan French "
         "wording (Roman mosaics repeat in a few sets; as film props behind a prop-house shipment is the new part "
         "as far as a search found)",
         dict(firm("Atlantic Producciones SL", "ES"),
              _more_items=[item("930700", "Épées de tournage, répliques non tranchantes, 60 pièces", "MA", 90, 900, "EUR", qty=60),
                           item("392690", "Panneaux de mosaïque en résine, décor de tournage, 4 pièces", "MA", 240, 300, "EUR", qty=4)])),
        ("CUL-08", "import", "GBAIR01", "air", "IN", [], "GB", "650699",
         "കഥകളി കിരീടം, പുതിയത്, നാടക വേഷം, 3 എണ്ണം", "IN", 9, 3, 900, "USD",
         "new Kathakali crowns are light, glued plywood with plastic mirror-work and bright enamel; these three "
         "are carved jackwood kireedams with old beetle-wing and mirror inlay, gesso cracked, repaired with "
         "hand-forged nails and a temple troupe's name inscribed: nineteenth-century Kathakali headdresses, "
         "antiquities whose export from India is banned, flown from Kochi to London for a dealer; Malayalam "
         "wording (Kathakali headdresses were found in no earlier row by a keyword search)",
         firm("Orion Asian Art Ltd", "GB")),
        ("CUL-09", "import", "ATAIR01", "air", "CN", [], "AT", "920600",
         "铜锣, 戏曲乐队用, 新, 直径 60 厘米, 2 面", "CN", 14, 2, 400, "USD",
         "new opera-orchestra gongs are bright, machine-spun bronze with lathe marks; these two are hammered, "
         "dark-patinated bronze with an incised Ming reign mark, old repairs and a temple inscription: Ming-"
         "dynasty bronze gongs, cultural relics whose export from China is banned, flown from Shanghai to Vienna "
         "for a Chinese-opera ensemble's collector; Chinese wording (Chinese bronzes repeat in many sets; "
         "opera-orchestra gongs were found in no earlier row by a keyword search)", firm("Alpina Kunsthandel GmbH", "AT")),
        ("CUL-10", "import", "GBAIR01", "air", "NG", [], "GB", "630790",
         "Egúngún costume, new, for festival and stage, 1", "NG", 16, 1, 300, "USD",
         "a new Egúngún masquerade costume is bright, machine-sewn appliqué on new cloth; this one is layered "
         "panels of faded, hand-woven and trade cloth, with old amulets sewn in, a carved headpiece and a "
         "lineage's marks, worn by generations of a Ọ̀yọ́ masquerade: an antique Egúngún costume, an antiquity "
         "whose export from Nigeria needs a permit, flown from Lagos to London for a dealer; Nigerian English and "
         "Yoruba wording (an Egúngún costume repeats once, in blind199, via Benin to Brussels under a new-costume "
         "label; kept as a repeat, direct from Lagos to London is the new part)", firm("Horizon Tribal Art Ltd", "GB")),
    ],
    "strategic": [
        ("STR-01", "export", "BGSEA01", "sea", "BG", ["EG"], "SD", "360490",
         "Ръчни сигнални факли, червени, морски, SOLAS, 6 000 бр.", "BG", 4200, 6000, 36000, "EUR",
         "SOLAS red hand flares are short cardboard or plastic tubes with a striker cap, a wheel mark and an "
         "expiry date; these are heavy, aluminium-cased cartridges of 50 mm calibre with an impulse-cartridge base "
         "and no striker, whose grey pellets are magnesium, PTFE and Viton: infrared decoy flares for aircraft "
         "(Military List ML4), exported without a licence to Sudan, under an EU arms embargo, from Burgas via "
         "Port Said for a Port Sudan 'ship chandler'; Bulgarian wording (marine-flare labels repeat in a few "
         "strategic rows; decoy flares under a SOLAS hand-flare label to Sudan are the new part as far as a "
         "search found)", {"importer_country": "SD"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "DZ", "283429",
         "Nitrate de strontium pour feux de Bengale rouges, fûts de 50 kg, 120 fûts", "FR", 6000, 120, 42000, "EUR",
         "strontium nitrate is a dense, white salt that colours a flame crimson and costs about 3 EUR/kg; these "
         "drums hold a fine, 200 µm, white powder that gives no red flame, smells of chlorine when heated and "
         "costs seven times that: ammonium perchlorate for composite rocket propellant (Military List ML8 and a "
         "missile-technology item), exported without a licence from Marseille to an Algiers 'festival fireworks' "
         "importer; French wording (ammonium perchlorate repeats in several sets, among them under a "
         "potassium-perchlorate label for fireworks in blind199; a strontium-nitrate label is the new part as far "
         "as a search found)", {"importer_country": "DZ"}),
        ("STR-03", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS", "BG"], "TR", "760320",
         "Aluminiumflitter für Wunderkerzen, lamellar, 40 Fässer à 50 kg", "AT", 2000, 40, 36000, "EUR",
         "sparkler aluminium is coarse, flat, flaky foil that glitters in the drum; this is a grey, flowing, "
         "spherical atomised powder of 97 % Al, 15-30 µm under a lens, at eighteen euros a kilo: spherical "
         "aluminium powder controlled as a dual-use good (1C111), exported without a licence by road to an "
         "Ankara 'sparkler maker' that supplies a rocket-motor programme; Austrian German wording (aluminium "
         "powders repeat in many sets under pigment and spraying labels; a sparkler label is the new part as far "
         "as a search found)", {"importer_country": "TR"}),
        ("STR-04", "export", "LVAIR01", "air", "LV", [], "KG", "940542",
         "Gaismas šova aprīkojums, LED moduļi pasākumiem, 200 gab.", "LV", 1100, 200, 180000, "EUR",
         "LED show modules are flat, wired lamp panels; these 200 cases hold complete quadcopters with GNSS-RTK "
         "receivers, LED payloads and a swarm-control ground station, the kit of a drone light show, at "
         "900 EUR each, for a Bishkek 'events' firm that re-exports to Moscow: unmanned aerial vehicles whose "
         "export for use in Russia is banned, flown from Riga; Latvian wording (drones repeat in many sets, and "
         "light-show drones once, in blind199, declared as such from Estonia to Kyrgyzstan; kept as a repeat, the "
         "kit under an LED-module label from Latvia by air is the new part)", {"importer_country": "KG"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "AM", "852589",
         "Caméras de surveillance thermique pour pas de tir pyrotechnique, 24 unités", "FR", 72, 24, 168000, "EUR",
         "pyrotechnic site heat-watch cameras are simple, low-resolution thermal sensors; these are cooled, "
         "640 x 512 thermal imaging cores with 100 mm lenses at 7,000 EUR each, for a Yerevan 'fireworks "
         "company' with a Moscow parent: thermal cameras whose export for use in Russia is banned and which need a "
         "dual-use licence (6A003), flown from Paris; French wording (thermal cameras repeat in several sets "
         "under sorter and other labels; kept as a repeat, a fireworks firing-site label is the new part)",
         {"importer_country": "AM"}),
        ("STR-06", "export", "BESEA01", "sea", "BE", ["LB"], "SY", "382499",
         "Additif antistatique pour fluide à brouillard (haze), fûts de 200 l, 20 fûts", "BE", 3600, 20, 24000, "EUR",
         "a haze-fluid antistatic additive is a glycol blend with a data sheet naming a quaternary ammonium "
         "salt; these drums are stamped with CAS 96-80-0 and smell fishy and amine-like: 2-(N,N-"
         "diisopropylamino)ethanol (Schedule 2 precursor of nerve agents), exported without a licence from "
         "Antwerp via Beirut to a Damascus 'events company'; Belgian French wording (haze-fluid labels repeat once "
         "on a strategic row, in blind199; kept as a repeat of the cover, the aminoethanol is the new part as far "
         "as a search found)", {"importer_country": "SY"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["AT", "SI", "HR", "RS", "BG"], "TR", "560121",
         "Bavlněná vata pro kouzelníky (flash cotton), sudy, 2 000 kg", "CZ", 2000, None, 16000, "EUR",
         "magicians' flash cotton is sold in 10 g packs; these 2 t are water-wet, fibrous nitrocellulose in "
         "drums with a nitrogen content of 13.4 % on the works certificate: nitrocellulose above 12.5 % N "
         "(Military List ML8), exported without a licence from Pardubice by road to an Istanbul buyer for an "
         "Iranian propellant maker; Czech wording (nitrocellulose repeats in a few sets and flash cotton once, as "
         "magic supplies in a development probe set (dev6-b); kept as a repeat, a two-tonne export by road to "
         "Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "761090",
         "Aliuminio santvaros scenai, 400 m, naudotos", "LT", 3200, None, 24000, "EUR",
         "a Vilnius stage-rental firm's lorry to Minsk with used truss and LED-screen panels for a concert, "
         "both lawful; the third item's 'LED ekrano atsarginės plokštės' are 40 kg of loose, boxed "
         "microcontrollers, FPGAs and memory chips of the common high-priority list, not screen boards: "
         "electronic components whose export to Belarus is banned, hidden as the last item of a three-item "
         "declaration at Medininkai; Lithuanian wording (chips behind food and other goods repeat in many sets; "
         "behind stage truss and LED screens is the new part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("852859", "LED ekrano moduliai, naudoti, 120 vnt.", "LT", 1800, 18000, "EUR", qty=120),
                           item("854239", "LED ekrano atsarginės plokštės, 40 kg", "CN", 40, 2000, "EUR")])),
        ("STR-09", "export", "ITSEA01", "sea", "IT", ["TR"], "IR", "400299",
         "Legante liquido per stelle pirotecniche, fusti 200 kg, 40 fusti", "IT", 8000, 40, 56000, "EUR",
         "a pyrotechnic-star binder is shellac, dextrin or a nitrocellulose lacquer; these drums hold a "
         "colourless, treacle-thick liquid polybutadiene with hydroxyl ends and a data sheet giving 'HTPB R45': "
         "hydroxyl-terminated polybutadiene for composite propellant (Military List ML8 and a missile-technology "
         "item), exported without a licence from Genoa via Mersin for Iran; Italian wording (HTPB repeats in "
         "several sets under liquid-rubber labels; kept as a repeat, a pyrotechnic-star label is the new part)",
         {"importer_country": "IR"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", ["AE"], "IR", "852589",
         "Actionkameras für Feuerwerksaufnahmen, 4K, 6 Stück", "DE", 90, 6, 210000, "EUR",
         "action cameras weigh 150 g and cost a few hundred euros; these six are 15 kg, water-cooled "
         "high-speed cameras recording over 300,000 frames a second at 35,000 EUR each: high-speed cameras "
         "(dual-use 6A003), exported without a licence via Dubai to a Tehran 'fireworks filming' buyer; German "
         "wording (high-speed cameras repeat in many sets under sports-camera labels; kept as a repeat, the "
         "fireworks-filming wording to Iran is the new part)", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "670290",
         "Costeiros de carnaval com plumas sintéticas, escola de samba, 12 peças", "BR", 60, 12, 9000, "BRL",
         "synthetic carnival plumes are dyed, uniform nylon or dyed rooster feathers; these twelve back-pieces "
         "carry long, stiff tail feathers of scarlet, blue and yellow with the natural barbules and calamus of a "
         "real bird, over a thousand of them: feathers of scarlet and blue-and-yellow macaws (Ara macao, CITES "
         "App. I; Ara ararauna, App. II) without CITES documents, flown from Rio de Janeiro to Lisbon for a samba "
         "school's parade; Brazilian Portuguese wording (carnival feather back-pieces repeat in a few sets and "
         "macaw tail feathers once, in blind140, under a dyed-rooster label; kept as a repeat, a samba school's "
         "back-pieces by air to Lisbon are the new part)",
         firm("Rivage Samba Lda", "PT")),
        ("WLF-02", "import", "DEAIR01", "air", "NA", [], "DE", "392640",
         "Kunsharsdiere koppe, filmrekwisiete, 4 stuks", "NA", 80, 4, 2000, "USD",
         "resin trophy-head props are hollow, light, with a cast seam and glass eyes in plaster; these four are "
         "heavy, tanned skins over foam with real teeth, whiskers and mane hair, lion shoulder mounts from a "
         "Windhoek taxidermist: African lion trophies (Panthera leo, CITES App. II) without CITES documents, flown "
         "from Windhoek to Frankfurt for a Berlin film-prop hire house; Afrikaans wording (Namibian trophies "
         "repeat in several sets; lion mounts as resin film props were found in no earlier row by a keyword "
         "search)", firm("Central Filmrequisiten GmbH", "DE")),
        ("WLF-03", "import", "FRAIR01", "express", "TG", [], "FR", "950300",
         "Serpents en caoutchouc, accessoires de magie, 6 pièces", "TG", 3, 6, 60, "EUR",
         "rubber snake props are floppy, cold moulded latex; this box, which is warm, shifts and has air holes, "
         "holds six live royal pythons in cloth bags: Python regius (CITES App. II) without CITES documents, sent "
         "by express from Lomé to a private stage magician in Marseille; Togolese French wording (ball pythons "
         "repeat once, in blind171, under a captive-bred label; a rubber-prop label was found in no earlier row by "
         "a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-04", "import", "ESPOST01", "post", "DO", [], "ES", "961511",
         "Peinetas de acetato para baile flamenco, imitación carey, 6 piezas", "DO", 1.4, 6, 180, "USD",
         "acetate imitation-tortoiseshell combs are even, glossy plastic that bends warm and smells of vinegar "
         "when filed; these six are layered, translucent plates with natural amber and brown blotches, that smell "
         "of burnt hair under a hot needle: hawksbill-turtle shell (Eretmochelys imbricata, CITES App. I), posted "
         "from Santo Domingo to a private flamenco dancer in Seville; Dominican Spanish wording (peinetas repeat "
         "once, in blind127, under a bull-horn label from Cuba; kept as a repeat, the acetate label from the "
         "Dominican Republic for a flamenco dancer is the new part)", person("Maria Lopez", "ES")),
        ("WLF-05", "import", "GBAIR01", "air", "IN", [], "GB", "960330",
         "Theatrical make-up brushes, synthetic fibre, 4,000 pcs", "IN", 60, 4000, 800, "USD",
         "synthetic make-up brushes are even, glossy nylon or taklon fibres cut square that melt into a bead "
         "under a flame; these 4,000 have grizzled, banded, tapering hairs with natural tips that burn with a smell "
         "of burnt hair: mongoose hair (Herpestes spp., CITES App. III, India) without the Indian export permit, "
         "flown from Mumbai for a London theatre make-up shop; Indian English wording (mongoose-hair brushes "
         "repeat in several sets; kept as a repeat, a theatrical make-up label is the new part as far as a search "
         "found)", firm("Nordhafen Stage Make-up Ltd", "GB")),
        ("WLF-06", "import", "FRAIR01", "air", "ID", [], "FR", "670100",
         "Hiasan kepala bulu ayam jantan yang diwarnai, untuk kabaret, 8 buah", "ID", 6, 8, 1600, "USD",
         "cabaret headdresses of dyed rooster hackle are short, shiny, pointed feathers; these eight carry long, "
         "lacy, golden-orange flank plumes and wire-like tail filaments on whole dried skins: greater birds-of-"
         "paradise (Paradisaea apoda, CITES App. II) without CITES documents, flown from Jakarta to Paris for a "
         "Pigalle cabaret costumier; Indonesian wording (birds-of-paradise repeat in a few sets; kept as a "
         "repeat, cabaret headdresses to Paris are the new part as far as a search found)",
         firm("Vega Costumes de Scène SARL", "FR")),
        ("WLF-07", "import", "GBAIR01", "air", "ZA", [], "GB", "430400",
         "Izingubo zomdanso zesintu, uboya bokwenziwa, 10 amasethi", "ZA", 18, 10, 1500, "ZAR",
         "faux-fur dance regalia is printed acrylic pile on a knitted backing; these ten sets are real "
         "spotted skins with leather backs and rosettes that run across the cuts: leopard-skin amabheshu and "
         "capes (Panthera pardus, CITES App. I) without CITES documents, flown from Durban to London for a touring "
         "Zulu dance company; isiZulu wording (leopard-print and leopard covers repeat in several sets; kept as a "
         "repeat, touring dance regalia is the new part as far as a search found)",
         firm("Delta Touring Productions Ltd", "GB")),
        ("WLF-08", "import", "NLAIR01", "air", "PH", [], "NL", "392640",
         "Pekeng korales na gawa sa resin, dekorasyon sa entablado, 40 piraso", "PH", 160, 40, 1200, "USD",
         "resin coral props are hollow castings with a seam and even paint; these 40 are heavy, white, porous "
         "skeletons with the star-shaped polyp cups of real Acropora and Pocillopora and sand in the pores: "
         "stony corals (Scleractinia, CITES App. II), whose export from the Philippines is banned, without CITES "
         "documents, flown from Cebu to Amsterdam for an events company's stage set; Tagalog wording (corals repeat "
         "in many sets under artificial-decor labels; kept as a repeat, a stage-decor wording is the new part)",
         firm("Horizon Evenementen BV", "NL")),
        ("WLF-09", "transit", "DEAIR01", "air", "CM", ["DE"], "AE", "010632",
         "Perruches à collier (Psittacula krameri), élevées en captivité, 40", "CM", 24, 40, 2000, "USD",
         "ring-necked parakeets are slim, green, long-tailed birds with a red beak; these 40 are stocky, "
         "grey birds with scarlet tails and black beaks, many with clipped wings and ring-less legs: wild-caught "
         "African grey parrots (Psittacus erithacus, CITES App. I) moved through the Union without CITES "
         "documents, landed at Frankfurt in transit from Douala to Dubai for a bird-show park; Cameroonian "
         "French wording (African greys repeat in a few sets; a transit under a parakeet label to a bird-show "
         "park is the new part as far as a search found)", {"importer_country": "AE"}),
        ("WLF-10", "import", "ESSEA01", "sea", "MX", [], "ES", "640391",
         "Botas vaqueras de piel de res grabada, para gira de música norteña, 120 pares", "MX", 240, 120, 14400, "USD",
         "embossed cowhide boots show a pressed, repeating scale pattern of even depth; these 120 pairs have "
         "real, irregular scales with bony osteoderms and the natural umbilical scar on the vamps: spectacled "
         "caiman and American crocodile leather (Caiman crocodilus, CITES App. II; Crocodylus acutus, App. I) "
         "without CITES documents, by sea from Veracruz to Valencia for a touring norteño band's stage wear; "
         "Mexican Spanish wording (cowboy boots repeat in a few sets; kept as a repeat, stage boots for a touring "
         "band are the new part as far as a search found)", firm("Atlantic Moda Escénica SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "282990",
     "Potassium perchlorate 99 %, 5 kg, for a licensed private user (amateur pyrotechnician)", "UA", 5, 5, 90,
     "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-66-0412")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "CA", "BE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (stage-prop bleaching)", "CA", 4.6, 4, 60, "CAD",
     [("PRECURSOR_LICENCE", "BE-FOD-66-0097")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "360490",
     "Expired marine distress flares and smoke signals (16 04 03*), for destruction at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-66-0318")], "notified waste pyrotechnics to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "681299",
     "Asbestos-cloth theatre safety curtain, removed (17 06 01*), for licensed disposal, 4 t", "CH", 4000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BW-66-0144")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for critical-use aircraft fire protection", "US", 450, 10,
     18000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-66-011")], "recovered halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "export", "ITSEA01", "sea", "IT", "CH", "290371",
     "HCFC-22, recovered from dismantled event-tent coolers, 40 cylinders, for destruction", "IT", 1600, 40, 0, "EUR",
     [("ODS_LICENCE", "IT-MASE-ODS-66-023")], "recovered HCFC exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "621149",
     "Qing-dynasty Peking-opera python robe, silk and gold thread, documented French collection since 1958", "FR",
     3, 1, 46000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-66-0274")], "theatrical robe exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "590700",
     "Painted linen theatre backdrop, baroque garden, Bohemia, c. 1770, sold at auction with the export permit", "CZ",
     60, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-66-0058")],
     "theatre scenery exported with the EU export licence and the Czech permit"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "CH", "760310",
     "Spherical atomised aluminium powder 99.7 %, 15-30 µm, 2 t, for a Swiss thermal-spray coating plant", "AT",
     2000, None, 38000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-66-0733"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-66-0141")],
     "dual-use spherical aluminium powder under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "BR", "852589",
     "Cooled thermal imaging cameras, 640 x 512, 6 units, for a Brazilian state fire brigade", "FR", 18, 6, 42000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-66-1102"), ("END_USER_CERTIFICATE", "BR-MJSP-EUC-66-0087")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "TG", "FR", "010620",
     "Live royal pythons (Python regius), ranched, 40, for a licensed reptile dealer", "TG", 24, 40, 2400, "USD",
     [("CITES_PERMIT", "TG-CITES-66-0219")], "App. II ranched pythons with their export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "670100",
     "Carnival back-piece with moulted blue-and-yellow macaw feathers from a registered breeder, 1", "BR", 5, 1, 2800,
     "USD", [("CITES_PERMIT", "BR-IBAMA-66-0463")], "App. II macaw feathers from a captive-breeding operation with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Particulier", "PRM-03": "Nordhafen Entsorgung GmbH",
    "PRM-05": "Atlantic Aéro Maintenance SARL", "PRM-11": "Vega Reptiles SARL", "PRM-12": "Rivage Samba Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises, nearly all goods of fireworks
    # importers, flare suppliers and stage, film and event special-effects firms (no pyrotechnic article itself)
    ("482290", "Paper mortar tubes for fireworks makers, empty, 30 mm", "import", ["sea"], ["CN"], (0.8, 1.5), (2000, 6000), ["USD"], 8, S),
    ("350510", "Yellow dextrin, technical, 25 kg sacks", "import", ["sea"], ["CN", "TR"], (0.8, 1.4), (5000, 15000), ["USD"], None, S),
    ("271019", "Fire-breathing paraffin, aromatic-free, 1 l", "import", ["post"], ["CH", "GB"], (8, 15), (1, 4), ["CHF", "EUR"], 1, S),
    ("340290", "Snow-machine fluid concentrate, 5 l", "import", ["sea"], ["CN", "US"], (2, 4), (3000, 8000), ["USD"], 0.2, S),
    ("392690", "Artificial hail pellets for film effects, plastic", "import", ["road"], ["MK", "RS"], (1.5, 3), (1000, 3000), ["EUR"], None, S),
    ("283321", "Epsom salt (magnesium sulphate), 25 kg sacks", "import", ["sea"], ["IN", "CN"], (0.3, 0.6), (10000, 20000), ["USD"], None, S),
    ("340290", "Stage-lens cleaning fluid, isopropyl-based, 500 ml", "import", ["air"], ["IL", "US"], (4, 8), (100, 500), ["USD"], 2, S),
    ("285390", "Demineralised battery top-up water, 1 l", "import", ["road"], ["TR", "RS"], (0.3, 0.6), (4000, 12000), ["EUR"], 1, S),
    ("392690", "Holographic polyester glitter, 500 g", "import", ["air"], ["IN", "CN"], (6, 12), (100, 400), ["USD"], 2, S),
    ("380991", "Drape flame-proofing powder (borax blend), 1 kg", "import", ["sea"], ["TW", "CN"], (1.5, 3), (2000, 6000), ["USD"], 1, S),
    ("840721", "Outboard motors, used, serviced", "export", ["sea"], ["SN", "GH"], (4, 8), (1000, 4000), ["EUR"], 0.01, S),
    ("630399", "Stage curtains, velvet, flame-retardant, new", "export", ["road"], ["RS", "UA"], (8, 15), (1000, 3000), ["EUR"], None, S),
    ("940549", "Moving-head stage lights, new, flight-cased", "export", ["sea"], ["NG", "GH"], (30, 60), (1000, 4000), ["EUR"], 0.03, S),
    ("251110", "Barite, drilling grade, API", "export", ["road"], ["UA", "MD"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("391721", "HDPE pipe, new, in coils", "export", ["sea"], ["TN", "MA"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("282739", "Ferric chloride solution 40 %, fresh, IBC", "export", ["road"], ["UA", "RS"], (0.3, 0.5), (15000, 22000), ["EUR"], None, S),
    ("630622", "Camping tents, polyester, new", "import", ["sea"], ["CN", "VN"], (5, 9), (3000, 8000), ["USD"], 0.3, S),
    ("440290", "Hardwood charcoal for barbecue, 10 kg bags", "import", ["sea"], ["NA", "UA"], (0.6, 1.0), (15000, 22000), ["USD", "EUR"], 0.1, S),
    ("853690", "Thyristor dimmer racks, new, DMX", "export", ["road"], ["UA", "RS"], (30, 60), (500, 2000), ["EUR"], 0.02, S),
    ("381400", "Fog-machine cleaning fluid, water-based, 5 l", "import", ["sea"], ["CN", "GB"], (1.5, 3), (2000, 6000), ["USD"], 0.2, S),
    ("381400", "Contact cleaner, hydrocarbon-based, 400 ml spray", "import", ["sea"], ["KR", "CN"], (4, 7), (1000, 4000), ["USD"], 2.5, S),
    ("842410", "AFFF foam extinguishers, 6 l, new", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 0.1, S),
    ("890332", "Used motor yacht, 15-20 m, no fixed extinguishing system", "import", ["sea"], ["TR"], (10, 20), (15000, 40000), ["EUR"], 0.00005, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders", "import", ["road"], ["CH", "RS"], (1.5, 3), (2000, 6000), ["EUR"], 0.015, S),
    ("271112", "Propane in refillable cylinders, 11 kg", "import", ["road"], ["TR", "RS"], (1, 2), (5000, 15000), ["EUR"], 0.09, S),
    ("854370", "Cold-spark machines, 600 W, new", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 0.05, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["road"], ["RS", "TR"], (3, 6), (1000, 4000), ["EUR"], 0.07, S),
    ("392113", "Rigid polyurethane carving blocks, cyclopentane-blown", "import", ["sea"], ["EG", "CN"], (2, 4), (5000, 15000), ["USD"], 0.08, S),
    ("621149", "Peking-opera costumes, new, polyester satin", "import", ["air"], ["CN"], (40, 80), (50, 300), ["USD"], 0.3, S),
    ("442199", "Noh-style souvenir masks, new", "import", ["express"], ["JP"], (60, 120), (1, 3), ["USD"], 2, S),
    ("420500", "Karagöz shadow-puppet figures, new, leather", "import", ["post"], ["TR"], (40, 80), (1, 2), ["EUR"], 6, S),
    ("950300", "Marionettes, new, hand-painted", "import", ["air"], ["TH", "MM"], (15, 30), (50, 200), ["USD"], 0.5, S),
    ("590700", "Painted canvas theatre scenery, new", "export", ["air"], ["US", "CH"], (20, 40), (50, 300), ["EUR"], None, S),
    ("442199", "Kolam-style masks, new, Ambalangoda", "import", ["air"], ["LK"], (15, 30), (50, 200), ["USD"], 1, S),
    ("940550", "Brass lanterns, new, Moroccan style", "import", ["sea"], ["MA", "IN"], (4, 8), (1000, 4000), ["EUR", "USD"], 0.5, S),
    ("650699", "Kathakali headdresses, new, for dance schools", "import", ["air"], ["IN"], (30, 60), (20, 100), ["USD"], 0.3, S),
    ("920600", "Chinese opera gongs, new", "import", ["air"], ["CN"], (20, 40), (50, 300), ["USD"], 0.1, S),
    ("283429", "Strontium nitrate, pyrotechnic grade", "export", ["sea"], ["DZ", "MA"], (2.5, 4), (2000, 8000), ["EUR"], None, S),
    ("760320", "Aluminium flakes for pigments, lamellar, coated", "export", ["road"], ["TR", "RS"], (4, 7), (2000, 8000), ["EUR"], None, S),
    ("940542", "LED light-show modules for events", "export", ["air"], ["AE", "RS"], (30, 60), (200, 1000), ["EUR"], 0.2, S),
    ("852589", "Action cameras, 4K, retail boxed", "export", ["air"], ["AE", "TR"], (200, 400), (50, 300), ["EUR"], 6, S),
    ("382499", "Haze fluid, glycol-based, 20 l", "export", ["sea"], ["LB", "EG"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("560121", "Cotton wadding, cosmetic, rolls", "export", ["road"], ["TR", "RS"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("761090", "Aluminium stage truss, new", "export", ["road"], ["UA", "RS"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("670290", "Samba-school back-pieces, synthetic plumes", "import", ["air"], ["BR"], (60, 120), (20, 100), ["USD"], 0.2, S),
    ("392640", "Resin animal-head props, hollow", "import", ["air"], ["ZA", "CN"], (15, 30), (50, 300), ["USD"], 0.05, S),
    ("950300", "Rubber snake props, latex", "import", ["express"], ["CN", "US"], (20, 40), (1, 3), ["USD"], 5, S),
    ("961511", "Acetate hair combs, imitation tortoiseshell", "import", ["post"], ["CN", "DO"], (40, 80), (1, 2), ["USD"], 8, S),
    ("330499", "Theatrical grease paint, assorted", "import", ["air"], ["IN", "GB"], (15, 30), (50, 300), ["USD"], 10, S),
    ("430400", "Faux-fur dance capes, acrylic pile", "import", ["air"], ["ZA", "CN"], (20, 40), (20, 100), ["USD"], 0.5, S),
    ("392640", "Resin coral props for stage decor", "import", ["sea"], ["CN", "PH"], (3, 6), (1000, 4000), ["USD"], 0.3, S),
    ("640391", "Embossed cowhide cowboy boots", "import", ["sea"], ["MX"], (40, 70), (1000, 3000), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940370", "Folding plastic garden tables", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 0.15, N),
        ("401699", "Mousepads, rubber base, printed cloth top", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
        ("846721", "Cordless drill drivers, 18 V, boxed", "import", ["sea"], ["CN", "MY"], (15, 25), (2000, 6000), ["USD"], 0.5, N),
        ("940360", "Wooden plant stands, tiered", "import", ["sea", "road"], ["VN", "PL"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind243", 20660901, HERE)


if __name__ == "__main__":
    main()
