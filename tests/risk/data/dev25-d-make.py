#!/usr/bin/env python3
"""Writes the round-twenty-five (d) development probes for strategic and dual-use goods
(dev25-d-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind25's and blind26's rows, mostly in languages of the trade routes; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a
lawful look-alike of every family that uses the controlled word in a lawful sense. Written and
committed before the round-twenty-five (d) rules were run on it (docs/profile-packs.md,
"Round twenty-five (d): strategic and dual-use goods (incl. sanctions circumvention)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D25D", "925", domain="strategic")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# S1 a party or final destination in Russia, Belarus, Iran or the DPRK named in the description of
# goods exported to a third country (Reg. 833/2014 Art. 12g, Reg. 267/2012, UNSCR 1718)
dis("S1-1", "2030-06-02", "export", "FR", "KZ", [it("843149", "Pièces pour chargeuses, destinataire final : Ekaterinbourg, 120 colis", "FR", 6000, 95000, qty=120)], transport="road", note="S1: final consignee in Yekaterinburg named in the goods' description; French wording")
dis("S1-2", "2030-06-03", "export", "DE", "AE", [it("848180", "Industrieventile DN200, Endempfänger Teheran, 30 Stk", "DE", 2400, 150000, qty=30)], note="S1: end recipient in Tehran, valves through Dubai; German wording")
dis("S1-3", "2030-06-04", "export", "IT", "AM", [it("847149", "Server rack, per riesportazione a Mosca, 12 pz", "IT", 600, 210000, qty=12)], transport="air", note="S1: 'for re-export to Moscow' written in the description; Italian wording")
dis("S1-4", "2030-06-05", "export", "PL", "TR", [it("870421", "Kamyon şasisi, alıcı Minsk, 5 adet", "PL", 40000, 300000, qty=5)], transport="road", note="S1: consignee Minsk in Turkish; Belarus through Turkey")
# S2 Russian or Belarusian producer brands on goods declared of another origin, imported into the
# EU under the import bans (Reg. 833/2014 Art. 3g, 3i and Annexes XVII, XXI; Reg. 765/2006)
dis("S2-1", "2030-06-06", "import", "KZ", "DE", [it("720839", "Warmbreitband, Severstal-Walzwerk, Ursprung Kasachstan, 2.000 t", "KZ", 2000000, 1100000)], transport="rail", note="S2: Severstal hot-rolled coil declared of Kazakh origin; German wording")
dis("S2-2", "2030-06-07", "import", "TR", "NL", [it("441231", "Berken multiplex, merk Sveza, oorsprong Turkije, 400 m3", "TR", 280000, 260000)], note="S2: Sveza birch plywood (Russian) re-originated in Turkey; Dutch wording")
dis("S2-3", "2030-06-08", "import", "UZ", "FR", [it("310420", "Chlorure de potassium 60 % K2O, big bags Uralkali, origine Ouzbékistan, 3 000 t", "UZ", 3000000, 900000)], transport="rail", note="S2: Uralkali potash of 'Uzbek' origin; French wording")
dis("S2-4", "2030-06-09", "import", "AZ", "IT", [it("252321", "Cemento bianco Eurocement, origine Azerbaigian, 4.000 t", "AZ", 4000000, 380000)], note="S2: Eurocement cement of 'Azeri' origin; Italian wording")
# S3 ballistic helmets (Common Military List ML13) declared as sports, bicycle or work helmets
dis("S3-1", "2030-06-10", "export", "DE", "KG", [it("650610", "Kletterhelme, Schale UHMWPE, Schutzklasse IIIA, mit Wilcox-Shroud, 200 Stk", "DE", 300, 90000, qty=200)], transport="air", note="S3: UHMWPE level IIIA helmets with a night-vision shroud as climbing helmets; German wording")
dis("S3-2", "2030-06-11", "export", "ES", "GE", [it("650610", "Cascos de paintball de Kevlar, corte MICH, NIJ 0106.01, 150 uds", "ES", 220, 70000, qty=150)], transport="air", note="S3: Kevlar MICH helmets to NIJ 0106.01 as paintball helmets; Spanish wording")
dis("S3-3", "2030-06-12", "export", "PL", "UZ", [it("650699", "Шлемы мотоциклетные арамидные, пуленепробиваемые, 100 шт", "PL", 140, 45000, qty=100)], transport="road", note="S3: bullet-resistant aramid 'motorcycle' helmets; Russian wording")
# S4 filament-winding, fibre-placement and tape-laying machines (2B009, 1B001) declared as
# textile winding machines
dis("S4-1", "2030-06-13", "export", "FR", "TR", [it("844540", "Bobinoir textile à commande numérique 5 axes, mandrin Ø 1,2 m, bain de résine époxy", "FR", 7000, 520000, qty=1)], transport="road", note="S4: a 5-axis winder with a mandrel and epoxy bath is a filament-winding machine; French wording")
dis("S4-2", "2030-06-14", "export", "IT", "AE", [it("844590", "Roccatrice per filati con testa di deposizione fibre, 6 assi, 1 pz", "IT", 12000, 900000, qty=1)], note="S4: a fibre-placement head on a 'yarn winder'; Italian wording")
dis("S4-3", "2030-06-15", "export", "DE", "CN", [it("844590", "Garnwickelmaschine für Carbon-Rovings, Nassimprägnierung, Dornlänge 6 m, 1 Stk", "DE", 15000, 1100000, qty=1)], note="S4: carbon-roving wet winder with a 6 m mandrel; German wording")
# S5 navigation- or tactical-grade accelerometers and gyros (7A001, 7A002) declared as consumer
# electronics parts at prices no such part has, to the hubs
dis("S5-1", "2030-06-16", "export", "DE", "KZ", [it("847330", "Ersatzteile für Spielkonsolen, Beschleunigungssensoren, Bias-Stabilität 20 µg, 200 Stk", "DE", 2, 180000, qty=200)], transport="express", note="S5: 20 µg bias stability accelerometers as console parts; German wording")
dis("S5-2", "2030-06-17", "export", "GB", "AE", [it("852990", "Drone spare parts, MEMS gyro modules, tactical grade, 1 deg/h, 80 pcs", "GB", 1, 96000, qty=80, cur="GBP")], transport="air", note="S5: tactical-grade gyros at 1 deg/h as drone parts")
dis("S5-3", "2030-06-18", "export", "ES", "UZ", [it("903190", "Sensores para automóvil, acelerómetros de cuarzo grado navegación, 50 uds", "ES", 3, 75000, qty=50)], transport="air", note="S5: navigation-grade quartz accelerometers as car sensors; Spanish wording")

# ---- ordinary
ordi("1", "2030-06-02", "export", "DE", "KZ", [it("842952", "Gebrauchte Kettenbagger 20 t, Empfänger Almaty, Notify Taschkent, 2 Stk", "DE", 44000, 180000, qty=2)], transport="rail", note="excavators with a Kazakh consignee and an Uzbek notify party")
ordi("2", "2030-06-03", "export", "FR", "KZ", [it("701337", "Tasses Moscow Mule en cuivre, 400 pcs", "IN", 160, 2400, qty=400)], transport="road", note="Moscow Mule mugs: a city name in a product name")
ordi("3", "2030-06-04", "export", "DE", "RU", [it("300490", "Insulin-Pens, Empfänger Apotheke Moskau, 2.000 Stk", "DK", 200, 40000, qty=2000)], transport="road", note="medicines (not banned) straight to a Moscow pharmacy")
ordi("4", "2030-06-05", "export", "IT", "AE", [it("940360", "Mobili da ufficio, destinatario finale Abu Dhabi, 40 colli", "IT", 3000, 28000, qty=40)], note="office furniture with a final consignee in Abu Dhabi")
ordi("5", "2030-06-06", "import", "DK", "DE", [it("720851", "Grobblech NLMK Dansteel, Ursprung Dänemark, 500 t", "DK", 500000, 450000)], transport="road", note="heavy plate rolled in Denmark by a European mill of the group")
ordi("6", "2030-06-07", "import", "TR", "IT", [it("252329", "Cemento Portland CEM I 42,5 R, marchio Akçansa, origine Turchia, 3.000 t", "TR", 3000000, 210000)], note="Turkish cement of a Turkish producer")
ordi("7", "2030-06-08", "import", "CA", "FR", [it("310420", "Chlorure de potassium 60 %, Nutrien, origine Canada, 2 000 t", "CA", 2000000, 600000)], note="Canadian potash")
ordi("8", "2030-06-09", "export", "DE", "AT", [it("650610", "Fahrradhelm Erwachsene, Größe M, 1 Stk", "CN", 0.4, 60, qty=1)], transport="post", note="a bicycle helmet to a private person", **PP)
ordi("9", "2030-06-10", "export", "IT", "KZ", [it("650610", "Casco moto integrale in fibra aramidica e carbonio, 1 pz", "IT", 1.4, 650, qty=1)], transport="post", note="a Kevlar-carbon motorcycle helmet to a private person", **PP)
ordi("10", "2030-06-11", "export", "ES", "GE", [it("950699", "Cascos réplica FAST para airsoft, ABS, con soporte NVG, 30 uds", "CN", 24, 750, qty=30)], transport="road", note="airsoft replica FAST helmets of ABS with an NVG mount at 25 EUR")
ordi("11", "2030-06-12", "export", "DE", "TR", [it("844540", "Präzisions-Kreuzspulautomat für Baumwollgarne, 60 Spindeln", "DE", 9000, 380000, qty=1)], transport="road", note="an ordinary textile cross-winder")
ordi("12", "2030-06-13", "export", "FR", "UZ", [it("844540", "Bobinoir pour fils de coton, mandrins en carton, 24 positions", "FR", 4000, 160000, qty=1)], transport="road", note="a yarn winder with cardboard cones ('mandrins') and no resin")
ordi("13", "2030-06-14", "export", "FR", "AM", [it("851779", "Pièces détachées smartphones, accéléromètres MEMS, 500 pcs", "CN", 1, 900, qty=500)], transport="express", note="phone accelerometers at 1.80 EUR")
ordi("14", "2030-06-15", "export", "DE", "KZ", [it("903180", "MEMS-Beschleunigungssensor-Evaluierungsboard, Offset 25 mg, 10 Stk", "DE", 1, 450, qty=10)], transport="express", note="evaluation boards with a consumer-grade milli-g offset")
ordi("15", "2030-06-16", "export", "NL", "AE", [it("950300", "Speelgoed gyroscoop, 100 stuks", "CN", 20, 300, qty=100)], transport="road", note="toy gyroscopes")
ordi("16", "2030-06-17", "export", "DE", "TR", [it("490199", "Reiseführer Moskau und Sankt Petersburg, 200 Stk", "DE", 80, 1600, qty=200)], transport="road", note="travel guides to Moscow and St Petersburg")
ordi("17", "2030-06-18", "export", "GB", "KZ", [it("848180", "Industrial valves DN100, end user Karaganda steel works, 20 pcs", "GB", 800, 40000, qty=20, cur="GBP")], transport="road", note="valves with a Kazakh end user")
ordi("18", "2030-06-19", "export", "DE", "KZ", [it("848180", "Industriearmaturen DN150, 25 Stk, keine Wiederausfuhr nach Russland (Art. 12g), Empfänger Astana", "DE", 1200, 52000, qty=25)], transport="road", note="the Art. 12g no-re-export clause naming Russia (added after the first run)")

# ---- permitted
perm("1", "2030-06-02", "export", "IT", "KZ", [it("650610", "Elmetti balistici aramidici NIJ IIIA per polizia, 100 pz", "IT", 150, 55000, qty=100, docs=[("EXPORT_LICENCE", "IT-UAMA-2030-0412")])], transport="air", note="ballistic police helmets with an export licence")
perm("2", "2030-06-03", "export", "DE", "CN", [it("847989", "Faserwickelmaschine, 4 Achsen, mit Harzbad, 1 Stk", "DE", 8000, 600000, qty=1, docs=[("EXPORT_LICENCE", "DE-BAFA-2030-4410")])], note="a filament-winding machine with a dual-use licence")
perm("3", "2030-06-04", "export", "FR", "AE", [it("901420", "Centrales inertielles grade navigation, 4 pcs", "FR", 20, 240000, qty=4, docs=[("EXPORT_LICENCE", "FR-SBDU-2030-0210")])], transport="air", note="navigation-grade INS with a dual-use licence")
probes.write(HERE, "dev25-d")
