#!/usr/bin/env python3
"""Writes the round-twenty-two (c) development probes for waste (Basel) and for the arms
over-flag on powder-actuated tool cartridges (dev22-c-{disguised,ordinary,permitted}.ndjson).
Every row is written out by hand, worded differently from blind21's rows; the note says which
modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees and lawful look-alikes that use the controlled word in a lawful
sense. Written and committed before the round-twenty-two (c) rules were run on it
(docs/profile-packs.md, "Round twenty-two (c): waste (Basel) and an arms over-flag")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D22C", "922")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# W1 oil-contaminated drilling waste (cuttings, spent mud, 'recovered' weighting agents) as a
# drilling mineral or mud product (Basel A4060, A3020, Y9/Y18; EU LoW 01 05 05*)
dis("W1-1", "2029-11-01", "export", "GB", "GH", [it("250810", "Bentonite, recovered from North Sea rigs, oil on solids 12 %, bulk bags, 30 t", "GB", 30000, 900, cur="GBP")], domain="waste", note="W1: oily spent drilling mud as bentonite at 0.03 GBP/kg")
dis("W1-2", "2029-11-02", "export", "NO", "NG", [it("251120", "Baryte de forage récupérée, teneur en huile 6 %, 24 t", "NO", 24000, 720)], domain="waste", note="W1: recovered barite with 6 % oil; French wording")
dis("W1-3", "2029-11-03", "export", "NL", "EG", [it("382499", "Drilling fluid solids, OBM treated, TPH 4.5 %, big bags, 20 t", "NL", 20000, 400)], domain="waste", note="W1: oil-based mud solids (drill cuttings) at 0.02 EUR/kg")
# W2 spent cyanide heat-treatment salts and salt-bath residues as salt or chemicals (A4050, Y33)
dis("W2-1", "2029-11-04", "export", "DE", "UA", [it("283719", "Altsalz aus Salzbadhärterei, cyanidhaltig, Fässer, 8 t", "DE", 8000, 400, qty=40)], transport="road", domain="waste", note="W2: spent cyanide salt-bath residue; German wording")
dis("W2-2", "2029-11-05", "export", "IT", "AL", [it("250100", "Sale industriale da bagni di tempra esausti, contiene cianuri, 5 t", "IT", 5000, 150)], transport="road", domain="waste", note="W2: exhausted case-hardening bath salt with cyanides; Italian wording")
dis("W2-3", "2029-11-06", "export", "FR", "MA", [it("382499", "Sels de cémentation usagés (KCN, NaCl), fûts acier, 4 t", "FR", 4000, 200, qty=20)], domain="waste", note="W2: used carburising salts with KCN at 0.05 EUR/kg; French wording")
# W3 impurity-laden residues declared as ore concentrates (As, Hg, Cd, Sb above any
# concentrate's grade; China's GB 20424 limits), smelter flue dust
dis("W3-1", "2029-11-07", "export", "RO", "CN", [it("260300", "Concentré de cuivre, Cu 22 %, arsenic 6,5 %, 20 t", "RO", 20000, 16000, cur="USD")], domain="waste", note="W3: arsenical copper 'concentrate' to China, which bars As over 0.5 %; French wording")
dis("W3-2", "2029-11-08", "export", "PL", "IN", [it("260700", "Lead concentrate, Pb 24 %, As 4 %, Cd 1.2 %, fine powder, 25 t", "PL", 25000, 9000, cur="USD")], domain="waste", note="W3: smelter dust as lead concentrate (low grade, As and Cd)")
dis("W3-3", "2029-11-09", "export", "ES", "VN", [it("261790", "Antimony concentrate, Sb 15 %, As 11 %, Hg 0.8 %, flue residue, 18 t", "ES", 18000, 5400, cur="USD")], domain="waste", note="W3: flue residue with As 11 % and mercury as antimony concentrate")
# W4 oily tank-bottom sludge declared as a fuel or bitumen (A3010, A4060, Y9)
dis("W4-1", "2029-11-10", "export", "BE", "NG", [it("271019", "Heavy fuel oil, tank bottoms, water 30 %, sediment 15 %, 300 t", "BE", 300000, 9000)], domain="waste", note="W4: tank-bottom sludge as fuel oil at 0.03 EUR/kg")
dis("W4-2", "2029-11-11", "export", "IT", "LY", [it("271390", "Residuo bituminoso da fondo serbatoio, acqua 25 %, 150 t", "IT", 150000, 3000)], domain="waste", note="W4: tank-bottom sludge as bitumen residue; Italian wording")
# W5 (added after the first run, before its rule WST-ZNR-001): zinc-refinery iron residues
# (jarosite, goethite, leach residue; EU LoW 11 02 02*, Basel A1080) declared as iron ore
dis("W5-1", "2029-11-15", "export", "ES", "IN", [it("260112", "Iron ore fines, Fe 32 %, Zn 5 %, Pb 2 %, from hydrometallurgy, 28 t", "ES", 28000, 1400, cur="USD")], domain="waste", note="W5: jarosite-type residue as iron ore: Fe far under an ore's 58-65 %, zinc and lead")
dis("W5-2", "2029-11-16", "export", "PL", "UA", [it("260111", "Ruda żelaza, osad jarozytowy, 20 t", "PL", 20000, 600)], transport="road", domain="waste", note="W5: jarosite sludge as iron ore; Polish wording")
# A1 firearms ammunition declared as powder-actuated tool cartridges
dis("A1-1", "2029-11-12", "import", "RS", "DE", [it("930630", "Bolzensetz-Kartuschen 9 mm Luger, FMJ, 1.4S, 1,2 t", "RS", 1200, 30000)], transport="road", domain="strategic", note="A1: 9 mm Luger full-metal-jacket rounds declared as stud-driver cartridges")
dis("A1-2", "2029-11-13", "import", "TR", "FR", [it("930630", "Cartouches de scellement, 40 000 pièces", "TR", 480, 8000, qty=40000)], domain="strategic", note="A1: 12 g a piece is a pistol round, not a 1-2 g fastening load; French wording")
dis("A1-3", "2029-11-14", "import", "US", "GB", [it("930630", "Powder-actuated fastening cartridges .27 cal, strips, 1.6 t", "US", 1600, 40000, cur="USD")], transport="sea", domain="strategic", note="A1: industrial quantity to a private person", consignee_name="Mr Gary Doyle", importer_name="Mr Gary Doyle")

PP = dict(consignee_name="Private person")
# ordinary: lawful look-alikes and private persons
ordi("1", "2029-11-01", "export", "NL", "NG", [it("251110", "Barite API 13A, 4.2 SG, virgin, big bags, 25 t", "CN", 25000, 5000)], note="virgin drilling barite at 0.20 EUR/kg")
ordi("2", "2029-11-02", "export", "GB", "GH", [it("250810", "Bentonite, OCMA grade, drilling mud additive, 20 t", "GB", 20000, 5000, cur="GBP")], note="fresh bentonite for drilling mud")
ordi("3", "2029-11-03", "import", "DE", "FR", [it("250100", "Sel de déneigement, 25 kg, 2 sacs", "DE", 50, 20)], transport="road", note="road salt to a private person", **PP)
# ORD-4 changed after the first run: the first row sent fresh sodium cyanide from Germany to
# Turkey, which needs a dual-use export authorisation (1C350, Regulation (EU) 2021/821), so the
# strategic profiles' yellow was right; the row now stays inside the EU, where none is needed.
ordi("4", "2029-11-04", "export", "DE", "AT", [it("283711", "Natriumcyanid 98 %, Briketts, Fässer, 10 t", "DE", 10000, 25000)], transport="road", note="fresh sodium cyanide at its price inside the EU")
ordi("5", "2029-11-05", "export", "DE", "IN", [it("382499", "Härtesalz, neu, cyanidfrei, Säcke 25 kg, 2 t", "DE", 2000, 6000)], note="new cyanide-free hardening salt at 3 EUR/kg")
ordi("6", "2029-11-06", "export", "CL", "BG", [it("260300", "Copper concentrate, Cu 28 %, As 4.5 %, enargite, 10,000 wmt", "CL", 10000000, 25000000, cur="USD")], transport="sea", note="arsenical enargite concentrate to a smelter built for it, at its price")
ordi("7", "2029-11-07", "import", "PE", "CN", [it("260300", "Copper concentrate, Cu 26 %, As 0.2 %, moisture 9 %, 20,000 wmt", "PE", 20000000, 40000000, cur="USD")], transport="sea", note="clean copper concentrate to China")
ordi("8", "2029-11-08", "import", "US", "FR", [it("271019", "Fioul domestique, cuve 1 000 l", "FR", 850, 1100)], transport="road", note="heating oil for a private person's tank", consignee_name="M. Paul Girard")
ordi("9", "2029-11-09", "import", "CN", "DE", [it("930630", "Kartuschen für Bolzensetzgerät 6.8/18, gelb, 1000 Stück", "CN", 1.5, 90, cur="USD", qty=1000)], transport="post", note="nail-gun cartridges to a private person", consignee_name="Herr Jan Becker")
ordi("10", "2029-11-10", "import", "US", "NL", [it("930630", "Power loads .27 caliber, UN 0323 cartridges power device, 1.4S, strips of 10, 1.8 t", "US", 1800, 45000, cur="USD")], note="UN 0323 tool loads to a distributor")
ordi("11", "2029-11-11", "import", "CN", "ES", [it("930630", "Cartuchos para fijación 6,8/11 verdes, tiras, 1,2 t", "CN", 1200, 28000, cur="USD")], note="fixing cartridges; Spanish wording")
ordi("12", "2029-11-12", "import", "IT", "FR", [it("382499", "Salt bath for nitriding, new, cyanate-based, 500 kg", "IT", 500, 3500)], transport="road", note="fresh nitriding salt at 7 EUR/kg")
ordi("13", "2029-11-13", "import", "NO", "GB", [it("382499", "Oil absorbent granules for workshops, 20 bags", "NO", 400, 800, cur="GBP")], transport="road", note="new absorbent granules")
ordi("14", "2029-11-14", "import", "CN", "DE", [it("261790", "Antimony concentrate, Sb 60 %, 20 t", "BO", 20000, 140000, cur="USD")], note="antimony concentrate at its grade and price")

ordi("15", "2029-11-15", "import", "AU", "CN", [it("260111", "Iron ore fines, Fe 62 %, SiO2 4 %, 170,000 t", "AU", 170000000, 17000000, cur="USD")], note="iron ore fines at their grade")
ordi("16", "2029-11-16", "import", "DE", "FR", [it("282120", "Ocre jaune naturelle (goethite), pigment, 25 kg", "DE", 25, 90)], transport="post", note="yellow ochre (goethite) pigment to a private person", consignee_name="Mme Anne Roux")
ordi("17", "2029-11-17", "import", "US", "DE", [it("970500", "Jarosite mineral specimen, Mina Santa Eulalia, 1 pc", "MX", 0.2, 80, cur="USD", qty=1)], transport="post", note="a collector's jarosite specimen", consignee_name="Herr Lukas Braun")

perm("1", "2029-11-01", "export", "NO", "NL", [it("382499", "Oily drill cuttings for thermal treatment, 20 t", "NO", 20000, 400, docs=[("BASEL_CONSENT", "NO-NL-2029-0311")])], domain="waste", note="drill cuttings to a Dutch treatment plant with the consent")
perm("2", "2029-11-02", "export", "DE", "NL", [it("283719", "Spent cyanide hardening salts for detoxification, drums, 6 t", "DE", 6000, 300, qty=30, docs=[("BASEL_CONSENT", "DE-NL-2029-0412")])], transport="road", domain="waste", note="spent cyanide salts to treatment with the consent")
perm("3", "2029-11-03", "import", "US", "FR", [it("930630", "Cartridges 9 mm Luger, FMJ, 1.4S, 50 000 pcs", "US", 600, 15000, cur="USD", qty=50000, docs=[("IMPORT_LICENCE", "FR-ARM-2029-118")])], domain="strategic", note="pistol ammunition with its import licence")
probes.write(HERE, "dev22-c")
