#!/usr/bin/env python3
"""Writes the round-twenty-one (a) development probes for cultural property, dev21-a-{disguised,
ordinary,permitted}.ndjson: inscribed or carved stone monuments (stelae, inscribed blocks,
milestones, deer stones) as garden or decorative stone; pre-Columbian ground stone (effigy metates)
as garden furniture or mortars; archaeological ceramics as handmade, rustic or mosaic ware (burnished
tomb pottery, inscribed sherds, ossuaries as boxes); historic metalwork as decoration or scrap
(bronzes with a natural patina, dated instruments, church furnishings as scrap, enamels 'in the
style' at an original's price); archive photographs and manuscript leaves as old glass or pages;
war relics and aircraft wrecks from battlefields; and, further families no set held, ancient
cultures named in other languages or scripts under any code, and objects carrying an old date
(Hijri, Gregorian before 1900) beside a decoration word. Written by hand, worded differently from
blind19's and blind20's rows, and committed before the round-twenty-one (a) rules were run on it
(docs/profile-packs.md, "Round twenty-one (a): cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D21A", "921", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# S inscribed or carved stone monuments declared as garden or decorative stone
dis("S-1", "2029-09-01", "import", "SY", "DE", [it("680299", "Basaltplatte mit Inschrift in alter Schrift, Gartendeko, 1 Stück", "SY", 120, 600, qty=1)], transport="road", consignee_name="Herr Omar Khalil", note="S: a basalt slab with an old-script inscription from Syria as garden decoration; German wording")
dis("S-2", "2029-09-02", "import", "TR", "NL", [it("681599", "Decorative marble block, lettered, Greek letters carved, 1 pc", "TR", 210, 900, cur="USD", qty=1)], transport="sea", note="S: a marble block with carved Greek letters from Turkey: an inscribed architectural or funerary stone")
dis("S-3", "2029-09-03", "import", "KZ", "LT", [it("680293", "Granite garden menhir with engraved animals, 2.4 m, 1 pc", "KZ", 1500, 1800, cur="USD", qty=1)], transport="rail", importer_name="Akmenų Sodai UAB", note="S: a 2.4 m granite stela engraved with animals from Kazakhstan: a Bronze Age stela (deer-stone type)")
dis("S-4", "2029-09-04", "import", "DZ", "FR", [it("680292", "Bloc de pierre calcaire sculpté d'une inscription latine, décoration de jardin, 1 pièce", "DZ", 300, 500, qty=1)], transport="sea", note="S: a limestone block with a Latin inscription from Algeria; French wording")

# M pre-Columbian ground stone (metates, effigy mortars) as garden furniture
dis("M-1", "2029-09-05", "import", "NI", "US", [it("680299", "Volcanic stone grinding table with carved animal head and three legs, garden use, 1 pc", "NI", 32, 380, cur="USD", qty=1)], transport="air", consignee_name="Mr Robert Hayes", note="M: an effigy metate from Nicaragua as a garden table")
dis("M-2", "2029-09-06", "import", "PA", "DE", [it("681599", "Steinmörser aus Basalt, Tierkopf, dreibeinig, Deko, 1 Stück", "PA", 28, 350, cur="USD", qty=1)], transport="air", note="M: a three-legged basalt effigy grinding stone from Panama; German wording")
dis("M-3", "2029-09-07", "import", "GT", "FR", [it("680299", "Table basse en pierre volcanique, tête de jaguar sculptée, tripode, 1 pièce", "GT", 40, 420, cur="USD", qty=1)], transport="sea", note="M: a jaguar-head tripod metate from Guatemala as a coffee table; French wording")

# P archaeological ceramics declared as handmade, rustic or mosaic ware
dis("P-1", "2029-09-08", "import", "TR", "GB", [it("691200", "Handmade clay pots, burnished black, incised zigzag, rustic, 5 pcs", "CY", 9, 1000, cur="USD", qty=5)], transport="air", note="P: burnished incised pots of Cypriot origin via Turkey at USD 200 each: Bronze Age tomb pottery")
dis("P-2", "2029-09-09", "import", "EG", "FR", [it("691490", "Tessons de poterie avec écriture à l'encre, pour décoration, 40 pièces", "EG", 2, 60, qty=40)], transport="post", consignee_name="Mme Sophie Girard", note="P: sherds with ink writing from Egypt: ostraca; French wording")
dis("P-3", "2029-09-10", "import", "UZ", "DE", [it("691390", "Tonkasten mit Deckel, Reliefs von Priestern, alt, 1 Stück", "UZ", 30, 650, cur="USD", qty=1)], transport="air", consignee_name="Frau Elke Braun", note="P: a lidded clay chest with priests in relief from Uzbekistan: a Sogdian ossuary; German wording")
dis("P-4", "2029-09-11", "import", "JO", "IT", [it("691390", "Vasi artigianali in terracotta, fatti a mano, con incrostazioni, 8 pz", "JO", 10, 800, cur="USD", qty=8)], transport="air", note="P: handmade terracotta jars with encrustation from Jordan at USD 100 each; Italian wording")

# T historic metalwork as decoration or scrap
dis("T-1", "2029-09-12", "import", "TR", "DE", [it("830629", "Messing-Astrolabium, Dekoration, arabische Gravur, datiert 1142, 1 Stück", "IR", 1.8, 1400, qty=1)], transport="express", consignee_name="Herr Felix Vogel", note="T: a dated Persian astrolabe via Turkey as brass decoration; German wording")
dis("T-2", "2029-09-13", "import", "PL", "DE", [it("740400", "Kupferschrott: alte Kirchenglocke, beschädigt, 1 Stück", "PL", 180, 900, qty=1)], transport="road", note="T: an old church bell as copper scrap; German wording")
dis("T-3", "2029-09-14", "export", "GR", "CH", [it("830629", "Bronze figurines, warrior and horse, authentic patina, 2 pcs", "GR", 0.5, 700, qty=2)], transport="air", note="T: bronze figurines with an authentic patina leaving Greece for Switzerland without a licence")
dis("T-4", "2029-09-15", "import", "AM", "FR", [it("830629", "Plaques émaillées dorées, saints, style arménien, 4 pièces", "AM", 0.8, 12000, qty=4)], transport="express", consignee_name="M. Paul Renard", note="T: gilded enamelled plaques of saints 'in the style' at EUR 3,000 each; French wording")
dis("T-5", "2029-09-16", "import", "UA", "CZ", [it("780200", "Olověný odpad: varhanní píšťaly z kostela, 150 ks", "UA", 200, 1500, qty=150)], transport="road", note="T: church organ pipes as lead scrap; Czech wording")

# A archive photographs and manuscript leaves as old glass or pages
dis("A-1", "2029-09-17", "import", "AM", "FR", [it("370500", "Plaques de verre photographiques anciennes, tampon des archives nationales, 80 pcs", "AM", 9, 160, qty=80)], transport="post", consignee_name="M. Jean Moreau", note="A: archive-stamped glass negatives; French wording")
dis("A-2", "2029-09-18", "import", "IN", "GB", [it("491199", "Old hand-written paper leaves with painted miniatures and gold, 30 folios", "IN", 0.8, 500, qty=30)], transport="express", consignee_name="Mr Tom Baker", note="A: painted manuscript folios from India as old pages")
dis("A-3", "2029-09-19", "import", "RU", "DE", [it("491199", "Alte Fotografien, Glasnegative, Inventarnummer des Stadtarchivs, 200 Stk", "RU", 15, 300, qty=200)], transport="post", consignee_name="Herr Uwe Lange", note="A: city-archive inventoried negatives; German wording")

# W war relics and aircraft wrecks from battlefields
dis("W-1", "2029-09-20", "import", "SB", "US", [it("880730", "Vintage aircraft parts, Zero fighter wreck, salvaged from jungle, 9 pcs", "SB", 260, 4000, cur="USD", qty=9)], transport="sea", importer_name="Pacific Aero Heritage LLC", note="W: WWII wreck parts from the Solomon Islands without a museum permit")
dis("W-2", "2029-09-21", "import", "RU", "PL", [it("730890", "Części metalowe z pola bitwy, wykopane, hełmy i fragmenty, 40 szt.", "RU", 60, 800, qty=40)], transport="road", note="W: excavated battlefield relics (war-grave material) from Russia; Polish wording")
dis("W-3", "2029-09-22", "import", "PG", "AU", [it("760200", "Aluminium scrap, WWII bomber wreck panels, 300 kg", "PG", 300, 900, cur="USD")], transport="sea", note="W: WWII bomber wreck as aluminium scrap from PNG")

# N (further) ancient cultures named in other languages or scripts under any code
dis("N-1", "2029-09-23", "import", "IQ", "DE", [it("711790", "Sumerische Rollsiegel-Anhänger, Stein, 6 Stück", "IQ", 0.2, 300, qty=6)], transport="post", consignee_name="Herr Ali Hassan", note="N: Sumerian cylinder-seal pendants from Iraq; German wording")
dis("N-2", "2029-09-24", "import", "LB", "FR", [it("701890", "Perles de verre phéniciennes, collier, 1 pièce", "LB", 0.1, 900, qty=1)], transport="express", note="N: Phoenician glass beads at EUR 900; French wording")
dis("N-3", "2029-09-25", "import", "GE", "DE", [it("711319", "Скифское золотое украшение, 1 шт", "GE", 0.05, 4000, cur="USD", qty=1)], transport="express", note="N: a Scythian gold ornament; Russian wording")
dis("N-4", "2029-09-26", "import", "IT", "US", [it("691390", "Vaso etrusco in bucchero, patina, 1 pz", "IT", 1.5, 2500, qty=1)], transport="air", note="N: an Etruscan bucchero vase; Italian wording")

# D (further) an object carrying an old date beside decoration
dis("D-1", "2029-09-27", "import", "MA", "ES", [it("830629", "Bandeja decorativa de latón grabada, fechada 1212 H., 1 ud", "MA", 3, 900, qty=1)], transport="express", note="D: a brass tray dated 1212 AH as decoration; Spanish wording")
dis("D-2", "2029-09-28", "import", "RU", "FI", [it("830629", "Koriste, pronssinen risti, vuosiluku 1689, 1 kpl", "RU", 0.3, 600, qty=1)], transport="post", consignee_name="Matti Virtanen", note="D: a bronze cross with the year 1689 as decoration; Finnish wording")

# ordinary: lawful look-alikes, several to private persons
ordi("1", "2029-09-01", "import", "CN", "DE", [it("680293", "Grabstein aus Granit, neu, mit Inschrift graviert, 1 Stück", "CN", 400, 700, cur="USD", qty=1)], transport="sea", importer_name="Steinmetz Müller GmbH", note="new granite headstone engraved with its inscription")
ordi("2", "2029-09-02", "import", "IN", "GB", [it("680299", "Sandstone garden plaque, engraved 'Welcome', new, 10 pcs", "IN", 150, 300, cur="USD", qty=10)], transport="sea", note="new engraved sandstone plaques")
ordi("3", "2029-09-03", "import", "CN", "PL", [it("680293", "Granitowa latarnia ogrodowa, nowa, 1,5 m, 2 szt.", "CN", 900, 1100, cur="USD", qty=2)], transport="rail", note="new granite garden lanterns by rail")
ordi("4", "2029-09-04", "import", "MX", "US", [it("680299", "Molcajete, volcanic stone mortar with pestle, three legs, new, 12 pcs", "MX", 48, 240, cur="USD", qty=12)], transport="road", consignee_name="Ms Laura Perez", note="new molcajetes (three-legged volcanic mortars) to a private person")
ordi("5", "2029-09-05", "import", "MX", "ES", [it("680299", "Metate de piedra volcánica nuevo, para moler maíz, 1 ud", "MX", 18, 70, cur="USD", qty=1)], transport="air", consignee_name="Sra. Carmen López", note="a new kitchen metate from Mexico at a kitchen tool's price")
ordi("6", "2029-09-06", "import", "TR", "DE", [it("691200", "Handgemachte Tonkrüge, rustikal, neu, 24 Stk.", "TR", 30, 180, qty=24)], transport="road", note="new handmade rustic jugs at EUR 7.50 each")
ordi("7", "2029-09-07", "import", "PT", "FR", [it("691490", "Tessons de céramique pour mosaïque, neufs, 5 kg", "PT", 5, 25, qty=500)], transport="road", consignee_name="Mme Julie Petit", note="new mosaic tesserae to a private person")
ordi("8", "2029-09-08", "import", "IN", "DE", [it("830629", "Messing-Astrolabium, Dekoration, neu, 10 Stück", "IN", 8, 150, qty=10)], transport="express", consignee_name="Herr Jonas Weber", note="new brass astrolabes as decoration at EUR 15 each")
ordi("9", "2029-09-09", "import", "IT", "DE", [it("830629", "Bronzefiguren mit künstlicher Patina, Replik, Museumsshop, 4 Stück", "IT", 1.2, 120, qty=4)], transport="express", consignee_name="Frau Anna Schulz", note="museum-shop bronze replicas with artificial patina")
ordi("10", "2029-09-10", "import", "GE", "DE", [it("711790", "Emaille-Anhänger, Cloisonné, georgischer Stil, neu, 30 Stück", "GE", 0.5, 450, qty=30)], transport="express", consignee_name="Frau Nino Beridze", note="new cloisonné pendants 'in the Georgian style' at EUR 15 each")
ordi("11", "2029-09-11", "import", "DE", "AT", [it("740400", "Kupferschrott, Kabelabfälle, gemischt, 2 t", "DE", 2000, 11000)], transport="road", note="ordinary copper scrap")
ordi("12", "2029-09-12", "import", "NL", "BE", [it("780200", "Loodschroot, dakbedekking en buizen, 800 kg", "NL", 800, 1200)], transport="road", note="ordinary lead scrap of roofing and pipes")
ordi("13", "2029-09-13", "import", "US", "DE", [it("370500", "Photographic glass plates, new, unexposed, 13x18 cm, 100 pcs", "US", 10, 400, cur="USD", qty=100)], transport="air", note="new photographic glass plates")
ordi("14", "2029-09-14", "import", "GB", "NL", [it("491199", "Handwritten calligraphy cards, new, printed reproduction of a miniature, 50 pcs", "GB", 0.5, 100, qty=50)], transport="post", consignee_name="Mrs Emma de Vries", note="printed cards to a private person")
ordi("15", "2029-09-15", "import", "US", "GB", [it("880730", "Aircraft parts, new, aluminium panels for Cessna 172, 6 pcs", "US", 40, 3000, cur="USD", qty=6)], transport="air", importer_name="Skyline Aviation Ltd", note="new aircraft parts")
ordi("16", "2029-09-16", "import", "US", "DE", [it("842410", "Antique brass fire extinguisher, emptied, decorative, 1 pc", "US", 3, 220, cur="USD", qty=1)], transport="express", consignee_name="Herr Max Becker", note="an emptied antique brass extinguisher as decoration: lawful antique trade")
ordi("17", "2029-09-17", "import", "GB", "FR", [it("910521", "Antique wall clock, oak case, working, 1 pc", "GB", 9, 450, qty=1)], transport="express", consignee_name="M. Luc Bernard", note="an antique wall clock by express to a private person")
ordi("18", "2029-09-18", "import", "IT", "DE", [it("691390", "Vaso in ceramica, stile etrusco, nuovo, 6 pz", "IT", 6, 120, qty=6)], transport="express", consignee_name="Frau Maria Keller", note="new 'Etruscan-style' ceramic vases at EUR 20 each")
ordi("19", "2029-09-19", "import", "CN", "DE", [it("830629", "Dekorative Messingschale, graviert mit Jahreszahl 2029, 20 Stück", "CN", 10, 200, qty=20)], transport="sea", note="new brass bowls engraved with the year 2029")
ordi("20", "2029-09-20", "import", "PL", "DE", [it("730890", "Stahlkonstruktionsteile, neu, für Hallenbau, 40 Stück", "PL", 2000, 5000, qty=40)], transport="road", note="ordinary structural steel parts")

# permitted: the same goods with their documents
perm("1", "2029-09-01", "import", "TR", "DE", [it("970510", "Inscribed Roman marble stele, ex-collection, documented, 1 pc", "TR", 150, 30000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "TR-KTB-2029-118"), ("IMPORT_LICENCE", "DE-KGSG-2029-041")])], transport="sea", note="an inscribed stele with its export certificate and EU import licence")
perm("2", "2029-09-02", "export", "GR", "CH", [it("970510", "Bronze figurines, Geometric period, with export licence, 2 pcs", "GR", 0.5, 9000, qty=2, docs=[("EXPORT_LICENCE", "GR-YPPO-2029-0442")])], transport="air", note="bronze figurines with the Greek export licence")
perm("3", "2029-09-03", "import", "PG", "AU", [it("880730", "WWII aircraft wreck parts for museum restoration, 8 pcs", "PG", 200, 5000, cur="USD", qty=8, docs=[("EXPORT_LICENCE", "PNG-NMAG-2029-07")])], transport="sea", note="wreck parts with the PNG National Museum's export permit")
perm("4", "2029-09-04", "import", "IN", "GB", [it("970690", "Illuminated manuscript leaves, 17th century, 10 folios", "IN", 0.3, 8000, qty=10, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IN-ASI-2029-3391")])], transport="air", note="manuscript leaves with the ASI non-antiquity/export certificate")

probes.write(HERE, "dev21-a")
