/*
** deadline.c — pure date arithmetic for response deadlines (LAW.md section 0).
**
** Dates are day numbers (days since 1970-01-01, proleptic Gregorian). Nothing
** here does I/O, reads the clock or allocates. dl_compute counts working days
** by arithmetic: whole weeks give the weekdays, the holiday set's prefix array
** gives the weekday holidays in a range, and the two are iterated to a fixed
** point. dl_explain reaches the same result by walking the calendar one day at
** a time, which is what --explain prints and what the tests check against.
**
** The conventions, as implemented (C1-C9 are LAW.md's):
**
** Day 0 (C1-C3). For every unit, day 0 is the receipt (or service) day and is
** not counted. For a working-day rule with a cutoff, when the receipt time is
** known and at or after it, day 0 is the next working day after the receipt
** day (C3). A calendar-day or month rule ignores the cutoff: FRCP 6(a)(1)(A)
** excludes "the day of the event" whatever its hour, and a subpoena's stated
** period runs from the day of service. Otherwise, if the rule sets
** shift_nonworking_start and the receipt day is not a working day, day 0 is
** the next working day (C2). The caller decides that per rule; pubrec sets it
** for working-day rules only, since FRCP 6(a) and C.R.S. 2-4-108 count from
** the trigger day whatever day it is.
**
** Working days (C1, C4). The due date is the (count + extend)th working day
** after day 0; original_due is the count-th.
**
** Extensions in another unit (rule->ext_unit names a unit other than the
** rule's, e.g. 65 P.S. 67.902(b): 30 calendar days after 5 business days).
** original_due is computed as without an extension (tolls included); the due
** date is then original_due + extend calendar days (rolled as the rule rolls),
** or the extend-th working day after original_due. A toll sent after the
** original due date does not pause the extension. When ext_unit is the rule's
** own unit (or DL_EXT_SAME), the extension continues the count as below.
**
** Calendar days (C5). The due date is day 0 + count + extend; with
** DL_ROLL_FORWARD a last day that is a Saturday, Sunday or holiday moves to the
** next working day. original_due is day 0 + count, rolled the same way.
**
** Months (C.R.S. 2-4-108(3)). The due date is dl_add_months(day 0, count +
** extend), then rolled as above.
**
** Routing (5 U.S.C. 552(a)(6)(A)(ii)). When rule->routing_days > 0 and
** in->routed is given, day 0 is the earlier of the routed receipt's own day 0
** (C2/C3 applied with in->routed_min) and the routing_days-th working day
** after the first receipt's day 0. A routed date before the start is
** DL_BAD_INPUT; without routing_days, in->routed is ignored.
**
** Tolling (C9; working-day rules only, else DL_BAD_INPUT). The clock counts
** working days after day 0. A toll pauses it at the end of its sent day, so the
** working days from day 0 through the sent day are used; the reply day (moved
** to the next working day when shift_nonworking_start is set, C2) is the new day
** 0, and the remaining days are counted after it. Tolls are taken in order:
**  - A toll sent after the due date it would pause has no effect on that due
**    date: a period that has run out cannot be paused, and resetting it would
**    hide an overdue response. (Sent on the last day itself, it pauses with 0
**    days left, so the due date is the new day 0.) original_due and due are
**    each computed this way, so a toll after the original due but before the
**    extended one moves only the extended one.
**  - A toll sent before day 0 (e.g. on the Saturday after a Friday-evening
**    receipt) uses no days; the new day 0 is the later of the old one and the
**    reply's.
**  - A toll whose reply has not come (replied == DL_NO_DAY) and that pauses the
**    final period gives DL_TOLLED: due = DL_NO_DAY, day0 and used set, and
**    original_due set if the original period ran out before the pause.
**  - DL_BAD_INPUT: a toll sent before the start or before the previous toll's
**    reply, a reply before its request, or an unanswered toll that is not the
**    last.
** result->used is the working days used before the last pause that counts.
**
** Earlier-of (FRCP 45(d)(2)(B)). With rule->earlier_of and in->compliance
** given, the computed date (good to the end of its day) and the compliance
** date/time are compared: when the compliance day is earlier, or the same day
** with a time, it controls (due, due_min = compliance_min). original_due is
** capped at the compliance day too. Not applied while DL_TOLLED.
*/
#include "deadline.h"

#include <stdlib.h>
#include <string.h>

/* C.R.S. 2-4-108(3): the same day number months later (or earlier, for a negative
   count), or the last day of a shorter concluding month. */
dl_day dl_add_months(dl_day day, int months)
{
  int y, m, d, dim;
  int64_t total, ny;
  if (day == DL_NO_DAY)
    return DL_NO_DAY;
  dl_to_civil(day, &y, &m, &d);
  total = (int64_t)y * 12 + (m - 1) + months;
  ny = dl_floor_div(total, 12);
  if (ny < -1000000 || ny > 1000000)
    return DL_NO_DAY;
  m = (int)(total - ny * 12) + 1;
  dim = dl_days_in_month((int)ny, m);
  return dl_from_civil((int)ny, m, d < dim ? d : dim);
}

/* ------------------------------------------------------- working-day arithmetic */

#define MONDAY0 4 /* 1970-01-05, a Monday */

/* Weekdays (Mon-Fri) in (-inf, x], counted from the Monday MONDAY0 (so only
   differences mean anything). */
static int64_t weekdays_upto(int64_t x)
{
  int64_t t = x - MONDAY0;
  int64_t w = dl_floor_div(t, 7);
  int64_t r = t - 7 * w; /* 0 = Monday ... 6 = Sunday */
  return 5 * w + (r < 5 ? r + 1 : 5);
}

