/*
** test_state_calendars.c — each built-in state calendar (migrations/
** 0009_state_calendars.sql, as C data in tests/unit/seed_calendars.h, which
** tests/unit/check_seed.sh keeps equal to the SQL) against a typed table of
** the Monday-Friday days its state published for two years or more. Where no
** published schedule was found, the table is computed by hand from the statute
** and says so. Weekend dates are left out: they never move a business-day count.
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

/* One published year: the calendar, the year and its weekday holidays. */
struct published_year {
  const char *calendar;
  int year;
  const char *source;
  const char *days[20]; /* YYYY-MM-DD, NULL-terminated */
};

static const struct published_year years[] = {
    /* Alabama: "State of Alabama 2021 Official State Holidays" and "2022 Official State
       Holidays" (docslib.org copy of the state's lists) and inform.alabama.gov's 2023 holiday
       schedule. 2021 adds the Governor's Juneteenth closure (Fri 06-18, memorandum of
       2021-06-17) and New Year's Day 2022 (a Saturday) on Fri 12-31, as the 2022 list shows;
       Christmas 2022 (a Sunday) is on Mon 12-26 (the 2022 copy is cut off after December 1;
       Saturday/Sunday rule of the list's footnote), and 2022 has the Governor's Juneteenth
       closure of Mon 06-20 (memorandum, WHNT 2022-06-13). 2023 has the Governor's "State
       Holiday" days 06-19 and 11-24. Mardi Gras (Baldwin and Mobile Counties only) is left out. */
    {"us-al",
     2021,
     "Alabama 2021 official state holidays",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-26", "2021-05-31", "2021-06-07",
      "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25",
      "2021-12-24", "2021-12-31", NULL}},
    {"us-al",
     2022,
     "Alabama 2022 official state holidays and memo",
     {"2022-01-17", "2022-02-21", "2022-04-25", "2022-05-30", "2022-06-06", "2022-06-20",
      "2022-07-04", "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26", NULL}},
    {"us-al",
     2023,
     "inform.alabama.gov 2023 holiday schedule",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-04-24", "2023-05-29", "2023-06-05",
      "2023-06-19", "2023-07-04", "2023-09-04", "2023-10-09", "2023-11-10", "2023-11-23",
      "2023-11-24", "2023-12-25", NULL}},
    /* Arkansas: 2023 as us-public-holidays.com lists the 1-5-101 days, with the Governor's
       closure of Fri 11-24 (proclamation of 2023-10-31) and without the list's Tue 12-26 (the
       day after Christmas Eve and Christmas both observed Mon 12-25: no state source found,
       UNSURE, left out). 2024 and 2025 by hand from Ark. Code 1-5-101 (state offices closed
       Tue 12-24 and Wed 12-25 in 2024, as a 2024-12-24 news roundup reports), 2025 with the
       Governor's closure of Fri 12-26 (proclamation of 2025-12-16). */
    {"us-ar",
     2023,
     "us-public-holidays.com Arkansas 2023 and proclamation",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-07-04", "2023-09-04",
      "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    {"us-ar",
     2024,
     "by hand from Ark. Code 1-5-101",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-07-04", "2024-09-02",
      "2024-11-11", "2024-11-28", "2024-12-24", "2024-12-25", NULL}},
    {"us-ar",
     2025,
     "by hand from Ark. Code 1-5-101 and proclamation",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-07-04", "2025-09-01",
      "2025-11-11", "2025-11-27", "2025-12-24", "2025-12-25", "2025-12-26", NULL}},
    /* Arizona by hand from A.R.S. 1-301 and A.A.C. R2-5A-B601 (no ADOA schedule with dates was
       found): 2021 (Independence Day, a Sunday, on Mon 07-05; Christmas and New Year's Day 2022,
       Saturdays, on Fri 12-24 and 12-31) and 2026 (Independence Day on Fri 07-03). No
       Juneteenth (A.R.S. 1-315: not a legal holiday). */
    {"us-az",
     2021,
     "by hand from A.R.S. 1-301",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-07-05", "2021-09-06",
      "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31", NULL}},
    {"us-az",
     2026,
     "by hand from A.R.S. 1-301",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-03", "2026-09-07",
      "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25", NULL}},
    /* Alaska by hand from AS 44.12.010 and the Saturday -> Friday, Sunday -> Monday
       observance: 2020 (Independence Day on Fri July 3, Alaska Day on Mon October 19, as
       2020 lists show) and 2025 (first Juneteenth; Alaska Day on Fri October 17). */
    {"us-ak",
     2020,
     "by hand from AS 44.12.010",
     {"2020-01-01", "2020-01-20", "2020-02-17", "2020-03-30", "2020-05-25", "2020-07-03",
      "2020-09-07", "2020-10-19", "2020-11-11", "2020-11-26", "2020-12-25", NULL}},
    {"us-ak",
     2025,
     "by hand from AS 44.12.010",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-03-31", "2025-05-26", "2025-06-19",
      "2025-07-04", "2025-09-01", "2025-10-17", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* CalHR, "State Holidays" (calhr.ca.gov/employees/Pages/state-holidays.aspx): 2013 with
       Cesar Chavez Day (Sunday) observed Monday April 1; 2014. */
    {"us-ca",
     2013,
     "CalHR 2013 State Holidays",
     {"2013-01-01", "2013-01-21", "2013-02-18", "2013-04-01", "2013-05-27", "2013-07-04",
      "2013-09-02", "2013-11-11", "2013-11-28", "2013-11-29", "2013-12-25", NULL}},
    {"us-ca",
     2014,
     "CalHR 2014 State Holidays",
     {"2014-01-01", "2014-01-20", "2014-02-17", "2014-03-31", "2014-05-26", "2014-07-04",
      "2014-09-01", "2014-11-11", "2014-11-27", "2014-11-28", "2014-12-25", NULL}},
    /* CalHR 2024 State of California Holiday Dates (as reproduced on indybay.org, 2024-05-16):
       no Juneteenth. */
    {"us-ca",
     2024,
     "CalHR 2024 holiday dates",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-04-01", "2024-05-27", "2024-07-04",
      "2024-09-02", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25", NULL}},
    /* Connecticut: "Observance of Holidays - 2014" (CT Department of Labor memo of
       2013-01-25, "in accordance with C.G.S. 1-4") and DAS "State of CT holidays" 2024
       (portal.ct.gov/das/services-for-state-employees/holidays): Good Friday both years. */
    {"us-ct",
     2014,
     "CT observance of holidays 2014",
     {"2014-01-01", "2014-01-20", "2014-02-12", "2014-02-17", "2014-04-18", "2014-05-26",
      "2014-07-04", "2014-09-01", "2014-10-13", "2014-11-11", "2014-11-27", "2014-12-25", NULL}},
    {"us-ct",
     2024,
     "CT DAS holidays 2024",
     {"2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-03-29", "2024-05-27",
      "2024-06-19", "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28",
      "2024-12-25", NULL}},
    /* Delaware DHR, "2016 Holidays" and "2024 Holidays" (dhr.delaware.gov/labor/holidays/):
       Christmas 2016 (Sunday) on Monday 12-26; Election Day both years. Return Day (Nov 10,
       2016; Nov 7, 2024) is left out: a half day (after noon) in Sussex County only. */
    {"us-de",
     2016,
     "Delaware DHR 2016 holidays",
     {"2016-01-01", "2016-01-18", "2016-03-25", "2016-05-30", "2016-07-04", "2016-09-05",
      "2016-11-08", "2016-11-11", "2016-11-24", "2016-11-25", "2016-12-26", NULL}},
    {"us-de",
     2024,
     "Delaware DHR 2024 holidays",
     {"2024-01-01", "2024-01-15", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04",
      "2024-09-02", "2024-11-05", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25", NULL}},
    /* District of Columbia, DCHR E-DPM issuances "Legal Public Holidays" 2021 (I-2021-19:
       Inauguration Day, Juneteenth on Fri 06-18, Independence Day on Mon 07-05, Christmas on
       Fri 12-24) and 2024 (I-2024-2). 2021 also holds New Year's Day 2022 (a Saturday) on Fri
       2021-12-31, by 1-612.02(b)(1). */
    {"us-dc",
     2021,
     "DCHR legal public holidays 2021",
     {"2021-01-01", "2021-01-18", "2021-01-20", "2021-02-15", "2021-04-16", "2021-05-31",
      "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25",
      "2021-12-24", "2021-12-31", NULL}},
    {"us-dc",
     2024,
     "DCHR legal public holidays 2024",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-04-16", "2024-05-27", "2024-06-19",
      "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25", NULL}},
    /* Florida by hand from Fla. Stat. 110.117: 2021 (Independence Day on Mon 07-05;
       Christmas and New Year's Day 2022 on Fridays 12-24 and 12-31) and 2026. */
    {"us-fl",
     2021,
     "by hand from Fla. Stat. 110.117",
     {"2021-01-01", "2021-01-18", "2021-05-31", "2021-07-05", "2021-09-06", "2021-11-11",
      "2021-11-25", "2021-11-26", "2021-12-24", "2021-12-31", NULL}},
    {"us-fl",
     2026,
     "by hand from Fla. Stat. 110.117",
     {"2026-01-01", "2026-01-19", "2026-05-25", "2026-07-03", "2026-09-07", "2026-11-11",
      "2026-11-26", "2026-11-27", "2026-12-25", NULL}},
    /* Georgia: the Governor's lists under O.C.G.A. 1-4-1(b): georgia.gov "State Holidays" 2019
       (updated 2019-01-22, as copied at htrafficking.cf), team.georgia.gov "State of Georgia
       Holiday Schedule" 2024 and georgia.gov "Georgia State Holidays 2025". */
    {"us-ga",
     2019,
     "georgia.gov state holidays 2019",
     {"2019-01-01", "2019-01-21", "2019-04-22", "2019-05-27", "2019-07-04", "2019-09-02",
      "2019-10-14", "2019-11-11", "2019-11-28", "2019-11-29", "2019-12-24", "2019-12-25", NULL}},
    {"us-ga",
     2024,
     "team.georgia.gov holiday schedule 2024",
     {"2024-01-01", "2024-01-15", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04",
      "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-24",
      "2024-12-25", NULL}},
    {"us-ga",
     2025,
     "georgia.gov state holidays 2025",
     {"2025-01-01", "2025-01-20", "2025-04-18", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
      "2025-12-26", NULL}},
    /* Hawaii: 2014 as listed by a calculator of HRS 8-1 holidays (miraclesalad.com, "as of
       2001" rules, with the general election) and 2021 by hand (Good Friday April 2, Statehood
       Day August 20, Independence Day on Mon 07-05, Christmas on Fri 12-24, New Year's Day 2022
       on Fri 12-31). */
    {"us-hi",
     2014,
     "HRS 8-1 calculator, 2014",
     {"2014-01-01", "2014-01-20", "2014-02-17", "2014-03-26", "2014-04-18", "2014-05-26",
      "2014-06-11", "2014-07-04", "2014-08-15", "2014-09-01", "2014-11-04", "2014-11-11",
      "2014-11-27", "2014-12-25", NULL}},
    {"us-hi",
     2021,
     "by hand from HRS 8-1",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-03-26", "2021-04-02", "2021-05-31",
      "2021-06-11", "2021-07-05", "2021-08-20", "2021-09-06", "2021-11-11", "2021-11-25",
      "2021-12-24", "2021-12-31", NULL}},
    /* Iowa by hand from Iowa Code 1C.2 (Saturday -> Friday, Sunday -> Monday): 2021 holds
       Christmas (Saturday) on Fri 12-24 and New Year's Day 2022 (Saturday) on Fri 12-31. */
    {"us-ia",
     2021,
     "by hand from Iowa Code 1C.2",
     {"2021-01-01", "2021-01-18", "2021-05-31", "2021-07-05", "2021-09-06", "2021-11-11",
      "2021-11-25", "2021-11-26", "2021-12-24", "2021-12-31", NULL}},
    {"us-ia",
     2025,
     "by hand from Iowa Code 1C.2",
     {"2025-01-01", "2025-01-20", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-11",
      "2025-11-27", "2025-11-28", "2025-12-25", NULL}},
    /* Idaho by hand from Idaho Code 73-108: 2021 and 2026. */
    {"us-id",
     2021,
     "by hand from Idaho Code 73-108",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-07-05", "2021-09-06",
      "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31", NULL}},
    {"us-id",
     2026,
     "by hand from Idaho Code 73-108",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-03", "2026-09-07",
      "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25", NULL}},
    /* Illinois CMS, Bureau of Personnel, "State Holidays" 2019 and 2020
       (www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx):
       Independence Day 2020 (Saturday) on Friday July 3; General Election Day only in 2020. */
    {"us-il",
     2019,
     "Illinois CMS state holidays 2019",
     {"2019-01-01", "2019-01-21", "2019-02-12", "2019-02-18", "2019-05-27", "2019-07-04",
      "2019-09-02", "2019-10-14", "2019-11-11", "2019-11-28", "2019-11-29", "2019-12-25", NULL}},
    {"us-il",
     2020,
     "Illinois CMS state holidays 2020",
     {"2020-01-01", "2020-01-20", "2020-02-12", "2020-02-17", "2020-05-25", "2020-07-03",
      "2020-09-07", "2020-10-12", "2020-11-03", "2020-11-11", "2020-11-26", "2020-11-27",
      "2020-12-25", NULL}},
    /* Indiana State Personnel Department, "State Holidays" (in.gov/spd/2555.htm): 2014, 2015
       (Independence Day, a Saturday, on Fri 07-03 for Monday-Friday operations) and 2019 (via
       webharvest.gov). Lincoln's and Washington's Birthdays as the Governor moved them. */
    {"us-in",
     2014,
     "Indiana SPD state holidays 2014",
     {"2014-01-01", "2014-01-20", "2014-04-18", "2014-05-06", "2014-05-26", "2014-07-04",
      "2014-09-01", "2014-10-13", "2014-11-04", "2014-11-11", "2014-11-27", "2014-11-28",
      "2014-12-25", "2014-12-26", NULL}},
    {"us-in",
     2015,
     "Indiana SPD state holidays 2015",
     {"2015-01-01", "2015-01-19", "2015-04-03", "2015-05-05", "2015-05-25", "2015-07-03",
      "2015-09-07", "2015-10-12", "2015-11-03", "2015-11-11", "2015-11-26", "2015-11-27",
      "2015-12-24", "2015-12-25", NULL}},
    {"us-in",
     2019,
     "Indiana SPD state holidays 2019",
     {"2019-01-01", "2019-01-21", "2019-04-19", "2019-05-07", "2019-05-27", "2019-07-04",
      "2019-09-02", "2019-10-14", "2019-11-05", "2019-11-11", "2019-11-28", "2019-11-29",
      "2019-12-24", "2019-12-25", NULL}},
    /* Kentucky by hand from KRS 18A.190 (no Personnel Cabinet schedule with dates was found):
       2021 (Independence Day, a Sunday, on Mon 07-05; Christmas and New Year's Day 2022,
       Saturdays, on Fri 12-24 and 12-31), 2024 (presidential election day Tue 11-05; Juneteenth
       by the executive order of 2024-05-23) and 2025. Good Friday (a half day) and the
       Governor's yearly extra days with New Year's Day, Thanksgiving and Christmas are not in
       these tables: no designation was read. */
    {"us-ky",
     2021,
     "by hand from KRS 18A.190",
     {"2021-01-01", "2021-01-18", "2021-05-31", "2021-07-05", "2021-09-06", "2021-11-11",
      "2021-11-25", "2021-12-24", "2021-12-31", NULL}},
    {"us-ky",
     2024,
     "by hand from KRS 18A.190 and EO 2024-05-23",
     {"2024-01-01", "2024-01-15", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02",
      "2024-11-05", "2024-11-11", "2024-11-28", "2024-12-25", NULL}},
    {"us-ky",
     2025,
     "by hand from KRS 18A.190 and EO 2024-05-23",
     {"2025-01-01", "2025-01-20", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01",
      "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Kansas: the University of Kansas's holiday schedule for 2023 and 2024
       (humanresources.ku.edu, "Leaves and Holidays"), the days the Governor designated under
       K.A.R. 1-9-2(b)(1) with the seven regulation days of 1-9-2(a): New Year's Day 2023 (a
       Sunday) on Mon 01-02, Veterans' Day 2023 (a Saturday) on Fri 11-10, Juneteenth from 2024,
       no Presidents' Day, Columbus Day or Christmas Eve. 2025 by hand from K.A.R. 1-9-2(a) alone:
       no designation for 2025 was read, so MLK Day, Juneteenth and the day after Thanksgiving are
       not in it (the earlier deadline). */
    {"us-ks",
     2023,
     "University of Kansas holiday schedule 2023",
     {"2023-01-02", "2023-01-16", "2023-05-29", "2023-07-04", "2023-09-04", "2023-11-10",
      "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    {"us-ks",
     2024,
     "University of Kansas holiday schedule 2024",
     {"2024-01-01", "2024-01-15", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02",
      "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25", NULL}},
    {"us-ks",
     2025,
     "by hand from K.A.R. 1-9-2(a)",
     {"2025-01-01", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-11", "2025-11-27",
      "2025-12-25", NULL}},
    /* us-ks-kora, the Kansas Open Records Act's business days (K.S.A. 45-217(a)), by hand: every
       federal holiday (Congress) with the Kansas days above (the Governor's). 2024 adds the day
       after Thanksgiving (Fri 11-29) to the eleven federal weekdays; 2025 is the federal year (no
       designation read). */
    {"us-ks-kora",
     2024,
     "by hand from K.S.A. 45-217(a): us-federal and us-ks",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04",
      "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25", NULL}},
    {"us-ks-kora",
     2025,
     "by hand from K.S.A. 45-217(a): us-federal and us-ks",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Louisiana by hand from La. R.S. 1:55(B)(1)(a) (the Caddo Parish Clerk of Court's
       quotation; no State Civil Service list with dates was found) and the Governor's
       proclamations read: 2023 (New Year's Day, a Sunday, on Mon 01-02; Mardi Gras 02-21 and Good
       Friday 04-07 from Easter 04-09; Veterans' Day, a Saturday, not moved; the proclaimed Tue
       12-26), 2024 (the proclaimed Tue 01-02; Mardi Gras 02-13, Good Friday 03-29; Juneteenth Wed
       06-19 by proclamation; General Election Day Tue 11-05) and 2025 (Mardi Gras 03-04, Good
       Friday 04-18; no general election). Memorial Day and Washington's Birthday are left out: they
       close offices only by a proclamation (1:55(B)(3)), and none was read. */
    {"us-la",
     2023,
     "by hand from La. R.S. 1:55(B) and the 2023 proclamation",
     {"2023-01-02", "2023-01-16", "2023-02-21", "2023-04-07", "2023-07-04", "2023-09-04",
      "2023-11-23", "2023-12-25", "2023-12-26", NULL}},
    {"us-la",
     2024,
     "by hand from La. R.S. 1:55(B) and the 2024 proclamations",
     {"2024-01-01", "2024-01-02", "2024-01-15", "2024-02-13", "2024-03-29", "2024-06-19",
      "2024-07-04", "2024-09-02", "2024-11-05", "2024-11-11", "2024-11-28", "2024-12-25", NULL}},
    {"us-la",
     2025,
     "by hand from La. R.S. 1:55(B)",
     {"2025-01-01", "2025-01-20", "2025-03-04", "2025-04-18", "2025-07-04", "2025-09-01",
      "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Massachusetts Trial Court, "Legal Holidays" 2015 and 2016 (mass.gov, "pursuant to G.L.
       c. 4, s. 7"): Independence Day 2015 on a Saturday gives no weekday (offices open on
       Friday 07-03); Christmas 2016 (Sunday) on Monday 12-26. */
    {"us-ma",
     2015,
     "Massachusetts Trial Court legal holidays 2015",
     {"2015-01-01", "2015-01-19", "2015-02-16", "2015-04-20", "2015-05-25", "2015-09-07",
      "2015-10-12", "2015-11-11", "2015-11-26", "2015-12-25", NULL}},
    {"us-ma",
     2016,
     "Massachusetts Trial Court legal holidays 2016",
     {"2016-01-01", "2016-01-18", "2016-02-15", "2016-04-18", "2016-05-30", "2016-07-04",
      "2016-09-05", "2016-10-10", "2016-11-11", "2016-11-24", "2016-12-26", NULL}},
    /* Massachusetts by hand from c. 4, s. 7, cl. 18: 2021 (the first Juneteenth, a Saturday, and
       Christmas on a Saturday: no weekday; Independence Day, a Sunday, on Monday 07-05) and
       2022 (Juneteenth, a Sunday, on Monday 06-20). */
    {"us-ma",
     2021,
     "by hand from M.G.L. c. 4, s. 7, cl. 18",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-19", "2021-05-31", "2021-07-05",
      "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", NULL}},
    {"us-ma",
     2022,
     "by hand from M.G.L. c. 4, s. 7, cl. 18",
     {"2022-01-17", "2022-02-21", "2022-04-18", "2022-05-30", "2022-06-20", "2022-07-04",
      "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26", NULL}},
    /* Maine by hand from the BHR holiday policy (4 M.R.S. 1051 dates, Saturday -> Friday,
       Sunday -> Monday): 2018 with Columbus Day and Veterans Day on Monday November 12; 2022
       with the first Juneteenth (Sunday, on Monday June 20). */
    {"us-me",
     2018,
     "by hand from Maine BHR holidays",
     {"2018-01-01", "2018-01-15", "2018-02-19", "2018-04-16", "2018-05-28", "2018-07-04",
      "2018-09-03", "2018-10-08", "2018-11-12", "2018-11-22", "2018-11-23", "2018-12-25", NULL}},
    {"us-me",
     2022,
     "by hand from Maine BHR holidays",
     {"2022-01-17", "2022-02-21", "2022-04-18", "2022-05-30", "2022-06-20", "2022-07-04",
      "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-11-25", "2022-12-26", NULL}},
    /* Michigan: the Michigan Supreme Court's "MSC Court Holidays" 2015 list under MCR 8.110(D)
       (courts.mi.gov; the Secretary of State's office closures list the same days), and the
       31st Circuit Court's 2023 schedule under MCR 8.110(D)(2) (stclairtoday.com): Juneteenth,
       Veterans' Day on Friday 11-10, the Sunday eves on Fridays 12-22 and 12-29; its list starts
       at January 16, so New Year's Day 2023 (a Sunday) on Monday 01-02 is by hand from the
       Secretary of State's Saturday/Sunday rule. 2022 by hand from MCR 8.110(D)(2)(a) and that
       rule: Juneteenth (a Sunday) on Monday 06-20 (Holland Sentinel 2022-06-18), Christmas Eve
       and New Year's Eve (Saturdays) on Fridays 12-23 and 12-30, Christmas on Monday 12-26. */
    {"us-mi",
     2015,
     "Michigan Supreme Court 2015 court holidays (MCR 8.110(D))",
     {"2015-01-01", "2015-01-19", "2015-02-16", "2015-05-25", "2015-07-03", "2015-09-07",
      "2015-11-11", "2015-11-26", "2015-11-27", "2015-12-24", "2015-12-25", "2015-12-31", NULL}},
    {"us-mi",
     2022,
     "by hand from MCR 8.110(D)(2)(a) and the Secretary of State's rule",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-11-11", "2022-11-24", "2022-11-25", "2022-12-23", "2022-12-26", "2022-12-30", NULL}},
    {"us-mi",
     2023,
     "31st Circuit Court 2023 holiday schedule (MCR 8.110(D)(2))",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-22", "2023-12-25",
      "2023-12-29", NULL}},
    /* Minnesota by hand from 645.44, subd. 5 (executive branch): 2023 and 2026. */
    {"us-mn",
     2023,
     "by hand from Minn. Stat. 645.44",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    {"us-mn",
     2026,
     "by hand from Minn. Stat. 645.44",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25", NULL}},
    /* Missouri Office of Administration, "State Holidays" 2025 and 2026
       (oa.mo.gov/commissioner/state-holidays): Independence Day 2026 observed Fri July 3. */
    {"us-mo",
     2025,
     "Missouri OA state holidays 2025",
     {"2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-05-08", "2025-05-26",
      "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27",
      "2025-12-25", NULL}},
    {"us-mo",
     2026,
     "Missouri OA state holidays 2026",
     {"2026-01-01", "2026-01-19", "2026-02-12", "2026-02-16", "2026-05-08", "2026-05-25",
      "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26",
      "2026-12-25", NULL}},
    /* Montana by hand from MCA 1-1-216 and ARM 2.21.620 (a 2015-2016 list of Montana legal
       holidays at greatfalls.aroundmontana.com agrees on the dates it gives): 2015 with
       Independence Day (Saturday) on Friday July 3; 2016 with the general election. */
    {"us-mt",
     2015,
     "by hand from MCA 1-1-216",
     {"2015-01-01", "2015-01-19", "2015-02-16", "2015-05-25", "2015-07-03", "2015-09-07",
      "2015-10-12", "2015-11-11", "2015-11-26", "2015-12-25", NULL}},
    {"us-mt",
     2016,
     "by hand from MCA 1-1-216",
     {"2016-01-01", "2016-01-18", "2016-02-15", "2016-05-30", "2016-07-04", "2016-09-05",
      "2016-10-10", "2016-11-08", "2016-11-11", "2016-11-24", "2016-12-26", NULL}},
    /* North Carolina: the State Human Resources Commission's schedules as far as they were read.
       2024 and 2025: the N.C. State Board of Elections' "State Holidays" closures (ncsbe.gov:
       2024 Thanksgiving 11-28/29 and Christmas 12-24..26; 2025 January to November), with
       Martin Luther King, Jr.'s Birthday and Veterans Day by hand from G.S. 126-4(5), (5a) and
       Christmas Day 2025 (the other two 2025 Christmas days were not read: not listed). 2023:
       Camden County's posting of the State schedule (Veterans Day on Friday 11-10, Thanksgiving,
       Christmas 12-25..27) and the Board's Memorial Day 2023 closure. 2016: the Goldsboro
       News-Argus (2016-12-19: December 23, 26, 27). The Commission's other days of 2016, 2023
       and 2024 were not read, so the calendar (and this table) leaves them out. */
    {"us-nc",
     2016,
     "Goldsboro News-Argus 2016-12-19 and G.S. 126-4",
     {"2016-01-18", "2016-11-11", "2016-12-23", "2016-12-26", "2016-12-27", NULL}},
    {"us-nc",
     2023,
     "camdencountync.gov 2023 State schedule, ncsbe.gov and G.S. 126-4",
     {"2023-01-16", "2023-05-29", "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-25",
      "2023-12-26", "2023-12-27", NULL}},
    {"us-nc",
     2024,
     "ncsbe.gov State Holidays 2024 and G.S. 126-4",
     {"2024-01-15", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25",
      "2024-12-26", NULL}},
    {"us-nc",
     2025,
     "ncsbe.gov State Holidays 2025 and G.S. 126-4",
     {"2025-01-01", "2025-01-20", "2025-04-18", "2025-05-26", "2025-07-04", "2025-09-01",
      "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25", NULL}},
    /* North Dakota by hand from N.D.C.C. 1-03 and the OMB HR page: 2021 (Good Friday April 2;
       Christmas and New Year's Day 2022 on Fridays 12-24 and 12-31) and 2025. */
    {"us-nd",
     2021,
     "by hand from N.D.C.C. 1-03",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-07-05",
      "2021-09-06", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31", NULL}},
    {"us-nd",
     2025,
     "by hand from N.D.C.C. 1-03",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-07-04",
      "2025-09-01", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Nevada by hand from NRS 236.015 (no published state schedule with dates was found;
       the UNR HR page lists the same rules): 2023 with the first Juneteenth (AB 140), New
       Year's Day (Sunday) on Monday and Veterans' Day (Saturday) on Friday November 10. */
    {"us-nv",
     2023,
     "by hand from NRS 236.015",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-10-27", "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    {"us-nv",
     2025,
     "by hand from NRS 236.015",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-31", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25", NULL}},
    /* New Mexico by hand from NMSA 12-5-2 and 12-5-3 (as quoted by FindLaw and
       employmentlawhandbook.com) and the closures read (no State Personnel Office schedule was
       found): 2018 has Columbus Day (Mon 10-08) left out (no closure read) and Veterans Day (a
       Sunday) on Mon 11-12; 2022 has New Year's Day (a Saturday) on no weekday, Indigenous
       Peoples' Day Mon 10-10 and Christmas (a Sunday) on Mon 12-26; 2023 has New Year's Day (a
       Sunday) on Mon 01-02 and Veterans Day (a Saturday) on no weekday. Presidents' Day (state
       offices open in February, Santa Fe New Mexican 2022-02-18), the Friday after Thanksgiving
       and Juneteenth are in no year: not settled (the earlier deadline). */
    {"us-nm",
     2018,
     "by hand from NMSA 12-5-2, 12-5-3",
     {"2018-01-01", "2018-01-15", "2018-05-28", "2018-07-04", "2018-09-03", "2018-11-12",
      "2018-11-22", "2018-12-25", NULL}},
    {"us-nm",
     2022,
     "by hand from NMSA 12-5-2, 12-5-3 and the closures read",
     {"2022-01-17", "2022-05-30", "2022-07-04", "2022-09-05", "2022-10-10", "2022-11-11",
      "2022-11-24", "2022-12-26", NULL}},
    {"us-nm",
     2023,
     "by hand from NMSA 12-5-2, 12-5-3 and the closures read",
     {"2023-01-02", "2023-01-16", "2023-05-29", "2023-07-04", "2023-09-04", "2023-10-09",
      "2023-11-23", "2023-12-25", NULL}},
    /* New York State holidays for state employees 2011 and 2012 (NYS Department of Civil
       Service table, as reproduced at liquisearch.com "New York State Government Holidays"):
       Saturday holidays (New Year's Day and Lincoln's Birthday 2011) not observed, Sunday
       ones on Monday. */
    {"us-ny",
     2011,
     "NYS Civil Service holidays 2011",
     {"2011-01-17", "2011-02-21", "2011-05-30", "2011-07-04", "2011-09-05", "2011-10-10",
      "2011-11-08", "2011-11-11", "2011-11-24", "2011-12-26", NULL}},
    {"us-ny",
     2012,
     "NYS Civil Service holidays 2012",
     {"2012-01-02", "2012-01-16", "2012-02-13", "2012-02-20", "2012-05-28", "2012-07-04",
      "2012-09-03", "2012-10-08", "2012-11-06", "2012-11-12", "2012-11-22", "2012-12-25", NULL}},
    /* SUNY Purchase College (a State University of New York campus) holiday schedule 2024 and
       2025 (purchase.edu/offices/hr/benefits-information/holidays). */
    {"us-ny",
     2024,
     "SUNY Purchase 2024 holiday schedule",
     {"2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-05-27", "2024-06-19",
      "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-05", "2024-11-11", "2024-11-28",
      "2024-12-25", NULL}},
    {"us-ny",
     2025,
     "SUNY Purchase 2025 holiday schedule",
     {"2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-05-26", "2025-06-19",
      "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27",
      "2025-12-25", NULL}},
    /* Ohio by hand from Ohio Rev. Code 124.19(A) and Ohio Adm. Code 123:1-44-01(C) (no holiday
       moves off a weekend; no dated state schedule was read): 2021 with Juneteenth on Friday June
       18 (the Governor's 2021-06-17 statement) and Independence Day (Sunday) and Christmas
       (Saturday) giving no weekday; 2025. */
    {"us-oh",
     2021,
     "by hand from Ohio Rev. Code 124.19",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-09-06",
      "2021-10-11", "2021-11-11", "2021-11-25", NULL}},
    {"us-oh",
     2025,
     "by hand from Ohio Rev. Code 124.19",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Oklahoma: Executive Order 2014-19A (OAC 1:2014-19A), the dates "observed as holidays by
       the State of Oklahoma in 2015" (Christmas Thursday & Friday December 24 & 25). 2021 and
       2022 by hand from 25 O.S. 82.1(A) (no later order was read): Christmas 2021 (Saturday)
       on Thursday and Friday December 23-24, New Year's Day 2022 (Saturday) on Friday
       2021-12-31; Christmas 2022 (Sunday) on Monday and Tuesday December 26-27. */
    {"us-ok",
     2015,
     "Oklahoma Executive Order 2014-19A",
     {"2015-01-01", "2015-01-19", "2015-02-16", "2015-05-25", "2015-07-03", "2015-09-07",
      "2015-11-11", "2015-11-26", "2015-11-27", "2015-12-24", "2015-12-25", NULL}},
    {"us-ok",
     2021,
     "by hand from 25 O.S. 82.1(A)",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-07-05", "2021-09-06",
      "2021-11-11", "2021-11-25", "2021-11-26", "2021-12-23", "2021-12-24", "2021-12-31", NULL}},
    {"us-ok",
     2022,
     "by hand from 25 O.S. 82.1(A)",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-07-04", "2022-09-05", "2022-11-11",
      "2022-11-24", "2022-11-25", "2022-12-26", "2022-12-27", NULL}},
    /* Oregon by hand from ORS 187.010 and HR Policy 60.010.01: 2022 (first Juneteenth,
       Sunday, on Monday June 20) and 2025. */
    {"us-or",
     2022,
     "by hand from ORS 187.010",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-11-11", "2022-11-24", "2022-11-25", "2022-12-26", NULL}},
    {"us-or",
     2025,
     "by hand from ORS 187.010",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25", NULL}},
    /* Pennsylvania by hand from the Commonwealth's employee holidays (BLR; hyring.com's 2026
       Administrative Circular list) and the closures read (no circular was found): 2021 has
       the Governor's Juneteenth closure Fri 06-18, Independence Day (a Sunday) on Mon 07-05 and
       Christmas (a Saturday) on no weekday; 2022 has New Year's Day (a Saturday) on no weekday,
       Juneteenth and Christmas (Sundays) on Mon 06-20 and Mon 12-26; 2023 has New Year's Day (a
       Sunday) on Mon 01-02, Juneteenth Mon 06-19 ("State government: closed", PennLive) and
       Veterans Day (a Saturday) on no weekday (PennDOT's centers open on the Friday before a
       Saturday Veterans Day, Butler Radio). Every year has the day
       after Thanksgiving; none has Good Friday, Flag Day or Election Day (44 P.S. 11 only). */
    {"us-pa",
     2021,
     "by hand from the Commonwealth's employee holidays and closures read",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05",
      "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-11-26", NULL}},
    {"us-pa",
     2022,
     "by hand from the Commonwealth's employee holidays and closures read",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-10-10", "2022-11-11", "2022-11-24", "2022-11-25", "2022-12-26", NULL}},
    {"us-pa",
     2023,
     "by hand from the Commonwealth's employee holidays and closures read",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-10-09", "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    /* Rhode Island Secretary of State, "Rhode Island State Holidays" 2019, 2020, 2021
       (sos.ri.gov/divisions/civics-and-education/reference-desk/ri-state-holidays): a
       weekend holiday on the Monday after (Independence Day 2020 and 2021, Christmas 2021);
       Election Day in 2020 only. */
    {"us-ri",
     2019,
     "RI Secretary of State holidays 2019",
     {"2019-01-01", "2019-01-21", "2019-05-27", "2019-07-04", "2019-08-12", "2019-09-02",
      "2019-10-14", "2019-11-11", "2019-11-28", "2019-12-25", NULL}},
    {"us-ri",
     2020,
     "RI Secretary of State holidays 2020",
     {"2020-01-01", "2020-01-20", "2020-05-25", "2020-07-06", "2020-08-10", "2020-09-07",
      "2020-10-12", "2020-11-03", "2020-11-11", "2020-11-26", "2020-12-25", NULL}},
    {"us-ri",
     2021,
     "RI Secretary of State holidays 2021",
     {"2021-01-01", "2021-01-18", "2021-05-31", "2021-07-05", "2021-08-09", "2021-09-06",
      "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-27", NULL}},
    /* South Carolina Division of State Human Resources, "Holiday Leave", 2025 Holiday Schedule
       (admin.sc.gov/services/state-human-resources/benefits-and-leave/holiday-leave):
       Confederate Memorial Day (Saturday May 10) on Friday May 9. 2024 by hand from S.C. Code
       53-5-10 (no 2024 state schedule was read): Confederate Memorial Day on Friday May 10. */
    {"us-sc",
     2024,
     "by hand from S.C. Code 53-5-10",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-10", "2024-05-27", "2024-07-04",
      "2024-09-02", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25",
      "2024-12-26", NULL}},
    {"us-sc",
     2025,
     "SC State HR 2025 holiday schedule",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-09", "2025-05-26", "2025-07-04",
      "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-24", "2025-12-25",
      "2025-12-26", NULL}},
    /* South Dakota by hand from SDCL 1-5-1: 2023 (first Juneteenth; Veterans' Day on Friday
       November 10) and 2026 (Independence Day on Friday July 3). */
    {"us-sd",
     2023,
     "by hand from SDCL 1-5-1",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-10-09", "2023-11-10", "2023-11-23", "2023-12-25", NULL}},
    {"us-sd",
     2026,
     "by hand from SDCL 1-5-1",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25", NULL}},
    /* Tennessee: the state's 2021 holiday list as reproduced by knoxtntoday.com (2020-12-24):
       Good Friday April 2, Independence Day on Monday July 5, Thanksgiving Thursday and Friday,
       Christmas (Saturday) on Thursday and Friday December 23-24, New Year's Eve Friday
       December 31 (New Year's Day 2022, a Saturday). "Tennessee State Government 2025 Holiday
       Office Closures" as reproduced by capitalfiling.com (tn.gov/about-tn/state-holidays.html):
       Columbus Day substituted by Friday November 28, Christmas Eve and Christmas. */
    {"us-tn",
     2021,
     "Tennessee state holidays 2021",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-07-05",
      "2021-09-06", "2021-11-11", "2021-11-25", "2021-11-26", "2021-12-23", "2021-12-24",
      "2021-12-31", NULL}},
    {"us-tn",
     2025,
     "Tennessee state government 2025 closures",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19",
      "2025-07-04", "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-24",
      "2025-12-25", NULL}},
    /* Texas 2025 state holidays on which offices close (SAO schedule as listed at
       us-public-holidays.com/texas/2025: national holidays, the Friday after Thanksgiving,
       December 24 and 26). */
    {"us-tx",
     2025,
     "Texas SAO 2025 holidays",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-07-04", "2025-09-01",
      "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-24", "2025-12-25", "2025-12-26", NULL}},
    /* Texas 2026 computed by hand from Gov't Code 662.003-662.004 (no published schedule was
       found): July 4 and December 26 fall on Saturdays and are not moved. */
    {"us-tx",
     2026,
     "by hand from Tex. Gov't Code 662.003",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-09-07", "2026-11-11",
      "2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25", NULL}},
    /* us-tx-pia by hand from 552.0031: 2025 adds the weekday skeleton-crew holidays (San
       Jacinto Day, Emancipation Day, LBJ Day; Jan 19 and Mar 2 are Sundays); 2023 adds none
       (none falls after 2023-09-01), and Sunday New Year's Day 2023 is not moved. */
    {"us-tx-pia",
     2025,
     "by hand from Tex. Gov't Code 552.0031",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-04-21", "2025-05-26", "2025-06-19",
      "2025-07-04", "2025-08-27", "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28",
      "2025-12-24", "2025-12-25", "2025-12-26", NULL}},
    {"us-tx-pia",
     2023,
     "by hand from H.B. 3033 (eff. 2023-09-01)",
     {"2023-01-16", "2023-02-20", "2023-05-29", "2023-07-04", "2023-09-04", "2023-11-23",
      "2023-11-24", "2023-12-25", "2023-12-26", NULL}},
    /* Virginia by hand from Va. Code 2.2-3300 (no published DHRM schedule was found):
       2020 has the last Lee-Jackson Day (Fri Jan 17), the first Election Day, and
       Independence Day (Saturday) on Friday July 3. */
    {"us-va",
     2020,
     "by hand from Va. Code 2.2-3300",
     {"2020-01-01", "2020-01-17", "2020-01-20", "2020-02-17", "2020-05-25", "2020-07-03",
      "2020-09-07", "2020-10-12", "2020-11-03", "2020-11-11", "2020-11-26", "2020-11-27",
      "2020-12-25", NULL}},
    {"us-va",
     2025,
     "by hand from Va. Code 2.2-3300",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27", "2025-11-28",
      "2025-12-25", NULL}},
    /* Utah by hand from Utah Code 63G-1-301 (no dated state schedule was found): 2022 with the
       first Juneteenth (June 19, a Sunday, on Monday June 20), Pioneer Day (Sunday) on Monday
       July 25 and Christmas (Sunday) on Monday December 26; 2025 with Juneteenth (Thursday June
       19) on the Monday before, June 16. */
    {"us-ut",
     2022,
     "by hand from Utah Code 63G-1-301",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-07-25",
      "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26", NULL}},
    {"us-ut",
     2025,
     "by hand from Utah Code 63G-1-301",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-16", "2025-07-04",
      "2025-07-24", "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Vermont by hand from 1 V.S.A. 371 (no dated state schedule was found): 2023 (New Year's
       Day, a Sunday, on Monday 01-02; Town Meeting Day 03-07; Veterans' Day, a Saturday, on
       Friday 11-10) and 2025 (Bennington Battle Day, a Saturday, on Friday 08-15). No Indigenous
       Peoples' Day and no Juneteenth (not certainly closed statewide). */
    {"us-vt",
     2023,
     "by hand from 1 V.S.A. 371",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-03-07", "2023-05-29", "2023-07-04",
      "2023-08-16", "2023-09-04", "2023-11-10", "2023-11-23", "2023-12-25", NULL}},
    {"us-vt",
     2025,
     "by hand from 1 V.S.A. 371",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-03-04", "2025-05-26", "2025-07-04",
      "2025-08-15", "2025-09-01", "2025-11-11", "2025-11-27", "2025-12-25", NULL}},
    /* Washington by hand from RCW 1.16.050 and WAC 357-31-005 (no published OFM schedule
       was found): 2022, the first Juneteenth (Sunday, observed Monday June 20); New Year's
       Day 2022 (Saturday) is observed Fri 2021-12-31, in 2021. */
    {"us-wa",
     2022,
     "by hand from RCW 1.16.050",
     {"2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-11-11", "2022-11-24", "2022-11-25", "2022-12-26", NULL}},
    {"us-wa",
     2026,
     "by hand from RCW 1.16.050",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25", NULL}},
    /* Wisconsin by hand from Wis. Stat. 230.35(4)(a) (no published state schedule was found):
       2022 (New Year's Day, Christmas Eve and New Year's Eve on Saturdays: no weekday; Christmas,
       a Sunday, on Monday 12-26), 2023 (New Year's Day, a Sunday, on Monday 01-02; Christmas Eve
       and New Year's Eve on Sundays are not moved) and 2025. */
    {"us-wi",
     2022,
     "by hand from Wis. Stat. 230.35(4)(a)",
     {"2022-01-17", "2022-05-30", "2022-07-04", "2022-09-05", "2022-11-24", "2022-12-26", NULL}},
    {"us-wi",
     2023,
     "by hand from Wis. Stat. 230.35(4)(a)",
     {"2023-01-02", "2023-01-16", "2023-05-29", "2023-07-04", "2023-09-04", "2023-11-23",
      "2023-12-25", NULL}},
    {"us-wi",
     2025,
     "by hand from Wis. Stat. 230.35(4)(a)",
     {"2025-01-01", "2025-01-20", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-27",
      "2025-12-24", "2025-12-25", "2025-12-31", NULL}},
    /* Maryland from the State's own list: Maryland Manual 2003-2004, "Maryland at a Glance:
       Holidays" (Maryland State Archives), for 2003 (Friday 12-26, given by the Governor's letter
       of 2003-12-05, is a closure, not a rule) and 2004 (Election Day Tue 11-02; Independence Day,
       a Sunday, on Mon 07-05; Christmas and New Year's Day 2005, Saturdays, on Fri 12-24 and
       12-31); and 2026 by hand from Gen. Prov. 1-111 and SPP 9-204 (Juneteenth Fri 06-19;
       Independence Day, a Saturday, on Fri 07-03; General Election Day Tue 11-03). */
    {"us-md",
     2003,
     "Maryland Manual 2003-2004 holiday list",
     {"2003-01-01", "2003-01-20", "2003-02-17", "2003-05-26", "2003-07-04", "2003-09-01",
      "2003-10-13", "2003-11-11", "2003-11-27", "2003-11-28", "2003-12-25", NULL}},
    {"us-md",
     2004,
     "Maryland Manual 2003-2004 holiday list",
     {"2004-01-01", "2004-01-19", "2004-02-16", "2004-05-31", "2004-07-05", "2004-09-06",
      "2004-10-11", "2004-11-02", "2004-11-11", "2004-11-25", "2004-11-26", "2004-12-24",
      "2004-12-31", NULL}},
    {"us-md",
     2026,
     "by hand from Md. Code, Gen. Prov. 1-111 and SPP 9-204",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-10-12", "2026-11-03", "2026-11-11", "2026-11-26", "2026-11-27",
      "2026-12-25", NULL}},
    /* Mississippi by hand from Miss. Code 3-3-7(1) (no state-published schedule was found):
       2022 (New Year's Day on a Saturday: no weekday; Christmas, a Sunday, on Mon 12-26), 2024
       (the excelnotes.com 2024 list agrees) and 2026 (Independence Day on a Saturday: no
       weekday; Confederate Memorial Day Mon 04-27). */
    {"us-ms",
     2022,
     "by hand from Miss. Code 3-3-7(1)",
     {"2022-01-17", "2022-02-21", "2022-04-25", "2022-05-30", "2022-07-04", "2022-09-05",
      "2022-11-11", "2022-11-24", "2022-12-26", NULL}},
    {"us-ms",
     2024,
     "by hand from Miss. Code 3-3-7(1)",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-04-29", "2024-05-27", "2024-07-04",
      "2024-09-02", "2024-11-11", "2024-11-28", "2024-12-25", NULL}},
    {"us-ms",
     2026,
     "by hand from Miss. Code 3-3-7(1)",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-04-27", "2026-05-25", "2026-09-07",
      "2026-11-11", "2026-11-26", "2026-12-25", NULL}},
    /* New Hampshire by hand from the DAS State Holiday Schedule's ten days and Per 1302.01 (its
       printable 2023 and 2024 lists were not read): 2023 (New Year's Day, a Sunday, on Mon 01-02;
       Veterans Day, a Saturday, on Fri 11-10) and 2024; Columbus Day (Mon 10-09, 10-14) is not a
       holiday. */
    {"us-nh",
     2023,
     "by hand from the DAS State Holiday Schedule and Per 1302.01",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-07-04", "2023-09-04",
      "2023-11-10", "2023-11-23", "2023-11-24", "2023-12-25", NULL}},
    {"us-nh",
     2024,
     "by hand from the DAS State Holiday Schedule and Per 1302.01",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-07-04", "2024-09-02",
      "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25", NULL}},
    /* Nebraska by hand from Neb. Rev. Stat. 25-2221 and 84-1001(4) (no state-published list of
       dates was found): 2021 (Juneteenth, a Saturday, on Fri 06-18 as the Governor closed
       offices; Independence Day, a Sunday, on Mon 07-05; Christmas and New Year's Day 2022,
       Saturdays, on Fri 12-24 and 12-31) and 2026 (Arbor Day Fri 04-24; Independence Day on Fri
       07-03). */
    {"us-ne",
     2021,
     "by hand from Neb. Rev. Stat. 25-2221 and 84-1001",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-30", "2021-05-31", "2021-06-18",
      "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-11-26",
      "2021-12-24", "2021-12-31", NULL}},
    {"us-ne",
     2026,
     "by hand from Neb. Rev. Stat. 25-2221 and 84-1001",
     {"2026-01-01", "2026-01-19", "2026-02-16", "2026-04-24", "2026-05-25", "2026-06-19",
      "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-11-27",
      "2026-12-25", NULL}},
    /* New Jersey by hand from N.J.S.A. 11A:6-24.1(a) and N.J.A.C. 4A:6-2.4(c) (no State list of
       dates was read): 2021 (first Juneteenth Day, Fri 06-18; Independence Day on Mon 07-05;
       Christmas and New Year's Day 2022 on Fri 12-24 and 12-31) and 2025 (Juneteenth Day Fri
       06-20, as nj1015.com reports; Good Friday 04-18; General Election Day Tue 11-04). Lincoln's
       Birthday is a business day. */
    {"us-nj",
     2021,
     "by hand from N.J.S.A. 11A:6-24.1",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-06-18",
      "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-02", "2021-11-11", "2021-11-25",
      "2021-12-24", "2021-12-31", NULL}},
    {"us-nj",
     2025,
     "by hand from N.J.S.A. 11A:6-24.1",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-20",
      "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27",
      "2025-12-25", NULL}},
    /* West Virginia by hand from W. Va. Code 2-2-1, 3-1-31 and 3-5-1 and the Governor's
       proclamations read (no dated Division of Personnel schedule was found): 2024 with the
       primary (Tuesday May 14) and general (Tuesday November 5) elections, Juneteenth
       (Wednesday June 19) and full-day Christmas Eve and New Year's Eve (Tuesdays December 24
       and 31); 2025 with no election and no Juneteenth, West Virginia Day on Friday June 20. */
    {"us-wv",
     2024,
     "by hand from W. Va. Code 2-2-1 and the 2024 proclamations",
     {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-14", "2024-05-27", "2024-06-19",
      "2024-06-20", "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-05", "2024-11-11",
      "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25", "2024-12-31", NULL}},
    {"us-wv",
     2025,
     "by hand from W. Va. Code 2-2-1",
     {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-20", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25", NULL}},
    /* Wyoming by hand from Wyo. Stat. 8-4-101 and the Secretary of State's closure rule
       (sos.wyo.gov/holiday.aspx: a Saturday holiday closes the Friday before, a Sunday one the
       Monday after): 2021 (Independence Day, a Sunday, on Monday 07-05; Christmas and New Year's
       Day 2022, Saturdays, on Fridays 12-24 and 12-31; no Columbus Day) and 2023 (New Year's
       Day, a Sunday, on Monday 01-02; Veterans Day, a Saturday, on Friday 11-10). */
    {"us-wy",
     2021,
     "by hand from Wyo. Stat. 8-4-101",
     {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-07-05", "2021-09-06",
      "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31", NULL}},
    {"us-wy",
     2023,
     "by hand from Wyo. Stat. 8-4-101",
     {"2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-07-04", "2023-09-04",
      "2023-11-10", "2023-11-23", "2023-12-25", NULL}},
};

