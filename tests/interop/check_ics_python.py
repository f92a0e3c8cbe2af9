#!/usr/bin/python3
"""check_ics_python.py FILE.ics [EXPECT.json] -- parse with python3-icalendar and vobject.

Run with Debian's /usr/bin/python3 (python3-icalendar, python3-vobject).

1. icalendar.Calendar.from_ical: must parse, and no component may carry parse
   errors (icalendar records bad properties in component.errors instead of
   raising).
2. vobject.readOne: must parse, validate(raiseException=True) must pass (vobject
   checks the known components' required and at-most-once properties, e.g. one
   UID and DTSTAMP per VEVENT; its VALARM check is a stub, so VALARMs are
   counted against vobject's own VAlarm.knownChildren table here), every
   property must convert to its native Python type, and serializing with
   vobject and parsing again must give the same UIDs and SUMMARYs.
3. The two parsers must agree on every VEVENT/VTODO's UID, SUMMARY, start/due
   date and SEQUENCE.
4. With EXPECT.json, a list of objects
       {"uid": ..., "summary": ..., "dtstart": "YYYY-MM-DD", "sequence": N,
        "status": "CONFIRMED"?, "categories": [...]?}
   the file's VEVENT/VTODO set must equal the list (by UID, no extras), and each
   field must match exactly: SUMMARY round-trips byte for byte, including commas,
   semicolons, backslashes, newlines, quotes and non-ASCII. For a VTODO,
   "dtstart" is compared with DUE.

Quirk: python3-icalendar 4.0.3 unescapes CATEGORIES before splitting on ',', so
a category holding an escaped comma comes back as two. Categories are therefore
compared exactly with vobject, and with icalendar only as the ','-joined text.

Exits 0 on success, 1 with messages otherwise.
"""
import datetime
import json
import sys

try:
    import icalendar
    import vobject
except ImportError as e:  # a missing tool is a failure, never a skip
    sys.stderr.write("FAIL: cannot import %s (use /usr/bin/python3 with python3-icalendar "
                     "and python3-vobject)\n" % e.name)
    sys.exit(1)

KINDS = ("VEVENT", "VTODO")


def as_date(v):
    if isinstance(v, datetime.datetime):
        return v.date()
    return v


def from_icalendar(data, fail):
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as e:  # noqa: BLE001 -- any parse failure is a failure
        fail("icalendar: cannot parse: %s: %s" % (type(e).__name__, e))
        return {}
    if cal.name != "VCALENDAR":
        fail("icalendar: top-level component is %s" % cal.name)
    out = {}
    for comp in cal.walk():
        errs = getattr(comp, "errors", None)
        if errs:
            fail("icalendar: %s %s: parse errors %r" % (comp.name, comp.get("UID"), errs))
        if comp.name not in KINDS:
            continue
        uid = str(comp.get("UID"))
        if uid in out:
            fail("icalendar: duplicate UID %r" % uid)
        start = comp.get("DUE" if comp.name == "VTODO" else "DTSTART")
        cats = comp.get("CATEGORIES")
        catlist = []
        for c in (cats if isinstance(cats, list) else [cats] if cats is not None else []):
            catlist.extend(str(x) for x in (c.cats if hasattr(c, "cats") else [c]))
        out[uid] = {
            "kind": comp.name,
            "summary": str(comp.get("SUMMARY")) if comp.get("SUMMARY") is not None else None,
            "dtstart": as_date(start.dt) if start is not None else None,
            "sequence": int(comp.get("SEQUENCE")) if comp.get("SEQUENCE") is not None else None,
            "status": str(comp.get("STATUS")) if comp.get("STATUS") is not None else None,
            "categories": catlist,
            "nalarms": len([c for c in comp.subcomponents if c.name == "VALARM"]),
        }
    return out


def vobject_components(cal):
    for kind in ("vevent", "vtodo"):
        for comp in getattr(cal, kind + "_list", []):
            yield comp


