#!/usr/bin/env bash
# tests/fuzz/run.sh — build the libFuzzer targets with clang (ASan + UBSan)
# into build-fuzz/ and run each one, starting from its committed seed corpus
# in tests/fuzz/corpus/<target>/; fail on any crash, leak or sanitizer report.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]   each target for SECONDS (30)
#   FUZZ_SEED=1 tests/fuzz/run.sh 30           a fixed seed and a fixed number
#                                             of runs per target (at most 30 s):
#                                             the same inputs on every machine,
#                                             as test.sh runs it
#   MERGE=1 tests/fuzz/run.sh 1800 fuzz_dates  also merge what the run found
#                                             back into the seed corpus,
#                                             minimised (-merge=1)
# .ci/run runs it with the defaults. NICE=19 runs the fuzzers at low priority.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_dates fuzz_durations fuzz_template fuzz_calendar fuzz_jsonl fuzz_csv)

CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPUBREC_FUZZ=ON \
  -DPUBREC_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" >build-fuzz/build.log 2>&1 ||
  { tail -30 build-fuzz/build.log >&2; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$t
  [ -d "$seeds" ] || { echo "fuzz: no seed corpus $seeds" >&2; exit 1; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/pubrec-fuzz-$t.XXXXXX")
  log=$work.log
  mkdir -p "$work.artifacts" "$work.tmp"
  fixed=()
  if [ -n "${FUZZ_SEED:-}" ]; then
    # Runs measured to take well under 30 s here (executions per second:
    # dates ~290k, durations ~80k, template ~1.8k, calendar ~1.3k). The
    # imports run one or two real imports an input on scratch databases
    # (csv ~100, jsonl ~20 on a busy machine), and their runs include the
    # replay of their seed corpora: on a loaded machine the 30 s ends them.
    case $t in
    fuzz_dates) runs=2000000 ;;
    fuzz_durations) runs=600000 ;;
    fuzz_template) runs=15000 ;;
    fuzz_csv) runs=2000 ;;
    fuzz_jsonl) runs=400 ;;
    *) runs=10000 ;;
    esac
    fixed=(-seed="$FUZZ_SEED" -runs="$runs")
  fi
  # The imports' inputs are files: room for a few hundred rows.
  lens=()
  case $t in
  fuzz_jsonl) lens=(-max_len=32768) ;;
  fuzz_csv) lens=(-max_len=8192) ;;
  esac
  if ! TMPDIR="$work.tmp" nice -n "${NICE:-0}" "build-fuzz/tests/fuzz/$t" "${fixed[@]}" "${lens[@]}" -max_total_time="$secs" -timeout=25 \
      -rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$work.artifacts/" "$work" "$seeds" \
      >"$log" 2>&1; then
    echo "fuzz: $t FAILED; its log:" >&2
    tail -60 "$log" >&2
    ls "$work.artifacts"/* 2>/dev/null >&2 || true
    rm -rf "$work.tmp"
    status=1
    continue
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz: $t ok: ${execs:-?} executions in ${secs}s, corpus $(ls "$work" | wc -l) new + $(ls "$seeds" | wc -l) seeds"
  if [ "${MERGE:-0}" = 1 ]; then
    merged=$(mktemp -d "${TMPDIR:-/tmp}/pubrec-fuzz-merge.XXXXXX")
    TMPDIR="$work.tmp" "build-fuzz/tests/fuzz/$t" "${lens[@]}" -merge=1 "$merged" "$seeds" "$work" >/dev/null 2>&1
    rm -f "$seeds"/*
    cp "$merged"/* "$seeds"/
    echo "fuzz: $t corpus merged: $(ls "$seeds" | wc -l) files"
    rm -rf "$merged"
  fi
  rm -rf "$work" "$log" "$work.artifacts" "$work.tmp"
done
exit $status
