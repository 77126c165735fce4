#!/usr/bin/env python3
"""Writes the hundred-and-thirty-fourth blind set (tests/risk/data/blind134-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2048, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL134-*:

    python3 tests/risk/data/make_blind134_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2048, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HRROAD01", "road", "BA", [], "HR", "210690",
         "Sirup od bazge (zova), domaći, PET boce 1 l, 600 boca", "BA", 680, 600, 1500, "BAM",
         "elderflower cordial is a sticky, yellowish syrup of about 1.30 kg/l that smells of flowers and is sold "
         "in glass; these 600 PET bottles have vented caps and bulging walls, hold a water-clear liquid of "
         "1.13 kg/l with no sugar or scent that whitens the skin and froths on a cut, and a peroxide strip turns "
         "dark at once: about 35 % hydrogen peroxide (Annex I above 12 %), for a Zagreb health-food web shop that "
         "sells to the public, on a van at Stara Gradiška; Bosnian wording (hydrogen peroxide repeats in many sets "
         "and syrup and cordial covers in several; an elderflower label was found in no earlier row by a keyword "
         "search)", firm("Orion Zdrava Hrana d.o.o.", "HR")),
        ("PRE-02", "import", "ITPOST01", "post", "BD", [], "IT", "380891",
         "মশা তাড়ানোর তরল রিফিল, ৪৫ মিলি, ৬০টি", "BD", 3.1, 60, 2400, "BDT",
         "liquid mosquito-vaporiser refills are 45 ml bottles of a light, kerosene-smelling liquid of 0.78 kg/l "
         "with a wick; these 60 bottles have no wick, hold a liquid of 1.14 kg/l that smells faintly fruity, sinks "
         "in water and softens the plastic, and the inner caps are PTFE-lined: nitromethane (Annex I above 16 %), "
         "posted from Dhaka to a private person in Rome, although flammable liquids travel by post only in tiny, "
         "declared quantities; Bengali wording (nitromethane repeats in many sets under fuel, lamp-oil and spirits "
         "labels; a mosquito-repellent label was found in no earlier row by a keyword search)",
         person("Sig. M. Rahman", "IT")),
        ("PRE-03", "import", "DEPOST01", "post", "KG", [], "DE", "271019",
         "Вазелин майы (суюк парафин), дарыканалык, 4 бөтөлкө x 1 л", "KG", 7.4, 4, 1200, "KGS",
         "vaseline oil (liquid paraffin) is a tasteless, odourless oil of 0.85 kg/l that floats on water and feels "
         "slippery; these four bottles weigh 1.84 kg/l, the liquid is oily but sinks, grows hot with a drop of "
         "water, chars a paper strip black and etches the bottle threads: about 96 % sulphuric acid (Annex I above "
         "15 %), posted from Bishkek to a private person in Bielefeld, although corrosive liquids travel by post "
         "only as declared dangerous goods; Kyrgyz wording (sulphuric acid repeats in many sets under syrup, "
         "glycerine and battery labels, and under a white-oil label for chopping boards in blind105; kept as a "
         "repeat cover family, a pharmacy vaseline-oil label in Kyrgyz by post was found in no earlier row by a "
         "keyword search)", person("Frau O. Wolf", "DE")),
        ("PRE-04", "import", "HUAIR01", "air", "CN", [], "HU", "110819",
         "西湖藕粉, 纯藕粉, 500克袋装, 600袋", "CN", 300, 600, 9000, "CNY",
         "lotus-root starch is a pinkish-grey, flaky powder that turns into a translucent, sweet paste with "
         "boiling water; these 600 bags hold a heavy, bright-white, fine powder that does not thicken, barely "
         "dissolves, flares violently mixed with sugar and whose inner liners read 'KClO4 99.5 %', for a Budapest "
         "Asian supermarket that sells to the public: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Hangzhou; Chinese wording (potassium perchlorate repeats in many sets "
         "and starch covers, arrowroot (blind112) and kudzu (blind121) among them, in several; a lotus-root label "
         "was found in no earlier row by a keyword search)", firm("Horizon Ázsia Élelmiszer Kft.", "HU")),
        ("PRE-05", "import", "PTAIR01", "air", "NP", [], "PT", "100890",
         "लट्टे (रामदाना) अनाज, १ केजी प्याकेट, ४०० प्याकेट", "NP", 400, 400, 60000, "NPR",
         "amaranth grain is tiny (1 mm), cream-coloured, lens-shaped seed that smells of hay; these 400 packets "
         "hold white, round, 2 mm prills that turn ice-cold in water, smell of nothing, test at 34 % N and melt and "
         "fume on a hot plate, for a Lisbon Nepali grocery that sells to the public: ammonium nitrate (Annex I at "
         "16 % N or more) retail-packed for members of the public, flown from Kathmandu; Nepali wording (ammonium "
         "nitrate repeats in many sets and grain covers, fonio (blind128), millet and quinoa (blind125) among them, "
         "in several; an amaranth label was found in no earlier row by a keyword search)",
         firm("Atlantic Mercearia Lda", "PT")),
        ("PRE-06", "import", "ITAIR01", "air", "IN", [], "IT", "250100",
         "ਕਾਲਾ ਨਮਕ (kala namak), 1 ਕਿਲੋ ਪੈਕਟ, 500 ਪੈਕਟ", "IN", 500, 500, 30000, "INR",
         "kala namak is a pinkish-grey, lumpy rock salt that smells of boiled eggs and tastes of salt and sulphur; "
         "these 500 packs hold clean, white, colourless crystals with no smell and no salt taste, that draw damp "
         "and flare yellow on a gas ring, and the inner liners read 'NaClO3': sodium chlorate (Annex I above 40 %), "
         "for a Latina Punjabi grocery that sells to the public, flown from Amritsar; Punjabi wording (sodium "
         "chlorate repeats in many sets under salt labels, koshering, Dead Sea and bamboo salts among them; a "
         "kala-namak label was found in no earlier row by a keyword search)", firm("Delta Alimentari Srl", "IT")),
        ("PRE-07", "import", "ATAIR01", "express", "KR", [], "AT", "170290",
         "알룰로스 분말 감미료, 1 kg, 4 봉지", "KR", 4, 4, 80000, "KRW",
         "allulose is a fine, sweet, white sugar powder that melts and browns on heating; these four bags hold "
         "shiny, tasteless crystals that cool the tongue slightly, do not dissolve sweetly, and spit violet sparks "
         "on a hot iron with a pinch of sugar: potassium chlorate (Annex I above 40 %), sent by express from Seoul to "
         "a private person in Graz; Korean wording (potassium chlorate repeats in many sets and sweetener covers, "
         "erythritol, xylitol, trehalose (blind128) and isomalt among them, in several; an allulose label was "
         "found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "CZAIR01", "air", "MN", [], "CZ", "200990",
         "Чацарганы шүүс, 100 % байгалийн, 1 л шил, 900 ширхэг", "MN", 1260, 900, 1350, "USD",
         "sea-buckthorn juice is an opaque, orange, oily juice that separates in the bottle and smells of "
         "pineapple; these 900 bottles hold a clear to pale-yellow liquid of 1.40 kg/l that fumes brown when "
         "opened, yellows the skin, eats into a copper coin and has PTFE-lined caps, at 1.50 USD a bottle for a "
         "Prague Mongolian shop that sells to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed "
         "for members of the public, flown from Ulaanbaatar; Mongolian wording (nitric acid repeats in many sets "
         "under vinegar and sour-juice labels, calamansi, yuzu (blind108) and sour orange (blind127) among them; a "
         "sea-buckthorn label was found in no earlier row by a keyword search)", firm("Vega Potraviny s.r.o.", "CZ")),
        ("PRE-09", "import", "ESAIR01", "express", "CL", [], "ES", "110820",
         "Inulina de achicoria en polvo, prebiótico, 4 bolsas de 1 kg", "CL", 4, 4, 36000, "CLP",
         "chicory inulin is a light, slightly sweet, cream-coloured powder that dissolves into a cloudy drink; "
         "these four bags hold a heavier, pure-white, crystalline powder that draws damp into a crust, has no taste "
         "of sugar and burns brightly mixed with it, and the foil lining reads 'NaClO4 · H2O': sodium perchlorate "
         "(Annex I above 40 %), sent by express from Santiago to a private person in Valladolid; Chilean Spanish "
         "wording (sodium perchlorate repeats in many sets and supplement covers, maltodextrin (blind128) and "
         "creatine among them, in several; an inulin label was found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("PRE-10", "import", "DKPOST01", "post", "IS", [], "DK", "220110",
         "Íslenskt lindarvatn, 6 flöskur x 1 l", "IS", 7.2, 6, 6000, "ISK",
         "Icelandic spring water is soft, neutral water of 1.00 kg/l in sealed PET; these six bottles have vented "
         "caps, weigh 1.20 kg/l, the liquid stings a cut, bleaches a drop of coffee at once and a peroxide strip "
         "reads off the scale: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Reykjavík to a "
         "private person in Odense; Icelandic wording (hydrogen peroxide repeats in many sets under water labels, "
         "glacier water (blind80) among them; a spring-water label and Icelandic wording were found in no earlier "
         "precursor row by a keyword search)", person("Mette Jensen", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "NOSEA01", "sea", "NO", [], "IN", "854590",
         "Grafittelektrodeskrap, rene biter, for oppkulling, storsekker, 25 t", "NO", 25000, None, 5000, "EUR",
         "graphite-electrode scrap is clean, silver-grey, machined stub ends that ring when struck and leave a "
         "pencil mark; these bags hold dull black carbon blocks with a white, crusty fluoride skin, mixed with "
         "broken refractory brick, that smell of ammonia when wet and read cyanide on a swab, dug out of the cells "
         "of a Helgeland primary-aluminium smelter: spent pot lining (16 11 01*), hazardous waste whose export to a "
         "non-OECD country is banned, by sea from Mosjøen to a Visakhapatnam 'recarburiser' buyer; Norwegian "
         "wording (spent pot lining repeats in many sets; kept as a known repeat, a graphite-electrode-scrap "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "GW", "950629",
         "Pesos de mergulho em chumbo, novos, revestidos a vinil, 18 t", "PT", 18000, None, 14400, "EUR",
         "new diving weights are smooth, vinyl-coated 1-2 kg blocks with belt slots, boxed in pairs; these bags "
         "hold loose, dirty, clip-on wheel-balancing weights of 5 to 60 g, many with steel clips and tyre-shop "
         "paint, swept up from Lisbon and Porto tyre fitters and scrap yards: lead-bearing metal wastes (Basel A1010), "
         "whose export to a non-OECD country is banned, from Leixões to a Bissau 'fishing "
         "cooperative'; Portuguese wording (lead wastes repeat in many sets and sinker labels in a few; wheel "
         "weights and a diving-weight label were found in no earlier row by a keyword search)",
         {"importer_country": "GW"}),
        ("WST-03", "export", "CYSEA01", "sea", "CY", [], "EG", "280300",
         "Αιθάλη (carbon black) N550 για ελαστικά, σάκοι 25 kg, 20 t", "CY", 20000, 800, 4000, "EUR",
         "rubber-grade carbon black N550 is a feather-light, jet-black, dust-free bead that floats on water "
         "(about 0.35 kg/l); these sacks hold a heavy (0.9 kg/l), grey-black, sticky ash that smells of sulphur, "
         "sinks, tests at 8 % vanadium and 4 % nickel and stains the hands, swept from the heavy-fuel-oil boilers "
         "of a Cypriot power station: oil fly ash and boiler dust (10 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Limassol to an Alexandria 'tyre retreader'; Greek wording from Cyprus "
         "(boiler ash repeats once, as a vanadium ore from Cyprus, and carbon-black labels twice, on toner; kept "
         "as a repeat good on a new cover)", {"importer_country": "EG"}),
        ("WST-04", "export", "LUROAD01", "road", "LU", ["FR", "ES"], "MA", "261800",
         "Gemuelen granuléiert Héichuewe-Schlak (GGBS) fir Beton, 24 t", "LU", 24000, None, 1200, "EUR",
         "GGBS is an off-white, glassy, talc-fine powder of even colour; this tipper holds grey, lumpy, "
         "salt-crusted dust that cakes in damp air, reads high chloride and lead and hisses with ammonia in water, "
         "from the flue-gas cleaning of a Luxembourg municipal-waste incinerator: air-pollution-control residues "
         "(19 01 07*), hazardous waste whose export to a non-OECD country is banned, by road through France and "
         "Spain and on the Algeciras ferry to a Tangier 'concrete plant'; Luxembourgish wording (incinerator "
         "residues repeat in many sets, as tile adhesive in blind127 among others; a GGBS label was found in no "
         "earlier row by a keyword search, and Luxembourgish wording in none)", {"importer_country": "MA"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "GQ", "850212",
         "Grupos electrógenos diésel usados, revisados, 150 kVA, 4 unidades", "ES", 8000, 4, 24000, "EUR",
         "a used-equipment container for Malabo: overhauled generating sets and office furniture are what "
         "Valencia dealers ship to Equatorial Guinea, but the third item's 'baterías recargables usadas, probadas' "
         "are 300 swollen, leaking, crusted nickel-cadmium blocks from a Madrid tram-depot and UPS clear-out, with "
         "no test labels: spent Ni-Cd batteries (16 06 02*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration; Spanish wording (Ni-Cd batteries repeat in "
         "several sets, and Malabo twice, on R-22 mortuary fridges (blind59) and expired medicines (blind95); kept "
         "as repeats, behind generating sets to Equatorial Guinea is the new part)",
         dict({"importer_country": "GQ"},
              _more_items=[item("940330", "Mobiliario de oficina usado, madera, 80 piezas", "ES", 2400, 1600, "EUR", qty=80),
                           item("850730", "Baterías recargables usadas, probadas, 300 unidades", "ES", 6000, 900, "EUR", qty=300)])),
        ("WST-06", "export", "LVSEA01", "sea", "LV", [], "GE", "251749",
         "Akmens milti augsnes remineralizācijai, beramā veidā, 30 t", "LV", 30000, None, 1500, "EUR",
         "basalt rock dust is a dry, grey, gritty powder that smells of nothing; this hold lot is a dark, wet, "
         "silty mud that smells of diesel and rot, with shell fragments and paint flakes, and reads tributyltin "
         "and 6 g/kg of hydrocarbons, dredged from the Riga free port's ship-repair basins: dredging spoil "
         "containing hazardous substances (17 05 05*), hazardous waste whose export to a non-OECD country is "
         "banned, from Riga to a Poti 'agricultural' buyer; Latvian wording (dredging spoil repeats in several "
         "sets; a rock-dust label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-07", "export", "SKROAD01", "road", "SK", [], "UA", "701990",
         "Sklenené vláknové filtre do lakovacích kabín, nové, role, 6 t", "SK", 6000, None, 900, "EUR",
         "new paint-arrest filters are clean, white-and-green, springy glass-fibre mats rolled in film; these "
         "rolls are crushed, stiff with layers of coloured overspray, reek of solvent and catch fire from a match, "
         "pulled from the spray booths of a Žilina car plant: absorbents and filter materials contaminated by "
         "hazardous substances (15 02 02*), hazardous waste whose export to a non-OECD country is banned, at "
         "Vyšné Nemecké for a Uzhhorod 'insulation' buyer; Slovak wording (paint-booth sludge repeats once, in "
         "blind45, and contaminated absorbents in several; a paint-filter label was found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-08", "transit", "NLSEA01", "sea", "GB", ["NL"], "AE", "850760",
         "Lithium golf trolley batteries, 12 V 22 Ah, new, boxed, 1,200 pcs", "GB", 9600, 1200, 36000, "GBP",
         "new golf-trolley batteries are identical, shrink-wrapped packs in printed boxes with a UN 38.3 "
         "summary; these boxes hold mismatched, scuffed e-scooter and e-bike packs from London hire fleets, some "
         "swollen, with cut cables and taped terminals and no state-of-charge labels: waste lithium-ion batteries "
         "(A1180/A1170, 16 06 05 and damaged cells), shipped through the Union without the notification and "
         "consent that transit requires, landed at Rotterdam in transit from Felixstowe to Jebel Ali; British "
         "English wording (waste lithium batteries repeat in many sets, and golf-cart labels once, on lead-acid "
         "blocks; hire-fleet packs in transit through Rotterdam are the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "151211",
         "Ulei brut de floarea-soarelui, pentru biodiesel, cisternă, 22 t", "RO", 22000, None, 6600, "EUR",
         "crude sunflower oil is a clear, amber oil that smells of seeds and sets cloudy in the cold; this tanker "
         "holds a black, thin oil that smells of burnt engine and diesel, with water and metal fines at the "
         "bottom, collected from Bucharest bus depots and car services: waste engine and hydraulic oils (13 02 "
         "05*, 13 01 10*), hazardous waste whose export to a non-OECD country is banned, at Albița for a Chișinău "
         "'biodiesel plant'; Romanian wording (waste oils repeat in many sets; a sunflower-oil label appears once, "
         "on a sanctions row (blind54); on waste oil by road to Moldova it is the new part)",
         {"importer_country": "MD"}),
        ("WST-10", "export", "EEROAD01", "road", "EE", ["LV", "LT", "PL"], "UA", "262190",
         "Põlevkivituhk tsemendi lisandiks, lahtiselt, 24 t", "EE", 24000, None, 720, "EUR",
         "oil-shale fly ash from power-plant boilers is a dry, light-grey powder sold to cement works; this "
         "tipper holds black, lumpy, oily semi-coke that smells of tar and phenol and stains water brown, dug "
         "from the retort spoil heaps of an Ida-Viru shale-oil plant: semi-coke containing oil and phenols "
         "(05 07 99 classified hazardous in Estonia, with 19 02 05* sludges), whose export to a non-OECD country "
         "is banned, by road through Latvia, Lithuania and Poland to a Kovel 'cement' buyer; Estonian wording "
         "(Ida-Viru semi-coke repeats blind123, in Estonian under an agricultural-lime label; kept as a known "
         "repeat, an oil-shale-ash cement label by road to Ukraine was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "CN", [], "SI", "290349",
         "Apafluran, farmacevtski potisni plin za inhalatorje, jeklenke po 50 kg, 40 kosov", "CN", 2000, 40, 12000,
         "USD",
         "'apaflurane' is the pharmacopoeia name of HFC-227ea, and pharmaceutical propellant comes in small lots "
         "with a certificate of analysis for an inhaler filler; these 40 red 50 kg cylinders with fire-suppression "
         "valve outlets go to a Ljubljana fire-protection installer that fills server-room systems and makes no "
         "medicine: bulk HFC-227ea placed on the Union market without the quota authorisation Regulation 2024/573 "
         "requires, declared under a pharmaceutical name, by sea from Ningbo to Koper; Slovenian wording "
         "(HFC-227ea repeats in many sets under FM-200 labels; a pharmacopoeia-name label, apaflurane, was found in "
         "no earlier row by a keyword search)", firm("Vega Požarna Zaščita d.o.o.", "SI")),
        ("OZN-02", "import", "PLPOST01", "post", "UA", [], "PL", "381400",
         "Рідина для чищення годинникових механізмів, 4 x 1 л", "UA", 6.3, 4, 1600, "UAH",
         "modern watch-cleaning solutions are ammonia-free, water-based or light naphtha blends of about 0.8 "
         "kg/l; these four tins hold a non-flammable liquid of 1.57 kg/l that boils in a warm hand and smells "
         "faintly of ether, and the Soviet factory stencil under the new label reads 'хладон-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, posted from Kharkiv to a watchmaker "
         "in Rzeszów; Ukrainian wording (CFC-113 repeats in several sets, under a watch-cleaning label once, in "
         "blind71, from Japan to Italy; kept as a repeat cover, Soviet stock by post from Ukraine is the new part "
         "as far as a search found)", person("Pan J. Zieliński", "PL")),
        ("OZN-03", "import", "FRSEA01", "sea", "TN", [], "FR", "842410",
         "طفايات حريق بالمادة الكيميائية الرطبة للمطابخ، 6 لتر، 500 قطعة", "TN", 4500, 500, 9000, "EUR",
         "wet-chemical kitchen extinguishers hold a potassium-acetate solution that sloshes, freezes only far "
         "below zero and is sprayed as a fine mist; these 500 units hold a liquid under its own pressure that "
         "vanishes as a gas when sprayed, weigh 1.83 kg/l and their valves are stamped 'BCF': halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, "
         "by sea from Radès to Marseille for a restaurant-equipment dealer; Tunisian Arabic wording (halon 1211 "
         "repeats in many sets under powder-extinguisher labels, and wet-chemical kitchen extinguishers twice, "
         "blind77 and blind118; kept as a repeat cover, from Tunisia to Marseille is the new part as far as a "
         "search found)", firm("Rivage Équipement Restauration SARL", "FR")),
        ("OZN-04", "import", "GRROAD01", "road", "MK", [], "GR", "870880",
         "Амортизери за патнички возила, нови, 400 парчиња", "MK", 1200, 400, 8000, "EUR",
         "a car-parts lorry from Skopje for a Thessaloniki wholesaler: shock absorbers and tyres are what "
         "Macedonian distributors send south, but the third item's 'спреј за чистење на клима уреди' weighs 13.6 kg "
         "a 'can': 300 one-way steel cylinders of HFC-134a with car-AC couplings, the labels peeled off: HFC "
         "refrigerant in non-refillable containers, banned in the Union, imported without quota, hidden as the "
         "last item of a three-item declaration, at Evzonoi; Macedonian wording (HFC-134a in one-way cylinders "
         "repeats in many sets and North Macedonian routes in several; an air-conditioner cleaner label behind "
         "shock absorbers is the new part as far as a search found)",
         dict(firm("Delta Antallaktika AE", "GR"),
              _more_items=[item("401110", "Гуми за патнички возила, нови, 300 парчиња", "MK", 2700, 9000, "EUR", qty=300),
                           item("340290", "Спреј за чистење на клима уреди, 600 парчиња", "MK", 4080, 1200, "EUR", qty=600)])),
        ("OZN-05", "transit", "GRSEA01", "sea", "CN", ["GR"], "LY", "382769",
         "Refrigerant R-455A (A2L, low GWP), 11.3 kg cylinders, 1,000 pcs", "CN", 11300, 1000, 26000, "USD",
         "R-455A is a new, mildly flammable blend sold in red-banded cylinders with a left-hand thread; these "
         "1,000 green cylinders have right-hand valves, read 9.4 bar at 20 °C, the gas does not burn, and the "
         "shoulder stamps under the stickers read 'R22': HCFC-22 (chlorodifluoromethane), a controlled substance "
         "whose transit through the Union is banned (Regulation 2024/590), landed at Piraeus in transit from "
         "Ningbo to Misrata; English wording from a Chinese shipper (HCFC-22 repeats in many sets and low-GWP "
         "blend labels in several; an R-455A label was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("OZN-06", "import", "IESEA01", "sea", "CN", [], "IE", "392490",
         "Insulated ice chests, rotomoulded, PU foam, 45 l, 600 pcs", "CN", 6000, 600, 21000, "USD",
         "rotomoulded cool boxes are foamed with cyclopentane or water-blown polyurethane; a core cut from one of "
         "these 600 chests gives off a sweet, chloroform-like gas when crushed and a head-space test gives "
         "trichlorofluoromethane, for a Cork camping-goods wholesaler: products containing CFC-11, whose import "
         "into the Union is banned (Regulation 2024/590), by sea from Ningbo to Cork; English wording (CFC-11 in "
         "foam repeats in many sets and rigid cool boxes once, in blind65; kept as a repeat cover, rotomoulded "
         "ice chests to Ireland are the new part as far as a search found)", firm("Atlantic Outdoor Ltd", "IE")),
        ("OZN-07", "import", "GRSEA01", "sea", "JO", [], "GR", "380892",
         "مبيد تعقيم التربة دازوميت 98% حبيبات، أكياس 20 كغ، 100 كيس", "JO", 2000, 100, 6000, "USD",
         "dazomet is a white granule in 20 kg woven sacks that smells faintly of sulphur; these 'sacks' are "
         "cartons of 680 g steel cans that hiss when pierced, hold a heavy liquid that boils away at 4 °C with no "
         "smell and are marked 'CH3Br 98 %, chloropicrin 2 %' under the sleeves: methyl bromide, whose import into "
         "the Union is banned (no quarantine exemption remains), by sea from Aqaba to Heraklion for a greenhouse "
         "supplier; Jordanian Arabic wording (methyl bromide repeats in many sets; a dazomet label was found once, "
         "in blind73; kept as a repeat cover, from Jordan to Crete is the new part as far as a search found)",
         firm("Orion Agrotika AE", "GR")),
        ("OZN-08", "export", "PTSEA01", "sea", "PT", [], "CV", "382769",
         "Gás refrigerante R-427A, garrafas retornáveis 11,3 kg, 120 unidades", "PT", 1360, 120, 4800, "EUR",
         "R-427A is an HFC blend that leaks out of its cylinder at about 7 bar and carries a blend label; these "
         "120 dented returnable cylinders were filled with gas recovered from hotel chillers in the Algarve, read "
         "like chlorodifluoromethane on an analyser and still carry their recovery tags: recovered HCFC-22, whose "
         "export from the Union is banned (Regulation 2024/590), from Lisbon to a Praia refrigeration workshop; "
         "Portuguese wording (recovered HCFC-22 repeats in many sets and HFC-blend labels in several; an R-427A "
         "label was found in no earlier row by a keyword search)", {"importer_country": "CV"}),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "851610",
         "Elektrikli termosifon, 80 litre, emaye tank, 200 adet", "TR", 11000, 200, 24000, "EUR",
         "electric storage water heaters are a tank with a resistance element and weigh about 25 kg; these 200 "
         "weigh 55 kg, carry a compressor, a fan and an evaporator on top and a rating plate reading 'R-134a "
         "0.9 kg': heat-pump water heaters pre-charged with HFC, placed on the market without the declaration of "
         "conformity and quota coverage Regulation 2024/573 requires, at Kapitan Andreevo for a Plovdiv "
         "installer; Turkish wording (pre-charged equipment repeats in many sets, and heat-pump water heaters "
         "charged with R-22 in a few; kept as a repeat family, an HFC charge under a resistance-heater label by "
         "road from Türkiye is the new part as far as a search found)", firm("Central Termo EOOD", "BG")),
        ("OZN-10", "import", "SEAIR01", "express", "US", [], "SE", "382499",
         "Dog training spray, compressed air, 50 ml, 120 pcs", "US", 7.2, 120, 1200, "USD",
         "a compressed-air dog-training spray holds air or nitrogen at a few bar in a light aluminium can; these "
         "120 cans frost the nozzle when sprayed, hold liquid that boils off, and the small print on the original "
         "US labels reads '1,1,1,2-tetrafluoroethane': novelty and technical aerosols with HFC-134a, whose placing "
         "on the Union market is banned (Regulation 2024/573), sent by express from Texas to a Gothenburg "
         "dog-training school; US English wording (HFC-134a aerosols repeat in many sets, and a dog-training spray "
         "once, in blind58; kept as a repeat cover, by express to Sweden is the new part as far as a search "
         "found)", firm("Nordhafen Hundskola AB", "SE")),
    ],
    "cultural": [
        ("CUL-01", "transit", "MTSEA01", "sea", "LY", ["MT"], "AE", "691390",
         "جرار فخارية تقليدية من غريان، مصنوعة يدوياً، 40 قطعة", "LY", 320, 40, 800, "USD",
         "Gharyan pottery is wheel-thrown, red-orange, freshly fired and sold by the dozen; these 40 pieces are "
         "hand-built, smoke-blackened bowls and jars with incised rims, Roman glass beakers wrapped in rags among "
         "them, packed with desert sand and grave earth still in the cracks: Garamantian grave goods dug from "
         "the cemeteries around Germa in the Fezzan, whose export Libya forbids, landed at Valletta in transit from "
         "Misrata to Dubai, an introduction Regulation 2019/880 forbids even in transit; Libyan Arabic wording "
         "(Libyan antiquities repeat in many sets and Garamantian objects once, in blind55; a Gharyan-pottery "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("CUL-02", "import", "ITPOST01", "post", "ER", [], "IT", "830629",
         "ናይ ጥንታዊ ሳንቲማት ቅዳሕ (replica), መዘከርታ, 40", "ER", 0.2, 40, 40, "USD",
         "souvenir replica coins are bright, machine-struck and identical; these 40 are small, worn bronze and a "
         "few gold coins, each a little different, with a crowned king's bust, a cross and Ge'ez legends, and "
         "green earth crusts in the letters: Aksumite coins (3rd-7th century) found on sites around Matara and "
         "Qohaito, archaeological objects whose export Eritrea forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Asmara to a private collector in Bologna; Tigrinya wording "
         "(Aksumite objects once, in blind53; replica-coin labels repeat in a few sets; from Eritrea by post is the "
         "new part as far as a search found)", person("Sig. T. Haile", "IT")),
        ("CUL-03", "import", "ESROAD01", "road", "MA", [], "ES", "680299",
         "Dalle décorative en pierre fossile, polie, 1 pièce", "MA", 180, 1, 300, "EUR",
         "the fossil slabs sold at Erfoud are black limestone sawn flat and polished, full of orthoceras; this "
         "180 kg slab is unpolished sandstone with a desert-varnish patina, pecked with giraffes, antelopes and "
         "spirals, and fresh chisel scars on the back where it was split from the rock: a Neolithic petroglyph cut "
         "from a rock-art site in the Draa valley, archaeological heritage whose export Morocco forbids, brought "
         "in without the import licence Regulation 2019/880 requires, on a lorry off the Tanger Med ferry at "
         "Algeciras for a Málaga mineral dealer; Moroccan French wording (petroglyphs appear twice, from "
         "Kyrgyzstan in blind122 and in a development set; a polished-fossil-slab label on Moroccan rock art was "
         "found in no earlier row by a keyword search)", firm("Meridian Minerales SL", "ES")),
        ("CUL-04", "import", "ESAIR01", "air", "MX", [], "ES", "691390",
         "Incensarios de copal de barro, artesanía de Oaxaca, 4 piezas", "MX", 24, 4, 180, "USD",
         "Oaxacan copal burners are new, thin-walled, painted or black-polished and cost a few dollars; these four "
         "are thick, grey, unpainted effigy urns with a seated figure in a jaguar-and-Cocijo headdress, with root "
         "marks, lime crust and a tomb soil smell: Zapotec funerary urns (Monte Albán, 200-700 AD), archaeological "
         "monuments of the Mexican nation whose export is forbidden, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Oaxaca via Mexico City to Madrid for a decorator; Mexican "
         "Spanish wording (Zapotec urns repeat twice and an Oaxacan black-pottery label once, in blind50; kept as a "
         "repeat good, a copal-burner label was found in no earlier row by a keyword search)",
         firm("Rivage Artesanía SL", "ES")),
        ("CUL-05", "import", "NLAIR01", "air", "PE", [], "NL", "680299",
         "Rumimanta llamk'asqa uyakuna, musuq, 2", "PE", 90, 2, 120, "USD",
         "new stone carvings from Ayacucho are small, white Huamanga alabaster; these two are 45 kg grey "
         "limestone heads with fangs, snake hair and a long tenon at the back to set them in a wall, weathered "
         "and lichen-stained: Chavín tenon heads (c. 900-200 BC) taken from a site in the Ancash highlands, "
         "whose export Peru forbids, brought in without the import licence Regulation 2019/880 requires, flown "
         "from Lima to Amsterdam for an ethnographic dealer; Quechua wording (Chavín objects repeat twice and "
         "Quechua wording once, in blind123, on textiles; a new-stone-carving label on a tenon head was found in "
         "no earlier row by a keyword search)",
         firm("Orion Etnika BV", "NL")),
        ("CUL-06", "export", "IEAIR01", "express", "IE", [], "US", "711719",
         "Gold-plated brass bangle, vintage costume jewellery, 1 pc", "IE", 0.3, 1, 45, "EUR",
         "vintage gilt-brass bangles are hollow, light and marked with a maker's stamp; this is a solid, heavy "
         "C-shaped gold bar with two cup-shaped terminals, fine hammered surface and peat staining, found with a "
         "metal detector in a Co. Tipperary bog: a Late Bronze Age gold dress-fastener, an archaeological object "
         "that belongs to the State under the National Monuments Acts and may leave the Union only with the "
         "licence of Regulation 116/2009, sent by express from Dublin to a buyer in Boston; Irish English wording "
         "(Irish gold ornaments repeat in a few sets, lunulae twice, and costume-jewellery labels on ancient gold "
         "in several; kept as a repeat cover, a Bronze Age dress-fastener by express to Boston is the new part as "
         "far as a search found)", {"importer_country": "US"}),
        ("CUL-07", "import", "NLSEA01", "sea", "LK", [], "NL", "090240",
         "ලංකා කළු තේ, තොග, 18 t", "LK", 18000, None, 72000, "USD",
         "a Colombo container for a Rotterdam importer of Sri Lankan goods: black tea and coir mats are what such "
         "importers buy, but the third item's 'අම්බලන්ගොඩ ලී වෙස් මුහුණු' (Ambalangoda wooden masks) is one 40 kg "
         "crate holding a weathered dolomite-marble Buddha head with snail-shell curls, iron staining and a "
         "broken neck, of Anuradhapura style: an archaeological object whose export Sri Lanka forbids, brought "
         "in without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration; Sinhala wording (Anuradhapura antiquities repeat in a few sets; behind tea and coir under "
         "a mask label is the new part as far as a search found)",
         dict(firm("Horizon Ceylon Import BV", "NL"),
              _more_items=[item("570220", "පොල් කෙඳි පාපිස්නා, 2,000", "LK", 4000, 6000, "USD", qty=2000),
                           item("442090", "අම්බලන්ගොඩ ලී වෙස් මුහුණු, 20", "LK", 40, 200, "USD", qty=20)])),
        ("CUL-08", "export", "HUROAD01", "road", "HU", ["AT"], "CH", "442019",
         "Festett fafaragás, népművészeti szentszobor, új, 1 db", "HU", 38, 1, 250, "EUR",
         "new folk-art saints are bright, small, roughly carved lime figures; this is a 1.3 m polychrome and "
         "gilded saint with a hollowed back, original chalk ground, worm holes and iron hooks that fixed it to an "
         "altar, matching a Baroque Saint John of Nepomuk stolen from a church in Nógrád county: a sculpture over "
         "50 years old exported without the licence Regulation 116/2009 requires and the Hungarian permit, by "
         "road through Austria to a Basel restorer; Hungarian wording (stolen church sculpture repeats in several "
         "sets and new-folk-art labels on old carvings in a few, blind118 and blind120 among them; kept as a "
         "repeat cover, a Hungarian church saint by road to Switzerland is the new part as far as a search "
         "found)",
         {"importer_country": "CH"}),
        ("CUL-09", "import", "DEPOST01", "post", "TJ", [], "DE", "680990",
         "Ганчкорӣ, ҳайкалчаи ороишӣ, нав, 1 адад", "TJ", 3.5, 1, 60, "USD",
         "new ganch carving is bright-white, hard-carved gypsum plaster with crisp geometric ornament; this is "
         "the soft, grey, unbaked-clay head of a Buddha with traces of red paint and a wooden armature peg, "
         "crumbling at the neck: a Kushan-to-early-medieval Buddhist sculpture from a monastery site of the Vakhsh "
         "valley, archaeological heritage whose export Tajikistan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Dushanbe to a private collector in Munich; Tajik wording "
         "(Central Asian Buddhist objects repeat in a few sets and ganch once, in blind116; kept as a repeat cover, "
         "Tajik wording by post is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-10", "export", "HRROAD01", "road", "HR", [], "BA", "680299",
         "Mozaik od kamenčića, suvenir, nova izrada, 1 kom", "HR", 60, 1, 80, "EUR",
         "souvenir mosaics are small, even, machine-cut tesserae glued on a mesh; this is a 1 m2 panel of "
         "irregular limestone and terracotta tesserae in a guilloche border, set in thick lime mortar with soil on "
         "the back, lifted from a Late Roman villa floor near Solin (Salona): an archaeological object over 100 "
         "years old exported without the licence Regulation 116/2009 requires and against Croatian heritage law, "
         "on a van at Kamensko for a Livno buyer; Croatian wording (Roman mosaics repeat in several sets and "
         "new-mosaic labels in a few; from Croatia by road to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "AE", "841939",
         "Vriesdrogers voor thuisgebruik, tafelmodel, 4 stuks", "NL", 6400, 4, 9600, "EUR",
         "home freeze dryers are 60 kg countertop boxes with a small vacuum pump, sold at a few thousand euros; "
         "these four crates hold two 3 t stainless pharmaceutical lyophilisers with steam-sterilisable chambers, "
         "a 40 kg ice condenser and clean-in-place piping, for a Jebel Ali 'food equipment' trader whose last "
         "consignments went to a Tehran pharmaceutical institute: freeze-drying equipment controlled under dual-use "
         "2B352 and listed in the Iran regulation (267/2012), exported without a licence, by sea from Rotterdam; "
         "Dutch wording (freeze-dryers repeat in a few sets, under household-dehydrator and home-freeze-dryer "
         "labels in blind106 and blind125; kept as a repeat cover, by sea from Rotterdam is the new part as far as "
         "a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "BGROAD01", "road", "BG", ["TR"], "SY", "283620",
         "Калцинирана сода, плътна, за стъкларство, чували 25 кг, 20 т", "BG", 20000, 800, 6400, "EUR",
         "dense soda ash from Devnya is a white, free-flowing, odourless granule; these sacks hold yellow-red "
         "flakes that smell of rotten eggs when damp, turn the skin slippery and blacken a lead-acetate strip: "
         "sodium sulphide (dual-use 1C350, a chemical-weapons precursor), exported without the licence "
         "Regulation 2021/821 requires and to Syria, whose chemical imports Regulation 36/2012 restricts, by road "
         "through Türkiye to an Aleppo 'glassworks'; Bulgarian wording (sodium sulphide repeats in several sets; a "
         "soda-ash label appears once, in blind32; kept as a repeat cover, by road from Bulgaria to Syria is the "
         "new part as far as a search found)", {"importer_country": "SY"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "GE", "870323",
         "Gebrauchte SUV, Benzin, Bj. 2047, 2 Stück", "DE", 5200, 2, 56000, "EUR",
         "two used petrol SUVs at 28,000 EUR each are mid-size 2-litre cars; these are two almost new 6-litre "
         "twelve-cylinder luxury SUVs with hand-stitched interiors, listed at over 200,000 EUR each, consigned to a "
         "Poti dealer whose buyers collect them with Russian plates: luxury cars above 50,000 EUR, whose sale for "
         "use in Russia Regulation 833/2014 forbids, declared under the wrong engine subheading and undervalued, "
         "by sea from Bremerhaven; German wording (luxury cars for Russia repeat in several sets, as used SUVs for "
         "Georgian dealers among them; kept as a repeat cover, twelve-cylinder SUVs under a 2-litre subheading "
         "are the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "KZ", "950629",
         "Fucili subacquei pneumatici per pesca in apnea, 40 pezzi", "IT", 180, 40, 6000, "EUR",
         "pneumatic spearguns are light aluminium tubes with a plastic grip and a harpoon shaft; these 40 cases "
         "hold over-and-under shotguns with engraved receivers and walnut stocks, 3.3 kg each, broken down into "
         "barrels and actions, for an Almaty 'diving shop' whose orders go on to Moscow: firearms whose sale "
         "for use in Russia Regulation 833/2014 forbids, exported without the firearms export authorisation "
         "Regulation 258/2012 requires, flown from Milan; Italian wording (firearms repeat in several sets; a "
         "speargun label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "PK", "901849",
         "Dentální intraorální 3D skener, 2 ks", "CZ", 1800, 2, 12000, "EUR",
         "intraoral dental scanners are hand-held wands with a cart, a few kilograms each; these two crates hold a "
         "1.8 t bridge-type coordinate measuring machine on a granite bed with a touch-trigger probe and a "
         "calibration certificate of 1.5 µm, for a Rawalpindi 'dental lab' registered at a defence estate: a CMM "
         "controlled under dual-use 2B006, exported without the licence Regulation 2021/821 requires, flown from "
         "Prague; Czech wording (coordinate measuring machines repeat in a few sets; a dental-scanner label was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "FIAIR01", "air", "FI", [], "RS", "730431",
         "Hoonattu hydraulisylinteriputki, 200 kpl", "FI", 600, 200, 4000, "EUR",
         "honed hydraulic-cylinder tube is thick-walled, mirror-smooth inside and sold by the metre; these 200 "
         "pieces are 70 cm barrel blanks with button-cut six-groove rifling, stress-relieved, in calibres .308 "
         "and 6.5 mm, from a Finnish rifle-barrel maker: essential firearm components (military list ML1 / Annex I "
         "of Regulation 258/2012) exported without an export licence, flown from Helsinki to a Kragujevac "
         "'hydraulics' buyer; Finnish wording (barrel blanks repeat in a few sets, under a honed-steel-tube label "
         "once, in blind18; kept as a repeat cover, by air from Finland to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("STR-07", "export", "GRROAD01", "road", "GR", [], "TR", "401212",
         "Αναγομωμένα ελαστικά φορτηγών, 80 τεμ.", "GR", 6400, 80, 16000, "EUR",
         "retreaded lorry tyres are 22.5-inch, deep-lugged tyres with a new tread bonded on; these 80 are "
         "smooth-ribbed, 30-ply aircraft main-wheel tyres of the A320 family with an aviation speed rating and "
         "nitrogen-fill valves, for an Istanbul forwarder that serves Russian airlines: aviation goods whose sale "
         "for use in Russia Regulation 833/2014 forbids, by road at Kipoi; Greek wording (aircraft tyres repeat "
         "in several sets, under a retreaded-lorry-tyre label once; kept as a repeat cover, by road from Greece "
         "to Istanbul is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "AE", "321290",
         "Pasta de pigmento de aluminio para pintura de automoción, 200 bidones", "ES", 5000, 200, 30000, "EUR",
         "aluminium pigment paste is a grey, solvent-wet slurry of flakes in white spirit, smelling of solvent; "
         "these drums hold a dry, free-flowing, bright-grey powder of spheres under 10 µm in argon-flushed inner "
         "bags, 99.7 % aluminium: spherical aluminium powder (dual-use 1C111, a solid-propellant fuel) exported "
         "without the licence Regulation 2021/821 requires, for a Jebel Ali trader that supplies Iran, by sea "
         "from Valencia; Spanish wording (aluminium powder repeats in many sets and pigment-paste labels in a few; "
         "kept as a repeat, from Spain to the Emirates is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "940161",
         "Meble tapicerowane, drewniane, 60 szt.", "PL", 2400, 60, 9000, "EUR",
         "a Poznań lorry for a Yerevan trader: upholstered furniture and cosmetics are what Polish exporters "
         "send to Armenia, but the third item's 'części elektryczne do wózków inwalidzkich' are 3,000 "
         "military-grade circular connectors and sealed relays in maker's trays, with no wheelchair part among "
         "them, for a buyer that forwards to Russia: electrical connectors and relays on the common high-priority "
         "list (8536) whose export to Russia and re-export through third countries Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration; Polish wording (connectors repeat in many sets and "
         "wheelchair labels in a few; behind furniture and cosmetics to Armenia is the new part as far as a search "
         "found)",
         dict({"importer_country": "AM"},
              _more_items=[item("330499", "Kosmetyki, kremy do twarzy, 2 t", "PL", 2000, 14000, "EUR"),
                           item("871420", "Części elektryczne do wózków inwalidzkich, 3 000 szt.", "PL", 120, 1500, "EUR", qty=3000)])),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "CN", "220820",
         "Eau-de-vie de vin, qualité courante, en bouteilles, 2 400 bouteilles", "FR", 2400, 2400, 12000, "EUR",
         "table-grade grape brandy comes in plain 70 cl bottles at a few euros; these 2,400 are XO cognacs in "
         "crystal decanters in presentation boxes, worth a hundred times the declared value, consigned to a "
         "Dalian trader whose orders go on through Dandong to a Pyongyang department store: luxury goods whose "
         "sale to North Korea Regulation 2017/1509 forbids, by sea from Le Havre; French wording (luxury goods "
         "for North Korea repeat in several sets, and cognac under a table-brandy label once, in blind77; kept as "
         "a repeat cover, by sea to Dalian in bulk cartons is the new part as far as a search found)", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "FJ", [], "NL", "253090",
         "Vatu ni lase makawa (fossil coral), me ivakaiukuuku ni tavaya ni ika, 300 kg", "FJ", 300, None, 600,
         "FJD",
         "fossil coral for aquarium décor is dense, yellow-grey, stone-like rock with the coral pattern worn "
         "into it; these boxes hold light, chalk-white, freshly bleached branching and plate skeletons with sharp "
         "tips, dried polyp tissue in the pores and a smell of the sea: wild Acropora and Pocillopora (hard "
         "corals, CITES App. II) without CITES documents, flown from Nadi to Amsterdam for an aquarium wholesaler; "
         "Fijian wording (hard corals repeat in many sets; a fossil-coral label was found in no earlier row by a "
         "keyword search)", firm("Horizon Aquaria BV", "NL")),
        ("WLF-02", "import", "PTSEA01", "sea", "MZ", [], "PT", "440729",
         "Madeira serrada de jambire (panga-panga), seca, 1 contentor", "MZ", 22000, None, 15400, "USD",
         "jambire (Millettia stuhlmannii) is a dark, chocolate-brown wood with fine, light parenchyma stripes and "
         "a coarse grain; these boards are reddish to golden-brown with an interlocked grain, no stripes and an "
         "orange-yellow deposit in the pores: chanfuta (Afzelia quanzensis, CITES App. II for African populations) "
         "without a CITES export permit, by sea from Beira to Lisbon for a flooring mill; Mozambican Portuguese "
         "wording (Afzelia repeats in several sets, chanfuta once and a jambire label once, in blind84; kept as a "
         "repeat, the pairing to Lisbon is the new part as far as a search found)",
         firm("Alpina Madeiras Lda", "PT")),
        ("WLF-03", "import", "CZAIR01", "air", "ID", [], "CZ", "030111",
         "Ikan cupang hias (Betta splendens) hidup, 40 kantong", "ID", 120, 40, 800, "USD",
         "live betta fish travel one to a small bag, brightly coloured with flowing fins; these 40 oxygenated "
         "bags each hold 50 grey, flipper-limbed, soft-shelled hatchlings with a pig-like snout: pig-nosed "
         "turtles (Carettochelys insculpta, CITES App. II) without CITES documents, 2,000 animals flown from "
         "Jakarta to Prague for a reptile dealer; Indonesian wording (pig-nosed turtles repeat twice, blind19 and "
         "blind20; a betta-fish label was found in no earlier row by a keyword search)",
         firm("Vega Akvaristika s.r.o.", "CZ")),
        ("WLF-04", "import", "ESAIR01", "air", "PK", [], "ES", "091099",
         "خشک خولنجان کی جڑیں، کٹی ہوئی، 200 کلو", "PK", 200, None, 1400, "USD",
         "dried galangal is pale, fibrous, ginger-scented slices with ring marks; these bags hold dark brown, "
         "knotty rhizomes with many thin roots, bitter and resinous, with no ginger smell: Himalayan may-apple "
         "(Podophyllum hexandrum, CITES App. II) roots dug in Chitral, without CITES documents, flown from "
         "Islamabad to Barcelona for an herbal wholesaler; Urdu wording (Podophyllum repeats in three sets; a "
         "galangal label was found in no earlier row by a keyword search)", firm("Delta Especias SL", "ES")),
        ("WLF-05", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "071490",
         "Yer armudu (topinambur) kökləri, qurudulmuş deyil, 2 t", "AZ", 2000, None, 1600, "EUR",
         "Jerusalem artichokes are knobbly, pale-brown tubers that snap crisply and taste of artichoke; these "
         "sacks hold flat, round, corky-brown tubers with roots on top and old leaf scars, dug with soil and moss "
         "from Talysh forest floors: wild Cyclamen (C. coum and C. elegans, CITES App. II) tubers without CITES "
         "documents, by road through Georgia and Türkiye to a Plovdiv nursery; Azerbaijani wording (Cyclamen "
         "repeats in a few sets; a Jerusalem-artichoke label was found in no earlier row by a keyword search)",
         firm("Alpina Gradina EOOD", "BG")),
        ("WLF-06", "import", "DEAIR01", "air", "VN", [], "DE", "220600",
         "Rượu nếp cái hoa vàng, chai 500 ml, 300 chai", "VN", 450, 300, 1800, "USD",
         "glutinous rice wine is a cloudy, yellowish, sweet wine in plain bottles; each of these 300 bottles "
         "holds a clear spirit with a whole monocled cobra coiled inside, hood spread, and a scorpion in its "
         "mouth: snake wine with Naja kaouthia (CITES App. II) without CITES documents, flown from Hanoi to Berlin "
         "for a Dong Xuan market wholesaler; Vietnamese wording (snake wine repeats in several sets and rice-wine "
         "labels twice; a rượu nếp label was found in no earlier row by a keyword search)",
         firm("Orion Asia Lebensmittel GmbH", "DE")),
        ("WLF-07", "import", "NLSEA01", "sea", "KE", [], "NL", "090240",
         "Chai nyeusi ya Kenya, CTC, magunia, 18 t", "KE", 18000, None, 54000, "USD",
         "a Mombasa container for a Rotterdam importer: Kenyan tea and sisal twine are what such importers "
         "buy, but the third item's 'mafuta ya mchaichai' (lemongrass oil) is 20 drums of a thick, golden, "
         "sweet-woody oil that smells of sandalwood, not of lemon: East African sandalwood oil (Osyris lanceolata, "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration; Swahili "
         "wording (Osyris repeats in several sets, under a cedarwood-oil label in blind92; a lemongrass-oil label "
         "behind tea and sisal was found in no earlier row by a keyword search)",
         dict(firm("Central Kenya Trading BV", "NL"),
              _more_items=[item("560721", "Kamba ya katani (sisal), 2 t", "KE", 2000, 3000, "USD"),
                           item("330129", "Mafuta ya mchaichai, ngoma 20", "KE", 3600, 7200, "USD", qty=20)])),
        ("WLF-08", "import", "NLAIR01", "air", "TZ", [], "NL", "121229",
         "Dried seaweed (Eucheuma), for carrageenan, 600 kg", "TZ", 600, None, 900, "USD",
         "dried Eucheuma seaweed is pale, spiky, salt-crusted and weighs nothing for its bulk; these bags hold "
         "hard, heavy, sausage-shaped grey-brown bodies with teat-like bumps and a strong fishy-ammonia smell: "
         "dried teatfish and sandfish (Holothuria whitmaei and H. fuscogilva, CITES App. II) without CITES "
         "documents, at 1.50 USD/kg for a product that sells at hundreds, flown from Zanzibar to Amsterdam for a "
         "supplier of Chinese restaurants; Tanzanian English wording (Holothuria repeats in many sets and seaweed "
         "labels in a few; from Zanzibar to Schiphol under a carrageenan-seaweed label is the new part as far as "
         "a search found)", firm("Orion Oosterse Groothandel BV", "NL")),
        ("WLF-09", "import", "HUROAD01", "road", "RS", [], "HU", "430219",
         "Тепих од козје коже, штављен, 3 комада", "RS", 45, 3, 300, "EUR",
         "tanned goatskin rugs are thin, short-haired skins of 1-2 kg; these three are heavy, thick brown "
         "pelts, 2 m long, with the head, claws and rounded ears still on: brown-bear skins (Ursus arctos, CITES "
         "App. II and Annex A of the Union's wildlife regulation) from poached Balkan bears, without CITES "
         "documents, on a van at Röszke for a Szeged hunting lodge; Serbian wording (brown bear repeats in several "
         "sets and skin-rug labels in a few, goatskin among them; kept as a repeat, from Serbia by road is the new "
         "part as far as a search found)", firm("Vega Vadász Kft.", "HU")),
        ("WLF-10", "import", "DEPOST01", "post", "GT", [], "DE", "950300",
         "Lagartijas de juguete, de plástico, 6 piezas", "GT", 0.4, 6, 30, "USD",
         "plastic toy lizards are hollow, shiny and smell of vinyl; these six are live, green-and-yellow "
         "arboreal alligator lizards with prehensile tails, each in a sock inside a vented tube: Abronia (CITES "
         "App. II) wild-caught in the Guatemalan cloud forests, without CITES documents, posted from Guatemala "
         "City to a private keeper in Hamm; Guatemalan Spanish wording (Abronia repeats in three sets; a "
         "toy-lizard label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home beekeeping equipment disinfection)", "BA",
     4.5, 4, 40, "EUR", [("PRECURSOR_LICENCE", "HR-MUP-48-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "CH", "CZ", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (amateur gold assaying)", "CH", 2.8, 2, 60, "CHF",
     [("PRECURSOR_LICENCE", "CZ-MV-48-0087")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262040",
     "Spent pot lining from aluminium smelting (16 11 01*), for treatment at a licensed plant, 24 t", "NO", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-48-0311")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "RS", "FR", "854912",
     "Spent nickel-cadmium batteries (16 06 02*), for recycling at a licensed plant, 18 t", "RS", 18000, None, 0,
     "EUR", [("BASEL_CONSENT", "FR-DREAL-48-0142")], "notified Ni-Cd batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "SISEA01", "sea", "CN", "SI", "290346",
     "HFC-227ea (heptafluoropropane), 40 cylinders of 50 kg, for fire-suppression systems, within the importer's quota",
     "CN", 2000, 40, 36000, "USD", [("FGAS_QUOTA", "SI-ARSO-HFC-48-021")], "HFC-227ea imported within the importer's HFC quota"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "US", "PL", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 800, "USD",
     [("ODS_LICENCE", "PL-GIOS-ODS-48-004")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "HUROAD01", "road", "HU", "CH", "970310",
     "Baroque polychrome limewood saint, c. 1740, from a documented private collection, sold with the export permit",
     "HU", 40, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "HU-MK-EXP-48-0207")],
     "sculpture exported with the EU export licence and the Hungarian permit"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Zapotec effigy urn, Monte Albán, documented Spanish collection since 1958, with export licence", "MX", 12, 1,
     26000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-48-0418")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "841939",
     "Steam-sterilisable pharmaceutical freeze dryer, 40 kg ice capacity, for an Indian vaccine maker", "NL", 3200, 1,
     380000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-48-0652"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-48-0119")],
     "dual-use freeze-drying equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "KR", "903180",
     "Bridge-type coordinate measuring machine, granite bed, for a Korean automotive supplier", "CZ", 1800, 1,
     160000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-48-0233"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-48-0071")],
     "dual-use coordinate measuring machine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "MZ", "PT", "440729",
     "Chanfuta (Afzelia quanzensis) sawn timber, legally harvested, 1 container", "MZ", 20000, None, 24000, "USD",
     [("CITES_PERMIT", "MZ-ANAC-48-0301")], "App. II chanfuta with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "FJ", "NL", "050800",
     "Maricultured Acropora fragments (hard coral), within Fiji's export quota, 40 pcs", "FJ", 8, 40, 1200, "USD",
     [("CITES_PERMIT", "FJ-MOF-48-0088")], "App. II maricultured coral with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna osoba", "PRM-02": "Soukromá osoba", "PRM-05": "Vega Požarna Zaščita d.o.o.",
    "PRM-06": "Central Laboratorium Sp. z o.o.", "PRM-11": "Alpina Madeiras Lda", "PRM-12": "Horizon Aquaria BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("210690", "Elderflower cordial, 1 l glass bottles", "import", ["road"], ["BA", "RS"], (2, 4), (3000, 9000), ["EUR"], 0.7, S),
    ("380891", "Liquid mosquito-vaporiser refills, 45 ml", "import", ["post"], ["BD", "IN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("271019", "Vaseline oil (liquid paraffin), pharmacy grade, 1 l", "import", ["post"], ["UA", "GB"], (6, 12), (1, 4), ["EUR", "GBP"], 1, S),
    ("110819", "Lotus-root starch, 500 g bags", "import", ["air"], ["CN", "TW"], (6, 10), (100, 500), ["USD"], 2, S),
    ("100890", "Amaranth grain, 1 kg bags", "import", ["air"], ["NP", "IN"], (2, 4), (100, 500), ["USD"], 1, S),
    ("250100", "Kala namak (Indian black salt), 1 kg", "import", ["air"], ["IN", "PK"], (1.5, 3), (100, 600), ["USD"], 1, S),
    ("170290", "Allulose sweetener, 1 kg", "import", ["express"], ["KR", "JP"], (10, 20), (1, 4), ["USD"], 1, S),
    ("200990", "Sea-buckthorn juice, 1 l bottles", "import", ["air"], ["MN", "KZ"], (2, 4), (200, 1000), ["USD"], 0.9, S),
    ("110820", "Chicory inulin powder, 1 kg", "import", ["express"], ["CL", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, S),
    ("220110", "Icelandic spring water, 1 l PET", "import", ["sea"], ["IS", "NO"], (0.4, 0.8), (10000, 20000), ["EUR"], 1, S),
    ("854511", "Graphite electrodes, UHP, new, for arc furnaces", "export", ["sea"], ["IN", "TR"], (4, 7), (8000, 20000), ["EUR"], None, S),
    ("950629", "Diving weights, vinyl-coated, new", "export", ["sea"], ["CV", "SN"], (3, 5), (1000, 4000), ["EUR"], 0.5, S),
    ("280300", "Carbon black N550, for rubber compounding", "import", ["sea"], ["EG", "IN"], (1, 1.6), (18000, 24000), ["USD"], None, S),
    ("261800", "Ground granulated blast-furnace slag (GGBS), bulk", "import", ["sea"], ["TR", "EG"], (0.05, 0.1), (20000, 30000), ["USD"], None, S),
    ("850212", "Used diesel generating sets, serviced, 100 kVA", "export", ["sea"], ["GQ", "CM"], (4, 7), (4000, 10000), ["EUR"], 0.0008, S),
    ("251749", "Basalt rock dust for soil remineralisation, big bags", "export", ["sea"], ["GE", "TR"], (0.1, 0.3), (18000, 26000), ["EUR"], None, S),
    ("701990", "Glass-fibre paint-arrest filters, new, rolls", "export", ["road"], ["UA", "MD"], (2, 4), (1000, 4000), ["EUR"], None, S),
    ("850760", "Lithium golf-trolley batteries, new, boxed", "import", ["sea"], ["CN"], (10, 16), (2000, 6000), ["USD"], 0.3, S),
    ("340290", "Watch-cleaning solution, ammonia-free, 1 l", "import", ["post"], ["CH", "GB"], (30, 60), (1, 3), ["CHF", "GBP"], 0.5, S),
    ("842410", "Wet-chemical kitchen fire extinguishers, 6 l, new", "import", ["sea"], ["TN", "TR"], (3, 5), (2000, 6000), ["EUR"], 0.1, S),
    ("392490", "Insulated ice chests, rotomoulded, 45 l", "import", ["sea"], ["CN", "TH"], (4, 7), (2000, 6000), ["USD"], 0.1, S),
    ("851610", "Electric storage water heaters, 80 l", "import", ["road"], ["TR", "RS"], (3, 5), (3000, 8000), ["EUR"], 0.04, S),
    ("382499", "Dog training spray, citronella, pump action", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 3, S),
    ("691390", "Gharyan-style clay water jars, new", "import", ["sea"], ["TN", "MA"], (1, 2), (1000, 4000), ["EUR"], 0.2, S),
    ("680299", "Orthoceras fossil slabs, polished, decorative", "import", ["road"], ["MA"], (2, 4), (2000, 8000), ["EUR"], 0.05, S),
    ("691390", "Barro negro copal burners, Oaxaca, new", "import", ["air"], ["MX"], (6, 12), (50, 300), ["USD"], 0.5, S),
    ("680299", "Huamanga-stone carvings, new, Ayacucho", "import", ["air"], ["PE"], (8, 15), (50, 300), ["USD"], 0.5, S),
    ("711719", "Costume jewellery bangles, gilt brass", "export", ["express"], ["US", "CA"], (60, 120), (1, 2), ["EUR"], 10, S),
    ("442090", "Ambalangoda wooden masks, new, painted", "import", ["sea"], ["LK"], (4, 8), (500, 2000), ["USD"], 0.5, S),
    ("442019", "Carved and painted wooden saints, new folk art", "export", ["road"], ["CH", "RS"], (20, 40), (200, 800), ["EUR"], 0.3, S),
    ("680990", "Ganch (carved plaster) panels, new", "import", ["post"], ["TJ", "UZ"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("680299", "Stone-tessera mosaic souvenirs, new", "export", ["road"], ["BA", "RS"], (5, 10), (500, 2000), ["EUR"], 1, S),
    ("841939", "Home freeze dryers, countertop", "export", ["sea"], ["AE", "SA"], (20, 35), (500, 3000), ["EUR"], 0.015, S),
    ("283620", "Soda ash, dense, for glassmaking", "export", ["road"], ["TR", "RS"], (0.25, 0.4), (20000, 25000), ["EUR"], None, S),
    ("870323", "Used SUVs, 2.0 l petrol, with service history", "export", ["sea"], ["GE", "AM"], (8, 14), (3000, 9000), ["EUR"], 0.0005, S),
    ("950629", "Pneumatic spearguns for spearfishing", "export", ["air"], ["KZ", "AE"], (40, 80), (100, 500), ["EUR"], 0.5, S),
    ("901849", "Intraoral dental 3D scanners, new", "export", ["air"], ["PK", "TR"], (200, 400), (50, 200), ["EUR"], 0.2, S),
    ("401212", "Retreaded lorry tyres", "export", ["road"], ["TR", "RS"], (2, 3), (8000, 16000), ["EUR"], 0.015, S),
    ("321290", "Aluminium pigment paste, leafing, for coatings", "export", ["sea"], ["AE", "TR"], (6, 10), (4000, 10000), ["EUR"], None, S),
    ("440729", "Jambire (panga-panga) sawn timber, kiln-dried", "import", ["sea"], ["MZ", "TZ"], (0.8, 1.4), (18000, 24000), ["USD"], None, S),
    ("091099", "Dried galangal root, sliced", "import", ["air"], ["TH", "VN"], (3, 6), (100, 600), ["USD"], None, S),
    ("071490", "Dried Jerusalem-artichoke (topinambur) chips", "import", ["road"], ["TR", "GE"], (4, 8), (500, 3000), ["EUR"], None, S),
    ("220600", "Glutinous rice wine (rượu nếp), 500 ml", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 8000), ["USD"], 2, S),
    ("330129", "Lemongrass essential oil, drums", "import", ["sea"], ["IN", "KE"], (5, 12), (1000, 4000), ["USD"], None, S),
    ("121229", "Dried Eucheuma seaweed for carrageenan", "import", ["sea"], ["TZ", "PH"], (0.8, 1.4), (15000, 22000), ["USD"], None, S),
    ("950300", "Plastic toy lizards, assorted", "import", ["post"], ["GT", "CN"], (15, 30), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("842310", "Bathroom scales, electronic, glass top", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.6, N),
        ("481940", "Paper gift bags with rope handles", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD", "EUR"], 12, N),
        ("392114", "Cellulose kitchen sponges, retail packs", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 20, N),
        ("442191", "Bamboo knitting needles, sets", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind134", 20480701, HERE)


if __name__ == "__main__":
    main()
