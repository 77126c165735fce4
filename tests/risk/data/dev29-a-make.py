#!/usr/bin/env python3
"""Writes the round-twenty-nine (a) development probes for explosive precursors and strategic
and dual-use goods (dev29-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by
hand, worded differently from blind35's and blind36's rows; the note says which modus operandi
family it belongs to and what betrays it. Families: H explosive weather-modification articles
(anti-hail rockets, pyrotechnic cloud-seeding flares) declared as farm or weather equipment;
S detonators declared as seismic-survey accessories ("seismic caps", shot-hole caps);
W tungsten heavy alloy by the tonne under a sporting or consumer cover (sinkers, dart blanks,
ballast) to a proliferation or re-export destination; A used Western airliner parts sent
through a hub to a third country for a buyer who is not named; E small two-stroke, boxer or
rotary engines of the size that drives attack drones, at a drone engine's price, under a
leisure cover (karts, snowmobiles, motorcycles, generators) to Russia's neighbours and hubs.
The ordinary rows are lawful look-alikes: hail nets, gas hail cannons, frost candles, geophone
sensors and connector caps, small tungsten lots, named airlines, cheap or single engines.
Written and committed before the round-twenty-nine (a) rules were run on it
(docs/profile-packs.md, "Round twenty-nine (a)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D29A", "929", home_by_flow=True)
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PRE, STR = dict(domain="precursors"), dict(domain="strategic")

# H explosive weather-modification articles declared as farm or weather equipment
dis("H1", "2032-01-05", "export", "BG", "GE", [it("842490", "Противоградни ракети, резервни части за селскостопанска техника, 400 бр", "BG", 2600, 52000, cur="USD", qty=400)], transport="road", transit=["TR"], note="H: anti-hail rockets (propellant and bursting charge, class 1) as spare parts of farm machinery; Bulgarian wording", importer_name="Agro Kakheti LLC", **PRE)
dis("H2", "2032-01-06", "export", "TR", "AZ", [it("847989", "Dolu roketi fırlatma sistemi, tarımsal koruma ekipmanı, 300 adet", "TR", 2100, 39000, cur="USD", qty=300)], transport="road", transit=["GE"], note="H: hail rockets with their launcher declared as agricultural protection machinery; Turkish wording", **PRE)
dis("H3", "2032-01-07", "export", "ES", "MA", [it("902580", "Bengalas pirotécnicas de siembra de nubes, yoduro de plata, para aeronaves, 250 uds", "ES", 500, 30000, qty=250)], transport="sea", note="H: pyrotechnic cloud-seeding flares (class 1.4) declared as meteorological instruments; Spanish wording", **PRE)
# S detonators declared as seismic-survey accessories
dis("S1", "2032-01-08", "export", "NO", "NG", [it("901590", "Shot-hole caps, electric, for seismic survey crews, 1,000 pcs", "NO", 30, 9000, cur="USD", qty=1000)], transport="air", note="S: electric shot-hole caps are seismic detonators (UN 0030) declared as survey instrument parts", **PRE)
dis("S2", "2032-01-09", "export", "ES", "DZ", [it("853690", "Cápsulas sísmicas eléctricas con cable, accesorios de geófono, 800 uds", "ES", 40, 8800, qty=800)], transport="sea", note="S: electric seismic caps with leg wires as electrical connectors for geophones; Spanish wording", **PRE)
dis("S3", "2032-01-10", "export", "LV", "KZ", [it("903090", "Сейсмические капсюли для геофонов, 600 шт", "LV", 25, 6000, qty=600)], transport="road", note="S: 'seismic capsules' for geophones are seismic detonators; Russian wording", **PRE)
dis("S4", "2032-01-11", "export", "IT", "LY", [it("901590", "Inneschi sismici elettrici, ricambi per geofoni, 500 pz", "IT", 20, 5500, qty=500)], transport="sea", note="S: electric seismic initiators as geophone spares to a Libyan trader; Italian wording", **PRE)
# W tungsten heavy alloy by the tonne under a sporting or consumer cover
dis("W1", "2032-01-12", "export", "DE", "IR", [it("810199", "Angelbleie aus Wolfram-Legierung 95 %, gegossen, 2.500 kg", "DE", 2500, 140000)], transport="road", transit=["TR"], note="W: 2.5 t of 95 % tungsten alloy 'fishing sinkers' to Iran: far beyond any tackle trade, a heavy alloy of 1C226 interest; German wording", **STR)
dis("W2", "2032-01-13", "export", "FR", "UZ", [it("810199", "Ébauches de fûts de fléchettes en tungstène 90 %, usinées, 1 800 kg", "FR", 1800, 95000)], transport="road", note="W: 1.8 t of tungsten dart blanks to Uzbekistan, a Russian re-export route; French wording", **STR)
dis("W3", "2032-01-14", "export", "NL", "KG", [it("810199", "Tungsten heavy alloy ballast weights for racing cars, W 93 %, 2,200 kg", "NL", 2200, 125000)], transport="road", transit=["KZ"], note="W: 2.2 t of 93 % tungsten 'racing ballast' to Kyrgyzstan: penetrator-grade alloy by the tonne", **STR)
# A used Western airliner parts through a hub to a third country, buyer not named
dis("A1", "2032-01-15", "export", "FR", "LK", [it("880730", "Used serviceable landing gear components for Airbus A320 family, 12 pcs", "FR", 900, 650000, cur="USD", qty=12)], transport="air", transit=["AE"], note="A: 650,000 USD of used A320 gear parts to Sri Lanka via Dubai with no named buyer: a diversion route to Russian airlines", **STR)
dis("A2", "2032-01-16", "export", "DE", "KG", [it("841191", "Gebrauchte Triebwerksteile CFM56-7B für Boeing 737NG, 40 Stk", "US", 350, 520000, qty=40)], transport="air", transit=["TR"], note="A: used 737NG engine parts to Kyrgyzstan via Istanbul, no named buyer; German wording", **STR)
dis("A3", "2032-01-17", "export", "NL", "UZ", [it("880730", "Boeing 777 flight control computers, removed serviceable, 6 pcs", "US", 120, 900000, cur="USD", qty=6)], transport="air", transit=["AE"], note="A: used 777 flight control computers to Uzbekistan via Dubai, buyer not named", **STR)
# E engines of attack-drone size under a leisure cover
dis("E1", "2032-01-18", "export", "IT", "KZ", [it("840790", "Motori per motoslitte 2 tempi, 60 CV, 20 pz", "IT", 900, 110000, qty=20)], transport="road", note="E: twenty 5,500 EUR two-stroke 'snowmobile' engines to Kazakhstan; Italian wording", importer_name="Snow Motors TOO", **STR)
dis("E2", "2032-01-19", "export", "CZ", "AM", [it("840790", "Dvoutaktní motory pro motocykly, 35 k, 12 ks", "CZ", 480, 60000, qty=12)], transport="road", transit=["GE"], note="E: twelve 5,000 EUR two-stroke 'motorcycle' engines to Armenia; Czech wording", **STR)
dis("E3", "2032-01-20", "export", "DE", "AE", [it("840790", "Boxer engines, 2-cylinder, 40 hp, for generator sets, 25 pcs", "DE", 1100, 150000, qty=25)], transport="sea", note="E: 6,000 EUR boxer twins 'for generators' to Dubai, the size of a long-range drone engine", **STR)
dis("E4", "2032-01-21", "export", "FR", "TR", [it("840790", "Moteurs de karting 2 temps 125 cm3, 30 ch, 20 pcs", "FR", 420, 96000, qty=20)], transport="road", note="E: twenty 4,800 EUR kart engines to Turkey, a forwarding hub; French wording", **STR)

# ordinary: lawful look-alikes
ordi("1", "2032-01-05", "export", "IT", "RS", [it("560890", "Anti-hail nets for orchards, black HDPE, 40 rolls", "IT", 2000, 16000, qty=40)], transport="road", note="hail nets: no charge")
ordi("2", "2032-01-06", "export", "AT", "MD", [it("847989", "Hagelkanone, akustisch, Acetylen-Gasgenerator, 1 Stk", "AT", 900, 28000, qty=1)], transport="road", note="a gas hail cannon fires a shock wave of acetylene, no explosive article")
ordi("3", "2032-01-07", "export", "FR", "MA", [it("340600", "Bougies antigel pour vergers, paraffine, 2 000 pcs", "FR", 12000, 18000, qty=2000)], transport="sea", note="paraffin frost candles for orchards")
ordi("4", "2032-01-08", "export", "ES", "MA", [it("842441", "Pulverizador antiheladas con cartuchos filtrantes y boquillas, 4 uds", "ES", 1600, 22000, qty=4)], transport="road", note="a frost-protection sprayer with filter cartridges")
ordi("5", "2032-01-09", "export", "US", "MX", [it("841989", "Cloud seeding ground generators, silver iodide solution burner, 6 units", "US", 300, 36000, cur="USD", qty=6)], transport="road", note="ground cloud-seeding generators burn a solution: no pyrotechnic")
ordi("6", "2032-01-10", "export", "NO", "NG", [it("853690", "Geophone connector protective caps, rubber, 2,000 pcs", "NO", 40, 1800, cur="USD", qty=2000)], transport="air", note="rubber connector caps for geophone strings")
ordi("7", "2032-01-11", "export", "FR", "DZ", [it("903090", "Éléments de géophone 10 Hz, capteurs de rechange, 600 pcs", "FR", 60, 21000, qty=600)], transport="sea", note="geophone sensor elements")
ordi("8", "2032-01-12", "export", "DE", "TR", [it("851890", "Kondensator-Mikrofonkapseln, 500 Stk", "DE", 10, 7500, qty=500)], transport="road", note="microphone capsules")
ordi("9", "2032-01-13", "export", "GB", "AE", [it("810199", "Tungsten dart barrels, 90 %, finished, 60 kg", "GB", 60, 24000, cur="GBP")], transport="air", note="a retail lot of finished tungsten dart barrels to Dubai")
ordi("10", "2032-01-14", "export", "DE", "NO", [it("810199", "Wolfram-Angelgewichte, 300 kg", "DE", 300, 21000)], transport="road", note="tungsten fishing weights to Norway")
ordi("11", "2032-01-15", "export", "GB", "US", [it("810199", "Tungsten heavy alloy counterweights for aircraft control surfaces, 2,000 kg", "GB", 2000, 130000, cur="GBP")], transport="sea", note="aerospace counterweights to the United States")
ordi("12", "2032-01-16", "export", "DE", "KZ", [it("880730", "Boeing 737-800 brake assemblies, new, 4 pcs", "US", 480, 160000, cur="USD", qty=4)], transport="air", note="new 737 brakes direct to a named Kazakh airline", importer_name="SCAT Airlines JSC")
ordi("13", "2032-01-17", "export", "FR", "MV", [it("880730", "ATR 72 propeller blades, overhauled, 4 pcs", "FR", 120, 90000, cur="USD", qty=4)], transport="air", transit=["AE"], note="turboprop parts to a named Maldivian airline via Dubai", importer_name="Island Aviation Services Ltd")
ordi("14", "2032-01-18", "export", "DE", "MV", [it("880730", "Used serviceable A320 air turbine starter, 1 pc", "FR", 30, 95000, cur="USD", qty=1)], transport="air", transit=["AE"], note="a used A320 starter to a named Maldivian airline via Dubai", importer_name="Island Aviation Services Ltd")
ordi("15", "2032-01-19", "export", "IT", "TR", [it("840790", "Kart engines 4-stroke 9 hp, 40 pcs", "IT", 800, 14000, qty=40)], transport="road", note="rental-kart engines at 350 EUR")
ordi("16", "2032-01-20", "export", "DE", "GE", [it("840790", "Kart-Motor 125 ccm 2-Takt, 2 Stück", "DE", 50, 6400, qty=2)], transport="road", note="two kart engines for a racer", importer_name="Herr G. Beridze")
ordi("17", "2032-01-21", "export", "CZ", "KZ", [it("840790", "Benzinové motory pro elektrocentrály, 4takt, 7 k, 60 ks", "CZ", 1500, 15000, qty=60)], transport="road", note="cheap generator engines to Kazakhstan; Czech wording")

# permitted with their documents
perm("1", "2032-01-05", "export", "RS", "MK", [it("360490", "Anti-hail rockets, class 1.4, with launch tubes, 200 pcs", "RS", 1200, 24000, cur="USD", qty=200, docs=[("TRANSFER_LICENCE", "RS-MUP-2032-0041")])], transport="road", note="anti-hail rockets declared as pyrotechnics with the transfer licence", domain="precursors")
perm("2", "2032-01-06", "export", "FR", "DZ", [it("901590", "Seismic detonators (shot-hole caps), UN 0030, 1,000 pcs", "FR", 30, 9500, qty=1000, docs=[("TRANSFER_LICENCE", "FR-DGDDI-2032-0117")])], transport="sea", note="seismic detonators with the explosives transfer licence", domain="precursors")
perm("3", "2032-01-07", "export", "DE", "PK", [it("810199", "Tungsten heavy alloy shielding blocks for radiotherapy, 2,000 kg", "DE", 2000, 120000, docs=[("EXPORT_LICENCE", "DE-BAFA-2032-0522")])], transport="sea", note="tungsten shielding for a hospital with its export licence", importer_name="Shaukat Khanum Memorial Hospital", domain="strategic")
probes.write(HERE, "dev29-a")
