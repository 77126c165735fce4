#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-second blind set (tests/risk/data/blind242-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2066, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: swimming pools, spas and water
treatment (pool and spa supply wholesalers, water-treatment chemical distributors,
desalination and utility contractors).
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
ordinary table (the shared everyday table's two steel rows are dropped, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL242-*:

    python3 tests/risk/data/make_blind242_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTSEA01", "sea", "BR", [], "PT", "282720",
         "Elevador de dureza cálcica para piscinas (cloreto de cálcio 77 %), baldes de 10 kg, 1.200 baldes", "BR",
         12000, 1200, 7200, "USD",
         "a pool calcium-hardness increaser is calcium chloride dihydrate: white flakes that grow hot at once when "
         "stirred into water; these buckets hold round, white prills that turn the water ice-cold, test at 34 % N "
         "and melt and fume on a hot plate, for a Faro pool-supply shop that sells 10 kg buckets to villa owners: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Santos "
         "to Lisbon; Brazilian Portuguese wording (ammonium nitrate repeats in many sets and calcium-chloride "
         "labels in many, as desiccants and de-icers; a pool hardness-increaser label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Piscinas Lda", "PT")),
        ("PRE-02", "import", "NLAIR01", "express", "ZA", [], "NL", "382499",
         "Vloeibare sonkombers vir swembaddens (verdampingskerm), 4 x 1 liter", "ZA", 4.6, 4, 1100, "ZAR",
         "a liquid solar pool blanket is a fatty-alcohol film-former in isopropanol, 0.8 kg/l, that floats and "
         "spreads on water; these four bottles hold a liquid of 1.14 kg/l that sinks and partly mixes, smells "
         "faintly fruity, not of alcohol, and the filler's drum label copied on the packing list reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Cape Town to a private person in Arnhem, although "
         "flammable liquids travel by express only as declared dangerous goods; Afrikaans wording (nitromethane "
         "repeats in many sets; a liquid solar-blanket label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-03", "import", "SEROAD01", "road", "NO", [], "SE", "283322",
         "Flytende aluminiumsulfat, fellingsmiddel for basseng og dam, kanner 5 l, 900 kanner", "NO", 7600, 900,
         5400, "EUR",
         "liquid alum for pools and ponds is a pale, slightly cloudy, acidic solution of about 1.33 kg/l; these "
         "cans hold an oily, clear liquid of 1.84 kg/l that grows hot when a drop of water is added and chars a "
         "wooden spatula black, for a Karlstad pool-and-garden web shop that sells 5 l cans to the public: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a lorry at Svinesund; "
         "Norwegian wording (sulphuric acid repeats in many sets and aluminium-sulphate labels in several, as "
         "hydrangea blueing, paper marbling and flocculant; liquid alum as a cover for sulphuric acid was found in "
         "no earlier row by a keyword search)", firm("Vega Pool och Trädgård AB", "SE")),
        ("PRE-04", "import", "DEAIR01", "air", "TH", [], "DE", "284690",
         "น้ำยากำจัดฟอสเฟตสำหรับสระว่ายน้ำ (แลนทานัมคลอไรด์), ขวด 1 ลิตร, 1,500 ขวด", "TH", 2100, 1500, 3000,
         "USD",
         "a pool phosphate remover is a lanthanum chloride solution of 1.2 kg/l that clouds pool water milky-white; "
         "these bottles hold a liquid of 1.40 kg/l that gives off brown fumes when opened, stains the skin yellow "
         "and eats a copper coin, at 2 USD a bottle, for a Cologne pool-care web shop that sells to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Bangkok; "
         "Thai wording (nitric acid repeats in many sets and lanthanum labels in a few; a phosphate-remover label "
         "was found in no earlier row by a keyword search)", firm("Horizon Poolpflege GmbH", "DE")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "282890",
         "Tekući klor (natrijev hipoklorit 12,5 %) za bazene, kanisteri 20 l, 600 kanistera", "BA", 14400, 600,
         4800, "EUR",
         "liquid pool chlorine is a greenish-yellow, bleach-smelling sodium hypochlorite solution; these canisters "
         "hold a water-clear liquid with no smell of chlorine, under vented caps, that foams on a cut and whitens "
         "the skin, and the filler's drums on the same lorry read 'H2O2 50 %', for a Split pool-maintenance firm "
         "that sells canisters to holiday-villa owners: hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, at Bijača; Bosnian wording (hydrogen peroxide repeats in many sets, and pool "
         "covers on it in several; a liquid-chlorine label on peroxide was found in no earlier row by a keyword "
         "search)", firm("Rivage Bazeni d.o.o.", "HR")),
        ("PRE-06", "import", "IEAIR01", "express", "US", [], "IE", "330730",
         "Spa & hot tub aromatherapy crystals, eucalyptus mint, 4 x 2 lb jars", "US", 3.7, 4, 72, "USD",
         "hot-tub aromatherapy crystals are scented, green-tinted Epsom or sea salt that dissolves at once and "
         "smells strongly of eucalyptus; these four jars hold a faintly tinted, odourless, gritty powder that "
         "barely dissolves even in hot water, burns fiercely with sugar and whose inner bags read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Phoenix to a private person in Cork; US "
         "English wording (potassium perchlorate repeats in many sets and bath-salt covers in several; a hot-tub "
         "aromatherapy-crystal label was found in no earlier row by a keyword search)",
         person("Mr D. Murphy", "IE")),
        ("PRE-07", "import", "ATAIR01", "air", "IN", [], "AT", "283230",
         "सोडियम थायोसल्फेट (हाइपो) क्रिस्टल, क्लोरीन न्यूट्रलाइज़र, 1 किग्रा डिब्बे, 400 डिब्बे", "IN", 400, 400,
         600, "USD",
         "sodium thiosulphate 'hypo' crystals are large, clear, cooling prisms that dissolve readily and smell "
         "faintly of sulphur when acidified; these tubs hold a fine, white, crystalline powder that dissolves "
         "slowly, spits violet sparks on a hot iron and carries CAS 3811-04-9 on the inner bags, for a Graz "
         "aquarium and garden-pond shop that sells dechlorinator tubs to the public: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Mumbai to Vienna; Hindi wording "
         "(potassium chlorate repeats in many sets and thiosulphate labels in a few; a pool and pond dechlorinator "
         "label from India is the new part as far as a search found)", firm("Alpina Teich & Aquaristik GmbH", "AT")),
        ("PRE-08", "import", "ESSEA01", "sea", "AU", [], "ES", "282731",
         "Magnesium pool minerals (magnesium chloride / potassium chloride blend), 10 kg bags, 2,000 bags", "AU",
         20000, 2000, 18000, "AUD",
         "magnesium pool minerals are grey-white, bitter, hygroscopic magnesium and potassium chloride crystals; "
         "these bags hold a glassy white salt that is not bitter but cools the tongue, draws damp into a paste and "
         "flares fiercely with sawdust, and the factory analysis in the container reads 98 % NaClO4, for a Marbella "
         "pool shop that sells 10 kg bags to expatriate homeowners: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Fremantle to Valencia; Australian English wording "
         "(sodium perchlorate repeats in many sets and magnesium-chloride labels in several, as bath flakes, tofu "
         "nigari and dust binder; a magnesium pool-mineral label was found in no earlier row by a keyword search)",
         firm("Meridian Piscinas SL", "ES")),
        ("PRE-09", "import", "ITSEA01", "sea", "TN", [], "IT", "960390",
         "Brosses de paroi pour piscines, 45 cm, 1 200 pièces", "TN", 900, 1200, 3600, "EUR",
         "a pool-supply consignment from Sfax for a Palermo pool shop: wall brushes and skimmer nets are what such "
         "shops restock before summer, but the third item's 'granulés nettoyants pour cartouches de filtre' are "
         "1 kg tubs of clear, cubic, slightly damp crystals that are not a percarbonate (they do not fizz in warm "
         "water), flare yellow on a gas ring and carry CAS 7775-09-9 on the inner liners: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, hidden as the last item of a three-item declaration "
         "by sea from Sfax to Palermo; Tunisian French wording (sodium chlorate repeats in many sets and "
         "filter-cartridge labels appear in a few rows on other goods; a cartridge-cleaner label behind pool "
         "brushes and nets is the new part as far as a search found)",
         dict(firm("Orion Piscine Srl", "IT"),
              _more_items=[item("392690", "Épuisettes de surface pour piscines, manche télescopique, 800 pièces", "TN", 640, 2400, "EUR", qty=800),
                           item("340290", "Granulés nettoyants pour cartouches de filtre, pots de 1 kg, 600 pots", "TN", 600, 1200, "EUR", qty=600)])),
        ("PRE-10", "import", "BGSEA01", "sea", "GE", [], "BG", "283210",
         "მემბრანის კონსერვანტი (ნატრიუმის მეტაბისულფიტის ხსნარი 1 %), კანისტრები 5 ლ, 2 000 კანისტრა", "GE",
         11000, 2000, 4000, "USD",
         "a reverse-osmosis membrane preservative is a 1 % sodium metabisulphite solution that smells sharply of "
         "sulphur dioxide; these canisters, under vented caps, hold an odourless, water-clear liquid of 1.20 kg/l "
         "that foams violently on a rusty nail and whitens the skin, for a Varna home water-filter retailer that "
         "sells RO systems and refill canisters to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, by sea from Poti to Varna; Georgian wording (hydrogen peroxide "
         "repeats in many sets and metabisulphite labels in a few; an RO membrane-preservative label was found in "
         "no earlier row by a keyword search)", firm("Delta Aqua Filtri EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "HUROAD01", "road", "HU", [], "RS", "282110",
         "Granulált vas-hidroxid adszorbens, regenerált, big bag, 22 t", "HU", 22000, None, 2200, "EUR",
         "regenerated granular ferric hydroxide would be dry, rust-brown, even granules with a regeneration "
         "certificate; these bags hold wet, caked, dark-brown media with sand and biofilm in it, from the arsenic "
         "removal filters of Great Plain waterworks near Békéscsaba, and read over 2 g/kg arsenic: spent "
         "arsenic-adsorption media (19 09 hazardous waste, Basel A1030), whose export to a non-OECD country is "
         "banned, at Röszke for a Novi Sad 'water-treatment supplier'; Hungarian wording (arsenic-bearing wastes "
         "repeat in several sets and a ferric-hydroxide label once; spent waterworks arsenic media by road to Serbia "
         "are the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AO", "731100",
         "Contentores de tonelada vazios, desgaseificados, para reutilização como reservatórios de água, 120 un.",
         "PT", 84000, 120, 6000, "EUR",
         "degassed one-tonne chlorine containers for reuse as water tanks would have open valves, a purge "
         "certificate and no smell; these 120 containers, from a waterworks that switched to hypochlorite, still "
         "have their valves capped and sealed, hiss a choking yellow-green gas when a valve is cracked and show up "
         "to 40 kg of residual liquid chlorine on the scales: gas containers with residual hazardous substances "
         "(16 05 04*), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda; "
         "Portuguese wording (used gas cylinders repeat in a few sets, blind184 among them; chlorine ton containers "
         "as water tanks to Angola are the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-03", "export", "ROROAD01", "road", "RO", [], "MD", "681099",
         "Tuburi din beton, folosite, pentru podețe, 24 t", "RO", 24000, None, 960, "EUR",
         "used concrete culvert pipes are thick, grey, gravel-filled and heavy; these are thin-walled, light, "
         "fibrous grey pipes of 100-300 mm with cast-iron couplings and broken ends, dug up in a Iași water-main "
         "renewal, that show chrysotile fibres under a lens: asbestos-cement water mains (17 06 05*), hazardous "
         "waste whose export to a non-OECD country is banned, at Sculeni for a Chișinău 'farm drainage' buyer; "
         "Romanian wording (asbestos cement repeats in many sets and asbestos-cement pipes in a few; kept as a "
         "repeat, a concrete-culvert label on water mains from Romania to Moldova is the new part)",
         {"importer_country": "MD"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "SN", "847989",
         "Robot pulitori per piscine, ricondizionati, testati, 400 pezzi", "IT", 4800, 400, 8000, "EUR",
         "refurbished pool robots come cleaned, boxed, with a new battery and a test sheet; these 400 are caked "
         "with limescale and algae, have cracked housings and swollen, leaking lithium-ion packs, some still with "
         "warranty-return tags from Veneto pool shops: waste electrical equipment with hazardous waste batteries "
         "(16 02 13*, 16 06 06*), whose export to a non-OECD country is banned, from Genoa to Dakar for a "
         "'second-hand' trader; Italian wording (used electronics and lithium batteries repeat in many sets, and "
         "pool robots in two strategic rows; pool robots as e-waste to Senegal are the new part as far as a search "
         "found)", {"importer_country": "SN"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "PK", "392190",
         "Chutes de membrane PVC armée, pour bâches agricoles, balles, 24 t", "FR", 24000, None, 1200, "EUR",
         "reinforced PVC offcuts for tarpaulins are clean, flat, single-colour trimmings from a coating line; these "
         "bales are torn-out, blue and sand-coloured pool liners, folded with grout, algae, glue and the biocide "
         "smell of pool sheeting, with metal profiles still attached, from pool renovations on the Côte d'Azur: "
         "mixed, contaminated PVC waste (Y48, not the clean sorted plastic of B3011), whose export to a non-OECD "
         "country Regulation 2024/1157 forbids, from Marseille-Fos to Karachi; French wording (plastic waste "
         "repeats in many sets and PVC labels in several; used pool liners as tarpaulin offcuts are the new part as "
         "far as a search found)", {"importer_country": "PK"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "CO", "780600",
         "Lastres blandos de buceo (perdigón de plomo), bolsas de 1 kg, 1.200 bolsas", "ES", 1200, 1200, 4800,
         "EUR",
         "soft diving weights are mesh pouches of lead shot that rattle and stay pliable; these sealed, doubled "
         "pouches slosh, are small for their weight (13.5 kg/l) and one leaking pouch beads silver droplets on the "
         "floor: metallic mercury from a decommissioned chlor-alkali cell room, waste whose export the mercury "
         "regulation (2017/852) forbids, by sea from Barcelona to Cartagena for a 'dive-shop' buyer who supplies "
         "gold-mining districts; Spanish wording (mercury repeats in many sets and chlor-alkali mercury in several; "
         "diving-weight labels appear in three earlier rows on other goods, blind134, blind193 and blind203; "
         "mercury under one is the new part as far as a search found)", {"importer_country": "CO"}),
        ("WST-07", "export", "CYSEA01", "sea", "CY", [], "LB", "291814",
         "Κιτρικό οξύ, διάλυμα 50 %, τεχνικό, δεξαμενές IBC, 20 t", "CY", 20000, None, 3000, "EUR",
         "a 50 % technical citric-acid solution is water-clear, sweet-sour and of 1.24 kg/l; these IBCs hold a "
         "brown, turbid liquid with black sediment, smelling of chlorine and iron, that reads EDTA, iron, copper and "
         "nickel on analysis: spent membrane-cleaning solutions from a Larnaca seawater desalination plant "
         "(16 10 01*, aqueous liquid waste with hazardous substances), whose export to a non-OECD country is "
         "banned, from Limassol to Beirut for a 'detergent maker'; Greek wording (spent acids repeat in many sets; a "
         "desalination plant's cleaning waste under a citric-acid label is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "GH", "392210",
         "Gebrauchte Whirlpools (Außenspa), Acryl, 12 Stück", "DE", 3600, 12, 6000, "EUR",
         "a second-hand container for Tema: used hot tubs and pool pumps are what Hamburg exporters ship to Ghana's "
         "hotels, but the third item's 'UV-C-Wasserentkeimungsgeräte, gebraucht, getestet' are 300 housings with "
         "cracked quartz sleeves and broken, loose amalgam UV lamps, with grey powder and beads in the bags: "
         "mercury-containing lamp waste (20 01 21*) in waste equipment, whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Hamburg; German wording (UV lamps "
         "repeat in a few sets, blind173 on ballast-water units; behind used hot tubs to Ghana is the new part as "
         "far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("841370", "Gebrauchte Schwimmbadpumpen, 1,5 kW, 80 Stück", "DE", 1200, 2400, "EUR", qty=80),
                           item("842121", "UV-C-Wasserentkeimungsgeräte, gebraucht, getestet, 300 Stück", "DE", 2400, 1500, "EUR", qty=300)])),
        ("WST-09", "export", "SKROAD01", "road", "SK", [], "UA", "252010",
         "Energosadrovec pre cementárne, voľne ložený, 24 t", "SK", 24000, None, 480, "EUR",
         "FGD gypsum is a fine, damp, white-cream powder with a test sheet from a power station; this tipper holds "
         "grey, sticky, salty brine sludge that reads over 100 mg/kg mercury, dug out of the old lagoons of a "
         "chlor-alkali plant that made chlorine for water treatment by mercury electrolysis: mercury-bearing "
         "brine purification sludge (06 04 04*), hazardous waste whose export to a non-OECD country is banned, at "
         "Vyšné Nemecké for an Uzhhorod 'cement' buyer; Slovak wording (chlor-alkali wastes repeat in several sets "
         "and an FGD-gypsum label once, blind214 on scrubber sludge; kept as a repeat of the label, chlor-alkali "
         "brine sludge from Slovakia by road is the new part)", {"importer_country": "UA"}),
        ("WST-10", "transit", "SISEA01", "sea", "TR", ["SI"], "RS", "380210",
         "Rejenere granül aktif karbon, içme suyu filtreleri için, big bag, 40 t", "TR", 40000, None, 20000, "USD",
         "regenerated GAC is dry, black, dust-free granules with a reactivation certificate; these bags hold wet, "
         "clumped carbon that smells of a water plant and is documented, in the papers of the Izmir utility that "
         "took it out, as spent carbon from PFAS-contaminated wells, to be 'regenerated' in a Serbian kiln with no "
         "permit: spent activated carbon with hazardous substances (19 09 04 mirror entry, PFAS), hazardous waste "
         "moved through Slovenia without the notification and consent the Basel procedure requires of transit "
         "states, landed at Koper in transit from Izmir to Belgrade; Turkish wording (spent activated carbon "
         "repeats in several sets and PFAS in a few; kept as a repeat, a transit through Koper is the new part as "
         "far as a search found)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "IN", [], "NL", "841869",
         "Bottled-water dispensers, hot and cold, compressor cooling, R-600a, 600 units", "IN", 12000, 600, 48000,
         "USD",
         "compressor water dispensers on R-600a (isobutane) carry a flammable-gas mark and a 40-60 g charge; these "
         "600, for a Rotterdam water-cooler rental firm, have no flammable mark under the stickers, their "
         "compressor plates read 'R22, 110 g' and a leak detector confirms chlorodifluoromethane: equipment "
         "containing HCFC-22, whose import into the Union is banned (Regulation 2024/590), by sea from Nhava Sheva; "
         "Indian English wording (R-22 equipment repeats in many sets and water-dispenser labels in a few; kept as a "
         "repeat, from India to a water-cooler rental firm is the new part)", firm("Nordhafen Waterkoeling BV", "NL")),
        ("OZN-02", "import", "ESSEA01", "sea", "CN", [], "ES", "290323",
         "Tetracloroetileno (percloroetileno), grado técnico, 40 bidones de 300 kg", "CN", 12000, 40, 14400, "USD",
         "perchloroethylene is a dense (1.62 kg/l), sweet-smelling solvent boiling at 121 °C; these drums, for a "
         "Huelva chlor-alkali plant that makes chlorine for water treatment, boil at 77 °C, weigh 1.59 kg/l and a "
         "gas chromatograph reads carbon tetrachloride, used there to strip nitrogen trichloride from liquid "
         "chlorine: carbon tetrachloride, whose import into the Union is banned outside licensed feedstock and "
         "laboratory uses, by sea from Tianjin to Huelva; Spanish wording (carbon tetrachloride repeats in many "
         "sets; a perchloroethylene label for a chlorine plant is the new part as far as a search found)",
         firm("Atlantic Cloro SL", "ES")),
        ("OZN-03", "import", "ESAIR01", "air", "AR", [], "ES", "381400",
         "Limpiador solvente para caños de PVC de piletas, latas de 1 l, 2.400 latas", "AR", 3100, 2400, 7200, "USD",
         "a PVC pipe cleaner-primer is a purple or clear mixture of acetone, MEK and THF of 0.85 kg/l that smells of "
         "nail varnish and burns readily; these cans hold a liquid of 1.24 kg/l that does not burn, boils at 32 °C "
         "and smells faintly ethereal, and the drum label in the consignment reads 'HCFC-141b': "
         "1,1-dichloro-1-fluoroethane, whose import into the Union is banned, flown from Buenos Aires to Madrid for "
         "a pool-construction supplier; Rioplatense Spanish wording ('pileta', 'caño') (HCFC-141b repeats in many "
         "sets and solvent-cement labels twice; a pool-plumbing PVC cleaner from Argentina is the new part as far "
         "as a search found)", firm("Central Piscinas SL", "ES")),
        ("OZN-04", "import", "PTROAD01", "road", "MA", ["ES"], "PT", "382769",
         "Fluide frigorigène R-454C pour pompes à chaleur de piscine, bouteilles de 10 kg, 180 bouteilles", "MA",
         1800, 180, 9000, "EUR",
         "R-454C is a mildly flammable HFC/HFO blend in cylinders with a red band and a left-hand valve; these 180 "
         "light-green, refillable cylinders with right-hand valves read 9 bar at 20 °C, the pressure of R-22, and "
         "an analyser gives chlorodifluoromethane: HCFC-22, whose import into the Union is banned, on a lorry from "
         "Tangier through Spain for an Algarve pool heat-pump installer; Moroccan French wording (HCFC-22 repeats in "
         "many sets under other refrigerant labels, and pool heat pumps several times; an R-454C label from Morocco "
         "is the new part as far as a search found)", firm("Horizon Climatização Lda", "PT")),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "901910",
         "泳池按摩一体机 (swim spa), 5.8 米, 亚克力, 全发泡保温, 20 台", "CN", 24000, 20, 140000, "USD",
         "a fully foamed swim spa is insulated with a water-blown or HFO-blown polyurethane foam; these 20, for a "
         "Poznań wellness retailer, carry a blowing-agent sticker reading '141b' on the cabinet, the cut foam gives "
         "off a sweet, ethereal gas and a gas test confirms 1,1-dichloro-1-fluoroethane: products containing "
         "HCFC-141b, whose import into the Union is banned, by sea from Ningbo to Gdańsk; Chinese wording "
         "(HCFC-141b foam repeats in many sets and a hot-tub cover once, blind129; a swim-spa label was found in no "
         "earlier row by a keyword search)", firm("Orion Wellness Sp. z o.o.", "PL")),
        ("OZN-06", "export", "MTSEA01", "sea", "MT", [], "LY", "842410",
         "Ċilindri tat-tifi tan-nar FM-200, minn sistema fissa, 24 ċilindru", "MT", 2400, 24, 7200, "EUR",
         "FM-200 (HFC-227ea) cylinders hold a liquid at 25 bar with a maker's certificate; these 24 grey cylinders, "
         "taken out of the control room of a decommissioned Maltese reverse-osmosis plant, read 42 bar, carry old "
         "'BTM' stencils and a gas test gives bromotrifluoromethane: halon 1301 in fire-protection containers, "
         "whose export from the Union is banned outside licensed critical uses, from Valletta to Tripoli for an "
         "oil-field 'fire service'; Maltese wording (halon 1301 repeats in many sets and FM-200 labels in several; "
         "from a Maltese desalination plant to Libya is the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("OZN-07", "export", "IESEA01", "sea", "IE", [], "PK", "841869",
         "Used centrifugal chiller, 1,200 kW, refrigerant R-134a, for water-treatment plant cooling, 1 unit", "IE",
         14000, 1, 40000, "EUR",
         "a centrifugal chiller on R-134a works at positive pressure with a high-pressure relief valve; this unit, "
         "taken out of a Cork pharmaceutical water plant, has a purge unit and a low-pressure rupture disc, its "
         "shell holds about 700 kg of charge and its plate reads 'R-11': equipment containing CFC-11, whose export "
         "from the Union is banned, from Cork to Karachi; Irish English wording (CFC-11 chillers repeat in several "
         "sets; a water-treatment chiller from Ireland to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("OZN-08", "import", "ATROAD01", "road", "CH", [], "AT", "281121",
         "CO2 für die pH-Regulierung von Schwimmbädern, 37-kg-Flaschen, 80 Flaschen", "CH", 2960, 80, 3200, "CHF",
         "CO2 for pool pH control comes in heavy cylinders at 57 bar with a dip tube; these 80 cylinders read 9 bar "
         "at 20 °C, their tare stamps are those of refrigerant cylinders and an analyser gives "
         "chlorodifluoromethane: HCFC-22, whose import into the Union is banned, on a lorry at Feldkirch for a "
         "Tyrolean hotel-spa service firm that recharges its own heat pumps; Swiss German wording (HCFC-22 repeats "
         "in many sets under other gas labels, CO2 labels among them; a pool pH-control CO2 label was found in no "
         "earlier row by a keyword search)", firm("Alpina Bädertechnik GmbH", "AT")),
        ("OZN-09", "import", "GRROAD01", "road", "MK", [], "GR", "290342",
         "Разладно средство R-32 (дифлуорометан), за топлински пумпи на аквапарк, боци 9 кг, 120 боци", "MK",
         1080, 120, 4800, "EUR",
         "R-32 is a flammable refrigerant in cylinders with a red band, at 15 bar at 20 °C; these 120 cylinders "
         "have no flammable marking under the sleeve, read 9 bar and give chlorodifluoromethane on an analyser: "
         "HCFC-22, whose import into the Union is banned, on a lorry at Evzonoi for a Chalkidiki water park's "
         "maintenance contractor; Macedonian wording (HCFC-22 under R-32 labels repeats in several sets; for a "
         "water park from North Macedonia is the new part as far as a search found)",
         firm("Delta Aquapark AE", "GR")),
        ("OZN-10", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "851629",
         "Sauna sobası, elektrikli, 9 kW, 40 adet", "TR", 1000, 40, 12000, "EUR",
         "a spa fit-out lorry for a Carinthian wellness hotel: sauna stoves and steam generators are what Turkish "
         "spa builders supply, but the third item's 'buz çeşmesi (ice fountain), R-290' are two flake-ice "
         "machines whose compressor plates read 'R22' under the stickers, with no flammable-gas marking: equipment "
         "containing HCFC-22, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, on a lorry from Istanbul through Bulgaria, Serbia and Hungary; Turkish wording (R-22 "
         "equipment repeats in many sets and ice machines in several; a spa ice-fountain label was found in no "
         "earlier row by a keyword search)",
         dict(firm("Vega Wellness GmbH", "AT"),
              _more_items=[item("841989", "Buhar jeneratörü, hamam için, 12 kW, 6 adet", "TR", 300, 4800, "EUR", qty=6),
                           item("841869", "Buz çeşmesi (ice fountain), wellness için, R-290, 2 adet", "TR", 240, 9000, "EUR", qty=2)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DESEA01", "sea", "LB", [], "DE", "701610",
         "Mosaic tiles for swimming pools, on mesh, assorted, 40 crates", "SY", 3200, 40, 2400, "USD",
         "pool mosaic is uniform, 2.5 cm glass tesserae on paper or mesh; these crates hold irregular stone and "
         "glass-paste tesserae, a few millimetres across, still bedded in lime mortar, cut into numbered squares "
         "from a figured floor with a bathing Nereid and a Greek inscription: a late-Roman bath mosaic lifted in "
         "north-western Syria, whose import Regulation 36/2012 forbids for cultural goods removed from Syria, by "
         "sea from Beirut to Hamburg for a pool-tile trader; English wording (mosaics repeat in many sets and "
         "marble mosaic tiles once, blind189; a swimming-pool mosaic label was found in no earlier row by a keyword "
         "search)", firm("Meridian Fliesen GmbH", "DE")),
        ("CUL-02", "export", "HUAIR01", "air", "HU", [], "US", "691390",
         "Új kerámia kerti szökőkút, eozinmázas, 1 db", "HU", 180, 1, 900, "EUR",
         "a new eosin-glazed garden fountain has a clean body, modern fittings and a shop label; this one has "
         "worn, iridescent green-gold eosin glaze, the Zsolnay five-tower stamp of about 1905, old lime scale in "
         "its bowl and a lead inlet, taken out of a Budapest bath: an Art Nouveau Zsolnay fountain over a hundred "
         "years old, a protected cultural good exported without the EU export licence and the Hungarian permit, "
         "flown from Budapest to New York; Hungarian wording (Zsolnay once, blind189, on roof tiles; a garden "
         "fountain from a bath by air is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "FRAIR01", "air", "TH", [], "FR", "680299",
         "ទឹកហូរថ្មភក់ ឆ្លាក់ថ្មី សម្រាប់ស្ប៉ា, 1 ដុំ", "KH", 120, 1, 400, "USD",
         "a newly carved sandstone spa spout has crisp tool marks and a smooth channel; this one is a weathered, "
         "lichen-stained grey sandstone channel with a makara-head end, old mortar on its base and the smoothed "
         "groove of centuries of lustral water: a Khmer somasutra (ritual water outlet) from a Cambodian temple, "
         "whose removal and export Cambodian law forbids, flown from Bangkok to Paris for a spa-design studio; "
         "Khmer wording (Khmer antiquities repeat in many sets; a somasutra as a spa water spout was found in no "
         "earlier row by a keyword search)", firm("Rivage Spa Design SARL", "FR")),
        ("CUL-04", "import", "NLAIR01", "air", "HK", [], "NL", "741820",
         "仿古青銅浴盆, 新製, 水療中心用, 1 件", "CN", 14, 1, 300, "USD",
         "a new antique-style bronze spa basin is smooth inside with a chemical patina that rubs off; this one has "
         "hard, warty green and red cuprite corrosion, soil in the seams, casting flaws of piece-mould casting and "
         "a cast inscription of a Western Han workshop inside the rim: a Han-dynasty bronze basin (pan), an "
         "archaeological object whose export Chinese law forbids, flown from Hong Kong to Amsterdam for a "
         "wellness-interior firm; traditional Chinese wording (Chinese bronzes repeat in several sets; a spa-basin "
         "label was found in no earlier row by a keyword search)", firm("Horizon Wellness Interieur BV", "NL")),
        ("CUL-05", "import", "ITSEA01", "sea", "LY", ["MT"], "IT", "680291",
         "حوض رخامي جديد للسبا، منحوت يدويًا، قطعة واحدة", "LY", 400, 1, 800, "EUR",
         "a new hand-carved marble spa basin is bright white with clean, sharp edges; this one is a shallow, "
         "weathered grey-white marble basin with a moulded rim, a lead-plugged drain hole and root marks and "
         "earth in its cracks: a Roman labrum from a bath building in Tripolitania, an archaeological object whose "
         "export Libyan law forbids, by sea from Misrata through Malta to Catania for a hotel-spa fitter; Libyan "
         "Arabic wording (Libyan marbles repeat in several sets; a spa-basin label on a Roman labrum is the new part "
         "as far as a search found)", firm("Orion Arredo Termale Srl", "IT")),
        ("CUL-06", "import", "ESAIR01", "air", "MX", [], "ES", "691490",
         "Macetas de barro para fuentes de jardín, réplicas prehispánicas, 6 piezas", "MX", 30, 6, 240, "USD",
         "replica pre-Hispanic garden pots are new, evenly fired and painted with acrylics; these six are worn, "
         "burnished jars with goggle-eyed, fanged faces in appliqué, eroded blue paint and calcium crust inside, "
         "dug from an offering deposit: Aztec Tláloc effigy jars, archaeological monuments of the Mexican nation "
         "whose export Mexican law forbids, flown from Mexico City to Madrid for a garden-fountain dealer; Mexican "
         "Spanish wording (pre-Hispanic ceramics repeat in many sets under replica labels; Tláloc jars as "
         "fountain pots were found in no earlier row by a keyword search)", firm("Vega Fuentes y Jardín SL", "ES")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "392640",
         "Maschera da fontana in resina, riproduzione, 1 pezzo", "IT", 95, 1, 150, "EUR",
         "a resin fountain-mask reproduction is light, hollow and warm to the touch; this one weighs 95 kg, is cold "
         "white marble with a worn, lime-streaked mouth through which water has run and fresh soil on its back: a "
         "Roman marble fountain mask from an unrecorded excavation near Pozzuoli, an archaeological good of the "
         "State exported without the export licence Regulation 116/2009 and Italian law require, on a lorry at "
         "Chiasso for a Lugano 'garden antiques' dealer; Italian wording (Roman marbles repeat in many sets and "
         "resin labels in several; a fountain mask from Campania is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-08", "export", "NLSEA01", "sea", "NL", [], "US", "690723",
         "Handbeschilderde wandtegels, nieuw, blauw-wit, 2 kratten", "NL", 160, 2, 1200, "EUR",
         "new hand-painted Delft-style tiles are even, machine-pressed and glossy; these are thick, uneven, "
         "tin-glazed tiles with crazing, old lime mortar on their backs and nail holes at the corners, numbered in "
         "chalk as one tableau of a whale-bath scene, taken out of a 17th-century Frisian wash-house: a tile "
         "tableau forming part of a historic building (category 2 of Regulation 116/2009, any value), exported "
         "without an export licence, from Rotterdam to New York; Dutch wording (tiles repeat in several sets; a "
         "17th-century tile tableau was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "940360",
         "Bale daybed kayu jati untuk spa, 20 buah", "ID", 2400, 20, 6000, "USD",
         "a Bali spa fit-out container for a Dutch wellness resort: teak daybeds and new volcanic-stone basins are "
         "what Bali spa furnishers ship, but the third item's 'pancuran batu gaya antik' is a heavy, andesite water "
         "spout carved as a kneeling figure holding a jar, with old spring-water lime crust and the mortar of a "
         "bathing-place wall: a 14th-century Majapahit spout from an East Javanese petirtaan, cultural property whose "
         "export Indonesian law forbids, hidden as the last item of a three-item declaration, by sea from Surabaya "
         "to Rotterdam; Indonesian wording (Majapahit objects repeat in several sets; a pancuran behind spa "
         "furniture is the new part as far as a search found)",
         dict(firm("Central Resort Interieur BV", "NL"),
              _more_items=[item("680299", "Wastafel batu alam, baru, 40 buah", "ID", 1600, 2400, "USD", qty=40),
                           item("680299", "Pancuran batu gaya antik, 1 buah", "ID", 180, 120, "USD", qty=1)])),
        ("CUL-10", "import", "DEPOST01", "post", "PE", [], "DE", "691390",
         "Paccha ceremonial de cerámica, réplica artesanal de Cusco, 1 pieza", "PE", 2.4, 1, 35, "USD",
         "a new craft replica of a paccha is bright, evenly fired and sold in Cusco markets; this one has a worn, "
         "burnished black surface, a tubular water channel with root-etched deposits, Inca geometric painting "
         "and a fresh break repaired with glue: an Inca ceremonial water vessel (paccha) dug from a huaca, cultural "
         "heritage of the nation whose export Peruvian law forbids, posted from Cusco to a private collector in "
         "Bonn; Peruvian Spanish wording (Inca ceramics repeat in several sets under replica labels; a paccha was "
         "found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "LB", "340290",
         "Tegel- en voegenreiniger voor zwembadrenovatie, poeder, 25 kg, 400 zakken", "NL", 10000, 400, 9000, "EUR",
         "a pool-tile and grout cleaner powder is a sulphamic-acid blend with surfactants that foams in water; these "
         "sacks hold a white, crystalline, surfactant-free salt that etches glass, smells faintly acid when damp "
         "and reads 'NH4HF2, CAS 1341-49-7' on the inner liners, for a Beirut 'pool contractor' whose orders go on "
         "to Syria: ammonium hydrogen difluoride (dual-use 1C350, a chemical-weapons precursor) exported without "
         "the licence Regulation 2021/821 requires, from Rotterdam; Dutch wording (bifluorides repeat in many sets; "
         "a pool-tile cleaner label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", ["HU", "RO", "TR", "GE"], "AM", "841950",
         "Schwimmbad-Wärmetauscher, 6 Stück", "AT", 3600, 6, 18000, "EUR",
         "pool heat exchangers are small shell-and-tube units of stainless or titanium tube at a few hundred euros; "
         "these six are impregnated-graphite block heat exchangers of 5-15 m2 with PTFE gaskets and steel shells, "
         "built for hot hydrochloric acid, at 30,000 EUR each on the maker's list, for a Yerevan 'pool' firm whose "
         "address is a forwarder's for Tabriz: corrosion-resistant heat exchangers (dual-use 2B350.d), whose sale "
         "for use in Iran is also restricted, exported without a licence, by road through Türkiye and Georgia; "
         "Austrian German wording (corrosion-resistant heat exchangers repeat in many sets and graphite ones in "
         "two; a pool heat-exchanger label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "LB", "293149",
         "Àcid etidrònic (HEDP) 60 %, antiincrustant per a plantes dessalinitzadores, 40 bidons", "ES", 9000, 40,
         9000, "EUR",
         "HEDP 60 % is an acidic, water-based solution of 1.45 kg/l; these drums hold a neutral, colourless, "
         "oily organic liquid of 1.15 kg/l that does not mix readily with water and smells faintly sweet, and the "
         "drum heads read CAS 756-79-6: dimethyl methylphosphonate (CWC Schedule 2B, dual-use 1C350), exported "
         "without the licence Regulation 2021/821 requires, from Barcelona to Beirut for a 'desalination contractor' "
         "with Syrian clients; Catalan wording (DMMP repeats in several sets and an HEDP label once, blind184 on a "
         "precursor row; a desalination antiscalant label on DMMP is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-04", "export", "LTROAD01", "road", "LT", [], "BY", "903289",
         "Baseinų automatikos valdikliai (pH/Cl), 300 vnt.", "LT", 240, 300, 36000, "EUR",
         "pool pH/chlorine controllers are boxed units with a display, probes and dosing-pump outputs; these are "
         "reels of bare microcontrollers, Wi-Fi and LTE modules and GNSS chips with no enclosure, probe or display "
         "among them, for a Minsk 'pool equipment' firm: integrated circuits and modules (8542 31, 8517 62, "
         "8526 91) on the common high-priority list, whose sale to Belarus Regulation 765/2006 forbids, at "
         "Medininkai; Lithuanian wording (microcontrollers repeat in many sets; a pool-controller label to Belarus "
         "is the new part as far as a search found)", {"importer_country": "BY"}),
        ("STR-05", "export", "DKSEA01", "sea", "DK", ["AE"], "PK", "842129",
         "Ultrafiltreringsanlæg til genbrug af bassinvand, 2 enheder", "DK", 5200, 2, 60000, "EUR",
         "pool-water recycling ultrafiltration units are skids of PVC housings and hollow-fibre modules that are "
         "cleaned with chlorine; these two have stainless, steam-sterilisable housings with sanitary clamps, "
         "ceramic cross-flow membranes of 12 m2 and a steam-in-place programme, for a Lahore 'aqua park' whose "
         "consignee is a biological research centre: cross-flow filtration equipment sterilisable in situ "
         "(dual-use 2B352.d), exported without a licence, from Aarhus through Jebel Ali; Danish wording (cross-flow "
         "filtration repeats in several sets and ultrafiltration once, blind130; a pool-water recycling label is "
         "the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-06", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "310420",
         "Kaliy xlorid granulalari, suv yumshatgichlar uchun, kelib chiqishi O'zbekiston, 60 vagon", "UZ",
         3600000, 60, 1080000, "USD",
         "Uzbek potassium chloride from Dehkanabad is pinkish, fine and comes with Uzbek railway papers; these 60 "
         "wagons hold red, granulated potash whose wagon numbers, seals and quality certificates are those of a "
         "Soligorsk mine, with an Uzbek certificate of origin issued after transhipment: Belarusian potassium "
         "chloride, whose import into the Union Regulation 765/2006 forbids, by rail to Rēzekne for a Riga "
         "water-softener salt packer; Uzbek wording (Belarusian potash under other origins repeats in several sets; "
         "a water-softener label with Uzbek origin is the new part as far as a search found)",
         firm("Nordhafen Sāls SIA", "LV")),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV", "RU"], "KZ", "903180",
         "Detektory úniků vody z bazénů, 40 ks", "CZ", 80, 40, 16000, "EUR",
         "pool leak detectors are geophones, listening sticks and dye pens; these 40 are radiometric thermal "
         "imaging cameras with 640 x 480 cooled-free detectors at 30 Hz and interchangeable lenses, for an Almaty "
         "'pool service' firm that re-exports to Moscow: thermal cameras (8525 89) on the common high-priority list, "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, on a lorry "
         "through Russia; Czech wording (thermal cameras repeat in many sets and leak-detection labels twice; a "
         "pool leak-detector label is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", ["TR"], "AE", "902620",
         "Füllstandsensoren für Schwimmbad-Überlaufrinnen, 20 Stück", "DE", 24, 20, 40000, "EUR",
         "pool gutter level sensors are simple float switches or plastic hydrostatic probes at 50 EUR; these 20 "
         "are heated capacitance manometers with Inconel diaphragms and ranges of 1 and 100 torr, at 2,000 EUR "
         "each, for a Dubai 'pool contractor' whose freight goes on to Bandar Abbas: pressure sensors resistant "
         "to UF6 (dual-use 2B230), whose sale for use in Iran Regulation 267/2012 forbids, flown from Frankfurt "
         "through Istanbul; German wording (capacitance manometers repeat in many sets and a level-sensor label "
         "once; kept as a repeat, a pool-gutter label is the new part)", {"importer_country": "AE"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "AM", "841370",
         "Pompe per piscina, 1,5 kW, 60 pezzi", "IT", 900, 60, 9000, "EUR",
         "a pool-equipment air shipment for a Yerevan pool builder: pool pumps and sand filters from Italian "
         "makers are ordinary there, but the third item's 'schede elettroniche per inverter pompe' are 2,000 "
         "IGBT modules in trays, with no board, heat sink or pump inverter among them, for a buyer whose address is "
         "shared with a Moscow forwarder: semiconductor devices (8541 29) on the common high-priority list, whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration, flown from Milan; Italian wording (IGBT modules repeat in several "
         "sets; behind pool pumps and filters to Armenia is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("842121", "Filtri a sabbia per piscina, 600 mm, 30 pezzi", "IT", 600, 4500, "EUR", qty=30),
                           item("850490", "Schede elettroniche per inverter pompe, 2.000 pezzi", "IT", 300, 8000, "EUR", qty=2000)])),
        ("STR-10", "transit", "DESEA01", "sea", "CN", ["DE"], "IR", "760421",
         "泳池伸缩罩铝型材, 6 米, 800 根", "CN", 9600, 800, 28000, "USD",
         "pool-enclosure profiles are thin-walled 6063 extrusions with gasket grooves and powder coating; these are "
         "seamless, unpainted tubes of 120 mm outside diameter with mill certificates for 7075-T6 (tensile strength "
         "above 500 MPa), bound for a Tehran 'pool' buyer: aluminium-alloy tubes (dual-use 1C202.a), whose "
         "transfer to Iran Regulation 267/2012 forbids, landed at Hamburg in transit from Shanghai to Bandar "
         "Abbas; Chinese wording (7075 tubes repeat in several sets; a pool-enclosure label was found in no earlier "
         "row by a keyword search)", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FISEA01", "sea", "CM", [], "FI", "440729",
         "Sciages d'abachi (samba) raboté pour bancs de sauna, 1 conteneur", "CM", 18000, None, 9000, "EUR",
         "abachi for sauna benches is pale, straw-white, light (about 380 kg/m3) and cool to sit on; these boards "
         "are heavy (700 kg/m3), yellow-brown darkening to olive-brown, with a fine, interlocked grain: afrormosia "
         "(Pericopsis elata, CITES App. II) without a CITES export permit, by sea from Douala to Kotka for a sauna "
         "builder; Cameroonian French wording (afrormosia repeats in many sets and an obeche label once, dev17; an "
         "abachi sauna-timber label was found in no earlier row by a keyword search)", firm("Atlantic Sauna Oy", "FI")),
        ("WLF-02", "import", "LVAIR01", "air", "AZ", [], "LV", "030111",
         "Dekorativ koi balıqları, cavan, dırnaq balası, oksigenli torbalar, 20 torba", "AZ", 80, 20, 1200, "USD",
         "juvenile koi are stocky, coloured carp with barbels at the mouth corners; these bags hold grey, "
         "slender, shark-tailed fish with rows of bony scutes and a pointed snout: wild juvenile Russian sturgeon "
         "(Acipenser gueldenstaedtii, CITES App. II) from the Kura, without CITES documents, flown from Baku to "
         "Riga for a garden-pond dealer; Azerbaijani wording (sturgeon repeats in many sets and koi labels in a "
         "few; a koi label on live sturgeon from Azerbaijan is the new part as far as a search found)",
         firm("Vega Dīķi SIA", "LV")),
        ("WLF-03", "import", "BEAIR01", "air", "PH", [], "BE", "960200",
         "Mga mangkok na bao ng niyog, pinakintab, 1,000 piraso", "PH", 300, 1000, 1500, "USD",
         "a spa-supply air shipment from Cebu for a Brussels day-spa wholesaler: coconut-shell bowls and abaca "
         "bath mitts are what such suppliers sell, but the third item's 'lababo na batong fossil' are eight heavy, "
         "white, fluted, wave-edged half-shells of 50-70 cm, not stone at all: giant clam shells (Tridacna, CITES "
         "App. II) as wash basins, without CITES documents, hidden as the last item of a three-item declaration, "
         "flown from Cebu to Brussels; Tagalog wording (giant clams repeat in many sets; a fossil-stone "
         "wash-basin label behind spa supplies is the new part as far as a search found)",
         dict(firm("Central Spa Supply SA", "BE"),
              _more_items=[item("630790", "Abaca na guwantes pampaligo, 2,000 piraso", "PH", 200, 1400, "USD", qty=2000),
                           item("680299", "Lababo na batong fossil, 8 piraso", "PH", 400, 800, "USD", qty=8)])),
        ("WLF-04", "import", "DEAIR01", "air", "TR", [], "DE", "010690",
         "Canlı yem solucanı (Dendrobaena), nemli turbada, 40 kutu", "TR", 40, 40, 400, "EUR",
         "Dendrobaena bait worms are pink-red earthworms in damp peat that crawl out of the box; these 40 boxes hold "
         "olive-green, flattened, suckered animals with orange stripes, in wet clay, that attach to a finger: "
         "wild medicinal leeches (Hirudo verbana, CITES App. II) without CITES documents, flown from Izmir to "
         "Frankfurt for a hirudotherapy and wellness supplier; Turkish wording (medicinal leeches repeat in a few "
         "sets and bait-worm labels twice, blind23 and dev24; kept as a repeat, a wellness supplier's order from "
         "Türkiye is the new part)", firm("Orion Naturheilbedarf GmbH", "DE")),
        ("WLF-05", "import", "GRAIR01", "air", "EG", [], "GR", "392640",
         "ديكورات مرجان صناعي من الراتنج لأحواض السباحة والنوافير، 40 قطعة", "EG", 60, 40, 400, "USD",
         "resin coral decorations are light, hollow, painted castings with mould seams; these 40 pieces are heavy, "
         "chalky-white, porous skeletons with the cup-like corallites of stony corals and dried tissue in the "
         "pores: Scleractinian corals (CITES App. II) without CITES documents, broken off reefs near Hurghada, "
         "flown from Cairo to Athens for a pool and fountain decorator; Egyptian Arabic wording (corals repeat in "
         "many sets and resin-coral labels twice; kept as a repeat, a pool and fountain decorator is the new part)",
         firm("Rivage Pisines AE", "GR")),
        ("WLF-06", "import", "DEAIR01", "express", "MY", [], "DE", "060290",
         "Tumbuhan tepi kolam (bog plants), 20 pasu", "MY", 8, 20, 120, "USD",
         "pond-margin bog plants are marsh marigolds and irises in baskets; these 20 pots hold climbing plants "
         "with pitcher-shaped leaf traps, collected on a mountain, with moss and forest soil and no nursery "
         "label: wild Nepenthes (CITES App. II) without CITES documents, sent by express from Kota Kinabalu to a "
         "private grower in Bremen; Malay wording (Nepenthes repeats in several sets; a pond bog-plant label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "CZAIR01", "air", "VN", [], "CZ", "030791",
         "Ốc ao cảnh sống (ốc táo vàng), túi oxy, 30 túi", "VN", 15, 30, 180, "USD",
         "pond snails travel as small, shelled molluscs in water; these 30 bags hold live hatchling turtles, dark "
         "brown with three keels on the shell and yellow lines on the head: Chinese pond turtles (Mauremys "
         "reevesii, CITES App. II) without CITES documents, flown from Hanoi to Prague for a garden-pond shop in "
         "the Sapa market; Vietnamese wording (Mauremys repeats twice; a pond-snail label was found in no earlier "
         "row by a keyword search)", firm("Delta Jezírka s.r.o.", "CZ")),
        ("WLF-08", "import", "FRAIR01", "air", "MY", [], "FR", "640399",
         "Selipar spa, kulit lembu bercorak, 200 pasang", "MY", 60, 200, 1200, "USD",
         "embossed-cowhide spa slippers have a regular, pressed scale pattern and a suede back; these 200 pairs "
         "have genuine, overlapping scales with scale-pit texture and pigment that varies from pair to pair, "
         "cut from reticulated python skin: Python reticulatus (CITES App. II) leather goods without CITES "
         "documents, flown from Kuala Lumpur to Paris for a luxury spa-hotel supplier; Malay wording (python "
         "skins repeat in many sets and embossed-leather labels in several; spa slippers are the new part as far "
         "as a search found)", firm("Meridian Hôtellerie SARL", "FR")),
        ("WLF-09", "transit", "PTAIR01", "air", "GW", ["PT"], "HK", "051199",
         "Esponjas marinhas secas para spa, 40 caixas", "GW", 400, 40, 2000, "USD",
         "dried spa sponges are light, springy, tan, porous and fill a carton with a few kilograms; these 40 "
         "cartons are dense, each holding thousands of dried, curled seahorses with a horse-like head and a "
         "prehensile tail: Hippocampus (CITES App. II, with a trade suspension for several West African states) "
         "without CITES documents, landed at Lisbon in transit from Bissau to Hong Kong; Guinea-Bissau Portuguese "
         "wording (seahorses repeat in many sets and natural-sponge labels twice on other goods, blind64 and "
         "blind203; a spa-sponge label on seahorses is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "DESEA01", "sea", "CL", [], "DE", "442199",
         "Tinajas de madera de ciprés para calentar a leña (hot tubs), 6 unidades", "CL", 4800, 6, 24000, "USD",
         "a Chilean wood-fired hot tub of ciprés de la cordillera is pale yellow, smells of cedar and has "
         "wide growth rings; these six are reddish, very fine-grained, straight, with growth rings too close to "
         "count by eye, cut from old stumps and trunks in Los Lagos: alerce (Fitzroya cupressoides, CITES App. I) "
         "in manufactured products without CITES documents, by sea from San Antonio to Hamburg for a garden-spa "
         "dealer; Chilean Spanish wording (alerce repeats in several sets and a tinaja label once, blind169 on "
         "clay jars; a wood-fired hot tub is the new part as far as a search found)",
         firm("Alpina Gartenspa GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "US", "IE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics society)", "US", 2, 2, 80,
     "USD", [("PRECURSOR_LICENCE", "IE-DOJ-66-0144")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user (home laboratory)", "BA", 22, 4, 60, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-66-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "282110",
     "Spent arsenic-adsorption media (granular ferric hydroxide), for disposal at a licensed plant, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-66-0119")], "notified spent waterworks media to a licensed plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "380210",
     "Spent granular activated carbon from drinking-water treatment (PFAS), for thermal reactivation, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-66-0208")], "notified spent activated carbon to a licensed reactivation plant"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290314",
     "Carbon tetrachloride, reagent grade, 20 x 2.5 l, for essential laboratory use", "US", 80, 20, 3000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-66-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "MTSEA01", "sea", "MT", "GB", "290376",
     "Recovered halon 1301, 24 cylinders, for a critical-use halon bank (aviation)", "MT", 2400, 24, 12000, "EUR",
     [("ODS_LICENCE", "MT-ERA-ODS-66-004")], "recovered halon 1301 exported under licence to a critical-use bank"),
    ("PRM-07", "cultural", "export", "HUAIR01", "air", "HU", "US", "691390",
     "Zsolnay eosin-glazed fountain, c. 1905, sold at auction, with the export licence", "HU", 180, 1, 42000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HU-MI-EXP-66-0072")], "Art Nouveau fountain exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLSEA01", "sea", "NL", "US", "690723",
     "Tile tableau, tin-glazed earthenware, Friesland, c. 1690, documented collection, 120 tiles", "NL", 160, 120,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-66-0153")], "tile tableau exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "TR", "841950",
     "Impregnated-graphite block heat exchangers, 6 units, for a Turkish chlor-alkali plant", "AT", 3600, 6,
     180000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-66-0392"), ("END_USER_CERTIFICATE", "TR-MB-EUC-66-0081")],
     "dual-use heat exchangers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "IN", "842129",
     "Steam-sterilisable cross-flow filtration skids, 2 units, for an Indian vaccine maker", "DK", 5200, 2,
     240000, "EUR", [("EXPORT_LICENCE", "DK-ERST-66-0117"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-66-0402")],
     "dual-use cross-flow filtration equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FISEA01", "sea", "CM", "FI", "440729",
     "Afrormosia sawn timber (Pericopsis elata), 20 m3, legally harvested", "CM", 14000, None, 22000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-66-0611")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TR", "DE", "010690",
     "Medicinal leeches (Hirudo verbana), farmed, 2,000 pcs, for hirudotherapy", "TR", 6, 2000, 2400, "EUR",
     [("CITES_PERMIT", "TR-DKMP-66-0277")], "App. II farmed medicinal leeches with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-02": "Privatna osoba", "PRM-03": "Central Entsorgung GmbH",
    "PRM-05": "Meridian Laboratorios SL", "PRM-11": "Atlantic Sauna Oy", "PRM-12": "Orion Naturheilbedarf GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of pool and
    # spa supply wholesalers, water-treatment chemical distributors and desalination and utility contractors
    ("282720", "Calcium hardness increaser for pools (calcium chloride 77 %), 10 kg buckets", "import", ["sea"], ["BR", "CN"], (0.5, 0.9), (8000, 16000), ["USD"], 0.1, S),
    ("382499", "Liquid solar pool blanket (fatty-alcohol film), 1 l", "import", ["express"], ["ZA", "US"], (12, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("283322", "Liquid aluminium sulphate (alum) for ponds, 5 l cans", "import", ["road"], ["NO", "RS"], (0.4, 0.8), (4000, 10000), ["EUR"], 0.15, S),
    ("284690", "Pool phosphate remover (lanthanum chloride), 1 l", "import", ["air"], ["TH", "US"], (2, 4), (200, 1000), ["USD"], 0.8, S),
    ("282890", "Sodium hypochlorite 12.5 %, pool liquid chlorine, 20 l canisters", "import", ["road"], ["BA", "RS"], (0.2, 0.4), (8000, 20000), ["EUR"], 0.04, S),
    ("330730", "Hot-tub aromatherapy crystals (Epsom salt), scented", "import", ["post"], ["US", "GB"], (10, 18), (1, 4), ["USD", "GBP"], 1, S),
    ("283230", "Sodium thiosulphate crystals, pond dechlorinator, 1 kg", "import", ["air"], ["IN", "CN"], (1, 2), (100, 500), ["USD"], 1, S),
    ("282731", "Magnesium pool minerals, 10 kg bags", "import", ["sea"], ["AU", "IL"], (0.6, 1.1), (10000, 20000), ["AUD", "USD"], 0.1, S),
    ("340290", "Filter-cartridge cleaner, percarbonate granules, 1 kg", "import", ["sea"], ["TN", "TR"], (1.5, 3), (2000, 6000), ["EUR"], 1, S),
    ("283210", "Sodium metabisulphite, RO membrane preservative, 25 kg", "import", ["sea"], ["GE", "CN"], (0.4, 0.8), (10000, 20000), ["USD"], None, S),
    ("282110", "Granular ferric hydroxide adsorbent, new", "export", ["road"], ["RS", "MK"], (2, 4), (8000, 20000), ["EUR"], None, S),
    ("392510", "Polyethylene water storage tanks, 1,000 l, new", "export", ["sea"], ["AO", "NG"], (3, 5), (3000, 9000), ["EUR"], 0.02, S),
    ("681099", "Precast concrete culvert pipes, new", "export", ["road"], ["MD", "UA"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("847989", "Robotic pool cleaners, new, boxed", "export", ["sea"], ["SN", "MA"], (20, 35), (2000, 6000), ["EUR"], 0.08, S),
    ("392190", "Reinforced PVC pool liner membrane, new rolls", "export", ["sea"], ["PK", "EG"], (3, 5), (6000, 16000), ["EUR"], None, S),
    ("780600", "Soft diving weights, lead shot pouches, 1 kg", "export", ["post"], ["US", "CA"], (8, 14), (1, 4), ["EUR"], 1, S),
    ("291814", "Citric acid solution 50 %, technical, IBC", "export", ["sea"], ["LB", "EG"], (0.8, 1.3), (10000, 20000), ["EUR"], None, S),
    ("392210", "Acrylic hot tubs, new, 5-seat", "export", ["sea"], ["GH", "NG"], (8, 14), (2000, 6000), ["EUR"], 0.003, S),
    ("252010", "FGD gypsum for cement works", "export", ["road"], ["UA", "RS"], (0.02, 0.05), (22000, 26000), ["EUR"], None, S),
    ("380210", "Granular activated carbon, new, for drinking-water filters", "import", ["sea"], ["LK", "IN"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("841869", "Bottled-water dispensers, compressor cooling, R-290", "import", ["sea"], ["CN", "TR"], (15, 25), (3000, 9000), ["USD"], 0.05, S),
    ("290323", "Perchloroethylene, technical grade, drums", "import", ["sea"], ["US", "IN"], (1, 1.6), (8000, 16000), ["USD"], None, S),
    ("381400", "PVC pipe cleaner-primer (acetone/MEK), 1 l cans", "import", ["sea"], ["US", "AR"], (3, 5), (2000, 6000), ["USD"], 0.8, S),
    ("901910", "Swim spas, acrylic, water-blown foam insulation", "import", ["sea"], ["CN", "US"], (5, 9), (6000, 20000), ["USD"], 0.001, S),
    ("842410", "Fire extinguishers, new, 6 kg foam", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("851629", "Electric sauna stoves, 9 kW", "import", ["road"], ["TR", "EE"], (8, 14), (1000, 4000), ["EUR"], 0.04, S),
    ("701610", "Glass mosaic tiles for swimming pools, on mesh", "import", ["sea"], ["CN", "TR"], (1.5, 3), (8000, 18000), ["USD"], None, S),
    ("691390", "Ceramic garden fountains, new, glazed", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("680299", "Volcanic-stone wash basins, new, for spas", "import", ["sea"], ["ID", "VN"], (1, 2), (3000, 9000), ["USD"], 0.03, S),
    ("741820", "Copper bath basins, hammered, new", "import", ["air"], ["IN", "TR"], (12, 20), (100, 400), ["USD"], 0.2, S),
    ("680291", "Marble spa basins, new, carved", "import", ["sea"], ["TR", "EG"], (1.5, 3), (3000, 9000), ["USD", "EUR"], 0.01, S),
    ("691490", "Terracotta garden-fountain pots, new", "import", ["sea"], ["MX", "VN"], (1, 2), (2000, 6000), ["USD"], 0.1, S),
    ("392640", "Resin fountain masks and garden statuary, new", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 0.05, S),
    ("690723", "Hand-painted Delft-style wall tiles, new", "import", ["post"], ["GB", "PT"], (20, 40), (1, 4), ["EUR", "GBP"], 4, S),
    ("293149", "HEDP (etidronic acid) 60 %, antiscalant, drums", "import", ["sea"], ["CN", "IN"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("842129", "Pool-water ultrafiltration units, PVC housings", "import", ["sea"], ["CN", "KR"], (8, 15), (1000, 4000), ["USD"], 0.002, S),
    ("310420", "Potassium chloride water-softener pellets, 25 kg", "import", ["sea"], ["CA", "IL"], (0.4, 0.7), (18000, 24000), ["USD"], 0.04, S),
    ("903289", "Pool pH/chlorine dosing controllers, boxed", "import", ["air"], ["CN", "US"], (40, 80), (100, 400), ["USD"], 0.5, S),
    ("960200", "Polished coconut-shell bowls", "import", ["sea"], ["PH", "VN"], (3, 6), (1000, 4000), ["USD"], 3, S),
    ("640399", "Leather spa slippers, embossed cowhide", "import", ["express"], ["MY", "IN"], (40, 80), (1, 3), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("902511", "Floating pool thermometers, spirit-filled, plastic case", "import", ["sea"], ["CN", "TW"], (4, 8), (1000, 4000), ["USD"], 8, N),
        ("640520", "Disposable terry hotel slippers", "import", ["sea"], ["CN", "PK"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("950300", "Vinyl bath ducks, boxed", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, N),
        ("420232", "Waterproof phone pouches, PVC, with lanyard", "import", ["sea"], ["CN", "VN"], (6, 10), (1000, 4000), ["USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind242", 20660701, HERE)


if __name__ == "__main__":
    main()
