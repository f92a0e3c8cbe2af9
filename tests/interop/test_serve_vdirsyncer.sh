#!/usr/bin/env bash
# vdirsyncer (Debian) subscribed to pubrec serve's feed: an `http` storage
# on /calendar.ics paired with a `filesystem` storage (a vdir, one .ics per
# event). Synced once: one file per open deadline. Synced again after an
# extension: the matter's one event shows the extended date. Synced
# again after a closure (a matter fulfilled) and a production response: the
# closed matters' events are removed from the vdir.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/serve_lib.sh"
command -v vdirsyncer >/dev/null || { fail "vdirsyncer not found (apt-get install vdirsyncer)"; finish; }
export PUBREC_TODAY=2020-03-02

expect_ok "agency ICE" agency add ICE "U.S. Immigration and Customs Enforcement"
expect_ok "agency DENVER" agency add DENVER "City and County of Denver"
expect_ok "subpoena" add subpoena --from ICE --to DENVER --served 2020-02-20 --days 14 --subject "Sub one"
expect_ok "request" add request --from ICE --to DENVER --received 2020-02-21 --rule co-cora --subject "Req two"
expect_ok "second subpoena" add subpoena --from ICE --to DENVER --served 2020-02-24 --days 10 --subject "Sub three"

check "server starts" serve_start
mkdir -p "$T/vds/cal" "$T/vds/status"
cat >"$T/vds/config" <<CONF
[general]
status_path = "$T/vds/status/"

[pair feed]
a = "feed_remote"
b = "feed_local"
collections = null
conflict_resolution = "a wins"

[storage feed_remote]
type = "http"
url = "$BASE/calendar.ics"

[storage feed_local]
type = "filesystem"
path = "$T/vds/cal/"
fileext = ".ics"
CONF
vds() { vdirsyncer -c "$T/vds/config" "$@" >>"$T/vds.log" 2>&1; }
# vdir_field REF PROP: PROP of the vdir's one event whose SUMMARY names REF.
# (vdirsyncer rewrites UIDs with characters outside its safe set, '@'
# included, into hashes, so the events are found by their reference.)
vdir_field() {
  local files
  files=$(grep -l "^SUMMARY:.*$1" "$T"/vds/cal/*.ics 2>/dev/null)
  [ "$(printf '%s\n' "$files" | grep -c .)" -eq 1 ] || { echo "not one event for $1: $files"; return; }
  grep -h "^$2" $files | tr -d '\r' | head -1
}
nfiles() { find "$T/vds/cal" -name '*.ics' | wc -l; }

check "vdirsyncer discover" vds discover
check "first sync" vds sync
expect_eq "one file per open deadline" "$(nfiles)" 3
expect_eq "the subpoena's date" "$(vdir_field SUB-2020-0001 DTSTART)" "DTSTART;VALUE=DATE:20200305"

expect_ok "extend" extend SUB-2020-0001 --days 7 --on 2020-02-25
check "sync after the extension" vds sync
expect_eq "still three events" "$(nfiles)" 3
expect_eq "one event, moved date" "$(vdir_field SUB-2020-0001 DTSTART)" "DTSTART;VALUE=DATE:20200312"
expect_contains "titled extended" "$(vdir_field SUB-2020-0001 SUMMARY)" "Extended due: SUB-2020-0001"

expect_ok "close the request" status REQ-2020-0001 fulfilled --on 2020-02-26
expect_ok "a production response" respond SUB-2020-0002 --kind production --on 2020-02-27 --pages 3
check "sync after the closures" vds sync
expect_eq "the closed matters' events are gone" "$(nfiles)" 1
check "no REQ-2020-0001 in the vdir" test "$(grep -l 'REQ-2020-0001' "$T"/vds/cal/*.ics | wc -l)" -eq 0
check "no SUB-2020-0002 in the vdir" test "$(grep -l 'SUB-2020-0002' "$T"/vds/cal/*.ics | wc -l)" -eq 0
expect_eq "the extended event stays" "$(vdir_field SUB-2020-0001 DTSTART)" "DTSTART;VALUE=DATE:20200312"
check "the server logged vdirsyncer's requests" grep -q '"GET /calendar.ics HTTP/1.1" 200' "$SERVE_LOG"
[ "$FAILS" -eq 0 ] || cat "$T/vds.log" >&2
serve_stop TERM
expect_eq "the server stops cleanly (exit 0)" "$SERVE_RC" 0
finish
