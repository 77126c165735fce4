#!/usr/bin/env python3
"""Writes the sixty-sixth blind set (tests/risk/data/blind66-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2037, with goods, routes,
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
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL66-*:

    python3 tests/risk/data/make_blind66_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEPOST01", "post", "NO", [], "SE", "381400",
         "Rensevæske for skisåler, 4 x 1 l", "NO", 4.6, 4, 450, "NOK",
         "ski-base cleaner is a citrus or light-paraffin solvent at about 0.8 kg/l that smells of oranges or white "
         "spirit; these four litres weigh 1.14 kg/l, smell faintly fruity, do not float on water and the inner "
         "labels carry CAS 75-52-5: nitromethane (Annex I above 16 %), posted from Lillehammer to a private person "
         "in Östersund although flammable liquids may not go by post; Norwegian wording (nitromethane repeats in "
         "many sets, by post from Switzerland twice (blind62, blind64); a ski-wax cleaner cover and the Norway-Sweden "
         "post route are new as far as a search found)", person("Privatperson", "SE")),
        ("PRE-02", "import", "DEAIR01", "express", "JP", [], "DE", "340290",
         "金管楽器用バルブ・スライド洗浄液 1L × 4本", "JP", 5.6, 4, 9000, "JPY",
         "valve and slide cleaners for brass instruments are mild soap or weak citric solutions sold in 100-250 ml "
         "bottles; these four litres weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and dissolve a "
         "brass shaving with brown fumes: about 65 % nitric acid (Annex I above 3 %), sent by express from Osaka to a "
         "private person in Leipzig who plays in no band; Japanese wording (nitric acid repeats in many sets; a "
         "brass-instrument cleaner cover is new as far as a search found)", person("Herr Jonas Richter", "DE")),
        ("PRE-03", "import", "FRPOST01", "post", "KR", [], "FR", "282731",
         "두부 응고제 간수 (염화마그네슘) 1kg × 5", "KR", 5, 5, 30, "USD",
         "nigari for tofu is magnesium chloride, bitter, hygroscopic flakes sold in 250-500 g bags; these five kilos "
         "run to a puddle in damp air as nigari would, but taste of nothing bitter, flare on a hot plate and the inner "
         "bags carry CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), posted from Busan to a private person in "
         "Lille; Korean wording (sodium perchlorate repeats in many sets, as xylitol, humidor crystals, biltong salt "
         "and Glauber's salt (blind64) among others; a tofu-coagulant cover is new as far as a search found)",
         person("M. Kevin Lefebvre", "FR")),
        ("PRE-04", "import", "IEAIR01", "express", "US", [], "IE", "380894",
         "Bonsai root-rot oxygen soak, concentrate, 4 x 1 gal", "US", 17.1, 4, 95, "USD",
         "oxygen soaks for bonsai roots are 3 % peroxide diluted further before use; these four gallons weigh 1.13 "
         "kg/l, sit under vented caps, whiten the skin at once and carry UN 2014 under the shop label: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from a Florida garden shop to a private person in "
         "Limerick; US English wording (hydrogen peroxide repeats in many sets; a bonsai root-soak cover is new as far "
         "as a search found)", person("Mr Seán Byrne", "IE")),
        ("PRE-05", "import", "HRROAD01", "road", "RS", [], "HR", "291812",
         "Vinska kiselina za domaće vino, 10 x 1 kg", "RS", 10, 10, 40, "EUR",
         "tartaric acid for home winemakers is colourless crystals that taste sharply sour and char with a smell "
         "of burnt sugar on a hot plate; this fine white powder tastes of nothing, is not acid on pH paper, flares "
         "violet on a hot plate, and the inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), "
         "brought in a groupage van from Novi Sad for a private person in Osijek; Serbian wording (potassium "
         "perchlorate repeats in many sets, once as potassium sorbate; a tartaric-acid cover is new as far as a "
         "search found)", person("Privatna osoba", "HR")),
        ("PRE-06", "import", "LTROAD01", "road", "UA", [], "LT", "170199",
         "Cukrus bičių papildomam maitinimui, kristalinis, 4 x 25 kg", "UA", 100, 4, 90, "EUR",
         "sugar for feeding bees is white crystal sugar that tastes sweet and caramelises on a hot plate; these "
         "white prills taste salty-bitter, cake in damp air, make water ice-cold when they dissolve, melt and fizz on "
         "a hot plate, and a bag print reads 'N 34,4 %': ammonium nitrate (Annex I at 16 % N or more), brought from "
         "Ukraine for a private person in Alytus who keeps no hives; Lithuanian wording (ammonium nitrate repeats in "
         "many sets, as Liège pearl sugar (blind62) among other sugar and salt covers; bee-feeding sugar is new as "
         "far as a search found)", person("Privatus asmuo", "LT")),
        ("PRE-07", "import", "PLAIR01", "express", "US", [], "PL", "382499",
         "Kwas do piklowania skór w preparatorstwie, 4 x 1 galon", "US", 27.9, 4, 120, "USD",
         "tanning pickles for taxidermy are citric or sodium-bisulphate powders mixed to a few per cent in water; "
         "these four gallons are water-clear and oily, weigh 1.84 kg/l and char paper at once: about 96 % sulphuric "
         "acid (Annex I above 15 %), sent by express from a Texas taxidermy-supply shop to a private person in "
         "Białystok; Polish wording (sulphuric acid repeats in many sets; a taxidermy-pickle cover is new as far as a "
         "search found)", person("Pan Tomasz Wójcik", "PL")),
        ("PRE-08", "import", "FRPOST01", "post", "MA", [], "FR", "250100",
         "Sel pour saumure d'olives, 5 x 5 kg", "MA", 25, 5, 300, "MAD",
         "salt for curing olives is coarse sea salt that tastes of salt; these colourless crystals taste cool and "
         "faintly bitter, make a match flare when a pinch is dropped on its head, and the inner bags carry CAS "
         "7775-09-9: sodium chlorate (Annex I above 40 %), posted from Meknès to a private person in Montpellier "
         "who grows no olives; Moroccan French wording (sodium chlorate repeats in many sets under salt covers "
         "(de-icing, softener, pickling and reef salt); an olive-brine salt cover is new as far as a search found)",
         person("M. Yassine Benali", "FR")),
        ("PRE-09", "import", "ESAIR01", "express", "MX", [], "ES", "282710",
         "Sal amoníaco en polvo para estañar cautines, 8 x 1 kg", "MX", 8, 8, 60, "USD",
         "sal ammoniac for tinning soldering irons is ammonium chloride, sold as a solid block that fumes white on a "
         "hot iron; this fine white powder does not fume, flares violet and spits on a hot plate, and the inner bags "
         "carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), sent by express from Guadalajara to a private "
         "person in Zaragoza; Mexican Spanish wording (potassium chlorate repeats in many sets, as cream of tartar, "
         "baking soda, an alum and a perm neutraliser (blind64) among others, and an ammonium-chloride cover appears "
         "once, as salmiak powder; a soldering-iron tinning salt from Mexico is new as far as a search found)", person("Sr. Javier Ortega", "ES")),
        ("PRE-10", "import", "IEROAD01", "road", "GB", [], "IE", "842441",
         "Knapsack garden sprayer, 16 l", "GB", 4, 1, 45, "GBP",
         "a garden-centre order for a private person in Wexford whose third line, 'lawn sand', should be a damp "
         "brown-black mix of sand with a few per cent of ammonium sulphate and iron sulphate; these four bags are dry "
         "white prills with no sand at all, cold on dissolving, and the inner bags read '34.5 % N': ammonium nitrate "
         "(Annex I at 16 % N or more), brought by road through Holyhead; British English wording (ammonium nitrate "
         "repeats in many sets; a lawn-sand line in a multi-item garden order is new as far as a search found)",
         {"consignee_name": "Mr Patrick Doyle", "importer_country": "IE",
          "_more_items": [item("820130", "Lawn rake and hoe set", "GB", 3, 30, "GBP", qty=2),
                          item("310221", "Lawn sand (ammonium sulphate and iron sulphate), 4 x 20 kg", "GB", 80, 48,
                               "GBP", qty=4),
                          item("310100", "Compost accelerator, organic, 3 kg", "GB", 3, 9, "GBP", qty=1)]}),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "VN", "390311",
         "EPS-Regranulat, weiß, aus Dämmplatten, lose in Big Bags, 18 t", "DE", 18000, None, 1800, "EUR",
         "EPS regranulate is clean packaging foam ground to uniform beads; these bags hold grey, mortar-crusted "
         "crumbs of façade insulation boards torn off buildings being refurbished, with render, adhesive and dowels, "
         "and a screening test finds 0.7 % HBCDD (hexabromocyclododecane) flame retardant: POP waste above the "
         "limit of Regulation 2019/1021, which must be destroyed and may not be recycled, and plastic waste whose "
         "export to a non-OECD country is banned (Regulation 2024/1157), for a Haiphong 'plastic trader'; German "
         "wording (HBCDD insulation waste is new as far as a search found)", {"importer_country": "VN"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "NG", "290512",
         "Isopropanol, recovered, technical grade, for paint thinner blending, 60 IBCs", "IE", 55000, 60, 11000,
         "EUR",
         "recovered isopropanol comes water-clear with a distillation certificate; these IBCs hold brown, "
         "two-layered mother liquors from a Cork active-ingredient plant, with dichloromethane, toluene, reaction "
         "residues and an acrid smell: spent halogenated and other organic solvents from pharmaceutical manufacture "
         "(07 05 03*, 07 05 04*), hazardous waste whose export to a non-OECD country is banned, for a Lagos 'paint "
         "blender' at 0.20 EUR/kg; Irish English wording (spent solvents repeat in some sets; pharmaceutical mother "
         "liquors are new as far as a search found)", {"importer_country": "NG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "900290",
         "Optique de phare à lentilles de Fresnel, pièce décorative, avec soubassement, 1 caisse", "FR", 2400, 1,
         8000, "EUR",
         "a decommissioned lighthouse lens sold for decoration leaves without its rotating mechanism; this crate "
         "also holds the cast-iron float bath of a Breton lighthouse with about 150 kg of metallic mercury still in "
         "it, the bath on which the lens turned: mercury from decommissioned equipment is waste whose export from the "
         "Union is banned (Regulation 2017/852) and hazardous waste whose export to a non-OECD country is banned, "
         "for a Saly hotel project; French wording (mercury waste repeats in thermometers, sphygmomanometers and "
         "amalgam; a lighthouse mercury bath is new as far as a search found)", firm("Saly Lagon Hôtels SARL", "SN")),
        ("WST-04", "transit", "ATROAD01", "road", "CH", ["AT", "SI", "HR"], "RS", "940542",
         "Blocs d'éclairage de secours LED, reconditionnés, 1 200 pièces, palettes", "CH", 4800, 1200, 2400, "CHF",
         "refurbished emergency luminaires would be tested and packed singly with new batteries; these are "
         "luminaires stripped from Geneva office blocks, thrown loose in pallet cages, many broken, with their "
         "original nickel-cadmium packs, some leaking: WEEE with hazardous components and Ni-Cd batteries "
         "(16 02 13*, 16 06 02*), hazardous waste whose export from Switzerland to a non-OECD country is banned and "
         "whose transit through the Union needs a notification never made, for a Niš 'lighting dealer'; Swiss "
         "French wording (cadmium batteries repeat; emergency luminaires in transit by road to Serbia are new as far "
         "as a search found)", {"importer_country": "RS"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "902230",
         "X-ray tube assemblies, tested, spare parts for radiography, 90 pcs", "NL", 2700, 90, 4500, "EUR",
         "tested spare X-ray tubes come in sealed cartons with a test report; these 90 oil-filled tube housings "
         "pulled from scrapped hospital and dental units are dented, leaking oil, with cracked inserts and lead "
         "linings, at 50 EUR a tube that would cost thousands new: discarded equipment with hazardous components "
         "(16 02 13*, lead and mineral oil), hazardous waste whose export to a non-OECD country is banned, for a "
         "Lahore 'medical spares' dealer; Dutch exporter, English wording (medical equipment as a donation or spares "
         "repeats; X-ray tube housings appear once, as far as a search found, with a new route here)",
         {"importer_country": "PK"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "RS", "850760",
         "Lítium-ion cellák, használt, tesztelt, powerbankgyártáshoz, 3 t", "HU", 3000, None, 900, "EUR",
         "tested second-hand cells come sorted by capacity in trays; these are 40,000 disposable vapes from a "
         "Budapest collection scheme, whole, with nicotine e-liquid residue, swollen and crushed cells among them, "
         "in loose sacks: discarded batteries and WEEE with hazardous components (16 06 05, 16 02 13*, nicotine "
         "residues), whose export to a non-OECD country for recovery needs notification and consent, never sought, "
         "for a Subotica 'battery recycler'; Hungarian wording (disposable vapes repeat in a few rows, whole and as "
         "pulled cells; from Hungary by road to Serbia they are new as far as a search found)", {"importer_country": "RS"}),
        ("WST-07", "export", "PLRAIL01", "rail", "PL", [], "UA", "854449",
         "Kable telekomunikacyjne miedziane, używane, do ponownego wykorzystania, 40 t", "PL", 40000, None, 20000,
         "EUR",
         "reusable telephone cable is PE-insulated copper on drums; these are cut lengths of old paper-insulated, "
         "lead-sheathed trunk cables dug out of Łódź streets, jelly-filled and tarred outside: cables containing "
         "lead, oil and coal tar (17 04 10*, Basel A1190), hazardous waste whose export to a non-OECD country is "
         "banned, by rail for a Lviv 'cable reuser' who would strip them by burning; Polish wording (lead-sheathed "
         "cables appear in a few rows; telephone trunk cable by rail to Ukraine is new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "290323",
         "Percloroetileno regenerado para lavandarias, 40 bidões de 200 l", "PT", 12000, 40, 2400, "EUR",
         "regenerated dry-cleaning solvent is water-clear perchloroethylene with a stabiliser; these drums hold "
         "the black still bottoms and filter muds of Lisbon dry cleaners, a paste of solvent, lint, detergent and "
         "dye: halogenated still residues (14 06 02*, 14 06 04*), hazardous waste whose export to a non-OECD country "
         "is banned, for a Luanda 'laundry supplier' at 0.20 EUR/kg; Portuguese wording (dry-cleaning still "
         "bottoms repeat, from Attica to Albania; from Lisbon to Angola as a regenerated solvent they are new as far "
         "as a search found)",
         {"importer_country": "AO"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "GH", "320890",
         "Industrial coatings, surplus stock, assorted, 24 pallets", "NL", 14000, None, 1400, "EUR",
         "surplus coatings are sealed, labelled tins within their shelf life; these pallets hold half-used, "
         "skinned-over and rusted tins from a Rotterdam shipyard's paint store, mixed solvent-borne and antifouling "
         "paints, some bulging, at 0.10 EUR/kg: waste paint and varnish containing organic solvents and biocides "
         "(08 01 11*), hazardous waste whose export to a non-OECD country is banned, for a Tema 'paint shop'; "
         "English wording from a Dutch broker (waste paint and paint sludge repeat; shipyard antifouling left-overs "
         "as surplus stock are new as far as a search found)", {"importer_country": "GH"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "IN", "860290",
         "Historische Dampflokomotive, Baureihe 52, zur Restaurierung, 1 Stück", "DE", 84000, 1, 25000, "EUR",
         "a heritage steam locomotive sold for restoration goes with its boiler papers to a museum railway; this "
         "one, sold at scrap price to a ship-breaking yard's trading arm in Gujarat, has its boiler still lagged "
         "with crumbling asbestos, its tender with oily sludge and no buyer who restores locomotives: an end-of-life "
         "vehicle with asbestos (16 01 11*, 17 06 01*), hazardous waste whose export to a non-OECD country is banned; "
         "German wording (Czechoslovak diesel locomotives appear once as waste (blind62); a steam locomotive with "
         "asbestos lagging is new as far as a search found)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "express", "US", [], "NL", "382219",
         "Ninhydrin latent fingerprint developer, aerosol, 24 x 400 ml", "US", 12, 24, 480, "USD",
         "ninhydrin developers sold in the Union use an HFE or heptane carrier; these cans, old US stock sold on "
         "for a private 'forensics training' business, name HCFC-141b (1,1-dichloro-1-fluoroethane) as the "
         "carrier on the safety sheet in the box: products containing a controlled substance may not be imported or "
         "placed on the market (Regulation 2024/590); US English wording (HCFC-141b repeats in many sets as foam "
         "blowing agent and flushing solvent; a fingerprint-developer cover is new as far as a search found)",
         firm("Forensic Academy Benelux BV", "NL")),
        ("OZN-02", "import", "CYSEA01", "sea", "IL", [], "CY", "290491",
         "כלורופיקרין לחיטוי קרקע, 20 צילינדרים", "IL", 1360, 20, 9000, "USD",
         "chloropicrin is a heavy, yellowish liquid with a violent tear-gas smell, sold in drums; these 20 steel "
         "cylinders hold a colourless liquefied gas under pressure, almost odourless, and the valve tags read "
         "CH3Br: methyl bromide, a controlled substance whose import and use as a soil fumigant are banned "
         "(Regulation 2024/590), for a Limassol farm-supply firm; Hebrew wording (methyl bromide repeats in many "
         "sets, once under a chloropicrin label and once to a Cretan dealer; by sea from Israel to Cyprus in Hebrew it "
         "is new as far as a search found)",
         firm("Agrotechniki Lemesou Ltd", "CY")),
        ("OZN-03", "import", "HUROAD01", "road", "UA", [], "HU", "731100",
         "Nitrogénpalackok, használt, uszály-gépházból, 30 db", "UA", 1500, 30, 900, "EUR",
         "nitrogen cylinders are painted black or grey, hold gas at 200 bar and weigh the same full or empty to a "
         "few kilograms; these red bottles with discharge heads and cable pulls are the fixed fire-suppression "
         "cylinders of Danube barge engine rooms, each holding about 20 kg of a dense liquid: halon 2402 "
         "(dibromotetrafluoroethane), a controlled substance whose import is banned except for destruction or "
         "critical uses under licence, for a Mohács 'ship chandler'; Hungarian wording (halon 2402 repeats in a "
         "dozen rows; barge engine-room cylinders under a nitrogen label are new as far as a search found)",
         firm("Mohácsi Hajóellátó Kft.", "HU")),
        ("OZN-04", "import", "ITSEA01", "sea", "US", [], "IT", "841850",
         "Vetrine refrigerate per torte, stile diner anni '50, restaurate, 6 pezzi", "US", 1500, 6, 21000, "USD",
         "restored 1950s diner pie cases with a new R-290 cooling unit would say so on the plate; these six still "
         "have their original sealed units, and the plates and service tags read 'Freon 12': CFC-12 equipment, "
         "whose import and placing on the market are banned (Regulation 2024/590), for a Milan 'American diner' "
         "chain; Italian wording (vintage US refrigeration with CFC-12 repeats, as a Coca-Cola cooler and a "
         "soft-serve machine (blind51); refrigerated pie cases are new as far as a search found)",
         firm("Route 66 Diner Milano Srl", "IT")),
        ("OZN-05", "export", "FISEA01", "sea", "FI", [], "MD", "841869",
         "Maitotankkien jäähdytyskoneikot, käytetyt, huollettu, 14 kpl", "FI", 4200, 14, 21000, "EUR",
         "serviced milk-tank cooling units from the 2010s run on R-404A or R-449A; these fourteen condensing units "
         "from 1990s bulk milk tanks of Ostrobothnian dairy farms still hold their charge, and the plates read "
         "R-22: equipment relying on HCFC-22, whose export from the Union is banned (Regulation 2024/590), for a "
         "Moldovan dairy cooperative; Finnish wording (HCFC-22 equipment repeats in many rows and bulk milk "
         "cooling tanks once, from Podlasie to Ukraine; Finnish condensing units to Moldova are new as far as a "
         "search found)", {"importer_country": "MD"}),
        ("OZN-06", "import", "DEAIR01", "express", "CN", [], "DE", "290323",
         "四氯乙烯, 红外测油专用, 4 × 2.5 L", "CN", 16, 4, 220, "USD",
         "tetrachloroethylene for infrared oil-in-water analysis is a heavy, sweet-smelling solvent at 1.62 kg/l; "
         "these bottles hold a liquid of 1.59 kg/l that shows the C-Cl band of carbon tetrachloride and none of the "
         "C=C band, and the Chinese label in small print gives CAS 56-23-5: carbon tetrachloride, a controlled "
         "substance whose import is banned save for licensed feedstock and destruction, for a small Bremen "
         "environmental laboratory; Chinese wording (carbon tetrachloride repeats in many sets; as an IR "
         "oil-analysis solvent under a tetrachloroethylene label it is new as far as a search found)",
         firm("Weser Umweltanalytik GmbH", "DE")),
        ("OZN-07", "import", "ESSEA01", "sea", "VN", [], "ES", "392690",
         "Cajas isotérmicas de poliuretano para pescado, 100 l, 600 unidades", "VN", 6000, 600, 15000, "USD",
         "insulated fish boxes made for the Union are blown with cyclopentane or water; these 600 from a Vietnamese "
         "factory show a yellow, fine-celled foam whose gas, tested in the laboratory, is HCFC-141b, and the "
         "supplier's sheet says so: products containing a controlled substance may not be imported "
         "(Regulation 2024/590), for a Vigo fish-auction supplier; Spanish wording (HCFC-141b foam repeats in "
         "panels and pipes, and fish boxes appear as EPS waste; HCFC-blown fish boxes are new as far as a search found)", firm("Suministros Pesqueros Vigo SL", "ES")),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "CI", "741220",
         "Raccords cuivre à braser pour climatisation, assortiment, 400 kg", "FR", 400, None, 4800, "EUR",
         "an air-conditioning spares container for an Abidjan installer whose third line, 'R-407C, 11.3 kg "
         "cylinders', holds 80 cylinders relabelled with a sticker over the original print: tare and pressure "
         "match HCFC-22, and the gas, read with an identifier, is pure R-22: a controlled substance whose export is "
         "banned save to Parties under licence (Regulation 2024/590); French wording (HCFC-22 under HFC labels "
         "repeats in many rows; hidden as one line of an air-conditioning spares container to Côte d'Ivoire it is "
         "new as far as a search found)",
         {"importer_country": "CI",
          "_more_items": [item("841191", "Ventilateurs de condenseur, pièces détachées, 60 pièces", "IT", 300, 3600,
                               "EUR", qty=60),
                          item("381129", "Huile polyolester pour compresseurs, 40 bidons de 4 l", "BE", 150, 1200,
                               "EUR", qty=40),
                          item("382764", "Fluide frigorigène R-407C, bouteilles de 11,3 kg, 80 pièces", "FR", 1700,
                               4000, "EUR", qty=80)]}),
        ("OZN-09", "transit", "NLSEA01", "sea", "CN", ["NL"], "NG", "290345",
         "Refrigerant gas R-134a, disposable cylinders 13.6 kg, 1 200 pcs", "CN", 19000, 1200, 36000, "USD",
         "R-134a comes in light-blue cylinders that read about 5.7 bar at 20 °C; these, trans-shipped at "
         "Rotterdam for Lagos, read 4.7 bar, the inner valve tags say R-12 and an identifier finds "
         "dichlorodifluoromethane: CFC-12, a controlled substance whose transit through the Union without a licence "
         "is an offence (Regulation 2024/590); English wording (CFC-12 under HFC labels repeats; this route through "
         "Rotterdam to Lagos is new as far as a search found)", {"importer_country": "NG"}),
        ("OZN-10", "import", "ATPOST01", "post", "GB", [], "AT", "340290",
         "Tape head and record stylus cleaner, 4 x 1 l", "GB", 6.2, 4, 60, "GBP",
         "tape-head cleaners are isopropanol, light and smelling of surgical spirit, in small bottles; these tins "
         "of 1.56 kg/l, with a sweetish smell and no alcohol, are marked 'Arklone P' (old ICI stock): CFC-113 "
         "(trichlorotrifluoroethane), a controlled substance whose import is banned, posted from a Sheffield audio "
         "dealer to a private person in Graz; British English wording (CFC-113 repeats in many rows, as film and "
         "electronics cleaner among others; a tape-head cleaner by post is new as far as a search found)",
         person("Herr Markus Pichler", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "TR", [], "IT", "680291",
         "Testa femminile in marmo, riproduzione per giardino, 1 pezzo", "TR", 45, 1, 600, "EUR",
         "a garden reproduction is fresh, evenly tooled marble; this life-size female head has a root-stained, "
         "sugar-crystalline Greek marble, an ancient break at the neck, earth in the hair drill holes and the veiled "
         "hairstyle of Cyrenaican funerary busts: an ancient funerary portrait from Cyrene (Libya), shipped from "
         "Mersin with a Turkish invoice, which the Union bars from entry without an import licence (Regulation "
         "2019/880) and Libya forbids to export; Italian wording (Cyrenaican funerary heads are new as far as a "
         "search found; ancient marble as garden statuary repeats)", firm("Giardini d'Arte Toscana Srl", "IT")),
        ("CUL-02", "import", "ESAIR01", "air", "BO", [], "ES", "830629",
         "Panel decorativo de plata repujada, artesanía nueva de Potosí, 1 pieza", "BO", 38, 1, 900, "USD",
         "new Potosí silverwork is bright, machine-rolled sheet on plywood; this 1.8 m panel is hand-beaten, "
         "worn silver on an old cedar core with hand-forged nails, candle soot and a Eucharistic sun with the "
         "initials of an 18th-century donor: a colonial altar frontal from a Bolivian village church, cultural "
         "heritage that Bolivia forbids to export, flown to Madrid for an antiques dealer; Bolivian Spanish wording "
         "(colonial church silver repeats in a few rows; an altar frontal is new as far as a search found)",
         firm("Antigüedades Virreinales SL", "ES")),
        ("CUL-03", "export", "FRSEA01", "sea", "FR", [], "US", "701690",
         "Vitraux victoriens au plomb, récupération, 6 panneaux", "FR", 180, 6, 4800, "EUR",
         "Victorian salvage panels are pale, thin machine glass in wide, even lead; these six are thick, bubbly, "
         "pot-metal reds and blues with grisaille faces, narrow hand-cast lead and a saint's life in 13th-century "
         "style, weathered on the outside: medieval stained glass from a church in the Aisne, a French national "
         "treasure or at least a dismembered monument element that needs an export licence at any value (Regulation "
         "116/2009), shipped to a New York dealer; French wording (church stained glass appears in blind12 and one "
         "development row; as Victorian salvage to the United States it is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-04", "export", "NLSEA01", "sea", "NL", [], "CN", "810110",
         "Orgelpijpen, tin-lood, schroot, 3,2 t", "NL", 3200, None, 16000, "EUR",
         "organ-pipe scrap is sold by weight from unplayable pipes; these 1,400 pipes, with their wind chest, "
         "carved case towers and a builder's cartouche dated 1773, are the dismantled organ of a deconsecrated "
         "Groningen church, packed whole for re-erection in a Shanghai concert hall, at scrap price: a dismembered "
         "element of a monument more than 100 years old, which needs an export licence at any value (Regulation "
         "116/2009) and which the Netherlands protects; Dutch wording (pipes from a Ukrainian church organ as tin scrap "
         "appear once; a whole Dutch church organ to China is new as far as a search found)", firm("Shanghai Harmony Hall Co., Ltd.", "CN")),
        ("CUL-05", "import", "FRPOST01", "post", "VU", [], "FR", "691390",
         "Pots and shards, souvenir pottery, 1 box", "VU", 6, 1, 40, "USD",
         "souvenir pottery from Vanuatu is new, red, smooth and unmarked; this box holds sherds of thin, "
         "dentate-stamped, red-slipped ware with face motifs in fine tooth-comb impressions, sand in the breaks: "
         "Lapita pottery about 3,000 years old from an Efate coastal site, archaeological heritage whose export "
         "Vanuatu forbids and which the Union bars from entry without an import licence (Regulation 2019/880), "
         "posted from Port Vila to a private collector in Nice; English wording (Lapita "
         "pottery is new as far as a search found; a Vanuatu slit gong appears in blind64)",
         person("M. Pierre Garnier", "FR")),
        ("CUL-06", "import", "NLAIR01", "express", "TR", [], "NL", "711719",
         "Pirinç çengelli iğne, kostüm takısı, 24 adet", "TR", 0.4, 24, 60, "EUR",
         "costume brass pins are bright, cast and identical; these 24 bronze bow fibulae are each different, with "
         "green-brown patina, corrosion in the spring coil and the semicircular bow and mouldings of Phrygian "
         "fibulae of the 8th-7th century BC: antiquities dug in Anatolia, whose export Türkiye forbids and which the "
         "Union bars from entry without an import licence (Regulation 2019/880), sent by express to a private "
         "collector in Leiden; Turkish wording (Phrygian fibulae are new as far as a search found; Anatolian "
         "antiquities repeat)", person("Dhr. M. Visser", "NL")),
        ("CUL-07", "export", "PLAIR01", "express", "PL", [], "CH", "491191",
         "Reprodukcja grafiki, oprawiona, dekoracyjna, 1 sztuka", "PL", 2, 1, 80, "EUR",
         "a framed decorative print is a flat, even half-tone on machine paper; this sheet is a pen-and-wash "
         "drawing on laid paper with a watermark, collectors' stamps on the back and an old mount inscribed to a "
         "17th-century Gdańsk master: an old-master drawing from a Polish private collection, worth far more than "
         "the 15,000 EUR above which drawings need an export licence (Regulation 116/2009), and over 100 years old, "
         "which Poland also licenses, sent by express to a Basel dealer; Polish wording (old-master drawings are "
         "new as far as a search found)", firm("Kunsthandel am Rheinsprung AG", "CH")),
        ("CUL-08", "transit", "DEAIR01", "air", "PK", ["DE"], "US", "442090",
         "Carved wooden figures, new Swat valley craft, 2 pcs", "PK", 70, 2, 150, "USD",
         "new Swat carvings are fresh deodar with crisp chip-carving; these two 1.4 m figures are weathered deodar, "
         "split and worm-eaten, a horseman and a seated figure with a pointed cap: Kafir-Nuristani grave effigies of "
         "the 19th century, heritage taken out of Afghanistan through Pakistan, flown via Frankfurt for a Santa Fe "
         "gallery; carrying them through the Union under a false description breaches Regulation 2019/880 and the "
         "Afghan export ban; English wording (Nuristani figures appear once; in transit by air through Frankfurt "
         "they are new as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "export", "PTSEA01", "sea", "PT", [], "BR", "680293",
         "Marcos de granito para jardim, 4 peças", "PT", 3200, 4, 800, "EUR",
         "granite garden bollards are sawn and flame-finished; these four weathered cylinders bear worn Latin "
         "inscriptions with an emperor's titulature and mile numbers: Roman milestones from a Minho road, "
         "archaeological objects more than 100 years old from the soil that need an export licence at any value "
         "(Regulation 116/2009) and that Portugal protects, sold to a São Paulo collector; Portuguese wording "
         "(a milestone appears once in earlier rows; Roman milestones to Brazil as garden bollards are new as far as "
         "a search found)", {"importer_country": "BR"}),
        ("CUL-10", "import", "BESEA01", "sea", "ID", [], "BE", "940360",
         "Teak dining tables, new, Jepara craft, 40 pcs", "ID", 3200, 40, 9600, "USD",
         "a Jepara furniture container for an Antwerp shop whose fourth line, 'carved teak wall panel', is not new "
         "chip-carved teak but a 2.4 m weathered hardwood gable board with a horned singa head, old red-white-black "
         "paint and rot at the fixing holes: the facade carving of a Toba Batak house, heritage whose export "
         "Indonesia forbids and which the Union bars from entry without an import licence (Regulation 2019/880); "
         "Indonesian English wording (Batak bark books appear once; a singa house carving hidden in a furniture "
         "container is new as far as a search found)",
         {"importer_name": "Teak & Co Antwerpen BV", "consignee_name": "Teak & Co Antwerpen BV",
          "importer_country": "BE",
          "_more_items": [item("940161", "Teak dining chairs, upholstered, new, 160 pcs", "ID", 1600, 8000, "USD",
                               qty=160),
                          item("940360", "Teak sideboards, new, 20 pcs", "ID", 1200, 4000, "USD", qty=20),
                          item("442199", "Carved teak wall panel, decorative, 1 pc", "ID", 90, 120, "USD", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "import", "PLSEA01", "sea", "AE", [], "PL", "390120",
         "HDPE film grade, granules, origin Oman, 500 t in 25 kg bags", "OM", 500000, 20000, 550000, "USD",
         "Omani HDPE comes in bags printed with the Sohar producer's name and grade; these bags, loaded at Jebel "
         "Ali, carry a white overprint over a Persian text and the lot codes of a Bandar Imam petrochemical plant, "
         "and the grade exists only in that plant's catalogue: Iranian petrochemical products, whose import the "
         "Union banned again when its Iran measures were reinstated (Regulation 267/2012), with an Omani "
         "certificate of origin, for a Gdańsk distributor; English wording (Iranian polyethylene and methanol "
         "appear in earlier rows; Omani papers through Jebel Ali to Gdańsk differ from them)",
         firm("Bałtyk Polimery Sp. z o.o.", "PL")),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KG", "903180",
         "Drehgeber für Aufzugsantriebe, Ersatzteile, 400 Stück", "DE", 160, 400, 96000, "EUR",
         "a Bishkek lift-service firm with a few dozen lifts to look after buys a handful of spare encoders a "
         "year; these 400 high-resolution absolute encoders, of the kind fitted to machine-tool spindles and "
         "servo-driven turrets, are ordered for a forwarder whose other shipments go on to Moscow: measuring "
         "instruments whose sale, supply or export for use in Russia is banned (Regulation 833/2014, Annex XXIII), "
         "and the no-Russia clause in the contract is missing; German wording (Kyrgyz diversion to Russia repeats "
         "in many rows; rotary encoders appear once, as far as a search found, under another cover)",
         {"importer_country": "KG"}),
        ("STR-03", "export", "EEAIR01", "air", "EE", [], "GE", "852910",
         "Satelliit-TV antennid ja LNB-d, 30 komplekti", "EE", 600, 30, 54000, "EUR",
         "satellite TV dishes with LNBs cost a few hundred euros a set; these 30 flat-panel phased-array terminals "
         "with transceivers and power supplies, at 1,800 EUR each, are satellite broadband terminals of the kind "
         "used by front-line units, ordered by a Tbilisi 'TV installer' whose consignee forwards to Vladikavkaz: "
         "communication equipment whose sale for use in Russia is banned (Regulation 833/2014, Annexes VII and "
         "XXIII), declared as TV aerials; Estonian wording (satellite terminals appear once; as TV aerials through "
         "Georgia they are new as far as a search found)", {"importer_country": "GE"}),
        ("STR-04", "import", "GRSEA01", "sea", "TR", [], "GR", "720110",
         "Pik demir, çelikhane kalitesi, Türk menşeli, 5 000 t", "TR", 5000000, None, 2100000, "USD",
         "Turkish pig iron comes from the few blast furnaces of Karabük, Erdemir and Kardemir, with their pig "
         "shapes and analyses; these pigs carry the cast marks of a Tula works, their phosphorus and manganese "
         "match its grade, and the Iskenderun warehouse received them from a Novorossiysk ship a month before: "
         "Russian iron and steel products, whose import is banned (Regulation 833/2014, Annex XVII), with a "
         "Turkish origin, for a Volos foundry; Turkish wording (Russian steel relabelled in Türkiye repeats; pig "
         "iron appears once, as far as a search found, with another route)", firm("Thessaliki Chytirio AE", "GR")),
        ("STR-05", "export", "DKSEA01", "sea", "DK", [], "PK", "841989",
         "Fermenteringstanke til yoghurt, 100 l, rustfri, 4 stk", "DK", 2400, 4, 260000, "EUR",
         "yoghurt vats are open, jacketed stainless tanks at a few thousand euros; these four 100 l closed "
         "vessels with steam-in-place sterilisation, sealed agitators, aseptic sampling ports and 0.2 µm exhaust "
         "filters are laboratory bioreactors at 65,000 EUR each, for a Rawalpindi 'dairy research' address that is "
         "not a dairy: fermenters of 20 l and more able to grow pathogens without aerosol release, dual-use items "
         "(2B352) exported without the licence; Danish wording (bioreactors are new as far as a search found; "
         "fermenters appear in a few rows)", {"importer_country": "PK"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "CN", "870130",
         "Pistenraupen, gebraucht, überholt, 2 Stück", "DE", 18000, 2, 240000, "EUR",
         "two used snow groomers bought by a Dalian trading company with no ski area in China to serve; the "
         "forwarder's onward booking goes to Nampo, and the consignee behind the trader runs the Masikryong ski "
         "resort in North Korea: vehicles and luxury ski goods, whose supply to North Korea is banned directly "
         "or indirectly (UNSC resolutions 2094 and 2397, Regulation 2017/1509); German wording (Masikryong appears "
         "once, for ski equipment; snow groomers are new as far as a search found)", {"importer_country": "CN"}),
        ("STR-07", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "CN", "850440",
         "Zasilacze laboratoryjne, 60 szt.", "PL", 480, 60, 240000, "EUR",
         "bench power supplies cost a few hundred euros; these 60 instruments at 4,000 EUR each are real-time "
         "spectrum analysers to 26.5 GHz, sent on a container train through Belarus and Russia to a Chengdu "
         "trader: goods banned for Russia (Regulation 833/2014, Annex VII) whose transit through Russia is also "
         "banned, and signal-analysis equipment that may be dual-use (3A002); Polish wording (spectrum analysers "
         "repeat in a few rows; as laboratory power supplies on the rail route through Russia to China they are new "
         "as far as a search found)", {"importer_country": "CN"}),
        ("STR-08", "export", "FIAIR01", "air", "FI", [], "UZ", "844832",
         "Kutomakoneiden varaosat, neulat ja platinat, 200 kg", "FI", 200, None, 6000, "EUR",
         "a textile-machinery spares consignment for a Tashkent mill whose third line, 'electronic control boards "
         "for knitting machines', is 30,000 loose microcontrollers and FPGAs on reels, not boards, worth ten times "
         "the rest, for a buyer who resells to Russian drone makers: common high-priority items whose sale for use "
         "in Russia is banned (Regulation 833/2014, Annex XXIII), hidden among ordinary spares; Finnish wording "
         "(microcontrollers repeat in many rows, and a knitting-needle consignment hiding CNC controllers appears "
         "once; microcontrollers as knitting-machine boards by air to Uzbekistan are new as far as a search found)",
         {"importer_country": "UZ",
          "_more_items": [item("844839", "Kutomakoneiden sylinterit, 12 kpl", "DE", 480, 14000, "EUR", qty=12),
                          item("854231", "Neulekoneiden elektroniset ohjauskortit, 30 000 kpl", "CN", 60, 210000,
                               "EUR", qty=30000)]}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "SG", "843149",
         "Excavator track shoes, rubber-padded, used, 3 sets", "DE", 9000, 3, 12000, "EUR",
         "excavator track shoes are wide single- or triple-grouser plates; these are double-pin, rubber-padded "
         "links with end connectors and the part numbers of a tracked armoured personnel carrier, sold off from a "
         "surplus dealer to a Singapore trader whose consignee is in Yangon: components of military vehicles "
         "(Military List ML6), exported without a licence and to a country under a Union arms embargo "
         "(Regulation 401/2013); English wording (armoured-vehicle track links appear twice; as excavator shoes "
         "to Myanmar through Singapore they are new as far as a search found)", {"importer_country": "SG"}),
        ("STR-10", "import", "BEAIR01", "air", "AE", [], "BE", "711291",
         "Scrap gold jewellery, broken, for refining, 40 kg", "AE", 40, None, 2600000, "USD",
         "Dubai scrap gold is mixed broken chains and rings of many purities; these 40 kg are uniform 999.9 "
         "lumps and cut bar ends, some with the remains of a Krasnoyarsk refinery stamp, cut and lightly marked to "
         "look like scrap: gold of Russian origin, whose import, also after processing in a third country, is "
         "banned (Regulation 833/2014, Article 3o), for an Antwerp refiner; English wording (Russian gold bars "
         "relabelled in Türkiye appear once; as Dubai scrap it is new as far as a search found)",
         firm("Scheldt Precious Metals NV", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "express", "PE", [], "IT", "420329",
         "Guantes de cuero de cerdo, forrados, 40 pares", "PE", 8, 40, 800, "USD",
         "pigskin gloves show the grain of a domestic pig, pores in threes over the whole hide; these soft, light "
         "gloves show pores in widely spaced threes with a peppered grain and the tannery tag of an Amazonian "
         "cooperative: collared peccary leather (Pecari tajacu, CITES App. II), sent by express from Lima to a Milan "
         "glove boutique without a Peruvian export permit; Peruvian Spanish wording (peccary gloves appear once in "
         "an early set; from Peru to Italy as pigskin is new as far as a search found)",
         firm("Guanteria Brera Srl", "IT")),
        ("WLF-02", "import", "NLAIR01", "air", "ID", [], "NL", "010690",
         "Live soft corals for aquaria (Sarcophyton, Sinularia), 300 pcs", "ID", 120, 300, 1500, "USD",
         "soft corals are leathery and have no hard skeleton; in these bags most pieces are hard, stony frags on "
         "rock with calcium skeletons, Acropora and Euphyllia among them: stony corals (Scleractinia, CITES App. II), "
         "wild-collected off Bali and flown to an Amsterdam aquarium wholesaler without export permits under a "
         "soft-coral name (soft corals are not listed); English wording (soft corals as a cover for stony corals "
         "are new as far as a search found)", firm("Reef Import Holland BV", "NL")),
        ("WLF-03", "import", "FRAIR01", "air", "KZ", [], "FR", "350300",
         "Рыбий клей (исинглас) для осветления вина, 20 кг", "KZ", 20, None, 6000, "USD",
         "isinglass for wine fining is made today from the swim bladders of tropical farmed or food fish and "
         "sold as a powder or paste; these 20 kg are whole dried swim bladders, thick and yellowish, with a Caspian "
         "fishing cooperative's label: sturgeon swim bladders (Acipenseriformes, CITES App. II, wild Caspian "
         "stocks under a zero export quota), flown from Atyrau to a Bordeaux fining-agent supplier without a "
         "permit; Russian wording from Kazakhstan (sturgeon repeats as caviar; isinglass is new as far as a search "
         "found)", firm("Collages Œnologiques d'Aquitaine SARL", "FR")),
        ("WLF-04", "transit", "DEAIR01", "air", "US", ["DE"], "CH", "010620",
         "Painted turtles (Chrysemys picta), captive-bred, 12", "US", 30, 12, 600, "USD",
         "painted turtle hatchlings are flat, water turtles of a few grams with red edge markings; these twelve "
         "are high-domed land tortoises of 1-4 kg with elephantine hind legs and dry, grooved shells, wild-taken "
         "in the Mojave: desert tortoises (Gopherus agassizii, CITES App. II, protected in the United States), "
         "flown through Frankfurt to a Zurich keeper without permits (the transit of listed specimens through the "
         "Union without permits is an offence, Regulation 338/97); English wording (painted turtles appear once as "
         "a cover; desert tortoises are new as far as a search found)", {"importer_country": "CH"}),
        ("WLF-05", "import", "DEPOST01", "post", "CA", [], "DE", "711719",
         "Replica bear claw necklace, resin, 3 pcs", "CA", 0.6, 3, 90, "CAD",
         "resin replica claws are light, uniform and show casting seams; these are heavy, keratin claws of "
         "different sizes with the dried tissue of the last toe bone inside, twenty to a necklace: grizzly bear "
         "claws (Ursus arctos, CITES App. II), from a hunt in British Columbia, posted to a private person in "
         "Hamburg without a Canadian export permit or EU import permit; English wording (resin replica claws appear "
         "as a lawful twin in blind61; bear claws are new as far as a search found)", person("Herr L. Schneider", "DE")),
        ("WLF-06", "import", "NLPOST01", "post", "EC", [], "NL", "060290",
         "Frascos de orquídeas in vitro, plántulas en agar, 20 frascos", "EC", 3, 20, 200, "USD",
         "orchid flasks are sealed glass or plastic jars of tiny seedlings on sterile agar, exempt from CITES "
         "permits; this parcel holds no jars but 60 bare-root adult plants wrapped in damp moss, with hanging, "
         "long-tailed flowers and cloud-forest lichens on the roots: wild-collected Dracula orchids (Orchidaceae, "
         "CITES App. II), posted from Ecuador to a private collector in Utrecht without an export permit or "
         "plant-health certificate; Ecuadorian Spanish wording (orchids repeat in many rows; Dracula orchids as "
         "in-vitro flasks are new as far as a search found)", person("Dhr. R. Bakker", "NL")),
        ("WLF-07", "import", "BEAIR01", "air", "TZ", [], "BE", "010632",
         "Kasuku wadogo (budgerigars), waliofugwa, 200", "TZ", 30, 200, 1000, "USD",
         "budgerigars are small green or blue parakeets with barred heads; these 200 birds have red faces, white "
         "eye-rings and green bodies, many with worn wild plumage and no rings: Fischer's lovebirds (Agapornis "
         "fischeri, CITES App. II), trapped in the wild in Tanzania, whose import into the Union is banned as "
         "wild-caught birds, flown to a Brussels bird dealer; Swahili wording (lovebirds appear once; as "
         "budgerigars from Tanzania they are new as far as a search found)", firm("Oiselier du Midi SPRL", "BE")),
        ("WLF-08", "import", "SKPOST01", "post", "MN", [], "SK", "430390",
         "Шапка-ушанка из меха нутрии, 4 шт.", "MN", 2, 4, 200, "USD",
         "coypu fur is brown with orange incisor-coloured guard hairs and coarse underfur; these four hats are "
         "dense, glossy, dark-brown pelts with short, stiff guard hairs that shed water, pieced from small skins: "
         "Eurasian otter fur (Lutra lutra, CITES App. I), posted from Ulaanbaatar to a private person in Košice; "
         "Russian wording from Mongolia (otters appear as live animals and pelts, fur hats once as lynx; otter-fur "
         "hats under a coypu name are new as far as a search found)", person("Súkromná osoba", "SK")),
        ("WLF-09", "import", "ATPOST01", "post", "CN", [], "AT", "060110",
         "白及块茎 (Bletilla striata), 栽培, 100 个", "CN", 3, 100, 80, "USD",
         "cultivated Bletilla bulbs are plump, even pseudobulbs with clean roots; these 100 are wild-dug "
         "rhizomes of lady's-slipper orchids with fan-shaped leaves folded on, forest soil and moss among them: "
         "Cypripedium (CITES App. II), from Yunnan, posted to a private person in Innsbruck without an export "
         "permit or plant-health certificate; Chinese wording (wild-dug Cypripedium from Sichuan appears once; "
         "under a Bletilla name by post to Austria they are new as far as a search found; Bletilla is itself "
         "App. II and no permit came with it either)", person("Frau Anna Gruber", "AT")),
        ("WLF-10", "import", "PTAIR01", "express", "ZA", [], "PT", "711719",
         "Resin claw pendants, safari souvenirs, 30 pcs", "ZA", 1.2, 30, 450, "USD",
         "safari-shop resin claws are light and identical; these 30 are heavy, grooved, curved keratin claws of "
         "5-7 cm with bone cores: lion claws (Panthera leo, CITES App. II, and South Africa sets a zero quota for "
         "wild lion parts), sent by express from Limpopo to a private collector in Porto without permits; South "
         "African English wording (lion parts repeat in a few rows; claw pendants as resin souvenirs to Portugal "
         "are new as far as a search found)", person("Sr. Rui Almeida", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "express", "NO", "SE", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private model-engine user", "NO", 4.6, 4, 900, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-37-0112")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "JP", "DE", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user", "JP", 5.6, 4, 12000, "JPY",
     [("PRECURSOR_LICENCE", "DE-BAFA-37-0231")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "391590",
     "EPS insulation waste with HBCDD from façade refurbishment, for incineration, 12 t", "CH", 12000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-LfU-37-0344")], "notified POP waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "280540",
     "Metallic mercury from a decommissioned lighthouse lens bath, 150 kg, for stabilisation and disposal", "NO",
     150, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-37-0081")], "notified mercury waste to a licensed disposal plant"),
    ("PRM-05", "ozone", "import", "NLROAD01", "road", "GB", "NL", "290377",
     "CFC-113 old stock, recovered from an electronics works, 40 tins, 60 kg, for destruction", "GB", 60, 40, 0,
     "EUR", [("ODS_LICENCE", "NL-ILT-ODS-37-006")], "recovered CFC imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "HUROAD01", "road", "UA", "HU", "290376",
     "Halon 2402 recovered from river-barge fire systems, 30 cylinders, 600 kg, for destruction", "UA", 600, 30,
     0, "EUR", [("ODS_LICENCE", "HU-OKF-ODS-37-003")], "recovered halon imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "701690",
     "Stained-glass panel, 19th century, from a private collection, exported with certificate", "FR", 30, 1,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-37-0419")], "stained glass exported with its certificate"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "CH", "970121",
     "Old-master drawing, 17th century, Gdańsk school, from a family collection", "PL", 2, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-37-0077")], "drawing exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DKSEA01", "sea", "DK", "CH", "841989",
     "Steam-in-place bioreactors, 100 l, 4, for a Swiss vaccine manufacturer", "DK", 2400, 4, 260000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-37-0153"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-37-0042")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEAIR01", "air", "EE", "NO", "851762",
     "Satellite broadband terminals, military-grade, 30, for the Norwegian armed forces", "EE", 600, 30, 120000,
     "EUR", [("EXPORT_LICENCE", "EE-SK-37-0021"), ("END_USER_CERTIFICATE", "NO-FMA-EUC-37-0009")],
     "military communication terminals under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "express", "PE", "IT", "420329",
     "Collared peccary leather gloves, 40 pairs", "PE", 8, 40, 1600, "USD",
     [("CITES_PERMIT", "PE-SERFOR-37-0215")], "App. II leather goods with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "CN", "FR", "350300",
     "Isinglass from farmed sturgeon swim bladders, 20 kg, for wine fining", "CN", 20, None, 5000, "USD",
     [("CITES_PERMIT", "CN-ENDANGERED-37-0658")], "App. II sturgeon derivatives with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Hr. Anders Lindqvist", "PRM-03": "Müllheizkraftwerk Südbaden GmbH",
    "PRM-04": "Nordisk Kvicksilverhantering AB", "PRM-09": "Helvetia Vaccines AG",
    "PRM-11": "Guanteria Brera Srl", "PRM-12": "Collages Œnologiques d'Aquitaine SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340490", "Ski waxes, fluorine-free, 60 g blocks", "import", ["post"], ["NO"], (40, 80), (1, 2), ["NOK"], 15, S),
    ("340290", "Brass-instrument valve oil and cleaning kits", "import", ["express"], ["JP", "US"], (30, 60), (1, 3), ["JPY", "USD"], 5, S),
    ("282731", "Nigari (magnesium chloride) tofu coagulant, 500 g bags", "import", ["post"], ["KR", "JP"], (8, 15), (1, 3), ["USD"], 2, S),
    ("760529", "Bonsai training wire, anodised aluminium, rolls", "import", ["express"], ["US", "JP"], (15, 30), (1, 3), ["USD"], 4, S),
    ("291812", "Tartaric acid, food grade, 25 kg bags", "import", ["road"], ["RS", "MK"], (3, 5), (2000, 6000), ["EUR"], 0.04, S),
    ("442199", "Wooden beehives, flat-pack, with frames", "import", ["road"], ["UA"], (2, 3.5), (3000, 8000), ["EUR"], 0.05, S),
    ("392690", "Polyurethane taxidermy forms", "import", ["express"], ["US"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("200570", "Table olives in brine, drums", "import", ["sea"], ["MA"], (1.5, 2.5), (15000, 20000), ["EUR", "USD"], None, S),
    ("282710", "Ammonium chloride tinning blocks, 100 g", "import", ["express"], ["MX", "US"], (15, 30), (1, 2), ["USD"], 10, S),
    ("310221", "Lawn sand (ammonium sulphate and iron sulphate), 20 kg bags", "import", ["road"], ["GB"], (0.6, 1), (8000, 16000), ["GBP"], 0.05, S),
    ("392111", "EPS insulation boards, new, polymeric flame retardant", "export", ["sea"], ["VN", "MA"], (2, 3.5), (3000, 8000), ["EUR"], None, S),
    ("290512", "Isopropanol, technical, new, drums", "export", ["sea"], ["NG", "GH"], (1, 1.6), (12000, 20000), ["EUR"], None, S),
    ("900290", "Lighthouse lens replicas, acrylic Fresnel, decorative", "export", ["sea"], ["SN", "MA"], (20, 40), (200, 800), ["EUR"], 0.02, S),
    ("940542", "LED emergency luminaires, new, LiFePO4 batteries", "export", ["road"], ["RS", "BA"], (15, 25), (1000, 4000), ["EUR"], 0.5, S),
    ("902230", "X-ray tube assemblies, new, boxed", "export", ["sea"], ["PK", "EG"], (150, 300), (200, 800), ["EUR"], 0.04, S),
    ("850760", "Lithium-ion power banks, new, boxed", "export", ["road"], ["RS"], (20, 35), (1000, 4000), ["EUR"], 3, S),
    ("854449", "Telephone cable, new, PE-insulated copper, drums", "export", ["rail"], ["UA"], (6, 9), (8000, 16000), ["EUR"], None, S),
    ("845110", "Dry-cleaning machines, hydrocarbon solvent, new", "export", ["sea"], ["AO", "MZ"], (10, 16), (2000, 6000), ["EUR"], 0.001, S),
    ("320890", "Solvent-borne industrial coatings, new, sealed tins", "export", ["sea"], ["GH", "NG"], (4, 7), (5000, 12000), ["EUR"], 0.05, S),
    ("860500", "Heritage railway coaches, restored", "export", ["sea"], ["IN", "ZA"], (2, 4), (30000, 40000), ["EUR"], 0.00003, S),
    ("382219", "Fingerprint developing reagents, HFE-based, 400 ml", "import", ["express"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 2, S),
    ("282720", "Calcium chloride flakes, de-icing, 25 kg bags", "import", ["sea"], ["IL"], (0.2, 0.35), (20000, 25000), ["USD"], None, S),
    ("842410", "Powder fire extinguishers, 6 kg, new", "import", ["road"], ["UA", "TR"], (5, 9), (2000, 6000), ["EUR"], 0.1, S),
    ("841850", "Refrigerated cake display cases, new, R-290", "import", ["sea"], ["TR", "CN"], (8, 12), (2000, 6000), ["USD", "EUR"], 0.008, S),
    ("841869", "Bulk milk cooling tanks, new, R-290", "export", ["sea"], ["MD", "GE"], (8, 14), (3000, 9000), ["EUR"], 0.002, S),
    ("290110", "n-Hexane, HPLC grade, for oil-in-water analysis, 2.5 l", "import", ["express"], ["CN", "US"], (20, 40), (2, 4), ["USD"], 0.3, S),
    ("392690", "Insulated fish boxes, cyclopentane-blown PU, new", "import", ["sea"], ["VN", "MA"], (2, 3.5), (4000, 9000), ["USD"], 0.1, S),
    ("741220", "Copper brazing fittings for air-conditioning", "export", ["sea"], ["CI", "SN"], (10, 14), (300, 1200), ["EUR"], None, S),
    ("841480", "Refrigerant recovery machines, new", "import", ["sea"], ["CN"], (15, 25), (500, 2000), ["USD"], 0.05, S),
    ("340290", "Tape-head cleaning kits, isopropanol swabs", "import", ["post"], ["GB"], (20, 40), (1, 2), ["GBP"], 5, S),
    ("680291", "Marble garden statues, new, workshop-carved", "import", ["sea"], ["TR"], (1, 2), (3000, 8000), ["EUR"], 0.01, S),
    ("830629", "Repoussé silver-plated panels, new Potosí craft", "import", ["air"], ["BO"], (15, 30), (50, 200), ["USD"], 0.1, S),
    ("701690", "Leaded stained-glass panels, new, workshop-made", "export", ["sea"], ["US"], (40, 80), (200, 800), ["EUR"], 0.05, S),
    ("920999", "Organ pipes, new, tin-lead, for organ builders", "export", ["sea"], ["CN", "KR"], (20, 40), (500, 2000), ["EUR"], 0.3, S),
    ("691390", "Red-clay souvenir pots, new Vanuatu craft", "import", ["post"], ["VU"], (20, 40), (1, 3), ["USD"], 2, S),
    ("711719", "Brass costume brooches and pins, new", "import", ["express"], ["TR"], (40, 80), (1, 2), ["EUR"], 40, S),
    ("491191", "Framed art prints, giclée, new", "export", ["express"], ["CH"], (30, 60), (1, 4), ["EUR"], 0.5, S),
    ("442090", "Carved wooden figures, new Swat valley craft", "import", ["air"], ["PK"], (6, 12), (100, 400), ["USD"], 0.3, S),
    ("680293", "Granite garden bollards, new, flamed", "export", ["sea"], ["BR"], (0.4, 0.8), (8000, 16000), ["EUR"], 0.005, S),
    ("442199", "Carved teak wall panels, new Jepara craft", "import", ["sea"], ["ID"], (4, 8), (1000, 4000), ["USD"], 0.1, S),
]
# Everyday trade: blind64's everyday rows, unchanged (make_blind_set.EVERYDAY_2032 without the goods that travel
# with health or plant-health certificates and five others, with wooden toys for electric scooters,
# EVERYDAY_2032_ADDED and the twelve rows blind64 added).
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND64_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind66", 20370301, HERE)


if __name__ == "__main__":
    main()
