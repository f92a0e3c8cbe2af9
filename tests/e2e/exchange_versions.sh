#!/usr/bin/env bash
# import of an export that is newer or older than the database (issue 15):
# - a newer export taken after 'agency set' (and 'rule set') lands as an
#   update beside the agency's new history rows, never as a conflict, and the
#   copy then equals the newer database byte for byte;
# - an agency changed on both sides (diverged) is a conflict: both versions,
#   nothing written;
# - an older export imported into a database that has moved on (its history
#   is a prefix of the database's) is already contained: the summary says so
#   and the dump is unchanged;
# - a rule changed with no history on either side is a conflict.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-02-10
A="$T/a.db"

# verify_db DESC DB: the history's chain holds and every matter agrees with it
verify_db() {
  if "$PUBREC" --db "$2" verify >"$T/v.out" 2>&1; then pass; else fail "$1: $(tail -2 "$T/v.out")"; fi
}

# ---- database A, and its first export
expect_ok "init A" --db "$A" init
expect_ok "an agency" --db "$A" agency add DPD "Denver Police Department" --calendar us-co
expect_ok "a newsroom" --db "$A" agency add NEWS "The Newsroom"
expect_ok "a request to it" --db "$A" add request --from NEWS --to DPD --subject "use of force reports" \
  --received 2020-02-03 --rule co-cora
expect_ok "a second request" --db "$A" add request --from NEWS --to DPD --subject "body camera policy" \
  --received 2020-02-04 --rule co-cora
expect_ok "export A (older)" --db "$A" export -o "$T/old.jsonl"

# ---- A moves on: the agency changes (its history), a matter changes
sleep 1 # updated_at has one-second resolution: the newer rows must be a second later
expect_ok "agency set" --db "$A" agency set DPD --cutoff 16:00 --contact "records@denver.example" \
  --note "their new hours"
expect_ok "the matter moves on" --db "$A" status REQ-2020-0001 acknowledged
expect_ok "a tag" --db "$A" tag REQ-2020-0002 +bodycam
expect_ok "export A (newer)" --db "$A" export -o "$T/new.jsonl"
check "the two exports differ in the agency row" \
  test "$(grep '"table":"agency","row":{"id":1,' "$T/old.jsonl")" != \
  "$(grep '"table":"agency","row":{"id":1,' "$T/new.jsonl")"

# ---- (a) B holds the older export; the newer one lands as edits
expect_ok "import the older export into B" --db "$DB" import "$T/old.jsonl"
expect_ok "import the newer export into B" --db "$DB" import "$T/new.jsonl" --json
expect_eq "the agency is an update, not a conflict" \
  "$(echo "$OUT" | jget 'd["tables"]["agency"]["updated"]')" 1
expect_eq "its history rows are added" \
  "$(echo "$OUT" | jget 'd["tables"]["agency_event"]["added"]')" \
  "$(sqlite3 "$A" 'SELECT count(*) FROM agency_event')"
expect_eq "nothing older" "$(echo "$OUT" | jget 'd["older"]')" 0
expect_ok "show the agency in B" --db "$DB" agency show DPD --json
expect_eq "the new cutoff came across" "$(echo "$OUT" | jget 'd["cutoff"]')" 16:00
expect_ok "export B" --db "$DB" export -o "$T/b.jsonl"
check "B now equals the newer database byte for byte" cmp -s "$T/b.jsonl" "$T/new.jsonl"
verify_db "B after the newer export" "$DB"
expect_ok "import the newer export again" --db "$DB" import "$T/new.jsonl" --json
expect_eq "again: nothing changed" "$(echo "$OUT" | jget 'd["changed"]')" False
expect_ok "the text summary of a re-import" --db "$DB" import "$T/new.jsonl"
expect_contains "says nothing changed" "$OUT" "nothing changed"

