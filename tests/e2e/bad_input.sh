#!/usr/bin/env bash
# Every bad input gets a one-line error on stderr naming the problem, exit
# status 1 (2 for usage errors), nothing on stdout, and leaves the database
# byte-for-byte as it was.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-01-20

expect_ok "setup" agency add ICE "U.S. Immigration and Customs Enforcement" --jurisdiction us
expect_ok "setup" agency add DENVER "City and County of Denver" --calendar us-co
expect_ok "setup" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records"
expect_ok "setup" status SUB-2020-0001 fulfilled --on 2020-01-15

expect_refused "unknown agency" 1 "unknown agency 'NOPE'" add subpoena --from NOPE --to DENVER --served 2020-01-13 --days 14 --subject x
expect_refused "unknown reference" 1 "unknown reference 'SUB-2020-0099'" show SUB-2020-0099
expect_refused "unknown reference (status)" 1 "unknown reference" status SUB-2020-0099 refused
expect_refused "unknown reference (respond)" 1 "unknown reference" respond SUB-2020-0099 --kind denial
expect_refused "unknown reference (log)" 1 "unknown reference" log REQ-2020-0001
for bad in 2025-02-30 2025-13-01 yesterday-ish 2025-2-3 "2025-02-03 " 2025-02-29 0000-01-01; do
  expect_refused "date '$bad'" 2 "invalid date '$bad'" add subpoena --from ICE --to DENVER --served "$bad" --days 14 --subject x
done
expect_refused "bad --on" 2 "invalid date '2020-02-30'" status SUB-2020-0001 open --on 2020-02-30
expect_refused "bad --today" 2 "invalid date 'tomorrow'" --today tomorrow list
expect_refused "bad --due" 2 "invalid date '2020-01-32'" add subpoena --from ICE --to DENVER --served 2020-01-13 --due 2020-01-32 --subject x
expect_refused "missing --subject" 2 "missing --subject" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14
expect_refused "missing trigger" 2 "missing the trigger date" add subpoena --from ICE --to DENVER --days 14 --subject x
expect_refused "missing deadline" 2 "missing the deadline" add subpoena --from ICE --to DENVER --served 2020-01-13 --subject x
expect_refused "missing kind" 2 "needs a kind" add --from ICE --to DENVER --served 2020-01-13 --days 3 --subject x
expect_refused "missing --kind" 2 "missing --kind" respond SUB-2020-0001
expect_refused "unknown option" 2 "unknown option '--frmo'" add subpoena --frmo ICE --to DENVER --served 2020-01-13 --days 14 --subject x
expect_refused "unknown global option" 2 "unknown option '--verbose'" --verbose list
expect_refused "unknown command" 2 "unknown command 'lst'" lst
expect_refused "option without value" 2 "needs a value" list --agency
expect_refused "negative days" 2 "whole number" add subpoena --from ICE --to DENVER --served 2020-01-13 --days -3 --subject x
expect_refused "invalid transition" 1 "cannot change SUB-2020-0001 from 'fulfilled' to 'acknowledged'" status SUB-2020-0001 acknowledged
expect_refused "unknown status" 2 "unknown status 'done'" status SUB-2020-0001 done
expect_refused "overdue is derived" 2 "unknown status 'overdue'" status SUB-2020-0001 overdue
expect_refused "duplicate agency" 1 "agency 'ICE' already exists" agency add ICE "Again"
expect_refused "unknown rule" 1 "unknown rule 'us-fioa'" add request --from ICE --to DENVER --received 2020-01-13 --rule us-fioa --subject x
expect_refused "unknown parent" 1 "unknown reference 'SUB-2019-0001'" add petition --from ICE --to DENVER --filed 2020-01-17 --no-deadline --parent SUB-2019-0001 --subject x
expect_refused "same agency twice" 1 "same agency" add request --from ICE --to ICE --received 2020-01-13 --days 3 --subject x
expect_refused "unknown calendar" 1 "unknown calendar 'us-xx'" agency add NEW "New" --calendar us-xx
expect_refused "bad cutoff" 2 "invalid time '25:00'" agency add NEW "New" --cutoff 25:00
expect_refused "response before service" 1 "before" respond SUB-2020-0001 --kind refusal --on 2020-01-01

# Databases that cannot be used.
expect_refused "directory does not exist" 1 "does not exist" --db "$T/no/such/dir/x.db" list
mkdir -p "$T/ro" && chmod 555 "$T/ro"
if [ "$(id -u)" -ne 0 ]; then
  expect_refused "directory not writable" 1 "not writable" --db "$T/ro/x.db" list
else
  # root can write anywhere; use a path under a regular file instead
  touch "$T/plainfile"
  expect_refused "path under a file" 1 "not a directory" --db "$T/plainfile/x.db" list
fi
echo "hello, I am a text file" >"$T/notes.txt"
before=$(sha256sum "$T/notes.txt")
DB="$T/notes.txt" expect_refused "not a database" 1 "not a pubrec database" --db "$T/notes.txt" list
expect_eq "text file untouched" "$(sha256sum "$T/notes.txt")" "$before"
sqlite3 "$T/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
DB="$T/other.db" expect_refused "another app's database" 1 "not a pubrec database" --db "$T/other.db" list
cp "$DB" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version = 999"
DB="$T/newer.db" expect_refused "newer schema" 1 "newer than this pubrec" --db "$T/newer.db" list

# Text with quotes, semicolons, newlines and non-ASCII is stored and shown exactly.
SUBJ=$(printf 'Records "quoted"; DROP TABLE matter; --\nline two Café 東京 🚓')
expect_ok "tricky text" --json add request --from ICE --to DENVER --received 2020-01-14 --days 10 --subject "$SUBJ" --note "it's; \"fine\""
REF=$(jget 'd["ref"]' <<<"$OUT")
expect_eq "subject round trip" "$(jget 'd["subject"]' <<<"$OUT")" "$SUBJ"
expect_ok "show tricky" --json show "$REF"
expect_eq "subject shown exactly" "$(jget 'd["subject"]' <<<"$OUT")" "$SUBJ"
expect_eq "note shown exactly" "$(jget 'd["history"][0]["note"]' <<<"$OUT")" "it's; \"fine\""
expect_ok "show tricky text" show "$REF"
expect_contains "text show has the subject" "$OUT" "$SUBJ"
expect_eq "matters table intact" "$(sqlite3 "$DB" 'SELECT count(*) FROM matter')" 2
finish
