#!/bin/bash
# serve_bench.sh [MATTERS] -- load-test `pubrec serve` with wrk against a
# static server as the baseline, in the same run.
#
# Builds a database of MATTERS (default 10000) open matters with
# bench/ics_gen.sql, starts `pubrec serve` on loopback and, as the baseline,
# `/usr/bin/python3 -m http.server` serving a static copy of the same
# calendar (`pubrec ics` written to a file). While a writer process adds one
# matter a second through `pubrec add` (so the served calendar changes every
# second and the server renders it again), it runs, one after the other:
#   wrk -t2 -c64 -d30s --timeout 30s --latency http://127.0.0.1:PORT/calendar.ics
# against the static copy, then against pubrec serve, and prints requests/s,
# the p50 and p99 latency, the transfer rate, and the errors (socket errors
# and non-2xx answers) of each. Exits 1 if pubrec serve answered any request
# with an error, 2 on a setup error.
#
# Environment: PUBREC (binary; default build/pubrec beside this script's
# tree), DURATION (default 30s), CONNECTIONS (default 64), THREADS (default
# 2), TIMEOUT (wrk's per-request timeout, default 30s: a 10 MB body to each of
# 64 connections takes seconds on loopback, beyond wrk's default 2 s), BENCH_DIR (where the database goes; default a temp dir, removed
# afterwards; a kept BENCH_DIR reuses the database).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
PUBREC=${PUBREC:-$root/build/pubrec}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-30s}
n=${1:-10000}

die() {
  echo "serve_bench: $*" >&2
  exit 2
}
[ -x "$PUBREC" ] || die "no pubrec binary at '$PUBREC' (build it, or set PUBREC)"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is not installed"
[ -x /usr/bin/python3 ] || die "/usr/bin/python3 is not installed"

if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR
  mkdir -p "$dir" || die "cannot create '$dir'"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/serve-bench.XXXXXX") || die "mktemp failed"
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$dir"
}
trap cleanup EXIT

db=$dir/serve-$n.db
if [ ! -s "$db" ]; then
  "$PUBREC" --db "$db" init >/dev/null || die "pubrec init failed"
  sqlite3 "$db" -cmd ".parameter set :n $n" <"$here/ics_gen.sql" >/dev/null ||
    die "generating $n matters failed"
fi
export PUBREC_DB=$db PUBREC_USER=bench

# The baseline: a static copy of the calendar.
mkdir -p "$dir/static"
"$PUBREC" ics >"$dir/static/calendar.ics" 2>/dev/null || die "pubrec ics failed"
/usr/bin/python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$dir/static" \
  >"$dir/static.log" 2>&1 &
pids+=($!)
"$PUBREC" serve --listen 127.0.0.1:0 2>"$dir/serve.log" &
pids+=($!)
sport= pport=
for _ in $(seq 1 100); do
  sport=$(sed -n 's/^Serving HTTP on .* port \([0-9]*\).*/\1/p' "$dir/static.log")
  pport=$(sed -n 's|^pubrec: serving .* at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$dir/serve.log")
  [ -n "$sport" ] && [ -n "$pport" ] && break
  sleep 0.1
done
[ -n "$sport" ] && [ -n "$pport" ] || die "a server did not start: $(cat "$dir/static.log" "$dir/serve.log")"
curl -sf "http://127.0.0.1:$pport/calendar.ics" -o "$dir/served.ics" || die "pubrec serve does not answer"
events=$(grep -c '^BEGIN:VEVENT' "$dir/served.ics")
size=$(stat -c %s "$dir/static/calendar.ics")

# The writer: one new matter a second through the CLI, as a user would.
(
  i=0
  while :; do
    i=$((i + 1))
    "$PUBREC" add request --from AG01 --to AG02 --received 2026-03-02 --rule co-cora \
      --subject "Bench matter $i" >/dev/null 2>>"$dir/writer.err" || echo "add $i failed" >>"$dir/writer.err"
    sleep 1
  done
) &
pids+=($!)

# run NAME URL: wrk it, print one line, set errs.
run() {
  local name=$1 url=$2 out=$dir/wrk-$1.txt
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$url" >"$out" 2>&1 ||
    die "wrk failed: $(cat "$out")"
  local rps p50 p99 xfer sock non2xx
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  xfer=$(awk '/^Transfer\/sec:/ { print $2 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out")
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  sock=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
  errs=$((${sock:-0} + ${non2xx:-0}))
  printf '%-22s %10s %10s %10s %12s %8s\n' "$name" "$rps" "$p50" "$p99" "$xfer" "$errs"
}

echo "calendar: $events events, $size bytes (static copy); $CONNECTIONS connections, $DURATION each;"
echo "a writer adds a matter every second during both runs"
printf '%-22s %10s %10s %10s %12s %8s\n' server 'req/s' p50 p99 'transfer/s' errors
run "python3 http.server" "http://127.0.0.1:$sport/calendar.ics"
run "pubrec serve" "http://127.0.0.1:$pport/calendar.ics"
serve_errs=$errs
added=$(sqlite3 "$db" "SELECT count(*) FROM matter WHERE subject LIKE 'Bench matter %'")
renders=$(grep -c '"GET /calendar.ics HTTP/1.1" 200' "$dir/serve.log")
echo "matters added during the runs: $added; pubrec serve answered $renders requests 200"
curl -sf "http://127.0.0.1:$pport/calendar.ics" -o "$dir/served2.ics"
echo "events served at the end: $(grep -c '^BEGIN:VEVENT' "$dir/served2.ics") (at the start: $events)"
[ ! -s "$dir/writer.err" ] || { echo "writer errors:"; head -5 "$dir/writer.err"; }
[ "$serve_errs" -eq 0 ] || exit 1
exit 0
