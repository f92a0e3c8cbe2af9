#!/usr/bin/env bash
# The HTML report in headless Chromium (Debian's chromium): it renders (the
# screenshots at 1280 and 390 px are not blank: many colours, the dark
# header, the chart blue), the DOM holds the expected rows, the injected
# subject <script>alert(1)</script> stays text: no script element in the
# page; and laid out at 390, 800 and 1280 px (in an iframe of that width, as
# headless windows have a minimum width), no element is wider than the
# viewport, chart text is 11 px or more, dates and codes do not wrap, and up
# to 900 px every table is stacked cards with every field labelled.
. "$SOURCE_DIR/tests/lib.sh"
. "$SOURCE_DIR/tests/golden/report/fixture.sh"
command -v chromium >/dev/null || { fail "chromium not found (apt-get install chromium)"; finish; }

expect_ok "html report" report --as-of "$AS_OF" --format html -o "$T/report.html"
check "no <script> tag in the file" test "$(grep -ci '<script' "$T/report.html")" -eq 0
check "no network reference" test "$(grep -cE '(src|href)=|url\(|@import' "$T/report.html")" -eq 0

chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" "$@" 2>>"$T/chrome.err"
}
chrome --screenshot="$T/shot.png" --window-size=1280,2000 "file://$T/report.html" >/dev/null
check "screenshot written" test -s "$T/shot.png"
chrome --screenshot="$T/phone.png" --window-size=390,4000 "file://$T/report.html" >/dev/null
chrome --dump-dom "file://$T/report.html" >"$T/dom.html"
check "DOM dumped" test -s "$T/dom.html"

# Pixels, with zlib only (no PIL on Debian's python3 by default).
for png in shot phone; do
  if "$PYTHON" - "$T/$png.png" >"$T/png.out" 2>&1 <<'PY'; then pass; else fail "$png.png: $(cat "$T/png.out")"; fi
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
assert depth == 8 and ctype in (2, 6), f"unexpected PNG format {depth}/{ctype}"
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
colours = {}
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
    if y % 4 == 0:
        for x in range(0, w, 4):
            px = bytes(line[x * bpp:x * bpp + 3])
            colours[px] = colours.get(px, 0) + 1
total = sum(colours.values())
top = max(colours.values())
assert len(colours) > 50, f"only {len(colours)} colours: blank?"
assert top < 0.9 * total, "one colour covers over 90% of the page"
def near(rgb, tol=40):
    return sum(v for k, v in colours.items() if all(abs(k[i] - rgb[i]) <= tol for i in range(3)))
assert near((0x1d, 0x24, 0x33), 10) > 0.01 * total, "no dark header"
assert near((0x24, 0x56, 0xa6), 20) > 0, "no chart blue"
print(w, h, len(colours))
PY
done

