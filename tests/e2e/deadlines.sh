#!/usr/bin/env bash
# The deadline engine through the binary: the calculator on a new database,
# --explain, holidays, extensions, tolling, routing, the earlier-of rule, and
# recomputation when a calendar changes. Expected dates are worked by hand
# (the reasoning is beside each).
. "$SOURCE_DIR/tests/lib.sh"

due() { pr --json deadline "$@"; jget 'd["due"]' <<<"$OUT"; }

# FOIA received Fri 2025-12-19: skips Christmas, New Year's Day and MLK Day;
# the 20th working day is Wed 2026-01-21. Works on a new, empty database.
check "no database yet" test ! -e "$DB"
expect_eq "us-foia across the holidays" "$(due us-foia 2025-12-19)" 2026-01-21
expect_ok "json" --json deadline us-foia 2025-12-19
expect_eq "day0" "$(jget 'd["day0"]' <<<"$OUT")" 2025-12-19
expect_eq "calendar" "$(jget 'd["calendar"]' <<<"$OUT")" us-federal
expect_eq "rule" "$(jget 'd["rule"]' <<<"$OUT")" us-foia
expect_contains "citation" "$(jget 'd["citation"]' <<<"$OUT")" "5 U.S.C. 552(a)(6)(A)(i)"
expect_eq "20 counted days in the steps" "$(jget 'len([s for s in d["steps"] if s["kind"]=="count"])' <<<"$OUT")" 20
expect_eq "holidays named in the steps" "$(jget '[s["holiday"] for s in d["steps"] if s["kind"]=="holiday"]' <<<"$OUT")" "['Christmas Day', \"New Year's Day\", 'Birthday of Martin Luther King, Jr.']"
expect_ok "explain" deadline us-foia 2025-12-19 --explain
expect_contains "explain skips Christmas" "$OUT" "2025-12-25 Thu: skipped, Christmas Day"
expect_contains "explain counts" "$OUT" "2026-01-21 Wed: working day 20"
# +10 working days (C4): Thu 22 Jan ... Wed 4 Feb 2026.
expect_eq "us-foia extended" "$(due us-foia 2025-12-19 --extend 10)" 2026-02-04

# CORA, Colorado calendar, cutoff: received Fri 2020-01-17 at 16:59 -> day 0
# that day, MLK Mon 20 skipped -> Thu 23; at 17:00 -> day 0 Tue 21 -> Fri 24.
expect_eq "CORA before the cutoff" "$(due co-cora 2020-01-17T16:59)" 2020-01-23
expect_eq "CORA at the cutoff" "$(due co-cora 2020-01-17T17:00)" 2020-01-24
expect_eq "CORA 15:00 cutoff" "$(due co-cora 2020-01-17T15:30 --cutoff 15:00)" 2020-01-24
# Received on Saturday 2020-01-18: day 0 is Tue 21 -> Fri 24 (C2).
expect_eq "CORA weekend receipt" "$(due co-cora 2020-01-18)" 2020-01-24
expect_eq "CORA 3 + 7" "$(due co-cora 2020-01-17 --extend 7)" 2020-02-03

# Calendar days, FRCP 6(a)(1)(C) roll: 14 days after Thu 2026-11-12 is
# Thanksgiving, Thu 11-26 -> Fri 11-27. Without the roll it stays.
expect_eq "roll off Thanksgiving" "$(due --days 14 --unit calendar --roll forward --calendar us-federal 2026-11-12)" 2026-11-27
expect_eq "no roll" "$(due --days 14 --unit calendar --roll none --calendar us-federal 2026-11-12)" 2026-11-26
# An administrative subpoena's stated period: 13 Jan 2020 + 14 = Mon 27 Jan.
expect_eq "admin-subpoena" "$(due admin-subpoena 2020-01-13 --days 14)" 2020-01-27
# C.R.S. 2-4-108(3): 1 month from 2028-01-31 is Tue 2028-02-29; from
# 2027-01-31 it is Sun 2027-02-28, rolled to Mon 2027-03-01.
expect_eq "months, leap year" "$(due --months 1 --calendar us-co --roll forward 2028-01-31)" 2028-02-29
expect_eq "months, rolled" "$(due --months 1 --calendar us-co --roll forward 2027-01-31)" 2027-03-01
# FRCP 45(d)(2)(B): the earlier of 14 days (Mon 2026-03-16) and compliance.
expect_eq "compliance controls" "$(due frcp-45-objection 2026-03-02 --compliance 2026-03-10T09:00)" 2026-03-10T09:00
expect_eq "14 days control" "$(due frcp-45-objection 2026-03-02 --compliance 2026-04-01T09:00)" 2026-03-16
# FOIA routing: first receipt Mon 2020-01-06; the 10th working day after it is
# Tue 21 Jan (MLK skipped). Routed later (30 Jan): start 21 Jan -> 20 working
# days -> Wed 19 Feb (Presidents' Day 17 Feb skipped). Routed earlier (8 Jan):
# start 8 Jan -> Thu 6 Feb.
expect_eq "routing cap" "$(due us-foia 2020-01-06 --routed 2020-01-30)" 2020-02-19
expect_eq "routed early" "$(due us-foia 2020-01-06 --routed 2020-01-08)" 2020-02-06
# Tolling (C9): received Mon 2020-03-02, paused Thu 5 Mar (3 days used),
# reply Tue 10 Mar is the new day 0, 17 days remain -> Thu 2 Apr.
expect_eq "tolled once" "$(due us-foia 2020-03-02 --toll 2020-03-05,2020-03-10)" 2020-04-02
expect_ok "still tolled" --json deadline us-foia 2020-03-02 --toll 2020-03-05,
expect_eq "no due while tolled" "$(jget '(d["status"], d["due"])' <<<"$OUT")" "('tolled', None)"
# "Promptly": no computed date.
expect_ok "promptly" --json deadline tx-pia 2026-01-05
expect_eq "no deadline" "$(jget '(d["status"], d["due"])' <<<"$OUT")" "('no-deadline', None)"

