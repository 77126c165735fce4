#!/usr/bin/env python3
"""Writes the sixty-first blind set (tests/risk/data/blind61-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2036, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets.
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
declaration would. Ids are BL61-*:

    python3 tests/risk/data/make_blind61_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "GB", [], "AT", "300490",
         "Hufpflegelösung gegen Strahlfäule, für Pferde, 4 x 5 l", "GB", 22.6, 4, 70, "GBP",
         "thrush treatments for horses' hooves are iodine or copper-sulphate solutions, brown or blue, at about "
         "1.0 kg/l, sold in 500 ml squeeze bottles; these twenty litres are water-clear, weigh 1.13 kg/l, sit under "
         "vented caps, whiten the skin and carry UN 2014 under the label: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express to a private horse owner in Styria; Austrian German wording (hydrogen peroxide "
         "repeats in many sets; a farriers' thrush-treatment cover is new as far as a search found)",
         person("Privatperson", "AT")),
        ("PRE-02", "import", "SEPOST01", "post", "TH", [], "SE", "382499",
         "น้ำยาลอกลายสักสเตนซิล 4 x 1 ลิตร", "TH", 4.6, 4, 45, "USD",
         "tattoo stencil-transfer fluids are creamy lotions of about 1.0 kg/l sold in 120 ml bottles; these four "
         "litres weigh 1.14 kg/l, smell fruity, do not mix with water and give CAS 75-52-5 on the inner labels: "
         "nitromethane (Annex I above 16 %), posted from Bangkok to a private person in Malmö although flammable "
         "liquids may not go by post; Thai wording (nitromethane repeats in many sets, and a home tattoo-studio "
         "order hid nitric acid once; a stencil-fluid cover is new as far as a search found)",
         person("Privatperson", "SE")),
        ("PRE-03", "import", "SKROAD01", "road", "UA", [], "SK", "280610",
         "Kyselina chlorovodíková 10 % na skúšanie vápnitosti pôdy, 6 x 1 l", "UA", 8.4, 6, 30, "EUR",
         "gardeners test soil for lime with a few drops of 10 % hydrochloric acid, which weighs 1.05 kg/l; these six "
         "litres weigh 1.40 kg/l, give off brown fumes when opened, stain the skin yellow and dissolve a copper "
         "wire: about 65 % nitric acid (Annex I above 3 %), brought in a parcel van from Uzhhorod for a private "
         "person near Michalovce; Slovak wording (nitric acid repeats in many sets; a soil-lime test acid is new as "
         "far as a search found)", person("Súkromná osoba", "SK")),
        ("PRE-04", "import", "NLPOST01", "post", "ID", [], "NL", "283330",
         "Tawas (aluin) untuk fiksasi warna batik, 5 x 1 kg", "ID", 5, 5, 25, "USD",
         "batik makers fix natural dyes with tawas, potash alum, clear astringent crystals that swell and foam "
         "quietly when heated; this fine white powder flares violently on a hot plate, and the inner bags give CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), posted from Yogyakarta to a private person in Leiden; "
         "Indonesian wording (potassium chlorate repeats in many sets, once as a wool mordant; a batik-alum cover is "
         "new as far as a search found)", person("Particulier", "NL")),
        ("PRE-05", "import", "DEAIR01", "express", "IN", [], "DE", "250900",
         "सफेद रंगोली पाउडर, त्योहार के लिए, 10 x 1 किग्रा", "IN", 10, 10, 40, "USD",
         "white rangoli powder is ground chalk or marble dust, soft and dull; this is a fine, glittering crystalline "
         "powder that flares violently on a hot plate, and the inner bags give CAS 7778-74-7: potassium perchlorate "
         "(Annex I above 40 %), sent by express from Sivakasi, India's fireworks town, to a private person in "
         "Frankfurt before no festival; Hindi wording (potassium perchlorate repeats in many sets; a rangoli cover "
         "is new as far as a search found)", person("Privatperson", "DE")),
        ("PRE-06", "import", "PLROAD01", "road", "UA", [], "PL", "250100",
         "Сіль-лизунець для диких тварин, 10 х 5 кг", "UA", 50, 10, 30, "EUR",
         "salt licks for deer are pressed blocks of rock salt, grey and hard; these bags hold loose colourless "
         "crystals under an oxidiser pictogram, and the inner labels give CAS 7775-09-9: sodium chlorate (Annex I "
         "above 40 %), for a private hunter near Zamość, in a parcel van through Hrebenne; Ukrainian wording "
         "(sodium chlorate repeats in many sets, also under salt names such as dishwasher salt; a game salt-lick "
         "cover is new as far as a search found)", person("Osoba prywatna", "PL")),
        ("PRE-07", "import", "FIAIR01", "express", "JP", [], "FI", "382499",
         "刃物ロゴ電解マーキング用電解質塩 4 x 1 kg", "JP", 4, 4, 9000, "JPY",
         "knifemakers mark blades with a stencil and a pad soaked in a few per cent of salt or sodium nitrate; these "
         "four kilograms of white crystals run to a puddle in damp air, flare on a hot plate and give CAS 7601-89-0: "
         "sodium perchlorate (Annex I above 40 %), for a private knifemaker in Kauhava; Japanese wording (sodium "
         "perchlorate repeats, as dehumidifier refills, cigar-humidor crystals and rock-tumbler polish; a "
         "blade-marking electrolyte is new as far as a search found)", person("Yksityishenkilö", "FI")),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "310430",
         "Sulfat de potasiu pentru vița-de-vie, 40 saci x 25 kg", "MD", 1000, 40, 520, "EUR",
         "potassium sulphate carries no nitrogen, dissolves slowly and leaves water as it was; these white prills "
         "dissolve at once and chill the water, melt and fizz on a hot plate, and a bag seam reads 'N 34,4 %': "
         "ammonium nitrate (Annex I at 16 % N or more), for a private vine grower near Iași, by van across the Prut "
         "at Sculeni; Moldovan Romanian wording (ammonium nitrate repeats in many sets; potassium sulphate hid "
         "potassium perchlorate twice; ammonium nitrate under it, from Moldova, is new as far as a search found)",
         person("Persoană fizică", "RO")),
        ("PRE-09", "import", "SEAIR01", "express", "US", [], "SE", "320290",
         "Garvsyra för hemgarvning av hjortskinn, 4 x 1 gallon", "US", 27.9, 4, 80, "USD",
         "home tanning kits for deer hides use a citric or an alum pickle, sold as powder; these four gallons are "
         "water-clear and oily, weigh 1.84 kg/l, char paper and get hot with water: about 96 % sulphuric acid (Annex "
         "I above 15 %), flown undeclared as a dangerous good to a private hunter in Jämtland; Swedish wording "
         "(sulphuric acid repeats; a hide-tanning acid is new as far as a search found)",
         person("Privatperson", "SE")),
        ("PRE-10", "import", "BEAIR01", "express", "US", [], "BE", "381400",
         "Airbrush-reiniger, oplosmiddel, 4 x 1 quart", "US", 4.3, 4, 40, "USD",
         "airbrush cleaners are water, glycol and a little ammonia or isopropanol at about 1.0 kg/l; these four "
         "quarts weigh 1.14 kg/l, smell fruity, do not mix with water and give CAS 75-52-5 on the inner labels: "
         "nitromethane (Annex I above 16 %), sent by express by a US hobby shop to a private model painter in "
         "Leuven, flown undeclared as a dangerous good; Flemish wording (nitromethane repeats in many sets, and an "
         "airbrush propellant appears once among ozone rows; an airbrush-cleaner cover is new as far as a search "
         "found)", person("Particulier", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "SN", "100590",
         "Maïs grain pour l'alimentation animale, big bags, 24 t", "FR", 24000, None, 2400, "EUR",
         "feed maize is yellow and dusty; these kernels are dyed pink and blue, coated and smell of solvent: "
         "seed maize left unsold after two seasons by a cooperative in the Landes, dressed with insecticide and "
         "fungicide, which no animal may eat, sold at 0.10 EUR/kg to a Dakar poultry-feed trader: discarded "
         "agrochemical-treated seed (02 01 08*), hazardous waste whose export to a non-OECD country is banned; "
         "French wording (obsolete pesticides and their containers repeat; treated seed as feed maize is new as "
         "far as a search found)", {"importer_country": "SN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "IN", "850640",
         "Pile a bottone all'ossido d'argento, per riutilizzo, fusti, 3 t", "IT", 3000, None, 9000, "EUR",
         "silver-oxide cells for resale come sealed on blister cards; these drums hold three tonnes of loose, "
         "used button cells of every kind emptied from the collection boxes of watchmakers and pharmacies across "
         "Lombardy, many swollen, among them old mercury-oxide and zinc-air cells with mercury: waste batteries "
         "containing mercury (16 06 03*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Mumbai silver recoverer; Italian wording (batteries repeat in many forms; used button cells are new as "
         "far as a search found)", {"importer_country": "IN"}),
        ("WST-03", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "392510",
         "Used IBC tanks 1,000 l, rinsed, for reuse, 400 pcs", "GB", 24000, 400, 6000, "GBP",
         "rinsed IBCs for reuse are washed, pressure-tested and certified; these 400 tanks from chemical and "
         "agrochemical users in the English Midlands, in transit at Antwerp for a Lagos reseller who sells them "
         "for water and palm-oil storage, still hold litres of solvent, herbicide and amine residues, with their "
         "hazard labels on: packaging containing residues of hazardous substances (15 01 10*), hazardous waste "
         "that may not be shipped from the United Kingdom to a non-OECD country, and whose transit through the "
         "Union needs notification and consent, never sought; British English wording (unrinsed drums appear "
         "once; IBCs in transit through Antwerp are new as far as a search found)", {"importer_country": "NG"}),
        ("WST-04", "export", "HURAIL01", "rail", "HU", [], "RS", "251710",
         "Zúzott bazalt, vasúti ágyazathoz, 60 t", "HU", 60000, None, 600, "EUR",
         "new railway ballast is clean, sharp, grey basalt; these wagons hold old, rounded ballast dug out of a "
         "1970s line near Szeged, black with oil drips and fines, tested with herbicide residues and "
         "PAH: track ballast containing hazardous substances (17 05 07*), hazardous waste whose export to a "
         "non-OECD country is banned, sold at 10 EUR/t to a Subotica 'construction' firm; Hungarian wording "
         "(dug-out track ballast appears twice, with Czech and Polish wording: this repeats the waste "
         "knowingly, with a new cover, new basalt ballast, a new route, Hungary to Serbia by rail, and new wording)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "PK", "845811",
         "Gebrauchte CNC-Drehmaschinen, betriebsbereit, 6 Stück", "DE", 24000, 6, 36000, "EUR",
         "a used-machinery container from a closed Swabian plant to a Sialkot workshop whose third line, 'power "
         "factor correction capacitors, used', is 80 steel cans of the 1970s labelled 'Clophen': capacitors "
         "containing PCBs (16 02 10*), hazardous waste whose export to a non-OECD country is banned and which must be "
         "destroyed (POPs Regulation); German wording (PCB equipment repeats in many rows; PCB capacitors as one "
         "line of a machine-tool container to Pakistan are new as far as a search found)",
         {"importer_country": "PK",
          "_more_items": [item("846229", "Gebrauchte Abkantpresse, 1 Stück", "DE", 8000, 9000, "EUR", qty=1),
                          item("853210", "Leistungskondensatoren für Blindstromkompensation, gebraucht, 80 Stück", "DE", 2400, 400, "EUR", qty=80)]}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "320649",
         "Pigment czarny do farb i betonu, worki 25 kg, 8 t", "PL", 8000, 320, 800, "EUR",
         "carbon-black and iron-oxide pigments are one colour and one grade; this powder is grey-black with "
         "specks of red, yellow and blue, smells of plastic when heated and holds shreds of cartridge foam: waste "
         "toner swept out of a Łódź cartridge-remanufacturing plant (08 03 17*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Lviv 'paving-block' maker at 0.10 EUR/kg; Polish wording (waste toner "
         "repeats once, as recovered pigment to China; the road to Ukraine and the paving cover are new as far as "
         "a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "680710",
         "Μεμβράνες στεγάνωσης ασφαλτικές, αποκόμματα για επαναχρησιμοποίηση, 20 t", "GR", 20000, None, 1000, "EUR",
         "bitumen membrane offcuts are clean, sanded rolls from a factory; these are brittle black sheets torn "
         "from the flat roofs of 1960s Athens apartment blocks, with gravel and mortar, that smell of naphthalene "
         "and give a high PAH test: coal-tar roofing felt (17 03 03*), hazardous waste whose export to a non-OECD "
         "country is banned, for an Alexandria 'waterproofing' contractor; Greek wording (coal-tar road planings "
         "repeat; tarred roofing felt is new as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "701790",
         "Glasrohre für Kunsthandwerk, gebraucht, 1.200 Stück", "AT", 1800, 1200, 600, "EUR",
         "glass tubing for lampworkers comes new and straight in bundles; these are bent, lettered tubes with "
         "electrodes at both ends, taken from Viennese shop signs, the blue and white ones holding mercury, many "
         "broken in the crates: discarded neon signs with mercury (20 01 21*, 16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, for a Novi Sad 'sign workshop'; Austrian German wording (mercury "
         "lamps repeat in many forms, crushed neon-lamp glass once; whole dismantled neon signs are new as far as "
         "a search found)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "GH", "690220",
         "Gebruikte vuurvaste stenen, geschikt voor pizzaovens, 18 t", "BE", 18000, None, 900, "EUR",
         "reclaimed firebricks for pizza ovens are pale fireclay; these are green-black bricks glazed with glass, "
         "from the rebuilt melting furnace of a Walloon container-glass plant, the chrome-bearing ones stained "
         "yellow: spent refractory linings containing hazardous substances (16 11 03*, chromium VI), hazardous "
         "waste whose export to a non-OECD country is banned, sold to a Tema builders' merchant; Flemish wording "
         "(refractories from aluminium potlines repeat, and magnesia-chrome kiln bricks appear once; glass-furnace "
         "linings as pizza-oven firebricks are new as far as a search found)", {"importer_country": "GH"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "IN", "281119",
         "Hexafluorkiezelzuur 25 %, technisch, IBC, 22 t", "NL", 22000, 22, 2200, "EUR",
         "fluorosilicic acid for water fluoridation is a clear, colourless 20-25 % solution with a specification "
         "sheet; these IBCs hold a cloudy liquid with white silica sludge at the bottom, free hydrofluoric acid and "
         "ammonium bifluoride: the spent etching baths of a glass-frosting works near Tilburg (06 01 03*, waste "
         "hydrofluoric acid), hazardous waste whose export to a non-OECD country is banned, at a tenth of the "
         "product's price, for a Gujarat 'fluoride chemicals' trader; Dutch wording (hydrofluoric acid appears in "
         "strategic rows as a product; spent etching acid as fluorosilicic acid is new as far as a search found)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "731100",
         "Азотни бутилки 80 л, употребявани, за заваряване, 24 бр.", "TR", 2400, 24, 1200, "USD",
         "twenty-four cylinders taken out of the vault fire system of a closed Istanbul bank, bought by a Plovdiv "
         "'welding supplies' trader; nitrogen cylinders weigh their tare, but these hold about 50 kg each of a "
         "liquefied gas at some 14 bar, and a sample gives bromotrifluoromethane (halon 1301): halons and products "
         "containing them may not be imported outside the critical uses (Regulation 2024/590); Bulgarian wording "
         "(halon 1301 repeats, from data centres and ships; a bank-vault system as welding nitrogen is new as far "
         "as a search found)", {"importer_country": "BG"}),
        ("OZN-02", "import", "PTSEA01", "sea", "CN", [], "PT", "841869",
         "Máquinas de gelo em escama, 2 t/dia, R-404A, 8 unidades", "CN", 6400, 8, 56000, "USD",
         "eight flake-ice machines for a Peniche fish-processing firm; R-404A reads about 10 bar at 20 °C, these "
         "circuits about 9, and the rating plates under the stickers and a gas test give chlorodifluoromethane "
         "(HCFC-22), machines built for markets that may still use it: equipment relying on HCFCs may not be "
         "imported (Regulation 2024/590); Portuguese wording (HCFC-22 equipment under HFC labels repeats in many "
         "rows; flake-ice machines are new as far as a search found)",
         firm("Peniche Pescado Congelado Lda", "PT")),
        ("OZN-03", "import", "DKAIR01", "express", "US", [], "DK", "290369",
         "Iodmethan (methyljodid) 99 %, 10 x 500 g", "US", 5, 10, 900, "USD",
         "methyl iodide is a dense liquid that boils at 42 °C and ships in amber bottles; these ten steel lecture "
         "bottles hold a gas at about 2 bar at 20 °C, and the supplier's certificate inside the box gives "
         "bromomethane: methyl bromide, a controlled substance whose import needs a licence even for laboratory "
         "use (Regulation 2024/590), for an Aarhus chemistry start-up holding none; Danish wording (methyl bromide "
         "repeats in about thirty rows, once as chloromethane; the methyl iodide cover is new as far as a search "
         "found)", firm("Aros Synthesis ApS", "DK")),
        ("OZN-04", "export", "DESEA01", "sea", "DE", [], "EG", "290379",
         "Kältemittel HCFO-1233zd(E) für Turbokaltwassersätze, Fässer 250 kg, 16 Stück", "DE", 4000, 16, 12000, "EUR",
         "sixteen drums recovered when the centrifugal chillers of a Frankfurt office tower were converted, "
         "'for reuse' by a Cairo chiller-service firm; HCFO-1233zd boils at 18 °C, this liquid at 28 °C, and a "
         "sample gives 2,2-dichloro-1,1,1-trifluoroethane (HCFC-123): controlled substances may not be exported, "
         "and recovered HCFCs must be destroyed or reclaimed in the Union (Regulation 2024/590); German wording "
         "(HCFO-1233zd once hid CFC-11 on import; HCFC-123 exported under its label is new as far as a search "
         "found)", {"importer_country": "EG"}),
        ("OZN-05", "import", "GRSEA01", "sea", "TR", [], "GR", "841720",
         "Φούρνοι αρτοποιίας με δάπεδο, καινούργιοι, 4 τεμ.", "TR", 6000, 4, 40000, "EUR",
         "a bakery fit-out container from Konya for a Larissa bakery chain whose third line, six 'R-404A' "
         "retarder-proofer cabinets, carries plates and a gas test that give chlorodifluoromethane (HCFC-22): "
         "equipment relying on HCFCs may not be imported (Regulation 2024/590); Greek wording (HCFC-22 equipment "
         "repeats, once as one line of a hotel fit-out (blind60); retarder-provers in a bakery container from "
         "Türkiye are new as far as a search found)",
         {"importer_name": "Fournoi Thessalias AE", "consignee_name": "Fournoi Thessalias AE", "importer_country": "GR",
          "_more_items": [item("843810", "Ζυμωτήρια σπιράλ, 4 τεμ.", "TR", 1600, 9000, "EUR", qty=4),
                          item("841869", "Θάλαμοι ελεγχόμενης ζύμωσης R-404A, 6 τεμ.", "TR", 2100, 24000, "EUR", qty=6)]}),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "391721",
         "Tubi preisolati per teleriscaldamento, schiuma PUR espansa con ciclopentano, 2 400 m", "CN", 26000, None,
         62000, "USD",
         "pre-insulated district-heating pipes for a Brescia utility contractor, declared as foamed with "
         "cyclopentane; the foam of the cut samples gives off 1,1-dichloro-1-fluoroethane (HCFC-141b) when "
         "crushed and heated, and the factory still foams with it for markets that allow it: products containing "
         "HCFCs may not be imported (Regulation 2024/590); Italian wording (HCFC-141b repeats in about forty rows, "
         "mostly as pre-blended polyols and solvents; foam of pre-insulated pipes is new as far as a search found)",
         firm("Teleriscaldamento Lombardo Impianti Srl", "IT")),
        ("OZN-07", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "290342",
         "Разладно средство R-32, цилиндри за еднократна употреба 9 кг, 900 парчиња", "CN", 8100, 900, 27000, "USD",
         "a container landed at Thessaloniki and declared in transit by road to a Skopje refrigeration "
         "wholesaler; R-32 reads about 14.7 bar at 20 °C and burns, these cylinders read about 9 bar and the gas "
         "does not burn: a sample gives chlorodifluoromethane (HCFC-22), which may not pass through the Union "
         "without a licence, transit included (Regulation 2024/590); Macedonian wording (HCFC-22 under HFC labels "
         "repeats in many rows, through Koper once; R-32 labels through Thessaloniki to North Macedonia are new as "
         "far as a search found)", {"importer_country": "MK"}),
        ("OZN-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "842410",
         "Gaśnice samochodowe FE-36, 1 kg, 3 000 szt.", "CN", 3600, 3000, 15000, "USD",
         "car extinguishers filled with FE-36 (HFC-236fa) read about 2.3 bar at 20 °C; these read about 2.5 bar, "
         "and a sample gives bromochlorodifluoromethane (halon 1211): products containing halons may not be "
         "imported (Regulation 2024/590), consolidated for a Warsaw car-accessories wholesaler in a China-Europe "
         "rail train through Małaszewicze; Polish wording (halon 1211 repeats, as a car fire spray by post in "
         "blind60, and FE-36 extinguishers appear in F-gas rows; halon 1211 under an FE-36 label by rail is new as "
         "far as a search found)", firm("Auto-Akcesoria Mazowsze Sp. z o.o.", "PL")),
        ("OZN-09", "export", "BESEA01", "sea", "BE", [], "NG", "841840",
         "Congélateurs de laboratoire -80 °C, d'occasion, révisés, 14 unités", "BE", 4200, 14, 7000, "EUR",
         "fourteen 1990s ultra-low-temperature freezers from a Leuven university clearance, sold 'for reuse' to an "
         "Ibadan laboratory supplier; their cascade plates read R-22 for the high stage and R-503 for the low "
         "stage, and R-503 is a blend of HFC-23 with chlorotrifluoromethane (CFC-13): the export of products and "
         "equipment containing or relying on CFCs and HCFCs is banned (Regulation 2024/590); Belgian French wording "
         "(R-22 equipment exported whole repeats, and R-503 appears once as refrigerant cylinders for laboratory "
         "freezers; used cascade freezers exported whole are new as far as a search found)",
         {"importer_country": "NG"}),
        ("OZN-10", "import", "NLPOST01", "post", "CN", [], "NL", "853190",
         "Navulling voor supportershoorn, 300 ml, 24 stuks", "CN", 7.2, 24, 40, "USD",
         "air-horn refills sold in the Union are propane, butane or HFO; these 24 cans, posted to a private "
         "supporter in Eindhoven before a final, hold a gas that a laboratory sample gives as "
         "1-chloro-1,1-difluoroethane (HCFC-142b): products containing HCFCs may not be imported (Regulation "
         "2024/590), and gas cans may not go by post; Dutch wording (air horns appear with HFC-134a; HCFC-142b "
         "refills are new as far as a search found)", person("Particulier", "NL")),
    ],
    "cultural": [
        ("CUL-01", "export", "LTAIR01", "express", "LT", [], "US", "442090",
         "Medinė liaudies skulptūra, nauja, rankų darbo, 1 vnt.", "LT", 4, 1, 60, "EUR",
         "a new folk carving would be pale and sharp; this 45 cm seated figure of Christ resting his head on his "
         "hand, its polychromy flaking, grey with weather and insect holes, with nail holes where it was fixed, is "
         "a rūpintojėlis (the Pensive Christ) of the 19th century taken from a wayside shrine in Samogitia, entered "
         "in the register of cultural property, sent by express to a US buyer: Lithuania forbids the export of "
         "registered cultural property and requires an export certificate for old art objects, none sought; "
         "Lithuanian wording (a rūpintojėlis is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-02", "import", "NLAIR01", "air", "NG", [], "NL", "442090",
         "Carved wooden figures, new Igbo craft, 4 pcs", "NG", 28, 4, 120, "USD",
         "new carvings for the market are raw wood or shoe-polished; these four horned seated figures holding a "
         "knife and a tusk are crusted with blood, chalk and palm oil, worn smooth where they were held and split "
         "at the base: ikenga, personal shrines of Igbo men taken from family shrines in Anambra, flown to an "
         "Amsterdam dealer: Nigeria forbids the export of antiquities without a permit of its National Commission "
         "for Museums and Monuments, and cultural goods removed illegally may not be brought into the Union "
         "(Regulation 2019/880); Nigerian English wording (Igbo-Ukwu bronzes appear once; ikenga are new as far as "
         "a search found)", {"importer_country": "NL"}),
        ("CUL-03", "export", "ITSEA01", "sea", "IT", [], "US", "691200",
         "Vasi da farmacia in ceramica, decorativi, stile antico, 6 pezzi", "IT", 18, 6, 300, "EUR",
         "reproduction pharmacy jars are bright and even; these six waisted albarelli in blue and ochre maiolica "
         "with drug names in Gothic letters, crazed, chipped and with old inventory numbers painted on the base, "
         "are 16th-century jars from the pharmacy of a former hospital in Umbria, inventoried as public property, "
         "shipped in a household container to a Texas collector: cultural goods of public bodies are inalienable "
         "and may not be exported, and their export would need an Italian certificate and a Union licence "
         "(Regulation 116/2009), none sought; Italian wording (Italian antiquities repeat; majolica albarelli are "
         "new as far as a search found)", {"importer_country": "US"}),
        ("CUL-04", "export", "PLSEA01", "sea", "PL", [], "US", "441899",
         "Deski sosnowe z rozbiórki, malowane, 60 szt.", "PL", 900, 60, 600, "EUR",
         "reclaimed painted boards are sold for rustic interiors; these sixty boards are painted with stars, "
         "saints and vine scrolls in tempera, numbered on the back, with an inscription dated 1683: the painted "
         "ceiling of a wooden church in the Lesser Poland highlands, taken down during a 'renovation' and shipped "
         "from Gdynia to a Chicago dealer: elements of a dismembered religious monument need an export licence at "
         "any value (Regulation 116/2009), and Poland forbids their export; Polish wording (a Spanish artesonado "
         "ceiling appears once; a Polish wooden-church ceiling is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "830629",
         "仿古铜器摆件，新制，20件", "CN", 12, 20, 200, "USD",
         "new bronze ornaments have a painted patina that rubs off; these twenty L-shaped bronze mechanisms with a "
         "trigger, a sear and a notch, with green-blue crust, cuprite and grave soil in the joints, are crossbow "
         "trigger mechanisms of the Warring States and Han periods (4th century BC - 2nd century AD) dug from "
         "tombs, in an e-commerce rail groupage to a Duisburg 'antique-style décor' seller: China forbids the "
         "export of such cultural relics, and archaeological objects over 250 years need an EU import licence "
         "(Regulation 2019/880); Chinese wording (Chinese antiquities repeat; crossbow triggers are new as far as a "
         "search found)", {"importer_country": "DE"}),
        ("CUL-06", "import", "FRSEA01", "sea", "MA", [], "FR", "940360",
         "Tables basses en cèdre sculpté, artisanat, 40 pièces", "MA", 1600, 40, 4000, "EUR",
         "a Moroccan craft container for a Marseille shop whose last line, 'carved stone slabs, decoration', is "
         "two flat slabs of dark sandstone with pecked outlines of elephants, a rhinoceros and a rider, with desert "
         "varnish over the engravings and fresh saw cuts on three sides: rock engravings cut from a Saharan site in "
         "the Drâa valley, which Morocco protects and forbids to export, and cultural goods removed illegally may "
         "not be brought into the Union (Regulation 2019/880); French wording (rock engravings from Algeria and "
         "the Sahara appear in two development rows: this repeats the goods knowingly, with a new route, Morocco "
         "to Marseille, a new cover as one line of a craft container, and new wording)",
         {"importer_name": "Comptoir du Souk SARL", "consignee_name": "Comptoir du Souk SARL", "importer_country": "FR",
          "_more_items": [item("570242", "Tapis berbères tissés, 30 pièces", "MA", 900, 3000, "EUR", qty=30),
                          item("680299", "Plaques de pierre sculptées, décoration, 2 pièces", "MA", 260, 150, "EUR", qty=2)]}),
        ("CUL-07", "import", "ATPOST01", "post", "EG", [], "AT", "691390",
         "قوارير فخارية صغيرة، هدايا تذكارية، ٦ قطع", "EG", 1.5, 6, 30, "USD",
         "souvenir flasks from Cairo bazaars are new, bright and machine-smooth; these six small, flat, round "
         "flasks of buff clay with two handles, stamped on both faces with a saint standing between two kneeling "
         "camels, worn, with earth inside the necks, are pilgrim ampullae of St Menas (5th-7th century) from Abu "
         "Mena, a world-heritage site west of Alexandria, posted to a private person in Graz: Egypt forbids the "
         "export of antiquities (Law 117 of 1983), and archaeological objects over 250 years need an EU import "
         "licence (Regulation 2019/880); Egyptian Arabic wording (Egyptian antiquities repeat, as ushabtis and "
         "cartonnage; Menas ampullae are new as far as a search found)", person("Frau S. Huber", "AT")),
        ("CUL-08", "export", "SKROAD01", "road", "SK", [], "UA", "442199",
         "Staré drevené dosky, maľované, dekorácia, 2 ks", "SK", 14, 2, 80, "EUR",
         "two tempera panels on limewood, gilded ground, a saint in each, with worm holes, old iron hinges and "
         "losses at the edges: the wings of a late-Gothic winged altar from a church in Spiš, taken out during "
         "'repairs' and driven through Vyšné Nemecké for a dealer in Uzhhorod: paintings over 50 years from a "
         "religious monument need an export licence at any value when they are parts of a dismembered monument "
         "(Regulation 116/2009), and Slovakia forbids their export; Slovak wording (gilded altarpiece panels "
         "appear as lawful twins in blind11; Spiš altar wings exported to Ukraine are new as far as a search "
         "found)", {"importer_country": "UA"}),
        ("CUL-09", "import", "NLAIR01", "express", "IQ", [], "NL", "780600",
         "Lead fishing weights, rolled, handmade, 15 pcs", "IQ", 0.9, 15, 25, "USD",
         "rolled fishing weights are plain lead strips; these fifteen small tubes of thin lead sheet, grey-white "
         "with corrosion, unroll to show lines of script scratched with a stylus: Mandaic incantation rolls "
         "(roughly 3rd-7th century) from looted sites in southern Iraq, amulets of the Mandaean community, sent by "
         "express from Basra to a private buyer: Iraq forbids the export of antiquities, cultural goods removed "
         "from Iraq since 1990 may not be brought into the Union (Regulation 1210/2003), and they need an EU import "
         "licence (Regulation 2019/880); Iraqi English wording (Iraqi antiquities and incantation bowls repeat; "
         "Mandaic lead rolls are new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "ESAIR01", "air", "GT", [], "ES", "491191",
         "Estampa religiosa decorativa, reproducción, 1 pieza", "GT", 1.5, 1, 40, "USD",
         "a reproduction is printed on new paper; this is an oil painting on copper of the Virgin of the Rosary, "
         "its varnish cracked, with a parish inventory number and wax drips on the back: a colonial devotional "
         "painting of the 17th century from a church in the Verapaz highlands, stolen and flown to a Madrid "
         "dealer: Guatemala owns and forbids the export of its colonial heritage, and cultural goods removed "
         "illegally may not be brought into the Union (Regulation 2019/880); Guatemalan Spanish wording (Maya "
         "jade and vessels repeat; a colonial painting on copper is new as far as a search found)",
         {"importer_country": "ES"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", ["BY", "RU"], "KZ", "550210",
         "Celiuliozės acetato gija tekstilei, ryšuliai, 18 t", "LT", 18000, None, 90000, "EUR",
         "textile acetate yarn comes wound on bobbins; these bales of crimped cellulose-acetate tow, 3.0 denier "
         "per filament, are the raw material of cigarette filters, consigned to an Almaty 'textile' firm but "
         "unloaded at Grodno, where the tobacco factory is the only user of such tow in the region: goods used for "
         "the production of tobacco products may not be sold or supplied to Belarus (Regulation "
         "765/2006); Lithuanian wording (Belarus repeats in many rows, as potash, plywood and machine tools; filter tow "
         "for Belarusian cigarettes is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AM", "841370",
         "Milchpumpen für Käsereien, Edelstahl, 6 Stück", "DE", 900, 6, 42000, "EUR",
         "dairy pumps are open stainless centrifugal pumps costing a few thousand euros; these six seal-less "
         "magnetic-drive pumps with PTFE-lined casings and silicon-carbide bearings, at 7,000 EUR each, are "
         "corrosion-resistant chemical pumps (dual-use 2B350.i), consigned to a Yerevan 'dairy' trader whose "
         "previous orders went on to Tabriz: their export needs a licence, and to Iran it is restricted (Regulation "
         "267/2012); German wording (magnetic-drive pumps appear twice, as pool and fountain pumps; the dairy cover "
         "and the route through Armenia are new as far as a search found)", {"importer_country": "AM"}),
        ("STR-03", "export", "ATAIR01", "express", "AT", [], "KG", "903180",
         "Neigungssensoren für Solar-Nachführsysteme, 40 Stück", "AT", 18, 40, 96000, "EUR",
         "tilt sensors for solar trackers are inclinometers costing under 100 EUR; these sixty sealed units with "
         "three-axis fibre-optic gyroscopes and accelerometers, at 1,600 EUR each, are inertial measurement units "
         "of the kind that guide drones and loitering munitions, sent by express to a Bishkek 'solar' firm with no "
         "solar park, for Russia: goods of the common high-priority list may not be sold for use in Russia, and the "
         "contract lacks the no-Russia clause (Regulation 833/2014); Austrian German wording (gyroscopes and "
         "navigation goods to Russia through Central Asia repeat, MEMS inertial units once as car navigation "
         "sensors; a solar-tracker cover is new as far as a search found)", {"importer_country": "KG"}),
        ("STR-04", "import", "NLSEA01", "sea", "MY", [], "NL", "440723",
         "Kayu jati gergajian, hutan tanaman Perhutani, kering tanur, 24 m3", "ID", 16000, None, 72000, "USD",
         "Javanese plantation teak from Perhutani is pale, with wide growth rings and its own legality documents; "
         "these boards are golden-brown, dense, oily and narrow-ringed, cut from old-growth logs with the hammer "
         "marks of the Myanma Timber Enterprise on some ends, and the Indonesian papers were bought in Port "
         "Klang: Burmese teak sold by a state enterprise listed under the Union's Myanmar measures, to which no "
         "funds may be made available (Regulation 401/2013), for a Dutch yacht-decking firm; Indonesian wording "
         "(Myanmar teak appears once, as plantation teak sawn in Taiwan: this repeats the goods knowingly, "
         "with new papers, Indonesian Perhutani ones, a new route, Port Klang to Rotterdam, and new wording)",
         firm("Jachtdek Hollandia BV", "NL")),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "TR", "854511",
         "Elettrodi di grafite UHP per forni ad arco, Ø 600 mm, 120 t", "IT", 120000, None, 540000, "EUR",
         "ultra-high-power graphite electrodes for a Turkish 'steel trading' company in Mersin, which has no "
         "arc furnace; the packing list and the container bookings continue from Mersin to Bandar Abbas, for an "
         "Iranian steel mill: graphite and semi-finished metals may not be sold, supplied or transferred to Iran "
         "or for use in Iran (Regulation 267/2012, as re-applied in 2025), and the Turkish consignee is a "
         "front; Italian wording (isostatic graphite to Iran appears once, as a dual-use good; arc-furnace "
         "electrodes through Türkiye are new as far as a search found)", {"importer_country": "TR"}),
        ("STR-06", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "900580",
         "Spektive für Vogelbeobachtung, 120 Stück", "AT", 240, 120, 36000, "EUR",
         "birdwatching spotting scopes are 60-100 mm telescopes with a tripod foot; these 120 instruments from an "
         "Austrian maker are riflescopes with illuminated reticles, ballistic turrets and a 30 mm tube, declared "
         "at 300 EUR apiece (a fifth of their price), for a Tbilisi 'nature tourism' shop whose buyer collects "
         "them in Vladikavkaz: telescopic sights for fitting to arms are common high-priority items that may not "
         "be sold for use in Russia (Regulation 833/2014), and the contract lacks the no-Russia clause; Austrian "
         "German wording (thermal riflescopes to Kazakhstan appear in a development row; optical riflescopes as "
         "spotting scopes through the Caucasus are new as far as a search found)", {"importer_country": "GE"}),
        ("STR-07", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "842720",
         "Wózki widłowe spalinowe, używane, 5 t, 40 szt.", "PL", 240000, 40, 480000, "EUR",
         "forty used 5 t diesel forklift trucks bought from Polish rental fleets and loaded on flat wagons at "
         "Małaszewicze for an Almaty 'equipment dealer' founded last year, whose address is a flat and whose "
         "earlier wagons were unloaded in Moscow: fork-lift trucks are among the industrial goods that may not be "
         "sold or supplied to Russia or Belarus, directly or indirectly (Regulations 833/2014 and "
         "765/2006), and the goods cross both on their way; Polish wording (forklifts appear only as waste; "
         "re-export of machinery to Russia through Kazakhstan repeats as CNC parts and encoders; used forklifts "
         "by rail are new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-08", "transit", "DEAIR01", "air", "US", ["DE"], "AE", "843149",
         "Borehole inspection cameras for water wells, 4 sets", "US", 1400, 4, 1600000, "USD",
         "water-well cameras are small video probes on a cable reel costing a few thousand dollars; these four "
         "sets, at 400,000 USD each, are logging-while-drilling tools with neutron and resistivity sensors rated "
         "for 175 °C and 25,000 psi, in transit at Frankfurt for a Dubai oilfield-services trader whose contract "
         "names a drilling contractor of the Iranian national oil company: key equipment for oil and gas "
         "exploration may not be sold, supplied or transferred for use in Iran (Regulation 267/2012), transit "
         "included; US English wording (oil and gas equipment to Russia repeats, and logging tools appear once, "
         "as downhole gauges; logging tools as borehole cameras for Iran are new as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "import", "PLROAD01", "road", "UA", [], "PL", "441875",
         "Дошка паркетна дубова, 1 200 м²", "UA", 14000, None, 26000, "EUR",
         "Ukrainian oak parquet carries the mill's marks and a Ukrainian timber-origin document; these boards have "
         "the stamps of a Gomel woodworking plant on their backs, and the log tally names Belarusian forest "
         "districts: Belarusian wood products, whose import is banned (Regulation 765/2006), routed through "
         "Volyn with a Ukrainian certificate of origin, for a Lublin flooring shop; Ukrainian wording (Belarusian "
         "and Russian wood repeats, as birch plywood, pellets and, once, Russian oak parquet as Kazakh; Belarusian "
         "parquet through Ukraine is new as far as a search found)", firm("Parkiety Lubelskie Sp. z o.o.", "PL")),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "GN", "250100",
         "Sel de régénération pour adoucisseurs d'eau, pastilles, 20 t", "BE", 20000, None, 48000, "EUR",
         "water-softener salt is sodium chloride at about 0.3 EUR/kg; these white briquettes at 2.4 EUR/kg, "
         "packed in steel drums under a 'keep dry' label, with bitter-almond odour when wet, are sodium cyanide "
         "(dual-use 1C350, a chemical weapons precursor), for a Conakry trader who supplies small gold mines: "
         "their export needs a licence (Regulation 2021/821), not sought; Belgian French wording (sodium cyanide "
         "appears in earlier rows, to Sudan and North Korea, and softener salt hid sodium chlorate twice; sodium "
         "cyanide as softener salt to Guinea is new as far as a search found)",
         {"importer_country": "GN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "CN", [], "NL", "030199",
         "活鲶鱼，养殖，食用，20 条", "CN", 160, 20, 2400, "USD",
         "live catfish for restaurants travel in oxygenated water bags at a few dollars a kilo; these twenty "
         "animals of up to 10 kg in wet boxes have flat, wrinkled brown skin, tiny eyes, four legs and no barbels: "
         "Chinese giant salamanders (Andrias davidianus, CITES App. I), farmed or wild, for a Rotterdam "
         "restaurant supplier without permits, and App. I animals may not be imported for commercial purposes; "
         "Chinese wording (a giant salamander appears once, as aquarium fish; live food 'catfish' for a restaurant "
         "supplier are new as far as a search found)",
         firm("Oosterhaven Verse Vis BV", "NL")),
        ("WLF-02", "import", "BEAIR01", "air", "TZ", [], "BE", "010639",
         "Marabou storks (Leptoptilos crumenifer), captive-bred, 2", "TZ", 12, 2, 3000, "USD",
         "marabous have a long straight bill, a bare pink head and a throat pouch; these two grey, "
         "long-legged birds have a huge, broad, shoe-shaped bill with a hook: young shoebills (Balaeniceps rex, "
         "CITES App. II), taken from the nest in the swamps of western Tanzania, for a private bird park in "
         "Wallonia without an export permit; Tanzanian English wording (shoebills are new as far as a search "
         "found)", firm("Parc Ornithologique des Fagnes SA", "BE")),
        ("WLF-03", "import", "DESEA01", "sea", "TZ", [], "DE", "440399",
         "Australian sandalwood logs (Santalum spicatum), plantation, 12 t", "AU", 12000, None, 36000, "USD",
         "Australian sandalwood comes from Western Australia with its state licences; these logs shipped from "
         "Dar es Salaam, with heavy, oily, yellow-brown heartwood and a smell of sandalwood, are East African "
         "sandalwood (Osyris lanceolata, CITES App. II, Tanzanian and Kenyan populations) cut illegally for the "
         "perfume trade, for a Hamburg essential-oil distiller; Tanzanian English wording (East African "
         "sandalwood appears in about three rows; an Australian-origin cover shipped from Tanzania is new as far "
         "as a search found)", firm("Hanse Ätherische Öle GmbH", "DE")),
        ("WLF-04", "export", "FISEA01", "sea", "FI", [], "CN", "430110",
         "Minkinnahkoja, huutokauppaerä, 4 000 kpl", "FI", 900, 4000, 120000, "EUR",
         "a fur-auction lot for a Hong Kong-owned dresser in Zhangjiagang whose third line, '40 muskrat skins', "
         "holds forty large, dense brown pelts with a thick tapering tail, webbed feet and a broad flat head: "
         "Eurasian otters (Lutra lutra, CITES App. I, EU Annex A), from animals caught in fish farms and trapped, "
         "without an export permit; Finnish wording (otters are new as far as a search found; fur covers repeat)",
         {"importer_country": "CN",
          "_more_items": [item("430160", "Ketunnahkoja, 600 kpl", "FI", 450, 60000, "EUR", qty=600),
                          item("430180", "Piisaminnahkoja, 40 kpl", "FI", 30, 400, "EUR", qty=40)]}),
        ("WLF-05", "transit", "BEAIR01", "express", "ZA", ["BE"], "VN", "392690",
         "Resin replica claws and teeth, craft supplies, 4 kg", "ZA", 4, 600, 120, "USD",
         "resin replicas are light, even and show mould seams; these 600 pieces are heavy, ringed and hollow at the "
         "base, the claws with keratin sheaths and the canines with root canals and cracks: lion claws and teeth "
         "(Panthera leo, CITES App. II), in transit at Liège in express boxes from Johannesburg to Hanoi without "
         "the CITES export permit they need; South African English wording (lion bones and "
         "skeletons repeat, in transit at Schiphol among others; claws and teeth as resin replicas through Liège "
         "are new as far as a search found)", {"importer_country": "VN"}),
        ("WLF-06", "import", "ESSEA01", "sea", "CI", [], "ES", "440729",
         "Sciages de sipo (Entandrophragma utile), séchés, 30 m3", "CI", 18000, None, 21000, "EUR",
         "sipo is purplish-brown, cedar-scented and stripy when quartered; these boards are reddish-brown with "
         "interlocked grain, a fine figure and no scent, and the end-grain key gives African mahogany (Khaya, "
         "CITES App. II since 2023) cut without an export permit, for a Valencia joinery; Ivorian French wording "
         "(Khaya appears as a cover for Peruvian mahogany and once under a sapele name; Khaya under a sipo name "
         "is new as far as a search found)", firm("Carpintería Levante SL", "ES")),
        ("WLF-07", "import", "ROROAD01", "road", "UA", [], "RO", "030489",
         "File de somn congelat, 400 kg", "UA", 400, None, 2400, "EUR",
         "catfish fillets are white, soft and scaleless; these thick, pinkish-white fillets with yellow fat, some "
         "still with the rows of bony plates along the flanks, are beluga sturgeon (Huso huso, CITES App. II), "
         "poached in the Danube delta, where the commercial export quota for wild sturgeon is zero, brought by "
         "refrigerated van from Izmail through Isaccea for a Tulcea restaurant supplier; Romanian wording "
         "(sturgeon repeats as caviar, often under salmon roe; sturgeon meat as catfish fillets is new as far as a "
         "search found)", firm("Delta Pește Proaspăt SRL", "RO")),
        ("WLF-08", "import", "NLPOST01", "post", "LS", [], "NL", "060290",
         "Aloe 'Spiral' seedlings, nursery-raised, 10 pcs", "LS", 3, 10, 60, "USD",
         "nursery seedlings come in plugs of peat; these ten bare-rooted plants, 20 cm across, with grey-green "
         "leaves in a tight five-ranked spiral, old leaf bases and mountain soil on the roots, are wild-dug spiral "
         "aloes (Aloe polyphylla, CITES App. I) from the Maloti mountains of Lesotho, posted to a private collector "
         "in Utrecht without permits; Lesotho English wording (Aloe repeats, as Madagascan aloes under aloe vera "
         "and Aloe ferox extract; the spiral aloe is new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("WLF-09", "import", "ITAIR01", "air", "VN", [], "IT", "121190",
         "Cẩu tích thái lát, dược liệu, 200 kg", "VN", 200, None, 1600, "USD",
         "a medicinal consignment for a Milan herbal wholesaler declared as sliced rhizome; the slices, brown with a "
         "golden woolly fringe of hairs, are of the golden chicken fern (Cibotium barometz, CITES App. II), dug in "
         "the wild in northern Vietnam without an export permit; Vietnamese wording (Cibotium appears twice; by "
         "air from Vietnam under its own Vietnamese drug name it is new as far as a search found)",
         firm("Erboristeria Lombarda Srl", "IT")),
        ("WLF-10", "import", "PTSEA01", "sea", "BR", [], "PT", "440729",
         "Deck de cumaru-rosa, aparelhado, 21 x 145 mm, 30 m3", "BR", 30000, None, 45000, "EUR",
         "'cumaru-rosa' is a trade name, not a wood; these boards are olive-brown with yellow lapacho powder in "
         "the pores that stains water bright yellow: ipê (Handroanthus, CITES App. II since 2024), from the Pará "
         "frontier, without an export permit, for a Porto decking importer; Brazilian Portuguese wording (ipê "
         "repeats, as garapa and massaranduba; a cumaru-rosa trade-name cover to Portugal is new as far as a "
         "search found)", firm("Decks do Norte Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "GB", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user", "GB", 22.6, 4, 70, "GBP",
     [("PRECURSOR_LICENCE", "AT-BMI-36-0142")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SKROAD01", "road", "UA", "SK", "280800",
     "Nitric acid 65 %, 6 x 1 l, for a licensed private user", "UA", 8.4, 6, 30, "EUR",
     [("PRECURSOR_LICENCE", "SK-MV-36-0058")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "850640",
     "Waste button cells containing mercury (16 06 03*), for recovery at a licensed plant, 2 t", "CH",
     2000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-UBA-36-0271")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "853210",
     "Capacitors containing PCBs (16 02 10*), for destruction at a licensed incinerator, 3 t", "CH",
     3000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-MTE-36-0305")], "notified PCB waste to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "DKAIR01", "express", "US", "DK", "290361",
     "Methyl bromide 99.5 %, 2 lecture bottles, 1 kg, for a licensed laboratory use", "US", 1, 2, 600, "USD",
     [("ODS_LICENCE", "DK-MST-ODS-36-002")], "controlled substance imported for a laboratory use under licence"),
    ("PRM-06", "ozone", "import", "BGROAD01", "road", "TR", "BG", "290376",
     "Halon 1301 recovered from a decommissioned vault system, 24 cylinders, 1,200 kg, for destruction", "TR",
     1200, 24, 0, "EUR",
     [("ODS_LICENCE", "BG-MOEW-ODS-36-004")], "recovered halon imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970610",
     "Maiolica albarello, Deruta, c. 1540, from a private collection documented since 1962", "IT", 3, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-36-0388")], "an antique exported with its licence"),
    ("PRM-08", "cultural", "export", "LTAIR01", "express", "LT", "US", "970310",
     "Rūpintojėlis, carved wooden figure, c. 1910, from a private collection", "LT", 4, 1, 6000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "LT-KPD-36-0044")], "a folk sculpture exported with its certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "841370",
     "Magnetic-drive pumps, PTFE-lined, 6, for a named fluorochemicals plant", "DE", 900, 6, 42000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-36-1187"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-36-0219")],
     "dual-use pumps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "GH", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for a named gold mine", "BE", 20000, None, 48000, "EUR",
     [("EXPORT_LICENCE", "BE-FOD-36-0431"), ("END_USER_CERTIFICATE", "GH-MINCOM-EUC-36-0075")],
     "a listed chemical exported under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "CI", "ES", "440729",
     "African mahogany (Khaya ivorensis) sawn timber, 20 m3, for joinery", "CI", 12000, None, 16000, "EUR",
     [("CITES_PERMIT", "CI-MINEF-36-0163")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "LS", "NL", "060290",
     "Aloe polyphylla, artificially propagated, 40 seedlings, for a botanic garden", "LS", 6, 40, 400, "USD",
     [("CITES_PERMIT", "LS-MTEC-36-0008")], "artificially propagated App. I plants with their certificate"),
]

CONSIGNEES = {
    "PRM-01": "Frau S. Huber", "PRM-02": "Ján Horváth", "PRM-04": "Trédi Destruction SAS",
    "PRM-05": "Aros Synthesis ApS", "PRM-09": "Gujarat Fluorochem Ltd", "PRM-12": "Hortus Botanicus Utrecht",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("382499", "Hoof dressing, pine-tar based, 1 l", "import", ["express"], ["GB"], (10, 20), (1, 3), ["GBP"], 1, S),
    ("382499", "Tattoo stencil transfer lotion, 120 ml", "import", ["post"], ["TH", "US"], (30, 60), (1, 2), ["USD"], 8, S),
    ("283330", "Potash alum crystals (tawas) for batik, 1 kg", "import", ["post"], ["ID"], (5, 10), (1, 3), ["USD"], 1, S),
    ("250900", "Rangoli colour powders, chalk based, sets", "import", ["express"], ["IN"], (8, 15), (1, 3), ["USD"], 2, S),
    ("250100", "Rock-salt licks for deer, pressed blocks 5 kg", "import", ["road"], ["UA"], (0.3, 0.6), (5000, 15000), ["EUR"], 0.2, S),
    ("382499", "Electro-etching marking electrolyte, saline, 250 ml", "import", ["express"], ["JP", "US"], (30, 60), (1, 2), ["USD"], 4, S),
    ("310430", "Potassium sulphate fertiliser, granular, 25 kg bags", "import", ["road"], ["MD", "UA"], (0.5, 0.8), (15000, 24000), ["EUR"], None, S),
    ("320290", "Hide tanning kit, citric pickle and tanning oil", "import", ["express"], ["US"], (15, 30), (1, 3), ["USD"], 1, S),
    ("190190", "Liquid malt extract for home brewing, 1.5 kg", "import", ["express"], ["US", "GB"], (6, 12), (2, 4), ["USD", "GBP"], 0.7, S),
    ("843239", "Seed drills for maize, new", "export", ["sea"], ["SN", "CI"], (6, 10), (3000, 8000), ["EUR"], 0.0008, S),
    ("392510", "New IBC tanks 1,000 l, food grade", "export", ["sea"], ["NG", "GH"], (2, 3.5), (6000, 14000), ["EUR"], 0.02, S),
    ("251710", "Crushed basalt railway ballast, new", "export", ["rail"], ["RS"], (0.02, 0.04), (50000, 60000), ["EUR"], None, S),
    ("320649", "Iron-oxide pigment, black, for concrete, 25 kg bags", "export", ["road"], ["UA"], (0.8, 1.4), (8000, 20000), ["EUR"], None, S),
    ("680710", "Bitumen waterproofing membranes, new, rolls", "export", ["sea"], ["EG", "TN"], (0.8, 1.4), (15000, 22000), ["EUR"], 0.03, S),
    ("690290", "Fireclay firebricks for pizza ovens, new", "export", ["sea"], ["GH", "SN"], (0.4, 0.7), (10000, 18000), ["EUR"], 0.3, S),
    ("281119", "Fluorosilicic acid 25 % for water fluoridation", "export", ["sea"], ["IN", "EG"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("841869", "Flake-ice machines, R-290, new", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.001, S),
    ("290369", "Methyl iodide 99 %, 100 g, for laboratories", "import", ["express"], ["US", "GB"], (100, 200), (1, 2), ["USD", "GBP"], 5, S),
    ("391721", "Pre-insulated district-heating pipes, cyclopentane-blown foam", "import", ["sea"], ["CN", "TR"], (2, 3.5), (10000, 24000), ["USD", "EUR"], None, S),
    ("841720", "Deck bakery ovens, new", "import", ["sea"], ["TR"], (6, 10), (3000, 8000), ["EUR"], 0.002, S),
    ("842410", "Car fire extinguishers, ABC powder, 1 kg", "import", ["rail"], ["CN"], (3, 5), (3000, 8000), ["USD"], 0.8, S),
    ("841840", "Laboratory -80 °C freezers, R-290/R-170, new", "export", ["sea"], ["NG", "GH"], (8, 14), (2000, 6000), ["EUR"], 0.003, S),
    ("853180", "Fans' air horns, hand-pump, without gas", "import", ["post"], ["CN"], (10, 20), (1, 2), ["USD"], 4, S),
    ("442090", "Carved wooden figures, new Lithuanian folk craft", "export", ["express"], ["US"], (20, 40), (1, 3), ["EUR"], 0.5, S),
    ("442090", "Carved wooden figures, new Nigerian craft", "import", ["air"], ["NG"], (4, 8), (100, 400), ["USD"], 0.3, S),
    ("691200", "Majolica pharmacy-jar reproductions, Deruta", "export", ["sea"], ["US"], (10, 20), (500, 2000), ["EUR"], 0.4, S),
    ("442199", "Painted wooden wall panels, new, folk style", "export", ["sea"], ["US", "CA"], (6, 12), (1000, 3000), ["EUR"], 0.2, S),
    ("940360", "Carved cedar coffee tables, new Moroccan craft", "import", ["sea"], ["MA"], (3, 6), (1000, 4000), ["EUR"], 0.05, S),
    ("691390", "Clay souvenir flasks, new Egyptian craft", "import", ["post"], ["EG"], (8, 15), (1, 3), ["USD"], 4, S),
    ("491191", "Devotional prints, framed, new", "import", ["air"], ["GT", "MX"], (8, 15), (100, 400), ["USD"], 1, S),
    ("940360", "Teak garden furniture, plantation-grown, FSC", "import", ["sea"], ["ID"], (4, 7), (3000, 8000), ["USD"], 0.05, S),
    ("900580", "Spotting scopes for birdwatching, 80 mm", "export", ["express"], ["CH", "NO"], (300, 600), (1, 3), ["EUR"], 0.5, S),
    ("841370", "Stainless dairy pumps, centrifugal, new", "export", ["air"], ["AM", "GE"], (20, 40), (200, 800), ["EUR"], 0.02, S),
    ("903180", "Inclinometers for solar trackers", "export", ["express"], ["CH", "NO"], (100, 200), (1, 3), ["EUR"], 2, S),
    ("854511", "Graphite electrodes for arc furnaces, UHP", "export", ["sea"], ["TR", "IN"], (3, 5), (20000, 26000), ["EUR"], None, S),
    ("852589", "Borehole inspection cameras for water wells", "export", ["express"], ["CH", "NO"], (150, 300), (2, 4), ["EUR"], 0.3, S),
    ("441899", "Laminated sipo window scantlings, finger-jointed", "import", ["sea"], ["CI", "CM"], (1.5, 2.5), (10000, 18000), ["EUR"], None, S),
    ("330129", "Australian sandalwood oil (Santalum spicatum), 100 ml", "import", ["express"], ["AU"], (300, 600), (1, 2), ["AUD", "USD"], 5, S),
    ("392690", "Resin replica animal claws and teeth, craft supplies", "import", ["post"], ["US", "CN"], (20, 40), (1, 2), ["USD"], 150, S),
    ("440922", "Garapa decking (Apuleia leiocarpa), profiled, kiln-dried", "import", ["sea"], ["BR"], (1.2, 1.8), (20000, 26000), ["EUR"], None, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind60), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows, three of blind58's, two of blind60's and four rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["road"], ["TR", "RS"], (0.8, 1.3), (8000, 16000), ["EUR"], None, N),
        ("960330", "Artists' paint brushes, sets", "import", ["post", "express"], ["CN", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 10, N),
        ("961700", "Vacuum flasks, insulated, retail boxed", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 2, N),
        ("420212", "Suitcases, hard-shell polycarbonate", "import", ["sea"], ["CN", "VN"], (6, 10), (3000, 8000), ["USD"], 0.25, N),
        ("940490", "Pillows, polyester-filled", "import", ["sea"], ["CN", "PK"], (3, 5), (2000, 6000), ["USD"], 1, N),
        ("482110", "Printed paper labels, self-adhesive", "import", ["road"], ["TR", "GB"], (4, 8), (1000, 4000), ["EUR", "GBP"], None, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind61", 20360501, HERE)


if __name__ == "__main__":
    main()