# Layout, measured by a script in a page that frames the report at a width.
layout() { # layout WIDTH: the measurements as JSON
  cat >"$T/frame$1.html" <<HTML
<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="report.html" style="width:$1px;height:6000px;border:0"></iframe>
<script>
document.getElementById('f').onload = function () {
  var doc = this.contentDocument, win = this.contentWindow;
  var vw = doc.documentElement.clientWidth;
  var out = {vw: vw, wide: [], small: [], wrapped: [], unlabelled: [], cards: 0, rows: 0, svg_text: 0, html_chart: 0};
  function shown(e) { return e.getClientRects().length > 0; }
  function name(e) { return e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 30) + '"'; }
  doc.querySelectorAll('body *').forEach(function (e) {
    if (!shown(e)) return;
    var r = e.getBoundingClientRect();
    if (r.right > vw + 0.5 || r.left < -0.5) out.wide.push(name(e) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  });
  doc.querySelectorAll('svg text').forEach(function (t) {
    if (!shown(t) || !t.textContent.trim()) return;
    out.svg_text++;
    var px = parseFloat(win.getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    if (px < 10.95) out.small.push('svg ' + name(t) + ' ' + px.toFixed(1) + 'px');
  });
  doc.querySelectorAll('.hchart *').forEach(function (e) {
    if (!shown(e) || !e.textContent.trim() || e.children.length) return;
    out.html_chart++;
    var px = parseFloat(win.getComputedStyle(e).fontSize);
    if (px < 10.95) out.small.push(name(e) + ' ' + px.toFixed(1) + 'px');
  });
  doc.querySelectorAll('td.ref, .nw').forEach(function (td) {
    if (!shown(td)) return;
    var w = doc.createTreeWalker(td, NodeFilter.SHOW_TEXT), n, tops = {};
    while ((n = w.nextNode())) {
      var rg = doc.createRange();
      rg.selectNodeContents(n);
      Array.prototype.forEach.call(rg.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
    }
    if (Object.keys(tops).length > 1) out.wrapped.push(td.textContent.trim());
  });
  doc.querySelectorAll('table.cards tbody tr').forEach(function (tr) {
    out.rows++;
    if (win.getComputedStyle(tr).display === 'block') out.cards++;
    tr.querySelectorAll('td').forEach(function (td) {
      if (!td.hasAttribute('colspan') && (!td.getAttribute('data-label') || !shown(td))) out.unlabelled.push(td.textContent.trim());
    });
  });
  var pre = document.createElement('pre');
  pre.id = 'layout';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
};
</script></body></html>
HTML
  chrome --allow-file-access-from-files --dump-dom "file://$T/frame$1.html" |
    sed -n 's/.*<pre id="layout">\(.*\)<\/pre>.*/\1/p'
}
for width in 390 800 1280; do
  layout "$width" >"$T/layout$width.json"
  if "$PYTHON" - "$T/layout$width.json" "$width" <<'PY'; then pass; else fail "layout at $width px"; fi
import json, sys
raw = open(sys.argv[1]).read().replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
d, width = json.loads(raw), int(sys.argv[2])
problems = []
if abs(d["vw"] - width) > 20: problems.append(f"viewport {d['vw']}, not about {width}")
if d["wide"]: problems.append(f"wider than the viewport: {d['wide'][:5]}")
if d["small"]: problems.append(f"chart text under 11 px: {d['small'][:5]}")
if d["wrapped"]: problems.append(f"dates or codes wrapped: {d['wrapped'][:5]}")
if d["unlabelled"]: problems.append(f"fields without a label or hidden: {d['unlabelled'][:5]}")
if d["rows"] < 20: problems.append(f"only {d['rows']} table rows")
want_cards = d["rows"] if width <= 900 else 0
if d["cards"] != want_cards: problems.append(f"{d['cards']} of {d['rows']} rows are cards, want {want_cards}")
if d["html_chart"] + d["svg_text"] < 20: problems.append("charts have no text")
if width > 1100 and d["svg_text"] < 20: problems.append("no monthly SVG on a wide screen")
if problems:
    print(f"{width} px: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
print(width, d["cards"], d["rows"], d["svg_text"], d["html_chart"])
PY
done

dom=$(cat "$T/dom.html")
for row in "REQ-2019-0002" "SUB-2020-0004" "REQ-2020-0003" "Detainer policy" "Old open request" \
  ">75.0%<" "Received and processed by month"; do
  expect_contains "DOM has $row" "$dom" "$row"
done
expect_contains "the injected subject is text" "$dom" "&lt;script&gt;alert(1)&lt;/script&gt;"
if "$PYTHON" - "$T/dom.html" <<'PY'; then pass; else fail "the DOM has a script element or a broken table"; fi
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.scripts = 0; self.svgs = 0; self.rects = 0; self.texts = []
        self.cell = None; self.rows = []
    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"; self.svgs += tag == "svg"; self.rects += tag == "rect"
        if tag == "tr": self.rows.append([])
        if tag == "td": self.cell = ""
    def handle_endtag(self, tag):
        if tag == "td" and self.rows: self.rows[-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data
p = P(); p.feed(open(sys.argv[1]).read())
assert p.scripts == 0, "script element"
assert p.svgs == 3 and p.rects > 10, f"{p.svgs} charts, {p.rects} bars"
import re
overdue = [r for r in p.rows if len(r) == 8 and re.match(r"^[A-Z]{3}-[0-9]{4}-[0-9]{4}$", r[0])]
assert [r[0] for r in overdue] == ["REQ-2019-0002", "REQ-2020-0001", "SUB-2020-0004"], overdue
assert overdue[1][7] == "<script>alert(1)</script>", overdue[1]
assert overdue[0][3] == "298", overdue[0]
PY
finish
