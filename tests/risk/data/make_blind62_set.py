#!/usr/bin/env python3
"""Writes the sixty-second blind set (tests/risk/data/blind62-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2036, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms and their
parts, veterinary medicines and pesticides) are left out of the ordinary table.
Disguised rows carry a consignee name only where a real declaration would. Ids are BL62-*:

    python3 tests/risk/data/make_blind62_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "NO", [], "SE", "380899",
         "Algefjerner for fuglebad og fontener, 4 x 5 l", "NO", 22.6, 4, 700, "NOK",
         "garden algae removers for bird baths and small fountains are enzyme or barley-straw liquids used by the "
         "capful and safe for birds; these twenty litres weigh 1.13 kg/l, sit under vented caps, bleach the skin "
         "white and carry UN 2014 under the label: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from a Norwegian web shop to a private person near Gothenburg; Norwegian wording (hydrogen peroxide repeats "
         "in many sets; a bird-bath algae cover is new as far as a search found)", person("Privatperson", "SE")),
        ("PRE-02", "import", "ATPOST01", "post", "CH", [], "AT", "381400",
         "Verdünner für Lederfarben, 4 x 1 l", "CH", 4.6, 4, 45, "CHF",
         "leather-dye thinners are alcohol-based and weigh about 0.8 kg/l; these four litres weigh 1.14 kg/l, smell "
         "fruity, burn with a pale flame and carry CAS 75-52-5 on the inner labels: nitromethane (Annex I above "
         "16 %), posted from eastern Switzerland to a private person in Dornbirn although flammable liquids may not "
         "go by post; Swiss German wording (nitromethane repeats in many sets; a leather-dye thinner is new as far "
         "as a search found)", person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "GRPOST01", "post", "TR", [], "GR", "330690",
         "Protez diş taşı çözücü solüsyon, 6 x 1 l", "TR", 8.4, 6, 36, "EUR",
         "denture cleaners are effervescent tablets of citric acid and perborate, or mild acid gels sold in 100 ml "
         "tubes; these six litres weigh 1.40 kg/l, give off brown fumes when opened, stain the fingers yellow and "
         "dissolve a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Izmir to a private person "
         "in Thessaloniki although corrosive liquids may not go by post; Turkish wording (nitric acid repeats in many "
         "sets; a denture-cleaner cover hid 50 % peroxide once (blind47); nitric acid as a denture-tartar remover is "
         "new as far as a search found)", person("Idiotis", "GR")),
        ("PRE-04", "import", "ITAIR01", "express", "CN", [], "IT", "252020",
         "牙科超硬石膏粉（IV 型），5 x 1 公斤", "CN", 5, 5, 25, "USD",
         "type IV dental stone is a yellow or pink gypsum plaster that sets hard within minutes of mixing with "
         "water; this fine white crystalline powder never sets, barely dissolves in cold water, flares violently on "
         "a hot plate and carries CAS 7778-74-7 on the inner bags: potassium perchlorate (Annex I above 40 %), sent "
         "by a Shenzhen web shop to a private person in Brescia with no dental practice; Chinese wording (potassium "
         "perchlorate repeats, twice under a flux heading and as kiln wash (blind60); a dental-stone cover is new as "
         "far as a search found)", person("Privato", "IT")),
        ("PRE-05", "import", "HRPOST01", "post", "RS", [], "HR", "310530",
         "Hrana za kvasac za medovinu (diamonijum fosfat), 5 x 1 kg", "RS", 5, 5, 20, "EUR",
         "mead makers feed their yeast diammonium phosphate by the gram; DAP smells of ammonia when stirred into "
         "lye and melts with ammonia fumes, but these colourless crystals give no ammonia, flare on a hot plate "
         "and carry CAS 3811-04-9 under the label: potassium chlorate (Annex I above 40 %), five kilograms posted "
         "from Novi Sad to a private person in Zagreb; Serbian wording (potassium chlorate repeats in many sets, and "
         "a DAP yeast-nutrient cover hid ammonium nitrate in about five rows: this repeats that cover knowingly, for "
         "another substance, with a mead label, a postal route from Serbia and new wording)", person("Privatna osoba", "HR")),
        ("PRE-06", "import", "BEAIR01", "express", "CA", [], "BE", "340590",
         "Sels de nettoyage électrolytique pour argenterie, 4 x 2 kg", "CA", 8, 4, 45, "CAD",
         "electrolytic silver-cleaning salts are washing soda and table salt used in hot water with aluminium foil, "
         "and turn the water slippery and alkaline; these colourless crystals dissolve to a neutral solution, flare "
         "on a hot plate and carry CAS 7775-09-9 on the inner bags: sodium chlorate (Annex I above 40 %), sent by a "
         "Montreal shop to a private person in Liège; Quebec French wording (sodium chlorate repeats in many sets, "
         "most often as weedkiller; a silver-tarnish salt is new as far as a search found)",
         person("Particulier", "BE")),
        ("PRE-07", "import", "NLAIR01", "express", "ZA", [], "NL", "210390",
         "Biltong-soutmengsel, growwe sout, 4 x 2,5 kg", "ZA", 10, 4, 600, "ZAR",
         "biltong salt is coarse salt with roasted coriander, black pepper and brown sugar, brown and fragrant; these "
         "bags hold plain white crystals with no spice, which run to a puddle in damp air, flare on a hot plate and "
         "carry CAS 7601-89-0 on the inner bags: sodium perchlorate (Annex I above 40 %), sent by a Pretoria butcher's "
         "web shop to a private person in Utrecht; Afrikaans wording (sodium perchlorate repeats, as dehumidifier "
         "refills, humidor crystals and Christmas snow; a biltong-salt cover is new as far as a search found)",
         person("Particulier", "NL")),
        ("PRE-08", "import", "PLROAD01", "road", "UA", [], "PL", "170199",
         "Цукор перлинний для льєзьких вафель, 4 x 25 кг", "UA", 100, 4, 90, "EUR",
         "Liège pearl sugar is hard, opaque white nibs of compressed beet sugar, 4-6 mm across, that hold their "
         "shape in the waffle; these are smooth, porous 2 mm prills that dissolve in water turning it ice-cold, "
         "melt and fizz on a hot plate, and an inner bag print reads 'N 34,4 %': ammonium nitrate (Annex I at 16 % N "
         "or more), a hundred kilograms brought in a groupage van from Lviv for a private person in Rzeszów who runs "
         "no bakery; Ukrainian wording (ammonium nitrate repeats in many sets, once as ice-cream maker rock salt; a "
         "waffle pearl-sugar cover is new as far as a search found)", person("Osoba prywatna", "PL")),
        ("PRE-09", "import", "FRAIR01", "express", "CH", [], "FR", "382499",
         "Patine noire pour plombs de vitrail, 4 x 5 l", "CH", 36.8, 4, 160, "CHF",
         "lead-came patinas for stained glass are dilute copper-sulphate or selenious solutions, blue-green and sold "
         "in 250 ml bottles; these twenty litres are water-clear and oily, weigh 1.84 kg/l and char a wooden "
         "spatula: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Geneva to a private person in "
         "Annecy; Swiss French wording (sulphuric acid repeats in many sets; a stained-glass patina cover is new as "
         "far as a search found; stained glass appears only as church panels (blind12) and in a development row)", person("Mme Claire Martin", "FR")),
        ("PRE-10", "import", "IEROAD01", "road", "GB", [], "IE", "843510",
         "Apple scratter and rack-and-cloth cider press, 1 set", "GB", 60, 1, 650, "GBP",
         "a home cider-making order from a Herefordshire shop to a private person in Co. Wexford, carried in a "
         "van on the Fishguard-Rosslare ferry; its third line, 'no-rinse steriliser', is not the peracetic or "
         "phosphoric-acid sanitiser used at a few millilitres a litre: the cans weigh 1.20 kg/l, vent through their "
         "caps, bleach the skin white, and the inner labels read 50 % hydrogen peroxide (Annex I above 12 %); British "
         "English wording (hydrogen peroxide repeats, in this set too (PRE-01); a cider-press order hiding it is new "
         "as far as a search found)",
         dict(person("Private individual", "IE"),
              _more_items=[item("701090", "Glass demijohns, 23 l, 6 pcs", "GB", 42, 90, "GBP", qty=6),
                           item("380894", "No-rinse steriliser for cider equipment, 2 x 5 l", "GB", 12, 30, "GBP", qty=2)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "290244",
         "Xilene rigenerato per uso industriale, 60 fusti da 200 l", "IT", 10440, 60, 3000, "EUR",
         "regenerated xylene is water-clear and sold with a purity certificate; these drums hold cloudy, yellowish "
         "solvent with a crust of paraffin and a sharp smell of formalin: the used xylene and paraffin-xylene "
         "mixtures that hospital pathology laboratories in Lombardy use to clear tissue samples, collected by a "
         "broker, waste solvent mixtures with formaldehyde (14 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned, sold at 0.29 EUR/kg to a Sfax 'paint factory'; Italian wording (spent solvents repeat in "
         "many rows; histology-laboratory xylene is new as far as a search found)", {"importer_country": "TN"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "MA", "380891",
         "Sheep dip concentrate, for resale, 480 x 5 l", "IE", 2640, 480, 4800, "EUR",
         "sheep-dip tins gathered at farm clear-outs across Munster, rusted, some leaking, with labels of 1998-2004 "
         "naming organophosphates whose sheep-dip authorisations have long lapsed, repacked in a container for a "
         "Casablanca 'veterinary distributor': waste agrochemicals containing hazardous substances (02 01 08*), "
         "hazardous waste whose export to a non-OECD country is banned; Irish English wording (obsolete pesticides "
         "repeat in about thirteen rows; sheep dip from farm clear-outs is new as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-03", "export", "SESEA01", "sea", "SE", [], "TZ", "850760",
         "Begagnade batterimoduler för energilagring, testade, 36 st.", "SE", 18000, 36, 36000, "EUR",
         "tested second-life modules come with state-of-health reports at several hundred euros each; these 36 are "
         "whole traction packs from cars written off after crashes and bought at insurers' salvage auctions around "
         "Stockholm, with deformed housings, coolant leaks and swollen cells, untested, sold 'for solar storage' to a "
         "Dar es Salaam trader: damaged waste lithium-ion batteries, hazardous waste whose export to a non-OECD "
         "country is banned (Regulation 2024/1157); Swedish wording (electric-vehicle batteries appear once "
         "(blind35); crash-damaged salvage packs to Tanzania are new as far as a search found)",
         {"importer_country": "TZ"}),
        ("WST-04", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "860210",
         "Posunovací lokomotivy T 669, provozuschopné, po revizi, 4 ks", "CZ", 464000, 4, 120000, "EUR",
         "four 1960s T 669 shunting locomotives that stood for ten years in a closed Ostrava steelworks yard, running "
         "gear seized, cabs stripped, asbestos lagging on the exhausts and heaters and PCB capacitors in the "
         "electrical cabinets, sold at scrap price 'for reuse' to a Smederevo trader who runs a scrapyard: discarded "
         "rolling stock containing asbestos and PCBs (16 01 11*, 16 02 09*, 17 06 01*), hazardous waste whose export "
         "to a non-OECD country is banned; Czech wording (locomotives appear once, as mine-locomotive batteries "
         "(blind60); whole shunters as waste by rail to Serbia are new as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "BGROAD01", "road", "BG", [], "MK", "680710",
         "Битумна хидроизолационна мушама, рециклирана, на рула, 20 т", "BG", 20000, None, 600, "EUR",
         "recycled bitumen membrane does not exist as a trade good; these rolls are brittle, black, sooty felt "
         "stripped from the flat roofs of Sofia prefab blocks, smelling of mothballs and tar, with coal-tar pitch "
         "under the gravel, sold at 30 EUR/t as fuel for Kumanovo brick kilns: coal tar and tarred products "
         "(17 03 03*), hazardous waste whose export to a non-OECD country is banned; Bulgarian wording (coal tar "
         "repeats as tar asphalt and sleepers; tarred roofing felt is new as far as a search found)",
         {"importer_country": "MK"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "854913",
         "Alkali-Mangan-Batterien, sortenrein, quecksilberfrei, zur Zinkrückgewinnung, 18 t", "AT", 18000, None,
         2700, "EUR",
         "sorted alkaline cells are one chemistry, with a sorting plant's analysis; these mesh boxes come straight "
         "from Styrian municipal collection points, with about 8 % nickel-cadmium, lead-gel and lithium cells and "
         "mercury button cells among the alkalines, some swollen or leaking, for a Zenica 'zinc recovery': waste "
         "batteries containing lead, cadmium and mercury (20 01 33*), hazardous waste whose export to a non-OECD "
         "country is banned, declared as sorted cells free of those metals; Austrian German wording (waste "
         "batteries repeat in many forms; a municipal collection declared as sorted alkaline cells to Bosnia is new "
         "as far as a search found)", {"importer_country": "BA"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "VN", "390769",
         "Escamas de PET recicladas, lavadas, calidad botella, 24 t", "ES", 24000, None, 7200, "EUR",
         "washed bottle-grade PET flake is clean, sorted and sold with viscosity and PVC specifications; the "
         "container holds bales of crushed, unwashed bottles with caps, labels, trays, food residue and some PVC, "
         "from a Valencia packaging-sorting plant, at 0.30 EUR/kg: plastic waste, whose export from the Union to "
         "non-OECD countries is banned under Regulation 2024/1157, declared as a recycled polymer, for a Hai Phong "
         "'recycler'; Spanish wording (plastic waste repeats, PET flake as a cover twice, to Malaysia; Spain to "
         "Viet Nam under a flake label is new as far as a search found)", {"importer_country": "VN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CI", "940210",
         "Fauteuils de coiffure d'occasion, 40 pièces", "FR", 1200, 40, 2000, "EUR",
         "a Le Havre container for an Abidjan salon supplier whose third line, 'hair products, end of series', is "
         "not end-of-series stock but what a Lyon cosmetics distributor had to dispose of: expired hair dyes and "
         "peroxide developers, recalled relaxers, crushed and leaking hairspray aerosols: discarded chemicals and "
         "aerosols (16 03 05*, 16 05 04*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "behind second-hand salon furniture that may travel as goods; French wording (salons appear in many rows as "
         "covers for precursors; expired hair cosmetics as waste in a salon container are new as far as a search "
         "found)",
         {"importer_country": "CI",
          "_more_items": [item("851631", "Casques sèche-cheveux d'occasion, 30 pièces", "FR", 450, 900, "EUR", qty=30),
                          item("330590", "Produits capillaires assortis, fins de série, 12 palettes", "FR", 6000, 1200, "EUR")]}),
        ("WST-09", "export", "DEAIR01", "express", "DE", [], "IN", "281700",
         "Musterpaket: Zinkoxid, technisch, zur Analyse, 24 kg", "DE", 24, 1, 20, "EUR",
         "technical zinc oxide is pure white; this is brown-grey dust with iron, lead and cadmium, electric-arc-"
         "furnace dust (10 02 07*), in one of fourteen 24 kg parcels a Duisburg broker sent in three weeks to the "
         "same Ludhiana zinc smelter, each as a free sample for analysis: waste for laboratory analysis is exempt "
         "only below 25 kg and for a real analysis, and the series is a hazardous-waste shipment split to escape the "
         "ban on exporting hazardous waste to a non-OECD country; German wording (EAF dust repeats in about six rows; "
         "a split into express 'samples' is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "transit", "ITROAD01", "road", "CH", ["IT"], "AL", "440122",
         "Holzschnitzel zur Wärmegewinnung, naturbelassen, 22 t", "CH", 22000, None, 1100, "CHF",
         "natural forest chips are pale, fresh-smelling and light; this trailer, driven to Bari for the Durrës "
         "ferry, holds chipped demolition timber with paint, nails, window-frame pieces and railway-sleeper fragments "
         "smelling of tar, and a test finds chromium, copper, arsenic and pentachlorophenol: waste wood containing "
         "hazardous substances (17 02 04*), hazardous waste that Switzerland may not ship to a non-OECD country and "
         "whose transit through Italy needs notification and consent, never sought; Swiss German wording (waste wood "
         "repeats in about five rows, as Altholz once (blind19); a road-and-ferry transit through Italy to Albania is "
         "new as far as a search found)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "KE", [], "BE", "870323",
         "Historic rally cars, ex-Safari Rally, for collector, 2 units", "KE", 2600, 2, 70000, "USD",
         "two 1980s rally cars shipped from Mombasa for a Belgian collector of historic rally cars; their plumbed-in "
         "fire systems still hold two charged bottles each, whose labels and a sample give bromotrifluoromethane "
         "(halon 1301): products containing halons may not be imported, historic vehicles included, unless the halon "
         "is recovered first (Regulation 2024/590); Kenyan English wording (halon in racing cars appears in two rows; "
         "ex-Safari rally cars from Kenya are new as far as a search found)",
         firm("Ardennes Rallye Historique SA", "BE")),
        ("OZN-02", "import", "ITROAD01", "road", "CH", [], "IT", "841869",
         "Celle frigorifere mobili su rimorchio, usate, 6 unità", "CH", 10800, 6, 24000, "CHF",
         "six trailer-mounted cold rooms hired out for festivals and markets in Ticino, sold to a Como catering-hire "
         "firm; their plates and a gas test give 6-8 kg of chlorodifluoromethane (HCFC-22) in each: equipment relying "
         "on HCFCs may not be imported, second-hand included (Regulation 2024/590); Swiss Italian wording (R-22 "
         "equipment repeats in many rows; mobile cold rooms on trailers are new as far as a search found)",
         firm("Noleggi Lariani Srl", "IT")),
        ("OZN-03", "export", "SKROAD01", "road", "SK", [], "UA", "841869",
         "Mobilné chladiče obilia, použité, 4 ks", "SK", 6000, 4, 20000, "EUR",
         "four mobile grain coolers that blew chilled air into the silos of a cooperative near Nitra, sold to a "
         "grain trader near Uzhhorod; the plates and a gas test give about 10 kg of chlorodifluoromethane (HCFC-22) "
         "in each: the export of products and equipment containing or relying on HCFCs is banned (Regulation "
         "2024/590); Slovak wording (R-22 equipment exported whole repeats; grain coolers are new as far as a search "
         "found)", {"importer_country": "UA"}),
        ("OZN-04", "import", "MTSEA01", "sea", "TN", [], "MT", "841869",
         "آلات ثلج رقائقي مستعملة، 3 وحدات", "TN", 2100, 3, 9000, "EUR",
         "three flake-ice machines from a Sfax fish-landing hall, shipped to a Marsaxlokk fish merchant; their plates "
         "and a gas test give about 12 kg of chlorodifluoromethane (HCFC-22) in each: equipment relying on HCFCs "
         "may not be imported (Regulation 2024/590); Tunisian Arabic wording (an ice machine appears once (blind30); "
         "flake-ice machines from Tunisia to Malta are new as far as a search found)",
         firm("Marsaxlokk Fish Traders Ltd", "MT")),
        ("OZN-05", "import", "SEPOST01", "post", "US", [], "SE", "381400",
         "Stamp watermark detection fluid, 2 x 8 fl oz, estate lot", "US", 0.75, 2, 25, "USD",
         "watermark fluids for stamps today are a light petroleum naphtha at about 0.7 kg/l; these two old-stock "
         "bottles from an estate sale weigh 1.59 kg/l, smell sweet and do not burn: carbon tetrachloride, a "
         "controlled substance that may not be imported or placed on the market (Regulation 2024/590), posted to "
         "a Swedish philatelist; US English wording (carbon tetrachloride repeats in about twenty rows; a "
         "philatelic watermark fluid is new as far as a search found)", person("Karin Andersson", "SE")),
        ("OZN-06", "import", "FRAIR01", "express", "AM", [], "FR", "380891",
         "Մեղրախորիսխի ցեցի դեմ ֆումիգանտ, 6 բալոն", "AM", 4.5, 6, 60, "USD",
         "beekeepers protect stored combs from wax moth with acetic acid, sulphur strips or Bacillus thuringiensis; "
         "these six 680 g cans of liquefied gas under pressure give bromomethane (methyl bromide) on a sample, a "
         "controlled substance that may not be imported or used (Regulation 2024/590), sent by express from Yerevan "
         "to a beekeeper in Valence; Armenian wording (methyl bromide repeats in about thirty-five rows; a wax-moth "
         "fumigant for stored combs is new as far as a search found)", person("Aram Petrossian", "FR")),
        ("OZN-07", "import", "ESAIR01", "air", "AE", [], "ES", "731100",
         "Pressure vessels, steel, empty, for hydrostatic test, 8 pcs", "US", 40, 8, 800, "USD",
         "eight engine fire bottles from a turboprop airliner parted out in Sharjah, sold by a parts broker to a "
         "Madrid-area component shop as empty vessels for overhaul; each weighs several kilograms more than the "
         "empty weight stamped on it, and the valve labels and a sample give bromotrifluoromethane (halon 1301): "
         "halons may be imported only for a critical use under licence (Regulation 2024/590), and none is held; "
         "English wording (aircraft fire bottles repeat in about eight rows; charged engine bottles declared empty "
         "for a hydrostatic test are new as far as a search found)",
         firm("Componentes Aeronáuticos Getafe SL", "ES")),
        ("OZN-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "381400",
         "PU foam gun cleaner, 500 ml aerosol, 4,800 cans", "CN", 2880, 4800, 5760, "USD",
         "foam-gun cleaners are acetone with a DME or propane propellant and carry a flame symbol; these cans carry "
         "none, and a sample gives 1,1-dichloro-1-fluoroethane (HCFC-141b) with an HFC propellant, for a Łódź "
         "builders' merchant: products containing HCFCs may not be imported (Regulation 2024/590); Chinese "
         "exporter's English wording (HCFC-141b repeats in about forty rows, once as contact adhesive by China-Europe "
         "rail (blind59), and a foam-gun cleaner hid it once, by express from Turkey (blind27): this repeats that "
         "cover knowingly, with a new route, China-Europe rail, a commercial quantity and new wording)",
         firm("Orion Budownictwo Sp. z o.o.", "PL")),
        ("OZN-09", "transit", "GRSEA01", "sea", "IN", ["GR"], "LB", "382763",
         "R-438A refrigerant gas, 11.3 kg disposable cylinders, 900 pcs", "IN", 10170, 900, 36000, "USD",
         "a Mumbai consignment trans-shipped at Piraeus for a Beirut dealer; R-438A reads about 7 bar at 20 °C, "
         "these cylinders about 8 bar, and a sample gives chlorodifluoromethane (HCFC-22): controlled substances may "
         "not pass through the Union without a licence, transit included (Regulation 2024/590); Indian exporter's "
         "English wording (HCFC-22 under HFC labels repeats in many rows, R-438A labels in about three; a "
         "Mumbai-Piraeus-Beirut trans-shipment is new as far as a search found)", {"importer_country": "LB"}),
        ("OZN-10", "export", "NLSEA01", "sea", "NL", [], "SR", "870590",
         "IJscowagens, gebruikt, rijklaar, met softijsmachine, 3 stuks", "NL", 10500, 3, 24000, "EUR",
         "three 1990s ice-cream vans sold by a Brabant fairground trader to a Paramaribo buyer; their soft-serve "
         "machines and freezer cabinets run on R-502, a blend of chloropentafluoroethane (CFC-115) and HCFC-22, as "
         "the plates and a gas test show: the export of products and equipment containing or relying on CFCs or "
         "HCFCs is banned (Regulation 2024/590); Dutch wording (R-502 repeats in about seven rows and a soft-serve "
         "machine once (blind51); ice-cream vans to Suriname are new as far as a search found)",
         {"importer_country": "SR"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DKAIR01", "express", "VN", [], "DK", "711620",
         "Mặt dây chuyền đá ngọc, hàng thủ công mới, 2 chiếc", "VN", 0.1, 2, 80, "USD",
         "new jade pendants are polished and even; these two are ear ornaments of green nephrite, one a ring with "
         "three pointed knobs (lingling-o), one with two animal heads facing outwards, worn, chipped and with "
         "burial soil and iron staining: ornaments of the Sa Huỳnh culture (about 500 BC to AD 100) from looted jar "
         "burials in central Viet Nam, sent by express as new craft to a private collector in Copenhagen: Viet Nam "
         "forbids the export of antiquities without a licence (Law on Cultural Heritage), and an archaeological "
         "object over 250 years needs an EU import licence (Regulation 2019/880); Vietnamese wording (Sa Huỳnh "
         "ornaments are new as far as a search found; a Meroitic offering table drafted first was dropped, blind21 "
         "holding it)", person("Privatperson", "DK")),
        ("CUL-02", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "570500",
         "Войлочные ковры сырмак, ручная работа, 40 шт.", "KZ", 800, 40, 4000, "USD",
         "a souvenir consignment from Almaty for a Warsaw ethnic-goods shop whose last line, 'brass souvenir "
         "plaques', holds six heavy gold plaques in the animal style, a stag and griffins, with garnet and turquoise "
         "inlays and soil in the cells: Sarmatian harness and costume plaques (4th-1st century BC) from looted "
         "kurgans in western Kazakhstan, which forbids the export of archaeological objects, and an archaeological "
         "object over 250 years needs an EU import licence (Regulation 2019/880); Russian wording (Scythian gold "
         "repeats; Sarmatian plaques in a felt-carpet consignment by rail are new as far as a search found)",
         {"importer_name": "Orient Bazar Sp. z o.o.", "consignee_name": "Orient Bazar Sp. z o.o.", "importer_country": "PL",
          "_more_items": [item("442090", "Деревянные шкатулки, сувенир, 100 шт.", "KZ", 60, 500, "USD", qty=100),
                          item("830629", "Бляхи декоративные, латунь, сувенирные копии, 6 шт.", "KZ", 0.9, 60, "USD", qty=6)]}),
        ("CUL-03", "export", "BEPOST01", "post", "BE", [], "CH", "711719",
         "Broche fantaisie, métal doré et verre rouge, 1 pièce", "BE", 0.05, 1, 25, "EUR",
         "a round brooch with gold cloisonné cells set with thin garnet plates, a filigree border and a rusted iron "
         "pin, earth in the cells: a Merovingian disc brooch (6th-7th century) from a grave field in the Namur "
         "region dug by a detectorist, posted to a Basel buyer: an archaeological object over 100 years needs an "
         "export licence from the Union at any value (Regulation 116/2009), and Wallonia protects its archaeological "
         "finds; Belgian French wording (a Merovingian object appears once (blind46); a garnet disc brooch as "
         "costume jewellery by post is new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-04", "import", "FRAIR01", "air", "PF", [], "FR", "680299",
         "Tiki en pierre, artisanat des Marquises, 1 pièce", "PF", 80, 1, 48000, "XPF",
         "Marquesan carvers sell new tiki of basalt and tuff with clean tool marks; this 70 cm red-tuff tiki with "
         "huge ringed eyes and hands on the belly is worn smooth, lichen-covered, with coral-lime mortar at its base: "
         "a tiki taken from a me'ae, a sacred platform, in a valley of Nuku Hiva: French Polynesia, outside the "
         "Union's customs territory, protects its archaeological heritage, and an archaeological object over 250 "
         "years needs an EU import licence (Regulation 2019/880); French wording with Marquesan terms (Rapa Nui "
         "appears once (blind54); Marquesan objects are new as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "NLPOST01", "post", "MX", [], "NL", "711790",
         "Amuletos de piedra verde, artesanía oaxaqueña, 5 piezas", "MX", 0.6, 5, 40, "USD",
         "five small greenstone figures, squatting with hands on knees, with rectangular faces, drilled eyes, the "
         "marks of string-sawing and soil in the drill holes: Mixtec 'penates' (Postclassic, 1200-1521) from the "
         "Mixteca Alta, posted to a private collector: Mexico owns its archaeological heritage and forbids its "
         "export (Federal Law of 1972), and an archaeological object over 250 years needs an EU import licence "
         "(Regulation 2019/880); Mexican Spanish wording (a Jaina figurine as Campeche craft (blind59) and Oaxaca "
         "once; Mixtec penates are new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("CUL-06", "import", "PTAIR01", "air", "BR", [], "PT", "691390",
         "Vaso de cerâmica decorativa, artesanato de Santarém, 1 peça", "BR", 4, 1, 80, "USD",
         "a vessel whose upper bowl rests on three caryatid figures, with modelled heads of birds and frogs on the "
         "flange and black soil inside: a Santarém-culture (Tapajó) caryatid vessel (about 1000-1600) dug from the "
         "terra preta sites of the lower Tapajós, flown to a Lisbon collector: Brazil owns its archaeological goods "
         "and forbids their export (Law 3,924 of 1961), and an archaeological object over 250 years needs an EU "
         "import licence (Regulation 2019/880); Brazilian Portuguese wording (Marajoara ware appears once (blind50); "
         "Tapajó vessels are new as far as a search found)", {"importer_country": "PT"}),
        ("CUL-07", "import", "ITAIR01", "express", "PA", [], "IT", "711719",
         "Colgante bañado en oro, bisutería artesanal, 1 pieza", "PA", 0.06, 1, 45, "USD",
         "a lost-wax cast pendant of a spread-winged eagle with a curved beak and a flat tail, of reddish gold "
         "alloy with soil and cinnabar in the crevices: a Veraguas-Gran Chiriquí 'eagle' (700-1520) from looted "
         "graves in western Panama, sent by express as costume jewellery: Panama forbids the export of its "
         "archaeological heritage (Law 14 of 1982), and an archaeological object over 250 years needs an EU import "
         "licence (Regulation 2019/880); Panamanian Spanish wording (pre-Columbian goldwork repeats as Colombian; a "
         "Veraguas eagle is new as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-08", "import", "ATAIR01", "express", "TH", [], "AT", "970191",
         "แผงปูนปั้นทาสีตกแต่ง งานร่วมสมัย 2 ชิ้น", "TH", 18, 2, 300, "USD",
         "two pieces of lime plaster painted in tempera with seated Buddhas and a frieze of Jataka scenes with ink "
         "captions in Old Burmese, sawn from a wall, brick dust on the back: mural fragments cut from a temple at "
         "Bagan (11th-13th century), a World Heritage site, sent from Bangkok as contemporary decor: Myanmar forbids "
         "the export of antiquities, and elements of monuments over 250 years need an EU import licence "
         "(Regulation 2019/880); Thai wording (Bagan murals are new as far as a search found)",
         person("Frau S. Huber", "AT")),
        ("CUL-09", "import", "SEROAD01", "road", "NO", [], "SE", "442199",
         "Gammel utskåret furuplanke, dekorasjon, 1 stk", "NO", 90, 1, 6000, "NOK",
         "a 3 m pine plank carved in deep relief with interlaced, biting beasts in the Urnes style, tarred black "
         "and weathered, with a tenon at one end: a wall plank of a medieval stave church (12th century), taken out "
         "when the church was rebuilt in the 19th century and kept in a barn in Valdres, driven to a Swedish buyer: "
         "Norway forbids the export of church objects and of cultural objects over 100 years without permission "
         "(Cultural Heritage Act), and elements of monuments over 250 years need an EU import licence (Regulation "
         "2019/880); Norwegian wording (stave-church carvings are new as far as a search found)",
         {"importer_country": "SE"}),
        ("CUL-10", "export", "ITSEA01", "sea", "IT", [], "US", "690510",
         "Coppi antichi di recupero, 6.000 pezzi", "IT", 15000, 6000, 9000, "EUR",
         "a Veneto architectural-salvage yard's container for a Florida decorator whose third line, 'an Istrian "
         "stone planter', is a Venetian well-head (vera da pozzo) of the 14th-15th century carved with Gothic leaves "
         "and a coat of arms, its rim grooved by ropes: elements of monuments are cultural goods that need an "
         "export licence from the Union at any value (Regulation 116/2009), and Italy protects them; Italian wording "
         "(architectural salvage appears once (blind23); a well-head as a planter is new as far as a search found)",
         {"importer_country": "US",
          "_more_items": [item("441829", "Porte antiche in noce, di recupero, 12 pezzi", "IT", 900, 6000, "EUR", qty=12),
                          item("680292", "Fioriera in pietra d'Istria, di recupero, 1 pezzo", "IT", 2200, 1500, "EUR", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "FIAIR01", "air", "FI", [], "HK", "841840",
         "Laboratoriopakastin –80 °C, 1 kpl", "FI", 650, 1, 22000, "EUR",
         "a -80 °C laboratory freezer is a cabinet of about 300 kg; this crate holds a gold-plated copper plate "
         "stack, a pulse-tube cryocooler and a gas-handling rack with a helium-3/helium-4 mixture: a dilution "
         "refrigerator that reaches 10 mK for superconducting quantum processors, invoiced at a tenth of its price "
         "to a Hong Kong trading company that buys for a mainland university tied to defence research: cryogenic "
         "cooling systems of this kind are dual-use items since the 2024 update of Annex I (3A904) and need an export "
         "licence, not sought; Finnish wording (quantum cryogenics are new as far as a search found)",
         {"importer_country": "HK"}),
        ("STR-02", "export", "FRAIR01", "express", "FR", [], "AM", "852589",
         "Modules caméra pour inspection thermique du bâtiment, 40 pièces", "FR", 8, 40, 16000, "EUR",
         "building-inspection cameras use low-resolution cores at 9 Hz; these forty are 640 x 512, 12 µm, 60 Hz "
         "uncooled microbolometer cores with shutterless drone interfaces, for a Yerevan 'construction inspection' "
         "firm that re-exports to Russia: thermal-imaging cores of this class are dual-use items (6A002/6A003) and "
         "goods of this kind may not be sold for use in Russia (Regulation 833/2014); French wording (thermal scopes "
         "and cameras repeat; microbolometer cores as building-inspection modules are new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "TR", "940519",
         "Lampadari in vetro per uso alberghiero, 30 pezzi", "IT", 1500, 30, 15000, "EUR",
         "thirty hand-blown Murano chandeliers, each listed by the Venetian workshop at about 18,000 EUR, invoiced "
         "at 500 EUR apiece to an Istanbul hotel-supply firm whose forwarder's file names a Moscow restaurant group "
         "as final consignee: luxury goods above 300 EUR an item may not be sold for use in Russia (Regulation "
         "833/2014, Annex XVIII); Italian wording (luxury goods for Russia repeat in many rows; Murano chandeliers "
         "through Istanbul are new as far as a search found)", {"importer_country": "TR"}),
        ("STR-04", "import", "ITSEA01", "sea", "TR", [], "IT", "480411",
         "Kraftliner kâğıt 175 g/m², bobin, Türk menşeli, 400 ton", "TR", 400000, None, 248000, "USD",
         "a Mersin trader's kraftliner for a Veneto corrugated-board maker, with a Turkish certificate of origin; "
         "Turkey's few kraftliner machines are fully booked at home, the reels carry the core labels and reel "
         "numbers of a mill in Russian Karelia under the Turkish wrappers, and the ship loaded in St Petersburg "
         "before a call at Mersin: Russian paper, whose import into the Union is banned (Regulation 833/2014, Annex "
         "XXI); Turkish wording (Russian wood repeats as larch, plywood and pellets; Russian kraftliner relabelled "
         "Turkish is new as far as a search found; a Russian-aluminium row drafted first was dropped, an earlier set "
         "holding it under the same Indian origin)", firm("Cartotecnica Veneta Srl", "IT")),
        ("STR-05", "transit", "MTSEA01", "sea", "TR", ["MT"], "SD", "870829",
         "Araç tavan portbagajı, pikap için, 80 adet", "TR", 4000, 80, 12000, "USD",
         "pick-up roof racks are light aluminium tubes; these eighty are steel pedestal mounts with a rotating "
         "cradle, elevation lock and a bracket for a spent-case bag, sized for 12.7 and 14.5 mm heavy machine guns "
         "on a pick-up bed, trans-shipped at Marsaxlokk for Port Sudan: specially designed weapon mounts are "
         "military equipment, under the Union's arms embargo on Sudan (Regulation 747/2014 and its Council "
         "decision); Turkish wording (Sudan repeats as a destination; gun mounts as roof racks are new as far as a "
         "search found)", {"importer_country": "SD"}),
        ("STR-06", "export", "CZPOST01", "post", "CZ", [], "US", "830241",
         "Staré dveřní závory, ocelové, 6 ks", "CZ", 3, 6, 90, "EUR",
         "the 'door bolts' are six complete Mauser 98 rifle bolts, with extractor, firing pin and cocking piece, "
         "from a Brno gunsmith's old stock, sold online to a US buyer: bolts are essential components of firearms, "
         "whose export needs an authorisation (Regulation 258/2012), and firearms parts may not go by post; Czech "
         "wording (slides, barrels and frames repeat; rifle bolts as door bolts are new as far as a search found)",
         {"importer_country": "US"}),
        ("STR-07", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "851762",
         "Wzmacniacze sygnału GSM, 120 szt.", "PL", 600, 120, 18000, "EUR",
         "mobile-signal boosters are small indoor amplifiers; these 120 are rifle-shaped directional jammers "
         "covering 433 and 900 MHz and 1.2, 1.5, 2.4 and 5.8 GHz at tens of watts a band, made to bring down drones "
         "and their satellite navigation, for an Almaty firm whose deliveries go on to Russia: military electronic "
         "equipment that needs an export licence and may not be supplied for use in Russia (Regulation 833/2014); "
         "Polish wording (anti-drone jammers appear once, as wildlife-telemetry aerials (blind56), and signal boosters "
         "twice as covers: this repeats the goods knowingly, with a new cover, a rail route to Kazakhstan and new "
         "wording)", {"importer_country": "KZ"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "TH", "851762",
         "Funkgeräte für die Forstwirtschaft, Handsprechfunk, 300 Stück", "DE", 450, 300, 60000, "EUR",
         "forestry radios are analogue or DMR handhelds; these 300 are frequency-hopping, encrypted tactical radios "
         "with military connectors and GPS, built to military standards, for a Bangkok trading firm whose end user "
         "is the signals directorate of the Myanmar army: the Union forbids the supply of military equipment and "
         "of dual-use goods to the Myanmar military (Regulation 401/2013), and radios of this kind need an export "
         "licence; German wording (encrypted radios appear twice, as site walkie-talkies to Bishkek (blind30) and as "
         "hunters' radios; the forestry cover and Myanmar through Bangkok are new as far as a search found)", {"importer_country": "TH"}),
        ("STR-09", "import", "BESEA01", "sea", "CN", [], "BE", "830629",
         "青铜动物雕塑，园林装饰，12 件", "CN", 9600, 12, 96000, "USD",
         "twelve life-size bronze animals for a Flemish sculpture park, shipped from Dalian by a Dandong trading "
         "firm; the foundry marks, the invoice trail and the artists named in the catalogue lead to a North Korean "
         "art studio working in China: statues from North Korea may not be imported into the Union (Regulation "
         "2017/1509, after UN Security Council resolution 2321); Chinese wording (North Korean goods repeat, as "
         "textiles and luxury goods; statues from a North Korean studio are new as far as a search found)",
         firm("Beeldenpark Kempen vzw", "BE")),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "OM", "840710",
         "Flugmotoren für Ultraleichtflugzeuge, 100 PS, 6 Stück", "AT", 400, 6, 120000, "EUR",
         "six 100 hp aircraft engines bought for a Muscat 'microlight club' that has no airfield and no aircraft; "
         "the consignee is a freight forwarder whose other shipments go on by dhow to Bandar Abbas, and engines of "
         "this type power Iranian drones: the supply of engines for unmanned aerial vehicles to Iran, or for use "
         "in Iran, is prohibited (Regulation 2023/1529); Austrian German wording (paramotor and two-stroke drone "
         "engines repeat; microlight engines through Oman are new as far as a search found)",
         {"importer_country": "OM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "VN", [], "DE", "010620",
         "Thằn lằn Cnemaspis boulengeri, nhân giống nuôi, 20 con", "VN", 0.2, 20, 400, "USD",
         "Cnemaspis boulengeri are dull brown geckos; these twenty have orange-yellow bodies, black-and-yellow "
         "heads and green-yellow limbs: psychedelic rock geckos (Cnemaspis psychedelica, CITES App. I, EU Annex A), "
         "known only from Hon Khoai island off Ca Mau and bred nowhere for export, sent to a private reptile keeper "
         "near Hamm without permits; Vietnamese wording (psychedelic rock geckos are new as far as a search found; "
         "Vietnamese reptiles repeat)", person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "CZAIR01", "air", "HK", [], "CZ", "010620",
         "麝香龜（人工繁殖），60 隻", "HK", 6, 60, 900, "USD",
         "musk turtles are small with a domed dark shell; these sixty have huge heads that cannot be drawn into "
         "the shell, hooked beaks and long scaly tails: big-headed turtles (Platysternon megacephalum, CITES App. I), "
         "taken from hill streams in southern China and Viet Nam, flown to a Prague reptile dealer without "
         "permits; Traditional Chinese wording (Asian turtles repeat; big-headed turtles are new as far as a search "
         "found)", firm("Terarijní Centrum Praha s.r.o.", "CZ")),
        ("WLF-03", "import", "ITAIR01", "express", "US", [], "IT", "010620",
         "Red-bellied cooters (Pseudemys nelsoni), captive-bred hatchlings, 50", "US", 2, 50, 500, "USD",
         "cooter hatchlings are green with yellow stripes; these are grey with dark-flecked skin, pale lips and "
         "concentric rings on the scutes: diamondback terrapins (Malaclemys terrapin, CITES App. II since 2023), "
         "poached from Chesapeake salt marshes, without an export permit, for a private keeper; US English wording "
         "(North American turtles repeat, spotted turtles as painted turtles in blind58; diamondback terrapins are "
         "new as far as a search found)", person("Giulia Rossi", "IT")),
        ("WLF-04", "import", "NLPOST01", "post", "PH", [], "NL", "251749",
         "Pulang batong palamuti para sa akwaryum, 3 kg", "PH", 3, 1, 20, "USD",
         "red aquarium stones are dyed gravel; these are pieces of stiff red tubes stacked in tiers of plates, the "
         "skeleton of organ-pipe coral (Tubipora musica, CITES App. II), gathered on Philippine reefs where coral "
         "collection is banned, posted without an export permit; Tagalog wording (organ-pipe coral appears once, in "
         "a development row; as aquarium stones by post from the Philippines it is new as far as a search found)",
         person("M. Bakker", "NL")),
        ("WLF-05", "import", "FRAIR01", "air", "MG", [], "FR", "440799",
         "Ébène du Gabon (Diospyros crassiflora), avivés pour touches de guitare, 600 pièces", "CM", 120, 600,
         3000, "EUR",
         "Gaboon ebony comes from Cameroon, not by air from Antananarivo; these jet-black blanks with fine grey "
         "streaks are Madagascar ebony (Diospyros spp., Madagascar populations CITES App. II), whose export "
         "Madagascar has banned, declared of Cameroonian origin for a Provence lutherie supplier without permits; "
         "French wording with Malagasy terms (Madagascar ebony repeats twice, once as wengé; as Gaboon ebony flown "
         "from Antananarivo it is new as far as a search found)", firm("Lutherie Provence SARL", "FR")),
        ("WLF-06", "export", "ITPOST01", "post", "IT", [], "JP", "490700",
         "Farfalle essiccate da allevamento, in bustine, per collezione, 40 esemplari", "IT", 0.3, 40, 60, "EUR",
         "farm-bred butterflies for collectors are tropical species with breeders' papers; these forty papered "
         "specimens are white with black and red eye-spots and glassy wing edges, with locality labels from the "
         "Abruzzo and the western Alps: Apollo butterflies (Parnassius apollo, CITES App. II, EU Annex A), caught "
         "where they are protected, posted to a Tokyo collector without export permits; Italian wording (Apollo "
         "butterflies are new as far as a search found; birdwings repeat)", {"importer_country": "JP"}),
        ("WLF-07", "transit", "NLAIR01", "air", "ZA", ["NL"], "HK", "060290",
         "Crassula and Portulacaria cuttings, nursery-grown, 1,200", "ZA", 15, 1200, 600, "USD",
         "nursery cuttings are leafy and rootless; these are whole dwarf plants with caudices and papery silver "
         "scales, dug with field soil: Anacampseros and Avonia species (CITES App. II) poached from the Succulent "
         "Karoo of Namaqualand, in transit at Schiphol for Hong Kong buyers without export permits; South African "
         "English wording (Avonia appears once (blind59); Anacampseros under a Crassula-cuttings cover in transit "
         "through Amsterdam is new as far as a search found)", {"importer_country": "HK"}),
        ("WLF-08", "import", "HUAIR01", "air", "HN", [], "HU", "010619",
         "Hurones domésticos (Mustela furo), criados en cautiverio, 8", "HN", 20, 8, 1600, "USD",
         "ferrets are long-bodied with short tails and a masked face; these eight are golden-brown with long "
         "prehensile tails, small round ears, large eyes and long tongues: kinkajous (Potos flavus, CITES App. III "
         "for Honduras), taken from the forest and flown to a Budapest exotic-pet shop without the export permit that "
         "Honduras must issue; Honduran Spanish wording (ferrets appear as a cover for otters once; kinkajous are new "
         "as far as a search found)", firm("Egzotikus Állatház Kft.", "HU")),
        ("WLF-09", "import", "ESSEA01", "sea", "MX", [], "ES", "640399",
         "Botas vaqueras de piel de res, 400 pares", "MX", 800, 400, 24000, "USD",
         "cowhide boots have smooth leather with hair pores; these have bead-like scales in rows and black-and-white "
         "bands: Argentine tegu skin (Salvator merianae, CITES App. II), from León boot workshops, without CITES "
         "documents, for a Madrid western-wear shop; Mexican Spanish wording (tegu skins repeat in about four rows, "
         "once as printed calf; western boots from León are new as far as a search found)",
         firm("Rodeo Madrid SL", "ES")),
        ("WLF-10", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "940360",
         "榆木中式家具，新，12 件", "CN", 900, 12, 6000, "USD",
         "elm furniture is light brown with a wide grain; these pieces are dense and heavy, golden to red-brown with "
         "swirling 'ghost-face' figure and a spicy scent: huanghuali (Dalbergia odorifera, CITES App. II), sent by "
         "China-Europe rail to a Duisburg dealer without permits; Chinese wording (hongmu furniture appears once in a "
         "development row; huanghuali as elm is new as far as a search found)", {"importer_country": "DE"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "express", "NO", "SE", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user", "NO", 22.6, 4, 700, "NOK",
     [("PRECURSOR_LICENCE", "SE-36-0042")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRAIR01", "express", "GB", "HR", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private pyrotechnics user", "GB", 1, 1, 30, "GBP",
     [("PRECURSOR_LICENCE", "HR-MUP-36-0011")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITROAD01", "road", "CH", "IT", "290244",
     "Spent xylene from pathology laboratories (14 06 03*), for regeneration at a licensed plant, 8 t", "CH",
     8000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-MASE-36-0321")], "notified waste solvent to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854912",
     "Damaged lithium-ion traction batteries, for recycling at a licensed plant, 12 t", "NO", 12000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-36-0119")], "notified waste batteries to a licensed recycling plant"),
    ("PRM-05", "ozone", "import", "ESAIR01", "air", "AE", "ES", "290376",
     "Halon 1301 recovered from aircraft engine bottles, 40 kg, for a critical use in aviation", "US", 40, 8, 2400,
     "USD",
     [("ODS_LICENCE", "ES-ODS-36-004")], "recovered halon imported for a critical use under licence"),
    ("PRM-06", "ozone", "import", "SKROAD01", "road", "UA", "SK", "290371",
     "HCFC-22 recovered from grain coolers, 300 kg, for destruction", "UA", 300, 6, 0, "EUR",
     [("ODS_LICENCE", "SK-MZP-ODS-36-002")], "recovered HCFC imported for destruction under licence"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "PF", "FR", "970510",
     "Marquesan stone tiki, 19th century, from a collection documented since 1930", "PF", 40, 1, 30000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PF-DC-36-0008"), ("IMPORT_LICENCE", "FR-MC-36-0051")],
     "archaeological object with its export permit and the EU import licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970510",
     "Venetian well-head, 15th century, Istrian stone, from a collection documented since 1920", "IT", 2200, 1,
     180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-36-0917")], "element of a monument exported with its licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "CH", "841869",
     "Dilution refrigerator, 10 mK, for a university quantum laboratory", "FI", 650, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-36-0077"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-36-0019")],
     "a listed cryogenic cooling system under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "express", "CZ", "US", "930599",
     "Mauser 98 rifle bolts, 6, for a licensed firearms dealer", "CZ", 3, 6, 900, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-36-0150")], "essential firearm components exported under authorisation"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "US", "IT", "010620",
     "Diamondback terrapins (Malaclemys terrapin), captive-bred, 20", "US", 1, 20, 1200, "USD",
     [("CITES_PERMIT", "US-FWS-36-0611")], "App. II turtles bred in captivity with their export permit"),
    ("PRM-12", "wildlife", "import", "DERAIL01", "rail", "CN", "DE", "940360",
     "Huanghuali (Dalbergia odorifera) furniture from plantation timber, 6 pieces", "CN", 450, 6, 18000, "USD",
     [("CITES_PERMIT", "CN-CITES-36-0455")], "App. II timber furniture with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Erik Lindqvist", "PRM-03": "Rigenera Solventi Lombardia Srl", "PRM-05": "Iberia Motores Aeronáuticos SA",
    "PRM-07": "Galerie Océanie Paris SARL", "PRM-10": "Lone Star Militaria LLC", "PRM-11": "Rettili del Lago Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("380899", "Barley-straw extract for bird baths and fountains, 1 l", "import", ["express"], ["NO", "GB"], (10, 20), (1, 3), ["NOK", "GBP"], 1, S),
    ("381400", "Leather-dye thinner, alcohol-based, 250 ml", "import", ["express"], ["CH", "US"], (15, 30), (1, 2), ["CHF", "USD"], 4, S),
    ("330690", "Effervescent denture-cleaning tablets", "import", ["post"], ["TR", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 30, S),
    ("252020", "Dental stone type IV, gypsum, 1 kg", "import", ["express"], ["CN", "US"], (4, 8), (1, 4), ["USD"], 1, S),
    ("310530", "Diammonium phosphate yeast nutrient, 100 g", "import", ["post"], ["RS", "GB"], (10, 20), (1, 2), ["EUR", "GBP"], 10, S),
    ("340590", "Silver-cleaning kit, aluminium plate and washing soda", "import", ["express"], ["CA", "US"], (10, 20), (1, 3), ["CAD", "USD"], 2, S),
    ("382499", "Stained-glass lead patina, copper sulphate solution, 250 ml", "import", ["express"], ["CH", "GB"], (30, 60), (1, 2), ["CHF", "GBP"], 4, S),
    ("290244", "Mixed xylenes, technical, new, in drums", "export", ["sea"], ["TN", "MA"], (0.9, 1.3), (10000, 18000), ["EUR"], None, S),
    ("850760", "Lithium-ion storage modules for solar systems, new", "export", ["sea"], ["TZ", "KE"], (8, 14), (4000, 12000), ["EUR"], 0.02, S),
    ("860210", "Diesel-electric shunting locomotives, overhauled, with warranty", "export", ["rail"], ["RS"], (1.5, 2.5), (70000, 120000), ["EUR"], 0.00001, S),
    ("680710", "Bitumen roofing membrane, new, rolls", "export", ["road"], ["MK", "RS"], (0.6, 1.0), (12000, 22000), ["EUR"], None, S),
    ("850610", "Alkaline batteries AA and AAA, new, retail packs", "export", ["road"], ["BA", "RS"], (4, 7), (2000, 6000), ["EUR"], 40, S),
    ("390761", "PET bottle-grade resin, virgin, big bags", "export", ["sea"], ["VN", "MA"], (1.0, 1.4), (18000, 24000), ["EUR"], None, S),
    ("940210", "Hairdressing chairs, new", "export", ["sea"], ["CI", "SN"], (8, 14), (1000, 4000), ["EUR"], 0.05, S),
    ("870323", "Historic rally cars, restored, with foam extinguishers", "import", ["sea"], ["KE", "ZA"], (15, 30), (1200, 2600), ["USD"], 0.0008, S),
    ("841869", "Mobile cold rooms on trailers, new, R-290", "import", ["road"], ["CH", "GB"], (6, 10), (1500, 4000), ["CHF", "GBP"], 0.0005, S),
    ("841869", "Flake-ice machines, new, R-290", "import", ["sea"], ["TN", "TR"], (6, 10), (1000, 3000), ["EUR"], 0.001, S),
    ("381400", "PU foam gun cleaner, acetone-based, 500 ml aerosol", "import", ["rail"], ["CN"], (2, 3), (2000, 5000), ["USD"], 2, S),
    ("870590", "Ice-cream vans, new, R-290 soft-serve machines", "export", ["sea"], ["SR", "GH"], (10, 16), (3000, 10000), ["EUR"], 0.0003, S),
    ("711620", "Jade pendants, new Vietnamese craft", "import", ["express"], ["VN"], (60, 120), (1, 2), ["USD"], 20, S),
    ("711719", "Costume brooches, gilt brass and red glass", "export", ["post"], ["CH", "US"], (80, 150), (1, 2), ["EUR"], 20, S),
    ("680299", "Basalt tiki carvings, new Marquesan craft", "import", ["air"], ["PF"], (20, 40), (20, 100), ["EUR"], 0.05, S),
    ("711790", "Greenstone amulet replicas, new Oaxacan craft", "import", ["post"], ["MX"], (40, 80), (1, 2), ["USD"], 5, S),
    ("691390", "Tapajó-style ceramic replicas, new Brazilian craft", "import", ["air"], ["BR"], (10, 20), (50, 200), ["USD"], 0.3, S),
    ("711719", "Gold-plated eagle and frog pendants, new Panamanian craft", "import", ["express"], ["PA"], (200, 400), (1, 2), ["USD"], 20, S),
    ("690510", "Reclaimed clay roof tiles", "export", ["sea"], ["US"], (0.5, 1.0), (12000, 20000), ["EUR"], 0.4, S),
    ("841840", "Ultra-low temperature laboratory freezers, -80 °C, new", "export", ["sea"], ["HK", "US"], (20, 35), (600, 3000), ["EUR"], 0.003, S),
    ("852589", "Thermal building-inspection cameras, 160 x 120, 9 Hz", "export", ["express"], ["CH", "NO"], (300, 600), (1, 3), ["EUR"], 2, S),
    ("940519", "Glass chandeliers for hotels, new", "export", ["sea"], ["TR", "US"], (30, 60), (500, 2000), ["EUR"], 0.05, S),
    ("870829", "Aluminium pick-up roof racks", "import", ["road"], ["TR"], (8, 14), (1000, 4000), ["EUR"], 0.1, S),
    ("851762", "DMR handheld radios for forestry, new", "export", ["air"], ["TH", "CH"], (80, 150), (100, 400), ["EUR"], 2, S),
    ("480411", "Kraftliner in reels, Turkish mill", "import", ["sea"], ["TR", "BR"], (0.55, 0.75), (18000, 24000), ["USD", "EUR"], None, S),
    ("830629", "Bronze garden animal sculptures, new Chinese foundry", "import", ["sea"], ["CN"], (8, 14), (1000, 4000), ["USD"], 0.01, S),
    ("392690", "Terrarium decor, resin caves and backgrounds", "import", ["express"], ["VN", "CN"], (10, 20), (1, 4), ["USD"], 1, S),
    ("392690", "Floating turtle basking docks", "import", ["air"], ["HK", "CN"], (6, 12), (100, 400), ["USD"], 2, S),
    ("853949", "UVB lamps for reptile terrariums", "import", ["express"], ["US"], (40, 80), (1, 3), ["USD"], 5, S),
    ("701890", "Red glass aquarium pebbles", "import", ["post"], ["PH", "CN"], (5, 10), (1, 3), ["USD"], 1, S),
    ("920992", "Roasted-maple guitar fingerboards", "import", ["air"], ["CA", "US"], (30, 60), (50, 300), ["USD"], 2, S),
    ("940360", "Elm-wood furniture, Chinese style, new", "import", ["rail"], ["CN"], (3, 5), (3000, 9000), ["USD"], 0.05, S),
    ("640399", "Cowhide western boots", "import", ["sea"], ["MX"], (20, 35), (2000, 6000), ["USD"], 1, S),
]
# Everyday trade: blind60's everyday rows (the table of the 2032 sets, make_blind_set.EVERYDAY_2032, without the
# goods that travel with health or plant-health certificates, with wooden toys for electric scooters, then
# EVERYDAY_2032_ADDED, blind52's five rows and three of blind58's), without blind60's four rows of its own,
# with four rows of this set.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 5, N),
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 10000), ["USD"], 0.5, N),
        ("940490", "Cushions and pillows, polyester fill", "import", ["sea"], ["CN", "PK"], (3, 5), (2000, 6000), ["USD"], 2, N),
        ("420231", "Leather wallets and card holders", "import", ["post", "express"], ["IN", "TR"], (60, 120), (1, 2), ["USD", "EUR"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind62", 20360701, HERE)


if __name__ == "__main__":
    main()
