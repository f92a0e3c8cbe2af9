#!/usr/bin/env bash
# References stay unique when several pubrec processes add at once: each add
# numbers its reference under the write lock (BEGIN IMMEDIATE).
. "$SOURCE_DIR/tests/lib.sh"
expect_ok "setup" agency add ICE ICE
expect_ok "setup" agency add DENVER Denver
pids=()
for i in $(seq 1 12); do
  "$PUBREC" add subpoena --from ICE --to DENVER --served 2020-01-13 --days 14 --subject "Concurrent $i" >"$T/add.$i" 2>&1 &
  pids+=($!)
done
for p in "${pids[@]}"; do
  wait "$p"
  check "a concurrent add succeeded" test $? -eq 0
done
expect_eq "twelve matters" "$(sqlite3 "$DB" 'SELECT count(*) FROM matter')" 12
expect_eq "twelve distinct references" "$(sqlite3 "$DB" 'SELECT count(DISTINCT ref) FROM matter')" 12
expect_eq "numbered 1..12 without gaps" "$(sqlite3 "$DB" "SELECT min(ref) || ' ' || max(ref) FROM matter")" "SUB-2020-0001 SUB-2020-0012"
expect_eq "each printed its own reference" "$(cat "$T"/add.* | grep -oE 'SUB-2020-[0-9]{4}' | sort -u | wc -l)" 12
expect_eq "every matter has its history" "$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE kind = 'created'")" 12
expect_ok "the history chain holds under concurrent writers" verify
finish
