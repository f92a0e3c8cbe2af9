#!/bin/bash
# serve.sh — pubrec serve on loopback: bodies equal `pubrec ics` and `pubrec
# report` for the same filters (DTSTAMP aside: the server stamps the time the
# state was first seen); Content-Type, ETag, Last-Modified, HEAD, 304 on a
# matching If-None-Match and a new ETag after another process writes; 400,
# 404, 405; a malformed request line, an over-long header and a slow client
# leave the server serving; tokens (--new-token, 0600; 404 without or with a
# wrong one, never logged); read-only open (an old schema is refused, not
# migrated); Common Log Format lines; a clean stop on SIGTERM and SIGINT.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/serve_lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"
export PUBREC_TODAY=$AS_OF
export HOME="$T/home"
command -v curl >/dev/null || { fail "curl not found"; finish; }

nostamp() { grep -v '^DTSTAMP:' "$1"; }
# same_ics DESC QUERY ICS-ARGS...: GET /calendar.ics?QUERY equals pubrec ics ARGS
same_ics() {
  local desc=$1 query=$2
  shift 2
  curl -sS -o "$T/got.ics" -w '%{http_code}' "$BASE$query" >"$T/code"
  "$PUBREC" ics "$@" >"$T/want.ics" 2>/dev/null
  expect_eq "$desc: status" "$(cat "$T/code")" 200
  if [ "$(nostamp "$T/got.ics")" = "$(nostamp "$T/want.ics")" ]; then pass; else
    fail "$desc: body differs from pubrec ics $*: $(diff <(nostamp "$T/want.ics") <(nostamp "$T/got.ics") | head -5)"
  fi
  check "$desc: has events or is a calendar" grep -q '^BEGIN:VCALENDAR' "$T/got.ics"
}

"$PUBREC" tag SUB-2020-0001 +urgent >/dev/null 2>&1 || fail "tag a matter"
check "server starts" serve_start --timeout 4

# ---- bodies ------------------------------------------------------------------
same_ics "calendar" /calendar.ics
same_ics "kind" "/calendar.ics?kind=subpoena" --kind subpoena
same_ics "tag" "/calendar.ics?tag=urgent" --tag urgent
same_ics "alarms" "/calendar.ics?alarms=3d,1d&reminder-events=1" --alarms 3d,1d --reminder-events
same_ics "status all" "/calendar.ics?status=all&from=2020-01-01&to=2020-12-31" --status all \
  --from 2020-01-01 --to 2020-12-31
same_ics "todo and name" "/calendar.ics?todo=1&name=My%20deadlines&refresh=30" --todo \
  --name "My deadlines" --refresh 30
same_ics "agency path" /agency/DENVER.ics --agency DENVER
check "kind filter leaves requests out" test "$(grep -c '^SUMMARY:.*REQ-' "$T/want.ics")" -gt 0
curl -sS "$BASE/calendar.ics?kind=subpoena" >"$T/k.ics"
expect_eq "no request in the subpoena feed" "$(grep -c '^SUMMARY:.*REQ-' "$T/k.ics")" 0

curl -sS -o "$T/got.json" "$BASE/report.json"
"$PUBREC" report --format json >"$T/want.json"
check "report.json equals pubrec report --format json" cmp -s "$T/got.json" "$T/want.json"
curl -sS -o "$T/got.html" "$BASE/report.html?agency=DENVER"
"$PUBREC" report --format html --agency DENVER >"$T/want.html"
check "report.html?agency= equals pubrec report" cmp -s "$T/got.html" "$T/want.html"
curl -sS -o "$T/got.csv" "$BASE/report.csv?as-of=2020-02-01"
"$PUBREC" report --format csv --as-of 2020-02-01 >"$T/want.csv"
check "report.csv?as-of= equals pubrec report" cmp -s "$T/got.csv" "$T/want.csv"
expect_eq "healthz" "$(curl -sS "$BASE/healthz")" "ok"

