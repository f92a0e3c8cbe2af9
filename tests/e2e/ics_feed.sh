#!/bin/bash
# ics_feed.sh — the pending calendar feed (migrations/0031_ics_feed.sql,
# src/store_ics.c): after every kind of write, the default export read from
# the feed is byte for byte (DTSTAMP aside) the export derived from the
# history (PUBREC_ICS_HISTORY=1 forces that path), with and without each
# filter, and 'pubrec verify' finds the feed in step; a feed row changed
# behind pubrec's back is caught by verify; a matter marked and not rebuilt
# makes the export read the history; an upgraded database is filled by its
# first write-mode open.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-02-10

# same DESC: each export (default, and each filter) from the feed equals the
# one from the history, and verify passes.
same() {
  local desc=$1 args i=0
  for args in "" "--agency DENVER" "--agency ice" "--kind subpoena" "--kind request" \
    "--tag urgent" "--from 2020-01-28" "--to 2020-02-05" "--from 2020-01-20 --to 2020-02-20" \
    "--agency DENVER --kind request --tag urgent" "--status open" "--alarms 3d,1d --todo"; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    "$PUBREC" ics $args 2>/dev/null | grep -v '^DTSTAMP' >"$T/feed$i.ics"
    # shellcheck disable=SC2086
    PUBREC_ICS_HISTORY=1 "$PUBREC" ics $args 2>/dev/null | grep -v '^DTSTAMP' >"$T/hist$i.ics"
    if ! cmp -s "$T/feed$i.ics" "$T/hist$i.ics"; then
      fail "$desc: 'ics $args' from the feed differs from the history: $(diff "$T/hist$i.ics" "$T/feed$i.ics" | head -5)"
      return
    fi
  done
  expect_eq "$desc: nothing left to rebuild" "$(sqlite3 "$DB" "SELECT count(*) FROM ics_feed_dirty")" 0
  expect_eq "$desc: a feed row per pending matter with a deadline" \
    "$(sqlite3 "$DB" "SELECT count(*) FROM ics_feed")" \
    "$(sqlite3 "$DB" "SELECT count(DISTINCT m.id) FROM matter m JOIN deadline d ON d.matter_id = m.id WHERE m.clock <> 'stopped'")"
  expect_ok "$desc: verify" verify
}

expect_ok "agency ICE" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency DENVER" agency add DENVER "City and County of Denver" --calendar us-co
expect_ok "agency NEWS" agency add NEWS "Newsroom"
expect_ok "subpoena A" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records on four individuals"
expect_ok "subpoena B" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 3 --subject "Records on one individual"
expect_ok "request C" add request --from NEWS --to DENVER --received 2020-01-17 --rule co-cora --subject "Copies of the subpoenas"
expect_ok "request D" add request --from NEWS --to ICE --received 2020-01-21 --rule us-foia --subject "Detainer policy"
expect_ok "request E" add request --from NEWS --to ICE --received 2020-01-22 --rule us-foia --subject "Detainer logs"
same "add"
expect_ok "respond" respond REQ-2020-0002 --kind acknowledgement --on 2020-01-22
same "respond (acknowledgement)"
expect_ok "extend" extend SUB-2020-0001 --days 7 --on 2020-01-20
same "extend"
expect_ok "extend --to" extend REQ-2020-0002 --to 2020-03-04 --on 2020-02-03
same "extend --to"
expect_ok "toll" toll REQ-2020-0001 --on 2020-01-20
same "toll"
expect_ok "resume" resume REQ-2020-0001 --on 2020-01-24
same "resume"
expect_ok "close" respond SUB-2020-0002 --kind refusal --on 2020-01-16 --note "Not court-ordered"
same "respond (determination)"
expect_ok "status" status REQ-2020-0003 withdrawn --on 2020-01-23
same "status change (closing)"
expect_ok "reopen" reopen REQ-2020-0003 --received 2020-01-27 --on 2020-01-27
same "reopen"
expect_ok "edit subject" edit SUB-2020-0001 --subject "Records on five individuals" --note "typo"
same "edit (subject)"
expect_ok "edit days" edit REQ-2020-0003 --rule co-cora --note "wrong rule"
same "edit (rule)"
expect_ok "tag" tag REQ-2020-0001 +urgent
expect_ok "tag" tag SUB-2020-0001 +urgent
same "tag"
expect_ok "untag" tag SUB-2020-0001 -urgent
same "untag"
expect_ok "note" note REQ-2020-0001 "Called the clerk"
same "note"
expect_ok "void" void REQ-2020-0003 --note "duplicate"
same "void"
expect_ok "unvoid" unvoid REQ-2020-0003 --note "not a duplicate"
same "unvoid"
expect_ok "respond again" respond REQ-2020-0003 --kind production --on 2020-01-28 --pages 2
expect_ok "retract" retract REQ-2020-0003 1 --note "wrong matter"
same "retract"
expect_ok "closure add" closure add us-co 2020-02-04 --note snow
same "closure add"
expect_ok "holiday on a calendar" calendar holiday add us-co "Feed day" --date 02-05
same "calendar holiday add"
expect_ok "rule set" rule set co-cora --days 4 --note "test"
same "rule set"
expect_ok "agency rename" agency set DENVER --name "Denver, City and County" --note "renamed"
same "agency set --name"
expect_ok "agency calendar" agency set ICE --calendar us-co --note "moved"
same "agency set --calendar"

