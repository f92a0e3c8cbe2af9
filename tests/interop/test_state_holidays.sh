#!/bin/sh
# test_state_holidays.sh -- every built-in state calendar against Debian's
# python3-holidays for 2015-2035; each difference must be listed, with the
# source that settles it, in tests/data/holidays_exceptions.tsv (see
# check_state_holidays.py). A missing python3-holidays is a failure.
set -u
: "${PUBREC:?PUBREC must name the built pubrec binary}"
: "${SOURCE_DIR:?SOURCE_DIR must name the source tree}"
py=${PYTHON:-/usr/bin/python3}
"$py" -c 'import holidays' 2>/dev/null || {
  echo "FAIL: python3-holidays is not installed (apt-get install python3-holidays)" >&2
  exit 1
}
check="$SOURCE_DIR/tests/interop/check_state_holidays.py"
exc="$SOURCE_DIR/tests/data/holidays_exceptions.tsv"

# The checker itself must fail when one documented difference is dropped.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
grep -v '^us-tx	name:Columbus Day' "$exc" >"$tmp/short.tsv"
if "$py" "$check" "$PUBREC" "$tmp/short.tsv" >"$tmp/out" 2>&1; then
  echo "FAIL: the checker passed with an exception row removed" >&2
  exit 1
fi
grep -q '^FAIL: us-tx 20[0-9-]* (Columbus Day)' "$tmp/out" || {
  echo "FAIL: the checker did not name the undocumented us-tx Columbus Day" >&2
  cat "$tmp/out" >&2
  exit 1
}

"$py" "$check" "$PUBREC" "$exc"
