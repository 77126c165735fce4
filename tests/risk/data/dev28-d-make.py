#!/usr/bin/env python3
"""Writes the round-twenty-eight (d) development probes for strategic and dual-use goods
(incl. sanctions circumvention) (dev28-d-{disguised,ordinary,permitted}.ndjson). Every row
is written out by hand, worded differently from blind31's and blind32's rows; the note says
which modus operandi family it belongs to and what betrays it. The ordinary rows include
lawful look-alikes that use the controlled word in a lawful sense and lawful private-person
consignees. Written and committed before the round-twenty-eight (d) rules were run on it
(docs/profile-packs.md, "Round twenty-eight (d)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D28D", "928", home_by_flow=True, domain="strategic")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# S1 CWC schedule 3 / Australia Group chemicals named in another language, to a hub or a
# neighbour of Russia
dis("S1-1", "2031-09-01", "export", "ES", "GE", [it("290491", "Cloropicrina técnica 98 %, fumigante de suelos, bidones 200 kg, 4 t", "ES", 4000, 14000, qty=20)], note="S1: chloropicrin (CWC schedule 3) to a Tbilisi trader; Spanish wording")
dis("S1-2", "2031-09-02", "export", "DE", "AZ", [it("290491", "Kloropikrin %99, toprak fumiganti, 25 varil", "DE", 5000, 17000, qty=25)], note="S1: chloropicrin to Baku; Turkish wording")
dis("S1-3", "2031-09-03", "export", "NL", "KZ", [it("281212", "Fosforoxychloride (fosforylchloride), vaten 250 kg, 8 t", "NL", 8000, 12000, qty=32)], note="S1: phosphorus oxychloride (CWC 3, AG) to Almaty; Dutch wording")
# S2 common high priority items under their plain or a cover name, to Russia's neighbours or a hub
dis("S2-1", "2031-09-04", "export", "FR", "KZ", [it("903040", "Analyseur de réseau vectoriel 20 GHz, 2 unités", "FR", 50, 92000, qty=2)], transport="air", note="S2: vector network analysers at 46,000 EUR each to Almaty; French wording")
dis("S2-2", "2031-09-05", "export", "IT", "GE", [it("903020", "Oscilloscopio digitale 2 GHz, 4 canali, 3 pz", "IT", 36, 45000, qty=3)], transport="air", note="S2: 2 GHz oscilloscopes at 15,000 EUR to Tbilisi; Italian wording")
dis("S2-3", "2031-09-06", "export", "ES", "UZ", [it("850760", "Baterías para patinetes, LiPo 12S 16000 mAh, conector AS150, 200 uds", "ES", 800, 70000, qty=200)], transport="air", note="S2: 12S heavy-lift drone packs as scooter batteries to Tashkent; Spanish wording")
dis("S2-4", "2031-09-07", "export", "FR", "TR", [it("900190", "Fenêtres optiques en germanium, traitement AR 8-12 µm, 300 pcs", "FR", 30, 66000, qty=300)], transport="air", note="S2: germanium LWIR windows for thermal sights to an Istanbul re-exporter; French wording")
dis("S2-5", "2031-09-08", "export", "DE", "AE", [it("841199", "Turbinenschaufeln, einkristallin, CMSX-4, Ersatzteile für Industrieanlagen, 30 Stk", "DE", 15, 120000, qty=30)], transport="air", note="S2: single-crystal turbine blades (9E003) to a Dubai firm; German wording")
dis("S2-6", "2031-09-09", "export", "NL", "KG", [it("841490", "Spare parts for vacuum pumps: turbomolecular rotor assembly with bearing cartridge, 6 sets", "NL", 30, 54000, qty=6)], transport="air", note="S2: turbomolecular pump rotors to Bishkek")
# S3 controlled (military-list) items under an ordinary cover
dis("S3-1", "2031-09-10", "export", "DE", "AE", [it("810199", "Wolfram-Schwermetall Stangen, Ø 20 x 500 mm, Auswuchtgewichte, 800 Stk", "DE", 2400, 190000, qty=800)], note="S3: tungsten heavy alloy rods (penetrator blanks) as balance weights; German wording")
dis("S3-2", "2031-09-11", "export", "ES", "GE", [it("741999", "Conos de cobre embutidos, ángulo 42°, diámetro 60 mm, 5 000 uds, para luminarias", "ES", 400, 30000, qty=5000)], transport="road", note="S3: deep-drawn copper cones with an apex angle are shaped-charge liners; Spanish wording")
dis("S3-3", "2031-09-12", "export", "IT", "AM", [it("690912", "Piastre curve in carburo di boro, 25 x 30 cm, 300 pz, rivestimenti antiusura", "IT", 750, 120000, qty=300)], transport="air", note="S3: curved boron-carbide plates are armour inserts; Italian wording")
# S4 sanctioned Russian or Belarusian goods of laundered origin
dis("S4-1", "2031-09-13", "import", "KZ", "PL", [it("271119", "Skroplony gaz LPG (propan-butan), pochodzenie KZ, stacja załadunku Tobolsk, 58 t", "KZ", 58000, 30000)], transport="rail", transit=["RU", "BY"], note="S4: LPG loaded at a Russian station with a Kazakh origin; Polish wording")
dis("S4-2", "2031-09-14", "import", "RU", "FI", [it("271112", "Nestekaasu, propaani, säiliövaunut, 40 t", "RU", 40000, 22000)], transport="rail", note="S4: propane from Russia (LPG import ban); Finnish wording")
dis("S4-3", "2031-09-15", "import", "AM", "DE", [it("750210", "Nickel cathodes, full plate, 'Kola' brand, origin Armenia, 18 t", "AM", 18000, 300000, cur="USD")], note="S4: Armenia refines no nickel: Kola-brand cathodes are Russian nickel re-routed")

# ordinary: lawful look-alikes and private persons
ordi("1", "2031-09-01", "export", "DE", "GE", [it("380893", "Dazomet Granulat, Bodenentseuchung, chlorpikrinfrei, 2 t", "DE", 2000, 9000)], note="a chloropicrin-free soil disinfectant to Georgia")
ordi("2", "2031-09-02", "export", "NL", "TR", [it("283531", "Sodium tripolyphosphate, food grade, 20 t", "NL", 20000, 24000)], note="ordinary phosphate to Turkey")
ordi("3", "2031-09-03", "export", "DE", "AM", [it("903031", "Digital-Multimeter, Handgerät, 1 Stück", "DE", 0.5, 60, qty=1)], transport="post", consignee_name="Armen Petrosyan", note="a handheld multimeter to a private person in Yerevan")
ordi("4", "2031-09-04", "export", "DE", "US", [it("903020", "Digital oscilloscopes 4 GHz, 3 pcs", "DE", 45, 90000, qty=3)], transport="air", note="high-end oscilloscopes to the United States")
ordi("5", "2031-09-05", "export", "DE", "KZ", [it("850760", "Akku 36V 13Ah Li-Ion für E-Bike, 2 Stück", "DE", 7, 700, qty=2)], transport="post", consignee_name="Aigerim Nurlanovna", note="two e-bike batteries to a private person in Almaty")
ordi("6", "2031-09-06", "export", "FR", "GE", [it("850760", "Batterie LiPo 3S 2200 mAh pour modélisme, 2 pièces", "FR", 0.4, 60, qty=2)], transport="post", consignee_name="Giorgi Beridze", note="two small RC LiPo packs to a private person in Tbilisi")
ordi("7", "2031-09-07", "export", "IT", "AE", [it("900219", "Obiettivi fotografici 50 mm f/1.8, vetro ottico, 40 pz", "IT", 12, 6000, qty=40)], transport="air", note="ordinary camera lenses (optical glass) to Dubai")
ordi("8", "2031-09-08", "export", "DE", "TR", [it("381800", "Monokristalline Siliziumwafer, 200 mm, 500 Stk", "DE", 30, 15000, qty=500)], transport="air", note="single-crystal silicon wafers (not blades) to Turkey")
ordi("9", "2031-09-09", "export", "DK", "TR", [it("841290", "Wind turbine blades, glass fibre, 3 pcs", "DK", 36000, 450000, qty=3)], transport="sea", note="wind turbine blades to Turkey")
ordi("10", "2031-09-10", "export", "DE", "CH", [it("841410", "Turbomolekularpumpe 300 l/s, 1 Stück", "DE", 12, 9000, qty=1)], transport="road", note="one turbomolecular pump to a Swiss lab")
ordi("11", "2031-09-11", "export", "DE", "TR", [it("810199", "Wolfram-Elektroden WT20 für WIG-Schweißen, 2,4 x 175 mm, 5000 Stk", "DE", 42, 6000, qty=5000)], transport="road", note="tungsten TIG electrodes (rods of 8 g) to Turkey")
ordi("12", "2031-09-12", "export", "NL", "NO", [it("940599", "Koperen lampenkappen, conisch, 40 st.", "NL", 40, 2400, qty=40)], transport="road", note="conical copper lamp shades to Norway")
ordi("13", "2031-09-13", "export", "IT", "TR", [it("690919", "Ugelli per sabbiatura in carburo di boro, 100 pz", "IT", 20, 5000, qty=100)], transport="road", note="boron carbide sandblasting nozzles to Turkey")
ordi("14", "2031-09-14", "import", "NO", "PL", [it("271112", "Propan, LPG, tankowiec, 2 000 t", "NO", 2000000, 900000)], transport="sea", note="Norwegian propane by sea")
ordi("15", "2031-09-15", "import", "NO", "DE", [it("750210", "Nickel cathodes 99.9 %, Nikkelverk, 20 t", "NO", 20000, 340000, cur="USD")], note="Norwegian nickel cathodes")
ordi("16", "2031-09-16", "import", "CN", "DE", [it("850760", "Lithium-ion battery packs for e-scooters, 36V, 500 pcs", "CN", 2500, 60000, cur="USD", qty=500)], note="e-scooter batteries imported")
ordi("17", "2031-09-17", "export", "FR", "GE", [it("330499", "Crème de jour, 50 ml", "FR", 0.1, 30, qty=1)], transport="post", consignee_name="Nino Kapanadze", note="a cosmetic to a private person in Tbilisi")
# ORD-18 replaced after the first run: the first row (200 ball bearings to Bishkek) is not a
# lawful look-alike, since bearings (8482) are a common high priority item and STR-CIRC's
# no-Russia-clause check was right to ask for it.
ordi("18", "2031-09-18", "export", "DE", "KG", [it("732410", "Edelstahl-Spülbecken, 200 Stk", "DE", 1600, 8000, qty=200)], transport="road", note="ordinary kitchen sinks to Bishkek")

# permitted shipments with their documents
perm("1", "2031-09-01", "export", "DE", "CH", [it("290491", "Chlorpikrin 99 %, Bodenbegasung, 10 Fässer", "DE", 2500, 9000, qty=10, docs=[("EXPORT_LICENCE", "DE-BAFA-2031-0441")])], transport="road", note="chloropicrin to Switzerland under an export licence")
perm("2", "2031-09-02", "export", "FR", "KZ", [it("903020", "Oscilloscopes numériques 1 GHz, 2 unités", "FR", 24, 26000, qty=2, docs=[("EXPORT_LICENCE", "FR-SBDU-2031-0912")])], transport="air", note="oscilloscopes to Kazakhstan with an authorisation")
perm("3", "2031-09-03", "export", "DE", "AE", [it("841199", "Turbine blades, single crystal, overhaul exchange, 10 pcs", "DE", 5, 40000, qty=10, docs=[("EXPORT_LICENCE", "DE-BAFA-2031-0577")])], transport="air", note="single-crystal blades for a licensed overhaul shop")
probes.write(HERE, "dev28-d")
