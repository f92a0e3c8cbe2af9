#!/bin/bash
# outfile.sh — `pubrec report -o` and `pubrec ics -o` share one atomic output
# module (src/outfile.c): success leaves exactly the target in its
# directory, with the replaced file's mode; a failure before writing (a
# missing directory) or in the middle of writing (the file-size limit hit:
# EFBIG) leaves the old file byte for byte and no temporary file.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2027-01-04
expect_ok "init" init
# A bulk database made with SQL, as the benchmarks do (no history rows):
# pubrec verify would rightly refuse it.
NO_VERIFY=1
sqlite3 "$DB" -cmd ".parameter set :n 1000" <"$SOURCE_DIR/bench/ics_gen.sql" >/dev/null
mkdir "$T/dir"

for cmd in "report --format csv" "ics --status all"; do
  name=${cmd%% *}
  # shellcheck disable=SC2086
  expect_ok "$name -o" $cmd -o "$T/dir/out"
  expect_eq "$name: only the target in the directory" "$(ls -A "$T/dir")" "out"
  check "$name: wrote something big" test "$(stat -c %s "$T/dir/out")" -gt 70000
  chmod 604 "$T/dir/out"
  printf 'OLD\n' >"$T/dir/out"
  # shellcheck disable=SC2086
  expect_ok "$name -o over an old file" $cmd -o "$T/dir/out"
  expect_eq "$name: mode kept" "$(stat -c %a "$T/dir/out")" 604
  expect_eq "$name: only the target after replacing" "$(ls -A "$T/dir")" "out"

  printf 'OLD\n' >"$T/dir/out"
  # shellcheck disable=SC2086
  expect_refused "$name: missing directory" 1 "cannot write '$T/nodir/out'" $cmd -o "$T/nodir/out"
  check "$name: no directory created" test ! -e "$T/nodir"

  # Halfway: the file-size limit (64 KB; SQLite's 32 KB shared-memory file must fit) stops the write with EFBIG (SIGXFSZ
  # ignored, so write() fails instead of the signal killing the process).
  # shellcheck disable=SC2086
  (trap '' XFSZ; ulimit -f 64; exec "$PUBREC" $cmd -o "$T/dir/out") >"$T/o" 2>"$T/e"
  rc=$?
  expect_eq "$name: a write failing halfway exits 1" "$rc" 1
  expect_contains "$name: the message says it could not write" "$(cat "$T/e")" "cannot write"
  expect_contains "$name: and the reason" "$(cat "$T/e")" "File too large"
  expect_eq "$name: the old file is intact" "$(cat "$T/dir/out")" "OLD"
  expect_eq "$name: no temporary file after the failure" "$(ls -A "$T/dir")" "out"
done
finish
