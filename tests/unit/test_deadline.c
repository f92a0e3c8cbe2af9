/*
** test_deadline.c — the deadline engine (src/deadline.c): civil dates and
** parsing, worked examples computed by hand from a calendar (the reasoning is
** in each comment), and property tests that compare the arithmetic with a
** plain day-by-day reference and with dl_explain's walk.
**
** Build with -DPROP_STRIDE=N to test every Nth start date in the property test
** (default 1: every date 2000-01-01 .. 2060-12-31).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "deadline.h"
#include "holidays.h"
#include "seed_calendars.h"

#ifndef PROP_STRIDE
#define PROP_STRIDE 1
#endif

static struct hol_set FED, CO, DCO, DC;

static int setup(void **state)
{
  (void)state;
  if (seed_build(&FED, "us-federal", 1970, 2100) || seed_build(&CO, "us-co", 1970, 2100) ||
      seed_build(&DCO, "us-federal-dco", 1970, 2100) ||
      seed_build(&DC, "us-federal-dc", 1970, 2100))
    return -1;
  return 0;
}

static int teardown(void **state)
{
  (void)state;
  hol_set_release(&FED);
  hol_set_release(&CO);
  hol_set_release(&DCO);
  hol_set_release(&DC);
  return 0;
}

static dl_day D(const char *s)
{
  dl_day d = DL_NO_DAY;
  if (dl_parse_date(s, &d) != 0)
    fail_msg("bad date in test: %s", s);
  return d;
}

static const char *fmt(dl_day d, char buf[11])
{
  dl_format_date(buf, d);
  return buf;
}

static void assert_day(dl_day got, const char *want)
{
  char a[11];
  if (got != D(want))
    fail_msg("got %s, want %s", fmt(got, a), want);
}

static void noop_step(void *ctx, const struct dl_step *st)
{
  size_t *n = ctx;
  (*n)++;
  assert_true(strlen(st->text) < sizeof(st->text));
  assert_true(st->text[0] != '\0');
}

static void assert_same_result(const struct dl_result *a, const struct dl_result *b)
{
  char x[11], y[11];
  if (a->status != b->status || a->day0 != b->day0 || a->original_due != b->original_due ||
      a->due != b->due || a->due_min != b->due_min || a->used != b->used ||
      a->need_lo != b->need_lo || a->need_hi != b->need_hi)
    fail_msg("compute/explain differ: status %d/%d day0 %s/%s due %s/%s orig %d/%d min %d/%d "
             "used %d/%d",
             a->status, b->status, fmt(a->day0, x), fmt(b->day0, y), fmt(a->due, x), fmt(b->due, y),
             a->original_due, b->original_due, a->due_min, b->due_min, a->used, b->used);
}

/* dl_compute, checked against dl_explain (same status, same result). */
static struct dl_result run(const struct dl_rule *rule, const struct dl_input *in,
                            const struct hol_set *cal)
{
  struct dl_result r, e;
  size_t steps = 0;
  int st = dl_compute(&r, rule, in, cal);
  assert_int_equal(st, r.status);
  st = dl_explain(&e, rule, in, cal, noop_step, &steps);
  assert_int_equal(st, e.status);
  assert_same_result(&r, &e);
  assert_true(steps > 0);
  return r;
}

static struct dl_result run_code(const char *code, int count, const struct dl_input *in,
                                 const struct hol_set *cal)
{
  struct dl_rule rule = seed_dl_rule(code, count);
  assert_true(rule.unit >= 0);
  return run(&rule, in, cal);
}

static struct dl_input input(const char *start)
{
  struct dl_input in;
  dl_input_init(&in, D(start));
  return in;
}

/* ------------------------------------------------------------ civil dates */

static void test_civil(void **state)
{
  dl_day d;
  int y, m, dd, wd;
  (void)state;
  assert_int_equal(dl_from_civil(1970, 1, 1), 0);
  assert_int_equal(dl_from_civil(2000, 3, 1), 11017);
  assert_int_equal(dl_from_civil(1969, 12, 31), -1);
  assert_int_equal(dl_from_civil(1000, 1, 1), DL_MIN_DAY);
  assert_int_equal(dl_from_civil(9999, 12, 31), DL_MAX_DAY);
  assert_int_equal(dl_weekday(0), 4);  /* Thursday */
  assert_int_equal(dl_weekday(-1), 3); /* Wednesday */
  assert_int_equal(dl_weekday(D("2020-01-13")), 1);
  assert_int_equal(dl_weekday(D("2028-01-01")), 6);
  assert_int_equal(dl_days_in_month(2028, 2), 29);
  assert_int_equal(dl_days_in_month(2100, 2), 28);
  assert_int_equal(dl_days_in_month(2000, 2), 29);
  assert_int_equal(dl_days_in_month(2027, 13), 0);
  assert_true(dl_valid_civil(2024, 2, 29));
  assert_false(dl_valid_civil(2023, 2, 29));
  assert_false(dl_valid_civil(2023, 4, 31));
  assert_false(dl_valid_civil(2023, 0, 1));
  /* Every day of years 1000-9999 round-trips, and weekdays advance by one. */
  wd = dl_weekday(DL_MIN_DAY);
  for (d = DL_MIN_DAY; d <= DL_MAX_DAY; d++) {
    dl_to_civil(d, &y, &m, &dd);
    if (!dl_valid_civil(y, m, dd) || dl_from_civil(y, m, dd) != d)
      fail_msg("round trip failed at %d", d);
    if (dl_weekday(d) != wd)
      fail_msg("weekday wrong at %d", d);
    wd = (wd + 1) % 7;
  }
}

static void test_parse(void **state)
{
  static const char *const bad[] = {
      "2025-02-30", "2025-13-01", "yesterday-ish", "2025-2-3",   "2025-02-03x", "",
      "0999-12-31", "2025-00-10", "2025-01-00",    "2023-02-29", " 2025-01-01", "2025-01-01 ",
      "+025-01-01", "2025/01/01", "20250101",      "2025-01-1",  "2025-1-01",   "2025-01-32",
  };
  dl_day d = 12345;
  int t = 77;
  size_t i;
  char buf[11];
  (void)state;
  for (i = 0; i < SEED_COUNT(bad); i++) {
    if (dl_parse_date(bad[i], &d) == 0)
      fail_msg("accepted '%s'", bad[i]);
    assert_int_equal(d, 12345); /* untouched on failure */
  }
  assert_int_equal(dl_parse_date(NULL, &d), -1);
  assert_int_equal(dl_parse_date("2025-01-01", NULL), -1);
  assert_int_equal(dl_parse_date("2024-02-29", &d), 0);
  assert_string_equal(fmt(d, buf), "2024-02-29");
  assert_int_equal(dl_parse_date("1000-01-01", &d), 0);
  assert_int_equal(d, DL_MIN_DAY);
  assert_int_equal(dl_parse_date("9999-12-31", &d), 0);
  assert_int_equal(d, DL_MAX_DAY);
  /* The parser computes the day count itself (the report's hot path): every
     day of years 1000-9999 reads back as dl_from_civil counts it; the
     century rule of leap years holds. */
  for (dl_day x = DL_MIN_DAY; x <= DL_MAX_DAY; x++) {
    int y, m, dd;
    dl_to_civil(x, &y, &m, &dd);
    if (dl_parse_date(fmt(x, buf), &d) != 0 || d != x || d != dl_from_civil(y, m, dd))
      fail_msg("'%s' read back as %d, not %d", buf, (int)d, (int)x);
  }
  assert_int_equal(dl_parse_date("2000-02-29", &d), 0);
  assert_int_equal(dl_parse_date("1900-02-29", &d), -1);
  assert_int_equal(dl_parse_date("2100-02-29", &d), -1);

  assert_int_equal(dl_parse_datetime("2020-01-24T10:00", &d, &t), 0);
  assert_int_equal(d, D("2020-01-24"));
  assert_int_equal(t, 600);
  assert_int_equal(dl_parse_datetime("2020-01-24", &d, &t), 0);
  assert_int_equal(t, DL_NO_TIME);
  assert_int_equal(dl_parse_datetime("2020-01-24T24:00", &d, &t), -1);
  assert_int_equal(dl_parse_datetime("2020-01-24T10:0", &d, &t), -1);
  assert_int_equal(dl_parse_datetime("2020-01-24 10:00", &d, &t), -1);
  assert_int_equal(dl_parse_datetime("2020-01-24T10:00:00", &d, &t), -1);
  assert_int_equal(dl_parse_datetime("2020-02-30T10:00", &d, &t), -1);
  assert_int_equal(dl_parse_datetime("2020-01-24T", &d, &t), -1);

  assert_int_equal(dl_parse_hhmm("00:00", &t), 0);
  assert_int_equal(t, 0);
  assert_int_equal(dl_parse_hhmm("23:59", &t), 0);
  assert_int_equal(t, 1439);
  assert_int_equal(dl_parse_hhmm("17:00", &t), 0);
  assert_int_equal(t, 1020);
  assert_int_equal(dl_parse_hhmm("24:00", &t), -1);
  assert_int_equal(dl_parse_hhmm("9:00", &t), -1);
  assert_int_equal(dl_parse_hhmm("12:60", &t), -1);
  assert_int_equal(dl_parse_hhmm("12:3", &t), -1);
  assert_int_equal(dl_parse_hhmm("1200", &t), -1);
  assert_int_equal(dl_parse_hhmm("12:00 ", &t), -1);
  assert_int_equal(dl_parse_hhmm(NULL, &t), -1);

  dl_format_date(buf, DL_NO_DAY);
  assert_string_equal(buf, "XXXX-XX-XX");
  dl_format_date(buf, D("1999-12-31"));
  assert_string_equal(buf, "1999-12-31");
}

