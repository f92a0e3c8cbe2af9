#!/usr/bin/env bash
# exchange_bench.sh — export and import at scale, each timed in the same run
# as the sqlite3 shell doing the same work:
#   export:           `pubrec export`            vs `sqlite3 -json` of the same tables
#   JSON Lines import: `pubrec import`           vs the shell's `.import` of the same
#                      rows (one CSV per table) into the same schema (`pubrec init`)
#   CSV import:        `pubrec import --csv`     vs the shell's `.import` of the same
#                      CSV file into a table of a `pubrec init` database
# with peak memory (/usr/bin/time -f %M). The database is bench/gen's
# (N matters, default 1,000,000: about 5,500,000 history rows), or a copy of
# SRC_DB.
#
# usage: bench/exchange_bench.sh [PUBREC]     N=100000 for a smaller run;
#        CSV_N limits the CSV import to its first CSV_N matters;
#        ONLY=csv runs the CSV import alone (the source needs only matters);
#        AGAIN=0 skips timing a second import of the same file.
# The CSV import has two baselines in the same run: the shell's `.import` of
# the CSV file itself into a plain table, and the shell's `.import` of the
# rows pubrec's import wrote (matters, history, deadlines, tags, agencies:
# one CSV per table, through scratch tables as for JSON Lines) into a fresh
# `pubrec init` database: the same rows into the same schema, with its
# indexes, triggers and full-text index.
# Targets (issue 15): CSV at most 2x the shell, JSON Lines at most 3x, peak
# memory under 64 MB for both; export at most 2x `sqlite3 -json`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PUBREC=${1:-$here/../build/pubrec}
GEN=${GEN:-$here/../build/bench/gen}
N=${N:-1000000}
CSV_N=${CSV_N:-$N}
W=$(mktemp -d "${TMPDIR:-/tmp}/pubrec-xbench.XXXXXX")
trap 'rm -rf "$W"' EXIT
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 shell not found" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
# bench/gen writes matters up to its today (2026-06-30); the CSV-only source
# is dated before 2026.
export PUBREC_TODAY=2026-06-30

ONLY=${ONLY:-all}
if [ "$ONLY" = csv ]; then
  # The CSV import needs only a file of matters: the columns of
  # 'export --csv', written straight from the formulas of report_gen.sql's
  # matter rows (kinds, parties, subjects, trigger dates, rules, statuses),
  # without building the rest of that database.
  echo "generating a CSV of $N matters ..."
  sqlite3 -csv -header :memory: >"$W/m_all.csv" <<SQL
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $CSV_N),
g AS (
  SELECT i,
         CASE WHEN i % 10 < 7 THEN 'request' WHEN i % 10 < 9 THEN 'subpoena'
              WHEN i % 20 = 9 THEN 'appeal' ELSE 'petition' END AS kind,
         (i * 7) % 60 + 1 AS from_id,
         ((i * 7) % 60 + 1 + (i % 59) + 1 - 1) % 60 + 1 AS to_id,
         date('2016-01-01', '+' || ((i * 2654435761) % 3470) || ' days') AS trig,
         (i * 40503) % 1000 AS r
  FROM c)
SELECT printf('%s-%s-%07d', CASE kind WHEN 'request' THEN 'REQ' WHEN 'subpoena' THEN 'SUB'
                                      WHEN 'appeal' THEN 'APL' ELSE 'PET' END,
              substr(trig, 1, 4), i) AS ref,
       '' AS key, kind, printf('AG%02d', from_id) AS "from", printf('AG%02d', to_id) AS "to",
       printf('Generated matter %d about topic %d', i, i % 997) AS subject,
       '' AS description, '' AS tracking, trig AS trigger_date,
       CASE WHEN kind = 'request' AND i % 2 = 0 THEN 'us-foia'
            WHEN kind = 'request' THEN 'co-cora'
            WHEN kind = 'appeal' THEN 'us-foia-appeal' ELSE '' END AS rule,
       CASE WHEN kind = 'subpoena' THEN 14 ELSE '' END AS days,
       CASE WHEN r < 30 OR (trig > '2025-01-01' AND r < 400) THEN
              CASE r % 6 WHEN 0 THEN 'open' WHEN 1 THEN 'acknowledged' WHEN 2 THEN 'extended'
                         WHEN 3 THEN 'tolled' WHEN 4 THEN 'partial' ELSE 'appealed' END
            ELSE CASE r % 10 WHEN 0 THEN 'denied' WHEN 1 THEN 'refused' WHEN 2 THEN 'withdrawn'
                             WHEN 3 THEN 'escalated' ELSE 'fulfilled' END END AS status,
       CASE WHEN kind = 'petition' THEN ''
            WHEN kind = 'subpoena' THEN date(trig, '+14 days')
            ELSE date(trig, '+' || (20 + r % 15) || ' days') END AS due,
       '' AS closed, '' AS tags
