#!/bin/sh
# run_deadline.sh — build and run the deadline benchmark: 1,000,000 FOIA
# deadlines (20 working days, us-federal) with pubrec's engine and with
# numpy.busday_offset on the same inputs; prints ns/deadline for each, the
# ratio, and fails if any result differs. Not a test: timings vary by machine.
# Needs a C compiler ($CC, default cc) and Debian's /usr/bin/python3 with numpy.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -I"$top/src" -I"$top/tests/unit" \
  "$top/bench/deadline_bench.c" "$top/src/civil.c" "$top/src/deadline.c" "$top/src/holidays.c" -o "$tmp/deadline_bench"

c_out=$("$tmp/deadline_bench" "$tmp/data.bin")
echo "$c_out"
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine and upset numpy's
# OpenBLAS: unset them for the numpy run only.
status=0
py_out=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 \
  "$top/bench/deadline_numpy.py" "$tmp/data.bin") || status=$?
echo "$py_out"

c_ns=$(echo "$c_out" | sed -n 's/^c ns\/deadline: \([0-9.]*\).*/\1/p')
py_ns=$(echo "$py_out" | sed -n 's/^numpy ns\/deadline: \([0-9.]*\).*/\1/p')
if [ -n "$c_ns" ] && [ -n "$py_ns" ]; then
  awk -v c="$c_ns" -v p="$py_ns" 'BEGIN { printf "ratio numpy/c: %.2f\n", p / c }'
fi
exit "$status"