/* C.R.S. 2-4-108(3): same day number, or the last day of a shorter month. */
static void test_add_months(void **state)
{
  (void)state;
  assert_day(dl_add_months(D("2028-01-31"), 1), "2028-02-29");
  assert_day(dl_add_months(D("2027-01-31"), 1), "2027-02-28");
  assert_day(dl_add_months(D("2024-02-29"), 12), "2025-02-28");
  assert_day(dl_add_months(D("2024-03-31"), -1), "2024-02-29");
  assert_day(dl_add_months(D("2024-01-15"), 0), "2024-01-15");
  assert_day(dl_add_months(D("2024-12-31"), 2), "2025-02-28");
  assert_day(dl_add_months(D("2024-05-31"), 1), "2024-06-30");
  assert_day(dl_add_months(D("2024-01-31"), -13), "2022-12-31");
  assert_int_equal(dl_add_months(DL_NO_DAY, 1), DL_NO_DAY);
}

/* ------------------------------------------------------------ worked examples */

/*
** ICE administrative subpoenas served on Denver Mon 2020-01-13 (LAW.md 3.1): the
** period is what the subpoena states, calendar days, trigger day excluded, no
** roll. 13 + 14 = Mon 2020-01-27 (Westword: "respond today, January 27");
** 13 + 3 = Thu 2020-01-16.
*/
static void test_ice_subpoena(void **state)
{
  struct dl_input in = input("2020-01-13");
  struct dl_result r;
  (void)state;
  r = run_code("admin-subpoena", 14, &in, &FED);
  assert_int_equal(r.status, DL_OK);
  assert_day(r.day0, "2020-01-13");
  assert_day(r.due, "2020-01-27");
  assert_day(r.original_due, "2020-01-27");
  assert_int_equal(r.due_min, DL_NO_TIME);
  r = run_code("admin-subpoena", 3, &in, &FED);
  assert_day(r.due, "2020-01-16");
  /* No roll: 12 days from Mon 01-13 is Sat 01-25, and it stays there. */
  r = run_code("admin-subpoena", 12, &in, &FED);
  assert_day(r.due, "2020-01-25");
}

/*
** CORA (us-co), received Fri 2020-01-17. Day 0 = Fri 17. Sat 18, Sun 19 and
** MLK Day Mon 20 are skipped: Tue 21 = 1, Wed 22 = 2, Thu 23 = 3 -> Thu
** 2020-01-23. With the 7-day extension: Fri 24 = 4, Mon 27 = 5, Tue 28 = 6,
** Wed 29 = 7, Thu 30 = 8, Fri 31 = 9, Mon Feb 3 = 10 -> Mon 2020-02-03.
*/
static void test_cora_mlk(void **state)
{
  struct dl_input in = input("2020-01-17");
  struct dl_result r;
  (void)state;
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.day0, "2020-01-17");
  assert_day(r.due, "2020-01-23");
  in.extend = 7;
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.original_due, "2020-01-23");
  assert_day(r.due, "2020-02-03");
  /* Two extensions adding up to 7 (3, then 4 more) are the same total. */
  in.extend = 3;
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.due, "2020-01-28"); /* Fri 24 = 4, Mon 27 = 5, Tue 28 = 6 */
  in.extend = 3 + 4;
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.due, "2020-02-03");
}

/*
** FOIA (us-federal) received Mon 2024-11-18, across Thanksgiving (Thu 11-28),
** Christmas (Wed 12-25) and New Year's Day (Wed 2025-01-01).
** Nov 19-22 = 1-4, 25-27 = 5-7, (28 Thanksgiving), 29 = 8, Dec 2-6 = 9-13,
** 9-13 = 14-18, 16 = 19, 17 = 20 -> Tue 2024-12-17.
** +10: Dec 18-20 = 21-23, 23-24 = 24-25, (25), 26-27 = 26-27, 30-31 = 28-29,
** (Jan 1), Thu Jan 2 = 30 -> Thu 2025-01-02.
** Christmas Eve 2024 was an executive-order closure, not a statutory holiday
** (C7): as a closure it moves the extended date to Fri 2025-01-03.
*/
static void test_foia_year_end(void **state)
{
  struct dl_input in = input("2024-11-18");
  struct dl_result r;
  struct hol_day eo = {0, "Christmas Eve (executive order)", 1};
  struct hol_set withclosure;
  (void)state;
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.due, "2024-12-17");
  in.extend = 10;
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.original_due, "2024-12-17");
  assert_day(r.due, "2025-01-02");
  /* Two extension notices, 4 + 6 working days: the same 30th working day. */
  in.extend = 4 + 6;
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.due, "2025-01-02");
  eo.day = D("2024-12-24");
  assert_int_equal(
      hol_set_build(&withclosure, seed_us_federal, SEED_COUNT(seed_us_federal), &eo, 1, 2020, 2030),
      0);
  r = run_code("us-foia", 0, &in, &withclosure);
  assert_day(r.original_due, "2024-12-17");
  assert_day(r.due, "2025-01-03");
  hol_set_release(&withclosure);
}

/*
** FOIA received Mon 2027-12-13, across the Saturday New Year's Day 2028
** observed Fri 2027-12-31 (and Christmas observed Fri 12-24):
** Dec 14-17 = 1-4, 20-23 = 5-8, (24), 27-30 = 9-12, (31), Jan 3-7 = 13-17,
** 10-12 = 18-20 -> Wed 2028-01-12.
** CORA (us-co) received Thu 2027-12-30: (Fri 31), Mon Jan 3 = 1, Tue 4 = 2,
** Wed 5 = 3 -> Wed 2028-01-05.
*/
static void test_new_year_2028(void **state)
{
  struct dl_input in = input("2027-12-13");
  struct dl_result r;
  (void)state;
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.due, "2028-01-12");
  in = input("2027-12-30");
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.due, "2028-01-05");
  /* Received on the observed holiday itself: day 0 = Mon 2028-01-03 (C2), so
     Tue 4 = 1, Wed 5 = 2, Thu 6 = 3. */
  in = input("2027-12-31");
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.day0, "2028-01-03");
  assert_day(r.due, "2028-01-06");
}

/*
** Juneteenth: first observed Fri 2021-06-18 (federal); Colorado only from 2022.
** 3 working days from Wed 2021-06-16: us-federal (ga-ora) Thu 17 = 1, (Fri 18),
** Mon 21 = 2, Tue 22 = 3 -> Tue 2021-06-22. us-co (co-cora): Thu 17, Fri 18,
** Mon 21 -> Mon 2021-06-21.
** FOIA received Mon 2021-06-14: Jun 15-17 = 1-3, (18), 21-25 = 4-8, 28-Jul 2 =
** 9-13, (Mon Jul 5, Independence Day observed), Jul 6-9 = 14-17, 12-14 =
** 18-20 -> Wed 2021-07-14.
*/
static void test_juneteenth(void **state)
{
  struct dl_input in = input("2021-06-16");
  struct dl_result r;
  (void)state;
  r = run_code("ga-ora", 0, &in, &FED);
  assert_day(r.due, "2021-06-22");
  r = run_code("co-cora", 0, &in, &CO);
  assert_day(r.due, "2021-06-21");
  in = input("2021-06-14");
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.due, "2021-07-14");
  /* 2020 had no Juneteenth: 3 working days from Wed 2020-06-17 end Mon 06-22 (Thu 18,
     Fri 19, Mon 22). */
  in = input("2020-06-17");
  r = run_code("ga-ora", 0, &in, &FED);
  assert_day(r.due, "2020-06-22");
}

/*
** Cabrini Day (Mon 2026-10-05, us-co) vs Columbus Day (Mon 2026-10-12,
** us-federal); us-federal-dco has both. 3 working days:
** from Fri 2026-10-02: federal Mon 5, Tue 6, Wed 7 -> 10-07; us-co (5) Tue 6,
**   Wed 7, Thu 8 -> 10-08; dco the same as us-co -> 10-08.
** from Fri 2026-10-09: federal (12) Tue 13, Wed 14, Thu 15 -> 10-15; us-co Mon
**   12, Tue 13, Wed 14 -> 10-14; dco (12) -> 10-15.
** 7 working days from Fri 2026-10-02 under dco: (5), 6-9 = 1-4, (12), 13 = 5,
**   14 = 6, 15 = 7 -> Thu 10-15.
** Before Cabrini Day, us-co had Columbus Day (Mon 2019-10-14): CORA from Fri
**   2019-10-04: Mon 7, Tue 8, Wed 9 -> 10-09; from Fri 2019-10-11: (14) Tue 15,
**   Wed 16, Thu 17 -> 10-17.
*/
static void test_cabrini_columbus(void **state)
{
  struct dl_rule w3 = seed_dl_rule("ga-ora", 0), w7 = w3;
  struct dl_input in = input("2026-10-02");
  (void)state;
  w7.count = 7;
  assert_day(run(&w3, &in, &FED).due, "2026-10-07");
  assert_day(run(&w3, &in, &CO).due, "2026-10-08");
  assert_day(run(&w3, &in, &DCO).due, "2026-10-08");
  assert_day(run(&w7, &in, &DCO).due, "2026-10-15");
  in = input("2026-10-09");
  assert_day(run(&w3, &in, &FED).due, "2026-10-15");
  assert_day(run(&w3, &in, &CO).due, "2026-10-14");
  assert_day(run(&w3, &in, &DCO).due, "2026-10-15");
  in = input("2019-10-04");
  assert_day(run_code("co-cora", 0, &in, &CO).due, "2019-10-09");
  in = input("2019-10-11");
  assert_day(run_code("co-cora", 0, &in, &CO).due, "2019-10-17");
}

