#!/usr/bin/env bash
# The lifecycle layer end to end (issue 8): a month in a Colorado records
# office (CORA, 3 working days + 7, C.R.S. 24-72-203(3)(b), on the us-co
# calendar; Washington-Lincoln Day is Mon 16 Feb 2026), checked through
# `due`, `list --overdue`, the report's JSON and the calendar at several
# dates, and each rule of what must come out right.
. "$SOURCE_DIR/tests/lib.sh"

at() { export PUBREC_TODAY=$1; } # events are recorded on or before today
refs() { jget "[m['ref'] for m in d['$1']]"; }

at 2026-02-02
expect_ok "setup" agency add DENVER "Denver records office" --calendar us-co --cutoff 15:00
expect_ok "setup" agency add NEWS "Newsroom"
expect_ok "setup" agency add EPA "EPA" --calendar us-federal

# R1: received Mon 2 Feb at 16:10, after the 15:00 cutoff: day 0 is Tue 3 Feb,
# due the 3rd working day after it, Fri 6 Feb.
expect_ok "R1 after the cutoff" --json add request --from NEWS --to DENVER \
  --received 2026-02-02T16:10 --rule co-cora --subject "Snow removal contracts"
expect_eq "R1 due" "$(jget 'd["due"]' <<<"$OUT")" 2026-02-06
# R4: received Mon 2 Feb at 9:00, due Thu 5 Feb; denied on the 4th.
expect_ok "R4" add request --from NEWS --to DENVER --received 2026-02-02T09:00 --rule co-cora \
  --subject "Personnel files"
at 2026-02-03
expect_ok "R1 acknowledged" respond REQ-2026-0001 --kind acknowledgement --on 2026-02-03
at 2026-02-04
expect_ok "R4 denied" respond REQ-2026-0002 --kind denial --on 2026-02-04 --note "Exempt"
at 2026-02-05
# An extension given in time: 7 more working days after Fri 6 Feb:
# 9-13, (16 holiday), 17, 18 -> Wed 18 Feb.
expect_ok "R1 extended in time" --json extend REQ-2026-0001 --on 2026-02-05 --note "Review"
expect_eq "R1 extended" "$(jget '(d["due"], d["previous_due"], d["status"])' <<<"$OUT")" \
  "('2026-02-18', '2026-02-06', 'extended')"

at 2026-02-06
expect_ok "list --overdue 02-06" --json list --overdue
expect_eq "answered R4 is not overdue" "$(refs matters <<<"$OUT")" "[]"

# R3: received Mon 9 Feb, due Thu 12 Feb. R5: received Tue 10 Feb, due Fri 13.
at 2026-02-09
expect_ok "R3" add request --from NEWS --to DENVER --received 2026-02-09 --rule co-cora --subject "Plow routes"
at 2026-02-10
expect_ok "R5" add request --from NEWS --to DENVER --received 2026-02-10 --rule co-cora --subject "Salt budget"
at 2026-02-11
# R4 is appealed after its denial: open again, but its deadline was met.
expect_ok "R4 appealed" status REQ-2026-0002 appealed --on 2026-02-11 --note "Requester appeals"
# R5: the office asks the requester to clarify (1 working day used: the 11th).
expect_ok "R5 clarification" respond REQ-2026-0004 --kind clarification --on 2026-02-11 \
  --note "Which fiscal year?"
expect_ok "show R5" --json show REQ-2026-0004
expect_eq "R5 tolled, paused" "$(jget '(d["status"], d["clock"], d["due"], d["waiting_since"])' <<<"$OUT")" \
  "('tolled', 'paused', None, '2026-02-11')"
expect_eq "clarification wrote the toll's history" \
  "$(jget '[(e["kind"], e["field"], e["from"], e["to"]) for e in d["history"] if e["kind"] in ("toll","response")]' <<<"$OUT")" \
  "[('response', 'response', None, 'clarification'), ('toll', 'clock', 'running', 'paused')]"
expect_refused "status cannot leave tolled" 1 "only through 'pubrec resume" status REQ-2026-0004 acknowledged
expect_refused "status cannot enter tolled" 1 "only through 'pubrec toll" status REQ-2026-0003 tolled
expect_refused "status cannot extend" 1 "use 'pubrec extend" status REQ-2026-0003 extended

at 2026-02-12
expect_ok "list --overdue 02-12" --json list --overdue
expect_eq "nothing overdue on 02-12" "$(refs matters <<<"$OUT")" "[]"
expect_ok "due 02-12" due --within 14
expect_contains "waiting heading" "$OUT" "WAITING ON THE REQUESTER"
expect_contains "waiting since" "$OUT" "waiting since 2026-02-11"
expect_contains "R3 due today" "$OUT" "DUE TODAY"
case "$OUT" in *REQ-2026-0002*) fail "the answered R4 is on the agenda" ;; *) pass ;; esac

# R3's period ran out on the 12th: an extension on the 13th is refused; --late
# records it and the miss stays.
at 2026-02-13
expect_ok "list --overdue 02-13" --json list --overdue
expect_eq "R3 overdue" "$(refs matters <<<"$OUT")" "['REQ-2026-0003']"
expect_refused "late extension refused" 1 "ran out on 2026-02-12" extend REQ-2026-0003 --on 2026-02-13
expect_refused "late extension by respond refused" 1 "ran out on 2026-02-12" respond REQ-2026-0003 --kind extension --on 2026-02-13
expect_ok "late extension recorded" --json extend REQ-2026-0003 --on 2026-02-13 --late --note "Late notice"
# 7 working days after Thu 12 Feb: 13, (16), 17-20, 23, 24 -> Tue 24 Feb.
expect_eq "late extension moves the date, keeps the miss" "$(jget '(d["due"], d["missed"])' <<<"$OUT")" \
  "('2026-02-24', '2026-02-12')"

