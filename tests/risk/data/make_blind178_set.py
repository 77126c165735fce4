#!/usr/bin/env python3
"""Writes the hundred-and-seventy-eighth blind set (tests/risk/data/blind178-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: project cargo and industrial
plant (turnkey and relocated plants, dismantled factories and power stations shipped
abroad for re-erection, machinery and consumables for mines, dams, tunnels, pipelines and
power stations, contractors' plant returning home after a project, heavy-lift and
break-bulk shipments and their dunnage, crane mats and counterweights).
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
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Danube barges are declared, as in the earlier sets, on the sea mode. Ids are
BL178-*:

    python3 tests/risk/data/make_blind178_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
# Project cargo and industrial plant, the set's emphasis (47 of the 60 rows): PRE-01 to PRE-06, WST-01 to WST-09,
# OZN-01 to OZN-07 and OZN-09, CUL-01 to CUL-07, CUL-09 and CUL-10, STR-01 to STR-08, WLF-01 to WLF-07.
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "ESSEA01", "sea", "ES", [], "GN", "382440",
         "Acelerante de fraguado libre de álcalis para hormigón proyectado, IBC de 1.000 l, 20 IBC", "ES", 24000, 20,
         9600, "EUR",
         "an alkali-free shotcrete accelerator is a milky, slightly viscous aluminium-sulphate suspension of "
         "about 1.4 kg/l that settles in the tote; these 20 IBCs hold a water-clear, thin liquid of 1.20 kg/l under "
         "vented caps that bleaches a glove white and foams on rusty steel: about 50 % hydrogen peroxide (Annex I "
         "above 12 %), exported from Bilbao to a Conakry trader who calls himself a subcontractor of the Simandou "
         "railway tunnels but is on no contractor's supplier list and whose earlier lots went up-country to the "
         "gold-mining towns near the Malian border, under a false description and as undeclared dangerous goods; "
         "Spanish wording (hydrogen peroxide repeats in many sets; a shotcrete-accelerator label and a mine-railway "
         "tunnelling cover were found in no earlier row by a keyword search)", {"importer_country": "GN"}),
        ("PRE-02", "export", "ITSEA01", "sea", "IT", [], "LY", "761090",
         "Casseforme in alluminio per pareti, usate, revisionate, 1.200 pannelli", "IT", 18000, 1200, 54000, "EUR",
         "a dam-reconstruction shipment for a Benghazi 'contractor': aluminium wall formwork and a "
         "superplasticiser are what a concrete site orders, but the third item's 'nitrato di calcio' is not the "
         "wet-looking, hygroscopic 15.5 % N calcium nitrate used to speed the setting of concrete: its 800 sacks hold "
         "dry, white, porous prills that turn ice-cold in water, test at 34 % N and give no calcium on a strip: "
         "porous, explosive-grade ammonium nitrate (Annex I at 16 % N or more), hidden as the last item of a "
         "three-item declaration for the rebuilding of the Derna dams, from Genoa to a firm on none of the "
         "reconstruction fund's lists; Italian wording (ammonium nitrate repeats in many sets and calcium-nitrate "
         "labels in several, as hydroponic part A in blind106; a concrete set-accelerator label behind formwork for a "
         "dam project is the new part as far as a search found)",
         dict({"importer_country": "LY"},
              _more_items=[item("382440", "Additivo superfluidificante per calcestruzzo, cisternette 1.000 l, 12", "IT", 13200, 9600, "EUR", qty=12),
                           item("283429", "Nitrato di calcio, accelerante di presa per calcestruzzo, sacchi 25 kg, 800 sacchi", "IT", 20000, 7000, "EUR", qty=800)])),
        ("PRE-03", "export", "FRSEA01", "sea", "FR", ["TG"], "BF", "690912",
         "Cylpebs en alumine 92 %, corps broyants pour broyeur à boulets, fûts de 200 kg, 40 fûts", "FR", 8000, 40,
         14000, "EUR",
         "alumina cylpebs are white, glass-hard cylinders of 3.6 g/cm3 that ring when knocked together; "
         "these 40 drums hold 20,000 yellow-buff cast cylinders of 400 g at 1.6 g/cm3, soft enough to scratch with a "
         "nail, each with a central well and a narrow channel through it, packed in card tubes whose inner boxes read "
         "'UN0042': cast pentolite boosters (explosives, 1.1D) declared as grinding media for a gold plant's ball "
         "mill, exported without an explosives authorisation from Le Havre through Lomé to a Ouagadougou 'mining "
         "services' trader who supplies artisanal gold sites in a region where armed groups buy explosives for "
         "roadside bombs; French wording from Burkina Faso (cast boosters repeat in a few sets, as cast weights in "
         "blind16 and beeswax church candles in blind137; kept as a repeat, grinding-media cylpebs for a ball mill are "
         "the new part as far as a search found)", {"importer_country": "BF"}),
        ("PRE-04", "export", "BESEA01", "sea", "BE", [], "SD", "847982",
         "Gedemonteerde CIL-roertanks voor goudwinning, gebruikt, 8 stuks", "BE", 64000, 8, 120000, "EUR",
         "a relocated gold plant for a Port Sudan buyer: dismantled carbon-in-leach agitator tanks and "
         "activated carbon are what such a plant needs, and it does use hydrochloric acid to wash its carbon, but the "
         "third item's 16 IBCs of 'zoutzuur 33 %' weigh 1.41 kg/l instead of 1.16, give off brown fumes when a cap is "
         "cracked and stain a glove yellow: about 68 % nitric acid (Annex I above 3 %), hidden as the last item of a "
         "three-item declaration under the name of another acid, for a gold-processing firm working in areas of "
         "Darfur held by an armed group, from Antwerp; Flemish wording (nitric acid repeats in many sets; a "
         "hydrochloric-acid label inside a relocated CIL gold plant was found in no earlier row by a keyword search)",
         dict({"importer_country": "SD"},
              _more_items=[item("380210", "Actieve kool voor goudwinning, korrels 6x12, 20 t", "BE", 20000, 36000, "EUR"),
                           item("280610", "Zoutzuur 33 % voor zure wassing van actieve kool, IBC 1.000 l, 16 IBC", "BE", 22560, 4800, "EUR", qty=16)])),
        ("PRE-05", "export", "DESEA01", "sea", "DE", [], "PK", "902620",
         "Schwingsaiten-Piezometer mit 20 m Messkabel, für die Talsperrenüberwachung, 2.400 Stück", "DE", 1200, 2400,
         36000, "EUR",
         "a vibrating-wire piezometer is a stainless cylinder of about 30 mm with a porous filter tip, a "
         "shielded four-core cable and a calibration sheet, at several hundred euros; these 2,400 at 15 EUR each are "
         "8 mm aluminium shells with a crimped plug and an electronic delay chip on 20 m of yellow duplex leg wire, "
         "in antistatic cartons: electronic detonators (explosives, 1.4B), exported without an explosives "
         "authorisation from Hamburg to a Peshawar trading firm that is not the dam contractor named on the invoice, "
         "for a province where armed groups have bombed dam engineers; German wording (electronic detonators repeat "
         "in several sets, as delay units in blind10 and programmable chips in blind11; a dam-instrumentation "
         "piezometer label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("PRE-06", "export", "SEROAD01", "road", "SE", ["DK", "DE", "AT", "HU"], "RS", "870590",
         "Begagnad servicebil för gruvdrift med serviceflak, tank och skruvtransportör, 1 st", "SE", 26000, 1,
         45000, "EUR",
         "a mine service truck carries lubricant tanks, a small crane and a tool body; this one is an "
         "underground explosives charging unit with a stainless hopper, an auger, an emulsion pump and a charging-hose "
         "reel, sold out of a closing Norrbotten mine, and its hopper still holds 3.4 t of porous prills that test at "
         "34 % N and its matrix tank 1.8 t of an ammonium-nitrate emulsion (UN3375): ammonium nitrate (Annex I at 16 % "
         "N or more) and an explosives precursor leaving without a transfer authorisation or a dangerous-goods "
         "declaration, on a low-loader at Helsingborg for a Belgrade trader whose buyer runs unlicensed quarries; "
         "Swedish wording (ammonium nitrate repeats in many sets; an explosives charging truck sold as a used service "
         "truck was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("PRE-07", "import", "ATPOST01", "post", "MK", [], "AT", "220890",
         "Домашна ракија од дуња, 3 шишиња по 1 л, подарок", "MK", 3.5, 3, 30, "EUR",
         "quince rakija is a clear brandy of about 0.95 kg/l that smells of quince and alcohol; these three bottles "
         "hold an oily liquid of 1.14 kg/l that smells faintly chemical, sinks and stays apart in water, and the "
         "sender's receipt inside names a drag-racing fuel supplier: nitromethane (Annex I above 16 %), posted from "
         "Skopje to a private person in Graz; Macedonian wording (nitromethane repeats in many sets and spirit covers "
         "in several, as mampoer in blind123 and imo shochu in blind135; quince rakija from North Macedonia was found "
         "in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-08", "import", "ITAIR01", "air", "IN", [], "IT", "282590",
         "संगमरमर पॉलिश पाउडर (टिन ऑक्साइड), 1 किलो डिब्बा, 400 डिब्बे", "IN", 400, 400, 1600, "USD",
         "tin-oxide 'putty powder' for polishing marble is a very heavy, off-white powder, so a 1 kg tin of it is half "
         "empty; these 400 tins are full to the lid with a light, white, crystalline powder that flashes violet on a "
         "glowing charcoal, and the inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %) retail-packed "
         "in 1 kg tins for a Carrara stone-tools shop that sells to hobby carvers and the public, flown from Jaipur; "
         "Hindi wording (potassium perchlorate repeats in many sets; a tin-oxide marble-polish label was found in no "
         "earlier row by a keyword search)", firm("Vega Utensili Marmo Srl", "IT")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "250100",
         "Sal para aquário marinho (reef), 1 balde de 4 kg", "BR", 4, 1, 180, "BRL",
         "reef-aquarium salt is a fine, damp-clumping mix of sodium chloride with magnesium and calcium salts that "
         "dissolves to a slightly cloudy brine; this bucket holds coarse, glassy, free-flowing crystals that stay "
         "perfectly clear in water, give a chlorate reaction on a field test and burn fiercely mixed with sugar: "
         "sodium chlorate (Annex I above 40 %), sent by express from São Paulo to a private person in Porto; "
         "Brazilian Portuguese wording (sodium chlorate repeats in many sets and salt-like covers in several, a "
         "freshwater aquarium salt among them in blind117; kept as a repeat, a reef-salt label by express from Brazil "
         "is the new part)", person("João Pereira", "PT")),
        ("PRE-10", "import", "DKAIR01", "express", "US", [], "DK", "220900",
         "Horticultural vinegar 30 % acetic, weed killer, 2 x 32 fl oz", "US", 2.7, 2, 40, "USD",
         "30 % horticultural vinegar is a colourless liquid of 1.04 kg/l that reeks of vinegar; these two bottles hold "
         "a faintly yellow liquid of 1.40 kg/l that gives off brown fumes when opened, stains a fingertip yellow and "
         "turns a copper coin green-blue: about 65 % nitric acid (Annex I above 3 %), sent by express from Ohio to a "
         "private person in Aarhus; US English wording (nitric acid repeats in many sets and vinegar covers in a few, "
         "as rice vinegar in blind112; a horticultural-vinegar label was found in no earlier row by a keyword search)",
         person("Mette Jensen", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "DZ", "854330",
         "Cel·les d'electròlisi de càtode de mercuri, desmuntades, per a reutilització en planta de clor-sosa, 24 unitats",
         "ES", 360000, 24, 240000, "EUR",
         "electrolysers sold for re-use keep their anodes, covers and end boxes and come with a "
         "decontamination certificate; these 24 mercury cells, cut out of a Catalan chlor-alkali plant closed under "
         "the ban on mercury cells, have ebonite-lined troughs with grey beads of mercury in the seams and amalgam "
         "crust in the decomposers, and a vapour meter goes off scale when a cover is lifted: mercury-contaminated "
         "plant (17 04 09*, 06 04 04*), hazardous waste whose export to a non-OECD country is banned and whose mercury "
         "the Mercury Regulation (2017/852) forbids exporting, from Tarragona to an Oran 'chlorine project'; Catalan "
         "wording (mercury from chlor-alkali decommissioning repeats in a few sets, as barometer flasks in blind104 "
         "and silver polish in blind113; whole cells relocated as plant for re-use are the new part)",
         {"importer_country": "DZ"}),
        ("WST-02", "export", "FISEA01", "sea", "FI", [], "PK", "840219",
         "Purettu hiilivoimalan kattilalaitos, käytetty, uudelleenpystytystä varten, 1 erä", "FI", 3200000, None,
         1600000, "EUR",
         "a boiler sold for re-erection comes with a condition survey, drawings and an asbestos survey; this "
         "3,200 t break-bulk lot from a demolished Helsinki coal plant is membrane walls torched into panels with the "
         "lagging still on (flaking chrysotile and amosite boards and rope) and ash hoppers packed with compacted fly "
         "ash, bought by a Karachi 'power developer' whose yard is a scrapyard at Gadani: asbestos-containing "
         "construction waste (17 06 05*) and boiler ash, hazardous waste whose export to a non-OECD country is "
         "banned, from Helsinki to Port Qasim; Finnish wording (asbestos repeats in many sets and boilers in a few; "
         "a whole coal-fired boiler plant for re-erection was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-03", "export", "NOSEA01", "sea", "NO", [], "IN", "854330",
         "Brukte elektrolyseceller (katodekasser), demontert for gjenoppbygging i nytt aluminiumverk, 60 stk.", "NO",
         1800000, 60, 180000, "EUR",
         "pot shells re-used in a new potline come empty, blasted and measured; these 60 steel shells from a "
         "closed Norwegian potline still hold their cathode linings, about 30 t each of cracked carbon blocks soaked "
         "with bath, white fluoride crusts and a smell of ammonia and bitter almonds when wet: spent pot lining "
         "(16 11 01*), hazardous waste that Norway, which applies the Basel ban, may not export to India, from Husnes "
         "to Paradip for an Odisha 'smelter project'; Norwegian wording (spent pot lining repeats in many sets, as "
         "cathode blocks in blind104, fluorspar in blind101 and chamotte in blind102; pot shells sold with a "
         "relocated potline are the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-04", "transit", "NLSEA01", "sea", "GB", ["NL"], "NG", "730419",
         "Used line pipe, 12 in, recovered from decommissioned platform topsides, for re-use as piling, 900 t", "GB",
         900000, None, 90000, "GBP",
         "pipe sold for piling is cleaned, cut, blasted and gauged; these 900 t, lifted off North Sea "
         "topsides at a Teesside decommissioning yard, are unwashed production pipework full of black, oily sludge "
         "with hard grey barium-sulphate scale that reads several times background on a survey meter: oily, "
         "NORM-contaminated pipework (hazardous waste, 16 07 08* with naturally radioactive scale) landed at "
         "Rotterdam in transit to Onne without the notification the transit and destination countries must "
         "receive, for a Port Harcourt 'piling contractor'; Scottish English wording (NORM-scaled casing repeats in "
         "blind140, from Esbjerg; kept as a repeat, topsides line pipe for piling in transit through Rotterdam is the "
         "new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-05", "export", "HRROAD01", "road", "HR", [], "BA", "841950",
         "Cijevni snopovi izmjenjivača topline, rabljeni, za obnovu, 14 kom", "HR", 84000, 14, 28000, "EUR",
         "heat-exchanger bundles sent for retubing are hydro-jetted, dry and come with a gas-free "
         "certificate; these 14, pulled from the crude and vacuum units of a closed refinery at Sisak, are plugged "
         "with black, waxy, benzene-smelling sludge and coke and carry asbestos-fibre gaskets on their floating heads, "
         "for a Bosnian 'workshop' near Brod with no jetting bay: oily refinery sludge (05 01 09*) and asbestos "
         "(17 06 01*), hazardous waste whose export to a non-OECD country is banned, by lorry at Slavonski Brod; "
         "Croatian wording (refinery sludge repeats in several sets and heat exchangers in a few, as kiln heat "
         "exchangers in blind127; refinery exchanger bundles by road to Bosnia are the new part as far as a search "
         "found)", {"importer_country": "BA"}),
        ("WST-06", "export", "ROSEA01", "sea", "RO", [], "GE", "847982",
         "Instalație de formulare a pesticidelor, demontată, pentru reasamblare: reactoare, mixere, rezervoare, 1 lot",
         "RO", 120000, None, 60000, "EUR",
         "a relocated formulation plant comes triple-rinsed with a decontamination report; these reactors "
         "and tanks from a closed Danube agrochemical site still carry grey crusts on their walls, and inside the two "
         "largest tanks sit 60 sealed drums of obsolete organochlorine stock that reads lindane and DDT: obsolete "
         "pesticides and contaminated plant (02 01 08*, 16 05 06*), persistent organic pollutants whose export the "
         "POPs Regulation (2019/1021) forbids and hazardous waste whose export to a non-OECD country is banned, from "
         "Constanța to Poti for a Georgian 'agro start-up'; Romanian wording (pesticide wastes repeat in many sets; "
         "drums hidden inside a relocated formulation plant are the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "850730",
         "Συσσωρευτές νικελίου-καδμίου σταθερής εγκατάστασης, μεταχειρισμένοι, για επαναχρησιμοποίηση, 1.200 στοιχεία",
         "GR", 48000, 1200, 6000, "EUR",
         "Ni-Cd cells sold for re-use are tested, topped up and listed with a capacity report; these 1,200 "
         "cells from the battery room of a decommissioned Ptolemaida lignite power station have cracked cases, white "
         "carbonate crust on the terminals, electrolyte leaking into the pallets and cut busbars: waste Ni-Cd "
         "batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, from Thessaloniki to "
         "Alexandria for a 'UPS refurbisher'; Greek wording (Ni-Cd batteries repeat in a few sets, as aircraft "
         "batteries in blind109 and blind174; stationary cells from a power station are the new part as far as a "
         "search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "854330",
         "Linia galwaniczna do twardego chromowania, używana, zdemontowana, do ponownego montażu, 1 komplet", "PL",
         22000, 1, 15000, "EUR",
         "a used plating line sold for re-erection travels as empty, rinsed tanks, rectifiers and hoists; "
         "the twelve tanks of this hard-chrome line from a closed Łódź works are still half full of a dark red-brown "
         "chromic-acid bath and green, metal-laden sludge, with lids bolted on: spent chromic-acid plating baths and "
         "sludge (11 01 05*, 11 01 09*), hazardous waste whose export to a non-OECD country is banned, at Korczowa for a "
         "Lviv 'metal finishing' start-up; Polish wording (spent chromium baths repeat in a few sets, as in blind32 and "
         "blind73; baths left in a relocated plating line are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "SKRAIL01", "rail", "SK", ["CZ", "DE"], "GH", "730900",
         "Demontovaný plynojem, plechy a konštrukcie, na opätovnú montáž ako nádrž na vodu, 1 lot", "SK", 380000,
         None, 38000, "EUR",
         "plates of a gasholder sold for re-use as a water tank are cleaned, blasted and come with a coating report; "
         "these 380 t of lifts, cups and crown plates from a decommissioned town-gas holder in Bratislava carry a "
         "black, sticky crust of coal tar and naphthalene that smells of mothballs, with the water-seal sludge still in "
         "the cups: tar-contaminated metal and tar sludge (17 04 09*, 05 06 03*), hazardous waste whose export to a "
         "non-OECD country is banned, by rail through the Czech Republic to Hamburg for a Tema 'water-storage' "
         "contractor; Slovak wording (gasworks wastes repeat in several sets as soil and clay, as in blind23, blind40 "
         "and blind155; a dismantled gasholder for re-erection was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "MY", "741021",
         "Copper-clad FR-4 laminate offcuts, clean, bagged, 20 t", "IE", 20000, None, 30000, "EUR",
         "copper-clad laminate offcuts are bare, clean sheets with copper foil on one or both faces; these bags hold "
         "populated and stripped server boards from a Dublin data-centre refit, with solder, capacitors, lithium "
         "coin cells and brominated flame retardant: waste printed circuit boards (A1180, 16 02 15*), hazardous waste "
         "whose export to a non-OECD country is banned, from Cork to Penang; Irish English wording (circuit-board "
         "scrap repeats in many sets; a laminate-offcut label was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
    ],
    "ozone": [
        ("OZN-01", "export", "ITSEA01", "sea", "IT", [], "IQ", "841182",
         "Turbina a gas usata, 125 MW, smontata, con generatore, 1 unità", "IT", 420000, 1, 3800000, "EUR",
         "a relocated gas-turbine power plant for Basra: a dismantled 125 MW turbine with its generator and "
         "the modular control room are what such a sale ships, but the third item's 40 'nitrogen cylinders for "
         "generator purging' are the control room's fire-suppression bank: red, 80 l cylinders that slosh, read "
         "about 25 bar and hold 70 kg each of a liquid that a detector reads as bromotrifluoromethane: halon 1301, a "
         "controlled substance whose export from the Union is banned (Regulation 2024/590), hidden as the last item "
         "of a three-item declaration, from Ravenna; Italian wording (halon 1301 repeats in many sets and nitrogen "
         "labels in a few; generator-purge cylinders in a relocated power plant are the new part as far as a search "
         "found)",
         dict({"importer_country": "IQ"},
              _more_items=[item("853720", "Sala controllo modulare e quadri elettrici, usati, 6 moduli", "IT", 36000, 180000, "EUR", qty=6),
                           item("280430", "Bombole di azoto per spurgo del generatore, piene, 40 pezzi", "IT", 2800, 1200, "EUR", qty=40)])),
        ("OZN-02", "export", "FRSEA01", "sea", "FR", [], "MA", "841869",
         "Installation frigorifique de patinoire démontée, compresseurs et échangeurs, pour réinstallation, 1 lot",
         "FR", 38000, None, 60000, "EUR",
         "a rink plant sold for relocation today is an ammonia-glycol or CO2 pack, or an old plant emptied "
         "with a recovery certificate; this 1990s direct-expansion plant from a closed municipal rink in the Alps "
         "was never emptied, and its receivers and compressors still hold about 1.2 t of chlorodifluoromethane under "
         "pressure: equipment containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), from "
         "Le Havre to Casablanca for a leisure project at Ifrane; French wording (R-22 ice-rink plant repeats in a few "
         "sets, as refrigerant for a rink in blind19, a Québec rink chiller in blind68 and a Tyrolean one in blind117; "
         "kept as a repeat, a relocated rink plant for Morocco is the new part)", {"importer_country": "MA"}),
        ("OZN-03", "import", "HRSEA01", "sea", "CN", [], "HR", "940690",
         "集装箱式活动房（工人营地），聚氨酯夹芯板，120 套", "CN", 360000, 120, 480000, "USD",
         "container houses for a Union building site come with rock-wool or pentane-blown PIR panels and a "
         "declaration of the blowing agent; the cores of these 120 units release, when cut, a sweet gas that a "
         "detector reads as 1,1-dichloro-1-fluoroethane, and the panel maker's labels read '141b发泡': products "
         "containing HCFC-141b, whose import into the Union is banned, for the worker camp of a Chinese contractor's "
         "bridge and motorway site in Dalmatia, by sea from Tianjin to Ploče; Chinese wording (HCFC-141b panels repeat "
         "in a few sets, as used cold-store panels in blind147 and under a rock-wool label in blind127; container "
         "houses for a worker camp were found in no earlier row by a keyword search)",
         firm("Horizon Infrastruktura d.o.o.", "HR")),
        ("OZN-04", "import", "HURAIL01", "rail", "KR", ["SI"], "HU", "841582",
         "옥상형 공조기 (루프탑 유닛), 질소 봉입 출하, 36대", "KR", 64800, 36, 540000, "USD",
         "rooftop units 'shipped with a nitrogen holding charge' read 1-2 bar of nitrogen and are charged on "
         "site by a certified installer; these 36 read 14 bar and each circuit holds 38 kg of R-410A, with no "
         "declaration of conformity or quota authorisation: equipment pre-charged with hydrofluorocarbons placed on "
         "the Union market without the HFCs being accounted for under the quota system (Regulation 2024/573), for a "
         "Korean battery-cell gigafactory going up near Budapest, by sea to Koper and rail on; Korean wording "
         "(holding-charge labels repeat in a few sets, as in blind116 and blind128, and refurbished rooftop units once, "
         "in blind111; new rooftop units for a gigafactory are the new part as far as a search found)",
         firm("Delta Battery Materials Kft.", "HU")),
        ("OZN-05", "import", "PTSEA01", "sea", "TR", [], "PT", "841869",
         "Pul buz makinesi, endüstriyel, R-448A gazlı, 25 t/gün, 4 adet", "TR", 12000, 4, 96000, "EUR",
         "R-448A flake-ice machines show a blend's temperature glide and read about 10 bar at 20 °C; these "
         "four read 8 bar with no glide and a refrigerant identifier gives 98 % chlorodifluoromethane: equipment "
         "containing HCFC-22, whose import into the Union is banned, for the new ice plant of the Peniche fish "
         "auction, by sea from İzmir to Lisbon; Turkish wording (R-22 equipment repeats in many sets and flake-ice "
         "machines in a few, as used exports from fish auctions in blind105 and blind135; new machines imported from "
         "Türkiye for a Portuguese fish auction are the new part)",
         firm("Atlantic Gelo Industrial Lda", "PT")),
        ("OZN-06", "import", "PLSEA01", "sea", "VN", [], "PL", "842410",
         "Hệ thống chữa cháy khí trơ IG-55 cho trạm biến áp ngoài khơi, 96 bình 80 lít", "VN", 9600, 96, 190000,
         "USD",
         "IG-55 cylinders hold argon and nitrogen at 200-300 bar, do not slosh and are light for their size; "
         "these 96, mounted in the fire-protection room of an offshore substation topside built at a Vũng Tàu yard and "
         "carried by a heavy-lift ship to Gdańsk for a Baltic wind farm, read 42 bar, slosh, and a detector gives "
         "trifluoromethane: HFC-23 fire-protection systems, which may not be placed on the Union market (Regulation "
         "2024/573), declared as inert-gas systems; Vietnamese wording (HFC-23 repeats in many sets, under an argon "
         "label in blind124; an offshore substation topside was found in no earlier row by a keyword search)",
         firm("Nordhafen Offshore Sp. z o.o.", "PL")),
        ("OZN-07", "export", "IESEA01", "sea", "IE", [], "BD", "841939",
         "Used pharmaceutical freeze dryers, production scale, refrigerant recovered, for re-installation, 2 units",
         "IE", 28000, 2, 90000, "EUR",
         "freeze dryers sold on as 'refrigerant recovered' read zero on their gauges and carry a recovery "
         "certificate; these two 1990s production dryers from a Cork plant relocating a line to Dhaka still hold their "
         "low-stage charge of R-503 (an azeotrope of HFC-23 and CFC-13) and their high-stage R-22: equipment containing "
         "CFCs and HCFCs, whose export from the Union is banned (Regulation 2024/590), by sea from Cork to Chattogram; "
         "Irish English wording (R-503 repeats in a few sets, as in laboratory incubators in blind127, and freeze "
         "dryers in a few strategic rows; pharmaceutical freeze dryers exported with their CFC charge are the new part "
         "as far as a search found)", {"importer_country": "BD"}),
        ("OZN-08", "import", "GRROAD01", "road", "AL", [], "GR", "731100",
         "Bombola bosh të ripërdorshme për rikuperim gazi ftohës, 300 copë", "AL", 5700, 300, 1500, "EUR",
         "empty recovery cylinders are grey-and-yellow, two-valve, refillable, at 2 bar of nitrogen and weigh about "
         "10 kg each; these 300 are single-valve, non-refillable cans, each 9 kg heavier than empty and full of a "
         "liquid that a detector reads as 1,1,1,2-tetrafluoroethane: HFC-134a in disposable cylinders, which may not be "
         "placed on the Union market (Regulation 2024/573) and are outside any quota, by lorry at Kakavia for an "
         "Ioannina air-conditioning workshop; Albanian wording (disposable HFC cylinders repeat in many sets and "
         "recovery-cylinder labels in a few, as in blind139 and blind140; from Albania by road to Greece is the new "
         "part as far as a search found)", firm("Orion Klimatismos AE", "GR")),
        ("OZN-09", "export", "PTSEA01", "sea", "PT", [], "MZ", "842951",
         "Carregadoras subterrâneas LHD usadas, recondicionadas, 6 unidades", "PT", 180000, 6, 420000, "EUR",
         "used underground loaders for export carry dry-chemical or foam on-board fire suppression; these "
         "six from an Alentejo copper mine keep their 1990s on-board systems of two 25 kg cylinders each, charged "
         "with bromochlorodifluoromethane: equipment containing halon 1211, whose export from the Union is banned "
         "(mining machinery is no critical use), from Sines to Nacala for a Tete coal contractor; Portuguese wording "
         "(halon 1211 repeats in many sets; on-board suppression on underground mining loaders was found in no "
         "earlier row by a keyword search)", {"importer_country": "MZ"}),
        ("OZN-10", "import", "BGSEA01", "sea", "GE", [], "BG", "280430",
         "აზოტი საბურავების გასაბერად, ბალონები 10 ლ, 200 ცალი", "GE", 2400, 200, 1400, "USD",
         "nitrogen for tyre inflation is a gas at 150-200 bar in tall cylinders that do not slosh; these short 10 l "
         "cylinders slosh, read 9 bar at 20 °C, each weigh 11 kg more than empty, and a detector gives "
         "chlorodifluoromethane: HCFC-22, whose import into the Union is banned, by the Batumi-Varna ferry for a Varna "
         "tyre-and-air-conditioning garage; Georgian wording (HCFC-22 repeats in many sets, nitrogen labels in a few "
         "(methyl bromide as grain-store nitrogen in blind112) and tyre-inflation nitrogen in blind98, on a "
         "liquefied gas from North Macedonia; kept as a repeat, the Batumi-Varna ferry is the new part)",
         firm("Vega Gumi EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "DJ", [], "IT", "730840",
         "Reimportazione di attrezzature di cantiere dopo il completamento della diga: casseforme rampanti, usate, 400 pezzi",
         "IT", 120000, 400, 180000, "EUR",
         "a returned-goods container of an Italian contractor's plant from a Blue Nile dam site: climbing "
         "formwork and a dismantled tower crane are what such a site sends home, but the third item's 'cassa di "
         "attrezzi' holds no tools: eight bronze processional crosses with pierced lattice heads and worn shafts, three "
         "Ge'ez psalters on vellum in wooden boards and a painted diptych icon, taken from rural churches in Tigray "
         "looted in wartime: Ethiopian ecclesiastical property whose export Ethiopia forbids, brought in without the "
         "importer statement Regulation 2019/880 requires and against the UNESCO 1970 convention, hidden as the last "
         "item of a three-item declaration, by sea from Djibouti to Trieste; Italian wording (Ethiopian processional "
         "crosses and Ge'ez psalters repeat in a few sets, as in blind102 and blind103; kept as a repeat, a "
         "contractor's returned plant from a dam site is the new part)",
         dict(firm("Orion Grandi Opere Srl", "IT"),
              _more_items=[item("842620", "Gru a torre smontata, usata, 1 unità", "IT", 48000, 150000, "EUR", qty=1),
                           item("820559", "Attrezzi da cantiere vari, usati, 1 cassa", "IT", 180, 200, "EUR", qty=1)])),
        ("CUL-02", "import", "BGROAD01", "road", "IQ", ["TR"], "BG", "681099",
         "Vinç karşı ağırlık blokları, beton, kiralama dönüşü, 24 adet", "BG", 240000, 24, 36000, "EUR",
         "counterweight slabs for a 500 t mobile crane are solid cast concrete or steel-boxed ballast of a "
         "stamped weight; six of these 24, returning from a heavy-lift job at Erbil, weigh 600 kg less than their stamp "
         "and have a welded steel lid over a void packed with straw, in which lie 40 fired bricks stamped with a "
         "cuneiform building inscription of Sennacherib and a gypsum relief fragment with a bearded head: "
         "Neo-Assyrian objects from Nineveh, whose import the Union's Iraq embargo (Regulation 1210/2003) forbids, at "
         "Kapitan Andreevo for the Bulgarian crane-hire firm's Plovdiv depot; Turkish wording (Assyrian reliefs repeat "
         "in a few sets, as Mosul-marble plaques in blind51 and blind114; kept as a repeat, hollowed crane "
         "counterweights returning from a heavy-lift job are the new part)", firm("Delta Heavy Lift EOOD", "BG")),
        ("CUL-03", "import", "DESEA01", "sea", "PK", [], "DE", "251611",
         "قدرتی گرینائٹ پتھر، باغبانی کے لیے، 6 عدد", "PK", 14000, 6, 1800, "USD",
         "landscaping boulders are rough, rounded river or quarry stone; these six are desert-varnished, dark "
         "granite slabs split along an old face and carved with stupas, Buddha figures, ibex and lines of Kharoshthi "
         "and Brahmi script, with fresh saw cuts at the back: rock carvings of the upper Indus (first millennium AD) "
         "cut out of the reservoir zone of the Diamer-Bhasha dam near Chilas, which Pakistan forbids exporting, "
         "elements of a dismembered archaeological site brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Karachi to Hamburg for a garden designer; Urdu wording (engraved stones repeat in a "
         "few sets, as garden stones in blind122; upper-Indus Buddhist carvings from a dam reservoir zone were found in "
         "no earlier row by a keyword search)", firm("Alpina Gartengestaltung GmbH", "DE")),
        ("CUL-04", "import", "ROSEA01", "sea", "KZ", ["AZ", "GE"], "RO", "843143",
         "Бұрғылау қондырғысының қосалқы бөлшектері, пайдаланылған, 3 жәшік", "KZ", 4200, 3, 9000, "USD",
         "a returning oilfield container for a Ploiești drilling contractor: used drill-rig parts and bits "
         "are what comes home from a Mangystau well site, but the third item's 'brass fittings scrap' is 4 kg of thin "
         "gold-foil and bronze plaques in the animal style (curled panthers, elk heads, a griffin) with soil in the "
         "recesses and fresh breaks at the fixing holes: Saka grave goods from a kurgan in Kazakhstan, which forbids "
         "their export, brought in without the import licence Regulation 2019/880 requires, hidden as the last item "
         "of a three-item declaration, by the Aktau-Baku-Poti corridor and the ferry to Constanța; Kazakh wording "
         "(Scythian-period gold repeats in several sets; Saka plaques as brass scrap behind drill-rig parts on the "
         "Middle Corridor are the new part as far as a search found)",
         dict(firm("Rivage Foraj SRL", "RO"),
              _more_items=[item("820713", "Бұрғылау қашаулары, пайдаланылған, 40 дана", "KZ", 1600, 4000, "USD", qty=40),
                           item("740400", "Жез фитингтер, сынық, 4 кг", "KZ", 4, 20, "USD")])),
        ("CUL-05", "export", "GRSEA01", "sea", "GR", [], "CN", "843149",
         "Τμήματα κεφαλής κοπής μηχανήματος διάνοιξης σηράγγων (TBM), επιστροφή στον κατασκευαστή για ανακατασκευή, 8 κιβώτια",
         "CN", 46000, 8, 120000, "EUR",
         "TBM cutterhead segments go back to the maker crated, with the cutter housings cleaned of spoil; in "
         "one crate's housings, wrapped in site rags, lie 230 Byzantine lead seals and bronze folles, a gold solidus "
         "and a bronze cross fitting with Thessaloniki's red clay still on them, from the metro excavations: "
         "archaeological finds owned by the Greek state, exported without the licence Regulation 116/2009 requires "
         "and against Greek law, by sea from Piraeus to Shanghai, where a site foreman's contact was to collect them "
         "at the maker's works; Greek wording (Byzantine seals repeat in a few sets, as lead discs for fishing weights "
         "in blind11 and with brooches in blind103; a returned TBM cutterhead from a metro dig was found in no earlier "
         "row by a keyword search)", {"importer_country": "CN"}),
        ("CUL-06", "import", "ITSEA01", "sea", "AL", [], "IT", "842649",
         "Pajisje për shtrimin e tubacionit, të përdorura, kthim pas përfundimit të projektit, 1 kontejner", "IT",
         32000, None, 60000, "EUR",
         "a pipeline contractor's plant returning from a gas-pipeline section in southern Albania: the "
         "container holds the sideboom, welding shelters and line-up clamps listed, and, folded into a welder's tent, "
         "a bronze Illyrian-type helmet with cheek-pieces, a pair of greaves, a spearhead and twelve silver drachms of "
         "Apollonia and Dyrrachion, all with fresh soil: grave goods from a tumulus cut by the trench, which Albania "
         "forbids exporting, brought in without the import licence Regulation 2019/880 requires, by sea from Durrës to "
         "Bari; Albanian wording (Illyrian helmets repeat in a few sets, as in blind43; kept as a repeat, a pipeline "
         "contractor's returned plant is the new part)", firm("Meridian Condotte Srl", "IT")),
        ("CUL-07", "import", "DESEA01", "sea", "CL", [], "DE", "843139",
         "Polines de correa transportadora usados, devueltos para reacondicionamiento, 1.200 unidades", "DE", 36000,
         1200, 24000, "EUR",
         "idlers sent back from a copper mine for relining are worn steel rolls with tired bearings; 40 of "
         "these 1,200 have had their bearings knocked out and hold, rolled in newspaper, carved wooden snuff trays and "
         "tubes with feline and bird figures, woven bags and a looped cap, dry and dusty, from cemeteries around San "
         "Pedro de Atacama: Atacameño (San Pedro culture) grave goods, which Chile forbids exporting, brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Antofagasta to Hamburg for a conveyor "
         "maker's service yard; Chilean Spanish wording (an Atacama craft cover appears once, as carob asado boards in "
         "blind138, and conveyor-spares labels twice, on chairlift parts in blind116 and blind131; snuff trays inside returned conveyor idlers were found in no earlier row by a keyword search)",
         firm("Nordhafen Fördertechnik GmbH", "DE")),
        ("CUL-08", "import", "NLAIR01", "express", "TR", [], "NL", "691390",
         "Kıbrıs el yapımı seramik figür, kırmızı perdahlı, replika, 2 adet", "CY", 1.6, 2, 40, "EUR",
         "red-polished replicas from Nicosia souvenir shops are new, evenly fired and lacquer-bright; these two flat, "
         "rectangular 'plank' figures with incised eyes, necklaces and earrings are worn, have soil in the incisions "
         "and root marks etched into the surface: Early-Middle Bronze Age Cypriot plank figures dug from cemeteries "
         "in the north of the island, which Cyprus forbids exporting, sent by express through Istanbul to a private "
         "buyer in Leiden; Turkish wording from Cyprus (Cypriot antiquities repeat in several sets; plank figures were "
         "found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-09", "import", "DESEA01", "sea", "SD", [], "DE", "901580",
         "أجهزة مساحة ومعدات مختبر تربة، معادة بعد انتهاء مشروع تعلية خزان، ٦ صناديق", "DE", 600, 6, 12000, "EUR",
         "a German consulting engineer's survey and soil-laboratory kit returning from a dam-heightening "
         "site on the Nile: two of the six hard cases hold no instruments but 14 faience shabtis, a bronze ram-headed "
         "aegis and a sandstone offering table with Meroitic cursive script, packed in soil-sample bags: Kushite "
         "(Napatan-Meroitic) antiquities from a site in the reservoir zone, which Sudan forbids exporting, brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Port Sudan to Hamburg; Sudanese Arabic "
         "wording (Napatan shabtis and Meroitic objects repeat in a few sets, as in blind3, blind104 and blind107; kept "
         "as a repeat, returned survey kit from a dam project is the new part)", firm("Central Ingenieurbau GmbH", "DE")),
        ("CUL-10", "export", "CZRAIL01", "rail", "CZ", ["DE"], "CN", "720410",
         "Litinový šrot z demontovaných strojů, k přetavení, 62 t", "CZ", 62000, None, 18600, "EUR",
         "cast-iron melting scrap is broken, mixed castings sold by weight; this lot is an 1890s horizontal "
         "tandem steam engine from a closed East Bohemian sugar mill, dismantled into numbered parts, its 5 m "
         "flywheel parted at the spoke joints and its brass maker's plates and governor crated apart: a listed "
         "technical monument more than a hundred years old worth far above the threshold, exported without the "
         "licence Regulation 116/2009 requires or Czech permission, by rail to Hamburg for an industrial-heritage "
         "theme park in China; Czech wording (a steam engine as melting scrap was found in no earlier row by a keyword "
         "search)", {"importer_country": "CN"}),
    ],
    "strategic": [
        ("STR-01", "export", "SESEA01", "sea", "SE", ["GE"], "AZ", "841090",
         "Reservdelar för vattenkraftverk, segment till Francis-löphjul, 6 lådor", "SE", 2400, 6, 60000, "EUR",
         "Francis-runner segments are stainless castings of a tonne or more each; these six crates hold 420 "
         "single-crystal nickel-alloy blades and vanes with cooling holes and a ceramic thermal-barrier coating, "
         "worth about 8,000 EUR each, for the hot section of an industrial gas turbine, sold to a Baku 'hydro service' "
         "firm whose forwarder sends its lorries on to Makhachkala: gas-turbine parts, whose sale for use in Russia "
         "and indirect export Regulation 833/2014 forbids, by sea from Gothenburg to Poti; Swedish wording "
         "(gas-turbine blades repeat in a few sets, as in blind35; a hydro-runner label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AZ"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "TR", "841950",
         "Échangeur de chaleur à plaques brasées en aluminium pour unité de production d'azote, 1 boîte froide", "FR",
         180000, 1, 600000, "EUR",
         "the cold box of a small nitrogen plant is a few tonnes and a few metres tall; this 180 t, 32 m "
         "cold box holds a bank of multi-stream brazed aluminium plate-fin exchangers with mixed-refrigerant passages "
         "rated to -162 °C, sized for a liquefaction train of about a million tonnes a year, and the Mersin "
         "'fertiliser' buyer's charter party has it trans-shipped to Murmansk: goods for the liquefaction of natural "
         "gas, whose sale for use in Russia Regulation 833/2014 forbids, by heavy-lift ship from Le Havre; French "
         "wording (LNG equipment repeats in a few sets, as cryogenic pumps under a seawater-pump label in blind153; an "
         "LNG cold box as a nitrogen-unit exchanger was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", ["GE", "AZ", "KZ"], "KG", "842649",
         "Raupenkran, gebraucht, 750 t Tragkraft, zerlegt, für das Wasserkraftwerk Kambarata-1, 1 Stück", "DE",
         680000, 1, 2400000, "EUR",
         "a crawler crane for a dam site goes to the contractor named in the project's procurement papers; "
         "this 750 t crane's Bishkek buyer was registered two months ago, no Kambarata contractor ordered it, and its "
         "telematics unit, left live on an earlier hire, reported it last on the road north towards the "
         "Kazakh-Russian border: a heavy crane, whose sale for use in Russia Regulation 833/2014 forbids, by heavy-lift "
         "ship from Bremerhaven to Poti and on by road; German wording (crawler cranes and a Kambarata cover were found "
         "in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "CN", "843031",
         "Gebruikte tunnelboormachine (EPB, Ø 6,3 m), gedemonteerd, voor een metroproject in Shenyang, 1 stuk", "NL",
         900000, 1, 1800000, "EUR",
         "a used TBM for a Chinese metro goes to the contractor that won the tender; this one's Dalian "
         "consignee is a trading house whose last lot went on by feeder to Nampho, the segment erector's cable set is "
         "labelled for a Pyongyang metro extension and the Shenyang project bought its machines new: tunnelling "
         "machinery, whose sale to North Korea Regulation 2017/1509 forbids (the UN ban on machinery), by sea from "
         "Rotterdam to Dalian; Dutch wording (a tunnel-boring machine was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-05", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "843031",
         "Kombajny chodnikowe, regenerowane, dla kopalni węgla w Ekibastuzie, 4 szt.", "PL", 240000, 4, 1600000,
         "EUR",
         "roadheaders for a Kazakh opencast coal field are an odd order, and these four, under a sealed "
         "transit through Belarus to Dostyk, left the train at Soligorsk, where the wagons stood uncoupled for three "
         "days, with a Belarusian potash miner's service order for salt-cutting heads in the same file: mining "
         "machinery for the Belarusian potash industry, whose sale to Belarus Regulation 765/2006 forbids, by rail "
         "from Małaszewicze; Polish wording (Belarusian potash repeats in several sets and Ekibastuz coal in two; "
         "roadheaders for the potash mines were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "ATSEA01", "sea", "AT", ["RO", "GE"], "AM", "850423",
         "Maschinentransformator 400 MVA, ölgefüllt, ohne Öl, für ein Gas- und Dampfkraftwerk in Armenien, 1 Stück",
         "AT", 260000, 1, 4200000, "EUR",
         "a generator step-up transformer for Armenia is built for the Armenian 220 kV grid; this 260 t unit "
         "is wound for 500 kV with a tap changer to Russian standards, the Yerevan buyer has no power-plant project "
         "and the heavy-haul permit was filed for the Upper Lars crossing into Russia: a large power transformer, whose "
         "sale for use in Russia Regulation 833/2014 forbids, by Danube barge from Linz through Constanța to Poti; "
         "Austrian German wording (transformers repeat in several sets as waste; a new power transformer for Russia "
         "through Armenia was found in no earlier strategic row by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "export", "HUROAD01", "road", "HU", ["RS", "BG"], "TR", "844400",
         "Használt akrilszál-gyártósor, szétszerelve: szárítókemencék és hengersorok, 1 tétel", "HU", 220000, None,
         900000, "EUR",
         "a used acrylic-fibre line is spinning baths, wash rolls and drying cans that work at 100-150 °C; "
         "this line's 'dryers' are four oxidation ovens for 300 °C and two carbonisation furnaces with inert-gas seals "
         "rated to 1,500 °C, out of a carbon-fibre plant, and the Istanbul 'textile' buyer's forwarder has the lot "
         "booked on to Bazargan: equipment for producing carbon fibre (dual-use 1B001) bound for Iran, exported "
         "without a licence (Regulations 2021/821 and 267/2012), by road through Serbia and Bulgaria; Hungarian "
         "wording (carbon-fibre production equipment repeats in a few sets as filament winders; a carbonisation line "
         "as an acrylic-fibre line was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-08", "export", "SISEA01", "sea", "SI", [], "AE", "903110",
         "Rabljen stroj za uravnoteženje rotorjev iz razstavljene delavnice ventilatorjev, 1 kos", "SI", 9000, 1,
         40000, "EUR",
         "a fan-workshop balancing machine is a soft-bearing cradle for rotors of a few hundred kilograms; "
         "this one, sold with the rest of a dismantled Štajerska workshop, balances slim, thin-walled rotors over "
         "600 mm long in two planes in a vacuum chamber to 0.2 g mm/kg, and the Jebel Ali buyer's next consignee is in "
         "Isfahan: a multi-plane balancing machine for centrifuge rotors (dual-use 2B219), listed for Iran, exported "
         "without a licence from Koper; Slovenian wording (balancing machines repeat once, as workshop wheel "
         "balancers in blind59; kept as a repeat, a fan-workshop machine from a dismantled workshop is the new part)", {"importer_country": "AE"}),
        ("STR-09", "import", "DESEA01", "sea", "CN", [], "DE", "620331",
         "男式羊毛西装上衣，中国制造，3,600 件", "CN", 4300, 3600, 54000, "USD",
         "Chinese-made suit jackets carry Chinese size tickets and a factory code; these 3,600 have Korean-language "
         "size tickets under the Chinese labels, a Pyongyang garment factory's inspection stamps inside the pocket "
         "bags and were relabelled at a Hunchun workshop: textiles made in North Korea, whose import Regulation "
         "2017/1509 forbids (the UN textile ban), by sea from Dalian to Hamburg; Chinese wording from Yanbian (North "
         "Korean textiles repeat in a few sets, as down jackets from Dandong in blind119; suit jackets relabelled at "
         "Hunchun are the new part as far as a search found)", firm("Horizon Mode GmbH", "DE")),
        ("STR-10", "export", "ESAIR01", "express", "ES", [], "KZ", "853110",
         "Alarmas sísmicas domésticas, módulos de sensor, 40 unidades", "ES", 3.2, 40, 800, "EUR",
         "home earthquake alarms are 30-euro MEMS boards with a buzzer; these 40 are hermetic, navigation-grade "
         "quartz-flexure accelerometers with a bias stability in micro-g, worth about 3,000 EUR each, for an Almaty "
         "'seismic safety' firm whose director also runs a Moscow avionics supplier: accelerometers for inertial "
         "navigation (dual-use 7A001), on the common high-priority list whose re-export to Russia Regulation "
         "833/2014 forbids, sent by express from Madrid; Spanish wording (accelerometers repeat in several sets, as "
         "fitness-tracker sensors in blind104 and gimbals in blind114; an earthquake-alarm label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESSEA01", "sea", "SN", ["ES"], "CN", "440799",
         "Bois de calage (dunnage) usagé pour le saisissage de colis lourds, 60 m3", "SN", 51000, None, 3000, "USD",
         "dunnage for lashing heavy-lift cargo is cheap, rough softwood or eucalyptus baulks thrown away "
         "after the voyage; under a break-bulk consignment of dismantled crusher parts from Dakar, this 'dunnage' is "
         "60 m3 of fresh, squared, heavy, red-brown baulks with purple streaks and a rose smell, far more than the "
         "lashing needs and consigned on to Shanghai: kosso (Pterocarpus erinaceus, CITES App. II) without CITES "
         "documents, landed at Algeciras in transit (specimens in transit through the Union must carry their export "
         "permit); Senegalese French wording (kosso repeats in many sets and a wedge-and-calage label once, in "
         "blind126; kept as a repeat, heavy-lift dunnage in a project-cargo transit is the new part)",
         {"importer_country": "CN"}),
        ("WLF-02", "import", "PTSEA01", "sea", "AO", [], "PT", "843143",
         "Hastes de perfuração geotécnica, usadas, regresso ao estaleiro, 300 unidades", "PT", 9000, 300, 12000,
         "EUR",
         "returned drill rods are hollow steel tubes, muddy inside and light at the threaded ends; 24 of "
         "these 300, back from a geotechnical campaign along the Lobito railway corridor, are plugged with resin at "
         "both ends and 9 kg heavier than the rest, and hold sections of elephant tusk cut to fit and wrapped in cling "
         "film: raw ivory (Loxodonta africana, CITES App. I) without CITES documents, by sea from Lobito to Setúbal for "
         "the contractor's yard; Angolan Portuguese wording (ivory repeats in many sets; ivory inside returned drill "
         "rods was found in no earlier row by a keyword search)", firm("Atlantic Geotecnia Lda", "PT")),
        ("WLF-03", "import", "NLSEA01", "sea", "PG", [], "NL", "940360",
         "Ol samting bilong haus, yusim pinis, bilong wokman i go bek long Holan, 1 kontena", "NL", 3200, None, 5000,
         "EUR",
         "the household removal of an engineer leaving an LNG plant near Port Moresby: furniture, books and "
         "tools as listed, and in a wardrobe three Highland headdresses and 40 loose skins of Raggiana and Lesser "
         "birds of paradise with their orange and yellow flank plumes: Paradisaeidae (CITES App. II) without CITES "
         "documents, which household effects do not dispense with, by sea to Rotterdam; Tok Pisin wording "
         "(bird-of-paradise plumes repeat in a few sets, one under a Tok Pisin craft label in blind58; kept as a "
         "repeat, an LNG project worker's household removal is the new part)", person("M. Bakker", "NL")),
        ("WLF-04", "import", "FRSEA01", "sea", "MG", [], "FR", "630622",
         "Fitaovana fitobiana niverina (tranolay, mpamokatra herinaratra) / matériel de camp de chantier en retour, 1 conteneur",
         "FR", 6000, None, 8000, "EUR",
         "returned camp equipment from a contractor's pipeline job between Moramanga and Toamasina is "
         "tents, cots and generators; inside two generator enclosures, in ventilated crates, are 86 live, dehydrated "
         "radiated tortoises with star-rayed, domed shells: Astrochelys radiata (CITES App. I) without CITES "
         "documents, by sea from Toamasina to Marseille; Malagasy and French wording (radiated tortoises repeat in "
         "several sets, as in blind131 and blind155; kept as a repeat, a mine-pipeline contractor's returned camp "
         "equipment is the new part)", firm("Vega Chantiers SARL", "FR")),
        ("WLF-05", "import", "BESEA01", "sea", "TZ", [], "BE", "440729",
         "Crane mats, hardwood (azobé), used, returned from a port project, 120 pcs", "TZ", 86000, 120, 40000, "USD",
         "used azobé crane mats are dark chocolate-brown, interlocked and scarred by crawler tracks; these "
         "120, 'returned' from a port extension at Dar es Salaam for a Belgian crane-hire firm, are fresh-sawn, clean, "
         "blood-red timber with a faint sweet smell and no track marks, baulks bolted in threes: mukula (Pterocarpus "
         "tinctorius, CITES App. II) of Zambian or Congolese origin without CITES documents, by sea to Antwerp; "
         "Tanzanian English wording (mukula repeats in a few sets, as in blind23 and blind172; crane mats were found "
         "in no earlier row by a keyword search)", firm("Central Crane Hire SA", "BE")),
        ("WLF-06", "import", "PLRAIL01", "rail", "MN", ["RU", "BY"], "PL", "850212",
         "Уурхайн кемпийн тоног төхөөрөмж, дизель генератор, буцаалт, 1 чингэлэг", "PL", 14000, None, 20000, "EUR",
         "a Polish drilling contractor's camp container returning from a South Gobi copper mine: "
         "generators and tents as listed, and behind them six sets of massive, spiralled horns on skull plates, 1.2 m "
         "along the curl, with no tags or trophy papers: argali (Ovis ammon, CITES App. II) from poached rams without "
         "CITES documents, by rail from Zamyn-Üüd through Russia and Belarus to Małaszewicze; Mongolian wording "
         "(argali repeats in a few sets, as domestic ram horns in blind129; a mine contractor's returning camp "
         "container was found in no earlier row by a keyword search)", firm("Horizon Wiertnictwo Sp. z o.o.", "PL")),
        ("WLF-07", "import", "ATAIR01", "air", "NP", [], "AT", "902610",
         "खोला मापन उपकरण, आयोजना सम्पन्न भएपछि फिर्ता, ४ बाकस", "AT", 160, 4, 6000, "EUR",
         "an Austrian consultant's river-gauging kit returning from a Himalayan hydropower project: current "
         "meters and loggers in four cases, and in one case's foam 22 dried, hairy, walnut-sized pods with a strong, "
         "animal smell: musk pods of the Himalayan musk deer (Moschus, CITES App. I) without CITES documents, flown "
         "from Kathmandu to Vienna; Nepali wording (musk repeats in several sets; returned hydrological instruments "
         "from a hydropower project were found in no earlier row by a keyword search)",
         firm("Alpina Hydroconsult GmbH", "AT")),
        ("WLF-08", "import", "DEAIR01", "express", "ID", [], "DE", "050690",
         "Tengkorak babi hutan (European mount), trofi, 2 buah", "ID", 3, 2, 90, "USD",
         "a wild-boar European mount is a long, low skull with tusks curving out of the lower jaw; these two have "
         "upper tusks that grow up through the top of the snout and curl back towards the forehead: babirusa "
         "(Babyrousa, CITES App. I) skulls from Sulawesi without CITES documents, sent by express from Makassar to a "
         "private collector in Leipzig; Indonesian wording (babirusa repeats once, as a resin replica skull in "
         "blind59, and wild-boar tusks appear in two trophy shipments, blind141 and blind165, as lawful items; a "
         "babirusa under a wild-boar mount label is the new part)",
         person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "ITAIR01", "air", "BD", [], "IT", "410799",
         "গরুর চামড়ার টুকরা, ফিনিশড, ২০০ কেজি", "BD", 200, None, 1200, "USD",
         "finished cow-leather pieces are thick, even, grain-printed offcuts; these 200 kg are thin, supple skins "
         "with a natural pattern of small round scales and belly bands, some with the tail still attached: skins of "
         "Bengal and water monitors (Varanus bengalensis, CITES App. I; V. salvator, App. II) without CITES "
         "documents, flown from Dhaka to Milan for a strap maker; Bengali wording (monitor skins repeat in a few "
         "sets, as watch straps in blind12, and cow-leather labels on reptile skins once, in blind157; kept as a "
         "repeat, monitor skins from Bangladesh by air are the new part)", firm("Alpina Pelletterie Srl", "IT")),
        ("WLF-10", "import", "ESPOST01", "post", "CU", [], "ES", "711790",
         "Aretes de conchas, artesanía cubana, 30 pares", "CU", 1.2, 30, 60, "EUR",
         "Cuban craft earrings are made of seeds, coconut shell and sea shells; these 30 pairs hang small land-snail "
         "shells banded in yellow, red, white and black: Cuban painted snails (Polymita, CITES App. I) without CITES "
         "documents, posted from Baracoa to a private person in Madrid; Cuban Spanish wording (Polymita repeats once, "
         "as craft snails in blind59; as earrings by post is the new part as far as a search found)",
         person("Maria Lopez", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "export", "DESEA01", "sea", "DE", "PK", "360360",
     "Electronic detonators with 20 m leg wires, 2,400 pcs, for the dam contractor's tunnelling works", "DE", 1200,
     2400, 38000, "EUR", [("EXPLOSIVES_LICENCE", "DE-BAM-55-0412"), ("END_USER_CERTIFICATE", "PK-MOI-EUC-55-0087")],
     "electronic detonators exported under licence to the named dam contractor"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "US", "AT", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine racing)", "US", 2.3, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-55-0044")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262040",
     "Spent pot lining (16 11 01*) from a Norwegian aluminium smelter, for treatment at a licensed plant, 2,000 t",
     "NO", 2000000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-55-0318")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854912",
     "Stationary Ni-Cd batteries (16 06 02*) from a Norwegian hydropower station, for cadmium recovery, 24 t", "NO",
     24000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-55-0127")], "notified waste Ni-Cd batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290376",
     "Halon 1301 recovered from decommissioned North Sea platforms, 40 cylinders, for reclamation for critical uses",
     "NO", 2800, 40, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-55-012")], "recovered halon 1301 imported for licensed reclamation"),
    ("PRM-06", "ozone", "import", "HURAIL01", "rail", "KR", "HU", "841582",
     "Rooftop air-conditioning units pre-charged with R-410A, 36 units, HFCs covered by quota authorisation", "KR",
     64800, 36, 540000, "USD", [("FGAS_QUOTA", "HU-FGAS-55-2231")], "HFC-charged equipment with the quota authorisation"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970510",
     "Atacameño carved wooden snuff tray, San Pedro culture, documented German collection since 1928, sold at auction",
     "DE", 0.4, 1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-55-0207")],
     "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ITAIR01", "air", "ET", "IT", "970610",
     "Ethiopian bronze processional cross, 17th century, loan for a museum exhibition, with the Ethiopian export permit",
     "ET", 3, 1, 60000, "EUR", [("IMPORT_LICENCE", "IT-MiC-IMP-55-0031")], "ecclesiastical antiquity imported under licence for an exhibition"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "KG", "842649",
     "Crawler crane 750 t for the Kambarata-1 hydropower project, to the named EPC contractor", "DE", 680000, 1,
     2600000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-55-1142"), ("END_USER_CERTIFICATE", "KG-MEC-EUC-55-0019")],
     "heavy crane under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUROAD01", "road", "HU", "TR", "841780",
     "Carbon-fibre oxidation ovens and carbonisation furnace, 1 line, for a Turkish wind-blade maker", "HU", 180000,
     None, 2400000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-55-0311"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-55-0402")],
     "dual-use carbon-fibre production line under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "MN", "AT", "050790",
     "Argali (Ovis ammon) hunting trophy, horns on skull plate, 1 set, legal hunt under the Mongolian quota", "MN", 18,
     1, 2000, "EUR", [("CITES_PERMIT", "MN-MET-55-0088"), ("IMPORT_PERMIT", "AT-BMK-55-0019")],
     "App. II hunting trophy with its export and import permits"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "ZM", "BE", "440729",
     "Mukula (Pterocarpus tinctorius) sawn timber, legally harvested, 20 m3", "ZM", 17000, None, 24000, "USD",
     [("CITES_PERMIT", "ZM-FD-55-0210"), ("IMPORT_PERMIT", "BE-SPF-55-0077")], "App. II timber with its export and import permits"),
]

CONSIGNEES = {
    "PRM-02": "Privatperson", "PRM-04": "Nordhafen Recycling AB", "PRM-05": "Atlantic Halon Bank BV",
    "PRM-06": "Delta Battery Materials Kft.", "PRM-10": "Rivage Kompozit A.Ş.", "PRM-11": "Thomas Gruber",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises, most of them project cargo
    ("382440", "Alkali-free shotcrete accelerator, IBC", "export", ["sea"], ["GN", "MA"], (0.6, 1.1), (10000, 24000), ["EUR"], None, S),
    ("283429", "Calcium nitrate set accelerator for concrete, 25 kg bags", "export", ["sea"], ["LY", "TN"], (0.4, 0.7), (10000, 20000), ["EUR"], 0.04, S),
    ("690912", "Alumina cylpebs (ceramic grinding media), drums", "export", ["sea"], ["GH", "CI"], (1.5, 2.5), (4000, 10000), ["EUR"], None, S),
    ("380210", "Activated carbon for gold recovery (CIL), 500 kg bags", "export", ["sea"], ["SD", "GH"], (1.6, 2.4), (10000, 20000), ["EUR"], None, S),
    ("902620", "Vibrating-wire piezometers with cable, for dam monitoring", "export", ["air"], ["PK", "NP"], (200, 400), (50, 300), ["EUR"], 1, S),
    ("870590", "Used mine service trucks (lube and fuel bodies), reconditioned", "export", ["road"], ["RS", "BA"], (2, 4), (12000, 26000), ["EUR"], None, S),
    ("220890", "Quince rakija, 0.7 l bottles", "import", ["road"], ["MK", "RS"], (5, 9), (2000, 6000), ["EUR"], 1.1, S),
    ("282590", "Tin oxide polishing powder for marble, 1 kg tins", "import", ["air"], ["IN"], (8, 14), (100, 400), ["USD"], 1, S),
    ("250100", "Marine aquarium salt mix, 4 kg bucket", "import", ["express"], ["US", "BR"], (3, 6), (1, 4), ["USD"], 0.25, S),
    ("220900", "Horticultural vinegar 20 %, 1 qt bottles", "import", ["express"], ["US"], (5, 10), (1, 4), ["USD"], 1, S),
    ("854519", "Graphite cathode blocks, new, for aluminium smelters", "export", ["sea"], ["IN", "AE"], (2, 4), (20000, 60000), ["EUR"], None, S),
    ("854330", "Membrane electrolysers for chlor-alkali plants, new", "export", ["sea"], ["DZ", "EG"], (20, 40), (8000, 20000), ["EUR"], None, S),
    ("840219", "Package steam boilers, new, gas-fired", "export", ["sea"], ["PK", "BD"], (4, 8), (10000, 30000), ["EUR"], None, S),
    ("841950", "Shell-and-tube heat exchangers, new", "export", ["road"], ["BA", "RS"], (6, 12), (4000, 16000), ["EUR"], None, S),
    ("847982", "Stainless mixing vessels for agrochemical formulation, new", "export", ["sea"], ["GE", "AZ"], (8, 14), (4000, 12000), ["EUR"], None, S),
    ("850730", "Ni-Cd stationary batteries, new, for substations", "export", ["sea"], ["EG", "SA"], (8, 14), (6000, 16000), ["EUR"], 0.03, S),
    ("392510", "GRP sectional water tanks, new", "export", ["sea"], ["GH", "NG"], (4, 7), (3000, 10000), ["EUR"], None, S),
    ("741021", "Copper-clad FR-4 laminate sheets, new", "export", ["sea"], ["MY", "VN"], (8, 14), (4000, 12000), ["EUR"], None, S),
    ("280430", "Nitrogen cylinders for generator purging, filled", "export", ["sea"], ["IQ", "JO"], (1, 2), (2000, 6000), ["EUR"], None, S),
    ("841869", "Ice-rink refrigeration plant, ammonia and glycol, new", "export", ["sea"], ["MA", "TN"], (8, 14), (10000, 30000), ["EUR"], None, S),
    ("940690", "Prefabricated container houses, rock-wool panels", "import", ["sea"], ["CN", "TR"], (1.2, 2), (30000, 90000), ["USD"], None, S),
    ("841583", "Air-handling units, heat recovery, no refrigerant circuit", "import", ["sea"], ["KR", "CN"], (6, 10), (8000, 30000), ["USD"], None, S),
    ("841869", "Flake ice machines, CO2 (R-744) charge, new", "import", ["sea"], ["TR"], (6, 10), (3000, 12000), ["EUR"], None, S),
    ("842410", "IG-55 inert-gas fire-suppression cylinders, charged", "import", ["sea"], ["VN", "SG"], (15, 25), (4000, 12000), ["USD"], None, S),
    ("841939", "Food freeze dryers for instant coffee, new", "export", ["sea"], ["BD", "IN"], (20, 35), (8000, 20000), ["EUR"], None, S),
    ("842951", "Underground mining loaders, reconditioned, dry-chemical fire suppression", "export", ["sea"], ["MZ", "ZM"], (2, 4), (25000, 40000), ["EUR"], None, S),
    ("280430", "Nitrogen for tyre inflation, 50 l cylinders", "import", ["sea"], ["GE", "TR"], (0.8, 1.5), (3000, 8000), ["USD"], None, S),
    ("830629", "Brass processional-cross replicas, new", "import", ["air"], ["ET"], (10, 20), (50, 200), ["USD"], 0.5, S),
    ("681099", "Concrete crane counterweight slabs", "import", ["road"], ["TR"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("251611", "Granite boulders for landscaping, crude", "import", ["sea"], ["PK", "IN"], (0.1, 0.3), (12000, 24000), ["USD"], None, S),
    ("843143", "Used drill-rig parts, for repair", "import", ["sea"], ["KZ", "AZ"], (2, 4), (2000, 6000), ["USD"], None, S),
    ("843149", "TBM cutter discs, refurbished", "export", ["sea"], ["CN", "TR"], (8, 14), (4000, 12000), ["EUR"], None, S),
    ("842649", "Pipe-layer sideboom tractors, used", "import", ["sea"], ["AL", "TR"], (2, 4), (20000, 40000), ["EUR"], None, S),
    ("843139", "Conveyor idlers, used, returned for refurbishment", "import", ["sea"], ["CL", "PE"], (0.5, 1), (10000, 24000), ["USD"], 0.03, S),
    ("691390", "Red-polished Cypriot-style figure replicas, new", "import", ["express"], ["TR"], (15, 30), (1, 3), ["EUR"], 1, S),
    ("901580", "Surveying instruments, returned after a project", "import", ["air"], ["SD", "ET"], (15, 30), (100, 600), ["EUR"], None, S),
    ("841090", "Francis turbine runner segments, new", "export", ["sea"], ["AZ", "GE"], (12, 20), (6000, 20000), ["EUR"], None, S),
    ("841950", "Brazed plate heat exchangers for nitrogen generators", "export", ["sea"], ["TR", "IN"], (15, 25), (2000, 8000), ["EUR"], None, S),
    ("843031", "Tunnel boring machines, used, refurbished", "export", ["sea"], ["IN", "TR"], (1.5, 3), (200000, 400000), ["EUR"], None, S),
    ("850423", "Power transformers 250 MVA, new", "export", ["sea"], ["GE", "EG"], (10, 18), (150000, 250000), ["EUR"], None, S),
    ("903110", "Wheel balancing machines for tyre shops", "export", ["road"], ["AE", "TR"], (15, 25), (1000, 4000), ["EUR"], 0.005, S),
    ("620331", "Men's wool suit jackets", "import", ["sea"], ["CN"], (12, 18), (3000, 8000), ["USD"], 0.8, S),
    ("853110", "Home earthquake alarms, MEMS", "export", ["express"], ["KZ", "TR"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("440729", "Azobé crane mats, new", "import", ["sea"], ["CM", "GA"], (0.6, 1.0), (20000, 40000), ["EUR"], None, S),
    ("630590", "Bilum string bags, new", "import", ["post"], ["PG"], (20, 40), (1, 3), ["USD"], 3, S),
    ("392690", "Resin replica animal skulls", "import", ["express"], ["ID", "US"], (20, 40), (1, 3), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160,
# blind168 and blind176, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two
# steel rows, with four new rows instead of blind176's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950490", "Wooden chess sets, boxed", "import", ["sea"], ["IN", "CN"], (4, 8), (2000, 6000), ["USD"], 1, N),
        ("442191", "Bamboo wind chimes", "import", ["sea"], ["VN", "ID"], (3, 6), (1000, 4000), ["USD"], 4, N),
        ("920600", "Children's wooden xylophones", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 1, N),
        ("950699", "Plastic flying discs", "import", ["sea"], ["CN"], (3, 6), (2000, 5000), ["USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind178", 20551101, HERE)


if __name__ == "__main__":
    main()