expect_refused "rule needs --days" 2 "add --days N" deadline co-days 2027-01-31
expect_refused "rule without a start" 2 "needs a START date" deadline us-foia
expect_refused "unknown rule" 1 "unknown rule 'us-fooa'" deadline us-fooa 2026-01-05
expect_refused "bad start" 2 "invalid start '2026-02-30'" deadline us-foia 2026-02-30
expect_refused "bad toll" 2 "invalid --toll" deadline us-foia 2026-01-05 --toll 2026-01-07
expect_refused "toll on calendar days" 2 "working-day periods only" deadline --days 10 --unit calendar 2026-01-05 --toll 2026-01-06,2026-01-07

# Holidays, generated from rules.
expect_ok "holidays json" --json holidays --calendar us-federal --from 2027-12-01 --to 2028-01-31
expect_eq "New Year's 2028 observed Fri 2027-12-31" "$(jget '[(h["date"], h["name"]) for h in d if h["date"].startswith("2027-12-31")]' <<<"$OUT")" "[('2027-12-31', \"New Year's Day\")]"
expect_eq "nothing on Sat 2028-01-01" "$(jget '[h for h in d if h["date"]=="2028-01-01"]' <<<"$OUT")" "[]"
expect_ok "us-co 2020" --json holidays --calendar us-co --year 2020
expect_eq "Cabrini Day, not Columbus Day, in Colorado" "$(jget '[h["date"] for h in d if h["date"].startswith("2020-10")]' <<<"$OUT")" "['2020-10-05']"
expect_ok "us-federal 2020" --json holidays --calendar us-federal --year 2020
expect_eq "Columbus Day federally" "$(jget '[h["date"] for h in d if h["date"].startswith("2020-10")]' <<<"$OUT")" "['2020-10-12']"
expect_ok "us-federal-dco 2020" --json holidays --calendar us-federal-dco --year 2020
expect_eq "both in D. Colo." "$(jget '[h["date"] for h in d if h["date"].startswith("2020-10")]' <<<"$OUT")" "['2020-10-05', '2020-10-12']"
expect_ok "us-federal-dc 2029" --json holidays --calendar us-federal-dc --year 2029
expect_eq "no inauguration holiday on Saturday 2029-01-20" "$(jget '[h["date"] for h in d if h["date"].startswith("2029-01")]' <<<"$OUT")" "['2029-01-01', '2029-01-15']"

# Stored matters: extend, toll, resume, and calendar changes.
export PUBREC_TODAY=2020-03-04
expect_ok "setup" agency add NEWS "Newsroom"
expect_ok "setup" agency add EPA "Environmental Protection Agency" --calendar us-federal
expect_ok "setup" agency add DENVER "Denver" --calendar us-co
expect_ok "FOIA request" --json add request --from NEWS --to EPA --received 2020-03-02 --rule us-foia --subject "Permits"
expect_eq "FOIA due" "$(jget 'd["due"]' <<<"$OUT")" 2020-03-30
expect_ok "list" --json list
expect_eq "working days elapsed and remaining" "$(jget '(d["matters"][0]["working_days_elapsed"], d["matters"][0]["working_days_remaining"])' <<<"$OUT")" "(2, 18)"
export PUBREC_TODAY=2020-03-06 # events are recorded on or before today
expect_ok "toll" toll REQ-2020-0001 --on 2020-03-05 --note "Fee clarification"
expect_ok "show tolled" --json show REQ-2020-0001
expect_eq "paused" "$(jget '(d["status"], d["due"], d["deadlines"])' <<<"$OUT")" "('tolled', None, [])"
expect_refused "toll twice" 1 "already tolled" toll REQ-2020-0001 --on 2020-03-06
expect_refused "resume before the toll" 1 "before the clock was paused" resume REQ-2020-0001 --on 2020-03-04
export PUBREC_TODAY=2020-03-10
expect_ok "resume" resume REQ-2020-0001 --on 2020-03-10 --note "Requester agreed to fees"
expect_ok "show resumed" --json show REQ-2020-0001
expect_eq "resumed: 17 days from Tue 10 Mar" "$(jget '(d["status"], d["due"])' <<<"$OUT")" "('open', '2020-04-02')"
expect_eq "history of the clock" "$(jget '[(e["kind"], e["on"]) for e in d["history"] if e["kind"] in ("toll","resume")]' <<<"$OUT")" "[('toll', '2020-03-05'), ('resume', '2020-03-10')]"
expect_ok "explain stored" --json deadline REQ-2020-0001
expect_eq "explained due agrees" "$(jget 'd["due"]' <<<"$OUT")" 2020-04-02
export PUBREC_TODAY=2020-03-21
expect_ok "extend" --json extend REQ-2020-0001 --on 2020-03-20 --note "Unusual circumstances"
# +10 working days after Thu 2 Apr: 3, 6-9, 10, 13-16 -> Thu 16 Apr.
expect_eq "extended due" "$(jget '(d["due"], d["previous_due"], d["status"])' <<<"$OUT")" "('2020-04-16', '2020-04-02', 'extended')"
expect_refused "second FOIA extension" 1 "already extended 1 time" extend REQ-2020-0001 --on 2020-03-21
expect_ok "deadlines after extension" --json show REQ-2020-0001
expect_eq "original and extended rows" "$(jget '[(x["kind"], x["due"]) for x in d["deadlines"]]' <<<"$OUT")" "[('response', '2020-04-02'), ('extended', '2020-04-16')]"

