# tests/lib.sh — shared helpers for the end-to-end and interop tests.
# Each test script sources this, gets a fresh temporary directory as $T
# (removed on exit), $DB inside it, and the built binary as $PUBREC.
set -u
: "${PUBREC:?PUBREC must name the built pubrec binary}"
: "${SOURCE_DIR:?SOURCE_DIR must name the source tree}"
PYTHON=${PYTHON:-/usr/bin/python3}
T=$(mktemp -d "${TMPDIR:-/tmp}/pubrec-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export DB="$T/test.db"
export PUBREC_DB="$DB"
export PUBREC_USER=tester
export XDG_DATA_HOME="$T/xdg"
export XDG_CONFIG_HOME="$T/config"
unset NO_COLOR COLUMNS
unset PUBREC_TODAY
FAILS=0
CHECKS=0

fail() {
  echo "FAIL: $*" >&2
  FAILS=$((FAILS + 1))
}

pass() {
  CHECKS=$((CHECKS + 1))
}

# check DESC CMD...: the command must succeed
check() {
  local desc=$1
  shift
  if "$@"; then pass; else fail "$desc"; fi
}

# pr ARGS...: run pubrec, output in $OUT, stderr in $ERR, status in $RC
pr() {
  "$PUBREC" "$@" >"$T/out" 2>"$T/err"
  RC=$?
  OUT=$(cat "$T/out")
  ERR=$(cat "$T/err")
  return 0
}

# expect_ok DESC ARGS...: pubrec must exit 0
expect_ok() {
  local desc=$1
  shift
  pr "$@"
  if [ "$RC" -eq 0 ]; then pass; else fail "$desc: exit $RC, stderr: $ERR"; fi
}

# expect_eq DESC ACTUAL EXPECTED
expect_eq() {
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi
}

# expect_contains DESC HAYSTACK NEEDLE
expect_contains() {
  case "$2" in
  *"$3"*) pass ;;
  *) fail "$1: '$3' not in: $2" ;;
  esac
}

# dump: a textual image of the database (sqlite3 .dump)
dump() {
  if [ -f "$DB" ]; then sqlite3 "$DB" .dump; else echo "(no database)"; fi
}

# expect_refused DESC STATUS NEEDLE ARGS...: pubrec must fail with STATUS, a
# one-line error on stderr containing NEEDLE, nothing on stdout, and leave the
# database byte-for-byte as it was (compared through .dump and a checksum).
expect_refused() {
  local desc=$1 want=$2 needle=$3
  shift 3
  local before after sum_before sum_after
  before=$(dump)
  sum_before=$( [ -f "$DB" ] && sha256sum "$DB" | cut -d' ' -f1)
  pr "$@"
  after=$(dump)
  sum_after=$( [ -f "$DB" ] && sha256sum "$DB" | cut -d' ' -f1)
  [ "$RC" -eq "$want" ] || { fail "$desc: exit $RC, want $want (stderr: $ERR)"; return; }
  [ -n "$ERR" ] || { fail "$desc: no message on stderr"; return; }
  [ "$(printf '%s\n' "$ERR" | wc -l)" -eq 1 ] || { fail "$desc: error is not one line: $ERR"; return; }
  case "$ERR" in *"$needle"*) ;; *) fail "$desc: stderr lacks '$needle': $ERR"; return ;; esac
  [ -z "$OUT" ] || { fail "$desc: printed to stdout: $OUT"; return; }
  [ "$before" = "$after" ] || { fail "$desc: the database changed"; return; }
  [ "$sum_before" = "$sum_after" ] || { fail "$desc: the database file changed"; return; }
  pass
}

# jq-like field access with Debian's python3: jget 'expr' < json
jget() {
  "$PYTHON" -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"
}

# finish: print the summary line and exit non-zero on any failure
finish() {
  # Whatever a test did, the database it leaves proves itself: the history's
  # chain holds and every matter agrees with its history (pubrec verify).
  if [ -s "$DB" ] && [ -z "${NO_VERIFY:-}" ]; then
    if XDG_CONFIG_HOME="$T/verify-config" "$PUBREC" --db "$DB" verify >"$T/verify.out" 2>&1; then
      pass
    else
      fail "pubrec verify on the test's database: $(tail -3 "$T/verify.out")"
    fi
  fi
  echo "$CHECKS passed, $FAILS failed"
  [ "$FAILS" -eq 0 ] && [ "$CHECKS" -gt 0 ]
  exit $?
}
