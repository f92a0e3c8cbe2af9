#!/usr/bin/env bash
# setup.sh — install what pubrec needs on Debian (when missing), then
# configure and build it into build/.
#   ./setup.sh            build dependencies only
#   ./setup.sh --tests    also the programs the test suite runs our output through
#   ./setup.sh --bench    also the benchmark baselines (hyperfine, numpy, taskwarrior, wrk)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DEPS="build-essential cmake pkg-config libsqlite3-dev libical-dev libjansson-dev libssl-dev libcmocka-dev libcsv-dev sqlite3 libmicrohttpd-dev"
TEST_DEPS="python3 python3-icalendar python3-vobject python3-holidays khal calcurse radicale chromium curl time clang-format clang libclang-rt-14-dev valgrind man-db groff-base zsh bsdutils vdirsyncer"
BENCH_DEPS="hyperfine python3-numpy time taskwarrior wrk curl"

want="$BUILD_DEPS"
for arg in "$@"; do
  case "$arg" in
  --tests) want="$want $TEST_DEPS" ;;
  --bench) want="$want $BENCH_DEPS" ;;
  *) echo "usage: ./setup.sh [--tests] [--bench]" >&2; exit 2 ;;
  esac
done

missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
