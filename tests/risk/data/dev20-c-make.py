#!/usr/bin/env python3
"""Writes the round-twenty (c) development probes for ozone (HFC technical aerosols, halon
fire bottles, permanent-gas cylinders at a liquefied gas's mass) and strategic goods
(fibre-optic gyroscope coils, tyres and vehicles to Belarus or Russia)
(dev20-c-{disguised,ordinary,permitted}.ndjson). Every row is written by hand, worded
differently from blind18's rows; the note names the family and what betrays it. The
ordinary rows include lawful private-person consignees receiving ordinary goods of these
families and lawful look-alikes using the controlled word in a lawful sense. Written
before the probes were run against the round-twenty (c) rules (docs/profile-packs.md,
"Round twenty (c): ozone and strategic goods")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D20C", "920", home_by_flow=True)
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# O1 technical aerosols with HFC-134a/152a propellant, named chemically or as 'compressed air'
dis("O1-1", "2029-05-01", "import", "CN", "BE", [it("340290", "Contact cleaner spray 500 ml, drijfgas 1,1-difluorethaan, 4.800 bussen", "CN", 2400, 5800, cur="USD", qty=4800)], domain="ozone", note="O1: technical cleaning spray with HFC-152a named in Dutch")
dis("O1-2", "2029-05-02", "import", "TR", "PL", [it("851390", "Sprężone powietrze w sprayu 400 ml, 6000 szt.", "TR", 2700, 4200, qty=6000)], domain="ozone", note="O1: 'compressed air' cans at 0.45 kg each, Polish wording: liquefied HFC")
dis("O1-3", "2029-05-03", "import", "CN", "IT", [it("382499", "Bomboletta spray congelante 300 ml, propellente tetrafluoroetano, 3000 pz", "CN", 1050, 3300, cur="USD", qty=3000)], domain="ozone", note="O1: freeze spray with HFC-134a named in Italian")
# O2 halon fire bottles of aircraft, ships or military vehicles as surplus, collectables, to persons
dis("O2-1", "2029-05-04", "import", "GB", "IE", [it("842410", "Ex-RAF aircraft engine extinguisher bottles, charged, 4 pcs", "GB", 48, 400, cur="GBP", qty=4)], transport="post", consignee_name="Mr P. O'Brien", domain="ozone", note="O2: charged ex-military aircraft bottles to a private person (halon 1301)")
dis("O2-2", "2029-05-05", "import", "US", "DE", [it("842490", "Boeing 737 APU fire bottle, removed from aircraft, decoration", "US", 12, 150, cur="USD", qty=1)], transport="express", domain="ozone", note="O2: APU bottle from a teardown declared as decoration")
dis("O2-3", "2029-05-06", "import", "UA", "PL", [it("731100", "Butle gaśnicze z okrętu, używane, pod ciśnieniem, 10 szt.", "UA", 250, 500, qty=10)], transport="road", domain="ozone", note="O2: used pressurised ship fire bottles, Polish wording")
# O3 permanent gas at a liquefied refrigerant's mass per cylinder
dis("O3-1", "2029-05-07", "import", "TR", "BG", [it("280421", "Argon 200 bar, 50 l steel bottles, 120 pcs", "TR", 6360, 3000, qty=120)], transport="road", domain="ozone", note="O3: 53 kg per 50 l 'argon' cylinder: a liquefied gas, the pressure words do not spare it")
dis("O3-2", "2029-05-08", "import", "UA", "RO", [it("280430", "Azot tehnic, butelii 40 l, 150 buc", "UA", 7200, 2100, qty=150)], transport="road", domain="ozone", note="O3: 48 kg of 'nitrogen' per 40 l cylinder, Romanian wording")
# S1 fibre-optic gyroscope sensing coils and their parts
dis("S1-1", "2029-05-09", "export", "DE", "AE", [it("900190", "Faserspulen, polarisationserhaltend, gewickelt, 30 Stk", "DE", 9, 96000, qty=30)], transport="air", domain="strategic", note="S1: wound PM fibre coils to a transshipment hub, German wording")
dis("S1-2", "2029-05-10", "export", "FR", "IN", [it("901490", "Bobines de fibre optique pour capteur, enroulement quadripolaire, 40 pcs", "FR", 10, 120000, qty=40)], transport="air", domain="strategic", note="S1: quadrupole-wound sensing coils as instrument parts, French wording")
dis("S1-3", "2029-05-11", "export", "IT", "RS", [it("854470", "Fiber ring, panda fiber, 1.5 km, potted, 25 pcs", "IT", 8, 70000, qty=25)], transport="air", domain="strategic", note="S1: potted panda-fibre rings as fibre cable")
# S2 tyres, vehicles and parts to Belarus or Russia
dis("S2-1", "2029-05-12", "export", "PL", "BY", [it("870899", "Części zamienne do ciągników siodłowych, 8 t", "PL", 8000, 64000)], transport="road", domain="strategic", note="S2: tractor-unit spare parts to Belarus, Polish wording")
dis("S2-2", "2029-05-13", "export", "LV", "RU", [it("401110", "Passenger car tyres 205/55 R16, winter, 1,200 pcs", "DE", 10800, 60000, qty=1200)], transport="road", domain="strategic", note="S2: car tyres to Russia")
dis("S2-3", "2029-05-14", "export", "FI", "KZ", [it("871639", "Semi-trailers, curtain-sider, used, 6 units", "DE", 42000, 90000, qty=6)], transport="rail", transit=["RU"], domain="strategic", note="S2: semi-trailers by rail through Russia")

# ordinary: lawful look-alikes and private persons
ordi("1", "2029-05-01", "import", "CN", "NL", [it("382499", "Druklucht spray 400 ml, drijfgas HFO-1234ze, 4.000 st.", "CN", 1400, 9600, cur="USD", qty=4000)], note="lawful HFO duster, Dutch")
ordi("2", "2029-05-02", "import", "IN", "DE", [it("300490", "Dosieraerosol Salbutamol, Treibgas Norfluran (HFA-134a), 5000 Stk", "IN", 150, 12000, qty=5000)], note="medical inhalers with HFA-134a: exempt")
ordi("3", "2029-05-03", "import", "CN", "FR", [it("842410", "Extincteur poudre ABC 2 kg, neuf, pour véhicule", "CN", 3, 25, qty=1)], transport="post", note="a new car extinguisher to a private person", **PP)
# ORD-4 replaced after the first run: the first row named FE-36 (HFC-236fa) bottles, which
# OZN-HFN-001 rightly flags (pre-charged HFC equipment must be accounted under the quota
# system, Regulation (EU) 2024/573 Art. 19): not a lawful look-alike as written.
ordi("4", "2029-05-04", "import", "US", "DE", [it("842410", "Aircraft fire extinguisher bottles, CO2, new, for airline maintenance", "US", 60, 9000, cur="USD", qty=6)], transport="air", importer_name="Lufthansa Technik AG", note="new CO2 aircraft bottles to an MRO")
ordi("5", "2029-05-05", "import", "CZ", "SK", [it("280430", "Dusík stlačený 200 bar, tlakové lahve 50 l, 40 ks", "CZ", 3240, 2400, qty=40)], transport="road", note="nitrogen declared gross: 81 kg a 50 l 200 bar cylinder")
ordi("6", "2029-05-06", "import", "DE", "AT", [it("280421", "Argon 4.6, 300 bar, 50 l Flaschen, 20 Stk", "DE", 1900, 1600, qty=20)], transport="road", note="argon 300 bar gross: 95 kg a cylinder")
ordi("7", "2029-05-07", "import", "CN", "BE", [it("321390", "Spray paint 400 ml, propellant DME/propane, 6000 cans", "CN", 2400, 6000, cur="USD", qty=6000)], note="paint aerosols with hydrocarbon propellant")
ordi("8", "2029-05-08", "export", "DE", "CH", [it("854470", "Polarisation-maintaining fibre patch cords, FC/APC, 40 pcs", "DE", 2, 3600, qty=40)], transport="road", note="PM patch cords to Switzerland")
ordi("9", "2029-05-09", "export", "FR", "TR", [it("900110", "Singlemode optical fibre G.652D on shipping reels, 50 km", "FR", 500, 6000)], transport="road", note="telecom fibre on reels to Turkey")
ordi("10", "2029-05-10", "export", "DE", "US", [it("901380", "LED fibre optic ring light for stereo microscopes, 10 pcs", "DE", 8, 4500, qty=10)], transport="air", note="a fibre optic ring light: the word ring in a lawful sense")
ordi("11", "2029-05-11", "export", "PL", "UA", [it("401120", "Opony ciężarowe 315/70 R22.5, nowe, 300 szt.", "PL", 18000, 75000, qty=300)], transport="road", note="truck tyres to Ukraine")
ordi("12", "2029-05-12", "export", "DE", "KZ", [it("870899", "Brake pads for trucks, 2 t", "DE", 2000, 30000)], transport="road", transit=["PL", "LT", "LV"], note="truck parts to Kazakhstan, not through Russia")
ordi("13", "2029-05-13", "import", "BY", "LT", [it("440710", "Sawn spruce", "SE", 20000, 5000)], transport="road", note="an import from Belarus of goods the tyre profile does not concern (flow import)")
ordi("14", "2029-05-14", "import", "US", "FR", [it("950300", "Jouet gyroscope en métal, 2 pcs", "US", 0.4, 20, cur="USD", qty=2)], transport="post", note="toy gyroscope to a private person", **PP)
# ORD-15 replaced after the first run: the first row declared the brass extinguisher under
# 970500, which since HS 2022 holds zoological collections; WLD-LIV-002 read it so. A brass
# collectable is 7419.
ordi("15", "2029-05-15", "import", "GB", "NL", [it("741999", "Vintage brass fire extinguisher, empty, collectable, 1 pc", "GB", 3, 80, cur="GBP", qty=1)], transport="post", note="an antique soda-acid brass extinguisher to a collector: a collectable in a lawful sense", consignee_name="Mevr. J. de Vries")

# permitted
perm("1", "2029-05-01", "import", "US", "FR", [it("842410", "Aircraft engine fire bottles, halon 1301, recharged, for airline fleet", "US", 120, 18000, cur="USD", qty=8, docs=[("ODS_LICENCE", "FR-ODS-2029-031")])], transport="air", importer_name="Air France Industries", domain="ozone", note="halon 1301 aircraft bottles for a critical use with the ODS licence")
perm("2", "2029-05-02", "export", "FR", "US", [it("901490", "Fibre optic gyroscope sensing coils, quadrupole wound, 10 pcs", "FR", 3, 40000, qty=10, docs=[("EXPORT_LICENCE", "FR-DU-2029-0412")])], transport="air", domain="strategic", note="FOG coils with the dual-use export licence")
perm("3", "2029-05-03", "export", "LT", "BY", [it("401120", "Tyres for ambulances, humanitarian derogation, 40 pcs", "DE", 2000, 9000, qty=40, docs=[("EXPORT_LICENCE", "LT-SAN-2029-0017")])], transport="road", domain="strategic", note="tyres to Belarus under an authorisation of the competent authority")

probes.write(HERE, "dev20-c")
