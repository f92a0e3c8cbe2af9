#!/usr/bin/env bash
# export / import (JSON Lines) and backup: the round trip is byte-identical
# (the demo, a generated 10,000-matter database), the dry run writes nothing,
# a re-import changes nothing, a newer export brings its changes, every bad
# input is refused with a positioned message and the database unchanged, and
# a backup taken while four processes add matters passes integrity_check.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-02-10

# ---- the demo: export, import into an empty database, export again
"$PUBREC" demo --db "$T/demo.db" >/dev/null 2>&1
check "the demo database exists" test -f "$T/demo.db"
expect_ok "export the demo" --db "$T/demo.db" export -o "$T/e1.jsonl"
expect_eq "export -o prints nothing" "$OUT" ""
expect_eq "no progress when stderr is not a terminal" "$ERR" ""
expect_eq "the header" "$(head -1 "$T/e1.jsonl")" \
  "{\"format\":\"pubrec\",\"version\":1,\"schema\":$(sqlite3 "$T/demo.db" 'PRAGMA user_version')}"
expect_ok "export to stdout" --db "$T/demo.db" export
check "stdout and -o agree" test "$OUT" = "$(cat "$T/e1.jsonl")"
expect_eq "every history row is exported" "$(grep -c '"table":"event"' "$T/e1.jsonl")" \
  "$(sqlite3 "$T/demo.db" 'SELECT count(*) FROM event')"
expect_ok "import into an empty database" --db "$T/copy.db" import "$T/e1.jsonl"
expect_contains "the summary" "$OUT" "imported"
expect_ok "export the copy" --db "$T/copy.db" export -o "$T/e2.jsonl"
check "demo round trip is byte-identical" cmp -s "$T/e1.jsonl" "$T/e2.jsonl"
# The full-text index's own b-tree (matter_fts_data, matter_fts_idx) is laid
# out differently when the import indexes its new matters in one statement:
# the same index, in other segments. Everything else is compared as dumped;
# the index by what it holds and by FTS5's own integrity check.
dump_data() { sqlite3 "$1" .dump | grep -Ev '^INSERT INTO "?matter_fts_(data|idx)"? '; }
expect_eq "the copy's dump equals the original's" "$(dump_data "$T/copy.db")" "$(dump_data "$T/demo.db")"
expect_eq "the search index holds the same rows" \
  "$(sqlite3 "$T/copy.db" 'SELECT rowid, * FROM matter_fts ORDER BY rowid')" \
  "$(sqlite3 "$T/demo.db" 'SELECT rowid, * FROM matter_fts ORDER BY rowid')"
check "the copy's search index passes FTS5's integrity-check" \
  sqlite3 "$T/copy.db" "INSERT INTO matter_fts (matter_fts) VALUES ('integrity-check')"
expect_eq "a search finds the same matters in the copy" \
  "$("$PUBREC" --db "$T/copy.db" search records 2>&1)" "$("$PUBREC" --db "$T/demo.db" search records 2>&1)"
expect_ok "the copy shows the same history" --db "$T/copy.db" log SUB-2020-0001
copylog=$OUT
expect_ok "the original's history" --db "$T/demo.db" log SUB-2020-0001
expect_eq "same history" "$copylog" "$OUT"

# ---- re-import changes nothing; the dry run writes nothing
before=$(sqlite3 "$T/copy.db" .dump)
expect_ok "re-import" --db "$T/copy.db" import "$T/e1.jsonl" --json
expect_eq "re-import adds nothing" "$(echo "$OUT" | jget 'd["added"]')" 0
expect_eq "re-import: dump unchanged" "$(sqlite3 "$T/copy.db" .dump)" "$before"
expect_ok "dry run" --db "$T/dry.db" init
dry_before=$(sqlite3 "$T/dry.db" .dump)
expect_ok "dry run import" --db "$T/dry.db" import "$T/e1.jsonl" --dry-run --json
expect_eq "dry run says it would add rows" "$(echo "$OUT" | jget 'd["added"] > 0 and d["dry_run"]')" True
expect_eq "dry run wrote nothing" "$(sqlite3 "$T/dry.db" .dump)" "$dry_before"

# ---- a newer export of the same database: its changes land as history
cp "$T/demo.db" "$T/newer.db"
sleep 1 # updated_at has one-second resolution: the newer matter must be a second later
"$PUBREC" --db "$T/newer.db" tag REQ-2020-0001 +urgent >/dev/null
"$PUBREC" --db "$T/newer.db" note REQ-2020-0001 "called the records office" >/dev/null
"$PUBREC" --db "$T/newer.db" status REQ-2020-0001 fulfilled >/dev/null
"$PUBREC" --db "$T/newer.db" edit REQ-2020-0001 --tracking T-99 --note "their number" >/dev/null
expect_ok "export the newer database" --db "$T/newer.db" export -o "$T/newer.jsonl"
expect_ok "import the newer export over the old copy" --db "$T/copy.db" import "$T/newer.jsonl" --json
expect_eq "one matter updated" "$(echo "$OUT" | jget 'd["tables"]["matter"]["updated"]')" 1
expect_eq "its new history rows added" "$(echo "$OUT" | jget 'd["tables"]["event"]["added"]')" \
  "$(($(sqlite3 "$T/newer.db" 'SELECT count(*) FROM event') - $(sqlite3 "$T/demo.db" 'SELECT count(*) FROM event')))"
