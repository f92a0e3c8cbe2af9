#!/usr/bin/env bash
# report_bench.sh — `pubrec report --format json` on 1,000,000 matters and
# 5,000,000 history rows, timed in the same run as the sqlite3 shell running
# the report's own SQL. The SQL is not a copy kept by hand: the bench asks
# the binary for it (`pubrec report --sql`, each statement with its
# parameters filled in), so it cannot drift from src/store_report.c.
#
# usage: bench/report_bench.sh [PUBREC] [DB]    (REGEN=1 rebuilds the database)
# Targets: pubrec at most 1.5x the shell, and under 3 seconds.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PUBREC=${1:-$here/../build/pubrec}
DB=${2:-${TMPDIR:-/tmp}/pubrec-bench.db}
AS_OF=2025-06-30
RUNS=${RUNS:-5}
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 shell not found" >&2; exit 1; }

if [ ! -s "$DB" ] || [ "${REGEN:-}" = 1 ]; then
  rm -f "$DB"
  echo "generating $DB (about a minute) ..."
  t0=$(date +%s)
  "$PUBREC" --db "$DB" init >/dev/null
  sqlite3 "$DB" <"$here/report_gen.sql" >/dev/null
  echo "generated in $(($(date +%s) - t0)) s"
fi
echo "database: $DB ($(du -h "$DB" | cut -f1)):" \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM matter') matters," \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM event') history rows," \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM response') responses"

sql=$(mktemp)
out=$(mktemp)
trap 'rm -f "$sql" "$out"' EXIT
"$PUBREC" --db "$DB" report --format json --as-of "$AS_OF" --sql >"$sql"
echo "the report's SQL ($(grep -c ';$' "$sql") statements, bench/report_queries.sql is a copy):"
cp "$sql" "$here/report_queries.sql"
sed 's/^/  /' "$sql"

now() { date +%s.%N; }
best_pubrec=999 best_shell=999
for i in $(seq "$RUNS"); do
  t0=$(now)
  "$PUBREC" --db "$DB" report --format json --as-of "$AS_OF" >"$out"
  t1=$(now)
  sqlite3 "$DB" <"$sql" >/dev/null
  t2=$(now)
  p=$(echo "$t1 - $t0" | bc -l)
  s=$(echo "$t2 - $t1" | bc -l)
  printf 'run %d: pubrec %.3f s, sqlite3 shell %.3f s\n' "$i" "$p" "$s"
  best_pubrec=$(echo "if ($p < $best_pubrec) $p else $best_pubrec" | bc -l)
  best_shell=$(echo "if ($s < $best_shell) $s else $best_shell" | bc -l)
done
ratio=$(echo "$best_pubrec / $best_shell" | bc -l)
printf 'best of %d: pubrec %.3f s, shell %.3f s, ratio %.2f (targets: <= 1.50, < 3 s); JSON %s bytes\n' \
  "$RUNS" "$best_pubrec" "$best_shell" "$ratio" "$(wc -c <"$out")"
ok=$(echo "$ratio <= 1.5 && $best_pubrec < 3" | bc -l)
[ "$ok" = 1 ] || { echo "bench: over target" >&2; exit 1; }
