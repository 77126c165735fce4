#!/usr/bin/env python3
"""Writes the round-twenty-nine (e) development probes for wildlife (CITES)
(dev29-e-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind35's and blind36's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: S shark meat (mako, porbeagle, hammerhead, silky)
as skinless swordfish at a shark's price; W lignum vitae and Bulnesia (Guaiacum spp.,
Bulnesia sarmientoi) as 'ironwood' or by a lignum-vitae use (sheaves, stern-tube bearings,
mallets) from their range; F CITES aquarium fish under a plain word: freshwater rays from South
America as 'rays', zebra plecos as black-and-white striped L-number catfish; L real reptile skin
as embossed or printed calf at a reptile's price from a source country; H elephant-tail hair
jewellery as 'black fibre'; N saiga or rhino horn as livestock horn at a price no livestock horn
has; M totoaba maw as a croaker's swim bladder at a totoaba price.
The ordinary rows hold the lawful twins a careless rule would flag (skin-on or dearer
swordfish, ulin and azobé, captive-bred aquarium fish and marine rays, embossed calf at a
calf's price, horsehair and cotton bracelets, buffalo horn and deer velvet, croaker maws at a
croaker's price). Written and committed before the round-twenty-nine (e) rules were run on it
(docs/profile-packs.md, "Round twenty-nine (e): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D29E", "929", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# S shark meat as skinless swordfish at a shark's price
dis("S1", "2032-05-02", "import", "PE", "IT", [it("030484", "Tranci di pesce spada congelati, senza pelle, 12 t", "PE", 12000, 57600, cur="USD")], note="S: skinless 'swordfish' steaks at 4.8 USD/kg from Peru are mako or blue shark (App. II); swordfish costs twice that; Italian wording", importer_name="Ittica Adriatica Srl", consignee_name="Ittica Adriatica Srl")
dis("S2", "2032-05-03", "import", "SN", "FR", [it("030491", "Espadon, longes sans peau, congelées, 20 t", "SN", 20000, 90000, cur="EUR")], note="S: skinless swordfish loins at 4.5 EUR/kg from Senegal: shark meat (hammerhead, silky) without a permit; French wording")
dis("S3", "2032-05-04", "import", "VN", "DE", [it("030484", "Schwertfisch-Loins ohne Haut, tiefgefroren, 9 t", "VN", 9000, 46800, cur="USD")], note="S: skinless swordfish loins at 5.2 USD/kg: shark; German wording")
# W lignum vitae and Bulnesia as ironwood or by its use
dis("W1", "2032-05-05", "import", "VE", "ES", [it("440729", "Palo de hierro aserrado para cojinetes de bocina, 2 m3", "VE", 2600, 11000, cur="USD")], note="W: 'iron wood' for stern-tube bearings from Venezuela is Guaiacum (lignum vitae, App. II); Spanish wording")
dis("W2", "2032-05-06", "import", "PY", "FR", [it("440799", "Bois de fer, blocs bruts pour réas de poulies marines, 3 t", "PY", 3000, 9000, cur="USD")], note="W: 'bois de fer' from Paraguay for pulley sheaves is Bulnesia sarmientoi (palo santo, App. II); French wording")
dis("W3", "2032-05-07", "import", "NI", "GB", [it("440399", "Ironwood billets, for mallets and bearings, 1.5 t", "NI", 1500, 6000, cur="USD")], note="W: ironwood billets for mallets and bearings from Nicaragua: Guaiacum sanctum (App. II)")
# F CITES aquarium fish under a plain word
dis("F1", "2032-05-08", "import", "PE", "US", [it("030119", "Live ornamental fish, assorted rays, 40 pcs", "PE", 40, 4800, cur="USD", qty=40)], transport="air", note="F: 'rays' among live ornamental fish from Peru are Potamotrygon (App. III); no permit")
dis("F2", "2032-05-09", "import", "CO", "ES", [it("030119", "Peces ornamentales vivos, rayas tigre, 25 uds", "CO", 30, 3750, cur="USD", qty=25)], transport="air", note="F: tiger rays from Colombia are Potamotrygon (App. III, Colombia); Spanish wording")
dis("F3", "2032-05-10", "import", "PE", "DE", [it("030111", "Lebende Zierfische, L-Welse, schwarz-weiß gestreift, 200 St.", "PE", 20, 12000, cur="USD", qty=200)], transport="air", note="F: black-and-white striped L-number catfish at 60 USD each from Peru are zebra plecos from the Xingu; German wording")
# L real reptile skin as embossed or printed calf
dis("L1", "2032-05-11", "import", "PY", "FR", [it("410712", "Vachette imprimée crocodile, finie, 200 peaux", "PY", 320, 26000, cur="USD", qty=200)], transport="air", note="L: 'croc-printed calf' at 130 USD a skin from Paraguay is yacare caiman (App. II); French wording")
dis("L2", "2032-05-12", "import", "ZW", "DE", [it("410792", "Rindleder mit Krokoprägung, fertig, 150 Stück", "ZW", 200, 16500, cur="USD", qty=150)], transport="air", note="L: croc-embossed cowhide at 110 USD a piece from Zimbabwe is Nile crocodile (App. II); German wording")
dis("L3", "2032-05-13", "import", "ID", "NL", [it("410799", "Python-look printed cow leather, finished, 400 pcs", "ID", 300, 38000, cur="USD", qty=400)], transport="air", note="L: 'python-look' cow leather at 95 USD a piece from Indonesia is reticulated python (App. II)")
# H elephant hair as black fibre
dis("H1", "2032-05-14", "import", "ZM", "ES", [it("711790", "Pulseras de fibra negra, artesanía, 60 uds", "ZM", 0.3, 300, cur="USD", qty=60)], transport="post", note="H: black-fibre bracelets from Zambia are elephant-tail hair; Spanish wording", **PP)
dis("H2", "2032-05-15", "import", "KE", "DE", [it("711719", "Ringe aus schwarzer Faser, handgemacht, 40 St.", "KE", 0.1, 200, cur="USD", qty=40)], transport="post", note="H: black-fibre rings from Kenya are elephant or giraffe hair; German wording", consignee_name="Frau H. Vogel")
# N saiga or rhino horn as livestock horn
dis("N1", "2032-05-16", "import", "MN", "DE", [it("050790", "Sheep horns, raw, for knife handles, 40 kg", "MN", 40, 10000, cur="USD")], transport="air", note="N: 'sheep horns' at 250 USD/kg from Mongolia are saiga horns (App. II)")
dis("N2", "2032-05-17", "import", "MZ", "FR", [it("050790", "Cornes de bœuf brutes, 15 kg", "MZ", 15, 13500, cur="USD")], transport="air", transit=["AE"], note="N: 'ox horns' at 900 USD/kg from Mozambique are rhino horn (App. I); French wording")
dis("N3", "2032-05-18", "import", "RU", "LT", [it("050790", "Рога козьи, сырые, 60 кг", "RU", 60, 12000, cur="USD")], transport="road", note="N: 'goat horns' at 200 USD/kg from Russia are saiga horns; Russian wording")
# M totoaba maw as croaker swim bladder
dis("M1", "2032-05-19", "import", "MX", "HK", [it("030299", "Fresh fish maws, croaker, chilled, 40 kg", "MX", 40, 36000, cur="USD")], transport="air", transit=["US"], note="M: fresh 'croaker' maws at 900 USD/kg from Mexico are totoaba (App. I)")
dis("M2", "2032-05-20", "import", "US", "CN", [it("030399", "Buches de curvina congelados, 30 kg", "MX", 30, 21000, cur="USD")], transport="air", note="M: frozen 'curvina' maws at 700 USD/kg of Mexican origin via the US are totoaba; Spanish wording")

# ordinary: lawful twins
ordi("1", "2032-05-02", "import", "LK", "IT", [it("030484", "Pesce spada, tranci senza pelle, congelati, 8 t", "LK", 8000, 92000, cur="USD")], note="skinless swordfish steaks at a swordfish price (11.5 USD/kg)", importer_name="Ittica Adriatica Srl")
ordi("2", "2032-05-03", "import", "EC", "ES", [it("030491", "Lomos de pez espada congelados, con piel, 15 t", "EC", 15000, 130000, cur="USD")], note="skin-on swordfish loins at 8.7 USD/kg")
ordi("3", "2032-05-04", "import", "TH", "DE", [it("030487", "Skipjack tuna loins, precooked, frozen, skinless, 20 t", "TH", 20000, 84000, cur="USD")], note="skinless precooked skipjack loins at a tuna price (4.2 USD/kg): not swordfish")
ordi("4", "2032-05-05", "import", "ID", "NL", [it("440729", "Ironwood decking, ulin (Eusideroxylon zwageri), sawn, 12 m3", "ID", 12000, 21600, cur="USD")], note="ulin, the Borneo ironwood, not CITES-listed")
ordi("5", "2032-05-06", "import", "CM", "NL", [it("440729", "Azobé sawn timber for marine works, FSC, 30 m3", "CM", 32000, 27000, cur="EUR")], note="azobé (ekki) for lock gates: a heavy lawful wood")
ordi("6", "2032-05-07", "import", "MY", "GB", [it("030111", "Live ornamental fish, captive-bred discus and angelfish, 800 pcs", "MY", 90, 5200, cur="USD", qty=800)], transport="air", note="farmed discus from Malaysia")
ordi("7", "2032-05-08", "import", "LK", "GB", [it("030119", "Live marine ornamental fish, assorted, blue-spotted rays and gobies, 120 pcs", "LK", 40, 1800, cur="USD", qty=120)], transport="air", note="blue-spotted ribbontail rays from Sri Lanka: marine, not listed")
ordi("8", "2032-05-09", "import", "CZ", "DE", [it("030111", "Zierfische, L-Welse Nachzucht (L134, L333), 150 St.", "CZ", 10, 1800, qty=150)], transport="road", note="captive-bred L-number catfish from a Czech breeder at 12 EUR each")
ordi("9", "2032-05-10", "import", "IT", "FR", [it("410799", "Vachette imprimée crocodile, finie, 1 200 kg", "IT", 1200, 40000)], transport="road", note="croc-printed calf from Italy at a calf price")
ordi("10", "2032-05-11", "import", "AR", "ES", [it("410712", "Cuero vacuno grabado cocodrilo, terminado, 300 pzas", "AR", 600, 10500, cur="USD", qty=300)], transport="sea", note="croc-embossed cowhide at 35 USD a hide from Argentina: a calf's price")
ordi("11", "2032-05-12", "import", "MN", "DE", [it("711719", "Rosshaar-Armbänder, schwarz, geflochten, 100 Stk", "MN", 0.6, 250, cur="USD", qty=100)], transport="post", note="black horsehair bracelets from Mongolia (not a range state)", consignee_name="Frau L. Berg")
ordi("12", "2032-05-13", "import", "KE", "GB", [it("711790", "Black cotton thread friendship bracelets, 500 pcs", "KE", 5, 400, cur="USD", qty=500)], transport="air", note="cotton friendship bracelets from Kenya at 0.8 a piece")
ordi("13", "2032-05-14", "import", "IN", "DE", [it("050790", "Buffalo horns, raw, for combs, 2 t", "IN", 2000, 6000, cur="USD")], note="buffalo horn at 3 USD/kg")
ordi("14", "2032-05-15", "import", "NZ", "KR", [it("050790", "Deer velvet antler, dried, whole sticks, 50 kg", "NZ", 50, 16000, cur="USD")], transport="air", note="farmed New Zealand deer velvet: dear, but antler, not horn")
ordi("15", "2032-05-16", "import", "IN", "HK", [it("030572", "Dried fish maws, croaker, 200 kg", "IN", 200, 14000, cur="USD")], transport="air", note="Indian croaker maws at 70 USD/kg")
ordi("16", "2032-05-17", "import", "MX", "US", [it("030289", "Corvina fresca entera, 3 t", "MX", 3000, 18000, cur="USD")], transport="road", note="fresh Gulf corvina at a fish price")
ordi("17", "2032-05-18", "import", "MY", "GB", [it("440729", "Sawn dark red meranti, kiln-dried, MTCS certified, 15 m3", "MY", 10000, 19500, cur="USD")], note="certified meranti from Malaysia")

# permitted with their documents
perm("1", "2032-05-02", "import", "CU", "NL", [it("440729", "Lignum vitae (Guaiacum officinale) sawn blocks for bearings, 1 m3", "CU", 1250, 7000, cur="USD", docs=[("CITES_PERMIT", "CU-2032-0114")])], note="lignum vitae with its CITES export permit")
perm("2", "2032-05-03", "import", "CO", "IT", [it("410792", "Pieles de caimán (Caiman crocodilus fuscus) curtidas, 200 pzas", "CO", 250, 24000, cur="USD", qty=200, docs=[("CITES_PERMIT", "CO-2032-0871")])], transport="air", note="ranched caiman skins with the Colombian CITES permit")
perm("3", "2032-05-04", "import", "PE", "DE", [it("030119", "Live freshwater stingrays, Potamotrygon motoro, 20 pcs", "PE", 20, 2400, cur="USD", qty=20, docs=[("CITES_PERMIT", "PE-2032-0330")])], transport="air", note="stingrays with the Peruvian export permit")
probes.write(HERE, "dev29-e")
