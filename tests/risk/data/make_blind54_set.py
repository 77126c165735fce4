#!/usr/bin/env python3
"""Writes the fifty-fourth blind set (tests/risk/data/blind54-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 27 April 2035, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL54-*:

    python3 tests/risk/data/make_blind54_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 3, 1)
base.DAYS = 58  # 1 March to 27 April 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "KR", [], "AT", "330590",
         "헤어 염색용 산화제 9 %, 1000 ml x 12", "KR", 13.6, 12, 96, "USD",
         "hair-dye developers are creamy emulsions at about 1.03 kg/l; these twelve litres are a thin, water-clear "
         "liquid weighing 13.6 kg (1.13 kg/l) in bottles with venting caps: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), for a private person; Korean wording (hydrogen peroxide repeats in many sets; the "
         "hair-developer cover is new as far as a search found)", person("Privatperson", "AT")),
        ("PRE-02", "import", "BEAIR01", "express", "US", [], "BE", "381400",
         "Dissolvant pour colle d'extensions de cils, 10 x 1 l", "US", 11.4, 10, 140, "USD",
         "lash-glue removers are acetone gels sold in 15 ml bottles; ten litres of a clear oily liquid at 1.14 kg/l "
         "(acetone is 0.79) whose safety sheet gives CAS 75-52-5 are nitromethane at about 98 % (Annex I above 16 %), "
         "for a private person who does lash extensions at home; Belgian French wording (nitromethane repeats, and "
         "cyanoacrylate debonders covered it three times; the eyelash-salon cover is new)",
         person("Particulier", "BE")),
        ("PRE-03", "import", "FIPOST01", "post", "CN", [], "FI", "250100",
         "Saunasuola, kiuassuola koivun tuoksulla, 8 x 1 kg", "CN", 8, 8, 40, "USD",
         "sauna salt is coarse grey sea salt that crackles on the stones; these fine white crystals taste of nothing, "
         "flare with a violet flame on a hot stone, and the inner bags give CAS 3811-04-9: potassium chlorate (Annex I "
         "above 40 %), posted to a private person although oxidisers may not go by post; Finnish wording (potassium "
         "chlorate repeats; the sauna-salt cover is new)", person("Yksityishenkilö", "FI")),
        ("PRE-04", "import", "NLPOST01", "post", "CN", [], "NL", "284019",
         "Slijm-activator poeder, boraxvrij, voor kinderen, 5 x 1 kg", "CN", 5, 5, 30, "USD",
         "slime activators are borax or contact-lens solution; 5 kg of 'borax-free' white powder that does not thicken "
         "glue and whose inner bags print CAS 7775-09-9 and the oxidiser pictogram is sodium chlorate (Annex I above "
         "40 %), posted to a private person; Dutch wording (sodium chlorate repeats; the children's-slime cover is new)",
         person("Particulier", "NL")),
        ("PRE-05", "import", "PLAIR01", "express", "US", [], "PL", "401519",
         "Rękawiczki nitrylowe czarne do tatuażu, 10 x 100 szt.", "US", 7, 10, 90, "USD",
         "a home tattoo-studio order whose third line, 'autoclave descaler', is twenty litres of a yellowing liquid "
         "at 1.37 kg/l that gives off brown fumes: about 60 % nitric acid (Annex I above 3 %); autoclave descalers are "
         "citric acid in sachets; for a private person; Polish wording (nitric acid repeats; the tattoo-supply "
         "multi-item order is new)",
         {"consignee_name": "Osoba prywatna", "importer_country": "PL",
          "_more_items": [item("340120", "Zielone mydło do tatuażu, koncentrat, 4 x 1 l", "US", 4.2, 60, "USD", qty=4),
                          item("382499", "Odkamieniacz do autoklawu, koncentrat, 4 x 5 l", "US", 27.4, 120, "USD", qty=4)]}),
        ("PRE-06", "import", "GRROAD01", "road", "TR", [], "GR", "283319",
         "Κόκκοι pH-minus για πισίνες, όξινο θειικό νάτριο, 4 x 5 kg", "TR", 36.8, 4, 60, "EUR",
         "pH-minus granules are dry sodium bisulphate in tubs; the x-ray shows four jerrycans of liquid weighing "
         "36.8 kg (20 litres at 1.84 kg/l): concentrated sulphuric acid (Annex I above 15 %), driven in from Turkey for "
         "a private pool owner; Greek wording (sulphuric acid repeats, and a liquid pool pH-minus at 14.9 % appears "
         "once; the acid declared as dry granules is new)", person("Idiotis", "GR")),
        ("PRE-07", "import", "EEPOST01", "post", "GB", [], "EE", "330730",
         "Vannipommi alussegu, sidrunhape ja sooda, 4 x 2,5 kg", "GB", 10, 4, 45, "GBP",
         "bath-bomb base is a fine powder of citric acid and bicarbonate that fizzes in water; these are hard white "
         "prills that do not fizz but turn the water ice-cold, and a bag print reads '34,4 % N': ammonium nitrate "
         "(Annex I at 16 % N or more), posted to a private person; Estonian wording (ammonium nitrate repeats many "
         "sets; the bath-bomb cover is new)", person("Eraisik", "EE")),
        ("PRE-08", "import", "LTPOST01", "post", "GB", [], "LT", "220299",
         "Alavijų sulčių gėrimas, 6 x 1 l", "GB", 6.8, 6, 30, "GBP",
         "one of eleven parcels of 'aloe vera drink' sent within three weeks to the same address, each kept to six "
         "bottles; aloe drinks are sweet and pulpy at 1.04 kg/l, these are clear, unsweetened, 1.13 kg/l and foam on "
         "a cut: about 35 % hydrogen peroxide (Annex I above 12 %), split into small parcels to pass courier checks, "
         "for a private person; Lithuanian wording (hydrogen peroxide repeats; the aloe-drink cover and the stream of "
         "small parcels are new)", person("Privatus asmuo", "LT")),
        ("PRE-09", "import", "SKAIR01", "express", "US", [], "SK", "382219",
         "Súprava na testovanie a rafináciu zlata, činidlá, 6 x 1 l", "US", 8.4, 6, 110, "USD",
         "gold-testing kits hold a few 10 ml dropper bottles; six litre bottles at 1.4 kg/l marked 'reagent A' that "
         "fume brown when opened are about 68 % nitric acid (Annex I above 3 %), for a private person who melts scrap "
         "jewellery at home; Slovak wording (nitric acid repeats; the home gold-refining cover is new as far as a "
         "search found)", person("Súkromná osoba", "SK")),
        ("PRE-10", "import", "PTAIR01", "express", "US", [], "PT", "382499",
         "Sal de revenido para forja de facas, 4 x 2,5 kg", "US", 10, 4, 95, "USD",
         "knife makers' tempering salts are potassium nitrate and sodium nitrite blends sold in 25 kg sacks; these "
         "small tubs of fine white powder carry the oxidiser pictogram and, on the inner bags, CAS 7778-74-7: "
         "potassium perchlorate (Annex I above 40 %), for a private person; Portuguese wording (potassium perchlorate "
         "repeats; the blade-smith's tempering-salt cover is new)", person("Particular", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "EG", "701990",
         "Glasfaserverbundplatten, Zuschnitte, zur Weiterverwendung als Bauplatten, 60 t", "DE", 60000, None, 3000, "EUR",
         "the 'panels' are sawn sections of end-of-life wind-turbine blades (glass fibre and epoxy over balsa and PVC "
         "foam cores, with lightning-protection cable still inside): composite waste that is in no green-list entry, "
         "so its export to Egypt needs notification and the consent of both authorities, which were not sought; "
         "German wording (wind-turbine blades are new to these sets as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "GH", "870821",
         "Naudoti automobilių saugos diržai, 3 000 vnt.", "LT", 4500, 3000, 1500, "EUR",
         "seat belts cut from dismantled cars still carry their pyrotechnic pretensioners, and 400 undeployed airbag "
         "modules ride in the same boxes: components of end-of-life vehicles with explosive parts (16 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned; Lithuanian wording (airbag modules repeat; "
         "seat belts with live pretensioners are new)", {"importer_country": "GH"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "320649",
         "Čierna pigmentová pasta, technická, v sudoch, 18 t", "SK", 18000, None, 900, "EUR",
         "pigment pastes are smooth and sell at 2-4 EUR/kg; at 0.05 EUR/kg this is sludge scraped from the washing "
         "units of a rotogravure printing works and smells of toluene: waste printing ink with dangerous substances "
         "(08 03 14*), hazardous waste whose export to a non-OECD country is banned; Slovak wording (printing-ink "
         "sludge is new as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "681381",
         "Ganasce e pastiglie freno senza amianto, fondi di magazzino, 12 t", "IT", 12000, None, 2400, "EUR",
         "a warehouse clearance of brake shoes and pads for 1970s-80s lorries whose old boxes and a laboratory test "
         "show chrysotile (HS 681320, not 681381): the stock may not be placed on the market, and as waste containing "
         "asbestos (16 01 11*) its export to a non-OECD country is banned; Italian wording (asbestos repeats in many "
         "forms; old-stock brake linings are new)", {"importer_country": "TN"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "BD", "890200",
         "Pesqueiro arrastreiro de popa, 42 m, para seguir faenando, 1 unidade", "ES", 850000, 1, 180000, "EUR",
         "a 1988 stern trawler 'sold for further trading' to a cash buyer whose contract names delivery off "
         "Chattogram, where it will be beached and broken: a ship sent for breaking is waste (asbestos, PCBs, oil "
         "residues) that may go only to a listed recycling yard, and its export to a non-OECD country is banned; "
         "Galician wording (ship breaking in South Asia repeats in about four rows, tankers among them; the Galician "
         "trawler is new)", {"importer_country": "BD"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "MY", "391590",
         "Kunststof maalgoed PP/PC, geperst, 18 t", "NL", 18000, None, 900, "EUR",
         "the 'regrind' is bales of whole disposable e-cigarettes collected from shops and festival bins, each with a "
         "lithium cell, a circuit board and leaking e-liquid: discarded electrical equipment with batteries (Y49, "
         "16 02 13*), whose export to a non-OECD country is banned, as is the export of plastic waste there; Dutch "
         "wording (returned e-cigarettes for parts recovery appear once; the plastic-regrind cover to Malaysia is new)",
         {"importer_country": "MY"}),
        ("WST-07", "import", "DEROAD01", "road", "CH", [], "DE", "251710",
         "Mineralgemisch 0/32, Recyclingbaustoff, 24 t", "CH", 24000, None, 240, "EUR",
         "washed and sieved bottom ash from a Swiss waste-to-energy plant, grey slag with flecks of glass and metal, "
         "sold as recycled aggregate: incinerator ash (19 01 12, with the mirror entry 19 01 11*) whose shipment from "
         "Switzerland needs notification and consent, which were not sought; Swiss German wording (bottom ash "
         "repeats in two rows; the import by road from Switzerland as aggregate is new)",
         {"importer_name": "Hegau Baustoffe GmbH", "consignee_name": "Hegau Baustoffe GmbH", "importer_country": "DE"}),
        ("WST-08", "export", "BGSEA01", "sea", "BG", [], "GE", "730900",
         "Използвани стоманени резервоари 2-10 m3, за вода, 60 бр.", "BG", 48000, 60, 4800, "EUR",
         "the 'water tanks' are domestic and filling-station heating-oil tanks dug out in a gas-conversion programme, "
         "still holding oily sludge and sediment at the bottom (16 07 08*, 13 07 01*): hazardous waste whose export to "
         "a non-OECD country is banned; Bulgarian wording (a crude tanker for demolition appears once; buried "
         "heating-oil tanks are new)", {"importer_country": "GE"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "SN", "381300",
         "Émulseur synthétique pour extincteurs, stock neuf, pour revente, 20 IBC", "FR", 20000, 20, 4000, "EUR",
         "new-stock foam concentrates carry a recent batch date; these IBCs are 15-year-old film-forming foam pumped "
         "out of an airport's fire trucks when it changed to fluorine-free foam, and their data sheets give PFOS and "
         "PFOA precursors: a persistent organic pollutant waste (16 05 08*, Regulation 2019/1021) whose export to a "
         "non-OECD country is banned; French wording (withdrawn AFFF repeats twice, to other places; the airport "
         "change-over to Dakar is new)", {"importer_country": "SN"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "GM", "842542",
         "Begagnade billyftar, hydrauliska, 8 st.", "SE", 6400, 8, 6400, "EUR",
         "a used-workshop container for Banjul whose third line, 'motor oil, for reuse', is forty drums of drained "
         "engine and gearbox oil collected from a closed garage: waste oil (13 02 05*), hazardous waste whose export "
         "to a non-OECD country is banned, declared under new lubricating oil; Swedish wording (used oil repeats; the "
         "workshop-equipment container with waste oil is new)",
         {"importer_country": "GM",
          "_more_items": [item("847989", "Begagnade däckmaskiner, 6 st.", "SE", 1200, 1200, "EUR", qty=6),
                          item("271019", "Motorolja, för återanvändning, 40 fat", "SE", 7200, 400, "EUR", qty=40)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "US", [], "DE", "340399",
         "Gewindeschneidöl, chlorfrei, 24 x 1 gal", "US", 130, 24, 900, "USD",
         "tapping fluids are mineral or ester oils at about 0.9 kg/l; these 'chlorine-free' cans hold a thin, "
         "sweet-smelling liquid at 1.34 kg/l that evaporates from the skin: 1,1,1-trichloroethane (methyl "
         "chloroform), whose import is banned (Regulation 2024/590); German wording (methyl chloroform repeats; the "
         "tapping-fluid cover is new)",
         {"importer_name": "Präzisionsteile Weber GmbH", "consignee_name": "Präzisionsteile Weber GmbH", "importer_country": "DE"}),
        ("OZN-02", "import", "HRSEA01", "sea", "CN", [], "HR", "841869",
         "Aparati za vodu s kompresorskim hlađenjem, R-600a, 600 kom", "CN", 9000, 600, 42000, "USD",
         "R-600a water coolers hold 40-60 g of isobutane behind a flammable-gas label; the nameplates under the "
         "stickers give 90 g of R-134a (GWP 1,430) and the service ports carry R-134a caps: self-contained "
         "refrigeration with HFCs of GWP 150 or more may not be placed on the market (Regulation 2024/573); Croatian "
         "wording (HFC plug-in equipment under a hydrocarbon label repeats; water dispensers are new)",
         {"importer_country": "HR"}),
        ("OZN-03", "import", "ROROAD01", "road", "TR", [], "RO", "841410",
         "Pompă de vid pentru instalații frigorifice, 2 trepte, 10 buc.", "TR", 120, 10, 1500, "EUR",
         "a refrigeration service-van order whose third line, 'R-600a' in 420 g cans, is 240 non-flammable cans that "
         "a gas test gives as dichlorodifluoromethane (CFC-12); R-600a cans are red and carry a flammable-gas label: "
         "CFC-12 may not be imported (Regulation 2024/590); Romanian wording (CFC-12 repeats many sets and an R-600a "
         "label hid other gases; the service-kit multi-item order by road from Turkey is new)",
         {"importer_country": "RO",
          "_more_items": [item("902620", "Manifold digital pentru agent frigorific, 10 buc.", "TR", 15, 900, "EUR", qty=10),
                          item("290110", "Agent frigorific R-600a, doze 420 g, 240 buc.", "TR", 101, 720, "EUR", qty=240)]}),
        ("OZN-04", "import", "FRSEA01", "sea", "GB", [], "FR", "890333",
         "Yacht à moteur d'occasion, 18 m, 1991, 1 unité", "GB", 28000, 1, 240000, "GBP",
         "the broker's papers give an FM-200 system in the engine room; the two fixed cylinders' stamps and a gas "
         "test give halon 1301: equipment relying on halons may not be placed on the market except for listed "
         "critical uses, and a pleasure yacht is none; French wording (halon 1301 repeats, and extinguishers for "
         "yachts appear once; a fixed halon system on a used yacht is new)", {"importer_country": "FR"}),
        ("OZN-05", "import", "NLSEA01", "sea", "CN", [], "NL", "841850",
         "Koelvitrines voor bloemisten, koudemiddel R-290, 80 st.", "CN", 12000, 80, 64000, "USD",
         "R-290 display cabinets hold at most 150 g of propane per circuit; the nameplates behind the kick plates "
         "give 1.8 kg of R-404A (GWP 3,922): self-contained commercial refrigeration with HFCs of GWP 150 or more may "
         "not be placed on the market; Dutch wording (R-404A equipment under an R-290 label repeats, as blast "
         "chillers and ice-cream freezers; florists' display cabinets are new)", {"importer_country": "NL"}),
        ("OZN-06", "export", "PLSEA01", "sea", "PL", [], "AO", "290342",
         "Czynnik chłodniczy R-32, odzyskany, butle 40 l, 120 szt.", "PL", 4800, 120, 6000, "EUR",
         "gas recovered from dismantled split units, sold to a Luanda workshop; a gas test gives HCFC-22 with some "
         "oil, not R-32: the export of ozone-depleting substances is banned except for destruction (Regulation "
         "2024/590); Polish wording (HCFC-22 repeats many sets; recovered gas exported to Angola under an R-32 label "
         "is new)", {"importer_country": "AO"}),
        ("OZN-07", "import", "SEPOST01", "post", "US", [], "SE", "340290",
         "Fläckborttagningsmedel, vintage, oöppnade flaskor, 6 st.", "US", 4.8, 6, 70, "USD",
         "collectors' old-stock spot removers; the bottles' small print gives 'carbon tetrachloride' and the liquid "
         "weighs 1.59 kg/l: a controlled substance whose import, in products too, is banned, posted to a private "
         "person; Swedish wording (carbon tetrachloride repeats, and a spot remover named it outright once; the "
         "vintage-collector cover by post is new)", person("Privatperson", "SE")),
        ("OZN-08", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "290110",
         "Ізобутан R-600a, танк-контейнер ISO, 20 т", "CN", 20000, 1, 30000, "USD",
         "a 24 m3 tank holds about 11 t of isobutane (0.56 kg/l) at its fill limit; this one carries 20 t net, which "
         "only a denser liquid allows, and a sample gives 1-chloro-1,1-difluoroethane (HCFC-142b): ozone-depleting substances may not enter the Union, in "
         "transit included; Ukrainian wording (HCFC-142b repeats and ISO tanks carried other gases; the isobutane "
         "cover in transit through Gdańsk to Ukraine is new)", {"importer_country": "UA"}),
        ("OZN-09", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "847989",
         "Baseinų oro sausintuvai, šaltnešis R-290, 60 vnt.", "CN", 9000, 60, 72000, "USD",
         "swimming-pool dehumidifiers with R-290 carry a flammable-gas label and less than a kilogram of propane; "
         "these nameplates give 3.5 kg of HCFC-22 and the compressors are stamped for R-22: equipment relying on HCFCs "
         "may not be placed on the market; Lithuanian wording (HCFC-22 dehumidifiers repeat once, under their own gas; "
         "pool dehumidifiers declared R-290 by rail are new)", {"importer_country": "LT"}),
        ("OZN-10", "import", "DKPOST01", "post", "US", [], "DK", "940529",
         "Lavalamper, vintage 1970'erne, 6 stk.", "US", 9, 6, 180, "USD",
         "one lamp leaked in the parcel: the clear liquid around the wax is carbon tetrachloride, which early makers "
         "used to weight the wax, and the other five hold the same; products containing controlled substances may "
         "not be imported; Danish wording (carbon tetrachloride repeats; lava lamps are new as far as a search "
         "found)", person("Privatperson", "DK")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "DO", [], "ES", "940169",
         "Banqueta de madera tallada, artesanía taína, 1 ud.", "DO", 6, 1, 80, "USD",
         "a low seat carved from one block of guayacán with a zoomorphic head, shell-inlaid eyes and deep age cracks "
         "is a Taíno duho (AD 1000-1500) from a cave in the east of the island: the Dominican Republic forbids the "
         "export of archaeological heritage, and an archaeological object over 250 years needs an EU import licence "
         "(Regulation 2019/880); Dominican Spanish wording (Taíno objects are new as far as a search found)",
         {"importer_country": "ES"}),
        ("CUL-02", "export", "IEROAD01", "road", "IE", [], "GB", "680299",
         "Cloch mhaisiúcháin ghairdín, snoite, 1 phíosa", "IE", 180, 1, 150, "EUR",
         "a pillar fragment with notches cut along one edge and a weathered incised cross is an ogham stone "
         "(5th-7th century) lifted from a field in Co. Kerry and driven onto the ferry: an archaeological object "
         "needs an export licence at any value (Regulation 116/2009), and Irish law protects it as a monument; Irish "
         "wording (ogham stones and the Irish language are new to these sets as far as a search found)",
         {"importer_country": "GB"}),
        ("CUL-03", "import", "FRAIR01", "express", "PH", [], "FR", "442090",
         "Inukit na rebultong kahoy, bagong gawa, 2 piraso", "PH", 9, 2, 90, "USD",
         "two seated narra-wood figures blackened by hearth smoke, crusted with offerings, split and insect-eaten, "
         "are Ifugao bulul granary guardians taken from a rice granary: the Philippines forbids the export of "
         "cultural property without a National Museum permit (UNESCO 1970); Filipino wording (bulul are new as far "
         "as a search found)", person("Sophie Bernard", "FR")),
        ("CUL-04", "import", "DEPOST01", "post", "BH", [], "DE", "960629",
         "أزرار من حجر الصابون، صناعة يدوية، 12 قطعة", "BH", 0.3, 12, 40, "USD",
         "round steatite stamp seals with a domed back grooved by three lines and dotted circles, gazelles and a "
         "seated drinker on the face, are Dilmun seals (early 2nd millennium BC) dug from the burial mounds of A'ali: "
         "Bahrain forbids their export, and they need an EU import licence as archaeological objects over 250 years; "
         "Arabic wording (Dilmun seals are new as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "BEAIR01", "air", "GH", [], "BE", "691390",
         "Clay heads, Ashanti handicraft, new, 6 pcs", "GH", 15, 6, 90, "USD",
         "hand-modelled heads on cylindrical necks with cowrie-shaped eyes and soil packed in the hollows are "
         "Koma-land terracottas (roughly 7th-14th century) dug from mounds in northern Ghana: Ghana forbids their export and "
         "they need an EU import licence as archaeological objects; Ghanaian English wording (Koma terracottas are "
         "new; other West African terracottas (Nok, Djenné, Bura) repeat)", {"importer_country": "BE"}),
        ("CUL-06", "import", "ESAIR01", "express", "CO", [], "ES", "711719",
         "Aretes y colgante de latón dorado, réplica artesanal, 5 piezas", "CO", 0.2, 5, 60, "USD",
         "cast nose ornaments, ear spirals and a pendant with a stylised face, high-carat gold with casting flash and "
         "burial soil, are Calima goldwork of the Yotoco period (roughly 100 BC - AD 1200) from a looter's pit in Valle del Cauca: "
         "Colombia forbids their export; Colombian Spanish wording (Calima gold is new; pre-Columbian gold of other "
         "cultures repeats, a Quimbaya piece once)", person("Sr. J. García", "ES")),
        ("CUL-07", "import", "NLPOST01", "post", "CL", [], "NL", "680299",
         "Piedras volcánicas, recuerdos de Isla de Pascua, 4 piezas", "CL", 2.5, 4, 30, "USD",
         "ground basalt adzes (toki) and stemmed obsidian blades (mata'a) with soil in their pores are "
         "archaeological tools from Rapa Nui, a national park: Chile forbids the export of archaeological objects; "
         "Chilean Spanish wording (Rapa Nui objects are new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("CUL-08", "import", "FRSEA01", "sea", "VN", [], "FR", "680299",
         "Tượng vũ nữ bằng đá sa thạch, trang trí sân vườn, hàng mới, 1 cái", "VN", 220, 1, 300, "USD",
         "a sandstone apsara with a Tra Kieu-style crown, worn face, old mortar on the back and a saw cut at the base "
         "is a Champa temple relief (10th-11th century) from Quang Nam: Vietnam forbids the export of antiquities "
         "without a permit, and it needs an EU import licence; Vietnamese wording (Champa sculpture is new as a "
         "declaration; Khmer reliefs repeat)", {"importer_country": "FR"}),
        ("CUL-09", "import", "ITAIR01", "air", "NG", [], "IT", "830629",
         "Brass ornaments, Nigerian craft, new, 7 pcs", "NG", 4, 7, 70, "USD",
         "leaded-bronze pendants and a small shell-shaped vessel cast in the lost-wax method with insect and "
         "granulated detail, green corrosion and earth inside, are Igbo-Ukwu bronzes (9th-10th century): Nigeria "
         "forbids the export of antiquities, and they need an EU import licence; Nigerian English wording (Igbo-Ukwu "
         "is new; Benin-style covers and Nok terracottas from Nigeria repeat)", {"importer_country": "IT"}),
        ("CUL-10", "import", "CYSEA01", "sea", "LB", [], "CY", "940360",
         "أثاث منزلي مستعمل، خشب، 40 قطعة", "LB", 1200, 40, 2000, "USD",
         "a Lebanese house-clearance container whose third line, 'old decorative glass bottles', is thirty small "
         "iridescent flasks and unguentaria with tomb earth inside: Roman-period glass (1st-4th century) from tombs "
         "near Tyre; Lebanon forbids the export of antiquities, and it needs an EU import licence; Arabic and French "
         "wording (Roman glass repeats in about three rows; hidden in a household container to Cyprus is new)",
         {"importer_country": "CY",
          "_more_items": [item("940529", "Lampes de table anciennes, 10 pièces", "LB", 40, 200, "USD", qty=10),
                          item("701399", "Vieilles bouteilles en verre, décoratives, 30 pièces", "LB", 3, 60, "USD", qty=30)]}),
    ],
    "strategic": [
        ("STR-01", "export", "LVROAD01", "road", "LV", [], "RU", "491199",
         "Рекламная печатная продукция, брошюры, 2 коробки", "LV", 28, 2, 40, "EUR",
         "under a layer of brochures the two boxes hold 1.2 million euro in 500 and 200 euro notes: the sale, supply "
         "or export of euro banknotes to Russia is banned (Article 5i of Regulation 833/2014), and the cash was not "
         "declared either; Russian wording (banknotes are new to these sets as far as a search found)",
         {"importer_country": "RU"}),
        ("STR-02", "import", "ITSEA01", "sea", "TR", [], "IT", "151211",
         "Ham ayçiçek yağı, dökme, 1.000 ton", "TR", 1000000, None, 850000, "USD",
         "the bills of lading trace the oil to a tanker loaded at Berdyansk, in occupied Zaporizhzhia, and lightered "
         "off the Turkish coast: goods originating in the non-government-controlled areas of Zaporizhzhia and Kherson "
         "may not be imported (Regulation 2022/263), and the Turkish certificate of origin is false; Turkish wording "
         "(Crimean wine appears once; sunflower oil from the occupied south is new as far as a search found)",
         {"importer_country": "IT"}),
        ("STR-03", "import", "CZAIR01", "air", "CN", [], "CZ", "901910",
         "Pásy pro elektrostimulaci břišních svalů, EMS, 300 ks", "CN", 90, 300, 1800, "USD",
         "EMS toning belts pass a few milliamps through gel pads; these are black belts with two steel electrodes, a "
         "50,000-volt module and an 80 m remote, sold as prisoner-escort stun belts: their import is banned "
         "(Regulation 2019/125, Annex II), for a Prague 'security' firm; Czech wording (stun belts are new as far as "
         "a search found)",
         {"importer_name": "Strážní služby Bohemia s.r.o.", "consignee_name": "Strážní služby Bohemia s.r.o.", "importer_country": "CZ"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "KG", "854511",
         "Électrodes en graphite pour fours à arc, 24 pièces", "FR", 1900, 24, 9600, "EUR",
         "arc-furnace electrodes are long threaded cylinders at 2-5 EUR/kg; these are ring-shaped carbon-carbon "
         "rotor and stator discs of airliner brake heat sinks, bought by a Bishkek firm for a Russian airline: "
         "aircraft parts may not be sold, supplied or exported for use in Russia (Regulation 833/2014); French "
         "wording (aircraft parts via Central Asia repeat; brake heat sinks as graphite electrodes are new)",
         {"importer_country": "KG"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "GE", "890399",
         "Wassersportgeräte, Tretboote, 12 Stück", "DE", 4800, 12, 24000, "EUR",
         "pedal boats cost about 2,000 EUR; the crates hold new supercharged personal watercraft worth 18,000 EUR "
         "each, sold to a Poti forwarder for a Sochi water-sports dealer: water scooters are luxury goods whose sale "
         "for use in Russia is banned (Annex XVIII of Regulation 833/2014), and the value is about a ninth of the price; "
         "German wording (jet skis are new; luxury goods via the Caucasus repeat)", {"importer_country": "GE"}),
        ("STR-06", "import", "GRSEA01", "sea", "AE", [], "GR", "390120",
         "Πολυαιθυλένιο HDPE σε κόκκους, προέλευση ΗΑΕ, 500 t", "AE", 500000, None, 520000, "USD",
         "the inner bags carry the lot numbers and grade code of an Iranian petrochemical complex under over-printed "
         "'Made in UAE' labels: petrochemical products originating in Iran may not be imported into the Union "
         "(Regulation 267/2012); Greek wording (Iranian goods relabelled in the Emirates repeat; HDPE granules are "
         "new)", {"importer_country": "GR"}),
        ("STR-07", "import", "FIPOST01", "post", "US", [], "FI", "392690",
         "Puhelintelineet, muovi, 10 kpl", "US", 1.2, 10, 90, "USD",
         "the 'phone holders' are unfinished polymer pistol frames with their jigs and drill bits, which become a "
         "firearm's essential component after a few cuts: importing them without an authorisation is illegal "
         "(Directive 2021/555), and they are posted to a private person; Finnish wording (an '80 %' receiver part "
         "appears once; the phone-holder cover is new)", person("Yksityishenkilö", "FI")),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440131",
         "Pelet drzewny, pochodzenie Kazachstan, 1 200 t", "KZ", 1200000, None, 216000, "EUR",
         "Kazakhstan exports little wood; the pellet bags carry a Russian mill's certification number and the "
         "wagons were loaded in the Irkutsk region: wood products originating in Russia may not be imported "
         "(Annex XXI of Regulation 833/2014); Polish wording (Russian wood through a third country repeats as "
         "plywood; pellets relabelled as Kazakh are new)", {"importer_country": "PL"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "KZ", "420221",
         "Borse in pelle, collezione corrente, 40 pz", "IT", 48, 40, 12000, "EUR",
         "mid-range leather bags cost 150 EUR; these are crocodile and calfskin bags of a Florence luxury house, "
         "worth about 12,000 EUR each, bought by an Almaty reseller whose customers are in Moscow: leather goods "
         "over 300 EUR are luxury goods whose sale for use in Russia is banned, and the declared value is a fortieth "
         "of the real one; Italian wording (luxury goods via Kazakhstan repeat; designer handbags are new)",
         {"importer_country": "KZ"}),
        ("STR-10", "import", "ATAIR01", "air", "AM", [], "AT", "711311",
         "Ոսկեզօծ արծաթյա զարդեր, 40 հատ", "AM", 1.6, 40, 2400, "USD",
         "gilt-silver jewellery costs one or two thousand euros a kilo; these rings and chains are 18-carat gold with "
         "Russian '750' assay marks of the Moscow office under fresh Armenian tags: gold jewellery originating in "
         "Russia may not be imported (Regulation 833/2014); Armenian wording (Armenian gold chains appear once; "
         "Russian gold as gilt silver is new)", {"importer_country": "AT"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "MX", [], "ES", "010620",
         "Tortugas de casco africano (Pelomedusa subrufa), criadas en granja, 60 ejemplares", "MX", 6, 60, 900, "USD",
         "Pelomedusa are African; small brown turtles from Mexico with hinged plastrons and yellow-striped heads are "
         "mud turtles (Kinosternon, CITES App. II since 2023, two species App. I), caught wild, without an export "
         "permit; Mexican Spanish wording (Kinosternon is new as far as a search found)", {"importer_country": "ES"}),
        ("WLF-02", "import", "ITAIR01", "air", "US", [], "IT", "010620",
         "Pseudemys nelsoni hatchlings, farm raised, 200 pcs", "US", 4, 200, 1200, "USD",
         "Pseudemys hatchlings are plain green with a smooth shell; these have keeled, saw-backed shells with a fine "
         "yellow map pattern: map turtles (Graptemys, CITES App. III listed by the United States), which need a US "
         "export permit that was not issued; US English wording (Graptemys are new)", {"importer_country": "IT"}),
        ("WLF-03", "import", "DEAIR01", "express", "CA", [], "DE", "960190",
         "Bone carvings, caribou, contemporary, 3 pcs", "CA", 0.9, 3, 300, "CAD",
         "caribou bone is porous and chalky; these carvings show a dense outer layer over a marbled, crystalline "
         "core: walrus ivory (Odobenus rosmarus, CITES App. III for Canada), which needs a Canadian export permit; "
         "Canadian English wording (walrus ivory is new as a declaration; an antler-carving cover appears once)",
         person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "PLAIR01", "air", "CN", [], "PL", "010620",
         "肥尾守宫 (Hemitheconyx caudicinctus), 人工繁殖, 50 只", "CN", 1.5, 50, 1000, "USD",
         "fat-tailed geckos are West African and bred everywhere; slender geckos with deep red eyes and pale bands "
         "from southern China are cave geckos (Goniurosaurus, CITES App. II since 2023), caught wild in Guangxi; "
         "Chinese wording (Goniurosaurus and the fat-tailed-gecko cover are new; a leopard-gecko cover from Vietnam "
         "appears once)", {"importer_country": "PL"}),
        ("WLF-05", "transit", "DEAIR01", "air", "VN", ["DE"], "CH", "010690",
         "Pleurodeles waltl, captive bred, 80 pcs", "VN", 2, 80, 800, "USD",
         "Iberian ribbed newts are grey-olive and Spanish; black newts with orange head ridges and a row of orange "
         "warts down each flank are crocodile newts (Tylototriton, CITES App. II since 2019), caught wild, carried "
         "through Frankfurt to a Swiss dealer without the permits that must go with them in transit; English wording "
         "(Tylototriton are new as far as a search found)", {"importer_country": "CH"}),
        ("WLF-06", "import", "BESEA01", "sea", "CM", [], "BE", "440929",
         "Lames de terrasse en merbau, rabotées, 40 m3", "CM", 32000, None, 38000, "EUR",
         "merbau is an Asian timber and Cameroon grows none; the orange-brown boards with sulphur-yellow deposits in "
         "the pores and a cross-grain ripple are doussié (Afzelia, CITES App. II since 2023 for African "
         "populations), without an export permit; Cameroonian French wording (Afzelia repeats once, as iroko; the "
         "merbau-decking cover is new)", {"importer_country": "BE"}),
        ("WLF-07", "export", "SEAIR01", "air", "SE", [], "KR", "051000",
         "Torkade grisgallblåsor, för traditionell medicin, 3 kg", "SE", 3, 60, 1800, "EUR",
         "pig gall bladders are small and pale; these sixty fist-sized, dark dried bladders kept by hunters after the "
         "autumn cull are brown-bear gall bladders (Ursus arctos, CITES App. II, strictly protected in the EU), whose export needs an "
         "EU export permit; Swedish wording (bear bile powder and capsules repeat; whole gall bladders exported from "
         "Europe are new)", {"importer_country": "KR"}),
        ("WLF-08", "import", "ATAIR01", "air", "ID", [], "AT", "010620",
         "Kura-kura Cuora amboinensis, penangkaran, 30 ekor", "ID", 9, 30, 600, "USD",
         "Amboina box turtles have smooth domed shells; these flat turtles with spiked marginal scutes like a cog "
         "wheel are spiny turtles (Heosemys spinosa, CITES App. II) caught wild in Sumatra; Indonesian wording "
         "(Heosemys is new; a Cuora cover hid soft-shells once)", {"importer_country": "AT"}),
        ("WLF-09", "import", "DEAIR01", "air", "MG", [], "DE", "060290",
         "Zavamaniry tsilo (Euphorbia milii), voavoly, 200", "MG", 400, 200, 800, "USD",
         "propagated Euphorbia milii are potted cuttings with red bracts and milky sap; these bare-rooted, clear-sapped "
         "thorny stems with paired leaves, some thick as an arm and with field soil, are Alluaudia and Didierea "
         "(Didiereaceae, CITES App. II) dug in the spiny forest of southern Madagascar without a permit; Malagasy "
         "wording (Didiereaceae and Malagasy are new as far as a search found; Operculicarya from Madagascar "
         "appeared in blind52)", {"importer_country": "DE"}),
        ("WLF-10", "import", "NLSEA01", "sea", "OM", [], "NL", "051191",
         "جلد سمك مجفف لصناعة الجيلاتين، 2 طن", "OM", 2000, None, 3000, "USD",
         "fish skins for gelatine are thin tilapia or cod skins; these are slabs of grey skin 5-10 cm thick with a "
         "pattern of pale spots, cut from whale sharks (Rhincodon typus, CITES App. II) landed as by-catch, without "
         "an export permit; Arabic wording from Oman (whale sharks are new as far as a search found)",
         {"importer_country": "NL"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "express", "CH", "FI", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private pyrotechnician", "CH", 1, 1, 40, "CHF",
     [("PRECURSOR_LICENCE", "FI-TUKES-35-0087")], "potassium chlorate above 40 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "express", "US", "BE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private model-engine user", "US", 4.6, 4, 80, "USD",
     [("PRECURSOR_LICENCE", "BE-SPF-35-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "NO", "701990",
     "End-of-life wind-turbine blade sections, composite waste, for cement co-processing, 60 t", "DE", 60000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-UBA-35-1043")], "notified blade waste to a licensed co-processing plant in the OECD"),
    ("PRM-04", "waste", "export", "ITROAD01", "road", "IT", "CH", "681320",
     "Asbestos-containing brake linings (16 01 11*), for hazardous-waste landfill, 12 t", "IT", 12000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-MASE-35-0388")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane 99.5 %, 4 x 1 l, for essential laboratory and analytical use", "US", 5.4, 4, 260, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-35-011")], "methyl chloroform for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HRSEA01", "sea", "CN", "HR", "290345",
     "Refrigerant R-134a, refillable returnable cylinders 12 kg, 400 pcs", "CN", 4800, 400, 26000, "USD",
     [("FGAS_QUOTA", "HR-FGAS-35-0042")], "bulk HFC placed on the market within the importer's quota"),
    ("PRM-07", "cultural", "import", "ESAIR01", "air", "DO", "ES", "970510",
     "Taíno duho (ceremonial seat), wood, c. AD 1200, from a collection documented since 1962", "DO", 6, 1, 85000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "DO-MC-35-0112"), ("IMPORT_LICENCE", "ES-MCU-35-0041")],
     "archaeological object with its export permit and the EU import licence"),
    ("PRM-08", "cultural", "export", "IEAIR01", "air", "IE", "GB", "970510",
     "Early medieval bronze hand-bell, 9th century, from a collection documented since 1938", "IE", 3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IE-NMI-35-0029")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "import", "FIAIR01", "air", "US", "FI", "930599",
     "Unfinished pistol frames, polymer, 20 pcs, for an authorised firearms dealer", "US", 2.4, 20, 1800, "USD",
     [("IMPORT_LICENCE", "FI-POL-ASE-35-0155")], "essential firearm components under an import authorisation"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CA", "880720",
     "Carbon-carbon brake heat-sink discs for airliners, 24 pcs, for a named maintenance organisation", "FR", 1900, 24, 420000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-35-0733"), ("END_USER_CERTIFICATE", "CA-TC-EUC-35-0090")],
     "aircraft brake parts under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "MX", "ES", "010620",
     "Mud turtles (Kinosternon scorpioides), captive bred, 10", "MX", 1, 10, 400, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-35-0311")], "App. II turtles with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "express", "CA", "DE", "960190",
     "Walrus-ivory carving, Inuit art, signed, 1 pc", "CA", 0.3, 1, 900, "CAD",
     [("CITES_PERMIT", "CA-ECCC-35-2207")], "App. III ivory carving with its Canadian export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mikko Virtanen", "PRM-02": "Jan Peeters", "PRM-03": "Vestland Sement AS",
    "PRM-05": "Universität Heidelberg, Institut für Umweltphysik", "PRM-09": "Erä ja Ase Oy", "PRM-12": "Lena Wagner",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330590", "Hair-dye developer cream 6 %, 1 l", "import", ["express"], ["KR", "GB"], (6, 12), (1, 3), ["USD", "GBP"], 1, S),
    ("330499", "Eyelash-extension glue remover gel, 15 ml", "import", ["express"], ["US", "KR"], (150, 300), (1, 2), ["USD"], 60, S),
    ("250100", "Sauna salt, sea salt with birch aroma, 1 kg", "import", ["post"], ["NO", "GB"], (8, 15), (1, 3), ["NOK", "GBP"], 1, S),
    ("284019", "Borax decahydrate, technical, 25 kg bags", "import", ["sea"], ["TR", "US"], (0.6, 1.0), (15000, 22000), ["USD"], None, S),
    ("401519", "Black nitrile gloves for tattoo studios", "import", ["sea"], ["MY", "TH"], (3, 5), (6000, 12000), ["USD"], 10, S),
    ("283319", "Sodium bisulphate pH-minus granules, 25 kg", "import", ["sea", "road"], ["TR"], (0.7, 1.2), (10000, 20000), ["EUR"], None, S),
    ("330730", "Bath bombs, retail", "import", ["post"], ["GB"], (10, 20), (1, 3), ["GBP"], 6, S),
    ("220299", "Aloe vera drink, 500 ml bottles", "import", ["sea"], ["KR", "TH"], (1.2, 2), (12000, 20000), ["USD"], 2, S),
    ("903180", "Electronic gold testers for jewellers", "import", ["express"], ["US", "GB"], (100, 200), (1, 2), ["USD", "GBP"], 2, S),
    ("271019", "Quenching oil for knife makers, 5 l", "import", ["express"], ["US"], (8, 15), (1, 4), ["USD"], 0.2, S),
    ("701990", "Glass-fibre composite sandwich panels, new", "import", ["sea"], ["CN", "TR"], (3, 6), (5000, 12000), ["USD", "EUR"], None, S),
    ("870821", "Car seat belts, new, boxed", "import", ["sea"], ["CN", "KR"], (6, 10), (3000, 8000), ["USD"], 1.2, S),
    ("320649", "Black pigment paste for paints", "import", ["sea"], ["CN", "IN"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("681381", "Brake pads, asbestos-free, new", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 15000), ["USD", "EUR"], 2, S),
    ("251710", "Crushed limestone aggregate 0/32", "import", ["road"], ["CH"], (0.01, 0.02), (22000, 26000), ["CHF", "EUR"], None, S),
    ("730900", "Steel water tanks 5 m3, new", "export", ["sea"], ["GE", "MA"], (2, 3.5), (10000, 20000), ["EUR"], 0.002, S),
    ("381300", "Fluorine-free firefighting foam concentrate, new", "export", ["sea"], ["SN", "MA"], (3, 5), (10000, 20000), ["EUR"], None, S),
    ("842542", "Hydraulic car lifts, new", "export", ["sea"], ["GM", "SN"], (4, 7), (4000, 10000), ["EUR"], 0.001, S),
    ("271019", "Engine oil 5W-30, new, drums", "export", ["sea"], ["GM", "NG"], (1.5, 2.5), (10000, 18000), ["EUR"], None, S),
    ("340399", "Tapping fluid, ester based, 1 gal", "import", ["air", "sea"], ["US"], (8, 14), (200, 1000), ["USD"], 0.25, S),
    ("841869", "Water dispensers, compressor-cooled, R-600a, new", "import", ["sea"], ["CN"], (6, 10), (6000, 12000), ["USD"], 0.06, S),
    ("841410", "Two-stage vacuum pumps for refrigeration service", "import", ["sea", "road"], ["TR", "CN"], (20, 35), (500, 2000), ["USD", "EUR"], 0.08, S),
    ("902620", "Digital refrigerant manifold gauges", "import", ["air"], ["CN", "US"], (60, 120), (50, 300), ["USD"], 0.5, S),
    ("841850", "Florists' display cabinets, R-290, new", "import", ["sea"], ["CN"], (4, 7), (6000, 12000), ["USD"], 0.007, S),
    ("290110", "Isobutane R-600a refrigerant, 420 g cans", "import", ["sea"], ["TR", "CN"], (5, 9), (2000, 6000), ["USD", "EUR"], 2, S),
    ("940529", "Lava lamps, new, boxed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 0.5, S),
    ("940169", "Carved wooden stools, handicraft, new", "import", ["sea"], ["ID", "IN"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("442090", "Carved wooden figures, Philippine handicraft, new", "import", ["post"], ["PH"], (15, 30), (1, 3), ["USD"], 1, S),
    ("960629", "Soapstone buttons, handmade", "import", ["post"], ["IN", "KE"], (40, 80), (1, 2), ["USD"], 50, S),
    ("691390", "Terracotta heads, Ghanaian handicraft, new", "import", ["post"], ["GH"], (15, 30), (1, 3), ["USD"], 2, S),
    ("711719", "Gold-plated brass earrings, Colombian craft", "import", ["express"], ["CO"], (60, 120), (1, 2), ["USD"], 10, S),
    ("680299", "Carved basalt moai replicas, souvenirs, new", "import", ["post"], ["CL"], (10, 20), (1, 3), ["USD"], 1, S),
    ("680299", "Sandstone garden statues, new", "import", ["sea"], ["VN", "IN"], (0.6, 1.2), (8000, 16000), ["USD"], 0.02, S),
    ("830629", "Lost-wax brass castings, Nigerian craft, new", "import", ["post"], ["NG"], (10, 20), (1, 3), ["USD"], 2, S),
    ("901910", "EMS abdominal toning belts", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 5, S),
    ("151211", "Crude sunflower oil, bulk", "import", ["sea"], ["UA", "AR"], (0.9, 1.3), (20000, 26000), ["USD"], None, S),
    ("390120", "HDPE granules, film grade", "import", ["sea"], ["SA", "US"], (1.0, 1.4), (20000, 26000), ["USD"], None, S),
    ("890399", "Pedal boats, polyethylene, new", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 0.01, S),
    ("392690", "Plastic phone holders for cars", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 10, S),
    ("854511", "Graphite electrodes for arc furnaces", "import", ["sea"], ["CN", "IN"], (3, 6), (15000, 22000), ["USD"], None, S),
    ("440929", "Merbau decking boards, FSC", "import", ["sea"], ["ID", "MY"], (1.2, 2), (15000, 22000), ["USD"], None, S),
    ("711311", "Silver filigree jewellery, Armenian craft", "import", ["post"], ["AM"], (300, 600), (1, 2), ["USD"], 20, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind52), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows and four rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
        ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
        ("482010", "Notebooks, spiral-bound", "import", ["sea"], ["CN", "IN"], (2, 3.5), (5000, 10000), ["USD"], 4, N),
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 0.3, N),
        ("950651", "Tennis rackets", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 4000), ["USD"], 3, N),
        ("630260", "Cotton bath towels", "import", ["sea"], ["TR", "PK"], (5, 8), (5000, 10000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind54", 20350301, HERE)


if __name__ == "__main__":
    main()
