#!/usr/bin/env python3
"""Writes the round-twelve development probes for cultural property, strategic and dual-use
goods and explosive precursors (dev12-a-{disguised,ordinary,permitted}.ndjson). Every row is
written out by hand, worded differently from blind9's rows; the note says which modus operandi
family it belongs to and what betrays it. The ordinary rows include lawful private-person
consignees receiving ordinary goods of these families, so that the rules reading
consignee_kind are measured on the false-positive side. Written and committed before the
round-twelve rules were run on it (docs/profile-packs.md, "Round twelve: cultural property,
strategic and dual-use goods (incl. sanctions circumvention), explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D12A", "912")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")
C, S, P = dict(domain="cultural"), dict(domain="strategic"), dict(domain="precursors")

# C1 an archaeological object type of a Red List (ushabti, Maya polychrome vessel, Nazca or
# Moche pottery, Bactrian seal...) declared as a souvenir or craft, with its script or motifs
dis("C1-1", "2027-10-01", "import", "AE", "FR", [it("691390", "Statuettes funéraires en faïence bleue, petites momies avec texte, souvenirs, 25 pièces", "EG", 3, 150, cur="USD", qty=25)], transport="post", note="C1: small blue faience mummiform figurines with text are ushabtis (Red List Egypt) at 6 USD each via Dubai; French wording", **PP, **C)
dis("C1-2", "2027-10-02", "import", "US", "ES", [it("691390", "Vasijas policromas con glifos mayas, artesanía decorativa, 4 piezas", "GT", 7, 480, cur="USD", qty=4)], transport="air", note="C1: polychrome vessels with Maya glyphs of Guatemalan origin are Classic Maya ceramics (Red List Central America) via the US; Spanish wording", **PP, **C)
dis("C1-3", "2027-10-03", "import", "AE", "IT", [it("691390", "Sigilli cilindrici in pietra con incisioni, oggettistica, 10 pezzi", "IQ", 1, 200, cur="USD", qty=10)], transport="express", note="C1: engraved stone cylinder seals of Iraqi origin are Mesopotamian seals (Red List Iraq) declared as knick-knacks; Italian wording", **PP, **C)
# C2 ancient goldwork or silver declared as precious-metal scrap, betrayed by figures, images or coins
dis("C2-1", "2027-10-04", "import", "AE", "GB", [it("711291", "Gold scrap for refining: small pendants and figurines with animal motifs, 240 g", "IQ", 0.24, 14500, cur="USD")], transport="air", note="C2: figurines and pendants with animal motifs are worked antiquities, not scrap; Iraqi origin via Dubai", **PP, **C)
dis("C2-2", "2027-10-05", "import", "TR", "DE", [it("711292", "Hurda gümüş, eritmelik, eski sikkeler ve kabartmalı plakalar, 1,2 kg", "SY", 1.2, 900)], transport="road", note="C2: old coins and embossed plaques of Syrian origin as silver scrap for melting (Red List Syria); Turkish wording", **C)
dis("C2-3", "2027-10-06", "import", "KZ", "PL", [it("710812", "Лом золота, бляшки с изображениями оленей, 180 г", "KZ", 0.18, 11000)], transport="air", note="C2: plaques with deer images are Saka/Scythian animal-style gold declared as gold scrap; Russian wording", **PP, **C)
# C3 documents, books or objects carrying an institution's stamp, shelf mark or inventory number
dis("C3-1", "2027-10-07", "import", "AR", "ES", [it("490700", "Documentos antiguos manuscritos, con sellos del Archivo General de la Nación, 150 hojas", "AR", 1.5, 250, cur="USD", qty=150)], transport="post", note="C3: manuscripts stamped by a national archive are stolen public records; Spanish wording", **PP, **C)
dis("C3-2", "2027-10-08", "import", "CH", "IT", [it("490199", "Libri antichi con timbro della Biblioteca Nazionale e segnatura, 6 volumi", "IT", 4, 600, qty=6)], transport="road", note="C3: old books with a national library's stamp and shelf mark were stolen from the library; Italian wording", **PP, **C)
dis("C3-3", "2027-10-09", "import", "UA", "PL", [it("490700", "Старі документи з печатками державного архіву, 80 аркушів", "UA", 1, 150, qty=80)], transport="road", note="C3: documents with a state archive's stamps (Red List Ukraine); Ukrainian wording", **PP, **C)
# S1 a CWC or Australia Group chemical named in another language under a preparations code
dis("S1-1", "2027-10-10", "export", "ES", "EG", [it("382499", "Oxicloruro de fósforo 99 %, aditivo para retardantes de llama, bidones 200 kg, 4 t", "ES", 4000, 9000, qty=20)], importer_name="Nile Polymers Trading Co", note="S1: phosphorus oxychloride (CWC Schedule 3) to Egypt (not a CWC party) under the preparations code; Spanish wording", **S)
dis("S1-2", "2027-10-11", "export", "DE", "AE", [it("292019", "Trimethylphosphit, Vorprodukt für Pflanzenschutz, 10 t", "DE", 10000, 22000, qty=50)], importer_name="Desert Agro Chemicals FZE", note="S1: trimethyl phosphite (CWC Schedule 3) to a Dubai free-zone trader; German wording", **S)
dis("S1-3", "2027-10-12", "export", "FR", "TR", [it("382499", "Chlorure de thionyle technique, réactif, fûts 300 kg, 3 t", "FR", 3000, 6000, qty=10)], importer_name="Anadolu Kimya Ticaret Ltd", note="S1: thionyl chloride (CWC Schedule 3, 1C350) to an Istanbul trader without licence; French wording", **S)
# S2 tritium light sources in bulk (self-luminous signs, markers, key fobs)
dis("S2-1", "2027-10-13", "export", "NL", "TR", [it("940592", "Self-powered exit signs, no batteries, no wiring, 15-year glow, 800 pcs", "NL", 1200, 140000, qty=800)], importer_name="Bosphorus Building Supply Ltd", note="S2: signs that glow 15 years without power are tritium signs; 800 to a trader is a tritium source", **S)
dis("S2-2", "2027-10-14", "export", "FR", "AE", [it("711719", "Porte-clés lumineux autonomes à gaz, tubes de verre, 5 000 pièces", "CH", 50, 40000, qty=5000)], importer_name="Gulf Gadgets Trading", note="S2: self-luminous gas-filled glass vials are GTLS tritium vials, 5,000 to a Dubai trader; French wording", **S)
dis("S2-3", "2027-10-15", "export", "DE", "KZ", [it("901390", "Leuchtpunkte für Visiere, GTLS, selbstleuchtend, 2 000 Stück", "CH", 10, 60000, qty=2000)], importer_name="Steppe Optics LLP", note="S2: GTLS sight inserts (tritium) in thousands to Kazakhstan; German wording", **S)
# S3 thermal imaging sights, cores and monoculars to re-export hubs
dis("S3-1", "2027-10-16", "export", "LT", "KZ", [it("901380", "Тепловизионные прицелы для охоты 384x288, 60 шт.", "LT", 60, 150000, qty=60)], transport="road", importer_name="Alatau Hunting LLP", note="S3: thermal riflescopes to Kazakhstan (re-export hub to Russia); Russian wording", **S)
dis("S3-2", "2027-10-17", "export", "CZ", "AM", [it("854190", "Termovizní moduly 640x512, 12 µm, nechlazené, 40 ks", "CZ", 8, 96000, qty=40)], transport="air", importer_name="Yerevan Tech Import LLC", note="S3: uncooled 640x512 thermal cores (6A003) to Armenia under the semiconductor parts code; Czech wording", **S)
dis("S3-3", "2027-10-18", "export", "ES", "AE", [it("900580", "Monoculares de visión térmica, 50 Hz, 30 unidades", "ES", 30, 75000, qty=30)], transport="air", importer_name="Falcon Outdoor Trading LLC", note="S3: 50 Hz thermal monoculars to Dubai; Spanish wording", **S)
# S4 chemical-plant equipment of Australia Group materials (2B350) under ordinary uses
dis("S4-1", "2027-10-19", "export", "DE", "AE", [it("848180", "Kugelhähne aus Hastelloy C-276, für Schwimmbadtechnik, DN40, 80 Stück", "DE", 1600, 96000, qty=80)], importer_name="Oasis Pool Equipment Trading", note="S4: Hastelloy ball valves are chemical-plant valves (2B350), not pool fittings; German wording", **S)
dis("S4-2", "2027-10-20", "export", "FR", "LB", [it("841950", "Échangeurs thermiques en carbure de silicium, chauffage domestique, 6 unités", "FR", 900, 72000, qty=6)], importer_name="Levant Heating SARL", note="S4: silicon carbide heat exchangers (2B350.d) for home heating to Beirut; French wording", **S)
dis("S4-3", "2027-10-21", "export", "IT", "TR", [it("841381", "Pompe a trascinamento magnetico rivestite in PTFE, per fontane, 25 pz", "IT", 750, 45000, qty=25)], importer_name="Marmara Pompa Ticaret", note="S4: fluoropolymer-lined magnetic-drive pumps (2B350.i) for fountains; Italian wording", **S)
# P1 detonators described by their build under electrical, plastic or toy codes
dis("P1-1", "2027-10-22", "import", "CN", "NG", [it("854449", "Electric fuse heads in aluminium tube 7 mm, 3 m lead wires, 1,000 pcs", "CN", 25, 600, cur="USD", qty=1000)], importer_name="Kano Electricals Ltd", note="P1: an aluminium tube with 3 m lead wires is an electric detonator under the wire code", **P)
dis("P1-2", "2027-10-23", "export", "ES", "ML", [it("391732", "Tubo de señal 3 mm con cápsula metálica engastada, 5 m, 1 500 unidades", "ES", 90, 1400, qty=1500)], transport="sea", transit=["SN"], importer_name="Bamako Agro Services", note="P1: 3 mm signal tube with a crimped metal capsule is shock tube with a non-electric detonator; Spanish wording", **P)
dis("P1-3", "2027-10-24", "import", "RS", "IT", [it("853690", "Inneschi elettrici con bossolo di rame 7 mm e reofori 3 m, 300 pezzi", "RS", 9, 350, qty=300)], transport="road", importer_name="Fuochi Modellismo Srl", note="P1: electric primers in a copper shell with leg wires are electric detonators; Italian wording", **P)
# P2 a restricted precursor named in any language, in bulk, to a private person or under a cover code
dis("P2-1", "2027-10-25", "import", "TR", "BG", [it("230990", "Yem katkı maddesi, amonyum nitrat %33,5 N, 50 kg çuval, 5 t", "TR", 5000, 1800, qty=100)], transport="road", note="P2: ammonium nitrate 33.5 % N under the animal-feed code to a private person; Turkish wording", **PP, **P)
dis("P2-2", "2027-10-26", "import", "UA", "PL", [it("310590", "Saletra potasowa 99 %, magazynowanie ciepła, 200 kg", "UA", 200, 300, qty=8)], transport="road", note="P2: 200 kg potassium nitrate for 'heat storage' to a private person; Polish wording", **PP, **P)
dis("P2-3", "2027-10-27", "import", "MA", "ES", [it("310550", "Sal fundida para acumulación solar casera, nitrato sódico y potásico, 800 kg", "MA", 800, 700, qty=32)], note="P2: molten-salt sodium/potassium nitrate for a home, 800 kg to a private person; Spanish wording", **PP, **P)
# P3 a metal fuel powder under a mineral, chalk or pigment code, betrayed by its look or particle size
dis("P3-1", "2027-10-28", "import", "CN", "DE", [it("283699", "Turnkreide, silbergrau, metallisch glänzend, 30 µm, 60 kg", "CN", 60, 420, cur="USD", qty=3)], transport="express", note="P3: chalk is white; a silver-grey metallic 30 µm powder is magnesium or aluminium powder to a private person; German wording", **PP, **P)
dis("P3-2", "2027-10-29", "import", "CN", "FR", [it("320649", "Pigment poudre métallique gris, 20 microns, non enrobé, 120 kg", "CN", 120, 900, cur="USD", qty=6)], transport="express", note="P3: uncoated grey metallic 20 micron powder as a pigment to a private person; French wording", **PP, **P)
dis("P3-3", "2027-10-30", "import", "IN", "GB", [it("251990", "Grey metallic flake powder, 45 micron, bags 25 kg, 100 kg", "IN", 100, 650, cur="USD", qty=4)], transport="sea", note="P3: a grey metallic micron flake under the magnesia code to a private person", **PP, **P)

# ordinary trade: lawful look-alikes, including private persons receiving ordinary goods
ordi("1", "2027-10-01", "import", "EG", "DE", [it("392690", "Ushabti replica, resin, museum shop souvenir, 2 pcs", "EG", 0.3, 24, qty=2)], transport="post", note="resin replica souvenirs to a private person", **PP)
ordi("2", "2027-10-02", "import", "MX", "FR", [it("691390", "Reproductions de poteries mayas, artisanat d'Oaxaca, 3 pièces", "MX", 4, 90, cur="USD", qty=3)], transport="post", note="declared reproductions of Maya pottery from Mexico to a private person", consignee_name="Mme Claire Dubois")
ordi("3", "2027-10-03", "import", "PT", "DE", [it("691200", "Fayence-Geschirr, handbemalt, 24 Teile", "PT", 12, 180, qty=24)], transport="road", note="Portuguese faience tableware")
ordi("4", "2027-10-04", "import", "DE", "CH", [it("711291", "Altgold, Bruchgold: Ketten, Ringe, Zahngold, 1,5 kg", "DE", 1.5, 85000)], transport="road", importer_name="Valcambi Refining SA", note="broken jewellery and dental gold to a refinery")
ordi("5", "2027-10-05", "import", "IT", "CH", [it("711292", "Rottame d'argento, posate e catenine, 3 kg", "IT", 3, 2400)], transport="road", note="silver scrap of cutlery and chains")
ordi("6", "2027-10-06", "import", "GB", "FR", [it("490199", "Romans d'occasion, éditions de poche, 12 livres", "GB", 4, 30, qty=12)], transport="post", note="second-hand paperbacks to a private person", **PP)
ordi("7", "2027-10-07", "import", "US", "DE", [it("482190", "Acid-free archive labels and stamps for a records office, 2,000 pcs", "US", 10, 400, cur="USD", qty=2000)], transport="air", note="archive supplies")
ordi("8", "2027-10-08", "import", "GB", "IT", [it("490199", "Libro usato, romanzo 1975, 1 volume", "GB", 0.5, 12, qty=1)], transport="post", note="a used novel to a private person", consignee_name="Sig. Marco Rossi")
ordi("9", "2027-10-09", "export", "DE", "US", [it("281217", "Thionyl chloride 99.5 %, lithium battery grade, 10 t", "DE", 10000, 28000, qty=40)], importer_name="Nevada Battery Cells Inc", note="thionyl chloride to a battery maker in an EU001 country (general export authorisation)")
ordi("10", "2027-10-10", "export", "FR", "GB", [it("940592", "Panneaux de sortie photoluminescents, rechargés par la lumière, 200 pièces", "FR", 60, 3000, qty=200)], transport="road", note="photoluminescent exit signs")
ordi("11", "2027-10-11", "import", "CH", "DE", [it("910211", "Armbanduhr mit Tritium-Leuchtröhrchen, 1 Stück", "CH", 0.1, 450, qty=1)], transport="post", note="one tritium watch to a private person", consignee_name="Herr Jonas Weber")
ordi("12", "2027-10-12", "export", "DE", "MA", [it("902540", "Wärmebildkamera für Gebäudethermografie, 160x120, 2 Stück", "DE", 2, 1800, qty=2)], transport="air", importer_name="Casa Isolation SARL", note="building thermography cameras at a consumer resolution")
ordi("13", "2027-10-13", "import", "DE", "FR", [it("900580", "Monoculaire de vision thermique pour la chasse, 1 pièce", "DE", 0.5, 1800, qty=1)], transport="post", note="one thermal monocular bought by a hunter within the EU", **PP)
ordi("14", "2027-10-14", "export", "IT", "NO", [it("848180", "Valvole in Monel per piattaforma offshore, DN50, 40 pz", "IT", 1200, 60000, qty=40)], importer_name="Equinor Supply AS", note="Monel valves to Norway (EU001)")
ordi("15", "2027-10-15", "export", "DE", "AE", [it("848180", "Edelstahl-Kugelhähne 316L, DN25, für Trinkwasser, 500 Stück", "DE", 750, 15000, qty=500)], importer_name="Dubai Water Fittings LLC", note="stainless ball valves for water")
ordi("16", "2027-10-16", "export", "FR", "LB", [it("841950", "Échangeurs à plaques en inox pour chauffage, 6 unités", "FR", 300, 9000, qty=6)], importer_name="Levant Heating SARL", note="stainless plate heat exchangers")
ordi("17", "2027-10-17", "import", "US", "DE", [it("360490", "Modellraketen-Anzünder, Brückendraht, 24 Stück", "US", 0.1, 15, cur="USD", qty=24)], transport="post", note="a hobby pack of model-rocket igniters to a private person", **PP)
ordi("18", "2027-10-18", "export", "ES", "MA", [it("391732", "Tubería de riego por goteo 16 mm con goteros, rollos de 100 m, 300 rollos", "ES", 2400, 9000, qty=300)], importer_name="Souss Irrigation SARL", note="drip line")
ordi("19", "2027-10-19", "import", "CN", "IT", [it("853690", "Morsetti elettrici in rame, 6 mm, 5 000 pezzi", "CN", 20, 500, cur="USD", qty=5000)], note="copper terminals")
ordi("20", "2027-10-20", "import", "DE", "AT", [it("310520", "Gartendünger NPK, 1 kg Beutel", "DE", 1, 6, qty=1)], transport="post", note="a 1 kg bag of garden fertiliser to a private person", consignee_name="Privatperson")
ordi("21", "2027-10-21", "import", "DE", "FR", [it("330430", "Dissolvant pour vernis à ongles, acétone, 125 ml", "DE", 0.15, 4, qty=1)], transport="post", note="a nail-polish remover bottle to a private person", **PP)
ordi("22", "2027-10-22", "import", "CN", "DE", [it("851713", "Gebrauchtes Smartphone, 1 Stück", "CN", 0.3, 120, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", consignee_name="Anna Schmidt")
ordi("23", "2027-10-23", "import", "DE", "PL", [it("310590", "Saletra potasowa do pieńków, 1 kg", "DE", 1, 8, qty=1)], transport="post", note="1 kg potassium nitrate stump remover to a private person (Annex II, reportable only if suspicious)", **PP)
ordi("24", "2027-10-24", "import", "DE", "IT", [it("283699", "Magnesite per arrampicata, bianca, 250 g", "DE", 0.25, 8, qty=1)], transport="post", note="climbing chalk to a private person", **PP)
ordi("25", "2027-10-25", "import", "MA", "ES", [it("310230", "Nitrato amónico 33,5 % N, sacos 600 kg, 24 t", "MA", 24000, 8400, qty=40)], transport="sea", importer_name="Cooperativa Agrícola del Segura", note="ammonium nitrate fertiliser to a farm cooperative")
ordi("26", "2027-10-26", "import", "CL", "ES", [it("283410", "Sal solar, nitrato sódico 60 % y potásico 40 %, 2 000 t, para central termosolar", "CL", 2000000, 900000, qty=2000)], importer_name="Termosolar Andalucía SA", note="solar salt to a solar power plant")
ordi("27", "2027-10-27", "import", "CN", "GB", [it("950699", "Climbing chalk ball, white magnesium carbonate, 20 pcs", "CN", 2, 40, cur="USD", qty=20)], transport="post", note="chalk balls to a private person", **PP)
ordi("28", "2027-10-28", "import", "CN", "DE", [it("320990", "Silberlack Spraydose, 400 ml, 6 Stück", "CN", 3, 30, cur="USD", qty=6)], transport="post", note="silver spray paint to a private person", consignee_name="Privatperson")
ordi("29", "2027-10-29", "import", "DE", "FR", [it("230990", "Complément minéral pour bovins, urée et phosphates, 1 t", "DE", 1000, 600, qty=40)], transport="road", note="cattle feed supplement with urea to a farmer", consignee_name="M. Pierre Martin")
ordi("30", "2027-10-30", "import", "EG", "IT", [it("970600", "Souvenir papyrus painting with hieroglyphs, new, 2 pcs", "EG", 0.2, 20, cur="USD", qty=2)], transport="post", note="new papyrus souvenir paintings (misdeclared under antiques, but lawful) to a private person", **PP)

# permitted shipments with their documents
perm("1", "2027-10-01", "export", "FR", "IN", [it("281217", "Chlorure de thionyle 99 %, fûts 300 kg, 6 t", "FR", 6000, 12000, qty=20, docs=[("EXPORT_LICENCE", "FR-SBDU-2027-3310")])], importer_name="Pune Lithium Cells Pvt Ltd", note="licensed thionyl chloride export", **S)
perm("2", "2027-10-02", "export", "DE", "AE", [it("940592", "Tritium-Notausgangsschilder, selbstleuchtend, 40 Stück", "DE", 60, 9000, qty=40, docs=[("EXPORT_LICENCE", "DE-BAFA-2027-7712"), ("RADIOACTIVE_LICENCE", "DE-BfS-2027-118")])], transport="air", importer_name="Emirates Airline Engineering", note="tritium exit signs with the export and radioactive-source licences", **S)
perm("3", "2027-10-03", "export", "IT", "SA", [it("848180", "Valvole a soffietto in Hastelloy, DN50, 30 pz", "IT", 900, 45000, qty=30, docs=[("EXPORT_LICENCE", "IT-UAMA-2027-2205")])], importer_name="SABIC Jubail Procurement", note="Hastelloy bellows valves with a dual-use licence", **S)
perm("4", "2027-10-04", "import", "DE", "AT", [it("360360", "Elektrische Sprengzünder Nr. 8, Kupferhülse, 2 m Zünderdrähte, 1 000 Stück", "DE", 30, 2500, qty=1000, docs=[("TRANSFER_LICENCE", "AT-BMI-2027-044")])], transport="road", importer_name="Steinbruch Kärnten GmbH", note="electric detonators to a quarry with the transfer licence", **P)
perm("5", "2027-10-05", "import", "EG", "IT", [it("970610", "Ushabti in faience, XXVI dinastia, collezione storica, 1 pezzo", "EG", 0.2, 9000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-2027-0441"), ("PROVENANCE", "collection 1923")])], transport="air", importer_name="Galleria Antica Roma Srl", note="an ushabti with its export licence and pre-1970 provenance", **C)
perm("6", "2027-10-06", "export", "PL", "US", [it("901380", "Celowniki termowizyjne 640x512, 20 szt.", "PL", 30, 70000, qty=20, docs=[("EXPORT_LICENCE", "PL-DKE-2027-561")])], transport="air", importer_name="Rocky Mountain Optics Inc", note="thermal sights with an export licence", **S)

probes.write(HERE, "dev12-a")
