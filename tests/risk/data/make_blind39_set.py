#!/usr/bin/env python3
"""Writes the thirty-ninth blind set (tests/risk/data/blind39-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2032, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round twenty-nine, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL39-*:

    python3 tests/risk/data/make_blind39_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "US", [], "PT", "284700",
         "Solução concentrada para desinfeção de lentes de contacto, peróxido 35 %, 4 x 1 gal", "US", 16, 4, 95, "USD",
         "peroxide lens-care systems use 3 % solutions; a '35 % concentrate' for contact lenses is 15 l of hydrogen "
         "peroxide above the 12 % Annex I limit posted to a private person; Portuguese wording",
         person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "282919",
         "Tabletki tlenowe do oczek wodnych i stawów rybnych, KClO3, CAS 3811-04-9, 20 wiader x 5 kg", "UA", 100, 20, 240, "EUR",
         "pond 'oxygen tablets' are sodium percarbonate or calcium peroxide; the CAS number and formula are potassium "
         "chlorate (Annex I), declared under the other-chlorates code to a private person; Polish wording",
         person("Piotr Nowak", "PL")),
        ("PRE-03", "import", "DEAIR01", "express", "CN", [], "DE", "290420",
         "Nitroethan 99 %, Lösungsmittel, CAS 75-52-5, 4 x 5 l", "CN", 23, 4, 180, "USD",
         "the name is nitroethane (not restricted) but CAS 75-52-5 and the density on the invoice are nitromethane "
         "(Annex I above 16 %), 20 litres by express to a private person; German wording",
         person("Herr K. Becker", "DE")),
        ("PRE-04", "import", "SIROAD01", "road", "RS", ["HR"], "SI", "310210",
         "Sečnina tehnična, granulirana, 34 % N, vreče 25 kg, 2 t", "RS", 2000, 80, 900, "EUR",
         "urea carries 46 % N; 34 % N granules are ammonium nitrate (Annex I above 16 % N) declared under the urea "
         "code to a newly registered garden shop that sells to the public, not a farm; Slovenian wording",
         firm("Zelena Hiša Trgovina d.o.o.", "SI")),
        ("PRE-05", "import", "ESAIR01", "express", "CN", [], "ES", "760310",
         "Pigmento para velas decorativas, aluminio en polvo 'oscuro', 2 kg", "CN", 2, 1, 40, "USD",
         "the 'white filler for candle wax' second item is potassium perchlorate (Annex I): with dark pyro aluminium "
         "it is flash powder, split across two harmless-sounding items to a private person; Spanish wording",
         {"consignee_name": "Particular", "importer_country": "ES",
          "_more_items": [item("283329", "Carga blanca para cera de velas, 5 kg", "CN", 5, 35, "USD", qty=5)]}),
        ("PRE-06", "import", "ATPOST01", "post", "CH", [], "AT", "280800",
         "pH-Minus Blüte, Hydroponik, Salpetersäure 38 %, 6 x 5 l", "CH", 36, 6, 150, "EUR",
         "hydroponic 'pH down' of 38 % nitric acid (Annex I above 3 %) posted in 30 litres to a private grower; "
         "growers are offered phosphoric-acid or diluted products; German (Austrian) wording",
         person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "DKROAD01", "road", "NO", ["SE"], "DK", "382499",
         "Træblegemiddel, 2-komponent, del B 'aktivator', 10 x 5 l", "NO", 55, 10, 260, "EUR",
         "part B of a two-component wood bleach is 35 % hydrogen peroxide (Annex I above 12 %); sold to a private "
         "person 50 litres of activator under other chemical preparations; Danish wording",
         person("Privatperson", "DK")),
        ("PRE-08", "import", "SKPOST01", "post", "UA", [], "SK", "282990",
         "Laboratórne činidlo KClO4 99 %, plechovky 1 kg, zásielka 3 z 8", "UA", 6, 6, 90, "EUR",
         "potassium perchlorate (Annex I) sent to the same private address in eight parcels of 6 kg over two "
         "weeks, each small enough to pass as a reagent order; Slovak wording",
         person("Súkromná osoba", "SK")),
        ("PRE-09", "import", "LTAIR01", "air", "TR", [], "LT", "284700",
         "Aseptinio pakavimo sterilizantas, H2O2 50 %, 4 IBC x 1 000 kg", "TR", 4000, 4, 3600, "EUR",
         "50 % peroxide is a packaging sterilant only for aseptic filling lines; the consignee is a sole trader "
         "registered at a flat with no packaging plant, a member of the public under 2019/1148; Lithuanian wording",
         firm("Individuali veikla R. Kazlauskas", "LT")),
        ("PRE-10", "transit", "ROROAD01", "road", "TR", ["BG", "RO"], "MD", "360500",
         "Pastă pentru capete de chibrituri, semifabricat, butoaie 50 kg, 1,2 t", "TR", 1200, 24, 5400, "EUR",
         "'match-head paste' in drums is potassium chlorate with sulphur (Annex I chlorate), moving in transit to "
         "Moldova where no match factory operates, under the matches heading; Romanian wording (potassium chlorate "
         "repeats earlier sets; the match cover and route are new)",
         {"consignee_name": "Foc Prim SRL", "importer_country": "MD"}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "380210",
         "Spent activated carbon, for regeneration, big bags, 20 t", "NL", 20000, 20, 1000, "EUR",
         "carbon beds from a gas-plant mercury removal unit hold several percent mercury (hazardous, A1010/A4160); "
         "declared as ordinary carbon for regeneration outside the OECD", {"importer_country": "IN"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "AO", "382000",
         "Líquido de refrigeração reciclado, glicol, IBC 1 000 l, 18 unid.", "PT", 18000, 18, 900, "EUR",
         "used engine coolant collected from scrapyards (16 01 14*, glycol with lead and copper) exported as "
         "'recycled' antifreeze at 5 cents a litre to Angola; Portuguese wording", {"importer_country": "AO"}),
        ("WST-03", "export", "ATRAIL01", "rail", "AT", ["HU"], "RS", "750300",
         "Nickelschrott, gemischt, Stückgut, 24 t", "AT", 24000, None, 9600, "EUR",
         "the 'nickel scrap' is sorted industrial Ni-Cd battery cells (A1170, cadmium) at 400 EUR/t, a tenth of "
         "nickel scrap's price, by rail to Serbia; German wording", {"importer_country": "RS"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "SN", "380891",
         "Produits phytosanitaires, stock excédentaire, fûts, 14 t", "BE", 14000, 70, 1400, "EUR",
         "decades-old pesticide stocks from a closed distributor, some withdrawn actives (POPs), at 0.1 EUR/kg: "
         "obsolete pesticide waste (A4030) exported as surplus stock to Senegal; French wording",
         {"importer_country": "SN"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "AL", "310100",
         "Concime organico da carniccio conciario, sfuso, 26 t", "IT", 26000, None, 260, "EUR",
         "'leather-meal fertiliser' from a Tuscan tannery district is chromium-tanning sludge (04 01 06) at 10 EUR/t, "
         "shipped to Albania outside the OECD; Italian wording", {"importer_country": "AL"}),
        ("WST-06", "export", "NOSEA01", "sea", "NO", [], "GH", "250810",
         "Bentonite, used, for reuse as drilling mud, bulk bags, 60 t", "NO", 60000, None, 600, "USD",
         "returned offshore drill cuttings with oil-based mud (01 05 05*) declared as reusable bentonite at "
         "10 USD/t to Ghana", {"importer_country": "GH"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "IN", "284321",
         "Silbernitratlösung zur Rückgewinnung, IBC, 20 t", "DE", 20000, 20, 2000, "EUR",
         "spent photographic and X-ray fixer (09 01 04*) with a few grams of silver per litre is not silver nitrate "
         "solution; hazardous waste to India without notification; German wording", {"importer_country": "IN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "NG", "401220",
         "Pneus d'occasion, pour réemploi, conteneur 40', 700 pcs", "FR", 6300, 700, 4200, "EUR",
         "behind part-worn tyres the same container carries 240 used car batteries declared as 'tested batteries': "
         "lead-acid battery waste (A1160) to Nigeria; French wording (used batteries repeat earlier sets; hidden as a "
         "second item behind part-worn tyres they are new)",
         {"importer_country": "NG",
          "_more_items": [item("850710", "Batteries testées, occasion, 240 pcs", "FR", 3600, 720, "EUR", qty=240)]}),
        ("WST-09", "export", "ESAIR01", "air", "ES", [], "CO", "280540",
         "Mercurio metálico 99,99 %, para uso odontológico, 4 frascos de 34,5 kg", "ES", 138, 4, 6900, "EUR",
         "metallic mercury from a decommissioned chlor-alkali plant is waste, and EU law bans mercury exports; four "
         "flasks 'for dentistry' to a Colombian mining town trader; Spanish wording",
         {"consignee_name": "Distribuidora Odontológica El Bagre SAS", "importer_country": "CO"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "320890",
         "Farby olejne z odzysku, mieszane kolory, beczki 200 l, 60 szt.", "PL", 11000, 60, 600, "EUR",
         "'recovered paint' in mixed drums is collected solvent-based paint waste (08 01 11*) at 5 cents a kilo, "
         "by road to Ukraine outside the OECD; Polish wording", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "US", [], "NL", "220299",
         "Self-cooling iced coffee cans, 300 ml, 24 000 pcs", "US", 9000, 24000, 36000, "USD",
         "each can cools itself by venting an HFC-134a cartridge: a non-confined direct-evaporation system, a product "
         "banned from the EU market whatever the gas quantity (self-chilling cans were named in the first F-gas "
         "regulation); declared as a beverage", {"importer_country": "NL"}),
        ("OZN-02", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "950590",
         "Párty sprej 'barevné serpentiny', 250 ml, 20 000 ks", "CN", 6000, 20000, 5000, "USD",
         "silly-string party spray propelled by HFC-134a: novelty aerosols with a GWP of 150 or more are banned; "
         "by rail from China; Czech wording", {"importer_country": "CZ"}),
        ("OZN-03", "import", "PLSEA01", "sea", "CN", [], "PL", "841850",
         "Witryny chłodnicze do napojów, wtykowe, czynnik R-290, 120 szt.", "CN", 9600, 120, 30000, "USD",
         "the nameplates and the compressor labels read R-404A (GWP 3922): plug-in commercial cabinets with HFCs of "
         "GWP 150 or more are banned; the declared R-290 is the lawful version; Polish wording",
         {"importer_country": "PL"}),
        ("OZN-04", "import", "DESEA01", "sea", "CN", [], "DE", "290379",
         "Kältemittel für Hochtemperatur-Wärmepumpen, 'R-114-Ersatz', 60 Flaschen à 50 kg", "CN", 3000, 60, 27000, "USD",
         "the cylinder labels and CAS 76-14-2 are CFC-114 itself, not a substitute: a CFC that may not be placed on "
         "the market, still sought for old crane-cab and high-temperature units; German wording",
         {"importer_country": "DE"}),
        ("OZN-05", "import", "FRAIR01", "air", "US", [], "FR", "842410",
         "Extincteurs à agent propre 2,3 kg, pour hangars, 48 pcs", "US", 170, 48, 9600, "USD",
         "US 'clean agent' hangar extinguishers of this rating are Halotron I (HCFC-123 blend); HCFC-filled "
         "extinguishers may not be placed on the EU market; French wording (Halotron appears in earlier sets; the "
         "hangar cover and the French wording are new)", {"importer_country": "FR"}),
        ("OZN-06", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "841869",
         "Agregate frigorifice second-hand pentru semiremorci, 8 buc.", "TR", 4400, 8, 24000, "EUR",
         "used trailer refrigeration units of the early 2000s are charged with R-22 (HCFC) and their placing on the "
         "market is banned; the declaration omits the gas; Romanian wording", {"importer_country": "RO"}),
        ("OZN-07", "import", "HUROAD01", "road", "UA", [], "HU", "290323",
         "Tetraklór-etilén, ipari zsírtalanító, CAS 56-23-5, 10 hordó", "UA", 3200, 10, 4800, "EUR",
         "tetrachloroethylene is CAS 127-18-4; CAS 56-23-5 is carbon tetrachloride (ODS), declared under "
         "perchloroethylene's code as a degreaser; Hungarian wording (carbon tetrachloride repeats earlier sets; the "
         "CAS-number swap and route do not)", {"importer_country": "HU"}),
        ("OZN-08", "import", "BEAIR01", "air", "CN", [], "BE", "290349",
         "Tetrafluoromethane (R-14, PFC-14), 5N, electronic grade, 40 x 10 kg", "CN", 400, 40, 22000, "USD",
         "the certificate of analysis gives CHF3: trifluoromethane (HFC-23, GWP 14,800) declared as the PFC to keep it "
         "outside the HFC quota, to a trader with no fab", {"importer_country": "BE"}),
        ("OZN-09", "import", "GRSEA01", "sea", "EG", [], "GR", "841590",
         "Ανταλλακτικά κλιματιστικών, 2 παλέτες", "EG", 900, None, 6000, "EUR",
         "the second item, 'nitrogen for pressure tests' in 13.6 kg disposable cylinders, is HCFC-22 (nitrogen comes "
         "in 50 l high-pressure bottles); Greek wording",
         {"importer_country": "GR",
          "_more_items": [item("280430", "Άζωτο για δοκιμές πίεσης, φιάλες 13,6 kg, 40 τεμ.", "CN", 544, 1200, "USD", qty=40)]}),
        ("OZN-10", "transit", "SEROAD01", "road", "NO", ["SE"], "FI", "321490",
         "PU-skum på burk, 750 ml, 'B2', 9 600 st", "NO", 8600, 9600, 30000, "EUR",
         "one-component foam cans blown with HFC-134a (GWP 1430) moving in transit through Sweden for a Finnish "
         "building-supplies chain; foam cans with HFCs of GWP 150 or more are banned; Swedish wording",
         {"importer_country": "FI"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITAIR01", "express", "IT", [], "US", "830629",
         "Statuetta in bronzo, riproduzione artigianale sarda, 1 pz", "IT", 1.2, 1, 9500, "EUR",
         "a thin bronze warrior with horned helmet and soil in the casting flaws at 9,500 EUR is a Nuragic "
         "bronzetto (Sardinia, Iron Age), state property by Italian law, exported as a handicraft replica by "
         "express; Italian wording", {"importer_country": "US"}),
        ("CUL-02", "import", "ATAIR01", "air", "TM", ["TR"], "AT", "711790",
         "Stone beads and seals, costume jewellery components, 120 pcs", "TM", 2, 120, 14000, "USD",
         "compartmented copper and chlorite stamp seals at over 100 USD each are Bronze Age Margiana (Gonur-depe) "
         "seals looted in Turkmenistan, routed through Istanbul", {"importer_country": "AT"}),
        ("CUL-03", "import", "NLROAD01", "road", "TR", ["BG", "RO", "HU", "AT", "DE"], "NL", "690721",
         "Kütahya çini karo, yeni, el boyaması, 60 adet", "TR", 90, 60, 16000, "EUR",
         "sixteenth-century Iznik tiles (bole red, worn glaze, old mortar on the backs) lifted from a mosque panel, "
         "declared as new Kütahya tiles; Turkish law forbids their export; Turkish wording (Iznik appears once "
         "earlier; cover, route and wording are new)", {"importer_country": "NL"}),
        ("CUL-04", "export", "FRAIR01", "air", "FR", [], "US", "491191",
         "Estampes décoratives sur vélin, encadrées, 6 pcs", "FR", 4, 6, 42000, "EUR",
         "illuminated leaves cut from a fifteenth-century book of hours at 7,000 EUR each: manuscripts need an export "
         "licence under EU 116/2009 whatever their value; French wording", {"importer_country": "US"}),
        ("CUL-05", "import", "GBAIR01", "air", "TJ", ["AE"], "GB", "681099",
         "Painted plaster wall panels, decorative, 4 pcs", "TJ", 120, 4, 26000, "USD",
         "mural fragments in Sogdian style with lime plaster backing and cut edges are wall paintings sawn from a "
         "Tajik site, via Dubai (Sogdian objects appear twice earlier; murals, route and cover are new)",
         {"importer_country": "GB"}),
        ("CUL-06", "transit", "DEROAD01", "road", "CZ", ["DE"], "CH", "442199",
         "Lidová řezba, svatý, nová, 1 ks", "CZ", 38, 1, 400, "EUR",
         "a Baroque polychrome limewood saint (worm holes, gesso, gilding) from a Moravian chapel, declared as new "
         "folk carving in transit to Switzerland without the Czech export permit; Czech wording",
         {"importer_country": "CH"}),
        ("CUL-07", "import", "ESAIR01", "air", "US", [], "ES", "691390",
         "Figuras de barro artesanales, perro, 2 pzas", "MX", 9, 2, 8000, "USD",
         "burnished red-ware dog figures from western Mexican shaft tombs (Colima), Mexican national heritage, "
         "sent from a US dealer as handicraft; Spanish wording (Colima figures appear in earlier sets; route and "
         "wording are new)", {"importer_country": "ES"}),
        ("CUL-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "691310",
         "Керамические сувениры, амфоры декоративные, 6 шт.", "RU", 60, 6, 9000, "USD",
         "amphorae with Bosporan stamps and marine encrustation are finds from occupied Crimea (Kerch peninsula), "
         "taken out through Russia; Russian wording", {"importer_country": "PL"}),
        ("CUL-09", "import", "GBSEA01", "sea", "IN", [], "GB", "441821",
         "Reclaimed teak doors and frames, 40 pcs", "IN", 3200, 40, 6400, "USD",
         "four 'carved stone brackets' in the same container are granite temple figures with Chola-period style and "
         "fresh breaks at the base, exported from Tamil Nadu against the Antiquities Act",
         {"importer_country": "GB",
          "_more_items": [item("680293", "Carved stone brackets, garden decoration, 4 pcs", "IN", 480, 400, "USD", qty=4)]}),
        ("CUL-10", "import", "DEPOST01", "post", "GE", [], "DE", "970510",
         "Sammlung alter Knöpfe und Plomben, 2 kg", "GE", 2, None, 1800, "EUR",
         "'old buttons and seals' are Colchian bronze pendants and belt fittings (Georgia, 1st millennium BC) posted "
         "as a collection of buttons, Georgian law forbids their export; German wording",
         person("Lena Wagner", "DE")),
    ],
    "strategic": [
        ("STR-01", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440910",
         "Taras modrzewiowy, profilowany, pochodzenie Kazachstan, 600 m3", "KZ", 330000, None, 280000, "USD",
         "Kazakh steppe grows no larch; Siberian larch decking is Russian wood, whose import is banned "
         "(Regulation 833/2014, Annex XXI), by rail across Belarus; Polish wording", {"importer_country": "PL"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", ["TR"], "GE", "890399",
         "Wassermotorräder, 3-Sitzer, 300 PS, 6 Stück", "DE", 2400, 6, 150000, "EUR",
         "six 300 hp personal watercraft at 25,000 EUR each to a Poti forwarder for a Yerevan buyer with Moscow "
         "delivery addresses: luxury leisure craft banned for Russia; German wording",
         {"importer_country": "GE"}),
        ("STR-03", "export", "BEAIR01", "air", "BE", [], "AM", "281111",
         "Glass frosting liquid, anhydrous, 10 x 50 kg cylinders", "BE", 500, 10, 9000, "EUR",
         "glass frosting creams are dilute bifluoride pastes; anhydrous hydrogen fluoride in pressure cylinders is an "
         "Australia Group precursor (1C350) to a Yerevan trader for onward shipment to Iran",
         {"importer_country": "AM"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter für Textilspindeln, 24 Stück", "DE", 480, 24, 210000, "EUR",
         "spinning-spindle drives run to a few hundred hertz; these 600-2,000 Hz multiphase units are gas-centrifuge "
         "frequency changers (3A225) to a Dubai trader with Iranian clients; German wording",
         {"importer_country": "AE"}),
        ("STR-05", "export", "NLAIR01", "express", "NL", [], "AE", "854231",
         "LED driver ICs, samples, 3,000 pcs", "US", 4, 3000, 54000, "USD",
         "'LED driver samples' at 18 USD each with the part numbers of a 32-bit automotive microcontroller (CHPL tier "
         "1) by express to Dubai with a Russian end user (microcontrollers appear in earlier sets; the LED cover does "
         "not)", {"importer_country": "AE"}),
        ("STR-06", "import", "LVROAD01", "road", "BY", [], "LV", "401120",
         "Kravas automašīnu riepas, jaunas, izcelsme Kazahstāna, 400 gab.", "KZ", 26000, 400, 96000, "EUR",
         "the sidewall moulding and DOT plant code are Belshina's: Belarusian tyres, banned (Regulation 765/2006), "
         "carried straight from Belarus with a 'Kazakh' origin; Latvian wording (Belarusian tyres appear in earlier "
         "sets; the route and wording are new)", {"importer_country": "LV"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AM", "220820",
         "Cognac XO, coffrets cadeaux, 600 bouteilles", "FR", 900, 600, 330000, "EUR",
         "550 EUR a bottle to a Yerevan importer whose order mirrors a Moscow retailer's: spirits over 300 EUR a unit "
         "are luxury goods banned for Russia, routed via Armenia, itself a brandy producer; French wording",
         {"importer_country": "AM"}),
        ("STR-08", "import", "ITSEA01", "sea", "UZ", ["GE", "TR"], "IT", "400219",
         "Gomma stirene-butadiene SBR 1500, origine Uzbekistan, 200 t", "UZ", 200000, None, 320000, "USD",
         "Uzbekistan has no SBR plant of this grade; the bale marks are a Russian producer's: synthetic rubber of "
         "Russian origin, banned (Annex XXI), relabelled in a third country; Italian wording",
         {"importer_country": "IT"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "PK", "843890",
         "Edelstahl-Brauanlage 300 l, mit Dampfsterilisation, geschlossen, 4 Fermenter", "DE", 3600, 4, 620000, "EUR",
         "a brewery has no use for closed, steam-in-place, containment-sealed vessels at 155,000 EUR each: "
         "biological fermenters above 20 l (2B352) under brewing machinery to a Karachi importer; German wording",
         {"importer_country": "PK"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "TR", "681512",
         "Tessuto per canne da pesca, carbonio preimpregnato, rotoli, 2 t", "IT", 2000, 40, 380000, "EUR",
         "fishing-rod prepreg is low-modulus; this intermediate-modulus prepreg with 190 EUR/kg price and aerospace "
         "qualification (1C010) goes to an Istanbul trader whose buyer is an Iranian UAV maker; Italian wording "
         "(prepreg repeats earlier sets; fishing-rod cover and route are new)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "CN", [], "NL", "121190",
         "干白及片, 中药饮片, 500 kg", "CN", 500, None, 21000, "USD",
         "bai ji slices are dried tubers of Bletilla striata, an orchid (all orchids CITES App. II), here wild "
         "collected and without an export permit, under medicinal plants; Chinese wording",
         {"importer_country": "NL"}),
        ("WLF-02", "import", "FRAIR01", "air", "BR", ["PE"], "FR", "330129",
         "Óleo essencial de madeira de Ho, 200 kg", "BR", 200, 8, 42000, "USD",
         "Ho wood oil comes from Chinese camphor trees; Brazilian 'wood oil' at 210 USD/kg is rosewood oil of Aniba "
         "rosaeodora (CITES App. II, essential oil covered) without permit, via Lima; Portuguese wording",
         {"importer_country": "FR"}),
        ("WLF-03", "import", "DEPOST01", "post", "US", [], "DE", "060290",
         "Cactus seedlings, artificially propagated, 40 pcs", "US", 3, 40, 1600, "USD",
         "adult wild plants with field scars and Colorado Plateau soil at 40 USD each are Sclerocactus (CITES App. "
         "I/II) dug in the wild, posted as nursery seedlings", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "FRSEA01", "sea", "SN", [], "FR", "030489",
         "Ailes de raie congelées, 18 t", "SN", 18000, None, 54000, "EUR",
         "skinned wings with the long snout-shaped body of guitarfish (Rhinobatidae, CITES App. II since 2023) sold "
         "as skate wings from Senegal; French wording (guitarfish appear in earlier sets; the skate cover is new)",
         {"importer_country": "FR"}),
        ("WLF-05", "import", "BEAIR01", "air", "ID", [], "BE", "010632",
         "Zebravinken, gekweekt, 300 stuks", "ID", 9, 300, 2700, "USD",
         "grey birds with pink bills and white cheeks are Java sparrows (Padda oryzivora, CITES App. II), wild "
         "caught, declared as zebra finches; Dutch wording", {"importer_country": "BE"}),
        ("WLF-06", "transit", "BESEA01", "sea", "TZ", ["BE"], "CN", "440799",
         "African padauk lumber, sawn, Pterocarpus soyauxii, 60 m3", "TZ", 48000, None, 66000, "USD",
         "P. soyauxii grows in west-central Africa, not Tanzania: this is mukula (Pterocarpus tinctorius, CITES App. "
         "II) from the Zambia-Congo border moving through Antwerp to China (mukula appears in earlier sets; the "
         "transhipment route and padauk name are new)", {"importer_country": "CN"}),
        ("WLF-07", "import", "ITAIR01", "air", "TH", [], "IT", "420330",
         "Cinture in pelle goffrata effetto cocco, 120 pz", "TH", 24, 120, 9600, "USD",
         "'croco-effect embossed' belts at 80 USD each, with the scale pattern varying from belt to belt and no "
         "repeat of an embossing plate, are real Siamese crocodile skin (Crocodylus siamensis, CITES App. I) with no "
         "permit; embossed cowhide belts cost a few dollars; Italian wording",
         {"importer_country": "IT"}),
        ("WLF-08", "import", "SEAIR01", "express", "MG", [], "SE", "060290",
         "Bonsaiplantor, succulenta, 12 st", "MG", 18, 12, 1800, "EUR",
         "bottle-shaped caudex plants with wild-collected roots are Pachypodium (CITES App. II, some App. I) from "
         "Madagascar sent as bonsai by express (Pachypodium appears in earlier sets; bonsai cover, route and Swedish "
         "wording are new)", person("Karin Andersson", "SE")),
        ("WLF-09", "import", "GRAIR01", "air", "VN", [], "GR", "030572",
         "Αποξηραμένα ψαροκόκαλα για σούπα, 60 kg", "VN", 60, None, 9000, "USD",
         "dried 'fish bones' at 150 USD/kg are dried tokay geckos (Gekko gecko, CITES App. II) for tonic soup, "
         "without permit; Greek wording (tokay geckos appear earlier; cover and route are new)",
         {"importer_country": "GR"}),
        ("WLF-10", "import", "HUAIR01", "air", "AE", [], "HU", "330749",
         "Illatos fa füstölő, 'oud', 30 kg", "IN", 30, None, 27000, "USD",
         "resin-saturated dark chips at 900 USD/kg are agarwood (Aquilaria, CITES App. II) sent via Dubai as incense "
         "sticks; agarwood repeats earlier sets, the Hungarian wording and incense code are new",
         {"importer_country": "HU"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "US", "DE", "290420",
     "Nitromethane 99 %, CAS 75-52-5, for a licensed drag-racing team, 4 x 5 l", "US", 23, 4, 260, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-32-0061")], "nitromethane above 16 % to a member of the public holding a licence"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "282919",
     "Potassium chlorate, CAS 3811-04-9, for a safety-match factory, 25 kg bags, 4 t", "UA", 4000, 160, 5200, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-32-0217")], "potassium chlorate with its licence to a match maker"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "750300",
     "Industrial Ni-Cd battery cells, spent, for cadmium and nickel recovery, 20 t", "CH", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-ARA-32-0528")], "notified Ni-Cd batteries to a licensed battery recycler"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "380210",
     "Spent activated carbon with mercury, from gas processing, for mercury recovery, 18 t", "NO", 18000, 18, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-32-0390")], "notified mercury-bearing carbon to a licensed mercury recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290314",
     "Carbon tetrachloride, CAS 56-23-5, feedstock for fluorochemical synthesis, ISO tank, 18 t", "US", 18000, 1, 16000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-32-0031")], "carbon tetrachloride for feedstock use under an ODS licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "JP", "DE", "290341",
     "Trifluoromethane (HFC-23) 5N, for plasma etching at a semiconductor fab, 20 x 10 kg", "JP", 200, 20, 14000, "USD",
     [("FGAS_QUOTA", "EU-FGAS-32-0442")], "HFC-23 placed on the market under a quota authorisation for a fab"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Illuminated leaf from a 15th-century book of hours, for a museum acquisition, 1 pc", "FR", 1, 1, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-32-0318")], "a manuscript leaf with its export licence"),
    ("PRM-08", "cultural", "export", "CZROAD01", "road", "CZ", "CH", "970310",
     "Baroque polychrome limewood sculpture of a saint, c. 1730, for an exhibition loan, 1 pc", "CZ", 38, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-32-0107")], "a Baroque sculpture with its export permit on a temporary loan"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "850440",
     "Multiphase frequency changers 600-2,000 Hz, for a research turbomachinery test rig, 6 pcs", "DE", 120, 6, 54000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-32-1402"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0288")],
     "3A225 frequency changers under licence to a Japanese university"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "KR", "281111",
     "Anhydrous hydrogen fluoride, electronic grade, for wafer cleaning, 20 x 50 kg cylinders", "BE", 1000, 20, 18000, "EUR",
     [("EXPORT_LICENCE", "BE-FLA-32-0512"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-32-0611")],
     "1C350 hydrogen fluoride under licence to a Korean chip maker"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "330129",
     "Rosewood oil, Aniba rosaeodora, from a managed plantation, 100 kg", "BR", 100, 4, 21000, "USD",
     [("CITES_PERMIT", "BR-CITES-32-01544")], "App. II rosewood oil with its export permit for a perfumer"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "CN", "NL", "121190",
     "Bletilla striata tubers, dried, artificially propagated, 300 kg", "CN", 300, None, 9000, "USD",
     [("CITES_PERMIT", "CN-CITES-32-07715")], "orchid tubers from cultivation with their CITES export permit"),
]

CONSIGNEES = {
    "PRM-01": "Dragster Team Lausitz e.V.", "PRM-02": "Fabryka Zapałek Czechowice Sp. z o.o.",
    "PRM-03": "Recyclage Accumulateurs Rhône SAS", "PRM-06": "Dresden Wafer Fab GmbH",
    "PRM-11": "Parfums de Grasse Matières Premières SARL", "PRM-12": "Oosterse Kruiden Groothandel BV",
}


S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows)
    ("284700", "Contact lens peroxide solution 3 %, 360 ml bottles with neutralising case", "import", ["express"], ["US", "GB"], (12, 20), (1, 4), ["USD", "GBP"], 2.5, S),
    ("283699", "Pond oxygen granules, sodium percarbonate, 1 kg tubs", "import", ["post"], ["GB", "CH"], (6, 12), (2, 6), ["GBP", "CHF"], 1, S),
    ("290420", "Nitroethane 99 %, CAS 79-24-3, to a pharmaceutical intermediates maker", "import", ["air"], ["CN", "US"], (6, 12), (200, 800), ["USD"], None, S),
    ("310210", "Urea 46 % N, granular, to a fertiliser distributor", "import", ["sea"], ["EG", "QA"], (0.3, 0.45), (22000, 26000), ["USD"], None, S),
    ("760320", "Aluminium pigment paste, leafing, in white spirit, for coatings", "import", ["sea"], ["CN", "IN"], (5, 9), (5000, 10000), ["USD"], None, S),
    ("280920", "Hydroponic pH-down, phosphoric acid 25 %, 1 l bottles", "import", ["post"], ["GB", "CH"], (6, 10), (2, 6), ["GBP", "CHF"], 1, S),
    ("382499", "Oxalic-acid deck brightener, retail 1 l bottles", "import", ["road"], ["GB", "NO"], (2, 4), (3000, 8000), ["GBP", "EUR"], 1, S),
    ("310430", "Potassium sulphate 50 % K2O, granular", "import", ["sea"], ["CL", "JO"], (0.5, 0.7), (20000, 25000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 35 %, aseptic packaging sterilant, IBC, to a juice bottling plant", "import", ["sea"], ["TR", "US"], (0.6, 1.0), (8000, 16000), ["EUR", "USD"], None, S),
    ("360500", "Safety matches, retail boxes", "import", ["sea"], ["IN", "PK"], (1.5, 2.5), (8000, 16000), ["USD"], 20, S),
    ("380210", "Activated carbon, virgin, coconut-shell, for drinking-water filters", "import", ["sea"], ["LK", "PH"], (1.2, 2.0), (15000, 22000), ["USD"], None, S),
    ("382000", "Engine coolant, new, ready-mixed, 5 l jugs", "import", ["road"], ["TR", "RS"], (1.0, 1.6), (8000, 16000), ["EUR"], 0.2, S),
    ("750210", "Nickel cathodes, LME grade", "import", ["sea"], ["NO", "AU"], (16, 20), (10000, 20000), ["USD"], None, S),
    ("310100", "Pelleted chicken-manure fertiliser, organic, 25 kg bags", "export", ["road"], ["CH", "NO"], (0.2, 0.35), (18000, 24000), ["EUR"], None, S),
    ("250810", "Sodium bentonite, new, API grade, for drilling fluids", "import", ["sea"], ["TR", "US"], (0.15, 0.3), (22000, 26000), ["USD"], None, S),
    ("370790", "Photographic fixer concentrate, new, 5 l", "import", ["express"], ["GB", "US"], (6, 12), (2, 6), ["GBP", "USD"], 0.2, S),
    ("401212", "Retreaded truck tyres, 315/80 R22.5", "import", ["road"], ["RS", "TR"], (2.0, 3.0), (8000, 14000), ["EUR"], 0.017, S),
    ("320890", "Solvent-borne alkyd paints, new, 2.5 l tins", "import", ["road"], ["TR", "RS"], (2.5, 4), (8000, 16000), ["EUR"], 0.35, S),
    ("220299", "Iced coffee, cans 250 ml, ordinary (not self-cooling)", "import", ["sea"], ["KR", "US"], (1.2, 2.0), (15000, 22000), ["USD"], 3.6, S),
    ("950590", "Carnival paper streamers and confetti, no propellant", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 5, S),
    ("841850", "Beverage display coolers, plug-in, R-290", "import", ["sea"], ["CN", "TR"], (3, 5), (6000, 12000), ["USD", "EUR"], 0.012, S),
    ("290351", "HFO-1336mzz(Z), for high-temperature heat pumps, 50 kg cylinders", "import", ["sea"], ["US", "JP"], (25, 45), (1000, 4000), ["USD"], 0.02, S),
    ("842410", "CO2 fire extinguishers 5 kg, EN 3, new", "import", ["road"], ["TR", "RS"], (3, 5), (4000, 9000), ["EUR"], 0.07, S),
    ("841869", "Transport refrigeration units for semi-trailers, new, R-744", "import", ["sea"], ["US", "CN"], (8, 12), (4000, 9000), ["USD"], 0.0015, S),
    ("290323", "Tetrachloroethylene, CAS 127-18-4, for dry cleaners, 330 kg drums", "import", ["sea"], ["US", "JP"], (0.9, 1.4), (10000, 20000), ["USD"], None, S),
    ("321490", "PU one-component foam cans, 750 ml, HFC-free (propane-butane-DME)", "import", ["road"], ["TR", "RS"], (3, 5), (5000, 10000), ["EUR"], 1.1, S),
    ("830629", "Bronze figurines, new, lost-wax cast reproductions with workshop invoice", "import", ["post"], ["IN", "TH"], (25, 45), (1, 4), ["USD"], 1, S),
    ("711790", "Glass and stone beads for jewellery making, new", "import", ["post"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 60, S),
    ("690721", "Kütahya ceramic tiles, new, hand-painted", "import", ["sea"], ["TR"], (3, 6), (3000, 8000), ["EUR", "USD"], 3, S),
    ("491191", "Giclée art prints on paper, framed, new", "export", ["air"], ["US", "CH"], (40, 80), (100, 600), ["EUR"], 0.3, S),
    ("681099", "Decorative gypsum wall panels, new", "import", ["sea"], ["CN", "TR"], (0.8, 1.5), (8000, 16000), ["USD"], 0.1, S),
    ("442199", "Carved wooden saint figures, new, from a Val Gardena workshop", "export", ["road"], ["CH"], (60, 120), (200, 800), ["EUR"], 0.1, S),
    ("691390", "Terracotta dog figurines, new, Mexican handicraft", "import", ["post"], ["MX"], (15, 30), (1, 4), ["USD"], 1, S),
    ("691390", "Terracotta amphora planters, new", "import", ["sea"], ["TR", "TN"], (0.8, 1.4), (5000, 12000), ["EUR"], 0.05, S),
    ("441821", "Teak doors, new, plantation timber", "import", ["sea"], ["ID", "IN"], (3, 5), (5000, 12000), ["USD"], 0.025, S),
    ("440910", "Larch decking, profiled, Scottish origin", "import", ["road"], ["GB"], (0.9, 1.4), (15000, 22000), ["GBP", "EUR"], None, S),
    ("890399", "Personal watercraft, 3-seater, new, to a dealer", "import", ["sea"], ["CA", "US"], (40, 60), (2000, 5000), ["USD"], 0.0025, S),
    ("850440", "Variable frequency drives 50/60 Hz, 7.5 kW, industrial", "import", ["sea"], ["CN", "TW"], (30, 50), (2000, 6000), ["USD"], 0.2, S),
    ("220820", "Cognac VS, 70 cl, cases", "export", ["sea"], ["US", "CN", "SG"], (18, 30), (8000, 16000), ["EUR"], 0.7, S),
    ("400219", "SBR 1502, Korean origin, bales", "import", ["sea"], ["KR", "JP"], (1.6, 2.2), (18000, 24000), ["USD"], None, S),
    ("330129", "Ho wood oil, Cinnamomum camphora, Chinese", "import", ["sea"], ["CN"], (15, 30), (500, 3000), ["USD"], None, S),
    ("420330", "Leather belts, cowhide, croco-embossed, new", "import", ["sea"], ["TH", "IN", "CN"], (20, 35), (1000, 3000), ["USD"], 5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# as blind38 had it: 7 rows dropped and EVERYDAY_2032_ADDED after it.
base.GOODS += base.everyday(
    drop=["Peaches and nectarines, fresh", "Frozen peas", "Maize flour, masa", "Instant noodles, retail packs",
          "Knitted hats, acrylic", "Inflatable kayaks", "Baby diapers"],
    add=base.EVERYDAY_2032_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind39", 20320901, HERE)


if __name__ == "__main__":
    main()
