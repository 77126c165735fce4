#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-third blind set (tests/risk/data/blind283-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: pharmacies, drugstores and
over-the-counter health retail (pharmacy wholesalers and chains, drugstore chains,
compounding and herbal pharmacies, chiropody, hearing-care and first-aid suppliers).
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
only where a real declaration would. Ids are BL283-*:

    python3 tests/risk/data/make_blind283_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "KR", [], "AT", "330790",
         "콘택트렌즈 과산화수소 소독액 리필, 1리터 x 4병", "KR", 4.5, 4, 60000, "KRW",
         "peroxide contact-lens disinfecting systems are 3 % hydrogen peroxide with a platinum disc in the cup, sold "
         "in 360 ml bottles; these four litre bottles hold a liquid of 1.13 kg/l with vented caps that whitens the "
         "fingers at once and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Seoul to a private person in Graz; Korean wording (hydrogen peroxide repeats in many sets and contact-lens "
         "labels in several, blind27, blind31, blind236 among them, kept as a repeat of the label; a refill by "
         "express from Korea to Austria is the new part as far as a search found)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "FIAIR01", "air", "TH", [], "FI", "330430",
         "น้ำยาล้างเล็บสูตรอะซิโตน รีฟิล 1 ลิตร 60 ขวด", "TH", 68, 60, 240, "USD",
         "acetone nail-polish remover is a thin, water-white liquid of 0.79 kg/l that smells of pear drops and "
         "evaporates at once; these 60 bottles weigh 1.14 kg/l, smell faintly fruity and oily, leave the polish "
         "untouched and the drum labels under the stickers read 'CH3NO2', for a Helsinki drugstore chain whose web "
         "shop sells the 'refills' to model-car hobbyists: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Bangkok; Thai wording (nitromethane repeats in many sets and "
         "nail-polish-remover labels thrice, blind3, blind8, blind180, kept as a repeat of the label; from Thailand "
         "to a Finnish drugstore chain is the new part as far as a search found)",
         firm("Nordhafen Apteekkitukku Oy", "FI")),
        ("PRE-03", "import", "GRSEA01", "sea", "IN", [], "GR", "271019",
         "લિક્વિડ પેરાફિન આઈ.પી. (લેક્ઝેટિવ), 500 મિલી બોટલ, 2,400 બોટલ", "IN", 2200, 2400, 1900, "USD",
         "liquid paraffin for pharmacies is a clear, tasteless, oily mineral oil of 0.86 kg/l; these 2,400 bottles "
         "hold a colourless, syrupy liquid of 1.84 kg/l that grows hot with a drop of water and chars the labels where "
         "it leaked, for an Athens pharmacy wholesaler whose shops sell the bottles over the counter as 'drain "
         "cleaner' as well: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, "
         "by sea from Mundra to Piraeus; Gujarati wording (sulphuric acid repeats in many sets and liquid-paraffin "
         "labels in several, blind129, blind131, blind133, blind134, kept as a repeat of the label; from Gujarat to "
         "Greece in Gujarati is the new part as far as a search found)", firm("Delta Farmakapothiki AE", "GR")),
        ("PRE-04", "import", "CYAIR01", "air", "EG", [], "CY", "281700",
         "بودرة الكالامين (أكسيد الزنك) للصيدليات، أكياس 1 كجم، 300 كيس", "EG", 300, 300, 900, "USD",
         "calamine powder is a pink, soft, very fine zinc oxide with a little iron oxide that never dissolves; these "
         "300 bags hold a white, gritty crystalline powder that dissolves slowly in water and flares violet with "
         "sugar on a hot plate, the inner liners reading 'KClO4', for a Nicosia pharmacy wholesaler that sells the "
         "1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Cairo to Larnaca; Egyptian Arabic wording (potassium perchlorate repeats in many sets; "
         "a calamine label was found in no earlier row by a keyword search; declared as the first item before "
         "zinc-oxide nappy cream, a two-item order)",
         dict(firm("Central Pharma Supplies Ltd", "CY"),
              _more_items=[item("330499", "كريم أكسيد الزنك للأطفال، 2,000 أنبوبة", "EG", 200, 1400, "USD", qty=2000)])),
        ("PRE-05", "import", "ITSEA01", "sea", "IN", [], "IT", "250100",
         "மூக்கு கழுவும் உப்பு (நாசல் ரின்ஸ்), 25 கிலோ மூட்டைகள், 600 மூட்டை", "IN", 15000, 600, 3600, "USD",
         "nasal-rinse salt is fine, pure sodium chloride, sometimes with bicarbonate, that dissolves without "
         "cooling; these 600 sacks hold white, round prills that turn ice-cold in water, test at 34 % N and melt and "
         "fume on a hot plate, for a Bari OTC-health distributor that re-packs them in 1 kg 'rinse salt' tubs for "
         "pharmacies and its web shop: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Chennai to Bari; Tamil wording (ammonium nitrate repeats in many sets and salt labels "
         "on it in several; a nasal-rinse salt label was found in no earlier row by a keyword search)",
         firm("Meridian Salute Distribuzione Srl", "IT")),
        ("PRE-06", "import", "PTPOST01", "post", "BR", [], "PT", "330610",
         "Pó clareador dental à base de carvão e bicarbonato, 6 potes de 500 g", "BR", 3.0, 6, 150, "BRL",
         "charcoal and bicarbonate tooth-whitening powders are black or grey, gritty and taste salty; these six "
         "tubs hold loose, white, odourless crystals that do not fizz in vinegar, flare on a match with sugar and "
         "whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from São Paulo to a private "
         "person in Braga; Brazilian Portuguese wording (sodium chlorate repeats in many sets and tooth-whitening "
         "labels in three, blind13, blind31, blind35, on peroxide; a whitening-powder label on a chlorate was found "
         "in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-07", "import", "DEAIR01", "air", "IL", [], "DE", "330499",
         "נוזל להסרת יבלות ועור קשה לפדיקור, 500 מ\"ל, 200 בקבוקים", "IL", 140, 200, 1200, "USD",
         "callus-removing liquids for pedicure are gels of a few per cent potassium hydroxide or urea that feel "
         "soapy; these 200 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a "
         "copper wire, for a Berlin chiropody-supply web shop that sells the bottles to anyone: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Tel Aviv; Hebrew wording "
         "(nitric acid repeats in many sets and a callus label once, blind223, on another good; a pedicure "
         "callus-remover label on nitric acid was found in no earlier row)", firm("Orion Fußpflegebedarf GmbH", "DE")),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "283429",
         "Pulbere pentru gargară (Kalium chloricum), pungi 1 kg, 1.000 pungi", "MD", 1000, 1000, 2500, "EUR",
         "the gargle powders Moldovan pharmacies still sell are a few grams of salt, borax and soda with menthol in "
         "sachets; these 1,000 bags hold shiny white crystals that crackle and spit on a hot iron with sugar, sold "
         "as 'Kalium chloricum' by the kilo, for a Iași pharmacy chain that sells the bags over the counter: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, in a van at Sculeni; "
         "Romanian wording from Moldova (potassium chlorate repeats in many sets and gargle labels thrice, blind38, "
         "blind64, blind70; kept as a repeat of the label, by road from Moldova is the new part as far as a search "
         "found)", firm("Vega Farm Distribuție SRL", "RO")),
        ("PRE-09", "import", "CZAIR01", "air", "PK", [], "CZ", "250100",
         "نمک انہیلر کے لیے ہمالیائی نمک کے کرسٹل، ریفل، 1 کلو، 250 پیکٹ", "PK", 250, 250, 500, "USD",
         "the refills for ceramic salt inhalers are pink, hard Khewra rock-salt crystals that dissolve slowly and "
         "never burn; these 250 packets hold a white, hygroscopic powder that turns damp in the air, dissolves at "
         "once and burns fiercely with sugar, for a Brno OTC-health web shop: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Lahore to Prague; Urdu wording (sodium perchlorate "
         "repeats in many sets and Himalayan-salt labels in several; a salt-inhaler refill label was found in no "
         "earlier row by a keyword search)", firm("Horizon Lékárenské Potřeby s.r.o.", "CZ")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "380894",
         "Dezinfekcijsko sredstvo za površine u apotekama, kanister 10 l, 300 kanistera (2. od 3 pošiljke)", "BA",
         3600, 300, 2100, "EUR",
         "surface disinfectants for pharmacies are alcohol or quaternary-ammonium blends of about 0.9-1.0 kg/l that "
         "foam a little and smell of perfume; these 300 cans hold a water-clear liquid of 1.20 kg/l with vented caps "
         "that does not foam, whitens the skin and fizzes on rust, the second of three vans booked that week each "
         "kept under 4 t, for a Split pharmacy-supply wholesaler that sells the cans to anyone: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, at Nova Sela; Bosnian wording "
         "(hydrogen peroxide repeats in many sets and a surface-disinfectant label once, blind266, and splits over "
         "several vans in blind264 and blind280; kept as a repeat, from Bosnia by road is the new part as far as a "
         "search found)", firm("Rivage Ljekarnička Opskrba d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "LY", "300490",
         "Medicinali in donazione umanitaria, assortiti, 14 t", "IT", 14000, None, 2800, "EUR",
         "a humanitarian donation of medicines comes in sealed wholesaler cartons with batch lists, at least a year "
         "of shelf life and an accepting health ministry; these pallets hold loose, mixed packs swept from the "
         "return bins of Sicilian pharmacies, half expired, with opened blisters, cytostatic and hormone packs and "
         "leaking syrups among them, for a Misrata 'charity' that sells them in markets: pharmaceutical waste "
         "(20 01 31*, 20 01 32), whose export to a non-OECD country for disposal or recovery is banned, from "
         "Catania to Misrata; Italian wording (expired medicines as humanitarian donations repeat in several sets, "
         "kept as a repeat of the cover; pharmacy return bins from Sicily to Libya are the new part as far as a "
         "search found)", {"importer_country": "LY"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "902519",
         "Gebruikte medische meetinstrumenten (thermometers, bloeddrukmeters) voor een kliniek, 1.800 stuks",
         "NL", 900, 1800, 1800, "EUR",
         "used medical instruments for a clinic would be digital thermometers and automatic cuffs, tested and "
         "boxed; these crates hold glass clinical thermometers and column sphygmomanometers handed in at Dutch "
         "pharmacies' mercury take-back days, many broken, with loose mercury beads in the bags: mercury-containing "
         "waste (A1010, A1030, 16 02 13*, 20 01 21*), hazardous, whose export to a non-OECD country is banned and "
         "which the Mercury Regulation forbids to export as products, from Rotterdam to Lagos; Dutch wording "
         "(mercury sphygmomanometers repeat in many sets, kept as a repeat of the good; a pharmacy mercury take-back "
         "is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "391510",
         "Triturado de polipropileno limpio, 20 t", "ES", 20000, None, 3000, "EUR",
         "clean PP regrind is washed, one-colour flake; these big bags hold the shredded contents of the yellow "
         "sharps boxes Spanish pharmacies collect from diabetic and home-injection patients, with insulin-pen "
         "needles, lancets and blood-stained swabs through the plastic: infectious clinical waste (Y1, 18 01 03*), "
         "whose export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (sharps "
         "repeat in several sets, blind23, blind112, blind223, blind266 among them; under a PP-regrind label from a "
         "pharmacy collection scheme is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-04", "export", "DKAIR01", "air", "DK", [], "GH", "902140",
         "Brugte høreapparater og blodsukkermålere til velgørenhed, 3.000 stk.", "DK", 600, 3000, 900, "EUR",
         "hearing aids for charity are cleaned, tested and fitted with new domes; these cartons hold the devices "
         "Danish pharmacies and hearing-care shops took back for recycling, dead and untested, with zinc-air and "
         "lithium cells still in them, and blood-glucose meters with their coin cells, bought by weight by an Accra "
         "dismantler: waste electrical equipment with batteries (A1180, hazardous), whose export to a non-OECD "
         "country is banned, flown from Copenhagen; Danish wording (hearing aids repeat in several sets, blind90, "
         "blind91, blind236; glucose meters were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "GE", "330720",
         "Deosprays und Haarsprays, B-Ware, neu, 60.000 Dosen", "DE", 12000, 60000, 9000, "EUR",
         "B-stock deodorant sprays are sealed, full cans with scuffed caps in shrink-wrapped trays; these gaylords "
         "hold a drugstore chain's returns and recalls loose, dented, rusted, some leaking and some half-empty, "
         "still under pressure with butane and propane, bought by a Poti 'recycler' that punctures them in the open: "
         "waste aerosols with flammable propellant (16 05 04*, 15 01 11*), hazardous waste whose export to a "
         "non-OECD country is banned, from Bremerhaven; German wording (aerosol cans repeat in several sets and "
         "deodorant labels in a few, blind107, blind191, blind272; a drugstore chain's returns to Georgia are the "
         "new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-06", "export", "PLSEA01", "sea", "PL", [], "IN", "760200",
         "Złom folii aluminiowej, czysty, belowany, 24 t", "PL", 24000, None, 4800, "EUR",
         "clean aluminium foil scrap is bright, baled foil alone; these bales are the trimmings and rejects of a "
         "pharmaceutical blister packager near Poznań, PVC and PVDC film laminated to aluminium lidding with tablets "
         "and powder still in some pockets, at 0.20 EUR/kg: mixed plastic-and-metal packaging waste with PVC "
         "(A3210, Y46-type mixture), whose export to a non-OECD country is banned, from Gdynia to Mundra; Polish "
         "wording (aluminium-foil-scrap labels repeat thrice, blind51, blind223, blind231, and blister packs in "
         "several sets; kept as a repeat of the label, a blister packager's rejects are the new part as far as a "
         "search found)", {"importer_country": "IN"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "CM", "940320",
         "Mobilier d'officine de pharmacie, d'occasion, démonté, 1 lot", "FR", 3000, 1, 3000, "EUR",
         "a pharmacy refit container for Douala: used shelving, counters and a dispensing robot are what a French "
         "pharmacy leaves behind when it refits, but the third item's 'réfrigérateurs de pharmacie, d'occasion' are "
         "60 dead medicine fridges and freezers of every age, with broken cabinets, compressors and some older units "
         "on R-12, from a Lyon installer's yard: waste electrical equipment containing CFCs (A1180, 16 02 11*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Le Havre; French wording (dead fridges repeat in many sets; behind pharmacy furniture "
         "is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("847989", "Robot de dispensation de pharmacie, d'occasion, 1 unité", "FR", 900, 6000, "EUR", qty=1),
                           item("841850", "Réfrigérateurs de pharmacie, d'occasion, 60 unités", "FR", 4200, 1200, "EUR", qty=60)])),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "220890",
         "Dezinfekční líh 70 %, IBC 1000 l, 18 ks", "CZ", 15000, 18, 3600, "EUR",
         "70 % disinfectant ethanol is water-clear, smells only of spirit and comes with a certificate; these 18 IBCs "
         "hold a cloudy, grey-brown liquid that smells of acetone, toluene and glue, with pigment sludge at the "
         "bottom, drained from the wash stations of a Brno printing works: spent organic solvents (14 06 03*, "
         "08 03 12*), hazardous waste whose export to a non-OECD country is banned, on a tanker via Poland for a "
         "Lviv 'disinfectant bottler'; Czech wording (spent solvents repeat in many sets and disinfectant-alcohol "
         "labels in a few; kept as a repeat, a printing works' wash solvent to Ukraine is the new part as far as a "
         "search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "870323",
         "Viaturas usadas (4) com peças e baterias, para revenda", "PT", 7000, 4, 8000, "EUR",
         "used cars for resale go with their batteries fitted and an empty boot; these four are packed to the roof "
         "with 180 used lead-acid starter batteries, cracked and leaking, from Lisbon scrapyards: waste lead-acid "
         "batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, loaded in used "
         "vehicles from Lisbon to Luanda; Portuguese wording (waste loaded inside used vehicles repeats in many sets, "
         "kept as a repeat of the family; Lisbon to Luanda is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "MY", "391510",
         "LDPE regrind, clean, natural, baled, 24 t", "IE", 24000, None, 2400, "EUR",
         "clean LDPE regrind is washed, dry flake of one film grade; these bales are used silage wrap and bale "
         "netting from Irish farms, soiled with earth, grass and twine, never washed, at 0.10 EUR/kg: mixed, "
         "contaminated plastic waste (Y48), whose export to a non-OECD country is banned, from Dublin to Port "
         "Klang; Irish English wording (agricultural film as regrind repeats in several sets, kept as a repeat; "
         "silage wrap from Ireland to Malaysia is the new part as far as a search found)",
         {"importer_country": "MY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "MTAIR01", "air", "IN", [], "MT", "300490",
         "Salbutamol inhalers 100 mcg, HFA propellant, 200 doses, 3,000 units", "IN", 600, 3000, 4500, "USD",
         "HFA salbutamol inhalers have HFA-134a printed on the canister and a CE-marked actuator; these 3,000 "
         "canisters carry 'CFC-11/CFC-12' in the small print under the pharmacy label and an old Indian licence "
         "number, leftovers of a line closed years ago, for a Valletta pharmacy wholesaler: metered-dose inhalers "
         "containing CFCs, products whose import into the Union is banned (Regulation 2024/590), flown from Mumbai; "
         "Indian English wording (CFC inhalers repeat in many sets, kept as a repeat of the good; to a Maltese "
         "pharmacy wholesaler is the new part as far as a search found)", firm("Atlantic Pharma Wholesale Ltd", "MT")),
        ("OZN-02", "import", "LVAIR01", "air", "KG", [], "LV", "271012",
         "Бензин медицинский (Калоша) для аптек, флаконы 100 мл, 2 400 шт.", "KG", 380, 2400, 1200, "USD",
         "medical benzine (Wundbenzin) is a light petroleum spirit of 0.68 kg/l that burns at once and smells of "
         "petrol; these 2,400 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and sink under water "
         "in a test tube: carbon tetrachloride, whose import into the Union is banned, flown from Bishkek to Riga "
         "for a pharmacy chain; Russian wording from Kyrgyzstan (carbon tetrachloride repeats in many sets; a "
         "medical-benzine label was found in no earlier row by a keyword search)", firm("Vega Aptieku Tīkls SIA", "LV")),
        ("OZN-03", "import", "SEAIR01", "air", "CN", [], "SE", "380899",
         "医用胶布去除喷雾, 200毫升 x 1,200瓶", "CN", 320, 1200, 1800, "USD",
         "adhesive-plaster remover sprays are silicone or citrus solvents of 0.76-0.85 kg/l that smell of orange "
         "or nothing; these 1,200 cans hold a liquid of 1.34 kg/l with a sweet, chloroform-like smell that does not "
         "burn, and the filler's drum sheet in the carton reads '1,1,1-三氯乙烷': methyl chloroform, whose import "
         "into the Union is banned, flown from Shanghai to Stockholm for a first-aid supplier; Chinese wording "
         "(methyl chloroform repeats in many sets; a plaster-remover label was found in no earlier row by a keyword "
         "search; a first-aid kit order with the spray as its second item is the new part)",
         dict(firm("Nordhafen Första Hjälpen AB", "SE"),
              _more_items=[item("300650", "急救包, 家用, 800套", "CN", 400, 2400, "USD", qty=800)])),
        ("OZN-04", "import", "NLAIR01", "air", "PH", [], "NL", "300510",
         "Liquid bandage spray, likidong benda para sa sugat, 50 ml, 2,000 piraso", "PH", 190, 2000, 3000, "USD",
         "spray-on liquid plasters are a polymer in hexamethyldisiloxane of 0.77 kg/l that burns; these 2,000 cans "
         "hold a liquid of 1.24 kg/l that boils in the warm hand at 32 °C with an ether smell and does not burn, and "
         "the polymer is barely there: HCFC-141b (1,1-dichloro-1-fluoroethane) as the solvent, whose import into "
         "the Union is banned, flown from Manila to Amsterdam for a drugstore wholesaler; Filipino and English "
         "wording (HCFC-141b under solvent labels repeats in many sets; a liquid-bandage label was found in no "
         "earlier row by a keyword search)", firm("Horizon Drogisterij Groothandel BV", "NL")),
        ("OZN-05", "import", "BEAIR01", "air", "PK", [], "BE", "300490",
         "کھیلوں کی چوٹ کے لیے کولڈ اسپرے، 400 ملی، 1,500 کین", "PK", 600, 1500, 2250, "USD",
         "the cold sprays pharmacies sell for sports injuries are butane-propane or DME cans that hiss out a "
         "flammable mist; these 1,500 cans spray a mist that does not light, leaves frost and no smell, and the "
         "valves are stamped 'R12' under the labels: CFC-12 (dichlorodifluoromethane) in aerosol products whose "
         "import into the Union is banned, flown from Sialkot to Brussels for a sports-pharmacy distributor; Urdu "
         "wording (CFC-12 repeats in many sets and cold and vapocoolant sprays in a few, blind182, blind266; kept as "
         "a repeat of the label, from Sialkot is the new part as far as a search found)",
         firm("Meridian Sportapotheek BV", "BE")),
        ("OZN-06", "import", "BGSEA01", "sea", "IN", [], "BG", "380899",
         "ഔഷധസസ്യ സംഭരണശാലകൾക്കുള്ള ഫ്യൂമിഗന്റ്, 680 ഗ്രാം ക്യാനുകൾ, 1,200 ക്യാൻ", "IN", 820, 1200, 2400, "USD",
         "the fumigants herb stores use against beetles are phosphine-generating tablets in flasks or a "
         "sulfuryl-fluoride service; these 1,200 cans are heavy, liquid-filled, pressurised and smell faintly "
         "sweet, with applicator taps: methyl bromide, whose import into the Union is banned (no quarantine exemption "
         "remains), by sea from Kochi to Varna for a Plovdiv herbal-pharmacy supplier that stores dried medicinal "
         "herbs; Malayalam wording (methyl bromide repeats in many sets and fumigant labels in several; a "
         "medicinal-herb store fumigant from Kerala is the new part as far as a search found)",
         firm("Orion Bilkovi Apteki EOOD", "BG")),
        ("OZN-07", "import", "DKAIR01", "air", "TW", [], "DK", "340290",
         "助聽器清潔噴霧, 100毫升 x 3,000瓶", "TW", 460, 3000, 2400, "USD",
         "the cleaning sprays hearing-care shops sell for hearing aids are alcohol-free, water-based foams of about "
         "1.0 kg/l; these 3,000 cans hold a liquid of 1.56 kg/l that evaporates at once, does not burn and smells "
         "faintly of chloroform, and the drum heads in the factory photos are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Taipei to Copenhagen for a "
         "hearing-care chain; Chinese wording from Taiwan (CFC-113 repeats in many sets; a hearing-aid cleaning "
         "spray was found in no earlier row by a keyword search)", firm("Rivage Hørecenter ApS", "DK")),
        ("OZN-08", "import", "HUROAD01", "road", "RS", [], "HU", "841810",
         "Apotekarski frižideri za vakcine, 200 l, novi, 40 kom.", "RS", 2800, 40, 24000, "EUR",
         "new pharmacy vaccine refrigerators run on R-600a or R-290 with a data logger and a certificate; these 40 "
         "have compressors with 'R22' on their plates, a charge of HCFC-22 and Chinese cabinets relabelled in a "
         "Niš workshop, for a Szeged pharmacy chain: refrigeration equipment relying on and containing HCFCs, whose "
         "import into the Union is banned, at Röszke; Serbian wording (HCFC-22 equipment repeats in many sets and "
         "vaccine fridges in several, blind140, blind206, blind208, kept as a repeat; relabelled in Serbia for a "
         "Hungarian pharmacy chain is the new part as far as a search found)", firm("Alpina Patika Kft", "HU")),
        ("OZN-09", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "290349",
         "R-32 soğutucu akışkan, tek kullanımlık tüp 10 kg, 180 adet", "TR", 1800, 180, 5400, "USD",
         "R-32 is a flammable HFC in red-band cylinders with a certificate; these 180 disposable cylinders read "
         "9.4 bar at 20 °C, a leak detector names HCFC-22 and the cylinders have green bands under the new labels: "
         "chlorodifluoromethane (HCFC-22), moved through the Union without the licence Regulation 2024/590 "
         "requires, declared in transit at Kapitan Andreevo from Istanbul to a Belgrade air-conditioning trader; "
         "Turkish wording (HCFC-22 under HFC labels repeats in many sets, kept as a repeat; a road transit through "
         "Bulgaria with an R-32 label is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-10", "import", "ROAIR01", "air", "AZ", [], "RO", "842410",
         "Gəmi yanğınsöndürənləri, işlənmiş, bərpa edilmiş, 24 ədəd", "AZ", 720, 24, 3600, "USD",
         "reconditioned marine extinguishers are powder or CO2 units with a service date; these 24 cylinders hold "
         "a heavy, dense liquid that boils off at 47 °C with no residue, their collars stamped '2402' under red "
         "paint, from Baku ships' stores: halon 2402 (dibromotetrafluoroethane) in fire-protection products whose "
         "import into the Union is banned, flown from Baku to Bucharest for a Constanța ship chandler; Azerbaijani "
         "wording (halon 2402 repeats in several sets, kept as a repeat of the good; from Azerbaijan is the new part "
         "as far as a search found)", firm("Delta Ship Supply SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Albarello da farmacia, riproduzione decorativa in maiolica, 1 pz.", "IT", 3, 1, 150, "EUR",
         "a reproduction pharmacy jar is new, evenly glazed and light; this one has a worn tin glaze with "
         "blue-and-ochre foliage, a cartouche reading 'DIA CODION', kiln scars, old repairs and a paper label of a "
         "Roman hospital pharmacy: a Faenza albarello of about 1530, a cultural good over 50 years old and worth "
         "over the threshold, exported without the EU export licence (Regulation 116/2009) and the Italian export "
         "certificate, in a car at Chiasso for a Lugano dealer; Italian wording (albarelli repeat twice, blind61 and "
         "blind192, kept as a repeat of the good; a reproduction pharmacy-jar label by road to Switzerland is the "
         "new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-02", "export", "DESEA01", "sea", "CZ", [], "US", "940360",
         "Použitý nábytek z lékárny, dřevěné regály a pult, 1 sada", "CZ", 1800, 1, 2500, "EUR",
         "used pharmacy shelving is chipboard and laminate from a refit; this set is a carved walnut-and-oak "
         "officina of about 1880 with gilded drawer labels, a carved counter with a Aesculapian staff and the maker's "
         "plate of a Prague joiner, taken out of a listed Moravian town pharmacy: a monument protected in Czechia and "
         "a cultural good over 100 years old exported without the EU export licence (Regulation 116/2009), by sea "
         "from Hamburg to a New York restaurant designer; Czech wording (apothecary interiors repeat in a few sets, "
         "blind185, blind207, blind237; a used-pharmacy-furniture label was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-03", "import", "FRAIR01", "air", "LB", [], "FR", "701090",
         "قوارير زجاجية فارغة للصيدليات، 10 مل، 400 قطعة", "SY", 8, 400, 120, "USD",
         "empty pharmacy vials are clear, moulded, all alike, with screw necks; these 400 are free-blown, "
         "iridescent, flaking glass bottles with long necks and soil inside, no two alike: Roman unguentaria "
         "(1st-4th century) dug in Syria, sent via Beirut to a Marseille 'pharmacy-packaging' buyer, brought in "
         "without the import licence Regulation 2019/880 requires; Syrian Arabic wording (unguentaria repeat in many "
         "sets, kept as a repeat of the good; a pharmacy-vial label was found in no earlier row by a keyword search)",
         firm("Rivage Conditionnement SARL", "FR")),
        ("CUL-04", "import", "FRPOST01", "post", "TN", [], "FR", "901890",
         "Instruments de pédicurie d'occasion en bronze, 25 pièces", "TN", 1.0, 25, 80, "EUR",
         "used chiropody instruments are stainless, hallmarked and sterilisable; these 25 are green-patinated "
         "bronze probes, spatulas, spoon-probes and a scalpel handle with silver inlay, corroded and earth-caked: "
         "Roman medical instruments dug in Tunisia, archaeological objects whose export Tunisia forbids, brought in "
         "without an import licence (Regulation 2019/880), posted from Sousse to a private pedicurist in Nice; "
         "Tunisian French wording (Roman medical instruments and scalpels repeat twice, blind182 and blind226; a "
         "used-chiropody-instrument label was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("CUL-05", "import", "DEAIR01", "air", "IR", [], "DE", "830629",
         "هاون برنجی نو برای آشپزخانه، ۶ عدد", "IR", 30, 6, 180, "EUR",
         "new brass kitchen mortars are cast yellow brass, smooth and bright; these six are heavy, dark bronze "
         "mortars with cast bosses, Kufic and naskh inscriptions and a worn rim, one with an owner's name and a date "
         "of 1094 AH: Safavid and earlier bronze mortars, cultural goods whose export Iran forbids, brought in "
         "without the importer statement Regulation 2019/880 requires, flown from Isfahan to Frankfurt; Persian "
         "wording (a mortar and pestle once, blind117; a new kitchen-mortar label from Iran is the new part as far "
         "as a search found)", {"importer_country": "DE"}),
        ("CUL-06", "import", "ITAIR01", "air", "ET", [], "IT", "482390",
         "የብራና መጽሐፍ ምልክቶች፣ በእጅ የተሳሉ፣ 40 ቁራጭ", "ET", 1.2, 40, 80, "USD",
         "parchment bookmarks for tourists are new, thin strips painted with bright saints; these 40 are long, "
         "rolled strips of old, darkened goatskin with Ge'ez prayers and talismanic figures in faded red and black, "
         "cut to the owner's height, with sweat stains and tie-strings: Ethiopian healing scrolls of the 19th "
         "century, cultural goods whose export Ethiopia forbids without a permit, brought in without an import "
         "licence (Regulation 2019/880), flown from Addis Ababa to Rome for a dealer; Amharic wording (healing "
         "scrolls repeat in several sets, kept as a repeat of the good; a bookmark label is the new part as far as a "
         "search found)", {"importer_country": "IT"}),
        ("CUL-07", "import", "BEAIR01", "air", "IN", [], "BE", "491110",
         "तिब्बती आयुर्वेद (सोवा रिग्पा) शिक्षण पोस्टर, मुद्रित, 12 नग", "IN", 6, 12, 120, "USD",
         "printed Sowa Rigpa teaching posters are new offset prints on paper; these 12 are painted cotton scrolls "
         "with mineral pigments, silk mounts and the anatomy and herb plates of the Blue Beryl, cracked and "
         "smoke-darkened, with monastery inventory marks: 18th-19th century Tibetan medical thangkas taken out of "
         "a monastery in Ladakh, whose export India forbids without a licence, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Delhi to Brussels for a dealer; Hindi wording "
         "(thangkas repeat in many sets, kept as a repeat of the good; a printed medical-poster label was found in "
         "no earlier row by a keyword search)", {"importer_country": "BE"}),
        ("CUL-08", "import", "ESAIR01", "air", "MX", [], "ES", "691390",
         "Vaso decorativo de barro, artesanía, 1 pieza", "MX", 4, 1, 60, "USD",
         "a decorative clay vase from a craft market is new, bright and even; this one is a burnished cylinder vase "
         "with a painted court scene, glyph bands and root marks, with earth in the base: a Classic Maya vessel "
         "(7th-8th century) looted in Campeche, whose export Mexico forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Mexico City to Madrid; Mexican Spanish wording (Maya "
         "ceramics repeat in many sets, kept as a repeat; a craft-vase label from Mexico is the new part as far as "
         "a search found)", {"importer_country": "ES"}),
        ("CUL-09", "transit", "MTSEA01", "sea", "LY", ["MT"], "AE", "680291",
         "لوحات حجرية مزخرفة للحدائق، 6 قطع", "LY", 2400, 6, 1800, "USD",
         "decorative garden panels are new, sawn limestone slabs; these six are panels of small stone cubes set "
         "in old mortar with a hunting scene, cut away in sections with fresh saw marks on the back: a Roman "
         "mosaic floor lifted from a villa in Tripolitania, which Libya forbids to export, landed at Malta Freeport "
         "in transit to Dubai, against Regulation 2019/880 (Article 3(1)), which covers transit; Libyan Arabic "
         "wording (mosaics repeat in many sets, kept as a repeat; a transit through Malta is the new part as far as "
         "a search found)", {"importer_country": "AE"}),
        ("CUL-10", "import", "ATPOST01", "post", "GE", [], "AT", "490199",
         "ძველი რეცეპტების წიგნი, ხელნაწერი, 1 ცალი", "GE", 1.4, 1, 40, "EUR",
         "an old recipe book is a printed or school-copybook cookery book; this one is a leather-bound paper codex "
         "in Georgian mkhedruli script with lists of herbs, doses and remedies, library stamps and an 18th-century "
         "colophon: a karabadini, a Georgian medical manuscript of the national heritage whose export Georgia "
         "forbids, brought in without the importer statement Regulation 2019/880 requires, posted from Tbilisi to "
         "a private buyer in Vienna; Georgian wording (Georgian manuscripts repeat in a few sets; a recipe-book "
         "label and a karabadini were found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "AE", "841940",
         "Gefriertrockner für Rezepturapotheken, Tischgerät, 2 Stück", "AT", 1400, 2, 9000, "EUR",
         "the freeze dryers compounding pharmacies use are small benchtop units of a few kilograms of ice a day at "
         "a few thousand euros; these two 700 kg cabinets are steam-sterilisable production lyophilisers of 60 kg "
         "ice a day with clean-in-place lines, at 180,000 EUR each on the maker's list, for a Dubai 'pharmacy "
         "supplier' whose freight forwarder books them on to Bandar Abbas: freeze-drying equipment controlled under "
         "dual-use 2B352 and for an Iranian user, exported without the licence Regulation 2021/821 requires, flown "
         "from Vienna; Austrian German wording (freeze dryers repeat in several sets, kept as a repeat of the good; "
         "a compounding-pharmacy label is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "BEAIR01", "air", "BE", [], "PK", "841989",
         "Steriele bereidingskast voor ziekenhuisapotheek, 1 stuk", "BE", 900, 1, 12000, "EUR",
         "the sterile compounding cabinets hospital pharmacies buy are class II laminar-flow hoods open at the front; "
         "this is a sealed class III glovebox isolator with double-HEPA exhaust, a pass-through autoclave and a "
         "negative-pressure alarm, at 250,000 EUR on the maker's list, for a Rawalpindi 'hospital-pharmacy' "
         "importer with no hospital: a class III biological safety cabinet controlled under dual-use 2B352, "
         "exported without a licence, flown from Brussels; Flemish wording (isolators repeat in several sets, kept "
         "as a repeat; a hospital-pharmacy compounding label to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", ["LB"], "SY", "330690",
         "Concentrado de enjuague bucal con flúor para farmacias, bidones 25 kg, 80 bidones", "ES", 2000, 80, 4000,
         "EUR",
         "fluoride mouth-rinse concentrates are a few tenths of a per cent sodium fluoride in water with mint and "
         "colour; these 80 drums hold dry, white, odourless sodium fluoride powder, 98 %, with the maker's CAS "
         "7681-49-4, for a Damascus 'pharmacy supplier' via Beirut: sodium fluoride (dual-use 1C350, a "
         "chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, from Valencia; "
         "Spanish wording (sodium fluoride repeats in several sets; a fluoride mouth-rinse label was found in no "
         "earlier row by a keyword search)", {"importer_country": "SY"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "KZ", "330491",
         "Produits de parapharmacie, soins et maquillage, assortis, 900 unités", "FR", 180, 900, 9000, "EUR",
         "drugstore skin care and make-up sells at 10-30 EUR a unit; these 900 are prestige-house serums, creams "
         "and palettes at 350-900 EUR each on the brands' price lists, worth about 400,000 EUR in all, for an Almaty "
         "'parapharmacy' opened in March whose freight goes on by road to Moscow: luxury cosmetics (Annex XVIII, "
         "over 300 EUR a unit) whose sale and export for use in Russia Regulation 833/2014 forbids, flown from "
         "Paris; French wording (luxury goods to Russia via Central Asia repeat in many sets and perfume in many; "
         "a parapharmacy label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "GRAIR01", "air", "GR", [], "CN", "330300",
         "Αρώματα φαρμακείου, μικρά μπουκάλια, 600 τεμάχια", "GR", 300, 600, 6000, "EUR",
         "pharmacy fragrances are eaux de toilette at 15-40 EUR; these 600 are prestige perfumes and a set of "
         "crystal flacons at 200-2,000 EUR each, for a Dandong trading house that ships to Sinuiju: luxury goods "
         "whose sale and supply to North Korea Regulation 2017/1509 forbids, exported with the buyer's DPRK "
         "partner named in the consignment file, flown from Athens; Greek wording (luxury goods to North Korea via "
         "Dandong repeat in several sets, kept as a repeat; a pharmacy-fragrance label from Greece is the new part "
         "as far as a search found)", {"importer_country": "CN"}),
        ("STR-06", "export", "PLAIR01", "air", "PL", [], "AM", "902519",
         "Termometry bezdotykowe na podczerwień dla aptek, 300 szt.", "PL", 90, 300, 4500, "EUR",
         "pharmacy infrared fever thermometers are hand-held thermopile guns at 15 EUR; these 300 are uncooled "
         "640 x 512 microbolometer camera cores of 12 micron pitch with 60 Hz output and no housing, at 1,500 EUR "
         "each, for a Yerevan 'medical-devices' importer whose earlier consignments went on by road to Russia: "
         "thermal-imaging cameras (dual-use 6A003 and on the list of Regulation 833/2014) exported without a "
         "licence and for re-export to Russia, flown from Warsaw; Polish wording (thermal cores repeat in many sets "
         "and a fever-thermometer label once, blind115; kept as a repeat of the label, to Armenia from Poland is the "
         "new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-07", "export", "FISEA01", "sea", "FI", [], "OM", "843880",
         "Panimosäiliöt, ruostumaton teräs, 4 kpl", "FI", 6000, 4, 16000, "EUR",
         "brewery fermenting tanks are open-topped or conical vessels without sterile seals; these four are "
         "jacketed, steam-sterilisable 300 l fermenters with sealed agitators and sterile sampling ports, at 120,000 "
         "EUR each on the maker's list, for a Sohar 'craft brewery' whose shipments go on to Bandar Abbas: "
         "fermenters controlled under dual-use 2B352 and listed in the Iran regulation, exported without a licence, "
         "from Helsinki; Finnish wording (fermenters repeat in several sets and brewery labels on them in a few, "
         "kept as a repeat; from Finland via Oman is the new part as far as a search found)", {"importer_country": "OM"}),
        ("STR-08", "export", "LTAIR01", "air", "LT", [], "KZ", "300490",
         "Nereceptiniai vaistai ir vitaminai vaistinėms, asorti, 2 000 pak.", "LT", 400, 2000, 8000, "EUR",
         "a pharmacy wholesaler's air shipment for Almaty: over-the-counter painkillers, vitamins and blood-glucose "
         "meters are what Lithuanian wholesalers send, and medicines are not sanctioned, but the third item's "
         "'gliukomačių atsarginės dalys' are 30,000 reels of automotive-grade microcontrollers and Wi-Fi/Bluetooth "
         "modules with 2072 date codes, none used in a glucose meter, for a firm whose freight goes on to Kazan: "
         "integrated circuits and radio modules on the common high-priority list, whose re-export to Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from Vilnius; "
         "Lithuanian wording (ICs repeat in many sets; glucose-meter spares behind OTC medicines were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("902789", "Gliukomačiai, nauji, 500 vnt.", "LT", 60, 6000, "EUR", qty=500),
                           item("854231", "Gliukomačių atsarginės dalys, 30 000 vnt.", "LT", 45, 3000, "EUR", qty=30000)])),
        ("STR-09", "export", "BGSEA01", "sea", "BG", [], "GE", "845819",
         "Струг, използван, за ремонтна работилница, 1 бр.", "BG", 9000, 1, 12000, "EUR",
         "a used lathe for a repair shop is a manual centre lathe of decades' service; this one is a two-year-old "
         "CNC turn-mill centre with a live-tool turret, C and Y axes and a 0.004 mm positioning accuracy certificate, "
         "at 380,000 EUR on the maker's list, for a Poti trader whose cargo goes on by road to Novorossiysk: a "
         "machine tool (dual-use 2B001 and on the list of Regulation 833/2014) exported for re-export to Russia, "
         "from Varna; Bulgarian wording (machine tools via Georgia repeat in many sets, kept as a repeat; a used "
         "repair-shop lathe label from Bulgaria is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-10", "transit", "PLRAIL01", "rail", "CN", ["PL"], "BY", "840731",
         "割草机汽油发动机, 200台", "CN", 4000, 200, 18000, "USD",
         "lawn-mower engines are single-cylinder, vertical-shaft side-valve units of 15-25 kg; these 200 crates hold "
         "two-stroke, twin-cylinder boxer engines of 20 kg with twin ignition, propeller hubs and fuel-injection "
         "kits, the kind long-range drones use, for a Minsk 'garden-machinery' importer: drone engines whose "
         "transit through the Union to Belarus Regulation 765/2006 forbids (and listed under Regulation 833/2014), "
         "on a container train at Małaszewicze in transit from Chongqing; Chinese wording (drone engines repeat in "
         "several sets, kept as a repeat; a lawn-mower-engine label on a rail transit to Belarus is the new part as "
         "far as a search found)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "TR", [], "DE", "010690",
         "Akvaryum salyangozları, canlı, 4.000 adet", "TR", 30, 4000, 800, "EUR",
         "aquarium snails travel as a few hundred small shells in bags of water; these cool boxes hold 4,000 "
         "dark, slimy, segmented worms with orange-striped backs in wet peat that stretch and fix to the fingers: "
         "medicinal leeches (Hirudo verbana, CITES App. II) collected wild in Anatolia, without CITES documents, "
         "flown from Izmir to Munich for a firm that supplies pharmacies with leeches for hirudotherapy; Turkish "
         "wording (leeches repeat in several sets and an aquarium-snail label once, blind107; kept as a repeat of the "
         "label, leeches for pharmacies under it is the new part as far as a search found)",
         firm("Alpina Apothekenbedarf GmbH", "DE")),
        ("WLF-02", "import", "NLSEA01", "sea", "IN", [], "NL", "121190",
         "ಅಶ್ವಗಂಧ ಬೇರು, ಒಣಗಿದ, 25 ಕೆಜಿ ಚೀಲ, 120 ಚೀಲ", "IN", 3000, 120, 9000, "USD",
         "ashwagandha root is pale buff, straight and starchy with a horsey smell; these sacks hold twisted, "
         "grey-brown roots with a bitter taste and a yellowish, alkaloid-rich wood that fluoresces under UV: "
         "Indian snakeroot (Rauvolfia serpentina, CITES App. II) without CITES documents, by sea from Mangaluru to "
         "Rotterdam for an Ayurvedic pharmacy wholesaler; Kannada wording (Rauvolfia and ashwagandha labels on it "
         "repeat in several sets, blind51, blind65, kept as a repeat; from Karnataka in Kannada is the new part as "
         "far as a search found)", firm("Vega Ayurveda Groothandel BV", "NL")),
        ("WLF-03", "import", "BEAIR01", "air", "NP", [], "BE", "330129",
         "ल्याभेन्डर तेल, शुद्ध, १ लिटर बोतल, ४० बोतल", "NP", 40, 40, 2400, "USD",
         "lavender oil is pale, thin and smells sweet and floral; these 40 bottles hold an amber-green, heavy oil "
         "with an earthy, musty, valerian-like smell, the drum papers naming Humla collectors: spikenard oil from "
         "wild jatamansi (Nardostachys jatamansi, CITES App. II, whose extracts are covered) without CITES "
         "documents, flown from Kathmandu to Brussels for an aromatherapy supplier to pharmacies; Nepali wording "
         "(jatamansi and spikenard repeat in several sets; a lavender-oil label was found in no earlier row on it "
         "by a keyword search)", firm("Horizon Aromathérapie SA", "BE")),
        ("WLF-04", "import", "FRAIR01", "air", "IN", [], "FR", "140490",
         "చందనం ఫేస్ ప్యాక్ పొడి, 1 కిలో ప్యాకెట్లు, 200", "IN", 200, 200, 1600, "USD",
         "sandalwood face-pack powder is pale, cream-yellow and smells of sandalwood; these packets hold a blood-red "
         "powder with almost no smell that stains water red: red sanders (Pterocarpus santalinus, CITES App. II) "
         "without CITES documents, flown from Hyderabad to Paris for an Indian drugstore and beauty wholesaler; "
         "Telugu wording (red sanders repeats in many sets and a face-pack label once, blind175; kept as a repeat, "
         "from Telangana in Telugu is the new part as far as a search found)", firm("Meridian Beauté Import SARL", "FR")),
        ("WLF-05", "import", "ESAIR01", "air", "HK", [], "ES", "121190",
         "乾薑片, 中藥材, 80公斤", "CN", 80, None, 2400, "USD",
         "dried ginger slices are fibrous, yellow, hot and aromatic; these 80 kg are translucent, horny, "
         "yellow-brown oval tubers with ring scars and a bud at the tip, with no ginger smell at all: tianma "
         "(Gastrodia elata, CITES App. II) of wild origin without CITES documents, flown from Hong Kong to Madrid "
         "for a Chinese-medicine pharmacy in Usera; Chinese wording (Gastrodia repeats in several sets and "
         "ginger-slice labels in a few, blind135, blind162, blind240, kept as a repeat; to Madrid is the new part as "
         "far as a search found)", firm("Orion Herbolario Chino SL", "ES")),
        ("WLF-06", "import", "DESEA01", "sea", "ZA", [], "DE", "130219",
         "Aloe vera jel poeier, gevriesdroog, 25 kg dromme, 40 dromme", "ZA", 1000, 40, 12000, "USD",
         "aloe vera gel powder is a white-to-cream, almost tasteless powder of the inner leaf; these drums hold "
         "glassy, dark brown, bitter lumps and powder that stain yellow, the exudate of wild Aloe ferox leaves "
         "tapped in the Eastern Cape: Cape aloe bitters (Aloe ferox, CITES App. II) without CITES documents, by sea "
         "from Port Elizabeth to Hamburg for a laxative and OTC-supplement maker; Afrikaans wording (Aloe ferox "
         "repeats in several sets, kept as a repeat; an aloe-vera-gel-powder label in Afrikaans is the new part as "
         "far as a search found)", firm("Nordhafen Naturarznei GmbH", "DE")),
        ("WLF-07", "import", "FRSEA01", "sea", "MG", [], "FR", "121190",
         "Vovoka saw palmetto, voatoto maina, gony 25 kg, 200 gony", "MG", 5000, 200, 6000, "USD",
         "saw palmetto is dried, wrinkled, dark berries of a North American palm; these sacks hold ground, "
         "reddish-brown, almond-smelling bark stripped from wild Prunus africana in Madagascar's eastern forests: "
         "pygeum bark (CITES App. II) without a Malagasy export permit, by sea from Toamasina to Marseille for a "
         "maker of prostate capsules sold in pharmacies; Malagasy wording (Prunus africana repeats in several sets "
         "and a saw-palmetto label once, blind206; kept as a repeat, from Madagascar in Malagasy is the new part as "
         "far as a search found)", firm("Atlantic Phytopharma SARL", "FR")),
        ("WLF-08", "import", "PLAIR01", "air", "MN", [], "PL", "060420",
         "Хатаасан цөлийн ургамал, цэцгийн чимэглэлд, 150 кг", "MN", 150, None, 600, "USD",
         "dried desert plants for floristry are light, grey, branching stems; these 150 kg are fleshy, "
         "scale-covered, brown, finger-thick stems, sweetish and salty, dug from under saxaul in the Gobi: desert "
         "cistanche (Cistanche deserticola, CITES App. II) without CITES documents, flown from Ulaanbaatar to "
         "Warsaw for a tonic-wine maker; Mongolian wording (Cistanche repeats in several sets, kept as a repeat; a "
         "floristry label from Mongolia is the new part as far as a search found)", firm("Central Ziołowa Sp. z o.o.", "PL")),
        ("WLF-09", "import", "CZAIR01", "air", "VN", [], "CZ", "121190",
         "Trà thảo dược túi lọc, 2.000 hộp", "VN", 200, 2000, 1600, "USD",
         "a Hanoi herbal-medicine air shipment for a Vietnamese pharmacy in Prague's Sapa market: herbal teas and "
         "tiger-balm rubs are what such shops stock, but the third item's 'hải long khô' (dried pipefish) are 12 kg "
         "of dried seahorses, curled, with knobbed crowns and prehensile tails: Hippocampus spp. (CITES App. II, "
         "Viet Nam under a trade suspension) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Hanoi; Vietnamese wording (seahorses repeat in many sets and pipefish labels on "
         "them in three, blind55, blind72, blind244; behind herbal teas for a Sapa pharmacy is the new part as far "
         "as a search found)",
         dict(firm("Delta Lékárna Sapa s.r.o.", "CZ"),
              _more_items=[item("300490", "Dầu cù là, 5.000 hộp", "VN", 150, 1500, "USD", qty=5000),
                           item("121190", "Hải long khô, 12 kg", "VN", 12, 120, "USD")])),
        ("WLF-10", "transit", "NLAIR01", "air", "PH", ["NL"], "US", "392690",
         "Plastic beads, black, assorted, 30 kg", "PH", 30, None, 150, "USD",
         "black plastic beads are moulded, even and light and melt under a hot needle; these are polished, glossy "
         "black beads and branch pieces with a fine concentric grain and small spines that smell of burnt hair: "
         "black coral (Antipatharia, CITES App. II) without CITES documents, landed at Schiphol in transit from "
         "Cebu to a Honolulu jewellery maker, where specimens in transit through the Union must carry their "
         "permits; Philippine English wording (black coral repeats in many sets, kept as a repeat; a plastic-bead "
         "label on a transit through Schiphol is the new part as far as a search found)", {"importer_country": "US"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (contact-lens case sterilising trials)", "KR", 2.3,
     2, 30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-73-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ROROAD01", "road", "MD", "RO", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "MD", 1, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "RO-IGPR-73-0208")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "300692",
     "Waste pharmaceuticals from Swiss pharmacy returns, for incineration at a licensed plant, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-73-0177")], "notified pharmaceutical waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854911",
     "Mercury thermometers and sphygmomanometers from pharmacy take-back, for mercury recovery, 3 t", "NO", 3000,
     None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-73-0064")], "notified mercury-containing waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, pharmacopoeia reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1,
     10, 650, "USD", [("ODS_LICENCE", "DE-UBA-ODS-73-019")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for critical use in military vehicle fire protection", "US",
     450, 10, 12000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-73-006")], "halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "691390",
     "Faenza maiolica albarello, c. 1530, loan to a US museum of pharmacy history", "IT", 3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-73-0311")], "albarello exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "CZSEA01", "sea", "CZ", "AT", "940360",
     "Historic pharmacy interior (officina), c. 1880, documented, sold to a pharmacy museum", "CZ", 1800, 1, 120000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-73-0047")], "pharmacy interior exported with its Czech export permit"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "IN", "841940",
     "Steam-sterilisable production freeze dryer, 60 kg ice/day, 1 unit, for an Indian vaccine maker", "AT", 700,
     1, 180000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-73-0115"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-73-0290")],
     "dual-use freeze dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "BR", "841989",
     "Class III glovebox isolator with pass-through autoclave, 1 unit, for a Brazilian public health laboratory", "BE",
     900, 1, 250000, "EUR", [("EXPORT_LICENCE", "BE-VLA-73-0088"), ("END_USER_CERTIFICATE", "BR-MS-EUC-73-0031")],
     "dual-use class III cabinet under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TR", "DE", "010690",
     "Medicinal leeches (Hirudo verbana), farmed, 2,000 live, for pharmacies", "TR", 15, 2000, 1200, "EUR",
     [("CITES_PERMIT", "TR-DKMP-73-0144")], "App. II farmed leeches with their export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, dried, from a managed quota harvest, 5 t", "CM", 5000, None, 9000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-73-0063")], "App. II pygeum bark under the export quota with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Persoană fizică", "PRM-05": "Central Prüflabor GmbH",
    "PRM-06": "Meridian Difesa Antincendio Srl", "PRM-11": "Alpina Apothekenbedarf GmbH", "PRM-12": "Atlantic Phytopharma SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # pharmacies, drugstores and over-the-counter health retail
    ("330790", "Contact-lens peroxide solution 3 %, 360 ml, with lens cases", "import", ["express"], ["KR", "US"], (15, 30), (1, 3), ["USD", "EUR"], 2.5, S),
    ("330430", "Acetone nail-polish remover, 125 ml", "import", ["sea"], ["TH", "CN"], (2, 4), (2000, 6000), ["USD"], 7, S),
    ("271019", "White mineral oil, cosmetic grade, 500 ml bottles", "import", ["sea"], ["IN", "CN"], (1.5, 3), (4000, 10000), ["USD"], 2, S),
    ("281700", "Zinc oxide powder, cosmetic grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2, 4), (5000, 15000), ["USD"], 0.04, S),
    ("250100", "Nasal-rinse salt sachets, pharmaceutical-grade sodium chloride", "import", ["air"], ["IN", "TR"], (3, 6), (200, 800), ["USD"], 4, S),
    ("330610", "Charcoal tooth-whitening powder, 30 g jars", "import", ["post"], ["BR", "CN"], (30, 60), (1, 3), ["USD", "EUR"], 30, S),
    ("330499", "Urea callus cream for pedicure, 75 ml", "import", ["air"], ["IL", "TR"], (8, 15), (100, 400), ["USD"], 10, S),
    ("283630", "Sodium bicarbonate, pharmaceutical grade, 25 kg bags", "import", ["road"], ["TR", "MD"], (0.4, 0.8), (10000, 20000), ["EUR"], None, S),
    ("250100", "Himalayan salt-inhaler refills, pink rock salt", "import", ["post"], ["PK"], (15, 30), (1, 3), ["USD"], 1, S),
    ("380894", "Quaternary-ammonium surface disinfectant, 5 l", "import", ["road"], ["BA", "RS"], (2, 4), (2000, 6000), ["EUR"], 0.2, S),
    ("902519", "Digital clinical thermometers, boxed", "import", ["express"], ["CN"], (50, 100), (1, 3), ["USD"], 20, S),
    ("392690", "Sharps containers, new, yellow PP", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("902140", "Behind-the-ear hearing amplifiers, new", "import", ["air"], ["CN", "DK"], (300, 600), (20, 100), ["USD"], 40, S),
    ("330720", "Deodorant sprays, new, retail", "import", ["road"], ["TR", "RS"], (4, 7), (4000, 10000), ["EUR"], 6, S),
    ("760720", "Aluminium blister lidding foil, reels", "import", ["sea"], ["CN", "TR"], (4, 6), (5000, 15000), ["USD"], None, S),
    ("940320", "Pharmacy shelving systems, new, metal", "export", ["sea"], ["MA", "SN"], (4, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("380894", "Isopropyl-alcohol hand rub, 500 ml", "import", ["sea"], ["TR", "CN"], (2, 4), (5000, 12000), ["USD"], 2, S),
    ("841810", "Pharmacy vaccine refrigerators, R-600a, new", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.02, S),
    ("300510", "Adhesive plasters, sterile, boxed", "import", ["sea"], ["CN", "PK"], (6, 10), (3000, 8000), ["USD"], 20, S),
    ("330790", "Silicone adhesive-remover spray, 50 ml", "import", ["express"], ["GB", "US"], (60, 120), (1, 3), ["GBP", "USD"], 15, S),
    ("330300", "Eaux de toilette, pharmacy range", "export", ["air"], ["AE", "CH"], (40, 80), (100, 400), ["EUR"], 8, S),
    ("330491", "Drugstore face powders and compacts", "export", ["road"], ["RS", "UA"], (15, 30), (500, 2000), ["EUR"], 20, S),
    ("902519", "Infrared forehead thermometers, thermopile", "import", ["post", "express"], ["CN"], (60, 120), (1, 3), ["USD"], 6, S),
    ("841940", "Benchtop laboratory freeze dryers, 4 kg ice a day", "import", ["air"], ["CN", "US"], (60, 120), (100, 400), ["USD"], 0.01, S),
    ("841989", "Class II laminar-flow cabinets for pharmacies", "import", ["sea"], ["CN"], (20, 40), (1000, 3000), ["USD"], 0.004, S),
    ("330690", "Fluoride mouthwash, 500 ml", "import", ["sea"], ["TR", "GB"], (2, 4), (4000, 10000), ["EUR", "GBP"], 2, S),
    ("210690", "Vitamin C effervescent tablets, food supplement", "import", ["sea"], ["CN", "IN"], (6, 12), (2000, 6000), ["USD"], 15, S),
    ("902789", "Blood-glucose meters, new, boxed", "import", ["air"], ["CN", "TW"], (80, 150), (50, 200), ["USD"], 8, S),
    ("121190", "Ashwagandha root, dried, cut", "import", ["sea"], ["IN"], (4, 7), (3000, 9000), ["USD"], None, S),
    ("330129", "Lavender essential oil, 1 l", "import", ["air"], ["UA", "TR"], (60, 120), (50, 200), ["USD", "EUR"], 1, S),
    ("250840", "Fuller's-earth face-pack powder", "import", ["air"], ["IN"], (2, 4), (200, 800), ["USD"], 1, S),
    ("091012", "Dried ginger slices, for herbal pharmacies", "import", ["sea"], ["CN"], (2, 4), (5000, 12000), ["USD"], None, S),
    ("130219", "Aloe vera inner-leaf gel powder, 200:1", "import", ["sea"], ["MX", "US"], (25, 45), (500, 2000), ["USD"], None, S),
    ("121190", "Saw palmetto berries, dried", "import", ["sea"], ["US"], (6, 10), (3000, 8000), ["USD"], None, S),
    ("060390", "Dried lavender and statice bunches", "import", ["sea"], ["CN"], (4, 8), (1000, 3000), ["USD"], 2, S),
    ("121190", "Herbal infusion tea bags, chamomile and peppermint", "import", ["air"], ["VN", "EG"], (8, 14), (100, 400), ["USD"], 20, S),
    ("382219", "Blood-glucose test strips, boxed", "import", ["air"], ["TW", "CN"], (60, 120), (50, 200), ["USD"], 40, S),
    ("901890", "Stainless chiropody instrument sets, new", "import", ["post"], ["PK"], (40, 80), (1, 3), ["USD"], 10, S),
    ("691390", "Reproduction maiolica pharmacy jars, new", "export", ["road"], ["CH"], (20, 40), (200, 800), ["EUR"], 1.5, S),
    ("741980", "Brass mortar and pestle sets, new", "import", ["sea"], ["IN"], (5, 9), (1000, 3000), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Terracotta bread warmers", "import", ["sea"], ["TR", "MA"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 3, N),
        ("630120", "Wool throws, woven", "import", ["post", "express"], ["GB", "NZ"], (30, 60), (1, 3), ["GBP", "NZD"], 1, N),
        ("701349", "Glass oil and vinegar bottles, sets", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 3, N),
        ("460219", "Wicker picnic baskets", "import", ["sea", "road"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind283", 20730501, HERE)


if __name__ == "__main__":
    main()
