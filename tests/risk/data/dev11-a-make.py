#!/usr/bin/env python3
"""Writes the round-eleven development probes for cultural property, strategic and dual-use
goods and explosive precursors (dev11-a-{disguised,ordinary,permitted}.ndjson). Every row is
written out by hand, worded differently from blind8's rows; the note says which modus operandi
family it belongs to and what betrays it. Written and committed before the round-eleven rules
were run on it (docs/profile-packs.md, "Round eleven: cultural property, strategic and dual-use
goods (incl. sanctions circumvention), explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D11A", "911")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")
C, S, P = dict(domain="cultural"), dict(domain="strategic"), dict(domain="precursors")

# C1 an object carrying an ancient script (hieroglyphs, cuneiform, Old South Arabian, Ge'ez)
# declared as decoration or a souvenir, in a few pieces, in any language
dis("C1-1", "2027-09-01", "import", "LB", "FR", [it("442090", "Plaques en bois peintes, inscriptions hiéroglyphiques, objets de décoration, 3 pièces", "EG", 18, 450, cur="USD", qty=3)], transport="air", note="C1: painted wooden boards with hieroglyphs are coffin panels (Red List Egypt) via Beirut to a private person; French wording", **PP, **C)
dis("C1-2", "2027-09-02", "import", "TR", "GB", [it("691390", "Clay tablets with wedge-shaped script, paperweights, 12 pcs", "IQ", 4, 240, qty=12)], transport="express", note="C1: clay tablets with wedge-shaped (cuneiform) script are Mesopotamian tablets (Red List Iraq) as paperweights via Istanbul", **PP, **C)
dis("C1-3", "2027-09-03", "import", "OM", "DE", [it("680299", "Kalksteinfragment mit Reliefinschrift, altsüdarabisch, Gartendekoration, 1 Stück", "YE", 35, 600, qty=1)], transport="air", note="C1: a limestone fragment with an Old South Arabian inscription (Red List Yemen) as garden decoration; German wording", **PP, **C)
# C2 gold or other precious-metal objects declared as jewellery or wares at a price below their metal
dis("C2-1", "2027-09-04", "import", "PE", "ES", [it("711319", "Orejeras de oro estilo mochica, artesanía, 2 piezas, 85 g", "PE", 0.085, 600, cur="USD", qty=2)], transport="air", note="C2: 85 g of gold at 600 USD is a fraction of its metal value: Moche ear ornaments (Red List Peru); Spanish wording", **PP, **C)
dis("C2-2", "2027-09-05", "import", "TR", "IT", [it("711319", "Anelli in oro, stile romano, 5 pezzi, 60 g", "TR", 0.06, 400, qty=5)], transport="post", note="C2: Roman gold rings at 6,700 EUR/kg, far below gold: excavated rings as jewellery; Italian wording", **PP, **C)
dis("C2-3", "2027-09-06", "import", "AE", "DE", [it("711419", "Goldblech-Applikationen, skythischer Stil, Kunsthandwerk, 30 g", "UA", 0.03, 250, qty=14)], transport="air", note="C2: gold foil appliqués 'in Scythian style' at 8,300 EUR/kg: Scythian gold from Ukraine (Red List Ukraine) via Dubai; German wording", **PP, **C)
# C3 old books and manuscripts declared as printed books, betrayed by a mark of age in any script
dis("C3-1", "2027-09-07", "import", "TW", "FR", [it("490199", "木刻本佛经，清代，8册，旧书", "CN", 3, 320, cur="USD", qty=8)], transport="air", note="C3: Qing woodblock-printed sutras are rare books whose export China bans, as second-hand books; Chinese wording", **C)
dis("C3-2", "2027-09-08", "import", "UA", "PL", [it("490199", "Старопечатные книги, кириллица, XVII век, 2 шт., букинистика", "UA", 5, 200, qty=2)], transport="road", note="C3: 17th-century Cyrillic early-printed books (Red List Ukraine) as antiquarian books at 100 EUR; Russian wording", **PP, **C)
dis("C3-3", "2027-09-09", "import", "VN", "FR", [it("490199", "Sách cổ chữ Hán Nôm, in mộc bản, 5 cuốn", "VN", 2, 150, cur="USD", qty=5)], transport="post", note="C3: old Han-Nom woodblock books (national heritage) as books; Vietnamese wording", **PP, **C)
# C4 a painted work (icon, panel painting) declared as a print, betrayed by its painting technique
dis("C4-1", "2027-09-10", "import", "BY", "LT", [it("491191", "Иконы, печать на доске, яичная темпера, позолота, 4 шт", "BY", 8, 120, qty=4)], transport="road", note="C4: egg tempera with gilding on a board is a painted icon, not a print; Russian wording", **PP, **C)
dis("C4-2", "2027-09-11", "import", "MD", "RO", [it("491191", "Icoane tipărite, tempera pe lemn, foiță de aur, 5 buc.", "MD", 7, 150, qty=5)], transport="road", note="C4: tempera on wood with gold leaf are painted icons, declared as prints; Romanian wording", **PP, **C)
dis("C4-3", "2027-09-12", "import", "PE", "ES", [it("491191", "Láminas impresas, óleo sobre tabla, escuela cusqueña, 2 uds", "PE", 6, 300, cur="USD", qty=2)], transport="air", note="C4: oil on panel of the Cusco school is a colonial painting (Red List Latin America) as prints; Spanish wording", **PP, **C)

# S1 high-performance carbon fibre (1C010) named by grade or tow count, for sports or tuning,
# exported outside the EU001 countries without a licence
dis("S1-1", "2027-09-13", "export", "IT", "KG", [it("540249", "Filo di carbonio T1000 per canne da pesca, bobine, 200 kg", "JP", 200, 26000)], transport="road", note="S1: T1000 carbon fibre (1C010) under a synthetic-yarn code to Bishkek as fishing-rod yarn; Italian wording", **S)
dis("S1-2", "2027-09-14", "export", "DE", "KZ", [it("681511", "Углеродное волокно, жгут 12K, марка T700, для тюнинга автомобилей, 400 кг", "JP", 400, 18000)], transport="road", note="S1: T700 12K tow (1C010) to Almaty for 'car tuning' without a licence; Russian wording", **S)
dis("S1-3", "2027-09-15", "export", "FR", "HK", [it("392690", "碳纤维丝 M40J 12K，用于自行车车架，300公斤", "JP", 300, 45000)], transport="air", note="S1: M40J high-modulus fibre (1C010) under a plastics code to Hong Kong for bicycle frames; Chinese wording", **S)
# S2 inertial and navigation units (CHPL) for a civilian vehicle, at a unit value no consumer
# part has, to a circumvention hub
dis("S2-1", "2027-09-16", "export", "PL", "KZ", [it("901480", "Żyroskopy światłowodowe do stabilizacji kamer, 50 szt.", "FR", 25, 90000, qty=50)], transport="road", note="S2: 50 fibre-optic gyroscopes at 1,800 EUR each to Kazakhstan, a navigation item of the high-priority list; Polish wording", **S)
dis("S2-2", "2027-09-17", "export", "DE", "KG", [it("901420", "Trägheitsmesseinheiten (IMU) für Landmaschinen-Lenksysteme, 120 Stück", "DE", 36, 108000, qty=120)], transport="road", note="S2: 120 IMUs at 900 EUR each to Bishkek 'for tractors'; German wording", **S)
dis("S2-3", "2027-09-18", "export", "NL", "UZ", [it("852691", "Navigation modules for yachts, AHRS, 80 units", "US", 20, 64000, qty=80)], transport="air", note="S2: 80 attitude and heading reference systems for 'yachts' to a double-landlocked country", **S)
# S3 image-intensifier tubes and microchannel plates (6A002) as vacuum tubes or optical parts
dis("S3-1", "2027-09-19", "export", "DE", "TR", [it("854089", "Elektronenröhren für Optikgeräte, 16 mm, 50 Stück", "FR", 12, 110000, qty=50)], transport="air", note="S3: 16 mm 'electron tubes for optics' at 2,200 EUR each are image intensifiers (6A002); German wording", **S)
dis("S3-2", "2027-09-20", "export", "LT", "KZ", [it("901390", "Электронно-оптические преобразователи (ЭОП) для охоты, 40 шт", "FR", 8, 72000, qty=40)], transport="road", note="S3: EOP (electron-optical converters) are image-intensifier tubes, 'for hunting', to Kazakhstan; Russian wording", **S)
dis("S3-3", "2027-09-21", "export", "BE", "AE", [it("854089", "Photomultiplier vacuum tubes, MCP, Gen 3, 25 pcs", "US", 6, 60000, qty=25)], transport="air", note="S3: a 'Gen 3' tube with a microchannel plate is a night-vision image intensifier, not a photomultiplier", **S)

# P1 pyrotechnic metal powder (aluminium, magnesium) declared as a pigment or paint material,
# uncoated or in microns, to a private person or in small lots
dis("P1-1", "2027-09-22", "import", "RU", "LT", [it("760310", "Пудра алюминиевая ПАП-2, без жировой обработки, 20 кг", "RU", 20, 180, qty=1)], transport="post", note="P1: PAP-2 aluminium flake without its grease treatment is pyrotechnic aluminium (Annex II) by post to a private person; Russian wording", **PP, **P)
dis("P1-2", "2027-09-23", "import", "CN", "IT", [it("320710", "Pigmento argento per vernici, polvere di alluminio 'black', 2 µm, 30 kg", "CN", 30, 420, cur="USD")], transport="express", note="P1: 2 µm 'black' aluminium powder is a flash-powder fuel (Annex II) as a paint pigment, to a private person; Italian wording", **PP, **P)
dis("P1-3", "2027-09-24", "import", "PL", "NL", [it("321290", "Metaalpigment, aluminiumpoeder donker, onbehandeld, 25 kg", "CN", 25, 300)], transport="road", note="P1: dark, untreated aluminium powder as a metallic pigment to a private person; Dutch wording", **PP, **P)
# P2 an Annex I substance by its formula or a name in another language under a neighbouring code
dis("P2-1", "2027-09-25", "import", "CN", "PT", [it("282990", "Perclorato de sódio mono-hidratado, sacos 25 kg, 2 t", "CN", 2000, 5200, cur="USD", qty=80)], importer_name="Atlântico Químicos Trading Lda", note="P2: sodium perchlorate monohydrate (Annex I) to a trader; Portuguese wording", **P)
dis("P2-2", "2027-09-26", "import", "UA", "PL", [it("282990", "KClO3 techniczny, worki 25 kg, 40 worków", "UA", 1000, 1600, qty=40)], transport="road", importer_name="Hurt-Chem Sp. z o.o.", note="P2: KClO3 is potassium chlorate (Annex I) by its formula under the other-chlorates code; Polish wording", **P)
dis("P2-3", "2027-09-27", "import", "CN", "NL", [it("382499", "高氯酸钾 99.5%，25公斤/袋，40袋", "CN", 1000, 2600, cur="USD", qty=40)], importer_name="Delta Chem Trading BV", note="P2: potassium perchlorate (Annex I) named in Chinese under a preparations code", **P)
dis("P2-4", "2027-09-28", "import", "EG", "FR", [it("282919", "كلورات الصوديوم، أكياس 25 كغ، 20 كيس", "EG", 500, 600, cur="USD", qty=20)], transport="road", importer_name="Sud Négoce SARL", note="P2: sodium chlorate (Annex I) named in Arabic only", **P)

# lawful look-alikes
ordi("1", "2027-09-01", "import", "EG", "FR", [it("482390", "Souvenir papyrus, hand-painted hieroglyphs, new, 500 pcs", "EG", 12, 600, qty=500)], note="tourist papyrus paintings in a souvenir lot")
ordi("2", "2027-09-02", "import", "CN", "DE", [it("491191", "Kalligraphie-Drucke mit chinesischen Schriftzeichen, 300 Stück", "CN", 30, 900, cur="USD", qty=300)], note="printed calligraphy")
ordi("3", "2027-09-03", "import", "GB", "NL", [it("392640", "Resin replica of the Rosetta Stone, museum shop, 100 pcs", "GB", 120, 2500, qty=100)], note="museum-shop replicas")
ordi("4", "2027-09-04", "import", "IT", "ES", [it("711319", "Anillos de oro 18 quilates, 40 piezas, 160 g", "IT", 0.16, 9800, qty=40)], transport="air", note="18 ct gold rings at their price")
ordi("5", "2027-09-05", "import", "CN", "ES", [it("711719", "Bisutería dorada, pendientes, 2000 piezas", "CN", 40, 1600, cur="USD", qty=2000)], note="gold-coloured costume jewellery")
ordi("6", "2027-09-06", "import", "TH", "DE", [it("711311", "Silberschmuck 925, vergoldet, 300 Stück", "TH", 3, 4200, qty=300)], transport="air", note="gilded silver jewellery")
ordi("7", "2027-09-07", "import", "CN", "FR", [it("490199", "线装古籍影印本，新印，50套", "CN", 200, 3000, cur="USD", qty=50)], note="new thread-bound facsimile reprints of old books")
ordi("8", "2027-09-08", "import", "PL", "DE", [it("490199", "Antiquarische Bücher, 19. und 20. Jahrhundert, gemischt, 300 Stück", "PL", 250, 900, qty=300)], transport="road", note="second-hand books by the box")
ordi("9", "2027-09-09", "import", "GR", "DE", [it("491191", "Ikonen-Drucke auf Holz, laminiert, 500 Stück", "GR", 150, 1500, qty=500)], transport="road", note="printed icons on wood blocks")
ordi("10", "2027-09-10", "import", "CN", "NL", [it("491191", "Art prints, giclée on canvas, 200 pcs", "CN", 80, 1400, cur="USD", qty=200)], note="giclée prints")
ordi("11", "2027-09-11", "export", "DE", "AE", [it("871491", "Carbon fibre bicycle frames, finished, 50 pcs", "TW", 75, 40000, qty=50)], transport="air", note="finished carbon frames")
ordi("12", "2027-09-12", "export", "FR", "NO", [it("681512", "Carbon fibre fabric 3K, 200 g/m2, for boat repair, 100 kg", "FR", 100, 4500)], note="carbon fabric to an EU001 country")
ordi("13", "2027-09-13", "export", "IT", "AE", [it("950711", "Canne da pesca in carbonio, 500 pezzi", "IT", 400, 30000, qty=500)], transport="air", note="finished fishing rods")
ordi("14", "2027-09-14", "export", "DE", "NO", [it("901480", "Inertial measurement units for agricultural steering, 40 pcs", "DE", 12, 36000, qty=40)], transport="road", note="IMUs to Norway (EU001)")
# correction after the first run: this look-alike first went to Turkey, where STR-SAN-002 rightly asks
# for the no-re-export-to-Russia clause that Art. 12g of Regulation 833/2014 requires for any 8526.91
# item (a legal requirement, not a false alarm); it now goes to Morocco, outside the hubs
ordi("15", "2027-09-15", "export", "NL", "MA", [it("852691", "Marine chartplotters with GPS, 20 units", "US", 60, 16000, qty=20)], note="chart plotters at a consumer price")
ordi("16", "2027-09-16", "export", "DE", "US", [it("854089", "Audio vacuum tubes EL34, matched, 400 pcs", "RU", 40, 6000, qty=400)], transport="air", note="audio valves")
ordi("17", "2027-09-17", "export", "FR", "ZA", [it("854089", "Transmitting tetrode for broadcast transmitter, 2 pcs", "FR", 50, 12000, qty=2)], note="broadcast tetrodes")
ordi("18", "2027-09-18", "import", "CN", "DE", [it("321290", "Aluminium paste, leafing, in white spirit, 65 %, 200 kg", "CN", 200, 1600, cur="USD")], importer_name="Lackwerk Süd GmbH", note="aluminium paste for a paint maker")
ordi("19", "2027-09-19", "import", "CN", "IT", [it("320649", "Aluminium pigment for powder coatings, encapsulated, 500 kg", "CN", 500, 6000, cur="USD")], importer_name="Vernici Padane SpA", note="encapsulated aluminium pigment to a coater")
ordi("20", "2027-09-20", "import", "CA", "DE", [it("760310", "Atomised aluminium powder 45 µm for thermal spray, 1 t", "CA", 1000, 5500, cur="USD")], importer_name="Spritztechnik GmbH", note="thermal-spray powder to a coating shop")
ordi("21", "2027-09-21", "import", "EG", "IT", [it("250100", "NaCl sodium chloride, 25 kg bags, 20 t", "EG", 20000, 1800, cur="USD", qty=800)], note="salt by its formula")
ordi("22", "2027-09-22", "import", "CN", "FR", [it("282810", "Hypochlorite de calcium Ca(ClO)2 65 %, piscines, 2 t", "CN", 2000, 3000, cur="USD")], note="pool chlorine by its formula")
ordi("23", "2027-09-23", "import", "BY", "PL", [it("310420", "KCl chlorek potasu 60 % K2O, big bag, 20 t", "CA", 20000, 6000)], transport="road", note="potash fertiliser by its formula, Canadian origin")
ordi("24", "2027-09-24", "import", "CN", "DE", [it("382499", "次氯酸钠溶液 12.5%，1000升吨桶，10个", "CN", 12000, 2400, cur="USD", qty=10)], note="sodium hypochlorite in Chinese")

# permitted shipments with their documents
perm("1", "2027-09-01", "export", "DE", "AE", [it("681511", "Carbon fibre tow T800S 24K, 1C010.b, 500 kg", "JP", 500, 42000, docs=[("EXPORT_LICENCE", "DE-BAFA-2027-4411")])], transport="air", importer_name="Emirates Composite Structures LLC", note="licensed carbon fibre export", **S)
perm("2", "2027-09-02", "import", "CN", "FR", [it("282990", "Perchlorate de sodium monohydraté, sacs 25 kg, 1 t", "CN", 1000, 2800, cur="USD", qty=40, docs=[("PRECURSOR_LICENCE", "FR-PRE-2027-077")])], importer_name="Anodisation Rhône SAS", note="sodium perchlorate under licence", **P)
perm("3", "2027-09-03", "import", "PE", "ES", [it("970190", "Pintura al óleo sobre tabla, escuela cusqueña, siglo XVIII", "PE", 6, 45000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "PE-MC-2027-0192")])], transport="air", importer_name="Galería Colonial Madrid SL", note="a colonial painting with Peru's export certificate", **C)

probes.write(HERE, "dev11-a")