def from_vobject(text, fail):
    try:
        cal = vobject.readOne(text, validate=False)
    except Exception as e:  # noqa: BLE001
        fail("vobject: cannot parse: %s: %s" % (type(e).__name__, e))
        return {}
    if cal.name != "VCALENDAR":
        fail("vobject: top-level component is %s" % cal.name)
        return {}
    try:
        if not cal.validate(raiseException=True):
            fail("vobject: validate() returned false")
    except Exception as e:  # noqa: BLE001
        fail("vobject: validate failed: %s: %s" % (type(e).__name__, e))
    out = {}
    for comp in vobject_components(cal):
        # Touch every property's native value: fails on unparsable dates, durations...
        for line in comp.getChildren():
            try:
                line.transformToNative()
            except Exception as e:  # noqa: BLE001
                fail("vobject: %s %s: cannot convert %s: %s"
                     % (comp.name, getattr(comp, "uid", None), getattr(line, "name", "?"), e))
        for alarm in comp.components():
            # vobject's VAlarm.validate is a stub that returns True; apply its
            # own knownChildren table (ACTION and TRIGGER exactly once...) here.
            known = getattr(getattr(alarm, "behavior", None), "knownChildren", {})
            counts = {}
            for line in alarm.getChildren():
                counts[line.name.upper()] = counts.get(line.name.upper(), 0) + 1
            for key, (lo, hi, _) in known.items():
                if counts.get(key, 0) < lo or (hi and counts.get(key, 0) > hi):
                    fail("vobject: %s %s: %s has %d %s (allowed %d..%s)"
                         % (comp.name, getattr(getattr(comp, "uid", None), "value", None),
                            alarm.name, counts.get(key, 0), key, lo, hi or "*"))
            for line in alarm.getChildren():
                try:
                    line.transformToNative()
                except Exception as e:  # noqa: BLE001
                    fail("vobject: VALARM %s: %s" % (getattr(line, "name", "?"), e))
        uid = comp.uid.value if hasattr(comp, "uid") else None
        if uid in out:
            fail("vobject: duplicate UID %r" % uid)
        start = None
        if comp.name == "VTODO" and hasattr(comp, "due"):
            start = comp.due.value
        elif comp.name == "VEVENT" and hasattr(comp, "dtstart"):
            start = comp.dtstart.value
        cats = []
        for line in comp.contents.get("categories", []):
            cats.extend(line.value)
        out[uid] = {
            "kind": comp.name,
            "summary": comp.summary.value if hasattr(comp, "summary") else None,
            "dtstart": as_date(start),
            "sequence": int(comp.sequence.value) if hasattr(comp, "sequence") else None,
            "status": comp.status.value if hasattr(comp, "status") else None,
            "categories": cats,
        }
    # Serialize with vobject and parse again: UIDs and SUMMARYs must survive.
    try:
        again = vobject.readOne(cal.serialize())
        back = {c.uid.value: c.summary.value for c in vobject_components(again)}
        for uid, rec in out.items():
            if back.get(uid) != rec["summary"]:
                fail("vobject: %r: SUMMARY changed on re-serialization: %r -> %r"
                     % (uid, rec["summary"], back.get(uid)))
    except Exception as e:  # noqa: BLE001
        fail("vobject: re-serialization failed: %s: %s" % (type(e).__name__, e))
    return out


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: check_ics_python.py FILE.ics [EXPECT.json]\n")
        return 2
    problems = []
    fail = problems.append
    try:
        with open(argv[1], "rb") as f:
            data = f.read()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        sys.stderr.write("FAIL %s: cannot read as UTF-8: %s\n" % (argv[1], e))
        return 1

    ic = from_icalendar(data, fail)
    vo = from_vobject(text, fail)
    if not ic and not vo:
        fail("no VEVENT or VTODO found")

    if set(ic) != set(vo):
        fail("parsers disagree on UIDs: icalendar-only %r, vobject-only %r"
             % (sorted(set(ic) - set(vo)), sorted(set(vo) - set(ic))))
    for uid in sorted(set(ic) & set(vo)):
        for key in ("kind", "summary", "dtstart", "sequence", "status"):
            if ic[uid][key] != vo[uid][key]:
                fail("%r: parsers disagree on %s: icalendar %r, vobject %r"
                     % (uid, key, ic[uid][key], vo[uid][key]))
        if ",".join(ic[uid]["categories"]) != ",".join(vo[uid]["categories"]):
            fail("%r: parsers disagree on CATEGORIES text: %r vs %r"
                 % (uid, ic[uid]["categories"], vo[uid]["categories"]))

    nexp = 0
    if len(argv) == 3:
        try:
            with open(argv[2], encoding="utf-8") as f:
                expect = json.load(f)
        except (OSError, ValueError) as e:
            sys.stderr.write("FAIL: cannot read expectations %s: %s\n" % (argv[2], e))
            return 1
        nexp = len(expect)
        want = {}
        for e in expect:
            if e["uid"] in want:
                fail("expectations list UID %r twice" % e["uid"])
            want[e["uid"]] = e
        if set(want) != set(vo):
            fail("UID set differs: missing %r, unexpected %r"
                 % (sorted(set(want) - set(vo)), sorted(set(vo) - set(want))))
        for uid, e in sorted(want.items()):
            if uid not in vo or uid not in ic:
                continue
            for name, rec in (("icalendar", ic[uid]), ("vobject", vo[uid])):
                if rec["summary"] != e["summary"]:
                    fail("%s: %r: SUMMARY %r, expected %r" % (name, uid, rec["summary"],
                                                              e["summary"]))
                if str(rec["dtstart"]) != e["dtstart"]:
                    fail("%s: %r: date %s, expected %s" % (name, uid, rec["dtstart"],
                                                           e["dtstart"]))
                if rec["sequence"] != e["sequence"]:
                    fail("%s: %r: SEQUENCE %r, expected %r" % (name, uid, rec["sequence"],
                                                              e["sequence"]))
                if "status" in e and rec["status"] != e["status"]:
                    fail("%s: %r: STATUS %r, expected %r" % (name, uid, rec["status"],
                                                            e["status"]))
            if "categories" in e:
                if vo[uid]["categories"] != e["categories"]:
                    fail("vobject: %r: CATEGORIES %r, expected %r"
                         % (uid, vo[uid]["categories"], e["categories"]))
                if ",".join(ic[uid]["categories"]) != ",".join(e["categories"]):
                    fail("icalendar: %r: CATEGORIES text %r, expected %r"
                         % (uid, ic[uid]["categories"], e["categories"]))

    if problems:
        for p in problems:
            sys.stderr.write("%s: %s\n" % (argv[1], p))
        sys.stderr.write("FAIL %s: %d problem(s)\n" % (argv[1], len(problems)))
        return 1
    print("PASS %s: icalendar %s and vobject parse %d components%s"
          % (argv[1], icalendar.__version__, len(vo),
             ", %d expectations match" % nexp if nexp else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
