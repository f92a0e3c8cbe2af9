#!/usr/bin/python3
"""check_ics_rfc.py FILE -- RFC 5545 checks on the raw bytes of an .ics file.

Checks: CRLF line endings everywhere (no bare LF or CR); no physical line over
75 octets; folds only between UTF-8 characters (every physical line is valid
UTF-8 on its own, so no continuation line starts with a continuation byte and
no line ends mid-character); content-line syntax; BEGIN/END balanced and
matching; VCALENDAR has VERSION:2.0 and PRODID; DTSTAMP is UTC (ends in Z);
every VEVENT/VTODO has a UID and DTSTAMP; in a VEVENT, DTEND is after DTSTART
(all-day: DTEND is DTSTART + 1 day); every VALARM with ACTION:DISPLAY has a
non-empty DESCRIPTION and a TRIGGER.

Exits 0 when the file passes, 1 with "FILE:LINE: message" lines otherwise.
Uses only the standard library.
"""
import datetime
import re
import sys

MAX_OCTETS = 75
NAME_RE = re.compile(rb"^[A-Za-z0-9-]+$")


class Failure(Exception):
    pass


def physical_lines(data, errors):
    """Split on CRLF; report bare CR/LF. Yields (lineno, bytes)."""
    lines = []
    pos = 0
    lineno = 1
    n = len(data)
    while pos < n:
        lf = data.find(b"\n", pos)
        end = n if lf < 0 else lf
        chunk = data[pos:end]
        if lf < 0:
            errors.append((lineno, "last line does not end in CRLF"))
        elif not chunk.endswith(b"\r"):
            errors.append((lineno, "bare LF line ending (expected CRLF)"))
        else:
            chunk = chunk[:-1]
        if b"\r" in chunk:
            errors.append((lineno, "bare CR inside line"))
        lines.append((lineno, chunk))
        pos = end + 1
        lineno += 1
    return lines


def check_physical(lines, errors):
    for lineno, raw in lines:
        if len(raw) > MAX_OCTETS:
            errors.append((lineno, "line is %d octets long (max %d)" % (len(raw), MAX_OCTETS)))
        if raw[:1] in (b" ", b"\t") and len(raw) > 1 and 0x80 <= raw[1] <= 0xBF:
            errors.append((lineno, "continuation line starts inside a UTF-8 character"))
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            if e.start >= len(raw) - 3 and e.reason == "unexpected end of data":
                errors.append((lineno, "line ends in the middle of a UTF-8 character"))
            else:
                errors.append((lineno, "invalid UTF-8 at octet %d: %s" % (e.start, e.reason)))


def unfold(lines, errors):
    """Join folded lines. Returns [(first_lineno, text)]."""
    out = []
    for lineno, raw in lines:
        if raw[:1] in (b" ", b"\t"):
            if not out:
                errors.append((lineno, "file starts with a continuation line"))
                continue
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        else:
            if raw == b"":
                errors.append((lineno, "empty line"))
                continue
            out.append((lineno, raw))
    return [(n, b.decode("utf-8", "replace")) for n, b in out]


def split_content_line(text):
    """name;param=v;param="q":value -> (NAME, {PARAM: value}, value)."""
    i = 0
    n = len(text)
    while i < n and text[i] not in ";:":
        i += 1
    name = text[:i]
    params = {}
    while i < n and text[i] == ";":
        i += 1
        j = i
        while j < n and text[j] not in "=;:":
            j += 1
        pname = text[i:j].upper()
        if j >= n or text[j] != "=":
            raise Failure("parameter %r has no value" % pname)
        j += 1
        vals = []
        while True:
            if j < n and text[j] == '"':
                k = text.find('"', j + 1)
                if k < 0:
                    raise Failure("unterminated quoted parameter value")
                vals.append(text[j + 1:k])
                j = k + 1
            else:
                k = j
                while k < n and text[k] not in ",;:":
                    k += 1
                vals.append(text[j:k])
                j = k
            if j < n and text[j] == ",":
                j += 1
                continue
            break
        params[pname] = ",".join(vals)
        i = j
    if i >= n or text[i] != ":":
        raise Failure("content line without ':'")
    if not name or not NAME_RE.match(name.encode("utf-8", "replace")):
        raise Failure("bad property name %r" % name)
    return name.upper(), params, text[i + 1:]


def parse_date(v):
    return datetime.datetime.strptime(v, "%Y%m%d").date()


def parse_dt(v):
    v = v.rstrip("Z")
    return datetime.datetime.strptime(v, "%Y%m%dT%H%M%S")


