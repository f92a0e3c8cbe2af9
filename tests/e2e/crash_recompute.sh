#!/usr/bin/env bash
# kill -9 at random moments during a recomputation (a closure that moves the
# due date of every open matter): after each kill `pubrec verify` passes and
# the transaction is all there or not at all. KILLS=N (default 50) runs
# more by hand; MATTERS=N (default 120) makes the recomputation longer.
. "$SOURCE_DIR/tests/lib.sh"
KILLS=${KILLS:-50}
MATTERS=${MATTERS:-120}
export PUBREC_TODAY=2020-01-10
expect_ok "setup" agency add ICE ICE
expect_ok "setup" agency add NEWS News
for i in $(seq "$MATTERS"); do
  "$PUBREC" add request --from NEWS --to ICE --received "2020-01-0$((i % 9 + 1))" --rule us-foia \
    --subject "request $i" >/dev/null || fail "add $i"
done
cp "$DB" "$T/base.db"
rm -f "$T/base.db-wal" "$T/base.db-shm"
state() { # events, closures, and the deadline rows
  sqlite3 "$1" "SELECT count(*) FROM event; SELECT count(*) FROM closure;
                SELECT matter_id, kind, due FROM deadline ORDER BY 1, 2" | sha256sum
}
base_events=$(sqlite3 "$T/base.db" "SELECT count(*) FROM event")
base_state=$(state "$T/base.db")

# The uninterrupted run: what "all there" looks like, and how long it takes.
cp "$T/base.db" "$T/ref.db"
t0=$(date +%s%N)
"$PUBREC" --db "$T/ref.db" closure add us-federal 2020-01-22 --note "ice storm" >/dev/null || fail "reference run"
t1=$(date +%s%N)
ms=$(((t1 - t0) / 1000000))
ref_events=$(sqlite3 "$T/ref.db" "SELECT count(*) FROM event")
ref_state=$(state "$T/ref.db")
check "the closure moves every matter" test "$ref_events" -ge $((base_events + MATTERS))
echo "reference recomputation: $ms ms, $((ref_events - base_events)) history rows"

committed=0 rolled_back=0
for k in $(seq "$KILLS"); do
  cp "$T/base.db" "$T/k.db"
  rm -f "$T/k.db-wal" "$T/k.db-shm"
  "$PUBREC" --db "$T/k.db" closure add us-federal 2020-01-22 --note "ice storm" >/dev/null 2>&1 &
  pid=$!
  # A random moment from start-up to a little after the usual end.
  delay=$((RANDOM % (ms + ms / 5 + 1)))
  sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep "$((delay / 1000))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ! "$PUBREC" --db "$T/k.db" verify >"$T/v.out" 2>&1; then
    fail "kill $k after ${delay} ms: verify failed: $(cat "$T/v.out")"
    continue
  fi
  s=$(state "$T/k.db")
  if [ "$s" = "$ref_state" ]; then
    committed=$((committed + 1))
  elif [ "$s" = "$base_state" ]; then
    rolled_back=$((rolled_back + 1))
  else
    fail "kill $k after ${delay} ms: a partial state ($(sqlite3 "$T/k.db" "SELECT count(*) FROM event")) history rows)"
    continue
  fi
  pass
done
echo "kills: $KILLS; all there: $committed; not at all: $rolled_back"
check "some kills landed before the commit" test "$rolled_back" -gt 0
finish
