#!/usr/bin/env python3
"""Writes the round-seventeen (a) development probes for strategic goods and cultural property
(dev17-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind15's rows and mostly in languages of the trade routes; the note says which
modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees receiving ordinary goods of these families and a lawful look-alike of
every family, using the controlled word in a lawful sense. Written and committed before the
round-seventeen (a) rules were run on it (docs/profile-packs.md, "Round seventeen (a): strategic
goods and cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D17A", "917")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# S1 thermal weapon sights declared as hunting or observation optics: a reticle, a rail or
# weapon mount, zeroing or recoil rating is a sight's, not an observer's
dis("S1-1", "2028-11-01", "export", "PL", "AM", [it("901380", "Urządzenia obserwacyjne termowizyjne, siatka celownicza, montaż Weaver, 15 szt.", "CN", 18, 27000, qty=15)], transport="road", domain="strategic", note="S1: thermal observation devices with an aiming reticle and a Weaver mount are weapon sights, to Yerevan; Polish wording")
dis("S1-2", "2028-11-02", "export", "IT", "TR", [it("900590", "Cannocchiali da caccia a immagine termica, reticolo balistico, resistenza al rinculo, 10 pz", "CN", 12, 21000, qty=10)], transport="express", domain="strategic", note="S1: a ballistic reticle and recoil rating on a thermal 'hunting scope'; Italian wording")
dis("S1-3", "2028-11-03", "export", "CZ", "KG", [it("852589", "Infrared outdoor viewers, 640 px sensor, rail clip-on, zeroing memory, 25 pcs", "CN", 20, 40000, qty=25)], transport="air", domain="strategic", note="S1: a clip-on rail mount with zeroing memory on a 640 px infrared viewer, to Bishkek")
# S2 machinery or electronics with Russian-language manuals, EAC marking or GOST
# certificates, sent to a third country whose buyers do not need them: re-export to Russia
dis("S2-1", "2028-11-04", "export", "IT", "AM", [it("847989", "Macchine per imballaggio, manuali in lingua russa, marcatura EAC, 3 pz", "IT", 4200, 96000, qty=3)], transport="road", domain="strategic", note="S2: Russian manuals and EAC marking for an Armenian buyer; Italian wording")
dis("S2-2", "2028-11-05", "export", "DE", "TR", [it("851580", "Laserschweißanlage, Bedienungsanleitung auf Russisch, GOST-Zertifikat, 1 St.", "DE", 900, 140000, qty=1)], transport="road", domain="strategic", note="S2: a GOST certificate and a Russian manual for a Turkish buyer; German wording")
dis("S2-3", "2028-11-06", "export", "FR", "AE", [it("903180", "Bancs de mesure, documentation en russe, 4 unités", "FR", 300, 88000, qty=4)], transport="air", domain="strategic", note="S2: Russian documentation for a Dubai buyer; French wording")
# S3 CNC numerical controls for simultaneous multi-axis machining to a diversion hub
dis("S3-1", "2028-11-07", "export", "ES", "UZ", [it("853710", "Controles numéricos CNC, interpolación de 5 ejes, 8 uds.", "ES", 200, 96000, qty=8)], transport="road", domain="strategic", note="S3: 5-axis interpolating CNC controls to Tashkent; Spanish wording")
dis("S3-2", "2028-11-08", "export", "IT", "KZ", [it("853710", "Unità di controllo numerico per fresatrici, 5 assi simultanei, 6 pz", "IT", 150, 72000, qty=6)], transport="road", domain="strategic", note="S3: 5 simultaneous axes numerical control units to Kazakhstan; Italian wording")
# S4 Russian metal under another origin, betrayed by the smelter's brand
dis("S4-1", "2028-11-09", "import", "AE", "NL", [it("760110", "Aluminium ingots A7, brand KrAZ, origin Malaysia, 300 t", "MY", 300000, 720000, cur="USD")], domain="strategic", note="S4: KrAZ is the Krasnoyarsk smelter's brand: Russian aluminium declared Malaysian")
dis("S4-2", "2028-11-10", "import", "TR", "GR", [it("760120", "Κράματα αλουμινίου σε πλάκες, σήμα BrAZ, προέλευση Καζακστάν, 100 t", "KZ", 100000, 260000, cur="USD")], domain="strategic", note="S4: BrAZ, the Bratsk smelter, declared Kazakh; Greek wording")
# S5 cut diamonds of an origin that neither mines nor cuts them, into the EU without the
# G7 traceability evidence (Regulation 833/2014 Art. 3p)
dis("S5-1", "2028-11-11", "import", "AM", "BE", [it("710239", "Polished diamonds, round brilliant, 0.5-1 ct, Armenian origin, 640 ct", "AM", 0.13, 950000, cur="USD", qty=640)], transport="air", domain="strategic", note="S5: 640 ct of 'Armenian' polished diamonds without traceability evidence")
dis("S5-2", "2028-11-12", "import", "KZ", "IT", [it("710239", "Diamanti tagliati, non industriali, origine Kazakistan, 300 ct", "KZ", 0.06, 420000, cur="USD", qty=300)], transport="air", domain="strategic", note="S5: 'Kazakh' cut diamonds; Italian wording")
dis("S5-3", "2028-11-13", "import", "AE", "FR", [it("710239", "Diamants taillés, origine Émirats, 900 carats", "AE", 0.18, 1300000, cur="USD", qty=900)], transport="air", domain="strategic", note="S5: Emirati-origin polished diamonds without traceability; French wording")
# S6 unfinished receivers and frames sold by their degree of completion, or the jigs that
# finish them, to private persons
dis("S6-1", "2028-11-14", "import", "US", "NL", [it("761699", "Aluminium blok gefreesd, 80% afgewerkt, 6061-T6, 2 st.", "US", 0.6, 180, cur="USD", qty=2)], transport="post", domain="strategic", note="S6: an '80 % finished' milled 6061 block is an unfinished lower receiver, to a private person; Dutch wording", consignee_name="Dhr. Pieter de Vries")
dis("S6-2", "2028-11-15", "import", "US", "FR", [it("820750", "Gabarit de perçage et de fraisage pour carcasse, avec forets, 1 pièce", "US", 1.2, 110, cur="USD", qty=1)], transport="post", domain="strategic", note="S6: a drilling and milling jig for a (pistol) frame, to a private person; French wording", consignee_name="M. Julien Moreau")
dis("S6-3", "2028-11-16", "import", "US", "DE", [it("392690", "Kunststoffrahmen 80 Prozent, mit Schienen und Fräsvorrichtung, 2 St.", "US", 0.5, 160, cur="USD", qty=2)], transport="express", domain="strategic", note="S6: an '80 percent' polymer frame with its rails and milling jig (a pistol frame kit); German wording", consignee_name="Herr Lukas Wagner")
# S7 machine-gun conversion devices (auto sears, pistol 'switches') declared as small parts
dis("S7-1", "2028-11-17", "import", "CN", "SE", [it("732690", "Backplate switch for Glock, full auto, steel, 10 pcs", "CN", 0.2, 60, cur="USD", qty=10)], transport="post", domain="strategic", note="S7: a 'Glock switch' back plate converts a pistol to full automatic")
dis("S7-2", "2028-11-18", "import", "US", "DE", [it("830890", "Drop-in Auto Sear, Edelstahl, 2 St.", "US", 0.05, 90, cur="USD", qty=2)], transport="post", domain="strategic", note="S7: a drop-in auto sear makes an AR-15 fire automatically; German wording", consignee_name="Herr Tim Krüger")
dis("S7-3", "2028-11-19", "import", "US", "GB", [it("731815", "Lightning link keychain, stainless, 5 pcs", "US", 0.03, 50, cur="USD", qty=5)], transport="post", domain="strategic", note="S7: a lightning link 'keychain' is a machine-gun conversion device", consignee_name="Mr Owen Price")
# C1 encaustic (wax) portraits on wooden panels of Roman Egypt declared as modern paintings
dis("C1-1", "2028-11-20", "import", "EG", "CH", [it("970191", "Portrait de femme, cire chaude sur panneau de sycomore, moderne, 1 pièce", "EG", 2, 700, cur="USD", qty=1)], transport="air", domain="cultural", note="C1: hot wax on a sycamore panel from Egypt is a Fayum mummy portrait; French wording")
dis("C1-2", "2028-11-21", "import", "LB", "DE", [it("970191", "Männerbildnis, Enkaustik auf Holztafel, zeitgenössisch, 1 Stück", "EG", 3, 850, cur="USD", qty=1)], transport="air", domain="cultural", note="C1: an encaustic portrait on a wooden panel of Egyptian origin via Beirut; German wording")
dis("C1-3", "2028-11-22", "import", "AE", "GB", [it("970191", "Encaustic painting of a boy on limewood panel, 1 pc", "EG", 1.5, 600, cur="USD", qty=1)], transport="express", domain="cultural", note="C1: encaustic on a lime panel, Egyptian origin, via Dubai")
# C2 incantation bowls described by how they look: ink writing inside a clay bowl
dis("C2-1", "2028-11-23", "import", "TR", "NL", [it("691200", "Aardewerken kommen met inkt beschreven aan de binnenkant, 6 st.", "IQ", 5, 180, cur="USD", qty=6)], transport="air", domain="cultural", note="C2: earthenware bowls written inside in ink are incantation bowls from Iraq; Dutch wording")
dis("C2-2", "2028-11-24", "import", "IL", "US", [it("691390", "Clay bowls with Hebrew-letter ink inscriptions in circles, 4 pcs", "IL", 3, 400, cur="USD", qty=4)], transport="air", domain="cultural", note="C2: circular ink inscriptions in square script inside clay bowls: Jewish Aramaic incantation bowls")
dis("C2-3", "2028-11-25", "import", "JO", "DE", [it("691390", "Tonschalen mit Tintenschrift innen, spiralförmig, 8 St.", "JO", 6, 240, cur="USD", qty=8)], transport="post", domain="cultural", note="C2: spiral ink script inside clay bowls; German wording", consignee_name="Herr Samir Khoury")
# C3 Himalayan manuscript covers and old carved boards with traces of pigment
dis("C3-1", "2028-11-26", "import", "NP", "FR", [it("442090", "Planches de bois sculptées, anciennes, traces de polychromie, style tibétain, 3 pièces", "NP", 18, 300, cur="USD", qty=3)], transport="air", domain="cultural", note="C3: old carved Tibetan boards with polychrome traces are manuscript covers; French wording")
dis("C3-2", "2028-11-27", "import", "NP", "US", [it("442199", "Carved wooden sutra covers, Himalayan, worn gilding, 2 pcs", "NP", 10, 260, cur="USD", qty=2)], transport="air", domain="cultural", note="C3: sutra covers with worn gilding from Nepal")
dis("C3-3", "2028-11-28", "import", "CN", "DE", [it("442090", "藏式老经板，木雕，残留矿物颜料，2块", "CN", 9, 200, cur="USD", qty=2)], transport="post", domain="cultural", note="C3: old Tibetan sutra boards with mineral pigment remnants; Chinese wording", consignee_name="Frau Anna Hoffmann")
# C4 ancient glass betrayed by its burial weathering (iridescence, unguentaria)
dis("C4-1", "2028-11-29", "import", "LB", "FR", [it("701399", "Petits flacons en verre irisé, patine argentée, 12 pièces", "SY", 1, 240, cur="USD", qty=12)], transport="air", domain="cultural", note="C4: small iridescent flasks with a silver patina are Roman glass from burials, Syrian origin; French wording")
dis("C4-2", "2028-11-30", "import", "TR", "DE", [it("701399", "Glasfläschchen, Unguentarium, irisierend, 5 St.", "TR", 0.5, 150, cur="USD", qty=5)], transport="post", domain="cultural", note="C4: unguentaria are Roman perfume bottles; German wording", consignee_name="Herr Jonas Schulz")

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2028-11-01", "export", "DE", "NO", [it("900580", "Wärmebild-Monokulare für Jäger, 10 Stück", "CN", 5, 9000, qty=10)], transport="road", note="thermal hunting monoculars to Norway")
ordi("2", "2028-11-02", "import", "CN", "DE", [it("902780", "Thermal camera for building inspection, 1 pc", "CN", 1, 350, cur="USD", qty=1)], transport="post", note="a building-inspection thermal camera to a private person", consignee_name="Herr Felix Weber")
ordi("3", "2028-11-03", "export", "FR", "TR", [it("900510", "Jumelles de randonnée 10x42 avec réticule télémétrique, 20 pièces", "JP", 15, 4000, qty=20)], transport="road", note="ordinary binoculars with a rangefinder reticle (no thermal) to Turkey")
ordi("4", "2028-11-04", "export", "DE", "KZ", [it("847989", "Verpackungsmaschine, Handbuch Deutsch/Englisch, 1 St.", "DE", 1500, 42000, qty=1)], transport="road", note="a packaging machine with German and English manuals to Kazakhstan")
ordi("5", "2028-11-05", "export", "DE", "RS", [it("490199", "Russisch-Lehrbücher und Handbuch der russischen Grammatik, 40 St.", "DE", 30, 800, qty=40)], transport="road", note="Russian-language textbooks (the word 'Russian' in a lawful sense)")
ordi("6", "2028-11-06", "export", "DE", "US", [it("853710", "CNC-Steuerungen, 5-Achs-Simultan, 4 St.", "DE", 100, 60000, qty=4)], transport="air", note="5-axis CNC controls to the United States (EU001)")
ordi("7", "2028-11-07", "export", "IT", "TR", [it("853710", "Quadri di comando per pompe, 20 pz", "IT", 200, 16000, qty=20)], transport="road", note="pump control panels (853710, no CNC) to Turkey")
ordi("8", "2028-11-08", "import", "IN", "IT", [it("760110", "Alluminio grezzo P1020A, lingotti, Vedanta, origine India, 400 t", "IN", 400000, 920000, cur="USD")], note="Indian aluminium of an Indian smelter")
ordi("9", "2028-11-09", "import", "IN", "BE", [it("710239", "Polished diamonds, non-industrial, Indian origin, 1,500 ct", "IN", 0.3, 2100000, cur="USD", qty=1500)], transport="air", note="Indian-cut polished diamonds")
ordi("10", "2028-11-10", "import", "AE", "DE", [it("710490", "Labor-Diamanten (CVD), geschliffen, Ursprung AE, 500 ct", "AE", 0.1, 60000, cur="USD", qty=500)], transport="air", note="lab-grown diamonds (the word 'diamond' in a lawful sense) cut in Dubai")
ordi("11", "2028-11-11", "import", "CN", "DE", [it("820750", "Bohrschablone für Dübellöcher, Holzverbindungen, 1 St.", "CN", 1, 25, cur="USD", qty=1)], transport="post", note="a dowelling jig for woodwork to a private person", consignee_name="Herr Max Richter")
ordi("12", "2028-11-12", "import", "US", "NL", [it("950699", "Skateboard decks, 80% maple 20% bamboo, 4 pcs", "US", 6, 180, cur="USD", qty=4)], transport="post", note="'80 %' in a lawful sense: a material share", consignee_name="Dhr. Tom Jansen")
ordi("13", "2028-11-13", "import", "CN", "GB", [it("853650", "Light switches, 2-gang, 50 pcs", "CN", 5, 100, cur="USD", qty=50)], transport="post", note="light switches (the word 'switch' in a lawful sense)", consignee_name="Mr Liam Hughes")
ordi("14", "2028-11-14", "import", "TW", "DE", [it("950390", "Airsoft Pistole, Softair, Dauerfeuer-Schalter, 1 St.", "TW", 1, 120, cur="USD", qty=1)], transport="post", note="an airsoft pistol with a full-auto selector (lawful toy)", consignee_name="Herr Niklas Koch")
ordi("15", "2028-11-15", "import", "US", "FR", [it("970191", "Peinture à l'encaustique, abstraite, cire d'abeille sur panneau de bouleau, artiste américaine, 2024, 1 pièce", "US", 3, 1800, qty=1)], transport="air", note="a contemporary encaustic abstract by a living artist", consignee_name="Mme Sophie Martin")
ordi("16", "2028-11-16", "import", "EG", "DE", [it("970191", "Ölgemälde auf Leinwand, Nil-Landschaft, Künstler aus Kairo, 2027, 1 Stück", "EG", 2, 600, qty=1)], transport="air", note="a modern oil painting from Cairo")
ordi("17", "2028-11-17", "import", "TR", "DE", [it("691200", "Keramikschalen mit Kalligrafie, glasiert, Kütahya, 40 St.", "TR", 20, 400, qty=40)], transport="road", note="new glazed Kütahya bowls with calligraphy")
ordi("18", "2028-11-18", "import", "JP", "FR", [it("691110", "Bols à thé en porcelaine, décor à l'encre, 12 pièces", "JP", 4, 240, qty=12)], transport="post", note="porcelain tea bowls with ink decoration from Japan", consignee_name="M. Paul Girard")
ordi("19", "2028-11-19", "import", "NP", "BE", [it("442090", "Panneaux sculptés neufs, style tibétain, atelier de Patan, 6 pièces", "NP", 20, 360, cur="USD", qty=6)], transport="air", note="new carved Tibetan-style panels from a Patan workshop", consignee_name="Mme Julie Peeters")
ordi("20", "2028-11-20", "import", "NP", "DE", [it("490199", "Tibetische Gebetsbücher, gedruckt, neu, 10 St.", "NP", 5, 100, cur="USD", qty=10)], transport="post", note="printed new Tibetan prayer books to a private person", consignee_name="Frau Lena Meyer")
ordi("21", "2028-11-21", "import", "CZ", "DE", [it("701391", "Vasen aus irisierendem Glas, Kunstglas, neu, 12 St.", "CZ", 8, 600, qty=12)], transport="road", note="new iridescent art glass from Bohemia")
ordi("22", "2028-11-22", "import", "US", "GB", [it("701328", "Carnival glass, iridescent, vintage 1920s bowls, 3 pcs", "US", 3, 150, cur="USD", qty=3)], transport="post", note="vintage American carnival glass", consignee_name="Mrs Emma Clarke")
ordi("23", "2028-11-23", "import", "CN", "IT", [it("950720", "Mirini per balestra con reticolo illuminato, 30 pz", "CN", 9, 900, cur="USD", qty=30)], transport="post", note="illuminated crossbow sights (no thermal)", consignee_name="Sig. Marco Rossi")
ordi("24", "2028-11-24", "export", "DE", "GE", [it("847130", "Notebooks mit russischer Tastatur, 10 St.", "CN", 20, 8000, qty=10)], transport="air", note="laptops with a Russian keyboard to Georgia (a lawful language need)")

# lawful look-alikes added after the first run of the rules (they found over-broad words in
# STR-R17-005, STR-R17-006, CUL-R17-001, CUL-R17-003 and CUL-R17-004, narrowed since)
ordi("25", "2028-11-25", "import", "TR", "DE", [it("701890", "Iridescent glass beads, silver-lined, 500 pcs", "TR", 2, 80, qty=500)], transport="air", note="iridescent beads from Turkey (added after the first run)")
ordi("26", "2028-11-26", "import", "TR", "DE", [it("340490", "Hot wax beans for hair removal, with wooden spatulas, 200 pcs", "TR", 40, 400, qty=200)], transport="air", note="depilatory hot wax with wooden spatulas (added after the first run)")
ordi("27", "2028-11-27", "import", "CN", "DE", [it("853690", "Fire alarm selector switch, automatic fire detection, 20 pcs", "CN", 2, 300, qty=20)], transport="air", note="fire-alarm selector switches (added after the first run)")
ordi("28", "2028-11-28", "import", "CN", "DE", [it("820750", "Picture frame drilling jig, M4, 80 mm, 1 pc", "CN", 1, 20, qty=1)], transport="post", note="a picture-frame jig to a private person (added after the first run)", consignee_name="Frau Petra Lange")
ordi("29", "2028-11-29", "import", "NP", "FR", [it("442090", "Carved wooden panels, Nepal, natural pigments, gilded, for indoor use, 10 pcs", "NP", 20, 300, cur="USD", qty=10)], transport="air", note="new gilded Nepali carved panels (added after the first run)")

# permitted shipments with their documents
perm("1", "2028-11-01", "export", "DE", "KZ", [it("900580", "Thermal hunting sights with reticle, 10 pcs", "CN", 10, 18000, qty=10, docs=[("EXPORT_LICENCE", "DE-BAFA-2028-1107"), ("END_USER_CERTIFICATE", "KZ-EUC-2028-0311")])], transport="air", domain="strategic", note="thermal sights with the export licence and end-user certificate")
perm("2", "2028-11-02", "export", "DE", "UZ", [it("853710", "CNC-Steuerungen, 5-Achs-Simultan, 2 St.", "DE", 50, 30000, qty=2, docs=[("EXPORT_LICENCE", "DE-BAFA-2028-1209")])], transport="road", domain="strategic", note="5-axis CNC controls with an export licence")
perm("3", "2028-11-03", "import", "IL", "BE", [it("710239", "Polished diamonds, Israeli-cut, 400 ct, G7 traceability", "IL", 0.08, 700000, cur="USD", qty=400, docs=[("IMPORT_LICENCE", "BE-FPS-2028-DIA-0042")])], transport="air", domain="strategic", note="Israeli-cut diamonds with import documentation")
perm("4", "2028-11-04", "import", "EG", "DE", [it("970191", "Enkaustik-Porträt auf Holztafel, Museumsleihgabe, 1 Stück", "EG", 2, 50000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "EG-SCA-2028-0007")])], transport="air", domain="cultural", note="an encaustic portrait lent with Egypt's export certificate")
perm("5", "2028-11-05", "import", "NP", "FR", [it("442090", "Couvertures de manuscrit tibétain, anciennes, 2 pièces", "NP", 8, 4000, cur="USD", qty=2, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NP-DOA-2028-0015")])], transport="air", domain="cultural", note="old manuscript covers with Nepal's export certificate")
probes.write(HERE, "dev17-a")
