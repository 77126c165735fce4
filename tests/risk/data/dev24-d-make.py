#!/usr/bin/env python3
"""Writes the round-twenty-four (d) development probes for strategic and dual-use goods
(dev24-d-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind23's and blind24's rows, mostly in languages of the trade routes; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a
lawful look-alike of every family that uses the controlled word in a lawful sense. Written and
committed before the round-twenty-four (d) rules were run on it (docs/profile-packs.md,
"Round twenty-four (d): strategic and dual-use goods (incl. sanctions circumvention)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D24D", "924", domain="strategic")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# S1 aircraft tyres named by an aircraft size designation (H-sizes, three-part sizes with a
# high ply rating, metric aircraft radials) declared as truck, bus, industrial or farm tyres to
# Russia's re-export hubs (Reg. 833/2014 Art. 3c, Annex XI)
dis("S1-1", "2030-05-02", "export", "DE", "KZ", [it("401120", "LKW-Reifen 46x17R20 30PR, schlauchlos, 16 Stück", "DE", 1600, 36000, qty=16)], transport="road", note="S1: 46x17R20 30PR is a Boeing 737 main-gear size, not a lorry tyre; German wording")
dis("S1-2", "2030-05-03", "export", "FR", "AM", [it("401170", "Pneus pour engins industriels H40x14.5-19 24PR, 12 pcs", "FR", 900, 21000, qty=12)], transport="air", note="S1: H40x14.5-19 is an aircraft size (A220/E-Jet main gear); French wording")
dis("S1-3", "2030-05-04", "export", "IT", "KG", [it("401290", "Pneumatici ricostruiti per autobus 1400x530R23 40PR, 6 pz", "IT", 1300, 18000, qty=6)], transport="road", note="S1: 1400x530R23 40PR is a wide-body main-gear radial; retreaded 'bus' tyres; Italian wording")
# S2 turbomolecular, cryogenic or magnetically levitated vacuum pumps declared for dairy, food,
# refrigeration or car-service uses to sensitive destinations (2B231, 0B001.b, Art. 4)
dis("S2-1", "2030-05-05", "export", "NL", "UZ", [it("841410", "Turbomoleculaire pompen voor koeltechniek, 1200 l/s, 6 stuks", "NL", 180, 72000, qty=6)], transport="air", note="S2: turbomolecular pumps for refrigeration service; Dutch wording")
dis("S2-2", "2030-05-06", "export", "IT", "IR", [it("841480", "Pompe criogeniche per macchine confezionatrici sottovuoto alimentari, 4 pz", "IT", 160, 60000, qty=4)], transport="air", note="S2: cryopumps for food vacuum-packing machines, to Iran; Italian wording")
dis("S2-3", "2030-05-07", "export", "DE", "GE", [it("841410", "Magnetgelagerte Turbopumpe für KFZ-Klimaservice, 2000 l/s, 3 Stk", "DE", 120, 54000, qty=3)], transport="road", note="S2: magnetic-bearing turbopump declared for car A/C service; German wording")
# S3 beryllium, hafnium, nuclear-grade zirconium or maraging steel with a consumer cover use, to
# sensitive destinations, in any quantity (1C230, 1C231, 1C234, 1C216)
dis("S3-1", "2030-05-08", "export", "DE", "PK", [it("811219", "Berylliumscheiben 99,5 % für Hi-Fi-Hochtöner, 60 Stk", "DE", 3, 28000, qty=60)], transport="air", transit=["AE"], note="S3: beryllium discs for hi-fi tweeters, 3 kg to Pakistan through Dubai; German wording")
dis("S3-2", "2030-05-09", "export", "FR", "AE", [it("811239", "Hafnium métal en barres, pour bijouterie, 5 kg", "FR", 5, 16000)], transport="air", note="S3: hafnium metal 'for jewellery' to a Dubai trader; French wording")
dis("S3-3", "2030-05-10", "export", "GB", "IR", [it("722830", "Maraging steel 350 round bar for golf club heads, 12 kg", "GB", 12, 4000, cur="GBP")], transport="air", note="S3: maraging 350 bar for golf heads, 12 kg to Iran")
# S4 carbon-fibre fabrics, tapes and prepregs of the 1C010 grades or strengths declared for
# sports goods or boats, under codes that are not the fibre's
dis("S4-1", "2030-05-11", "export", "DE", "CN", [it("700719", "Kohlegewebe für Fahrradrahmen, Köper 3K, Zugfestigkeit 4,9 GPa, 600 kg", "DE", 600, 54000)], note="S4: carbon twill at 4.9 GPa for bicycle frames; German wording")
dis("S4-2", "2030-05-12", "export", "ES", "AE", [it("392099", "Cinta unidireccional preimpregnada IM7, para tablas de surf, 400 kg", "ES", 400, 48000)], transport="air", note="S4: IM7 UD prepreg tape for surfboards to Dubai; Spanish wording")
dis("S4-3", "2030-05-13", "export", "IT", "TR", [it("591190", "Tessuto in carbonio M40J per scafi di canoa, 300 kg", "IT", 300, 39000)], transport="road", note="S4: M40J carbon fabric for canoe hulls; Italian wording")
# S5 CWC Schedule 2/3 and Australia Group precursors named in the scripts of the destinations
# (Arabic, Persian, Russian, Chinese, Turkish) under a cover use
dis("S5-1", "2030-05-14", "export", "BE", "SY", [it("382499", "ثنائي ميثيل ميثيل فوسفونات، مادة مضافة للدهانات، 4 طن", "BE", 4000, 14000, qty=20)], note="S5: DMMP as a paint additive in Arabic to Syria")
dis("S5-2", "2030-05-15", "export", "DE", "IR", [it("381239", "دی اتیل اتیل فسفونات، تثبیت کننده پلاستیک، 5 تن", "DE", 5000, 19000, qty=25)], note="S5: DEEP as a plastics stabiliser in Persian to Iran")
dis("S5-3", "2030-05-16", "export", "PL", "BY", [it("381400", "Диэтилэтилфосфонат, антипирен для пенопласта, 3 т", "PL", 3000, 11000, qty=15)], transport="road", note="S5: DEEP as a foam flame retardant in Russian to Belarus")
dis("S5-4", "2030-05-17", "export", "NL", "HK", [it("382499", "乙基膦酸二乙酯，阻燃剂，桶装，2吨", "NL", 2000, 8000, qty=10)], transport="air", note="S5: DEEP as a flame retardant in Chinese to Hong Kong")
dis("S5-5", "2030-05-18", "export", "BG", "TR", [it("382499", "Dimetil metil fosfonat, alev geciktirici katkı, 6 ton", "BG", 6000, 21000, qty=30)], transport="road", note="S5: DMMP in Turkish, flame-retardant additive, to Turkey")
# S6 (no set yet) capacitance manometers and corrosion-resistant absolute pressure transducers
# (2B230) declared as tyre-pressure, HVAC or car gauges to sensitive destinations
dis("S6-1", "2030-05-19", "export", "DE", "AM", [it("902620", "Kapazitive Absolutdruckmessumformer, Inconel, 0,1 Torr, für Reifendruckprüfung, 20 Stk", "DE", 20, 46000, qty=20)], transport="air", note="S6: Inconel capacitance manometers as tyre-pressure gauges; German wording")
dis("S6-2", "2030-05-20", "export", "FR", "AE", [it("902680", "Manomètres capacitifs Baratron pour climatisation, 15 pcs", "FR", 12, 33000, qty=15)], transport="air", note="S6: Baratron capacitance manometers 'for air conditioning'; French wording")

# S7 (no set yet; added after the first run, before its rule was written) aircraft wheels, carbon
# brake discs and brake assemblies named by an aircraft type, declared as truck or trailer brake
# parts to Russia's re-export hubs (Reg. 833/2014 Annex XI)
dis("S7-1", "2030-05-21", "export", "FR", "KG", [it("870830", "Disques de frein carbone pour camions, réf. A320 MLG, 10 pcs", "FR", 1400, 90000, qty=10)], transport="road", note="S7: A320 main-gear carbon brake heat-sink discs as truck brake discs; French wording")
dis("S7-2", "2030-05-22", "export", "DE", "AE", [it("870870", "Anhängerräder, Hauptfahrwerk B737-800, überholt, 6 Stk", "DE", 420, 30000, qty=6)], transport="air", note="S7: Boeing 737-800 main wheels as trailer wheels to Dubai; German wording")

# ---- ordinary look-alikes
ordi("1", "2030-05-02", "export", "DE", "KZ", [it("401120", "LKW-Reifen 315/80R22.5 156/150L, 40 Stück", "DE", 2600, 12000, qty=40)], transport="road", note="ordinary truck tyres to Kazakhstan")
ordi("2", "2030-05-03", "export", "FR", "GE", [it("401180", "Pneus chariot élévateur 28x9-15 14PR, 20 pcs", "FR", 800, 3600, qty=20)], transport="road", note="forklift tyres, a three-part size with 14PR")
ordi("3", "2030-05-04", "export", "IT", "TR", [it("401120", "Pneumatici autocarro 12.00R20 18PR, 30 pz", "IT", 2100, 9000, qty=30)], transport="road", note="bias-ply-rated lorry tyres 12.00R20 18PR")
ordi("4", "2030-05-05", "export", "DE", "UZ", [it("401140", "Motorradreifen 120/70 ZR17, 2 Stk", "DE", 9, 260, qty=2)], transport="post", note="two motorcycle tyres to a private person", **PP)
ordi("5", "2030-05-06", "export", "NL", "TR", [it("401130", "Aircraft tyres 46x17R20 30PR for Boeing 737 main gear, 8 pcs, for an airline's maintenance", "US", 800, 18000, qty=8)], transport="air", note="aircraft tyres declared as aircraft tyres to a Turkish airline's maintenance", consignee_name="Turkish Technic Inc.")
ordi("6", "2030-05-07", "export", "DE", "AM", [it("841410", "Vakuumpumpe für Melkanlage, Drehschieber, 1600 l/min, 2 Stk", "DE", 90, 4200, qty=2)], transport="road", note="rotary-vane milking vacuum pumps to Armenia")
ordi("7", "2030-05-08", "export", "IT", "GE", [it("841410", "Pompa del vuoto per servizio climatizzatori auto, 2 stadi, 1 pz", "IT", 12, 380, qty=1)], transport="post", note="a car A/C service vacuum pump to a private person", **PP)
ordi("8", "2030-05-09", "export", "DE", "CN", [it("841410", "Turbomolekularpumpe 300 l/s für Elektronenmikroskop, 1 Stk", "DE", 18, 9000, qty=1)], transport="air", note="one turbopump for an electron microscope to China, no cover use")
ordi("9", "2030-05-10", "export", "FR", "TR", [it("741022", "Feuillard cuivre-béryllium C17200 0,1 mm, pour connecteurs, 200 kg", "FR", 200, 9000)], transport="road", note="copper-beryllium strip for connectors")
ordi("10", "2030-05-11", "export", "DE", "IN", [it("690919", "Zirkonoxid-Keramikrohlinge für Zahnkronen, 500 Stk", "DE", 50, 8000, qty=500)], transport="air", note="zirconia dental blanks (zirconium oxide, not nuclear-grade metal)")
# ORD-11's code corrected after the first run: steel fashion rings are imitation jewellery (7117 19),
# not precious-metal jewellery (7113 19), under which CUL-GLD-001 rightly asked for an examination
ordi("11", "2030-05-12", "export", "GB", "AE", [it("711719", "Titanium and hafnium-look steel rings, jewellery, 40 pcs", "GB", 0.4, 600, cur="GBP", qty=40)], transport="post", note="fashion rings whose name borrows a metal's word, to a private person", **PP)
ordi("12", "2030-05-13", "export", "IT", "TR", [it("950691", "Telaio bicicletta in fibra di carbonio, finito, 2 pz", "IT", 2.4, 3400, qty=2)], transport="post", note="two finished carbon bicycle frames to a private person", **PP)
ordi("13", "2030-05-14", "export", "DE", "TR", [it("700719", "Glasfasergewebe für Bootsbau, Köper 300 g/m², 500 kg", "DE", 500, 3500)], transport="road", note="glass-fibre cloth for boat building")
ordi("14", "2030-05-15", "export", "ES", "MA", [it("950790", "Caña de pescar de carbono, 3 m, 20 pz", "ES", 8, 900, qty=20)], transport="road", note="finished carbon fishing rods")
ordi("15", "2030-05-16", "export", "BE", "LB", [it("291990", "ثلاثي إيثيل الفوسفات، مثبط لهب، براميل، 4 طن", "BE", 4000, 9000, qty=20)], note="triethyl phosphate (not scheduled) in Arabic")
ordi("16", "2030-05-17", "export", "DE", "EG", [it("293190", "حمض ١-هيدروكسي إيثيليدين-١،١-ثنائي الفوسفونيك (HEDP)، لمعالجة المياه، ١٠ طن", "DE", 10000, 14000, qty=40)], note="HEDP, a water-treatment phosphonate, in Arabic")
ordi("17", "2030-05-18", "export", "PL", "KZ", [it("380891", "Глифосат 480 г/л, гербицид, канистры 20 л, 2 т", "PL", 2000, 6000, qty=100)], transport="road", note="glyphosate (a phosphonomethyl amino acid) in Russian")
ordi("18", "2030-05-19", "export", "DE", "AM", [it("902620", "Reifendruckprüfer digital für PKW, 50 Stk", "DE", 10, 600, qty=50)], transport="road", note="digital tyre-pressure gauges")
ordi("19", "2030-05-20", "export", "FR", "AE", [it("902620", "Manomètres pour climatisation R32/R410A, jeu de 2, 1 pc", "FR", 2, 120, qty=1)], transport="post", note="an A/C manifold gauge set to a private person", **PP)
ordi("20", "2030-05-21", "export", "NL", "TR", [it("381239", "Trifenylfosfiet, stabilisator voor PVC, 5 t", "NL", 5000, 14000, qty=25)], note="triphenyl phosphite, not scheduled")

ordi("21", "2030-05-22", "export", "DE", "KZ", [it("870830", "Bremsscheiben für LKW Mercedes Actros, 40 Stk", "DE", 1600, 6400, qty=40)], transport="road", note="ordinary lorry brake discs (added with S7)")
ordi("22", "2030-05-23", "export", "FR", "TR", [it("871640", "Remorque porte-avion miniature, jouet A320, 1 pc", "CN", 0.5, 30, qty=1)], transport="post", note="a toy named for an aircraft type to a private person (added with S7)", **PP)

# ---- permitted
perm("1", "2030-05-03", "export", "DE", "KZ", [it("401130", "Aircraft tyres H44.5x16.5-21 26PR for A320 main gear, 8 pcs", "US", 800, 16000, qty=8, docs=[("EXPORT_LICENCE", "DE-BAFA-2030-1102")])], transport="air", note="aircraft tyres with an export authorisation")
perm("2", "2030-05-05", "export", "DE", "CN", [it("841410", "Turbomolekularpumpe 2000 l/s, magnetgelagert, 2 Stk", "DE", 80, 40000, qty=2, docs=[("EXPORT_LICENCE", "DE-BAFA-2030-2207")])], transport="air", note="turbopumps with an export licence")
perm("3", "2030-05-09", "export", "FR", "PK", [it("811212", "Feuilles de béryllium pour fenêtres de rayons X, 0,5 kg", "FR", 0.5, 6000, docs=[("EXPORT_LICENCE", "FR-SBDU-2030-0091")])], transport="air", note="beryllium foil with a dual-use licence")
perm("4", "2030-05-12", "export", "DE", "TR", [it("681512", "Carbon fibre prepreg T800, 200 kg", "JP", 200, 22000, docs=[("EXPORT_LICENCE", "DE-BAFA-2030-3310")])], transport="road", note="T800 prepreg with an export licence")
perm("5", "2030-05-16", "export", "BE", "LB", [it("293149", "ثنائي إيثيل إيثيل فوسفونات، 1 طن", "BE", 1000, 5000, qty=5, docs=[("EXPORT_LICENCE", "BE-DU-2030-0044")])], note="DEEP with its dual-use licence, in Arabic")
probes.write(HERE, "dev24-d")
