#!/usr/bin/env python3
"""Writes tests/risk/data/dev7-b-{disguised,ordinary,permitted}.ndjson: development probes of
the waste, ozone and wildlife round seven (docs/profile-packs.md). Each disguise family is
named from the fifth blind set's misses or from enforcement guidance; the rows are worded
differently from blind5's and were written before the rules were run on them."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = ["2027-03-%02d" % d for d in range(1, 29)]

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

PRIVATE = {"consignee_name": "Private person"}


def row(kind, i, did, flow, mode, dep, dest, transit, items, extra, header=None):
    return base.probe_row(kind, i, did, flow, mode, dep, dest, transit, items, extra, DATE, 7, header)


W, O, L = "waste", "ozone", "wildlife"
HG = "metallic mercury by another name or in its trade flask"
SLAG = "salt slag and black dross as a metal concentrate"
WOOD = "treated wood waste (creosote, CCA) as timber"
BULKY = "bulky household waste as second-hand goods"
SOIL = "contaminated soil and dredged sludge as earth, sand or fertiliser"
PV = "end-of-life solar panels as used modules"
FK = "an HFC declared as a non-HFC fire or cleaning fluid at an HFC price"
ODSN = "a banned ODS by its chemical name in another language"
NOV = "novelty aerosols and air horns charged with an HFC"
FRZ = "technical aerosols (freeze, dust, tyre sprays) with an HFC behind an 'ozone-friendly' claim"
HARD = "CITES hard materials (casque, ivory, tortoiseshell, coral) as resin or imitation at the real material's price"
RAPT = "falcons declared as pigeons or other birds"
SONG = "protected songbirds as quail or small game, by mass per bird"
DRY = "dried geckos, lizards and seahorses for medicine under generic codes"
FIB = "vicuna and shahtoosh as alpaca, wool or pashmina at their price"
TOY = "live reptiles posted inside toys or clothing (mass per piece)"
BULB = "wild-collected CITES bulbs and tubers (Galanthus, Sternbergia, Cyclamen, salep orchids)"
PLN = "CITES medicinal plants by their Arabic, Persian or Hindi names"

# (flow, mode, dep, dest, transit, items, (domain, family, note)[, header])
# item: (hs, description, origin, mass, qty, value, currency[, docs])
DISGUISED = [
    # waste: mercury
    ("export", "sea", "ES", "PE", ["PA"], [("280540", "Azogue, frascos de hierro de 34,5 kg, 60 frascos, uso industrial", "ES", 2070, 60, 70000, "USD")], (W, HG, "mercury by its old Spanish name in 76 lb flasks to Peru (artisanal gold)")),
    ("export", "air", "DE", "GH", None, [("382499", "Quecksilber-Reagenz, technisch, Stahlflaschen à 34,5 kg, 10 Stück", "DE", 345, 10, 15000, "EUR")], (W, HG, "mercury as a 'reagent' under 3824, German wording, in flasks, to Ghana")),
    ("export", "sea", "NL", "ID", ["SG"], [("811299", "Dense liquid metal for barometers, 99.99 %, 2.5 l iron bottles, 30 bottles", "NL", 1020, 30, 36000, "USD")], (W, HG, "34 kg per 2.5 l bottle is mercury (density 13.5), not gallium; to Indonesia")),
    # waste: salt slag, black dross
    ("export", "sea", "DE", "TR", None, [("262040", "Aluminium-Salzschlacke, Krätze, in Big Bags", "DE", 24000, None, 1200, "EUR")], (W, SLAG, "salt slag by its German name")),
    ("export", "sea", "ES", "VN", None, [("760200", "Concentrado de aluminio, escoria negra de horno rotativo", "ES", 26000, None, 2600, "USD")], (W, SLAG, "black dross as aluminium concentrate under the scrap code")),
    ("export", "sea", "FR", "IN", None, [("260600", "Aluminium concentrate, secondary, granulated, 40 % Al", "FR", 25000, None, 2500, "EUR")], (W, SLAG, "an 'aluminium concentrate' from France at 0.10/kg: no aluminium ore is mined in France")),
    # waste: treated wood
    ("export", "sea", "DE", "NG", None, [("440699", "Gebrauchte Bahnschwellen aus Holz, teerölimprägniert, 600 Stück", "DE", 42000, 600, 2400, "EUR")], (W, WOOD, "used tar-oil (creosote) railway sleepers to Lagos")),
    ("export", "sea", "GB", "GH", None, [("440399", "Reclaimed telegraph poles, treated, for fencing, 300 pcs", "GB", 30000, 300, 1500, "GBP")], (W, WOOD, "treated utility poles (creosote or CCA) taken out of service")),
    ("export", "road", "FR", "MA", ["ES"], [("441899", "Traverses SNCF de réemploi, bois traité, lot de 500", "FR", 35000, 500, 2000, "EUR")], (W, WOOD, "used treated railway sleepers to Morocco, French wording")),
    # waste: bulky household waste
    ("export", "sea", "NL", "NG", None, [("940421", "Tweedehands matrassen, ongesorteerd, geperst, 900 stuks", "NL", 18000, 900, 900, "EUR")], (W, BULKY, "unsorted baled mattresses at 1 EUR each")),
    ("export", "sea", "BE", "CM", None, [("940360", "Meubles d'occasion en l'état, tout venant, chargement vrac", "BE", 12000, None, 600, "EUR")], (W, BULKY, "bulky-waste furniture 'as is' at 0.05 EUR/kg")),
    ("export", "sea", "GB", "PK", None, [("570500", "Used carpets and rugs, mixed, baled, unsorted", "GB", 22000, None, 1100, "GBP")], (W, BULKY, "carpet waste from collection baled as used carpets")),
    # waste: contaminated soil, sludge
    ("export", "sea", "IT", "AL", None, [("253090", "Terre da bonifica sito industriale, per riempimenti", "IT", 28000, None, 280, "EUR")], (W, SOIL, "soil from remediation of an industrial site as fill")),
    ("export", "sea", "NL", "GH", None, [("310100", "Gedroogd baggerslib, organische bodemverbeteraar", "NL", 26000, None, 500, "EUR")], (W, SOIL, "dried dredging sludge as organic soil improver")),
    # waste: PV panels
    ("export", "sea", "DE", "NG", None, [("854143", "Gebrauchte Solarmodule, teilweise gebrochen, 800 Stück", "DE", 16000, 800, 4000, "EUR")], (W, PV, "partly broken used PV modules at 5 EUR each")),
    ("export", "sea", "IT", "SN", None, [("854143", "Pannelli fotovoltaici usati, non testati, 1.200 pz", "IT", 24000, 1200, 3600, "EUR")], (W, PV, "untested used PV panels at 3 EUR each")),
    # ozone: FK / non-HFC names at an HFC price
    ("import", "sea", "CN", "IT", None, [("291479", "Fluido estinguente fluorochetone (Novec 1230 equivalente), bombole 120 kg, 40 pz", "CN", 4800, 40, 33600, "USD")], (O, FK, "an HFC as a fluoroketone at 7 USD/kg, Italian wording")),
    ("import", "sea", "IN", "PL", None, [("382499", "Dodecafluoro-2-methylpentan-3-one, clean agent, 200 kg drums", "IN", 4000, 20, 24000, "USD")], (O, FK, "FK-5-1-12 by its chemical name at 6 USD/kg")),
    ("import", "road", "TR", "BG", None, [("290919", "Hydrofluoroether cleaning fluid HFE-7100 type, 250 kg drums", "TR", 5000, 20, 30000, "EUR")], (O, FK, "an HFC solvent as a hydrofluoroether at 6 EUR/kg")),
    # ozone: ODS chemical names in other languages
    ("import", "sea", "CN", "DE", None, [("290369", "Bromchlormethan 99,5 %, Zwischenprodukt, 250-kg-Fässer", "CN", 5000, 20, 20000, "USD")], (O, ODSN, "halon 1011 in German")),
    ("import", "sea", "IN", "PT", None, [("290389", "Bromoclorometano técnico, solvente, tambores de 300 kg", "IN", 6000, 20, 24000, "USD")], (O, ODSN, "halon 1011 in Portuguese as a solvent")),
    ("import", "sea", "CN", "RO", None, [("290319", "Dibromotetrafluoroetan pentru stingătoare, butelii", "CN", 1200, 30, 30000, "USD")], (O, ODSN, "halon 2402 by its Romanian chemical name")),
    # ozone: novelty aerosols, horns
    ("import", "sea", "CN", "FR", None, [("950590", "Cornes de supporter à gaz avec recharges 400 ml, 10 000 pièces", "CN", 3500, 10000, 6000, "USD")], (O, NOV, "gas horns with liquefied-gas refills")),
    ("import", "sea", "CN", "DE", None, [("950590", "Partyspray Luftschlangen-Spray, 250 ml, 48.000 Dosen", "CN", 9600, 48000, 12000, "USD")], (O, NOV, "party string aerosols (novelty aerosol)")),
    ("import", "sea", "CN", "NL", None, [("340590", "Snow spray for Christmas windows, 300 ml, ozone friendly propellant, 20,000 cans", "CN", 5000, 20000, 8000, "USD")], (O, NOV, "artificial snow with an 'ozone friendly' propellant")),
    # ozone: technical aerosols with HFC
    ("import", "sea", "CN", "PL", None, [("381400", "Kältespray für Elektronik, FCKW-frei, 400 ml, 12.000 Dosen", "CN", 4800, 12000, 9000, "EUR")], (O, FRZ, "freeze spray 'CFC free', HFC-134a")),
    ("import", "sea", "TR", "GR", None, [("340399", "Spray de refroidissement et dépoussiérant, gaz ininflammable, 500 ml", "TR", 6000, 15000, 9000, "EUR")], (O, FRZ, "non-flammable cooling and dust spray: HFC")),
    ("import", "air", "CN", "HU", None, [("321490", "Tyre inflator and puncture sealant, ozone safe gas, 450 ml, 8,000 cans", "CN", 3600, 8000, 6000, "USD")], (O, FRZ, "tyre inflators with an 'ozone safe' (HFC-134a) gas")),
    # wildlife: hard materials as resin
    ("import", "post", "MY", "FR", None, [("711719", "Perles en résine rouge et jaune, sculptées à la main, 40 pièces", "MY", 0.5, 40, 1400, "EUR")], (L, HARD, "hornbill casque carvings as resin beads at 35 EUR each"), PRIVATE),
    ("import", "express", "HK", "DE", None, [("960200", "Imitation ivory carved netsuke, resin, 6 pcs", "HK", 0.6, 6, 2400, "USD")], (L, HARD, "ivory netsuke as 'imitation ivory' at 4,000 USD/kg"), PRIVATE),
    ("import", "post", "ID", "IT", None, [("392690", "Faux tortoiseshell bangles, acrylic, handmade, 10 pcs", "ID", 0.4, 10, 600, "USD")], (L, HARD, "hawksbill shell bangles as acrylic at 1,500 USD/kg"), PRIVATE),
    # wildlife: falcons
    ("export", "air", "GB", "AE", None, [("010639", "Live birds, large pigeons, hooded, crated individually, 6 pcs", "GB", 7.2, 6, 36000, "GBP")], (L, RAPT, "pigeons of 1.2 kg each, hooded, to Dubai")),
    ("export", "air", "MN", "KW", None, [("010639", "Live wild birds, saker type, for breeding, 4 pcs", "MN", 5, 4, 80000, "USD")], (L, RAPT, "saker falcons named by type as 'wild birds'")),
    ("export", "air", "DE", "SA", None, [("010632", "Pombos vivos com caparão e anilhas de couro, 5 unid.", "DE", 5.5, 5, 25000, "EUR")], (L, RAPT, "birds with hoods and leather anklets (falconry jesses), Portuguese wording")),
    # wildlife: songbirds
    ("import", "road", "AL", "IT", ["ME", "HR", "SI"], [("020890", "Selvaggina da piuma congelata, piccoli uccelli, 8.000 pz", "AL", 240, 8000, 3200, "EUR")], (L, SONG, "'small feathered game' at 30 g a bird")),
    ("import", "road", "EG", "CY", None, [("020890", "Frozen quails, cleaned, 12,000 birds", "EG", 420, 12000, 3000, "EUR")], (L, SONG, "quail at 35 g a bird: blackcaps and other songbirds (ambelopoulia)")),
    # wildlife: dried reptiles, seahorses
    ("import", "air", "VN", "FR", None, [("030559", "Poisson séché, hippocampes, usage médicinal, 15 kg", "VN", 15, None, 3000, "EUR")], (L, DRY, "dried seahorses (CITES II) as dried fish")),
    ("import", "post", "CN", "DE", None, [("121190", "Ge Jie 蛤蚧, getrocknete Echsen, TCM, 200 Paar", "CN", 6, 400, 900, "EUR")], (L, DRY, "tokay geckos by their TCM name")),
    ("import", "air", "TH", "NL", None, [("051199", "Dried reptile, whole, on sticks, for soup, 1,500 pcs", "TH", 22, 1500, 1200, "USD")], (L, DRY, "dried geckos as 'reptile for soup'")),
    # wildlife: vicuna, shahtoosh
    ("import", "air", "BO", "GB", None, [("510539", "Fine llama fibre, dehaired, 30 kg", "BO", 30, None, 18000, "USD")], (L, FIB, "vicuna as llama fibre at 600 USD/kg")),
    ("import", "air", "AR", "IT", None, [("510111", "Lana fina di camelide, sucida, 80 kg", "AR", 80, None, 28000, "USD")], (L, FIB, "vicuna or guanaco as 'camelid wool' at 350 USD/kg")),
    ("import", "post", "IN", "FR", None, [("621420", "Pashmina ring shawl, natural, 2 pcs", "IN", 0.3, 2, 9000, "EUR")], (L, FIB, "shahtoosh as pashmina ring shawls at 4,500 EUR each"), PRIVATE),
    # wildlife: live reptiles in toys
    ("import", "post", "AU", "DE", None, [("950300", "Plush toys, mini, 3 pcs, gift", "AU", 1.8, 3, 25, "AUD")], (L, TOY, "600 g 'mini plush toys' from Australia: live skinks")),
    ("import", "express", "MG", "FR", None, [("611599", "Chaussettes, 5 paires, cadeau", "MG", 2.0, 5, 15, "EUR")], (L, TOY, "socks at 400 g a pair from Madagascar: tortoises or chameleons"), PRIVATE),
    # wildlife: bulbs and tubers
    ("import", "road", "GE", "NL", ["TR", "BG", "RO", "HU", "AT", "DE"], [("060110", "Flower bulbs, snowdrops, wild type, mixed sizes, 400,000 pcs", "GE", 2000, 400000, 20000, "EUR")], (L, BULB, "Galanthus woronowii from Georgia by the common name")),
    ("import", "road", "TR", "DE", ["BG", "RO", "HU", "AT"], [("060110", "Blumenzwiebeln Sternbergia lutea und Cyclamen coum Knollen, 50.000 Stk", "TR", 600, 50000, 6000, "EUR")], (L, BULB, "Sternbergia and wild cyclamen tubers")),
    ("import", "sea", "IR", "DE", ["TR"], [("121190", "Salep, dried orchid tubers, ground, 500 kg", "IR", 500, None, 25000, "EUR")], (L, BULB, "salep (wild orchid tubers, CITES II)")),
    # wildlife: plant names in other languages
    ("import", "air", "AE", "GB", None, [("121190", "Kust hindi (qist) root powder, 25 kg", "IN", 25, None, 500, "GBP")], (L, PLN, "costus by its Arabic trade name in Latin letters")),
    ("import", "post", "SA", "BE", None, [("121190", "القسط الهندي بودرة 5 كغ", "IN", 5, None, 90, "EUR")], (L, PLN, "costus in Arabic script only"), PRIVATE),
]

ORDINARY = [
    ("export", "air", "DE", "US", None, [("811292", "Gallium 99.99 %, liquid metal, 1 kg bottles, 20 pcs", "DE", 20, 20, 8000, "EUR")], "gallium in 1 kg bottles"),
    ("export", "sea", "DE", "TR", None, [("262040", "Aluminium skimmings, salt-free, from die casting", "DE", 20000, None, 9000, "EUR")], "aluminium skimmings (B1100) at 0.45 EUR/kg"),
    ("import", "sea", "GN", "DE", None, [("260600", "Bauxite, metallurgical grade", "GN", 50000, None, 3000, "USD")], "bauxite"),
    ("export", "road", "PL", "DE", None, [("440691", "New oak railway sleepers, untreated, 2.6 m, 300 pcs", "PL", 24000, 300, 18000, "EUR")], "new untreated sleepers"),
    ("export", "sea", "DE", "GH", None, [("940421", "New pocket-sprung mattresses, wrapped, 400 pcs", "DE", 10000, 400, 60000, "EUR")], "new mattresses"),
    ("export", "sea", "BE", "CM", None, [("940360", "Used office furniture, sorted, tested, desks and cabinets", "BE", 10000, None, 12000, "EUR")], "sorted used furniture at 1.20 EUR/kg"),
    ("export", "sea", "NL", "AE", None, [("250510", "Washed silica sand, 0-2 mm", "NL", 25000, None, 1500, "EUR")], "sand"),
    ("export", "sea", "DE", "NG", None, [("854143", "Solar PV modules, new, 410 W, 600 pcs", "DE", 13000, 600, 54000, "EUR")], "new PV modules"),
    ("import", "sea", "US", "IT", None, [("291479", "FK-5-1-12 fluoroketone fire protection fluid, 300 kg drums", "US", 9000, 30, 360000, "USD")], "FK-5-1-12 at 40 USD/kg in drums"),
    ("import", "sea", "US", "DE", None, [("382499", "Novec 7100 engineered fluid, 15 kg pails", "US", 600, 40, 36000, "USD")], "HFE at its price"),
    ("import", "sea", "CN", "DE", None, [("290369", "1-Bromo-3-chloropropane 99 %, 250 kg drums", "CN", 5000, 20, 15000, "USD")], "bromochloropropane, not controlled"),
    ("import", "sea", "CN", "FR", None, [("920890", "Trompes de supporter à pompe manuelle, sans gaz, 5 000 pièces", "CN", 1500, 5000, 4000, "USD")], "hand-pump horns, no gas"),
    ("import", "sea", "CN", "NL", None, [("381400", "Freeze spray HFO-1234ze, 400 ml, 6,000 cans", "CN", 2400, 6000, 12000, "USD")], "freeze spray with HFO named"),
    ("import", "sea", "CN", "DE", None, [("950590", "Christmas decorations, plastic baubles, 20,000 pcs", "CN", 4000, 20000, 8000, "USD")], "baubles"),
    ("import", "post", "CN", "FR", None, [("392690", "Resin beads, assorted colours, 500 pcs", "CN", 0.5, 500, 8, "EUR")], "cheap resin beads", PRIVATE),
    ("import", "post", "LT", "DE", None, [("711719", "Baltic amber beads, polished, 20 pcs", "LT", 0.1, 20, 120, "EUR")], "amber beads"),
    ("export", "air", "BE", "CN", None, [("010639", "Racing pigeons, ringed, pedigree, 20 pcs", "BE", 10, 20, 15000, "EUR")], "racing pigeons at 750 EUR each"),
    ("import", "road", "UA", "PL", None, [("020890", "Frozen quail, whole, 8-bird trays, 40,000 birds", "UA", 7200, 40000, 28000, "EUR")], "quail at 180 g"),
    ("import", "air", "VN", "FR", None, [("030559", "Poisson séché, anchois, 500 kg", "VN", 500, None, 3000, "EUR")], "dried anchovies"),
    ("import", "sea", "PE", "IT", None, [("510539", "Alpaca tops, combed, superfine", "PE", 4000, None, 60000, "USD")], "alpaca tops at 15 USD/kg"),
    ("import", "air", "IN", "FR", None, [("621420", "Cashmere shawls, woven, 200 pcs", "IN", 50, 200, 16000, "EUR")], "cashmere shawls at 80 EUR each"),
    ("import", "post", "CN", "DE", None, [("950300", "Plush toys, large, 2 pcs", "CN", 0.8, 2, 20, "EUR")], "two plush toys of 400 g", PRIVATE),
    ("import", "road", "NL", "DE", None, [("060110", "Tulip bulbs, size 12/+, 200,000 pcs", "NL", 4000, 200000, 16000, "EUR")], "tulip bulbs"),
    ("import", "road", "NL", "GB", None, [("060290", "Cyclamen persicum pot plants, cultivars, 5,000 pcs", "NL", 2500, 5000, 7500, "EUR")], "cyclamen persicum cultivars are exempt"),
    ("import", "sea", "TR", "DE", None, [("210690", "Instant salep drink powder with milk and sugar, 10,000 packs", "TR", 2000, 10000, 6000, "EUR")], "salep drink mix"),
    ("import", "air", "AE", "GB", None, [("090999", "Habbat al barakah (black seed), whole, 25 kg", "IN", 25, None, 150, "GBP")], "black seed"),
]

PERMITTED = [
    ("export", "sea", "NL", "DE", None, [("280540", "Waste metallic mercury in 34.5 kg flasks, for permanent storage", "NL", 1380, 40, 0, "EUR", [("BASEL_CONSENT", "NL-DE-27-0031")])], (W, "waste mercury with Basel consent")),
    ("import", "sea", "CN", "IT", None, [("290346", "HFC-227ea clean agent, superpressurised cylinders, 40 pcs", "CN", 4000, 40, 60000, "USD", [("FGAS_QUOTA", "IT-FG-27-118")])], (O, "HFC-227ea under quota")),
    ("export", "air", "GB", "AE", None, [("010631", "Captive-bred peregrine falcons, ringed, hooded, 4 pcs", "GB", 4, 4, 20000, "GBP", [("CITES_PERMIT", "GB-27-0452")])], (L, "falcons with CITES permit")),
    ("import", "road", "TR", "NL", ["BG", "RO", "HU", "AT", "DE"], [("060110", "Galanthus elwesii bulbs, quota 2027, 200,000 pcs", "TR", 1200, 200000, 12000, "EUR", [("CITES_PERMIT", "TR-27-0771")])], (L, "snowdrops under the Turkish quota")),
    ("import", "air", "PE", "IT", None, [("510219", "Vicuña fibre, greasy, marca VICUÑA PERU", "PE", 100, None, 45000, "USD", [("CITES_PERMIT", "PE-27-0102")])], (L, "vicuña with permit")),
]


def write(name, rows):
    base.write_rows(os.path.join(HERE, name), rows)


def build(kind, prefix, rows):
    return [row(kind, i, "%s-%02d" % (prefix, i + 1), *r[:7], *(r[7:] or [None])) for i, r in enumerate(rows)]


write("dev7-b-disguised.ndjson", build("disguised", "D7B", DISGUISED))
write("dev7-b-ordinary.ndjson", build("ordinary", "D7B-ORD", ORDINARY))
write("dev7-b-permitted.ndjson", build("permitted", "D7B-PRM", PERMITTED))