expect_ok "export the updated copy" --db "$T/copy.db" export -o "$T/e3.jsonl"
check "the updated copy equals the newer database" cmp -s "$T/e3.jsonl" "$T/newer.jsonl"
expect_ok "show the updated matter" --db "$T/copy.db" show REQ-2020-0001 --json
expect_eq "status came across" "$(echo "$OUT" | jget 'd["status"]')" fulfilled
expect_eq "tracking came across" "$(echo "$OUT" | jget 'd["tracking"]')" T-99

# ---- --since: the matters changed since a day, into a database that has the rest
expect_ok "export --since" --db "$T/newer.db" export --since 2000-01-01 -o "$T/since.jsonl"
check "--since with an early day is everything" cmp -s "$T/since.jsonl" "$T/newer.jsonl"
expect_ok "export --since tomorrow" --db "$T/newer.db" export --since 2999-01-01 -o "$T/none.jsonl"
expect_eq "no matter changed in the future" "$(grep -c '"table":"matter"' "$T/none.jsonl")" 0

# ---- bad input: each refused, positioned, database unchanged
export PUBREC_DB="$DB"
expect_ok "target database" init
good=$T/e1.jsonl
hdr=$(head -1 "$good")
bad() { printf '%s\n' "$hdr" "$@" >"$T/bad.jsonl"; }

head -c -40 "$good" >"$T/trunc.jsonl"
n=$(wc -l <"$good")
expect_refused "truncated line" 1 "trunc.jsonl line $n, column" import "$T/trunc.jsonl"
bad '{"table":"agency","row":{"id":"one","code":"X","name":"X","created_at":"2020-01-01T00:00:00Z"}}'
expect_refused "wrong type" 1 "line 2: row.id: expected an integer" import "$T/bad.jsonl"
bad '{"table":"agency","row":{"id":1,"name":"X","created_at":"2020-01-01T00:00:00Z"}}'
expect_refused "missing required field" 1 "line 2: row.code: missing" import "$T/bad.jsonl"
bad '{"table":"agency","row":{"id":1,"code":"A","name":"A","created_at":"2020-01-01T00:00:00Z"}}' \
  '{"table":"agency","row":{"id":2,"code":"B","name":"B","created_at":"2020-01-01T00:00:00Z"}}' \
  '{"table":"matter","row":{"id":1,"uuid":"u1","ref":"R1","kind":"request","from_agency":1,"to_agency":2,"subject":"s","trigger_date":"2020-01-02","rule":"no-such-rule","status":"open","created_at":"2020-01-02T00:00:00Z","updated_at":"2020-01-02T00:00:00Z"}}'
expect_refused "unknown rule" 1 "line 4: matter (id 1) refers to a rule, agency" import "$T/bad.jsonl"
sed -i 's/"rule":"no-such-rule"/"rule":"us-foia","to_agency":9/; s/"to_agency":2,//' "$T/bad.jsonl"
expect_refused "unknown agency" 1 "line 4: matter (id 1) refers to" import "$T/bad.jsonl"
sed -i 's/"to_agency":9/"to_agency":2/; s/"status":"open"/"status":"pending"/' "$T/bad.jsonl"
expect_refused "unknown status" 1 "line 4: row.status: unknown status 'pending'" import "$T/bad.jsonl"
bad '{"table":"agency","row":{"id":1,"code":"A","name":"A","created_at":"2020-01-01T00:00:00Z"}}' \
  '{"table":"agency","row":{"id":1,"code":"A","name":"A","created_at":"2020-01-01T00:00:00Z"}}'
