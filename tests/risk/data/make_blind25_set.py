#!/usr/bin/env python3
"""Writes the twenty-fifth blind set (tests/risk/data/blind25-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2030, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-four profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind14_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

Ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving goods by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); disguised rows carry one
only where a real declaration would. In the ordinary table, goods that travel by post or
express travel only so, with parcel masses, and no partner is an EU member. Ids are BL25-*:

    python3 tests/risk/data/make_blind25_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CN", [], "AT", "282990",
         "Natriumperchlorat-Monohydrat 99 %, Elektrolytsalz für Batterieversuche, 2 x 5 kg", "CN", 10, 2, 85, "USD",
         "sodium perchlorate (Annex I, limit 40 %) as a 'battery research salt' to a private person: research "
         "electrolytes are bought in grams from lab suppliers, not 10 kg of oxidiser by express; German wording",
         person("Privatperson", "AT")),
        ("PRE-02", "import", "DEAIR01", "express", "TR", [], "DE", "284700",
         "Wasserstoffperoxid 40 %, Sterilisationsmittel für Aseptik-Abfüllanlagen, Kanister 10 l, 6 St.", "TR", 66,
         6, 140, "EUR",
         "aseptic fillers do use 35 % peroxide, in drums to a dairy or bottler; 60 l of 40 % peroxide (Annex I, "
         "limit 12 %) by express to a private address is not for a filling line", person("Herr D. Krüger", "DE")),
        ("PRE-03", "import", "GBPOST01", "post", "US", [], "GB", "290420",
         "Nitromethane, HPLC grade 99 %, 4 x 2.5 l glass bottles, 'for home lab'", "US", 11, 4, 260, "USD",
         "a reagent-grade solvent is still nitromethane (Annex I, limit 30 %); 10 l by post to a private person "
         "'for a home lab' is the pure substance outside the lab-supply chain", person("Mr R. Hale", "GB")),
        ("PRE-04", "import", "ESSEA01", "sea", "EG", [], "ES", "310230",
         "Suplemento nitrogenado no proteico para ganado, nitrato amónico 99 %, sacos 50 kg, 22 t", "EG", 22000, 440,
         7900, "USD",
         "non-protein nitrogen for ruminants is urea or biuret, never ammonium nitrate (toxic to cattle); a 99 % "
         "AN 'feed supplement' under AN's own code is Annex I AN to a feed trader; Spanish wording",
         firm("Piensos Levante SL", "ES")),
        ("PRE-05", "import", "ESROAD01", "road", "AD", [], "ES", "291411",
         "Acetona pura 99,5 %, limpiador de brochas, bidones 25 l, 8 uds.", "AD", 158, 8, 190, "EUR",
         "200 l of pure acetone (Annex II) as a 'brush cleaner' driven from Andorra to a private person; brush cleaners "
         "are sold by the litre; Spanish wording", person("Sr. J. Puig", "ES")),
        ("PRE-06", "import", "ITPOST01", "post", "CN", [], "IT", "283429",
         "Nitrato di magnesio esaidrato 99 %, nutriente per idroponica, sacchi 25 kg", "CN", 25, 1, 40, "USD",
         "25 kg of magnesium nitrate hexahydrate (Annex II) by post to a private person; home growers buy "
         "ready-mixed nutrients by the litre; Italian wording", person("Sig. A. Ferri", "IT")),
        ("PRE-07", "import", "FRAIR01", "express", "CN", [], "FR", "283429",
         "Nitrate de calcium 99 % anhydre, accélérateur pour béton, sacs 25 kg, 2 pcs", "CN", 50, 2, 70, "USD",
         "concrete accelerators come as ready admixtures to builders; 50 kg of pure calcium nitrate (Annex II) by "
         "express to a private person; French wording", person("M. L. Garnier", "FR")),
        ("PRE-08", "export", "FRSEA01", "sea", "FR", ["MT"], "LY", "310240",
         "Nitrate d'ammonium calcaire 27 % N, blanc, poreux, sans dolomie, big bags 1 t, 500 t", "FR", 500000, 500,
         150000, "EUR",
         "CAN is ammonium nitrate mixed with dolomite or limestone; 'white, porous, without dolomite' is porous-prill "
         "AN under CAN's code, transhipped in Malta to Libya; French wording",
         {"importer_name": "Al Nour General Trading", "importer_country": "LY"}),
        ("PRE-09", "import", "NLPOST01", "post", "CN", [], "NL", "360490",
         "Klappertjespasta voor speelgoedpistolen, los, emmer 5 kg", "CN", 5, 1, 38, "USD",
         "toy caps are sold as finished paper or plastic rings; loose 'cap paste' is a potassium chlorate and red "
         "phosphorus mixture (Annex I chlorate) by the kilo to a private person; Dutch wording",
         person("Dhr. S. Visser", "NL")),
        ("PRE-10", "import", "ESSEA01", "sea", "MA", [], "ES", "340600",
         "Velas cilíndricas de parafina 400 g, amarillas, con pozo axial para cápsula, 1.200 uds.", "MA", 480, 1200,
         900, "EUR",
         "a 400 g cast yellow cylinder with an axial well 'for a cap' is a cast booster (pentolite/TNT); candles have a "
         "wick, not a detonator well; Spanish wording", {"importer_name": "Ceras del Estrecho SL", "importer_country": "ES"}),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "382000",
         "De-icing fluid, glycol 30 %, used, from airport apron collection, for reuse, ISO tank, 22 t", "BE", 22000,
         None, 0, "EUR",
         "glycol collected from an apron after de-icing is a waste (diluted, contaminated with fuel and dirt) shipped "
         "at zero value 'for reuse'", {}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "MY", "390390",
         "ABS/HIPS regrind, black, from WEEE housings, mixed, 24 t", "DE", 24000, None, 2400, "EUR",
         "black regrind from WEEE housings is mixed brominated-flame-retardant plastic (Y48/A3210 when contaminated) "
         "at a tenth of a prime resin's price, to Malaysia", {}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "VN", "570331",
         "Artificial turf rolls, used, with SBR rubber infill, for reuse, 20 t", "BE", 20000, None, 600, "EUR",
         "end-of-life pitches with their rubber infill at 30 EUR/t are mixed plastic waste (Y48), not reusable turf", {}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Concime organico, fanghi di conceria essiccati, Cr 1,2 %, sacconi, 20 t", "IT", 20000, None, 0, "EUR",
         "dried tannery sludge with 1.2 % chromium is a hazardous residue, not an organic fertiliser; zero value; "
         "Italian wording", {}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "870323",
         "Used cars, non-runners, undrained, for spare parts, 30 units", "NL", 33000, 30, 9000, "EUR",
         "undrained non-running cars sold 'for parts' at 300 EUR each are end-of-life vehicles with oil, fuel, "
         "brake fluid and batteries: hazardous waste, not second-hand cars", {}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "TR", "390890",
         "Chatarra de redes de pesca de PA6, con plomos y flotadores, prensada, 20 t", "ES", 20000, None, 1200, "EUR",
         "end-of-life nets with their lead weights and floats are mixed, contaminated plastic waste (Y48), not a PA6 "
         "scrap grade; Spanish wording", {}),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["PL", "UA"], "MD", "320890",
         "Restfarben und Lacke, angebrochene Gebinde, gemischt, zum Wiederverkauf, 12 t", "DE", 12000, None, 600,
         "EUR",
         "opened, mixed leftover paints and lacquers at 50 EUR/t are solvent-based paint waste (Y12), not resale "
         "stock; German wording", {}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "IN", "282739",
         "Heat-treatment salt, used, reusable, barium chloride and cyanide bath residues, drums, 6 t", "NL", 6000, None,
         0, "EUR",
         "spent case-hardening salts with cyanide residues are hazardous waste (Y33), not a reusable salt; zero value",
         {}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "TR", "440111",
         "Brandhout, gebruikte telegraafpalen, geïmpregneerd, gezaagd, 24 t", "NL", 24000, None, 500, "EUR",
         "impregnated utility poles (creosote or CCA) are hazardous waste wood, not firewood; Dutch wording", {}),
        ("WST-10", "export", "BGSEA01", "sea", "BG", [], "TR", "271320",
         "Bitumen 50/70, from coke-oven by-products, flexitank, 20 t", "BG", 20000, None, 2000, "EUR",
         "road bitumen comes from petroleum refining; a coke-oven by-product is coal tar (A3190, PAH-rich), a "
         "hazardous residue", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "280429",
         "Welding shielding gas 'CH2F2', cylinders 9 kg, 150 pcs", "TR", 1350, 150, 4200, "EUR",
         "welding gases are argon, CO2 and helium mixes; CH2F2 is difluoromethane, HFC-32, under a rare-gas heading "
         "and outside quota", {"importer_name": "Varna Weld Gas EOOD", "importer_country": "BG",
                               "_more_items": [item("721720", "Welding wire SG2, 15 kg spools", "TR", 600, 900, "EUR")]}),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "290110",
         "Agente espandente per schiume PU, 'pentano', CAS 460-73-1, fusti 250 kg, 16 t", "CN", 16000, 64, 88000,
         "USD",
         "CAS 460-73-1 is HFC-245fa, not pentane; at 5.5 USD/kg it is not a hydrocarbon's price; Italian wording",
         {}),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", [], "PL", "280429",
         "Inert gas fire-suppression agent IG-541, 80 l cylinders, 100 pcs, net 62 kg each", "CN", 6200, 100, 41000,
         "USD",
         "IG-541 (N2, Ar, CO2) is a compressed gas of about 20 kg per 80 l at 300 bar; 62 kg of liquid per cylinder "
         "is a liquefied halocarbon, HFC-125 class, under an inert-gas code", {}),
        ("OZN-04", "import", "NLAIR01", "air", "IN", [], "NL", "290379",
         "Bromochloromethane 99 %, dense laboratory solvent, drums 250 kg, 4 pcs", "IN", 1000, 4, 6500, "USD",
         "bromochloromethane (halon 1011) is a controlled ozone-depleting substance; a tonne as a 'lab solvent' to a "
         "trader without an ODS licence", {"importer_name": "Benelux Lab Chemicals BV", "importer_country": "NL"}),
        ("OZN-05", "import", "ESSEA01", "sea", "CN", [], "ES", "382499",
         "Refrigerante de baja presión R-514A para enfriadoras centrífugas, bidones 100 kg, CAS 306-83-2, 40 uds.",
         "CN", 4000, 40, 36000, "USD",
         "CAS 306-83-2 is HCFC-123, not the HFO blend R-514A; an HCFC refill for old centrifugal chillers; Spanish "
         "wording", {}),
        ("OZN-06", "import", "GRSEA01", "sea", "CN", [], "GR", "290110",
         "Agent gonflant pour XPS, 'isobutane', CAS 75-68-3, bouteilles 900 kg, 20 pcs", "CN", 18000, 20, 63000,
         "USD",
         "CAS 75-68-3 is HCFC-142b, the old XPS blowing agent, not isobutane (75-28-5); French wording to a Greek "
         "insulation plant", firm("Thermopan Insulation AE", "GR")),
        ("OZN-07", "import", "GBAIR01", "air", "US", [], "GB", "842410",
         "Cargo compartment fire extinguisher bottles, used, serviceable, 'charged nitrogen', 30 kg, 6 pcs", "US",
         180, 6, 7200, "USD",
         "cargo-hold extinguisher bottles are charged with halon 1301 and pressurised with nitrogen; 30 kg of "
         "content is the halon, imported without a critical-use licence", {}),
        ("OZN-08", "import", "DESEA01", "sea", "US", [], "DE", "841821",
         "Kühlschränke, Vintage 1955, restauriert, mit Originalkältemittel, 40 St.", "US", 4400, 40, 48000, "USD",
         "1950s refrigerators 'with their original refrigerant' carry CFC-12 (or sulphur dioxide); placing CFC-charged "
         "equipment on the market is banned; German wording", firm("Retro Living GmbH", "DE")),
        ("OZN-09", "import", "ESSEA01", "sea", "CN", [], "ES", "920890",
         "Bocinas de aire para estadio, 300 ml, 'gas comprimido', 12.000 uds.", "CN", 3000, 12000, 5400, "USD",
         "air horns are filled with liquefied HFC-134a; novelty aerosols with HFCs may not be placed on the market; "
         "'compressed gas' hides it; Spanish wording", {"importer_name": "Fiesta Deportes SL", "importer_country": "ES"}),
        ("OZN-10", "import", "SESEA01", "sea", "CN", [], "SE", "841510",
         "Portabla luftkonditioneringar 9000 BTU, 'miljövänlig gas', laddning 0,9 kg, 600 st.", "CN", 16800, 600,
         90000, "USD",
         "propane portable units hold a few hundred grams; a 0.9 kg charge of an unnamed 'eco gas' is an HFC such "
         "as R-410A, banned in plug-in room air conditioners; Swedish wording", {}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "LB", [], "FR", "530911",
         "Chutes de toile de lin, roulées, peintes, 6 rouleaux", "SY", 12, 6, 90, "EUR",
         "'painted linen offcuts' rolled and shipped from Lebanon, of Syrian origin, are paintings cut from their "
         "stretchers; offcuts are not painted; French wording", firm("Rivage Textiles SARL", "FR")),
        ("CUL-02", "import", "ROROAD01", "road", "UA", [], "RO", "740400",
         "Deșeu de bronz, clopot, o bucată, 380 kg, cu inscripție chirilică 1862", "UA", 380, 1, 2300, "EUR",
         "a single 380 kg 'bronze scrap' piece that is a bell with an 1862 Cyrillic inscription is a church bell, "
         "cultural property of Ukraine; Romanian wording", {}),
        ("CUL-03", "import", "DEPOST01", "post", "EG", [], "DE", "630790",
         "Stoffmuster, Leinen und Wolle, gewebt, alt, Fragmente, 12 St.", "EG", 1, 12, 60, "EUR",
         "woven linen-and-wool fragments from Egypt are Coptic textiles from burials, sent as fabric swatches to a "
         "private person; German wording", person("Frau B. Lehmann", "DE")),
        ("CUL-04", "import", "DEPOST01", "post", "UA", [], "DE", "830629",
         "Messinghelm, Feuerwehr-Deko, alt, mit Wangenklappen, korrodiert, 1 St.", "UA", 2, 1, 90, "EUR",
         "a corroded bronze helmet with cheek pieces is an ancient (Roman or Greek) helmet from a detector find, "
         "not a fire-brigade decoration; German wording", person("Privatperson", "DE")),
        ("CUL-05", "import", "NLSEA01", "sea", "TR", [], "NL", "442199",
         "Gesneden houten deur, oud, vergulde panelen met heiligen, 1 st.", "CY", 140, 1, 1200, "EUR",
         "gilded panels with saints, 'old', of Cypriot origin shipped from Turkey, are an iconostasis door taken "
         "from a church in the north of Cyprus; Dutch wording", {}),
        ("CUL-06", "export", "ITAIR01", "air", "IT", [], "CN", "920210",
         "Violino da studio, usato, etichetta 'J.B. Guadagnini Torino 1780', 1 pz.", "IT", 2, 1, 900, "EUR",
         "a 'student violin' with an 18th-century maker's label is declared at 900 EUR to avoid the cultural export "
         "certificate an old Italian violin needs; Italian wording", {}),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "US", "491191",
         "Grabados decorativos sueltos, mapas coloreados a mano, sello de biblioteca, 24 hojas", "ES", 1, 24, 300,
         "EUR",
         "hand-coloured loose maps with a library stamp are plates cut from old library atlases; Spanish wording",
         {}),
        ("CUL-08", "import", "GBAIR01", "air", "IN", [], "GB", "830629",
         "Brass idol, Nataraja, new, lost-wax, old patina, numbered on base, 1 pc", "IN", 45, 1, 400, "GBP",
         "a 'new' bronze with an old patina and a number on its base (a temple inventory mark) is a stolen temple "
         "bronze declared as a modern brass idol", {}),
        ("CUL-09", "import", "ATROAD01", "road", "RS", [], "AT", "830629",
         "Bronzetafeln, alt, Paar, mit Scharnierlöchern und lateinischer Inschrift, 2 St.", "RS", 1, 2, 120, "EUR",
         "a hinged pair of bronze tablets with a Latin inscription is a Roman military diploma from the Danube "
         "frontier; German wording", {}),
        ("CUL-10", "import", "ESAIR01", "air", "CO", [], "ES", "711291",
         "Oro para fundir, joyería usada, cuentas y colgantes en forma de rana, 1,2 kg", "CO", 1.2, None, 68000, "USD",
         "frog pendants and beads in 'gold for melting' from Colombia are Tairona gold work from looted graves; "
         "Spanish wording", firm("Metales Preciosos Madrid SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KG", "854231",
         "Elektronische Bauteile für Spielzeug, Mikrocontroller STM32F4, 3.000 St.", "CH", 6, 3000, 21000, "EUR",
         "STM32 microcontrollers are on the common high-priority list; 'toy parts' at 7 EUR a chip to a trader in "
         "Kyrgyzstan are a Russia-bound consignment; German wording",
         {"importer_name": "Ala-Too Electronics LLC", "importer_country": "KG",
          "_more_items": [item("950300", "Spielzeug, Plüschtiere, 20 St.", "CN", 4, 60, "EUR")]}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "AE", "844540",
         "Textilspulmaschine, CNC 4 Achsen, Wickeldorn 3 m, mit Harzbad, 1 St.", "DE", 9000, 1, 640000, "EUR",
         "a 4-axis CNC winder with a 3 m mandrel and a resin bath is a filament-winding machine for composite "
         "motor cases (dual-use), declared as a yarn winder to a free-zone trader; German wording",
         {"importer_name": "Emirates Industrial Machinery FZE", "importer_country": "AE"}),
        ("STR-03", "import", "ITSEA01", "sea", "GE", [], "IT", "252329",
         "Cemento Portland CEM I 42,5 R, origine Georgia, sacchi marchio Novoroscement, 6.000 t", "GE", 6000000, None,
         420000, "USD",
         "Novoroscement is the Novorossiysk cement works: Russian cement under the import ban, declared of Georgian "
         "origin; Italian wording", {}),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "LB", "281212",
         "Flame-retardant intermediate, POCl3 99 %, drums 300 kg, 20 pcs", "BE", 6000, 20, 12000, "EUR",
         "phosphorus oxychloride is a CWC Schedule 3 chemical; as a 'flame-retardant intermediate' to a Beirut "
         "trader, it needs a licence and an end-user certificate", {"importer_name": "Cedar Chem Trading SAL", "importer_country": "LB"}),
        ("STR-05", "import", "ESSEA01", "sea", "TR", [], "ES", "270111",
         "Antracita, origen Kazajistán, cargada en Tuapse, 30.000 t", "KZ", 30000000, None, 5400000, "USD",
         "coal loaded at a Russian Black Sea port with a 'Kazakh' origin is Russian coal under the import ban; "
         "Spanish wording", {}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["GE"], "KG", "842952",
         "Used crawler excavators 20 t, 4 pcs, consignee Bishkek, notify party Moscow", "DE", 88000, 4, 420000, "EUR",
         "construction machinery to a Bishkek consignee with a Moscow notify party is sanctions circumvention by "
         "way of Georgia", {"importer_name": "Bishkek Stroy Tech LLC", "importer_country": "KG"}),
        ("STR-07", "export", "ITAIR01", "air", "IT", [], "KZ", "650610",
         "Caschi da bicicletta, aramide, NIJ IIIA, con attacco NVG, 300 pz.", "IT", 450, 300, 165000, "EUR",
         "an aramid NIJ IIIA helmet with a night-vision mount is a ballistic military helmet, not a bicycle helmet, "
         "to Kazakhstan; Italian wording", {"importer_name": "Steppe Sport Trade LLP", "importer_country": "KZ"}),
        ("STR-08", "export", "ATAIR01", "air", "AT", [], "TR", "840734",
         "Snowmobile engines 4-stroke, Rotax 912 ULS, 6 pcs", "AT", 360, 6, 120000, "EUR",
         "the Rotax 912 is an aircraft engine (used in UAVs), not a snowmobile engine; six to a Turkish trader, the "
         "route used towards Iran", {"importer_name": "Anka Motor Ticaret", "importer_country": "TR"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "TR", "292111",
         "Pharmaceutical intermediate for metformin, dimethylamine hydrochloride 99 %, 25 kg bags, 6 t, Mersin free zone, notify Aleppo",
         "BE", 6000, 240, 9000, "EUR",
         "dimethylamine hydrochloride is an Australia Group precursor; to a free-zone trader with a notify party in "
         "Aleppo it is a licensable export declared as a drug intermediate", {"importer_name": "Mersin Kimya Serbest Bölge", "importer_country": "TR"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "840890",
         "Generator sets, diesel engines MTU 16V 4000, marine, notify Bandar Abbas, 2 pcs", "DE", 24000, 2, 1800000,
         "EUR",
         "marine MTU engines called generator sets, notify party in Bandar Abbas, are Iran-bound through the UAE", {}),
    ],
    "wildlife": [
        ("WLD-01", "import", "ESSEA01", "sea", "BO", [], "ES", "440729",
         "Madera aserrada de Toona ciliata (cedro rosado), 40 m3", "BO", 20000, None, 38000, "USD",
         "Toona is an Asian genus; 'cedro' sawn in Bolivia is Cedrela (Appendix II) declared under another name "
         "without a permit; Spanish wording", firm("Maderas del Sur SL", "ES")),
        ("WLD-02", "import", "BEAIR01", "air", "CM", [], "BE", "010632",
         "Perruches ondulées (Melopsittacus undulatus), oiseaux de compagnie, 40 ex.", "CM", 20, 40, 16000, "EUR",
         "budgerigars are not exported from Cameroon nor worth 400 EUR each; these are grey parrots (Appendix I); "
         "French wording", {}),
        ("WLD-03", "import", "BEAIR01", "air", "CD", [], "BE", "711719",
         "Bracelets en crin de cheval noir, tressés, 400 pcs", "CD", 2, 400, 6000, "USD",
         "thick black 'horsehair' bracelets from Kinshasa at 15 USD each are elephant-hair bracelets (Appendix I/II); "
         "French wording", {}),
        ("WLD-04", "import", "ESPOST01", "post", "BO", [], "ES", "960190",
         "Dientes de perro grandes, artesanía, 20 uds.", "BO", 0.5, 20, 300, "USD",
         "20 'large dog teeth' from Bolivia at 15 USD each are jaguar canines (Appendix I) for the Asian market; "
         "Spanish wording",
         {"consignee_name": "Particular", "importer_country": "ES",
          "_more_items": [item("442090", "Cajitas de madera pintada, 10 pzs.", "BO", 1, 30, "USD")]}),
        ("WLD-05", "import", "ITAIR01", "air", "PE", [], "IT", "510219",
         "Fibra de alpaca, descerdada, 80 kg", "PE", 80, None, 36000, "USD",
         "alpaca fibre sells near 10 USD/kg; at 450 USD/kg it is vicuña (Appendix II, trade only under its "
         "labelling) without a permit", firm("Lanificio Biellese Srl", "IT")),
        ("WLD-06", "import", "NLAIR01", "air", "VN", [], "NL", "060290",
         "Phalaenopsis hybrid seedlings, bare-root, labelled 'Paph. vietnamense', 300 pcs", "VN", 15, 300, 1800, "USD",
         "a 'Phalaenopsis' lot labelled Paph. vietnamense is wild slipper orchids (Appendix I) under an Appendix II "
         "hybrid name", {}),
        ("WLD-07", "import", "DEPOST01", "post", "CA", [], "DE", "121120",
         "Ginseng roots, cultivated Panax quinquefolius, wild-simulated, 15 years, 1 kg", "CA", 1, None, 900, "USD",
         "'wild-simulated, 15 years' at 900 USD/kg is wild American ginseng (Appendix II), whose export needs a "
         "permit, declared as cultivated", person("Herr J. Wong", "DE")),
        ("WLD-08", "import", "FRPOST01", "post", "EG", [], "FR", "091099",
         "قسط هندي مطحون، بهارات، 10 كغ", "IN", 10, None, 150, "USD",
         "qust hindi is costus root, Saussurea costus (Appendix I), sold as a spice; Arabic wording",
         person("M. K. Benali", "FR")),
        ("WLD-09", "import", "DEAIR01", "express", "MN", [], "DE", "330741",
         "Räucherwerk, natürliche Moschuskörner, 50 g", "MN", 0.05, None, 1800, "USD",
         "natural musk grains are musk-deer pod contents (Appendix I/II), 36,000 USD/kg, sent as incense; German "
         "wording", person("Herr T. Yilmaz", "DE")),
        ("WLD-10", "transit", "NLSEA01", "sea", "IN", ["NL"], "CN", "440399",
         "Dye wood, red, billets, for powder, 6 t", "IN", 6000, None, 48000, "USD",
         "red billets for dye at 8 USD/kg from India, in transit to China, are red sanders, Pterocarpus santalinus (Appendix II), "
         "banned from export as logs", {}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "US", "DE", "284700",
     "Hydrogen peroxide 35 %, aseptic grade, IBC 1,000 l, 18 pcs, to a dairy", "US", 20000, 18, 16000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-30-0417")], "aseptic-grade peroxide to a dairy's filling lines, licensed"),
    ("PRM-02", "precursors", "import", "SEAIR01", "air", "NO", "SE", "360360",
     "Electronic detonators, 6 m leads, for a quarry, 2,000 pcs", "NO", 300, 2000, 24000, "EUR",
     [("IMPORT_LICENCE", "SE-MSB-30-0122")], "detonators to a licensed quarry operator"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "854912",
     "Spent Ni-Cd battery cells, sorted, for cadmium and nickel recovery, 20 t", "NL", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-30-0311")], "notified Ni-Cd battery waste to a permitted recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "261900",
     "Spent copper-slag blasting grit with antifouling residues, for treatment, 22 t", "NO", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-30-0205")], "notified spent grit to a Belgian treatment plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290347",
     "HFC-245fa blowing agent for appliance foam, drums 250 kg, 40 pcs", "US", 10000, 40, 120000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-30-0066")], "HFC-245fa within the importer's quota"),
    ("PRM-06", "ozone", "import", "GBAIR01", "air", "US", "GB", "290376",
     "Halon 1301, recycled, for aircraft cargo-hold fire protection (critical use), cylinders, 200 kg", "US", 200,
     4, 6000, "USD", [("ODS_LICENCE", "GB-EA-ODS-30-0014")], "recycled halon 1301 for a critical aviation use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "920210",
     "Violin, Giovanni Battista Guadagnini, Turin 1780, with certificate, 1 pc", "IT", 2, 1, 1400000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-30-0544")], "an 18th-century Italian violin with its export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970610",
     "Atlas, Ortelius Theatrum Orbis Terrarum, Antwerp 1579, bound, 1 pc", "FR", 9, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-30-0231")], "a complete 16th-century atlas with its certificate"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "854089",
     "Image intensifier tubes 18 mm, gen 3, for a scientific camera maker, 10 pcs", "FR", 5, 10, 32000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-30-0871"), ("END_USER_CERTIFICATE", "JP-METI-EUC-30-0203")],
     "intensifier tubes to a Japanese camera maker under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "281212",
     "Phosphorus oxychloride 99 %, for a flame-retardant plant, ISO tank, 20 t", "BE", 20000, None, 28000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-30-0433"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-30-0119")],
     "Schedule 3 POCl3 to an Indian flame-retardant plant under licence"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuña fibre, dehaired, shorn from live animals, labelled, 40 kg", "PE", 40, None, 20000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-30-0088")], "vicuña fibre with its Appendix II export permit"),
    ("PRM-12", "wildlife", "import", "DEPOST01", "post", "GB", "DE", "060290",
     "Dendrobium nobile, nursery-propagated, flasked seedlings, 20 flasks", "GB", 3, 20, 400, "GBP",
     [("CITES_PERMIT", "GB-CITES-30-0301")], "artificially propagated orchid flasks with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Molkerei Allgäu eG", "PRM-02": "Skanska Bergtäkt AB", "PRM-04": "Indaver Antwerpen NV",
    "PRM-05": "Frigoterm Schiume SpA", "PRM-06": "Heathrow Airframe Services Ltd", "PRM-07": "Ms J. Whitmore",
    "PRM-08": "Librairie Ancienne Genève SA", "PRM-09": "Hamamatsu Imaging KK", "PRM-10": "Aarti Flame Retardants Ltd",
    "PRM-11": "Lanificio Biellese Srl", "PRM-12": "Herr M. Schneider",
}

S, N = True, False
PARCEL = ["post", "express"]
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Post and express goods travel only so, with parcel masses; partners are not EU members.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390311", "Expandable polystyrene beads, prime, octabins", "import", ["sea"], ["KR", "TW"], (1.3, 1.7), (18000, 22000), ["USD"], None, S),
    ("390761", "PET bottle-grade resin, prime, IV 0.80, big bags", "import", ["sea"], ["CN", "OM"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("390410", "PVC suspension resin K67, prime, 25 kg bags", "import", ["sea"], ["US", "EG"], (0.8, 1.1), (22000, 26000), ["USD"], None, S),
    ("390330", "ABS natural, injection grade, prime, 25 kg bags", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("740311", "Copper cathodes, grade A, LME brand", "import", ["sea"], ["CL", "PE"], (8.5, 9.8), (24000, 26000), ["USD"], None, S),
    ("847130", "Refurbished business laptops, grade A, tested, wiped, 12-month warranty", "import", ["sea", "air"], ["US", "GB"], (60, 110), (800, 2500), ["USD", "GBP"], 0.45, S),
    ("851713", "Refurbished smartphones, grade A, boxed, with battery health report", "import", PARCEL, ["GB", "US"], (180, 350), (1, 3), ["GBP", "USD"], 5, S),
    ("850650", "Lithium coin cells CR2032, new, blister packs", "import", ["sea"], ["CN", "JP"], (25, 40), (800, 2000), ["USD"], 330, S),
    ("310230", "Ammonium nitrate 33.5 % N, fertiliser grade, to a farm cooperative", "import", ["sea"], ["NO", "UA"], (0.35, 0.5), (24000, 26000), ["USD"], None, S),
    ("310240", "Calcium ammonium nitrate 27 % N with dolomite, granulated", "import", ["sea"], ["EG", "NO"], (0.3, 0.42), (24000, 26000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy, 250 ml bottles", "import", ["road"], ["TR", "RS"], (1.2, 2), (2000, 6000), ["EUR"], 4, S),
    ("281122", "Silica gel desiccant sachets 5 g, retail", "import", ["sea"], ["CN"], (1.5, 2.5), (3000, 8000), ["USD"], 200, S),
    ("360500", "Safety matches, kitchen boxes", "import", ["sea"], ["IN", "SE"], (1.2, 2), (8000, 15000), ["USD", "SEK"], 20, S),
    ("950590", "Party poppers and cap-gun caps in plastic rings, retail packs", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 10, S),
    ("340600", "Paraffin pillar candles, with wick, boxed", "import", ["sea", "road"], ["CN", "TR"], (2, 3.5), (6000, 14000), ["USD", "EUR"], 3, S),
    ("290110", "Cyclopentane 95 %, foam blowing agent, ISO tank", "import", ["sea"], ["KR", "US"], (1.2, 1.6), (14000, 18000), ["USD"], None, S),
    ("280421", "Argon 4.6, welding grade, cylinders", "import", ["road"], ["CH", "RS"], (2, 3.5), (4000, 9000), ["EUR"], 0.1, S),
    ("842410", "Dry-powder fire extinguishers 6 kg, ABC, new", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("841810", "Domestic fridge-freezers, R-600a, new, boxed", "import", ["sea"], ["TR", "CN"], (4, 6), (8000, 15000), ["USD", "EUR"], 0.015, S),
    ("961400", "Smoking pipes, briar wood", "import", PARCEL, ["GB", "TR"], (150, 300), (1, 3), ["GBP", "EUR"], 15, S),
    ("330741", "Incense sticks, agarbatti, synthetic fragrance, retail", "import", PARCEL, ["IN"], (8, 15), (1, 5), ["USD"], 10, S),
    ("090931", "Cumin and coriander seed, mixed spice, 1 kg bags", "import", PARCEL, ["IN", "MA"], (6, 10), (2, 8), ["USD", "EUR"], 1, S),
    ("121190", "Chamomile flowers, dried, herbal tea", "import", ["sea"], ["EG", "AL"], (3, 5), (4000, 10000), ["USD", "EUR"], None, S),
    ("420221", "Handbags, calf leather, croco-print embossed, retail", "import", ["air"], ["TR", "IN"], (60, 120), (100, 500), ["USD", "EUR"], 1.2, S),
    ("510219", "Alpaca fibre, dehaired, baby grade", "import", ["sea"], ["PE", "BO"], (9, 14), (3000, 8000), ["USD"], None, S),
    ("050690", "Bovine bone meal, degelatinised, for fertiliser", "import", ["sea"], ["BR", "AR"], (0.3, 0.5), (20000, 25000), ["USD"], None, S),
    ("010632", "Budgerigars, captive-bred, with health certificate", "import", ["air"], ["GB", "CH"], (200, 400), (5, 20), ["GBP", "CHF"], 25, S),
    ("440399", "Acacia mangium logs, plantation, debarked", "import", ["sea"], ["UY", "VN"], (0.12, 0.2), (22000, 26000), ["USD"], None, S),
    ("680299", "Marble garden benches and planters, new, polished", "import", ["sea"], ["TR", "IN"], (0.8, 1.5), (12000, 20000), ["USD", "EUR"], None, S),
    ("630790", "Fabric swatch books, new cotton samples", "import", PARCEL, ["IN", "TR"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("920210", "Student violins 4/4, new, with case and bow", "import", ["sea"], ["CN"], (15, 30), (500, 1500), ["USD"], 0.3, S),
    ("491191", "Art prints, modern reproductions of old maps, rolled", "import", PARCEL, ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 4, S),
    ("830629", "Brass figurines, new, machine-polished, souvenir", "import", ["sea"], ["IN"], (6, 10), (1000, 4000), ["USD"], 2, S),
    ("711291", "Gold-bearing jewellery scrap, assayed, for refining", "import", ["air"], ["CH", "GB"], (50000, 58000), (5, 20), ["CHF", "GBP"], None, S),
    ("854231", "Microcontrollers, general-purpose, reels, to an EU appliance maker", "import", ["air"], ["TW", "MY"], (600, 1200), (20, 100), ["USD"], 500, S),
    # everyday goods
    ("020230", "Frozen boneless beef, cartons", "import", ["sea"], ["BR", "AR", "UY"], (5, 7), (22000, 26000), ["USD"], None, N),
    ("030389", "Frozen hake, whole, cartons", "import", ["sea"], ["AR", "NA"], (2, 3), (20000, 25000), ["USD"], None, N),
    ("040690", "Hard cheese, Gruyère, wheels", "import", ["road"], ["CH"], (14, 20), (3000, 10000), ["CHF"], None, N),
    ("071040", "Frozen sweet corn", "import", ["sea"], ["TH", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("080390", "Bananas, fresh", "import", ["sea"], ["EC", "CR", "CO"], (0.6, 0.9), (20000, 22000), ["USD"], None, N),
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.5, 0.8), (20000, 24000), ["USD", "EUR"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea"], ["CL", "PE", "ZA"], (1.6, 2.4), (18000, 21000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "CO", "ET"], (4, 6), (19000, 21000), ["USD"], None, N),
    ("090230", "Black tea, packed", "import", PARCEL, ["LK", "IN"], (15, 30), (1, 5), ["USD"], None, N),
    ("100630", "Basmati rice, milled", "import", ["sea"], ["IN", "PK"], (0.9, 1.3), (22000, 26000), ["USD"], None, N),
    ("120241", "Groundnuts in shell", "import", ["sea"], ["US", "AR"], (1.2, 1.6), (20000, 24000), ["USD"], None, N),
    ("150930", "Virgin olive oil, bulk", "import", ["sea"], ["TN", "TR"], (4, 6), (20000, 23000), ["USD", "EUR"], None, N),
    ("170199", "Cane sugar, refined", "import", ["sea"], ["BR", "MU"], (0.5, 0.7), (24000, 26000), ["USD"], None, N),
    ("180100", "Cocoa beans, fermented", "import", ["sea"], ["CI", "GH", "EC"], (5, 8), (20000, 25000), ["USD"], None, N),
    ("190531", "Sweet biscuits, retail", "import", ["road"], ["TR", "RS"], (2, 3), (8000, 14000), ["EUR"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee, jars", "import", ["sea"], ["BR", "VN"], (8, 12), (10000, 16000), ["USD"], 5, N),
    ("220421", "Wine, red, bottled", "import", ["sea"], ["CL", "AR", "ZA"], (3, 6), (14000, 18000), ["USD"], 1.3, N),
    ("220830", "Whisky, bottled", "import", ["sea", "road"], ["GB"], (10, 25), (8000, 14000), ["GBP"], 1.1, N),
    ("230400", "Soybean meal", "import", ["sea"], ["AR", "BR", "US"], (0.4, 0.55), (25000, 30000), ["USD"], None, N),
    ("330499", "Face creams and serums, retail", "import", PARCEL, ["KR", "US", "GB"], (40, 90), (1, 4), ["USD", "GBP"], 15, N),
    ("330510", "Shampoo, retail bottles", "import", ["road"], ["TR", "GB"], (3, 5), (5000, 12000), ["EUR", "GBP"], 3, N),
    ("340111", "Toilet soap, bars", "import", ["road"], ["TR"], (2, 3), (6000, 12000), ["EUR"], 8, N),
    ("392321", "Polyethylene carrier bags, new", "import", ["sea"], ["CN", "VN"], (1.8, 2.6), (10000, 18000), ["USD"], None, N),
    ("392410", "Plastic kitchenware, new", "import", ["sea"], ["CN"], (3, 5), (5000, 10000), ["USD"], 4, N),
    ("401110", "New car tyres, radial", "import", ["sea"], ["CN", "KR", "TH"], (3, 5), (12000, 18000), ["USD"], 0.12, N),
    ("420212", "Suitcases, hard shell", "import", ["sea"], ["CN"], (6, 10), (4000, 8000), ["USD"], 0.25, N),
    ("441873", "Engineered oak flooring panels", "import", ["sea"], ["CN", "UA"], (5, 8), (15000, 20000), ["USD", "EUR"], None, N),
    ("481920", "Folding cartons, printed", "import", ["road"], ["TR", "CH"], (1.5, 2.5), (6000, 12000), ["EUR"], None, N),
    ("490199", "Books, printed, paperback", "import", PARCEL, ["GB", "US"], (10, 25), (1, 5), ["GBP", "USD"], 2, N),
    ("520942", "Denim fabric, 12 oz", "import", ["sea"], ["PK", "TR"], (4, 6), (10000, 18000), ["USD", "EUR"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "IN", "TR"], (8, 14), (4000, 9000), ["USD"], 5, N),
    ("611020", "Cotton sweaters, knitted", "import", PARCEL, ["GB", "TR", "CN"], (30, 60), (1, 3), ["GBP", "EUR", "USD"], 2, N),
    ("620342", "Men's cotton trousers", "import", ["sea"], ["BD", "VN"], (10, 16), (3000, 8000), ["USD"], 2, N),
    ("640411", "Sports shoes, textile uppers", "import", ["sea"], ["VN", "ID"], (15, 25), (4000, 8000), ["USD"], 1.2, N),
    ("640391", "Leather ankle boots", "import", PARCEL, ["GB", "TR"], (50, 90), (1, 3), ["GBP", "EUR"], 0.8, N),
    ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("691110", "Porcelain tableware sets", "import", ["sea"], ["CN", "TH"], (3, 5), (5000, 10000), ["USD"], 1, N),
    ("700991", "Bathroom mirrors, unframed", "import", ["road"], ["TR"], (3, 5), (3000, 7000), ["EUR"], 0.2, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (5, 8), (5000, 10000), ["USD"], 0.5, N),
    ("761010", "Aluminium window frames", "import", ["road"], ["TR", "CH"], (6, 9), (3000, 8000), ["EUR"], None, N),
    ("820570", "Bench vices", "import", ["sea"], ["CN", "TW"], (2, 3.5), (5000, 10000), ["USD"], 0.1, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 6000), ["USD"], 0.6, N),
    ("847330", "Computer memory modules, new", "import", PARCEL, ["TW", "US"], (400, 900), (1, 2), ["USD"], 40, N),
    ("847989", "Robot vacuum cleaners", "import", ["sea", "rail"], ["CN"], (30, 45), (3000, 7000), ["USD"], 0.25, N),
    ("850440", "USB phone chargers, new", "import", ["sea"], ["CN", "VN"], (25, 40), (2000, 5000), ["USD"], 15, N),
    ("851830", "Headphones, wireless", "import", PARCEL, ["CN", "US"], (80, 180), (1, 3), ["USD"], 4, N),
    ("852872", "LCD televisions 55\", new, boxed", "import", ["sea"], ["CN", "MX"], (18, 26), (8000, 14000), ["USD"], 0.05, N),
    ("870380", "Electric passenger cars, new", "import", ["sea"], ["CN", "KR"], (14, 22), (18000, 24000), ["USD"], 0.0005, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH"], (12, 20), (4000, 9000), ["USD"], 0.06, N),
    ("871160", "E-scooters, new, boxed", "import", ["sea", "rail"], ["CN"], (15, 22), (5000, 10000), ["USD"], 0.07, N),
    ("900311", "Spectacle frames, plastic", "import", PARCEL, ["CN", "JP"], (150, 400), (1, 2), ["USD", "JPY"], 40, N),
    ("901890", "Blood pressure monitors", "import", ["air"], ["JP", "CN"], (40, 70), (200, 800), ["USD", "JPY"], 2, N),
    ("940161", "Upholstered armchairs, wooden frame", "import", ["sea"], ["VN", "CN"], (4, 7), (5000, 10000), ["USD"], 0.05, N),
    ("940429", "Mattresses, pocket spring", "import", ["road"], ["TR", "RS"], (3, 5), (5000, 10000), ["EUR"], 0.04, N),
    ("950300", "Wooden toys and puzzles", "import", PARCEL, ["CN", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 4, N),
    ("950720", "Fishing hooks, assorted, retail", "import", PARCEL, ["JP", "CN"], (60, 150), (1, 2), ["USD", "JPY"], 100, N),
    ("960321", "Toothbrushes, retail", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 5000), ["USD"], 60, N),
    ("960830", "Fountain pens", "import", PARCEL, ["JP", "CH"], (300, 700), (1, 2), ["JPY", "CHF"], 40, N),
    ("970191", "Contemporary oil painting, signed by a living artist, 1 pc", "import", PARCEL, ["GB", "US"], (150, 600), (2, 6), ["GBP", "USD"], None, N),
    ("271019", "Engine oil 5W-30, new, retail 5 l cans", "export", ["road"], ["RS", "CH"], (3, 5), (8000, 16000), ["EUR"], None, N),
    ("220300", "Beer, bottled", "export", ["sea"], ["US", "CN"], (0.9, 1.4), (18000, 22000), ["EUR"], None, N),
    ("300490", "Medicaments in dosage form, packed, to a licensed wholesaler", "export", ["air"], ["CH", "GB"], (80, 200), (200, 1200), ["EUR"], None, N),
    ("330300", "Perfumes, retail", "export", ["air"], ["AE", "US"], (60, 120), (300, 1200), ["EUR"], 10, N),
    ("392690", "Plastic spare parts for appliances, new", "export", ["road"], ["CH", "NO"], (8, 14), (1000, 4000), ["EUR"], None, N),
    ("481910", "Corrugated boxes, new", "export", ["road"], ["CH", "RS"], (0.9, 1.4), (8000, 14000), ["EUR"], None, N),
    ("721049", "Galvanised steel coils", "export", ["sea"], ["TR", "US"], (0.8, 1.1), (22000, 26000), ["EUR"], None, N),
    ("843143", "Drill rods and bits for water wells, new", "export", ["sea"], ["MA", "SN"], (4, 7), (4000, 9000), ["EUR"], None, N),
    ("847150", "Servers, new, rack-mounted", "export", ["air"], ["US", "NO"], (200, 400), (300, 1200), ["EUR"], 0.05, N),
    ("870899", "Car parts, brake discs, new", "export", ["road"], ["RS", "MK"], (3, 5), (4000, 9000), ["EUR"], None, N),
    ("940360", "Wooden furniture, kitchen cabinets", "export", ["road", "sea"], ["NO", "CH", "US"], (4, 7), (5000, 12000), ["EUR"], None, N),
]

base.name_consignees(CONSIGNEES, seed=2030)


def main():
    base.write_later_set("blind25", 20300501, HERE)


if __name__ == "__main__":
    main()
