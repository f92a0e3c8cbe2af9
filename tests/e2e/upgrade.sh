#!/bin/bash
# upgrade.sh — a database written by an earlier release (tests/data/release1.sql,
# schema 4, every state rule counting on us-federal) opened by this build:
# the migrations run, and the first command recomputes the open matters on the
# calendars the upgrade gave their rules (migration 0017's recompute_pending),
# with a history row for each move; answered matters keep their dates.
. "$SOURCE_DIR/tests/lib.sh"

sqlite3 "$DB" <"$SOURCE_DIR/tests/data/release1.sql" || fail "loading the release-1 dump"
expect_eq "the fixture is schema 4" "$(sqlite3 "$DB" 'PRAGMA user_version')" 4
expect_eq "the Texas request was due 2025-12-05 on us-federal" \
  "$(sqlite3 "$DB" "SELECT due FROM matter WHERE ref = 'REQ-2025-0001'")" 2025-12-05

export PUBREC_TODAY=2025-11-21
expect_ok "list on the old database" list
# Two open matters move: the Texas request (us-tx-pia) and the Pennsylvania one
# (us-pa, 0028/0029: the day after Thanksgiving is a Commonwealth holiday).
expect_contains "the upgrade says what moved" "$ERR" "deadlines of 2 open matters moved"
expect_contains "and why" "$ERR" "state rules count on their states' holiday calendars"
expect_eq "nothing left pending" "$(sqlite3 "$DB" 'SELECT count(*) FROM recompute_pending')" 0

# Tex. Gov't Code 552.0031 / 552.301(b): 10 business days after 2025-11-20,
# skipping Thanksgiving (11-27) and the day after (11-28, a Texas state
# holiday that us-federal does not have): 2025-12-08.
expect_ok "show the Texas request" --json show REQ-2025-0001
expect_eq "the open Texas request moved to the Texas date" "$(jget 'd["due"]' <<<"$OUT")" 2025-12-08
expect_ok "its history" log REQ-2025-0001
expect_contains "the move is in its history" "$OUT" "2025-12-05 -> 2025-12-08"
expect_contains "with the upgrade as reason" "$OUT" "upgraded database"
# 65 P.S. 67.901: 5 business days after 2025-11-20 on us-pa skip Thanksgiving and
# the day after: 11-21, 24, 25, 26, 12-01 (us-federal: 11-28).
expect_ok "show the Pennsylvania request" --json show REQ-2025-0004
expect_eq "the open Pennsylvania request moved to the Pennsylvania date" "$(jget 'd["due"]' <<<"$OUT")" 2025-12-01
expect_ok "its history" log REQ-2025-0004
expect_contains "the Pennsylvania move is in its history" "$OUT" "2025-11-28 -> 2025-12-01"
expect_ok "show the answered request" --json show REQ-2025-0002
expect_eq "the answered request keeps its date" "$(jget 'd["due"]' <<<"$OUT")" 2025-12-05

# Every open matter now has the date this build computes from its rule.
for ref in REQ-2025-0001 REQ-2025-0003 REQ-2025-0004; do
  pr --json show "$ref"
  rule=$(jget 'd["rule"]' <<<"$OUT")
  due=$(jget 'd["due"]' <<<"$OUT")
  pr --json deadline "$rule" 2025-11-20
  expect_eq "$ref ($rule) has this build's date" "$due" "$(jget 'd["due"]' <<<"$OUT")"
done

# Done once: the next command neither recomputes nor warns again.
before=$(sqlite3 "$DB" 'SELECT count(*) FROM event')
expect_ok "list again" list
expect_eq "no warning the second time" "$ERR" ""
expect_eq "no history row the second time" "$(sqlite3 "$DB" 'SELECT count(*) FROM event')" "$before"

# A command that writes nothing (deadline) on an old database migrates it but
# leaves the recomputation to the next command that writes.
rm -f "$DB" "$DB-wal" "$DB-shm"
sqlite3 "$DB" <"$SOURCE_DIR/tests/data/release1.sql"
expect_ok "deadline on the old database" deadline tx-pia-ag 2025-11-20
expect_eq "the recomputation waits" "$(sqlite3 "$DB" 'SELECT count(*) > 0 FROM recompute_pending')" 1
expect_ok "due" due
expect_eq "then it is done" "$(sqlite3 "$DB" 'SELECT count(*) FROM recompute_pending')" 0
expect_ok "show" --json show REQ-2025-0001
expect_eq "with the Texas date" "$(jget 'd["due"]' <<<"$OUT")" 2025-12-08

# A matter the upgraded rules refuse (here: its rule's first version now
# starts after its receipt) must not lock the user out: the command runs, says
# why nothing was recomputed, writes nothing, and the next command tries again.
rm -f "$DB" "$DB-wal" "$DB-shm"
expect_ok "agency" agency add A "Agency A"
expect_ok "agency" agency add DCMPD "Metropolitan Police Department" -j us-dc
expect_ok "a body-camera request" add request --from A --to DCMPD --received 2016-03-10 \
  --rule dc-foia-bwc --subject "Footage"
sqlite3 "$DB" "UPDATE rule_version SET effective_from = '2017-01-01' WHERE code = 'dc-foia-bwc';
  INSERT INTO recompute_pending (reason) VALUES ('upgraded database: test');"
before=$(sqlite3 "$DB" 'SELECT count(*) FROM event')
expect_ok "list still works" list
expect_contains "the listing is printed" "$OUT" "Footage"
expect_contains "the refusal is shown" "$ERR" "no version in force on 2016-03-10"
expect_contains "and what it means" "$ERR" "the open matters were not recomputed"
expect_eq "nothing written" "$(sqlite3 "$DB" 'SELECT count(*) FROM event')" "$before"
expect_eq "still pending" "$(sqlite3 "$DB" 'SELECT count(*) FROM recompute_pending')" 1
# serve only reads: it would serve the old dates, so it refuses to start and
# says how to recompute.
expect_refused "serve refuses a pending recomputation" 1 "not yet recomputed after an upgrade" serve \
  --listen 127.0.0.1:0
expect_contains "and names the remedy" "$ERR" "run 'pubrec init' once"
expect_eq "serve wrote nothing" "$(sqlite3 "$DB" 'SELECT count(*) FROM recompute_pending')" 1
NO_VERIFY=1 # the rule's versions were changed by hand above

finish
