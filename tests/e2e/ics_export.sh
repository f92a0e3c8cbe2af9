#!/bin/bash
# ics_export.sh — pubrec ics: what each deadline becomes (UID, SUMMARY,
# DESCRIPTION, CATEGORIES, dates, LAST-MODIFIED), text with commas,
# semicolons, backslashes, quotes, newlines and non-ASCII round-tripping
# through python3-icalendar and vobject, a long multi-byte SUMMARY folded
# only between characters, and the filters.
. "$SOURCE_DIR/tests/lib.sh"
IC=$SOURCE_DIR/tests/interop
export PUBREC_TODAY=2020-02-10

# Tricky names and subjects (bash $'...' so \n is a newline, \\ a backslash).
NAME_DREC=$'Dept. of "Records"; Unit\\A, Denver\nAnnex'
NAME_CAFE='Café 東京 🚓'
SUBJ1=$'Records, emails; "drafts" \\ notes\nsecond line — Café 東京 🚓'
LONG=''
for i in 1 2 3 4 5 6; do LONG="${LONG}日本語の記録請求 café naïve résumé Ærøskøbing 😀📅 "; done
LONG="${LONG}end"

expect_ok "agency ICE" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency DREC" agency add DREC "$NAME_DREC"
expect_ok "agency CAFE" agency add CAFE "$NAME_CAFE"
expect_ok "subpoena 1" add subpoena --from ICE --to DREC --served 2020-01-13 --days 14 --subject "$SUBJ1"
expect_ok "subpoena 2 (long)" add subpoena --from CAFE --to ICE --served 2020-01-13 --days 21 --subject "$LONG"
expect_ok "request (rule)" add request --from CAFE --to DREC --received 2020-01-17 --rule co-cora --subject "Plain request" --tracking "TRK-7"

uuid() { sqlite3 "$DB" "SELECT uuid FROM matter WHERE ref = '$1'"; }
U1=$(uuid SUB-2020-0001)
U2=$(uuid SUB-2020-0002)
U3=$(uuid REQ-2020-0001)
D3=$(sqlite3 "$DB" "SELECT due FROM deadline WHERE matter_id = (SELECT id FROM matter WHERE ref = 'REQ-2020-0001')")
check "three uuids" test -n "$U1" -a -n "$U2" -a -n "$U3"

# ---- export to a file -------------------------------------------------------
expect_ok "export" ics -o "$T/cal.ics"
expect_eq "export reports the count" "$OUT" "wrote 3 deadlines to $T/cal.ics"
check "rfc checks pass" "$PYTHON" "$IC/check_ics_rfc.py" "$T/cal.ics"