/*
** Months and leap days (C.R.S. 2-4-108(3), LAW.md CRS-03/CRS-04):
** 1 month from 2028-01-31 = Tue 2028-02-29 (a working day; no roll).
** 1 month from 2027-01-31 = Sun 2027-02-28 -> rolled to Mon 2027-03-01.
** co-days 30 from Tue 2028-02-01: Feb has 29 days, so Thu 2028-03-02.
** co-days 28 from Sun 2027-01-31 = Sun 2027-02-28 -> Mon 2027-03-01.
*/
static void test_months_leap(void **state)
{
  struct dl_input in = input("2028-01-31");
  struct dl_rule rule;
  struct dl_result r;
  (void)state;
  r = run_code("co-months", 1, &in, &CO);
  assert_day(r.due, "2028-02-29");
  in = input("2027-01-31");
  r = run_code("co-months", 1, &in, &CO);
  assert_day(r.due, "2027-03-01");
  assert_day(r.original_due, "2027-03-01");
  in = input("2028-02-01");
  assert_day(run_code("co-days", 30, &in, &CO).due, "2028-03-02");
  in = input("2027-01-31");
  assert_day(run_code("co-days", 28, &in, &CO).due, "2027-03-01");
  /* FOIA appeal window: 90 calendar days from Tue 2024-01-02 across Feb 29:
     Jan 31 = +29, Feb 29 = +58, Mar 31 = +89 -> Mon 2024-04-01. */
  in = input("2024-01-02");
  assert_day(run_code("us-foia-appeal-window", 0, &in, &FED).due, "2024-04-01");
  /* A months extension in the rule's own unit (DL_EXT_SAME) adds months to the whole
     period: 1 + 1 from 01-31 is 03-31. (co-months itself allows none: C.R.S. 2-4-108.) */
  in = input("2028-01-31");
  in.extend = 1;
  rule = seed_dl_rule("co-months", 1);
  rule.ext_unit = DL_EXT_SAME;
  r = run(&rule, &in, &CO);
  assert_day(r.original_due, "2028-02-29");
  assert_day(r.due, "2028-03-31");
}

/*
** Issue 8 item 6: extensions in the law's own unit. Pennsylvania RTKL received Mon
** 2025-03-03: 5 business days -> Mon 03-10 (65 P.S. 67.901); the extension is 30
** calendar days after that (67.902(b)): Wed 2025-04-09, not 30 working days (04-21).
** Calendar-day rule, working-day extension: ca-cpra-like 10 calendar days from Fri
** 2025-01-10 -> Mon 01-20 (MLK Day, no roll); + 3 working days -> Thu 01-23.
*/
/* dl_extension_to (pubrec extend --to DATE), worked by hand on us-federal. us-foia:
   received Mon 2025-09-15, 20 working days = Tue 10-14 (Columbus Day 10-13 skipped). */
static void test_extension_to(void **state)
{
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  struct dl_input in = input("2025-09-15");
  struct dl_to to;
  (void)state;
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-21"), 10), DL_OK);
  /* 10-15 .. 10-17 (3), 10-20 (4), 10-21 (5). */
  assert_int_equal(to.status, DL_TO_EXACT);
  assert_int_equal(to.n, 5);
  assert_day(to.due, "2025-10-14");
  /* The cap: 10 working days end on Tue 10-28; 10-29 is past it. */
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-28"), 10), DL_OK);
  assert_int_equal(to.status, DL_TO_EXACT);
  assert_int_equal(to.n, 10);
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-29"), 10), DL_OK);
  assert_int_equal(to.status, DL_TO_BEYOND);
  assert_day(to.below, "2025-10-28");
  /* A Saturday: 4 days end on Fri 10-17, 5 on Mon 10-20. */
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-18"), 10), DL_OK);
  assert_int_equal(to.status, DL_TO_BETWEEN);
  assert_int_equal(to.n, 4);
  assert_day(to.below, "2025-10-17");
  assert_day(to.above, "2025-10-20");
  /* Not after the due date; a cap already used up. */
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-14"), 10), DL_OK);
  assert_int_equal(to.status, DL_TO_NOT_AFTER);
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-15"), 0), DL_OK);
  assert_int_equal(to.status, DL_TO_BEYOND);
  assert_day(to.below, "2025-10-14");
  /* Counted on top of the extension already granted: 3 days end on Fri 10-17. */
  in.extend = 3;
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-10-21"), 7), DL_OK);
  assert_int_equal(to.status, DL_TO_EXACT);
  assert_int_equal(to.n, 2);
  assert_day(to.due, "2025-10-17");
  /* Calendar extension days (65 P.S. 67.902(b)): 5 business days from Fri 2025-03-07 =
     Fri 03-14; 03-14 + 30 = Sun 04-13, rolled to Mon 04-14 when the rule rolls, so no
     whole number of days ends on the Sunday; 29 days end on Sat 04-12, rolled too. */
  rule = seed_dl_rule("pa-rtkl", 0);
  in = input("2025-03-07");
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-04-13"), 30), DL_OK);
  assert_int_equal(to.status, DL_TO_EXACT);
  assert_int_equal(to.n, 30);
  rule.roll = DL_ROLL_FORWARD;
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-04-13"), 30), DL_OK);
  assert_int_equal(to.status, DL_TO_BETWEEN);
  assert_day(to.above, "2025-04-14");
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-04-14"), 30), DL_OK);
  assert_int_equal(to.status, DL_TO_EXACT);
  assert_int_equal(to.n, 29); /* Sat 04-12 rolls to Mon 04-14 too: the fewest days */
  /* No computed date; bad input. */
  rule = seed_dl_rule("la-prl", 0);
  assert_int_equal(rule.unit, DL_NONE);
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-04-14"), 30), DL_NO_DEADLINE);
  rule = seed_dl_rule("us-foia", 0);
  assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, D("2025-04-14"), -1), DL_BAD_INPUT);
}

/* Property: for every n up to the cap, --to the date n days give finds the fewest days
   that end there, and that many days give the same date (working and calendar units,
   rolled or not; starts over a year of us-federal). */
static void test_extension_to_property(void **state)
{
  const char *codes[] = {"us-foia", "pa-rtkl", "ca-cpra", "ny-foil"};
  (void)state;
  for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++)
    for (int roll = 0; roll < 2; roll++)
      for (dl_day start = D("2025-01-01"); start < D("2026-01-01"); start += 5) {
        struct dl_rule rule = seed_dl_rule(codes[c], 0);
        struct dl_input in;
        struct dl_result r;
        struct dl_to to;
        rule.roll = roll ? DL_ROLL_FORWARD : DL_ROLL_NONE;
        dl_input_init(&in, start);
        for (int n = 1; n <= 40; n += 3) {
          in.extend = n;
          assert_int_equal(dl_compute(&r, &rule, &in, &FED), DL_OK);
          in.extend = 0;
          assert_int_equal(dl_extension_to(&to, &rule, &in, &FED, r.due, 40), DL_OK);
          if (r.due == to.due) { /* rolled onto the due date itself: nothing to extend */
            assert_int_equal(to.status, DL_TO_NOT_AFTER);
            continue;
          }
          assert_int_equal(to.status, DL_TO_EXACT);
          assert_true(to.n >= 1 && to.n <= n);
          struct dl_result back;
          in.extend = to.n;
          assert_int_equal(dl_compute(&back, &rule, &in, &FED), DL_OK);
          assert_int_equal(back.due, r.due);
          if (to.n > 1) { /* the fewest: one day less ends earlier */
            in.extend = to.n - 1;
            assert_int_equal(dl_compute(&back, &rule, &in, &FED), DL_OK);
            assert_true(back.due < r.due);
          }
          in.extend = 0;
        }
      }
}

static void test_extension_units(void **state)
{
  struct dl_rule rule = seed_dl_rule("pa-rtkl", 0);
  struct dl_input in = input("2025-03-03");
  struct dl_result r;
  (void)state;
  assert_int_equal(rule.ext_unit, DL_EXT_CALENDAR);
  in.extend = 30;
  r = run(&rule, &in, &FED);
  assert_day(r.original_due, "2025-03-10");
  assert_day(r.due, "2025-04-09");
  rule.ext_unit = DL_EXT_SAME; /* what pubrec did: 30 working days */
  assert_day(run(&rule, &in, &FED).due, "2025-04-21");
  /* Rolled forward when the rule rolls: 2025-03-07 (Fri) + 5 BD = Fri 03-14, + 30
     calendar days = Sun 04-13 -> Mon 04-14. */
  rule = seed_dl_rule("pa-rtkl", 0);
  rule.roll = DL_ROLL_FORWARD;
  in = input("2025-03-07");
  in.extend = 30;
  assert_day(run(&rule, &in, &FED).due, "2025-04-14");
  rule.roll = DL_ROLL_NONE;
  assert_day(run(&rule, &in, &FED).due, "2025-04-13");
  /* A toll before the original due date still moves it; the extension follows. */
  {
    struct dl_toll t = {D("2025-03-05"), D("2025-03-12")};
    in = input("2025-03-03");
    in.extend = 30;
    in.tolls = &t;
    in.ntolls = 1;
    rule = seed_dl_rule("pa-rtkl", 0);
    r = run(&rule, &in, &FED);
    /* Used Tue 4, Wed 5 (2); resumed Wed 12: Thu 13, Fri 14, Mon 17 -> 03-17; + 30 = 04-16. */
    assert_day(r.original_due, "2025-03-17");
    assert_day(r.due, "2025-04-16");
  }
  rule = seed_dl_rule("ca-cpra", 0);
  rule.ext_unit = DL_EXT_WORKING;
  in = input("2025-01-10");
  in.extend = 3;
  r = run(&rule, &in, &FED);
  assert_day(r.original_due, "2025-01-20");
  assert_day(r.due, "2025-01-23");
  /* ca-cpra as seeded: 14 calendar days more -> Mon 02-03. */
  rule = seed_dl_rule("ca-cpra", 0);
  in.extend = 14;
  assert_day(run(&rule, &in, &FED).due, "2025-02-03");
}

