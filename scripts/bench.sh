#!/usr/bin/env bash
# Runs the benchmarks (not part of `make test`): each prints a table and a JSON
# last line. Figures are medians of repeated runs; baselines run in the same process.
set -euo pipefail
BUILD=${1:-build}
BIN="$BUILD/src/cli/custos"
echo "== ingest (parse, ingest vs sqlite3 .import, simulate) =="
"$BUILD/bench/ingest/bench_ingest" --declarations "${BENCH_DECLARATIONS:-200000}" --repeat "${BENCH_REPEAT:-5}"
echo "== store (ingest into PostgreSQL vs psql \\copy and SQLite; document formats; partitions) =="
CUSTOS_PG_DURABLE=1 "$(dirname "$0")/with-postgres.sh" "$BUILD/bench/store/bench_store" \
  --declarations "${BENCH_DECLARATIONS:-100000}" --repeat "${BENCH_REPEAT:-3}"
echo "== risk engine =="
"$BIN" bench assess --declarations 100000 --profiles builtin --json
"$BIN" bench assess --declarations 20000 --profiles synthetic:5000 --json
for b in "$BUILD"/bench/*/bench_*; do
  case "$b" in */bench_ingest | */bench_store) continue ;; esac
  [ -x "$b" ] || continue
  echo "== $(basename "$b") =="
  "$b" || true
done
