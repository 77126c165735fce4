#!/usr/bin/env python3
"""Writes the two-hundred-and-fifth blind set (tests/risk/data/blind205-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2060, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: forestry, sawmills and the
timber trade (loggers and forestry contractors, sawmills and kilns, veneer, plywood,
particleboard and furniture mills, timber merchants and reclaimed-wood dealers, tonewood
suppliers, wood-pellet and charcoal makers, and the chemicals, machines and fuels they buy).
Written by a person who had not read the profile packs (nor any rule file) and had not
run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table; so are wood in the rough, sawn tropical timber and other goods that
travel with a plant-health certificate or a FLEGT or CITES document. Disguised rows carry
a consignee name only where a real declaration would. Ids are BL205-*:

    python3 tests/risk/data/make_blind205_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "JP", [], "DE", "380700",
         "木酢液（炭焼き窯製）原液 1L × 4本", "JP", 7.4, 4, 6800, "JPY",
         "wood vinegar from a charcoal kiln is a brown, smoky, sour liquid of about 1.01 kg/l that smells of a "
         "bonfire; these four bottles hold a colourless, oily, odourless liquid of 1.84 kg/l that chars a matchstick "
         "and grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), posted from a Kōchi "
         "charcoal burner's web shop to a private person in Kassel; Japanese wording (sulphuric acid repeats in many "
         "sets under syrup and vinegar-like labels; a wood-vinegar (mokusakueki) label was found in no earlier row by "
         "a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "SEROAD01", "road", "NO", [], "SE", "310210",
         "Urea til stubbebehandling mot rotkjuke, 25 kg sekker, 640 sekker", "NO", 16000, 640, 5100, "EUR",
         "urea for treating fresh spruce stumps against Heterobasidion root rot is sold as a dyed solution or as "
         "white prills that smell faintly of ammonia only with lime; these prills test at 34 % N with half of it as "
         "nitrate, melt and fume on a hot plate and the inner liners read 'NH4NO3', for a Värmland forestry-supply "
         "shop that sells to private forest owners: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, on a lorry at Morokulien; Norwegian wording (ammonium nitrate repeats in many sets "
         "and urea labels in several; a stump-treatment label for root rot was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Skogsförnödenheter AB", "SE")),
        ("PRE-03", "import", "SEPOST01", "post", "CA", [], "SE", "283524",
         "Tree-planting starter fertilizer, mono-potassium phosphate (MKP), 4 x 1 kg", "CA", 4.2, 4, 60, "CAD",
         "MKP starter fertiliser for conifer seedlings is a white, crystalline, acid-tasting salt that dissolves "
         "with little change of temperature; these four bags hold a white powder that draws damp, stays neutral on a "
         "pH strip, flares brightly mixed with sugar, and the inner bags give CAS 7601-89-0: sodium perchlorate "
         "(Annex I above 40 %), posted from a British Columbia tree-planting supplier to a private forest owner in "
         "Umeå; Canadian English wording (sodium perchlorate repeats in many sets; a tree-planting-fertiliser label "
         "was found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "271012",
         "Alkilatni benzin za motorne pile i trimere, 2T, kanistri 5 l, 120 kom.", "BA", 680, 120, 2400, "EUR",
         "alkylate two-stroke petrol for chainsaws is a water-clear, almost odourless fuel of 0.70 kg/l that floats "
         "on water; these 5 l cans hold a liquid of 1.14 kg/l that sinks in water, smells faintly fruity, and the "
         "drum in the van's back reads 'CH3NO2', for a Slavonski Brod forestry-tool shop that sells to loggers and "
         "the public: nitromethane (Annex I above 16 %) made available to members of the public, at Stara Gradiška; "
         "Bosnian wording (nitromethane repeats in many sets under fuel labels; an alkylate chainsaw-fuel label was "
         "found in no earlier row by a keyword search)", firm("Vega Šumarska Oprema d.o.o.", "HR")),
        ("PRE-05", "import", "ATPOST01", "post", "CH", [], "AT", "281420",
         "Salmiakgeist 25 % zum Räuchern von Eichenholz, 3 x 1 l", "CH", 4.2, 3, 45, "CHF",
         "25 % ammonia for fuming oak is a clear liquid of 0.91 kg/l whose smell makes the eyes water at once; these "
         "three bottles hold a liquid of 1.40 kg/l that smells sharp and acid rather than of ammonia, gives off "
         "brown fumes in the neck, yellows the skin and eats a copper coin: about 65 % nitric acid (Annex I above "
         "3 %), posted from a Basel restorers' supplier to a private furniture restorer in Graz; Swiss German "
         "wording (nitric acid repeats in many sets; an oak-fuming ammonia label was found in no earlier row by a "
         "keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-06", "import", "GRROAD01", "road", "AL", ["MK"], "GR", "283919",
         "Xham i lëngshëm për impregnimin e drurit dhe trarëve, bidonë 10 l, 300 copë", "AL", 3600, 300, 1500, "EUR",
         "liquid glass for impregnating beams is a syrupy, slippery, alkaline sodium silicate of about 1.35 kg/l "
         "that dries to a glassy skin; these cans are vented, hold a water-thin liquid of 1.20 kg/l that foams on "
         "rust, whitens and stings the skin and stays neutral on a pH strip: about 50 % hydrogen peroxide (Annex I "
         "above 12 %), for a Thessaloniki DIY web shop that sells to the public, by road from Korçë through North "
         "Macedonia; Albanian wording (hydrogen peroxide repeats in many sets and water-glass labels in a few, on "
         "peroxide and other goods; a timber-impregnation label was found in no earlier row by a keyword search)",
         firm("Delta Oikodomika AE", "GR")),
        ("PRE-07", "import", "GRROAD01", "road", "MK", [], "GR", "310430",
         "Калиум сулфат за расадници на шумски садници, вреќи 25 кг, 240 вреќи", "MK", 6000, 240, 2900, "EUR",
         "potassium sulphate for forest-tree nurseries is a white, slightly bitter, poorly soluble powder that does "
         "nothing on a hot plate; these sacks hold a similar powder that is heavier in the hand, flares violet-white "
         "mixed with sugar on a hot plate, and the inner liners read 'KClO4', for a Drama garden-and-forestry centre "
         "that resells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) made available to members "
         "of the public, at Evzonoi; Macedonian wording (potassium perchlorate repeats in many sets; a forest-nursery "
         "potash label was found in no earlier row by a keyword search)", firm("Orion Georgika AE", "GR")),
        ("PRE-08", "import", "IEROAD01", "road", "GB", [], "IE", "291711",
         "Oxalic acid wood bleach crystals, for decking and log cabins, 1 kg tubs, 600 tubs", "GB", 620, 600, 3000,
         "GBP",
         "oxalic acid wood bleach is a colourless, prismatic, strongly acid crystal that a timber merchant sells to "
         "lift iron stains from oak; these tubs hold crystals that give no acid reaction, taste cool and salty, draw "
         "damp and crackle and flare yellow on a gas ring, and the drum labels on the same lorry give CAS 7775-09-9, "
         "for a Cork timber merchant's trade counter that sells to the public: sodium chlorate (Annex I above 40 %) "
         "made available to members of the public, on a lorry from Wales via the Holyhead ferry; British English "
         "wording (sodium chlorate repeats in many sets, an oxalic-acid wood-bleach label once, blind76, and varroa "
         "oxalic acid in blind55; kept as a repeat of the label, a Cork timber merchant's trade counter by road from "
         "Wales is the new part as far as a search found)",
         firm("Atlantic Timber Supplies Ltd", "IE")),
        ("PRE-09", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Засіб для чищення димоходів пелетних котлів, порошок, 1 кг, 500 пакетів", "UA", 520, 500, 1100, "EUR",
         "soot remover for pellet boilers is a grey-brown, salty powder that smells of copper salts and is thrown "
         "on the embers; these packs hold shiny white crystals that spit violet sparks on a hot iron, are tasteless "
         "and carry CAS 3811-04-9 on the inner bags, for a Michalovce stove-and-pellet dealer that sells to the "
         "public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, at Vyšné "
         "Nemecké; Ukrainian wording (potassium chlorate repeats in many sets and soot-remover labels in a few; a "
         "pellet-boiler soot-remover label by road from Ukraine is the new part as far as a search found)",
         firm("Horizon Kotly s.r.o.", "SK")),
        ("PRE-10", "import", "GRROAD01", "road", "TR", [], "GR", "820240",
         "Motorlu testere zinciri, 3/8\", 200 adet", "TR", 120, 200, 2400, "EUR",
         "a forestry-tool order for a Kavala chainsaw dealer: saw chains and guide bars are what Turkish makers "
         "sell, but the third item's 'biyolojik zincir yağı' is 400 l of a colourless, oily liquid of 1.84 kg/l in "
         "vented cans, not the amber, tacky vegetable oil of 0.92 kg/l that chain oil is, that chars wood and "
         "grows hot with water: about 96 % sulphuric acid (Annex I above 15 %) for resale to the public, hidden as "
         "the last item of a three-item declaration, on a lorry at Kipoi; Turkish wording (sulphuric acid repeats "
         "in many sets and chain oil twice, on waste oils; as bio chain oil behind saw chains is the new part as "
         "far as a search found)",
         dict(firm("Central Pristiria AE", "GR"),
              _more_items=[item("846791", "Motorlu testere kılavuz pala, 45 cm, 80 adet", "TR", 90, 1600, "EUR", qty=80),
                           item("271019", "Biyolojik zincir yağı, 5 l bidon, 80 adet", "TR", 736, 640, "EUR", qty=80)])),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MA", "440719",
         "Bois de Douglas d'occasion, sciages, pour palettes, 26 t", "FR", 26000, None, 1300, "EUR",
         "used Douglas-fir sawn timber for pallet making is clean, red-brown softwood with nail holes; these "
         "bundles are grey-green, slimy, salt-crusted lattice slats and fill timbers with a chemical smell that "
         "test for copper, chromium and arsenic, stripped out of a Lorraine power station's wooden cooling tower: "
         "preservative-treated wood waste (17 02 04*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Casablanca for a 'pallet maker'; French wording (treated wood repeats in many sets, as "
         "sleepers, vineyard stakes, firewood and chips; cooling-tower timber was found in no earlier row by a "
         "keyword search, where cooling towers appear only as asbestos-cement fill)", {"importer_country": "MA"}),
        ("WST-02", "export", "LVSEA01", "sea", "LV", [], "IN", "810197",
         "Volframa karbīda lūžņi, cietsakausējuma zāģu zobi, 12 t", "LV", 12000, None, 36000, "EUR",
         "tungsten-carbide scrap is solid, grey, heavy tips and inserts that a magnet barely lifts, a green-listed "
         "waste; these drums hold a black, wet, oily paste of carbide and cobalt fines, coolant and grinding-wheel "
         "grit with only a few broken saw tips on top, from Latvian sawmills' saw-sharpening shops: grinding sludge "
         "containing oil and cobalt (12 01 18*), hazardous waste whose export to a non-OECD country is banned, from "
         "Riga to Nhava Sheva; Latvian wording (grinding sludge repeats in a few sets and carbide tool tips once; "
         "saw-tooth carbide sludge under a carbide-scrap label is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "LTROAD01", "road", "LT", ["PL"], "UA", "320890",
         "Alkidinis gruntas, antrarūšis, statinės 200 l, 80 vnt.", "LT", 16000, 80, 1600, "EUR",
         "second-grade alkyd primer comes in sealed, labelled drums of one colour; these drums hold layered, "
         "skinned-over paint sludge, spray-booth scrapings, used thinner and rags from a Kaunas kitchen-furniture "
         "plant's lacquer lines, no two alike: waste paint and varnish with organic solvents (08 01 11*, 08 01 17*), "
         "hazardous waste whose export to a non-OECD country is banned, by road through Poland to a Lviv 'paint "
         "trader'; Lithuanian wording (paint and solvent wastes repeat in many sets under thinner and lacquer "
         "labels; kept as a repeat of the family, a furniture plant's sludge as alkyd primer is the new part as far "
         "as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "EG", "701790",
         "Gebrauchte Laborglaswaren, gereinigt, 240 Kisten", "DE", 4800, 240, 2400, "EUR",
         "used laboratory glassware for re-use is washed, packed in straw and empty; these crates hold stoppered "
         "flasks and bottles still full of old reagents (mercury salts, chloroform, sodium azide, wood-preservative "
         "test solutions), cleared out of a closed Göttingen forest-research institute's labs: laboratory chemicals "
         "consisting of or containing hazardous substances (16 05 06*), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Alexandria for a 'school supplier'; German wording (laboratory "
         "glassware appears in a few earlier rows on other goods; lab-chemical clear-outs as used glassware were "
         "found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "MZ", "843680",
         "Transportador florestal (forwarder) usado, 8 rodas, para peças, 1 unidade", "PT", 14000, 1, 9000, "EUR",
         "a used forwarder for parts is sold drained, with its tanks, hydraulics and batteries emptied; this burnt-"
         "out eucalyptus-plantation forwarder still holds some 400 l of hydraulic oil, diesel, gear oil and two "
         "cracked batteries, with oil dripping from the crane: an end-of-life vehicle containing hazardous "
         "substances (16 01 04*), hazardous waste whose export to a non-OECD country is banned, from Setúbal to "
         "Beira for a 'forestry contractor'; Portuguese wording (undrained vehicles repeat in many sets; a forestry "
         "forwarder was found in no earlier row by a keyword search)", {"importer_country": "MZ"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "390910",
         "Adeziv ureo-formaldehidic pentru PAL, IBC 1000 l, 22 buc.", "RO", 24000, 22, 2200, "EUR",
         "urea-formaldehyde glue for particleboard is a milky, free-flowing resin with a batch certificate and a "
         "shelf life of weeks; these IBCs hold a set, lumpy, grey sludge with chips and fibres in it that reeks of "
         "formaldehyde, scraped out of a Suceava particleboard mill's glue kitchen and blenders: waste adhesive "
         "containing dangerous substances (08 04 09*), hazardous waste whose export to a non-OECD country is banned, "
         "at Sculeni for a Bălţi 'furniture maker'; Romanian wording (a urea-formaldehyde good appears once, in "
         "blind195; resin sludge as UF glue was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
        ("WST-07", "export", "FISEA01", "sea", "FI", [], "ID", "390761",
         "PET-vannemurske, puhdas, kuitulaatu, 40 t", "FI", 40000, None, 6000, "EUR",
         "PET flake for fibre is washed, sorted, clear or green flakes of one size; these bales hold cut, "
         "unwashed strapping bands from sawn-timber packages, mixed with polypropylene strap, stretch film, "
         "bark, sand, staples and paper labels from a Kotka export sawmill's yard: mixed plastic waste (Y48, not "
         "B3011), whose export to a non-OECD country needs that country's consent and is banned without it, from "
         "Kotka to Surabaya for a 'fibre maker'; Finnish wording (plastic waste under flake and regrind labels "
         "repeats in many sets; timber-package strapping was found in no earlier row by a keyword search)",
         {"importer_country": "ID"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "282550",
         "Hydroxid meďnatý, technický, vrecia 25 kg, 20 t", "SK", 20000, 800, 8000, "EUR",
         "technical copper hydroxide is a fine, bright blue, uniform powder with a data sheet; these sacks hold a "
         "damp, blue-green to brown filter cake with wood fibres and a yellow chromate stain, from the effluent "
         "press of a Zvolen pole-impregnation plant: sludge containing copper, chromium and arsenic from wood "
         "preservation (03 02 02*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Hungary to a Subotica 'pigment maker'; Slovak wording (copper hydroxide appears once, in dev28-a; CCA "
         "impregnation sludge was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-09", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "380899",
         "Wood-preserving oil, heavy grade, ISO tanks, 2 x 20 t", "GB", 40000, None, 12000, "GBP",
         "a heavy wood-preserving oil is a new, branded product with a safety data sheet; these two ISO tanks hold a "
         "black, water-laden, sludgy creosote drained from the work tanks and sumps of a closed Scottish pole "
         "yard, with sediment and wood fibres: waste creosote and tank-bottom sludge (03 02 01*, 05 01 03*), "
         "hazardous waste whose export to a non-OECD country is banned, landed at Antwerp in transit from Grangemouth "
         "to Lagos for a 'pole treater'; British English wording (creosote repeats in many sets, mostly on "
         "sleepers; kept as a repeat of the good, a pole yard's sludge as preserving oil in transit through Antwerp "
         "is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "CM", "846591",
         "Begagnad bandsåg för stock, komplett med stockvagn, 1 st", "SE", 12000, 1, 30000, "EUR",
         "a used sawmill line for Douala: a log bandsaw and an edger are what Swedish mills sell to Cameroonian "
         "sawmills, but the third item's 'hydraulolja, 40 fat' is 8 t of black, water-laden, metal-flecked oil drained "
         "from a Dalarna mill's log deck and planer hydraulics, in leaking, mixed drums: waste mineral hydraulic "
         "oil (13 01 10*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item "
         "of a three-item declaration, from Gävle; Swedish wording (waste hydraulic oil repeats in many sets; behind "
         "a used sawmill line to Cameroon is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("846599", "Begagnad kantverk, 1 st", "SE", 6000, 12000, "EUR", qty=1),
                           item("271019", "Hydraulolja, 40 fat", "SE", 8000, 800, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "IESEA01", "sea", "CA", [], "IE", "841939",
         "Used dehumidification lumber kiln, 40 MBF, complete with compressors, 1 unit", "CA", 9000, 1, 45000, "CAD",
         "a dehumidification lumber kiln for import into the Union today runs on a hydrocarbon or CO2 heat pump "
         "with a refrigerant plate; this 1990s kiln, taken out of a New Brunswick hardwood sawmill, still holds "
         "its original charge of about 90 kg of HCFC-22 in two compressors, read on the nameplates and gauges: "
         "equipment containing HCFCs, whose import into the Union is banned (Regulation 2024/590), by sea from "
         "Halifax to Cork for a Munster sawmill; Canadian English wording (R-22 equipment repeats in many sets and "
         "dehumidifier labels in several; a lumber kiln from Canada is the new part as far as a search found)",
         firm("Atlantic Sawmills Ltd", "IE")),
        ("OZN-02", "import", "LVSEA01", "sea", "CN", [], "LV", "281290",
         "硫酰氟熏蒸剂，用于原木出口熏蒸，钢瓶 50 公斤，40 瓶", "CN", 2000, 40, 16000, "USD",
         "sulfuryl fluoride for log fumigation is a gas of 1.34 kg/l as a liquid in cylinders marked with its "
         "registration; these 40 cylinders hold a liquid of 1.73 kg/l, carry chloropicrin warning stickers under "
         "the new labels and a head-space test gives bromomethane: methyl bromide, whose import into the Union is "
         "banned (no quarantine exemption remains), by sea from Tianjin to Riga for a log-export terminal's "
         "fumigation contractor; Chinese wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels "
         "in several; kept as a repeat, a log-export terminal in Riga is the new part as far as a search found)",
         firm("Baltic Fumigācija SIA", "LV")),
        ("OZN-03", "import", "NLSEA01", "sea", "VN", [], "NL", "350699",
         "Keo dán tiếp xúc cho ván lạng, không cháy, thùng 20 lít, 300 thùng", "VN", 6600, 300, 9000, "USD",
         "a non-flammable contact adhesive for veneer today is water-based, milky and 1.0 kg/l; these pails hold a "
         "clear, amber, rubbery cement whose solvent smells sweet like chloroform, does not burn, weighs 1.1 kg/l "
         "and on a gas test is 1,1,1-trichloroethane: a product containing methyl chloroform, whose import into the "
         "Union is banned, by sea from Hai Phong to Rotterdam for a Dutch veneer-laminating shop; Vietnamese "
         "wording (methyl chloroform repeats in many sets and contact-adhesive labels in a few; from a Vietnamese "
         "furniture-veneer supplier is the new part as far as a search found)", firm("Horizon Fineer BV", "NL")),
        ("OZN-04", "import", "EESEA01", "sea", "AE", [], "EE", "842410",
         "IG-541 inert-gas fire suppression cylinders, 80 l, for a sawmill control room, 24 pcs", "AE", 2400, 24,
         18000, "USD",
         "IG-541 cylinders hold a compressed gas at 200-300 bar and weigh little more than their steel; these 24 "
         "hold about 60 kg each of a liquid that sloshes, their valves read 42 bar and the old stamps under the paint "
         "read 'Halon 1301 / CF3Br': bromotrifluoromethane, whose import into the Union is banned outside licensed "
         "critical uses, from a Jebel Ali dealer in recovered halon to a Pärnu sawmill; UAE English wording (halon "
         "1301 repeats in many sets and IG-541 labels in several; kept as a repeat of the label, a sawmill control "
         "room in Estonia is the new part as far as a search found)", firm("Vega Saeveski OÜ", "EE")),
        ("OZN-05", "import", "HUROAD01", "road", "RS", [], "HU", "390950",
         "Montažna pena za brvnare i drvene kuće, 750 ml, 2.400 kom.", "RS", 2100, 2400, 4800, "EUR",
         "one-component foam for log-house chinking comes in 750 ml cans with a propane-butane-DME propellant, "
         "flammable and marked so; these cans are marked non-flammable, hiss a sweet gas that does not light, and "
         "a propellant test gives chlorodifluoromethane with 1-chloro-1,1-difluoroethane: cans containing HCFC-22 "
         "and HCFC-142b, products containing ozone-depleting substances whose import into the Union is banned, at "
         "Röszke for a Szeged log-house builder; Serbian wording (HCFC-blown foam cans repeat in many sets; a "
         "log-house chinking label was found in no earlier row by a keyword search)", firm("Alpina Faház Kft.", "HU")),
        ("OZN-06", "import", "ITSEA01", "sea", "IN", [], "IT", "290323",
         "परक्लोरोएथिलीन, आरा ब्लेड से राल हटाने हेतु विलायक, 200 लीटर ड्रम, 40 ड्रम", "IN", 12700, 40, 11000,
         "USD",
         "perchloroethylene for removing pitch from saw blades boils at 121 °C and ships under UN1897; these drums "
         "hold a liquid of much the same density (1.59 kg/l) that boils at 77 °C, and the original UN1846 "
         "diamonds show under the new placards: carbon tetrachloride, whose import into the Union is banned outside "
         "licensed feedstock and laboratory uses, by sea from Kandla to Genoa for a saw-sharpening and tool-service "
         "firm near Udine; Hindi wording (carbon tetrachloride repeats in many sets; a perchloroethylene saw-blade "
         "cleaner label was found in no earlier row by a keyword search)", firm("Meridian Affilatura Srl", "IT")),
        ("OZN-07", "import", "PLSEA01", "sea", "CN", [], "PL", "441194",
         "木纤维保温板，密度160，厚60毫米，40 托", "CN", 3000, 40, 9000, "USD",
         "wood-fibre insulation boards are brown, soft, heavy boards of about 160 kg/m3 that smell of wood; this "
         "container holds a fifth of that weight in blue, closed-cell extruded polystyrene with a smooth skin, "
         "blown with 1-chloro-1,1-difluoroethane as a cell-gas test shows: XPS boards blown with HCFC-142b, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Qingdao to "
         "Gdańsk for a timber-frame house builder; Chinese wording (HCFC-blown XPS repeats in many sets; a "
         "wood-fibre-board label was found in no earlier row by a keyword search)", firm("Orion Domy Drewniane Sp. z o.o.", "PL")),
        ("OZN-08", "export", "BESEA01", "sea", "BE", [], "CD", "340490",
         "Cire d'émargement pour grumes, émulsion, fûts 200 l, 20 fûts", "BE", 4000, 20, 6000, "EUR",
         "a supply container for a Kinshasa log exporter: log-end sealer and strapping are what Antwerp firms ship "
         "to Congolese concessions, but the third item's 'gaz réfrigérant R-407C' is 30 cylinders of "
         "chlorodifluoromethane with old R-22 stamps under the green labels, for the concession's containers and "
         "kiln: HCFC-22, whose export from the Union is banned (Regulation 2024/590), hidden as the last item of a "
         "three-item declaration, from Antwerp to Matadi; Belgian French wording (HCFC-22 under HFC labels repeats "
         "in many sets; behind log-end sealer to Congo is the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("392690", "Feuillard polyester pour colis de sciages, 400 rouleaux", "BE", 3200, 4800, "EUR", qty=400),
                           item("382763", "Gaz réfrigérant R-407C, bouteilles 11,3 kg, 30 pièces", "BE", 340, 1800, "EUR", qty=30)])),
        ("OZN-09", "transit", "PLSEA01", "sea", "IN", ["PL"], "UA", "290369",
         "Cyclopentane, foam blowing agent for door cores, 60 drums", "IN", 15000, 60, 21000, "USD",
         "cyclopentane is a light (0.75 kg/l), petrol-smelling, highly flammable liquid that ships with a flame "
         "mark; these 60 drums weigh 1.24 kg/l, their contents do not burn and smell of ether, and the drum heads "
         "read '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), a controlled ozone-depleting substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Gdańsk in transit from "
         "Mundra to a Zhytomyr wooden-door maker; Indian English wording (HCFC-141b repeats in many sets; a "
         "cyclopentane label on a transit through Gdańsk for door cores is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-10", "import", "ROROAD01", "road", "UA", [], "RO", "842410",
         "Вогнегасники для лісових машин і тракторів, 6 кг, 300 шт.", "UA", 3000, 300, 6000, "EUR",
         "6 kg extinguishers for forestry machines are powder or foam units that rattle or slosh and read 15 bar; "
         "these 300 red bottles hold a liquid that flashes to a heavy gas, read 10 bar and their valve stamps under "
         "the labels read '2402': halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned "
         "outside licensed critical uses, at Siret for a Suceava forestry-machine dealer; Ukrainian wording (halon "
         "2402 repeats in many sets and extinguisher labels in many; forestry-machine extinguishers were found in no "
         "earlier row by a keyword search)", firm("Rivage Utilaje Forestiere SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLSEA01", "sea", "ID", [], "NL", "442199",
         "Panel ukir kayu baru, motif Minang, untuk dekorasi dinding, 40 buah", "ID", 1200, 40, 2000, "USD",
         "new Minangkabau-style carved panels are pale, sharply cut, machine-sanded and painted in bright red, gold "
         "and black; twelve of these forty are grey, weathered, deeply carved surian panels with flaking natural "
         "pigment, old peg holes and the curved notches of a rumah gadang's wall, taken out of a 19th-century great "
         "house near Bukittinggi: elements of a historic building whose export Indonesia forbids, brought in without "
         "an import licence (Regulation 2019/880), by sea from Belawan to Rotterdam mixed into a decorative-panel "
         "order; Indonesian wording (Indonesian objects repeat in several sets; Minangkabau house panels were found "
         "in no earlier row by a keyword search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-02", "import", "DEAIR01", "air", "GE", [], "DE", "940169",
         "ხის სავარძლები, სვანური სტილი, ახალი ნაკეთობა, 6 ცალი", "GE", 90, 6, 900, "USD",
         "new Svan-style chairs are pale, cleanly turned birch with even chip carving; these six are black with "
         "smoke, worn smooth on the arms, cut from single trunks with adze marks and solar rosettes, from the "
         "machubi (house) of a Mestia tower family: 18th-19th century Svan ethnographic furniture, movable heritage "
         "whose export Georgia forbids without a permit, flown from Tbilisi to Munich for a dealer; Georgian wording "
         "(Georgian objects appear in a few sets, a Svaneti icon among them; Svan chairs were found in no earlier "
         "row by a keyword search)",
         firm("Alpina Antik GmbH", "DE")),
        ("CUL-03", "import", "PLROAD01", "road", "UA", [], "PL", "440799",
         "Старі дошки з деревини ялиці, для лофт-інтер'єрів, 3 м³", "UA", 1500, None, 600, "EUR",
         "reclaimed old-wood boards are grey, nail-holed, sun-weathered fir from barns, sold by the square metre; "
         "forty of these boards are painted on one face with saints on gold ground, with dowel holes and the "
         "tiered frame grooves of an iconostasis, cut from a 19th-century Hutsul wooden church in the Carpathians: "
         "Ukrainian cultural property whose export Ukraine forbids, brought in without the licence and against the "
         "UNESCO 1970 convention, in a van at Krakovets for a Kraków loft-interior firm; Ukrainian wording (Hutsul "
         "objects appear twice, in blind152 and blind158, and iconostasis panels in many sets; as reclaimed old-wood "
         "boards for a loft-interior firm is the new part as far as a search found)", firm("Vega Wnętrza Sp. z o.o.", "PL")),
        ("CUL-04", "import", "HUROAD01", "road", "RS", [], "HU", "440791",
         "Abonos hrast (bog oak) iz Save, blokovi za stolarstvo, 4 t", "RS", 4000, None, 8000, "EUR",
         "Sava bog oak is black-through, sub-fossil oak dredged as trunks, sold as sawn blocks; these pieces are "
         "shaped planks and curved frames with wooden treenails, iron nails and caulking, a keel piece with a "
         "scarf joint and Ottoman-period pottery sherds in the bilge dirt: timbers of a 16th-17th century river boat "
         "raised from the Sava, archaeological heritage whose export Serbia forbids, brought in without an import "
         "licence (Regulation 2019/880), at Röszke for a Budapest designer-furniture workshop; Serbian wording (a "
         "bog-oak label appears once, blind175, on a wildlife row; boat timbers as bog oak were found in no earlier "
         "row by a keyword search)", firm("Central Design Bútor Kft.", "HU")),
        ("CUL-05", "import", "ITSEA01", "sea", "CN", [], "IT", "440799",
         "回收金丝楠木旧料，老房拆料，板材与梁柱，15 立方米", "CN", 9000, None, 45000, "USD",
         "reclaimed nanmu is sold as sawn boards and re-cut beams from demolished village houses; these pieces are "
         "whole columns and bracket sets (dougong) with carved cloud heads, old lacquer and gilding in the grooves, "
         "and ink carpenter's marks of a Ming-style ancestral hall in Sichuan: an element of a protected historic "
         "building, cultural relics whose export China forbids, brought in without an import licence, by sea from "
         "Shanghai to Genoa for a luxury-furniture maker in Brianza; Chinese wording (Chinese antiquities repeat in "
         "several sets; golden-silk nanmu was found in no earlier row by a keyword search)",
         firm("Meridian Arredi Srl", "IT")),
        ("CUL-06", "export", "PLAIR01", "air", "PL", [], "US", "442090",
         "Figurka z drewna lipowego, Pieta, rzeźba ludowa, współczesna, 1 szt.", "PL", 14, 1, 300, "EUR",
         "a modern folk Pietà is a pale limewood figure with crisp chisel cuts and bright paint; this one is "
         "worm-eaten, hollowed at the back, with layers of chalk ground, gilding and blue under later overpaint and "
         "the tight, flowing drapery of the 'beautiful style' of about 1420, taken from a Silesian village church: a "
         "sculpture over 50 years old above the value threshold and a Polish monument, exported without the licence "
         "of Regulation 116/2009 and the Polish permit, flown from Warsaw to Chicago; Polish wording (Polish "
         "sculptures repeat in a few sets; a Pietà as modern folk art was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-07", "import", "ESSEA01", "sea", "GT", [], "ES", "441899",
         "Columnas de cedro recuperado, talladas, para decoración, 8 piezas", "GT", 640, 8, 1600, "USD",
         "reclaimed carved cedar columns are plain, turned posts with new carving and a brown wax; these eight are "
         "estípite pilasters with cherubs, gilded on red bole with water-gilding worn through, and the cut-off "
         "tenons and numbering of a 18th-century retable from a Verapaz village church: Guatemalan colonial "
         "heritage whose export Guatemala forbids, brought in without an import licence (Regulation 2019/880), by "
         "sea from Santo Tomás de Castilla to Valencia for a decorator; Guatemalan Spanish wording (Latin American "
         "colonial objects repeat in several sets; estípite columns as reclaimed cedar were found in no earlier row "
         "by a keyword search)", firm("Rivage Decoración SL", "ES")),
        ("CUL-08", "import", "FRSEA01", "sea", "MA", [], "FR", "940360",
         "أثاث خشب الأرز، صناعة تقليدية فاسية، جديد، 30 قطعة", "MA", 1800, 30, 9000, "EUR",
         "a Fez craft container for a Marseille riad-style decorator: new cedar furniture and brass lanterns are "
         "what Fez workshops ship, but the third item's 'panneaux de cèdre sculptés, reproduction' are 14 dark, "
         "smoke-stained ceiling and frieze panels with painted stalactite carving, old nails and plaster on the "
         "back, taken down from an 18th-century Fez medina house: elements of a listed historic building whose "
         "export Morocco forbids, brought in without an import licence, hidden as the last item of a three-item "
         "declaration, by sea from Tanger Med to Marseille; Moroccan Arabic and French wording (Fez objects repeat "
         "in a few sets; cedar ceiling panels behind new furniture are the new part as far as a search found)",
         dict(firm("Atlantic Déco SARL", "FR"),
              _more_items=[item("940550", "Lanternes en laiton ajouré, neuves, 60 pièces", "MA", 300, 3000, "EUR", qty=60),
                           item("442199", "Panneaux de cèdre sculptés, reproduction, 14 pièces", "MA", 420, 700, "EUR", qty=14)])),
        ("CUL-09", "import", "NLSEA01", "sea", "IN", [], "NL", "440799",
         "പഴയ പ്ലാവിൻ പലകകൾ, പുനരുപയോഗം, 6 ക്യുബിക് മീറ്റർ", "IN", 3600, None, 3000, "USD",
         "reclaimed jack-wood planks are plain, yellow-brown boards from demolished houses; these include a carved "
         "rosewood ceiling of lotus and dikpala panels, a padippura gate lintel and pillar brackets with traditional "
         "joints, taken from a nalukettu tharavad house in Thrissur built about 1850: an antiquity (over a hundred "
         "years old) whose export India forbids, brought in without an import licence, by sea from Kochi to "
         "Rotterdam for a reclaimed-wood dealer; Malayalam wording (Indian antiquities repeat in many sets and a "
         "Chettinad mansion once, blind162; Kerala nalukettu woodwork was found in no earlier row by a keyword "
         "search)", firm("Orion Oud Hout BV", "NL")),
        ("CUL-10", "export", "PTSEA01", "sea", "PT", [], "BR", "940360",
         "Arcaz de castanho entalhado, reprodução rústica, 1 peça", "PT", 260, 1, 900, "EUR",
         "a rustic reproduction chestnut chest is machine-cut, stained and waxed, with bright new brass; this one "
         "is a 2.4 m sacristy chest of drawers of carved chestnut with worn, hand-forged iron and gilt-bronze "
         "fittings, vestment-drawer numbering in ink and the outline of a wall it stood against, taken from the "
         "sacristy of a Trás-os-Montes parish church: a piece of 17th-century furniture over 100 years old above the "
         "value threshold and Portuguese church heritage, exported without the licence of Regulation 116/2009 and "
         "the Portuguese permit, from Leixões to Santos for a collector; Portuguese wording (Portuguese church "
         "woodwork repeats in a few sets, gilded talha under moulding labels among it; a sacristy chest was found "
         "in no earlier row by a keyword search)", {"importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "import", "DESEA01", "sea", "KZ", [], "DE", "470329",
         "Целлюлоза сульфатная беленая лиственная, происхождение Казахстан, 200 т", "KZ", 200000, 400, 130000, "USD",
         "Kazakhstan makes no bleached hardwood kraft pulp (it has no such mill); these 400 bales carry the wire "
         "marks and bale-tag numbering of a Russian north-western birch-pulp mill under new Kazakh wraps, with a "
         "certificate of origin from Kostanay: Russian wood pulp, whose import into the Union Regulation 833/2014 "
         "forbids (Annex XXI), by sea from Poti to Hamburg for a paper mill; "
         "Russian wording (Russian goods under Kazakh origin repeat in many sets and pulp on other goods; birch pulp "
         "with Kazakh papers is the new part as far as a search found)", firm("Nordhafen Papier GmbH", "DE")),
        ("STR-02", "import", "PLROAD01", "road", "UA", [], "PL", "440711",
         "Tarcica sosnowa, obrzynana, pochodzenie Ukraina, 38 m³", "UA", 19000, None, 7600, "EUR",
         "Ukrainian pine sawn wood comes from the north-west with FLEGT-style legality papers and Ukrainian "
         "phytosanitary certificates; this lorry's packages carry Belarusian sawmill stencils and a Brest "
         "loading list under the Volhynian papers, the lorry entered Ukraine from Belarus two days before: "
         "Belarusian wood, whose import into the Union Regulation 765/2006 forbids, at Dorohusk for a Lublin "
         "timber merchant; Polish wording (Belarusian and Russian timber under third-country origin repeat in a few "
         "sets; Belarusian pine with Ukrainian papers is the new part as far as a search found)",
         firm("Delta Drewno Sp. z o.o.", "PL")),
        ("STR-03", "import", "DEROAD01", "road", "KG", ["KZ", "RU", "BY", "PL"], "DE", "440290",
         "Кайың көмүрү, шашлык үчүн, 10 кг каптар, 1 800 кап", "KG", 18000, 1800, 9000, "EUR",
         "Kyrgyzstan has little birch and no charcoal industry of this size; these 10 kg bags hold hard, ringing, "
         "Russian-type birch retort charcoal, the inner bags carry a Russian maker's batch code, and the lorry was "
         "loaded near Kirov, not in Bishkek: Russian wood charcoal, whose import into the Union Regulation 833/2014 "
         "forbids, on a lorry for a Leipzig barbecue wholesaler; Kyrgyz wording (birch charcoal repeats in a few "
         "sets under third-country origin; kept as a repeat of the good, Kyrgyz origin is the new part as far as a "
         "search found)", firm("Orion Grillkohle GmbH", "DE")),
        ("STR-04", "export", "FIROAD01", "road", "FI", ["RU"], "KZ", "846791",
         "Moottorisahan terälevyt, 50 cm, 200 kpl", "FI", 240, 200, 6000, "EUR",
         "a forestry-machine dealer's lorry for Astana: guide bars and saw chains are what Finnish dealers send to "
         "Kazakh loggers, but the third item's 'käytettyjä varaosia' are six complete harvester heads with their "
         "measuring computers and feed rollers, worth 60,000 EUR each, for a 'timber company' that shares an address "
         "with a Petrozavodsk forestry contractor, on a lorry through Russia: forestry machinery on the list "
         "whose sale, supply and export for use in Russia Regulation 833/2014 forbids (Annex XXIII), hidden as the "
         "last item of a three-item declaration, at Vaalimaa; Finnish wording (machinery for Russia through Central "
         "Asia repeats in many sets and forestry-machinery parts once, in an earlier Finnish row; kept as a repeat "
         "of the family, whole harvester heads as used spare parts through Russia are the new part as far as a "
         "search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("820240", "Moottorisahan teräketjut, 400 kpl", "FI", 160, 4000, "EUR", qty=400),
                           item("843699", "Käytettyjä varaosia metsäkoneisiin, 6 kpl", "FI", 9000, 6000, "EUR", qty=6)])),
        ("STR-05", "export", "ITAIR01", "air", "IT", [], "AE", "850440",
         "Inverter per motori di segheria a nastro, 30 kW, 12 pezzi", "IT", 360, 12, 14400, "EUR",
         "sawmill band-saw drive inverters are 50-60 Hz units with a few hundred hertz of range at about 1,200 EUR; "
         "these twelve are multiphase frequency changers with an output of 600 to 2,000 Hz, less than 0.2 % "
         "frequency control and a sealed casing, at 25,000 EUR each on the maker's list, for a Sharjah 'sawmill "
         "supplier' whose consignments go on to Bandar Abbas: frequency changers controlled under dual-use 3A225 "
         "and listed in the Iran regulation (267/2012), exported without a licence, from Milan; Italian wording "
         "(frequency changers repeat in many sets; a band-saw inverter label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "EEROAD01", "road", "EE", ["LV", "LT", "PL", "UA"], "GE", "846781",
         "Mootorsaed, professionaalsed, 70 cc, 180 tk", "EE", 1800, 180, 99000, "EUR",
         "a Tallinn dealer's lorry of 180 professional chainsaws for a Tbilisi 'forestry company' registered a "
         "year ago, which has no forest concession and whose forwarder books onward by the Upper Lars crossing to "
         "Vladikavkaz: chainsaws on the list whose sale and export for use in Russia Regulation 833/2014 forbids "
         "(Annex XXIII), routed round through Ukraine and the Black Sea; Estonian wording (chainsaws appear in a few "
         "sets on other goods; goods for Russia through Georgia repeat in several; professional chainsaws to "
         "Georgia are the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "CN", "847930",
         "Pelletpressen für Holzpellets, Ringmatrize, 4 Stück", "DE", 32000, 4, 480000, "EUR",
         "four ring-die wood-pellet presses for a Dandong 'biomass company': pellet presses go to Chinese biomass "
         "plants, but this buyer's address is a trading house listed for Korean re-exports, the plant drawings in "
         "the file show Sinuiju, and the press motors are on 220 V North Korean wiring specifications: industrial "
         "machinery for North Korea, whose supply UN Security Council resolution 2397 and Regulation 2017/1509 "
         "forbid, by sea from Hamburg to Dalian; German wording (North Korean goods through Dandong repeat in many "
         "sets; pellet presses were found once, blind80, on another good; for North Korea they are the new part)",
         {"importer_country": "CN"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "TR", "382499",
         "Vloeibaar brandvertragend middel voor hout, fosfaatbasis, 40 vaten", "NL", 9600, 40, 14000, "EUR",
         "a phosphate fire retardant for timber is a water-based, mildly alkaline, odourless solution of ammonium "
         "phosphates; these drums hold a colourless liquid that fumes white in air, reeks of hydrochloric acid, "
         "weighs 1.65 kg/l and whose drum heads read CAS 10025-87-3, for a Mersin 'timber impregnator' whose "
         "previous orders went on to Iran: phosphorus oxychloride (dual-use 1C350, a chemical-weapons precursor) "
         "exported without the licence Regulation 2021/821 requires, from Rotterdam; Dutch wording (phosphorus "
         "oxychloride repeats in several sets; a timber fire-retardant label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-09", "import", "HRSEA01", "sea", "MY", [], "HR", "440729",
         "Tikovina, plantažna, podrijetlo Indonezija, za palube jahti, 12 m³", "MY", 8400, None, 96000, "USD",
         "plantation teak from Java is narrow, knotty, pale and wide-ringed, and comes with a FLEGT licence; these "
         "boards are wide, clear, dark golden, tight-ringed, oily old-growth teak with Myanma Timber Enterprise "
         "hammer marks on the ends and a Yangon grading list in the file: Myanmar teak, whose import into the Union "
         "Regulation 401/2013 forbids (trade with Myanma Timber Enterprise), shipped through Port Klang to Rijeka "
         "for a Split yacht builder; Croatian wording (Myanmar teak repeats in a few sets; under an Indonesian "
         "plantation label through Malaysia is the new part as far as a search found)",
         firm("Alpina Jahte d.o.o.", "HR")),
        ("STR-10", "import", "ITSEA01", "sea", "CN", [], "IT", "440719",
         "落叶松板材，中国大兴安岭产，地板用，25 立方米", "CN", 16000, None, 14000, "USD",
         "Chinese Dahurian larch from the Greater Khingan is scarce since the logging ban and costs more; these "
         "boards are tight-ringed Siberian larch with Irkutsk sawmill stamps under the plastic wrap, and the "
         "rail waybill in the container shows Zabaikalsk: Russian wood, whose import into the Union Regulation "
         "833/2014 forbids, processed in Manzhouli and shipped from Tianjin to Venice for a decking maker; Chinese "
         "wording (Russian larch repeats in a few sets; under a Greater Khingan label is the new part as far as a "
         "search found)", firm("Delta Legnami Srl", "IT")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "PY", [], "NL", "440122",
         "Astillas de quebracho colorado para taninos, 3 kg", "PY", 3, None, 60, "USD",
         "quebracho colorado chips are red-brown, splintery and dusty and taste bitter of tannin; these 3 kg are "
         "olive-green, waxy, heavy chips that sink in water and smell of roses and incense when scraped: palo santo "
         "(Bulnesia sarmientoi, CITES App. II) without CITES documents, posted from Asunción to a private buyer in "
         "Utrecht who sells aroma sticks; Paraguayan Spanish wording (Bulnesia repeats in several sets; a quebracho "
         "label appears once, and as Chaco tannin chips is the new part as far as a search found)",
         person("Particulier", "NL")),
        ("WLF-02", "import", "FRAIR01", "express", "BR", [], "FR", "440729",
         "Varetas de amendoim (Pterogyne nitens) para arcos de violino, 20 peças", "BR", 3.6, 20, 200, "USD",
         "amendoim bow blanks are pinkish-brown, plain and cheap; these twenty are orange-red that darkens to "
         "deep red-brown, springy and dense, and shed a red dye in an alkaline wash: pernambuco (Paubrasilia "
         "echinata, CITES App. II, export of sticks and blanks banned by Brazil) without CITES documents, sent by "
         "express from Rio de Janeiro to a private bow maker in Mirecourt; Brazilian Portuguese wording (pernambuco "
         "repeats in many sets, under muirapiranga labels among others; an amendoim label was found in no earlier "
         "row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "ESSEA01", "sea", "PE", [], "ES", "440729",
         "Madera aserrada de tornillo (Cedrelinga), secada, 30 m³", "PE", 15000, None, 18000, "USD",
         "tornillo is coarse, pinkish-brown, odourless timber; these boards are lighter, reddish, with a strong "
         "cedar scent and resin pockets, that a lens shows to be ring-porous: Spanish cedar (Cedrela odorata, CITES "
         "App. II) without a CITES export permit, by sea from Callao to Valencia for a cigar-box and joinery maker; "
         "Peruvian Spanish wording (Cedrela repeats in many sets and tornillo labels in several, on big-leaf "
         "mahogany; kept as a repeat of the label, Spanish cedar for a cigar-box maker is the new part as far as a "
         "search found)", firm("Meridian Maderas SL", "ES")),
        ("WLF-04", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Sciages d'okan (Cylicodiscus gabunensis), KD, 1 conteneur", "CM", 24000, None, 16800, "EUR",
         "okan is heavy, yellow-brown turning green-brown, with an interlocked grain and an unpleasant smell when "
         "sawn; these boards are reddish-brown with a straight grain, a fine satin lustre and a yellow deposit in "
         "the pores that turns the sawdust bright yellow in water: doussié (Afzelia africana, CITES App. II) without "
         "a CITES export permit, by sea from Kribi to Antwerp for a window-joinery firm; Cameroonian French wording "
         "(Afzelia repeats in many sets and an okan label once, blind115, from Congo; kept as a repeat of the label, "
         "doussié from Kribi is the new part as far as a search found)",
         firm("Central Bois SA", "BE")),
        ("WLF-05", "import", "DEAIR01", "express", "NP", [], "DE", "140490",
         "भोजपत्र (हिमाली भुइँपात), हस्तकलाका लागि, 2 किलो", "NP", 2, None, 80, "USD",
         "Himalayan birch bark is thin, papery, pinkish-white sheets that peel in layers; these 2 kg are thick, "
         "reddish-brown, scaly strips of a conifer bark with bits of flat, dark needles: Himalayan yew bark (Taxus "
         "wallichiana, CITES App. II) without CITES documents, sent by express from Kathmandu to a private buyer in "
         "Freiburg; Nepali wording (Taxus repeats in a few sets; a bhojpatra good appears once, blind127, on a "
         "cultural row; as a cover for yew bark it is the new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "DEAIR01", "air", "KE", [], "DE", "440399",
         "Magogo ya muhugu kwa uchongaji, kilo 400", "KE", 400, None, 1200, "USD",
         "muhugu (Brachylaena huillensis) carving billets are pale grey-brown, heavy and smell faintly of cedar; "
         "these are yellow-brown heartwood billets that smell strongly and sweetly of sandalwood when cut and "
         "leave an oily trace: East African sandalwood (Osyris lanceolata, CITES App. II) without CITES documents, "
         "flown from Nairobi to Frankfurt for a natural-perfume distiller; Swahili wording (Osyris repeats in many "
         "sets; a muhugu label was found in no earlier row by a keyword search)", firm("Rivage Düfte GmbH", "DE")),
        ("WLF-07", "import", "ITSEA01", "sea", "MY", [], "IT", "440929",
         "Rod dowel kayu getah (rubberwood), 25 mm, 20.000 batang", "MY", 6000, 20000, 9000, "USD",
         "rubberwood dowels are pale, coarse, often blue-stained and smell of latex; these are straw-white, "
         "very fine, even and hard, with no latex smell, and the sawdust causes itching: ramin (Gonystylus spp., "
         "CITES App. II) without a CITES permit, by sea from Port Klang to Genoa for a picture-frame and blind "
         "maker; Malay wording (ramin repeats in many sets and rubberwood labels in several, on frame mouldings and "
         "furniture parts; kept as a repeat of the label, dowels for a blind maker are the new part as far as a "
         "search found)", firm("Vega Cornici Srl", "IT")),
        ("WLF-08", "import", "ESSEA01", "sea", "CL", [], "ES", "441850",
         "Tejuelas de mañío, hechas a mano en Chiloé, 8.000 unidades", "CL", 4000, 8000, 6400, "USD",
         "mañío shingles are pale yellow-brown, fine but plain wood of a few rings a centimetre; these are red-"
         "brown, light, with extremely tight, straight rings and a faint resin smell, split from old standing "
         "dead trunks: alerce (Fitzroya cupressoides, CITES App. I) without CITES documents, by sea from San Antonio "
         "to Bilbao for a Basque restorer of wooden chalets; Chilean Spanish wording (alerce repeats in a few sets "
         "and shingle labels in several; a mañío shingle label is the new part as far as a search found)",
         firm("Horizon Restauración SL", "ES")),
        ("WLF-09", "import", "ITSEA01", "sea", "KH", [], "IT", "440799",
         "ក្ដារថ្នាំងឈើអាកាស្យា សម្រាប់តុ, 40 ផ្ទាំង", "KH", 2400, 40, 4000, "USD",
         "acacia burl slabs are golden-brown with swirling grain and bark on the edge; these forty are heavy, "
         "purplish-red to black-streaked slabs that sink in water and smell of roses when sanded: Siamese rosewood "
         "(Dalbergia cochinchinensis, CITES App. II) burl without CITES documents, by sea from Sihanoukville to "
         "Genoa for a live-edge table maker; Khmer wording (Siamese rosewood repeats in many sets; an acacia-burl "
         "label was found in no earlier row by a keyword search)", firm("Alpina Tavoli Srl", "IT")),
        ("WLF-10", "import", "FRAIR01", "air", "MG", [], "FR", "460219",
         "Sacs en raphia tressé, artisanat malgache, 300 pièces", "MG", 150, 300, 1500, "EUR",
         "a Malagasy craft air shipment for a Paris boutique: raffia bags and vanilla are what Antananarivo "
         "exporters fly to France, but the third item's 'manches de couteaux en eucalyptus' are 80 kg of heavy, "
         "purple-red and jet-black blocks that sink in water: Madagascar rosewood and ebony (Dalbergia and "
         "Diospyros spp., CITES App. II, under a trade suspension) without CITES documents, hidden as the last "
         "item of a three-item declaration, flown from Antananarivo to Paris; Malagasy and French wording "
         "(Madagascar rosewood and knife-handle labels repeat in many sets; behind raffia and vanilla is the new "
         "part as far as a search found)",
         dict(firm("Rivage Artisanat SARL", "FR"),
              _more_items=[item("090510", "Vanille de Madagascar, gousses, 40 kg", "MG", 40, 8000, "EUR"),
                           item("441700", "Manches de couteaux en eucalyptus, bruts, 80 kg", "MG", 80, 240, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines)", "BA", 2.3, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-60-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEPOST01", "post", "JP", "DE", "280700",
     "Sulphuric acid 96 %, 1 l, for a licensed private user (lead-acid battery maintenance)", "JP", 1.8, 1, 20, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-60-0117")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "440799",
     "Treated cooling-tower timber, copper-chromium-arsenic (17 02 04*), for incineration at a licensed plant, 22 t",
     "CH", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-60-0288")], "notified treated wood to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "262099",
     "Carbide grinding sludge with cobalt (12 01 18*), for metal recovery at a licensed plant, 8 t", "NO", 8000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-60-0073")], "notified grinding sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IESEA01", "sea", "CA", "IE", "841939",
     "Used dehumidification lumber kiln containing HCFC-22, for recovery and destruction of the refrigerant", "CA",
     8000, 1, 0, "CAD", [("ODS_LICENCE", "IE-EPA-ODS-60-004")], "HCFC equipment imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "EEAIR01", "air", "AE", "EE", "290376",
     "Halon 1301, recovered and reclaimed, 4 cylinders, for a licensed critical use (aircraft fire protection)", "AE",
     240, 4, 9600, "USD", [("ODS_LICENCE", "EE-KEM-ODS-60-002")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "442090",
     "Limewood sculpture of the Pietà, Silesia, c. 1420, from a documented private collection, for a museum loan and sale",
     "PL", 14, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-60-0093")],
     "sculpture exported with the EU export licence and the Polish permit"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "940360",
     "Sacristy chest of drawers, carved chestnut, Portugal, 17th century, sold at auction with the export permit",
     "PT", 260, 1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-60-0051")],
     "antique furniture exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "IN", "850440",
     "Frequency changers, 600-2,000 Hz multiphase output, 4 units, for an Indian university's motor test bench",
     "IT", 120, 4, 100000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-60-0215"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-60-0088")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "TR", "281219",
     "Phosphorus oxychloride, 40 drums, for a Turkish flame-retardant plasticiser maker", "NL", 9600, 40, 16000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-60-0344"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-60-0127")],
     "dual-use phosphorus oxychloride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440729",
     "Spanish cedar (Cedrela odorata) sawn wood, from a managed concession, 20 m3", "PE", 9000, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-60-0412")], "App. II Spanish cedar with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "PY", "NL", "330129",
     "Guaiac wood oil from Bulnesia sarmientoi, 20 kg, for a perfume house", "PY", 20, None, 1800, "USD",
     [("CITES_PERMIT", "PY-MADES-60-0057")], "App. II palo santo oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna osoba", "PRM-02": "Privatperson", "PRM-03": "Central Energie GmbH",
    "PRM-06": "Vega Aviation OÜ", "PRM-11": "Meridian Maderas SL", "PRM-12": "Rivage Parfums BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most from the
    # forestry, sawmill and timber trade
    ("380700", "Wood vinegar (pyroligneous liquid), from a charcoal kiln, 1 l", "import", ["post"], ["JP", "TH"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("310210", "Urea prills, 46 % N, fertiliser grade, 25 kg sacks", "import", ["road"], ["NO"], (0.5, 0.8), (12000, 24000), ["EUR"], 0.04, S),
    ("283524", "Mono-potassium phosphate starter fertiliser, 1 kg", "import", ["post"], ["CA", "US"], (8, 14), (1, 4), ["CAD", "USD"], 1, S),
    ("271012", "Alkylate two-stroke petrol for chainsaws, 5 l cans", "import", ["road"], ["CH", "NO"], (3, 5), (2000, 8000), ["EUR"], 0.3, S),
    ("281420", "Ammonia solution 25 % for fuming oak, 1 l", "import", ["post"], ["CH", "GB"], (8, 14), (1, 3), ["CHF", "GBP"], 1, S),
    ("283919", "Liquid glass (sodium silicate) for timber impregnation, 10 l", "import", ["road"], ["AL", "RS"], (0.4, 0.8), (8000, 20000), ["EUR"], 0.08, S),
    ("310430", "Potassium sulphate for forest-tree nurseries, 25 kg sacks", "import", ["road"], ["MK", "TR"], (0.5, 0.9), (10000, 22000), ["EUR"], 0.04, S),
    ("291711", "Oxalic acid wood bleach, 1 kg tubs", "import", ["road"], ["GB"], (3, 6), (500, 2000), ["GBP"], 1, S),
    ("382499", "Soot remover for pellet boilers, copper-salt powder, 1 kg", "import", ["road"], ["UA", "TR"], (1.5, 3), (500, 2000), ["EUR"], 1, S),
    ("271019", "Biodegradable chainsaw chain oil, 5 l cans", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (4000, 12000), ["EUR"], 0.2, S),
    ("820790", "Tungsten carbide saw tips, new, brazing grade", "export", ["air"], ["IN", "CN"], (60, 120), (100, 600), ["EUR"], None, S),
    ("320890", "Alkyd primer, white, 20 l pails", "export", ["road"], ["UA", "MD"], (2.5, 4), (4000, 12000), ["EUR"], 0.05, S),
    ("701790", "Laboratory glassware, new, borosilicate", "export", ["sea"], ["EG", "MA"], (8, 15), (1000, 4000), ["EUR"], 2, S),
    ("843680", "Forestry forwarders, new, 8-wheel", "export", ["sea"], ["MZ", "ZA", "UY"], (18, 26), (14000, 20000), ["EUR"], 0.00006, S),
    ("390910", "Urea-formaldehyde resin for particleboard, liquid, IBC", "export", ["road"], ["MD", "UA"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("390761", "PET resin, virgin, bottle grade", "import", ["sea"], ["ID", "VN"], (0.9, 1.3), (18000, 24000), ["USD"], None, S),
    ("282550", "Copper hydroxide, technical, for pigments", "export", ["road"], ["RS", "BA"], (5, 8), (4000, 12000), ["EUR"], None, S),
    ("846591", "Log bandsaws, new, with log carriage", "export", ["sea"], ["CM", "GA", "BR"], (4, 8), (8000, 14000), ["EUR"], 0.0001, S),
    ("841939", "Conventional steam-heated lumber kilns, no refrigerant", "import", ["sea"], ["CA", "US"], (5, 9), (8000, 14000), ["USD", "CAD"], None, S),
    ("350699", "Water-based contact adhesive for veneer, 20 l", "import", ["sea"], ["VN", "MY"], (2, 3.5), (4000, 10000), ["USD"], 0.05, S),
    ("842410", "IG-541 inert-gas fire suppression cylinders, new", "import", ["sea"], ["AE", "CN"], (6, 10), (1500, 4000), ["USD"], 0.01, S),
    ("390950", "One-component PU foam, hydrocarbon propellant, 750 ml", "import", ["road"], ["RS", "TR"], (2, 3.5), (1000, 4000), ["EUR"], 1.1, S),
    ("290323", "Perchloroethylene, technical, for degreasing, drums", "import", ["sea"], ["IN", "US"], (0.8, 1.4), (10000, 20000), ["USD"], None, S),
    ("441194", "Wood-fibre insulation boards, 160 kg/m3", "import", ["sea", "road"], ["CH", "CN"], (0.5, 0.9), (8000, 20000), ["EUR", "USD"], None, S),
    ("340490", "Log-end sealing wax emulsion, 200 l drums", "export", ["sea"], ["CD", "CM"], (2, 3.5), (2000, 6000), ["EUR"], None, S),
    ("290369", "Cyclopentane, foam blowing agent, drums", "import", ["sea"], ["IN", "KR"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("442199", "Carved wooden wall panels, new, painted", "import", ["sea"], ["ID", "IN"], (1.5, 3), (1000, 4000), ["USD"], 0.05, S),
    ("940169", "Svan-style birch chairs, new craft", "import", ["air"], ["GE"], (8, 15), (60, 200), ["USD"], 0.07, S),
    ("442090", "Bog oak turned bowls and boxes, finished", "import", ["road"], ["RS", "UA"], (8, 15), (300, 1200), ["EUR"], 1, S),
    ("442090", "Limewood folk carvings, new, painted", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 1, S),
    ("441899", "Reproduction carved cedar columns, new", "import", ["sea"], ["GT", "MX"], (2, 4), (400, 1500), ["USD"], 0.01, S),
    ("940360", "New Fez cedar furniture, carved and painted", "import", ["sea"], ["MA"], (4, 7), (1000, 3000), ["EUR"], 0.02, S),
    ("940360", "Reproduction chestnut chests, rustic, new", "export", ["sea"], ["BR", "US"], (5, 9), (1000, 4000), ["EUR"], 0.01, S),
    ("470329", "Bleached eucalyptus kraft pulp, bales", "import", ["sea"], ["BR", "UY"], (0.5, 0.7), (18000, 26000), ["USD"], None, S),
    ("440290", "Barbecue charcoal, hardwood, 10 kg bags", "import", ["sea"], ["NA", "PY"], (0.4, 0.8), (15000, 24000), ["USD"], 0.1, S),
    ("846781", "Professional chainsaws, 70 cc", "export", ["road"], ["RS", "MD"], (30, 50), (500, 2000), ["EUR"], 0.1, S),
    ("850440", "Variable-frequency drives for sawmill motors, 50 Hz", "export", ["air", "sea"], ["AE", "TR"], (25, 45), (100, 800), ["EUR"], 0.03, S),
    ("847930", "Ring-die wood-pellet presses, new", "export", ["sea"], ["VN", "BR"], (12, 20), (6000, 16000), ["EUR"], 0.0001, S),
    ("382499", "Ammonium-phosphate fire retardant for timber, drums", "export", ["sea"], ["TR", "AE"], (1.2, 2), (4000, 10000), ["EUR"], None, S),
    ("460219", "Raffia bags, woven, new", "import", ["post"], ["MG", "MA"], (15, 30), (1, 3), ["EUR"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone kitchen spatulas", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 12, N),
        ("392321", "Zip-lock freezer bags, polyethylene, boxed", "import", ["sea"], ["TH", "MY"], (2.5, 4), (3000, 8000), ["USD"], 5, N),
        ("392690", "Shower-curtain rings, plastic, packs of 12", "import", ["sea"], ["CN", "TR"], (3, 5), (1000, 4000), ["USD", "EUR"], 10, N),
        ("392610", "Plastic desk letter trays, stackable", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind205", 20600501, HERE)


if __name__ == "__main__":
    main()
