#!/bin/bash
# test_ics_interop.sh — every calendar `pubrec ics` writes goes through
# programs we did not write: the RFC byte checks (check_ics_rfc.py),
# python3-icalendar and vobject (check_ics_python.py, with expectations
# where the text is tricky), khal (each deadline listed on its due date),
# calcurse (nothing skipped) and Radicale (PUT answered 201). Two databases:
# the demo story, and one with commas, semicolons, backslashes, quotes,
# newlines and non-ASCII in agency names and subjects. A missing tool fails.
. "$SOURCE_DIR/tests/lib.sh"
IC=$SOURCE_DIR/tests/interop
for tool in khal calcurse radicale curl sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"
done

# khal_expect DB FILE.khal [CONDITION]: "due<TAB>REF" for every deadline the
# export holds (CONDITION selects matters; default: all). An original that an
# extension moved is exported as the extended date.
khal_expect() {
  sqlite3 -separator $'\t' "$1" "SELECT d.due, m.ref FROM deadline d JOIN matter m ON m.id = d.matter_id WHERE NOT (d.kind IN ('response', 'objection') AND EXISTS (SELECT 1 FROM deadline x WHERE x.matter_id = d.matter_id AND x.kind = 'extended')) ${3:+AND $3} ORDER BY d.due" >"$2"
  [ -s "$2" ] || fail "no deadlines in $1"
}

# all_checks FILE.ics [EXPECT.khal] [EXPECT.json]
all_checks() {
  local f=$1
  check "rfc: $(basename "$f")" "$PYTHON" "$IC/check_ics_rfc.py" "$f"
  if [ -n "${3:-}" ]; then
    check "python: $(basename "$f")" "$PYTHON" "$IC/check_ics_python.py" "$f" "$3"
  else
    check "python: $(basename "$f")" "$PYTHON" "$IC/check_ics_python.py" "$f"
  fi
  [ -n "${2:-}" ] && check "khal: $(basename "$f")" sh "$IC/check_ics_khal.sh" "$f" "$2"
  check "calcurse: $(basename "$f")" sh "$IC/check_ics_calcurse.sh" "$f"
  check "radicale: $(basename "$f")" sh "$IC/check_ics_radicale.sh" "$f"
}

# ---- the demo story ---------------------------------------------------------
D=$T/demo.db
expect_ok "demo" --db "$D" demo -o "$T"
expect_ok "demo: open deadlines" --db "$D" ics -o "$T/demo.ics"
khal_expect "$D" "$T/demo.khal" "m.status IN ('open','acknowledged','extended','tolled','partial','appealed')"
all_checks "$T/demo.ics" "$T/demo.khal"
expect_ok "demo: everything, alarms, reminder events" --db "$D" ics --status all \
  --alarms 3d,1d,0d --reminder-events -o "$T/demo-all.ics"
khal_expect "$D" "$T/demo-all.khal"
all_checks "$T/demo-all.ics" "$T/demo-all.khal"
expect_ok "demo: tasks" --db "$D" ics --status all --todo --alarms 2d -o "$T/demo-todo.ics"
all_checks "$T/demo-todo.ics"

# ---- tricky text ------------------------------------------------------------
export PUBREC_TODAY=2020-02-10
NAME1=$'Dept. of "Records"; Unit\\A, Denver\nAnnex'
NAME2='Café 東京 🚓'
SUBJ1=$'Emails, drafts; "notes" \\ memos\nsecond line'
LONG=''
for i in 1 2 3 4 5; do LONG="${LONG}日本語の記録請求 café naïve résumé Ærøskøbing 😀📅 "; done
expect_ok "agency 1" agency add 'R.1-A_b' "$NAME1"
expect_ok "agency 2" agency add CAFE "$NAME2"
expect_ok "matter 1" add subpoena --from 'R.1-A_b' --to CAFE --served 2020-01-13 --days 14 --subject "$SUBJ1"
expect_ok "matter 2" add request --from CAFE --to 'R.1-A_b' --received 2020-01-17 --rule co-cora --subject "$LONG"
expect_ok "matter 3" add subpoena --from CAFE --to 'R.1-A_b' --served 2020-01-13 --days 10 --subject "$NAME2, \"quoted\"; \\ back"
expect_ok "extend 3" extend SUB-2020-0002 --days 5 --on 2020-01-15
expect_ok "tricky export" ics --alarms 3d,0d --reminder-events --name "$NAME1" -o "$T/tricky.ics"
"$PYTHON" - "$DB" "$T/tricky.json" <<'EOF'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
out = []
for uuid, ref, kind, sub, fa, ta, dk, due, ext in db.execute(
        "SELECT m.uuid, m.ref, m.kind, m.subject, f.code, t.code, d.kind, d.due, "
        "(SELECT due FROM deadline x WHERE x.matter_id = d.matter_id AND x.kind = 'extended') "
        "FROM deadline d JOIN matter m ON m.id = d.matter_id JOIN agency f ON f.id = m.from_agency "
        "JOIN agency t ON t.id = m.to_agency"):
    if dk == "response" and ext is not None:
        continue  # the extension moved it: exported as the extended date
    label = {"response": "Due", "extended": "Extended due"}[dk]
    summary = ("%s: %s %s → %s — %s" % (label, ref, fa, ta, sub)).replace("\n", " ")
    out.append({"uid": "%s-response@pubrec" % uuid, "summary": summary, "dtstart": due,
                "sequence": 1 if dk == "extended" else 0, "status": "CONFIRMED",
                "categories": [kind, fa, ta]})
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
# The expectations cover the deadlines; reminder events are checked apart.
expect_ok "tricky export, no reminders" ics --alarms 3d,0d --name "$NAME1" -o "$T/tricky-plain.ics"
khal_expect "$DB" "$T/tricky.khal"
all_checks "$T/tricky-plain.ics" "$T/tricky.khal" "$T/tricky.json"
all_checks "$T/tricky.ics" "$T/tricky.khal"
expect_ok "tricky tasks" ics --todo -o "$T/tricky-todo.ics"
all_checks "$T/tricky-todo.ics"

finish
