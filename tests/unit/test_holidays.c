/*
** test_holidays.c — holiday rules and sets (src/holidays.c), built from the
** seeded calendars of tests/unit/seed_calendars.h (= migrations/0003_seed.sql,
** checked by tests/unit/check_seed.sh).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "deadline.h"
#include "holidays.h"
#include "seed_calendars.h"

static dl_day D(const char *s)
{
  dl_day d = DL_NO_DAY;
  if (dl_parse_date(s, &d) != 0)
    fail_msg("bad date in test: %s", s);
  return d;
}

/* Assert that set holds exactly the days in want[] within [from, to]. */
static void assert_days_exactly(const struct hol_set *set, const char *from, const char *to,
                                const char *const *want, size_t nwant)
{
  dl_day lo = D(from), hi = D(to);
  size_t i, got = 0;
  char buf[11];

  for (i = 0; i < nwant; i++) {
    if (!hol_find(set, D(want[i])))
      fail_msg("expected a holiday on %s", want[i]);
  }
  for (i = 0; i < set->n; i++) {
    size_t j;
    int listed = 0;
    if (set->days[i].day < lo || set->days[i].day > hi)
      continue;
    got++;
    for (j = 0; j < nwant; j++)
      listed |= D(want[j]) == set->days[i].day;
    dl_format_date(buf, set->days[i].day);
    if (!listed)
      fail_msg("unexpected holiday %s (%s)", buf, set->days[i].name);
  }
  assert_int_equal(got, nwant);
}

/*
** Observed federal holidays 2021-2030 (us-federal). 2025-2029 are LAW.md 5.4's
** table (checked there against a hand-typed list); 2021-2024 are OPM's
** published federal holiday schedules (opm.gov, "Federal Holidays"), typed
** here by hand; 2030 was worked out by hand from the rules (Jan 1 2030 is a
** Tuesday) in the form OPM publishes. Saturday holidays are on the Friday
** before, Sunday holidays on the Monday after; the 2022 and 2028 New Year's
** Days fall on Fri 2021-12-31 and Fri 2027-12-31.
*/
static const char *const federal_2021_2030[] = {
    /* 2021 */
    "2021-01-01",
    "2021-01-18",
    "2021-02-15",
    "2021-05-31",
    "2021-06-18", /* Juneteenth Sat */
    "2021-07-05",
    "2021-09-06",
    "2021-10-11",
    "2021-11-11",
    "2021-11-25",
    "2021-12-24",
    "2021-12-31", /* New Year's Day 2022 (Sat) */
    /* 2022 */
    "2022-01-17",
    "2022-02-21",
    "2022-05-30",
    "2022-06-20",
    "2022-07-04",
    "2022-09-05",
    "2022-10-10",
    "2022-11-11",
    "2022-11-24",
    "2022-12-26",
    /* 2023 */
    "2023-01-02",
    "2023-01-16",
    "2023-02-20",
    "2023-05-29",
    "2023-06-19",
    "2023-07-04",
    "2023-09-04",
    "2023-10-09",
    "2023-11-10",
    "2023-11-23",
    "2023-12-25",
    /* 2024 */
    "2024-01-01",
    "2024-01-15",
    "2024-02-19",
    "2024-05-27",
    "2024-06-19",
    "2024-07-04",
    "2024-09-02",
    "2024-10-14",
    "2024-11-11",
    "2024-11-28",
    "2024-12-25",
    /* 2025 (LAW.md 5.4) */
    "2025-01-01",
    "2025-01-20",
    "2025-02-17",
    "2025-05-26",
    "2025-06-19",
    "2025-07-04",
    "2025-09-01",
    "2025-10-13",
    "2025-11-11",
    "2025-11-27",
    "2025-12-25",
    /* 2026 */
    "2026-01-01",
    "2026-01-19",
    "2026-02-16",
    "2026-05-25",
    "2026-06-19",
    "2026-07-03",
    "2026-09-07",
    "2026-10-12",
    "2026-11-11",
    "2026-11-26",
    "2026-12-25",
    /* 2027 */
    "2027-01-01",
    "2027-01-18",
    "2027-02-15",
    "2027-05-31",
    "2027-06-18",
    "2027-07-05",
    "2027-09-06",
    "2027-10-11",
    "2027-11-11",
    "2027-11-25",
    "2027-12-24",
    "2027-12-31", /* New Year's Day 2028 (Sat) */
    /* 2028 */
    "2028-01-17",
    "2028-02-21",
    "2028-05-29",
    "2028-06-19",
    "2028-07-04",
    "2028-09-04",
    "2028-10-09",
    "2028-11-10",
    "2028-11-23",
    "2028-12-25",
    /* 2029 */
    "2029-01-01",
    "2029-01-15",
    "2029-02-19",
    "2029-05-28",
    "2029-06-19",
    "2029-07-04",
    "2029-09-03",
    "2029-10-08",
    "2029-11-12",
    "2029-11-22",
    "2029-12-25",
    /* 2030 */
    "2030-01-01",
    "2030-01-21",
    "2030-02-18",
    "2030-05-27",
    "2030-06-19",
    "2030-07-04",
    "2030-09-02",
    "2030-10-14",
    "2030-11-11",
    "2030-11-28",
    "2030-12-25",
};