/* The first day x with weekdays_upto(x) == t: always a weekday. */
static int64_t weekday_at(int64_t t)
{
  int64_t w = dl_floor_div(t - 1, 5);
  return MONDAY0 + 7 * w + (t - 1 - 5 * w);
}

static int is_working(const struct hol_set *cal, dl_day day)
{
  int w = dl_weekday(day);
  return w >= 1 && w <= 5 && !hol_find(cal, day);
}

/* The public helpers' guard: reading holidays outside the years cal was built for would
   count a holiday as a working day. It is the caller's bug (cover the span first), so
   stop rather than answer. */
static void require_covered(const struct hol_set *cal, dl_day a, dl_day b)
{
  if (!hol_set_covers(cal, a, b))
    abort();
}

/* Entries of cal on or before day (0 without a calendar). */
static size_t hol_index(const struct hol_set *cal, dl_day day)
{
  return cal && cal->n && cal->weekday_prefix ? hol_upper_bound(cal, day, 0) : 0;
}

/* dl_is_working, given a = hol_index(cal, day). */
static int working_at(const struct hol_set *cal, dl_day day, size_t a)
{
  int w = dl_weekday(day);
  return w >= 1 && w <= 5 && !(a > 0 && cal->days[a - 1].day == day);
}

/*
** The nth working day after day, given a = hol_index(cal, day); *out (when not
** NULL) gets hol_index of the result. Start from the nth weekday after day,
** count the weekday holidays up to it with the prefix array, move that many
** weekdays further, and repeat until the count no longer changes. The count
** only grows, so this stops at the least fixed point, whose day is a working
** day with exactly n working days in (day, x]: the nth. The holiday index only
** moves forward (galloping from the last one), so it costs a few steps
** whatever n is.
*/
static dl_day add_wd(const struct hol_set *cal, dl_day day, size_t a, int n, size_t *out)
{
  int64_t base = weekdays_upto(day) + n, x;
  int32_t h = 0, h2;
  size_t j = a;

  if (n == 0) {
    if (out)
      *out = a;
    return day;
  }
  for (;;) {
    x = weekday_at(base + h);
    if (x > INT32_MAX)
      return DL_NO_DAY;
    if (!cal || cal->n == 0 || !cal->weekday_prefix)
      break;
    j = hol_upper_bound(cal, (int32_t)x, j);
    h2 = cal->weekday_prefix[j] - cal->weekday_prefix[a];
    if (h2 == h)
      break;
    h = h2;
  }
  if (out)
    *out = j;
  return (dl_day)x;
}

/* The first working day on or after day, given a = hol_index(cal, day). */
static dl_day next_wd(const struct hol_set *cal, dl_day day, size_t a, size_t *out)
{
  if (working_at(cal, day, a)) {
    if (out)
      *out = a;
    return day;
  }
  /* The 1st working day after day - 1, whose index leaves out day's own entry. */
  return add_wd(cal, day - 1, a - (a > 0 && cal->days[a - 1].day == day), 1, out);
}

static dl_day next_working(const struct hol_set *cal, dl_day day)
{
  if (day == DL_NO_DAY || day == INT32_MIN + 1)
    return DL_NO_DAY;
  return next_wd(cal, day, hol_index(cal, day), NULL);
}

static int wd_between(const struct hol_set *cal, dl_day a, dl_day b)
{
  return (int)(weekdays_upto(b) - weekdays_upto(a)) - hol_count_weekday(cal, a, b);
}

int dl_is_working(const struct hol_set *cal, dl_day day)
{
  require_covered(cal, day, day);
  return is_working(cal, day);
}

dl_day dl_add_working_days(const struct hol_set *cal, dl_day day, int n)
{
  dl_day r;
  if (day == DL_NO_DAY || n < 0)
    return DL_NO_DAY;
  r = add_wd(cal, day, hol_index(cal, day), n, NULL);
  require_covered(cal, day, r == DL_NO_DAY ? day : r);
  return r;
}

dl_day dl_next_working(const struct hol_set *cal, dl_day day)
{
  dl_day r = next_working(cal, day);
  if (r == DL_NO_DAY)
    return DL_NO_DAY;
  require_covered(cal, day, r == DL_NO_DAY ? day : r);
  return r;
}

int dl_working_days_between(const struct hol_set *cal, dl_day a, dl_day b)
{
  if (a == DL_NO_DAY || b == DL_NO_DAY)
    return 0;
  require_covered(cal, a, b);
  return wd_between(cal, a, b);
}

/* ----------------------------------------------------------------- dl_compute */

void dl_input_init(struct dl_input *in, dl_day start)
{
  if (!in)
    return;
  memset(in, 0, sizeof(*in));
  in->start = start;
  in->start_min = DL_NO_TIME;
  in->routed = DL_NO_DAY;
  in->routed_min = DL_NO_TIME;
  in->tolls = NULL;
  in->compliance = DL_NO_DAY;
  in->compliance_min = DL_NO_TIME;
}

static int time_ok(int t)
{
  return t == DL_NO_TIME || (t >= 0 && t < 24 * 60);
}

static int day_ok(dl_day d)
{
  return d >= DL_MIN_DAY && d <= DL_MAX_DAY;
}

static int routing_applies(const struct dl_rule *rule, const struct dl_input *in)
{
  return rule->routing_days > 0 && in->routed != DL_NO_DAY;
}

