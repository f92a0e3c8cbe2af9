/*
** seed_calendars.h — the built-in holiday calendars and deadline rules of
** migrations/0003_seed.sql as C data, for the unit tests. tests/unit/check_seed.sh
** prints these arrays and the rows the migrations load into SQLite and fails
** when they differ, so the tests exercise exactly what pubrec ships.
*/
#ifndef PUBREC_SEED_CALENDARS_H
#define PUBREC_SEED_CALENDARS_H

#include <stddef.h>
#include <string.h>

#include "deadline.h"
#include "holidays.h"

#define SEED_UNUSED __attribute__((unused))
#define SEED_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Field order: name, kind, month, day, weekday, nth, observe, first_year, last_year, every,
   offset. */

/* us-federal: 5 U.S.C. 6103(a); Saturday -> Friday (6103(b)), Sunday -> Monday (E.O. 11582). */
static const struct hol_rule seed_us_federal[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Birthday of Martin Luther King, Jr.", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 1986, 0,
     1, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0},
    {"Juneteenth National Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021,
     0, 1, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0},
    {"Veterans Day", HOL_NTH, 10, 0, 1, 4, HOL_OBS_SAT_FRI_SUN_MON, 1971, 1977, 1, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 1978, 0, 1, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
};

/* us-federal-dc adds Inauguration Day (5 U.S.C. 6103(c)) to us-federal. */
static const struct hol_rule seed_us_federal_dc_own[] SEED_UNUSED = {
    {"Inauguration Day", HOL_FIXED, 1, 20, 0, 0, HOL_OBS_SUN_MON_SAT_NONE, 1965, 0, 4, 1},
};

/* us-co: C.R.S. 24-11-101 as state offices observe it (Saturday -> Friday, Sunday -> Monday). */
static const struct hol_rule seed_us_co[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Washington-Lincoln Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 2019, 1, 0},
    {"Frances Xavier Cabrini Day", HOL_NTH, 10, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 2020, 0, 1, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0},
};

/* Table calendar (rules of its own) and table calendar_include. */
struct seed_calendar {
  const char *code;
  const struct hol_rule *rules;
  size_t nrules;
};
static const struct seed_calendar seed_calendars[] SEED_UNUSED = {
    {"us-federal", seed_us_federal, SEED_COUNT(seed_us_federal)},
    {"us-federal-dc", seed_us_federal_dc_own, SEED_COUNT(seed_us_federal_dc_own)},
    {"us-co", seed_us_co, SEED_COUNT(seed_us_co)},
    {"us-federal-dco", NULL, 0},
};
struct seed_include {
  const char *calendar;
  const char *includes;
};
static const struct seed_include seed_includes[] SEED_UNUSED = {
    {"us-federal-dc", "us-federal"},
    {"us-federal-dco", "us-federal"},
    {"us-federal-dco", "us-co"},
};

static SEED_UNUSED const struct seed_calendar *seed_calendar_find(const char *code)
{
  size_t i;
  for (i = 0; i < SEED_COUNT(seed_calendars); i++)
    if (strcmp(seed_calendars[i].code, code) == 0)
      return &seed_calendars[i];
  return NULL;
}

/* Build the hol_set of a seeded calendar for years [y0, y1]: the rules of the calendars it
   includes (in seed_includes order; one level, as seeded), then its own. 0 or -1. The caller
   releases it with hol_set_release. */
static SEED_UNUSED int seed_build(struct hol_set *out, const char *code, int y0, int y1)
{
  struct hol_rule rules[64];
  size_t n = 0, i, j;
  const struct seed_calendar *c = seed_calendar_find(code), *inc;

  if (!c)
    return -1;
  for (i = 0; i < SEED_COUNT(seed_includes); i++) {
    if (strcmp(seed_includes[i].calendar, code) != 0)
      continue;
    inc = seed_calendar_find(seed_includes[i].includes);
    for (j = 0; inc && j < inc->nrules && n < 64; j++)
      rules[n++] = inc->rules[j];
  }
  for (j = 0; j < c->nrules && n < 64; j++)
    rules[n++] = c->rules[j];
  return hol_set_build(out, rules, n, NULL, 0, y0, y1);
}

