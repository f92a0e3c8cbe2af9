#!/usr/bin/env bash
# Records that can be corrected (issue 9): edit, agency set, void/unvoid,
# retract, note; each leaves history rows, changes nothing else, and the
# report of a database with a voided matter and a retracted response equals
# the report of one where they were never entered.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2026-02-20

expect_ok "setup" agency add DENVER "Denver records office" --calendar us-co
expect_ok "setup" agency add NEWS "Newsroom"
expect_ok "setup" agency add EPA "EPA"
expect_ok "R1" add request --from NEWS --to DENVER --received 2026-02-02T16:50 --rule co-cora --subject "rezonning of Elm Street"
expect_ok "R2" add request --from NEWS --to DENVER --received 2026-02-09 --rule co-cora --subject "Plow routes"

# ---- edit -------------------------------------------------------------------
expect_ok "edit subject" --json edit REQ-2026-0001 --subject "Rezoning of Elm Street" --note "typo"
expect_eq "subject fixed" "$(jget 'd["subject"]' <<<"$OUT")" "Rezoning of Elm Street"
expect_ok "edit tracking" edit REQ-2026-0001 --tracking D-2026-0417 --note "assigned by the agency"
expect_ok "log" --json log REQ-2026-0001
expect_eq "edit rows: field, old, new, why" \
  "$(jget '[(e["field"], e["from"], e["to"], e["note"]) for e in d["history"] if e["kind"]=="edit"]' <<<"$OUT")" \
  "[('subject', 'rezonning of Elm Street', 'Rezoning of Elm Street', 'typo'), ('tracking', None, 'D-2026-0417', 'assigned by the agency')]"
expect_refused "edit that changes nothing" 1 "nothing to change" edit REQ-2026-0001 --subject "Rezoning of Elm Street" --note "again"
expect_refused "edit without a note" 2 "missing --note" edit REQ-2026-0001 --subject "x"
# The trigger date moves the deadline, and the move is in the history:
# received Tue 3 Feb 09:00 -> due Fri 6 Feb (it was Mon 2 Feb 16:50, no cutoff: due Thu 5).
expect_ok "show before" --json show REQ-2026-0001
expect_eq "due before" "$(jget 'd["due"]' <<<"$OUT")" 2026-02-05
expect_ok "edit received" --json edit REQ-2026-0001 --received 2026-02-03T09:00 --note "date stamp misread"
expect_eq "due after" "$(jget '(d["due"], d["previous_due"])' <<<"$OUT")" "('2026-02-06', '2026-02-05')"
expect_ok "log after" --json log REQ-2026-0001
expect_eq "the move is logged" "$(jget '[(e["from"], e["to"]) for e in d["history"] if e["kind"]=="due" and e["from"]]' <<<"$OUT")" "[('2026-02-05', '2026-02-06')]"
expect_ok "respond R2" respond REQ-2026-0002 --kind acknowledgement --on 2026-02-10
expect_refused "trigger after a response" 1 "cannot be after a recorded response" edit REQ-2026-0002 --received 2026-02-11 --note x
expect_refused "edit --rule with its own period and --days" 2 "sets its own period" edit REQ-2026-0002 --rule us-foia --days 5 --note x
expect_ok "edit the rule" --json edit REQ-2026-0002 --rule co-days --days 30 --note "statute"
expect_eq "co-days 30 from Mon 9 Feb: Wed 11 Mar" "$(jget '(d["rule"], d["days"], d["due"])' <<<"$OUT")" "('co-days', 30, '2026-03-11')"

# ---- agency set ---------------------------------------------------------------
# R3 received at 16:50: with a 16:30 cutoff, day 0 moves to the next day.
expect_ok "R3" --json add request --from NEWS --to DENVER --received 2026-02-17T16:50 --rule co-cora --subject "Salt"
expect_eq "R3 due without a cutoff" "$(jget 'd["due"]' <<<"$OUT")" 2026-02-20
expect_ok "agency set cutoff" agency set DENVER --cutoff 16:30 --note "posted office hours"
expect_contains "recomputed" "$OUT" "1 open matter recomputed"
expect_ok "R3 moved" --json show REQ-2026-0003
expect_eq "R3 due with the cutoff" "$(jget 'd["due"]' <<<"$OUT")" 2026-02-23
expect_ok "agency history" --json agency show DENVER
expect_eq "agency history row" "$(jget '[(h["field"], h["from"], h["to"], h["note"]) for h in d["history"]]' <<<"$OUT")" \
  "[('cutoff', None, '16:30', 'posted office hours')]"
expect_refused "agency set nothing" 1 "nothing to change" agency set DENVER --cutoff 16:30
expect_refused "agency set bad cutoff" 2 "invalid time" agency set DENVER --cutoff 25:00
expect_refused "agency set unknown calendar" 1 "unknown calendar" agency set DENVER --calendar nowhere