static int earlier_applies(const struct dl_rule *rule, const struct dl_input *in)
{
  return rule->earlier_of && in->compliance != DL_NO_DAY;
}

/* 0 when rule and in are consistent (see the top of this file), else -1. */
static int check_input(const struct dl_rule *rule, const struct dl_input *in)
{
  dl_day bound;
  size_t i;

  if (!rule || !in)
    return -1;
  if (rule->unit < DL_WORKING || rule->unit > DL_NONE)
    return -1;
  if (rule->ext_unit < DL_EXT_SAME || rule->ext_unit > DL_EXT_CALENDAR)
    return -1;
  if (!day_ok(in->start) || !time_ok(in->start_min))
    return -1;
  if (rule->unit == DL_NONE)
    return 0;
  if (rule->count < 0 || rule->count > DL_MAX_COUNT || in->extend < 0 || in->extend > DL_MAX_COUNT)
    return -1;
  if (rule->roll != DL_ROLL_NONE && rule->roll != DL_ROLL_FORWARD)
    return -1;
  if (!time_ok(rule->cutoff) || rule->routing_days < 0 || rule->routing_days > DL_MAX_COUNT)
    return -1;
  if (routing_applies(rule, in) &&
      (!day_ok(in->routed) || in->routed < in->start || !time_ok(in->routed_min)))
    return -1;
  if (earlier_applies(rule, in) && (!day_ok(in->compliance) || !time_ok(in->compliance_min)))
    return -1;
  if (in->ntolls) {
    if (!in->tolls || rule->unit != DL_WORKING)
      return -1;
    bound = in->start;
    for (i = 0; i < in->ntolls; i++) {
      const struct dl_toll *t = &in->tolls[i];
      if (!day_ok(t->sent) || t->sent < bound)
        return -1;
      if (t->replied == DL_NO_DAY) {
        if (i + 1 != in->ntolls)
          return -1;
        break;
      }
      if (!day_ok(t->replied) || t->replied < t->sent)
        return -1;
      bound = t->replied;
    }
  }
  return 0;
}

static void result_clear(struct dl_result *r, int status)
{
  r->status = status;
  r->day0 = DL_NO_DAY;
  r->original_due = DL_NO_DAY;
  r->due = DL_NO_DAY;
  r->due_min = DL_NO_TIME;
  r->used = 0;
  r->need_lo = DL_NO_DAY;
  r->need_hi = DL_NO_DAY;
}

/* 1 when a receipt at minutes moves day 0 past the receipt day: a working-day rule
   with a cutoff, a known time, at or after the cutoff (C3). */
static int after_cutoff(const struct dl_rule *rule, int minutes)
{
  return rule->unit == DL_WORKING && rule->cutoff != DL_NO_TIME && minutes != DL_NO_TIME &&
         minutes >= rule->cutoff;
}

/* Day 0 for a receipt on day d at minutes (C2, C3); *ub = hol_index(cal, day 0). */
static dl_day receipt_day0(const struct dl_rule *rule, const struct hol_set *cal, dl_day d,
                           int minutes, size_t *ub)
{
  size_t a = hol_index(cal, d);
  if (after_cutoff(rule, minutes))
    return add_wd(cal, d, a, 1, ub);
  if (rule->shift_nonworking_start)
    return next_wd(cal, d, a, ub);
  *ub = a;
  return d;
}

/* Day 0 from the first receipt, or the routing decision; *ub = hol_index(cal, day 0). */
static dl_day start_day0(const struct dl_rule *rule, const struct dl_input *in,
                         const struct hol_set *cal, size_t *ub, dl_day *reach)
{
  size_t ub_routed;
  dl_day d0 = receipt_day0(rule, cal, in->start, in->start_min, ub), cap, routed;
  *reach = d0;
  if (routing_applies(rule, in)) {
    cap = add_wd(cal, d0, *ub, rule->routing_days, ub);
    *reach = cap;
    routed = receipt_day0(rule, cal, in->routed, in->routed_min, &ub_routed);
    if (routed < cap) {
      d0 = routed;
      *ub = ub_routed;
    } else {
      d0 = cap;
    }
  }
  return d0;
}

/* The new day 0 after a reply received on day r (C9, C2). */
static dl_day resume_day0(const struct dl_rule *rule, const struct hol_set *cal, dl_day r)
{
  if (rule->shift_nonworking_start && !is_working(cal, r))
    return next_working(cal, r);
  return r;
}

/*
** The k-th counted working day after day0 given the tolls, or DL_NO_DAY while
** an unanswered toll pauses it. *used: days used before the last pause that
** counts; *last0: the day 0 the final count runs from.
*/
static dl_day working_due(const struct dl_rule *rule, const struct dl_input *in,
                          const struct hol_set *cal, dl_day day0, size_t ub0, int k, int *used,
                          dl_day *last0)
{
  dl_day c = day0, r;
  size_t ub = ub0, i;
  int u = 0;

  for (i = 0; i < in->ntolls; i++) {
    const struct dl_toll *t = &in->tolls[i];
    if (t->sent > add_wd(cal, c, ub, k - u, NULL))
      break; /* the period ran out before this request */
    if (t->sent > c)
      u += wd_between(cal, c, t->sent);
    if (t->replied == DL_NO_DAY) {
      *used = u;
      *last0 = c;
      return DL_NO_DAY;
    }
    r = resume_day0(rule, cal, t->replied);
    if (r > c) {
      c = r;
      ub = hol_index(cal, c);
    }
  }
  *used = u;
  *last0 = c;
  return add_wd(cal, c, ub, k - u, NULL);
}