# A closure moves open deadlines, with the reason in the history; closed
# matters keep their dates.
expect_ok "CORA request" add request --from NEWS --to DENVER --received 2020-01-17 --rule co-cora --subject "Subpoenas"
expect_ok "closed matter" add request --from NEWS --to DENVER --received 2020-01-17 --rule co-cora --subject "Closed one"
expect_ok "close it" status REQ-2020-0003 fulfilled --on 2020-01-21
expect_ok "closure" closure add DENVER 2020-01-22 --note "Snow day"
expect_contains "closure reports recomputation" "$OUT" "1 open matter recomputed"
expect_ok "show moved" --json show REQ-2020-0002
expect_eq "moved past the snow day" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-24
expect_eq "move in the history" "$(jget '[(e["from"], e["to"], e["note"]) for e in d["history"] if e["kind"]=="due" and e["from"]]' <<<"$OUT")" "[('2020-01-23', '2020-01-24', 'DENVER closed on 2020-01-22: Snow day')]"
expect_ok "closed kept" --json show REQ-2020-0003
expect_eq "closed matter keeps its date" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-23
expect_ok "holiday rule" calendar holiday add us-co "Test Day" --date 01-23 --observe none --from-year 2020 --to-year 2020 --citation "test"
expect_ok "show moved again" --json show REQ-2020-0002
expect_eq "moved by a holiday rule" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-27
expect_ok "holidays list the new rule" --json holidays --calendar us-co --year 2020
expect_eq "generated" "$(jget '[h["name"] for h in d if h["date"]=="2020-01-23"]' <<<"$OUT")" "['Test Day']"
# A rule change recomputes the open matters that follow it: CORA at 5 days
# from Fri 17 Jan: 21, (22 closed), (23 holiday), 24, 27, 28, 29.
expect_ok "rule set" rule set co-cora --days 5
expect_contains "rule set reports" "$OUT" "1 open matter recomputed"
expect_ok "show after rule change" --json show REQ-2020-0002
expect_eq "moved by the rule change" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-29
expect_eq "reason recorded" "$(jget 'd["history"][-1]["note"]' <<<"$OUT")" "rule co-cora changed"
expect_ok "closure --json" --json closure add DENVER 2020-01-02 --note "Before anything"
expect_eq "closure json" "$(jget '(d["changed"], d["code"], d["recomputed"])' <<<"$OUT")" "('closure', 'DENVER', 0)"
expect_refused "rule set unknown" 1 "unknown rule 'nope'" rule set nope --days 3
expect_refused "rule set bad unit" 2 "invalid --unit" rule set co-cora --unit weeks
expect_refused "calendar add built-in code" 1 "calendar 'us-wa' already exists" calendar add us-wa --name "Washington"
expect_ok "calendar add" calendar add my-wa --name "Washington (federal days)" --include us-federal
expect_ok "rule add" rule add wa-pra-test --name "WA PRA" --unit working --days 5 --calendar my-wa --citation "RCW 42.56.520"
expect_eq "new rule on new calendar" "$(due wa-pra-test 2026-11-20)" 2026-11-30
# On Washington's own calendar the day after Thanksgiving (Native American Heritage Day,
# RCW 1.16.050) is not a business day either.
expect_ok "rule add on us-wa" rule add wa-pra-state --name "WA PRA" --unit working --days 5 --calendar us-wa --citation "RCW 42.56.520"
expect_eq "state calendar counts its own holidays" "$(due wa-pra-state 2026-11-20)" 2026-12-01
expect_refused "rule without citation" 2 "needs --name, --unit and --citation" rule add x --name X --unit working --days 3
finish
