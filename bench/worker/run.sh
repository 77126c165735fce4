#!/usr/bin/env bash
# Scale-out benchmark on one PostgreSQL (docs/scale-out.md, "Workers"):
#   1. assessment throughput of 1 and 2 `custos worker` processes draining
#      the same queue of lodged declarations (declarations/s over the wall
#      time from start to an empty queue, engines' start included);
#   2. POST /api/v1/assess with 1 and 2 `custos serve` processes on the
#      same database (custos bench serve --connect).
# Each repetition measures 1 then 2 in the same run; medians and the median
# of the per-run ratios are printed. Run it beside a durable throw-away cluster:
#   CUSTOS_PG_DURABLE=1 scripts/with-postgres.sh bench/worker/run.sh [DECLARATIONS] [REPEAT] [SECONDS]
set -euo pipefail
N=${1:-50000}
REPEAT=${2:-3}
SECONDS_PER_RUN=${3:-5}
CUSTOS=${CUSTOS:-$(dirname "$0")/../../build/src/cli/custos}
: "${CUSTOS_TEST_PG:?run under scripts/with-postgres.sh (CUSTOS_TEST_PG names the server)}"
BASE=${CUSTOS_TEST_PG%/*}
NAME=custos_bench_worker_$$
psql -q "$CUSTOS_TEST_PG" -c "CREATE DATABASE $NAME"
DB="$BASE/$NAME"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q "$CUSTOS_TEST_PG" -c "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" || true
  rm -rf "$TMP"
}
trap cleanup EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$CUSTOS" simulate --declarations "$N" --seed 7 --out "$TMP/d.csv" >/dev/null
"$CUSTOS" --db "$DB" init >/dev/null
"$CUSTOS" --db "$DB" ingest "$TMP/d.csv" --lodge --batch 10000 --json | tail -n 1

requeue() {
  psql -q "$DB" -c "TRUNCATE assessments, assessment_queue" \
    -c "INSERT INTO assessment_queue(administration, declaration_id, version, lodged_at) SELECT administration, id, 1, '2026-01-01T00:00:00Z' FROM declaration_ids" \
    -c "VACUUM ANALYZE assessments, assessment_queue"
}

# Runs K workers with --once until the queue is empty; prints declarations/s.
workers() {
  local k=$1 t0 t1 pids=() i
  requeue
  t0=$(now)
  for i in $(seq 1 "$k"); do
    "$CUSTOS" --db "$DB" worker --once --batch 500 --json >"$TMP/w$i.out" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  t1=$(now)
  local done_n
  done_n=$(psql -Atq "$DB" -c "SELECT count(*) FROM assessments")
  [ "$done_n" -eq "$N" ] || { echo "expected $N assessments, found $done_n" >&2; exit 1; }
  awk -v n="$N" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", n / (b - a)}'
}

: >"$TMP/one"; : >"$TMP/two"; : >"$TMP/ratio"
for r in $(seq 1 "$REPEAT"); do
  one=$(workers 1)
  two=$(workers 2)
  echo "$one" >>"$TMP/one"; echo "$two" >>"$TMP/two"
  awk -v a="$one" -v b="$two" 'BEGIN {printf "%.3f\n", b / a}' >>"$TMP/ratio"
  echo "run $r: 1 worker $one declarations/s, 2 workers $two declarations/s"
done
echo "workers ($N lodged declarations, batch 500, median of $REPEAT): 1 worker $(median <"$TMP/one")/s, 2 workers $(median <"$TMP/two")/s, ratio $(median <"$TMP/ratio")"
echo "load average after workers: $(cut -d' ' -f1-3 /proc/loadavg)"

# Two `custos serve` processes on the same database.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
P1=$(port); P2=$(port)
"$CUSTOS" --db "$DB" serve --listen "127.0.0.1:$P1" --web-root /nonexistent >"$TMP/s1.log" 2>&1 &
PIDS+=($!)
"$CUSTOS" --db "$DB" serve --listen "127.0.0.1:$P2" --web-root /nonexistent >"$TMP/s2.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  grep -q listening "$TMP/s1.log" && grep -q listening "$TMP/s2.log" && break
  sleep 0.2
done
: >"$TMP/s_one"; : >"$TMP/s_two"; : >"$TMP/s_ratio"
for r in $(seq 1 "$REPEAT"); do
  one=$("$CUSTOS" --db "$DB" bench serve --connect "127.0.0.1:$P1" --runs 1 --seconds "$SECONDS_PER_RUN" --json |
    tail -n 1 | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["requests_per_s"],1))')
  two=$("$CUSTOS" --db "$DB" bench serve --connect "127.0.0.1:$P1,127.0.0.1:$P2" --runs 1 --seconds "$SECONDS_PER_RUN" --json |
    tail -n 1 | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["requests_per_s"],1))')
  echo "$one" >>"$TMP/s_one"; echo "$two" >>"$TMP/s_two"
  awk -v a="$one" -v b="$two" 'BEGIN {printf "%.3f\n", b / a}' >>"$TMP/s_ratio"
  echo "run $r: 1 server $one requests/s, 2 servers $two requests/s"
done
echo "POST /api/v1/assess (32 clients, median of $REPEAT runs of $SECONDS_PER_RUN s): 1 server $(median <"$TMP/s_one")/s, 2 servers $(median <"$TMP/s_two")/s, ratio $(median <"$TMP/s_ratio")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
