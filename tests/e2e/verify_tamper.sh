#!/usr/bin/env bash
# pubrec verify: the hash chain and the replay of each matter's history
# catch every kind of alteration made with the sqlite3 shell after dropping
# the append-only triggers; an anchor proves the history up to it even
# against an attacker who rewrites the whole chain.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-03-02
expect_ok "setup" agency add ICE ICE
expect_ok "setup" agency add DENVER Denver
expect_ok "add" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject Records
expect_ok "add" add request --from DENVER --to ICE --received 2020-01-14 --rule us-foia --subject FOIA
expect_ok "add" add request --from DENVER --to ICE --received 2020-01-15 --days 10 --subject Third
expect_ok "respond" respond SUB-2020-0001 --kind refusal --on 2020-01-16 --note "Not court-ordered"
expect_ok "respond" respond REQ-2020-0001 --kind acknowledgement --on 2020-01-20
expect_ok "extend" extend REQ-2020-0001 --days 10 --on 2020-01-21 --note "unusual circumstances"
expect_ok "status" status REQ-2020-0002 withdrawn --on 2020-01-22

expect_ok "verify" verify
expect_contains "verify says ok" "$OUT" "ok:"
expect_ok "verify one" verify REQ-2020-0001
check "python agrees with every hash" "$PYTHON" "$SOURCE_DIR/tests/chain.py" check "$DB"
expect_ok "anchor" verify --anchor
ANCHOR=$OUT
case "$ANCHOR" in [0-9]*:[0-9a-f]*) pass ;; *) fail "anchor is ROW:HASH: $ANCHOR" ;; esac
expect_eq "anchor is one short line" "$(printf '%s\n' "$ANCHOR" | wc -l)" 1
ROWS=$(sqlite3 "$DB" "SELECT count(*) FROM event")
expect_eq "anchor names the last row" "${ANCHOR%%:*}" "$ROWS"
expect_ok "anchor verifies" verify --anchor "$ANCHOR"
expect_ok "a 16-digit prefix verifies" verify --anchor "${ANCHOR%%:*}:$(cut -c1-16 <<<"${ANCHOR#*:}")"
expect_ok "json" --json verify
expect_eq "json ok" "$(jget 'd["ok"]' <<<"$OUT")" True
expect_eq "json anchor" "$(jget 'd["anchor"]' <<<"$OUT")" "$ANCHOR"

cp "$DB" "$T/clean.db"
NOTRIG="DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete; DROP TRIGGER event_needs_hash; DROP TRIGGER history_head_no_delete;"

# tamper DESC SQL NEEDLE [REF]: on a fresh copy, alter with the sqlite3
# shell; verify must exit 1 naming what differs.
tamper() {
  local desc=$1 sql=$2 needle=$3
  shift 3
  cp "$T/clean.db" "$T/t.db"
  rm -f "$T/t.db-wal" "$T/t.db-shm"
  sqlite3 "$T/t.db" "$NOTRIG $sql" || { fail "$desc: sqlite3 refused the tampering"; return; }
  "$PUBREC" --db "$T/t.db" verify "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  [ "$rc" -eq 1 ] || { fail "$desc: verify exit $rc, want 1 ($(cat "$T/out" "$T/err"))"; return; }
  [ -s "$T/out" ] && { fail "$desc: verify printed to stdout"; return; }
  case "$(cat "$T/err")" in *"$needle"*) pass ;; *) fail "$desc: '$needle' not in: $(cat "$T/err")" ;; esac
}

tamper "edit a note" "UPDATE event SET note = 'court-ordered' WHERE id = 4" "history row 4"
tamper "edit a date" "UPDATE event SET on_date = '2020-01-15' WHERE id = 4" "does not match its hash"
tamper "edit who" "UPDATE event SET by_user = 'someone' WHERE id = 1" "history row 1"
tamper "move a row to another matter" "UPDATE event SET matter_id = CASE matter_id WHEN 1 THEN 2 ELSE 1 END WHERE id = 4" "history row 4"
tamper "delete a middle row" "DELETE FROM event WHERE id = 5" "history row 6"
tamper "delete the last row" "DELETE FROM event WHERE id = (SELECT max(id) FROM event)" "head of the history"
# Cutting the end and moving the head leaves a valid, shorter chain: the
# anchor taken before catches it.
tamper "delete the last row and move the head" \
  "DELETE FROM event WHERE id = (SELECT max(id) FROM event); UPDATE history_head SET last_id = last_id - 1, hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1)" \
  "not in the history" --anchor "$ANCHOR"
tamper "insert a row at the end" \
  "INSERT INTO event(id, matter_id, at, on_date, kind, field, new_value, by_user, hash) SELECT max(id) + 1, 1, '2020-01-17T00:00:00Z', '2020-01-17', 'note', NULL, 'x', 'tester', hash FROM event" \
  "does not match its hash"
tamper "insert a row in the middle" \
  "UPDATE event SET id = -id WHERE id >= 3; UPDATE event SET id = 1 - id WHERE id < 0; INSERT INTO event(id, matter_id, at, on_date, kind, by_user, hash) VALUES (3, 1, '2020-01-13T00:00:00Z', '2020-01-13', 'note', 'x', '$(printf '%064d' 0)')" \
  "history row 3"
