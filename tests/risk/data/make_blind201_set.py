#!/usr/bin/env python3
"""Writes the two-hundred-and-first blind set (tests/risk/data/blind201-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: printing, publishing, paper and
packaging (printers and printmakers, paper mills and merchants, packaging converters, label
and ink makers, bookbinders, booksellers and antiquarian dealers).
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
would. Ids are BL201-*:

    python3 tests/risk/data/make_blind201_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "express", "JP", [], "BE", "382499",
         "オフセット印刷用 湿し水 濃縮液 (アルコールレス), 1 L × 4 本", "JP", 4.5, 4, 9800, "JPY",
         "offset fountain-solution concentrate is a green or blue, faintly acid, buffered liquid of about 1.05 kg/l "
         "that smells of glycol; these four bottles are water-clear, 1.13 kg/l, foam on a cut, whiten the skin and "
         "have vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Osaka to a "
         "private person in Leuven who runs a hobby press; Japanese wording (hydrogen peroxide repeats in many sets; "
         "a fountain-solution label was found in no earlier row by a keyword search)", person("Particulier", "BE")),
        ("PRE-02", "import", "PTPOST01", "post", "AR", [], "PT", "283330",
         "Mordiente de alumbre para papel marmolado, solución lista para usar, 3 x 1 litro", "AR", 4.2, 3, 36000,
         "ARS",
         "the alum mordant marblers sponge onto paper is a cloudy, slightly astringent solution of about 1.05 kg/l; "
         "these three bottles hold a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Buenos Aires to "
         "a private bookbinder in Porto; Argentine Spanish wording (nitric acid repeats in many sets and alum labels "
         "on it in four; a paper-marbling mordant was found in no earlier row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("PRE-03", "import", "ESAIR01", "air", "IN", [], "ES", "350510",
         "ஆஃப்செட் அச்சு ஸ்ப்ரே பவுடர் (anti set-off), 1 கிலோ டப்பா, 240 டப்பாக்கள்", "IN", 240, 240, 1400, "USD",
         "anti-set-off spray powder is a coated starch of 15-30 microns, light and soft, that floats on water; these "
         "240 tubs hold a heavy, gritty, white crystalline powder that sinks, barely dissolves, flares violet on a "
         "match and whose inner bags read 'KClO4', from a Sivakasi supplier (the town prints India's labels and makes "
         "its fireworks) for a Barcelona print-supplies web shop that sells 1 kg tubs to hobby printers and the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public; Tamil wording "
         "from India (potassium perchlorate repeats in many sets and starch-like covers in several; a spray-powder "
         "label was found in no earlier row by a keyword search)", firm("Vega Suministros Gráficos SL", "ES")),
        ("PRE-04", "import", "DEAIR01", "express", "CN", [], "DE", "381400",
         "胶辊还原剂 (印刷胶辊 / 橡皮布翻新), 1 升 x 4 瓶", "CN", 4.6, 4, 320, "CNY",
         "roller and blanket rejuveniser is a thin, hydrocarbon-smelling solvent of about 0.80 kg/l that floats on "
         "water; these four bottles hold an oily liquid of 1.14 kg/l that sinks, partly mixes with water and smells "
         "faintly fruity, and the filler's drum label on the invoice annex reads 'CH3NO2': nitromethane (Annex I "
         "above 16 %), sent by express from Shenzhen to a private letterpress hobbyist in Leipzig, although "
         "flammable liquids travel by express only as declared dangerous goods; Chinese wording (nitromethane repeats "
         "in many sets, printhead-cleaner labels in three; a roller-rejuveniser label was found in no earlier row by "
         "a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "DEPOST01", "post", "TR", [], "DE", "321390",
         "Ebru seti: sığır ödü (öd), kitre, toprak boyalar, 4 x 1 litre öd", "TR", 7.6, 4, 1400, "TRY",
         "the ox gall Turkish marblers (ebrucu) add to their colours is a greenish-brown, bitter, soapy liquid of "
         "about 1.02 kg/l; these four one-litre bottles weigh 1.84 kg/l, are oily and colourless, grow hot with a "
         "drop of water and char a paper spill: about 96 % sulphuric acid (Annex I above 15 %), posted from Istanbul "
         "inside an ebru kit to a private person in Bielefeld; Turkish wording (sulphuric acid repeats in many sets; "
         "an ebru ox-gall label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-06", "import", "IEPOST01", "post", "GB", [], "IE", "283650",
         "Calligraphy pounce powder (sandarac & pumice blend), 6 x 500 g", "GB", 3.0, 6, 54, "GBP",
         "pounce is a fine, grey-white, gritty blend of pumice and gum sandarac that smells of resin and is rubbed "
         "onto vellum before lettering; these six tubs hold shiny, odourless, tasteless white crystals that spit "
         "sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), "
         "posted from Bath to a private calligrapher in Cork; British English wording (potassium chlorate repeats in "
         "many sets, and gilders' whiting and Bologna chalk labels on it in three; a pounce label was found in no "
         "earlier row by a keyword search)", person("Private individual", "IE")),
        ("PRE-07", "import", "ATAIR01", "express", "KR", [], "AT", "391239",
         "제본용 메틸셀룰로오스 풀 분말 (한지 배접용), 500 g x 6", "KR", 3.0, 6, 90000, "KRW",
         "methylcellulose paste powder for bookbinding and hanji lining is a light, fluffy, white fibre that swells "
         "in water into a clear, slippery paste; these six bags hold a dense, crystalline white powder that dissolves "
         "at once without thickening, draws damp in the open bag and burns brightly mixed with sugar, and the inner "
         "bags read 'NaClO4·H2O': sodium perchlorate (Annex I above 40 %), sent by express from Seoul to a private "
         "person in Graz; Korean wording (sodium perchlorate repeats in many sets and cellulose labels on perchlorates "
         "in several; a methylcellulose bookbinding-paste label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "HUAIR01", "air", "TH", [], "HU", "284990",
         "ผงฟอกเยื่อกระดาษสา สำหรับทำกระดาษทำมือ, ถุง 500 กรัม, 6,000 ถุง", "TH", 3000, 6000, 4200, "USD",
         "the bleaching powder Thai sa-paper makers use is calcium hypochlorite, a white, chlorine-smelling powder; "
         "these 6,000 bags hold colourless, odourless crystals that draw damp, crackle and flare yellow on a gas ring, "
         "with CAS 7775-09-9 on the factory sheet, for a Debrecen craft web shop that sells hand-papermaking kits to "
         "the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Chiang "
         "Mai; Thai wording (sodium chlorate repeats in many sets and a hand-papermaking bleach label on it once, in "
         "blind69, kept as a repeat of the cover; a Thai sa-paper label is the new part)", firm("Orion Kreatív Kft.", "HU")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "340290",
         "Removedor de emulsão para telas de serigrafia, concentrado, 4 x 1 litro", "BR", 4.8, 4, 160, "BRL",
         "screen-emulsion remover is a blue or pink, mildly alkaline periodate solution of about 1.05 kg/l; these four "
         "bottles are water-clear, weigh 1.20 kg/l, fizz on a cut, bleach the skin white and have vented caps: about "
         "50 % hydrogen peroxide (Annex I above 12 %), sent by express from São Paulo to a private T-shirt printer in "
         "Setúbal; Brazilian Portuguese wording (hydrogen peroxide repeats in many sets; a stencil-remover label was "
         "found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-10", "import", "HRROAD01", "road", "RS", [], "HR", "252800",
         "Boraks (natrijev tetraborat) za škrobno ljepilo valovitog kartona, vreće 25 kg, 720 vreća", "RS", 18000, 720,
         5400, "EUR",
         "borax for corrugating starch glue is a fine, white, slightly soapy granule that dissolves slowly in warm "
         "water; these 720 sacks hold white prills that turn ice-cold in water, test at 34 % N and melt and fume on a "
         "hot plate, for a Zagreb packaging-supplies web shop that sells 25 kg sacks to small box makers and the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry "
         "at Bajakovo; Croatian wording (ammonium nitrate repeats in many sets, AdBlue-urea labels on it in eleven; "
         "a borax label was found in no earlier row by a keyword search)", firm("Delta Ambalaža d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "GH", "271012",
         "Mineral turpentine (white spirit), reclaimed, clarified, 80 drums", "IE", 14400, 80, 2900, "EUR",
         "reclaimed white spirit sold on is a water-clear, distilled solvent with a flash-point certificate; these 80 "
         "drums hold a dark-grey, two-layered liquid with a black sludge of ink, paper lint and rubber crumbs, the "
         "spent blanket and roller wash collected from a Dublin web-offset press hall: waste organic solvents "
         "(14 06 03*), hazardous waste whose export to a non-OECD country is banned, from Dublin to Tema for a "
         "'paint thinner' buyer; Irish English wording (waste solvents under turpentine labels repeat in several "
         "sets; press-wash residue from a printing works was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "IN", "800120",
         "Soudeerstaven tin-lood 60/40, baren, 18 t", "BE", 18000, None, 27000, "EUR",
         "60/40 solder bars are bright, stamped, even ingots of one alloy with a mill certificate; these pallets "
         "hold dull, grey, uneven pigs and bags of black dross and skimmings that read 80 % lead, 15 % antimony and "
         "4 % tin, melted down from the Linotype slugs and Monotype type of a closing Ghent printing works, at a "
         "fifth of solder's price: lead-antimony type metal and dross (Basel A1010), hazardous waste whose export to "
         "a non-OECD country is banned, from Antwerp to Chennai; Flemish wording (lead scrap repeats in many sets; "
         "printers' type metal was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "SISEA01", "sea", "SI", [], "EG", "853932",
         "UV sušilne žarnice za tiskarske stroje, rezervne, nove, 1.200 kosov", "SI", 2400, 1200, 14000, "EUR",
         "spare UV-curing lamps travel boxed one by one, unblemished, with the maker's foam and test sheet; these "
         "1,200 quartz tubes are blackened at the ends, bent, some broken, packed loose in gaylords with a "
         "reading of mercury vapour at the open lid, taken out of the UV dryers of Slovenian label and packaging "
         "presses: spent mercury lamps (20 01 21*), hazardous waste whose export to a non-OECD country is banned, "
         "from Koper to Alexandria for a 'printing-supplies dealer'; Slovenian wording (mercury lamps repeat in many "
         "sets and UV-lamp labels in six; UV-curing lamps from printing presses are the new part as far as a search "
         "found)", {"importer_country": "EG"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS", "BG"], "TR", "382499",
         "Saurer Kupferelektrolyt für Tiefdruckzylinder, neu, 20 IBC", "DE", 24000, 20, 9600, "EUR",
         "a fresh acid-copper bath for gravure cylinders is a clear, bright-blue copper sulphate solution in sealed "
         "IBCs with a batch certificate; these IBCs hold a muddy, dark red-brown liquid with a sludge of lead "
         "chromate and iron that reads 180 g/l of hexavalent chromium, drained from the hard-chrome baths of a "
         "Bavarian gravure cylinder-making shop: spent chromic-acid plating bath (11 01 05*, 11 01 98*), hazardous "
         "waste shipped to an OECD country without the notification and consent it needs, by lorry to an Istanbul "
         "'repro house'; German wording (chromic-acid solutions repeat in three sets; a copper-bath label from a "
         "gravure cylinder shop was found in no earlier row by a keyword search, an acid-copper label once on another "
         "good)", {"importer_country": "TR"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "283911",
         "Szkło wodne sodowe (krzemian sodu), roztwór techniczny, 22 IBC", "PL", 26000, 22, 3300, "EUR",
         "technical water glass is a clear, syrupy, colourless sodium silicate solution of 1.35-1.50 kg/l; these IBCs "
         "hold a thin, dark-blue-violet, strongly alkaline liquid of 1.05 kg/l with dissolved coating and dye, "
         "smelling of solvent and foaming when shaken, pumped out of the plate processors of Kraków newspaper and "
         "book printers: spent water-based offset plate developer (09 01 02*), hazardous waste whose export to a "
         "non-OECD country is banned, at Korczowa for a Lviv 'detergent maker'; Polish wording (water-glass labels "
         "appear in four rows on other goods; spent plate developer was found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "320890",
         "Barniz interior para latas de conserva, epoxi-fenólico, fuera de especificación, para reutilizar, 40 bidones",
         "ES", 8000, 40, 2400, "EUR",
         "off-spec can-coating lacquer sold on is a clear, even, golden varnish in sealed, labelled drums with a "
         "batch sheet; these 40 drums hold a skinned, gelled, multicoloured mix of lacquer, wash solvent and "
         "coil-coater sludge, dated two years back and smelling of xylene, from a Murcia food-can maker: waste paint "
         "and varnish containing organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is "
         "banned, from Cartagena to Casablanca for a 'can maker'; Spanish wording (off-spec coatings and adhesives "
         "repeat as a family in several sets; can-coating lacquer was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "NG", "350691",
         "Hotmelt-lijm voor etiketten, granulaat, tweede keus, 16 t", "NL", 16000, None, 3200, "EUR",
         "second-grade hot-melt label adhesive is solid, pale pellets in bags that melt clean at 160 °C; these "
         "bags and drums hold a sticky, solvent-smelling mass of rubber-resin adhesive, toluene wash and "
         "label-matrix offcuts scraped from the coaters and cleaned from the tanks of a Veenendaal label-stock "
         "maker: waste adhesives containing organic solvents (08 04 09*), hazardous waste whose export to a "
         "non-OECD country is banned, from Rotterdam to Lagos for a 'label printer'; Dutch wording (off-spec "
         "adhesives repeat in five rows; a label-stock coater's waste under a hot-melt label is the new part as far "
         "as a search found)", {"importer_country": "NG"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "MY", "391510",
         "Polyeteenikalvoromu LDPE, lajiteltu 98/2, paaleissa, 24 t", "FI", 24000, None, 4800, "EUR",
         "LDPE film scrap sorted 98/2 is clean, dry, mostly clear stretch film in tight bales; these bales are wet, "
         "grey-brown tangles of mixed plastic, wire, staples, textile and wet paper fibre that smell of pulp and "
         "rot, the rejects screened out of the pulpers of a Finnish recycled-board mill: mixed plastic waste with "
         "contaminants (Basel Y48, 03 03 07), whose export to non-OECD countries the Union bans, from Kotka to Port "
         "Klang; Finnish wording (LDPE labels on mixed plastics repeat in three rows; pulper rejects from a board "
         "mill were found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-09", "export", "SESEA01", "sea", "SE", [], "PK", "850152",
         "Begagnade elmotorer och drivsystem från pappersmaskin, reservdelar, 1 container", "SE", 14000, None, 9000,
         "EUR",
         "used paper-machine drives sold on are cleaned motors and cabinets with their nameplates and test sheets; "
         "this container holds oil-stained motors together with 300 old power-factor capacitors and two small "
         "transformers whose plates read 'Pyralène' and 'askarel', leaking an oily, chlorinated liquid, taken out "
         "of a closed Värmland paper machine's drive hall: equipment containing PCBs (16 02 09*, 16 02 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Karachi; Swedish wording "
         "(PCB capacitors repeat in a few sets; a paper-machine drive-hall clearance was found in no earlier row by "
         "a keyword search)", {"importer_country": "PK"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "720430",
         "Απορρίμματα λευκοσιδήρου, καθαρά, συμπιεσμένα, 20 τ", "GR", 20000, None, 4000, "EUR",
         "clean tinplate scrap is bright can-maker offcut pressed in dry bales; these bales drip black and coloured "
         "ink, hold scraped-out ink tins, press-wash cans and a litre or two of solvent each and smell of it, from "
         "the ink kitchens of Athens newspaper and packaging printers: metallic packaging contaminated by hazardous "
         "residues (15 01 10*, 15 01 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "Piraeus to Alexandria for a 'steel mill'; Greek wording (contaminated tins under tinplate-scrap labels "
         "repeat in three rows, kept as a repeat of the family; printers' ink tins from Greece to Egypt are the new "
         "part)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLPOST01", "post", "US", [], "NL", "381400",
         "Letterpress type wash, quick-dry, for cleaning type and rollers, 4 x 1 qt", "US", 6.0, 4, 64, "USD",
         "modern type wash is a citrus or mineral-spirit solvent of about 0.80 kg/l that burns; these four old "
         "cans from an estate sale of a Vermont print shop hold a liquid of 1.59 kg/l that does not burn and smells "
         "sweet and heavy, and the original labels under the new stickers read 'Carbon Tet': carbon tetrachloride, "
         "whose import into the Union is banned, posted from Vermont to a private letterpress printer in Zwolle; US "
         "English wording (carbon tetrachloride repeats in many sets; a letterpress type-wash label was found in no "
         "earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "392310",
         "冷链保温运输箱, 聚氨酯发泡, 环戊烷发泡, 4,000 只", "CN", 18000, 4000, 36000, "USD",
         "cold-chain shipping boxes of polyurethane foam sold in the Union are blown with cyclopentane or water and "
         "carry a blowing-agent declaration; these 4,000 meal-kit and pharmacy boxes give off a sweet, ether-like "
         "gas when the foam is cut and a head-space test gives 1,1-dichloro-1-fluoroethane: foam products blown with "
         "HCFC-141b, products containing an ozone-depleting substance whose import into the Union is banned, by sea "
         "from Ningbo to Rotterdam for a Dutch packaging distributor; Chinese wording (HCFC-141b foams repeat in many "
         "sets; insulated shipping boxes for cold-chain packaging were found in no earlier row by a keyword search)",
         firm("Horizon Verpakkingen BV", "NL")),
        ("OZN-03", "import", "LTAIR01", "express", "UZ", [], "LT", "381400",
         "Qog'oz restavratsiyasi uchun erituvchi, quruq tozalash, 4 x 1 litr", "UZ", 6.3, 4, 120, "USD",
         "the solvents paper conservators use to take grease and tape residue off old paper are light hydrocarbons "
         "or alcohols below 0.8 kg/l; these four bottles weigh 1.57 kg/l, do not burn, boil at 48 °C and the "
         "Soviet-era drum stencil copied onto the packing list reads 'Хладон-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, sent by express from Tashkent to a "
         "Kaunas book-restoration workshop; Uzbek wording (CFC-113 repeats in many sets and film-cleaner labels on it "
         "in four; a paper-conservation solvent label was found in no earlier row by a keyword search, a conservation "
         "consolidant once on another good)",
         firm("Orion Restauravimas UAB", "LT")),
        ("OZN-04", "import", "ITSEA01", "sea", "AL", [], "IT", "731100",
         "Bombola të zbrazëta çeliku, të përdorura, për rikontroll, 24 copë", "AL", 2400, 24, 1200, "EUR",
         "empty used cylinders sent for requalification weigh their tare and ring hollow; these 24 red cylinders "
         "from the fixed fire system of a Tirana archive's stacks weigh 50 kg more than their tare, slosh, read "
         "25 bar and their valve labels read 'Halon 1301': bromotrifluoromethane, whose import into the Union is "
         "banned outside licensed critical uses, by sea from Durrës to Bari for a fire-protection dealer; Albanian "
         "wording (halon 1301 repeats in many sets and empty-cylinder labels on it in many, kept as a repeat of the "
         "family, and a rare-book library's extinguishers once, in blind64; an archive fire system from Albania by "
         "sea is the new part)",
         firm("Alpina Antincendio Srl", "IT")),
        ("OZN-05", "import", "ESSEA01", "sea", "MA", [], "ES", "281121",
         "Dioxyde de carbone liquide pour production de glace carbonique (emballage frigorifique), 40 bouteilles",
         "MA", 2000, 40, 1600, "EUR",
         "liquid CO2 for dry-ice makers comes in tall, heavy cylinders at 57 bar with a dip tube; these 40 short "
         "cylinders read 2 bar, hold a liquid of 1.73 kg/l that boils at 4 °C and their shoulders are stamped "
         "'CH3Br' under the stickers, for an Algeciras pallet and packaging-crate yard: methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption remains, and ISPM 15 pallets are heat-treated), by sea "
         "from Tanger Med; Moroccan French wording (methyl bromide repeats in many sets, sulfuryl-fluoride labels on "
         "it in many, and CO2-cylinder labels in a few; a dry-ice CO2 label for a pallet and crate yard is the new "
         "part as far as a search found)",
         firm("Rivage Embalajes SL", "ES")),
        ("OZN-06", "import", "PLSEA01", "sea", "CN", [], "PL", "340290",
         "标签去除喷雾 (柑橘型, 丙丁烷推进剂), 400 毫升, 9,600 罐", "CN", 4800, 9600, 7700, "USD",
         "label-remover sprays sold in the Union are citrus solvents with a propane-butane propellant and a "
         "flammable-gas mark; these 9,600 cans from a Ningbo filler freeze the label at the nozzle, are not "
         "flammable and the filler's sheets in the cartons give 1,1,1,2-tetrafluoroethane as propellant: aerosols "
         "with HFC-134a, which the F-gas Regulation forbids placing on the Union market as technical aerosols, "
         "imported without the HFC quota declaration, by sea from Ningbo to Gdańsk for a Łódź label and "
         "office-supplies wholesaler; Chinese wording (HFC-134a aerosols repeat in many sets and label-remover "
         "labels on ozone rows in two, blind124 and blind133, kept as a repeat of the cover; a label wholesaler's "
         "aerosols by sea to Gdańsk are the new part)", firm("Meridian Etykiety Sp. z o.o.", "PL")),
        ("OZN-07", "import", "FRSEA01", "sea", "IN", [], "FR", "350699",
         "स्प्रे माउंट, पुनः स्थापन योग्य आर्टवर्क एडहेसिव, 400 मि.ली., 7,200 कैन", "IN", 3600, 7200, 5800, "USD",
         "repositionable spray mount for framers and designers runs on dimethyl ether or hydrocarbons and carries a "
         "flammable mark; these 7,200 cans from a Faridabad filler do not burn at the nozzle, smell sweet like "
         "chloroform and the filler's sheets give 1,1,1-trichloroethane as solvent: products containing methyl "
         "chloroform, whose import into the Union is banned, by sea from Nhava Sheva to Le Havre for a Paris "
         "picture-framing and art-supply wholesaler; Hindi wording (methyl chloroform repeats in many sets and "
         "spray-adhesive labels in three, kept as a repeat of the family; spray mount for framers is the new part as "
         "far as a search found)", firm("Central Encadrement SARL", "FR")),
        ("OZN-08", "export", "ITSEA01", "sea", "IT", [], "TN", "842230",
         "Linea di termoformatura usata per vasetti di yogurt (form-fill-seal), revisionata, 1 unità", "IT", 9000, 1,
         60000, "EUR",
         "a used-packaging-machinery container for a Sfax dairy: a form-fill-seal thermoforming line and its cup "
         "moulds are what Bologna packaging-machine dealers ship to Tunisia, but the third item's 'gruppo di "
         "raffreddamento stampi' is the line's 1999 mould chiller still charged with 14 kg of R-22 (nameplate and "
         "sight glass intact, no recovery label): equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), hidden as the last item of a three-item declaration, from La Spezia to Sfax; "
         "Italian wording (R-22 equipment repeats in many sets, and a used offset press with its chiller for Dhaka "
         "in blind65; a thermoforming line's mould chiller was found in no earlier row by a keyword search)",
         dict({"importer_country": "TN"},
              _more_items=[item("848071", "Stampi per vasetti, 4 set, usati", "IT", 1200, 8000, "EUR", qty=4),
                           item("841869", "Gruppo di raffreddamento stampi, usato, 1 unità", "IT", 380, 700, "EUR",
                                qty=1)])),
        ("OZN-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "281129",
         "一氧化二氮, 食品级 (奶油发泡用), 钢瓶, 600 只", "CN", 8160, 600, 12000, "USD",
         "food-grade nitrous oxide travels in tall cylinders at about 50 bar; these 600 disposable 30 lb cylinders "
         "with a one-way valve hold a liquid of 1.2 kg/l at about 9 bar and the stamp under the label reads 'R22': "
         "chlorodifluoromethane (HCFC-22) in non-refillable containers, a controlled ozone-depleting substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Koper in transit from "
         "Qingdao to a Belgrade 'catering supplier'; Chinese wording (HCFC-22 repeats in many sets and argon labels "
         "on it in many; a nitrous-oxide label once, in blind119, kept as a repeat of the cover; in transit through "
         "Koper is the new part)", {"importer_country": "RS"}),
        ("OZN-10", "import", "PLSEA01", "sea", "EG", [], "PL", "381400",
         "مذيب غسيل ألواح الفليكسو (هيدروكربون/كحول)، 60 برميل", "EG", 14400, 60, 9000, "USD",
         "flexo-plate washout solvent is a hydrocarbon-alcohol blend of about 0.80 kg/l with a flame mark and a "
         "strong terpene smell; these 60 drums weigh 1.24 kg/l, do not burn, boil at 32 °C and the drum heads under "
         "the stickers read '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, "
         "by sea from Port Said to Gdynia for a Poznań flexo repro house; Egyptian Arabic wording (HCFC-141b repeats "
         "in many sets under solvent labels; a flexo-plate washout label was found in no earlier row by a keyword "
         "search)", firm("Vega Flexo Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "export", "DEAIR01", "express", "DE", [], "US", "491191",
         "Kunstdruck, Faksimile nach Dürer, Holzschnitt 'Die vier apokalyptischen Reiter', gerahmt, 1 Stück", "DE",
         2.0, 1, 90, "EUR",
         "a facsimile print is on smooth, machine-made paper with an even, flat black and a printer's imprint; this "
         "sheet is laid paper with chain lines and a bull's-head watermark, the black bitten into the paper with a "
         "slight relief from the block, a worm hole and the stamp of a Franconian private collection on the back: an "
         "impression of Albrecht Dürer's woodcut of about 1498, a print over 50 years old worth far above the "
         "threshold, exported without the licence Regulation 116/2009 requires, by express from Nuremberg to a "
         "buyer in New York; German wording (facsimile labels repeat on books of hours in three rows; a Dürer print "
         "was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "GRAIR01", "air", "GE", [], "GR", "490191",
         "ლოცვანი, ახალი ბეჭდური გამოცემა, ტყავის ყდით, 12 ცალი", "GE", 9, 12, 240, "GEL",
         "new printed Georgian prayer books are machine-printed on paper with a publisher's imprint; one of the 12 "
         "is a hand-written Gospel book on parchment in asomtavruli and nuskhuri script, with illuminated canon "
         "tables, a wooden board binding and a monastery's library mark erased: a medieval Georgian manuscript taken "
         "out of Georgia, which forbids its export, brought in against Regulation 2019/880 (Article 3(1)) and the "
         "UNESCO 1970 convention, flown from Tbilisi to Athens for a private dealer; Georgian wording (a Georgian "
         "manuscript was found in no earlier row by a keyword search)", firm("Orion Vivliopoleio AE", "GR")),
        ("CUL-03", "export", "ATAIR01", "air", "AT", [], "JP", "490400",
         "Notenblätter, handschriftliche Kopie des 19. Jahrhunderts, 2 Blatt", "AT", 0.2, 2, 400, "EUR",
         "a 19th-century copyist's score is neat, even, on machine-ruled paper; these two leaves are on hand-ruled "
         "18th-century Italian paper with a three-crescent watermark, written fast in iron-gall ink with "
         "corrections and a characteristic treble clef, and an Austrian auction house's lot sticker lies in the "
         "folder: an autograph music manuscript by W. A. Mozart, a manuscript exported without the licence "
         "Regulation 116/2009 requires (manuscripts need one whatever their value) and against the Austrian "
         "monument-protection law, flown from Vienna to a Tokyo collector; Austrian German wording (a music "
         "manuscript appears once, on another good; a Mozart autograph was found in no earlier row by a keyword "
         "search)", {"importer_country": "JP"}),
        ("CUL-04", "import", "BEPOST01", "post", "VN", [], "BE", "491191",
         "Tranh Đông Hồ in trên giấy dó, 10 tờ", "VN", 1.2, 10, 40, "USD",
         "Đông Hồ prints are new woodblock prints in five flat colours on dó paper coated with crushed seashell; "
         "these ten sheets are yellow silk-paper decrees with hand-written Hán characters, a dragon border and the "
         "red seal of a Nguyễn emperor, folded from years in a village shrine's box: sắc phong (royal ordinations "
         "of a village deity), documentary heritage taken out of Viet Nam, which forbids their export, brought in "
         "against Regulation 2019/880 (Article 3(1)), posted from Hanoi to a private buyer in Liège; Vietnamese "
         "wording (sắc phong under a Đông Hồ label were found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("CUL-05", "import", "ESAIR01", "express", "VE", [], "ES", "491191",
         "Reproducción de carta antigua, papel envejecido, enmarcable, 1 pieza", "VE", 0.3, 1, 30, "USD",
         "a reproduction letter is printed on artificially aged paper with an even toner black; this is a folded "
         "sheet of laid paper written in iron-gall ink that has bitten into the fibres, signed 'Bolívar' with his "
         "flourish, with a Caracas archive's ink stamp half scraped off: an autograph letter of Simón Bolívar "
         "removed from a Venezuelan public archive, brought in against Regulation 2019/880 (Article 3(1)), sent by "
         "express from Caracas to a Madrid dealer; Venezuelan Spanish wording (autograph letters appear in two "
         "earlier rows; a Bolívar letter was found in no earlier row by a keyword search)",
         firm("Central Libros Antiguos SL", "ES")),
        ("CUL-06", "export", "HUAIR01", "air", "HU", [], "IL", "490199",
         "Héber imakönyv, 20. századi utánnyomás, használt, 1 db", "HU", 1.8, 1, 60, "EUR",
         "a 20th-century reprint is machine-set on wood-pulp paper in a cloth binding; this is a Hebrew book printed "
         "on thick rag paper with square letters of uneven impression, no title page, rubricated initials and the "
         "erased stamp of a Budapest library: a Hebrew incunable of the 1480s, exported without the licence "
         "Regulation 116/2009 requires (incunabula need one whatever their value) and against the Hungarian "
         "cultural-heritage law, flown from Budapest to Tel Aviv; Hungarian wording (incunabula repeat in five "
         "sets; a Hebrew incunable was found in no earlier row by a keyword search)", {"importer_country": "IL"}),
        ("CUL-07", "export", "PTAIR01", "express", "PT", [], "BR", "490199",
         "Os Lusíadas, reedição de 1931, encadernação em pele, usado, 1 exemplar", "PT", 1.5, 1, 80, "EUR",
         "a 1931 reprint is on smooth, machine-made paper with a modern imprint; this copy is printed on laid rag "
         "paper with a 1572 Lisbon imprint by António Gonçalves, the pelican on the title page facing the reader's "
         "left, in a worn limp vellum binding with a religious house's ownership note: a first edition of Camões' "
         "Os Lusíadas, a book over 100 years old worth far above the threshold and part of the Portuguese heritage, "
         "exported without the licence Regulation 116/2009 requires, by express from Lisbon to a São Paulo "
         "collector; European Portuguese wording (a Lusíadas first edition was found in no earlier row by a keyword "
         "search)", {"importer_country": "BR"}),
        ("CUL-08", "import", "DEAIR01", "air", "EG", [], "DE", "490199",
         "كتب جامعية عربية، طبعات حديثة، 400 نسخة", "EG", 320, 400, 2400, "USD",
         "a Cairo bookseller's air shipment for a Berlin university bookshop: new Arabic textbooks and bookmarks "
         "are what such shops order, but the third item's 'لوحات بردي سياحية' are 14 brown, brittle fragments of "
         "real papyrus with Greek and Coptic writing in faded carbon ink, sandwiched between glass, not painted "
         "tourist papyrus: Graeco-Roman papyri taken out of Egypt, which forbids their export, brought in without "
         "the import licence Regulation 2019/880 requires for archaeological objects, hidden as the last item of a "
         "three-item declaration; Egyptian Arabic wording (papyri and papyrus-souvenir labels repeat in several "
         "sets, kept as a repeat of the family; behind a university bookseller's order is the new part as far as a "
         "search found)",
         dict(firm("Atlantic Buchhandlung GmbH", "DE"),
              _more_items=[item("491110", "فواصل كتب مطبوعة، 2,000 قطعة", "EG", 20, 200, "USD", qty=2000),
                           item("491191", "لوحات بردي سياحية، مرسومة، 14 قطعة", "EG", 6, 70, "USD", qty=14)])),
        ("CUL-09", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "491191",
         "Kaligrafski print, osmanski ferman, reprodukcija, 3 komada", "BA", 1.5, 3, 45, "BAM",
         "a printed reproduction ferman is on smooth, modern paper with flat, even colour; these three are long "
         "sheets of burnished, hand-made paper with a gold-and-blue tughra painted by hand, chancery script in "
         "carbon ink and a Sarajevo library's shelf mark: Ottoman imperial decrees of the 17th-18th century removed "
         "from a public collection in Bosnia and Herzegovina, brought in against Regulation 2019/880 (Article 3(1)), "
         "in a van from Sarajevo through Croatia and Slovenia to a Vienna dealer; Bosnian wording (Ottoman firmans "
         "appear in two earlier rows, kept as a repeat of the good; from Bosnia by road under a ferman-reproduction "
         "label is the new part)", firm("Alpina Antiquariat GmbH", "AT")),
        ("CUL-10", "export", "ITROAD01", "road", "IT", ["CH", "FR"], "GB", "491191",
         "Stampe decorative moderne, vedute di Roma, 24 fogli", "IT", 8, 24, 480, "EUR",
         "modern decorative prints are offset on smooth paper with a screen dot under a lens; these 24 large "
         "sheets are etchings on heavy laid paper with a plate mark, a fleur-de-lis watermark and deep, velvety "
         "burr, cut with a blade along the gutter from a bound 'Vedute di Roma' whose stub remains in a Roman "
         "religious library: etchings by G. B. Piranesi of the 1750s-1770s, over 50 years old and above the "
         "threshold, and stolen from a collection, exported without the licence Regulation 116/2009 requires, by "
         "lorry from Rome through Switzerland and France to a London print dealer; Italian wording (prints cut from "
         "atlases and books repeat in several sets; Piranesi etchings were found in no earlier row by a keyword "
         "search)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "CN", "844313",
         "Verpackungsdruckmaschine, Bogenoffset, gebraucht, 5 Farben, 1 Stück", "DE", 38000, 1, 120000, "EUR",
         "a used five-colour packaging press has feeder, five inking units, a coater and a delivery for board; this "
         "machine, crated in eight cases, is a sheet-fed intaglio and numbering press for security printing with "
         "wiping units, and the Dalian consignee's forwarding order names a Nampho 'trading company': printing "
         "machinery (8443), whose supply to North Korea Regulation 2017/1509 forbids (all machinery of chapters 84 "
         "and 85), from Hamburg to Dalian; German wording (presses and machinery for North Korea through China "
         "repeat in a few sets; a security-printing press as a packaging press was found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR"], "GE", "391220",
         "Nitrocelulóza pro tiskové barvy, nízkodusíkatá, vlhčená isopropanolem, 200 sudů", "CZ", 24000, 200, 84000,
         "EUR",
         "nitrocellulose for flexo and gravure inks is a low-nitrogen (10.7-12.2 % N) chip wetted with alcohol, "
         "sold as an ink binder; these 200 drums hold a fibrous, high-nitrogen cotton nitrocellulose of 13.2 % N "
         "wetted with water, with the propellant-grade test sheet in the driver's papers, for a Tbilisi 'ink maker' "
         "whose orders go on to Russia: military nitrocellulose (Common Military List ML8), exported without the "
         "licence it needs and against Regulation 833/2014, by lorry from Pardubice; Czech wording "
         "(nitrocellulose repeats in a few sets, once through Kazakhstan; an ink-grade label to Georgia was found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-03", "export", "EESEA01", "sea", "EE", [], "PK", "841989",
         "Elektronkiire-kõvendusseade pakendivärvidele, 150 kV, 1 komplekt", "EE", 9000, 1, 45000, "EUR",
         "an electron-beam curing unit for packaging inks is a compact, self-shielded 80-300 kV emitter over a web "
         "a metre wide; this set is a 6 MeV linear accelerator with klystron, waveguide and a bremsstrahlung target, "
         "needing a concrete bunker, at ten times the declared value, for a Karachi 'flexible-packaging' firm: an "
         "electron accelerator controlled under dual-use 3A101 (2 MeV or more), exported without the licence "
         "Regulation 2021/821 requires, from Tallinn; Estonian wording (accelerators appear in earlier rows on other "
         "covers, if at all; an EB ink-curing label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "LB", "283319",
         "Sulfate de sodium anhydre (salt cake) pour cuisson kraft, sacs 25 kg, 20 t", "BE", 20000, 800, 4000, "EUR",
         "salt cake for kraft pulping is white, neutral, odourless sodium sulphate powder; these sacks hold "
         "yellow-red flakes that smell of rotten eggs when damp, turn a wet pH strip deep blue and carry CAS "
         "1313-82-2 on the inner liners, for a Beirut 'paper mill' whose loads go on by road to Syria: sodium "
         "sulphide (dual-use 1C350, a chemical-weapons precursor), exported without the licence Regulation 2021/821 "
         "requires, from Antwerp; Belgian French wording (sodium sulphide repeats in several sets, kept as a repeat "
         "of the good; a kraft salt-cake label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-05", "import", "LVRAIL01", "rail", "KG", ["KZ", "RU"], "LV", "440711",
         "Доски поддонные, сосна, сухие, происхождение Кыргызстан, 6 вагонов", "KG", 240000, None, 60000, "USD",
         "Kyrgyzstan has almost no pine forest and no sawmilling export trade; these six wagons of dry pine pallet "
         "boards carry the ink stamps of a Krasnoyarsk sawmill on the bundle wrappers, Russian wagon numbers and a "
         "Kyrgyz certificate of origin issued in Bishkek after a reload, for a Riga pallet maker: Russian sawn "
         "wood, whose import into the Union Regulation 833/2014 forbids, by rail through Kazakhstan and Russia to "
         "Zilupe; Russian wording (Russian wood under Central Asian origin repeats in many sets, kept as a repeat of "
         "the family; pallet boards for a pallet maker were found in no earlier row by a keyword search)",
         firm("Nordhafen Paletes SIA", "LV")),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "AE", "844250",
         "Lastre offset termiche CTP, finite, pronte per la stampa, 40 t", "IT", 40000, None, 180000, "EUR",
         "finished thermal CTP plates come cut to press size, coated green or blue, interleaved with paper and "
         "boxed 50 to a box; these pallets hold bare, uncoated, grained AA1050 lithographic aluminium in 3-tonne "
         "coils, for a Jebel Ali 'printing-supplies' trader whose loads go on to Bandar Abbas: semi-finished "
         "aluminium (Annex VII to Regulation 267/2012), whose transfer to Iran needs a prior authorisation, "
         "exported without it, from Genoa; Italian wording (litho aluminium for Iran and offset-plate labels were "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "AM", "903180",
         "Baaninspectiesystemen voor drukpersen, lijnscancamera's, 6 stuks", "NL", 180, 6, 60000, "EUR",
         "a label printer's supplier air shipment for a Yerevan 'print house': web-inspection line-scan systems and "
         "spare LED strobes are what such firms buy, but the third item's 'reservecamera's' are 40 uncooled "
         "640x512 microbolometer thermal-imaging cores with no lens, housing or print-inspection software, whose "
         "last buyers are in Russia: thermal cameras (dual-use 6A003, and on the common high-priority list), whose "
         "export and re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, flown from Amsterdam; Dutch wording (thermal cores repeat in many sets; behind web-inspection "
         "systems for a print house was found in no earlier row by a keyword search)",
         dict({"importer_country": "AM"},
              _more_items=[item("940541", "LED-stroboscopen voor baaninspectie, 12 stuks", "NL", 24, 3600, "EUR", qty=12),
                           item("852589", "Reservecamera's voor baaninspectie, 40 stuks", "NL", 16, 4000, "EUR", qty=40)])),
        ("STR-08", "export", "FISEA01", "sea", "FI", [], "TR", "850440",
         "Paperikoneen osakäyttöjen taajuusmuuttajat, 24 kpl", "FI", 2400, 24, 36000, "EUR",
         "paper-machine sectional drives are 50/60 Hz frequency converters of tens to hundreds of kW for roll "
         "motors; these 24 compact units deliver 600-2,000 Hz on three phases with 0.1 % frequency control and "
         "have no fieldbus card for a paper machine, for a Mersin 'paper-mill spares' dealer whose loads go on to "
         "Iran: frequency changers controlled under dual-use 3A225 and listed in the Iran regulation (267/2012), "
         "exported without a licence, from Kotka; Finnish wording (frequency changers repeat in several sets; a "
         "paper-machine drive label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-09", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "848220",
         "Ersatzteile für Klebebinder und Buchbindemaschinen (Messer, Greifer, Lager), 2 t", "DE", 2000, None, 24000, "EUR",
         "perfect-binder spares are trimmer knives, clamps, grippers and a handful of bearings in the maker's packaging; "
         "these cases hold 9,000 tapered-roller and precision angular-contact bearings in maker's boxes with the "
         "labels torn off and only a few knives on top, for an Almaty 'printing house' whose address is also a "
         "Moscow forwarder's: ball and roller bearings (8482), on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, by rail from Duisburg; German "
         "wording (bearings repeat in many sets, kept as a repeat of the good, and offset-press spares once, in "
         "blind155; bookbinding-machine spares were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "transit", "DESEA01", "sea", "CN", ["DE"], "IR", "841370",
         "油墨循环泵, 柔印机用, 不锈钢, 80 台", "CN", 3200, 80, 16000, "USD",
         "ink-circulation pumps for flexo presses are small stainless diaphragm or centrifugal pumps at a few hundred "
         "dollars; these 80 are PTFE-lined, sealless magnetic-drive pumps with Hastelloy shafts and no wetted steel, "
         "at ten times that on the maker's list: pumps controlled under dual-use 2B350.i for chemical-weapons "
         "production, moved through the Union without the licence transit of them to Iran needs, landed at Hamburg "
         "in transit from Shanghai to Bandar Abbas; Chinese wording (2B350 pumps repeat in many sets, an ink-"
         "pump label once; flexo ink pumps in transit through Hamburg are the new part as far as a search found)",
         {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "ID", [], "IT", "410712",
         "Kulit sapi embos motif ular, untuk penjilidan buku, 300 lembar", "ID", 450, 300, 4500, "USD",
         "snake-embossed cowhide is a thick, even bovine leather pressed with a printed scale pattern that is the same "
         "on every hide; these 300 are thin, long, narrow skins with real, overlapping scales that differ from skin to "
         "skin, a belly and a dorsal line: reticulated python (Python reticulatus, CITES App. II) without CITES "
         "documents, flown from Jakarta to Milan for a Florence bookbinder and fine-stationery maker; Indonesian "
         "wording (python skins repeat in many sets under leather labels; for bookbinding was found in no earlier "
         "row by a keyword search)", firm("Meridian Legatoria Srl", "IT")),
        ("WLF-02", "import", "DEPOST01", "post", "VN", [], "DE", "490900",
         "Thiệp chúc mừng hoa ép thủ công, 40 tấm", "VN", 1.6, 40, 30, "USD",
         "pressed-flower greeting cards are flat cards with thin, dried petals under film; this box holds 40 cards "
         "and, under them, 30 living, bare-root slipper orchids wrapped in damp moss and newspaper, with mottled "
         "leaves and the pouch flowers of wild-collected plants: Paphiopedilum (CITES App. I) without CITES "
         "documents, posted from Hà Giang via Hanoi to a private grower in Dresden; Vietnamese wording (slipper "
         "orchids repeat in several sets; a pressed-flower card label was found in no earlier row by a keyword "
         "search)", person("Lena Wagner", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "KH", [], "FR", "530500",
         "សំបកឈើសរសៃ សម្រាប់ធ្វើក្រដាសដោយដៃ 25 គីឡូ", "KH", 25, None, 250, "USD",
         "bark fibre for hand papermaking is pale, stringy inner bark that soaks soft in water; these 25 kg are dark, "
         "resin-streaked, heavy wood slivers that sink and give off a smoky-sweet oud smell when warmed: agarwood "
         "(Aquilaria crassna, CITES App. II) without CITES documents, at 10 USD/kg for wood that sells at thousands, "
         "flown from Phnom Penh to a 'papermaking studio' in Grasse; Khmer wording (agarwood repeats in many sets, "
         "once near a paper label; a papermaking-fibre label from Cambodia was found in no earlier row by a keyword "
         "search)", firm("Rivage Papeterie SARL", "FR")),
        ("WLF-04", "import", "NLSEA01", "sea", "CD", [], "NL", "441520",
         "Caisses et palettes d'emballage en bois d'iroko, usagées, 1 conteneur", "CD", 21000, None, 4200, "EUR",
         "used packing crates of iroko are rough, nailed, grey-weathered boards of a yellow-brown, coarse wood; this "
         "container holds new, planed, unassembled crate boards of a fine, even, olive-brown wood that darkens in "
         "the light, with no nail holes, a full load of what is really sawn timber: afrormosia (Pericopsis elata, "
         "CITES App. II) without a CITES export permit, by sea from Matadi to Rotterdam for a "
         "packaging trader; Congolese French wording (afrormosia repeats in many sets; as crate and pallet wood "
         "was found in no earlier row by a keyword search)", firm("Horizon Emballage BV", "NL")),
        ("WLF-05", "import", "NLAIR01", "air", "ID", [], "NL", "482010",
         "Buku catatan kertas daur ulang, sampul batik, 2.000 buah", "ID", 800, 2000, 3000, "USD",
         "a Yogyakarta stationery air shipment for a Utrecht museum shop: batik-covered notebooks and daluang "
         "bark-paper sheets are what such shops sell, but the third item's 'blanko stempel resin' are 40 blocks of "
         "dense, golden-yellow material with a red rind, the cut-up casques of helmeted hornbills: Rhinoplax vigil "
         "(CITES App. I) without CITES documents, hidden as the last item of a three-item declaration; Indonesian "
         "wording (helmeted hornbill repeats in several sets; as resin stamp blanks behind a stationery order was "
         "found in no earlier row by a keyword search)",
         dict(firm("Central Museumwinkel BV", "NL"),
              _more_items=[item("480210", "Kertas daluang, lembaran, 500 lembar", "ID", 40, 600, "USD", qty=500),
                           item("392690", "Blanko stempel resin, 40 buah", "ID", 6, 80, "USD", qty=40)])),
        ("WLF-06", "import", "DESEA01", "sea", "PE", [], "DE", "440719",
         "Tablillas de cedro incienso para lápices, secas, 1 contenedor", "PE", 18000, None, 19000, "USD",
         "incense-cedar pencil slats are pale, pinkish, fine-grained, pencil-scented and come from California; these "
         "slats are reddish-brown, coarser, with the sweet, spicy smell of cigar-box cedar, from a Pucallpa sawmill: "
         "Spanish cedar (Cedrela odorata, CITES App. II since 2020) without a CITES export permit, by sea from "
         "Callao to Hamburg for a Franconian pencil maker; Peruvian Spanish wording (Cedrela repeats in several "
         "sets; a pencil-slat label was found in no earlier row by a keyword search)",
         firm("Orion Schreibwaren GmbH", "DE")),
        ("WLF-07", "import", "ESPOST01", "post", "CU", [], "ES", "392690",
         "Abrecartas y plegaderas de resina imitación carey, 6 piezas", "CU", 1.0, 6, 60, "EUR",
         "resin imitation tortoiseshell is uniform, warm to the touch and smells of plastic under a hot needle; these "
         "six paper knives and bone folders are translucent, layered, with irregular amber and brown mottling and "
         "smell of burnt hair under the needle: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without "
         "CITES documents, posted from Havana to a private bookbinder in Cádiz; Cuban Spanish wording (hawksbill "
         "repeats in many sets and letter-opener labels in a few; paper knives and folders for a bookbinder were "
         "found in no earlier row by a keyword search)", person("Particular", "ES")),
        ("WLF-08", "import", "FRAIR01", "air", "CM", [], "FR", "140490",
         "Écorce de mimosa (acacia) pour tannage végétal, sacs 50 kg, 40 sacs", "CM", 2000, 40, 1600, "EUR",
         "wattle bark for vegetable tanning is a grey-brown, ground or shredded bark that smells faintly sweet; "
         "these sacks hold thick, reddish-brown, curved bark pieces with an almond smell when broken, stripped from "
         "trees on Mount Cameroon: Prunus africana (CITES App. II) without a CITES export permit, flown from Douala "
         "to Lyon for a tannery that makes bookbinding and stationery leather; Cameroonian French wording (Prunus "
         "africana repeats in many sets; a tanning-bark label was found in no earlier row by a keyword search)",
         firm("Atlantic Tannerie SARL", "FR")),
        ("WLF-09", "import", "IEPOST01", "post", "NG", [], "IE", "960190",
         "Bone folders for bookbinding, cattle bone, handmade, 10 pieces", "NG", 1.2, 10, 40, "USD",
         "cattle-bone folders are chalk-white, porous at the ends and smell of bone when sanded; these ten are "
         "creamy, dense, with fine cross-hatched Schreger lines on the cut ends: elephant ivory (Loxodonta, CITES "
         "App. I) without CITES documents, posted from Lagos to a private bookbinder in Galway; Nigerian English "
         "wording (ivory repeats in many sets under bone labels; bookbinders' folders were found in no earlier row "
         "by a keyword search)", person("Private person", "IE")),
        ("WLF-10", "import", "CZAIR01", "air", "CN", [], "CZ", "442090",
         "书法用品, 榆木笔筒和镇纸, 200 件", "CN", 240, 200, 2000, "USD",
         "elm-wood brush pots and paperweights for calligraphers are light, coarse, yellow-brown and cheap; these "
         "200 are heavy, fine, with a golden-brown, 'ghost-face' figure and a spicy scent, at a declared 10 USD each "
         "for pieces that sell at hundreds: huanghuali (Dalbergia odorifera, CITES App. II) without CITES documents, "
         "flown from Guangzhou to Prague for a calligraphy-supplies shop; Chinese wording (huanghuali repeats in two "
         "rows; calligraphers' brush pots under an elm label were found in no earlier row by a keyword search)",
         firm("Vega Kaligrafie s.r.o.", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "express", "JP", "BE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (hobby printmaker, plate and paper bleaching)",
     "JP", 4.5, 4, 9800, "JPY", [("PRECURSOR_LICENCE", "BE-SPF-59-0214")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTPOST01", "post", "AR", "PT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (intaglio printmaker, zinc-plate etching)", "AR", 1.4, 1,
     12000, "ARS", [("PRECURSOR_LICENCE", "PT-PSP-59-0033")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "780200",
     "Lead-antimony type metal and dross from a closed printing works (Basel A1010), for refining at a licensed "
     "lead refinery, 16 t", "NO", 16000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-59-0318")],
     "notified printers' type metal to a licensed lead refinery"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "853932",
     "Spent mercury UV-curing lamps from printing presses (20 01 21*), for recovery at a licensed plant, 3 t", "NO",
     3000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-59-0087")], "notified mercury lamps to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 100 ml, for essential laboratory use", "US", 1.6, 10, 700,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-59-022")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "AL", "IT", "290376",
     "Halon 1301 recovered from an archive fire system, 24 cylinders, for reclamation for critical uses", "AL", 1200,
     24, 6000, "EUR", [("ODS_LICENCE", "IT-MASE-ODS-59-011")], "recovered halon imported under licence for reclamation"),
    ("PRM-07", "cultural", "export", "PTAIR01", "air", "PT", "BR", "490199",
     "Camões, Os Lusíadas, Lisbon 1572, documented private collection since 1948, sold at auction", "PT", 1.5, 1,
     220000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-59-0041")], "rare book exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "GB", "491191",
     "G. B. Piranesi, six etchings from the Vedute di Roma, documented private collection, with attestation of free "
     "circulation", "IT", 3, 6, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-59-0270")],
     "prints exported with the EU export licence and the Italian attestation"),
    ("PRM-09", "strategic", "export", "FISEA01", "sea", "FI", "KR", "850440",
     "Frequency changers, 600-2,000 Hz, 4 units, for a Korean research institute's motor test bench", "FI", 400, 4,
     24000, "EUR", [("EXPORT_LICENCE", "FI-UM-59-0208"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-59-0051")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "IN", "841370",
     "PTFE-lined magnetic-drive pumps, Hastelloy shafts, 12 units, for an Indian pharmaceutical plant", "DE", 480, 12,
     72000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-59-1142"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-59-0317")],
     "dual-use corrosion-resistant pumps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410799",
     "Reticulated python skins (Python reticulatus), tanned, wild, within the Indonesian quota, 100", "ID", 150, 100,
     6000, "USD", [("CITES_PERMIT", "ID-KLHK-59-0772")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "PE", "DE", "440719",
     "Spanish cedar (Cedrela odorata) pencil slats, from a certified managed forest, 1 container", "PE", 18000, None,
     36000, "USD", [("CITES_PERMIT", "PE-SERFOR-59-0406")], "App. II Cedrela sawn wood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Particular", "PRM-03": "Central Bleihütte GmbH",
    "PRM-06": "Alpina Antincendio Srl", "PRM-11": "Meridian Legatoria Srl", "PRM-12": "Orion Schreibwaren GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (51 rows): the lawful twins of this set's disguises, most of them supplies,
    # equipment and goods of the printing, publishing, paper and packaging trade
    ("382499", "Offset fountain-solution concentrate, alcohol-free, 20 l cans", "import", ["sea"], ["JP", "US"], (3, 5), (2000, 8000), ["USD", "JPY"], 0.05, S),
    ("283330", "Alum mordant for paper marbling, powder, 500 g", "import", ["post"], ["US", "AR"], (10, 20), (1, 3), ["USD"], 2, S),
    ("350510", "Offset anti-set-off spray powder, coated starch, 1 kg tubs", "import", ["air"], ["IN", "CN"], (4, 8), (100, 500), ["USD"], 1, S),
    ("381400", "Roller and blanket wash, hydrocarbon, 1 l", "import", ["express"], ["CN", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("321390", "Ebru marbling kits (ox gall, gum tragacanth, earth colours)", "import", ["post"], ["TR"], (15, 30), (1, 4), ["EUR", "TRY"], 1, S),
    ("283650", "Calligraphy pounce and gilders' whiting, 500 g", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("391239", "Methylcellulose paste powder for bookbinding, 500 g", "import", ["express"], ["KR", "JP"], (20, 40), (1, 3), ["USD"], 2, S),
    ("480210", "Handmade sa (mulberry) paper sheets", "import", ["air"], ["TH", "LA"], (6, 12), (100, 500), ["USD"], 20, S),
    ("340290", "Screen-printing emulsion remover, periodate-based, 1 l", "import", ["express"], ["BR", "US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("252800", "Borax for corrugating starch adhesive, 25 kg sacks", "import", ["road"], ["RS", "TR"], (0.6, 1.0), (10000, 22000), ["EUR"], 0.04, S),
    ("271012", "White spirit, new, 200 l drums", "export", ["sea"], ["GH", "NG"], (1.0, 1.6), (10000, 20000), ["EUR"], None, S),
    ("800120", "Tin-lead solder bars 60/40, new", "export", ["sea"], ["IN", "AE"], (12, 18), (2000, 8000), ["EUR"], None, S),
    ("853932", "UV-curing lamps for printing presses, new, boxed", "export", ["air"], ["EG", "TR"], (40, 80), (100, 400), ["EUR"], 0.5, S),
    ("382499", "Acid copper plating electrolyte for gravure cylinders, new", "export", ["road"], ["TR", "RS"], (0.8, 1.4), (8000, 20000), ["EUR"], None, S),
    ("283911", "Sodium silicate solution (water glass), technical", "export", ["road"], ["UA", "MD"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("320890", "Can-coating lacquer, epoxy-phenolic, new", "export", ["sea"], ["MA", "TN"], (4, 7), (4000, 12000), ["EUR"], None, S),
    ("350691", "Hot-melt label adhesive, pellets, new", "export", ["sea"], ["NG", "GH"], (2.5, 4), (8000, 16000), ["EUR"], None, S),
    ("391510", "LDPE stretch-film scrap, sorted 98/2, baled", "export", ["sea"], ["MY", "TR"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("850152", "Paper-machine drive motors, reconditioned, tested", "export", ["sea"], ["PK", "IN"], (3, 6), (4000, 12000), ["EUR"], 0.005, S),
    ("720430", "Tinplate scrap, clean can-maker offcuts, baled", "export", ["sea"], ["EG", "TR"], (0.2, 0.35), (18000, 24000), ["EUR"], None, S),
    ("381400", "Citrus type wash for letterpress, 1 qt", "import", ["post"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, S),
    ("392310", "Expanded-polystyrene cold-chain shipping boxes", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 0.5, S),
    ("381400", "Paper-conservation solvent, hydrocarbon, 1 l", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 1, S),
    ("731100", "Empty seamless steel gas cylinders, new, 50 l", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (8000, 16000), ["USD"], 0.015, S),
    ("441520", "Heat-treated ISPM 15 pallets, new, pine", "import", ["road"], ["UA", "RS"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.05, S),
    ("340290", "Label-remover spray, citrus, propane-butane, 400 ml", "import", ["sea"], ["CN", "KR"], (2, 4), (2000, 6000), ["USD"], 2.5, S),
    ("350699", "Repositionable spray mount, hydrocarbon propellant, 400 ml", "import", ["sea"], ["IN", "CN"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("842230", "Form-fill-seal cup thermoforming line, used, refurbished, without chiller", "export", ["sea"], ["TN", "MA"], (4, 8), (6000, 14000), ["EUR"], 0.0001, S),
    ("381400", "Flexo-plate washout solvent, hydrocarbon-alcohol, drums", "import", ["sea"], ["US", "KR"], (2, 4), (6000, 14000), ["USD"], None, S),
    ("491191", "Facsimile prints after old masters, framed", "export", ["express"], ["US", "CH"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("490191", "Georgian prayer books, new edition", "import", ["air"], ["GE"], (6, 12), (50, 300), ["USD", "GEL"], 1.5, S),
    ("490400", "Printed sheet music, new editions", "export", ["air"], ["JP", "US"], (15, 30), (50, 300), ["EUR"], 5, S),
    ("491191", "Đông Hồ woodblock prints on dó paper, new", "import", ["post"], ["VN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("491191", "Reproduction historical letters and maps, aged paper", "import", ["express"], ["VE", "CO"], (20, 40), (1, 2), ["USD"], 5, S),
    ("490199", "Reprinted Hebrew prayer books, 20th-century editions, used", "export", ["air"], ["IL", "US"], (5, 10), (50, 300), ["EUR"], 1, S),
    ("490199", "Used books, Portuguese literature, 20th century", "export", ["sea"], ["BR", "AO"], (2, 4), (1000, 4000), ["EUR"], 2, S),
    ("491191", "Painted papyrus souvenirs, new", "import", ["air"], ["EG"], (8, 15), (50, 300), ["USD"], 10, S),
    ("844313", "Sheet-fed packaging offset press, used, 5 colours with coater", "export", ["sea"], ["CN", "VN"], (3, 6), (20000, 40000), ["EUR"], 0.00003, S),
    ("391220", "Ink-grade nitrocellulose chips, alcohol-wetted, low nitrogen", "export", ["road"], ["TR", "RS"], (3, 5), (8000, 18000), ["EUR"], None, S),
    ("283319", "Sodium sulphate (salt cake), for kraft pulping", "export", ["sea"], ["EG", "IN"], (0.15, 0.3), (18000, 26000), ["EUR"], None, S),
    ("844250", "Thermal CTP offset plates, finished, boxed", "export", ["sea"], ["AE", "TR"], (4, 6), (8000, 20000), ["EUR"], None, S),
    ("903180", "Web-inspection line-scan systems for printing presses", "export", ["air"], ["TR", "IN"], (200, 400), (100, 400), ["EUR"], 0.03, S),
    ("848220", "Offset press spare parts, rollers and grippers", "export", ["road"], ["RS", "TR"], (10, 18), (500, 2000), ["EUR"], None, S),
    ("841370", "Ink-circulation diaphragm pumps for flexo presses", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 4000), ["USD"], 0.1, S),
    ("410712", "Snake-embossed cowhide for bookbinding", "import", ["air"], ["IN", "ID"], (8, 15), (200, 800), ["USD"], 0.7, S),
    ("490900", "Pressed-flower greeting cards (garden flowers)", "import", ["post"], ["VN", "TH"], (20, 40), (1, 2), ["USD"], 25, S),
    ("482010", "Batik-covered recycled-paper notebooks", "import", ["air"], ["ID", "IN"], (3, 6), (200, 800), ["USD"], 2.5, S),
    ("960910", "Graphite pencils, incense-cedar cased", "import", ["sea"], ["CN", "IN"], (4, 8), (3000, 8000), ["USD"], 150, S),
    ("392690", "Resin imitation-tortoiseshell paper knives", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 6, S),
    ("960190", "Cattle-bone folders for bookbinding", "import", ["post"], ["GB", "IN"], (40, 80), (1, 2), ["GBP", "USD"], 10, S),
    ("442090", "Elm-wood brush pots and paperweights, new", "import", ["air"], ["CN"], (6, 12), (100, 400), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Mesh laundry bags, polyester", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 6, N),
        ("691200", "Ceramic pet bowls, glazed", "import", ["sea"], ["CN", "TH"], (1.5, 3), (3000, 8000), ["USD"], 1.5, N),
        ("392690", "Plastic curtain rings", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 40, N),
        ("960390", "Bottle brushes and clothes brushes, household", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind201", 20590901, HERE)


if __name__ == "__main__":
    main()
