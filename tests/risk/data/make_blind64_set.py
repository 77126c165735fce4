#!/usr/bin/env python3
"""Writes the sixty-fourth blind set (tests/risk/data/blind64-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2036, with goods, routes,
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
declaration would. Ids are BL64-*:

    python3 tests/risk/data/make_blind64_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "CH", [], "DE", "220720",
         "Brennsprit für Fondue-Rechauds, 4 x 1 l", "CH", 4.6, 4, 40, "CHF",
         "fondue-burner spirit is denatured ethanol at 0.79 kg/l that burns with a pale blue flame; these four litres "
         "weigh 1.14 kg/l, smell faintly fruity, do not mix freely with water and carry CAS 75-52-5 on the inner "
         "labels: nitromethane (Annex I above 16 %), posted from Basel to a private person in Freiburg although "
         "flammable liquids may not go by post; Swiss German wording (nitromethane repeats in many sets, as glow "
         "fuel, octane booster and glue debonder among others, and by post from Switzerland once, as a leather-dye "
         "thinner (blind62); a fondue-fuel cover is new as far as a search found)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "PLPOST01", "post", "UA", [], "PL", "382499",
         "Рідина для травлення писанок, 4 x 1 л", "UA", 5.6, 4, 30, "EUR",
         "etched Easter eggs (pysanky) are made with table vinegar or a weak citric bath that eats the shell slowly; "
         "these four litres weigh 1.40 kg/l, give off brown fumes when opened, stain the skin yellow and dissolve a "
         "copper wire: about 65 % nitric acid (Annex I above 3 %), posted from Lviv to a private person in Przemyśl, "
         "although corrosive liquids may not go by post; Ukrainian wording (nitric acid repeats in many sets; an "
         "egg-etching cover is new as far as a search found)", person("Osoba prywatna", "PL")),
        ("PRE-03", "import", "GRAIR01", "express", "TR", [], "GR", "382499",
         "Doğal sünger ağartma sıvısı, 4 x 5 l", "TR", 22.6, 4, 70, "USD",
         "sponge merchants lighten natural sponges in a weak permanganate bath followed by a few per cent of "
         "peroxide or sodium metabisulphite; these twenty litres weigh 1.13 kg/l, sit under vented caps, whiten the "
         "skin and carry UN 2014 under the label: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from Bodrum to a private person on Kalymnos who sells no sponges; Turkish wording (hydrogen peroxide repeats "
         "in many sets; a sponge-bleaching cover is new as far as a search found)", person("Idiotis", "GR")),
        ("PRE-04", "import", "FRAIR01", "express", "US", [], "FR", "330520",
         "Neutralisant pour permanente, poudre, 10 x 500 g", "US", 5, 10, 60, "USD",
         "perm neutralisers are dilute peroxide lotions or, in old formulas, sodium bromate sold in 20 g sachets; "
         "these 500 g tubs of heavy white crystals flare violet on a hot plate and the inner bags carry CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), sent by express from an online beauty-supply shop to a "
         "private person in Lyon who runs no salon; French wording (potassium chlorate repeats in many sets, as "
         "lozenges, gargles, tooth powder, matches and a pottery frit among others; a perm-neutraliser cover is new "
         "as far as a search found)", person("Mme Claire Martin", "FR")),
        ("PRE-05", "import", "NLPOST01", "post", "GB", [], "NL", "250100",
         "Zeezoutmengsel voor rifaquarium, 4 x 5 kg", "GB", 20, 4, 45, "GBP",
         "reef salt is sodium chloride with magnesium and calcium salts and trace elements, sold in buckets of 10-25 kg; "
         "these four bags of crystals dissolve to a water that tastes of nothing and reads no salinity on a "
         "refractometer, and the inner bags carry CAS 7775-09-9: sodium chlorate (Annex I above 40 %), posted to a "
         "private person in Utrecht who keeps no aquarium; Dutch wording (sodium chlorate repeats in many sets, most "
         "often as weedkiller, salt covers too (de-icing, softener and pickling salt); a reef-salt cover is new as "
         "far as a search found)", person("Particulier", "NL")),
        ("PRE-06", "import", "ITPOST01", "post", "CN", [], "IT", "283330",
         "Allume di potassio in polvere, dopobarba, 5 x 1 kg", "CN", 5, 5, 25, "USD",
         "potash alum tastes sharply astringent and swells and foams on a hot plate as it loses its water; this fine "
         "white powder tastes of nothing, does not swell and flares violently on a hot plate, and the inner bags carry "
         "CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted to a private person in Bari; Italian "
         "wording (potassium perchlorate repeats in many sets, as climbing chalk, campfire colours and kiln wash "
         "among others, and an alum cover appears once, batik tawas hiding potassium chlorate (blind61); aftershave "
         "alum hiding perchlorate is new as far as a search found)", person("Privato", "IT")),
        ("PRE-07", "import", "SEAIR01", "express", "GB", [], "SE", "281122",
         "Torkkristaller för blommor (silikagel), 4 x 5 kg", "GB", 20, 4, 50, "GBP",
         "flower-drying crystals are silica gel, dry, dusty grains that stay loose in damp air; these white prills "
         "cake and turn wet in the air, make water ice-cold when they dissolve, melt and fizz on a hot plate, and a "
         "bag print reads 'N 34,5 %': ammonium nitrate (Annex I at 16 % N or more), sent by express to a private "
         "person in Uppsala; Swedish wording (ammonium nitrate repeats in many sets; a flower-drying cover is new as "
         "far as a search found)", person("Privatperson", "SE")),
        ("PRE-08", "import", "ATAIR01", "express", "US", [], "AT", "381010",
         "Acid copper electroforming solution, ready to use, 4 x 1 gal", "US", 27.9, 4, 110, "USD",
         "acid copper baths for hobby electroforming are blue copper sulphate solutions with about 10 % sulphuric acid "
         "at 1.1-1.2 kg/l; these four gallons are water-clear and oily, weigh 1.84 kg/l and char paper: about 96 % "
         "sulphuric acid (Annex I above 15 %), sent by express to a private person in Linz; US English wording "
         "(sulphuric acid repeats in many sets, as drain opener, battery acid and pool pH reducer among others; an "
         "electroforming-bath cover is new as far as a search found)", person("Privatperson", "AT")),
        ("PRE-09", "import", "BGROAD01", "road", "MK", [], "BG", "283311",
         "Глауберова сол за рачно боење на волна, 5 x 2 кг", "MK", 10, 5, 20, "EUR",
         "Glauber's salt, the levelling salt of hand-dyers, is sodium sulphate decahydrate, large clear crystals that "
         "melt in their own water when warmed and weather to a white powder in dry air; these crystals run to a puddle "
         "in damp air instead, flare on a hot plate, and the inner bags carry CAS 7601-89-0: sodium perchlorate "
         "(Annex I above 40 %), brought in a groupage van from Skopje for a private person in Blagoevgrad; Macedonian "
         "wording (sodium perchlorate repeats, as xylitol, a dehumidifier refill, humidor crystals, biltong salt "
         "(blind62) and a blade-marking electrolyte (blind61) among others, and a wool-dyeing mordant hid potassium "
         "chlorate once; a Glauber's-salt cover is new as far as a search found)",
         person("Частно лице", "BG")),
        ("PRE-10", "export", "FRSEA01", "sea", "FR", [], "GN", "731815",
         "Boulons d'ancrage pour soutènement minier, 2 000 pièces", "FR", 6000, 2000, 9000, "EUR",
         "a mining-consumables container for a Conakry 'mining supplies' trader that holds no explosives licence and "
         "serves no mine; its second line, resin capsules for the bolts, should be polyester mortar in film at about "
         "2 kg/l, but these 8,000 cartridges are soft, waxy, lighter and packed in boxes marked 1.1D under the "
         "overwrap: packaged emulsion explosive (UN 0241), 4 t sent without the explosives export authorisation; "
         "French wording (packaged emulsion explosive repeats as film cartridges under other covers; resin capsules "
         "in a rock-bolt consignment are new as far as a search found)",
         {"importer_country": "GN",
          "_more_items": [item("350699", "Cartouches de résine pour boulons d'ancrage, 30 x 500 mm, 8 000 pièces", "FR",
                               4000, 6000, "EUR", qty=8000),
                          item("820713", "Taillants de foration à boutons, 300 pièces", "SE", 600, 12000, "EUR", qty=300)]}),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "842860",
         "Gebrauchte Sesselbahn, 4er-Sessel, demontiert, komplett zur Wiedererrichtung, 3 Sattelzüge", "AT", 60000, 1,
         30000, "EUR",
         "a chair-lift sold for re-erection comes with its type approval, its haul rope on a reel and its drive "
         "inspected; this 1978 fixed-grip lift, taken down in a Tyrolean resort, has no papers, its haul rope is cut "
         "into 30 m lengths that can never be spliced again, its drive gearbox is full of old oil and its control "
         "station still holds PCB-filled capacitors and a transformer: a dismantled installation with hazardous "
         "components (16 02 09*, 16 02 10*, 13 02 05*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Georgian 'ski resort developer'; Austrian German wording (ropeways are new as far as a search "
         "found; PCB capacitors and transformers repeat)", {"importer_country": "GE"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "392010",
         "Láminas de polietileno HDPE 2 mm, segunda mano, para impermeabilizar balsas de riego, rollos, 22 t", "ES",
         22000, None, 2200, "EUR",
         "pond liner is sold new and clean on rolls; these are strips of the HDPE liner of a Murcia landfill cell, cut "
         "out when the cell was reopened, black, crusted with leachate sludge and stuck with waste fragments, folded "
         "rather than rolled, at 0.10 EUR/kg: plastic waste contaminated with hazardous substances (19 and 17 chapter "
         "entries, Basel A3210), whose export to a non-OECD country is banned (Regulation 2024/1157), for an Agadir "
         "irrigation supplier; Spanish wording (plastic films repeat as silage and agricultural film; landfill "
         "geomembranes are new as far as a search found)", {"importer_country": "MA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "680610",
         "Coperte in fibra ceramica usate, da rivestimento forni, per riutilizzo, big bag, 12 t", "IT", 12000, None,
         600, "EUR",
         "kiln blanket for reuse would come in sealed rolls; these are brittle, crumbling linings pulled out of the "
         "roller kilns of a Sassuolo tile works with brick fragments and dust; aluminosilicate refractory ceramic "
         "fibres are carcinogens (Cat. 1B) and after years at 1,200 °C part of them has turned to cristobalite: "
         "insulation waste containing hazardous substances (16 11 03*, 17 06 03*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Tunisian ceramics plant; Italian wording (mineral wool appears once as "
         "waste and carbon refractories from potlines repeat; ceramic-fibre kiln linings are new as far as a search "
         "found)", {"importer_country": "TN"}),
        ("WST-04", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "700100",
         "Skleněné střepy čiré, tříděné, pro výrobu obalového skla, 60 t", "CZ", 60000, None, 1800, "EUR",
         "container-glass cullet is soda-lime glass; these clear offcuts, rejects and broken pieces from a Bohemian "
         "crystal works are full lead crystal, heavy in the hand, with 24-30 % lead oxide, which a lead test confirms, "
         "and would poison a bottle furnace: glass waste containing heavy metals (10 11 11*, Basel A2010 family), "
         "hazardous waste whose export to a non-OECD country is banned; Czech wording (cullet covers repeat for CRT "
         "and lamp glass; lead-crystal cullet by rail to Ukraine is new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "DKSEA01", "sea", "DK", [], "EG", "271019",
         "Industrigearolie, regenereret, ISO VG 320, 80 tromler à 200 l", "DK", 16000, 80, 4800, "EUR",
         "regenerated gear oil is clear, amber and comes with a laboratory certificate; these drums are the mixed "
         "drainings of gearbox oil changes on Jutland wind turbines, black, with water, metal fines and some hydraulic "
         "fluid: waste oil (13 02 06*, 13 01 10*), hazardous waste whose export to a non-OECD country is banned, sold "
         "at 0.30 EUR/kg to a Damietta 'lubricant blender'; Danish wording (used oils repeat in many forms; "
         "wind-turbine gear oil is new as far as a search found)", {"importer_country": "EG"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "901890",
         "Blood pressure monitors, used, for donation, 60 units", "IE", 120, 60, 300, "EUR",
         "a 'medical donation' from a closed Dublin nursing home for a Lagos church clinic; the 'blood pressure "
         "monitors' are 60 mercury sphygmomanometers, some with cracked tubes and beads of mercury in the box: "
         "mercury-added measuring devices may not be exported from the Union (Regulation 2017/852, Annex II), and "
         "discarded ones are hazardous waste (16 02 13*, 20 01 21*) whose export to a non-OECD country is banned; "
         "Irish English wording (mercury sphygmomanometers as a donation repeat blind11 and some later rows, knowingly; "
         "the route from Dublin to Lagos and the generic 'monitors' wording are new)", {"importer_country": "NG"}),
        ("WST-07", "export", "SISEA01", "sea", "SI", [], "AL", "390690",
         "Superabsorbent polimer, recikliran, granulat, 20 t", "SI", 20000, None, 2000, "EUR",
         "recycled superabsorbent from nappy recycling is a washed, sterilised granulate made in a few pilot plants; "
         "these wet bales of shredded used nappies and incontinence pads from separate collection in Slovenian "
         "towns smell of urine and faeces: household waste (20 03 01, Y46), whose export to a non-OECD country for "
         "disposal is banned and which, as plastic waste, may not go to a non-OECD country at all (Regulation "
         "2024/1157), for a Durrës 'polymer trader'; Slovenian wording (used nappies are new as far as a search "
         "found)", {"importer_country": "AL"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "250590",
         "Oprani građevinski pijesak, rasuto, 24 t", "HR", 24000, None, 48, "EUR",
         "washed sand is clean and yellow-grey; this grey-black load of road sweepings and gully-pot sludge from the "
         "Zagreb street sweepers holds cigarette ends, glass, tyre rubber and an oil sheen, sold at 2 EUR/t to a "
         "Bihać 'building supplier': municipal waste (20 03 03, Y46), whose export to a non-OECD country needs prior "
         "notification and consent, never sought, and is banned for disposal; Croatian wording (oil-separator sludge "
         "appears once as building sand (blind52); street sweepings are new as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "250510",
         "Πυριτική άμμος για υαλουργία, χύμα, 500 t", "GR", 500000, None, 5000, "EUR",
         "glass sand is white, washed quartz; this is dark beach sand mixed with seaweed and tar balls, shovelled up "
         "after a bunker spill on the Saronic coast, about 3 % oil by a laboratory test: oil-spill clean-up waste "
         "(13 05 08*, 17 05 03*), hazardous waste whose export to a non-OECD country is banned, loaded as a bulk cargo "
         "for an Alexandria glassworks; Greek wording (oil-spill clean-up sand is new as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "NG", "282760",
         "Clear brine completion fluid, zinc/calcium bromide, reconditioned for reuse, 3 ISO tanks, 60 t", "GB",
         60000, 3, 6000, "GBP",
         "completion brines are filtered and reweighed onshore before reuse and sold with a density certificate; "
         "these tanks hold brine returned from North Sea well completions, brown and cloudy, with crude oil, solids "
         "and dissolved iron, shipped from Aberdeen at a tenth of the price of new brine to a Port Harcourt service "
         "company: waste drilling fluid containing hazardous substances (01 05 06*), zinc bromide being toxic to "
         "aquatic life, hazardous waste whose export to a non-OECD country is banned (the Basel ban, which the United "
         "Kingdom applies); British English wording (used completion brines are new as far as a search found; "
         "oil-based drill cuttings repeat)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "860210",
         "Dieselové lokomotivy řady 753, použité, provozuschopné, 3 ks", "CZ", 222000, 3, 450000, "EUR",
         "three 1970s Czechoslovak diesel locomotives sold by a private freight operator to a Ukrainian industrial "
         "railway; refitted in the 1990s with a fixed fire-suppression system in the engine room, whose bottles, as "
         "the service log and the bottle plates say, still hold bromotrifluoromethane (halon 1301): products and "
         "equipment containing halons may not be exported (Regulation 2024/590), and the halon should have been "
         "recovered; Czech wording (halon 1301 repeats in many rows, as ships', aircraft and armoured-vehicle "
         "systems; Czechoslovak locomotives appear once, as waste with asbestos and PCBs (blind62); locomotives "
         "with halon fire systems exported to Ukraine are new as far as a search found)", {"importer_country": "UA"}),
        ("OZN-02", "export", "DESEA01", "sea", "DE", [], "LB", "841869",
         "Kälteaggregate für Bananenreifekammern, gebraucht, überholt, 10 Stück", "DE", 6000, 10, 15000, "EUR",
         "ten condensing units and evaporators taken out of the ripening rooms of a Hamburg banana ripener when it "
         "moved to ethylene-controlled CO2 plant, sold to a Beirut fruit importer; their plates and a gas test give "
         "chlorodifluoromethane (HCFC-22), about 40 kg a unit: the export of equipment relying on HCFCs is banned "
         "(Regulation 2024/590); German wording (HCFC-22 equipment repeats in many rows; banana ripening rooms are "
         "new as far as a search found)", {"importer_country": "LB"}),
        ("OZN-03", "export", "BESEA01", "sea", "BE", ["TZ"], "RW", "841869",
         "Groupes froids à glycol pour brasserie, d'occasion, révisés, 4 unités", "BE", 5200, 4, 16000, "EUR",
         "four glycol chillers from a Walloon brewery that modernised its fermentation cellar, sold to a Kigali craft "
         "brewery and shipped through Dar es Salaam; built in 1994, they hold about 60 kg each of "
         "chlorodifluoromethane (HCFC-22) by their plates and a gas test: the export of equipment relying on HCFCs "
         "is banned (Regulation 2024/590); Belgian French wording (HCFC-22 equipment repeats in many rows; brewery "
         "chillers by sea to Rwanda are new as far as a search found)", {"importer_country": "RW"}),
        ("OZN-04", "export", "FISEA01", "sea", "FI", [], "GE", "841582",
         "Lentokoneiden esikäsitellyn ilman yksiköt (PCA), käytetyt, 6 kpl", "FI", 18000, 6, 60000, "EUR",
         "pre-conditioned air units cool parked aircraft at the gate; six 1999 units taken out when a Finnish airport "
         "renewed its piers, sold to a Batumi ground-handling firm, each with about 30 kg of chlorodifluoromethane "
         "(HCFC-22) by its plate: the export of equipment relying on HCFCs is banned (Regulation 2024/590); Finnish "
         "wording (airport PCA units are new as far as a search found)", {"importer_country": "GE"}),
        ("OZN-05", "import", "NLAIR01", "express", "US", [], "NL", "842410",
         "Clean-agent fire extinguishers for rare-book libraries, reconditioned, 6 units", "US", 60, 6, 900, "USD",
         "rare-book and archive extinguishers today hold FK-5-1-12 or carbon dioxide; these six reconditioned 1980s "
         "units from a US university library clearance carry the old green 'Halon 1211' labels under a new sticker, "
         "and their gauges read the pressure of bromochlorodifluoromethane, sent to a private book collector in "
         "Haarlem: products containing halons may not be imported (Regulation 2024/590), and pressurised extinguishers "
         "may not fly by express undeclared; US English wording (halon 1211 extinguishers repeat in many rows; a "
         "library clearance is new as far as a search found)", person("Particulier", "NL")),
        ("OZN-06", "import", "ITROAD01", "road", "CH", [], "IT", "841981",
         "Gebrauchte Hotelküche: Kombidämpfer, 4 Stück", "CH", 1200, 4, 8000, "CHF",
         "the kitchen of an Engadin hotel, sold to a South Tyrol hotel when the Swiss house was renovated; its third "
         "line, ice-cube makers declared with R-404A, carries original plates and gives on a gas test "
         "chlorodifluoromethane (HCFC-22): equipment relying on HCFCs may not be imported, second-hand included "
         "(Regulation 2024/590); South Tyrolean German wording (HCFC-22 equipment hidden as one line of a kitchen or "
         "hotel fit-out repeats (a kebab-shop order, a hotel fit-out container in blind60); a second-hand Swiss hotel "
         "kitchen by road is new as far as a search found, though the road route from Switzerland to Italy appears "
         "once, with festival cold rooms (blind62))",
         {"importer_name": "Hotel Alpenrose KG", "consignee_name": "Hotel Alpenrose KG", "importer_country": "IT",
          "_more_items": [item("842219", "Gewerbliche Geschirrspüler, gebraucht, 3 Stück", "CH", 450, 2400, "CHF", qty=3),
                          item("841869", "Eiswürfelbereiter, gebraucht, R-404A, 6 Stück", "CH", 420, 1800, "CHF", qty=6)]}),
        ("OZN-07", "import", "PLPOST01", "post", "US", [], "PL", "382219",
         "Zestaw cieczy do oznaczania gęstości kamieni szlachetnych, 6 kompletów po 4 x 100 ml", "US", 3.2, 6, 90,
         "USD",
         "gem-testing density liquids today are diiodomethane and bromoform dilutions in small dropper bottles; in "
         "these old-stock sets the two lightest bottles, marked SG 1.59 and SG 2.0, smell sweet, do not burn and are "
         "carbon tetrachloride, neat and as a diluent: tetrachloromethane, a controlled substance that may not be "
         "imported or placed on the market (Regulation 2024/590), posted by a US estate seller to a private "
         "gemmologist in Kraków; Polish wording (carbon tetrachloride repeats as spot remover, typewriter and "
         "watermark fluids, and heavy liquids appear once, as bromochloromethane for a mineral collector; a "
         "gemmologist's density set is new as far as a search found)", person("Osoba prywatna", "PL")),
        ("OZN-08", "export", "ITSEA01", "sea", "IT", ["DJ"], "ET", "841850",
         "Frigoriferi per emoteca, usati, funzionanti, donazione, 20 pezzi", "IT", 4000, 20, 2000, "EUR",
         "twenty blood-bank refrigerators taken out of Lombard hospitals, shipped through Djibouti as a donation to "
         "Ethiopian clinics; built in the late 1980s, they still run on dichlorodifluoromethane (CFC-12), as their "
         "plates say: the export of products and equipment containing or relying on CFCs is banned, donations "
         "included (Regulation 2024/590); Italian wording (CFC-12 equipment repeats; blood-bank refrigerators are "
         "new as far as a search found)", {"importer_country": "ET"}),
        ("OZN-09", "import", "ESSEA01", "sea", "CN", [], "ES", "841869",
         "Granizadoras de 3 cubas, nuevas, R-290, 200 unidades", "CN", 8000, 200, 60000, "USD",
         "plug-in granita machines sold in the Union run on R-290; under the R-290 stickers the plates of these two "
         "hundred read R-404A, and a gas test confirms it (GWP 3,922): self-contained commercial refrigeration "
         "relying on HFCs with a GWP of 150 or more may not be placed on the market (Regulation 2024/573, Annex IV), "
         "and the charge is outside any quota; Spanish wording (HFC equipment under R-290 labels repeats in many "
         "rows; granita machines are new as far as a search found)", firm("Granizados del Sur SL", "ES")),
        ("OZN-10", "export", "NLSEA01", "sea", "NL", [], "KE", "841869",
         "Gebruikte koelcelaggregaten voor snijbloemen, gereviseerd, 14 st.", "NL", 4200, 14, 11000, "EUR",
         "fourteen cold-room units from an Aalsmeer flower wholesaler that moved to new premises, sold to a Naivasha "
         "rose farm for its packhouse; under the R-449A stickers their plates read R-22, and a gas test gives "
         "chlorodifluoromethane (HCFC-22): the export of equipment relying on HCFCs is banned (Regulation 2024/590); "
         "Dutch wording (HCFC-22 equipment under HFC labels repeats in many rows; cut-flower cold rooms for a Kenyan "
         "farm are new as far as a search found)", {"importer_country": "KE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "VU", ["NC"], "FR", "442199",
         "Olfala tamtam blong Ambrym, wud, 1 pis", "VU", 300, 1, 400, "USD",
         "Ambrym carvers sell new slit gongs to visitors, of fresh wood, sharp and pale; this 3 m gong is grey and "
         "split, its base rotted where it stood in the ground and its carved face weathered to the grain: an "
         "atingting kon, an upright slit drum of a north Ambrym dancing ground, removed without the export permit of "
         "the Vanuatu Cultural Centre (Preservation of Sites and Artefacts Act), and cultural goods removed "
         "illegally from their country may not be brought into the Union (Regulation 2019/880, Article 3(1)), shipped "
         "through Nouméa for a Paris gallery; Bislama wording (a Vanuatu slit gong appears once, in a development row "
         "(dev24-c): this repeats the good knowingly, with a new cover (a new tourist carving), a new route through "
         "Nouméa and Bislama wording; Oceanic carvings such as Sepik masks repeat)", firm("Galerie Océanie Rive Gauche SARL", "FR")),
        ("CUL-02", "import", "BEAIR01", "air", "CM", [], "BE", "442090",
         "Tête sculptée en bois, artisanat camerounais moderne, 1 pièce", "CM", 4, 1, 80, "USD",
         "new Cameroonian carvings are light and dyed; this oval head with a high domed forehead, a crested coiffure, "
         "copper-disc eyes and a deep, oozing black patina, with a peg at the neck, is a Fang byeri head, the "
         "guardian of a reliquary box, brought from Gabon over the Cameroonian border and flown from Douala: Gabon "
         "protects such objects and forbids their export without authorisation, and cultural goods removed "
         "illegally may not be brought into the Union (Regulation 2019/880); Gabonese French wording (Fang reliquary "
         "figures are new as far as a search found; Central African masks and figures repeat)", {"importer_country": "BE"}),
        ("CUL-03", "import", "DEPOST01", "post", "NZ", [], "DE", "670100",
         "Vintage feather cape, decorative, 1 pc", "NZ", 2, 1, 150, "NZD",
         "a feather cape sold as vintage would be of dyed poultry feathers on cloth; this is a cloak of finger-woven "
         "flax fibre with rolled black hukahuka tassels and brown feathers worked in, its neck edge worn and darned: a "
         "korowai of the 19th century, taonga tūturu that may not leave New Zealand without the permission of its "
         "Ministry for Culture and Heritage (Protected Objects Act 1975), and cultural goods removed illegally may "
         "not be brought into the Union (Regulation 2019/880), posted to a private person in Hamburg; New Zealand "
         "English wording (Māori cloaks are new as far as a search found; a Māori object appears in two rows)",
         person("Herr K. Becker", "DE")),
        ("CUL-04", "transit", "DEAIR01", "air", "TH", ["DE"], "CH", "680299",
         "ဗုဒ္ဓရုပ်ပွား ဦးခေါင်း၊ ကျောက်၊ အလှဆင်ပစ္စည်း အသစ်၊ ၁ ခု", "MM", 25, 1, 120, "USD",
         "new sandstone Buddha heads from Mandalay workshops are sharp and clean; this head has the tight snail curls, "
         "broad face and heavy lids of the Pagan style, lime stucco and traces of red pigment in the curls, and a "
         "fresh break at the neck where it was knocked from a seated image: a Buddha head from a temple of the Bagan "
         "plain (11th-13th century), a world-heritage site, flown from Bangkok through Frankfurt in transit to a Zurich dealer (the "
         "prohibitions of Regulation 2019/880 apply to transit too): Myanmar forbids the export of its "
         "antiquities (Protection and Preservation of Antique Objects Law 2015), and an archaeological object or a "
         "piece of a dismembered monument over 250 years needs an EU import licence (Regulation 2019/880); Burmese "
         "wording (Buddha heads from South-East Asia repeat, and Bagan appears once, as mural fragments "
         "(blind62); a Bagan Buddha head in transit to Switzerland is new as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-05", "export", "NLAIR01", "air", "NL", [], "US", "950300",
         "Decoratief scheepsmodel, hout, 1 st.", "NL", 15, 1, 900, "EUR",
         "a decorative ship model is a recent kit in polished wood; this plank-on-frame model of a Dutch ship of the "
         "line, its frames open on one side, with boxwood carvings, rigging blackened with age and a 17th-century "
         "inventory number of the Admiralty of Amsterdam on the baseboard, is a builder's model worth some hundreds of "
         "thousands of euros, sold by a Dutch family to a New York dealer: an antique over 100 years and above "
         "50,000 EUR needs an EU export licence (Regulation 116/2009), and the Dutch Heritage Act may protect it; "
         "Dutch wording (ship models are new as far as a search found)", {"importer_country": "US"}),
        ("CUL-06", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "680299",
         "Zahradní socha z pískovce, novodobá, 1 ks", "CZ", 600, 1, 500, "EUR",
         "a new garden statue is crisp and evenly pale; this 1.4 m sandstone saint in a biretta and surplice with a "
         "crucifix and a halo of five stars, lichen-covered, with an old iron dowel sawn through under the plinth, is a "
         "Baroque St John of Nepomuk taken from a wayside chapel in southern Bohemia and listed as stolen: an element "
         "of a dismembered monument over 100 years needs an EU export licence at any value (Regulation 116/2009), and "
         "Czech law protects it; Czech wording (a wayside carving appears once, a Lithuanian rūpintojėlis (blind61); a Baroque "
         "sandstone Nepomuk is new as far as a search found; church furnishings repeat)", {"importer_country": "CH"}),
        ("CUL-07", "export", "BESEA01", "sea", "BE", [], "US", "920190",
         "Klavecimbel, reproductie, bouwpakket uit 1975, 1 st.", "BE", 120, 1, 8000, "EUR",
         "a 1970s kit harpsichord is of plywood with a painted lid; this instrument has a cast-lead rose with the "
         "initials HR, block-printed sea-horse papers and a lid painting with a Latin motto, and its case is poplar "
         "worn by four centuries: a harpsichord of the Ruckers workshop of Antwerp (early 17th century), of the kind "
         "the Flemish Community lists as masterpieces whose export needs its permit, and an antique over 100 years and "
         "above 50,000 EUR needs an EU export licence (Regulation 116/2009), shipped to a US collector; Flemish "
         "wording (harpsichords are new as far as a search found; old musical instruments repeat as violins and "
         "ouds)", {"importer_country": "US"}),
        ("CUL-08", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "680299",
         "Bahçe dekorasyonu için oyma bazalt taş, 1 adet", "TR", 180, 1, 300, "EUR",
         "carved basalt garden stones from Turkish workshops bear new rosettes or lions; this 60 cm black stone is "
         "carved on top with a serpent, a spade, a lamp and stars on pedestals, and its sides are covered in columns "
         "of worn cuneiform: a kudurru, a Kassite boundary stone of the late second millennium BC from southern "
         "Iraq: trade in Iraqi cultural property removed after August 1990 is banned (Regulation 1210/2003), and an "
         "archaeological object over 250 years needs an EU import licence (Regulation 2019/880); Turkish wording "
         "(kudurrus are new as far as a search found; cuneiform tablets and cylinder seals repeat)",
         {"importer_country": "AT"}),
        ("CUL-09", "import", "DEAIR01", "air", "UZ", [], "DE", "630492",
         "Suzani kashtalari, qo'l ishi, yangi, 40 dona", "UZ", 120, 40, 4000, "USD",
         "an Uzbek craft consignment flown from Tashkent for a Frankfurt shop; its third line, 'carved wooden columns, "
         "old style', holds two 3 m elm columns with a fluted, bulb-shaped base and a shaft carved in deep geometric "
         "and floral relief, cracked and darkened, with old mortar on the base and a tenon sawn through at the top: "
         "columns of a Khivan ayvan, the open porch of a mosque or house, of the 18th century or earlier: Uzbekistan "
         "forbids the export of cultural valuables without its permission, and a piece of a dismembered monument over "
         "250 years needs an EU import licence (Regulation 2019/880); Uzbek wording (Khivan columns are new as far as "
         "a search found; carved architectural elements from other countries repeat)",
         {"importer_name": "Seidenstraße Kunsthandwerk GmbH", "consignee_name": "Seidenstraße Kunsthandwerk GmbH",
          "importer_country": "DE",
          "_more_items": [item("691390", "Rishton sopol laganlari, yangi, 200 dona", "UZ", 300, 3000, "USD", qty=200),
                          item("442199", "O'ymakor yog'och ustunlar, eski uslubda, bezak uchun, 2 dona", "UZ", 300, 400,
                               "USD", qty=2)]}),
        ("CUL-10", "import", "DKPOST01", "post", "ET", [], "DK", "442090",
         "የእንጨት ሰሌዳ፣ የእጅ ሥራ፣ 1", "ET", 2, 1, 40, "USD",
         "a craft board would be new and painted; this thick square of old wood wrapped in faded cloth, carved with a "
         "cross and an inscription in Ge'ez naming a saint, smelling of incense, is a tabot, the consecrated altar "
         "tablet of an Ethiopian Orthodox church, which only priests may see: Ethiopia forbids the export of its "
         "heritage without a permit of its heritage authority (Proclamation 209/2000), and cultural goods removed "
         "illegally may not be brought into the Union (Regulation 2019/880), posted to a private person in Aarhus; "
         "Amharic wording (a tabot is new as far as a search found; Ethiopian manuscripts, crosses and Konso waka "
         "repeat)", person("Privatperson", "DK")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "AM", "220410",
         "Vins mousseux, 600 bouteilles", "FR", 900, 600, 9000, "EUR",
         "sparkling wine at 15 EUR a bottle is a crémant; these 600 bottles are vintage prestige cuvées of champagne "
         "at 400-900 EUR each, flown to a Yerevan restaurant supplier whose orders go on by road to Moscow: luxury "
         "goods above 300 EUR an item may not be sold for use in Russia (Regulation 833/2014, Annex XVIII), and the "
         "contract lacks the no-re-export-to-Russia clause; French wording (cognac and other luxury goods for Russia "
         "repeat; champagne is new as far as a search found)", {"importer_country": "AM"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "US", "300490",
         "Anestetico veterinario, polvere per soluzione iniettabile, 500 flaconcini", "IT", 25, 500, 6000, "EUR",
         "the vials hold 5 g each of sodium thiopental, a short-acting barbiturate anaesthetic no longer used in "
         "veterinary practice in that form, ordered by a Texas 'veterinary distributor' that buys for a state "
         "department of corrections: the export of short-acting barbiturates needs an authorisation (Regulation "
         "2019/125, Annex IV), which is refused where they may be used for capital punishment; Italian wording "
         "(pentobarbital appears once; thiopental is new as far as a search found)", {"importer_country": "US"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS", "BG"], "TR", "847989",
         "Wickelmaschine für GFK-Rohre, CNC, gebraucht, 1 Stück", "DE", 9000, 1, 380000, "EUR",
         "a machine for winding glass-fibre pipes needs two axes; this one coordinates five, places fibre on "
         "programmable paths on mandrels of up to 3 m by 600 mm and came from a German aerospace supplier: a "
         "filament-winding machine (1B001, MTCR 1B101) that needs an export licence, for an Istanbul 'pipe maker' "
         "whose end user makes rocket-motor cases in Iran (Regulation 267/2012); German wording (filament-winding "
         "machines are new as far as a search found; carbon fibre and other MTCR items to Iran via Turkey repeat)",
         {"importer_country": "TR"}),
        ("STR-04", "export", "SESEA01", "sea", "SE", ["GE", "AZ"], "KZ", "840810",
         "Marina dieselmotorer, 900 hk, nya, 8 st.", "SE", 16000, 8, 720000, "EUR",
         "eight new high-speed marine diesels for 'fishing vessels' of an Aktau company that owns no boats, routed "
         "through Poti and Baku across the Caspian; the delivery address is a yard in Astrakhan that builds patrol "
         "boats for the Russian border guard: goods in Regulation 833/2014 (Annex XXIII and Article 12g) may not be "
         "sold for use in Russia, and engines for warships are military-list items; Swedish wording (marine engines "
         "are new as far as a search found; water scooters and yachts for Russia repeat)", {"importer_country": "KZ"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "VE", "360490",
         "Kouřové granáty pro festivaly, barevné, 2 000 ks", "CZ", 600, 2000, 8000, "EUR",
         "festival smoke grenades give coloured dye smoke and are sold in bright tubes; these grey grenades carry "
         "'CS' on the inner canisters and a pull-ring fuze with a delay: riot-control tear-gas grenades "
         "(military list ML7), and equipment that might be used for internal repression may not be exported to "
         "Venezuela (Regulation 2017/2063), for a Caracas 'events' company; Czech wording (tear-gas grenades are new "
         "as far as a search found; other riot-control and restraint goods repeat)", {"importer_country": "VE"}),
        ("STR-06", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "732619",
         "Výkovky oceľových tlakových fliaš, neopracované, 2 000 ks", "SK", 80000, 2000, 300000, "EUR",
         "gas-cylinder blanks are deep-drawn tubes with a domed end; these 40 kg forgings with a thick closed base, an "
         "ogive nose and a driving-band seat are 155 mm artillery shell bodies (military list ML3/ML4 components), "
         "which need an export licence, sold to a Belgrade trader whose partner supplies Russia, under an arms "
         "embargo; Slovak wording (shell bodies are new as far as a search found; barrel blanks repeat)",
         {"importer_country": "RS"}),
        ("STR-07", "export", "BGSEA01", "sea", "BG", [], "AE", "730890",
         "Тръби с приварени основни плочи, за флагщоци, 300 бр.", "BG", 6000, 300, 15000, "EUR",
         "flagpole sockets are thin tubes on flat plates; these are 1.2 m smooth-bore tubes of 82 mm with a firing pin "
         "in the breech cap and a ball joint for a separate dished base plate: mortar tubes (military list ML2), "
         "which need an export licence, sold to a Dubai broker for an end user in Sudan, under an EU arms embargo "
         "(Decision 2014/450); Bulgarian wording (mortars are new as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-08", "export", "ESAIR01", "air", "ES", [], "KZ", "950631",
         "Material deportivo escolar: palos de golf, 80 juegos", "ES", 1200, 80, 12000, "EUR",
         "school golf sets are junior clubs at 150 EUR; these eighty are full adult sets of forged tour irons and "
         "drivers at about 2,500 EUR each, flown to an Almaty 'sports school' whose buyer runs a golf club near "
         "Moscow: golf equipment above 300 EUR an item is a luxury good that may not be sold for use in Russia "
         "(Regulation 833/2014, Annex XVIII); Spanish wording (golf appears only as a cover for metals; golf equipment "
         "for Russia is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "AE", "851420",
         "Inductie-smeltoven voor gieterij, gebruikt, 1 st.", "NL", 3500, 1, 9000, "EUR",
         "a foundry induction furnace is an open crucible on a tilting frame; this one, from a Dutch university "
         "materials laboratory, melts 15 kg in a sealed chamber pumped below 1 Pa at more than 1,500 °C: a vacuum "
         "induction furnace (2B227), a dual-use item that needs an export licence, sold to a Dubai reseller whose "
         "buyer makes centrifuge components in Iran (Regulation 267/2012); Dutch wording (vacuum induction furnaces "
         "repeat in about four rows; one declared as a used foundry furnace from a university laboratory is new as far "
         "as a search found)", {"importer_country": "AE"}),
        ("STR-10", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "440290",
         "Kokogles bērza, grilēšanai, 10 kg maisi, 3 vagoni", "KZ", 150000, 15000, 75000, "EUR",
         "Kazakhstan has steppe, not birch forest, and exports little charcoal; these bags of birch charcoal carry "
         "Russian print under the new labels and a Bryansk producer's batch codes, and the wagons were loaded at "
         "a Russian station: Russian wood products, charcoal included, may not be imported into the Union "
         "(Regulation 833/2014, Article 3i, Annex XXI); Latvian wording (Russian wood through third countries "
         "repeats as plywood and pellets; birch charcoal by rail through Kazakhstan papers is new as far as a search "
         "found)", {"importer_country": "LV"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "MG", ["ET"], "BE", "030791",
         "Escargots terrestres vivants (Achatina) pour élevage, 2 caisses, 30 kg", "MG", 30, 2, 150, "USD",
         "giant land snails travel in damp ventilated crates and are sold by the kilo; these crates, flown from "
         "Antananarivo through Addis Ababa, hold forty small tortoises with high domed black shells patterned in "
         "yellow radiating lines and a hinged front lobe in some: spider tortoises (Pyxis arachnoides, CITES App. I, "
         "EU Annex A), poached in south-western Madagascar, without permits; French wording (radiated tortoises repeat "
         "in several rows; spider tortoises, and land snails as their cover, are new as far as a search found)",
         {"importer_country": "BE"}),
        ("WLF-02", "import", "CZPOST01", "post", "BO", [], "CZ", "970529",
         "Escarabajos Dynastes hercules, criados en cautiverio, montados, 20 ejemplares", "BO", 0.4, 20, 200, "USD",
         "Hercules beetles are olive-green to yellow with black spots and a long, toothed horn, and live in the "
         "Antilles and lowland South America; these twenty pinned males are glossy black with a velvet-brown wash "
         "and a hairy underside to the upper horn, and come from the Yungas of La Paz: satanas beetles (Dynastes "
         "satanas, CITES App. II), wild-taken, posted to a private collector in Brno without an export permit; "
         "Bolivian Spanish wording (beetles are new as far as a search found; butterflies repeat as framed insects)",
         person("Soukromá osoba", "CZ")),
        ("WLF-03", "import", "DEPOST01", "post", "CN", [], "DE", "970529",
         "凤蝶标本（麝凤蝶属），展翅，40 只", "CN", 0.2, 40, 160, "USD",
         "Byasa windmill swallowtails are black with red spots and a plain tail; these forty spread butterflies are "
         "black with fine yellow cross-lines, three tails on each hind wing and a patch of red and orange eyespots: "
         "Bhutan glories (Bhutanitis, CITES App. II), caught in the mountains of Yunnan and Sichuan, posted to a "
         "private collector in Leipzig without export permits; Chinese wording (butterflies repeat, birdwings, "
         "Kaiser-i-Hind and apollos among them; Bhutan glories are new as far as a search found)",
         person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "ITPOST01", "post", "PG", ["AU"], "IT", "960190",
         "Painted land snail shells, handicraft, 200 pcs", "PG", 1, 200, 60, "USD",
         "painted craft shells are dull and coloured with enamel; these 200 small shells are a natural, glossy "
         "emerald green with a yellow band at the lip, unpainted, from the Manus Islands: green tree snails "
         "(Papustyla pulcherrima, CITES App. II), collected from the wild for the shell trade, posted through "
         "Australia to a private collector in Genoa without an export permit; English wording with Tok Pisin in "
         "the sender's address (tree snails are new as far as a search found; conch and giant clam shells repeat)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-05", "import", "ATAIR01", "air", "VN", [], "AT", "010620",
         "Rùa Reeves (Mauremys reevesii) sinh sản nuôi nhốt, 30 con", "VN", 6, 30, 450, "USD",
         "Reeves' turtles are brown with faint yellow lines on the head; these thirty have bold yellow stripes along "
         "the sides of a dark head and neck and a keeled, black shell: Vietnamese pond turtles (Mauremys annamensis, "
         "CITES App. I), almost extinct in the wild in central Viet Nam, for a Vienna reptile trader without permits; "
         "Vietnamese wording (Asian box turtles repeat, and big-headed turtles went to Prague by air in "
         "blind62; the Vietnamese pond turtle is new as far as a search found)",
         firm("Terraristik Donau GmbH", "AT")),
        ("WLF-06", "import", "DEAIR01", "air", "US", [], "DE", "010620",
         "Blauzungenskinke (Tiliqua scincoides), Nachzucht, 6 Stück", "MX", 9, 6, 900, "USD",
         "blue-tongued skinks are smooth, glossy and banded grey-brown; these six are heavy, slow lizards with a "
         "beaded black skin marked in yellow, a thick tail and a venomous bite: Mexican beaded lizards (Heloderma "
         "horridum, CITES App. II), wild-caught in Jalisco, sent through a Texas reptile dealer to a German breeder "
         "without a Mexican export permit; German wording (beaded lizards appear once, wild-caught with Mexican "
         "Spanish wording; declared as blue-tongued skinks and sent through a Texas dealer they are new as far as a "
         "search found)", firm("Reptilien Nordhafen GmbH", "DE")),
        ("WLF-07", "import", "DEPOST01", "post", "US", [], "DE", "970529",
         "Handmade dreamcatchers with natural feathers, 12 pcs", "US", 1.5, 12, 240, "USD",
         "dreamcatchers for sale carry dyed turkey or goose feathers; these twelve carry dark brown, 30 cm flight "
         "feathers, and tail feathers white with a broad black tip, as on a young bird: golden eagle feathers (Aquila "
         "chrysaetos, CITES App. II, EU Annex A), which US law forbids to sell, posted to a private person in "
         "Cologne without a permit; US English wording (eagle parts appear twice, as eggs of eagle owls and heads; "
         "eagle feathers in dreamcatchers are new as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-08", "transit", "ESSEA01", "sea", "CL", ["ES"], "TR", "440799",
         "Tablas de ciprés de la cordillera (Austrocedrus chilensis), 12 m3", "CL", 6000, None, 9000, "USD",
         "Austrocedrus is pale yellow-brown with a faint smell; these narrow, dense boards are reddish-yellow, smell "
         "strongly of cedar oil and come from Aysén: Guaitecas cypress (Pilgerodendron uviferum, CITES App. I), "
         "salvaged or cut in protected southern forests, trans-shipped at Valencia for an Istanbul sauna builder, "
         "without permits (the transit of App. I specimens through the Union without permits is an offence, "
         "Regulation 338/97); Chilean "
         "Spanish wording (alerce shingles appear once (blind55); Guaitecas cypress is new as far as a search found)",
         firm("Sauna Yapı Ltd. Şti.", "TR")),
        ("WLF-09", "import", "CZSEA01", "sea", "VN", [], "CZ", "081310",
         "Mơ khô, 1 000 kg", "VN", 1000, None, 3000, "USD",
         "a Vietnamese herbal-wholesale container for the Prague Sapa market whose fourth line, 'Coptis chinensis', is "
         "not the clustered, claw-like rhizome of the Chinese species but single straight rhizomes with a Mishmi "
         "trader's tag from Arunachal Pradesh: Coptis teeta (CITES App. II, whole and sliced rhizomes), wild-dug, "
         "without an export permit; Vietnamese wording (Coptis teeta is new as far as a search found; other wild TCM "
         "plants such as costus, gastrodia and cibotium repeat, cibotium once in a Vietnamese medicinal consignment "
         "to Milan (blind61); hidden as one line of a Prague market container it is new)",
         {"importer_name": "Sapa Thảo Dược s.r.o.", "consignee_name": "Sapa Thảo Dược s.r.o.", "importer_country": "CZ",
          "_more_items": [item("090961", "Hoa hồi khô, 500 kg", "VN", 500, 4500, "USD"),
                          item("081320", "Táo tàu khô, 800 kg", "VN", 800, 2400, "USD"),
                          item("121190", "Hoàng liên chân gà (Coptis chinensis), khô, 200 kg", "VN", 200, 4000, "USD")]}),
        ("WLF-10", "import", "NLPOST01", "post", "BR", [], "NL", "060290",
         "Cactos ornamentais Gymnocalycium, mudas enxertadas, 60 unidades", "BR", 2, 60, 90, "USD",
         "grafted Gymnocalycium seedlings are small, red or yellow, on a green rootstock; these sixty are ungrafted, "
         "field-grown plants with old roots and soil from quartz sand: flattened, white-spined Discocactus and "
         "dark, ribbed Uebelmannia from Bahia and Minas Gerais (CITES App. I), dug from the wild, posted to a private "
         "collector in Eindhoven without permits or a plant-health certificate; Brazilian Portuguese wording "
         "(Mexican cacti repeat; Brazilian App. I cacti are new as far as a search found)", person("Mw. E. de Jong", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "CH", "DE", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private model-engine user", "CH", 4.6, 4, 90, "CHF",
     [("PRECURSOR_LICENCE", "DE-BAFA-36-0418")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRAIR01", "express", "TR", "GR", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user", "TR", 22.6, 4, 80, "USD",
     [("PRECURSOR_LICENCE", "GR-YPA-36-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DKSEA01", "sea", "NO", "DK", "271099",
     "Waste gear oil from wind turbines (13 02 06*), for regeneration at a licensed plant, 16 t", "NO", 16000,
     None, 0, "EUR",
     [("BASEL_CONSENT", "DK-MST-36-0517")], "notified waste oil to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "680610",
     "Refractory ceramic fibre waste from kiln linings (16 11 03*), for disposal at a licensed landfill, 8 t", "CH",
     8000, None, 0, "EUR",
     [("BASEL_CONSENT", "AT-BMK-36-0173")], "notified insulation waste to a licensed hazardous-waste landfill"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290376",
     "Halon 1301 recovered from railway fire-suppression bottles, 6 cylinders, 120 kg, for destruction", "CH", 120,
     6, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-36-011")], "recovered halon imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "NO", "BE", "290371",
     "HCFC-22 recovered from fish-processing refrigeration plants, 20 cylinders, 400 kg, for destruction", "NO",
     400, 20, 0, "EUR",
     [("ODS_LICENCE", "BE-FOD-ODS-36-004")], "recovered HCFC imported for destruction under licence"),
    ("PRM-07", "cultural", "import", "FRSEA01", "sea", "VU", "FR", "970690",
     "Ambrym slit gong, early 20th century, from a collection documented since 1952, exported with permit", "VU",
     280, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "VU-VKS-36-0009")], "ethnographic object with the export permit of its country"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970690",
     "Dutch builder's ship model, 18th century, from a family collection", "NL", 14, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EU-EXP-36-0211")], "antique exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "NO", "847989",
     "Filament winding machine, CNC, 5 axes, for a Norwegian composite pressure-vessel maker", "DE", 9000, 1, 420000,
     "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-36-2204"), ("END_USER_CERTIFICATE", "NO-EUC-36-0148")],
     "dual-use machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "CH", "360490",
     "CS riot-control grenades, 500, for a Swiss cantonal police", "CZ", 150, 500, 12000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-36-0311"), ("END_USER_CERTIFICATE", "CH-KAPO-EUC-36-0027")],
     "military-list riot-control goods under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "BO", "CZ", "970529",
     "Satanas beetles (Dynastes satanas), captive-bred, pinned, 20", "BO", 0.4, 20, 600, "USD",
     [("CITES_PERMIT", "BO-MMAYA-36-0044")], "App. II insects with their export permit"),
    ("PRM-12", "wildlife", "import", "CZSEA01", "sea", "CN", "CZ", "121190",
     "Coptis teeta rhizome, cultivated, dried, 200 kg, for a TCM pharmacy wholesaler", "CN", 200, None, 6000, "USD",
     [("CITES_PERMIT", "CN-ENDANGERED-36-1187")], "App. II roots with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Herr K. Becker", "PRM-02": "Eleni Papadopoulou", "PRM-03": "Nordisk Olie Regenerering A/S",
    "PRM-07": "Galerie Océanie Rive Gauche SARL", "PRM-11": "Entomologické muzeum Brno o.p.s.",
    "PRM-12": "Sapa Thảo Dược s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220720", "Fondue burner spirit, denatured ethanol, 1 l", "import", ["road"], ["CH"], (2, 4), (3000, 8000), ["CHF"], 1.2, S),
    ("950590", "Pysanky egg-decorating kit (beeswax, stylus, dyes)", "import", ["post"], ["UA"], (15, 30), (1, 2), ["EUR"], 2, S),
    ("050900", "Natural sea sponges, bleached, retail", "import", ["express"], ["TR"], (40, 80), (1, 3), ["USD"], 10, S),
    ("330520", "Perm lotions and neutralisers, salon packs", "import", ["road"], ["TR", "RS"], (4, 7), (2000, 6000), ["EUR"], 2, S),
    ("250100", "Reef salt mix for marine aquaria, 20 kg buckets", "import", ["road"], ["GB"], (1.5, 3), (5000, 12000), ["GBP"], 0.05, S),
    ("283330", "Potassium alum aftershave blocks, 100 g", "import", ["post"], ["CN", "TH"], (15, 30), (1, 2), ["USD"], 10, S),
    ("281122", "Silica gel flower-drying crystals, 1.5 kg tubs", "import", ["express"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 0.7, S),
    ("283325", "Copper sulphate for hobby electroforming, 1 kg", "import", ["express"], ["US"], (10, 20), (1, 3), ["USD"], 1, S),
    ("283311", "Glauber's salt (sodium sulphate) for textile dyeing, 25 kg bags", "import", ["road"], ["MK", "RS"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.04, S),
    ("731815", "Rock bolts for mine roof support, new", "export", ["sea"], ["GN", "GH"], (1.5, 2.5), (8000, 20000), ["EUR"], 0.3, S),
    ("842860", "Chair-lift spare parts, new (grips, sheaves)", "export", ["road"], ["GE", "RS"], (20, 40), (500, 3000), ["EUR"], 0.05, S),
    ("392010", "HDPE pond liner, new, 1.5 mm, on rolls", "export", ["sea"], ["MA", "TN"], (2, 3), (10000, 20000), ["EUR"], None, S),
    ("680610", "Kiln insulation blanket, AES wool, new, rolls", "export", ["sea"], ["TN", "EG"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("701322", "Lead crystal wine glasses, new, boxed", "export", ["rail"], ["UA"], (8, 14), (2000, 8000), ["EUR"], 4, S),
    ("271019", "Wind-turbine gear oil, new, ISO VG 320, drums", "export", ["sea"], ["EG", "MA"], (3, 5), (8000, 16000), ["EUR"], None, S),
    ("940290", "Hospital beds, electric, new", "export", ["sea"], ["NG", "GH"], (8, 14), (3000, 9000), ["EUR"], 0.01, S),
    ("390690", "Superabsorbent polymer, virgin, for hygiene products", "export", ["sea"], ["AL", "TR"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("250590", "Washed building sand, natural, bulk", "export", ["road"], ["BA"], (0.01, 0.03), (20000, 26000), ["EUR"], None, S),
    ("250510", "Silica sand for glassmaking, washed", "export", ["sea"], ["EG", "TR"], (0.04, 0.08), (22000, 26000), ["EUR"], None, S),
    ("282760", "Calcium bromide completion brine, new", "export", ["sea"], ["NG", "GH"], (1.5, 3), (15000, 22000), ["GBP", "EUR"], None, S),
    ("860210", "Diesel-electric shunting locomotives, new", "export", ["rail"], ["UA"], (6, 10), (60000, 80000), ["EUR"], 0.000015, S),
    ("841869", "Ripening-room refrigeration units, new, CO2", "export", ["sea"], ["LB", "MA"], (10, 16), (2000, 6000), ["EUR"], 0.002, S),
    ("841869", "Brewery glycol chillers, new, R-290", "export", ["sea"], ["TZ", "KE"], (10, 16), (2000, 6000), ["EUR"], 0.001, S),
    ("841582", "Pre-conditioned air units for aircraft gates, new", "export", ["sea"], ["GE", "MA"], (10, 16), (3000, 9000), ["EUR"], 0.0003, S),
    ("842410", "Fire extinguishers, CO2, 5 kg, new", "import", ["sea"], ["CN", "TR"], (6, 10), (3000, 8000), ["USD"], 0.1, S),
    ("841869", "Ice-cube makers, new, R-290", "import", ["road"], ["CH"], (10, 16), (500, 2000), ["CHF"], 0.03, S),
    ("382219", "Gem-testing density liquids, diiodomethane-based, 4 x 10 ml sets", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 5, S),
    ("841850", "Blood-bank refrigerators, new, R-600a", "export", ["sea"], ["ET", "KE"], (10, 16), (1000, 4000), ["EUR"], 0.005, S),
    ("841869", "Granita machines, new, R-290", "import", ["sea"], ["CN", "TR"], (8, 12), (2000, 6000), ["USD"], 0.03, S),
    ("841869", "Cold-room units for flower packhouses, new, CO2", "export", ["sea"], ["KE", "ET"], (10, 16), (2000, 6000), ["EUR"], 0.003, S),
    ("442199", "Carved slit gongs, new Vanuatu craft, 1 m", "import", ["sea"], ["VU"], (3, 6), (500, 2000), ["USD"], 0.02, S),
    ("442090", "Carved wooden heads, new Cameroonian craft", "import", ["air"], ["CM"], (8, 15), (100, 400), ["USD"], 0.5, S),
    ("460219", "Woven flax (harakeke) kete bags, new Māori craft", "import", ["post"], ["NZ"], (40, 80), (1, 2), ["NZD"], 3, S),
    ("680299", "Sandstone Buddha statues, new Thai craft", "import", ["sea"], ["TH"], (1, 2), (2000, 6000), ["USD"], 0.02, S),
    ("950300", "Wooden ship model kits, new", "export", ["post"], ["US", "CH"], (40, 80), (1, 3), ["EUR"], 0.5, S),
    ("680299", "Sandstone garden statues, new, workshop-made", "export", ["road"], ["CH"], (2, 4), (2000, 6000), ["EUR"], 0.005, S),
    ("920190", "Harpsichords, new, workshop-built", "export", ["sea"], ["US"], (60, 120), (500, 1500), ["EUR"], 0.008, S),
    ("680299", "Carved basalt garden stones, new Turkish craft", "import", ["road"], ["TR"], (0.8, 1.5), (8000, 16000), ["EUR"], 0.01, S),
    ("630492", "Suzani embroideries, new Uzbek craft", "import", ["air"], ["UZ"], (25, 50), (100, 400), ["USD"], 0.3, S),
    ("970529", "Pinned Hercules beetles, captive-bred, framed", "import", ["post"], ["JP", "US"], (150, 300), (1, 2), ["USD"], 10, S),
]
# Everyday trade: blind60's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind52's
# five rows and three of blind58's), with four rows of its own instead of blind60's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND64_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind64", 20361101, HERE)


if __name__ == "__main__":
    main()
