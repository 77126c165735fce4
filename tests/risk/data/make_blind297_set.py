#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-seventh blind set (tests/risk/data/blind297-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: florists, cut-flower importers and
floral supply (flower shops and wedding and event florists, cut-flower importers, auction
buyers and their cold stores, floral-supply wholesalers of vases, ribbons, sprays and sundries).
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
need a permit, licence or certificate by law (live animals and plants, cut flowers, fish, food
of animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL297-*:

    python3 tests/risk/data/make_blind297_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "KE", [], "NL", "382499",
         "Kisafishaji cha maji ya vazi za maua (huongeza maisha ya waridi), lita 1 x 6", "KE", 6.8, 6, 90, "USD",
         "the vase-water clarifiers florists add to keep rose water clear are a few grams of a biocide tablet or a "
         "1-2 % chlorine solution per litre; these six litre bottles hold a water-clear liquid of 1.13 kg/l with vented "
         "caps that whitens the fingers and fizzes on a cut stem: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Naivasha to a private florist in Aalsmeer who resells it in small bottles at markets; "
         "Swahili wording (hydrogen peroxide repeats in many sets; a vase-water clarifier label was found in no earlier "
         "row by a keyword search)", person("Mevr. A. de Vries", "NL")),
        ("PRE-02", "import", "ESAIR01", "air", "CO", [], "ES", "340530",
         "Abrillantador de hojas para floristería (brillo para follaje de ramos), recarga 1 L, 24 botellas", "CO",
         27.4, 24, 260, "USD",
         "florists' leaf shine is a thin silicone or wax emulsion in aerosols or trigger bottles that leaves a gloss on "
         "foliage; these 24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that leaves no gloss and "
         "the filler's drum stencil under the label reads 'nitrometano', for a Madrid floral-supply web shop that also "
         "sells the 'refills' by the litre to model-car hobbyists: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Bogotá with a cut-flower consolidation; Colombian Spanish wording "
         "(nitromethane repeats in many sets and leaf-shine labels twice, blind190 and blind230, on other goods; a "
         "florists' foliage-shine refill was found in no earlier row)", firm("Meridian Suministros Florales SL", "ES")),
        ("PRE-03", "import", "BESEA01", "sea", "EC", [], "BE", "382499",
         "Acidificante para agua de hidratación de rosas de exportación (postcosecha), botellas 1 L, 1.200 botellas",
         "EC", 2210, 1200, 1900, "USD",
         "the hydration acidifiers cut-flower importers add to bucket water are citric or aluminium-sulphate tablets "
         "and powders; these 1,200 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the carton where it leaked, for an Antwerp floral-supply wholesaler whose web shop sells the "
         "litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Guayaquil; Ecuadorian Spanish wording (sulphuric acid repeats in many sets and "
         "acidifier labels in several, blind19, blind209 and blind221 among them; a rose-hydration label was found in "
         "no earlier row)", firm("Rivage Fleuristerie Groothandel BV", "BE")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "321290",
         "꽃다발 장식용 펄 글리터 파우더 (생화 스프레이용), 1 kg 봉지, 200봉", "KR", 200, 200, 1700, "USD",
         "floral glitter for bouquets is coloured polyester or mica flake that sparkles and floats on water; these 200 "
         "bags hold a white, dull, crystalline powder with no sparkle that sinks, flares with sugar on a hot plate and "
         "whose inner liners read 'KClO4', for a Cologne floristry-supply web shop that sells 1 kg bags to the public: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Incheon; "
         "Korean wording (potassium perchlorate repeats in many sets and glitter labels on several goods; a bouquet "
         "glitter powder was found in no earlier row by a keyword search)", firm("Alpina Floristikbedarf GmbH", "DE")),
        ("PRE-05", "import", "ITSEA01", "sea", "DJ", [], "IT", "310520",
         "ለአበባ ማስቀመጫ ውሃ የሚይዙ ክሪስታሎች (ሃይድሮጄል), 25 ኪ.ግ ከረጢት, 480 ከረጢት", "ET", 12000, 480, 4600, "USD",
         "water-storing crystals for floral arrangements are polyacrylate granules that swell into clear jelly; these "
         "480 sacks hold white, opaque prills that turn ice-cold and vanish in water, test at 34 % N and melt and fume "
         "on a hot plate, for a Trieste floral-supply distributor that re-packs them in 1 kg 'vase gel' tubs for the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from "
         "Djibouti, loaded by an Ethiopian flower-farm supplier, with a misleading fertiliser heading; Amharic wording "
         "(ammonium nitrate repeats in many sets and a water-storing label once, blind281; a florists' vase-gel label was found in no earlier row)", firm("Delta Forniture Floreali Srl", "IT")),
        ("PRE-06", "import", "BEPOST01", "post", "VN", [], "BE", "282890",
         "Bột tẩy trắng cỏ lau pampas khô và hoa khô, 4 túi x 500 g", "VN", 2.0, 4, 30, "USD",
         "the bleaches sold for drying pampas grass and bunny tails are peroxide or sodium-percarbonate powders that "
         "fizz in water; these four bags hold white crystals that do not fizz, flare on a match with sugar and whose "
         "inner liners read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Da Lat to a private dried-flower "
         "maker in Ghent; Vietnamese wording (sodium chlorate repeats in many sets; pampas and dried-flower bleach was "
         "found in no earlier row by a keyword search)", person("Mevr. L. Peeters", "BE")),
        ("PRE-07", "import", "ATAIR01", "air", "TH", [], "AT", "340290",
         "น้ำยาทำความสะอาดแจกันทองเหลืองและถังดอกไม้, 1 ลิตร, 120 ขวด", "TH", 168, 120, 520, "USD",
         "brass-vase and flower-bucket cleaners are mild citric or tartaric pastes and liquids; these 120 bottles weigh "
         "1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for a Vienna "
         "floral-supply web shop that sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Bangkok with an orchid consolidation; Thai wording "
         "(nitric acid repeats in many sets; a brass-vase cleaner was found in no earlier row by a keyword search)",
         firm("Horizon Blumengroßhandel GmbH", "AT")),
        ("PRE-08", "import", "PLRAIL01", "rail", "CN", [], "PL", "291619",
         "花卉保鲜剂原料 山梨酸钾, 25公斤袋, 800袋", "CN", 20000, 800, 9800, "USD",
         "potassium sorbate for flower-food sachets is a white, granular, food-grade preservative that dissolves "
         "quietly; these 800 bags hold shiny flakes that crackle and spit violet sparks on a hot iron, and the maker's "
         "sheet in the container gives CAS 3811-04-9, for a Łódź flower-food packer that re-bags the salt in 1 kg packs "
         "on Allegro: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by rail from "
         "Kunming via Chengdu to Łódź; Chinese wording (potassium chlorate repeats in many sets and sorbate labels in "
         "several, blind104, blind224, blind261; a flower-food raw-material label from Yunnan by rail was found in no "
         "earlier row)", firm("Nordhafen Odżywki Kwiatowe Sp. z o.o.", "PL")),
        ("PRE-09", "import", "PTAIR01", "air", "IN", [], "PT", "284019",
         "பூக்களை உலர்த்தும் போராக்ஸ் தூள் (உலர் மலர் அலங்காரத்துக்கு), 1 கிலோ பாக்கெட், 400 பாக்கெட்", "IN",
         400, 400, 500, "USD",
         "the borax and sand mixes for drying wedding bouquets are heavy, gritty powders that dissolve slowly; these "
         "400 packets hold a soft, white, hygroscopic powder that dissolves at once, turns damp in the shop air and "
         "burns fiercely with sugar, for a Porto bridal-florist supplier that sells the packets over the counter: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Chennai, loaded "
         "by a Hosur rose exporter's packer; Tamil wording (sodium perchlorate repeats in many sets and borax labels "
         "in many; a bouquet-drying label was found in no earlier row by a keyword search)",
         firm("Atlantic Flores Secas Lda", "PT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "284700",
         "Aktivni kiseonik za bazene (šok tretman), kanisteri 10 l, 300 kanistera (1. od 2 kamiona)", "RS", 3600, 300,
         2400, "EUR",
         "oxygen pool shock is sold as granular monopersulphate or 3-8 % peroxide; these 300 canisters hold a "
         "water-clear liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, the first of two "
         "lorries booked that week each kept under 3.5 t, for a Szeged pool-supply shop that sells the canisters to "
         "the public: about 50 % hydrogen peroxide (Annex I above 12 %), at Röszke; Serbian wording (hydrogen "
         "peroxide and pool labels repeat in many sets, kept as a repeat; from Serbia by road split over two lorries "
         "is the new part as far as a search found)", firm("Vega Medence Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "MY", "392490",
         "Gebruikte bloemenemmers (procona), gereinigd, voor hergebruik, 14 t", "NL", 14000, None, 2800, "EUR",
         "cleaned flower-auction buckets for reuse are stacked, rinsed, one-colour crates; these bales hold a crushed "
         "mix of dirty buckets, printed flower sleeves, wet floral foam, foil, cellophane, glitter-coated wrap and "
         "stem waste swept from an Aalsmeer cut-flower importer's processing hall: mixed, contaminated plastic "
         "waste (Y48/A3210), whose export to a non-OECD country is banned, from Rotterdam to Port Klang; Dutch "
         "wording (plastic waste repeats in many sets; a flower-bucket label was found in no earlier row by a "
         "keyword search)", {"importer_country": "MY"}),
        ("WST-02", "export", "NLROAD01", "road", "NL", ["DE", "PL"], "UA", "382499",
         "Conditioneringsmiddel voor snijbloemen (STS), overtollige voorraad, IBC 1000 l, 12 stuks", "NL", 12600,
         12, 1800, "EUR",
         "surplus flower conditioner comes sealed in the maker's IBCs with a batch label; these 12 IBCs hold a "
         "grey, cloudy liquid with black silver sludge and leaf debris, drained over months from the pre-treatment "
         "tanks of a cut-flower importer's carnation line: spent silver thiosulphate solution, a silver-bearing "
         "hazardous waste (06 03 15*, A1180-type residues), whose export to a non-OECD country is banned, on a "
         "tanker lorry for a Lviv 'horticultural chemicals' firm; Dutch wording (silver-bearing wastes repeat in a few "
         "sets and STS once as a precursor, blind230; a spent flower-conditioner bath as waste was found in no "
         "earlier row)", {"importer_country": "UA"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "GH", "841869",
         "Gebrauchte Blumenkühlvitrinen, funktionsfähig, 20 Stück", "DE", 4800, 20, 3000, "EUR",
         "a Hamburg floral-shop refit container for Accra: used flower chillers, buckets and shop shelving are what "
         "may be resold, but the third item's 'Gebrauchte Elektrokarren für Blumengroßmarkt, mit Batterie' are 14 "
         "dead auction-hall trolley tugs with cracked, leaking lead-acid traction batteries still fitted and "
         "sulphated plates showing: waste lead-acid batteries (16 06 01*, A1160) and e-waste, whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; German wording (lead "
         "batteries repeat in many sets; behind flower chillers from a floral-shop refit is the new part as far as a "
         "search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("392490", "Blumeneimer aus Kunststoff, gebraucht, 2.000 Stück", "DE", 1600, 600, "EUR", qty=2000),
                           item("870919", "Gebrauchte Elektrokarren für Blumengroßmarkt, mit Batterie, 14 Stück", "DE", 5600, 1400, "EUR", qty=14)])),
        ("WST-04", "export", "DKSEA01", "sea", "DK", [], "ET", "380892",
         "Plantepleje-koncentrat, restlager, dunke 20 l, 600 dunke", "DK", 12000, 600, 2400, "EUR",
         "surplus plant-care concentrate is sealed, dated stock with labels in Danish; these 600 jerrycans are "
         "expired and partly crystallised fungicide and insecticide dips from a cut-flower importer's post-harvest "
         "line, of mixed brands, some banned in the Union, leaking into the cartons: obsolete pesticides (02 01 08*, "
         "A4030), hazardous waste whose export to a non-OECD country is banned, from Aarhus to Djibouti for an "
         "Ethiopian flower farm; Danish wording (obsolete pesticides repeat in several sets; a flower importer's "
         "plant-care surplus was found in no earlier row by a keyword search)", {"importer_country": "ET"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "NG", "847621",
         "Distributeurs automatiques de bouquets, d'occasion, 30 unités", "FR", 9000, 30, 6000, "EUR",
         "used flower vending machines for resale are tested, cleaned cabinets with a working chiller and card "
         "reader; these 30 are stripped, water-damaged kiosks from a Paris florist chain's closed stations, with dead "
         "boards, broken screens, backup batteries and R-404A chillers still charged, sold by weight to a Lagos yard: "
         "waste electrical equipment (A1180), hazardous waste whose export to a non-OECD country is banned, from Le "
         "Havre to Lagos; French wording (used vending machines repeat in several sets, kept as a repeat of the good; "
         "bouquet vending kiosks were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "RS", "320890",
         "Virágfestő spray-alapanyag, maradék, hordó 200 l, 40 hordó", "HU", 8400, 40, 1600, "EUR",
         "flower-tinting base is a clear, water-thinnable lacquer in sealed drums; these 40 drums hold a thick, "
         "many-coloured sludge of spent tint, glitter, solvent and stem scraps scraped from the spray booths of a "
         "Budapest floral dyeing workshop that colours chrysanthemums and gypsophila: paint and solvent sludge "
         "(08 01 13*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, in a lorry at "
         "Röszke for a Subotica 'paint maker'; Hungarian wording (paint sludge repeats in many sets and tinting "
         "labels in a few; a floral dyeing line's sludge is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "853931",
         "Lampade per vetrine di fiori, usate, funzionanti, 6.000 pezzi", "IT", 3000, 6000, 1800, "EUR",
         "used shop lamps for reuse are boxed, tested fittings; these cartons hold loose, broken fluorescent tubes, "
         "metal-halide bulbs and ballasts pulled from the cold rooms and display halls of the Sanremo flower market's "
         "wholesalers, many cracked: waste lamps with mercury (20 01 21*, A1030), hazardous waste whose export to a "
         "non-OECD country is banned, from Genoa to Tunis; Italian wording (waste lamps repeat in several sets; a "
         "flower-market lamp label was found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "IN", "740400",
         "Concentrado de cobre, granulado, 20 t", "ES", 20000, None, 30000, "EUR",
         "copper concentrate is a mined sulphide with an assay; these bags hold shredded, unpopulated and populated "
         "circuit boards with solder, capacitors and brominated laminate, from a Valencia electronics recycler: waste "
         "printed circuit boards (A1180), hazardous waste whose export to a non-OECD country is banned, from Valencia "
         "to Mundra; Spanish wording (board scrap repeats in many sets, kept as a repeat; a copper-concentrate label "
         "from Spain to India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "401220",
         "Pneus usados, para recauchutagem, 3.000 unidades", "PT", 24000, 3000, 3000, "EUR",
         "tyres for retreading are sorted casings with sound beads and the legal tread; these are bald, cut and "
         "bulged tyres of every size, many with wire showing, from Lisbon tyre shops' take-back cages: waste tyres "
         "(16 01 03), whose export for disposal to a non-OECD country is banned, from Lisbon to Luanda; Portuguese "
         "wording (waste tyres repeat in many sets, kept as a repeat; Lisbon to Luanda is the new part as far as a "
         "search found)", {"importer_country": "AO"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "SN", "630900",
         "Tweedehands kleding en textiel, gesorteerd, 18 t", "BE", 18000, None, 5400, "EUR",
         "a Ghent event florist's warehouse clearance to Dakar: sorted used clothing is what the bales should be, but "
         "they hold unsorted wedding and event waste, rotting artificial-flower arches with steel frames, soaked "
         "floral foam, glitter wrap, broken LED garlands with their batteries and plastic table covers, loose and "
         "unsorted: mixed waste for disposal with e-waste (A1180, Y48), whose export to a non-OECD country is banned, "
         "from Antwerp; Flemish wording (used clothing covers repeat in many sets and used artificial flowers once, "
         "blind227; an event florist's arches under a clothing label are the new part)", {"importer_country": "SN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "BR", [], "FR", "380899",
         "Spray finalizador para buquês de noiva (selante antitranspirante), 400 ml, 600 latas", "BR", 300, 600, 1500,
         "USD",
         "the finishing sprays bridal florists mist over bouquets are water-based anti-transpirant films in aerosols "
         "with a hydrocarbon propellant; these 600 cans weigh 1.24 kg/l, the liquid boils in the warm hand at 32 °C "
         "with an ether-like smell and does not burn, and the fill sheet names 'R-141b': HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from São Paulo to Paris for a "
         "wedding-floristry supplier; Brazilian Portuguese wording (HCFC-141b repeats in many sets; a bouquet "
         "finishing-spray label was found in no earlier row by a keyword search)", firm("Central Fleurs Mariage SARL", "FR")),
        ("OZN-02", "import", "DKAIR01", "air", "PK", [], "DK", "350699",
         "پھولوں کی سجاوٹ کے لیے ٹھنڈی گوند کا تھنر، 1 لیٹر، 60 بوتلیں", "PK", 96, 60, 300, "USD",
         "the thinners florists use with cold floral glue are acetone or ester blends of 0.8 kg/l that smell sharp and "
         "burn; these 60 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the "
         "hand: carbon tetrachloride, whose import into the Union is banned, flown from Lahore to Copenhagen for a "
         "floral-supply wholesaler; Urdu wording (carbon tetrachloride repeats in many sets; a floral cold-glue "
         "thinner label was found in no earlier row by a keyword search)", firm("Nordhafen Blomsterengros ApS", "DK")),
        ("OZN-03", "import", "GRSEA01", "sea", "IL", [], "GR", "380899",
         "מחסניות 1-MCP נגד אתילן לפרחים חתוכים, 190 גרם, 4,800 יחידות", "IL", 910, 4800, 2200, "USD",
         "1-MCP cartridges for cut-flower cold rooms release a few grams of a cyclopropene from a powder when wetted; "
         "these 4,800 pressurised cartridges weigh twice what their size allows, hiss a faintly sweet gas at the "
         "valve and the crate holds fumigation sheets: methyl bromide, whose import into the Union is banned (no "
         "quarantine exemption remains), by sea from Ashdod to Piraeus for a cut-flower importer's cold store; Hebrew "
         "wording (methyl bromide repeats in many sets and cartridge covers in several, kept as a repeat; an "
         "anti-ethylene 1-MCP label was found in no earlier row)", firm("Delta Anthi Eisagoges AE", "GR")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "841850",
         "Yenilenmiş çiçek soğutma vitrinleri, çiçekçiler için, 24 adet", "TR", 4320, 24, 9600, "EUR",
         "refurbished florists' display chillers for the Union run on R-290 or R-744 with a plate saying so; these 24 "
         "were rebuilt in Istanbul from old units, their plates read 'R22', and a leak detector names HCFC-22 at the "
         "service ports: refrigeration equipment containing HCFCs, whose import into the Union is banned, in a lorry "
         "at Kapitan Andreevo for a Sofia florist chain; Turkish wording (HCFC equipment repeats in many sets and "
         "flower coolers once, blind230, on R-290; refurbished florists' display chillers are the new part as far as a "
         "search found)", firm("Orion Tsvetya EOOD", "BG")),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "321290",
         "花艺闪粉喷雾 (鲜花专用), 400毫升, 24,000罐", "CN", 9600, 24000, 12000, "USD",
         "floral glitter sprays are coloured flake in a lacquer with a propane-butane propellant that lights at the "
         "nozzle; these 24,000 cans do not light, the propellant boils off cold with a faint sweet smell and the gas "
         "analyser names dichlorodifluoromethane: CFC-12 in aerosols, products whose import into the Union is banned, "
         "by sea from Ningbo to Gdańsk for a floral-supply wholesaler; Chinese wording (CFC-12 aerosols repeat in many "
         "sets; a flower glitter spray was found in no earlier row by a keyword search)",
         firm("Vega Artykuły Florystyczne Sp. z o.o.", "PL")),
        ("OZN-06", "import", "SKROAD01", "road", "UA", [], "SK", "381300",
         "Вогнегасний порошок ABC, балони 25 кг, 40 шт.", "UA", 1000, 40, 800, "EUR",
         "ABC extinguishing powder is a dry ammonium-phosphate powder in sacks or unpressurised drums; these 40 "
         "are pressure cylinders holding a heavy, colourless liquid of 2.18 kg/l that boils at 47 °C, stamped '114B2' "
         "under the new label: halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned outside "
         "licensed critical uses, in a van at Vyšné Nemecké for a Košice fire-protection trader; Ukrainian wording "
         "(halon 2402 repeats in several sets; a powder label from Ukraine by road is the new part as far as a search "
         "found)", firm("Alpina Požiarna Technika s.r.o.", "SK")),
        ("OZN-07", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "382769",
         "Ладилно средство R-452A за ладилници за сечено цвеќе, боци 10 кг, 200 парчиња", "CN", 2000, 200, 11000, "USD",
         "R-452A is an HFO/HFC blend for low-temperature cold rooms in refillable, certified cylinders; these 200 "
         "disposable cylinders read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps: "
         "chlorodifluoromethane (HCFC-22), moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Thessaloniki in transit from Shanghai to a Skopje refrigeration firm that services cut-flower "
         "cold rooms; Macedonian wording (HCFC-22 under HFC and HFO labels repeats in many sets, kept as a repeat; an "
         "R-452A label for flower cold rooms in transit through Thessaloniki is the new part as far as a search "
         "found)", {"importer_country": "MK"}),
        ("OZN-08", "export", "FISEA01", "sea", "FI", [], "KE", "841869",
         "Käytetyt kukkien kylmähuoneet, puretut paneelit ja koneikot, 6 kpl", "FI", 9000, 6, 6000, "EUR",
         "used cold rooms for export are panels and condensing units on R-290 or R-744 with the refrigerant recovered; "
         "these six dismantled flower cold rooms from a Helsinki cut-flower importer have 1980s condensing units "
         "still charged with R-12 and polyurethane panels blown with CFC-11, their plates reading 'R12', for a "
         "Naivasha flower farm's pack house: equipment relying on and containing CFCs, whose export from the Union "
         "is banned (Regulation 2024/590), from Helsinki to Mombasa; Finnish wording (CFC equipment for export "
         "repeats in many sets, kept as a repeat; a flower importer's cold rooms for a Kenyan farm are the new part)",
         {"importer_country": "KE"}),
        ("OZN-09", "import", "CZAIR01", "air", "IN", [], "CZ", "381400",
         "ચોકસાઇ સફાઈ દ્રાવક, ઇલેક્ટ્રોનિક્સ માટે, 20 લિટર, 30 ડ્રમ", "IN", 942, 30, 2700, "USD",
         "precision cleaning solvents for electronics are modified alcohols or hydrofluoroethers with a data sheet; "
         "these 30 drums weigh 1.57 kg/l, do not burn, and a gas chromatograph names trichlorotrifluoroethane: CFC-113, "
         "whose import into the Union is banned, flown from Ahmedabad to Prague for a board assembler; Gujarati "
         "wording (CFC-113 repeats in many sets, kept as a repeat; from Gujarat with a Gujarati label is the new part "
         "as far as a search found)", firm("Horizon Elektro Čištění s.r.o.", "CZ")),
        ("OZN-10", "import", "IEAIR01", "express", "HK", [], "IE", "560790",
         "Florist ribbons and cords, satin and jute, 200 rolls", "HK", 6, 200, 160, "USD",
         "an express parcel for a Galway florist: satin ribbons and paper-covered floral wire are what the Hong Kong "
         "supplier sends, but the third item's 'silk flower dust-off spray' is 24 aerosol cans whose contents boil "
         "off at 24 °C with no propane smell and which a gas analyser names trichlorofluoromethane: CFC-11 in "
         "aerosols, products whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, sent from Hong Kong; Hong Kong English wording (CFC-11 repeats in many sets and silk-flower "
         "labels twice, blind108 and blind164; a silk-flower dust-off spray behind florist ribbons is the new part as "
         "far as a search found)",
         dict(firm("Rivage Florist Supplies Ltd", "IE"),
              _more_items=[item("721720", "Paper-covered floral stub wire, 22 gauge, 40 packs", "HK", 8, 60, "USD", qty=40),
                           item("340590", "Silk flower dust-off spray, 400 ml, 24 cans", "HK", 9, 70, "USD", qty=24)])),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "691390",
         "جرار فخارية جديدة لتنسيق الزهور، صناعة تقليدية، 8 قطع", "TN", 160, 8, 240, "EUR",
         "new terracotta jars for flower arrangements are thin-walled, wheel-thrown and clean inside; these eight "
         "are tall, pointed-foot amphorae with marine concretions, worm tubes and a stamped handle, cut from a "
         "wreck site off Kelibia: Punic and Roman transport amphorae, archaeological objects whose export Tunisia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, by sea from Tunis to "
         "Marseille for a Provençal event florist; Tunisian Arabic wording (amphorae repeat in many sets; a "
         "flower-arrangement jar label was found in no earlier row by a keyword search)",
         firm("Atlantic Décor Floral SARL", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "CN", [], "NL", "701391",
         "玻璃花瓶, 花店用, 各式, 3,000件", "CN", 2400, 3000, 3600, "USD",
         "a Xiamen floral-supply container for a Rotterdam vase wholesaler: glass vases and glazed ceramic pots are "
         "what the supplier ships, but the third item's '仿古青花花瓶' are two heavy blue-and-white vases with "
         "Kangxi reign marks, worn foot rims and old wax seals of a Fujian collection under the price tags: Qing "
         "porcelain (about 1700) whose export China forbids, brought in without the importer statement Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration; Chinese wording (Chinese porcelain "
         "repeats in many sets; behind florists' glass vases is the new part as far as a search found)",
         dict(firm("Orion Vazen Groothandel BV", "NL"),
              _more_items=[item("691200", "陶瓷花盆, 上釉, 1,200件", "CN", 1800, 2400, "USD", qty=1200),
                           item("691390", "仿古青花花瓶, 2件", "CN", 14, 80, "USD", qty=2)])),
        ("CUL-03", "import", "ITSEA01", "sea", "LB", [], "IT", "680299",
         "ألواح حجرية زخرفية جديدة، فسيفساء، للحدائق، 6 قطع", "SY", 900, 6, 1200, "USD",
         "new decorative mosaic panels are machine-cut tesserae on a mesh backing, bright and even; these six are "
         "thick lime-mortar slabs with small, worn stone tesserae of hunting scenes and a Greek inscription, cut "
         "from a floor with a saw and backed with fresh plaster: Late Roman mosaic sections looted in Syria, whose "
         "import Regulation 1332/2013 (Article 11c) and Regulation 2019/880 forbid, by sea from Beirut to Salerno; "
         "Levantine Arabic wording (Syrian mosaics repeat in many sets, kept as a repeat of the good; a garden-panel "
         "label via Beirut to Salerno is the new part as far as a search found)", firm("Meridian Pietre Srl", "IT")),
        ("CUL-04", "import", "ITSEA01", "sea", "AL", [], "IT", "711719",
         "Kurorë nusërie me lule, tunxh i praruar, punë dore, 1 copë", "AL", 0.4, 1, 120, "EUR",
         "gilded-brass bridal flower crowns are new, stamped and bright, with glass pearls; this one is a thin, "
         "high-carat gold wreath of myrtle leaves and berries on a bent gold stem, crushed and creased as from a grave, "
         "with soil in the leaf joints: a Hellenistic funerary gold wreath dug near Apollonia, an archaeological object "
         "whose export Albania forbids, brought in without an import licence (Regulation 2019/880), in a car on the "
         "Durrës-Bari ferry for a Bari bridal florist; Albanian wording (gold wreaths were found in no earlier row by "
         "a keyword search; a bridal flower-crown label is new as well)", firm("Vega Fiori Sposa Srl", "IT")),
        ("CUL-05", "import", "BEAIR01", "air", "ML", [], "BE", "691390",
         "Pots en terre cuite pour plantes, artisanat, 12 pièces", "ML", 60, 12, 180, "EUR",
         "new terracotta plant pots are wheel-thrown, light-red and even; these 12 are hand-modelled, seated and "
         "kneeling figures with scarified faces and snakes on the body, weathered and with old breaks: Djenné-Djenno "
         "terracotta figures (12th-16th century) on the ICOM Red List, whose export Mali forbids and whose import "
         "Regulation 2019/880 forbids without a licence, flown from Bamako to Brussels for a dealer; Malian French "
         "wording (Djenné terracottas repeat in several sets, kept as a repeat; a plant-pot label is the new part as "
         "far as a search found)", firm("Horizon Art Africain SA", "BE")),
        ("CUL-06", "export", "NLAIR01", "air", "NL", [], "US", "970191",
         "Bloemstilleven, decoratieve reproductie, olieverf op paneel, 1 stuk", "NL", 6, 1, 400, "EUR",
         "a decorative reproduction of a flower still life is a new oil on canvas or a print; this one is an oak "
         "panel with bevelled back edges, a 17th-century collector's seal and old craquelure, tulips, roses and a "
         "dragonfly in the manner of the Bosschaert circle, valued at several hundred thousand euros: an old master "
         "painting over 50 years old and above the value threshold exported without the EU export licence "
         "(Regulation 116/2009), flown from Amsterdam to a New York dealer buying for a florist-collector; Dutch "
         "wording (still lifes repeat in three sets, blind79, blind240, blind275; a flower still life under a "
         "reproduction label from Amsterdam is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-07", "import", "ATAIR01", "air", "TR", [], "AT", "690721",
         "Lale desenli dekoratif çini karolar, yeni, 24 adet", "TR", 36, 24, 300, "EUR",
         "new tulip-pattern tiles are bright, evenly glazed and all alike; these 24 are thick, uneven fritware tiles "
         "with bole-red tulips, carnations and hyacinths, mortar on the backs and numbers in old paint, prised from "
         "a 16th-century mosque wall: Iznik tiles, cultural property whose export Türkiye forbids, brought in without "
         "an import licence (Regulation 2019/880), flown from Istanbul to Vienna for a florist's shop interior; Turkish "
         "wording (Iznik tiles repeat in several sets, blind35, blind39, blind286; kept as a repeat, tiles for a "
         "Vienna florist are the new part as far as a search found)", firm("Central Blumen & Dekor GmbH", "AT")),
        ("CUL-08", "transit", "ATAIR01", "air", "IQ", ["AT"], "AE", "711790",
         "Stone beads, handmade, assorted, 200 g", "IQ", 0.2, None, 40, "USD",
         "handmade stone beads are drilled, polished and new; these 200 g are 30 small stone cylinders drilled along "
         "the axis and carved around the side with gods, animals and cuneiform, dirt in the cuts: Mesopotamian "
         "cylinder seals (3rd-1st millennium BC) looted in Iraq, whose import and transit Regulation 1210/2003 "
         "forbids, landed at Vienna in transit from Erbil to a Dubai dealer; English wording (cylinder seals repeat in "
         "many sets, kept as a repeat; a transit through Vienna is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("CUL-09", "import", "ROSEA01", "sea", "GE", [], "RO", "442090",
         "ხის დეკორატიული ხატის ჩარჩო, ახალი, 1 ცალი", "GE", 8, 1, 60, "USD",
         "a new decorative icon frame is pale, machine-carved lime wood; this is a dark, worm-eaten panel with a "
         "chased silver-gilt revetment and a painted Virgin under it, with Georgian asomtavruli inscriptions and a "
         "church inventory number: a 17th-century Georgian icon, whose export Georgia forbids without a permit, "
         "brought in without an import licence (Regulation 2019/880), by sea from Poti to Constanța; Georgian wording "
         "(icons repeat in many sets, kept as a repeat; an icon-frame label from Georgia is the new part as far as a "
         "search found)", firm("Delta Antichități SRL", "RO")),
        ("CUL-10", "import", "DEPOST01", "post", "KR", [], "DE", "691390",
         "꽃꽂이용 분청 화병, 신작, 1점", "KR", 2.5, 1, 80, "USD",
         "a new buncheong vase for flower arranging is thin, bright and evenly slipped; this one is heavy, grey-bodied "
         "stoneware with white slip brushed and incised with peony scrolls, kiln grit on the foot and a repaired lip: "
         "a 15th-century Joseon buncheong flower vase, cultural property whose export Korea forbids without a permit, "
         "posted from Seoul to a private ikebana teacher in Düsseldorf; Korean wording (Korean ceramics and celadon "
         "repeat in many sets; an ikebana-vase label was found in no earlier row by a keyword search)",
         person("Frau H. Krüger", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "air", "LV", [], "KZ", "880699",
         "Ziedu piegādes droni pušķu piegādei, 10 kg kravnesība, 12 gab.", "LV", 360, 12, 24000, "EUR",
         "bouquet-delivery drones are small camera quadcopters with a hook and a 1-2 kg payload; these 12 are "
         "heavy-lift octocopters with 10 kg release mechanisms, thermal gimbals and long-range data links, for an "
         "Astana 'flower-delivery' start-up registered in spring whose forwarder sends on to Rostov: unmanned aerial "
         "vehicles (8806) on the list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Riga; Latvian wording (drones repeat in many sets; a bouquet-delivery drone label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "KG", "902519",
         "Kamery pro monitorování teploty v chladírnách řezaných květin, 40 ks", "CZ", 60, 40, 6000, "EUR",
         "temperature monitors for flower cold rooms are probe loggers or cheap 80x60 thermal sensors at a few hundred "
         "euros; these 40 are cooled 640x512 thermal cores with 50 mm lenses and analog video, at 9,000 EUR each, for "
         "a Bishkek 'cut-flower importer' whose earlier freight went on to Moscow: thermal imaging cameras (dual-use "
         "6A003) on the list whose export to Russia Regulation 833/2014 forbids, exported without a licence and for "
         "re-export, flown from Prague; Czech wording (thermal cameras repeat in many sets; a flower cold-room camera "
         "label was found in no earlier row)", {"importer_country": "KG"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AE", "392690",
         "Aste in fibra per archi floreali da matrimonio, 2 m, 600 pezzi", "IT", 720, 600, 3600, "EUR",
         "flexible rods for wedding flower arches are pultruded glass-fibre rods at a few euros; these 600 are "
         "high-modulus carbon-fibre tubes with a tensile modulus above 300 GPa, wrapped in mill labels, at 180 EUR "
         "each, for a Dubai 'event-decor' firm whose shipments go on to Bandar Abbas: carbon fibre products "
         "(dual-use 1C010) listed in the Iran regulation, exported without a licence, flown from Milan; Italian wording "
         "(carbon fibre repeats in many sets and carbon-rod labels once, blind193; a flower-arch label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "LB", "292215",
         "Agent tampon pour nourriture de fleurs coupées, fûts de 200 l, 40 fûts", "BE", 9000, 40, 5600, "EUR",
         "flower-food buffers are citric acid and citrate blends sold as powders; these 40 drums hold a viscous, "
         "colourless, ammonia-smelling liquid of 1.12 kg/l whose drum stencils give CAS 102-71-6, for a Beirut "
         "'floral supplies' firm with no packing line whose consignee list names a Syrian chemicals importer: "
         "triethanolamine (dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation "
         "2021/821 requires, from Antwerp; Belgian French wording (triethanolamine repeats in many sets, kept as a repeat of the good, and flower-food labels twice, blind56 and blind230, on other goods; a flower-food buffer to Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-05", "import", "LTROAD01", "road", "BY", ["KZ", "RU"], "LT", "441520",
         "Деревянные ящики для цветов из березы, происхождение Казахстан, 22 т", "KZ", 22000, None, 8800, "EUR",
         "Kazakh birch flower crates would come with a Kazakh sawmill's papers and phytosanitary marks; these pallets "
         "of birch flower boxes and trays carry Kostroma stamps under the new labels, the wood has Russian mill "
         "codes and a Kazakh certificate of origin issued in Petropavl: Russian wood products, whose import into the "
         "Union Regulation 833/2014 (Annex XXI) forbids, at Medininkai for a Vilnius florist wholesaler; Russian "
         "wording (Russian wood under Kazakh origin repeats in a few sets, kept as a repeat; flower crates are the new "
         "part as far as a search found)", firm("Orion Gėlių Prekyba UAB", "LT")),
        ("STR-06", "export", "SIAIR01", "air", "SI", [], "AM", "853710",
         "Krmilniki za stroje, rezervni deli, 20 kos", "SI", 80, 20, 4000, "EUR",
         "spare machine controllers are simple PLC modules at a few hundred euros; these 20 are complete five-axis "
         "CNC controllers with servo drives, at 12,000 EUR each, for a Yerevan 'machine repair' firm whose freight "
         "goes on by road to Russia: numerical controls (8537 10) on the list whose export to Russia Regulation "
         "833/2014 forbids, exported for re-export, flown from Ljubljana; Slovenian wording (CNC controls repeat in "
         "several sets, kept as a repeat; from Ljubljana to Yerevan is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-07", "import", "EERAIL01", "rail", "KZ", ["RU"], "EE", "270112",
         "Kivisüsi, bituumenne, Kasahstani päritolu, 1 200 t", "KZ", 1200000, None, 120000, "USD",
         "Kazakh steam coal would come from Ekibastuz with Kazakh railway papers; these wagons of coal carry "
         "Kuzbass mine tags, the sampling shows Kuzbass ash and sulphur, and the certificate of origin was issued by a "
         "trader in Astana who bought from a Russian mine: Russian coal, whose import into the Union Regulation "
         "833/2014 forbids, by rail at Narva for a Tallinn trader; Estonian wording (Russian goods under Kazakh "
         "origin repeat in many sets, kept as a repeat; coal by rail at Narva is the new part as far as a search "
         "found)", firm("Vega Kütus OÜ", "EE")),
        ("STR-08", "export", "GRSEA01", "sea", "GR", [], "GE", "848210",
         "Ρουλεμάν για γεωργικά μηχανήματα, 12.000 τεμ.", "GR", 6000, 12000, 36000, "EUR",
         "bearings for farm machinery are rubber-sealed deep-groove bearings of a few standard sizes; these 12,000 "
         "are precision angular-contact and spindle bearings of machine-tool and aircraft grade, for a Tbilisi "
         "'agricultural parts' importer whose lorries cross at Verkhny Lars: bearings (8482) on the list whose export "
         "to Russia and re-export through third countries Regulation 833/2014 forbids, from Piraeus to Poti; Greek "
         "wording (bearings repeat in several sets, kept as a repeat; from Greece to Georgia is the new part as far "
         "as a search found)", {"importer_country": "GE"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "PK", "320710",
         "Metallic-Pigmentpaste für Autolacke, 50 Eimer à 20 kg", "AT", 1000, 50, 4000, "EUR",
         "metallic pigment pastes are aluminium flakes wetted with white spirit in a paste; these 50 pails hold a dry, "
         "grey, free-flowing spherical aluminium powder of 10-20 µm, nitrogen-packed, at 40 EUR a kilogram, for a "
         "Karachi 'paint maker' linked to a rocket-motor programme: spherical aluminium powder (dual-use 1C111) "
         "exported without the licence Regulation 2021/821 requires, flown from Vienna; Austrian German wording "
         "(aluminium powder repeats in many sets, kept as a repeat; a car-paint pigment label from Austria is the new "
         "part as far as a search found)", {"importer_country": "PK"}),
        ("STR-10", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU", "KZ"], "KG", "701391",
         "Wazony szklane dla kwiaciarni, 4.000 szt.", "PL", 3200, 4000, 6400, "EUR",
         "a Poznań floral-supply lorry for Bishkek: glass vases and ribbons are what the Bishkek flower-shop chain "
         "buys, but the third item's 'sterowniki do chłodni kwiatowych' are 2,000 boards carrying new microcontrollers, "
         "FPGAs and RF transceivers with 2075 date codes, far more than six cold rooms need: electronic integrated "
         "circuits (8542) on the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration; Polish wording (CHPL boards behind other goods repeat "
         "in several sets; behind florists' vases and a cold-room controller label is the new part as far as a "
         "search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("580710", "Wstążki florystyczne, satynowe, 6.000 rolek", "PL", 900, 3000, "EUR", qty=6000),
                           item("854231", "Sterowniki do chłodni kwiatowych, 2.000 szt.", "PL", 200, 2000, "EUR", qty=2000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "VN", [], "FR", "060390",
         "Hoa địa lan cắt cành (Cymbidium), trồng trong nhà kính, 40 thùng", "VN", 200, 40, 1600, "USD",
         "greenhouse cut Cymbidium stems come in water tubes, one variety to a box; under the top layer of these 40 "
         "boxes lie 600 bare-root, wild-dug slipper orchids with mossy roots and insect-chewed leaves, Paphiopedilum "
         "vietnamense and P. hangianum among them: App. I orchids (CITES) without documents, flown from Hanoi to Paris "
         "for a cut-flower importer whose son sells orchids online; Vietnamese wording (Paphiopedilum repeats in many "
         "sets, kept as a repeat of the good, and Cymbidium labels in three, blind82, blind83, blind118; under cut Cymbidium stems from Hanoi to Paris is the new part as far as a search found)",
         firm("Rivage Fleurs Coupées SARL", "FR")),
        ("WLF-02", "import", "DEAIR01", "air", "GT", [], "DE", "060290",
         "Plantas de aire (Tillandsia), vivero, surtidas, 4.000 unidades", "GT", 600, 4000, 2000, "USD",
         "nursery-grown air plants are small, even, greyish rosettes; these 4,000 include 1,200 large, silver, "
         "curled rosettes of 30-40 cm with flowering scars and bark stuck to the base, ripped from dry forest: "
         "Tillandsia xerographica (CITES App. II) without the Guatemalan export permit, flown from Guatemala City to "
         "Frankfurt for a floral-supply wholesaler; Guatemalan Spanish wording (T. xerographica repeats in many sets, "
         "kept as a repeat; for a florists' wholesaler is the new part as far as a search found)",
         firm("Meridian Floristik Import GmbH", "DE")),
        ("WLF-03", "import", "ESSEA01", "sea", "BR", [], "ES", "140490",
         "Estacas de fibra de coco para orquídeas e arranjos florais, 6.000 unidades", "BR", 6000, 6000, 3000, "USD",
         "coir poles for orchids and floral arrangements are light, brown, coconut-fibre wrapped sticks; these 6,000 "
         "are dense, dark, fibrous trunk sections of a tree fern, root mats and all, cut in the Atlantic forest: "
         "xaxim, Dicksonia sellowiana (CITES App. II) without Brazilian export permits, by sea from Santos to "
         "Valencia for a floral-supply firm; Brazilian Portuguese wording (xaxim repeats in a few sets, blind68 and "
         "blind281, kept as a repeat, and coir labels in several; a coir-pole label for floral arrangements is the new part as far as a search "
         "found)", firm("Alpina Suministros Florales SL", "ES")),
        ("WLF-04", "import", "NLSEA01", "sea", "PH", [], "NL", "140490",
         "Bleached natural branches for vase arrangements, driftwood, 800 pcs", "PH", 1600, 800, 2400, "USD",
         "bleached driftwood branches are light, grey-white wood that floats; these 800 are heavy, chalky-white, "
         "porous branches with star-shaped corallites on every tip, sinking in water: stony corals (Acropora and "
         "Pocillopora, Scleractinia, CITES App. II) without CITES documents, by sea from Cebu to Rotterdam for a "
         "florists' decor wholesaler; Philippine English wording (stony corals repeat in many sets, kept as a repeat "
         "of the good, and driftwood labels in several; bleached branches for vase arrangements are the new part as far as a search found)",
         firm("Horizon Bloemdecoratie BV", "NL")),
        ("WLF-05", "import", "FRSEA01", "sea", "GA", [], "FR", "442199",
         "Jardinières et caisses à fleurs en bois d'okoumé, 2.000 pièces", "GA", 16000, 2000, 8000, "EUR",
         "okoumé flower boxes are pale pink, light and soft; these 2,000 are heavy, hard, reddish-brown boxes with "
         "purple veining and an interlocked grain that blunts the saw: bubinga (Guibourtia spp., CITES App. II) "
         "without CITES documents, by sea from Owendo to Le Havre for a florists' planter wholesaler; Gabonese French "
         "wording (bubinga repeats in many sets and okoumé labels on other woods in several, kept as a repeat; flower-box labels twice, blind159 and blind190, on other goods; okoumé florists' planters are the new part as far as a search found)",
         firm("Nordhafen Jardinières SARL", "FR")),
        ("WLF-06", "import", "DEAIR01", "air", "ID", [], "DE", "670100",
         "Bulu ayam jantan diwarnai untuk buket pengantin, 2 kg", "ID", 2, None, 300, "USD",
         "dyed rooster feathers for bridal bouquets are short, stiff hackles in bright bundles; these 2 kg are long, "
         "lacy, golden-orange flank plumes and wire-like tail wires still joined to dried skin: greater and raggiana "
         "bird-of-paradise plumes (Paradisaeidae, CITES App. II) without CITES documents, flown from Jakarta to "
         "Frankfurt for a Berlin wedding florist; Indonesian wording (birds of paradise repeat in several sets and rooster-feather labels in several, blind140, blind159, blind185, blind243, blind257, kept as a repeat; for a bridal bouquet is the new part as far as a search found)",
         firm("Delta Brautfloristik GmbH", "DE")),
        ("WLF-07", "import", "PTAIR01", "air", "SN", [], "PT", "030571",
         "Vessies natatoires de poisson séchées (maw), 120 kg", "SN", 120, None, 2400, "USD",
         "dried fish maw is the pale, translucent swim bladder of croaker or catfish; these 120 kg hold grey, "
         "triangular dried fins with the dorsal's rough skin still on, from scalloped and great hammerheads: shark "
         "fins (Sphyrna spp., CITES App. II) without the Senegalese export permit, flown from Dakar to Lisbon; "
         "Senegalese French wording (shark fins repeat in many sets and fish-maw labels in several, blind5, blind49, blind50, blind77, kept as a repeat; from Dakar to Lisbon is the new part as far as a search found)", firm("Central Mariscos Lda", "PT")),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "JP", "060290",
         "Suculentas de vivero para bouquets y arreglos, 300 piezas", "MX", 60, 300, 600, "USD",
         "nursery succulents for bouquets are small Echeveria rosettes in plugs; these 300 are flat, grey, star- and "
         "rock-like cacti with thick taproots, old areoles and desert soil, dug in Coahuila and Nuevo León: Ariocarpus "
         "and Astrophytum asterias (CITES App. I) without documents, landed at Madrid in transit from Mexico City to "
         "a Tokyo collector, which App. I specimens in transit must carry; Mexican Spanish wording (Ariocarpus "
         "repeats in many sets and succulent labels in many, kept as a repeat; a bouquet-succulent label in transit through Madrid is the new part "
         "as far as a search found)", {"importer_country": "JP"}),
        ("WLF-09", "import", "CZAIR01", "air", "LA", [], "CZ", "440122",
         "ໄມ້ຈັນຫອມ ຊິ້ນນ້ອຍ ສຳລັບທູບ, 40 ກິໂລ", "LA", 40, None, 400, "USD",
         "sandalwood chips for incense are pale yellow, sweet and even; these 40 kg are black-streaked, resinous, "
         "heavy chips that sink and smell of oud when burned: agarwood (Aquilaria crassna, CITES App. II) without "
         "CITES documents, flown from Vientiane to Prague; Lao wording (agarwood repeats in many sets, kept as a "
         "repeat; a sandalwood label from Laos is the new part as far as a search found)",
         firm("Orion Vonné Dřevo s.r.o.", "CZ")),
        ("WLF-10", "import", "NLAIR01", "air", "CO", [], "NL", "060311",
         "Rosas frescas cortadas, variedad Freedom, 600 cajas", "CO", 9000, 600, 36000, "USD",
         "a Bogotá flower farm's air shipment for an Aalsmeer importer: cut roses and carnations are what the farm "
         "sends, but the third item's 'orquídeas cortadas Cattleya' are 400 whole wild-collected Cattleya trianae and "
         "Masdevallia plants with bark and lichen on the roots, packed among the carnation boxes: wild App. II "
         "orchids (CITES) without Colombian export permits, hidden as the last item of a three-item declaration, "
         "flown from Bogotá to Amsterdam; Colombian Spanish wording (Cattleya repeats twice, blind57 and blind156; "
         "behind roses and carnations in a cut-flower consignment is the new part as far as a search found)",
         dict(firm("Vega Bloemen Import BV", "NL"),
              _more_items=[item("060312", "Claveles frescos cortados, 200 cajas", "CO", 3000, 9000, "USD", qty=200),
                           item("060313", "Orquídeas cortadas Cattleya, 20 cajas", "CO", 120, 600, "USD", qty=20)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "KE", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching dried flowers)", "KE", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "NL-BIBOB-75-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "VN", "BE", "282911",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (weed control on a private estate)", "VN", 1, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "BE-FOD-75-0208")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLROAD01", "road", "CH", "NL", "382499",
     "Spent silver thiosulphate flower-conditioning solution (06 03 15*), for silver recovery at a licensed plant, 10 t",
     "CH", 10000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-75-0147")], "notified silver-bearing spent solution to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "854999",
     "Waste fluorescent and metal-halide lamps from a flower auction hall (20 01 21*), for recycling, 6 t", "NO", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-75-0391")], "notified mercury lamps to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DKAIR01", "air", "US", "DK", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DK-MST-ODS-75-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft portable extinguishers", "US", 300,
     12, 6000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-75-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970191",
     "Flower still life, oil on oak panel, Middelburg school, c. 1620, sold to a US museum", "NL", 6, 1, 450000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-75-0033")], "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRSEA01", "sea", "FR", "CH", "970510",
     "Roman amphorae, 3, documented French collection since 1952, sold at auction", "FR", 60, 3, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-75-0412")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "RS", "902519",
     "Cooled thermal imaging cores 640x512, 6 units, for a Serbian fire-and-rescue service", "CZ", 9, 6, 54000, "EUR",
     [("EXPORT_LICENCE", "CZ-LIC-75-0118"), ("END_USER_CERTIFICATE", "RS-MUP-EUC-75-0027")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "TR", "292215",
     "Triethanolamine 99 %, 20 drums, for a Turkish cosmetics maker", "BE", 4500, 20, 2800, "EUR",
     [("EXPORT_LICENCE", "BE-VL-75-0064"), ("END_USER_CERTIFICATE", "TR-TCB-EUC-75-0150")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "GT", "DE", "060290",
     "Tillandsia xerographica, artificially propagated, 2,000 plants", "GT", 300, 2000, 3000, "USD",
     [("CITES_PERMIT", "GT-CONAP-75-0219")], "App. II air plants with their export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "442199",
     "Bubinga planters (Guibourtia tessmannii), 300 units", "CM", 3000, 300, 6000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-75-0088")], "App. II bubinga products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Particulier", "PRM-07": "Horizon Museum Acquisitions Inc.",
    "PRM-09": "Vatrogasno-spasilačka služba Beograd", "PRM-11": "Meridian Floristik Import GmbH", "PRM-12": "Nordhafen Jardinières SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # florists, cut-flower importers and floral-supply wholesalers
    ("382499", "Vase-water clarifier tablets for cut flowers, tubs of 50", "import", ["post"], ["KE", "CN"], (20, 40), (1, 3), ["USD", "EUR"], 10, S),
    ("340530", "Florists' leaf-shine spray, silicone emulsion, 400 ml", "import", ["air"], ["CO", "NL"], (4, 8), (100, 400), ["USD"], 2.2, S),
    ("382499", "Citric hydration acidifier tablets for cut roses", "import", ["sea"], ["EC", "CN"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("321290", "Polyester floral glitter, 500 g jars", "import", ["express"], ["KR", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("391190", "Polyacrylate water-storing crystals for vases, 1 kg", "import", ["sea"], ["CN", "ET"], (3, 5), (3000, 9000), ["USD"], 1, S),
    ("283699", "Sodium percarbonate bleach for dried pampas grass, 500 g", "import", ["post"], ["VN", "CN"], (10, 20), (1, 3), ["USD"], 2, S),
    ("340590", "Citric brass-vase polish, 250 ml", "import", ["air"], ["TH", "IN"], (6, 12), (100, 400), ["USD"], 4, S),
    ("291619", "Potassium sorbate, food grade, 25 kg bags", "import", ["rail", "sea"], ["CN"], (3, 5), (10000, 20000), ["USD"], 0.04, S),
    ("252800", "Borax flower-drying powder, 1 kg", "import", ["air"], ["IN", "TR"], (2, 4), (100, 400), ["USD"], 1, S),
    ("392490", "Plastic flower buckets (procona), new, stacked", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("382499", "Flower-food sachets, 5 g, cartons of 1,000", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 200, S),
    ("841850", "Florists' display chillers, R-290, new", "import", ["road"], ["TR"], (8, 14), (1000, 4000), ["EUR"], 0.006, S),
    ("380899", "Water-based anti-transpirant bouquet spray, hydrocarbon propellant, 400 ml", "import", ["air"], ["BR", "US"], (6, 12), (100, 400), ["USD"], 2.2, S),
    ("350691", "Cold floral adhesive, 250 ml tubes", "import", ["air"], ["PK", "CN"], (6, 12), (100, 300), ["USD"], 4, S),
    ("380899", "Ethylene-absorber sachets for cut-flower boxes", "import", ["sea"], ["IL", "CN"], (4, 8), (500, 2000), ["USD"], 50, S),
    ("321290", "Flower tinting spray, water-based, propane-butane propellant, 400 ml", "import", ["sea"], ["CN", "IT"], (2, 4), (2000, 6000), ["USD"], 2.2, S),
    ("560790", "Jute florist cord, rolls", "import", ["express"], ["HK", "CN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("580710", "Satin florist ribbons, printed, rolls", "import", ["sea"], ["CN", "IN"], (5, 9), (1000, 4000), ["USD"], 5, S),
    ("482390", "Green floral stem-wrap tape, waxed paper, rolls", "import", ["sea"], ["CN", "TW"], (3, 6), (1000, 4000), ["USD"], 20, S),
    ("701391", "Glass flower vases, machine-made, assorted", "import", ["sea"], ["CN", "PL"], (2, 4), (3000, 9000), ["USD"], 1, S),
    ("691200", "Glazed ceramic flower pots, new", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 0.8, S),
    ("691390", "Terracotta jars for flower arrangements, new, wheel-thrown", "import", ["sea"], ["TN", "MA"], (1.5, 3), (2000, 6000), ["EUR"], 0.1, S),
    ("711719", "Gilded-brass bridal flower crowns, new", "import", ["post", "express"], ["AL", "TR"], (40, 80), (1, 2), ["EUR"], 5, S),
    ("690721", "Tulip-pattern glazed wall tiles, new", "import", ["sea"], ["TR", "PT"], (1, 2), (5000, 15000), ["EUR"], 3, S),
    ("691390", "New buncheong-style ikebana vases", "import", ["post"], ["KR", "JP"], (30, 60), (1, 3), ["USD"], 0.5, S),
    ("491191", "Flower still-life art prints, framed, new", "export", ["sea"], ["US", "CA"], (6, 12), (500, 2000), ["EUR"], 0.5, S),
    ("880699", "Small camera quadcopters, under 250 g, retail boxed", "import", ["air"], ["CN"], (80, 160), (100, 400), ["USD"], 1.5, S),
    ("902519", "Digital thermometers and data loggers for cold rooms", "import", ["air"], ["CN", "DE"], (60, 120), (50, 200), ["USD"], 8, S),
    ("701990", "Glass-fibre rods for flower arches, 2 m", "import", ["sea"], ["CN", "TR"], (3, 6), (1000, 4000), ["USD"], 2, S),
    ("291811", "Citric acid for flower food, 25 kg bags", "import", ["sea"], ["CN", "TH"], (0.8, 1.4), (10000, 20000), ["USD"], 0.04, S),
    ("441520", "Wooden flower crates of poplar, new", "import", ["road"], ["UA", "MD"], (0.8, 1.5), (10000, 22000), ["EUR"], 0.5, S),
    ("841869", "Flower cold-room panels and R-744 condensing units, new", "export", ["sea"], ["KE", "ET"], (6, 12), (3000, 9000), ["EUR"], None, S),
    ("060390", "Dried and dyed bunny tails (Lagurus), bunches", "import", ["sea"], ["VN", "ES"], (4, 8), (1000, 4000), ["USD"], 5, S),
    ("140490", "Coconut-coir moss poles for orchids", "import", ["sea"], ["LK", "IN"], (1, 2), (3000, 9000), ["USD"], 1.5, S),
    ("440399", "Bleached driftwood branches for vases", "import", ["sea"], ["ID", "PH"], (1, 2), (1000, 4000), ["USD"], 0.5, S),
    ("442199", "Okoumé wooden planters, new", "import", ["sea"], ["GA", "CN"], (1.5, 3), (3000, 9000), ["USD"], 0.1, S),
    ("670290", "Artificial polyester feathers for bouquets", "import", ["express"], ["CN", "IN"], (40, 80), (1, 3), ["USD"], 200, S),
    ("392690", "Artificial succulents for bouquets, PE", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 20, S),
    ("670290", "Silk artificial orchids and roses", "import", ["sea"], ["CN"], (5, 10), (2000, 6000), ["USD"], 10, S),
    ("442090", "Wooden icon-style picture frames, new", "import", ["sea"], ["GE", "UA"], (4, 8), (500, 2000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960390", "Horsehair shoe-shine brushes, beech handles", "import", ["sea"], ["CN", "LK"], (4, 8), (1000, 4000), ["USD"], 8, N),
        ("940382", "Bamboo towel ladders, free-standing", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 0.3, N),
        ("701349", "Glass cake domes with wooden boards", "import", ["sea"], ["PL", "CN"], (2, 4), (3000, 8000), ["EUR", "USD"], 0.6, N),
        ("420292", "Cotton drawstring shoe bags, printed", "import", ["post", "express"], ["IN", "PT"], (15, 30), (1, 3), ["USD", "EUR"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind297", 20750901, HERE)


if __name__ == "__main__":
    main()
