#!/usr/bin/env python3
"""Writes the round-seventeen (b) development probes for ozone (HFC fills under other gas names,
pre-charged equipment as fans), wildlife (whale-tooth and ivory "replicas" at a real price,
heavy CITES timber under a light trade name, CITES bird skins as decorative feathers, tagua at
an ivory price) and precursors (binary exploding targets), dev17-b-{disguised,ordinary,permitted}.ndjson.
Every row is written out by hand, worded differently from blind15's rows and mostly in languages
of the trade routes; the note says which modus operandi family it belongs to and what betrays it.
The ordinary rows include lawful private-person consignees receiving ordinary goods of these
families and lawful look-alikes that use the controlled word in a lawful sense. Written and
committed before the round-seventeen (b) rules were run on it (docs/profile-packs.md,
"Round seventeen (b): ozone, wildlife, precursors and waste")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D17B", "917")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# O1 an HFC throwaway-cylinder fill (9-14 kg a cylinder) declared as a permanent or other industrial gas
dis("O1-1", "2028-11-01", "import", "UA", "PL", [it("280430", "Azot techniczny, butle jednorazowe 13,6 l, 11,3 kg, 300 szt.", "CN", 3390, 9600, qty=300)], domain="ozone", transport="road", note="O1: 11.3 kg in a 13.6 l disposable bottle is R-410A, not nitrogen; Polish wording")
dis("O1-2", "2028-11-02", "import", "TR", "GR", [it("281121", "Carbon dioxide gas, non-returnable cylinders 10.9 kg, 500 pcs", "TR", 5450, 16000, qty=500)], domain="ozone", transport="road", note="O1: 'CO2' in non-returnable 10.9 kg cylinders is R-404A")
dis("O1-3", "2028-11-03", "import", "CN", "FR", [it("280421", "Argon, bouteilles perdues 12,3 l, 10 kg, 250 unités", "CN", 2500, 8200, qty=250)], domain="ozone", note="O1: argon does not come in 10 kg disposable bottles; French wording")
# O2 an HFC blend in bulk as LPG, propane or butane at an HFC price
dis("O2-1", "2028-11-04", "import", "CN", "ES", [it("271113", "Butano comercial, isotanque, 17,5 t", "CN", 17500, 96000, cur="USD")], domain="ozone", note="O2: 'butane' at 5.5 USD/kg from China in an ISO tank; Spanish wording")
dis("O2-2", "2028-11-05", "import", "IN", "NL", [it("271112", "Propane, liquefied, tank container 20 t", "IN", 20000, 130000, cur="USD")], domain="ozone", note="O2: propane at 6.5 USD/kg in a tank container is an HFC's price")
dis("O2-3", "2028-11-06", "import", "CN", "DE", [it("271119", "Flüssiggas (LPG), Tankcontainer, 19 t", "CN", 19000, 83000, cur="EUR")], domain="ozone", note="O2: LPG at 4.4 EUR/kg from China; German wording")
# O3 pre-charged air conditioners or heat pumps declared as fans or air coolers
dis("O3-1", "2028-11-07", "import", "CN", "ES", [it("841451", "Ventilador portátil con compresor, refrigerante R-410A 0,9 kg, 600 uds", "CN", 18000, 66000, cur="USD", qty=600)], domain="ozone", note="O3: a 'fan' with a compressor and an R-410A charge is a portable air conditioner; Spanish wording")
dis("O3-2", "2028-11-08", "import", "CN", "IT", [it("847960", "Raffrescatore d'aria con compressore e condensatore, gas R32, 300 pz", "CN", 9000, 39000, cur="USD", qty=300)], domain="ozone", note="O3: an 'air cooler' with compressor and condenser is a monobloc AC; Italian wording")
dis("O3-3", "2028-11-09", "import", "TR", "RO", [it("841459", "Tavan fanı, kompresörlü, R-410A gaz dolu, 200 adet", "TR", 7000, 30000, cur="USD", qty=200)], domain="ozone", transport="road", note="O3: 'ceiling fans' with a compressor and an R-410A fill; Turkish wording")

# W1 sperm-whale, walrus or hippo teeth and ivory carvings as 'resin replicas' at a real price
dis("W1-1", "2028-11-10", "import", "US", "DE", [it("392690", "Kunstharz-Nachbildung Pottwalzahn, graviert, 5 Stk.", "US", 1.4, 700, cur="USD", qty=5)], domain="wildlife", transport="post", note="W1: 140 USD a 'resin' whale tooth: real sperm-whale ivory; German wording", consignee_name="Herr Klaus Becker")
dis("W1-2", "2028-11-11", "import", "CA", "FR", [it("392690", "Réplique de dent de morse sculptée, résine, 8 pièces", "CA", 2.4, 960, cur="USD", qty=8)], domain="wildlife", transport="post", note="W1: 120 USD a 'resin' walrus tooth carving; French wording", consignee_name="M. Paul Girard")
dis("W1-3", "2028-11-12", "import", "US", "GB", [it("970300", "Scrimshaw-style polyresin tusk sections, engraved, 10 pcs", "US", 3, 1300, cur="USD", qty=10)], domain="wildlife", transport="express", note="W1: 130 USD a 'polyresin' tusk section", consignee_name="Mr David Clarke")
# W2 heavy CITES timber (bubinga, rosewood, padauk, afrormosia) under a light trade name, betrayed by its density
dis("W2-1", "2028-11-13", "import", "CM", "BE", [it("440799", "Sawn ayous (obeche) boards, KD, density 880 kg/m3, 30 m3", "CM", 26400, 42000, qty=30, unit="m3")], domain="wildlife", note="W2: ayous weighs 380 kg/m3; 880 kg/m3 is bubinga or padauk")
dis("W2-2", "2028-11-14", "import", "CD", "ES", [it("440839", "Chapa de limba, 900 kg por m3, 18 m3", "CD", 16200, 35000, qty=18, unit="m3")], domain="wildlife", note="W2: limba veneer at 900 kg/m3 is African rosewood or afrormosia; Spanish wording")
dis("W2-3", "2028-11-15", "import", "GA", "PT", [it("440729", "Madeira serrada de okoumé, 22 m3", "GA", 20900, 46000, qty=22, unit="m3")], domain="wildlife", note="W2: okoumé at 950 kg a cubic metre (mass over volume); Portuguese wording")
# W3 CITES bird skins and plumes (birds of paradise, hornbills, cocks-of-the-rock) as decorative feathers
dis("W3-1", "2028-11-16", "import", "ID", "NL", [it("050510", "Bulu hias cendrawasih, kulit utuh, 4 pcs", "ID", 0.6, 480, cur="USD", qty=4)], domain="wildlife", transport="post", note="W3: whole bird-of-paradise skins by their Indonesian name", consignee_name="Dhr. P. de Groot")
dis("W3-2", "2028-11-17", "import", "PG", "FR", [it("670100", "Plumes décoratives d'oiseau de paradis, peaux montées, 3 pièces", "PG", 0.4, 900, cur="USD", qty=3)], domain="wildlife", transport="express", note="W3: mounted bird-of-paradise skins as decorative feathers; French wording", consignee_name="Mme Sophie Lambert")
dis("W3-3", "2028-11-18", "import", "ID", "DE", [it("050510", "Deko-Vogelbälge, Paradiesvögel und Nashornvögel, 5 St.", "ID", 1.2, 750, cur="USD", qty=5)], domain="wildlife", transport="post", note="W3: bird-of-paradise and hornbill skins as decoration; German wording", consignee_name="Frau Anna Schulz")
# W4 ivory carved and declared as tagua (vegetable ivory) at an ivory price or to an ivory market
dis("W4-1", "2028-11-19", "export", "BE", "CN", [it("960200", "Carved tagua figurines, vegetable ivory, 6 pcs", "BE", 4, 7200, qty=6)], domain="wildlife", transport="air", note="W4: 1,800 EUR/kg 'tagua' figurines to China: ivory", home_by_flow=True)
dis("W4-2", "2028-11-20", "import", "NG", "FR", [it("960200", "Statuettes en ivoire végétal (tagua), 3 pièces", "NG", 3.5, 2400, cur="EUR", qty=3)], domain="wildlife", transport="air", note="W4: 'vegetable ivory' at 690 EUR/kg from West Africa; French wording")
# P1 binary exploding targets (ammonium nitrate + aluminium powder) to private persons
dis("P1-1", "2028-11-21", "import", "US", "DE", [it("930690", "Explosive Zielscheiben, binär, Oxidator und Katalysator getrennt, 30 Sets", "US", 15, 260, cur="USD", qty=30)], domain="precursors", transport="express", note="P1: binary exploding targets to a private person; German wording", consignee_name="Herr Jonas Wolf")
dis("P1-2", "2028-11-22", "import", "US", "FR", [it("950699", "Cibles réactives à mélanger, nitrate d'ammonium et poudre d'aluminium, 20 kits", "US", 10, 180, cur="USD", qty=20)], domain="precursors", transport="post", note="P1: mix-and-shoot targets naming AN and aluminium powder; French wording", consignee_name="M. Luc Fontaine")
dis("P1-3", "2028-11-23", "import", "CA", "SE", [it("360490", "Tannerite-type shooting targets, 1/2 lb, 48 pcs", "CA", 12, 300, cur="USD", qty=48)], domain="precursors", transport="express", note="P1: Tannerite-type targets under the pyrotechnics code", consignee_name="Private individual")

# W5 (second batch, written before its rule) teatfish sea cucumbers (Holothuria fuscogilva, nobilis,
# whitmaei: CITES Appendix II since 2020) as 'dried seafood' by their trade names
dis("W5-1", "2028-11-24", "export", "MG", "HK", [it("030819", "Dried sea cucumber, white teatfish grade A, 120 kg", "MG", 120, 36000, cur="USD")], domain="wildlife", transport="air", note="W5: white teatfish exported without a permit", home_by_flow=True)
dis("W5-2", "2028-11-25", "import", "PG", "FR", [it("160558", "Bêche-de-mer séchée, holothurie à mamelles noire (Holothuria whitmaei), 40 kg", "PG", 40, 9000, cur="USD")], domain="wildlife", transport="air", note="W5: black teatfish under a prepared-molluscs code; French wording")
dis("W5-3", "2028-11-26", "import", "ID", "NL", [it("030819", "Teripang susu kering, 25 kg", "ID", 25, 5000, cur="USD")], domain="wildlife", transport="air", note="W5: teatfish by its Indonesian name")

# lawful look-alikes (ordinary)
ordi("01", "2028-11-01", "import", "DE", "AT", [it("280430", "Stickstoff 5.0, Mehrwegflaschen 50 l, 40 Stk.", "DE", 440, 1200, qty=40)], transport="road", note="nitrogen in refillable 50 l cylinders (11 kg of gas each)")
ordi("02", "2028-11-02", "import", "US", "NL", [it("280429", "Helium balloon kit, disposable cylinder, 2 pcs", "US", 13, 90, cur="USD", qty=2)], transport="express", note="disposable party helium tanks to a private person", **PP)
ordi("03", "2028-11-03", "import", "IT", "FR", [it("271112", "Propane liquéfié, camion-citerne, 20 t", "IT", 20000, 13000)], transport="road", note="LPG at its price by road tanker")
ordi("04", "2028-11-04", "import", "CN", "DE", [it("271112", "R-290 Kältemittel, Propan 99,5 %, Mehrwegflaschen 5 kg, 200 Stk.", "CN", 1000, 9000, qty=200)], note="refrigerant-grade propane (R-290) at its price")
ordi("05", "2028-11-05", "import", "KR", "ES", [it("271113", "Gas butano para encendedores, latas 300 ml, 24.000 uds", "KR", 4080, 14000, cur="USD", qty=24000)], note="lighter butane cans: high per kg, small units")
ordi("06", "2028-11-06", "import", "CN", "IT", [it("841451", "Ventilatori da tavolo 40 cm, 1.200 pz", "CN", 4800, 14000, cur="USD", qty=1200)], note="plain table fans")
ordi("07", "2028-11-07", "import", "CN", "ES", [it("847960", "Enfriador evaporativo portátil, sin compresor, depósito de agua 10 l, 500 uds", "CN", 4500, 21000, cur="USD", qty=500)], note="evaporative air coolers, explicitly without compressor")
ordi("08", "2028-11-08", "import", "CN", "PT", [it("841510", "Ar condicionado split, R32, 300 uds", "CN", 12000, 75000, cur="USD", qty=300)], note="split air conditioners under their own code")
ordi("09", "2028-11-09", "import", "US", "GB", [it("392690", "Resin scrimshaw replica whale teeth, souvenir, 12 pcs", "US", 3, 216, cur="USD", qty=12)], transport="post", note="resin replicas at a replica price (18 USD) to a private person", consignee_name="Mrs Helen Price")
ordi("10", "2028-11-10", "import", "CN", "DE", [it("392690", "Elfenbeinfarbige Kunstharzfiguren, 100 Stk.", "CN", 40, 600, cur="USD", qty=100)], note="ivory-coloured resin figurines at 6 USD")
ordi("11", "2028-11-11", "import", "GA", "FR", [it("440839", "Placage okoumé déroulé, 40 m3", "GA", 17200, 26000, qty=40, unit="m3")], note="okoumé veneer at 430 kg/m3")
# corrected after the first run: this row first read "Ipe decking", but ipê (Handroanthus, Tabebuia,
# Roseodendron) is in CITES Appendix II since November 2024 (CoP19), so an ipê import without a permit
# is not ordinary trade; azobé (Lophira alata), as dense and not CITES-listed, takes its place
ordi("12", "2028-11-12", "import", "CM", "NL", [it("440729", "Azobé (Lophira alata) decking, 1060 kg/m3, 20 m3", "CM", 21200, 26000, qty=20, unit="m3")], note="a dense lawful timber under its own name")
ordi("13", "2028-11-13", "import", "ZA", "DE", [it("050510", "Straußenfedern, Zuchtfarm, gefärbt, 2 kg", "ZA", 2, 180, cur="USD")], transport="air", note="farmed ostrich feathers")
ordi("14", "2028-11-14", "import", "ZA", "NL", [it("060290", "Bird of paradise plants (Strelitzia reginae), nursery grown, 800 pots", "ZA", 4000, 6000, cur="USD", qty=800)], note="the bird-of-paradise flower, a plant")
ordi("15", "2028-11-15", "import", "CN", "FR", [it("050510", "Plumes de faisan décoratives, 100 pièces", "CN", 0.5, 25, cur="USD", qty=100)], transport="post", note="pheasant feathers for crafts to a private person", consignee_name="Mme Julie Moreau")
ordi("16", "2028-11-16", "import", "EC", "DE", [it("960629", "Steinnussknöpfe (Tagua), 500.000 Stk.", "EC", 650, 19000, cur="USD", qty=500000)], note="tagua buttons at their price; German wording")
ordi("17", "2028-11-17", "import", "EC", "FR", [it("960200", "Figurines sculptées en tagua (ivoire végétal), artisanat, 200 pièces", "EC", 20, 1400, cur="USD", qty=200)], transport="air", note="tagua carvings at a handicraft price from Ecuador")
ordi("18", "2028-11-18", "import", "US", "GB", [it("950699", "Reactive splatter paper targets, 100 sheets", "US", 1, 25, cur="USD", qty=100)], transport="post", note="paper 'reactive' targets to a private person", consignee_name="Mr Tom Baker")
ordi("19", "2028-11-19", "import", "US", "DE", [it("360350", "Modellraketen-Anzünder, Einzelhandelspackungen, 24 Stk.", "US", 0.3, 30, cur="USD", qty=24)], transport="post", note="model-rocket igniters, retail, to a private person", consignee_name="Herr Lukas Braun")
ordi("20", "2028-11-20", "import", "US", "FR", [it("950300", "Fusées de modélisme avec allumeurs, kit débutant", "US", 1, 60, cur="USD", qty=1)], transport="express", note="a model rocket starter kit to a private person", consignee_name="M. Hugo Petit")
ordi("21", "2028-11-21", "import", "DE", "AT", [it("310230", "Ammonium nitrate fertiliser, 33.5 % N, big bags, 24 t", "DE", 24000, 9600)], transport="road", note="AN fertiliser to a farm cooperative", importer_name="Raiffeisen Lagerhaus GmbH")
ordi("22", "2028-11-22", "import", "TH", "DE", [it("060290", "Phalaenopsis Hybriden, getopft, Gärtnereivermehrung, 3.000 Stk.", "TH", 900, 6000, cur="USD", qty=3000)], transport="air", note="artificially propagated orchid hybrids")
ordi("23", "2028-11-23", "import", "CN", "NL", [it("841459", "Ceiling fans with light, 400 pcs", "CN", 2800, 16000, cur="USD", qty=400)], note="ceiling fans")

ordi("24", "2028-11-24", "import", "JP", "FR", [it("030819", "Dried Japanese sea cucumber (Apostichopus japonicus), farmed, 10 kg", "JP", 10, 2500, cur="USD")], transport="air", note="a sea cucumber not listed, at its price")
ordi("25", "2028-11-25", "import", "CN", "DE", [it("160558", "Seegurken in Dosen, 200 Dosen", "CN", 80, 900, cur="USD", qty=200)], note="canned sea cucumber, an ordinary food")

# permitted shipments with their documents
perm("1", "2028-11-24", "import", "CH", "DE", [it("382490", "Kältemittelgemisch R-404A, Rückgewinnung, zur Zerstörung, 2 t", "CH", 2000, 0, docs=[("BASEL_CONSENT", "DE-LfU-28-0911")])], transport="road", domain="ozone", importer_name="Sonderabfall Entsorgung Bayern GmbH", note="recovered R-404A to destruction with the consent")
perm("2", "2028-11-25", "import", "CM", "FR", [it("440799", "Sciages bubinga (Guibourtia), 850 kg/m3, 12 m3", "CM", 10200, 30000, qty=12, unit="m3", docs=[("CITES_PERMIT", "CM-28-0442")])], domain="wildlife", note="bubinga under its name with the CITES permit")
perm("3", "2028-11-26", "import", "US", "GB", [it("050790", "Scrimshaw sperm whale tooth, antique 1850, 1 pc", "US", 0.3, 3500, cur="USD", qty=1, docs=[("CITES_CERTIFICATE", "US-28-1102")])], transport="express", domain="wildlife", consignee_name="Mr Peter Howard", note="antique scrimshaw with a pre-Convention certificate")
perm("4", "2028-11-27", "import", "TH", "IT", [it("060290", "Dendrobium species plants, 500", "TH", 200, 1500, cur="USD", qty=500, docs=[("CITES_PERMIT", "TH-28-3321")])], transport="air", domain="wildlife", note="Dendrobium species with the CITES permit")
perm("5", "2028-11-28", "export", "AU", "HK", [it("030819", "Dried white teatfish (Holothuria fuscogilva), 200 kg", "AU", 200, 40000, cur="AUD", docs=[("CITES_PERMIT", "AU-28-7710")])], transport="air", domain="wildlife", home_by_flow=True, note="teatfish with the CITES export permit")
probes.write(HERE, "dev17-b")
