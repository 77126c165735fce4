#!/usr/bin/env bash
# Makes data/models/disguise.json, the built-in disguise model a new
# installation uses before it has a trade of its own (docs/model.md, "The
# built-in model"). It learns, like `custos model train-disguise` on any
# store, from:
#   - the case files listed in data/models/disguise-cases.txt: the project's
#     labelled case sets (disguised seizures of the six domains, the ordinary
#     and permitted trade beside them), each written by hand;
#   - 20,000 lawful declarations simulated by `custos simulate` for five
#     administrations on four continents (NL, DE, KE, BR, IN), so that the
#     lawful side is broader than the case sets' ordinary rows.
# The same binary and the same list give the same document (seeded).
#
# Usage: scripts/train-builtin-disguise.sh [CUSTOS_BINARY [OUT]]
#   (defaults build/src/cli/custos and data/models/disguise.json; a test
#   writes elsewhere and compares with the shipped document)
set -euo pipefail
cd "$(dirname "$0")/.."
custos="${1:-build/src/cli/custos}"
out="${2:-data/models/disguise.json}"
[ -x "$custos" ] || { echo "no custos binary at $custos (build it first, or name it)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export CUSTOS_DATA="$PWD/data"

seed=100
for country in NL DE KE BR IN; do
  seed=$((seed + 1))
  "$custos" simulate --declarations 4000 --seed "$seed" --country "$country" --days 20 --format ndjson \
    --illicit-share 0 --fiscal-share 0 --out "$work/lawful-$country.ndjson" >/dev/null
done
"$custos" --db "$work/builtin.db" init >/dev/null
"$custos" --db "$work/builtin.db" ingest "$work"/lawful-*.ndjson >/dev/null
mapfile -t cases < data/models/disguise-cases.txt
"$custos" --db "$work/builtin.db" model train-disguise --cases "${cases[@]}" \
  --out "$out" 2>/dev/null
