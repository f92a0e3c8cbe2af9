#!/usr/bin/env bash
# scale.sh [SIZE...] — every command on databases of SIZE matters (default
# 10000 100000 1000000; add 10000000 when the disk allows, about 13 GB),
# each beside its baseline in the same run, and the table in
# docs/PERFORMANCE.md.
#
# The databases come from bench/gen (pubrec's own store and scheduler: about
# 5% open, about 5 history rows a matter; see bench/gen.c). For each size,
# each command runs RUNS times (default 3), interleaved with its baseline:
#   show/log REF, deadline REF --explain, respond REF: the sqlite3 shell
#       looking the matter up by reference;
#   list with each filter, due: the sqlite3 shell running the best indexed
#       query for the same rows (joined with the agencies), in the same
#       order (open ones first, then by due date and reference);
#   closure add, rule set: the shell reading the open matters the change can
#       affect (with their deadlines) and rewriting their deadlines, due
#       dates and history rows;
#   report: the shell running the report's own SQL (pubrec report --sql);
#   ics: the libical floor (bench/ics_floor.c): libical alone building and
#       writing the very events pubrec wrote (its output parsed back into a
#       TSV by bench/ics_to_tsv.py; the floor's calendar is checked to be
#       byte-identical to pubrec's before timing);
#   add: the shell inserting an equivalent matter (number, matter, deadline,
#       two history rows, each with a SHA3-256 hash over the head's, and the
#       head moved) in one transaction;
#   list --status open at 10k: also taskwarrior's `task list` over 10,000
#       tasks (the fixed cost of a command-line tracker).
# The baselines' writes end in ROLLBACK, not COMMIT: their rows are not
# pubrec's (due dates moved by a day, history hashed with SHA3, which `pubrec
# verify` refuses), and a kept database is measured again later (DIR), so it
# must hold only what pubrec wrote. The shell's time then leaves out writing
# the pages to the WAL and the fsync at commit, which pubrec pays: the
# ratios err against pubrec. (Before, the rows were committed: a 10M
# database measured once held a day's move on every open co-cora matter
# until a recomputation put them back.)
# Time is the best of the runs: wall milliseconds and CPU milliseconds (user
# + system; the machine may be shared, so CPU is the steadier figure); peak
# RSS is /usr/bin/time's %M.
#
# Environment: PUBREC (default build/pubrec), GEN (default build/bench/gen),
# BEFORE (an older pubrec measured beside, on DIR/N-before.db, which
# BEFORE_GEN makes: a gen that writes that pubrec's schema, e.g. this
# branch's first bench/gen (commit "bench/gen N DB") run with --schema 4 for
# main at e2b44ab), DIR (databases and results; default /tmp/pubrec-scale;
# kept, so a later run reuses them and results of other sizes and binaries
# stay in the table), RUNS, OUT (default docs/PERFORMANCE.md), KEEP_DB=0
# (delete each database after its size is measured), MEASURE (who: default
# "pubrec baseline", plus "before" when BEFORE is set).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
PUBREC=${PUBREC:-$root/build/pubrec}
GEN=${GEN:-$root/build/bench/gen}
BEFORE=${BEFORE:-}
BEFORE_GEN=${BEFORE_GEN:-}
DIR=${DIR:-/tmp/pubrec-scale}
RUNS=${RUNS:-3}
OUT=${OUT:-$root/docs/PERFORMANCE.md}
TODAY=2026-06-30
OPEN="('open','acknowledged','extended','tolled','partial','appealed')"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