/* The seeded rules (table rule); count -1 = NULL (the period comes from the command line). */
struct seed_rule {
  const char *code;
  const char *calendar;
  int unit;     /* enum dl_unit */
  int count;    /* -1 = NULL */
  int ext_days; /* the most extension days in all, in ext_unit; -1 = NULL (no cap) */
  int max_ext;  /* how many extensions; 0 = none */
  int roll;     /* enum dl_roll */
  int routing_days;
  int earlier_of;
  int ext_unit; /* DL_EXT_WORKING or DL_EXT_CALENDAR (rule.ext_unit) */
};

static const struct seed_rule seed_rules[] SEED_UNUSED = {
    {"admin-subpoena", "us-federal", DL_CALENDAR, -1, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"ca-cpra", "us-federal", DL_CALENDAR, 10, 14, 1, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"co-cora", "us-co", DL_WORKING, 3, 7, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"co-days", "us-co", DL_CALENDAR, -1, -1, 1, DL_ROLL_FORWARD, 0, 0, DL_EXT_CALENDAR},
    {"co-months", "us-co", DL_MONTHS, -1, 0, 0, DL_ROLL_FORWARD, 0, 0, DL_EXT_CALENDAR},
    {"ct-foia", "us-federal", DL_WORKING, 4, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"frcp-45-objection", "us-federal", DL_CALENDAR, 14, 0, 0, DL_ROLL_FORWARD, 0, 1,
     DL_EXT_CALENDAR},
    {"ga-ora", "us-federal", DL_WORKING, 3, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"il-foia", "us-federal", DL_WORKING, 5, 5, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"ks-kora", "us-federal", DL_WORKING, 3, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"la-prl", "us-federal", DL_NONE, -1, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"la-prl-active-use", "us-federal", DL_WORKING, 3, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"md-pia", "us-federal", DL_CALENDAR, 30, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"md-pia-notice", "us-federal", DL_WORKING, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"mi-foia", "us-federal", DL_WORKING, 5, 10, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"nh-rtk", "us-federal", DL_WORKING, 5, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"nv-npra", "us-federal", DL_WORKING, 5, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"ny-foil", "us-federal", DL_WORKING, 5, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"pa-rtkl", "us-federal", DL_WORKING, 5, 30, 1, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"ri-apra", "us-federal", DL_WORKING, 10, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"tn-tpra", "us-federal", DL_WORKING, 7, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"tx-pia", "us-federal", DL_NONE, -1, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"tx-pia-ag", "us-federal", DL_WORKING, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"us-foia", "us-federal", DL_WORKING, 20, 10, 1, DL_ROLL_NONE, 10, 0, DL_EXT_WORKING},
    {"us-foia-appeal", "us-federal", DL_WORKING, 20, 10, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"us-foia-appeal-window", "us-federal", DL_CALENDAR, 90, 0, 0, DL_ROLL_NONE, 0, 0,
     DL_EXT_CALENDAR},
    {"us-foia-expedited", "us-federal", DL_CALENDAR, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"ut-grama", "us-federal", DL_WORKING, 10, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"ut-grama-expedited", "us-federal", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"va-foia", "us-federal", DL_WORKING, 5, 7, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"vt-pra", "us-federal", DL_WORKING, 3, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"wa-pra", "us-federal", DL_WORKING, 5, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
};

/* The dl_rule pubrec builds from a seeded rule: shift_nonworking_start for working days
   (C2), no cutoff (the statutes set none; agencies supply theirs), count as given. */
static SEED_UNUSED struct dl_rule seed_dl_rule(const char *code, int count)
{
  struct dl_rule r = {DL_NONE, 0, DL_ROLL_NONE, DL_NO_TIME, 0, 0, 0, DL_EXT_SAME};
  size_t i;
  for (i = 0; i < SEED_COUNT(seed_rules); i++) {
    const struct seed_rule *s = &seed_rules[i];
    if (strcmp(s->code, code) != 0)
      continue;
    r.unit = s->unit;
    r.count = s->count >= 0 ? s->count : count;
    r.roll = s->roll;
    r.shift_nonworking_start = s->unit == DL_WORKING;
    r.routing_days = s->routing_days;
    r.earlier_of = s->earlier_of;
    r.ext_unit = s->ext_unit;
    return r;
  }
  r.unit = -1; /* unknown code: dl_compute rejects it */
  return r;
}

#endif
