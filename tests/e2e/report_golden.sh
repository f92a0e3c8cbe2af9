#!/usr/bin/env bash
# pubrec report: every format on a fixed database and --as-of matches its
# golden file in tests/golden/report/ (UPDATE_GOLDEN=1 rewrites them). The
# history's 'at' timestamps follow the clock, so the JSON's are normalised;
# the text formats leave them out.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"
G="$SOURCE_DIR/tests/golden/report"

normalise_at() {
  sed -E 's/"at": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"/"at": "AT"/'
}

golden() { # golden NAME ARGS...: the report with ARGS must equal $G/NAME
  local name=$1
  shift
  "$PUBREC" report --as-of "$AS_OF" "$@" >"$T/$name" 2>"$T/err" || {
    fail "$name: exit $?: $(cat "$T/err")"
    return
  }
  case $name in *.json) normalise_at <"$T/$name" >"$T/$name.n" && mv "$T/$name.n" "$T/$name" ;; esac
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$T/$name" "$G/$name"
  fi
  if cmp -s "$T/$name" "$G/$name"; then pass; else
    fail "$name differs from its golden file: $(diff "$G/$name" "$T/$name" | head -20)"
  fi
}

golden report.txt
golden report.md --format md
golden report.html --format html
golden report.csv --format csv
golden report.json --format json
golden report-denver-1q.txt --agency DENVER --from 2020-01-01 --to 2020-03-31
golden report-subpoenas.json --format json --kind subpoena --from 2020-01-01 --to 2020-01-31

# On stdout the JSON is streamed (its lists of matters item by item,
# report_print_json); with -o the whole model is built and printed: the same
# bytes, lists full or empty.
for args in "" "--kind subpoena --from 2020-01-01 --to 2020-01-31" "--as-of 2020-01-01" \
  "--agency NEWSROOM"; do
  # shellcheck disable=SC2086 # the options split on purpose
  "$PUBREC" report --as-of "$AS_OF" --format json $args | normalise_at >"$T/streamed.json"
  # shellcheck disable=SC2086
  "$PUBREC" report --as-of "$AS_OF" --format json $args -o "$T/whole.json"
  check "streamed JSON is the whole model's ($args)" cmp -s "$T/streamed.json" \
    <(normalise_at <"$T/whole.json")
  cat "$T/streamed.json" >>"$T/all-streamed.json"
done
check "lists of matters streamed, full and empty" \
  grep -qE '"(overdue|due_soon)": \[\]' "$T/all-streamed.json"
check "lists of matters streamed, full and empty (full)" \
  grep -qE '"(overdue|due_soon)": \[$' "$T/all-streamed.json"

# The global --json is --format json; --today stands in for --as-of.
"$PUBREC" --json --today "$AS_OF" report | normalise_at >"$T/j2"
check "--json --today gives the same model" cmp -s "$T/j2" "$G/report.json"

# Nothing in the text formats depends on the clock: two runs are identical.
for f in text md html csv; do
  a=$("$PUBREC" report --as-of "$AS_OF" --format $f | sha256sum)
  b=$("$PUBREC" report --as-of "$AS_OF" --format $f | sha256sum)
  expect_eq "$f is reproducible" "$a" "$b"
done

# CSV: RFC 4180 line ends (CRLF, every line) and quoting.
lines=$(wc -l <"$T/report.csv")
crlf=$(grep -c $'\r$' "$T/report.csv")
expect_eq "every CSV line ends in CRLF" "$crlf" "$lines"
expect_contains "quotes doubled inside a quoted field" "$(cat "$T/report.csv")" '"Records, ""quoted"" | piped =SUM(1)"'

# -o writes the same bytes, through a temporary file renamed into place.
expect_ok "report -o" report --as-of "$AS_OF" --format html -o "$T/out.html"
check "-o wrote the HTML report" cmp -s "$T/out.html" "$T/report.html"
expect_eq "-o prints nothing" "$OUT" ""
expect_eq "no temporary file left" "$(ls -a "$T" | grep -c '^\.out\.html\.')" 0
# A failure leaves the old file whole and no temporary beside it.
echo "old contents" >"$T/keep.html"
expect_refused "missing template leaves -o alone" 1 "cannot read template" report --as-of "$AS_OF" \
  --template "$T/keep.tmpl" -o "$T/keep.html"
printf '{{#x}}\n' >"$T/keep.tmpl"
expect_refused "unclosed section leaves -o alone" 1 "unclosed section 'x'" report --as-of "$AS_OF" \
  --template "$T/keep.tmpl" -o "$T/keep.html"
expect_eq "old file intact" "$(cat "$T/keep.html")" "old contents"
expect_eq "no temporary left" "$(ls -a "$T" | grep -c '^\.keep\.html\.')" 0
expect_refused "unwritable -o" 1 "cannot write '$T/no/such/dir/r.html'" report --as-of "$AS_OF" \
  -o "$T/no/such/dir/r.html"
# Escapes in the streamed items as jansson writes them (a quote, a backslash,
# a tab, an ESC as \u001B in upper case, non-ASCII as it is): an overdue
# matter with such a subject, streamed and whole.
"$PUBREC" --today "$AS_OF" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 3 \
  --subject "$(printf 'Quote " back\\slash tab\t esc\033 caf\303\251')" >/dev/null 2>"$T/err" ||
  fail "adding the escaped subject: $(cat "$T/err")"
"$PUBREC" report --as-of "$AS_OF" --format json | normalise_at >"$T/streamed.json"
"$PUBREC" report --as-of "$AS_OF" --format json -o "$T/whole.json"
check "escaped subject streamed as in the whole model" cmp -s "$T/streamed.json" \
  <(normalise_at <"$T/whole.json")
check "the escapes are jansson's" grep -qF 'Quote \" back\\slash tab\t esc\u001B caf' "$T/streamed.json"
finish