static void test_federal_2021_2030(void **state)
{
  struct hol_set set;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal", 1970, 2100), 0);
  assert_days_exactly(&set, "2021-01-01", "2030-12-31", federal_2021_2030,
                      SEED_COUNT(federal_2021_2030));
  assert_int_equal(SEED_COUNT(federal_2021_2030), 110);
  hol_set_release(&set);
}

static void test_federal_names_and_actual(void **state)
{
  struct hol_set set;
  const struct hol_day *h;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal", 2020, 2030), 0);
  h = hol_find(&set, D("2021-06-18"));
  assert_non_null(h);
  assert_string_equal(h->name, "Juneteenth National Independence Day");
  assert_int_equal(h->actual, 0); /* observed in lieu of Sat 06-19 */
  h = hol_find(&set, D("2027-12-31"));
  assert_non_null(h);
  assert_string_equal(h->name, "New Year's Day");
  assert_int_equal(h->actual, 0);
  h = hol_find(&set, D("2020-01-20"));
  assert_non_null(h);
  assert_string_equal(h->name, "Birthday of Martin Luther King, Jr.");
  assert_int_equal(h->actual, 1);
  /* Juneteenth did not exist in 2020 (Pub. L. 117-17, 2021). */
  assert_null(hol_find(&set, D("2020-06-19")));
  /* Not holidays: the Saturday itself, Christmas Eve 2024 (an EO closure, C7). */
  assert_null(hol_find(&set, D("2027-12-25")));
  assert_null(hol_find(&set, D("2024-12-24")));
  hol_set_release(&set);
}

/* The observance crosses year ends in both directions of a build range. */
static void test_year_boundary(void **state)
{
  struct hol_set set;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal", 2027, 2027), 0);
  assert_non_null(hol_find(&set, D("2027-12-31"))); /* from 2028's rule */
  assert_int_equal(set.n, 12);
  hol_set_release(&set);
  assert_int_equal(seed_build(&set, "us-federal", 2028, 2028), 0);
  assert_null(hol_find(&set, D("2027-12-31"))); /* outside the range */
  assert_int_equal(set.n, 10);
  assert_int_equal(set.first_year, 2028);
  assert_int_equal(set.last_year, 2028);
  hol_set_release(&set);
  assert_int_equal(seed_build(&set, "us-federal", 2022, 2022), 0);
  assert_null(hol_find(&set, D("2021-12-31")));
  assert_null(hol_find(&set, D("2022-01-01")));
  hol_set_release(&set);
}

/* History modelled in the seed: Uniform Monday Holiday Act, MLK from 1986. */
static void test_federal_history(void **state)
{
  struct hol_set set;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal", 1970, 2100), 0);
  assert_non_null(hol_find(&set, D("1975-10-27"))); /* Veterans Day, 4th Mon Oct 1975 */
  assert_null(hol_find(&set, D("1975-11-11")));     /* a Tuesday, not a holiday then */
  assert_non_null(hol_find(&set, D("1978-11-10"))); /* Nov 11 1978 Sat -> Fri */
  assert_null(hol_find(&set, D("1985-01-21")));     /* no MLK Day yet */
  assert_non_null(hol_find(&set, D("1986-01-20")));
  /* Days outside the built range have no holidays. */
  assert_null(hol_find(&set, D("2101-01-01")));
  hol_set_release(&set);
}

