/*
** deadline.h — pure date arithmetic for response deadlines.
**
** No I/O, no clock, no time zones, no allocation in the compute path. Dates
** are day numbers (days since 1970-01-01, proleptic Gregorian). Conventions
** C1-C9 of LAW.md section 0 are implemented here; every rule's citation
** lives with the rule's data (migrations/0003_seed.sql).
*/
#ifndef PUBREC_DEADLINE_H
#define PUBREC_DEADLINE_H

#include <stddef.h>
#include <stdint.h>

#include "civil.h"
#include "holidays.h"

#define DL_MAX_COUNT 100000 /* largest count, extension or routing_days dl_compute takes */

/* Add months per C.R.S. 2-4-108(3): same day number, or the last day of a shorter month. */
dl_day dl_add_months(dl_day day, int months);

enum dl_unit { DL_WORKING = 0, DL_CALENDAR = 1, DL_MONTHS = 2, DL_NONE = 3 };
enum dl_roll { DL_ROLL_NONE = 0, DL_ROLL_FORWARD = 1 };
/* The unit extension days count in (C4): the rule's own, or working or calendar days
   after the original last day whatever the rule's unit (65 P.S. 67.902(b): 30 calendar
   days after 5 business days). */
enum dl_ext_unit { DL_EXT_SAME = 0, DL_EXT_WORKING = 1, DL_EXT_CALENDAR = 2 };

struct dl_rule {
  int unit;                   /* enum dl_unit; DL_NONE = "promptly": no computed date */
  int count;                  /* N days (or months) */
  int roll;                   /* enum dl_roll: final day off a weekend/holiday (C5) */
  int cutoff;                 /* minutes; receipt at or after moves day 0 (C3); DL_NO_TIME = none */
  int shift_nonworking_start; /* 1: receipt on a non-working day moves day 0 (C2) */
  int routing_days; /* FOIA 552(a)(6)(A)(ii): start at earlier of routed or N working days */
  int earlier_of;   /* FRCP 45(d)(2)(B): earlier of this and the compliance time */
  int ext_unit;     /* enum dl_ext_unit: the unit of in->extend (0: the rule's unit) */
};

struct dl_toll {
  dl_day sent;    /* agency's request for information sent (clock paused) */
  dl_day replied; /* requester's reply received (new day 0); DL_NO_DAY = still tolled */
};

struct dl_input {
  dl_day start;                /* first receipt / service date */
  int start_min;               /* local time of receipt, DL_NO_TIME when unknown */
  dl_day routed;               /* receipt by the right component, DL_NO_DAY = none */
  int extend;                  /* total extension days granted (C4), in rule->ext_unit */
  const struct dl_toll *tolls; /* in date order */
  size_t ntolls;
  dl_day compliance;  /* FRCP 45 compliance date, DL_NO_DAY = none */
  int compliance_min; /* its time, DL_NO_TIME = end of day */
  int routed_min;     /* time of the routed receipt (C3), DL_NO_TIME when unknown */
};

/* Set *in to start with nothing else known: no time, no routing, no extension, no tolls,
   no compliance date (DL_NO_DAY / DL_NO_TIME, not 0, in every optional field). */
void dl_input_init(struct dl_input *in, dl_day start);

enum dl_status {
  DL_OK = 0,
  DL_NO_DEADLINE = 1, /* the rule sets no computable date ("promptly") */
  DL_TOLLED = 2,      /* the clock is paused: no due date until the reply */
  DL_BAD_INPUT = -1,  /* inconsistent input (toll before start, out of range) */
  DL_NO_CALENDAR = -2 /* cal's holidays are not built for every day the computation read:
                         result->need_lo..need_hi say which (hol_set_cover them, compute
                         again); no date is given */
};

struct dl_result {
  int status;          /* enum dl_status */
  dl_day day0;         /* the day the count starts after (C1-C3, routing, last toll) */
  dl_day original_due; /* due without extensions */
  dl_day due;          /* final due date */
  int due_min;         /* DL_NO_TIME, or the time when an earlier-of time controls */
  int used;            /* days used before the last toll (working or calendar) */
  dl_day need_lo;      /* the days whose holidays the result depends on (DL_NO_DAY when */
  dl_day need_hi;      /* none): cal must cover them (hol_set_covers), else DL_NO_CALENDAR */
};

