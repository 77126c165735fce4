#!/usr/bin/env bash
# clang-format over the project's C++ sources; --check fails on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- 'src/*.cc' 'src/*.hpp' 'tests/*.cc' 'tests/*.hpp' 'bench/*.cc' 'bench/*.hpp' 2>/dev/null \
  || find src tests bench -name '*.cc' -o -name '*.hpp')
if [ ${#files[@]} -eq 0 ]; then echo "format: no sources"; exit 0; fi
if [ "${1:-}" = "--check" ]; then
  clang-format --dry-run --Werror "${files[@]}"
  echo "format: ${#files[@]} files follow .clang-format"
else
  clang-format -i "${files[@]}"
fi
