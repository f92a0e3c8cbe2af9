#!/bin/bash
# ics_update.sh — pubrec ics across changes: an extension moves the event
# (same UID, SEQUENCE one higher, new date, "Extended due"), moving it again
# does the same, tolling removes the event and resuming brings it back
# with a higher SEQUENCE, closing a matter drops it from the default export
# (--status all shows it cancelled); then --alarms, --reminder-events and
# --todo.
. "$SOURCE_DIR/tests/lib.sh"
IC=$SOURCE_DIR/tests/interop
export PUBREC_TODAY=2020-02-10

expect_ok "agency ICE" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency DENVER" agency add DENVER "City and County of Denver" --calendar us-co
expect_ok "agency NEWS" agency add NEWS "Newsroom"
expect_ok "subpoena A" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records on four individuals"
expect_ok "subpoena B" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 3 --subject "Records on one individual"
expect_ok "request C" add request --from NEWS --to DENVER --received 2020-01-17 --rule co-cora --subject "Copies of the subpoenas"
UA=$(sqlite3 "$DB" "SELECT uuid FROM matter WHERE ref = 'SUB-2020-0001'")
UB=$(sqlite3 "$DB" "SELECT uuid FROM matter WHERE ref = 'SUB-2020-0002'")
UC=$(sqlite3 "$DB" "SELECT uuid FROM matter WHERE ref = 'REQ-2020-0001'")

# ev FILE UID FIELD: the value of FIELD (e.g. SEQUENCE, DTSTART;VALUE=DATE,
# SUMMARY, STATUS) in the component with UID, from unfolded lines; "absent"
# when there is no such component.
ev() {
  "$PYTHON" - "$@" <<'EOF'
import sys
path, uid, field = sys.argv[1:4]
text = open(path, "rb").read().decode("utf-8").replace("\r\n ", "")
comp, found = {}, False
for line in text.split("\r\n"):
    if line in ("BEGIN:VEVENT", "BEGIN:VTODO"):
        comp, depth = {}, 0
    elif line == "BEGIN:VALARM":
        comp["VALARMS"] = comp.get("VALARMS", 0) + 1
    name, _, value = line.partition(":")
    if name not in comp:
        comp[name] = value
    if line in ("END:VEVENT", "END:VTODO") and comp.get("UID") == uid:
        found = True
        print(comp.get(field, comp.get("VALARMS", 0) if field == "VALARMS" else "none"))
        break
if not found:
    print("absent")
EOF
}

# ---- first export -------------------------------------------------------
expect_ok "export 1" ics -o "$T/1.ics"
expect_eq "A: due 2020-01-27" "$(ev "$T/1.ics" "$UA-response@pubrec" 'DTSTART;VALUE=DATE')" 20200127
expect_eq "A: SEQUENCE 0" "$(ev "$T/1.ics" "$UA-response@pubrec" SEQUENCE)" 0
expect_eq "A: summary" "$(ev "$T/1.ics" "$UA-response@pubrec" SUMMARY)" \
  "Due: SUB-2020-0001 ICE → DENVER — Records on four individuals"
expect_eq "A: confirmed" "$(ev "$T/1.ics" "$UA-response@pubrec" STATUS)" CONFIRMED
expect_eq "A: no extended event yet" "$(ev "$T/1.ics" "$UA-extended@pubrec" SEQUENCE)" absent
check "export 1 passes the RFC checks" "$PYTHON" "$IC/check_ics_rfc.py" "$T/1.ics"

# ---- extend: the same event moves (same UID, SEQUENCE one higher, new date)
expect_ok "extend A" extend SUB-2020-0001 --days 7 --on 2020-01-20
expect_ok "export 2" ics -o "$T/2.ics"
expect_eq "A: new date" "$(ev "$T/2.ics" "$UA-response@pubrec" 'DTSTART;VALUE=DATE')" 20200203
expect_eq "A: SEQUENCE one higher" "$(ev "$T/2.ics" "$UA-response@pubrec" SEQUENCE)" 1
expect_eq "A: confirmed" "$(ev "$T/2.ics" "$UA-response@pubrec" STATUS)" CONFIRMED
expect_eq "A: summary" "$(ev "$T/2.ics" "$UA-response@pubrec" SUMMARY)" \
  "Extended due: SUB-2020-0001 ICE → DENVER — Records on four individuals"
