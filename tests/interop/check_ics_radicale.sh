#!/bin/sh
# check_ics_radicale.sh FILE.ics -- serve FILE from a throwaway Radicale and
# read it back.
#
# Starts Radicale (Debian's 3.1.x) on 127.0.0.1 on a free port with a temp
# config, temp storage and no authentication, waits until it answers, then:
#   1. MKCALENDAR /pubrec/deadlines/                      -> 201
#   2. PUT the whole file to that collection URL           -> 201 (Radicale
#      replaces a collection's contents with a whole calendar; it validates
#      every component with vobject and rejects duplicate UIDs, answering 400)
#   3. GET the collection back: it must hold the same VEVENT/VTODO count and
#      UID set as FILE, and --verify-storage must pass.
# The server is killed on exit. A missing radicale or curl is a failure.
# Exits 0 on success, 1 otherwise.
set -u

fail() {
  echo "FAIL: $*" >&2
  [ -n "${tmp:-}" ] && [ -s "$tmp/server.log" ] && { echo "--- radicale log:" >&2; tail -n 30 "$tmp/server.log" >&2; }
  exit 1
}

[ $# -eq 1 ] || { echo "usage: $0 FILE.ics" >&2; exit 2; }
ics=$1
[ -r "$ics" ] || fail "cannot read '$ics'"
command -v radicale >/dev/null 2>&1 || fail "radicale is not installed"
command -v curl >/dev/null 2>&1 || fail "curl is not installed"
PY=/usr/bin/python3
[ -x "$PY" ] || fail "$PY is missing"

tmp=$(mktemp -d) || fail "mktemp failed"
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# A free port: bind to port 0 and read what the kernel picked.
port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()') ||
  fail "cannot find a free port"

cat >"$tmp/config" <<EOF
[server]
hosts = 127.0.0.1:$port
max_content_length = 200000000
timeout = 120

[auth]
type = none

[rights]
type = owner_only

[storage]
filesystem_folder = $tmp/collections

[web]
type = none

[logging]
level = warning
mask_passwords = True
EOF

HOME="$tmp" radicale --config "$tmp/config" >"$tmp/server.log" 2>&1 &
pid=$!

base="http://127.0.0.1:$port"
# auth type none accepts any user; the user name owns /pubrec/.
curl_() { curl -s -u pubrec:x --max-time 120 "$@"; }
i=0
until curl_ -o /dev/null "$base/.web/" 2>/dev/null || curl_ -o /dev/null -X OPTIONS "$base/" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || fail "radicale exited at startup"
  i=$((i + 1))
  [ $i -lt 100 ] || fail "radicale did not listen on port $port within 10 s"
  sleep 0.1
done

coll="$base/pubrec/deadlines/"
code=$(curl_ -o "$tmp/mk.out" -w '%{http_code}' -X MKCALENDAR "$coll")
[ "$code" = 201 ] || { cat "$tmp/mk.out" >&2; echo >&2; fail "MKCALENDAR answered $code, expected 201"; }

code=$(curl_ -o "$tmp/put.out" -w '%{http_code}' -X PUT -H 'Content-Type: text/calendar; charset=utf-8' \
  --data-binary "@$ics" "$coll")
[ "$code" = 201 ] || { cat "$tmp/put.out" >&2; echo >&2; fail "PUT of the whole calendar answered $code, expected 201"; }

code=$(curl_ -o "$tmp/get.ics" -w '%{http_code}' "$coll")
[ "$code" = 200 ] || fail "GET of the collection answered $code, expected 200"

# Same components and UIDs back out.
"$PY" - "$ics" "$tmp/get.ics" <<'EOF' || fail "calendar read back from Radicale differs"
import sys

def uids(path):
    data = open(path, "rb").read().decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    out, kind = [], None
    for line in data.splitlines():
        if line in ("BEGIN:VEVENT", "BEGIN:VTODO"):
            kind = line[6:]
        elif line in ("END:VEVENT", "END:VTODO"):
            kind = None
        elif kind and line.startswith("UID:"):
            out.append((kind, line[4:]))
    return sorted(out)

a, b = uids(sys.argv[1]), uids(sys.argv[2])
if a != b:
    sys.stderr.write("sent %d components, got %d back; missing %r, extra %r\n"
                     % (len(a), len(b), sorted(set(a) - set(b))[:5], sorted(set(b) - set(a))[:5]))
    sys.exit(1)
pass
EOF
n=$("$PY" -c '
import sys
d = open(sys.argv[1], "rb").read().decode("utf-8")
print(d.count("\r\nBEGIN:VEVENT\r\n") + d.count("\r\nBEGIN:VTODO\r\n"))' "$tmp/get.ics")

kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=
HOME="$tmp" radicale --config "$tmp/config" --verify-storage >"$tmp/verify.log" 2>&1 ||
  { cat "$tmp/verify.log" >&2; fail "radicale --verify-storage failed"; }
if grep -Eiq 'error|warning' "$tmp/server.log"; then
  cat "$tmp/server.log" >&2
  fail "radicale logged warnings or errors"
fi
echo "PASS $ics: Radicale (port $port) MKCALENDAR 201, PUT 201, GET returns all $n components"
