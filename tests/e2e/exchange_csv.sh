#!/usr/bin/env bash
# import --csv (spreadsheets, MuckRock's export, the Standard FOIA Log
# Format), export --csv and list --csv: matters made through the lifecycle
# layer, re-imports that change nothing, a newer file recorded as edits, and
# every bad input refused with its line and the database unchanged.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2024-06-01
expect_ok "setup" agency add NEWS "The Newsroom"
expect_ok "setup" agency add FBI "Federal Bureau of Investigation"

# ---- MuckRock's request export (the columns of MuckRock's API example export_foia.py)
cat >"$T/mr.csv" <<'CSV'
id,user,title,slug,status,jurisdiction,agency,date_submitted,date_done,date_due,days_until_due,date_followup,embargo,date_embargo,price,description,tracking_id,tags
101,jdoe,"Police use of force, 2020",police-use-of-force,ack,Denver,Denver Police Department,2024-01-05,,2024-01-20,,,False,,0.00,"All reports, incl. ""critical"" ones
and their attachments",DPD-1,police force
102,jdoe,ICE detainers,ice-detainers,done,United States of America,U.S. Immigration and Customs Enforcement (ICE),2024-02-01,2024-03-15,,,,False,,0.00,,2024-ICFO-1,ice
103,jdoe,Jail contracts,jail-contracts,rejected,Denver,Denver Sheriff Department,2024-02-10,2024-02-20,,,,False,,0.00,,,
104,jdoe,Drone policy,drone-policy,no_docs,Denver,Federal Bureau of Investigation,2024-02-11,2024-02-28,,,,False,,0.00,,,
105,jdoe,Body cameras,body-cameras,appealing,Denver,Denver Police Department,2024-03-01,,,,,False,,0.00,,,
CSV
mr() { "$PUBREC" import --csv "$T/mr.csv" --preset muckrock --set from=NEWS --set rule=us-foia "$@"; }
expect_refused "unknown agencies without --create-agencies" 1 "mr.csv line 2: unknown agency 'Denver Police Department'" \
  import --csv "$T/mr.csv" --preset muckrock --set from=NEWS --set rule=us-foia
before=$(dump)
expect_ok "dry run" import --csv "$T/mr.csv" --preset muckrock --set from=NEWS --set rule=us-foia --create-agencies --dry-run --json
expect_eq "the dry run would add five" "$(echo "$OUT" | jget 'd["added"]')" 5
expect_eq "the dry run wrote nothing" "$(dump)" "$before"
expect_ok "import muckrock" import --csv "$T/mr.csv" --preset muckrock --set from=NEWS --set rule=us-foia --create-agencies
expect_contains "agencies created: the abbreviation in parentheses" "$OUT" "agency created: ICE  U.S. Immigration and Customs Enforcement (ICE)"
expect_contains "agencies created: initials" "$OUT" "agency created: DPD  Denver Police Department"
expect_contains "an agency by its full name is found" "$OUT" "5 matters added"
expect_ok "show 101" show REQ-2024-0001 --json
expect_eq "title -> subject" "$(echo "$OUT" | jget 'd["subject"]')" "Police use of force, 2020"
expect_eq "ack -> acknowledged" "$(echo "$OUT" | jget 'd["status"]')" acknowledged
expect_eq "tracking_id -> tracking" "$(echo "$OUT" | jget 'd["tracking"]')" DPD-1
expect_eq "a quoted field with a line break" "$(echo "$OUT" | jget 'd["description"]')" 'All reports, incl. "critical" ones
and their attachments'
expect_eq "deadline computed from the rule, as add does" "$(echo "$OUT" | jget 'd["due"]')" \
  "$("$PUBREC" deadline us-foia 2024-01-05 --json | jget 'd["due"]')"
expect_ok "show 102" show REQ-2024-0002 --json
expect_eq "done -> fulfilled" "$(echo "$OUT" | jget 'd["status"]')" fulfilled
expect_ok "log 102" log REQ-2024-0002
expect_contains "closed on date_done" "$OUT" "2024-03-15    status open -> fulfilled"
expect_eq "no_docs -> refused" "$(sqlite3 "$DB" "SELECT status FROM matter WHERE ext_key = '104'")" refused
expect_eq "appealing -> appealed" "$(sqlite3 "$DB" "SELECT status FROM matter WHERE ext_key = '105'")" appealed
expect_eq "the answer an appeal implies is recorded, saying so" \
  "$(sqlite3 "$DB" "SELECT new_value FROM event e JOIN matter m ON m.id = e.matter_id WHERE m.ext_key = '105' AND e.field = 'status' AND e.note LIKE '%the answer before it is not in the file%'")" denied
