#!/usr/bin/env bash
# The command line itself: --help everywhere, the default database location,
# PUBREC_DB and --db, --today and PUBREC_TODAY, exit codes.
. "$SOURCE_DIR/tests/lib.sh"
unset PUBREC_DB
expect_ok "--help" --help
expect_contains "help lists commands" "$OUT" "deadline"
for c in init agency add list show log respond status due extend toll resume deadline holidays rules rule jurisdictions calendar closure demo; do
  expect_ok "$c --help" "$c" --help
  expect_contains "$c --help has usage" "$OUT" "usage: pubrec"
done
pr
check "no command is a usage error" test "$RC" -eq 2
# Default database: $XDG_DATA_HOME/pubrec/pubrec.db, created on first use.
expect_ok "init with XDG" init
expect_contains "init names the default path" "$OUT" "$XDG_DATA_HOME/pubrec/pubrec.db"
check "default database exists" test -f "$XDG_DATA_HOME/pubrec/pubrec.db"
# Without XDG_DATA_HOME: ~/.local/share/pubrec/
HOME="$T/home" XDG_DATA_HOME= "$PUBREC" init >"$T/o" 2>&1
check "home default" test -f "$T/home/.local/share/pubrec/pubrec.db"
# PUBREC_DB, then --db wins.
PUBREC_DB="$T/env.db" "$PUBREC" agency add A Agency >/dev/null
check "PUBREC_DB used" test -f "$T/env.db"
PUBREC_DB="$T/env.db" "$PUBREC" --db "$T/flag.db" agency add B Agency >/dev/null
check "--db wins" test "$(sqlite3 "$T/flag.db" 'SELECT code FROM agency')" = B
# Global options also after the command.
expect_ok "--json after the command" agency list --db "$T/env.db" --json
expect_eq "json list" "$(jget '[a["code"] for a in d]' <<<"$OUT")" "['A']"
expect_ok "init --json" --db "$T/env.db" --json init
expect_eq "schema version" "$(jget 'd["schema_version"]' <<<"$OUT")" "$(sqlite3 "$T/env.db" 'PRAGMA user_version')"
# --today and PUBREC_TODAY.
export PUBREC_DB="$T/env.db"
expect_ok "add" agency add B Bee
expect_ok "add" add request --from A --to B --received 2020-01-06 --days 10 --subject x
PUBREC_TODAY=2020-01-20 "$PUBREC" --json list >"$T/o"
expect_eq "PUBREC_TODAY" "$(jget 'd["matters"][0]["overdue"]' <"$T/o")" True
PUBREC_TODAY=2020-01-20 "$PUBREC" --today 2020-01-10 --json list >"$T/o"
expect_eq "--today wins" "$(jget 'd["matters"][0]["days_left"]' <"$T/o")" 6
finish
