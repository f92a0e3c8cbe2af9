#!/usr/bin/env bash
# pubrec report --format json, value by value, against numbers computed here
# independently: python3 over the sqlite3 database for counts, dates and
# history, and 'pubrec --json list' (schedule_progress, another code path)
# for working days. Then the CSV, parsed by python3's csv module, against
# the same model. Two periods and two scopes.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"

check_model() { # check_model FROM TO [AGENCY] [KIND]
  local from=$1 to=$2 agency=${3:-} kind=${4:-}
  local args=(report --as-of "$AS_OF" --from "$from" --to "$to")
  [ -n "$agency" ] && args+=(--agency "$agency")
  [ -n "$kind" ] && args+=(--kind "$kind")
  "$PUBREC" --json "${args[@]}" >"$T/model.json" || { fail "report $*"; return; }
  "$PUBREC" "${args[@]}" --format csv >"$T/model.csv" || { fail "csv $*"; return; }
  "$PUBREC" --json --today "$AS_OF" list ${agency:+--agency "$agency"} ${kind:+--kind "$kind"} \
    >"$T/list.json" || { fail "list $*"; return; }
  if "$PYTHON" - "$DB" "$T/model.json" "$T/model.csv" "$T/list.json" "$AS_OF" "$from" "$to" \
    "$agency" "$kind" >"$T/py.out" 2>&1 <<'PY'; then pass; else fail "model check $* :: $(cat "$T/py.out")"; fi
import csv, datetime, json, sqlite3, statistics, sys
db, model_path, csv_path, list_path, as_of, p_from, p_to, agency, kind = sys.argv[1:10]
m = json.load(open(model_path))
listed = {x["ref"]: x for x in json.load(open(list_path))["matters"]}
con = sqlite3.connect(db)
OPEN = ("open", "acknowledged", "extended", "tolled", "partial", "appealed")
CLOSED = ("fulfilled", "denied", "refused", "withdrawn", "escalated")
ANSWER = ("production", "partial", "denial", "refusal", "objection")
d = datetime.date.fromisoformat
errors = []
def eq(what, got, want):
    if got != want:
        errors.append(f"{what}: model {got!r}, expected {want!r}")

rows = con.execute("""
  SELECT m.id, m.ref, m.kind, m.status, m.trigger_date, m.due, f.code, t.code, m.subject
  FROM matter m JOIN agency f ON f.id = m.from_agency JOIN agency t ON t.id = m.to_agency
  WHERE (? = '' OR f.code = ? OR t.code = ?) AND (? = '' OR m.kind = ?)""",
  (agency, agency, agency, kind, kind)).fetchall()
first = {}; answer = {}
for mid, k, on in con.execute("SELECT matter_id, kind, on_date FROM response ORDER BY on_date"):
    first.setdefault(mid, on)
    if k in ANSWER: answer.setdefault(mid, on)
closed_on = {}; closed_as = {}
for mid, old, new, on in con.execute(
        "SELECT matter_id, old_value, new_value, on_date FROM event WHERE kind = 'status' ORDER BY id"):
    if old in OPEN and new in CLOSED:
        closed_on[mid] = on; closed_as[mid] = new

t = m["totals"]
eq("matters", t["matters"], len(rows))
eq("open", t["open"], sum(r[3] in OPEN for r in rows))
eq("closed", t["closed"], sum(r[3] in CLOSED for r in rows))
overdue = [r for r in rows if r[3] in OPEN and r[5] and r[5] < as_of]
eq("overdue", t["overdue"], len(overdue))
plus = lambda n: (d(as_of) + datetime.timedelta(days=n)).isoformat()
eq("due_7", t["due_7"], sum(r[3] in OPEN and r[5] is not None and as_of <= r[5] <= plus(7) for r in rows))
eq("due_30", t["due_30"], sum(r[3] in OPEN and r[5] is not None and as_of <= r[5] <= plus(30) for r in rows))
for s in t["by_status"]:
    eq("by_status " + s["status"], s["count"], sum(r[3] == s["status"] for r in rows))
for k in t["by_kind"]:
    eq("by_kind " + k["kind"], (k["count"], k["open"], k["overdue"]),
       (sum(r[2] == k["kind"] for r in rows), sum(r[2] == k["kind"] and r[3] in OPEN for r in rows),
        sum(r[2] == k["kind"] and r in overdue for r in rows)))

# Overdue: worst first, calendar days here, working days from 'pubrec list'.
want = sorted(overdue, key=lambda r: (-(d(as_of) - d(r[5])).days, r[1]))
eq("overdue refs", [o["ref"] for o in m["overdue"]], [r[1] for r in want])
for o in m["overdue"]:
    r = next(x for x in rows if x[1] == o["ref"])
    eq(o["ref"] + " days_overdue", o["days_overdue"], (d(as_of) - d(r[5])).days)
    eq(o["ref"] + " working_days_overdue", o["working_days_overdue"],
       -listed[o["ref"]]["working_days_remaining"])
    eq(o["ref"] + " subject", o["subject"], r[8])
soon = sorted((r for r in rows if r[3] in OPEN and r[5] and as_of <= r[5] <= plus(30)),
              key=lambda r: (r[5], r[1]))
eq("due_soon refs", [x["ref"] for x in m["due_soon"]], [r[1] for r in soon])
for x in m["due_soon"]:
    eq(x["ref"] + " working_days_left", x["working_days_left"], listed[x["ref"]]["working_days_remaining"])

# Aging bands from the working days 'pubrec list' reports.
bands = [20, 40, 60, 100, 200, 400, None]
counts = [0] * 7
for r in rows:
    if r[3] in OPEN:
        e = max(listed[r[1]]["working_days_elapsed"], 0)
        counts[next(i for i, b in enumerate(bands) if b is None or e <= b)] += 1
eq("aging", [a["count"] for a in m["aging"]], counts)

# Agencies, both directions, calendar days.
for a in m["agencies"]:
    for direction, col in (("received", 7), ("sent", 6)):
        mine = [r for r in rows if r[col] == a["code"]]
        got = a[direction]
        ans = [r for r in mine if r[0] in answer]
        due = [r for r in ans if r[5]]
        ontime = [r for r in due if answer[r[0]] <= r[5]]
        eq(f"{a['code']} {direction} counts",
           (got["matters"], got["answered"], got["answered_with_due"], got["on_time"], got["open"], got["overdue"]),
           (len(mine), len(ans), len(due), len(ontime), sum(r[3] in OPEN for r in mine), sum(r in overdue for r in mine)))
        eq(f"{a['code']} {direction} on_time_pct", got["on_time_pct"],
           round(100 * len(ontime) / len(due), 1) if due else None)
        fr = [(d(first[r[0]]) - d(r[4])).days for r in mine if r[0] in first]
        eq(f"{a['code']} {direction} first median", got["first_response"]["median_days"],
           float(statistics.median(fr)) if fr else None)
        eq(f"{a['code']} {direction} first average", got["first_response"]["average_days"],
           round(sum(fr) / len(fr), 1) if fr else None)
        cl = [(d(closed_on[r[0]]) - d(r[4])).days for r in mine if r[3] in CLOSED and r[0] in closed_on]
        eq(f"{a['code']} {direction} closure median", got["closure"]["median_days"],
           float(statistics.median(cl)) if cl else None)

# DOJ sections over [from, to].
F, T = p_from, p_to
def closed_by(r, day):  # closed (for good) on or before day
    return r[3] in CLOSED and closed_on.get(r[0], r[4]) <= day
start = sum(r[4] < F and not (r[3] in CLOSED and closed_on.get(r[0], r[4]) < F) for r in rows)
received = sum(F <= r[4] <= T for r in rows)
processed = [r for r in rows if r[3] in CLOSED and F <= closed_on.get(r[0], r[4]) <= T]
pending_end = [r for r in rows if r[4] <= T and not closed_by(r, T)]
eq("V.A", m["doj"]["requests"], {"pending_start": start, "received": received,
   "processed": len(processed), "pending_end": len(pending_end)})
eq("V.A identity", start + received - len(processed), len(pending_end))
eq("V.B(1)", {x["status"]: x["count"] for x in m["doj"]["dispositions"]},
   {s: sum(closed_as.get(r[0], r[3]) == s for r in processed) for s in CLOSED})
eq("VII.E", [x["ref"] for x in m["doj"]["oldest_pending"]],
   [r[1] for r in sorted(pending_end, key=lambda r: (r[4], r[0]))[:10]])
eq("XII", m["doj"]["backlog"], sum(r[5] is not None and r[5] < T for r in pending_end))
rt = m["doj"]["response_time"]
eq("VII.A count", rt["count"], len(processed))
months = [x["month"] for x in m["doj"]["monthly"]]
eq("months span the period", (months[0], months[-1]), (F[:7], T[:7]))
eq("monthly received", sum(x["received"] for x in m["doj"]["monthly"]), received)
eq("monthly processed", sum(x["processed"] for x in m["doj"]["monthly"]), len(processed))

# Recent activity: the newest history rows of matters in scope.
ids = {r[0] for r in rows}
ev = [e for e in con.execute("SELECT id, matter_id, on_date, note FROM event ORDER BY id DESC") if e[1] in ids][:15]
eq("recent", [(x["on_date"], x["note"]) for x in m["recent"]], [(e[2], e[3]) for e in ev])

# Charts: geometry follows the numbers.
bars = m["charts"]["aging"]["bars"]
eq("aging chart counts", [b["count"] for b in bars], counts)
top = max(counts)
tallest = [b for b in bars if b["count"] == top][0]
for b in bars:
    if b["count"] and b["height"] * top != tallest["height"] * b["count"]:
        if abs(b["height"] - tallest["height"] * b["count"] / top) > 1:
            errors.append(f"aging bar {b['label']} height {b['height']} not proportional")

# CSV: one row per matter in scope, matching the model.
with open(csv_path, newline="") as f:
    table = list(csv.DictReader(f))
eq("csv rows", len(table), t["matters"])
eq("csv refs", sorted(x["reference"] for x in table), sorted(r[1] for r in rows))
byref = {x["reference"]: x for x in table}
for o in m["overdue"]:
    eq(o["ref"] + " csv days_overdue", byref[o["ref"]]["days_overdue"], str(o["days_overdue"]))
for r in rows:
    x = byref[r[1]]
    sub = r[8] if r[8][:1] not in "=+-@\t\r" else "'" + r[8]
    eq(r[1] + " csv subject", x["subject"], sub)
    eq(r[1] + " csv status", (x["status"], x["open"]), (r[3], "yes" if r[3] in OPEN else "no"))
    if r[3] in OPEN:
        eq(r[1] + " csv working_days_elapsed", x["working_days_elapsed"], str(listed[r[1]]["working_days_elapsed"]))
        eq(r[1] + " csv working_days_remaining", x["working_days_remaining"], str(listed[r[1]]["working_days_remaining"]))
eq("csv overdue rows", sum(x["days_overdue"] != "" for x in table), t["overdue"])
if errors:
    print("\n".join(errors)); sys.exit(1)
PY
}

check_model 2019-04-01 2020-03-02
check_model 2019-07-01 2020-01-31
check_model 2020-01-01 2020-03-31 DENVER
check_model 2019-01-01 2020-03-02 "" subpoena
check_model 2020-02-01 2020-02-29 ICE request
# The DOJ period was really exercised: something pending at the start.
"$PUBREC" --json report --as-of "$AS_OF" --from 2019-07-01 --to 2020-01-31 >"$T/m.json"
expect_eq "pending at start" "$(jget 'd["doj"]["requests"]["pending_start"]' <"$T/m.json")" 1
expect_eq "VII.A median (working days)" "$(jget 'd["doj"]["response_time"]["median"]' <"$T/m.json")" 3.0
finish
