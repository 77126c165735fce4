#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR for FUZZ_SECONDS (default 20) each,
# starting from the seed corpus in tests/fuzz/corpus/NAME when there is one.
set -euo pipefail
BUILD_DIR=${1:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-20}
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
mapfile -t targets < <(find "$BUILD_DIR/tests/fuzz" -type f -name 'fuzz_*' -perm -u+x | sort)
if [ ${#targets[@]} -eq 0 ]; then echo "fuzz: no targets built in $BUILD_DIR" >&2; exit 1; fi
for t in "${targets[@]}"; do
  name=$(basename "$t")
  work=$(mktemp -d)
  seeds="$ROOT/tests/fuzz/corpus/$name"
  [ -d "$seeds" ] && cp -r "$seeds"/. "$work"/
  echo "fuzz: $name for ${SECONDS_EACH}s"
  "$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$work" 2>&1 | tail -4
  rm -rf "$work"
done
echo "fuzz: ${#targets[@]} targets ran without a crash"
