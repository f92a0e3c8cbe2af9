#!/usr/bin/env bash
# README.md's usage block runs as pasted: every line, in order, with
# set -e, in a fresh home directory; then the awk example of the pipe section.
. "$SOURCE_DIR/tests/lib.sh"
PATH="$(dirname "$PUBREC"):$PATH"
block() { # block HEADING: the first ```sh block after the line HEADING
  awk -v h="$1" '$0 == h {s = 1; next} s == 1 && /^```sh$/ {s = 2; next} s == 2 && /^```$/ {exit} s == 2 {print}' \
    "$SOURCE_DIR/README.md"
}
block "## Using it" >"$T/usage.sh"
[ "$(wc -l <"$T/usage.sh")" -gt 20 ] && pass || fail "README usage block not found"
while IFS= read -r line; do
  case $line in
  pubrec*"  "pubrec*) fail "two commands on one line: $line" ;;
  esac
done <"$T/usage.sh"
unset PUBREC_DB
(cd "$T" && HOME="$T" bash -e "$T/usage.sh" >"$T/usage.out" 2>"$T/usage.err") ||
  fail "the README usage block fails: $(tail -3 "$T/usage.err")"
check "it used ~/records.db" test -s "$T/records.db"
[ -s "$T/usage.err" ] && fail "the usage block wrote to stderr: $(head -3 "$T/usage.err")" || pass
expect_contains "it printed the digest" "$(cat "$T/usage.out")" "pubrec digest for"
export PUBREC_DB="$T/records.db"
block "### On a terminal and in a pipe" >"$T/pipe.sh"
out=$(cd "$T" && HOME="$T" bash -e "$T/pipe.sh" 2>&1) || fail "the awk example fails: $out"
[ -n "$out" ] && pass || fail "the awk example printed nothing"
finish
