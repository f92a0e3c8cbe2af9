#!/usr/bin/env bash
# pubrec digest on the report fixture (plus a tolled request) matches its
# golden file (UPDATE_GOLDEN=1 rewrites it); due --check exits 1 only when
# something is overdue; the digest has no escape codes even with --color=auto.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"
G="$SOURCE_DIR/tests/golden/digest"
fx add request --from NEWSROOM --to ICE --received 2020-02-24 --rule us-foia --subject "Waiting on us"
fx toll REQ-2020-0004 --on 2020-02-26 --note "asked to narrow the request"
fx add subpoena --from ICE --to DENVER --served 2020-02-28 --days 5 --subject "Due on Wednesday"

"$PUBREC" --today "$AS_OF" digest --within 10 >"$T/digest.txt" 2>"$T/err" || fail "digest: $(cat "$T/err")"
[ "${UPDATE_GOLDEN:-}" = 1 ] && cp "$T/digest.txt" "$G/digest.txt"
if cmp -s "$T/digest.txt" "$G/digest.txt"; then pass; else
  fail "digest differs from its golden file: $(diff "$G/digest.txt" "$T/digest.txt" | head -20)"
fi
expect_ok "digest --json" --json --today "$AS_OF" digest --within 10
expect_eq "digest sections" "$(jget '[[m["ref"] for m in d[k]] for k in ("overdue", "due_soon", "waiting")]' <<<"$OUT")" \
  "[['REQ-2019-0002', 'REQ-2020-0001', 'SUB-2020-0004'], ['SUB-2020-0005'], ['REQ-2020-0004']]"
pr --today "$AS_OF" --color=auto digest
case "$OUT" in *$'\033'*) fail "escape codes in a piped digest" ;; *) pass ;; esac
# --quiet prints nothing when nothing needs attention (cron sends no mail).
pr --db "$T/empty.db" digest --quiet
expect_eq "quiet digest" "$RC:$OUT" "0:"
pr --db "$T/empty.db" digest
expect_contains "empty digest says so" "$OUT" "0 overdue"

pr --today "$AS_OF" due --check
expect_eq "due --check with overdue matters" "$RC" 1
expect_contains "due --check says how many" "$ERR" "matters overdue"
expect_contains "due --check still prints the agenda" "$OUT" "OVERDUE"
pr --today 2019-01-01 due --check
expect_eq "due --check with nothing overdue" "$RC" 0
finish
