#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR for FUZZ_SECONDS (default 20) each,
# FUZZ_JOBS (default 2) at a time, starting from the seed corpus in
# tests/fuzz/corpus/NAME when there is one. A crash, a leak or a sanitizer
# report fails the run and prints the target's whole output.
set -euo pipefail
BUILD_DIR=${1:-build-san}
export SECONDS_EACH=${FUZZ_SECONDS:-20}
JOBS=${FUZZ_JOBS:-2}
export ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# A crashing input is kept for replay (`BUILD_DIR/tests/fuzz/.../NAME FILE`).
export CRASHES="$(cd "$BUILD_DIR" && pwd)/fuzz-crashes"
mkdir -p "$CRASHES"
mapfile -t targets < <(find "$BUILD_DIR/tests/fuzz" -type f -name 'fuzz_*' -perm -u+x | sort)
if [ ${#targets[@]} -eq 0 ]; then echo "fuzz: no targets built in $BUILD_DIR" >&2; exit 1; fi

run_one() {
  local t=$1 name work seeds log status=0
  name=$(basename "$t")
  work=$(mktemp -d)
  log=$(mktemp)
  seeds="$ROOT/tests/fuzz/corpus/$name"
  [ -d "$seeds" ] && cp -r "$seeds"/. "$work"/
  "$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$CRASHES/$name-" "$work" >"$log" 2>&1 ||
    status=$?
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $name ran ${SECONDS_EACH}s: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs"
  else
    echo "fuzz: $name FAILED (exit $status); its output:"
    cat "$log"
  fi
  rm -rf "$work" "$log"
  return "$status"
}
export -f run_one

if printf '%s\n' "${targets[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one "$@"' _ {}; then
  echo "fuzz: ${#targets[@]} targets ran without a crash"
else
  echo "fuzz: at least one target failed (above)" >&2
  exit 1
fi
