#!/usr/bin/env bash
# The story of SPEC.md through the built binary: pubrec demo loads it, and
# every command's text and --json output is checked field by field.
. "$SOURCE_DIR/tests/lib.sh"

expect_ok "demo runs" --db "$DB" demo
expect_contains "demo lists the subpoenas" "$OUT" "SUB-2020-0004"
expect_contains "demo shows a history" "$OUT" "status refused -> escalated"
expect_contains "demo explains a deadline" "$OUT" "2020-01-20 Mon: skipped, Martin Luther King, Jr. Day"
expect_contains "demo names its database" "$OUT" "$DB"
expect_contains "demo prints the report" "$OUT" "OVERDUE, worst first"
expect_contains "demo names its calendar file" "$OUT" "$T/deadlines.ics"
expect_contains "demo names its report file" "$OUT" "$T/report.html"
check "calendar file written" grep -q "^BEGIN:VCALENDAR" "$T/deadlines.ics"
check "calendar file passes the RFC checks" "$PYTHON" "$SOURCE_DIR/tests/interop/check_ics_rfc.py" "$T/deadlines.ics"
expect_eq "open deadlines exported (the extension moved one)" "$(grep -c '^BEGIN:VEVENT' "$T/deadlines.ics")" 2
check "report written" grep -q "<svg" "$T/report.html"
# --json prints one document: the list of matters.
expect_ok "demo --json" --json --db "$T/demo2.db" demo
expect_eq "demo --json is the list" "$(jget 'd["count"]' <<<"$OUT")" 7

# A second demo into the same file is refused, and changes nothing.
expect_refused "demo into a used database" 1 "already exists" --db "$DB" demo

export PUBREC_TODAY=2020-02-07
expect_ok "list --json" --json list
J=$OUT
expect_eq "seven matters" "$(jget 'd["count"]' <<<"$J")" 7
expect_eq "today echoed" "$(jget 'd["today"]' <<<"$J")" 2020-02-07
# Field by field, for the first subpoena.
sub1() { jget "[m for m in d['matters'] if m['ref']=='SUB-2020-0001'][0]$1" <<<"$J"; }
expect_eq "kind" "$(sub1 "['kind']")" subpoena
expect_eq "from" "$(sub1 "['from']['code']")" ICE
expect_eq "to" "$(sub1 "['to']['code']")" DENVER
expect_eq "served" "$(sub1 "['trigger_date']")" 2020-01-13
expect_eq "14 days stated" "$(sub1 "['days']")" 14
expect_eq "due 13 Jan + 14 days" "$(sub1 "['due']")" 2020-01-27
expect_eq "escalated after the petition" "$(sub1 "['status']")" escalated
expect_eq "closed, not overdue" "$(sub1 "['overdue']")" False
expect_eq "uuid is a v4 uuid" "$(sub1 "['uuid']" | grep -cE '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')" 1
expect_eq "created_at is ISO 8601 UTC" "$(sub1 "['created_at']" | grep -cE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$')" 1
sub4() { jget "[m for m in d['matters'] if m['ref']=='SUB-2020-0004'][0]$1" <<<"$J"; }
expect_eq "the 3-day subpoena" "$(sub4 "['due']")" 2020-01-16
# The newsroom's CORA request: received Fri 17 Jan 10:30, MLK Day skipped,
# extended by 7 working days: 3 + 7 = the 10th working day, Mon 3 Feb.
req1() { jget "[m for m in d['matters'] if m['ref']=='REQ-2020-0001'][0]$1" <<<"$J"; }
expect_eq "CORA due after extension" "$(req1 "['due']")" 2020-02-03
expect_eq "CORA overdue on 7 Feb" "$(req1 "['overdue']")" True
expect_eq "4 calendar days overdue" "$(req1 "['days_left']")" -4
expect_eq "4 working days overdue" "$(req1 "['working_days_remaining']")" -4
expect_eq "status extended" "$(req1 "['status']")" extended
expect_eq "received time kept" "$(req1 "['trigger_time']")" 10:30
req2() { jget "[m for m in d['matters'] if m['ref']=='REQ-2020-0002'][0]$1" <<<"$J"; }
# FOIA received Tue 21 Jan 2020: 20 working days on us-federal (Presidents' Day
# 17 Feb skipped) = Wed 19 Feb.
expect_eq "FOIA due" "$(req2 "['due']")" 2020-02-19
expect_eq "FOIA working days remaining" "$(req2 "['working_days_remaining']")" 7
expect_eq "FOIA working days elapsed" "$(req2 "['working_days_elapsed']")" 13
expect_eq "tracking number" "$(req2 "['tracking']")" 2020-ICFO-12345
pet() { jget "[m for m in d['matters'] if m['ref']=='PET-2020-0001'][0]$1" <<<"$J"; }
expect_eq "petition has four parents" "$(pet "['parents']")" "['SUB-2020-0001', 'SUB-2020-0002', 'SUB-2020-0003', 'SUB-2020-0004']"
expect_eq "petition has no due date" "$(pet "['due']")" None

