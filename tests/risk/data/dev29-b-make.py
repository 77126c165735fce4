#!/usr/bin/env python3
"""Writes the round-twenty-nine (b) development probes for waste (Basel)
(dev29-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind35's and blind36's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: A used oil sorbents, wipes and rags declared as
non-woven or textile trim at a price clean trim never has; B sewage sludge and digestate
declared as organic fertiliser or soil improver, in bulk at a disposal price, to a country
outside the OECD; C used mercury-containing lamps (fluorescent tubes, compact fluorescent,
high-pressure discharge lamps) declared as used or reconditioned for re-use; D fly ash or
filter ash declared as a mineral addition for cement or concrete without a standard grade
and at a disposal price; E tank-bottom and oily sludge declared as tar oil or heavy fuel
oil for blending, at a price no product has.
The ordinary rows hold the lawful twins: clean trim, registered fertilisers, new lamps,
graded coal fly ash, priced tar oils and fuel oils, and everyday goods under the same codes.
Written and committed before the round-twenty-nine (b) rules were run on it
(docs/profile-packs.md, "Round twenty-nine (b): waste (Basel)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D29B", "929", domain="waste")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# A used sorbents, wipes and rags as non-woven or textile trim, at a disposal price
dis("A1", "2032-04-01", "export", "DE", "NG", [it("560313", "Vliesstoff-Reste aus PP, gepresst, Ballen, 20 t", "DE", 20000, 300)], note="A: PP non-woven 'remnants' at 0.015 EUR/kg to Nigeria are used oil-absorbent rolls and pads from a refinery turnaround (Y9); German wording", importer_name="Lagos Fibre Trading Ltd")
dis("A2", "2032-04-02", "export", "FR", "CI", [it("631090", "Chiffons d'essuyage, lots mélangés, en balles, 15 t", "FR", 15000, 300)], note="A: mixed wiping rags at 0.02 EUR/kg are used workshop wipes soaked in oil and solvent (Y9, Y42), sorted rags sell at 0.40 or more; French wording")
dis("A3", "2032-04-03", "export", "NL", "GH", [it("560314", "Polypropylene absorbent mat offcuts, baled, 16 t", "NL", 16000, 480)], note="A: 'offcuts' of absorbent mats at 0.03 EUR/kg come from spill response: used, oil-soaked sorbents")
dis("A4", "2032-04-04", "export", "IT", "TN", [it("560312", "Ritagli di tessuto non tessuto, in balle pressate, 19 t", "IT", 19000, 190)], note="A: non-woven trim at 0.01 EUR/kg to Tunisia: used filter media and sorbent booms; Italian wording", importer_name="Sfax Recyclage SARL")
# B sewage sludge or digestate as organic fertiliser, bulk, disposal price, outside the OECD
dis("B1", "2032-04-05", "export", "BE", "CM", [it("310100", "Engrais organique granulé, séché, en vrac, 25 t", "BE", 25000, 200)], note="B: dried granules at 0.008 EUR/kg are thermally dried sewage sludge (19 08 05) with no fertiliser registration; French wording", importer_name="Douala Agri Intrants SARL")
dis("B2", "2032-04-06", "export", "DE", "UA", [it("310100", "Organischer Bodenverbesserer, getrocknet, lose, 24 t", "DE", 24000, 240)], transport="road", note="B: a 'soil improver' at 0.01 EUR/kg by truck to Ukraine is dried municipal sludge; German wording")
dis("B3", "2032-04-07", "export", "IT", "AL", [it("310100", "Ammendante organico pellettato, sfuso, 23 t", "IT", 23000, 276)], note="B: pelleted 'organic amendment' at 0.012 EUR/kg to Albania: sewage sludge from a treatment plant; Italian wording")
dis("B4", "2032-04-08", "export", "NL", "GH", [it("310590", "Organo-mineral fertiliser granules, bulk, 20 t", "NL", 20000, 200)], note="B: 'organo-mineral' granules at 0.01 EUR/kg are digestate and sludge, a registered organo-mineral fertiliser sells at 200 EUR/t or more")
# C used mercury lamps for 're-use'
dis("C1", "2032-04-09", "export", "DE", "NG", [it("853931", "Gebrauchte Leuchtstoffröhren T5, funktionsfähig, 12.000 Stk", "DE", 3000, 1200, qty=12000)], note="C: 12,000 used T5 tubes from building refits are lamp waste (mercury, 20 01 21*, A1030); German wording")
dis("C2", "2032-04-10", "export", "FR", "SN", [it("853931", "Lampes fluocompactes d'occasion, testées, 30 000 pcs", "FR", 3600, 1500, qty=30000)], note="C: second-hand compact fluorescent lamps by the tens of thousands: collected lamp waste; French wording")
dis("C3", "2032-04-11", "export", "NL", "GH", [it("853932", "Used high-pressure sodium and metal halide lamps, ex street lighting, 6,000 pcs", "NL", 1800, 600, qty=6000)], note="C: high-pressure discharge lamps taken down from street lighting contain mercury: waste, not goods")
dis("C4", "2032-04-12", "export", "ES", "MR", [it("853931", "Tubos fluorescentes recuperados de desmontaje, 15.000 uds", "ES", 3750, 300, qty=15000)], note="C: fluorescent tubes recovered from dismantling at 0.02 EUR each; Spanish wording; no 'used' word, the price per piece tells")
# D fly ash without a grade at a disposal price
dis("D1", "2032-04-13", "export", "DE", "UA", [it("262190", "Flugasche, lose, für Betonwerk, 24 t", "DE", 24000, 200)], transport="road", note="D: fly ash at 8 EUR/t with no EN 450 grade and no plant: filter ash of a waste or biomass incinerator; German wording")
dis("D2", "2032-04-14", "export", "IT", "AL", [it("262190", "Ceneri volanti, carica minerale per calcestruzzo, 25 t", "IT", 25000, 150)], note="D: fly ash as a concrete filler at 6 EUR/t; Italian wording")
dis("D3", "2032-04-15", "export", "ES", "MA", [it("262190", "Ceniza volante, adición para cemento, granel, 26 t", "ES", 26000, 260)], note="D: fly ash as a cement addition at 10 EUR/t with no grade; Spanish wording")
# E tank bottoms and oily sludge as tar oil or fuel oil for blending
dis("E1", "2032-04-16", "import", "EG", "IT", [it("270799", "Olio pesante di catrame, residui, per miscelazione, 20 t", "EG", 20000, 1000)], note="E: 'heavy tar oil residues for blending' at 50 EUR/t: tank-bottom sludge (Y8/Y9); Italian wording")
dis("E2", "2032-04-17", "export", "BE", "NG", [it("271019", "Heavy fuel oil blend component, tank residues, 22 t", "BE", 22000, 880)], note="E: a 'blend component' of tank residues at 40 EUR/t: oily sludge; fuel oil sells at 400 or more")
dis("E3", "2032-04-18", "export", "FR", "TG", [it("270799", "Huile lourde de goudron, fonds de cuve, 18 t", "FR", 18000, 540)], note="E: tank bottoms as heavy tar oil at 30 EUR/t; French wording")
dis("E4", "2032-04-19", "import", "TR", "GR", [it("271019", "Ağır yakıt yağı, karıştırma için, 16 t", "TR", 16000, 640)], note="E: 'heavy fuel oil for blending' at 40 EUR/t: sludge; Turkish wording, the price tells")

# ordinary: lawful twins and everyday goods under the same codes
ordi("1", "2032-04-01", "export", "ES", "MA", [it("560312", "PP non-woven edge trim, clean, post-industrial, baled, 18 t", "ES", 18000, 5400)], note="clean non-woven trim at 0.30 EUR/kg")
ordi("2", "2032-04-02", "export", "DE", "PL", [it("560314", "Ölbindevlies, neu, Rollen, 2 t", "DE", 2000, 6400)], transport="road", note="new oil-absorbent rolls")
ordi("3", "2032-04-03", "export", "BE", "GH", [it("631010", "Sorted cotton wiping rags, white, bales, 12 t", "BE", 12000, 6000)], note="sorted wiping rags at their price")
ordi("4", "2032-04-04", "export", "NL", "MA", [it("310100", "Pelleted poultry-manure fertiliser, registered, 25 kg bags, 20 t", "NL", 20000, 6400)], note="registered manure pellets at their price")
ordi("5", "2032-04-05", "export", "NL", "DE", [it("310100", "Rindermist, frisch, lose, 30 t", "NL", 30000, 150)], transport="road", note="fresh cattle manure between neighbours at a near-zero price (animal by-product, within the EU)")
ordi("6", "2032-04-06", "export", "BE", "SN", [it("310520", "NPK 15-15-15 mineral fertiliser, bagged, 25 t", "BE", 25000, 11250)], note="mineral NPK at its price")
ordi("7", "2032-04-07", "import", "CN", "NG", [it("853931", "T8 fluorescent tubes, new, 36 W, boxed, 20,000 pcs", "CN", 5000, 11000, cur="USD", qty=20000)], note="new fluorescent tubes still sold outside the EU")
ordi("8", "2032-04-08", "import", "CN", "DE", [it("853932", "Metallhalogenidlampen 400 W, neu, 500 Stk", "CN", 150, 4500, cur="USD", qty=500)], transport="air", note="new metal-halide lamps")
ordi("9", "2032-04-09", "import", "CN", "FR", [it("853952", "Tubes LED T8 reconditionnés, garantie 1 an, 2 000 pcs", "CN", 600, 5000, cur="USD", qty=2000)], transport="air", note="refurbished LED tubes: no mercury, another code")
ordi("10", "2032-04-10", "export", "DE", "IN", [it("262190", "Fly ash EN 450-1, category N, from a coal-fired power station, 25 t", "DE", 25000, 750)], note="graded coal fly ash at its price")
ordi("11", "2032-04-11", "export", "IN", "AE", [it("262190", "Fly ash ASTM C618 class F, bulk, 30 t", "IN", 30000, 600, cur="USD")], note="graded fly ash at 20 USD/t")
ordi("12", "2032-04-12", "export", "TH", "DE", [it("262190", "Rice husk ash, amorphous silica, for steel ladles, 10 t", "TH", 10000, 2500, cur="USD")], note="rice husk ash at its price")
ordi("13", "2032-04-13", "import", "AT", "DE", [it("262190", "Holzasche, Pelletheizung, 15 kg", "AT", 15, 10)], transport="post", note="wood ash for a garden, to a private person", consignee_name="Herr P. Leitner")
ordi("14", "2032-04-14", "export", "NL", "NG", [it("270799", "Creosote oil, EN 13991 grade B, drums, 16 t", "NL", 16000, 12800)], note="creosote at its price")
ordi("15", "2032-04-15", "export", "BE", "TG", [it("271019", "Heavy fuel oil RMG 380, ISO 8217, 22 t", "BE", 22000, 9900)], note="heavy fuel oil at its price")
ordi("16", "2032-04-16", "import", "PL", "DE", [it("270799", "Carbon black feedstock oil, coal-tar based, 20 t", "PL", 20000, 7000)], transport="road", note="carbon-black feedstock at its price")

# permitted with their documents
perm("1", "2032-04-01", "export", "FR", "DE", [it("853931", "Used fluorescent tubes for recycling, 8,000 pcs", "FR", 2000, 0, qty=8000, docs=[("BASEL_CONSENT", "FR-DE-2032-0118")])], transport="road", note="used tubes to a lamp-recycling plant with the notification consent")
perm("2", "2032-04-02", "export", "NL", "DE", [it("262190", "Fly ash from municipal waste incineration, for salt-mine backfill, 24 t", "NL", 24000, 0, docs=[("BASEL_CONSENT", "NL-DE-2032-0042")])], transport="road", note="incinerator fly ash to underground disposal with the consent")
perm("3", "2032-04-03", "export", "BE", "NL", [it("271019", "Tank-bottom sludge for recovery, 20 t", "BE", 20000, 0, docs=[("BASEL_CONSENT", "BE-NL-2032-0077")])], note="tank-bottom sludge to a recovery plant with the consent")
probes.write(HERE, "dev29-b")