/*
** Calendar days with and without a roll, Wed 2020-01-15 + 10 = Sat 2020-01-25:
** us-foia-expedited does not roll (UNSURE, earlier date); co-days rolls to Mon
** 2020-01-27 (us-co: Jan 27 is not a holiday).
*/
static void test_calendar_roll(void **state)
{
  struct dl_input in = input("2020-01-15");
  (void)state;
  assert_day(run_code("us-foia-expedited", 0, &in, &FED).due, "2020-01-25");
  assert_day(run_code("co-days", 10, &in, &CO).due, "2020-01-27");
  /* Ending on MLK Day Mon 2020-01-20 (from Fri 01-10 + 10): roll to Tue 01-21. */
  in = input("2020-01-10");
  assert_day(run_code("co-days", 10, &in, &CO).due, "2020-01-21");
  /* A calendar extension: 10 + 5 from Wed 01-15 = Thu 01-30. */
  in = input("2020-01-15");
  in.extend = 5;
  assert_day(run_code("co-days", 10, &in, &CO).due, "2020-01-30");
  assert_day(run_code("co-days", 10, &in, &CO).original_due, "2020-01-27");
}

/*
** Cutoff times (C3). CORA with an agency cutoff:
** 17:00: received Tue 2020-01-14 16:59 -> day 0 = Tue 14: Wed 15, Thu 16, Fri 17
**   -> 01-17. At 17:00 -> day 0 = Wed 15: Thu 16, Fri 17, (Sat, Sun, MLK), Tue 21
**   -> 01-21.
** 15:00 (CDOR): 14:59 -> 01-17; 15:00 -> 01-21.
** Fri 2020-01-17 at 17:30 -> day 0 = the next working day after Fri = Tue 01-21
**   (MLK Day Monday): Wed 22, Thu 23, Fri 24 -> 01-24.
** No time given: the cutoff cannot apply -> day 0 = Tue 14 -> 01-17.
*/
static void test_cutoff(void **state)
{
  struct dl_rule rule = seed_dl_rule("co-cora", 0);
  struct dl_input in = input("2020-01-14");
  struct dl_result r;
  (void)state;
  rule.cutoff = 17 * 60;
  in.start_min = 16 * 60 + 59;
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-14");
  assert_day(r.due, "2020-01-17");
  in.start_min = 17 * 60;
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-15");
  assert_day(r.due, "2020-01-21");
  rule.cutoff = 15 * 60;
  in.start_min = 14 * 60 + 59;
  assert_day(run(&rule, &in, &CO).due, "2020-01-17");
  in.start_min = 15 * 60;
  assert_day(run(&rule, &in, &CO).due, "2020-01-21");
  rule.cutoff = 17 * 60;
  in = input("2020-01-17");
  in.start_min = 17 * 60 + 30;
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-21");
  assert_day(r.due, "2020-01-24");
  in = input("2020-01-14");
  assert_day(run(&rule, &in, &CO).due, "2020-01-17");
  /* A calendar-day rule ignores the cutoff (LAW.md C3; FRCP 6(a)(1)(A) excludes the day
     of the event whatever the hour): Fri 2020-01-17 17:30 or 09:00 -> day 0 Fri 17,
     + 10 = Mon 01-27. */
  rule = seed_dl_rule("us-foia-expedited", 0);
  rule.cutoff = 17 * 60;
  in = input("2020-01-17");
  in.start_min = 17 * 60 + 30;
  r = run(&rule, &in, &FED);
  assert_day(r.day0, "2020-01-17");
  assert_day(r.due, "2020-01-27");
  in.start_min = 9 * 60;
  assert_day(run(&rule, &in, &FED).due, "2020-01-27");
  /* Issue 8 item 5: FRCP 45(d)(2)(B) objection, agency cutoff 15:00, served Mon
     2026-03-02 at 16:00: day 0 Mon 03-02, + 14 = Mon 03-16 (not 03-17). */
  rule = seed_dl_rule("frcp-45-objection", 0);
  rule.cutoff = 15 * 60;
  in = input("2026-03-02");
  in.start_min = 16 * 60;
  r = run(&rule, &in, &FED);
  assert_day(r.day0, "2026-03-02");
  assert_day(r.due, "2026-03-16");
  /* A months rule too: C.R.S. 2-4-108(3), 1 month after Fri 2020-01-17 at 18:00 is
     Mon 02-17 (Presidents' Day on us-co: rolled to Tue 02-18), not from Tue 01-21. */
  rule = seed_dl_rule("co-months", 1);
  rule.cutoff = 17 * 60;
  in = input("2020-01-17");
  in.start_min = 18 * 60;
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-17");
  assert_day(r.due, "2020-02-18");
}

/*
** Non-working-day receipt (C2). CORA received Sat 2020-01-18: day 0 = Tue 01-21
** (Sun, MLK Mon skipped): Wed 22, Thu 23, Fri 24 -> 01-24. Same when received on
** MLK Day. A rule without C2 counts from the Saturday itself: Tue 21, Wed 22, Thu
** 23 -> 01-23.
*/
static void test_nonworking_receipt(void **state)
{
  struct dl_rule rule = seed_dl_rule("co-cora", 0);
  struct dl_input in = input("2020-01-18");
  struct dl_result r;
  (void)state;
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-21");
  assert_day(r.due, "2020-01-24");
  in = input("2020-01-20");
  assert_day(run(&rule, &in, &CO).due, "2020-01-24");
  rule.shift_nonworking_start = 0;
  in = input("2020-01-18");
  r = run(&rule, &in, &CO);
  assert_day(r.day0, "2020-01-18");
  assert_day(r.due, "2020-01-23");
}

/*
** Tolling (C9), FOIA received Mon 2024-03-04 (no federal holiday until Memorial
** Day). Untolled: Mar 5-8 = 1-4, 11-15 = 5-9, 18-22 = 10-14, 25-29 = 15-19,
** Mon Apr 1 = 20 -> 2024-04-01.
** One toll: sent Mon 03-11 (used: Mar 5, 6, 7, 8, 11 = 5), reply Wed 03-20 = new
**   day 0; 15 remain: Mar 21-22 = 2, 25-29 = 7, Apr 1-5 = 12, 8-10 = 15 -> Wed
**   2024-04-10.
** Two tolls: also sent Mon 03-25 (used += Mar 21, 22, 25 = 8), reply Sat 03-30 ->
**   day 0 Mon 04-01 (C2); 12 remain: Apr 2-5 = 4, 8-12 = 9, 15-17 = 12 -> Wed
**   2024-04-17.
** Still tolled: the second reply not received -> DL_TOLLED, used 8, day 0 = 03-20.
*/
static void test_tolling(void **state)
{
  struct dl_toll tolls[2];
  struct dl_input in = input("2024-03-04");
  struct dl_result r;
  (void)state;
  r = run_code("us-foia", 0, &in, &FED);
  assert_day(r.due, "2024-04-01");

  tolls[0].sent = D("2024-03-11");
  tolls[0].replied = D("2024-03-20");
  in.tolls = tolls;
  in.ntolls = 1;
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_OK);
  assert_int_equal(r.used, 5);
  assert_day(r.day0, "2024-03-20");
  assert_day(r.due, "2024-04-10");
  assert_day(r.original_due, "2024-04-10");

  tolls[1].sent = D("2024-03-25");
  tolls[1].replied = D("2024-03-30");
  in.ntolls = 2;
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.used, 8);
  assert_day(r.day0, "2024-04-01");
  assert_day(r.due, "2024-04-17");

  tolls[1].replied = DL_NO_DAY;
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_TOLLED);
  assert_int_equal(r.used, 8);
  assert_day(r.day0, "2024-03-20");
  assert_int_equal(r.due, DL_NO_DAY);
  assert_int_equal(r.original_due, DL_NO_DAY);
}

/*
** Tolling edge cases, same request (due Mon 2024-04-01 untolled):
** - Sent Tue 04-02, after the period ran out: no effect, due stays 04-01.
** - Sent on the last day, Mon 04-01: 20 used, 0 remain; the reply day (Wed 04-10)
**   is the new day 0 and the due date.
** - With the +10 extension (untolled: Apr 2-5 = 21-24, 8-12 = 25-29, Mon 15 = 30),
**   a request sent Tue 04-02 (after the original due date) pauses only the
**   extended period: used 21 (through Apr 2), reply Mon 04-08 = day 0, 9 remain:
**   Apr 9-12 = 4, 15-19 = 9 -> Fri 2024-04-19; original_due stays 04-01.
** - Sent on Sat 2024-03-02 style cases: a request before day 0 uses nothing.
**   Received Fri 2024-03-08 at 18:00 with a 17:00 cutoff -> day 0 Mon 03-11; a
**   request sent Sat 03-09, reply Tue 03-12 -> day 0 Tue 03-12, 20 days: Mar
**   13-15 = 3, 18-22 = 8, 25-29 = 13, Apr 1-5 = 18, 8-9 = 20 -> Tue 04-09.
*/
static void test_tolling_edges(void **state)
{
  struct dl_toll t[2];
  struct dl_input in = input("2024-03-04");
  struct dl_rule rule;
  struct dl_result r;
  (void)state;
  in.tolls = t;
  in.ntolls = 1;
  t[0].sent = D("2024-04-02");
  t[0].replied = D("2024-04-10");
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_OK);
  assert_day(r.due, "2024-04-01");
  t[0].replied = DL_NO_DAY; /* unanswered, but too late to pause anything */
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_OK);
  assert_day(r.due, "2024-04-01");

  t[0].sent = D("2024-04-01");
  t[0].replied = D("2024-04-10");
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.used, 20);
  assert_day(r.due, "2024-04-10");

  in.extend = 10;
  t[0].replied = DL_NO_DAY;
  t[0].sent = D("2024-04-02");
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_TOLLED);
  assert_day(r.original_due, "2024-04-01");
  assert_int_equal(r.used, 21);
  t[0].replied = D("2024-04-08");
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_OK);
  assert_day(r.original_due, "2024-04-01");
  assert_day(r.due, "2024-04-19");
  assert_int_equal(r.used, 21);

  rule = seed_dl_rule("us-foia", 0);
  rule.cutoff = 17 * 60;
  in = input("2024-03-08");
  in.start_min = 18 * 60;
  in.tolls = t;
  in.ntolls = 1;
  t[0].sent = D("2024-03-09");
  t[0].replied = D("2024-03-12");
  r = run(&rule, &in, &FED);
  assert_int_equal(r.used, 0);
  assert_day(r.day0, "2024-03-12");
  assert_day(r.due, "2024-04-09");
}

