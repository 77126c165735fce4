#!/usr/bin/env python3
"""Writes tests/risk/data/dev6-a-{disguised,ordinary,permitted}.ndjson: development probes of
the waste, ozone and wildlife round six (docs/profile-packs.md). Each disguise family is
named from the fourth blind set's misses or from enforcement guidance; the rows are worded
differently from blind4's and were written before the rules were run on them."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = ["2026-12-%02d" % d for d in range(1, 29)]


_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def row(kind, i, did, flow, mode, dep, dest, transit, items, extra):
    return base.probe_row(kind, i, did, flow, mode, dep, dest, transit, items, extra, DATE, 6)


W, O, L = "waste", "ozone", "wildlife"
# (flow, mode, dep, dest, transit, items, (domain, family, note))
DISGUISED = [
    # waste: industrial residue named by the process it comes from, declared as a commodity
    ("export", "sea", "IS", "CN", None, [("380190", "Carbon cathode blocks, spent, from pot relining, crushed, for recarburising", "IS", 24000, None, 3100, "USD")], (W, "residue named by its process", "spent pot lining from an Icelandic smelter as carbon for recarburising")),
    ("export", "sea", "FR", "SN", None, [("262190", "Mâchefers et REFIOM d'usine d'incinération, pour travaux routiers", "FR", 25000, None, 500, "EUR")], (W, "residue named by its process", "incinerator flue-gas residues (REFIOM) and bottom ash as road material to Dakar")),
    ("export", "sea", "GR", "EG", None, [("271020", "Marine gasoil blend, recovered from bilge and tank washings, 30 % water", "GR", 30000, None, 2400, "USD")], (W, "residue named by its process", "bilge water and tank washings as a gasoil blend")),
    ("export", "sea", "DE", "IN", None, [("381590", "Katalysator, verbraucht, aus Hydrotreater-Wechsel, NiMo auf Träger", "DE", 20000, None, 6000, "EUR")], (W, "residue named by its process", "spent hydrotreating catalyst, German wording")),
    ("export", "sea", "BE", "TR", None, [("760200", "Non-ferrous shredder fraction incl. fluff and fines, auto shredder", "BE", 24000, None, 1900, "EUR")], (W, "residue named by its process", "auto shredder residue as a non-ferrous fraction")),
    ("export", "road", "AT", "RS", None, [("700100", "Lampenglas, zerkleinert, aus Entladungslampen, Bruch", "AT", 8000, None, 400, "EUR")], (W, "residue named by its process", "crushed discharge-lamp glass (mercury) as cullet")),
    # waste: cut or shredded tyres under the used-tyre code
    ("export", "sea", "NL", "PK", None, [("401220", "Used truck tyres, halved, sidewalls removed, loose", "NL", 25000, None, 1500, "EUR")], (W, "cut tyres as used tyres", "halved truck tyres (waste) as used tyres to Pakistan")),
    ("export", "sea", "IT", "MA", None, [("401290", "Pneumatici usati tagliati in pezzi, per recupero energetico", "IT", 26000, None, 780, "EUR")], (W, "cut tyres as used tyres", "cut tyres for energy recovery, Italian wording")),
    # waste: asbestos roofing and boards by trade name
    ("export", "road", "HU", "RS", None, [("681182", "Bontott hullámpala (Eternit) tetőfedő, újrafelhasználásra", "HU", 15000, None, 600, "EUR")], (W, "asbestos cement by its trade name", "dismantled Eternit corrugated sheets, Hungarian wording")),
    ("export", "road", "ES", "MA", None, [("681189", "Placas de uralita de derribo, usadas, paletizadas", "ES", 14000, None, 700, "EUR")], (W, "asbestos cement by its trade name", "demolition 'uralita' (asbestos cement) sheets to Morocco")),
    ("export", "sea", "FR", "CI", None, [("681182", "Plaques fibrociment amiante déposées, réemploi toiture", "FR", 16000, None, 800, "EUR")], (W, "asbestos cement by its trade name", "asbestos fibre-cement named, French wording")),
    # waste: used phones and computers at a price per kilo no working device has
    ("export", "air", "DE", "HK", None, [("851713", "Gebrauchte Smartphones, gemischte Marken, B2B Lot, 8.000 Stück", "DE", 1600, 8000, 4800, "EUR")], (W, "used devices at a scrap price per piece", "8,000 phones at 0.60 EUR each")),
    ("export", "sea", "GB", "GH", None, [("847130", "Used laptops, mixed grades, untested, 2,000 units", "GB", 5000, 2000, 6000, "GBP")], (W, "used devices at a scrap price per piece", "2,000 laptops at 3 GBP each to Ghana")),
    # ozone: mass per cylinder or can that the declared gas cannot have
    ("import", "road", "TR", "BG", None, [("280440", "Oxygen, medical, 40 l cylinders, 150 pcs", "TR", 7800, 150, 2200, "EUR")], (O, "permanent gas at a liquefied-gas mass", "52 kg of 'oxygen' in a 40 l cylinder: a liquefied gas")),
    ("import", "road", "UA", "RO", None, [("280421", "Argon 4.6, 50 l steel bottles, 120 pcs", "UA", 7200, 120, 1800, "EUR")], (O, "permanent gas at a liquefied-gas mass", "60 kg of 'argon' per 50 l bottle")),
    ("import", "express", "CN", "NL", None, [("851310", "Keyboard cleaner, compressed air spray 500 ml, 12,000 cans", "CN", 5400, 12000, 9000, "USD")], (O, "permanent gas at a liquefied-gas mass", "0.45 kg a 'compressed air' can: liquefied HFC")),
    # ozone: a solvent drum at the density of a halogenated solvent
    ("import", "sea", "CN", "IT", None, [("290110", "n-Pentane 98 %, blowing agent, 200 litre steel drums, 60 drums", "CN", 17400, 60, 16000, "USD")], (O, "drum mass of a dense halogenated solvent", "290 kg per 200 l drum of 'pentane' (density 0.63): CFC-11 or HCFC-141b")),
    ("import", "sea", "IN", "GR", None, [("291411", "Acetone technical, 200 l drums, 40 pcs", "IN", 12800, 40, 9000, "USD")], (O, "drum mass of a dense halogenated solvent", "320 kg per 200 l drum of 'acetone' (0.79): carbon tetrachloride or CFC-113")),
    # ozone: HFO or other unregulated name at an HFC price
    ("import", "sea", "CN", "PL", None, [("290359", "HFO-1234yf automotive refrigerant, 10 kg cylinders, 500 pcs", "CN", 5000, 500, 30000, "USD")], (O, "HFO name at an HFC price", "HFO-1234yf at 6 USD/kg (it sells at 40-80)")),
    ("import", "sea", "CN", "RO", None, [("290359", "R1234ze refrigerant gas, ISO tank", "CN", 18000, 1, 63000, "USD")], (O, "HFO name at an HFC price", "HFO-1234ze at 3.50 USD/kg")),
    # ozone: an exemption claim the packaging or the consignee contradicts
    ("import", "sea", "TR", "GR", None, [("290371", "HCFC-22 recuperado, para destrucción, 80 botellas desechables 13,6 kg", "TR", 1088, 80, 7000, "USD")], (O, "exemption claimed in service cylinders", "'for destruction' in disposable cylinders, bought at 6.4 USD/kg")),
    ("import", "sea", "CN", "HR", None, [("382762", "HFC-32/125 blend, feedstock use, 11.3 kg cylinders, 800 pcs", "CN", 9040, 800, 45000, "USD")], (O, "exemption claimed in service cylinders", "feedstock claim for a refrigerant blend in service cylinders")),
    ("import", "sea", "IL", "CY", None, [("290361", "Methyl bromide 100 %, QPS fumigant, 680 kg cylinders", "IL", 6800, 10, 40000, "USD")], (O, "exemption claimed in service cylinders", "QPS claim for methyl bromide into the EU, where every use is banned")),
    # ozone: disposable refrigerant cylinders into or through the EU
    ("transit", "road", "TR", "UA", ["BG", "RO"], [("382764", "R-410A, bombole usa e getta 11,3 kg, 900 pz", "CN", 10170, 900, 29000, "USD")], (O, "disposable refrigerant cylinders through the EU", "disposable R-410A cylinders in transit through the EU")),
    ("import", "sea", "EG", "IT", None, [("290345", "Refrigerant gas R134a, one-way cylinders 13.6 kg, 400 pcs", "CN", 5440, 400, 16000, "USD")], (O, "disposable refrigerant cylinders through the EU", "one-way R-134a cylinders into Italy")),
    # ozone: refrigerant as personal effects or as equipment accessories
    ("import", "road", "MD", "RO", None, [("290345", "Bunuri personale, mutare: butelii freon R134a pentru uz propriu, 24 buc", "CN", 326, 24, 1200, "EUR")], (O, "refrigerant as personal effects or accessories", "24 R-134a cylinders as removal goods, Romanian wording")),
    ("import", "sea", "CN", "FR", None, [("841590", "Accessoires climatiseur : recharges de gaz 800 g, 600 pcs", "CN", 480, 600, 700, "USD")], (O, "refrigerant as personal effects or accessories", "refrigerant refill cans as air-conditioner accessories, French wording")),
    # wildlife: roe at caviar prices under another language's name
    ("import", "road", "MD", "RO", None, [("160432", "Icre de somon, borcane 50 g, 600 buc", "MD", 30, 600, 24000, "EUR")], (L, "roe at a caviar price", "'salmon roe' at 800 EUR/kg, Romanian wording")),
    ("import", "air", "RU", "FI", None, [("160432", "Lohenmäti, lasipurkki 100 g, 300 kpl", "RU", 30, 300, 21000, "EUR")], (L, "roe at a caviar price", "'salmon roe' at 700 EUR/kg, Finnish wording")),
    # wildlife: reptile skins as printed or embossed leather
    ("import", "air", "MY", "FR", None, [("411410", "Cuir de vachette imprimé façon serpent, peaux 4 m, 300 pcs", "MY", 750, 300, 36000, "USD")], (L, "reptile skins as printed leather", "2.5 kg a 'printed calf' piece 4 m long from Malaysia: python")),
    ("import", "air", "VN", "IT", None, [("410799", "Croc-embossed leather, small pieces, 0.9 kg each, 500 pcs", "VN", 450, 500, 40000, "USD")], (L, "reptile skins as printed leather", "crocodile belly skins as croc-embossed leather")),
    # wildlife: traditional medicines with musk, bear bile or rhino horn
    ("import", "post", "HK", "DE", None, [("300490", "安宫牛黄丸 Angong Niuhuang Wan, 3 g pills, 100 boxes", "CN", 1, 100, 3000, "USD")], (L, "musk and bear bile medicines", "Angong Niuhuang Wan (musk) by post")),
    ("import", "express", "CN", "NL", None, [("300490", "Bear bile powder capsules (xiong dan fen), 60 bottles", "CN", 2, 60, 1500, "USD")], (L, "musk and bear bile medicines", "bear bile capsules by express")),
    # wildlife: logs from countries that prohibit their export
    ("import", "sea", "MM", "IN", None, [("440349", "Teak round logs, natural forest, girth 1.2 m up", "MM", 40000, None, 32000, "USD")], (L, "logs from a log-export ban", "Myanmar teak logs (export of logs banned since 2014)")),
    ("transit", "sea", "GA", "CN", ["TG"], [("440349", "Grumes de padouk, bois rouge, 20 pièces", "GA", 26000, None, 13000, "EUR")], (L, "logs from a log-export ban", "Gabonese padauk logs (log exports banned since 2010)")),
    ("export", "sea", "IN", "AE", None, [("440399", "Red sandalwood billets, dye wood", "IN", 9000, None, 18000, "USD")], (L, "logs from a log-export ban", "red sanders billets")),
    # wildlife: eggs at a price no poultry egg has
    ("import", "express", "ZA", "NL", None, [("040719", "Fertile eggs for hatching, ornamental birds, 24 pcs", "ZA", 1.2, 24, 9600, "USD")], (L, "bird eggs at parrot prices", "400 USD an egg: parrot eggs")),
    ("import", "post", "GY", "BE", None, [("040790", "Œufs de poule, incubation, 30 unités", "GY", 1.8, 30, 6000, "EUR")], (L, "bird eggs at parrot prices", "200 EUR an 'hen' egg from Guyana: parrot eggs, French wording")),
    # wildlife: listed shells by mass per piece or name
    ("import", "sea", "ID", "NL", None, [("050800", "Natural clam shells, large, decoration, 60 pcs", "ID", 480, 60, 1500, "USD")], (L, "listed shells as decorative shells", "8 kg a clam shell: Tridacna")),
    ("import", "air", "HT", "US", None, [("050800", "Lambi shells, polished, 200 pcs", "HT", 300, 200, 1200, "USD")], (L, "listed shells as decorative shells", "queen conch (lambi) shells, CITES II")),
    ("import", "sea", "PH", "FR", None, [("960190", "Chambered nautilus shells, polished, 500 pcs", "PH", 150, 500, 2500, "USD")], (L, "listed shells as decorative shells", "Nautilus pompilius, CITES II since 2017")),
    # wildlife: CITES medicinal plants by trade name
    ("import", "sea", "MG", "ES", None, [("121190", "Corteza de Prunus africana seca, a granel", "MG", 10000, None, 15000, "EUR")], (L, "CITES medicinal plants by trade name", "Prunus africana bark without permit")),
    ("import", "air", "NP", "DE", None, [("121190", "Jatamansi roots dried (spikenard), 500 kg", "NP", 500, None, 9000, "USD")], (L, "CITES medicinal plants by trade name", "Nardostachys jatamansi, CITES II")),
    ("import", "air", "US", "HK", None, [("121120", "Wild American ginseng roots, dried", "US", 200, None, 90000, "USD")], (L, "CITES medicinal plants by trade name", "wild American ginseng without export permit")),
    # wildlife: worked horn at rhino prices
    ("export", "air", "BE", "CN", None, [("960190", "Carved horn brush pot, Qing style", "CN", 0.8, 1, 60000, "EUR")], (L, "worked horn at rhino prices", "75,000 EUR/kg of 'horn': rhino horn")),
    ("export", "post", "GB", "VN", None, [("970600", "Antique buffalo horn bangles, 3 pcs", "CN", 0.3, 3, 9000, "GBP")], (L, "worked horn at rhino prices", "30,000 GBP/kg 'buffalo horn' bangles")),
    # wildlife: bulk commodity flown from Africa to Asia
    ("export", "air", "CM", "CN", ["ET"], [("080131", "Cashew nuts in shell, raw, 40 bags", "CM", 2000, None, 1800, "USD")], (L, "bulk commodity flown to Asia", "raw cashew flown from Douala: pangolin scales")),
    ("export", "air", "UG", "MY", None, [("120740", "Sesame seed, natural, 50 kg sacks", "UG", 1500, None, 1500, "USD")], (L, "bulk commodity flown to Asia", "sesame flown to Kuala Lumpur: ivory")),
    # wildlife: ornamental fish at arowana prices
    ("import", "air", "MY", "FR", None, [("030111", "Ornamental koi carp, individually bagged, 30 pcs", "MY", 45, 30, 9000, "USD")], (L, "ornamental fish at arowana prices", "300 USD a 'koi' from Malaysia, each bagged: arowana")),
    ("import", "air", "TH", "NL", None, [("030111", "Tropical ornamental fish, large, single packed, 20 pcs", "TH", 40, 20, 6000, "USD")], (L, "ornamental fish at arowana prices", "300 USD a fish: arowana")),
]

ORDINARY = [
    ("export", "sea", "DE", "CN", None, [("380190", "Calcined petroleum coke recarburiser, 1-5 mm, 99 % C", "CN", 25000, None, 15000, "USD")], "recarburiser from coke"),
    ("export", "sea", "ES", "MA", None, [("262190", "Cenizas volantes de carbón EN 450 para hormigón", "ES", 24000, None, 960, "EUR")], "coal fly ash"),
    ("export", "sea", "NL", "NG", None, [("271019", "Marine gasoil DMA, ISO 8217", "NL", 30000, None, 24000, "USD")], "marine gasoil"),
    ("export", "sea", "DE", "IN", None, [("381590", "Hydrotreating catalyst, fresh, NiMo on alumina, drums", "DE", 20000, None, 300000, "EUR")], "fresh catalyst"),
    ("export", "sea", "NL", "IN", None, [("760200", "Zorba 90/2, ISRI, shredded non-ferrous metal", "NL", 24000, None, 36000, "USD")], "Zorba"),
    ("export", "sea", "PL", "SN", None, [("401220", "Used passenger car tyres, whole, part-worn, 4 mm tread, 1,500 pcs", "PL", 12000, 1500, 12000, "EUR")], "part-worn tyres"),
    ("export", "road", "PL", "UA", None, [("681182", "Płyty faliste włóknocementowe bezazbestowe, nowe", "PL", 18000, None, 14000, "EUR")], "asbestos-free sheets"),
    ("export", "sea", "NL", "GH", None, [("851713", "Refurbished smartphones, grade A, tested, boxed, 2,000 pcs", "CN", 500, 2000, 180000, "EUR")], "refurbished phones"),
    ("import", "road", "CH", "DE", None, [("280440", "Medical oxygen, 40 l cylinders, 150 pcs", "CH", 1200, 150, 4000, "EUR")], "oxygen at 8 kg a cylinder"),
    ("import", "road", "CZ", "AT", None, [("280421", "Argon 4.6, 50 l steel cylinders, returnable, 100 pcs", "CZ", 1500, 100, 3000, "EUR")], "argon at 15 kg a cylinder"),
    ("import", "sea", "CN", "DE", None, [("851310", "HFO-1234ze air duster, 400 ml cans, 10,000 pcs", "CN", 3500, 10000, 30000, "USD")], "HFO duster, named"),
    ("import", "sea", "KR", "IT", None, [("290110", "n-Pentane 98 %, 200 l drums, 80 drums", "KR", 10000, 80, 16000, "USD")], "pentane at 125 kg a drum"),
    ("import", "sea", "US", "GR", None, [("291411", "Acetone, 200 l drums, 40 drums", "US", 6300, 40, 7000, "USD")], "acetone at 158 kg a drum"),
    ("import", "sea", "US", "PL", None, [("290359", "HFO-1234yf refrigerant, 5 kg cylinders, 400 pcs", "US", 2000, 400, 120000, "USD")], "HFO-1234yf at 60 USD/kg"),
    ("import", "sea", "CN", "PT", None, [("841510", "Split air conditioners R32, pre-charged, 200 sets", "CN", 8000, 200, 44000, "USD")], "pre-charged split units"),
    ("import", "air", "CA", "DE", None, [("160432", "Salmon roe (ikura), frozen, 500 g trays", "CA", 2000, None, 110000, "USD")], "salmon roe at 55 USD/kg"),
    ("import", "road", "LT", "PL", None, [("160432", "Ikra z pstrąga, słoiki 100 g", "LT", 500, 5000, 20000, "EUR")], "trout roe at 40 EUR/kg"),
    ("import", "sea", "BR", "IT", None, [("410799", "Bovine leather, embossed python print, whole hides", "BR", 3000, None, 40000, "USD")], "reptile-print cowhide"),
    ("import", "air", "CN", "DE", None, [("300490", "Traditional Chinese herbal tablets, plant ingredients only", "CN", 200, None, 4000, "USD")], "plant-only tablets"),
    ("import", "sea", "CM", "FR", None, [("440791", "Sawn oak", "FR", 20000, None, 12000, "EUR")], "sawn timber"),
    ("import", "sea", "US", "DE", None, [("440391", "Oak logs, white oak, veneer grade", "US", 30000, None, 24000, "USD")], "US oak logs"),
    ("import", "road", "PL", "DE", None, [("040711", "Hatching eggs, broiler, 150,000 pcs", "PL", 9000, 150000, 40000, "EUR")], "hatching eggs"),
    ("import", "sea", "ID", "DE", None, [("050800", "Cockle shells, polished, craft", "ID", 6000, None, 9000, "USD")], "cockle shells"),
    ("import", "sea", "PH", "ES", None, [("050800", "Capiz shells, 20,000 pcs", "PH", 1000, 20000, 3000, "USD")], "capiz shells at 50 g each"),
    ("import", "sea", "KR", "DE", None, [("121120", "Korean red ginseng roots, cultivated, 6 years", "KR", 1000, None, 60000, "USD")], "Panax ginseng, cultivated"),
    ("import", "sea", "IN", "FR", None, [("121190", "Dried chamomile flowers for infusion", "EG", 5000, None, 17000, "EUR")], "chamomile"),
    ("export", "air", "GB", "CN", None, [("960190", "Carved buffalo horn combs, 500 pcs", "IN", 30, 500, 1500, "GBP")], "buffalo horn combs"),
    ("export", "sea", "CI", "VN", None, [("080131", "Raw cashew nuts in shell, 80 kg bags", "CI", 25000, None, 30000, "USD")], "cashew by sea"),
    ("import", "air", "TH", "DE", None, [("030111", "Ornamental tropical fish, assorted, boxes", "TH", 400, 8000, 6000, "USD")], "tropical fish at 15 USD/kg"),
    ("import", "air", "JP", "NL", None, [("030111", "Nishikigoi koi, individually bagged, 10 pcs", "JP", 20, 10, 15000, "EUR")], "Japanese koi, dear"),
]

PERMITTED = [
    ("export", "sea", "IS", "NO", None, [("380190", "Spent pot lining from relining, for treatment", "IS", 20000, None, 0, "EUR", [("BASEL_CONSENT", "IS-NO-2026-11")])], (W, "SPL with Basel consent")),
    ("import", "sea", "TR", "DE", None, [("290371", "HCFC-22 recovered for destruction, refillable recovery cylinders", "TR", 2000, 40, 100, "EUR", [("ODS_LICENCE", "DE-ODS-26-0091")])], (O, "HCFC-22 for destruction with licence")),
    ("import", "air", "MG", "FR", None, [("121190", "Prunus africana bark, dried", "MG", 5000, None, 9000, "EUR", [("CITES_PERMIT", "MG-26-0412")])], (L, "pygeum with CITES permit")),
    ("import", "air", "ID", "DE", None, [("030111", "Asian arowana, captive bred, microchipped, 20 pcs", "ID", 30, 20, 8000, "USD", [("CITES_PERMIT", "ID-26-1187")])], (L, "arowana with CITES permit")),
    ("import", "sea", "ID", "NL", None, [("050800", "Tridacna shells, maricultured, 30 pcs", "ID", 200, 30, 900, "USD", [("CITES_PERMIT", "ID-26-2201")])], (L, "giant clam with permit")),
]


def write(name, rows):
    base.write_rows(os.path.join(HERE, name), rows)


write("dev6-a-disguised.ndjson", [row("disguised", i, "D6A-%02d" % (i + 1), *r) for i, r in enumerate(DISGUISED)])
write("dev6-a-ordinary.ndjson", [row("ordinary", i, "D6A-ORD-%02d" % (i + 1), *r) for i, r in enumerate(ORDINARY)])
write("dev6-a-permitted.ndjson", [row("permitted", i, "D6A-PRM-%02d" % (i + 1), *r) for i, r in enumerate(PERMITTED)])
