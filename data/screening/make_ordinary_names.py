#!/usr/bin/env python3
"""Ordinary personal names, none of them on a sanctions list, for measuring how
often screening alerts on people who are nobody in particular.

Two disjoint sets, each reproducible from its seed:

  --set dev      names built from ordinary_names/dev.tsv (project-written given
                 names, patronymics and surnames of 38 cultures, in their own
                 scripts and in Latin transliteration). The matcher's rules were
                 developed against this set.
  --set heldout  names from the name tables of the Faker package (Debian
                 python3-fake-factory 0.9.3: 45 locales, native scripts), plus
                 ordinary_names/heldout.tsv (project-written, separate from
                 dev.tsv) for seven cultures Faker lacks. Measured once, at the end.

Neither set reads name_frequency.tsv, the table that weighs name words in the
matcher. A held-out name identical to a development name is dropped, so the
sets are disjoint. Whether a name is on a list is checked by
`custos screen evaluate --ordinary FILE`, which leaves such names out and
counts them.

Output: CSV with columns name,culture (UTF-8).

  python3 data/screening/make_ordinary_names.py --set dev --count 10000 --seed 1 --out dev.csv
  /usr/bin/python3 data/screening/make_ordinary_names.py --set heldout --count 20000 --seed 2 --out heldout.csv
"""
import argparse
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# How each culture writes a name: a list of (share, pattern). Pattern letters:
# G given name, H a second given name of the same sex, P patronymic, S surname,
# T a second surname, F the father's given name, M a middle element (vi),
# I an initial with a dot; "~" joins two parts without a space (CJK).
PATTERNS = {
    "en": [(0.6, "G S"), (0.2, "G H S"), (0.1, "G I S"), (0.1, "S, G")],
    "de": [(0.75, "G S"), (0.2, "G H S"), (0.05, "S, G")],
    "fr": [(0.75, "G S"), (0.15, "G-H S"), (0.1, "S G")],
    "es": [(0.55, "G S T"), (0.2, "G H S T"), (0.25, "G S")],
    "pt": [(0.45, "G S T"), (0.2, "G H S T"), (0.25, "G S"), (0.1, "G de S")],
    "it": [(0.8, "G S"), (0.2, "S G")],
    "nl": [(0.8, "G S"), (0.2, "G H S")],
    "pl": [(0.85, "G S"), (0.15, "G H S")],
    "cs": [(0.9, "G S"), (0.1, "S G")],
    "hu": [(0.8, "S G"), (0.2, "G S")],
    "ro": [(0.7, "G S"), (0.3, "S G")],
    "sv": [(0.75, "G S"), (0.25, "G H S")],
    "fi": [(0.75, "G S"), (0.25, "G H S")],
    "tr": [(0.75, "G S"), (0.25, "G H S")],
    "vi": [(0.8, "S M G"), (0.2, "S G")],
    "id": [(0.15, "G"), (0.6, "G S"), (0.25, "G H")],
    "tl": [(0.6, "G S"), (0.4, "G T S")],
    "sw": [(0.7, "G S"), (0.3, "G H S")],
    "ng": [(0.7, "G S"), (0.3, "G H S")],
    "ru": [(0.4, "G P S"), (0.2, "S G P"), (0.4, "G S")],
    "uk": [(1.0, "G S")],
    "sr": [(1.0, "G S")],
    "ar": [(0.5, "G F S"), (0.3, "G S"), (0.2, "G بن F S")],
    "arl": [(0.4, "G F S"), (0.4, "G S"), (0.1, "G bin F S"), (0.1, "G F")],
    "fa": [(1.0, "G S")],
    "ur": [(1.0, "G S")],
    "pkl": [(0.6, "G S"), (0.4, "G H S")],
    "hi": [(0.85, "G S"), (0.15, "G H S")],
    "inl": [(0.75, "G S"), (0.25, "G H S")],
    "bn": [(0.85, "G S"), (0.15, "G H S")],
    "ta": [(1.0, "G S")],
    "zh": [(0.9, "S~G"), (0.1, "S G")],
    "zhl": [(0.5, "S G"), (0.3, "G S"), (0.2, "S, G")],
    "ja": [(0.5, "S~G"), (0.5, "S G")],
    "jal": [(0.6, "G S"), (0.4, "S G")],
    "ko": [(0.8, "S~G"), (0.2, "S G")],
    "kol": [(0.5, "S G"), (0.5, "G S")],
    "el": [(1.0, "G S")],
    "he": [(1.0, "G S")],
    "ka": [(1.0, "G S")],
    "hy": [(1.0, "G S")],
    "th": [(1.0, "G S")],
}

