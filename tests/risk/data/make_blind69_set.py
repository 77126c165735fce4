#!/usr/bin/env python3
"""Writes the sixty-ninth blind set (tests/risk/data/blind68-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2037, with goods, routes,
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
declaration would. Ids are BL69-*:

    python3 tests/risk/data/make_blind69_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BGROAD01", "road", "TR", [], "BG", "380894",
         "Yumurta yıkama dezenfektanı, kümes hayvanı çiftlikleri için, 4 x 25 kg bidon", "TR", 110, 4, 140, "EUR",
         "egg-washing sanitisers for poultry farms are dilute peracetic or chlorine products at a few per cent; these "
         "four 25 kg carboys weigh 1.20 kg/l, have vented caps, bleach the skin white and the carboy labels read "
         "'H2O2 %50': hydrogen peroxide (Annex I to Regulation 2019/1148 above 12 %), brought by van from Edirne for "
         "a private person in Haskovo who keeps no hens; Turkish wording (hydrogen peroxide repeats in many sets; an "
         "egg-washing cover by road from Turkey is new as far as a search found)", person("Частно лице", "BG")),
        ("PRE-02", "import", "NLAIR01", "air", "CN", [], "NL", "291899",
         "Strawberry aldehyde (ethyl methylphenylglycidate), flavour ingredient, 40 x 25 kg", "CN", 1000, 40, 26000, "USD",
         "strawberry aldehyde is a lawful flavour ester, bought by flavour houses in small drums; this tonne goes to a "
         "Venlo 'flavour' firm with no food customers, the lab sheet gives methyl 2-methyl-3-phenylglycidate and the "
         "price is four times the flavour grade's: BMK methyl glycidate, a Category 1 drug precursor (Regulation "
         "273/2004 and 111/2005 as amended in 2020) imported without licence under the name of its flavour twin; "
         "English wording (BMK glycidates do not appear in any earlier set as far as a search found)",
         firm("Aroma Maas Venlo BV", "NL")),
        ("PRE-03", "export", "BESEA01", "sea", "BE", [], "PK", "291521",
         "Glacial acetic acid 99.8 %, 80 IBC", "BE", 80000, 80, 68000, "EUR",
         "glacial acetic acid is a bulk commodity; these IBCs fume strongly in moist air, have no UN 2789 labels "
         "but UN 1715 on the inner placards, and the buyer is a Karachi 'textile auxiliaries' trader that forwards "
         "by road to Kandahar: acetic anhydride, a Category 2 drug precursor for heroin, exported without the "
         "export authorisation of Regulation 111/2005; English wording (acetic anhydride does not appear in any "
         "earlier set as far as a search found)", {"importer_country": "PK"}),
        ("PRE-04", "import", "ATPOST01", "post", "CH", [], "AT", "310210",
         "Pistenhärter Harnstoff für Langlaufloipe, 2 x 10 kg", "CH", 20, 2, 50, "CHF",
         "ski slopes are hardened with snow cement bought by the lift company by the tonne; these two sacks for a "
         "private person in Lienz hold white prills that cake, go ice-cold in water and flare on a hot plate, and "
         "the sack print reads 'NH4NO3, N 34 %': ammonium nitrate (Annex I at 16 % N or more) posted to a member of "
         "the public as urea; Swiss German wording (ammonium nitrate repeats in many sets and snow-hardener covers in "
         "a few; urea for a private cross-country trail by post is new as far as a search found)",
         person("Privatperson", "AT")),
        ("PRE-05", "import", "CZPOST01", "post", "PL", [], "CZ", "382499",
         "Prášek na zatmelení šperků (dentální zatmelovací hmota), 3 x 1 kg", "PL", 3, 3, 30, "EUR",
         "jewellers' investment powder is grey gypsum and silica that sets with water; these three bags hold white "
         "crystals that will not set, flare violet on a hot plate, and carry CAS 3811-04-9: potassium chlorate "
         "(Annex I above 40 %), posted from Wrocław to a private person in Ostrava; Czech wording (potassium chlorate "
         "repeats in many sets; a casting-investment cover is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("PRE-06", "import", "FRAIR01", "express", "US", [], "FR", "381400",
         "Nettoyant pour résine d'impression 3D, 4 x 1 gal", "US", 17, 4, 140, "USD",
         "3D-print resin cleaners are isopropanol-based at 0.79 kg/l; these four gallons weigh 1.14 kg/l, smell "
         "fruity, do not dissolve uncured resin and the inner bottles read 'nitromethane': nitromethane (Annex I "
         "above 16 %), sent by express from Ohio to a private person in Lyon; French wording (nitromethane repeats in "
         "many sets; a resin-cleaner cover is new as far as a search found)", person("M. J. Lefèvre", "FR")),
        ("PRE-07", "import", "SEPOST01", "post", "FI", [], "SE", "470329",
         "Blekningsprov för pappersmassa, hobbypapper, 5 x 1 kg", "FI", 5, 5, 40, "EUR",
         "hand-papermakers buy bleached pulp sheets, not the bleach; these five bags hold white crystals of sodium "
         "chlorate (CAS 7775-09-9, Annex I above 40 %), declared under the pulp heading and posted from Turku to a "
         "private person in Umeå; Swedish wording (sodium chlorate repeats in many sets and pulp-bleach covers in a "
         "few; hobby papermaking from Finland by post is new as far as a search found)", person("Privatperson", "SE")),
        ("PRE-08", "import", "HUAIR01", "express", "UA", [], "HU", "382499",
         "Наповнювач для холодових компресів, 10 x 2 кг", "UA", 20, 10, 60, "EUR",
         "instant cold packs are sold sealed, with a few hundred grams inside; these ten 2 kg bags of loose refill "
         "prills for a private person in Debrecen, labelled 'аміачна селітра', are ammonium nitrate (Annex I at 16 % "
         "N or more) made available to a member of the public; Ukrainian wording (cold-pack fillings repeat in a few "
         "sets; refills by express from Ukraine are new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-09", "import", "ITAIR01", "express", "GB", [], "IT", "382499",
         "Polvere marcatrice per granate da softair, 2 x 1 kg", "GB", 2, 2, 50, "GBP",
         "airsoft marking powder is chalk or cornflour in a few grams per grenade; these two 1 kg tins of fine "
         "grey-white powder for a private person in Bologna burn violently and carry CAS 7778-74-7 on the inner "
         "bags: potassium perchlorate (Annex I above 40 %), made available to a member of the public under a "
         "softair name; Italian wording (airsoft covers repeat in a few sets; a marking-powder wording is new as far "
         "as a search found)", person("Privato", "IT")),
        ("PRE-10", "import", "ESSEA01", "sea", "MA", [], "ES", "283429",
         "Nitrato de calcio para hidroponía, 20 t", "MA", 20000, 800, 5200, "EUR",
         "calcium nitrate for hydroponics is a free-flowing granule sold to farms; these sacks for a newly "
         "registered Algeciras 'hydroponics' firm with no greenhouse client hold prills that the lab finds to be "
         "ammonium nitrate of 34 % N, sold on in 25 kg bags to private buyers: Annex I ammonium nitrate made "
         "available to the public under an Annex II name; Spanish wording (ammonium nitrate under a fertiliser name "
         "repeats in many sets; calcium nitrate from Morocco by sea is new as far as a search found)",
         firm("Hidrocultivos del Estrecho SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "CN", "262030",
         "Kupferkonzentrat, 200 Big Bags", "DE", 160000, 200, 640000, "EUR",
         "copper concentrate is mined sulphide ore; these big bags hold shredded green circuit boards with solder, "
         "capacitors and brominated resin: waste printed circuit boards (A1180), exported for recovery to a country "
         "that bans their import, declared as ore; German wording (shredded boards repeat in a few sets; a copper "
         "concentrate heading from Hamburg is new as far as a search found)", {"importer_country": "CN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GM", "870390",
         "Donated ambulances, 6 vehicles, for rural clinics", "NL", 18000, 6, 6000, "EUR",
         "donated ambulances go with papers showing they run; these six have no engines in two, leaking gearboxes "
         "and stripped interiors, sold for parts to a Banjul scrapyard: end-of-life vehicles containing fluids "
         "(16 01 04*), exported to a non-OECD country where Basel and the EU waste shipment rules ban it; English "
         "wording (end-of-life vehicles repeat in many sets; an ambulance-donation cover appears once; the Gambian "
         "route is new as far as a search found)", {"importer_country": "GM"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "NG", "950490",
         "Vintage arcade cabinets, working, 40 units", "BE", 4800, 40, 8000, "EUR",
         "restored arcade cabinets sell for thousands each; these forty are gutted shells holding loose CRT tubes "
         "with cracked necks and no boards, at 200 EUR each, for an Ikeja 'gaming' trader: waste CRTs (A1180, 16 02 "
         "13*), exported to Nigeria where Basel forbids it; English wording (arcade cabinets appear in a couple of "
         "sets; the row is kept for its Lagos route)", {"importer_country": "NG"}),
        ("WST-04", "export", "HRROAD01", "road", "SI", ["HR"], "RS", "381400",
         "Regenerirani razrjeđivač, 24 IBC", "SI", 24000, 24, 2400, "EUR",
         "recovered thinners are clear and sold with a distillation certificate; these IBCs hold dark, layered "
         "liquid with paint sludge at the bottom, from a car-body shop, at 0.10 EUR/kg: spent halogen-free "
         "solvents and paint sludge (08 01 11*, 14 06 03*), shipped to Serbia as product without notification; "
         "Croatian wording (spent solvents as recovered thinners repeat in many sets; the row is kept for its "
         "Slovene-Croatian road route to Serbia)", {"importer_country": "RS"}),
        ("WST-05", "export", "ROROAD01", "road", "RO", [], "MD", "681182",
         "Plăci ondulate de acoperiș, folosite, bune, 3.000 bucăți", "RO", 36000, 3000, 1500, "EUR",
         "second-hand fibre-cement sheets are asbestos-cement from the 1970s: these sheets are grey, brittle, "
         "broken at the corners and test positive for chrysotile: asbestos-containing construction waste (17 06 05*), "
         "exported for reuse to Moldova without notification; Romanian wording (asbestos sheets repeat in many sets; "
         "reuse roofing to Moldova is new as far as a search found)", {"importer_country": "MD"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "700100",
         "Glasbruch für Glaswolle, 22 t", "AT", 22000, None, 800, "EUR",
         "clean cullet is sorted container glass; this load is crushed fluorescent tubes with white phosphor powder "
         "and end caps, from a lamp collector: mercury-containing waste (20 01 21*), exported as cullet to Bosnia "
         "without notification; Austrian German wording (lamps and cullet repeat in many sets; the row is kept for "
         "its route to Bosnia)", {"importer_country": "BA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TR", "282110",
         "Ossido di ferro pigmento, big bag, 18 t", "IT", 18000, 18, 3600, "EUR",
         "iron-oxide pigment is a fine, dry, even powder; these bags hold damp grey-green filter cake smelling of "
         "acid and carrying nickel and chromium: galvanic sludge (11 01 09*), exported for disposal to Türkiye, "
         "where EU law forbids exporting hazardous waste for disposal outside EFTA; Italian wording (filter cakes "
         "repeat in a few sets; a pigment cover by sea to Izmir is new as far as a search found)",
         {"importer_country": "TR"}),
        ("WST-08", "export", "PLRAIL01", "rail", "PL", [], "IN", "380110",
         "Graphite powder, synthetic, for crucibles, 2 containers", "PL", 40000, 2, 36000, "USD",
         "synthetic graphite for crucibles is clean grey powder; this powder is black, smells of solvent and "
         "carries lithium, cobalt and nickel: lithium-ion battery black mass, hazardous waste, railed to a Gujarat "
         "'graphite' buyer without notification; English wording (black mass repeats in several sets; rail to India "
         "is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-09", "transit", "BESEA01", "sea", "IE", ["BE"], "GH", "630790",
         "Used hospital linen, washed, for reuse, 1 container", "IE", 12000, None, 1200, "EUR",
         "second-hand hospital linen is washed and baled; this container holds unwashed drapes in yellow bags with "
         "syringes and dressings among them: infectious clinical waste (18 01 03*), in transit through Antwerp to "
         "Tema, a shipment Basel and the EU forbid; English wording (hospital waste repeats in many sets; linen "
         "transiting Antwerp to Ghana is new as far as a search found)", {"importer_country": "GH"}),
        ("WST-10", "export", "FRROAD01", "road", "FR", ["ES"], "MA", "251310",
         "Pouzzolane pour ciment, 24 t", "FR", 24000, None, 1200, "EUR",
         "natural pozzolana is red or black volcanic ash; this is fine grey powder from an incinerator's gas "
         "cleaning, high in chloride and lead: air-pollution-control residues (19 01 07*), exported for use in "
         "cement to Morocco, a non-OECD country where Basel bans it; French wording (incinerator residues repeat in "
         "many sets; a pozzolana cover to Morocco is new as far as a search found)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("ODS-01", "import", "GBAIR01", "express", "US", [], "GB", "701090",
         "Antique blue glass bottles, Victorian, 6, for a collector", "US", 6, 6, 480, "USD",
         "antique bottles are empty; these six 'fire grenades' are sealed and full of a sweet-smelling heavy "
         "liquid, as many late-model grenades were: carbon tetrachloride, a controlled substance under the Montreal "
         "Protocol and UK ODS law, imported without licence by a private collector in York; English wording (fire "
         "grenades appear in one set; an antique-bottle cover by express is new as far as a search found)",
         person("Mr D. Clarke", "GB")),
        ("ODS-02", "import", "DEAIR01", "express", "CN", [], "DE", "340290",
         "Druckluftspray für Tastaturen, 48 Dosen", "CN", 19, 48, 90, "EUR",
         "keyboard dusters hold HFC-152a or HFO-1234ze; these 48 cans carry a Chinese inner label 'R-12' and the gas "
         "analyses as dichlorodifluoromethane: CFC-12 in cans, whose placing on the market and import are banned "
         "(Regulation 2024/590); German wording (duster cans repeat in a few sets; the row is kept for CFC-12)",
         person("Jonas Weber", "DE")),
        ("ODS-03", "import", "PLAIR01", "express", "IN", [], "PL", "381400",
         "Zmywacz topnika do płytek drukowanych, 12 x 500 ml", "IN", 8, 12, 80, "USD",
         "flux removers today are alcohol blends or HFE; these cans carry 'HCFC-141b 100 %' on the Indian label: an "
         "HCFC banned from the EU market, imported by express to a Gdańsk electronics repairer; Polish wording "
         "(HCFC-141b repeats in many sets; the flux-remover cover appears in two; the Indian route is new as far as "
         "a search found)", firm("Serwis Elektroniki Bałtyk Sp. z o.o.", "PL")),
        ("ODS-04", "export", "FRAIR01", "air", "FR", [], "NG", "842410",
         "Aircraft oxygen bottles, serviceable, 8, with tags", "FR", 90, 8, 16000, "EUR",
         "oxygen bottles are green and charged with oxygen; these eight red spheres with squibs are engine fire "
         "extinguisher bottles charged with halon 1301, sold outside the critical-use system to an Abuja "
         "maintenance firm: halon exported without an ODS licence (Regulation 2024/590); French wording (halon 1301 "
         "repeats in many sets; an oxygen-bottle cover is new as far as a search found)",
         {"importer_country": "NG"}),
        ("ODS-05", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "Sulfuryl fluoride for timber fumigation, 20 cylinders", "IL", 1000, 20, 8000, "USD",
         "sulfuryl fluoride cylinders are labelled Vikane or ProFume; these carry Hebrew stencils 'מתיל ברומיד' and "
         "a chloropicrin warning tag: methyl bromide for soil fumigation, banned in the EU since 2010 and under "
         "2024/590, for a Larnaca grower; English wording with Hebrew stencils (methyl bromide repeats in many sets and "
         "sulfuryl fluoride covers in a few; from Israel to Cyprus is new as far as a search found)",
         firm("Larnaca Agro Services Ltd", "CY")),
        ("ODS-06", "import", "GRSEA01", "sea", "EG", [], "GR", "841590",
         "Ανταλλακτικά κλιματιστικών: συμπιεστές, σωληνώσεις, φιάλες, 3 είδη", "EG", 2400, 3, 9000, "USD",
         "air-conditioner spares for a Piraeus installer: compressors and copper pipe are what installers buy, but "
         "the third item's 'nitrogen bottles' are 80 disposable cylinders of HCFC-22 (R-22), which may not be "
         "imported or placed on the market, hidden as the last item of a three-item declaration; Greek wording "
         "(HCFC-22 repeats in many sets; in Egyptian AC spares is new as far as a search found)",
         dict(firm("Klimatismos Pireas AE", "GR"),
              _more_items=[item("741121", "Copper pipe coils for air conditioning, 400 kg", "EG", 400, 3000, "USD", qty=80),
                           item("731100", "Nitrogen bottles for pressure testing, 80", "EG", 1080, 2000, "USD", qty=80)])),
        ("ODS-07", "import", "NLAIR01", "air", "US", [], "NL", "842410",
         "Clean-agent extinguishers for aircraft cabins, 40", "US", 80, 40, 6000, "USD",
         "cabin extinguishers today use halon 1211 only under critical-use licence or HFC/FK agents; these forty "
         "read 'Halotron I' on the inner label: HCFC-123 blend, an HCFC banned from the EU market, for a "
         "Rotterdam general-aviation dealer without a licence; English wording (HCFC-123 repeats in many sets; the "
         "row is kept for its cabin-extinguisher wording)", firm("Aero Delta Parts BV", "NL")),
        ("ODS-08", "import", "ESAIR01", "express", "MX", [], "ES", "381400",
         "Quitamanchas para tintorería, 6 x 1 l", "MX", 8, 6, 70, "USD",
         "dry cleaners' spotting agents are now glycol-ether blends; these six litres, heavy at 1.33 kg/l with a "
         "chloroform smell, are 1,1,1-trichloroethane (methyl chloroform), a controlled substance, posted by "
         "express to a Seville dry cleaner; Mexican Spanish wording (methyl chloroform repeats in a few sets; a "
         "spotting agent from Mexico is new as far as a search found)", firm("Tintorería Triana SL", "ES")),
        ("ODS-09", "import", "ITROAD01", "road", "CH", [], "IT", "842410",
         "Estintori d'epoca per auto storiche, 10, restaurati", "CH", 20, 10, 900, "CHF",
         "restored vintage car extinguishers are sold empty as show pieces; these ten are charged, and the brass "
         "tags read 'BCF': halon 1211, which may not be placed on the market outside critical uses, for a Turin "
         "classic-car dealer; Italian wording (halon 1211 repeats in very many sets; vintage car extinguishers from "
         "Switzerland are new as far as a search found)", firm("Auto d'Epoca Torino Srl", "IT")),
        ("ODS-10", "export", "BESEA01", "sea", "BE", [], "AE", "290379",
         "Precision cleaning solvent HFE, 40 drums", "BE", 12000, 40, 36000, "EUR",
         "HFE solvents are costly and shipped in small cans; these drums hold recovered CFC-113 from a dismantled "
         "degreasing plant, sold to a Jebel Ali trader: a CFC exported without an ODS licence (Regulation 2024/590); "
         "English wording (CFC-113 repeats in many sets; the row is kept for its Antwerp-Jebel Ali route)",
         {"importer_country": "AE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "TR", [], "AT", "780600",
         "Kurşun olta ağırlıkları, eski, 40 adet", "TR", 1.2, 40, 60, "EUR",
         "fishing weights are cast lead sinkers; these forty are flat discs stamped both sides with Greek "
         "inscriptions and crosses, patinated white: Byzantine lead seals (molybdoboulla), dug in Anatolia and "
         "posted to a private person in Graz without a Turkish export permit or the import licence of Regulation "
         "2019/880; Turkish wording (lead seals as fishing weights repeat in a few sets; the row is kept for its "
         "Turkish postal route to Austria)", person("Privatperson", "AT")),
        ("CUL-02", "import", "ITAIR01", "express", "ET", [], "IT", "490199",
         "Souvenir prayer scrolls, goatskin, 5", "ET", 1, 5, 75, "USD",
         "tourist prayer scrolls are new, brightly painted strips; these five are bound parchment books with Ge'ez "
         "text, worn wooden boards and a church's ownership note: Ethiopian Orthodox manuscripts, exported without "
         "the Ethiopian authority's permit and sent by express to a private person in Rome (UNESCO 1970); English "
         "wording (Ethiopian manuscripts repeat in several sets; the row is kept for its scroll cover)",
         person("Sig.ra L. Greco", "IT")),
        ("CUL-03", "import", "FRAIR01", "air", "AE", [], "FR", "680291",
         "Lampes en onyx, artisanat, 12", "YE", 60, 12, 900, "USD",
         "onyx lamps are new, thin-walled and drilled for wires; these twelve are solid alabaster heads and "
         "stelae with South Arabian script and eyes inlaid with shell: Sabaean funerary pieces from Yemen, flown "
         "through Dubai to a Paris dealer with no export or origin papers (UNESCO 1970, Regulation 2019/880); French "
         "wording (Yemeni antiquities repeat in many sets; an onyx-lamp cover is new as far as a search found)",
         firm("Galerie Orient Rivage SARL", "FR")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "740400",
         "Rottame di bronzo, 1 pezzo, 900 kg", "IT", 900, 1, 5400, "EUR",
         "bronze scrap is broken castings; this is one whole church bell dated 1692 with the founder's frieze and "
         "a saint in relief, sold by an abandoned parish and exported to a Ticino buyer without the export "
         "licence of Regulation 116/2009 or the Italian certificate; Italian wording (church bells repeat in a "
         "few sets, as scrap too; the row is kept for its route to Switzerland)", {"importer_country": "CH"}),
        ("CUL-05", "export", "FRAIR01", "express", "FR", [], "US", "491191",
         "Reproduction d'estampe décorative, encadrée, 1", "FR", 2, 1, 150, "EUR",
         "decorative prints are printed on modern paper; this is a red-chalk study on laid paper with a "
         "watermark and an 18th-century collector's mark, valued at 60,000 EUR by the New York buyer's insurer: an "
         "old-master drawing above the 15,000 EUR threshold exported without the licence of Regulation 116/2009; "
         "French wording (drawings appear once; a decorative-print cover by express is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "ESPOST01", "post", "PE", [], "ES", "630419",
         "Tapices de alpaca, hechos a mano, 3", "PE", 1.5, 3, 90, "USD",
         "alpaca wall hangings are new, soft and bright; these three are faded, brittle cotton and camelid "
         "fragments with embroidered figures and burial stains: Paracas and Chancay textiles, exported without "
         "the Peruvian Ministry of Culture's permit and posted to a private person in Madrid (UNESCO 1970); Spanish "
         "wording (Paracas textiles repeat in a few sets; the alpaca cover by post is new as far as a search found)",
         person("Sr. A. Martín", "ES")),
        ("CUL-07", "import", "DEAIR01", "express", "AM", [], "DE", "491110",
         "Kalenderblätter, gedruckt, 20", "AM", 0.4, 20, 40, "EUR",
         "printed calendar leaves are modern offset prints; these twenty are vellum leaves with hand-painted "
         "canon tables and Armenian bolorgir script, cut from one gospel: medieval manuscript leaves, exported "
         "from Armenia without a permit and sent to a private person in Leipzig (UNESCO 1970); German wording "
         "(Armenian manuscripts repeat in a few sets; a calendar cover is new as far as a search found)",
         person("Dr. M. Hoffmann", "DE")),
        ("CUL-08", "import", "NLSEA01", "sea", "CN", [], "NL", "681599",
         "Decorative stone eggs, garden, 24", "CN", 60, 24, 240, "USD",
         "polished stone eggs are smooth and even; these are rough, with eggshell texture and matrix: fossil "
         "dinosaur eggs (Hadrosaur and oviraptorid) whose export China bans, shipped to a Rotterdam garden "
         "dealer (UNESCO 1970 covers palaeontology); English wording (fossils repeat in many sets; garden stone "
         "eggs by sea are new as far as a search found)", firm("Tuinwereld Meridian BV", "NL")),
        ("CUL-09", "import", "BEAIR01", "air", "LB", [], "BE", "681019",
         "Carreaux de ciment libanais, neufs, 3 palettes", "LB", 1800, 3, 4500, "USD",
         "a cement-tile order for a Brussels interior shop: two pallets are new Beirut cement tiles, but the third "
         "holds panels of small stone tesserae set in lime with a Roman hunting scene: a mosaic lifted in Syria, "
         "whose import the EU bans (Regulation 36/2012, art. 11c), hidden as the last item of a three-item "
         "declaration; French wording (Syrian mosaics repeat in a few sets; as the third item of a tile order is "
         "new as far as a search found)",
         dict(firm("Maison Cèdre SA", "BE"),
              _more_items=[item("681019", "Carreaux de ciment, 20 x 20, neufs", "LB", 600, 1500, "USD", qty=1500),
                           item("681019", "Panneaux de mosaïque décorative, 4", "LB", 400, 500, "USD", qty=4)])),
        ("CUL-10", "import", "GBPOST01", "post", "AE", [], "GB", "711790",
         "Stone beads, assorted, handmade, 30", "IQ", 0.3, 30, 45, "USD",
         "handmade stone beads are round and new; these thirty are drilled cylinders of haematite and lapis "
         "carved with gods and cuneiform that roll out a scene: Mesopotamian cylinder seals, from Iraq through "
         "Dubai to a private person in London, whose import is banned by the Iraq sanctions order; English wording "
         "(cylinder seals repeat in a few sets; the bead cover by post is new as far as a search found)",
         person("Mr A. Rahman", "GB")),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, Indian cut, 420 ct", "IN", 0.1, 1, 620000, "USD",
         "Indian-cut polished diamonds travel with Kimberley and G7 origin papers; this parcel's grading reports "
         "show Yakutian rough, bought from a Dubai dealer with ALROSA invoices: diamonds of Russian origin, "
         "whose import is banned (Regulation 833/2014, art. 3p) even when cut in a third country; English wording "
         "(Russian diamonds repeat in a few sets; an Indian-cut claim via Dubai is new as far as a search found)",
         firm("Antwerp Facets BV", "BE")),
        ("STR-02", "import", "NLSEA01", "sea", "OM", [], "NL", "290511",
         "Methanol, Omani origin, 12,000 t", "OM", 12000000, None, 4200000, "USD",
         "Omani methanol is loaded at Sohar; this cargo's ship reports a ship-to-ship transfer off Khor Fakkan and "
         "the cargo's impurity profile matches Iranian plants: Iranian methanol, whose import the EU bans "
         "(Regulation 267/2012, petrochemicals), imported under an Omani origin claim; English wording (Iranian "
         "petrochemicals repeat in some sets; methanol by ship-to-ship transfer is new as far as a search found)",
         firm("Rotterdam Chemical Delta BV", "NL")),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "IR", "842240",
         "Hochdruck-Pasteurisieranlage für Säfte (HPP), 1", "DE", 28000, 1, 1400000, "EUR",
         "food HPP machines use 6,000 bar horizontal vessels; this press has a 400 mm bore hot isostatic chamber, "
         "furnace and argon system, for a Tehran 'juice' company: a hot isostatic press (dual-use 2B204, and "
         "Iran sanctions), exported without licence; German wording (isostatic presses repeat in a few sets and HPP "
         "covers in some; the row is kept for its direct Iranian route)", {"importer_country": "IR"}),
        ("STR-04", "export", "CZAIR01", "express", "CZ", [], "KG", "852589",
         "Baby monitors with night vision, 50", "CZ", 20, 50, 95000, "EUR",
         "baby monitors cost 100 EUR; these fifty 'monitors' at 1,900 EUR are uncooled 640 x 512 thermal cores "
         "with 12 µm pitch and drone mounts, for a Bishkek buyer forwarding to Russia: Annex VII goods to "
         "Regulation 833/2014 exported for diversion; Czech and English wording (thermal cores repeat in many sets; "
         "a baby-monitor cover is new as far as a search found)", {"importer_country": "KG"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "PK", "846390",
         "Tornio per cerchioni di ruote, 1", "IT", 18000, 1, 520000, "EUR",
         "wheel-rim spinning lathes are single-roller; this machine has three rollers, CNC control and a 600 mm "
         "mandrel: a flow-forming machine (dual-use 2B009/2B209) sent to a Lahore 'auto parts' firm linked to "
         "missile programmes, without licence; Italian wording (flow-forming machines repeat in a couple of sets; "
         "the wheel-rim cover is new as far as a search found)", {"importer_country": "PK"}),
        ("STR-06", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "903020",
         "Oszilloskope, gebraucht, für Schulen, 30", "AT", 300, 30, 240000, "EUR",
         "used school oscilloscopes fetch 200 EUR each; these thirty are 8 GHz real-time units at 8,000 EUR for a "
         "Tbilisi 'education' trader whose freight moves on to Russia: Annex VII goods to Regulation 833/2014 "
         "exported for diversion; Austrian German wording (oscilloscopes repeat in several sets; a used school "
         "cover by road to Georgia is new as far as a search found)", {"importer_country": "GE"}),
        ("STR-07", "import", "LTROAD01", "road", "LV", [], "LT", "440131",
         "Medžio granulės, Latvijos kilmės, 24 t", "LV", 24000, None, 4800, "EUR",
         "Latvian wood pellets come with a Latvian mill's ENplus number; these bags carry a Belarusian mill code "
         "under the sticker and the truck's CMR starts in Vitebsk: Belarusian wood products, whose import is "
         "banned (Regulation 765/2006), relabelled as Latvian; Lithuanian wording (Belarusian pellets repeat in a "
         "few sets; a Latvian relabelling is new as far as a search found)", firm("Kuras Baltija UAB", "LT")),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU"], "KZ", "850152",
         "Silniki do maszyn do szycia, przemysłowe, 600 szt.", "PL", 1200, 600, 310000, "EUR",
         "industrial sewing-machine motors cost 80 EUR; these 600 are brushless servo motors with encoders and "
         "drone-grade controllers at 500 EUR each, to an Almaty firm: Annex XXIII goods to Regulation 833/2014 "
         "driven through Russia and destined for it, exported without licence; Polish wording (servo motors repeat "
         "in a few sets; the sewing-motor cover is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "import", "ATAIR01", "express", "TR", [], "AT", "711319",
         "Altın takı, Türk işi, 3 kg", "TR", 3, 60, 190000, "EUR",
         "Turkish gold jewellery carries an Istanbul assay mark; these chains have Russian 585 hallmarks filed "
         "down and a Moscow refinery's bar stamp on the melt certificate: gold jewellery of Russian origin, "
         "whose import is banned (Regulation 833/2014, art. 3o), sent by express to a Vienna jeweller; Turkish "
         "wording (Russian gold repeats in some sets; jewellery via Istanbul by express is new as far as a search "
         "found)", firm("Goldschmiede Meridian GmbH", "AT")),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "AM", "851762",
         "Ham radio transceivers and accessories, 3 items", "NL", 90, 3, 196000, "EUR",
         "an amateur radio order for a Yerevan club: transceivers and antennas are what clubs buy, but the third "
         "item is 40 broadband GaN RF power amplifiers at 4,000 EUR each, for drone jammers, for a buyer that "
         "forwards to Moscow: Annex XXIII goods to Regulation 833/2014 hidden as the last item of a three-item "
         "declaration; English wording (RF amplifiers repeat in a few sets; the ham-radio cover is new as far as a "
         "search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("852990", "HF antennas, 10", "NL", 30, 2000, "EUR", qty=10),
                           item("854370", "RF power amplifiers, 20-6000 MHz, 40", "CN", 40, 160000, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKAIR01", "express", "CA", [], "DK", "960190",
         "Resin replica tusk, 1.8 m", "CA", 8, 1, 400, "USD",
         "resin replicas are light and hollow; this 8 kg spiral tusk is solid ivory with a pulp cavity: a narwhal "
         "tusk (Monodon monoceros, CITES App. II), sent from Nunavut by express to a Copenhagen private person "
         "without export or import permits; English wording (narwhal tusks repeat in a few sets; the replica cover "
         "by express is new as far as a search found)", person("Lars Nielsen", "DK")),
        ("WLF-02", "import", "FRAIR01", "air", "GP", [], "FR", "050800",
         "Coquillages décoratifs en plastique, 200", "DM", 150, 200, 300, "EUR",
         "plastic shells are light and seamless; these 200 are heavy pink-lipped shells with knock holes: queen "
         "conch (Aliger gigas, CITES App. II) from Dominica, flown through Guadeloupe to a Paris decorator without "
         "a CITES permit; French wording (queen conch repeats in several sets; the plastic cover is new as "
         "far as a search found)", firm("Déco Marine Rivage SARL", "FR")),
        ("WLF-03", "import", "BESEA01", "sea", "LA", [], "BE", "440929",
         "Parquet en acacia, 40 m³", "LA", 30000, None, 34000, "USD",
         "acacia flooring is pale yellow-brown; these boards are deep purple-red with black streaks and smell of "
         "roses when cut: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II), shipped from Laos without "
         "export permits to an Antwerp flooring firm; French wording (Dalbergia repeats in many sets; an acacia "
         "flooring cover from Laos is new as far as a search found)", firm("Parquets Escaut SA", "BE")),
        ("WLF-04", "transit", "PTSEA01", "sea", "GW", ["PT"], "CN", "440349",
         "Teca em toros, 20 contentores", "GW", 500000, None, 250000, "USD",
         "teak is golden-brown and oily; these red logs bleed red sap and carry no forest marks: kosso "
         "(Pterocarpus erinaceus, CITES App. II, under a suspension for Guinea-Bissau) in transit through Lisbon "
         "to China; Portuguese wording (kosso repeats in a few sets; transit through Lisbon is new as far as a "
         "search found)", {"importer_country": "CN"}),
        ("WLF-05", "import", "DEAIR01", "express", "MX", [], "DE", "010690",
         "Aquariensalamander, Nachzucht, 20", "MX", 4, 20, 200, "USD",
         "captive-bred axolotls are pink or white leucistic and cheap; these twenty are dark, wild-coloured "
         "mole salamanders with lake water: wild axolotls (Ambystoma mexicanum, CITES App. II) from Xochimilco, "
         "sent by express without a CITES permit to a private person in Cologne; German wording (axolotls appear in "
         "a couple of sets; the row is kept for its express route from Mexico)", person("Herr P. Schneider", "DE")),
        ("WLF-06", "import", "ITAIR01", "air", "LK", [], "IT", "121229",
         "Alghe secche per zuppa, 300 kg", "LK", 300, None, 9000, "USD",
         "dried seaweed is green and flaky; these are brown, fringed, comb-like gill plates at 30 USD/kg: manta "
         "and devil ray gill plates (Mobulidae, CITES App. II), flown from Colombo without a permit for a Milan "
         "Asian wholesaler; Italian wording (gill plates repeat in several sets; a seaweed cover from Sri Lanka is "
         "new as far as a search found)", firm("Orientale Alimenti Srl", "IT")),
        ("WLF-07", "import", "PLPOST01", "post", "VN", [], "PL", "130219",
         "Viên thảo dược bổ gan, 20 hộp", "VN", 2, 20, 100, "USD",
         "herbal liver capsules hold plant powder; these capsules hold yellow-green bitter powder that tests "
         "positive for ursodeoxycholic acid and the box reads 'mật gấu': bear bile (Ursus thibetanus, CITES App. I), "
         "posted from Hanoi to a private person in Warsaw; Vietnamese wording (bear bile repeats in a few sets; a "
         "liver-capsule cover by post to Poland is new as far as a search found)", person("Nguyen Van Minh", "PL")),
        ("WLF-08", "import", "CZAIR01", "air", "ID", [], "CZ", "010619",
         "Plyšové hračky, 12 kusů", "ID", 5, 12, 120, "USD",
         "plush toys do not move; these twelve boxes hold small, large-eyed primates drugged and wrapped in cloth: "
         "slow lorises (Nycticebus spp., CITES App. I), flown from Jakarta in cargo for a Prague pet dealer; Czech "
         "wording (slow lorises repeat in a few sets; a plush-toy cover is new as far as a search found)",
         firm("Exotika Vega s.r.o.", "CZ")),
        ("WLF-09", "import", "GBAIR01", "air", "ZA", [], "GB", "060290",
         "Palm seedlings and succulents, nursery stock, 3 items", "ZA", 120, 3, 3400, "USD",
         "a nursery order for a Kent garden centre: palms and aloes are what garden centres buy, but the third item "
         "is eight wild-dug cycad stems with cut roots and no nursery tags: Encephalartos spp. (CITES App. I), "
         "hidden as the last item of a three-item declaration; English wording (cycads repeat in a few sets; as the "
         "third item of a nursery order is new as far as a search found)",
         dict(firm("Weald Garden Supplies Ltd", "GB"),
              _more_items=[item("060290", "Aloe ferox seedlings, nursery grown, 200", "ZA", 40, 400, "USD", qty=200),
                           item("060290", "Palm stems, bare-rooted, 8", "ZA", 60, 2400, "USD", qty=8)])),
        ("WLF-10", "export", "FRAIR01", "air", "FR", [], "HK", "030119",
         "Alevins de poissons d'aquarium, 40 caisses", "FR", 400, 40, 9000, "EUR",
         "aquarium fry travel in small bags of a few hundred; these forty boxes hold 400 kg of transparent "
         "elvers: glass eels (Anguilla anguilla, CITES App. II, whose export from the EU has been banned since "
         "2010), flown from Nantes to Hong Kong; French wording (glass eels repeat in several sets; an aquarium fry "
         "cover from Nantes is new as far as a search found)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BGROAD01", "road", "TR", "BG", "284700",
     "Hydrogen peroxide 50 %, 4 x 25 kg, for a licensed private user", "TR", 110, 4, 160, "EUR",
     [("PRECURSOR_LICENCE", "BG-MVR-37-0133")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "express", "PL", "CZ", "282919",
     "Potassium chlorate, 1 kg, for a licensed private user (pyrotechnic hobbyist)", "PL", 1, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "CZ-MPO-37-0058")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854912",
     "Waste printed circuit boards (A1180), shredded, for precious-metal recovery at a licensed smelter, 40 t",
     "DE", 40000, None, 120000, "EUR",
     [("BASEL_CONSENT", "DE-UBA-37-0871")], "notified circuit-board waste to a licensed smelter in an OECD country"),
    ("PRM-04", "waste", "import", "NLROAD01", "road", "BE", "NL", "262099",
     "Lithium-ion battery black mass, 20 t, for hydrometallurgical recovery at a licensed plant", "BE", 20000, None,
     60000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-37-0412")], "notified black mass to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "GBAIR01", "air", "US", "GB", "290314",
     "Carbon tetrachloride, reagent grade, 4 x 1 l, for licensed laboratory use", "US", 6.4, 4, 220, "USD",
     [("ODS_LICENCE", "GB-EA-ODS-37-011")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "842410",
     "Halon 1301 aircraft engine fire bottles, 6, recharged, for critical use on registered aircraft", "US", 70, 6,
     14000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-37-009")], "halon for a critical use under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970121",
     "Old-master red-chalk drawing, 18th century, from a collection documented since 1954", "FR", 3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-37-0291")], "drawing exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Bronze church bell, dated 1692, deconsecrated, sold with the diocese's consent", "IT", 900, 1, 28000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-EXP-37-0530")], "antique exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "express", "CZ", "NO", "852589",
     "Thermal imaging cores, 640 x 512, 10, for a Norwegian search-and-rescue drone maker", "CZ", 3, 10, 19000, "EUR",
     [("EXPORT_LICENCE", "CZ-LS-37-0712"), ("END_USER_CERTIFICATE", "NO-EUC-37-0118")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "846390",
     "Flow-forming machine, 3-roller CNC, 1, for a named Indian automotive wheel maker", "IT", 18000, 1, 520000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-37-0611"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-37-0033")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "MG", "BE", "440929",
     "Dalbergia flooring, from a CITES-registered stockpile, 10 m³", "MG", 8000, None, 30000, "USD",
     [("CITES_PERMIT", "MG-MEDD-37-0044")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "010690",
     "Axolotls (Ambystoma mexicanum), captive bred, 30", "MX", 6, 30, 450, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-37-0219")], "App. II amphibians, captive bred, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Г-н Д. Иванов", "PRM-02": "Ing. P. Novák", "PRM-05": "Yorkshire Analytical Ltd",
    "PRM-07": "Galerie Horizon SARL", "PRM-09": "Nordlys Droner AS", "PRM-11": "Parquets Escaut SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("380894", "Peracetic-acid egg-wash sanitiser, 5 %, 20 l drums", "import", ["road"], ["TR", "NL"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("330290", "Strawberry flavour compound for bakery, 5 kg pails", "import", ["sea"], ["CN", "IN"], (6, 12), (2000, 6000), ["USD"], 0.2, S),
    ("291521", "Glacial acetic acid, food grade, IBC", "export", ["sea"], ["EG", "ZA"], (0.6, 1.0), (20000, 26000), ["EUR"], None, S),
    ("310210", "Urea snow-hardener for ski slopes, 25 kg sacks", "import", ["road"], ["CH", "DE"], (0.5, 0.9), (10000, 20000), ["EUR", "CHF"], 0.04, S),
    ("382499", "Jewellers' casting investment powder, 2 kg", "import", ["post"], ["PL", "DE"], (8, 15), (2, 4), ["EUR"], 0.5, S),
    ("381400", "3D-print resin cleaner, isopropanol-based, 1 l", "import", ["express"], ["US", "CN"], (10, 20), (1, 4), ["USD"], 1, S),
    ("470329", "Bleached softwood pulp sheets for hand papermaking", "import", ["post"], ["FI"], (10, 20), (1, 3), ["EUR"], None, S),
    ("382499", "Instant cold packs, sealed, single use", "import", ["express"], ["UA", "CN"], (8, 14), (1, 4), ["EUR", "USD"], 5, S),
    ("950490", "Airsoft accessories: empty grenade shells, BBs", "import", ["express"], ["GB", "TW"], (30, 60), (1, 3), ["GBP", "USD"], 5, S),
    ("283429", "Calcium nitrate for hydroponics, 25 kg bags", "import", ["sea"], ["NO", "MA"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.04, S),
    ("262030", "Copper concentrate, sulphide, bulk", "import", ["sea"], ["CL", "PE"], (2, 3), (20000, 26000), ["USD"], None, S),
    ("870321", "Used ambulances, roadworthy, with inspection certificates", "export", ["sea"], ["GM", "SN"], (1, 2), (3000, 9000), ["EUR"], 0.0003, S),
    ("950490", "Arcade cabinets, new, LCD screens", "export", ["sea"], ["NG", "GH"], (6, 10), (2000, 6000), ["EUR"], 0.01, S),
    ("381400", "Paint thinners, new, 5 l cans", "export", ["road"], ["RS", "BA"], (1.5, 3), (8000, 16000), ["EUR"], 0.2, S),
    ("681182", "Fibre-cement corrugated roofing sheets, new, asbestos-free", "export", ["road"], ["MD", "UA"], (0.3, 0.6), (18000, 24000), ["EUR"], 0.05, S),
    ("700100", "Sorted container-glass cullet, clean", "export", ["road"], ["BA", "RS"], (0.03, 0.06), (20000, 24000), ["EUR"], None, S),
    ("282110", "Iron-oxide pigment, red, 25 kg bags", "export", ["sea"], ["TR", "EG"], (0.8, 1.5), (15000, 22000), ["EUR"], 0.04, S),
    ("380110", "Synthetic graphite powder for crucibles, new", "export", ["rail", "sea"], ["IN", "CN"], (1.5, 3), (10000, 20000), ["USD"], None, S),
    ("630790", "Disposable hospital drapes, new, sterile", "export", ["sea"], ["GH", "NG"], (4, 7), (3000, 8000), ["EUR"], 3, S),
    ("251310", "Natural pozzolana, volcanic, bulk", "import", ["sea"], ["IT", "GR"], (0.03, 0.06), (20000, 26000), ["EUR"], None, S),
    ("701090", "Reproduction Victorian glass bottles, empty", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 2, S),
    ("340290", "Keyboard duster, HFO-1234ze, 400 ml", "import", ["express"], ["CN", "US"], (15, 25), (1, 4), ["USD"], 2, S),
    ("381400", "Flux remover, isopropanol blend, 500 ml", "import", ["express"], ["IN", "US"], (12, 20), (1, 3), ["USD"], 2, S),
    ("630612", "Fumigation sheets, PVC-coated polyester, new", "import", ["sea"], ["IL", "CN"], (3, 6), (2000, 6000), ["USD"], 0.05, S),
    ("841590", "Air-conditioner spare parts, compressors and valves", "import", ["sea"], ["EG", "CN"], (3, 6), (3000, 8000), ["USD"], 0.1, S),
    ("842410", "FK-5-1-12 portable extinguishers, new", "import", ["air"], ["US"], (40, 70), (100, 400), ["USD"], 0.5, S),
    ("381400", "Dry-cleaning spotting agents, glycol-ether, 1 l", "import", ["express"], ["MX", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("842410", "Vintage car extinguishers, restored, empty, display", "import", ["post"], ["CH", "GB"], (40, 80), (1, 3), ["CHF", "GBP"], 0.5, S),
    ("780600", "Lead fishing sinkers, new, assorted", "import", ["post"], ["TR", "CN"], (10, 20), (1, 3), ["EUR", "USD"], 30, S),
    ("491199", "Printed prayer scrolls, souvenir, new", "import", ["express"], ["ET"], (40, 80), (1, 2), ["USD"], 5, S),
    ("680291", "Onyx table lamps, new, handmade", "import", ["sea"], ["PK", "MX"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("911190", "New bronze garden bells, cast", "export", ["road"], ["CH"], (10, 18), (200, 800), ["EUR"], 0.1, S),
    ("491191", "Decorative art prints, framed, new", "export", ["express"], ["US"], (50, 100), (1, 4), ["EUR"], 0.5, S),
    ("630419", "Alpaca wall hangings, new, handmade", "import", ["post"], ["PE", "BO"], (40, 80), (1, 2), ["USD"], 2, S),
    ("681019", "Cement tiles, new, Lebanese pattern", "import", ["sea"], ["LB", "MA"], (2, 4), (4000, 10000), ["USD", "EUR"], 4, S),
    ("711790", "Stone beads for jewellery making, new", "import", ["post"], ["IN", "CN"], (40, 80), (1, 2), ["USD"], 100, S),
    ("711311", "Silver jewellery, gold-plated, Istanbul assay marks", "import", ["express"], ["TR"], (300, 800), (1, 3), ["EUR"], 20, S),
    ("852589", "Baby monitors with night vision, consumer", "import", ["express"], ["CN"], (40, 70), (1, 4), ["USD"], 2, S),
    ("960190", "Resin replica narwhal tusks, decor", "import", ["post"], ["CA", "US"], (40, 80), (1, 3), ["USD"], 0.5, S),
    ("050800", "Farmed cockle and scallop shells, decorative", "import", ["sea"], ["PH", "VN"], (1, 2), (2000, 6000), ["USD"], None, S),
]
# Everyday trade: blind68's everyday rows unchanged (the same drop, replace and add lists as make_blind68_set.py:
# make_blind_set.EVERYDAY_2032 without the goods that travel with health or plant-health certificates, with wooden
# toys for electric scooters, EVERYDAY_2032_ADDED, blind52's five rows, three of blind58's and blind68's four).
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND68_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind69", 20370901, HERE)


if __name__ == "__main__":
    main()