/*
** Colorado state offices, C.R.S. 24-11-101 as DHR observes it: LAW.md 5.5's
** table for 2026-2028 (the 2028 New Year's Day on Fri 2027-12-31). Cabrini Day
** (1st Mon Oct) replaces Columbus Day; Cesar Chavez Day is a working day.
*/
static const char *const colorado_2026_2028[] = {
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
    "2026-09-07", "2026-10-05", "2026-11-11", "2026-11-26", "2026-12-25", "2027-01-01",
    "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06",
    "2027-10-04", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31", "2028-01-17",
    "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-02",
    "2028-11-10", "2028-11-23", "2028-12-25",
};

static void test_colorado(void **state)
{
  struct hol_set set;
  const struct hol_day *h;
  (void)state;
  assert_int_equal(seed_build(&set, "us-co", 1970, 2100), 0);
  assert_days_exactly(&set, "2026-01-01", "2028-12-31", colorado_2026_2028,
                      SEED_COUNT(colorado_2026_2028));
  /* Cesar Chavez Day: offices open. */
  assert_null(hol_find(&set, D("2026-03-31")));
  assert_null(hol_find(&set, D("2028-03-31")));
  /* Columbus Day until 2019, Cabrini Day from 2020 (HB20-1031). */
  h = hol_find(&set, D("2019-10-14"));
  assert_non_null(h);
  assert_string_equal(h->name, "Columbus Day");
  assert_null(hol_find(&set, D("2019-10-07")));
  h = hol_find(&set, D("2020-10-05"));
  assert_non_null(h);
  assert_string_equal(h->name, "Frances Xavier Cabrini Day");
  assert_null(hol_find(&set, D("2020-10-12")));
  assert_null(hol_find(&set, D("2026-10-12")));
  /* Juneteenth from 2022 (SB22-139): 2021 no, 2022 Sun -> Mon 06-20. */
  assert_null(hol_find(&set, D("2021-06-18")));
  assert_non_null(hol_find(&set, D("2022-06-20")));
  /* DHR examples in LAW.md 5.5. */
  assert_non_null(hol_find(&set, D("2021-12-24")));
  assert_non_null(hol_find(&set, D("2021-12-31")));
  assert_non_null(hol_find(&set, D("2023-11-10")));
  assert_non_null(hol_find(&set, D("2022-12-26")));
  assert_non_null(hol_find(&set, D("2023-01-02")));
  hol_set_release(&set);
}

/* D. Colo.: federal plus Colorado, so both October Mondays (LAW.md 5.6). */
static void test_federal_dco(void **state)
{
  struct hol_set set;
  const struct hol_day *h;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal-dco", 1970, 2100), 0);
  assert_non_null(hol_find(&set, D("2026-10-05"))); /* Cabrini */
  assert_non_null(hol_find(&set, D("2026-10-12"))); /* Columbus */
  /* Shared days are merged, keeping the first (federal) name. */
  h = hol_find(&set, D("2026-01-19"));
  assert_non_null(h);
  assert_string_equal(h->name, "Birthday of Martin Luther King, Jr.");
  assert_null(hol_find(&set, D("2026-01-20")));
  hol_set_release(&set);
}

