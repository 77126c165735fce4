#!/usr/bin/env python3
"""Writes the two-hundred-and-eighteenth blind set (tests/risk/data/blind218-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 July - 26 August 2062, with goods, routes, languages and disguise families found,
where possible, in none of the earlier sets, and with an emphasis on a kind of trade rather than a
region: glass, ceramics and stone (glassworks and glass recyclers, potteries and tile factories,
stone quarries and monument masons, kiln and refractory suppliers, enamel and glaze makers).
Written by a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged into
its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants,
firearms parts) are left out of the ordinary table. Disguised rows carry a consignee name
only where a real declaration would. Ids are BL218-*:

    python3 tests/risk/data/make_blind218_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "GB", [], "IE", "250100",
         "Halen gwydro ar gyfer odyn halen (kiln salt for salt glazing), bras, 4 x 1 kg", "GB", 4, 4, 24, "GBP",
         "salt for salt-glaze firing is coarse, grey-white rock salt that tastes plainly salty and crackles when "
         "thrown into a hot kiln; these four bags hold clear, tasteless, cool-tasting crystals that draw damp, do not "
         "taste of salt, flare yellow with sugar on a hot plate and whose inner liners read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %), posted from a Carmarthenshire pottery supplier to a private hobby potter in Cork who "
         "has no salt kiln; Welsh wording (sodium chlorate repeats in many sets under salt labels; a salt-glazing "
         "kiln-salt label was found in no earlier row by a keyword search)", person("Ms Aoife Murphy", "IE")),
        ("PRE-02", "import", "FRPOST01", "post", "MA", [], "FR", "283919",
         "سيليكات الصوديوم السائلة لتسييل طين الصب (défloculant), 3 قنينات 1 لتر", "MA", 3.6, 3, 180, "MAD",
         "the liquid sodium silicate slip-casters use to deflocculate casting slip is a syrupy, slippery, strongly "
         "alkaline liquid of 1.38-1.50 kg/l sold in small bottles; these three bottles have vented caps and hold a "
         "water-thin liquid of 1.20 kg/l that fizzes on the skin, whitens it and bleaches the carton where it wept: "
         "about 50 % hydrogen peroxide (Annex I above 12 %), posted from a Safi pottery-supply stall to a private "
         "person in Lyon; Moroccan Arabic wording (hydrogen peroxide repeats in many sets, and a water-glass label "
         "once, for beam impregnation in blind205; a slip-casting deflocculant label was found in no earlier row by a "
         "keyword search)", person("Mme Claire Martin", "FR")),
        ("PRE-03", "import", "PTAIR01", "air", "BR", [], "PT", "340590",
         "Cristalizador para mármore e granito, vitrificador líquido, frasco 1 litro, 360 frascos", "BR", 500, 360,
         2160, "BRL",
         "a marble crystalliser is a milky, faintly acid fluorosilicate emulsion of about 1.1 kg/l that is sprayed on "
         "a floor and buffed with steel wool; these 360 bottles hold a clear-to-yellow liquid of 1.40 kg/l that fumes "
         "brown when opened, stains the skin yellow and dissolves a copper wire with brown gas: about 65 % nitric "
         "acid (Annex I above 3 %), flown from Vitória (Espírito Santo's stone district) for a Porto home-improvement "
         "web shop that sells single bottles to the public; Brazilian Portuguese wording (nitric acid repeats in many "
         "sets; a marble-crystalliser label was found in no earlier row by a keyword search)",
         firm("Atlantic Casa e Pedra Lda", "PT")),
        ("PRE-04", "import", "DEAIR01", "express", "KR", [], "DE", "391231",
         "도자기 유약 접착제 (CMC 유약 바인더), 액상, 500 ml x 4병", "KR", 3.7, 4, 60000, "KRW",
         "a CMC glaze binder is a thick, clear, slimy gum solution of water and carboxymethylcellulose, 1.01 kg/l, "
         "that strings between the fingers; these four bottles are oily rather than slimy, weigh 1.84 kg/l, char a "
         "paper towel black, grow hot with a drop of water and eat the label glue: about 96 % sulphuric acid "
         "(Annex I above 15 %), sent by express from an Icheon ceramics-supply shop to a private hobby potter in "
         "Kassel, although corrosive liquids travel by express only as declared dangerous goods; Korean wording "
         "(sulphuric acid repeats in many sets; a glaze-binder label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "ROSEA01", "sea", "GE", [], "RO", "690919",
         "ფაიფურის საპრიალებელი ბურთულები ქვების საპრიალებელი დოლისთვის, 3 მმ, 1 კგ შეკვრა, 2 000 შეკვრა",
         "GE", 2000, 2000, 3000, "USD",
         "porcelain tumbling media for hobby rock tumblers are hard, dense (2.4 g/cm3), glazed white balls that "
         "click like marbles, sink and never dissolve; these 2,000 packs hold lighter, dull white prills of 2-3 mm "
         "that squash under a thumbnail, dissolve in water with a sharp chill, test at 34 % N and melt and fume on a "
         "hot plate: ammonium nitrate (Annex I at 16 % N or more) in 1 kg retail packs for a Constanța hobby and "
         "lapidary web shop that sells them to the public, by sea from Poti; Georgian wording (ammonium nitrate "
         "repeats in many sets, and grave-chippings, perlite and expanded-glass labels in a few, expanded glass in "
         "blind189; ceramic tumbling media appear once, as waste in blind196; a tumbling-media label on ammonium "
         "nitrate was found in no earlier row by a keyword search)", firm("Delta Hobby Lapidar SRL", "RO")),
        ("PRE-06", "import", "ATPOST01", "post", "CH", [], "AT", "283421",
         "Kaliumnitrat-Härtesalz für das chemische Vorspannen von Glas (Ionenaustausch), 3 x 1 kg", "CH", 3, 3, 75,
         "CHF",
         "the potassium nitrate lampworkers and glass artists melt at 400-450 °C to chemically toughen small glass "
         "pieces by ion exchange is a white, cool-tasting, slightly bitter crystal that colours a flame lilac and "
         "merely melts on a hot plate; these three bags hold glossy, tasteless plates that spit violet sparks and "
         "flare on a hot plate, and the inner liners carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), "
         "posted from a Swiss glass-art supplier to a private person in Innsbruck; Swiss German wording (potassium "
         "chlorate repeats in many sets, and saltpetre and hardening-salt labels on other goods in a few; a "
         "glass-toughening ion-exchange salt was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "FRAIR01", "express", "CA", [], "FR", "283630",
         "Bicarbonate de soude pour cuisson à la soude (soda firing), céramique, 4 x 1 kg", "CA", 4, 4, 48, "CAD",
         "the sodium bicarbonate soda-firing potters spray into a hot kiln is a fine, dull, soapy-tasting white powder "
         "that fizzes at once in vinegar; these four bags hold glassy crystals that draw damp and run to a puddle "
         "overnight, do not fizz with acid, and burn fiercely with sugar, and the re-used inner liners read 'NaClO4': "
         "sodium perchlorate (Annex I above 40 %), sent by express from a Montréal pottery-supply house to a private "
         "person in Limoges; Québec French wording (sodium perchlorate repeats in many sets, and soda and sodium-"
         "carbonate labels on other goods in many; a soda-firing label was found in no earlier row by a keyword "
         "search)", person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "DEPOST01", "post", "JP", [], "DE", "381400",
         "上絵付け用 金液・ラスター溶剤 (ラスターエッセンス), 100 ml x 10本", "JP", 1.4, 10, 9000, "JPY",
         "lustre essence for overglaze gold and lustres is an oily, lavender- and resin-smelling solvent of about "
         "0.9 kg/l that floats on water; these ten bottles hold a water-clear liquid of 1.14 kg/l with a faint fruity "
         "smell that sinks, half mixes with water and burns with a pale flame: nitromethane (Annex I above 16 %), "
         "posted from a Kyoto porcelain-painting supplier to a private porcelain painter in Selb, although flammable "
         "liquids may not go by post; Japanese wording (nitromethane repeats in many sets and thinner labels in a few; "
         "a lustre-essence label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-09", "import", "DKPOST01", "post", "TH", [], "DK", "283691",
         "ลิเธียมคาร์บอเนต เกรดเซรามิก สำหรับเคลือบ (lithium carbonate), 3 x 1 กก.", "TH", 3, 3, 1500, "THB",
         "ceramic lithium carbonate is a light, fluffy, fine white powder that barely dissolves and reddens a flame "
         "crimson; these three bags are small for a kilogram, hold dense, gritty white crystals that flame violet, "
         "not crimson, and burn fiercely mixed with sugar, with 'KClO4' pencilled on the inner liners: potassium "
         "perchlorate (Annex I above 40 %), posted from a Lampang celadon-glaze supplier to a private person in "
         "Aarhus; Thai wording (potassium perchlorate repeats in many sets under glaze-material labels, zircon "
         "opacifier (blind95) and kiln wash (blind60) among them; a lithium-carbonate label was found in no earlier "
         "row by a keyword search)", person("Privatperson", "DK")),
        ("PRE-10", "import", "SEPOST01", "post", "NO", [], "SE", "340290",
         "Flekkfjerner for naturstein og gravstein, organiske flekker, maks 12 % peroksid, 3 x 1 l", "NO", 3.6, 3, 450,
         "NOK",
         "a stone stain remover for lichen and organic stains on headstones is a diluted peroxide gel or liquid of "
         "about 1.03 kg/l that monument masons sell to the public; these three bottles have vented caps, weigh 1.13 "
         "kg/l, whiten and sting the skin at once and fizz fiercely on a cut, and a strip test reads above 30 %: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), posted from a Larvik monument mason to a private person "
         "in Göteborg tending a family grave; Norwegian wording (hydrogen peroxide repeats in many sets, stain-remover labels appear on other goods in several and a "
         "granite-headstone cleaner once, on nitric acid in blind60; a headstone stain remover on peroxide by "
         "post from Norway is the new part as far as a search found)", person("Mr L. Nilsson", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "DZ", "321519",
         "Tinta digital ceràmica per a impressores inkjet de rajoles, excedent de producció, bidons 20 l, 600 bidons",
         "ES", 12000, 600, 3600, "EUR",
         "surplus ceramic inkjet ink is sealed, in-date 5 l or 20 l cans of one colour with a batch number and a "
         "shelf life of months, worth over 10 EUR/kg; these cans are opened, mixed, settled and part-gelled, with "
         "pigment cake at the bottom, smell of glycol ethers and read cobalt, chromium, antimony and zirconium, "
         "flushed and drained from the digital decoration lines of Vila-real tile plants at 0.30 EUR/kg: waste ink "
         "containing hazardous substances (08 03 12*), hazardous waste whose export to a non-OECD country is "
         "banned, from Castelló to Oran for a 'tile maker'; Valencian (Catalan) wording (waste inks repeat in several "
         "sets as offset and printing inks, and a Castellón glaze sludge under a spray-dried-body label once, in "
         "blind156; ceramic inkjet ink was found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AO", "252921",
         "Fluorite (espatofluor) grau cerâmico, big bags, 22 t", "PT", 22000, None, 2200, "EUR",
         "ceramic-grade fluorspar is a pale, crystalline, heavy mineral powder of 97 % calcium fluoride; these bags "
         "hold a damp, grey-white, clayey cake with lime lumps that reads a few per cent lead and boron and smells of "
         "sulphur, dug out of the dry lime scrubbers of the tunnel kilns of an Aveiro tile plant: solid wastes from "
         "gas treatment containing dangerous substances (10 12 09*), hazardous waste whose export to a non-OECD "
         "country is banned, from Leixões to Luanda; Portuguese wording (fluorspar labels were found on a few earlier "
         "rows; kiln-scrubber residue as fluorspar is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "VN", "283311",
         "Sulfate de sodium anhydre, qualité verrerie, big bags, 24 t", "FR", 24000, None, 2400, "EUR",
         "glass-grade salt cake is a white, free-flowing, odourless powder of 99 % sodium sulphate; these bags hold a "
         "grey-beige, fluffy dust caked by damp, with filter-bag fibres, that reads selenium, lead and antimony, swept "
         "out of the electrostatic filters of the furnaces of a Pas-de-Calais tableware-glass works: solid wastes "
         "from glass-furnace flue-gas treatment containing dangerous substances (10 11 15*), hazardous waste whose "
         "export to a non-OECD country is banned, from Le Havre to Hai Phong for a 'detergent maker'; French wording "
         "(glass-furnace filter dust repeats once, from Murano as frit in blind163, and sodium-sulphate labels on "
         "other goods in several; as glass-grade salt cake to Viet Nam is the new part)", {"importer_country": "VN"}),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "841790",
         "Használt alagútkemence-kocsik, tűzálló felépítménnyel, újrafelhasználásra, 40 db", "HU", 36000, 40, 8000,
         "EUR",
         "second-hand tunnel-kiln cars sold for reuse are steel chassis with sound refractory decks; these 40 carry "
         "crumbling grey boards and white rope seals under the decks that show fibres under a lens and read chrysotile "
         "and amosite, from a closed brickworks near Pécs: construction and insulation materials containing asbestos "
         "(17 06 01*, 17 06 05*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a "
         "Novi Sad 'brick plant'; Hungarian wording (asbestos repeats in many sets; kiln cars were found in no earlier "
         "row by a keyword search)", {"importer_country": "RS"}),
        ("WST-05", "export", "GRROAD01", "road", "GR", [], "AL", "271019",
         "Υδραυλικό λάδι αναγεννημένο, για μηχανήματα λατομείου, βαρέλια 200 l, 80 βαρέλια", "GR", 14400, 80, 2400,
         "EUR",
         "regenerated hydraulic oil is a clear, amber oil in sealed new drums with a test certificate; these dented "
         "drums hold a black, watery emulsion with marble slurry at the bottom that smells of burnt oil and diesel, "
         "drained from the wire saws, loaders and hydraulic splitters of a Drama marble quarry: waste hydraulic and "
         "mineral oils (13 01 10*, 13 02 05*), hazardous waste whose export to a non-OECD country is banned, at "
         "Kakavia for a Gjirokastër 'quarry'; Greek wording (waste oil repeats in many sets; quarry-machine oil by "
         "road to Albania is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "EG", "320720",
         "Keramische Aufglasurfarben, Restposten, cadmiumfrei, Fässer, 6 t", "DE", 6000, None, 3000, "EUR",
         "surplus overglaze colours are sealed tins of fine, bright, even powders with a batch label; these drums hold "
         "swept-up, mixed, lumpy powders and screen-printing paste residues in red, orange and yellow that read "
         "cadmium, selenium and lead on a handheld analyser, from the decal workshop of a Selb porcelain works: waste "
         "glazes and colours containing heavy metals (10 12 11*, 08 02 01 family), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg to Alexandria for a 'tableware maker'; German wording (cadmium "
         "pigment waste repeats in several sets; porcelain-decal colour sweepings under a cadmium-free label are the "
         "new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-07", "export", "SISEA01", "sea", "SI", [], "GH", "847420",
         "Rabljeni kroglični mlini za emajl, 4 kos", "SI", 8000, 4, 6000, "EUR",
         "a used-equipment container from a Celje enamelware works for Tema: ball mills and a burner are what a "
         "closing enamel plant sells to African cookware makers, but the third item's 'rdeči železov oksid' is "
         "drummed, wet, brown-black, acid-smelling sludge with nickel and chromium from the pickling line of the "
         "enamel shop: sludges from metal pickling containing hazardous substances (11 01 09*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Koper; "
         "Slovenian wording (pickling sludge repeats in many sets and iron-oxide labels in a few; behind enamel mills "
         "to Ghana is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("841780", "Rabljen gorilnik za peč za žganje emajla, 1 kos", "SI", 3000, 2000, "EUR", qty=1),
                           item("282110", "Rdeči železov oksid, pigment, sodi, 12 t", "SI", 12000, 1200, "EUR")])),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "690220",
         "Dinasové cihly z demontáže sklářské vany, k opětovnému použití, 20 t", "CZ", 20000, None, 1000, "EUR",
         "reusable silica bricks are sound, cream-white, sharp-edged blocks; these are glazed, green-black, slagged "
         "crown and port bricks, heavy with condensates, that read several per cent lead and arsenic, knocked out of "
         "the furnace of a north-Bohemian lead-crystal works at its cold repair: linings and refractories from "
         "non-metallurgical processes containing hazardous substances (16 11 05*), hazardous waste whose export to a "
         "non-OECD country is banned, by road through Slovakia to an Uzhhorod 'glassworks'; Czech wording (spent "
         "refractories repeat in many sets; lead-crystal furnace silica bricks are the new part as far as a search "
         "found)", {"importer_country": "UA"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "320890",
         "Spiegelbeschermlak, overschotvoorraad, vaten 200 l, 60 vaten", "BE", 12000, 60, 3000, "EUR",
         "surplus mirror-backing paint comes in sealed, labelled drums within its shelf life; these drums are opened, "
         "skinned and part-cured, mixed with silvering-line sludge, smell of xylene and read lead and silver, from the "
         "closed silvering line of a Walloon mirror factory: waste paint and varnish containing organic solvents and "
         "heavy metals (08 01 11*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Lagos for a 'paint shop'; Flemish Dutch wording (waste paint repeats in several sets; mirror-backing paint "
         "was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "853949",
         "Lampy UV do utwardzania szkliw, drukarki inkjet do płytek, używane, sprawne, 1 200 szt.", "PL", 2400, 1200,
         2400, "EUR",
         "working used UV curing lamps are sold boxed singly with their hours logged; these are loose, blackened, "
         "end-of-life medium-pressure mercury tubes, some cracked, pulled from the inkjet decoration and curing lines "
         "of an Opoczno tile factory, with mercury droplets in the box corners: fluorescent tubes and other "
         "mercury-containing waste (20 01 21*), hazardous waste whose export to a non-OECD country is banned, at "
         "Dorohusk; Polish wording (mercury lamps repeat in many sets and a UV-curing-lamp label once, print-shop lamps as new spares "
         "in blind201; tile-printer lamps as working used lamps are the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "392111",
         "Seramik döşeme için XPS taşıyıcı levha, çimento kaplı, 12,5 mm, 3.600 adet", "TR", 9000, 3600, 21600, "EUR",
         "XPS tile-backer boards sold in the Union are blown with CO2 or hydrocarbons and their data sheet says so; "
         "the core of these boards hisses when cut under water, the bubbles give a sweet, ethereal gas that a leak "
         "detector reads as HCFC-142b and HCFC-22, and the board stamps carry no blowing-agent mark: products "
         "containing HCFCs, whose import into the Union is banned (Regulation 2024/590), on a lorry at Kapitan "
         "Andreevo for a Plovdiv tile wholesaler; Turkish wording (HCFC-blown XPS repeats in many sets; a "
         "tile-backer-board label was found in no earlier row by a keyword search)",
         firm("Vega Plochki EOOD", "BG")),
        ("OZN-02", "export", "FISEA01", "sea", "FI", [], "EG", "847529",
         "Käytetty lasinkarkaisulinja, tasokarkaisu, 1 kpl", "FI", 26000, 1, 60000, "EUR",
         "a used flat-glass tempering line for an Egyptian glass processor: the furnace and the cutting table are "
         "what such sales contain, but the third item's 'vedenjäähdytin, R-407C' is a 1996 water chiller whose plate, "
         "under a new sticker, reads 'R-22, 18 kg', with its charge still in it: equipment containing HCFCs, whose "
         "export from the Union is banned (Regulation 2024/590), hidden as the last item of a three-item declaration, "
         "from Kotka to Alexandria; Finnish wording (R-22 equipment for export repeats in many sets; a glass-tempering "
         "line was found in no earlier row by a keyword search)",
         dict({"importer_country": "EG"},
              _more_items=[item("846490", "Käytetty lasinleikkauspöytä, CNC, 1 kpl", "FI", 4000, 9000, "EUR", qty=1),
                           item("841869", "Vedenjäähdytin, R-407C, käytetty, 1 kpl", "FI", 1600, 1500, "EUR", qty=1)])),
        ("OZN-03", "import", "NLSEA01", "sea", "MY", [], "NL", "382499",
         "Agen pelepas acuan silikon untuk batu tiruan dan terrazzo, tin 5 l, 400 tin", "MY", 2600, 400, 6000, "USD",
         "a release agent for cast stone and terrazzo moulds is a wax or silicone emulsion in water, milky and about "
         "1.0 kg/l; these 400 cans hold a water-clear liquid of 1.24 kg/l that evaporates in seconds with a sweet, "
         "ether-like smell, does not burn and the drum labels inside the consignment read '141b': HCFC-141b in a "
         "preparation, whose import into the Union is banned, by sea from Port Klang to Rotterdam for a Tilburg "
         "cast-stone maker; Malay wording (HCFC-141b mould releases repeat in several sets; for cast stone and "
         "terrazzo is the new part as far as a search found)", firm("Central Kunststeen BV", "NL")),
        ("OZN-04", "import", "GRSEA01", "sea", "CN", [], "GR", "320890",
         "石材防护剂 (油性渗透型), 适用大理石花岗岩, 20 升桶, 300 桶", "CN", 9500, 300, 12000, "USD",
         "a solvent-based stone sealer is a fluoro-resin in white spirit or isoparaffin, light (0.8 kg/l), flammable "
         "and smelling of paraffin; these 300 drums weigh 1.59 kg/l, the liquid does not burn, smells sweet like "
         "chloroform and a wipe dissolves grease at once: carbon tetrachloride, whose import into the Union is "
         "banned outside licensed uses, by sea from Xiamen, the stone hub, to Piraeus for an Athens marble "
         "processor; Chinese wording (carbon tetrachloride repeats in many sets under solvent labels; a stone-sealer "
         "label was found in no earlier row by a keyword search)", firm("Orion Marmara AE", "GR")),
        ("OZN-05", "export", "LVRAIL01", "rail", "LV", ["RU", "KZ"], "UZ", "281290",
         "Sēra heksafluorīds (SF6) stikla paketēm, baloni 40 l, 30 gab.", "LV", 1800, 30, 9000, "EUR",
         "SF6 cylinders hold a dense gas (liquefied at about 21 bar) and carry an SF6 stencil; these 30 grey "
         "cylinders, re-stencilled, read 14 bar at 20 °C, and their old collars are stamped '1301' and 'CF3Br': "
         "halon 1301 taken out of the control-room fire system of a closed Valmiera glass-fibre plant, whose export "
         "from the Union is banned outside critical uses (Regulation 2024/590), on a train from Riga through Russia "
         "and Kazakhstan to a Tashkent 'double-glazing maker'; Latvian wording (halon 1301 repeats in many sets under gas-cylinder labels, SF6 labels among them (blind114, "
         "blind137), and once as krypton for double glazing (blind123); kept as a repeat family, a glass-fibre "
         "plant's control-room halon by rail to Uzbekistan is the new part)",
         {"importer_country": "UZ"}),
        ("OZN-06", "import", "DEAIR01", "air", "AZ", [], "DE", "381400",
         "Şəbəkə vitraj boyası üçün durulaşdırıcı, 1 litrlik şüşə, 120 ədəd", "AZ", 190, 120, 1200, "AZN",
         "the thinner Sheki şəbəkə masters mix their glass paints with is a light, turpentine-smelling spirit of "
         "about 0.86 kg/l that burns; these 120 bottles weigh 1.34 kg/l, do not burn, smell sweet like chloroform "
         "and boil at 74 °C, and the filler's inner labels read 'CH3CCl3': 1,1,1-trichloroethane, whose import into "
         "the Union is banned, flown from Baku to Frankfurt for a Hesse stained-glass studio that sells on to "
         "hobbyists; Azerbaijani wording (methyl chloroform repeats in many sets and glass-paint labels in two; a "
         "şəbəkə label was found in no earlier row by a keyword search)", firm("Rivage Glaskunst GmbH", "DE")),
        ("OZN-07", "import", "ATAIR01", "express", "US", [], "AT", "382499",
         "Flux remover, non-flammable, for copper-foil stained glass and Tiffany lamps, 4 x 16 oz", "US", 2.1, 4, 64,
         "USD",
         "a stained-glass flux remover is a mild, water-based or citrus-based cleaner of about 1.0 kg/l; these four "
         "cans hold a heavy (1.56 kg/l), non-flammable liquid that boils off in the hand with a faint sweet smell and "
         "the filler's drum sticker reads 'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is "
         "banned, sent by express from Ohio to a private Tiffany-lamp maker in Graz; US English wording (CFC-113 repeats in many sets under cleaner labels, and electronics flux-remover labels in several "
         "on CFCs and HCFCs; a stained-glass flux remover is the new part as far as a search found)", person("Frau S. Huber", "AT")),
        ("OZN-08", "export", "ITSEA01", "sea", "IT", [], "SN", "870410",
         "Dumper da cava usati, revisionati, cabina climatizzata, 3 pezzi", "IT", 96000, 3, 150000, "EUR",
         "reconditioned quarry dumpers for export have their cab air-conditioning converted to R-134a or removed; "
         "these three 1989-1991 rigid dumpers from a Carrara marble basin still carry their original cab units, whose "
         "plates and service valves read 'R-12', with the charge in them: products and equipment containing CFCs, "
         "whose export from the Union is banned (Regulation 2024/590), from La Spezia to Dakar for a basalt quarry; "
         "Italian wording (CFC-12 equipment for export repeats in several sets and mine dumpers once, with a halon "
         "fire-suppression system in blind183; quarry dumpers with CFC-12 cab units are the new part as far as "
         "a search found)", {"importer_country": "SN"}),
        ("OZN-09", "import", "SKROAD01", "road", "UA", [], "SK", "381400",
         "Розчинник для покривного лаку деколей (covercoat), каністри 10 л, 60 шт.", "UA", 900, 60, 1800, "EUR",
         "covercoat thinner for ceramic decals is a light, flammable, ketone- or ester-smelling solvent of about "
         "0.85 kg/l; these 60 cans weigh 1.49 kg/l, do not burn, evaporate with a sweet smell and the old drums they "
         "were filled from carry 'R-11': CFC-11 (trichlorofluoromethane), whose import into the Union is banned, in a "
         "van at Vyšné Nemecké for a Slovak porcelain-decal printer; Ukrainian wording (CFC-11 repeats in many sets; "
         "a decal-covercoat label was found in no earlier row by a keyword search)", firm("Delta Dekor s.r.o.", "SK")),
        ("OZN-10", "import", "NLSEA01", "sea", "IN", [], "NL", "291513",
         "ಎಥೈಲ್ ಫಾರ್ಮೇಟ್ ಧೂಮೀಕರಣ ಸಿಲಿಂಡರ್‌ಗಳು, ಗ್ರಾನೈಟ್ ಕ್ರೇಟ್‌ಗಳಿಗೆ, 40 ಸಿಲಿಂಡರ್", "IN", 2000, 40, 3200, "USD",
         "ethyl formate fumigant is a flammable, fruity-smelling liquid of 0.92 kg/l, usually supplied mixed with CO2; "
         "these 40 short cylinders are non-flammable, hold a liquid of 1.73 kg/l that gives a faint chloroform-like "
         "smell and whose shoulder stamps under the labels read 'CH3Br': methyl bromide, whose import into the Union "
         "is banned (no quarantine exemption remains), packed in the same container as Bangalore granite slabs for a "
         "Rotterdam fumigation contractor serving stone importers; Kannada wording (methyl bromide repeats in many sets, sulfuryl-fluoride labels in several and ethyl-formate labels "
         "in two (blind148, blind179); kept as a repeat, in a granite-slab container is the new part)", firm("Horizon Fumigatie BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "IN", [], "BE", "680291",
         "सफ़ेद मकराना संगमरमर की जैन तीर्थंकर मूर्ति, नई, हस्तनिर्मित, 1 नग", "IN", 140, 1, 900, "USD",
         "a new Makrana-marble Jain idol from a Jaipur workshop is sugar-white, crisp, machine-polished and carries "
         "a fresh inscription; this seated tirthankara is yellowed, with worn, soot-darkened features, a broken and "
         "re-joined hand, a lime-mortar fixing hole in the base and a Nagari dedicatory inscription dated 'samvat "
         "1241': a 12th-century temple image stolen from a Rajasthan temple, whose export India forbids without a "
         "licence, brought in without the importer statement Regulation 2019/880 requires, flown from Delhi to "
         "Brussels for an Antwerp dealer; Hindi wording (Indian temple images repeat in several sets; a new Jain "
         "marble-idol label was found in no earlier row by a keyword search)", firm("Orion Oriental Art SA", "BE")),
        ("CUL-02", "export", "SKROAD01", "road", "SK", ["AT", "DE"], "US", "691200",
         "Modranská majolika, ručne maľovaná, nová, džbány a taniere, 300 ks", "SK", 600, 300, 9000, "EUR",
         "a Modra pottery container for a Chicago Slovak-heritage shop: new hand-painted Modra majolica is what such "
         "shops buy, but the third item's 'staré džbány, reprodukcie' are six thick-walled, crazed faience jugs with "
         "pewter lids, white tin glaze and restrained blue, green and yellow flowers, dated 1641-1688: Habán "
         "(Anabaptist) faience from western Slovakia, cultural goods that leave the Union only with an export licence "
         "(Regulation 116/2009), hidden as the last item of a three-item declaration, by road to Bremerhaven; "
         "Slovak wording (Habán faience was found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("691390", "Modranská majolika, figúrky a kachle, nové, 120 ks", "SK", 180, 2400, "EUR", qty=120),
                           item("691200", "Staré džbány, reprodukcie, 6 ks", "SK", 24, 300, "EUR", qty=6)])),
        ("CUL-03", "export", "FRAIR01", "air", "FR", [], "US", "701690",
         "Vitraux au plomb, création d'atelier récente, style gothique, 3 panneaux", "FR", 45, 3, 1800, "EUR",
         "new Gothic-style panels from a stained-glass workshop are even, bright, machine-rolled glass in crisp, "
         "even leads; these three are of thick, wavy, bubbly pot-metal glass with grisaille painting worn away in "
         "places, corroded pitting on the outside face and old, repaired leads, with two saints under canopies: "
         "15th-century church glazing, cultural goods that leave the Union only with an export licence (Regulation "
         "116/2009), flown from Paris to a New York dealer; French wording (church stained glass repeats in a few "
         "sets, as salvage panels; a new-workshop Gothic-style label is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Eski mermer sütun başlığı, bahçe dekorasyonu, yıkım malzemesi, 1 adet", "TR", 380, 1, 600, "EUR",
         "reclaimed marble capitals from demolished houses are plain, 19th-century, machine-dressed pieces; this "
         "one is a Proconnesian-marble basket capital with drilled acanthus, a carved cross and sawn-off back, with "
         "church-floor mortar still on it: a 6th-century capital torn out of a church in the northern part of Cyprus, "
         "cultural property unlawfully removed, brought in without the import licence Regulation 2019/880 requires, "
         "on a lorry from Mersin through the Balkans to a Munich garden-antiques dealer; Turkish wording (column capitals repeat in a few sets, as reclaimed building stone from Syria in blind2 and under a "
         "new-made Tunisian capital label in blind172; a Cypriot church capital as demolition-yard garden "
         "salvage is the new part as far as a search found)", firm("Alpina Gartenantik GmbH", "DE")),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "US", "701399",
         "Vetri artistici di Murano, produzione contemporanea, coppe e bottiglie, 4 pezzi", "IT", 12, 4, 800, "EUR",
         "contemporary Murano art glass is thick, brilliantly coloured, signed on the base and machine-polished at "
         "the pontil; these four are thin, smoky, bubbly cristallo with diamond-point engraving, gilt and enamel "
         "bands worn away, ground pontil scars and old collection labels: Venetian Renaissance glass of the 16th "
         "century, cultural goods that leave the Union only with an export licence (Regulation 116/2009) and the "
         "Italian certificate, flown from Venice to a New York dealer; Italian wording (a Murano label covered Roman "
         "glass in blind171 and chandeliers in blind62; Renaissance glass for export was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-06", "import", "DEAIR01", "air", "KR", [], "DE", "691200",
         "옹기 장독, 전통 수제, 새 제품, 2점", "KR", 30, 2, 400000, "KRW",
         "new onggi jars are glossy, dark-brown, ash-glazed storage jars with finger-drawn decoration; these two are "
         "unglazed, grey, high-fired stoneware: a tall openwork pedestal stand with triangular cut-outs and a "
         "long-necked jar with ash drips and burial soil inside: Gaya stoneware of the 4th-6th century, which Korea "
         "forbids to export, brought in without the importer statement Regulation 2019/880 requires, flown from "
         "Incheon to a Frankfurt dealer; Korean wording (Korean ceramics repeat in several sets, as Goryeo celadon; "
         "Gaya stoneware as onggi was found in no earlier row by a keyword search)", firm("Central Asiatika GmbH", "DE")),
        ("CUL-07", "import", "FRAIR01", "express", "AE", [], "FR", "701399",
         "ظروف کریستال تراش‌خورده ایرانی، نو، ۳ عدد", "IR", 3, 3, 300, "USD",
         "new Iranian cut-crystal bowls are brilliant, colourless lead glass with sharp wheel-cut facets; these three "
         "are thick, honey-tinted hemispherical bowls with honeycomb facets worn round, iridescent weathering and "
         "soil in the cuts: Sasanian cut-glass bowls of the 5th-7th century, archaeological objects taken out of "
         "Iran, brought in without an import licence (Regulation 2019/880), sent by express from Dubai to a Paris "
         "dealer; Persian wording (Sasanian silver and incantation bowls repeat in several sets; Sasanian glass as "
         "modern cut crystal was found in no earlier row by a keyword search)", firm("Meridian Arts d'Orient SARL", "FR")),
        ("CUL-08", "import", "ITAIR01", "air", "EG", [], "IT", "680223",
         "ألواح تقديم من جرانيت أسوان، مصقولة، صناعة يدوية جديدة، 6 قطع", "SD", 70, 6, 180, "USD",
         "new Aswan-granite serving boards are flat, machine-polished, square-edged slabs of pink granite; one of "
         "these six is a grey sandstone slab with a spout, a worn relief of an altar table with loaves and libation "
         "jars and a line of cursive Meroitic text round the edge, with sand in the grooves: a Meroitic offering "
         "table of the 1st-3rd century from a Sudanese cemetery, cultural property unlawfully removed from Sudan, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Cairo to Milan for a "
         "dealer; Egyptian Arabic wording (Meroitic and Nubian objects repeat in several sets; a granite "
         "serving-board label was found in no earlier cultural row by a keyword search)",
         firm("Orion Antichità Srl", "IT")),
        ("CUL-09", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Cerámica de Chulucanas, artesanía nueva, vasijas negras, 8 piezas", "PE", 24, 8, 400, "USD",
         "new Chulucanas pottery is burnished, smoke-blackened with mango leaves, signed and sharply decorated with "
         "resist patterns; these eight are moulded, polished blackware stirrup-spout vessels with press-moulded "
         "monkeys and birds, worn spouts and desert soil inside: Chimú ceramics of the 11th-15th century, whose "
         "export Peru forbids, brought in without the importer statement Regulation 2019/880 requires, flown from "
         "Lima to a Madrid dealer; Peruvian Spanish wording (Peruvian ceramics repeat in many sets and Chulucanas labels in a few (blind76, and in multi-item "
         "rows of blind122 and blind124); kept as a repeat, Chimú blackware under it is the new part)", firm("Galería Meridiano SL", "ES")),
        ("CUL-10", "export", "BESEA01", "sea", "BE", [], "US", "680292",
         "Vasque de fontaine de jardin en pierre bleue, taille artisanale récente, 1 pièce", "BE", 900, 1, 1400, "EUR",
         "a new Belgian bluestone garden basin is sawn, bush-hammered grey-blue limestone with crisp tool marks; this "
         "is a square, dark, polished Tournai-stone bowl on a broken central shaft, with worn lions and arcading on "
         "its sides, a lead-lined drain hole and church-floor mortar on its foot: a 12th-century Romanesque "
         "baptismal font, cultural goods that leave the Union only with an export licence (Regulation 116/2009), by "
         "sea from Antwerp to a Houston garden-antiques dealer; Belgian French wording (garden-fountain labels on "
         "church fittings repeat in a few sets, blind190 among them; a Tournai font under a bluestone-basin label "
         "was found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "845611",
         "3D-Lasergravurmaschinen für Glaskristall-Souvenirs, 2 Stück", "DE", 900, 2, 38000, "EUR",
         "sub-surface engravers for crystal souvenirs carry a small diode-pumped laser of a few watts and cost a few "
         "thousand euros; these two carry 1 kW-class, picosecond-pulsed fibre lasers with beam-steering optics and "
         "water chillers, at 19,000 EUR each, for a Yerevan 'souvenir shop' whose forwarder's file names a Moscow "
         "buyer: high-power pulsed lasers under dual-use export control (6A005) and goods that may not be sold for "
         "use in Russia (Regulation 833/2014), flown from Frankfurt; German wording (high-power lasers as engraving equipment to Armenia repeat once, as a laser-engraver spare in "
         "blind38; kept as a repeat family, the 3D crystal-souvenir engraver is the new part)", {"importer_country": "AM"}),
        ("STR-02", "export", "HUROAD01", "road", "HU", [], "RS", "851420",
         "Indukciós üvegolvasztó kemence művészi üveghez, 1 db", "HU", 4800, 1, 140000, "EUR",
         "a studio glass-melting furnace is an open, brick-lined gas or electric pot furnace; this is a sealed, "
         "water-cooled vacuum chamber with an induction coil, a tilting crucible able to hold 30 kg of steel, a "
         "10^-3 Pa pumping stack and ingot moulds, for a Belgrade 'art-glass studio' that re-exports to Russia: a "
         "vacuum induction furnace (dual-use 2B226) exported without a licence and to a buyer for Russia "
         "(Regulation 833/2014), at Röszke; Hungarian wording (induction furnaces repeat in many sets; a glass-melting "
         "label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "690390",
         "Rulli ceramici per forni a rulli, ricambi per linea piastrelle, 600 pezzi", "IT", 4200, 600, 60000, "EUR",
         "a tile-plant spares container for Yazd: kiln rollers and glazing-line pumps are what Sassuolo suppliers "
         "ship to Iranian tile makers, but the third item's 'sensori di pressione per smaltatrice' are Monel-"
         "diaphragm capacitance manometers reading 0-1,000 Pa absolute with 0.2 % accuracy, useless on a glaze line: "
         "pressure transducers for uranium-enrichment plant (dual-use 2B230, listed for Iran by Regulation "
         "267/2012), hidden as the last item of a three-item declaration, from La Spezia through Jebel Ali; Italian "
         "wording (pressure transducers to Iran repeat in several sets; behind tile-kiln rollers is the new part as "
         "far as a search found)",
         dict({"importer_country": "IR"},
              _more_items=[item("841370", "Pompe a membrana per smalto, 40 pezzi", "IT", 800, 24000, "EUR", qty=40),
                           item("902620", "Sensori di pressione per smaltatrice, 24 pezzi", "IT", 36, 4800, "EUR", qty=24)])),
        ("STR-04", "export", "ESSEA01", "sea", "ES", ["GE", "AZ", "KZ"], "KG", "845650",
         "Máquina de corte por chorro de agua para piedra y cerámica, 5 ejes, 1 unidad", "ES", 9000, 1, 240000, "EUR",
         "a 5-axis water-jet for a stone and tile workshop in Bishkek: the machine is what it says, but its buyer is a "
         "Kyrgyz firm founded last year that buys for a Yekaterinburg aerospace supplier, and the machine, with a "
         "titanium-cutting kit and a 6,000 bar pump, costs more than any stone shop in Kyrgyzstan pays: a machine "
         "tool that may not be sold, directly or indirectly, for use in Russia (Regulation 833/2014, Annex XXIII), "
         "from Valencia via Poti; Spanish wording (machine tools via Kyrgyzstan repeat in many sets; a stone "
         "water-jet was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-05", "import", "BEAIR01", "air", "AE", [], "BE", "710510",
         "Synthetic diamond grit, saw grade, for stone-cutting segments, 40/50 mesh, 20,000 ct", "AE", 4, None, 6000,
         "USD",
         "saw-grade synthetic diamond grit is uniform, yellow, cubo-octahedral crystals of one size at a few cents a "
         "carat; this parcel holds irregular, colourless to brown natural crystals and fragments of mixed size that a "
         "synthetic-diamond tester reads as natural, with Yakutian sorting-house papers in the packing: industrial "
         "diamonds of Russian origin, whose import into the Union is banned (Regulation 833/2014, Article 3p), flown "
         "from Dubai to Antwerp; UAE English wording (Russian diamonds repeat in several sets; a saw-grade synthetic "
         "grit label was found in no earlier row by a keyword search)", firm("Nordhafen Diamond Tools BV", "BE")),
        ("STR-06", "transit", "DESEA01", "sea", "CN", ["DE", "PL"], "BY", "681519",
         "Графитовые инструменты и формы для стеклодувов (лопатки, блоки), 12 поддонов", "CN", 6000, None, 42000,
         "USD",
         "glassblowers' graphite paddles and blocks are small, turned pieces of soft, coarse graphite; these 12 "
         "pallets hold 400 mm cubes of fine-grained, isostatically pressed graphite of 1.85 g/cm3 with test "
         "certificates, no glassblowing tool among them: fine-grain graphite for rocket nozzles and re-entry parts "
         "(dual-use 1C107), landed at Hamburg in transit from Shanghai to a Minsk 'glassworks', although the Union "
         "prohibits the transit of such goods to Belarus (Regulation 765/2006); Russian wording (fine-grain graphite "
         "repeats in several sets; a glassblowing-tools label was found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("STR-07", "import", "SISEA01", "sea", "CN", [], "SI", "251990",
         "烧结镁砂 (dead-burned magnesia) 97 %, 耐火材料用, 吨袋, 500 吨", "CN", 500000, None, 200000, "USD",
         "Liaoning dead-burned magnesia comes with Yingkou works papers and a typical boron and lime chemistry; this "
         "lot's analysis, bag markings and the Dandong forwarder's file point to Tanchon magnesite calcined across "
         "the Yalu: magnesia of North Korean origin, whose purchase is banned by UN sanctions (UNSCR 2397) and "
         "Regulation 2017/1509, by sea to Koper for an Austrian refractory maker; Chinese wording (North Korean goods "
         "under Chinese origin repeat in several sets; magnesia was found in no earlier strategic row by a keyword "
         "search)", firm("Alpina Feuerfest GmbH", "AT")),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "702000",
         "Glaskeramik-Kochfeldplatten, Restposten, 6 Stück", "DE", 1800, 6, 9000, "EUR",
         "cooktop glass-ceramic panels are 4 mm, black, flat and cost a few hundred euros; these six are 500 mm, "
         "light-weighted, honeycomb-pocketed ultra-low-expansion glass-ceramic discs with a polished face, at 1,500 "
         "EUR 'each' on an invoice that undervalues them a hundredfold, for an Istanbul trader whose buyer is a "
         "Russian optics plant: lightweighted mirror blanks (dual-use 6A004) exported without a licence and for use "
         "in Russia (Regulation 833/2014), at Kapitan Andreevo; German wording (mirror blanks repeat in a few sets; a "
         "cooktop-panel label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "DJ", "282619",
         "Διφθοριούχο αμμώνιο, κρύσταλλοι για ματ επεξεργασία γυαλιού, σάκοι 25 kg, 4 t", "GR", 4000, 160, 24000,
         "EUR",
         "ammonium bifluoride for glass frosting is a white, sharp-smelling crystal that etches glass and costs about "
         "2 EUR/kg; these 160 sacks hold a fine, odourless, white powder that does not etch glass, burns fiercely "
         "and whose inner liners read 'NH4ClO4, 200 µm', at 6 EUR/kg, for a Djibouti 'glass workshop' trading across "
         "the strait to Yemen: ammonium perchlorate, a rocket-propellant oxidiser on the Common Military List (ML8), "
         "exported without a licence, from Piraeus; Greek wording (ammonium perchlorate repeats in many sets, and glass-frosting labels in several strategic rows on "
         "bifluorides and hydrogen fluoride; ammonium perchlorate under a frosting label is the new part as "
         "far as a search found)", {"importer_country": "DJ"}),
        ("STR-10", "export", "FRSEA01", "sea", "FR", ["AE"], "PK", "281000",
         "Acide borique technique, pour mélange vitrifiable (verre borosilicaté), big bags, 2 t", "FR", 2000, None,
         300000, "EUR",
         "glass-batch boric acid is a white, soapy powder at about 1 EUR/kg; these two tonnes cost 150 EUR/kg, come "
         "with an isotopic analysis reading 95 % boron-10 and double-bagged in lead-sealed drums, for a Karachi "
         "'borosilicate glassworks': boron enriched in boron-10 (dual-use 1C225, Nuclear Suppliers Group), exported "
         "without a licence, from Marseille through Jebel Ali; French wording (enriched boron repeats once, under a cockroach-bait boric-acid label in blind172; a glass-batch "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "PH", [], "IT", "680291",
         "Pilas de agua bendita, gihimo sa marmol sa Romblon, bag-o, 12 ka buok", "PH", 480, 12, 1200, "USD",
         "new Romblon-marble holy-water stoups are carved, polished white or grey marble bowls that feel cold and "
         "ring dully; these twelve are ribbed, wavy-edged, white calcareous bowls with growth lines, a hinge tooth "
         "and a porcellaneous inner face, not carved at all: shells of giant clams (Tridacna gigas, CITES App. II) "
         "without CITES documents, by sea from Cebu to Genoa for a church-supply firm; Cebuano wording with Spanish "
         "loan words (Tridacna repeats in many sets, and birdbath labels in two; a holy-water-stoup label was found "
         "in no earlier row by a keyword search)", firm("Vega Arredi Sacri Srl", "IT")),
        ("WLF-02", "import", "DEAIR01", "air", "KE", [], "DE", "680299",
         "Vinyago vya mawe ya sabuni ya Kisii, tembo na twiga, 40", "KE", 32, 40, 400, "USD",
         "Kisii soapstone carvings are soft, pink-white or grey stone that a fingernail scratches, waxed and painted; "
         "a knife will not scratch these 40 'carvings', they are dense, creamy under a grey-brown paint wash, show "
         "Schreger lines where a tusk cross-section is exposed under the base and smell of burnt hair at a hot "
         "needle: elephant ivory (CITES App. I) painted to pass as soapstone, without CITES documents, flown from "
         "Nairobi to Frankfurt for a handicraft wholesaler; Swahili wording (ivory repeats in many sets and soapstone "
         "labels in several, a Kisii label once on a fossil in blind157; painted ivory as Kisii soapstone is the new "
         "part as far as a search found)", firm("Meridian Kunsthandwerk GmbH", "DE")),
        ("WLF-03", "import", "CZAIR01", "air", "VN", [], "CZ", "691200",
         "Gốm sứ Bát Tràng: bát đĩa men lam, 400 bộ", "VN", 1600, 400, 4000, "USD",
         "a Bát Tràng pottery air shipment for a Prague Sapa-market wholesaler: blue-and-white tableware and crackle-"
         "glazed vases are what such importers buy, but the third item's 'bình gốm đựng rượu gạo' are 60 sealed "
         "stoneware jars, each holding a coiled, hooded snake, some with a scorpion in its mouth, in clear rice "
         "spirit: monocled and Chinese cobras (Naja kaouthia, N. atra, CITES App. II) without CITES documents, hidden "
         "as the last item of a three-item declaration, flown from Hanoi; Vietnamese wording (cobra wine repeats in "
         "several sets, in bottles; kept as a repeat, in Bát Tràng ceramic jars behind a pottery cargo is the new "
         "part)",
         dict(firm("Horizon Asia Velkoobchod s.r.o.", "CZ"),
              _more_items=[item("691390", "Lọ hoa gốm men rạn, 120 chiếc", "VN", 600, 1800, "USD", qty=120),
                           item("691200", "Bình gốm đựng rượu gạo, 5 lít, 60 bình", "VN", 540, 600, "USD", qty=60)])),
        ("WLF-04", "import", "NLSEA01", "sea", "ZA", [], "NL", "251690",
         "Basalt tuinkeie, rofweg, vir landskapering, 6 stuks", "ZA", 1800, 6, 900, "USD",
         "basalt landscaping boulders are heavy, grey-black, cold stone that rings under a hammer; these six are "
         "light for their size, brown, scaly, fibrous trunks with old leaf bases, dug-up roots wrapped in hessian and "
         "a crown of leaf buds: wild cycads (Encephalartos, CITES App. I) without CITES documents, by sea from Durban "
         "to Rotterdam for a garden designer; Afrikaans wording (cycads repeat in many sets and boulder labels in "
         "several on cultural goods; a basalt-boulder label on cycads is the new part as far as a search found)",
         firm("Central Tuinarchitectuur BV", "NL")),
        ("WLF-05", "import", "DEPOST01", "post", "MX", [], "DE", "251710",
         "Piedras de río decorativas para macetas y terrarios, 3 kg", "MX", 3, None, 40, "USD",
         "decorative river pebbles are smooth, cold, water-worn stones; among these are 30 grey, rough, flat rosettes "
         "of hard, triangular tubercles with woolly crowns and long taproots wrapped in tissue, which give when "
         "pressed: living-rock cacti (Ariocarpus, CITES App. I) dug in Coahuila, without CITES documents, posted from "
         "Saltillo to a private collector in Dresden; Mexican Spanish wording (Ariocarpus repeats in many sets and "
         "pebble labels in several; kept as a repeat, a river-pebble label for potting is the new part as far as a "
         "search found)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "FRAIR01", "express", "HT", [], "FR", "701810",
         "Pèl an seramik woz, fèt alamen, pou fè bijou, 40 moso", "HT", 0.2, 40, 120, "USD",
         "pink ceramic beads are matt or glazed, evenly coloured, drilled and sold by the strand for a few dollars; "
         "these 40 "
         "are loose, oval, porcelain-like pink to salmon beads with a shimmering flame pattern under a lens and no "
         "drill hole: queen conch pearls (Aliger gigas, CITES App. II) without CITES documents, worth thousands of "
         "euros, sent by express from Port-au-Prince to a private jeweller in Paris; Haitian Creole wording (queen conch repeats in many sets, in Creole wording in blind114, and its pearls under pearl, "
         "shell-bead and glass-pearl labels in several (blind173 among them); kept as a repeat, a ceramic-bead "
         "label is the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-07", "import", "PLAIR01", "express", "MM", [], "PL", "711620",
         "ကျောက်စိမ်းနီ (carnelian) ဆွဲသီး, လက်ရာ, ၂၀ ခု", "MM", 0.6, 20, 300, "USD",
         "carnelian pendants are hard, glassy, translucent orange-red stone that a knife cannot scratch and that "
         "feels cold; these 20 are warm to the touch, opaque, golden-yellow to red with a thin red skin, soft enough "
         "to take a knife and smell of burnt hair at a hot needle: carved casque of the helmeted hornbill (Rhinoplax "
         "vigil, CITES App. I) without CITES documents, sent by express from Yangon to a Kraków amber-and-stone "
         "jeweller; Burmese wording (hornbill casque repeats in many sets, in Burmese wording in blind113; a carnelian label on it was "
         "found in no earlier row by a keyword search)", firm("Orion Bursztyn Sp. z o.o.", "PL")),
        ("WLF-08", "import", "CZAIR01", "air", "NI", [], "CZ", "441700",
         "Bloques de madera de cerezo para soplado de vidrio, torneados, 200 piezas", "NI", 240, 200, 1600, "USD",
         "glassblowers' cherry-wood blocks are light, pale pinkish-brown, straight-grained wood with a hollowed cup "
         "(about 0.6 kg/dm3); these 200 are heavy (1.1 kg/dm3), orange-red with black streaks and an oily, "
         "peppery-smelling surface that leaves an orange stain on a wet cloth: cocobolo (Dalbergia retusa, CITES "
         "App. II) without CITES documents, flown from Managua to Prague for a Nový Bor glassworks' tool shop that "
         "sells on to a guitar maker; Nicaraguan Spanish wording (Dalbergia repeats in many sets; glassblowing blocks "
         "were found in no earlier row by a keyword search)", firm("Delta Sklářské Nářadí s.r.o.", "CZ")),
        ("WLF-09", "transit", "PTSEA01", "sea", "MZ", ["PT"], "VN", "680990",
         "Sancas e florões decorativos em gesso, para tectos, 40 caixas", "MZ", 2400, 40, 1200, "USD",
         "plaster cornices and ceiling roses are light, chalky castings that break with a clean white face; eight of "
         "these 40 cartons hold unusually heavy roses that ring dull and, broken open, hide grey-brown, fibrous, "
         "cone-shaped horns in the plaster: rhinoceros horn (CITES App. I) without CITES documents, landed at Sines in "
         "transit from Nacala to Hai Phong; Mozambican Portuguese wording (rhino horn repeats in many sets and "
         "plaster covers on other goods in a few; rhino horn cast into ceiling roses is the new part as far as a "
         "search found)", {"importer_country": "VN"}),
        ("WLF-10", "import", "ITSEA01", "sea", "IN", [], "IT", "680291",
         "Marble inlay table tops, Agra pietra dura work, white marble with semi-precious stones, 6 pcs", "IN", 420, 6,
         1800, "USD",
         "Agra pietra-dura table tops are white Makrana marble inlaid with lapis, malachite and carnelian flowers, "
         "and the white in the pattern is mother-of-pearl or marble; in these six the white flowers and borders are "
         "creamy, warm, cross-hatched with Schreger lines and the amber-and-black petals are translucent, mottled "
         "shell: elephant ivory (CITES App. I) and hawksbill shell (CITES App. I) inlay without CITES documents, by "
         "sea from Mundra to Genoa for a Florence furniture dealer; Indian English wording (ivory and hawksbill "
         "repeat in many sets and a Florentine pietra-dura label once, on a cultural good; Agra inlay hiding ivory is "
         "the new part as far as a search found)", firm("Alpina Arredamenti Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "GB", "IE", "282919",
     "Sodium chlorate 99 %, 2 kg, for a licensed private user (salt-glaze kiln research, licence attached)", "GB", 2, 2,
     30, "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-62-0114")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "BR", "PT", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (stone-restoration studio)", "BR", 5.6, 4, 60, "EUR",
     [("PRECURSOR_LICENCE", "PT-PSP-62-0207")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "690220",
     "Spent silica refractories from a lead-crystal furnace (16 11 05*), for recovery at a licensed plant, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-62-0318")], "notified furnace refractories to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "262190",
     "Glass-furnace flue-gas filter dust (10 11 15*), for recovery at a licensed plant, 40 t", "NO", 40000, None, 0,
     "EUR", [("BASEL_CONSENT", "NL-ILT-62-0091")], "notified glass-furnace filter dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "export", "FISEA01", "sea", "FI", "NO", "290371",
     "Recovered HCFC-22 from a glass-tempering chiller, 18 kg cylinder, for destruction", "FI", 18, 1, 0, "EUR",
     [("ODS_LICENCE", "FI-SYKE-ODS-62-004")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-62-027")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "680292",
     "Baptismal font, Tournai stone, Romanesque, 12th century, documented collection since 1908, sold at auction", "BE",
     900, 1, 380000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-62-0061")], "Romanesque font exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "701690",
     "Stained-glass panel, two saints under canopies, Normandy, c. 1480, documented collection since 1921", "FR", 18, 1,
     210000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-62-0442")], "stained glass exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "845611",
     "Picosecond-pulsed fibre laser machining system, 1 unit, for a Japanese university photonics laboratory", "DE",
     700, 1, 310000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-62-1174"), ("END_USER_CERTIFICATE", "JP-METI-EUC-62-0082")],
     "dual-use pulsed laser under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUROAD01", "road", "HU", "CH", "851420",
     "Vacuum induction melting furnace, 30 kg, for a Swiss superalloy foundry", "HU", 4800, 1, 260000, "EUR",
     [("EXPORT_LICENCE", "HU-KKF-62-0093"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-62-0147")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEPOST01", "post", "MX", "DE", "060290",
     "Ariocarpus fissuratus seedlings, artificially propagated, 20 plants, bare-root", "MX", 1, 20, 120, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-62-0311")], "App. I cacti, artificially propagated, with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "ZA", "NL", "060290",
     "Encephalartos lehmannii, nursery-propagated, 4 plants, with propagation records", "ZA", 600, 4, 6000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-62-0175")], "App. I cycads, nursery-propagated, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "Particular", "PRM-04": "Central Metaalterugwinning BV",
    "PRM-06": "Central Analytik GmbH", "PRM-11": "Privatperson", "PRM-12": "Horizon Tuinen BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, mostly glass, ceramics and stone
    ("250100", "Coarse kiln salt for salt-glaze firing, 1 kg bags", "import", ["post"], ["GB"], (4, 8), (1, 4), ["GBP"], 1, S),
    ("283919", "Liquid sodium silicate deflocculant for casting slip, 1 l", "import", ["post"], ["MA", "GB"], (4, 8), (1, 4), ["EUR", "GBP"], 0.7, S),
    ("340590", "Marble crystalliser, fluorosilicate emulsion, 1 l bottles", "import", ["air"], ["BR", "TR"], (3, 6), (200, 600), ["USD", "EUR"], 1, S),
    ("391231", "CMC glaze binder, powder, 500 g", "import", ["express"], ["KR", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("690919", "Porcelain tumbling media for rock tumblers, 1 kg packs", "import", ["sea"], ["CN", "GE"], (1.2, 2.2), (2000, 6000), ["USD"], 1, S),
    ("283630", "Sodium bicarbonate for soda-firing kilns, 1 kg", "import", ["express"], ["CA", "US"], (5, 10), (1, 4), ["CAD", "USD"], 1, S),
    ("381400", "Lustre essence for overglaze painting, 100 ml", "import", ["post"], ["JP", "GB"], (40, 80), (1, 2), ["JPY", "GBP"], 8, S),
    ("283691", "Lithium carbonate, ceramic grade, 25 kg bags", "import", ["sea"], ["CL", "CN"], (12, 20), (2000, 6000), ["USD"], 0.04, S),
    ("340290", "Headstone cleaner, 3 % peroxide gel, 1 l", "import", ["post"], ["NO", "GB"], (10, 20), (1, 4), ["NOK", "GBP"], 1, S),
    ("321519", "Ceramic inkjet inks, sealed 5 l cans, in date", "export", ["sea"], ["DZ", "MA"], (10, 18), (2000, 6000), ["EUR"], 0.2, S),
    ("283311", "Anhydrous sodium sulphate (salt cake), glass grade", "import", ["sea"], ["TR", "CN"], (0.15, 0.3), (20000, 26000), ["USD"], None, S),
    ("841790", "Tunnel-kiln cars, new, refractory decks", "export", ["road"], ["RS", "UA"], (3, 5), (10000, 20000), ["EUR"], 0.001, S),
    ("320720", "Overglaze ceramic colours, cadmium-free, 1 kg tins", "export", ["sea"], ["EG", "IN"], (25, 45), (500, 2000), ["EUR"], 1, S),
    ("690220", "Silica bricks for glass-furnace crowns, new", "export", ["road"], ["UA", "RS"], (1.2, 2), (18000, 24000), ["EUR"], None, S),
    ("853949", "UV curing lamps for ceramic inkjet printers, new, boxed", "import", ["air"], ["CN", "US"], (30, 60), (100, 500), ["USD"], 0.5, S),
    ("392111", "XPS tile-backer boards, CO2-blown, cement-faced", "import", ["road"], ["TR"], (1.8, 2.8), (6000, 12000), ["EUR"], 0.4, S),
    ("847529", "Flat-glass tempering furnaces, new", "export", ["sea"], ["EG", "MA"], (20, 35), (20000, 26000), ["EUR"], 0.00004, S),
    ("382499", "Wax-emulsion release agent for cast-stone moulds, 5 l", "import", ["sea"], ["MY", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.2, S),
    ("320890", "Solvent-based stone sealer, isoparaffin, 5 l", "import", ["sea"], ["CN", "IT"], (3, 6), (3000, 9000), ["USD", "EUR"], 0.2, S),
    ("381400", "Glass-paint medium, turpentine-based, 1 l", "import", ["air"], ["AZ", "TR"], (5, 9), (100, 300), ["USD"], 1, S),
    ("870410", "Rigid quarry dumpers, reconditioned, cab air-conditioning removed", "export", ["sea"], ["SN", "MA"], (1.2, 2), (30000, 60000), ["EUR"], 0.00003, S),
    ("680291", "New Makrana-marble Jain idols, hand-carved", "import", ["sea"], ["IN"], (3, 6), (1000, 4000), ["USD"], 0.01, S),
    ("691200", "Modra majolica jugs and plates, new, hand-painted", "export", ["road"], ["US", "CA"], (12, 20), (300, 900), ["EUR"], 1, S),
    ("701690", "Gothic-style leaded glass panels, new workshop work", "export", ["air"], ["US", "CA"], (30, 60), (50, 200), ["EUR"], 0.07, S),
    ("680291", "Reclaimed marble architectural salvage, 19th-century domestic", "import", ["road"], ["TR"], (1, 2), (3000, 9000), ["EUR"], None, S),
    ("701399", "Contemporary Murano art glass, signed", "export", ["air"], ["US", "JP"], (60, 120), (100, 400), ["EUR"], 0.3, S),
    ("691200", "Onggi storage jars, new, ash-glazed", "import", ["sea"], ["KR"], (3, 6), (2000, 6000), ["USD"], 0.1, S),
    ("701399", "Iranian-style cut-crystal bowls, new, lead glass", "import", ["express"], ["AE", "TR"], (40, 80), (1, 3), ["USD"], 1, S),
    ("680223", "Aswan-granite serving boards, polished, new", "import", ["air"], ["EG"], (4, 8), (100, 400), ["USD"], 0.3, S),
    ("691390", "Chulucanas burnished pottery, new, signed", "import", ["sea"], ["PE"], (4, 8), (1000, 3000), ["USD"], 0.4, S),
    ("680292", "Belgian bluestone garden basins, new, bush-hammered", "export", ["sea"], ["US", "CA"], (1.5, 3), (2000, 8000), ["EUR"], 0.002, S),
    ("845650", "Water-jet cutting machines for stone and tile, 3-axis", "export", ["sea"], ["MA", "TN"], (15, 25), (6000, 12000), ["EUR"], 0.0001, S),
    ("710510", "Synthetic diamond grit, saw grade, for stone segments", "import", ["air"], ["CN", "IE"], (800, 1500), (10, 40), ["USD"], None, S),
    ("681519", "Graphite paddles and blocks for glassblowing, turned", "import", ["air"], ["US", "CN"], (20, 40), (50, 200), ["USD"], 2, S),
    ("251990", "Dead-burned magnesia 95 %, for refractories, big bags", "import", ["sea"], ["TR", "BR"], (0.4, 0.7), (20000, 26000), ["USD"], None, S),
    ("702000", "Glass-ceramic cooktop panels, black, 4 mm", "import", ["sea"], ["CN", "TR"], (4, 8), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("282619", "Ammonium bifluoride for glass frosting, 25 kg sacks", "import", ["sea"], ["CN", "IN"], (1.5, 3), (3000, 8000), ["USD"], 0.04, S),
    ("281000", "Boric acid, technical, for borosilicate glass batch", "import", ["sea"], ["TR", "CL"], (0.8, 1.4), (20000, 26000), ["USD"], None, S),
    ("680299", "Kisii soapstone carvings, new, waxed", "import", ["air"], ["KE"], (4, 8), (100, 500), ["USD"], 1, S),
    ("251690", "Basalt landscaping boulders, rough", "import", ["sea"], ["NO", "UA"], (0.1, 0.2), (20000, 26000), ["EUR"], None, S),
    ("711620", "Carnelian pendants, polished", "import", ["express"], ["IN", "BR"], (60, 120), (1, 2), ["USD"], 20, S),
    ("441700", "Cherry-wood blocks for glassblowing, turned", "import", ["air"], ["US", "CZ"], (10, 20), (50, 200), ["USD", "EUR"], 1, S),
    ("691200", "Bát Tràng blue-and-white tableware, new", "import", ["sea"], ["VN"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("701810", "Pink ceramic and glass beads for jewellery, new", "import", ["express"], ["HT", "CZ"], (30, 60), (1, 2), ["USD", "EUR"], 60, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows
# of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("830250", "Picture-hanging hooks and rails, brass-plated", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 40, N),
        ("392490", "Nylon pot scourers and sponge pads", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD", "EUR"], 20, N),
        ("442110", "Wooden clothes hangers, beech", "import", ["sea"], ["CN", "PL"], (2.5, 4.5), (3000, 8000), ["USD", "EUR"], 5, N),
        ("630790", "Roll-up felt jigsaw-puzzle mats", "import", ["post", "express"], ["GB", "DE"], (15, 30), (1, 3), ["GBP", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind218", 20620701, HERE)


if __name__ == "__main__":
    main()