static dl_day D(const char *s)
{
  dl_day d = DL_NO_DAY;
  if (dl_parse_date(s, &d) != 0)
    fail_msg("bad date in test: %s", s);
  return d;
}

/* The calendar's weekday holidays in the year are exactly the published ones. */
static void check_year(const struct published_year *p)
{
  struct hol_set set;
  size_t i, j, nwant = 0, ngot = 0;
  char buf[11];

  if (seed_build(&set, p->calendar, p->year, p->year) != 0)
    fail_msg("%s: cannot build %d", p->calendar, p->year);
  for (i = 0; p->days[i]; i++) {
    dl_day d = D(p->days[i]);
    int w = dl_weekday(d);
    if (w == 0 || w == 6)
      fail_msg("%s %s: the table lists a weekend day", p->calendar, p->days[i]);
    if (!hol_find(&set, d))
      fail_msg("%s %d (%s): %s is missing", p->calendar, p->year, p->source, p->days[i]);
    nwant++;
  }
  for (i = 0; i < set.n; i++) {
    int w = dl_weekday(set.days[i].day), listed = 0;
    if (w == 0 || w == 6)
      continue;
    ngot++;
    dl_format_date(buf, set.days[i].day);
    for (j = 0; p->days[j]; j++)
      listed |= strcmp(p->days[j], buf) == 0;
    if (!listed)
      fail_msg("%s %d (%s): %s (%s) is not published", p->calendar, p->year, p->source, buf,
               set.days[i].name);
  }
  assert_int_equal(ngot, nwant);
  hol_set_release(&set);
}

