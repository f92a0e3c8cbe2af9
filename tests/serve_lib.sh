# tests/serve_lib.sh — start and stop `pubrec serve` in a test (sourced after
# tests/lib.sh). The server listens on loopback port 0 (the kernel picks a
# free port, so parallel tests never collide) and the port is read from its
# "serving ..." line; the EXIT trap stops it, then removes $T.
SERVE_PID=
SERVE_LOG=

# serve_start [ARGS...]: start the server, set $PORT and $BASE (http://127.0.0.1:PORT).
serve_start() {
  SERVE_LOG="$T/serve.$$.$RANDOM.log"
  "$PUBREC" serve --listen 127.0.0.1:0 "$@" 2>"$SERVE_LOG" &
  SERVE_PID=$!
  local i
  for i in $(seq 1 100); do
    PORT=$(sed -n 's|^pubrec: serving .* at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$SERVE_LOG")
    [ -n "$PORT" ] && break
    kill -0 "$SERVE_PID" 2>/dev/null || break
    sleep 0.05
  done
  if [ -z "$PORT" ]; then
    echo "serve_start: the server did not start: $(cat "$SERVE_LOG")" >&2
    SERVE_PID=
    return 1
  fi
  BASE="http://127.0.0.1:$PORT"
}

# serve_stop [SIGNAL]: stop the server (TERM by default); $SERVE_RC is its exit status.
serve_stop() {
  SERVE_RC=
  [ -n "$SERVE_PID" ] || return 0
  kill -"${1:-TERM}" "$SERVE_PID" 2>/dev/null
  wait "$SERVE_PID"
  SERVE_RC=$?
  SERVE_PID=
}

trap 'serve_stop; rm -rf "$T"' EXIT
