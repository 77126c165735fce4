#!/usr/bin/env python3
"""Writes the seventieth blind set (tests/risk/data/blind70-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2037, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL70-*:

    python3 tests/risk/data/make_blind70_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "TR", [], "DE", "330790",
         "Kontakt lens dezenfeksiyon solüsyonu, toptan, 4 x 5 l", "TR", 22, 4, 70, "EUR",
         "peroxide contact-lens systems hold 3 % hydrogen peroxide in 360 ml bottles with a neutralising disc and are "
         "medicines-shop goods; these four 5 l jerrycans have vented caps, whiten the skin and carry UN 2014 under the "
         "label: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from İzmir to a private person in "
         "Duisburg who runs no optician's; Turkish wording (hydrogen peroxide repeats in many sets and a contact-lens "
         "cover appears once; wholesale jerrycans by express from Türkiye are new as far as a search found)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "NLPOST01", "post", "SR", [], "NL", "381400",
         "Vlekkenoplosmiddel voor leer en suède, 4 x 1 l", "SR", 4.6, 4, 55, "EUR",
         "leather spot removers are naphtha or mild solvent blends at about 0.75 kg/l sold in 250 ml bottles; these "
         "four litres weigh 1.14 kg/l, smell faintly fruity and the inner labels read 'nitromethaan': nitromethane "
         "(Annex I above 16 %), posted from Paramaribo to a private person in Rotterdam, although flammable liquids may "
         "not go by post; Surinamese Dutch wording (nitromethane repeats in many sets; a leather spot-remover cover "
         "posted from Suriname is new as far as a search found)", person("Particulier", "NL")),
        ("PRE-03", "import", "LTPOST01", "post", "UA", [], "LT", "330690",
         "Gerklės skalavimo milteliai, 6 x 500 g", "UA", 3, 6, 24, "EUR",
         "old-fashioned gargle powders contained a few grams of potassium chlorate per tin; these six 500 g bags of "
         "pure white crystals, with no flavouring, spit and flare violet on a hot plate and the inner bags carry CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), posted from Lviv to a private person in Kaunas; "
         "Lithuanian wording (potassium chlorate repeats in many sets and a gargle cover appears in earlier rows; "
         "half-kilo bags posted from Ukraine to Lithuania are new as far as a search found)",
         person("Privatus asmuo", "LT")),
        ("PRE-04", "import", "CZAIR01", "express", "UA", [], "CZ", "250100",
         "Sůl pro solné chlorinátory bazénů, 4 x 10 kg", "UA", 40, 4, 60, "EUR",
         "salt chlorinators run on ordinary sodium chloride, 25 kg bags at a few crowns a kilo from any DIY store; "
         "these 10 kg tubs hold fine crystals that cake in damp air, char sugar when warmed together and carry CAS "
         "7775-09-9: sodium chlorate (Annex I above 40 %), sent by express from Kharkiv to a private person in Brno; "
         "Czech wording (sodium chlorate repeats in many sets and a pool-salt cover appears in a few; this express "
         "route from Ukraine with Czech wording is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("PRE-05", "import", "ATROAD01", "road", "CH", [], "AT", "310230",
         "Pistenhärter (Schneezement) für Skirennstrecke, 20 x 25 kg", "CH", 500, 20, 300, "CHF",
         "ski clubs harden race pistes with coarse salt or urea bought by their lift company, which declares it; "
         "these twenty 25 kg bags of white prills 34.4 % N are ammonium nitrate (Annex I at 16 % N or more), "
         "brought in a private van from Graubünden for a private person in Landeck who runs no race, organises no "
         "club and has no piste; Swiss German wording (ammonium nitrate repeats in many sets, and a snow-hardener "
         "cover appears in some; a private van from Switzerland to Tyrol is new as far as a search found)",
         person("Privatperson", "AT")),
        ("PRE-06", "import", "FIROAD01", "road", "NO", [], "FI", "280920",
         "pH-miinus fosforihappo, hydroponiikka, 4 x 5 l", "NO", 28, 4, 1500, "NOK",
         "hydroponic pH-down is dilute phosphoric acid at about 1.3 kg/l; these four 5 l cans give off brown fumes "
         "when opened, stain the skin yellow, weigh 1.40 kg/l and the small print reads 'HNO3 65 %': nitric acid "
         "(Annex I above 3 %), driven from Tromsø over the Kilpisjärvi crossing for a private person in Rovaniemi; "
         "Finnish wording (nitric acid repeats in many sets and pH-down covers appear in a few; phosphoric acid as "
         "the declared name on the Norwegian-Finnish land border is new as far as a search found)",
         person("Yksityishenkilö", "FI")),
        ("PRE-07", "import", "ITSEA01", "sea", "AL", [], "IT", "340290",
         "Acid për pastrimin e pllakave, 10 x 1 l", "AL", 18.4, 10, 40, "EUR",
         "tile and grout-haze cleaners are 10-15 % hydrochloric or sulphamic acid at about 1.1 kg/l; these ten litres "
         "are oily, water-clear, weigh 1.84 kg/l and char the cardboard: about 96 % sulphuric acid (Annex I above "
         "15 %), carried in the boot of a car on the Durrës-Bari ferry for a private person in Bari; Albanian wording "
         "(sulphuric acid repeats in many sets and tile cleaners appear in some; the Albanian ferry route is new as far "
         "as a search found)", person("Privato", "IT")),
        ("PRE-08", "import", "IEAIR01", "express", "US", [], "IE", "291813",
         "Cream of tartar, food grade, 5 x 1 kg", "US", 5, 5, 40, "USD",
         "cream of tartar (potassium bitartrate) is sold in 100 g jars, tastes sharply acid and does not burn; these "
         "five 1 kg bags hold a tasteless white powder that flares violently with sugar and the inner bags carry CAS "
         "7778-74-7: potassium perchlorate (Annex I above 40 %), sent by express from Ohio to a private person in "
         "Limerick; US English wording (potassium perchlorate repeats in many sets and cream of tartar appears as a "
         "cover in a few; express to Ireland is new as far as a search found)", person("Mr D. Byrne", "IE")),
        ("PRE-09", "import", "IESEA01", "sea", "GB", [], "IE", "382499",
         "Pond oxygen booster for koi, liquid, 6 x 5 l", "GB", 36, 6, 120, "GBP",
         "pond oxygenators are percarbonate granules or 3-6 % peroxide solutions sold by the litre; these six "
         "5 l cans vent through their caps, bleach the skin white and carry UN 2015: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), carried in a private car on the Holyhead-Dublin ferry for a private person in "
         "Wicklow; British English wording (hydrogen peroxide repeats in many sets and 50 % peroxide as a pond oxygenator "
         "in two, in German and Dutch; the Holyhead-Dublin ferry in a private car is new as far as a search found)", person("Private individual", "IE")),
        ("PRE-10", "import", "PLRAIL01", "rail", "UA", [], "PL", "310540",
         "Monoammonium phosphate, fertiliser, 1 kg garden bags, 40 000 bags", "UA", 40000, 40000, 14000, "USD",
         "monoammonium phosphate is grey granules at about 0.8 USD/kg; these white prills at 0.35 USD/kg turn "
         "ice-cold in water and the bags' inner print reads 'аміачна селітра 34,4 % N': ammonium nitrate (Annex I "
         "at 16 % N or more), already re-packed in 1 kg garden bags for sale to the public at a Lublin discount "
         "chain, brought by rail from Ukraine; English and Ukrainian wording (ammonium nitrate repeats above and in "
         "many sets; retail-packed bags declared as MAP by rail from Ukraine are new as far as a search found)",
         firm("Ogród-Tanio Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "852849",
         "Retro gaming monitoren, CRT, getest, 600 st.", "NL", 12000, 600, 1800, "EUR",
         "collectors pay 100 EUR and more for a tested CRT for retro games, shipped one by one in foam; these six "
         "hundred tubes are office monitors and TVs stacked loose with cracked casings and cut cables at 3 EUR each: "
         "cathode-ray tubes with leaded glass (16 02 13*, Basel A1180), hazardous waste whose export to a non-OECD "
         "country is banned, for an Accra market; Dutch wording (CRTs repeat as e-waste in many sets; a retro-gaming "
         "cover is new as far as a search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "681181",
         "Plaques ondulées de toiture, réemploi, 22 t", "FR", 22000, None, 1100, "EUR",
         "corrugated roof sheets for reuse are new-generation fibre-cement marked 'NT' (no asbestos) and stacked on "
         "pallets; these grey sheets are weathered, broken at the bolt holes, carry no NT mark and come from a farm "
         "demolition in the Vendée: asbestos-cement (17 06 05*), hazardous waste whose export to a non-OECD country "
         "is banned, for a Dakar roofing trader; French wording (asbestos roofing repeats in many sets; the row is "
         "kept for its reuse wording to Senegal)", {"importer_country": "SN"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "VN", "262019",
         "Rohzinkoxid, Wälzrohstoff, Big Bags, 24 t", "DE", 24000, None, 2400, "EUR",
         "crude zinc oxide from a Waelz kiln is a product with an assay; these big bags hold brown filter dust "
         "straight from an electric-arc furnace bag-house, with lead, cadmium and chlorides: EAF dust (10 02 07*), "
         "hazardous waste whose export to a non-OECD country is banned, at 0.10 EUR/kg for a Hai Phong zinc works; "
         "German wording (EAF dust as crude zinc oxide repeats in three sets, to China, Türkiye and the Netherlands; "
         "the row is kept for its Waelz-oxide wording and its route to Viet Nam)",
         {"importer_country": "VN"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "282739",
         "Cloruro ferroso in soluzione per depurazione acque, 20 cisternette", "IT", 24000, 20, 600, "EUR",
         "ferrous chloride for water treatment is sold with a specification for iron, free acid and heavy metals; "
         "these IBCs hold green-black liquor with zinc and free hydrochloric acid from a galvanising line, at 0.025 "
         "EUR/kg: spent pickling acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, for "
         "a Sfax 'water-treatment' trader; Italian wording (spent pickling liquor as ferrous chloride for water "
         "treatment repeats in about seven sets, once in Italian to Albania; the row is kept for its route to Tunisia)", {"importer_country": "TN"}),
        ("WST-05", "export", "PLSEA01", "sea", "PL", [], "ID", "250410",
         "Grafit naturalny płatkowy, proszek, big bagi, 20 t", "PL", 20000, None, 8000, "EUR",
         "natural flake graphite is shiny grey, mined and sold with a carbon assay; this black, dull powder holds "
         "nickel, cobalt and lithium with fluoride electrolyte residues and came off a battery shredder in Lower "
         "Silesia: lithium-ion battery black mass (16 06 06*/19 12 11*), hazardous waste whose export to a non-OECD "
         "country is banned, for a Morowali refinery; Polish wording (black mass repeats in several sets; as natural "
         "flake graphite to Indonesia is new as far as a search found)", {"importer_country": "ID"}),
        ("WST-06", "export", "SEPOST01", "post", "SE", [], "PH", "830629",
         "Barometervikter, metall, samlarobjekt, 1 paket", "SE", 3, 1, 40, "SEK",
         "barometer weights are brass; this parcel holds a stoppered glass bottle of about 2 kg of liquid metal "
         "drained from old barometers, wrapped in a towel: metallic mercury, whose export the EU Mercury Regulation "
         "2017/852 bans and which may not be posted, sent from Uppsala to a private buyer in Mindanao's gold-mining "
         "area; Swedish wording (mercury repeats in many sets and barometer mercury once, by express to Bolivia; "
         "by post to the Philippines as barometer weights is new as far as a search found)", {"importer_country": "PH", "consignee_name": "R. Dela Cruz"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", [], "MK", "720449",
         "Стоманен скрап, смесен, камион, 20 т", "BG", 20000, None, 3000, "EUR",
         "steel scrap is dry, sorted and sold by grade; this truck holds crushed used oil filters and oily rags, "
         "still dripping black oil into the trailer: oil filters (16 01 07*) and absorbents (15 02 02*), hazardous "
         "waste whose export to a non-OECD country is banned, for a Kumanovo scrap yard; Bulgarian wording (used oil "
         "filters repeat in some sets; as mixed steel scrap by road to North Macedonia is new as far as a search found)",
         {"importer_country": "MK"}),
        ("WST-08", "export", "ATRAIL01", "rail", "AT", ["HU"], "RS", "262190",
         "Flugasche aus Steinkohle, Zementzusatz, 3 Waggons, 150 t", "AT", 150000, None, 1500, "EUR",
         "coal fly ash for cement is a grey powder with an EN 450 certificate; this grey-white, salty, dusty ash "
         "with heavy metals and dioxins comes from a municipal waste incinerator's flue-gas cleaning: MSWI fly ash "
         "(19 01 13*), hazardous waste whose export to a non-OECD country is banned, by rail through Hungary for a "
         "Serbian 'cement plant'; Austrian German wording (fly ash repeats in several sets; declared as coal fly ash "
         "by rail to Serbia is new as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "transit", "DESEA01", "sea", "NO", ["DE"], "TZ", "850440",
         "UPS-enheter, brukte, testet, 300 stk.", "NO", 15000, 300, 3000, "NOK",
         "tested second-hand UPS units travel whole, with cases and a test list; these are bare battery cabinets with "
         "swollen, leaking lead-acid gel blocks and no electronics: waste lead-acid batteries (16 06 01*), hazardous "
         "waste sent from Oslo through Hamburg in transit to a Dar es Salaam battery recycler, a transit the EU waste "
         "shipment rules forbid to a non-OECD country; Norwegian wording (batteries in used UPS units repeat in several sets, "
         "mostly to West Africa; in transit through Hamburg to Tanzania is new as far as a search found)", {"importer_country": "TZ"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CD", "940360",
         "Effets personnels et mobilier usagé, déménagement, conteneur 40'", "BE", 9000, 1, 2500, "EUR",
         "a removal container for a family returning to Kinshasa: furniture and clothes are declared first, but the "
         "third item's 'appareils ménagers' are some 200 old fridges and freezers with CFC foam and compressors still "
         "charged: WEEE containing ozone-depleting substances (16 02 11*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Belgian French wording "
         "(old fridges repeat in many sets and removal containers hid waste to Ghana and Cameroon; fridges as the "
         "third item of a removal to Kinshasa are new as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("630900", "Vêtements usagés, sacs personnels", "BE", 800, 400, "EUR"),
                           item("841821", "Appareils ménagers, réfrigérateurs usagés, 200 pcs", "BE", 9000, 600, "EUR", qty=200)])),
    ],
    "ozone": [
        ("ODS-01", "import", "DEAIR01", "express", "TH", [], "DE", "381400",
         "น้ำยาล้างหน้าสัมผัสอิเล็กทรอนิกส์, 12 x 1 ลิตร", "TH", 15, 12, 90, "USD",
         "contact cleaners are isopropanol or hydrocarbon blends at about 0.8 kg/l; these cans weigh 1.24 kg/l, "
         "boil in the hand and the drum code reads 'R-141b': HCFC-141b, an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), sent by express from Bangkok to a Chemnitz repair shop; Thai wording "
         "(HCFC-141b repeats in many sets and as a contact cleaner once, in Chinese by sea; Thai wording by "
         "express is new as far as a search found)", firm("Elektro Werkstatt Kühn", "DE")),
        ("ODS-02", "import", "BGSEA01", "sea", "GE", [], "BG", "381900",
         "Гідравлічна рідина для рульових машин, 40 балонів", "GE", 2400, 40, 800, "USD",
         "steering-gear hydraulic oil comes in drums and is light; these forty pressure cylinders from a "
         "Soviet-built vessel broken up in Batumi hold a dense liquid of 2.17 kg/l that boils at 47 °C: halon 2402, "
         "an ozone-depleting substance whose import is banned (Regulation 2024/590), shipped to a Varna trader; "
         "Ukrainian wording (halon 2402 repeats in many sets; as steering hydraulic fluid from Georgia is new as far "
         "as a search found)", firm("Черноморска Техника ЕООД", "BG")),
        ("ODS-03", "import", "NLSEA01", "sea", "US", [], "NL", "870323",
         "1966 Ford Mustang coupe, for restoration, with parts", "US", 1400, 1, 18000, "USD",
         "a classic-car container for a Tilburg restorer: the car is declared first, but the third item's "
         "'R-134a refrigerant, 12 oz cans' are 120 old-stock cans of R-12: CFC-12, an ozone-depleting substance whose "
         "import is banned (Regulation 2024/590), hidden as the last item of a three-item declaration; US English "
         "wording (CFC-12 for classic cars repeats in several sets, once with a whole car by sea; cans labelled "
         "R-134a as the third item of a car container are new as far as a search found)",
         dict(firm("Classic Cars Brabant BV", "NL"),
              _more_items=[item("870829", "Body parts, chrome trim, used", "US", 200, 1500, "USD"),
                           item("290345", "R-134a refrigerant, 12 oz cans, 120", "US", 41, 600, "USD", qty=120)])),
        ("ODS-04", "import", "DEPOST01", "post", "US", [], "DE", "701399",
         "Antique glass fire grenades, decorative, 6 pcs", "US", 4, 6, 300, "USD",
         "antique 'fire grenades' are sold empty as bottles; these six are sealed and full, sloshing with a heavy "
         "liquid that smells sweet and chlorinated: carbon tetrachloride, an ozone-depleting substance whose import "
         "(also in products) is banned (Regulation 2024/590), posted to a private collector in Kassel although "
         "toxic liquids may not go by post; US English wording (carbon tetrachloride repeats in many sets and fire "
         "grenades appear once; the row is kept for the sealed-collectable cover)", person("Herr J. Wagner", "DE")),
        ("ODS-05", "import", "ITSEA01", "sea", "IN", [], "IT", "290312",
         "Dichloromethane, pharmaceutical grade, 40 drums", "IN", 10000, 40, 9000, "USD",
         "dichloromethane weighs 1.33 kg/l; these drums weigh 1.99 kg/l on the scale and the drum codes read "
         "'BCM': bromochloromethane (halon 1011), an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), for a Latina pharmaceutical intermediate maker; Indian English wording (bromochloromethane "
         "as dichloromethane appears once, from China by air to Italy; from India in drums by sea is new as far as a "
         "search found)",
         firm("Chimica Pontina Srl", "IT")),
        ("ODS-06", "import", "BGROAD01", "road", "TR", [], "BG", "290342",
         "R-32 soğutucu gaz, 9 kg tüp, 60 adet", "TR", 540, 60, 2400, "EUR",
         "R-32 cylinders are red-banded, marked A2L and carry an F-gas quota label; these 9 kg cylinders are "
         "green, with stickers over the old print and a pressure of R-22: HCFC-22, an ozone-depleting substance "
         "whose import is banned (Regulation 2024/590), trucked from Edirne to a Plovdiv air-conditioning installer; "
         "Turkish wording (R-22 relabelled repeats in many sets and R-32 appears as a cover in some; the Edirne road "
         "route is new as far as a search found)", firm("Климат Сервиз ООД", "BG")),
        ("ODS-07", "import", "NLAIR01", "express", "CN", [], "NL", "290345",
         "Navulling voor misthoorns (boot), 24 x 300 ml", "CN", 9, 24, 70, "USD",
         "boat air-horn refills are HFC-134a or propane-free blends; these cans carry 'R-142b' on the valve and "
         "burn with a smoky flame: HCFC-142b, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), sent by express to a Lelystad chandler; Dutch wording (HCFC-142b repeats in some sets and air-horn "
         "refills in several, once in Dutch by post; boat fog-horn refills by express are new as far as a search found)", firm("Watersport Lelystad BV", "NL")),
        ("ODS-08", "export", "PTSEA01", "sea", "PT", [], "NG", "290346",
         "FM-200 (HFC-227ea) recuperado, 30 cilindros", "PT", 1500, 30, 3000, "EUR",
         "HFC-227ea bottles are purple-banded; these red cylinders come from a decommissioned ship's engine-room "
         "system and their valve tags read 'H1301': halon 1301, an ozone-depleting substance whose export is banned "
         "outside licensed critical uses (Regulation 2024/590), for a Lagos fire-equipment trader; Portuguese "
         "wording (halon 1301 repeats in many sets and FM-200 labels in some, on yachts and a data-centre lot; a "
         "ship's system from Portugal to Nigeria is new as far as a search found)", {"importer_country": "NG"}),
        ("ODS-09", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "290219",
         "环戊烷, 发泡剂, 80 桶", "CN", 12000, 80, 14000, "USD",
         "cyclopentane is a light hydrocarbon at 0.75 kg/l; these drums weigh 1.24 kg/l, and the liquid does not "
         "burn like a hydrocarbon: HCFC-141b, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), by the China-Europe railway to Duisburg for a panel foamer; Chinese wording (HCFC-141b and "
         "cyclopentane covers repeat in several sets; the row is kept for its rail route and wording)",
         firm("Paneelbau Ruhr GmbH", "DE")),
        ("ODS-10", "import", "CYAIR01", "air", "LB", [], "CY", "381400",
         "Freeze spray for chewing-gum removal, 48 x 500 ml", "LB", 30, 48, 300, "USD",
         "modern freeze sprays use HFC-152a or CO2; these old-stock cans carry 'Frigen 11' on the base and the "
         "contents boil at 24 °C: CFC-11, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "flown from Beirut to a Limassol cleaning contractor; Arabic and English wording (CFC-11 repeats in many "
         "sets; a gum-removal freeze spray is new as far as a search found)", firm("Clean Coast Ltd", "CY")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "RS", [], "DE", "830629",
         "Messingplakette, modern, Souvenir, 1 Stk.", "RS", 0.2, 1, 25, "EUR",
         "souvenir plaques are cast, shiny and sold in a box; this is a pair of thin, green-patinated bronze "
         "tablets with punched Latin lettering and binding holes: a Roman military diploma from the Danube limes, "
         "an archaeological object exported from Serbia without licence (UNESCO 1970), posted from Smederevo to a "
         "private collector in Regensburg; German wording (military diplomas repeat in a few sets; posted from "
         "Serbia as a souvenir plaque is new as far as a search found)", person("Herr M. Fuchs", "DE")),
        ("CUL-02", "import", "SEAIR01", "air", "ET", [], "SE", "830629",
         "የመታሰቢያ ዕቃዎች, የእጅ ሥራ (souvenirs, handicraft), 2 cases", "ET", 25, 6, 200, "USD",
         "tourist handicrafts are new, light and cheap; these cases hold a worn bronze processional cross and a "
         "parchment Ge'ez gospel with painted miniatures, with a church inventory stamp: church property stolen "
         "from a Tigray monastery and exported from Ethiopia without permit (UNESCO 1970), flown from Addis Ababa "
         "for a Stockholm buyer; Amharic wording (Ethiopian church goods repeat in several sets; the row is kept "
         "for its Amharic souvenir wording by air to Sweden)", person("Privatperson", "SE")),
        ("CUL-03", "import", "FRSEA01", "sea", "NP", ["IN"], "FR", "680299",
         "नयाँ ढुङ्गाको मूर्ति, पाटन कार्यशाला, 12 वटा", "NP", 900, 12, 1200, "USD",
         "new Patan stone carvings are crisp and pale; one of these twelve is a weathered, lichen-stained Vishnu "
         "stele with a broken tenon and old mortar on the back: a Licchavi-period sculpture taken from a Kathmandu "
         "valley shrine and exported without permit (UNESCO 1970), shipped through Kolkata to a Paris dealer; Nepali "
         "wording (Nepalese deities repeat in several sets; hidden among new Patan workshop carvings by sea through "
         "India is new as far as a search found)", firm("Galerie Himalaya SARL", "FR")),
        ("CUL-04", "import", "ATAIR01", "express", "OM", [], "AT", "940529",
         "مصباح من المرمر، صناعة يدوية", "YE", 12, 1, 150, "USD",
         "alabaster lamps are thin-walled, new and drilled for a cable; this is a thick alabaster stele with a "
         "carved bull's head and a South Arabian inscription, undrilled, with soil in the letters: a Sabaean "
         "funerary stele looted in Yemen and exported without permit (UNESCO 1970), imported without the import licence "
         "Regulation 2019/880 requires for archaeological objects over 250 years old), sent by express from Muscat to a Vienna buyer; Arabic wording (Yemeni antiquities repeat "
         "in many sets; the alabaster-lamp cover by express from Oman is new as far as a search found)",
         person("Privatperson", "AT")),
        ("CUL-05", "export", "PLAIR01", "air", "PL", [], "US", "442090",
         "Panele dekoracyjne, reprodukcje ikon, 4 szt.", "PL", 18, 4, 400, "EUR",
         "reproduction icons are prints on board; these four are tempera on limewood with gesso cracks, old "
         "nails and 17th-century Lemko inscriptions: Orthodox church icons more than 100 years old, valued together at "
         "about 200 000 EUR, above the EU 116/2009 threshold for paintings, exported from Kraków to New Jersey without an export licence; Polish "
         "wording (icons repeat in many sets; Lemko icons as reproduction panels by air from Poland are new as far as "
         "a search found)", {"importer_country": "US"}),
        ("CUL-06", "export", "PTSEA01", "sea", "PT", [], "BR", "690740",
         "Azulejos novos pintados à mão, 40 caixas", "PT", 1200, 40, 1600, "EUR",
         "new hand-painted tiles are bright, glazed evenly and boxed flat; these are blue-and-white tiles with "
         "crazed glaze and old lime mortar on the back, numbered in chalk to re-form a hunting scene: an 18th-century "
         "azulejo panel stripped from a Lisbon palace, exported without an export licence (EU 116/2009) to a São Paulo "
         "decorator; Portuguese wording (azulejos repeat in a few sets; the row is kept for its new-tiles cover to Brazil)",
         {"importer_country": "BR"}),
        ("CUL-07", "import", "BEPOST01", "post", "PE", [], "BE", "510539",
         "Retazos de lana de alpaca, muestras, 1 paquete", "PE", 0.8, 1, 20, "USD",
         "alpaca offcuts are new, soft and bright; these fragments are brittle, faded camelid and cotton cloth with "
         "woven stepped motifs and grave soil in the weave: Nazca textile fragments looted from a burial field and "
         "exported from Peru without permit (UNESCO 1970), posted from Ica to a Brussels collector; Peruvian Spanish "
         "wording (Andean textiles repeat in several sets; as alpaca wool samples by post is new as far as a search "
         "found)", person("M. P. Lambert", "BE")),
        ("CUL-08", "export", "HUROAD01", "road", "HU", [], "UA", "970191",
         "Olajfestmény, másolat, keretben", "HU", 15, 1, 300, "EUR",
         "a copy is painted on new canvas with a new stretcher; this canvas is relined, with a 19th-century "
         "stretcher, a Budapest auction sticker and a signed lower corner attributed to a leading Hungarian realist, "
         "valued by the same auction house at about 400 000 EUR: a painting above the EU 116/2009 threshold, driven "
         "out at Záhony to Uzhhorod without an export licence; Hungarian wording (paintings declared as copies repeat "
         "in several sets; by road to Ukraine is new as far as a search found)", {"importer_country": "UA"}),
        ("CUL-09", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "691390",
         "仿古陶瓷摆件, 复制品, 30 件", "CN", 300, 30, 900, "USD",
         "reproduction sancai figures are bright, evenly glazed and light; five of these thirty are heavy, "
         "iridescent with burial soil in the recesses and root marks on the glaze: Tang-dynasty tomb figures exported "
         "from China without permit (UNESCO 1970), in a China-Europe rail container to a Hamburg dealer; Chinese "
         "wording (Tang figures repeat in several sets; by rail among reproductions is new as far as a search found)",
         firm("Ostasiatika Hamburg GmbH", "DE")),
        ("CUL-10", "transit", "ESAIR01", "air", "GT", ["ES"], "CH", "691390",
         "Artesanía de barro pintada, 3 piezas", "GT", 9, 3, 90, "USD",
         "painted tourist pottery is thick, new and sold for a few dollars; these three are thin-walled "
         "polychrome cylinder vessels with glyph bands, root marks and museum-style repairs: Classic Maya vessels "
         "looted in the Petén, exported from Guatemala without permit (UNESCO 1970) and flown through Madrid in "
         "transit to a Geneva buyer; Guatemalan Spanish wording (Maya vessels repeat in several sets; in transit "
         "through Madrid to Geneva is new as far as a search found)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KZ", "847330",
         "Учебные отладочные платы для университета, 40 шт.", "DE", 12, 40, 36000, "EUR",
         "teaching boards are cheap starter kits; these forty are high-end FPGA boards at 900 EUR each for an "
         "Almaty 'university' that is a trading company known to re-export to Russia: Common High Priority items "
         "whose export for use in Russia is banned (Regulation 833/2014, Art. 12g no-Russia clause absent), sent by "
         "express; Russian wording (FPGAs repeat in several sets; teaching kits to Kazakhstan by express are new as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "AE", "850440",
         "Variable-speed drives for textile spindles, 12 units", "NL", 1800, 12, 96000, "EUR",
         "textile spindle drives run at 50-400 Hz; these frequency changers are multiphase, 600-2000 Hz output "
         "with frequency control better than 0.2 %: 3A225 frequency changers usable for gas centrifuges, exported "
         "without a licence to a Jebel Ali trader for onward shipment to Iran (Regulations 2021/821 and 267/2012); "
         "English wording (frequency changers repeat in several sets and as textile-spindle drives once, by air "
         "from Germany to the Emirates; by sea from the Netherlands via Jebel Ali is the only new part)", {"importer_country": "AE"}),
        ("STR-03", "export", "LTROAD01", "road", "LT", ["BY", "RU"], "KZ", "848210",
         "Buitinė technika ir atsarginės dalys, 1 vilkikas", "LT", 18000, None, 140000, "EUR",
         "household appliances weigh light per euro; this truck holds precision ball and roller bearings at "
         "7.8 EUR/kg in unmarked cartons, declared for Kazakhstan but driven through Belarus and Russia, where the "
         "trailer's GPS shows a day's stop at a Smolensk machine plant: goods whose sale, export and transit "
         "to Russia and Belarus are banned (Regulations 833/2014 and 765/2006); Lithuanian wording (bearings and "
         "transit through Belarus repeat in several sets; a household-appliance cover is new as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "PK", "540761",
         "Tissu pour voilerie, 20 rouleaux", "FR", 900, 20, 120000, "EUR",
         "sailcloth is polyester or laminated film at 20-40 EUR/kg; these rolls are shipped in refrigerated boxes, "
         "are tacky and black and cost 130 EUR/kg: carbon-fibre prepreg of 1C010 quality, exported without licence to "
         "a Karachi 'sail loft' linked to a missile programme (Regulation 2021/821); French wording (carbon-fibre "
         "prepreg repeats in several sets; a sailcloth cover is new as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "GE", "732690",
         "Gebrauchte Schweißvorrichtungen, 6 Stk.", "DE", 7200, 6, 9000, "EUR",
         "used welding jigs are steel frames; these crates hold six six-axis industrial robot arms with controllers, "
         "two years old and worth ten times the declared value, for a Tbilisi company that re-exports to Russia: "
         "goods whose export for use in Russia is banned (Regulation 833/2014, Annex XXIII), taken by road through "
         "Poland and Lithuania towards Georgia; German wording (robots repeat in a few sets; as used welding jigs by "
         "road to Georgia is new as far as a search found)", {"importer_country": "GE"}),
        ("STR-06", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "CN", "846599",
         "木工机床, 二手, 2 台", "DE", 14000, 2, 60000, "EUR",
         "woodworking machines carry saws and spindles for wood; these two are five-axis milling centres with "
         "contouring control and a positioning accuracy of a few microns: 2B001 machine tools exported without "
         "licence, by the China-Europe railway through Belarus and Russia, whose transit of dual-use goods is "
         "banned (Regulations 2021/821 and 833/2014), to a Xi'an buyer; Chinese wording (five-axis machines repeat in "
         "many sets; as used woodworking machines by rail to China is new as far as a search found)",
         {"importer_country": "CN"}),
        ("STR-07", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "902620",
         "Lastik basınç göstergeleri, 200 adet", "IT", 60, 200, 48000, "EUR",
         "tyre-pressure gauges sell at a few euros; these 240-EUR units are corrosion-resistant pressure "
         "transducers with nickel-alloy diaphragms measuring from 0 to 13 kPa: 2B230 items for uranium enrichment, "
         "for an Istanbul trader that ships on to Iran (Regulations 2021/821 and 267/2012); Turkish wording "
         "(pressure transducers as tyre gauges repeat once, by air to Dubai, and as tyre sensors once; by road to "
         "Türkiye is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "transit", "DEAIR01", "air", "KR", ["DE"], "IR", "851110",
         "산업용 점화 플러그, 50 개", "KR", 5, 50, 25000, "USD",
         "industrial spark plugs cost a few dollars; these 500-USD ceramic tubes are triggered spark gaps with a "
         "delay below 15 microseconds: 3A228 items usable as nuclear detonator firing sets, flown from Seoul through "
         "Frankfurt in transit to a Tehran trading firm, a transit banned by the Iran regulation 267/2012 and "
         "subject to prohibition under 2021/821 Art. 7; Korean wording (spark gaps as spark plugs or igniters repeat "
         "in two sets, from France to Dubai; in transit from Korea through Frankfurt is new as far as a search found)", {"importer_country": "IR"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "LB", "843420",
         "Impianto per caseificio, usato, container 40'", "IT", 14000, 1, 30000, "EUR",
         "a used dairy line for a Beirut cheese maker: vats and pasteurisers are declared first, but the third "
         "item's 'serbatoio di maturazione' is a jacketed, glass-lined reactor with agitator, over 100 l: a 2B350 "
         "chemical vessel for a Syrian end user, hidden as the last item of a three-item declaration, without licence "
         "(Regulations 2021/821 and 36/2012); Italian wording (2B350 equipment repeats in several sets, some under dairy "
         "covers; a reactor in a used dairy line to Lebanon is new as far as a search found)",
         dict({"importer_country": "LB"},
              _more_items=[item("841950", "Pastorizzatore a piastre, usato", "IT", 2000, 6000, "EUR", qty=1),
                           item("841989", "Serbatoio di maturazione, acciaio, usato", "IT", 3000, 8000, "EUR", qty=1)])),
        ("STR-10", "export", "EEPOST01", "post", "EE", [], "AM", "900691",
         "Fotoaparaadi varuosad, 1 pakk", "EE", 2, 6, 300, "EUR",
         "camera spare parts are small and cheap; these six are three-axis stabilised gimbals with thermal and "
         "zoom cameras of the kind fitted to military drones, worth about 3 000 EUR each, posted from Tallinn to a "
         "Yerevan address used to forward goods to Russia: goods whose export for use in Russia is banned "
         "(Regulation 833/2014, Annex XXII); Estonian wording (camera gimbals appear once, by air to Uzbekistan, and "
         "Armenia as a route in some; camera spare parts by post from Estonia are new as far as a search found)", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "ID", [], "FR", "440122",
         "Kayu dupa cendana, serpihan, 10 kg", "ID", 10, 10, 120, "USD",
         "sandalwood chips are pale yellow and smell sweetly; these are dark, resin-streaked chips that sink in "
         "water and smell of oud: agarwood (Aquilaria spp., CITES App. II) worth some 30 000 USD, sent by express "
         "from Kalimantan to a Paris perfume buyer without a CITES permit; Indonesian wording (agarwood as sandalwood "
         "chips repeats in several sets; Indonesian wording by express from Kalimantan is new as far as a search found)",
         firm("Parfums d'Orient SAS", "FR")),
        ("WLF-02", "import", "NLSEA01", "sea", "JM", [], "NL", "030792",
         "Frozen whelk meat, 400 cartons", "JM", 8000, 400, 20000, "USD",
         "whelk meat is small, grey and cheap; these cartons hold large white-pink muscle slabs with the queen "
         "conch's orange foot: Strombus gigas (CITES App. II) exported without a CITES permit, shipped from "
         "Kingston to a Rotterdam importer; Jamaican English wording (queen conch as frozen whelk appears once, from "
         "Honduras to Spain; from Jamaica to Rotterdam is new as far as a search found)", firm("Caribe Seafood BV", "NL")),
        ("WLF-03", "import", "DEPOST01", "post", "MX", [], "DE", "950300",
         "Juguetes de plástico, arañas, 20 piezas", "MX", 1, 20, 30, "USD",
         "plastic spiders rattle; these twenty tubes hold live, red-kneed juvenile tarantulas: Brachypelma spp. "
         "(CITES App. II), wild-caught and posted from Guerrero to a private keeper in Hamm without a CITES permit; "
         "Mexican Spanish wording (tarantulas repeat in several sets and toy spiders once, plush by air; the row is "
         "kept for its postal route)",
         person("Herr T. Koch", "DE")),
        ("WLF-04", "import", "ESAIR01", "express", "BR", [], "ES", "440799",
         "Jogos de fundo e lateral de pau-ferro para violão, 10", "BR", 25, 10, 900, "USD",
         "pau ferro (Libidibia ferrea) is dense, brown and plain; these back-and-side sets are chocolate-brown "
         "with spider-web figure and a rose scent: Brazilian rosewood (Dalbergia nigra, CITES App. I), cut from "
         "stumps and sent by express to a Granada guitar maker without a CITES permit; Portuguese wording (Brazilian "
         "rosewood as pau-ferro fingerboards appears once, by express to Spain; back-and-side sets repeat that cover "
         "closely)",
         firm("Guitarras Albaicín SL", "ES")),
        ("WLF-05", "import", "DERAIL01", "rail", "KZ", ["RU", "BY", "PL"], "DE", "050790",
         "Козьи рога, измельчённые, для ТКМ, 200 кг", "KZ", 200, None, 1800, "USD",
         "goat horn is dark and fibrous; these shavings are translucent amber with a hollow core grain: saiga "
         "antelope horn (Saiga tatarica, CITES App. II, zero export quota for wild specimens), by rail from Almaty "
         "for a Berlin TCM wholesaler; Russian wording (saiga horn as goat horn repeats in several sets; by rail "
         "from Kazakhstan for a TCM wholesaler is new as far as a search found)", firm("TCM Handel Berlin GmbH", "DE")),
        ("WLF-06", "import", "IEPOST01", "post", "CO", [], "IE", "050590",
         "Plumas para atado de moscas, surtidas, 1 paquete", "CO", 0.3, 1, 40, "USD",
         "fly-tying feathers are dyed hackles and cheap; this packet holds forty whole iridescent hummingbird "
         "skins: Trochilidae spp. (CITES App. II) posted from Medellín to a private fly-tyer in Galway without a "
         "CITES permit; Colombian Spanish wording (hummingbirds repeat in a few sets; fly-tying feathers are new as far "
         "as a search found)", person("Mr S. Ó Briain", "IE")),
        ("WLF-07", "import", "NLAIR01", "express", "MY", [], "NL", "392690",
         "树脂琥珀珠子, 手工, 100 颗", "MY", 0.5, 100, 200, "USD",
         "amber-resin beads are uniform and light; these are carved beads of dense yellow-and-red material with a "
         "red rind and growth lines: helmeted hornbill casque (Rhinoplax vigil, CITES App. I), sent by express from "
         "Kuching to a private person in Amsterdam; Chinese wording (hornbill casque repeats in a few sets; as resin "
         "amber beads by express is new as far as a search found)", person("Particulier", "NL")),
        ("WLF-08", "transit", "PTAIR01", "air", "MZ", ["PT"], "HK", "030559",
         "Peixe seco, barbatanas, 60 kg", "MZ", 60, None, 600, "USD",
         "dried fish is split and salted; these cartons hold dried shark fins with the tall, sickle-shaped first "
         "dorsal of hammerheads: Sphyrna spp. (CITES App. II) without CITES permits, flown from Maputo through Lisbon "
         "in transit to Hong Kong; Portuguese wording (shark fins repeat in many sets and hammerheads in a few; in "
         "transit through Lisbon is new as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "ITPOST01", "post", "CL", [], "IT", "060290",
         "Esquejes de suculentas de vivero, 30", "CL", 2, 30, 45, "USD",
         "nursery cuttings are green, clean-cut and rooted in peat; these are grey, globular, spiny plants with "
         "field-collected roots and soil from the Atacama coast: Copiapoa spp. (CITES App. II, Chilean cacti "
         "protected from collection), posted to a private collector in Turin without a CITES permit; Chilean Spanish "
         "wording (Copiapoa as nursery plants repeats twice, bare-root by air to Italy; as cuttings by post is new as "
         "far as a search found)",
         person("Sig. L. Rossi", "IT")),
        ("WLF-10", "import", "BESEA01", "sea", "TZ", [], "BE", "530500",
         "Sisal fibre bales, cashew nuts and Afzelia timber, 40' container", "TZ", 18000, None, 20000, "USD",
         "a mixed container for an Antwerp trader: sisal and cashews are declared first, but the third item's "
         "'mkongo (Afzelia) sawn timber' is reddish, coarse, rose-scented mninga: Pterocarpus angolensis (CITES App. "
         "II since 2023), hidden as the last item of a three-item declaration without a CITES permit; English and "
         "Swahili wording (mninga appears in one earlier row; as Afzelia in a sisal and cashew container is new as far "
         "as a search found)",
         dict(firm("Scheldt Fibres NV", "BE"),
              _more_items=[item("080132", "Cashew kernels, WW320, 500 cartons", "TZ", 11000, 90000, "USD", qty=500),
                           item("440799", "Mkongo (Afzelia) sawn timber, 12 m³", "TZ", 9000, 4000, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "express", "NO", "FI", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (amateur assayer)", "NO", 2.8, 2, 600, "NOK",
     [("PRECURSOR_LICENCE", "FI-TUKES-37-0112")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "express", "US", "IE", "282990",
     "Potassium perchlorate, 2 x 1 kg, for a licensed private user (model rocketry)", "US", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-37-0048")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "EAF dust (10 02 07*) for zinc recovery in a licensed Waelz plant, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-37-0455")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "GB", "BE", "854911",
     "Waste lead-acid batteries (16 06 01*) for a licensed smelter, 20 t", "GB", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-37-0512")], "notified waste batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "export", "PTSEA01", "sea", "PT", "GB", "290376",
     "Halon 1301, recovered, 20 cylinders, for aviation critical use", "PT", 1000, 20, 8000, "EUR",
     [("ODS_LICENCE", "PT-APA-ODS-37-002")], "halon exported under licence for a critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, 4 x 1 l, reference standard for a licensed laboratory", "US", 6.4, 4, 400, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-37-011")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "970121",
     "Lemko icon, tempera on limewood, 18th century, from a family collection", "PL", 5, 1, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-37-0219")], "icon exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "970610",
     "Azulejo panel, 18th century, 240 tiles, from a private collection documented since 1962", "PT", 300, 240,
     60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-37-0091")], "azulejo panel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "JP", "850440",
     "Frequency changers, 600-2000 Hz, 4, for a Japanese research institute", "NL", 600, 4, 36000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-37-0714"), ("END_USER_CERTIFICATE", "JP-EUC-37-0233")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CA", "681519",
     "Carbon-fibre prepreg, 10 rolls, for a Canadian aircraft-parts maker", "FR", 450, 10, 60000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-37-0388"), ("END_USER_CERTIFICATE", "CA-EUC-37-0102")],
     "dual-use prepreg under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "121190",
     "Agarwood chips (Aquilaria malaccensis), cultivated, 5 kg", "ID", 5, None, 6000, "USD",
     [("CITES_PERMIT", "ID-KLHK-37-0871")], "App. II agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "JM", "NL", "030792",
     "Queen conch meat (Strombus gigas), frozen, 200 cartons, within the export quota", "JM", 4000, 200, 30000, "USD",
     [("CITES_PERMIT", "JM-NEPA-37-0144")], "App. II conch with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Hra. K. Virtanen", "PRM-02": "Mr C. Walsh", "PRM-03": "Zinkhütte Rhein GmbH",
    "PRM-07": "Icon Gallery of New Jersey LLC", "PRM-09": "Kansai Isotope Research Institute",
    "PRM-11": "Parfums d'Orient SAS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330790", "Peroxide contact-lens solution 3 %, 360 ml retail packs", "import", ["express"], ["TR", "US"], (15, 30), (1, 4), ["EUR", "USD"], 2, S),
    ("381400", "Leather and suede cleaner, 250 ml", "import", ["post"], ["GB", "US"], (20, 40), (1, 2), ["GBP", "USD"], 4, S),
    ("330610", "Toothpaste, fluoride, retail tubes", "import", ["post"], ["UA", "GB"], (10, 20), (1, 3), ["EUR", "GBP"], 8, S),
    ("250100", "Pool salt for salt chlorinators, 25 kg bags", "import", ["road"], ["DE", "TR"], (0.15, 0.3), (10000, 20000), ["EUR"], 0.04, S),
    ("310210", "Urea, technical, for piste hardening, 25 kg bags", "import", ["road"], ["CH", "AT"], (0.6, 1.0), (5000, 12000), ["CHF", "EUR"], 0.04, S),
    ("280920", "Phosphoric acid pH-down for hydroponics, 1 l", "import", ["express"], ["NO", "US"], (10, 20), (1, 4), ["NOK", "USD"], 1, S),
    ("340290", "Tile and grout cleaner, sulphamic acid, 1 l", "import", ["sea"], ["AL", "TR"], (1.5, 2.5), (8000, 14000), ["EUR"], 1, S),
    ("291813", "Cream of tartar, food grade, 100 g jars", "import", ["express"], ["US"], (20, 35), (1, 3), ["USD"], 10, S),
    ("283699", "Pond oxygenator granules (sodium percarbonate), 2.5 kg", "import", ["post"], ["GB"], (8, 14), (2, 4), ["GBP"], 0.4, S),
    ("310540", "Monoammonium phosphate fertiliser, 25 kg bags", "import", ["rail"], ["UA", "CN"], (0.7, 0.9), (20000, 26000), ["USD"], 0.04, S),
    ("852859", "Computer monitors, LCD, new", "export", ["sea"], ["GH", "NG"], (8, 14), (4000, 9000), ["EUR"], 0.2, S),
    ("681182", "Fibre-cement roof sheets, new, asbestos-free (NT)", "export", ["sea"], ["SN", "CI"], (0.4, 0.8), (15000, 22000), ["EUR"], 0.05, S),
    ("281700", "Zinc oxide, pharmaceutical grade, 25 kg bags", "export", ["sea"], ["VN", "IN"], (2.5, 4), (10000, 20000), ["EUR"], None, S),
    ("282739", "Ferric chloride solution 40 %, for water treatment, IBC", "export", ["sea"], ["TN", "MA"], (0.3, 0.5), (15000, 24000), ["EUR"], None, S),
    ("250410", "Natural flake graphite, 94 % C, big bags", "import", ["sea"], ["MZ", "BR"], (0.8, 1.4), (15000, 24000), ["USD"], None, S),
    ("842123", "Oil filters for trucks, new, boxed", "export", ["road"], ["MK", "RS"], (8, 14), (2000, 6000), ["EUR"], 0.5, S),
    ("262190", "Coal fly ash for concrete, EN 450 certified", "export", ["rail"], ["RS"], (0.01, 0.03), (60000, 150000), ["EUR"], None, S),
    ("850440", "UPS units, new, boxed, with batteries", "export", ["sea"], ["TZ", "KE"], (10, 18), (3000, 8000), ["EUR"], 0.05, S),
    ("940360", "Household furniture, new, flat-packed", "export", ["sea"], ["CD", "CM"], (3, 5), (4000, 9000), ["EUR"], 0.05, S),
    ("381400", "Electronic contact cleaner, isopropanol, 400 ml", "import", ["express"], ["TH", "US"], (15, 25), (1, 4), ["USD"], 3, S),
    ("271019", "Steering-gear hydraulic oil, mineral, 209 l drums", "import", ["sea"], ["TR", "KR"], (2, 3), (8000, 16000), ["USD"], None, S),
    ("870829", "Classic-car chrome trim and body parts, reproduction", "import", ["sea"], ["US"], (8, 14), (500, 2000), ["USD"], 0.2, S),
    ("701399", "Decorative glass bottles, antique style, empty", "import", ["post"], ["US"], (20, 40), (1, 3), ["USD"], 3, S),
    ("290312", "Dichloromethane, pharmaceutical grade, drums", "import", ["sea"], ["IN", "CN"], (0.6, 1.0), (12000, 20000), ["USD"], None, S),
    ("392690", "Boat air-horn handsets, without refill", "import", ["express"], ["CN"], (15, 30), (1, 4), ["USD"], 4, S),
    ("290219", "Cyclopentane, foaming grade, drums", "import", ["rail", "sea"], ["CN"], (1.2, 1.8), (10000, 16000), ["USD"], None, S),
    ("381400", "Freeze spray for gum removal, HFC-free CO2, 500 ml", "import", ["air"], ["US", "GB"], (8, 14), (200, 800), ["USD", "GBP"], 2, S),
    ("691390", "Reproduction Tang-style ceramic horses, new", "import", ["rail", "sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("680299", "Marble and stone carvings, new, Patan workshops", "import", ["sea"], ["NP", "IN"], (1, 2), (4000, 10000), ["USD"], 0.02, S),
    ("940529", "Alabaster table lamps, new, wired", "import", ["express"], ["OM", "EG"], (20, 40), (2, 4), ["USD"], 0.3, S),
    ("491191", "Icon prints on board, new, for souvenir shops", "export", ["air"], ["US", "CA"], (20, 40), (200, 800), ["EUR"], 2, S),
    ("690740", "Hand-painted azulejo tiles, new", "export", ["sea"], ["BR"], (2, 4), (4000, 10000), ["EUR"], 4, S),
    ("510539", "Alpaca wool tops, new", "import", ["sea"], ["PE", "BO"], (20, 35), (2000, 6000), ["USD"], None, S),
    ("847330", "FPGA evaluation kits, entry level, for schools", "export", ["express"], ["NO", "CH"], (200, 400), (1, 4), ["EUR"], 2, S),
    ("850440", "Variable-speed drives, 50 Hz motors, new", "export", ["sea"], ["AE", "EG"], (25, 40), (2000, 6000), ["EUR"], 0.05, S),
    ("902620", "Tyre-pressure gauges, digital, retail", "export", ["road"], ["TR", "RS"], (30, 50), (300, 1000), ["EUR"], 10, S),
    ("440122", "Sandalwood incense chips, plantation-grown (Santalum album), 100 g", "import", ["post"], ["AU", "IN"], (80, 150), (1, 2), ["USD"], 10, S),
    ("440799", "Pau ferro (Libidibia ferrea) guitar back-and-side sets", "import", ["express"], ["BR", "BO"], (40, 80), (2, 4), ["USD"], 0.4, S),
    ("950790", "Synthetic fly-tying materials (flash, dubbing), 1 packet", "import", ["post"], ["US", "GB"], (100, 200), (1, 2), ["USD", "GBP"], 10, S),
    ("392690", "Resin conch-shell ornaments, decorative", "import", ["sea"], ["CN", "PH"], (3, 6), (2000, 6000), ["USD"], 2, S),
]
# Everyday trade: blind64's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind52's
# five rows and three of blind58's), with four rows of its own instead of blind64's (and blind68's) four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("821520", "Stainless-steel cutlery sets, boxed", "import", ["sea"], ["CN", "VN"], (4, 7), (3000, 8000), ["USD"], 0.5, N),
        ("650610", "Bicycle helmets, EN 1078", "import", ["sea"], ["CN", "TW"], (10, 16), (1000, 4000), ["USD"], 3, N),
        ("940521", "LED desk lamps, with LED light sources", "import", ["sea", "rail"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.8, N),
        ("611595", "Cotton socks, retail packs", "import", ["sea", "road"], ["TR", "PK"], (6, 10), (2000, 6000), ["USD", "EUR"], 12, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind70", 20371101, HERE)


if __name__ == "__main__":
    main()