# ---- headers, HEAD, 304 ------------------------------------------------------
curl -sS -D "$T/h1" -o /dev/null "$BASE/calendar.ics"
hdr() { tr -d '\r' <"$1" | sed -n "s/^$2: //Ip" | head -1; }
expect_eq "content type" "$(hdr "$T/h1" Content-Type)" "text/calendar; charset=utf-8"
etag=$(hdr "$T/h1" ETag)
check "strong ETag" test -n "$etag" -a "${etag#W/}" = "$etag"
check "Last-Modified" test -n "$(hdr "$T/h1" Last-Modified)"
expect_eq "report.html type" "$(curl -sS -D - -o /dev/null "$BASE/report.html" | tr -d '\r' |
  sed -n 's/^Content-Type: //Ip')" "text/html; charset=utf-8"
curl -sS -I -o "$T/head" -w '%{size_download}' "$BASE/calendar.ics" >"$T/hsize"
expect_eq "HEAD: 200" "$(head -1 "$T/head" | tr -d '\r' | cut -d' ' -f2)" 200
expect_eq "HEAD: no body" "$(cat "$T/hsize")" 0
expect_eq "HEAD: Content-Length of the GET" "$(hdr "$T/head" Content-Length)" \
  "$(curl -sS "$BASE/calendar.ics" | wc -c)"
expect_eq "HEAD: same ETag" "$(hdr "$T/head" ETag)" "$etag"
rm -f "$T/b304"
code=$(curl -sS -o "$T/b304" -w '%{http_code}' -H "If-None-Match: $etag" "$BASE/calendar.ics")
expect_eq "304 on a matching ETag" "$code" 304
check "304 has no body" test ! -s "$T/b304"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: \"x\", W/$etag" "$BASE/calendar.ics")
expect_eq "304 on a weak ETag in a list" "$code" 304
code=$(curl -sS -o /dev/null -w '%{http_code}' -H 'If-None-Match: "other"' "$BASE/calendar.ics")
expect_eq "200 on another ETag" "$code" 200

# Another process writes: the next request sees it.
sleep 1 # a new second for Last-Modified
expect_ok "extend" extend REQ-2020-0003 --days 10 --on 2020-02-25
curl -sS -D "$T/h2" -o "$T/after.ics" -H "If-None-Match: $etag" "$BASE/calendar.ics"
expect_eq "200 after a change" "$(head -1 "$T/h2" | tr -d '\r' | cut -d' ' -f2)" 200
etag2=$(hdr "$T/h2" ETag)
check "a new ETag after a change" test -n "$etag2" -a "$etag2" != "$etag"
check "Last-Modified moved" test "$(hdr "$T/h2" Last-Modified)" != "$(hdr "$T/h1" Last-Modified)"
"$PUBREC" ics >"$T/want.ics"
check "the changed body equals pubrec ics" test "$(nostamp "$T/after.ics")" = "$(nostamp "$T/want.ics")"
check "the extension shows" grep -q '^SUMMARY:Extended due: REQ-2020-0003' "$T/after.ics"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag2" "$BASE/calendar.ics")
expect_eq "304 on the new ETag" "$code" 304
expect_ok "close a matter" status REQ-2020-0003 fulfilled --on 2020-02-26
curl -sS -o "$T/closed.ics" "$BASE/calendar.ics"
expect_eq "the closed matter's event is gone" "$(grep -c 'REQ-2020-0003' "$T/closed.ics")" 0

# ---- errors -------------------------------------------------------------------
code() { curl -sS -o "$T/body" -w '%{http_code}' "$@"; }
expect_eq "404 unknown path" "$(code "$BASE/nope")" 404
expect_eq "404 unknown agency" "$(code "$BASE/agency/NOPE.ics")" 404
expect_eq "404 token path without a token" "$(code "$BASE/t/abc/calendar.ics")" 404
expect_eq "405 POST" "$(code -X POST -d x=1 "$BASE/calendar.ics")" 405
expect_eq "405 PUT" "$(code -X PUT "$BASE/report.html")" 405
expect_eq "405 Allow header" "$(curl -sS -D - -o /dev/null -X DELETE "$BASE/calendar.ics" |
  tr -d '\r' | sed -n 's/^Allow: //Ip')" "GET, HEAD"
