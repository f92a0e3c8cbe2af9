/*
** holidays.c — holiday calendars generated from rules (LAW.md section 5).
**
** Rules give a date per year (fixed day, nth or last weekday of a month,
** Easter Sunday; plus a shift of some days) and an observance rule for weekend
** dates. hol_set_build evaluates them over a
** year range into one sorted array of observed days plus a prefix count of
** the ones on Monday-Friday, so hol_find and hol_count_weekday are
** bisections. Civil-date arithmetic comes from deadline.c. No I/O.
*/
#include "holidays.h"

#include <stdlib.h>
#include <string.h>

#include "deadline.h"

#define HOL_NO_DAY INT32_MIN

/* Floor modulo: the result is in [0, m) for m > 0. */
static int floor_mod(int a, int m)
{
  int r = a % m;
  return r < 0 ? r + m : r;
}

static int rule_valid(const struct hol_rule *r)
{
  if (r->kind != HOL_EASTER && (r->month < 1 || r->month > 12))
    return 0;
  if (r->shift < -HOL_MAX_SHIFT || r->shift > HOL_MAX_SHIFT)
    return 0;
  if (r->observe < HOL_OBS_NONE || r->observe > HOL_OBS_SAT_MON_SUN_MON)
    return 0;
  if (r->every < 0 || r->first_year < 0 || r->last_year < 0)
    return 0;
  switch (r->kind) {
  case HOL_FIXED:
    return r->day >= 1 && r->day <= 31;
  case HOL_NTH:
    return r->weekday >= 0 && r->weekday <= 6 && r->nth >= 1 && r->nth <= 5;
  case HOL_LAST:
    return r->weekday >= 0 && r->weekday <= 6;
  case HOL_EASTER:
    return 1;
  default:
    return 0;
  }
}

/*
** Western Easter Sunday of year y (Gregorian calendar): the anonymous
** Gregorian algorithm (Meeus/Jones/Butcher), valid for every year >= 1583.
*/
static int32_t easter_sunday(int y)
{
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return dl_from_civil(y, month, day);
}

/*
** The date a rule falls on in year y before any observance shift, or
** INT32_MIN when the rule is not in force that year (outside first/last
** year, not a year of its cycle, a 5th weekday the month lacks, Feb 29 in a
** common year) or is malformed. The rule's shift (days) is added to the
** kind's date, so the result may lie in another month (or year).
*/
int32_t hol_rule_date(const struct hol_rule *rule, int y)
{
  int32_t first, last;

  if (!rule || !rule_valid(rule))
    return HOL_NO_DAY;
  if (rule->first_year && y < rule->first_year)
    return HOL_NO_DAY;
  if (rule->last_year && y > rule->last_year)
    return HOL_NO_DAY;
  if (rule->every > 1 && floor_mod(y, rule->every) != floor_mod(rule->offset, rule->every))
    return HOL_NO_DAY;

  switch (rule->kind) {
  case HOL_FIXED:
    if (!dl_valid_civil(y, rule->month, rule->day))
      return HOL_NO_DAY;
    return dl_from_civil(y, rule->month, rule->day) + rule->shift;
  case HOL_NTH:
    first = dl_from_civil(y, rule->month, 1);
    first += floor_mod(rule->weekday - dl_weekday(first), 7) + 7 * (rule->nth - 1);
    if (first - dl_from_civil(y, rule->month, 1) >= dl_days_in_month(y, rule->month))
      return HOL_NO_DAY; /* no 5th such weekday this month */
    return first + rule->shift;
  case HOL_EASTER:
    return easter_sunday(y) + rule->shift;
  default: /* HOL_LAST */
    last = dl_from_civil(y, rule->month, dl_days_in_month(y, rule->month));
    return last - floor_mod(dl_weekday(last) - rule->weekday, 7) + rule->shift;
  }
}

/*
** The observed date in year y (the rule's own year, so the result may fall in
** y - 1: New Year's Day 2028 is observed on 2027-12-31), or INT32_MIN.
*/
int32_t hol_rule_observed(const struct hol_rule *rule, int y)
{
  int32_t d = hol_rule_date(rule, y);
  int w;

  if (d == HOL_NO_DAY)
    return HOL_NO_DAY;
  w = dl_weekday(d);
  switch (rule->observe) {
  case HOL_OBS_SAT_FRI_SUN_MON:
    return w == 6 ? d - 1 : w == 0 ? d + 1 : d;
  case HOL_OBS_SUN_MON:
    return w == 0 ? d + 1 : d;
  case HOL_OBS_SUN_MON_SAT_NONE:
    return w == 0 ? d + 1 : w == 6 ? HOL_NO_DAY : d;
  case HOL_OBS_SAT_MON_SUN_MON:
    return w == 6 ? d + 2 : w == 0 ? d + 1 : d;
  default: /* HOL_OBS_NONE */
    return d;
  }
}

/* A candidate entry while building: seq keeps the input order for ties. */
struct cand {
  struct hol_day h;
  size_t seq;
};

