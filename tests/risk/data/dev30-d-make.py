#!/usr/bin/env python3
"""Writes the round-thirty (d) development probes for cultural property
(dev30-d-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind37's and blind38's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: A church furnishings in gilded wood (candlesticks,
candle-bearing angels, torches) declared as furnishings or decoration at a church piece's price;
B liturgical vestments (chasuble, cope, dalmatic) declared as costume or fabric, old or at an old
piece's price; C painted or inscribed clay vessels declared as decoration at an antiquity's price
from an archaeological source country; D stone heads and torsos of deities declared as garden
decoration at a temple piece's price from a temple-looting country; E temple architectural
members (struts, brackets, windows) declared as new or 'in the style' at a building member's
mass; F 'antique look' decorative bronze or brass from the Near East at an original's price;
G archaeological metal declared as copper, bronze or lead scrap at a price per kilogram no scrap
has; H archive paper declared as collectors' waste paper; I metal objects declared by the finder
as found in a garden or field; J carved cross-stones declared as garden stone in the languages
of their routes.
The ordinary rows are lawful look-alikes: new, certified or invoiced pieces, cheap decoration,
bulk scrap and waste paper at their market price, beach-found sea glass. Written and committed
before the round-thirty (d) rules were run on it (docs/profile-packs.md, "Round thirty (d):
cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D30D", "930", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# A church furnishings in gilded wood as furnishings or decoration
dis("A1", "2032-09-01", "export", "ES", "US", [it("442090", "Candeleros de madera dorada, decoración, 6 uds", "ES", 30, 2400, qty=6)], transport="air", note="A: gilded wooden altar candlesticks at 400 EUR each, from a Spanish church, exported without the Spanish export permit; Spanish wording")
dis("A2", "2032-09-02", "export", "PL", "GB", [it("442190", "Anioły drewniane złocone z lichtarzami, dekoracja, 2 szt", "PL", 14, 1800, qty=2)], transport="road", note="A: a pair of gilded candle-bearing angels from an altar at 900 EUR each; Polish wording")
# B liturgical vestments as costume or fabric
dis("B1", "2032-09-03", "export", "ES", "MX", [it("621149", "Disfraz de época, casulla bordada en oro, 1 ud", "ES", 2, 9000, qty=1)], transport="air", note="B: an eighteenth-century embroidered chasuble as a period fancy-dress costume at 9,000 EUR; Spanish wording")
dis("B2", "2032-09-04", "export", "IT", "CH", [it("630499", "Tessuto ricamato per scenografia, piviale antico in seta, 1 pz", "IT", 4, 6500, qty=1)], transport="road", note="B: an old silk cope from a parish as a stage textile; Italian wording")
# C painted or inscribed clay vessels at an antiquity price from a source country
dis("C1", "2032-09-05", "import", "LB", "DE", [it("691390", "Bemalte Tonschalen mit Schriftzeichen, Dekoration, 4 Stk", "IQ", 3, 4800, cur="USD", qty=4)], transport="air", note="C: clay bowls with ink script from Iraq via Beirut at 1,200 USD each are incantation bowls; German wording")
dis("C2", "2032-09-06", "import", "TH", "FR", [it("691200", "Jarres en terre cuite peintes, décoration, 6 pièces", "KH", 12, 2400, cur="USD", qty=6)], transport="air", transit=["SG"], note="C: painted earthenware jars from Cambodia via Bangkok at 400 USD each are excavated prehistoric ware; French wording")
dis("C3", "2032-09-07", "import", "PE", "ES", [it("691390", "Vasijas de barro pintadas, decoración, 5 uds", "PE", 6, 3000, cur="USD", qty=5)], transport="post", note="C: painted clay vessels from Peru at 600 USD each are Nasca or Chancay pottery; Spanish wording", consignee_name="Sr. J. Ortega")
# D stone heads and torsos of deities as garden decoration at a temple piece's price
dis("D1", "2032-09-08", "import", "IN", "GB", [it("680299", "Sandstone head of a goddess, garden ornament, 1 pc", "IN", 30, 900, cur="USD", qty=1)], transport="air", note="D: a sandstone goddess head at 900 USD from India is a temple sculpture broken from its body")
dis("D2", "2032-09-09", "import", "TH", "DE", [it("680293", "Buddha-Kopf aus Stein, Gartendeko, 1 Stk", "MM", 40, 1500, cur="USD", qty=1)], transport="air", note="D: a stone Buddha head from Myanmar via Bangkok at 1,500 USD; German wording")
# E temple architectural members as new or 'in the style' at a building member's mass
dis("E1", "2032-09-10", "import", "NP", "FR", [it("442190", "Fenêtre sculptée style newar, artisanat neuf, 1 pièce", "NP", 60, 400, cur="USD", qty=1)], transport="air", transit=["IN"], note="E: a 60 kg carved Newar window from a Kathmandu valley house-shrine declared as new craft; French wording")
# F 'antique look' decorative bronze or brass from the Near East at an original's price
dis("F1", "2032-09-11", "import", "AE", "DE", [it("830629", "Dekorative Messingfiguren, Antik-Optik, 5 Stk", "IR", 2, 2500, qty=5)], transport="express", note="F: cast 'antique look' brass figures from Iran via Dubai at 500 EUR each are Luristan idols and finials; German wording", consignee_name="Herr J. Lang")
dis("F2", "2032-09-12", "import", "TR", "FR", [it("741999", "Appliques décoratives en laiton, aspect ancien, 8 pièces", "TR", 1, 2000, qty=8)], transport="post", note="F: small 'antique look' plaques from Turkey at 250 EUR each are Urartian or Luristan bronze fittings; French wording", consignee_name="M. R. Girard")
# G archaeological metal as scrap at a price per kilogram no scrap has
dis("G1", "2032-09-13", "import", "BG", "DE", [it("740400", "Bronzeschrott, Kleinteile, 2 kg", "BG", 2, 700)], transport="post", note="G: 'bronze scrap' at 350 EUR/kg is a detected lot of fibulae and arrowheads; German wording", consignee_name="Herr M. Vogel")
dis("G2", "2032-09-14", "export", "UA", "PL", [it("740400", "Lom miedzi i brazu, drobny, 4 kg", "UA", 4, 900, cur="USD")], transport="post", note="G: copper and bronze 'scrap' at 225 USD/kg from Ukraine is a Scythian-period hoard; Polish wording")
# H archive paper as collectors' waste paper
dis("H1", "2032-09-15", "export", "CZ", "US", [it("470790", "Sběrový papír, staré dokumenty pro sběratele, 3 kg", "CZ", 3, 80)], transport="post", note="H: 'waste paper for collectors' is leaves of old parish and manorial records; Czech wording")
# I metal objects declared by the finder as found in a garden or field
dis("I1", "2032-09-16", "import", "SE", "DE", [it("711719", "Gamla metallföremål, hittade i trädgården, 9 st", "SE", 0.4, 70, qty=9)], transport="post", note="I: old metal objects 'found in the garden' from Sweden are Viking-age brooch fragments, state property under the Swedish Heritage Act; Swedish wording", consignee_name="Herr P. Schulz")
dis("I2", "2032-09-17", "import", "DK", "NL", [it("830890", "Gamle bronzegenstande fundet på marken, 6 stk", "DK", 0.3, 60, qty=6)], transport="post", note="I: old bronze objects 'found in the field' from Denmark are danefæ that must be handed in; Danish wording", consignee_name="M. de Vries")
# J carved cross-stones as garden stone in the languages of their routes
dis("J1", "2032-09-18", "import", "GE", "DE", [it("680299", "Декоративный садовый камень с резным крестом, 1 шт", "GE", 300, 400, qty=1)], transport="road", transit=["TR", "BG"], note="J: a tuff slab with a carved cross from Georgia is a medieval cross-stone; Russian wording")

# ordinary: lawful look-alikes
ordi("1", "2032-09-01", "export", "IT", "CH", [it("442090", "Candelieri in legno dorato, nuovi, produzione artigianale, 10 pz", "IT", 40, 1500, qty=10)], transport="road", note="new gilded candlesticks from a church-supply workshop")
ordi("2", "2032-09-02", "export", "ES", "FR", [it("442090", "Candelabros de madera, decoración, 4 uds", "ES", 4, 80, qty=4)], transport="road", note="cheap wooden candlesticks")
ordi("3", "2032-09-03", "export", "IT", "US", [it("621149", "Pianeta ricamata, nuova, per parrocchia, 2 pz", "IT", 2, 1400, qty=2)], transport="air", note="new chasubles for a parish")
ordi("4", "2032-09-04", "export", "GB", "US", [it("621149", "Theatre costume, period style, velvet cape, 3 pcs", "GB", 4, 450, cur="GBP", qty=3)], transport="air", note="theatre costumes in period style")
ordi("5", "2032-09-05", "import", "TR", "DE", [it("691200", "Handbemalte Keramikschalen mit Kalligraphie, neu, 200 Stk", "TR", 80, 1200, qty=200)], transport="road", note="new hand-painted calligraphy bowls")
ordi("6", "2032-09-06", "import", "TH", "NL", [it("691390", "Hand-painted clay pots, decorative, 40 pcs", "TH", 60, 400, cur="USD", qty=40)], note="cheap painted clay pots")
ordi("7", "2032-09-07", "import", "PE", "US", [it("691390", "Vasijas de cerámica pintadas, artesanía, 30 uds", "PE", 20, 450, cur="USD", qty=30)], transport="air", note="Peruvian painted craft pottery at craft prices")
ordi("8", "2032-09-08", "import", "ID", "NL", [it("680293", "Stenen Boeddhahoofd, tuindecoratie, nieuw, 10 st", "ID", 200, 600, cur="USD", qty=10)], note="new stone Buddha heads for gardens")
ordi("9", "2032-09-09", "import", "VN", "FR", [it("680299", "Tête de Bouddha en pierre, décoration de jardin, 4 pièces", "VN", 80, 320, cur="USD", qty=4)], note="cheap garden Buddha heads", **PP)
ordi("10", "2032-09-10", "import", "NP", "DE", [it("442190", "Carved wooden window, Newari style, new handicraft, with workshop invoice, 1 pc", "NP", 25, 300, cur="USD", qty=1)], transport="air", note="a new Newari-style window with its workshop invoice", consignee_name="Frau K. Roth")
ordi("11", "2032-09-11", "import", "IN", "GB", [it("830629", "Decorative brass figures, antique look, 50 pcs", "IN", 20, 400, cur="USD", qty=50)], note="cheap antique-look brass figures")
ordi("12", "2032-09-12", "import", "TR", "NL", [it("741999", "Decoratieve paardenbitten, messing, antieke look, 12 stuks", "TR", 5, 180, qty=12)], transport="road", note="cheap decorative brass horse bits")
ordi("13", "2032-09-13", "import", "DE", "PL", [it("740400", "Złom brązu, 2 t", "DE", 2000, 12000)], transport="road", note="bronze scrap at a scrap price")
ordi("14", "2032-09-14", "export", "PL", "DE", [it("470790", "Makulatura, stare gazety, 20 t", "PL", 20000, 2400)], transport="road", note="old newspapers for a paper mill")
ordi("15", "2032-09-15", "import", "DK", "DE", [it("711719", "Sea glass found on the beach, jewellery, 30 pcs", "DK", 0.3, 120, qty=30)], transport="post", note="beach-found sea glass jewellery", consignee_name="Frau L. Meyer")
ordi("16", "2032-09-16", "import", "BG", "GR", [it("680293", "Нов гранитен надгробен паметник с кръст, полиран, 1 бр.", "BG", 400, 900, qty=1)], transport="road", note="a new polished granite memorial with a cross")
ordi("17", "2032-09-17", "import", "GB", "US", [it("780200", "Lead scrap, roofing offcuts, 3 t", "GB", 3000, 5400, cur="GBP")], note="lead roofing scrap at a scrap price")

# permitted with their documents
perm("1", "2032-09-01", "export", "IT", "CH", [it("442090", "Candelieri in legno dorato, arredo sacro, sec. XVIII, 2 pz", "IT", 18, 12000, qty=2, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-2032-0511")])], transport="road", note="eighteenth-century altar candlesticks with the Italian export certificate")
perm("2", "2032-09-02", "export", "ES", "US", [it("621149", "Casulla bordada en oro, siglo XVIII, 1 ud", "ES", 2, 15000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-2032-0233")])], transport="air", note="an old chasuble with the Spanish export permit for a loan")
perm("3", "2032-09-03", "import", "NP", "DE", [it("442190", "Carved temple strut, new, handicraft, 1 pc", "NP", 22, 450, cur="USD", qty=1, docs=[("EXPORT_LICENCE", "NP-DOA-2032-0145")])], transport="air", note="a new strut with the Department of Archaeology's non-antiquity certificate")
probes.write(HERE, "dev30-d")