tamper "swap two rows" \
  "UPDATE event SET id = -1 WHERE id = 3; UPDATE event SET id = 3 WHERE id = 4; UPDATE event SET id = 4 WHERE id = -1" \
  "history row 3"
tamper "a hash removed" "UPDATE event SET hash = NULL WHERE id = 2" "has no hash"
tamper "status changed in matter" "UPDATE matter SET status = 'fulfilled' WHERE ref = 'SUB-2020-0001'" "SUB-2020-0001"
tamper "status changed says what" "UPDATE matter SET status = 'fulfilled' WHERE ref = 'SUB-2020-0001'" "status is 'fulfilled' but its last status row"
tamper "deadline moved" "UPDATE deadline SET due = '2020-12-31' WHERE matter_id = 1" "deadline response is 2020-12-31"
tamper "deadline deleted" "DELETE FROM deadline WHERE matter_id = 3" "no such deadline"
tamper "response deleted" "DELETE FROM response WHERE matter_id = 1" "0 response(s) but its history records 1"
tamper "response added" "INSERT INTO response(matter_id, kind, on_date, by_user, created_at) VALUES (2, 'production', '2020-01-30', 'x', 'x')" "REQ-2020-0001"
tamper "only REF is checked for state, chain always" "UPDATE event SET note = 'x' WHERE id = 1" "history row 1" REQ-2020-0002
tamper "foreign key broken" "PRAGMA foreign_keys = OFF; DELETE FROM agency WHERE code = 'ICE'" "foreign_key_check"

# verify REF checks that matter's state only.
cp "$T/clean.db" "$T/t.db"
sqlite3 "$T/t.db" "UPDATE matter SET status = 'fulfilled' WHERE ref = 'SUB-2020-0001'"
pr --db "$T/t.db" verify REQ-2020-0001
expect_eq "another matter's state is not REF's" "$RC" 0

# An attacker who rewrites the whole chain (here with an independent
# implementation of the documented hash) passes a plain verify, but not the
# anchor written down before.
cp "$T/clean.db" "$T/t.db"
sqlite3 "$T/t.db" "$NOTRIG UPDATE event SET note = 'Court-ordered after all' WHERE id = 4"
"$PYTHON" "$SOURCE_DIR/tests/chain.py" rehash "$T/t.db"
pr --db "$T/t.db" verify
expect_eq "a rewritten chain is consistent" "$RC" 0
pr --db "$T/t.db" verify --anchor "$ANCHOR"
expect_eq "...but the anchor catches it" "$RC" 1
expect_contains "...naming the row" "$ERR" "no longer has the anchor's hash"
pr --db "$T/t.db" verify --anchor "$(cut -c1-40 <<<"${ANCHOR#*:}")"
expect_eq "a bare hash prefix too" "$RC" 1

# Rows added later keep the old anchor valid; a new anchor names the new head.
expect_ok "more history" respond REQ-2020-0001 --kind production --on 2020-02-20 --pages 12
expect_ok "old anchor still holds" verify --anchor "$ANCHOR"
expect_ok "new anchor" verify --anchor
[ "$OUT" != "$ANCHOR" ] && pass || fail "the head moved"
# Rows cut back to before the anchor fail it.
cp "$DB" "$T/t.db"
sqlite3 "$T/t.db" "$NOTRIG DELETE FROM event WHERE id >= ${ANCHOR%%:*}"
pr --db "$T/t.db" verify --anchor "$ANCHOR"
expect_eq "anchor past the end" "$RC" 1
expect_contains "anchor past the end says so" "$ERR" "removed"

# An export whose history was edited, or spliced onto another database's, is
# refused by import: the rows it adds must continue the chain.
expect_ok "export" export -o "$T/x.jsonl"
"$PYTHON" - "$T/x.jsonl" "$T/edited.jsonl" <<'PY'
import json, sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if o.get("table") == "event" and o["row"]["id"] == 3:
        o["row"]["note"] = "a quieter version"
    out.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
keep=$DB
export DB=$T/fresh.db PUBREC_DB=$T/fresh.db
expect_ok "a new database" init
expect_refused "import of an edited history" 1 \
  "edited.jsonl: its history does not continue this database's hash chain: history row 3 does not match its hash" \
  import "$T/edited.jsonl"
expect_refused "...and its dry run says the same" 1 "history row 3 does not match its hash" \
  import "$T/edited.jsonl" --dry-run
expect_ok "the true export imports" import "$T/x.jsonl"
expect_ok "...and verifies" verify
export DB=$keep PUBREC_DB=$keep

expect_refused "bad anchor" 2 "invalid anchor" verify --anchor 12:xyz
expect_refused "short anchor" 2 "invalid anchor" verify --anchor 0123
expect_refused "unknown ref" 1 "unknown reference" verify NOPE-1
expect_refused "two refs" 2 "unexpected argument" verify SUB-2020-0001 REQ-2020-0001
finish
