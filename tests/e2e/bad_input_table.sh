#!/usr/bin/env bash
# The bad-input table (tests/bad_input/cases.txt): every case must exit with
# its status and message, print nothing on stdout and leave the database
# dump unchanged. Then the cases a table line cannot express: the
# environment, foreign and non-regular files, permissions, a waiting writer.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2020-03-02
expect_ok "setup" agency add ICE ICE
expect_ok "setup" agency add NEWS News
expect_ok "setup" add subpoena --from ICE --to NEWS --served 2020-01-13 --days 14 --subject Records
expect_ok "setup" add request --from NEWS --to ICE --received 2020-01-14 --rule us-foia --subject FOIA
expect_ok "setup" rule add r-one --name One --unit working --days 5 --citation "Local 1"
expect_ok "setup" rule add r-long --name Long --unit months --days 100000 --citation "Local 2"
expect_ok "setup" calendar add cal-x --name X
expect_ok "setup" closure add us-federal 2020-02-03 --note snow

printf 'ok {{title}} \xff\n' >"$T/bad.tmpl"
head -c $((1024 * 1024 + 1)) /dev/zero | tr '\0' 'x' >"$T/big.tmpl"
# Sections nested 40 deep over the same 2-item list: 2^40 visits, no output.
for i in $(seq 40); do printf '{{#agencies}}'; done >"$T/nest.tmpl"
for i in $(seq 40); do printf '{{/agencies}}'; done >>"$T/nest.tmpl"

cases=0
while IFS=$'\t' read -r want needle args; do
  case "$want" in '#'* | '') continue ;; esac
  args=${args//@BADTEMPLATE@/$T/bad.tmpl}
  args=${args//@BIGTEMPLATE@/$T/big.tmpl}
  args=${args//@NESTTEMPLATE@/$T/nest.tmpl}
  eval "argv=($args)"
  expect_refused "case '$args'" "$want" "$needle" "${argv[@]}"
  cases=$((cases + 1))
done <"$SOURCE_DIR/tests/bad_input/cases.txt"
[ "$cases" -ge 80 ] && pass || fail "only $cases table cases"
echo "table: $cases cases"

# An empty PUBREC_DB is a script's unset variable: refused, default untouched.
before=$(dump)
PUBREC_DB= "$PUBREC" list >"$T/out" 2>"$T/err"
expect_eq "empty PUBREC_DB exit" "$?" 2
expect_contains "empty PUBREC_DB message" "$(cat "$T/err")" "PUBREC_DB is set but empty"
check "no default database was created" test ! -e "$XDG_DATA_HOME/pubrec/pubrec.db"
expect_eq "empty PUBREC_DB left the database alone" "$(dump)" "$before"

# Text output shows control characters escaped (defect 2): a subject with
# ESC, an OSC title sequence, BEL and a line break cannot forge a line.
NASTY=$(printf 'Pay \033]0;owned\007now\r\nSUB-2020-9999  forged line \033[2J')
expect_ok "nasty subject" add request --from NEWS --to ICE --received 2020-01-15 --days 5 --subject "$NASTY" --note "$(printf 'n\033[31mote')"
REF=REQ-2020-0002
for cmd in list "show $REF" "log $REF" "due --within 400" "report"; do
  pr $cmd
  case "$OUT" in *$'\033'* | *$'\007'* | *$'\r'*) fail "$cmd printed a raw control character" ;; *) pass ;; esac
  case "$OUT" in *$'\n'"SUB-2020-9999"*) fail "$cmd printed a forged line" ;; *) pass ;; esac
done
pr show $REF
expect_contains "show escapes visibly" "$OUT" 'Pay \e]0;owned\anow\r\nSUB-2020-9999  forged line \e[2J'
expect_ok "agency with escapes" agency add EVIL "$(printf 'Evil\033[5m')" --contact "$(printf 'a\nb')"
pr agency list
expect_contains "agency list escapes" "$OUT" 'Evil\e[5m'
pr agency show EVIL
expect_contains "agency show escapes" "$OUT" 'a\nb'
pr --json show $REF
expect_eq "json keeps the exact text" "$(jget 'd["subject"]' <<<"$OUT")" "$NASTY"

# The Markdown report escapes link and image syntax (defect 5).
expect_ok "image subject" add request --from NEWS --to ICE --received 2020-01-15 --days 5 --subject '![x](http://example.invalid/p.png) [y](http://example.invalid/)'
pr report --format md
case "$OUT" in *'![x](http'* | *'[y](http'*) fail "markdown report kept link syntax" ;; *) pass ;; esac
expect_contains "markdown escaped" "$OUT" '!\[x\](http://example.invalid/p.png)'

# A database that was not valid UTF-8 before input was checked still gives
# whole JSON documents (defect 1), never half of one.
cp "$DB" "$T/legacy.db"
sqlite3 "$T/legacy.db" "UPDATE matter SET subject = CAST(X'6261649f' AS TEXT) WHERE ref = 'SUB-2020-0001'"
for cmd in "list" "show SUB-2020-0001" "report --format json"; do
  pr --db "$T/legacy.db" --json $cmd
  expect_eq "$cmd with legacy bytes exits 0" "$RC" 0
  printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; json.load(sys.stdin)' && pass || fail "$cmd: not one whole JSON document"
done

# A foreign SQLite file with a matter table and user_version 2 is refused
# untouched: not migrated, not switched to WAL (defect 7).
sqlite3 "$T/foreign.db" "CREATE TABLE matter(id INTEGER PRIMARY KEY, x TEXT); CREATE TABLE agency(id); PRAGMA user_version = 2;"
sum=$(sha256sum "$T/foreign.db")
pr --db "$T/foreign.db" list
expect_eq "foreign file exit" "$RC" 1
expect_contains "foreign file message" "$ERR" "not a pubrec database"
expect_eq "foreign file untouched" "$(sha256sum "$T/foreign.db")" "$sum"
expect_eq "foreign file still not WAL" "$(sqlite3 "$T/foreign.db" 'PRAGMA journal_mode')" "delete"
check "no -wal beside it" test ! -e "$T/foreign.db-wal"
pr --db /dev/zero list
expect_eq "non-regular database" "$RC" 1
expect_contains "non-regular database message" "$ERR" "not a regular file"
printf 'not a database at all, just some notes that are long enough to look like a file\n%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 >"$T/notes.txt"
pr --db "$T/notes.txt" list
expect_contains "a text file is not a database" "$ERR" "not a pubrec database"

# A new database, its -wal and -shm are created 0600 whatever the umask (defect 8).
(umask 022 && "$PUBREC" --db "$T/new.db" agency add A A >/dev/null)
expect_eq "new database is 0600" "$(stat -c %a "$T/new.db")" 600
"$PYTHON" - "$T/new.db" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode=WAL"); c.execute("SELECT 1 FROM agency").fetchall(); time.sleep(2)
PY
sleep 0.5
(umask 022 && "$PUBREC" --db "$T/new.db" agency add B B >/dev/null)
for f in "$T/new.db-wal" "$T/new.db-shm"; do
  [ -e "$f" ] && expect_eq "$(basename "$f") is 0600" "$(stat -c %a "$f")" 600
done
wait

# A writer that has to wait for another's lock says what it waits for (defect 9).
"$PYTHON" - "$DB" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute("BEGIN IMMEDIATE"); time.sleep(2.5); c.execute("COMMIT")
PY
sleep 0.5
pr agency add WAIT Waiter
wait
expect_eq "the waiting writer succeeds" "$RC" 0
expect_contains "...and said why it waited" "$ERR" "waiting for another pubrec process to finish writing"
expect_ok "verify after all of it" verify
finish