static void test_published_years(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < SEED_COUNT(years); i++)
    check_year(&years[i]);
}

/* Every state calendar in the seed is tested here for at least two years. */
static void test_every_state_calendar_covered(void **state)
{
  size_t i, j;
  (void)state;
  for (i = 0; i < SEED_COUNT(seed_calendars); i++) {
    const char *code = seed_calendars[i].code;
    int n = 0;
    if (strncmp(code, "us-", 3) != 0 || strcmp(code, "us-federal") == 0 ||
        strncmp(code, "us-federal-", 11) == 0 || strcmp(code, "us-co") == 0)
      continue; /* federal calendars and us-co: tests/unit/test_holidays.c */
    for (j = 0; j < SEED_COUNT(years); j++)
      n += strcmp(years[j].calendar, code) == 0;
    if (n < 2)
      fail_msg("calendar %s has %d tested years (want 2 or more)", code, n);
  }
}

/* The holiday names a calendar gives are the rule names (not empty). */
static void test_names(void **state)
{
  struct hol_set set;
  const struct hol_day *h;
  (void)state;
  assert_int_equal(seed_build(&set, "us-tx", 2025, 2025), 0);
  h = hol_find(&set, D("2025-11-28"));
  assert_non_null(h);
  assert_string_equal(h->name, "Friday after Thanksgiving");
  hol_set_release(&set);
  assert_int_equal(seed_build(&set, "us-va", 2020, 2020), 0);
  h = hol_find(&set, D("2020-01-17"));
  assert_non_null(h);
  assert_string_equal(h->name, "Lee-Jackson Day");
  hol_set_release(&set);
}

