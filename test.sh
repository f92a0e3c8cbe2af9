#!/usr/bin/env bash
# test.sh — the whole suite through ctest: on the normal build, the fuzz
# targets for 30 s each, then the suite again on a build with
# -fsanitize=address,undefined. Run ./setup.sh --tests first.
set -euo pipefail
cd "$(dirname "$0")"
ctest --test-dir build --output-on-failure -j2
# Every libFuzzer target (tests/fuzz/) under ASan and UBSan, from a fixed
# seed for a fixed number of runs (at most 30 s each): fails on a crash.
# Longer, random runs: tests/fuzz/run.sh 1800.
FUZZ_SEED=1 tests/fuzz/run.sh 30
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPUBREC_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j2
