#!/usr/bin/env bash
# bench/gen (the scaling benchmarks' databases): its direct writer writes the
# rows the lifecycle layer writes. `gen --lifecycle` (every matter through
# src/matter.c, as the commands log and answer them) and `gen` (closed
# matters by prepared INSERTs, the open ones through the layer) give the same
# matters, deadlines, responses, history rows, numbering and full-text index
# (all but the random UUIDs and the hashes that cover them), and pubrec
# verify passes on both: every hash chains and every matter agrees with its
# history. A 10,000-matter database verifies as well.
. "$SOURCE_DIR/tests/lib.sh"
GEN=${GEN:-$BUILD_DIR/bench/gen}
[ -x "$GEN" ] || { echo "FAIL: no generator at $GEN (cmake --build build)" >&2; exit 1; }

# Every row of what gen writes, but the UUIDs and hashes.
dump() {
  sqlite3 "$1" <<'SQL'
SELECT 'matter', id, ref, kind, court, from_agency, to_agency, tracking, subject, description,
  trigger_date, trigger_time, rule, days, due_stated, routed, compliance, due, status, created_at,
  updated_at, clock, answered, clock_start, missed, voided, ext_key FROM matter ORDER BY id;
SELECT 'event', id, matter_id, at, on_date, kind, field, old_value, new_value, note, by_user
  FROM event ORDER BY id;
SELECT 'deadline', * FROM deadline ORDER BY matter_id, kind;
SELECT 'response', * FROM response ORDER BY id;
SELECT 'extension', * FROM extension ORDER BY id;
SELECT 'toll', * FROM toll ORDER BY rowid;
SELECT 'ref_seq', * FROM ref_seq ORDER BY prefix, year;
SELECT 'agency', * FROM agency ORDER BY id;
SELECT 'fts', rowid, * FROM matter_fts ORDER BY rowid;
SELECT 'fts_config', * FROM matter_fts_config ORDER BY k;
SELECT 'head', last_id FROM history_head;
SELECT 'schema', type, name, sql FROM sqlite_schema ORDER BY type, name;
SQL
}

expect_eq "gen --help" "$("$GEN" --help | head -1)" "usage: gen [--today YYYY-MM-DD] [--lifecycle] N DB"
"$GEN" 0 "$T/zero.db" 2>"$T/zero.err"
expect_eq "gen 0 is a usage error" "$?" 2
expect_eq "gen 0 writes nothing" "$(ls "$T" | grep -c zero.db)" 0

check "gen --lifecycle 2500" "$GEN" --lifecycle 2500 "$T/slow.db"
check "gen 2500" "$GEN" 2500 "$T/fast.db"
expect_eq "gen's working file removed" "$(ls "$T" | grep -c -e '-fts$')" 0
: >"$T/busy.db-fts"
"$GEN" 10 "$T/busy.db" 2>"$T/busy.err"
expect_eq "gen refuses to start over its working file" "$?" 1
expect_contains "gen names the working file" "$(cat "$T/busy.err")" "busy.db-fts' exists"
expect_eq "gen wrote nothing then" "$(ls "$T" | grep -c 'busy.db$')" 0
"$GEN" --today 2026-02-30 10 "$T/today.db" 2>"$T/today.err"
expect_eq "gen refuses an impossible --today" "$?" 2
expect_contains "gen says which" "$(cat "$T/today.err")" "invalid --today '2026-02-30'"
expect_eq "gen wrote nothing then (--today)" "$(ls "$T" | grep -c 'today.db')" 0
dump "$T/slow.db" >"$T/slow.txt"
dump "$T/fast.db" >"$T/fast.txt"
if cmp -s "$T/slow.txt" "$T/fast.txt"; then
  pass
else
  fail "gen and gen --lifecycle differ: $(diff "$T/slow.txt" "$T/fast.txt" | head -5)"
fi
# The comparison covers every path gen takes.
expect_eq "every status" "$(sqlite3 "$T/fast.db" "SELECT count(DISTINCT status) FROM matter")" 11
expect_eq "history rows" "$(grep -c '^event|' "$T/fast.txt")" \
  "$(sqlite3 "$T/fast.db" "SELECT count(*) FROM event")"
expect_eq "uuids differ (random)" \
  "$(sqlite3 "$T/fast.db" "ATTACH '$T/slow.db' AS s; SELECT count(*) FROM matter m JOIN s.matter o ON o.id = m.id AND o.uuid = m.uuid")" 0
for db in slow fast; do
  expect_ok "verify $db" --db "$T/$db.db" verify
  expect_contains "verify $db" "$OUT" "2500 matters agree with their history"
done
# The load runs with foreign keys unchecked: every reference must hold.
expect_eq "foreign keys hold" "$(sqlite3 "$T/fast.db" "PRAGMA foreign_key_check")" ""
expect_eq "search index intact" \
  "$(sqlite3 "$T/fast.db" "INSERT INTO matter_fts(matter_fts) VALUES ('integrity-check')" 2>&1)" ""
# The search index gen builds holds exactly matter_fts_source's rows
# (migration 0013) and the ranking the migration set.
for db in slow fast; do
  expect_eq "search index is matter_fts_source ($db)" "$(sqlite3 "$T/$db.db" "
    SELECT count(*) FROM (SELECT rowid, subject, tracking, parties, notes FROM matter_fts
      EXCEPT SELECT id, subject, tracking, parties, notes FROM matter_fts_source);
    SELECT count(*) FROM (SELECT id, subject, tracking, parties, notes FROM matter_fts_source
      EXCEPT SELECT rowid, subject, tracking, parties, notes FROM matter_fts)")" "0
0"
done
expect_ok "a new database" --db "$T/new.db" init
expect_eq "search ranking as a new database's" \
  "$(sqlite3 "$T/fast.db" "SELECT k, v FROM matter_fts_config ORDER BY k")" \
  "$(sqlite3 "$T/new.db" "SELECT k, v FROM matter_fts_config ORDER BY k")"
expect_ok "search the generated index" --db "$T/fast.db" search footage --limit 1
expect_contains "search finds a matter" "$OUT" "footage"

# 10,000 matters: the chain and every matter verify (finish checks it again).
DB=$T/10k.db
check "gen 10000" "$GEN" 10000 "$DB"
expect_ok "verify 10k" --db "$DB" verify
expect_contains "verify 10k" "$OUT" "10000 matters agree with their history"
expect_eq "foreign keys hold (10k)" "$(sqlite3 "$DB" "PRAGMA foreign_key_check")" ""
expect_eq "about 5% open" \
  "$(sqlite3 "$DB" "SELECT count(*) BETWEEN 300 AND 800 FROM matter WHERE clock <> 'stopped'")" 1
finish