# Filters.
expect_ok "list --overdue" --json list --overdue
expect_eq "one overdue" "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" "['REQ-2020-0001']"
expect_ok "list --kind subpoena" --json list --kind subpoena
expect_eq "four subpoenas" "$(jget 'd["count"]' <<<"$OUT")" 4
expect_ok "list --status escalated" --json list --status escalated
expect_eq "four escalated" "$(jget 'd["count"]' <<<"$OUT")" 4
expect_ok "list --agency NEWSROOM" --json list --agency NEWSROOM
expect_eq "two from the newsroom" "$(jget 'd["count"]' <<<"$OUT")" 2
expect_ok "list --due-within 14" --json list --due-within 14
expect_eq "overdue and FOIA within 14 days" "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" "['REQ-2020-0001', 'REQ-2020-0002']"
expect_ok "list --due-within 5" --json list --due-within 5
expect_eq "only the overdue one within 5 days" "$(jget '[m["ref"] for m in d["matters"]]' <<<"$OUT")" "['REQ-2020-0001']"

# show --json: deadlines, responses, history, children.
expect_ok "show --json" --json show SUB-2020-0001
S=$OUT
expect_eq "response deadline" "$(jget '[(x["kind"], x["due"]) for x in d["deadlines"]]' <<<"$S")" "[('response', '2020-01-27')]"
expect_eq "refusal recorded" "$(jget '[(r["kind"], r["on"]) for r in d["responses"]]' <<<"$S")" "[('refusal', '2020-01-16')]"
expect_eq "child petition" "$(jget 'd["children"]' <<<"$S")" "['PET-2020-0001']"
expect_eq "history statuses" "$(jget '[(e["kind"], e["from"], e["to"]) for e in d["history"] if e["kind"] in ("created","status")]' <<<"$S")" "[('created', None, 'open'), ('status', 'open', 'refused'), ('status', 'refused', 'escalated')]"
expect_eq "history by" "$(jget 'sorted(set(e["by"] for e in d["history"]))' <<<"$S")" "['demo']"

# log, due and text output.
expect_ok "log" log SUB-2020-0001
expect_contains "log shows the refusal note" "$OUT" "Not court-ordered"
expect_ok "log --json" --json log REQ-2020-0001
expect_eq "the extension moved the due date" "$(jget '[(e["from"], e["to"]) for e in d["history"] if e["field"]=="due:extended"]' <<<"$OUT")" "[(None, '2020-02-03')]"
expect_ok "due" due --within 30
expect_contains "agenda starts with overdue" "$(head -1 <<<"$OUT")" "OVERDUE"
expect_ok "due --json" --json due --within 30
expect_eq "agenda order" "$(jget '[m["ref"] for m in d["due"]]' <<<"$OUT")" "['REQ-2020-0001', 'REQ-2020-0002']"

# The lifecycle continues: respond, status, reopen.
expect_ok "production closes the CORA request" respond REQ-2020-0001 --kind production --on 2020-02-07 --pages 12 --note "Emailed"
expect_contains "status change reported" "$OUT" "extended -> fulfilled"
expect_refused "fulfilled back to acknowledged" 1 "allowed statuses are open" status REQ-2020-0001 acknowledged
export PUBREC_TODAY=2020-02-11
expect_refused "reopen asks for the new clock" 1 "needs the new clock" status REQ-2020-0001 open --on 2020-02-10
expect_ok "reopen" status REQ-2020-0001 open --on 2020-02-10 --received 2020-02-10 --note "Records were incomplete"
expect_ok "then acknowledged" status REQ-2020-0001 acknowledged --on 2020-02-10
expect_ok "--by is recorded" --by "Jane Records" --json status REQ-2020-0001 partial --on 2020-02-11
expect_ok "log --json" --json log REQ-2020-0001
expect_eq "who" "$(jget 'd["history"][-1]["by"]' <<<"$OUT")" "Jane Records"
expect_eq "why" "$(jget '[e["note"] for e in d["history"] if e["to"]=="open" and e["kind"]=="status"]' <<<"$OUT")" "['Records were incomplete']"
finish