expect_eq "A: no second event" "$(ev "$T/2.ics" "$UA-extended@pubrec" SEQUENCE)" absent
expect_eq "UIDs unchanged by the extension" \
  "$(grep -a '^UID:' "$T/2.ics" | sort)" "$(grep -a '^UID:' "$T/1.ics" | sort)"

# ---- extend again: same UID, SEQUENCE one higher again, new date -------------
expect_ok "extend A again" extend SUB-2020-0001 --days 3 --on 2020-01-21
expect_ok "export 3" ics -o "$T/3.ics"
expect_eq "A: newer date" "$(ev "$T/3.ics" "$UA-response@pubrec" 'DTSTART;VALUE=DATE')" 20200206
expect_eq "A: SEQUENCE one higher again" "$(ev "$T/3.ics" "$UA-response@pubrec" SEQUENCE)" 2
expect_eq "UIDs unchanged by the second extension" \
  "$(grep -a '^UID:' "$T/3.ics" | sort)" "$(grep -a '^UID:' "$T/2.ics" | sort)"
# SEQUENCE comes from the history: every event that set or moved the date.
moves=$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE matter_id = (SELECT id FROM matter WHERE ref = 'SUB-2020-0001') AND kind = 'due' AND (old_value IS NOT NULL OR field = 'due:extended')")
expect_eq "SEQUENCE equals the history's moves" "$(ev "$T/3.ics" "$UA-response@pubrec" SEQUENCE)" "$moves"

# ---- toll and resume: gone while tolled, back with a higher SEQUENCE ---------
D_C=$(ev "$T/3.ics" "$UC-response@pubrec" 'DTSTART;VALUE=DATE')
expect_ok "toll C" toll REQ-2020-0001 --on 2020-01-20
expect_ok "export 4" ics -o "$T/4.ics"
expect_eq "C: no event while tolled" "$(ev "$T/4.ics" "$UC-response@pubrec" SEQUENCE)" absent
expect_ok "resume C" resume REQ-2020-0001 --on 2020-01-24
expect_ok "export 5" ics -o "$T/5.ics"
expect_eq "C: back, SEQUENCE 1" "$(ev "$T/5.ics" "$UC-response@pubrec" SEQUENCE)" 1
D_C2=$(ev "$T/5.ics" "$UC-response@pubrec" 'DTSTART;VALUE=DATE')
check "C: the date moved ($D_C -> $D_C2)" test "$D_C2" -gt "$D_C"

# ---- closing: gone by default, cancelled with --status -----------------------
expect_ok "fulfil A" status SUB-2020-0001 fulfilled --on 2020-01-22
expect_ok "refuse B" respond SUB-2020-0002 --kind refusal --on 2020-01-16 --note "Not court-ordered"
expect_ok "export 6" ics -o "$T/6.ics"
expect_eq "A gone" "$(ev "$T/6.ics" "$UA-response@pubrec" SEQUENCE)" absent
expect_eq "B gone" "$(ev "$T/6.ics" "$UB-response@pubrec" SEQUENCE)" absent
expect_eq "C still there" "$(ev "$T/6.ics" "$UC-response@pubrec" STATUS)" CONFIRMED
expect_ok "export all" ics --status all -o "$T/all.ics"
expect_eq "A cancelled" "$(ev "$T/all.ics" "$UA-response@pubrec" STATUS)" CANCELLED
expect_eq "A: closing raised SEQUENCE (STATUS changed)" "$(ev "$T/all.ics" "$UA-response@pubrec" SEQUENCE)" 3
expect_eq "A summary says fulfilled" "$(ev "$T/all.ics" "$UA-response@pubrec" SUMMARY)" \
  "Extended due (fulfilled): SUB-2020-0001 ICE → DENVER — Records on four individuals"
expect_eq "B cancelled" "$(ev "$T/all.ics" "$UB-response@pubrec" STATUS)" CANCELLED
expect_eq "B summary says refused" "$(ev "$T/all.ics" "$UB-response@pubrec" SUMMARY)" \
  "Due (refused): SUB-2020-0002 ICE → DENVER — Records on one individual"
