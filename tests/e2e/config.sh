#!/usr/bin/env bash
# The config file ($XDG_CONFIG_HOME/pubrec/config) and its precedence:
# flags > environment > config file; pubrec config [KEY [VALUE]].
. "$SOURCE_DIR/tests/lib.sh"
CFG="$XDG_CONFIG_HOME/pubrec/config"
pr config
expect_eq "no config: nothing to print" "$RC:$OUT" "0:"
pr config user
expect_eq "an unset key exits 1 quietly" "$RC:$OUT:$ERR" "1::"
expect_ok "config --path" config --path
expect_eq "the path follows XDG_CONFIG_HOME" "$OUT" "$CFG"

# db: --db > PUBREC_DB > config > XDG data dir
expect_ok "set db" config db "$T/from-config.db"
expect_eq "written as key = value" "$(cat "$CFG")" "db = $T/from-config.db"
unset PUBREC_DB
expect_ok "init through the config's db" init
expect_contains "config db used" "$OUT" "$T/from-config.db"
PUBREC_DB="$T/from-env.db" pr init
expect_contains "PUBREC_DB wins over the config" "$OUT" "$T/from-env.db"
PUBREC_DB="$T/from-env.db" pr --db "$T/from-flag.db" init
expect_contains "--db wins over PUBREC_DB" "$OUT" "$T/from-flag.db"
expect_ok "set db with a tilde" config db "~/tilde.db"
HOME="$T" pr init
expect_contains "~ is the home directory" "$OUT" "$T/tilde.db"
expect_ok "unset db" config --unset db
export PUBREC_DB="$DB"

# user: --by > PUBREC_USER > config > login name
expect_ok "agency" agency add ICE ICE
expect_ok "agency" agency add DENVER Denver
expect_ok "matter" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject x
expect_ok "set user" config user "Config Person"
(unset PUBREC_USER; "$PUBREC" note SUB-2020-0001 "one" >/dev/null)
pr --json log SUB-2020-0001
expect_eq "config user recorded" "$(jget 'd["history"][-1]["by"]' <<<"$OUT")" "Config Person"
expect_ok "env user" note SUB-2020-0001 "two"
pr --json log SUB-2020-0001
expect_eq "PUBREC_USER wins over the config" "$(jget 'd["history"][-1]["by"]' <<<"$OUT")" tester
expect_ok "flag user" --by Flag note SUB-2020-0001 "three"
pr --json log SUB-2020-0001
expect_eq "--by wins over PUBREC_USER" "$(jget 'd["history"][-1]["by"]' <<<"$OUT")" Flag

# calendar: the default for agency add; alarms: the default for ics
expect_ok "set calendar" config calendar us-co
expect_ok "agency with the default calendar" --json agency add CITY "A city"
expect_eq "config calendar used" "$(jget 'd["calendar"]' <<<"$OUT")" us-co
expect_ok "agency with its own calendar" --json agency add FED "Feds" --calendar us-federal
expect_eq "--calendar wins over the config" "$(jget 'd["calendar"]' <<<"$OUT")" us-federal
expect_ok "set alarms" config alarms 2d
pr ics
expect_contains "config alarms used" "$OUT" "RELATED=START:-P2D"
pr ics --alarms 5d
expect_contains "--alarms wins" "$OUT" "RELATED=START:-P5D"

# Reading, listing, comments kept, refusals
printf '# my settings\n' >>"$CFG"
expect_ok "config user" config user
expect_eq "read one key" "$OUT" "Config Person"
expect_ok "overwrite" config user "Someone Else"
expect_contains "comment kept" "$(cat "$CFG")" "# my settings"
expect_eq "one user line" "$(grep -c '^user' "$CFG")" 1
expect_ok "config" config
expect_contains "list" "$OUT" "user = Someone Else"
expect_ok "config --json" --json config
expect_eq "json" "$(jget 'd["calendar"]' <<<"$OUT")" us-co
expect_refused "unknown key" 2 "did you mean 'user'" config usr x
expect_refused "bad colour" 2 "invalid color 'blue'" config color blue
printf 'nonsense line\n' >>"$CFG"
expect_refused "a broken config file is reported with its line" 1 "line" list
finish
