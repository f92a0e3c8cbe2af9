#!/bin/bash
# ics_bench.sh [SIZE...] -- time `pubrec ics` against the libical-only floor.
#
# For each SIZE (default: 100000 1000000) it builds a database with exactly
# SIZE exported deadlines (bench/ics_gen.sql through the sqlite3 shell, in
# seconds rather than SIZE pubrec invocations), exports it once with pubrec
# and turns that calendar back into a TSV of its events
# (bench/ics_to_tsv.py), so the floor streams exactly the same events. It
# checks that the floor, fed that TSV, writes a byte-identical calendar, then
# times, alternating, in the same run:
#   floor:  bench/ics_floor.c (compiled here) reading the TSV and streaming
#           each event through libical alone to /dev/null
#   pubrec: pubrec --db DB ics --status all --alarms 3d,1d > /dev/null
# with /usr/bin/time -f '%e %M' (wall seconds, peak RSS in KB), best of
# RUNS runs (default 3). Targets: pubrec at most 1.5x the floor's time and
# under 20 MB peak RSS at every size. Prints one line per program and size
# and a verdict; exits 1 if a target is missed, 2 on a setup error.
#
# Environment: PUBREC (binary; default build/pubrec beside this script's
# tree), RUNS, PYTHON (default /usr/bin/python3, else python3), BENCH_DIR
# (where the databases go; default a temp dir, removed afterwards; a kept
# BENCH_DIR reuses databases already built).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
PUBREC=${PUBREC:-$root/build/pubrec}
RUNS=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

die() {
  echo "ics_bench: $*" >&2
  exit 2
}
[ -x "$PUBREC" ] || die "no pubrec binary at '$PUBREC' (build it, or set PUBREC)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is not installed"
[ -x /usr/bin/time ] || die "/usr/bin/time is not installed (apt-get install time)"
cc=${CC:-cc}
PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
command -v "$PYTHON" >/dev/null || die "no python3 for bench/ics_to_tsv.py (set PYTHON)"

if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR
  mkdir -p "$dir" || die "cannot create '$dir'"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ics-bench.XXXXXX") || die "mktemp failed"
  trap 'rm -rf "$dir"' EXIT
fi

floor=$dir/ics_floor
# shellcheck disable=SC2046
"$cc" -std=c11 -O2 "$here/ics_floor.c" $(pkg-config --cflags --libs libical) -o "$floor" ||
  die "cannot compile bench/ics_floor.c"

# timed CMD...: run CMD once under /usr/bin/time, output to /dev/null; set
# secs (wall seconds) and kb (peak RSS).
timed() {
  local line
  /usr/bin/time -o "$dir/time.out" -f '%e %M' "$@" >/dev/null 2>"$dir/stderr" ||
    { cat "$dir/stderr" >&2; die "failed: $*"; }
  line=$(tail -n 1 "$dir/time.out")
  secs=${line% *}
  kb=${line#* }
}

status=0
printf '%-8s %9s %9s %10s\n' program events seconds peak_KB
for n in "${sizes[@]}"; do
  db=$dir/bench-$n.db
  if [ ! -s "$db" ]; then
    rm -f "$db"
    "$PUBREC" --db "$db" init >/dev/null || die "pubrec init failed"
    sqlite3 "$db" -cmd ".parameter set :n $n" <"$here/ics_gen.sql" >"$dir/gen.out" ||
      die "generating $n deadlines failed"
  fi
  got=$(sqlite3 "$db" 'SELECT count(*) FROM matter')
  [ "$got" = "$n" ] || die "the database holds $got matters (one event each), not $n"

  # The events, from pubrec's own calendar; the floor must reproduce it.
  ics=$dir/pubrec-$n.ics
  tsv=$dir/events-$n.tsv
  "$PUBREC" --db "$db" ics --status all --alarms 3d,1d >"$ics" || die "pubrec ics failed"
  events=$(grep -c '^BEGIN:VEVENT' "$ics")
  [ "$events" = "$n" ] || die "pubrec wrote $events events, not $n"
  "$PYTHON" "$here/ics_to_tsv.py" <"$ics" >"$tsv" || die "bench/ics_to_tsv.py failed"
  "$floor" "$tsv" | cmp -s - "$ics" ||
    die "the floor's calendar differs from pubrec's at $n events (compare: $floor $tsv | diff - $ics)"
  rm -f "$ics"

  # Alternate the two so both see the same machine load; keep the fastest
  # time and the highest peak RSS of each.
  ft=999999 fm=0 pt=999999 pm=0
  for ((i = 0; i < RUNS; i++)); do
    timed "$floor" "$tsv"
    ft=$(awk -v a="$secs" -v b="$ft" 'BEGIN { print (a < b) ? a : b }')
    [ "$kb" -gt "$fm" ] && fm=$kb
    timed "$PUBREC" --db "$db" ics --status all --alarms 3d,1d
    pt=$(awk -v a="$secs" -v b="$pt" 'BEGIN { print (a < b) ? a : b }')
    [ "$kb" -gt "$pm" ] && pm=$kb
  done
  rm -f "$tsv"
  printf '%-8s %9d %9.2f %10d\n' floor "$n" "$ft" "$fm"
  printf '%-8s %9d %9.2f %10d\n' pubrec "$n" "$pt" "$pm"
  ratio=$(awk -v a="$pt" -v b="$ft" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  verdict=ok
  if awk -v r="$ratio" 'BEGIN { exit !(r > 1.5) }'; then
    verdict="SLOW (target 1.5x)"
    status=1
  fi
  if [ "$pm" -ge 20480 ]; then
    verdict="$verdict; RSS over 20 MB"
    status=1
  fi
  echo "  $n deadlines: pubrec/floor = ${ratio}x, peak RSS ${pm} KB: $verdict"
done
exit $status
