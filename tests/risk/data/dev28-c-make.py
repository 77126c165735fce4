#!/usr/bin/env python3
"""Writes the round-twenty-eight (c) development probes for cultural property
(dev28-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind31's and blind32's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: U objects of a ritual or grave kind declared as craft
with a use-wear, ritual-patina or old-repair word; G excavated (iridescent, weathered) glass
from the Levant and the Mediterranean; L prehistoric stone tools as stones or souvenirs; J carved
Mesoamerican greenstone (jade) as jewellery; S old inscribed stone slabs and carved-script stones
as garden stone; P colonial and notarial archive paper as old paper; E ethnographic objects of
peoples whose countries require an export permit (Northwest Coast, Inuit, Sami and Siberian
drums, Aboriginal Australia).
The ordinary rows include lawful private-person consignees and lawful look-alikes that use
the controlled word in a lawful sense. Written and committed before the round-twenty-eight (c)
rules were run on it (docs/profile-packs.md, "Round twenty-eight (c): cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D28C", "928", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# U ritual and grave objects declared as craft, betrayed by use wear or old repairs
dis("U1", "2031-09-01", "import", "CM", "BE", [it("442090", "Statuettes en bois, artisanat, patine rituelle croûteuse, 6 pièces", "CM", 9, 180, cur="EUR", qty=6)], transport="post", note="U: 'crusty ritual patina' on wooden figures from Cameroon is libation residue: used power figures; French wording", consignee_name="M. J. Lambert")
dis("U2", "2031-09-02", "import", "CN", "DE", [it("691390", "Keramikfigur Kamel, Handwerk, mit alten Reparaturen und Erdresten, 1 Stk", "CN", 11, 120, cur="USD", qty=1)], transport="express", note="U: a ceramic camel with old repairs and soil remains is a tomb figure (mingqi); German wording", consignee_name="Herr T. Wolff")
dis("U3", "2031-09-03", "import", "ML", "FR", [it("442199", "Wooden dance masks, handicraft, worn from ceremonial use, 8 pcs", "ML", 14, 200, cur="USD", qty=8)], transport="air", note="U: masks 'worn from ceremonial use' from Mali are danced ritual masks (Red List West Africa)")
# G excavated glass from the Levant and the Mediterranean
dis("G1", "2031-09-04", "import", "SY", "DE", [it("701349", "Kleine Glasfläschchen, irisierend, alt, 25 Stk", "SY", 1, 90, cur="EUR", qty=25)], transport="post", note="G: small iridescent old glass phials from Syria are Roman balsamaria with burial weathering; German wording", consignee_name="Frau B. Hartmann")
dis("G2", "2031-09-05", "import", "JO", "GB", [it("701890", "Iridescent glass beads and bottles, ancient style, weathered, 40 pcs", "JO", 1, 70, cur="GBP", qty=40)], transport="post", note="G: weathered iridescent beads and bottles from Jordan: excavated glass", **PP)
# L prehistoric stone tools as stones, minerals or souvenirs
dis("L1", "2031-09-06", "import", "MA", "ES", [it("251690", "Piedras de sílex, raspadores y hachas de mano, recuerdo del Sáhara, 120 uds", "MA", 8, 60, cur="EUR", qty=120)], transport="post", note="L: flint scrapers and hand axes from the Sahara are Palaeolithic tools; Spanish wording", consignee_name="Sr. A. Molina")
dis("L2", "2031-09-07", "import", "NE", "FR", [it("711690", "Microlithes et pointes en silex polies, collection minérale, 200 pcs", "NE", 3, 40, cur="EUR", qty=200)], transport="post", note="L: microliths and flint points from Niger under a stone-article code", **PP)
# J Mesoamerican carved greenstone as jewellery
dis("J1", "2031-09-08", "import", "MX", "ES", [it("711719", "Colgantes de piedra verde tallada, figura de cara humana, 15 pzas", "MX", 1, 45, cur="USD", qty=15)], transport="post", note="J: carved greenstone face pendants from Mexico are pre-Hispanic; Spanish wording", consignee_name="Sra. P. Ruiz")
dis("J2", "2031-09-09", "import", "GT", "DE", [it("711620", "Jadeit-Anhänger, geschnitzt, Maske, poliert, 3 Stk", "GT", 0.3, 50, cur="USD", qty=3)], transport="express", note="J: carved jadeite mask pendants from Guatemala at 17 USD each; German wording", consignee_name="Herr R. Braun")
# S old inscribed stone slabs and carved-script stones as garden or building stone
dis("S1", "2031-09-10", "import", "CN", "GB", [it("680229", "Old stone tablet with engraved characters, weathered, garden ornament, 1 pc", "CN", 95, 160, cur="USD", qty=1)], transport="sea", note="S: an old engraved stone tablet from China is a stele or epitaph", consignee_name="Mr D. Hughes")
dis("S2", "2031-09-11", "import", "NP", "NL", [it("680299", "Stenen met gebedstekst, gebeiteld, verweerd, 10 st", "NP", 70, 90, cur="USD", qty=10)], transport="post", note="S: weathered stones chiselled with prayer text from Nepal are mani stones; Dutch wording", **PP)
dis("S3", "2031-09-12", "import", "CN", "FR", [it("680291", "旧石碑 刻字 风化 庭院摆件 1块", "CN", 120, 200, cur="USD", qty=1)], transport="sea", note="S: an old weathered stele with carved characters, Chinese wording", consignee_name="M. H. Chen")
# P colonial and notarial archive paper as old or craft paper
dis("P1", "2031-09-13", "import", "PE", "ES", [it("482390", "Pliegos de papel antiguo manuscrito con sellos, para manualidades, 40 hojas", "PE", 1, 60, cur="USD", qty=40)], transport="post", note="P: old handwritten sheets with seals from Peru are colonial archive documents; Spanish wording", consignee_name="Sr. M. Vidal")
dis("P2", "2031-09-14", "import", "BR", "PT", [it("491199", "Papel selado antigo, documentos velhos de cartório, 30 folhas", "BR", 1, 50, cur="USD", qty=30)], transport="post", note="P: old notarial stamped paper from Brazil; Portuguese wording", **PP)
# E ethnographic objects of peoples whose countries require an export permit
dis("E1", "2031-09-15", "import", "US", "FR", [it("442199", "Masque en bois sculpté, Haïda, ancien, collection privée, 1 pc", "CA", 2, 3800, cur="USD", qty=1)], transport="air", note="E: an old Haida mask of Canadian origin via the US, no Canadian export permit; French wording", consignee_name="Galerie Ouest SARL", importer_name="Galerie Ouest SARL")
dis("E2", "2031-09-16", "import", "RU", "DE", [it("920600", "Schamanentrommel, Leder, bemalt, alt, aus Sibirien, 1 St.", "RU", 3, 700, cur="EUR", qty=1)], transport="road", note="E: an old painted Siberian shaman drum; Russia forbids export of such cultural values without permit; German wording", consignee_name="Herr K. Becker")
dis("E3", "2031-09-17", "import", "AU", "GB", [it("970190", "Aboriginal bark painting, old, from an estate, 1 pc", "AU", 2, 2500, cur="AUD", qty=1)], transport="air", note="E: an old Aboriginal bark painting needs an Australian export permit (PMCH Act)", consignee_name="Mrs S. Palmer")

# ordinary: lawful look-alikes and private persons
ordi("1", "2031-09-01", "import", "ID", "NL", [it("442090", "Houten maskers, nieuw, met antieke patina-afwerking, decoratie, 50 st", "ID", 40, 400, cur="USD", qty=50)], note="new masks with an artificial patina finish")
ordi("2", "2031-09-02", "import", "CN", "FR", [it("691390", "Cheval Tang en céramique, reproduction de musée, neuf, 1 pc", "CN", 6, 60, cur="USD", qty=1)], transport="post", note="a new museum reproduction of a Tang horse, to a private person", **PP)
ordi("3", "2031-09-03", "import", "CZ", "DE", [it("701349", "Irisierende Glasvasen, neu, mundgeblasen, 40 Stk", "CZ", 30, 900, qty=40)], transport="road", note="new iridescent art glass from the Czech Republic")
ordi("4", "2031-09-04", "import", "EG", "FR", [it("701090", "Flacons de parfum en verre soufflé, neufs, 60 pcs", "EG", 6, 120, cur="USD", qty=60)], transport="post", note="new blown perfume bottles from Egypt, to a private person", consignee_name="Mme S. Haddad")
ordi("5", "2031-09-05", "import", "BR", "DE", [it("710310", "Bergkristall-Spitzen, poliert, 300 Stk", "BR", 30, 450, cur="USD", qty=300)], transport="air", note="polished quartz crystal points: 'points' in a lawful sense")
ordi("6", "2031-09-06", "import", "MA", "FR", [it("251690", "Roses des sables et pierres du désert, souvenirs, 100 pcs", "MA", 20, 80, cur="EUR", qty=100)], transport="post", note="desert roses as souvenirs, to a private person", consignee_name="M. P. Durand")
ordi("7", "2031-09-07", "import", "GT", "US", [it("711620", "Jadeite jewelry, new, Jade Maya certificate, 12 pcs", "GT", 0.5, 1400, cur="USD", qty=12)], transport="express", note="new certified Guatemalan jadeite jewellery")
ordi("8", "2031-09-08", "import", "MX", "ES", [it("711719", "Bisutería de cristal verde, collares, 50 uds", "MX", 2, 120, cur="USD", qty=50)], transport="post", note="green glass costume jewellery from Mexico, to a private person", consignee_name="Sra. L. Gómez")
ordi("9", "2031-09-09", "import", "IN", "GB", [it("680293", "Granite memorial headstones, polished, engraved lettering, new, 6 pcs", "IN", 1800, 3000, cur="USD", qty=6)], note="new headstones with engraved lettering")
ordi("10", "2031-09-10", "import", "CN", "DE", [it("680299", "Verwitterte Kalksteinfelsen für Steingarten, 4 t", "CN", 4000, 900, cur="USD")], note="weathered rockery stone: no script")
ordi("11", "2031-09-11", "import", "NP", "FR", [it("680299", "Pierres gravées Om Mani Padme Hum, neuves, artisanat, 30 pcs", "NP", 15, 90, cur="USD", qty=30)], transport="post", note="newly carved souvenir mani stones, to a private person", **PP)
ordi("12", "2031-09-12", "import", "IT", "ES", [it("480254", "Papel antiguo efecto pergamino para invitaciones, nuevo, 500 hojas", "IT", 5, 40, qty=500)], transport="road", note="new paper with an old-parchment effect")
ordi("13", "2031-09-13", "import", "PT", "ES", [it("470790", "Papel viejo y periódicos para reciclar, 20 t", "PT", 20000, 2400)], transport="road", note="old newspapers for recycling")
ordi("14", "2031-09-14", "import", "CA", "DE", [it("442199", "Contemporary Northwest Coast style carved mask, signed by the artist, 2024, 1 pc", "CA", 2, 1500, cur="CAD", qty=1)], transport="air", note="a contemporary signed Northwest Coast mask: no permit needed", consignee_name="Frau M. Schneider")
ordi("15", "2031-09-15", "import", "PL", "DE", [it("920600", "Rahmentrommel, Ziegenleder, bemalt, neu, handgefertigt, 3 St.", "PL", 4, 210, qty=3)], transport="road", note="new painted frame drums", consignee_name="Herr L. Vogt")
ordi("16", "2031-09-16", "import", "US", "DE", [it("920600", "Gebrauchtes Schlagzeug-Set mit Gebrauchsspuren, 1 Set", "US", 30, 600, cur="USD", qty=1)], transport="sea", note="a used drum kit with signs of use", consignee_name="Herr P. Krämer")

# permitted with their documents
perm("1", "2031-09-01", "import", "CA", "FR", [it("970500", "Old Kwakwaka'wakw mask, 19th century, 1 pc", "CA", 2, 40000, cur="CAD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "CA-CPEIA-2031-0071")])], transport="air", note="an old First Nations mask with its Canadian export permit", consignee_name="Musée du quai Branly", importer_name="Musée du quai Branly")
perm("2", "2031-09-02", "import", "MX", "ES", [it("970600", "Documentos notariales antiguos, siglo XVIII, 12 hojas", "MX", 1, 3000, cur="USD", qty=12, docs=[("CULTURAL_EXPORT_CERTIFICATE", "MX-INAH-2031-0192")])], transport="air", note="colonial notarial documents on temporary export with the INAH permit")
perm("3", "2031-09-03", "import", "NO", "DE", [it("920600", "Alte Sámi-Trommel, Rentierhaut, 1 St.", "NO", 3, 9000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NO-KD-2031-0033")])], transport="road", note="an old Sámi drum with the Norwegian export permit")
probes.write(HERE, "dev28-c")
