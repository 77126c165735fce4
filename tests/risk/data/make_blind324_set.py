#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-fourth blind set (tests/risk/data/blind324-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: shoe repair, cobblers and
key-cutting kiosks (heel bars and shoe-repair chains, cobblers and their grindery
wholesalers, key-cutting and engraving kiosks, watch-battery counters and their suppliers).
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
only where a real declaration would. Ids are BL324-*:

    python3 tests/risk/data/make_blind324_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "TN", [], "FR", "330790",
         "Désodorisant concentré pour doublures de chaussures (cordonnerie), recharge 1 l x 6", "TN", 6.8, 6, 60, "EUR",
         "a cobbler's shoe-lining deodoriser is a dilute, perfumed quaternary-ammonium spray; these six litre refills "
         "hold a water-clear, unscented liquid of 1.13 kg/l with vented caps that bleaches leather, whitens the "
         "fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Sfax to a "
         "private person in Marseille; Tunisian French wording (hydrogen peroxide repeats in many sets; a "
         "shoe-lining deodoriser label was found in no earlier row by a keyword search)", person("Karim Ben Salah", "FR")),
        ("PRE-02", "import", "NLAIR01", "air", "JP", [], "NL", "381400",
         "コバインク用うすめ液 (靴修理・ヒール補修用), 1 L × 24本", "JP", 27.4, 24, 180, "USD",
         "edge-ink thinner for re-inking heel blocks and sole edges is a water-alcohol mix of about 0.95 kg/l; these "
         "24 bottles hold an oily, faintly fruity liquid of 1.14 kg/l that does not mix with the ink, and the "
         "filler's label under the sticker reads 'CH3NO2', for an Utrecht grindery web shop that sells the litres to "
         "model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown "
         "from Narita; Japanese wording (nitromethane repeats in many sets; an edge-ink thinner label was found in "
         "no earlier row by a keyword search)", firm("Hakken Schoenmakersbenodigdheden BV", "NL")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "381090",
         "Pirinç anahtar eskitme solüsyonu (anahtar kopyalama kioskları için), 1 l, 60 şişe", "TR", 84, 60, 300, "EUR",
         "the antiquing solutions key-cutting kiosks use to darken brass key blanks are selenious-acid blacks of "
         "about 1.05 kg/l; these 60 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat "
         "into a brass blank, for a Plovdiv key-cutting kiosk chain that sells them at the counter: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, at Kapitan Andreevo; Turkish wording "
         "(nitric acid repeats in many sets; a key-blank antiquing label was found in no earlier row)",
         firm("Klyuch Ekspres EOOD", "BG")),
        ("PRE-04", "import", "CZAIR01", "air", "VN", [], "CZ", "330790",
         "Bột khử mùi giày (dùng cho tiệm sửa giày), túi 1 kg, 300 túi", "VN", 300, 300, 900, "USD",
         "shoe-deodorising powder is a soft, scented talc-and-bicarbonate mix that clumps in the damp; these 300 bags "
         "hold shiny, odourless crystals that crackle and spit violet sparks on a hot iron and flare with sugar, "
         "for a Brno shoe-repair supply web shop that resells the bags to anyone: potassium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Hanoi; Vietnamese wording (potassium chlorate "
         "repeats in many sets; a shoe-deodorising powder label was found in no earlier row by a keyword search)",
         firm("Obuv Servis Morava s.r.o.", "CZ")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "340510",
         "Кристали для чищення замші та нубуку (для шевських майстерень), пакет 1 кг, 400 пакетів", "UA", 400, 400, 800,
         "EUR",
         "suede and nubuck cleaning is done with crepe-rubber blocks and foams, never with crystals; these 400 bags "
         "hold white, odourless, salty crystals that dissolve at once, burn fiercely with sugar and whose inner "
         "liners read 'NaClO3', for a Rzeszów cobblers' supply web shop that sells them by the kilo: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, at Korczowa; Ukrainian wording "
         "(sodium chlorate repeats in many sets; a suede-cleaning crystal label was found in no earlier row)",
         firm("Szewski Hurt Podkarpacie Sp. z o.o.", "PL")),
        ("PRE-06", "import", "EERAIL01", "rail", "UZ", [], "EE", "250100",
         "Oyoq kiyim ustaxonalari uchun teri yumshatuvchi tuz, 25 kg qop, 480 qop", "UZ", 12000, 480, 3600, "USD",
         "the salt cobblers use in leather-softening and stretching baths is plain, coarse, grey sodium chloride; "
         "these 480 sacks hold white, round, opaque prills that turn ice-cold and vanish in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Tallinn grindery distributor that re-packs them in 1 kg tubs: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by rail from "
         "Tashkent to Narva; Uzbek wording (ammonium nitrate repeats in many sets and salt labels on it in a few; a "
         "leather-softening salt was found in no earlier row)", firm("Baltic Kingaparandus OÜ", "EE")),
        ("PRE-07", "import", "DEAIR01", "air", "KR", [], "DE", "381090",
         "황동 명판 에칭액 (열쇠 복사·각인 키오스크용), 1 L, 600병", "KR", 1100, 600, 1800, "USD",
         "the etching fluids engraving kiosks use for brass name plates and dog tags are ferric-chloride solutions "
         "of 1.4 kg/l that stain everything brown; these 600 bottles hold a colourless, oily liquid of 1.84 kg/l "
         "that grows hot with a drop of water and chars the cardboard where one leaked, for a Cologne key-cutting "
         "and engraving kiosk wholesaler whose web shop sells the litres to anyone: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, flown from Incheon; Korean wording "
         "(sulphuric acid repeats in many sets; a name-plate etching label was found in no earlier row)",
         firm("Schlüssel & Gravur Rhein GmbH", "DE")),
        ("PRE-08", "import", "ESAIR01", "air", "AR", [], "ES", "330730",
         "Sales de baño efervescentes, sin perfume, bolsas de 1 kg, 200 bolsas", "AR", 200, 200, 700, "USD",
         "effervescent bath salts are sodium bicarbonate with citric acid and scent that fizz in water; these 200 "
         "bags hold a white, crystalline powder that does not fizz, dissolves slowly, has no scent and flares with "
         "sugar on a hot plate: potassium perchlorate (Annex I above 40 %) for a Valencia web shop selling the bags "
         "to the public, flown from Ezeiza; Argentine Spanish wording (potassium perchlorate repeats in many sets and "
         "bath-salt labels in a few; kept as a repeat, from Argentina is the new part as far as a search found)",
         firm("Espuma Levante SL", "ES")),
        ("PRE-09", "import", "ITAIR01", "air", "TH", [], "IT", "250100",
         "เกลือสำหรับเครื่องล้างจาน, ถุง 1 กก., 400 ถุง", "TH", 400, 400, 600, "USD",
         "dishwasher regenerating salt is coarse, hard, glassy sodium chloride that dissolves slowly; these 400 bags "
         "hold a soft, white, hygroscopic powder that turns damp in the air, dissolves at once and burns fiercely "
         "with sugar: sodium perchlorate (Annex I above 40 %) for a Bologna household web shop selling it to the "
         "public, flown from Bangkok; Thai wording (sodium perchlorate repeats in many sets; a dishwasher-salt label "
         "was found in no earlier row by a keyword search)", firm("Casa Pulita Emilia Srl", "IT")),
        ("PRE-10", "import", "ATAIR01", "air", "IN", [], "AT", "560900",
         "जूते के फीते, मोम लगे सूती, 40,000 जोड़ी", "IN", 800, 40000, 4000, "USD",
         "a cobbler's-supplies air shipment from Agra for a Vienna shoe-repair chain: waxed laces and polish tins "
         "are what Agra's grinderies send, but the third item's 'sole-edge setting liquid' is 300 litre bottles of "
         "a water-clear, unscented liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust: "
         "about 50 % hydrogen peroxide (Annex I above 12 %) which the chain's web shop sells to anyone, hidden as "
         "the last item of a three-item declaration, flown from Delhi to Vienna; Hindi and Indian English wording "
         "(hydrogen peroxide repeats in many sets; an edge-setting label behind laces and polish was found in no "
         "earlier row)",
         dict(firm("Absatzbar Wien Schuhservice GmbH", "AT"),
              _more_items=[item("340510", "Leather shoe polish, tins 50 ml, 12,000 pcs", "IN", 900, 2400, "USD", qty=12000),
                           item("340510", "Sole-edge setting liquid, 1 l, 300 bottles", "IN", 360, 450, "USD", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "IN", "411520",
         "Fibra di cuoio per cartone di cuoio rigenerato, balle, 18 t", "IT", 18000, None, 3600, "EUR",
         "leather fibre for leatherboard is clean, dry shavings from vegetable-tanned leather; these bales hold grey-"
         "green dust and sweepings from the finishing-machine dust bags of a chain of shoe-repair shops, chrome-tanned "
         "and mixed with edge ink, glue skins and sanding belts, testing for hexavalent chromium: waste leather dust "
         "containing Cr(VI) compounds (A3090), whose export to a non-OECD country is banned, from La Spezia to "
         "Chennai; Italian wording (leather waste repeats in a few sets as shavings; a cobblers' finishing-machine "
         "dust cover was found in no earlier row)", {"importer_country": "IN"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "NG", "850640",
         "Piles bouton oxyde d'argent neuves, surstock, en vrac, 2 t", "FR", 2000, None, 6000, "EUR",
         "new silver-oxide button cells come on blister cards with a date code; these drums hold loose, used cells "
         "of every size and chemistry collected at watch-battery and key-cutting counters, corroded, some mercury "
         "and zinc-air, at 0 V: waste batteries containing mercury and silver (A1170), whose export to a non-OECD "
         "country is banned, from Le Havre to Lagos; French wording (waste batteries repeat in many sets, button "
         "cells in one or two; a watch-battery counter's return drums under a 'new overstock' label were found in "
         "no earlier row)", {"importer_country": "NG"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "PK", "845969",
         "Schlüsselkopiermaschinen, gebraucht, geprüft, funktionsfähig, 300 Stück", "DE", 9000, 300, 15000, "EUR",
         "used key-cutting machines sold for reuse come cleaned, with cutters and a test sheet each; these 300 were "
         "pulled from closed kiosks with burnt motors, missing carriages, brass swarf and leaded-brass dust in every "
         "tray and no test report: waste electrical equipment (A1180) whose export to a non-OECD country is banned, "
         "from Hamburg to Karachi; German wording (used machines as waste repeat in several sets; key-cutting "
         "machines as waste were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-04", "export", "SESEA01", "sea", "SE", [], "KE", "630900",
         "Begagnade skor, sorterade, kräm-kvalitet, balar, 20 t", "SE", 20000, None, 10000, "EUR",
         "cream-grade second-hand shoes are sorted, paired and tied by the laces; these bales hold the uncollected "
         "and unrepairable shoes of a Swedish shoe-repair chain's 60 shops, single, split, mouldy and glue-crusted, "
         "mixed with sole offcuts, heel-bar sweepings and broken polish tins: unsorted waste (not goods for reuse) "
         "whose export to a non-OECD country is banned without consent, from Gothenburg to Mombasa; Swedish wording "
         "(used clothing and shoes repeat in several sets; a shoe-repair chain's uncollected shoes were found in no "
         "earlier row)", {"importer_country": "KE"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "400821",
         "Płyty podeszwowe gumowe do napraw obuwia, II gatunek, 20 t (pojazd 1 z 3)", "PL", 20000, None, 4000, "EUR",
         "sole-rubber sheets for cobblers are calendered plates of one thickness and colour, interleaved with paper; "
         "these loads are granulated and shredded end-of-life tyres with the steel cord showing, bought as waste from "
         "tyre yards, the first of three trucks booked that week under the same contract, for a Lviv works that "
         "presses 'sole sheets' from a few and dumps the rest: waste tyres shipped to a non-OECD country without "
         "notification and consent, at Dorohusk; Polish wording (tyre waste repeats in several sets; sole-rubber "
         "sheets split over three trucks were found in no earlier row)", {"importer_country": "UA"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "320890",
         "Tintas e acabamentos para calçado, saldo de stock, bidões, 12 t", "PT", 12000, None, 2400, "EUR",
         "stock-lot shoe dyes come in sealed, labelled cans of one maker; these drums hold skinned, settled and mixed "
         "residues from the dye and finish pots of Porto shoe-repair workshops and a closed sole-finishing line, with "
         "chlorinated solvents and pigment sludge: waste from the use of inks, dyes and lacquers (A4070), whose export "
         "to a non-OECD country is banned, from Leixões to Luanda; Portuguese wording (paint and ink waste repeats "
         "in several sets; shoe-dye residues as a stock lot were found in no earlier row)", {"importer_country": "AO"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "SN", "940320",
         "Werkbanken voor schoenmakerijen, gebruikt, 40 stuks", "NL", 4000, 40, 2000, "EUR",
         "a shoe-repair shop refit container for Dakar: workbenches and shelving are what Dutch heel bars pass on, "
         "but the third item's 'afwerkmachines, getest' are 30 dead sole-finishing machines with burnt motors, "
         "capacitors leaking oil and dust bags full of chrome-leather dust: waste electrical equipment (A1180), "
         "hidden as the last item of a three-item declaration, whose export to a non-OECD country is banned, from "
         "Rotterdam to Dakar; Dutch wording (shop-refit containers repeat in a few sets; cobblers' finishing "
         "machines were found in no earlier row)",
         dict({"importer_country": "SN"},
              _more_items=[item("940320", "Winkelrekken, gebruikt, 60 stuks", "NL", 1800, 600, "EUR", qty=60),
                           item("845380", "Afwerkmachines voor schoenreparatie, gebruikt, getest, 30 stuks", "NL", 6000, 4500, "EUR", qty=30)])),
        ("WST-08", "export", "CZROAD01", "road", "CZ", [], "RS", "392062",
         "Odstřižky polyesterové fólie, čisté, lisované balíky, 12 t", "CZ", 12000, None, 1200, "EUR",
         "clean polyester film offcuts are clear or tinted and free of coatings; these bales hold exposed and "
         "developed X-ray films from hospital archives, silver-bearing and mixed with envelopes: photographic waste "
         "containing silver, shipped for silver recovery to a non-OECD country without notification and consent, "
         "at Batrovci via Hungary; Czech wording (X-ray film repeats in a few sets; a polyester-offcut label on it "
         "to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", [], "BA", "853990",
         "LED-Röhren T8, gebraucht, funktionsfähig, 24.000 Stück", "AT", 6000, 24000, 2400, "EUR",
         "used LED tubes for reuse are tested and boxed; these cages hold T8 fluorescent tubes from office refits, "
         "many broken, with mercury powder loose in the cages: waste lamps containing mercury (A1030/A1180) shipped "
         "to a non-OECD country without notification, via Slovenia and Croatia to Sarajevo; Austrian German wording "
         "(fluorescent tubes repeat in several sets, kept as a repeat; an LED-tube cover to Bosnia is the new part "
         "as far as a search found)", {"importer_country": "BA"}),
        ("WST-10", "export", "ITROAD01", "road", "IT", [], "AL", "381400",
         "Diluente nitro rigenerato, fusti 200 l, 80 fusti", "IT", 14000, 80, 2400, "EUR",
         "regenerated nitro thinner is distilled, water-clear and sold with a data sheet; these drums hold dark, "
         "sludgy spent solvents from print shops and a shoe-sole gluing line, toluene and MEK with glue and pigment "
         "lumps, not distilled at all: waste organic solvents (A3140) shipped to a non-OECD country without "
         "notification, by ferry truck from Bari to Durrës; Italian wording (spent solvents repeat in many sets; a "
         "regenerated-thinner label to Albania is the new part as far as a search found)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "जूता चिपकाने वाले घोल का थिनर, नॉन-फ्लेमेबल, 15 लीटर कैन, 80 कैन", "IN", 1600, 80, 2400, "USD",
         "the thinners cobblers add to contact cement are flammable toluene-free blends of acetone and esters; these "
         "80 cans are non-flammable, sweet-smelling, of 1.34 kg/l, and the drum label in the container reads "
         "'1,1,1-trichloroethane': methyl chloroform, an ozone-depleting substance whose placing on the market is "
         "banned (Montreal Protocol, EU 2024/590), for a Naples grindery wholesaler, by sea from Nhava Sheva; Hindi "
         "wording (1,1,1-trichloroethane repeats in a few sets; a cobbler's glue-thinner label was found in no "
         "earlier row by a keyword search)", firm("Forniture Calzolai Partenope Srl", "IT")),
        ("OZN-02", "import", "FRSEA01", "sea", "VN", [], "FR", "340510",
         "Bình xịt làm sạch da lộn và nubuck, không cháy, 400 ml, 6.000 bình", "VN", 3000, 6000, 9000, "USD",
         "suede cleaning sprays are water-based foams or flammable isopropanol aerosols; these 6,000 cans are "
         "non-flammable, evaporate at once leaving no ring and the filler's data sheet in the carton gives CAS "
         "76-13-1: CFC-113 in aerosols whose placing on the market is banned (Montreal Protocol, EU 2024/590), for "
         "a French shoe-repair chain's 200 heel bars, by sea from Hai Phong to Le Havre; Vietnamese wording (CFC-113 "
         "repeats in several sets as a cleaner and suede stain-remover labels in blind82, blind102 and blind235, kept "
         "as a repeat of that family; a suede-cleaner aerosol for a heel-bar chain is the new part as far as a search found)",
         firm("Talon Minute Services SAS", "FR")),
        ("OZN-03", "import", "GRSEA01", "sea", "TR", [], "GR", "381400",
         "Anahtar makinesi freze temizleme spreyi, yanmaz, 500 ml, 3.000 kutu", "TR", 1800, 3000, 4500, "EUR",
         "the cleaner sprays for key-cutting machine cutters and carriages are flammable hydrocarbon degreasers; "
         "these 3,000 cans are non-flammable, of 1.25 kg/l, smell faintly ethereal and the inner label gives "
         "'HCFC-141b': an HCFC whose placing on the market is banned (Montreal Protocol, EU 2024/590), for a Piraeus "
         "key-cutting kiosk wholesaler, by sea from Izmir; Turkish wording (HCFC-141b repeats in many sets as a "
         "flushing agent and cleaner; a key-machine cutter cleaner was found in no earlier row)",
         firm("Kleidia Express Ellas AE", "GR")),
        ("OZN-04", "import", "HUROAD01", "road", "RS", [], "HU", "842410",
         "Protivpožarni aparati za kioske (ključevi i popravka obuće), 2 kg, prah, 400 kom", "RS", 1600, 400, 6000, "EUR",
         "the 2 kg powder extinguishers mall kiosks hang by the door are red, heavy with powder and pressurised with "
         "nitrogen; these 400 are light, hiss a gas that leaves no residue and their labels under the stickers read "
         "'BCF': halon 1211, whose placing on the market outside critical uses is banned (Montreal Protocol, EU "
         "2024/590), for a Budapest key-cutting and heel-bar kiosk chain, at Röszke; Serbian wording (halon "
         "extinguishers repeat in many sets; kiosk extinguishers for a key and shoe-repair chain were found in no "
         "earlier row)", firm("Kulcs és Sarok Kft.", "HU")),
        ("OZN-05", "import", "PTSEA01", "sea", "BR", [], "PT", "380891",
         "Inseticida fumigante para formas de sapateiro em madeira, cilindros 25 kg, 20 cilindros", "BR", 500, 20, 3000, "USD",
         "the treatments cobblers use against woodworm in wooden shoe lasts are permethrin liquids in cans; these "
         "20 pressure cylinders hold a liquefied, nearly odourless gas of 1.73 kg/l and their stamped collars read "
         "'CH3Br': methyl bromide, whose placing on the market is banned in the Union (Montreal Protocol, EU "
         "2024/590), for a Porto shoe-last and grindery dealer, by sea from Santos to Leixões; Brazilian Portuguese "
         "wording (methyl bromide repeats in many sets; a shoe-last fumigant label was found in no earlier row)",
         firm("Formas e Cardas do Norte Lda", "PT")),
        ("OZN-06", "import", "ATAIR01", "air", "CN", [], "AT", "841510",
         "商场摊位用分体式空调, 2.6 kW, 60 台", "CN", 2400, 60, 9000, "USD",
         "the split air-conditioners for shopping-centre stalls now come charged with R-32 or R-290; these 60 units "
         "carry a pre-charge whose service-valve labels, under new stickers, read R-22: HCFC-charged equipment, "
         "whose placing on the market is banned (Montreal Protocol, EU 2024/590), for a Linz shopping-centre fitter, "
         "flown from Guangzhou; Chinese wording (R-22 equipment repeats in many sets, kept as a repeat; by air to "
         "Austria is the new part as far as a search found)", firm("Einkaufszentrum Technik Linz GmbH", "AT")),
        ("OZN-07", "import", "LTRAIL01", "rail", "KZ", [], "LT", "381400",
         "Удалитель клея для переклейки подошв, негорючий, 1 л, 600 флаконов", "KZ", 960, 600, 1800, "USD",
         "the glue removers cobblers use before re-soling are flammable citrus or acetone gels; these 600 bottles "
         "hold a non-flammable, sweetish liquid of 1.59 kg/l that does not burn at all: carbon tetrachloride, whose "
         "placing on the market is banned outside feedstock and laboratory uses (Montreal Protocol, EU 2024/590), "
         "for a Vilnius shoe-repair supply wholesaler, by rail from Almaty to Kena; Russian wording from "
         "Kazakhstan (carbon tetrachloride repeats in many sets; a sole glue-remover label was found in no earlier "
         "row)", firm("Batų Taisykla Plius UAB", "LT")),
        ("OZN-08", "import", "NLAIR01", "air", "TW", [], "NL", "381400",
         "自行車鏈條去油劑, 不可燃, 1公升, 400瓶", "TW", 590, 400, 1600, "USD",
         "bicycle chain degreasers are citrus or hydrocarbon solvents that burn; these 400 bottles hold a "
         "non-flammable, heavy liquid of 1.93 kg/l smelling of chloroform, and the drum label reads 'CH2BrCl': "
         "bromochloromethane (halon 1011), whose placing on the market is banned (Montreal Protocol, EU 2024/590), "
         "for a Groningen bicycle-parts wholesaler, flown from Taoyuan; Chinese wording from Taiwan "
         "(bromochloromethane repeats in a few sets; a chain-degreaser label was found in no earlier row)",
         firm("Fietsdeel Noord BV", "NL")),
        ("OZN-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "390729",
         "聚醚多元醇预混料 (组合料), 200升桶, 80桶", "CN", 16000, 80, 24000, "USD",
         "pre-blended polyols for rigid foam now come with cyclopentane or water; these drums, landed at Koper in "
         "transit to Belgrade, hold a blend whose vapour gives a CFC-11 reading on the port's detector: polyol with "
         "CFC-11 as blowing agent, an ODS in a mixture whose transit through the Union is banned (Montreal Protocol, "
         "EU 2024/590); Chinese wording (CFC-11 in polyol repeats in many sets, kept as a repeat; a Koper transit to "
         "Belgrade is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-10", "import", "IEAIR01", "air", "HK", [], "IE", "640610",
         "Heel tips, polyurethane, assorted sizes, 20,000 pairs", "HK", 1200, 20000, 6000, "USD",
         "a heel-bar supplies air shipment for a Dublin shoe-repair and key-cutting chain: heel tips and laces are "
         "what Hong Kong grinderies send, but the third item's 'non-flammable shoe-shine spray' is 2,400 aerosols "
         "whose propellant, under the chain's own label, tests as CFC-12: aerosols with a CFC, whose placing on the "
         "market is banned (Montreal Protocol, EU 2024/590), hidden as the last item of a three-item declaration, "
         "flown from Hong Kong; Hong Kong English wording (CFC-12 aerosols repeat in several sets; a shoe-shine "
         "spray behind heel tips was found in no earlier row)",
         dict(firm("Heel & Key Express Ltd", "IE"),
              _more_items=[item("560900", "Shoe laces, assorted, 30,000 pairs", "HK", 600, 3000, "USD", qty=30000),
                           item("340510", "Shoe-shine spray, non-flammable, 250 ml, 2,400 cans", "HK", 700, 1800, "USD", qty=2400)])),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "CN", [], "NL", "640520",
         "手工绣花鞋, 丝绸, 新款, 24双", "CN", 6, 24, 480, "USD",
         "new embroidered silk slippers come in adult sizes with rubber soles; these 24 pairs are tiny, 9-13 cm "
         "lotus shoes for bound feet, hand-embroidered, worn and faded, with cloth soles and Qing-dynasty "
         "(19th-century) silk, bought for an Amsterdam shoe-repair chain's shop-window display and resale: cultural "
         "relics from before 1911 exported from China without its permit, which the Union's import rules "
         "(EU 2019/880) bar; Chinese wording (Chinese textiles repeat in several sets; lotus shoes for a cobbler's "
         "window were found in no earlier row by a keyword search)", firm("Hakken & Sleutels Amsterdam BV", "NL")),
        ("CUL-02", "export", "FRAIR01", "air", "FR", [], "CH", "731700",
         "Clous de chaussure en fer, anciens, pour collection de cordonnerie, lot de 2 kg", "FR", 2, None, 60, "EUR",
         "old cobblers' hobnails are 19th-century machine-made nails in boxes; this lot is hand-forged Roman "
         "caligae hobnails still in rows, with fragments of the leather sole and a bronze strap-end, metal-detected "
         "on a Gallo-Roman camp site in Lorraine: archaeological objects more than 100 years old, which leave the "
         "Union only with an export licence (EU 116/2009, whatever their value), flown from Paris to Geneva; French "
         "wording (Roman metal finds repeat in many sets; hobnails as cobblers' nails were found in no earlier row)",
         {"importer_country": "CH"}),
        ("CUL-03", "import", "DEAIR01", "air", "TR", [], "DE", "830140",
         "Anahtarlık, pirinç, antik görünümlü, yeni, 200 adet", "TR", 4, 200, 200, "EUR",
         "new antique-look keyrings are cast brass with a machine-polished patina and a split ring; these 200 hold "
         "Roman bronze ring-keys and lever keys with green, earth-filled corrosion, all different, dug in south-east "
         "Anatolia, for a Stuttgart key-cutting kiosk chain's gift counter: archaeological objects exported from "
         "Türkiye without a permit, whose import the Union bars (EU 2019/880), flown from Istanbul; Turkish wording "
         "(Roman keys repeat in blind260 as replicas and in several sets; keyrings for a key-cutting chain are the "
         "new part as far as a search found)", firm("Schlüsseldienst Neckar Kiosk GmbH", "DE")),
        ("CUL-04", "import", "ITAIR01", "air", "EG", [], "IT", "420500",
         "صنادل جلدية مصنوعة يدويا، جديدة، 12 زوج", "EG", 3, 12, 120, "USD",
         "new hand-made leather sandals are stiff, bright and stitched with nylon; these 12 pairs are dark, brittle, "
         "palm-fibre and leather sandals with gilded straps from late-antique Coptic burials, some with sand still in "
         "the seams, for a Milan bespoke cobbler who collects old footwear: antiquities exported from Egypt, whose "
         "law bars their export, whose import the Union bars (EU 2019/880), flown from Cairo; Egyptian Arabic wording "
         "(Egyptian antiquities repeat in many sets; Coptic sandals as new sandals for a cobbler were found in no "
         "earlier row)", firm("Calzoleria Brera di G. Conti", "IT")),
        ("CUL-05", "export", "ITSEA01", "sea", "IT", [], "US", "830140",
         "Serrature in ferro, usate, da demolizione, 6 pezzi", "IT", 80, 6, 300, "EUR",
         "demolition locks are rusty 20th-century rim locks; these six are 17th-century wrought-iron church-door "
         "locks with engraved escutcheons and their great keys, taken from a deconsecrated Sicilian church under "
         "protection: cultural property which may not leave Italy without its certificate and, above their value, "
         "the Union export licence, by sea from Palermo to New York; Italian wording (church fittings repeat in a few "
         "sets; church-door locks as demolition locks were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-06", "import", "ESAIR01", "air", "PE", [], "ES", "630499",
         "Tejido artesanal nuevo, tapiz de lana, 1 pieza", "PE", 2, 1, 150, "USD",
         "new Andean tapestries are bright, synthetic-dyed and machine-finished; this one is a faded, "
         "camelid-fibre Chancay textile panel with stepped birds, frayed and stained, of about 1200-1400 AD: a "
         "pre-Columbian object exported from Peru, which bans it, whose import the Union bars (EU 2019/880), flown "
         "from Lima to Madrid; Peruvian Spanish wording (pre-Columbian textiles repeat in several sets, kept as a "
         "repeat; a single tapestry by air to Madrid is the new part as far as a search found)",
         person("Sr. Álvaro Ruiz", "ES")),
        ("CUL-07", "export", "ATROAD01", "road", "AT", [], "CH", "940360",
         "Holztruhe, alt, Gebrauchtmöbel, 1 Stück", "AT", 45, 1, 800, "EUR",
         "a used wooden chest is a plain farmhouse box; this one is a painted and inlaid Zunftlade of the Linz "
         "shoemakers' guild dated 1742, with the guild's boot-and-awl arms inside the lid and its charters: an "
         "antique over 100 years old and over 50,000 EUR, which leaves the Union only with an export licence "
         "(EU 116/2009) and Austria only with its permit, at Feldkirch; Austrian German wording (guild chests were "
         "found in no earlier row by a keyword search; a shoemakers' guild object is new)",
         {"importer_country": "CH"}),
        ("CUL-08", "import", "DEAIR01", "air", "MM", [], "DE", "482090",
         "Decorative palm-leaf panels, new, 20 pcs", "MM", 5, 20, 200, "USD",
         "new palm-leaf souvenirs are bright, freshly cut and lettered by hand in big script; these 20 are brittle, "
         "darkened Burmese palm-leaf manuscripts of Buddhist texts, lacquered and gilt-edged, with their wooden "
         "covers, 18th-19th century, taken from a monastery library: cultural goods exported from Myanmar without a "
         "permit, whose import the Union bars (EU 2019/880), flown from Yangon to Frankfurt; Burmese English "
         "wording (palm-leaf manuscripts repeat in a few sets; from Myanmar is the new part as far as a search "
         "found)", person("Dr. Jonas Weber", "DE")),
        ("CUL-09", "transit", "ATAIR01", "air", "GE", ["AT"], "AE", "830140",
         "Декоративные ключи, латунь, новые, 30 шт.", "GE", 9, 30, 150, "USD",
         "new decorative keys are light, brass-plated and all alike; these 30 are heavy, hand-forged bronze and "
         "iron church keys and a padlock of the 12th-17th centuries from Georgian monasteries, landed at Vienna in "
         "transit from Tbilisi to Dubai for a dealer: cultural goods removed from Georgia without its export permit, "
         "whose introduction into the Union, transit included, is barred (EU 2019/880); Russian wording from Georgia "
         "(old keys repeat in blind260 as replicas; church keys in transit through Vienna were found in no earlier "
         "row)", {"importer_country": "AE"}),
        ("CUL-10", "export", "GRAIR01", "air", "GR", [], "AU", "640399",
         "Τσαρούχια παραδοσιακά, καινούργια, 200 ζεύγη", "GR", 160, 200, 8000, "EUR",
         "a Greek cobbler's export for a Melbourne shoe-repair and souvenir shop: new tsarouchia and worn wooden "
         "lasts are what Athens workshops sell, but the third item's 'old brass shoe-box fittings' are 40 Byzantine "
         "bronze buckles, strap-ends and belt fittings with excavation soil in the crevices: antiquities which may "
         "not leave Greece and leave the Union only with an export licence (EU 116/2009), hidden as the last item "
         "of a three-item declaration, flown from Athens; Greek wording (Byzantine metalwork repeats in several "
         "sets; buckles behind tsarouchia were found in no earlier row)",
         dict({"importer_country": "AU"},
              _more_items=[item("441700", "Καλαπόδια ξύλινα, μεταχειρισμένα, 60 ζεύγη", "GR", 90, 600, "EUR", qty=120),
                           item("830890", "Παλιά μπρούτζινα εξαρτήματα για κουτιά παπουτσιών, 40 τεμάχια", "GR", 2, 80, "EUR", qty=40)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "845611",
         "Լազերային փորագրման սարք բանալիների և անվանատախտակների համար, 1 հատ", "DE", 320, 1, 9000, "EUR",
         "a key-tag and name-plate engraver for a kiosk is a 20-30 W desktop marker; this crated unit is a 3 kW "
         "fibre-laser cutting source with a scanning head, invoiced at a kiosk price to a Yerevan firm with no kiosks "
         "whose freight forwarder books it on to Moscow: machinery whose sale for use in Russia is banned (EU "
         "833/2014, Annex XXIII, and the no-re-export rule), flown from Frankfurt to Yerevan; Armenian wording "
         "(laser sources repeat in several sets; a key-tag engraver label via Armenia was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "847780",
         "Pressa idraulica per suole vulcanizzate, per calzolai, 1 unità", "IT", 14000, 1, 60000, "EUR",
         "a cobbler's sole press is a bench-top pneumatic pad press of a few hundred kilos; this 14 t vessel with a "
         "graphite furnace, argon compressor and 200 MPa rating is a hot isostatic press whose buyer in Mersin "
         "re-ships to Tehran: dual-use equipment (EU 2021/821, 2B004) exported without a licence and towards Iran, "
         "by sea from La Spezia; Italian wording (isostatic presses repeat in a few sets; a cobbler's sole-press "
         "label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-03", "export", "PLAIR01", "air", "PL", [], "KG", "854370",
         "Programatory kluczy samochodowych z transponderem, dla punktów dorabiania kluczy, 200 szt.", "PL", 120, 200, 24000,
         "EUR",
         "transponder-key programmers are sold one or two at a time to key-cutting kiosks; these 200, for a Bishkek "
         "firm with no kiosks that forwards to Moscow, hold microcontrollers, RF transceivers and flash memory of "
         "the Common High Priority list: goods whose sale for use in Russia is banned (EU 833/2014, Annex XXIII and "
         "the anti-circumvention rules), flown from Warsaw to Bishkek; Polish wording (key-cutting machines repeat "
         "in blind260; car-key programmers via Kyrgyzstan were found in no earlier row)", {"importer_country": "KG"}),
        ("STR-04", "import", "LVRAIL01", "rail", "KZ", [], "LV", "441700",
         "Колодки обувные из берёзы, для обувных мастерских, 2 400 пар", "KZ", 4800, 4800, 14400, "USD",
         "birch shoe lasts for repair shops come from Kazakh, Polish or Italian turners; these 2,400 pairs carry "
         "the stamps of a Kirov last factory under Kazakh origin stickers, for a Riga cobblers' wholesaler: wood "
         "products of Russian origin (shoe lasts, 4417) whose import into the Union is banned (EU 833/2014, Art. 3i), "
         "by rail from Kazakhstan to Rēzekne; Russian wording (Russian wood under Kazakh origin repeats in a few "
         "sets; shoe lasts were found in no earlier row)", firm("Kurpnieku Piederumi SIA", "LV")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AE", "392099",
         "Fersenkappen-Material, thermoplastisch, für Schuhmacher, Platten 1 x 1,5 m, 600 Stück", "DE", 900, 600, 3600, "EUR",
         "heel-counter stiffener for cobblers is a thin, cheap thermoplastic sheet that softens in hot water; these "
         "600 sheets are black, woven carbon-fibre prepreg kept cold in dry ice, of aerospace modulus, invoiced at "
         "stiffener prices for a Dubai trader whose buyer is in Iran: dual-use material (EU 2021/821, 1C010) "
         "exported without a licence, flown from Frankfurt to Dubai; German wording (carbon prepreg repeats in "
         "several sets; a heel-counter label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-06", "export", "FIROAD01", "road", "FI", [], "KZ", "640399",
         "Käytettyjä kenkiä korjattavaksi, 120 paria", "FI", 180, 120, 600, "EUR",
         "shoes sent for repair are worn, resoled and in cobblers' bags; these 120 pairs are new Italian designer "
         "shoes in their boxes at about 900 EUR a pair, 'for repair' to a Kazakh shoe-repair firm and booked on to a "
         "Moscow boutique: luxury goods over 300 EUR whose sale for use in Russia is banned (EU 833/2014, Art. 3h, "
         "Annex XVIII), by truck from Helsinki to Almaty; Finnish wording (luxury goods to Russia repeat in many "
         "sets; shoes declared as repairs were found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-07", "export", "HUAIR01", "air", "HU", [], "TR", "847990",
         "Medencetisztító robotok, 40 db", "HU", 800, 40, 16000, "EUR",
         "pool-cleaning robots crawl on tracks with a brush and a cable; these 40 units are torpedo-shaped "
         "underwater drones with thrusters, an inertial unit and side-scan sonar, for an Istanbul buyer that "
         "re-ships to Novorossiysk: goods whose sale for use in Russia is banned (EU 833/2014, Annex VII and XXIII), "
         "flown from Budapest to Istanbul; Hungarian wording (underwater drones repeat in a few sets; a pool-robot "
         "label from Hungary is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "KZ", "847290",
         "Savitarnos raktų kopijavimo automatai, 6 vnt.", "LT", 1800, 6, 42000, "EUR",
         "self-service key-duplication kiosks scan a key and cut a blank; these six crated units, routed through "
         "Belarus to an Almaty firm that sells to Minsk and Moscow, are kiosk shells holding 5-axis CNC micro-mills "
         "and industrial controllers: machinery whose sale for use in Belarus and Russia is banned (EU 765/2006 and "
         "833/2014, Annex XXIII), at Medininkai; Lithuanian wording (key-cutting machines repeat in blind260; "
         "self-service key kiosks were found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-09", "export", "SKAIR01", "air", "SK", [], "TR", "950300",
         "Náhradné diely pre hračkárske drony, 400 ks", "SK", 40, 400, 4000, "EUR",
         "toy-drone spare parts are propellers, motors and cheap boards; these 400 boxes are tactical-grade MEMS "
         "inertial measurement units with calibration sheets, for an Istanbul buyer that re-ships to Russia: goods "
         "of the Common High Priority list whose sale for use in Russia is banned (EU 833/2014, Annex VII), flown "
         "from Bratislava; Slovak wording (IMUs repeat in several sets; toy-drone parts from Slovakia are the new "
         "part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "AE", "845380",
         "Máquinas acabadoras para reparación de calzado, nuevas, 20 unidades", "ES", 4000, 20, 40000, "EUR",
         "a shoe-repair machinery container for Dubai: finishing machines and stitchers are what Spanish makers "
         "sell to Gulf heel bars, but the third item's 'cuadros de control para máquinas' are 30 five-axis CNC "
         "controllers with interpolation for machine tools, for an Iranian buyer: dual-use items (EU 2021/821, "
         "2B001/2B991 controls) and goods barred for Iran (EU 267/2012), hidden as the last item of a three-item "
         "declaration, by sea from Valencia to Jebel Ali; Spanish wording (CNC controllers repeat in several sets; "
         "behind cobblers' finishing machines was found in no earlier row)",
         dict({"importer_country": "AE"},
              _more_items=[item("845221", "Máquinas de coser suelas (Blake), 10 unidades", "ES", 1500, 30000, "EUR", qty=10),
                           item("853710", "Cuadros de control para máquinas, 30 unidades", "ES", 300, 3000, "EUR", qty=30)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "ZW", [], "FR", "410792",
         "Embossed cowhide offcuts, croc print, for shoe repair, 80 kg", "ZW", 80, None, 800, "USD",
         "embossed cowhide has a pressed, even pattern with pore holes; these offcuts have real, irregular horn-backed "
         "scales and umbilical scars: Nile crocodile leather (Crocodylus niloticus, CITES App. II) without CITES "
         "documents, for a Paris cobbler's heel-covering and exotic-repair workshop, flown from Harare; Zimbabwean "
         "English wording (crocodile leather repeats in many sets and embossed-cowhide labels in a few, blind79 and blind294; "
         "croc-print offcuts for shoe repair are the new part as far as a search found)", firm("Cordonnerie Saint-Honoré Exotiques SARL", "FR")),
        ("WLF-02", "import", "ITAIR01", "air", "ID", [], "IT", "410799",
         "Kulit sapi emboss motif ular untuk reparasi sepatu bot, 300 lembar", "ID", 60, 300, 1500, "USD",
         "embossed cowhide with a snake print is uniform and thick; these 300 pieces are thin, overlapping-scaled "
         "skins with the belly scutes in one row: reticulated python (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, for a Florence boot-repair workshop, flown from Jakarta; Indonesian wording (snake "
         "pattern labels repeat in blind93, blind258 and blind260 and python skins in many sets; boot-repair "
         "patches were found in no earlier row)", firm("Risuolatura Fiorentina Srl", "IT")),
        ("WLF-03", "import", "ESAIR01", "air", "PH", [], "ES", "960110",
         "Kalsadera (shoehorn), resin, pattern pagong, 200 piraso", "PH", 20, 200, 400, "USD",
         "resin shoehorns are light and even in colour with mould seams; these 200 are heat-shaped plates of real "
         "tortoiseshell, translucent amber-brown with layered scutes: hawksbill turtle (Eretmochelys imbricata, "
         "CITES App. I), whose commercial trade is banned, for a Madrid shoe-repair and key shop's counter, flown "
         "from Manila; Tagalog wording (hawksbill repeats in many sets; shoehorns were found in no earlier row by a "
         "keyword search)", firm("Tacones y Llaves Chamberí SL", "ES")),
        ("WLF-04", "import", "PTSEA01", "sea", "BR", [], "PT", "441700",
         "Formas de sapato em madeira de nogueira, 300 pares", "BR", 600, 600, 3000, "USD",
         "walnut shoe trees and lasts are light brown and even-grained; these 300 pairs are dark chocolate-brown, "
         "heavy, oily and rose-scented: Brazilian rosewood (Dalbergia nigra, CITES App. I), whose commercial trade "
         "is banned, for a Lisbon cobblers' supply house, by sea from Santos; Brazilian Portuguese wording (Dalbergia "
         "nigra repeats in several sets; shoe trees and lasts were found in no earlier row)",
         firm("Sapataria Técnica Lisboa Lda", "PT")),
        ("WLF-05", "import", "DEAIR01", "air", "TH", [], "DE", "911390",
         "สายนาฬิกาหนังวัวปั๊มลาย, 1,200 เส้น", "TH", 36, 1200, 3600, "USD",
         "embossed calf watch straps have a regular pressed pattern; these 1,200 have real, square, ossified "
         "scales of uneven size: Siamese crocodile leather (Crocodylus siamensis, CITES App. I) from an unregistered "
         "source, for a Berlin chain of watch-battery and key-cutting counters, flown from Bangkok; Thai wording "
         "(crocodile straps repeat in several sets; for watch-battery counters was found in no earlier row)",
         firm("Uhr & Schlüssel Service Berlin GmbH", "DE")),
        ("WLF-06", "import", "BESEA01", "sea", "MG", [], "BE", "960329",
         "Brosses à cheveux, manche en bois teinté noir, 3.000 pièces", "MG", 900, 3000, 3000, "USD",
         "stained-black hair brushes have a pale wood showing at the edges; these handles are black right through, "
         "dense and sinking in water: Malagasy ebony (Diospyros spp., CITES App. II, under a zero quota) without CITES "
         "documents, by sea from Toamasina to Antwerp for a Brussels beauty wholesaler; Malagasy French wording "
         "(Malagasy ebony repeats in several sets; hair-brush handles were found in no earlier row)",
         firm("Beauté Diffusion Bruxelles SRL", "BE")),
        ("WLF-07", "import", "CZAIR01", "air", "VN", [], "CZ", "392690",
         "Móc khóa nhựa trong suốt, trang trí biển, 5.000 cái", "VN", 60, 5000, 1500, "USD",
         "clear resin keyrings with sea motifs hold plastic shells; these 5,000 each hold a real, dried seahorse: "
         "Hippocampus spp. (CITES App. II), without CITES documents, for a Prague key-cutting kiosk chain's counter, "
         "flown from Ho Chi Minh City; Vietnamese wording (seahorses repeat in many sets; in keyrings for key-cutting "
         "kiosks was found in no earlier row)", firm("Klíče Rychle Praha s.r.o.", "CZ")),
        ("WLF-08", "import", "NLPOST01", "post", "VN", [], "NL", "670290",
         "Artificial orchids, silk, 20 stems", "VN", 1.5, 20, 40, "USD",
         "silk orchids are dry, light and even; these 20 are bare-rooted slipper orchids with live leaves wrapped in "
         "damp moss: Paphiopedilum spp. (CITES App. I), whose commercial trade in wild plants is banned, posted from "
         "Hanoi to a private grower in Leiden; English wording (Paphiopedilum repeats in several sets under artificial-"
         "flower labels, kept as a repeat; by post to Leiden is the new part as far as a search found)",
         person("Mr P. de Vries", "NL")),
        ("WLF-09", "transit", "FRAIR01", "air", "NG", ["FR"], "MX", "410622",
         "Finished goat leather, crust, for footwear, 600 pcs", "NG", 240, 600, 3000, "USD",
         "crust goat leather is even, small-grained and square-cut; these 600 pieces are long, narrow skins with "
         "rows of small bead-like scales and the tail still on: Nile monitor (Varanus niloticus, CITES App. II) "
         "without a Nigerian export permit, landed at Paris in transit from Lagos to León for boot repair and "
         "bootmaking; Nigerian English wording (monitor skins repeat in several sets; a Paris transit to León was "
         "found in no earlier row)", {"importer_country": "MX"}),
        ("WLF-10", "import", "ESSEA01", "sea", "AR", [], "ES", "410799",
         "Cuero vacuno grabado para tapas de tacón, retazos, 200 kg", "AR", 200, None, 2000, "USD",
         "embossed calf for heel covers is of even thickness with a pressed pattern; these pieces have real "
         "osteoderm scales and bony buttons: yacaré caiman leather (Caiman yacare, CITES App. II) without CITES "
         "documents, for a Barcelona heel-bar chain, by sea from Buenos Aires; Argentine Spanish wording (caiman "
         "leather repeats in many sets and embossed-cowhide labels in a few; heel-cover offcuts were found in no earlier row)",
         firm("Talones Express Barcelona SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "TN", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (leather restoration)", "TN", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-80-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "VN", "CZ", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnic chemistry)", "VN", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "CZ-MV-80-0131")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854919",
     "Spent button cells and watch batteries from repair counters, for recycling at a licensed plant, 4 t", "NO", 4000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-80-0104")], "notified waste button cells to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "411520",
     "Chrome-leather dust from shoe-finishing machines (04 01 08), for treatment at a licensed plant, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-80-0277")], "notified leather dust to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-80-014")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US", 540, 12,
     9000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-80-007")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "940360",
     "Guild chest of the Steyr shoemakers, painted pine, dated 1768, loan to a Swiss museum", "AT", 40, 1, 70000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-80-0039")],
     "guild chest exported with the EU export licence and the Austrian permit"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "731700",
     "Roman iron hobnails and a bronze strap-end, documented French collection since 1928, sold at auction", "FR", 0.4,
     30, 2500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-80-0185")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "392099",
     "Carbon-fibre prepreg sheets, aerospace grade, 200 sheets, for a Japanese aircraft-parts maker", "DE", 300, 200,
     60000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-80-0412"), ("END_USER_CERTIFICATE", "JP-METI-EUC-80-0088")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "847989",
     "Hot isostatic press, 200 MPa, 1 unit, for a Korean turbine-blade foundry", "IT", 14000, 1, 900000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-80-0031"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-80-0057")],
     "dual-use isostatic press under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ZA", "FR", "410799",
     "Nile crocodile leather, farmed, 40 belly skins, for shoe and heel covering", "ZA", 30, 40, 16000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-80-0219")], "App. II crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410799",
     "Reticulated python leather, 120 skins, for boot repair and bootmaking", "ID", 40, 120, 7200, "USD",
     [("CITES_PERMIT", "ID-KLHK-80-0344")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Soukromá osoba", "PRM-05": "Laboratorium Centralne Sp. z o.o.",
    "PRM-06": "Aeroservizi Tirreno SpA", "PRM-11": "Cordonnerie du Marais SARL", "PRM-12": "Calzoleria Arno Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # cobblers, heel bars, shoe-repair chains, grindery wholesalers and key-cutting and engraving kiosks
    ("330790", "Shoe-lining deodoriser spray, quaternary-based, 150 ml", "import", ["post"], ["TN", "CN"], (15, 30), (1, 3), ["EUR", "USD"], 6, S),
    ("381400", "Edge-ink thinner, water-alcohol, 250 ml", "import", ["express"], ["JP", "IT"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("381090", "Selenious brass blackening solution for key blanks, 250 ml", "import", ["road"], ["TR"], (6, 12), (200, 800), ["EUR"], 4, S),
    ("330790", "Shoe-deodorising powder, talc and bicarbonate, 100 g", "import", ["air"], ["VN", "CN"], (4, 8), (100, 400), ["USD"], 10, S),
    ("401699", "Suede and nubuck crepe cleaning blocks", "import", ["road"], ["UA", "PL"], (6, 12), (200, 800), ["EUR"], 20, S),
    ("381090", "Ferric-chloride etching solution for brass name plates, 1 l", "import", ["air"], ["KR", "CN"], (2, 4), (200, 800), ["USD"], 0.7, S),
    ("340510", "Leather shoe polish, tins 50 ml", "import", ["sea"], ["IN", "CN"], (2, 4), (2000, 6000), ["USD"], 15, S),
    ("560900", "Waxed cotton shoe laces, pairs", "import", ["sea"], ["IN", "CN"], (3, 6), (2000, 6000), ["USD"], 50, S),
    ("640610", "Polyurethane heel tips, assorted sizes", "import", ["air"], ["HK", "CN"], (4, 8), (300, 1200), ["USD"], 16, S),
    ("400821", "Sole-rubber sheets for shoe repair, 600 x 900 mm", "import", ["road"], ["PL", "IT"], (3, 6), (2000, 8000), ["EUR"], 1, S),
    ("411520", "Vegetable-tanned leather shavings for leatherboard, baled", "export", ["sea"], ["IN", "TN"], (0.2, 0.4), (10000, 20000), ["EUR"], None, S),
    ("850640", "Silver-oxide watch batteries, new, blister cards", "import", ["air"], ["JP", "CH"], (150, 300), (20, 100), ["USD", "CHF"], 800, S),
    ("845969", "Key-cutting machines, new, manual, with cutters", "import", ["sea"], ["IT", "CN"], (20, 40), (500, 2000), ["EUR", "USD"], 0.05, S),
    ("640399", "Resoled leather shoes returned to customers, repair service", "import", ["post"], ["NO", "CH"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("320890", "Solvent-based shoe dye, 1 l cans", "import", ["sea"], ["ES", "GB"], (6, 12), (1000, 4000), ["EUR"], 1, S),
    ("940320", "Cobblers' workbenches, new, steel-topped wood", "import", ["road"], ["IT"], (4, 8), (1000, 3000), ["EUR"], 0.02, S),
    ("845380", "Shoe-repair finishing machines with dust extraction", "import", ["sea"], ["IT", "ES"], (20, 40), (1000, 4000), ["EUR"], 0.005, S),
    ("381400", "Contact-cement thinner, acetone and esters, 1 l", "import", ["sea"], ["IN", "IT"], (2, 4), (2000, 6000), ["USD", "EUR"], 1.2, S),
    ("340510", "Suede cleaning foam, water-based, 200 ml", "import", ["sea"], ["VN", "CN"], (4, 8), (1000, 4000), ["USD"], 5, S),
    ("340290", "Hydrocarbon degreaser spray for key-machine cutters, 500 ml", "import", ["sea"], ["TR", "IT"], (3, 6), (1000, 3000), ["EUR"], 2, S),
    ("842410", "Powder fire extinguishers, 2 kg, for kiosks", "import", ["road"], ["RS", "PL"], (4, 8), (500, 2000), ["EUR"], 0.25, S),
    ("380891", "Permethrin woodworm treatment for shoe lasts, 1 l", "import", ["sea"], ["BR", "FR"], (4, 8), (500, 2000), ["USD", "EUR"], 1, S),
    ("381400", "Citrus glue remover gel for re-soling, 500 ml", "import", ["rail"], ["KZ", "CN"], (3, 6), (500, 2000), ["USD"], 2, S),
    ("640520", "Embroidered slippers, rubber soles, new", "import", ["express"], ["CN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("741510", "Cobblers' brass tacks, boxes of 1,000", "import", ["post"], ["DE", "IT"], (10, 20), (1, 3), ["EUR"], 2, S),
    ("830140", "Antique-look brass keyrings, new, cast", "import", ["air"], ["TR", "CN"], (15, 30), (50, 200), ["EUR", "USD"], 50, S),
    ("640399", "Hand-made leather sandals, new", "import", ["air"], ["EG", "GR"], (20, 40), (100, 400), ["USD", "EUR"], 2, S),
    ("441700", "Beech shoe lasts, new, for repair shops", "import", ["road"], ["PL", "IT"], (6, 12), (500, 2000), ["EUR"], 1, S),
    ("845611", "Desktop fibre-laser markers, 20 W, for key tags", "import", ["air"], ["CN"], (40, 80), (100, 400), ["USD"], 0.03, S),
    ("847780", "Pneumatic sole pad presses, bench-top", "import", ["sea"], ["IT", "CN"], (10, 20), (1000, 3000), ["EUR", "USD"], 0.006, S),
    ("854370", "Transponder-key programmers, boxed, for key kiosks", "import", ["express"], ["CN", "PL"], (100, 200), (1, 3), ["USD", "EUR"], 1, S),
    ("392099", "Thermoplastic heel-counter stiffener sheets", "import", ["road"], ["DE", "IT"], (3, 6), (500, 2000), ["EUR"], 0.7, S),
    ("847290", "Self-service key-duplication kiosks, new", "import", ["sea"], ["US", "CN"], (20, 40), (1000, 3000), ["USD"], 0.003, S),
    ("410792", "Embossed cowhide, croc print, for shoe repair", "import", ["air"], ["IT", "IN"], (15, 30), (100, 400), ["EUR", "USD"], None, S),
    ("410799", "Embossed calf leather, snake print, sides", "import", ["air"], ["ID", "IN"], (15, 30), (100, 400), ["USD"], None, S),
    ("392690", "Resin shoehorns, tortoise pattern", "import", ["express"], ["PH", "CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("441700", "Walnut and beech shoe trees, pairs", "import", ["sea"], ["BR", "PL"], (4, 8), (1000, 4000), ["USD", "EUR"], 1, S),
    ("911390", "Embossed calf watch straps, croc pattern", "import", ["post"], ["TH", "CN"], (40, 80), (1, 3), ["USD"], 30, S),
    ("392690", "Clear resin keyrings with plastic sea shells", "import", ["air"], ["VN", "CN"], (10, 20), (50, 200), ["USD"], 80, S),
    ("410622", "Crust goat leather for footwear", "import", ["air"], ["NG", "IN"], (10, 20), (200, 800), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone muffin cups, reusable", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 40, N),
        ("691490", "Glazed ceramic herb planters, empty", "import", ["sea"], ["VN", "CN"], (1, 2), (3000, 8000), ["USD"], 1, N),
        ("442199", "Wooden garden trugs", "import", ["sea"], ["LT", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 0.8, N),
        ("701349", "Glass water carafes, 1 l", "import", ["sea"], ["TR", "CN"], (2, 4), (4000, 10000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind324", 20800301, HERE)


if __name__ == "__main__":
    main()
