#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-first blind set (tests/risk/data/blind231-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2064, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: medical devices, dentistry and hospitals (dental labs,
clinics and dental-supply shops, hospital-equipment refurbishers, imaging and radiotherapy
equipment, orthopaedic implant and orthotics makers, medical gases, and the dealers who
supply them). Written by a person who had not read the profile packs (nor any rule file) and
had not run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

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
would. Ids are BL231-*:

    python3 tests/risk/data/make_blind231_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIPOST01", "post", "TH", [], "SI", "285390",
         "น้ำกลั่นสำหรับหม้อนึ่งฆ่าเชื้อ (ออโตเคลฟ) คลินิกทันตกรรม, 4 x 1 ลิตร", "TH", 5.0, 4, 900, "THB",
         "distilled water for a dental clinic's autoclave is 1.00 kg/l, tasteless and sold in sealed, unvented "
         "bottles; these four bottles weigh 1.24 kg/l, have vented caps, whiten and sting the skin and foam on a cut, "
         "and the parcel also holds six drained plasma-steriliser cassettes: about 58 % hydrogen peroxide (Annex I "
         "above 12 %) decanted from low-temperature steriliser cassettes, posted from Chiang Mai to a private person "
         "in Maribor; Thai wording (hydrogen peroxide repeats in many sets and distilled-water covers (CPAP, ironing, "
         "battery water) in several; an autoclave-water label and steriliser cassettes were found in no earlier "
         "row by a keyword search)", person("Gospa M. Novak", "SI")),
        ("PRE-02", "import", "LUAIR01", "express", "AR", [], "LU", "291614",
         "Líquido monómero autocurable para acrílico de prótesis dentales (metilmetacrilato), 4 x 1 litro", "AR",
         4.6, 4, 120, "USD",
         "self-cure denture monomer is methyl methacrylate: 0.94 kg/l, floats on water and has a sharp, sweet, "
         "fruity smell that fills a room; these four bottles weigh 1.14 kg/l, sink, smell faintly of nothing much, "
         "do not thicken a spoon of acrylic powder and the filler's drum label on the invoice annex reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Rosario to a private person in Esch-sur-Alzette; "
         "Argentine Spanish wording (nitromethane repeats in many sets; a denture-acrylic monomer label was found "
         "in no earlier row by a keyword search)", person("M. Jeff Schmit", "LU")),
        ("PRE-03", "import", "SKAIR01", "air", "TR", [], "SK", "252020",
         "Ortopedik alçı tozu (Paris alçısı), atel ve kalıp için, 1 kg torba, 300 torba", "TR", 300, 300, 450,
         "EUR",
         "orthopaedic plaster of Paris is a soft, chalky powder that warms and sets hard within minutes of mixing "
         "with water; these 300 bags hold a dense, gritty, crystalline white powder that never sets, sinks and "
         "dissolves slowly, burns fiercely mixed with icing sugar and whose inner liners read 'KClO4', for a Košice "
         "medical-supply web shop that sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Istanbul; Turkish wording (potassium perchlorate "
         "repeats in many sets and gypsum covers (dental and jewellers' investment plaster) in a few; an "
         "orthopaedic plaster-of-Paris label was found in no earlier row by a keyword search)",
         firm("Vega Zdravotnícke Potreby s.r.o.", "SK")),
        ("PRE-04", "import", "HRROAD01", "road", "RS", [], "HR", "382499",
         "Kiseli koncentrat za hemodijalizu, kanisteri 5 l, 480 kanistera", "RS", 4416, 480, 2900, "EUR",
         "haemodialysis acid concentrate is a clear, salty, faintly vinegar-smelling solution of about 1.2 kg/l "
         "that a dialysis machine dilutes 35 times; these canisters weigh 1.84 kg/l, are oily, grow hot with a drop "
         "of water and blacken a paper label: about 96 % sulphuric acid (Annex I above 15 %), for a Zagreb "
         "medical-supply web shop that sells 5 l canisters to the public as a 'machine descaler', on a lorry at "
         "Bajakovo; Serbian (Latin script) wording (sulphuric acid repeats in many sets; a dialysis-concentrate label "
         "was found in no earlier precursor row by a keyword search)", firm("Orion Medicinska Oprema d.o.o.", "HR")),
        ("PRE-05", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "283630",
         "Gemodializ kartrijlari uchun natriy bikarbonat, farmakopeya sifati, 25 kg qoplar, 880 qop", "UZ", 22000,
         880, 6600, "USD",
         "pharmacopoeia sodium bicarbonate for dialysis cartridges is a fine, soft, salty powder that fizzes in "
         "vinegar; these 880 sacks hold white prills that turn ice-cold in water, do not fizz, test at 34 % N and "
         "melt and fume on a hot plate, for a Riga home-care supplier that resells 25 kg sacks on a marketplace to "
         "the public as 'garden fertiliser': ammonium nitrate (Annex I at 16 % N or more) from the Navoi plant made "
         "available to members of the public, by rail through Kazakhstan and Russia; Uzbek wording (ammonium nitrate "
         "repeats in many sets; a dialysis-bicarbonate label was found in no earlier row by a keyword search)",
         firm("Nordhafen Home Care SIA", "LV")),
        ("PRE-06", "import", "IEPOST01", "post", "CA", [], "IE", "330690",
         "Retainer & clear aligner cleaning crystals, 4 x 500 g tubs", "CA", 2.1, 4, 96, "CAD",
         "retainer-cleaning crystals are a blue, mint-scented, effervescent mix of sodium sulphate, bicarbonate and "
         "persulphate that fizzes in warm water; these four tubs hold colourless, cubic, scentless crystals that do "
         "not fizz, draw damp and flare yellow on a gas ring, and the repacker's sack tag in one tub gives CAS "
         "7775-09-9: sodium chlorate (Annex I above 40 %), posted from Winnipeg to a private person in Limerick; "
         "Canadian English wording (sodium chlorate repeats in many sets and denture-cleaner covers in a few; a "
         "retainer or aligner label was found in no earlier row by a keyword search)", person("Mr C. Murphy", "IE")),
        ("PRE-07", "import", "BGAIR01", "air", "IN", [], "BG", "283421",
         "పొటాషియం నైట్రేట్, డెంటల్ సెన్సిటివిటీ జెల్ కోసం, ఫార్మా గ్రేడ్, 1 కిలో సంచులు, 250 సంచులు", "IN", 250, 250,
         1250, "USD",
         "pharma-grade potassium nitrate for desensitising gels is a cooling, salty-bitter white powder that sputters "
         "only when thrown on glowing charcoal; these 250 bags hold shiny, tasteless flakes that spit violet sparks "
         "on a hot iron, burn violently with sugar and carry CAS 3811-04-9 on the inner liners, for a Sofia "
         "dental-supply web shop that sells 1 kg bags to anyone: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Hyderabad; Telugu wording (potassium chlorate repeats "
         "in many sets and potassium-nitrate labels in a few; a dental desensitising-gel label was found in no "
         "earlier row by a keyword search)", firm("Delta Dental Supply EOOD", "BG")),
        ("PRE-08", "import", "MTAIR01", "air", "LK", [], "MT", "281700",
         "දන්ත සිමෙන්ති (ZOE) සඳහා සින්ක් ඔක්සයිඩ් කුඩු, USP, ග්‍රෑම් 500 ඇසුරුම්, 400", "LK", 200, 400, 700,
         "USD",
         "USP zinc oxide for zinc-oxide-eugenol cements is a heavy, fluffy, insoluble white powder that turns "
         "yellow when hot and white again when cool; these 400 packs hold a damp-drawing, water-soluble crystalline "
         "salt that runs wet on an open bench, never yellows and flares with sugar, and whose inner liners read "
         "'NaClO4', for a Malta pharmacy-and-dental web shop that sells to the public: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Colombo; Sinhala wording (sodium "
         "perchlorate repeats in many sets; a zinc-oxide dental-cement label was found in no earlier row by a "
         "keyword search)", firm("Rivage Health Supplies Ltd", "MT")),
        ("PRE-09", "import", "HRROAD01", "road", "BA", [], "HR", "380894",
         "Dezinficijens za endoskope na bazi orto-ftalaldehida (OPA) 0,55 %, kanisteri 5 l, 240 komada", "BA",
         1680, 240, 1900, "EUR",
         "a 0.55 % ortho-phthalaldehyde endoscope disinfectant is a clear, pale-blue, almost odourless liquid of "
         "1.00 kg/l that stains skin grey; these canisters weigh 1.40 kg/l, fume brown when opened, yellow the skin "
         "and eat a copper coin, for a Split pharmacy-supply shop that sells 5 l canisters over the counter: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, on a van at Gradiška; "
         "Bosnian wording (nitric acid repeats in many sets; an endoscope-disinfectant (OPA) label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Medic d.o.o.", "HR")),
        ("PRE-10", "import", "EEAIR01", "express", "AM", [], "EE", "300670",
         "Ուլտրաձայնային հետազոտության գել, 5 լիտր, 4 տարա", "AM", 24, 4, 60, "USD",
         "ultrasound transmission gel is a thick, clear-blue, water-based gel that clings to a probe and does not "
         "pour; these four cans slosh like water, weigh 1.20 kg/l, have vented caps, foam and whiten the skin on "
         "contact and the filler's drums in the Yerevan photo on the invoice read 'H2O2 50 %': hydrogen peroxide "
         "(Annex I above 12 %), sent by express to a private person in Tartu, although oxidising liquids travel by "
         "express only as declared dangerous goods; Armenian wording (hydrogen peroxide repeats in many sets; an "
         "ultrasound-gel label was found in no earlier row by a keyword search)", person("Hr. A. Tamm", "EE")),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "380210",
         "Aktivkohle-Granulat, neu, für Trinkwasserfilter, in Kartuschen, 6 t", "AT", 6000, None, 2400, "EUR",
         "new granular activated carbon travels in sealed bags or drums and smells of nothing; these 2,000 used "
         "plastic canisters, each with a hose connector, are full of grey carbon that gives off a sweet, ethereal "
         "smell when opened, having been clipped to operating-theatre anaesthesia machines in Styrian hospitals to "
         "trap exhaled sevoflurane and desflurane: spent anaesthetic-gas capture canisters loaded with halogenated "
         "organics (waste with halogenated organic substances, Y45), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry through Hungary to a Novi Sad 'water-filter' buyer; Austrian German wording "
         "(spent activated carbon repeats in several sets; anaesthetic-gas capture canisters were found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "IN", "810520",
         "Cobalt-chromium alloy powder, recovered, for additive manufacturing, 40 drums", "IE", 12000, 40, 18000,
         "EUR",
         "cobalt-chrome powder for 3D printing is a dry, bright, spherical, free-flowing metal powder packed under "
         "argon with a particle-size certificate; these drums hold a black, wet, oil-smelling paste of grinding swarf, "
         "abrasive grit and water-miscible coolant from polishing hip and knee components at a Cork orthopaedic "
         "implant plant: oily metal grinding sludge with cobalt (12 01 18*), hazardous waste whose export to a "
         "non-OECD country is banned, from Cork to Nhava Sheva for a 'powder maker'; Irish English wording "
         "(metal sludges repeat in many sets; an implant maker's cobalt-chrome sludge under a 3D-printing powder "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "HUROAD01", "road", "HU", [], "RS", "760200",
         "Alumínium fólia hulladék, tiszta, bálázva, 8 t", "HU", 8000, None, 6400, "EUR",
         "clean aluminium foil scrap is light, bright, springy and crumples in the hand; these bales are small, "
         "heavy, grey, dull sheets of 5 x 4 cm that bend like putty and leave grey marks on paper, peeled out of "
         "intraoral X-ray film packets collected from Hungarian dental practices, with black paper and film still "
         "among them: lead foil (a Basel A1010 lead waste), hazardous waste whose export to a non-OECD country is "
         "banned, at Röszke for a Subotica 'aluminium smelter'; Hungarian wording (lead wastes repeat in many sets; "
         "dental X-ray lead foils were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-04", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "392113",
         "Odpadna poliuretanska pena, čista, za reciklažo (rebond), bali, 18 t", "SI", 18000, None, 900, "EUR",
         "clean PU foam offcuts for rebonding are bright, dry, one-colour trimmings from a foam converter; these "
         "bales hold whole hospital mattresses with split, urine- and blood-stained covers and a disinfectant "
         "smell, stripped from Ljubljana hospital wards: mixed clinical and plastic waste (18 01 04 with 20 03 07), "
         "whose export to a non-OECD country needs a notification and consent it does not have, on a lorry through "
         "Croatia to a Bihać 'foam recycler'; Slovene wording (mattresses repeat in several sets; used hospital "
         "mattresses under a rebond-foam label were found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-05", "export", "DKSEA01", "sea", "DK", [], "GH", "850650",
         "Nye reservebatterier til hjertestartere (AED), lithium, 3.000 stk.", "DK", 3600, 3000, 9000, "EUR",
         "new AED batteries come sealed in the maker's boxes with an install-by date years ahead; these 3,000 "
         "packs are scuffed, some with cracked cases and dead status lights, all past their install-by dates, "
         "collected by a Danish defibrillator-service firm from public AED cabinets: waste lithium batteries and "
         "waste electrical equipment, hazardous waste whose export to a non-OECD country is banned, from Aarhus to "
         "Tema for a 'medical distributor'; Danish wording (waste lithium cells repeat in many sets; AED batteries "
         "as new spares were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-06", "export", "HRSEA01", "sea", "HR", [], "EG", "280120",
         "Koncentrat joda za oporabu, 60 bačvi", "HR", 12000, 60, 1200, "EUR",
         "an iodine-recovery concentrate is a dark, crystalline or brine feed with an assay; these 60 drums hold "
         "boxes of unopened and half-used bottles and pre-filled syringes of iodinated X-ray contrast medium, all "
         "past their dates, returned from Croatian hospitals' radiology departments: waste pharmaceuticals "
         "(18 01 09 and Y3), which may not go to a non-OECD country for recovery without the notification and "
         "consent they lack, from Rijeka to Alexandria for an 'iodine refinery'; Croatian wording (expired "
         "medicines repeat in many sets; contrast media under an iodine-concentrate label were found in no earlier "
         "row by a keyword search)", {"importer_country": "EG"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "AO", "902213",
         "Equipamentos de raio-X panorâmico dentário (OPG), recondicionados, testados, 24 unidades", "PT", 4800, 24,
         12000, "EUR",
         "refurbished panoramic dental X-ray units travel crated, each with a test report, a new tube head and a "
         "warranty; these 24 are dust-caked columns with snapped cassette arms, missing sensors, cut cables and "
         "oil-weeping tube heads, taken out of Lisbon dental clinics as scrap: waste electrical and electronic "
         "equipment with oil-filled high-voltage parts, hazardous waste whose export to a non-OECD country is "
         "banned, from Lisbon to Luanda for a 'dental distributor'; Portuguese wording (broken medical equipment as "
         "refurbished repeats in many sets; dental panoramic units were found in no earlier row by a keyword "
         "search)", {"importer_country": "AO"}),
        ("WST-08", "export", "MTSEA01", "sea", "MT", [], "LY", "940290",
         "Sodod tal-isptar użati, elettriċi, rinnovati, 60", "MT", 6000, 60, 9000, "EUR",
         "a hospital refurbisher's container for Misrata: renovated electric beds and wheelchairs are what Maltese "
         "refurbishers ship to Libyan clinics, but the third item's 'skrins tal-monitoraġġ' are 300 cathode-ray-tube "
         "patient monitors with smashed tubes, loose boards and no cases, from Mater Dei ward stores: CRT-containing "
         "waste electrical equipment with lead glass (A2010), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration from Marsaxlokk; Maltese wording (CRT "
         "monitors repeat in many sets; behind refurbished hospital beds from Malta to Libya is the new part as "
         "far as a search found)",
         dict({"importer_country": "LY"},
              _more_items=[item("871390", "Siġġijiet tar-roti, rinnovati, 80", "MT", 1600, 4000, "EUR", qty=80),
                           item("852859", "Skrins tal-monitoraġġ tal-pazjenti, 300", "MT", 3600, 600, "EUR", qty=300)])),
        ("WST-09", "export", "SKROAD01", "road", "SK", [], "UA", "680911",
         "Sadrokartónové dosky, odrezky, na recykláciu, 20 t", "SK", 20000, None, 600, "EUR",
         "plasterboard offcuts are light (about 9 kg/m2), white-papered gypsum that snaps cleanly; these pallets "
         "hold panels of 40 kg/m2 that bend instead of snapping, each laminated with 2 mm grey lead sheet, torn out "
         "of a Bratislava hospital's radiology and CT rooms, with lead-lined door leaves among them: construction "
         "waste containing lead (17 04 03 with 17 09 03*), hazardous waste whose export to a non-OECD country is "
         "banned, at Vyšné Nemecké for a Uzhhorod 'builder'; Slovak wording (lead-lined X-ray equipment repeats in a "
         "few sets; lead-lined X-ray room panels under a plasterboard label were found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "940210",
         "Unituri stomatologice second-hand, funcționale, cu compresor, 30 bucăți", "RO", 6000, 30, 7500, "EUR",
         "second-hand dental units for reuse travel cleaned, tested and with their amalgam separators emptied; these "
         "30 have cut hoses, rusted spittoons and seized compressors, and their amalgam separators are full of a "
         "grey, heavy sludge that a mercury meter reads at once, from Iași and Cluj clinics being refitted: dental "
         "amalgam waste (18 01 10*) in scrapped equipment, hazardous waste whose export to a non-OECD country, and "
         "export of mercury waste, is banned, on a lorry at Sculeni for a Chișinău 'clinic'; Romanian wording "
         "(dental amalgam and separator sludge repeat in many sets and refurbished dental units once, in blind157; "
         "kept as a repeat, second-hand dental units by road from Romania to Moldova are the new part as far as a "
         "search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRROAD01", "road", "MK", [], "GR", "280430",
         "Медицински азот за пневматски хируршки алати, 99,999 %, боци 10 л, 60 боци", "MK", 1080, 60, 1800,
         "EUR",
         "medical nitrogen for pneumatic orthopaedic drills and saws sits as a permanent gas at 200 bar in black "
         "cylinders of about 2 kg of gas; these 60 cylinders read 2.5 bar, slosh, each hold 18 kg of a liquid of "
         "1.83 kg/l and their shoulders are stamped 'BCF' under the paint: halon 1211 (bromochlorodifluoromethane), "
         "whose import into the Union is banned outside licensed critical uses, on a lorry at Evzonoi for a "
         "Thessaloniki hospital-supply dealer; Macedonian wording (halon 1211 repeats in many sets; a surgical "
         "power-tool nitrogen label was found in no earlier row by a keyword search)",
         firm("Central Iatrika Aeria AE", "GR")),
        ("OZN-02", "import", "SKROAD01", "road", "UA", [], "SK", "280429",
         "Ксенон медичний для анестезії, 99,999 %, балони 10 л, 40 шт.", "UA", 1200, 40, 96000, "EUR",
         "medical xenon for anaesthesia is a costly permanent gas at about 60 bar, a few kilograms a cylinder, worth "
         "thousands each; these 40 cylinders read 14 bar, hold 30 kg of liquid each of 1.55 kg/l and the valve "
         "collars carry a Soviet stamp 'хладон 13В1': halon 1301 (bromotrifluoromethane), whose import into the Union "
         "is banned outside licensed critical uses, declared at xenon's price to explain the value, on a lorry at "
         "Vyšné Nemecké for a Košice 'gas trader'; Ukrainian wording (halon 1301 repeats in many sets and xenon "
         "once, as lamp-making gas; a medical-xenon label was found in no earlier row by a keyword search)",
         firm("Horizon Medicinálne Plyny s.r.o.", "SK")),
        ("OZN-03", "import", "IEPOST01", "post", "AU", [], "IE", "381400",
         "Medical adhesive remover spray for stoma appliances, 6 x 150 ml", "AU", 1.6, 6, 54, "AUD",
         "medical adhesive removers for stoma and tape are silicone or citrus sprays that evaporate cool and smell "
         "of orange or of nothing; these six cans hold a heavy liquid of 1.33 kg/l that smells sweet like "
         "chloroform, does not burn, boils at 74 °C and the filler's old stock stickers read '1,1,1-TCA': methyl "
         "chloroform, whose import into the Union is banned, posted from Brisbane to a private person in Galway; "
         "Australian English wording (methyl chloroform repeats in many sets and adhesive-remover labels in a few; "
         "a stoma-appliance remover label was found in no earlier row by a keyword search)",
         person("Ms A. Byrne", "IE")),
        ("OZN-04", "import", "ESAIR01", "air", "CO", [], "ES", "382499",
         "Endurecedor de troqueles para laboratorio dental, frascos de 1 litro, 60 unidades", "CO", 96, 60, 1800,
         "USD",
         "dental die hardener is a thin, water- or acetone-based resin of about 1.0 kg/l that dries to a gloss on "
         "gypsum; these 60 bottles hold a water-clear, sweet-smelling liquid of 1.59 kg/l that leaves no film, does "
         "not burn and carries CAS 56-23-5 on the filler's cartons: carbon tetrachloride, whose import into the "
         "Union is banned outside licensed laboratory and feedstock uses, flown from Bogotá to Madrid for a dental-lab "
         "supplier; Colombian Spanish wording (carbon tetrachloride repeats in many sets; a dental die-hardener "
         "label was found in no earlier row by a keyword search)", firm("Meridian Dental SL", "ES")),
        ("OZN-05", "import", "ITSEA01", "sea", "TH", [], "IT", "390950",
         "ระบบโฟมโพลียูรีเทนสำหรับงานกายอุปกรณ์และรองเท้าออร์โธปิดิกส์ ส่วน A+B, 80 ถัง", "TH", 16000, 80, 40000,
         "USD",
         "a water-blown PU foam system for orthotic insoles and prosthetic socket fillers smells of little and "
         "foams when its parts are mixed; these 80 polyol drums hiss when opened, the head-space is a sweet, "
         "ether-like gas and a gas test gives 1,1-dichloro-1-fluoroethane: a polyol premix blown with HCFC-141b, a "
         "product containing an ozone-depleting substance whose import into the Union is banned, by sea from Laem "
         "Chabang to Genoa for a Bologna orthopaedic-workshop supplier; Thai wording (HCFC-141b premixes repeat in "
         "many sets; an orthotics and prosthetics foam label was found in no earlier row by a keyword search)",
         firm("Alpina Ortopedia Srl", "IT")),
        ("OZN-06", "export", "BESEA01", "sea", "BE", [], "KE", "841869",
         "Refroidisseurs d'eau pour accélérateurs de radiothérapie, reconditionnés, 6 unités", "BE", 7200, 6,
         30000, "EUR",
         "refurbished chillers for medical linear accelerators sold abroad run on R-410A or R-290 with a service "
         "report; these six, taken out of Liège and Namur radiotherapy bunkers when their linacs were replaced, "
         "carry 1998 charge plates reading 'R22, 14 kg' and still hold their charge: equipment containing HCFC-22, "
         "whose export from the Union is banned (Regulation 2024/590), from Antwerp to Mombasa for a 'cancer-centre "
         "equipment' buyer; Belgian French wording (R-22 equipment for export repeats in many sets; radiotherapy "
         "linac chillers were found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("OZN-07", "import", "ATAIR01", "air", "JP", [], "AT", "290377",
         "眼科手術用パーフルオロプロパン (C3F8) ガス, 医療用, 缶入り, 120 本", "JP", 120, 120, 6000, "USD",
         "ophthalmic C3F8 for retinal tamponade comes in small, sterile-packed canisters of a few tens of grams with "
         "a filter set, at a hundred dollars or more each; these 120 one-kilogram cans have no filter or sterile "
         "pack, cost 50 USD each and their crimped bases are stamped 'R-114': dichlorotetrafluoroethane (CFC-114), "
         "whose import into the Union is banned, flown from Osaka to Vienna for an 'ophthalmic-supply' trader; "
         "Japanese wording (CFC-114 repeats in a few sets; an ophthalmic-gas label was found in no earlier row by a "
         "keyword search)", firm("Vega Ophthalmo GmbH", "AT")),
        ("OZN-08", "import", "CYSEA01", "sea", "JO", [], "CY", "281129",
         "أكسيد النيتروز الطبي للتخدير في عيادات الأسنان، أسطوانات 10 لتر، 50 أسطوانة", "JO", 1100, 50, 2000,
         "USD",
         "medical nitrous oxide for dental sedation sits in blue cylinders as a liquid at about 50 bar that frosts "
         "the valve when drawn; these 50 blue cylinders read 5.7 bar at 20 °C, hold 22 kg each of a liquid of "
         "1.33 kg/l and a gas test of the head-space gives dichlorodifluoromethane: CFC-12 in medical-gas "
         "cylinders, whose import into the Union is banned, by sea from Aqaba to Limassol for a dental-supply "
         "dealer; Jordanian Arabic wording (CFC-12 repeats in many sets and nitrous-oxide labels in a few, on "
         "cream-whipper cartridges; a dental-sedation label was found in no earlier row by a keyword search)",
         firm("Delta Dental Gases Ltd", "CY")),
        ("OZN-09", "import", "GRSEA01", "sea", "IN", [], "GR", "841850",
         "सौर ऊर्जा चालित वैक्सीन रेफ्रिजरेटर, R-600a, 40 नग", "IN", 4400, 40, 52000, "USD",
         "a cold-chain container for an Athens humanitarian-health supplier: solar vaccine refrigerators on "
         "isobutane and their solar kits are what Indian makers sell, but the third item's 'spare R-600a cylinders' "
         "are 60 disposable 13.6 kg cylinders that read 9 bar at 20 °C (isobutane reads 2), weigh 1.19 kg/l of "
         "liquid and have no flammable-gas mark: chlorodifluoromethane (HCFC-22), whose import into the Union is "
         "banned, hidden as the last item of a three-item declaration from Mundra to Piraeus; Hindi wording "
         "(HCFC-22 repeats in many sets under other gas labels and vaccine refrigerators once, in blind208; spare "
         "R-600a cylinders behind Indian solar vaccine refrigerators are the new part as far as a search found)",
         dict(firm("Orion Humanitarian Health AE", "GR"),
              _more_items=[item("854143", "सोलर पैनल किट, वैक्सीन रेफ्रिजरेटर के लिए, 40 सेट", "IN", 1600, 12000, "USD", qty=40),
                           item("271113", "अतिरिक्त R-600a रेफ्रिजरेंट सिलेंडर, 60 नग", "IN", 816, 900, "USD", qty=60)])),
        ("OZN-10", "import", "BGPOST01", "post", "TR", [], "BG", "382499",
         "Siğil dondurma spreyi (kriyoterapi), DME/propan, 4 x 170 ml", "TR", 1.2, 4, 40, "EUR",
         "home wart-freeze sprays run on dimethyl ether and propane that burn at the nozzle, with foam applicators; "
         "these four unbranded cans read 8 bar, do not burn at the nozzle, hold a liquid of 1.19 kg/l and the "
         "valve cups are stamped 'R22': chlorodifluoromethane (HCFC-22) in aerosols, products containing an "
         "ozone-depleting substance whose import into the Union is banned, posted from Izmir to a private person in "
         "Plovdiv; Turkish wording (HCFC-22 repeats in many sets and cold-spray labels in several; a wart-freeze "
         "label was found in no earlier row by a keyword search)", person("G-zha E. Dimitrova", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "PE", [], "ES", "902300",
         "Cráneos de entrenamiento para odontología (fantomas dentales), 6 unidades", "PE", 9, 6, 300, "USD",
         "dental training phantom skulls are moulded resin with screw-in typodont teeth and a maker's stamp; these "
         "six are real, brown, desiccated human skulls with wisdom teeth worn flat, cranial deformation and "
         "bevelled, healed holes scraped through the parietal bones, with desert sand in the sinuses: trepanned "
         "skulls from a Paracas or Nazca cemetery, archaeological human remains and part of the Peruvian cultural "
         "heritage whose export is banned, brought in without the import licence Regulation 2019/880 requires, "
         "flown from Lima to Madrid for a 'dental academy' address that is a private dealer; Peruvian Spanish "
         "wording (Paracas material repeats in several sets and skulls in many; trepanned skulls under a "
         "dental-phantom label were found in no earlier row by a keyword search)",
         firm("Meridian Formación Dental SL", "ES")),
        ("CUL-02", "import", "DEAIR01", "air", "AE", [], "DE", "902300",
         "Anthropomorphic radiotherapy phantom sections, tissue-equivalent, used, 3 pcs", "EG", 7, 3, 900, "USD",
         "radiotherapy phantoms are sliced blocks of tissue-equivalent resin with dosimeter holes and a maker's "
         "plate; these three are a desiccated human hand and foot and a head wrapped in resin-soaked linen, with "
         "gilded nails and amulet impressions in the bandages: parts of an Egyptian mummy of the Late Period, "
         "archaeological objects taken out of Egypt, which forbids their export, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Dubai to Munich for a dealer who offers 'CT-scanned "
         "antiquities'; English wording (mummy parts and animal mummies repeat in several sets; a radiotherapy-"
         "phantom label was found in no earlier row by a keyword search)", firm("Nordhafen Antiken GmbH", "DE")),
        ("CUL-03", "import", "ITSEA01", "sea", "AL", [], "IT", "780600",
         "Tulla plumbi për mbrojtje nga rrezatimi në bunkerë radioterapie, 40 copë", "AL", 1400, 40, 2800, "EUR",
         "lead shielding bricks for radiotherapy bunkers are new, interlocking, chevron-edged cast blocks of exactly "
         "the same size; these 40 are grey-white, crusted, trapezoidal ingots of 30-40 kg each with cast Latin "
         "stamps on the top faces, shell and coral concretions and a broken amphora handle in the packing: "
         "Roman lead ingots raised from a wreck off Vlorë, underwater cultural heritage whose export Albania forbids, "
         "brought in without the import licence Regulation 2019/880 requires, by sea from Durrës to Bari for a "
         "'medical physics' buyer; Albanian wording (a Roman lead net weight in one earlier row is the nearest "
         "repeat; Roman lead ingots under a radiotherapy-shielding label were found in no earlier row by a keyword "
         "search)", firm("Delta Fisica Medica Srl", "IT")),
        ("CUL-04", "import", "NLAIR01", "air", "CN", [], "NL", "690919",
         "CT 校准用陶瓷球体 (质量控制模体), 直径 12 厘米, 8 个", "CN", 22, 8, 400, "USD",
         "ceramic CT calibration spheres are glazed, machined, identical balls with a laser-etched serial number; "
         "these eight are rough, oval stones of slightly different sizes with a crackled, pitted eggshell a few "
         "millimetres thick, red sandstone in the cracks and one showing bone fragments inside on the buyer's own "
         "CT image: fossil dinosaur eggs from Henan or Jiangxi, whose export China forbids, brought into the Union "
         "without lawful export papers, flown from Guangzhou to Amsterdam for a natural-history dealer; Chinese "
         "wording (dinosaur eggs repeat in several sets; a CT-calibration-sphere label was found in no earlier row "
         "by a keyword search)", firm("Horizon Natural History BV", "NL")),
        ("CUL-05", "import", "DEAIR01", "air", "AE", [], "DE", "741810",
         "هاون و دسته برنجی برای داروخانه هومیوپاتی، نو، ۴ عدد", "AF", 26, 4, 200, "USD",
         "new brass pharmacy mortars are bright, lathe-turned and evenly lacquered; these four are heavy, "
         "faceted, dark-patinated bronze mortars with cast knobs, bands of Kufic blessings and a mineral crust "
         "inside, dug from a Ghurid-period site in western Afghanistan: 12th-13th century Khorasan bronze "
         "mortars, archaeological objects whose export Afghanistan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Dubai to Frankfurt for a Hamburg 'homeopathy supplies' address; "
         "Dari wording (Khorasan bronzes repeat once, under a new brass-ewer label; a homeopathic-pharmacy mortar label was found in no "
         "earlier row by a keyword search)", firm("Central Homöopathie Bedarf GmbH", "DE")),
        ("CUL-06", "import", "ITSEA01", "sea", "LY", [], "IT", "901890",
         "أجهزة غسيل كلى معطلة مرسلة للإصلاح، 6 أجهزة", "LY", 540, 6, 3000, "EUR",
         "a repair return from a Benghazi hospital to a Naples service centre: broken dialysis machines and infusion "
         "pumps are what such centres receive, but the third item's 'تمثال جبسي للعرض' is a 38 kg limestone "
         "female funerary bust with a veiled head, a faceless, smoothed face and root marks in its hollows: a "
         "Cyrenaican funerary bust of the 4th-2nd century BC from the Cyrene necropolis, whose export Libya "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of "
         "a three-item declaration from Benghazi to Naples; Libyan Arabic wording (Cyrenaican sculpture repeats in "
         "many sets; behind dialysis machines sent for repair is the new part as far as a search found)",
         dict(firm("Rivage Servizi Biomedicali Srl", "IT"),
              _more_items=[item("901890", "مضخات تسريب وريدي معطلة للإصلاح، 20 جهاز", "LY", 90, 1000, "EUR", qty=20),
                           item("442199", "تمثال جبسي للعرض، قطعة واحدة", "LY", 38, 50, "EUR", qty=1)])),
        ("CUL-07", "import", "ITPOST01", "post", "ET", [], "IT", "491199",
         "የሰውነት አካል ሰንጠረዦች፣ የታተሙ፣ የተጠቀለሉ፣ 3", "ET", 1.2, 3, 900, "ETB",
         "printed anatomy wall charts are glossy paper or laminated sheets; these three rolls are long, narrow "
         "strips of goat parchment sewn end to end, in Ge'ez script with painted angels' eyes and guardian figures, "
         "soot-darkened and softened by handling, in leather cases: Ethiopian healing scrolls of the 19th century "
         "from a church treasury in Gojjam, whose export Ethiopia forbids without a permit, posted from Bahir Dar "
         "to a private buyer in Rome; Amharic wording (Ethiopian healing scrolls repeat in a few sets; an "
         "anatomy-chart label was found in no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("CUL-08", "import", "CYSEA01", "sea", "LB", [], "CY", "761300",
         "أسطوانات أكسجين طبي فارغة من الألمنيوم لإعادة الفحص الهيدروستاتيكي، 30 أسطوانة", "SY", 480, 30, 1500,
         "USD",
         "empty aluminium medical-oxygen cylinders for hydrostatic retesting weigh about 15 kg each, ring when "
         "tapped and rattle with nothing; these 30 give dull notes, six weigh 4-6 kg more than the rest, their "
         "valves have been re-seated with fresh thread tape and an endoscope shows cloth bags inside holding some "
         "1,400 Hellenistic and Roman silver and bronze coins with soil in the legends: ancient coins from Syria, "
         "whose export Syria forbids and whose trade Regulation 36/2012 bans, concealed in medical-gas cylinders, by "
         "sea from Tripoli to Limassol; Levantine Arabic wording (Syrian coins repeat in many sets and "
         "oxygen-cylinder labels in several, as ODS covers; coins inside empty cylinders were found in no earlier "
         "row by a keyword search)", firm("Vega Medical Gases Ltd", "CY")),
        ("CUL-09", "import", "BEAIR01", "air", "HN", [], "BE", "902300",
         "Modelos dentales didácticos con incrustaciones, 4 piezas", "HN", 5, 4, 160, "USD",
         "dental teaching models with inlays are resin typodonts with gold or ceramic inlays and a maker's label; "
         "these four are real adult human skull fragments and mandibles whose upper front teeth are filed and "
         "drilled with small discs of green jadeite and pyrite set flush in the enamel: Classic Maya dental "
         "inlays in human remains from a Copán-valley tomb, archaeological heritage whose export Honduras forbids, "
         "brought in without the import licence Regulation 2019/880 requires, flown from San Pedro Sula to "
         "Brussels; Honduran Spanish wording (Maya objects repeat in many sets; Maya jade dental inlays under a "
         "teaching-model label were found in no earlier row by a keyword search)", firm("Orion Pre-Columbian SA", "BE")),
        ("CUL-10", "import", "DEPOST01", "post", "TR", [], "DE", "252020",
         "Diş protez alçı modelleri, kullanılmış, 12 adet", "IQ", 3, 12, 40, "EUR",
         "used dental stone models are smooth, yellow or blue gypsum casts of tooth arches with a lab number; these "
         "12 are fired, pillow-shaped clay tablets, brown and salt-crusted, covered with wedge-shaped signs in "
         "neat lines, one with the ruled sections of an Old Babylonian medical prescription text: cuneiform "
         "tablets taken out of Iraq, archaeological objects brought in without the import licence Regulation "
         "2019/880 requires and against the embargo of Regulation 1210/2003, posted from Gaziantep to a private "
         "buyer in Bonn; Turkish wording (cuneiform tablets repeat in many sets, some by post; a dental-stone-model "
         "label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "AM", "902214",
         "Gereviseerde lineaire versneller voor radiotherapie, 6 MV, 1 installatie", "NL", 9000, 1, 180000, "EUR",
         "a refurbished 6 MV radiotherapy linac ships with its gantry, couch, multileaf collimator and treatment "
         "console; this crate holds no gantry, couch or collimator but a 9 MeV pulsed electron accelerator with its "
         "own modulator, a fan-beam collimator and a dual-energy detector array from a container-scanning portal, "
         "for a Yerevan 'oncology' firm whose forwarding order names Tehran: an electron accelerator and its parts "
         "controlled under dual-use 3A101 and listed in the Iran regulation (267/2012), exported without the "
         "licence, from Rotterdam; Dutch wording (electron accelerators repeat in a few sets under curing and "
         "disinfection labels; a radiotherapy-linac label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "SESEA01", "sea", "SE", [], "GE", "851419",
         "Sintringsugn för dentala zirkoniumoxidkronor, 1 enhet", "SE", 14000, 1, 95000, "EUR",
         "a dental zirconia sintering furnace is a 60 kg benchtop kiln that reaches 1,600 °C in air; this crate "
         "holds a 14 t thick-walled, wire-wound pressure vessel with a 400 mm hot zone, a graphite furnace insert "
         "and a gas compressor rated for 200 MPa argon: a hot isostatic press (HS 8514 11; dual-use 2B004), "
         "exported without the licence Regulation 2021/821 requires and, through a Poti consignee whose buyers are "
         "in Russia, against Regulation 833/2014, from Gothenburg; Swedish wording (isostatic presses repeat in a "
         "few sets under food-press and laboratory labels; a dental sintering-furnace label was found in no earlier "
         "row by a keyword search)", {"importer_country": "GE"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "EG", "293499",
         "Cyclophosphamid-Monohydrat, Wirkstoff (API), Ph. Eur., 5 kg", "DE", 5, None, 4000, "EUR",
         "cyclophosphamide monohydrate is a fine, white, stable powder shipped at room temperature with a "
         "certificate of suitability; these two sealed, cold-packed glass bottles hold a hygroscopic, blistering "
         "hydrochloride that the maker's batch record gives as bis(2-chloroethyl)methylamine: chlormethine (HN2, "
         "nitrogen mustard), a Schedule 1 chemical whose transfer to a State not party to the Chemical Weapons "
         "Convention is forbidden, flown from Frankfurt to Cairo for an 'oncology' importer without the licence and "
         "notice Schedule 1 needs; German wording (nitrogen mustard precursors repeat in many sets; chlormethine "
         "itself under a cyclophosphamide label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("STR-04", "export", "LTAIR01", "air", "LT", [], "KG", "901849",
         "Dantų diodinių lazerių moduliai, 980 nm, 200 vnt.", "LT", 60, 200, 30000, "EUR",
         "980 nm dental diode laser modules are fibre-coupled diode packs that slot into a handpiece console; these "
         "200 are sealed, 1.5 µm erbium-glass range-finding modules with a 20 mm receiver lens, an RS-422 port and "
         "a 5 km range, for a Bishkek 'dental' firm whose orders go on to Russia: laser range finders (9015 10) and "
         "their parts, whose sale, supply and export for use in Russia Regulation 833/2014 forbids, flown from "
         "Vilnius; Lithuanian wording (rangefinder modules repeat in several sets; a dental-laser label was found in "
         "no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "TR", "280429",
         "Hélium médical pour IRM, qualité 5.0, 4 bouteilles de 10 l", "FR", 2, 4, 64000, "EUR",
         "MRI top-up helium is helium-4 delivered by the thousand litres as a cryogenic liquid in 250-500 l dewars "
         "at a few euros a litre; these four small high-pressure bottles hold about 2 kg of gas declared at 64,000 "
         "EUR, and the fill certificates in the crate read 'He-3, 99.9 %': helium-3 (dual-use 1C232, and in the "
         "Iran regulation), exported without the licence Regulation 2021/821 requires, flown from Paris to an "
         "Istanbul broker whose consignments go on to Tehran; French wording (helium-3 repeats in a few sets; an "
         "MRI-helium label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "CZAIR01", "air", "CZ", [], "PK", "902290",
         "Hliníkové filtrační disky pro rentgenové trubice, 0,5 mm, 300 ks", "CZ", 25, 300, 1500, "EUR",
         "aluminium X-ray filter discs are thin, dull, soft metal at a few euros each; these 300 discs are light, "
         "grey, springy and brittle, a third of aluminium's density, in sealed bags with 'toxic dust' warnings, "
         "and 25 kg of them is worth forty times the declared value: beryllium metal foil and discs (dual-use "
         "1C230), exported without the licence Regulation 2021/821 requires, flown from Prague to a Rawalpindi "
         "'medical imaging' buyer; Czech wording (beryllium foil repeats in a few sets under tweeter labels; an "
         "X-ray filter label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-07", "export", "LUAIR01", "air", "LU", [], "KG", "902290",
         "Lames de collimateur multilames en alliage de tungstène pour accélérateurs médicaux, 600 pièces", "LU",
         1200, 600, 72000, "EUR",
         "multileaf-collimator leaves are thin (2-5 mm), tongue-and-groove tungsten plates with a curved tip and a "
         "drive slot; these 600 are solid, 25 mm round rods of 93 % tungsten heavy alloy, 300 mm long, with a "
         "machined tip and no slot, for a Bishkek 'radiology' firm whose last buyer is in Russia: tungsten "
         "heavy-alloy rods (dual-use 1C117 and on Annex VII of Regulation 833/2014), whose export and re-export to "
         "Russia is forbidden, flown from Luxembourg; Luxembourg French wording (tungsten-alloy rods repeat in a "
         "few sets under ballast labels; a multileaf-collimator label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-08", "transit", "ATAIR01", "air", "KR", ["AT"], "IR", "300490",
         "미용용 보툴리눔 톡신 제제, 100 단위 바이알, 200 개", "KR", 3, 200, 20000, "USD",
         "cosmetic botulinum toxin is a finished, formulated product: freeze-dried powder with albumin in sealed, "
         "labelled 100-unit vials at a few dollars a vial; these 200 vials have no albumin, no labels and no "
         "patient leaflet, are packed on dry ice with a biohazard sheet and the lot paper gives 'purified toxin "
         "type A, 1 mg per vial', millions of units each: botulinum neurotoxin (dual-use 1C351, not a formulated "
         "medicine), landed at Vienna in transit from Incheon to Tehran without the licence its transit needs "
         "under Regulation 2021/821; Korean wording (biological toxins repeat in a few sets; a cosmetic botulinum "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-09", "import", "DEAIR01", "air", "AM", [], "DE", "710510",
         "Սինթետիկ ադամանդի փոշի ատամնաբուժական բորերի համար, 40/50 մկմ, 20 000 կարատ", "AM", 4, None, 12000,
         "USD",
         "synthetic diamond grit for dental burs is uniform, bright yellow-green, blocky crystals from an HPHT press "
         "with the maker's sieve certificate; this powder is grey-white, irregular, cleaved fragments of natural "
         "diamond, and the Yerevan 'maker' has no press and buys from an Arkhangelsk crusher: Russian natural "
         "diamond powder (7105 10), whose import into the Union Regulation 833/2014 forbids, with an Armenian "
         "certificate of origin, flown to Frankfurt for a Tuttlingen dental-bur maker; Armenian wording (Russian "
         "goods under third-country origin repeat in many sets and diamonds in several; diamond powder for dental "
         "burs was found in no earlier row by a keyword search)", firm("Alpina Dentalwerkzeug GmbH", "DE")),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "AE", "901920",
         "Concentratori di ossigeno PSA per ospedali, 10 Nm3/h, 4 impianti", "IT", 6000, 4, 120000, "EUR",
         "a hospital-supply container for a Jebel Ali trader that forwards to Bandar Abbas: PSA oxygen plants and "
         "their zeolite are medical goods that may go to Iran, but the third item's 'sensori di pressione per "
         "concentratori' are 40 capacitance manometers with Inconel diaphragms, full scale 13 kPa, made to read "
         "corrosive gases: pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation "
         "(267/2012), exported without a licence, hidden as the last item of a three-item declaration from Genoa; "
         "Italian wording (capacitance manometers repeat in many sets under other pressure-sensor labels; behind oxygen concentrators is the new part "
         "as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("253090", "Setacci molecolari zeolitici per PSA, 2 t", "IT", 2000, 8000, "EUR"),
                           item("902620", "Sensori di pressione per concentratori, 40 pz", "IT", 40, 2000, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "FRAIR01", "air", "CM", ["FR"], "VN", "690919",
         "Disques de zircone pour CFAO dentaire, 98 mm, 120 pièces", "CM", 110, 120, 6000, "EUR",
         "pre-sintered zirconia discs for dental milling are chalk-white, perfectly uniform, 98 mm pucks with a "
         "step and a lot label, light and porous; these 120 are dense, creamy discs of different shades with "
         "criss-cross Schreger lines on the cut faces and a waxy polish: cross-sections of elephant tusk "
         "(Loxodonta, CITES App. I) without CITES documents, landed at Roissy in transit from Douala to Hanoi; "
         "Cameroonian French wording (ivory repeats in many sets, in transit too; a dental-zirconia-disc label was "
         "found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-02", "import", "NLAIR01", "air", "ZA", [], "NL", "300640",
         "Bees-beenoorplantingsblokke (xenograft), gesteriliseer, 400 stuks", "ZA", 60, 400, 2400, "USD",
         "bovine xenograft blocks are small, light, sterile-packed cubes of spongy, deproteinised bone with a lot "
         "label; these 400 are unsterile, dense, ivory-white cortical blocks sawn from long bones with a cortex "
         "far thicker than any cow's and a few still showing the dark, fine-grained marrow cavity of a giraffe "
         "metatarsal: giraffe bone (Giraffa camelopardalis, CITES App. II) without CITES documents, for a knife-"
         "handle and carving trade, flown from Johannesburg to Amsterdam; Afrikaans wording (giraffe bone repeats "
         "in several sets under camel and cattle bone labels; a bone-graft label was found in no earlier row by a "
         "keyword search)", firm("Atlantic Bone Craft BV", "NL")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "300590",
         "Pele de tilápia esterilizada para curativo de queimaduras, 300 peças", "BR", 150, 300, 3000, "USD",
         "sterile tilapia-skin burn dressings are thin, 10 x 20 cm, pale, glycerolised strips in sealed pouches; "
         "these 300 are whole, tanned 1.2 m skins with cupped scale pockets the size of a thumbnail and a "
         "red-edged belly, not sterile and not pouched: pirarucu leather (Arapaima gigas, CITES App. II) without "
         "an IBAMA export permit, flown from Manaus to Porto for a leather-goods maker; Brazilian Portuguese "
         "wording (arapaima repeats in many sets, some under tilapia labels; a burn-dressing label was found in no "
         "earlier row by a keyword search)", firm("Rivage Couros Lda", "PT")),
        ("WLF-04", "import", "LVAIR01", "air", "TM", [], "LV", "300212",
         "Liofilizirlenen trombin, hirurgiki gemostaz üçin, 20 flakon", "TM", 0.4, 20, 800, "USD",
         "lyophilised surgical thrombin is a white cake in sealed, labelled vials with a diluent and a leaflet; "
         "these 20 vials hold yellow, glassy, crystalline flakes that the Ashgabat seller's own analysis calls "
         "'Naja oxiana, 1 g': dried Central Asian cobra venom (Naja oxiana, CITES App. II) without CITES documents, "
         "worth thousands of dollars a gram, flown to Riga for a laboratory-reagent trader; Turkmen wording (cobra "
         "venom repeats in a few sets under bee-venom and cosmetic-peptide labels; a thrombin label was found in no "
         "earlier row by a keyword search)", firm("Vega Lab Reagents SIA", "LV")),
        ("WLF-05", "import", "DEAIR01", "air", "KZ", [], "DE", "050790",
         "Сиыр мүйізінің кератин ұнтағы, жара таңғышына арналған шикізат, 40 кг", "KZ", 40, None, 800, "USD",
         "cattle-horn keratin for wound-dressing makers is a grey, fibrous, evenly milled powder; these sacks hold "
         "whole and split, amber, translucent, lyre-shaped horns ridged along two-thirds of their length, and "
         "shavings of the same: saiga antelope horn (Saiga tatarica, CITES App. II, zero quota for wild specimens "
         "traded commercially) without CITES documents, flown from Almaty to Frankfurt for a Chinese-medicine "
         "wholesaler; Kazakh wording (saiga horn repeats in many sets; a keratin wound-dressing label was found in "
         "no earlier row by a keyword search)", firm("Orion Heilkräuter GmbH", "DE")),
        ("WLF-06", "import", "HUAIR01", "air", "TR", [], "HU", "010690",
         "Steril tıbbi larva (larva debridman tedavisi için Lucilia sericata), 40 kutu", "TR", 20, 40, 1600, "EUR",
         "sterile medical maggots for larval debridement are pale, millimetre-long fly larvae in small vials or "
         "net bags that must be used within two days; these 40 boxes hold some 20,000 olive-green, orange-striped "
         "leeches with suckers at both ends in damp peat: medicinal leeches (Hirudo verbana, CITES App. II) caught "
         "in Anatolian marshes, without CITES documents, flown from Istanbul to Budapest for a hospital supplier; "
         "Turkish wording (medicinal leeches from Türkiye repeat in many sets; kept as a known repeat, a "
         "medical-maggot label was found in no earlier row by a keyword search)",
         firm("Central Biosebészet Kft.", "HU")),
        ("WLF-07", "import", "NLSEA01", "sea", "FJ", [], "NL", "283650",
         "Calcium carbonate abrasive for toothpaste, precipitated, 20 t", "FJ", 20000, None, 4000, "USD",
         "precipitated calcium carbonate for toothpaste is a soft, fine, uniform white powder in paper sacks; "
         "these bulk bags hold coarse, crushed, creamy shell with wavy, fluted fragments, growth lines and worm "
         "borings, and several uncrushed half-metre valves: giant clam shell (Tridacna spp., CITES App. II) without "
         "CITES documents, by sea from Suva to Rotterdam for a 'mineral filler' trader; Fijian English wording "
         "(giant clam shell repeats in many sets; a toothpaste-abrasive label was found in no earlier row by a "
         "keyword search)", firm("Horizon Minerals BV", "NL")),
        ("WLF-08", "import", "FRSEA01", "sea", "MG", [], "FR", "440799",
         "Ébauches de stéthoscopes obstétricaux de Pinard, bois de hêtre, 2 000 pièces", "MG", 1600, 2000, 2000,
         "EUR",
         "beech blanks for wooden Pinard horns are pale, even-grained, light (about 700 kg/m3) turned cylinders; "
         "these 2,000 are jet-black, heavy (over 1,000 kg/m3), fine-grained billets that sink in water and take a "
         "glassy polish, with pale sapwood on a few: Malagasy ebony (Diospyros spp. from Madagascar, CITES App. II, "
         "export banned) without CITES documents, by sea from Toamasina to Marseille for a 'medical woodturner'; "
         "Malagasy French wording (Malagasy ebony repeats in several sets; a Pinard-horn label was found in no "
         "earlier row by a keyword search)", firm("Meridian Tournage SARL", "FR")),
        ("WLF-09", "import", "DEAIR01", "express", "NA", [], "DE", "210690",
         "Prickly-pear (Opuntia) fibre powder for bariatric clinics, 6 x 500 g", "NA", 3, 6, 90, "USD",
         "Opuntia fibre powder is a pale-green, bland, mucilaginous powder that thickens in water; this powder is "
         "beige, intensely bitter and smells of cucumber, made from dried, spiny, succulent stems dug in southern "
         "Namibia: raw Hoodia gordonii powder (CITES App. II in all parts except labelled retail products), without "
         "CITES documents, sent by express from Windhoek to a private buyer in Hamburg; Namibian English wording "
         "(Hoodia repeats in several sets; a prickly-pear fibre label was found in no earlier row by a keyword "
         "search)", person("Anna Schmidt", "DE")),
        ("WLF-10", "import", "ITAIR01", "air", "ID", [], "IT", "900150",
         "Lensa kacamata resep, plastik, 2.000 pasang", "ID", 60, 2000, 3000, "USD",
         "an optics air shipment for a Belluno eyewear maker: prescription lenses and acetate frames are what "
         "Indonesian suppliers send, but the third item's 'lembaran asetat motif kulit penyu' are 40 kg of "
         "translucent amber-and-brown mottled plates with growth lines, cut from whole scutes, that smell of burnt "
         "hair under a hot needle: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration flown from Jakarta to Venice; Indonesian "
         "wording (hawksbill shell repeats in many sets, spectacle frames in a few; behind prescription lenses as "
         "acetate sheet is the new part as far as a search found)",
         dict(firm("Alpina Occhialeria Srl", "IT"),
              _more_items=[item("900311", "Bingkai kacamata asetat, 1.000 buah", "ID", 30, 6000, "USD", qty=1000),
                           item("392073", "Lembaran asetat motif kulit penyu, 40 kg", "ID", 40, 400, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LUAIR01", "express", "AR", "LU", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel)", "AR", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "LU-MJ-64-0031")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BGAIR01", "air", "IN", "BG", "282919",
     "Potassium chlorate 99 %, 2 kg, for a licensed private user (school chemistry demonstrations)", "IN", 2, 2, 40,
     "USD", [("PRECURSOR_LICENCE", "BG-MVR-64-0117")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "380290",
     "Spent anaesthetic-gas capture canisters (sevoflurane, desflurane), for halogenated-agent recovery, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-64-0412")], "notified spent capture canisters to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "NO", "BE", "262029",
     "Dental X-ray lead foils and lead-lined panels (17 04 03), for a licensed secondary lead smelter, 12 t", "NO",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-64-0088")], "notified lead waste to a licensed smelter"),
    ("PRM-05", "ozone", "import", "SKROAD01", "road", "UA", "SK", "290376",
     "Halon 1301, recovered, 40 cylinders, for reclamation and supply to licensed critical uses (aircraft)", "UA",
     1200, 40, 18000, "EUR", [("ODS_LICENCE", "SK-MZP-ODS-64-004")], "halon 1301 imported for reclamation for critical uses"),
    ("PRM-06", "ozone", "import", "ESAIR01", "air", "US", "ES", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     800, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-64-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "AE", "830629",
     "Khorasan bronze mortar, 12th century, documented French collection since 1958, sold at auction", "FR", 7, 1,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-64-0207")], "archaeological bronze exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "691390",
     "Maiolica albarello from a hospital pharmacy, Faenza, c. 1530, documented collection, with export certificate",
     "IT", 4, 1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-64-0344")],
     "maiolica exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "BR", "851411",
     "Hot isostatic press, 200 MPa, for a Brazilian orthopaedic-implant maker", "SE", 14000, 1, 1600000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-64-0221"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-64-0049")],
     "dual-use isostatic press under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "KR", "280429",
     "Helium-3, 99.9 %, 2 bottles, for hyperpolarised lung MRI at a Korean university hospital", "FR", 0.5, 2, 40000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-64-0530"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-64-0102")],
     "helium-3 under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "HUAIR01", "air", "TR", "HU", "010690",
     "Medicinal leeches, Hirudo verbana, farm-bred, 2,000, for hospital hirudotherapy", "TR", 4, 2000, 3000, "EUR",
     [("CITES_PERMIT", "TR-DKMP-64-0133")], "App. II farm-bred leeches with their export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "411390",
     "Pirarucu (Arapaima gigas) leather, farmed, tanned, 120 skins", "BR", 60, 120, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-64-0716")], "App. II farmed arapaima leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Частно лице", "PRM-06": "Central Analítica SL",
    "PRM-10": "Seoul Pulmonary Imaging Center", "PRM-11": "Central Biosebészet Kft.", "PRM-12": "Rivage Couros Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): most the lawful twins of this set's disguises, nearly all
    # goods of dental labs and clinics, hospital suppliers and refurbishers, imaging and orthopaedics
    ("285390", "Distilled water for dental autoclaves, 1 l bottles", "import", ["post"], ["TH", "GB"], (3, 6), (1, 4), ["USD", "GBP"], 1, S),
    ("291614", "Denture acrylic monomer liquid (MMA), heat-cure, 1 l", "import", ["air"], ["AR", "KR"], (8, 14), (100, 500), ["USD"], 1, S),
    ("252020", "Orthopaedic plaster of Paris powder, 25 kg sacks", "import", ["sea"], ["TR", "MA"], (0.4, 0.8), (8000, 20000), ["EUR", "USD"], 0.04, S),
    ("382499", "Citric-acid descaler for dialysis machines, 5 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (2000, 8000), ["EUR"], 0.2, S),
    ("283630", "Sodium bicarbonate, pharmacopoeia grade, 25 kg sacks", "import", ["sea", "rail"], ["TR", "CN"], (0.3, 0.6), (18000, 24000), ["USD"], None, S),
    ("330690", "Retainer and aligner cleaning crystals, effervescent", "import", ["post"], ["CA", "US"], (25, 45), (1, 3), ["CAD", "USD"], 2, S),
    ("283421", "Potassium nitrate, toothpaste grade, 25 kg", "import", ["sea"], ["IN", "CL"], (1, 2), (5000, 15000), ["USD"], None, S),
    ("281700", "Zinc oxide powder, USP, for dental cements", "import", ["sea"], ["LK", "IN"], (2.5, 4), (4000, 12000), ["USD"], None, S),
    ("380894", "OPA 0.55 % endoscope disinfectant, 5 l", "import", ["road"], ["BA", "RS"], (3, 6), (1000, 4000), ["EUR"], 0.2, S),
    ("300670", "Ultrasound transmission gel, 5 l", "import", ["sea"], ["TR", "CN"], (1, 2), (3000, 9000), ["USD", "EUR"], 0.2, S),
    ("380210", "Granular activated carbon for water filters, new", "export", ["road"], ["RS", "UA"], (1.2, 2.2), (5000, 20000), ["EUR"], None, S),
    ("810520", "Cobalt-chromium alloy powder, virgin, argon-packed, for 3D printing", "export", ["sea"], ["IN", "IL"], (40, 70), (500, 2000), ["EUR"], None, S),
    ("760719", "Aluminium foil for dental X-ray film packaging, rolls", "export", ["road"], ["RS", "MK"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("392113", "Polyurethane foam slabs, new, for hospital mattresses", "export", ["road"], ["BA", "RS"], (2.5, 4), (3000, 9000), ["EUR"], None, S),
    ("850650", "AED lithium batteries, new, in maker's boxes", "export", ["sea"], ["GH", "NG"], (20, 35), (500, 2000), ["EUR"], 0.8, S),
    ("902213", "Dental panoramic X-ray units, refurbished, with warranty", "export", ["sea"], ["AO", "MZ"], (8, 14), (1000, 4000), ["EUR"], 0.005, S),
    ("940290", "Electric hospital beds, refurbished, with test reports", "export", ["sea"], ["LY", "TN"], (5, 9), (4000, 9000), ["EUR"], 0.01, S),
    ("680911", "Gypsum plasterboard, new, 12.5 mm", "export", ["road"], ["UA", "MD"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("940210", "Dental chair units, new, with compressor", "export", ["road"], ["MD", "RS"], (15, 25), (1000, 4000), ["EUR"], 0.005, S),
    ("280430", "Nitrogen 99.999 %, compressed, 50 l cylinders", "import", ["road"], ["MK", "RS"], (1, 2), (2000, 6000), ["EUR"], None, S),
    ("280429", "Xenon 99.999 %, for lamp makers, cylinders", "import", ["road"], ["UA", "TR"], (800, 1400), (20, 100), ["EUR"], None, S),
    ("381400", "Silicone medical adhesive remover spray, 150 ml", "import", ["post"], ["AU", "GB"], (20, 35), (1, 3), ["AUD", "GBP"], 6, S),
    ("382499", "Dental die hardener, water-based, 1 l", "import", ["air"], ["CO", "BR"], (12, 20), (50, 300), ["USD"], 1, S),
    ("390950", "Water-blown PU foam system for orthotic insoles, A+B drums", "import", ["sea"], ["TH", "TR"], (2.5, 4), (5000, 15000), ["USD"], None, S),
    ("841869", "Process water chillers, R-290, for imaging equipment", "export", ["sea"], ["KE", "TZ"], (6, 10), (2000, 8000), ["EUR"], 0.001, S),
    ("841850", "Solar vaccine refrigerators, R-600a, WHO PQS", "import", ["sea"], ["IN", "CN"], (9, 14), (3000, 8000), ["USD"], 0.01, S),
    ("382499", "Wart-freeze spray, DME/propane, 170 ml", "import", ["post"], ["TR", "GB"], (25, 45), (1, 3), ["EUR", "GBP"], 4, S),
    ("902300", "Resin dental phantom heads with typodont teeth", "import", ["air"], ["CN", "JP"], (40, 80), (50, 300), ["USD"], 0.3, S),
    ("902300", "Anthropomorphic radiotherapy phantoms, tissue-equivalent, new", "import", ["air"], ["US"], (150, 300), (50, 200), ["USD"], 0.05, S),
    ("780600", "Lead shielding bricks, interlocking, new", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 20000), ["USD", "EUR"], 0.1, S),
    ("690919", "Ceramic CT calibration spheres, serial-numbered", "import", ["air"], ["CN", "JP"], (60, 120), (20, 100), ["USD"], 0.3, S),
    ("741810", "Brass mortars and pestles, new, lacquered", "import", ["sea"], ["IN", "TR"], (5, 9), (1000, 4000), ["USD"], 0.5, S),
    ("491199", "Printed anatomical wall charts, laminated", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 2, S),
    ("761300", "Aluminium medical-oxygen cylinders, new, empty", "import", ["sea"], ["TR", "CN"], (8, 14), (2000, 8000), ["USD"], 0.2, S),
    ("902300", "Dental typodont teaching models with ceramic inlays", "import", ["air"], ["CN", "KR"], (50, 100), (50, 200), ["USD"], 1, S),
    ("252020", "Dental die stone, type IV, 25 kg", "import", ["sea"], ["TR", "JP"], (1, 2), (4000, 12000), ["USD"], 0.04, S),
    ("902214", "Medical linear accelerator, 6 MV, refurbished, with service contract", "export", ["sea"], ["IN", "EG"], (15, 25), (8000, 12000), ["EUR"], 0.0001, S),
    ("851419", "Dental zirconia sintering furnaces, benchtop", "export", ["air"], ["TR", "BR"], (60, 100), (200, 1000), ["EUR"], 0.016, S),
    ("901849", "Dental diode lasers, 980 nm, with console", "import", ["air"], ["KR", "US"], (400, 800), (20, 100), ["USD"], 0.1, S),
    ("280429", "Liquid helium-4 for MRI top-up, dewars", "import", ["sea"], ["QA", "US"], (20, 40), (2000, 6000), ["USD"], None, S),
    ("690919", "Pre-sintered zirconia discs for dental CAD/CAM, 98 mm", "import", ["air"], ["CN", "KR"], (40, 80), (50, 300), ["USD"], 10, S),
    ("300640", "Synthetic beta-TCP bone-graft granules, sterile", "import", ["air"], ["KR", "US"], (500, 1200), (5, 30), ["USD"], 50, S),
    ("300590", "Hydrocolloid burn dressings, sterile, boxed", "import", ["sea"], ["CN", "MY"], (8, 14), (2000, 6000), ["USD"], 20, S),
    ("283650", "Precipitated calcium carbonate, toothpaste grade", "import", ["sea"], ["VN", "CN"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("900311", "Acetate spectacle frames, tortoiseshell pattern", "import", ["air"], ["CN", "ID"], (80, 160), (50, 300), ["USD"], 30, S),
    ("901890", "Wooden Pinard fetal stethoscopes, beech", "import", ["post"], ["GB", "US"], (30, 60), (1, 2), ["GBP", "USD"], 8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Zip-up shoe bags, polyester", "import", ["sea"], ["CN", "IN"], (4, 7), (2000, 6000), ["USD"], 8, N),
        ("960390", "Wooden washing-up brushes, plant-fibre bristles", "import", ["sea"], ["CN", "LK"], (3, 6), (1000, 4000), ["USD"], 10, N),
        ("392490", "Silicone sink strainers, boxed", "import", ["sea", "road"], ["CN", "TR"], (4, 8), (1000, 4000), ["USD", "EUR"], 20, N),
        ("711719", "Friendship bracelets, glass seed beads", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 2), ["GBP", "USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind231", 20640901, HERE)


if __name__ == "__main__":
    main()
