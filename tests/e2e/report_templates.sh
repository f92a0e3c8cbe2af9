#!/usr/bin/env bash
# pubrec report --template FILE: a user's own template over the model,
# escaped per --format; template errors name FILE:LINE:COLUMN and change
# nothing; option errors are usage errors.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"

tp() { printf '%s' "$2" >"$T/$1"; }

# A user's template, in every escape mode.
tp mine.tmpl $'{{#overdue}}{{ref}}={{subject}}\n{{/overdue}}total {{totals.matters}}\n'
expect_ok "text template" report --as-of "$AS_OF" --template "$T/mine.tmpl"
expect_eq "text: values as they are" "$OUT" $'REQ-2019-0002=Old open request\nREQ-2020-0001=<script>alert(1)</script>\nSUB-2020-0004=Records on individual 4\ntotal 9'
expect_ok "html template" report --as-of "$AS_OF" --template "$T/mine.tmpl" --format html
expect_contains "html: escaped" "$OUT" "REQ-2020-0001=&lt;script&gt;alert(1)&lt;/script&gt;"
tp pipe.tmpl $'{{#due_soon}}{{ref}}{{/due_soon}}|{{#recent}}{{#note}}{{note}};{{/note}}{{/recent}}'
expect_ok "md template" report --as-of "$AS_OF" --template "$T/pipe.tmpl" --format md
tp q.tmpl $'{{#agencies}}{{name}}\r\n{{/agencies}}'
expect_ok "csv template" report --as-of "$AS_OF" --template "$T/q.tmpl" --format csv
expect_contains "csv: a comma quotes the field" "$OUT" '"Newsroom, records desk"'

# Positioned errors: file, line and column; one line; nothing printed.
tp unclosed.tmpl $'line one\n  {{#overdue}}\n{{ref}}\n'
expect_refused "unclosed section" 1 "unclosed.tmpl:4:1: unclosed section 'overdue' opened at line 2, column 3" \
  report --as-of "$AS_OF" --template "$T/unclosed.tmpl"
tp unknown.tmpl $'ok {{totals.open}}\nthen {{totals.nope}}\n'
expect_refused "unknown variable" 1 "unknown.tmpl:2:6: unknown variable 'totals.nope'" \
  report --as-of "$AS_OF" --template "$T/unknown.tmpl"
tp nesting.tmpl $'{{#overdue}}{{#due_soon}}\n  {{/overdue}}{{/due_soon}}'
expect_refused "bad nesting" 1 "nesting.tmpl:2:3: '{{/overdue}}' closes 'due_soon' opened at line 1, column 13" \
  report --as-of "$AS_OF" --template "$T/nesting.tmpl"
tp object.tmpl $'{{totals}}'
expect_refused "an object is not text" 1 "object.tmpl:1:1: variable 'totals' is an object" \
  report --as-of "$AS_OF" --template "$T/object.tmpl"
tp partial.tmpl $'\n\n   {{>other}}'
expect_refused "partials are refused" 1 "partial.tmpl:3:4:" report --as-of "$AS_OF" --template "$T/partial.tmpl"
expect_refused "missing template" 1 "cannot read template '$T/none.tmpl'" report --template "$T/none.tmpl"

# Usage errors: exit 2, one line, nothing written.
expect_refused "bad format" 2 "unknown format 'pdf' (want text, md, html, csv or json)" report --format pdf
expect_refused "json with a template" 2 "--template renders text, md, html or csv" report --format json --template "$T/mine.tmpl"
expect_refused "--json against --format" 2 "--json asks for JSON but --format asks for html" --json report --format html
expect_refused "bad --as-of" 2 "invalid date '2020-02-30' for --as-of" report --as-of 2020-02-30
expect_refused "bad --from" 2 "invalid date 'soon' for --from" report --from soon
expect_refused "from after to" 2 "--from 2020-03-01 is after --to 2020-02-01" report --from 2020-03-01 --to 2020-02-01
expect_refused "too long" 2 "longer than 20 years" report --from 1990-01-01 --to 2020-01-01
expect_refused "bad kind" 2 "unknown kind 'memo'" report --kind memo
expect_refused "arguments" 2 "'report' takes no arguments" report extra
expect_refused "unknown agency" 1 "unknown agency 'FBI' (see 'pubrec agency list')" report --agency FBI
expect_ok "help" report --help
expect_contains "help names the formats" "$OUT" "text|md|html|csv|json"

# --sql prints the statements, parameters filled in, that the shell runs.
expect_ok "--sql" report --as-of "$AS_OF" --agency DENVER --sql
expect_contains "bound agency id" "$OUT" "m.from_agency = 2 OR m.to_agency = 2"
n=$(printf '%s\n' "$OUT" | sqlite3 "$DB" 2>&1 | wc -l)
check "the sqlite3 shell runs the SQL" test "$n" -gt 5
finish
