#!/usr/bin/env bash
# The history is append-only: the sqlite3 shell cannot change or delete a
# row, and every command that changes a matter writes its history row.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-01-20
expect_ok "setup" agency add ICE ICE
expect_ok "setup" agency add DENVER Denver
expect_ok "add" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject Records
expect_ok "respond" respond SUB-2020-0001 --kind refusal --on 2020-01-16 --note "Not court-ordered"
n=$(sqlite3 "$DB" "SELECT count(*) FROM event")
expect_eq "created, due, response, status, clock" "$n" 5
out=$(sqlite3 "$DB" "UPDATE event SET note = 'rewritten' WHERE id = 1" 2>&1)
check "UPDATE fails" test $? -ne 0
expect_contains "UPDATE error names the rule" "$out" "append-only"
out=$(sqlite3 "$DB" "DELETE FROM event WHERE id = 1" 2>&1)
check "DELETE fails" test $? -ne 0
expect_contains "DELETE error names the rule" "$out" "append-only"
expect_eq "rows unchanged" "$(sqlite3 "$DB" "SELECT count(*), sum(note = 'rewritten') FROM event")" "5|0"
# Every status change is in the history with when, why and by whom.
expect_eq "status row" "$(sqlite3 "$DB" "SELECT on_date, old_value, new_value, note, by_user FROM event WHERE kind = 'status'")" "2020-01-16|open|refused|Not court-ordered|tester"
expect_eq "timestamps are UTC ISO 8601" "$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'")" 5
finish