# What the file must hold, written independently of pubrec's code: SUMMARY
# has its line breaks turned into spaces (ics.c does so for calcurse);
# everything else is byte for byte.
export U1 U2 U3 D3 SUBJ1 LONG
"$PYTHON" - "$T/expect.json" <<'EOF'
import json, os, sys
e = os.environ
one_line = lambda s: s.replace("\n", " ")
exp = [
    {"uid": e["U1"] + "-response@pubrec", "dtstart": "2020-01-27", "sequence": 0,
     "status": "CONFIRMED", "categories": ["subpoena", "ICE", "DREC"],
     "summary": one_line("Due: SUB-2020-0001 ICE → DREC — " + e["SUBJ1"])},
    {"uid": e["U2"] + "-response@pubrec", "dtstart": "2020-02-03", "sequence": 0,
     "status": "CONFIRMED", "categories": ["subpoena", "CAFE", "ICE"],
     "summary": "Due: SUB-2020-0002 CAFE → ICE — " + e["LONG"]},
    {"uid": e["U3"] + "-response@pubrec", "dtstart": e["D3"], "sequence": 0,
     "status": "CONFIRMED", "categories": ["request", "CAFE", "DREC"],
     "summary": "Due: REQ-2020-0001 CAFE → DREC — Plain request"},
]
json.dump(exp, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
EOF
check "python parsers agree with the expectations" "$PYTHON" "$IC/check_ics_python.py" "$T/cal.ics" "$T/expect.json"

# A wrong expectation must fail the checker (the check can fail).
sed 's/Plain request/Plain requesT/' "$T/expect.json" >"$T/wrong.json"
if "$PYTHON" "$IC/check_ics_python.py" "$T/cal.ics" "$T/wrong.json" >/dev/null 2>&1; then
  fail "check_ics_python.py accepted a wrong SUMMARY"
else pass; fi

# DESCRIPTION keeps newlines and every special character, and carries the
# rule, citation, trigger date, status, basis and history.
export NAME_DREC NAME_CAFE
check "DESCRIPTION round-trips" "$PYTHON" - "$T/cal.ics" <<'EOF'
import os, sys, icalendar
e = os.environ
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = {str(c["UID"]): c for c in cal.walk("VEVENT")}
d1 = str(ev[e["U1"] + "-response@pubrec"]["DESCRIPTION"])
d3 = str(ev[e["U3"] + "-response@pubrec"]["DESCRIPTION"])
want1 = [e["SUBJ1"], "From: ICE, U.S. Immigration and Customs Enforcement",
         "To: DREC, " + e["NAME_DREC"], "Deadline: response, due 2020-01-27",
         "Rule: none (the date or period the document states)", "Served: 2020-01-13",
         "Status: open", "Basis: 14 calendar days after 2020-01-13", "Latest history:",
         "\n- 2020-01-13 created as open: subpoena ICE -> DREC"]
want3 = ["Rule: co-cora, C.R.S. 24-72-203", "Received: 2020-01-17", "Tracking number: TRK-7",
         "From: CAFE, " + e["NAME_CAFE"]]
bad = [w for w in want1 if w not in d1] + [w for w in want3 if w not in d3]
if bad:
    sys.exit("missing from DESCRIPTION: %r\n--- got:\n%s\n---\n%s" % (bad, d1, d3))
EOF

# ---- the long multi-byte SUMMARY folds only between characters ------------
check "the long SUMMARY is folded" grep -q $'^ .*\r$' "$T/cal.ics"
"$PYTHON" - "$T/cal.ics" <<'EOF' >"$T/sumlines"
import sys
lines = open(sys.argv[1], "rb").read().split(b"\r\n")
i = next(n for n, l in enumerate(lines) if l.startswith(b"SUMMARY:Due: SUB-2020-0002"))
j = i + 1
while lines[j].startswith(b" "):
    j += 1
print(j - i, max(len(l) for l in lines[i:j]))
EOF
read -r nlines maxlen <"$T/sumlines"
check "long SUMMARY spans several lines" test "$nlines" -ge 5
check "no line over 75 octets" test "$maxlen" -le 75
# Negative control: the same file folded at 75 octets regardless of UTF-8
# must be rejected by the RFC checker.
"$PYTHON" - "$T/cal.ics" "$T/badfold.ics" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read().replace(b"\r\n ", b"")
out = []
for line in data.split(b"\r\n"):
    first = True
    while len(line) > 75:
        out.append(line[:75] if first else b" " + line[:74])
        line = line[75:] if first else line[74:]
        first = False
    out.append(line if first else b" " + line)
open(sys.argv[2], "wb").write(b"\r\n".join(out))
EOF
if "$PYTHON" "$IC/check_ics_rfc.py" "$T/badfold.ics" >/dev/null 2>&1; then
  fail "check_ics_rfc.py accepted folds inside UTF-8 characters"
else pass; fi

# ---- header, UID stability, stamps -----------------------------------------
expect_ok "export to stdout" ics
printf '%s\n' "$OUT" >"$T/stdout.ics"
check "stdout starts the calendar" grep -q '^BEGIN:VCALENDAR' "$T/stdout.ics"
check "default name" grep -q $'^X-WR-CALNAME:pubrec deadlines\r$' "$T/stdout.ics"
check "refresh interval" grep -q $'^REFRESH-INTERVAL;VALUE=DURATION:PT60M\r$' "$T/stdout.ics"
uids() { grep -a '^UID:' "$1" | tr -d '\r' | sort; }
expect_eq "UIDs identical on every export" "$(uids "$T/stdout.ics")" "$(uids "$T/cal.ics")"
expect_ok "named export" ics --name $'Team, Denver; "A"' --refresh 0
expect_contains "NAME escaped" "$OUT" 'NAME:Team\, Denver\; "A"'
expect_contains "X-WR-CALNAME escaped" "$OUT" 'X-WR-CALNAME:Team\, Denver\; "A"'
case "$OUT" in *REFRESH-INTERVAL*) fail "--refresh 0 still wrote REFRESH-INTERVAL" ;; *) pass ;; esac
# LAST-MODIFIED is the time of the matter's latest event, DTSTAMP is UTC.
want=$(sqlite3 "$DB" "SELECT strftime('%Y%m%dT%H%M%SZ', max(at)) FROM event WHERE matter_id = (SELECT id FROM matter WHERE ref = 'SUB-2020-0001')")
got=$(awk -v u="UID:$U1-response@pubrec" '{ sub(/\r$/, "") } $0 == u { on = 1 } on && /^LAST-MODIFIED:/ { print substr($0, 15); exit }' "$T/cal.ics")
expect_eq "LAST-MODIFIED is the latest event" "$got" "$want"
check "DTSTAMP in UTC" grep -Eq $'^DTSTAMP:[0-9]{8}T[0-9]{6}Z\r$' "$T/cal.ics"