/* Inauguration Day (5 U.S.C. 6103(c)) in us-federal-dc only. */
static void test_inauguration(void **state)
{
  struct hol_set dc, fed;
  const struct hol_day *h;
  size_t i;
  int n2025 = 0;
  (void)state;
  assert_int_equal(seed_build(&dc, "us-federal-dc", 1970, 2100), 0);
  assert_int_equal(seed_build(&fed, "us-federal", 1970, 2100), 0);
  /* 2025: Mon Jan 20, also MLK Day: one entry, MLK's name first. */
  h = hol_find(&dc, D("2025-01-20"));
  assert_non_null(h);
  assert_string_equal(h->name, "Birthday of Martin Luther King, Jr.");
  for (i = 0; i < dc.n; i++)
    n2025 += dc.days[i].day == D("2025-01-20");
  assert_int_equal(n2025, 1);
  /* Inauguration adds a day in 1973..2097 when Jan 20 is Tue-Fri, or Sun/Mon before MLK Day
     existed (1985); a Sun/Mon one from 1986 on is MLK Day, a Saturday one is nothing. */
  {
    int y, extra = 0;
    for (y = 1973; y <= 2097; y += 4) {
      int w = dl_weekday(dl_from_civil(y, 1, 20));
      extra += (w >= 2 && w <= 5) || (w <= 1 && y < 1986);
    }
    assert_int_equal(extra, 19); /* checked with Python datetime */
    assert_int_equal(dc.n, fed.n + (size_t)extra);
  }
  /* 2029: Saturday, no holiday at all (no Friday in lieu). */
  assert_null(hol_find(&dc, D("2029-01-20")));
  assert_null(hol_find(&dc, D("2029-01-19")));
  /* 2033: Thursday. */
  h = hol_find(&dc, D("2033-01-20"));
  assert_non_null(h);
  assert_string_equal(h->name, "Inauguration Day");
  assert_null(hol_find(&fed, D("2033-01-20")));
  /* 2021: Wednesday. */
  assert_non_null(hol_find(&dc, D("2021-01-20")));
  /* 1985: Sunday -> Monday Jan 21 (before MLK Day existed). */
  h = hol_find(&dc, D("1985-01-21"));
  assert_non_null(h);
  assert_string_equal(h->name, "Inauguration Day");
  assert_int_equal(h->actual, 0);
  /* 2013: Sunday -> Monday Jan 21, MLK Day that year. */
  h = hol_find(&dc, D("2013-01-21"));
  assert_non_null(h);
  assert_string_equal(h->name, "Birthday of Martin Luther King, Jr.");
  /* Only years with year % 4 == 1. */
  assert_null(hol_find(&dc, D("2024-01-22")));
  assert_null(hol_find(&dc, D("2027-01-20")));
  hol_set_release(&dc);
  hol_set_release(&fed);
}