expect_eq "C confirmed in --status all" "$(ev "$T/all.ics" "$UC-response@pubrec" STATUS)" CONFIRMED
expect_ok "export refused" ics --status refused
printf '%s\n' "$OUT" >"$T/refused.ics"
expect_eq "--status refused: only B" "$(grep -c '^BEGIN:VEVENT' "$T/refused.ics")" 1
expect_eq "--status refused: B" "$(ev "$T/refused.ics" "$UB-response@pubrec" STATUS)" CANCELLED
expect_ok "export closed" ics --status closed
expect_eq "--status closed: A and B" "$(printf '%s\n' "$OUT" | grep -c '^BEGIN:VEVENT')" 2

# ---- alarms, reminder events, tasks --------------------------------------
expect_ok "reopen A" reopen SUB-2020-0001 --on 2020-01-23 --due 2020-02-06
# reopening asks for the new clock (here the date now stated) and changes
# STATUS back; the reopened matter's deadline is the stated date, no longer
# the extended one: SEQUENCE 6 (two extensions, closed, reopened, and the
# reopening's two row changes: the original moved, the extended row gone).
expect_ok "alarms" ics --alarms 3d,1d,0d --reminder-events -o "$T/alarms.ics"
check "alarms pass the RFC checks" "$PYTHON" "$IC/check_ics_rfc.py" "$T/alarms.ics"
expect_eq "C: three alarms" "$(ev "$T/alarms.ics" "$UC-response@pubrec" VALARMS)" 3
expect_eq "A: three alarms" "$(ev "$T/alarms.ics" "$UA-response@pubrec" VALARMS)" 3
expect_eq "reminder 3d: date" "$(ev "$T/alarms.ics" "$UA-response@pubrec-remind-3d" 'DTSTART;VALUE=DATE')" 20200203
expect_eq "reminder 3d: summary" "$(ev "$T/alarms.ics" "$UA-response@pubrec-remind-3d" SUMMARY)" \
  "Due in 3 days: Due: SUB-2020-0001 ICE → DENVER — Records on four individuals"
expect_eq "reminder 1d: date" "$(ev "$T/alarms.ics" "$UA-response@pubrec-remind-1d" 'DTSTART;VALUE=DATE')" 20200205
expect_eq "no reminder event for 0d" "$(ev "$T/alarms.ics" "$UA-response@pubrec-remind-0d" SUMMARY)" absent
triggers=$(tr -d '\r' <"$T/alarms.ics" | grep '^TRIGGER' | sort -u | tr '\n' ' ')
expect_eq "alarm triggers" "$triggers" "TRIGGER;RELATED=START:-P1D TRIGGER;RELATED=START:-P3D TRIGGER;RELATED=START:PT0S "
# 2 deadlines (A extended, C), and 2 reminders each.
expect_eq "events with reminders" "$(grep -c '^BEGIN:VEVENT' "$T/alarms.ics")" 6

expect_ok "todo" ics --todo --alarms 1d -o "$T/todo.ics"
check "todo passes the RFC checks" "$PYTHON" "$IC/check_ics_rfc.py" "$T/todo.ics"
expect_eq "todo: no VEVENT" "$(grep -c '^BEGIN:VEVENT' "$T/todo.ics")" 0
expect_eq "todo: two VTODOs" "$(grep -c '^BEGIN:VTODO' "$T/todo.ics")" 2
expect_eq "todo: DUE" "$(ev "$T/todo.ics" "$UA-response@pubrec" 'DUE;VALUE=DATE')" 20200206
expect_eq "todo: needs action" "$(ev "$T/todo.ics" "$UA-response@pubrec" STATUS)" NEEDS-ACTION
expect_eq "todo: alarm relative to DUE" "$(tr -d '\r' <"$T/todo.ics" | grep '^TRIGGER' | sort -u)" "TRIGGER;RELATED=END:-P1D"
export UA UC
"$PYTHON" - "$T/todo.json" <<'EOF'
import json, os, sys
e = os.environ
s = " SUB-2020-0001 ICE → DENVER — Records on four individuals"
json.dump([
    {"uid": e["UA"] + "-response@pubrec", "summary": "Due:" + s,
     "dtstart": "2020-02-06", "sequence": 6, "status": "NEEDS-ACTION"},
], open(sys.argv[1], "w"), ensure_ascii=False)
EOF
expect_ok "todo for A" ics --todo --agency ICE -o "$T/todo-a.ics"
check "todo parses as expected" "$PYTHON" "$IC/check_ics_python.py" "$T/todo-a.ics" "$T/todo.json"

finish
