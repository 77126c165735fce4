#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-fourth blind set (tests/risk/data/blind244-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2066, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: zoos, aquariums, circuses and
equestrian sport (zoological institutions, public aquariums and dolphinariums, travelling
circuses, ice shows and animal shows, horse traders, racing and show stables, farriers
and equine vets).
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
Disguised rows carry a consignee name only where a real declaration would. Ids are BL244-*:

    python3 tests/risk/data/make_blind244_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "CH", [], "AT", "283650",
         "Eisfarbe weiss, Schlämmkreide-Pulver zum Einfärben von Eisflächen für Eisshows, 4 Säcke à 25 kg", "CH",
         100, 4, 180, "CHF",
         "the whiting that ice-show crews spray under the last flood of a rink is a soft, chalky calcium carbonate "
         "that does not dissolve and settles as a white mud; these four sacks hold hard white prills that dissolve "
         "completely, turn the water ice-cold and test at 34 % N, ordered by a private person in Linz who says he "
         "floods a backyard rink for a family Christmas ice show: ammonium nitrate (Annex I at 16 % N or more) "
         "imported by a member of the public, in his own van at Feldkirch; Swiss German wording (ammonium nitrate "
         "repeats in many sets and snow or ski-piste covers in several; an ice-rink whiting label was found in no "
         "earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-02", "import", "IEAIR01", "express", "US", [], "IE", "294000",
         "Glucosamine HCl 99%, equine joint supplement, pure powder, 4 x 2.5 lb tubs", "US", 4.6, 4, 96, "USD",
         "equine glucosamine is a fluffy, off-white powder that tastes faintly sweet and salty and dissolves at once; "
         "these four tubs hold heavy, glassy white crystals that dissolve slowly in cold water, taste of nothing, "
         "crackle and spit violet sparks on a hot shovel and carry CAS 3811-04-9 on the inner bags: potassium "
         "chlorate (Annex I above 40 %), sent by express from Kentucky to a private person at a Kildare yard; US "
         "English wording (potassium chlorate repeats in many sets and horse electrolytes once, blind60; a "
         "glucosamine label on a precursor was found in no earlier row by a keyword search)",
         person("Private individual", "IE")),
        ("PRE-03", "import", "FRPOST01", "post", "GB", [], "FR", "330790",
         "Show-ring whitening shampoo for grey horses, 'Snow White', 3 x 1 litre", "GB", 3.4, 3, 36, "GBP",
         "a grey-horse whitening shampoo is a violet-tinted, foaming, perfumed liquid; these three bottles hold a "
         "water-clear, odourless liquid of 1.13 kg/l that does not foam with water, bleaches a hand white and fizzes "
         "on a scratch, under vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Newmarket to a private dressage rider near Saumur; British English wording (hydrogen peroxide repeats in "
         "many sets and hoof-thrush and hairdresser covers in several; a grey-horse shampoo label was found in no "
         "earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("PRE-04", "import", "NLAIR01", "express", "ZA", [], "NL", "380891",
         "Vliegspuit vir perde, sitronella en eucalyptus, 4 x 1 liter", "ZA", 4.6, 4, 720, "ZAR",
         "a citronella fly spray for horses is a watery, milky emulsion of 1.0 kg/l that smells strongly of lemon "
         "grass; these four bottles hold an oily, colourless liquid of 1.14 kg/l that does not mix with water, "
         "smells faintly fruity and chemical, not of citronella, and burns with a yellow flame, sent by express, "
         "not as declared dangerous goods: nitromethane (Annex I above 16 %), from Pretoria to a private person in "
         "Ermelo who races model cars; Afrikaans wording (nitromethane repeats in many sets and a hoof-oil cover "
         "in blind212; a horse fly-spray label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-05", "import", "DEAIR01", "air", "JP", [], "DE", "382499",
         "錦鯉池用 pH ダウン液 (pH マイナス), 1 リットル, 600 本", "JP", 1100, 600, 480000, "JPY",
         "a koi-pond pH-down liquid is a dilute acid or a bisulphate solution of about 1.1 kg/l sold to hobbyists "
         "with a dosing cap; these 600 bottles weigh 1.84 kg/l, are oily, grow hot with a drop of water and char a "
         "wooden stirrer at once, for a Bremen koi-and-pond web shop that sells them to the public: about 96 % "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, flown from Niigata; Japanese "
         "wording (sulphuric acid repeats in many sets and pH-minus labels in several, on pool products; a "
         "koi-pond label on sulphuric acid was found in no earlier row by a keyword search)",
         firm("Vega Teichbedarf GmbH", "DE")),
        ("PRE-06", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Întăritor pentru copite, fără formaldehidă, flacon 1 l, 480 flacoane", "MD", 670, 480, 1900, "EUR",
         "a hoof hardener is a clear, solvent-smelling lacquer painted on the sole; these bottles hold a liquid of "
         "1.40 kg/l that fumes brown at the neck, stains a glove yellow and eats into a horseshoe nail in minutes, "
         "for a Iași saddlery shop that sells to horse owners: about 65 % nitric acid (Annex I above 3 %) retail-packed "
         "for members of the public, on a lorry at Sculeni; Romanian wording from Moldova (nitric acid repeats in "
         "many sets; a hoof-hardener label was found in no earlier row by a keyword search)",
         firm("Delta Echitatie SRL", "RO")),
        ("PRE-07", "import", "ESSEA01", "sea", "TN", [], "ES", "250100",
         "ملح بحري مكرر للأحواض ومسابح الدلافين، 99.5 %، أكياس 25 كغ، 1200 كيس", "TN", 30000, 1200, 4200, "EUR",
         "refined sea salt for dolphinarium and pool water is a damp, white, salty crystal that only dissolves; "
         "these sacks hold dry, colourless crystals with no salty taste that draw damp, crackle and flare on a gas "
         "ring, and the inner liners give CAS 7775-09-9, for a Valencia pool-and-pond web shop that supplies a "
         "marine park and sells the sacks to the public: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Sfax; Tunisian Arabic wording (sodium chlorate repeats in many sets "
         "under salt labels, pool and reef salt among them; a dolphinarium-salt label was found in no earlier row "
         "by a keyword search)", firm("Horizon Piscinas SL", "ES")),
        ("PRE-08", "import", "FRAIR01", "air", "CN", [], "FR", "283699",
         "杂技空中项目专用防滑镁粉 (碳酸镁), 500 克罐装, 600 罐", "CN", 300, 600, 900, "USD",
         "aerialists' chalk is a feather-light magnesium carbonate that squeaks between the fingers and fills a "
         "500 g tin to the brim; these tins are half full of a dense, gritty white powder that does not whiten the "
         "hands, burns fiercely with sugar and whose inner bags read 'KClO4', for a Paris circus-arts supply shop "
         "that sells to students and the public: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Shijiazhuang near the Wuqiao acrobatics schools; Chinese wording "
         "(potassium perchlorate repeats in many sets and climbing-chalk labels in a few, blind58 and blind74; a "
         "circus aerialists' chalk label is the new part as far as a search found)",
         firm("Orion Arts du Cirque SARL", "FR")),
        ("PRE-09", "import", "IESEA01", "sea", "BR", [], "IE", "250100",
         "Sal marinho de Mossoró para spa equino de água fria, sacos 25 kg, 800 sacos", "BR", 20000, 800, 5600, "USD",
         "sea salt for an equine cold-water spa is a coarse, damp, grey-white salt that tastes of the sea; these "
         "sacks hold a fine, dry, white powder with no salty taste that cakes in damp air and makes a match flare "
         "violently, for a Naas maker of equine spas that sells the sacks to horse owners as refills: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Natal to Dublin; "
         "Brazilian Portuguese wording (sodium perchlorate repeats in many sets, and Dead Sea and magnesium-flake "
         "labels in a few; an equine-spa salt label was found in no earlier row by a keyword search)",
         firm("Atlantic Equine Ltd", "IE")),
        ("PRE-10", "import", "DEPOST01", "post", "IS", [], "DE", "300490",
         "Saltvatn til sárahreinsunar fyrir hesta, sæft, 2 x 1 lítri", "IS", 2.4, 2, 6000, "ISK",
         "sterile saline wound wash is water-thin, 1.01 kg/l and harmless on the skin; these two bottles hold a "
         "liquid of 1.13 kg/l that foams violently on a cut, whitens the fingertips and swells the vented caps: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), posted from Reykjavík to a private Icelandic-horse "
         "breeder in Lower Saxony; Icelandic wording (hydrogen peroxide repeats in many sets and a saline label "
         "once, on a buffer solution in blind182; a horse wound-wash label from Iceland is the new part as far as "
         "a search found)", person("Anna Schmidt", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "630612",
         "Teloni in PVC usati, lavati, per coperture agricole, balle, 18 t", "IT", 18000, None, 1800, "EUR",
         "used agricultural tarpaulins are sorted, whole sheets with eyelets; these bales hold torn, mouldy, "
         "red-and-yellow striped big-top canvas in strips, still laced with rope and zips, with a flame-retardant "
         "certificate of 1998 in one bale, cut from a touring circus's chapiteau retired at its winter quarters "
         "near Brescia: PVC-coated fabric whose short-chain chlorinated paraffins make it persistent-organic-"
         "pollutant waste and mixed plastic waste, shipped without the notification and consent it needs, and "
         "as hazardous waste banned from export to a non-OECD country, from Genoa to Radès; Italian wording "
         "(tarpaulin labels appear in a few earlier rows on other wastes; a circus big top was found in no earlier "
         "row by a keyword search)", {"importer_country": "TN"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "IN", "283230",
         "Ammonium thiosulphate solution (ATS 12-0-0-26S), liquid fertiliser, IBCs, 22 t", "IE", 22000, 22, 3300,
         "EUR",
         "ATS fertiliser is a clear, colourless liquid that smells faintly of ammonia and sulphur; these 22 IBCs "
         "hold a brown-black liquid that smells of vinegar and rotten eggs, with a silver mirror on the walls and "
         "silver at about 4 g/l, drained from the X-ray processors of Kildare and Tipperary equine hospitals and "
         "racing-yard vets still running film: spent photographic fixer and developer (09 01 04*, 09 01 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to Nhava Sheva for a "
         "'fertiliser blender'; Irish English wording (fixer repeats in several sets, as silver concentrate among "
         "others; an ATS-fertiliser label and an equine-hospital source were found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-03", "export", "BGSEA01", "sea", "BG", [], "GE", "282810",
         "Химикали за басейни, калциев хипохлорит 65 %, гранули, нови, варели, 12 т", "BG", 12000, 480, 7200, "EUR",
         "new calcium hypochlorite comes in sealed, dated drums of free-flowing white granules that smell of "
         "chlorine; these drums are dented, caked solid and swollen, mixed with half-used cans of copper algaecide, "
         "hydrochloric acid and unlabelled laboratory reagents, the stock left when a Black Sea dolphinarium "
         "closed its pools: off-specification and discarded chemicals (16 05 06*, 16 05 07*), hazardous waste "
         "whose export to a non-OECD country is banned, from Varna to Batumi for a 'pool builder'; Bulgarian "
         "wording (pool chemicals repeat in a few sets; a dolphinarium's leftover stock was found in no earlier row "
         "by a keyword search)", {"importer_country": "GE"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "262190",
         "Drevný popol z biomasového kotla, draselné hnojivo, big bagy, 24 t", "SK", 24000, None, 480, "EUR",
         "wood ash from a biomass boiler is light grey, powdery and smells of a bonfire; these bags hold dark, "
         "heavy, sintered ash with bone fragments, melted glass and metal tags, and fine fly ash that reads lead, "
         "cadmium and dioxins, from the animal-carcass incinerator of a zoo and its veterinary clinic: fly ash and "
         "bottom ash from the incineration of animal waste (19 01 13*, 19 01 11*), hazardous waste whose export to "
         "a non-OECD country is banned, on a lorry at Vyšné Nemecké for an Uzhhorod 'farm supply' buyer; Slovak "
         "wording (fly ash and incinerator residues repeat in many sets; a zoo incinerator under a wood-ash label "
         "is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "EG", "250510",
         "Quarzsand für Aquarien- und Schwimmbadfilter, 0,7-1,2 mm, Big Bags, 16 t", "DE", 16000, None, 1600, "EUR",
         "filter sand is clean, rounded, sieved quartz grains; these bags hold sharp, milky quartz-glass shards, "
         "bent electrodes, end caps and ballast boards that read mercury on a vapour meter, crushed from the UV-C "
         "sterilisers of public aquariums and zoo aquarium houses serviced by a Hamburg life-support contractor: "
         "crushed mercury-containing lamps (20 01 21*), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Alexandria for a 'pool builder'; German wording (crushed lamps and UV-C lamps "
         "repeat in several sets, blind173 among them, and filter-sand labels in a few, blind58 on range sand; "
         "aquarium UV-C lamps under a filter-sand label are the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "871640",
         "Gebruikte paardentrailers, 2-paards, 3 stuks", "NL", 4200, 3, 9000, "EUR",
         "a Dutch horse-trade container for Tema: used horse trailers and second-hand saddlery are what Brabant "
         "dealers ship to West African polo and riding clubs, but the third item's 'accu's voor schrikdraadapparaten, "
         "getest' are 300 scrap car and fence-energiser lead-acid batteries, cracked and leaking acid into the "
         "trailer floors, collected from stables and scrapyards: waste lead-acid batteries (16 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration "
         "from Rotterdam; Dutch wording (lead-acid batteries repeat in many sets, and behind used goods in "
         "blind112; behind horse trailers and saddlery is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("420100", "Gebruikte zadels en hoofdstellen, 80 stuks", "NL", 400, 2400, "EUR", qty=80),
                           item("850710", "Accu's voor schrikdraadapparaten, getest, 12 V, 300 stuks", "NL", 4500, 600, "EUR", qty=300)])),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "CV", "271019",
         "Gasóleo para grupos geradores de circo, tambores de 200 l, 60 tambores", "PT", 10400, 60, 2600, "EUR",
         "generator diesel is a clear, straw-coloured, thin fuel; these drums hold a black, thick, water-laden oil "
         "with metal fines and the smell of burnt lubricant, drained from the lorries, tractors and generators of "
         "a touring circus at its winter quarters near Santarém: waste engine and gear oils (13 02 05*, 13 02 08*), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Praia for the circus's "
         "'Cabo Verde tour'; Portuguese wording (waste oil repeats in many sets and generator covers in a few; a "
         "circus generator-fuel label was found in no earlier row by a keyword search)",
         {"importer_country": "CV"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "871610",
         "Használt cirkuszi lakókocsik, berendezéssel, 4 db", "HU", 12000, 4, 8000, "EUR",
         "used circus caravans are lived-in trailers with bunks and a kitchen; these four are emptied shells "
         "stacked to the roof with CRT televisions, monitors, fridges and freezers with their compressors and "
         "foam, old amplifiers and stage dimmers, collected from a Budapest district's bulky-waste days: waste "
         "electrical and electronic equipment with hazardous components (20 01 35*, 20 01 23*), shipped without the "
         "notification and consent it needs and banned from export to a non-OECD country, at Röszke for a Subotica "
         "'second-hand' trader; Hungarian wording (e-waste inside used vehicles repeats in many sets; circus "
         "caravans were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-09", "export", "FRAIR01", "air", "FR", [], "MG", "300490",
         "Don de médicaments vétérinaires pour un parc zoologique, 40 cartons", "FR", 600, 40, 400, "EUR",
         "a veterinary medicine donation travels in date with a packing list per batch; these 40 cartons hold "
         "ketamine, antibiotics, wormers and infusion bags two to six years past expiry, opened vials, "
         "cytotoxic tablets and dart syringes with needles, cleared out of a French zoo's pharmacy: waste "
         "pharmaceuticals and sharps (18 02 07*, 18 02 02*), hazardous waste whose export to a non-OECD country is "
         "banned, flown from Paris to Antananarivo for a 'zoological park'; French wording (expired medicines "
         "repeat in a few sets, as donations among them, blind162; a zoo pharmacy was found in no earlier row by a "
         "keyword search)", {"importer_country": "MG"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "440791",
         "Hrastove grede, rabljene, očišćene, za uređenje interijera, 20 t", "HR", 20000, None, 3000, "EUR",
         "reclaimed oak beams are cleaned, de-nailed and planed; these are painted beams and boards with layers of "
         "flaking white and green paint that reads 4 % lead on an XRF gun, tar-soaked ends and animal gnawing, torn "
         "out of a 1920s zoo pavilion and stable block during demolition: wood containing hazardous substances "
         "(17 02 04*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Stara Gradiška "
         "for a Banja Luka 'furniture maker'; Croatian wording (lead-painted barn wood repeats once, blind189; a zoo "
         "pavilion to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "KR", [], "NL", "842489",
         "펭귄 사육장용 제설기 (스노우 메이커), 냉매 R-452A, 6대", "KR", 4800, 6, 72000, "USD",
         "snow makers for penguin exhibits run an ice-flake machine on an HFC blend with a cylinder of "
         "that blend named on the plate; these six have 1990s-pattern compressors, R-22 service valves and a "
         "charge that reads chlorodifluoromethane on a leak detector, relabelled R-452A, for a Rotterdam "
         "zoo-equipment supplier: equipment containing HCFC-22, whose import into the Union is banned, by sea from "
         "Busan; Korean wording (R-22 equipment repeats in many sets; a penguin-exhibit snow maker was found in "
         "no earlier row by a keyword search)", firm("Horizon Dierenpark Techniek BV", "NL")),
        ("OZN-02", "import", "ESSEA01", "sea", "CN", [], "ES", "382499",
         "硫酰氟熏蒸剂 (出口苜蓿干草熏蒸用), 钢瓶 50 kg, 80 瓶", "CN", 4000, 80, 12000, "USD",
         "sulfuryl fluoride for hay fumigation is a gas that sits in its cylinder at about 17 bar and has no smell; "
         "these 80 cylinders read 2 bar, slosh with a liquid of 1.73 kg/l and the stamped shoulders read 'CH3Br' "
         "under the labels, for an Ebro-valley alfalfa-hay exporter that fumigates bales for Gulf horse and camel "
         "stables: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), by sea "
         "from Tianjin to Valencia; Chinese wording (methyl bromide repeats in many sets and sulfuryl-fluoride "
         "labels in a few, blind186 on wool bales; export hay for horses is the new part as far as a search found)",
         firm("Meridian Forrajes SL", "ES")),
        ("OZN-03", "import", "CYSEA01", "sea", "TR", [], "CY", "761300",
         "Canlı balık taşımacılığı için medikal oksijen tüpleri, alüminyum, 40 l, dolu, 30 adet", "TR", 1800, 30, 3600,
         "EUR",
         "oxygen cylinders for live-fish transport hold gas at 150-200 bar and do not slosh; these 30 read 42 bar, "
         "slosh, weigh 60 kg of contents each and the valves carry red-painted 'BTM' stencils under the white "
         "oxygen shoulder: bromotrifluoromethane (halon 1301), whose import into the Union is banned outside "
         "licensed critical uses, by sea from Mersin to Limassol for a public aquarium's fire-suppression "
         "contractor; Turkish wording (halon 1301 repeats in many sets and inert-gas labels in several; an "
         "oxygen-for-fish-transport label was found in no earlier row by a keyword search)",
         firm("Vega Marine Services Ltd", "CY")),
        ("OZN-04", "import", "FRAIR01", "air", "AR", [], "FR", "300490",
         "Spray frío para tendones de caballos de polo, 400 ml, sin CFC, 1.200 latas", "AR", 720, 1200, 4800, "USD",
         "equine cold sprays are DME- or butane-driven cans that read 'non-flammable' only if an HFO is named; "
         "these 1,200 cans are non-flammable, heavy for their size, and a can vented into a gas test gives "
         "dichlorodifluoromethane, for a Chantilly polo-and-racing saddlery: products containing CFC-12, whose "
         "import into the Union is banned, flown from Buenos Aires to Paris; Rioplatense Spanish wording (freeze "
         "and cold sprays repeat in many sets, for sports and warts; a polo-horse tendon spray was found in no "
         "earlier row by a keyword search)", firm("Alpina Sellerie SARL", "FR")),
        ("OZN-05", "import", "GBSEA01", "sea", "IN", [], "GB", "420100",
         "घोड़े की काठी, अंग्रेज़ी शैली, चमड़ा, 200 नग", "IN", 2400, 200, 24000, "USD",
         "a Kanpur saddlery container for a Walsall wholesaler: English saddles and bridles are what Kanpur makers "
         "ship, but the third item's 'leather cleaning solvent' is 40 cans of a liquid of 1.59 kg/l that does not "
         "burn, smells sweet like chloroform and whose can labels, under stickers, read 'CCl4': carbon "
         "tetrachloride, whose import is banned, hidden as the last item of a three-item declaration, by sea from "
         "Mundra to Felixstowe; Hindi wording (carbon tetrachloride repeats in many sets; behind saddlery from "
         "Kanpur is the new part as far as a search found)",
         dict(firm("Central Saddlery Ltd", "GB"),
              _more_items=[item("420100", "लगाम और रकाब के पट्टे, चमड़ा, 400 नग", "IN", 400, 4800, "USD", qty=400),
                           item("381400", "चमड़ा सफाई विलायक (leather cleaning solvent), 20 लीटर कैन, 40 कैन", "IN", 1270, 400, "USD", qty=40)])),
        ("OZN-06", "import", "NLSEA01", "sea", "AE", [], "NL", "390950",
         "رغوة بولي يوريثان رش ثنائية المكونات لتشكيل الصخور الصناعية في حدائق الحيوان، 120 طقم", "AE", 6000, 120,
         18000, "USD",
         "two-component spray-foam kits for zoo rockwork are blown with water, pentane or an HFO and carry a flame "
         "or gas mark to match; these 120 kits are not flammable, their B-side hisses with a sweet, ether-like gas "
         "and a head-space test gives 1,1-dichloro-1-fluoroethane, for a Dutch zoo-theming contractor building "
         "artificial cliffs for a new primate house: products containing HCFC-141b, whose import into the Union is "
         "banned, by sea from Jebel Ali to Rotterdam; Gulf Arabic wording (HCFC-141b repeats in many sets and "
         "pond-waterfall foam once, blind190; zoo rockwork theming is the new part as far as a search found)",
         firm("Nordhafen Thema BV", "NL")),
        ("OZN-07", "import", "IEAIR01", "air", "TW", [], "IE", "901910",
         "馬匹冷敷加壓治療機 (冰水式, 無冷媒), 8 台", "TW", 400, 8, 16000, "USD",
         "an equine cold-compression unit works with an ice-water reservoir and a pump and has no refrigerant; "
         "these eight have a compressor, condenser and a service port, their plates read 'R-22, 0.8 kg' under a "
         "new sticker and a leak test gives chlorodifluoromethane, for a Curragh equine rehabilitation centre: "
         "equipment containing HCFC-22, whose import into the Union is banned, flown from Taipei to Dublin; "
         "traditional Chinese wording from Taiwan (R-22 equipment repeats in many sets and cryotherapy covers in a "
         "few; equine cold-compression units were found in no earlier row by a keyword search)",
         firm("Rivage Equine Therapy Ltd", "IE")),
        ("OZN-08", "transit", "ESSEA01", "sea", "CN", ["ES"], "MA", "290342",
         "Fluide frigorigène R-32, bouteilles jetables 9 kg, 800 bouteilles, pour la chambre froide du parc "
         "zoologique", "CN", 8000, 800, 24000, "USD",
         "R-32 is a flammable refrigerant in red-banded, left-hand-threaded cylinders at 9 kg; these 800 green "
         "cylinders are not flammable, read 9 bar at 20 °C and a leak detector gives chlorodifluoromethane: "
         "HCFC-22, a controlled substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Algeciras in transit from Ningbo to Tanger Med for a Rabat zoo's cold-store "
         "contractor; Moroccan French wording (HCFC-22 under HFC labels repeats in many sets and transits through "
         "Spain in a few; a zoo cold-store label is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("OZN-09", "import", "HUROAD01", "road", "RS", [], "HU", "381400",
         "Средство за чишћење копита пре лепљења потковица, 1 л, 240 боца", "RS", 320, 240, 960, "EUR",
         "a farrier's cleaner for glue-on shoes is acetone or alcohol: light (0.79 kg/l), flammable and quick to "
         "dry; these bottles hold a liquid of 1.34 kg/l that does not burn, smells sweet like chloroform and boils "
         "at 74 °C, and the filler's drum label in the van reads 'CH3CCl3', for a Kecskemét farrier-supply shop: "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, at Röszke; Serbian "
         "Cyrillic wording (methyl chloroform repeats in many sets; a farrier glue-on-shoe cleaner was found in no "
         "earlier row by a keyword search)", firm("Delta Patkolas Kft.", "HU")),
        ("OZN-10", "export", "BESEA01", "sea", "BE", [], "EG", "841869",
         "Gebruikte zeewaterkoelers van een publiek aquarium, gereviseerd, 5 stuks", "BE", 7500, 5, 15000, "EUR",
         "refurbished seawater chillers for export come with a new, low-GWP charge and a test report; these five, "
         "taken out of a closed Antwerp aquarium's life-support plant, are titanium-coil units still holding their "
         "original HCFC-22 charge, about 40 kg each, not emptied: equipment containing HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), from Antwerp to Alexandria for a Hurghada aquarium; Flemish "
         "wording (R-22 equipment for export repeats in many sets and aquarium chillers in a few, on imports; a "
         "closed public aquarium's chillers for export are the new part as far as a search found)",
         {"importer_country": "EG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "420100",
         "دهنه‌های اسب برنجی قدیمی، تزئینی، ۱۲ عدد", "AE", 9, 12, 360, "USD",
         "old brass horse bits are cast, machine-finished snaffles with worn rings; these twelve are bronze "
         "cheek-pieces cast as winged ibexes and demons, with a green-red earth crust in the crevices and a "
         "bar-bit between them: Luristan horse bits of the early 1st millennium BC dug in western Iran, "
         "archaeological objects brought in without the importer statement Regulation 2019/880 requires and "
         "against the Union's Iran measures, flown from Dubai to Frankfurt for a dealer in equestrian antiques; "
         "Persian wording (Luristan bronzes repeat in many sets and horse-bit labels in several, blind6, blind76, "
         "blind98 and blind212 among them; kept as a repeat, a Dubai dealer in equestrian antiques is the new part)", firm("Orion Reitsport-Antiquitäten GmbH", "DE")),
        ("CUL-02", "import", "DEPOST01", "post", "UA", [], "DE", "830629",
         "Латунні прикраси для кінської збруї, старі, англійські, 20 шт.", "UA", 1.4, 20, 60, "EUR",
         "English horse brasses are flat, polished, cast-brass medallions with a hanging loop; these twenty are "
         "gilded bronze and gold-foil plaques in animal style (stags, panthers, griffins) with earth in the "
         "rivet holes, from a looted steppe kurgan: Scythian harness fittings of the 5th-4th century BC, "
         "archaeological objects taken out of Ukraine, whose law forbids their export, brought in without the "
         "Ukrainian export document, posted from Zaporizhzhia to a private collector in Bielefeld; Ukrainian "
         "wording (Scythian objects repeat in many sets; a horse-brass label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "ITSEA01", "sea", "TN", [], "IT", "392640",
         "Décor d'aquarium, amphores en résine façon antique, 40 pièces", "TN", 900, 40, 800, "EUR",
         "resin amphora replicas for aquariums are light, hollow castings with painted 'encrustations'; these 40 "
         "are heavy fired-clay amphorae with real barnacle and worm-tube crusts, pitch lining inside and stamped "
         "handles, raised by divers off the Kerkennah islands: Punic and Roman amphorae from the seabed, "
         "underwater cultural heritage whose export Tunisia forbids, brought in without an import licence "
         "(Regulation 2019/880), by sea from Sfax to Trapani for a public-aquarium supplier; Tunisian French wording "
         "(amphorae and wreck finds repeat in several sets, and aquarium-decoration labels in a few, on wildlife "
         "rows; an aquarium-decoration label on a cultural good was found in no earlier row by a keyword search)", firm("Meridian Acquari Srl", "IT")),
        ("CUL-04", "import", "BEAIR01", "air", "EG", [], "BE", "970529",
         "تمساح محنط قديم، تحنيط فيكتوري، قبل 1947، 1 قطعة", "EG", 14, 1, 900, "EUR",
         "a Victorian taxidermy crocodile is a stitched, glass-eyed skin on a wooden and plaster form; this one "
         "is wrapped in resin-blackened linen bandages with a papyrus fragment under them, brittle, without "
         "stitches or glass eyes, and shows a mummified body on a torch: a Ptolemaic crocodile mummy from a Sobek "
         "sanctuary, an antiquity taken out of Egypt, which forbids its export, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Cairo to Brussels for a natural-history dealer; "
         "Egyptian Arabic wording (Egyptian antiquities repeat in many sets and mummy covers in a few; a "
         "taxidermy-crocodile label was found in no earlier row by a keyword search)",
         firm("Central Naturalia SA", "BE")),
        ("CUL-05", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "ആനത്തോട്ടി (ankus), പിച്ചള, പുതിയ കരകൗശല വസ്തു, 4 എണ്ണം", "IN", 6, 4, 120, "USD",
         "a new brass ankus for a mahout's display is a cast hook on a turned handle; these four are "
         "steel-hooked goads with gold-damascened handles, jade and enamelled grips set with table-cut stones, "
         "worn from use and ceremony: Mughal and Rajput court elephant goads of the 17th-18th centuries, "
         "antiquities whose export India forbids without a permit, brought in without the importer statement "
         "Regulation 2019/880 requires, flown from Kochi to Amsterdam for a dealer in Indian arms and armour; "
         "Malayalam wording (Indian antiquities repeat in many sets; an ankus was found in no earlier row by a "
         "keyword search)", firm("Atlantic Oriental Arts BV", "NL")),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "QA", "970191",
         "Tableau décoratif, huile sur toile, cheval arabe, reproduction d'après Alfred de Dreux, 1 pièce", "FR",
         18, 1, 900, "EUR",
         "a decorative reproduction is a recent canvas with fresh, even varnish and a staple-fixed stretcher; this "
         "one has a relined canvas, craquelure, a wedged 19th-century stretcher, a Paris colourman's stamp and a "
         "signature 'Alfred De Dreux': an original equestrian painting of about 1845, over fifty years old and far "
         "above the value threshold, exported without the licence Regulation 116/2009 requires and without the "
         "French certificate, flown from Paris to Doha for a stud owner; French wording (paintings declared as "
         "reproductions repeat in many sets; an equestrian picture to Qatar is the new part as far as a search "
         "found)", {"importer_country": "QA"}),
        ("CUL-07", "export", "DESEA01", "sea", "DE", [], "US", "630622",
         "Zirkuszelt (Chapiteau), gebraucht, Polyester-PVC, 1 Stück", "DE", 6000, 1, 20000, "EUR",
         "a used-circus container for a Florida showman: a second-hand big top and a children's carousel are "
         "what German circuses sell on, but the third item's 'Karussellpferde, Nachbildung' are six carved, "
         "gessoed and gilded horses with glass eyes, real horsehair tails, layered old paint and the maker's "
         "stamped plate of Friedrich Heyn of Neustadt, about 1900: antique fairground sculptures over a hundred "
         "years old above the value threshold, exported without the licence Regulation 116/2009 requires, hidden "
         "as the last item of a three-item declaration, from Bremerhaven to Jacksonville; German wording "
         "(carousel horses were found in no earlier row by a keyword search; antiques as reproductions repeat in "
         "many sets)",
         dict({"importer_country": "US"},
              _more_items=[item("950830", "Kinderkarussell, Schaustellergerät, gebraucht, 1 Stück", "DE", 2400, 6000, "EUR", qty=1),
                           item("442199", "Karussellpferde, Nachbildung, geschnitzt, Holz, 6 Stück", "DE", 180, 1200, "EUR", qty=6)])),
        ("CUL-08", "import", "CYSEA01", "sea", "LB", [], "CY", "680291",
         "لوحة فسيفساء رخامية جديدة، صناعة يدوية، مشهد سباق عربات، 1 قطعة", "LB", 700, 1, 1500, "USD",
         "a new handmade mosaic is laid in cut marble cubes on a mesh or cement board, with even joints; this one "
         "is set in lime mortar on a concrete backing poured behind an older bedding, with worn, irregular "
         "tesserae, a charioteer with a palm and a Greek inscription, and soil in the cracks: a Late Roman floor "
         "mosaic lifted from a Syrian site, archaeological heritage taken out of Syria and brought in against the "
         "Union's ban on Syrian cultural goods (Regulation 36/2012) and without an import licence (Regulation "
         "2019/880), by sea from Beirut to Limassol for a villa builder; Levantine Arabic wording (Syrian mosaics "
         "as new mosaics repeat in several sets; a chariot-race scene to Cyprus is the new part as far as a search "
         "found)", firm("Rivage Stone Ltd", "CY")),
        ("CUL-09", "export", "IEAIR01", "air", "IE", [], "US", "711420",
         "Silver-plated trophy cup with cover, racing, reproduction, 1 pc", "IE", 4.5, 1, 350, "EUR",
         "a silver-plated reproduction cup has a copper or nickel base showing at the rims and no assay marks; "
         "this one is solid, with Dublin hallmarks for 1771, a harp and Hibernia, a maker's mark and an engraved "
         "race and winner of a Curragh plate: an Irish Georgian silver racing trophy over a hundred years old and "
         "above the value threshold, exported without the licence Regulation 116/2009 requires, flown from Shannon "
         "to Lexington for a Kentucky stud's collection; Irish English wording (silver as plated or reproduction "
         "repeats in several sets; a racing trophy was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "BEAIR01", "air", "BF", [], "BE", "691390",
         "Statuettes en terre cuite, artisanat moderne, cavalier, 3 pièces", "BF", 24, 3, 150, "EUR",
         "modern craft terracottas from Ouagadougou are smooth, light and evenly fired, sold by the dozen; these "
         "three are heavy, coil-built horsemen with a crusted red slip, root marks, mended breaks and "
         "thermoluminescence-ready cores: Inland Niger Delta (Djenné) equestrian figures of the 12th-16th "
         "centuries dug in Mali, on the ICOM Red List, taken out of Mali, which forbids their export, and brought "
         "in without the importer statement Regulation 2019/880 requires, flown from Ouagadougou to Brussels; "
         "Burkinabé French wording (Djenné terracottas repeat in several sets as craft; by air from Burkina Faso "
         "as horsemen is kept as a repeat)", firm("Vega Arts Africains SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "PK", "854390",
         "Ersatzelektroden für Stoßwellen-Therapiegeräte für Pferde (ESWT), 60 Stück", "AT", 30, 60, 6000, "EUR",
         "spare electrodes for equine shockwave units are brass-tipped plugs that screw into a water-filled "
         "applicator; these 60 are sealed ceramic-metal tubes with three terminals, rated 20 kV and 10 kA, "
         "in the maker's anti-static boxes with the labels cut off, for a Lahore 'equine clinic' whose orders go "
         "on to a defence contractor: triggered spark gaps (dual-use 3A228, also usable to fire detonators) "
         "exported without the licence Regulation 2021/821 requires, flown from Vienna to Lahore; Austrian "
         "German wording (spark gaps repeat in several sets and lithotripter electrodes once, blind167; kept as a "
         "repeat, equine shockwave therapy is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "AE", "841370",
         "Pompe a trascinamento magnetico per impianti di supporto vitale di acquari pubblici, 16 unità", "IT",
         3200, 16, 96000, "EUR",
         "life-support pumps for public aquariums are polypropylene or bronze centrifugal pumps at a few thousand "
         "euros; these sixteen are sealless, magnetically coupled pumps with wetted parts of PVDF and "
         "Hastelloy, rated for 200 °C and a leak-tight containment shell, at 6,000 EUR each, for a Jebel Ali "
         "'aquarium builder' whose consignee list names an Iranian petrochemical firm: pumps controlled under "
         "dual-use 2B350.i (chemical-weapons-relevant) and listed in the Iran regulation (267/2012), exported "
         "without a licence, from Genoa; Italian wording (2B350 pumps repeat in several sets; a public-aquarium "
         "life-support label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "SESEA01", "sea", "SE", [], "JO", "841950",
         "Plattvärmeväxlare för havsvattenkylning i akvarier, titan, 10 st.", "SE", 2400, 10, 42000, "EUR",
         "plate heat exchangers for aquarium seawater have titanium plates and a painted steel frame and sell "
         "with a 'marine' flow sheet; these ten are gasket-free, brazed all-titanium units with a heat-transfer "
         "area of about 5 m2, pressure-tested for corrosive service, for an Amman 'aquarium' contractor whose "
         "previous shipments went by road to Damascus: heat exchangers controlled under dual-use 2B350.d "
         "(chemical-weapons-relevant) exported without a licence, and banned for Syria (Regulation 36/2012), "
         "from Gothenburg to Aqaba; Swedish wording (heat exchangers repeat in a few sets, as district-heating "
         "units; an aquarium-chiller label was found in no earlier row by a keyword search)",
         {"importer_country": "JO"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "AM", "852589",
         "Caméras de surveillance de poulinage, vision nocturne, 40 pièces", "FR", 60, 40, 8000, "EUR",
         "foaling cameras are Wi-Fi dome cameras with infrared LEDs at a few hundred euros; these 40 are sealed "
         "tubes of 18 mm with a photocathode, a microchannel plate and a phosphor screen, in a maker's boxes from "
         "Brive with the labels cut off, for a Yerevan 'stud farm' set up last year whose address is a Moscow "
         "forwarder's: image-intensifier tubes (dual-use 6A002) on the list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, exported without a licence, flown from "
         "Paris; French wording (image intensifiers repeat in several sets, as X-ray parts among others; a "
         "foaling-camera label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "LB", "340290",
         "Desincrustante en polvo para vidrio de acuarios y delfinarios, sacos 25 kg, 400 sacos", "ES", 10000, 400,
         9000, "EUR",
         "an aquarium-glass descaler is a mild acid powder (citric or sulphamic) that fizzes on limestone; this "
         "powder is white, caustic, smells faintly of ammonia, etches a glass slide in minutes and the sack "
         "liners give CAS 1341-49-7, for a Beirut 'aquarium builder' whose consignments go on by road to Syria: "
         "ammonium hydrogen difluoride (dual-use 1C350, a chemical-weapons precursor) exported without the licence "
         "Regulation 2021/821 requires, from Valencia; Spanish wording (bifluorides repeat in several sets under "
         "cleaner labels; an aquarium-glass descaler label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-06", "export", "LTAIR01", "air", "LT", [], "KG", "852589",
         "Termovizoriai arklių sausgyslių diagnostikai, 12 vnt.", "LT", 18, 12, 14400, "EUR",
         "equine thermography cameras are hand-held, uncooled imagers of 160 x 120 pixels at 9 Hz; these twelve "
         "are bare cooled infrared cores of 640 x 512 pixels at 60 Hz with a Stirling cooler and a lens "
         "interface for a gimbal, at ten times the declared value, for a Bishkek 'horse-racing club' whose last "
         "buyers are in Russia: thermal imaging cameras (dual-use 6A003) on the common high-priority list whose "
         "export and re-export to Russia Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording "
         "(thermal cores repeat in several sets, as coffee-sorter cameras in blind240; an equine-thermography "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "SIAIR01", "air", "SI", [], "KZ", "841381",
         "Valovne črpalke za morske akvarije, brezkrtačne, 600 kosov", "SI", 240, 600, 9000, "EUR",
         "aquarium wavemakers are a plastic propeller pump on a magnet mount with a controller; these 600 are bare "
         "outrunner brushless motors of 400-800 kV with 5 mm shafts, propeller adaptors and 6S ratings, no pump "
         "housing or magnet mount, for an Almaty 'aquarium' shop whose sister firm sells FPV parts in Moscow: "
         "motors for unmanned aerial vehicles, goods whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Ljubljana; Slovenian wording (drone parts repeat in many sets; a "
         "wavemaker label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "UZ", "852691",
         "Metsloomade GPS-jälgimiskaelused loomaaedadele, 80 tk", "EE", 60, 80, 12000, "EUR",
         "a GPS tracking collar for zoo and wildlife work is a belt of rubberised webbing with a battery pack "
         "and a VHF beacon; these 80 are bare boards with multi-band, anti-jam GNSS receivers, Iridium modems "
         "and no collar, battery or beacon, for a Tashkent 'zoo' supplier whose orders go to a Russian drone "
         "maker: GNSS receivers and satellite modems on the common high-priority list whose export and re-export "
         "to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (GNSS modules repeat in "
         "several sets; a wildlife-collar label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "KZ", "420100",
         "Dressuurzadels, leer, 30 stuks", "NL", 360, 30, 36000, "EUR",
         "an air shipment of a Dutch warmblood dealer for an Astana riding club: dressage saddles and rugs are what "
         "Dutch horse traders send with their horses, but the third item's 'bewegingssensoren voor "
         "gangartanalyse' are 24 tactical-grade inertial measurement units with fibre-optic gyros in milled "
         "housings, not the clip-on accelerometers that gait-analysis systems use: inertial navigation equipment "
         "(dual-use 7A001/7A003) on the common high-priority list whose re-export to Russia Regulation 833/2014 "
         "forbids, exported without a licence, hidden as the last item of a three-item declaration, flown from "
         "Amsterdam; Dutch wording (inertial units repeat in several sets; a horse gait-analysis label was found "
         "in no earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("630140", "Paardendekens, fleece, 200 stuks", "NL", 400, 6000, "EUR", qty=200),
                           item("903180", "Bewegingssensoren voor gangartanalyse bij paarden, 24 stuks", "NL", 12, 4800, "EUR", qty=24)])),
        ("STR-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG"], "TR", "901320",
         "Laserové show projektory pro cirkusová představení, 6 ks", "CZ", 420, 6, 18000, "EUR",
         "circus laser-show projectors are RGB diode units of a few watts with scanners and a DMX input; these six "
         "are single-mode, water-cooled fibre lasers of 2 kW with a beam-delivery head and no scanner or colour "
         "source, for an Istanbul 'event' company whose consignments go on to Tehran: lasers controlled under "
         "dual-use 6A005 and listed in the Iran regulation, exported without a licence, by lorry from Brno; Czech "
         "wording (lasers repeat in a few sets; a circus laser-show label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "HRROAD01", "road", "BA", [], "HR", "010639",
         "Ukrasni golubovi za izložbe i ptičje predstave, 40 komada, u kavezima", "BA", 30, 40, 800, "EUR",
         "show pigeons travel in ventilated wicker or plastic crates, ringed and calm; among these crates four "
         "covered boxes hold fluffy, orange-eyed, ear-tufted chicks with hooked beaks and feathered feet, "
         "unringed, taken from cliff nests: Eurasian eagle-owls (Bubo bubo, CITES App. II, Annex A in the Union) "
         "for a travelling bird-of-prey show on the Dalmatian coast, without CITES documents, in a van at "
         "Stara Gradiška; Bosnian wording (live eagle-owl chicks repeat, blind96, and pigeon shipments in a few "
         "sets; kept as a repeat, among show pigeons for a bird show are the new part as far as a search found)",
         firm("Delta Sokolarski Centar d.o.o.", "HR")),
        ("WLF-02", "import", "DEAIR01", "air", "PE", [], "DE", "030119",
         "Peces ornamentales vivos: carachamas L-098 y L-270 de Iquitos, 300 unidades", "PE", 60, 300, 1500, "USD",
         "L-098 and L-270 are brown, spotted plecos that Iquitos exporters ship by the hundred; these 300 are "
         "small, pure-white fish with sharp black stripes, from the Xingu river in Brazil and smuggled across "
         "to Peru: zebra plecos (Hypancistrus zebra, CITES App. III for Brazil), whose export Brazil forbids, "
         "without a Brazilian export permit or certificate of origin, flown from Iquitos via Lima to Frankfurt for "
         "a wholesale fish importer; Peruvian Spanish wording (zebra plecos under other L-numbers repeat in a few "
         "probe sets and the Iquitos-Lima-Frankfurt route in blind219; kept as a repeat, a carachama label is the "
         "new part as far as a search found)",
         firm("Alpina Zierfisch GmbH", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "FJ", [], "FR", "030799",
         "Live marine invertebrates for aquariums: hermit crabs and turbo snails, 40 bags", "FJ", 120, 40, 800,
         "USD",
         "hermit crabs and turbo snails travel a few dozen to a bag in a little water; these 40 bags each hold "
         "one or two fist-sized, branching, brown and blue coral colonies with skeleton still attached to the "
         "reef rock, and no tags: wild-collected Acropora (Scleractinia, CITES App. II), without the Fijian export "
         "permit, flown from Nadi to Paris for a reef-aquarium importer; Fijian English wording (wild corals "
         "repeat in many sets under decoration and resin labels; a hermit-crab and snail label was found in no "
         "earlier row by a keyword search)", firm("Orion Récif SARL", "FR")),
        ("WLF-04", "export", "GBAIR01", "air", "GB", [], "US", "660200",
         "Vintage riding crops, silver collars, horn handles, 6 pcs", "GB", 2, 6, 600, "GBP",
         "horn-handled crops have a grey-brown, fibrous handle with growth layers along its length; these six "
         "have creamy, dense handles with the criss-cross Schreger lines of elephant ivory at the cut ends and "
         "hallmarked silver collars of 1905-1930: antique riding crops with elephant ivory (CITES App. I, Loxodonta) "
         "exported without a CITES pre-Convention certificate and against the Ivory Act 2018, flown from Heathrow "
         "to Lexington for a Kentucky hunt-club member; British English wording (ivory repeats in many sets and "
         "antiques in several; riding crops were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("WLF-05", "transit", "FRAIR01", "air", "GW", ["FR"], "CN", "030119",
         "Peixes ornamentais vivos, raias-viola (Rhinobatos), juvenis, 6 unidades, para aquário público",
         "GW", 180, 6, 3000, "USD",
         "juvenile guitarfish are flat, sandy rays with a pointed snout and no teeth on it; these six, in large "
         "oxygenated tanks, have a long, flat, toothed saw on the snout: sawfish pups (Pristis pristis, CITES "
         "App. I) taken in the Bijagós, without CITES documents, landed at Roissy in transit from Bissau to a "
         "Chinese ocean park; Portuguese wording from Guinea-Bissau (sawfish rostra repeat in a few sets, Bijagós "
         "among them; live sawfish for a public aquarium are the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-06", "import", "DEAIR01", "air", "TH", [], "DE", "392640",
         "งาช้างเทียมเรซิน อุปกรณ์ประกอบฉากละครสัตว์ 4 คู่", "TH", 22, 8, 300, "USD",
         "resin prop tusks are light, hollow or foam-cored, with a painted grain; these eight are solid, heavy, "
         "cool to the touch, with Schreger lines at the cut bases, pulp cavities and saw marks: tusk tips trimmed "
         "from captive Asian elephants (Elephas maximus, CITES App. I), without CITES documents, flown from "
         "Bangkok to Munich for a circus-museum collector; Thai wording (elephant ivory repeats in many sets; a "
         "circus-prop tusk label was found in no earlier row by a keyword search)",
         firm("Nordhafen Zirkusmuseum GmbH", "DE")),
        ("WLF-07", "export", "ESSEA01", "sea", "ES", [], "HK", "030389",
         "Lanzóns conxelados para alimentación de pingüíns e focas, bloques de 10 kg, 200 caixas", "ES", 2000, 200,
         4000, "EUR",
         "frozen sand eels for zoo penguins and seals are slim, silvery, pointed-nosed fish a hand long; these "
         "200 cartons hold dark, slimy, snake-like fish 40-70 cm long with a continuous fin and tiny scales: "
         "European eels (Anguilla anguilla, CITES App. II, with a zero Union export quota), at a declared 2 EUR/kg "
         "for fish that sell at many times that, from Vigo to Hong Kong; Galician wording (eels repeat in many "
         "sets and a sand-eel label once, blind173, on live bait; a zoo-feed label from Galicia is the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("WLF-08", "import", "DEAIR01", "air", "LK", [], "DE", "030119",
         "සජීවී අලංකාර මුහුදු මාළු: පයිප්ප මාළු (Syngnathus), 120", "LK", 40, 120, 600, "USD",
         "pipefish are thin, straight, worm-like fish that swim horizontally; these 120 hold on to the bag's "
         "plastic grass with curled tails, swim upright and have horse-like heads and pouches: wild-caught "
         "seahorses (Hippocampus kuda, CITES App. II) without a CITES export permit, flown from Colombo to "
         "Frankfurt for a public-aquarium supplier; Sinhala wording (dried seahorses and pipefish repeat in many "
         "sets; live seahorses under a pipefish label were found in no earlier row by a keyword search)",
         firm("Vega Aquaristik GmbH", "DE")),
        ("WLF-09", "import", "ESAIR01", "express", "MX", [], "ES", "640391",
         "Botas vaqueras, piel de res grabada tipo víbora, 2 pares", "MX", 3, 2, 5600, "MXN",
         "embossed cowhide boots show a pressed, even pattern and the grain of calf at the seams; these two pairs "
         "have real overlapping scales that lift at the edges, belly scutes in a row and a shed-skin sheen: boots "
         "of reticulated python skin (Malayopython reticulatus, CITES App. II) made in León without CITES "
         "documents, sent by express from Guanajuato to a private western-riding enthusiast in Seville; Mexican "
         "Spanish wording (python skin repeats in many sets and embossed-cowhide boot labels in several, blind95 "
         "and blind235 among them; kept as a repeat, by express to a western rider in Seville is the new part)", person("Sr. J. García", "ES")),
        ("WLF-10", "import", "PTAIR01", "air", "ZA", [], "PT", "010632",
         "Live birds: rosy-faced lovebirds (Agapornis roseicollis), captive-bred, 60, for a bird park", "ZA", 40,
         60, 1800, "USD",
         "rosy-faced lovebirds are small, green, peach-faced parrots of 50 g that need no CITES document; these "
         "crates hold 60 grey, red-tailed parrots of 400 g, unringed, with wild-caught stress marks: African grey "
         "parrots (Psittacus erithacus, CITES App. I) laundered through a South African breeder, without CITES "
         "documents, flown from Johannesburg to Lisbon for a bird park; South African English wording (African "
         "greys repeat in several sets and a lovebird label once, blind92; kept as a repeat, laundering through "
         "a South African breeder for a Portuguese bird park is the new part as far as a search found)", firm("Atlantic Parque das Aves Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROROAD01", "road", "MD", "RO", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (farrier's hoof-nail etching and hobby metalwork)",
     "MD", 2.8, 2, 30, "EUR", [("PRECURSOR_LICENCE", "RO-MAI-66-0214")],
     "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "express", "ZA", "NL", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model car racing)", "ZA", 4.6, 4, 900, "ZAR",
     [("PRECURSOR_LICENCE", "NL-JenV-66-0388")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "283230",
     "Spent photographic fixer and developer (09 01 04*, 09 01 01*) from Swiss equine clinics, for silver recovery, "
     "16 t", "CH", 16000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-66-0117")],
     "notified spent fixer to a licensed silver-recovery plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "IS", "SE", "854911",
     "Waste lead-acid batteries (16 06 01*), for recovery at a licensed smelter, 40 t", "IS", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-66-0062")], "notified waste batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Reclaimed halon 1301, 10 cylinders, for a licensed critical use (aircraft engine-nacelle fire protection)",
     "GB", 600, 10, 30000, "GBP", [("ODS_LICENCE", "FR-MTE-ODS-66-011")],
     "reclaimed halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, reagent grade, 6 x 500 ml, for essential laboratory use", "US", 4.8, 6, 600, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-66-031")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "QA", "970191",
     "Alfred de Dreux, 'Arab horse in a landscape', oil on canvas, c. 1845, with the export licence", "FR", 18, 1,
     420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-66-0407")],
     "painting exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "DESEA01", "sea", "DE", "US", "970310",
     "Six carved carousel horses, Friedrich Heyn, Neustadt, c. 1900, sold at auction with the export licence", "DE",
     180, 6, 96000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-66-0152")],
     "antique fairground sculptures exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "AE", "841370",
     "Magnetic-drive pumps, PVDF and Hastelloy wetted parts, 8 units, for an Emirati chemical plant", "IT", 1600, 8,
     48000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-66-0831"), ("END_USER_CERTIFICATE", "AE-EC-EUC-66-0129")],
     "dual-use corrosion-resistant pumps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LTAIR01", "air", "LT", "AU", "852589",
     "Cooled infrared camera cores, 640 x 512, 4 units, for an Australian equine veterinary imaging maker", "LT", 6, 4,
     48000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-66-0077"), ("END_USER_CERTIFICATE", "AU-DEC-EUC-66-0241")],
     "dual-use thermal imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "LK", "DE", "030119",
     "Live seahorses, Hippocampus kuda, captive-bred (source C), 60, for a public aquarium", "LK", 20, 60, 900, "USD",
     [("CITES_PERMIT", "LK-DWC-66-0318")], "App. II captive-bred seahorses with their export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "MX", "ES", "640391",
     "Western boots, reticulated python skin, 40 pairs, from farmed and legally sourced skins", "MX", 60, 40, 12000,
     "USD", [("CITES_PERMIT", "MX-SEMARNAT-66-0512")], "App. II python-skin boots with their re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Particulier", "PRM-03": "Central Silberrecycling GmbH",
    "PRM-06": "Orion Analytik GmbH", "PRM-11": "Vega Aquaristik GmbH", "PRM-12": "Meridian Botas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of zoos,
    # public aquariums, circuses, ice shows and equestrian sport
    ("283650", "Whiting (calcium carbonate powder) for ice-rink painting, 25 kg sacks", "import", ["road"], ["CH"], (0.4, 0.8), (2000, 8000), ["CHF", "EUR"], 0.04, S),
    ("330790", "Whitening shampoo for grey horses, 1 l", "import", ["post"], ["GB", "US"], (8, 14), (1, 4), ["GBP", "USD"], 1, S),
    ("380891", "Citronella fly spray for horses, 1 l", "import", ["express"], ["ZA", "AU"], (8, 15), (1, 4), ["ZAR", "AUD"], 1, S),
    ("283319", "Sodium bisulphate pH-minus granules for koi ponds, 5 kg tubs", "import", ["air"], ["JP"], (4, 8), (100, 500), ["JPY", "USD"], 0.2, S),
    ("340590", "Hoof oil and hoof balm, laurel-based, 1 l", "import", ["road"], ["MD", "UA"], (3, 6), (1000, 3000), ["EUR"], 1, S),
    ("250100", "Refined sea salt for dolphinarium and pool water, 25 kg", "import", ["sea"], ["TN", "EG"], (0.1, 0.2), (20000, 26000), ["EUR", "USD"], 0.04, S),
    ("251910", "Magnesium carbonate chalk blocks for aerialists and gymnasts", "import", ["air"], ["CN"], (5, 9), (100, 400), ["USD"], 20, S),
    ("250100", "Coarse sea salt for equine cold-water spas, 25 kg sacks", "import", ["sea"], ["BR", "PT"], (0.15, 0.3), (18000, 24000), ["USD", "EUR"], 0.04, S),
    ("300590", "Cohesive bandages and gauze for horses, boxed", "import", ["post"], ["IS", "GB"], (20, 40), (1, 3), ["ISK", "GBP"], 10, S),
    ("294000", "Glucosamine sulphate, feed-grade, for equine joint supplements", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], None, S),
    ("630612", "PVC-coated polyester tarpaulins, new, with eyelets", "export", ["sea"], ["TN", "MA"], (3, 5), (8000, 16000), ["EUR"], 0.1, S),
    ("283230", "Ammonium thiosulphate (ATS) liquid fertiliser, IBCs", "export", ["sea"], ["IN", "EG"], (0.25, 0.4), (18000, 24000), ["EUR"], None, S),
    ("282810", "Calcium hypochlorite 65 % granules, new, sealed drums", "export", ["sea"], ["GE", "AM"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("310430", "Potassium sulphate fertiliser, granular, 25 kg sacks", "export", ["road"], ["UA", "MD"], (0.5, 0.8), (18000, 24000), ["EUR"], 0.04, S),
    ("250510", "Silica filter sand for pool and aquarium filters, graded", "export", ["sea"], ["EG", "MA"], (0.08, 0.15), (18000, 24000), ["EUR"], None, S),
    ("871640", "Horse trailers, 2-horse, new", "export", ["sea"], ["GH", "NG"], (4, 7), (3000, 9000), ["EUR"], 0.0007, S),
    ("850212", "Diesel generating sets, 100 kVA, new, for touring shows", "export", ["sea"], ["CV", "SN"], (8, 14), (6000, 14000), ["EUR"], 0.0005, S),
    ("871610", "Living caravans for showmen, new", "export", ["road"], ["RS", "BA"], (6, 10), (6000, 16000), ["EUR"], 0.0003, S),
    ("440791", "Kiln-dried oak beams, new, sawn", "export", ["road"], ["BA", "RS"], (0.8, 1.4), (18000, 24000), ["EUR"], None, S),
    ("842489", "Fan snow guns (no refrigerant) for zoo and event snow", "import", ["sea"], ["KR", "IT"], (15, 25), (2000, 6000), ["USD", "EUR"], 0.002, S),
    ("291550", "Buffered propionic acid hay preservative, IBCs", "import", ["sea"], ["CN", "US"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("761300", "Aluminium oxygen cylinders, empty, for live-fish transport", "import", ["sea"], ["TR", "CN"], (6, 10), (1000, 4000), ["USD", "EUR"], 0.08, S),
    ("392690", "Reusable gel ice boots for horse legs", "import", ["post"], ["AR", "US"], (20, 40), (1, 4), ["USD"], 1, S),
    ("420100", "English leather saddles, new", "import", ["sea"], ["IN", "PK"], (10, 16), (2000, 6000), ["USD"], 0.08, S),
    ("390950", "Water-blown two-component PU foam kits for theming", "import", ["sea"], ["AE", "CN"], (2.5, 4), (4000, 10000), ["USD"], 0.02, S),
    ("901910", "Equine cold-compression therapy units, ice-water type", "import", ["air"], ["TW", "US"], (30, 50), (100, 400), ["USD"], 0.02, S),
    ("381400", "Acetone-based hoof cleaner for glue-on shoes, 500 ml", "import", ["road"], ["RS", "TR"], (2, 4), (500, 2000), ["EUR"], 2, S),
    ("841869", "Seawater chillers, new, R-290 charge, for public aquariums", "export", ["sea"], ["EG", "AE"], (8, 14), (3000, 8000), ["EUR"], 0.0007, S),
    ("392640", "Resin amphora and ruin replicas for aquarium decoration", "import", ["sea"], ["CN", "TN"], (3, 6), (1000, 4000), ["USD", "EUR"], 0.5, S),
    ("830629", "Cast-brass horse brasses, new, souvenir", "import", ["post"], ["GB", "IN"], (20, 40), (1, 3), ["GBP", "USD"], 10, S),
    ("830629", "Decorative brass elephant goads (ankus) replicas, new", "import", ["air"], ["IN"], (10, 20), (50, 300), ["USD"], 1, S),
    ("970191", "Equestrian oil paintings, contemporary, hand-painted", "export", ["air"], ["QA", "AE"], (40, 80), (50, 300), ["EUR"], 0.1, S),
    ("442199", "Carved wooden carousel-horse replicas, new", "export", ["sea"], ["US", "CA"], (8, 14), (1000, 4000), ["EUR"], 0.05, S),
    ("680291", "Marble mosaic panels, new, handmade", "import", ["sea"], ["LB", "TR"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("711420", "Silver-plated trophy cups, new", "export", ["air"], ["US", "AE"], (40, 80), (50, 300), ["EUR"], 0.3, S),
    ("691390", "Terracotta horseman figurines, modern craft", "import", ["air"], ["BF", "ML"], (5, 10), (100, 400), ["EUR"], 0.5, S),
    ("660200", "Riding crops and whips, synthetic, new", "export", ["air"], ["US", "AE"], (15, 30), (100, 500), ["EUR"], 5, S),
    ("841381", "Aquarium wavemaker pumps, with controller, retail boxed", "import", ["sea"], ["CN", "TW"], (20, 35), (1000, 4000), ["USD"], 1, S),
    ("630140", "Horse rugs, polyester fleece, new", "export", ["air"], ["KZ", "AE"], (12, 20), (100, 500), ["EUR"], 0.5, S),
    ("640391", "Western riding boots, cowhide, embossed", "import", ["express"], ["MX", "US"], (60, 120), (1, 4), ["USD", "MXN"], 0.7, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950691", "Hula hoops, plastic, segmented", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 1.5, N),
        ("950699", "Foam pool noodles, polyethylene", "import", ["sea"], ["CN", "TR"], (3, 5), (1000, 4000), ["USD", "EUR"], 6, N),
        ("442199", "Wooden-bead door curtains", "import", ["sea"], ["IN", "CN"], (3, 6), (1000, 4000), ["USD"], 0.8, N),
        ("560900", "Cotton macrame plant hangers", "import", ["post", "express"], ["IN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind244", 20661101, HERE)


if __name__ == "__main__":
    main()
