#!/usr/bin/env python3
"""Writes the round-twenty-five (c) development probes for cultural property
(dev25-c-{disguised,ordinary,permitted}.ndjson): paintings cut from their stretchers as painted
textile, ancient arms and armour as decorations or scrap, old master instruments as student
instruments, pre-Columbian gold ornaments as scrap to a company, carved church stone as garden
stone, gilded church woodwork as used frames or mouldings. Rows are worded differently from
blind25's and blind26's rows; the ordinary rows hold lawful look-alikes that use the controlled
word in a lawful sense and lawful private-person consignees. Written and committed before the
round-twenty-five (c) rules were run on it (docs/profile-packs.md, "Round twenty-five (c):
cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D25C", "925", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
CERT = [("CULTURAL_EXPORT_CERTIFICATE", "CEC-2030-0925")]
LIC = [("EXPORT_LICENCE", "EU-116-2030-0925")]

# C1 paintings cut from their stretchers as painted textile, rolled canvas or offcuts
dis("C1-1", "2030-06-02", "import", "TR", "DE", [it("590110", "Bemalte Leinwandreste, gerollt, Stoffabfälle, 4 Rollen", "IQ", 8, 120, cur="EUR", qty=4)], transport="road", importer_name="Textilhandel Kaya GmbH", note="C1: painted canvas remnants rolled, of Iraqi origin: paintings cut from their frames; German wording")
dis("C1-2", "2030-06-03", "import", "AE", "GB", [it("630790", "Rolled painted canvas, oil on cotton, unframed, 3 rolls", "AF", 5, 300, cur="GBP", qty=3)], transport="air", note="C1: rolled oil-painted canvases from Afghanistan as made-up textile articles")
dis("C1-3", "2030-06-04", "import", "LB", "IT", [it("531090", "Ritagli di tela dipinta a olio, arrotolati, 10 pz", "SY", 6, 150, cur="EUR", qty=10)], transport="sea", note="C1: oil-painted canvas cuttings rolled, Syrian origin; Italian wording")
# C2 ancient arms and armour as decorations, props or scrap
dis("C2-1", "2030-06-05", "import", "UA", "PL", [it("732690", "Stary grot włóczni, skorodowany, dekoracja, 3 szt.", "UA", 1.5, 60, cur="EUR", qty=3)], transport="post", consignee_name="Jan Kowalski", note="C2: corroded spearheads from Ukraine to a private person: detector finds; Polish wording")
dis("C2-2", "2030-06-06", "import", "RS", "AT", [it("930700", "Altes Schwert, stark korrodiert, Bodenfund, Deko, 1 Stk", "RS", 1.2, 150, cur="EUR", qty=1)], transport="post", consignee_name="Herr M. Huber", note="C2: an excavated sword from Serbia: a Roman or Migration-period blade; German wording")
dis("C2-3", "2030-06-07", "import", "BG", "GB", [it("830629", "Bronze helmet, green patina, theatre prop, 1 pc", "BG", 1.8, 200, cur="GBP", qty=1)], transport="express", note="C2: a bronze helmet with green patina from Bulgaria: a Thracian helmet, not a prop")
# C3 old master instruments with a maker's label and an old date as student instruments
dis("C3-1", "2030-06-08", "export", "DE", "US", [it("920210", "Schülergeige, gebraucht, Zettel 'Nicolaus Amatus Cremonae 1662', 1 Stk", "DE", 1.5, 700, cur="EUR", qty=1)], transport="air", home_by_flow=True, note="C3: an Amati-labelled violin as a student violin at 700 EUR; German wording")
dis("C3-2", "2030-06-09", "export", "FR", "CN", [it("920210", "Violoncelle d'étude d'occasion, étiquette Vuillaume Paris 1850, 1 pièce", "FR", 4, 1200, cur="EUR", qty=1)], transport="air", home_by_flow=True, note="C3: a Vuillaume cello of 1850 as a used study cello; French wording")
dis("C3-3", "2030-06-10", "export", "GB", "HK", [it("920210", "Used student viola, label dated 1745, 1 pc", "GB", 1.8, 650, cur="GBP", qty=1)], transport="express", home_by_flow=True, note="C3: a viola with an 18th-century label declared as a student instrument")
# C4 pre-Columbian gold ornaments as scrap or for melting, to a company
dis("C4-1", "2030-06-11", "import", "PE", "CH", [it("711291", "Gold scrap for refining, old ornaments, bird figures and nose rings, 0.9 kg", "PE", 0.9, 52000, cur="USD")], transport="air", importer_name="Alpine Refining SA", note="C4: bird figures and nose rings in gold from Peru are Moche or Sicán grave goods")
dis("C4-2", "2030-06-12", "import", "PA", "US", [it("711299", "Desperdicios de oro, figuras zoomorfas y pectorales dañados, 0,7 kg", "PA", 0.7, 40000, cur="USD")], transport="air", importer_name="Gulf Metals Recovery Inc", note="C4: zoomorphic figures and pectorals in gold from Panama: Coclé gold; Spanish wording")
# C5 carved church stone (capitals, corbels, tympana, fonts) as garden or reclaimed stone
dis("C5-1", "2030-06-13", "export", "FR", "GB", [it("680291", "Chapiteau sculpté en pierre, décor de jardin, ancien, 1 pièce", "FR", 250, 600, cur="EUR", qty=1)], transport="road", home_by_flow=True, note="C5: an old carved stone capital as garden decoration: a church element; French wording")
dis("C5-2", "2030-06-14", "export", "ES", "US", [it("680299", "Ménsulas de piedra tallada con cabezas, estilo gótico, recuperadas, 4 uds", "ES", 360, 1600, cur="EUR", qty=4)], transport="sea", home_by_flow=True, note="C5: carved corbels with heads, Gothic style, reclaimed: church corbels; Spanish wording")
dis("C5-3", "2030-06-15", "export", "IT", "CH", [it("680291", "Old marble basin, carved, baptismal font style, 1 pc", "IT", 400, 1200, cur="EUR", qty=1)], transport="road", home_by_flow=True, importer_name="Freeport Storage SA", note="C5: a carved marble font from an Italian church as an old basin")
# C6 gilded carved church woodwork (retables, iconostases, altars) as frames, mouldings or panels
dis("C6-1", "2030-06-16", "export", "ES", "MX", [it("442090", "Paneles de madera tallada y dorada, retablo desmontado, usado, 12 piezas", "ES", 260, 1800, cur="EUR", qty=12)], transport="sea", home_by_flow=True, note="C6: a dismantled gilt retable from a Spanish church as used panels; Spanish wording")
dis("C6-2", "2030-06-17", "import", "UA", "PL", [it("442190", "Rzeźbione złocone drewniane elementy, ikonostas, używane, 20 szt.", "UA", 180, 900, cur="EUR", qty=20)], transport="road", note="C6: gilt iconostasis parts from Ukraine as used wooden elements; Polish wording")
dis("C6-3", "2030-06-18", "export", "PT", "US", [it("441400", "Used gilt carved wood mouldings, altar fragments, 16 pcs", "PT", 140, 1500, cur="EUR", qty=16)], transport="sea", home_by_flow=True, note="C6: altar woodwork as used gilt mouldings")

# ordinary look-alikes
ordi("O1-1", "2030-06-02", "import", "CN", "DE", [it("590110", "Malleinwand, grundiert, auf Rolle, 50 Rollen", "CN", 400, 3000, cur="EUR", qty=50)], transport="sea", importer_name="Künstlerbedarf Schmidt GmbH", note="O1: primed artists' canvas on rolls")
ordi("O1-2", "2030-06-03", "import", "IN", "GB", [it("630790", "Hand painted canvas tote bags, new, 300 pcs", "IN", 60, 900, cur="GBP", qty=300)], transport="sea", note="O1: painted canvas bags")
ordi("O1-3", "2030-06-04", "import", "CN", "FR", [it("970191", "Peinture à l'huile sur toile, roulée, reproduction, 1 pièce", "CN", 0.5, 40, cur="EUR", qty=1)], transport="post", consignee_name="Mme C. Bernard", note="O1: a reproduction oil painting, rolled, to a private person")
ordi("O2-1", "2030-06-05", "import", "CN", "GB", [it("930700", "Replica Roman gladius, stainless steel, display sword, 50 pcs", "CN", 60, 1500, cur="GBP", qty=50)], transport="sea", note="O2: replica swords")
ordi("O2-2", "2030-06-06", "import", "IN", "DE", [it("830629", "Messinghelm, Deko, Nachbildung, Wikinger-Stil, neu, 1 Stk", "IN", 1.5, 45, cur="EUR", qty=1)], transport="post", consignee_name="Herr T. Wagner", note="O2: a new decorative replica helmet to a private person")
ordi("O2-3", "2030-06-07", "import", "US", "NL", [it("650610", "Fire brigade helmets, new, EN 443, 40 pcs", "US", 60, 8000, cur="EUR", qty=40)], transport="air", note="O2: firefighter helmets")
ordi("O3-1", "2030-06-08", "export", "DE", "US", [it("920210", "Schülergeigen 4/4, neu, mit Bogen und Etui, 20 Stk", "DE", 40, 4000, cur="EUR", qty=20)], transport="sea", home_by_flow=True, note="O3: new student violins")
ordi("O3-2", "2030-06-09", "import", "CN", "FR", [it("920210", "Violon copie Stradivarius, neuf, atelier, 1 pièce", "CN", 1.5, 180, cur="EUR", qty=1)], transport="post", consignee_name="M. P. Lefèvre", note="O3: a new Stradivarius-model violin to a private person")
ordi("O4-1", "2030-06-10", "import", "CO", "CH", [it("711291", "Gold scrap, broken jewellery and dental gold, 4 kg", "CO", 4, 170000, cur="USD")], transport="air", importer_name="Swiss Refining SA", note="O4: refinery scrap from Colombia")
ordi("O4-2", "2030-06-11", "import", "PE", "US", [it("711319", "Gold pendants, new, frog and bird designs, 18k, 30 pcs", "PE", 0.15, 9000, cur="USD", qty=30)], transport="air", importer_name="Andean Jewelry Inc", note="O4: new gold jewellery with pre-Columbian motifs")
ordi("O4-3", "2030-06-12", "import", "CO", "ES", [it("711719", "Colgantes bañados en oro, réplicas precolombinas, rana, 20 uds", "CO", 0.3, 300, cur="EUR", qty=20)], transport="post", consignee_name="Sra. L. García", note="O4: gold-plated replica frog pendants to a private person")
ordi("O5-1", "2030-06-13", "import", "CN", "GB", [it("680291", "Garden statues, cast stone, column capitals, classical style, new, 30 pcs", "CN", 1200, 3000, cur="GBP", qty=30)], transport="sea", note="O5: new cast-stone garden capitals")
ordi("O5-2", "2030-06-14", "import", "PT", "FR", [it("680299", "Fontaine de jardin en pierre calcaire sculptée, style gothique, neuve, 1 pièce", "PT", 300, 900, cur="EUR", qty=1)], transport="road", consignee_name="M. A. Moreau", note="O5: a new carved limestone garden fountain to a private person")
ordi("O6-1", "2030-06-15", "export", "PT", "BR", [it("441490", "Molduras em madeira dourada, novas, para quadros, 200 peças", "PT", 150, 2500, cur="EUR", qty=200)], transport="sea", home_by_flow=True, note="O6: new gilt picture frames")
ordi("O6-2", "2030-06-16", "import", "IT", "US", [it("441400", "Gilded wood picture frames, baroque style, new, 60 pcs", "IT", 120, 3600, cur="USD", qty=60)], transport="sea", note="O6: new baroque-style frames")
ordi("O6-3", "2030-06-17", "import", "GR", "GB", [it("970191", "Icon, painted on wood, new, church supplies, 10 pcs", "GR", 8, 800, cur="GBP", qty=10)], transport="air", importer_name="Orthodox Church Supplies Ltd", note="O6: new icons")

# permitted
perm("P1", "2030-06-18", "export", "FR", "US", [it("970110", "Oil painting on canvas, 17th century, unframed, rolled, 1 pc", "FR", 3, 60000, cur="EUR", qty=1, docs=LIC)], transport="air", home_by_flow=True, note="P1: an old painting with its EU export licence")
perm("P2", "2030-06-19", "export", "IT", "US", [it("920210", "Violino, Giovanni Battista Guadagnini, Torino 1775, 1 pz", "IT", 1.5, 900000, cur="EUR", qty=1, docs=CERT)], transport="air", home_by_flow=True, note="P2: a Guadagnini with its certificate")
perm("P3", "2030-06-20", "export", "ES", "US", [it("970500", "Capitel románico, piedra, siglo XII, 1 ud", "ES", 200, 45000, cur="EUR", qty=1, docs=LIC)], transport="sea", home_by_flow=True, note="P3: a Romanesque capital with an export licence")

probes.write(HERE, "dev25-c")