def check_component(comp, errors):
    kind = comp["name"]
    props = comp["props"]  # list of (lineno, name, params, value)

    def get(name):
        return [p for p in props if p[1] == name]

    for lineno, name, params, value in props:
        if name == "DTSTAMP" and not value.endswith("Z"):
            errors.append((lineno, "DTSTAMP %r is not in UTC (no trailing Z)" % value))
        if name in ("DTSTAMP", "LAST-MODIFIED", "CREATED") and not re.match(r"^\d{8}T\d{6}Z$", value):
            errors.append((lineno, "%s %r is not a UTC DATE-TIME" % (name, value)))

    if kind == "VCALENDAR":
        ver = get("VERSION")
        if not ver:
            errors.append((comp["line"], "VCALENDAR without VERSION"))
        elif ver[0][3] != "2.0":
            errors.append((ver[0][0], "VERSION is %r, expected 2.0" % ver[0][3]))
        if not get("PRODID") or not get("PRODID")[0][3]:
            errors.append((comp["line"], "VCALENDAR without PRODID"))
        if not any(c["name"] in ("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE")
                   for c in comp["children"]):
            errors.append((comp["line"], "VCALENDAR holds no component"))

    if kind in ("VEVENT", "VTODO"):
        for req in ("UID", "DTSTAMP"):
            if len(get(req)) != 1:
                errors.append((comp["line"], "%s has %d %s properties (expected 1)"
                               % (kind, len(get(req)), req)))

    if kind == "VEVENT":
        ds, de = get("DTSTART"), get("DTEND")
        if not ds:
            errors.append((comp["line"], "VEVENT without DTSTART"))
        if ds and de:
            (sl, _, sp, sv), (el, _, ep, ev) = ds[0], de[0]
            s_date = sp.get("VALUE", "").upper() == "DATE" or re.match(r"^\d{8}$", sv)
            e_date = ep.get("VALUE", "").upper() == "DATE" or re.match(r"^\d{8}$", ev)
            try:
                if s_date or e_date:
                    if not (s_date and e_date):
                        errors.append((el, "DTSTART and DTEND have different value types"))
                    else:
                        s, e = parse_date(sv), parse_date(ev)
                        if e != s + datetime.timedelta(days=1):
                            errors.append((el, "all-day DTEND %s is not DTSTART %s + 1 day"
                                           % (ev, sv)))
                else:
                    if parse_dt(ev) <= parse_dt(sv):
                        errors.append((el, "DTEND %s is not after DTSTART %s" % (ev, sv)))
            except ValueError as e:
                errors.append((sl, "cannot parse DTSTART/DTEND: %s" % e))

    if kind == "VALARM":
        act = get("ACTION")
        if len(act) != 1:
            errors.append((comp["line"], "VALARM has %d ACTION properties" % len(act)))
        if len(get("TRIGGER")) != 1:
            errors.append((comp["line"], "VALARM has %d TRIGGER properties (expected 1)"
                           % len(get("TRIGGER"))))
        if act and act[0][3].upper() == "DISPLAY":
            desc = get("DESCRIPTION")
            if not desc or not desc[0][3].strip():
                errors.append((comp["line"], "DISPLAY VALARM without a non-empty DESCRIPTION"))

    for child in comp["children"]:
        check_component(child, errors)


def check(path):
    errors = []
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return [(0, "cannot read: %s" % e)]
    if not data:
        return [(0, "file is empty")]
    lines = physical_lines(data, errors)
    check_physical(lines, errors)
    logical = unfold(lines, errors)

    stack = []
    root = None
    for lineno, text in logical:
        try:
            name, params, value = split_content_line(text)
        except Failure as e:
            errors.append((lineno, str(e)))
            continue
        if name == "BEGIN":
            comp = {"name": value.upper(), "line": lineno, "props": [], "children": []}
            if stack:
                stack[-1]["children"].append(comp)
            elif root is None:
                root = comp
            else:
                errors.append((lineno, "second top-level component BEGIN:%s" % value))
            stack.append(comp)
        elif name == "END":
            if not stack:
                errors.append((lineno, "END:%s without BEGIN" % value))
            elif stack[-1]["name"] != value.upper():
                errors.append((lineno, "END:%s closes BEGIN:%s (line %d)"
                               % (value, stack[-1]["name"], stack[-1]["line"])))
                stack.pop()
            else:
                stack.pop()
        else:
            if not stack:
                errors.append((lineno, "property %s outside any component" % name))
            else:
                stack[-1]["props"].append((lineno, name, params, value))
    for comp in stack:
        errors.append((comp["line"], "BEGIN:%s is never closed" % comp["name"]))
    if root is None:
        errors.append((1, "no BEGIN:VCALENDAR"))
    elif root["name"] != "VCALENDAR":
        errors.append((root["line"], "top-level component is %s, not VCALENDAR" % root["name"]))
    else:
        check_component(root, errors)
    return sorted(errors)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: check_ics_rfc.py FILE.ics\n")
        return 2
    errors = check(argv[1])
    for lineno, msg in errors[:50]:
        sys.stderr.write("%s:%d: %s\n" % (argv[1], lineno, msg))
    if len(errors) > 50:
        sys.stderr.write("%s: ... and %d more\n" % (argv[1], len(errors) - 50))
    if errors:
        sys.stderr.write("FAIL %s: %d problem(s)\n" % (argv[1], len(errors)))
        return 1
    print("PASS %s: RFC 5545 byte-level checks" % argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