# ---- (b) the older export into B, which has moved on: already contained
before=$(dump)
sum_before=$(sha256sum "$DB" | cut -d' ' -f1)
expect_ok "import the older export into B" --db "$DB" import "$T/old.jsonl"
expect_contains "the summary says it is an earlier export" "$OUT" "earlier export of this database"
expect_contains "and that nothing changed" "$OUT" "nothing changed"
expect_eq "the dump is unchanged" "$(dump)" "$before"
expect_ok "the same as JSON" --db "$DB" import "$T/old.jsonl" --json
expect_eq "JSON: nothing added" "$(echo "$OUT" | jget 'd["added"]')" 0
expect_eq "JSON: nothing updated" "$(echo "$OUT" | jget 'd["updated"]')" 0
expect_eq "JSON: rows older than the database's" "$(echo "$OUT" | jget 'd["older"] > 0')" True
expect_eq "JSON: the agency row is older" "$(echo "$OUT" | jget 'd["tables"]["agency"]["older"]')" 1
expect_eq "JSON: the matter is older" "$(echo "$OUT" | jget 'd["tables"]["matter"]["older"]')" 1
expect_eq "the dump is still unchanged" "$(dump)" "$before"
expect_ok "a dry run of the older export" --db "$DB" import "$T/old.jsonl" --dry-run
expect_contains "the dry run says so too" "$OUT" "earlier export of this database"
expect_eq "the tag the older export lacks is still there" \
  "$(sqlite3 "$DB" "SELECT tag FROM tag")" bodycam
expect_eq "the file's checksum too: nothing was written" "$(sha256sum "$DB" | cut -d' ' -f1)" "$sum_before"
verify_db "B after the older export" "$DB"

# ---- a divergent agency: changed on both sides since the older export
C="$T/c.db"
expect_ok "C from the older export" --db "$C" import "$T/old.jsonl"
expect_ok "C changes the agency its own way" --db "$C" agency set DPD --cutoff 15:00
cbefore=$(sqlite3 "$C" .dump)
pr --db "$C" import "$T/new.jsonl"
expect_eq "the newer export into C is refused" "$RC" 1
expect_contains "as a conflict" "$ERR" "different content"
expect_contains "with the database's version" "$ERR" "in the database:"
expect_contains "and the file's" "$ERR" "in the file:"
expect_eq "C is unchanged" "$(sqlite3 "$C" .dump)" "$cbefore"
verify_db "C after the refused import" "$C"

# ---- an agency that differs with no history to tell: a conflict
D="$T/d.db"
expect_ok "D from the older export" --db "$D" import "$T/old.jsonl"
sed 's/"name":"Denver Police Department"/"name":"Denver Police Dept."/' "$T/old.jsonl" >"$T/renamed.jsonl"
dbefore=$(sqlite3 "$D" .dump)
pr --db "$D" import "$T/renamed.jsonl"
expect_eq "a changed agency without its history is refused" "$RC" 1
expect_contains "saying its history shows neither to be newer" "$ERR" "agency_event"
expect_eq "D is unchanged" "$(sqlite3 "$D" .dump)" "$dbefore"

# ---- a rule: no history of its own; the database's history decides
R="$T/r.db"
cp "$A" "$R"
expect_ok "export before the rule changes" --db "$R" export -o "$T/r1.jsonl"
expect_ok "E from that export" --db "$T/e.db" import "$T/r1.jsonl"
expect_ok "a rule change that moves an open matter" --db "$R" rule set co-cora --days 5
expect_ok "export after the rule change" --db "$R" export -o "$T/r2.jsonl"
expect_ok "the rule change lands in E as an update" --db "$T/e.db" import "$T/r2.jsonl" --json
expect_eq "the rule updated" "$(echo "$OUT" | jget 'd["tables"]["rule"]["updated"]')" 1
expect_ok "export E" --db "$T/e.db" export -o "$T/e2.jsonl"
check "E equals R byte for byte" cmp -s "$T/e2.jsonl" "$T/r2.jsonl"
verify_db "E after the rule change" "$T/e.db"
ebefore=$(sqlite3 "$T/e.db" .dump)
expect_ok "the export before the rule change into E: already contained" \
  --db "$T/e.db" import "$T/r1.jsonl" --json
expect_eq "the rule row is older" "$(echo "$OUT" | jget 'd["tables"]["rule"]["older"]')" 1
expect_eq "E unchanged" "$(sqlite3 "$T/e.db" .dump)" "$ebefore"
# the same rule changed with no history row on either side: nothing says which is newer
sed 's/"code":"co-cora","name":"\([^"]*\)"/"code":"co-cora","name":"\1 (edited)"/' "$T/r2.jsonl" >"$T/r3.jsonl"
check "the edited file differs" test "$(cat "$T/r3.jsonl")" != "$(cat "$T/r2.jsonl")"
pr --db "$T/e.db" import "$T/r3.jsonl"
expect_eq "a rule changed with no history is refused" "$RC" 1
expect_contains "as not known to be newer" "$ERR" "which version is newer is not known"
expect_eq "E unchanged after the refusal" "$(sqlite3 "$T/e.db" .dump)" "$ebefore"

finish
