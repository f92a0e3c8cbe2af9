#!/usr/bin/env bash
# Listings stream (src/store.c's store_matter_each): on the demo story, for
# each filter, the text rows, the --json items and its count agree, the
# JSON parses, and --limit N prints the first N rows of the same order.
. "$SOURCE_DIR/tests/lib.sh"

expect_ok "demo" --db "$DB" demo
export PUBREC_TODAY=2020-02-07
while IFS= read -r args; do
  # shellcheck disable=SC2086
  expect_ok "list $args" list $args
  text=$OUT
  # In a pipe: one tab-separated line a matter, no header, nothing when none.
  rows=$(grep -c . <<<"$text")
  # shellcheck disable=SC2086
  expect_ok "list --json $args" --json list $args
  json=$OUT
  expect_eq "list $args: count is the number of items" \
    "$(jget 'str(d["count"] == len(d["matters"]))' <<<"$json")" True
  expect_eq "list $args: as many rows as items" "$rows" "$(jget 'd["count"]' <<<"$json")"
  if [ "$rows" -ge 2 ]; then
    # shellcheck disable=SC2086
    expect_ok "list $args --limit 2" list $args --limit 2
    expect_eq "list $args --limit 2: the first two rows" "$OUT" "$(head -2 <<<"$text")"
    # shellcheck disable=SC2086
    expect_ok "list --json $args --limit 1" --json list $args --limit 1
    expect_eq "list $args --limit 1: one item, the first" \
      "$(jget 'str(d["count"]) + " " + d["matters"][0]["ref"]' <<<"$OUT")" \
      "1 $(jget 'd["matters"][0]["ref"]' <<<"$json")"
  fi
done <<'L'

--status open
--status closed
--status overdue
--status refused
--overdue
--agency DENVER
--agency ICE --kind subpoena
--kind petition
--due-within 30
L

expect_ok "due --json" --json due --within 30
expect_eq "due: items are the running and waiting matters" \
  "$(jget 'str(len(d["due"]))' <<<"$OUT")" \
  "$(sqlite3 "$DB" "SELECT count(*) FROM matter WHERE (clock = 'running' AND due <= date('2020-02-07', '+30 days')) OR clock = 'paused'")"
expect_ok "due --limit 1" due --within 30 --limit 1
expect_eq "due --limit 1: a heading and one line" "$(grep -c . <<<"$OUT")" 2
expect_refused "list --limit 0" 2 "limit" list --limit 0
# --sort orders by a field (one fixed ORDER BY each), every matter still listed.
expect_ok "list --sort ref" list --sort ref
expect_eq "sorted by reference" "$(cut -f1 <<<"$OUT")" "$(cut -f1 <<<"$OUT" | LC_ALL=C sort)"
expect_ok "list --sort received" --json list --sort received
expect_eq "sorted by receipt" "$(jget '[m["trigger_date"] for m in d["matters"]] == sorted(m["trigger_date"] for m in d["matters"])' <<<"$OUT")" True
expect_eq "every matter" "$(jget 'd["count"]' <<<"$OUT")" "$(sqlite3 "$DB" "SELECT count(*) FROM matter WHERE voided IS NULL")"
expect_refused "unknown sort" 2 "unknown sort 'size'" list --sort size
finish
