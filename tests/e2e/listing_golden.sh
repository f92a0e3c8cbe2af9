#!/usr/bin/env bash
# Listings in text (list, due: store_matter_each's brief rows, view_due_phrase,
# term_field) on the demo story and a few more matters match golden files
# written by pubrec before the listing work of session 4 (main at 8dee33d):
# every phrase (N days overdue, 1 day left, due today, answered, waiting
# since, closed, no due date) and a subject with a tab, an ESC, a quote and
# non-ASCII text. UPDATE_GOLDEN=1 rewrites them.
. "$SOURCE_DIR/tests/lib.sh"
G="$SOURCE_DIR/tests/golden/listing"

expect_ok "demo" --db "$DB" demo
at() { export PUBREC_TODAY=$1; }
at 2020-02-07
expect_ok "an escaped subject" add request --from NEWSROOM --to DENVER --received 2020-02-05 \
  --subject "$(printf 'Tab\there, esc\033 and caf\303\251 "q"')"
expect_ok "a request to toll" add request --from NEWSROOM --to ICE --received 2020-02-03 \
  --subject "To be tolled"
expect_ok "tolled" toll REQ-2020-0004 --on 2020-02-06
expect_ok "a request answered" add request --from NEWSROOM --to DENVER --received 2020-02-03 \
  --subject "Answered in part"
expect_ok "answered" respond REQ-2020-0005 --kind partial --on 2020-02-06

for day in 2020-02-07 2020-02-09 2020-02-10 2020-02-11 2020-03-15; do
  at "$day"
  {
    for args in "list" "list --all --sort status" "list --status open" "list --overdue" \
      "list --status tolled" "list --due-within 3" "list --agency ICE" "due --within 30"; do
      echo "== $args"
      # shellcheck disable=SC2086 # the options split on purpose
      "$PUBREC" $args 2>&1
    done
  } >"$T/$day.txt"
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$T/$day.txt" "$G/$day.txt"
  fi
  if cmp -s "$T/$day.txt" "$G/$day.txt"; then pass; else
    fail "listings on $day differ from $G/$day.txt: $(diff "$G/$day.txt" "$T/$day.txt" | head -20)"
  fi
done
finish
