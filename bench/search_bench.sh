#!/usr/bin/env bash
# search_bench.sh — `pubrec search WORDS` on 1,000,000 matters (subjects from
# a vocabulary, tracking numbers on half, a note on one in ten; the FTS5 index
# filled by its triggers as the rows go in: bench/search_gen.sql), timed in the
# same run as the sqlite3 shell running the same full-text query (the matter
# columns, both parties, tags and parents, ranked by bm25: what
# store_matter_list runs for --grep) with its rows sent to /dev/null.
#
# usage: bench/search_bench.sh [PUBREC] [DB]    (REGEN=1 rebuilds the database)
# Target: every query of up to 10,000 hits in pubrec under 0.5 s. The common
# word (a quarter of all matters) is shown for scale, without a target: its
# cost is printing a quarter of a million rows, not finding them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PUBREC=${1:-$here/../build/pubrec}
DB=${2:-${TMPDIR:-/tmp}/pubrec-search-bench.db}
RUNS=${RUNS:-5}
TODAY=2026-03-02
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 shell not found" >&2; exit 1; }

if [ ! -s "$DB" ] || [ "${REGEN:-}" = 1 ]; then
  rm -f "$DB"
  echo "generating $DB (a few minutes) ..."
  t0=$(date +%s)
  "$PUBREC" --db "$DB" init >/dev/null
  sqlite3 "$DB" <"$here/search_gen.sql" >/dev/null
  echo "generated in $(($(date +%s) - t0)) s"
fi
echo "database: $DB ($(du -h "$DB" | cut -f1)):" \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM matter') matters," \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM matter_fts') indexed," \
  "$(sqlite3 "$DB" "SELECT count(*) FROM event WHERE kind = 'note'") notes"

# The FTS5 query pubrec builds from the words (store_search_query): each word
# an FTS5 string, a trailing * outside the quotes.
fts() {
  local out="" w
  for w in "$@"; do
    case $w in
    *\*) out="$out \"${w%\*}\"*" ;;
    *) out="$out \"$w\"" ;;
    esac
  done
  printf '%s' "${out# }"
}
shell_sql() { # the statement store_matter_list runs for --grep
  local q
  q=$(fts "$@" | sed "s/'/''/g")
  cat <<SQL
SELECT m.id, m.uuid, m.ref, m.kind, m.court, m.from_agency, fa.code, fa.name, m.to_agency,
  ta.code, ta.name, m.tracking, m.subject, m.description, m.trigger_date, m.trigger_time,
  m.rule, m.days, m.due_stated, m.routed, m.compliance, m.due, m.status, m.created_at,
  m.updated_at, m.clock, m.answered, m.clock_start, m.missed,
  (SELECT group_concat(ref, ',') FROM (SELECT p.ref FROM matter_parent mp
     JOIN matter p ON p.id = mp.parent_id WHERE mp.child_id = m.id ORDER BY p.ref)),
  (SELECT group_concat(tag, ' ') FROM (SELECT t.tag FROM tag t WHERE t.matter_id = m.id
     ORDER BY t.tag))
FROM matter m JOIN agency fa ON fa.id = m.from_agency JOIN agency ta ON ta.id = m.to_agency
JOIN matter_fts ON matter_fts.rowid = m.id
WHERE matter_fts MATCH '$q' ORDER BY matter_fts.rank, m.ref;
SQL
}

now() { date +%s.%N; }
fail=0
bench() { # bench TARGET WORDS...: TARGET in seconds, or - for none
  local target=$1
  shift
  local sql best_p=999 best_s=999 hits p s t0 t1 t2
  sql=$(shell_sql "$@")
  hits=$(printf '%s\n' "$sql" | sqlite3 "$DB" | wc -l)
  for _ in $(seq "$RUNS"); do
    t0=$(now)
    "$PUBREC" --db "$DB" --today "$TODAY" search "$@" >/dev/null
    t1=$(now)
    printf '%s\n' "$sql" | sqlite3 "$DB" >/dev/null
    t2=$(now)
    p=$(echo "$t1 - $t0" | bc -l)
    s=$(echo "$t2 - $t1" | bc -l)
    best_p=$(echo "if ($p < $best_p) $p else $best_p" | bc -l)
    best_s=$(echo "if ($s < $best_s) $s else $best_s" | bc -l)
  done
  local label="no target"
  [ "$target" = - ] || label="target < $target s"
  printf '%-32s %7d hits  pubrec %.3f s  sqlite3 shell %.3f s  (best of %d; %s)\n' \
    "search $*" "$hits" "$best_p" "$best_s" "$RUNS" "$label"
  if [ "$target" != - ] && [ "$(echo "$best_p >= $target" | bc -l)" = 1 ]; then
    echo "bench: search $* over its target ($target s)" >&2
    fail=1
  fi
}

bench 0.5 AG18-2017-000002        # a tracking number: one hit
bench 0.5 rezoning colfax         # two words: about 140 hits
bench 0.5 cryptocurrency storage  # a subject word and a note word: about 1,000
bench 0.5 'rezon*'                # a prefix: about 7,000
bench 0.5 'Springfield' 'superf*' # a party's name and a prefix
bench - police                    # a common word: about a quarter of all matters
exit "$fail"
