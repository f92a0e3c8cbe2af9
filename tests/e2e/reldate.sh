#!/usr/bin/env bash
# Relative dates wherever a date is accepted, resolved against --today;
# show and log print the resolved ISO dates.
. "$SOURCE_DIR/tests/lib.sh"

expect_ok "init" init
expect_ok "agency" agency add ICE "ICE"
expect_ok "agency" agency add DENVER "Denver" --calendar us-co
# 2024-03-01 is a Friday in a leap year.
expect_ok "add, received yesterday" --today 2024-03-01 add request --from ICE --to DENVER \
  --received yesterday --rule co-cora --subject "leap"
pr --json show REQ-2024-0001
expect_eq "trigger date is the leap day" "$(echo "$OUT" | jget 'd["trigger_date"]')" 2024-02-29
expect_ok "status --on -1d" --today 2024-03-01 status REQ-2024-0001 acknowledged --on -1d
pr log REQ-2024-0001
expect_contains "log prints the resolved date" "$OUT" "effective on"
expect_eq "acknowledged on the leap day" "$(grep -c '  2024-02-29  .*acknowledged' <<<"$OUT")" 1
case "$OUT" in *-1d*) fail "log printed the relative word" ;; *) pass ;; esac
# 2024-03-01 is a Friday: "monday" is 2024-03-04, "fri" the Friday after.
expect_ok "a stated due date on a weekday name" --today 2024-03-01 add subpoena --from ICE \
  --to DENVER --served today --due monday --subject "weekday"
pr --json show SUB-2024-0001
expect_eq "monday resolved" "$(echo "$OUT" | jget 'd["due"]')" 2024-03-04
expect_ok "fri" --today 2024-03-01 add subpoena --from ICE --to DENVER --served today --due fri --subject "next friday"
pr --json show SUB-2024-0002
expect_eq "the next friday, not today" "$(echo "$OUT" | jget 'd["due"]')" 2024-03-08
expect_ok "add, served +1m from a month end" --today 2024-01-31 add subpoena --from ICE \
  --to DENVER --served today --due +1m --subject "month end"
pr --json show SUB-2024-0003
expect_eq "+1m clamps to Feb 29" "$(echo "$OUT" | jget 'd["due"]')" 2024-02-29
expect_eq "served today" "$(echo "$OUT" | jget 'd["trigger_date"]')" 2024-01-31
# PUBREC_TODAY, and --today itself relative to the clock
pr --json deadline --days 1 --unit calendar today
expect_eq "today is the clock's date" "$(echo "$OUT" | jget 'd["day0"]')" "$(date +%F)"
PUBREC_TODAY=2023-12-31 pr --json deadline --days 0 --unit calendar +2m
expect_eq "PUBREC_TODAY anchors +2m (clamped to Feb 29)" "$(echo "$OUT" | jget 'd["day0"]')" 2024-02-29
pr --json --today tomorrow deadline --days 0 --unit calendar today
expect_eq "--today tomorrow" "$(echo "$OUT" | jget 'd["day0"]')" "$(date -d tomorrow +%F)"
pr --today 2024-02-29 holidays --calendar us-federal --from today --to +1y
expect_contains "holidays over a relative range" "$OUT" "2025-01-01"
expect_refused "a typo is refused with a suggestion" 2 "did you mean 'tomorrow'" \
  --today 2024-03-01 status REQ-2024-0001 fulfilled --on tomorow
expect_refused "unknown unit" 2 "invalid date '+3x'" --today 2024-03-01 ics --from +3x
finish