static void test_tolling_bad(void **state)
{
  struct dl_toll t[2];
  struct dl_input in = input("2024-03-04");
  struct dl_rule cal = seed_dl_rule("co-days", 14);
  struct dl_result r;
  (void)state;
  in.tolls = t;
  in.ntolls = 1;
  t[0].sent = D("2024-03-11");
  t[0].replied = D("2024-03-10"); /* reply before request */
  r = run_code("us-foia", 0, &in, &FED);
  assert_int_equal(r.status, DL_BAD_INPUT);
  assert_int_equal(r.due, DL_NO_DAY);
  t[0].sent = D("2024-03-01"); /* before the request was received */
  t[0].replied = D("2024-03-12");
  assert_int_equal(run_code("us-foia", 0, &in, &FED).status, DL_BAD_INPUT);
  t[0].sent = D("2024-03-11");
  t[0].replied = DL_NO_DAY; /* unanswered, then another toll */
  t[1].sent = D("2024-03-20");
  t[1].replied = D("2024-03-21");
  in.ntolls = 2;
  assert_int_equal(run_code("us-foia", 0, &in, &FED).status, DL_BAD_INPUT);
  t[0].replied = D("2024-03-15"); /* overlapping tolls */
  t[1].sent = D("2024-03-14");
  assert_int_equal(run_code("us-foia", 0, &in, &FED).status, DL_BAD_INPUT);
  in.ntolls = 1; /* tolls on a calendar-day rule are not supported */
  assert_int_equal(run(&cal, &in, &FED).status, DL_BAD_INPUT);
  in.tolls = NULL;
  assert_int_equal(run_code("us-foia", 0, &in, &FED).status, DL_BAD_INPUT);
}

/*
** FOIA routing (552(a)(6)(A)(ii)), first received by a designated component Mon
** 2024-03-04. The routing limit: 10 working days after day 0 = Mar 5-8 = 1-4,
** 11-15 = 5-9, Mon 18 = 10 -> 03-18.
** Routed Wed 03-06 (earlier): day 0 = 03-06, 20 days: Mar 7-8 = 2, 11-15 = 7,
**   18-22 = 12, 25-29 = 17, Apr 1-3 = 20 -> Wed 2024-04-03.
** Routed Mon 03-25 (later than the limit): day 0 = 03-18, 20 days: Mar 19-22 = 4,
**   25-29 = 9, Apr 1-5 = 14, 8-12 = 19, Mon 15 = 20 -> 2024-04-15.
** Routed Wed 03-06 at 17:30 with a 17:00 cutoff: day 0 Thu 03-07 -> Thu 04-04.
** Not routed: day 0 = 03-04 -> 04-01.
*/
static void test_routing(void **state)
{
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  struct dl_input in = input("2024-03-04");
  struct dl_result r;
  (void)state;
  assert_int_equal(rule.routing_days, 10);
  in.routed = D("2024-03-06");
  r = run(&rule, &in, &FED);
  assert_day(r.day0, "2024-03-06");
  assert_day(r.due, "2024-04-03");
  in.routed = D("2024-03-25");
  r = run(&rule, &in, &FED);
  assert_day(r.day0, "2024-03-18");
  assert_day(r.due, "2024-04-15");
  in.routed = D("2024-03-18"); /* on the limit itself */
  assert_day(run(&rule, &in, &FED).due, "2024-04-15");
  rule.cutoff = 17 * 60;
  in.routed = D("2024-03-06");
  in.routed_min = 17 * 60 + 30;
  r = run(&rule, &in, &FED);
  assert_day(r.day0, "2024-03-07");
  assert_day(r.due, "2024-04-04");
  in.routed = DL_NO_DAY;
  assert_day(run(&rule, &in, &FED).due, "2024-04-01");
  in.routed = D("2024-03-01"); /* before first receipt */
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  /* A rule without routing ignores in->routed. */
  rule.routing_days = 0;
  in.routed = D("2024-03-25");
  assert_day(run(&rule, &in, &FED).due, "2024-04-01");
}

/*
** FRCP 45(d)(2)(B): the earlier of 14 days after service and the compliance
** time. Served Mon 2020-01-13 + 14 = Mon 2020-01-27 (us-federal, a working day).
** Compliance Fri 01-24 10:00 -> due 01-24 before 10:00. Compliance Wed 01-29
** 10:00 -> 01-27 end of day. Compliance Mon 01-27 09:00 -> 01-27 before 09:00.
** Compliance 01-27 without a time -> 01-27, end of day. Compliance 01-24 without a
** time -> 01-24, no time.
** Served Mon 2020-01-06 + 14 = MLK Day Mon 01-20 -> rolls to Tue 01-21 (FRCP
** 6(a)(1)(C)); compliance Tue 01-21 09:00 -> before 09:00 that day.
*/
static void test_earlier_of(void **state)
{
  struct dl_input in = input("2020-01-13");
  struct dl_result r;
  (void)state;
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-27");
  in.compliance = D("2020-01-24");
  in.compliance_min = 600;
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-24");
  assert_int_equal(r.due_min, 600);
  assert_day(r.original_due, "2020-01-24");
  in.compliance = D("2020-01-29");
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-27");
  assert_int_equal(r.due_min, DL_NO_TIME);
  in.compliance = D("2020-01-27");
  in.compliance_min = 540;
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-27");
  assert_int_equal(r.due_min, 540);
  in.compliance_min = DL_NO_TIME;
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-27");
  assert_int_equal(r.due_min, DL_NO_TIME);
  in.compliance = D("2020-01-24");
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-24");
  assert_int_equal(r.due_min, DL_NO_TIME);

  in = input("2020-01-06");
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-21");
  in.compliance = D("2020-01-21");
  in.compliance_min = 9 * 60;
  r = run_code("frcp-45-objection", 0, &in, &FED);
  assert_day(r.due, "2020-01-21");
  assert_int_equal(r.due_min, 540);
  /* A rule without earlier_of ignores the compliance date. */
  in.compliance = D("2020-01-08");
  assert_day(run_code("admin-subpoena", 14, &in, &FED).due, "2020-01-20");
}

/* "Promptly" rules: no computed date. */
static void test_no_deadline(void **state)
{
  struct dl_input in = input("2024-03-04");
  struct dl_result r;
  (void)state;
  r = run_code("la-prl", 0, &in, &FED);
  assert_int_equal(r.status, DL_NO_DEADLINE);
  assert_int_equal(r.due, DL_NO_DAY);
  assert_int_equal(r.original_due, DL_NO_DAY);
  r = run_code("tx-pia", 0, &in, &FED);
  assert_int_equal(r.status, DL_NO_DEADLINE);
}

static void test_bad_input(void **state)
{
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  struct dl_input in = input("2024-03-04");
  struct dl_result r;
  (void)state;
  assert_int_equal(dl_compute(NULL, &rule, &in, &FED), DL_BAD_INPUT);
  assert_int_equal(dl_compute(&r, NULL, &in, &FED), DL_BAD_INPUT);
  assert_int_equal(dl_compute(&r, &rule, NULL, &FED), DL_BAD_INPUT);
  assert_int_equal(r.due, DL_NO_DAY);
  in.start = DL_NO_DAY;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  in = input("2024-03-04");
  in.start_min = 1440;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  in.start_min = DL_NO_TIME;
  in.extend = -1;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  in.extend = 0;
  rule.count = DL_MAX_COUNT + 1;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  rule.count = 20;
  rule.unit = 9;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  rule.unit = DL_WORKING;
  rule.cutoff = 24 * 60;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  rule.cutoff = DL_NO_TIME;
  /* A result past 9999-12-31. */
  in.start = DL_MAX_DAY - 3;
  assert_int_equal(run(&rule, &in, &FED).status, DL_BAD_INPUT);
  /* The largest count still works (no holidays that far: weekdays only). */
  in = input("2024-03-04");
  rule.count = DL_MAX_COUNT;
  assert_int_equal(run(&rule, &in, NULL).status, DL_OK);
}

/* The working-day helpers against hand counts. */
static void test_working_helpers(void **state)
{
  (void)state;
  assert_day(dl_add_working_days(&FED, D("2020-01-17"), 1), "2020-01-21");
  assert_day(dl_add_working_days(&FED, D("2020-01-17"), 0), "2020-01-17");
  assert_day(dl_add_working_days(&FED, D("2020-01-18"), 1), "2020-01-21");
  assert_int_equal(dl_add_working_days(&FED, D("2020-01-18"), -1), DL_NO_DAY);
  assert_day(dl_next_working(&FED, D("2020-01-18")), "2020-01-21");
  assert_day(dl_next_working(&FED, D("2020-01-21")), "2020-01-21");
  assert_int_equal(dl_working_days_between(&FED, D("2020-01-17"), D("2020-01-23")), 3);
  assert_int_equal(dl_working_days_between(&FED, D("2020-01-23"), D("2020-01-17")), -3);
  assert_int_equal(dl_working_days_between(&FED, D("2020-01-17"), D("2020-01-17")), 0);
  assert_int_equal(dl_working_days_between(&FED, D("2020-01-18"), D("2020-01-20")), 0);
  assert_false(dl_is_working(&FED, D("2020-01-20")));
  assert_true(dl_is_working(&FED, D("2020-01-21")));
  assert_false(dl_is_working(&FED, D("2020-01-25")));
  /* No calendar: weekdays only. */
  assert_day(dl_add_working_days(NULL, D("2020-01-17"), 1), "2020-01-20");
  /* A whole year of 2024 in us-federal: 262 weekdays - 11 weekday holidays. */
  assert_int_equal(dl_working_days_between(&FED, D("2023-12-31"), D("2024-12-31")), 251);
}

/* dl_explain's sentences. */
struct lines {
  char text[200][160];
  int kind[200];
  size_t n;
};

