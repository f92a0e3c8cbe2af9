#!/usr/bin/env bash
# The live report page in headless Chromium (Debian's chromium), served by
# pubrec serve: the page renders (a screenshot with many colours), the DOM
# holds the fixture's rows, the injected subject stays text, and the page is
# live: after another process adds a matter, loading it again shows it. The
# Content-Security-Policy the server sends lets nothing load or run.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/serve_lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"
command -v chromium >/dev/null || { fail "chromium not found (apt-get install chromium)"; finish; }
export PUBREC_TODAY=$AS_OF

check "server starts" serve_start
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" "$@" 2>>"$T/chrome.err"
}
chrome --dump-dom "$BASE/report.html" >"$T/dom1.html"
check "DOM dumped" test -s "$T/dom1.html"
dom=$(cat "$T/dom1.html")
for row in "REQ-2019-0002" "SUB-2020-0004" "Detainer policy" "Received and processed by month"; do
  expect_contains "DOM has $row" "$dom" "$row"
done
expect_contains "the injected subject is text" "$dom" "&lt;script&gt;alert(1)&lt;/script&gt;"
check "no script element" test "$(grep -ci '<script' "$T/dom1.html")" -eq 0
chrome --screenshot="$T/shot.png" --window-size=1200,1600 "$BASE/report.html" >/dev/null
check "screenshot written" test -s "$T/shot.png"
if "$PYTHON" - "$T/shot.png" >"$T/png.out" 2>&1 <<'PY'; then pass; else fail "screenshot: $(cat "$T/png.out")"; fi
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
colours = set()
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if y % 8 == 0:
        for x in range(0, w, 8):
            colours.add(bytes(line[x * bpp:x * bpp + 3]))
assert len(colours) > 50, f"only {len(colours)} colours: blank?"
print(w, h, len(colours))
PY

# Live: another process adds a matter; the next load shows it.
expect_ok "add a request" --today "$AS_OF" add request --from NEWSROOM --to DENVER \
  --received 2020-02-28 --rule co-cora --subject "Freshly filed request"
chrome --dump-dom "$BASE/report.html" >"$T/dom2.html"
expect_contains "the new matter shows on reload" "$(cat "$T/dom2.html")" "Freshly filed request"
check "it was not there before" test "$(grep -c 'Freshly filed request' "$T/dom1.html")" -eq 0
csp=$(curl -sS -D - -o /dev/null "$BASE/report.html" | tr -d '\r' | sed -n 's/^Content-Security-Policy: //Ip')
expect_contains "CSP blocks scripts and loads" "$csp" "default-src 'none'"
check "Chromium's requests are logged" grep -q '"GET /report.html HTTP/1.1" 200' "$SERVE_LOG"
serve_stop TERM
expect_eq "the server stops cleanly (exit 0)" "$SERVE_RC" 0
finish