static dl_day roll(const struct dl_rule *rule, const struct hol_set *cal, dl_day d)
{
  return rule->roll == DL_ROLL_FORWARD ? next_working(cal, d) : d;
}

/* The unit extension days count in (enum dl_unit). */
static int ext_unit_of(const struct dl_rule *rule)
{
  if (rule->ext_unit == DL_EXT_WORKING)
    return DL_WORKING;
  if (rule->ext_unit == DL_EXT_CALENDAR)
    return DL_CALENDAR;
  return rule->unit;
}

/* 1 when the extension counts in a unit of its own, after original_due. */
static int ext_separate(const struct dl_rule *rule, const struct dl_input *in)
{
  return in->extend > 0 && ext_unit_of(rule) != rule->unit;
}

/* The last day of an extension of n days in its own unit after orig. */
static dl_day extend_after(const struct dl_rule *rule, const struct hol_set *cal, dl_day orig,
                           int n)
{
  if (orig == DL_NO_DAY)
    return DL_NO_DAY;
  if (ext_unit_of(rule) == DL_WORKING)
    return add_wd(cal, orig, hol_index(cal, orig), n, NULL);
  return roll(rule, cal, orig + n);
}

/* FRCP 45(d)(2)(B); returns 1 when the compliance time controls the due date. */
static int apply_earlier(struct dl_result *r, const struct dl_rule *rule, const struct dl_input *in)
{
  int controls = 0;
  if (r->status != DL_OK || !earlier_applies(rule, in))
    return 0;
  if (in->compliance < r->due || (in->compliance == r->due && in->compliance_min != DL_NO_TIME)) {
    r->due = in->compliance;
    r->due_min = in->compliance_min;
    controls = 1;
  }
  if (in->compliance < r->original_due)
    r->original_due = in->compliance;
  return controls;
}

static dl_day later(dl_day a, dl_day b)
{
  return b != DL_NO_DAY && b > a ? b : a;
}

/*
** The days whose holidays a computation read, into r->need_lo..need_hi: from
** the start to the latest of day 0, the due dates before the earlier-of limit
** (reached, both <= computed), the routing limit and received date, and the
** tolls' dates (reach: the latest of the limit and the computed due dates). 1
** when cal is built for all of them.
*/
static int set_need(struct dl_result *r, const struct dl_input *in, const struct hol_set *cal,
                    dl_day reach)
{
  dl_day hi = later(later(in->start, r->day0), reach);
  size_t i;
  hi = later(later(hi, r->due), r->original_due);
  if (in->routed != DL_NO_DAY)
    hi = later(hi, in->routed);
  for (i = 0; i < in->ntolls; i++)
    hi = later(later(hi, in->tolls[i].sent), in->tolls[i].replied);
  r->need_lo = in->start;
  r->need_hi = hi;
  return hol_set_covers(cal, r->need_lo, r->need_hi);
}

/* DL_NO_CALENDAR (keeping need_lo/need_hi) when cal does not cover them. */
static int check_calendar(struct dl_result *r, const struct hol_set *cal)
{
  dl_day lo = r->need_lo, hi = r->need_hi;
  if (r->status < 0 || r->status == DL_NO_DEADLINE || hol_set_covers(cal, lo, hi))
    return r->status;
  result_clear(r, DL_NO_CALENDAR);
  r->need_lo = lo;
  r->need_hi = hi;
  return r->status;
}

/* DL_BAD_INPUT when a computed date leaves the supported range. */
static int check_output(struct dl_result *r)
{
  if ((r->due != DL_NO_DAY && !day_ok(r->due)) ||
      (r->original_due != DL_NO_DAY && !day_ok(r->original_due)) || !day_ok(r->day0))
    result_clear(r, DL_BAD_INPUT);
  return r->status;
}

int dl_compute(struct dl_result *result, const struct dl_rule *rule, const struct dl_input *in,
               const struct hol_set *cal)
{
  struct dl_result r;
  dl_day day0, last0, reach;
  size_t ub0;
  int used, ext;

  if (!result)
    return DL_BAD_INPUT;
  if (check_input(rule, in)) {
    result_clear(result, DL_BAD_INPUT);
    return DL_BAD_INPUT;
  }
  result_clear(&r, DL_OK);
  if (rule->unit == DL_NONE) {
    r.status = DL_NO_DEADLINE;
    *result = r;
    return r.status;
  }

  day0 = start_day0(rule, in, cal, &ub0, &reach);
  r.day0 = day0;
  ext = ext_separate(rule, in) ? 0 : in->extend; /* extension days in the rule's own unit */
  switch (rule->unit) {
  case DL_WORKING:
    r.due = working_due(rule, in, cal, day0, ub0, rule->count + ext, &r.used, &r.day0);
    if (ext == 0)
      r.original_due = r.due; /* the same count */
    else
      r.original_due = working_due(rule, in, cal, day0, ub0, rule->count, &used, &last0);
    if (r.due == DL_NO_DAY)
      r.status = DL_TOLLED;
    break;
  case DL_CALENDAR:
    r.original_due = roll(rule, cal, day0 + rule->count);
    r.due = roll(rule, cal, day0 + rule->count + ext);
    break;
  default: /* DL_MONTHS */
    r.original_due = roll(rule, cal, dl_add_months(day0, rule->count));
    r.due = roll(rule, cal, dl_add_months(day0, rule->count + ext));
    break;
  }
  if (ext_separate(rule, in) && r.status == DL_OK)
    r.due = extend_after(rule, cal, r.original_due, in->extend);
  set_need(&r, in, cal, later(later(reach, r.due), r.original_due));
  apply_earlier(&r, rule, in);
  *result = r;
  if (check_output(result) < 0)
    return result->status;
  return check_calendar(result, cal);
}

