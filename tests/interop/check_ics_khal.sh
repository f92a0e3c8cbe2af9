#!/bin/sh
# check_ics_khal.sh FILE.ics EXPECT -- import FILE into a throwaway khal and
# check that every expected deadline is listed on its due date.
#
# EXPECT: one deadline a line, "YYYY-MM-DD<TAB>substring of the summary";
# blank lines and lines starting with '#' are ignored. khal shows VEVENTs only,
# so use it for VEVENT calendars.
#
# Runs with XDG_CONFIG_HOME/XDG_DATA_HOME in a temp dir, so the user's khal is
# never touched. Checks: `khal import --batch` exits 0 and prints no warning or
# error; `khal list` over the expected date range shows each expected summary
# under its date; an all-day event appears on exactly one day (DTEND exclusive).
# A missing khal is a failure. Exits 0 on success, 1 otherwise.
set -u

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -eq 2 ] || { echo "usage: $0 FILE.ics EXPECT" >&2; exit 2; }
ics=$1
expect=$2
[ -r "$ics" ] || fail "cannot read '$ics'"
[ -r "$expect" ] || fail "cannot read '$expect'"
command -v khal >/dev/null 2>&1 || fail "khal is not installed"

tmp=$(mktemp -d) || fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/config/khal" "$tmp/data" "$tmp/cal"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export TZ=UTC LC_ALL=C.UTF-8 HOME="$tmp"
cat >"$tmp/config/khal/config" <<EOF
[calendars]
[[pubrec]]
path = $tmp/cal/
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
firstweekday = 0

[default]
default_calendar = pubrec
EOF

if ! khal import --batch -a pubrec "$ics" >"$tmp/import.out" 2>&1 </dev/null; then
  cat "$tmp/import.out" >&2
  fail "khal import exited non-zero"
fi
if grep -Eiq 'warning|error|traceback|skipp|could not' "$tmp/import.out"; then
  cat "$tmp/import.out" >&2
  fail "khal import reported problems"
fi
nfiles=$(find "$tmp/cal" -name '*.ics' | wc -l)
[ "$nfiles" -gt 0 ] || fail "khal imported no events"

# Date range covered by EXPECT.
first=$(grep -Ev '^(#|$)' "$expect" | cut -f1 | sort | head -n1)
last=$(grep -Ev '^(#|$)' "$expect" | cut -f1 | sort | tail -n1)
[ -n "$first" ] || fail "'$expect' lists no deadlines"
end=$(date -u -d "$last + 2 days" +%Y-%m-%d) || fail "bad date '$last' in '$expect'"

# One record per event and day: "start<TAB>end<TAB>title" ended by a marker
# line, since titles may hold newlines. khal shows an all-day event's end as
# its last day (DTEND - 1), so a one-day deadline has start == end.
if ! khal list -df '' -f '{start-date}	{end-date}	{title}@@END@@' "$first" "$end" \
  >"$tmp/list.out" 2>"$tmp/list.err" </dev/null; then
  cat "$tmp/list.err" >&2
  fail "khal list exited non-zero"
fi
if grep -Eiq 'warning|error|traceback' "$tmp/list.err"; then
  cat "$tmp/list.err" >&2
  fail "khal list reported problems"
fi
nlisted=$(grep -c '@@END@@' "$tmp/list.out")

n=0
bad=0
lineno=0
while IFS="$(printf '\t')" read -r day what; do
  lineno=$((lineno + 1))
  case "$day" in '' | '#'*) continue ;; esac
  n=$((n + 1))
  # found: 2 = on its day and one day long, 1 = on its day but longer, 0 = absent
  found=$(awk -v d="$day" -v w="$what" '
    BEGIN { RS = "@@END@@\n"; FS = "\t"; best = 0 }
    $1 == d && index($3, w) { best = ($2 == d) ? 2 : (best > 1 ? best : 1) }
    END { print best }' "$tmp/list.out")
  case $found in
  2) ;;
  1)
    echo "$expect:$lineno: '$what' on $day lasts more than one day" >&2
    bad=$((bad + 1))
    ;;
  *)
    echo "$expect:$lineno: '$what' not listed on $day" >&2
    bad=$((bad + 1))
    ;;
  esac
done <"$expect"

if [ "$bad" -ne 0 ]; then
  echo "--- khal list output:" >&2
  cat "$tmp/list.out" >&2
  fail "$bad of $n expected deadlines missing or misplaced in khal"
fi
echo "PASS $ics: khal imported $nfiles event files, lists $nlisted; $n expected deadlines on their dates"
