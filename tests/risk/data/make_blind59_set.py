#!/usr/bin/env python3
"""Writes the fifty-ninth blind set (tests/risk/data/blind59-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2036, with goods, routes,
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
parts, used recreational craft) are left out of the ordinary table. Disguised rows carry
a consignee name only where a real declaration would. Ids are BL59-*:

    python3 tests/risk/data/make_blind59_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIAIR01", "express", "US", [], "SI", "382499",
         "Belilo za perje in dlako za vezanje muharic, 4 x 1 l", "US", 4.5, 4, 85, "USD",
         "fly tiers bleach hackle and deer hair with a few spoonfuls of a 3-6 % peroxide cream; these four litres "
         "weigh 1.13 kg/l, sit under vented caps, turn the skin white at a touch, and the maker's data sheet behind "
         "the hobby label gives 35 % hydrogen peroxide (Annex I above 12 %), for a private fly fisher on the Soča; "
         "Slovenian wording (hydrogen peroxide repeats in many sets, once as a hot-tub oxidiser to Slovenia and once "
         "as taxidermists' skull bleach; a fly-tying feather bleach is new as far as a search found)",
         person("Zasebnik", "SI")),
        ("PRE-02", "import", "LVPOST01", "post", "CN", [], "LV", "381400",
         "Drukas galviņu tīrīšanas šķidrums platformāta printeriem, 4 x 1 l", "CN", 4.6, 4, 40, "USD",
         "printhead cleaning fluids are glycol-water or mild solvent blends of about 1.0 kg/l sold in 100-500 ml "
         "bottles; these four litres weigh 1.14 kg/l, are water-clear with a fruity smell, and the inner labels carry "
         "CAS 75-52-5: nitromethane (Annex I above 16 %), posted to a private person in Riga although flammable "
         "liquids may not go by post; Latvian wording (nitromethane repeats in many sets, and a continuous-inkjet "
         "make-up fluid cover appears once; a printhead cleaner for large-format printers by post to Latvia is new "
         "as far as a search found)", person("Privātpersona", "LV")),
        ("PRE-03", "import", "DKAIR01", "express", "GB", [], "DK", "340290",
         "Rensevæske til messinginstrumenter, 'bright dip', 4 x 2,5 l", "GB", 14, 4, 120, "GBP",
         "brass-instrument cleaners are mild soap or citric baths that take an evening; ten litres at 1.40 kg/l that "
         "give off brown fumes when opened and eat through a copper wire in minutes are about 65 % nitric acid "
         "(Annex I above 3 %), the old 'bright dip' of brass foundries, for a private hobby repairer of trumpets in "
         "Odense; Danish wording (nitric acid repeats in many sets, as an etching mordant, a maple-ageing acid, a "
         "passivation and a gold-testing acid; a brass-instrument bright-dip cover is new as far as a search found)",
         person("Privatperson", "DK")),
        ("PRE-04", "import", "HUPOST01", "post", "US", [], "HU", "290549",
         "Izomalt cukorművészethez, kristályos, 4 x 2,5 kg", "US", 10, 4, 60, "USD",
         "isomalt is a sugar alcohol that melts at about 150 °C into clear sugar glass; these clear crystals do not "
         "melt on a hot plate, flare when a grain of sugar touches them, and the inner bags carry the oxidiser "
         "pictogram and CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted to a private person in "
         "Debrecen although oxidisers may not go by post; Hungarian wording (potassium chlorate repeats, as cream of "
         "tartar, a wool mordant, lozenges, tooth powder and a pottery frit; an isomalt sugar-art cover is new as far "
         "as a search found)", person("Magánszemély", "HU")),
        ("PRE-05", "import", "ROPOST01", "post", "CN", [], "RO", "320890",
         "Vopsea pulbere în câmp electrostatic, poliester, alb RAL 9010, 5 x 2 kg", "CN", 10, 5, 40, "USD",
         "polyester powder coatings are light resin powders that flow and cure at 180-200 °C; these bags hold a dense "
         "white crystalline powder that stays dry at 200 °C, partly dissolves in hot water and flares with sugar, and "
         "the inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted to a private person "
         "in Cluj; Romanian wording (potassium perchlorate repeats, as climbing chalk and as face-mask kaolin; a "
         "powder-coating paint cover is new as far as a search found)", person("Persoană fizică", "RO")),
        ("PRE-06", "import", "MTAIR01", "express", "GB", [], "MT", "291529",
         "Kristalli tal-aċetat tas-sodju għal hand warmers li jerġgħu jintużaw, 4 x 2.5 kg", "GB", 10, 4, 55, "GBP",
         "reusable hand-warmer refills are sodium acetate trihydrate, which smells of vinegar and melts in its own "
         "water at 58 °C; these odourless crystals stay solid in boiling water, and under the label sit the oxidiser "
         "pictogram and CAS 7775-09-9: sodium chlorate (Annex I above 40 %), for a private person in Birkirkara; "
         "Maltese wording (sodium chlorate repeats in many sets; a hand-warmer refill cover is new as far as a search "
         "found)", person("Persuna privata", "MT")),
        ("PRE-07", "import", "LTPOST01", "post", "US", [], "LT", "291815",
         "Natrio citratas E331 sūrio padažams, 4 x 2,5 kg", "US", 10, 4, 50, "USD",
         "sodium citrate is a free-flowing, salty-sour granule used by the teaspoon in cheese sauces; these crystals "
         "turn damp and sticky within an hour in air, a grain flares on a hot plate, and the bag under the retail "
         "sticker gives CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), posted to a private person in Kaunas; "
         "Lithuanian wording (sodium perchlorate repeats, as artificial snow and as dehumidifier refills; a "
         "sodium-citrate cooking cover is new as far as a search found)", person("Privatus asmuo", "LT")),
        ("PRE-08", "import", "HRROAD01", "road", "RS", [], "HR", "680620",
         "Ekspandirani perlit za hidroponiku, 20 vreća po 100 l", "RS", 1600, 20, 200, "EUR",
         "expanded perlite is a white mineral foam so light that a 100 l bag weighs about 10 kg; these bags weigh "
         "80 kg each and hold smooth white prills that dissolve in water and turn it ice-cold, with 'N 34,4 %' printed "
         "on the inner liners: ammonium nitrate (Annex I at 16 % N or more), sent by groupage truck to a private "
         "person in Slavonia with a small greenhouse; Serbian wording (ammonium nitrate repeats in many sets, as "
         "de-icer, arena dust binder, snow hardener, urea and glass beads; a perlite cover is new as far as a search "
         "found)", person("Privatna osoba", "HR")),
        ("PRE-09", "import", "IEROAD01", "road", "GB", [], "IE", "340290",
         "Salt chlorinator cell cleaner, concentrated, 4 x 5 l", "GB", 36.8, 4, 90, "GBP",
         "salt-cell cleaners are dilute hydrochloric or citric solutions of about 1.05 kg/l; these twenty litres "
         "weigh 1.84 kg/l, are oily and char a wooden stick: about 96 % sulphuric acid (Annex I above 15 %), sent by "
         "groupage van over Holyhead-Dublin to a private pool owner in Kildare; Irish English wording (sulphuric acid "
         "repeats, as pH-minus, soil acidifier, descaler and marble cleaner, and pool salt for chlorinators hid sodium "
         "chlorate once; a salt-chlorinator cell cleaner is new as far as a search found)", person("Private individual", "IE")),
        ("PRE-10", "import", "DEAIR01", "express", "US", [], "DE", "820320",
         "Bonsai-Konkavzange und Drahtschere, Set", "JP", 1.2, 2, 90, "USD",
         "a private bonsai grower's order of tools and wire whose third line, 'lime sulphur' for bleaching deadwood, "
         "is four litres of a water-clear, odourless liquid at 1.20 kg/l under vented caps: lime sulphur is an "
         "orange, rotten-egg-smelling polysulphide of about 1.3 kg/l, and the bottles hold 50 % hydrogen peroxide "
         "(Annex I above 12 %); German wording (hydrogen peroxide repeats in many sets, and a cheese-maker's parcel "
         "held it beside hexamine once; a bonsai deadwood-bleach line is new as far as a search found)",
         {"consignee_name": "Herr K. Becker", "importer_country": "DE",
          "_more_items": [item("760529", "Bonsai-Draht, Aluminium eloxiert, 5 Rollen", "JP", 2.5, 45, "USD", qty=5),
                          item("382499", "Kalkschwefelbrühe für Totholz (Jin/Shari), 4 x 1 l", "US", 4.8, 40, "USD", qty=4)]}),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "940290",
         "Ziekenhuisbedden, gebruikt, mechanisch verstelbaar, 40 stuks", "BE", 3200, 40, 4000, "EUR",
         "a 'hospital donation' container for a Kumasi clinic supplier whose beds and wheelchairs are sound, but "
         "whose third line, 'beschermschorten', is 300 X-ray lead aprons of 5 kg each, discarded at their yearly "
         "check because the lead-vinyl cores are cracked: discarded protective clothing containing lead (A1020 "
         "constituents, 15 02 02*), hazardous waste whose export to a non-OECD country is banned; Flemish wording "
         "(hospital clearances repeat as e-waste; lead X-ray aprons are new as far as a search found)",
         {"importer_country": "GH",
          "_more_items": [item("871390", "Rolstoelen, gebruikt, 60 stuks", "BE", 900, 1200, "EUR", qty=60),
                          item("630900", "Beschermschorten, gebruikt, 300 stuks", "BE", 1500, 300, "EUR", qty=300)]}),
        ("WST-02", "export", "HURAIL01", "rail", "HU", [], "RS", "293379",
         "N-metil-2-pirrolidon, regenerált, ipari tisztítószer, ISO-tartály, 22 t", "HU", 22000, None, 2200, "EUR",
         "recovered NMP sold as a product is distilled to 99.5 % and fetches near 2 EUR/kg; this ISO tank at "
         "0.10 EUR/kg holds the spent solvent of a battery plant's cathode-coating line, brown, watery, with PVDF and "
         "nickel-cobalt fines: spent non-halogenated solvent (14 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned, railed to a Serbian 'cleaning products' firm; Hungarian wording (spent solvents repeat; "
         "NMP from a battery plant is new as far as a search found)", {"importer_country": "RS"}),
        ("WST-03", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "950430",
         "Retro arcade cabinets, working, 80 units", "GB", 9600, 80, 4000, "GBP",
         "eighty 1980s-90s arcade cabinets from a closed seaside amusement arcade, trans-shipped at Antwerp for Lagos "
         "at 50 GBP each, with cracked CRT monitors, burnt boards and no test: waste electrical equipment with "
         "cathode-ray tubes (A1180, 16 02 13*), whose transit through the Union needs notification and whose export "
         "to a non-OECD country is banned; British English wording (CRT waste repeats; arcade cabinets are new as far "
         "as a search found)", {"importer_country": "NG"}),
        ("WST-04", "export", "DKSEA01", "sea", "DK", [], "TZ", "441829",
         "Branddøre, brugte, massive, til genbrug, 220 stk.", "DK", 17600, 220, 4400, "EUR",
         "fire doors from the 1970s wings of a Jutland hospital pulled down for a new building, cut out of their "
         "frames with broken edges, whose mineral 'fire boards' in the cores a laboratory gives as amosite asbestos, "
         "sold for reuse to a Dar es Salaam builder at 20 EUR each: construction waste containing asbestos "
         "(17 06 05*), hazardous waste whose export to a non-OECD country is banned; Danish wording (asbestos repeats "
         "in many forms; fire doors are new as far as a search found)", {"importer_country": "TZ"}),
        ("WST-05", "export", "CYSEA01", "sea", "CY", [], "CN", "261590",
         "Συμπύκνωμα βαναδίου, σκόνη, σε big bags, 60 t", "CY", 60000, None, 18000, "EUR",
         "vanadium concentrates are ores of a few per cent V2O5; this black, soot-light powder is the fly ash of a "
         "Cypriot power station's heavy-fuel-oil boilers, with vanadium, nickel, sulphates and unburnt carbon, sold "
         "to a Chinese ferro-vanadium maker: oil fly ash and boiler dust (10 01 04*), hazardous waste whose export to "
         "a non-OECD country is banned; Greek wording from Cyprus (incinerator fly ash repeats; oil-fired boiler ash "
         "as a vanadium ore is new as far as a search found)", {"importer_country": "CN"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "271390",
         "Reziduu petrolier pentru bitum rutier, 20 t", "RO", 20000, None, 400, "EUR",
         "a grey, heavy sludge with beads of liquid metal in it, scraped from the pig traps and separators of a "
         "Muntenia gas-gathering station, which a laboratory gives at several hundred mg/kg of mercury, sold to a "
         "Moldovan road builder as a bitumen residue: sludge from natural-gas processing containing mercury "
         "(05 07 01*), hazardous waste whose export to a non-OECD country is banned; Romanian wording (tank-bottom "
         "sludges as bitumen repeat; mercury-bearing pigging sludge is new as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "560314",
         "Boom u pads assorbenti tal-polipropilene, użati, għall-użu mill-ġdid, 12 t", "MT", 12000, None, 600, "EUR",
         "absorbent booms and pads are used once and burnt; these bales are booms and pads soaked black with heavy "
         "fuel oil from the clean-up of a bunkering spill off Malta, sold 'for reuse' to a Tripoli firm: absorbents "
         "contaminated by hazardous substances (15 02 02*), hazardous waste whose export to a non-OECD country is "
         "banned; Maltese wording (oily workshop absorbents (15 02 02*) and Malta-Libya routes repeat; oil-spill clean-up "
         "booms are new as far as a search found)", {"importer_country": "LY"}),
        ("WST-08", "export", "BGROAD01", "road", "BG", [], "MK", "271019",
         "Мазут, тежко гориво, 24 т", "BG", 24000, None, 1200, "EUR",
         "heavy fuel oil sells near 500 EUR/t; at 50 EUR/t this tanker holds what is pumped from the oil interceptors "
         "and car-wash separators of motorway service areas, water, grit and oil, sold as kiln fuel to a North "
         "Macedonian brickworks: sludge from oil/water separators (13 05 02*), hazardous waste whose export to a "
         "non-OECD country is banned; Bulgarian wording (used oil repeats; interceptor sludge is new as far as a "
         "search found)", {"importer_country": "MK"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "854143",
         "Gebrauchte Solarmodule, funktionsfähig, 1 200 Stück", "DE", 14400, 1200, 6000, "EUR",
         "1,200 frameless thin-film cadmium-telluride modules from a 2009 Brandenburg solar park being repowered, many "
         "with broken glass or delaminated, untested, at 5 EUR apiece, for a Ukrainian 'reuse' trader: discarded "
         "photovoltaic panels containing cadmium (16 02 13*, A1180), hazardous waste whose export to a non-OECD "
         "country is banned; German wording (used solar panels repeat, and hail-shattered cadmium-telluride panels appear once; modules "
         "of a repowered solar park by road to Ukraine are new as far as a search found)", {"importer_country": "UA"}),
        ("WST-10", "export", "NLROAD01", "road", "NL", [], "MA", "940549",
         "Assimilatiebelichting, gebruikt, armaturen met lampen, 4 000 stuks", "NL", 36000, 4000, 8000, "EUR",
         "Westland growers changing to LED sell their high-pressure sodium grow-light fittings; these 4,000 at 2 EUR "
         "each still hold their 600-1,000 W lamps, many broken in the crates, with mercury in every burner and old "
         "ballast capacitors, untested, sold for reuse to a Moroccan tomato grower: discarded equipment with mercury "
         "lamps (16 02 13*), hazardous waste whose export to a non-OECD country is banned; Dutch wording (street "
         "lanterns with mercury lamps repeat (blind57); greenhouse grow-light fittings are new as far as a search "
         "found)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "export", "PLROAD01", "road", "PL", [], "UA", "841869",
         "Schładzalniki do mleka, używane, sprawne, 30 szt.", "PL", 18000, 30, 21000, "EUR",
         "thirty open bulk milk cooling tanks from Podlasie dairy farms that gave up milking, sold to Ukrainian "
         "farmers to run as they are; their condensing units still hold about 4 kg of HCFC-22 each, as the plates "
         "read: the export of equipment relying on HCFCs is banned (Regulation 2024/590); Polish wording (R-22 "
         "equipment exported whole repeats; milk cooling tanks are new as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "GQ", "841850",
         "Cámaras frigoríficas mortuorias de 6 cuerpos, usadas, 8 unidades", "ES", 9600, 8, 16000, "EUR",
         "eight six-body mortuary refrigerators taken out of a Valencia hospital when its morgue was renewed, for a "
         "Malabo funeral home; their plates read R-22, about 3 kg each, still charged: the export of equipment "
         "relying on HCFCs is banned (Regulation 2024/590); Spanish wording (R-22 equipment repeats; mortuary "
         "refrigerators are new as far as a search found)", {"importer_country": "GQ"}),
        ("OZN-03", "import", "FISEA01", "sea", "US", [], "FI", "870590",
         "Käytetyt ruoka-autot, keittiö ja kylmälaitteet, 6 kpl", "US", 42000, 6, 90000, "USD",
         "six used American food trucks for a Helsinki street-food firm, with roof air-conditioners and "
         "under-counter refrigeration whose plates and a leak test give chlorodifluoromethane (R-22): products and "
         "equipment relying on HCFCs may not be imported (Regulation 2024/590); Finnish wording (American "
         "motorhomes with R-22 appear once (blind58); food trucks are new as far as a search found)",
         firm("Katuruoka Helsinki Oy", "FI")),
        ("OZN-04", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "350691",
         "喷胶，接触型胶粘剂喷雾，500 毫升，19 200 罐", "CN", 9600, 19200, 28800, "USD",
         "contact spray adhesives use DME or hydrocarbons as propellant and solvent; the safety data sheets packed in "
         "the cartons give 1,1-dichloro-1-fluoroethane (HCFC-141b) as 40 % of each can, for a Duisburg wholesaler: "
         "products containing HCFCs may not be imported (Regulation 2024/590); Chinese wording (HCFC-141b repeats in "
         "about forty rows, as flux remover, blowing agent and polyol systems; spray adhesive cans by China-Europe "
         "rail are new as far as a search found)", firm("Rhein-Ruhr Klebetechnik GmbH", "DE")),
        ("OZN-05", "import", "ITAIR01", "air", "IN", [], "IT", "290311",
         "Clorometano (cloruro di metile) 99,5 %, bombole da 50 kg, 6 pz", "IN", 300, 6, 2400, "USD",
         "methyl chloride is a flammable gas at about 5 bar at 20 °C; these cylinders read about 2 bar, the gas does "
         "not burn in the laboratory test and the analysis gives bromomethane, for a Lombard 'fine-chemicals' trader "
         "who resells it to growers as a soil fumigant: methyl bromide may not be imported except under licence for "
         "feedstock or quarantine uses (Regulation 2024/590); Italian wording (methyl bromide repeats in about "
         "thirty rows; a chloromethane label is new as far as a search found)",
         firm("Chimica Fine Lariana Srl", "IT")),
        ("OZN-06", "transit", "ESSEA01", "sea", "CN", ["ES"], "DZ", "382768",
         "Fluide frigorigène R-513A, bouteilles 11,3 kg, 1 200 pcs", "CN", 13560, 1200, 60000, "USD",
         "R-513A (HFO-1234yf with HFC-134a) reads about 6 bar at 20 °C; these cylinders read about 9 bar and a sample "
         "gives chlorodifluoromethane (HCFC-22), trans-shipped at Valencia for Oran: controlled substances may not be "
         "brought into the Union, transit included, without a licence (Regulation 2024/590); Algerian French wording "
         "(HCFC-22 under HFC labels repeats in many rows, and R-513A stickers hid R-404A equipment once; R-513A "
         "cylinders and a Valencia-Oran transit are new as far as a search found)", {"importer_country": "DZ"}),
        ("OZN-07", "import", "ROROAD01", "road", "TR", [], "RO", "271019",
         "Elektro-erozyon (EDM) dielektrik yağı, 1000 l IBC, 4 adet", "TR", 6360, 4, 6000, "EUR",
         "EDM dielectric oils are light hydrocarbons of about 0.8 kg/l; these four IBCs weigh twice what they should, "
         "the liquid does not burn, smells sweet, and a laboratory gives tetrachloromethane (carbon tetrachloride), "
         "for a Timișoara tool-room that degreases moulds with it: it may not be imported or placed on the market "
         "(Regulation 2024/590); Turkish wording (carbon tetrachloride repeats in about twenty rows under dry-cleaning "
         "and laboratory covers; an EDM-oil label is new as far as a search found)",
         firm("Sculeria Banat SRL", "RO")),
        ("OZN-08", "import", "SEPOST01", "post", "US", [], "SE", "340290",
         "Skivtvättvätska för vinylskivor, 4 x 1 l", "US", 6.3, 4, 60, "USD",
         "record-cleaning fluids are alcohol and water of about 0.95 kg/l; these four litres weigh 1.57 kg/l, vanish "
         "from a glass plate in seconds without a trace and a laboratory gives 1,1,2-trichloro-1,2,2-trifluoroethane "
         "(CFC-113), old stock sold to audiophiles, posted to a private person: it may not be imported (Regulation "
         "2024/590); Swedish wording (CFC-113 repeats as a precision, film and dry-cleaning solvent; a vinyl-record "
         "cleaning fluid is new as far as a search found)", person("Karin Andersson", "SE")),
        ("OZN-09", "import", "HRSEA01", "sea", "TR", [], "HR", "890333",
         "Motorna jahta, rabljena, 1998., 32 m, 1 kom.", "TR", 160000, 1, 2400000, "EUR",
         "a 1998 32 m motor yacht bought in Bodrum for a Split charter firm, whose engine-room fixed fire-suppression "
         "system still holds two bottles of bromotrifluoromethane (halon 1301), as their plates read: products and "
         "equipment containing halons may not be imported (Regulation 2024/590); Croatian wording (halon 1301 "
         "repeats, and yachts' engine-room halon systems appear in about three rows under FM-200 and FE-227 labels; a "
         "yacht bought in Turkey for a Croatian charter firm is new as far as a search found)", firm("Jadran Charter d.o.o.", "HR")),
        ("OZN-10", "import", "ATAIR01", "express", "CN", [], "AT", "841869",
         "Wasserkühler für CO2-Lasergravierer, Kältemittel R-134a, 12 Stück", "CN", 360, 12, 3600, "USD",
         "small water chillers for hobby laser engravers, for a Graz workshop; the rating plates under the R-134a "
         "stickers read R-22 and a gas test gives chlorodifluoromethane: products and equipment relying on HCFCs may "
         "not be imported (Regulation 2024/590); Austrian German wording (HCFC-22 equipment under HFC stickers "
         "repeats; laser-engraver chillers are new as far as a search found)", firm("Werkstatt Mur OG", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "express", "MX", [], "ES", "691390",
         "Figurilla de barro, artesanía de Campeche, 1 pieza", "MX", 1.2, 1, 45, "USD",
         "a hollow clay figurine of a seated noblewoman with a tall headdress and ear spools, traces of Maya blue, a "
         "whistle in the back and root marks on the clay, is a Jaina figurine (Late Classic Maya, about 600-900) "
         "from the burial island off Campeche: Mexico owns its archaeological monuments and forbids their export "
         "(federal law of 1972), and cultural goods removed illegally may not be brought into the Union (Regulation "
         "2019/880); Mexican Spanish wording (Maya jade and vessels repeat; Jaina figurines are new as far as a "
         "search found)", person("Sr. J. García", "ES")),
        ("CUL-02", "export", "GRAIR01", "air", "GR", [], "CH", "970191",
         "Εικόνα, αγιογραφία χειροποίητη, νέα, αντίγραφο εργαστηρίου, 1 τεμ.", "GR", 6, 1, 300, "EUR",
         "a panel icon of St Nicholas with cracked gesso, candle soot, a silver-gilt repoussé cover and a monastery "
         "inventory number on the back, taken from the iconostasis of a kellion on Mount Athos, is a 17th-century "
         "post-Byzantine icon, not a new workshop copy: an element of a dismembered religious monument over 100 "
         "years old needs a Union export licence at any value (Regulation 116/2009), and Greek law forbids its "
         "export; Greek wording (Russian and Ukrainian icons repeat; an Athonite icon exported as a new copy is new "
         "as far as a search found)", {"importer_country": "CH"}),
        ("CUL-03", "import", "BGROAD01", "road", "IQ", ["TR"], "BG", "680292",
         "تمثال حجري للحديقة، حجر جيري، جديد، قطعة واحدة", "IQ", 180, 1, 150, "USD",
         "a limestone head of a bearded man with a tall diadem and drilled eyes, weathered, with fresh saw marks at "
         "the neck, is a Parthian sculpture from Hatra (1st-2nd century) in Nineveh province, sent by truck through "
         "Turkey: Iraqi cultural property removed since 1990 may not be imported or traded (Regulation 1210/2003), "
         "and Iraq forbids its export; Iraqi Arabic wording (Iraqi antiquities repeat; a Hatra sculpture as a garden "
         "statue by road is new as far as a search found)", {"importer_country": "BG"}),
        ("CUL-04", "import", "DEAIR01", "air", "AE", [], "DE", "680299",
         "گلدان سنگی، صنایع دستی جدید، ۱ عدد", "IR", 6, 1, 200, "USD",
         "a dark chlorite cylinder vessel carved with a scorpion-man and entwined snakes, with empty inlay sockets and "
         "a crust of earth, is a Jiroft-culture vessel (3rd millennium BC) from the looted cemeteries of the Halil "
         "Rud in Kerman, flown from Dubai: Iran forbids the export of its antiquities, and cultural goods removed "
         "illegally may not be brought into the Union (Regulation 2019/880); Persian wording (Bactrian chlorite "
         "figures repeat; Jiroft vessels are new as far as a search found)", {"importer_country": "DE"}),
        ("CUL-05", "import", "FRPOST01", "post", "ML", [], "FR", "691390",
         "Statuette en terre cuite, artisanat de Ségou, neuve, 1 pièce", "ML", 3, 1, 40, "EUR",
         "a kneeling terracotta figure with a raised face, scarified cheeks and incised bracelets, eroded, with soil "
         "in its hollows, is a Bankoni figure (13th-15th century) from southern Mali: Mali forbids the export of "
         "archaeological objects, and cultural goods removed illegally may not be brought into the Union (Regulation "
         "2019/880); Malian French wording (Djenné terracottas repeat; Bankoni figures are new as far as a search "
         "found)", person("Mme Claire Martin", "FR")),
        ("CUL-06", "export", "ITAIR01", "express", "IT", [], "GB", "711719",
         "Fibule in bronzo, repliche museali, 6 pezzi", "IT", 0.4, 6, 60, "EUR",
         "six arched bronze brooches with amber and bone beads strung on the bow, green crust and soil, dug by a "
         "detectorist near a necropolis in the Marche, are Picene fibulae (8th-6th century BC): archaeological "
         "objects need a Union export licence at any value (Regulation 116/2009) and belong to the Italian state; "
         "Italian wording (Italian antiquities repeat; Picene grave goods are new as far as a search found)",
         {"importer_country": "GB"}),
        ("CUL-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "442199",
         "木雕窗花板，仿古，新制，24 块", "CN", 480, 24, 1200, "USD",
         "twenty-four carved lattice window and door panels with scenes of scholars, worn lacquer and old nail holes, "
         "torn out of Ming and Qing merchant houses in southern Anhui (Huizhou) as villages are rebuilt, are historic "
         "architectural elements, not new copies: China forbids the export of cultural relics made before 1911, and "
         "cultural goods removed illegally may not be brought into the Union (Regulation 2019/880); Chinese wording "
         "(Chinese antiquities repeat; Huizhou house panels by rail are new as far as a search found)",
         firm("Orient Dekor Sp. z o.o.", "PL")),
        ("CUL-08", "import", "NLSEA01", "sea", "IN", [], "NL", "940360",
         "Teak furniture, carved, new, 120 pcs", "IN", 6000, 120, 36000, "USD",
         "a furniture container from Chennai whose third line, 'carved teak panels, old style', holds eight "
         "smoke-blackened panels of gods and riders on horses with tenons and old iron fixings, cut from a temple "
         "chariot (ratha) of Tamil Nadu (18th-19th century): India forbids the export of antiquities over 100 years "
         "old (Antiquities and Art Treasures Act 1972), and cultural goods removed illegally may not be brought into "
         "the Union (Regulation 2019/880); Indian English wording (Chola bronzes repeat; temple-chariot panels in a "
         "furniture container are new as far as a search found)",
         {"importer_name": "Oosterse Meubelen BV", "consignee_name": "Oosterse Meubelen BV", "importer_country": "NL",
          "_more_items": [item("442199", "Carved teak wall panels, new, 40 pcs", "IN", 800, 4000, "USD", qty=40),
                          item("442199", "Carved teak panels, old style, 8 pcs", "IN", 480, 400, "USD", qty=8)]}),
        ("CUL-09", "import", "ATPOST01", "post", "TR", [], "AT", "680291",
         "Mermer hediyelik heykelcik, yeni, 1 adet", "TR", 0.3, 1, 25, "EUR",
         "a flat marble figure with a large head tilted back on a long neck, stump arms and tiny pierced ears, worn, "
         "with root marks, is a Kilia-type 'stargazer' idol (Chalcolithic, about 4000-3500 BC) from western Anatolia: "
         "Turkey forbids the export of antiquities, and cultural goods removed illegally may not be brought into the "
         "Union (Regulation 2019/880); Turkish wording (Anatolian antiquities repeat; Kilia idols are new as far as a "
         "search found)", person("Thomas Gruber", "AT")),
        ("CUL-10", "export", "PTROAD01", "road", "PT", [], "GB", "680293",
         "Porco de granito, escultura de jardim, 1 unidade", "PT", 1400, 1, 400, "EUR",
         "a 1.4 t granite boar, weathered and lichen-covered, with a hollow under the belly and a worn Latin "
         "inscription on the flank, lifted from a field in Trás-os-Montes, is a berrão (verraco), an Iron Age animal "
         "sculpture (4th-1st century BC) reused as a Roman tomb marker: archaeological objects need a Union export "
         "licence at any value (Regulation 116/2009), and Portugal protects its archaeological heritage; Portuguese "
         "wording (granite and limestone garden covers repeat; a berrão is new as far as a search found)",
         {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "import", "IEAIR01", "air", "CN", [], "IE", "901890",
         "TENS electrotherapy sleeves, arm, with remote controller, 40 sets", "CN", 40, 40, 2400, "USD",
         "TENS sleeves pass a few milliamps through gel pads; these padded sleeves hold a high-voltage shock module "
         "worked by a remote control, close with a locking strap and are catalogued for prisoner transport: "
         "electric-shock sleeves designed to restrain human beings, whose import into the Union is banned "
         "(Regulation 2019/125, Annex II), for a Dublin 'security equipment' firm; Chinese English wording (stun "
         "belts, restraint chairs and leg irons repeat; shock sleeves under a TENS cover are new as far as a search "
         "found)", firm("Guardline Security Ltd", "IE")),
        ("STR-02", "export", "SKAIR01", "air", "SK", [], "KG", "900290",
         "Optické hranoly, montované, pre prístroje, 60 ks", "SK", 540, 60, 5400, "EUR",
         "instrument prisms weigh grams; these 9 kg steel-housed blocks with a heated armoured-glass window and a "
         "mounting flange are driver's and commander's periscopes for tracked armoured vehicles (Common Military "
         "List, ML6), which need an export licence, for a Bishkek trader whose deliveries go on to a Russian tank "
         "repair plant (Regulation 833/2014, arms embargo); Slovak wording (military goods through Kyrgyzstan "
         "repeat; tank periscopes as optical prisms are new as far as a search found)", {"importer_country": "KG"}),
        ("STR-03", "export", "NLAIR01", "express", "NL", [], "AE", "901530",
         "Digitale waterpasinstrumenten voor landmeting, 3 stuks", "NL", 96, 3, 9000, "EUR",
         "surveying levels weigh a few kilograms and cost a few thousand euros; these 32 kg instruments in "
         "thermostated cases, at about 100,000 EUR each as the sales contract shows, are relative gravity meters with a "
         "static accuracy better than 10 µGal (6A007), dual-use items that need an export licence, for a Dubai trader "
         "whose customer is an Iranian geophysics institute (Regulation 267/2012); Dutch wording (gravity meters are "
         "new as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "HK", "852589",
         "Drones sous-marins d'inspection pour aquaculture, 2 unités", "FR", 7000, 2, 900000, "EUR",
         "aquaculture inspection drones are 5 kg tethered cameras rated to 100-300 m; these 3.5 t work-class vehicles "
         "rated to 6,000 m, with manipulator arms and a tether management system, are unmanned tethered submersibles "
         "for depths over 1,000 m (8A001), which need an export licence, for a Hong Kong trading company that fronts "
         "for a mainland naval research institute; French wording (deep-rated underwater vehicles are new as far as "
         "a search found)", {"importer_country": "HK"}),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "LY", "890319",
         "Φουσκωτά σκάφη αναψυχής 7 m με εξωλέμβιες μηχανές 40 hp, 60 τεμ.", "GR", 18000, 60, 120000, "EUR",
         "sixty 7 m inflatable boats, each with a 40 hp outboard motor, sold to a Benghazi 'fishing tourism' firm with "
         "no boats on the water: the sale or supply of inflatable boats and outboard motors to Libya needs an "
         "authorisation (Regulation 2017/1325), which was not sought, and these are the boats of migrant smuggling; "
         "Greek wording (Libya repeats under the arms embargo; inflatable boats and outboards are new as far as a "
         "search found)", {"importer_country": "LY"}),
        ("STR-06", "import", "CZROAD01", "road", "UA", [], "CZ", "940290",
         "Дитячі безпечні ліжка з бортиками, медичні, 20 шт.", "UA", 2400, 20, 8000, "EUR",
         "paediatric safety beds have padded sides that a carer lowers; these welded steel beds have a barred lid and "
         "barred sides closed by a bolt reachable only from outside: cage beds, whose import into the Union is banned "
         "(Regulation 2019/125, Annex II), for the operator of a Czech social-care home; Ukrainian wording (restraint "
         "chairs and leg irons repeat; cage beds are new as far as a search found)",
         firm("Domov Pod Lesem s.r.o.", "CZ")),
        ("STR-07", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "CN", "903110",
         "Reifenwuchtmaschinen für Kfz-Werkstätten, 4 Stück", "DE", 12000, 4, 480000, "EUR",
         "workshop wheel balancers weigh about 100 kg and cost a few thousand euros; these 3 t soft-bearing machines "
         "at 120,000 EUR each take flexible rotors of 100-400 mm diameter at high speed: balancing machines for "
         "centrifuge rotors (2B229), dual-use items that need an export licence, for a Chongqing trader who forwards "
         "to Iran, and sent on a rail route through Belarus and Russia that dual-use goods may not take (Regulations "
         "833/2014 and 765/2006); German wording (balancing machines are new as far as a search found)",
         {"importer_country": "CN"}),
        ("STR-08", "import", "BESEA01", "sea", "AE", [], "BE", "440290",
         "Restaurant charcoal, acacia, origin Comoros, 40 t", "KM", 40000, None, 12000, "USD",
         "the Comoros make little charcoal and export none of note; acacia bushland charcoal in woven bags stencilled "
         "with a Kismayo trader's mark, loaded at Dubai from dhows, is Somali charcoal, whose import the UN Security "
         "Council has banned since 2012 (Resolution 2036), a ban the Union applies; English wording (Somalia repeats "
         "under the arms embargo; Somali charcoal is new as far as a search found)",
         firm("Grill Supply Antwerp BV", "BE")),
        ("STR-09", "import", "ATAIR01", "express", "US", [], "AT", "930200",
         "Deactivated pistols, Colt 1911 type, decorative, 4 pcs", "US", 4.8, 4, 2400, "USD",
         "a US-style deactivation (a welded plug in the barrel, slide, frame and firing pin left whole) does not meet "
         "the Union standard (Implementing Regulation 2015/2403), so these pistols remain firearms whose import needs "
         "an authorisation, for a private collector in Linz who holds no firearms licence; US English wording "
         "(unfinished receivers and solvent traps repeat; deactivated firearms are new as far as a search found)",
         person("Privatperson", "AT")),
        ("STR-10", "export", "SEAIR01", "air", "SE", [], "PK", "852589",
         "Inspektionskameror för rör, 4 st.", "SE", 120, 4, 240000, "EUR",
         "pipe-inspection cameras cost a few thousand euros; these at 60,000 EUR each, with tungsten-shielded housings "
         "and tube sensors rated for a total dose of 10^6 Gy, are radiation-hardened television cameras (6A203), "
         "dual-use items that need an export licence, for a Karachi trader who supplies a nuclear facility; Swedish "
         "wording (radiation-hardened cameras are new as far as a search found)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "CU", [], "ES", "050800",
         "Caracoles decorativos para artesanía, 400 unidades", "CU", 2, 400, 40, "USD",
         "craft shells are marine cowries and ceriths; these 400 small land-snail shells banded in yellow, red, white "
         "and black are Cuban painted snails (Polymita, CITES App. I since 2023) gathered in the forests of Holguín, "
         "posted to a private collector without permits; Cuban Spanish wording (Polymita is new as far as a search "
         "found)", person("Maria Lopez", "ES")),
        ("WLF-02", "import", "DEAIR01", "air", "ZA", [], "DE", "010620",
         "Plaatakkedisse (Gerrhosaurus major), in aanhouding geteel, 12", "ZA", 6, 12, 1200, "USD",
         "plated lizards are smooth and brown; these are stout lizards with rings of spiny scales on the tail and "
         "large spikes behind the head: sungazers (Smaug giganteus, CITES App. II), which are hardly bred in "
         "captivity and are dug from the Free State grasslands, without an export permit; Afrikaans wording "
         "(girdled lizards are new as far as a search found)", {"importer_country": "DE"}),
        ("WLF-03", "import", "BEAIR01", "air", "GN", [], "BE", "010639",
         "Oiseaux-souris (Colius striatus), élevés en captivité, 30", "GN", 6, 30, 900, "USD",
         "speckled mousebirds are grey-brown with long stiff tails; these are glossy violet birds with a yellow and red "
         "frontal shield and crimson wing feathers, and green crested birds with white eye lines: violet and Guinea "
         "turacos (Musophaga violacea, Tauraco persa, CITES App. II), caught wild, for a Belgian dealer without export "
         "permits; Guinean French wording (turacos are new as far as a search found)", {"importer_country": "BE"}),
        ("WLF-04", "import", "NLAIR01", "air", "MX", [], "NL", "030119",
         "Marine ornamental fish, Sea of Cortez, assorted, 80 pcs", "MX", 12, 80, 1600, "USD",
         "a La Paz marine-fish box whose second line, 'king angelfish juveniles', holds six orange-bodied angelfish "
         "with blue-edged fins and dark-barred heads: Clarion angelfish (Holacanthus clarionensis, CITES App. II) "
         "from the protected Revillagigedo islands, declared at 40 USD each (they fetch over 1,000) without a CITES "
         "export permit; English wording from a Mexican exporter (Clarion angelfish are new as far as a search "
         "found)",
         {"importer_name": "Reef Import Holland BV", "consignee_name": "Reef Import Holland BV", "importer_country": "NL",
          "_more_items": [item("030119", "Holacanthus passer (king angelfish), juvenile, 6 pcs", "MX", 1.5, 240, "USD", qty=6),
                          item("030119", "Thalassoma lucasanum (Cortez rainbow wrasse), 40 pcs", "MX", 4, 320, "USD", qty=40)]}),
        ("WLF-05", "import", "GRROAD01", "road", "AL", [], "GR", "121190",
         "Kamomil i tharë, lule, 400 kg", "AL", 400, None, 1600, "EUR",
         "chamomile is small white and yellow daisy heads that smell of apple; this is whole dried stems with "
         "needle-fine leaves and large glossy yellow flowers, bitter and without that smell: spring pheasant's eye "
         "(Adonis vernalis, CITES App. II), gathered wild in the Albanian hills for its heart glycosides, for a Greek "
         "herb trader without an export permit; Albanian wording (Adonis vernalis is new as far as a search found)",
         {"importer_country": "GR"}),
        ("WLF-06", "import", "CZAIR01", "air", "BR", [], "CZ", "010619",
         "Preguiças-de-dois-dedos (Choloepus didactylus), criadas em cativeiro, 4", "BR", 16, 4, 6000, "USD",
         "two-toed sloths have two claws on the forelimbs and no tail; these have three long claws on every limb, a "
         "dark eye stripe and a stub tail, and the male an orange patch on the back: brown-throated three-toed sloths "
         "(Bradypus variegatus, CITES App. II), which are not bred in captivity, taken from the forest without an "
         "export permit, and Brazil forbids the export of its wild fauna; Brazilian Portuguese wording (sloths are new "
         "as far as a search found)", {"importer_country": "CZ"}),
        ("WLF-07", "import", "ITSEA01", "sea", "BD", [], "IT", "020890",
         "হিমায়িত খামারের নরম খোলসের কচ্ছপের মাংস (Pelodiscus sinensis), ২,০০০ কেজি", "BD", 2000, None, 16000, "USD",
         "farmed Chinese softshell comes from Chinese and Vietnamese farms, not Bangladesh; the cartons hold cut meat "
         "with pieces of shell bearing the femoral flaps of flapshell turtles and large plastron parts of Ganges "
         "softshells: Indian flapshell (Lissemys punctata, CITES App. II) and Ganges softshell (Nilssonia gangetica, "
         "App. I), caught wild, for Milan Asian groceries without permits; Bengali wording (softshell turtles appear "
         "in a few rows; frozen meat from Bangladesh as farmed softshell is new as far as a search found)",
         firm("Asia Food Milano Srl", "IT")),
        ("WLF-08", "import", "HRAIR01", "express", "IN", [], "HR", "130190",
         "Myrrh resin, natural, for incense, 20 kg", "IN", 20, None, 1400, "USD",
         "myrrh is reddish-brown, bitter and comes from Somalia and Ethiopia, not India; these pale yellow to brown "
         "tears that smell balsamic when burnt are guggul (Commiphora wightii, CITES App. II), tapped from wild "
         "shrubs in Rajasthan and Gujarat, for a Zagreb ayurveda preparer without an export permit; Indian English "
         "wording (guggul is new as far as a search found)", firm("Ayurveda Centar d.o.o.", "HR")),
        ("WLF-09", "import", "NLPOST01", "post", "TW", [], "NL", "121190",
         "乾燥車前草茶，500 克 x 4", "TW", 2, 4, 240, "USD",
         "plantain tea is cheap cut leaf; these are whole dried small plants with velvety dark leaves netted with "
         "golden veins, at 60 USD per 500 g: jewel orchids (Anoectochilus, CITES App. II, 'jin xian lian'), "
         "collected wild, posted to a private person without an export permit; Chinese wording from Taiwan (jewel "
         "orchids are new as far as a search found; Dendrobium, bai ji and tian ma repeat)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-10", "transit", "DEAIR01", "air", "ID", ["DE"], "US", "392640",
         "Replika tengkorak babi, resin, dekorasi, 6 buah", "ID", 18, 6, 180, "USD",
         "resin replicas are light and smooth; these six skulls are bone, with the upper tusks growing up through the "
         "snout and curving back to the forehead: babirusa (Babyrousa, CITES App. I) skulls from Sulawesi, in transit "
         "through Frankfurt for a Texas collector without permits (CITES applies in transit); Indonesian wording "
         "(babirusa are new as far as a search found)", {"importer_country": "US"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SIAIR01", "express", "US", "SI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "SI-MNZ-36-0031")], "hydrogen peroxide above 12 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "express", "GB", "DK", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private instrument repairer", "GB", 2.8, 2, 40, "GBP",
     [("PRECURSOR_LICENCE", "DK-MST-36-0107")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "293379",
     "Spent NMP solvent from a battery plant (14 06 03*), for a licensed solvent-recovery plant, 20 t", "RS", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "HU-PEI-36-0042")], "notified spent solvent to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "630900",
     "Discarded lead X-ray aprons (15 02 02*), for a licensed lead recycler, 2 t", "CH", 2000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LFU-36-0518")], "notified lead-bearing waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290361",
     "Methyl bromide 99.5 %, 1 t, feedstock for a licensed synthesis", "IN", 1000, 10, 9000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-36-003")], "controlled substance imported for feedstock use under licence"),
    ("PRM-06", "ozone", "import", "ROROAD01", "road", "TR", "RO", "290314",
     "Carbon tetrachloride, analytical grade, 4 x 2.5 l, for a licensed laboratory", "TR", 16, 4, 400, "EUR",
     [("ODS_LICENCE", "RO-MMAP-ODS-36-001")], "controlled substance for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "GRAIR01", "air", "GR", "CH", "970121",
     "Post-Byzantine icon of St Nicholas, 18th century, from a collection documented since 1955", "GR", 5, 1, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-36-0117")], "icon over 100 years exported with its licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "GB", "970510",
     "Picene bronze fibula, 7th century BC, from a collection documented since 1932", "IT", 0.1, 1, 6000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-36-0389")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "JP", "903110",
     "Balancing machines for flexible rotors, 2, for a named turbine maker", "DE", 6000, 2, 260000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-36-1204"), ("END_USER_CERTIFICATE", "JP-TRB-EUC-36-0017")],
     "dual-use balancing machines under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "BR", "852589",
     "Work-class ROV rated to 3,000 m, 1, for a named offshore contractor", "FR", 3500, 1, 450000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-36-0455")], "deep-rated submersible under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "030119",
     "Clarion angelfish (Holacanthus clarionensis), captive-bred, 4", "US", 1, 4, 3200, "USD",
     [("CITES_PERMIT", "US-FWS-36-0622")], "App. II fish bred in captivity with their export permit"),
    ("PRM-12", "wildlife", "import", "GRROAD01", "road", "AL", "GR", "121190",
     "Adonis vernalis herb, dried, 200 kg, for a pharmaceutical extractor", "AL", 200, None, 2400, "EUR",
     [("CITES_PERMIT", "AL-AKZM-36-0009")], "App. II herb with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Janez Novak", "PRM-02": "Mads Jensen", "PRM-03": "Hajdú Oldószer-visszanyerő Kft.",
    "PRM-06": "Laborator Analize Timiș SRL", "PRM-08": "Ms H. Clarke", "PRM-11": "M. Bakker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("382499", "Fly-tying feather bleach kit, 3 % peroxide cream, 250 ml", "import", ["post"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 2, S),
    ("340290", "Printhead cleaning fluid, glycol-based, 100 ml", "import", ["post"], ["CN", "US"], (15, 30), (1, 3), ["USD"], 8, S),
    ("340590", "Brass instrument care kit (valve oil, polish, brushes)", "import", ["express"], ["GB", "US"], (25, 50), (1, 2), ["GBP", "USD"], 2, S),
    ("290549", "Isomalt for sugar art, 500 g", "import", ["post"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 2, S),
    ("320890", "Polyester powder coating, RAL colours, 20 kg boxes", "import", ["sea"], ["CN", "TR"], (3, 6), (4000, 12000), ["USD", "EUR"], None, S),
    ("382499", "Reusable hand warmers, sodium acetate gel", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 8, S),
    ("680620", "Expanded perlite for horticulture, 100 l bags", "import", ["road"], ["TR", "RS"], (0.2, 0.4), (4000, 10000), ["EUR"], None, S),
    ("340290", "Salt-chlorinator cell cleaner, dilute citric acid, 1 l", "import", ["post"], ["GB"], (8, 15), (1, 3), ["GBP"], 1, S),
    ("902290", "X-ray protective aprons, lead-free, new", "export", ["sea"], ["GH", "NG"], (40, 80), (500, 2000), ["EUR"], 0.2, S),
    ("293379", "N-methyl-2-pyrrolidone 99.9 %, electronic grade, ISO tanks", "export", ["rail"], ["RS"], (2, 3), (18000, 22000), ["EUR"], None, S),
    ("950430", "Arcade cabinets, new, LCD", "export", ["sea"], ["NG", "GH"], (20, 40), (2000, 6000), ["EUR"], 0.008, S),
    ("441829", "Fire doors, new, EI 60, solid core", "export", ["sea"], ["TZ", "KE"], (5, 9), (8000, 16000), ["EUR"], 0.014, S),
    ("271320", "Paving-grade bitumen 50/70", "export", ["road"], ["MD", "UA"], (0.4, 0.6), (20000, 25000), ["EUR"], None, S),
    ("560314", "Polypropylene absorbent booms and pads, new", "export", ["sea"], ["TN", "EG"], (3, 6), (2000, 6000), ["EUR"], None, S),
    ("940542", "LED grow lights for greenhouses, new", "export", ["road"], ["MA", "TN"], (20, 35), (3000, 8000), ["EUR"], 0.2, S),
    ("841869", "Bulk milk cooling tanks, new, with R-290 units", "export", ["road"], ["UA", "MD"], (5, 8), (6000, 18000), ["EUR"], 0.002, S),
    ("841850", "Mortuary refrigerators, new, with R-290", "export", ["sea"], ["GQ", "CM"], (6, 10), (2000, 6000), ["EUR"], 0.001, S),
    ("350691", "Contact spray adhesive, hydrocarbon propellant, 500 ml", "import", ["rail", "sea"], ["CN"], (2.5, 4), (6000, 14000), ["USD"], 2, S),
    ("290311", "Chloromethane (methyl chloride) 99.5 %, cylinders", "import", ["sea"], ["IN", "CN"], (0.8, 1.5), (5000, 15000), ["USD"], None, S),
    ("271019", "EDM dielectric oil, hydrocarbon, 200 l drums", "import", ["road"], ["TR"], (2, 3.5), (3000, 8000), ["EUR"], None, S),
    ("340290", "Vinyl record cleaning fluid, alcohol-water, 250 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("845611", "Laser engraving machines, CO2, 60 W, water-cooled", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.01, S),
    ("691390", "Clay figurines, contemporary Mexican craft", "import", ["post", "express"], ["MX"], (20, 40), (1, 3), ["USD"], 1, S),
    ("970191", "Icons, hand-painted, new, workshop", "export", ["post", "express"], ["US", "CH"], (100, 300), (1, 3), ["EUR"], 0.7, S),
    ("680299", "Soapstone vases and boxes, new craft", "import", ["sea"], ["IN", "KE"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("691390", "Terracotta figurines, contemporary Malian craft", "import", ["post"], ["ML", "BF"], (15, 30), (1, 3), ["EUR"], 0.5, S),
    ("711719", "Bronze replica brooches, museum shop", "export", ["post"], ["GB", "US"], (60, 120), (1, 2), ["EUR"], 10, S),
    ("940360", "Carved teak furniture, new, Indian", "import", ["sea"], ["IN"], (4, 7), (6000, 12000), ["USD"], 0.02, S),
    ("680291", "Marble souvenir figurines, new", "import", ["post"], ["TR"], (15, 30), (1, 3), ["EUR"], 3, S),
    ("680293", "Granite garden animal sculptures, new", "export", ["road"], ["GB", "CH"], (0.8, 1.5), (3000, 10000), ["EUR"], 0.005, S),
    ("901890", "TENS electrotherapy units with gel pads", "import", ["post", "express"], ["CN", "US"], (40, 80), (1, 3), ["USD"], 2, S),
    ("901530", "Automatic surveying levels with tripods", "export", ["air", "sea"], ["AE", "MA"], (60, 120), (200, 800), ["EUR"], 0.2, S),
    ("852589", "Aquaculture inspection underwater drones, 150 m", "export", ["sea", "air"], ["NO", "CL"], (150, 300), (100, 400), ["EUR"], 0.2, S),
    ("890311", "Inflatable dinghies, 3 m, with oars", "export", ["sea"], ["TN", "MA"], (10, 20), (2000, 6000), ["EUR"], 0.03, S),
    ("852589", "Pipe inspection cameras, 30 m push cable", "import", ["express"], ["CN", "US"], (100, 200), (1, 4), ["USD"], 0.5, S),
    ("050800", "Seashells, cowries and murex, for craft", "import", ["post"], ["PH", "ID"], (10, 20), (1, 3), ["USD"], 100, S),
    ("121190", "Dried chamomile flowers, for tea", "import", ["road"], ["AL", "EG"], (4, 7), (2000, 6000), ["EUR"], None, S),
    ("130190", "Myrrh resin (Commiphora myrrha), for incense", "import", ["express"], ["ET", "OM"], (30, 60), (1, 4), ["USD"], None, S),
    ("121190", "Jiaogulan (Gynostemma) herbal tea, dried", "import", ["post"], ["CN", "TW"], (20, 40), (1, 3), ["USD"], None, S),
    ("392640", "Resin animal-skull replicas, decorative", "import", ["express"], ["ID", "CN"], (15, 30), (1, 4), ["USD"], 1, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind58), with wooden toys for electric scooters,
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
        ("660191", "Folding umbrellas, telescopic", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 3, N),
        ("950691", "Yoga mats, TPE", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 1, N),
        ("630492", "Cotton cushion covers", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 5, N),
        ("701337", "Glass drinking tumblers", "import", ["sea"], ["TR", "CN"], (1.2, 2), (6000, 12000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind59", 20360101, HERE)


if __name__ == "__main__":
    main()
