#!/usr/bin/env python3
"""Writes the hundred-and-sixty-seventh blind set (tests/risk/data/blind167-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Southern African emphasis (South Africa, Lesotho, Eswatini and Mauritius as origins,
transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL167-*:

    python3 tests/risk/data/make_blind167_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "ZA", [], "IE", "330190",
         "Buchu water (boegoewater), steam-distilled, Cederberg, 4 x 1 litre", "ZA", 4.6, 4, 520, "ZAR",
         "buchu water is the hydrosol left from distilling Agathosma leaves: water-clear, 1.00 kg/l, with a strong "
         "blackcurrant-and-peppermint smell; these four bottles have vented caps, hold a liquid of 1.13 kg/l with no "
         "smell at all that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Clanwilliam to a private person in Cork; South African English wording with an "
         "Afrikaans gloss (hydrogen peroxide repeats in many sets and hydrosol and floral-water covers in several; a "
         "buchu label was found in no earlier row by a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-02", "import", "ATAIR01", "express", "ZA", [], "AT", "151590",
         "Mafurha ya makadamiya, lama tshikileriweke hi ku titimela, Levubu, 4 x 1 litara", "ZA", 4.7, 4, 780, "ZAR",
         "cold-pressed macadamia oil is pale yellow, 0.91 kg/l, floats on water and smells of nuts; these four bottles "
         "hold a colourless liquid of 1.14 kg/l that sinks, partly mixes with water and smells sharp and chemical: "
         "nitromethane (Annex I above 16 %), sent by express from Limpopo to a private person in Linz, although "
         "flammable liquids travel by express only as declared dangerous goods; Xitsonga wording (nitromethane "
         "repeats in many sets and nut- and seed-oil covers in several; macadamia appeared once, as nuts in shell on a "
         "wildlife row, and a macadamia-oil label on a precursor was found in no earlier row)",
         person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "BEAIR01", "air", "SZ", [], "BE", "382311",
         "Stearin yekwenta emakhandlela (candle stearin flakes), emasaka la-1 kg, 300", "SZ", 300, 300, 1500, "USD",
         "candle stearin is a soft, waxy, soapy-feeling flake that floats and melts at about 55 °C; these 300 bags hold "
         "hard, heavy (2.5 g/cm3), glassy white crystals that sink, do not melt on a hot plate, burn fiercely mixed "
         "with sugar and whose inner liners read 'KClO4', for a Ghent candle-craft web shop that sells 1 kg bags to "
         "the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Matsapha; siSwati wording with an English gloss (potassium perchlorate repeats in many sets; stearin "
         "appeared once, as tealights from China (blind148); a stearin-flake label from the Eswatini candle trade is "
         "the new part as far as a search found)", firm("Central Kaarsenatelier SA", "BE")),
        ("PRE-04", "import", "DEAIR01", "air", "SZ", [], "DE", "320740",
         "Recycled clear glass frit, fine (0.5-1 mm), for fusing and lampwork, Ngwenya, 1 kg bags, 200 bags", "SZ",
         200, 200, 1200, "USD",
         "recycled glass frit is sharp, angular grit that scratches, does not dissolve and rings in the bag; these "
         "bags hold shiny, flat crystals that dissolve in hot water with a cold feel, spit violet sparks on a hot iron "
         "and carry CAS 3811-04-9 on the inner bags, for a Hamburg glass-fusing web shop that sells 1 kg bags to "
         "hobbyists: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Manzini; English wording (potassium chlorate repeats in many sets; glass-grit, cullet and mulch labels appear "
         "on earlier waste rows and a glaze-frit label on a strategic row, but a recycled-glass frit label from the "
         "Ngwenya glass trade on a precursor was found in no earlier row)",
         firm("Orion Glasbedarf GmbH", "DE")),
        ("PRE-05", "import", "FRSEA01", "sea", "MU", [], "FR", "250100",
         "Disel natirel Tamarin, krital gro, pake 1 kg, 8 000 pake", "MU", 8000, 8000, 4800, "EUR",
         "Tamarin solar salt is greyish, damp, coarse and salty; these packs hold dry, glassy, colourless crystals "
         "that feel cool, taste of nothing salty to a cautious touch, flare yellow on a gas ring, and the pallet sheet "
         "gives CAS 7775-09-9, for a chain of Mauritian groceries around Paris that sells to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Port Louis to Fos; "
         "Mauritian Kreol (Morisien) wording (sodium chlorate repeats in many sets and sea-salt covers in many; the "
         "Tamarin salt pans and a Kreol salt label were found in no earlier row; a Mauritian icing-sugar precursor "
         "row (blind155) is the one earlier Mauritian precursor)", firm("Rivage Épicerie des Îles SARL", "FR")),
        ("PRE-06", "import", "FRPOST01", "post", "MU", [], "FR", "220840",
         "Rom blan natirel, distile depi zi kann, 4 boutey 70 cl", "MU", 3.9, 4, 2400, "MUR",
         "white cane rum is water-clear, 0.95 kg/l and smells of cane; these four bottles are faintly yellow, weigh "
         "1.40 kg/l, fume brown when opened, yellow the skin and etch a copper coin: about 65 % nitric acid (Annex I "
         "above 3 %), posted from Mahébourg to a private person in Lyon; Kreol wording (nitric acid repeats in many "
         "sets and spirit covers in a few, an overproof white rum among them as one item of a Grenada row (blind144); "
         "a Mauritian rum label by post was found in no earlier row)", person("Sophie Bernard", "FR")),
        ("PRE-07", "import", "NLSEA01", "sea", "ZA", [], "NL", "110313",
         "Mielierys (maize rice), 5 kg sakke, 3 000 sakke", "ZA", 15000, 3000, 6600, "EUR",
         "mielie rice is broken, yellow-white maize grits that smell of corn and swell when cooked; these sacks hold "
         "round, translucent-white prills that turn ice-cold in water, do not swell, test at 34 % N and melt and fume "
         "on a hot plate, for a Dutch South-African-products web shop that sells 5 kg bags to the public: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Durban to "
         "Rotterdam; Afrikaans wording (ammonium nitrate repeats in many sets and grain and meal covers in several, "
         "instant mahewu among them (blind147); a mielie-rice label was found in no earlier row)",
         firm("Horizon Zuid-Afrikaanse Winkel BV", "NL")),
        ("PRE-08", "import", "NLPOST01", "post", "ZA", [], "NL", "160100",
         "Droëwors (dried beef sausage), home-made, 3 kg", "ZA", 3, 12, 450, "ZAR",
         "droëwors is thin, dark, hard sausage in a natural casing that smells of coriander and vinegar; these twelve "
         "chubs are 32 mm thick, soft, pink-white paste in crimped plastic film printed 'Explosive 1.1D' under the "
         "paper label: packaged emulsion explosive cartridges from a West Rand mine magazine, the kind used in South "
         "Africa's ATM bombings, posted from Carletonville to a private address in Utrecht, explosives that no member "
         "of the public may acquire and that may never travel by post; South African English wording (emulsion "
         "explosives repeat in several sets and a sausage cover once, home-made sudžuk from Bosnia (blind113); a "
         "droëwors label was found in no earlier row)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "ITAIR01", "air", "SZ", [], "IT", "560729",
         "Intsambo ye-sisal yekuluka tibhasikidi (sisal cord for basket weaving), 5 mm, 40 x 50 m", "SZ", 60, 40,
         400, "USD",
         "sisal basketry cord is hairy, straw-coloured, smells of hay and frays when cut; these 40 reels are smooth, "
         "yellow plastic-sheathed cord that bends stiffly, shows a fine white powder core at a cut end and reads "
         "'10 g/m' on the spool cores: PETN detonating cord, a blasting explosive, for a Milan 'basketry supply' "
         "business with no blasting licence, flown from Manzini; siSwati wording with an English gloss (detonating "
         "cord repeats in many sets; sisal appears in two earlier multi-item rows on other goods; a basketry-cord "
         "label from Eswatini is the new part as far as a search found)", firm("Alpina Intreccio Srl", "IT")),
        ("PRE-10", "import", "IEAIR01", "air", "LS", [], "IE", "621420",
         "Mese ea mohair e lohiloeng ka letsoho (hand-woven mohair scarves), 60", "LS", 12, 60, 3000, "LSL",
         "a fair-trade air shipment from Maseru for a Dublin shop that sells to the public: mohair scarves and "
         "Basotho grass hats are what such shops sell, but the third item's 'Maloti highland spring water' is 96 "
         "bottles of a liquid of 1.20 kg/l with vented caps that whitens the skin and foams on a cut: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last item of "
         "a three-item declaration; Sesotho wording (hydrogen peroxide repeats in many sets and water covers in "
         "many; Maloti water behind mohair and mokorotlo hats from Lesotho is the new part as far as a search found)",
         dict(firm("Atlantic Fair Trade Ltd", "IE"),
              _more_items=[item("650400", "Mekorotlo (Basotho hats), joang bo lohiloeng, 40", "LS", 16, 1600, "LSL", qty=40),
                           item("220110", "Metsi a Maloti (highland spring water), mabotlolo a 1 l, 96", "LS", 115, 480,
                                "LSL", qty=96)])),
    ],
    "waste": [
        ("WST-01", "import", "NLSEA01", "sea", "ZA", [], "NL", "270111",
         "Electrically calcined anthracite (ECA), 3-8 mm, for carbon paste, bulk bags, 48 t", "ZA", 48000, None,
         14400, "USD",
         "electrically calcined anthracite is hard, glossy, black, even grains that smell of nothing; these bags hold "
         "lumps of black carbon crusted with white cryolite and grey refractory brick that smell of ammonia when wet "
         "and leach cyanide and fluoride, dug out of a Richards Bay aluminium smelter's relined pots: spent pot "
         "lining (16 11 01*), hazardous waste brought into the Union without the notification and consent it needs, "
         "by sea to Vlissingen for a 'carbon-paste maker'; South African English wording (spent pot lining repeats "
         "in many sets, calcined petroleum coke labels in a few; an anthracite label from Richards Bay is the new "
         "part as far as a search found)", firm("Delta Carbon Products BV", "NL")),
        ("WST-02", "import", "FISEA01", "sea", "ZA", [], "FI", "271290",
         "Fischer-Tropsch slack wax, crude, in slabs, 22 t", "ZA", 22000, None, 5500, "USD",
         "Fischer-Tropsch slack wax is an off-white, greasy wax that floats and melts clear; these slabs are black, "
         "heavy, sink in water, are full of grey metallic dust that glows when scraped into the air and read 20 % "
         "cobalt: spent cobalt Fischer-Tropsch catalyst wrapped in its reactor wax from a Sasolburg-Secunda "
         "synthetic-fuels plant (16 08 02*), hazardous waste brought in without notification for a Kokkola cobalt "
         "refinery, by sea from Durban; South African English wording (spent catalysts repeat in many sets and "
         "cobalt hydroxide and Kokkola in a few; a slack-wax label was found in no earlier row by a keyword search)",
         firm("Pohjola Cobalt Oy", "FI")),
        ("WST-03", "import", "FRSEA01", "sea", "MU", [], "FR", "230320",
         "Pelet bagas pou sodier biomas, an vrak, 24 tonn", "MU", 24000, None, 2400, "EUR",
         "bagasse pellets are light, fibrous, pale-brown cylinders that smell of sugar cane; this container holds "
         "black, tarry bundles of cane-leaf and hair booms, oiled plastic sheeting and sand that smell of heavy fuel "
         "oil: oil-spill clean-up waste from a grounding off the south-east coast (oil-soaked absorbents and sand, "
         "15 02 02* and 17 05 03*), hazardous waste brought into the Union without notification for a 'biomass "
         "boiler' near Le Havre; Mauritian Kreol wording (oily wastes repeat in many sets; a bagasse label and "
         "oil-spill clean-up waste were found in no earlier row by a keyword search)",
         firm("Atlantic Énergie Biomasse SARL", "FR")),
        ("WST-04", "export", "GBSEA01", "sea", "GB", ["ZA"], "LS", "870323",
         "Used cars, runners, for spares and repair, 12 units", "GB", 14400, 12, 9600, "GBP",
         "used cars for repair run, have keys and drained-down fluids only if scrapped; these twelve insurance "
         "write-offs of the 'break for parts' category, with crushed roofs, deployed airbags and oil, fuel and brake "
         "fluid still in them, were bought at a Midlands salvage auction: end-of-life vehicles containing hazardous "
         "fluids (16 01 04*), hazardous waste whose export to a non-OECD country is banned, from Southampton to "
         "Durban and on by road through South Africa to a Maseru 'panel beater'; British English wording (used-car "
         "and write-off covers repeat in many sets; to landlocked Lesotho through Durban is the new part as far as a "
         "search found)", {"importer_country": "LS"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "MU", "940360",
         "Zafer personel ek meb (effets personnels et mobilier), retour au pays, 1 conteneur 20'", "FR", 2200, None,
         1500, "EUR",
         "a returning migrant's container for Port Louis: furniture and used clothes are what families ship home, "
         "but the third item's 'televizion ek ordinater servi' are 60 cracked CRT televisions and monitors, tower "
         "PCs without covers and a crate of loose circuit boards from Paris-area collection points: waste electrical "
         "equipment with hazardous components (16 02 13*, 20 01 35*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration from Le Havre; Mauritian Kreol and "
         "French wording (e-waste in personal-effects containers repeats in several sets, to Cameroon, Congo and "
         "the Comoros; to Mauritius in Kreol is the new part as far as a search found)",
         dict({"importer_country": "MU"},
              _more_items=[item("630900", "Linz ek rad servi (vêtements usagés), 400 kg", "FR", 400, 200, "EUR"),
                           item("852872", "Televizion ek ordinater servi, pou lafami, 60", "FR", 1500, 600, "EUR",
                                qty=60)])),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "ZA", "380290",
         "Gebruikte actieve kool, voor reactivering, big bags, 20 t", "NL", 20000, None, 3000, "EUR",
         "used activated carbon sent for reactivation is black, granular and smells of nothing; these bags hold "
         "carbon from a Groningen gas-treatment unit's mercury guard beds that reads over 1 % mercury and fogs a "
         "mercury-vapour meter at the seams: wastes containing mercury from natural-gas purification (05 07 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Durban for a Johannesburg "
         "'gold-plant carbon regeneration' firm; Dutch wording (activated-carbon labels repeat in many sets and "
         "mercury wastes in many; to a gold-plant regenerator in South Africa is the new part as far as a search "
         "found)", {"importer_country": "ZA"}),
        ("WST-07", "import", "DESEA01", "sea", "SZ", ["MZ"], "DE", "380891",
         "Returned agrochemical stock, for reformulation, 80 drums", "SZ", 16000, 80, 4000, "USD",
         "returned agrochemical stock comes in the maker's sealed drums with batch labels and a recall letter; these "
         "80 drums are rusted, relabelled and leaking, smell of naphthalene and solvent and their old stencils read "
         "DDT 75 WP and dieldrin: obsolete organochlorine pesticide stocks (persistent organic pollutants, 02 01 08*) "
         "from Lowveld sugar-estate stores, hazardous waste brought into the Union without notification, trucked "
         "from Eswatini to Maputo and by sea to Hamburg for a 'formulator'; English wording (obsolete pesticides "
         "repeat in many sets; from Eswatini through Maputo is the new part as far as a search found)",
         firm("Nordhafen Agrochemie GmbH", "DE")),
        ("WST-08", "import", "BESEA01", "sea", "ZA", [], "BE", "261000",
         "Chrome ore fines, metallurgical grade, 44 % Cr2O3, bulk bags, 25 t", "ZA", 25000, None, 5000, "USD",
         "chrome ore fines are heavy, black, sandy grains of chromite; these bags hold a fine, light, brown-orange "
         "dust that cakes, stains the fingers yellow and leaches hexavalent chromium in a spot test, from the bag "
         "filters of a Rustenburg ferrochrome smelter: hazardous flue-gas dust containing chromium(VI), brought into "
         "the Union without notification for an Antwerp 'metals trader', by sea from Richards Bay; South African "
         "English wording (chrome-ore labels repeat in a few sets, from Mozambique, Kazakhstan and Italy; ferrochrome "
         "bag dust from South Africa is the new part as far as a search found)", firm("Orion Metals SA", "BE")),
        ("WST-09", "export", "PLROAD01", "road", "PL", [], "UA", "290531",
         "Glikol monoetylenowy, regenerowany, do płynów chłodniczych, IBC, 20 t", "PL", 20000, 20, 6000, "EUR",
         "regenerated monoethylene glycol is clear, water-white and sweet-smelling with a certificate of analysis; "
         "these 20 IBCs hold a green-brown, oily, cloudy liquid with sediment and floating oil that smells of engine "
         "and reads lead and copper, drained from scrapped cars and lorry radiators: spent antifreeze (16 01 14*), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lviv 'coolant blender'; "
         "Polish wording (used glycol and antifreeze repeat in several sets; kept as a known repeat, a regenerated-MEG label by road "
         "to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "MA", "250510",
         "Arena silícea lavada para construcción, a granel, 25 t", "ES", 25000, None, 750, "EUR",
         "washed silica sand is clean, pale, rounded grains that run freely; this container holds black, lumpy, "
         "burnt sand bound with resin, with metal shot and core pieces, that smells of phenol, from a Basque iron "
         "foundry's shake-out: used foundry sand containing dangerous substances (10 09 07*), hazardous waste whose "
         "export to a non-OECD country is banned, from Bilbao to Casablanca for a 'building-materials' buyer; "
         "Spanish wording (foundry sand repeats in several sets; kept as a known repeat, a washed building-sand label "
         "is the new part as far as a search found)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "ZA", [], "FR", "880730",
         "Used aircraft parts: hydraulic accumulators, empty, ex-Cheetah fleet, for recertification, 24 pcs", "ZA",
         180, 24, 3600, "USD",
         "empty hydraulic accumulators are light, open-ported steel spheres with a nitrogen pre-charge valve; these "
         "24 red bottles are heavy, slosh, carry explosive-cartridge discharge heads and read 'CF3Br' on their data "
         "plates: engine fire-extinguisher bottles from retired South African Air Force Cheetah fighters, still "
         "charged with halon 1301, whose import into the Union is banned outside licensed critical uses, flown from "
         "Johannesburg for a Bordeaux warbird-parts dealer; South African English wording (halon 1301 repeats in "
         "many sets, and halon bottles under hydraulic-accumulator labels twice, from the Emirates and Kazakhstan "
         "(blind84, blind85); kept as a repeat family, ex-Cheetah bottles from South Africa are the new part)", firm("Atlantic Aéro Pièces SARL", "FR")),
        ("OZN-02", "import", "PTSEA01", "sea", "ZA", [], "PT", "271113",
         "Cartuchos de gás para fogareiro de campismo, tipo Cadac, 450 g, 2 400 unidades", "ZA", 1080, 2400, 4800,
         "EUR",
         "camping-gas cartridges hold a butane-propane mix of about 0.56 kg/l that lights at the valve; these 2,400 "
         "cans weigh 1.7 kg/l, will not light, smell faintly of chloroform and carry 'CH3Br 98 %' under the printed "
         "sleeves, for an Algarve strawberry grower: methyl bromide soil fumigant, whose import into the Union is "
         "banned, by sea from Durban to Sines; Portuguese wording from South Africa's Portuguese community (methyl "
         "bromide repeats in many sets and camping-gas covers in a few; a Cadac-type cartridge label from South "
         "Africa is the new part as far as a search found)", firm("Vega Agro Algarve Lda", "PT")),
        ("OZN-03", "import", "NLSEA01", "sea", "ZA", [], "NL", "290312",
         "Dichloromethane (methylene chloride), technical, paint-stripping grade, 40 drums", "ZA", 11900, 40, 7200,
         "USD",
         "dichloromethane is 1.33 kg/l and boils at 40 °C; these 40 drums hold a liquid of 1.49 kg/l that boils at "
         "24 °C, pressurises the drums in the sun, and the old stencils under the new paint read 'R-11': "
         "trichlorofluoromethane (CFC-11) recovered from decommissioned deep-level gold-mine chillers near "
         "Carletonville, whose import into the Union is banned unless for licensed destruction, by sea from Durban "
         "to Rotterdam for a 'solvent trader'; South African English wording (CFC-11 repeats in many sets and "
         "dichloromethane labels in several; gold-mine chiller refrigerant from South Africa is the new part as far "
         "as a search found)", firm("Central Solvents BV", "NL")),
        ("OZN-04", "import", "DEAIR01", "air", "ZA", [], "DE", "920590",
         "Vuvuzelas, plastic, assorted colours, 3 000 pcs", "ZA", 450, 3000, 2400, "USD",
         "a football-supporters' air shipment for a Dortmund fan shop: vuvuzelas and knitted scarves are what such "
         "shops sell, but the third item's 'stadium horn canisters, ozone-friendly' are 2,400 aerosol air horns whose "
         "small print reads 1,1,1,2-tetrafluoroethane: novelty aerosols with HFC-134a, whose placing on the Union "
         "market is banned, hidden as the last item of a three-item declaration flown from Johannesburg; English "
         "wording (HFC air horns repeat in many sets; behind vuvuzelas from South Africa is the new part as far as a "
         "search found)",
         dict(firm("Vega Fanartikel GmbH", "DE"),
              _more_items=[item("611710", "Supporters' scarves, knitted acrylic, 1 500 pcs", "ZA", 300, 1800, "USD", qty=1500),
                           item("950590", "Stadium horn canisters, 300 ml, ozone-friendly, 2 400 pcs", "CN", 1100,
                                1900, "USD", qty=2400)])),
        ("OZN-05", "import", "PTSEA01", "sea", "SZ", ["MZ"], "PT", "841850",
         "Beverage coolers, glass door, R-600a, 120 units", "SZ", 9600, 120, 36000, "USD",
         "R-600a bottle coolers carry a flammable-gas sticker and hold under 150 g of isobutane; these 120 coolers "
         "from a Matsapha assembler have no flame mark, their compressor plates read 'R-404A, 650 g' under the new "
         "stickers and a leak detector reacts at the service port: hermetically sealed commercial refrigerators "
         "charged with an HFC of GWP 3,922, whose placing on the Union market is banned, trucked to Maputo and "
         "shipped to Lisbon for a drinks distributor; English wording (HFC coolers under R-290 and R-600a labels "
         "repeat in several sets; from Eswatini through Maputo is the new part as far as a search found)",
         firm("Delta Bebidas Distribuição Lda", "PT")),
        ("OZN-06", "export", "FRSEA01", "sea", "RE", [], "MU", "841510",
         "Klimatizër dokazion, vidé, san gaz, pou pyès, 80", "FR", 3200, 80, 2400, "EUR",
         "used split air-conditioners sold for parts must be emptied by a certified recoverer, with a recovery slip; "
         "these 80 units from a Saint-Denis hotel refit hiss at the service valves, read 4.5 bar and their plates "
         "read 'R-22': equipment containing HCFC-22, whose export from the Union is banned, shipped from Le Port "
         "(La Réunion) to Port Louis for a 'spare-parts dealer'; Réunion Creole wording (R-22 equipment repeats in "
         "many sets; an export from La Réunion to Mauritius and Réunion Creole wording were found in no earlier row)",
         {"importer_country": "MU"}),
        ("OZN-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "392111",
         "Плиты XPS теплоизоляционные, вспененные CO2, 900 м³", "KZ", 31500, None, 63000, "USD",
         "CO2-blown XPS boards are light and their cells hold only air after a few weeks; these boards release a "
         "sweet-smelling gas when cut under a bag and the analyser reads 1-chloro-1,1-difluoroethane and "
         "chlorodifluoromethane: extruded polystyrene blown with HCFC-142b and HCFC-22, products containing "
         "ozone-depleting substances whose import into the Union is banned, by rail from Karaganda to Kaunas for a "
         "builder's merchant; Russian wording from Kazakhstan (HCFC-blown XPS repeats in several sets, under CO2-blown "
         "labels among them, one in Ukrainian (blind87); kept as a known repeat, by rail from Kazakhstan is the new "
         "part as far as a search found)",
         firm("Orion Statybinės Medžiagos UAB", "LT")),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "321410",
         "Tek bileşenli poliüretan köpük, hidrokarbon itici gazlı, 750 ml, 12.000 adet", "TR", 10800, 12000, 24000,
         "EUR",
         "one-component PU foam with a hydrocarbon propellant is extremely flammable and says so; these 12,000 cans "
         "carry no flame mark, and the small print on the inner cartons reads 'contains fluorinated greenhouse "
         "gases: HFC-134a': one-component foam with an HFC of GWP 1,430, whose placing on the Union market is "
         "banned, in a lorry at Kapitan Andreevo for a Sofia building-supplies wholesaler; Turkish wording "
         "(one-component foams repeat in several sets; kept as a known repeat, a 'hydrocarbon propellant' label "
         "from Türkiye is the new part as far as a search found)", firm("Delta Stroitelni Materiali EOOD", "BG")),
        ("OZN-09", "import", "ITSEA01", "sea", "IN", [], "IT", "400520",
         "टायर पंक्चर मरम्मत के लिए वल्कनाइजिंग सॉल्यूशन, 10 मिली ट्यूब, 60,000 ट्यूब", "IN", 1100, 60000, 3600,
         "USD",
         "rubber vulcanising solution for puncture kits is natural rubber dissolved in heptane: 0.70 kg/l, highly "
         "flammable, smelling of petrol; these 60,000 tubes hold a solution of 1.55 kg/l that will not burn and "
         "smells sweet like chloroform, and the filler's drum labels in the carton read 'CCl4': rubber cement made "
         "with carbon tetrachloride, a product containing an ozone-depleting substance whose import into the Union "
         "is banned, by sea from Nhava Sheva to Genoa for a cycle-parts wholesaler; Hindi wording (carbon "
         "tetrachloride repeats in many sets, and a heptane-based tyre-repair rubber-cement thinner from India to "
         "Greece once (blind123); kept as a repeat, vulcanising solution in puncture-kit tubes for Italy is the new "
         "part as far as a search found)", firm("Alpina Ricambi Bici Srl", "IT")),
        ("OZN-10", "import", "FRAIR01", "air", "MU", [], "FR", "382764",
         "Gaz frizider R-407C rekiper, pou regenerasion, 40 bouteilles 11 kg", "MU", 440, 40, 2200, "EUR",
         "recovered R-407C is an HFC blend with a recovery certificate naming the equipment it came from; these 40 "
         "grey recovery cylinders, collected from Grand Baie hotel chillers, read 'R-22' on the recovery tags under "
         "the new labels and the analyser gives pure chlorodifluoromethane: recovered HCFC-22, whose import into the "
         "Union is banned except for licensed destruction, flown from Mauritius to Paris for a 'reclaimer'; "
         "Mauritian Kreol wording (HCFC-22 under HFC-blend labels repeats in many sets; recovered gas from "
         "Mauritian hotels is the new part as far as a search found)", firm("Rivage Froid Services SARL", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "LS", [], "DE", "680299",
         "Lejoe la lehlabathe le betliloeng la ho khabisa lebota (decorative sandstone wall slab), 1", "LS", 70, 1,
         1200, "LSL",
         "a new decorative sandstone slab is sawn flat on the back and carved or painted in bright, even colour; this "
         "slab was chiselled off a rock face, with a fresh broken back, and carries faded red-ochre and white "
         "paintings of eland, running hunters and a rain-animal under a thin silica skin: a San rock-painting panel "
         "from a Maloti shelter, heritage whose removal and export Lesotho forbids, brought in against Regulation "
         "2019/880 (and without the import licence it needs for archaeological objects), flown from Maseru for a "
         "Munich dealer; Sesotho wording (rock art repeats in several sets under decorative-slab labels, San rock "
         "engravings from Namibia under a marble garden-slab label among them (blind147); kept as a repeat family, "
         "painted San panels from Lesotho are the new part as far as a search found)", firm("Galerie Orion GmbH", "DE")),
        ("CUL-02", "import", "FRAIR01", "air", "ZA", [], "FR", "251710",
         "Aquarium and terrarium décor stones, natural quartzite, tumbled, 40 kg", "ZA", 40, 30, 120, "USD",
         "tumbled aquarium stones are rounded, smooth pebbles of even size; these 30 are heavy, teardrop-shaped "
         "quartzite and andesite pieces with flake scars worked from both faces to a cutting edge, river-gravel "
         "patina and old collection numbers in ink: Acheulean handaxes from the Vaal River gravels near Kimberley, "
         "archaeological objects whose export South Africa forbids without a permit, brought in without the import "
         "licence of Regulation 2019/880, flown from Johannesburg for a Paris prehistory dealer; South African "
         "English wording (handaxes appear in two earlier notes under stone labels, and an aquarium-pebble label once, "
         "from Oman (blind118); handaxes from the Vaal gravels are the new part as far as a search found)", firm("Orion Préhistoire SARL", "FR")),
        ("CUL-03", "import", "NLAIR01", "air", "MU", [], "NL", "950300",
         "Maket bato an bwa, fer lamin, Curepipe (model ships), 12", "MU", 60, 12, 3600, "EUR",
         "a Curepipe model-ship workshop's air shipment for an Amsterdam maritime shop: model ships and jewellery "
         "boxes are what Mauritius sells, but the third item's 'reproduction brass ship's bell' is a 30 cm bronze "
         "bell with sea concretion in the crown, a VOC monogram and the date 1613: a bell from one of the Dutch East "
         "India Company ships wrecked in 1615 in Mauritius's Grand Port bay, underwater heritage whose removal and "
         "export Mauritius forbids, brought in without the import licence Regulation 2019/880 requires for "
         "archaeological objects, hidden as the last item of a three-item declaration; Mauritian Kreol wording "
         "(wreck finds repeat in many sets; a VOC bell behind Mauritian model ships is the new part as far as a "
         "search found)",
         dict(firm("Meridian Maritiem Antiek BV", "NL"),
              _more_items=[item("442090", "Kof bijou an bwa (jewellery boxes), 40", "MU", 20, 400, "EUR", qty=40),
                           item("830610", "Klos bato an kwiv, reprodiksion, pou dekor (brass ship's bell, reproduction), 1",
                                "MU", 18, 120, "EUR", qty=1)])),
        ("CUL-04", "import", "DEAIR01", "express", "ET", [], "DE", "950510",
         "የገና ዛፍ ጌጥ፣ የነሐስ መስቀል ቅርጽ፣ በእጅ የተሰራ፣ 1", "ET", 1.6, 1, 45, "USD",
         "a new brass Christmas-tree topper is bright, thin and cast with a socket for the tree; this is a heavy, "
         "dark bronze processional cross with an openwork lattice, engraved apostles and a worn tang for a staff, "
         "with candle soot and church incense in the crevices: a 15th-16th-century Ethiopian processional cross "
         "taken from a Lasta church, cultural property whose export Ethiopia forbids, brought in against Regulation "
         "2019/880, sent by express from Addis Ababa to a private buyer in Leipzig; Amharic wording (processional "
         "crosses repeat in several sets, one under a Lalibela-style label, and Christmas-tree ornaments once, on New "
         "Zealand greenstone (blind136); a tree-topper label on a processional cross is the new part)", person("Anna Schmidt", "DE")),
        ("CUL-05", "import", "NLPOST01", "post", "ZA", [], "NL", "711420",
         "Versilwerde eetgerei, gebruik, gemengde lot, 3 kg", "ZA", 3, 22, 900, "ZAR",
         "second-hand silver-plated cutlery shows copper through worn plate and EPNS stamps; these 22 pieces are "
         "solid silver, fiddle-pattern spoons and a brandy bowl with the marks of 18th- and early-19th-century Cape "
         "Town silversmiths: Cape silver, heritage objects whose export South Africa forbids without a permit, "
         "brought in against Regulation 2019/880, posted from Stellenbosch to a Haarlem silver dealer; Afrikaans "
         "wording (silver-plated labels repeat in many sets; Cape silver was found in no earlier row by a keyword "
         "search)", firm("Central Zilverhandel BV", "NL")),
        ("CUL-06", "import", "DEAIR01", "air", "ZA", [], "DE", "970191",
         "Decorative oil painting, hand-painted copy after Irma Stern, framed, 1", "ZA", 14, 1, 4500, "ZAR",
         "a hand-painted decorator's copy is thin paint on a new machine-stretched canvas with a shop label; this "
         "is a thickly worked 1940s canvas on its original stretcher with a Cape Town framer's label, the artist's "
         "signature and a gallery's stock number: an original Irma Stern, a work whose export South Africa allows "
         "only with a heritage-authority permit, brought in against Regulation 2019/880 and worth thousands of times "
         "the declared value, flown from Cape Town for a Berlin dealer; South African English wording (paintings as "
         "decorative copies repeat in many sets; a South African modernist was found in no earlier row by a keyword "
         "search)", firm("Horizon Kunsthandel GmbH", "DE")),
        ("CUL-07", "import", "BEAIR01", "air", "ZA", [], "BE", "442090",
         "Izigqiki zokhuni ezibaziwe, ezintsha, ubuciko bakwaZulu (carved wooden headrests, new craft), 12", "ZA", 18,
         12, 240, "USD",
         "new carved headrests from curio markets are pale, rough-sanded and stained; these twelve are dense, dark, "
         "hand-polished by generations of use, with worn pads, old repairs in wire and Tsonga and Zulu carving styles "
         "of the 19th century: ethnographic heritage objects whose export South Africa allows only with a permit, "
         "brought in against Regulation 2019/880, flown from Durban for a Brussels Sablon dealer; isiZulu wording "
         "(new-craft covers repeat in many sets; headrests appear only in two earlier notes; Tsonga and Zulu "
         "headrests from Durban are the new part as far as a search found)", firm("Galerie Central SA", "BE")),
        ("CUL-08", "export", "NLSEA01", "sea", "NL", [], "ZA", "970191",
         "Decoratieve reproductie, olieverf op paneel, rivierlandschap in 17e-eeuwse stijl, ingelijst, 1 st.", "NL",
         9, 1, 800, "EUR",
         "a decorative copy is bright paint on a new panel or canvas; this is an oak panel with bevelled edges, a "
         "Guild of St Luke brand on the back, craquelure and an old auction label: a Haarlem river landscape of "
         "about 1645 in the manner of Salomon van Ruysdael, worth far above the 150,000 EUR threshold, exported "
         "without the export licence Regulation 116/2009 requires, in a removal container from Rotterdam to Cape "
         "Town for a Stellenbosch wine-estate owner; Dutch wording (Dutch Golden Age paintings as decorative copies "
         "repeat in two sets, to the United States; kept as a known repeat, to South Africa is the new part)",
         {"importer_country": "ZA"}),
        ("CUL-09", "import", "DEPOST01", "post", "PE", [], "DE", "520852",
         "Retazos de tela para patchwork, algodón estampado, surtidos, 2 kg", "PE", 2, None, 40, "USD",
         "patchwork remnants are crisp, machine-printed cotton offcuts with straight cut edges; these are brittle, "
         "faded, hand-spun and hand-woven fragments with gauze and tapestry weaves, birds and fish in brown and "
         "cream, with sand and salts in the fibres: Chancay textile fragments (AD 1000-1470) from looted coastal "
         "graves, archaeological objects whose export Peru forbids, brought in against Regulation 2019/880, posted "
         "from Huaral to a private buyer in Munich; Peruvian Spanish wording (Chancay textiles repeat in several "
         "sets; kept as a known repeat, a patchwork-remnant label is the new part as far as a search found)",
         person("Lena Wagner", "DE")),
        ("CUL-10", "import", "ITAIR01", "air", "EG", [], "IT", "691390",
         "زينة حوض أسماك من الخزف الأزرق، تماثيل صغيرة، 20 قطعة", "EG", 4, 20, 60, "USD",
         "new faience aquarium ornaments are bright, glossy and hollow with a drain hole; these 20 figures are solid, "
         "matt blue-green, mummiform, with hieroglyphic columns down the front, worn glaze and tomb earth in the "
         "hieroglyphs: shabti figures (Late Period), archaeological objects whose export Egypt forbids, brought in "
         "against Regulation 2019/880 and without the import licence it needs, flown from Cairo for a Milan dealer; "
         "Egyptian Arabic wording (shabtis repeat in many sets; kept as a known repeat, an aquarium-ornament label, "
         "found once on a Thai wildlife row, is the new part on antiquities as far as a search found)", firm("Meridian Antichità Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "ZA", "901890",
         "Ersatzteile für Lithotripter (Stoßwellengeräte), Elektroden, 40 Stück", "DE", 12, 40, 9600, "EUR",
         "spare electrodes for electrohydraulic lithotripters are simple two-pin plugs used up after a few thousand "
         "shocks; these 40 are sealed ceramic-and-metal three-electrode tubes with a trigger lead, a datasheet "
         "giving 5 µs anode delay and 20 kV, for a Cape Town trading company whose buyer is in Pakistan: triggered "
         "spark gaps (dual-use 3A228, usable in nuclear-weapon firing sets) exported without the licence they need; "
         "German wording (triggered spark gaps repeat in many sets under spark-plug, flash and surge-arrester labels; "
         "a lithotripter label through South Africa, after the Cape Town case of 2004, was found in no earlier row)",
         {"importer_name": "Top Cape Medical Supplies (Pty) Ltd", "importer_country": "ZA"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["ZA"], "SZ", "848180",
         "Valvole a soffietto in lega di alluminio, DN 40-100, per impianto di concentrati per bevande, Matsapha, 60 pezzi",
         "IT", 1800, 60, 96000, "EUR",
         "hygienic valves for a soft-drinks concentrate plant are polished stainless steel with clamp ends; these 60 "
         "are aluminium-alloy bodies with welded metal bellows seals, helium-leak-test certificates and vacuum "
         "flanges, at 1,600 EUR each: bellows-sealed valves of aluminium alloy (dual-use 2A226, used in uranium "
         "enrichment plants) for an Eswatini 'beverage engineering' firm whose owners front for an Iranian buyer, "
         "shipped from Genoa to Durban and trucked on; Italian wording (bellows-sealed valves repeat in several "
         "sets; a beverage-concentrate cover for Eswatini is the new part as far as a search found)",
         {"importer_country": "SZ"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "MU", "903020",
         "Oscilloscopes numériques et analyseurs de spectre d'occasion, pour laboratoire d'enseignement, 30 unités",
         "FR", 420, 30, 180000, "EUR",
         "teaching-lab oscilloscopes are 100-200 MHz bench units costing a few hundred euros; these 30 are 8 GHz "
         "real-time oscilloscopes and 26 GHz spectrum analysers bought from a Paris-area broker, invoiced to a Port "
         "Louis freeport trading company whose sole customer is a Moscow electronics distributor: items of the "
         "common high-priority list sold for Russia (Regulation 833/2014, with the 'no re-export to Russia' clause "
         "missing) and dual-use 3A002 test equipment without a licence; French wording (oscilloscopes repeat in "
         "many sets and Mauritius was a strategic destination once (blind143); through the Mauritius freeport is the "
         "new part as far as a search found)",
         {"importer_name": "Orion Freeport Trading Ltd", "importer_country": "MU"}),
        ("STR-04", "transit", "BESEA01", "sea", "ZA", ["BE"], "LY", "870421",
         "Armoured cash-in-transit vehicles, civilian, B6, 8 units", "ZA", 96000, 8, 1200000, "USD",
         "cash-in-transit vans are armoured box bodies on truck chassis with a safe and a rear door; these eight "
         "are V-hulled, mine-protected troop carriers with ten seats facing out, firing ports, a roof ring for a "
         "weapon mount and run-flat tyres, built in Gauteng: armoured military vehicles (Military List ML6) for "
         "Benghazi against the UN arms embargo on Libya, landed at Antwerp in transit from Durban; South African "
         "English wording (armoured vehicles repeat in many sets and a cash-in-transit label once, on armoured "
         "Land Cruisers from Greece to Libya (blind12); South African mine-protected carriers in transit at Antwerp "
         "are the new part as far as a search found)", {"importer_country": "LY"}),
        ("STR-05", "import", "BEAIR01", "air", "LS", [], "BE", "710221",
         "Rough diamonds, gem and near-gem, Lesotho origin (Letšeng), with Kimberley Process certificate, 1 parcel",
         "LS", 0.3, 1480, 1650000, "USD",
         "Letšeng rough is famous for few, large, high-value type IIa stones averaging above 2,000 USD a carat; this "
         "1,480-carat parcel is small, sharp, uniform octahedra with the green skins and sorting marks of Yakutian "
         "production at about 1,100 USD a carat, and the Kimberley Process certificate's number belongs to another "
         "shipment: Russian-origin diamonds laundered through Maseru, whose import into the Union is banned "
         "(Regulation 833/2014), flown to Antwerp for a dealer; English wording from Lesotho (Russian diamonds "
         "repeat in many sets, one through Ramat Gan (blind160); a Lesotho origin is the new part as far as a "
         "search found)", firm("Vega Diamant SA", "BE")),
        ("STR-06", "import", "ITSEA01", "sea", "ZA", [], "IT", "720110",
         "Pig iron, non-alloy, basic grade, origin South Africa, 30 000 t", "ZA", 30000000, None, 12600000, "USD",
         "South African pig iron comes from a few named smelters with mill certificates; this cargo's certificates "
         "name a plant that closed years ago, its chemistry matches Russian basic pig iron and the ship's track "
         "shows a ship-to-ship transfer in Algoa Bay from a vessel last in Novorossiysk: Russian pig iron, whose "
         "import into the Union is banned (Regulation 833/2014, iron and steel), relabelled as South African, by "
         "sea to Ravenna for a foundry group; South African English wording (pig iron under other origins repeats in "
         "several sets, from India, Brazil, Georgia, Türkiye and Kazakhstan; South African origin and an Algoa Bay transfer "
         "are the new part as far as a search found)", firm("Alpina Fonderie Srl", "IT")),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "ZA", "722830",
         "Werkzeugstahl-Rundstäbe 1.2709, geschmiedet, für Druckgussformen, Ø 200 mm, 800 kg", "AT", 800, 6, 28000,
         "EUR",
         "tool-steel bars for die-casting moulds are usually hot-work grades such as 1.2343; grade 1.2709 is an "
         "18 % nickel, cobalt-molybdenum maraging steel that reaches about 2 GPa after ageing, and these bars are "
         "200 mm across, for a Vanderbijlpark engineering works with no die-casting business: maraging steel in "
         "forms above 75 mm (dual-use 1C216, used for centrifuge rotors) exported without a licence for an Iranian "
         "end user, flown from Vienna to Johannesburg; German wording (maraging steel repeats in many sets; a "
         "die-casting tool-steel label to Vanderbijlpark, where an enrichment-plant order was made in 2004, is the "
         "new part as far as a search found)",
         {"importer_name": "Vaal Precision Engineering (Pty) Ltd", "importer_country": "ZA"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "AE", "847989",
         "Wickelanlage für GFK-Rohre, DN 100-600, 2 Achsen, gebraucht, 1 Anlage", "DE", 9000, 1, 85000, "EUR",
         "a GRP pipe-winding line winds hoops on a long mandrel with two simple axes; this machine has four "
         "CNC-coordinated axes, a programmable fibre-delivery head, a 1.2 m short mandrel with dome end fittings "
         "and a prepreg tape head: a filament-winding machine (dual-use 1B001, for rocket-motor cases) for a Sharjah "
         "'pipe maker' buying for a Pakistani missile-industry firm, from Hamburg to Jebel Ali; German wording "
         "(winding-machine covers repeat in two sets, as garden-hose and yarn winders; a GRP-pipe label is the new "
         "part as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["AT", "HU", "RS", "BG"], "TR", "702000",
         "Olovnaté sklo – průhledová okna pro stomatologická RTG pracoviště, 4 ks", "CZ", 1400, 4, 6000, "EUR",
         "X-ray viewing windows for a dental surgery are 10-15 mm lead-glass panes of a few hundred square "
         "centimetres; these four are 220 mm thick, 5.2 g/cm3, over 0.4 m2 on the cold side, in steel frames with "
         "oil-fill ports: hot-cell radiation-shielding windows (dual-use 1A227) for an Istanbul 'dental distributor' "
         "buying for an Iranian isotope laboratory, by road through Austria, Hungary, Serbia and Bulgaria; Czech "
         "wording (hot-cell equipment repeats once, as manipulators; a dental X-ray-window label was found in no "
         "earlier row)", {"importer_country": "TR"}),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "MU", "810890",
         "Tubes en titane pour condenseurs de sucrerie, 3 t", "FR", 3000, None, 66000, "EUR",
         "titanium condenser tubes are light (4.5 g/cm3) and grey; these tubes are heavier (6.5 g/cm3), thin-walled, "
         "9.5 mm across, and the mill certificates in the crate read Zircaloy-4 with hafnium below 100 ppm: "
         "zirconium alloy tubes of reactor grade (dual-use 1C234) for a Mauritian 'sugar-mill contractor' booked on "
         "to Karachi, exported without a licence, by sea from Marseille to Port Louis; French wording (zirconium "
         "repeats in several sets; a sugar-mill condenser label for Mauritius is the new part as far as a search "
         "found)", {"importer_country": "MU"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "FRAIR01", "air", "ZA", ["FR"], "VN", "391690",
         "Resin pen-turning blanks, stabilised, assorted colours, 4 kg", "ZA", 4, 60, 120, "USD",
         "stabilised resin pen blanks are bright, glassy, evenly coloured bars; these 60 are grey-brown, fibrous "
         "blocks with parallel hair-like strands, a burnt-hair smell under a hot needle and a dark core: rhino horn "
         "cut into pen blanks (Ceratotherium simum, CITES App. II for South Africa's population only for live "
         "animals and hunting trophies, horn trade as App. I) without CITES documents, in transit at Paris-Charles "
         "de Gaulle from Johannesburg to Hanoi; English wording (rhino horn repeats in many sets and resin covers in "
         "several; pen blanks appear once, as jatobá blocks over pernambuco (blind136), and a resin pen-blank label on "
         "rhino horn was found in no earlier row)", {"importer_country": "VN"}),
        ("WLF-02", "import", "CZPOST01", "post", "ZA", [], "CZ", "251710",
         "Decorative quartz pebbles for succulent pots (top dressing), Namaqualand, 2 kg", "ZA", 2, None, 20, "USD",
         "top-dressing pebbles are white quartz chips and nothing else; among these are 300 tiny, cone-, heart- and "
         "pebble-shaped living plants packed dry in paper twists, with field soil on their roots: wild-collected "
         "Conophytum (CITES App. II) dug in the Knersvlakte, without CITES documents, posted from Vredendal to a "
         "private collector in Brno; English wording (Conophytum repeats in a few sets, as nursery plants; hidden "
         "among top-dressing pebbles is the new part as far as a search found)", person("Jan Novák", "CZ")),
        ("WLF-03", "import", "BEAIR01", "air", "ZA", [], "BE", "041010",
         "Masonja yo oma (dried mopane worms), mabokisi ya 20 kg, 10", "ZA", 200, 10, 1400, "USD",
         "dried mopane worms are black-and-green, crinkled, smoked caterpillars that smell of tea and smoke; six of "
         "these ten cartons hold overlapping brown, ridged, fingernail-like scales: Temminck's pangolin scales "
         "(Smutsia temminckii, CITES App. I) without CITES documents, flown from Johannesburg to Brussels for a "
         "Matonge grocery that forwards them to Asia; Xitsonga wording from Limpopo (pangolin scales repeat in many "
         "sets under nut, shell and horn labels; a mopane-worm label was found in no earlier row by a keyword "
         "search)", firm("Delta Produits Africains SA", "BE")),
        ("WLF-04", "import", "ESSEA01", "sea", "MU", [], "ES", "030342",
         "Colas de atún rabil congeladas, cajas de 20 kg, 18 t", "MU", 18000, 900, 36000, "USD",
         "frozen yellowfin tuna tails are dark-red meat around a forked, bony tail fin; 100 of these 900 cartons "
         "hold frozen, triangular fins with sandpaper skin, white and black tips and no meat: oceanic whitetip and "
         "silky shark fins (CITES App. II) without CITES documents, cut from sharks transhipped at Port Louis and "
         "landed apart from their bodies, by sea to Vigo for a seafood trader; Spanish wording (shark fins repeat in "
         "many sets under fish and maw labels; a tuna-tail label and Port Louis transhipment were found in no "
         "earlier row)", firm("Atlántica Congelados SL", "ES")),
        ("WLF-05", "import", "BEPOST01", "post", "SZ", [], "BE", "630790",
         "Emajobo ekuhlobisa, enziwe ngesikhumba lesingesiso (faux-fur ceremonial aprons), 2", "SZ", 2.2, 2, 60,
         "USD",
         "faux-fur emajobo are printed polyester pile on a cotton backing, as Swazi men now wear; these two are real "
         "spotted skins, cut into tails and sewn on hide, with guard hairs that do not melt under a hot needle and "
         "rosettes that run through the leather: leopard skin (Panthera pardus, CITES App. I) without CITES "
         "documents, posted from Mbabane to a private person in Brussels; siSwati wording (leopard skins repeat in "
         "many sets under faux-fur and print labels; kept as a repeat family, Swazi emajobo are the new part as far "
         "as a search found)", person("Sipho Dlamini", "BE")),
        ("WLF-06", "import", "DEPOST01", "post", "LS", [], "DE", "611595",
         "Dikausu tsa masea tse lohiloeng ka letsoho (hand-knitted baby socks), para tse 10", "LS", 1.2, 10, 30,
         "LSL",
         "hand-knitted baby socks are light and soft; these ten pairs each hold a live, spiny, armoured lizard of "
         "about 30 cm tucked head-down, taped shut: sungazers (Smaug giganteus, CITES App. II) taken from Free State "
         "grassland without CITES documents, posted from Maseru to a private reptile keeper in Hanover; Sesotho "
         "wording (South African lizards repeat in two sets, plated lizards and rock agamas whose notes name "
         "sungazers (blind59, blind63); a baby-sock label from Lesotho was found in no earlier row)", person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "ESAIR01", "express", "SZ", [], "ES", "200819",
         "Roasted macadamia nuts, salted, 500 g tins, 4", "SZ", 2, 4, 60, "USD",
         "roasted macadamias are round, cream-white kernels that smell of roast nuts; these four tins hold 60 ovoid, "
         "pale, hard-coated seeds of 4 cm with a fleshy scar, unroasted and unsalted: seeds of wild cycads "
         "(Encephalartos, CITES App. I, seeds included) from the Lubombo hills without CITES documents, sent by "
         "express from Mbabane to a private cycad collector near Valencia; English wording (Encephalartos repeats in "
         "many sets, as stems and seedlings, and its seeds once, as palm seeds posted from Port Elizabeth (blind73); "
         "from Eswatini under a roasted-macadamia label is the new part as far as a search found)",
         person("Sr. J. García", "ES")),
        ("WLF-08", "import", "ITAIR01", "air", "ZA", [], "IT", "410719",
         "Calf leather, crocodile-embossed, finished, 200 pcs", "ZA", 420, 200, 9000, "USD",
         "crocodile-embossed calf is a full hide with a pressed, repeating scale pattern; these 200 pieces are "
         "narrow belly skins with real, irregular scales, umbilical scars and bony osteoderm dots on the back, and no "
         "tags: wild Nile crocodile skins (Crocodylus niloticus, CITES App. II) from Mozambique tanned in South "
         "Africa without CITES documents or tags, flown from Johannesburg for a Tuscan tannery; English wording "
         "(crocodile skins repeat in many sets under embossed labels; kept as a repeat family, the route through "
         "South Africa to Tuscany is the new part)", firm("Meridian Pelli Srl", "IT")),
        ("WLF-09", "import", "CZAIR01", "air", "ZA", [], "CZ", "210410",
         "Beef bone broth concentrate, blocks, 40 kg", "ZA", 40, 160, 800, "USD",
         "beef bone broth concentrate is a soft, salty, savoury jelly that melts in hot water; these 160 dark, "
         "glassy, rock-hard bricks smell of glue and carry lion-head stamps: lion-bone 'cake' boiled from the "
         "skeletons of captive-bred lions (Panthera leo, CITES App. II, South Africa's skeleton quota at zero) "
         "without CITES documents, flown from Johannesburg to Prague for traders supplying the Vietnamese market; "
         "English wording (bone glue and 'cao' repeat in several sets, tiger-bone glue from the Czech Republic in "
         "one; lion bone from South Africa as broth concentrate is the new part as far as a search found)",
         firm("Vega Asia Food s.r.o.", "CZ")),
        ("WLF-10", "import", "ITPOST01", "post", "ZA", [], "IT", "680299",
         "Hand-painted pebble ornaments, star pattern, 12 pcs", "ZA", 1.4, 12, 30, "USD",
         "painted pebbles are cold, heavy, smooth stones with glossy acrylic paint; these twelve are light, warm, "
         "domed and slightly soft, with black shields rayed in yellow that are not paint, and they move: hatchling "
         "geometric tortoises (Psammobates geometricus, CITES App. I), one of the rarest tortoises, taken from "
         "Western Cape renosterveld without CITES documents, posted from Worcester to a private keeper near Turin; "
         "English wording (tortoises repeat in many sets, as hatchlings in ceramic money boxes among them (blind160); "
         "geometric tortoises and a painted-pebble label were found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "ZA", "IE", "284700",
     "Hydrogen peroxide 35 %, 1 x 1 l, for a licensed private user (hydroponics)", "ZA", 1.2, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "IE-DOJ-54-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "SZ", "BE", "282990",
     "Potassium perchlorate 99 %, 5 kg, for a licensed private user (amateur rocketry club member)", "SZ", 5, 5, 150,
     "USD", [("PRECURSOR_LICENCE", "BE-FOD-54-0127")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FISEA01", "sea", "ZA", "FI", "381590",
     "Spent Fischer-Tropsch cobalt catalyst in wax (16 08 02*), for cobalt recovery at a licensed refinery, 22 t", "ZA",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "FI-SYKE-54-0033")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "SZ", "DE", "380891",
     "Obsolete organochlorine pesticide stocks (02 01 08*), repacked in UN drums, for high-temperature incineration, 16 t",
     "SZ", 16000, 80, 0, "EUR", [("BASEL_CONSENT", "DE-HH-54-0119")], "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "ZA", "FR", "290376",
     "Recovered halon 1301, 8 cylinders, for a critical use in aircraft engine fire protection", "ZA", 120, 8, 6400,
     "USD", [("ODS_LICENCE", "FR-DGEC-ODS-54-004")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "ZA", "NL", "290377",
     "Recovered CFC-11 from mine chillers, 20 drums, for destruction at a licensed plant", "ZA", 5900, 20, 0, "EUR",
     [("ODS_LICENCE", "NL-ILT-ODS-54-011")], "recovered CFC-11 imported for licensed destruction"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "ZA", "DE", "970191",
     "Oil painting by Irma Stern, 1947, exhibition loan, with the South African heritage-authority export permit", "ZA",
     14, 1, 6500000, "ZAR", [("CULTURAL_EXPORT_CERTIFICATE", "ZA-SAHRA-54-0071")],
     "painting imported with the source country's export permit"),
    ("PRM-08", "cultural", "export", "NLSEA01", "sea", "NL", "ZA", "970121",
     "River landscape, oil on oak panel, Haarlem, c. 1645, sold at auction with the EU export licence", "NL", 9, 1,
     310000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EL-54-0206")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "ZA", "853590",
     "Triggered spark gaps, 20 kV, 40 units, for a Cape Town lithotripter manufacturer", "DE", 4, 40, 22000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-54-1182"), ("END_USER_CERTIFICATE", "ZA-NCACC-EUC-54-0091")],
     "dual-use spark gaps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "MU", "903020",
     "Real-time oscilloscopes, 8 GHz, 4 units, for a university physics department in Réduit", "FR", 60, 4, 240000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-54-0342"), ("END_USER_CERTIFICATE", "MU-MOE-EUC-54-0012")],
     "dual-use oscilloscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZPOST01", "post", "ZA", "CZ", "060290",
     "Conophytum, artificially propagated, 60 rooted cuttings, from a registered nursery", "ZA", 1, 60, 120, "USD",
     [("CITES_PERMIT", "ZA-NC-CITES-54-0311")], "App. II propagated succulents with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "410691",
     "Nile crocodile skins, ranched, wet-blue, tagged, 200 pcs", "ZA", 900, 200, 60000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-CITES-54-0918")], "App. II ranched crocodile skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. O'Brien", "PRM-03": "Pohjola Cobalt Oy", "PRM-05": "Atlantic Aéro Maintenance SARL",
    "PRM-07": "Horizon Kunsthalle GmbH", "PRM-10": "University of Mauritius", "PRM-11": "Jan Novák",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("330190", "Buchu hydrosol (boegoewater), 1 l bottles", "import", ["post"], ["ZA"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("151590", "Macadamia nut oil, cold-pressed, 1 l", "import", ["express"], ["ZA", "KE"], (12, 22), (1, 4), ["USD", "EUR"], 1, S),
    ("200819", "Roasted macadamia nuts, salted, 500 g tins", "import", ["express"], ["ZA"], (18, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("382311", "Stearin flakes for candle making, 25 kg bags", "import", ["sea"], ["SZ", "MY"], (1.5, 2.5), (5000, 15000), ["USD"], 0.04, S),
    ("320740", "Recycled glass frit for fusing and lampwork, 1 kg bags", "import", ["air"], ["SZ", "US"], (6, 12), (100, 400), ["USD"], 1, S),
    ("250100", "Tamarin solar sea salt, 1 kg packs", "import", ["sea"], ["MU"], (0.6, 1.2), (5000, 15000), ["EUR"], 1, S),
    ("220840", "Mauritian white rum, 70 cl bottles", "import", ["sea"], ["MU"], (6, 10), (5000, 12000), ["EUR"], 1, S),
    ("110313", "Maize rice (mielie rice), 5 kg sacks", "import", ["sea"], ["ZA"], (0.6, 1.1), (10000, 20000), ["EUR"], 0.2, S),
    ("560729", "Sisal cord for basketry, natural, 50 m reels", "import", ["sea"], ["SZ", "KE"], (2, 4), (1000, 5000), ["USD"], 0.3, S),
    ("621420", "Mohair scarves, hand-woven", "import", ["post"], ["LS", "ZA"], (60, 120), (1, 2), ["USD", "EUR"], 5, S),
    ("650400", "Basotho grass hats (mokorotlo)", "import", ["air"], ["LS"], (8, 15), (50, 300), ["USD"], 2.5, S),
    ("270111", "Electrically calcined anthracite, 3-8 mm", "import", ["sea"], ["ZA", "CN"], (0.35, 0.55), (20000, 26000), ["USD"], None, S),
    ("271290", "Fischer-Tropsch hard wax, pastilles", "import", ["sea"], ["ZA", "MY"], (1.5, 2.5), (15000, 22000), ["USD"], None, S),
    ("230320", "Bagasse pellets for biomass boilers", "import", ["sea"], ["MU", "BR"], (0.12, 0.2), (20000, 26000), ["EUR", "USD"], None, S),
    ("870323", "Used passenger cars, roadworthy, with service history", "export", ["sea"], ["KE", "TZ"], (4, 8), (6000, 15000), ["EUR"], 0.0007, S),
    ("380210", "Activated carbon, new, for gold recovery (CIL)", "export", ["sea"], ["ZA", "GH"], (1.8, 3), (10000, 20000), ["EUR"], None, S),
    ("261000", "Chrome ore, metallurgical, lumpy", "import", ["sea"], ["ZA", "TR"], (0.25, 0.4), (24000, 27000), ["USD"], None, S),
    ("290531", "Monoethylene glycol, fibre grade", "export", ["road"], ["UA", "MD"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("250510", "Washed silica sand for construction", "export", ["sea"], ["MA", "TN"], (0.03, 0.06), (24000, 27000), ["EUR"], None, S),
    ("841850", "Beverage coolers, glass door, R-290, new", "import", ["sea"], ["SZ", "TH"], (5, 9), (3000, 8000), ["USD"], 0.015, S),
    ("920590", "Vuvuzelas, plastic", "import", ["sea"], ["ZA", "CN"], (2, 4), (1000, 4000), ["USD"], 6, S),
    ("290312", "Dichloromethane, technical, drums", "import", ["sea"], ["CN", "US"], (0.8, 1.3), (10000, 20000), ["USD"], None, S),
    ("271113", "Butane camping-gas cartridges, 450 g", "import", ["sea"], ["ZA", "KR"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("392111", "Extruded polystyrene (XPS) insulation boards, CO2-blown", "import", ["rail"], ["KZ", "TR"], (1.5, 2.5), (4000, 8000), ["USD"], None, S),
    ("321410", "One-component PU gap-filling foam, hydrocarbon propellant, 750 ml", "import", ["road"], ["TR", "RS"], (2, 4), (3000, 8000), ["EUR"], 1.3, S),
    ("400520", "Rubber vulcanising solution for puncture-repair kits, heptane-based, tubes", "import", ["sea"], ["IN", "TW"], (2.5, 4.5), (1000, 4000), ["USD"], 50, S),
    ("950300", "Wooden model ships, handmade, Curepipe", "import", ["air"], ["MU"], (30, 60), (50, 300), ["EUR"], 0.2, S),
    ("830610", "Brass ship's bells, reproduction, new", "import", ["post"], ["MU", "IN"], (15, 30), (1, 4), ["EUR", "USD"], 0.5, S),
    ("680299", "Sandstone wall cladding, split-face, new", "import", ["sea"], ["ZA", "IN"], (0.3, 0.6), (18000, 24000), ["USD"], None, S),
    ("251710", "Tumbled quartzite aquarium stones", "import", ["sea"], ["ZA", "CN"], (0.4, 0.9), (5000, 15000), ["USD"], None, S),
    ("251710", "White quartz pebbles for plant-pot top dressing, 2 kg", "import", ["post"], ["ZA", "CN"], (5, 10), (1, 4), ["USD"], None, S),
    ("711420", "Silver-plated cutlery, new, boxed", "import", ["post"], ["ZA", "GB"], (30, 60), (1, 4), ["USD", "GBP"], 8, S),
    ("970191", "Hand-painted decorative oil paintings, new, framed", "import", ["sea"], ["CN", "ZA"], (8, 20), (500, 3000), ["USD"], 0.2, S),
    ("442090", "Carved wooden headrests, new craft", "import", ["air"], ["ZA", "ZW"], (10, 25), (50, 300), ["USD"], 0.5, S),
    ("950510", "Brass Christmas-tree toppers, handmade", "import", ["express"], ["ET", "IN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("520852", "Cotton patchwork fabric bundles, printed", "import", ["post"], ["PE", "US"], (20, 40), (1, 3), ["USD"], None, S),
    ("691390", "Ceramic aquarium ornaments, new", "import", ["air"], ["EG", "CN"], (4, 8), (100, 500), ["USD"], 3, S),
    ("901890", "Spare electrodes for electrohydraulic lithotripters", "export", ["air"], ["ZA", "EG"], (200, 400), (20, 100), ["EUR"], 2, S),
    ("848180", "Hygienic stainless butterfly valves for beverage plants", "export", ["sea"], ["SZ", "KE"], (20, 40), (1000, 4000), ["EUR"], 0.3, S),
    ("903020", "General-purpose oscilloscopes, 100 MHz, for schools", "export", ["air"], ["MU", "MA"], (80, 150), (50, 300), ["EUR"], 0.15, S),
    ("847989", "GRP pipe-winding machine, 2-axis, for irrigation pipes", "export", ["sea"], ["ZA", "EG"], (15, 30), (5000, 12000), ["EUR"], 0.0001, S),
    ("702000", "Lead-glass X-ray viewing windows, 12 mm, for dental clinics", "export", ["road"], ["TR", "RS"], (20, 40), (200, 800), ["EUR"], 0.05, S),
    ("810890", "Titanium condenser tubes for sugar mills", "export", ["sea"], ["MU", "BR"], (25, 40), (2000, 6000), ["EUR"], None, S),
    ("391690", "Acrylic pen-turning blanks, assorted", "import", ["post"], ["ZA", "US"], (30, 60), (1, 3), ["USD"], 20, S),
    ("611595", "Hand-knitted baby socks, cotton", "import", ["post"], ["LS", "PE"], (30, 60), (1, 2), ["USD", "EUR"], 20, S),
    ("520852", "Printed cotton emahiya cloth, Swazi patterns", "import", ["sea"], ["SZ", "ZA"], (6, 10), (1000, 4000), ["USD"], None, S),
    ("410719", "Crocodile-embossed calf leather, finished", "import", ["air"], ["ZA", "IN"], (25, 45), (200, 1000), ["USD"], None, S),
    ("680299", "Hand-painted pebble ornaments, acrylic", "import", ["post"], ["ZA", "CN"], (10, 20), (1, 3), ["USD"], 8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new
# rows of their own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("200820", "Canned pineapple slices in light syrup", "import", ["sea"], ["SZ", "ZA"], (1.0, 1.6), (18000, 22000), ["USD"], 1.8, N),
        ("630120", "Wool blankets, jacquard-woven", "import", ["sea"], ["ZA", "TR"], (8, 14), (2000, 6000), ["USD"], 0.6, N),
        ("210390", "Fruit chutney, retail bottles", "import", ["sea"], ["ZA", "IN"], (2, 3.5), (6000, 14000), ["USD"], 2, N),
        ("851640", "Electric steam irons, boxed", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 0.7, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind167", 20540101, HERE)


if __name__ == "__main__":
    main()
