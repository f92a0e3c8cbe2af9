#!/usr/bin/env bash
# A writer blocked by another process's write lock says what it is waiting
# for, then gives up after the busy timeout with a message naming the lock
# and what to do, changing nothing. PUBREC_BUSY_TIMEOUT_MS (README) shortens
# the 15 s default so this runs in seconds; a bad value is refused. (The
# writer that waits and then succeeds: tests/e2e/bad_input_table.sh.)
. "$SOURCE_DIR/tests/lib.sh"
expect_ok "setup" agency add NEWS "The Newsroom"

# hold DB's write lock for $1 seconds; returns once the lock is held
hold_lock() {
  rm -f "$T/held"
  "$PYTHON" - "$DB" "$1" "$T/held" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[3], "w").close()
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
PY
  holder=$!
  for _ in $(seq 100); do [ -e "$T/held" ] && return 0; sleep 0.05; done
  fail "the lock holder did not start"
}

before=$(dump)
hold_lock 6
t0=$(date +%s%N)
PUBREC_BUSY_TIMEOUT_MS=2500 "$PUBREC" agency add WAIT Waiter >"$T/out" 2>"$T/err"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
wait "$holder"
expect_eq "a writer that cannot get the lock fails" "$rc" 1
expect_eq "nothing on stdout" "$(cat "$T/out")" ""
expect_eq "first it says what it waits for" "$(sed -n 1p "$T/err")" \
  "pubrec: waiting for another pubrec process to finish writing to '$DB' (up to 2.5 s)"
expect_eq "then why it gave up, and what to do" "$(sed -n 2p "$T/err")" \
  "pubrec: database '$DB' is locked: another pubrec process has been writing to it for 2.5 s; try again when it has finished"
expect_eq "two lines" "$(wc -l <"$T/err")" 2
check "it waited the timeout, not the lock's 6 s (${ms} ms)" test "$ms" -ge 2400 -a "$ms" -lt 5900
expect_eq "the database is unchanged" "$(dump)" "$before"

# A timeout shorter than a second gives up without the waiting line.
hold_lock 2
PUBREC_BUSY_TIMEOUT_MS=300 "$PUBREC" agency add WAIT Waiter >"$T/out" 2>"$T/err"
rc=$?
wait "$holder"
expect_eq "short timeout: fails" "$rc" 1
expect_eq "short timeout: only the lock's message" "$(cat "$T/err")" \
  "pubrec: database '$DB' is locked: another pubrec process has been writing to it for 0.3 s; try again when it has finished"

# Bad values are refused before anything is opened.
for v in abc -5 1.5 99999999999; do
  PUBREC_BUSY_TIMEOUT_MS=$v expect_refused "PUBREC_BUSY_TIMEOUT_MS=$v" 1 \
    "PUBREC_BUSY_TIMEOUT_MS is '$v': give milliseconds from 0 to 3600000" agency add BAD Bad
done
PUBREC_BUSY_TIMEOUT_MS= expect_ok "empty: the default" agency add OK Fine
finish
