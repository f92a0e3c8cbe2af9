#!/bin/bash
# ics_feed_bench.sh DB -- the default `pubrec ics` (pending deadlines) of a
# bench/gen database against the libical floor, read from the pending feed
# (migrations/0031_ics_feed.sql) and, in the same run, from the history
# (PUBREC_ICS_HISTORY=1, the path before the feed) and optionally by another
# binary (OLD=path, e.g. main's before the feed, on OLD_DB, a copy of DB at
# its schema). Checks first that every program writes the same calendar
# (DTSTAMP aside) and that the floor, fed those events as a TSV
# (bench/ics_to_tsv.py), writes it too; then alternates them RUNS times
# (default 7), CPU (user + system, /usr/bin/time) and peak RSS, and prints
# the best CPU of each and its ratio to the floor's. The database must be
# settled (any write-mode command after the upgrade fills the feed: this
# script runs `pubrec init` on it first, which does).
#
# Environment: PUBREC (default build/pubrec), RUNS, TODAY (2026-06-30, as
# bench/scale.sh), OLD, OLD_DB, PYTHON (default /usr/bin/python3).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
PUBREC=${PUBREC:-$root/build/pubrec}
RUNS=${RUNS:-7}
TODAY=${TODAY:-2026-06-30}
PYTHON=${PYTHON:-/usr/bin/python3}
db=${1:?usage: ics_feed_bench.sh DB}
die() {
  echo "ics_feed_bench: $*" >&2
  exit 2
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ics-feed-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2046
"${CC:-cc}" -std=c11 -O2 "$here/ics_floor.c" $(pkg-config --cflags --libs libical) \
  -o "$tmp/floor" || die "cannot compile bench/ics_floor.c"
"$PUBREC" --db "$db" --today "$TODAY" init >/dev/null || die "pubrec init failed"

"$PUBREC" --db "$db" --today "$TODAY" ics >"$tmp/feed.ics" || die "pubrec ics failed"
"$PYTHON" "$here/ics_to_tsv.py" <"$tmp/feed.ics" >"$tmp/ev.tsv" || die "ics_to_tsv failed"
norm() { sed 's/^DTSTAMP:.*/DTSTAMP/'; }
norm <"$tmp/feed.ics" >"$tmp/feed.n"
"$tmp/floor" "$tmp/ev.tsv" | norm | cmp -s - "$tmp/feed.n" || die "the floor's calendar differs"
PUBREC_ICS_HISTORY=1 "$PUBREC" --db "$db" --today "$TODAY" ics | norm | cmp -s - "$tmp/feed.n" ||
  die "the feed's calendar differs from the history's"
if [ -n "${OLD:-}" ]; then
  "$OLD" --db "${OLD_DB:?OLD needs OLD_DB}" --today "$TODAY" ics | norm | cmp -s - "$tmp/feed.n" ||
    echo "ics_feed_bench: warning: OLD's calendar differs from the feed's (OLD_DB has other rows?)" >&2
fi
events=$(grep -c '^BEGIN:VEVENT' "$tmp/feed.ics")

# run NAME CMD...: CPU ms and peak KB of one run, kept as the best / largest.
declare -A best rss
run() {
  local name=$1 u s m cpu
  shift
  /usr/bin/time -f '%U %S %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || die "failed: $*"
  read -r u s m <"$tmp/t"
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 + 0.5 }')
  [ "${best[$name]:-999999999}" -gt "$cpu" ] && best[$name]=$cpu
  [ "${rss[$name]:-0}" -lt "$m" ] && rss[$name]=$m
}
for ((i = 0; i < RUNS; i++)); do
  run floor "$tmp/floor" "$tmp/ev.tsv"
  run feed "$PUBREC" --db "$db" --today "$TODAY" ics
  run history env PUBREC_ICS_HISTORY=1 "$PUBREC" --db "$db" --today "$TODAY" ics
  [ -n "${OLD:-}" ] && run old "$OLD" --db "$OLD_DB" --today "$TODAY" ics
done
echo "$events events, best CPU of $RUNS runs (ms), peak RSS (KB), ratio to the floor:"
for name in floor feed history old; do
  [ -n "${best[$name]:-}" ] || continue
  printf '%-8s %8d %8d %6.2fx\n' "$name" "${best[$name]}" "${rss[$name]}" \
    "$(awk -v a="${best[$name]}" -v b="${best[floor]}" 'BEGIN { print a / b }')"
done
