#!/usr/bin/env python3
"""Writes the forty-seventh blind set (tests/risk/data/blind47-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 2 January - 27 February 2034, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round thirty, to be measured once on its packs. Same
row layout and expansion as make_blind_set.py, whose functions it reuses, and the same
extras as make_blind5_set.py: a disguised row's extra header fields may carry "_item"
(fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL47-*:

    python3 tests/risk/data/make_blind47_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 1, 2)
base.DAYS = 57  # 2 January to 27 February 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "TH", [], "DK", "340290",
         "Rensevæske til smykker, ultralyd, 10 x 1 l", "TH", 14.5, 10, 260, "USD",
         "jewellery dips are mild detergents or thiourea at 1.0 kg/l; ten litres weighing 14.5 kg with UN 2031 "
         "on the carton are 68 % nitric acid (Annex I above 3 %), sold to a private person for 'gold testing' "
         "and scrap refining; Danish wording (nitric acid repeats many sets; the jewellery-cleaner cover from "
         "Bangkok is new)", person("Privatperson", "DK")),
        ("PRE-02", "import", "CZPOST01", "post", "GB", [], "CZ", "330690",
         "Roztok na čištění zubních protéz, koncentrát, 6 x 1 l", "GB", 7.2, 6, 95, "GBP",
         "denture cleaners are effervescent tablets with a few per cent of peroxide salts; litre bottles at 1.2 "
         "kg/l with a vented cap and UN 2014 are hydrogen peroxide of about 50 % (Annex I above 12 %), posted "
         "to a private person; Czech wording (hydrogen peroxide repeats; the denture-cleaner cover is new)",
         person("Soukromá osoba", "CZ")),
        ("PRE-03", "import", "SIAIR01", "express", "US", [], "SI", "381900",
         "Zavorna tekočina DOT 4, 20 x 1 l", "US", 23, 20, 520, "USD",
         "DOT 4 brake fluid costs about 6 USD a litre and weighs 1.05 kg/l; at 26 USD a litre, 1.14 kg/l and "
         "the flammable-liquid label (UN 1261) the cans hold nitromethane (Annex I above 16 %), by express to "
         "a private person; Slovenian wording (nitromethane repeats; a brake-fluid cover appears in one earlier "
         "row, the route and wording are new)", person("Zasebnik", "SI")),
        ("PRE-04", "import", "ROROAD01", "road", "MD", [], "RO", "283311",
         "Sulfat de sodiu anhidru, umplutură pentru detergenți, 40 saci x 25 kg", "MD", 1000, 40, 2900, "EUR",
         "anhydrous sodium sulphate is a cheap filler at about 0.15 EUR/kg; this at 2.9 EUR/kg, with CAS "
         "7601-89-0 and an oxidiser diamond on the sacks, is sodium perchlorate (Annex I above 40 %), to a "
         "private person calling himself a detergent maker; Romanian wording (sodium perchlorate is rare in "
         "earlier rows; the sulphate-filler cover and the Moldova road are new)",
         person("Persoană fizică", "RO")),
        ("PRE-05", "import", "LUROAD01", "road", "GB", ["FR", "BE"], "LU", "310210",
         "Harnstoff-Granulat zum Anmischen von AdBlue, 12 Säcke x 25 kg", "GB", 300, 12, 330, "GBP",
         "urea for mixing one's own AdBlue is white and smells faintly of ammonia; these prills are marked 34.5 % "
         "N (urea has 46 %) and CAS 6484-52-2: ammonium nitrate (Annex I above 16 % N) brought by van to a "
         "private person; German wording (ammonium nitrate repeats; urea names appear before, the AdBlue "
         "do-it-yourself cover is new)", person("Privatperson", "LU")),
        ("PRE-06", "import", "SEPOST01", "post", "GB", [], "SE", "283321",
         "Epsomsalt, badsalt, 5 kg", "GB", 5, 1, 70, "GBP",
         "Epsom salt sells at 2 GBP a kilo; at 14 GBP a kilo the crystals whose bag gives CAS 3811-04-9 are "
         "potassium chlorate (Annex I above 40 %), posted to a private person; Swedish wording (potassium "
         "chlorate repeats; Epsom salt appears in three earlier rows, the route and wording are new)",
         person("Privatperson", "SE")),
        ("PRE-07", "import", "EEPOST01", "post", "GB", [], "EE", "382499",
         "Katlakivieemaldaja kohvimasinatele, 4 x 5 l", "GB", 36.8, 4, 60, "GBP",
         "coffee-machine descalers are citric or lactic acid at about 1.1 kg/l; twenty litres weighing 36.8 kg "
         "are 1.84 kg/l, the density of 96 % sulphuric acid (Annex I above 15 %), posted to a private person "
         "although corrosives may not go by post; Estonian wording (sulphuric acid repeats; descaler covers "
         "appear before, the density given away on a postal parcel to Estonia is new)",
         person("Eraisik", "EE")),
        ("PRE-08", "import", "MTSEA01", "sea", "TR", [], "MT", "283699",
         "Sodium percarbonate, oxygen bleach for laundries, 40 bags x 25 kg", "TR", 1000, 40, 1900, "EUR",
         "percarbonate is a cheap laundry bleach at about 0.7 EUR/kg; these bags marked CAS 7775-09-9 are "
         "sodium chlorate (Annex I above 40 %), consigned to a private person with no laundry; Maltese English "
         "wording (sodium chlorate repeats; the percarbonate cover and Malta are new)",
         person("Private person", "MT")),
        ("PRE-09", "import", "IEAIR01", "express", "CN", [], "IE", "320611",
         "Titanium dioxide pigment, rutile, 2 kg (parcel 4 of 6)", "CN", 2, 1, 24, "USD",
         "one of six express parcels of 2 kg sent on consecutive days to the same private address, each small enough "
         "to pass as a sample; the powder is potassium perchlorate (CAS 7778-74-7, Annex I above "
         "40 %), not a white pigment; Irish English wording (potassium perchlorate repeats; splitting into "
         "pigment parcels is new)", person("Private individual", "IE")),
        ("PRE-10", "import", "ESAIR01", "air", "US", [], "ES", "330510",
         "Material de perruqueria: xampú professional, 40 x 1 l", "US", 42, 40, 300, "USD",
         "a hairdressing order whose third line, 'oxidant cosmètic 12 % (40 vol)', is 30 one-litre cans marked "
         "UN 2015: hydrogen peroxide of about 60 % (Annex I above 12 %), consigned to a 'salon' that is a "
         "private flat; cosmetic developers stop at 12 %; Catalan wording (peroxide repeats; developers appear "
         "in earlier rows, the Catalan salon order is new)",
         {"consignee_name": "Perruqueria Montse (particular)", "importer_country": "ES",
          "_more_items": [item("330590", "Tint permanent per a cabells, tubs de 60 ml, 200 u.", "US", 14, 500, "USD", qty=200),
                          item("330590", "Oxidant cosmètic 12 % (40 vol), 30 x 1 l", "US", 37, 150, "USD", qty=30)]}),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "EG", "901890",
         "Strumenti chirurgici usati per ricondizionamento, 18 t", "IT", 18000, None, 3600, "EUR",
         "single-use instruments and sharps bins collected from hospitals, with blood residues and needles, at "
         "0.2 EUR/kg: infectious clinical waste (18 01 03*, Y1, A4020), not instruments for refurbishment, "
         "shipped to a non-OECD country; Italian wording", {"importer_country": "EG"}),
        ("WST-02", "export", "PLRAIL01", "rail", "PL", [], "UA", "760120",
         "Granulat aluminiowy, stop wtórny, 60 t", "PL", 60000, None, 12000, "EUR",
         "secondary aluminium alloy granules cost about 2 EUR/kg; these grey lumps at 0.2 EUR/kg that give off "
         "ammonia when wet are salt slag from a remelter (10 03 08*), hazardous waste sent by rail to a "
         "non-OECD country; Polish wording (salt slag repeats, once as a secondary alloy in blind18; the granule wording by rail to Ukraine is new)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "IN", "281820",
         "Geactiveerd aluminiumoxide, bolletjes, gebruikt, voor hergebruik, 120 t", "NL", 120000, None, 24000, "EUR",
         "the 'alumina balls' are spent hydrotreating catalyst from a refinery, nickel-molybdenum on alumina, "
         "self-heating and coked (16 08 02*), hazardous waste to a non-OECD country; Dutch wording (spent "
         "catalysts repeat; the activated-alumina reuse cover is new)", {"importer_country": "IN"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "MA", "854143",
         "Zonnepanelen, tweedehands, getest, 2 containers, 1 100 st.", "BE", 22000, 1100, 11000, "EUR",
         "cracked, delaminated and burnt panels taken off roofs after a hailstorm, without test reports, at "
         "10 EUR each: waste electrical equipment (16 02 14), which needs prior informed consent for any export "
         "to a non-OECD country; Flemish wording (used solar panels repeat, in blind27 and three other rows; the hail-damage lot to Morocco is new)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "262190",
         "Kupferschlacke-Strahlmittel, aufbereitet, 24 t", "DE", 24000, None, 480, "EUR",
         "used copper-slag grit swept from a shipyard dock, with tributyltin and copper antifouling paint "
         "(12 01 16*), hazardous waste sold as reprocessed abrasive to a non-OECD country; German wording "
         "(blasting grit repeats; the shipyard antifouling residue by road to Serbia is new)",
         {"importer_country": "RS"}),
        ("WST-06", "export", "FRAIR01", "express", "FR", [], "CM", "853931",
         "Tubes d'éclairage, d'occasion, en bon état, 400 pcs", "FR", 120, 400, 200, "EUR",
         "fluorescent tubes pulled out in an LED relamping, some broken, packed loose at 0.5 EUR each: "
         "mercury-containing lamps (20 01 21*), hazardous waste to a non-OECD country by express; French wording "
         "(fluorescent lamps repeat; express to Cameroon is new)", {"importer_country": "CM"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "VN", "390110",
         "Regranulado de PEBD, lavado, 2 contenedores, 50 t", "ES", 50000, None, 4000, "EUR",
         "the bales are greenhouse and mulch film from Almería with soil, stones and pesticide residues, not "
         "washed regranulate: mixed contaminated plastic waste (Y48), which needs consent for export to a "
         "non-OECD country; Andalusian Spanish wording", {"importer_country": "VN"}),
        ("WST-08", "transit", "ATROAD01", "road", "CH", ["AT", "SI", "HR"], "BA", "382000",
         "Kühlerfrostschutz, Recyclingware, 24 IBC", "CH", 24000, 24, 1900, "EUR",
         "used engine coolant drained in Swiss garages, with oil and heavy metals (16 01 14*), hazardous waste "
         "in transit through three EU states to Bosnia without notification; Swiss-German wording (antifreeze "
         "appears in two earlier rows; transit to Bosnia is new)", {"importer_country": "BA"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "IN", "800200",
         "Σκραπ κασσιτέρου, 12 t", "GR", 12000, None, 9000, "EUR",
         "tin scrap sells at over 15 EUR/kg; these grey oxide skims at 0.75 EUR/kg are tin-lead solder dross "
         "from wave-soldering lines, about 40 % lead (A1010, A1020), hazardous waste to a non-OECD country; "
         "Greek wording", {"importer_country": "IN"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "841981",
         "Equipamento de cozinha industrial usado, 1 contentor", "PT", 6000, 40, 9000, "EUR",
         "a restaurant refit whose third line, 'material elétrico diverso', is 2,000 used fluorescent tubes and "
         "30 scrap ballasts with PCB capacitors (20 01 21*, 16 02 09*): hazardous waste to a non-OECD country "
         "behind reusable kitchen equipment; European Portuguese wording",
         {"importer_country": "AO",
          "_more_items": [item("940340", "Móveis de cozinha usados, 12 peças", "PT", 1400, 1200, "EUR", qty=12),
                          item("853931", "Material elétrico diverso, usado", "PT", 900, 150, "EUR", qty=2030)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "CN", [], "FR", "841510",
         "Climatiseurs split muraux 3,5 kW, fluide R-290, 400 unités", "CN", 16000, 400, 120000, "USD",
         "R-290 split units carry a small charge and a flammability label; these outdoor units hold 1 kg of "
         "R-32 (GWP 675) by their nameplates: single split air conditioners up to 12 kW with an F-gas of GWP 150 "
         "or more may not be placed on the market; French wording (R-32 repeats; the R-290 split cover is new)",
         {"importer_country": "FR"}),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "730890",
         "Sandwichpanelen voor koelcellen, PIR, pentaan-geblazen, 1 800 m²", "CN", 21000, 600, 37000, "USD",
         "pentane-blown PIR has a hydrocarbon smell on cutting; the supplier's sheet gives HCFC-141b as the "
         "blowing agent: products containing HCFCs may not be placed on the market; Dutch wording (HCFC-141b "
         "repeats; sandwich panels appear in three earlier rows, the pentane cover is new)",
         {"importer_country": "NL"}),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841861",
         "Pompy ciepła powietrze-woda, monoblok 8 kW, czynnik R-290, 120 szt.", "CN", 14400, 120, 190000, "USD",
         "the nameplates give 2.4 kg of R-410A (GWP 2,088), not propane: self-contained air-to-water heat pumps "
         "up to 12 kW with an F-gas of GWP 150 or more may not be placed on the market; Polish wording (R-410A "
         "monobloc heat pumps repeat, blind27 declared them openly; the R-290 cover by rail is new)", {"importer_country": "PL"}),
        ("OZN-04", "import", "IEAIR01", "air", "KR", [], "IE", "290349",
         "사불화탄소 (CF4), 전자급, 47 l 실린더, 20개", "KR", 560, 20, 22000, "USD",
         "CF4 cylinders hold gas at 130 bar; these show a vapour pressure of 45 bar at 20 °C and trifluoromethane "
         "on the test sheet: bulk HFC-23 (GWP 14,800, about 8,300 t CO2e) for a fab, placed on the market "
         "without quota; Korean wording (HFC-23 as CF4 repeats, blind39; the Korean wording and Ireland are new)",
         {"importer_country": "IE"}),
        ("OZN-05", "import", "DEPOST01", "post", "UA", [], "DE", "841582",
         "Mobile Klimaanlage 12 V für Wohnmobile, Kältemittel R-290, 1 Stück", "UA", 16, 1, 260, "EUR",
         "the label on the compressor gives 280 g of R-134a (GWP 1,430), not propane: moveable room air "
         "conditioners (hermetically sealed) with an HFC of GWP 150 or more may not be placed on the market, "
         "posted to a private camper owner; German wording", person("Privatperson", "DE")),
        ("OZN-06", "import", "HRROAD01", "road", "RS", [], "HR", "390950",
         "Монтажна пена, једнокомпонентна, пропелант пропан-бутан, 2 400 лименки", "RS", 2100, 2400, 5300, "EUR",
         "the cans' safety sheets list 1,1,1,2-tetrafluoroethane as the propellant: one-component foams with an "
         "HFC of GWP 150 or more may not be placed on the market, and the propane-butane label hides it; Serbian "
         "Cyrillic wording", {"importer_country": "HR"}),
        ("OZN-07", "import", "ATAIR01", "air", "CN", [], "AT", "841869",
         "Durchlaufkühler für Bierzapfanlagen, Kältemittel R-290, 12 Stück", "CN", 300, 12, 5400, "USD",
         "the nameplates under the drip tray give 600 g of R-404A (GWP 3,922) in each cooler, not propane: "
         "self-contained commercial refrigeration with an HFC of GWP 150 or more may not be placed on the "
         "market; Austrian-German wording (R-404A in plug-in equipment repeats; draught-beer coolers are new)",
         {"importer_country": "AT"}),
        ("OZN-08", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "290359",
         "Хладилен агент R-1234ze, бутилки 10 кг, 150 бр.", "TR", 1500, 150, 15000, "EUR",
         "HFO-1234ze costs several times more than the price declared; a sniff test gives HFC-125 (GWP 3,500), "
         "in transit to Serbia but unloaded near Plovdiv: bulk HFC on the EU market without quota; Bulgarian "
         "wording (HFO-1234ze covers repeat, blind4 and blind35; HFC-125 in transit unloaded in Bulgaria is new)", {"importer_country": "RS"}),
        ("OZN-09", "import", "SISEA01", "sea", "CN", [], "SI", "902620",
         "Servisni komplet za klimatske naprave: manometri, 200 kpl", "CN", 600, 200, 6000, "USD",
         "a workshop-tools consignment whose third line, 'olje PAG za kompresorje', is 60 cylinders of 13.6 kg "
         "of HCFC-22, whose placing on the market is banned; Slovenian wording (HCFC-22 repeats; hiding it among "
         "service kits through Koper is new)",
         {"importer_country": "SI",
          "_more_items": [item("841410", "Vakuumske črpalke, 2-stopenjske, 40 kos", "CN", 480, 3200, "USD", qty=40),
                          item("340399", "Olje PAG za kompresorje, 60 kos", "CN", 820, 900, "USD", qty=60)]}),
        ("OZN-10", "export", "ITSEA01", "sea", "IT", [], "NG", "290371",
         "Gas refrigerante R-407C, bombole 11,3 kg, 200 pz", "IT", 2260, 200, 4000, "EUR",
         "R-407C is a clear HFC blend; the cylinders from a closed Milanese wholesaler's stock hold HCFC-22 "
         "(chlorodifluoromethane), and the export of ozone-depleting substances from the Union is banned; "
         "Italian wording (HCFC-22 as R-407C repeats, blind6 and blind45; an export of old Union stock is new)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "PE", [], "ES", "630499",
         "Tapiz de macramé, fibra de alpaca, artesanal, 1 ud.", "PE", 0.9, 1, 60, "USD",
         "a bundle of knotted cords hanging from one main cord, dyed with cochineal and brittle, is an Inca "
         "khipu from a looted burial, state cultural heritage of Peru exported without permission; Peruvian "
         "Spanish wording (a khipu appears in two earlier rows; the macramé cover is new)",
         {"importer_country": "ES"}),
        ("CUL-02", "export", "BGPOST01", "post", "BG", [], "US", "711299",
         "Сребърен скрап за претопяване, 0,4 кг", "BG", 0.4, 1, 200, "EUR",
         "a gilded silver horse-harness appliqué with an animal combat scene is Thracian (4th century BC), dug "
         "by a detectorist; archaeological objects need an export licence at any value; Bulgarian wording",
         {"importer_country": "US"}),
        ("CUL-03", "import", "DEAIR01", "express", "MN", [], "DE", "830629",
         "Гуулин бурхан, шинэ, гар урлал, 1 ш", "MN", 3.5, 1, 150, "USD",
         "a gilt bronze Green Tara with a sealed base, fine chasing and worn gilding in the style of Zanabazar's "
         "school (17th-18th century) is a monastery image, cultural heritage whose export Mongolia forbids, "
         "sent as a new brass statue; Mongolian Cyrillic wording", {"importer_country": "DE"}),
        ("CUL-04", "import", "BEAIR01", "air", "NG", [], "BE", "691490",
         "Terracotta garden pots, handmade, 3 pcs", "NG", 18, 3, 90, "USD",
         "the 'pots' are hollow heads with triangular pierced eyes and elaborate coiffures, Nok terracottas "
         "(c. 500 BC - AD 200) dug in Kaduna State, on the ICOM Red List and protected in Nigeria; Nigerian "
         "English wording (Nok terracottas repeat in four earlier rows; the garden-pot cover is new)", {"importer_country": "BE"}),
        ("CUL-05", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "442019",
         "Dřevěná dekorativní socha, nová, lipové dřevo, 1 ks", "CZ", 22, 1, 150, "EUR",
         "worm holes, gesso under worn polychromy and a 15th-century drapery style make this a Gothic Madonna, "
         "listed as stolen from a Bohemian village church, sold as a new carving; Czech wording",
         {"importer_country": "CH"}),
        ("CUL-06", "export", "PTSEA01", "sea", "PT", [], "BR", "940360",
         "Móveis usados, decoração, madeira dourada, 14 peças", "PT", 700, 14, 1400, "EUR",
         "the pieces fit together into an 18th-century talha dourada side altar taken out of a deconsecrated "
         "Minho chapel: elements of a dismembered religious monument over 100 years old need an export licence at any value; "
         "European Portuguese wording (altarpieces appear before; the used-furniture cover to Brazil is new)",
         {"importer_country": "BR"}),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "691390",
         "Сувенірна кераміка, розписні горщики, 6 шт.", "UA", 12, 6, 40, "EUR",
         "spiral-painted pots with root marks and soil inside are Trypillian (Cucuteni-Trypillia, 4th "
         "millennium BC) from a looted settlement, Ukrainian heritage whose export is forbidden, especially "
         "in wartime; Ukrainian wording (Trypillian pottery appears in one development row; the souvenir cover is new)", {"importer_country": "PL"}),
        ("CUL-08", "import", "NLAIR01", "air", "EG", ["AE"], "NL", "830629",
         "Brass cat figurine, decorative, new, 1 pc", "EG", 2.2, 1, 45, "USD",
         "a seated cat with an earring hole, a scarab on its chest and bronze disease under a worn patina is a "
         "Late Period votive bronze of Bastet, taken from Egypt through Dubai; Egyptian antiquities are state "
         "property; English wording", {"importer_country": "NL"}),
        ("CUL-09", "import", "DEAIR01", "air", "TH", [], "DE", "442019",
         "งานหัตถกรรมไทย: ไม้สักแกะสลัก 20 ชิ้น", "TH", 60, 20, 800, "USD",
         "a handicraft order whose third line, 'แจกันเซรามิก ใหม่', is six red-on-buff painted jars from Ban "
         "Chiang (a World Heritage site, c. 300 BC), whose export Thailand forbids; Thai wording (Ban Chiang "
         "appears in three rows; hiding it in a handicraft order is new)",
         {"importer_country": "DE",
          "_more_items": [item("621410", "ผ้าพันคอไหมไทย 100 ผืน", "TH", 8, 900, "USD", qty=100),
                          item("691390", "แจกันเซรามิก ใหม่ 6 ใบ", "TH", 14, 60, "USD", qty=6)]}),
        ("CUL-10", "export", "ITAIR01", "express", "IT", [], "US", "830629",
         "Fermacarte in bronzo, stile antico, 1 pz", "IT", 0.35, 1, 40, "EUR",
         "a thin elongated bronze votary with a smooth green patina is an Etruscan votive figure (3rd century "
         "BC) from a sanctuary, state property in Italy; archaeological objects need an export licence at any "
         "value; Italian wording (Etruscan votive bronzes repeat, blind24; the paperweight cover by express is new)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "air", "CZ", [], "TR", "840790",
         "Dvoutaktní motory pro motorové pily, 50 cm³, 24 ks", "CZ", 72, 24, 43000, "EUR",
         "chainsaw engines are single-cylinder units under 200 EUR; 1,800 EUR boxer twins with electronic "
         "ignition and propeller hubs are engines for small unmanned aircraft, whose export for Iran is "
         "prohibited, to an Istanbul trader shipping on to Tehran; Czech wording", {"importer_country": "TR"}),
        ("STR-02", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG"], "TR", "850440",
         "Solárne striedače 10 kW, 12 ks", "SK", 480, 12, 96000, "EUR",
         "PV inverters cost about 1,500 EUR; at 8,000 EUR each with an output up to 2 kHz these are frequency "
         "changers for gas centrifuges (3A225), which need a licence, for an Iranian end user behind a Turkish "
         "importer; Slovak wording (frequency changers repeat, blind2, blind39, blind44; the solar-inverter cover is new)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "AE", "843510",
         "Presse per vino, idrauliche, 1 pz", "IT", 14000, 1, 620000, "EUR",
         "a wine press does not cost 620,000 EUR or have a thick-walled pressure vessel and a 300 mm chamber "
         "rated at 200 MPa: a hot isostatic press (2B004), which needs a licence, to a Dubai trader; Italian "
         "wording (isostatic presses appear in six rows; the wine-press cover is new)", {"importer_country": "AE"}),
        ("STR-04", "export", "EEAIR01", "express", "EE", [], "KG", "851762",
         "Wi-Fi ruuterid, 30 tk", "EE", 12, 30, 39000, "EUR",
         "home routers cost 60 EUR; at 1,300 EUR each these are wide-band software-defined radio transceivers "
         "(common high-priority items) for Russian drone data links, to a Bishkek address; Estonian wording",
         {"importer_country": "KG"}),
        ("STR-05", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "400219",
         "Sintētiskais kaučuks SBR 1500, Uzbekistānas izcelsme, 20 vagoni", "UZ", 1200000, None, 1900000, "USD",
         "Uzbekistan has no SBR plant; the bale wrappers give a Voronezh lot code: Russian synthetic rubber, "
         "whose import is banned, with an Uzbek certificate; Latvian wording (synthetic rubber appears in some "
         "rows; the Uzbek cover by rail to Riga is new)", {"importer_country": "LV"}),
        ("STR-06", "import", "HRSEA01", "sea", "TR", [], "HR", "280429",
         "Tekući helij, podrijetlo Katar, 2 ISO spremnika", "TR", 5600, 2, 420000, "USD",
         "the ISO containers' filling records and pressure-test plates give the Amur gas processing plant: "
         "Russian helium, whose import is banned, declared as Qatari after a stop in a Turkish port; Croatian "
         "wording", {"importer_country": "HR"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AM", "880710",
         "Pièces détachées pour drones agricoles, pales composites, 8 colis", "FR", 140, 8, 210000, "EUR",
         "agricultural-drone blades cost a few hundred euros; the part numbers are for ATR 72 propeller blades, "
         "for an airline flying the type in Russia: aircraft parts whose export for use in Russia is "
         "prohibited, to a Yerevan forwarder; French wording (aircraft parts to Russia repeat many sets; ATR "
         "propeller blades as drone parts are new)", {"importer_country": "AM"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "TR", "890332",
         "Embarcación de recreo usada, motor, 12 m, año 2019, 1 ud.", "ES", 11000, 1, 85000, "EUR",
         "a motor yacht launched this winter, with 20 engine hours and a builder's list price near 700,000 EUR, "
         "declared as a 2019 boat to a Bodrum company fronting for a Russian owner: luxury goods (pleasure "
         "vessels) may not be sold for use in Russia; Spanish wording (a yacht as a luxury good is new)",
         {"importer_country": "TR"}),
        ("STR-09", "import", "ROSEA01", "sea", "GE", [], "RO", "220860",
         "Vodcă georgiană, 24 000 sticle 0,5 l", "GE", 13000, 24000, 36000, "USD",
         "Georgian distilleries make chacha, not this brand; the bottle moulds and cap codes are Russian: "
         "Russian vodka, whose import is banned, relabelled in Batumi; Romanian wording (vodka appears in three "
         "rows; the Georgian cover to Constanța is new)", {"importer_country": "RO"}),
        ("STR-10", "export", "DKAIR01", "air", "DK", [], "PK", "841989",
         "Laboratoriefermentor 10 l, bordmodel, 1 stk.", "DK", 620, 1, 4000, "EUR",
         "a 10-litre bench-top fermenter weighs about 40 kg; 620 kg with a steam jacket and in-place "
         "sterilisation is a 150 l fermenter (2B352), which needs a licence, for a Pakistani institute not "
         "named on the invoice; Danish wording (fermenters appear in five rows; the bench-top cover given away "
         "by its mass is new)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "PH", [], "NL", "050800",
         "Turbo shells, polished, for crafts, 200 pcs", "PH", 60, 200, 400, "USD",
         "turbo shells are thick and green-lipped; these tiger-striped chambered shells are chambered nautilus "
         "(Nautilus pompilius, CITES App. II) without an export permit; Philippine English wording (nautilus "
         "repeats; the turbo cover to Amsterdam is new)", {"importer_country": "NL"}),
        ("WLF-02", "import", "DEPOST01", "post", "ZA", [], "DE", "121190",
         "Kräutertee zum Abnehmen, getrocknete Scheiben, 4 kg", "ZA", 4, 4, 640, "USD",
         "160 USD/kg for slimming tea: the dried spiny stem slices are Hoodia gordonii (CITES App. II, parts "
         "and extracts included), posted to a private person without a permit; German wording (Hoodia appears "
         "in three rows; the slimming-tea parcel is new)", person("Privatperson", "DE")),
        ("WLF-03", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Okoumé scié, qualité menuiserie, 1 conteneur, 24 m³", "CM", 19000, None, 14000, "EUR",
         "okoumé is a pale pinkish light wood; these heavy red-brown boards with purple veins are bubinga "
         "(Guibourtia tessmannii, CITES App. II) without an export permit; French wording (bubinga as "
         "okoumé repeats, as veneer given away by density in blind15; sawn boards given away by colour are new)", {"importer_country": "BE"}),
        ("WLF-04", "import", "DEAIR01", "express", "US", [], "DE", "010620",
         "Gewöhnliche Schnappschildkröten (Chelydra serpentina), Nachzucht, 10 Stück", "US", 2, 10, 300, "USD",
         "the hatchlings have three high keels and a hooked beak with a worm lure: alligator snapping turtles "
         "(Macrochelys temminckii, CITES App. II), wild-collected and without a permit, "
         "named as their look-alike, the unlisted common snapping turtle; German wording", person("Privatperson", "DE")),
        ("WLF-05", "transit", "NLAIR01", "air", "ID", ["NL"], "GB", "010639",
         "Superb starlings (Lamprotornis superbus), captive-bred, 30 birds", "ID", 6, 30, 2400, "USD",
         "superb starlings are East African and not bred for export in Java; black birds with yellow wattles "
         "and an orange bill are wild hill mynas (Gracula religiosa, CITES App. II) without a permit, in "
         "transit through Amsterdam; English wording", {"importer_country": "GB"}),
        ("WLF-06", "import", "ESSEA01", "sea", "BR", [], "ES", "030489",
         "Filés de tambaqui congelados, piscicultura, 12 t", "BR", 12000, None, 110000, "USD",
         "farmed tambaqui fillets are small and dark-fleshed; these long white loins with a red rim and "
         "palm-sized scales in the cartons are pirarucu (Arapaima gigas, CITES App. II), fished outside the "
         "managed reserves and without an export permit; Brazilian Portuguese wording (Arapaima repeats, blind11 "
         "and blind23; the farmed-tambaqui cover in frozen fillets is new)", {"importer_country": "ES"}),
        ("WLF-07", "import", "FRAIR01", "air", "MG", [], "FR", "010620",
         "Caméléons casqués (Chamaeleo calyptratus), élevés en captivité, 40 ex.", "MG", 6, 40, 1600, "EUR",
         "veiled chameleons come from Yemen and breeders, not Madagascar; these bright banded lizards are wild "
         "panther chameleons (Furcifer pardalis, CITES App. II) over the export quota and without a permit; "
         "French wording (panther chameleons appear in earlier rows; the veiled-chameleon cover is new)",
         {"importer_country": "FR"}),
        ("WLF-08", "import", "SEAIR01", "air", "VN", [], "SE", "300490",
         "Viên thảo dược bổ gan, 10 hộp", "VN", 1, 10, 3000, "USD",
         "herbal liver capsules do not cost 300 USD a box; the yellow-green bitter powder in them is bear bile "
         "(Ursus thibetanus, CITES App. I), to a Vietnamese shop in Sweden; Vietnamese wording (bear bile "
         "repeats; the liver-tonic capsules to Sweden are new)", {"importer_country": "SE"}),
        ("WLF-09", "export", "PTAIR01", "air", "PT", [], "HK", "030695",
         "Camarão seco, salgado, 30 kg", "PT", 30, None, 27000, "EUR",
         "dried shrimps cost a few euros a kilo; at 900 EUR/kg the curled dried bodies are long-snouted "
         "seahorses (Hippocampus guttulatus, CITES App. II) poached in the Ria Formosa, exported without a "
         "permit; European Portuguese wording (seahorses repeat; the dried-shrimp cover from the Algarve is new)",
         {"importer_country": "HK"}),
        ("WLF-10", "import", "HUAIR01", "air", "MG", [], "HU", "010690",
         "Festett nyílméregbékák (Dendrobates tinctorius), tenyésztett, 60 pld.", "MG", 1, 60, 900, "EUR",
         "dyeing poison frogs are South American and not bred in Madagascar; small orange and black-green frogs "
         "are wild golden and painted mantellas (Mantella aurantiaca, M. baroni, CITES App. II) without a "
         "permit; Hungarian wording", {"importer_country": "HU"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "US", "DK", "280800",
     "Nitric acid 68 %, 2 x 1 l, for a licensed private gold-testing hobbyist", "US", 2.9, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-34-0019")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "CZPOST01", "post", "GB", "CZ", "284700",
     "Hydrogen peroxide 30 %, 4 x 1 l, for a licensed private aquarist", "GB", 4.5, 4, 40, "GBP",
     [("PRECURSOR_LICENCE", "CZ-MPO-34-0102")], "peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "381519",
     "Spent hydrotreating catalyst, NiMo on alumina (16 08 02*), for metal recovery, 80 t", "NL", 80000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-34-0044")], "notified spent catalyst to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "853931",
     "Waste fluorescent lamps (20 01 21*), for mercury recovery, 9 t", "CH", 9000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-34-0217")], "notified lamp waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "KR", "IE", "290341",
     "Trifluoromethane (HFC-23), electronic grade, 20 cylinders, quota holder's import for a wafer fab", "KR", 560, 20, 22000, "USD",
     [("FGAS_QUOTA", "IE-EPA-FG-34-0031")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recovered halon 1211, for critical-use aircraft fire extinguishers, 10 cylinders", "US", 250, 10, 9000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-34-0008")], "recovered halon for a critical use under licence"),
    ("PRM-07", "cultural", "export", "CZROAD01", "road", "CZ", "CH", "442019",
     "Polychrome limewood Madonna, Bohemian, c. 1500, old private collection, sold to a Swiss collector, 1 pc", "CZ", 20, 1, 95000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-34-0051")], "a Gothic sculpture with its export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "830629",
     "Etruscan bronze votive figure, 3rd century BC, ex collection documented before 1970, 1 pc", "IT", 0.3, 1, 28000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-34-0418")], "an archaeological object with its export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "JP", "847989",
     "Hot isostatic press, 300 mm chamber, for a named aerospace castings plant", "IT", 14000, 1, 620000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-34-0127"), ("END_USER_CERTIFICATE", "JP-METI-EUC-34-0093")],
     "2B004 press under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKAIR01", "air", "DK", "IN", "841989",
     "Steam-sterilisable fermenter 150 l, for a named vaccine manufacturer", "DK", 620, 1, 85000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-34-0207"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-34-0311")],
     "2B352 fermenter under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "US", "DE", "010620",
     "Alligator snapping turtles (Macrochelys temminckii), captive-bred, 6 pcs, for a registered zoo", "US", 3, 6, 900, "USD",
     [("CITES_PERMIT", "US-FWS-34-00871")], "App. II turtles with their export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Bubinga (Guibourtia tessmannii) sawn timber, legal concession, 20 m³", "CM", 17000, None, 26000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-34-0142")], "App. II bubinga with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Søren Kristensen", "PRM-03": "Korea Zinc Catalyst Recovery Co", "PRM-05": "Shannon Semiconductor Ltd",
    "PRM-07": "Sammlung Imhof", "PRM-09": "Kansai Precision Castings KK", "PRM-11": "Tierpark Hellabrunn",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("340290", "Ultrasonic jewellery cleaning fluid, mild detergent, 500 ml bottles", "import", ["express"], ["TH", "US"], (8, 16), (1, 3), ["USD"], 2, S),
    ("330690", "Denture cleaning tablets, retail boxes", "import", ["post"], ["GB", "IE"], (10, 20), (1, 3), ["GBP", "EUR"], 5, S),
    ("381900", "Brake fluid DOT 4, 1 l cans, to a car-parts wholesaler", "import", ["sea"], ["US", "KR"], (3, 5), (10000, 18000), ["USD"], 1, S),
    ("283311", "Anhydrous sodium sulphate, detergent grade, 25 kg bags", "import", ["sea", "road"], ["TR", "RS"], (0.12, 0.2), (20000, 25000), ["EUR", "USD"], 0.04, S),
    ("310210", "Urea, technical grade for AdBlue production, big bags", "import", ["sea"], ["EG", "DZ"], (0.35, 0.5), (22000, 26000), ["USD"], None, S),
    ("283321", "Epsom salt (magnesium sulphate), bath grade, 1 kg bags", "import", ["post"], ["GB"], (1.5, 3), (1, 4), ["GBP"], 1, S),
    ("382499", "Coffee-machine descaler, citric acid, 500 ml bottles", "import", ["post"], ["GB", "CH"], (6, 12), (1, 3), ["GBP", "CHF"], 2, S),
    ("283699", "Sodium percarbonate, oxygen bleach, 25 kg bags", "import", ["sea"], ["TR", "CN"], (0.5, 0.9), (18000, 24000), ["EUR", "USD"], 0.04, S),
    ("320611", "Titanium dioxide pigment, rutile, 25 kg bags, to a paint factory", "import", ["sea"], ["CN", "US"], (2.2, 3.2), (18000, 24000), ["USD"], 0.04, S),
    ("330590", "Hair colour and 6 % developer, salon packs", "import", ["air"], ["US", "KR"], (8, 14), (200, 800), ["USD"], 5, S),
    ("901890", "Surgical instruments, new, stainless, sterile packs", "import", ["air"], ["PK", "DE"], (40, 90), (100, 600), ["USD", "EUR"], 8, S),
    ("760120", "Secondary aluminium alloy ingots, AlSi9Cu3", "import", ["sea"], ["TR", "AE"], (1.8, 2.4), (20000, 25000), ["USD"], None, S),
    ("281820", "Activated alumina balls, new, desiccant grade", "import", ["sea"], ["CN", "US"], (1.0, 1.8), (10000, 18000), ["USD"], None, S),
    ("854143", "Solar panels, monocrystalline, new, 450 W", "import", ["sea"], ["CN", "VN"], (1.8, 3), (16000, 22000), ["USD"], 0.04, S),
    ("262190", "Copper slag abrasive, new, bagged", "import", ["sea"], ["TR", "IN"], (0.1, 0.2), (22000, 26000), ["USD", "EUR"], None, S),
    ("853952", "LED tubes T8, new, boxed", "import", ["sea"], ["CN"], (3, 5), (3000, 8000), ["USD"], 4, S),
    ("390110", "LDPE granules, virgin, film grade", "import", ["sea"], ["SA", "KR"], (1.1, 1.6), (20000, 25000), ["USD"], None, S),
    ("382000", "Engine coolant, ready-mixed, 5 l cans", "import", ["road"], ["TR", "CH"], (1.0, 1.8), (10000, 18000), ["EUR", "CHF"], 0.2, S),
    ("841981", "Commercial kitchen equipment, new, combi ovens", "export", ["sea"], ["AO", "MA"], (10, 18), (2000, 6000), ["EUR"], 0.008, S),
    ("841510", "Split air conditioners 3.5 kW, R-290, new", "import", ["sea"], ["CN", "TH"], (6, 9), (10000, 18000), ["USD"], 0.025, S),
    ("730890", "Cold-room sandwich panels, pentane-blown PIR", "import", ["sea", "road"], ["CN", "TR"], (1.5, 2.5), (16000, 22000), ["USD", "EUR"], 0.03, S),
    ("841861", "Air-to-water heat pumps, monobloc, R-290, new", "import", ["sea", "rail"], ["CN"], (10, 15), (8000, 16000), ["USD"], 0.008, S),
    ("280430", "Nitrogen, electronic grade 6N, cylinders, for a wafer fab", "import", ["air"], ["KR", "JP"], (6, 12), (200, 600), ["USD"], 0.02, S),
    ("390950", "One-component PU foam cans, hydrocarbon propellant", "import", ["road", "sea"], ["RS", "TR"], (2.0, 3.2), (8000, 16000), ["EUR", "USD"], 1.1, S),
    ("841869", "Ice makers, R-290, new, commercial", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 8000), ["USD", "EUR"], 0.03, S),
    ("902620", "Refrigeration manifold gauge sets, new", "import", ["sea"], ["CN", "TW"], (8, 14), (1000, 4000), ["USD"], 0.4, S),
    ("630499", "Macramé wall hangings, alpaca, handmade, new", "import", ["post"], ["PE", "BO"], (30, 60), (1, 3), ["USD"], 2, S),
    ("830629", "Brass Buddhist statues, new, from a Kathmandu workshop", "import", ["express"], ["NP", "IN"], (30, 60), (1, 4), ["USD"], 0.5, S),
    ("691490", "Terracotta garden pots, new", "import", ["sea"], ["VN", "IT"], (0.6, 1.2), (10000, 18000), ["USD", "EUR"], 0.2, S),
    ("442019", "Carved limewood figures, new, from a workshop", "import", ["road"], ["UA", "RS"], (15, 30), (300, 1500), ["EUR"], 0.5, S),
    ("691390", "Painted ceramic souvenir pots, new", "import", ["road"], ["UA", "MD"], (3, 6), (1000, 4000), ["EUR"], 1, S),
    ("691310", "Porcelain figurines, new, boxed", "import", ["sea"], ["CN", "TH"], (4, 8), (2000, 6000), ["USD"], 2, S),
    ("830629", "Brass paperweights and desk ornaments, new", "import", ["post"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("840790", "Two-stroke chainsaw engines, 45 cc, spare", "import", ["sea"], ["CN"], (25, 45), (2000, 6000), ["USD"], 0.3, S),
    ("850440", "PV string inverters 10 kW, new", "import", ["sea"], ["CN"], (25, 40), (6000, 12000), ["USD"], 0.04, S),
    ("843510", "Pneumatic wine presses, new", "export", ["road", "sea"], ["RS", "MA", "CH"], (12, 20), (2000, 6000), ["EUR"], 0.0005, S),
    ("841582", "Mobile air conditioners, R-290, new, boxed", "import", ["sea"], ["CN"], (7, 11), (6000, 12000), ["USD"], 0.03, S),
    ("890332", "Motor yachts 12 m, new, to a dealer", "import", ["sea"], ["GB", "TR"], (40, 70), (10000, 12000), ["EUR", "GBP"], 0.0001, S),
    ("280429", "Helium, gaseous, 50 l cylinders, from a US producer", "import", ["sea"], ["US"], (8, 14), (3000, 8000), ["USD"], 0.015, S),
    ("050800", "Turbo and cowrie shells, polished, for crafts", "import", ["sea"], ["PH", "ID"], (3, 6), (1000, 4000), ["USD"], 3, S),
    ("950730", "Fishing reels, spinning, boxed", "import", ["sea"], ["CN", "JP"], (20, 40), (2000, 6000), ["USD"], 2, S),
    ("842121", "Aquarium filters and pumps, new", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 1, S),
    ("702000", "Glass terrariums for frogs and reptiles, new", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 0.1, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 13 rows dropped and 1 replaced, then EVERYDAY_2032_ADDED and 5 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh", "Fresh asparagus, green",
          "Beef, fresh, boneless", "Frozen shrimps, vannamei", "Honey, natural, drums", "Inflatable kayaks",
          "Electric scooters, new, with battery", "Gelatin capsules, empty", "Marble slabs, polished",
          "Steel scaffolding parts", "Power supplies for laptops, new"],
    replace={
        "Instant noodles, retail packs": ("190590", "Rice crackers, retail packs", "import", ["sea"], ["JP", "TH"], (3, 5), (6000, 12000), ["USD"], 4, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("611030", "Knitted jumpers, synthetic fibres", "import", ["sea"], ["BD", "CN"], (8, 14), (4000, 9000), ["USD"], 2, N),
        ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY"], (3, 5), (6000, 12000), ["USD"], 0.15, N),
        ("961610", "Perfume atomisers, refillable", "import", ["express", "post"], ["FR", "CN"], (30, 60), (1, 3), ["EUR", "USD"], 10, N),
        ("040690", "Hard cheese, matured, wheels", "export", ["road"], ["CH", "NO"], (9, 14), (8000, 14000), ["EUR"], None, N),
        ("691200", "Stoneware mugs and bowls", "import", ["sea"], ["CN", "PT"], (1.5, 3), (8000, 14000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind47", 20340101, HERE)


if __name__ == "__main__":
    main()
