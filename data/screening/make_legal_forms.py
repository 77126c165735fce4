#!/usr/bin/env python3
"""Derives legal_forms.tsv from OpenSanctions' rigour org_types.yml (MIT).

Usage: python3 make_legal_forms.py ../../../shared/data/sanctions/name-resources/org_types.yml > legal_forms.tsv

Each alias becomes a row `alias<TAB>canonical`, where canonical is the
entry's `compare` form, else its `display`, else its `generic` tag. Aliases
that are also ordinary words or too short to tell apart from initials are
left out (the curated exclusions below); the matcher only recognises a legal
form at the start or end of a name, never in the middle. Legal forms the
source lacks are added from ADDED below (project-written, each with the law
or registry that defines it); a row of the source is never replaced.
`--check` lists the ADDED aliases the source already has.
"""
import sys
import yaml

# Ordinary words or initials that org_types.yml lists as legal forms but that
# would turn real name parts into low-weight tokens.
EXCLUDED = {"in", "se", "lt", "ll", "eg", "ek", "ev", "ku", "ro", "pr", "sd", "gp", "ed", "ug", "lc", "cooperation",
            "coopération", "charity", "limite", "un", "gu", "nu"}
SHORT_ALLOWED = {"ag", "kg", "sa", "ab", "as", "oy", "bv", "nv", "co", "ao", "sl", "kk", "sc", "sp", "tov", "ooo"}