static void test_rule_dates(void **state)
{
  const struct hol_rule fifth_mon_jan = {"x", HOL_NTH, 1, 0, 1, 5, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule leap = {"x", HOL_FIXED, 2, 29, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule last_fri = {"x", HOL_LAST, 2, 0, 5, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule bad_month = {"x", HOL_FIXED, 13, 1, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule sun_mon = {"x", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0};
  const struct hol_rule none = {"x", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule *inaug = &seed_us_federal_dc_own[0];
  (void)state;

  /* January 2024 has five Mondays (1, 8, 15, 22, 29); January 2025 only four. */
  assert_int_equal(hol_rule_date(&fifth_mon_jan, 2024), D("2024-01-29"));
  assert_int_equal(hol_rule_date(&fifth_mon_jan, 2025), INT32_MIN);
  assert_int_equal(hol_rule_date(&leap, 2028), D("2028-02-29"));
  assert_int_equal(hol_rule_date(&leap, 2027), INT32_MIN);
  assert_int_equal(hol_rule_date(&last_fri, 2028), D("2028-02-25"));
  assert_int_equal(hol_rule_date(&last_fri, 2030), D("2030-02-22"));
  assert_int_equal(hol_rule_date(&bad_month, 2028), INT32_MIN);
  assert_int_equal(hol_rule_date(NULL, 2028), INT32_MIN);
  /* Sunday -> Monday only: July 4 2026 is a Saturday and stays. */
  assert_int_equal(hol_rule_observed(&sun_mon, 2026), D("2026-07-04"));
  assert_int_equal(hol_rule_observed(&sun_mon, 2027), D("2027-07-05"));
  assert_int_equal(hol_rule_observed(&none, 2027), D("2027-07-04"));
  /* Inauguration: every 4 years, Saturday none, Sunday Monday. */
  assert_int_equal(hol_rule_date(inaug, 2029), D("2029-01-20"));
  assert_int_equal(hol_rule_observed(inaug, 2029), INT32_MIN);
  assert_int_equal(hol_rule_observed(inaug, 2030), INT32_MIN);
  assert_int_equal(hol_rule_observed(inaug, 2033), D("2033-01-20"));
  assert_int_equal(hol_rule_observed(inaug, 2041), D("2041-01-21")); /* Sunday 2041-01-20 */
  assert_int_equal(hol_rule_observed(inaug, 1961), INT32_MIN);       /* before first_year */
  /* Columbus Day in Colorado ends with 2019. */
  assert_int_equal(hol_rule_date(&seed_us_co[7], 2019), D("2019-10-14"));
  assert_int_equal(hol_rule_date(&seed_us_co[7], 2020), INT32_MIN);
}

/* Easter-relative rules and day shifts (migration 0008). Easter Sundays from the
   Gregorian computus, checked against published tables (USNO "Date of Easter"): the
   earliest possible (March 22, 2285) and latest (April 25, 1943, 2038). */
static void test_easter_and_shift(void **state)
{
  const struct hol_rule easter = {"Easter", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0};
  const struct hol_rule good_friday = {"Good Friday", HOL_EASTER, 0, 0, 0, 0,
                                       HOL_OBS_NONE,  0,          0, 1, 0, -2};
  const struct hol_rule mardi_gras = {"Mardi Gras", HOL_EASTER, 0, 0, 0, 0,
                                      HOL_OBS_NONE, 0,          0, 1, 0, -47};
  const struct hol_rule day_after_tg = {
      "Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1};
  const struct hol_rule election = {"Election Day", HOL_NTH, 11, 0, 1, 1,
                                    HOL_OBS_NONE,   0,       0,  2, 0, 1};
  const struct hol_rule lee_jackson = {"Lee-Jackson Day", HOL_NTH, 1,    0, 1, 3,
                                       HOL_OBS_NONE,      0,       2020, 1, 0, -3};
  const struct hol_rule dec31_plus1 = {"x", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 1};
  const struct hol_rule too_far = {"x",          HOL_FIXED, 1, 1, 0, 0,
                                   HOL_OBS_NONE, 0,         0, 1, 0, HOL_MAX_SHIFT + 1};
  const struct hol_rule weekend_mon = {"x", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_MON_SUN_MON,
                                       0,   0,         1, 0, 0};
  struct hol_set set;
  (void)state;

  /* Saturday or Sunday -> the Monday after (R.I. Gen. Laws 25-1-1). */
  assert_int_equal(hol_rule_observed(&weekend_mon, 2020), D("2020-07-06")); /* Saturday */
  assert_int_equal(hol_rule_observed(&weekend_mon, 2021), D("2021-07-05")); /* Sunday */
  assert_int_equal(hol_rule_observed(&weekend_mon, 2025), D("2025-07-04")); /* Friday */
  assert_int_equal(hol_rule_date(&easter, 2024), D("2024-03-31"));
  assert_int_equal(hol_rule_date(&easter, 2025), D("2025-04-20"));
  assert_int_equal(hol_rule_date(&easter, 2026), D("2026-04-05"));
  assert_int_equal(hol_rule_date(&easter, 2000), D("2000-04-23"));
  assert_int_equal(hol_rule_date(&easter, 1943), D("1943-04-25"));
  assert_int_equal(hol_rule_date(&easter, 2038), D("2038-04-25"));
  assert_int_equal(hol_rule_date(&easter, 2285), D("2285-03-22"));
  assert_int_equal(hol_rule_date(&good_friday, 2025), D("2025-04-18"));
  assert_int_equal(hol_rule_date(&good_friday, 2024), D("2024-03-29"));
  assert_int_equal(hol_rule_date(&mardi_gras, 2025), D("2025-03-04"));
  assert_int_equal(hol_rule_date(&mardi_gras, 2024), D("2024-02-13"));
  /* 4th Thursday + 1; November 2025 starts on a Saturday. */
  assert_int_equal(hol_rule_date(&day_after_tg, 2025), D("2025-11-28"));
  assert_int_equal(hol_rule_date(&day_after_tg, 2026), D("2026-11-27"));
  /* Tuesday after the first Monday: November 1, 2022 was a Tuesday, so not the 1st. */
  assert_int_equal(hol_rule_date(&election, 2022), D("2022-11-08"));
  assert_int_equal(hol_rule_date(&election, 2024), D("2024-11-05"));
  assert_int_equal(hol_rule_date(&election, 2025), INT32_MIN); /* even years only */
  /* A negative shift; the years in force still apply. */
  assert_int_equal(hol_rule_date(&lee_jackson, 2020), D("2020-01-17"));
  assert_int_equal(hol_rule_date(&lee_jackson, 2021), INT32_MIN);
  /* A shift across the year end lands in the next year's set. */
  assert_int_equal(hol_rule_date(&dec31_plus1, 2026), D("2027-01-01"));
  assert_int_equal(hol_set_build(&set, &dec31_plus1, 1, NULL, 0, 2027, 2027), 0);
  assert_int_equal(set.n, 1);
  assert_int_equal(set.days[0].day, D("2027-01-01"));
  hol_set_release(&set);
  /* Shifts beyond HOL_MAX_SHIFT are refused. */
  assert_int_equal(hol_rule_date(&too_far, 2026), INT32_MIN);
  assert_int_equal(hol_set_build(&set, &too_far, 1, NULL, 0, 2026, 2026), -1);
}

/* hol_count_weekday: prefix counts over (a, b], weekend holidays not counted. */
static void test_count_weekday(void **state)
{
  const struct hol_rule rules[] = {
      {"Sat", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0}, /* 2026-07-04 Saturday */
      {"Mon", HOL_FIXED, 7, 6, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0}, /* 2026-07-06 Monday */
      {"Tue", HOL_FIXED, 7, 7, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
  };
  struct hol_set set;
  (void)state;
  assert_int_equal(hol_set_build(&set, rules, 3, NULL, 0, 2026, 2026), 0);
  assert_int_equal(set.n, 3);
  assert_int_equal(hol_count_weekday(&set, D("2026-07-01"), D("2026-07-31")), 2);
  assert_int_equal(hol_count_weekday(&set, D("2026-07-06"), D("2026-07-31")), 1); /* (a, b] */
  assert_int_equal(hol_count_weekday(&set, D("2026-07-05"), D("2026-07-06")), 1);
  assert_int_equal(hol_count_weekday(&set, D("2026-07-31"), D("2026-07-01")), -2);
  assert_int_equal(hol_count_weekday(&set, D("2026-07-06"), D("2026-07-06")), 0);
  assert_int_equal(hol_count_weekday(&set, D("2020-01-01"), D("2030-01-01")), 2);
  assert_int_equal(hol_count_weekday(NULL, D("2020-01-01"), D("2030-01-01")), 0);
  hol_set_release(&set);
}

/* Closures (C7): added to the set, merged with rule days, out-of-range dropped. */
static void test_closures(void **state)
{
  const struct hol_day closures[] = {
      {0, "Christmas Eve closure (EO)", 0},
      {0, "Second name on Christmas", 0},
      {0, "Out of range", 0},
  };
  struct hol_day c[3];
  struct hol_set set;
  const struct hol_day *h;
  (void)state;
  memcpy(c, closures, sizeof(c));
  c[0].day = D("2024-12-24");
  c[1].day = D("2024-12-25");
  c[2].day = D("2031-01-02");
  assert_int_equal(
      hol_set_build(&set, seed_us_federal, SEED_COUNT(seed_us_federal), c, 3, 2024, 2030), 0);
  h = hol_find(&set, D("2024-12-24"));
  assert_non_null(h);
  assert_string_equal(h->name, "Christmas Eve closure (EO)");
  assert_int_equal(h->actual, 1);
  h = hol_find(&set, D("2024-12-25"));
  assert_non_null(h);
  assert_string_equal(h->name, "Christmas Day");
  assert_null(hol_find(&set, D("2031-01-02")));
  assert_int_equal(hol_count_weekday(&set, D("2024-12-23"), D("2024-12-26")), 2);
  hol_set_release(&set);
}

static void test_build_errors(void **state)
{
  const struct hol_rule bad[] = {{"x", HOL_NTH, 1, 0, 7, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0}};
  const struct hol_rule bad_obs[] = {{"x", HOL_FIXED, 1, 1, 0, 0, 9, 0, 0, 1, 0, 0}};
  struct hol_set set;
  (void)state;
  memset(&set, 0xff, sizeof(set));
  assert_int_equal(hol_set_build(&set, seed_us_federal, 1, NULL, 0, 2030, 2020), -1);
  assert_null(set.days);
  assert_int_equal(set.n, 0);
  assert_int_equal(hol_set_build(&set, bad, 1, NULL, 0, 2020, 2030), -1);
  assert_int_equal(hol_set_build(&set, bad_obs, 1, NULL, 0, 2020, 2030), -1);
  assert_int_equal(hol_set_build(&set, NULL, 3, NULL, 0, 2020, 2030), -1);
  assert_int_equal(hol_set_build(&set, seed_us_federal, 1, NULL, 0, 999, 2030), -1);
  assert_int_equal(hol_set_build(NULL, seed_us_federal, 1, NULL, 0, 2020, 2030), -1);
  /* An empty calendar is fine. */
  assert_int_equal(hol_set_build(&set, NULL, 0, NULL, 0, 2020, 2030), 0);
  assert_int_equal(set.n, 0);
  assert_null(hol_find(&set, D("2020-01-01")));
  assert_int_equal(hol_count_weekday(&set, D("2020-01-01"), D("2021-01-01")), 0);
  hol_set_release(&set);
  hol_set_release(&set); /* twice is harmless */
  hol_set_release(NULL);
  assert_null(hol_find(NULL, 0));
}

/* The set is sorted, one entry per day, and the prefix counts weekday entries. */
static void test_set_invariants(void **state)
{
  static const char *const cals[] = {"us-federal", "us-federal-dc", "us-co", "us-federal-dco"};
  size_t c, i;
  (void)state;
  for (c = 0; c < SEED_COUNT(cals); c++) {
    struct hol_set set;
    int32_t wk = 0;
    assert_int_equal(seed_build(&set, cals[c], 1970, 2100), 0);
    assert_int_equal(set.weekday_prefix[0], 0);
    for (i = 0; i < set.n; i++) {
      int w = dl_weekday(set.days[i].day);
      if (i > 0)
        assert_true(set.days[i - 1].day < set.days[i].day);
      wk += w >= 1 && w <= 5;
      assert_int_equal(set.weekday_prefix[i + 1], wk);
      assert_ptr_equal(hol_find(&set, set.days[i].day), &set.days[i]);
    }
    /* All seeded calendars move weekend days: no entry on a weekend. */
    assert_int_equal(wk, (int32_t)set.n);
    hol_set_release(&set);
  }
}

/* hol_upper_bound from any valid starting index equals a linear count. */
static void test_upper_bound(void **state)
{
  struct hol_set set;
  int32_t d, lo, hi;
  size_t from, want, i;
  (void)state;
  assert_int_equal(seed_build(&set, "us-federal", 1990, 2030), 0);
  lo = set.days[0].day - 10;
  hi = set.days[set.n - 1].day + 10;
  for (d = lo; d <= hi; d += 3) {
    want = 0;
    for (i = 0; i < set.n; i++)
      want += set.days[i].day <= d;
    for (from = 0; from <= want; from += 1 + from / 2)
      if (hol_upper_bound(&set, d, from) != want)
        fail_msg("hol_upper_bound(%d, from %zu) wrong", d, from);
    assert_int_equal(hol_upper_bound(&set, d, want), want);
  }
  assert_int_equal(hol_upper_bound(&set, hi, set.n + 5), set.n);
  assert_int_equal(hol_upper_bound(NULL, hi, 0), 0);
  hol_set_release(&set);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_federal_2021_2030), cmocka_unit_test(test_federal_names_and_actual),
      cmocka_unit_test(test_year_boundary),     cmocka_unit_test(test_federal_history),
      cmocka_unit_test(test_colorado),          cmocka_unit_test(test_federal_dco),
      cmocka_unit_test(test_inauguration),      cmocka_unit_test(test_rule_dates),
      cmocka_unit_test(test_count_weekday),     cmocka_unit_test(test_closures),
      cmocka_unit_test(test_build_errors),      cmocka_unit_test(test_set_invariants),
      cmocka_unit_test(test_upper_bound),       cmocka_unit_test(test_easter_and_shift),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
