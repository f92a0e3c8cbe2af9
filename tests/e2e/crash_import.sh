#!/usr/bin/env bash
# kill -9 at random moments during an import, alternately of an export
# (JSON Lines) and of a spreadsheet (CSV), each file big enough that its
# import takes about a second: after each kill `pubrec verify` passes and the
# database holds the whole import or none of it. The inputs are made once:
# the CSV by Python, the JSON Lines by cloning one real exported matter N
# times (new ids, uuids and references, the history chain recomputed as
# tests/chain.py does). The sizes are calibrated here (this build, this
# machine's load) so that each import takes about 1.2 s, which keeps the 50
# kills under a minute even under a sanitizer: about 700 CSV rows and 4000
# matters on an idle machine's normal build. KILLS=N (default 50),
# CSV_ROWS=N and MATTERS=N set them by hand.
. "$SOURCE_DIR/tests/lib.sh"
KILLS=${KILLS:-50}
export PUBREC_TODAY=2024-06-01

# ---- the inputs, once
"$PUBREC" --db "$T/empty.db" init >/dev/null || fail "init"
cp "$T/empty.db" "$T/base_csv.db"
"$PUBREC" --db "$T/base_csv.db" agency add NEWS "The Newsroom" >/dev/null || fail "setup"
"$PUBREC" --db "$T/base_csv.db" agency add FBI "Federal Bureau of Investigation" >/dev/null || fail "setup"
make_csv() { # ROWS FILE
"$PYTHON" - "$1" >"$2" <<'PY'
import sys
statuses = ["open", "acknowledged", "fulfilled", "denied", "partial"]
print("key,from,to,subject,trigger_date,rule,status,tags")
for i in range(int(sys.argv[1])):
    day = "2024-%02d-%02d" % (1 + i % 5, 1 + i % 28)
    print('k%d,NEWS,FBI,"Request %d, about ""things""",%s,us-foia,%s,t%d' % (i, i, day, statuses[i % 5], i % 7))
PY
}
cp "$T/base_csv.db" "$T/one.db"
"$PUBREC" --db "$T/one.db" add request --from NEWS --to FBI --received 2024-05-02 --rule us-foia \
  --subject "the template matter" >/dev/null || fail "template matter"
"$PUBREC" --db "$T/one.db" export -o "$T/one.jsonl" || fail "template export"
make_jsonl() { # MATTERS FILE
"$PYTHON" - "$T/one.jsonl" "$1" >"$2" <<'PY' || fail "cloning the export"
import hashlib, json, sys, uuid
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
n = int(sys.argv[2])
header, rows = lines[0], [json.loads(l) for l in lines[1:]]
order, by = [], {}
for r in rows:
    if r["table"] not in by:
        order.append(r["table"])
        by[r["table"]] = []
    by[r["table"]].append(r["row"])
assert len(by["matter"]) == 1 and not set(by) & {"response", "extension", "toll", "tag", "matter_parent"}

def field(v):
    if v is None:
        return b"-\n"
    b = str(v).encode("utf-8")
    return str(len(b)).encode() + b":" + b + b"\n"

def out(table, row):
    print(json.dumps({"table": table, "row": row}, ensure_ascii=False, separators=(",", ":")))

m0 = by["matter"][0]
prefix, year = m0["ref"].split("-")[0], int(m0["ref"].split("-")[1])
uuids = [str(uuid.UUID(int=i + 1, version=4)) for i in range(n)]
print(header)
for table in order:
    if table == "ref_seq":
        for r in by[table]:
            if r["prefix"] == prefix and r["year"] == year:
                r = dict(r, last=n)
            out(table, r)
    elif table == "matter":
        for i in range(n):
            out(table, dict(m0, id=i + 1, uuid=uuids[i], ref="%s-%d-%05d" % (prefix, year, i + 1)))
    elif table == "event":
        prev, eid = "0" * 64, 0
        for i in range(n):
            for e in by["event"]:
                eid += 1
                e = dict(e, id=eid, matter_id=i + 1)
                h = hashlib.sha256(b"pubrec-event-v1\n" + prev.encode() + b"\n")
                for v in (eid, uuids[i], e["at"], e["on_date"], e["kind"], e["field"],
                          e["old_value"], e["new_value"], e["note"], e["by_user"]):
                    h.update(field(v))
                prev = e["hash"] = h.hexdigest()
                out(table, e)
    elif table == "history_head":
        out(table, dict(by[table][0], last_id=eid, hash=prev))
    elif table == "deadline":
        for i in range(n):
            for d in by[table]:
                out(table, dict(d, matter_id=i + 1))
    else:
        for r in by[table]:
            out(table, r)
PY
}