/* ----------------------------------------------------------- dl_extension_to */

/* The due date with extra extension days; 0 or the engine's status (need copied on
   DL_NO_CALENDAR). */
static int due_with(dl_day *due, struct dl_to *to, const struct dl_rule *rule,
                    const struct dl_input *in, const struct hol_set *cal, int extra)
{
  struct dl_input x = *in;
  struct dl_result r;
  x.extend = in->extend + extra;
  int status = dl_compute(&r, rule, &x, cal);
  if (status == DL_NO_CALENDAR) {
    to->need_lo = r.need_lo;
    to->need_hi = r.need_hi;
  }
  if (status != DL_OK)
    return status;
  *due = r.due;
  return 0;
}

int dl_extension_to(struct dl_to *to, const struct dl_rule *rule, const struct dl_input *in,
                    const struct hol_set *cal, dl_day target, int max_n)
{
  dl_day d = DL_NO_DAY;
  int status;
  to->status = DL_TO_EXACT;
  to->n = 0;
  to->due = to->below = to->above = DL_NO_DAY;
  to->need_lo = to->need_hi = DL_NO_DAY;
  if (!rule || !in || !day_ok(target) || max_n < 0 || in->extend < 0 ||
      max_n > DL_MAX_COUNT - in->extend)
    return DL_BAD_INPUT;
  if ((status = due_with(&to->due, to, rule, in, cal, 0)) != 0)
    return status;
  if (target <= to->due) {
    to->status = DL_TO_NOT_AFTER;
    return DL_OK;
  }
  /* Double until n days reach target (or max_n is reached): lo days end before target. */
  int lo = 0, hi = 1;
  dl_day lo_due = to->due;
  for (;;) {
    if (hi > max_n)
      hi = max_n;
    if (hi <= lo) { /* max_n == lo: max_n days end before target */
      to->status = DL_TO_BEYOND;
      to->below = lo_due;
      return DL_OK;
    }
    if ((status = due_with(&d, to, rule, in, cal, hi)) != 0)
      return status;
    if (d >= target)
      break;
    lo = hi;
    lo_due = d;
    hi = hi > max_n / 2 ? max_n : hi * 2;
  }
  /* Halve: lo days end before target, hi days on or after it (hi_due). */
  dl_day hi_due = d;
  while (hi - lo > 1) {
    int mid = lo + (hi - lo) / 2;
    if ((status = due_with(&d, to, rule, in, cal, mid)) != 0)
      return status;
    if (d >= target) {
      hi = mid;
      hi_due = d;
    } else {
      lo = mid;
      lo_due = d;
    }
  }
  to->n = hi;
  if (hi_due == target)
    return DL_OK;
  to->status = DL_TO_BETWEEN;
  to->below = lo_due;
  to->above = hi_due;
  return DL_OK;
}

/* ----------------------------------------------------------------- dl_explain */

