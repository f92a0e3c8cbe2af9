#!/usr/bin/python3
r"""ics_to_tsv.py -- turn `pubrec ics` output (stdin) into the TSV that
bench/ics_floor.c streams back through libical (stdout), for
bench/ics_bench.sh.

The events are pubrec's own, parsed back, so the floor writes exactly the
same event content (the bench diffs the two outputs to prove it).

Output: line 1 is the calendar header (everything before the first
BEGIN:VEVENT, verbatim); then one line per VEVENT with the tab-separated
fields
    uid sequence dtstart dtstamp last-modified summary description
    categories status alarms
where dtstart is YYYYMMDD, dtstamp and last-modified are YYYYMMDDTHHMMSSZ,
uid/summary/description are the TEXT values unescaped (RFC 5545 3.3.11),
categories is the value as written (pubrec writes it by hand, already
escaped and comma-joined), status is e.g. CONFIRMED, and alarms lists the
VALARM lead times in days, comma-separated (empty: no alarms). In every
field a backslash, TAB, LF and CR are written as \\, \t, \n and \r.

The floor hands categories to icalproperty_new_categories, which libical 3.0
writes unescaped: the same bytes as pubrec's hand-written line as long as no
category holds a comma, semicolon or backslash (true of bench/ics_gen.sql);
the bench's byte comparison would catch any difference.

Only what pubrec writes for `ics --status all --alarms ...` is understood
(all-day VEVENTs, DISPLAY alarms with TRIGGER;RELATED=START:-PnD); anything
else is an error, so the floor can never silently stream something else.
"""
import itertools
import re
import sys

TSV_ESC = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
TEXT_UNESC = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}


TEXT_ESCAPE_RE = re.compile(r"\\(.)", re.S)


def unescape_text(v):
    if "\\" not in v:
        return v
    return TEXT_ESCAPE_RE.sub(lambda m: TEXT_UNESC.get(m.group(1), m.group(1)), v)


def logical_lines(f):
    """Unfolded content lines (RFC 5545 3.1) of the CRLF-terminated stream f,
    read in blocks cut after a complete "END:VEVENT" line."""
    rest = b""
    while True:
        block = f.read(1 << 24)
        data = rest + block
        if block:
            cut = data.rfind(b"\r\nEND:VEVENT\r\n")
            if cut < 0:
                rest = data
                continue
            cut += len(b"\r\nEND:VEVENT\r\n")
            rest = data[cut:]
            data = data[:cut]
        elif not data:
            return
        else:
            rest = b""
        if not data.endswith(b"\r\n"):
            fail("input does not end in CRLF")
        text = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
        lines = text.split("\r\n")
        lines.pop()  # after the last CRLF
        if any("\r" in l or "\n" in l for l in lines):
            fail("a bare CR or LF")
        yield from lines
        if not block:
            return


def fail(msg):
    sys.stderr.write("ics_to_tsv: %s\n" % msg)
    sys.exit(1)


def main():
    sys.stdout.reconfigure(encoding="utf-8")
    w = sys.stdout.write
    lines = logical_lines(sys.stdin.buffer)
    header = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            break
        header.append(line + "\r\n")
    else:
        fail("no events")
    w("".join(header).translate(TSV_ESC) + "\n")
    lines = itertools.chain(["BEGIN:VEVENT"], lines)
    ev = None
    alarms = None
    in_alarm = False
    for line in lines:
        if in_alarm:
            if line == "END:VALARM":
                in_alarm = False
            elif line.startswith("TRIGGER;RELATED=START:-P") and line.endswith("D"):
                alarms.append(line[len("TRIGGER;RELATED=START:-P"):-1])
            elif line not in ("ACTION:DISPLAY",) and not line.startswith("DESCRIPTION:Due "):
                fail("unexpected alarm line %r" % line)
            continue
        if line == "BEGIN:VEVENT":
            ev = {}
            alarms = []
        elif line == "BEGIN:VALARM":
            in_alarm = True
        elif line == "END:VEVENT":
            try:
                fields = [
                    unescape_text(ev["UID"]),
                    ev["SEQUENCE"],
                    ev["DTSTART;VALUE=DATE"],
                    ev["DTSTAMP"],
                    ev["LAST-MODIFIED"],
                    unescape_text(ev["SUMMARY"]),
                    unescape_text(ev.get("DESCRIPTION", "")),
                    ev.get("CATEGORIES", ""),
                    ev["STATUS"],
                    ",".join(alarms),
                ]
            except KeyError as e:
                fail("event without %s" % e)
            w("\t".join(f.translate(TSV_ESC) for f in fields) + "\n")
            ev = None
        elif line == "END:VCALENDAR":
            break
        elif ev is not None:
            name, sep, value = line.partition(":")
            if not sep:
                fail("bad line %r" % line)
            if name not in ("DTEND;VALUE=DATE", "TRANSP"):
                ev[name] = value
        else:
            fail("unexpected line %r" % line)


if __name__ == "__main__":
    main()
