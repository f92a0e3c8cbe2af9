#!/usr/bin/env bash
# Issue 8, the engine's items: a receipt cutoff moves day 0 only for working-day
# rules (item 5); extensions in the law's own unit and cap (item 6); co-months
# takes --months (item 7); holidays in every year a computation touches (item
# 8); deadline and holidays write nothing (item 10). Dates worked by hand.
. "$SOURCE_DIR/tests/lib.sh"

due() { pr --json deadline "$@"; jget 'd["due"]' <<<"$OUT"; }

# ---- item 5: the cutoff and calendar-day periods (LAW.md C3, FRCP 6(a)(1)(A))
# Served Mon 2026-03-02 at 16:00, cutoff 15:00: day 0 is the day of service,
# + 14 = Mon 03-16 (not 03-17).
expect_eq "frcp-45 ignores the cutoff" "$(due frcp-45-objection 2026-03-02T16:00 --cutoff 15:00)" 2026-03-16
pr --json deadline frcp-45-objection 2026-03-02T16:00 --cutoff 15:00
expect_eq "frcp-45 day 0" "$(jget 'd["day0"]' <<<"$OUT")" 2026-03-02
expect_eq "admin-subpoena ignores the cutoff" "$(due admin-subpoena 2020-01-13T16:00 --days 14 --cutoff 15:00)" 2020-01-27
expect_eq "ad hoc calendar days ignore the cutoff" "$(due --days 14 --unit calendar --cutoff 15:00 2020-01-13T16:00)" 2020-01-27
# A working-day rule still moves: CORA Fri 2020-01-17 15:30, cutoff 15:00 -> Fri 01-24.
expect_eq "working days keep the cutoff" "$(due co-cora 2020-01-17T15:30 --cutoff 15:00)" 2020-01-24
# Stored matters, the receiving agency's cutoff 15:00: both ways give 01-27.
expect_ok "agency" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency with a cutoff" agency add DENVER "City and County of Denver" --calendar us-co --cutoff 15:00
expect_ok "subpoena by --days" --json add subpoena --from ICE --to DENVER --served 2020-01-13T16:00 --days 14 --subject a
expect_eq "--days 14" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-27
expect_ok "subpoena by rule" --json add subpoena --from ICE --to DENVER --served 2020-01-13T16:00 --rule admin-subpoena --days 14 --subject b
expect_eq "--rule admin-subpoena --days 14" "$(jget 'd["due"]' <<<"$OUT")" 2020-01-27
expect_ok "frcp-45 matter" --json add subpoena --from ICE --to DENVER --served 2026-03-02T16:00 --rule frcp-45-objection --subject c
expect_eq "frcp-45 matter with the agency's 15:00 cutoff" "$(jget 'd["due"]' <<<"$OUT")" 2026-03-16

finish