/* Compute a deadline. Pure; no allocation. Returns result->status. cal may be NULL (no
   holidays). Tolls are accepted only for working-day rules. See deadline.c for the exact
   conventions (day 0, tolling, routing, earlier-of). A holiday set that is not built for
   every day read gives DL_NO_CALENDAR, never a date counted without its holidays. */
int dl_compute(struct dl_result *result, const struct dl_rule *rule, const struct dl_input *in,
               const struct hol_set *cal);

/* The extension that moves the due date to `target` (pubrec extend --to DATE): n extension
   days in the rule's extension unit, added to in->extend. The due date never falls as n
   grows, so the smallest n in [1, max_n] whose due date is on or after target is searched
   for (doubling, then halving). Pure; no allocation. Returns DL_OK with *to filled, or the
   status of the computation that failed (DL_NO_DEADLINE, DL_TOLLED, DL_BAD_INPUT, or
   DL_NO_CALENDAR with that computation's days in to->need_lo..need_hi: cover them and
   call again). */
enum dl_to_status {
  DL_TO_EXACT = 0,     /* n days end on target */
  DL_TO_NOT_AFTER = 1, /* target is on or before the due date now (to->due) */
  DL_TO_BETWEEN = 2,   /* no n ends on target: n - 1 days end on to->below, n on to->above */
  DL_TO_BEYOND = 3     /* even max_n days end before target: on to->below, the latest */
};
struct dl_to {
  int status;              /* enum dl_to_status */
  int n;                   /* DL_TO_EXACT: the days; DL_TO_BETWEEN: the days that pass target */
  dl_day due;              /* the due date with in->extend only */
  dl_day below;            /* DL_TO_BETWEEN, DL_TO_BEYOND (else DL_NO_DAY) */
  dl_day above;            /* DL_TO_BETWEEN (else DL_NO_DAY) */
  dl_day need_lo, need_hi; /* DL_NO_CALENDAR: the days to cover */
};
int dl_extension_to(struct dl_to *to, const struct dl_rule *rule, const struct dl_input *in,
                    const struct hol_set *cal, dl_day target, int max_n);

/* The helpers below read cal's holidays directly: cal must cover the days they read
   (hol_set_covers: [a, b]; [day, the result]). A read outside the built years aborts the
   program: it is a caller's bug, and a silent answer would count a holiday as a working
   day. */
/* Working days in (a, b] (when b < a, minus the working days in (b, a]). Pure. */
int dl_working_days_between(const struct hol_set *cal, dl_day a, dl_day b);
/* The nth working day after day (n >= 0; n = 0 gives day itself; n < 0 or a result
   outside int32 gives DL_NO_DAY). */
dl_day dl_add_working_days(const struct hol_set *cal, dl_day day, int n);
int dl_is_working(const struct hol_set *cal, dl_day day);
dl_day dl_next_working(const struct hol_set *cal, dl_day day); /* day itself if working */

/* One line of the working, for --explain. */
enum dl_step_kind {
  DL_STEP_START,    /* the receipt / service date */
  DL_STEP_DAY0,     /* day 0 and why */
  DL_STEP_ROUTING,  /* FOIA routing decision */
  DL_STEP_COUNT,    /* a counted day: n = its number */
  DL_STEP_WEEKEND,  /* a skipped Saturday or Sunday */
  DL_STEP_HOLIDAY,  /* a skipped holiday or closure: name */
  DL_STEP_TOLL,     /* clock paused */
  DL_STEP_RESUME,   /* clock resumed: new day 0 */
  DL_STEP_ORIGINAL, /* the original due date reached */
  DL_STEP_EXTEND,   /* extension days begin */
  DL_STEP_ROLL,     /* last day rolled forward off a non-working day */
  DL_STEP_EARLIER,  /* the earlier-of limit decided */
  DL_STEP_DUE       /* the final due date */
};
struct dl_step {
  int kind; /* enum dl_step_kind */
  dl_day day;
  int n;            /* the count for DL_STEP_COUNT, else 0 */
  int minutes;      /* a time when one matters, else DL_NO_TIME */
  const char *name; /* holiday name (borrowed) or NULL */
  char text[160];   /* the step in words, e.g. "day 0: received after the 17:00 cutoff" */
};
typedef void (*dl_step_fn)(void *ctx, const struct dl_step *step);
/* Walk the computation day by day, calling fn for each step; returns the same status and
   result as dl_compute (tests assert they agree). */
int dl_explain(struct dl_result *result, const struct dl_rule *rule, const struct dl_input *in,
               const struct hol_set *cal, dl_step_fn fn, void *ctx);

#endif