static void collect(void *ctx, const struct dl_step *st)
{
  struct lines *l = ctx;
  if (l->n < 200) {
    memcpy(l->text[l->n], st->text, sizeof(st->text));
    l->kind[l->n] = st->kind;
    l->n++;
  }
}

static int has_line(const struct lines *l, const char *want)
{
  size_t i;
  for (i = 0; i < l->n; i++)
    if (strcmp(l->text[i], want) == 0)
      return 1;
  return 0;
}

static void assert_line(const struct lines *l, const char *want)
{
  size_t i;
  if (has_line(l, want))
    return;
  for (i = 0; i < l->n; i++)
    print_message("  %s\n", l->text[i]);
  fail_msg("no line '%s'", want);
}

static void test_explain_text(void **state)
{
  static struct lines l;
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  struct dl_input in = input("2020-01-13");
  struct dl_result r;
  struct dl_toll t = {0, DL_NO_DAY};
  (void)state;
  rule.cutoff = 17 * 60;
  in.start_min = 9 * 60 + 30;
  l.n = 0;
  assert_int_equal(dl_explain(&r, &rule, &in, &FED, collect, &l), DL_OK);
  assert_line(&l, "2020-01-13 Mon: received at 09:30");
  assert_line(&l, "day 0 is 2020-01-13 Mon: received on a working day before the 17:00 cutoff");
  assert_line(&l, "2020-01-14 Tue: working day 1");
  assert_line(&l, "2020-01-18 Sat: skipped, Saturday");
  assert_line(&l, "2020-01-20 Mon: skipped, Birthday of Martin Luther King, Jr.");
  assert_line(&l, "2020-02-11 Tue: working day 20");
  assert_line(&l, "due 2020-02-11 Tue");
  assert_int_equal(l.kind[0], DL_STEP_START);
  assert_int_equal(l.kind[l.n - 1], DL_STEP_DUE);

  in.start_min = 17 * 60;
  in.extend = 10;
  l.n = 0;
  dl_explain(&r, &rule, &in, &FED, collect, &l);
  assert_line(&l, "day 0 is 2020-01-14 Tue: received at 17:00, at or after the 17:00 cutoff, so "
                  "the next working day");
  assert_line(&l, "original due date 2020-02-12 Wed (20 working days)");
  assert_line(&l, "2020-02-13 Thu: working day 21 (extension day 1)");
  assert_line(&l, "2020-02-17 Mon: skipped, Washington's Birthday");

  in = input("2020-01-18");
  in.tolls = &t;
  in.ntolls = 1;
  t.sent = D("2020-01-23");
  l.n = 0;
  assert_int_equal(dl_explain(&r, &rule, &in, &FED, collect, &l), DL_TOLLED);
  assert_line(&l, "day 0 is 2020-01-21 Tue: received on a non-working day (Saturday), so the "
                  "next working day");
  assert_line(&l, "2020-01-23 Thu: clock paused, the agency asked the requester (2 of 20 working "
                  "days used)");
  assert_line(&l, "no due date while tolled: 2 working days used, waiting for the requester's "
                  "reply");

  /* New Year's Day 2028 observed; a roll under co-months. */
  rule = seed_dl_rule("co-months", 1);
  in = input("2027-01-31");
  l.n = 0;
  dl_explain(&r, &rule, &in, &CO, collect, &l);
  assert_line(&l, "2027-02-28 Sun: 1 month after 2027-01-31 Sun (same day number, or the last day "
                  "of a shorter month)");
  assert_line(&l, "the last day 2027-02-28 Sun is not a working day; the period runs to "
                  "2027-03-01 Mon");
  rule = seed_dl_rule("co-cora", 0);
  in = input("2027-12-30");
  l.n = 0;
  dl_explain(&r, &rule, &in, &CO, collect, &l);
  assert_line(&l, "2027-12-31 Fri: skipped, New Year's Day (observed)");

  rule = seed_dl_rule("frcp-45-objection", 0);
  in = input("2020-01-13");
  in.compliance = D("2020-01-24");
  in.compliance_min = 600;
  l.n = 0;
  dl_explain(&r, &rule, &in, &FED, collect, &l);
  assert_line(&l, "the compliance time 2020-01-24 Fri 10:00 is earlier than the end of 2020-01-27 "
                  "Mon: it controls");
  assert_line(&l, "due 2020-01-24 Fri, before 10:00");
  assert_line(&l, "2020-01-18 Sat: calendar day 5 (Saturday)");

  rule = seed_dl_rule("admin-subpoena", 12);
  in = input("2020-01-13");
  l.n = 0;
  dl_explain(&r, &rule, &in, &FED, collect, &l);
  assert_line(&l, "day 0 is 2020-01-13 Mon: received or served; the trigger day is not counted");
  assert_line(&l, "due 2020-01-25 Sat (not a working day; the rule does not roll it)");

  /* A NULL callback still computes. */
  assert_int_equal(dl_explain(&r, &rule, &in, &FED, NULL, NULL), DL_OK);
  assert_day(r.due, "2020-01-25");
}

/* Long holiday names are cut at a UTF-8 character boundary. */
static void test_explain_truncation(void **state)
{
  static const char longname[] = "Día de la Constitución y de los Derechos Humanos y de la "
                                 "Memoria por la Verdad y la Justicia, con un nombre muy largo "
                                 "que no cabe en la línea ééééééééééééééééééééééééé";
  struct hol_day c = {0, longname, 1};
  struct hol_set set;
  static struct lines l;
  struct dl_rule rule = seed_dl_rule("ga-ora", 0);
  struct dl_input in = input("2024-03-04");
  struct dl_result r;
  size_t i, k;
  (void)state;
  c.day = D("2024-03-05");
  assert_int_equal(hol_set_build(&set, NULL, 0, &c, 1, 2024, 2024), 0);
  l.n = 0;
  dl_explain(&r, &rule, &in, &set, collect, &l);
  for (i = 0; i < l.n; i++) {
    const unsigned char *s = (const unsigned char *)l.text[i];
    size_t len = strlen(l.text[i]);
    assert_true(len < 160);
    /* The string ends on a complete UTF-8 sequence. */
    for (k = 0; k < len;) {
      size_t n = s[k] < 0x80 ? 1 : s[k] >= 0xF0 ? 4 : s[k] >= 0xE0 ? 3 : 2;
      assert_true(k + n <= len);
      k += n;
    }
  }
  assert_int_equal(l.kind[2], DL_STEP_HOLIDAY);
  assert_true(strncmp(l.text[2], "2024-03-05 Tue: skipped, Día de la", 34) == 0);
  hol_set_release(&set);
}

/* ------------------------------------------------------------ property tests */

/* A plain day-by-day reference over a byte map of non-working weekdays. */
#define REF_FIRST 1999
#define REF_LAST 2062
struct ref {
  dl_day base;
  unsigned char hol[(REF_LAST - REF_FIRST + 1) * 366];
};
static struct ref REF_FED, REF_CO, REF_DCO;

static void ref_fill(struct ref *r, const struct hol_set *set)
{
  size_t i;
  r->base = dl_from_civil(REF_FIRST, 1, 1);
  memset(r->hol, 0, sizeof(r->hol));
  for (i = 0; i < set->n; i++) {
    int64_t k = (int64_t)set->days[i].day - r->base;
    if (k >= 0 && k < (int64_t)sizeof(r->hol))
      r->hol[k] = 1;
  }
}

static int ref_working(const struct ref *r, dl_day d)
{
  int64_t k = (int64_t)d - r->base;
  int w = (int)((((int64_t)d + 4) % 7 + 7) % 7);
  assert_true(k >= 0 && k < (int64_t)sizeof(r->hol));
  return w != 0 && w != 6 && !r->hol[k];
}

static dl_day ref_add(const struct ref *r, dl_day d, int n)
{
  while (n > 0)
    if (ref_working(r, ++d))
      n--;
  return d;
}

static int ref_between(const struct ref *r, dl_day a, dl_day b)
{
  int n = 0, sign = 1;
  dl_day t;
  if (b < a) {
    t = a;
    a = b;
    b = t;
    sign = -1;
  }
  while (a < b)
    n += ref_working(r, ++a);
  return sign * n;
}

static dl_day ref_next(const struct ref *r, dl_day d)
{
  while (!ref_working(r, d))
    d++;
  return d;
}

static dl_day ref_day0(const struct ref *r, const struct dl_rule *rule, dl_day d, int min)
{
  if (rule->unit == DL_WORKING && rule->cutoff != DL_NO_TIME && min != DL_NO_TIME &&
      min >= rule->cutoff)
    return ref_add(r, d, 1);
  if (rule->shift_nonworking_start && !ref_working(r, d))
    return ref_next(r, d);
  return d;
}

