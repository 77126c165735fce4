#!/usr/bin/env python3
"""Writes the sixty-fifth blind set (tests/risk/data/blind65-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2037, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL65-*:

    python3 tests/risk/data/make_blind65_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LVPOST01", "post", "GB", [], "LV", "382499",
         "Bišu vaska balinātājs sveču gatavošanai, 4 x 5 l", "GB", 23.6, 4, 60, "GBP",
         "beekeepers lighten beeswax for candles in sunlight or with a few per cent of peroxide in the rinse water; "
         "these twenty litres weigh 1.18 kg/l, sit under vented caps, whiten and sting the skin and carry UN 2014 "
         "under the label: about 50 % hydrogen peroxide (Annex I above 12 %), posted from England to a private "
         "person in Cēsis who keeps no bees; Latvian wording (hydrogen peroxide repeats in many sets; a "
         "beeswax-bleach cover is new as far as a search found)", person("Privātpersona", "LV")),
        ("PRE-02", "import", "HUPOST01", "post", "RS", [], "HU", "282739",
         "Vas(III)-klorid maratóoldat rézkarchoz, 4 x 1 l", "RS", 5.6, 4, 35, "EUR",
         "printmakers etch copper plates in ferric chloride, an opaque, brown-orange liquid that stains everything it "
         "touches; these four litres are water-clear to pale yellow, give off brown fumes when opened, weigh 1.40 "
         "kg/l and turn the skin yellow: about 65 % nitric acid (Annex I above 3 %), posted from Novi Sad to a "
         "private person in Szeged although corrosive liquids may not go by post; Hungarian wording (nitric acid "
         "repeats in many sets, as gold-testing and egg-etching liquids among others; a ferric-chloride intaglio "
         "etchant cover is new as far as a search found, though a printmaking mordant declared openly as nitric acid "
         "appears once (blind16))", person("Magánszemély", "HU")),
        ("PRE-03", "import", "FRPOST01", "post", "CH", [], "FR", "250100",
         "Sel de gommage pour sauna, 5 x 2 kg", "CH", 10, 5, 45, "CHF",
         "sauna scrub salt is coarse sea salt with a little oil and scent, and tastes of salt; these white crystals "
         "have no smell, taste cool and bitter rather than salty, leave a burning stain on a rag after drying and the "
         "inner bags carry CAS 7775-09-9: sodium chlorate (Annex I above 40 %), posted from Geneva to a private "
         "person in Annecy; Swiss French wording (sodium chlorate repeats in many sets, often under salt names "
         "(dishwasher, de-icing, softener, pickling salt, a game salt lick), and sauna stove salt appears once as a "
         "cover; this repeats the sauna idea knowingly, as a body scrub, by post from Geneva and in Swiss French)", person("Particulier", "FR")),
        ("PRE-04", "import", "IEPOST01", "post", "GB", [], "IE", "283329",
         "Zinc sulphate for sheep foot-baths, 4 x 5 kg", "GB", 20, 4, 40, "GBP",
         "zinc sulphate for foot-baths is a white monohydrate powder that dissolves to a faintly acid, metallic-"
         "tasting solution; these colourless, glittering crystals dissolve slowly, give a neutral solution, flare "
         "violet-white when a few grains touch a hot plate and the inner bags carry CAS 3811-04-9: potassium chlorate "
         "(Annex I above 40 %), posted from Wales to a private person in Co. Cavan who keeps no sheep; Irish English "
         "wording (potassium chlorate repeats in many sets; a foot-bath cover is new as far as a search found)",
         person("Mr P. Brady", "IE")),
        ("PRE-05", "import", "FIROAD01", "road", "NO", [], "FI", "250900",
         "Viivanvetojauhe urheilukentille, liitu, 4 x 20 kg", "NO", 80, 4, 120, "EUR",
         "line-marking powder is ground chalk or limestone, soft, cheap (well under 1 EUR/kg) and fizzing in vinegar; "
         "this is a finer, heavier white powder that does not fizz, does not dissolve easily and burns fiercely with "
         "sugar, and the inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), for a private "
         "person in Rovaniemi who trains no team, brought by a parcel van from Tromsø; Finnish wording with a "
         "Norwegian sender (potassium perchlorate repeats in many sets; a line-marking chalk cover is new as far as a "
         "search found)", person("Yksityishenkilö", "FI")),
        ("PRE-06", "import", "PTAIR01", "express", "BR", [], "PT", "381400",
         "Solvente para limpeza de pincéis de pintura a óleo, 4 x 1 l", "BR", 4.6, 4, 50, "USD",
         "brush cleaners for oil paint are odourless mineral spirits at about 0.77 kg/l; these four litres weigh "
         "1.14 kg/l, smell faintly fruity, burn with a pale flame and carry CAS 75-52-5 on the inner labels: "
         "nitromethane (Annex I above 16 %), sent by express from São Paulo to a private person in Braga, undeclared "
         "as a flammable liquid; Brazilian Portuguese wording (nitromethane repeats in many sets, also as an airbrush "
         "cleaner (by express to Belgium); a brush-cleaner cover for oil painters is new as far as a search found)",
         person("Particular", "PT")),
        ("PRE-07", "import", "SEPOST01", "post", "NO", [], "SE", "381010",
         "Betningslösning för silversmide, färdigblandad, 4 x 2,5 l", "NO", 18.4, 4, 70, "NOK",
         "silversmiths' pickle is a warm 10 % solution of sodium bisulphate or dilute sulphuric acid at about 1.07 "
         "kg/l; these ten litres are oily, weigh 1.84 kg/l, char a matchstick and boil violently when a drop of water "
         "is added: about 96 % sulphuric acid (Annex I above 15 %), posted from Bergen to a private person in "
         "Göteborg who holds no workshop; Swedish wording (sulphuric acid repeats in many sets, as drain opener, "
         "battery acid and an electroforming bath among others; silversmiths' pickle is new as far as a search found)",
         person("Privatperson", "SE")),
        ("PRE-08", "import", "GRROAD01", "road", "AL", [], "GR", "250100",
         "Kripë për shëllirë djathi, 6 x 5 kg", "AL", 30, 6, 30, "EUR",
         "cheese-brining salt is plain coarse salt that stays dry in its sack; these crystals run wet within hours, "
         "taste of nothing but a faint bitterness, flare on a hot plate and carry CAS 7601-89-0 on the inner bags: "
         "sodium perchlorate (Annex I above 40 %), brought in a minibus from Gjirokastër for a private person in "
         "Ioannina who makes no cheese; Albanian wording (sodium perchlorate repeats, as xylitol, biltong salt and "
         "Glauber's salt among others; a feta-brining cover is new as far as a search found)",
         person("Idiotis", "GR")),
        ("PRE-09", "import", "BGPOST01", "post", "TR", [], "BG", "291813",
         "Krem tartar (potasyum bitartrat), pastacılık için, 5 x 1 kg", "TR", 5, 5, 25, "USD",
         "cream of tartar is a fine, sour-tasting powder that hardly dissolves in cold water; these glassy crystals "
         "taste cool and salty-bitter, not sour, dissolve readily in warm water and flare violet when a pinch touches "
         "a hot plate, and the inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from "
         "Edirne to a private person in Haskovo; Turkish wording (potassium chlorate repeats in many sets and cream "
         "of tartar appears as a cover in a few earlier rows; from Turkey by post to Bulgaria it is new as far as a "
         "search found)", person("Частно лице", "BG")),
        ("PRE-10", "import", "ESAIR01", "express", "US", [], "ES", "271220",
         "Kit para hacer velas: cera de parafina en pastillas, 10 kg", "US", 10, 1, 60, "USD",
         "a candle-making kit sent by express from a Texas craft shop to a private person in Valencia; its third "
         "line, 'wick mordant' declared as ammonium sulphate (the salt wicks are soaked in to stop afterglow, sold by "
         "the 500 g), is ten kilos of white prills that cake in damp air, make water ice-cold and fizz and melt on a "
         "hot plate, with 'N 34' on the inner bag: ammonium nitrate (Annex I at 16 % N or more) for a member of the "
         "public; Spanish wording (ammonium nitrate repeats in many sets; hidden as a wick mordant in a candle kit it "
         "is new as far as a search found)",
         {"consignee_name": "Particular", "importer_country": "ES",
          "_more_items": [item("590800", "Mechas de algodón para velas, 500 unidades", "US", 1, 20, "USD", qty=500),
                          item("310221", "Mordiente para mechas (sulfato de amonio), 10 kg", "US", 10, 30, "USD")]}),
    ],
    "waste": [
        ("WST-01", "export", "MTSEA01", "sea", "MT", [], "LY", "262190",
         "Copper slag abrasive, screened, for re-use in blasting, bulk bags, 40 t", "MT", 40000, None, 800, "EUR",
         "reusable blasting slag is screened, dry and clean; this is the spent grit swept from the floor of a Malta "
         "dry dock after the hulls of old tankers were blasted, grey-green with flakes of red and black antifouling "
         "paint, tributyltin and copper oxide among them by a laboratory test: spent blasting material containing "
         "hazardous substances (12 01 16*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Misrata 'sandblasting contractor'; Maltese English wording (copper-slag grit from dry docks repeats, to "
         "India and Nigeria from the Netherlands; from Malta to Libya it is new as far as a search found)",
         {"importer_country": "LY"}),
        ("WST-02", "export", "BGROAD01", "road", "BG", [], "MK", "380892",
         "Фунгицид за третиране на семена, 120 торби по 25 кг", "BG", 3000, 120, 1500, "EUR",
         "seed-dressing fungicide is sold sealed and dated; these split paper sacks, caked and faded, come from a "
         "collapsed cooperative store near Pleven, hold old mercury and lindane seed dressings and carry Soviet-era "
         "print under the new labels, at 0.50 EUR/kg: obsolete pesticides (02 01 08*, Stockholm POPs), hazardous "
         "waste whose export to a non-OECD country is banned, for a Kumanovo 'farm supplier'; Bulgarian wording "
         "(obsolete pesticides repeat in a few sets; by road to North Macedonia they are new as far as a search found)",
         {"importer_country": "MK"}),
        ("WST-03", "export", "HUROAD01", "road", "HU", [], "RS", "271500",
         "Újrahasznosított aszfalt granulátum, útalapba, ömlesztve, 25 t", "HU", 25000, None, 125, "EUR",
         "reclaimed asphalt for road bases is crushed bitumen-bound road; this load, milled from a 1960s Budapest "
         "street, smells of tar, stains white paper brown under UV and holds well over 1,000 mg/kg PAH by a laboratory "
         "test: coal-tar-bound asphalt (17 03 01*), hazardous waste whose export to a non-OECD country is banned, "
         "sold at 5 EUR/t to a Subotica road builder; Hungarian wording (tar asphalt appears in a few rows; milled "
         "Budapest asphalt to Serbia by road is new as far as a search found)", {"importer_country": "RS"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "IN", "320650",
         "Leuchtstoffpulver, gebraucht, zur Wiederaufbereitung als Pigment, 200 Fässer, 18 t", "DE", 18000, 200,
         3600, "EUR",
         "recovered phosphors are sold washed and certified free of mercury; these drums hold the fine white powder "
         "shaken out of crushed fluorescent tubes at a German lamp recycler, with glass splinters and about 100 mg/kg "
         "mercury by a laboratory test: waste containing mercury (19 12 11*, 20 01 21* family), hazardous waste whose "
         "export to a non-OECD country is banned, for a Mumbai 'glow-paint maker'; German wording (lamp glass "
         "repeats; fluorescent phosphor powder as a pigment is new as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-05", "export", "PLSEA01", "sea", "PL", [], "GH", "282739",
         "Roztwór chlorku cynku, techniczny, 20 kontenerów IBC, 22 t", "PL", 22000, 20, 2200, "EUR",
         "technical zinc chloride solution is clear and sold with an analysis; these IBCs hold the spent pickling "
         "acid of a hot-dip galvaniser in Silesia, green-brown, with free hydrochloric acid, iron and lead: spent "
         "pickling acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, shipped from Gdynia "
         "at a tenth of the price of technical grade to a Tema 'fertiliser blender'; Polish wording (spent pickling "
         "acids appear in a few rows; zinc-chloride galvanising acid to Ghana is new as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-06", "export", "SKRAIL01", "rail", "SK", [], "UA", "251710",
         "Drvené kamenivo frakcie 32/63, na podklad ciest, 3 vozne, 180 t", "SK", 180000, None, 900, "EUR",
         "crushed stone for road bases is clean and grey; this is old track ballast dug out during the renewal of a "
         "line near Košice, black with diesel and brake dust and sprayed for decades with herbicides, with "
         "hydrocarbons well above the hazardous limit by a laboratory test: track ballast containing hazardous "
         "substances (17 05 07*), hazardous waste whose export to a non-OECD country is banned, by rail to a "
         "Uzhhorod road builder at 5 EUR/t; Slovak wording (oil- and herbicide-soaked track ballast repeats, twice as road "
         "aggregate; by rail from Slovakia to Ukraine it is new as far as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CD", "630392",
         "Rideau de scène, tissu technique, d'occasion, pour salle de spectacle, 1 pièce, 900 kg", "BE", 900, 1,
         500, "EUR",
         "a stage curtain is velvet or synthetic cloth weighing a few dozen kilos; this 900 kg iron curtain cloth "
         "from a Liège theatre built in the 1950s is grey, woven and flaking, with a mill label 'amiante': an asbestos "
         "safety curtain taken down in a refurbishment, construction waste containing asbestos (17 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, for a Kinshasa cultural centre; Belgian French wording "
         "(asbestos repeats in many forms; a theatre safety curtain is new as far as a search found)",
         {"importer_country": "CD"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "290323",
         "Tetracloroetileno regenerado para limpeza a seco, 60 tambores de 200 l", "PT", 19500, 60, 3000, "EUR",
         "regenerated perchloroethylene is water-clear and sold with a purity certificate; these drums hold the "
         "still bottoms and sludge of Lisbon dry-cleaners, brown, with lint, dyes and oil, at a fraction of the "
         "price of new solvent: halogenated solvent waste (14 06 02*, 14 06 04*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Luanda laundry chain; Portuguese wording (perchloroethylene and solvent "
         "still bottoms repeat; dry-cleaning still bottoms as regenerated solvent to Angola are new as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-09", "export", "CYSEA01", "sea", "CY", [], "LB", "271019",
         "Μαζούτ ναυτιλίας, ανακτημένο, 4 ισοκοντέινερ, 80 t", "CY", 80000, 4, 8000, "EUR",
         "recovered marine fuel is settled and filtered fuel oil sold with an analysis; these tanks hold oily bilge "
         "water and sludge pumped out of ships at Limassol, more than half water, with detergents and metal fines: "
         "oily bilge waste (13 04 03*, 13 05 06*), hazardous waste whose export to a non-OECD country is banned, for "
         "a Tripoli 'bunker supplier'; Greek wording (bilge water repeats in a few rows; from Cyprus to Lebanon it is "
         "new as far as a search found)", {"importer_country": "LB"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "UA", "382000",
         "Antigel reciclat pentru motoare, 80 butoaie de 200 l", "RO", 17000, 80, 1700, "EUR",
         "recycled antifreeze is redistilled, clear, coloured and sold with a specification; these drums hold the "
         "mixed coolant drained at Bucharest car-breakers, brown, with oil, metal and sediment and some brake fluid: "
         "antifreeze fluids containing hazardous substances (16 01 14*), hazardous waste whose export to a non-OECD "
         "country is banned, for a Chernivtsi 'car-care distributor'; Romanian wording (used coolant as recycled "
         "antifreeze repeats, to Angola, in transit to Bosnia and by road from Romania to Moldova in Romanian; this "
         "repeats it knowingly, with a new destination and buyer)",
         {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "export", "FRSEA01", "sea", "FR", [], "DZ", "841933",
         "Lyophilisateurs industriels d'occasion, révisés, 3 unités", "FR", 36000, 3, 240000, "EUR",
         "three production freeze-dryers taken out of a Lyon vaccine plant when it re-equipped, sold to an Algiers "
         "generic-drug maker; their shelf and condenser refrigeration, built in 1988, runs on R-502, the azeotrope of "
         "HCFC-22 with chloropentafluoroethane (CFC-115), some 150 kg a unit by their plates and a gas test: the export "
         "of equipment containing or relying on CFCs and HCFCs is banned (Regulation 2024/590), and the charge should "
         "have been recovered (their 1,500 kg/24 h condensers put them above the dual-use range for freeze-dryers); "
         "French wording (R-502 repeats, in ice-cream vans among others, and freeze-dryers appear as dual-use "
         "equipment; pharmaceutical freeze-dryers relying on R-502 are new as far as a search found)",
         {"importer_country": "DZ"}),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "MR", "890200",
         "Buque palangrero congelador, 38 m, año 1989, en servicio, 1 unidad", "ES", 420000, 1, 600000, "EUR",
         "a working longliner sold from Vigo to a Nouadhibou fishing company; its freezing plant, blast freezers and "
         "fish-hold cooling still run on chlorodifluoromethane (HCFC-22), some 1,200 kg by the plant's log: equipment "
         "relying on HCFCs may not be exported (Regulation 2024/590), and the charge should have been recovered or the "
         "plant converted; Spanish wording (trawlers appear as ship-breaking waste and as users of refrigerant; a "
         "fishing vessel exported with its HCFC plant is new as far as a search found)", {"importer_country": "MR"}),
        ("OZN-03", "import", "GRSEA01", "sea", "TR", [], "GR", "890332",
         "İkinci el motoryat, 19 m, 1996, güverte yükü, 1 adet", "TR", 32000, 1, 380000, "EUR",
         "a 1996 motor yacht shipped as deck cargo from Bodrum for a Piraeus charter company; its engine room "
         "carries a fixed fire-suppression system whose bottle plates and a weighing give about 40 kg of "
         "bromotrifluoromethane (halon 1301), no longer allowed on a pleasure vessel: products and equipment "
         "containing halons may not be imported (Regulation 2024/590); Turkish wording (halon 1301 repeats in many "
         "rows and yachts appear as luxury goods for Russia; a yacht imported with a halon engine-room system is new "
         "as far as a search found)", firm("Aegean Blue Charters IKE", "GR")),
        ("OZN-04", "export", "DESEA01", "sea", "DE", [], "BD", "844313",
         "Gebrauchte Bogenoffsetmaschine, 4 Farben, mit Peripherie, 1 Anlage", "DE", 28000, 1, 120000, "EUR",
         "a used four-colour sheet-fed press line from a Bielefeld printer for a Dhaka packaging printer; its third "
         "line, the dampening-solution and ink-roller cooling unit, declared with R-407C, has its original 1998 "
         "plate under the sticker and gives on a gas test chlorodifluoromethane (HCFC-22): equipment relying on HCFCs "
         "may not be exported (Regulation 2024/590); German wording (HCFC-22 equipment hidden as one line of a plant "
         "repeats; a printing-press chiller is new as far as a search found)",
         {"importer_country": "BD",
          "_more_items": [item("844399", "Bogenanleger und Auslage, Ersatzteile, gebraucht", "DE", 1500, 6000, "EUR"),
                          item("841869", "Feuchtmittel- und Walzenkühlgerät, gebraucht, R-407C, 1 Stück", "DE", 600,
                               2500, "EUR", qty=1)]}),
        ("OZN-05", "import", "ITPOST01", "post", "US", [], "IT", "381400",
         "Solvente per pulizia ultrasuoni, orologeria, 4 x 1 l", "US", 6.2, 4, 80, "USD",
         "watchmakers' ultrasonic rinses today are hydrocarbon or alcohol blends at about 0.8 kg/l; these old-stock "
         "tins from a US estate sale weigh 1.56 kg/l, do not burn and carry 'Freon TF' under a new label: "
         "1,1,2-trichlorotrifluoroethane (CFC-113), a controlled substance that may not be imported or placed on the "
         "market (Regulation 2024/590), posted to a private watch repairer in Vicenza; Italian wording (CFC-113 "
         "repeats as precision, film and dry-cleaning solvents, once under its trade name Freon TF; a watchmakers' rinse "
         "is new as far as a search found)",
         person("Sig. R. Zanon", "IT")),
        ("OZN-06", "export", "HURAIL01", "rail", "HU", [], "RS", "860691",
         "Fedett teherkocsik, használt, 6 db", "HU", 150000, 6, 90000, "EUR",
         "six covered wagons sold by a Hungarian lessor to a Serbian food-transport firm; they are 1980s mechanically "
         "refrigerated wagons whose generator-driven cooling units, as the plates and a gas test say, still hold "
         "dichlorodifluoromethane (CFC-12), about 12 kg each: the export of equipment containing or relying on CFCs "
         "is banned (Regulation 2024/590); Hungarian wording (CFC-12 equipment repeats in many rows; refrigerated "
         "rail wagons are new as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "import", "PTSEA01", "sea", "IN", [], "PT", "392490",
         "Geleiras isotérmicas rígidas, 45 l, 3 000 unidades", "IN", 15000, 3000, 24000, "USD",
         "rigid cool boxes sold in the Union are foamed with cyclopentane or water-blown polyurethane; the foam of "
         "these three thousand, cut open, gives off 1,1-dichloro-1-fluoroethane (HCFC-141b) on a headspace test, as "
         "the maker's own data sheet admits: products containing HCFCs may not be imported (Regulation 2024/590); "
         "Portuguese wording (HCFC-141b repeats in many rows as a solvent and blowing agent; cool boxes blown with it "
         "are new as far as a search found)", firm("Lusofrio Lda", "PT")),
        ("OZN-08", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS"], "MK", "845110",
         "Chemischreinigungsmaschinen, gebraucht, Kohlenwasserstoff, 5 Stück", "DE", 6000, 5, 15000, "EUR",
         "five dry-cleaning machines from closed Munich shops for a Skopje laundry; their solvent-recovery "
         "refrigeration circuits, as the plates say and a gas test confirms, hold chlorodifluoromethane (HCFC-22): "
         "equipment relying on HCFCs may not be exported (Regulation 2024/590), and by their tanks they ran on "
         "perchloroethylene, not hydrocarbon; German wording (dry-cleaning covers repeat for solvents; dry-cleaning "
         "machines with HCFC recovery circuits are new as far as a search found)", {"importer_country": "MK"}),
        ("OZN-09", "import", "LTAIR01", "express", "US", [], "LT", "380891",
         "Wasp and hornet freeze spray, 500 ml, 12 cans", "US", 6, 12, 90, "USD",
         "wasp freeze sprays kill a nest by cold and are filled today with hydrocarbons; these old-stock cans from a "
         "US pest-control clearance read on their backs 'contains chlorodifluoromethane', and a gas test confirms "
         "HCFC-22: products containing HCFCs may not be imported (Regulation 2024/590), and aerosols may not fly by "
         "express undeclared, sent to a private person in Kaunas; US English wording (HCFC-22 aerosols appear a few "
         "times; a wasp freeze spray is new as far as a search found)", person("Privatus asmuo", "LT")),
        ("OZN-10", "import", "FRROAD01", "road", "CH", [], "FR", "841582",
         "Climatiseurs de cave à vin, d'occasion, révisés, 8 unités", "CH", 480, 8, 4000, "CHF",
         "wine-cellar conditioners sold in the Union run on R-290 or R-134a; these eight, taken out of Lavaux wine "
         "cellars and resold to a Burgundy négociant, have their original plates under the stickers and give on a gas "
         "test chlorodifluoromethane (HCFC-22): equipment relying on HCFCs may not be imported, second-hand included "
         "(Regulation 2024/590); Swiss French wording (HCFC-22 equipment repeats in many rows; wine-cellar "
         "conditioners are new as far as a search found)", firm("Maison Berthaut Négoce SARL", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "CI", [], "FR", "442090",
         "Statuette décorative en bois, artisanat de Korhogo, 1 pièce", "CI", 18, 1, 150, "EUR",
         "Korhogo workshops sell new figures of light wood blackened with shoe polish; this 1 m figure of hard, heavy "
         "wood stands on a thick cylindrical base worn to a rounded stump by years of being lifted and struck on the "
         "ground, its surface dulled by earth and libations: a Senufo deble, a rhythm pounder of the Poro society, "
         "removed without the export authorisation Côte d'Ivoire requires, and cultural goods removed illegally may "
         "not be brought into the Union (Regulation 2019/880); Ivorian French wording (Senufo objects are new as far "
         "as a search found; West African figures and masks repeat)", firm("Galerie Terres d'Afrique SARL", "FR")),
        ("CUL-02", "import", "BEPOST01", "post", "BJ", [], "BE", "442199",
         "Objet décoratif vodoun, bois et cordelettes, fabrication récente, 1 pièce", "BJ", 3, 1, 60, "EUR",
         "new vodun souvenirs sold on the Cotonou market are clean carvings with a few shells glued on; this small "
         "figure is bound in old cord, caked with layers of sacrificial matter, pierced with iron pins and worn smooth "
         "where it was held: a Fon bocio, a power figure taken from a shrine near Abomey, which Benin forbids to "
         "export without the authorisation of its heritage service, and cultural goods removed illegally may not be "
         "brought into the Union (Regulation 2019/880), posted to a private person in Liège; French wording with Fon "
         "terms (Fon bocio figures are new as far as a search found; Kongo nkisi appears once)",
         person("Particulier", "BE")),
        ("CUL-03", "import", "NLPOST01", "post", "GH", [], "NL", "830629",
         "Brass miniature figures, lost-wax, new Ashanti craft, 60 pcs", "GH", 1.5, 60, 90, "USD",
         "new Ashanti brass miniatures are bright, sharp-edged and sold by the bag; these sixty small weights are dark, "
         "worn round, some geometric, some a crocodile, a scorpion or a man with a gun, many with filing marks where "
         "they were adjusted to a standard: Akan goldweights of the 17th-19th centuries, used to weigh gold dust, "
         "which Ghana protects and forbids to export without the permit of its Museums and Monuments Board, and "
         "cultural goods removed illegally may not be brought into the Union (Regulation 2019/880), posted to a "
         "private collector in Leiden; Ghanaian English wording (Akan goldweights are new as far as a search found)",
         person("Dhr. J. Visser", "NL")),
        ("CUL-04", "import", "ATAIR01", "air", "VN", [], "AT", "711620",
         "Hoa tai đá ngọc bích, hàng thủ công mỹ nghệ mới, 6 chiếc", "VN", 0.3, 6, 60, "USD",
         "new craft jade earrings from Vietnamese workshops are glossy, machine-drilled and uniform; these six are "
         "split rings of dull green nephrite, three with three pointed knobs around the rim and one with a "
         "double-headed animal, weathered white in patches, with soil and iron stain in the drill holes: Sa Huỳnh "
         "lingling-o and double-headed pendants (about 500 BC - AD 100) from looted jar burials in central Viet Nam, "
         "flown from Hanoi for a Vienna dealer: Viet Nam forbids the export of its antiquities, and an archaeological "
         "object over 250 years needs an EU import licence (Regulation 2019/880); Vietnamese wording (Sa Huỳnh "
         "objects are new as far as a search found; South-East Asian antiquities such as Champa and Majapahit pieces "
         "repeat)", {"importer_country": "AT"}),
        ("CUL-05", "import", "ITSEA01", "sea", "AE", [], "IT", "690410",
         "آجر لعابدار تزئینی، دست‌ساز، ۲۰ عدد", "IR", 60, 20, 200, "USD",
         "new decorative glazed bricks from Iranian workshops are bright and square-edged; these twenty are worn, "
         "their blue, green and white glaze flaking, some stamped on the edge with lines of cuneiform naming an "
         "Elamite king: glazed bricks from an Elamite temple at Susa or Chogha Zanbil (second millennium BC), shipped "
         "from Jebel Ali for a Milan interior decorator: an archaeological object over 250 years needs an EU import "
         "licence (Regulation 2019/880), Iran forbids the export of its antiquities, and a world-heritage site is "
         "being dug; Persian wording (Elamite objects are new as far as a search found; cuneiform objects and "
         "Luristan bronzes repeat)", {"importer_country": "IT"}),
        ("CUL-06", "import", "ESPOST01", "post", "EC", [], "ES", "691390",
         "Silbato de cerámica, artesanía ecuatoriana, 1 unidad", "EC", 2.5, 1, 40, "USD",
         "Ecuadorian craft whistles are small, bright, freshly fired figures; this is a double-chambered bottle of "
         "thin, burnished grey-black ware, a stirrup-like bridge joining a plain chamber to one shaped as a bird whose "
         "head whistles when water is tipped between the chambers, iridescent in places and with soil in the spout: "
         "a Chorrera whistling bottle (about 1000-300 BC) from a looted grave of the Guayas coast: Ecuador forbids "
         "the export of its archaeological heritage, and an archaeological object over 250 years needs an EU import "
         "licence (Regulation 2019/880), posted to a private person in Sevilla; Ecuadorian Spanish wording "
         "(Ecuadorian antiquities repeat, Valdivia, Jama-Coaque, La Tolita and Manteño among them; Chorrera is new "
         "as far as a search found)",
         person("Particular", "ES")),
        ("CUL-07", "transit", "ESAIR01", "air", "PE", ["ES"], "CH", "580500",
         "Tapiz de alpaca tejido a mano, diseño tradicional, 1 pieza", "PE", 1.5, 1, 120, "USD",
         "new alpaca wall hangings are thick and brightly dyed; this fragment of fine interlocked tapestry, with "
         "more than a hundred wefts to the centimetre, a repeating staff-bearing figure in red, gold and indigo and "
         "cut edges where a tunic was divided, is a Wari tapestry tunic fragment (600-1000 AD), flown from Lima "
         "through Madrid in transit to a Geneva dealer (the prohibitions of Regulation 2019/880 apply to transit "
         "too): Peru forbids the export of its archaeological heritage, and an archaeological object over 250 years "
         "needs an EU import licence; Peruvian Spanish wording (Peruvian textiles repeat, Paracas and Chancay among "
         "them, and a Wari feathered panel appears once; a Wari tapestry-tunic fragment in transit is new as far as a "
         "search found)", {"importer_country": "CH"}),
        ("CUL-08", "import", "DEPOST01", "post", "FJ", [], "DE", "630790",
         "Woven coconut-fibre costume, handicraft, 1 set", "KI", 6, 1, 120, "USD",
         "new coir costumes for tourist dances are light and loosely plaited; this is a stiff, densely knotted suit "
         "of coconut-fibre cord with a high back shield, patterned with human hair, and a wooden sword edged with "
         "rows of shark teeth lashed with fibre: a 19th-century Kiribati armour and sword, which Kiribati protects "
         "as heritage and forbids to export without permission, posted from Suva to a private collector in Hamburg, "
         "and cultural goods removed illegally may not be brought into the Union (Regulation 2019/880); English "
         "wording with an I-Kiribati sender (Kiribati armour is new as far as a search found; Oceanic objects "
         "repeat)", person("Herr T. Albers", "DE")),
        ("CUL-09", "import", "DESEA01", "sea", "IN", [], "DE", "940360",
         "Handicraft furniture: carved sheesham sideboards, 40 pcs", "IN", 3200, 40, 12000, "USD",
         "an Indian handicraft container for a Bremen interiors shop; its third line, 'carved granite garden panel, "
         "old style', is a 1.5 m slab of weathered granite carved in three registers, a warrior fighting at the "
         "bottom, carried by apsaras in the middle and worshipping a linga at the top, with an old Kannada "
         "inscription: a virakal, a hero stone of the Hoysala period from a Karnataka village, which India "
         "forbids to export (Antiquities and Art Treasures Act 1972), and an archaeological object or piece of a "
         "monument over 250 years needs an EU import licence (Regulation 2019/880); Indian English wording (hero "
         "stones are new as far as a search found; Indian temple sculpture repeats, a Hoysala-style figure from "
         "Karnataka once (blind63))",
         {"importer_name": "Indigo Living Interiors GmbH", "consignee_name": "Indigo Living Interiors GmbH",
          "importer_country": "DE",
          "_more_items": [item("691390", "Terracotta planters, hand-painted, 200 pcs", "IN", 1200, 2400, "USD", qty=200),
                          item("680299", "Carved granite garden panel, old style, decorative, 1 pc", "IN", 900, 300,
                               "USD", qty=1)]}),
        ("CUL-10", "export", "SEROAD01", "road", "SE", [], "NO", "920600",
         "Handtrumma, dekorativ, renskinn, 1 st.", "SE", 2, 1, 300, "EUR",
         "new Sámi craft drums are of birch with a fresh reindeer skin and printed figures; this oval bowl drum is "
         "cut from one piece of burl, its skin brown, cracked and painted in alder-bark red with a sun, reindeer, "
         "boats and gods, with a brass ring and bone pendants: a noaidi drum of the 17th-18th century, of which "
         "few survive, sold by a Swedish estate to an Oslo collector: an object over 100 years from a private "
         "collection, and one Sweden's Cultural Environment Act forbids to take out without a permit; its value "
         "far above 50,000 EUR needs an EU export licence (Regulation 116/2009); Swedish wording (a Sámi noaidi "
         "drum appears once (blind32, German wording); this repeats the good knowingly, with a new cover (a decorative "
         "hand drum), Swedish wording and a road export from Sweden to Oslo)", {"importer_country": "NO"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "TR", "843880",
         "Pressa HPP per pastorizzazione a freddo di succhi, usata, 1 impianto", "IT", 22000, 1, 450000, "EUR",
         "food high-pressure processing presses pasteurise bottled juice at 600 MPa in a horizontal vessel; this one, "
         "from a Parma juice maker, has a 300 mm bore, reaches 600 MPa and has its own programmable pressure "
         "controller: an isostatic press of a size and pressure caught by the dual-use list (2B204), which needs an "
         "export licence, sold to an Izmir 'juice bottler' whose freight forwarder books the onward leg to Bandar "
         "Abbas for a maker of missile and nuclear parts (Regulation 267/2012); Italian wording (isostatic presses "
         "repeat in a few rows; a food HPP press is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "UZ", "847989",
         "Gebruikte SMD-plaatsingsmachines met reflow-oven, complete lijn", "NL", 9000, 1, 600000, "EUR",
         "a complete surface-mount line (two pick-and-place machines, a reflow oven and an optical inspector) taken "
         "out of an Eindhoven contract manufacturer, flown to a Tashkent 'household electronics' start-up with no "
         "factory; the shipping marks name a Kazan plant that assembles drone and radio electronics for the Russian "
         "army: such machinery may not be sold for use in Russia (Regulation 833/2014, Annexes VII and XXIII) and the "
         "sale lacks the no-re-export-to-Russia clause; Dutch wording (machine tools for Russia through Central Asia "
         "repeat; an electronics assembly line is new as far as a search found)", {"importer_country": "UZ"}),
        ("STR-03", "export", "ESAIR01", "air", "ES", [], "KZ", "650610",
         "Cascos de obra certificados EN 397, 2 000 unidades", "ES", 3000, 2000, 24000, "EUR",
         "construction hard hats weigh 350 g, are of bright ABS and cost 12 EUR; these weigh 1.5 kg, are olive and "
         "of aramid laminate with a rail for night-vision mounts and a ballistic rating on the inner label: "
         "military helmets (military list ML13), which need an export licence and may not go for use in Russia, "
         "flown to an Almaty 'builders' merchant' whose order came from a Russian volunteer battalion's supplier; "
         "Spanish wording (helmets repeat in a few rows; hard hats as a cover are new as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-04", "import", "ITSEA01", "sea", "TR", [], "IT", "721391",
         "Filmaşin SAE 1006, 5,5 mm, 1 200 t", "TR", 1200000, None, 660000, "USD",
         "wire rod rolled at an Iskenderun mill with a Turkish mill certificate; the heat numbers on the tags match "
         "billets cast at a Russian plant and shipped from Novorossiysk, which the mill's own stock records show: "
         "iron and steel products processed in a third country from Russian semi-finished steel may not be imported "
         "into the Union (Regulation 833/2014, Article 3g, Annex XVII), and the importer holds no proof of the origin "
         "of the inputs; Turkish wording (Russian steel through third countries repeats, and wire rod appears once, "
         "via Armenia; rerolled in Turkey it is new as far as a search found)", firm("Trafilerie Brianza Srl", "IT")),
        ("STR-05", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "850440",
         "Frekvenční měniče pro textilní stroje, 40 ks", "CZ", 800, 40, 96000, "EUR",
         "drives for spinning machines run at up to a few hundred hertz and cost a few hundred euros; these forty give "
         "a multiphase output of 600-2,000 Hz at better than 0.2 % frequency control and cost 2,400 EUR each: "
         "frequency changers for gas centrifuges (3A225), a dual-use item that needs an export licence, for a "
         "Yerevan 'textile mill' whose buyer delivers to Iran (Regulation 267/2012); Czech wording (frequency "
         "changers repeat in a few rows; by road to Armenia as textile drives they are new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-06", "import", "LTROAD01", "road", "BY", [], "LT", "401120",
         "Sunkvežimių padangos, 315/80 R22.5, 400 vnt.", "UZ", 28000, 400, 64000, "EUR",
         "truck tyres with an Uzbek certificate of origin, brought by road from Minsk; Uzbekistan makes no truck tyres "
         "of this size, and the sidewalls, ground smooth where a brand was, still carry the Belarusian DOT plant code "
         "of Babruysk: rubber products from Belarus may not be imported into the Union (Regulation 765/2006), and the "
         "origin is false; Lithuanian wording (Belarusian goods on third-country papers repeat, and Belshina truck tyres "
         "of this size on Serbian papers appear in three rows (blind11, blind12, blind18); this repeats them knowingly, "
         "on Uzbek papers straight from Minsk)", firm("Baltijos Padangos UAB", "LT")),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "AM", "570110",
         "Handgeknüpfte Teppiche, Wolle, 30 Stück", "DE", 900, 30, 9000, "EUR",
         "thirty hand-knotted carpets declared at 300 EUR each; they are old Caucasian and Persian silk-and-wool "
         "rugs from a Hamburg dealer's stock at 3,000-20,000 EUR each, flown to a Yerevan 'carpet shop' whose "
         "payments come from a Moscow interior designer: carpets above 300 EUR an item are luxury goods that may not "
         "be sold for use in Russia (Regulation 833/2014, Annex XVIII); German wording (luxury goods for Russia "
         "through the Caucasus repeat, carpets in a few rows; undervalued antique rugs by air are new as far as a "
         "search found)", {"importer_country": "AM"}),
        ("STR-08", "import", "NLSEA01", "sea", "OM", [], "NL", "290511",
         "Methanol, AA grade, 20 000 t", "OM", 20000000, None, 7000000, "USD",
         "a tanker cargo of methanol with an Omani certificate of origin; the ship's AIS went dark for four days off "
         "Bandar Abbas, the cargo's isotope profile and trace impurities match natural-gas methanol from Assaluyeh, and "
         "the Sohar plant named on the papers was shut for maintenance that month: Iranian petrochemical products may "
         "not be imported into the Union (Regulation 267/2012, restored in 2025); English wording (Iranian oil and "
         "petrochemicals on other countries' papers repeat, and Iranian methanol as Omani appears once (blind19, a "
         "ship-to-ship transfer to Antwerp); this repeats it knowingly, with a new port, a dark-AIS story and a shut-plant tell)",
         firm("Noordzee Chemicals BV", "NL")),
        ("STR-09", "export", "SISEA01", "sea", "SI", [], "GE", "842720",
         "Viličarji dizelski, 5 t, novi, 24 kosov", "SI", 216000, 24, 840000, "EUR",
         "twenty-four new diesel forklifts shipped from Koper to Poti for a Bishkek 'logistics park' whose address is "
         "an apartment; the Kyrgyz buyer re-exports by rail through Kazakhstan to a warehouse operator in Novosibirsk: "
         "forklift trucks are among the goods that may not be sold for use in Russia (Regulation 833/2014, Annex XXIII) "
         "and the contract lacks the no-re-export-to-Russia clause; Slovenian wording (machinery for Russia through "
         "Central Asia repeats, and used forklifts went to Almaty by rail once (blind61); new forklifts by sea to Georgia "
         "for a Kyrgyz buyer are new as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-10", "import", "GRSEA01", "sea", "IN", [], "GR", "760110",
         "Aluminium ingots, unalloyed, 99.7 %, 2 000 t", "IN", 2000000, None, 4800000, "USD",
         "primary aluminium ingots with an Indian certificate of origin; the ingots carry cast-in marks of a Siberian "
         "smelter ground off but legible under light, the bundles are strapped in a Russian pattern and the Indian "
         "exporter owns no smelter: Russian primary aluminium may not be imported into the Union (Regulation "
         "833/2014, Annex XXI as extended in 2025); Indian English wording (Russian metals on other papers repeat, and "
         "Russian aluminium ingots appear as Indian once (via Dubai to Rotterdam) and as Kazakh; this repeats them "
         "knowingly, by sea straight to Piraeus with a ground-off-marks tell)", firm("Hellenic Light Metals SA", "GR")),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "FJ", ["AU"], "DE", "010620",
         "Green iguanas (Iguana iguana), captive-bred, juveniles, 6", "FJ", 3, 6, 300, "USD",
         "green iguanas are bred by the thousand in Central America and cost little; these six came from Fiji, where "
         "no iguana farm exists, and are vivid green with pale blue-white bands, a low crest of spines and red-gold "
         "eyes: Fiji crested iguanas (Brachylophus vitiensis, CITES App. I, EU Annex A), taken from the wild on a "
         "protected islet, flown through Sydney to a German breeder without permits; English wording (green iguanas "
         "as a cover appear once; Fijian iguanas are new as far as a search found)", firm("Terraristik Elbtal GmbH", "DE")),
        ("WLF-02", "import", "CZAIR01", "air", "PE", [], "CZ", "010620",
         "Tortugas de río Phrynops, criadas en cautiverio, 20 ejemplares", "PE", 8, 20, 400, "USD",
         "Phrynops side-necked turtles have smooth, oval, grey-brown shells and a round head; these twenty juveniles "
         "have rough, knobbed, three-keeled bark-like shells, a flat triangular head with skin flaps and a snorkel "
         "nose: matamata (Chelus fimbriata, CITES App. II since 2023), wild-caught in Loreto, flown from Lima to a "
         "Prague reptile trader without an export permit; Peruvian Spanish wording (matamata appear once, hidden in "
         "fish boxes; declared as captive-bred Phrynops by air to Prague they are new as far as a search found)",
         firm("Akvaterarium Vltava s.r.o.", "CZ")),
        ("WLF-03", "import", "NLSEA01", "sea", "IN", [], "NL", "130219",
         "Ayurvedic herbal extracts, powders, 2 400 kg", "IN", 2400, None, 14000, "USD",
         "an Ayurvedic wholesale container for a Rotterdam wellness distributor whose third line, 'Ashwagandha root, "
         "dried, 300 kg', is not the pale, starchy, straight root of Withania but twisted, grey-brown roots with a "
         "bitter, pale-yellow wood: sarpagandha (Rauvolfia serpentina, CITES App. II), wild-dug and never exported "
         "lawfully from India as roots, without an export permit; Indian English wording (sarpagandha repeats, as "
         "root powder and once as ashwagandha (blind51, Bengali wording, one line); this repeats that cover knowingly, "
         "hidden as one line of a mixed container with Indian English wording)",
         {"importer_name": "Veda Wellness Europe BV", "consignee_name": "Veda Wellness Europe BV",
          "importer_country": "NL",
          "_more_items": [item("121190", "Triphala powder, 600 kg", "IN", 600, 3000, "USD"),
                          item("121190", "Ashwagandha root, dried, 300 kg", "IN", 300, 1800, "USD")]}),
        ("WLF-04", "export", "ESAIR01", "air", "ES", [], "HK", "030571",
         "Cartílago de pescado seco, 1 200 kg", "ES", 1200, None, 60000, "EUR",
         "dried fish cartilage for supplements sells at a few euros a kilo in flakes; these are whole dried fins, "
         "long, slender, grey-blue, sorted by size and packed in cartons at 50 EUR/kg, landed by Vigo longliners: "
         "blue shark fins (Prionace glauca, CITES App. II since 2023), flown to Hong Kong without a CITES export "
         "permit or introduction-from-the-sea certificate; Spanish wording (blue shark fins repeat in a few rows, "
         "and fins of Vigo longliners went to Hong Kong as silky and thresher shark; declared as dried fish cartilage "
         "they are new as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-05", "import", "DEPOST01", "post", "JP", [], "DE", "392690",
         "セルロイド製ギターピック、べっ甲柄、50枚", "JP", 0.2, 50, 900, "USD",
         "celluloid picks with a tortoiseshell pattern cost a few cents and are printed evenly; these fifty are "
         "translucent amber with deep brown clouds that run through the thickness, warm to the touch, smell of burnt "
         "hair on a hot needle and cost 18 USD each: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I, "
         "EU Annex A), bekko stock from a Nagasaki workshop, posted to a private guitarist in Köln without permits; "
         "Japanese wording (bekko repeats as spectacle frames; guitar picks are new as far as a search found)",
         person("Herr M. Vogt", "DE")),
        ("WLF-06", "import", "NLPOST01", "post", "MY", [], "NL", "060290",
         "Anak pokok periuk kera hibrid, kultur tisu, 30 pasu", "MY", 4, 30, 150, "USD",
         "tissue-culture pitcher plants arrive small, uniform, in sterile agar or fresh peat; these thirty are "
         "mature rosettes with old, scarred stems, soil and moss from ultramafic rock, and huge red urn-shaped "
         "pitchers: Nepenthes rajah and N. villosa (CITES App. I), dug on Mount Kinabalu, posted to a private "
         "collector in Delft without permits or a plant-health certificate; Malay wording (wild Nepenthes appear once, "
         "from Indonesia; App. I Sabah species as tissue-culture hybrids are new as far as a search found)",
         person("Dhr. P. de Vries", "NL")),
        ("WLF-07", "import", "SKPOST01", "post", "NP", [], "SK", "121190",
         "Sušený koreň horca žltého, 5 kg", "NP", 5, None, 60, "USD",
         "yellow gentian root is a European mountain plant, thick, yellow-brown and intensely bitter; this root from "
         "Nepal, where the species does not grow, is thin, dark grey, ringed with leaf scars and intensely bitter: "
         "kutki (Picrorhiza kurroa, CITES App. II), wild-dug in the Himalaya, posted to a private person in Bratislava "
         "without an export permit; Slovak wording (kutki appears once or twice; as gentian root by post from Nepal it "
         "is new as far as a search found)", person("Súkromná osoba", "SK")),
        ("WLF-08", "import", "DKPOST01", "post", "CA", [], "DK", "970529",
         "Decorative artificial bird, white, on driftwood, 1 pc", "CA", 3, 1, 150, "CAD",
         "artificial decorative owls are of foam and dyed chicken feathers; this is a real mounted bird, 60 cm, white "
         "with dark bars, feathered feet and yellow eyes, its skin and skull under the feathers: a snowy owl (Bubo "
         "scandiacus, CITES App. II, EU Annex A), a Canadian roadkill or shot bird mounted by a taxidermist, posted to "
         "a private person in Aalborg without permits; Canadian English wording (taxidermy birds appear once, as "
         "wrapped mummies; a snowy owl as an artificial decoration is new as far as a search found)",
         person("Privatperson", "DK")),
        ("WLF-09", "transit", "FRSEA01", "sea", "CG", ["FR"], "TR", "440729",
         "Sciages de niangon (Heritiera utilis), 30 m3", "CG", 21000, None, 18000, "USD",
         "niangon is a pinkish to red-brown wood with a greasy feel and a striped figure on the quarter; these "
         "boards are yellow-brown, darkening to olive in the light, fine-grained and scentless: afrormosia "
         "(Pericopsis elata, CITES App. II), cut in northern Congo without an export permit, trans-shipped at Le Havre "
         "for an Istanbul joinery (the transit of App. II specimens through the Union needs their export permit "
         "(Regulation 338/97)); French wording (afrormosia repeats, as iroko among others; as niangon in transit to "
         "Turkey it is new as far as a search found)", firm("Ahşap Doğramacılık A.Ş.", "TR")),
        ("WLF-10", "import", "PLROAD01", "road", "UA", [], "PL", "430180",
         "Skóry norek hodowlanych, surowe, 80 szt.", "UA", 60, 80, 2400, "EUR",
         "farmed mink pelts are small, uniform and dark, with a short, even guard hair; these eighty are twice as "
         "long, with a thick, coarse brown coat, a pale throat, webbed feet and a thick tapering tail: Eurasian otter "
         "skins (Lutra lutra, CITES App. I, EU Annex A), trapped in the wild, brought by road from Lutsk without "
         "permits for a Białystok furrier; Polish wording (Lutra lutra appears once; otter pelts as farmed mink by "
         "road from Ukraine are new as far as a search found)", firm("Futra Podlasie Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "express", "GB", "LV", "284700",
     "Hydrogen peroxide 50 %, 4 x 5 l, for a licensed private user", "GB", 23.6, 4, 90, "GBP",
     [("PRECURSOR_LICENCE", "LV-VP-37-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIROAD01", "road", "NO", "FI", "282990",
     "Potassium perchlorate, 4 x 20 kg, for a licensed pyrotechnics hobbyist", "NO", 80, 4, 400, "EUR",
     [("PRECURSOR_LICENCE", "FI-TUKES-37-0107")], "potassium perchlorate to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLROAD01", "road", "UA", "PL", "282739",
     "Spent pickling acid from hot-dip galvanising (11 01 05*), for zinc recovery at a licensed plant, 20 t", "UA",
     20000, None, 0, "EUR",
     [("BASEL_CONSENT", "PL-GIOS-37-0214")], "notified spent acid to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLROAD01", "road", "CH", "NL", "271500",
     "Coal-tar asphalt millings (17 03 01*), for thermal cleaning at a licensed plant, 24 t", "CH", 24000, None, 0,
     "EUR",
     [("BASEL_CONSENT", "NL-ILT-37-0388")], "notified tar asphalt to a licensed thermal treatment plant"),
    ("PRM-05", "ozone", "import", "FRROAD01", "road", "CH", "FR", "290371",
     "HCFC-22 recovered from wine-cellar conditioners, 12 cylinders, 180 kg, for destruction", "CH", 180, 12, 0,
     "EUR",
     [("ODS_LICENCE", "FR-MTE-ODS-37-006")], "recovered HCFC imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "NO", "DE", "382711",
     "R-502 recovered from pharmaceutical freeze-dryers, 10 cylinders, 300 kg, for destruction", "NO", 300, 10, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-37-003")], "recovered CFC blend imported for destruction under licence"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "CI", "FR", "970510",
     "Senufo rhythm pounder (deble), early 20th century, from a collection documented since 1961, exported with "
     "permit", "CI", 17, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CI-MCF-37-0012")], "ethnographic object with the export permit of its country"),
    ("PRM-08", "cultural", "export", "SEROAD01", "road", "SE", "NO", "970510",
     "Sámi reindeer-antler spoon, 19th century, from a family collection", "SE", 0.3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-37-0044")], "antique exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITROAD01", "road", "IT", "CH", "843880",
     "High-pressure processing press, 600 MPa, 300 mm vessel, for a Swiss juice producer", "IT", 22000, 1, 950000,
     "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-37-0519"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-37-0071")],
     "dual-use press under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "CH", "850440",
     "Frequency changers, 600-2,000 Hz, 4 units, for a Swiss university physics laboratory", "CZ", 80, 4, 10000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-37-0127"), ("END_USER_CERTIFICATE", "CH-ETH-EUC-37-0009")],
     "dual-use converters under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "PE", "CZ", "010620",
     "Matamata turtles (Chelus fimbriata), captive-bred, 10", "PE", 4, 10, 1500, "USD",
     [("CITES_PERMIT", "PE-SERFOR-37-0086")], "App. II reptiles with their export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "060290",
     "Nepenthes rajah, artificially propagated, in flask, 40 plantlets", "MY", 3, 40, 600, "USD",
     [("CITES_PERMIT", "MY-SBH-37-0152")], "App. I plants, artificially propagated, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privātpersona", "PRM-02": "Mikko Lehtonen", "PRM-03": "Cynk Odzysk Sp. z o.o.",
    "PRM-07": "Galerie Terres d'Afrique SARL", "PRM-11": "Akvaterarium Vltava s.r.o.",
    "PRM-12": "Hortus Delft BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("152190", "Beeswax, bleached, pellets for candle-making", "import", ["road"], ["GB", "UA"], (6, 10), (1000, 4000), ["GBP", "EUR"], None, S),
    ("282739", "Ferric chloride etching solution 40 %, 1 l bottles", "import", ["road"], ["RS"], (1, 2), (2000, 6000), ["EUR"], 0.7, S),
    ("250100", "Sauna body-scrub salt, scented, 500 g jars", "import", ["post"], ["CH"], (15, 30), (1, 2), ["CHF"], 2, S),
    ("283329", "Zinc sulphate monohydrate for foot-baths, 25 kg bags", "import", ["road"], ["GB"], (1, 2), (4000, 10000), ["GBP"], 0.04, S),
    ("250900", "Line-marking chalk powder for sports grounds, 20 kg bags", "import", ["road"], ["NO"], (0.2, 0.4), (8000, 16000), ["EUR"], 0.05, S),
    ("271012", "Odourless mineral spirits for oil painters, 1 l", "import", ["sea"], ["BR", "US"], (2, 4), (3000, 8000), ["USD"], 1.3, S),
    ("283322", "Jewellers' pickle granules (sodium bisulphate), 1 kg", "import", ["post"], ["NO", "GB"], (10, 20), (1, 3), ["NOK", "GBP"], 1, S),
    ("250100", "Cheese-brining salt, coarse, 25 kg sacks", "import", ["road"], ["AL"], (0.1, 0.3), (10000, 20000), ["EUR"], 0.04, S),
    ("291813", "Cream of tartar, food grade, 250 g", "import", ["post"], ["TR"], (10, 20), (1, 2), ["USD"], 4, S),
    ("340600", "Candle-making kits (wax, wicks, moulds)", "import", ["express"], ["US"], (15, 30), (1, 4), ["USD"], 0.5, S),
    ("262190", "Garnet abrasive, new, for blast cleaning", "export", ["sea"], ["LY", "EG"], (0.3, 0.6), (20000, 26000), ["EUR"], None, S),
    ("271320", "Bitumen for road paving, new", "export", ["road"], ["RS"], (0.4, 0.7), (20000, 26000), ["EUR"], None, S),
    ("320650", "Luminescent pigments, new, strontium aluminate", "export", ["sea"], ["IN"], (20, 40), (1000, 4000), ["EUR"], None, S),
    ("282739", "Zinc chloride solution, technical grade, new", "export", ["sea"], ["GH", "NG"], (0.5, 1), (15000, 22000), ["EUR"], None, S),
    ("251710", "Crushed granite aggregate, new, for road bases", "export", ["rail"], ["UA"], (0.01, 0.03), (50000, 70000), ["EUR"], None, S),
    ("630391", "Stage curtains, new, flame-retardant cotton", "export", ["sea"], ["CD", "CM"], (15, 30), (300, 1200), ["EUR"], 0.05, S),
    ("271012", "Hydrocarbon dry-cleaning solvent, new, drums", "export", ["sea"], ["AO"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("271019", "Marine gas oil, new, ISO tanks", "export", ["sea"], ["LB"], (0.7, 1), (20000, 26000), ["EUR"], None, S),
    ("382000", "Engine coolant, new, ready-mixed", "export", ["road"], ["UA", "MD"], (1, 2), (8000, 16000), ["EUR"], 0.2, S),
    ("841933", "Laboratory freeze-dryers, new, hydrocarbon refrigeration", "export", ["sea"], ["DZ", "MA"], (15, 25), (500, 2000), ["EUR"], 0.004, S),
    ("841869", "Fish-hold refrigeration units, new, ammonia/CO2", "export", ["sea"], ["MR", "SN"], (10, 16), (2000, 8000), ["EUR"], 0.0005, S),
    ("842410", "Marine fire extinguishers, FK-5-1-12, new", "import", ["sea"], ["TR"], (10, 18), (1000, 4000), ["EUR"], 0.1, S),
    ("844399", "Offset press spare parts, new", "export", ["sea"], ["BD"], (20, 40), (500, 2000), ["EUR"], 0.1, S),
    ("340290", "Watch-cleaning solution, hydrocarbon, 1 l", "import", ["post"], ["US", "CH"], (20, 40), (1, 3), ["USD", "CHF"], 1, S),
    ("860691", "Covered railway wagons, new", "export", ["rail"], ["RS"], (3, 5), (50000, 80000), ["EUR"], 0.00004, S),
    ("392490", "Rigid cool boxes, cyclopentane-blown, 45 l", "import", ["sea"], ["IN", "CN"], (1.5, 3), (6000, 14000), ["USD"], 0.2, S),
    ("845110", "Dry-cleaning machines, new, hydrocarbon", "export", ["road"], ["MK", "RS"], (10, 18), (1000, 4000), ["EUR"], 0.001, S),
    ("841582", "Wine-cellar conditioners, new, R-290", "import", ["road"], ["CH"], (12, 20), (300, 1200), ["CHF"], 0.02, S),
    ("442090", "Carved wooden figures, new Korhogo craft", "import", ["air"], ["CI"], (8, 15), (100, 400), ["EUR"], 0.5, S),
    ("442199", "Vodun-style wooden souvenirs, new", "import", ["post"], ["BJ"], (15, 30), (1, 2), ["EUR"], 3, S),
    ("830629", "Brass lost-wax figures, new Ashanti craft", "import", ["post"], ["GH"], (30, 60), (1, 2), ["USD"], 20, S),
    ("711620", "Stone earrings, new Vietnamese craft", "import", ["air"], ["VN"], (40, 80), (20, 100), ["USD"], 20, S),
    ("690740", "Glazed decorative tiles, new Persian-style craft", "import", ["sea"], ["AE", "TR"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("580500", "Alpaca wall hangings, new, hand-woven", "import", ["air"], ["PE"], (40, 80), (50, 200), ["USD"], 1, S),
    ("530500", "Coir handicraft mats, new", "import", ["sea"], ["IN", "LK"], (1, 2), (3000, 8000), ["USD"], 0.5, S),
    ("940360", "Carved sheesham sideboards, new", "import", ["sea"], ["IN"], (3, 5), (3000, 8000), ["USD"], 0.013, S),
    ("920600", "Frame drums, new Sámi-style craft", "export", ["post"], ["NO", "US"], (40, 80), (1, 2), ["EUR"], 1, S),
    ("650610", "Construction hard hats EN 397, new", "export", ["air"], ["KZ", "GE"], (10, 20), (300, 1200), ["EUR"], 3, S),
    ("850440", "Variable-frequency drives for textile machines, 50-400 Hz", "export", ["road"], ["AM", "TR"], (40, 80), (300, 1200), ["EUR"], 0.1, S),
    ("392690", "Celluloid guitar picks, printed tortoiseshell pattern", "import", ["post"], ["JP", "US"], (100, 200), (1, 2), ["USD"], 300, S),
]
# Everyday trade: blind64's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and eight of
# blind64's own rows), with four rows of its own instead of blind64's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("611595", "Cotton socks, retail packs", "import", ["sea", "road"], ["TR", "PK"], (6, 12), (2000, 6000), ["USD", "EUR"], 12, N),
        ("691200", "Ceramic coffee mugs, printed", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 3, N),
        ("650500", "Knitted wool beanies", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind65", 20370101, HERE)


if __name__ == "__main__":
    main()