/* North Carolina's public records law sets no period (nc-prl: "as promptly as possible"), so
   the worked examples are ad hoc working-day counts on us-nc, as an agency's own period or a
   court order would count them there, against us-federal. */
static void test_nc_worked_examples(void **state)
{
  struct hol_set nc, fed;
  char buf[11];
  (void)state;
  assert_int_equal(seed_build(&nc, "us-nc", 2024, 2025), 0);
  assert_int_equal(seed_build(&fed, "us-federal", 2024, 2025), 0);
  /* Received Mon 2024-12-23, 5 working days. us-nc: Christmas December 24-26 (the 2024
     schedule), then 12-27 (1), 30 (2), 31 (3), New Year's Day 2025-01-01 (the 2025 schedule),
     01-02 (4), 01-03 (5). us-federal: 12-24 (1), 26 (2), 27 (3), 30 (4), 31 (5). */
  dl_format_date(buf, dl_add_working_days(&nc, D("2024-12-23"), 5));
  assert_string_equal(buf, "2025-01-03");
  dl_format_date(buf, dl_add_working_days(&fed, D("2024-12-23"), 5));
  assert_string_equal(buf, "2024-12-31");
  /* Received Thu 2025-10-09, 5 working days. Columbus Day (Mon 10-13) is not a North
     Carolina state holiday (G.S. 103-4 lists it; no Commission schedule closes it): us-nc
     10-10 (1), 13..16 (5); us-federal skips 10-13 and ends Fri 10-17. */
  dl_format_date(buf, dl_add_working_days(&nc, D("2025-10-09"), 5));
  assert_string_equal(buf, "2025-10-16");
  dl_format_date(buf, dl_add_working_days(&fed, D("2025-10-09"), 5));
  assert_string_equal(buf, "2025-10-17");
  hol_set_release(&nc);
  hol_set_release(&fed);
}