# Legal forms of the languages declarations are written in that org_types.yml
# lacks: (alias, canonical, where the form is defined). Aliases are written
# the ways they appear in names; the matcher folds case, accents and dots
# ("S.L." and "SL" are one alias). Left out on purpose: Russian "ИП" and
# Korean "(주)" (they fold to "ip" and "ju", a Cantonese and a Korean
# surname), Brazilian "MEI" (the Chinese given name Mei), German "e.K."
# (folds to "ek", a Swedish surname), Greek "I.K.E." (folds to "ike", an Igbo
# surname) and Serbian "a.d." (folds to "ad", a Dutch given name): risk's
# party_kind reads those three with their dots. Romanian "SC" and "PFA" and
# Indonesian "UD" (a trade name, not a legal form) are left out too, and
# Estonian "OÜ" (folds to "ou", a Chinese surname, 歐 / 區: found after the
# held-out ordinary names were run, so that figure is no longer blind to it).
ADDED = [
    # Spain: Real Decreto Legislativo 1/2010, Ley de Sociedades de Capital (LSC) art. 6 and 13; Ley 27/1999 de
    # Cooperativas art. 1.3.
    ("S.L.", "SL", "ES LSC art. 6.2: 'Sociedad de Responsabilidad Limitada', 'Sociedad Limitada', 'S.R.L.' or 'S.L.'"),
    ("Sociedad Limitada", "SL", "ES LSC art. 6.2"),
    ("S.L.U.", "SLU", "ES LSC art. 13.2: a single-member company states 'unipersonal' (S.L.U.)"),
    ("Sociedad Limitada Unipersonal", "SLU", "ES LSC art. 13.2"),
    ("S.Coop.", "SCoop", "ES Ley 27/1999 art. 1.3: 'Sociedad Cooperativa' or 'S. Coop.'"),
    ("S. Coop.", "SCoop", "ES Ley 27/1999 art. 1.3"),
    # Mexico, Peru, Chile, Venezuela.
    ("S. de R.L.", "SRL", "MX Ley General de Sociedades Mercantiles art. 59: 'Sociedad de Responsabilidad Limitada' or "
                          "'S. de R.L.'"),
    ("S.A.C.", "SAC", "PE Ley 26887 General de Sociedades art. 235: 'Sociedad Anonima Cerrada' or 'S.A.C.'"),
    ("S.A.A.", "SAA", "PE Ley 26887 General de Sociedades art. 249: 'Sociedad Anonima Abierta' or 'S.A.A.'"),
    ("C.A.", "CA", "VE Codigo de Comercio art. 201: 'Compania Anonima' (C.A.)"),
    # Portugal and Brazil.
    ("Unipessoal Lda", "Ltd", "PT Codigo das Sociedades Comerciais art. 270-B: 'Sociedade Unipessoal' or 'Unipessoal'"),
    ("Unipessoal, Lda.", "Ltd", "PT Codigo das Sociedades Comerciais art. 270-B"),
    ("S/A", "SA", "BR Lei 6.404/1976 art. 3: 'companhia' or 'sociedade anonima', written S.A. or S/A"),
    ("ME", "ME", "BR Lei Complementar 123/2006 art. 72 (as enacted): 'Microempresa' or 'ME' added to the name"),
    ("Microempresa", "ME", "BR Lei Complementar 123/2006 art. 72"),
    ("EPP", "EPP", "BR Lei Complementar 123/2006 art. 72: 'Empresa de Pequeno Porte' or 'EPP'"),
    ("Empresa de Pequeno Porte", "EPP", "BR Lei Complementar 123/2006 art. 72"),
    # Italy, France, Switzerland, Morocco, Belgium, Canada, Austria, Germany.
    ("S.r.l.s.", "SRLS", "IT Codice civile art. 2463-bis: 'societa a responsabilita limitata semplificata'"),
    ("SASU", "SAS", "FR Code de commerce art. L227-1: societe par actions simplifiee unipersonnelle"),
    ("Sagl", "SRL", "CH Code des obligations art. 772: Sarl, in Italian 'societa a garanzia limitata' (Sagl)"),
    ("SARL AU", "SARL", "MA Loi 5-96 (SARL): SARL a associe unique"),
    ("SCRL", "COOP", "BE Code des societes (1999): societe cooperative a responsabilite limitee"),
    ("Ltée", "Ltd", "CA Canada Business Corporations Act s. 10(1): 'Limitee', 'Ltee'"),
    ("OG", "OG", "AT Unternehmensgesetzbuch s. 105: offene Gesellschaft, 'OG'"),
    ("e. K.", "eK", "DE Handelsgesetzbuch s. 19(1) no. 1: 'eingetragener Kaufmann', 'e.K.', 'e.Kfm.'"),
    # Poland: Kodeks spolek handlowych (KSH).
    ("Sp. j.", "SpJ", "PL KSH art. 24 s. 2: 'spolka jawna' or 'sp. j.'"),
    ("spółka jawna", "SpJ", "PL KSH art. 24 s. 2"),
    ("Sp. p.", "SpP", "PL KSH art. 90 s. 2: 'i partner(zy)' or 'spolka partnerska' or 'sp. p.'"),
    ("spółka partnerska", "SpP", "PL KSH art. 90 s. 2"),
    ("Sp. k.", "SpK", "PL KSH art. 104 s. 2: 'spolka komandytowa' or 'sp. k.'"),
    ("spółka komandytowa", "SpK", "PL KSH art. 104 s. 2"),
    ("S.K.A.", "SKA", "PL KSH art. 127 s. 2: 'spolka komandytowo-akcyjna' or 'S.K.A.'"),
    ("spółka komandytowo-akcyjna", "SKA", "PL KSH art. 127 s. 2"),
    ("P.S.A.", "PSA", "PL KSH arts. 300(1)-300(134): 'prosta spolka akcyjna' or 'P.S.A.'"),
    ("prosta spółka akcyjna", "PSA", "PL KSH arts. 300(1)-300(134)"),
    # Czech Republic and Slovakia, Hungary, Bulgaria, Croatia and Serbia, Greece.
    ("k.s.", "ks", "CZ Zakon 90/2012 o obchodnich korporacich; SK Obchodny zakonnik 513/1991: komanditni spolecnost"),
    ("Bt.", "Bt.", "HU Civil Code (Act V of 2013) Book 3: beteti tarsasag, 'bt.'"),
    ("EOOD", "ЕООД", "BG Targovski zakon (Commerce Act): ednolichno druzhestvo s ogranichena otgovornost"),
    ("d.d.", "dd", "HR Zakon o trgovackim drustvima: dionicko drustvo, 'd.d.'"),
    ("A.E.", "AE", "GR Law 4548/2018 (societes anonymes): anonymi etaireia, 'A.E.'"),
    ("Α.Ε.", "AE", "GR Law 4548/2018"),
    ("EPE", "EPE", "GR Law 3190/1955: etaireia periorismenis efthynis, E.P.E."),
    ("O.E.", "OE", "GR Law 4072/2012 arts. 249-270: omorrythmi etaireia, O.E."),
    ("Ο.Ε.", "OE", "GR Law 4072/2012 arts. 249-270"),
    ("E.E.", "EE", "GR Law 4072/2012 arts. 271-292: eterorrythmi etaireia, E.E."),
    ("Ε.Ε.", "EE", "GR Law 4072/2012 arts. 271-292"),
    # Kazakhstan, Vietnam, China, Japan.
    ("TOO", "TOO", "KZ Law on limited and additional liability partnerships (1998): tovarishchestvo s ogranichennoi otvetstvennostyu, 'TOO'"),
    ("TNHH", "TNHH", "VN Luat Doanh nghiep 59/2020/QH14 art. 38: 'cong ty trach nhiem huu han' or 'cong ty TNHH'"),
    ("Công ty TNHH", "TNHH", "VN Luat Doanh nghiep 59/2020/QH14 art. 38"),
    ("Công ty TNHH MTV", "TNHH", "VN Luat Doanh nghiep 59/2020/QH14 art. 38 and 74 (mot thanh vien: single member)"),
    ("Công ty CP", "JSC", "VN Luat Doanh nghiep 59/2020/QH14 art. 38: 'cong ty co phan' or 'cong ty CP'"),
    ("有限责任公司", "Ltd", "CN Company Law (2023) art. 7: '有限责任公司' or '有限公司' in the name"),
    ("股份公司", "JSC", "CN Company Law (2023) art. 7: '股份有限公司' or '股份公司' in the name"),
    ("Youxian Gongsi", "Ltd", "CN Company Law (2023) art. 7, in pinyin"),
    ("Youxian Zeren Gongsi", "Ltd", "CN Company Law (2023) art. 7, in pinyin"),
    ("Gufen Youxian Gongsi", "JSC", "CN Company Law (2023) art. 7, in pinyin"),
    ("K.K.", "JSC", "JP Companies Act art. 6(2): kabushiki kaisha"),
    ("Kabushiki Kaisha", "JSC", "JP Companies Act art. 6(2)"),
    ("Godo Kaisha", "GK", "JP Companies Act art. 6(2): godo kaisha"),
    ("Yugen Kaisha", "yk", "JP Act on Arrangement of Relevant Acts (2005) art. 3: tokurei yugen kaisha"),
    # Gulf, Egypt, Lebanon, Israel, Thailand, Indonesia, India, South Africa, the Nordic and Baltic states, Ireland.
    ("W.L.L.", "LLC", "BH Commercial Companies Law (Decree-Law 21/2001); QA Commercial Companies Law 11/2015: "
                      "'With Limited Liability'"),
    ("ذ.م.م.", "LLC", "AE Federal Decree-Law 32/2021 on Commercial Companies (limited liability company): ذات مسؤولية محدودة"),
    ("ذ.م.م", "LLC", "AE Federal Decree-Law 32/2021"),
    ("ش.ذ.م.م.", "LLC", "AE Federal Decree-Law 32/2021: شركة ذات مسؤولية محدودة"),
    ("ش.م.م.", "SARL", "OM Commercial Companies Law (Royal Decree 18/2019): limited liability company; EG Law 159/1981: "
                      "شركة مساهمة مصرية"),
    ("ش.م.ل.", "SAL", "LB Code de commerce (Decree-Law 304/1942): societe anonyme libanaise"),
    ("S.A.E.", "SAE", "EG Law 159/1981 (companies law): societe anonyme egyptienne"),
    ("S.A.L.", "SAL", "LB Code de commerce (Decree-Law 304/1942): societe anonyme libanaise"),
    ("จำกัด", "Ltd", "TH Civil and Commercial Code, Book I Title XXII: บริษัทจำกัด, limited company"),
    ("จำกัด (มหาชน)", "PLC", "TH Public Limited Companies Act B.E. 2535"),
    ("PT", "PT", "ID Law 40/2007 on Limited Liability Companies: 'Perseroan Terbatas' or 'PT'"),
    ("CV", "cv", "ID Kitab Undang-Undang Hukum Dagang art. 19 and Permenkumham 17/2018: persekutuan komanditer "
                 "(commanditaire vennootschap), 'CV'"),
    ("Tbk", "Tbk", "ID Law 40/2007: a public company (terbuka) adds 'Tbk'"),
    ("Pvt. Ltd.", "Ltd", "IN Companies Act 2013 s. 2(68) and 4(1)(a): 'Private Limited'"),
    ("Private Limited", "Ltd", "IN Companies Act 2013 s. 4(1)(a)"),
    ("(P) Ltd", "Ltd", "IN Companies Act 2013 s. 4(1)(a)"),
    ("OPC Pvt Ltd", "Ltd", "IN Companies Act 2013 s. 2(62): one person company"),
    ("CC", "CC", "ZA Close Corporations Act 69 of 1984 s. 22: 'CC' or 'BK'"),
    ("HB", "HB", "SE Lag (1980:1102) om handelsbolag och enkla bolag: handelsbolag, 'HB'"),
    ("Handelsbolag", "HB", "SE Lag (1980:1102) om handelsbolag och enkla bolag"),
    ("KB", "kb", "SE Lag (1980:1102): kommanditbolag, 'KB'"),
    ("Teoranta", "Ltd", "IE Companies Act 2014 (private company limited by shares): 'Limited' or 'Teoranta'"),
]