FROM g;
SQL
else
# The database: bench/gen's (pubrec's own store and scheduler, the hash
# chain included; about 5% open, about 5.5 history rows a matter), or a copy
# of SRC_DB when given (e.g. a database bench/scale.sh made).
if [ -n "${SRC_DB:-}" ]; then
  echo "copying $SRC_DB ..."
  cp "$SRC_DB" "$W/src.db"
  # brought to this pubrec's schema first (an upgrade's migrations and
  # recomputation are no part of the export timed below)
  "$PUBREC" --db "$W/src.db" init >/dev/null
else
  echo "generating $N matters (bench/gen) ..."
  "$GEN" "$N" "$W/src.db" >/dev/null
fi
echo "database: $(du -h "$W/src.db" | cut -f1), $(sqlite3 "$W/src.db" 'SELECT count(*) FROM matter') matters," \
  "$(sqlite3 "$W/src.db" 'SELECT count(*) FROM event') history rows," \
  "$(sqlite3 "$W/src.db" 'SELECT count(*) FROM response') responses"
fi

# timed LABEL CMD...: prints "LABEL: S s, PEAK MB" and sets SECS, MB
timed() {
  local label=$1
  shift
  /usr/bin/time -f '%e %M %U %S' -o "$W/time" "$@"
  read -r SECS KB USER SYS <"$W/time"
  MB=$(echo "$KB / 1024" | bc)
  CPU=$(echo "$USER + $SYS" | bc)
  printf '  %-52s %8.2f s (user %6.2f, sys %5.2f)  %5d MB peak\n' "$label" "$SECS" "$USER" "$SYS" "$MB"
}
# ratio A B: A / B to two places, or "n/a" when B rounds to zero (tiny runs)
ratio() {
  if [ "$(echo "$2 == 0" | bc)" = 1 ]; then echo n/a; else echo "scale=2; $1 / $2" | bc -l; fi
}

if [ "$ONLY" != csv ]; then
# The export's tables, in its order (from the export itself).
echo "export:"
timed "pubrec export -o" "$PUBREC" --db "$W/src.db" export -o "$W/all.jsonl"
pe=$SECS pem=$MB pec=$CPU
tables=$(tail -n +2 "$W/all.jsonl" | sed -n 's/^{"table":"\([a-z_]*\)".*/\1/p' | uniq)
sql=""
for t in $tables; do sql="$sql SELECT * FROM \"$t\";"; done
timed "sqlite3 -json (same tables)" sh -c "sqlite3 -json '$W/src.db' '$sql' >'$W/all.json'"
se=$SECS sec=$CPU
echo "  export: $(wc -c <"$W/all.jsonl") bytes, sqlite3 -json $(wc -c <"$W/all.json") bytes; ratio $(ratio "$pe" "$se") wall, $(ratio "$pec" "$sec") CPU (target <= 2), peak ${pem} MB"

echo "JSON Lines import ($(wc -l <"$W/all.jsonl") lines):"
"$PUBREC" --db "$W/dst.db" init >/dev/null
timed "pubrec import" "$PUBREC" --db "$W/dst.db" import "$W/all.jsonl"
pj=$SECS pjm=$MB pjc=$CPU
# the shell: the same rows, one CSV per table, into the same schema. .import
# reads an empty field as '', so each table goes through a scratch table and
# INSERT ... SELECT nullif(column, '') (NULLs restored; the unique partial
# index on ext_key needs them).
"$PUBREC" --db "$W/shell.db" init >/dev/null
script="$W/import.sql"
echo "BEGIN;" >"$script"
for t in $tables; do
  have=$(sqlite3 "$W/shell.db" "SELECT count(*) FROM \"$t\"")
  [ "$have" = 0 ] || continue # seeded by init: already there, as in the pubrec run
  sqlite3 -csv -header "$W/src.db" "SELECT * FROM \"$t\"" >"$W/$t.csv"
  cols=$(sqlite3 "$W/shell.db" "SELECT group_concat('nullif(\"' || name || '\", '''')', ', ') FROM pragma_table_info('$t')")
  {
    echo ".import --csv '$W/$t.csv' scratch_$t"
    echo "INSERT INTO \"$t\" SELECT $cols FROM scratch_$t;"
    echo "DROP TABLE scratch_$t;"
  } >>"$script"