static const char *const wd_short[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const wd_long[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};

/* A step being written: text appended with truncation at a UTF-8 boundary. */
struct walker {
  dl_step_fn fn;
  void *ctx;
  struct dl_step st;
  size_t len;
};

static void step_begin(struct walker *w, int kind, dl_day day)
{
  w->st.kind = kind;
  w->st.day = day;
  w->st.n = 0;
  w->st.minutes = DL_NO_TIME;
  w->st.name = NULL;
  w->st.text[0] = '\0';
  w->len = 0;
}

static void step_end(struct walker *w)
{
  if (w->fn)
    w->fn(w->ctx, &w->st);
}

static void put_s(struct walker *w, const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t cap = sizeof(w->st.text);
  while (p && *p) {
    size_t n = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 1;
    size_t i;
    if (w->len + n + 1 > cap)
      break;
    for (i = 0; i < n && p[i]; i++)
      w->st.text[w->len++] = (char)p[i];
    p += i;
  }
  w->st.text[w->len] = '\0';
}

static void put_i(struct walker *w, long v)
{
  char tmp[24], out[24];
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  int n = 0, k = 0;
  do
    tmp[n++] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    out[k++] = '-';
  while (n)
    out[k++] = tmp[--n];
  out[k] = '\0';
  put_s(w, out);
}

static void put_date(struct walker *w, dl_day d)
{
  char s[11];
  dl_format_date(s, d);
  put_s(w, s);
  put_s(w, " ");
  put_s(w, wd_short[dl_weekday(d)]);
}

static void put_time(struct walker *w, int minutes)
{
  char s[6];
  s[0] = (char)('0' + minutes / 600);
  s[1] = (char)('0' + minutes / 60 % 10);
  s[2] = ':';
  s[3] = (char)('0' + minutes % 60 / 10);
  s[4] = (char)('0' + minutes % 10);
  s[5] = '\0';
  put_s(w, s);
}

static void put_days(struct walker *w, long n, int unit)
{
  put_i(w, n);
  if (unit == DL_WORKING)
    put_s(w, n == 1 ? " working day" : " working days");
  else if (unit == DL_CALENDAR)
    put_s(w, n == 1 ? " calendar day" : " calendar days");
  else
    put_s(w, n == 1 ? " month" : " months");
}

/* Why day x is not a working day: "Saturday", or the holiday's name. */
static void put_why(struct walker *w, const struct hol_set *cal, dl_day x)
{
  const struct hol_day *h = hol_find(cal, x);
  int wd = dl_weekday(x);
  if (wd == 0 || wd == 6) {
    put_s(w, wd_long[wd]);
    if (h) {
      put_s(w, " (also ");
      put_s(w, h->name ? h->name : "a holiday");
      put_s(w, ")");
    }
  } else {
    put_s(w, h && h->name ? h->name : "holiday");
    if (h && !h->actual)
      put_s(w, " (observed)");
  }
}

/* A skipped non-working day. */
static void emit_skip(struct walker *w, const struct hol_set *cal, dl_day x)
{
  int wd = dl_weekday(x);
  const struct hol_day *h = hol_find(cal, x);
  step_begin(w, wd == 0 || wd == 6 ? DL_STEP_WEEKEND : DL_STEP_HOLIDAY, x);
  w->st.name = h ? h->name : NULL;
  put_date(w, x);
  put_s(w, ": skipped, ");
  put_why(w, cal, x);
  step_end(w);
}

/* The first working day on or after d, one day at a time. */
static dl_day walk_next_working(const struct hol_set *cal, dl_day d)
{
  while (!is_working(cal, d))
    d++;
  return d;
}

/*
** Day 0 of a receipt on day d at minutes (C2, C3), walked; emits a DL_STEP_DAY0
** step when emit is set. what: "received", "routed".
*/
static dl_day walk_day0(struct walker *w, const struct dl_rule *rule, const struct hol_set *cal,
                        dl_day d, int minutes, const char *what, int emit)
{
  dl_day d0;
  int why;
  if (after_cutoff(rule, minutes)) {
    d0 = walk_next_working(cal, d + 1);
    why = 1;
  } else if (rule->shift_nonworking_start && !is_working(cal, d)) {
    d0 = walk_next_working(cal, d);
    why = 2;
  } else {
    d0 = d;
    why = 0;
  }
  if (!emit)
    return d0;
  step_begin(w, DL_STEP_DAY0, d0);
  w->st.minutes = minutes;
  put_s(w, "day 0 is ");
  put_date(w, d0);
  put_s(w, ": ");
  put_s(w, what);
  if (why == 1) {
    put_s(w, " at ");
    put_time(w, minutes);
    put_s(w, ", at or after the ");
    put_time(w, rule->cutoff);
    put_s(w, " cutoff, so the next working day");
  } else if (why == 2) {
    put_s(w, " on a non-working day (");
    put_why(w, cal, d);
    put_s(w, "), so the next working day");
  } else if (rule->unit != DL_WORKING) {
    put_s(w, "; the trigger day is not counted");
    if (rule->cutoff != DL_NO_TIME && minutes != DL_NO_TIME && minutes >= rule->cutoff)
      put_s(w, " (a receipt cutoff applies to working-day periods only)");
  } else if (!is_working(cal, d)) {
    put_s(w, " on a non-working day (");
    put_why(w, cal, d);
    put_s(w, "); day 0 is not counted");
  } else if (rule->cutoff != DL_NO_TIME && minutes != DL_NO_TIME) {
    put_s(w, " on a working day before the ");
    put_time(w, rule->cutoff);
    put_s(w, " cutoff");
  } else if (rule->cutoff != DL_NO_TIME) {
    put_s(w, " on a working day (no time given; the ");
    put_time(w, rule->cutoff);
    put_s(w, " cutoff not applied)");
  } else {
    put_s(w, " on a working day");
  }
  step_end(w);
  return d0;
}

static void emit_start(struct walker *w, const struct dl_rule *rule, const struct dl_input *in)
{
  step_begin(w, DL_STEP_START, in->start);
  w->st.minutes = in->start_min;
  put_date(w, in->start);
  put_s(w, rule->unit == DL_WORKING ? ": received" : ": received or served");
  if (in->start_min != DL_NO_TIME) {
    put_s(w, " at ");
    put_time(w, in->start_min);
  }
  step_end(w);
}

/* Routing (552(a)(6)(A)(ii)): returns the new day 0. */
static dl_day walk_routing(struct walker *w, const struct dl_rule *rule, const struct dl_input *in,
                           const struct hol_set *cal, dl_day first0, dl_day *reach)
{
  dl_day cap = first0, routed0, d0;
  int n = 0;
  while (n < rule->routing_days)
    if (is_working(cal, ++cap))
      n++;
  *reach = cap;
  routed0 = walk_day0(w, rule, cal, in->routed, in->routed_min, "routed", 0);
  d0 = routed0 < cap ? routed0 : cap;
  step_begin(w, DL_STEP_ROUTING, d0);
  put_s(w, "routed to the right component on ");
  put_date(w, in->routed);
  put_s(w, " (day 0 ");
  put_date(w, routed0);
  put_s(w, "); the limit is ");
  put_days(w, rule->routing_days, DL_WORKING);
  put_s(w, " after first receipt, ");
  put_date(w, cap);
  put_s(w, routed0 < cap ? "; the routed receipt is earlier" : "; the limit controls");
  step_end(w);
  step_begin(w, DL_STEP_DAY0, d0);
  put_s(w, "day 0 is ");
  put_date(w, d0);
  put_s(w, routed0 < cap ? ": routed receipt" : ": the routing limit");
  step_end(w);
  return d0;
}

static void emit_original2(struct walker *w, dl_day orig, int count, int unit, int ext,
                           int ext_unit)
{
  step_begin(w, DL_STEP_ORIGINAL, orig);
  put_s(w, "original due date ");
  put_date(w, orig);
  put_s(w, " (");
  put_days(w, count, unit);
  put_s(w, ")");
  step_end(w);
  step_begin(w, DL_STEP_EXTEND, orig);
  w->st.n = ext;
  put_s(w, "extension: ");
  put_days(w, ext, ext_unit);
  put_s(w, " more");
  step_end(w);
}

static void emit_original(struct walker *w, dl_day orig, int count, int ext, int unit)
{
  emit_original2(w, orig, count, unit, ext, unit);
}

/* Working days (C1, C4, C9), one day at a time. */
static void walk_working_days(struct walker *w, struct dl_result *r, const struct dl_rule *rule,
                              const struct dl_input *in, const struct hol_set *cal)
{
  int korig = rule->count, kfinal = rule->count + in->extend, counter = 0;
  dl_day c = r->day0, x = r->day0, orig = DL_NO_DAY, newc;
  size_t ti = 0;

  for (;;) {
    /* A request sent on (or before) day x pauses the clock at the end of x. */
    while (ti < in->ntolls && in->tolls[ti].sent <= x) {
      const struct dl_toll *t = &in->tolls[ti++];
      step_begin(w, DL_STEP_TOLL, t->sent);
      w->st.n = counter;
      put_date(w, t->sent);
      put_s(w, ": clock paused, the agency asked the requester (");
      put_i(w, counter);
      put_s(w, " of ");
      put_days(w, kfinal, DL_WORKING);
      put_s(w, " used)");
      step_end(w);
      r->used = counter;
      if (t->replied == DL_NO_DAY) {
        r->status = DL_TOLLED;
        r->day0 = c;
        r->original_due = orig;
        r->due = DL_NO_DAY;
        return;
      }
      newc = rule->shift_nonworking_start ? walk_next_working(cal, t->replied) : t->replied;
      if (newc > c)
        c = newc;
      x = c;
      step_begin(w, DL_STEP_RESUME, c);
      put_s(w, "day 0 is ");
      put_date(w, c);
      put_s(w, ": the reply was received ");
      put_date(w, t->replied);
      put_s(w, "; ");
      put_days(w, kfinal - counter > 0 ? kfinal - counter : 0, DL_WORKING);
      put_s(w, " remain");
      step_end(w);
    }
    if (orig == DL_NO_DAY && counter >= korig) {
      orig = x;
      if (in->extend > 0)
        emit_original(w, orig, korig, in->extend, DL_WORKING);
    }
    if (counter >= kfinal)
      break;
    x++;
    if (is_working(cal, x)) {
      counter++;
      step_begin(w, DL_STEP_COUNT, x);
      w->st.n = counter;
      put_date(w, x);
      put_s(w, ": working day ");
      put_i(w, counter);
      if (counter > korig) {
        put_s(w, " (extension day ");
        put_i(w, counter - korig);
        put_s(w, ")");
      }
      step_end(w);
    } else {
      emit_skip(w, cal, x);
    }
  }
  r->day0 = c;
  r->original_due = orig;
  r->due = x;
}

/* Roll forward off non-working days, one day at a time, with steps when emit. */
static dl_day walk_roll(struct walker *w, const struct dl_rule *rule, const struct hol_set *cal,
                        dl_day d, int emit)
{
  dl_day x = d;
  if (rule->roll != DL_ROLL_FORWARD)
    return d;
  while (!is_working(cal, x)) {
    if (emit)
      emit_skip(w, cal, x);
    x++;
  }
  if (emit && x != d) {
    step_begin(w, DL_STEP_ROLL, x);
    put_s(w, "the last day ");
    put_date(w, d);
    put_s(w, " is not a working day; the period runs to ");
    put_date(w, x);
    step_end(w);
  }
  return x;
}

/* Calendar days (C5), one day at a time. */
static void walk_calendar_days(struct walker *w, struct dl_result *r, const struct dl_rule *rule,
                               const struct dl_input *in, const struct hol_set *cal)
{
  int korig = rule->count, kfinal = rule->count + in->extend, counter = 0;
  dl_day x = r->day0;

  if (korig == 0) {
    r->original_due = walk_roll(w, rule, cal, x, 0);
    if (in->extend > 0)
      emit_original(w, r->original_due, korig, in->extend, DL_CALENDAR);
  }
  while (counter < kfinal) {
    x++;
    counter++;
    step_begin(w, DL_STEP_COUNT, x);
    w->st.n = counter;
    put_date(w, x);
    put_s(w, ": calendar day ");
    put_i(w, counter);
    if (!is_working(cal, x)) {
      put_s(w, " (");
      put_why(w, cal, x);
      put_s(w, ")");
    }
    step_end(w);
    if (counter == korig) {
      r->original_due = walk_roll(w, rule, cal, x, 0);
      if (in->extend > 0)
        emit_original(w, r->original_due, korig, in->extend, DL_CALENDAR);
    }
  }
  r->due = walk_roll(w, rule, cal, x, 1);
}

/* Months (C.R.S. 2-4-108(3)). */
static void walk_months(struct walker *w, struct dl_result *r, const struct dl_rule *rule,
                        const struct dl_input *in, const struct hol_set *cal)
{
  int k = rule->count + in->extend;
  dl_day last = dl_add_months(r->day0, k);
  r->original_due = walk_roll(w, rule, cal, dl_add_months(r->day0, rule->count), 0);
  step_begin(w, DL_STEP_COUNT, last);
  w->st.n = k;
  put_date(w, last);
  put_s(w, ": ");
  put_days(w, k, DL_MONTHS);
  put_s(w, " after ");
  put_date(w, r->day0);
  put_s(w, " (same day number, or the last day of a shorter month)");
  step_end(w);
  if (in->extend > 0)
    emit_original(w, r->original_due, rule->count, in->extend, DL_MONTHS);
  r->due = walk_roll(w, rule, cal, last, 1);
}

/* An extension in a unit of its own (ext_separate), one day at a time after original_due. */
static void walk_extension(struct walker *w, struct dl_result *r, const struct dl_rule *rule,
                           int ext, const struct hol_set *cal)
{
  int unit = ext_unit_of(rule), counter = 0;
  dl_day x = r->original_due;
  emit_original2(w, x, rule->count, rule->unit, ext, unit);
  while (counter < ext) {
    x++;
    if (unit == DL_CALENDAR || is_working(cal, x)) {
      counter++;
      step_begin(w, DL_STEP_COUNT, x);
      w->st.n = counter;
      put_date(w, x);
      put_s(w, unit == DL_CALENDAR ? ": extension calendar day " : ": extension working day ");
      put_i(w, counter);
      if (!is_working(cal, x)) {
        put_s(w, " (");
        put_why(w, cal, x);
        put_s(w, ")");
      }
      step_end(w);
    } else {
      emit_skip(w, cal, x);
    }
  }
  r->due = unit == DL_CALENDAR ? walk_roll(w, rule, cal, x, 1) : x;
}

int dl_explain(struct dl_result *result, const struct dl_rule *rule, const struct dl_input *in,
               const struct hol_set *cal, dl_step_fn fn, void *ctx)
{
  struct walker w;
  struct dl_result r, tmp;
  struct dl_input in0;
  dl_day computed, reach;

  if (!result)
    return DL_BAD_INPUT;
  memset(&w, 0, sizeof(w));
  w.fn = fn;
  w.ctx = ctx;
  if (check_input(rule, in)) {
    result_clear(result, DL_BAD_INPUT);
    step_begin(&w, DL_STEP_DUE, DL_NO_DAY);
    put_s(&w, "no deadline: the input is inconsistent or out of range");
    step_end(&w);
    return DL_BAD_INPUT;
  }
  result_clear(&r, DL_OK);
  emit_start(&w, rule, in);
  if (rule->unit == DL_NONE) {
    r.status = DL_NO_DEADLINE;
    step_begin(&w, DL_STEP_DUE, DL_NO_DAY);
    put_s(&w, "no computed date: the rule sets no fixed period (\"promptly\")");
    step_end(&w);
    *result = r;
    return r.status;
  }

  r.day0 = walk_day0(&w, rule, cal, in->start, in->start_min,
                     rule->unit == DL_WORKING ? "received" : "received or served", 1);
  reach = r.day0;
  if (routing_applies(rule, in))
    r.day0 = walk_routing(&w, rule, in, cal, r.day0, &reach);
  in0 = *in;
  if (ext_separate(rule, in))
    in0.extend = 0; /* walked after the original period, in its own unit */
  if (rule->unit == DL_WORKING)
    walk_working_days(&w, &r, rule, &in0, cal);
  else if (rule->unit == DL_CALENDAR)
    walk_calendar_days(&w, &r, rule, &in0, cal);
  else
    walk_months(&w, &r, rule, &in0, cal);
  if (ext_separate(rule, in) && r.status == DL_OK)
    walk_extension(&w, &r, rule, in->extend, cal);

  tmp = r;
  if (!set_need(&r, in, cal, later(later(reach, r.due), r.original_due)) &&
      check_output(&tmp) >= 0) {
    step_begin(&w, DL_STEP_DUE, DL_NO_DAY);
    put_s(&w, "no deadline: the holiday calendar is not built for every day from ");
    put_date(&w, r.need_lo);
    put_s(&w, " to ");
    put_date(&w, r.need_hi);
    step_end(&w);
    *result = r;
    return check_calendar(result, cal);
  }

  if (r.status == DL_TOLLED) {
    step_begin(&w, DL_STEP_DUE, DL_NO_DAY);
    w.st.n = r.used;
    put_s(&w, "no due date while tolled: ");
    put_days(&w, r.used, DL_WORKING);
    put_s(&w, " used, waiting for the requester's reply");
    step_end(&w);
    *result = r;
    return check_output(result);
  }

  computed = r.due;
  if (apply_earlier(&r, rule, in) || earlier_applies(rule, in)) {
    step_begin(&w, DL_STEP_EARLIER, r.due);
    w.st.minutes = in->compliance_min;
    put_s(&w, "the compliance time ");
    put_date(&w, in->compliance);
    if (in->compliance_min != DL_NO_TIME) {
      put_s(&w, " ");
      put_time(&w, in->compliance_min);
    }
    put_s(&w, r.due != computed || r.due_min != DL_NO_TIME ? " is earlier than the end of "
                                                           : " is not earlier than the end of ");
    put_date(&w, computed);
    put_s(&w,
          r.due != computed || r.due_min != DL_NO_TIME ? ": it controls" : ": the period controls");
    step_end(&w);
  }

  step_begin(&w, DL_STEP_DUE, r.due);
  w.st.minutes = r.due_min;
  put_s(&w, "due ");
  put_date(&w, r.due);
  if (r.due_min != DL_NO_TIME) {
    put_s(&w, ", before ");
    put_time(&w, r.due_min);
  } else if (!is_working(cal, r.due)) {
    put_s(&w, " (not a working day; the rule does not roll it)");
  }
  step_end(&w);
  *result = r;
  return check_output(result);
}
