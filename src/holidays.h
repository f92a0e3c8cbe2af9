/*
** holidays.h — holiday calendars generated from rules (LAW.md section 5).
**
** A calendar is a list of rules (fixed date with an observance shift, nth or
** last weekday of a month, a day relative to Easter, each optionally moved by
** a number of days, years in force) plus closures. hol_set_build turns
** them into a sorted array of observed non-working days over a year range, so
** that lookups are bisections. No I/O; the caller passes the rules in.
*/
#ifndef PUBREC_HOLIDAYS_H
#define PUBREC_HOLIDAYS_H

#include <stddef.h>
#include <stdint.h>

enum hol_kind {
  HOL_FIXED = 0,
  HOL_NTH = 1,
  HOL_LAST = 2,
  HOL_EASTER = 3 /* Western (Gregorian) Easter Sunday; month, day, weekday, nth unused */
};
/* Largest |shift| a rule may have (days): a shifted date stays within a year of its own. */
#define HOL_MAX_SHIFT 180
enum hol_observe {
  HOL_OBS_NONE = 0,             /* observed on its date, even a weekend */
  HOL_OBS_SAT_FRI_SUN_MON = 1,  /* 5 U.S.C. 6103(b), E.O. 11582 3(a) */
  HOL_OBS_SUN_MON = 2,          /* C.R.S. 24-11-101(2): Sunday -> Monday only */
  HOL_OBS_SUN_MON_SAT_NONE = 3, /* Inauguration Day, 5 U.S.C. 6103(c) */
  HOL_OBS_SAT_MON_SUN_MON = 4   /* R.I. Gen. Laws 25-1-1: Saturday or Sunday -> Monday */
};

struct hol_rule {
  const char *name; /* borrowed; must outlive any hol_set built from it */
  int kind;         /* enum hol_kind */
  int month;        /* 1-12 */
  int day;          /* HOL_FIXED */
  int weekday;      /* HOL_NTH / HOL_LAST: 0 = Sunday ... 6 = Saturday */
  int nth;          /* HOL_NTH: 1-5 */
  int observe;      /* enum hol_observe */
  int first_year;   /* inclusive, 0 = no limit */
  int last_year;    /* inclusive, 0 = no limit */
  int every;        /* in force when year % every == offset; 0 or 1 = every year */
  int offset;
  int shift; /* days added to the kind's date before observance: the day after Thanksgiving
                is the 4th Thursday of November + 1, Good Friday is Easter - 2 */
};

struct hol_day {
  int32_t day;      /* dl_day */
  const char *name; /* borrowed from the rule or closure */
  int actual;       /* 1 when observed on its own date, 0 when moved (in lieu) */
};

struct hol_set {
  struct hol_day *days; /* sorted by day, one entry per day (names joined by the first) */
  size_t n;
  int32_t *weekday_prefix; /* for O(log n) counting of holidays on Mon-Fri */
  int first_year, last_year;
};

/* Build the observed non-working days for years [y0, y1] from rules and
   closures (closures are hol_day entries with their own names). Allocates;
   release with hol_set_release. Returns 0, or -1 on bad input. */
int hol_set_build(struct hol_set *out, const struct hol_rule *rules, size_t nrules,
                  const struct hol_day *closures, size_t nclosures, int y0, int y1);
void hol_set_release(struct hol_set *set);
/* The holiday on day, or NULL. Bisection. */
const struct hol_day *hol_find(const struct hol_set *set, int32_t day);
/* Number of holidays falling on Monday-Friday in (a, b] (when b < a, minus the count in
   (b, a]). */
int hol_count_weekday(const struct hol_set *set, int32_t a, int32_t b);
/* Number of entries with day <= d, by galloping forward from index from (every entry
   before from must be <= d; pass 0 when unknown) then bisecting: O(log k) for an answer
   k entries past from. For callers that count from a known position. */
size_t hol_upper_bound(const struct hol_set *set, int32_t d, size_t from);
/* The date a rule falls on in year y (before observance), or INT32_MIN when not in force. */
int32_t hol_rule_date(const struct hol_rule *rule, int y);
/* The observed date in year y, or INT32_MIN when none (e.g. a Saturday inauguration). */
int32_t hol_rule_observed(const struct hol_rule *rule, int y);

#endif