expect_refused "duplicate key" 1 "line 3: agency (id 1) repeats or comes out of order after line 2" import "$T/bad.jsonl"
bad '{"table":"closure","row":{"id":1,"calendar":"us-federal","day":"2021-02-30"}}'
expect_refused "a date that does not exist" 1 "line 2: row.day: '2021-02-30' is not a date" import "$T/bad.jsonl"
bad '{"table":"agency","row":{"id":1,"code":"A","name":"A","created_at":"2020-01-01T00:00:00Z","colour":"red"}}'
expect_refused "unknown column" 1 "line 2: row.colour: table 'agency' has no column" import "$T/bad.jsonl"
bad '{"table":"agencies","row":{}}'
expect_refused "unknown table" 1 "line 2: table: unknown table 'agencies'" import "$T/bad.jsonl"
printf '%s\n{"table":"agency","row":{"id":1,"code":"A","name":"Caf\xe9","created_at":"2020-01-01T00:00:00Z"}}\n' "$hdr" >"$T/latin1.jsonl"
expect_refused "invalid UTF-8" 1 "latin1.jsonl line 2, byte" import "$T/latin1.jsonl"
: >"$T/empty.jsonl"
expect_refused "empty file" 1 "is empty" import "$T/empty.jsonl"
printf '%s\n' "$hdr" >"$T/hdr.jsonl"
expect_refused "header only" 1 "a header and no rows" import "$T/hdr.jsonl"
echo '{"format":"something-else"}' >"$T/other.jsonl"
expect_refused "not an export" 1 "line 1: not a pubrec export" import "$T/other.jsonl"
# a failure late in a valid file still writes nothing of what came before
{ cat "$good"; echo '{"table":"tag","row":{"matter_id":999999,"tag":"x"}}'; } >"$T/late.jsonl"
expect_refused "late failure: all or nothing" 1 "line $((n + 1)): tag (matter_id 999999, tag x) refers to" import "$T/late.jsonl"
expect_eq "nothing of it was written" "$(sqlite3 "$DB" 'SELECT count(*) FROM matter')" 0
# a conflict: the same key with other content; both versions printed
expect_ok "import the demo" import "$good"
sed 's/"subject":"Records on individual 1 (previously deported)"/"subject":"Changed"/' "$good" >"$T/conflict.jsonl"
l=$(grep -n '"subject":"Changed"' "$T/conflict.jsonl" | head -1 | cut -d: -f1)
expect_refused "conflict" 1 "line $l: matter (id" import "$T/conflict.jsonl"
expect_contains "the database's version" "$ERR" "in the database: {\"table\":\"matter\",\"row\":{\"id\":1,"
expect_contains "the file's version" "$ERR" "in the file: {\"table\":\"matter\",\"row\":{\"id\":1,"
expect_contains "the changed subject" "$ERR" '"subject":"Changed"'
# a history row is never rewritten, even for a newer matter
expect_ok "import the newer export" import "$T/newer.jsonl"
sed 's/"note":"called the records office"/"note":"rewritten"/' "$T/newer.jsonl" >"$T/rewrite.jsonl"
expect_refused "a rewritten history row" 1 "event (id" import "$T/rewrite.jsonl"
expect_refused "--map without --csv" 2 "--map is for spreadsheets" import "$good" --map a=b

# ---- a generated 10,000-matter database
"$PUBREC" --db "$T/gen.db" init >/dev/null
sed -e 's/i < 1000000/i < 10000/; s/5000000/50000/' "$SOURCE_DIR/bench/report_gen.sql" | sqlite3 "$T/gen.db" >/dev/null
expect_eq "10,000 matters generated" "$(sqlite3 "$T/gen.db" 'SELECT count(*) FROM matter')" 10000
expect_ok "export 10k" --db "$T/gen.db" export -o "$T/g1.jsonl"
expect_ok "import 10k" --db "$T/gen2.db" import "$T/g1.jsonl"
expect_ok "export 10k again" --db "$T/gen2.db" export -o "$T/g2.jsonl"
check "10k round trip is byte-identical" cmp -s "$T/g1.jsonl" "$T/g2.jsonl"
expect_eq "no progress on a pipe" "$ERR" ""
if command -v script >/dev/null; then
  # on a terminal (script gives one), a long import shows rows and rows/s
  script -qec "'$PUBREC' --db '$T/gen3.db' import '$T/g1.jsonl' >/dev/null" /dev/null >"$T/tty.out" 2>&1
  check "progress on a terminal" grep -q "rows/s" "$T/tty.out"
fi

# ---- backup while four processes add matters
"$PUBREC" --db "$T/busy.db" agency add ICE ICE >/dev/null
"$PUBREC" --db "$T/busy.db" agency add DENVER Denver >/dev/null
pids=()
for w in 1 2 3 4; do
  (for i in $(seq 1 15); do
    "$PUBREC" --db "$T/busy.db" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "w$w $i" >/dev/null 2>&1 || exit 1
  done) &
  pids+=($!)
done
sleep 0.3
expect_ok "backup while others write" --db "$T/busy.db" backup "$T/backup.db"
expect_contains "backup reports the check" "$OUT" "integrity_check ok"
for p in "${pids[@]}"; do
  wait "$p"
  check "a writer finished" test $? -eq 0
done
expect_eq "the copy passes integrity_check" "$(sqlite3 "$T/backup.db" 'PRAGMA integrity_check')" ok
expect_eq "the copy is readable by its owner only" "$(stat -c %a "$T/backup.db")" 600
c=$(sqlite3 "$T/backup.db" 'SELECT count(*) FROM matter')
check "the copy holds a consistent number of matters" test "$c" -ge 0 -a "$c" -le 60
expect_eq "every copied matter has its history" \
  "$(sqlite3 "$T/backup.db" "SELECT count(*) FROM matter m WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.matter_id = m.id)")" 0
expect_ok "the copy opens in pubrec" --db "$T/backup.db" list --status closed
expect_refused "backup never overwrites" 1 "cannot create" --db "$T/busy.db" backup "$T/backup.db"
finish
