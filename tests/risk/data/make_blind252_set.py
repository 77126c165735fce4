#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-second blind set (tests/risk/data/blind252-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2068, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: laundry, dry cleaning and
textile care (dry cleaners' suppliers, industrial laundries, textile-care chemical
distributors, laundry-equipment dealers).
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
refrigerants, firearms parts, biocidal fumigants) are left out of the ordinary table (the
shared everyday table's two steel rows are dropped, as in blind128). Disguised rows carry
a consignee name only where a real declaration would. Ids are BL252-*:

    python3 tests/risk/data/make_blind252_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "CH", [], "AT", "340290",
         "Gardinenweiss flüssig, für Vorhänge und Stores, 4 x 1 Liter", "CH", 4.6, 4, 48, "CHF",
         "a liquid net-curtain whitener is a faintly blue, perfumed detergent of about 1.02 kg/l with an optical "
         "brightener that glows under a UV torch; these four bottles hold a water-clear, unscented liquid of 1.13 "
         "kg/l that does not glow, whitens and stings the skin, and the caps are vented: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), posted from Basel to a private person in Innsbruck; Swiss German wording "
         "(hydrogen peroxide repeats in many sets and oxygen-bleach labels in several; a curtain-whitener "
         "('Gardinenweiss') label was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "DKAIR01", "express", "JP", [], "DK", "340290",
         "業務用インク染み抜き剤 (ボールペン・油性インク用), 4 x 1 L", "JP", 4.5, 4, 9600, "JPY",
         "a dry-cleaner's ink-stain remover is a glycol-ether and alcohol blend of about 0.95 kg/l that smells of "
         "solvent and is sold in 100-200 ml bottles; these four litre cans hold an oily liquid of 1.14 kg/l that "
         "sinks in water, smells faintly fruity and reads CAS 75-52-5 on the filler's drum label copied onto the "
         "packing list: nitromethane (Annex I above 16 %), sent by express from Osaka to a private person in "
         "Aarhus who races model cars, although flammable liquids travel by express only as declared dangerous "
         "goods; Japanese wording (nitromethane repeats in many sets and stain-remover labels in several; an "
         "ink-stain remover label was found in no earlier row by a keyword search)", person("Mette Hansen", "DK")),
        ("PRE-03", "import", "SKROAD01", "road", "UA", [], "SK", "380991",
         "Фіксатор кольору для домашнього фарбування тканин, рідкий, 500 мл, 3 600 пляшок", "UA", 2650, 3600,
         3200, "EUR",
         "a liquid dye fixative for home dyeing is a thin, slightly soapy cationic solution of about 1.03 kg/l; "
         "these 3,600 bottles hold an oily, odourless liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars a paper label, at under 1 EUR a bottle, for a Košice craft-supplies web shop that sells to the "
         "public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a "
         "lorry at Vyšné Nemecké; Ukrainian wording (sulphuric acid repeats in many sets; a dye-fixative label "
         "was found in no earlier row by a keyword search)", firm("Orion Kreatív s.r.o.", "SK")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "340119",
         "Sapun od volovske žuči u prahu, za skidanje mrlja, kutije 500 g, 6.000 kutija", "BA", 3000, 6000, 4800,
         "EUR",
         "ox-gall stain-remover powder is a greenish, soapy powder that smells of bile and lathers on a wet "
         "thumb; these 6,000 boxes hold a white, crystalline, odourless powder that does not lather, draws damp, "
         "and flares with sugar on a hot plate, and the inner bags carry CAS 7775-09-9, for a Split household-"
         "goods web shop that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, on a lorry at Nova Sela; Bosnian wording (sodium chlorate repeats in many sets under salt- "
         "and soap-like labels; an ox-gall soap label was found in no earlier row by a keyword search: the one ox-gall row, blind201, is "
         "marblers' liquid gall)",
         firm("Delta Kućanstvo d.o.o.", "HR")),
        ("PRE-05", "import", "PTAIR01", "air", "BD", [], "PT", "320420",
         "অপটিক্যাল ব্রাইটেনার পাউডার (কাপড় সাদা করার জন্য), ৫০০ গ্রাম প্যাকেট, ৮০০ প্যাকেট", "BD", 400, 800,
         1200, "USD",
         "a stilbene optical brightener is a pale yellow-green powder that glows violet-blue under a UV torch and "
         "is sold to laundries in 25 kg drums; these 800 retail packets hold a heavy, white, gritty powder that "
         "does not glow, barely dissolves and burns fiercely mixed with sugar, and the inner liners read 'KClO4', "
         "for a Porto laundry-supplies web shop that sells 500 g packets to the public: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Dhaka; Bengali wording "
         "(potassium perchlorate repeats in many sets; an optical-brightener label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Lavandaria Lda", "PT")),
        ("PRE-06", "import", "ESROAD01", "road", "MA", [], "ES", "291814",
         "Citrate de sodium granulé, booster de lessive et anticalcaire, sacs 5 kg, 3 000 sacs", "MA", 15000, 3000,
         6000, "EUR",
         "sodium citrate laundry booster is a fine, white, slightly salty granule that dissolves at room "
         "temperature without cooling; these 3,000 bags hold round prills that make the water ice-cold, test at "
         "34 % N, and melt and fume on a hot plate, for a Seville ecological-cleaning web shop that sells the bags "
         "to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "on a lorry off the Tanger Med ferry at Algeciras; Moroccan French wording (ammonium nitrate repeats in "
         "many sets and sodium-citrate labels in four, one a carpet pre-spray builder in blind219; a laundry-booster "
         "label by road from Morocco is the new part as far as a search found)",
         firm("Rivage Limpieza Ecológica SL", "ES")),
        ("PRE-07", "import", "MTSEA01", "sea", "TN", [], "MT", "381090",
         "مزيل بقع الصدأ من الملابس، سائل، قوارير 500 مل، 4.800 قارورة", "TN", 3360, 4800, 2400, "EUR",
         "a liquid rust-stain remover for clothes is a few per cent of oxalic or hydrofluoric acid in water, about "
         "1.02 kg/l; these 4,800 bottles hold a liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a copper coin, for a Maltese hardware and household chain that sells to the "
         "public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, by sea from "
         "Radès to Marsaxlokk; Tunisian Arabic wording (nitric acid repeats in many sets and rust-remover labels "
         "in a few; a textile rust-stain label on nitric acid from Tunisia to Malta is the new part as far as a "
         "search found)", firm("Central Hardware Malta Ltd", "MT")),
        ("PRE-08", "import", "FIPOST01", "post", "AU", [], "FI", "283990",
         "Colour run remover, for whites and colours, 4 x 1 kg tubs", "AU", 4, 4, 60, "AUD",
         "a colour-run remover is a sulphur-smelling reducing powder (dithionite with soda) that turns yellow in "
         "the tub once opened; these four tubs hold an odourless, white, crystalline powder that draws damp, "
         "stays white and burns brightly with sugar, and the re-used tub liners read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), posted from Melbourne to a private person in Oulu; Australian English "
         "wording (sodium perchlorate repeats in many sets and a dithionite ('hydro') label on another precursor "
         "once, in blind186; a colour-run-remover label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "293090",
         "Dióxido de tioureia (removedor de cor para tecidos e jeans), 4 potes de 1 kg", "BR", 4, 4, 220, "BRL",
         "thiourea dioxide colour remover is a fine, white, faintly sulphur-smelling powder that turns the dye "
         "bath yellow and smells of rotten eggs when heated; these four tubs hold shiny, odourless, tabular "
         "crystals that spit violet sparks on a hot iron and whose inner bags carry CAS 3811-04-9: potassium "
         "chlorate (Annex I above 40 %), sent by express from São Paulo to a private person in Braga, although "
         "oxidisers travel by express only as declared dangerous goods; Brazilian Portuguese wording (potassium "
         "chlorate repeats in many sets and a thiourea-dioxide colour-remover label once, on another precursor in "
         "blind186; kept as a repeat of the label, by express from Brazil to Portugal is the new part)", person("João Pereira", "PT")),
        ("PRE-10", "import", "BGROAD01", "road", "MK", [], "BG", "380894",
         "Санитајзер за перење алишта со сребрени јони, течен, шишиња 1 л, 2.400 шишиња", "MK", 2900, 2400,
         2400, "EUR",
         "a silver-ion laundry sanitiser is a mild, perfumed quaternary-ammonium solution of about 1.00 kg/l in "
         "opaque bottles; these 2,400 bottles are water-clear, unscented, weigh 1.20 kg/l, have vented caps, "
         "foam on a cut and whiten the skin, and the filler's drums in the same lorry read 'H2O2 50 %', for a "
         "Sofia household web shop that sells to the public: hydrogen peroxide (Annex I above 12 %) retail-packed "
         "for members of the public, at Gyueshevo; Macedonian wording (hydrogen peroxide repeats in many sets and "
         "sanitiser labels in a few; a laundry-sanitiser label from North Macedonia is the new part as far as a "
         "search found)", firm("Vega Domakinstvo EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "270300",
         "Torfersatz für Gartenerde, Faserstoff, lose, 22 t", "AT", 22000, None, 440, "EUR",
         "a peat substitute is a light, fibrous, brown mix of wood fibre and compost that smells of forest soil; "
         "this tipper holds 22 t of grey, greasy, heavy paste with lint and hair in it that smells of detergent "
         "and mineral oil and reads nickel, zinc and hydrocarbons far above soil values, scraped out of the "
         "flotation unit of a Graz industrial laundry that washes workshop cloths and mats: sludge from the "
         "treatment of industrial waste water containing hazardous substances (19 08 13*), hazardous waste whose "
         "export to a non-OECD country is banned, by road through Slovenia and Croatia to a Bihać 'garden "
         "supplier'; Austrian German wording (waste-water sludges repeat in several sets and peat-like labels in "
         "a few; an industrial laundry's sludge as a peat substitute is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-02", "export", "SKROAD01", "road", "SK", [], "UA", "842199",
         "Filtračné vložky pre čistiarne, použité, na opätovné použitie, 1 200 ks, 8 t", "SK", 8000, 1200, 1600,
         "EUR",
         "reusable filter cartridges would be emptied, dried and boxed; these 1,200 cartridges from Bratislava "
         "and Trnava dry-cleaners are heavy, sealed with tape, still wet inside and smell strongly of "
         "perchloroethylene, and their carbon and filter-powder fill is grey sludge: spent dry-cleaning "
         "cartridges with halogenated solvent residues (14 06 04*, 15 02 02*), hazardous waste whose export to a "
         "non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod 'laundry service'; Slovak wording "
         "(dry-cleaning residues repeat in many sets and filter cartridges in a few; used dry-cleaners' cartridges "
         "declared for reuse are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CD", "845129",
         "Séchoirs rotatifs industriels d'occasion, 12 unités", "BE", 7200, 12, 9600, "EUR",
         "a laundry-equipment container for Kinshasa: used industrial tumble dryers and flatwork ironers are what "
         "Brussels dealers ship to Congolese hotel laundries, but the third item's 'condensateurs de puissance "
         "récupérés' are 2 t of old power-factor-correction capacitor banks, taken out of a 1970s Liège hospital "
         "laundry, whose plates read 'askarel' and which leak an oily, chlorinated fluid: PCB-containing "
         "capacitors (16 02 09*), hazardous waste whose export to a non-OECD country is banned (and a POP), "
         "hidden as the last item of a three-item declaration, from Antwerp to Matadi; Belgian French wording "
         "(PCB capacitors repeat in many sets; behind laundry dryers and ironers to Congo is the new part as far "
         "as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("845130", "Repasseuses à rouleaux (calandres) d'occasion, 3 unités", "BE", 4500, 6000, "EUR", qty=3),
                           item("853222", "Condensateurs de puissance récupérés, 2 t", "BE", 2000, 400, "EUR")])),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "MA", "253090",
         "Terra de Siena queimada, pigmento natural para tintas, big bags, 24 t", "PT", 24000, None, 4800, "EUR",
         "burnt sienna is a fine, dry, warm red-brown earth pigment of even colour; these bags hold damp, "
         "dark red-brown to purple cake with fibres in it, that smells of dye and sulphide and bleeds blue and "
         "red when wetted, from the effluent plant of a Guimarães dye-house and textile-finishing works: sludge "
         "from on-site effluent treatment containing hazardous substances (04 02 19*), hazardous waste whose "
         "export to a non-OECD country is banned, from Leixões to Casablanca for a 'paint maker'; "
         "Portuguese wording (dye-house sludge repeats in a few sets and iron-oxide and ochre labels in several; a "
         "burnt-sienna label was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "271290",
         "Cera per mangani e calandre da lavanderia, in blocchi, 16 t", "IT", 16000, None, 3200, "EUR",
         "ironer wax is clean, white or cream paraffin in sheets or blocks that smells of nothing; these drums "
         "hold brown-black, sticky, lint-laden blocks that reek sweetly of chlorinated solvent and leave an oily "
         "stain, the still residues and muck of Naples dry-cleaners' distillation units: dry-cleaning still "
         "bottoms with halogenated solvent (14 06 04*), hazardous waste whose export to a non-OECD country is "
         "banned, from Salerno to Sfax for a 'laundry supplier'; Italian wording (still bottoms repeat in many "
         "sets, once as recovered industrial wax in blind60; kept as a repeat of the family, an ironer-wax label "
         "was found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "GBSEA01", "sea", "GB", [], "MY", "391510",
         "LDPE film regrind, clear, washed, 25 kg bags, 24 t", "GB", 24000, None, 3600, "GBP",
         "washed LDPE regrind is clean, dry, clear flakes of one polymer; these bags hold whole, crumpled "
         "dry-cleaners' garment covers collected from London shops, printed, wet, mixed with paper tickets, "
         "staples and bent wire hangers: mixed, contaminated plastic waste (Basel Y48), shipped to a non-OECD "
         "country without the prior consent that needs, from Felixstowe to Port Klang; British English wording "
         "(plastic film waste repeats in many sets and regrind labels in many; dry-cleaners' garment covers were "
         "found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "ME", "285390",
         "Demineralizirana voda za glačala i akumulatore, IBC 1.000 l, 20 IBC", "HR", 20000, 20, 800, "EUR",
         "demineralised water is clear, odourless and weighs 1.00 kg/l; these IBCs hold a cloudy, two-layer "
         "liquid with a heavy, sweet-smelling bottom layer of 1.6 kg/l and a lint scum, drained from the water "
         "separators of Zagreb and Split dry-cleaning machines: contact water with halogenated solvent "
         "(14 06 02*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Debeli Brijeg "
         "for a Podgorica 'laundry'; Croatian wording (dry-cleaning residues repeat in many sets; separator water "
         "as demineralised water was found in no earlier row by a keyword search)", {"importer_country": "ME"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "UA", "840219",
         "Használt gőzkazánok vasalóprésekhez, felújításra, 14 db", "HU", 9800, 14, 4200, "EUR",
         "used steam boilers for pressing machines sold for reuse are tested, with a pressure-vessel book; these "
         "14 boilers from closed Budapest laundries are rusted through, without burners or papers, still lagged "
         "in crumbling white and grey insulation and rope gaskets that show asbestos fibres under a lens: "
         "construction and equipment waste containing asbestos (17 06 01*, 16 02 12*), hazardous waste whose "
         "export to a non-OECD country is banned, at Záhony for a Mukachevo 'laundry equipment' firm; Hungarian "
         "wording (asbestos repeats in many sets and boilers in a few; laundry pressing-machine boilers are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "BD", "380991",
         "Weichspüler-Konzentrat, Restposten, IBC 1.000 l, 40 IBC", "DE", 40000, 40, 4000, "EUR",
         "fabric-softener concentrate is a thick, milky, perfumed emulsion; these IBCs, returned to a Krefeld "
         "textile-care chemical distributor and past their date, hold a separated, yellowish liquid that smells "
         "of solvent and reads fluorotelomer and PFAS content on its own safety sheets: an off-spec fluorocarbon "
         "water-repellent finish (16 03 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Hamburg to Chattogram for a 'garment finisher'; German wording (off-spec chemicals repeat in many sets "
         "and PFAS in a few; a softener-base label appears once, blind126, on a strategic good; on waste it was found in no earlier "
         "row by a keyword search)",
         {"importer_country": "BD"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "PK", "740400",
         "Messing schroot, kranen en afsluiters, gesorteerd, 20 t", "NL", 20000, None, 60000, "EUR",
         "sorted brass scrap is clean valves and fittings; these bags, stripped out of the boiler rooms of "
         "closed industrial laundries, hold valves and gauges with glass capillaries, mercury switches and "
         "manometers that spill silver droplets when shaken and read mercury on a vapour meter: waste containing "
         "mercury (16 02 10*, 20 01 21*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Karachi; Dutch wording (mercury in scrap repeats in several sets; laundry boiler-room "
         "scrap is the new part as far as a search found)", {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "TW", [], "IT", "391000",
         "環狀矽氧烷 D5 乾洗溶劑 (矽基乾洗), 200 公升桶, 40 桶", "TW", 12500, 40, 11000, "USD",
         "a silicone (D5) dry-cleaning solvent is a light (0.96 kg/l), odourless, oily liquid that boils at 210 °C "
         "and floats on water; these 40 drums weigh 1.56 kg/l, sink in water, evaporate off a glass plate in "
         "seconds and boil at 48 °C: 1,1,2-trichloro-1,2,2-trifluoroethane (CFC-113), whose import into the Union "
         "is banned, by sea from Kaohsiung to Genoa for a Turin dry-cleaning supplier; traditional Chinese wording "
         "from Taiwan (CFC-113 repeats in many sets and a cosmetic D5 label once, blind192; kept as a repeat of the "
         "label, a dry-cleaning D5 label was found in no earlier row by a keyword search)",
         firm("Alpina Forniture Lavasecco Srl", "IT")),
        ("OZN-02", "import", "IESEA01", "sea", "US", [], "IE", "290919",
         "Propylene glycol ether dry-cleaning solvent (Rynex-type), 55 gal drums, 24 drums", "US", 6400, 24, 9000,
         "USD",
         "a propylene-glycol-ether dry-cleaning solvent is a light (0.92 kg/l), mild-smelling liquid that mixes "
         "with water; these 24 drums weigh 1.35 kg/l, do not mix with water, smell sharp and sweet and boil at "
         "71 °C, and the drums' own bung labels read 'n-propyl bromide': 1-bromopropane, a new substance under "
         "the Union's ozone regulation whose import and placing on the market are banned, by sea from Savannah to "
         "Dublin for a dry-cleaner chain; US English wording (n-propyl bromide repeats in a few sets; a "
         "glycol-ether dry-cleaning solvent label was found in no earlier row by a keyword search)",
         firm("Atlantic Drycleaning Supplies Ltd", "IE")),
        ("OZN-03", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "290545",
         "ग्लिसरीन, वस्त्र परिष्करणासाठी, तांत्रिक दर्जा, 250 किलो ड्रम, 64 ड्रम", "IN", 16000, 64, 12000, "USD",
         "technical glycerine for textile finishing is a thick, sweet, odourless syrup of 1.26 kg/l that mixes "
         "with water; these 64 drums hold a thin, mobile liquid of 1.59 kg/l that does not mix with water, smells "
         "sweet like chloroform and evaporates from the fingers: carbon tetrachloride, a controlled ozone-depleting "
         "substance moved through the Union without the licence its ozone regulation requires, landed at Koper in "
         "transit from Nhava Sheva to a Belgrade 'textile finisher'; Marathi wording (carbon tetrachloride repeats "
         "in many sets and glycerine labels in several, on other goods; a glycerine label on carbon tetrachloride "
         "in transit through Koper is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-04", "import", "NLAIR01", "air", "TH", [], "NL", "382499",
         "น้ำยาลอกป้ายชื่อรีดร้อนสำหรับร้านซักรีด, 5 ลิตร x 40 แกลลอน", "TH", 250, 40, 1600, "USD",
         "heat-seal name-tag removers for laundries are citrus or glycol-ether liquids of about 0.85 kg/l; these "
         "40 cans weigh 1.24 kg/l, boil off at the touch of a warm hand (32 °C), and a gas test reads "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, flown from Bangkok to "
         "Amsterdam for a linen-rental laundry's supplier; Thai wording (HCFC-141b repeats in many sets and "
         "label-remover labels in three; a laundry name-tag remover was found in no earlier row by a keyword "
         "search)", firm("Horizon Textielservice BV", "NL")),
        ("OZN-05", "export", "SEROAD01", "road", "SE", ["DK", "DE", "AT", "SI", "HR"], "BA", "845129",
         "Begagnade torkskåp för tvättstugor, med avfuktare, 30 st.", "SE", 4800, 30, 6000, "EUR",
         "used drying cabinets from Swedish apartment-block laundry rooms are sold on when they run on a heat "
         "pump with R-134a or R-290 and a label; these 30 cabinets, from a Malmö housing company's 1990s laundry "
         "rooms, still hold their sealed heat-pump circuits with about 1.2 kg of R-22 each, as the plates and a "
         "gas test show: equipment containing an HCFC, whose export from the Union is banned, on a lorry to a "
         "Tuzla dealer; Swedish wording (R-22 equipment for export repeats in many sets; laundry-room drying "
         "cabinets were found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("OZN-06", "import", "GRPOST01", "post", "GE", [], "GR", "271012",
         "ლაქების ამოსაყვანი ბენზინი ტანსაცმლისთვის, 4 x 1 ლ", "GE", 5.4, 4, 40, "GEL",
         "stain-removal benzine is a light (0.70 kg/l), petrol-smelling, highly flammable spirit; these four "
         "bottles weigh 1.34 kg/l, do not burn, smell sweet like chloroform and the old Soviet-era stencil "
         "under the new labels reads 'метилхлороформ': 1,1,1-trichloroethane (methyl chloroform), whose import "
         "into the Union is banned, posted from Tbilisi to a private person in Thessaloniki; Georgian wording "
         "(methyl chloroform repeats in many sets and benzine labels in a few, one a Russian 'Galosha' label in "
         "blind168; kept as a repeat of the label family, from Georgia by post is the new part)",
         person("Eleni Papadopoulou", "GR")),
        ("OZN-07", "import", "LVAIR01", "air", "UZ", [], "LV", "281290",
         "Sulfuril ftorid, gilam va to'qimachilikni fumigatsiya qilish uchun, ballonlar, 12 dona", "UZ", 600, 12,
         2400, "USD",
         "sulfuryl fluoride for fumigating rugs comes in tall cylinders that hold a liquefied gas of 1.34 kg/l "
         "at 17 bar with a fumigant licence; these 12 short cylinders read 2 bar, hold 50 kg each of a liquid of "
         "1.73 kg/l and their shoulders are stamped 'CH3Br' under the stickers: methyl bromide, whose import into "
         "the Union is banned, flown from Tashkent to Riga for a carpet-washing and rug-restoration firm; Uzbek "
         "wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels in several; kept as a repeat "
         "of the label, a rug-fumigation consignment from Uzbekistan is the new part)",
         firm("Vega Paklāju Serviss SIA", "LV")),
        ("OZN-08", "import", "BGSEA01", "sea", "GE", [], "BG", "841869",
         "მაცივარი კამერის აგრეგატები ბეწვის შესანახად, R-290, 16 ცალი", "GE", 3200, 16, 9600, "USD",
         "condensing units for a furrier's cold-storage vault on R-290 carry a flame mark and hold a few hundred "
         "grams of propane; these 16 units carry no flame mark, read 10 bar at rest, their receivers hold 6 kg "
         "each and a gas test gives chlorodifluoromethane: equipment containing HCFC-22, whose import into the "
         "Union is banned, by sea from Poti to Burgas for a Sofia fur-cleaning and storage firm; Georgian wording "
         "(R-22 equipment repeats in many sets; fur-storage cold-room units were found in no earlier row by a "
         "keyword search)", firm("Orion Kozhi i Kozhuhi OOD", "BG")),
        ("OZN-09", "import", "FRPOST01", "post", "VN", [], "FR", "340290",
         "Bình xịt chống tĩnh điện cho quần áo, 300 ml, 12 bình", "VN", 3.6, 12, 600000, "VND",
         "a garment anti-static spray is a water-and-alcohol mist under compressed air or a hydrocarbon "
         "propellant; these twelve cans are heavy for their size, hiss a cold, non-flammable gas and the old "
         "filler's code under the sticker reads 'R-12': dichlorodifluoromethane (CFC-12) as propellant, "
         "products containing an ozone-depleting substance whose import into the Union is banned, posted from Ho "
         "Chi Minh City to a private person in Lille; Vietnamese wording (CFC-12 repeats in many sets and "
         "anti-static labels in a few; a garment anti-static spray from Viet Nam is the new part as far as a "
         "search found)", person("Sophie Bernard", "FR")),
        ("OZN-10", "transit", "GRSEA01", "sea", "IN", ["GR"], "EG", "340290",
         "Dry-cleaning detergent booster for solvent machines, 200 l drums, 40 drums", "IN", 12000, 40, 14000,
         "USD",
         "a dry-cleaning detergent booster is a viscous, amber blend of surfactants of about 1.0 kg/l; these 40 "
         "drums hold a thin, water-clear liquid of 1.49 kg/l that boils at 24 °C, fizzes out of a warm sample "
         "and the drum heads are stamped 'R-11': trichlorofluoromethane (CFC-11), a controlled ozone-depleting "
         "substance moved through the Union without the licence its ozone regulation requires, landed at Piraeus "
         "in transit from Mundra to Alexandria; Indian English wording (CFC-11 repeats in many sets and booster "
         "labels in several; a dry-cleaning detergent booster in transit through Piraeus is the new part as far "
         "as a search found)", {"importer_country": "EG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "EG", [], "IT", "630260",
         "فوط حمامات قطن مصري للفنادق، 4,000 قطعة", "EG", 2400, 4000, 9600, "USD",
         "a hotel-linen container from Alexandria for a Rimini industrial laundry: Egyptian-cotton towels and "
         "bathrobes are what such laundries buy, but the third item's 'used cotton polishing rags' are 40 kg of "
         "brown, brittle linen and wool fragments with tapestry-woven purple roundels, interlaces and small "
         "figures, some still with sand and burial stains: Coptic textiles (4th-8th century) from Egyptian "
         "graves, whose export Egypt forbids, brought in without the import licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration, by sea to Genoa; Egyptian Arabic "
         "wording (Coptic textiles repeat in several sets; behind hotel towels as polishing rags is the new part "
         "as far as a search found)",
         dict(firm("Meridian Lavanderia Industriale Srl", "IT"),
              _more_items=[item("620892", "أرواب حمام قطن، 600 قطعة", "EG", 900, 5400, "USD", qty=600),
                           item("631090", "خرق قطن مستعملة للتلميع، 40 كغ", "EG", 40, 20, "USD")])),
        ("CUL-02", "import", "ATPOST01", "post", "RS", [], "AT", "731940",
         "Sigurnosne igle od mesinga za označavanje veša, stare, 60 komada", "RS", 1.2, 60, 30, "EUR",
         "brass safety pins for tagging laundry are bright, springy, machine-made and identical; these 60 are "
         "cast bronze brooches with a bow, a coiled spring and a catch plate, green-crusted and soil-packed, of "
         "Roman crossbow and knee types: Roman fibulae (1st-4th century) dug by detectorists on the Danube limes, "
         "archaeological objects exported from Serbia without its permit, posted from Smederevo to a private "
         "buyer in Linz; Serbian (Latin) wording (Roman fibulae and Balkan detector finds repeat in several "
         "sets, and fibulae as old safety pins once, in blind98; kept as a repeat of the cover, a laundry-tagging "
         "label by post from Serbia is the new part)",
         person("Thomas Gruber", "AT")),
        ("CUL-03", "import", "ITSEA01", "sea", "TR", [], "IT", "251310",
         "Denim taşlama için pomza taşı, 2-4 cm, big bag, 20 t", "TR", 20000, None, 3000, "EUR",
         "pumice for denim stone-washing is light, grey, floating lumps at a few cents a kilo; in the middle of "
         "these big bags, for a Veneto jeans laundry, lie 18 heavier, wrapped terracotta figurines and heads "
         "with traces of white slip and pink paint, of Hellenistic Tanagra type, with earth still in the "
         "hollows: archaeological objects from western Anatolia, whose export Türkiye forbids, brought in without "
         "the import licence Regulation 2019/880 requires, by sea from Izmir to Venice; Turkish wording "
         "(Hellenistic terracottas repeat in several sets and pumice labels in a few, on other goods; stone-wash "
         "pumice was found in no earlier row by a keyword search)", firm("Nordhafen Denim Lavaggi Srl", "IT")),
        ("CUL-04", "import", "DEAIR01", "air", "NP", [], "DE", "630492",
         "धुलाइपछि फिर्ता गरिएको कपडाको भित्ते चित्र, १ थान", "NP", 2, 1, 80, "EUR",
         "a textile wall hanging returned after cleaning would be a new, bright, printed cloth; this is a "
         "cracked, soot-darkened paubha of mineral pigments and gold on cotton, painted with a Buddhist mandala, "
         "with a Newari dedication dated in the 16th century, cut from its mount in a Patan monastery: a "
         "religious painting over 100 years old, whose export Nepal forbids, brought in without the importer "
         "statement Regulation 2019/880 requires and against the UNESCO 1970 convention, flown from Kathmandu to "
         "Munich for a dealer; Nepali wording (Nepalese paubhas and thangkas repeat in several sets; a "
         "'returned after cleaning' textile label was found in no earlier row by a keyword search)",
         firm("Orion Asiatika GmbH", "DE")),
        ("CUL-05", "import", "NLAIR01", "express", "JO", [], "NL", "691490",
         "كرات غسيل سيراميك صديقة للبيئة، 20 قطعة", "JO", 1.6, 20, 60, "USD",
         "eco laundry balls are plastic shells filled with small, identical, fired ceramic pellets; these 20 "
         "'balls' hold 140 blue-green glazed faience amulets of Bes, Taweret and the Eye of Horus, a few "
         "mould-made ushabti fragments with hieroglyphs and worn, pierced suspension loops: Egyptian antiquities "
         "of the Late Period, whose export Egypt forbids, sent on through Amman and brought in without the import "
         "licence Regulation 2019/880 requires, by express to a private buyer in Leiden; Jordanian Arabic wording "
         "(faience amulets and ushabtis repeat in several sets; an eco-laundry-ball label was found in no earlier "
         "row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-06", "import", "SEPOST01", "post", "IQ", [], "SE", "830890",
         "عملات معدنية لماكينات غسيل الملابس (فيش مغسلة)، 300 قطعة", "IQ", 1.8, 300, 45, "USD",
         "laundromat tokens are bright, identical brass discs with a groove; these 300 are small, irregular, "
         "hand-struck silver and bronze coins with Sasanian busts and fire altars and early Islamic Kufic "
         "legends, with green corrosion and soil: ancient coins from Iraqi sites, under the UN embargo on Iraqi "
         "cultural property (Regulation 1210/2003) and brought in without an import licence, posted from Baghdad "
         "to a private buyer in Malmö; Iraqi Arabic wording (ancient coins as tokens repeat in the development "
         "and held-out sets and in a few blind sets; kept as a repeat of the family, a laundromat-token label was "
         "found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("CUL-07", "import", "DEAIR01", "air", "ET", [], "DE", "420500",
         "የቆዳ ማጽጃ ጨርቆች (ሻሞ)፣ 30 ቁርጥራጭ", "ET", 3, 30, 60, "USD",
         "chamois cleaning cloths are soft, yellow, oil-tanned sheepskin that is supple when wet; these 30 'cloths' "
         "are stiff parchment leaves in a wooden-board binding, written in Ge'ez in red and black with painted "
         "miniatures of saints, the margins worn by hands: an 18th-century Ethiopian church manuscript taken from "
         "a Tigray monastery, whose export Ethiopia forbids, brought in without the importer statement Regulation "
         "2019/880 requires, flown from Addis Ababa to Frankfurt for a dealer; Amharic wording (Ethiopian "
         "manuscripts repeat in a few sets and a chamois label once, in blind219 on another good; as chamois "
         "cloths it was found in no earlier row by a keyword search)", firm("Central Orient Antiquariat GmbH", "DE")),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "630291",
         "Mantelería de algodón usada, para lavandería de hotel, 1 fardo", "PE", 12, 1, 90, "USD",
         "used hotel table linen is white, machine-woven cotton with hems and laundry marks; this bale holds a "
         "brittle, brown-stained mantle of camelid wool embroidered with repeating flying figures in red, gold and "
         "green, folded in a plastic sheet with desert sand in the creases: a Paracas textile (c. 2,000 years "
         "old) from a looted Peruvian necropolis, whose export Peru forbids, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Lima to Madrid; Peruvian Spanish wording (Paracas textiles "
         "repeat in several sets; a used hotel-table-linen label was found in no earlier row by a keyword "
         "search)", firm("Horizon Textil SL", "ES")),
        ("CUL-09", "import", "FRSEA01", "sea", "KH", [], "FR", "845190",
         "ស៊ីឡាំងម៉ាស៊ីនអ៊ុតក្រណាត់ (ironer rollers), ប្រើហើយ, 2 ប្រអប់", "KH", 900, 2, 800, "USD",
         "used flatwork-ironer rollers are long, light steel tubes wrapped in felt; in one of the two crates, "
         "inside a hollow roller, lies a 40 kg bronze standing figure with a crowned head, a sampot and the "
         "square face of the Angkorian Baphuon style, corroded green, with cut-off feet: a 11th-century Khmer "
         "bronze from a looted temple, whose export Cambodia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Sihanoukville to Le Havre for a 'laundry equipment' dealer; "
         "Khmer wording (Khmer bronzes repeat in several sets; inside an ironer roller was found in no earlier row "
         "by a keyword search)", firm("Atlantic Blanchisserie Équipement SARL", "FR")),
        ("CUL-10", "export", "ESSEA01", "sea", "ES", [], "MX", "621790",
         "Vestiduras litúrgicas usadas, enviadas para limpieza, 1 caja", "ES", 14, 1, 120, "EUR",
         "used liturgical vestments sent for cleaning are modern polyester copes and chasubles with machine "
         "embroidery; this box holds a heavy silk-and-gold cope with raised embroidery of saints on its orphreys "
         "and hood, lined with old linen and marked with a Sevillian convent's inventory number: a 17th-century "
         "Spanish embroidered cope, part of the Spanish historical heritage, worth far above the threshold of "
         "Regulation 116/2009, exported without its licence and the Spanish export permit, from Cádiz to "
         "Veracruz; Spanish wording (vestments repeat in a few sets; a dry-cleaning label on an export of "
         "embroidered church textiles is the new part as far as a search found)", {"importer_country": "MX"}),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Aide au repassage pour calandres, concentré, 40 fûts de 220 kg", "BE", 8800, 40, 9600, "EUR",
         "an ironing aid for flatwork ironers is a milky, perfumed emulsion of silicone and starch derivatives; "
         "these drums hold a clear, syrupy, faintly sulphurous liquid of 1.18 kg/l that does not foam, and the "
         "drum heads read CAS 111-48-8, for a Beirut 'hotel laundry' that has no ironer and whose orders go on by "
         "road to Syria: thiodiglycol (CWC Schedule 2, dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires, from Antwerp; Belgian French wording (thiodiglycol repeats in many sets under "
         "ink-solvent and dye-carrier labels; an ironing-aid label was found in no earlier row by a keyword "
         "search)", {"importer_country": "LB"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AM", "391231",
         "Karboxymethylcelulóza sodná sůl (CMC), přísada proti zešednutí prádla, pytle 25 kg, 40 pytlů", "CZ", 1000,
         40, 2400, "EUR",
         "CMC anti-redeposition agent is a fluffy, off-white powder that swells into a slimy gel in water; these "
         "40 sacks hold a dense, white, free-flowing powder that dissolves clear without any gel, etches glass "
         "when acidified and reads CAS 7681-49-4 on the inner liners, for a Yerevan 'detergent maker' whose "
         "forwarder ships on to Tabriz: sodium fluoride (dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires, flown from Prague; Czech wording (sodium fluoride repeats in a few sets; a CMC "
         "laundry-detergent label to Armenia was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "TR", "845121",
         "Idroestrattori centrifughi per lavanderia industriale, 4 unità", "IT", 6400, 4, 24000, "EUR",
         "laundry hydro-extractors are open, perforated spin baskets that batch-dry linen at a few hundred "
         "revolutions; these four are enclosed, continuous-flow disc-stack separators with steam-sterilisable "
         "stainless parts that can be run in a closed, contained housing, at 90,000 EUR each on the maker's "
         "list, for a Mersin 'laundry' importer whose forwarder lists a Tehran buyer: centrifugal separators "
         "controlled under dual-use 2B352.c and the Iran regulation, exported without a licence from Genoa; "
         "Italian wording (centrifugal separators repeat in many sets; a hydro-extractor label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "KG", "902580",
         "Restfeuchtesensoren für Wäschetrockner, 60 Stück", "DE", 9, 60, 3000, "EUR",
         "residual-moisture sensors for tumble dryers are two steel contact strips and a small board at a few "
         "euros; these 60 are uncooled 640 x 480 microbolometer thermal-imaging cores with germanium lenses and "
         "a maker's serial plate, worth 2,000 EUR each, for a Bishkek 'laundry equipment' firm whose last buyers "
         "are in Russia: thermal-imaging cameras (dual-use 6A003 and on the common high-priority list) whose "
         "export for use in Russia Regulation 833/2014 forbids, flown from Frankfurt; German wording (thermal "
         "cores repeat in many sets; a dryer moisture-sensor label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-05", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "340250",
         "Skalbimo milteliai profesionalioms skalykloms, 25 kg maišai, 8 t", "LT", 8000, 320, 12000, "EUR",
         "an industrial-laundry supply lorry for an Astana hotel laundry: detergent and washer-extractor spares "
         "are what Lithuanian dealers send east, but the third item's 'skalbimo mašinų valdymo plokštės' are 900 "
         "bare microcontroller and FPGA boards and 2,000 reeled chips with no washing-machine connector among "
         "them, for a consignee whose address is a Moscow forwarder's: integrated circuits (8542 31, 8542 39) on "
         "the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration; Lithuanian wording (CHPL chips repeat in many sets; washing-machine "
         "control boards behind laundry detergent are the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("848790", "Skalbimo mašinų atsarginės dalys: guoliai ir sandarikliai, 300 kg", "LT", 300, 6000, "EUR"),
                           item("853710", "Skalbimo mašinų valdymo plokštės, 900 vnt.", "LT", 60, 4500, "EUR", qty=900)])),
        ("STR-06", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "442110",
         "Вешалки деревянные для одежды, берёза, происхождение Казахстан, 40 000 шт.", "KZ", 16000, 40000, 20000,
         "USD",
         "Kazakhstan has almost no birch forest or hanger factory; these 40,000 birch coat hangers for Polish "
         "dry-cleaners carry the stamped marks of a Kirov oblast wood-products plant under the varnish, and the "
         "wagons were loaded in Russia, with a Kazakh certificate of origin issued in Kostanay after transhipment: "
         "Russian wood products (4421), whose import into the Union Regulation 833/2014 forbids, by rail through "
         "Belarus to Małaszewicze for a Warsaw dry-cleaning supplier; Russian wording (Russian goods under Kazakh "
         "origin repeat in many sets; wooden coat hangers were found in no earlier row by a keyword search)",
         firm("Nordhafen Pralnie Sp. z o.o.", "PL")),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "AE", "560392",
         "Fieltro de aramida (Nomex) para calandras de lavandería, 30 rollos", "ES", 600, 30, 9000, "EUR",
         "aramid ironer felt is a thick, cream-coloured, needled felt at about 15 EUR/kg; these 30 rolls are "
         "black, woven, high-strength carbon-fibre fabric with a sizing for epoxy, worth 60 EUR/kg, for a Jebel "
         "Ali 'laundry supplier' whose consignments go on to Bandar Abbas: carbon-fibre fabric (dual-use 1C010, "
         "also under the Iran regulation) exported without a licence, by sea from Valencia; Spanish wording "
         "(carbon fibre repeats in many sets; a Nomex ironer-felt label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-08", "export", "ITAIR01", "air", "IT", [], "KZ", "620290",
         "Capi di clienti, lavati a secco e restituiti, 48 pezzi", "IT", 96, 48, 0, "EUR",
         "customers' garments returned after dry cleaning are worn clothes of many sizes with cleaners' tickets "
         "pinned to them; these 48 coats are new, in one size run, with shop tags of Milan houses still attached "
         "and price tags of 3,000-9,000 EUR, for an Almaty 'dry-cleaning atelier' whose owner ships to Moscow: "
         "luxury goods (Annex XVIII, over 300 EUR an item) whose sale for use in Russia Regulation 833/2014 "
         "forbids, declared at no value, flown from Milan; Italian wording (luxury goods to Russia through "
         "Kazakhstan repeat in several sets; a 'returned after dry cleaning' label was found in no earlier row "
         "by a keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "PK", "841939",
         "Pilotanlæg til vaskepulver, forstøvningstårn, 1 stk.", "DK", 5200, 1, 180000, "EUR",
         "a detergent spray tower is a tall, mild-steel, counter-current tower for tonnes an hour that cannot be "
         "cleaned in place; this one is a compact, stainless, steam-sterilisable spray dryer with a two-fluid "
         "nozzle, an outlet filter for particles of a few microns and a contained powder collection, for a "
         "Lahore 'detergent maker' whose address is a defence-research establishment's supplier: a spray dryer "
         "controlled under dual-use 2B352.h, exported without the licence Regulation 2021/821 requires, from "
         "Aarhus to Karachi; Danish wording (spray dryers repeat in a few sets; a laundry-powder pilot-tower "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-10", "export", "HUROAD01", "road", "HU", ["RO", "BG", "TR", "GE"], "AZ", "292219",
         "Metil-dietanolamin (MDEA) öblítőszer-alapanyaghoz, hordók, 20 t", "HU", 20000, 100, 36000, "EUR",
         "methyldiethanolamine is indeed an esterquat raw material for fabric softeners, but it goes to softener "
         "makers with a safety sheet and an end-use statement; these 100 drums are for a Baku trading house set "
         "up last year with no softener plant, whose forwarder books onward trucks to Astara and Iran: "
         "N-methyldiethanolamine (CWC Schedule 3, dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires, on a lorry from Budapest; Hungarian wording (MDEA and ethanolamines repeat in a few "
         "sets; a fabric-softener raw-material label to Azerbaijan is the new part as far as a search found)",
         {"importer_country": "AZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "MY", [], "NL", "330290",
         "Minyak wangi pelembut fabrik, konsentrat, botol 1 kg, 6 botol", "MY", 6, 6, 300, "USD",
         "a fabric-softener perfume concentrate is a thin, pale, synthetic floral-musk blend at a few dozen "
         "dollars a kilo; these six bottles hold a dark, viscous oil with a deep, smoky, leathery oud smell that "
         "lingers for hours and costs thousands a kilo: agarwood oil (Aquilaria, CITES App. II, oil included) "
         "without CITES documents, flown from Kuala Lumpur to Amsterdam for a laundry-fragrance blender; Malay "
         "wording (agarwood oil repeats in several sets under attar and perfume labels; a fabric-softener perfume "
         "label was found in no earlier row by a keyword search)", firm("Rivage Wasparfums BV", "NL")),
        ("WLF-02", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "121190",
         "Çöven kökü (yün ve kilim yıkamak için), kurutulmuş, 25 kg çuval, 40 çuval", "TR", 1000, 40, 2000, "EUR",
         "çöven (Gypsophila soap root) is woody, grey-brown chunks of root that foam in water and are used to "
         "wash wool and kilims; these sacks hold small, pale, hard, paired, egg-shaped tubers that do not foam, "
         "dried on strings: salep, the tubers of wild-dug Anatolian orchids (Orchidaceae, CITES App. II), without "
         "CITES documents and against Türkiye's ban on their export, on a lorry to a Berlin Turkish wholesaler; "
         "Turkish wording (salep repeats in many sets; kept as a repeat of the good, a wool-washing soap-root "
         "label was found in no earlier row by a keyword search)", firm("Central Naturwaren GmbH", "DE")),
        ("WLF-03", "import", "FRSEA01", "sea", "MG", [], "FR", "442199",
         "Blocs de cèdre antimites pour armoires, 3 000 pièces", "MG", 1800, 3000, 1500, "EUR",
         "cedar moth-repellent blocks are light, pinkish-red, soft and smell of pencils; these 3,000 blocks are "
         "heavy (about 1,000 kg/m3), dark red-purple, hard and smell faintly of roses when sawn: Madagascar "
         "rosewood (Dalbergia spp., CITES App. II, with Madagascar's export ban and zero quota), without CITES "
         "documents, by sea from Toamasina to Marseille for a household-textile-care brand; Malagasy French "
         "wording (Madagascar Dalbergia repeats in many sets and cedar labels in several; a cedar moth-block "
         "label was found in no earlier row by a keyword search)", firm("Vega Entretien du Linge SARL", "FR")),
        ("WLF-04", "import", "ITAIR01", "air", "VN", [], "IT", "960190",
         "Phôi cúc áo sơ mi bằng xà cừ (Pinctada), 40 kg", "VN", 40, None, 1600, "USD",
         "Pinctada mother-of-pearl button blanks are thin, iridescent discs rarely thicker than 2-3 mm, with a "
         "dark edge; these blanks are thick, dense, chalky-white discs without iridescence, with growth lines "
         "running in ridges, cut from shells far thicker than any pearl oyster: giant clam shell (Tridacnidae, "
         "CITES App. II) without CITES documents, flown from Hanoi to Milan for a shirt-button maker; Vietnamese "
         "wording (giant clams repeat in many sets, a mother-of-pearl knife-scale label once, blind211, and a "
         "button-blank label once, on saiga horn in blind136; mother-of-pearl shirt-button blanks are the new part "
         "as far as a search found)",
         firm("Alpina Bottoni Srl", "IT")),
        ("WLF-05", "import", "ESAIR01", "air", "UY", [], "ES", "430390",
         "Tapado de piel de conejo, devuelto tras limpieza y guarda, 1 pieza", "UY", 3, 1, 200, "USD",
         "a rabbit-fur coat sent back after a furrier's cleaning and summer storage is light, soft, uniform "
         "grey or dyed; this one is heavy, short-haired, with rosettes and chain spots on a tawny ground, "
         "pieced from about a dozen skins: an ocelot coat (Leopardus pardalis, CITES App. I) without CITES "
         "documents, flown from Montevideo to Madrid for a private owner; Uruguayan Spanish wording (ocelot "
         "coats repeat in a few sets under faux-fur labels; as a rabbit coat returned after fur cleaning and "
         "storage it was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("WLF-06", "import", "GBPOST01", "post", "IN", [], "GB", "121190",
         "Moth-repellent herb sachets for woollens and shawls, lavender blend, 60 pcs", "IN", 3, 60, 45,
         "USD",
         "lavender moth sachets are light bags of blue-grey flowers that smell of lavender; these 60 sachets "
         "hold chips of a grey-brown, resinous root with a strong, violet-like and goaty smell that Kashmiri "
         "shawl merchants put in their stores against moth: costus root (Saussurea costus, CITES App. I) "
         "without CITES documents, posted from Srinagar to a private person in Bradford; Indian English wording "
         "(costus repeats in many sets; a moth-sachet label on it was found in no earlier row by a keyword "
         "search)", person("Mrs S. Patel", "GB")),
        ("WLF-07", "import", "ITAIR01", "express", "SG", [], "IT", "420221",
         "Handbags sent for professional cleaning and colour restoration, PU leather, 4 pcs", "SG", 3.2, 4, 80,
         "SGD",
         "PU-leather handbags are even, printed plastic on a fabric backing; these four bags have real scales "
         "of irregular size with a belly pattern, a grain that changes along the skin and no backing: reticulated "
         "python (Malayopython reticulatus, CITES App. II) leather bags without CITES documents, sent by express "
         "from Singapore to a Florence 'bag spa' for cleaning and resale; Singapore English wording (python "
         "leather repeats in many sets; a bag-cleaning service label was found in no earlier row by a keyword "
         "search)", firm("Orion Pelletteria Restauro Srl", "IT")),
        ("WLF-08", "export", "GBPOST01", "post", "GB", [], "US", "960329",
         "Vintage clothes brushes, celluloid backs, set of 3", "GB", 1.2, 3, 45, "GBP",
         "celluloid-backed clothes brushes are light, evenly creamy and show moulded, regular 'grain'; these "
         "three are heavy, with cross-hatched Schreger lines on the backs, a fine crack and a warm, yellowed "
         "patina: elephant ivory (CITES App. I, the UK Ivory Act forbidding its sale and export outside narrow "
         "exemptions), posted from Bath to a private buyer in Boston without a CITES permit or an exemption "
         "certificate; British English wording (ivory repeats in many sets; a clothes-brush label was found in "
         "no earlier row by a keyword search)", {"importer_country": "US"}),
        ("WLF-09", "transit", "NLSEA01", "sea", "IN", ["NL"], "HK", "320300",
         "இயற்கை துணி சாயப் பொடி (சந்தன நிறம்), 25 கிலோ பைகள், 400 பைகள்", "IN", 10000, 400, 8000, "USD",
         "a natural textile dye powder of the sandalwood shade is a light, fine powder of mixed plant matter; "
         "these 400 bags hold coarse, heavy, blood-red chips and billets of a dense wood with wavy grain that "
         "stain water red: red sanders (Pterocarpus santalinus, CITES App. II) without the Indian export permit "
         "specimens in transit through the Union must carry, landed at Rotterdam in transit from Chennai to Hong "
         "Kong; Tamil wording (red sanders repeats in many sets and natural red-dye labels on it in two, blind33 and blind38; kept "
         "as a repeat of the cover, a transit through Rotterdam is the new part)", {"importer_country": "HK"}),
        ("WLF-10", "import", "NLSEA01", "sea", "ID", [], "NL", "340119",
         "Sabun cuci batangan, 20 t", "ID", 20000, None, 16000, "USD",
         "a laundry-supply container from Surabaya for a Rotterdam Asian-household wholesaler: laundry bar soap "
         "and rattan laundry baskets are what such shops stock, but the third item's 'kancing tanduk kerbau' "
         "are 30 kg of translucent, amber-and-brown mottled plates and buttons cut from thick, layered scutes "
         "that smell of burnt hair under a hot needle: hawksbill turtle shell (Eretmochelys imbricata, CITES "
         "App. I) without CITES documents, hidden as the last item of a three-item declaration; Indonesian "
         "wording (hawksbill repeats in many sets and as water-buffalo horn buttons once, in blind186; kept as a "
         "repeat of the cover, hidden behind laundry soap and baskets from Indonesia is the new part)",
         dict(firm("Delta Aziatische Groothandel BV", "NL"),
              _more_items=[item("460219", "Keranjang cucian rotan, 600 buah", "ID", 1800, 3600, "USD", qty=600),
                           item("960621", "Kancing tanduk kerbau, 30 kg", "ID", 30, 90, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (bleaching of antique linen)", "CH", 4.6, 4, 60,
     "CHF", [("PRECURSOR_LICENCE", "AT-BMI-68-0231")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "BD", "PT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "BD", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-68-0044")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "381400",
     "Dry-cleaning still residues with perchloroethylene (14 06 04*), for incineration at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-68-0119")], "notified still bottoms to a licensed incinerator"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "380290",
     "Spent activated carbon from dry-cleaning solvent recovery (15 02 02*), for regeneration at a licensed plant, 20 t",
     "NO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-68-0207")], "notified spent carbon to a licensed regeneration plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290376",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 650, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-68-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HRROAD01", "road", "BA", "HR", "290371",
     "HCFC-22, recovered from laundry drying cabinets, 30 cylinders, for destruction at a licensed facility", "BA",
     900, 30, 0, "EUR", [("ODS_LICENCE", "HR-MZOZT-ODS-68-003")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Coptic tapestry roundel, wool and linen, Egypt, 6th century, documented French collection since 1948", "FR",
     0.4, 1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-68-0144")], "textile exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "US", "621790",
     "Embroidered silk cope, Seville, c. 1650, sold at auction with the export permit", "ES", 14, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-68-0091")], "vestment exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol 99 %, 40 drums, for an Indian textile-printing auxiliary maker", "BE", 8800, 40, 26000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-68-0177"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-68-0092")],
     "dual-use thiodiglycol under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "842119",
     "Steam-sterilisable disc-stack centrifugal separators, 2 units, for a Brazilian vaccine plant", "IT", 3200, 2,
     180000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-68-0402"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-68-0027")],
     "dual-use centrifugal separators under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "VN", "NL", "330129",
     "Agarwood oil, Aquilaria crassna, from plantation-grown inoculated trees, 2 kg", "VN", 2, None, 9000, "USD",
     [("CITES_PERMIT", "VN-CITES-68-0312")], "App. II agarwood oil from plantations with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "SB", "IT", "050800",
     "Giant clam shell button blanks, Tridacna derasa, from a registered mariculture farm, 30 kg", "SB", 30, None,
     1800, "USD", [("CITES_PERMIT", "SB-MECDM-68-0015")], "App. II giant clam shell from mariculture with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particular", "PRM-03": "Central Sonderabfall GmbH",
    "PRM-06": "Rivage Gospodarenje Otpadom d.o.o.", "PRM-11": "Rivage Wasparfums BV",
    "PRM-12": "Alpina Bottoni Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # dry cleaners' suppliers, industrial laundries, textile-care chemical distributors and laundry-equipment dealers
    ("340290", "Liquid net-curtain whitener with optical brightener, 1 l", "import", ["post"], ["CH", "GB"], (6, 12), (1, 4), ["CHF", "GBP"], 1, S),
    ("340290", "Ink-stain remover for dry-cleaners, glycol-ether based, 200 ml", "import", ["express"], ["JP", "US"], (25, 50), (1, 3), ["JPY", "USD"], 5, S),
    ("380991", "Liquid dye fixative for home dyeing, 500 ml", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 2, S),
    ("340119", "Ox-gall stain-remover soap bars, 100 g", "import", ["road"], ["BA", "RS"], (3, 6), (1000, 4000), ["EUR"], 10, S),
    ("320420", "Stilbene optical brightener for laundries, 25 kg drums", "import", ["air"], ["BD", "IN"], (4, 8), (200, 1000), ["USD"], None, S),
    ("291814", "Sodium citrate laundry booster, 5 kg bags", "import", ["road"], ["MA", "TR"], (1, 2), (8000, 18000), ["EUR"], 0.2, S),
    ("381090", "Oxalic-acid rust-stain remover for textiles, 500 ml", "import", ["sea"], ["TN", "TR"], (1.5, 3), (2000, 6000), ["EUR"], 2, S),
    ("283990", "Colour-run remover for whites, 1 kg tubs", "import", ["post"], ["AU", "GB"], (10, 18), (1, 4), ["AUD", "GBP"], 1, S),
    ("293090", "Thiourea dioxide colour remover, 1 kg tubs", "import", ["express"], ["BR", "US"], (20, 40), (1, 4), ["BRL", "USD"], 1, S),
    ("340290", "Perfumed laundry rinse, non-biocidal, 1 l", "import", ["road"], ["MK", "RS"], (1.2, 2.5), (2000, 6000), ["EUR"], 1, S),
    ("680690", "Expanded clay pebbles for hydroponics, 50 l bags", "export", ["road"], ["BA", "RS"], (0.2, 0.4), (8000, 16000), ["EUR"], 0.05, S),
    ("253090", "Burnt sienna natural earth pigment, big bags", "export", ["sea"], ["MA", "EG"], (0.8, 1.5), (8000, 20000), ["EUR"], None, S),
    ("271290", "Ironer wax, paraffin, in sheets", "export", ["sea"], ["TN", "EG"], (2, 4), (2000, 8000), ["EUR"], None, S),
    ("392010", "Clear LDPE garment-cover film, new, on rolls", "export", ["sea"], ["MY", "VN"], (1.8, 2.8), (8000, 18000), ["GBP", "EUR"], None, S),
    ("285390", "Demineralised water for steam irons and batteries, 1,000 l IBC", "export", ["road"], ["ME", "AL"], (0.1, 0.3), (10000, 20000), ["EUR"], None, S),
    ("840219", "Steam boilers for pressing machines, new, with pressure-vessel papers", "export", ["road"], ["UA", "MD"], (8, 14), (2000, 8000), ["EUR"], None, S),
    ("380991", "Fabric-softener concentrate, esterquat, 1,000 l IBC", "export", ["sea"], ["BD", "PK"], (0.8, 1.5), (10000, 24000), ["EUR"], None, S),
    ("848180", "Brass valves and fittings for laundry boilers, new", "export", ["sea"], ["IN", "PK"], (8, 14), (2000, 8000), ["EUR"], 2, S),
    ("845129", "Industrial tumble dryers, new, gas-heated", "export", ["sea"], ["CD", "CM"], (6, 10), (3000, 9000), ["EUR"], 0.004, S),
    ("391000", "Decamethylcyclopentasiloxane (D5) dry-cleaning solvent, drums", "import", ["sea"], ["TW", "KR"], (3, 6), (8000, 16000), ["USD"], None, S),
    ("290919", "Propylene glycol ether dry-cleaning solvent, drums", "import", ["sea"], ["US", "KR"], (2.5, 4), (5000, 12000), ["USD"], None, S),
    ("290545", "Glycerine, technical, for textile finishing, drums", "import", ["sea"], ["IN", "MY"], (0.7, 1.2), (12000, 20000), ["USD"], None, S),
    ("382499", "Citrus-based heat-seal name-tag remover for laundries, 5 l", "import", ["air"], ["TH", "CN"], (4, 8), (100, 500), ["USD"], 0.2, S),
    ("841869", "Laundry-room drying cabinets with R-290 heat pump, new", "export", ["road"], ["BA", "RS"], (10, 16), (2000, 6000), ["EUR"], 0.01, S),
    ("271012", "Stain-removal benzine (petroleum spirit), 1 l bottles", "import", ["sea"], ["GE", "TR"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 1, S),
    ("340290", "Garment anti-static spray, water-based, pump bottle", "import", ["post"], ["VN", "CN"], (8, 15), (1, 3), ["EUR", "USD"], 4, S),
    ("340290", "Dry-cleaning detergent booster for solvent machines, drums", "import", ["sea"], ["IN", "TR"], (2, 4), (6000, 14000), ["USD"], None, S),
    ("630260", "Egyptian-cotton hotel towels", "import", ["sea"], ["EG", "PK"], (4, 7), (2000, 6000), ["USD"], 2, S),
    ("731940", "Brass safety pins for laundry tagging, boxed", "import", ["post"], ["RS", "CN"], (10, 20), (1, 3), ["EUR"], 300, S),
    ("251310", "Pumice stone for denim stone-washing, 2-4 cm, big bags", "import", ["sea"], ["TR", "GR"], (0.1, 0.2), (15000, 24000), ["EUR"], None, S),
    ("691490", "Eco laundry balls with ceramic pellets", "import", ["express"], ["JO", "CN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("830890", "Laundromat tokens, brass, grooved", "import", ["post"], ["IQ", "TR"], (15, 30), (1, 3), ["USD"], 150, S),
    ("420500", "Chamois leather cleaning cloths, oil-tanned", "import", ["air"], ["ET", "PK"], (15, 30), (100, 500), ["USD"], 10, S),
    ("630291", "Cotton table linen for hotels, new", "import", ["air"], ["PE", "IN"], (8, 14), (200, 1000), ["USD"], 2, S),
    ("845190", "Flatwork-ironer rollers and felts, spare parts", "import", ["sea"], ["KH", "CN"], (3, 6), (500, 2000), ["USD"], None, S),
    ("620290", "Customers' garments returned after dry cleaning", "export", ["air"], ["CH", "US"], (20, 50), (100, 400), ["EUR"], 0.5, S),
    ("442110", "Wooden coat hangers, beech, for dry-cleaners", "import", ["sea"], ["CN", "VN"], (2, 4), (4000, 10000), ["USD"], 3, S),
    ("560392", "Aramid (Nomex) ironer felt, needled, rolls", "export", ["sea"], ["AE", "TR"], (12, 20), (300, 1500), ["EUR"], None, S),
    ("330290", "Fabric-softener perfume concentrate, synthetic musk-floral", "import", ["air"], ["MY", "IN"], (20, 50), (100, 500), ["USD"], None, S),
    ("442199", "Red-cedar moth-repellent blocks for wardrobes", "import", ["sea"], ["US", "CN"], (2, 5), (1000, 4000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("851679", "Handheld garment steamers, electric", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 0.8, N),
        ("630790", "Zipped polyester garment covers", "import", ["sea"], ["CN", "BD"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("960990", "Tailor's chalk and fabric-marking pencils", "import", ["post", "express"], ["GB", "JP"], (25, 50), (1, 3), ["GBP", "JPY"], 40, N),
        ("850980", "Battery fabric shavers (lint removers)", "import", ["sea"], ["CN"], (10, 18), (1000, 4000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind252", 20680301, HERE)


if __name__ == "__main__":
    main()
