#!/usr/bin/env python3
"""Writes the three-hundred-and-third blind set (tests/risk/data/blind303-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: art foundries, sculptors' studios and
stone carvers (bronze and art-casting foundries and their wax, investment and patina suppliers,
sculptors' and mould-makers' studios, stone-carving workshops, monument masons and quarries
that supply them, and the dealers in carving stone, wood and tools).
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
only where a real declaration would. Ids are BL303-*:

    python3 tests/risk/data/make_blind303_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITROAD01", "road", "CH", [], "IT", "382499",
         "Attivatore liquido per impacchi smacchianti su marmo, flaconi da 1 l, 240 flaconi", "CH", 270, 240, 960, "CHF",
         "the activators stone carvers mix into sepiolite poultices to lift rust and tannin stains from marble are "
         "mild ammonia or 3-6 % peroxide liquids; these 240 litre bottles hold a water-clear liquid of 1.13 kg/l with "
         "vented caps that whitens the skin and foams on marble dust, for a Carrara carvers' supply shop that sells "
         "the bottles to hobby carvers over the counter and online: about 35 % hydrogen peroxide (Annex I above 12 %) "
         "made available to members of the public, in a van from Ticino at Chiasso; Swiss Italian wording (hydrogen "
         "peroxide repeats in many sets and poultice labels in three rows; a marble-poultice activator from a Ticino "
         "stone-tool firm was found in no earlier row by a keyword search)", firm("Apuana Forniture Scultori Srl", "IT")),
        ("PRE-02", "import", "PTAIR01", "air", "BR", [], "PT", "340490",
         "Aditivo de deceragem para moldes de fundição artística (cera perdida), galões de 4 l, 60 galões", "BR", 272, 60,
         900, "USD",
         "wax-burnout additives for art-casting investment moulds are paraffin or glycol blends of 0.85-0.9 kg/l "
         "that smell of wax; these 60 jugs hold an oily, faintly fruity liquid of 1.14 kg/l that does not mix with "
         "wax and the drum label under the sticker reads 'nitrometano', for a Porto art-casting supply web shop "
         "that sells the jugs to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members "
         "of the public, flown from São Paulo to Lisbon; Brazilian Portuguese wording (nitromethane repeats in many "
         "sets; a lost-wax burnout-additive label was found in no earlier row by a keyword search)",
         firm("Fundição Criativa Materiais Lda", "PT")),
        ("PRE-03", "import", "DESEA01", "sea", "KR", [], "DE", "381090",
         "청동 주물 산세용 세척액 (주조 후처리용), 1리터 병, 1,000병", "KR", 1840, 1000, 2200, "USD",
         "the pickles art foundries use to clean scale off fresh bronze castings are sodium bisulphate granules or "
         "dilute, inhibited acids with a data sheet; these 1,000 bottles hold a colourless, oily liquid of 1.84 "
         "kg/l that grows hot with a drop of water and chars the carton where it leaked, for a Munich foundry-supply "
         "web shop that sells litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed "
         "for members of the public, by sea from Busan to Hamburg; Korean wording (sulphuric acid repeats in many "
         "sets and pickle labels in many rows; a bronze-casting pickle from Korea is the new part as far as a "
         "search found, kept as a repeat of the label family)", firm("Bronzeguss Bedarf Süd GmbH", "DE")),
        ("PRE-04", "import", "FRAIR01", "air", "IN", [], "FR", "381600",
         "சுவாமிமலை வெண்கல வார்ப்புக்கான அச்சுக் களிமண் பொடி, 1 கிலோ பை, 300 பைகள்", "IN", 300, 300, 900, "USD",
         "the mould powders of the Swamimalai lost-wax bronze casters are grey-brown alluvial clay and ground "
         "husk that never dissolve; these 300 bags hold a white, crystalline powder that dissolves slowly, flares "
         "with sugar on a hot plate and whose inner liners read 'KClO4', for a Lyon sculpture-supply web shop that "
         "sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Chennai to Paris; Tamil wording (potassium perchlorate repeats in many sets; Swamimalai "
         "once, on a cultural good; a casting-clay powder label was found in no earlier row by a keyword search)",
         firm("Atelier Fonte et Modelage SARL", "FR")),
        ("PRE-05", "import", "PTSEA01", "sea", "CN", [], "PT", "382450",
         "石材静态膨胀破碎剂 (无声破碎剂), 25公斤袋, 880袋", "CN", 22000, 880, 6600, "USD",
         "the soundless expansive mortars quarries and stone carvers pour into drill holes to split granite blocks "
         "are grey quicklime-cement powders that set hot in water; these 880 sacks hold white, opaque prills that "
         "turn ice-cold and vanish in water and test at 34 % N, for a Pero Pinheiro stone-tool dealer that repacks "
         "them in 5 kg buckets for hobby masons: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Xiamen to Lisbon; Chinese wording (ammonium nitrate repeats in many "
         "sets and expansive-mortar labels twice; kept as a repeat of the label, from Xiamen to a Portuguese stone "
         "dealer is the new part as far as a search found)", firm("Pedra Lioz Ferramentas Lda", "PT")),
        ("PRE-06", "import", "ESPOST01", "post", "MX", [], "ES", "283429",
         "Cristales de pátina para bronce (nitrato férrico), 4 frascos de 500 g", "MX", 2.0, 4, 850, "MXN",
         "the patina crystals sold to bronze sculptors are rust-brown, deliquescent ferric-nitrate lumps that stain "
         "everything orange; these four jars hold white, dry crystals that do not stain, flare on a match with sugar "
         "and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Guadalajara to a "
         "private person in Seville; Mexican Spanish wording (sodium chlorate repeats in many sets and ferric "
         "nitrate once; a patina-crystal label was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("PRE-07", "import", "NLAIR01", "air", "TH", [], "NL", "382499",
         "น้ำยาทำสีรมดำพระพุทธรูปสำริด (ชนิดเข้มข้น), 1 ลิตร, 150 ขวด", "TH", 210, 150, 600, "USD",
         "the patina liquids Thai bronze-casting workshops use on Buddha images are dilute liver-of-sulphur or "
         "cupric solutions that smell of eggs; these 150 bottles weigh 1.40 kg/l, fume brown when opened, stain the "
         "skin yellow and eat into a copper wire, for an Amsterdam sculptors' supply web shop: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Bangkok; Thai wording (nitric "
         "acid repeats in many sets and patina labels in many rows on other goods; a bronze-Buddha patina from "
         "Thailand is the new part as far as a search found)", firm("Beeldhouwers Materiaal BV", "NL")),
        ("PRE-08", "import", "ITSEA01", "sea", "EG", [], "IT", "310430",
         "كبريتات البوتاسيوم، مسرّع لجبس القوالب والصب، أكياس 25 كغ، 600 كيس", "EG", 15000, 600, 5400, "USD",
         "potassium sulphate is the accelerator mould-makers add to casting plaster, a hard, white, bitter salt "
         "that dissolves slowly and does nothing on a hot iron; these 600 sacks hold shiny flakes that crackle and "
         "spit violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a "
         "Pietrasanta plaster-supply firm that re-bags the salt in 1 kg packs for hobby casters: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Alexandria to La Spezia; "
         "Egyptian Arabic wording (potassium chlorate repeats in many sets and a plaster-accelerator label once; "
         "kept as a repeat, from Alexandria to a Pietrasanta caster is the new part as far as a search found)",
         firm("Versilia Gessi e Calchi Srl", "IT")),
        ("PRE-09", "import", "LVRAIL01", "rail", "UZ", [], "LV", "380991",
         "Ikat matolarini bo'yashda rang mahkamlovchi tuz, 25 kg qop, 320 qop", "UZ", 8000, 320, 4000, "USD",
         "dye-fixing salts for ikat silk are common salt or alum in plain sacks; these 320 sacks hold a soft, white, "
         "hygroscopic powder that dissolves at once, turns damp in the wagon and burns fiercely with sugar, for a "
         "Riga craft-supply importer that sells 1 kg bags to the public: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by rail from Tashkent; Uzbek wording (sodium perchlorate repeats "
         "in many sets and ikat labels in many rows on cultural goods; a dye-fixing-salt label from Uzbekistan by "
         "rail was found in no earlier row; not of this set's trade)", firm("Baltic Craft Supplies SIA", "LV")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Koncentrat za čišćenje kamena i spomenika, kanister 5 l, 420 kanistera (1. od 3 pošiljke)", "RS", 2520, 420,
         2100, "EUR",
         "the stone and monument cleaners masons use on granite headstones are mild, soapy, alkaline liquids of "
         "about 1.02 kg/l; these 420 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented "
         "caps, whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 "
         "t, for a Szeged monument-mason supplier that sells the cans to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording (hydrogen "
         "peroxide repeats in many sets, stone-cleaner labels in several and splits over three vans in several, "
         "kept as a repeat; a monument cleaner from Serbia to Hungary is the new part as far as a search found)",
         firm("Kőfaragó Kellék Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "IN", "740329",
         "Granuli di bronzo per rifusione, lega CuSn, 18 t", "IT", 18000, None, 9000, "EUR",
         "bronze shot for remelting is bright, round, clean metal that reads 88 % copper and 10 % tin; these "
         "big bags hold grey-black, dusty lumps and powder skimmed from the crucibles and swept from the bag "
         "filters of a Verona art foundry, reading 30 % zinc oxide, 4 % lead and much silica: copper-alloy drosses "
         "and foundry dusts with lead (10 06 xx*, A1020, A1080), hazardous waste whose export to a non-OECD country "
         "is banned, from Genoa to Chennai at 0.50 EUR/kg; Italian wording (dross repeats in many sets, kept as a "
         "repeat of the good; an art foundry's dross as bronze shot was found in no earlier row)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "MY", "391000",
         "Siliconenrubber maalgoed, schoon, in big bags, 16 t", "NL", 16000, None, 3200, "EUR",
         "clean silicone regrind is one-colour, washed crumb from moulded-part offcuts; these bags hold whole used "
         "mould jackets of silicone and polyurethane rubber from sculptors' and mould-makers' studios, with plaster "
         "and fibreglass mother moulds, wax, clay and release agent still stuck on: mixed plastic and rubber waste, "
         "whose export to a non-OECD country is banned, from Rotterdam to Port Klang; Dutch wording (plastic waste "
         "under regrind labels repeats in many sets, silicone rubber twice; used mould rubber from studios was found "
         "in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "283429",
         "Solution de nitrate de cuivre technique, cubitainers 1 000 l, 12 unités", "FR", 13000, 12, 1300, "EUR",
         "technical copper nitrate is a clear, blue solution from a maker with a data sheet; these IBCs hold a "
         "murky, green-black mixture of spent patina baths (cupric and ferric nitrate, liver of sulphur, ammonia, "
         "bismuth) drained from the patination room of a Burgundy art foundry, with sludge and a smell of rotten "
         "eggs: spent metal-finishing liquids (11 01 xx*), hazardous waste whose export to a non-OECD country is "
         "banned, from Marseille to Casablanca for a 'chemical trader'; French wording (spent baths repeat in many "
         "sets; spent patina baths as copper nitrate were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["HU"], "UA", "846719",
         "Gebrauchte Druckluft-Bildhauerhämmer und Werkzeug, 40 Stück", "AT", 300, 40, 2400, "EUR",
         "a sculpture studio's clearance for Lviv: used pneumatic carving hammers are what an Austrian stone "
         "sculptor may sell on, but the second item's 'gebrauchte Elektro-Brennöfen' are 14 broken wax-burnout "
         "kilns from a Salzburg art foundry, their walls lined with crumbling refractory ceramic fibre and their "
         "elements gone: waste with refractory ceramic fibre (17 06 03*, 16 11 xx*), hazardous waste whose export "
         "to a non-OECD country is banned, hidden as the second item of a two-item declaration, in a lorry from "
         "Vienna through Hungary for Lviv; Austrian German wording (ceramic fibre repeats in five sets; burnout kilns "
         "behind carving hammers were found in no earlier row)",
         dict({"importer_country": "UA"},
              _more_items=[item("851419", "Gebrauchte Elektro-Brennöfen, 14 Stück", "AT", 2800, 1400, "EUR", qty=14)])),
        ("WST-05", "export", "DKSEA01", "sea", "DK", [], "GH", "871200",
         "Brugte cykler, blandede, 600 stk.", "DK", 9000, 600, 6000, "EUR",
         "used bicycles are light frames with chains and tyres; these 600 are electric bicycles and cargo bikes "
         "collected by a Copenhagen sharing fleet, with their lithium packs still fitted, many swollen or crushed "
         "and dead: waste electrical equipment with lithium batteries (A1180, hazardous), whose export to a "
         "non-OECD country is banned, from Aarhus to Tema; Danish wording (e-bike and sharing-fleet batteries repeat "
         "in several sets, kept as a repeat; not of this set's trade)", {"importer_country": "GH"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "842199",
         "Filtrační patrony pro odsávání, nové, 900 ks", "CZ", 5400, 900, 2700, "EUR",
         "new filter cartridges are white, clean pleated polyester and weigh a few kilograms each; these 900 "
         "are grey-black, heavy, dust-caked cartridges pulled from the sandblasting and grinding booths of a "
         "Horní Bříza art foundry and bronze-chasing shop, reading lead, copper and fine silica: spent filters and "
         "foundry dust with dangerous substances (10 10 xx*, 15 02 02*), hazardous waste whose export to a "
         "non-OECD country is banned, in a lorry from Plzeň for a Novi Sad 'filter trader'; Czech wording (bag "
         "filters repeat in many sets; a foundry's blasting-booth cartridges as new ones were found in no earlier "
         "row by a keyword search)", {"importer_country": "RS"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "271019",
         "Βασικό λάδι, ανακτημένο, βαρέλια 200 l, 90 βαρέλια", "GR", 16000, 90, 3600, "EUR",
         "re-refined base oil is amber, clear and comes with a refinery's analysis; these drums hold black, watery "
         "hydraulic oil and oily sludge drained from the wire saws, loaders and block cutters of a Penteli marble "
         "quarry that supplies carvers and monument masons, with marble slurry settled at the bottom: waste mineral "
         "oils (13 01 xx*, 13 05 02*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
         "Alexandria; Greek wording (waste oil under base-oil labels repeats in many sets, kept as a repeat; a marble "
         "quarry's waste oil is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "NG", "842710",
         "Chariots élévateurs électriques d'occasion, 18 unités", "BE", 54000, 18, 27000, "EUR",
         "used electric forklifts are sold with working traction batteries and a service sheet; these 18 come from "
         "a Liège bronze foundry's closure with their lead-acid traction batteries cracked, leaking and sulphated, "
         "plus 40 loose spare batteries strapped onto the forks: waste lead-acid batteries (16 06 01*, A1160), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Lagos; Belgian French "
         "wording (forklifts and lead-acid batteries repeat in many sets, kept as a repeat; a foundry's forklifts "
         "are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-09", "export", "HUROAD01", "road", "HU", [], "AL", "700100",
         "Üvegcserép, színtelen, tiszta, 20 t", "HU", 20000, None, 800, "EUR",
         "clean glass cullet is crushed bottle glass without lids or metal; these bags hold whole and broken "
         "fluorescent tubes and sodium lamps from a Kecskemét greenhouse grower's relighting, with their caps, "
         "white powder and mercury: waste lamps containing mercury (20 01 21*, A1030), hazardous waste whose export "
         "to a non-OECD country is banned, in a lorry for Tirana; Hungarian wording (fluorescent tubes repeat in "
         "many sets, kept as a repeat; not of this set's trade)", {"importer_country": "AL"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "SN", "390791",
         "Resina de poliéster insaturado, nueva, bidones 220 kg, 60 bidones", "ES", 13200, 60, 9200, "EUR",
         "new unsaturated polyester resin is a clear, honey-coloured, runny liquid with a batch date a few months "
         "old; these drums hold gelled, lumpy, years-expired resin and part-used MEKP hardener bottles taped to the "
         "lids, cleared out of a Valencia fibreglass-sculpture and fallas-figure studio: waste organic resins and "
         "peroxides (08 04 09*, 16 09 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Valencia to Dakar; Spanish wording (off-spec resins repeat in several sets and MEKP once; a sculpture "
         "studio's expired resin as new was found in no earlier row by a keyword search)", {"importer_country": "SN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "CN", [], "PL", "381400",
         "硅胶模具清洗剂 (雕塑翻模用), 1升 x 200瓶", "CN", 248, 200, 700, "USD",
         "the cleaners mould-makers use to wipe wax and release agent out of silicone sculpture moulds are "
         "isopropanol or naphtha blends of 0.78 kg/l that burn; these 200 bottles weigh 1.24 kg/l, boil in the warm "
         "hand at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose "
         "import into the Union is banned, flown from Guangzhou to Kraków for a sculpture-casting studio; Chinese "
         "wording (HCFC-141b under solvent labels repeats in many sets and silicone-mould and mould-cleaner labels in a "
         "few, blind195, blind210, blind224, blind294, kept as a repeat; a sculpture-casting studio's cleaner from "
         "Guangzhou to Kraków is the new part as far as a search found)", firm("Pracownia Odlewów Rzeźbiarskich Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "340290",
         "മെഴുക് മാതൃക വൃത്തിയാക്കുന്ന ലായനി (ഇൻവെസ്റ്റ്മെന്റ് കാസ്റ്റിംഗ്), 1 ലിറ്റർ, 120 കുപ്പികൾ", "IN", 188, 120, 420,
         "USD",
         "the wax-pattern cleaners and debubblizers casters dip wax models in before investing are wetting agents "
         "in water or alcohol of about 0.9-1.0 kg/l; these 120 bottles weigh 1.57 kg/l, do not burn, evaporate "
         "cold from the hand, smell faintly of chloroform and the drum heads were stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Kochi to Milan for a Vicenza "
         "art-casting foundry; Malayalam wording (CFC-113 repeats in many sets, a wax-pattern label once, blind196, "
         "and a debubblizer label once, blind236, kept as a repeat; Malayalam wording to an art foundry is the new "
         "part as far as a search found)",
         firm("Fonderia Artistica Berica Srl", "IT")),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "340590",
         "Mermer ve granit için yağ lekesi çıkarıcı, 1 lt, 180 şişe", "TR", 286, 180, 540, "EUR",
         "the oil-stain removers monument masons sell for marble and granite are solvent gels or poultice pastes "
         "of about 0.9 kg/l that smell of petrol; these 180 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and sink under water in a test tube: carbon tetrachloride, whose import into the Union is "
         "banned, in a van at Kapitan Andreevo for a Plovdiv monument-stone workshop; Turkish wording (carbon "
         "tetrachloride repeats in many sets and oil-stain labels in several, kept as a repeat; a stone-mason's "
         "stain remover from Türkiye is the new part as far as a search found)", firm("Kamenoobrabotka Trakiya EOOD", "BG")),
        ("OZN-04", "import", "ATAIR01", "air", "JP", [], "AT", "381400",
         "ブロンズ着色前処理用脱脂洗浄剤, 1 L x 36本", "JP", 48, 36, 72000, "JPY",
         "the degreasers bronze chasers wipe on a casting before patination are acetone or alcohol blends of "
         "0.79 kg/l that burn; these 36 bottles weigh 1.34 kg/l, do not burn, smell sweet and the inner labels read "
         "'1,1,1-トリクロロエタン': methyl chloroform, whose import into the Union is banned, flown from Osaka to "
         "Vienna for a Tyrol art foundry; Japanese wording (methyl chloroform repeats in many sets and degreaser "
         "labels in many rows; a pre-patina degreaser was found in no earlier row by a keyword search)",
         firm("Kunstgießerei Inntal GmbH", "AT")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "420329",
         "Рукавиці шкіряні для ливарників, 600 пар", "UA", 360, 600, 2400, "EUR",
         "a foundry-safety order for a Wrocław art foundry: leather casting gloves are what the Lviv supplier "
         "sends, but the second item's 'вогнегасники порошкові' are 60 red 2 kg extinguishers whose valve collars "
         "read 'хладон 114В2' under new labels and whose contents spray out as a liquid that vanishes into a sweet "
         "gas: halon 2402 (dibromotetrafluoroethane) in portable extinguishers, products whose import into the "
         "Union is banned, hidden as the second item of a two-item declaration, at Korczowa; Ukrainian wording "
         "(halon 2402 repeats in several sets and powder-extinguisher labels in many; kept as a repeat, a foundry's "
         "pour-floor extinguishers behind casting gloves are the new part as far as a search found)",
         dict(firm("Odlewnia Artystyczna Odra Sp. z o.o.", "PL"),
              _more_items=[item("842410", "Вогнегасники порошкові 2 кг, 60 шт.", "UA", 150, 600, "EUR", qty=60)])),
        ("OZN-06", "import", "ESSEA01", "sea", "MA", [], "ES", "280421",
         "غاز الأرغون للحام البرونز (TIG)، أسطوانات 13 كغ، 160 أسطوانة", "MA", 2080, 160, 3200, "EUR",
         "the argon that bronze chasers weld cast sections with comes in high-pressure cylinders at 200 bar with "
         "no liquid inside; these 160 cylinders read 9.4 bar at 20 °C, slosh, and a leak detector names HCFC-22, "
         "the valves carrying old Chinese stamps: chlorodifluoromethane (HCFC-22), whose import into the Union is "
         "banned, by sea from Tangier Med to Algeciras for a Seville art-foundry supplier; Moroccan Arabic wording "
         "(HCFC-22 repeats in many sets and argon labels in many rows on other goods, kept as a repeat; a TIG-argon "
         "label for bronze welding was found in no earlier row)", firm("Suministros Fundición Hispalense SL", "ES")),
        ("OZN-07", "import", "NLSEA01", "sea", "ID", [], "NL", "380891",
         "Obat anti rayap dan bubuk kayu untuk patung ukiran kayu Bali, kaleng 1 kg, 900 kaleng", "ID", 900, 900, 2700,
         "USD",
         "the woodworm treatments Balinese carvers send with their statues are permethrin or borate liquids; these "
         "900 pressurised cans hiss when vented, their contents boil off at once with a faint chloroform smell, do "
         "not burn, and the crate holds injection needles for boreholes: methyl bromide, whose import into the "
         "Union is banned (no quarantine exemption remains), by sea from Surabaya to Rotterdam for an Amsterdam "
         "importer of wood sculpture; Indonesian wording (methyl bromide repeats in many sets and woodworm labels in "
         "several, kept as a repeat; a Bali wood-carvers' can with needles is the new part as far as a search found)",
         firm("Ubud Beeldenhandel BV", "NL")),
        ("OZN-08", "transit", "DESEA01", "sea", "CN", ["DE"], "CH", "390950",
         "聚氨酯发泡组合料 B组份 (雕塑放大泡沫芯用), 200升桶, 40桶", "CN", 10000, 40, 8000, "USD",
         "the B-component of a polyurethane foam system for carving enlargement cores is a brown polyol blend "
         "pre-mixed with a pentane or HFO blowing agent; these 40 drums hold a water-clear, non-viscous liquid of "
         "1.49 kg/l that boils near 24 °C, does not burn, and the drum heads are stamped 'R-11': "
         "trichlorofluoromethane (CFC-11), moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Hamburg in transit from Ningbo to a Basel sculpture-enlargement firm; Chinese wording "
         "(CFC-11 as a foam blowing agent repeats in many sets, kept as a repeat; a sculpture-core foam system "
         "through Hamburg is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-09", "export", "IESEA01", "sea", "IE", [], "NG", "841850",
         "Used ice-cream display freezers, 70 units", "IE", 8400, 70, 4200, "EUR",
         "used gelato display cabinets on R-290 may be exported; these 70 are 1990s scoop cabinets from a "
         "Dublin ice-cream chain's refit with R-12 compressors and CFC-11-blown cabinet foam, their plates still "
         "reading 'R12': equipment relying on and containing CFCs, whose export from the Union is banned, from "
         "Dublin to Lagos; Irish English wording (CFC equipment for export and ice-cream freezers repeat in many "
         "sets, kept as a repeat; not of this set's trade)", {"importer_country": "NG"}),
        ("OZN-10", "import", "CYSEA01", "sea", "AE", [], "CY", "290345",
         "R-134a car air-conditioning refill cans, 340 g, 3,000 cans", "AE", 1020, 3000, 3600, "USD",
         "R-134a refill cans hold a liquid that reads about 5 bar at 20 °C with an HFC certificate; these 3,000 "
         "cans read 8 bar, a leak detector names HCFC-22, and the printed can ends under the labels read 'R22': "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Jebel Ali to "
         "Limassol for a car-parts wholesaler; Emirati English wording (HCFC-22 under R-134a labels repeats in "
         "several sets, kept as a repeat; not of this set's trade)", firm("Kyrenia Auto Parts Ltd", "CY")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "PK", [], "DE", "680299",
         "پشاور کے سنگ تراشوں کا نیا شیسٹ پتھر کا نقش، گندھارا طرز، 1 عدد", "PK", 65, 1, 450, "USD",
         "the Gandhāra-style panels Peshawar stone carvers make for tourists are new, sharp-edged, grey schist "
         "with chisel marks and tea-stained 'age'; this relief of the Buddha's birth has worn, rounded edges, root "
         "marks and lime crust in the folds and a break that has weathered: an excavated Gandhāran relief dug in "
         "Khyber Pakhtunkhwa, whose export Pakistan forbids (Antiquities Act), imported without an export licence "
         "under Regulation 2019/880, flown from Islamabad to Frankfurt for a Munich dealer; Urdu wording "
         "(Gandhāran sculpture repeats in many sets, kept as a repeat; a Peshawar carvers' new-work label is the new "
         "part as far as a search found)", firm("Galerie Seidenstraße GmbH", "DE")),
        ("CUL-02", "import", "BEAIR01", "air", "NG", [], "BE", "830629",
         "New brass relief plaques, lost-wax cast by the Igun Street guild, Benin City, 2 pcs", "NG", 18, 2, 300, "USD",
         "the new plaques of the Igun Street casters are bright, thin, sharp brass with file marks and a "
         "chemical patina; these two are thick, heavy leaded brass with deep green corrosion, old nail holes at the "
         "corners and wear on the high relief: 16th-17th-century court plaques of the Benin kingdom, whose export "
         "Nigeria forbids without a permit of its Museums Commission, flown from Lagos to Brussels; Nigerian English "
         "wording (Benin bronzes and the Igun Street guild repeat in many sets, kept as a repeat; by air to Brussels "
         "is the new part as far as a search found)", person("Jan Peeters", "BE")),
        ("CUL-03", "import", "DESEA01", "sea", "VN", [], "DE", "680299",
         "Tượng đá sa thạch chạm khắc mới, làng đá Non Nước, Đà Nẵng, 3 tượng", "VN", 420, 3, 900, "USD",
         "the Non Nước stone village sells new marble and sandstone figures, crisp, machine-roughed and "
         "uniform; these three sandstone figures are a dancing apsara, a Garuda and a lion from a Cham temple "
         "base, with lichen, old breaks at the tenons and soil in the backs: Cham sculpture (7th-13th century) "
         "whose export Vietnam forbids, by sea from Da Nang to Hamburg for a Berlin garden-sculpture dealer; "
         "Vietnamese wording (Cham sculpture repeats in several sets and Non Nước once; kept as a repeat, as new "
         "stone-village work to Germany is the new part as far as a search found)", firm("Steinkunst Asien GmbH", "DE")),
        ("CUL-04", "import", "GRAIR01", "air", "LB", [], "GR", "830629",
         "تمثال برونزي صغير، صبّ تجريبي لمسبك فني، 1 قطعة", "LB", 1.2, 1, 120, "USD",
         "an art foundry's trial cast is a fresh, sharp casting with sprue stubs and file marks; this statuette of "
         "Hermes is solid, heavily corroded bronze with cuprite under green malachite, a lead-filled base and "
         "earth in the crevices: a Roman bronze statuette dug in Syria or Lebanon, whose export both forbid, "
         "imported without an export licence under Regulation 2019/880, flown from Beirut to Athens; Levantine "
         "Arabic wording (Roman bronzes repeat in many sets, kept as a repeat; a foundry trial-cast label was found "
         "in no earlier row by a keyword search)", person("K. Georgiou", "GR")),
        ("CUL-05", "import", "CZAIR01", "air", "SD", [], "CZ", "680299",
         "لوح تذكاري جديد من الحجر الرملي، منحوت يدوياً، 1 قطعة", "SD", 40, 1, 200, "USD",
         "a new sandstone memorial plaque from a Khartoum monument mason is flat, sawn and evenly tooled; this "
         "one is a worn offering table with a spout and a cursive Meroitic inscription, its back rough and its "
         "surface salt-pitted: a Meroitic funerary offering table (1st-3rd century), whose export Sudan forbids, "
         "taken in the war's looting, flown from Port Sudan to Prague; Sudanese Arabic wording (Meroitic objects "
         "repeat in several sets, kept as a repeat; a monument mason's memorial-plaque label is the new part as far "
         "as a search found)", firm("Nilotika Galerie s.r.o.", "CZ")),
        ("CUL-06", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "சுவாமிமலை புதிய வெண்கலச் சிலைகள், 12 எண்ணம்", "IN", 90, 12, 3600, "USD",
         "a Swamimalai foundry's order for an Amsterdam shop: new lost-wax bronzes of Nataraja and Parvati are "
         "what the casters send, sharp and chemically darkened, but the third item's 'பழைய வழிபாட்டு சிலை' is a "
         "Chola bronze Somaskanda with worn features, ritual wear from centuries of bathing and a temple "
         "inventory number ground off: a stolen temple bronze whose export India forbids (Antiquities and Art "
         "Treasures Act), hidden as the last item of a three-item declaration, flown from Chennai; Tamil wording "
         "(Chola bronzes repeat in many sets and Swamimalai once; kept as a repeat, behind a foundry's new bronzes "
         "is the new part as far as a search found)",
         dict(firm("Dansende Shiva Import BV", "NL"),
              _more_items=[item("830629", "புதிய வெண்கல விளக்குகள், 20 எண்ணம்", "IN", 40, 600, "USD", qty=20),
                           item("830629", "பழைய வழிபாட்டு சிலை, 1", "IN", 14, 250, "USD", qty=1)])),
        ("CUL-07", "export", "ESSEA01", "sea", "ES", [], "US", "680292",
         "Capitell de pedra calcària recuperat, per a jardí, 1 peça", "ES", 380, 1, 1500, "EUR",
         "reclaimed garden stone from a demolition yard is plain, sawn ashlar or modern cast stone; this capital "
         "is a Romanesque carved limestone capital with interlaced beasts and traces of polychromy, cut from a "
         "ruined Pyrenean church, worth far above the thresholds: a cultural good whose export from the Union needs "
         "an export licence (Regulation 116/2009) and Spain's permit, by sea from Barcelona to New York for a "
         "garden-antiques dealer; Catalan wording (Romanesque capitals and garden-stone labels repeat in several "
         "sets, kept as a repeat; Catalan wording to New York is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-08", "transit", "DEAIR01", "air", "LB", ["DE"], "US", "680990",
         "Plaster cast of a funerary bust, sculptor's studio copy, 1 pc", "LB", 55, 1, 250, "USD",
         "a studio plaster cast is light, white, hollow gypsum with mould seams; this bust is solid, heavy "
         "limestone with a Palmyrene Aramaic inscription, traces of red paint and a saw cut at the back where it "
         "was taken off a tomb slab: a Palmyrene funerary portrait (2nd-3rd century) looted in Syria, moved "
         "through the Union without the documents Regulation 2019/880 and the Syria sanctions require, landed at "
         "Frankfurt in transit from Beirut to New York; English wording (Palmyrene busts repeat in many sets and "
         "plaster-cast labels in several, kept as a repeat; a transit through Frankfurt is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "SEPOST01", "post", "ET", [], "SE", "490199",
         "አዲስ የጸሎት መጽሐፍ፣ በእጅ የተጻፈ፣ 1", "ET", 1.4, 1, 60, "USD",
         "a new hand-written prayer book for the diaspora is on fresh parchment with bright inks; this one is a "
         "smoke-darkened Ge'ez psalter on goatskin with wooden boards, worm holes and a church's ownership note: an "
         "Ethiopian church manuscript whose export Ethiopia forbids, posted from Addis Ababa to a private person in "
         "Stockholm; Amharic wording (Ethiopian manuscripts repeat in many sets, kept as a repeat; not of this "
         "set's trade)", person("Mr L. Nilsson", "SE")),
        ("CUL-10", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Vasija de cerámica, réplica artesanal, estilo maya, 2 piezas", "GT", 4, 2, 80, "USD",
         "a craft replica is freshly fired, evenly painted clay with a workshop stamp; these two are Late Classic "
         "polychrome cylinder vessels with glyph bands, root etching and burial stains: Maya vessels whose export "
         "Guatemala forbids, imported without an export licence under Regulation 2019/880, flown from Guatemala City "
         "to Madrid; Guatemalan Spanish wording (Maya ceramics under replica labels repeat in many sets, kept as a "
         "repeat; not of this set's trade)", person("Maria Lopez", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "LT", "RU"], "KZ", "851420",
         "Induktionsschmelzofen für Kunstgießereien, Bronze, 1 Anlage", "DE", 6500, 1, 380000, "EUR",
         "an art foundry's bronze melting furnace is a 50-200 kg open induction crucible; this unit has a "
         "vacuum chamber below 1 Pa, a 300 kg charge and a pour control for superalloys, the maker's sheet naming "
         "vacuum induction melting: a vacuum induction furnace (EU 2021/821 dual-use 2B227) and, through "
         "Kazakhstan to a Yekaterinburg buyer, goods under the Russia sanctions, in a lorry from Stuttgart; German "
         "wording (induction furnaces repeat in many sets, kept as a repeat; an art-foundry label is the new part "
         "as far as a search found)", {"importer_name": "TOO Ural Metall Service", "importer_country": "KZ"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["TR"], "IR", "846490",
         "Robot antropomorfo per scultura di marmo, 1 unità", "IT", 9000, 1, 260000, "EUR",
         "the robots Carrara workshops carve marble with are industrial arms on a rail; this 'robot' is a "
         "five-axis gantry machining centre with contouring on all five axes and a positioning accuracy under "
         "6 µm, its spindle and tool changer for metal: a machine tool under EU 2021/821 2B001 and an Iranian "
         "end user, by sea from La Spezia via Mersin to Bandar Abbas; Italian wording (five-axis machines repeat "
         "in many sets, kept as a repeat; a marble-carving-robot label was found in no earlier row by a keyword "
         "search)", {"importer_country": "IR"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", ["AE"], "IR", "740329",
         "Siliciumbrons gietblokken voor kunstgieterij, 1.200 kg", "NL", 1200, None, 9600, "EUR",
         "silicon-bronze ingots for art casting are reddish-gold, soft and non-magnetic; these bars are grey, hard, "
         "strongly magnetic and read 18 % nickel, 8 % cobalt and 5 % molybdenum: maraging steel bar (EU 2021/821 "
         "1C116) for an Iranian end user via Dubai, flown from Amsterdam; Dutch wording (maraging steel repeats in "
         "many sets, kept as a repeat; a silicon-bronze ingot label was found in no earlier row by a keyword "
         "search)", {"importer_country": "IR"}),
        ("STR-04", "export", "PLAIR01", "air", "PL", ["AE"], "PK", "690310",
         "Tygle grafitowe do odlewni brązu, 40 sztuk", "PL", 800, 40, 36000, "EUR",
         "clay-graphite crucibles for bronze melting are coarse, glazed, clay-bonded shapes; these 40 are "
         "machined, fine-grained, isostatically pressed graphite blocks of 1.86 g/cm3 with no clay, shaped as "
         "nozzle and nose-tip blanks: fine-grain graphite under EU 2021/821 1C107 for a Pakistani end user via "
         "Dubai, flown from Warsaw; Polish wording (isostatic graphite repeats in several sets, kept as a repeat; a "
         "bronze-foundry crucible label is the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-05", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "732599",
         "Садово-парковая скульптура из чугунного литья, 30 шт.", "KZ", 4200, 30, 12000, "EUR",
         "a Kazakh foundry's cast-iron garden figures would carry a Kazakh mill's heat certificate; these 30 are "
         "Kasli-style cast-iron sculptures and fountain bowls with the Kasli works' patterns and Russian casting "
         "marks inside the bases, trucked through Russia: iron products of Russian origin whose import into the "
         "Union is banned (Regulation 833/2014), under a Kazakh origin, at Terehova for a Riga garden centre; "
         "Russian wording from Kazakhstan (Russian iron and steel under Kazakh origin repeats in several sets, "
         "and Kasli once, blind190, kept as a repeat; garden sculpture for Riga at Terehova is the new part as far as "
         "a search found)",
         firm("Dārza Skulptūras SIA", "LV")),
        ("STR-06", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG", "TR"], "GE", "830629",
         "Dekoratívne bronzové odliatky, 6 ks", "SK", 850, 6, 4800, "EUR",
         "decorative bronze castings are small, cheap foundry lines at a few hundred euros each; these six are "
         "signed, numbered life-size bronze figures from a Banská Bystrica art foundry, invoiced by the studio at "
         "48,000 EUR and consigned in Tbilisi to a Moscow collector's agent: works of art above 750 EUR whose sale "
         "and export for use in Russia is banned (Regulation 833/2014, luxury goods), under a Georgian consignee, "
         "in a lorry from Bratislava; Slovak wording (luxury goods to Russia through Georgia repeat in several "
         "sets, kept as a repeat; bronze sculpture as decorative castings is the new part as far as a search "
         "found)", {"importer_name": "Kolkhida Art Trade LLC", "importer_country": "GE"}),
        ("STR-07", "export", "SEAIR01", "air", "SE", ["AE"], "IR", "903149",
         "3D-skanner för digitalisering av skulpturer, 2 st.", "SE", 60, 2, 140000, "EUR",
         "a structured-light sculpture scanner is a tripod head with cameras and a laptop, accurate to a few "
         "tenths of a millimetre; these two are portable coordinate-measuring arms with laser probes accurate to "
         "under 2 µm and a calibration sheet for turbine parts: measuring systems under EU 2021/821 2B006 for an "
         "Iranian end user via Dubai, flown from Gothenburg; Swedish wording (measuring arms repeat in several "
         "sets, kept as a repeat; a sculpture-digitising label is the new part as far as a search found)",
         {"importer_country": "IR"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", ["LV"], "KG", "901310",
         "Medžiokliniai optiniai taikikliai, 80 vnt.", "LT", 120, 80, 96000, "EUR",
         "hunting riflescopes are glass optics at a few hundred euros; these 80 are cooled thermal weapon sights "
         "with germanium lenses and military mounts: thermal imaging equipment under EU 2021/821 6A003 and the "
         "Russia sanctions, sent to Bishkek for a Russian buyer, in a lorry from Vilnius; Lithuanian wording "
         "(thermal sights under riflescope labels repeat in many sets, kept as a repeat; not of this set's trade)",
         {"importer_country": "KG"}),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "KZ", "871499",
         "Bicycle parts, assorted, 400 kg", "DE", 400, None, 82000, "EUR",
         "bicycle parts are cheap, light alloy and steel components; these cartons hold aircraft brake "
         "assemblies, hydraulic actuators and avionics connectors with Airbus and Boeing part numbers, at 205 "
         "EUR/kg, consigned in Almaty for a Russian airline's maintenance base: aircraft parts whose sale for use in "
         "Russia is banned (Regulation 833/2014), flown from Frankfurt; English wording (aircraft parts via "
         "Central Asia repeat in several sets, kept as a repeat; not of this set's trade)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", ["GE"], "AM", "680291",
         "Sculptures en marbre blanc, neuves, 8 pièces", "BE", 1400, 8, 9600, "EUR",
         "a Brussels stone-carving workshop's order for Yerevan: new white-marble sculptures and carving tools "
         "are what the workshop sells, but the third item's 'cartes de commande pour moteurs pas à pas' are 6,000 "
         "loose microcontrollers and FPGA chips on reels, far more than any carving CNC needs: integrated "
         "circuits on the common high-priority list whose re-export to Russia through Armenia is banned "
         "(Regulation 833/2014), hidden as the last item of a three-item declaration, by sea from Antwerp through Poti; Belgian French wording "
         "(ICs via Armenia repeat in many sets, kept as a repeat; behind marble sculptures is the new part as far "
         "as a search found)",
         dict({"importer_name": "Ararat Stone Design LLC", "importer_country": "AM"},
              _more_items=[item("820559", "Outils de sculpteur sur pierre, 200 pièces", "BE", 150, 2400, "EUR", qty=200),
                           item("854231", "Cartes de commande pour moteurs pas à pas, 6 000 pièces", "CN", 30, 3000,
                                "EUR", qty=6000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "CD", [], "BE", "681099",
         "Blocs de marbre reconstitué (résine) pour sculpteurs, 60 kg", "CD", 60, 40, 300, "USD",
         "cast-marble carving blanks are white resin and marble dust, uniform and bubbly when cut; these 40 "
         "blocks are cream-coloured, heavy, cross-hatched with Schreger lines on the cut ends and smell of burnt "
         "hair under a saw: elephant ivory (Loxodonta, CITES App. I) without CITES documents, flown from Kinshasa "
         "to Brussels for a carver; Congolese French wording (ivory repeats in many sets, kept as a repeat; a "
         "cast-marble carving-blank label was found in no earlier row by a keyword search)",
         firm("Ivoire et Pierre Atelier SA", "BE")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "440729",
         "Blocos de jatobá para escultura, serrados, 6 t", "BR", 6000, None, 4200, "USD",
         "jatobá carving blocks are orange-red, coarse and heavy with no scent; these blocks are chocolate-brown "
         "to violet with black streaks and a sweet rose scent when cut: Brazilian rosewood (Dalbergia nigra, CITES "
         "App. I) without CITES documents, by sea from Salvador to Leixões for a Porto sculptors' timber dealer; "
         "Brazilian Portuguese wording (Brazilian rosewood repeats in many sets and jatobá labels in several, "
         "blind132 and blind189 among them, kept as a repeat; sculpture blocks to Porto are the new part as far as a "
         "search found)", firm("Madeiras Escultura Norte Lda", "PT")),
        ("WLF-03", "import", "ESAIR01", "air", "PH", [], "ES", "710310",
         "Hilaw na itim na onyx para sa pag-ukit, 25 kg", "PH", 25, None, 500, "USD",
         "rough black onyx for carvers is hard, cold, glassy stone that rings when struck; these branches are light, "
         "warm, horn-like and woody in section, with concentric growth rings and a polyp skin on some: black coral "
         "(Antipatharia, CITES App. II) without CITES documents, flown from Cebu to Madrid for a jet and coral "
         "carver in Santiago; Tagalog wording (black coral repeats in many sets and onyx labels in several, kept "
         "as a repeat; a jet carver's rough from Cebu is the new part as far as a search found)", firm("Talleres Azabache Compostela SL", "ES")),
        ("WLF-04", "import", "DEAIR01", "air", "UG", [], "DE", "050690",
         "Cattle bone blanks for knife handles, 30 kg", "UG", 30, None, 300, "USD",
         "cattle bone blanks are porous, white, flat slabs from shin bones; these 30 kg are curved, dense, "
         "triangular tusks with a narrow pulp groove and fine concentric lines: hippopotamus canine teeth "
         "(Hippopotamus amphibius, CITES App. II) without CITES documents, flown from Entebbe to Frankfurt for a "
         "Solingen knife-handle maker; Ugandan English wording (hippo teeth repeat in many sets, kept as a repeat; "
         "not of this set's trade)", firm("Klingen Griffe Solingen GmbH", "DE")),
        ("WLF-05", "import", "FRSEA01", "sea", "LA", ["TH"], "FR", "440723",
         "ໄມ້ສັກແປຮູບ ສຳລັບເຄື່ອງເຟີນິເຈີ, 12 ແມັດກ້ອນ", "LA", 11000, None, 9000, "USD",
         "sawn teak is golden-brown, oily and smells of leather; these boards are dense, purple-red with black "
         "streaks, sink in water and smell of roses: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) "
         "without CITES documents, by sea from Vientiane through Laem Chabang to Le Havre for a furniture maker; "
         "Lao wording (Siamese rosewood repeats in many sets, kept as a repeat; not of this set's trade)",
         firm("Ébénisterie Mékong SARL", "FR")),
        ("WLF-06", "export", "FRAIR01", "air", "FR", [], "VN", "030389",
         "Blanchaille congelée (poisson), 120 kg", "FR", 120, None, 1800, "EUR",
         "frozen whitebait is small, silvery, dead fish in blocks; these bags hold live, transparent eel larvae "
         "in oxygenated water, packed cold: glass eels (Anguilla anguilla, CITES App. II) whose export from the "
         "Union is banned, flown from Paris to Hanoi; French wording (glass eels repeat in many sets, kept as a "
         "repeat; not of this set's trade)", {"importer_country": "VN"}),
        ("WLF-07", "import", "DEAIR01", "air", "AZ", [], "DE", "160432",
         "Qızılbalıq kürüsü, 500 q bankalar, 40 banka", "AZ", 20, 40, 800, "USD",
         "salmon roe is large, bright orange eggs; these tins hold small, grey-black, glossy eggs of sturgeon "
         "with no CITES label: sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents, flown "
         "from Baku to Frankfurt for a delicatessen; Azerbaijani wording (caviar under salmon-roe labels repeats in "
         "many sets, kept as a repeat; not of this set's trade)", firm("Kaspi Feinkost GmbH", "DE")),
        ("WLF-08", "import", "ITAIR01", "air", "IN", [], "IT", "621420",
         "Pashmina shawls, hand-woven, 20 pcs", "IN", 3, 20, 2400, "USD",
         "pashmina shawls are soft, slightly hairy and do not pass through a ring easily; these 20 are extremely "
         "fine, pass through a ring, and the fibres under a microscope are Tibetan antelope underfur: shahtoosh "
         "(Pantholops hodgsonii, CITES App. I) without CITES documents, flown from Delhi to Milan; Kashmiri English "
         "wording (shahtoosh under pashmina labels repeats in many sets, kept as a repeat; not of this set's trade)",
         firm("Sciarpe Himalaya Srl", "IT")),
        ("WLF-09", "transit", "NLAIR01", "air", "FJ", ["NL"], "US", "392690",
         "Resin scrimshaw blanks for carvers, 40 pcs", "FJ", 16, 40, 400, "USD",
         "resin scrimshaw blanks are cast polyester, uniform and warm to the touch; these 40 are heavy, "
         "cone-shaped teeth with growth layers in cross-section, some drilled for tabua cords: sperm whale teeth "
         "(Physeter macrocephalus, CITES App. I) without CITES documents, which specimens in transit through the "
         "Union must carry, landed at Amsterdam in transit from Nadi to a Boston carver; Fijian English wording "
         "(whale teeth, tabua and scrimshaw labels repeat in several sets, kept as a repeat; a transit "
         "through Amsterdam is the new part as far as a search found)", {"importer_country": "US"}),
        ("WLF-10", "import", "ITAIR01", "air", "KE", [], "IT", "680299",
         "Sanamu za mawe ya sabuni ya Kisii, vipande 120", "KE", 90, 120, 600, "USD",
         "a Kisii soapstone workshop's shipment for a Florence shop: soapstone carvings and chess sets are what "
         "the carvers' cooperative sends, but the third item's 'bangili za pembe ya nyati' are 40 bangles of "
         "fibrous, hair-like horn with no core and no growth ridges, smelling of burnt hair when drilled: rhinoceros "
         "horn (Rhinocerotidae, CITES App. I) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Nairobi to Rome; Swahili wording (rhino horn and buffalo-horn labels repeat in many "
         "sets and Kisii soapstone in three; kept as a repeat, buffalo-horn bangles behind soapstone carvings are the new part as "
         "far as a search found)",
         dict(firm("Pietre d'Africa Firenze Srl", "IT"),
              _more_items=[item("950490", "Seti za chesi za mawe ya sabuni, 30", "KE", 45, 300, "USD", qty=30),
                           item("960190", "Bangili za pembe ya nyati, 40", "KE", 4, 80, "USD", qty=40)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "air", "CH", "IT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (marble poultices)", "CH", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "IT-MINT-76-0088")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "air", "MX", "ES", "282911",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "MX", 1, 1, 35, "USD",
     [("PRECURSOR_LICENCE", "ES-SES-76-0214")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "Art-foundry bag-filter dust and drosses, zinc and copper bearing, for metal recovery at a licensed plant, 12 t",
     "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-76-0417")], "notified foundry dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "680610",
     "Spent refractory ceramic fibre from kiln relining (17 06 03*), for licensed disposal, 6 t", "NO", 6000, None,
     0, "EUR", [("BASEL_CONSENT", "DK-MST-76-0061")], "notified ceramic-fibre waste to a licensed disposal site"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "JP", "AT", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "JP", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "AT-BMK-ODS-76-007")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "US", "PL", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft cabin extinguishers", "US", 300,
     30, 9000, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-76-014")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970310",
     "Bronze statuette of Mercury, Florentine, c. 1600, sold to a US museum", "IT", 3, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-76-0311")], "Renaissance bronze exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRROAD01", "road", "FR", "CH", "970310",
     "Carved limestone corbel with a grotesque head, Burgundy, 15th century, documented collection", "FR", 90, 1,
     18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-76-0126")], "Gothic sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "TR", "851420",
     "Vacuum induction melting furnace, 100 kg charge, 1 unit, for a Turkish turbine-blade foundry", "DE", 5200, 1,
     310000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-76-0492"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-76-0087")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "845710",
     "Five-axis machining centre for stone and metal, 1 unit, for a Brazilian sculpture and mould workshop", "IT",
     11000, 1, 420000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-76-0155"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-76-0033")],
     "dual-use five-axis machine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440721",
     "Bigleaf mahogany carving blocks (Swietenia macrophylla), sawn, 4 t", "PE", 4000, None, 9600, "USD",
     [("CITES_PERMIT", "PE-SERFOR-76-0419")], "App. II mahogany with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "IN", "DE", "440729",
     "Indian rosewood sculpture blocks (Dalbergia latifolia), sawn, 3 t", "IN", 3000, None, 8400, "USD",
     [("CITES_PERMIT", "IN-WCCB-76-0274")], "App. II rosewood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privato", "PRM-02": "Particular", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Meridian Aero Serwis Sp. z o.o.", "PRM-11": "Alpina Maderas de Talla SL", "PRM-12": "Horizon Holzbildhauerei GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # art foundries, sculptors' studios, mould-makers and stone carvers
    ("382499", "Sepiolite stain-lifting poultice powder for marble, 1 kg", "import", ["road"], ["CH", "TR"], (3, 6), (500, 2000), ["EUR", "CHF"], 1, S),
    ("340490", "Microcrystalline sculpting wax, slabs", "import", ["air"], ["BR", "US"], (6, 12), (100, 500), ["USD"], 0.5, S),
    ("381090", "Sodium bisulphate pickle granules for castings, 1 kg", "import", ["sea"], ["KR", "CN"], (1.5, 3), (2000, 6000), ["USD"], 1, S),
    ("381600", "Investment powder for art casting, silica-bonded, 22 kg bags", "import", ["sea"], ["IN", "GB"], (1, 2), (5000, 15000), ["USD", "GBP"], 0.05, S),
    ("382450", "Expansive rock-splitting mortar, quicklime-based, 25 kg", "import", ["sea"], ["CN"], (0.5, 1), (10000, 22000), ["USD"], 0.04, S),
    ("283429", "Ferric nitrate patina crystals, 500 g jars", "import", ["post"], ["MX", "US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("382499", "Liver-of-sulphur patina gel, 250 ml", "import", ["express"], ["TH", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("310430", "Potassium sulphate, technical, 25 kg bags", "import", ["sea"], ["EG", "BE"], (0.6, 1), (10000, 22000), ["USD", "EUR"], 0.04, S),
    ("340290", "Alkaline stone and monument cleaner, 5 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("740400", "Copper-alloy scrap, clean bronze turnings", "export", ["sea"], ["IN", "CN"], (5, 7), (15000, 22000), ["EUR"], None, S),
    ("391000", "Silicone mould-making rubber, two-part, 5 kg kits", "import", ["sea"], ["CN", "KR"], (8, 14), (2000, 6000), ["USD"], 0.2, S),
    ("283429", "Copper nitrate, technical, 25 kg", "import", ["air"], ["DE", "IN"], (4, 8), (100, 500), ["EUR", "USD"], 0.04, S),
    ("846719", "Pneumatic carving hammers, new", "import", ["air"], ["US", "JP"], (60, 120), (50, 200), ["USD"], 1, S),
    ("851419", "Electric wax-burnout kilns, new", "import", ["sea"], ["CN", "TR"], (8, 14), (1000, 4000), ["USD", "EUR"], 0.005, S),
    ("842199", "Dust-extractor filter cartridges, new, polyester", "import", ["road"], ["CZ", "TR"], (6, 12), (1000, 4000), ["EUR"], 0.2, S),
    ("390791", "Unsaturated polyester resin, drums", "import", ["sea"], ["KR", "TR"], (2, 3.5), (10000, 18000), ["USD", "EUR"], None, S),
    ("842710", "Electric forklifts, new, 2.5 t", "import", ["sea"], ["CN", "JP"], (5, 9), (6000, 18000), ["USD"], 0.0003, S),
    ("381400", "Citrus-based mould cleaner, 1 l", "import", ["air"], ["CN", "US"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("340290", "Wax-pattern debubblizer, water-based, 1 l", "import", ["air"], ["IN", "US"], (6, 12), (50, 300), ["USD"], 1, S),
    ("340590", "Stone oil-stain poultice paste, 1 kg", "import", ["road"], ["TR", "IT"], (6, 10), (200, 1000), ["EUR"], 1, S),
    ("381400", "Acetone-based metal degreaser, 1 l", "import", ["air"], ["JP", "KR"], (4, 8), (50, 300), ["USD"], 1.25, S),
    ("420329", "Leather foundry gloves, heat-resistant", "import", ["road"], ["UA", "PK"], (6, 12), (500, 2000), ["EUR"], 3, S),
    ("280421", "Argon welding gas, 200 bar cylinders", "import", ["road"], ["CH", "NO"], (2, 4), (2000, 6000), ["EUR"], 0.02, S),
    ("380891", "Permethrin woodworm treatment, 1 l", "import", ["sea"], ["ID", "GB"], (3, 6), (1000, 4000), ["USD", "GBP"], 1, S),
    ("390950", "Polyurethane foam system for sculpture cores, two-part", "import", ["sea"], ["CN", "US"], (3, 5), (4000, 10000), ["USD"], None, S),
    ("680299", "New Gandhara-style schist carvings, Peshawar", "import", ["air"], ["PK"], (6, 12), (50, 300), ["USD"], 0.05, S),
    ("830629", "New brass relief plaques, lost-wax, Benin City", "import", ["air"], ["NG", "GH"], (15, 30), (30, 200), ["USD"], 0.1, S),
    ("680299", "New sandstone garden figures, Non Nuoc", "import", ["sea"], ["VN"], (1.5, 3), (3000, 10000), ["USD"], 0.01, S),
    ("830629", "New bronze statuettes, foundry trial casts", "import", ["post"], ["GR", "TR"], (30, 60), (1, 3), ["EUR"], 0.8, S),
    ("830629", "New Swamimalai bronze figures, lost-wax", "import", ["air"], ["IN"], (25, 50), (50, 300), ["USD"], 0.15, S),
    ("680990", "Plaster casts of classical busts, studio copies", "import", ["sea"], ["IT", "TR"], (4, 8), (1000, 4000), ["EUR"], 0.05, S),
    ("851420", "Induction melting furnaces for bronze, open crucible", "export", ["road"], ["RS", "MA"], (30, 50), (800, 3000), ["EUR"], 0.002, S),
    ("846490", "Stone-carving robot arms with rail, industrial", "export", ["sea"], ["TR", "BR"], (20, 35), (3000, 8000), ["EUR"], 0.0002, S),
    ("740329", "Silicon-bronze casting ingots", "import", ["sea"], ["US", "IN"], (9, 13), (5000, 15000), ["USD"], None, S),
    ("690390", "Clay-graphite crucibles for bronze melting", "import", ["sea"], ["CN", "GB"], (3, 6), (2000, 6000), ["USD", "GBP"], 0.1, S),
    ("903180", "Structured-light 3D scanners for sculpture", "import", ["air"], ["CN", "SE"], (200, 400), (20, 100), ["USD", "EUR"], 0.2, S),
    ("681099", "Cast-marble resin carving blocks", "import", ["sea"], ["CN", "TR"], (1.5, 3), (2000, 6000), ["USD"], 0.5, S),
    ("440729", "Jatoba sawn blocks for carving", "import", ["sea"], ["BR", "BO"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("710399", "Tumbled black onyx pieces for carvers", "import", ["express"], ["BR", "IN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("680299", "New Kisii soapstone carvings", "import", ["sea"], ["KE"], (2, 4), (2000, 6000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460212", "Rattan magazine holders", "import", ["sea"], ["ID", "VN"], (3, 6), (2000, 5000), ["USD"], 1, N),
        ("691200", "Stoneware butter bells", "import", ["sea"], ["PT", "CN"], (2, 4), (3000, 7000), ["EUR", "USD"], 3, N),
        ("441990", "Beech-wood salad servers", "import", ["sea"], ["RS", "UA"], (4, 8), (2000, 6000), ["EUR"], 10, N),
        ("630790", "Wool felt pincushions", "import", ["post", "express"], ["NP", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind303", 20760901, HERE)


if __name__ == "__main__":
    main()