expect_eq "400 bad status" "$(code "$BASE/calendar.ics?status=bogus")" 400
expect_contains "400 says why" "$(cat "$T/body")" "unknown status 'bogus'"
expect_eq "400 bad alarms" "$(code "$BASE/calendar.ics?alarms=3x")" 400
expect_eq "400 unknown parameter" "$(code "$BASE/calendar.ics?label=foia")" 400
expect_eq "400 bad as-of" "$(code "$BASE/report.html?as-of=2020-02-30")" 400
expect_eq "400 agency twice" "$(code "$BASE/agency/ICE.ics?agency=DENVER")" 400
expect_eq "400 parameter twice" "$(code "$BASE/calendar.ics?kind=request&kind=subpoena")" 400
expect_eq "400 control character" "$(code "$BASE/calendar.ics?name=a%1Fkind%3Dx")" 400

# Malformed and hostile requests: the server answers or drops that one
# connection, and keeps serving.
raw() { # raw BYTES...: send them, print the status line
  exec 3<>"/dev/tcp/127.0.0.1/$PORT"
  printf "$@" >&3
  timeout 5 head -1 <&3 | tr -d '\r'
  exec 3>&-
}
# (libmicrohttpd drops a connection whose request line does not parse.)
for bad in 'GARBAGE\r\n\r\n' 'GET\r\n\r\n' '\x00\x01\x02 / HTTP/1.1\r\n\r\n'; do
  status=$(raw "$bad")
  case "$status" in *" 400 "* | "") pass ;; *) fail "malformed request line $bad: $status" ;; esac
  expect_eq "serving after $bad" "$(code "$BASE/healthz")" 200
done
expect_contains "bad HTTP version" "$(raw 'GET / HTTP/9.9\r\n\r\n')" "HTTP/1.1 "
long=$(head -c 100000 /dev/zero | tr '\0' a)
status=$(raw "GET /calendar.ics HTTP/1.1\r\nHost: x\r\nX-Long: $long\r\n\r\n")
case "$status" in *431* | *414* | *400* | "") pass ;; *) fail "over-long header: $status" ;; esac
expect_eq "still serving after bad requests" "$(code "$BASE/healthz")" 200
# A slow client sends half a request and waits: others are served meanwhile,
# and the idle connection is closed after --timeout (4 s). A server blocked
# by the slow client would answer only after the timeout.
exec 4<>"/dev/tcp/127.0.0.1/$PORT"
printf 'GET /calendar.ics HTTP/1.1\r\nHost: x\r\n' >&4
t0=$(date +%s%N)
expect_eq "served while a client is slow" "$(code "$BASE/healthz")" 200
check "and before the slow client's timeout" test $(( ($(date +%s%N) - t0) / 1000000 )) -lt 3500
if timeout 12 cat <&4 >/dev/null; then pass; else fail "the slow connection was not closed within the timeout"; fi
exec 4>&-
expect_eq "still serving after the slow client" "$(code "$BASE/healthz")" 200

# ---- the access log -----------------------------------------------------------
clf='^127\.0\.0\.1 - - \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} \+0000\] "[A-Z]+ [^"]* HTTP/1\.[01]" [0-9]{3} [0-9]+$'
check "log lines in Common Log Format" grep -Eq "$clf" "$SERVE_LOG"
check "a 304 is logged" grep -Eq '"GET /calendar.ics HTTP/1.1" 304 0$' "$SERVE_LOG"
check "a query is logged" grep -Fq '"GET /calendar.ics?kind=subpoena HTTP/1.1" 200 ' "$SERVE_LOG"
check "a POST is logged" grep -Eq '"POST /calendar.ics HTTP/1.1" 405 [0-9]+$' "$SERVE_LOG"
serve_stop TERM
expect_eq "SIGTERM: exit 0" "$SERVE_RC" 0
check "SIGTERM: stop logged" grep -q 'SIGTERM: stopping' "$SERVE_LOG"

