#!/usr/bin/env python3
"""Writes the round-twenty-six (c) development probes for strategic and dual-use goods
(dev26-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind27's and blind28's rows, mostly in languages of the trade routes; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a
lawful look-alike of every family that uses the controlled word in a lawful sense. Written and
committed before the round-twenty-six (c) rules were run on it (docs/profile-packs.md,
"Round twenty-six (c): strategic and dual-use goods")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D26C", "926", domain="strategic")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
LIC = [("EXPORT_LICENCE", "DU-2030-0821-77")]

# S1 Australia Group biological equipment (2B352: spray dryers, fermenters, cross-flow filtration,
# freeze dryers) with containment, sterilisation or respirable particle sizes, declared for food
dis("S1-1", "2030-12-01", "export", "FR", "AE", [it("841939", "Atomiseur de laboratoire pour lait en poudre, confiné, stérilisable en place, particules 2-5 microns, 1 pièce", "FR", 800, 120000, qty=1)], transport="air", note="S1: a contained, sterilisable spray dryer making 2-5 µm particles; French wording")
dis("S1-2", "2030-12-02", "export", "IT", "TR", [it("841939", "Essiccatore a spruzzo per latticini, contenimento, sterilizzabile, particelle < 10 micron, 1 pz", "IT", 950, 150000, qty=1)], transport="road", note="S1: Italian spray dryer with containment and sub-10 µm particles")
# S2 IMSI catchers and interception equipment (5A001.f, Reg. 2021/821 Annex I) as boosters
dis("S2-1", "2030-12-03", "export", "DE", "AE", [it("852910", "Repeater-Antennensystem LTE, IMSI-Catcher-Funktion, Abhörmodul, 1 Satz", "DE", 25, 160000, qty=1)], transport="air", note="S2: IMSI catcher as a repeater; German wording")
dis("S2-2", "2030-12-04", "export", "ES", "VE", [it("851762", "Repetidor celular con captura de IMSI e interceptación de llamadas, 3 uds", "ES", 40, 210000, qty=3)], transport="air", note="S2: Spanish wording")
# S3 lithography steppers (3B001.f) as microscopes or optical instruments
dis("S3-1", "2030-12-05", "export", "NL", "HK", [it("901180", "Optical inspection microscope, used, KrF 248 nm, reticle stage, 150 mm wafer, 1 unit", "JP", 4200, 380000, qty=1)], transport="sea", note="S3: a 4.2 t microscope with a KrF light source and reticle stage is a stepper")
dis("S3-2", "2030-12-06", "export", "DE", "CN", [it("901380", "Optisches Gerät gebraucht, Belichtungsoptik i-Linie 365 nm, Waferbühne 200 mm, 1 Stk", "JP", 3000, 290000, qty=1)], transport="sea", note="S3: i-line optics with a wafer stage; German wording")
# S4 aerospace fasteners (Hi-Lok, Hi-Lite, Taper-Lok, Jo-Bolt, Cherry) to the aviation hubs
dis("S4-1", "2030-12-07", "export", "DE", "AM", [it("731829", "Titan-Passstifte Hi-Lite HLT, für Maschinenbau, 80 kg", "US", 80, 26000)], transport="road", note="S4: Hi-Lite titanium pins to Armenia at 325 EUR/kg; German wording")
dis("S4-2", "2030-12-08", "export", "LT", "KG", [it("731815", "Bolts Taper-Lok and Jo-Bolt blind fasteners, titanium, general hardware, 120 kg", "US", 120, 30000)], transport="road", note="S4: aerospace fastener names to Kyrgyzstan")
# S5 rifled barrels as tubes (Directive 2021/555 Annex I)
dis("S5-1", "2030-12-09", "import", "US", "FR", [it("730451", "Tubes acier de précision, alésage 7,62 mm, rainurés hélicoïdaux, filetés, 600 mm, 10 pièces", "US", 9, 700, cur="USD", qty=10)], transport="express", consignee_name="M. R. Lambert", note="S5: helically grooved 7.62 mm threaded tubes to a private person; French wording")
dis("S5-2", "2030-12-10", "import", "US", "DE", [it("848790", "Maschinenteile, Stahlrohr 5,56 mm Bohrung, gezogen, Drall 1:7, 10 Stk", "US", 6, 600, cur="USD", qty=10)], transport="express", consignee_name="Frau K. Vogel", note="S5: twist 1:7 in a 5.56 mm bore is a rifle barrel; German wording")
# S6 Russian fish and crab given an Atlantic origin: an FAO area of the Russian Far East
dis("S6-1", "2030-12-11", "import", "CN", "DE", [it("030614", "Frozen red king crab legs, origin Norway, catch area FAO 61, 20 t", "NO", 20000, 600000)], transport="sea", note="S6: Norwegian king crab from the north-west Pacific, via China")
dis("S6-2", "2030-12-12", "import", "KR", "NL", [it("030367", "Alaska pollock, frozen H&G, origin US, Okhotsk Sea, 24 t", "US", 24000, 48000)], transport="sea", note="S6: 'Alaskan' pollock from the Sea of Okhotsk, via Korea")
# S7 deep-water survey sonar (6A001) as fish finders or echo sounders
dis("S7-1", "2030-12-13", "export", "GB", "CN", [it("901480", "Fishfinder sonar, towed side-scan fish, depth rating 4,000 m, 1 set", "GB", 300, 190000, qty=1)], transport="air", note="S7: a fish finder rated to 4,000 m on a towed fish")
dis("S7-2", "2030-12-14", "export", "FR", "IR", [it("901580", "Sondeur de pêche, poisson remorqué à balayage latéral, câble 3 000 m, 1 ensemble", "FR", 350, 170000, qty=1)], transport="air", note="S7: towed side-scan with a 3,000 m cable; French wording")

# ordinary: lawful look-alikes, including private persons
ordi("O1-1", "2030-12-15", "export", "DE", "AE", [it("841939", "Sprühtrockner für Milchpulver, Produktionsanlage, Partikelgröße 80-150 µm, 1 Anlage", "DE", 12000, 900000, qty=1)], transport="sea", note="O1: an industrial milk-powder spray dryer, coarse particles, no containment")
ordi("O1-2", "2030-12-16", "import", "CN", "FR", [it("841940", "Mini atomiseur de laboratoire, étudiant, 1 pièce", "CN", 40, 2500, qty=1)], transport="express", consignee_name="M. J. Caron", note="O1: a small lab spray dryer to a private person")
ordi("O2-1", "2030-12-17", "import", "CN", "IT", [it("851762", "Amplificatore di segnale GSM/LTE per casa, 1 pz", "CN", 1, 80, qty=1)], transport="post", consignee_name="Sig. M. Rossi", note="O2: a home signal booster to a private person")
ordi("O2-2", "2030-12-18", "export", "DE", "NO", [it("852691", "IMSI-Catcher-Detektor, Messgerät für Netzbetreiber, 2 Stk", "DE", 4, 9000, qty=2)], transport="air", note="O2: an IMSI-catcher detector (lawful look-alike)")
ordi("O3-1", "2030-12-19", "import", "JP", "DE", [it("901180", "Fluoreszenzmikroskop mit LED-Anregung 365 nm, 1 Stk", "JP", 60, 45000, qty=1)], transport="air", note="O3: a fluorescence microscope with 365 nm excitation")
ordi("O3-2", "2030-12-20", "export", "DE", "SG", [it("901180", "Wafer inspection microscope, 200 mm wafer stage, brightfield, 1 unit", "DE", 250, 70000, qty=1)], transport="air", note="O3: a real wafer inspection microscope, 250 kg")
ordi("O4-1", "2030-12-21", "export", "PL", "KZ", [it("731815", "Śruby meblowe stalowe, ocynkowane, DIN 603, 500 kg", "PL", 500, 1200)], transport="road", note="O4: ordinary furniture bolts to Kazakhstan")
ordi("O4-2", "2030-12-22", "export", "FR", "CA", [it("731829", "Hi-Lok pins HL18, titanium, for aircraft maintenance, 20 kg", "US", 20, 8000)], transport="air", note="O4: Hi-Lok pins to a Canadian aircraft maintenance shop")
ordi("O5-1", "2030-12-23", "import", "DE", "AT", [it("730431", "Präzisionsstahlrohre, kalt gezogen, 12 x 1,5 mm, 400 mm, 200 Stk", "DE", 90, 800, qty=200)], transport="road", consignee_name="Herr M. Huber", note="O5: cold-drawn precision tubes ('gezogen') to a private person")
ordi("O5-2", "2030-12-24", "import", "CN", "FR", [it("741110", "Tubes cuivre rainurés intérieurement, 9,52 mm, climatisation, 2 t", "CN", 2000, 18000)], transport="sea", note="O5: inner-grooved copper tubes for air conditioning")
ordi("O6-1", "2030-12-25", "import", "NO", "NL", [it("030614", "Kongekrabbe, fryst, kokt, Barentshavet FAO 27, 10 t", "NO", 10000, 400000)], transport="road", note="O6: Norwegian king crab from the Barents Sea")
ordi("O6-2", "2030-12-26", "import", "JP", "FR", [it("030614", "Crabe des neiges congelé, Japon, zone FAO 61, 5 t", "JP", 5000, 90000)], transport="sea", note="O6: Japanese snow crab from FAO 61 (consistent)")
ordi("O7-1", "2030-12-27", "import", "US", "IT", [it("901480", "Ecoscandaglio per pesca sportiva, side-scan, profondità 150 m, 1 pz", "US", 3, 900, qty=1)], transport="post", consignee_name="Sig. L. Bianchi", note="O7: a sport side-scan fish finder to a private person")
ordi("O7-2", "2030-12-28", "export", "NO", "IS", [it("901480", "Fishing echo sounder, trawler, 2000 m range, hull mounted, 1 unit", "NO", 40, 25000, qty=1)], transport="sea", note="O7: a trawler echo sounder (hull mounted, not towed)")

# permitted
perm("P1", "2030-12-29", "export", "DE", "IN", [it("841939", "Spray dryer, laboratory, contained, sterilisable, particle size 1-10 µm, 1 unit", "DE", 900, 140000, qty=1, docs=LIC)], transport="air", note="P1: a 2B352 spray dryer with its export licence")
perm("P2", "2030-12-30", "export", "GB", "BR", [it("901480", "Towed side-scan sonar, 6000 m rated, survey, 1 set", "GB", 400, 250000, qty=1, docs=LIC)], transport="air", note="P2: survey sonar with its export licence")
perm("P3", "2030-12-31", "export", "NL", "KR", [it("901180", "Used i-line stepper sold as inspection microscope, 365 nm, wafer stage, 1 unit", "JP", 3500, 400000, qty=1, docs=LIC)], transport="sea", note="P3: a stepper with its export licence")

probes.write(HERE, "dev26-c")