def read_table(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected culture<TAB>part<TAB>names")
            culture, part, names = parts
            table.setdefault(culture, {})[part] = [n.strip() for n in names.split(",") if n.strip()]
    return table


def feminine_surname(culture, s):
    """Slavic, Baltic and Greek surnames agree with a woman's sex."""
    if culture in ("ru", "bg"):
        if s.endswith("ский") or s.endswith("цкий"):
            return s[:-2] + "ая"
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + "а"
    if culture == "pl":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(m):
                return s[: -len(m)] + f
    if culture == "cs":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        return s + "ová"
    if culture == "el":
        if s.endswith("ος"):
            return s[:-2] + "ου"
        if s.endswith("ης"):
            return s[:-1]
    return s


def choose(rng, weighted):
    x = rng.random()
    for share, pattern in weighted:
        x -= share
        if x < 0:
            return pattern
    return weighted[-1][1]


def compose(rng, culture, pattern, parts):
    """parts: G, H, S, T, F, P, M -> callables giving a word."""
    words = []
    for token in pattern.split(" "):
        pieces = []
        for piece in token.split("~"):
            if piece.endswith(","):
                pieces.append(compose(rng, culture, piece[:-1], parts) + ",")
            elif "-" in piece and len(piece) == 3:  # G-H: a hyphenated double given name
                pieces.append(parts["G"]() + "-" + parts["H"]())
            elif piece in parts:
                pieces.append(parts[piece]())
            elif piece == "I":
                pieces.append(rng.choice("ABCDEFGHJKLMNPRSTW") + ".")
            else:
                pieces.append(piece)  # a literal particle: de, bin, بن
        words.append("".join(pieces))
    return " ".join(words)


def dev_name(rng, table, culture):
    t = table[culture]
    female = rng.random() < 0.5 and "f" in t
    given = t["f"] if female else t["m"]
    first = rng.choice(given)
    second = [n for n in given if n != first] or given
    parts = {
        "G": lambda: first,
        "H": lambda: rng.choice(second),
        "S": lambda: feminine_surname(culture, rng.choice(t["s"])) if female else rng.choice(t["s"]),
        "T": lambda: rng.choice(t["s"]),
        "F": lambda: rng.choice(t["m"]),
        "P": lambda: rng.choice(t["pf"] if female else t["pm"]),
        "M": lambda: ("Thị" if female and rng.random() < 0.6 else "Văn" if not female and rng.random() < 0.6
                      else rng.choice(t["mid"])),
    }
    pattern = choose(rng, PATTERNS[culture])
    if "P" in pattern and "pm" not in t:
        pattern = "G S"
    return compose(rng, culture, pattern, parts)


# Held-out: Faker locales and how each writes a name ("LF" surname first,
# "~" without a space).
FAKER_LOCALES = {
    "ar_SA": [(0.5, "F L"), (0.5, "F F2 L")], "ar_AA": [(0.6, "F L"), (0.4, "F F2 L")],
    "ar_PS": [(0.6, "F L"), (0.4, "F F2 L")], "fa_IR": [(1.0, "F L")], "he_IL": [(1.0, "F L")],
    "hi_IN": [(1.0, "F L")], "ne_NP": [(1.0, "F L")], "el_GR": [(1.0, "F L")], "tr_TR": [(0.8, "F L"), (0.2, "F F2 L")],
    "ru_RU": [(0.4, "F M L"), (0.2, "L F M"), (0.4, "F L")], "uk_UA": [(1.0, "F L")], "bg_BG": [(1.0, "F L")],
    "th_TH": [(1.0, "F L")], "en_TH": [(1.0, "F L")], "ka_GE": [(1.0, "F L")],
    "zh_CN": [(0.8, "L~F"), (0.2, "R")], "zh_TW": [(0.8, "L~F"), (0.2, "R")],
    "ja_JP": [(0.35, "L~F"), (0.35, "L F"), (0.3, "J")], "ko_KR": [(0.85, "L~F"), (0.15, "L F")],
    "hu_HU": [(0.85, "L F"), (0.15, "F L")],
    "en_US": [(0.8, "F L"), (0.2, "F F2 L")], "en_GB": [(0.8, "F L"), (0.2, "F F2 L")], "en_NZ": [(1.0, "F L")],
    "de_DE": [(0.85, "F L"), (0.15, "F F2 L")], "de_AT": [(1.0, "F L")], "de_CH": [(1.0, "F L")],
    "fr_FR": [(1.0, "F L")], "fr_CH": [(1.0, "F L")], "es_ES": [(0.5, "F L L2"), (0.5, "F L")],
    "es_MX": [(0.5, "F L L2"), (0.5, "F L")], "it_IT": [(1.0, "F L")], "pt_BR": [(0.5, "F L L2"), (0.5, "F L")],
    "pt_PT": [(0.5, "F L L2"), (0.5, "F L")], "nl_NL": [(1.0, "F L")], "pl_PL": [(1.0, "F L")],
    "cs_CZ": [(1.0, "F L")], "sv_SE": [(1.0, "F L")], "no_NO": [(1.0, "F L")], "dk_DK": [(1.0, "F L")],
    "fi_FI": [(1.0, "F L")], "et_EE": [(1.0, "F L")], "lt_LT": [(1.0, "F L")], "lv_LV": [(1.0, "F L")],
    "sl_SI": [(1.0, "F L")], "hr_HR": [(1.0, "F L")], "ro_RO": [(1.0, "F L")], "id_ID": [(0.8, "F L"), (0.2, "F")],
    "tw_GH": [(0.8, "F L"), (0.2, "F F2 L")],
}
HELDOUT_TABLE_CULTURES = ["vi", "arl", "pkl", "bn", "sw", "ng", "tl"]


def faker_name(rng, fakers, locale):
    from unidecode import unidecode

    f = fakers[locale]
    female = rng.random() < 0.5
    first = f.first_name_female() if female else f.first_name_male()
    if hasattr(f, "last_name_female") and locale in ("ru_RU", "uk_UA", "bg_BG", "pl_PL", "cs_CZ", "lt_LT",
                                                     "lv_LV", "el_GR", "sl_SI"):
        last = f.last_name_female() if female else f.last_name_male()
    else:
        last = f.last_name()
    pattern = choose(rng, FAKER_LOCALES[locale])
    if pattern == "R":  # romanised Chinese: "Wang Xiao Ming" (unidecode's syllables)
        return " ".join(unidecode(last + first).split()).title()
    if pattern == "J":  # Japanese as the locale romanises it
        first_r = f.first_romanized_name_female() if female else f.first_romanized_name_male()
        return first_r + " " + f.last_romanized_name()
    out = []
    for token in pattern.split(" "):
        pieces = []
        for piece in token.split("~"):
            pieces.append({"F": first, "L": last}.get(piece) or (
                f.first_name_male() if piece == "F2" else f.last_name() if piece == "L2" else
                (f.middle_name_female() if female else f.middle_name_male()) if piece == "M" else piece))
        out.append("".join(pieces))
    return " ".join(out)


def latin(name):
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in name)


