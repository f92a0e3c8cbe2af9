#!/bin/bash
# ics_errors.sh — pubrec ics refuses bad input with one-line errors (exit 2
# for usage, 1 for a failure), changes nothing, and with -o never leaves a
# half-written or temporary file: a failing export leaves FILE as it was.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-01-14

expect_ok "agency ICE" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency DENVER" agency add DENVER "City and County of Denver"
expect_ok "subpoena" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Records"
expect_ok "subpoena 2" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 3 --subject "More records"

# ---- usage errors (exit 2) and failures (exit 1): nothing printed, nothing changed
expect_refused "unknown agency" 1 "unknown agency 'NOPE'" ics --agency NOPE
expect_refused "bad --from" 2 "invalid date '2020-02-30' for --from" ics --from 2020-02-30
expect_refused "bad --to" 2 "invalid date 'soon' for --to" ics --to soon
expect_refused "--from after --to" 2 "--from 2020-03-01 is after --to 2020-02-01" ics --from 2020-03-01 --to 2020-02-01
expect_refused "--alarms x" 2 "invalid lead time 'x' in --alarms" ics --alarms x
expect_refused "--alarms -1d" 2 "invalid lead time '-1d' in --alarms" ics --alarms -1d
expect_refused "--alarms=-1d" 2 "invalid lead time '-1d' in --alarms" ics --alarms=-1d
expect_refused "--alarms 3" 2 "invalid lead time '3' in --alarms" ics --alarms 3
expect_refused "--alarms empty item" 2 "invalid lead time '' in --alarms" ics --alarms 3d,,1d
expect_refused "--alarms too far" 2 "invalid lead time '400d' in --alarms" ics --alarms 1d,400d
expect_refused "--alarms empty" 2 "invalid lead time '' in --alarms" ics --alarms ''
expect_refused "unknown status" 2 "unknown status 'shut' for --status" ics --status shut
expect_refused "--status and --open" 2 "give --status or --open, not both" ics --status all --open
expect_refused "--reminder-events alone" 2 "--reminder-events needs --alarms" ics --reminder-events
expect_refused "--reminder-events with --todo" 2 "--reminder-events writes events" ics --todo --alarms 1d --reminder-events
expect_refused "--refresh -5" 2 "option '--refresh' needs a whole number" ics --refresh -5
expect_refused "empty --name" 2 "--name needs a non-empty calendar name" ics --name ''
expect_refused "argument" 2 "'ics' takes no arguments, got 'extra'" ics extra
expect_refused "--json" 2 "--json does not apply to 'ics'" --json ics
expect_refused "unknown option" 2 "unknown option" ics --bogus

# ---- -o: nothing is created where the export cannot be written -------------
mkdir "$T/dir"
echo "not a directory" >"$T/plain"
expect_refused "missing directory" 1 "cannot write '$T/nodir/cal.ics'" ics -o "$T/nodir/cal.ics"
check "no directory created" test ! -e "$T/nodir"
expect_refused "parent is a file" 1 "cannot write '$T/plain/cal.ics'" ics -o "$T/plain/cal.ics"
expect_refused "-o names a directory" 1 "'$T/dir' is a directory" ics -o "$T/dir"
expect_eq "nothing left in the directory" "$(ls -A "$T/dir")" ""

# ---- -o replaces FILE atomically, keeping its mode ---------------------------
printf 'OLD CALENDAR\n' >"$T/dir/cal.ics"
chmod 640 "$T/dir/cal.ics"
expect_ok "export over an old file" ics -o "$T/dir/cal.ics"
check "the old file is replaced" grep -q '^BEGIN:VCALENDAR' "$T/dir/cal.ics"
check "the calendar is complete" grep -q $'^END:VCALENDAR\r$' "$T/dir/cal.ics"
expect_eq "mode kept" "$(stat -c %a "$T/dir/cal.ics")" 640
expect_eq "no temporary file left" "$(ls -A "$T/dir")" "cal.ics"
expect_ok "export to a new file" ics -o "$T/dir/new.ics"
expect_eq "new file mode from the umask" "$(stat -c %a "$T/dir/new.ics")" \
  "$(printf '%o' $((0666 & ~$(umask))))"
rm "$T/dir/new.ics"

# A failure halfway through the export (a corrupt due date in the second
# matter, after the first event was written) leaves FILE untouched.
cp "$DB" "$T/bad.db"
sqlite3 "$T/bad.db" "UPDATE deadline SET due = '2020-13-45' WHERE matter_id = (SELECT id FROM matter WHERE ref = 'SUB-2020-0002')"
# The change made behind pubrec's back marked the matter for the pending
# calendar feed (migrations/0031_ics_feed.sql): the first command that opens
# the database for writing rebuilds its row (the same failure), so the
# database stands still from the second on.
"$PUBREC" --db "$T/bad.db" ics -o "$T/dir/other.ics" 2>/dev/null
expect_eq "the feed row rebuilt" "$(sqlite3 "$T/bad.db" "SELECT count(*) FROM ics_feed_dirty")" 0
before=$(sha256sum <"$T/dir/cal.ics")
DB="$T/bad.db" expect_refused "corrupt row" 1 "SUB-2020-0002 has an invalid response due date '2020-13-45'" \
  --db "$T/bad.db" ics -o "$T/dir/cal.ics"
expect_eq "FILE unchanged after a failed export" "$(sha256sum <"$T/dir/cal.ics")" "$before"
expect_eq "no temporary file left after a failure" "$(ls -A "$T/dir")" "cal.ics"
# The same failure on stdout still exits 1 with one line on stderr.
pr --db "$T/bad.db" ics
expect_eq "stdout export of a corrupt row fails" "$RC" 1
expect_eq "one line on stderr" "$(printf '%s\n' "$ERR" | wc -l)" 1

# Output that cannot be written (a full device) is an error, not a success.
if [ -w /dev/full ]; then
  "$PUBREC" ics >/dev/full 2>"$T/full.err"
  rc=$?
  expect_eq "writing to a full device fails" "$rc" 1
  expect_contains "full device message" "$(cat "$T/full.err")" "No space left on device"
fi

# An export killed halfway leaves FILE as it was and no temporary file: a
# database big enough (bench/ics_gen.sql) that the export is still running.
"$PUBREC" --db "$T/big.db" init >/dev/null 2>&1
sqlite3 "$T/big.db" -cmd ".parameter set :n 100000" <"$SOURCE_DIR/bench/ics_gen.sql" >/dev/null
before=$(sha256sum <"$T/dir/cal.ics")
"$PUBREC" --db "$T/big.db" ics --status all -o "$T/dir/cal.ics" >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -TERM "$pid"
wait "$pid"
expect_eq "the export was killed by SIGTERM" "$?" 143
expect_eq "no temporary file after SIGTERM" "$(ls -A "$T/dir")" "cal.ics"
expect_eq "FILE unchanged after SIGTERM" "$(sha256sum <"$T/dir/cal.ics")" "$before"

finish