static dl_day ref_months(dl_day d, int k)
{
  int y, m, dd, dim;
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  dl_to_civil(d, &y, &m, &dd);
  m += k;
  while (m > 12) {
    m -= 12;
    y++;
  }
  dim = len[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
  return dl_from_civil(y, m, dd < dim ? dd : dim);
}

/* The k-th counted working day with tolls (C9 as documented in deadline.c). */
static dl_day ref_toll_due(const struct ref *r, const struct dl_rule *rule,
                           const struct dl_input *in, dl_day day0, int k, int *used, dl_day *last)
{
  dl_day c = day0;
  int u = 0;
  size_t i;
  for (i = 0; i < in->ntolls; i++) {
    const struct dl_toll *t = &in->tolls[i];
    dl_day nr;
    if (t->sent > ref_add(r, c, k - u))
      break;
    if (t->sent > c)
      u += ref_between(r, c, t->sent);
    if (t->replied == DL_NO_DAY) {
      *used = u;
      *last = c;
      return DL_NO_DAY;
    }
    nr = rule->shift_nonworking_start ? ref_next(r, t->replied) : t->replied;
    if (nr > c)
      c = nr;
  }
  *used = u;
  *last = c;
  return ref_add(r, c, k - u);
}

static struct dl_result ref_compute(const struct ref *r, const struct dl_rule *rule,
                                    const struct dl_input *in)
{
  struct dl_result res;
  dl_day d0 = ref_day0(r, rule, in->start, in->start_min), last;
  int used;
  if (rule->routing_days > 0 && in->routed != DL_NO_DAY) {
    dl_day cap = ref_add(r, d0, rule->routing_days);
    dl_day rd = ref_day0(r, rule, in->routed, in->routed_min);
    d0 = rd < cap ? rd : cap;
  }
  int ext_unit = rule->ext_unit == DL_EXT_WORKING    ? DL_WORKING
                 : rule->ext_unit == DL_EXT_CALENDAR ? DL_CALENDAR
                                                     : rule->unit;
  int ext = ext_unit == rule->unit ? in->extend : 0;
  res.status = DL_OK;
  res.day0 = d0;
  res.due_min = DL_NO_TIME;
  res.used = 0;
  if (rule->unit == DL_WORKING) {
    res.original_due = ref_toll_due(r, rule, in, d0, rule->count, &used, &last);
    res.due = ref_toll_due(r, rule, in, d0, rule->count + ext, &res.used, &res.day0);
    if (res.due == DL_NO_DAY)
      res.status = DL_TOLLED;
  } else {
    dl_day o, e;
    if (rule->unit == DL_CALENDAR) {
      o = d0 + rule->count;
      e = d0 + rule->count + ext;
    } else {
      o = ref_months(d0, rule->count);
      e = ref_months(d0, rule->count + ext);
    }
    res.original_due = rule->roll == DL_ROLL_FORWARD ? ref_next(r, o) : o;
    res.due = rule->roll == DL_ROLL_FORWARD ? ref_next(r, e) : e;
  }
  /* An extension in a unit of its own runs after the original due date: calendar
     days (rolled as the rule rolls) or working days. */
  if (res.status == DL_OK && ext_unit != rule->unit && in->extend > 0) {
    if (ext_unit == DL_WORKING)
      res.due = ref_add(r, res.original_due, in->extend);
    else if (rule->roll == DL_ROLL_FORWARD)
      res.due = ref_next(r, res.original_due + in->extend);
    else
      res.due = res.original_due + in->extend;
  }
  if (res.status == DL_OK && rule->earlier_of && in->compliance != DL_NO_DAY) {
    if (in->compliance < res.due ||
        (in->compliance == res.due && in->compliance_min != DL_NO_TIME)) {
      res.due = in->compliance;
      res.due_min = in->compliance_min;
    }
    if (in->compliance < res.original_due)
      res.original_due = in->compliance;
  }
  return res;
}

static void check_all(const struct ref *ref, const struct dl_rule *rule, const struct dl_input *in,
                      const struct hol_set *cal)
{
  struct dl_result a, b, c;
  size_t steps = 0;
  dl_compute(&a, rule, in, cal);
  dl_explain(&b, rule, in, cal, noop_step, &steps);
  c = ref_compute(ref, rule, in);
  c.need_lo = a.need_lo; /* the reference does not track which days it read */
  c.need_hi = a.need_hi;
  assert_same_result(&a, &b);
  assert_same_result(&a, &c);
}

struct shape {
  int unit, count, ext, roll, cutoff, ext_unit;
};

static const struct shape shapes[] = {
    {DL_WORKING, 3, 0, DL_ROLL_NONE, 17 * 60, DL_EXT_SAME},
    {DL_WORKING, 5, 0, DL_ROLL_NONE, DL_NO_TIME, DL_EXT_SAME},
    {DL_WORKING, 10, 0, DL_ROLL_NONE, 15 * 60, DL_EXT_SAME},
    {DL_WORKING, 20, 0, DL_ROLL_NONE, 17 * 60, DL_EXT_SAME},
    {DL_WORKING, 20, 10, DL_ROLL_NONE, 17 * 60, DL_EXT_SAME},
    {DL_CALENDAR, 14, 0, DL_ROLL_FORWARD, DL_NO_TIME, DL_EXT_SAME},
    {DL_CALENDAR, 14, 0, DL_ROLL_NONE, 17 * 60, DL_EXT_SAME},
    {DL_CALENDAR, 90, 0, DL_ROLL_NONE, DL_NO_TIME, DL_EXT_SAME},
    {DL_MONTHS, 1, 0, DL_ROLL_FORWARD, DL_NO_TIME, DL_EXT_SAME},
    /* Extensions in a unit of their own (65 P.S. 67.902(b); C4). */
    {DL_WORKING, 5, 30, DL_ROLL_NONE, 17 * 60, DL_EXT_CALENDAR},
    {DL_MONTHS, 1, 10, DL_ROLL_FORWARD, DL_NO_TIME, DL_EXT_WORKING},
};

/*
** Every start date 2000-01-01 .. 2060-12-31 (every PROP_STRIDE-th), every shape,
** three calendars: dl_compute == dl_explain == the reference; and the helpers
** against the reference.
*/
static void test_property_every_day(void **state)
{
  const struct hol_set *cals[3] = {&FED, &CO, &DCO};
  const struct ref *refs[3] = {&REF_FED, &REF_CO, &REF_DCO};
  static const int ns[] = {0, 1, 2, 3, 5, 7, 10, 20, 30, 250};
  static const int ks[] = {-30, -7, -1, 0, 1, 2, 6, 7, 30, 365};
  dl_day first = D("2000-01-01"), last = D("2060-12-31"), s;
  size_t c, i, checked = 0;
  (void)state;
  for (s = first; s <= last; s += PROP_STRIDE) {
    for (c = 0; c < 3; c++) {
      for (i = 0; i < SEED_COUNT(shapes); i++) {
        struct dl_rule rule = {shapes[i].unit,
                               shapes[i].count,
                               shapes[i].roll,
                               shapes[i].cutoff,
                               shapes[i].unit == DL_WORKING,
                               0,
                               0,
                               shapes[i].ext_unit};
        struct dl_input in;
        dl_input_init(&in, s);
        /* Vary the receipt time (and leave it unknown every 5th day). */
        in.start_min = s % 5 == 0 ? DL_NO_TIME : (int)(((int64_t)s * 97 % 1440 + 1440) % 1440);
        in.extend = shapes[i].ext;
        check_all(refs[c], &rule, &in, cals[c]);
        checked++;
      }
      for (i = 0; i < SEED_COUNT(ns); i++)
        if (dl_add_working_days(cals[c], s, ns[i]) != ref_add(refs[c], s, ns[i]))
          fail_msg("dl_add_working_days(%d, %d) wrong", s, ns[i]);
      for (i = 0; i < SEED_COUNT(ks); i++)
        if (dl_working_days_between(cals[c], s, s + ks[i]) != ref_between(refs[c], s, s + ks[i]))
          fail_msg("dl_working_days_between(%d, %d) wrong", s, s + ks[i]);
      if (dl_next_working(cals[c], s) != ref_next(refs[c], s))
        fail_msg("dl_next_working(%d) wrong", s);
      if (dl_is_working(cals[c], s) != ref_working(refs[c], s))
        fail_msg("dl_is_working(%d) wrong", s);
    }
  }
  assert_true(checked >= (size_t)(last - first) / PROP_STRIDE * 33);
}

/* Deterministic pseudo-random numbers (a 64-bit LCG). */
static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static int rnd(int n)
{
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (int)((rng >> 33) % (uint64_t)n);
}

/*
** Random combinations of cutoffs, C2, routing, extensions, tolls (up to three,
** the last possibly unanswered) and compliance times: dl_compute == dl_explain
** == the reference.
*/
static void test_property_random(void **state)
{
  const struct hol_set *cals[3] = {&FED, &CO, &DCO};
  const struct ref *refs[3] = {&REF_FED, &REF_CO, &REF_DCO};
  static const int counts[] = {0, 1, 3, 5, 7, 10, 14, 20, 30};
  dl_day first = D("2000-01-01");
  int iter, tolled = 0, routed = 0, earlier = 0;
  (void)state;
  for (iter = 0; iter < 60000 / PROP_STRIDE; iter++) {
    struct dl_toll tolls[3];
    struct dl_rule rule;
    struct dl_input in;
    dl_day bound;
    size_t c = (size_t)rnd(3), k;
    memset(&rule, 0, sizeof(rule));
    rule.unit = rnd(4) == 0 ? (rnd(2) ? DL_CALENDAR : DL_MONTHS) : DL_WORKING;
    rule.count = rule.unit == DL_MONTHS ? rnd(13) : counts[rnd(SEED_COUNT(counts))];
    rule.roll = rnd(2);
    rule.cutoff = rnd(3) == 0 ? DL_NO_TIME : 12 * 60 + rnd(8) * 60;
    rule.shift_nonworking_start = rnd(4) != 0;
    rule.routing_days = rnd(3) == 0 ? 10 : 0;
    rule.earlier_of = rnd(4) == 0;
    rule.ext_unit = rnd(3);
    dl_input_init(&in, first + rnd(365 * 60));
    in.start_min = rnd(4) == 0 ? DL_NO_TIME : rnd(1440);
    in.extend = rnd(2) ? 0 : rnd(12);
    if (rnd(2)) {
      in.routed = in.start + rnd(25);
      in.routed_min = rnd(3) == 0 ? DL_NO_TIME : rnd(1440);
      routed += rule.routing_days > 0;
    }
    if (rnd(3) == 0) {
      in.compliance = in.start + rnd(40) - 5;
      in.compliance_min = rnd(2) ? DL_NO_TIME : rnd(1440);
      earlier += rule.earlier_of;
    }
    if (rule.unit == DL_WORKING) {
      in.ntolls = (size_t)rnd(4);
      in.tolls = tolls;
      bound = in.start;
      for (k = 0; k < in.ntolls; k++) {
        tolls[k].sent = bound + rnd(k == 0 ? 30 : 15);
        tolls[k].replied = tolls[k].sent + rnd(20);
        bound = tolls[k].replied;
      }
      if (in.ntolls && rnd(5) == 0) {
        tolls[in.ntolls - 1].replied = DL_NO_DAY;
        tolled++;
      }
    }
    check_all(refs[c], &rule, &in, cals[c]);
  }
  assert_true(tolled > 100);
  assert_true(routed > 100);
  assert_true(earlier > 100);
}

/* dl_compute on a lazily built set, covering what it asks for (as schedule_dl_compute
   does); *builds counts the rebuilds. Returns the status, or -99 when a cover failed. */
static int lazy_compute(struct dl_result *r, const struct dl_rule *rule, const struct dl_input *in,
                        struct hol_set *set, int *builds)
{
  int i, st;
  for (i = 0; i < 64; i++) {
    st = dl_compute(r, rule, in, set);
    if (st != DL_NO_CALENDAR)
      return st;
    assert_true(r->need_lo != DL_NO_DAY && r->need_lo <= r->need_hi);
    if (hol_set_cover(set, r->need_lo, r->need_hi) != 0)
      return -99;
    (*builds)++;
  }
  fail_msg("the cover loop did not end");
  return -98;
}

/*
** Issue 8 item 8: holidays exist in every year a computation touches. FOIA
** received Mon 1969-06-16: Jun 17 .. Jul 3 are working days 1-13, Fri 4 July is
** Independence Day, Jul 7-11 are 14-18, Mon 14 and Tue 15 are 19 and 20 -> 07-15
** (counting 4 July as a working day gives 07-14). Received Sun 2200-06-01... a
** Sunday: C2 moves day 0 to Mon 06-02; 20 working days with Fri 2200-07-04 ...
** are worked out by the full set below, which is built for 1000-9999 and is the
** reference. A set built for 1970-2100 does not cover either year: DL_NO_CALENDAR,
** never a date counted without the holidays.
*/
static void test_calendar_range(void **state)
{
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  struct dl_input in = input("1969-06-16");
  struct dl_result r, full;
  struct hol_set lazy, all;
  size_t steps = 0;
  int builds = 0;
  (void)state;

  /* The fixed test set (1970-2100) refuses 1969 and 2200. */
  assert_int_equal(dl_compute(&r, &rule, &in, &FED), DL_NO_CALENDAR);
  assert_int_equal(r.due, DL_NO_DAY);
  assert_day(r.need_lo, "1969-06-16");
  assert_true(r.need_hi >= D("1969-07-14"));
  assert_int_equal(dl_explain(&r, &rule, &in, &FED, noop_step, &steps), DL_NO_CALENDAR);
  in = input("2200-06-01");
  assert_int_equal(dl_compute(&r, &rule, &in, &FED), DL_NO_CALENDAR);
  /* Inside, no change: the last covered day is fine, one past it is not. */
  in = input("2100-11-01");
  assert_int_equal(dl_compute(&r, &rule, &in, &FED), DL_OK);
  in = input("2100-12-10");
  assert_int_equal(dl_compute(&r, &rule, &in, &FED), DL_NO_CALENDAR);

  /* Lazily built: only the years asked for, then the right dates. */
  assert_int_equal(hol_set_init(&lazy, seed_us_federal, SEED_COUNT(seed_us_federal), NULL, 0), 0);
  assert_int_equal(lazy.first_year, 0);
  assert_false(hol_set_covers(&lazy, D("2020-01-01"), D("2020-01-01")));
  in = input("1969-06-16");
  assert_int_equal(lazy_compute(&r, &rule, &in, &lazy, &builds), DL_OK);
  assert_day(r.due, "1969-07-15");
  assert_true(builds >= 1 && builds <= 2);
  assert_int_equal(lazy.first_year, 1969);
  assert_true(lazy.last_year < 1975);
  r = run(&rule, &in, &lazy); /* explain agrees on the built set */
  assert_day(r.due, "1969-07-15");

  assert_int_equal(seed_build(&all, "us-federal", 1000, 9999), 0);
  in = input("2200-06-01");
  assert_int_equal(lazy_compute(&r, &rule, &in, &lazy, &builds), DL_OK);
  assert_day(r.due, "2200-07-01");
  assert_int_equal(dl_compute(&full, &rule, &in, &all), DL_OK);
  assert_same_result(&r, &full);
  /* Month and calendar-day rules with a roll read holidays too (co-months from
     1969-06-04: Fri 07-04 rolls to Mon 07-07). */
  rule = seed_dl_rule("co-months", 1);
  in = input("1969-06-04");
  assert_int_equal(lazy_compute(&r, &rule, &in, &lazy, &builds), DL_OK);
  assert_day(r.due, "1969-07-07");
  hol_set_release(&lazy);
  hol_set_release(&all);
}

/* The public helpers never answer from years that are not built: they abort. */
static void test_calendar_range_helpers(void **state)
{
  int i, status;
  (void)state;
  assert_int_equal(dl_working_days_between(&FED, D("2100-12-01"), D("2100-12-31")), 20);
  for (i = 0; i < 4; i++) {
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
      if (i == 0)
        dl_is_working(&FED, D("1969-07-04"));
      else if (i == 1)
        dl_working_days_between(&FED, D("2100-12-01"), D("2101-01-31"));
      else if (i == 2)
        dl_next_working(&FED, D("1969-07-04"));
      else
        dl_add_working_days(&FED, D("2100-12-20"), 20);
      _exit(0);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
  }
}

/*
** Property: starts anywhere in 1000-9990, random rules, extensions, cutoffs and
** tolls: computing on a lazily built set (covering what dl_compute asks for) gives
** exactly what the set built for every year 1000-9999 gives.
*/
static void test_property_lazy_calendar(void **state)
{
  struct hol_set all, lazy;
  const struct hol_rule *rules[2] = {seed_us_federal, seed_us_co};
  size_t nrules[2] = {SEED_COUNT(seed_us_federal), SEED_COUNT(seed_us_co)};
  const char *codes[2] = {"us-federal", "us-co"};
  dl_day first = D("1000-01-01"), span = D("9990-12-31") - D("1000-01-01");
  int iter, c, builds = 0, okays = 0;
  dl_day prev = first;
  (void)state;
  for (c = 0; c < 2; c++) {
    assert_int_equal(seed_build(&all, codes[c], 1000, 9999), 0);
    assert_int_equal(hol_set_init(&lazy, rules[c], nrules[c], NULL, 0), 0);
    for (iter = 0; iter < 1500 / PROP_STRIDE; iter++) {
      struct dl_rule rule;
      struct dl_input in;
      struct dl_toll toll;
      struct dl_result a, b;
      int sa, sb;
      memset(&rule, 0, sizeof(rule));
      rule.unit = rnd(4) == 0 ? (rnd(2) ? DL_CALENDAR : DL_MONTHS) : DL_WORKING;
      rule.count = rule.unit == DL_MONTHS ? rnd(25) : rnd(4) == 0 ? rnd(700) : rnd(40);
      rule.roll = rnd(2);
      rule.cutoff = rnd(2) ? DL_NO_TIME : 17 * 60;
      rule.shift_nonworking_start = rule.unit == DL_WORKING;
      if (iter % 4 == 0 || prev + 3000 > first + span) {
        /* From nothing built, anywhere. */
        hol_set_release(&lazy);
        assert_int_equal(hol_set_init(&lazy, rules[c], nrules[c], NULL, 0), 0);
        prev = first + (dl_day)(((int64_t)rnd(1 << 30) * 4 + rnd(4)) % span);
      } else {
        /* The same set, a later start: it grows. */
        prev += rnd(3000) - 300;
      }
      dl_input_init(&in, prev);
      in.start_min = rnd(1440);
      in.extend = rnd(2) ? 0 : rnd(30);
      if (rule.unit == DL_WORKING && rnd(3) == 0) {
        toll.sent = in.start + rnd(40);
        toll.replied = rnd(6) == 0 ? DL_NO_DAY : toll.sent + rnd(30);
        in.tolls = &toll;
        in.ntolls = 1;
      }
      sa = lazy_compute(&a, &rule, &in, &lazy, &builds);
      sb = dl_compute(&b, &rule, &in, &all);
      assert_int_equal(sa, sb);
      assert_same_result(&a, &b);
      okays += sa == DL_OK;
    }
    hol_set_release(&lazy);
    hol_set_release(&all);
  }
  assert_true(okays > 2000 / PROP_STRIDE);
  assert_true(builds > 50 / PROP_STRIDE);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_civil),
      cmocka_unit_test(test_parse),
      cmocka_unit_test(test_add_months),
      cmocka_unit_test(test_ice_subpoena),
      cmocka_unit_test(test_cora_mlk),
      cmocka_unit_test(test_foia_year_end),
      cmocka_unit_test(test_new_year_2028),
      cmocka_unit_test(test_juneteenth),
      cmocka_unit_test(test_cabrini_columbus),
      cmocka_unit_test(test_months_leap),
      cmocka_unit_test(test_extension_units),
      cmocka_unit_test(test_extension_to),
      cmocka_unit_test(test_extension_to_property),
      cmocka_unit_test(test_calendar_roll),
      cmocka_unit_test(test_cutoff),
      cmocka_unit_test(test_nonworking_receipt),
      cmocka_unit_test(test_tolling),
      cmocka_unit_test(test_tolling_edges),
      cmocka_unit_test(test_tolling_bad),
      cmocka_unit_test(test_routing),
      cmocka_unit_test(test_earlier_of),
      cmocka_unit_test(test_no_deadline),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_working_helpers),
      cmocka_unit_test(test_explain_text),
      cmocka_unit_test(test_explain_truncation),
      cmocka_unit_test(test_property_every_day),
      cmocka_unit_test(test_property_random),
      cmocka_unit_test(test_calendar_range),
      cmocka_unit_test(test_calendar_range_helpers),
      cmocka_unit_test(test_property_lazy_calendar),
  };
  int rc;
  if (setup(NULL))
    return 1;
  ref_fill(&REF_FED, &FED);
  ref_fill(&REF_CO, &CO);
  ref_fill(&REF_DCO, &DCO);
  rc = cmocka_run_group_tests(tests, NULL, NULL);
  teardown(NULL);
  return rc;
}