at 2026-02-18
expect_ok "R1 produced on its extended due date" respond REQ-2026-0001 --kind production --on 2026-02-18 --pages 40
at 2026-02-20
expect_ok "R3 produced" respond REQ-2026-0003 --kind production --on 2026-02-20 --pages 3
# R2: received Sat 14 Feb; Mon 16 is a holiday: day 0 Tue 17, due Fri 20 Feb.
expect_ok "R2 received on a weekend" --json add request --from NEWS --to DENVER --received 2026-02-14 \
  --rule co-cora --subject "Storm overtime"
expect_eq "R2 due" "$(jget 'd["due"]' <<<"$OUT")" 2026-02-20

# R5 resumes on Mon 23 Feb: 2 working days left from the new day 0: Wed 25.
at 2026-02-23
expect_ok "R5 resumed" --json resume REQ-2026-0004 --on 2026-02-23 --note "FY2025"
expect_eq "R5 running again" "$(jget '(d["status"], d["clock"], d["due"])' <<<"$OUT")" "('open', 'running', '2026-02-25')"

# R1 reopened for fees: the clock restarts on the 25th: 26, 27, Mon 2 Mar.
at 2026-02-25
expect_refused "reopen without a clock" 1 "needs the new clock" status REQ-2026-0001 open
expect_ok "R1 reopened" --json reopen REQ-2026-0001 --received 2026-02-25 --note "Fees paid"
expect_eq "R1 new clock" "$(jget '(d["status"], d["clock"], d["due"], d["answered"])' <<<"$OUT")" \
  "('open', 'running', '2026-03-02', None)"

at 2026-02-27
expect_ok "list --overdue 02-27" --json list --overdue
expect_eq "overdue at month end, soonest due first" "$(refs matters <<<"$OUT")" "['REQ-2026-0005', 'REQ-2026-0004']"
expect_ok "due 02-27" --json due --within 7
expect_eq "agenda at month end" "$(refs due <<<"$OUT")" "['REQ-2026-0005', 'REQ-2026-0004', 'REQ-2026-0001']"
expect_ok "report" report --format json
expect_eq "report overdue" "$(jget 'd["totals"]["overdue"]' <<<"$OUT")" 2
expect_eq "report overdue list" "$(jget '[m["ref"] for m in d["overdue"]]' <<<"$OUT")" "['REQ-2026-0005', 'REQ-2026-0004']"
expect_eq "DENVER: answered 3 (R4, R1, R3), on time 2 (the late extension kept R3's miss)" \
  "$(jget '[(a["received"]["answered"], a["received"]["on_time"]) for a in d["agencies"] if a["code"]=="DENVER"][0]' <<<"$OUT")" \
  "(3, 2)"
expect_ok "calendar" ics -o "$T/feb.ics"
uids=$(tr -d '\r' <"$T/feb.ics" | grep -c '^BEGIN:VEVENT')
expect_eq "the calendar holds the running deadlines only (R1, R2, R5)" "$uids" 3
case "$(cat "$T/feb.ics")" in *REQ-2026-0002*|*REQ-2026-0003*) fail "an answered matter is on the calendar" ;; *) pass ;; esac

# One way to give a deadline.
expect_refused "--rule with its own period and --days" 2 "sets its own period" \
  add request --from NEWS --to EPA --received 2026-02-20 --rule us-foia --days 5 --subject x
expect_refused "--days and --no-deadline" 2 "give the deadline one way" \
  add request --from NEWS --to EPA --received 2026-02-20 --days 3 --no-deadline --subject x
expect_refused "--due and --rule" 2 "give the deadline one way" \
  add request --from NEWS --to EPA --received 2026-02-20 --due 2026-03-01 --rule us-foia --subject x
# co-months takes --months (C.R.S. 2-4-108(3)): 1 month from 31 Jan 2026 is
# 28 Feb, a Saturday, rolled to Mon 2 Mar.
expect_ok "co-months --months" --json add request --from NEWS --to DENVER --received 2026-01-31 \
  --rule co-months --months 1 --subject "Months"
expect_eq "co-months due" "$(jget 'd["due"]' <<<"$OUT")" 2026-03-02
expect_refused "co-months --days" 2 "counts months: give --months" \
  add request --from NEWS --to DENVER --received 2026-01-31 --rule co-months --days 30 --subject x
expect_refused "co-days --months" 2 "counts days: give --days" \
  add request --from NEWS --to DENVER --received 2026-01-31 --rule co-days --months 1 --subject x

# Nothing is dated in the future.
expect_refused "future response" 1 "after today" respond REQ-2026-0005 --kind acknowledgement --on 2026-03-02
expect_refused "future trigger" 1 "after today" add request --from NEWS --to EPA --received 2026-03-02 --rule us-foia --subject x
expect_ok "statuses" --json statuses
expect_eq "statuses from the one table" "$(jget '[s["status"] for s in d["statuses"] if not s["open"]]' <<<"$OUT")" \
  "['fulfilled', 'denied', 'refused', 'withdrawn', 'escalated']"
finish
