#!/usr/bin/env python3
"""Writes the round-thirty (b) development probes for waste (Basel)
(dev30-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind37's and blind38's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: W old railway sleepers (creosote-treated) declared
as landscaping or garden timber with no treatment word, at a disposal price, to a country
outside the OECD; C shredded or granulated recycling material (circuit boards, cable or
electronics granulate) declared under an ore-concentrate code, betrayed by a mechanical word
no mine product carries or by an origin country that mines no such ore; A used fibre-cement
(asbestos-cement) roof sheets, slates and pipes declared as used or for re-use under the
asbestos-free heading, or at a disposal price; S aluminium salt slag and black dross declared
as dross or skimmings for remelting at a price no metal-bearing dross has; H metal-hydroxide
sludge (galvanic filter cake) declared as a metal hydroxide or a smelter concentrate at a
disposal price; G spent blasting abrasive (copper slag, garnet, steel grit) from shipyards
declared as an abrasive for re-use.
The ordinary rows hold the lawful twins: new untreated sleepers, mine concentrates of mining
countries, new asbestos-free fibre cement, aluminium skimmings and deoxidiser at their price,
aluminium and magnesium hydroxide products, new abrasives, and everyday goods under the same
codes. Written and committed before the round-thirty (b) rules were run on it
(docs/profile-packs.md, "Round thirty (b): waste (Basel)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D30B", "930", domain="waste")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# W old sleepers as garden or landscaping timber, no treatment word, disposal price, outside the OECD
dis("W1", "2032-09-01", "export", "ES", "GH", [it("440692", "Traviesas de ferrocarril de madera, para jardinería, 300 uds", "ES", 26000, 900, qty=300)], note="W: wooden railway sleepers for gardens at 3 EUR each to Ghana: creosoted sleepers out of track; Spanish wording")
dis("W2", "2032-09-02", "export", "DE", "UA", [it("440692", "Eichenschwellen für Gartengestaltung, 250 Stück", "DE", 22000, 700, qty=250)], transport="road", note="W: oak sleepers for garden design at under 3 EUR each to Ukraine; German wording")
# C recycling granulate under an ore-concentrate code
dis("C1", "2032-09-03", "export", "NL", "IN", [it("260300", "Copper concentrate granules, big bags, 22 t", "NL", 22000, 26400)], note="C: copper 'concentrate' in granules from the Netherlands, which mines nothing: cable or circuit-board granulate")
dis("C2", "2032-09-04", "export", "BE", "CN", [it("261690", "Concentré de métaux précieux, broyat, fûts, 5 t", "BE", 5000, 40000)], note="C: a precious-metal 'concentrate' as a shredded product (broyat): ground circuit boards; French wording")
dis("C3", "2032-09-05", "export", "IT", "EG", [it("260300", "Concentrato di rame, sacconi, 18 t", "IT", 18000, 21600)], note="C: a copper concentrate of Italian origin (Italy mines no copper) to Egypt: electronics-recycling residue; Italian wording")
# A used fibre-cement (asbestos cement) as used or for re-use, or at a disposal price
dis("A1", "2032-09-06", "export", "FR", "CI", [it("681182", "Plaques ondulées en fibrociment d'occasion, 800 pcs", "FR", 17000, 850, qty=800)], note="A: second-hand corrugated fibre-cement sheets from old barns are asbestos cement; French wording")
dis("A2", "2032-09-07", "export", "GB", "NG", [it("681189", "Used fibre cement pipes, ex water mains, 15 t", "GB", 15000, 600)], note="A: used fibre-cement water-main pipes are asbestos-cement pipe")
dis("A3", "2032-09-08", "export", "PL", "UA", [it("681182", "Płyty dachowe z włóknocementu, używane, 20 t", "PL", 20000, 800)], transport="road", note="A: used fibre-cement roof boards to Ukraine; Polish wording")
dis("A4", "2032-09-09", "export", "NL", "GH", [it("681182", "Fibre cement roof slates, pallets, 18 t", "NL", 18000, 360)], note="A: fibre-cement slates at 0.02 EUR/kg (new ones 0.30-0.80): demolition slates, asbestos cement")
# S salt slag and black dross as dross or skimmings at a disposal price outside the OECD
dis("S1", "2032-09-10", "export", "IT", "TN", [it("262040", "Aluminium skimmings for remelting, big bags, 22 t", "IT", 22000, 440)], note="S: 'skimmings' at 20 EUR/t to Tunisia: the metal is gone, this is salt slag")
dis("S2", "2032-09-11", "export", "DE", "UA", [it("262040", "Aluminiumkrätze zur Umschmelzung, 24 t", "DE", 24000, 960)], transport="road", note="S: aluminium dross for remelting at 40 EUR/t: black dross or salt slag; German wording")
dis("S3", "2032-09-12", "export", "FR", "DZ", [it("262040", "Scories salines d'aluminium, pour fondant, 20 t", "FR", 20000, 400)], note="S: salt slag of secondary aluminium (10 03 08*) named outright, as a flux; French wording")
# H metal-hydroxide sludge as a hydroxide or concentrate at a disposal price outside the OECD
dis("H1", "2032-09-13", "export", "NL", "IN", [it("382590", "Metal hydroxide concentrate, big bags, 20 t", "NL", 20000, 800)], note="H: 'metal hydroxide concentrate' at 40 EUR/t: plating-line filter cake")
dis("H2", "2032-09-14", "export", "ES", "MA", [it("282590", "Hidróxidos metálicos, concentrado para fundición, 18 t", "ES", 18000, 1080)], note="H: metal hydroxides as a smelter concentrate at 60 EUR/t; Spanish wording")
# G spent blasting abrasive as abrasive for re-use
dis("G1", "2032-09-15", "export", "NL", "NG", [it("251320", "Used garnet blasting abrasive for reuse, big bags, 40 t", "NL", 40000, 400)], note="G: used garnet from a shipyard carries paint and antifouling; for 'reuse' at 10 EUR/t")
dis("G2", "2032-09-16", "export", "FR", "MA", [it("720521", "Grenaille d'acier usagée, pour réemploi, 20 t", "FR", 20000, 400)], note="G: used steel shot from a blasting booth with paint dust; French wording")
dis("G3", "2032-09-17", "export", "DE", "EG", [it("262190", "Strahlmittel Kupferschlacke, gebraucht, 100 t", "DE", 100000, 800)], note="G: used copper-slag blasting grit; German wording")
dis("G4", "2032-09-18", "export", "GR", "LB", [it("262190", "Copper slag abrasive, big bags, 150 t", "GR", 150000, 1500)], note="G: copper slag abrasive at 10 EUR/t (new sells at 60-140): spent grit from a ship-repair yard")

# ordinary: lawful twins and everyday goods under the same codes
ordi("1", "2032-09-01", "export", "FR", "MA", [it("440692", "Traverses en chêne neuves, non traitées, aménagement paysager, 300 pcs", "FR", 24000, 10800, qty=300)], note="new untreated oak sleepers at their price")
ordi("2", "2032-09-02", "export", "DE", "NL", [it("440692", "Gebrauchte Eichenschwellen, unbehandelt, 200 Stück", "DE", 17000, 1700, qty=200)], transport="road", note="used untreated sleepers to a neighbour inside the EU")
ordi("3", "2032-09-03", "export", "PL", "CN", [it("260300", "Copper concentrate, Cu 24 %, mine output, assay attached", "PL", 25000, 57500)], note="Polish mine concentrate at its price")
ordi("4", "2032-09-04", "export", "BE", "CN", [it("260300", "Copper concentrate, Chilean origin, re-export from Antwerp warehouse", "CL", 24000, 54000)], note="a Chilean concentrate re-exported from a European warehouse")
ordi("5", "2032-09-05", "export", "IE", "CN", [it("260800", "Zinc concentrate, Zn 54 %, mine output", "IE", 25000, 30000)], note="Irish zinc mine concentrate")
ordi("6", "2032-09-06", "export", "PL", "UA", [it("681182", "Płyty faliste włóknocementowe, nowe, bez azbestu, 1 000 szt", "PL", 18000, 7200, qty=1000)], transport="road", note="new asbestos-free fibre-cement sheets")
ordi("7", "2032-09-07", "export", "IT", "AL", [it("681182", "Fibre cement siding boards, widely used for facades, 12 t", "IT", 12000, 7200)], note="new fibre-cement boards; 'used for' in a lawful sense")
ordi("8", "2032-09-08", "export", "ES", "DZ", [it("681189", "Tubos de fibrocemento nuevos, sin amianto, 15 t", "ES", 15000, 9000)], note="new asbestos-free fibre-cement pipes")
ordi("9", "2032-09-09", "export", "NL", "DE", [it("262040", "Aluminium skimmings, Al 55 %, for remelting, 20 t", "NL", 20000, 10000)], transport="road", note="metal-bearing skimmings at their price inside the EU")
ordi("10", "2032-09-10", "export", "ES", "EG", [it("262040", "Aluminium deoxidiser granules, 95 % Al, 20 t", "ES", 20000, 36000)], note="aluminium deoxidiser granules at their price")
ordi("11", "2032-09-11", "export", "DE", "EG", [it("281830", "Metal hydroxide flame retardant, aluminium trihydrate, 25 kg bags, 20 t", "DE", 20000, 12000)], note="an ATH flame retardant at its price")
ordi("12", "2032-09-12", "export", "ES", "MA", [it("281830", "Hidróxido de aluminio, grado técnico, sacos, 22 t", "ES", 22000, 7700)], note="technical aluminium hydroxide")
ordi("13", "2032-09-13", "export", "GR", "EG", [it("262190", "Copper slag abrasive, new, graded 0.2-1.4 mm, EN ISO 11126-3, 25 t", "GR", 25000, 2250)], note="new copper-slag abrasive at its price")
ordi("14", "2032-09-14", "export", "ES", "MA", [it("251320", "Granate abrasivo nuevo, 80 mesh, para corte por agua, 20 t", "ES", 20000, 6000)], note="new garnet for waterjet cutting")
ordi("15", "2032-09-15", "export", "FR", "MA", [it("720521", "Grenaille d'acier neuve G40, 20 t", "FR", 20000, 14000)], note="new steel grit")
ordi("16", "2032-09-16", "export", "NL", "MA", [it("261800", "Granulated blast-furnace slag for cement, bulk, 30 t", "NL", 30000, 1200)], note="granulated blast-furnace slag at its price: 'blast' in a lawful sense")
ordi("17", "2032-09-17", "export", "DE", "MA", [it("440711", "Landscape timber, pine, new, kiln dried, 20 t", "DE", 20000, 5000)], note="new landscape timber")

# permitted: shipments with their Basel consent
perm("1", "2032-09-01", "export", "GB", "NO", [it("251320", "Spent garnet blasting abrasive for recycling, 24 t", "GB", 24000, 0, docs=[("BASEL_CONSENT", "GB-NO-2032-0031")])], note="spent garnet to a recycler with the notification consent")
perm("2", "2032-09-02", "export", "NO", "GB", [it("262040", "Salt slag from aluminium remelting, for recovery, 20 t", "NO", 20000, 0, docs=[("BASEL_CONSENT", "NO-GB-2032-0012")])], note="salt slag to a salt-slag recovery plant with the consent")
perm("3", "2032-09-03", "export", "GB", "JP", [it("261690", "Circuit-board granulate concentrate for precious-metal refining, 10 t", "GB", 10000, 30000, docs=[("BASEL_CONSENT", "GB-JP-2032-0007")])], note="circuit-board granulate to a refinery with the consent")
probes.write(HERE, "dev30-b")
