#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-sixth blind set (tests/risk/data/blind266-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: tattoo studios, body piercing and
permanent make-up supply (tattoo-supply wholesalers and web shops, ink and pigment makers,
piercing studios and body-jewellery makers and importers, PMU artists and academies, organic-plug
carvers and the studios' furniture, sterilisation and waste).
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
only where a real declaration would. Ids are BL266-*:

    python3 tests/risk/data/make_blind266_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "VN", [], "AT", "330499",
         "Dung dịch xóa phun xăm (PMU remover), chai 1 lít, 6 chai", "VN", 6.8, 6, 90, "USD",
         "the removers PMU artists use to lift old brow and lip pigment are saline or lactic-acid gels of about "
         "1.05 kg/l sold in 15 ml bottles; these six litre bottles hold a water-clear, thin liquid of 1.13 kg/l that "
         "smells faintly fruity, will not mix with saline in a test tube, burns with a pale flame, and the filler's "
         "drum label under the sticker reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Ho Chi "
         "Minh City to a private PMU artist in Graz who resells 'remover' on a marketplace; Vietnamese wording "
         "(nitromethane repeats in many sets and cosmetic remover labels on it in several, lash-glue, nail-polish and "
         "superglue removers among them; a PMU pigment-remover label was found in no earlier row by a keyword "
         "search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "IEAIR01", "air", "US", [], "IE", "271019",
         "Rotary tattoo machine oil, bearing & motor lube, 1 gal jugs, 48 pcs", "US", 334, 48, 480, "USD",
         "rotary tattoo-machine oil is a light, clear mineral or synthetic oil of about 0.85 kg/l sold in 30 ml drip "
         "bottles and used a few drops a week; these 48 gallon jugs hold a colourless, oily liquid of 1.84 kg/l that "
         "grows hot with a drop of water and chars the paper towel under a leak, for a Dublin tattoo-supply web shop "
         "that sells the 'oil' in litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, flown from Chicago; US English wording (sulphuric acid repeats in "
         "many sets and oil covers on it in several, sewing-machine oil (blind125), liquid paraffin and laminator "
         "pump oil (blind264) among them, kept as a repeat of the family; a tattoo-machine oil label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Tattoo Supply Ltd", "IE")),
        ("PRE-03", "import", "FRAIR01", "air", "ID", [], "FR", "711719",
         "Perhiasan tindik titanium (implant grade), campuran, 3.000 pcs", "ID", 9, 3000, 1800, "USD",
         "a Bali piercing-jewellery air shipment for a Toulouse piercing supplier: titanium jewellery and saline "
         "sprays are what Denpasar exporters send, but the third item's 'non-iodised sea salt for piercing soaks' is "
         "40 bags of glossy, colourless crystals that taste cool rather than salty and flare on a match with sugar, "
         "which the supplier repacks into 250 g 'soak' tubs for its web shop: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, flown from "
         "Denpasar to Toulouse; Indonesian wording (sodium chlorate repeats in many sets and sea-salt labels on it in "
         "many, kept as a repeat of the family; a piercing-soak salt behind body jewellery was found in no earlier "
         "row by a keyword search)",
         dict(firm("Rivage Piercing SARL", "FR"),
              _more_items=[item("330499", "Semprotan salin perawatan tindik, 100 ml, 600 botol", "ID", 66, 600, "USD",
                                qty=600),
                           item("250100", "Garam laut non-yodium untuk rendaman tindik, 1 kg, 40 kantong", "ID", 40, 60,
                                "USD", qty=40)])),
        ("PRE-04", "import", "FIPOST01", "post", "AU", [], "FI", "381090",
         "Citric passivation solution for stainless & titanium body jewellery, 4 x 1 L", "AU", 5.6, 4, 60, "AUD",
         "the passivation baths body-jewellery makers use after polishing are 4-10 % citric-acid solutions of about "
         "1.03 kg/l that smell of nothing; these four litres weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and turn a copper wire green, in vented bottles: about 65 % nitric acid (Annex I above 3 %), posted "
         "from Brisbane to a private body-jewellery maker in Tampere, although corrosive liquids may not go by post; "
         "Australian English wording (nitric acid repeats in many sets and passivation labels on it twice, blind40 and "
         "blind91's citric passivation gel for welds, kept as a repeat of the label; a body-jewellery passivation "
         "label was found in no earlier row by a keyword search)",
         person("Aino Korhonen", "FI")),
        ("PRE-05", "import", "ITAIR01", "air", "CN", [], "IT", "320611",
         "钛白粉 (纹身色料专用, 金红石型), 25公斤袋, 40袋", "CN", 1000, 40, 2600, "USD",
         "rutile titanium dioxide for tattoo-ink makers is a dense, soft, brilliant-white powder of about 4 g/cm3 "
         "that never dissolves and does not burn; these 40 bags hold a white, crystalline, lighter powder that "
         "dissolves slowly in hot water, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a "
         "Milan tattoo-ink maker that sells 'white pigment for DIY ink' in 250 g packs to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Shanghai to Malpensa; "
         "Chinese wording (potassium perchlorate repeats in many sets and titanium-dioxide labels in a few, soap "
         "pigment (blind77) among them; a tattoo-ink titanium-white label was found in no earlier row by a keyword "
         "search)", firm("Meridian Inchiostri Tattoo Srl", "IT")),
        ("PRE-06", "import", "GRSEA01", "sea", "EG", [], "GR", "390690",
         "حبيبات تجميد السوائل لصناديق النفايات الطبية في استوديوهات الوشم، شكائر 25 كجم، 800 شكارة", "EG",
         20000, 800, 5200, "USD",
         "the solidifier granules tattoo and piercing studios tip into sharps and rinse-cup bins are sodium "
         "polyacrylate, a white, sugar-like powder that swells into a gel and never dissolves; these 800 sacks hold "
         "white prills that vanish in water and turn it ice-cold, test at 34 % N and melt and fume on a hot plate, "
         "for a Thessaloniki tattoo-supply distributor that packs them in 1 kg tubs sold over the counter: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Alexandria to "
         "Piraeus; Egyptian Arabic wording (ammonium nitrate repeats in many sets and granule labels on it in many; a "
         "clinical-waste solidifier label was found in no earlier row by a keyword search)",
         firm("Delta Tattoo Hellas AE", "GR")),
        ("PRE-07", "import", "ESAIR01", "air", "MY", [], "ES", "284700",
         "Larutan pembersih tindikan, hidrogen peroksida 3 %, 1 liter, 480 botol", "MY", 542, 480, 720, "USD",
         "a 3 % peroxide piercing wash weighs 1.01 kg/l and barely fizzes on the skin; these 480 litre bottles have "
         "vented caps, weigh 1.13 kg/l, whiten and sting the fingers at once and fizz hard on a cut, and a strip "
         "reads about 35 %: hydrogen peroxide (Annex I above 12 %), for a Madrid piercing-supply web shop that sells "
         "the bottles to the public, flown from Kuala Lumpur; Malay wording (hydrogen peroxide repeats in many sets "
         "and low-strength peroxide labels on it in several, an aquarium algae remover (blind81) and a stone stain "
         "remover (blind218) among them; a piercing-wash label was found in no earlier row by a keyword search)",
         firm("Central Piercing Suministros SL", "ES")),
        ("PRE-08", "import", "ROSEA01", "sea", "IN", [], "RO", "380894",
         "ટેટૂ સ્ટુડિયો માટે લોહીના છાંટા માટેના જંતુનાશક દાણા (NaDCC), 1 કિલો ડબ્બા, 6,000 ડબ્બા", "IN", 6000, 6000,
         9000, "USD",
         "blood-spill granules for tattoo and piercing studios are sodium dichloroisocyanurate with an absorbent: "
         "off-white, they smell strongly of chlorine and fizz when wetted; these 6,000 tubs hold glossy, colourless, "
         "odourless crystals that do not fizz, crackle and flare violet on a hot iron, and the maker's sheet gives "
         "CAS 3811-04-9, for a Bucharest tattoo-supply distributor that sells the tubs to the public: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Mundra to Constanța; "
         "Gujarati wording (potassium chlorate repeats in many sets and a NaDCC label on a precursor once, "
         "water-purification tablets (blind177); a blood-spill granule label was found in no earlier row "
         "by a keyword search)", firm("Vega Tattoo Distributie SRL", "RO")),
        ("PRE-09", "import", "CZAIR01", "air", "IL", [], "CZ", "340290",
         "אבקת ניקוי אנזימטית לאמבט אולטרסוני, לגריפים ולצינורות קעקוע, 1 ק\"ג, 300 אריזות", "IL", 300, 300, 900,
         "USD",
         "enzymatic ultrasonic powders for cleaning tattoo grips and tubes before the autoclave are blue- or "
         "green-speckled, soapy granules that foam and smell of detergent; these 300 packs hold a plain white, "
         "odourless powder that draws damp in the shop air, dissolves at once without foam and burns fiercely with "
         "sugar, for a Prague tattoo-supply shop that sells the packs over the counter and online: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Tel Aviv; Hebrew "
         "wording (sodium perchlorate repeats in many sets and enzyme-cleaner labels in a few; a tattoo-studio "
         "ultrasonic concentrate once, blind172, a liquid; an ultrasonic powder for tattoo grips was found in no "
         "earlier row by a keyword search)", firm("Orion Tetovací Potřeby s.r.o.", "CZ")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Dezinfekciono sredstvo za površine u tattoo studijima, ubrzani vodonik-peroksid 0,5 %, kanisteri 5 l, "
         "360 kom. (isporuka 2 od 3)", "RS", 2160, 360, 1800, "EUR",
         "accelerated hydrogen-peroxide surface disinfectants for tattoo stations are 0.5-2 % peroxide with a "
         "detergent: they foam, smell faintly of soap and weigh about 1.0 kg/l; these 360 cans weigh 1.20 kg/l, do "
         "not foam, have vented caps, whiten the skin and fizz hard on rust, the second of three vans booked that week "
         "each kept near 2 t, for a Budapest tattoo-supply wholesaler that sells the cans to the public: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording "
         "(hydrogen peroxide repeats in many sets and disinfectant labels on it in several; an AHP tattoo-station "
         "disinfectant split over three vans was found in no earlier row by a keyword search)",
         firm("Horizon Tattoo Kellék Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "392690",
         "Fundas de barrera para máquinas de tatuaje y clip cords, excedente nuevo, a granel, 12 t", "ES", 12000, None,
         2400, "EUR",
         "surplus barrier sleeves for tattoo machines and clip cords are new, clear, folded polyethylene sleeves, "
         "boxed by the hundred or baled flat from a maker's overrun; these bales hold used sleeves, clip-cord covers, "
         "cling film and bottle bags torn off after sessions, balled with worn black gloves, ink caps, dental bibs and "
         "cotton pads, many with dried ink and blood, from the collection rounds of tattoo and piercing studios in "
         "Andalusia, for a Tangier 'recycler': clinical waste (18 01 03*-type, Basel Y1 and A4020), whose export to a "
         "non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (clinical waste repeats in many "
         "sets, used gloves as B-grade nitrile gloves in blind149 and tattoo-studio sharps as stainless scrap in "
         "blind223; a barrier-sleeve label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "GH", "940210",
         "Gebrauchte Tattoo-Liegen, hydraulisch, 30 Stück", "DE", 2400, 30, 3000, "EUR",
         "a tattoo-studio furniture container for Accra: used hydraulic couches and LED lamps are what Hamburg "
         "dealers send to West Africa's new studios, but the third item's 'tested studio equipment' is 2.6 t of dead "
         "autoclaves with burnt boards, UV sterilising cabinets with their mercury lamps, tattoo power supplies, "
         "light boxes and coils from closed studios in Berlin, stacked loose in the couches' cartons with no test "
         "report: waste electrical equipment (A1180, with mercury lamps, A1030) whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Hamburg to Tema; German wording (e-waste "
         "behind used goods repeats in many sets; studio e-waste behind tattoo couches was found in no earlier row by "
         "a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("940542", "Gebrauchte LED-Arbeitsleuchten für Studios, 60 Stück", "DE", 300, 600, "EUR",
                                qty=60),
                           item("841920", "Studio-Ausstattung, gebraucht, geprüft, 1 Posten", "DE", 2600, 1300, "EUR")])),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "IN", "381010",
         "Elettrolita per elettrolucidatura di gioielli in acciaio chirurgico, nuovo, taniche da 25 l, 120 taniche", "IT",
         3000, 120, 3600, "EUR",
         "a new electropolishing electrolyte for surgical-steel body jewellery is a clear, colourless, syrupy blend "
         "of phosphoric and sulphuric acid with the maker's batch label, at some 8 EUR a litre; these 120 cans, at "
         "30 EUR each, hold a dark green, sludgy, spent electrolyte loaded with dissolved iron, nickel and chromium, "
         "with gold, rhodium and nickel strike-bath rinses poured in, drained from the finishing line of an Arezzo "
         "body-jewellery maker for a Mumbai 'refiner': spent acid metal-finishing baths with heavy metals (11 01 05*, "
         "11 01 98*), hazardous waste whose export to a non-OECD country is banned, from La Spezia to Nhava Sheva; "
         "Italian wording (spent plating and finishing baths repeat in many sets, gold-plating labels among them "
         "(blind196); an electropolishing label once, blind236, on a precursor; on spent baths from a body-jewellery "
         "line it was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "SN", "850760",
         "Batteries pour machines à tatouer sans fil (connecteur RCA), neuves, 8 000 pièces", "FR", 1200, 8000, 4000,
         "EUR",
         "new battery packs for wireless rotary tattoo pens come boxed, charged to storage level, with a date code "
         "and one model a carton; these cartons hold packs pulled from returned and broken pens and power banks at a "
         "Lyon tattoo-supply repair desk, swollen, split or at 0 V, of every make, many with their RCA leads cut: "
         "waste lithium-ion batteries (hazardous, and e-waste under the Basel amendments), whose export to a "
         "non-OECD country is banned, from Marseille-Fos to Dakar; French wording (lithium batteries and swollen "
         "packs repeat in many sets, kept as a repeat of the good; a wireless tattoo-pen battery label was found in "
         "no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("WST-05", "export", "DKROAD01", "road", "DK", ["DE", "PL"], "UA", "321590",
         "Pigmenter til permanent makeup, nye, forseglede, 60.000 flasker", "DK", 900, 60000, 6000, "EUR",
         "new PMU pigments come sealed in 10-15 ml bottles with a batch number, a sterility date and a label in the "
         "buyer's language; these cartons hold opened, half-used and expired bottles, many separated or mouldy, and "
         "pigments withdrawn when the Union restricted their colourants, gathered by a Copenhagen PMU distributor's "
         "take-back scheme from studios across Scandinavia for a Lviv 'reseller': discarded cosmetic chemicals with "
         "hazardous components (16 03 05*-type), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry from Kolding through Germany and Poland; Danish wording (expired cosmetics as goods for resale repeat "
         "in a few sets; PMU pigments from a take-back scheme were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "392690",
         "Cvičné tetovací kůže ze silikonu, B-kvalita, v balících, 18 t", "CZ", 18000, None, 1800, "EUR",
         "B-grade practice skins are new silicone sheets with bubbles or colour faults, flat and boxed by size; these "
         "bales hold used, inked practice skins of silicone and PVC, cut-up PVC table covers, barrier and cling film "
         "with ink caps and paper towels pressed in, swept from a Brno tattoo academy and a practice-skin maker's "
         "rejects: mixed plastic waste (Y48, with contaminated clinical fractions), whose export to a non-OECD "
         "country is banned, on a lorry through Slovakia and Hungary for a Subotica 'shredder'; Czech wording (mixed "
         "plastic waste repeats in many sets; a practice-skin label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "NG", "321590",
         "Tattoo-inkt basis (dragervloeistof), IBC 1.000 l, 18 stuks", "NL", 18000, 18, 5400, "EUR",
         "a tattoo-ink carrier base is a clear, sterile blend of water, glycerine, witch hazel and alcohol with a "
         "batch certificate; these 18 IBCs hold a black-grey, settled sludge of pigment, binder and cleaning solvent "
         "with rags and broken bottles, the off-spec batches and wash-downs of a Dutch tattoo-ink maker's mixing line "
         "after the pigment restriction: waste ink containing hazardous substances (08 03 12*) and spent washing "
         "liquids (07 01 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos "
         "for an 'ink blender'; Dutch wording (waste inks repeat in many sets, mostly printers' and paint inks; a tattoo-ink "
         "carrier label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "681181",
         "Plăci ondulate din fibrociment, fără azbest, second-hand, 24 t", "RO", 24000, None, 1200, "EUR",
         "asbestos-free fibre-cement sheets carry the maker's 'NT' mark and a date after the ban; these corrugated "
         "sheets, pulled off collective-farm barns near Iași, are grey, mossy and broken at the nail holes, carry "
         "1970s stamps, and their broken edges show asbestos fibres: asbestos-cement waste (17 06 05*, Basel A2050), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry at Albița for a Moldovan builders' "
         "merchant; Romanian wording (asbestos-cement waste repeats in many sets, from Romania to Moldova in "
         "blind69, blind86 and blind242, and under asbestos-free labels in a few; kept as a repeat of the good, the "
         "route and the label)", {"importer_country": "MD"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "850710",
         "Baterias de arranque usadas, testadas, em bom estado, 1.600 unidades", "PT", 24000, 1600, 8000, "EUR",
         "used starter batteries for resale are tested and charged, with intact cases and caps, a few a pallet; "
         "these 1,600 are scrapyard batteries with cracked cases, leaking acid, sulphated plates and 0 V, bought by "
         "weight from dismantlers around Lisbon for a Luanda lead smelter: waste lead-acid batteries (16 06 01*, "
         "Basel A1160), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda; "
         "Portuguese wording (waste lead-acid batteries repeat in many sets, from Portugal to Angola in "
         "blind53, blind108 and blind147, kept as a repeat of the good and the route; a 'tested starter batteries' "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-10", "export", "SISEA01", "sea", "SI", [], "AL", "847290",
         "Parkirni avtomati, rabljeni, obnovljeni, delujoči, 140 kosov", "SI", 16800, 140, 7000, "EUR",
         "refurbished pay-and-display machines are cleaned, tested units with a new display, a charged battery and a "
         "service label, strapped upright on pallets; these 140 are dead machines pulled off the streets of Slovene "
         "towns when they went over to phone payment, with smashed displays, rusted coin mechanisms, water in the "
         "cases, swollen backup batteries and cracked solar panels, for a Durrës 'parking operator' that strips them "
         "for boards and metal: waste electrical equipment with batteries (A1180, 16 06 01*), whose export to a "
         "non-OECD country is banned, by sea from Koper to Durrës; Slovenian wording (e-waste declared as "
         "refurbished or working equipment repeats in many sets; parking meters were found in no earlier row by a "
         "keyword search)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BEAIR01", "express", "US", [], "BE", "901832",
         "Tattoo needle cartridges, 3RL-15RM, sterile, 40 boxes", "US", 4, 40, 400, "USD",
         "an express parcel for a tattoo artist in Ghent: needle cartridges are what the Los Angeles supplier sends, "
         "but the second item's 'HFC-free vapocoolant' is twelve heavy cans of skin refrigerant, with no flame mark, "
         "whose old valve labels under the stickers read 'dichlorodifluoromethane / trichloromonofluoromethane "
         "15/85', the old formula of a fluoro-methane numbing spray: CFC-12 and CFC-11, whose import into the Union is "
         "banned, hidden as the second item of a two-item declaration; US English wording (CFC-12 repeats in many "
         "sets and vapocoolant and freeze-spray labels in several, blind107 and blind182 among them, kept as a "
         "repeat of the label; a tattoo-numbing skin refrigerant behind needle cartridges is the new part as far as "
         "a search found)",
         dict(person("Jan Peeters", "BE"),
              _more_items=[item("300490", "Topical skin refrigerant (vapocoolant) for tattooing, HFC-free, 12 x 100 ml",
                                "US", 1.8, 120, "USD", qty=12)])),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "382499",
         "டாட்டூ மை நிறமிகளுக்கான சிதறல் உதவி திரவம், 25 கிலோ கேன், 20 கேன்கள்", "IN", 500, 20, 1000, "USD",
         "the pigment-wetting and dispersing aids tattoo-ink makers grind their pigments in are glycols or "
         "polysorbates, viscous, sweet and of about 1.05 kg/l; these 20 cans hold a water-thin liquid of 1.99 kg/l "
         "that does not burn, smells sweet, sinks under water in a test tube, and the inner caps read 'CH2BrCl': "
         "bromochloromethane, a controlled substance whose import into the Union is banned outside licensed "
         "feedstock and laboratory uses, flown from Chennai to Bologna for a tattoo-ink maker; Tamil wording "
         "(bromochloromethane repeats in many sets and ink-thinner labels on other goods in a few (blind68); a "
         "pigment-dispersion aid for tattoo ink was found in no earlier row by a keyword search)",
         firm("Alpina Pigmenti Tattoo Srl", "IT")),
        ("OZN-03", "import", "SEAIR01", "air", "TH", [], "SE", "381400",
         "น้ำยาทำความสะอาดมอเตอร์และลูกปืนเครื่องสักโรตารี่ 1 ลิตร x 48 ขวด", "TH", 74.4, 48, 480, "USD",
         "precision cleaners for rotary tattoo-machine motors and bearings are isopropanol or hydrocarbon blends of "
         "about 0.8 kg/l that burn; these 48 bottles weigh 1.55 kg/l, evaporate fast and cold, do not burn and carry "
         "an 'AK-225' stamp on the inner caps: HCFC-225 (dichloropentafluoropropane), whose import into the Union is "
         "banned, flown from Bangkok to Stockholm for a tattoo-supply firm; Thai wording (HCFC-225 repeats in many sets "
         "under precision-cleaner labels, kept as a repeat of the family; a tattoo-machine motor cleaner label was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Tatuering AB", "SE")),
        ("OZN-04", "import", "PTAIR01", "air", "PK", [], "PT", "381400",
         "Stencil remover & ink clean-up fluid, 1 L, 60 bottles", "PK", 95.4, 60, 240, "USD",
         "the stencil removers studios wipe over a misplaced transfer are alcohol or witch-hazel liquids of about "
         "0.9 kg/l that smell of spirit; these 60 bottles weigh 1.59 kg/l, smell sweet like chloroform, do not burn "
         "and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Lahore to Lisbon for a tattoo-supply wholesaler that buys its grips and tubes in Sialkot; Pakistani English "
         "wording (carbon tetrachloride repeats in many sets and remover labels on it in several, blind133 and "
         "blind264 among them; a stencil-remover label was found in no earlier row by a keyword search)",
         firm("Atlantic Tattoo Supply Lda", "PT")),
        ("OZN-05", "import", "FRAIR01", "air", "BR", [], "FR", "330499",
         "Desengordurante de pele pré-procedimento para micropigmentação, 500 ml, 96 frascos", "BR", 64.3, 96, 380,
         "USD",
         "pre-procedure skin degreasers for PMU are alcohol or chlorhexidine toners of about 0.95 kg/l that sting and "
         "smell of spirit; these 96 bottles weigh 1.34 kg/l, do not burn, smell sweetish like chloroform, and the drum "
         "they were filled from reads '1,1,1-tricloroetano': methyl chloroform, whose import into the Union is banned, "
         "flown from São Paulo to Paris for a PMU academy and supplier; Brazilian Portuguese wording (methyl "
         "chloroform repeats in many sets and degreaser labels on ozone-depleting solvents in several; a pre-PMU skin "
         "degreaser label was found in no earlier row by a keyword search)", firm("Horizon Dermopigmentation SARL", "FR")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "381400",
         "Solvent pentru degresarea acelor de tatuaj (curățare cu ultrasunete), butoaie 250 kg, 48 butoaie", "CN",
         12000, 48, 9600, "USD",
         "the degreasers needle makers use in ultrasonic lines are modified-alcohol or hydrocarbon solvents of about "
         "0.8 kg/l that burn; these 48 drums weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell "
         "and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Constanța in transit from Ningbo to a Chișinău 'tattoo-needle "
         "maker' with no needle line; Romanian wording (HCFC-141b under solvent labels repeats in many sets and "
         "through Constanța in a few, kept as a repeat; a tattoo-needle degreasing label was found in no earlier row "
         "by a keyword search)", {"importer_country": "MD"}),
        ("OZN-07", "import", "ESAIR01", "air", "CO", [], "ES", "381400",
         "Limpiador dieléctrico en aerosol para fuentes de poder y cables clip cord de tatuaje, 400 ml, 480 latas",
         "CO", 288, 480, 960, "USD",
         "contact cleaners for tattoo power supplies, foot pedals and clip cords are light aerosols of isopropanol or "
         "hydrocarbons with a flame symbol; these 480 cans carry no flame mark, are heavy for their size, spray a "
         "liquid that evaporates cold with a faint sweet smell and does not burn, and the can bottoms are stamped "
         "'CFC-113': trichlorotrifluoroethane, whose import into the Union is banned, flown from Bogotá to Madrid for "
         "a tattoo-supply wholesaler; Colombian Spanish wording (CFC-113 repeats in many sets and contact-cleaner "
         "labels in several, kept as a repeat of the family; a tattoo power-supply and clip-cord cleaner label was "
         "found in no earlier row by a keyword search)", firm("Vega Suministros Tatuaje SL", "ES")),
        ("OZN-08", "import", "FRSEA01", "sea", "SN", [], "FR", "382764",
         "Fluide frigorigène R-134a récupéré sur chalutiers, pour régénération, bouteilles de 50 kg, 40 bouteilles",
         "SN", 2000, 40, 4000, "EUR",
         "recovered R-134a from fishing-boat refrigeration comes in grey-and-yellow recovery cylinders with a "
         "recovery log and reads about 5 bar at 20 °C; these 40 cylinders read 4.7 bar, a leak detector names "
         "dichlorodifluoromethane and the recovery log lists Soviet-built trawlers whose holds were never converted "
         "from R-12: CFC-12 whose import into the Union is banned (recovered CFCs may not be brought in for "
         "reclamation), by sea from Dakar to Lorient for a refrigerant dealer; Senegalese French wording (CFC-12 "
         "under R-134a labels repeats in many sets and trawler refrigeration in several, kept as a repeat; recovered "
         "gas from Dakar trawlers is the new part as far as a search found)", firm("Rivage Froid Marine SARL", "FR")),
        ("OZN-09", "import", "GRSEA01", "sea", "OM", [], "GR", "382769",
         "غاز تبريد R-32، أسطوانات 9 كجم غير قابلة لإعادة التعبئة، 300 أسطوانة", "OM", 2700, 300, 4500, "USD",
         "R-32 is a mildly flammable HFC sold in refillable cylinders with a certificate and reads about 14 bar at "
         "20 °C; these 300 disposable cylinders read 8 bar, do not burn at the valve, a leak detector names HCFC-22 "
         "and the shoulders carry old stamps under the new wrap: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Sohar to Piraeus for an air-conditioning installer; Omani Arabic wording "
         "(HCFC-22 under HFC labels, R-32 among them, repeats in many sets, kept as a repeat; an R-32 label from Oman "
         "is the new part as far as a search found)", firm("Delta Klimatismos AE", "GR")),
        ("OZN-10", "import", "NLSEA01", "sea", "CN", [], "NL", "940290",
         "多功能纹身床 (PU海绵), 120张", "CN", 4800, 120, 14400, "USD",
         "multi-function tattoo beds with water-blown or cyclopentane-blown foam come with the maker's foam "
         "declaration; these 120 beds' armrests and cushions are of a yellow foam that, crushed in a bag, releases a "
         "gas a detector names HCFC-141b, and the maker's sheet in the container lists '141b 发泡': products containing "
         "HCFC-141b-blown foam, whose import into the Union is banned (Regulation 2024/590), by sea from Guangzhou to "
         "Rotterdam for a studio-furniture importer; Chinese wording (HCFC-141b foams repeat in several sets, "
         "taxidermy forms (blind193) and a foam prayer rug (blind199) among them, kept as a repeat of the good; tattoo beds were found in no earlier "
         "row by a keyword search)", firm("Central Tattoo Meubilair BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "TH", [], "DE", "490199",
         "หนังสือลายสักยันต์ ฉบับพิมพ์ซ้ำ 3 เล่ม", "TH", 2.4, 3, 90, "USD",
         "printed Sak Yant design books are new, glossy paperbacks of yantra diagrams for tattoo artists; these three "
         "are folding books of mulberry-bark paper (samut khoi), blackened and written in Khom script with yantra "
         "diagrams, numbered grids and figures of Hanuman and tigers in ink and yellow pigment, water-stained and "
         "insect-holed, taken from a temple library in Ayutthaya province: Thai manuscripts of the 19th century whose "
         "export Thailand forbids without a Fine Arts Department permit, brought in against Regulation 2019/880 "
         "(Article 3(1)), sent by express from Bangkok to a private tattooist in Berlin; Thai wording (samut khoi "
         "repeat in several sets, kept as a repeat of the good; a Sak Yant tattoo-book label was found in no earlier "
         "row by a keyword search)", person("Lena Wagner", "DE")),
        ("CUL-02", "import", "NLAIR01", "air", "ID", [], "NL", "442199",
         "Plug telinga kayu jati dan sawo, buatan tangan, 2.000 pasang", "ID", 60, 4000, 2000, "USD",
         "a Kalimantan body-jewellery air shipment for an Amsterdam piercing wholesaler: carved teak and sawo ear "
         "plugs and earrings are what Samarinda carvers send, but the third item's 'carved wooden stamp moulds' are "
         "twelve dark, hand-carved hardwood blocks with reversed spiral, aso-dog and rosette tattoo designs cut deep, "
         "soot and old pigment in the grooves and worn handles, taken from a longhouse on the upper Mahakam: "
         "19th-century Dayak tattoo blocks, ethnographic objects whose export Indonesia forbids without a permit, "
         "brought in against Regulation 2019/880 (Article 3(1)), hidden as the last item of a three-item declaration, "
         "flown from Jakarta to Amsterdam; Indonesian wording (Dayak objects repeat in three sets, blind60, blind150 "
         "and blind171; tattoo blocks behind ear plugs were found in no earlier row by a keyword search)",
         dict(firm("Delta Piercing Groothandel BV", "NL"),
              _more_items=[item("442199", "Anting kayu ukir, 1.000 pasang", "ID", 20, 600, "USD", qty=2000),
                           item("442199", "Cetakan stempel kayu ukir, dekorasi, 12 buah", "ID", 18, 120, "USD", qty=12)])),
        ("CUL-03", "import", "DKPOST01", "post", "IN", [], "DK", "711719",
         "Brass ear weights, tribal design, new, for stretched lobes, 16 pcs", "IN", 2.4, 16, 48, "USD",
         "new 'tribal' brass ear weights are light, bright castings with a smooth hook, all alike; these sixteen are "
         "heavy, dark, hand-forged brass spirals and hornbill-head hooks with the polish of long wear, cloth-wrapped "
         "loops and old wire repairs, each different: Naga ear ornaments of the late 19th century, antiquities whose "
         "export India's Antiquities and Art Treasures Act forbids, brought in against Regulation 2019/880 (Article "
         "3(1)), posted from Dimapur to a private collector of stretching jewellery in Aarhus; Indian English wording "
         "(Indian antiquities repeat in many sets and an ear-weight label once, blind255, on other goods; Naga ear "
         "ornaments were found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("CUL-04", "import", "FRPOST01", "post", "HK", [], "FR", "711620",
         "玉石耳擴 (耳塞), 手工, 新品, 10件", "CN", 0.3, 10, 30, "USD",
         "new jade ear stretchers are machine-drilled, glossy, bright-green tubes in matching pairs; these ten are "
         "flat, slit rings (jue) of opaque, calcified ivory-white and yellowish nephrite, hand-ground, with the soft "
         "edges of ages, iron staining and burial soil in the slits: Neolithic jade slit earrings (6000-2300 BC), "
         "cultural relics whose export China forbids, brought in without the import licence Regulation 2019/880 "
         "requires for archaeological objects, posted from Hong Kong to a private buyer in Lyon; Chinese wording from "
         "Hong Kong (jade ear ornaments repeat twice, Vietnamese lingling-o in blind62 and blind65; Chinese slit rings "
         "under an ear-stretcher label were found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("CUL-05", "import", "ESAIR01", "express", "MX", [], "ES", "681599",
         "Expansiones de obsidiana, doble campana, pulidas a mano, 6 pares", "MX", 0.4, 12, 60, "USD",
         "new obsidian plugs from Teotihuacán workshops are thick, heavy, lathe-polished double-flared cylinders in "
         "matching pairs; these twelve are paper-thin, flared spools ground by hand so fine that the flange passes "
         "light, two with traces of gold leaf, with root marks and volcanic soil inside the bore: Aztec obsidian ear "
         "spools (1300-1521), archaeological heritage of Mexico that may not leave the country, brought in without "
         "the import licence Regulation 2019/880 requires, sent by express from Mexico City to a private buyer in "
         "Valencia; Mexican Spanish wording (ear spools repeat in many sets and a stretched-ear plug label once, "
         "blind175, on Moche copper spools, kept as a repeat of the label; Aztec obsidian spools under it are the new "
         "part as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-06", "import", "ATAIR01", "air", "AE", [], "AT", "711319",
         "حلقه‌های پیرسینگ طلای ۱۴ عیار، هلیکس و تراگوس، ۲۴ عدد", "AF", 0.12, 24, 900, "USD",
         "14k helix and tragus hoops are seamless, machine-made rings of a few tenths of a gram, stamped 585 and all "
         "alike; these 24 are small, heavy, hand-made gold earrings with granulated ends, twisted wire and "
         "animal-head terminals, worn and with traces of earth and no stamp: Achaemenid and Bactrian gold earrings "
         "(5th-3rd century BC) dug in northern Afghanistan, whose export Afghanistan forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Dubai to Vienna for a piercing-jewellery "
         "wholesaler; Dari wording (Bactrian antiquities repeat in many sets, seals and "
         "bronzes among them; gold earrings and a helix-and-tragus hoop label were found in no earlier row by a keyword "
         "search)", firm("Alpina Piercing Schmuck GmbH", "AT")),
        ("CUL-07", "export", "DEAIR01", "air", "DE", [], "US", "491191",
         "Tattoo-Flash-Drucke, Reproduktionen, 1 Mappe", "DE", 3, 1, 150, "EUR",
         "reproduction tattoo-flash prints are new offset sheets on bright paper in a plastic sleeve; this portfolio "
         "holds 120 hand-painted watercolour and ink sheets on card, grease-stained, with pinholes from a shop wall, "
         "prices in Reichsmark and the stamp of a Hamburg harbour tattooist of the 1920s and 1930s: an early German "
         "tattooist's original flash, watercolours over 50 years old worth far above 30,000 EUR, exported without the "
         "EU export licence of Regulation 116/2009, flown from Hamburg to a New York collector; German wording "
         "(tattoo-related cultural goods once, blind223's bone tattoo combs; original flash under a reproduction "
         "label was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-08", "import", "BEAIR01", "air", "JO", [], "BE", "711319",
         "حلقات أنف وأقراط للثقب، ذهب عيار 18، صناعة يدوية، 30 قطعة", "SY", 0.3, 30, 600, "USD",
         "hand-made 18k nose rings and piercing earrings are bright, seamless rings with a clicker hinge, stamped 750; "
         "these 30 are Roman and early Byzantine gold earrings, hollow hoops with granulated clusters, garnet "
         "settings, crescent pendants and S-hooks, worn and with grave earth in the granulation: archaeological "
         "objects dug in Syria, whose export Syria forbids and whose import the Union bans (Regulation 36/2012) and "
         "which need an import licence (Regulation 2019/880), flown from Amman to Brussels for a piercing-jewellery "
         "firm; Jordanian Arabic wording (Syrian antiquities through Jordan and Lebanon repeat in many sets; "
         "Roman gold earrings under a piercing nose-ring label were found in no earlier row by a keyword search)", firm("Vega Piercing Bijoux SA", "BE")),
        ("CUL-09", "transit", "ESAIR01", "air", "GT", ["ES"], "US", "691390",
         "Vasijas de barro pintadas, artesanía de Santa Apolonia, 3 piezas", "GT", 4, 3, 90, "USD",
         "Santa Apolonia craft pottery is new, red-slipped, hard-fired and light; these three are cylindrical vessels "
         "painted in red, orange and black on cream with a seated lord and a glyph band round the rim, with root "
         "marks and burial soil inside: Late Classic Maya polychrome vessels (600-900) looted in the Petén, "
         "archaeological heritage of Guatemala that may not leave the country, landed at Madrid in transit to a Miami "
         "dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Guatemalan Spanish wording (Maya "
         "polychromes repeat in many sets, under a Chinautla-craft label once (blind113, to Madrid), and Maya objects "
         "in transit in a few, kept as a repeat; a Santa Apolonia craft label was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-10", "export", "HRAIR01", "air", "HR", [], "US", "442019",
         "Drvena skulptura, dekorativna replika baroknog sveca, 1 kom.", "HR", 18, 1, 200, "EUR",
         "a decorative replica of a Baroque saint is new, pale limewood with acrylic paint and machine-carved folds; "
         "this is a 90 cm polychrome and gilt figure of Saint Blaise with worm holes, old repairs, layers of "
         "overpaint and a parish inventory label on the base, taken from a chapel near Dubrovnik: an 18th-century "
         "church sculpture, protected cultural property of Croatia, exported without the EU export licence of "
         "Regulation 116/2009 and the Croatian permit, flown from Zagreb to a New York dealer; Croatian wording "
         "(church sculptures repeat in several sets and cultural exports from Croatia in a dozen; a Baroque saint "
         "under a replica label from Croatia was found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "LB", "292215",
         "pH-regelaar voor tatoeage-inkt, 99 %, vaten van 220 kg, 40 stuks", "BE", 8800, 40, 14000, "EUR",
         "tattoo-ink makers adjust pH with a few kilograms of triethanolamine a year, bought in litre bottles; this "
         "order is 40 drums of 99 % triethanolamine with the maker's CAS 102-71-6, for a Beirut 'tattoo-ink maker' "
         "set up last year whose lorries go on to Damascus: triethanolamine (dual-use 1C350, a nitrogen-mustard "
         "precursor, CWC Schedule 3), exported without the licence Regulation 2021/821 requires and for re-export to "
         "Syria, from Antwerp; Flemish wording (triethanolamine repeats in many sets under soap, glycerine and "
         "cosmetics labels, kept as a repeat; a tattoo-ink pH-adjuster label was found in no earlier row by a keyword "
         "search)", {"importer_country": "LB"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "TR", "810890",
         "Barra de titanio grado implante ASTM F136, para joyería de piercing, 40 barras", "ES", 3130, 40, 62000,
         "EUR",
         "body-jewellery makers buy F136 titanium as wire and rods of 1-12 mm, a few kilograms at a time, for their "
         "sliding-head lathes; these 40 bars are 150 mm-diameter Ti-6Al-4V ELI forged rounds of about 80 kg each, "
         "with mill certificates giving a tensile strength above 900 MPa, for an Istanbul 'piercing-jewellery maker' "
         "whose forwarder ships on to Bandar Abbas: titanium alloy controlled under dual-use 1C202.b (bars over "
         "75 mm) and listed in the Iran regulation, exported without a licence, by sea from Barcelona to Ambarlı; "
         "Spanish wording (titanium alloys repeat in several sets, to Türkiye among them as bicycle-frame tubes, "
         "blind250; a body-jewellery rod label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AZ", "711719",
         "Piercingschmuck aus vergoldetem Messing, sortiert, 400 Stück", "DE", 1.2, 400, 2400, "EUR",
         "gold-plated brass piercing jewellery sells at a few euros a piece, light, bright and stamped 'GP'; these 400 "
         "are solid 18-carat white and yellow gold labrets, clickers and threaded ends set with brilliant-cut diamonds "
         "and emeralds, stamped 750 with a Pforzheim maker's mark, at 1,200-4,000 EUR each on the maker's list, for a "
         "Baku 'accessories' importer whose parcels go on to a Moscow piercing boutique: luxury goods above 300 EUR an "
         "item whose sale and export for use in Russia Regulation 833/2014 (Annex XVIII) forbids, flown from "
         "Frankfurt; German wording (luxury goods to Russia through the Caucasus and Central Asia repeat in many sets, "
         "Valenza diamond tiaras through Bishkek in blind257 among them; a gold-plated piercing-jewellery label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-04", "export", "SKAIR01", "air", "SK", [], "KZ", "844332",
         "Termotlačiarne na tetovacie šablóny, 40 ks", "SK", 60, 40, 6000, "EUR",
         "thermal stencil printers for tattoo studios are small 2-4 kg boxes with a paper slot at about 200 EUR; "
         "these 40 boxes hold uncooled microbolometer thermal-imaging cores (640 x 512, 12 µm) with shutters and "
         "lenses, at 3,000 EUR each, and no paper slot among them, for an Almaty 'tattoo-supply' firm registered in "
         "February whose parcels go on to Yekaterinburg: thermal-imaging cameras and cores, dual-use and on the list "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from "
         "Bratislava; Slovak wording (thermal cores repeat in many sets under camera labels, bat-survey cameras "
         "(blind263) among them, and to Almaty as candle burn-test cameras (blind261); a tattoo stencil-printer label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "PLAIR01", "air", "PL", [], "UZ", "850131",
         "Silniki do rotacyjnych maszynek do tatuażu, 1 500 szt.", "PL", 180, 1500, 9000, "EUR",
         "the coreless motors of rotary tattoo machines are 10-22 mm cans of 20-50 g sold singly at 30-150 EUR; these "
         "1,500 are 28-40 mm outrunner brushless motors for drones, packed with flight controllers, GNSS modules and "
         "5.8 GHz video transmitters in the same cartons, for a Tashkent 'tattoo-supply' importer whose forwarder "
         "delivers to a Moscow FPV-drone workshop: drone parts and GNSS receivers (8526 91) on the common "
         "high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown from Warsaw; Polish "
         "wording (drone motors and flight controllers repeat in many sets; a tattoo-machine motor label was found "
         "in no earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("STR-06", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE"], "AM", "845891",
         "Gebrauchte Langdrehmaschine für Piercingschmuck, 1 Stück", "AT", 4200, 1, 18000, "EUR",
         "the sliding-head lathes body-jewellery makers use turn bar of a few millimetres and weigh 2-3 t; this "
         "crate holds a 5-axis simultaneous machining centre with a tilting rotary table and a positioning accuracy "
         "better than 5 µm, built in 2068 and worth 300,000 EUR, for a Yerevan 'jewellery workshop' owned by a "
         "Russian citizen whose earlier imports went on to a Tula machine works: a machine tool controlled under "
         "dual-use 2B001, whose export for use in Russia Regulation 833/2014 forbids, exported without a licence, on "
         "a lorry from Linz through Hungary, Romania, Bulgaria, Türkiye and Georgia; Austrian German wording (machine "
         "tools through Armenia repeat in several sets; a piercing-jewellery lathe label was found in no earlier row "
         "by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "export", "FRSEA01", "sea", "FR", [], "PK", "722220",
         "Barres en acier inoxydable 304 pour arbres de pompes, 12 barres", "FR", 5100, 12, 9000, "EUR",
         "304 stainless bar for pump shafts is bright, non-magnetic rod sold by the tonne at a few euros a kilo; "
         "these twelve 3 m bars are 150 mm-diameter, vacuum-melted maraging steel (grade 350) with mill "
         "certificates giving a tensile strength above 2,300 MPa, at ten times the declared value, for a Karachi "
         "'pump maker' with no lathe big enough to hold them: maraging steel controlled under "
         "dual-use 1C116 (Nuclear Suppliers Group), exported without the licence Regulation 2021/821 requires, from "
         "Le Havre to Karachi; French wording (maraging steel repeats in many sets, to Pakistan in several, kept as a repeat; "
         "a stainless pump-shaft label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-08", "export", "HUROAD01", "road", "HU", [], "RS", "848210",
         "Gördeszka-csapágyak, 608-as, 40 000 db", "HU", 2600, 40000, 4000, "EUR",
         "skateboard bearings are 608 deep-groove bearings of 8 mm bore, 12 g each, sold in sets of eight at a few "
         "euros; these cartons weigh five times what 40,000 of them would and hold tapered-roller and angular-contact "
         "spindle bearings of 30-120 mm bore for machine tools, with European makers' markings, for a Subotica 'skate "
         "shop' whose lorries go on to Moscow: bearings (8482 10, 8482 20) on the common high-priority list, whose "
         "re-export to Russia Regulation 833/2014 forbids, at Röszke; Hungarian wording (bearings to Russia repeat in "
         "several sets; a skateboard-bearing label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-09", "import", "LVRAIL01", "rail", "KZ", [], "LV", "730630",
         "Metinātas tērauda caurules, izcelsme Kazahstāna, 4 vagoni, 240 t", "KZ", 240000, None, 168000, "EUR",
         "Kazakh welded tubes come from Kazakh mills with their own certificates; these four wagons carry tubes with "
         "the mill stencils of a Chelyabinsk pipe works ground off but the heat numbers still legible, loaded at "
         "Troitsk on the Russian side and given a Kazakh certificate of origin in Kostanay: Russian iron and steel "
         "products whose import into the Union Regulation 833/2014 (Annex XVII) forbids, at Zilupe for a Riga "
         "construction-steel trader; Latvian wording (Russian goods under Kazakh origin repeat in many sets, welded "
         "steel tubes among them (blind44), and by rail at Zilupe in three (blind108, blind122, blind201); kept as a "
         "repeat)", firm("Vega Metāls SIA", "LV")),
        ("STR-10", "export", "CYAIR01", "air", "CY", [], "AE", "870899",
         "Ανταλλακτικά αυτοκινήτων, διάφορα, 60 κιβώτια", "CY", 900, 60, 6000, "EUR",
         "a car-parts consignment holds brake pads, filters and lamps at a few euros a kilo; these 60 cartons hold "
         "aircraft parts, brake wear kits, fuel pumps, avionics boxes and engine sensors for Airbus and Boeing "
         "airliners with their release certificates torn off, at fifty times the declared value, for a Sharjah "
         "'auto-parts' trader who supplies Russian airlines: aircraft parts whose sale and export for use in Russia "
         "Regulation 833/2014 (Article 3c) forbids, flown from Larnaca; Greek Cypriot wording (aircraft parts to "
         "Russia through the Emirates repeat in several sets; a car-parts label from Cyprus is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "CZAIR01", "express", "LA", [], "CZ", "392690",
         "ປລັກຫູເຣຊິນ ສີອຳພັນ, ຫັດຖະກຳ, 20 ຄູ່", "LA", 0.5, 40, 60, "USD",
         "amber-coloured resin ear plugs are cast, glassy, uniform and warm to the touch; these 40 are sawn and "
         "polished from a solid, ivory-like material with a golden-yellow skin and a red rim on one edge, heavier "
         "than resin and cutting like ivory: helmeted hornbill casque ('hornbill ivory', Rhinoplax vigil, CITES "
         "App. I) without CITES documents, sent by express from Vientiane to a private buyer in Brno; Lao wording "
         "(hornbill casques repeat in many sets; a resin ear-plug label was found in no earlier row by a keyword "
         "search)", person("Tereza Dvořáková", "CZ")),
        ("WLF-02", "import", "PTPOST01", "post", "BR", [], "PT", "442199",
         "Plugs alargadores de madeira pau-ferro, feitos à mão, 60 pares", "BR", 1.2, 120, 90, "USD",
         "pau-ferro plugs are dense, brown, fine-grained and nearly odourless; these 120 are chocolate- and "
         "violet-brown with black streaks, oily, with a sweet rose scent when sanded, cut from old offcuts of "
         "jacarandá-da-bahia: Brazilian rosewood (Dalbergia nigra, CITES App. I, finished products included) without "
         "CITES documents, posted from Salvador to a private plug collector in Braga; Brazilian Portuguese wording "
         "(Dalbergia nigra repeats in many sets and look-alike wood labels on it in several; a wooden stretching-plug "
         "label was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("WLF-03", "import", "ITAIR01", "air", "PH", [], "IT", "960190",
         "Septum pincher at talon na sungay ng kalabaw, pinakintab, 600 piraso", "PH", 3, 600, 300, "USD",
         "water-buffalo horn pinchers are dull, black-brown, layered and fibrous and smell of burnt hair under a hot "
         "needle; these 600 are glossy, jet-black, with fine concentric growth rings on the cut ends and tiny spines "
         "on the unpolished bases, and smell of nothing when heated: black coral (Antipatharia, CITES App. II) without "
         "CITES documents, flown from Cebu through Manila to Milan for a body-jewellery wholesaler; Tagalog wording "
         "(black coral repeats in many sets; a buffalo-horn septum-pincher label was found in no earlier row by a "
         "keyword search)", firm("Orion Body Jewellery Srl", "IT")),
        ("WLF-04", "import", "NLAIR01", "express", "ZA", [], "NL", "960190",
         "Fossil shark tooth ear hangers and gauges, 40 pcs", "ZA", 0.8, 40, 120, "USD",
         "fossil shark-tooth ear hangers are grey, brown or black, stone-heavy teeth with mineralised roots; these 40 "
         "are white, fresh, broad triangular teeth with coarse, even serrations and pink-tinted roots that smell when "
         "drilled: great white shark teeth (Carcharodon carcharias, CITES App. II) without CITES documents, sent by "
         "express from Cape Town to a private buyer in Utrecht; South African English wording (great white shark "
         "once, blind63, and megalodon teeth as goods in blind263; a fossil shark-tooth ear-hanger label was found in "
         "no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-05", "import", "DEAIR01", "air", "ID", [], "DE", "442199",
         "Plug kayu dengan inlay kerang abalon dan mutiara, 3.000 pasang", "ID", 45, 6000, 1500, "USD",
         "abalone and mother-of-pearl inlays in wooden plugs are thin, iridescent chips of farmed abalone and pearl "
         "oyster; these 6,000 plugs' inlays are thick, pearly discs with a brown-and-white tiger-stripe back and the "
         "curve of chamber walls, cut from chambered nautilus shells bought from Bali collectors: Nautilus pompilius "
         "(CITES App. II since 2017) without CITES documents, flown from Denpasar to Frankfurt for a body-jewellery "
         "wholesaler; Indonesian wording (nautilus repeats in many sets and mother-of-pearl labels in a few; inlaid "
         "ear plugs are the new part as far as a search found)", firm("Nordhafen Piercing GmbH", "DE")),
        ("WLF-06", "import", "SEAIR01", "air", "KE", [], "SE", "960190",
         "Plagi za masikio za pembe ya ng'ombe, zilizochongwa, 1,000 jozi", "KE", 30, 2000, 800, "USD",
         "a Nairobi organic-plug air shipment for a Gothenburg body-jewellery wholesaler: carved cattle-horn and "
         "neem-wood plugs are what Kenyan carvers send, but the third item's 'polished white bone plugs' are 400 "
         "creamy, dense plugs with the cross-hatched Schreger lines of elephant ivory on their faces and none of "
         "bone's dark pores: worked African elephant ivory (Loxodonta africana, CITES App. I in Kenya) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Nairobi to Stockholm; Swahili "
         "wording (ivory under bone labels repeats in many sets; bone plugs behind horn and wood plugs are the new "
         "part as far as a search found)",
         dict(firm("Meridian Kroppssmycken AB", "SE"),
              _more_items=[item("442199", "Plagi za mbao ya mwarobaini, 800 jozi", "KE", 16, 400, "USD", qty=1600),
                           item("960190", "Plagi za mfupa mweupe, zilizong'arishwa, 200 jozi", "KE", 6, 200, "USD",
                                qty=400)])),
        ("WLF-07", "import", "BEAIR01", "air", "CA", [], "BE", "960190",
         "Griffes d'oreille en corne de bœuf sculptée, pour écarteurs, 80 pièces", "CA", 1.6, 80, 160, "CAD",
         "carved ox-horn ear talons are smooth, evenly curved, translucent-edged crescents cut from sheet horn, all of "
         "one size and polished all over; these 80 are real, curved, dull black-brown claws up to 9 cm long, of "
         "varying size, with keratin layers peeling at the base and the bone core drilled out for a hook: grizzly and "
         "brown bear claws (Ursus arctos, CITES App. II, whose import into the Union needs an import permit) without "
         "CITES documents, flown from Montréal to Brussels for a piercing-jewellery firm; Québec French wording (bear "
         "claws from Canada repeat in several sets, twice under resin-replica necklace labels, blind66 and blind234; "
         "a carved-horn ear-talon label was found in no earlier row by a keyword search)",
         firm("Horizon Piercing SA", "BE")),
        ("WLF-08", "import", "ESAIR01", "express", "CU", [], "ES", "392690",
         "Clickers y aros de septum de acetato carey, 100 unidades", "CU", 0.4, 100, 50, "USD",
         "acetate tortoiseshell septum clickers are moulded, even and plasticky, with a steel hinge; these 100 are "
         "hand-cut from thin, translucent, amber-and-brown plates that smell of burnt hair under a hot needle and "
         "show growth layers at the edges: hawksbill shell (carey, Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, sent by express from Havana to a private buyer in Seville; Cuban Spanish wording (hawksbill "
         "repeats in many sets, from Cuba in several and under a phone-case label in blind264, kept as a repeat of the "
         "good; a "
         "septum-clicker label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("WLF-09", "transit", "NLAIR01", "air", "EC", ["NL"], "HK", "030579",
         "Piel de pescado seca, para colágeno, 400 kg", "EC", 400, None, 2000, "USD",
         "dried fish skin for collagen is thin, flat, scaly sheets of tilapia or mahi-mahi; these bales hold "
         "triangular, grey-brown dorsal and pectoral fins, the tall sickle-shaped dorsals of scalloped and smooth "
         "hammerheads among them: shark fins of Sphyrna lewini and S. zygaena (CITES App. II) without Ecuadorian "
         "export permits, which specimens in transit through the Union must carry, landed at Schiphol in transit from "
         "Guayaquil to Hong Kong; Ecuadorian Spanish wording (hammerhead fins repeat in many sets and "
         "fish-skin labels on fins in several, blind54 and blind81 among them, kept as a repeat; from Ecuador in "
         "transit through Schiphol is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-10", "import", "PLAIR01", "air", "MY", [], "PL", "420500",
         "Sarung pemegang mesin tatu, kulit PU bercorak ular, 500 keping", "MY", 12, 500, 400, "USD",
         "snake-print PU grip covers for tattoo machines are embossed plastic sleeves with an even, repeating pattern "
         "and a fabric back; these 500 are cut from real skin with small, bead-like dorsal scales in uneven rows, "
         "wide belly scutes and the dark, net-like pattern of a reticulated python: Malayopython reticulatus (CITES "
         "App. II) skin products without CITES documents, flown from Kuala Lumpur to Warsaw for a tattoo-supply "
         "wholesaler; Malay wording (python skins repeat in many sets and snake-print labels on them in several, three "
         "from Vietnam (blind93, blind183, blind189); a tattoo-grip cover label was found in no earlier row by a "
         "keyword search)", firm("Central Tattoo Hurt Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "VN", "AT", "290420",
     "Nitromethane 98 %, 1 l, for a licensed private user (model-engine fuel)", "VN", 1.1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-70-0088")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "air", "AU", "FI", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (passivating hand-made body jewellery)", "AU", 1.4, 1, 30,
     "AUD", [("PRECURSOR_LICENCE", "FI-POL-70-0052")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent cyanide gold and rhodium plating baths from a body-jewellery plater (11 01 98*), for precious-metal "
     "recovery at a licensed plant, 6 t", "CH", 6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-70-0418")],
     "notified spent plating baths to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "382590",
     "Clinical waste from tattoo and piercing studios (18 01 03*), for incineration at a licensed plant, 4 t", "NO",
     4000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-70-0066")], "notified studio clinical waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 5 x 1 ml, for essential laboratory use", "US", 0.05, 5,
     600, "USD", [("ODS_LICENCE", "IT-MASE-ODS-70-009")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     480, 12, 14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-70-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970121",
     "Tattoo flash, watercolour and ink on card, Hamburg, c. 1925-1935, 60 sheets, loan to a US museum", "DE", 2, 60,
     120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-70-0233")],
     "original tattoo flash exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DKAIR01", "air", "DK", "CH", "970510",
     "Naga brass ear ornaments, 19th century, 6, documented Danish collection since 1936, sold at auction", "DK", 1.5,
     6, 9000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DK-SLKS-EXP-70-0031")],
     "ethnographic objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "TR", "810890",
     "Ti-6Al-4V ELI forged rounds, 150 mm, 10 bars, for a Turkish orthopaedic-implant maker", "ES", 800, 10, 24000,
     "EUR", [("EXPORT_LICENCE", "ES-MINCOTUR-70-0051"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-70-0188")],
     "dual-use titanium alloy bar under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "292215",
     "Triethanolamine 99 %, 20 drums, for an Indian cosmetics maker", "BE", 4400, 20, 7000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-70-0092"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-70-0311")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "US", "IT", "960190",
     "Black coral ear plugs and septum pinchers (Antipathes griggi), Hawaiian fishery, 200 units", "US", 1, 200, 8000,
     "USD", [("CITES_PERMIT", "US-FWS-70-0417")], "App. II black coral products with their export permit"),
    ("PRM-12", "wildlife", "import", "BEAIR01", "air", "CA", "BE", "050790",
     "Brown bear claws (Ursus arctos), from a legal Yukon hunt, 20 units, for a jewellery maker", "CA", 0.4, 20, 1200,
     "CAD", [("CITES_PERMIT", "CA-ECCC-70-0129")], "App. II bear claws with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Aino Korhonen", "PRM-05": "Meridian Laboratori Srl",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Orion Body Jewellery Srl", "PRM-12": "Horizon Piercing SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises, nearly all goods of
    # tattoo-supply wholesalers, ink and pigment makers, piercing studios, body-jewellery makers and PMU suppliers
    ("330499", "PMU pigment remover, saline-based, 15 ml bottles", "import", ["express"], ["VN", "KR"], (60, 120), (1, 3), ["USD"], 40, S),
    ("271019", "Rotary tattoo-machine oil, 30 ml drip bottles", "import", ["post"], ["US", "CN"], (30, 60), (1, 3), ["USD"], 25, S),
    ("711719", "Titanium body jewellery, implant grade, assorted", "import", ["air"], ["ID", "CN"], (80, 200), (5, 30), ["USD"], 300, S),
    ("381090", "Citric passivation solution for jewellery, 1 l", "import", ["post"], ["AU", "US"], (8, 15), (1, 4), ["AUD", "USD"], 1, S),
    ("320611", "Titanium dioxide, rutile, cosmetic grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2.5, 4), (5000, 15000), ["USD"], 0.04, S),
    ("390690", "Superabsorbent liquid solidifier granules, 25 kg sacks", "import", ["sea"], ["CN", "EG"], (2, 3.5), (4000, 12000), ["USD"], 0.04, S),
    ("284700", "Hydrogen peroxide 3 %, wound wash, 250 ml", "import", ["air"], ["MY", "TR"], (1, 2), (500, 2000), ["USD"], 4, S),
    ("380894", "Blood-spill disinfectant granules (NaDCC), 1 kg tubs", "import", ["sea"], ["IN", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("340290", "Enzymatic ultrasonic cleaning powder, 1 kg", "import", ["air"], ["IL", "US"], (6, 12), (100, 400), ["USD"], 1, S),
    ("380894", "Surface disinfectant, accelerated hydrogen peroxide 0.5 %, 5 l", "import", ["road"], ["RS", "TR"], (1, 2), (1000, 4000), ["EUR"], 0.2, S),
    ("401519", "Black nitrile gloves, boxed, for tattoo studios", "import", ["sea"], ["MY", "TH"], (3, 5), (6000, 14000), ["USD"], 10, S),
    ("841920", "Class B autoclaves for tattoo and piercing studios, new", "export", ["sea"], ["MA", "GH"], (15, 25), (500, 2000), ["EUR"], 0.02, S),
    ("850760", "Battery packs for wireless tattoo pens, new, boxed", "import", ["air"], ["CN", "HK"], (40, 80), (50, 300), ["USD"], 10, S),
    ("321590", "Tattoo inks, REACH-compliant, sealed bottles", "import", ["air"], ["US", "GB"], (60, 120), (50, 300), ["USD", "GBP"], 20, S),
    ("321590", "PMU pigments, sealed, 10 ml bottles", "import", ["post", "express"], ["KR", "VN"], (150, 300), (1, 3), ["USD"], 50, S),
    ("392690", "Silicone practice skins for tattoo training", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("901832", "Tattoo needle cartridges, sterile, boxed", "import", ["air"], ["US", "CN"], (60, 120), (50, 300), ["USD"], 60, S),
    ("330499", "Tattoo aftercare balm, 50 ml tins", "import", ["post"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 15, S),
    ("901890", "Sterile piercing needles and receiving tubes", "import", ["express"], ["PK", "CN"], (40, 80), (1, 3), ["USD"], 100, S),
    ("381400", "Isopropanol motor cleaner for rotary machines, 1 l", "import", ["air"], ["TH", "CN"], (5, 10), (100, 400), ["USD"], 1.2, S),
    ("381400", "Stencil remover, alcohol-based, 250 ml", "import", ["post"], ["PK", "US"], (15, 30), (1, 3), ["USD"], 4, S),
    ("330499", "Pre-procedure skin cleanser, chlorhexidine, 500 ml", "import", ["air"], ["BR", "KR"], (4, 8), (100, 400), ["USD"], 2, S),
    ("381400", "Modified-alcohol degreasing solvent for needle making, drums", "import", ["sea"], ["CN", "JP"], (2, 4), (4000, 12000), ["USD"], None, S),
    ("381400", "Contact cleaner spray for power supplies, 400 ml", "import", ["air"], ["CO", "US"], (8, 14), (100, 400), ["USD"], 2, S),
    ("940290", "Multi-function tattoo beds, water-blown foam", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.025, S),
    ("490199", "Printed tattoo design books, new", "import", ["post", "express"], ["TH", "JP"], (20, 40), (1, 3), ["USD"], 1.5, S),
    ("442199", "Carved wooden ear plugs, teak and sawo, new", "import", ["air"], ["ID", "PH"], (20, 40), (20, 100), ["USD"], 60, S),
    ("711719", "Brass ear weights, tribal-style, new", "import", ["post"], ["IN", "NP"], (20, 40), (1, 3), ["USD"], 8, S),
    ("711620", "Jade ear stretchers, new, machine-drilled", "import", ["post"], ["CN", "HK"], (40, 80), (1, 2), ["USD"], 30, S),
    ("681599", "Obsidian ear plugs, double-flared, new", "import", ["express"], ["MX"], (40, 80), (1, 2), ["USD"], 30, S),
    ("711311", "Gold-plated silver piercing hoops, new", "import", ["express"], ["AE", "TR"], (300, 600), (1, 2), ["USD"], 300, S),
    ("491191", "Tattoo flash prints, new, offset", "export", ["post"], ["US", "GB"], (30, 60), (1, 3), ["EUR"], 10, S),
    ("810890", "Titanium rod and wire, ASTM F136, 1-12 mm", "import", ["air"], ["US", "CN"], (40, 80), (50, 300), ["USD"], None, S),
    ("844332", "Thermal stencil printers for tattoo studios", "import", ["air"], ["CN"], (40, 80), (100, 400), ["USD"], 0.4, S),
    ("850131", "Coreless motors for rotary tattoo machines", "import", ["air"], ["CH", "CN"], (300, 600), (5, 30), ["CHF", "USD"], 30, S),
    ("845891", "Sliding-head CNC lathes for jewellery making, new", "import", ["road"], ["CH"], (60, 120), (2000, 4000), ["CHF"], 0.0004, S),
    ("392690", "Resin ear plugs, amber-coloured, cast", "import", ["express"], ["TH", "CN"], (40, 80), (1, 2), ["USD"], 60, S),
    ("442199", "Pau-ferro and walnut wooden plugs, new", "import", ["post"], ["BR", "ID"], (40, 80), (1, 2), ["USD"], 100, S),
    ("392690", "Black acrylic septum pinchers and talons", "import", ["air"], ["PH", "CN"], (30, 60), (10, 60), ["USD"], 300, S),
    ("442199", "Wooden plugs with farmed-abalone inlay", "import", ["air"], ["ID", "PH"], (20, 40), (20, 80), ["USD"], 100, S),
    ("392690", "Acetate tortoiseshell-pattern septum clickers", "import", ["express"], ["CN", "JP"], (60, 120), (1, 2), ["USD"], 200, S),
    ("392690", "Resin bear-claw ear hangers, replicas", "import", ["post"], ["CA", "US"], (30, 60), (1, 2), ["CAD", "USD"], 50, S),
    ("392690", "Snake-print PU grip covers for tattoo machines", "import", ["air"], ["MY", "CN"], (20, 40), (10, 60), ["USD"], 40, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("830590", "Paper clips and drawing pins, boxed", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 15, N),
        ("340700", "Modelling clay for children, retail packs", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 4, N),
        ("901780", "Wooden and plastic rulers, 30 cm", "import", ["sea"], ["CN", "IN"], (2, 4), (1000, 4000), ["USD"], 25, N),
        ("630790", "Pin cushions, cotton-covered", "import", ["post", "express"], ["GB", "IN"], (15, 30), (1, 3), ["GBP", "USD"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind266", 20700701, HERE)


if __name__ == "__main__":
    main()