# ---- void ----------------------------------------------------------------------
expect_ok "duplicate" add request --from NEWS --to DENVER --received 2026-02-17 --rule co-cora --subject "Salt (again)"
expect_ok "void" void REQ-2026-0004 --note "entered twice, see REQ-2026-0003"
expect_ok "list" --json list
case "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" in *REQ-2026-0004*) fail "voided matter listed" ;; *) pass ;; esac
expect_ok "list --all" --json list --all
expect_contains "list --all shows it" "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" "REQ-2026-0004"
expect_ok "show voided" show REQ-2026-0004
expect_contains "show says voided" "$OUT" "VOIDED:"
expect_refused "void twice" 1 "already voided" void REQ-2026-0004 --note again
expect_refused "edit a voided matter" 1 "was voided" edit REQ-2026-0004 --subject x --note x
expect_refused "respond to a voided matter" 1 "was voided" respond REQ-2026-0004 --kind acknowledgement
expect_refused "void without a note" 2 "missing --note" void REQ-2026-0003
expect_ok "calendar without it" ics --status all -o "$T/all.ics"
expect_eq "the voided event is cancelled" "$(tr -d '\r' <"$T/all.ics" | awk '/^BEGIN:VEVENT/{s=""} /^SUMMARY:/{s=$0} /^STATUS:/{st=$0} /^END:VEVENT/{if (s ~ /REQ-2026-0004/) print st}')" "STATUS:CANCELLED"
expect_ok "unvoid" unvoid REQ-2026-0004 --note "not a duplicate after all"
expect_ok "list again" --json list
expect_contains "back in the list" "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" "REQ-2026-0004"
expect_refused "unvoid a standing matter" 1 "is not voided" unvoid REQ-2026-0004 --note x
expect_ok "void again" void REQ-2026-0004 --note "duplicate after all"

# ---- retract ---------------------------------------------------------------------
expect_ok "a response by mistake" respond REQ-2026-0003 --kind denial --on 2026-02-19 --note "wrong request"
expect_ok "show denied" --json show REQ-2026-0003
expect_eq "denied, clock stopped" "$(jget '(d["status"], d["clock"], d["answered"])' <<<"$OUT")" "('denied', 'stopped', '2026-02-19')"
expect_ok "retract it" --json retract REQ-2026-0003 1 --note "recorded on the wrong request"
expect_eq "as if never given" "$(jget '(d["status"], d["clock"], d["answered"], d["due"])' <<<"$OUT")" "('open', 'running', None, '2026-02-23')"
expect_ok "show retracted" show REQ-2026-0003
expect_contains "marked in show" "$OUT" "[retracted 2026-02-20: recorded on the wrong request]"
expect_refused "retract twice" 1 "already retracted" retract REQ-2026-0003 1 --note again
expect_refused "retract a response that does not exist" 1 "has no response 2" retract REQ-2026-0003 2 --note x
expect_refused "retract number" 2 "invalid response number" retract REQ-2026-0003 first --note x

# ---- note ------------------------------------------------------------------------
expect_ok "note" note REQ-2026-0001 "Called the clerk: production expected Friday"
printf 'Dear requester,\n' >"$T/letter.txt"
expect_ok "note --file" note REQ-2026-0001 --file "$T/letter.txt" "Acknowledgement letter"
sum=$(sha256sum "$T/letter.txt" | cut -d' ' -f1)
expect_ok "log notes" --json log REQ-2026-0001
expect_eq "notes in the history" "$(jget '[(e["field"], e["to"], e["note"]) for e in d["history"] if e["kind"]=="note"]' <<<"$OUT")" \
  "[('note', None, 'Called the clerk: production expected Friday'), ('file', '$T/letter.txt (16 bytes, sha256 $sum)', 'Acknowledgement letter')]"
expect_ok "no response from a note" --json show REQ-2026-0001
expect_eq "notes never count as responses" "$(jget 'len(d["responses"])' <<<"$OUT")" 0
expect_refused "note --file missing" 1 "cannot read" note REQ-2026-0001 --file "$T/nope.pdf" x
expect_refused "note --file a directory" 1 "not a regular file" note REQ-2026-0001 --file "$T" x
expect_refused "note without text" 2 "needs the text" note REQ-2026-0001

# ---- the report is as if the mistakes were never entered --------------------------
expect_ok "report" report --format json
jget 'json.dumps({k: v for k, v in d.items() if k not in ("recent",)}, sort_keys=True)' <<<"$OUT" 2>/dev/null >/dev/null
"$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k, None) for k in ("recent", "generated_at")]; print(json.dumps(d, sort_keys=True))' <(printf '%s' "$OUT") >"$T/with.json"
# The same story without the duplicate and without the mistaken denial.
DB2="$T/clean.db"
PUBREC_DB=$DB2 "$PUBREC" agency add DENVER "Denver records office" --calendar us-co --cutoff 16:30 >/dev/null
PUBREC_DB=$DB2 "$PUBREC" agency add NEWS "Newsroom" >/dev/null
PUBREC_DB=$DB2 "$PUBREC" agency add EPA "EPA" >/dev/null
PUBREC_DB=$DB2 "$PUBREC" add request --from NEWS --to DENVER --received 2026-02-03T09:00 --rule co-cora --subject "Rezoning of Elm Street" --tracking D-2026-0417 >/dev/null
PUBREC_DB=$DB2 "$PUBREC" add request --from NEWS --to DENVER --received 2026-02-09 --rule co-days --days 30 --subject "Plow routes" >/dev/null
PUBREC_DB=$DB2 "$PUBREC" respond REQ-2026-0002 --kind acknowledgement --on 2026-02-10 >/dev/null
PUBREC_DB=$DB2 "$PUBREC" add request --from NEWS --to DENVER --received 2026-02-17T16:50 --rule co-cora --subject "Salt" >/dev/null
PUBREC_DB=$DB2 "$PUBREC" report --format json >"$T/clean.out"
"$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k, None) for k in ("recent", "generated_at")]; print(json.dumps(d, sort_keys=True))' "$T/clean.out" >"$T/clean.json"
if cmp -s "$T/with.json" "$T/clean.json"; then pass; else fail "report with corrections differs from a clean database: $(diff <(tr ',' '\n' <"$T/clean.json") <(tr ',' '\n' <"$T/with.json") | head -20)"; fi
finish
