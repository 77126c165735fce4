#!/usr/bin/env bash
# The one list of Debian 12 packages Custos needs to build, test and benchmark.
# Idempotent: installs only what is missing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake pkg-config git
  # embedded store, and sqlite3's own .import as the ingest baseline
  libsqlite3-dev sqlite3
  # the PostgreSQL store (libpqxx 6.4) and the server its tests start
  # (scripts/with-postgres.sh); psql's \copy is its ingest baseline
  libpqxx-dev postgresql
  # Unicode normalisation, transliteration, ISO country/currency codes
  libicu-dev
  # command line, formatting, JSON, TOML
  libcli11-dev libfmt-dev nlohmann-json3-dev libsimdjson-dev libtomlplusplus-dev
  # content hashes (BLAKE2b), passwords (argon2id), signatures (Ed25519)
  libsodium-dev
  # the HTTP server (Boost.Beast, Asio) and its TLS
  libboost-dev libssl-dev
  libzstd-dev
  # multi-pattern text matching for risk profiles
  libhyperscan-dev
  # sanctions-list importers: UN XML, OFAC/BIS CSV
  libxml2-dev libcsv-dev
  # learned targeting
  libxgboost-dev
  # linear algebra for spectra
  libeigen3-dev
  # tests, benchmarks, fuzzing, sanitizers, formatting
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev clang-format clang-tidy lld
  # name tables of many locales: the held-out ordinary names of the screening
  # evaluation (data/screening/make_ordinary_names.py --set heldout)
  python3-fake-factory
  # the web workbench's browser tests (driven headless by playwright-core)
  chromium
)

# Hyperscan needs x86-64; Vectorscan is the same API on other architectures.
if [ "$(dpkg --print-architecture)" != "amd64" ]; then
  PACKAGES=("${PACKAGES[@]/libhyperscan-dev/libvectorscan-dev}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