expect_eq "tags" "$(sqlite3 "$DB" "SELECT group_concat(tag, ' ') FROM (SELECT tag FROM tag t JOIN matter m ON m.id = t.matter_id WHERE m.ext_key = '101' ORDER BY tag)")" "force police"
expect_eq "every matter has its history" "$(sqlite3 "$DB" "SELECT count(DISTINCT matter_id) FROM event WHERE kind = 'created'")" 5

# ---- re-import changes nothing
before=$(dump)
expect_ok "re-import" import --csv "$T/mr.csv" --preset muckrock --set from=NEWS --set rule=us-foia --create-agencies
expect_contains "re-import: all unchanged" "$OUT" "0 matters added, 0 changed, 5 unchanged"
expect_eq "re-import: dump unchanged" "$(dump)" "$before"

# ---- a newer file: its changes are edits with history rows, never duplicates
sed -e 's/^101,jdoe,"Police use of force, 2020",police-use-of-force,ack,Denver,Denver Police Department,2024-01-05,,/101,jdoe,"Police use of force, 2020",police-use-of-force,done,Denver,Denver Police Department,2024-01-05,2024-05-01,/' \
  -e 's/DPD-1,police/DPD-2024-77,police/' "$T/mr.csv" >"$T/mr2.csv"
expect_ok "import the newer file" import --csv "$T/mr2.csv" --preset muckrock --set from=NEWS --set rule=us-foia --create-agencies
expect_contains "one changed" "$OUT" "0 matters added, 1 changed, 4 unchanged"
expect_eq "still five matters" "$(sqlite3 "$DB" 'SELECT count(*) FROM matter')" 5
expect_ok "log 101" log REQ-2024-0001
expect_contains "tracking edit in the history" "$OUT" "edit tracking DPD-1 -> DPD-2024-77"
expect_contains "status change in the history, on date_done" "$OUT" "2024-05-01    status acknowledged -> fulfilled"

# ---- --notes: dated notes keyed by the file's identifier
printf 'key,date,title,body\n101,2024-05-02,Call,"Spoke to the clerk, who promised a CD"\n' >"$T/notes.csv"
expect_ok "notes" import --csv "$T/mr2.csv" --preset muckrock --set from=NEWS --set rule=us-foia --notes "$T/notes.csv"
expect_contains "one note" "$OUT" "1 notes"
expect_ok "log 101 after notes" log REQ-2024-0001
expect_contains "the note on its date" "$OUT" "2024-05-02    note"
before=$(dump)
expect_ok "notes again" import --csv "$T/mr2.csv" --preset muckrock --set from=NEWS --set rule=us-foia --notes "$T/notes.csv"
expect_eq "notes are not added twice" "$(dump)" "$before"

# ---- the Standard FOIA Log Format (an agency's published log; US dates)
printf 'request id,requester,requester organization,subject,date requested,date perfected,date completed,status,exemptions cited,fee category,fee waiver,fees charged,processed under privacy act\r\n1400001-000,Jane Doe,MuckRock,"Records on ""Operation X""",01/15/2024,01/16/2024,03/01/2024,done,"b(6), b(7)(C)",news media,not requested,0.00,no\r\n1400002-000,John Roe,,Visitor logs,02/01/2024,,,processed,,other,,,no\r\n1400003-000,Jane Doe,MuckRock,Budget,02/03/2024,,,,,,,,\r\n' >"$T/sflf.csv"
expect_ok "import sflf" import --csv "$T/sflf.csv" --preset sflf --set to=FBI --set rule=us-foia --date-format MM/DD/YYYY --json
expect_eq "three added" "$(echo "$OUT" | jget 'd["added"]')" 3
expect_eq "requesters are people" "$(sqlite3 "$DB" "SELECT group_concat(name, '|') FROM (SELECT name FROM agency WHERE kind = 'person' ORDER BY name)")" "Jane Doe|John Roe"
expect_eq "the US date read" "$(sqlite3 "$DB" "SELECT trigger_date || ' ' || status FROM matter WHERE ext_key = '1400001-000'")" "2024-01-15 fulfilled"
expect_eq "an empty status is open" "$(sqlite3 "$DB" "SELECT status FROM matter WHERE ext_key = '1400003-000'")" open

