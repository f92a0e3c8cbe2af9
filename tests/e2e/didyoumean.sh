#!/usr/bin/env bash
# "Did you mean" for commands, options, statuses, rules, calendars and
# agency codes; agency codes match without regard to case and a second one
# differing only in case is refused; the trial's fixes (help pointers, help
# texts, --on, --by on read-only commands, log labels, plurals, report -o
# FILE.html, JSON errors with --json).
. "$SOURCE_DIR/tests/lib.sh"
expect_ok "agency" agency add DPOST "Denver Post"
expect_ok "agency" agency add DENVER "Denver" --calendar us-co
expect_ok "lower-case code finds DPOST" --json add request --from dpost --to Denver --received 2020-01-17 \
  --rule co-cora --subject "case"
expect_eq "stored as typed" "$(jget '(d["from"]["code"], d["to"]["code"])' <<<"$OUT")" "('DPOST', 'DENVER')"
expect_refused "a code differing only in case" 1 "agency 'dpost' already exists as 'DPOST'" agency add dpost "dup"
expect_ok "list --agency, any case" list --agency dpost
expect_contains "list finds it" "$OUT" "REQ-2020-0001"
expect_ok "agency show, any case" agency show denver

expect_refused "command" 2 "did you mean 'pubrec list'" lsit
expect_refused "command prefix" 2 "did you mean 'pubrec report'" repo
expect_refused "option" 2 "did you mean '--agency'" list --agnecy DPOST
expect_refused "global option before the command" 2 "did you mean '--json'" --jsno list
expect_refused "status" 2 "did you mean 'fulfilled'" status REQ-2020-0001 fulfiled
expect_refused "list --status" 2 "did you mean 'overdue'" list --status overdeu
expect_refused "rule" 1 "did you mean 'co-cora'" add request --from DPOST --to DENVER --received 2020-01-17 --rule co-cor --subject x
expect_refused "agency" 1 "did you mean 'DPOST'" add request --from DPOTS --to DENVER --received 2020-01-17 --rule co-cora --subject x
expect_refused "calendar" 1 "did you mean 'us-federal'" agency add X "x" --calendar us-federl
expect_refused "deadline rule" 1 "did you mean 'us-foia'" deadline us-fioa 2020-01-01
expect_refused "report format" 2 "did you mean 'html'" report --format htm
expect_refused "colour" 2 "want auto, always or never" --color=sometimes list
pr lsit
case "$ERR" in *"did you mean"*"did you mean"*) fail "two suggestions" ;; *) pass ;; esac
expect_refused "nothing close: no suggestion" 2 "unknown command 'xyzzy' (see 'pubrec --help')" xyzzy

# Help pointers name commands that exist.
expect_refused "agency add pointer" 2 "see 'pubrec agency add --help'" agency add X y --bogus
expect_refused "rule set pointer" 2 "see 'pubrec rule set --help'" rule set us-foia --bogus
expect_ok "and that help exists" agency add --help
expect_ok "rule set --help" rule set --help
for c in $("$PUBREC" __complete commands); do
  pr "$c" --help
  case "$OUT" in *LAW.md* | *SPEC.md*) fail "$c --help cites a file users do not have" ;; *) pass ;; esac
done
pr toll --help
expect_contains "toll --on optional" "$OUT" "pubrec toll REF [--on DATE]"
pr resume --help
expect_contains "resume --on optional" "$OUT" "pubrec resume REF [--on DATE]"
for c in list show log due deadline holidays rules ics report digest; do
  pr "$c" --help
  case "$OUT" in *"--by NAME"*) fail "read-only '$c' lists --by" ;; *) pass ;; esac
done
pr status --help
expect_contains "status lists --by" "$OUT" "--by NAME"

pr log REQ-2020-0001
expect_contains "log labels its dates" "$OUT" "recorded at (UTC)     effective on"
expect_ok "one page" respond REQ-2020-0001 --kind production --on 2020-01-20 --pages 1
pr log REQ-2020-0001
expect_contains "1 page" "$OUT" "(1 page)"
case "$OUT" in *"1 pages"*) fail "1 pages" ;; *) pass ;; esac
pr show REQ-2020-0001
case "$OUT" in *"1 pages"* | *" 1 working days"*) fail "plural after 1: $OUT" ;; *) pass ;; esac
expect_ok "report -o report.html" report -o "$T/report.html"
expect_contains "html inferred from the extension" "$(head -1 "$T/report.html")" "<!DOCTYPE html>"
expect_ok "report -o report.csv" report -o "$T/report.csv"
expect_contains "csv inferred" "$(head -1 "$T/report.csv")" "reference,kind,"
expect_ok "--format wins over the extension" report --format md -o "$T/r.html"
case "$(head -1 "$T/r.html")" in "<!DOCTYPE"*) fail "--format md wrote html" ;; *) pass ;; esac

# With --json, errors are JSON on stderr too (wherever --json is).
for args in "--json show NOPE" "show NOPE --json" "--json list --bogus" "list --bogus --json"; do
  # shellcheck disable=SC2086
  pr $args
  expect_eq "json error ($args)" "$(jget '(sorted(d), d["exit"] == '"$RC"')' <<<"$ERR")" "(['error', 'exit', 'kind'], True)"
done
pr --json show NOPE
expect_eq "json error text" "$(jget 'd["error"]' <<<"$ERR")" "unknown reference 'NOPE' (see 'pubrec list')"
finish
