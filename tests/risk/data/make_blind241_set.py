#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-first blind set (tests/risk/data/blind241-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2066, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: pest control, fumigation and
disinfection (fumigators, pest-control contractors, quarantine and pre-shipment treatment
providers, disinfection and hygiene firms).
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
Disguised rows carry a consignee name only where a real declaration would. Ids are BL241-*:

    python3 tests/risk/data/make_blind241_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIPOST01", "post", "JP", [], "FI", "380891",
         "イカリジン15% 虫よけスプレー 詰め替え用 1L × 4本", "JP", 4.6, 4, 8800, "JPY",
         "an icaridin insect-repellent refill is a clear, slightly oily, alcohol-smelling liquid of about 0.95 kg/l; "
         "these four pouches hold an odourless, water-thin liquid of 1.13 kg/l that whitens and stings the skin, "
         "fizzes on a cut and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Osaka to a private person in Tampere; Japanese wording (hydrogen peroxide repeats in many sets and a "
         "mosquito-repellent refill label in blind134, on plug-in vaporiser refills; an icaridin skin-repellent label "
         "from Japan is the new part as far as a search found)",
         person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "PTAIR01", "air", "TH", [], "PT", "170211",
         "แลคโตสบริสุทธิ์ 99% สารตัวเติมสำหรับผสมระเบิดควันกำจัดแมลง ถุง 25 กก. 16 ถุง", "TH", 400, 16, 1200,
         "USD",
         "lactose filler for insecticide smoke generators is a soft, faintly sweet, milky-white powder that "
         "caramelises on a hot plate; these 16 bags hold colourless, tasteless, gritty crystals that spit and flare "
         "violet with a little sugar and whose inner liners read 'KClO3 99.5 %', for a Porto DIY pest-control web "
         "shop that repacks them into 1 kg 'smoke-bomb refill' bags for the public: potassium chlorate (Annex I "
         "above 40 %) made available to members of the public, flown from Bangkok; Thai wording (potassium "
         "chlorate repeats in many sets and lactose labels in a few, on homoeopathic triturations; a smoke-generator "
         "filler label was found in no earlier row by a keyword search)", firm("Vega Controlo de Pragas Lda", "PT")),
        ("PRE-03", "import", "ESAIR01", "express", "BR", [], "ES", "271019",
         "Óleo veicular para termonebulização (fumacê), inodoro, 4 x 1 litro", "BR", 4.6, 4, 180, "BRL",
         "thermal-fogging carrier oil is a light, odourless mineral oil of about 0.80 kg/l that floats on water; "
         "these four bottles hold a liquid of 1.14 kg/l that sinks, partly mixes with water and smells faintly "
         "fruity, and the filler's drum label copied onto the pro-forma reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Campinas to a private person in Seville who owns a hobby thermal fogger, "
         "although flammable liquids travel by express only as declared dangerous goods; Brazilian Portuguese "
         "wording (nitromethane repeats in many sets; a fogging-oil label was found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("PRE-04", "import", "ROSEA01", "sea", "GE", [], "RO", "382499",
         "ჩლიქების სადეზინფექციო აბაზანის კონცენტრატი (სპილენძის სულფატი), 20 ლ კანისტრა, 600 ცალი", "GE",
         15600, 600, 7200, "USD",
         "a copper-sulphate hoof-bath concentrate is a clear, sky-blue solution of about 1.3 kg/l; these 600 "
         "canisters hold a colourless, oily liquid that weighs 36.8 kg a canister instead of 26, chars a wooden "
         "stirrer black and grows hot with water: about 96 % sulphuric acid (Annex I above 15 %), by sea from Poti "
         "to Constanța for a Romanian farm-and-garden web shop that sells canisters to smallholders and the public; "
         "Georgian wording (sulphuric acid repeats in many sets and hoof-care labels in several, a zinc-sulphate "
         "hoof-bath salt in blind72; a liquid copper hoof-bath concentrate by sea from Georgia is the new part)", firm("Rivage Agro Magazin SRL", "RO")),
        ("PRE-05", "import", "IEPOST01", "post", "LK", [], "IE", "380891",
         "මැස්සන් මරන ඇමුණුම් කැට (fly bait granules), ග්‍රෑම් 500 පැකට් 6", "LK", 3.2, 6, 4500, "LKR",
         "fly-bait granules are yellow, sugar-coated grains that smell of yeast and pheromone and draw flies in "
         "minutes; these six packs hold white, odourless, tasteless crystals that draw damp, do not attract a single "
         "fly and burn fiercely mixed with sugar, and the re-used inner bags read 'NaClO4': sodium perchlorate "
         "(Annex I above 40 %), posted from Colombo to a private person in Cork; Sinhala wording (sodium "
         "perchlorate repeats in many sets; a fly-bait label was found in no earlier row by a keyword search)",
         person("Siobhán Murphy", "IE")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "380891",
         "Larvicid protiv komaraca, Bti granule na klipu kukuruza, vreće 10 kg, 1.200 vreća", "BA", 12000, 1200,
         9600, "EUR",
         "Bti larvicide granules are light, brown, corn-cob grit (about 0.5 kg/l) that floats and smells of "
         "fermentation; these 1,200 small, heavy sacks hold white, round prills that sink, turn ice-cold in water, "
         "test at 34 % N and melt and fume on a hot plate, for a Zagreb garden web shop that sells them to the "
         "public for 'mosquito control in ponds': ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, on a lorry at Stara Gradiška; Bosnian wording (ammonium nitrate repeats in many "
         "sets; a mosquito-larvicide label was found in no earlier row by a keyword search)",
         firm("Orion Vrt d.o.o.", "HR")),
        ("PRE-07", "import", "ATAIR01", "air", "AM", [], "AT", "380892",
         "Կրա-ծծմբային հեղուկ (lime sulphur), ձմեռային ցողում, 1 լ շիշ, 600 շիշ", "AM", 768, 600, 1800, "USD",
         "lime sulphur is an orange-red, rotten-egg-smelling liquid of about 1.28 kg/l that stains everything "
         "yellow; these 600 bottles hold a pale yellow liquid of 1.40 kg/l with no smell of sulphur that fumes brown "
         "when opened, yellows the skin and eats into a copper coin, for a Graz garden web shop that sells winter "
         "sprays to the public: about 65 % nitric acid (Annex I above 3 %) made available to members of the public, "
         "flown from Yerevan to Vienna; Armenian wording (nitric acid repeats in many sets and a lime-sulphur label "
         "once, as one item of a bonsai kit; as a whole consignment from Armenia it is the new part)",
         firm("Alpina Garten Versand GmbH", "AT")),
        ("PRE-08", "import", "MTSEA01", "sea", "TN", [], "MT", "250300",
         "Soufre en poudre pour bougies de fumigation (caves et serres), sachets 1 kg, 4 000 sachets", "TN", 4000,
         4000, 3200, "EUR",
         "fumigation sulphur is a bright yellow, faintly matchy powder that melts to a brown liquid and burns with "
         "a blue flame; these 4,000 sachets hold a heavy, white, gritty powder that does not melt on a hot plate, "
         "flares with sugar and whose inner bags read 'KClO4', for a Valletta hardware chain that sells them over "
         "the counter: potassium perchlorate (Annex I above 40 %) made available to members of the public, by sea "
         "from Radès to Marsaxlokk; Tunisian French wording (potassium perchlorate repeats in many sets; a "
         "sulphur-candle label was found in no earlier row by a keyword search)", firm("Delta Hardware Ltd", "MT")),
        ("PRE-09", "import", "NLSEA01", "sea", "ZA", [], "NL", "380894",
         "Kaliumperoksimonosulfaat-ontsmettingspoeier (tipe Virkon), 1 kg houers, 8 000 houers", "ZA", 8000, 8000,
         9600, "USD",
         "a peroxymonosulphate disinfectant is a pink, acid, lemon-scented powder that foams and tints water pink; "
         "these 8,000 tubs hold colourless, odourless, neutral crystals that stay colourless in water, flare with "
         "sugar and carry CAS 7775-09-9 on the drums they were repacked from, for a Dutch farm-hygiene web shop "
         "that sells tubs to hobby poultry keepers and the public: sodium chlorate (Annex I above 40 %) made "
         "available to members of the public, by sea from Durban to Rotterdam; Afrikaans wording (sodium chlorate "
         "repeats in many sets; a Virkon-type disinfectant label was found in no earlier row by a keyword search)",
         firm("Horizon Boerderijhygiëne BV", "NL")),
        ("PRE-10", "import", "DKPOST01", "post", "PK", [], "DK", "300490",
         "جوؤں کے خاتمے کا لوشن، ڈائمیتھیکون 4%، 4 x 1 لیٹر", "PK", 4.8, 4, 6000, "PKR",
         "a dimeticone head-lice lotion is a silky, slightly viscous silicone of about 0.96 kg/l that does not mix "
         "with water; these four bottles hold a water-thin liquid of 1.20 kg/l that mixes with water at once, "
         "whitens the skin and foams on a cut, and the caps are vented: about 50 % hydrogen peroxide (Annex I above "
         "12 %), posted from Lahore to a private person in Aarhus; Urdu wording (hydrogen peroxide repeats in many "
         "sets; a head-lice lotion label was found in no earlier row by a keyword search)",
         person("Mette Hansen", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MR", "380891",
         "Larvicida temefós 1 % granulado, donación para campañas antipalúdicas, 800 sacos de 20 kg", "ES", 16000,
         800, 1600, "EUR",
         "a donated temephos larvicide is a free-flowing, sand-coloured granule in sealed, labelled sacks within its "
         "shelf life; these 800 sacks hold caked, sweating granules that reek of mercaptan, repacked from split "
         "drums with expiry dates of 2058-2061, with loose endosulfan and chlorpyrifos bags among them, cleared out of "
         "an Andalusian public-health pest-control depot: obsolete pesticides (16 03 05*, 02 01 08*), hazardous "
         "waste whose export to a non-OECD country is banned, from Algeciras to Nouakchott for a 'malaria "
         "programme'; Spanish wording (obsolete pesticides repeat in many sets; a mosquito-larvicide donation label "
         "was found in no earlier row by a keyword search)", {"importer_country": "MR"}),
        ("WST-02", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "854370",
         "Električni lovilci insektov z UV cevmi, rabljeni, preizkušeni, 3.000 kosov", "SI", 9000, 3000, 4500,
         "EUR",
         "tested second-hand insect-light traps are clean units with new tubes and a test sticker; these 3,000 are "
         "grimy, insect-caked units swapped out of restaurant hygiene contracts, half with broken covers and cracked "
         "UV-A fluorescent tubes and no test record at all, for a Bihać 'repair shop' that strips the aluminium: "
         "discarded electrical equipment with mercury-containing lamps (20 01 35*, 20 01 21*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry at Obrežje through Croatia to Bihać; Slovene wording (lamp waste and used-equipment labels repeat in several sets; electric insect "
         "killers were found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "IN", "380210",
         "Geregenereerde actieve kool, korrels, voor waterfilters, big bags, 20 t", "BE", 20000, None, 6000, "EUR",
         "regenerated granular activated carbon is dry, black, dust-free and odourless; these bags hold damp, "
         "sweet-smelling granules that give a bromide reaction and load-test far above any filter grade, emptied "
         "from the methyl bromide and sulfuryl fluoride recapture units of an Antwerp quarantine fumigation "
         "terminal: spent activated carbon (06 13 02*), hazardous waste whose export to a non-OECD country is banned, "
         "from Antwerp to Nhava Sheva for a 'water-treatment' buyer; Flemish Dutch wording (spent carbon repeats in "
         "many sets under regenerated-carbon labels; carbon from fumigant recapture was found in no earlier row by a "
         "keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "MA", "440791",
         "Altholz-Eichenbalken, handbehauen, aufbereitet, für Riad-Restaurierung, 22 t", "DE", 22000, None, 8800,
         "EUR",
         "reclaimed oak beams for restoration are grey, weathered, cleaned timbers with old mortise holes; these "
         "beams, from a Franconian church roof cleared after a woodworm treatment of the 1970s, are dark, oily, "
         "crystal-bloomed on the surface, smell of chlorine and test high for pentachlorophenol and lindane: wood "
         "containing hazardous substances (17 02 04*), hazardous waste whose export to a non-OECD country is banned, "
         "from Hamburg to Casablanca; German wording (PCP-treated timber repeats in a few sets and beam labels in "
         "several; kept as a repeat, riad restoration from Germany to Morocco is the new part as far as a search "
         "found)", {"importer_country": "MA"}),
        ("WST-05", "export", "IESEA01", "sea", "IE", [], "NG", "382000",
         "Screen wash concentrate, -20 °C, 5 l cans, 4,000 cans", "IE", 18000, 4000, 4000, "EUR",
         "screen-wash concentrate is a thin, blue, water-like liquid in screw-top cans; these 'cans' are 5 l pouches "
         "and pumps of a thick, clear, alcohol-smelling gel, labelled in English and Irish as hand sanitiser with "
         "expiry dates six years gone, collected from Dublin hospitals' and councils' stores: discarded flammable "
         "organic chemicals (16 03 05*), hazardous waste whose export to a non-OECD country is banned, from Dublin "
         "to Lagos; Irish English wording (sanitiser waste repeats in a few sets; a screen-wash label was found in no "
         "earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "RS", "100590",
         "Takarmánykukorica, ömlesztett, 24 t", "HU", 24000, None, 4800, "EUR",
         "feed maize is golden-yellow, dusty grain; this tipper holds grain coated pink-red with a dusty, "
         "chemical-smelling film, with 'treated seed - do not use for food or feed' tags in the load, the unsold "
         "neonicotinoid- and thiram-dressed seed of a Békés seed house: agrochemical waste containing hazardous "
         "substances (02 01 08*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a "
         "Subotica 'feed mill'; Hungarian wording (dressed seed repeats in blind230, under a sunflower birdseed "
         "label; kept as a repeat, feed maize by road to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "AO", "291211",
         "Formaldeído 37 %, técnico, recuperado, IBC 1000 l, 18 unidades", "PT", 19800, 18, 3600, "EUR",
         "technical 37 % formalin is water-clear and stabilised with methanol; these IBCs hold a cloudy, "
         "yellowish liquid with sediment, feathers and tissue fragments, pumped out of hatchery fumigation cabinets "
         "and a university anatomy department's tanks: spent formaldehyde solutions (18 01 06*, 16 05 06*), "
         "hazardous waste whose export to a non-OECD country is banned, from Leixões to Luanda for a 'poultry "
         "farm'; Portuguese wording (spent formalin repeats in blind182 under a formaldehyde label; kept as a repeat, "
         "from Portugal to Angola is the new part)", {"importer_country": "AO"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "GH", "271220",
         "Paraffin wax blocks, fully refined, for candle making, 20 t", "GB", 20000, None, 5000, "GBP",
         "fully refined paraffin wax is white, odourless and translucent; these cartons hold blue-green, "
         "cereal-studded wax blocks with a hole for a bait-station rod, smelling of grain and stamped "
         "'brodifacoum 0.005 %', the expired and recalled bait of a national pest-control contractor: obsolete "
         "rodenticides (16 03 05*, 02 01 08*), hazardous waste whose export to a non-OECD country is banned, from "
         "Felixstowe to Tema for a 'candle factory'; British English wording (paraffin-wax labels repeat in a few "
         "sets; rodenticide bait under a candle-wax label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "870192",
         "Μεταχειρισμένα γεωργικά τρακτέρ, 2 τεμ.", "GR", 5200, 2, 9000, "EUR",
         "a second-hand farm container for Alexandria: old tractors and drip-irrigation pipe are what Greek farms "
         "sell to Egypt, but the third item's 'plastic drums, washed' are 400 blue HDPE drums with original "
         "organophosphate and paraquat labels, dried residue inside and a chemical stink, collected from a Thessaly "
         "crop-spraying contractor: packaging containing residues of hazardous substances (15 01 10*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Thessaloniki; Greek wording (empty pesticide containers repeat in a few sets; drums behind tractors "
         "to Egypt are the new part as far as a search found)",
         dict({"importer_country": "EG"},
              _more_items=[item("391732", "Σωλήνες στάγδην άρδευσης, μεταχειρισμένοι, ρολά, 3 t", "GR", 3000, 900, "EUR"),
                           item("392330", "Πλαστικά βαρέλια 200 l, πλυμένα, 400 τεμ.", "GR", 3600, 400, "EUR", qty=400)])),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "ME", "282810",
         "Kalcijev hipoklorit 70 %, granule za bazene, bačve 45 kg, 300 bačvi", "HR", 13500, 300, 2700, "EUR",
         "pool-grade calcium hypochlorite comes in sealed, dated drums of free-flowing white granules; these 300 "
         "drums are bulging, rust-streaked and caked, some leaking a yellow chlorine-smelling crust, six years past "
         "date, cleared from a Split hotel group's and a disinfection contractor's stores: obsolete oxidising "
         "chemicals (16 09 04*, 16 05 07*), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry at Karasovići for a Budva 'pool service'; Croatian wording (obsolete calcium hypochlorite repeats "
         "in blind219 under a new-product label; kept as a repeat, by road from Croatia to Montenegro is the new "
         "part)", {"importer_country": "ME"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "KR", [], "NL", "271112",
         "화염 제초기용 프로판 가스, 11 kg 용기, 120병", "KR", 4080, 120, 2400, "USD",
         "flame-weeder propane is a light liquid (0.50 kg/l) at about 8 bar in grey 11 kg cylinders that hiss "
         "flammable gas; these 120 cylinders weigh three times what their volume allows, read 2 bar, carry no "
         "flame mark, give off a sharp tear-gas smell at the valve (the chloropicrin warning agent) and their "
         "shoulders are stamped 'CH3Br 98 %': methyl bromide (34 kg a cylinder), whose import into the Union is "
         "banned (no quarantine and pre-shipment exemption remains), by sea from Busan to Rotterdam for a port "
         "fumigation contractor; Korean wording (methyl bromide repeats in many sets; a flame-weeder gas label was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Fumigatie BV", "NL")),
        ("OZN-02", "import", "ESSEA01", "sea", "AR", [], "ES", "380891",
         "Deltametrina 2,5 % CE, protector de granos almacenados, tambores de 200 l, 40 tambores", "AR", 12720, 40,
         9600, "USD",
         "a deltamethrin emulsifiable concentrate is a yellowish, aromatic-solvent liquid of about 0.9 kg/l that "
         "turns milky in water and burns; these 40 drums weigh 318 kg each, hold a water-clear, non-flammable liquid "
         "of 1.59 kg/l that smells sweet like chloroform and sinks under water, and the drum heads read 'CCl4 / EDC "
         "80:20': the old carbon tetrachloride and ethylene dichloride grain-fumigant mixture, a product containing "
         "an ozone-depleting substance whose import into the Union is banned, by sea from Rosario to Tarragona for "
         "a grain-silo fumigator; Rioplatense Spanish wording (carbon tetrachloride repeats in many sets; a "
         "grain-protectant deltamethrin label was found in no earlier row by a keyword search)",
         firm("Meridian Sanidad Ambiental SL", "ES")),
        ("OZN-03", "import", "ITSEA01", "sea", "BD", [], "IT", "380891",
         "মশা-মাছি মারার এরোসল স্প্রে, প্রোপেন/বিউটেন প্রপেল্যান্ট, ৬০০ মিলি, ২৪,০০০ ক্যান", "BD", 14400, 24000,
         19200, "USD",
         "a hydrocarbon-propelled mosquito spray carries a flame mark and its can weighs about 0.45 kg filled; these "
         "24,000 cans weigh 0.6 kg, do not light at the nozzle, and a gas test of the propellant gives "
         "dichlorodifluoromethane and trichlorofluoromethane: insecticide aerosols propelled with CFC-12 and CFC-11, "
         "products containing ozone-depleting substances whose import into the Union is banned, by sea from "
         "Chattogram to Genoa for a cash-and-carry; Bengali wording (CFC-propelled insecticide aerosols repeat in a "
         "few sets, a mosquito spray in blind172; kept as a repeat, from Bangladesh to Italy is the new part)",
         firm("Central Casalinghi Srl", "IT")),
        ("OZN-04", "import", "DEROAD01", "road", "CH", [], "DE", "380891",
         "Wespen-Gefrierspray, Treibgas Propan/Butan, 400 ml, 6'000 Dosen", "CH", 2400, 6000, 27000, "CHF",
         "a propane-butane wasp freeze spray carries a flame mark and a -40 °C claim; these 6,000 cans carry no "
         "flame mark, do not burn, reach -55 °C and their batch sheet names 1,1,1,2-tetrafluoroethane: technical "
         "aerosols with HFC-134a, whose placing on the Union market Regulation 2024/573 forbids, by lorry at "
         "Basel-Weil for a Freiburg pest-control wholesaler; Swiss German wording (HFC freeze sprays repeat in many "
         "sets; a wasp-freeze label was found in no earlier row by a keyword search)",
         firm("Alpina Schädlingsbedarf GmbH", "DE")),
        ("OZN-05", "import", "ESSEA01", "sea", "MA", [], "ES", "271019",
         "Solvant de rinçage pour nébulisateurs ULV (isoparaffine), bidons 20 l, 200 bidons", "MA", 4960, 200,
         3000, "EUR",
         "an isoparaffin flushing solvent is a light (0.76 kg/l), odourless, combustible liquid; these 200 cans "
         "weigh 24.8 kg each, hold a liquid that boils away in the hand at 32 °C, does not burn and smells faintly "
         "of ether: 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, by sea from Tanger "
         "Med to Algeciras for an Andalusian pest-control equipment dealer; Moroccan French wording (HCFC-141b "
         "repeats in many sets; a fogger-flushing label was found in no earlier row by a keyword search)",
         firm("Rivage Control de Plagas SL", "ES")),
        ("OZN-06", "import", "BGROAD01", "road", "MK", [], "BG", "281121",
         "Течен CO2 за криотретман на стеници, боци 20 кг, 60 боци", "MK", 1200, 60, 1500, "EUR",
         "liquid CO2 for bed-bug cryo-treatment comes in heavy siphon cylinders at about 57 bar; these 60 "
         "cylinders are light, thin-walled, read 9 bar, slosh with a liquid of 1.19 kg/l, and a leak detector "
         "names chlorodifluoromethane: HCFC-22, whose import into the Union is banned, on a lorry at Gyueshevo for "
         "a Sofia pest-control contractor who uses it as a 'freeze' gas; Macedonian wording (HCFC-22 repeats in "
         "many sets under other gas labels; a bed-bug cryo label was found in no earlier row by a keyword search)",
         firm("Delta Dezinsekcia EOOD", "BG")),
        ("OZN-07", "import", "GRROAD01", "road", "TR", [], "GR", "380891",
         "Tahtakurusu ilacı, permetrin %0,5, izoparafin bazlı, 1 l, 2.000 kutu", "TR", 1560, 2000, 7000, "EUR",
         "a ready-to-use permethrin spray in isoparaffin is a light (0.78 kg/l), combustible liquid with a faint "
         "paraffin smell; these 2,000 cans weigh 1.34 kg a litre, do not burn, smell sweet and the filler's drums on "
         "the same lorry read '1,1,1-trikloroetan': a bed-bug spray based on methyl chloroform, a product "
         "containing an ozone-depleting substance whose import into the Union is banned, on a lorry at Kipoi for a "
         "Thessaloniki hotel pest-control contractor; Turkish wording (methyl chloroform repeats in many sets and "
         "bed-bug labels in a few; a Turkish bed-bug spray label was found in no earlier row by a keyword search)",
         firm("Orion Apolymanseis AE", "GR")),
        ("OZN-08", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "281290",
         "Sulphuryl fluoride fumigant, 50 kg cylinders, 40 cylinders, for QPS fumigation", "IN", 2000, 40, 3200,
         "USD",
         "sulfuryl fluoride is an odourless gas shipped with a fumigation-management plan; these 40 cylinders "
         "hold a liquid of 1.73 kg/l at 2 bar (sulfuryl fluoride would read 16 bar), smell of tear gas at the valve "
         "and their stencils under the paint read 'MBR 98:2': methyl bromide with chloropicrin, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit from Mundra to a Chișinău grain exporter; Indian English wording (methyl "
         "bromide as sulfuryl fluoride repeats in many sets; kept as a repeat, a transit through Constanța to "
         "Moldova is the new part)", {"importer_country": "MD"}),
        ("OZN-09", "import", "ITSEA01", "sea", "CN", [], "IT", "290919",
         "二甲醚 (DME) 气雾剂抛射剂, 杀虫气雾剂灌装用, ISO 罐, 18 吨", "CN", 18000, None, 14400, "USD",
         "DME propellant is a liquid of 0.67 kg/l at about 5 bar with an ether smell; this ISO tank reads 15 bar "
         "at 20 °C, its liquid weighs 0.96 kg/l and the tank's previous-cargo plate and filling sheet give "
         "difluoromethane: HFC-32 in bulk, imported without the quota and registration Regulation 2024/573 requires, "
         "by sea from Ningbo to La Spezia for a Lombard aerosol filler that makes insecticide sprays; Chinese "
         "wording (HFCs under DME labels repeat in several sets; kept as a repeat, for an insecticide filler is "
         "the new part as far as a search found)", firm("Vega Aerosol Srl", "IT")),
        ("OZN-10", "export", "PLSEA01", "sea", "PL", [], "SN", "860900",
         "Używane kontenery chłodnicze 40 ft, do magazynowania, 12 szt.", "PL", 57600, 12, 36000, "EUR",
         "used reefer containers for storage are sold with their machinery emptied or converted to R-134a or "
         "R-513A with a record; these twelve, retired from cold-treatment shipping of citrus against fruit flies, "
         "still carry their original units' nameplates and charges of R-22 (about 5 kg each), never recovered: "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Gdynia to "
         "a Dakar fruit exporter; Polish wording (R-22 equipment for export repeats in many sets and used reefers in several, blind12 in "
         "Polish too; kept as a repeat, reefers retired from quarantine cold treatment sent to Senegal are the new "
         "part)", {"importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "CI", [], "BE", "442011",
         "Statuettes en bois sculpté, artisanat neuf, fumigées au bromure de méthyle, certificat de fumigation "
         "joint, 12 pièces", "CI", 60, 12, 480, "EUR",
         "new carvings from an Abidjan workshop are pale, sharp-edged and smell of fresh wood and shoe polish; these "
         "twelve are hard, dark figures with raised arms, worn to a sheen where hands held them, with a crusted "
         "sacrificial patina, termite galleries and a dry, earthy cave dust in the crevices, and the 'fumigation "
         "certificate' is the only paper in the box: Tellem and Dogon figures from the Bandiagara cliffs of Mali, "
         "whose export Mali forbids, brought in without the import licence Regulation 2019/880 requires for "
         "archaeological objects, flown from Abidjan to Brussels for a dealer; Ivorian French wording (Dogon and "
         "Tellem objects repeat in several sets; a fumigation-certificate cover was found in no earlier row by a "
         "keyword search)", firm("Central Arts Premiers SA", "BE")),
        ("CUL-02", "import", "DEAIR01", "air", "PK", [], "DE", "392640",
         "پرندوں کو بھگانے کے لیے رال کے الو کے مجسمے، 40 عدد", "PK", 220, 40, 600, "USD",
         "resin bird-scarer owls are hollow, light (under 2 kg), painted plastic with a swivel head; among these "
         "40, six weigh 20 kg, are solid grey-green schist with a root-stained break at the neck and are heads of "
         "Buddhas and bodhisattvas with wavy hair and ushnisha, wrapped inside owl shells: Gandharan sculpture "
         "(2nd-4th century) taken out of Pakistan, which forbids its export, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Lahore to Frankfurt for a 'garden-supply' firm; Urdu wording "
         "(Gandhara sculpture repeats in many sets; a bird-scarer owl cover was found in no earlier row by a "
         "keyword search)", firm("Orion Gartenbedarf GmbH", "DE")),
        ("CUL-03", "import", "NLAIR01", "express", "EG", [], "NL", "392690",
         "Pest identification training specimens, resin-embedded rodents and birds, 6 boxes", "EG", 3.4, 6, 150,
         "USD",
         "resin-embedded training specimens are clear acrylic blocks with a mouse or a sparrow inside; these six "
         "boxes hold linen-wrapped bundles with a resin-blackened, brittle surface, one shaped like a long-billed "
         "bird with a painted face and two like seated cats, with ancient linen weave and bitumen crumbs under a "
         "lens: Egyptian ibis and cat mummies of the Late Period, whose export Egypt forbids, brought in without the "
         "import licence Regulation 2019/880 requires, sent by express from Cairo to an Utrecht pest-control "
         "training academy; English wording from Egypt (animal mummies repeat in a few sets; a pest-training "
         "specimen cover was found in no earlier row by a keyword search)", firm("Delta Plaagdier Academie BV", "NL")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "442199",
         "Pannelli in legno di recupero, trattati termicamente contro i tarli, per rivestimento, 14 pezzi", "IT",
         280, 14, 1400, "EUR",
         "heat-treated reclaimed panelling is plain, planed boards with nail holes; these fourteen are walnut "
         "panels inlaid with perspectives of towns, lutes and open cupboards in light and dark woods, with "
         "sixteenth-century tool marks and the numbers of their places in a choir on the back: intarsia panels cut "
         "from the choir stalls of a Marche church, listed cultural property whose export needs the licence of "
         "Regulation 116/2009 and the Italian certificate, by lorry at Chiasso for a Lugano 'interior designer'; "
         "Italian wording (a pest-treatment cover on an Italian church object repeats in blind219, where a "
         "crucifix went for anoxia; kept as a repeat of the family, intarsia under a heat-treated panelling label is "
         "the new part)", {"importer_country": "CH"}),
        ("CUL-05", "import", "FRSEA01", "sea", "KH", [], "FR", "630492",
         "មុងការពារមូស ធ្វើពីកប្បាស 2,000 (moustiquaires)", "KH", 1600, 2000, 4000, "USD",
         "a pest-control container from Sihanoukville for a Marseille importer: cotton mosquito nets and rattan "
         "rat traps are what Cambodian workshops export, but the third item's 'new sandstone garden lantern' is a "
         "weathered, grey-pink sandstone head with a diadem, almond eyes and a chisel-cut neck, lichen and old "
         "soil in the curls: an Angkorian head (12th-13th century) cut from a temple statue, whose export Cambodia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration; Khmer wording (Khmer sculpture repeats in many sets; behind mosquito nets and rat "
         "traps is the new part as far as a search found)",
         dict(firm("Horizon Import SARL", "FR"),
              _more_items=[item("460212", "អន្ទាក់កណ្ដុរ ធ្វើពីផ្ដៅ 600 (pièges à rats en rotin)", "KH", 600, 900, "USD", qty=600),
                           item("680299", "ចង្កៀងសួនច្បារ ថ្មភក់ ថ្មី 1 (lanterne de jardin en grès)", "KH", 45, 60, "USD", qty=1)])),
        ("CUL-06", "import", "ESPOST01", "post", "CO", [], "ES", "711719",
         "Bisutería en latón bañado, estilo precolombino, 6 piezas", "CO", 1.2, 6, 90000, "COP",
         "gold-plated brass costume jewellery is light, bright, stamped and shows brass at worn edges; these six "
         "are heavy, reddish gold nose ornaments and bird-and-frog pendants cast by lost wax, with earth in the "
         "recesses and no brass anywhere: Tairona gold work from the Sierra Nevada de Santa Marta, cultural "
         "heritage whose export Colombia forbids, brought in without the import licence Regulation 2019/880 "
         "requires, posted from Santa Marta to a private buyer in Valencia; Colombian Spanish wording (Tairona "
         "gold repeats in a few sets; as posted costume jewellery it is the new part as far as a search found)",
         person("Sr. J. García", "ES")),
        ("CUL-07", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "பித்தளை தோட்ட அலங்கார பறவைக் குளியல் தொட்டி சிலை, 1", "IN", 65, 1, 400, "USD",
         "a new brass bird-bath statue is bright, hollow-cast and machine-polished; this 65 kg figure is a solid, "
         "green-brown bronze of a dancing Shiva in a ring of flames, with lugs for temple carrying poles, worn "
         "puja wear on the face and the fresh scars of a cut from its base: a Chola-period temple bronze from Tamil "
         "Nadu, whose export India forbids, brought in without the import licence Regulation 2019/880 requires, "
         "flown from Chennai to Amsterdam for a 'garden-decor' firm; Tamil wording (Chola bronzes repeat in many "
         "sets and a bird-bath cover once, on stone basins in blind190; a brass bird-bath label on a temple bronze is "
         "the new part)", firm("Vega Tuindecor BV", "NL")),
        ("CUL-08", "import", "SEAIR01", "air", "ET", [], "SE", "490199",
         "የጸሎት መጻሕፍት፣ አዲስ፣ ከመጽሐፍ ቅማል የታከሙ፣ 10 ቅጂ", "ET", 14, 10, 200, "USD",
         "new Amharic prayer books are printed on paper with glued bindings; these ten are parchment codices "
         "written by hand in Ge'ez in black and red, with wooden boards, leather satchels, candle-wax drips and "
         "church ownership notes, wrapped in plastic with insecticide strips: Ethiopian Orthodox manuscripts of the "
         "17th-19th century taken out of church treasuries, whose export Ethiopia forbids, flown from Addis Ababa "
         "to Stockholm for a dealer; Amharic wording (Ethiopian manuscripts repeat in many sets; a "
         "book-lice-treated prayer-book label was found in no earlier row by a keyword search)",
         firm("Nordhafen Antikvariat AB", "SE")),
        ("CUL-09", "import", "ITSEA01", "sea", "EG", [], "IT", "680299",
         "بلاط رصف من الحجر الرملي، عينات، 4 قطع", "EG", 380, 4, 120, "USD",
         "sandstone paving samples are sawn, flat, 3 cm slabs; these four are thick, hand-dressed blocks, one "
         "carved with a spout, loaves and libation vessels and a band of cursive Meroitic script, with fresh "
         "crowbar marks and desert sand: Meroitic offering tables (1st-3rd century) from Sudan, taken out during the "
         "war, whose export Sudan forbids, brought in without the import licence Regulation 2019/880 requires, by "
         "sea from Alexandria to Salerno for a stone importer; Sudanese Arabic wording (Meroitic objects repeat in "
         "several sets; a paving-sample cover was found in no earlier row by a keyword search)",
         firm("Meridian Pietre Srl", "IT")),
        ("CUL-10", "import", "ESAIR01", "air", "BO", [], "ES", "630120",
         "Frazadas antiguas de lana de alpaca, fumigadas contra polilla, 8 piezas", "BO", 9, 8, 320, "USD",
         "old alpaca blankets are plain, heavy, machine-finished weaves; these eight are fine, small, "
         "warp-faced ceremonial textiles with ancestral designs and ritual knots, reeking of naphthalene, of the "
         "kind held in bundles by ayllu communities of Coroma: sacred Aymara textiles, inalienable community "
         "property whose export Bolivia forbids, brought in without the import licence Regulation 2019/880 "
         "requires, flown from La Paz to Madrid for a textile dealer; Bolivian Spanish wording (Coroma textiles "
         "repeat in a few sets under blanket and aguayo labels; kept as a repeat, a moth-fumigation label is the "
         "new part as far as a search found)", firm("Alpina Textil SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "FRSEA01", "sea", "FR", [], "DZ", "382499",
         "Adjuvant pour formulations insecticides organophosphorées, fûts de 200 l, 40 fûts", "FR", 11700, 40,
         18000, "EUR",
         "an insecticide adjuvant is a viscous, pale, surfactant blend that foams in water; these 40 drums hold a "
         "colourless, fuming, pungent liquid of 1.46 kg/l that reacts with water, releasing hydrogen chloride and "
         "hydrogen sulphide, and whose drum heads read CAS 3982-91-0: thiophosphoryl chloride (dual-use 1C350, a "
         "chemical-weapons precursor), exported without the licence Regulation 2021/821 requires, from Marseille to "
         "an Algiers 'agrochemical formulator'; French wording (thiophosphoryl chloride was found in no earlier row "
         "by a keyword search, and an insecticide-adjuvant cover for a precursor in none either)",
         {"importer_country": "DZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "LB", "380891",
         "Vonné kotouče s esenciálními oleji proti molům, plechovky, 2 000 ks", "CZ", 3000, 2000, 6000, "EUR",
         "essential-oil moth discs are scented cardboard in paper sleeves, sold in shops; these 2,000 sealed steel "
         "tins, each opened only with a special key, hold dense cardboard discs soaked in a stabilised liquid with a "
         "bitter-almond smell and a skull on the inner lid: hydrogen cyanide fumigant discs (Schedule 3 chemical, "
         "dual-use 1C350), exported without a licence, flown from Prague to Beirut for a 'pest-control' firm whose "
         "lorries go on to Syria, where Regulation 36/2012 forbids their supply; Czech wording (hydrogen cyanide "
         "repeats in one set; HCN discs as moth discs were found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "OM", "842490",
         "Repuestos para atomizadores de mochila: boquillas rotativas y bombas, 400 juegos", "ES", 1200, 400,
         8000, "EUR",
         "knapsack mist-blower spares are plastic nozzles, hoses and diaphragm pumps at a few euros each; these 400 "
         "sets are brushless-motor rotary atomisers with flow controllers, 12-24 V supplies and carbon-fibre booms "
         "for multirotor mounting, rated for droplets of 20-50 microns, at 200 EUR a set on the maker's list, for a "
         "Sohar 'agricultural' trader whose consignments go on to Bandar Abbas: spraying systems for unmanned aerial "
         "vehicles (dual-use 2B352), exported without a licence and listed in the Iran regulations, from Valencia; "
         "Spanish wording (UAV sprayers repeat in several sets and atomiser labels in a few; knapsack-sprayer "
         "spares via Oman are the new part as far as a search found)", {"importer_country": "OM"}),
        ("STR-04", "export", "DKAIR01", "air", "DK", [], "AM", "841920",
         "Desinfektionsskab til skadedyrsbekæmpelsesudstyr, rustfrit stål, 2 stk.", "DK", 1400, 2, 14000, "EUR",
         "a disinfection cabinet for pest-control kit is a stainless box with a UV lamp and a shelf; these two are "
         "gas-tight, negative-pressure class III isolators with glove ports, double-door pass boxes, HEPA exhaust "
         "and a hydrogen-peroxide vapour decontamination unit, at 70,000 EUR each on the maker's list, for a Yerevan "
         "'pest-control' firm registered last year whose freight forwarder ships to Tehran: biological containment "
         "equipment (dual-use 2B352), exported without a licence, flown from Copenhagen; Danish wording "
         "(isolators repeat in a few sets; a pest-control disinfection-cabinet label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "SKROAD01", "road", "SK", ["PL", "BY", "RU"], "KZ", "901320",
         "Laserový plašič vtákov, zelený, pre sady a letiská, 40 ks", "SK", 80, 40, 12000, "EUR",
         "a green bird-deterrent laser is a hand-held or mast-mounted beam of a few hundred milliwatts with an "
         "aviation-safe shut-off; these 40 are compact eye-safe 1,550 nm laser rangefinder modules with serial "
         "interfaces and mounting plates for drone gimbals, no green emitter at all, for an Almaty 'agro' firm whose "
         "buyer is a Russian drone assembler: laser rangefinders on the common high-priority list, whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, by lorry from Žilina; Slovak "
         "wording (laser modules repeat in several sets; a bird-deterrent label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "EG", "293299",
         "Piperonylbutoxide (PBO), synergist voor pyrethroïde insecticiden, 40 vaten", "NL", 7200, 40, 36000, "EUR",
         "piperonyl butoxide is a pale yellow, viscous oil of 1.06 kg/l with a faint aromatic smell; these drums "
         "hold a thin, colourless, fishy-amine-smelling liquid of 0.83 kg/l whose drum heads read CAS 96-80-0: "
         "N,N-diisopropylaminoethanol (Schedule 2 B11, dual-use 1C350), whose transfer to a State not party to the "
         "Chemical Weapons Convention is prohibited, from Rotterdam to an Alexandria 'insecticide formulator'; "
         "Dutch wording (diisopropylaminoethanol repeats in a few sets; a PBO-synergist label was found in no earlier "
         "row by a keyword search)", {"importer_country": "EG"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "IQ", "843680",
         "Komposttee-Brauanlagen, Edelstahl, 200 l, für biologischen Pflanzenschutz, 6 Stück", "AT", 1800, 6,
         9000, "EUR",
         "a compost-tea brewer is an open plastic or steel tank with an aquarium-type air pump; these six are "
         "jacketed, steam-sterilisable, closed fermenters of 200 l with sealed agitators, in-situ sterilisation "
         "valves and pH and dissolved-oxygen probes, the kind used to grow Bacillus thuringiensis or anything else, "
         "for an Erbil 'biopesticide' start-up that orders for a Tehran buyer: fermenters (dual-use 2B352), "
         "exported without a licence, flown from Vienna; Austrian German wording (fermenters repeat in many sets; a "
         "compost-tea label was found in no earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", [], "BY", "392690",
         "Pułapki lepowe na owady, 20 000 szt.", "PL", 2000, 20000, 6000, "EUR",
         "a pest-control lorry for a Minsk distributor at Kukuryki: sticky insect traps and ultrasonic rodent "
         "repellers are goods that may still go to Belarus, but the third item's 'spare boards for insect-killer "
         "lamps' are 600 MEMS inertial measurement units and fibre-optic gyro boards in anti-static bags, with no "
         "lamp part among them: navigation and inertial equipment on the common high-priority list, whose export to "
         "Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration; Polish wording "
         "(IMUs repeat in several sets; behind sticky traps under an insect-killer-lamp label is the new part as far "
         "as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("854370", "Odstraszacze gryzoni ultradźwiękowe, 3 000 szt.", "PL", 900, 9000, "EUR", qty=3000),
                           item("854390", "Zapasowe płytki elektroniczne do lamp owadobójczych, 600 szt.", "PL", 30, 1800, "EUR", qty=600)])),
        ("STR-09", "transit", "GRSEA01", "sea", "IN", ["GR"], "LB", "380891",
         "మలాథియాన్ టెక్నికల్ 95%, 200 లీటర్ డ్రమ్ములు, 60 డ్రమ్ములు", "IN", 11640, 60, 24000, "USD",
         "technical malathion is a brown-yellow liquid of 1.23 kg/l with a strong garlic and mercaptan smell; "
         "these 60 drums hold a colourless liquid of 0.97 kg/l with a sharp, sweetish smell and drum heads reading "
         "CAS 122-52-1: triethyl phosphite (Schedule 3, dual-use 1C350), landed at Piraeus in transit from Kakinada "
         "to Beirut for a buyer that supplies Syria, where Regulation 36/2012 forbids its supply, and moved through "
         "the Union without the licence transit of listed dual-use goods may require; Telugu wording (triethyl "
         "phosphite repeats in several sets and a malathion label once, on waste; a malathion label on a transit "
         "through Piraeus is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "import", "ROSEA01", "sea", "AZ", ["GE"], "RO", "441233",
         "Ağcaqayın kontrplakı, Azərbaycan mənşəli, 18 mm, 40 m3", "AZ", 28000, None, 22000, "USD",
         "Azerbaijan has no birch forests and no birch-plywood mill of any size; these crates carry the stamps of a "
         "Kostroma mill under fresh Azerbaijani labels, Russian GOST grade marks on the edges and a certificate of "
         "origin issued in Baku two weeks after the goods came in by rail from Russia: Russian birch plywood, whose "
         "import into the Union Regulation 833/2014 forbids, by sea from Batumi to Constanța for a Bucharest "
         "wholesaler; Azerbaijani wording (Russian plywood under other origins repeats in several sets; an "
         "Azerbaijani origin was found in no earlier plywood row by a keyword search)",
         firm("Central Lemn SRL", "RO")),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "PE", [], "ES", "440719",
         "Madera aserrada de cedro rojo (Juniperus virginiana) para forrar armarios antipolilla, 18 m3", "PE",
         8100, None, 7200, "USD",
         "aromatic red cedar for moth-proof closet lining is a knotty, purple-red and cream softwood with a sharp "
         "pencil smell, and Peru grows none; this container holds clear, pinkish-brown, straight-grained hardwood "
         "with a sweet, spicy, cigar-box smell and the oily pores of a meliaceous wood: Spanish cedar (Cedrela "
         "odorata, CITES App. II) without a CITES export permit, by sea from Callao to Valencia for a wardrobe "
         "maker; Peruvian Spanish wording (Cedrela repeats in several sets and red-cedar labels in a few, on other "
         "goods; a moth-proof closet-lining cover was found in no earlier row by a keyword search)",
         firm("Nordhafen Maderas SL", "ES")),
        ("WLF-02", "import", "FRPOST01", "post", "IN", [], "FR", "121190",
         "खस की जड़ (वेटिवर) के कीट-रोधी पाउच, कपड़ों की अलमारी के लिए, 40 पाउच", "IN", 2.4, 40, 60, "USD",
         "vetiver moth sachets hold thin, wiry, straw-coloured rootlets with an earthy, smoky smell; these 40 hold "
         "thick, greyish-brown, woody root pieces that smell of violets and old leather, the kuth root Kashmiri "
         "weavers pack with shawls against moths: Saussurea costus (CITES App. I) without CITES documents, posted "
         "from Amritsar to a private buyer in Lyon; Hindi wording (costus repeats in many sets and a vetiver label "
         "in a few; moth-repellent sachets are the new part as far as a search found)",
         person("Sophie Bernard", "FR")),
        ("WLF-03", "import", "CZAIR01", "air", "VN", [], "CZ", "380891",
         "Nhang muỗi (hương trừ muỗi), thùng 60 hộp, 2 tấn", "VN", 2000, None, 3000, "USD",
         "a pest-control air shipment for a Prague wholesaler at the Sapa market: mosquito coils and electric "
         "mosquito swatters are what such wholesalers sell, but the third item's 'cá khô' are 20 kg of dried, "
         "curled, bony-plated animals with a horse-like head and a prehensile tail: seahorses (Hippocampus spp., "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Hanoi to Prague; Vietnamese wording (seahorses repeat in many sets under dried-fish labels; behind "
         "mosquito coils is the new part as far as a search found)",
         dict(firm("Delta Asia Velkoobchod s.r.o.", "CZ"),
              _more_items=[item("854370", "Vợt điện diệt muỗi, 3.000 chiếc", "VN", 900, 4500, "USD", qty=3000),
                           item("030559", "Cá khô, 20 kg", "VN", 20, 60, "USD")])),
        ("WLF-04", "import", "FRAIR01", "air", "HT", [], "FR", "121190",
         "Bwa kwasya koupe (Quassia amara), pou ensektisid natirèl, 40 sak 25 kg", "HT", 1000, 40, 1200, "USD",
         "quassia chips are light, pale yellow, intensely bitter wood that floats; these 40 sacks hold "
         "olive-brown, resinous chips that sink in water, feel waxy and smell balsamic when sawn: lignum vitae "
         "(Guaiacum officinale, CITES App. II) without a CITES export permit, flown from Port-au-Prince to Paris for "
         "an organic-gardening supplier that sells 'quassia' as a natural insecticide; Haitian Creole wording "
         "(Guaiacum repeats in several sets; a quassia label was found in no earlier row by a keyword search)",
         firm("Rivage Jardin Bio SARL", "FR")),
        ("WLF-05", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "230690",
         "Kek din iri na darbejiya (neem seed cake), taki da maganin kwari, buhu 50 kg, 400 buhu", "NG", 20000,
         400, 4000, "USD",
         "neem seed cake is a crumbly, brown, garlic-bitter meal used as fertiliser and nematicide; behind the front "
         "rows of the container the sacks hold hard, overlapping, keratin scales, grey-brown and shield-shaped, "
         "about 4 t of them: pangolin scales (Manis spp., CITES App. I) without CITES documents, landed at Antwerp "
         "in transit from Lagos to Hai Phong; Hausa wording (pangolin scales repeat in many sets; a neem-cake label "
         "on a transit through Antwerp was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-06", "import", "DEPOST01", "post", "SB", [], "DE", "051199",
         "Ol dae insek spesimen blong pest, long bokis, 30 bokis", "SB", 1.5, 30, 90, "USD",
         "pest reference specimens are beetles, weevils and moths pinned in small boxes; these 30 envelopes hold "
         "huge papered butterflies with black-and-green or gold hindwings 15-20 cm across: birdwings (Ornithoptera "
         "victoriae and O. priamus, CITES App. II) without CITES documents, posted from Honiara to a private "
         "collector in Hamburg; Solomon Islands Pijin wording (birdwings repeat in many sets; a pest-specimen "
         "label in Pijin was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "CYAIR01", "air", "JO", [], "CY", "010639",
         "طيور سمان حية للزينة، 20 طائراً في صناديق", "JO", 12, 20, 200, "JOD",
         "ornamental quail are small, round, brown game birds that scurry and peck seed; these 20 boxes hold "
         "heart-faced, white-breasted, downy young owls that hiss and click: barn owls (Tyto alba, CITES App. II), "
         "taken from nest boxes of a Jordan Valley rodent-control programme, without CITES documents, flown from "
         "Amman to Larnaca for a Cypriot vineyard's 'biological rodent control'; Jordanian Arabic wording (live owls "
         "repeat in a few sets; barn owls under a quail label were found in no earlier row by a keyword search)",
         firm("Vega Ampelones Ltd", "CY")),
        ("WLF-08", "import", "ATPOST01", "post", "MN", [], "AT", "330290",
         "Анчны өгөөш, нийлэг заарын үнэртэй, 10 ширхэг (synthetic musk trapping lure)", "MN", 1.1, 10, 60, "USD",
         "a synthetic musk lure for trappers is an oily paste in small jars that smells of chemical musk; these ten "
         "are dried, hairy, fist-sized pods with a navel opening, full of dark, grainy, intensely animal-smelling "
         "musk: musk-deer pods (Moschus moschiferus, CITES App. II) without CITES documents, posted from "
         "Ulaanbaatar to a private buyer in Graz; Mongolian wording (musk repeats in many sets; a trapping-lure "
         "label was found in no earlier musk row by a keyword search)", person("Thomas Gruber", "AT")),
        ("WLF-09", "import", "DEAIR01", "express", "US", [], "DE", "121190",
         "Dried burdock root (gobo), organic, sliced, 4 x 500 g", "US", 2.1, 4, 60, "USD",
         "dried burdock root is thin, brown, fibrous slices that taste earthy and sweet; these four bags hold "
         "whole, cream-coloured, ringed, forked roots with neck scars counting ten years and a bitter-sweet ginseng "
         "taste: wild American ginseng (Panax quinquefolius, CITES App. II) without the CITES export permit it "
         "needs, sent by express from Wisconsin to a private buyer in Munich; US English wording (American ginseng "
         "repeats in several sets and burdock labels in many, blind235 with the same wording; kept as a repeat, by "
         "express from Wisconsin to Munich is the new part)",
         person("Anna Schmidt", "DE")),
        ("WLF-10", "import", "NLAIR01", "air", "KE", [], "NL", "121190",
         "Maua ya pareto yaliyokaushwa (pyrethrum), kwa dawa asilia ya wadudu, magunia 50 kg, 40", "KE", 2000, 40,
         4000, "USD",
         "dried pyrethrum flowers are light, white-and-yellow daisy heads that fill a sack at 15 kg; these 40 sacks "
         "weigh 50 kg each and hold curved slabs of reddish-brown bark with a bitter almond smell: Prunus africana "
         "bark (CITES App. II) without a CITES export permit, flown from Nairobi to Amsterdam for a botanical-extract "
         "maker; Swahili wording (Prunus africana repeats in many sets under other bark labels; kept as a repeat, a "
         "pyrethrum label was found in no earlier wildlife row by a keyword search)",
         firm("Atlantic Botanicals BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "BR", "ES", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model engines)", "BR", 4.6, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-66-0413")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "air", "JP", "FI", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (pond treatment)", "JP", 4.5, 4, 60, "EUR",
     [("PRECURSOR_LICENCE", "FI-POL-66-0107")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "380210",
     "Spent activated carbon from fumigant recapture (06 13 02*), for thermal reactivation at a licensed plant, "
     "18 t", "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-66-0388")],
     "notified spent carbon to a licensed reactivation plant"),
    ("PRM-04", "waste", "import", "PLROAD01", "road", "MD", "PL", "382590",
     "Obsolete pesticides, repacked in UN drums (02 01 08*), for high-temperature incineration, 20 t", "MD",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-66-0122")],
     "notified obsolete pesticides to a licensed hazardous-waste incinerator"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290361",
     "Methyl bromide, analytical reference standard in methanol, 10 x 1 ml, for essential laboratory use", "US",
     0.1, 10, 700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-66-031")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290373",
     "HCFC-141b, 40 drums, for use as feedstock in a fluorochemical plant", "US", 10000, 40, 30000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-66-012")], "HCFC-141b imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Gandhara schist head of a bodhisattva, 3rd century, Swiss collection since 1968", "PK", 18, 1, 65000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-66-0041")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Ethiopian Ge'ez psalter on parchment, 18th century, documented French collection since 1955", "FR", 3, 1,
     42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-66-0274")],
     "manuscript exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRSEA01", "sea", "FR", "IN", "281290",
     "Thiophosphoryl chloride, 40 drums, for an Indian organophosphate insecticide maker", "FR", 11700, 40, 38000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-66-0522"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-66-0188")],
     "dual-use precursor under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "BR", "841989",
     "Steam-sterilisable fermenters, 300 l, 2 units, for a Brazilian Bt biopesticide maker", "AT", 1400, 2,
     180000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-66-0093"), ("END_USER_CERTIFICATE", "BR-MAPA-EUC-66-0047")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "IN", "FR", "121190",
     "Saussurea costus roots, artificially propagated, dried, 50 kg", "IN", 50, None, 2500, "USD",
     [("CITES_PERMIT", "IN-CITES-66-0391")], "App. I costus from artificial propagation with its export permit"),
    ("PRM-12", "wildlife", "import", "BEAIR01", "air", "CM", "BE", "121190",
     "Prunus africana bark, from a managed harvest within the national quota, 2 t", "CM", 2000, None, 6000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-66-0112")], "App. II Prunus africana bark with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Mikko Virtanen", "PRM-03": "Central Aktivkohle GmbH",
    "PRM-07": "Orion Asiatika GmbH", "PRM-11": "Rivage Parfums SARL", "PRM-12": "Atlantic Botanicals SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them goods of
    # pest-control contractors, fumigators and disinfection and hygiene firms
    ("330499", "Icaridin 20 % insect-repellent lotion, 100 ml", "import", ["post"], ["JP", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 8, S),
    ("170211", "Lactose monohydrate, pharmaceutical grade, 25 kg bags", "import", ["air"], ["TH", "NZ"], (2, 4), (200, 800), ["USD"], None, S),
    ("271019", "White mineral oil, odourless, for thermal foggers", "import", ["sea"], ["BR", "KR"], (1.5, 3), (4000, 12000), ["USD"], None, S),
    ("340290", "Alkaline farm-hygiene detergent, 20 l cans", "import", ["sea"], ["ZA", "GE"], (1, 2), (6000, 16000), ["USD", "EUR"], 0.05, S),
    ("392690", "Fly-catcher ribbons, sticky, non-toxic", "import", ["post"], ["LK", "CN"], (10, 20), (1, 3), ["USD"], 40, S),
    ("140490", "Corn-cob grit, 10 kg sacks", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (8000, 16000), ["EUR"], 0.1, S),
    ("842441", "Pressure garden sprayers, 5 l, new", "import", ["sea"], ["CN", "AM"], (4, 8), (2000, 6000), ["USD"], 0.6, S),
    ("250300", "Sulphur powder 99.5 %, technical, 25 kg bags", "import", ["sea"], ["TN", "AE"], (0.2, 0.4), (10000, 20000), ["USD", "EUR"], None, S),
    ("961511", "Nit combs, plastic, fine-toothed", "import", ["post"], ["PK", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 30, S),
    ("630492", "Cotton mosquito nets, untreated", "import", ["sea"], ["KH", "VN"], (2, 4), (1000, 4000), ["USD"], 1.2, S),
    ("854370", "Electric insect-killer lamps, LED, new", "import", ["sea"], ["CN", "VN"], (6, 12), (2000, 6000), ["USD"], 0.3, S),
    ("380210", "Activated carbon, virgin, coconut-shell, 25 kg bags", "import", ["sea"], ["LK", "PH"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("440791", "Reclaimed oak beams, untreated, kiln-dried", "export", ["sea"], ["MA", "US"], (0.4, 0.9), (10000, 22000), ["EUR"], None, S),
    ("382000", "Screen wash concentrate, -20 °C, 5 l cans", "export", ["sea"], ["NG", "GH"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.2, S),
    ("291211", "Formaldehyde 37 %, technical, new, IBC", "export", ["sea"], ["AO", "MA"], (0.3, 0.5), (15000, 22000), ["EUR"], None, S),
    ("271220", "Paraffin wax, fully refined, slabs", "export", ["sea"], ["GH", "NG"], (1.0, 1.6), (15000, 22000), ["EUR", "GBP"], None, S),
    ("870192", "Used farm tractors, serviced, with service records", "export", ["sea"], ["EG", "MA"], (1.5, 3), (4000, 10000), ["EUR"], 0.0004, S),
    ("282810", "Calcium hypochlorite 70 %, pool granules, new, dated drums", "export", ["road"], ["ME", "RS"], (1.2, 2), (6000, 14000), ["EUR"], 0.022, S),
    ("281121", "Liquid carbon dioxide, siphon cylinders", "import", ["road"], ["MK", "RS"], (0.5, 1.0), (2000, 6000), ["EUR"], 0.03, S),
    ("271019", "Isoparaffin solvent, odourless, 20 l cans", "import", ["sea"], ["MA", "KR"], (1.5, 2.5), (3000, 8000), ["EUR", "USD"], 0.06, S),
    ("271112", "Propane, 11 kg cylinders, for flame weeders", "import", ["road"], ["TR", "RS"], (1.5, 3), (2000, 6000), ["EUR"], 0.09, S),
    ("290919", "Dimethyl ether (DME), aerosol propellant, ISO tank", "import", ["sea"], ["CN", "KR"], (0.7, 1.1), (16000, 20000), ["USD"], None, S),
    ("860900", "Dry freight containers, 40 ft, used, cargo-worthy", "export", ["sea"], ["SN", "GH"], (0.4, 0.8), (15000, 40000), ["EUR"], 0.00026, S),
    ("442011", "Carved wooden statuettes, new craft, with fumigation certificate", "import", ["air"], ["CI", "GH"], (6, 12), (50, 300), ["EUR", "USD"], 0.2, S),
    ("392640", "Resin bird-scarer owls, hollow, painted", "import", ["sea"], ["PK", "CN"], (3, 6), (1000, 4000), ["USD"], 0.6, S),
    ("392690", "Resin-embedded insect specimens for teaching", "import", ["express"], ["CN", "US"], (40, 80), (1, 3), ["USD"], 4, S),
    ("442199", "Heat-treated reclaimed pine panelling", "export", ["road"], ["CH", "NO"], (2, 4), (3000, 9000), ["EUR"], None, S),
    ("680299", "Sandstone garden lanterns, new", "import", ["sea"], ["KH", "VN"], (0.8, 1.5), (6000, 16000), ["USD"], 0.03, S),
    ("711719", "Gold-plated brass costume jewellery", "import", ["post"], ["CO", "IN"], (40, 90), (1, 2), ["USD"], 20, S),
    ("830629", "Brass bird-bath ornaments, new, hollow-cast", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 0.1, S),
    ("490199", "Printed Amharic prayer books, new", "import", ["air"], ["ET"], (4, 8), (50, 300), ["USD"], 2, S),
    ("630120", "Alpaca-wool blankets, new, machine-woven", "import", ["air"], ["BO", "PE"], (30, 60), (100, 400), ["USD"], 0.5, S),
    ("842490", "Knapsack sprayer spares, nozzles and hoses", "export", ["sea"], ["OM", "MA"], (8, 15), (1000, 4000), ["EUR"], 1, S),
    ("293299", "Piperonyl butoxide (PBO), technical, drums", "export", ["sea"], ["EG", "TR"], (4, 7), (4000, 10000), ["EUR"], None, S),
    ("843680", "Compost-tea brewers, open tank, with air pump", "export", ["air"], ["IQ", "MA"], (8, 15), (200, 800), ["EUR"], 0.02, S),
    ("441233", "Birch plywood, 18 mm, Ukrainian", "import", ["sea"], ["UA"], (0.6, 0.9), (18000, 26000), ["USD", "EUR"], None, S),
    ("440719", "Eastern red cedar closet-lining boards", "import", ["sea"], ["US"], (1.5, 3), (5000, 12000), ["USD"], None, S),
    ("121190", "Vetiver root moth sachets, for wardrobes", "import", ["post"], ["IN", "HT"], (20, 40), (1, 3), ["USD"], 15, S),
    ("121190", "Dried pyrethrum flowers, for natural insecticides", "import", ["air"], ["KE", "RW"], (3, 6), (300, 1500), ["USD"], None, S),
    ("230690", "Neem seed cake, fertiliser, 50 kg bags", "import", ["sea"], ["IN"], (0.2, 0.4), (15000, 24000), ["USD"], 0.02, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("901780", "Retractable measuring tapes, 5 m", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("441912", "Bamboo chopsticks, reusable, boxed", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 6, N),
        ("441919", "Bamboo steamer baskets, two tiers", "import", ["post", "express"], ["CN", "TW"], (15, 30), (1, 3), ["USD"], 1, N),
        ("392490", "Plastic plant saucers, round", "import", ["sea", "road"], ["TR", "RS"], (2, 3.5), (2000, 6000), ["EUR", "USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind241", 20660501, HERE)


if __name__ == "__main__":
    main()
