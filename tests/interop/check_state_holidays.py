#!/usr/bin/python3
"""check_state_holidays.py PUBREC EXCEPTIONS.tsv -- compare every built-in state
calendar with Debian's python3-holidays for 2015-2035.

For each built-in calendar us-XX (and us-tx-pia, compared with TX) the observed
Monday-Friday days `pubrec holidays --json` lists are compared with the
weekdays python-holidays lists for subdivision XX (weekend dates do not move a
business-day count, and python lists both a Saturday holiday and its observed
Friday). Every difference must be covered by a row of the exceptions file:

  calendar  what  years  side  why  source

what: a date YYYY-MM-DD, name:NAME (every date that side lists under that
holiday name, " (observed)" removed), or observed:NAME (only the dates that side
lists as NAME observed in lieu, on another day); years: Y, Y1-Y2 or *; side: pubrec (pubrec
lists the day, python-holidays does not) or python (the reverse). A difference
no row covers fails, and so does a row that covers nothing (stale). Exits 0 on
success, 1 on any failure, 2 on bad usage.
"""
import datetime
import json
import re
import subprocess
import sys
import tempfile

import holidays

Y0, Y1 = 2015, 2035
EXTRA = {"us-tx-pia": "TX"}


OBSERVED = re.compile(r"\s*\((observed|Observed)\)\s*$")


def norm(name):
    """(name without an observed mark, whether it had one)"""
    return OBSERVED.sub("", name).strip(), bool(OBSERVED.search(name))


def pubrec_days(pubrec, db, cal):
    out = subprocess.run(
        [pubrec, "--db", db, "--json", "holidays", "--calendar", cal, "--from",
         f"{Y0}-01-01", "--to", f"{Y1}-12-31"],
        check=True, capture_output=True, text=True).stdout
    days = {}
    for h in json.loads(out):
        d = datetime.date.fromisoformat(h["date"])
        if d.weekday() < 5:
            days[d] = (h["name"].strip(), h["observed_in_lieu"])
    return days


def python_days(sub):
    days = {}
    for y in range(Y0, Y1 + 1):
        for d, name in sorted(holidays.US(state=sub, years=y).items()):
            if d.year == y and d.weekday() < 5:
                # python-holidays joins two names on one day with ", "
                days.setdefault(d, norm(name.split(", ")[0]))
    return days


def load_exceptions(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6 or cols[3] not in ("pubrec", "python") or not all(cols):
                sys.exit(f"{path}:{n}: want 6 tab-separated columns "
                         "(calendar, what, years, side, why, source), side pubrec|python")
            cal, what, years, side, why, source = cols
            if years == "*":
                lo, hi = Y0, Y1
            else:
                m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", years)
                if not m:
                    sys.exit(f"{path}:{n}: bad years '{years}'")
                lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
            rows.append({"line": n, "cal": cal, "what": what, "lo": lo, "hi": hi,
                         "side": side, "used": 0})
    return rows


def covered(rows, cal, side, d, entry):
    name, observed = entry
    for r in rows:
        if r["cal"] != cal or r["side"] != side or not r["lo"] <= d.year <= r["hi"]:
            continue
        w = r["what"]
        if (w == d.isoformat() or (w.startswith("name:") and w[5:] == name)
                or (w.startswith("observed:") and observed and w[9:] == name)):
            r["used"] += 1
            return True
    return False


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    pubrec, exc_path = sys.argv[1], sys.argv[2]
    rows = load_exceptions(exc_path)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/x.db"
        subprocess.run([pubrec, "--db", db, "init"], check=True, capture_output=True)
        cals = json.loads(subprocess.run([pubrec, "--db", db, "--json", "calendar", "list"],
                                         check=True, capture_output=True, text=True).stdout)
        codes = [c["code"] for c in cals if c["builtin"] and
                 (re.fullmatch(r"us-[a-z]{2}", c["code"]) or c["code"] in EXTRA)]
        checked = 0
        for cal in sorted(codes):
            sub = EXTRA.get(cal, cal[3:].upper())
            if sub not in holidays.US.STATES:
                print(f"FAIL: {cal}: python-holidays has no subdivision {sub}")
                bad += 1
                continue
            ours, theirs = pubrec_days(pubrec, db, cal), python_days(sub)
            diffs = calbad = 0
            for side, a, b in (("pubrec", ours, theirs), ("python", theirs, ours)):
                for d in sorted(set(a) - set(b)):
                    if not covered(rows, cal, side, d, a[d]):
                        print(f"FAIL: {cal} {d} ({a[d][0]}{' observed' if a[d][1] else ''}): "
                              f"only {side} lists it, and no exception in {exc_path} covers it")
                        bad += 1
                        calbad += 1
                    diffs += 1
            checked += 1
            print(f"{cal}: {len(ours)} weekdays in {Y0}-{Y1}, {diffs} differences from "
                  f"python-holidays {holidays.__version__} ({sub}), {calbad} undocumented")
    for r in rows:
        if not r["used"]:
            print(f"FAIL: {exc_path}:{r['line']}: exception covers no difference (stale)")
            bad += 1
    print(f"{checked} calendars checked, {bad} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