# ---- filters -----------------------------------------------------------------
count() { printf '%s\n' "$OUT" | grep -c '^BEGIN:VEVENT'; }
expect_ok "agency filter" ics --agency ICE
expect_eq "--agency ICE: two matters" "$(count)" 2
expect_ok "date filter" ics --from 2020-01-28 --to 2020-02-03
expect_eq "--from/--to: one deadline" "$(count)" 1
expect_contains "--from/--to keeps SUB-2020-0002" "$OUT" "SUB-2020-0002"
expect_ok "date filter, nothing" ics --from 2030-01-01
expect_eq "empty calendar" "$(count)" 0
expect_contains "empty calendar is still a calendar" "$OUT" "END:VCALENDAR"
expect_contains "empty calendar warns" "$ERR" "no deadlines match"

# ---- many agencies and rules -------------------------------------------------
# store_ics.c reads each agency and rule once for the whole export (a memo
# that grows as it meets them): every event must still name its own.
for i in $(seq 1 20); do pr agency add "A$i" "Agency number $i"; done
for i in $(seq 1 20); do
  pr add request --from "A$i" --to "A$((21 - i))" --received 2020-01-17 --subject "many $i" \
    --rule "$(if [ $((i % 2)) = 0 ]; then echo co-cora; else echo us-foia; fi)"
done
expect_ok "export with 23 agencies" ics
unfolded=$(printf '%s\n' "$OUT" | tr -d '\r' | awk '/^ / { printf "%s", substr($0, 2); next } NR > 1 { print "" } { printf "%s", $0 } END { print "" }')
bad=0
for i in $(seq 1 20); do
  case "$unfolded" in
  *" A$i → A$((21 - i)) — many $i"*) ;;
  *) bad=$((bad + 1)) ;;
  esac
done
expect_eq "each SUMMARY names its own agencies" "$bad" 0
cite() { sqlite3 "$DB" "SELECT replace(citation, ',', '\\,') FROM rule WHERE code = '$1'"; }
expect_contains "agencies in the description" "$unfolded" "A2\\, Agency number 2\\nTo: A19\\, Agency number 19"
expect_contains "us-foia's citation" "$unfolded" "Rule: us-foia\\, $(cite us-foia)"
expect_contains "co-cora's citation" "$unfolded" "Rule: co-cora\\, $(cite co-cora)"
expect_ok "agency filter, any case" ics --agency a7
expect_eq "--agency a7: A7's two matters" "$(count)" 2

finish
