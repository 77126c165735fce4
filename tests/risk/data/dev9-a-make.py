#!/usr/bin/env python3
"""Writes the round-nine development probes for strategic goods (sanctions circumvention),
explosive precursors and cultural property (dev9-a-{disguised,ordinary,permitted}.ndjson).
Every row is written out by hand, worded differently from blind7's rows; the note says which
modus operandi family it belongs to and what betrays it. Written and committed before the
round-nine rules were run on it (docs/profile-packs.md, "Round nine: strategic and dual-use goods...")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D9A", "901")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

S, PR, C = "strategic", "precursors", "cultural"

# C1 burial traces (earth inside, encrustation, burial patina, iridescence, root marks) on goods declared as new, decorative or copies
dis("C1-1", "2027-07-01", "import", "SY", "DE", [it("691390", "Terrakotta-Öllämpchen, Dekoration, mit Erdanhaftungen und Sinterkrusten, 40 Stück", "SY", 4, 200, qty=40)], transport="post", note="oil lamps with earth and sinter crusts are excavated Roman lamps from Syria, German wording", domain=C)
dis("C1-2", "2027-07-02", "import", "PE", "ES", [it("691310", "Vasijas decorativas, réplica, con adherencias de tierra y marcas de raíces, 5 piezas", "PE", 12, 150, qty=5)], transport="air", note="root marks and earth on 'replicas': looted Andean burial vessels, Spanish wording", domain=C)
dis("C1-3", "2027-07-03", "import", "IQ", "GB", [it("711790", "Decorative beads, carnelian and glass, weathered surface with burial encrustation, 1 string", "IQ", 0.3, 90, "USD", qty=1)], transport="express", note="burial encrustation on beads: a Mesopotamian grave find", domain=C)
dis("C1-4", "2027-07-04", "import", "CN", "FR", [it("830629", "Miroir en bronze, copie, patine verte de fouille, 1 pièce", "CN", 1, 60, qty=1)], transport="post", note="'patine de fouille' on a bronze mirror sold as a copy: an excavated Han mirror, French wording", domain=C)
# C2 parts torn from buildings or monuments (mortar, lichen, fixing holes, 'from a facade/temple/church') as garden ornaments, salvage or decor
dis("C2-1", "2027-07-05", "import", "IN", "GB", [it("680291", "Sandstone bracket figure, garden decor, traces of old lime mortar, 1 pc", "IN", 85, 300, "USD", qty=1)], note="a carved temple bracket with lime mortar as garden decor", domain=C)
dis("C2-2", "2027-07-06", "export", "IT", "US", [it("680221", "Frammento di cornice in marmo scolpito, staccato da facciata, 2 pezzi", "IT", 140, 2500, qty=2)], transport="air", note="a marble cornice detached from a facade leaving Italy without a certificate, Italian wording", domain=C)
dis("C2-3", "2027-07-07", "import", "KH", "FR", [it("442199", "Panneau de bois sculpté, récupéré d'un temple, trous de fixation, 1 pièce", "KH", 25, 400, qty=1)], note="a carved wooden panel 'recovered from a temple' with fixing holes, French wording", domain=C)
# C3 objects in liturgical use (candle soot, incense smoke, wax drips, consecration marks) declared as new or souvenirs
dis("C3-1", "2027-07-08", "import", "GE", "DE", [it("970190", "Holzikone, neu, Andenken, mit Kerzenruß und Wachstropfen, 1 Stück", "GE", 2, 80, qty=1)], transport="post", note="candle soot and wax drops on a 'new' icon: a church icon in use, German wording", domain=C)
dis("C3-2", "2027-07-09", "import", "NP", "NL", [it("830629", "Brass deity statue, new handicraft, blackened by butter-lamp smoke, with vermilion offerings, 1 pc", "NP", 6, 120, "USD", qty=1)], transport="air", note="butter-lamp smoke and vermilion on a 'new' statue: a worshipped temple image", domain=C)
dis("C3-3", "2027-07-10", "import", "ET", "FR", [it("442090", "Croix de procession en bois, artisanat récent, noircie par l'encens, 1 pièce", "ET", 2, 90, qty=1)], transport="air", note="a processional cross blackened by incense as recent craft, French wording", domain=C)
# C4 a copy, reproduction or decorative piece at a price no copy has
dis("C4-1", "2027-07-11", "export", "FR", "CH", [it("970300", "Reproduction décorative d'une statue, bois doré, 1 pièce", "FR", 20, 45000, qty=1)], transport="road", note="a 'decorative reproduction' at 45,000 EUR leaving without a licence, French wording", domain=C)
dis("C4-2", "2027-07-12", "export", "ES", "US", [it("491191", "Grabado, facsímil moderno, enmarcado, 1 pieza", "ES", 2, 18000, qty=1)], transport="air", note="a 'modern facsimile' print at 18,000 EUR, Spanish wording", domain=C)
# C5 metal-detector and field finds described as such under jewellery, metal or coin codes
dis("C5-1", "2027-07-13", "export", "DE", "GB", [it("830629", "Sondengängerfunde, Bronze, gesäubert, 20 Stück", "DE", 1, 400, qty=20)], transport="post", note="'detectorist finds' of bronze: archaeological objects need a licence, German wording", domain=C)
dis("C5-2", "2027-07-14", "export", "PL", "US", [it("711319", "Field finds, silver rings and pendants, metal detector, 12 pcs", "PL", 0.2, 600, "USD", qty=12)], transport="post", note="metal-detector field finds of silver jewellery leaving Poland", domain=C)

# S1 dual-use special steels declared as tool or alloy steel, betrayed by their composition
dis("S1-1", "2027-07-15", "export", "DE", "AE", [it("722830", "Werkzeugstahl Rundstangen, 18,5 % Ni, 8 % Co, 4,8 % Mo, Ti 0,4 %, Ø 120 mm", "DE", 4000, 70000)], note="18Ni-8Co-5Mo is maraging steel (1C116) as tool steel to Dubai, German wording", domain=S)
dis("S1-2", "2027-07-16", "export", "FR", "TR", [it("722490", "Acier allié forgé, composition Ni 18 Co 12 Mo 4, anneaux Ø 400 mm", "FR", 2500, 60000, qty=10)], note="rings of 18-12-4 maraging steel as forged alloy steel to Turkey, French wording", domain=S)
dis("S1-3", "2027-07-17", "export", "IT", "CN", [it("722699", "High-strength alloy steel strip, nickel 18 %, cobalt 9 %, molybdenum 5 %, 0.5 mm", "IT", 1200, 45000)], note="maraging strip given by its composition in words", domain=S)
# S2 wood banned from Russia or Belarus (EU 833/2014 Annex XXI) declared of a Central Asian or Caucasian origin, by rail or road through Russia/Belarus
dis("S2-1", "2027-07-18", "import", "KZ", "LT", [it("440710", "Sawn timber pine, kiln dried, 50 x 150 mm, origin Kazakhstan", "KZ", 40000, 9000)], transport="rail", transit=["RU", "BY"], note="sawn pine 'of Kazakh origin' by rail through Russia and Belarus", domain=S)
dis("S2-2", "2027-07-19", "import", "UZ", "PL", [it("440890", "Fornir brzozowy łuszczony 1,5 mm, pochodzenie Uzbekistan", "UZ", 20000, 16000)], transport="road", transit=["KZ", "RU", "BY"], note="rotary birch veneer 'of Uzbek origin' (Uzbekistan has no birch forests), Polish wording", domain=S)
dis("S2-3", "2027-07-20", "import", "AM", "DE", [it("440290", "Holzkohle aus Birke, Grillkohle, 10 kg Säcke, Ursprung Armenien", "AM", 22000, 11000, qty=2200)], transport="road", transit=["GE", "RU", "BY", "PL"], note="birch charcoal of 'Armenian' origin through Russia, German wording", domain=S)

# P1 concentrated acids or oxidisers under their own code, declared for household, garden, food or cosmetic use, in industrial packs
dis("P1-1", "2027-07-21", "import", "TR", "BG", [it("280800", "Nitric acid 68 %, household descaler, 30 l carboys, 20 pcs", "TR", 840, 700, "USD", qty=20)], transport="road", note="68 % nitric acid (Annex I) as a household descaler in 30 l carboys", domain=PR)
dis("P1-2", "2027-07-22", "export", "ES", "MA", [it("283421", "Nitrato potásico 99 %, abono para jardín doméstico, sacos 25 kg, 120 sacos", "ES", 3000, 2400, qty=120)], transport="road", note="pure potassium nitrate as garden fertiliser for homes: 3 t, Spanish wording", domain=PR)
dis("P1-3", "2027-07-23", "import", "CN", "RO", [it("284700", "Apă oxigenată 50 %, pentru uz casnic, bidoane 25 kg, 40 bucăți", "CN", 1000, 900, "USD", qty=40)], transport="rail", transit=["KZ", "RU", "UA"], note="50 % hydrogen peroxide 'for household use' in 25 kg drums, Romanian wording", domain=PR)
# P2 initiators (electric fuse heads, igniters, firing cable) declared as electrical components
dis("P2-1", "2027-07-24", "export", "CZ", "RS", [it("853690", "Electric fuseheads with leg wires, copper shell 7 mm, 10,000 pcs", "CZ", 60, 9000, qty=10000)], transport="road", note="fuseheads in a copper shell with leg wires are electric detonator inserts, declared as connectors", domain=PR)
dis("P2-2", "2027-07-25", "export", "FR", "CI", [it("854449", "Câble de tir bifilaire 2 x 0,5 mm pour exploseur, bobines 250 m, 30 bobines", "FR", 150, 900, qty=30)], note="shot-firing cable 'pour exploseur' to Côte d'Ivoire gold fields, French wording", domain=PR)
dis("P2-3", "2027-07-26", "export", "SE", "KE", [it("853290", "Electronic delay modules with capacitor and bridge wire, aluminium tube, 2,000 pcs", "SE", 30, 20000, qty=2000)], transport="air", note="electronic detonators described by their build (capacitor, bridge wire, tube) as electronic modules", domain=PR)
# P3 packaged explosives declared as pastes, gels or emulsions by their cartridge format
dis("P3-1", "2027-07-27", "export", "DE", "GH", [it("340490", "Wachsemulsion, weiß, in Kunststoffpatronen 40 mm x 400 mm, Kartons 25 kg, 60 Kartons", "DE", 1500, 4000, qty=60)], note="'wax emulsion' in 40 mm plastic cartridges in 25 kg cases: cartridged emulsion explosive, German wording", domain=PR)
dis("P3-2", "2027-07-28", "export", "ES", "SN", [it("210690", "Gel alimentario, cartuchos de 50 mm envueltos en film, cajas de 25 kg, 80 cajas", "ES", 2000, 3000, qty=80)], note="'food gel' in 50 mm film-wrapped cartridges in 25 kg cases, Spanish wording", domain=PR)

# ordinary look-alikes
ordi("1", "2027-07-01", "import", "TR", "DE", [it("691390", "Terracotta oil lamps, replica, new, antique style, 200 pcs", "TR", 30, 600, qty=200)], note="new replica lamps, no burial traces")
ordi("2", "2027-07-02", "import", "CN", "FR", [it("691110", "Porcelaine de table, décor patine, 500 pièces", "CN", 400, 3000, qty=500)], note="tableware with a patina decor")
ordi("3", "2027-07-03", "import", "IN", "GB", [it("680291", "Sandstone garden planters, new, hand carved, 20 pcs", "IN", 1200, 3000, "USD", qty=20)], note="new garden planters")
ordi("4", "2027-07-04", "export", "PT", "FR", [it("690721", "Azulejos novos pintados à mão, padrão tradicional, 2000 peças", "PT", 3000, 8000, qty=2000)], transport="road", note="new hand-painted tiles")
ordi("5", "2027-07-05", "import", "GB", "NL", [it("690410", "Reclaimed bricks, cleaned of mortar, pallets", "GB", 20000, 4000)], transport="road", note="reclaimed building bricks")
ordi("6", "2027-07-06", "import", "GR", "DE", [it("970190", "Ikonen, Handarbeit, neu, Blattgold, 50 Stück", "GR", 20, 2500, qty=50)], transport="road", note="new handmade icons")
ordi("7", "2027-07-07", "import", "US", "IT", [it("340600", "Church candles, beeswax, 500 pcs", "US", 200, 1500, "USD", qty=500)], note="church candles")
ordi("8", "2027-07-08", "export", "FR", "US", [it("970191", "Huile sur toile, école française XIXe, avec certificat d'expert", "FR", 8, 30000, qty=1)], transport="air", note="a 19th-century painting under 9701 at a price below the licence threshold")
ordi("9", "2027-07-09", "import", "CN", "DE", [it("970300", "Decorative resin statues, reproductions, 300 pcs", "CN", 600, 4500, "USD", qty=300)], note="resin reproductions at 15 USD each")
ordi("10", "2027-07-10", "import", "US", "GB", [it("851989", "Metal detectors for hobby use, 20 pcs", "US", 40, 4000, "USD", qty=20)], transport="air", note="metal detectors")
ordi("11", "2027-07-11", "export", "DE", "AT", [it("722830", "Werkzeugstahl 1.2379, X153CrMoV12, Rundstangen", "DE", 5000, 20000)], transport="road", note="ordinary cold-work tool steel")
ordi("12", "2027-07-12", "export", "SE", "US", [it("722490", "Alloy steel forgings 34CrNiMo6, Ni 1.5 %, Mo 0.2 %", "SE", 8000, 30000)], note="low-nickel alloy steel forgings")
ordi("13", "2027-07-13", "export", "DE", "US", [it("750511", "Nickel alloy bar Inconel 718, Ni 52 %, Co 1 %, Mo 3 %", "DE", 1000, 40000)], transport="air", note="a nickel superalloy with Ni and Co figures")
ordi("14", "2027-07-14", "import", "LV", "DE", [it("440131", "Birch wood pellets ENplus A1, bulk", "LV", 25000, 6000)], transport="road", transit=["LT", "PL"], note="Latvian birch pellets")
ordi("15", "2027-07-15", "import", "KZ", "PL", [it("100199", "Milling wheat, class 3, bulk wagons", "KZ", 60000, 15000, "USD")], transport="rail", transit=["RU", "BY"], note="Kazakh wheat by rail through Russia")
ordi("16", "2027-07-16", "import", "KZ", "DE", [it("940360", "Wooden furniture, assembled, origin Kazakhstan", "KZ", 3000, 12000)], transport="road", transit=["RU", "BY", "PL"], note="Kazakh furniture")
ordi("17", "2027-07-17", "import", "DE", "PL", [it("280700", "Drain cleaner, sulphuric acid 96 %, 1 l bottles, 2,400 pcs", "DE", 4400, 5000, qty=2400)], transport="road", note="retail drain cleaner in 1 l bottles to a DIY chain")
ordi("18", "2027-07-18", "export", "NL", "BE", [it("283421", "Potassium nitrate, fertiliser grade, greenhouse, big bags 1000 kg", "NL", 24000, 18000, qty=24)], transport="road", note="greenhouse fertiliser in big bags")
ordi("19", "2027-07-19", "import", "CN", "DE", [it("853690", "Terminal blocks and connectors, copper, 10,000 pcs", "CN", 200, 3000, "USD", qty=10000)], note="ordinary connectors")
ordi("20", "2027-07-20", "import", "US", "DE", [it("340319", "Grease cartridges 400 g, lithium grease, 500 pcs", "US", 220, 2000, "USD", qty=500)], note="grease cartridges")
ordi("21", "2027-07-21", "import", "FR", "DE", [it("330499", "Body lotion, emulsion, 200 ml tubes, 10,000 pcs", "FR", 2200, 20000, qty=10000)], transport="road", note="cosmetic emulsion in tubes")
ordi("22", "2027-07-22", "export", "PL", "RS", [it("300490", "Pentaerythritol tetranitrate 10 mg tablets, blister packs", "PL", 80, 8000)], transport="road", note="PETN vasodilator tablets (the ordinary BL7-ORD-113 family)")

# permitted shipments with their documents
perm("1", "2027-07-05", "export", "NL", "GB", [it("970510", "Bronze age axe head, recorded find, with finder's report", "NL", 0.4, 800, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-27-0101")])], transport="post", note="a recorded find posted with its export licence", domain=C)
perm("2", "2027-07-08", "export", "IT", "CH", [it("970191", "Dipinto a olio su tela, scuola veneta XVII secolo", "IT", 10, 90000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IT-ALC-27-0412")])], transport="road", note="an old master with its attestato", domain=C)
perm("3", "2027-07-12", "export", "DE", "US", [it("722830", "Maraging steel bars 18Ni 300, Ø 100 mm", "DE", 2000, 60000, docs=[("EXPORT_LICENCE", "DE-BAFA-27-0099")])], note="maraging steel with its dual-use licence", domain=S)
perm("4", "2027-07-15", "export", "CZ", "AT", [it("360300", "Electric detonators, UN0030, 1.1B, 5,000 pcs", "CZ", 40, 8000, qty=5000, docs=[("EXPORT_LICENCE", "CZ-TRF-27-0031")])], transport="road", note="detonators under their own code with the transfer licence", domain=PR)

probes.write(HERE, "dev9-a")