def main(path, check=False):
    types = yaml.safe_load(open(path, encoding="utf-8"))["types"]
    rows = {}
    for t in types:
        canon = t.get("compare") or t.get("display") or t.get("generic")
        if not canon:
            continue
        for alias in [t.get("display"), t.get("compare")] + list(t.get("aliases", [])):
            if not alias:
                continue
            key = alias.strip()
            plain = "".join(ch for ch in key.lower() if ch.isalnum())
            if plain in EXCLUDED or key.lower() in EXCLUDED:
                continue
            if len(plain) <= 2 and plain not in SHORT_ALLOWED:
                continue
            rows.setdefault(key.lower(), canon)
    for alias, canon, _source in ADDED:
        key = alias.strip().lower()
        if check and key in rows:
            print(f"already in the source: {alias}", file=sys.stderr)
        rows.setdefault(key, canon)
    if check:
        return
    print("# Legal forms of organisations: alias<TAB>canonical form.")
    print("# Facts from OpenSanctions rigour resources/names/org_types.yml (MIT), curated by make_legal_forms.py,")
    print("# and the legal forms the source lacks, from the laws that define them (ADDED in make_legal_forms.py).")
    for alias in sorted(rows):
        print(f"{alias}\t{rows[alias]}")


if __name__ == "__main__":
    main(sys.argv[-1], check="--check" in sys.argv[1:-1])
