#!/usr/bin/env python3
"""A learned baseline beside the profile packs, on the blind sets.

Trains a logistic regression (hashed features, plain SGD, standard library
only) on the disguised and ordinary rows of every set older than --first
(blind sets and development sets alike) and scores the disguised and ordinary
rows of the blind sets from --first on, which it never saw. The threshold is
the --quantile of the training ordinary rows' scores, so it is fixed before
the later sets are scored.

Features: HS chapter, heading and subheading, transport mode, flow, departure,
destination and origin countries, whether the consignee's name carries a
legal form (a crude organisation test), the order of magnitude of the value
per kg (alone and per HS chapter) and of the net mass; with --text also the
character 3-5-grams of the description (digits folded to 0).

It is a measure of the sets as much as of the method: the ordinary rows of
the blind sets are mostly English and mostly carry no number, the disguised
rows mostly another language and a quantity, and the text model learns that
(--traits prints the shares). See docs/profile-packs.md ("A learned
baseline").

    python3 tests/risk/data/learned_baseline.py [--text] [--first 41] [--quantile 0.98]
"""
import argparse
import collections
import glob
import json
import math
import os
import random
import re
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BUCKETS = 1 << 20
LEGAL_FORM = re.compile(
    r"\b(ltd|gmbh|s\.?a\.?|sarl|llc|srl|bv|ab|oy|as|kft|sp|spa|inc|co|company|trading|d\.o\.o|s\.r\.o|sa|ag|"
    r"plc|oü|sia|uab)\b")


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def features(d, text):
    f = set()

    def add(k):
        f.add(zlib.crc32(k.encode()) % BUCKETS)

    for it in d["items"]:
        if text:
            t = " " + re.sub(r"\d+", "0", fold(it.get("description", ""))) + " "
            for n in (3, 4, 5):
                for i in range(len(t) - n + 1):
                    add("c" + t[i:i + n])
        hs = it["hs_code"]
        add("h2" + hs[:2]); add("h4" + hs[:4]); add("h6" + hs[:6])
        v, m = it.get("value"), it.get("net_mass_kg")
        if v and m:
            b = int(math.log10(max(v / m, 1e-3)) * 2)
            add("uv%d" % b); add("uvh%s_%d" % (hs[:2], b))
        if m:
            add("m%d" % int(math.log10(max(m, 0.01))))
        add("o%s" % it.get("origin_country"))
    add("t%s" % d.get("transport_mode")); add("f%s" % d.get("flow"))
    add("dep%s" % d.get("departure_country")); add("dst%s" % d.get("destination_country"))
    name = fold(d.get("consignee_name") or "")
    add("cn_none" if not name else "cn_org" if LEGAL_FORM.search(name) else "cn_other")
    add("bias")
    return f


def set_number(path):
    m = re.search(r"blind(\d+)-", os.path.basename(path))
    return int(m.group(1)) if m else None


def traits(rows):
    n = len(rows) or 1
    first = [r["items"][0]["description"] for r in rows]
    return "with a digit %.2f, with a non-ASCII letter %.2f" % (
        sum(bool(re.search(r"\d", d)) for d in first) / n, sum(any(ord(c) > 127 for c in d) for d in first) / n)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--text", action="store_true", help="add the description's character n-grams")
    ap.add_argument("--first", type=int, default=41, help="the first blind set held out (default 41)")
    ap.add_argument("--quantile", type=float, default=0.98, help="of the training ordinary scores (default 0.98)")
    ap.add_argument("--traits", action="store_true", help="print the digit and language shares of each side")
    a = ap.parse_args()

    train, held = [], collections.defaultdict(list)
    for path in sorted(glob.glob(os.path.join(HERE, "*-disguised.ndjson")) +
                       glob.glob(os.path.join(HERE, "*-ordinary.ndjson"))):
        label = 1 if path.endswith("-disguised.ndjson") else 0
        n = set_number(path)
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        for r in rows:
            (held[n] if n is not None and n >= a.first else train).append((r, label))
    if not held:
        raise SystemExit("no blind set from blind%d on" % a.first)

    random.seed(1)
    data = [(features(r, a.text), y) for r, y in train]
    w = collections.defaultdict(float)
    for _ in range(8):
        random.shuffle(data)
        for f, y in data:
            z = max(-30.0, min(30.0, sum(w[k] for k in f)))
            g = 1 / (1 + math.exp(-z)) - y
            for k in f:
                w[k] -= 0.2 * g

    def score(r):
        return sum(w.get(k, 0.0) for k in features(r, a.text))

    ordinary = sorted(score(r) for r, y in train if y == 0)
    threshold = ordinary[min(len(ordinary) - 1, int(a.quantile * len(ordinary)))]
    print("trained on %d disguised and %d ordinary rows (sets before blind%d), %s; threshold: the %.3f "
          "quantile of the training ordinary scores" % (sum(y for _, y in train), sum(1 - y for _, y in train),
                                                        a.first, "with the description" if a.text else
                                                        "without the description", a.quantile))
    for n in sorted(held):
        pos = [r for r, y in held[n] if y]
        neg = [r for r, y in held[n] if not y]
        tp = sum(score(r) > threshold for r in pos)
        fp = sum(score(r) > threshold for r in neg)
        print("blind%d: disguised %d/%d (%.3f), ordinary %d/%d (%.1f %%)" %
              (n, tp, len(pos), tp / len(pos), fp, len(neg), 100.0 * fp / len(neg)))
    if a.traits:
        for name, y in (("training disguised", 1), ("training ordinary", 0)):
            print("%s: %s" % (name, traits([r for r, l in train if l == y])))
        for name, y in (("held-out disguised", 1), ("held-out ordinary", 0)):
            print("%s: %s" % (name, traits([r for n in held for r, l in held[n] if l == y])))


if __name__ == "__main__":
    main()
