#!/usr/bin/env python3
"""Writes the eighty-fifth blind set (tests/risk/data/blind85-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2040, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets.
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
declaration would. Ids are BL85-*:

    python3 tests/risk/data/make_blind85_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROPOST01", "post", "MD", [], "RO", "380894",
         "Dezinfectant pentru incubatoare de ouă, 3 %, 6 x 1 l", "MD", 8.4, 6, 900, "MDL",
         "incubator disinfectants for hobby hatchers are about 3 % hydrogen peroxide at 1.0 kg/l; these six litres "
         "weigh 1.40 kg/l with the bottles, fizz on a cut and bleach the skin white: about 40 % hydrogen peroxide "
         "(Annex I above 12 %), posted from Chișinău to a private person in Iași who keeps no hatchery; Romanian "
         "wording (hydrogen peroxide repeats in very many sets and incubator covers in a few; posted from Moldova to "
         "Romania in Romanian is the new part)", person("Persoană fizică", "RO")),
        ("PRE-02", "import", "NLAIR01", "express", "KR", [], "NL", "330430",
         "아세톤 프리 네일 리무버 (에틸 아세테이트), 4 x 1 L", "KR", 4.6, 4, 60000, "KRW",
         "acetone-free nail-polish removers are ethyl acetate at 0.90 kg/l, smelling of pear drops; these four litres "
         "weigh 1.13 kg/l, smell faintly of fruit and machine oil and the inner caps read 'CH3NO2': nitromethane "
         "(Annex I above 16 %), sent by express from Incheon to a private person in Eindhoven who runs no nail "
         "salon; Korean wording (nitromethane repeats in very many sets and nail-polish-remover covers in a few; by "
         "express from Korea in Korean is the new part)", person("Particulier", "NL")),
        ("PRE-03", "import", "EEAIR01", "express", "CN", [], "EE", "282739",
         "三氯化铁蚀刻液 (PCB 电路板用), 4 x 1 L", "CN", 5.6, 4, 30, "USD",
         "ferric chloride etchant for hobby circuit boards is a dark brown liquid that stains everything orange; "
         "these four litres are colourless to pale yellow, fume brown when opened and turn the skin yellow: about 65 % "
         "nitric acid (Annex I above 3 %), sent by express from Shenzhen to a private person in Tartu, although "
         "corrosive liquids go by air only as declared dangerous goods; Chinese wording (nitric acid repeats in very "
         "many sets and PCB-etchant covers in several; by express from China to Estonia is the new part)",
         person("Eraisik", "EE")),
        ("PRE-04", "import", "FRPOST01", "post", "TH", [], "FR", "283330",
         "สารส้มก้อน ระงับกลิ่นกาย (โพแทสเซียมอะลัม), 5 x 1 kg", "TH", 5, 5, 900, "THB",
         "alum deodorant stones are clear, heavy crystal lumps of potassium alum sold by the piece; these five kilos "
         "are a fine white crystalline powder that flashes lilac on a match and the inner bags read CAS 7778-74-7: "
         "potassium perchlorate (Annex I above 40 %), posted from Chiang Mai to a private person in Lyon; Thai "
         "wording (potassium perchlorate repeats in very many sets and a potassium-alum aftershave cover in blind64, by "
         "post from China to Italy; alum deodorant stones posted from Thailand to France are the new part)", person("M. T. Dubois", "FR")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "250100",
         "Farmaceutska so za haloterapiju (NaCl 99,9 %), 10 x 2 kg", "BA", 20, 10, 150, "BAM",
         "halotherapy generators grind pharmaceutical sodium chloride, which does not draw damp and does not burn; "
         "these ten bags cake in the air, turn faintly yellow and spit when a grain meets a hot plate, and the inner "
         "liners read 'NaClO3': sodium chlorate (Annex I above 40 %), in the boot of a private car at Bijača for a "
         "private person in Split who runs no salt room; Bosnian wording (sodium chlorate repeats in very many sets, "
         "often under salt names such as dishwasher, de-icing and softener salt; a halotherapy-salt cover by road from "
         "Bosnia is new as far as a search found)",
         person("Privatna osoba", "HR")),
        ("PRE-06", "import", "PLROAD01", "road", "UA", [], "PL", "310210",
         "Сечовина технічна для приготування AdBlue, 8 x 25 кг", "UA", 200, 8, 9000, "UAH",
         "technical urea for mixing diesel exhaust fluid is white prills that dissolve cold and smell faintly of "
         "ammonia; these eight sacks hold prills that turn ice-cold in water, melt and fizz on a hot plate and carry "
         "'N 34,4 %' on the inner bags, where urea carries 46 %: ammonium nitrate (Annex I at 16 % N or more), in a "
         "private van at Medyka for a private person in Rzeszów with no lorry fleet; Ukrainian wording (ammonium "
         "nitrate repeats in very many sets and AdBlue-urea covers in a few; by van from Ukraine to Poland in "
         "Ukrainian is the new part)", person("Osoba prywatna", "PL")),
        ("PRE-07", "import", "GRROAD01", "road", "AL", [], "GR", "381090",
         "Pastrues për fugat e pllakave, acid sulfamik, 12 x 1 l", "AL", 22, 12, 60, "EUR",
         "grout-haze removers are dilute sulfamic or citric acid at about 1.05 kg/l; these twelve litres are oily, "
         "weigh 1.83 kg/l and blacken sugar at once: about 96 % sulphuric acid (Annex I above 15 %), in a private car "
         "at Kakavia for a private person in Ioannina; Albanian wording (sulphuric acid repeats in very many sets and "
         "tile-cleaner covers in a few; by car from Albania to Greece in Albanian is the new part)",
         person("Idiotis", "GR")),
        ("PRE-08", "import", "IEAIR01", "express", "US", [], "IE", "330510",
         "Salon hair colour kit: purple shampoo, 1 l", "US", 1.0, 1, 25, "USD",
         "a private person's hair-care order: shampoo and toner are what it says, but the third item's "
         "'cream developer 40 vol (12 %)' is a water-thin liquid at 1.20 kg/l that vents through a pierced cap, "
         "where a cream developer is thick and near 1.0 kg/l: about 50 % hydrogen peroxide (Annex I above 12 %), "
         "hidden as the last item of a three-item express declaration from Ohio to a private person in Cork; US "
         "English wording (hydrogen peroxide repeats in very many sets and 40-volume developer covers in a few; a "
         "three-item hair-colour order by express to Ireland is the new part)",
         dict(person("Ms A. Byrne", "IE"),
              _more_items=[item("330590", "Blonde toner, 2 x 250 ml", "US", 0.5, 20, "USD", qty=2),
                           item("330590", "Cream developer 40 vol (12 %), 4 x 1 l", "US", 4.8, 18, "USD", qty=4)])),
        ("PRE-09", "import", "NLPOST01", "post", "IN", [], "NL", "330690",
         "लाल दंत मंजन, आयुर्वेदिक, 20 x 250 ग्राम", "IN", 5, 20, 1200, "INR",
         "Ayurvedic tooth powders are brown or red herbal powders that taste of clove and camphor; these twenty tins "
         "hold white crystals, tasteless and cooling, that flare violet on a match, and the inner sachets read "
         "'KClO3': potassium chlorate (Annex I above 40 %), posted from Jaipur to a private person in Utrecht; "
         "Hindi wording (potassium chlorate repeats in very many sets and tooth-powder covers in a few; posted from "
         "India to the Netherlands in Hindi is the new part)", person("M. Bakker", "NL")),
        ("PRE-10", "import", "GRSEA01", "sea", "CN", [], "GR", "340290",
         "马桶除垢剂, 强效, 500 毫升零售瓶, 9600 瓶", "CN", 5800, 9600, 5760, "USD",
         "retail toilet descalers are 5-10 % hydrochloric or sulfamic acid; these half-litre bottles, bound for a "
         "chain of mini-markets that sells them over the counter, read 'HNO3 20 %' on the Chinese back label and "
         "give off brown fumes when a bottle is crushed: nitric acid above 3 % (Annex I) made available to the "
         "general public; Chinese wording (nitric acid repeats in very many sets and descaler covers in several; "
         "retail toilet descaler by sea from China to Piraeus for a mini-market chain is the new part)",
         firm("Mini Market Attiki AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "TH", "261310",
         "Molybdeenconcentraat, geroost, 60 big bags", "BE", 54000, 60, 27000, "EUR",
         "roasted molybdenum concentrate is a grey-green oxide powder sold on an assay at tens of euros a kilo; "
         "these big bags hold grey-black extrudates and spheres that smell of sulphur and warm up when a bag is "
         "opened, with about 8 % Mo, 2 % Ni and oil on them, at 0.50 EUR/kg: spent hydrotreating catalyst "
         "(16 08 02*, A2030), hazardous waste whose export to a non-OECD country is banned, for a Map Ta Phut "
         "'metal recoverer'; Dutch wording (spent catalyst repeats in many sets, as support balls and activated "
         "alumina, and as molybdenum concentrate from Belgium to China in blind42; to Thailand in Dutch is the new "
         "part)", {"importer_country": "TH"}),
        ("WST-02", "export", "SKRAIL01", "rail", "SK", [], "UA", "271312",
         "Kalcinovaný petrolejový koks, anódový, 1 400 t", "SK", 1400000, None, 28000, "EUR",
         "calcined petroleum coke for anodes is uniform black grains sold at several hundred euros a tonne; these "
         "wagons hold broken blocks of carbon cathode and firebrick, blue-white crusted with fluoride salts, that "
         "give off ammonia when rained on, at 20 EUR/t: spent pot lining from an aluminium smelter (16 11 01*, "
         "cyanide and fluoride), hazardous waste whose export to a non-OECD country is banned, by rail from Čierna "
         "nad Tisou for a Zaporizhzhia 'anode maker'; Slovak wording (spent pot lining repeats in many sets and coke "
         "covers in a few; by rail from Slovakia to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-03", "export", "PLSEA01", "sea", "PL", [], "GH", "852842",
         "Monitory CRT do gier retro, sprawne, 900 szt.", "PL", 18000, 900, 9000, "EUR",
         "collectors' retro-gaming CRT monitors are sold singly, tested and padded, at 100-400 EUR; these 900 are "
         "stacked loose in a container, many with cracked screens, missing backs and cut cables, at 10 EUR each: "
         "waste cathode-ray tubes with lead glass (16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, from Gdynia for an Accra 'electronics shop'; Polish wording (CRT waste to West Africa repeats in "
         "many sets and a retro-gaming cover appears once; from Poland to Ghana in Polish is the new part)",
         {"importer_country": "GH"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "NG", "854143",
         "Moduli fotovoltaici usati, testati, 150 W, 2 000 pezzi", "IT", 36000, 2000, 20000, "EUR",
         "tested second-hand PV modules travel with a flash-test report per panel, stacked on pallets with corner "
         "protection; these 2,000 thin-film panels from a hail-damaged plant in Apulia have shattered glass and torn "
         "edge seals, carry 'CdTe' on their labels and come with no test report, at 10 EUR each: broken "
         "cadmium-telluride photovoltaic panels (16 02 13*, cadmium), hazardous waste whose export to a non-OECD "
         "country is banned, for a Lagos 'solar installer'; Italian wording (used PV panels repeat in several sets; "
         "hail-broken thin-film panels from Italy to Nigeria are the new part)", {"importer_country": "NG"}),
        ("WST-05", "export", "HURAIL01", "rail", "HU", [], "RS", "382000",
         "Jégtelenítő folyadék, regenerált, glikol alapú, 20 tartálykocsi", "HU", 1200000, 20, 24000, "EUR",
         "regenerated de-icing fluid is distilled glycol with a certificate of analysis; these tank wagons hold a "
         "brown mixture of spent engine coolant and aircraft de-icing run-off with oil, metals and 60 % water, at "
         "0.02 EUR/kg: waste antifreeze containing hazardous substances (16 01 14*), hazardous waste whose export to "
         "a non-OECD country is banned, by rail from Kelebia for a Novi Sad 'chemicals trader'; Hungarian wording "
         "(waste glycol repeats in several sets; as regenerated de-icer by rail to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "GN", "870323",
         "Véhicules d'occasion, berlines, 3 unités, avec pièces détachées", "BE", 3600, 3, 4500, "EUR",
         "a used-car container to Conakry: three sedans are what it says, and the tyres are part-worn with legal "
         "tread, but the third item's 'car spare parts' is 160 scrap lead-acid batteries, cracked, leaking acid and "
         "without terminals, packed between the cars: waste lead-acid batteries (16 06 01*, A1160), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration from "
         "Antwerp; French wording (scrap batteries in used-car containers repeat in many sets; Antwerp to Guinea as "
         "the last item of a car container is kept and named as a possible repeat)",
         dict({"importer_country": "GN"},
              _more_items=[item("401220", "Pneus d'occasion, rechapables, 40 unités", "BE", 320, 400, "EUR", qty=40),
                           item("870899", "Pièces détachées automobiles, assorties", "BE", 2400, 800, "EUR")])),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "EG", "262110",
         "Escoria de cobre, granalla para chorreado, 22 t", "ES", 22000, None, 660, "EUR",
         "new copper-slag blasting grit is clean black angular grains in bags with a grading sheet; this is used grit "
         "swept from a Cartagena dry dock, mixed with flakes of red and black anti-fouling paint and smelling of "
         "solvent, at 0.03 EUR/kg: spent blasting material containing hazardous substances (12 01 16*, organotin "
         "and copper paint), hazardous waste whose export to a non-OECD country is banned, for an Alexandria 'ship "
         "repairer'; Spanish wording (spent grit repeats in a few sets; from a Spanish dry dock to Egypt is the new "
         "part)", {"importer_country": "EG"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "BY", "700100",
         "Glasscherben, sortiert, weiß, für Behälterglas, 22 t", "DE", 22000, None, 440, "EUR",
         "furnace-ready white cullet is clean, sorted and free of metal; this load is fine crushed tube glass with "
         "white phosphor powder, aluminium end caps and a mercury-vapour warning on the collection skips: crushed "
         "fluorescent lamps (20 01 21*, mercury), hazardous waste whose export to a non-OECD country is banned, "
         "by road through Poland for a Brest 'glass works' in Belarus; German wording (lamps as cullet repeat in "
         "some sets; by road from Germany to Belarus is the new part, a route also closed by sanctions to many goods)",
         {"importer_country": "BY"}),
        ("WST-09", "transit", "ITSEA01", "sea", "CH", ["IT"], "EG", "382510",
         "Combustibile solido secondario (CSS), pellet, EN 15359, 24 t", "CH", 24000, None, 480, "CHF",
         "certified solid recovered fuel is dry, shredded paper and plastic pressed into pellets with a class "
         "certificate; these pellets are dark, oily fluff with wire, glass and foam, from a Swiss car shredder, with "
         "no certificate, at 0.02 CHF/kg: automotive shredder residue (19 10 03*), hazardous waste whose export to "
         "a non-OECD country is banned and whose transit through the Union had no notification, trucked to Genoa "
         "and shipped in transit to Alexandria; Italian wording (shredder residue and RDF covers repeat in many "
         "sets; from Switzerland through Genoa in transit is the new part)", {"importer_country": "EG"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "853229",
         "Kompenzační rozvaděče, použité, funkční, 30 ks", "CZ", 9000, 30, 3000, "EUR",
         "used power-factor correction cabinets for re-use are tested units with modern dry capacitors; these 30 "
         "cabinets from a 1970s works hold oil-filled capacitors labelled 'Askarel' and leaking a sweet-smelling oil: "
         "equipment containing PCBs (16 02 09*), hazardous waste and a persistent organic pollutant whose export to a "
         "non-OECD country is banned, by road for a Niš 'scrap trader'; Czech wording (PCB capacitors repeat in "
         "several sets; as capacitor cabinets by road from Czechia to Serbia is the new part)",
         {"importer_country": "RS"}),
    ],
    "ozone": [
        ("ODS-01", "import", "BGROAD01", "road", "TR", [], "BG", "290312",
         "Diklorometan bazlı boya sökücü, endüstriyel, 40 varil", "TR", 9600, 40, 14400, "USD",
         "dichloromethane strippers are clear liquids at 1.33 kg/l sold with their REACH restriction label for "
         "professional use; these drums hold a liquid at 1.99 kg/l, boiling near 68 °C, whose supplier invoice reads "
         "'CH2BrCl': bromochloromethane (halon 1011, an ozone-depleting substance, Annex I group IX) whose import "
         "is banned, declared as methylene chloride by lorry at Kapitan Andreevo for a Plovdiv 'paint-shop "
         "supplier'; Turkish wording (bromochloromethane under a dichloromethane label repeats in blind17 and blind70, "
         "by air and sea into Italy; by road from Türkiye to Bulgaria is the new part)", firm("Boi Plovdiv OOD", "BG")),
        ("ODS-02", "import", "CYSEA01", "sea", "EG", [], "CY", "392111",
         "ألواح عزل بوليسترين مبثوق XPS، نفخ HFO-1234ze، 30 ملم، 1800 لوح", "EG", 6500, 1800, 9000, "USD",
         "XPS boards blown with HFO-1234ze cost about a third more than older boards and say so on each print; these "
         "boards from a plant that never converted carry no blowing-agent print, their cells give off a faintly "
         "sweet gas when cut, and the mill certificate names '142b/22': extruded polystyrene blown with HCFC-142b and "
         "HCFC-22, products containing controlled substances whose import is banned, for a Limassol builder; Arabic "
         "wording (XPS blown with HCFCs repeats in several sets, once declared CO2-blown; an HFO-1234ze label from "
         "Egypt to Cyprus is the new part)", firm("Limassol Build Supply Ltd", "CY")),
        ("ODS-03", "import", "LTAIR01", "air", "KZ", [], "LT", "880730",
         "Гидроаккумуляторы азотные, б/у, для самолётов Ан-2, 14 шт.", "KZ", 140, 14, 2100, "USD",
         "nitrogen hydraulic accumulators are painted black, charged to a few bar and fitted with a hydraulic port; "
         "these fourteen red spherical bottles carry a squib, a burst disc and a gauge reading 42 bar, and the "
         "stencil on the neck reads 'хладон 13В1': used aircraft engine fire bottles charged with halon 1301 (an "
         "ozone-depleting substance, Annex I group III), imported without a licence for a critical use, flown from "
         "Almaty to Kaunas for a private collector of old aircraft; Russian wording (halon 1301 repeats in very many "
         "sets and nitrogen-accumulator covers once; An-2 bottles from Kazakhstan are new as far as a search found)",
         person("Privatus asmuo", "LT")),
        ("ODS-04", "import", "ROSEA01", "sea", "SA", [], "RO", "841869",
         "مبرد طرد مركزي مستعمل 500 طن تبريد، غاز R-1233zd(E)، وحدة واحدة", "SA", 9800, 1, 60000, "USD",
         "centrifugal chillers on R-1233zd(E) are recent low-pressure machines with a 2015-or-later nameplate; this "
         "1988 machine from a Riyadh shopping mall has its original nameplate under a new sticker, a purge unit "
         "typical of CFC machines and 650 kg of refrigerant in the shell whose sample reads CFC-11: used equipment "
         "containing an ozone-depleting substance (Annex I group I), whose import is banned, for a Constanța "
         "'industrial cooling' firm; Arabic wording (chillers with CFC-11 or HCFC-123 repeat in several sets and R-1233zd(E) "
         "labels on drums in several more; a whole used chiller re-stickered from Saudi Arabia to Romania is new as "
         "far as a search found)",
         firm("Frig Industrial Constanța SRL", "RO")),
        ("ODS-05", "import", "ESSEA01", "sea", "AU", [], "ES", "291513",
         "Ethyl formate fumigant (liquefied, in CO2), 48 cylinders", "AU", 2400, 48, 19000, "AUD",
         "ethyl formate fumigants come dissolved in carbon dioxide, smell of rum and leave no residue; these 48 "
         "cylinders hold a liquid twice as dense, odourless and with a tear-gas warning agent, and the cylinder "
         "valves carry the old 'MB 98' stamp: methyl bromide (Annex I group VI), whose import and use for "
         "quarantine fumigation is banned in the Union, for a Valencia 'fumigation contractor' treating export "
         "citrus; Australian English wording (methyl bromide repeats in very many sets and an ethyl-formate label "
         "appears in a few; by sea from Australia to Spain is the new part)",
         firm("Fumigaciones Levante SL", "ES")),
        ("ODS-06", "export", "PTSEA01", "sea", "PT", [], "AO", "382769",
         "Fluido frigorigéneo R-513A, garrafas de 11,3 kg, 380 unidades", "PT", 4300, 380, 7600, "EUR",
         "new R-513A is sold in grey-green returnable cylinders at 30-60 EUR/kg, filled under the importer's quota; "
         "these 380 are dented mixed cylinders of recovered gas from scrapped split units, at 1.70 EUR/kg, and the "
         "sampled gas is HCFC-22: recovered R-22 (Annex I group VIII) whose export from the Union is banned, "
         "declared as an HFC/HFO blend for a Luanda 'air-conditioning shop'; Portuguese wording (R-22 repeats in very "
         "many sets; under an R-513A label from Portugal to Angola is new as far as a search found)",
         {"importer_country": "AO"}),
        ("ODS-07", "import", "NLAIR01", "express", "HK", [], "NL", "382790",
         "冷凍噴霧 HFC-152a, 電子維修用, 400 ml x 48", "HK", 16, 48, 1900, "HKD",
         "HFC-152a freeze sprays for tracing faults on circuit boards cost a few euros a can and are flammable; "
         "these 48 cans are printed 'R-12 Freezer 75' under the sticker, are non-flammable, chill far colder than "
         "152a and carry a 1980s-style ozone warning: CFC-12 (Annex I group I) whose import is banned, sent by "
         "express from Kowloon to a repair shop in Rotterdam; traditional Chinese wording (CFC-12 repeats in very "
         "many sets and freeze-spray covers in a few; from Hong Kong in traditional Chinese is the new part)",
         firm("Orion Reparatie Service BV", "NL")),
        ("ODS-08", "import", "GRROAD01", "road", "MK", [], "GR", "381400",
         "Средство за отстранување дамки од теписи, 20 x 5 л", "MK", 160, 20, 600, "EUR",
         "carpet spot removers are water-based detergents or citrus solvents at about 1.0 kg/l; these twenty "
         "canisters hold a heavy, non-flammable liquid at 1.59 kg/l with a sweet chloroform-like smell, and the "
         "drum labels under the stickers read 'CCl4': carbon tetrachloride (Annex I group IV) whose import is banned "
         "save for feedstock and licensed laboratory uses, by lorry at Evzonoi for a Thessaloniki carpet-cleaning "
         "firm; Macedonian wording (carbon tetrachloride repeats in very many sets and spot-remover covers in a few; "
         "by road from North Macedonia to Greece in Macedonian is the new part)",
         firm("Katharismos Chalkidiki AE", "GR")),
        ("ODS-09", "import", "BGSEA01", "sea", "GE", [], "BG", "290351",
         "ავტოკონდიციონერის ფრეონი R-1234yf, 5 კგ ბალონები, 120 ცალი", "GE", 600, 120, 6000, "USD",
         "HFO-1234yf comes in white cylinders with a left-hand thread and costs over 50 USD/kg; these 120 cylinders "
         "have right-hand valves, cost 10 USD/kg and hold a gas whose pressure-temperature reading and a leak "
         "detector both give CFC-12: dichlorodifluoromethane (Annex I group I) whose import is banned, on the Poti-"
         "Varna ferry for a Varna car-service supplier; Georgian wording (CFC-12 as car-air-conditioning gas "
         "repeats in many sets, under an R-1234yf label once, in transit to Nigeria in blind75; from Georgia by "
         "ferry to Bulgaria is the new part)", firm("Avtoklima Varna EOOD", "BG")),
        ("ODS-10", "export", "NLSEA01", "sea", "NL", [], "SR", "842410",
         "AFFF-schuimblussers 6 l, gereviseerd, 200 stuks", "NL", 1800, 200, 4000, "EUR",
         "overhauled 6-litre foam extinguishers are filled with water and foam, weigh about 10 kg and carry a "
         "service label; these 200 are small, heavy red cylinders with a liquefied-gas gauge and 'BCF' under the "
         "repainted label, taken out of ships and aircraft hangars: halon 1211 extinguishers (Annex I group III), "
         "products containing an ozone-depleting substance whose export from the Union is banned outside licensed "
         "critical uses, for a Paramaribo 'safety supplier'; Dutch wording (halon 1211 repeats in very many sets; as "
         "overhauled foam extinguishers from the Netherlands to Suriname is new as far as a search found)",
         {"importer_country": "SR"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "680291",
         "أغطية مصابيح من المرمر اليمني، خام للنحت، 14 قطعة", "OM", 160, 14, 700, "USD",
         "alabaster lampshade blanks are turned, thin-walled bowls of fresh white stone; these fourteen are solid "
         "stylised heads and stelae with inlaid-eye sockets, South Arabian letters on the bases, root marks and old "
         "lime crust: Sabaean and Qatabanian funerary heads (1st millennium BC) taken from Yemen's looted cemeteries, "
         "flown from Dubai to Frankfurt with an Omani origin on the invoice, without export permission from Yemen or "
         "an import licence under Regulation 2019/880; Arabic wording (South Arabian alabaster repeats in several sets; "
         "a lampshade-blank cover is new as far as a search found)", firm("Orient Licht Handel GmbH", "DE")),
        ("CUL-02", "import", "FRPOST01", "post", "EG", [], "FR", "482390",
         "أقنعة من الورق المعجن، هدايا تذكارية على الطراز الفرعوني، 3 قطع", "EG", 2.4, 3, 60, "USD",
         "papier-mâché pharaonic masks sold at bazaars are bright, light and stamped on the back; these three are "
         "dull, cracked layers of linen and plaster with painted gesso, and the broken edge shows layers of written "
         "papyrus inside: Ptolemaic mummy cartonnage containing papyrus texts, archaeological objects of Egypt "
         "exported without permission (Egyptian law 117/1983, Regulation 2019/880), posted from Luxor to a private "
         "person in Montpellier; Egyptian Arabic wording (cartonnage as papier-mâché repeats in blind4 and blind76; "
         "posted from Luxor to France as souvenir masks is the new part)", person("Mme Claire Martin", "FR")),
        ("CUL-03", "export", "ITAIR01", "express", "IT", [], "KR", "920210",
         "Violino da studio 4/4, di fabbrica, con custodia, 1 pezzo", "IT", 3, 1, 350, "EUR",
         "factory student violins are spray-varnished, with machine-cut scrolls and a printed label, at a few "
         "hundred euros; this one has an oil varnish worn through at the shoulder, a hand-cut scroll, old cleat "
         "repairs inside and a label 'Sanctus Seraphin Utinensis fecit Venetiis 1732': a Venetian violin of the "
         "1730s worth several hundred thousand euros, a cultural good over 100 years old above the value "
         "threshold, exported without the export licence of Regulation 116/2009 or the Italian certificate, "
         "sent by express from Milan to a Seoul 'music school'; Italian wording (old violins as student violins repeat "
         "in blind25 and blind42, by air to China and Japan; by express to Korea is the new part)", {"importer_country": "KR"}),
        ("CUL-04", "import", "NLSEA01", "sea", "NP", [], "NL", "441811",
         "नयाँ कुँदिएको झ्यालको फ्रेम, नेवारी शैली, 6 थान", "NP", 900, 6, 1800, "USD",
         "new Newar-style carved frames are pale sal wood, sharp-edged and oiled; these six are dark, weathered "
         "struts and a window with worn deities, old nail holes, pigeon stains and the mortise pegs of a temple "
         "roof: 17th-18th-century temple roof struts and a window taken from a Kathmandu-valley shrine, exported "
         "without the Department of Archaeology's clearance, shipped through Kolkata to Rotterdam for a furniture "
         "importer; Nepali wording (Newar woodwork repeats in several sets, as a new carved window by air to "
         "Germany in blind72; six struts and a window by sea to Rotterdam are the new part)", firm("Himal Interieur Import BV", "NL")),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "630120",
         "Mantas de alpaca tejidas a mano, 30 unidades", "PE", 90, 30, 3600, "USD",
         "a Peruvian handicraft order: alpaca throws and Pucará clay bulls are what they say, but the third item's "
         "'tapices de alpaca, estilo antiguo' are six faded cotton and camelid gauze panels with birds and fish, "
         "brittle, earth-stained and with grave sand in the folds: Chancay textiles (1000-1470) from looted "
         "burials of the Chancay valley, hidden as the last item of a three-item declaration, exported without "
         "the Ministry of Culture's permission, flown from Lima to Madrid; Peruvian Spanish wording (Chancay "
         "textiles as alpaca tapestries repeat in blind65 and blind69; hidden as the third item of an air-freight "
         "handicraft order is the new part)",
         dict(firm("Artesanía Andina Delta SL", "ES"),
              _more_items=[item("691390", "Toritos de Pucará, cerámica, 40 unidades", "PE", 60, 800, "USD", qty=40),
                           item("580500", "Tapices de alpaca, estilo antiguo, 6 unidades", "PE", 4, 300, "USD", qty=6)])),
        ("CUL-06", "import", "ITAIR01", "air", "AE", [], "IT", "711291",
         "ضایعات طلا برای ذوب، ۲٫۴ کیلوگرم", "AF", 2.4, None, 90000, "USD",
         "refinery gold scrap is broken jewellery and dental gold sold by weight at the metal price; this lot is "
         "320 small, hand-struck coins with Greek legends and kings' portraits, worn but unbroken, with a green "
         "earth crust: Graeco-Bactrian and Kushan gold and silver coins from looted sites in northern Afghanistan, "
         "priced at melt value, flown from Dubai to Arezzo without export permission or an import licence under "
         "Regulation 2019/880; Dari wording (coins as scrap gold repeat in several sets; Bactrian coins through "
         "Dubai to Arezzo is new as far as a search found)", firm("Oro Aretino Meridian Srl", "IT")),
        ("CUL-07", "import", "HRROAD01", "road", "ME", [], "HR", "740400",
         "Otpaci mesinga, rezani, 40 kg", "ME", 40, None, 160, "EUR",
         "brass offcuts are bright, machined pieces from workshops; these are thin, green-patinated bronze sheets "
         "with punched Latin letters, two holes for binding wire and fragments of a list of consuls and witnesses: "
         "Roman military diplomas (2nd century AD) and other detector finds from Montenegrin sites, archaeological "
         "objects exported without permission, in the boot of a car at Debeli Brijeg for a private person in "
         "Dubrovnik; Montenegrin wording (Roman diplomas repeat in a few sets; as brass scrap by car from Montenegro "
         "is the new part)", person("Privatna osoba", "HR")),
        ("CUL-08", "import", "SEAIR01", "air", "ET", [], "SE", "491191",
         "የመታሰቢያ የብራና ጥቅልሎች፣ አዲስ፣ 12", "ET", 6, 12, 240, "USD",
         "souvenir prayer scrolls sold in Addis are new strips of goat parchment with bright felt-pen figures; "
         "these twelve are dark, soot-stained and worn soft, in Ge'ez with faded red rubrics and with old leather "
         "cases, with two bound psalters among them: 18th-19th-century Ethiopian healing scrolls and manuscripts "
         "exported without the Authority for Research and Conservation of Cultural Heritage's permit, flown from "
         "Addis Ababa to Stockholm for a Uppsala 'gift shop'; Amharic wording (Ethiopian manuscripts repeat in "
         "several sets and souvenir-scroll covers in blind17 and blind69, to Italy; to Sweden with psalters among "
         "them is the new part)", firm("Horisont Present AB", "SE")),
        ("CUL-09", "export", "LTAIR01", "express", "LT", [], "US", "711420",
         "Sidabruota stalo indų taurė, nauja, 1 vnt.", "LT", 0.6, 1, 45, "EUR",
         "modern silver-plated goblets are bright and seamless with a maker's stamp; this chalice is gilded solid "
         "silver, hand-chased with a Latin dedication, a Vilnius assay mark and a 1690s date, and the paten is "
         "packed with it: a baroque church chalice, a cultural good over 100 years old exported without the "
         "Lithuanian export permit or the export licence of Regulation 116/2009, sent by express from Vilnius to a "
         "private buyer in Chicago; Lithuanian wording (church silver repeats in a few sets; as plated tableware "
         "from Lithuania by express is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "BEAIR01", "air", "EG", [], "BE", "691390",
         "مزهريات فخارية ملونة، هدايا تذكارية، 8 قطع", "EG", 14, 8, 120, "USD",
         "painted clay souvenir vases are thick, bright and glazed inside; these eight are thin-walled, "
         "egg-shell fine, with brown and red vines and ankh friezes, museum inventory numbers in white ink on the "
         "bases and old restorations: Meroitic painted fine ware from Sudan, of the kind looted from Khartoum's "
         "museums during the war, flown from Cairo to Brussels with an Egyptian origin, without Sudanese export "
         "permission or an import licence (Regulation 2019/880); Sudanese Arabic wording (Sudanese antiquities "
         "repeat in several sets; Meroitic ware as souvenir vases via Cairo is new as far as a search found)",
         firm("Galerie Nil Central SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "SISEA01", "sea", "SI", [], "LB", "382440",
         "Pomožno sredstvo za mletje cementa, na osnovi glikola, 40 IBC", "SI", 40000, 40, 56000, "EUR",
         "glycol-based cement grinding aids are blends sold with a data sheet and a recipe number; these IBCs hold a "
         "single pure, viscous, ammonia-smelling liquid whose certificate of analysis reads 'TEA 99 %, CAS 102-71-6' "
         "for a Beirut 'cement trader' with no mill: triethanolamine, a chemical-weapons precursor (1C350) exported "
         "without the dual-use export licence of Regulation 2021/821, shipped from Koper; Slovenian wording "
         "(triethanolamine and grinding-aid covers repeat in several sets; from Slovenia to Lebanon in Slovenian is "
         "the new part)", {"importer_country": "LB"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AM", "841410",
         "Vakuumpumpen für Melkanlagen, Drehschieber, 12 Stück", "DE", 480, 12, 9600, "EUR",
         "milking-machine vacuum pumps are oil-lubricated rotary-vane pumps at a few hundred euros; these twelve "
         "are turbomolecular pumps with stainless flanges and magnetic bearings, at 8,000 EUR each on the maker's "
         "price list, sold to a Yerevan 'dairy equipment' firm whose forwarder books them on to Tabriz: vacuum pumps "
         "of the kind listed for Iran in Regulation 267/2012 (Annex II) and controlled as dual-use, exported to Iran "
         "through Armenia without authorisation; German wording (turbomolecular pumps and milking covers repeat in a "
         "few sets; by air to Yerevan with an onward Tabriz booking is the new part)", {"importer_country": "AM"}),
        ("STR-03", "transit", "DEAIR01", "air", "CH", ["DE"], "AE", "850440",
         "Solar-Wechselrichter, 3-phasig, 20 kW, 16 Stück", "CH", 640, 16, 48000, "CHF",
         "solar inverters convert panel current to 50 Hz mains and are certified to grid codes; these sixteen have "
         "no grid-code label, a programmable output up to 1,200 Hz and harmonic distortion under 2 %, and the "
         "Dubai consignee forwards to an Iranian 'textile machinery' buyer: frequency changers of the kind used "
         "for gas centrifuges (3A225), whose transit to Iran through the Union is prohibited, flown from Zurich "
         "and trucked to Frankfurt in transit to Dubai; Swiss German wording (frequency changers repeat in several "
         "sets and solar-inverter covers in a few; in transit through Frankfurt from Switzerland is the new part)",
         {"importer_country": "AE"}),
        ("STR-04", "import", "SKROAD01", "road", "UA", [], "SK", "401170",
         "Сільськогосподарські шини, виробник Росава, 420/85R34, 60 шт.", "UA", 9000, 60, 36000, "EUR",
         "Ukrainian farm tyres from Bila Tserkva carry the Rosava moulding and a Ukrainian DOT plant code; these 60 "
         "tractor tyres have the moulded maker's name ground off, a Bobruisk plant code in the DOT line and the bead "
         "marking 'Belshina': tyres of Belarusian origin, whose import into the Union is prohibited (Regulation "
         "765/2006), declared as Ukrainian at Vyšné Nemecké for a Michalovce farm-supply dealer; Ukrainian wording "
         "(Belarusian tyres under other origins repeat in several sets, as Serbian, Kazakh and Turkish; as Ukrainian "
         "tractor tyres into Slovakia is new as far as a search found)", firm("Agro Zemplín s.r.o.", "SK")),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "KG", "845090",
         "Steuerplatinen für Waschmaschinen, bestückt, 300 Stück", "DE", 60, 300, 3000, "EUR",
         "washing-machine control boards are green PCBs with relays and a display connector, packed singly; these "
         "boxes hold 40 sealed reels of 32-bit ARM microcontrollers (3,000 pieces a reel) worth 120,000 EUR at "
         "distributor prices, for a Bishkek 'appliance repairer' with a Moscow delivery address on the packing list: "
         "integrated circuits on the Common High Priority List, whose export to Kyrgyzstan for re-export to Russia "
         "is prohibited (Regulation 833/2014, Art. 12g and Annex XXIII), sent by express; German wording "
         "(microcontrollers to Russia through Central Asia repeat in many sets and washing-machine covers in three, "
         "blind26 from Germany to Kyrgyzstan among them; this row is a knowing repeat of that cover, with reels "
         "declared as finished boards as its only new part)", {"importer_country": "KG"}),
        ("STR-06", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "760511",
         "Алюминий сым катанка, 9,5 мм, 60 т", "KZ", 60000, None, 150000, "USD",
         "Kazakh aluminium wire rod comes from Pavlodar with a mill certificate in Kazakh and Russian; these coils "
         "carry tags from the Krasnoyarsk and Irkutsk plants under the new labels, and the railway bill starts at a "
         "Siberian station: aluminium wire of Russian origin, whose import into the Union is prohibited "
         "(Regulation 833/2014, Art. 3i, Annex XXI), declared as Kazakh at Małaszewicze for a Polish cable maker; "
         "Kazakh wording (Russian aluminium repeats in a couple of sets; wire rod by rail as Kazakh is new as far as "
         "a search found)", firm("Kable Meridian Sp. z o.o.", "PL")),
        ("STR-07", "export", "SESEA01", "sea", "SE", [], "CN", "722830",
         "Verktygsstål, varmvalsade stänger, 80 mm, 12 t", "SE", 12000, None, 48000, "EUR",
         "hot-rolled tool-steel bars cost 3-5 EUR/kg and carry a grade such as 1.2344; these bars read 'C300' on the "
         "heat certificate under the sticker, analyse at 18 % nickel, 9 % cobalt and 5 % molybdenum and cost twice "
         "as much: maraging steel with an ultimate tensile strength of about 2,000 MPa (1C116), used for centrifuge "
         "rotors and missile casings, exported without the dual-use licence of Regulation 2021/821, by sea from "
         "Gothenburg for a Dalian 'mould maker'; Swedish wording (maraging steel repeats in several sets, several times as "
         "tool steel; from Sweden to China is the new part)", {"importer_country": "CN"}),
        ("STR-08", "export", "GRROAD01", "road", "GR", [], "TR", "850131",
         "Σερβοκινητήρες για τηλεκατευθυνόμενα αυτοκίνητα, 400 τεμάχια", "GR", 160, 400, 60000, "EUR",
         "hobby RC-car servos are small plastic units at 10-40 EUR; these 400 are aluminium-cased brushless servos "
         "with CAN-bus connectors, rated for -40 °C and 50 kg·cm, at 150 EUR each, for an Istanbul 'hobby shop' "
         "whose forwarder sends them on to Tehran: actuators for unmanned aerial vehicles listed in Regulation "
         "2023/1529 (Iran's drone programme), exported for use in Iran without authorisation, by road through "
         "Kipoi; Greek wording (drone components to Iran through Türkiye repeat in several sets and RC-servo covers in "
         "blind49 and blind72; by road from Greece to Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "GE", "842240",
         "Macchine confezionatrici automatiche, usate, 4 unità", "IT", 9200, 4, 36000, "EUR",
         "used packing machines are frames with film rolls, sealing jaws and conveyors; these four crates hold "
         "six-axis articulated arms with controllers and teach pendants, each with a payload of 50 kg: industrial "
         "robots, whose sale and export for use in Russia is prohibited (Regulation 833/2014, Annex XXIII), sold "
         "to a Poti 'food processor' whose trucking order runs on through Upper Lars to Vladikavkaz, by sea from "
         "La Spezia; Italian wording (robots as used packing machines appear in blind76, by rail from Poland to "
         "Uzbekistan; by sea from Italy through Georgia is the new part)", {"importer_country": "GE"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "PK", "841480",
         "Reifenfüller, Druckluft, für Werkstätten, 20 Stück", "AT", 120, 20, 3000, "EUR",
         "a tyre-workshop order: the inflators and valve stems are what they say, but the third item's 'tyre "
         "pressure gauges' are 24 corrosion-resistant capacitance manometers with nickel diaphragms, full scale "
         "of 100 torr and accuracy better than 1 %, at 2,500 EUR each: pressure transducers of the kind used in "
         "uranium enrichment (2B230), hidden as the last item of a three-item declaration, exported without the "
         "dual-use licence for a Rawalpindi 'tyre dealer', by air from Vienna; Austrian German wording (pressure "
         "transducers as tyre gauges repeat in several sets, to Dubai and Türkiye; hidden in a three-item workshop "
         "order to Pakistan is the new part)",
         dict({"importer_country": "PK"},
              _more_items=[item("848180", "Reifenventile, Metall, 2 000 Stück", "AT", 30, 1200, "EUR", qty=2000),
                           item("902620", "Reifendruckmesser, digital, 24 Stück", "AT", 12, 480, "EUR", qty=24)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "BR", [], "PT", "030484",
         "Lombos de espadarte congelados, sem pele, 18 t", "BR", 18000, None, 99000, "USD",
         "frozen swordfish loins are pale pink to beige with a tight whorled grain and a dark bloodline; these "
         "cartons hold ivory-white, fine-grained loins that smell faintly of ammonia when thawed, and a few carry "
         "the dark-blue skin of a shark's back: shortfin mako (Isurus oxyrinchus, CITES App. II) without a CITES "
         "export permit or introduction-from-the-sea certificate, shipped from Itajaí to Leixões for a fish "
         "processor; Brazilian Portuguese wording (mako repeats in many sets, as swordfish among them; from Brazil "
         "to Portugal as skinless loins is the new part)", firm("Pescados Atlântico Lda", "PT")),
        ("WLF-02", "import", "LVAIR01", "air", "KZ", [], "LV", "050790",
         "Стружка козьего рога для пуговиц, 40 кг", "KZ", 40, None, 1200, "USD",
         "goat-horn shavings for button makers are dark grey-black and opaque; these are amber-translucent, "
         "waxy shavings and ringed horn tips that glow red against a torch, at 30 USD/kg where goat horn costs a "
         "few: saiga antelope horn (Saiga tatarica, CITES App. II, zero export quota for wild specimens) without a "
         "CITES permit, flown from Almaty to Riga for a 'button workshop'; Russian wording (saiga horn repeats in "
         "many sets and goat-horn covers in a few; by air from Kazakhstan to Latvia is the new part)",
         firm("Rīgas Pogu Darbnīca SIA", "LV")),
        ("WLF-03", "import", "PLSEA01", "sea", "AE", [], "PL", "440349",
         "African padauk logs (Pterocarpus soyauxii), 24 t", "CM", 24000, None, 12000, "USD",
         "African padauk is coral-red when cut, fades to brown and is light and coarse; these short, crooked logs "
         "are deep blood-red, very heavy, sink in water, show wavy grain and turn water orange with a blue "
         "fluorescence: red sanders (Pterocarpus santalinus, CITES App. II) smuggled out of Andhra Pradesh and "
         "re-documented in Jebel Ali as Cameroonian padauk, without a CITES permit, for a Gdańsk 'timber trader'; "
         "English wording (red sanders repeat in several sets and padauk covers in a few; through Dubai to Poland is "
         "the new part)", firm("Drewno Orion Sp. z o.o.", "PL")),
        ("WLF-04", "import", "ATPOST01", "post", "MY", [], "AT", "392690",
         "Ukiran resin gaya netsuke, buatan tangan, 6 biji", "MY", 0.4, 6, 600, "MYR",
         "resin netsuke are moulded, uniform, with seam lines and no grain; these six are carved from a dense "
         "material with a red-orange skin over a creamy core, warm to the touch and unscratched by a needle: "
         "helmeted hornbill casque (Rhinoplax vigil, CITES App. I) without CITES documents, posted from Kota "
         "Kinabalu to a private collector in Graz; Malay wording (hornbill casque repeats in many sets and resin "
         "covers in a few; posted from Malaysia to Austria in Malay is the new part)", person("Thomas Gruber", "AT")),
        ("WLF-05", "import", "ITAIR01", "air", "BO", [], "IT", "510219",
         "Fibra de alpaca bebé, descerdada, 60 kg", "BO", 60, None, 9000, "USD",
         "baby alpaca fibre is 20-23 micron, sold in white, fawn and brown; this fibre is cinnamon-coloured with "
         "a white belly tone, 12-13 micron and at 150 USD/kg costs three times alpaca: vicuña fibre (Vicugna "
         "vicugna, CITES App. II only with the 'VICUÑA-BOLIVIA' marking from live-shorn animals of listed "
         "populations), from poached animals without the marking or a CITES permit, flown from La Paz to Milan for "
         "a Biella spinner; Bolivian Spanish wording (vicuña repeats in several sets and alpaca covers in a few; "
         "from Bolivia to Italy by air is the new part)", firm("Filati Alpina Biella Srl", "IT")),
        ("WLF-06", "import", "FRAIR01", "air", "FJ", [], "FR", "681099",
         "Artificial aquarium rock, ceramic, with marine water, 30 boxes", "FJ", 600, 30, 3000, "USD",
         "artificial aquarium rock is dry, shipped in plain cartons; these insulated boxes hold bags of sea water "
         "with live, coloured stony corals (Acropora, Euphyllia and Goniopora) glued to rock bases, at 100 USD a "
         "box: live scleractinian corals (CITES App. II) without CITES permits, flown from Nadi to Paris for a "
         "Lyon aquarium shop; Fijian English wording (live coral repeats in many sets and rock covers in a few; as "
         "ceramic rock from Fiji is new as far as a search found)", firm("Récif Rivage SARL", "FR")),
        ("WLF-07", "import", "ESROAD01", "road", "MA", [], "ES", "691390",
         "Tortues décoratives en céramique, souvenir, 40 pièces", "MA", 20, 40, 400, "MAD",
         "ceramic souvenir tortoises are glazed and hollow; in this car's door panels and spare-wheel well, "
         "behind ten glazed ones, travel 30 live, small yellow-and-black tortoises wrapped in socks: spur-thighed "
         "tortoises (Testudo graeca, CITES App. II, Annex A of Regulation 338/97) without CITES documents, on the "
         "Tanger Med - Algeciras ferry for a private person in Málaga; Moroccan French wording (Testudo repeats in "
         "many sets and a ceramic-tortoise cover in blind45, by road from Türkiye; live tortoises behind ceramic ones "
         "in a car from Morocco are the new part)",
         person("Sr. J. García", "ES")),
        ("WLF-08", "import", "ESSEA01", "sea", "CG", [], "ES", "440729",
         "Bois scié d'iroko (Milicia excelsa), KD, 60 m3", "CG", 40000, None, 42000, "EUR",
         "iroko is yellow-brown, darkening to copper, with interlocked grain and calcium deposits; these planks are "
         "yellow-brown too but finer, harder, turn dark olive-brown on the light and lack the white stone "
         "deposits: afrormosia (Pericopsis elata, CITES App. II) without a CITES export permit, shipped from "
         "Pointe-Noire to Valencia for a parquet maker; Congolese French wording (afrormosia as iroko repeats in "
         "several sets, from the DR Congo and Cameroon to Antwerp; from Congo-Brazzaville to Spain is the new "
         "part)", firm("Parquets Levante SL", "ES")),
        ("WLF-09", "transit", "NLAIR01", "air", "LK", ["NL"], "HK", "071239",
         "වියළි බිම්මල් පෙති, 120 kg", "LK", 120, None, 1800, "USD",
         "dried mushroom slices are light, brown and smell of earth; these are dark, feathery, comb-like plates "
         "that smell of fish and salt: gill plates of manta and devil rays (Mobula spp., CITES App. II) without "
         "CITES permits, flown from Colombo through Schiphol in transit to Hong Kong; Sinhala wording (manta gill "
         "plates repeat in many sets; as dried mushrooms in transit through Schiphol is new as far as a search "
         "found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "CZPOST01", "post", "VN", [], "CZ", "121190",
         "Trà thảo dược mật gấu, 10 hộp", "VN", 1.2, 10, 6000000, "VND",
         "herbal 'bear-gallbladder' teas sold in Vietnamese shops are plant mixes named after bile; these ten boxes "
         "hold glass vials of yellow-green bitter crystals and powder that test positive for "
         "ursodeoxycholic-acid-rich bile, at 25 USD a vial: bile of Asiatic black bear (Ursus thibetanus, CITES App. "
         "I) from farms, without CITES documents, posted from Hanoi to a private person in Cheb; Vietnamese wording "
         "(bear bile repeats in many sets, as herbal capsules from China in blind30; as herbal gallbladder tea "
         "posted from Vietnam to Czechia is new as far as a search found)", person("Soukromá osoba", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROROAD01", "road", "MD", "RO", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (beekeeping equipment disinfection)", "MD",
     7.2, 6, 1100, "MDL",
     [("PRECURSOR_LICENCE", "RO-ANR-40-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (precious-metal assaying)", "NO", 5.6, 4, 900, "NOK",
     [("PRECURSOR_LICENCE", "SE-MSB-40-0263")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "381590",
     "Spent hydrotreating catalyst, Ni-Mo on alumina (16 08 02*), for metal recovery at a licensed plant, 60 big bags",
     "NO", 54000, 60, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-40-0088")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "SKROAD01", "road", "RS", "SK", "854911",
     "Waste lead-acid batteries, undrained (16 06 01*), for a licensed secondary lead smelter, 22 t", "RS",
     22000, None, 0, "EUR",
     [("BASEL_CONSENT", "SK-MZP-40-0152")], "notified scrap batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "LTAIR01", "air", "GB", "LT", "290376",
     "Halon 1301, recovered and reclaimed, 8 cylinders, for critical use in aircraft engine fire protection", "GB",
     160, 8, 7200, "GBP",
     [("ODS_LICENCE", "LT-AM-ODS-40-002")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IL", "ES", "290361",
     "Methyl bromide, 10 cylinders, for feedstock use in pharmaceutical synthesis", "IL", 1000, 10, 9000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-40-004")], "methyl bromide imported under licence for feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "920210",
     "Violin, Venice, 1730s, with certificate of an expert, sold to a New York collector", "IT", 3, 1, 420000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-40-0151")], "old violin exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "LTAIR01", "air", "LT", "US", "711411",
     "Gilded silver chalice, Vilnius, 1690s, documented provenance, sold at auction", "LT", 0.6, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "LT-KPD-EXP-40-0019")], "baroque chalice exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SISEA01", "sea", "SI", "IN", "292215",
     "Triethanolamine 99 %, 20 IBC, for a Pune cement-additive formulator", "SI", 22400, 20, 36000, "EUR",
     [("EXPORT_LICENCE", "SI-MGTS-40-0071"), ("END_USER_CERTIFICATE", "IN-EUC-40-0334")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "JP", "722830",
     "Maraging steel C300 bars, 80 mm, 6 t, for a Nagoya aerospace forge", "SE", 6000, None, 60000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-40-0209"), ("END_USER_CERTIFICATE", "JP-METI-EUC-40-0047")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "ZA", "PT", "030488",
     "Frozen shortfin mako loins (Isurus oxyrinchus), longline catch within the national quota, 6 t", "ZA",
     6000, None, 30000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-40-0311")], "App. II shark meat with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuña fibre, live-shorn, 'VICUÑA-PERÚ' marked, 40 kg", "PE", 40, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-40-0058")], "App. II vicuña fibre with its export permit and marking"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Privatperson", "PRM-05": "Baltic Aero Technics UAB",
    "PRM-07": "Mr D. Feldman", "PRM-11": "Pescados Atlântico Lda", "PRM-12": "Filati Alpina Biella Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("380894", "Egg-incubator disinfectant, 3 % hydrogen peroxide, 1 l", "import", ["express"], ["GB", "US"], (6, 12), (1, 4), ["GBP", "USD"], 1, S),
    ("330430", "Acetone-free nail-polish remover (ethyl acetate), 250 ml, retail", "import", ["road"], ["TR", "RS"], (3, 6), (2000, 6000), ["EUR"], 4, S),
    ("282739", "Ferric chloride PCB etchant, 1 l", "import", ["express"], ["CN", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("283330", "Potassium alum deodorant stones", "import", ["post"], ["TH", "CN"], (15, 30), (1, 3), ["USD", "EUR"], 8, S),
    ("250100", "Pharmaceutical sodium chloride for halotherapy generators, 25 kg bags", "import", ["road"], ["BA", "RS"], (0.5, 1.2), (2000, 8000), ["EUR"], 0.04, S),
    ("310210", "Technical urea prills for AdBlue production, 25 kg sacks", "import", ["road"], ["UA", "RS"], (0.4, 0.7), (12000, 22000), ["EUR"], 0.04, S),
    ("340290", "Tile grout-haze remover, sulfamic acid 10 %, 1 l", "import", ["road"], ["AL", "TR"], (1.5, 3), (3000, 9000), ["EUR"], 1, S),
    ("330590", "Cream developer 6 % (20 vol), 1 l", "import", ["express"], ["US", "GB"], (6, 12), (1, 4), ["USD", "GBP"], 1, S),
    ("330690", "Ayurvedic herbal tooth powder, 100 g tins", "import", ["post"], ["IN"], (10, 20), (1, 3), ["USD", "EUR"], 10, S),
    ("340290", "Toilet descaler, 5 % hydrochloric acid, 500 ml retail bottles", "import", ["sea"], ["CN", "TR"], (0.8, 1.4), (8000, 16000), ["USD"], 2, S),
    ("261310", "Roasted molybdenum concentrate (technical MoO3), assayed", "import", ["sea"], ["CL", "PE"], (25, 40), (18000, 22000), ["USD"], None, S),
    ("271312", "Calcined petroleum coke, anode grade", "import", ["sea"], ["US", "IN"], (0.35, 0.5), (22000, 27000), ["USD"], None, S),
    ("852852", "LCD computer monitors, new, boxed", "export", ["sea"], ["GH", "NG"], (15, 25), (4000, 9000), ["EUR"], 0.2, S),
    ("854143", "Photovoltaic modules, 410 W, monocrystalline, new", "import", ["sea"], ["CN", "VN"], (3, 5), (15000, 22000), ["USD"], 0.05, S),
    ("382000", "Aircraft de-icing fluid, propylene glycol type I, new", "export", ["rail"], ["RS", "UA"], (1.2, 2), (40000, 80000), ["EUR"], None, S),
    ("870323", "Used saloon cars, roadworthy, with inspection papers", "export", ["sea"], ["GN", "NG"], (2, 4), (4000, 9000), ["EUR"], 0.0008, S),
    ("262190", "Copper-slag blasting abrasive, new, graded, 25 kg bags", "import", ["sea"], ["TR", "IN"], (0.08, 0.15), (20000, 25000), ["USD"], None, S),
    ("701820", "Glass beads for road marking, new", "import", ["road"], ["TR", "RS"], (0.6, 1), (18000, 22000), ["EUR"], None, S),
    ("853229", "Power-factor correction capacitors, dry type, new", "export", ["road"], ["RS", "BA"], (12, 20), (1000, 4000), ["EUR"], 0.2, S),
    ("381400", "Benzyl-alcohol paint stripper, dichloromethane-free, drums", "import", ["sea"], ["IN", "US"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("392111", "XPS insulation boards, CO2-blown, 50 mm", "import", ["road"], ["TR", "RS"], (2, 3.5), (4000, 9000), ["EUR"], 0.3, S),
    ("880730", "Light-aircraft spare parts (brake pads, filters), new", "import", ["air"], ["US", "CA"], (80, 200), (50, 300), ["USD"], 0.2, S),
    ("841869", "Centrifugal chiller, new, R-1234ze", "import", ["sea"], ["US", "CN"], (8, 14), (6000, 12000), ["USD"], 0.0001, S),
    ("291513", "Ethyl formate, food-grade flavouring, drums", "import", ["sea"], ["CN", "IN"], (2, 3.5), (8000, 16000), ["USD"], None, S),
    ("290351", "HFO-1234yf refrigerant, 5 kg cylinders, new", "import", ["sea"], ["US", "CN"], (40, 70), (1000, 3000), ["USD"], 0.2, S),
    ("340290", "Carpet spot remover, water-based, 5 l", "import", ["road"], ["MK", "RS"], (1.5, 3), (2000, 6000), ["EUR"], 0.2, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new, CE-marked", "export", ["sea"], ["SR", "GY"], (4, 7), (2000, 6000), ["EUR"], 0.1, S),
    ("680291", "Alabaster lamps, new, turned", "import", ["sea"], ["EG", "TR"], (3, 6), (2000, 6000), ["USD"], 0.3, S),
    ("482390", "Papier-mâché souvenir masks, new", "import", ["post"], ["EG", "MX"], (15, 30), (1, 3), ["USD"], 2, S),
    ("920210", "Student violins 4/4, factory-made, with case", "import", ["sea"], ["CN"], (15, 30), (1000, 4000), ["USD"], 0.3, S),
    ("441811", "Carved wooden window frames, new, Newar style", "import", ["sea"], ["NP", "IN"], (3, 6), (2000, 6000), ["USD"], 0.01, S),
    ("630120", "Baby alpaca throws, new, hand-woven", "import", ["air"], ["PE", "BO"], (40, 80), (100, 400), ["USD"], 0.8, S),
    ("710812", "Gold bars, 1 kg, refiner-stamped, with assay", "import", ["air"], ["CH", "AE"], (60000, 80000), (5, 20), ["USD"], 1, S),
    ("491191", "Parchment-style souvenir scrolls, printed, new", "import", ["post"], ["ET", "IN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("711420", "Silver-plated goblets, new", "import", ["post"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("382440", "Cement grinding aid, glycol-based, formulated, IBCs", "export", ["sea"], ["EG", "MA"], (1, 1.6), (10000, 20000), ["EUR"], 0.001, S),
    ("850440", "Grid-certified solar inverters, three-phase, new", "import", ["sea"], ["CN"], (15, 25), (3000, 8000), ["USD"], 0.03, S),
    ("401170", "Agricultural tyres, Serbian make, new", "import", ["road"], ["RS"], (3, 5), (8000, 16000), ["EUR"], 0.007, S),
    ("850131", "Servos for RC model cars, plastic, hobby grade", "import", ["post"], ["CN", "HK"], (30, 60), (1, 3), ["USD"], 15, S),
    ("691490", "Artificial aquarium rock, ceramic, dry", "import", ["sea"], ["CN", "ID"], (1, 2), (4000, 9000), ["USD"], 0.5, S),
]
# Everyday trade: blind80's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and blind72's first eight
# rows), with four new rows instead of blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("701337", "Drinking glasses, tumblers", "import", ["sea", "road"], ["TR", "CN"], (1.2, 2.2), (6000, 12000), ["USD", "EUR"], 4, N),
        ("950691", "Yoga mats and resistance bands", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("392490", "Plastic laundry baskets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind85", 20400501, HERE)


if __name__ == "__main__":
    main()