# ---- export --csv and list --csv write the same columns; import --csv reads them back
expect_ok "export --csv" export --csv -o "$T/out.csv"
expect_eq "the header" "$(head -1 "$T/out.csv" | tr -d '\r')" "ref,key,kind,from,to,subject,description,tracking,trigger_date,rule,days,status,due,closed,tags"
expect_ok "list --csv" list --csv --status closed
expect_eq "list --csv has the same header" "$(echo "$OUT" | head -1 | tr -d '\r')" "$(head -1 "$T/out.csv" | tr -d '\r')"
csvrows=$(echo "$OUT" | "$PYTHON" -c 'import csv,sys; print(len(list(csv.reader(sys.stdin))) - 1)')
expect_ok "list --json" list --status closed --json
expect_eq "list --csv: the matters list shows" "$csvrows" "$(echo "$OUT" | jget 'd["count"]')"
expect_refused "--csv with --json" 2 "two formats" list --csv --json
expect_ok "round trip through CSV" --db "$T/rt.db" import --csv "$T/out.csv" --key ref --create-agencies
"$PUBREC" --db "$T/rt.db" export --csv -o "$T/rt.csv"
cols() { "$PYTHON" -c 'import csv,sys
for r in sorted(list(csv.reader(open(sys.argv[1], newline="")))[1:]): print(r[0], r[2:])' "$1"; }
expect_eq "the same matters: parties, subjects, dates, statuses, tags" "$(cols "$T/rt.csv")" "$(cols "$T/out.csv")"

# ---- bad input: each refused, positioned, the database unchanged
hdr="key,from,to,subject,trigger_date,rule,status"
csv() { printf '%s\n' "$hdr" "$@" >"$T/bad.csv"; }
csv "k1,NEWS,FBI,One,2024-01-02,us-foia,open" "k2,NEWS,FBI,Two,2024-01-03,us-foia"
expect_refused "too few fields" 1 "bad.csv line 3: 6 fields, but the header has 7" import --csv "$T/bad.csv"
csv "k1,NEWS,FBI,One,2024-01-02,us-foia,open,extra"
expect_refused "too many fields" 1 "bad.csv line 2: 8 fields" import --csv "$T/bad.csv"
printf '%s\nk1,NEWS,FBI,Caf\xe9,2024-01-02,us-foia,open\n' "$hdr" >"$T/latin1.csv"
expect_refused "invalid UTF-8" 1 "latin1.csv line 2, byte" import --csv "$T/latin1.csv"
: >"$T/empty.csv"
expect_refused "empty file" 1 "is empty" import --csv "$T/empty.csv"
printf '%s\n' "$hdr" >"$T/hdr.csv"
expect_refused "header only" 1 "a header and no rows: nothing imported" import --csv "$T/hdr.csv"
csv "k1,NEWS,FBI,One,2024-01-02,us-foia,pending" "k2,NEWS,FBI,Two,2024-01-03,us-foia,pending" "k3,NEWS,FBI,Three,2024-01-03,us-foia,lost"
expect_refused "unmapped statuses listed with counts" 1 "'pending' (2 rows, first line 2), 'lost' (1 rows, first line 4)" import --csv "$T/bad.csv"
expect_ok "--status-default accepts the rest" import --csv "$T/bad.csv" --status-default acknowledged --dry-run
expect_ok "--status-map maps them" import --csv "$T/bad.csv" --status-map pending=acknowledged,lost=withdrawn --dry-run
printf 'pending=acknowledged\nlost = withdrawn\n' >"$T/statuses.txt"
expect_ok "--status-map FILE" import --csv "$T/bad.csv" --status-map "$T/statuses.txt" --dry-run
csv "k1,NEWS,FBI,One,2024-01-02,us-foia,open" "k1,NEWS,FBI,Two,2024-01-03,us-foia,open"
expect_refused "duplicate key" 1 "bad.csv line 3: key 'k1' appears twice" import --csv "$T/bad.csv" --key key
csv "k1,NEWS,FBI,One,2023-02-29,us-foia,open"
expect_refused "a date that does not exist" 1 "bad.csv line 2: trigger_date '2023-02-29' is not a date" import --csv "$T/bad.csv"
csv "k1,NEWS,FBI,One,02/03/2024,us-foia,open"
expect_refused "a US date without --date-format" 1 "give --date-format" import --csv "$T/bad.csv"
csv "k1,NEWS,FBI,One,2024-01-02,no-such-rule,open"
expect_refused "unknown rule" 1 "bad.csv line 2: unknown rule 'no-such-rule'" import --csv "$T/bad.csv"
csv "k1,NEWS,CIA,One,2024-01-02,us-foia,open"
expect_refused "unknown agency" 1 "bad.csv line 2: unknown agency 'CIA'" import --csv "$T/bad.csv"
csv "k1,NEWS,FBI,One,2024-01-02,us-foia,open"
expect_refused "a map to a column the file lacks" 1 "has no column 'Title' (its columns: 'key', 'from'" import --csv "$T/bad.csv" --map subject=Title
expect_refused "an unknown field" 2 "unknown field 'colour'" import --csv "$T/bad.csv" --map colour=key
printf '"k1,NEWS,FBI,One,2024-01-02,us-foia,open\n' >"$T/unclosed.csv"
expect_refused "an unclosed quote" 1 "never closed" import --csv "$T/unclosed.csv"
printf '%s\nk1,NEWS,FBI,One,2024-01-02,us-foia,open\n\n"k2,NEWS,FBI,Two,2024-01-02,us-foia,open\n' "$hdr" >"$T/unclosed.csv"
expect_refused "an unclosed quote: the line its record starts on" 1 "unclosed.csv line 4: a quoted field is never closed" \
  import --csv "$T/unclosed.csv"
printf '\xef\xbb\xbf%s\nk9,NEWS,FBI,With a BOM,2024-01-02,us-foia,open\n' "$hdr" >"$T/bom.csv"
expect_ok "a UTF-8 byte order mark is skipped" import --csv "$T/bom.csv" --key key
expect_eq "the BOM file's row" "$(sqlite3 "$DB" "SELECT subject FROM matter WHERE ext_key = 'k9'")" "With a BOM"
# ---- search: an import indexes its new matters for search at the end, in one
# statement (the trigger's row for each new matter is deferred); notes and
# edits of matters already there go through the triggers as they happen.
fts_rows() { sqlite3 "$DB" 'SELECT rowid, subject, tracking, parties, notes FROM matter_fts ORDER BY rowid'; }
fts_source() { sqlite3 "$DB" 'SELECT id, subject, tracking, parties, notes FROM matter_fts_source ORDER BY id'; }
expect_eq "the search index holds exactly what its source says" "$(fts_rows)" "$(fts_source)"
expect_ok "search an imported subject" search drone
expect_contains "finds the imported matter" "$OUT" "REQ-2024-0004"
expect_ok "search a note imported for a matter already there" search clerk
expect_contains "finds it" "$OUT" "REQ-2024-0001"
cat >"$T/fts.csv" <<'CSV'
key,from,to,subject,trigger_date,rule,status
f1,NEWS,FBI,Zeppelin hangar leases,2024-03-01,us-foia,open
f2,NEWS,Quarry Authority,Gravel tonnage,2024-03-02,us-foia,open
CSV
printf 'key,date,title,body\nf1,2024-03-05,Call,Mentioned the xylograph archive\n' >"$T/fts-notes.csv"
expect_ok "new matters with a note in the same import" import --csv "$T/fts.csv" --key key \
  --create-agencies --notes "$T/fts-notes.csv"
expect_eq "the index still matches its source" "$(fts_rows)" "$(fts_source)"
expect_eq "one index row per matter" "$(sqlite3 "$DB" 'SELECT count(*) FROM matter_fts')" \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM matter')"
expect_ok "search the new subject" search zeppelin --json
expect_eq "found once" "$(echo "$OUT" | jget 'd["count"]')" 1
expect_ok "search the new matter's note" search xylograph --json
expect_eq "found once, through the note" "$(echo "$OUT" | jget 'd["count"]')" 1
expect_ok "search a created agency's name" search quarry --json
expect_eq "found through its party" "$(echo "$OUT" | jget 'd["count"]')" 1
sed 's/Zeppelin hangar leases/Airship hangar leases/' "$T/fts.csv" >"$T/fts2.csv"
expect_ok "a newer file edits the subject" import --csv "$T/fts2.csv" --key key --create-agencies
expect_ok "search the old subject" search zeppelin --json
expect_eq "gone" "$(echo "$OUT" | jget 'd["count"]')" 0
expect_ok "search the new one" search airship --json
expect_eq "there" "$(echo "$OUT" | jget 'd["count"]')" 1
expect_eq "the index matches its source after the edit" "$(fts_rows)" "$(fts_source)"
finish
