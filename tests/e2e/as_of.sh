#!/usr/bin/env bash
# report --as-of DATE replays the history (issue 9): the report of a month's
# database as of a past date equals, field for field, the report of a
# database built only from what had happened by that date; show --as-of
# does the same for one matter.
. "$SOURCE_DIR/tests/lib.sh"

# The story: "DATE pubrec ARGS" lines, run in order with --today DATE.
cat >"$T/story" <<'STORY'
2026-02-02 agency add DENVER Denver --calendar us-co --cutoff 15:00
2026-02-02 agency add NEWS Newsroom
2026-02-02 add request --from NEWS --to DENVER --received 2026-02-02T16:10 --rule co-cora --subject Contracts
2026-02-02 add request --from NEWS --to DENVER --received 2026-02-02T09:00 --rule co-cora --subject Personnel
2026-02-03 respond REQ-2026-0001 --kind acknowledgement --on 2026-02-03
2026-02-04 respond REQ-2026-0002 --kind denial --on 2026-02-04
2026-02-05 extend REQ-2026-0001 --on 2026-02-05 --note Review
2026-02-09 add request --from NEWS --to DENVER --received 2026-02-09 --rule co-cora --subject Routes
2026-02-10 add request --from NEWS --to DENVER --received 2026-02-10 --rule co-cora --subject Salt
2026-02-11 status REQ-2026-0002 appealed --on 2026-02-11
2026-02-11 toll REQ-2026-0004 --on 2026-02-11 --note FY
2026-02-13 extend REQ-2026-0003 --on 2026-02-13 --late --note Late
2026-02-18 respond REQ-2026-0001 --kind production --on 2026-02-18 --pages 40
2026-02-20 respond REQ-2026-0003 --kind production --on 2026-02-20
2026-02-20 add request --from NEWS --to DENVER --received 2026-02-14 --rule co-cora --subject Overtime
2026-02-23 resume REQ-2026-0004 --on 2026-02-23
2026-02-25 reopen REQ-2026-0001 --received 2026-02-25 --note Fees
2026-02-26 status REQ-2026-0004 withdrawn --on 2026-02-26
STORY

build() { # build DB UNTIL: run the story's lines dated on or before UNTIL
  local db=$1 until=$2 date args
  while read -r date args; do
    [[ "$date" > "$until" ]] && break
    # shellcheck disable=SC2086
    PUBREC_DB=$db "$PUBREC" --today "$date" $args >/dev/null 2>"$T/err" ||
      { fail "story line '$date $args': $(cat "$T/err")"; return; }
  done <"$T/story"
}

norm() { # the report JSON without the clock-dependent 'at' timestamps
  "$PYTHON" -c '
import json, sys
d = json.load(sys.stdin)
for e in d.get("recent", []): e.pop("at", None)
print(json.dumps(d, sort_keys=True, indent=1))'
}

build "$T/full.db" 2026-02-28
for day in 2026-02-02 2026-02-06 2026-02-11 2026-02-13 2026-02-20 2026-02-24 2026-02-25; do
  rm -f "$T/part.db"
  build "$T/part.db" "$day"
  PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 report --format json --as-of "$day" --from 2026-02-01 --to "$day" | norm >"$T/replayed.json"
  PUBREC_DB=$T/part.db "$PUBREC" --today "$day" report --format json --from 2026-02-01 --to "$day" | norm >"$T/built.json"
  if [ -s "$T/built.json" ] && cmp -s "$T/replayed.json" "$T/built.json"; then pass; else
    fail "report as of $day differs from a database built up to it: $(diff "$T/built.json" "$T/replayed.json" | head -20)"
  fi
  # show --as-of: each matter as the partial database shows it.
  for ref in $(PUBREC_DB=$T/part.db "$PUBREC" --today "$day" --json list --all | jget '" ".join(m["ref"] for m in d["matters"])'); do
    pick='{k: d[k] for k in ("status", "clock", "answered", "due", "overdue", "missed", "deadlines", "responses")} | {"history": [{k: v for k, v in e.items() if k not in ("at", "id")} for e in d["history"]], "responses": [{k: v for k, v in x.items() if k != "recorded_at"} for x in d["responses"]], "deadlines": [{k: v for k, v in x.items() if k != "basis"} for x in d["deadlines"]]}'
    a=$(PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 --json show "$ref" --as-of "$day" | jget "$pick")
    b=$(PUBREC_DB=$T/part.db "$PUBREC" --today "$day" --json show "$ref" | jget "$pick")
    expect_eq "show $ref --as-of $day" "$a" "$b"
  done
  for csvday in "$day"; do
    PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 report --format csv --as-of "$csvday" >"$T/r.csv"
    PUBREC_DB=$T/part.db "$PUBREC" --today "$csvday" report --format csv >"$T/b.csv"
    if cmp -s "$T/r.csv" "$T/b.csv"; then pass; else fail "CSV as of $csvday differs: $(diff "$T/b.csv" "$T/r.csv" | head -5)"; fi
  done
done
# The replay is not the present: on the 13th REQ-2026-0004 was waiting on
# the requester and REQ-2026-0001 open; on the 28th one is withdrawn and the
# other reopened after its production.
PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 report --format json --as-of 2026-02-13 >"$T/13.json"
expect_eq "statuses on the 13th" "$(jget '[(s["status"], s["count"]) for s in d["totals"]["by_status"] if s["count"]]' <"$T/13.json")" \
  "[('extended', 2), ('tolled', 1), ('appealed', 1)]"
PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 report --format json --as-of 2026-02-24 >"$T/24.json"
expect_eq "overdue on the 24th" "$(jget '[m["ref"] for m in d["overdue"]]' <"$T/24.json")" "['REQ-2026-0005']"
PUBREC_DB=$T/full.db "$PUBREC" --today 2026-02-28 report --format json >"$T/28.json"
expect_eq "overdue on the 28th" "$(jget '[m["ref"] for m in d["overdue"]]' <"$T/28.json")" "['REQ-2026-0005']"
expect_eq "statuses on the 28th" "$(jget '[(s["status"], s["count"]) for s in d["totals"]["by_status"] if s["count"]]' <"$T/28.json")" \
  "[('open', 2), ('appealed', 1), ('fulfilled', 1), ('withdrawn', 1)]"
finish