/* New Mexico and Pennsylvania (migrations/0028): the calendars a records officer there counts
   on, against us-federal, for working-day counts as the states' laws make them (the rules'
   own examples through dl_compute are in tests/unit/test_states.c). */
static void test_nm_pa_worked_examples(void **state)
{
  struct hol_set nm, pa, fed;
  char buf[11];
  (void)state;
  assert_int_equal(seed_build(&nm, "us-nm", 2025, 2026), 0);
  assert_int_equal(seed_build(&pa, "us-pa", 2023, 2025), 0);
  assert_int_equal(seed_build(&fed, "us-federal", 2023, 2026), 0);
  /* NMSA 14-2-8(D), 3 business days, received Fri 2025-02-14: state offices are open on
     Presidents' Day (Mon 02-17), so us-nm counts 02-17 (1), 18 (2), 19 (3); us-federal skips
     it and ends Thu 02-20. */
  dl_format_date(buf, dl_add_working_days(&nm, D("2025-02-14"), 3));
  assert_string_equal(buf, "2025-02-19");
  dl_format_date(buf, dl_add_working_days(&fed, D("2025-02-14"), 3));
  assert_string_equal(buf, "2025-02-20");
  /* Received Wed 2026-07-01: Independence Day is a Saturday, and no Saturday rule moves it
     for New Mexico state offices (12-5-3: Sunday only), so Fri 07-03 counts: 07-02 (1), 03
     (2), 06 (3); us-federal observes Fri 07-03 and ends Tue 07-07. */
  dl_format_date(buf, dl_add_working_days(&nm, D("2026-07-01"), 3));
  assert_string_equal(buf, "2026-07-06");
  dl_format_date(buf, dl_add_working_days(&fed, D("2026-07-01"), 3));
  assert_string_equal(buf, "2026-07-07");
  /* 65 P.S. 67.901, 5 business days, received Thu 2025-11-20: Commonwealth offices close on
     Thanksgiving and the day after, so us-pa counts 11-21 (1), 24..26 (4), 12-01 (5);
     us-federal counts Fri 11-28 and ends there. */
  dl_format_date(buf, dl_add_working_days(&pa, D("2025-11-20"), 5));
  assert_string_equal(buf, "2025-12-01");
  dl_format_date(buf, dl_add_working_days(&fed, D("2025-11-20"), 5));
  assert_string_equal(buf, "2025-11-28");
  /* Received Wed 2023-11-08: Veterans Day is a Saturday and the Friday before is not settled
     as a Commonwealth closure (PennDOT's centers were open on such a Friday), so us-pa counts it:
     11-09 (1), 10 (2), 13..15 (5); us-federal skips Fri 11-10 and ends Thu 11-16. */
  dl_format_date(buf, dl_add_working_days(&pa, D("2023-11-08"), 5));
  assert_string_equal(buf, "2023-11-15");
  dl_format_date(buf, dl_add_working_days(&fed, D("2023-11-08"), 5));
  assert_string_equal(buf, "2023-11-16");
  hol_set_release(&nm);
  hol_set_release(&pa);
  hol_set_release(&fed);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_published_years),
      cmocka_unit_test(test_every_state_calendar_covered),
      cmocka_unit_test(test_names),
      cmocka_unit_test(test_nc_worked_examples),
      cmocka_unit_test(test_nm_pa_worked_examples),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