# ---- calibration: how many rows take about 1.2 s here
ms_of() { # DB CMD...: run CMD on a copy of DB, print its milliseconds
  local db=$1
  shift
  cp "$db" "$T/cal.db"
  rm -f "$T/cal.db-wal" "$T/cal.db-shm"
  local t0
  t0=$(date +%s%N)
  "$@" >/dev/null || fail "calibration: $*"
  echo $((($(date +%s%N) - t0) / 1000000 + 1))
}
if [ -z "${CSV_ROWS:-}" ]; then
  make_csv 150 "$T/data.csv"
  m=$(ms_of "$T/base_csv.db" "$PUBREC" --db "$T/cal.db" import --csv "$T/data.csv" --key key)
  CSV_ROWS=$((150 * 1200 / m))
  [ "$CSV_ROWS" -lt 150 ] && CSV_ROWS=150
  [ "$CSV_ROWS" -gt 3000 ] && CSV_ROWS=3000
fi
if [ -z "${MATTERS:-}" ]; then
  make_jsonl 1000 "$T/data.jsonl"
  m=$(ms_of "$T/empty.db" "$PUBREC" --db "$T/cal.db" import "$T/data.jsonl")
  MATTERS=$((1000 * 1200 / m))
  [ "$MATTERS" -lt 500 ] && MATTERS=500
  [ "$MATTERS" -gt 20000 ] && MATTERS=20000
fi
echo "sizes: $CSV_ROWS CSV rows, $MATTERS matters"
make_csv "$CSV_ROWS" "$T/data.csv"
make_jsonl "$MATTERS" "$T/data.jsonl"

state() { # what an import adds: matters, history, deadlines, agencies, tags
  sqlite3 "$1" "SELECT count(*) FROM matter; SELECT count(*) FROM event; SELECT count(*) FROM deadline;
                SELECT count(*) FROM agency; SELECT count(*) FROM tag" | tr '\n' ' '
}
import_cmd() { # KIND DB: the import command, in the array cmd
  if [ "$1" = csv ]; then
    cmd=("$PUBREC" --db "$2" import --csv "$T/data.csv" --key key)
  else
    cmd=("$PUBREC" --db "$2" import "$T/data.jsonl")
  fi
}

# ---- the uninterrupted runs: what "all there" looks like, and how long it takes
declare -A base ref ms
for kind in csv jsonl; do
  b=$T/base_$kind.db
  [ "$kind" = jsonl ] && b=$T/empty.db
  base[$kind]=$(state "$b")
  cp "$b" "$T/ref.db"
  t0=$(date +%s%N)
  import_cmd "$kind" "$T/ref.db"
  "${cmd[@]}" >/dev/null || fail "the reference $kind import"
  ms[$kind]=$((($(date +%s%N) - t0) / 1000000))
  ref[$kind]=$(state "$T/ref.db")
  expect_ok "the reference $kind import verifies" --db "$T/ref.db" verify
  check "the $kind import adds something" test "${ref[$kind]}" != "${base[$kind]}"
  echo "reference $kind import: ${ms[$kind]} ms, state ${base[$kind]}-> ${ref[$kind]}"
done

declare -A committed rolled
committed[csv]=0 committed[jsonl]=0 rolled[csv]=0 rolled[jsonl]=0
for k in $(seq "$KILLS"); do
  kind=csv
  [ $((k % 2)) -eq 0 ] && kind=jsonl
  b=$T/base_$kind.db
  [ "$kind" = jsonl ] && b=$T/empty.db
  cp "$b" "$T/k.db"
  rm -f "$T/k.db-wal" "$T/k.db-shm"
  import_cmd "$kind" "$T/k.db"
  "${cmd[@]}" >/dev/null 2>&1 &
  pid=$!
  # A random moment from start-up to a little after the usual end.
  m=${ms[$kind]}
  delay=$(((RANDOM * 32768 + RANDOM) % (m + m / 5 + 1)))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ! "$PUBREC" --db "$T/k.db" verify >"$T/v.out" 2>&1; then
    fail "kill $k ($kind) after ${delay} ms: verify failed: $(cat "$T/v.out")"
    continue
  fi
  s=$(state "$T/k.db")
  if [ "$s" = "${ref[$kind]}" ]; then
    committed[$kind]=$((committed[$kind] + 1))
  elif [ "$s" = "${base[$kind]}" ]; then
    rolled[$kind]=$((rolled[$kind] + 1))
  else
    fail "kill $k ($kind) after ${delay} ms: a partial import: $s (before: ${base[$kind]}, whole: ${ref[$kind]})"
    continue
  fi
  pass
done
for kind in csv jsonl; do
  echo "$kind kills: all there: ${committed[$kind]}; none of it: ${rolled[$kind]}"
  check "some $kind kills landed before the commit" test "${rolled[$kind]}" -gt 0
done
finish
