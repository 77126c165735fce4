#!/usr/bin/env python3
"""Writes the two-hundred-and-sixteenth blind set (tests/risk/data/blind216-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2062, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: film, television, photography and optics (film and TV
crews on location, camera, grip and lighting rentals, outside-broadcast and transmitter
operators, photographic, darkroom and alternative-process supplies, photo labs, lens and
coating makers, observatories and planetariums, film archives and cinemas). Written by a
person who had not read the profile packs (nor any rule file) and had not run the engine on
it, and committed before any change measured on it, to be measured once on its packs. Same
row layout and expansion as make_blind_set.py, whose functions it reuses, and the same
extras as make_blind5_set.py: a disguised row's extra header fields may carry "_item"
(fields merged into its item) and "_more_items" (further items).

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
would. Ids are BL216-*:

    python3 tests/risk/data/make_blind216_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "VN", [], "DE", "293627",
         "Axit ascorbic (vitamin C) tinh khiết, để pha thuốc tráng phim Caffenol, 4 x 500 g", "VN", 2.1, 4, 320000,
         "VND",
         "ascorbic acid for Caffenol (the instant-coffee film developer) is a fine, sour, white powder that dissolves "
         "at once and yellows in air; these four bags hold a heavier, tasteless, glittering crystalline powder that "
         "barely dissolves in cold water, does not taste sour and flares violet with sugar on a hot plate: potassium "
         "perchlorate (Annex I above 40 %), posted from Ho Chi Minh City to a private home-darkroom user in Leipzig; "
         "Vietnamese wording (potassium perchlorate repeats in many sets and a fixer-salt label once, blind104; an "
         "ascorbic-acid label appears in two earlier rows on other goods; a Caffenol darkroom cover was found in no "
         "earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("PRE-02", "import", "NLAIR01", "express", "IL", [], "NL", "340290",
         "חומר הרטבה לפיתוח פילם (בדומה ל-Photo-Flo), תרכיז, 4 x 1 ליטר", "IL", 4.9, 4, 360, "ILS",
         "a film wetting agent is a slightly viscous, soapy concentrate used a few millilitres per litre, of about "
         "1.02 kg/l, that foams when shaken; these four bottles hold a water-thin, non-foaming liquid of 1.20 kg/l in "
         "vented caps that whitens and stings the skin and fizzes on a cut: about 50 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Tel Aviv to a private film photographer in Utrecht, although oxidising "
         "liquids travel by express only as declared dangerous goods; Hebrew wording (hydrogen peroxide repeats in "
         "many sets; a film-wetting-agent label was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("PRE-03", "import", "BEAIR01", "air", "IN", [], "BE", "291711",
         "प्लैटिनम-पैलेडियम प्रिंटिंग के लिए फेरिक ऑक्सलेट घोल, 1 लीटर, 120 बोतलें", "IN", 168, 120, 1440, "USD",
         "ferric oxalate sensitiser for platinum and palladium printing is a light-sensitive, greenish-yellow "
         "solution of about 1.1 kg/l sold in brown 50-100 ml bottles at a high price; these 120 one-litre bottles "
         "hold a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats a "
         "copper coin, at 12 USD a litre, for a Brussels alternative-process web shop that sells kits to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Mumbai; "
         "Hindi wording (nitric acid repeats in many sets, under ferric-chloride etching labels several times; a "
         "ferric-oxalate platinum-printing label was found in no earlier row by a keyword search)",
         firm("Atelier Central SA", "BE")),
        ("PRE-04", "import", "ATAIR01", "express", "KR", [], "AT", "350699",
         "필름 접합용 시멘트 (16/35mm 필름 스플라이싱), 4 x 1 L", "KR", 4.6, 4, 120000, "KRW",
         "film splicing cement is a water-thin mixture of acetone and ethyl acetate of about 0.85 kg/l, sold in 30 ml "
         "brush bottles, that evaporates in seconds and dissolves acetate film; these four litre bottles hold a "
         "liquid of 1.14 kg/l that sinks in water, dries slowly, leaves acetate film untouched and smells faintly "
         "fruity: nitromethane (Annex I above 16 %), sent by express from Seoul to a private 16 mm collector in "
         "Vienna, although flammable liquids travel by express only as declared dangerous goods; Korean wording "
         "(nitromethane repeats in many sets; a film-splicing-cement label was found in no earlier row by a keyword "
         "search)", person("Thomas Gruber", "AT")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "290549",
         "Izomalt granule za lomljivo 'šećerno staklo' (filmski rekviziti i kaskaderske boce), vreće 25 kg, 40 vreća",
         "BA", 1000, 40, 1200, "EUR",
         "isomalt for breakaway sugar-glass props is a sweet, glassy granulate that melts clear at 150 °C into "
         "bottles and windows for stunts; these 40 sacks hold white, porous prills that taste bitter and salty, turn "
         "ice-cold in water, test at 34 % N and melt and fume on the hot plate instead of turning to clear glass, "
         "for a Zagreb film-effects web shop that sells to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, in a van at Nova Sela; Bosnian wording (ammonium nitrate repeats "
         "in many sets and isomalt labels in several, for sugar art in blind59 and blind105; kept as a repeat of the "
         "label, a breakaway-glass stunt-prop cover was found in no earlier row by a keyword search)",
         firm("Vega Filmski Efekti d.o.o.", "HR")),
        ("PRE-06", "import", "PLSEA01", "sea", "PK", [], "PL", "283210",
         "Sodium sulphite anhydrous, photographic grade, for film developers, 1 kg pouches, 8,000 pouches", "PK", 8000,
         8000, 4800, "USD",
         "photographic sodium sulphite is a fine, white, slightly alkaline powder that smells of sulphur dioxide when "
         "acidified; these pouches hold coarse, clear, cubic crystals with no smell that draw damp, crackle and flare "
         "yellow on a gas ring and whose drum labels in the container give CAS 7775-09-9, for a Łódź "
         "darkroom-supplies web shop that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Karachi to Gdynia; Pakistani English wording (sodium chlorate repeats "
         "in many sets; sodium sulphite appears once, as a boiler-chemical label in blind184; a photographic "
         "sodium-sulphite label was found in no earlier row by a keyword search)",
         firm("Orion Foto Chemia Sp. z o.o.", "PL")),
        ("PRE-07", "import", "ESPOST01", "post", "AR", [], "ES", "282751",
         "Bromuro de potasio, grado fotográfico (restrictor para revelador), 3 x 1 kg", "AR", 3, 3, 45000, "ARS",
         "photographic potassium bromide is a clear, salty, crackling crystal used a gram at a time as a developer "
         "restrainer; these three bags hold shiny, tasteless crystals that do not taste of salt, spit violet sparks "
         "on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), posted "
         "from Buenos Aires to a private person in Madrid; Rioplatense Spanish wording (potassium chlorate repeats in "
         "many sets and a potassium-bromide label once, spectroscopy-grade, in blind182; a photographic-restrainer "
         "label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-08", "import", "PTAIR01", "express", "BR", [], "PT", "370790",
         "Banho interruptor inodoro (ácido cítrico) com indicador, concentrado, 4 x 1 litro", "BR", 7.4, 4, 260, "BRL",
         "an odourless citric stop bath is a pale-yellow indicator solution of about 1.1 kg/l that smells of "
         "nothing and turns purple when exhausted; these four bottles hold a colourless, oily liquid of 1.84 kg/l "
         "that grows hot with a drop of water and blackens a sugar cube: about 96 % sulphuric acid (Annex I above "
         "15 %), sent by express from São Paulo to a private photographer in Porto, although corrosive liquids travel "
         "by express only as declared dangerous goods; Brazilian Portuguese wording (sulphuric acid repeats in many "
         "sets; a stop-bath label was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-09", "import", "ATPOST01", "post", "CL", [], "AT", "281810",
         "Abrasivo de óxido de aluminio 9 µm para tallado de espejos de telescopio, 4 x 500 g", "CL", 2.2, 4, 60000,
         "CLP",
         "aluminium-oxide micro-grit for the fine grinding of an amateur telescope mirror is a very fine, gritty, "
         "insoluble powder that settles out of water at once; these four bags hold a white, crystalline powder that "
         "dissolves completely in a little water, draws damp and burns fiercely mixed with sugar, and the re-used "
         "inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from La Serena to a private "
         "amateur telescope maker in Graz; Chilean Spanish wording (sodium perchlorate repeats in many sets and a "
         "cerium-oxide polish label once, blind183; a mirror-grinding grit label was found in no earlier row by a "
         "keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-10", "import", "FRPOST01", "post", "MA", [], "FR", "340290",
         "Détachant faux sang pour costumes de tournage, enzymatique, 4 x 1 l (Ouarzazate)", "MA", 4.8, 4, 400, "MAD",
         "a fake-blood stain remover for costume departments is an enzymatic, lightly perfumed, slightly viscous "
         "liquid of about 1.0 kg/l; these four bottles, from a costume hire at the Ouarzazate studios, hold a "
         "water-clear, odourless liquid of 1.13 kg/l in vented caps that bleaches a test cloth white at once, "
         "foams on a cut and whitens the skin: about 35 % hydrogen peroxide (Annex I above 12 %), posted to a "
         "private costume maker in Marseille; Moroccan French wording (hydrogen peroxide repeats in many sets and "
         "stain-remover labels in a few; a fake-blood or film-costume label was found in no earlier row by a "
         "keyword search)", person("Mme Claire Martin", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "870590",
         "Reportagewagen (OB-truck), gebruikt, rijklaar, 1 stuk", "NL", 14000, 1, 18000, "EUR",
         "an outside-broadcast truck retired by a Hilversum facilities company for a Lagos 'film and TV production' "
         "buyer: a used OB truck and working studio cameras are what Nollywood producers buy, but the third item's "
         "'beeldbuismonitoren (broadcast), getest' are 140 cathode-ray-tube monitors with cracked screens, cut "
         "cables and no test labels, stacked loose in the truck's gallery: waste cathode-ray tubes and equipment "
         "with hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration from Rotterdam; Dutch wording (CRT e-waste repeats in "
         "many sets and e-waste loaded in used vehicles in several; an outside-broadcast truck was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "NG"},
              _more_items=[item("852589", "Studiocamera's, gebruikt, werkend, 8 stuks", "NL", 240, 6400, "EUR", qty=8),
                           item("852849", "Beeldbuismonitoren (broadcast), getest, 140 stuks", "NL", 3500, 700, "EUR", qty=140)])),
        ("WST-02", "export", "BEAIR01", "air", "BE", [], "IN", "900590",
         "Cuve de miroir liquide rotative pour télescope, avec palier à air, usagée, 1 ensemble en 6 caisses", "BE",
         3200, 1, 9000, "EUR",
         "the dish of a decommissioned liquid-mirror telescope is a light composite bowl on an air bearing that "
         "weighs a few hundred kilograms; these six crates weigh 3.2 t because four of them hold 76 steel flasks of "
         "34.5 kg each, drained from the dish of a Liège university instrument: about 2.6 t of metallic mercury, "
         "waste mercury whose export from the Union the Mercury Regulation (2017/852) and the Basel ban forbid, "
         "flown from Liège to Delhi for 'a liquid-mirror project' in Nainital; Belgian French wording (mercury "
         "repeats in many sets, under galinstan and gallium labels among others; a liquid-mirror telescope was "
         "found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "901010",
         "Minilabs fotográficos digitais, usados, revistos, 12 unidades", "PT", 9600, 12, 14400, "EUR",
         "refurbished photo minilabs are shipped drained and rinsed with a service report; these twelve, taken out "
         "of closed Lisbon photo shops, still hold their processor tanks full of brown, sulphide-smelling spent "
         "bleach-fix and developer with black silver sludge, and their boards are stripped: waste photographic "
         "chemicals (09 01 01*, 09 01 04*) in discarded equipment with hazardous components (16 02 13*), hazardous "
         "waste whose export to a non-OECD country is banned, from Lisbon to Luanda for a 'photo studio' chain; "
         "Portuguese wording (photographic wastes repeat in several sets; minilabs were found in no earlier row by a "
         "keyword search)", {"importer_country": "AO"}),
        ("WST-04", "export", "SESEA01", "sea", "SE", [], "PK", "850730",
         "Kamerabatteribälten NiCd 14,4 V, begagnade, testade, 2 400 st.", "SE", 7200, 2400, 3600, "EUR",
         "used camera battery belts for resale are whole, charged belts with a test sticker; these 2,400 are torn "
         "belts and loose, swollen NiCd cell packs crusted white, cleared out of Stockholm film-rental houses' "
         "battery rooms after they went over to lithium: waste nickel-cadmium batteries (16 06 02*), hazardous "
         "waste whose export to a non-OECD country is banned, from Gothenburg to Karachi for a 'camera rental' "
         "buyer; Swedish wording (NiCd batteries repeat in several sets; film-crew battery belts were found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-05", "export", "GRSEA01", "sea", "GR", [], "EG", "852990",
         "Ανταλλακτικά πομπών τηλεόρασης, μεταχειρισμένα, λειτουργικά, 60 κιβώτια", "GR", 9000, 60, 6000, "EUR",
         "working transmitter spares are boxed modules with a test report; these 60 crates hold oil-filled "
         "capacitors and transformers pulled out of analogue TV transmitter sites on Hymettus and Parnitha, with "
         "'Askarel' and 'Pyralène' nameplates and sweet-smelling oil stains: PCB-containing equipment (16 02 09*), "
         "hazardous waste and a persistent organic pollutant whose export to a non-OECD country is banned, from "
         "Piraeus to Alexandria for a 'broadcast repair' firm; Greek wording (PCB capacitors repeat in many sets; TV "
         "transmitter sites as the source were found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-06", "export", "ROSEA01", "sea", "RO", [], "TR", "282110",
         "Pigment oxid de fier negru, pentru vopsele de decor de film, big-baguri, 22 t", "RO", 22000, None, 2200, "EUR",
         "black iron-oxide pigment for scenic paint is a fine, uniform, jet-black powder with a data sheet; these "
         "bags hold a lumpy, grey-brown dust with zinc fume, lead and cadmium readings and spent lime, from the "
         "bag filters of a Galați electric-arc furnace: steelworks flue-gas dust (10 02 07*), hazardous waste "
         "shipped to an OECD country without the notification and consent it needs, from Constanța to Gemlik for a "
         "'scenic paint' maker; Romanian wording (EAF dust repeats in many sets under iron-oxide and zinc-oxide "
         "labels; a film-scenic-paint buyer was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS"], "MK", "590310",
         "PVC-beschichtetes Gewebe, zweite Wahl, Rollen und Bahnen, 20 t", "AT", 20000, None, 1600, "EUR",
         "second-grade PVC-coated fabric is clean, rolled, uniform new material; this lorry holds torn, dirty "
         "perforated cinema screens, printed vinyl film banners with eyelets and rope, and mixed tarpaulins cut "
         "from a Vienna multiplex refit and film-poster hoardings: mixed plastic waste whose export to a non-OECD "
         "country the waste-shipment regulation has banned since 2026, through Slovenia, Croatia and Serbia to a "
         "Skopje 'textile trader'; Austrian German wording (plastic waste repeats in many sets, and PVC banners in "
         "a few; used cinema screens were found in no earlier row by a keyword search)", {"importer_country": "MK"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MR", "850211",
         "Grupos electrógenos diésel usados, para rodajes, funcionando, 10 unidades", "ES", 24000, 10, 30000, "EUR",
         "used film-unit generators for resale are drained for shipping and come with running hours and a test "
         "report; these ten, retired by an Almería location-services firm, have seized engines, cracked blocks, "
         "sumps full of black oil and leaking lead-acid starter batteries, and the trailers are strapped with "
         "loose drums of waste oil: waste equipment and waste oils (13 02 05*, 16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Almería to Nouakchott; Spanish wording (used generators "
         "repeat in a few sets, blind146 among them; a film-location generator fleet was found in no earlier row by "
         "a keyword search)", {"importer_country": "MR"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "TN", "854449",
         "Cavi elettrici per set cinematografici (H07RN-F), usati, per riutilizzo, 18 t", "IT", 18000, None, 5400, "EUR",
         "used stage cable for reuse is coiled, tested lengths with connectors; these bales hold chopped, burnt and "
         "mixed cable ends from Cinecittà backlot clearance with PVC, rubber and lead-sheathed pieces and "
         "tar-covered joints: cable waste with hazardous substances (17 04 10*), hazardous waste whose export to a "
         "non-OECD country is banned, from Civitavecchia to Tunis for a 'cable recycler'; Italian wording (cable "
         "scrap repeats in many sets; film-set cable from a backlot clearance was found in no earlier row by a "
         "keyword search)", {"importer_country": "TN"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "LY", "250590",
         "Άμμος κατασκευών, πλυμένη, χύδην, 30 t", "GR", 30000, None, 900, "EUR",
         "washed construction sand is clean, sorted, pale and odourless; this bulk cargo is dark, sticky sand "
         "with tar balls, seaweed and a smell of heavy fuel oil, shovelled off Saronic beaches after a tanker "
         "spill: soil and sand containing dangerous substances (17 05 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from Elefsina to Benghazi for a 'building contractor'; Greek wording (oily "
         "soil repeats in several sets; oiled beach-clean-up sand was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "US", [], "DE", "841869",
         "Cryochillers for vacuum coating chambers (water-vapour cryopumps), used, refurbished, 4 units", "US", 1400,
         4, 36000, "USD",
         "refurbished cryochillers for optical coating chambers are sold today on HFC-free or HFO blends with a "
         "refrigerant declaration; these four pre-2000 units, from a closed Arizona lens-coating shop, carry "
         "nameplates for a mixed-refrigerant blend with R-22 and CFC-based components and their charge is still in "
         "them: equipment containing and relying on HCFCs and CFCs, whose import into the Union is banned "
         "(Regulation 2024/590), flown from Phoenix to Frankfurt for a Jena lens-coating line; US English wording "
         "(R-22 equipment repeats in many sets; coating-chamber cryochillers were found in no earlier row by a "
         "keyword search)", firm("Central Optik Beschichtung GmbH", "DE")),
        ("OZN-02", "import", "CZAIR01", "air", "IN", [], "CZ", "381400",
         "Lens deblocking solvent, modified alcohol, non-chlorinated, 20 drums of 25 kg", "IN", 500, 20, 3000, "USD",
         "a modified-alcohol deblocking solvent for lifting lenses off their pitch blocks is a flammable liquid of "
         "0.85 kg/l that smells of alcohol; these drums hold a non-flammable liquid of 1.24 kg/l that boils at 32 "
         "°C, smells faintly ethereal and whose drum heads read 'R-141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), "
         "whose import into the Union is banned, flown from Pune to Prague for a Přerov optical workshop; Indian "
         "English wording (HCFC-141b repeats in many sets; a lens-deblocking label was found in no earlier row by a "
         "keyword search)", firm("Delta Optika s.r.o.", "CZ")),
        ("OZN-03", "import", "SESEA01", "sea", "MY", [], "SE", "320890",
         "Semburan pemudar kilauan (dulling spray) untuk fotografi produk, 400 ml, 6,000 tin", "MY", 3000, 6000, 9000,
         "USD",
         "photographers' dulling spray is a matt lacquer in a hydrocarbon-propelled can that flames at the nozzle "
         "and reads about 3 bar; these cans read 5.7 bar at 20 °C, do not light, are heavier than hydrocarbon "
         "propellant allows and a can opened by the laboratory held dichlorodifluoromethane: a product containing "
         "CFC-12, whose import into the Union is banned, by sea from Port Klang to Gothenburg for a photo-supplies "
         "wholesaler; Malay wording (CFC-12 repeats in many sets and aerosol covers in several; a dulling-spray "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Foto AB", "SE")),
        ("OZN-04", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "731100",
         "Leere CO2-Löschmittelflaschen, ausgemustert, zur Verschrottung, 40 Stück", "AT", 3600, 40, 800, "EUR",
         "empty CO2 extinguishing cylinders for scrap are tall, thick-walled bottles with their valves removed; "
         "these 40 squat, red, spherical and cylindrical containers from the fire-suppression system of a Vienna "
         "broadcaster's old master-control room still have valves, read 25-42 bar and weigh 90 kg each: halon 1301 "
         "(bromotrifluoromethane) in its containers, whose export from the Union is banned outside licensed critical "
         "uses, through Hungary to a Belgrade 'fire-service' firm; Austrian German wording (halon 1301 repeats in "
         "many sets; a broadcaster's master-control room and a scrap-cylinder label were found in no earlier row by "
         "a keyword search)", {"importer_country": "RS"}),
        ("OZN-05", "export", "HRROAD01", "road", "HR", [], "BA", "841582",
         "Precizni klima-uređaji za prostorije odašiljača, rabljeni, ispravni, 14 kom", "HR", 4200, 14, 7000, "EUR",
         "used precision air-conditioners for reuse are sold evacuated or on an HFC with a leak-check record; these "
         "14, taken out of TV transmitter halls on Sljeme and Učka, still carry their original R-22 charge, about 8 "
         "kg each, and the nameplates say so: equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), by lorry at Stara Gradiška for a Banja Luka 'telecom' contractor; Croatian wording "
         "(R-22 equipment repeats in many sets; TV-transmitter-hall air-conditioners were found in no earlier row by "
         "a keyword search)", {"importer_country": "BA"}),
        ("OZN-06", "import", "PLROAD01", "road", "UA", [], "PL", "880730",
         "Запасні частини до літака аерофотознімання Ан-30, б/в, 12 ящиків", "UA", 600, 12, 4000, "USD",
         "spare parts of an An-30 aerial-survey aircraft are camera hatches, panels and hydraulic parts; four of "
         "these twelve crates hold 24 full, green, spherical engine fire-extinguisher bottles stencilled '114В2', "
         "with a liquid of 2.18 kg/l: halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned "
         "outside licensed critical uses, at Dorohusk for a Rzeszów aerial-photography operator; Ukrainian wording "
         "(halon 2402 repeats in many sets and aircraft fire bottles in several; an aerial-survey aircraft was "
         "found in no earlier row by a keyword search)", firm("Horizon Aerofoto Sp. z o.o.", "PL")),
        ("OZN-07", "import", "DEAIR01", "air", "TW", [], "DE", "382499",
         "折射率匹配液 nD 1.46, 鏡頭測試用, 1 公升 x 30 瓶", "TW", 60, 30, 900, "USD",
         "refractive-index matching liquids for lens testing are oily silicone or paraffin mixtures of about 1.0 "
         "kg/l, sold in 25 ml vials; these 30 one-litre bottles hold a water-thin, sweet-smelling liquid of 1.99 "
         "kg/l that boils at 68 °C and whose filler's labels under the new ones read 'CH2BrCl': bromochloromethane "
         "(halon 1011), whose import into the Union is banned, flown from Taichung to Frankfurt for a lens-testing "
         "laboratory; traditional-Chinese wording from Taiwan (bromochloromethane repeats in many sets and an "
         "immersion-oil label once, on a precursor; an index-matching label was found in no earlier row by a "
         "keyword search)", firm("Orion Prüfoptik GmbH", "DE")),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "841869",
         "Sinema projektörleri için soğutma üniteleri (chiller), kullanılmış, 18 adet", "TR", 2700, 18, 9000, "EUR",
         "chillers for digital-cinema projectors sold today run on R-290 or an HFC with a declaration; these 18, "
         "taken out of an Istanbul multiplex chain's projection booths, carry nameplates for R-22 and their charge "
         "is still in them: equipment containing HCFCs, whose import into the Union is banned (Regulation "
         "2024/590), in a lorry at Kapitan Andreevo for a Sofia cinema-equipment dealer; Turkish wording (R-22 "
         "equipment repeats in many sets; cinema-projector chillers were found in no earlier row by a keyword "
         "search)", firm("Delta Kino EOOD", "BG")),
        ("OZN-09", "transit", "GRSEA01", "sea", "CN", ["GR"], "EG", "290342",
         "二氟甲烷 (R-32) 制冷剂, 9.5 公斤钢瓶, 1,200 瓶", "CN", 11400, 1200, 14000, "USD",
         "R-32 cylinders hold a gas of 14.8 bar at 20 °C and carry a flammable-gas mark; these 1,200 cylinders read "
         "8.1 bar, carry no flame mark and a cylinder opened at Piraeus held chlorodifluoromethane, ordered for the "
         "air-conditioning of the Egyptian Media Production City's studios: HCFC-22, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, landed "
         "at Piraeus in transit from Ningbo to Alexandria; Chinese wording (HCFC-22 under HFC labels repeats in "
         "many sets, R-32 labels among them; kept as a known repeat, a film-studio city and the Piraeus transit are "
         "the new part)", {"importer_country": "EG"}),
        ("OZN-10", "import", "ITSEA01", "sea", "EG", [], "IT", "940171",
         "مقاعد سينما مبطنة بإطار معدني، 600 مقعد", "EG", 24000, 600, 60000, "USD",
         "cinema seats sold into the Union today are foamed with pentane or water and smell of nothing; the foam "
         "of these 600 seats, cut open, releases a sweet, ether-like gas and the laboratory finds "
         "1,1-dichloro-1-fluoroethane in the cells: polyurethane foam blown with HCFC-141b, products containing an "
         "ozone-depleting substance whose import into the Union is banned, by sea from Damietta to Naples for a "
         "cinema fit-out firm; Egyptian Arabic wording (HCFC-141b foam repeats in several sets as panels and "
         "premixes; cinema seats were found in no earlier ozone row by a keyword search, once in a strategic row, blind60)",
         firm("Meridian Sale Cinema Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "GBAIR01", "air", "JO", [], "GB", "392690",
         "Film set dressing, resin replicas (pottery, lamps, carved stone), returning after location shoot in Wadi "
         "Rum, ATA carnet, 9 cases", "JO", 310, 9, 1200, "GBP",
         "set-dressing replicas are light, hollow resin castings with seams and paint that chips to white; these "
         "nine cases weigh 90 kg more than the carnet lists and hold, beside the resin, fine-walled painted "
         "Nabataean bowls, a dozen clay oil lamps with soil in their nozzles and a sandstone block with a Nabataean "
         "inscription, bought around Petra during the shoot: archaeological objects taken out of Jordan, which "
         "forbids their export, brought in without the import licence of Regulation 2019/880, flown from Amman to "
         "London Heathrow under the production's ATA carnet; English wording (Nabataean objects repeat in several "
         "sets and a film-prop cover once, blind174, on Roman mosaics from Morocco; kept as a repeat of that "
         "family, a returning film crew from Wadi Rum is the new part)", firm("Atlantic Film Services Ltd", "GB")),
        ("CUL-02", "export", "FRAIR01", "air", "FR", [], "US", "370500",
         "Diapositives sur verre, tirages modernes, 60 pièces", "FR", 9, 60, 600, "EUR",
         "modern glass slides are printed film sandwiched in thin cover glass; these 60 are 9 x 12 cm plates with a "
         "grainy, starch-grain colour mosaic that glows in pastel tones against the light, black-taped edges and "
         "hand-written labels of 1912-1925 Paris and Balkan scenes: autochromes from an early colour-photography "
         "collection, photographs over 50 years old worth far above the EUR 15,000 threshold, exported without the "
         "licence of Regulation 116/2009, flown from Paris to New York for a dealer; French wording (early "
         "photographs repeat as daguerreotypes and albumen prints; autochromes were found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-03", "export", "DKAIR01", "air", "DK", [], "US", "370232",
         "Råfilm, 35 mm, ueksponeret, udløbet, 24 ruller", "DK", 60, 24, 300, "DKK",
         "expired raw 35 mm stock comes in taped, factory-labelled cans; these 24 rusty cans hold developed, "
         "shrunken, vinegar- and camphor-smelling cellulose-nitrate negatives with Nordisk Film edge marks and "
         "Danish intertitles of 1911-1917 silent films: original film negatives over 50 years old worth far above "
         "the threshold and part of the Danish film heritage, exported without the licence of Regulation "
         "116/2009 (and, being nitrate, as undeclared dangerous goods), flown from Copenhagen to Los Angeles for a "
         "collector; Danish wording (old films repeat once, as decomposing nitrate waste in blind185; silent-film "
         "negatives as cultural goods were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "FRSEA01", "sea", "TH", [], "FR", "732599",
         "ตุ้มถ่วงน้ำหนักเครนกล้อง เหล็กหล่อ 20 กก., 40 ชิ้น", "TH", 900, 40, 600, "USD",
         "camera-crane counterweights are flat, slotted cast-iron discs of 20 kg that ring when struck; among these "
         "40, two are grey sandstone heads of about 30 kg with a diadem, braided hair and a saw-cut neck, packed in "
         "iron-painted plaster to look like weights: Khmer sculptures of the Angkor period taken out of Cambodia, "
         "which forbids their export, brought in without the import licence of Regulation 2019/880, by sea from "
         "Laem Chabang to Marseille for a film-grip rental; Thai wording (Khmer sculptures repeat in many sets and "
         "counterweight covers in a few, crane and theatre counterweights among them; camera-crane weights were "
         "found in no earlier row by a keyword search)", firm("Rivage Machinerie SARL", "FR")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "830630",
         "Specchi da toeletta in bronzo, riproduzioni, 6 pezzi", "IT", 4, 6, 180, "EUR",
         "bronze toilet-mirror reproductions are bright castings with a chemical patina; these six are thin, "
         "round, tanged bronze discs with a green, crusted, earth-filled patina on one face and an incised scene of "
         "gods and inscriptions in Etruscan letters on the other: Etruscan engraved mirrors (4th-3rd century BC) "
         "from clandestine digging near Vulci, archaeological objects whose export Italy forbids, exported without "
         "the licence of Regulation 116/2009, by car at Chiasso for a Basel dealer; Italian wording (Etruscan "
         "objects repeat in several sets; Etruscan mirrors were found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-06", "import", "ESPOST01", "post", "MX", [], "ES", "681599",
         "Espejo de obsidiana artesanal, pulido, de Teotihuacán, 1 pieza", "MX", 2.4, 1, 60, "USD",
         "craft obsidian mirrors sold to tourists are thin, perfectly flat, machine-polished discs in a wooden "
         "frame; this one is a thick, slightly convex disc, hand-ground, with a drilled lug, soil in the drill hole "
         "and a worn, iridescent face: a pre-Hispanic Mexica obsidian mirror, part of the archaeological heritage "
         "whose export Mexico forbids, brought in without the import licence of Regulation 2019/880, posted from "
         "Mexico City to a private buyer in Seville; Mexican Spanish wording (obsidian repeats in a few sets as "
         "points, jewellery and Easter Island blades; an obsidian mirror was found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("CUL-07", "import", "ESAIR01", "air", "PE", [], "ES", "852589",
         "Equipo de rodaje documental, retorno de Lima: cámara de cine con ópticas, 1 juego", "PE", 60, 1, 30000, "USD",
         "a documentary crew's returning air freight for a Madrid production company: a cinema camera, lighting "
         "stands and diffusion cloth are what such crews bring back, but the third item's 'muselina para difusión "
         "de luz, usada' are eleven folded, fragile cotton and camelid-fibre textiles with woven birds and fish, "
         "faded brown and cream, with desert sand in the folds: Chancay textiles (1000-1470 AD) from looted "
         "graves, archaeological objects whose export Peru forbids, brought in without the import licence of "
         "Regulation 2019/880, hidden as the last item of a three-item declaration from Lima; Peruvian Spanish "
         "wording (Chancay textiles repeat in many sets; diffusion muslin in a film crew's kit was found in no "
         "earlier row by a keyword search)",
         dict(firm("Horizon Producciones SL", "ES"),
              _more_items=[item("940549", "Trípodes y focos LED de rodaje, usados, 6 piezas", "PE", 90, 3000, "USD", qty=6),
                           item("520821", "Muselina para difusión de luz, usada, 11 piezas", "PE", 14, 60, "USD", qty=11)])),
        ("CUL-08", "import", "GBPOST01", "post", "IN", [], "GB", "491199",
         "पुराने बॉलीवुड फ़िल्म पोस्टर, लपेटे हुए, 20 नग", "IN", 1.6, 20, 4000, "INR",
         "rolled vintage Bollywood posters are large, offset-printed or hand-painted sheets on thin paper; inside "
         "the roll of twenty is a small painting in opaque watercolour and gold on burnished hand-made paper with a "
         "red border, of a Rajput prince hunting, with old collector's stamps on the back: an 18th-century Rajput "
         "miniature, an antiquity whose export India forbids, worth far above the EUR 18,000 threshold of the "
         "importer statement Regulation 2019/880 requires, posted from Jaipur to a private buyer in London; Hindi "
         "wording (Rajput miniatures repeat in a few sets under reproduction labels; kept as a repeat of the good, "
         "a roll of Bollywood film posters was found in no earlier row by a keyword search)",
         person("Mrs S. Patel", "GB")),
        ("CUL-09", "export", "NLAIR01", "air", "NL", [], "US", "900580",
         "Decoratieve messing telescoop, replica, met houten kist, 1 stuk", "NL", 6, 1, 350, "EUR",
         "decorative brass telescopes are shiny, machine-turned tubes with a modern lens; this one is a "
         "vellum-and-pasteboard tube with gilt tooling, a wooden objective cell, an uncoated, bubbly lens and a "
         "signature of a Middelburg spectacle-maker dated 1640s: an early Dutch telescope over 100 years old worth "
         "far above the EUR 50,000 threshold, exported without the licence of Regulation 116/2009, flown from "
         "Amsterdam to Boston for a collector; Dutch wording (scientific instruments repeat in a few sets as "
         "astrolabes, octants, globes and a microscope; an early telescope was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-10", "export", "FRAIR01", "air", "FR", [], "JP", "900710",
         "Caméra de cinéma ancienne, réplique décorative en bois et laiton, 1 pièce", "FR", 5, 1, 250, "EUR",
         "a decorative cinema-camera replica is a new box with a dummy lens; this one is a mahogany box with a "
         "claw mechanism, a crank, a worn brass lens signed for a Lyon maker, an 1890s serial number and the "
         "marks of use as a projector: an original Lumière Cinématographe, an object over 100 years old worth far "
         "above the EUR 50,000 threshold, exported without the licence of Regulation 116/2009, flown from Lyon to "
         "Tokyo for a collector; French wording (early cinema apparatus was found in no earlier row by a keyword "
         "search)", {"importer_country": "JP"}),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "CN", "900290",
         "Miroirs de projection pour planétarium, montés, 6 pièces", "FR", 30, 6, 9000, "EUR",
         "planetarium projection mirrors are fixed, front-silvered glass in an aluminium frame at a few hundred "
         "euros; these six are thin mirror faceplates over a grid of 97 to 277 electromagnetic actuators with "
         "driver electronics and a Grenoble maker's test data, at about 60,000 EUR each: deformable mirrors for "
         "adaptive optics (dual-use 6A004.a), exported without the licence Regulation 2021/821 requires, flown from "
         "Lyon to Chengdu for a 'planetarium builder' that is an optics institute's supplier; French wording "
         "(deformable mirrors were found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AE", "850440",
         "Alimentatori per amplificatori di potenza HPA, per furgoni SNG, ricambi, 8 pezzi", "IT", 480, 8, 6400, "EUR",
         "power supplies for a satellite-news-gathering van's amplifiers are rack units of 10-20 kg; these eight "
         "crates of 60 kg each hold complete Ku- and Ka-band travelling-wave-tube amplifiers of 750 W with their "
         "tubes and high-voltage supplies, worth 80,000 EUR each, for a Dubai 'broadcast' trader whose orders go on "
         "to Tehran: travelling-wave-tube amplifiers (dual-use 3A001.b.8) listed in the Iran regulation "
         "(267/2012), exported without a licence, flown from Milan; Italian wording (travelling-wave tubes appear "
         "once in an earlier row; an SNG-van power-supply label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "EEROAD01", "road", "EE", ["LV", "RU"], "KZ", "842890",
         "Kaamerakraanad (teleskoopkraanad) filmivõteteks, 6 tk", "EE", 900, 6, 24000, "EUR",
         "telescopic camera cranes are long steel or aluminium arms on a wheeled base that weigh hundreds of "
         "kilograms each; these six 150 kg crates hold heavy-lift octocopters with 20 kg payload hooks, "
         "long-range encrypted radio links, spare batteries and no crane arm at all, for an Almaty 'film "
         "production' firm whose address is a Moscow forwarder's: unmanned aerial vehicles on the common "
         "high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, by lorry from Tallinn through Latvia and Russia; Estonian wording (drones repeat in many sets; a "
         "camera-crane label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "BEAIR01", "air", "BE", [], "KG", "701400",
         "Optische glasblanks voor fotolenzen, niet bewerkt, 400 stuks", "BE", 200, 400, 4000, "EUR",
         "optical glass blanks for camera lenses are clear glass discs you can see through; these 400 are "
         "opaque, metallic-grey, very dense discs that ring like metal and transmit nothing in daylight: "
         "germanium infrared lens blanks and windows from an Olen optics plant, worth 150 times the declared value, "
         "for a Bishkek 'photo optics' firm whose buyer builds thermal sights in Russia: infrared optics on the "
         "list of Regulation 833/2014 whose export to Russia and re-export through third countries is forbidden, "
         "flown from Liège; Flemish Dutch wording (germanium repeats in many sets; an optical-glass-blank label on "
         "germanium repeats once, blind71; kept as a repeat of that cover, a photo-lens label from Belgium to "
         "Kyrgyzstan is the new part)", {"importer_country": "KG"}),
        ("STR-05", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "900691",
         "Lidar merilniki razdalje za ostrenje kinematografskih objektivov, 40 kosov", "SI", 40, 40, 8000, "EUR",
         "lidar focus aids for cinema lenses are small Class 1 sensors that read distances up to 50 m; these 40 "
         "are sealed, 1.5 µm erbium-glass laser rangefinder modules rated to 20 km with military connectors and a "
         "serial interface, at 3,500 EUR each on the maker's list, for a Belgrade 'film rental' that forwards to "
         "Russia: laser rangefinders on the list of Regulation 833/2014 whose export to Russia and re-export through "
         "third countries is forbidden, by van through Croatia; Slovenian wording (laser rangefinders repeat in "
         "several sets; a lens-focus lidar label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["GE"], "UZ", "847989",
         "Vakuumbeschichtungsanlage für Brillengläser (Entspiegelung), gebraucht, 1 Stück in 8 Kisten", "DE", 14000, 1,
         120000, "EUR",
         "an anti-reflection coater for spectacle lenses is a box coater with an electron-beam gun and a dome of "
         "lens holders; this one has a dual ion-beam sputtering source, in-situ optical monitoring and a substrate "
         "stage for laser mirrors of extremely low loss, for a Tashkent 'optician chain' whose parent is a Russian "
         "laser-gyroscope maker: ion-beam sputtering equipment for optical coatings (dual-use 2B005 and Regulation "
         "833/2014), exported without a licence, from Hamburg through Poti; German wording (coating equipment "
         "appears in a few sets; a spectacle-lens coater label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-07", "export", "HUROAD01", "road", "HU", [], "RS", "852589",
         "Filmforgatási felszerelés bérbeadásra: digitális filmkamera, 2 db", "HU", 20, 2, 60000, "EUR",
         "a Budapest camera rental's consignment for a Belgrade 'co-production': cinema cameras and lenses are "
         "what such houses send, but the third item's 'giroszkópos szenzorok kamerastabilizátorhoz' are 24 "
         "navigation-grade fibre-optic gyroscopes in sealed housings with a 0.01 °/h bias, not the MEMS chips a "
         "stabiliser uses, whose last buyer is a Russian missile-guidance works: gyroscopes (dual-use 7A001/7A002) "
         "on the list of Regulation 833/2014 whose export to Russia and re-export through third countries is "
         "forbidden, hidden as the last item of a three-item declaration at Röszke; Hungarian wording (fibre-optic "
         "gyros repeat in many sets; a camera-stabiliser label in a film-rental kit was found in no earlier row by "
         "a keyword search)",
         dict({"importer_country": "RS"},
              _more_items=[item("900211", "Filmobjektívek, prime sorozat, 8 db", "HU", 24, 40000, "EUR", qty=8),
                           item("900691", "Giroszkópos szenzorok kamerastabilizátorhoz, 24 db", "HU", 12, 2400, "EUR", qty=24)])),
        ("STR-08", "transit", "DESEA01", "sea", "KR", ["DE"], "MM", "900211",
         "방송용 ENG 줌 렌즈, 40 개", "KR", 1600, 40, 240000, "USD",
         "ENG broadcast zoom lenses weigh about 2 kg and carry a B4 mount; these 40 are 40 kg day-and-thermal "
         "periscopic sights with armoured heads, ballistic computers' connectors and turret mounts: sighting "
         "systems for armoured vehicles (Common Military List ML5/ML15), whose supply to Myanmar the EU arms "
         "embargo forbids, landed at Hamburg in transit from Busan to Yangon; Korean wording (periscopes repeat "
         "once, blind59; an ENG-lens label and a transit to Myanmar were found in no earlier strategic row by a "
         "keyword search)", {"importer_country": "MM"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "TR", "900691",
         "Tubos de carbono para grúas y pértigas de cámara, 1.200 piezas", "ES", 3000, 1200, 18000, "EUR",
         "carbon-fibre jib and boom tubes for camera cranes are thin-walled, light, woven-finish tubes of 1-2 m; "
         "these 1,200 are filament-wound, thick-walled, precisely ground tubes of 150-400 mm bore with a specific "
         "modulus and tolerances for rotors, for an Istanbul 'grip equipment' firm that ships on to Iran: "
         "composite cylinders controlled as dual-use 1C210/1A202 and listed in the Iran regulation, exported "
         "without a licence, from Valencia to Ambarlı; Spanish wording (composite tubes repeat in several sets "
         "under tent-pole and flagpole labels; a camera-crane tube label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "TR", "900220",
         "Fotografické filtry oranžové 85B, skleněné, zasazené, 300 ks", "CZ", 30, 300, 3000, "EUR",
         "85B colour-conversion filters are thin, amber, dyed glass in a brass ring at a few tens of euros; these "
         "300 are thick, yellow-orange, polycrystalline discs of 5.27 g/cm3 that transmit to 20 µm, worth "
         "1,000 EUR each: zinc selenide infrared windows and lenses for thermal imagers (6C004), on the list of "
         "Regulation 833/2014 whose re-export to Russia through third countries is forbidden, flown from Prague to "
         "an Istanbul 'photo accessories' firm whose buyer is in Kazan; Czech wording (zinc selenide and a "
         "photo-filter label were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "MG", [], "FR", "852589",
         "Fitaovana fakana sary tamin'ny horonantsary fanadihadiana, miverina avy any Antananarivo (matériel de "
         "tournage de retour), 8 valizy", "MG", 160, 8, 2000, "EUR",
         "a nature-documentary crew's returning cases hold cameras, lenses and lights in cut foam; two of these "
         "eight flight cases have their foam cut into ventilated compartments holding 60 live leaf chameleons "
         "(Brookesia) and 40 Calumma chameleons in cloth bags, collected at Ranomafana during the shoot: wild "
         "chameleons (CITES App. II) without CITES documents, flown from Antananarivo to Paris for a Lyon reptile "
         "dealer; Malagasy and French wording (chameleons repeat in many sets; a documentary crew's flight cases "
         "were found in no earlier row by a keyword search)", firm("Vega Productions SARL", "FR")),
        ("WLF-02", "import", "DEPOST01", "post", "TH", [], "DE", "392690",
         "สายคล้องกล้องหนังเทียม (PU) ลายงู, 30 เส้น", "TH", 1.8, 30, 9000, "THB",
         "PU camera straps with a snake print are uniform, printed plastic with a fabric back; these 30 have "
         "overlapping keratin scales that lift at the edges, irregular pattern and a rawhide smell: reticulated "
         "python skin (Malayopython reticulatus, CITES App. II) without CITES documents, posted from Chiang Mai to "
         "a private photographer in Hamburg; Thai wording (python skin repeats in many sets; camera straps were "
         "found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "DEAIR01", "express", "IN", [], "DE", "442199",
         "చెక్క కెమెరా హ్యాండ్ గ్రిప్‌లు, షీషమ్, చేతితో చేసినవి, 40", "IN", 3.6, 40, 24000, "INR",
         "sheesham camera grips are mid-brown wood with a straight grain that does not stain; these 40 are "
         "blood-red, very heavy wood that sinks, with wavy grain, that stains a wet cloth red and fluoresces: red "
         "sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, sent by express from Tirupati "
         "to a private camera builder in Cologne; Telugu wording (red sanders repeats in many sets; a camera-grip "
         "label appears once, on a strategic row in blind60, and in no earlier wildlife row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "PTAIR01", "express", "BR", [], "PT", "852589",
         "Câmeras de armadilha fotográfica com caixa aquecida para inverno, 4 unidades", "BR", 3.2, 4, 1800, "BRL",
         "trail cameras are plastic boxes with a lens and infrared LEDs and need no heating; these four padded "
         "'heated housings' hold a battery-powered heat pad and 16 warm, white, rounded eggs of 25-30 g on cotton "
         "and no camera electronics: eggs of hyacinth macaws (Anodorhynchus hyacinthinus, CITES App. I) taken from "
         "Pantanal nests, without CITES documents, sent by express from Campo Grande to a private breeder near "
         "Braga; Brazilian Portuguese wording (parrot eggs in incubators repeat in several sets; kept as a repeat of "
         "the good; trail-camera and camera-trap labels appear only in strategic rows, blind77 and blind169, and in "
         "no earlier wildlife row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("WLF-05", "import", "GBAIR01", "express", "US", [], "GB", "430400",
         "Vintage faux-fur coat, leopard print, costume rental stock, 1 pc", "US", 2.6, 1, 300, "USD",
         "a faux-fur costume coat has a knitted backing and even, printed spots of acrylic pile; this one has a "
         "leather backing of sewn pelts, rosettes of real guard hair that vary pelt to pelt and a 1960s furrier's "
         "label: a coat of leopard skins (Panthera pardus, CITES App. I) without a pre-Convention or other CITES "
         "certificate, sent by express from a Los Angeles costume house to a private wardrobe buyer in London for "
         "a period drama; US English wording (faux-fur labels repeat in several sets; a film costume-rental "
         "cover was found in no earlier row by a keyword search)", person("Emma Jones", "GB")),
        ("WLF-06", "export", "FRAIR01", "air", "FR", [], "CN", "900510",
         "Jumelles de théâtre anciennes, nacre et laiton, 12 paires", "FR", 4, 12, 900, "EUR",
         "antique opera glasses in mother-of-pearl have iridescent, thin, layered plates; these twelve have "
         "creamy, opaque barrels with fine criss-cross Schreger lines on the cut ends: elephant ivory (Loxodonta "
         "africana, CITES App. I/II), whose re-export from the Union the ivory rules forbid, flown from Paris to "
         "Shanghai for an antiques dealer; French wording (ivory repeats in many sets; opera glasses were found in "
         "no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-07", "import", "DEAIR01", "air", "CN", [], "DE", "900659",
         "4x5 大画幅木制座机, 胡桃木与柚木, 40 台", "CN", 140, 40, 24000, "USD",
         "walnut-and-teak field cameras are light, pale-to-mid-brown wood; these 40 are dark red-brown to "
         "purple-black, very dense wood with a rose smell when sanded and oily pores: Siamese rosewood (Dalbergia "
         "cochinchinensis, CITES App. II), 140 kg in one shipment, over the 10 kg per shipment of finished products "
         "the annotation exempts, without CITES documents, flown from Guangzhou to Frankfurt for a camera dealer; "
         "Chinese wording (Siamese rosewood repeats in many sets; large-format field cameras were found in no "
         "earlier row by a keyword search)", firm("Alpina Kamera GmbH", "DE")),
        ("WLF-08", "import", "ESAIR01", "air", "MX", [], "ES", "010690",
         "Animales actores para rodaje: arañas criadas en cautiverio, especies no CITES, 60 ejemplares", "MX", 6, 60,
         1800, "USD",
         "animal actors for a shoot travel with a wrangler, a captive-breeding record and a short list; these 60 "
         "vials hold large, black, hairy spiders with orange-red knee bands, wild-caught in Guerrero: Mexican "
         "red-knee tarantulas (Brachypelma hamorii, CITES App. II) without CITES documents, flown from Mexico City "
         "to Almería for a horror production's animal-wrangling firm; Mexican Spanish wording (tarantulas repeat "
         "in many sets; kept as a repeat of the good, an animal-actor label was found in no earlier row by a "
         "keyword search)", firm("Delta Animales de Cine SL", "ES")),
        ("WLF-09", "import", "ITAIR01", "express", "ZA", [], "IT", "420291",
         "Kamerahalfkassies, reliëfgedrukte kalfsleer, 20 stuks", "ZA", 3, 20, 9000, "ZAR",
         "embossed-calf half cases have a regular, repeating pressed pattern; these 20 have irregular, "
         "rectangular belly scales with the small pits of integumentary sense organs at the rear of each: Nile "
         "crocodile leather (Crocodylus niloticus, CITES App. II) without CITES documents, sent by express from "
         "Cape Town to a private collector in Milan; Afrikaans wording (crocodile leather repeats in many sets "
         "under embossed labels; camera half-cases were found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-10", "import", "NLAIR01", "air", "ID", [], "NL", "852589",
         "Peralatan syuting dokumenter, kembali dari Papua: kamera film, 2 unit", "ID", 30, 2, 40000, "USD",
         "a documentary crew's returning air freight for an Amsterdam production house: cameras, tripods and "
         "cleaning gear are what crews bring back, but the third item's 'kemoceng bulu untuk membersihkan "
         "peralatan' are 14 whole, dried bird skins with long golden-yellow flank plumes and wire tail streamers "
         "bound to sticks: birds of paradise (Paradisaeidae, CITES App. II) without CITES documents, hidden as the "
         "last item of a three-item declaration from Jakarta; Indonesian wording (bird-of-paradise plumes repeat "
         "in several sets and a feather-duster label once, on ostrich feathers; feather dusters in a film crew's "
         "kit were found in no earlier row by a keyword search)",
         dict(firm("Orion Documentaire BV", "NL"),
              _more_items=[item("962000", "Tripod kamera serat karbon, 4 unit", "ID", 12, 1600, "USD", qty=4),
                           item("960390", "Kemoceng bulu untuk membersihkan peralatan, 14 buah", "ID", 3, 40, "USD", qty=14)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "IL", "NL", "284700",
     "Hydrogen peroxide 50 %, 2 x 1 l, for a licensed private user (alternative photographic processes)", "IL", 2.4,
     2, 40, "EUR", [("PRECURSOR_LICENCE", "NL-JenV-62-0147")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESPOST01", "post", "AR", "ES", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (historical photographic flash research)", "AR", 1,
     1, 30, "USD", [("PRECURSOR_LICENCE", "ES-MIR-62-0093")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "Waste cathode-ray-tube monitors from a broadcaster (16 02 13*), for recovery at a licensed CRT recycler, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-62-0311")], "notified CRT waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "CA", "DE", "280540",
     "Waste metallic mercury from a decommissioned liquid-mirror telescope, 3 t, for stabilisation and permanent "
     "storage at a licensed facility", "CA", 3000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HE-62-0058")],
     "notified waste mercury to a licensed disposal facility"),
    ("PRM-05", "ozone", "export", "HRROAD01", "road", "HR", "AT", "290371",
     "Recovered HCFC-22 from decommissioned transmitter-hall air-conditioners, 12 cylinders, for destruction", "HR",
     600, 12, 0, "EUR", [("ODS_LICENCE", "HR-MZOE-ODS-62-004")], "recovered HCFC-22 shipped for destruction under an ODS licence"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "US", "PL", "290376",
     "Halon 2402, recycled, 10 cylinders, for the critical use in military aircraft fire protection", "US", 400, 10,
     12000, "USD", [("ODS_LICENCE", "PL-MKiS-ODS-62-011")], "recycled halon 2402 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "370500",
     "Autochromes, 9 x 12 cm, Paris and the Balkans 1912-1925, 40 plates, documented collection", "FR", 6, 40,
     90000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-62-0207")], "early colour photographs exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "900580",
     "Telescope, vellum and pasteboard tube, Middelburg, c. 1650, sold at auction with the export licence", "NL", 5, 1,
     180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-62-0041")], "early telescope exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "900290",
     "Deformable mirrors, 277 actuators, 2 units, for an Indian astronomical observatory's adaptive-optics system",
     "FR", 10, 2, 130000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-62-0388"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-62-0117")],
     "dual-use deformable mirrors under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "KR", "811299",
     "Germanium infrared lens blanks, 200 pieces, for a Korean fire-service thermal-camera maker", "BE", 100, 200,
     300000, "EUR", [("EXPORT_LICENCE", "BE-VL-62-0522"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-62-0094")],
     "infrared optics under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "420291",
     "Camera half-cases, Nile crocodile leather (ranched), 20 pieces", "ZA", 3, 20, 5000, "USD",
     [("CITES_PERMIT", "ZA-CITES-62-1184")], "App. II ranched crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TH", "DE", "420500",
     "Camera straps, reticulated python leather (farmed), 60 pieces", "TH", 4, 60, 3000, "USD",
     [("CITES_PERMIT", "TH-CITES-62-0735")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Particular", "PRM-03": "Central CRT-Recycling GmbH",
    "PRM-04": "Nordhafen Entsorgung GmbH", "PRM-11": "Alpina Pelletteria Srl", "PRM-12": "Meridian Kamera GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises and the ordinary
    # supplies of film, television, photography and optics
    ("293627", "Ascorbic acid, food grade, for Caffenol developer, 500 g", "import", ["post"], ["VN", "CN"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("340290", "Film wetting agent concentrate, 250 ml", "import", ["express"], ["IL", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("291711", "Ferric oxalate sensitiser for platinum printing, 50 ml kits", "import", ["post"], ["IN", "US"], (80, 150), (1, 2), ["USD"], 10, S),
    ("350699", "Film splicing cement, 30 ml brush bottles", "import", ["post"], ["KR", "JP"], (40, 80), (1, 2), ["USD"], 20, S),
    ("290549", "Isomalt granules for breakaway sugar-glass props, 25 kg", "import", ["road"], ["BA", "RS"], (3, 5), (500, 2000), ["EUR"], 0.04, S),
    ("283210", "Sodium sulphite anhydrous, photographic grade, 1 kg", "import", ["sea"], ["PK", "IN"], (0.8, 1.5), (4000, 10000), ["USD"], 1, S),
    ("282751", "Potassium bromide, photographic grade, 100 g", "import", ["post"], ["AR", "US"], (30, 60), (1, 2), ["USD"], 10, S),
    ("370790", "Odourless citric stop bath with indicator, 1 l", "import", ["express"], ["BR", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, S),
    ("281810", "Aluminium-oxide micro-grit for telescope-mirror grinding, 250 g", "import", ["post"], ["CL", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("340290", "Enzymatic fake-blood stain remover for costume departments, 5 l", "import", ["road"], ["MA", "TR"], (2, 4), (500, 2000), ["EUR"], 0.2, S),
    ("870590", "Outside-broadcast trucks, used, roadworthy, with test report", "export", ["sea"], ["NG", "GH"], (1.2, 2), (12000, 18000), ["EUR"], 0.00007, S),
    ("900580", "Dobsonian telescopes, new, 8 inch", "export", ["air"], ["IN", "ZA"], (20, 35), (200, 800), ["EUR"], 0.05, S),
    ("901010", "Photo minilabs, refurbished, drained and rinsed, with service report", "export", ["sea"], ["AO", "MZ"], (1.5, 3), (4000, 10000), ["EUR"], 0.00125, S),
    ("850760", "Lithium-ion V-mount camera batteries, new", "import", ["air"], ["CN", "KR"], (60, 100), (100, 500), ["USD"], 1, S),
    ("852990", "TV transmitter spare modules, new, boxed", "export", ["air"], ["EG", "JO"], (60, 120), (200, 800), ["EUR"], 0.2, S),
    ("282110", "Black iron-oxide pigment for scenic paint", "export", ["sea"], ["TR", "MA"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("590310", "PVC-coated fabric, new rolls, for projection screens", "import", ["sea"], ["CN", "KR"], (3, 5), (4000, 10000), ["USD"], None, S),
    ("850211", "Diesel generating sets, new, silenced, for film units", "export", ["sea"], ["MR", "SN"], (8, 14), (8000, 20000), ["EUR"], 0.0005, S),
    ("854449", "Rubber stage cable H07RN-F, new, 100 m drums", "import", ["sea"], ["TR", "CN"], (4, 7), (5000, 12000), ["USD", "EUR"], None, S),
    ("841869", "Helium closed-cycle cryocoolers for vacuum chambers, new", "import", ["air"], ["US", "JP"], (80, 150), (200, 800), ["USD"], 0.01, S),
    ("381400", "Lens deblocking solvent, modified alcohol, 25 kg drums", "import", ["sea"], ["IN", "CN"], (2, 4), (3000, 8000), ["USD"], 0.04, S),
    ("320890", "Matt dulling spray for product photography, hydrocarbon propellant, 400 ml", "import", ["sea"], ["MY", "CN"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("841582", "Precision air-conditioners, R-290, new, for transmitter rooms", "export", ["road"], ["BA", "RS"], (6, 10), (2000, 6000), ["EUR"], 0.003, S),
    ("382499", "Silicone refractive-index matching gel, 25 ml", "import", ["post"], ["TW", "US"], (150, 300), (1, 2), ["USD"], 20, S),
    ("852862", "Laser cinema projectors, new", "import", ["sea"], ["CN", "BE"], (60, 120), (2000, 6000), ["USD", "EUR"], 0.008, S),
    ("940171", "Cinema seats, upholstered, pentane-blown foam, metal frame", "import", ["sea"], ["EG", "TR"], (3, 5), (10000, 22000), ["USD", "EUR"], 0.025, S),
    ("392690", "Resin set-dressing replicas (pottery, lamps), new", "import", ["air"], ["JO", "MA"], (10, 20), (100, 400), ["USD"], 0.5, S),
    ("370500", "Glass lantern slides, modern prints", "export", ["post"], ["US", "JP"], (60, 120), (1, 3), ["EUR"], 15, S),
    ("370232", "35 mm motion-picture raw stock, black and white, new", "import", ["air"], ["US", "GB"], (40, 70), (100, 400), ["USD", "GBP"], 0.4, S),
    ("830630", "Bronze hand mirrors, new, reproduction", "import", ["post"], ["IN", "CN"], (30, 60), (1, 3), ["USD"], 2, S),
    ("681599", "Obsidian craft mirrors, machine-polished, framed", "import", ["post"], ["MX"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("520821", "Bleached cotton muslin for light diffusion, 3 m width", "import", ["sea"], ["PK", "IN"], (3, 5), (3000, 8000), ["USD"], None, S),
    ("491199", "Bollywood film posters, modern reprints, rolled", "import", ["post"], ["IN"], (20, 40), (1, 3), ["USD", "GBP"], 10, S),
    ("900580", "Brass decorative telescopes, new, nautical style", "import", ["sea"], ["IN", "CN"], (6, 12), (1000, 4000), ["USD"], 0.5, S),
    ("900290", "Front-surface mirrors for planetarium projectors, mounted", "export", ["air"], ["CN", "AE"], (80, 150), (50, 300), ["EUR"], 0.2, S),
    ("842890", "Aluminium telescopic camera cranes, new", "import", ["sea"], ["CN", "US"], (15, 25), (2000, 6000), ["USD"], 0.005, S),
    ("701400", "Optical glass blanks (N-BK7), not worked", "import", ["air"], ["JP", "CN"], (15, 30), (200, 800), ["USD"], 2, S),
    ("900211", "ENG broadcast zoom lenses, B4 mount, new", "import", ["air"], ["JP"], (2000, 4000), (50, 200), ["USD"], 0.5, S),
    ("962000", "Carbon-fibre camera tripods, new", "import", ["sea"], ["CN", "TW"], (25, 45), (1000, 4000), ["USD"], 0.5, S),
    ("392690", "PU vegan-leather camera straps, snake print", "import", ["post"], ["TH", "CN"], (30, 60), (1, 3), ["USD"], 15, S),
    ("900510", "Opera glasses, new, brass and enamel", "import", ["post"], ["CN", "FR"], (80, 150), (1, 2), ["USD", "EUR"], 5, S),
    ("900659", "Large-format field cameras, walnut, new", "import", ["air"], ["CN"], (150, 300), (50, 200), ["USD"], 0.3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441192", "Perforated hardboard pegboards, workshop wall panels", "import", ["sea"], ["CN", "MY"], (0.8, 1.4), (8000, 16000), ["USD"], None, N),
        ("392490", "Plastic dish racks with drainer trays", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("392410", "Silicone ice-cube trays, lidded", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 6, N),
        ("820551", "Under-cabinet jar openers, boxed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind216", 20620301, HERE)


if __name__ == "__main__":
    main()
