#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-eighth blind set (tests/risk/data/blind268-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: sign makers, neon, shop fitting
and exhibition stands (sign makers and vehicle wrappers, neon benders and their suppliers,
screen and wide-format printers, shopfitters and visual merchandisers, stand builders,
exhibition-hall services and their rental and supply firms).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL268-*:

    python3 tests/risk/data/make_blind268_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "TH", [], "AT", "340290",
         "น้ำยาติดตั้งฟิล์มหุ้มรถ (application fluid) ชนิดเข้มข้น, 1 ลิตร x 4 ขวด", "TH", 4.6, 4, 60, "USD",
         "vinyl-wrap application fluid is a slippery, faintly soapy water of about 1.0 kg/l that wrappers spray "
         "under the film so that it can be slid into place; these four bottles hold an oily, faintly fruity liquid "
         "of 1.14 kg/l that is not slippery, only partly mixes with water and has swollen the spray heads' seals, and "
         "the inner caps read 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Bangkok to a private "
         "person in Graz who wraps cars at weekends; Thai wording (nitromethane repeats in many sets, a sign "
         "maker's printhead-flush label once, blind55, and a vinyl-wrap label once, blind254, on reptile skins; an "
         "application-fluid label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-02", "import", "ITSEA01", "sea", "EG", [], "IT", "380991",
         "ملح مقاوم للحريق لأقمشة ستاندات المعارض والستائر (فوسفات الأمونيوم)، شكاير 25 كيلو، 400 شكارة", "EG",
         10000, 400, 9000, "USD",
         "the flame-retardant salts stand builders dissolve to fireproof drapes, stretch fabric and stand carpet are "
         "ammonium phosphate or sulphamate powders that give a faintly acid solution and make a treated cloth char "
         "without a flame; these 400 sacks hold white prills that turn the water ice-cold, test at 34 % N and melt "
         "and fume on a hot plate, and a cloth dipped in the solution and dried flares instead of charring, for a "
         "Rimini exhibition-stand supplier whose web shop sells 2 kg 'fireproofing' bags to anyone: ammonium "
         "nitrate (Annex I at 16 % N or more) repacked for members of the public, by sea from Damietta to Ravenna; "
         "Egyptian Arabic wording (ammonium nitrate repeats in many sets and a flame-retardant label for church "
         "drapes once, blind227, on a strategic good; a flame-retardant label for exhibition-stand fabrics was "
         "found in no earlier row by a keyword search)", firm("Alpina Allestimenti Fieristici Srl", "IT")),
        ("PRE-03", "import", "HRROAD01", "road", "BA", [], "HR", "381010",
         "Sredstvo za čišćenje i poliranje aluminijskih truss konstrukcija za sajamske štandove, boca 1 l, 1.500 boca",
         "BA", 2760, 1500, 2250, "EUR",
         "the truss cleaners that exhibition and stage riggers use on scuffed aluminium truss are dyed, dilute "
         "phosphoric-acid gels of about 1.1 kg/l that cling to a vertical tube; these 1,500 bottles hold a "
         "water-thin, oily, colourless liquid of 1.84 kg/l that grows hot when water is added and chars a wooden "
         "spatula, for a Zagreb stand-building supplier whose web shop sells the litre bottles to the public: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a lorry at Slavonski "
         "Brod; Bosnian wording (sulphuric acid repeats in many sets and aluminium-brightener labels twice, blind173 "
         "and blind254, on nitric acid; a truss cleaner for exhibition and stage truss was found in no earlier row "
         "by a keyword search)", firm("Vega Sajamska Oprema d.o.o.", "HR")),
        ("PRE-04", "import", "CZAIR01", "air", "CN", [], "CZ", "320650",
         "霓虹灯管用三基色荧光粉 (白光 4000K), 1公斤袋, 300袋", "CN", 300, 300, 4500, "USD",
         "the tri-band phosphors that neon benders coat their tubes with are very fine, heavy, insoluble powders "
         "that glow white, pink or green under a UV torch and cost tens of dollars a kilogram; these 300 bags hold a "
         "coarser, crystalline white powder that does not glow at all, dissolves slowly in hot water and flares "
         "violently mixed with sugar, with 'KClO4' on the inner liners, for a Brno neon-and-sign supplier whose web "
         "shop sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Shanghai to Prague; Chinese wording (potassium perchlorate repeats in many sets "
         "and luminous-pigment labels in a few, a watch-dial lume among them, blind196; a neon-tube phosphor label "
         "was found in no earlier row by a keyword search)", firm("Central Neon Reklama s.r.o.", "CZ")),
        ("PRE-05", "import", "NLSEA01", "sea", "ZA", [], "NL", "340290",
         "Suurstof-vlekverwyderaar vir uitstallingsmatte (3 % peroksied), 5 l-kanne, 240 kanne", "ZA", 1440, 240, 1900,
         "USD",
         "the oxygen spotters that carpet layers in exhibition halls use on needle-felt stand carpet are 3-6 % "
         "peroxide liquids of about 1.01 kg/l with a surfactant that foams on the stain; these 240 cans hold a "
         "water-clear liquid of 1.20 kg/l that does not foam, whitens and stings the skin, fizzes on a cut and comes "
         "in vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), for a Utrecht stand-flooring firm whose "
         "web shop sells the 5 l cans to the public, by sea from Durban to Rotterdam; Afrikaans wording (hydrogen "
         "peroxide repeats in many sets and stain-remover labels in a few, a headstone stain remover among them, "
         "blind218, and a carpet spot-remover label once, blind85, on an ozone good; an exhibition-carpet spotter on "
         "peroxide was found in no earlier row by a keyword search)",
         firm("Horizon Beursvloeren BV", "NL")),
        ("PRE-06", "import", "FRAIR01", "express", "VN", [], "FR", "382499",
         "Bột tẩy khuôn lụa in (natri periodat), gói 1 kg, 4 gói (kiện 2/4)", "VN", 4, 4, 40, "USD",
         "stencil removers for screen-printing frames come as a sodium periodate powder or liquid that is mixed 1:40 "
         "with water and softens the emulsion in a minute; these four bags hold a white, crystalline powder that "
         "draws damp from the air, does nothing to an emulsion and burns fiercely mixed with sugar, with 'NaClO4' on "
         "the inner bags, the second of four express parcels booked the same day to the same Villeurbanne address, "
         "each kept at 4 kg: sodium perchlorate (Annex I above 40 %), 16 kg in all, sent by express from Ho Chi Minh "
         "City to a private person who prints signs and T-shirts at home; Vietnamese wording (sodium perchlorate "
         "repeats in many sets and an emulsion-remover label once, blind201, on peroxide; kept as a repeat of the "
         "label, a periodate powder split over four parcels from Vietnam is the new part as far as a search found)",
         person("Mme Claire Martin", "FR")),
        ("PRE-07", "import", "DKPOST01", "post", "NO", [], "DK", "382499",
         "Speilbeleggfjerner for bakglassforgylling (jernkloridgel), 6 x 1 l", "NO", 8.4, 6, 900, "NOK",
         "the mirror-backing removers sign gilders use to strip the silvering where gold leaf is to be laid on the "
         "back of a shop window or glass sign are ferric-chloride gels of about 1.3 kg/l, brown and thick; these six "
         "bottles hold a thin, pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow "
         "and dissolves a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Bergen to a private "
         "person in Aarhus who gilds shop windows; Norwegian wording (nitric acid repeats in many sets, a "
         "mirror-silvering activator once, blind57, and mirror-backing paint once, blind218, as waste; a "
         "mirror-backing remover for reverse-glass gilding was found in no earlier row by a keyword search)", person("Mette Sørensen", "DK")),
        ("PRE-08", "import", "CYAIR01", "air", "IL", [], "CY", "350691",
         "אבקת דבק חם-נמס להדפסת DTF (TPU), לבנה, שקית 1 ק\"ג, 40 שקיות", "IL", 40, 40, 480, "USD",
         "DTF hot-melt powder is a light, fine, white TPU powder that clings to the wet ink on the film and melts "
         "into a rubbery layer at about 110 °C; these 40 bags hold a heavier, glittering, crystalline powder that "
         "will not stick to wet ink and does not melt in a heat press but spits and flares on it, with CAS 3811-04-9 "
         "on the inner bags, for a Limassol sign-and-print shop that resells it by the bag to the public: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Tel Aviv to Larnaca; "
         "Hebrew wording (potassium chlorate repeats in many sets; a DTF hot-melt powder label was found in no "
         "earlier row by a keyword search)", firm("Delta Print & Signs Ltd", "CY")),
        ("PRE-09", "import", "ITSEA01", "sea", "AL", [], "IT", "382499",
         "Pluhur fshirjeje (sweeping compound) për dysheme sallash ekspozite, thasë 25 kg, 320 thasë", "AL", 8000, 320,
         2400, "EUR",
         "sweeping compound, which hall crews scatter on the concrete floors of exhibition halls before sweeping up "
         "after a stand build-up, is red- or green-dyed sawdust and sand bound with oil that smells of paraffin; "
         "these 320 sacks hold white, odourless, free-flowing crystals that dissolve completely in water and flare "
         "yellow on a gas ring, with 'NaClO3' on the liners, for a Bologna exhibition-services firm whose web shop "
         "sells 5 kg 'weedkiller' tubs to the public: sodium chlorate (Annex I above 40 %) repacked for members of "
         "the public, by sea from Durrës to Bari; Albanian wording (sodium chlorate repeats in many sets; a "
         "sweeping-compound label was found in no earlier row by a keyword search)",
         firm("Meridian Servizi Fieristici Srl", "IT")),
        ("PRE-10", "import", "FIAIR01", "air", "KR", [], "FI", "853951",
         "간판용 LED 모듈 (12V, 3구), 20,000개", "KR", 400, 20000, 6000, "USD",
         "a sign-supply air shipment for a Tampere sign maker's wholesale arm: LED modules and 12 V power supplies for "
         "channel letters are what Korean makers send, but the third item's 'acrylic anti-static cleaner "
         "concentrate' is 120 litre bottles of a water-clear liquid of 1.13 kg/l with vented caps that whitens and "
         "stings the skin and fizzes on rust, where acrylic cleaners are alcohol-free, faintly scented liquids of "
         "about 1.0 kg/l: about 35 % hydrogen peroxide (Annex I above 12 %), which the firm's web shop sells by the "
         "litre to the public, hidden as the last item of a three-item declaration, flown from Incheon to Helsinki; "
         "Korean wording (hydrogen peroxide repeats in many sets; an acrylic-cleaner label behind channel-letter LED "
         "modules was found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Kylttitukku Oy", "FI"),
              _more_items=[item("850440", "간판용 SMPS 전원공급기 12V 400W, 200개", "KR", 300, 2400, "USD", qty=200),
                           item("340290", "아크릴 대전방지 클리너 농축액, 1 리터, 120병", "KR", 136, 240, "USD", qty=120)])),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "760200",
         "Aluminiumschrott, Blechabschnitte, sauber, sortiert (Taldon), 24 t", "DE", 24000, None, 19000, "EUR",
         "clean aluminium sheet scrap (Taldon) is bare, unpainted offcuts of one alloy sold close to the metal price; "
         "these bales are 3 mm aluminium composite panels from sign makers' and shopfitters' skips, two thin skins "
         "round a black polyethylene core that is most of the volume, printed, with vinyl lettering, protective film "
         "and silicone still on, at 0.80 EUR/kg, for a Mundra 'aluminium recycler': mixed metal-plastic composite "
         "waste on no green list, not the metal scrap it is declared as, shipped to a non-OECD country without the "
         "notification and consent its export needs, from Hamburg; German wording (aluminium scrap labels repeat in "
         "many sets; aluminium composite panels were found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "FISEA01", "sea", "FI", [], "VN", "390610",
         "PMMA-regranulaatti, kirkas, priima, 20 t", "FI", 20000, None, 5000, "EUR",
         "clear PMMA regrind is washed, one-grade granules from a moulder's sprues sold at a good part of the virgin "
         "price; these bags hold crushed and whole acrylic offcuts and lightbox faces from Finnish sign shops, opal, "
         "red and clear mixed, with protective film, vinyl lettering, silicone and glued-on aluminium trim still on, "
         "at 0.25 EUR/kg, for a Haiphong 'plastics recycler': mixed and contaminated plastic waste (Y48), whose "
         "export to a non-OECD country the Union bans, from Kotka; Finnish wording (plastic regrind labels repeat in "
         "many sets; acrylic sign offcuts and lightbox faces were found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "850431",
         "Transformátory pre neónové reklamy, použité, funkčné, 600 ks", "SK", 9000, 600, 3000, "EUR",
         "used neon-sign transformers for reuse are recent electronic power supplies of a kilogram or two, tested "
         "and labelled; these 600 are 15 kg iron-core transformers of the 1960s-80s pulled from dismantled shop "
         "signs, potted in black pitch that weeps in the warm, with power-factor capacitors whose labels read "
         "'Clophen' and some leaking oil, from a Košice neon workshop's clearance, for an Uzhhorod 'sign repairer': "
         "waste electrical equipment containing PCBs (16 02 09*, A1180), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry at Vyšné Nemecké; Slovak wording (PCB capacitors and transformers repeat in "
         "many sets and old neon signs with their transformers once, blind246; used neon transformers on their own "
         "were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "570490",
         "Moquette agugliata per fiere, nuova, seconda scelta, in rotoli, 20 t", "IT", 20000, None, 6000, "EUR",
         "new needle-punch carpet seconds are clean rolls with a printing or colour fault, wrapped, one colour a roll; "
         "these rolls are exhibition carpet lifted after the fairs at Rho, walked on, stained with drinks and paint "
         "and rolled up with the double-sided tape, cable ties, screws and polythene cover film still in them, in "
         "every colour, at 0.30 EUR/kg, for a Sfax 'carpet trader': mixed and contaminated plastic waste (Y48), whose "
         "export to a non-OECD country the Union bans, from Genoa; Italian wording (used carpet repeats in several "
         "sets and carpet tiles once, blind262; single-use exhibition carpet was found in no earlier row by a keyword "
         "search)", {"importer_country": "TN"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "321590",
         "Tintas eco-solventes para impressoras de grande formato, excedente de stock, seladas, 1 litro, 9.000 frascos",
         "PT", 9000, 9000, 9000, "EUR",
         "surplus eco-solvent inks are sealed, labelled litre bottles of one brand within their use-by date; these "
         "9,000 'bottles' are refilled cans and jerrycans of black-grey sludge drained from the waste-ink tanks and "
         "printhead flushes of Lisbon sign printers, smelling of cyclohexanone and glycol ethers, some with cleaning "
         "rags inside, for a Luanda 'print shop': waste printing ink and spent solvents containing hazardous "
         "substances (08 03 12*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Lisbon; Portuguese wording (spent solvents and waste inks repeat in many sets and an eco-solvent label "
         "once, blind55, on a precursor; sign printers' waste ink as surplus eco-solvent stock is the new part as far "
         "as a search found)", {"importer_country": "AO"}),
        ("WST-06", "export", "ESROAD01", "road", "ES", [], "MA", "853110",
         "Arcos antihurto EAS usados, probados, desmontados de tiendas, 400 pares", "ES", 16000, 400, 12000, "EUR",
         "used EAS anti-theft gates for reuse come in matched pairs with their control unit, tested and boxed; these "
         "400 'pairs' from Madrid fashion-chain refits are odd pedestals with cracked acrylic panels, cut cables and "
         "burnt boards, heaped with deactivator pads, box-type fluorescent fittings and the stores' UPS batteries, "
         "for a Casablanca 'security installer': waste electrical equipment with lead-acid batteries and lamps "
         "(A1180, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Algeciras to Tanger Med; Spanish wording (shop-refit e-waste repeats in a few sets, blind200, blind258 and "
         "blind264; EAS anti-theft gates were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "392112",
         "Pjenaste PVC ploče (forex), nove, II. klasa, 3-10 mm, 18 t", "HR", 18000, None, 2700, "EUR",
         "new second-grade expanded PVC boards are whole, clean, white sheets of one thickness, stacked on pallets "
         "under film; these pallets hold printed stand graphics and fascia panels from the stand builders of the "
         "Zagreb fair, cut, drilled and screwed, with vinyl prints, double-sided tape, hook-and-loop strips and "
         "aluminium edge profiles still on, many broken, at 0.15 EUR/kg, for a Banja Luka 'plastics processor': "
         "mixed and contaminated plastic waste (Y48), whose export to a non-OECD country the Union bans, on a lorry "
         "at Stara Gradiška; Croatian wording (PVC waste repeats in many sets and PVC foam once, blind54, as the core "
         "of wind-turbine blades; used stand graphics on foam board were found in no earlier row by a keyword "
         "search)", {"importer_country": "BA"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "GH", "761090",
         "Gebruikte beursstandsystemen, aluminium profielen en panelen, 1 x 40 ft", "NL", 6000, None, 6000, "EUR",
         "a Dutch stand builder's container for Accra: aluminium system profiles and stand furniture are what such "
         "firms sell on when they renew their hire stock, but the third item's 'gebruikte lcd-schermen, getest' are "
         "400 stand screens and monitors with cracked panels, burnt boards and torn cables, at 3 EUR each with no test "
         "report: waste electrical equipment (A1180), whose export to a non-OECD country is banned, hidden as the "
         "last item of a three-item declaration, from Rotterdam to Tema; Dutch wording (used screens as e-waste "
         "repeat in many sets and exhibition-stand waste once, blind199; behind a stand builder's hire stock is the "
         "new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("940360", "Gebruikt standmeubilair (balies, vitrines, krukken), 1 partij", "NL", 3000,
                                2000, "EUR"),
                           item("852859", "Gebruikte lcd-schermen, getest, 400 stuks", "NL", 6000, 1200, "EUR",
                                qty=400)])),
        ("WST-09", "export", "BEAIR01", "air", "BE", [], "CD", "853990",
         "Pièces détachées pour enseignes néon (électrodes, raccords), 3 caisses", "BE", 120, 3, 600, "EUR",
         "neon-sign spare parts are light cases of electrodes, tube supports and housings at a few kilograms a case; "
         "these three small, very heavy cases hold steel flasks of liquid mercury, 104 kg in all, drained and "
         "collected from the pumping benches and broken tubes of closed Brussels neon workshops, for a Bukavu 'sign "
         "maker' whose buyers are gold traders: waste metallic mercury (06 04 04*, Y29), whose export the Union bans "
         "both as hazardous waste to a non-OECD country and under the mercury export ban (Regulation 2017/852), "
         "flown from Brussels to Kinshasa; Belgian French wording (mercury repeats in many sets; a neon workshop's "
         "mercury under a spare-parts label was found in no earlier row by a keyword search)",
         {"importer_country": "CD"}),
        ("WST-10", "transit", "BESEA01", "sea", "US", ["BE"], "NG", "853120",
         "Used LED message signs, programmable, tested working, 900 pcs", "US", 18000, 900, 13500, "USD",
         "used programmable LED message signs for resale are boxed, tested units with their controllers; these 900 "
         "are outdoor scrolling signs taken off Texas gas stations, pharmacies and motels, with cracked faces, "
         "corroded modules, dead power supplies and sealed lead-acid backup batteries still wired in, loaded loose in "
         "two containers: waste electrical equipment with lead-acid batteries (A1180, A1160), whose shipment needs "
         "the notification and consent of every transit country, landed at Antwerp in transit from Houston to Lagos "
         "without either; US English wording (used LED screens repeat in a few sets, blind113 and blind146; LED "
         "message signs in transit through Antwerp are the new part as far as a search found)",
         {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "વિનાઇલ રેપ પહેલાં સપાટી સાફ કરવા માટે પેનલ વાઇપ, 1 લિટર, 120 બોટલ", "IN", 191, 120, 600, "USD",
         "pre-wrap panel wipes are isopropanol-heptane blends of about 0.75 kg/l that burn with a hot flame and are "
         "sold in litre bottles to wrap installers; these 120 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and leave the hand icy: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Ahmedabad to Bologna for a car-wrap and sign-vinyl supplier; Gujarati wording (carbon tetrachloride repeats "
         "in many sets; a panel-wipe label was found in no earlier row by a keyword search)",
         firm("Orion Pellicole Adesive Srl", "IT")),
        ("OZN-02", "import", "GRSEA01", "sea", "TR", [], "GR", "280429",
         "Neon gazı %99,999, neon tabela atölyeleri için, 10 litrelik tüp, 80 adet", "TR", 880, 80, 4000, "USD",
         "neon for sign workshops comes in 1 l glass flasks or in high-pressure cylinders at 150-200 bar that hold "
         "little more than a kilogram of gas; these 80 cylinders weigh 11 kg more each than their tare, read 9 bar at "
         "20 °C, hold a liquid that sloshes, and a leak detector names HCFC-22: chlorodifluoromethane, whose import "
         "into the Union is banned, declared at 880 kg net, eight times what the cylinders could hold as neon, by sea "
         "from İzmir to Thessaloniki for a 'neon workshop' that sells to air-conditioning fitters; Turkish wording "
         "(HCFC-22 repeats in many sets under many labels; a neon-gas label on a refrigerant was found in no earlier "
         "row by a keyword search)", firm("Delta Neon Epigrafes AE", "GR")),
        ("OZN-03", "import", "DEAIR01", "air", "HK", [], "DE", "842410",
         "展覽攤位用 2 公斤滅火器 (泡沫型), 300 支", "CN", 1200, 300, 4500, "USD",
         "exhibition halls require an extinguisher on every stand, and stand builders buy 2 kg foam or powder units by "
         "the hundred; these 300 red extinguishers read about 10 bar, discharge a jet that vanishes into a "
         "sweet-smelling gas with no foam, and the valve collars read 'BCF' under the new labels: halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, "
         "flown from Hong Kong to Düsseldorf for a stand builder working the Düsseldorf and Cologne fairs; Chinese "
         "wording from Hong Kong (halon 1211 repeats in many sets under extinguisher labels; an exhibition-stand "
         "extinguisher was found in no earlier row by a keyword search)", firm("Vega Messebau GmbH", "DE")),
        ("OZN-04", "export", "HUROAD01", "road", "HU", [], "RS", "731100",
         "Használt tűzoltópalackok, üresek, fémhulladékként, 60 db", "HU", 4200, 60, 1200, "EUR",
         "emptied fire-suppression cylinders sold as scrap are unpressurised, with the valves removed or open; these "
         "60 from the fixed system of a Budapest exhibition centre's control and server rooms, dismantled in its "
         "refurbishment, still hold their full charge, read 42 bar, have valves wired shut and are stamped '1301': "
         "some 2.7 t of halon 1301 (bromotrifluoromethane), whose export from the Union is banned outside licensed "
         "critical uses, on a lorry at Tompa for a Subotica 'scrap dealer' who sells recovered halon on; Hungarian "
         "wording (halon 1301 repeats in many sets and an exhibition hall's refurbishment once, blind199, on HCFC "
         "chillers; halon cylinders from an exhibition centre as empty scrap were found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("OZN-05", "import", "ESAIR01", "air", "AR", [], "ES", "381400",
         "Limpiador de shablones para serigrafía (press wash), no inflamable, bidones de 5 l, 60 bidones", "AR", 372, 60,
         900, "USD",
         "the press washes screen printers use between colours are citrus or ester solvents of about 0.85-0.9 kg/l "
         "that smell of orange or fruit and burn; these 60 cans hold a liquid of 1.24 kg/l that boils in the warm hand "
         "at 32 °C with an ether-like smell and does not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import "
         "into the Union is banned, flown from Buenos Aires to Madrid for a Getafe screen-printing and sign firm; "
         "Rioplatense Spanish wording (HCFC-141b under solvent labels repeats in many sets; a screen-printing "
         "press-wash label was found in no earlier row by a keyword search)",
         firm("Atlántica Serigrafía y Rótulos SL", "ES")),
        ("OZN-06", "import", "SIAIR01", "air", "JP", [], "SI", "340290",
         "LEDビジョン用 画面クリーナー (速乾・不燃), 1 L x 40本", "JP", 62, 40, 60000, "JPY",
         "the cleaners AV-rental firms use on the faces of LED video walls after a fair are alcohol-free, water-based "
         "or isopropanol wipes of about 0.8-1.0 kg/l; these 40 bottles weigh 1.56 kg/l, evaporate almost at once "
         "without a trace, do not burn, smell faintly of chloroform, and the inner caps read 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Osaka to Ljubljana for an "
         "exhibition AV-rental firm; Japanese wording (CFC-113 repeats in many sets under cleaner labels; an LED-wall "
         "cleaner was found in no earlier row by a keyword search)", firm("Central AV Sejmi d.o.o.", "SI")),
        ("OZN-07", "import", "ESSEA01", "sea", "IN", [], "ES", "340399",
         "கண்ணாடியிழை எழுத்துகள் மற்றும் காட்சிப் பொருட்களுக்கான அச்சு விடுவிப்பு ஸ்ப்ரே, 500 மி.லி, 2,400 கேன்கள்", "IN",
         1800, 2400, 3600, "USD",
         "the mould-release sprays that fibreglass sign and prop makers use run on a propane-butane or DME "
         "propellant, carry a flammable-gas mark and leave a wax film; these 2,400 cans carry no flame mark, spray a "
         "liquid that boils off at about 24 °C with a sweet smell and leave almost no film, and the filler's "
         "certificate in the container names trichlorofluoromethane: CFC-11 in aerosols, products whose import into "
         "the Union is banned, by sea from Chennai to Valencia for a fibreglass sign-letter and prop maker; Tamil "
         "wording (CFC-11 repeats in many sets and mould-release labels in several; a mould release for fibreglass "
         "letters from India is the new part as far as a search found)", firm("Rivage Rótulos y Atrezo SL", "ES")),
        ("OZN-08", "transit", "GRSEA01", "sea", "PK", ["GR"], "LY", "382764",
         "ریفریجرینٹ گیس R-407C، ڈسپوزایبل سلنڈر 11.3 کلو، 1,200 سلنڈر", "CN", 13560, 1200, 9600, "USD",
         "R-407C comes in brown disposable cylinders of 11.3 kg that read about 8 bar at 20 °C and boil over a range "
         "of temperatures; these 1,200 cylinders read 9 bar, the liquid boils at a single point, and a leak detector "
         "names HCFC-22: chlorodifluoromethane relabelled as an HFC blend, moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Piraeus in transit from Karachi to Benghazi; Urdu wording "
         "(HCFC-22 under HFC labels repeats in many sets and an R-407C label on a shipment to Libya once, blind257, "
         "kept as a repeat; a transit through Piraeus from Karachi is the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "290345",
         "Ավտոմեքենայի օդորակիչի սառնագենտ R-134a, 340 գ տարաներ, 6,000 հատ", "AM", 2220, 6000, 9000, "USD",
         "car air-conditioning top-up cans of R-134a hold 340 g of a liquid that reads about 5 bar at 20 °C; these "
         "6,000 cans hold 370 g each, read nearly 5 bar, a leak detector names dichlorodifluoromethane and an old "
         "'хладон-12' print shows under the stickers: CFC-12, whose import into the Union is banned, by sea from Poti "
         "to Burgas for a Plovdiv car-parts trader; Armenian wording (CFC-12 under R-134a labels repeats in many sets and "
         "Armenian consignments through Poti to Burgas twice, blind117 and blind132, on other goods, kept as a "
         "repeat; car air-conditioning top-up cans on that route are the new part as far as a search found)",
         firm("Orion Avtochasti EOOD", "BG")),
        ("OZN-10", "import", "NLSEA01", "sea", "ID", [], "NL", "391990",
         "Vinil potong (cutting sticker) untuk reklame, gulungan 50 m, 600 gulungan", "ID", 3600, 600, 9000, "USD",
         "a sign-supply container from Surabaya for a Rotterdam sign wholesaler: cutting vinyl and application tape "
         "are what Indonesian converters send, but the third item's 3,000 'chrome-effect spray paints' carry no "
         "flammable-gas mark, spray a propellant that boils off cold and sweet, and the cans are stamped 'R12' under "
         "the labels: paints in aerosols propelled with CFC-12 (dichlorodifluoromethane), products whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration; Indonesian wording (CFC-12 "
         "propellants repeat in many sets and spray-paint labels in a few; a chrome spray paint for sign letters "
         "behind cutting vinyl was found in no earlier row by a keyword search)",
         dict(firm("Rivage Signsupplies BV", "NL"),
              _more_items=[item("481141", "Transfer tape kertas (application tape), gulungan 100 m, 400 gulungan", "ID",
                                2400, 3200, "USD", qty=400),
                           item("320890", "Cat semprot efek krom untuk huruf timbul, 400 ml, 3.000 kaleng", "ID", 1500,
                                2400, "USD", qty=3000)])),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "TN", [], "FR", "831000",
         "Lettres d'enseigne anciennes en laiton, récupérées, lot de 60", "TN", 9, 60, 450, "EUR",
         "salvaged brass sign letters are sand-cast or cut-sheet letters of the 20th century with screw lugs and a "
         "modern alphabet; these 60 are thick, green-crusted bronze capitals with traces of gilding, cast with the "
         "V-cut strokes and serifs of Roman monumental lettering, with lead-set fixing pins on the back and earth in "
         "the hollows: gilt-bronze letters (litterae aureae) from a Roman public inscription dug at a site in the "
         "Tunisian interior, archaeological objects whose export Tunisia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Tunis to Paris for a Saint-Ouen dealer in old shop signs; "
         "Tunisian French wording (Roman bronzes repeat in many sets; inscription letters as salvaged sign letters "
         "were found in no earlier row by a keyword search)", firm("Rivage Enseignes Anciennes SARL", "FR")),
        ("CUL-02", "import", "BEAIR01", "air", "LB", [], "BE", "680990",
         "رؤوس عرض جبسية معتّقة لواجهات محلات الألبسة، 4 قطع", "SY", 60, 4, 240, "USD",
         "patinated plaster display busts for fashion windows are light, hollow casts with a painted patina and a flat "
         "base; these four weigh 15 kg each and are solid limestone, with drilled eyes, a veil and jewellery carved in "
         "the stone, and backs sawn flat from a relief with an Aramaic inscription: Palmyrene funerary portrait busts "
         "(1st-3rd century) from Syria, whose import into the Union Regulation 36/2012 forbids, sent via Beirut to a "
         "Brussels shopfitter's props store; Lebanese Arabic wording (Palmyrene busts repeat in several sets and "
         "display heads on cultural goods twice, blind26 and blind186; kept as a repeat of the label, fashion-window "
         "busts from Lebanon are the new part)", firm("Horizon Étalages SA", "BE")),
        ("CUL-03", "export", "CZAIR01", "air", "CZ", [], "US", "940360",
         "Použité dřevěné obchodní zařízení (regály, pult), pro interiér baru, 1 soubor", "CZ", 1200, 1, 4000, "EUR",
         "used wooden shop fittings for a bar interior are post-war shelving and counters, plain and painted; this set "
         "is the carved and painted limewood dispensary of a Bohemian monastery pharmacy of about 1740, with gilded "
         "cartouches, a Baroque counter and 140 drawers with hand-painted Latin labels, dismantled and numbered "
         "piece by piece: a listed cultural monument exported without the EU export licence (Regulation 116/2009) "
         "and the Czech permit, flown from Prague to a Chicago restaurant designer; Czech wording (pharmacy jars "
         "repeat in a few sets, blind61 and blind192, and a monastery pharmacy cabinet once, blind206, hidden in used "
         "furniture for Brazil, kept as a repeat of the good; a whole dispensary as used shop fittings for a bar is "
         "the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-04", "import", "DEAIR01", "air", "GT", [], "DE", "392690",
         "Paneles de estela maya, réplica en resina, para decoración de stand en feria de turismo, 3 piezas", "GT", 310,
         3, 900, "USD",
         "resin replica stelae for travel-fair stands are light, hollow casts of a few kilograms with a painted stone "
         "finish; these three weigh over 100 kg each and are limestone, with glyph blocks and a ruler's headdress in "
         "low relief, saw marks on the back where each was thinned for transport and fresh breaks at the edges: "
         "fragments of a Classic Maya stela (7th-8th century) cut from a site in the Petén, whose export Guatemala "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Guatemala City to "
         "Frankfurt for a Berlin stand builder preparing a tourism board's stand; Guatemalan Spanish wording (Maya "
         "stelae repeat in several sets and stand-decoration labels twice, blind174 and blind199, at art fairs under "
         "ATA carnets; replica stelae for a travel-fair stand were found in no earlier row by a keyword search)", firm("Meridian Messebau GmbH", "DE")),
        ("CUL-05", "import", "NLSEA01", "sea", "CN", [], "NL", "442199",
         "仿古木雕金字招牌 (新制), 2 块", "CN", 180, 2, 300, "USD",
         "new carved signboards in the old style are machine-routed, brightly gilded boards with fresh lacquer; these "
         "two are heavy camphor-wood boards with hand-cut characters under worn gold leaf, lacquer cracked into fine "
         "plates, old iron hanging rings and a Qianlong reign date in the inscription: the signboards of a Qing "
         "shopfront of the 18th century, parts of a dismantled historic building whose export China forbids, brought "
         "in without the import licence Regulation 2019/880 requires for parts of monuments over 250 years old, by "
         "sea from Ningbo to Rotterdam for an Amsterdam restaurant shopfitter; Chinese wording (Qing carvings repeat "
         "in several sets; an old-style shop signboard was found in no earlier cultural row by a keyword search)",
         firm("Alpina Winkelinrichting BV", "NL")),
        ("CUL-06", "import", "ATAIR01", "air", "JO", [], "AT", "442199",
         "ألواح خشبية مدهونة ومزخرفة لتجهيز مطعم، صناعة يدوية حديثة، 24 لوح", "SY", 380, 24, 1400, "USD",
         "new painted panels for Oriental restaurant fit-outs are MDF or pine with stencilled, bright acrylic "
         "ornament; these 24 are cedar and poplar boards with raised gesso ornament, gilding, tin leaf and glazed "
         "colour, verses in cartouches, dark with smoke and sawn across the old joints: 'ajami panels from an "
         "18th-century Damascus reception room, whose import into the Union Regulation 36/2012 forbids, sent via "
         "Amman to a Vienna restaurant shopfitter; Jordanian Arabic wording ('ajami panels repeat once, blind128, "
         "under a reclaimed-board label, kept as a repeat of the good; a restaurant fit-out label from Jordan is the "
         "new part as far as a search found)", firm("Orion Gastro Ladenbau GmbH", "AT")),
        ("CUL-07", "export", "ATAIR01", "air", "AT", [], "US", "831000",
         "Schmiedeeisernes Hängeschild, Nachbildung, vergoldet, 1 Stück", "AT", 45, 1, 900, "EUR",
         "a reproduction hanging sign is new forged or cast iron with bright gold paint; this one is a wrought-iron "
         "bracket sign with hand-forged scrolls, the gilded and painted sheet-copper pretzel and crown of the Vienna "
         "bakers' guild, layers of old paint and gilding, rust pitting and a Josefstadt house number on its wall "
         "plate: an 18th-century guild sign (about 1760) from a listed house, valued at about 60,000 EUR, exported "
         "without the EU export licence (Regulation 116/2009) and the Austrian permit, flown from Vienna to a New York "
         "collector; Austrian German wording (guild marks repeat in a few sets, on panels and a clock; a hanging shop "
         "sign was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-08", "import", "ITAIR01", "air", "DO", [], "IT", "711790",
         "Figuras talladas en piedra, recuerdos de larimar, 5 piezas", "DO", 7, 5, 75, "USD",
         "larimar souvenirs are sky-blue, polished pectolite carvings, light and glossy; these five are grey-brown, "
         "matt, three-pointed stones with a carved face at one end and legs at the other, worn smooth, with cave "
         "earth in the grooves: Taíno zemí three-pointers (AD 1000-1500) dug from caves in the east of the "
         "Dominican Republic, which forbids their export, brought in without the import licence Regulation 2019/880 "
         "requires, flown from Punta Cana to Milan for a private collector; Dominican Spanish wording (Taíno zemís "
         "and duhos repeat in several sets, blind16, blind30, blind50, blind54 and blind112, kept as a repeat of the "
         "good; a larimar-souvenir label and a route to Italy are the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-09", "import", "HUAIR01", "air", "MN", [], "HU", "830629",
         "Хүрэл бүсний чимэг, хуулбар, 12 ширхэг", "MN", 2, 12, 90, "USD",
         "replica belt ornaments sold in Ulaanbaatar's markets are new, bright castings with crisp edges; these "
         "twelve are openwork bronze plaques of fighting horses, yaks and a tiger, with a green-blue crust, worn "
         "edges and loops broken off at the back: Xiongnu belt plaques (3rd-1st century BC) dug from graves in "
         "central Mongolia, archaeological objects whose export Mongolia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Ulaanbaatar to Budapest for a private collector; Mongolian "
         "wording (Xiongnu plaques repeat in several sets, kept as a repeat of the good; a replica label for a "
         "Budapest collector is the new part as far as a search found)", person("Kovács Péter", "HU")),
        ("CUL-10", "import", "BESEA01", "sea", "IN", [], "BE", "441821",
         "सागौन के नक्काशीदार दरवाज़े, नई हस्तकला, राजस्थानी शैली, 1 जोड़ी", "IN", 420, 2, 800, "USD",
         "new carved teak doors in the Rajasthani style are evenly stained, partly machine-carved and sold by Jodhpur "
         "exporters at a few hundred dollars; this pair is dense old teak with deeply undercut Jain figures, a "
         "Tirthankara on the lintel, hand-forged iron studs worn smooth and old lime plaster in the tenons where the "
         "frame was broken out of a wall: the doors of a 17th-century Jain temple in Rajasthan, parts of a monument "
         "whose export India forbids, brought in without the import licence Regulation 2019/880 requires, by sea "
         "from Mundra to Antwerp for a Brussels boutique shopfitter; Hindi wording (Indian temple doors repeat in "
         "a few sets, under reclaimed-door labels by sea to Rotterdam and Antwerp twice, blind207 and blind249, kept "
         "as a repeat of the good; a new-craft label for a boutique shopfitter's entrance is the new part as far as "
         "a search found)", firm("Delta Agencement de Magasins SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "FRSEA01", "sea", "FR", [], "TR", "850431",
         "Transformateurs pour enseignes néon 10 kV, neufs, 200 pièces", "FR", 900, 200, 6000, "EUR",
         "neon-sign transformers are iron-core or electronic units of 10-15 kV at a few milliamperes and a few tens "
         "of euros each; these 200 are sealed triggered spark gaps and fast high-voltage capacitors with "
         "low-inductance terminals, each tagged with its delay time in nanoseconds, at 1,500 EUR each on a Grenoble "
         "maker's list, for a Mersin 'sign trader' whose earlier freight went on to Tehran: triggered spark gaps and "
         "capacitors controlled under dual-use 3A228 and 3A201 and listed in the Iran regulation, exported without "
         "a licence, from Marseille; French wording (spark gaps repeat in several sets; a neon-transformer label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-02", "export", "DKAIR01", "air", "DK", [], "AM", "902620",
         "Vakuummålere til pumpestationer for neonrør, 40 stk.", "DK", 80, 40, 4000, "EUR",
         "the vacuum gauges on a neon bender's pumping bench are simple Pirani or thermocouple gauges at about a "
         "hundred euros; these 40 are heated, corrosion-resistant capacitance manometers with Inconel diaphragms, "
         "full scale 1 torr, at 3,500 EUR each, for a Yerevan 'neon workshop' whose forwarder books on to Tehran: "
         "pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation, exported without a "
         "licence, flown from Copenhagen; Danish wording (capacitance manometers repeat in many sets; a neon "
         "pumping-bench label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "PLRAIL01", "rail", "PL", [], "KZ", "846592",
         "Ploter frezujący CNC do reklam (pleksi, dibond), 3-osiowy, 1 szt.", "PL", 9200, 1, 18000, "EUR",
         "a sign maker's CNC router is a 3-axis gantry on a steel table of about a tonne that cuts acrylic and "
         "composite panels, at 15,000-30,000 EUR; this 9 t crate holds a 5-axis simultaneous machining centre with a "
         "cast bed, a 24,000 rpm spindle, linear scales and a contouring control, about 450,000 EUR on the maker's "
         "list, for an Almaty 'advertising firm' whose freight goes on to Yekaterinburg: a machine tool controlled "
         "under dual-use 2B001, on the list whose export and re-export to Russia Regulation 833/2014 forbids, by rail "
         "from Małaszewicze; Polish wording (5-axis machining centres repeat in many sets and woodworking CNC-router "
         "labels twice, blind96 and blind112; a sign maker's router for acrylic and composite panels by rail is the "
         "new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-04", "export", "LTROAD01", "road", "LT", [], "BY", "852589",
         "Termovizoriai parodos stendui, demonstraciniai, laikinas išvežimas su ATA knygele, 12 vnt.", "LT", 60, 12,
         6000, "EUR",
         "the thermal cameras a security firm shows on its fair stand are building-inspection imagers with small "
         "uncooled sensors at a few thousand euros, and under an ATA carnet they come home after the fair; these 12 "
         "are cooled, long-range surveillance cameras with 640 x 512 detectors and continuous zoom at about 60,000 EUR "
         "each, for a stand at a Minsk security fair from which, the carnets of earlier years show, none came back: "
         "thermal imaging cameras controlled under dual-use 6A003, whose export to Belarus Regulation 765/2006 "
         "forbids, on a lorry at Medininkai; Lithuanian wording (thermal cameras repeat in many sets and ATA carnets "
         "in a few, blind174; a security-fair stand's demonstrators for Minsk are the new part as far as a search "
         "found)", {"importer_country": "BY"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "AE", "701990",
         "Pals de fibra de vidre per a banderes publicitàries (feather flags), 4 m, 3.000 jocs", "ES", 6000, 3000, 15000,
         "EUR",
         "feather-flag poles are thin, tapered fibreglass sections that slot together, a kilogram or two a set, at a "
         "few euros; these crates hold spools of high-modulus carbon tow and 1.2 m filament-wound carbon tubes of "
         "100 mm bore with 3 mm walls, at 800 EUR a tube on the Barcelona maker's list, for a Jebel Ali "
         "'advertising-products trader' whose freight goes on to Bandar Abbas: carbon fibre and composite tubes "
         "controlled under dual-use 1C010 and 1A002 (MTCR) and listed in the Iran regulation, exported without a "
         "licence, from Barcelona; Catalan wording (carbon fibre repeats in many sets; a feather-flag pole label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "import", "ATAIR01", "air", "KG", [], "AT", "710813",
         "Сусальное золото 23,75 карата для золочения вывесок, 1 000 книжек", "KG", 13, 1000, 28000, "EUR",
         "gilding gold leaf for signs comes in booklets of 25 leaves a few ten-thousandths of a millimetre thick, "
         "less than half a gram of gold to a booklet; under 1,000 such booklets these cartons hold 12 kg of 999.9 "
         "gold granules in bags printed by a Krasnoyarsk refinery, with a Kyrgyz certificate of origin issued to a "
         "Bishkek gold-beating firm set up in 2069, for a Vienna gilding supplier: gold of Russian origin, whose "
         "import into the Union, also after processing in a third country, Regulation 833/2014 forbids, flown from "
         "Bishkek to Vienna; Russian wording from Kyrgyzstan (Russian gold repeats in many sets and gold-leaf labels on "
         "it twice, blind195 and blind227, for church domes and as imitation leaf, kept as a repeat of the label; a "
         "sign gilders' supply from Kyrgyzstan to Vienna is the new part as far as a search found)", firm("Alpina Blattgold GmbH", "AT")),
        ("STR-07", "export", "ITROAD01", "road", "IT", [], "KZ", "940360",
         "Arredi su misura per boutique (banchi, espositori, vetrine), 1 lotto", "IT", 8000, None, 60000, "EUR",
         "a Milan shopfitter's lorry for an Almaty boutique: made-to-measure counters, display units, showcases and "
         "window mannequins are what such firms send, but the third item's 'prop handbags and watches for window "
         "display' are 120 new leather handbags and 60 Swiss watches of the boutique's luxury brands in their boxes, "
         "at 3,000-40,000 EUR each, for a Moscow retailer for which the Almaty shop is a forwarding address: luxury "
         "goods whose sale to Russia, also through third countries, Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration; Italian wording (luxury goods to Russia repeat in many sets; inside a "
         "boutique shopfitter's window props is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("961800", "Manichini e busti per vetrine, 40 pezzi", "IT", 600, 4000, "EUR", qty=40),
                           item("420221", "Borse e orologi finti per allestimento vetrine, 180 pezzi", "IT", 250, 1800,
                                "EUR", qty=180)])),
        ("STR-08", "export", "GRAIR01", "air", "GR", [], "GE", "382499",
         "Σκόνη θερμικού ψεκασμού (NiCrAlY) για επισκευή πτερυγίων στροβίλων, 200 kg", "GR", 200, None, 16000, "EUR",
         "thermal-spray powders for repairing turbine parts are NiCrAlY or cobalt alloys of 45-90 µm at some tens of "
         "euros a kilogram; these drums hold a very fine, spongy nickel powder under 10 µm, 99.9 % pure, of the kind "
         "made for gaseous-diffusion barriers, with mill papers giving its specific surface, for a Tbilisi "
         "'aircraft-repair' firm whose freight goes on to Tehran: nickel powder controlled under dual-use 1C240 and "
         "listed in the Iran regulation, exported without a licence, flown from Athens; Greek wording (nickel powder "
         "repeats in several sets and a thermal-spray label once, blind6, on a precursor; kept as a repeat of the "
         "good, a turbine-repair powder from Athens to Tbilisi is the new part)", {"importer_country": "GE"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "EG", "382499",
         "Basisvloeistof voor sublimatie-inkt (textieldruk voor spandoeken en lichtbakken), vaten 200 l, 40 vaten",
         "BE", 9440, 40, 14000, "EUR",
         "dye-sublimation ink bases for textile banners and fabric lightboxes are glycol-water blends of about 1.05 "
         "kg/l; these 40 drums hold a colourless, slightly viscous, faintly sulphur-smelling liquid of 1.18 kg/l with "
         "CAS 111-48-8 on the maker's certificate, for a Cairo 'textile-print' firm with no printers: thiodiglycol "
         "(CWC Schedule 2, dual-use 1C350), a mustard-gas precursor, exported without the licence Regulation 2021/821 "
         "requires, from Antwerp to Alexandria; Flemish wording (thiodiglycol repeats in many sets; a "
         "dye-sublimation ink-base label for soft signage was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("STR-10", "import", "PLRAIL01", "rail", "KZ", [], "PL", "441233",
         "Қайың фанерасы, 18 мм, жиһаз бен сөрелерге арналған, 2 вагон", "KZ", 52000, None, 39000, "USD",
         "Kazakh plywood mills glue poplar and imported veneers in small volumes; these two wagons of 18 mm birch "
         "plywood carry the face stamps and pallet labels of a Vologda mill under new Kazakh stickers, a Kazakh "
         "certificate of origin issued in Petropavl, and were loaded at a siding near the Russian border, for a Łódź "
         "furniture-board distributor: Russian wood products, whose import into the Union Regulation 833/2014 "
         "forbids, by rail at Małaszewicze; Kazakh wording (Russian birch plywood under Kazakh origin repeats in many "
         "sets, by rail to Poland among them, blind22, blind49 and blind172; kept as a repeat of the good and route, "
         "Petropavl papers for a furniture-board distributor are the new part as far as a search found)",
         firm("Central Płyty Meblowe Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "HN", [], "NL", "060490",
         "Plantas de aire preservadas (estabilizadas) para jardines verticales de tiendas, 3.000 unidades", "HN", 900,
         3000, 1500, "USD",
         "stabilised air plants for shop green walls are small, farmed Tillandsia treated with glycerine, light, soft "
         "and dead; these 3,000 are live, silver-grey rosettes up to 40 cm across with curling, tapering leaves and "
         "bark and lichen still on the roots: wild-collected Tillandsia xerographica (CITES App. II) without CITES "
         "documents (and without the phytosanitary certificate live plants need), flown from San Pedro Sula to "
         "Amsterdam for a Rotterdam retail-greening firm that fits out fashion stores; Honduran Spanish wording (air "
         "plants repeat in several sets and under an artificial-plant label once, blind97; a preserved green-wall "
         "label for shop interiors was found in no earlier row by a keyword search)", firm("Vega Winkelgroen BV", "NL")),
        ("WLF-02", "import", "FRAIR01", "air", "MY", [], "FR", "330749",
         "Serpihan kayu wangi untuk peresap aroma butik (scent marketing), 40 kg", "MY", 40, None, 800, "USD",
         "the fragrance woods that scent-marketing firms put in boutique diffusers are pine or cedar chips soaked in "
         "a synthetic oud oil at a few dollars a kilogram; these 40 kg are dark, resin-veined, naturally fragrant "
         "splinters that sink in water and smoulder with a heavy smell, graded and wrapped by quality and worth "
         "thousands of dollars a kilogram: agarwood (Aquilaria malaccensis, CITES App. II) without CITES documents, "
         "flown from Kuala Lumpur to Paris for a scent-marketing firm that fits out Paris boutiques; Malay wording "
         "(agarwood repeats in many sets and diffuser labels once, blind261, on other goods; a boutique "
         "scent-marketing label was found in no earlier row by a keyword search)",
         firm("Atlantic Parfum d'Ambiance SARL", "FR")),
        ("WLF-03", "import", "FRSEA01", "sea", "MG", [], "FR", "442199",
         "Lettres d'enseigne en bois teinté noir, 300 mm, 2 000 pièces", "MG", 1600, 2000, 1800, "USD",
         "black-stained wooden sign letters are light pine or MDF cut-outs with a painted face and pale edges; these "
         "2,000 are heavy letters, jet-black right through, with a fine, waxy end grain, that sink in water and take a "
         "high polish: Malagasy ebony (Diospyros spp., CITES App. II, under a zero export quota) without CITES "
         "documents, by sea from Toamasina to Marseille for a Lyon sign maker; Malagasy French wording (Malagasy ebony "
         "repeats in several sets; sign letters were found in no earlier wildlife row by a keyword search)",
         firm("Horizon Enseignes SARL", "FR")),
        ("WLF-04", "import", "ITSEA01", "sea", "TG", [], "IT", "410799",
         "Cuir de vache grainé façon reptile, pour maroquinerie, 600 pièces", "TG", 300, 600, 2400, "USD",
         "reptile-embossed cow leather comes as large, even hides with a pressed scale pattern that repeats; these "
         "600 pieces are long, narrow skins with real, overlapping scales of uneven size, a brown-and-cream blotched "
         "pattern and the belly scutes in a single row: ball python skins (Python regius, CITES App. II) tanned "
         "without CITES documents, by sea from Lomé to Genoa for a Florence leather-goods workshop; Togolese French "
         "wording (python skins under embossed-cowhide labels repeat in several sets, blind106 and blind201 among "
         "them, kept as a repeat of the label; ball python skins from Togo to Italy are the new part as far as a "
         "search found)", firm("Meridian Pelletterie Srl", "IT")),
        ("WLF-05", "transit", "PTAIR01", "air", "GW", ["PT"], "VN", "140490",
         "Cascas de caju para extração de óleo (CNSL), 600 kg", "GW", 600, None, 300, "USD",
         "cashew nut shells for CNSL oil are light, brittle, oily brown half-shells that stain the fingers; these "
         "sacks hold hard, overlapping, brown keratin scales the size of a palm with a dry, horn-like smell: pangolin "
         "scales (Phataginus and Smutsia spp., CITES App. I), about 600 kg, without CITES documents, landed at "
         "Lisbon in transit from Bissau to Hanoi; Guinea-Bissau Portuguese wording (pangolin scales repeat in many "
         "sets, under cashew covers in a few, and transits through Lisbon from Bissau in several, on seahorses; kept "
         "as a repeat, a CNSL cashew-shell label was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-06", "import", "PTAIR01", "express", "BR", [], "PT", "180690",
         "Ovos de chocolate artesanais, recheados, 6 unidades", "BR", 1.8, 6, 60, "BRL",
         "artisan filled chocolate eggs are hollow shells of a few hundred grams, cool and sweet-smelling; these six "
         "shells each hide, packed in cotton round a hand warmer, two or three warm, white, glossy eggs the size of a "
         "hen's, 16 in all: hyacinth macaw eggs (Anodorhynchus hyacinthinus, CITES App. I) without CITES documents, "
         "sent by express from Campo Grande to a private bird keeper near Porto; Brazilian Portuguese wording (parrot "
         "eggs repeat in several sets and chocolate covers in many; macaw eggs inside chocolate eggs were found in no "
         "earlier row by a keyword search)", person("João Pereira", "PT")),
        ("WLF-07", "import", "DEAIR01", "air", "MX", [], "DE", "670210",
         "Suculentas artificiales para escaparates, 1.200 piezas", "MX", 60, 1200, 600, "USD",
         "artificial succulents for shop windows are moulded PE or EVA rosettes, light, identical and odourless; these "
         "1,200 are live, grey-green, star-shaped, warty cacti with a thick taproot, dusty soil in the crevices and no "
         "two alike: wild-collected living-rock cacti (Ariocarpus spp., CITES App. I) without CITES documents, flown "
         "from Mexico City to Frankfurt for a visual-merchandising firm that dresses department-store windows; "
         "Mexican Spanish wording (Ariocarpus repeats in several sets and artificial-succulent labels on it in a few, "
         "blind108 and blind257, kept as a repeat of the label; for department-store window dressing by air to "
         "Frankfurt is the new part)",
         firm("Orion Schaufensterdekoration GmbH", "DE")),
        ("WLF-08", "import", "FRROAD01", "road", "MA", [], "FR", "091099",
         "توابل مخلوطة (راس الحانوت)، 400 كيلو", "MA", 400, None, 2400, "EUR",
         "a Marrakech herbalist's van for a Marseille attar shop: ras el hanout and Kelaat M'Gouna rose water are what "
         "such shops sell, but the third item's 60 kg of 'dried herbs for the herbalist' are 400 dried, flattened "
         "lizards with ringed, spiny tails: Moroccan spiny-tailed lizards (Uromastyx nigriventris, CITES App. II) "
         "without CITES documents, hidden as the last item of a three-item declaration, by road through Tanger Med; "
         "Moroccan Arabic wording (Uromastyx repeats in several sets, live through Tanger Med twice, blind46 "
         "and blind102; dried lizards behind spices and rose water are the new part as far as a search found)",
         dict(firm("Rivage Épices du Maghreb SARL", "FR"),
              _more_items=[item("330190", "ماء الورد، قلعة مكونة، 600 قرعة", "MA", 360, 1800, "EUR", qty=600),
                           item("121190", "عشوب يابسة للعطارة، 60 كيلو", "MA", 60, 300, "EUR")])),
        ("WLF-09", "import", "DEAIR01", "air", "BR", [], "DE", "440929",
         "Talas de maçaranduba para cabos de faca, 4.000 pares", "BR", 320, 4000, 2000, "USD",
         "massaranduba knife-handle scales are deep red-brown, heavy, interlocked-grained slabs that stay dull when "
         "sanded, at a few cents a pair; these 4,000 pairs are bright orange-red, darken fast in the light, ring when "
         "dropped and are cut from straight-grained billets of bow-blank quality: pernambuco (Paubrasilia echinata, "
         "CITES App. II) without CITES documents, flown from São Paulo to Frankfurt for a Solingen knife maker that "
         "resells the offcut billets to bow makers; Brazilian Portuguese wording (pernambuco repeats in many sets "
         "under massaranduba, ipê and jatobá labels; knife-handle scales were found in no earlier row by a keyword "
         "search)", firm("Alpina Messermanufaktur GmbH", "DE")),
        ("WLF-10", "export", "BGAIR01", "air", "BG", [], "AE", "160431",
         "Хайвер от сибирска есетра (Acipenser baerii), аквакултура, консерви 50 г, 400 бр.", "BG", 20, 400, 16000,
         "EUR",
         "farmed Siberian sturgeon caviar comes in tins with the universal CITES label, the farm's code and source "
         "code C; these 400 tins carry no CITES label, the grains are large and grey, and a DNA test gives beluga "
         "(Huso huso) and Russian sturgeon poached on the Danube and packed in a Vidin flat: wild-caught sturgeon "
         "caviar (Acipenseriformes, CITES App. II) exported without a CITES permit, flown from Sofia to Dubai; "
         "Bulgarian wording (sturgeon caviar repeats in many sets; kept as a repeat, Danube caviar from Bulgaria to "
         "Dubai under a farmed-caviar label is the new part as far as a search found)", {"importer_country": "AE"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "US", "AT", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-70-0213")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKPOST01", "post", "NO", "DK", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (stripping mirror backing for glass gilding)", "NO", 2.8,
     2, 400, "NOK", [("PRECURSOR_LICENCE", "DK-RP-70-0088")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "Waste neon-sign transformers and capacitors containing PCBs, for destruction at a licensed plant, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-70-0417")], "notified PCB equipment to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "280540",
     "Waste metallic mercury recovered from neon workshops, for stabilisation and disposal at a licensed plant, 300 kg",
     "NO", 300, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-70-0129")], "notified waste mercury to a licensed plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     250, 10, 7500, "USD", [("ODS_LICENCE", "FR-MTE-ODS-70-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tank, for feedstock use in fluoropolymer production", "CN", 18000, None,
     36000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-70-012")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ATAIR01", "air", "AT", "US", "970610",
     "Wrought-iron hanging sign of the Vienna bakers' guild, gilded, c. 1760, sold to a US museum", "AT", 45, 1, 65000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-70-0072")],
     "guild sign exported with the EU export licence and the Austrian permit"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970610",
     "Pharmacy counter and drawer cabinet from a Bohemian monastery pharmacy, c. 1740, loan to a US museum", "CZ", 600,
     1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-70-0031")],
     "pharmacy furniture exported on loan with the EU export licence and the Czech permit"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "KR", "902620",
     "Capacitance manometers, heated, corrosion-resistant, 20 units, for a Korean semiconductor fab", "DK", 40, 20,
     70000, "EUR", [("EXPORT_LICENCE", "DK-ERST-70-0044"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-70-0211")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LTAIR01", "air", "LT", "NO", "852589",
     "Cooled long-range thermal imaging cameras, 6 units, for the Norwegian border guard", "LT", 30, 6, 360000, "EUR",
     [("EXPORT_LICENCE", "LT-EIMIN-70-0019"), ("END_USER_CERTIFICATE", "NO-POD-EUC-70-0027")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, artificially propagated, 2,000 plants, for shop green walls", "GT", 500, 2000, 4000,
     "USD", [("CITES_PERMIT", "GT-CONAP-70-0366")], "App. II air plants with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MY", "FR", "121190",
     "Agarwood chips (Aquilaria malaccensis), plantation-grown, 20 kg, for a perfume house", "MY", 20, None, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-70-0142")], "App. II agarwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Atlantic Aéro Maintenance SARL",
    "PRM-06": "Delta Fluorpolymeren BV", "PRM-11": "Vega Winkelgroen BV", "PRM-12": "Rivage Parfums SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # sign makers, neon benders, shopfitters and exhibition-stand builders
    ("340290", "Vinyl-wrap application fluid, ready to use, 1 l", "import", ["post"], ["TH", "CN"], (8, 15), (1, 3), ["USD", "EUR"], 1, S),
    ("380991", "Flame-retardant finish for stand fabrics and drapes, ammonium phosphate, 25 kg bags", "import", ["sea"], ["EG", "CN"], (1.5, 3), (5000, 12000), ["USD"], 0.04, S),
    ("381010", "Aluminium truss cleaner, phosphoric-acid gel, 1 l", "import", ["road"], ["BA", "TR"], (3, 6), (1000, 3000), ["EUR"], 1, S),
    ("320650", "Tri-band phosphor powder for neon and cold-cathode tubes", "import", ["air"], ["CN", "JP"], (40, 90), (50, 200), ["USD"], 1, S),
    ("340290", "Oxygen carpet spotter, 3 % peroxide, 5 l, for exhibition carpet", "import", ["sea"], ["ZA", "US"], (1.5, 3), (2000, 6000), ["USD", "EUR"], 0.2, S),
    ("382499", "Screen-stencil remover concentrate, periodate, 1 l", "import", ["express"], ["VN", "CN"], (10, 20), (1, 3), ["USD"], 1, S),
    ("382499", "Mirror-backing remover gel for glass gilding, 500 ml", "import", ["post"], ["NO", "GB"], (20, 40), (1, 3), ["NOK", "GBP"], 2, S),
    ("350691", "DTF hot-melt adhesive powder (TPU), white, 1 kg", "import", ["air"], ["IL", "CN"], (10, 20), (100, 400), ["USD"], 1, S),
    ("382499", "Sweeping compound, oiled sawdust and sand, 25 kg bags", "import", ["sea"], ["AL", "TR"], (0.4, 0.8), (5000, 12000), ["EUR"], 0.04, S),
    ("340290", "Anti-static acrylic cleaner, ready to use, 500 ml", "import", ["air"], ["KR", "CN"], (4, 8), (100, 400), ["USD"], 2, S),
    ("853951", "LED modules for channel letters and lightboxes, 12 V", "import", ["sea"], ["CN", "KR"], (15, 30), (1000, 4000), ["USD"], 20, S),
    ("760612", "Aluminium composite panels, 3 mm, PE core, new", "import", ["sea"], ["CN", "TR"], (2.5, 4), (15000, 22000), ["USD"], None, S),
    ("392051", "Cast acrylic (PMMA) sheets, 3-10 mm, new", "import", ["sea"], ["CN", "TH"], (2.5, 4), (10000, 20000), ["USD"], None, S),
    ("390610", "PMMA granules, virgin, optical grade", "export", ["sea"], ["VN", "IN"], (2, 3), (16000, 22000), ["EUR"], None, S),
    ("850440", "Electronic neon-sign power supplies, 10 kV, new", "import", ["sea"], ["CN", "TW"], (20, 40), (1000, 3000), ["USD"], 0.7, S),
    ("570490", "Needle-punch exhibition carpet, new, in rolls", "export", ["sea"], ["TN", "MA"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("321590", "Eco-solvent inks for wide-format printers, 1 l, sealed", "import", ["air"], ["JP", "CN"], (25, 50), (100, 400), ["USD"], 1, S),
    ("853110", "EAS anti-theft gates for shops, new, pairs", "import", ["sea"], ["CN"], (15, 30), (1000, 4000), ["USD"], 0.025, S),
    ("940561", "LED fabric lightbox frames for exhibition stands, new", "import", ["sea"], ["CN"], (10, 20), (2000, 5000), ["USD"], 0.1, S),
    ("381400", "Pre-wrap panel wipe, isopropanol and heptane, 1 l", "import", ["air"], ["IN", "US"], (5, 10), (100, 400), ["USD"], 1.3, S),
    ("280429", "Neon gas in 1 l glass flasks, for neon benders", "import", ["air"], ["CN", "UA"], (100, 200), (20, 60), ["USD"], 4, S),
    ("842410", "Foam fire extinguishers, 6 l, for exhibition stands", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.1, S),
    ("381400", "Screen-printing press wash, citrus-based, 5 l", "import", ["sea"], ["AR", "US"], (3, 6), (1000, 3000), ["USD"], 0.2, S),
    ("340399", "Wax mould-release paste for fibreglass letters and props, 500 g", "import", ["sea"], ["IN", "CN"], (4, 8), (1000, 3000), ["USD"], 2, S),
    ("320890", "Chrome-effect spray paint for sign letters, 400 ml, DME propellant", "import", ["sea"], ["ID", "TR"], (4, 8), (2000, 5000), ["USD"], 2, S),
    ("831000", "Brass sign letters, new, brushed, 100 mm", "import", ["post"], ["TN", "CN"], (30, 60), (1, 3), ["EUR", "USD"], 8, S),
    ("680990", "Plaster display busts for shop windows, new, patinated", "import", ["sea"], ["LB", "CN"], (3, 6), (500, 2000), ["USD"], 0.2, S),
    ("940360", "Pharmacy-style wooden shop fittings, new, reproduction", "export", ["sea"], ["US", "CA"], (8, 15), (2000, 6000), ["EUR"], 0.01, S),
    ("392690", "Resin replica Maya stela panels for stand decoration, new", "import", ["air"], ["GT", "MX"], (10, 20), (100, 400), ["USD"], 0.1, S),
    ("442199", "Carved and gilded wooden signboards, new, Chinese style", "import", ["sea"], ["CN"], (5, 10), (1000, 3000), ["USD"], 0.05, S),
    ("831000", "Hanging shop signs, brass and enamel, new, reproduction", "export", ["post"], ["US", "CH"], (40, 80), (1, 3), ["EUR"], 0.5, S),
    ("441821", "Carved teak doors, new, Rajasthani style", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 0.01, S),
    ("902620", "Pirani vacuum gauges for neon pumping benches, new", "import", ["air"], ["CN", "US"], (100, 200), (20, 80), ["USD"], 2, S),
    ("846592", "3-axis CNC routers for sign making, 1.3 x 2.5 m, new", "import", ["sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 0.001, S),
    ("852589", "Uncooled thermal cameras, 160 x 120, 9 Hz, for building inspection", "import", ["air"], ["CN", "US"], (150, 300), (20, 100), ["USD"], 3, S),
    ("701990", "Fibreglass feather-flag poles with bases, 4 m", "import", ["sea"], ["CN"], (3, 6), (1000, 3000), ["USD"], 0.5, S),
    ("741012", "Imitation gold leaf (Dutch metal, brass), booklets", "import", ["post"], ["CN", "IN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("670210", "Artificial succulents and air plants, plastic, for shop windows", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 10, S),
    ("330749", "Scent-marketing diffuser oils, synthetic oud, 500 ml", "import", ["air"], ["MY", "AE"], (30, 60), (50, 200), ["USD"], 2, S),
    ("442199", "Black-painted MDF sign letters, 300 mm", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 3000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("611596", "Knitted slipper socks with grip soles", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 12, N),
        ("460219", "Willow picnic hampers, empty", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 5000), ["USD"], 0.5, N),
        ("392410", "Plastic measuring cups and jugs, nested sets", "import", ["sea"], ["CN", "TR"], (2.5, 4), (3000, 8000), ["USD", "EUR"], 4, N),
        ("630790", "Fabric pin cushions and sewing tidies", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind268", 20701101, HERE)


if __name__ == "__main__":
    main()