def with_case(rng, name):
    """Declarations often write Latin-script names in capitals."""
    if latin(name) and rng.random() < 0.15:
        return name.upper()
    return name


def generate_dev(count, seed):
    table = read_table(os.path.join(HERE, "ordinary_names", "dev.tsv"))
    missing = set(PATTERNS) - set(table)
    cultures = [c for c in PATTERNS if c in table]
    rng = random.Random(seed)
    seen, out = set(), []
    while len(out) < count:
        culture = rng.choice(cultures)
        name = with_case(rng, dev_name(rng, table, culture))
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append((name, culture))
    if missing:
        print(f"note: no dev table for {sorted(missing)}", file=sys.stderr)
    return out


def generate_heldout(count, seed, exclude):
    try:
        from faker import Faker
    except ImportError:
        sys.exit("the held-out set needs the Faker package: apt-get install python3-fake-factory "
                 "(run with /usr/bin/python3)")
    table = read_table(os.path.join(HERE, "ordinary_names", "heldout.tsv"))
    fakers = {}
    for i, locale in enumerate(sorted(FAKER_LOCALES)):
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(seed * 1000 + i)
    sources = [("faker", l) for l in sorted(FAKER_LOCALES)] + [("table", c) for c in HELDOUT_TABLE_CULTURES]
    rng = random.Random(seed)
    seen, out, dropped = set(exclude), [], 0
    while len(out) < count:
        kind, source = rng.choice(sources)
        if kind == "faker":
            name, culture = faker_name(rng, fakers, source), source
        else:
            name, culture = dev_name(rng, table, source), source
        name = with_case(rng, name)
        if name.lower() in seen:
            dropped += 1
            continue
        seen.add(name.lower())
        out.append((name, culture))
    print(f"held-out: {dropped} duplicates of a development or earlier name dropped", file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["dev", "heldout"], required=True)
    ap.add_argument("--count", type=int, default=None, help="names (default: dev 10000, heldout 20000)")
    ap.add_argument("--seed", type=int, default=None, help="default: dev 1, heldout 2")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.set == "dev":
        names = generate_dev(a.count or 10000, 1 if a.seed is None else a.seed)
    else:
        # The development set as documented, to keep the sets disjoint.
        dev = {n.lower() for n, _ in generate_dev(10000, 1)}
        names = generate_heldout(a.count or 20000, 2 if a.seed is None else a.seed, dev)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "culture"])
        w.writerows(names)
    print(f"{len(names)} names -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
