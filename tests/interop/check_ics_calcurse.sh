#!/bin/sh
# check_ics_calcurse.sh FILE.ics -- import FILE into a throwaway calcurse and
# check that nothing is skipped and every component arrives.
#
# calcurse runs non-interactively (`calcurse -i`) with its data (-D) and config
# (-C) dirs, HOME and TMPDIR in a temp dir. Its report line
#   "A apps / E events / T todos / S skipped"
# must show S = 0, and A/E/T must equal what the file holds: all-day VEVENTs
# (DTSTART;VALUE=DATE) are calcurse "events", timed VEVENTs "apps", VTODOs
# "todos". On failure the calcurse import log is printed. A missing calcurse
# is a failure. Exits 0 on success, 1 otherwise.
set -u

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -eq 1 ] || { echo "usage: $0 FILE.ics" >&2; exit 2; }
ics=$1
[ -r "$ics" ] || fail "cannot read '$ics'"
command -v calcurse >/dev/null 2>&1 || fail "calcurse is not installed"

tmp=$(mktemp -d) || fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/data" "$tmp/conf" "$tmp/tmp"

# What the file holds, from its unfolded content lines.
counts=$(awk '
  { sub(/\r$/, "") }
  /^[ \t]/ { cur = cur substr($0, 2); next }
  { if (NR > 1) handle(cur); cur = $0 }
  END { handle(cur); printf "%d %d %d\n", apps, events, todos }
  function handle(l) {
    if (l == "BEGIN:VEVENT") { inev = 1; allday = 0 }
    else if (l == "BEGIN:VTODO") todos++
    else if (inev && l ~ /^DTSTART[;:]/) allday = (l ~ /VALUE=DATE[;:]/ || l ~ /:[0-9]{8}$/)
    else if (l == "END:VEVENT") { if (allday) events++; else apps++; inev = 0 }
  }' "$ics")
set -- $counts
want_apps=$1 want_events=$2 want_todos=$3

HOME="$tmp" TMPDIR="$tmp/tmp" LC_ALL=C.UTF-8 TZ=UTC \
  calcurse -D "$tmp/data" -C "$tmp/conf" -i "$ics" </dev/null >"$tmp/out" 2>&1
rc=$?

show_log() {
  cat "$tmp/out" >&2
  for log in "$tmp"/tmp/calcurse_log.* /tmp/calcurse_log.*; do
    [ -f "$log" ] || continue
    # Only logs naming this file (a shared /tmp may hold others).
    grep -q "$(basename "$ics")" "$log" && sed -n '/^+---/,/^+---/!p' "$log" >&2
  done
}

report=$(grep -E '^[0-9]+ apps / [0-9]+ events / [0-9]+ todos / [0-9]+ skipped' "$tmp/out")
[ -n "$report" ] || { show_log; fail "no import report from calcurse (exit $rc)"; }
set -- $(echo "$report" | tr -cs '0-9' ' ')
apps=$1 events=$2 todos=$3 skipped=$4

[ "$skipped" -eq 0 ] || { show_log; fail "calcurse skipped $skipped item(s): $report"; }
[ "$rc" -eq 0 ] || { show_log; fail "calcurse exited $rc"; }
if [ "$apps" -ne "$want_apps" ] || [ "$events" -ne "$want_events" ] || [ "$todos" -ne "$want_todos" ]; then
  show_log
  fail "calcurse imported '$report', file holds $want_apps apps / $want_events events / $want_todos todos"
fi
[ $((apps + events + todos)) -gt 0 ] || fail "nothing imported"
echo "PASS $ics: calcurse: $report"
