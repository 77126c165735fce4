#!/usr/bin/env python3
"""Writes the hundred-and-eighty-ninth blind set (tests/risk/data/blind189-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: construction, building
materials and building services (insulation and foams, HVAC and refrigeration
installers, demolition, renovation and architectural salvage, stone, tiles, flooring
and fittings, concrete and its admixtures, and the builders' merchants and DIY shops
that sell them).
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
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL189-*:

    python3 tests/risk/data/make_blind189_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CH", [], "AT", "391000",
         "Fassaden-Hydrophobierung auf Siloxanbasis, lösemittelfrei, farblos, 4 x 1 Liter", "CH", 4.6, 4, 96, "CHF",
         "a siloxane water repellent for brick and render is a thin, milky or faintly solvent-smelling liquid of "
         "about 1.0 kg/l that makes water bead on a brick; these four bottles hold a water-clear, odourless liquid "
         "of 1.13 kg/l under vented caps that soaks straight into a brick, fizzes on a rusty nail and whitens and "
         "stings the skin: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from a Zurich "
         "'facade-care' web shop to a private person in Graz; Swiss German wording (hydrogen peroxide repeats in "
         "many sets; a siloxane facade-impregnation label was found in no earlier row by a keyword search, the one "
         "siloxane row being a foam surfactant in an ozone row)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "IEAIR01", "express", "US", [], "IE", "382440",
         "Concrete surface retarder for exposed-aggregate finish, water-based, 2 x 1 gal jugs", "US", 8.6, 2, 70,
         "USD",
         "a surface retarder for exposed-aggregate patios is a sugary, water-based liquid of about 1.05 kg/l, dyed "
         "pink or blue so the sprayer can see where it went; these two jugs hold a colourless, oily liquid of "
         "1.14 kg/l with a faintly fruity smell that does not mix well with water and burns with a yellow flame, "
         "and the filler's drum number on the invoice annex belongs to a racing-fuel blender in Indiana: "
         "nitromethane (Annex I above 16 %), sent by express to a private person in Cork who builds 'patios', "
         "although flammable liquids travel by express only as declared dangerous goods; US English wording "
         "(nitromethane repeats in many sets; a concrete surface-retarder label was found in no earlier row by a "
         "keyword search)", person("Mr D. Murphy", "IE")),
        ("PRE-03", "import", "SEROAD01", "road", "NO", [], "SE", "382499",
         "Sklisikringsmiddel for fliser og naturstein (antiskli-behandling), 5 l kanner, 240 kanner", "NO", 1680,
         240, 36000, "NOK",
         "an anti-slip treatment for tiles and stone is a dilute fluoride or acid etch sold in 1 l bottles with a "
         "hydrofluoric-acid warning and a rubber-glove pictogram, at 1.05 kg/l; these 240 jerrycans weigh 1.40 kg/l, "
         "fume brown when opened, turn the skin yellow and eat into a copper coin: about 65 % nitric acid (Annex I "
         "above 3 %), retail-packed for a Gothenburg builders' merchant whose tile department sells to the public, "
         "on a lorry at Svinesund; Norwegian wording (nitric acid repeats in many sets and tile-cleaner labels in "
         "several; an anti-slip-treatment label on nitric acid was found in no earlier row by a keyword search, the "
         "one anti-slip row being ceramic tiles in a strategic row)", firm("Vega Byggvaror AB", "SE")),
        ("PRE-04", "import", "BGSEA01", "sea", "GE", [], "BG", "283990",
         "ლითიუმის სილიკატის ბეტონის გამამკვრივებელი, 20 ლ კანისტრები, 400 ცალი", "GE", 14720, 400, 4800, "USD",
         "a lithium-silicate densifier for concrete floors is a clear, slightly slippery, alkaline liquid of about "
         "1.1-1.2 kg/l; these 400 canisters weigh 36.8 kg each (1.84 kg/l), the liquid is oily, chars a wooden "
         "stirrer black and grows hot with a drop of water, and the caps are vented: about 96 % sulphuric acid "
         "(Annex I above 15 %), for a Burgas DIY chain that sells 20 l canisters to the public and to flooring "
         "contractors, by sea from Poti; Georgian wording (sulphuric acid repeats in many sets under drain-cleaner, "
         "descaler and syrup labels; a concrete-densifier label was found in no earlier row by a keyword search)",
         firm("Orion Stroy EOOD", "BG")),
        ("PRE-05", "import", "PLAIR01", "air", "IN", [], "PL", "250610",
         "क्वार्ट्ज़ पाउडर (सिलिका फ्लोर) 200 मेश, एपॉक्सी फर्श के लिए, 1 किलो पाउच, 600 पाउच", "IN", 600, 600, 900,
         "USD",
         "quartz flour for epoxy floor coatings is a hard, inert, gritty white powder of density 2.65 that "
         "scratches glass and never dissolves; these 600 pouches hold a soft, slightly soapy white powder that "
         "partly dissolves in hot water, does not scratch glass, flares violet-white mixed with sugar and whose inner "
         "liners read 'KClO4', for a Kraków flooring web shop that sells 1 kg pouches to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Ahmedabad; Hindi "
         "wording (potassium perchlorate repeats in many sets under filler, clay and starch labels; a quartz-flour "
         "label was found in no earlier row by a keyword search)", firm("Delta Posadzki Sp. z o.o.", "PL")),
        ("PRE-06", "import", "SISEA01", "sea", "CN", [], "SI", "392690",
         "瓷砖找平器卡子及楔子, 50,000 套", "CN", 2500, 50000, 3000, "USD",
         "a tiling-supplies container for a Ljubljana builders' merchant: tile-levelling clips and plastering "
         "trowels are what such merchants buy from Foshan, but the third item's 'magnesium fluorosilicate hardener' "
         "is 800 pails of clear, cubic, odourless crystals that draw damp, dissolve easily, crackle and flare yellow "
         "on a gas ring, with CAS 7775-09-9 on the inner bags (magnesium fluorosilicate is a poisonous white powder "
         "sold with a skull pictogram): sodium chlorate (Annex I above 40 %) retail-packed in 5 kg pails for the "
         "merchant's DIY counter, which sells to the public, hidden as the last item of a three-item declaration, by "
         "sea from Nansha to Koper; Chinese wording (sodium chlorate repeats in many sets under salt and sugar-like "
         "labels; a fluate concrete-hardener label was found in no earlier row by a keyword search)",
         dict(firm("Horizon Gradbeni Material d.o.o.", "SI"),
              _more_items=[item("820559", "抹灰刀, 不锈钢, 12,000 把", "CN", 3600, 4800, "USD", qty=12000),
                           item("282690", "氟硅酸镁 混凝土硬化剂, 5 公斤桶, 800 桶", "CN", 4000, 2400, "USD", qty=800)])),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "701690",
         "Ekspandirano staklo u granulama 0,5-1 mm za lagane žbuke, vreće 25 kg, 800 vreća", "BA", 20000, 800, 5600,
         "EUR",
         "expanded-glass granulate for lightweight plasters is a grey-white, feather-light grain of about "
         "250 kg/m3, so a 25 kg sack is a bulky 100-litre bag; these 800 sacks are small and heavy (about 30 l each), "
         "hold smooth white prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for "
         "a Zagreb DIY chain that sells them to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, on a lorry at Bijača; Bosnian wording (ammonium nitrate repeats in "
         "many sets, under demolition-agent and cold-weather concreting labels among others; an expanded-glass "
         "label was found in no earlier row by a keyword search)", firm("Vega Građevinski Centar d.o.o.", "HR")),
        ("PRE-08", "import", "PTSEA01", "sea", "TH", [], "PT", "291816",
         "โซเดียมกลูโคเนต สารหน่วงการก่อตัวของคอนกรีต ถุงปลีก 1 กก. 6,000 ถุง", "TH", 6000, 6000, 5400, "USD",
         "sodium gluconate, the concrete set retarder, is a fine, off-white, faintly sweet powder that dissolves "
         "readily and is harmless; these 6,000 retail bags hold shiny, tasteless, colourless crystals that dissolve "
         "slowly, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate "
         "(Annex I above 40 %) retail-packed for a Lisbon builders' merchant's DIY customers, by sea from Laem "
         "Chabang to Sines; Thai wording (potassium chlorate repeats in many sets; a sodium-gluconate label was "
         "found in no earlier row by a keyword search)", firm("Atlântico Materiais de Construção Lda", "PT")),
        ("PRE-09", "import", "DKPOST01", "post", "AU", [], "DK", "284020",
         "Disodium octaborate (DOT) timber preservative powder, for roof timbers, 4 x 1 kg tubs", "AU", 4, 4, 60,
         "AUD",
         "disodium octaborate is a fluffy, white, alkaline powder that dissolves slowly in cold water and is used "
         "by roofers against borers; these four tubs hold a dense, crystalline powder that draws damp, dissolves "
         "at once, burns fiercely with sugar and whose re-used tub lids read 'NaClO4.H2O': sodium perchlorate "
         "(Annex I above 40 %), posted from Brisbane to a private person in Aarhus; Australian English wording "
         "(sodium perchlorate repeats in many sets and borax labels in several; a timber-preservative DOT label was "
         "found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-10", "import", "ESSEA01", "sea", "PE", [], "ES", "560749",
         "Cuerda guía de polipropileno para pasar cables por tubería, bobinas de 500 m, 120 bobinas", "PE", 1200, 120,
         1800, "USD",
         "an electricians' draw cord is a light, braided polypropylene line of about 3 g/m; these 120 reels weigh "
         "10 kg per 500 m, the cord is a smooth yellow plastic tube with a white crystalline core, and the reels "
         "carry 'PETN 10 g/m' under the new labels: detonating cord, an explosive moved without the transfer "
         "authorisation Directive 2014/28 and Spanish explosives law require, by sea from Callao to Valencia for a "
         "Madrid 'electrical supplies' firm whose only customers are quarry contractors; Peruvian Spanish wording "
         "(detonating cord repeats in many sets; an electricians' draw-cord label was found in no earlier row by a "
         "keyword search)", firm("Meridian Electricidad SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "NG", "680690",
         "Used mineral-fibre suspended ceiling tiles, 600 x 600 mm, clean, for re-use, 18 t", "IE", 18000, None,
         900, "EUR",
         "re-usable mineral-fibre ceiling tiles are light (about 4 kg/m2), white-faced, fissured boards from recent "
         "fit-outs; these pallets hold dense, grey, smooth-backed 1970s boards of 9 kg/m2 with broken corners and "
         "nail holes, ripped from Dublin school ceilings, and a lens shows amosite fibres at the broken edges: "
         "asbestos insulating board (17 06 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Dublin to Lagos for a 'building materials' buyer; Irish English wording (asbestos repeats in many sets; a "
         "ceiling-tile label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GH", "271500",
         "Koude asfaltreparatiemix (cold patch) voor gaten in de weg, bigbags, 24 t", "NL", 24000, None, 1200, "EUR",
         "cold-patch asphalt is a sticky, black, bitumen-coated grit that stays workable in the bag and smells of "
         "solvent; these bags hold dry, loose, grey-black millings that do not stick, smell of coal tar and turn a "
         "PAK-marker spray yellow-brown, with lab slips of over 1,000 mg/kg PAH (10 EPA): tar-containing asphalt "
         "granulate (17 03 01*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Tema for a 'road contractor'; Dutch wording (tarry asphalt repeats in several sets under "
         "recycled-asphalt and road-base labels; a cold-patch label was found in no earlier row by a keyword "
         "search)", {"importer_country": "GH"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "GN", "940549",
         "Luminaires de bureau encastrés 4 x 18 W, d'occasion, testés, 2 000 pièces", "BE", 14000, 2000, 4000, "EUR",
         "re-usable office luminaires are recent LED or T5 fittings with intact diffusers, boxed; these 2,000 are "
         "1970s-80s recessed fittings with their tubes still in, stacked loose, several leaking a brown oil from "
         "ballast capacitors stamped 'Clophen', taken out of a Liège office tower under renovation: lighting waste "
         "with PCB capacitors and mercury tubes (16 02 09*, 20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Conakry; Belgian French wording (PCB capacitors and lamps repeat in "
         "many sets, and luminaires in a few (street lighting, emergency lighting); office ceiling fittings from a "
         "renovation are the new part as far as a search found)", {"importer_country": "GN"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "440399",
         "Staré drevo zo stodôl, hrady a dosky, očistené, na interiérové obklady, 20 t", "SK", 20000, None, 3000,
         "EUR",
         "reclaimed barn wood for interior cladding is sun-greyed, untreated spruce sold by decorators at a "
         "premium; these beams and boards come from the roof trusses of 1970s farm buildings, smell of chemicals, "
         "carry a yellow-green stain and chalky red-lead paint, and a swab reads pentachlorophenol and lindane "
         "(the old Xylamon treatments): waste wood containing hazardous substances and persistent organic "
         "pollutants (17 02 04*), hazardous waste whose export to a non-OECD country is banned, on a lorry at "
         "Vyšné Nemecké for an Uzhhorod 'interior design' shop; Slovak wording (treated waste wood repeats in many "
         "sets under firewood, pellet and sleeper labels; a barn-wood cladding label was found in no earlier row by "
         "a keyword search)", {"importer_country": "UA"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "DZ", "250840",
         "Argila roja per a fabricació de maons, a granel, big bags, 30 t", "ES", 30000, None, 900, "EUR",
         "brick clay is a plastic, red-brown, earthy clay dug from a pit; these bags hold a grey-green, "
         "fine-grained, cracked filter cake with streaks of blue and white glaze that reads lead, zinc and "
         "boron on a hand XRF, from the glazing lines and effluent presses of a Castellón tile factory: wastes from "
         "glazing containing heavy metals (10 12 11*), hazardous waste whose export to a non-OECD country is "
         "banned, from Castellón to Oran for a 'brickworks'; Valencian (Catalan) wording (ceramic and glaze wastes "
         "repeat in a few sets, and frit labels in several; a brick-clay label on glaze sludge from a tile plant "
         "is the new part as far as a search found)", {"importer_country": "DZ"}),
        ("WST-06", "transit", "SISEA01", "sea", "CH", ["SI"], "TR", "680610",
         "Panneaux de laine de roche pour culture hors-sol, usagés, désinfectés, 60 balles", "CH", 18000, 60, 1800,
         "EUR",
         "used rock-wool growing slabs are uniform, green-brown, foil-wrapped slabs with root marks and fertiliser "
         "salts; these bales are torn, yellow glass-wool and grey rock-wool batts with kraft and aluminium facings, "
         "mortar crumbs and plaster dust, stripped from Geneva attics and flat roofs built before 1995: old "
         "biopersistent mineral-fibre insulation (17 06 03*), hazardous waste moved to an OECD country without the "
         "notification and consent it needs, landed at Koper in transit from Switzerland to Antalya for a "
         "'greenhouse grower'; Swiss French wording (mineral wool repeats in a few sets under reclaimed-rock-wool "
         "and glass-wool labels; a hydroponic growing-slab label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "SN", "847431",
         "Bétonnières d'occasion 350 l, révisées, 6 pièces", "FR", 2400, 6, 3000, "EUR",
         "a second-hand builders' container for Dakar: concrete mixers and props are what Le Havre exporters ship "
         "to West African contractors, but the third item's 'huile hydraulique, fûts de 200 l' are 20 dented drums "
         "of black, water-laden, metal-flecked oil drained from excavators and cranes at a Rouen plant-hire depot, "
         "with no label but the depot's waste-oil stencil: waste hydraulic oil (13 01 10*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration; French "
         "wording (waste oils repeat in many sets, and a hydraulic-oil label once, on a "
         "waste in steel flasks; behind a builders' plant container to Senegal is the new part as far as a search "
         "found)",
         dict({"importer_country": "SN"},
              _more_items=[item("730840", "Étais de maçonnerie d'occasion, réglables, 400 pièces", "FR", 6000, 2000,
                                "EUR", qty=400),
                           item("271019", "Huile hydraulique, fûts de 200 l, 20 fûts", "FR", 3600, 400, "EUR",
                                qty=20)])),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "681182",
         "Szálcement virágládák, használt, kerti dekorációhoz, 3 000 db", "HU", 21000, 3000, 3000, "EUR",
         "new fibre-cement planters are smooth, light-grey, cellulose-fibre troughs stamped 'asbestos-free'; these "
         "3,000 are weathered, moss-grown, chipped troughs and balcony boxes with a 1960s-80s maker's mark, "
         "collected from Budapest housing estates, and a lens shows chrysotile at every broken edge: "
         "asbestos-containing construction waste (17 06 05*), hazardous waste whose export to a non-OECD country "
         "is banned, on a lorry at Röszke for a Novi Sad 'garden centre'; Hungarian wording (asbestos cement "
         "repeats in many sets and Eternit labels in several; a flower-trough label was found in no earlier row by "
         "a keyword search)", {"importer_country": "RS"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "440929",
         "Eichen-Stabparkett, Altbestand, ausgebaut, gereinigt, zur Wiederverwendung, 16 t", "DE", 16000, None, 4800,
         "EUR",
         "reclaimed oak parquet is cleaned of its old glue and sold in sorted bundles; these blocks still carry a "
         "thick, black, brittle adhesive on their undersides that smells of tar, and the dealer's own lab sheet "
         "gives 4,000 mg/kg PAH and benzo[a]pyrene well above limits, from 1950s Leipzig flats: waste wood with "
         "coal-tar parquet adhesive (17 02 04*), hazardous waste whose export to a non-OECD country is banned, by "
         "road through Poland to a Lviv 'flooring restorer'; German wording (coal-tar products repeat in several "
         "sets; a reclaimed-parquet label on a waste row was found in no earlier row by a keyword search: earlier "
         "parquet rows are timber or sanctions rows)", {"importer_country": "UA"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "392590",
         "Rabljena polnila za hladilne stolpe, PVC, očiščena, za ponovno uporabo, 18 t", "SI", 18000, None, 1800,
         "EUR",
         "cooling-tower fill packs are light (about 40 kg/m3), corrugated PVC film in glued blocks; these pallets hold "
         "heavy, grey, brittle corrugated sheets of 1.7 kg/m2 with calcium scale, taken out of a 1970s factory "
         "cooling tower at Celje, that break with a fibrous edge showing chrysotile: asbestos-cement fill "
         "(17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Croatia to "
         "a Tuzla 'HVAC contractor'; Slovenian wording (asbestos cement repeats in many sets; a cooling-tower fill "
         "label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "IN", [], "PL", "350699",
         "EPDM கூரை சவ்வுக்கான தொடர்பு பிசின், 20 லிட்டர் டின், 200 டின்கள்", "IN", 5360, 200, 9000, "USD",
         "a solvent-based contact adhesive for EPDM roofing is a honey-coloured, stringy rubber cement of about "
         "0.85 kg/l that smells of hexane and carries a flame pictogram; these 200 tins weigh 1.34 kg/l, hold a "
         "thin rubber solution that will not burn, smells sweet like chloroform and leaves a liquid that boils at "
         "74 °C when distilled: a contact adhesive made up in 1,1,1-trichloroethane (methyl chloroform), a product "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Chennai to "
         "Gdańsk for a flat-roofing wholesaler; Tamil wording (methyl chloroform repeats in many sets, and a "
         "contact-adhesive label once, on a foam-gun cleaner; an EPDM roofing adhesive was found in no earlier row "
         "by a keyword search)", firm("Nordhafen Dachy Sp. z o.o.", "PL")),
        ("OZN-02", "import", "GRROAD01", "road", "AL", [], "GR", "382499",
         "Tretës për kompresa pastrimi të njollave në mermer, pa aceton, 20 bidona 5 l", "AL", 159, 20, 600, "EUR",
         "a poultice solvent for lifting oil stains out of marble is acetone or white spirit, light (0.8 kg/l) and "
         "flammable, mixed with a clay powder on site; these 20 cans weigh 1.59 kg/l, the liquid does not burn, "
         "smells sweet and heavy and sinks under water, and the filler's old drums on the same van read 'CCl4': "
         "carbon tetrachloride, whose import into the Union is banned outside licensed laboratory and feedstock "
         "uses, in a van at Kakavia for an Ioannina marble-restoration firm; Albanian wording (carbon tetrachloride "
         "repeats in many sets under paint-stripper, turpentine and remover labels; a stone-poultice label was found "
         "in no earlier row by a keyword search)", firm("Delta Marmara AE", "GR")),
        ("OZN-03", "import", "FRAIR01", "air", "CI", [], "FR", "380891",
         "Traitement anti-termites du sol avant construction, fumigant, 24 boîtes de 680 g", "CI", 16.3, 24, 480,
         "EUR",
         "pre-construction termite treatments are liquid concentrates (bifenthrin, imidacloprid) diluted in water "
         "and sprayed into the trench; these 24 cans are pressurised, hiss when the valve is cracked, hold a liquid "
         "that boils off at 4 °C with a faint chloroform smell and read 'bromure de méthyle 98 %' under the new "
         "labels: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), flown "
         "from Abidjan to Paris for a termite-control firm working on Île-de-France renovation sites; Ivorian "
         "French wording (methyl bromide repeats in many sets under fumigant labels, and a "
         "termite fumigant label once, on sulphuryl fluoride; a pre-construction soil-treatment label was found in "
         "no earlier row by a keyword search)",
         firm("Rivage Traitement du Bois SARL", "FR")),
        ("OZN-04", "import", "NLSEA01", "sea", "MY", [], "NL", "841950",
         "Unit pengudaraan pemulihan haba (MVHR) untuk rumah, tanpa bahan pendingin, 300 unit", "MY", 13500, 300,
         54000, "USD",
         "a heat-recovery ventilation unit is a box of two fans and a plastic cross-flow exchanger with no "
         "refrigerant at all; these 300 cartons hold wall-mounted split air-conditioner indoor units and outdoor "
         "units with a compressor and service valves, each pre-charged with 1.1 kg of R-410A, with no HFC quota "
         "authorisation and no declaration of conformity behind them: HFC-charged equipment placed on the Union "
         "market outside the quota system Regulation 2024/573 requires, by sea from Port Klang to Rotterdam for a "
         "Utrecht installer; Malay wording (HFC equipment repeats in many sets; a heat-recovery ventilation label "
         "was found in no earlier row by a keyword search)", firm("Horizon Klimaattechniek BV", "NL")),
        ("OZN-05", "import", "ROAIR01", "air", "AM", [], "RO", "732290",
         "Ընդարձակման բաքեր ջեռուցման համակարգերի համար, 24 լ, 120 հատ", "AM", 540, 120, 3600, "USD",
         "an expansion vessel for a heating system is a light, squat, red steel tank with a rubber diaphragm, a "
         "water connection and a tyre valve pre-charged with nitrogen at 1.5 bar, empty and silent when shaken; "
         "these 120 red cylinders are tall and heavy, slosh, read 25 bar on a gauge fitted under the cap, have a "
         "discharge valve instead of a water connection, valve stamps '13B1' under the new stickers, and their "
         "liquid boils off at -58 °C: halon 1301 (bromotrifluoromethane), whose import into the Union is banned "
         "outside licensed critical uses, flown from Yerevan to Bucharest for a heating and fire-protection "
         "installer; Armenian wording (halon 1301 repeats in many sets under FM-200, IG-541, condensed-aerosol and "
         "other cylinder labels; a heating expansion-vessel label was found in no earlier row by a keyword search)",
         firm("Delta Instalații Termice SRL", "RO")),
        ("OZN-06", "import", "ITSEA01", "sea", "EG", [], "IT", "392113",
         "ألواح عزل بولي أيزوسيانورات (PIR) مغطاة بالألومنيوم، منفوخة بالبنتان، 1,200 لوح", "EG", 9600, 1200, 14400,
         "USD",
         "pentane-blown PIR boards are foil-faced, rigid, yellow foam with a maker's CE label and a lambda "
         "declaration; these 1,200 boards have no CE label, the foam hisses with a sweet, ether-like smell when cut "
         "and a head-space test of a cut sample gives 1,1-dichloro-1-fluoroethane: PIR insulation blown with "
         "HCFC-141b, a product containing an ozone-depleting substance whose import into the Union is banned, by "
         "sea from Damietta to Salerno for a roofing contractor; Egyptian Arabic wording (HCFC-141b foams repeat in "
         "many sets, panels and premixes among them, and PIR labels twice (blind47's pentane-blown cold-room "
         "panels, a development set's PIR boards); kept as a known repeat, foil-faced PIR roof boards from Egypt are "
         "the new part as far as a search found)", firm("Meridian Isolanti Srl", "IT")),
        ("OZN-07", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "290342",
         "Ладилен гас R-32 (дифлуорометан), цилиндри 9,5 кг, 600 цилиндри", "CN", 5700, 600, 9000, "USD",
         "R-32 cylinders for split air conditioners are blue-grey with a flammability (A2L) mark and read about "
         "14 bar at 20 °C; these 600 cylinders read 9 bar, carry no flame mark, their contents do not burn at the "
         "valve and a refrigerant identifier reads 98 % R-22: chlorodifluoromethane (HCFC-22), moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Thessaloniki in transit from Ningbo to "
         "Skopje for an air-conditioning installer; Macedonian wording (HCFC-22 under HFC labels repeats in many "
         "sets, an R-32 label among them; kept as a known repeat, a transit declared in Macedonian through "
         "Thessaloniki is the new part as far as a search found)", {"importer_country": "MK"}),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "741110",
         "Klima tesisatı için bakır boru, kangal, 1/4-3/8 inç, 800 kg", "TR", 800, None, 9600, "USD",
         "an air-conditioning installer's lorry for a Sofia HVAC wholesaler: copper coils and elastomeric pipe "
         "insulation are what Turkish suppliers send, but the third item's 'vakum pompası yağı' is 600 one-litre "
         "cans that are not oil at all: they are pressurised, have a valve instead of a screw cap, hiss a sweet gas "
         "and are stamped 'R22 1 kg' under the new labels: chlorodifluoromethane (HCFC-22) in disposable cans, whose "
         "import into the Union is banned, hidden as the last item of a three-item declaration, at Kapitan "
         "Andreevo; Turkish wording (HCFC-22 repeats in many sets and compressor-oil labels in several; a "
         "vacuum-pump-oil label behind an installer's copper order was found in no earlier row by a keyword search)",
         dict(firm("Central Klimatika EOOD", "BG"),
              _more_items=[item("400911", "Elastomerik boru izolasyonu, 2 m, 3 000 adet", "TR", 900, 2400, "USD",
                                qty=3000),
                           item("271019", "Vakum pompası yağı, 1 l teneke, 600 adet", "TR", 600, 1200, "USD",
                                qty=600)])),
        ("OZN-09", "export", "ITSEA01", "sea", "IT", [], "ET", "841869",
         "Gruppi frigoriferi per raffreddamento acqua d'impasto del calcestruzzo, usati, R-407C, 4 unità", "IT",
         22000, 4, 60000, "EUR",
         "used water chillers for cooling concrete mix water at a batching plant are sold for dam and road sites; "
         "these four, taken from a Po-valley batching plant, have data plates altered from 'R22' to 'R-407C' (the "
         "scratches show under a torch), and a refrigerant identifier on each circuit reads HCFC-22, about 90 kg per "
         "unit: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Genoa "
         "to Djibouti for an Ethiopian dam contractor; Italian wording (R-22 equipment for export repeats in many "
         "sets; concrete-cooling chillers for a batching plant were found in no earlier row by a keyword search)",
         {"importer_country": "ET"}),
        ("OZN-10", "import", "PLROAD01", "road", "UA", [], "PL", "350691",
         "Клей-піна для гіпсокартону та плит утеплювача, балони 750 мл, 12 000 шт.", "UA", 9000, 12000, 24000, "EUR",
         "a PU adhesive foam for plasterboard and insulation boards is a one-component foam whose propellant is "
         "propane, butane and dimethyl ether; these 12,000 cans carry no flame mark, do not light at the nozzle, "
         "and the maker's safety sheet in the cab lists 1,1,1,2-tetrafluoroethane (GWP 1,430) as blowing agent: "
         "one-component foams containing HFC-134a, whose placing on the Union market Regulation 2024/573 forbids, "
         "on a lorry at Dorohusk for a Lublin drywall wholesaler; Ukrainian wording (HFC foams repeat in several "
         "sets under one-component and gun-foam labels; a drywall adhesive-foam label was found in no earlier row "
         "by a keyword search)", firm("Orion Suche Zabudowy Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "export", "HUAIR01", "air", "HU", [], "US", "690510",
         "Mázas kerámia tetőcserepek és díszelemek, bontott, 240 db", "HU", 1200, 240, 3600, "EUR",
         "new glazed roof tiles are evenly coloured, machine-pressed and stamped with a current maker's mark; "
         "these 240 are frost-crazed pyrogranite tiles and ornaments in green, ochre and blue eosin glazes with the "
         "five-towers stamp of the Zsolnay factory of Pécs and 1890s mortar on the backs, taken down from a listed "
         "Budapest Art Nouveau building: elements of a dismembered monument over 100 years old, which need an "
         "export licence at any value (Regulation 116/2009), flown from Budapest to a New York dealer without one; "
         "Hungarian wording (architectural salvage repeats in several sets; Zsolnay roof ceramics were found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "export", "FRROAD01", "road", "FR", [], "GB", "680291",
         "Cheminée en pierre de récupération, démontée, 1 palette", "FR", 1800, 1, 2500, "EUR",
         "a reclaimed stone fireplace surround is usually a 19th-century moulded limestone frame in two jambs and "
         "a lintel; this pallet holds 14 carved tufa blocks with candelabra, putti and a crowned salamander, traces "
         "of polychromy and numbered with chalk by whoever took it apart: a Renaissance chimneypiece of about 1530 "
         "from a listed Loire-valley manor, an element of a dismembered monument over 100 years old that needs an "
         "export licence at any value (Regulation 116/2009) and a French certificate, on a lorry at Calais for a "
         "London dealer; French wording (architectural elements repeat in many sets; a fireplace label was found in "
         "no earlier cultural row by a keyword search, the earlier fireplace rows being bio-ethanol and "
         "coloured-flame precursors)", {"importer_country": "GB"}),
        ("CUL-03", "import", "DESEA01", "sea", "LK", [], "DE", "442199",
         "නව කැටයම් කළ තේක්ක කණු, සැරසිලි සඳහා, 8", "LK", 640, 8, 800, "USD",
         "new carved teak pillars from Sri Lankan workshops are pale, crisp and sanded; these eight are dark, "
         "weathered hardwood columns with worn lotus capitals, dancers and hamsa birds in the Kandyan style, "
         "termite galleries, old lime wash and mortise holes for roof beams, taken out of a village devale (shrine) "
         "near Kandy: 18th-century temple pillars, cultural property whose export Sri Lanka forbids, brought in "
         "against Regulation 2019/880 (goods unlawfully removed from their country), by sea from Colombo to Hamburg "
         "for a Cologne interior-design gallery; Sinhala wording (Sri Lankan antiquities repeat in a few sets, and "
         "carved pillars and columns in several; Kandyan devale pillars were found in no earlier row by a keyword "
         "search)", firm("Galerie Alpina GmbH", "DE")),
        ("CUL-04", "import", "NLSEA01", "sea", "CN", [], "NL", "680293",
         "花岗岩庭院装饰石鼓, 新作, 2 对", "CN", 1400, 4, 600, "USD",
         "new granite garden drums are sharp-edged, grey, machine-cut and polished; these four are worn, "
         "weathered marble and granite door-drums (mendun) with lions on the tops, carved drum heads and the "
         "sockets and wear of a gate post, taken from Beijing hutong courtyard gates: Qing-dynasty architectural "
         "elements, cultural relics from before 1911 whose export China forbids, brought in against Regulation "
         "2019/880, by sea from Tianjin to Rotterdam for a garden-antiques dealer; Chinese wording (Chinese "
         "antiquities repeat in many sets and garden-stone covers in several; door-drums were found in no earlier "
         "row by a keyword search)", firm("Horizon Tuinantiek BV", "NL")),
        ("CUL-05", "import", "HUROAD01", "road", "RS", [], "HU", "690410",
         "Стара ручно рађена опека, рециклирана, за декорацију, 2 палете", "RS", 1600, 300, 450, "EUR",
         "reclaimed handmade bricks are red, slightly irregular 19th-century bricks with lime mortar; these 300 are "
         "flat, square and round Roman tiles and bricks, some with 'LEG VII CL' stamps and animal prints, with "
         "soot on the faces and earth in the pores: hypocaust pilae and tegulae from the Roman city of Viminacium, "
         "archaeological objects whose export Serbia forbids, brought in without the import licence Regulation "
         "2019/880 requires, on a lorry at Röszke for a Budapest restaurant fit-out; Serbian wording (Roman objects "
         "from the Balkans repeat in several sets, Viminacium finds in three (coins, weights, a bronze plaque); stamped Roman building ceramics under a reclaimed-brick label "
         "were found in no earlier row by a keyword search)", firm("Vega Építő Kft.", "HU")),
        ("CUL-06", "import", "ESAIR01", "air", "EC", [], "ES", "441821",
         "Puertas de madera tallada, reproducción estilo colonial quiteño, 2 hojas", "EC", 260, 2, 600, "USD",
         "reproduction Quito colonial doors are new cedar with machine-cut panels and a stain; these two leaves are "
         "heavy, worm-eaten, hand-adzed panels with 17th-century carving, iron studs, old blue and red paint and "
         "the nail holes of a zaguán frame, taken from a listed house in Quito's historic centre: colonial "
         "architectural elements, cultural heritage whose export Ecuador forbids, brought in against Regulation "
         "2019/880, flown from Quito to Madrid for a decoration dealer; Ecuadorian Spanish wording (carved doors "
         "repeat in several sets, from Zanzibar and Uzbekistan, and Quito colonial art once, as painting copies; "
         "Quito colonial doors were found in no earlier row "
         "by a keyword search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-07", "import", "ITSEA01", "sea", "TR", [], "IT", "680291",
         "Mermer mutfak tezgahı parçaları, kesim artığı, 6 adet", "TR", 900, 6, 300, "USD",
         "marble worktop offcuts are sawn, polished slabs with straight edges; these six are carved, weathered "
         "Proconnesian marble plates with a cross in a wreath, interlace borders and dowel holes, the chancel-screen "
         "(templon) panels of a Byzantine church in the occupied north of Cyprus: archaeological objects and "
         "elements of a dismembered monument over 250 years old, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Mersin to Trieste for a Munich stone yard's 'antique' client; Turkish "
         "wording (Cypriot church objects repeat in several sets; a worktop-offcut label was found in no earlier "
         "cultural row by a keyword search)", firm("Alpina Pietre Srl", "IT")),
        ("CUL-08", "import", "DEAIR01", "air", "AZ", [], "DE", "442199",
         "Şəbəkə pəncərə, yeni, ustad işi, 2 ədəd", "AZ", 60, 2, 1200, "USD",
         "new shebeke windows from Sheki workshops are bright, clean lattices of walnut with fresh coloured glass; "
         "these two are darkened, dried-out lattices of thousands of pegged pieces without a nail, with faded and "
         "cracked glass, old putty and the wear of a palace window frame: 18th-19th century shebeke from a Sheki "
         "merchant house in the protected historic centre, cultural property whose export Azerbaijan forbids, "
         "brought in against Regulation 2019/880, flown from Baku to Frankfurt for a collector; Azerbaijani wording "
         "(Caucasian antiquities repeat in several sets; shebeke windows were found in no earlier row by a keyword "
         "search)", firm("Orion Orientalia GmbH", "DE")),
        ("CUL-09", "import", "FRAIR01", "air", "BJ", [], "FR", "691390",
         "Bas-reliefs en terre peinte, artisanat d'Abomey, neufs, 6 plaques", "BJ", 90, 6, 300, "EUR",
         "new Abomey bas-relief plaques are bright, glossy-painted cement or clay on a board; these six are clay "
         "panels cut out of a wall, with layers of old mineral pigment, earth mortar on the backs and the edges of "
         "a saw cut, showing a shark, a lion and a buffalo of the royal emblems: bas-reliefs of the Royal Palaces of "
         "Abomey, a World Heritage site whose parts Benin forbids to export, brought in against Regulation 2019/880 "
         "and the UNESCO 1970 convention, flown from Cotonou to Paris for a dealer; Beninese French wording "
         "(Abomey crafts appear as covers in two sets and a Cham bas-relief once; Abomey palace bas-reliefs were found in no earlier row by a "
         "keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-10", "import", "FRSEA01", "sea", "LB", [], "FR", "690721",
         "بلاط سيراميك للأرضيات، جديد، 40 متر مربع", "LB", 1000, None, 800, "USD",
         "a renovation container for a Marseille architect: new floor tiles and cedar doors are what Beirut "
         "suppliers ship, but the third item's 'قاعدة طاولة من الرخام، مستعملة' is a fluted marble column drum with "
         "a Greek inscription band and Roman mason's marks, root stains and fresh breaks, from the Bekaa: a Roman "
         "architectural element, an archaeological object over 250 years old brought in without the import licence "
         "Regulation 2019/880 requires, hidden as the last item of a three-item declaration, by sea from Beirut to "
         "Marseille; Lebanese Arabic wording (column drums and a stone "
         "table base (blind117) repeat in a few sets; kept as a known repeat, behind a Beirut renovation container "
         "is the new part as far as a search found)",
         dict(firm("Rivage Architecture SARL", "FR"),
              _more_items=[item("441829", "أبواب خشب أرز، جديدة، 6 قطع", "LB", 480, 3000, "USD", qty=6),
                           item("680291", "قاعدة طاولة من الرخام، مستعملة، 1 قطعة", "LB", 420, 150, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "441881",
         "Клееный брус из сосны для каркасного домостроения, казахстанского происхождения, 300 м³", "KZ", 150000,
         None, 135000, "EUR",
         "Kazakhstan has almost no pine forest and a handful of glulam presses; these 300 m3 of pine glulam beams "
         "carry the lamination stamps of a Russian house-kit plant in Vologda oblast, Russian GOST grading marks "
         "and Russian wagon numbers, with a Kazakh certificate of origin issued in Petropavl after a paper "
         "transhipment: Russian wood products, whose import into the Union Regulation 833/2014 forbids, by rail "
         "through Russia and Belarus to Kaunas for a timber-frame house builder; Russian wording (Russian wood "
         "under Kazakh and other origins repeats in many sets, under plywood and larch-decking labels; glulam beams "
         "were found in no earlier row by a keyword search)", firm("Nordhafen Medienos UAB", "LT")),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "850440",
         "Inverter per ventilatori di unità di trattamento aria (UTA), 40 pezzi", "IT", 480, 40, 16000, "EUR",
         "an air-handling-unit fan inverter is a 50-60 Hz drive of a few kW at a few hundred euros; these 40 are "
         "multiphase frequency changers with an output of 600-2,000 Hz held to better than 0.1 %, in sealed "
         "cabinets with no fan-motor interface, at ten times that value, for an Istanbul 'HVAC' trader whose "
         "forwarding orders go on to Tabriz: frequency changers controlled under dual-use 3A225 (drives for gas "
         "centrifuges) and listed in the Iran regulation (267/2012), exported without a licence from Genoa; "
         "Italian wording (frequency changers repeat in several sets; an air-handling-unit inverter label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "express", "DE", [], "AM", "902620",
         "Differenzdrucktransmitter für Reinraum-Lüftungsüberwachung, 12 Stück", "DE", 6, 12, 2400, "EUR",
         "a cleanroom differential-pressure transmitter is a plastic box with two hose barbs, a display and a "
         "range of a few hundred pascals at about 200 EUR; these twelve are heated capacitance manometers with "
         "Inconel diaphragms and VCR metal-seal fittings, at 6,000 EUR each on the maker's list, for a Yerevan "
         "'cleanroom builder' set up last spring whose address is a Tehran forwarder's: pressure sensors made of "
         "materials resistant to UF6, controlled under dual-use 2B230 and listed in the Iran regulation, sent by "
         "express from Frankfurt without a licence; German wording (capacitance manometers repeat in many sets; a "
         "cleanroom-ventilation label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["DE"], "MY", "722830",
         "Gewindestangen A4-80 für Schwerlastanker, M36, 3 m, 400 Stück", "AT", 9600, 400, 12000, "EUR",
         "A4-80 stainless threaded rods for heavy anchors are rolled-thread, non-magnetic bars at a few euros a "
         "kilogram; these 400 bars are unthreaded, strongly magnetic, aged-hardened steel of 2,000 MPa with a "
         "mill certificate for grade 350 maraging steel, at ten times the price, routed by road to Hamburg for a "
         "Port Klang 'construction fastener' trader whose buyer is in Iran: maraging steel controlled under "
         "dual-use 1C216 (centrifuge rotors), exported without a licence from Kapfenberg; Austrian German wording "
         "(maraging steel repeats in many sets, and a furniture threaded-rod label once "
         "(blind155); a heavy-anchor A4 threaded-rod label on maraging steel is the new part as far as a search "
         "found)", {"importer_country": "MY"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Houtverduurzamingspasta op fluoridebasis voor dakgebinten, emmers 25 kg, 320 emmers", "BE", 8000, 320,
         6400, "EUR",
         "a fluoride wood-preservative paste is a coloured, thick paste with binders and a biocide registration; "
         "these 320 pails hold a loose, dry, white powder with no binder or dye, which the pail inserts give as "
         "'NaF 98 %', for a Beirut 'roofing' buyer whose orders go on by road to Homs: sodium fluoride, a "
         "chemical-weapons precursor controlled under dual-use 1C350, exported without a licence from Antwerp; "
         "Flemish wording (sodium fluoride repeats in a few sets under water-fluoridation and toothpaste labels; a "
         "timber-preservative label on a dual-use chemical was found in no earlier row by a keyword search, the one "
         "near match being a wood-stain waste row)", {"importer_country": "LB"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "GE", "846410",
         "Puente sierra CNC para mármol y granito, 5 ejes, 1 unidad", "ES", 24000, 1, 90000, "EUR",
         "a CNC bridge saw for stone has a diamond blade, a water tank and a tilting head, and cuts to a tenth of "
         "a millimetre; this 24 t machine has a 40-tool changer, a HSK spindle of 24,000 rpm, linear scales of one "
         "micron and a control set for titanium and steel, with no water tank or blade guard at all, sold through "
         "a Tbilisi 'stone works' whose freight order names a Tashkent consignee and a Moscow end user: a 5-axis "
         "metal machining centre (8457), on the common high-priority list whose sale for use in Russia Regulation "
         "833/2014 forbids, from Valencia to Poti; Spanish wording (machining centres repeat in several sets under "
         "woodworking labels; a stone bridge-saw label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "AE", "830249",
         "Magnetické držáky dveří, nástěnné, 2 000 ks", "CZ", 300, 2000, 4000, "EUR",
         "a wall-mounted magnetic door holder is a steel plate and a cheap ferrite magnet in a plastic housing; "
         "these 2,000 boxes hold bare, black-coated ring magnets of about 80 mm outer diameter, strongly magnetised, "
         "samarium-cobalt by their maker's data sheet, with no housing, plate or screws at all, for a Dubai "
         "'hardware' trader whose customers are in Iran: ring magnets for gas centrifuges, controlled under "
         "dual-use 3A201 and listed in the Iran regulation, flown from Prague without a licence; Czech wording "
         "(ring magnets repeat in several sets under loudspeaker labels; a door-holder label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CN", "870540",
         "Autobetonpumpen, gebraucht, 36 m Mast, 2 Stück", "DE", 52000, 2, 180000, "EUR",
         "used concrete-pump trucks go to Chinese dealers by the dozen; these two are bought by a Dandong trading "
         "house whose freight order, bank references and Korean-language operating manuals point to a construction "
         "bureau in Pyongyang: vehicles and machinery whose supply to North Korea UN Security Council resolution "
         "2397 and Regulation 2017/1509 forbid, from Hamburg to Dalian; German wording (DPRK goods through China "
         "repeat in many sets, and used excavators in a few; concrete-pump trucks were found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-09", "export", "PTSEA01", "sea", "PT", [], "PK", "681512",
         "Tecido de fibra de carbono para reforço estrutural de pontes (CFRP), 50 rolos", "PT", 1000, 50, 9000, "EUR",
         "a carbon fabric for strengthening bridges is a standard-modulus unidirectional sheet at about 20 EUR/m2, "
         "glued on with epoxy on site; these 50 rolls are high-modulus, high-strength fibre (over 5.5 GPa and 290 "
         "GPa by the maker's lot sheet) worth about ten times that, for a Rawalpindi 'bridge contractor' with no "
         "bridge contracts: carbon fibre controlled under dual-use 1C010 and the missile technology regime, "
         "exported without a licence from Leixões; Portuguese wording (carbon fibre repeats in many sets; a "
         "structural-strengthening CFRP label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-10", "export", "SESEA01", "sea", "SE", [], "TR", "841989",
         "Autoklav för lättbetong (AAC), begagnad, 1 enhet", "SE", 38000, 1, 120000, "SEK",
         "an aerated-concrete autoclave is a steam vessel of 2.5-3 m bore and 30-40 m length working at 12 bar "
         "and 190 °C; this one is a thick-walled, 1 m bore pressure vessel rated at 2,000 bar and 2,000 °C with a "
         "molybdenum furnace, argon compressors and a control cabinet, for a Mersin 'building-block plant' whose "
         "freight forwarder books the onward leg to Bandar Abbas: a hot isostatic press controlled under dual-use "
         "2B204 and listed in the Iran regulation, exported without a licence from Gothenburg; Swedish wording "
         "(isostatic presses repeat in several sets under cheese-press and wine-press labels; "
         "autoclaves appear only as other goods' labels; an aerated-concrete autoclave label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "BR", [], "BE", "440929",
         "Deck de jatobá, aparelhado, 21 x 145 mm, FSC, 30 m3", "BR", 30000, None, 36000, "USD",
         "jatobá decking is salmon-red to red-brown with darker streaks and a slightly coarse feel; these boards "
         "are olive-brown, so dense (1,050 kg/m3) and oily that they sink, with yellow lapacho powder in the pores "
         "that stains a wet finger yellow: ipê (Handroanthus spp., CITES App. II) without the Brazilian CITES export "
         "permit, by sea from Belém to Antwerp for a decking wholesaler; Brazilian Portuguese wording (ipê repeats in "
         "many sets under cumaru, garapa and massaranduba labels, and jatobá labels appear on small turned goods; "
         "a jatobá decking label was found in no earlier row "
         "by a keyword search)", firm("Central Houthandel BV", "BE")),
        ("WLF-02", "import", "FRSEA01", "sea", "CM", [], "FR", "441821",
         "Ébauches de portes en fraké (limba), lamellé-collé, 1 conteneur", "CM", 18000, 600, 21600, "EUR",
         "fraké door blanks are pale, yellowish, light (550 kg/m3), even-grained wood; these 600 blanks are "
         "pinkish-red to red-brown, with a ribbon figure and interlocked grain, and the off-cuts in the container "
         "are solid mahogany-coloured boards: African mahogany (Khaya spp., CITES App. II for African populations) "
         "without a CITES export permit, by sea from Douala to Le Havre for a joinery; Cameroonian French wording "
         "(Khaya repeats in many sets under sipo, sapele and other labels; a fraké door-blank label was found in no "
         "earlier row by a keyword search)", firm("Meridian Menuiserie SARL", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "GH", [], "NL", "441879",
         "Plantation teak decking tiles, 30 x 30 cm, interlocking, 1 container", "GH", 16000, 8000, 24000, "USD",
         "Ghanaian plantation teak is golden-brown, oily, smells of leather and has a small-dimension, knotty "
         "look; these tiles are of a harder, brown-yellow wood that darkens to deep brown in the sun, without oil "
         "or smell, with fine interlocked grain and no knots from large trees: afrormosia (Pericopsis elata, CITES "
         "App. II) without a CITES export permit, by sea from Takoradi to Rotterdam for a garden-centre chain; "
         "Ghanaian English wording (afrormosia repeats in many sets under iroko and teak-like labels; a "
         "plantation-teak decking-tile label was found in no earlier row by a keyword search)",
         firm("Horizon Tuin BV", "NL")),
        ("WLF-04", "import", "ITSEA01", "sea", "ID", [], "IT", "442199",
         "Pasak kayu sengon (Albizia) untuk konstruksi kayu, diameter 10 mm, 40 karton", "ID", 4000, 40, 4400, "USD",
         "sengon dowels are soft, very light (about 300 kg/m3), pale pinkish and fuzzy-grained; these dowels are "
         "hard, dense (650 kg/m3), evenly pale straw-coloured with a fine, even texture and an unpleasant smell "
         "when wet, and they itch the skin of the packer: ramin (Gonystylus spp., CITES App. II) without a CITES "
         "export permit, by sea from Semarang to Genoa for a timber-frame and furniture fittings supplier; "
         "Indonesian wording (ramin repeats in many sets under moulding and dowel labels; a sengon label was found "
         "in no earlier row by a keyword search)", firm("Vega Ferramenta Srl", "IT")),
        ("WLF-05", "import", "ESSEA01", "sea", "PE", [], "ES", "440929",
         "Listones de capirona para marcos de ventana, cepillados, 24 m3", "PE", 14400, None, 17000, "USD",
         "capirona is a hard, pale, olive-yellow wood with almost no figure and a smooth, glossy surface; these "
         "window scantlings are light reddish-brown with a lustrous ribbon figure, medium weight (600 kg/m3) and "
         "pores filled with dark gum: big-leaf mahogany (Swietenia macrophylla, CITES App. II) without a CITES "
         "export permit, by sea from Callao to Valencia for a window maker; Peruvian Spanish wording (big-leaf "
         "mahogany repeats in many sets under tornillo, andiroba and other labels; a capirona label was found in "
         "no earlier row by a keyword search)", firm("Atlántica Carpintería SL", "ES")),
        ("WLF-06", "import", "FRSEA01", "sea", "KM", [], "FR", "680292",
         "Pierres de taille calcaires pour restauration de façades, 12 t", "KM", 12000, None, 2400, "EUR",
         "limestone ashlar is a dense, fine, cream-coloured sedimentary stone with even grain; these blocks are "
         "white and grey, full of star-shaped corallite pores and branching patterns, light and porous, with sea "
         "salt in the pores, cut from reef coral on Grande Comore: stony coral (Scleractinia, CITES App. II) as "
         "building blocks, without CITES documents, by sea from Moroni to Marseille for a facade-restoration firm; "
         "Comorian French wording (stony corals repeat in many sets, and a coral-stone souvenir once; coral "
         "building blocks under a limestone-ashlar label were found in no earlier row by a keyword search)",
         firm("Rivage Façades SARL", "FR")),
        ("WLF-07", "import", "NLSEA01", "sea", "BO", [], "NL", "440910",
         "Revestimiento de fachada de cedro rojo occidental, machihembrado, 20 m3", "BO", 9000, None, 14000, "USD",
         "western red cedar is a Canadian softwood, reddish-brown, light (370 kg/m3) and smelling strongly of "
         "cedar; a Bolivian exporter of it is already odd, and these boards are a hardwood with open pores, a "
         "pinkish-brown colour and a resinous, spicy smell: Cedrela (Spanish cedar, Cedrela fissilis, CITES App. "
         "II) without a CITES export permit, by sea from Arica to Rotterdam for a cladding wholesaler; Bolivian "
         "Spanish wording (Cedrela repeats in many sets, under a tropical 'cedro rojo' label once "
         "(blind10); a western red cedar cladding label was found in no earlier row by a keyword search, the one "
         "western red cedar row being logs in a waste row)",
         firm("Atlantic Gevelbekleding BV", "NL")),
        ("WLF-08", "import", "ITAIR01", "air", "VN", [], "IT", "420500",
         "Gạch ốp tường bọc da bò, dập nổi vân trăn, 400 tấm", "VN", 240, 400, 3200, "USD",
         "embossed cowhide wall tiles carry a uniform, repeating pressed pattern on thick, even leather; these 400 "
         "tiles are faced with real snake skin: irregular scales that lift at the edges, a belly-scale row and "
         "ventral pattern that never repeats, 3 m skins cut into squares: reticulated python (Python reticulatus, "
         "CITES App. II) without CITES documents, flown from Ho Chi Minh City to Milan for an interior-design "
         "showroom; Vietnamese wording (python skin repeats in several sets under snake-print cowhide labels; "
         "leather wall tiles were found in no earlier row by a keyword search)", firm("Orion Interni Srl", "IT")),
        ("WLF-09", "import", "PTSEA01", "sea", "BR", [], "PT", "440929",
         "Tacos de sucupira de demolição, restaurados, 40 m²", "BR", 1000, None, 2400, "USD",
         "sucupira parquet is dark chocolate-brown with light parenchyma bands and a coarse texture; these blocks "
         "are purple-brown to black-streaked, heavy and oily with a sweet, rose-like smell when sanded, lifted from "
         "a 1950s São Paulo house: Brazilian rosewood (Dalbergia nigra, CITES App. I), which needs a pre-Convention "
         "certificate and an import permit even when reclaimed, brought in without them, by sea from Santos to "
         "Lisbon for a flooring restorer; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets; a "
         "reclaimed-sucupira label was found in no earlier row by a keyword search)",
         firm("Central Pavimentos Lda", "PT")),
        ("WLF-10", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "680293",
         "Granite slabs, polished, 2 cm, 40 crates", "NG", 24000, 40, 12000, "USD",
         "a granite container in transit from Lagos to Hai Phong: polished slabs and mosaic chips are what Nigerian "
         "stone traders ship, but the third item's 'marble mosaic chips' are 300 kg of cut, creamy, "
         "cross-hatched pieces that glow under UV and show Schreger lines on every cross-section: elephant ivory "
         "(CITES App. I) in transit through the Union without CITES documents, hidden as the last item of a "
         "three-item declaration at Antwerp; Nigerian English wording (ivory repeats in many sets under bone, horn "
         "and stone labels; marble mosaic chips behind granite slabs in transit through Antwerp were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "VN"},
              _more_items=[item("680210", "Marble mosaic tiles, on mesh, 300 boxes", "NG", 6000, 3000, "USD", qty=300),
                           item("680299", "Marble mosaic chips, white, 12 bags", "NG", 300, 120, "USD", qty=12)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "CH", "AT", "284700",
     "Wasserstoffperoxid 35 %, 4 x 1 l, for a licensed private user (cleaning of a stone facade)", "CH", 4.6, 4, 60,
     "CHF", [("PRECURSOR_LICENCE", "AT-BMI-57-0231")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKPOST01", "post", "AU", "DK", "282990",
     "Sodium perchlorate monohydrate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics course)", "AU", 1,
     1, 40, "AUD", [("PRECURSOR_LICENCE", "DK-RPOL-57-0046")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IE", "DE", "680690",
     "Asbestos insulating board ceiling tiles (17 06 05*), double-bagged, for disposal at a licensed landfill, 18 t",
     "IE", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-57-0318")], "notified asbestos waste to a licensed landfill"),
    ("PRM-04", "waste", "import", "NLROAD01", "road", "BE", "NL", "271500",
     "Tar-containing asphalt granulate (17 03 01*), for thermal cleaning at a licensed plant, 24 t", "BE", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-57-0122")], "notified tarry asphalt to a licensed thermal cleaning plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Recycled halon 1301, 20 cylinders, for critical uses in aircraft fire protection", "GB", 900, 20, 36000, "EUR",
     [("ODS_LICENCE", "FR-MTE-ODS-57-011")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "MY", "NL", "841510",
     "Split air conditioners, pre-charged with R-32, 300 sets, HFCs accounted for under the quota system", "MY",
     13500, 300, 96000, "USD", [("FGAS_QUOTA", "NL-FGAS-57-0419")],
     "HFC-charged equipment with its quota authorisation and declaration of conformity"),
    ("PRM-07", "cultural", "export", "FRROAD01", "road", "FR", "GB", "680292",
     "Renaissance tufa chimneypiece, Loire valley, c. 1530, from a documented collection, dismantled in 14 blocks",
     "FR", 1800, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-57-0266")],
     "dismembered-monument element exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "HUAIR01", "air", "HU", "US", "690510",
     "Zsolnay pyrogranite roof ornaments, 1896, from a demolished Budapest building, 12 pieces", "HU", 80, 12,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "HU-MK-EXP-57-0094")],
     "architectural elements over 100 years old exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "850440",
     "Frequency changers, 600-2,000 Hz output, 20 units, for a Turkish textile-machinery maker", "IT", 240, 20,
     80000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-57-0315"), ("END_USER_CERTIFICATE", "TR-MT-EUC-57-0088")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "282619",
     "Sodium fluoride 98 %, 20 t, for an Indian aluminium-flux maker", "BE", 20000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-57-0142"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-57-0377")],
     "dual-use sodium fluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "BR", "BE", "440929",
     "Ipê decking (Handroanthus spp.), planed, 21 x 145 mm, 30 m3, from a managed forest concession", "BR", 31500,
     None, 54000, "USD", [("CITES_PERMIT", "BR-IBAMA-57-1183")], "App. II ipê with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440729",
     "Sawn African mahogany (Khaya ivorensis), kiln-dried, 40 m3", "CM", 22000, None, 30000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-57-0271")], "App. II African mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Deponie GmbH",
    "PRM-06": "Horizon Klimaattechniek BV", "PRM-11": "Central Houthandel BV", "PRM-12": "Meridian Menuiserie SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises, most of them building goods
    ("391000", "Siloxane facade water repellent, 1 l", "import", ["express"], ["CH"], (15, 30), (1, 4), ["CHF", "EUR"], 1, S),
    ("382440", "Concrete surface retarder, water-based, 25 l", "import", ["sea"], ["US", "GB"], (2, 4), (2000, 8000), ["USD", "GBP"], 0.04, S),
    ("382499", "Anti-slip treatment for ceramic tiles, 1 l", "import", ["road"], ["NO", "CH"], (8, 14), (500, 2000), ["NOK", "EUR"], 1, S),
    ("283990", "Lithium silicate concrete densifier, 20 l", "import", ["sea"], ["GE", "TR"], (1.5, 3), (8000, 16000), ["USD"], 0.05, S),
    ("250610", "Quartz flour 200 mesh for epoxy floors, 25 kg", "import", ["sea"], ["IN", "TR"], (0.2, 0.4), (10000, 22000), ["USD"], 0.04, S),
    ("282690", "Magnesium fluorosilicate concrete hardener, 25 kg", "import", ["sea"], ["CN"], (1, 2), (4000, 10000), ["USD"], 0.04, S),
    ("701690", "Expanded glass granulate for lightweight plaster", "import", ["road"], ["BA", "RS"], (0.6, 1.2), (4000, 8000), ["EUR"], None, S),
    ("291816", "Sodium gluconate, concrete admixture grade, 25 kg", "import", ["sea"], ["TH", "CN"], (0.7, 1.2), (10000, 22000), ["USD"], 0.04, S),
    ("284020", "Disodium octaborate timber preservative, 1 kg", "import", ["post"], ["AU", "NZ"], (10, 20), (1, 4), ["AUD", "NZD"], 1, S),
    ("560749", "Polypropylene draw cord for cable conduits, 500 m reels", "import", ["sea"], ["PE", "CN"], (2, 4), (1000, 4000), ["USD"], 0.6, S),
    ("680690", "Mineral-fibre ceiling tiles, new, 600 x 600", "export", ["sea"], ["NG", "GH"], (0.8, 1.4), (8000, 18000), ["EUR"], 0.8, S),
    ("271500", "Cold-patch asphalt, bagged, 25 kg", "export", ["sea"], ["GH", "SN"], (0.4, 0.8), (10000, 22000), ["EUR"], 0.04, S),
    ("940542", "LED office panel lights, new, 600 x 600", "export", ["sea"], ["GN", "CI"], (8, 14), (2000, 6000), ["EUR"], 0.3, S),
    ("250840", "Red ball clay for brickworks, bulk", "export", ["sea"], ["DZ", "MA"], (0.04, 0.08), (20000, 30000), ["EUR"], None, S),
    ("680610", "Rock-wool growing slabs, new, foil-wrapped", "export", ["sea"], ["TR", "MA"], (1.5, 3), (4000, 10000), ["EUR"], 0.6, S),
    ("847431", "Concrete mixers, 350 l, new", "export", ["sea"], ["SN", "CI"], (3, 5), (2000, 6000), ["EUR"], 0.006, S),
    ("681182", "Fibre-cement planters, asbestos-free, new", "export", ["road"], ["RS", "BA"], (1.5, 3), (3000, 8000), ["EUR"], 0.15, S),
    ("320910", "Water-based parquet lacquer, 5 l", "export", ["road"], ["UA", "MD"], (5, 9), (2000, 6000), ["EUR"], 0.2, S),
    ("392590", "PVC cooling-tower fill packs, new", "export", ["road"], ["BA", "RS"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("350699", "Solvent-based contact adhesive for EPDM roofing, 20 l", "import", ["sea"], ["IN", "US"], (3, 5), (3000, 9000), ["USD"], 0.06, S),
    ("382499", "Acetone-based stone stain remover, 5 l", "import", ["road"], ["AL", "TR"], (2, 4), (500, 2000), ["EUR"], 0.25, S),
    ("841950", "Heat-recovery ventilation units (MVHR), no refrigerant", "import", ["sea"], ["MY", "CN"], (8, 14), (4000, 12000), ["USD"], 0.025, S),
    ("842410", "Condensed-aerosol fire suppression generators, new", "import", ["sea"], ["CN", "TR"], (15, 30), (500, 3000), ["USD"], 0.3, S),
    ("392113", "PIR insulation boards, pentane-blown, foil-faced", "import", ["sea"], ["EG", "TR"], (1.2, 2), (6000, 14000), ["USD"], 0.12, S),
    ("741110", "Copper pipe coils for air-conditioning installers", "import", ["road"], ["TR"], (9, 12), (500, 3000), ["USD"], None, S),
    ("271019", "Vacuum pump oil, 1 l cans", "import", ["road"], ["TR"], (2, 4), (500, 2000), ["USD"], 1, S),
    ("350691", "PU adhesive foam for plasterboard, propane/butane, 750 ml", "import", ["road"], ["UA", "TR"], (2, 3.5), (4000, 10000), ["EUR"], 1.3, S),
    ("690510", "Glazed ceramic roof tiles, new", "export", ["sea"], ["US", "CA"], (2, 4), (4000, 10000), ["EUR"], 0.3, S),
    ("680292", "Limestone fireplace surrounds, new", "export", ["road"], ["GB", "CH"], (4, 8), (1000, 3000), ["EUR"], 0.005, S),
    ("442199", "New carved teak pillars, decorative", "import", ["sea"], ["LK", "ID"], (2, 4), (1000, 4000), ["USD"], 0.02, S),
    ("680293", "Granite garden ornaments, new", "import", ["sea"], ["CN", "VN"], (0.6, 1.2), (6000, 18000), ["USD"], 0.01, S),
    ("690410", "Reclaimed clay bricks, cleaned", "import", ["road"], ["RS", "BA"], (0.2, 0.4), (10000, 22000), ["EUR"], 0.4, S),
    ("441821", "Carved solid-wood doors, new, colonial style", "import", ["sea"], ["EC", "IN"], (4, 8), (2000, 6000), ["USD"], 0.02, S),
    ("680291", "Marble kitchen worktops, polished", "import", ["sea"], ["TR", "IN"], (1, 2), (8000, 20000), ["USD"], None, S),
    ("442199", "Shebeke-style lattice windows, new", "import", ["air"], ["AZ", "TR"], (15, 30), (50, 300), ["USD"], 0.05, S),
    ("691390", "Painted clay bas-relief plaques, new craft", "import", ["air"], ["BJ", "TG"], (4, 8), (50, 300), ["EUR"], 0.1, S),
    ("850440", "Variable-frequency drives for HVAC fans, 50-60 Hz", "export", ["sea"], ["TR", "EG"], (15, 30), (1000, 4000), ["EUR"], 0.1, S),
    ("902620", "Differential-pressure transmitters for HVAC", "export", ["express"], ["AM", "GE"], (200, 400), (1, 3), ["EUR"], 2, S),
    ("846410", "CNC bridge saws for stone, new", "export", ["sea"], ["TR", "EG"], (4, 7), (6000, 14000), ["EUR"], 0.0001, S),
    ("830249", "Magnetic door holders, wall-mounted", "export", ["air"], ["AE", "SA"], (8, 14), (200, 1000), ["EUR"], 5, S),
    ("681512", "Carbon-fibre strengthening fabric, standard modulus", "export", ["sea"], ["TR", "IN"], (20, 35), (500, 2000), ["EUR"], None, S),
    ("441879", "Acacia-wood decking tiles, interlocking", "import", ["sea"], ["VN", "ID"], (1.5, 3), (6000, 14000), ["USD"], 0.5, S),
    ("420500", "Embossed cowhide wall tiles, decorative", "import", ["air"], ["VN", "IN"], (10, 20), (100, 500), ["USD"], 1.6, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392220", "Toilet seats and covers, plastic, soft-close", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD", "EUR"], 0.4, N),
        ("392490", "Silicone ice-cube trays, retail packs", "import", ["sea"], ["CN", "TH"], (4, 8), (1000, 4000), ["USD"], 8, N),
        ("901580", "Spirit levels, aluminium, 60 cm", "import", ["sea"], ["CN", "TW"], (4, 8), (1000, 4000), ["USD"], 2, N),
        ("520420", "Cotton embroidery thread, skeins, retail packs", "import", ["post", "express"], ["GB", "IN"], (40, 80), (1, 3), ["GBP", "USD"], 100, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind189", 20570901, HERE)


if __name__ == "__main__":
    main()
