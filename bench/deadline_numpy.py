#!/usr/bin/python3
"""deadline_numpy.py: the deadline_bench inputs through numpy.busday_offset.

Reads the file written by deadline_bench (little-endian int32: nholidays,
nstarts, holidays[], starts[], dues[]), computes the 20th business day after
each start with numpy.busday_offset(roll='forward') and the same holidays,
times only that call (best of 5; reading the file and building the
busdaycalendar are outside the timing, as building the hol_set is in C), and
counts the results that differ from the C engine's.

Usage: /usr/bin/python3 bench/deadline_numpy.py DATAFILE
"""
import sys
import time

import numpy as np

ROUNDS = 5
COUNT = 20  # us-foia working days


def main():
    if len(sys.argv) != 2:
        print("usage: deadline_numpy.py DATAFILE", file=sys.stderr)
        return 2
    raw = np.fromfile(sys.argv[1], dtype="<i4")
    nhol, nstarts = int(raw[0]), int(raw[1])
    hol = raw[2 : 2 + nhol].astype("datetime64[D]")
    starts = raw[2 + nhol : 2 + nhol + nstarts].astype("datetime64[D]")
    c_dues = raw[2 + nhol + nstarts : 2 + nhol + 2 * nstarts].astype("datetime64[D]")
    if len(c_dues) != nstarts:
        print("deadline_numpy: truncated data file", file=sys.stderr)
        return 1
    cal = np.busdaycalendar(weekmask="1111100", holidays=hol)

    best = float("inf")
    dues = None
    for _ in range(ROUNDS):
        t0 = time.perf_counter_ns()
        dues = np.busday_offset(starts, COUNT, roll="forward", busdaycal=cal)
        best = min(best, time.perf_counter_ns() - t0)

    mismatches = int(np.count_nonzero(dues != c_dues))
    print(
        "numpy ns/deadline: %.1f (best of %d rounds of %d; mismatches %d)"
        % (best / nstarts, ROUNDS, nstarts, mismatches)
    )
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