die() {
  echo "scale: $*" >&2
  exit 2
}
[ -x "$PUBREC" ] || die "no pubrec at '$PUBREC' (build it, or set PUBREC)"
[ -x "$GEN" ] || die "no generator at '$GEN' (cmake --build build)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is not installed"
[ -x /usr/bin/time ] || die "/usr/bin/time is not installed (apt-get install time)"
command -v task >/dev/null || die "taskwarrior is not installed (./setup.sh --bench)"
PERF=$(command -v perf || true)
PYTHON=${PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || die "no $PYTHON for bench/ics_to_tsv.py (set PYTHON)"
mkdir -p "$DIR"
# The iCalendar export's baseline: libical alone (bench/ics_floor.c).
floor=$DIR/ics_floor
"${CC:-cc}" -std=c11 -O2 "$here/ics_floor.c" $(pkg-config --cflags --libs libical) -o "$floor" ||
  die "cannot compile bench/ics_floor.c (libical-dev, pkg-config: ./setup.sh --bench)"
results=$DIR/results.tsv
touch "$results"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure SIZE COMMAND WHO CMD...: run CMD (output to /dev/null) RUNS times
# and append "SIZE COMMAND WHO wall_ms cpu_ms rss_kb" (best time, largest RSS).
pending=$tmp/pending.tsv
: >"$pending"
measure() {
  local size=$1 name=$2 who=$3
  shift 3
  local best_wall=999999999 best_cpu=999999999 rss=0 i t0 t1 wall cpu r
  for i in $(seq "$RUNS"); do
    # CPU: perf's task-clock (exact) when perf is there, else user + system
    # from /usr/bin/time (10 ms steps). Wall: the run without perf (a
    # write's single run includes perf's own start, a few milliseconds).
    # A write (ONCE=1) runs once: under perf and /usr/bin/time together.
    local wrap=()
    [ -n "${ONCE:-}" ] && [ -n "$PERF" ] && wrap=("$PERF" stat -x, -e task-clock -o "$tmp/perf" --)
    t0=$(date +%s%N)
    if ! "${wrap[@]}" /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; then
      echo "scale: '$name' ($who) failed:" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
    t1=$(date +%s%N)
    wall=$(((t1 - t0) / 1000000))
    read -r u s r <"$tmp/time"
    cpu=$(echo "($u + $s) * 1000 / 1" | bc)
    if [ ${#wrap[@]} -gt 0 ]; then
      cpu=$(awk -F, '$3 == "task-clock" { printf "%d", $1 + 0.5 }' "$tmp/perf")
    elif [ -n "$PERF" ] && [ -z "${ONCE:-}" ] &&
      $PERF stat -x, -e task-clock -o "$tmp/perf" -- "$@" >/dev/null 2>&1; then
      cpu=$(awk -F, '$3 == "task-clock" { printf "%d", $1 + 0.5 }' "$tmp/perf")
    fi
    [ "$wall" -lt "$best_wall" ] && best_wall=$wall
    [ "$cpu" -lt "$best_cpu" ] && best_cpu=$cpu
    [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$who" "$best_wall" "$best_cpu" "$rss" |
    tee -a "$pending"
}

# A sqlite3 script as one command line (the shell reads it from a file).
sql() {
  local f=$tmp/q$((++nsql)).sql
  cat >"$f"
  echo "$f"
}
nsql=0

gen_db() {
  local n=$1 db=$2 gen=${3:-$GEN}
  [ -s "$db" ] && return 0
  [ -n "$gen" ] || die "no '$db', and no BEFORE_GEN to make it"
  echo "scale: generating $db ..." >&2
  "$gen" "$n" "$db"
}

# The taskwarrior baseline: 10,000 pending tasks, built once.
tw=$DIR/taskwarrior
if [ ! -s "$tw/data/pending.data" ]; then
  mkdir -p "$tw/data"
  printf 'data.location=%s/data\nconfirmation=off\nverbose=nothing\n' "$tw" >"$tw/taskrc"
  awk 'BEGIN { for (i = 1; i <= 10000; i++)
         printf "{\"uuid\":\"00000000-0000-4000-8000-%012d\",\"description\":\"Generated task %d about topic %d\",\"status\":\"pending\",\"entry\":\"20260101T000000Z\",\"due\":\"2026%02d%02dT000000Z\",\"project\":\"p%d\"}\n", i, i, i % 97, 1 + i % 12, 1 + i % 28, i % 20 }' \
    >"$tw/tasks.json"
  TASKRC=$tw/taskrc task import "$tw/tasks.json" >/dev/null 2>&1
fi

# Run every command against one database: who = pubrec | before. (The 10M
# size needs about 15 GB of disk and, on a loaded 2-core machine, hours of
# generation: check df -h first.)
commands() {
  local size=$1 who=$2 bin=$3 db=$4
  local P=("$bin" --db "$db" --today "$TODAY")
  local lower
  lower=$(echo "$REF" | tr 'A-Z' 'a-z')
  measure "$size" "show REF" "$who" "${P[@]}" show "$lower"
  measure "$size" "log REF" "$who" "${P[@]}" log "$lower"
  measure "$size" "deadline REF --explain" "$who" "${P[@]}" deadline "$REF" --explain
  measure "$size" "list --status open" "$who" "${P[@]}" list --status open
  measure "$size" "list --overdue" "$who" "${P[@]}" list --overdue
  measure "$size" "list --status tolled" "$who" "${P[@]}" list --status tolled
  measure "$size" "list --agency CO03" "$who" "${P[@]}" list --agency CO03
  measure "$size" "list --kind appeal" "$who" "${P[@]}" list --kind appeal
  measure "$size" "list --due-within 14" "$who" "${P[@]}" list --due-within 14
  measure "$size" "due --within 14" "$who" "${P[@]}" due --within 14
  measure "$size" "report" "$who" "${P[@]}" report --format json --as-of "$TODAY"
  measure "$size" "ics" "$who" "${P[@]}" ics
  # Writes run once each (ONCE: no second run under perf, which would write again).
  ONCE=1 measure "$size" "add" "$who" "${P[@]}" add request --from NEWS01 --to FED03 \
    --received "$TODAY" --rule us-foia --subject "bench request"
  ONCE=1 measure "$size" "respond REF" "$who" "${P[@]}" respond "$OPENREF" --kind other --on "$TODAY" \
    --note bench
  # Each run closes a different day (a later run on the same day moves nothing).
  local RUNS_SAVED=$RUNS d
  for d in 15 16 17; do
    ONCE=1 RUNS=1 measure "$size" "closure add us-federal" "$who" "${P[@]}" closure add us-federal \
      "2026-06-$d" --note bench
  done
  ONCE=1 RUNS=1 measure "$size" "rule set co-cora" "$who" "${P[@]}" rule set co-cora --days 4
  ONCE=1 RUNS=1 measure "$size" "rule set co-cora" "$who" "${P[@]}" rule set co-cora --days 3
  RUNS=$RUNS_SAVED
}

baselines() {
  local size=$1 db=$2 bin=$3 S=(sqlite3 "$2")
  local cols="m.ref, m.kind, fa.code, ta.code, m.due, m.status, m.subject FROM matter m JOIN agency fa ON fa.id = m.from_agency JOIN agency ta ON ta.id = m.to_agency"
  local order="ORDER BY m.status IN $OPEN DESC, m.due IS NULL, m.due, m.ref"
  local agency
  agency=$(sqlite3 "$db" "SELECT id FROM agency WHERE code = 'CO03'")
  measure "$size" "show REF" baseline "${S[@]}" "SELECT * FROM matter WHERE ref = '$REF'"
  measure "$size" "log REF" baseline "${S[@]}" "SELECT * FROM event WHERE matter_id = (SELECT id FROM matter WHERE ref = '$REF') ORDER BY id"
  measure "$size" "deadline REF --explain" baseline "${S[@]}" "SELECT * FROM matter WHERE ref = '$REF'"
  measure "$size" "list --status open" baseline "${S[@]}" "SELECT $cols WHERE m.status IN $OPEN $order"
  measure "$size" "list --overdue" baseline "${S[@]}" "SELECT $cols WHERE m.status IN $OPEN AND m.due < '$TODAY' $order"
  measure "$size" "list --status tolled" baseline "${S[@]}" "SELECT $cols WHERE m.status = 'tolled' $order"
  measure "$size" "list --agency CO03" baseline "${S[@]}" "SELECT $cols WHERE m.from_agency = $agency OR m.to_agency = $agency $order"
  measure "$size" "list --kind appeal" baseline "${S[@]}" "SELECT $cols WHERE m.kind = 'appeal' $order"
  measure "$size" "list --due-within 14" baseline "${S[@]}" "SELECT $cols WHERE m.status IN $OPEN AND m.due <= date('$TODAY', '+14 days') $order"
  measure "$size" "due --within 14" baseline "${S[@]}" "SELECT $cols WHERE m.status IN $OPEN AND m.due <= date('$TODAY', '+14 days') $order"
  "$bin" --db "$db" report --format json --as-of "$TODAY" --sql >"$tmp/report.sql"
  measure "$size" "report" baseline sqlite3 "$db" ".read $tmp/report.sql"
  # The libical floor on the events pubrec's own export holds (DTSTAMP is
  # the time of the run: compared with it normalised).
  "$bin" --db "$db" --today "$TODAY" ics >"$tmp/pubrec.ics"
  "$PYTHON" "$here/ics_to_tsv.py" <"$tmp/pubrec.ics" >"$DIR/ics-$size.tsv"
  "$floor" "$DIR/ics-$size.tsv" | sed 's/^DTSTAMP:.*/DTSTAMP/' >"$tmp/floor.ics"
  sed -i 's/^DTSTAMP:.*/DTSTAMP/' "$tmp/pubrec.ics"
  cmp -s "$tmp/floor.ics" "$tmp/pubrec.ics" ||
    die "the libical floor's calendar differs from pubrec's at $size (compare $tmp/floor.ics $tmp/pubrec.ics)"
  rm -f "$tmp/floor.ics" "$tmp/pubrec.ics"
  measure "$size" "ics" baseline "$floor" "$DIR/ics-$size.tsv"
  rm -f "$DIR/ics-$size.tsv"
  local add
  add=$(sql <<SQL
BEGIN IMMEDIATE;
INSERT INTO ref_seq(prefix, year, last) VALUES ('REQ', 2026, 1)
  ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1;
INSERT INTO matter(uuid, ref, kind, from_agency, to_agency, subject, trigger_date, rule, due,
                   status, created_at, updated_at)
SELECT lower(hex(randomblob(16))), printf('REQ-2026-B%06d', last), 'request', 1, 24,
       'bench request', '$TODAY', 'us-foia', '2026-07-29', 'open', '$TODAY', '$TODAY'
FROM ref_seq WHERE prefix = 'REQ' AND year = 2026;
INSERT INTO deadline(matter_id, kind, due, rule, basis)
  VALUES (last_insert_rowid(), 'response', '2026-07-29', 'us-foia', 'bench');
INSERT INTO event(matter_id, at, on_date, kind, field, new_value, by_user, hash)
  SELECT max(id), '$TODAY', '$TODAY', 'created', 'status', 'open', 'bench',
    lower(hex(sha3((SELECT hash FROM history_head) || (SELECT uuid FROM matter WHERE id = (SELECT max(id) FROM matter)) || 'created', 256))) FROM matter;
INSERT INTO event(matter_id, at, on_date, kind, field, new_value, by_user, hash)
  SELECT max(id), '$TODAY', '$TODAY', 'due', 'due:response', '2026-07-29', 'bench',
    lower(hex(sha3((SELECT hash FROM history_head) || (SELECT uuid FROM matter WHERE id = (SELECT max(id) FROM matter)) || 'due', 256))) FROM matter;
UPDATE history_head SET last_id = (SELECT max(id) FROM event), hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1);
ROLLBACK;
SQL
  )
  ONCE=1 measure "$size" "add" baseline sqlite3 "$db" ".read $add"
  local respond
  respond=$(sql <<SQL
BEGIN IMMEDIATE;
INSERT INTO response(matter_id, kind, on_date, note, by_user, created_at)
  SELECT id, 'other', '$TODAY', 'bench', 'bench', '$TODAY' FROM matter WHERE ref = '$OPENREF';
INSERT INTO event(matter_id, at, on_date, kind, field, new_value, note, by_user, hash)
  SELECT id, '$TODAY', '$TODAY', 'response', 'response', 'other', 'bench', 'bench',
    lower(hex(sha3((SELECT hash FROM history_head) || uuid || 'response', 256)))
  FROM matter WHERE ref = '$OPENREF';
UPDATE history_head SET last_id = (SELECT max(id) FROM event), hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1);
ROLLBACK;
SQL
  )
  ONCE=1 measure "$size" "respond REF" baseline sqlite3 "$db" ".read $respond"
  # The matters a change can move, read with their deadlines, then their
  # deadlines, due dates and history rewritten (all of them: an upper bound
  # on the rows pubrec writes, which are only the moved ones).
  local d
  for d in 15 16 17; do
    local closure
    closure=$(sql <<SQL
BEGIN IMMEDIATE;
INSERT INTO closure(calendar, day, note) VALUES ('us-federal', '2026-05-$d', 'bench');
CREATE TEMP TABLE aff AS SELECT m.id FROM matter m JOIN agency a ON a.id = m.to_agency
  LEFT JOIN rule r ON r.code = m.rule
  WHERE m.status IN $OPEN AND m.trigger_date <= '2026-05-$d' AND (m.due IS NULL OR m.due >= '2026-05-$d')
    AND coalesce(r.calendar, a.calendar, 'us-federal') IN ('us-federal', 'us-federal-dc', 'us-federal-dco');
SELECT m.*, d.* FROM aff JOIN matter m ON m.id = aff.id JOIN deadline d ON d.matter_id = m.id;
UPDATE deadline SET due = date(due, '+1 day') WHERE matter_id IN (SELECT id FROM aff);
UPDATE matter SET due = date(due, '+1 day') WHERE id IN (SELECT id FROM aff);
INSERT INTO event(matter_id, at, on_date, kind, field, old_value, new_value, note, by_user, hash)
  SELECT id, '$TODAY', '2026-05-$d', 'due', 'due:response', '-', '+', 'closed', 'bench',
    lower(hex(sha3((SELECT hash FROM history_head) || id || 'closed', 256))) FROM aff;
UPDATE history_head SET last_id = (SELECT max(id) FROM event), hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1);
ROLLBACK;
SQL
    )
    ONCE=1 RUNS=1 measure "$size" "closure add us-federal" baseline sqlite3 "$db" ".read $closure"
  done
  local rule
  rule=$(sql <<SQL
BEGIN IMMEDIATE;
UPDATE rule SET count = count WHERE code = 'co-cora';
CREATE TEMP TABLE aff AS SELECT id FROM matter WHERE rule = 'co-cora' AND status IN $OPEN;
SELECT m.*, d.* FROM aff JOIN matter m ON m.id = aff.id JOIN deadline d ON d.matter_id = m.id;
UPDATE deadline SET due = date(due, '+1 day') WHERE matter_id IN (SELECT id FROM aff);
UPDATE matter SET due = date(due, '+1 day') WHERE id IN (SELECT id FROM aff);
INSERT INTO event(matter_id, at, on_date, kind, field, old_value, new_value, note, by_user, hash)
  SELECT id, '$TODAY', '$TODAY', 'due', 'due:response', '-', '+', 'rule', 'bench',
    lower(hex(sha3((SELECT hash FROM history_head) || id || 'rule', 256))) FROM aff;
UPDATE history_head SET last_id = (SELECT max(id) FROM event), hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1);
ROLLBACK;
SQL
  )
  ONCE=1 measure "$size" "rule set co-cora" baseline sqlite3 "$db" ".read $rule"
}

