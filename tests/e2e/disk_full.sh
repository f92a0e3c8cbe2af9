#!/usr/bin/env bash
# A full disk: pubrec says so in words ("the disk is full", not "disk I/O
# error" or "is not a pubrec database"), exits 1 with one line, and changes
# nothing; once there is room again the database verifies and takes the
# write. Two ways to fill a disk without privileges:
#  - a 1 MB tmpfs mounted in a user and mount namespace (unshare -rm), where
#    user namespaces are allowed (and as root): a real ENOSPC;
#  - always: a file size limit (ulimit -f, SIGXFSZ ignored), which the kernel
#    enforces as EFBIG and SQLite reports as a plain write error.
. "$SOURCE_DIR/tests/lib.sh"
export PUBREC_TODAY=2024-03-01
expect_ok "setup" agency add NEWS "The Newsroom"
expect_ok "setup" agency add FBI "Federal Bureau of Investigation"
expect_ok "setup" add request --from NEWS --to FBI --received 2024-02-01 --rule us-foia --subject first
rm -f "$DB-wal" "$DB-shm"
big=$(head -c 60000 /dev/zero | tr '\0' x)
count() { sqlite3 "$1" "SELECT count(*) FROM matter; SELECT count(*) FROM event" | tr '\n' ' '; }
base_count=$(count "$DB")

# one_line_with DESC ERRFILE RC NEEDLE: exit 1, one line, NEEDLE in it, and
# none of the old messages
one_line_with() {
  local desc=$1 err rc=$3 needle=$4
  err=$(cat "$2")
  [ "$rc" -eq 1 ] || { fail "$desc: exit $rc, want 1 (stderr: $err)"; return; }
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || { fail "$desc: not one line: $err"; return; }
  case "$err" in *"$needle"*) ;; *) fail "$desc: '$needle' not in: $err"; return ;; esac
  case "$err" in *"disk I/O error"* | *"not a pubrec database"*) fail "$desc: the old message: $err"; return ;; esac
  pass
}

# ---- a real full disk: a small tmpfs in a private mount namespace
M="$T/small"
mkdir -p "$M" "$T/r"
if unshare -rm sh -c 'mount -t tmpfs -o size=1m tmpfs "$1"' sh "$M" 2>/dev/null; then
  cat >"$T/inner.sh" <<'EOF'
# runs inside the namespace: $1 the mount point, $2 the database, $3 results
set -u
M=$1 R=$3
mount -t tmpfs -o size=1m tmpfs "$M" || exit 99
cp "$2" "$M/p.db"
sha256sum <"$M/p.db" >"$R/sum.before"
dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null
"$PUBREC" --db "$M/p.db" list >"$R/list.out" 2>"$R/list.err"; echo $? >"$R/list.rc"
"$PUBREC" --db "$M/p.db" agency add ICE "Immigration" >"$R/agency.out" 2>"$R/agency.err"; echo $? >"$R/agency.rc"
sha256sum <"$M/p.db" >"$R/sum.after"
ls "$M" >"$R/files.full"
# room for the -wal and -shm files, not for a 60 kB subject
rm -f "$M/fill"
dd if=/dev/zero of="$M/fill" bs=1k count=$(($(df -k "$M" | awk 'NR == 2 { print $4 }') - 48)) 2>/dev/null
"$PUBREC" --db "$M/p.db" add request --from NEWS --to FBI --received 2024-02-02 --rule us-foia \
  --subject "$BIG" >"$R/add.out" 2>"$R/add.err"; echo $? >"$R/add.rc"
rm -f "$M/fill"
"$PUBREC" --db "$M/p.db" verify >"$R/verify.out" 2>&1; echo $? >"$R/verify.rc"
sqlite3 "$M/p.db" "SELECT count(*) FROM matter; SELECT count(*) FROM event" | tr '\n' ' ' >"$R/count"
"$PUBREC" --db "$M/p.db" add request --from NEWS --to FBI --received 2024-02-02 --rule us-foia \
  --subject "$BIG" >"$R/add2.out" 2>"$R/add2.err"; echo $? >"$R/add2.rc"
EOF
  BIG=$big unshare -rm bash "$T/inner.sh" "$M" "$DB" "$T/r"
  if [ "$(cat "$T/r/list.rc" 2>/dev/null)" = "" ]; then
    fail "tmpfs: the commands did not run inside the namespace"
  else
    one_line_with "list on a full disk" "$T/r/list.err" "$(cat "$T/r/list.rc")" "the disk is full"
    expect_contains "list: why it needs room to read" "$(cat "$T/r/list.err")" "-wal and -shm"
    expect_eq "list: nothing printed" "$(cat "$T/r/list.out")" ""
    one_line_with "agency add on a full disk" "$T/r/agency.err" "$(cat "$T/r/agency.rc")" "the disk is full"
    expect_eq "the database file is unchanged" "$(cat "$T/r/sum.after")" "$(cat "$T/r/sum.before")"
    one_line_with "add when the write does not fit" "$T/r/add.err" "$(cat "$T/r/add.rc")" \
      "nothing was changed: the disk is full (free some space, then try again)"
    expect_eq "add: nothing printed" "$(cat "$T/r/add.out")" ""
    expect_eq "with room again, verify passes" "$(cat "$T/r/verify.rc")" 0
    expect_eq "the refused add left nothing" "$(cat "$T/r/count")" "$base_count"
    expect_eq "with room again, the add is written" "$(cat "$T/r/add2.rc")" 0
  fi
else
  echo "disk_full: no user namespace here (unshare -rm): the tmpfs part did not run; the ulimit part runs"
fi

# ---- a file size limit (runs anywhere)
cp "$DB" "$T/lim.db"
sum_before=$(sha256sum <"$T/lim.db")
# 20 kB: not even the 32 kB -shm file fits
(trap '' XFSZ; ulimit -f 20; "$PUBREC" --db "$T/lim.db" list >"$T/lim1.out" 2>"$T/lim1.err"; echo $? >"$T/lim1.rc")
one_line_with "list under a 20 kB file size limit" "$T/lim1.err" "$(cat "$T/lim1.rc")" \
  "the file size limit is reached (raise it with ulimit -f, then try again)"
rm -f "$T/lim.db-wal" "$T/lim.db-shm"
# 48 kB a file: the -shm file fits, a 60 kB subject in the write-ahead log does not
(trap '' XFSZ; ulimit -f 48; "$PUBREC" --db "$T/lim.db" add request --from NEWS --to FBI \
  --received 2024-02-02 --rule us-foia --subject "$big" >"$T/lim2.out" 2>"$T/lim2.err"; echo $? >"$T/lim2.rc")
one_line_with "add under a file size limit" "$T/lim2.err" "$(cat "$T/lim2.rc")" "nothing was changed"
expect_contains "add under a file size limit: names the limit" "$(cat "$T/lim2.err")" "ulimit -f"
expect_ok "verify after the refused add" --db "$T/lim.db" verify
expect_eq "the refused add left nothing" "$(count "$T/lim.db")" "$base_count"
expect_eq "the database file is unchanged" "$(sha256sum <"$T/lim.db")" "$sum_before"
finish