# ---- imports: JSON Lines into an empty database, CSV into this one -------
expect_ok "export" export -o "$T/all.jsonl"
export PUBREC_DB=$T/copy.db
DB0=$DB
DB=$T/copy.db
expect_ok "import JSON Lines" import "$T/all.jsonl"
same "import (JSON Lines)"
DB=$DB0
export PUBREC_DB=$DB
cat >"$T/new.csv" <<'CSV'
key,from,to,subject,trigger_date,rule,status,tags
k1,NEWS,DENVER,Snow plough routes,2020-02-03,co-cora,open,urgent
k2,NEWS,ICE,Bed counts,2020-02-04,us-foia,open,
k3,NEWS,ICE,Old one,2019-02-04,us-foia,fulfilled,
CSV
expect_ok "import CSV" import --csv "$T/new.csv" --key key
same "import (CSV)"

# ---- a feed row changed behind pubrec's back -------------------------------
cp "$DB" "$T/keep.db"
sqlite3 "$DB" "UPDATE ics_feed SET last_modified = last_modified + 1 WHERE matter_id = (SELECT id FROM matter WHERE ref = 'REQ-2020-0001')"
expect_refused "verify catches a stale feed row" 1 "REQ-2020-0001: its row of the calendar feed" verify
# marked (a write another program made): the export reads the history
sqlite3 "$DB" "INSERT INTO ics_feed_dirty VALUES ((SELECT id FROM matter WHERE ref = 'REQ-2020-0001'))"
"$PUBREC" ics | grep -v '^DTSTAMP' >"$T/marked.ics"
"$PUBREC" --db "$T/keep.db" ics | grep -v '^DTSTAMP' >"$T/keep.ics"
check "a marked feed is not read" cmp -s "$T/marked.ics" "$T/keep.ics"
expect_ok "a write rebuilds the marked rows" note SUB-2020-0001 "rebuild"
same "after a rebuild"

# ---- an upgraded database: marked by the migration, filled on the first
# command that opens it for writing (ics does), never read stale meanwhile
cp "$T/keep.db" "$T/up.db"
sqlite3 "$T/up.db" "UPDATE ics_feed SET deadlines = x'01', history = x'01'; INSERT INTO ics_feed_dirty SELECT id FROM matter WHERE clock <> 'stopped'"
"$PUBREC" --db "$T/up.db" ics | grep -v '^DTSTAMP' >"$T/up.ics"
check "an upgraded database's export is the history's" cmp -s "$T/up.ics" "$T/keep.ics"
expect_eq "and the open filled the feed" "$(sqlite3 "$T/up.db" "SELECT count(*) FROM ics_feed_dirty") $(sqlite3 "$T/up.db" "SELECT count(*) FROM ics_feed WHERE length(history) > 1")" "0 6"
DB=$T/up.db
export PUBREC_DB=$DB
same "after the fill"
finish