# ---- tokens -------------------------------------------------------------------
expect_ok "new token" serve --new-token --token-file "$T/tok"
expect_contains "new token: says where" "$OUT" "wrote a new token to $T/tok"
expect_eq "token file mode 0600" "$(stat -c %a "$T/tok")" 600
token=$(cat "$T/tok")
check "token: 64 hex digits" test "$(printf '%s' "$token" | grep -Ec '^[0-9a-f]{64}$')" -eq 1
check "token not printed" test "${OUT#*$token}" = "$OUT"
expect_ok "new token again" serve --new-token --token-file "$T/tok"
check "a new token each time" test "$(cat "$T/tok")" != "$token"
token=$(cat "$T/tok")
expect_ok "default token file" serve --new-token
expect_eq "default token file mode" "$(stat -c %a "${XDG_CONFIG_HOME:-$HOME/.config}/pubrec/serve.token")" 600

check "server with a token starts" serve_start --token-file "$T/tok"
expect_eq "token: no token, 404" "$(code "$BASE/calendar.ics")" 404
last=${token: -1}
wrong="${token%?}$([ "$last" = 0 ] && echo 1 || echo 0)" # the last digit changed
expect_eq "token: wrong token, 404" "$(code "$BASE/t/$wrong/calendar.ics")" 404
expect_eq "token: short token, 404" "$(code "$BASE/t/abc/calendar.ics")" 404
expect_eq "token: prefix only, 404" "$(code "$BASE/t/$token")" 404
expect_eq "token: healthz needs it too" "$(code "$BASE/healthz")" 404
expect_eq "token: right token, 200" "$(code "$BASE/t/$token/calendar.ics")" 200
"$PUBREC" ics >"$T/want.ics"
check "token: same body" test "$(nostamp "$T/body")" = "$(nostamp "$T/want.ics")"
expect_eq "token: report" "$(code "$BASE/t/$token/report.html")" 200
# The token spelled with a %xx escape still routes, and is still not logged.
enc="%$(printf '%x' "'${token:0:1}")${token:1}"
expect_eq "token: escaped, 200" "$(code "$BASE/t/$enc/calendar.ics?kind=request")" 200
status=$(raw "GET http://127.0.0.1/t/$token/calendar.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
check "token: absolute-form request answered" test -n "$status"
serve_stop INT
expect_eq "SIGINT: exit 0" "$SERVE_RC" 0
check "the token is never logged" test "$(grep -c "$token" "$SERVE_LOG")" -eq 0
check "nor its escaped form" test "$(grep -c "${token:1}" "$SERVE_LOG")" -eq 0
check "the query is logged after the redacted path" \
  grep -q '"GET /t/-/calendar.ics?kind=request HTTP/1.1" 200' "$SERVE_LOG"
check "the token is redacted in the log" grep -q '"GET /t/-/calendar.ics HTTP/1.1" 200' "$SERVE_LOG"
check "wrong tokens are logged redacted" grep -q '"GET /t/-/calendar.ics HTTP/1.1" 404' "$SERVE_LOG"

# Beyond loopback a token is required; a short or missing token file is refused.
rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/pubrec/serve.token"
expect_refused "0.0.0.0 without a token" 2 "needs a token" serve --listen 0.0.0.0:0
printf 'short\n' >"$T/short"
expect_refused "short token" 1 "shorter than 32" serve --token-file "$T/short"
expect_refused "missing token file" 1 "cannot read the token file" serve --token-file "$T/none"
expect_refused "bad listen" 2 "invalid port" serve --listen 127.0.0.1:99999
expect_refused "new-token with listen" 2 "--new-token only writes" serve --new-token --listen 1

# ---- read-only -----------------------------------------------------------------
cp "$DB" "$T/old.db"
sqlite3 "$T/old.db" "PRAGMA user_version = 3"
DB="$T/old.db" expect_refused "old schema refused" 1 "older than this pubrec" --db "$T/old.db" serve
expect_eq "old schema left as it was" "$(sqlite3 "$T/old.db" 'PRAGMA user_version')" 3
expect_refused "missing database" 1 "pubrec init" --db "$T/none.db" serve
check "no database created" test ! -e "$T/none.db"
finish