static int cand_cmp(const void *pa, const void *pb)
{
  const struct cand *a = pa, *b = pb;
  if (a->h.day != b->h.day)
    return a->h.day < b->h.day ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int is_weekday(int32_t day)
{
  int w = dl_weekday(day);
  return w >= 1 && w <= 5;
}

/*
** Build the observed non-working days of years [y0, y1] (1000 <= y0 <= y1 <=
** 9999). Rules of years y0-1 .. y1+1 are evaluated so that observances that
** cross a year end land in the right year; only days whose own year lies in
** [y0, y1] are kept, and so are only those closures. Several entries on one
** day are merged into the first in input order (rules in order, then
** closures), e.g. Inauguration Day 2025 into MLK Day. Closures are stored
** with actual = 1. Allocates out->days and out->weekday_prefix (the caller
** releases them with hol_set_release). Returns 0, or -1 (out zeroed) on bad
** input or out of memory.
*/
int hol_set_build(struct hol_set *out, const struct hol_rule *rules, size_t nrules,
                  const struct hol_day *closures, size_t nclosures, int y0, int y1)
{
  struct cand *cand = NULL;
  size_t ncand = 0, cap, i, n;
  int32_t lo, hi;
  int y;

  if (!out)
    return -1;
  memset(out, 0, sizeof(*out));
  if (y0 < 1000 || y1 > 9999 || y0 > y1)
    return -1;
  if ((nrules && !rules) || (nclosures && !closures))
    return -1;
  for (i = 0; i < nrules; i++)
    if (!rule_valid(&rules[i]))
      return -1;

  /* At most one entry per rule and year, plus the closures. */
  if (nclosures > SIZE_MAX / sizeof(struct cand) ||
      nrules > (SIZE_MAX / sizeof(struct cand) - nclosures) / (size_t)(y1 - y0 + 3))
    return -1;
  cap = nrules * (size_t)(y1 - y0 + 3) + nclosures;
  cand = malloc((cap ? cap : 1) * sizeof(*cand));
  if (!cand)
    return -1;

  lo = dl_from_civil(y0, 1, 1);
  hi = dl_from_civil(y1, 12, 31);
  /* Years outer, rules inner: the candidates come out nearly sorted (only
     observances that cross a month or year end, and closures, are out of
     place), so an insertion sort is close to linear. seq is the input order
     (rule index, then closure index) that breaks ties on one day. */
  for (y = y0 - 1; y <= y1 + 1; y++) {
    for (i = 0; i < nrules; i++) {
      int32_t d = hol_rule_observed(&rules[i], y);
      if (d == HOL_NO_DAY || d < lo || d > hi)
        continue;
      cand[ncand].h.day = d;
      cand[ncand].h.name = rules[i].name;
      cand[ncand].h.actual = d == hol_rule_date(&rules[i], y);
      cand[ncand].seq = i;
      ncand++;
    }
  }
  for (i = 0; i < nclosures; i++) {
    if (closures[i].day < lo || closures[i].day > hi)
      continue;
    cand[ncand].h.day = closures[i].day;
    cand[ncand].h.name = closures[i].name;
    cand[ncand].h.actual = 1;
    cand[ncand].seq = nrules + i;
    ncand++;
  }
  for (i = 1; i < ncand; i++) {
    struct cand c = cand[i];
    size_t k = i;
    while (k > 0 && cand_cmp(&cand[k - 1], &c) > 0) {
      cand[k] = cand[k - 1];
      k--;
    }
    cand[k] = c;
  }

  /* Merge entries on the same day, keeping the first. */
  n = 0;
  for (i = 0; i < ncand; i++)
    if (n == 0 || cand[n - 1].h.day != cand[i].h.day)
      cand[n++] = cand[i];

  out->days = malloc((n ? n : 1) * sizeof(*out->days));
  out->weekday_prefix = malloc((n + 1) * sizeof(*out->weekday_prefix));
  if (!out->days || !out->weekday_prefix) {
    free(cand);
    hol_set_release(out);
    return -1;
  }
  out->weekday_prefix[0] = 0;
  for (i = 0; i < n; i++) {
    out->days[i] = cand[i].h;
    out->weekday_prefix[i + 1] = out->weekday_prefix[i] + is_weekday(cand[i].h.day);
  }
  out->n = n;
  out->first_year = y0;
  out->last_year = y1;
  free(cand);
  return 0;
}

/* Free what hol_set_build allocated and zero the set. NULL-safe. */
void hol_set_release(struct hol_set *set)
{
  if (!set)
    return;
  free(set->days);
  free(set->weekday_prefix);
  memset(set, 0, sizeof(*set));
}

/* Number of entries with day <= d, searching from index from: gallop, then bisect. */
size_t hol_upper_bound(const struct hol_set *set, int32_t d, size_t from)
{
  size_t lo = from, hi = from, step = 1;
  if (!set || !set->days)
    return 0;
  if (from >= set->n)
    return set->n;
  if (from == 0) {
    hi = set->n; /* plain bisection */
  } else {
    /* Entries before lo are <= d; gallop until days[hi] > d (or hi = n). */
    while (hi < set->n && set->days[hi].day <= d) {
      lo = hi + 1;
      hi = set->n - hi > step ? hi + step : set->n;
      step *= 2;
    }
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (set->days[mid].day <= d)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The entry on day, or NULL (also for a NULL or empty set). Bisection. */
const struct hol_day *hol_find(const struct hol_set *set, int32_t day)
{
  size_t i;
  if (!set || set->n == 0)
    return NULL;
  i = hol_upper_bound(set, day, 0);
  if (i == 0 || set->days[i - 1].day != day)
    return NULL;
  return &set->days[i - 1];
}

/*
** Holidays on Monday-Friday in (a, b]; when b < a, minus the count in (b, a].
** Two bisections and the prefix array; a NULL or empty set has none.
*/
int hol_count_weekday(const struct hol_set *set, int32_t a, int32_t b)
{
  if (!set || set->n == 0 || !set->weekday_prefix)
    return 0;
  return set->weekday_prefix[hol_upper_bound(set, b, 0)] -
         set->weekday_prefix[hol_upper_bound(set, a, 0)];
}
