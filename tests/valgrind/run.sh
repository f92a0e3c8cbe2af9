#!/usr/bin/env bash
# The representative end-to-end subset that README.md names (the line
# "valgrind subset: ..."), each script run with pubrec under
# `valgrind --error-exitcode=1`. Fails when a script fails or any run of
# pubrec reported a memory error or a leak.
set -u
: "${PUBREC:?}" "${SOURCE_DIR:?}"
command -v valgrind >/dev/null || { echo "valgrind is not installed (./setup.sh --tests)" >&2; exit 1; }
subset=$(sed -n 's/^<!-- valgrind subset: \(.*\) -->$/\1/p' "$SOURCE_DIR/README.md")
[ -n "$subset" ] || { echo "README.md names no valgrind subset" >&2; exit 1; }
VG_LOGS=$(mktemp -d "${TMPDIR:-/tmp}/pubrec-vg.XXXXXX")
trap 'rm -rf "$VG_LOGS"' EXIT
export VG_LOGS PUBREC_REAL=$PUBREC PUBREC=$SOURCE_DIR/tests/valgrind/pubrec-vg
status=0
for name in $subset; do
  if bash "$SOURCE_DIR/tests/e2e/$name.sh"; then echo "valgrind: $name ok"; else echo "valgrind: $name FAILED"; status=1; fi
done
runs=$(ls "$VG_LOGS" | wc -l)
for log in "$VG_LOGS"/*.log; do
  if [ -s "$log" ]; then
    echo "valgrind reported:" && cat "$log"
    status=1
  fi
done
echo "valgrind: $runs runs of pubrec"
[ "$runs" -gt 0 ] || status=1
exit $status
