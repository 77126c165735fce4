#!/usr/bin/env python3
"""Writes the three-hundred-and-ninth blind set (tests/risk/data/blind309-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: wig makers, hair extensions and
the human-hair trade (wig factories and wig makers, medical and theatre wig makers, hair-extension
suppliers and stylists, human-hair collectors, processors and exporters, beauty-supply and
braid shops, wig boutiques and their equipment and fibre suppliers).
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
only where a real declaration would. Ids are BL309-*:

    python3 tests/risk/data/make_blind309_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "VN", [], "AT", "330590",
         "Dung dịch tẩy màu tóc bó (tóc thật Remy), oxy 6 %, 1 lít x 4 chai", "VN", 4.6, 4, 60, "USD",
         "the lightening developers hair-bundle makers use to lift Vietnamese Remy hair to blonde are 6-12 % "
         "peroxide creams, thick and pearly; these four litre bottles hold a water-clear, runny liquid of 1.13 kg/l "
         "with vented caps that whitens and stings the fingers: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Hanoi to a private extension stylist in Graz who bleaches her own bundles; "
         "Vietnamese wording (hydrogen peroxide repeats in many sets and bleaching labels on it in several; a "
         "hair-bundle lightening label was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "NLAIR01", "air", "CN", [], "NL", "320890",
         "假发蕾丝染色喷雾浓缩液 (lace tint), 1升, 36瓶", "CN", 41, 36, 360, "USD",
         "lace tint sprays for matching a wig's Swiss lace to the skin are a little dye in alcohol of 0.80 kg/l, sold "
         "in 100 ml cans; these 36 litre bottles hold an oily, faintly fruity, colourless liquid of 1.14 kg/l that "
         "tints nothing, and the drum label under the sticker reads 'CH3NO2', for a Rotterdam wig-supply web shop "
         "that sells the 'concentrate' by the litre to model-engine hobbyists: nitromethane (Annex I above 16 %) "
         "made available to members of the public, flown from Zhengzhou (the Xuchang wig cluster's airport); Chinese "
         "wording (nitromethane repeats in many sets; a lace-tint label was found in no earlier row by a keyword "
         "search)", firm("Vega Haarwerk BV", "NL")),
        ("PRE-03", "import", "ROSEA01", "sea", "IN", [], "RO", "340290",
         "Cuticle-smoothing bath concentrate for non-Remy hair, 25 l cans, 320 cans", "IN", 14700, 320, 4200, "USD",
         "the baths Chennai hair processors use to smooth non-Remy hair are mild silicone and acid-rinse "
         "conditioners of about 1.0 kg/l; these 320 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot "
         "with a drop of water and chars the pallet wood where it leaked, for a Bucharest beauty-supply wholesaler "
         "that sells 1 l bottles to braid shops and anyone who asks: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, by sea from Chennai to Constanța; Indian English wording "
         "(sulphuric acid repeats in many sets; a hair-processing cuticle-bath label was found in no earlier row "
         "by a keyword search)", firm("Delta Păr Natural SRL", "RO")),
        ("PRE-04", "import", "BGAIR01", "air", "TR", [], "BG", "330499",
         "Peruk bonesi için kaşıntı önleyici pudra, 1 kg kutu, 240 kutu", "TR", 240, 240, 960, "EUR",
         "the anti-itch powders sold to wig wearers for under the cap are talc or rice starch with menthol, light, "
         "soft and scented; these 240 tins hold a heavy, white, crystalline, odourless powder that dissolves slowly, "
         "flares with sugar on a hot plate and whose inner bags read 'KClO4', for a Sofia wig boutique chain's web "
         "shop: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Istanbul; Turkish wording (potassium perchlorate repeats in many sets and talc and body-powder labels in "
         "a few; a wig-cap anti-itch powder was found in no earlier row by a keyword search)",
         firm("Orion Peruki EOOD", "BG")),
        ("PRE-05", "import", "ITSEA01", "sea", "EG", [], "IT", "310210",
         "يوريا حبيبات لتحضير سائل AdBlue، أكياس 25 كغ، 800 كيس", "EG", 20000, 800, 8000, "USD",
         "granular urea for mixing AdBlue is a white, smooth, slightly translucent granule with 46 % N that cools "
         "water a little; these 800 bags hold opaque prills that turn ice-cold in water, test at 34 % N and melt "
         "and fume on a hot plate, for a Naples truck-stop supplier that sells them in 5 kg bags: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Damietta to Salerno; "
         "Egyptian Arabic wording (ammonium nitrate repeats in many sets and urea labels on it in several, kept as a "
         "repeat; an AdBlue-mixing label from Egypt is the new part as far as a search found; not of this set's "
         "trade)", firm("Meridian Autoservizi Srl", "IT")),
        ("PRE-06", "import", "FIPOST01", "post", "MM", [], "FI", "330590",
         "ဆံပင်အစစ် ဆေးကြောရန် အနံ့ဖျောက်ပုံဆောင်ခဲ၊ ၁ ကီလို ၃ ထုပ်", "MM", 3.0, 3, 45, "USD",
         "the deodorising crystals Yangon hair collectors put in the first wash of raw hair are soda crystals or "
         "citric acid that fizz; these three bags hold loose, white crystals that do not fizz, have no smell, flare "
         "on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted "
         "from Yangon to a private person in Tampere who buys and sells raw hair; Burmese wording (sodium chlorate "
         "repeats in many sets; a raw-hair wash label was found in no earlier row by a keyword search)",
         person("Privat", "FI")),
        ("PRE-07", "import", "PTAIR01", "express", "BR", [], "PT", "382219",
         "Reagente para teste de autenticidade de cabelo humano (mega hair), 500 ml x 6 frascos", "BR", 4.2, 6, 90,
         "BRL",
         "the tests extension stylists use to tell human from synthetic hair are a burn test or a dilute bleach "
         "drop; these six bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a "
         "copper wire: about 65 % nitric acid (Annex I above 3 %) for a private mega-hair stylist in Braga, sent by "
         "express from São Paulo; Brazilian Portuguese wording (nitric acid repeats in many sets and 'mega hair' "
         "once, blind223, on a tape remover; a human-hair authenticity-test reagent was found in no earlier row by a "
         "keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-08", "import", "FRSEA01", "sea", "CA", [], "FR", "250100",
         "Sel de déglaçage pour trottoirs, sacs de 20 kg, 900 sacs", "CA", 18000, 900, 5400, "CAD",
         "sidewalk de-icing salt is grey or blue-dyed rock salt in coarse lumps; these 900 bags hold fine, white, "
         "glossy flakes that crackle and spit violet sparks on a hot iron and carry CAS 3811-04-9 on the mill sheet, "
         "for a Lyon hardware chain that sells the bags to the public: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Montréal to Le Havre; Québec French wording "
         "(potassium chlorate repeats in many sets and de-icing labels in a few, kept as a repeat; from Canada is the "
         "new part as far as a search found; not of this set's trade)", firm("Rivage Quincaillerie SARL", "FR")),
        ("PRE-09", "import", "CZROAD01", "road", "UA", [], "CZ", "382499",
         "Сіль для посудомийних машин, таблетована, 1,5 кг, 600 упаковок", "UA", 900, 600, 720, "EUR",
         "dishwasher salt is coarse, pure sodium chloride that dissolves cold and does nothing on a flame; these "
         "600 packs hold a soft, white, hygroscopic powder pressed loosely into tablets that turns damp in the van "
         "and burns fiercely with sugar, for a Brno household-goods shop: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, at Vyšné Nemecké and on through Slovakia; Ukrainian wording "
         "(sodium perchlorate repeats in many sets and dishwasher-salt labels once or twice, kept as a repeat; not of "
         "this set's trade)", firm("Central Domácnost s.r.o.", "CZ")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "330510",
         "Koncentrovani šampon za pranje perika, kanister 5 l, 360 kanistera (1. od 3 pošiljke)", "RS", 2160,
         360, 1800, "EUR",
         "wig shampoo concentrate is a mild, pearly, viscous surfactant of about 1.02 kg/l that foams; these 360 "
         "cans hold a water-clear liquid of 1.20 kg/l with vented caps that does not foam, whitens the skin and "
         "fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for a Szeged hair-salon "
         "wholesaler that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, at Röszke; Serbian Latin wording (hydrogen peroxide and splits "
         "over three vans repeat, blind264 onwards, kept as a repeat; a wig-shampoo concentrate was found in no "
         "earlier row by a keyword search)", firm("Alpina Fodrászkellék Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "330590",
         "Tinture per capelli, in fusti, rimanenze di produzione, 60 fusti", "IT", 12000, 60, 3000, "EUR",
         "leftover hair dye sold on is sealed, labelled retail tubes or drums with a batch sheet; these 60 drums "
         "hold a black-brown, stinking slurry with a layer of hair at the top, the spent dye and bleach baths and "
         "filter sludge of a Bergamo plant that colours human-hair extensions, reading p-phenylenediamine, "
         "resorcinol and heavy metals: wastes from the manufacture and use of dyes (07 01 01*, 07 01 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Genoa to Tunis for a 'cosmetics "
         "repacker'; Italian wording (hair dye repeats in four sets and spent dye baths in a few, on textiles; an "
         "extension plant's dye baths as bulk hair dye were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "NG", "670411",
         "Gebruikte synthetische pruiken, gesorteerd, graad 1, 14 t", "BE", 14000, None, 2800, "EUR",
         "sorted second-hand wigs for resale are washed, combed, bagged singly by length and colour; these bales "
         "hold matted, mouldy, tangled modacrylic wigs, braids and clip-ins swept up from Brussels and Antwerp "
         "beauty-supply shops' returns and salon bins, with hair nets, elastic and cardboard mixed in, bought by the "
         "tonne by an Onitsha burner: mixed plastic and textile waste (Y48, not B3011) whose export to a non-OECD "
         "country is banned, from Antwerp to Lagos; Flemish wording (used clothing and textile waste repeat in many "
         "sets; a second-hand synthetic wig label was found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "670411",
         "Mèches synthétiques et perruques neuves pour salons de coiffure, 20 000 pièces", "FR", 3000, 20000, 30000,
         "EUR",
         "a hair-salon supplies container for Dakar: new braids, wigs and wig stands are what Château-Rouge "
         "wholesalers send to the Sandaga market, but the third item's 'onduleurs d'occasion pour salons, testés' "
         "are 420 dead, leaking lead-acid backup batteries pulled from Paris shops' UPS units, at 2 EUR each with no "
         "test sheet: waste lead-acid batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Le Havre; French wording "
         "(lead-acid batteries repeat in many sets and UPS labels in several, kept as a repeat of the good; behind a "
         "wig and braid container is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("960390", "Supports de perruques et têtes d'exposition, 2 000 pièces", "FR", 1600,
                                4000, "EUR", qty=2000),
                           item("850440", "Onduleurs d'occasion pour salons, testés, 420 pièces", "FR", 9200, 840,
                                "EUR", qty=420)])),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "310100",
         "Abono orgánico, harina de queratina hidrolizada, big bags, 20 t", "ES", 20000, None, 1600, "EUR",
         "hydrolysed keratin meal is a dry, tan, feather or hair powder with a nitrogen sheet; these bags hold a "
         "wet, grey-black, acrid filter cake with hair fibres, pressed out of the wastewater plant of a Valencia "
         "hair-extension processor that strips, dyes and bleaches hair, reading chromium, copper, persulphates and "
         "aromatic amines: sludge from the on-site treatment of effluent containing hazardous substances "
         "(04 02 19*, 07 07 11*), whose export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish "
         "wording (sludges as organic fertiliser repeat in many sets; a keratin-meal label on a hair processor's "
         "sludge was found in no earlier row)", {"importer_country": "MA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "SR", "940542",
         "LED-buizen T8, nieuw, 8.000 stuks", "NL", 2400, 8000, 6400, "EUR",
         "new LED tubes come boxed singly with a driver and a date code; these gaylords hold loose, dusty "
         "fluorescent tubes and compact lamps, many broken, taken out of a Dutch supermarket chain's stores on a "
         "relighting job, the glass powdered and the ends blackened: waste lamps containing mercury (20 01 21*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Paramaribo; Dutch "
         "wording (mercury lamps repeat in many sets and LED-tube labels in a few, kept as a repeat; to Suriname is "
         "the new part as far as a search found; not of this set's trade)", {"importer_country": "SR"}),
        ("WST-06", "export", "DEAIR01", "air", "DE", [], "PK", "670420",
         "Zweithaar-Rückläufer, Echthaarperücken zur Aufarbeitung, 900 Stück", "DE", 1200, 900, 2700, "EUR",
         "medical wigs sent for refurbishing go back to their maker washed, in single boxes with a work order; "
         "these sacks hold unwashed wigs, hairpieces and turbans collected from hospital wards and clinics in "
         "Cologne, with dressing swabs, gloves and sanitary waste in among them, bought by weight by a Lahore "
         "sorter: mixed household and clinical waste (Y1, Y46), whose export to a non-OECD country is banned, flown "
         "from Frankfurt; German wording (clinical and household waste repeat in several sets; a medical-wig "
         "refurbishing label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-07", "export", "SKROAD01", "road", "SK", [], "UA", "281700",
         "Oxid zinočnatý technický, 96 %, big bagy, 22 t", "SK", 22000, None, 6600, "EUR",
         "technical zinc oxide is a fine, pure white, fluffy powder with a certificate; these bags hold grey, "
         "lumpy, metallic-smelling ash skimmed from a Košice galvanising kettle, with iron and flux chunks and 4 % "
         "chloride: zinc ash and skimmings (10 05 10*), whose export to a non-OECD country for recovery is "
         "forbidden without consent, at Vyšné Nemecké for an Uzhhorod 'zinc oxide plant'; Slovak wording (zinc "
         "ash repeats in several sets, kept as a repeat of the good; from Slovakia by road is the new part as far as "
         "a search found; not of this set's trade)", {"importer_country": "UA"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "392330",
         "Prazni plastični bubnjevi 200 l, oprani, 1.200 kom", "HR", 10800, 1200, 2400, "EUR",
         "washed empty drums are clean, dry and open inside with the old label crossed out; these 1,200 drums "
         "from a Zagreb hair-dye and bleach filler still hold a litre or two of brown oxidised dye base and 12 % "
         "peroxide developer each and reek of ammonia: packaging containing residues of hazardous substances "
         "(15 01 10*), hazardous waste whose export to a non-OECD country is banned, at Stara Gradiška for a Banja "
         "Luka 'drum reconditioner'; Croatian wording (empty drums with residues repeat in many sets, kept as a "
         "repeat of the good; a hair-dye filler's drums are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-09", "export", "PLSEA01", "sea", "PL", [], "BD", "844790",
         "Maszyny do produkcji peruk (implantacja włosów), używane, sprawne, 40 szt.", "PL", 16000, 40, 12000, "EUR",
         "used working wig-making machines go with a test video and their control units; these 40 'machines' are "
         "stripped frames of a Łódź wig and eyelash factory that closed, with smashed control boards, burnt "
         "servo drives, capacitor banks leaking oil and loose CRT monitors packed inside the frames, for a Dhaka "
         "hair-combing yard that breaks them for metal: waste electrical equipment with hazardous components "
         "(A1180, 16 02 13*), whose export to a non-OECD country is banned, from Gdynia to Chittagong; Polish "
         "wording (used machinery as e-waste repeats in many sets; a wig-making machine label was found in no "
         "earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "GE", "440612",
         "Begagnade järnvägssliprar av trä, för trädgårdsbruk, 2.000 st.", "SE", 160000, 2000, 8000, "EUR",
         "garden sleepers sold on are new, untreated or pressure-treated pine; these are old oak railway sleepers "
         "lifted by Trafikverket's contractors, black, oily and smelling of tar, with spikes still in: "
         "creosote-treated wood (17 02 04*), hazardous waste whose export to a non-OECD country is banned, from "
         "Gothenburg to Poti for a Tbilisi landscaper; Swedish wording (creosoted sleepers repeat in many sets, kept "
         "as a repeat of the good; to Georgia is the new part as far as a search found; not of this set's trade)",
         {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DKAIR01", "air", "TH", [], "DK", "340290",
         "สเปรย์ป้องกันไฟฟ้าสถิตสำหรับวิกผมใยสังเคราะห์ รีฟิล 1 ลิตร 120 ขวด", "TH", 178, 120, 600, "USD",
         "anti-static sprays for synthetic wig fibre are water, silicone and a little alcohol of about 1.0 kg/l; "
         "these 120 bottles weigh 1.48 kg/l, boil away at 24 °C in the warm hand with a faint ethereal smell, leave "
         "nothing behind and do not burn: trichlorofluoromethane (CFC-11), whose import into the Union is banned, "
         "flown from Bangkok to Copenhagen for a theatre and costume wig maker; Thai wording (CFC-11 repeats in many "
         "sets; a synthetic-wig anti-static label was found in no earlier row by a keyword search)",
         firm("Nordhafen Parykmageri ApS", "DK")),
        ("OZN-02", "import", "IEAIR01", "air", "US", [], "IE", "330590",
         "Lace melting and holding spray, extreme hold, 8 oz, 1,440 cans", "US", 480, 1440, 5760, "USD",
         "lace melting sprays that hold a lace-front wig down are alcohol, resin and a hydrocarbon propellant that "
         "light at once; these 1,440 cans spray a liquid that does not burn, smells sweet and ether-like, boils off "
         "at 32 °C and the filler's drum labels in the container read 'R-141b': HCFC-141b, whose import into the "
         "Union is banned, flown from Atlanta to Dublin for a beauty-supply wholesaler that serves braid and wig "
         "shops; American English wording (HCFC-141b repeats in many sets; a lace-melting label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Beauty Supply Ltd", "IE")),
        ("OZN-03", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "角蛋白接发胶去除液 (keratin bond remover), 500毫升 x 300瓶", "CN", 200, 300, 900, "USD",
         "keratin-bond removers for taking out fusion extensions are alcohol and oil gels of about 0.9 kg/l that "
         "burn; these 300 bottles weigh 1.33 kg/l, do not burn, smell sweet like chloroform and the inner caps are "
         "stamped 'TCA 111': 1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, "
         "flown from Qingdao to Prague for a hair-extension academy's supply shop; Chinese wording (methyl "
         "chloroform repeats in many sets; a keratin-bond remover label was found in no earlier row by a keyword "
         "search)", firm("Horizon Prodlužování Vlasů s.r.o.", "CZ")),
        ("OZN-04", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "தலைமுடி கொழுப்பு நீக்கும் கரைப்பான் (முடி சலவை வரிசைக்கு), 25 லிட்டர், 12 கேன்கள்", "IN", 476, 12, 1200,
         "USD",
         "the degreasing solvents temple-hair processors run raw hair through before combing are naphtha or "
         "alkaline washes of 0.75-1.05 kg/l; these 12 cans weigh 1.59 kg/l, do not burn, smell sweet and heavy and "
         "evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Chennai to Milan for a Brescia hair-extension processor's wash line; Tamil wording (carbon tetrachloride "
         "repeats in many sets and degreaser labels on it in several, kept as a repeat of the label; a raw-hair "
         "degreasing solvent from Tamil Nadu is the new part as far as a search found)",
         firm("Meridian Capelli Veri Srl", "IT")),
        ("OZN-05", "import", "ESSEA01", "sea", "ID", [], "ES", "380891",
         "Obat fumigasi untuk gudang wig dan bulu mata, kaleng 680 g, 1.800 kaleng", "ID", 1220, 1800, 3600, "USD",
         "the fumigants Purbalingga wig and eyelash makers use on their stock are phosphine tablets in flasks or "
         "pyrethroid smoke; these 1,800 cans hold a liquefied gas that boils off at 4 °C with almost no smell, are "
         "pierced with a dispensing tap and carry 'CH3Br' under the sticker: methyl bromide, whose import into the "
         "Union is banned (no quarantine exemption remains), by sea from Semarang to Valencia for a wig and lash "
         "importer's warehouse; Indonesian wording (methyl bromide repeats in many sets and fumigant labels on it "
         "in several, kept as a repeat; a wig and eyelash warehouse fumigant was found in no earlier row)",
         firm("Alpina Pelucas y Pestañas SL", "ES")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "290345",
         "Agent frigorific R-134a pentru aer condiționat auto, butelii 13,6 kg, 600 butelii", "CN", 8160, 600, 12000,
         "USD",
         "R-134a comes in light-blue cylinders at 5.7 bar at 20 °C; these 600 cylinders read 4.7 bar, a leak "
         "detector names dichlorodifluoromethane and the valves carry overpainted 'R12' stamps: CFC-12, moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Constanța in transit from "
         "Ningbo to a Chișinău car-air-conditioning wholesaler; Romanian wording from Moldova (CFC-12 under R-134a "
         "labels repeats in many sets, kept as a repeat; a transit through Constanța to Moldova is the new part as "
         "far as a search found; not of this set's trade)", {"importer_country": "MD"}),
        ("OZN-07", "import", "HUAIR01", "air", "CN", [], "HU", "670411",
         "化纤假发帽及网底, 4,000件", "CN", 120, 4000, 4000, "USD",
         "an air shipment of wig-making supplies for a Budapest wig maker: wig caps, lace bases and ventilating "
         "needles are what the Xuchang supplier sends, but the third item's 'ultrasonic connector cleaning fluid "
         "for cold-fusion extensions' is 40 litres that weigh 1.57 kg/l, do not burn and smell faintly of "
         "chloroform, the drums stamped 'F-113': CFC-113, whose import into the Union is banned, hidden as the last "
         "item of a three-item declaration, flown from Zhengzhou; Chinese wording (CFC-113 repeats in many sets; a "
         "cold-fusion extension cleaner behind wig caps was found in no earlier row by a keyword search)",
         dict(firm("Vega Parókakészítő Kft.", "HU"),
              _more_items=[item("731990", "勾针 (假发钩针), 20,000支", "CN", 6, 400, "USD", qty=20000),
                           item("381400", "Ultrasonic connector cleaning fluid for cold-fusion extensions, 40 l",
                                "CN", 63, 160, "USD", qty=40)])),
        ("OZN-08", "import", "GRSEA01", "sea", "TR", [], "GR", "842410",
         "Yat yangın söndürme sistemi, makine dairesi, 4 tüp, ikinci el", "TR", 360, 4, 2400, "EUR",
         "a yacht engine-room system for sale second-hand holds FM-200 or FK-5-1-12 at a labelled charge; these four "
         "tubes from a Bodrum gulet refit are stamped '1301' under new stickers, read 42 bar and a drop boils off "
         "with no residue: halon 1301 in fire-protection systems whose import into the Union is banned outside "
         "critical uses, by sea from Bodrum to Piraeus for a yacht chandler; Turkish wording (halon 1301 repeats in "
         "many sets and yacht systems in a few, kept as a repeat; not of this set's trade)",
         firm("Delta Yachting AE", "GR")),
        ("OZN-09", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "841869",
         "Chladiaca jednotka linky na extrúziu vlákien pre parochne, použitá, 1 ks", "SK", 2800, 1, 9000, "EUR",
         "a used chiller for a wig-fibre extrusion line sold abroad is drained and tagged or runs on R-134a or R-290; "
         "this 1980s water chiller from a Humenné synthetic-fibre plant holds 120 kg of charge, reads 'R12' on its "
         "plate, and its insulated tank is CFC-11-blown foam: equipment relying on and containing CFCs, whose export "
         "from the Union is banned (Regulation 2024/590), on a lorry through Hungary to a Novi Sad "
         "wig-fibre maker; Slovak wording (CFC equipment for export repeats in many sets; a wig-fibre line's chiller was "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-10", "import", "ESAIR01", "air", "CN", [], "ES", "950590",
         "Spray de serpentina para fiestas, 250 ml, 9.600 latas", "CN", 2300, 9600, 4800, "USD",
         "party-string cans are a resin in solvent driven by a hydrocarbon or HFC-152a propellant that lights; "
         "these 9,600 cans spray string that does not burn, smell faintly sweet, and the filler's sheet in the "
         "consignment names 1-chloro-1,1-difluoroethane: HCFC-142b, whose import into the Union is banned, flown "
         "from Shanghai to Madrid for a party-goods wholesaler; Spanish wording (HCFC-142b repeats in several sets "
         "and party-string labels in a few, kept as a repeat; not of this set's trade)",
         firm("Rivage Fiestas SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "EG", [], "DE", "670490",
         "باروكة شعر طبيعي قديمة للعرض في صالون، ١ قطعة", "EG", 1.2, 1, 150, "USD",
         "an old human-hair wig for a salon window is a 20th-century lace or machine-wefted piece with a cap of "
         "cotton or nylon; this one is hundreds of tight, crimped human-hair plaits set in beeswax on a net of "
         "plant-fibre string, brittle, dark and dusty with sand in the roots: an ancient Egyptian wig (New Kingdom), "
         "dug from a Theban tomb, whose export Egypt forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Cairo to Munich for a collector of hair history; Egyptian Arabic wording "
         "(Egyptian antiquities repeat in many sets; a pharaonic wig under a salon-display wig label was found in no "
         "earlier row by a keyword search)", firm("Alpina Zweithaar GmbH", "DE")),
        ("CUL-02", "import", "FRSEA01", "sea", "TN", [], "FR", "680291",
         "Tête de présentation pour perruques, en pierre, décorative, 1 pièce", "LY", 38, 1, 250, "EUR",
         "stone wig-display heads are new, smooth, featureless ovals of resin or reconstituted marble; this is a "
         "life-size white marble woman's head with a high Flavian toupet of drilled curls, weathered on one side, "
         "with root marks and Cyrenaican soil in the drill holes: a Roman portrait head (late 1st century) looted "
         "in eastern Libya, whose export Libya forbids, shipped via Tunis to Marseille for a Paris wig boutique's "
         "owner, brought in without an import licence (Regulation 2019/880); French wording (Cyrenaican marbles "
         "repeat in several sets and mannequin labels in six, kept as a repeat of the good; a wig-display-head label "
         "was found in no earlier row by a keyword search)", firm("Horizon Perruques SARL", "FR")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Jarrones de cerámica decorativos, estilo prehispánico, producción nueva, 6 piezas", "PE", 9, 6, 120, "USD",
         "new pre-Hispanic-style vases from Lima workshops are bright, even and light, with a fresh glaze; these six "
         "are stirrup-spout portrait vessels of burnished red-and-cream clay with root etching and salt crust inside: "
         "Moche portrait vessels (1st-8th century) dug on the north coast, whose export Peru forbids, brought in "
         "without an import licence (Regulation 2019/880), flown from Lima to Madrid; Peruvian Spanish wording "
         "(Moche ceramics repeat in many sets, kept as a repeat of the good; by air to Madrid as new vases is the new "
         "part as far as a search found; not of this set's trade)", firm("Central Decoración SL", "ES")),
        ("CUL-04", "import", "ITSEA01", "sea", "IN", [], "IT", "050100",
         "Raw temple hair, Remy, single-donor, 40 cm and over, 1,200 kg", "IN", 1200, None, 96000, "USD",
         "a temple-hair consignment for a Milan extension maker: Remy bundles, hair nets and bundle weights are what "
         "the Chennai exporter sends, but the third item's 'stone display weights for hair bundles' is a carved "
         "granite panel of a coiled nāga couple, 80 kg, with a lime-mortar back and a sawn edge: a Hoysala-period "
         "temple relief cut from a Karnataka shrine, whose export India's Antiquities and Art Treasures Act forbids "
         "and whose import Regulation 2019/880 (Article 3(1)) forbids, hidden as the last item of a three-item "
         "declaration, by sea from Chennai to Genoa; Indian English wording (temple sculptures from India repeat in "
         "many sets and Tirupati in five, on other goods; a nāga relief behind temple hair is the new part as "
         "far as a search found)",
         dict(firm("Meridian Extension Srl", "IT"),
              _more_items=[item("560890", "Hair nets for bundle packing, 10,000 pcs", "IN", 120, 400, "USD", qty=10000),
                           item("680299", "Stone display weights for hair bundles, 1 pc", "IN", 80, 60, "USD", qty=1)])),
        ("CUL-05", "import", "LTPOST01", "post", "UA", [], "LT", "711719",
         "Кільця для нарощування волосся, декоративні, металеві, 60 шт.", "UA", 0.4, 60, 45, "EUR",
         "micro-rings for hair extensions are small, identical aluminium or copper tubes lined with silicone, a "
         "few cents each; these 60 are cast and twisted bronze and silver rings of several sizes with spread, "
         "lobed or bead-ended terminals, green with corrosion and each different: Slavic temporal rings "
         "(10th-13th century), women's hair ornaments dug by detectorists in Ukraine, archaeological objects "
         "whose export Ukraine forbids, brought in without an import licence (Regulation 2019/880), posted from "
         "Kyiv to a private extension stylist in Kaunas; Ukrainian wording (temporal rings once, blind251, and kolty "
         "twice, kept as a repeat of the good; a hair-extension micro-ring label was found in no earlier row)",
         person("Privatus asmuo", "LT")),
        ("CUL-06", "import", "NLAIR01", "express", "CN", [], "NL", "670411",
         "cosplay假发配头饰, 古装戏服用, 1套", "CN", 1.8, 1, 90, "CNY",
         "a cosplay wig with a headpiece is a synthetic-fibre wig and a plated-alloy crown of rhinestones; this "
         "set is a black satin Manchu court headdress (liangbatou) on a board frame, with pearl and coral strands, "
         "gilt-silver flower pins and a real-hair base, the silk faded and the pins hand-chased: a Qing court lady's "
         "headdress (19th century), a cultural relic whose export China forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, sent by express from Beijing to an Amsterdam wig and costume "
         "maker; Chinese wording (Qing costume and hair ornaments repeat in several sets and a cosplay label once, "
         "blind130, on another good; a court headdress under a cosplay-wig label is the new part)",
         firm("Orion Pruiken en Kostuums BV", "NL")),
        ("CUL-07", "import", "DEAIR01", "air", "AU", [], "DE", "670490",
         "Human hair wig, used, decorative, 1 pc", "PG", 2.5, 1, 200, "AUD",
         "a used decorative human-hair wig is a worn fashion wig on a cap; this is a mushroom-shaped ceremonial "
         "wig of its wearer's own hair woven on a cane frame, painted with yellow ochre and set with cassowary "
         "quills and everlasting daisies: a Huli wig from the Tari highlands, an ethnographic object whose export "
         "Papua New Guinea's National Cultural Property Act forbids without a permit, sent through a Cairns dealer "
         "to a Hamburg theatre-wig maker without the export permit, against Regulation 2019/880 (Article 3(1)); "
         "Australian English wording (Huli and Enga headdresses once, blind177, kept as a repeat of the good; "
         "under a used-wig label from Australia is the new part as far as a search found)",
         firm("Nordhafen Maskenbild GmbH", "DE")),
        ("CUL-08", "import", "FRROAD01", "road", "AM", ["GE", "TR", "BG", "RO", "HU", "AT", "DE"], "FR", "680229",
         "Քարե սալիկներ այգու արահետի համար, 12 հատ", "AM", 2400, 12, 1200, "EUR",
         "garden paving slabs are sawn tuff or basalt of even thickness; these 12 are carved red-tuff stelae with "
         "a cross over a rosette, interlace borders and an Armenian inscription with a 13th-century date, broken "
         "at the base: khachkars taken from an Armenian churchyard, monuments whose export Armenia forbids, brought "
         "in without an import licence (Regulation 2019/880), on a lorry from Yerevan to a Lyon dealer; Armenian "
         "wording (khachkars repeat in a few sets, kept as a repeat of the good; a paving-slab label by road is the "
         "new part as far as a search found; not of this set's trade)", firm("Vega Jardin SARL", "FR")),
        ("CUL-09", "transit", "ESAIR01", "air", "BO", ["ES"], "US", "510219",
         "Trenzas de fibra de alpaca para pelucas de teatro, artesanía, 2 kg", "BO", 2, None, 80, "USD",
         "alpaca braids for theatre wigs are soft, new, evenly spun and dyed; these 2 kg are knotted cords of "
         "cotton and camelid fibre hanging from a main cord, stiff and faded in reds and browns, with knot clusters "
         "at set heights: an Inca khipu (15th-16th century) from a looted Andean burial, whose export Bolivia "
         "forbids, landed at Madrid in transit from La Paz to a New York dealer, against Regulation 2019/880 "
         "(Article 3(1)), which covers transit; Bolivian Spanish wording (khipus repeat in four sets, kept as a "
         "repeat; under a theatre-wig braid label in transit through Madrid is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-10", "export", "ATROAD01", "road", "AT", [], "CH", "442199",
         "Perückenkopf aus Holz, geschnitzt, bemalt, Dekoration, 1 Stück", "AT", 14, 1, 400, "EUR",
         "a carved wooden wig head for decoration is a new, turned and painted bust on a stand; this is a "
         "life-size limewood reliquary bust of a female saint with polychromy and gilding over chalk ground, a "
         "relic niche in the chest and worm holes under old varnish, from a Tyrolean parish church: a Baroque "
         "sculpture (c. 1720) worth well over the Regulation's threshold, exported without the EU export licence of "
         "Regulation 116/2009 and the Austrian Denkmalschutz permit, on a van from Innsbruck to a Zurich dealer; "
         "Austrian German wording (Baroque sculpture repeats in several sets; a wig-head label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "TR", "550130",
         "Synthetische Perückenfaser, schwarz, hitzebeständig, 12K-Strang, Spulen, 1,6 t", "DE", 1600, None, 9600,
         "EUR",
         "heat-resistant wig fibre is a soft, crimped modacrylic or PVC filament of 60-80 µm sold in hanks at a "
         "few euros a kilo; these spools hold stiff, black, 7 µm filaments in flat 12K tows with sizing that crack "
         "when bent sharply and conduct on a multimeter, worth twenty times the declared value, for an Istanbul "
         "'wig factory' whose freight goes on to Tehran: carbon fibre of the strength controlled under dual-use "
         "1C010 (and MTCR), listed in the Iran regulation, exported without a licence, flown from Frankfurt; German "
         "wording (carbon fibre repeats in many sets; a wig-fibre label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
        ("STR-02", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU"], "KZ", "847950",
         "Automatische Haarimplantiermaschinen für Perücken und Wimpern, 6 Stück", "DE", 4200, 6, 36000, "EUR",
         "hair-implanting machines for wigs and lashes are benchtop needle heads on an x-y table at a few thousand "
         "euros; these six crates hold six-axis industrial robots of 20 kg payload with their controllers and "
         "teach pendants, at 35,000 EUR each on the maker's list, for an Almaty 'wig maker' set up in May whose "
         "freight forwarder's address is in Chelyabinsk: industrial robots whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, on a lorry from Augsburg; German wording (robots "
         "repeat in a few sets; a hair-implanting machine label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "AE", "851420",
         "Pece pro tepelné tvarování parochní (kadeření syntetických vláken), 2 ks", "CZ", 3800, 2, 24000, "EUR",
         "the ovens wig factories use to steam-set curls in synthetic fibre are electric cabinets at 100-130 °C; "
         "these two crates hold vacuum induction furnaces with water-cooled coils, a vacuum chamber rated below "
         "1 Pa and a 1,700 °C pyrometer, at 300,000 EUR each on the maker's list, for a Dubai 'wig maker' whose "
         "orders go on to Bandar Abbas: vacuum induction furnaces controlled under dual-use 2B227 and listed in the "
         "Iran regulation, exported without a licence, flown from Prague; Czech wording (vacuum furnaces repeat in "
         "several sets; a wig curl-setting oven label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "LB", "330520",
         "Lotion de permanente, base thioglycolate, fûts de 200 l, 20 fûts", "FR", 4400, 20, 6000, "EUR",
         "a thioglycolate perm lotion is a pink or clear, ammonia-smelling, 8 % solution in water of about 1.03 "
         "kg/l; these 20 drums hold a colourless, syrupy, almost odourless liquid of 1.18 kg/l, and the maker's sheet "
         "in the consignment gives CAS 111-48-8, for a Beirut 'hair-salon supplier' whose freight goes on by road "
         "to Damascus: thiodiglycol (CWC Schedule 2, dual-use 1C350), exported without the licence Regulation "
         "2021/821 requires and for Syria, from Marseille; French wording (thiodiglycol repeats in many sets and "
         "thioglycol labels twice, blind175 and blind269, kept as a repeat; a perm-lotion label was found in no "
         "earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "NG", "340290",
         "Base acondicionadora para extensiones de cabello, sin TEA, bidones de 25 kg, 400 bidones", "ES", 10000,
         400, 12000, "EUR",
         "a TEA-free conditioner base for hair extensions is a white, creamy emulsion of cetyl alcohol and "
         "quats that smells of perfume; these 400 drums hold a clear, viscous, slightly ammoniacal liquid that "
         "the maker's sheet gives as 99 % triethanolamine, for a Kano 'hair-extension factory' with no production "
         "line: triethanolamine (CWC Schedule 3, dual-use 1C350), exported without the licence Regulation "
         "2021/821 requires, from Valencia to Lagos; Spanish wording (triethanolamine repeats in several sets; a "
         "TEA-free conditioner label on it was found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("STR-06", "import", "DEAIR01", "air", "CN", [], "DE", "670420",
         "真人发假发, 蕾丝头套, 18寸, 600顶", "CN", 240, 600, 36000, "USD",
         "human-hair lace wigs from Chinese makers come with the Chinese factory's name, Chinese hair and a "
         "Chinese bank account; these 600 wigs were ventilated and knotted in North Korean factories, relabelled "
         "'Made in China' in Hunchun, and the invoice asks for payment to a Dandong account of a trading company "
         "on the Union's DPRK list: making funds available to a listed entity, which Regulation 2017/1509 "
         "forbids, flown from Shenyang to Frankfurt for a Stuttgart wig wholesaler; Chinese wording (DPRK goods "
         "under Chinese origin repeat in many sets; North Korean wigs and a human-hair lace-wig label were found in "
         "no earlier row by a keyword search)", firm("Central Echthaar GmbH", "DE")),
        ("STR-07", "export", "LVAIR01", "air", "LV", [], "KG", "901890",
         "Digitālie trihoskopi matu klīnikām, 40 gab.", "LV", 60, 40, 8000, "EUR",
         "a digital trichoscope for hair-loss clinics is a handheld USB microscope with a ring light at a few "
         "hundred euros; these 40 units are cooled thermal-imaging camera cores with germanium lenses of "
         "640 x 512 pixels, at 6,000 EUR each, for a Bishkek 'hair clinic' whose freight goes on to Moscow: "
         "thermal-imaging cameras (dual-use 6A003) on the list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Riga; Latvian wording (thermal cores repeat in many "
         "sets; a trichoscope label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "CN", "722830",
         "Verktygsstål, rundstång, Ø 80 mm, 6 t", "SE", 6000, None, 30000, "EUR",
         "tool steel round bar is soft-annealed, with a mill certificate giving a chromium or tungsten tool grade; "
         "these bars are 18 % nickel maraging steel of 2,000 MPa strength, 80 mm round, whose certificate names "
         "the grade, for a Shenzhen trader that ships on to Iran: maraging steel controlled under dual-use 1C216 "
         "and listed in the Iran regulation, exported without a licence, flown from Stockholm; Swedish wording "
         "(maraging steel as tool steel repeats in many sets, kept as a repeat; by air from Sweden is the new part "
         "as far as a search found; not of this set's trade)", {"importer_country": "CN"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "IR", "330590",
         "Colla cheratinica in stick per extension, 200.000 pezzi", "IT", 400, 200000, 14000, "EUR",
         "a Milan hair-extension wholesaler's air shipment for a Tehran salon chain: keratin glue sticks, fusion "
         "irons and ring pliers are lawful to send, but the third item's 'sensori di temperatura per piastre' are "
         "40 capacitance manometers of corrosion-resistant Inconel with 0-1 torr range: pressure transducers "
         "(dual-use 2B230) for uranium enrichment, listed in the Iran regulation, exported without a licence, "
         "hidden as the last item of a three-item declaration, flown from Milan; Italian wording (capacitance "
         "manometers repeat in several sets; behind keratin glue sticks is the new part as far as a search found)",
         dict({"importer_country": "IR"},
              _more_items=[item("851680", "Piastre per extension a cheratina, 600 pezzi", "IT", 300, 9000, "EUR", qty=600),
                           item("902620", "Sensori di temperatura per piastre, 40 pezzi", "IT", 12, 800, "EUR", qty=40)])),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "TR", "870899",
         "Busonderdelen, remmen en ophanging, 40 dozen", "NL", 800, 40, 12000, "EUR",
         "bus brake and suspension parts are cast-iron discs, pads and air bellows; these 40 boxes hold aircraft "
         "wheel-brake assemblies, landing-gear actuators and Boeing part numbers on yellow tags, for an Istanbul "
         "'bus parts' trader that supplies a Russian airline: aircraft parts whose sale and export for use in "
         "Russia Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (aircraft parts under vehicle "
         "labels repeat in many sets, kept as a repeat; a bus-parts label is the new part as far as a search found; "
         "not of this set's trade)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "PE", [], "ES", "670100",
         "Extensiones de plumas para el cabello, gallo grizzly teñido, 3.000 piezas", "PE", 6, 3000, 900, "USD",
         "feather hair extensions are thin, barred grizzly-rooster saddle hackles, dyed, on a micro-bead; these "
         "3,000 are broad, untinted scarlet, blue-and-yellow and green tail and wing feathers up to 60 cm with the "
         "shaft glands intact: macaw feathers (Ara macao App. I, Ara ararauna and Ara chloropterus App. II) from "
         "wild birds without CITES documents, flown from Lima to Madrid for a festival hair-accessory seller; "
         "Peruvian Spanish wording (macaw feathers repeat in many sets, kept as a repeat of the good; a "
         "feather-hair-extension label was found in no earlier row by a keyword search)",
         firm("Vega Accesorios Capilares SL", "ES")),
        ("WLF-02", "import", "BEAIR01", "air", "CM", [], "BE", "961519",
         "Peignes afro en os, sculptés, 400 pièces", "CM", 12, 400, 400, "EUR",
         "bone afro combs are cattle bone, chalky and with black pores in the cut; these 400 are dense, creamy, "
         "slightly translucent picks with cross-hatched Schreger lines on the cut ends of the handles: elephant "
         "ivory (Loxodonta cyclotis, CITES App. I) without CITES documents, flown from Douala to Brussels for a "
         "Matonge beauty-supply and braid shop; Cameroonian French wording (ivory under bone labels repeats in many "
         "sets, kept as a repeat of the good; an afro-comb label was found in no earlier row by a keyword search)",
         firm("Orion Beauté Afro SRL", "BE")),
        ("WLF-03", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "മുടി എണ്ണയ്ക്കുള്ള പുഷ്കരമൂല പൊടി (Inula racemosa), 300 കിലോ", "IN", 300, None, 1500, "USD",
         "Inula racemosa root for hair oils is pale, bitter and camphor-smelling; these 300 kg are darker, "
         "aromatic, violet-scented root chips with the costus smell that Ayurvedic hair-oil makers pay twice as "
         "much for: Saussurea costus (kuth, CITES App. I) without CITES documents, flown from Kochi to Frankfurt for "
         "a maker of herbal hair oils for extension and wig wearers; Malayalam wording (costus repeats in many sets, "
         "kept as a repeat of the good; an Inula label in Malayalam for a hair-oil maker is the new part as far as a "
         "search found)", firm("Alpina Haaröl GmbH", "DE")),
        ("WLF-04", "import", "PLSEA01", "sea", "VN", [], "PL", "442199",
         "Giá đỡ tóc giả bằng gỗ xoan, tiện, 1.500 chiếc", "VN", 1800, 1500, 3000, "USD",
         "turned wig stands of xoan (Melia) wood are pale, light and coarse-grained; these 1,500 are heavy, dense, "
         "purple-brown with black streaks, sink in water and smell of roses when sanded: Siamese rosewood (Dalbergia "
         "cochinchinensis, CITES App. II) products without CITES documents, by sea from Hai Phong to Gdańsk for a "
         "Warsaw wig boutique chain; Vietnamese wording (Siamese rosewood repeats in many sets, kept as a repeat of "
         "the good; a wig-stand label was found in no earlier row by a keyword search)",
         firm("Horizon Peruki Sp. z o.o.", "PL")),
        ("WLF-05", "import", "NLPOST01", "post", "PH", [], "NL", "711719",
         "Loc jewelry beads para sa dreadlocks, itim na resin, 200 piraso", "PH", 0.6, 200, 50, "USD",
         "resin loc beads are moulded, even, bubble-free black plastic; these 200 are hand-cut, glossy beads with "
         "a fine concentric growth-ring pattern in the cut face and no moulding seams: black coral "
         "(Antipatharia, CITES App. II) without CITES documents, posted from Cebu to a private loc stylist in "
         "Utrecht; Tagalog wording (black coral repeats in many sets, kept as a repeat of the good; a loc-bead label "
         "was found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("WLF-06", "import", "ITAIR01", "air", "BO", [], "IT", "510219",
         "Fibra de alpaca para pelucas de muñecas, lavada, 60 kg", "BO", 60, None, 1800, "USD",
         "washed alpaca fibre for doll wigs is long, crimpy, white or brown staple at about 30 USD a kilo; these "
         "60 kg are short, very fine, cinnamon-and-white fleece of 12 µm, worth ten times the declared value: raw "
         "vicuña fibre (Vicugna vicugna, CITES App. II only for fibre shorn from live animals under the marked-cloth "
         "annotation) from unregistered shearing without CITES documents, flown from La Paz to Milan for a Biella "
         "doll-wig and fibre trader; Bolivian Spanish wording (vicuña repeats in many sets, kept as a repeat of the "
         "good; a doll-wig fibre label was found in no earlier row by a keyword search)",
         firm("Meridian Fibre Nobili Srl", "IT")),
        ("WLF-07", "import", "BESEA01", "sea", "CM", [], "BE", "670420",
         "Perruques en cheveux naturels, usagées, triées, 800 pièces", "CM", 400, 800, 2400, "EUR",
         "a Douala hair consignment for a Brussels braid shop: second-hand human-hair wigs and hair creams are "
         "what the shipper sends, but the third item's 'écailles décoratives pour accessoires de coiffure' are "
         "60 kg of brown, keeled, overlapping scales with a pointed tip and a pale base: pangolin scales (Phataginus "
         "tricuspis, CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, by "
         "sea from Douala to Antwerp; Cameroonian French wording (pangolin scales repeat in many sets, kept as a "
         "repeat of the good; a hair-accessory-scale label behind used wigs is the new part as far as a search found)",
         dict(firm("Rivage Coiffure Afro SRL", "BE"),
              _more_items=[item("330590", "Crèmes capillaires au karité, 2 000 pots", "CM", 500, 1200, "EUR", qty=2000),
                           item("050790", "Écailles décoratives pour accessoires de coiffure, 60 kg", "CM", 60, 120,
                                "EUR")])),
        ("WLF-08", "import", "NLROAD01", "road", "TR", ["BG", "RS", "HU", "AT", "DE"], "NL", "060110",
         "Allium çiçek soğanları, dormant, 40.000 adet", "TR", 1000, 40000, 2000, "EUR",
         "ornamental Allium bulbs are round, onion-like and papery; these are small, pear-shaped, white bulbs "
         "with a brown tunic and the snowdrop's scent, dug in the wild in the Taurus range above Antalya outside "
         "Türkiye's quota: Galanthus elwesii (CITES App. II) without CITES documents, on a lorry for a Lisse bulb "
         "trader; Turkish wording (Galanthus repeats in many sets and onion labels in a few, kept as a repeat; an "
         "Allium label by road is the new part as far as a search found; not of this set's trade)",
         firm("Delta Bloembollen BV", "NL")),
        ("WLF-09", "transit", "FRAIR01", "air", "CD", ["FR"], "HK", "051110",
         "Crins de cheval, noirs, pour perruques de magistrats et brosserie, 90 kg", "CD", 90, None, 1800, "USD",
         "black horsehair for court wigs and brushes is fine, flexible tail hair washed and bundled by length; these "
         "90 kg are thick, stiff, wiry black hairs up to 80 cm, each as thick as a fishing line, that the Hong Kong "
         "buyer plaits into bracelets: elephant tail hair (Loxodonta cyclotis, CITES App. I) without CITES "
         "documents, landed at Paris in transit from Kinshasa to Hong Kong; Congolese French wording (elephant "
         "hair repeats in five sets and tail-hair labels in several, kept as a repeat; a court-wig horsehair label in "
         "transit through Paris is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "ESAIR01", "express", "CN", [], "ES", "961519",
         "檀木梳 (非洲紫檀 Pterocarpus soyauxii), 假发专用宽齿梳, 120把", "CN", 6, 120, 600, "CNY",
         "African padauk combs are orange-red, coarse-grained, fade to brown and smell of little; these 120 wide-"
         "tooth wig combs are blood-red, heavy, with wavy ripple figure, stain the fingers red and a shaving in "
         "alcohol gives a deep red dye: red sanders (Pterocarpus santalinus, CITES App. II) products without CITES "
         "documents, sent by express from Guangzhou to a private person in Seville who resells them on a marketplace; Chinese wording (red "
         "sanders repeats in many sets, kept as a repeat of the good; a wig-comb label was found in no earlier row "
         "by a keyword search)", person("Maria Lopez", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "VN", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (lightening human-hair bundles)", "VN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-77-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "US", "NL", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (model-engine fuel)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "NL-PRE-77-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent dye and bleach baths from a hair-extension processor (07 01 01*), for treatment at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-77-0187")], "notified spent dye baths to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "854911",
     "Waste lead-acid batteries from UPS units, for recycling at a licensed smelter, 20 t", "NO", 20000, None, 0,
     "EUR", [("BASEL_CONSENT", "SE-NV-77-0042")], "notified waste lead-acid batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1,
     10, 600, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-77-008")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720,
     16, 15000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-77-012")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "970310",
     "Reliquary bust of a female saint, limewood, polychrome, Tyrol, c. 1720, loan to a Swiss museum", "AT", 14, 1,
     120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-77-0091")],
     "sculpture exported with the EU export licence and the Austrian permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "970510",
     "Ancient Egyptian wig fragment, human hair and beeswax, documented German collection since 1905, sold at auction",
     "DE", 0.4, 1, 18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-77-0233")],
     "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "TR", "681511",
     "Carbon fibre tow 12K, T800 class, 400 kg, for a Turkish aerostructures supplier", "DE", 400, None, 36000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-77-0418"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-77-0077")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LVAIR01", "air", "LV", "NO", "852589",
     "Cooled thermal-imaging camera cores 640 x 512, 20 units, for a Norwegian coastguard equipment supplier", "LV",
     30, 20, 120000, "EUR", [("EXPORT_LICENCE", "LV-ARM-77-0019"), ("END_USER_CERTIFICATE", "NO-KYV-EUC-77-0031")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510211",
     "Vicuña fibre, shorn from live animals, dehaired, 40 kg (Vicugna vicugna)", "PE", 40, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-77-0412")], "App. II vicuña fibre with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "US", "ES", "670100",
     "Moulted blue-and-yellow macaw feathers from captive-bred birds, for hair accessories, 600 pcs (Ara ararauna)",
     "US", 1, 600, 900, "USD", [("CITES_PERMIT", "US-FWS-77-0855")], "App. II feathers with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Central Laboratoř s.r.o.",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Meridian Fibre Nobili Srl", "PRM-12": "Vega Accesorios Capilares SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # wig makers, hair-extension suppliers, human-hair processors and beauty-supply and braid shops
    ("330590", "Hair-lightening developer cream 6 %, 1 l", "import", ["express"], ["VN", "CN"], (15, 30), (1, 3), ["USD"], 1, S),
    ("320890", "Wig lace tint spray, 100 ml cans", "import", ["air"], ["CN", "US"], (10, 20), (50, 200), ["USD"], 6, S),
    ("340290", "Silicone cuticle conditioner for hair processing, 25 l", "import", ["sea"], ["IN", "CN"], (1.5, 3), (4000, 12000), ["USD"], 0.04, S),
    ("330499", "Wig-cap anti-itch powder, talc and menthol, 100 g", "import", ["air"], ["TR", "US"], (10, 20), (100, 300), ["EUR", "USD"], 9, S),
    ("330590", "Raw-hair wash soda crystals, 1 kg", "import", ["post"], ["MM", "IN"], (8, 15), (1, 3), ["USD"], 1, S),
    ("382219", "Human-hair test kits (burn and bleach-drop), boxed", "import", ["express"], ["BR", "CN"], (40, 80), (1, 2), ["USD", "BRL"], 5, S),
    ("330510", "Wig shampoo concentrate, 5 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("670420", "Human-hair lace wigs, Remy, boxed", "import", ["air"], ["CN", "VN"], (80, 160), (50, 300), ["USD"], 2.5, S),
    ("670411", "Synthetic heat-resistant wigs, boxed", "import", ["sea"], ["CN", "KR"], (15, 30), (2000, 6000), ["USD"], 3, S),
    ("670419", "Synthetic braiding hair, Kanekalon type, packs", "import", ["sea"], ["CN", "GH"], (6, 12), (3000, 8000), ["USD"], 10, S),
    ("050100", "Raw human hair, Remy, single-donor, bundles", "import", ["air"], ["IN", "KH"], (60, 140), (100, 600), ["USD"], None, S),
    ("670300", "Human hair, dressed and wefted, for extensions", "import", ["air"], ["VN", "MM", "UA"], (120, 250), (50, 300), ["USD", "EUR"], None, S),
    ("550130", "Modacrylic wig fibre, heat-resistant, hanks", "import", ["sea"], ["JP", "KR"], (4, 8), (3000, 9000), ["USD"], None, S),
    ("960390", "Wig stands and canvas block heads", "import", ["sea"], ["CN"], (2, 4), (1000, 4000), ["USD"], 1.5, S),
    ("330590", "Hair-dye creams, retail tubes", "import", ["road"], ["PL", "TR"], (4, 8), (4000, 10000), ["EUR"], 8, S),
    ("310100", "Hydrolysed keratin meal fertiliser, big bags", "import", ["sea"], ["BR", "CN"], (0.4, 0.8), (18000, 24000), ["USD"], None, S),
    ("940542", "LED tubes T8, new, boxed", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("670420", "Medical human-hair wigs, new, custom-fitted", "import", ["air"], ["CN", "IN"], (150, 300), (20, 100), ["USD"], 2, S),
    ("392330", "Empty HDPE drums 200 l, new", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("847950", "Hair-implanting machines for wigs and eyelashes, benchtop", "import", ["sea"], ["CN", "KR"], (20, 40), (1000, 4000), ["USD"], 0.02, S),
    ("340290", "Anti-static spray for synthetic wigs, 250 ml", "import", ["post", "express"], ["TH", "CN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("330590", "Lace-front wig holding spray, alcohol-based, 8 oz", "import", ["air"], ["US", "GB"], (8, 15), (100, 500), ["USD", "GBP"], 3, S),
    ("381400", "Keratin-bond remover gel, 500 ml", "import", ["air"], ["CN", "IT"], (6, 12), (100, 400), ["USD", "EUR"], 2, S),
    ("380891", "Pyrethroid smoke fumigators for warehouses", "import", ["sea"], ["ID", "CN"], (3, 6), (1000, 4000), ["USD"], 5, S),
    ("731990", "Wig ventilating needles and holders", "import", ["post"], ["CN", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 500, S),
    ("680291", "Resin and cast-stone wig-display heads, new", "import", ["sea"], ["CN", "VN"], (2, 4), (1000, 3000), ["USD"], 0.4, S),
    ("711719", "Aluminium micro-rings for hair extensions, silicone-lined", "import", ["post", "express"], ["CN", "UA"], (40, 80), (1, 2), ["USD", "EUR"], 2000, S),
    ("670490", "Theatre wigs, human hair, custom-made", "export", ["air"], ["US", "GB", "AU"], (200, 400), (20, 80), ["EUR"], 2, S),
    ("510219", "Washed alpaca fibre for doll wigs", "import", ["air"], ["PE", "BO"], (20, 40), (50, 200), ["USD"], None, S),
    ("550130", "Heat-resistant wig fibre, modacrylic, for export", "export", ["road"], ["TR", "UA"], (4, 8), (3000, 8000), ["EUR"], None, S),
    ("330520", "Thioglycolate perm lotion, salon bottles", "export", ["sea"], ["LB", "MA"], (3, 6), (3000, 8000), ["EUR"], 1, S),
    ("330590", "Conditioner base for hair extensions, cetyl alcohol, drums", "export", ["sea"], ["NG", "GH"], (2, 4), (6000, 14000), ["EUR"], None, S),
    ("901890", "Digital trichoscopes for hair clinics, USB", "import", ["air"], ["KR", "CN"], (150, 300), (20, 100), ["USD"], 2, S),
    ("330590", "Keratin glue sticks for fusion extensions", "import", ["post", "express"], ["CN", "IT"], (30, 60), (1, 3), ["USD", "EUR"], 150, S),
    ("670100", "Dyed grizzly-rooster feather hair extensions", "import", ["post"], ["US", "CN"], (200, 400), (1, 2), ["USD"], 400, S),
    ("961519", "Bone and wooden afro combs, new", "import", ["air"], ["GH", "CM", "IN"], (10, 25), (50, 200), ["EUR", "USD"], 30, S),
    ("121190", "Inula racemosa root for hair oils, dried", "import", ["air"], ["IN", "NP"], (3, 6), (100, 400), ["USD"], None, S),
    ("442199", "Turned wooden wig stands, acacia", "import", ["sea"], ["VN", "IN"], (1.5, 3), (1000, 4000), ["USD"], 1, S),
    ("711719", "Resin and brass loc beads for dreadlocks", "import", ["post"], ["PH", "GH"], (40, 80), (1, 2), ["USD"], 300, S),
    ("961519", "Wide-tooth wooden wig combs, African padauk", "import", ["express"], ["CN", "CM"], (40, 80), (1, 3), ["USD", "EUR"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic washing-up bowls", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2.5, N),
        ("701349", "Glass oil bottles with pourer spouts", "import", ["sea"], ["TR", "CN"], (1.2, 2.4), (4000, 10000), ["USD", "EUR"], 3, N),
        ("442191", "Bamboo bath caddies", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.8, N),
        ("630790", "Knitted tea cosies, wool blend", "import", ["post", "express"], ["GB", "NZ"], (30, 60), (1, 3), ["GBP", "NZD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind309", 20770901, HERE)


if __name__ == "__main__":
    main()