# Who is measured: pubrec and the baselines, and BEFORE when it is set
# (MEASURE="before baseline" measures only the older binary and the
# baselines, on its database).
MEASURE=${MEASURE:-pubrec baseline${BEFORE:+ before}}
has() { case " $MEASURE " in *" $1 "*) return 0 ;; esac; return 1; }
for n in "${sizes[@]}"; do
  : >"$pending"
  db=$DIR/$n.db bdb=$DIR/$n-before.db
  if has pubrec; then gen_db "$n" "$db"; bin=$PUBREC; else db=$bdb bin=$BEFORE; fi
  if has before; then
    [ -x "$BEFORE" ] || die "no older pubrec at '$BEFORE' (set BEFORE)"
    gen_db "$n" "$bdb" "$BEFORE_GEN"
  fi
  REF=$(sqlite3 "$db" "SELECT ref FROM matter WHERE id = $n / 2")
  OPENREF=$(sqlite3 "$db" "SELECT ref FROM matter WHERE status = 'open' AND id > $n / 2 LIMIT 1")
  echo "scale: $n matters ($(du -h "$db" | cut -f1)), $(sqlite3 "$db" 'SELECT count(*) FROM event')" \
    "history rows; REF $REF, open $OPENREF" >&2
  "$bin" --db "$db" list --status open >/dev/null # migrations, if any, before timing
  has pubrec && commands "$n" pubrec "$PUBREC" "$db"
  has baseline && baselines "$n" "$db" "$bin"
  if has before; then
    "$BEFORE" --db "$bdb" list --status open >/dev/null
    commands "$n" before "$BEFORE" "$bdb"
  fi
  if [ "$n" = 10000 ] && has baseline; then
    measure "$n" "list --status open" taskwarrior env TASKRC="$tw/taskrc" task list
  fi
  if [ "${KEEP_DB:-1}" != 1 ]; then
    rm -f "$db" "$db-wal" "$db-shm" "$bdb" "$bdb-wal" "$bdb-shm"
  fi
  # Replace earlier results of this size by whoever was measured now.
  awk -F'\t' 'NR == FNR { seen[$1 FS $3] = 1; next } !(($1 FS $3) in seen)' "$pending" "$results" \
    >"$tmp/keep"
  cat "$tmp/keep" "$pending" >"$results"
done

# The tables, then what was written by hand below the marker in the old file.
{
  "$here/scale_table.sh" "$results"
  [ ! -f "$OUT" ] || sed '1,/^<!-- Written by hand below this line/d' "$OUT"
} >"$tmp/out"
mv "$tmp/out" "$OUT"
echo "scale: wrote $OUT" >&2
