#!/usr/bin/env bash
# The JSON report on stdout reads its overdue and due-soon lists a second
# time, in due order through the index matter_status_due, where it writes
# them (report_print_json: no list kept in memory); with -o the whole model
# is built from lists kept and sorted. Both must be the same bytes, on a
# generated database (every pending status, many matters sharing a due date
# across calendars: the ties sorted by working days, then reference), with
# each scope, and as of a later date; a past date (replayed) as well.
. "$SOURCE_DIR/tests/lib.sh"
GEN=${GEN:-$BUILD_DIR/bench/gen}
[ -x "$GEN" ] || { echo "FAIL: no generator at $GEN (cmake --build build)" >&2; exit 1; }
TODAY=2026-06-30
DB=$T/gen.db
check "gen 4000" "$GEN" 4000 "$DB"
PUBREC_DB=$DB
export PUBREC_DB
# A closed day on one calendar between the due dates and today: matters due
# the same day on the two calendars differ in working days late.
check "closure" "$PUBREC" --today "$TODAY" closure add us-federal 2026-06-25 --note test
agency=$(sqlite3 "$DB" "SELECT code FROM agency a WHERE EXISTS (SELECT 1 FROM matter m
  WHERE m.to_agency = a.id AND m.status = 'open' AND m.due < '$TODAY') ORDER BY code LIMIT 1")
for args in "" "--agency $agency" "--kind request" "--kind appeal" "--as-of 2026-07-20" \
  "--as-of 2026-06-01"; do
  # shellcheck disable=SC2086 # the options split on purpose
  "$PUBREC" --today "$TODAY" report --format json $args >"$T/streamed.json" 2>"$T/err" ||
    fail "streamed ($args): $(cat "$T/err")"
  # shellcheck disable=SC2086
  "$PUBREC" --today "$TODAY" report --format json $args -o "$T/whole.json" 2>"$T/err" ||
    fail "whole ($args): $(cat "$T/err")"
  check "streamed lists are the whole model's ($args)" cmp -s "$T/streamed.json" "$T/whole.json"
  [ -n "$args" ] || cp "$T/streamed.json" "$T/today.json"
done

# The database has what the merge must get right: overdue matters in more
# than one pending status, due dates shared by several matters, and among
# them some with different working days late (calendars), and a due-soon list.
/usr/bin/python3 - "$T/today.json" >"$T/facts" <<'PY' || fail "reading the report: $(cat "$T/facts")"
import json, sys, collections
r = json.load(open(sys.argv[1]))
od, ds = r["overdue"], r["due_soon"]
statuses = {i["status"] for i in od}
by_due = collections.defaultdict(set)
for i in od:
    by_due[i["due"]].add(i["working_days_overdue"])
shared = sum(1 for d, w in by_due.items() if len(w) > 1)
print(len(od), len(statuses), shared, len(ds), r["totals"]["overdue"])
# the order the walk sorts in: days late down, working days down, reference
keys = [(-i["days_overdue"], -i["working_days_overdue"], i["ref"]) for i in od]
print("sorted" if keys == sorted(keys) else "unsorted")
keys = [(i["due"], i["ref"]) for i in ds]
print("sorted" if keys == sorted(keys) else "unsorted")
PY
read -r n_od n_status n_shared n_ds n_total <"$T/facts"
check "overdue matters listed ($n_od)" [ "$n_od" -gt 50 ]
expect_eq "the overdue list holds every overdue matter of the totals" "$n_od" "$n_total"
check "overdue matters in several statuses ($n_status)" [ "$n_status" -gt 1 ]
check "due dates whose matters differ in working days late ($n_shared)" [ "$n_shared" -gt 0 ]
check "matters due soon ($n_ds)" [ "$n_ds" -gt 10 ]
expect_eq "lists in the report's order" "$(sed -n '2,3p' "$T/facts" | tr '\n' ' ')" "sorted sorted "
finish
