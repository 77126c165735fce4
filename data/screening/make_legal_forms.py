#!/usr/bin/env python3
"""Derives legal_forms.tsv from OpenSanctions' rigour org_types.yml (MIT).

Usage: python3 make_legal_forms.py ../../../shared/data/sanctions/name-resources/org_types.yml > legal_forms.tsv

Each alias becomes a row `alias<TAB>canonical`, where canonical is the
entry's `compare` form, else its `display`, else its `generic` tag. Aliases
that are also ordinary words or too short to tell apart from initials are
left out (the curated exclusions below); the matcher only recognises a legal
form at the start or end of a name, never in the middle.
"""
import sys
import yaml

# Ordinary words or initials that org_types.yml lists as legal forms but that
# would turn real name parts into low-weight tokens.
EXCLUDED = {"in", "se", "lt", "ll", "eg", "ek", "ev", "ku", "ro", "pr", "sd", "gp", "ed", "ug", "lc", "cooperation",
            "coopération", "charity", "limite", "un", "gu", "nu"}
SHORT_ALLOWED = {"ag", "kg", "sa", "ab", "as", "oy", "bv", "nv", "co", "ao", "sl", "kk", "sc", "sp", "tov", "ooo"}


def main(path):
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
    print("# Legal forms of organisations: alias<TAB>canonical form.")
    print("# Facts from OpenSanctions rigour resources/names/org_types.yml (MIT), curated by make_legal_forms.py.")
    for alias in sorted(rows):
        print(f"{alias}\t{rows[alias]}")


if __name__ == "__main__":
    main(sys.argv[1])