done
echo "COMMIT;" >>"$script"
timed "sqlite3 .import (same rows, same schema)" sh -c "sqlite3 '$W/shell.db' <'$script'"
sj=$SECS sjc=$CPU
"$PUBREC" --db "$W/dst.db" export -o "$W/again.jsonl"
cmp -s "$W/all.jsonl" "$W/again.jsonl" && echo "  round trip byte-identical" || echo "  ROUND TRIP DIFFERS"
echo "  JSON Lines import ratio $(ratio "$pj" "$sj") wall, $(ratio "$pjc" "$sjc") CPU (target <= 3), peak ${pjm} MB (target < 64)"
fi

echo "CSV import ($CSV_N matters):"
[ "$ONLY" = csv ] || "$PUBREC" --db "$W/src.db" export --csv -o "$W/m_all.csv"
head -n $((CSV_N + 1)) "$W/m_all.csv" >"$W/m.csv"
"$PUBREC" --db "$W/csv.db" init >/dev/null
# The generated matters that are 'extended' or 'tolled' have no rule with a
# set extension or period to toll (their due date is stated), which the
# lifecycle layer refuses to extend or toll without days: they come in as
# acknowledged.
csvopts="--key ref --create-agencies --status-map extended=acknowledged,tolled=acknowledged"
timed "pubrec import --csv --key ref" sh -c "'$PUBREC' --db '$W/csv.db' import --csv '$W/m.csv' $csvopts >'$W/import.out'"
pc=$SECS pcm=$MB pcc=$CPU
"$PUBREC" --db "$W/shellcsv.db" init >/dev/null
timed "sqlite3 .import (the CSV file, a plain table)" sh -c "sqlite3 '$W/shellcsv.db' \".import --csv '$W/m.csv' matter_csv\""
sc=$SECS scc=$CPU
# the same rows into the same schema: what pubrec wrote, table by table
"$PUBREC" --db "$W/shellrows.db" init >/dev/null
script="$W/rows.sql"
echo "BEGIN;" >"$script"
for t in $(sqlite3 "$W/csv.db" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'matter_fts%' ORDER BY name"); do
  [ "$(sqlite3 "$W/shellrows.db" "SELECT count(*) FROM \"$t\"")" = 0 ] || continue # seeded by init
  [ "$(sqlite3 "$W/csv.db" "SELECT count(*) FROM \"$t\"")" != 0 ] || continue
  sqlite3 -csv -header "$W/csv.db" "SELECT * FROM \"$t\"" >"$W/rows_$t.csv"
  cols=$(sqlite3 "$W/shellrows.db" "SELECT group_concat('nullif(\"' || name || '\", '''')', ', ') FROM pragma_table_info('$t')")
  {
    echo ".import --csv '$W/rows_$t.csv' scratch_$t"
    echo "INSERT INTO \"$t\" SELECT $cols FROM scratch_$t;"
    echo "DROP TABLE scratch_$t;"
  } >>"$script"
done
echo "COMMIT;" >>"$script"
timed "sqlite3 .import (the rows pubrec wrote, same schema)" sh -c "sqlite3 '$W/shellrows.db' <'$script'"
sr=$SECS src=$CPU
echo "  pubrec made $(sqlite3 "$W/csv.db" 'SELECT count(*) FROM matter') matters and $(sqlite3 "$W/csv.db" 'SELECT count(*) FROM event') history rows;" \
  "the shell's copy holds $(sqlite3 "$W/shellrows.db" 'SELECT count(*) FROM matter') and $(sqlite3 "$W/shellrows.db" 'SELECT count(*) FROM event')"
echo "  CSV import ratio, wall: $(ratio "$pc" "$sr") against the same rows into the same schema (target <= 2)," \
  "$(ratio "$pc" "$sc") against the CSV file into a plain table; peak ${pcm} MB (target < 64)"
echo "  CSV import ratio, CPU (user + sys): $(ratio "$pcc" "$src") against the same rows into the same schema," \
  "$(ratio "$pcc" "$scc") against the CSV file into a plain table"
[ "${AGAIN:-1}" = 0 ] && exit 0 # AGAIN=0: no second import of the same file
timed "pubrec import --csv again (all unchanged)" sh -c "'$PUBREC' --db '$W/csv.db' import --csv '$W/m.csv' $csvopts >'$W/import.out'"
tail -n 1 "$W/import.out" | sed 's/^/  /' 
