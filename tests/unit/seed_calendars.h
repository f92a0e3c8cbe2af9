/*
** seed_calendars.h — the built-in holiday calendars and deadline rules of
** migrations/0003_seed.sql and 0009_state_calendars.sql as C data, for the unit tests.
*tests/unit/check_seed.sh
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
   offset, shift. */

/* us-federal: 5 U.S.C. 6103(a); Saturday -> Friday (6103(b)), Sunday -> Monday (E.O. 11582). */
static const struct hol_rule seed_us_federal[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Birthday of Martin Luther King, Jr.", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 1986, 0,
     1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0, 0},
    {"Juneteenth National Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021,
     0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 1971, 0, 1, 0, 0},
    {"Veterans Day", HOL_NTH, 10, 0, 1, 4, HOL_OBS_SAT_FRI_SUN_MON, 1971, 1977, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 1978, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-federal-dc adds Inauguration Day (5 U.S.C. 6103(c)) to us-federal. */
static const struct hol_rule seed_us_federal_dc_own[] SEED_UNUSED = {
    {"Inauguration Day", HOL_FIXED, 1, 20, 0, 0, HOL_OBS_SUN_MON_SAT_NONE, 1965, 0, 4, 1, 0},
};

/* us-co: C.R.S. 24-11-101 as state offices observe it (Saturday -> Friday, Sunday -> Monday). */
static const struct hol_rule seed_us_co[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington-Lincoln Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 2019, 1, 0, 0},
    {"Frances Xavier Cabrini Day", HOL_NTH, 10, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 2020, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* State calendars of migrations/0009_state_calendars.sql (sources there and in
   docs/CALENDARS.md). */
/* us-ak: AS 44.12.010; SB 22 (2024); ASEA collective bargaining agreement art. 24.01
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ak[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Seward's Day", HOL_LAST, 3, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2025, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Alaska Day", HOL_FIXED, 10, 18, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ca: Cal. Gov. Code 19853; CalHR state holiday lists (2013, 2014, 2024)
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ca[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Cesar Chavez Day", HOL_FIXED, 3, 31, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ct: Conn. Gen. Stat. 1-4; DAS holiday observance lists (2014, 2024)
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ct[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Lincoln Day", HOL_FIXED, 2, 12, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 0, 1, 0,
     0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-dc: D.C. Code 1-612.02; DCHR E-DPM issuances Legal Public Holidays 2021 (I-2021-19), 2024
 * (I-2024-2) (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_dc[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Inauguration Day", HOL_FIXED, 1, 20, 0, 0, HOL_OBS_SUN_MON_SAT_NONE, 1981, 0, 4, 1, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"D.C. Emancipation Day", HOL_FIXED, 4, 16, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2007, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021,
     0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Indigenous Peoples' Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-de: 1 Del. C. 501; Delaware DHR holiday lists 2016, 2024
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_de[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day After Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-fl: Fla. Stat. 110.117 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_fl[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Birthday of Martin Luther King, Jr.", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1,
     0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Friday after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-hi: HRS 8-1 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_hi[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Prince Jonah Kuhio Kalanianaole Day", HOL_FIXED, 3, 26, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"King Kamehameha I Day", HOL_FIXED, 6, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Statehood Day", HOL_NTH, 8, 0, 5, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ia: Iowa Code 1C.2 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ia[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Friday after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-id: Idaho Code 73-108 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_id[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.-Idaho Human Rights Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON,
     0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-il: 80 Ill. Adm. Code 303.190; 5 ILCS 490/63; CMS state holiday schedule (2019, 2020)
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_il[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Lincoln's Birthday", HOL_FIXED, 2, 12, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday (Presidents' Day)", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Freedom Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-me: 4 M.R.S. 1051; 5 M.R.S. 59; Maine Bureau of Human Resources Policy and Practices Manual,
 * Holidays (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_me[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Patriot's Day", HOL_NTH, 4, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 2018, 1, 0, 0},
    {"Indigenous Peoples Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 2019, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Friday", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-mn: Minn. Stat. 645.44, subd. 5 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_mn[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King's Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Washington's and Lincoln's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Friday after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-mo: RSMo 9.010; Missouri Office of Administration, State Holidays 2025-2026
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_mo[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Lincoln's Birthday", HOL_FIXED, 2, 12, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Truman Day", HOL_FIXED, 5, 8, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-mt: MCA 1-1-216; ARM 2.21.620 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_mt[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"State general election day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-nd: N.D.C.C. 1-03-01 to 1-03-02.1; OMB State Human Resource Management, Holidays
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_nd[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-nv: NRS 236.015; AB 140 (2023) (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_nv[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Nevada Day", HOL_LAST, 10, 0, 5, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Family Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ny: N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1; NYS Civil Service holiday schedules (2011-2013)
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ny[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Lincoln's Birthday", HOL_FIXED, 2, 12, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SUN_MON, 2021, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-or: ORS 187.010; Oregon State HR Policy 60.010.01 (ORS 240.551)
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_or[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Presidents Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ri: R.I. Gen. Laws 25-1-1; Rhode Island Secretary of State, Rhode Island State Holidays
 * 2019-2021 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_ri[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_MON_SUN_MON, 0, 0,
     1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Freedom Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_MON_SUN_MON, 2024, 0, 1,
     0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Victory Day", HOL_NTH, 8, 0, 1, 2, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_MON_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-sd: SDCL 1-5-1; University of South Dakota, State of South Dakota Holiday Calendar
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_sd[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Lincoln's and Washington's Birthdays", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Native Americans' Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-tx: Tex. Gov't Code 662.003, 662.004(b); State Auditor's Office holiday schedules
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_tx[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr., Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Friday after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Christmas Eve", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Day after Christmas", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
};

/* us-tx-pia: Tex. Gov't Code 552.0031 (H.B. 3033, 88th Leg., eff. 2023-09-01); 662.003
 * (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_tx_pia[] SEED_UNUSED = {
    {"Confederate Heroes Day", HOL_FIXED, 1, 19, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
    {"Texas Independence Day", HOL_FIXED, 3, 2, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
    {"San Jacinto Day", HOL_FIXED, 4, 21, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
    {"Emancipation Day in Texas", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
    {"Lyndon Baines Johnson Day", HOL_FIXED, 8, 27, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
};

/* us-va: Va. Code 2.2-3300 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_va[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Lee-Jackson Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 2020, 1, 0, -3},
    {"Martin Luther King, Jr., Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"George Washington Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day and Yorktown Victory Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 2020, 0, 1, 0, 1},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-wa: RCW 1.16.050; WAC 357-31-005; Wash. GR 2 (migrations/0009_state_calendars.sql). */
static const struct hol_rule seed_us_wa[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Native American Heritage Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* Table calendar (rules of its own) and table calendar_include. */
/* us-ma: M.G.L. c. 4, s. 7, cl. 18; c. 136, s. 12; Massachusetts Trial Court legal holidays
 * 2015-2016 (migrations/0015_more_state_calendars.sql). */
static const struct hol_rule seed_us_ma[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Patriots' Day", HOL_NTH, 4, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SUN_MON, 2021, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-wi: Wis. Stat. 230.35(4)(a) (migrations/0015_more_state_calendars.sql). */
static const struct hol_rule seed_us_wi[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Eve", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"New Year's Eve", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
};

/* us-md: Md. Code, Gen. Prov. 1-111; State Pers. & Pens. 9-204; Maryland Manual 2003-2004 holiday
   list; 2022 Md. Laws ch. 64 (migrations/0019_state_calendars_b.sql). */
static const struct hol_rule seed_us_md[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023,
     0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"American Indian Heritage Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ms: Miss. Code 3-3-7, 25-1-97; 27 Miss. Admin. Code pt. 120, 3.1
   (migrations/0019_state_calendars_b.sql). */
static const struct hol_rule seed_us_ms[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Robert E. Lee's Birthday and Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3,
     HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Confederate Memorial Day", HOL_LAST, 4, 0, 1, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"National Memorial Day and Jefferson Davis' Birthday", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SUN_MON,
     0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Armistice or Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-nh: RSA 288:1; N.H. Admin. Rules Per 1302.01; DAS State Holiday Schedule
   (migrations/0019_state_calendars_b.sql). */
static const struct hol_rule seed_us_nh[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Civil Rights Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Washington's Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ne: Neb. Rev. Stat. 25-2221, 84-1001 (migrations/0019_state_calendars_b.sql). */
static const struct hol_rule seed_us_ne[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Birthday of Martin Luther King, Jr.", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1,
     0, 0},
    {"President's Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Arbor Day", HOL_LAST, 4, 0, 5, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Independence Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021,
     0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Indigenous Peoples' Day and Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0,
     0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-nj: N.J.S.A. 11A:6-24.1, 36:1-1; N.J.A.C. 4A:6-2.4(c) (migrations/0019_state_calendars_b.sql).
 */
static const struct hol_rule seed_us_nj[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King's Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth Day", HOL_NTH, 6, 0, 5, 3, HOL_OBS_SAT_FRI_SUN_MON, 2021, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-oh: Ohio Rev. Code 124.19(A); Ohio Adm. Code 123:1-44-01(C)
 * (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_oh[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Martin Luther King Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Washington-Lincoln Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth (the Governor's appointment)", HOL_FIXED, 6, 18, 0, 0, HOL_OBS_NONE, 2021, 2021, 1,
     0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
};

/* us-sc: S.C. Code 53-5-10; S.C. Code Regs. 19-708.03(B); SC Division of State Human Resources,
 * 2025 Holiday Schedule (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_sc[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"George Washington's Birthday/Presidents Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0,
     0, 1, 0, 0},
    {"Confederate Memorial Day", HOL_FIXED, 5, 10, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"National Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Eve", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Christmas", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ok: 25 O.S. 82.1; Executive Order 2014-19A (OAC 1:2014-19A, 2015 holidays)
 * (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_ok[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas (the day before)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2015, 2015, 1, 0, 0},
    {"Christmas (the Tuesday after)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2016, 2016, 1, 0, 0},
    {"Christmas (the Thursday before)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2021, 2021, 1, 0, 0},
    {"Christmas (the Tuesday after)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2022, 2022, 1, 0, 0},
    {"Christmas (the Thursday before)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2027, 2027, 1, 0, 0},
    {"Christmas (the Thursday before)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2032, 2032, 1, 0, 0},
    {"Christmas (the Tuesday after)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2033, 2033, 1, 0, 0},
};

/* us-tn: Tenn. Code Ann. 15-1-101; Tennessee State Government holiday office closures 2021 and 2025
 * (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_tn[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Washington Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Eve (the Governor's closure)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2020, 2020, 1,
     0, 0},
    {"New Year's Eve (the Governor's closure)", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_NONE, 2020, 2020,
     1, 0, 0},
    {"Columbus Day (the Friday after Thanksgiving)", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2021, 2021,
     1, 0, 1},
    {"Christmas Eve (the Governor's closure)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2021, 2021, 1,
     0, 0},
    {"New Year's Day (the Governor's Monday)", HOL_FIXED, 1, 3, 0, 0, HOL_OBS_NONE, 2022, 2022, 1,
     0, 0},
    {"Columbus Day (the Friday after Thanksgiving)", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2025, 2025,
     1, 0, 1},
    {"Christmas Eve (the Governor's closure)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2025, 2025, 1,
     0, 0},
    {"New Year's Eve (the Governor's closure)", HOL_FIXED, 1, 2, 0, 0, HOL_OBS_NONE, 2026, 2026, 1,
     0, 0},
};

/* us-ut: Utah Code 63G-1-301; 2022 HB 238 (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_ut[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Washington and Lincoln Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth National Freedom Day", HOL_NTH, 6, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0,
     0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Pioneer Day", HOL_FIXED, 7, 24, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-vt: 1 V.S.A. 371; FindLaw, Vermont Legal Holidays Laws (2024)
 * (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_vt[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Town Meeting Day", HOL_NTH, 3, 0, 2, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Bennington Battle Day", HOL_FIXED, 8, 16, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-wy: Wyo. Stat. 8-4-101; Wyoming Secretary of State, Official State Holiday Closures; 006-6
 * Wyo. Code R. 6-4 (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_wy[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr., Wyoming Equality Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0,
     0},
    {"Washington's and Lincoln's Birthdays", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-wv: W. Va. Code 2-2-1; 3-1-31; 3-5-1; the Governor's proclamations 2018-2024
 * (migrations/0020_state_calendars_c.sql). */
static const struct hol_rule seed_us_wv[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King's Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Primary election day", HOL_NTH, 5, 0, 2, 2, HOL_OBS_NONE, 0, 2018, 2, 0, 0},
    {"Primary election day", HOL_FIXED, 6, 9, 0, 0, HOL_OBS_NONE, 2020, 2020, 1, 0, 0},
    {"Primary election day", HOL_NTH, 5, 0, 2, 2, HOL_OBS_NONE, 2022, 0, 2, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth (the Governor's proclamation)", HOL_FIXED, 6, 18, 0, 0, HOL_OBS_NONE, 2021, 2021,
     1, 0, 0},
    {"Juneteenth (the Governor's proclamation)", HOL_FIXED, 6, 17, 0, 0, HOL_OBS_NONE, 2022, 2022,
     1, 0, 0},
    {"Juneteenth (the Governor's proclamation)", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2023, 2024,
     1, 0, 0},
    {"West Virginia Day", HOL_FIXED, 6, 20, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General election day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Lincoln's Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Eve (the Governor's proclamation)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2018,
     2018, 1, 0, 0},
    {"Christmas Eve (the Governor's proclamation)", HOL_FIXED, 12, 22, 0, 0, HOL_OBS_NONE, 2023,
     2023, 1, 0, 0},
    {"Christmas Eve (the Governor's proclamation)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2024,
     2024, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"New Year's Eve (the Governor's proclamation)", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_NONE, 2018,
     2018, 1, 0, 0},
    {"New Year's Eve (the Governor's proclamation)", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_NONE, 2024,
     2024, 1, 0, 0},
};

/* us-al: Code of Ala. 1-3-8; State of Alabama official state holidays 2021, 2022;
 * inform.alabama.gov 2023 holiday schedule (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_al[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Robert E. Lee/Martin Luther King Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0,
     0, 1, 0, 0},
    {"George Washington/Thomas Jefferson Birthday", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0,
     0, 1, 0, 0},
    {"Confederate Memorial Day", HOL_NTH, 4, 0, 1, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"National Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Jefferson Davis' Birthday", HOL_NTH, 6, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2021, 2023, 1, 0, 0},
    {"Fourth day of July", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day and Fraternal Day and American Indian Heritage Day", HOL_NTH, 10, 0, 1, 2,
     HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"State Holiday (day after Thanksgiving)", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2023, 2023, 1, 0,
     1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ar: Ark. Code 1-5-101, 1-5-102; Governor's proclamations (2023, 2025)
 * (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_ar[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"George Washington's Birthday and Daisy Gatson Bates Day", HOL_NTH, 2, 0, 1, 3,
     HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2023, 2023, 1, 0, 1},
    {"Christmas Eve", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Christmas", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2025, 2025, 1, 0, 0},
};

/* us-az: A.R.S. 1-301, 1-302; A.A.C. R2-5A-B601 (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_az[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr./Civil Rights Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0,
     1, 0, 0},
    {"Lincoln/Washington Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ga: O.C.G.A. 1-4-1; HB 1335 (2022); Georgia state holiday schedules 2019, 2024, 2025
 * (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_ga[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"State Holiday", HOL_NTH, 4, 0, 1, 4, HOL_OBS_NONE, 2019, 2019, 1, 0, 0},
    {"State Holiday (Good Friday)", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 2024, 2025, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"State Holiday (day after Thanksgiving)", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2019, 2019, 1, 0,
     1},
    {"State Holiday (day after Thanksgiving)", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2024, 2025, 1, 0,
     1},
    {"State Holiday", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2019, 2019, 1, 0, 0},
    {"Washington's Birthday", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2024, 2024, 1, 0, 0},
    {"Washington's Birthday", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2025, 2025, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-in: IC 1-1-9-1; Indiana State Personnel Department holiday lists 2014, 2015, 2016, 2019
 * (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_in[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Primary Election Day", HOL_NTH, 5, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Lincoln's Birthday", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2014, 2016, 1, 0, 1},
    {"Lincoln's Birthday", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2019, 2019, 1, 0, 1},
    {"Washington's Birthday", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2014, 2014, 1, 0, 0},
    {"Washington's Birthday", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2015, 2015, 1, 0, 0},
    {"Washington's Birthday", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2016, 2016, 1, 0, 0},
    {"Washington's Birthday", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2019, 2019, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-ky: KRS 18A.190; KRS 2.190; Governor's executive order on Juneteenth (2024-05-23)
 * (migrations/0018_state_calendars_a.sql). */
static const struct hol_rule seed_us_ky[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2024, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidential Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 4, 0, 1},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-mi: MCR 8.110(D)(2); Michigan Department of State, Secretary of State office closures; Civil
 * Service Commission (Juneteenth from 2022) (migrations/0024_state_calendars_x.sql). Christmas Day
 * before Christmas Eve: a Sunday eve's Monday merges into Christmas Day under its name. */
static const struct hol_rule seed_us_mi[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Friday after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Eve", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas Eve (the Friday before)", HOL_FIXED, 12, 22, 0, 0, HOL_OBS_NONE, 2017, 2017, 1, 0,
     0},
    {"Christmas Eve (the Friday before)", HOL_FIXED, 12, 22, 0, 0, HOL_OBS_NONE, 2023, 2023, 1, 0,
     0},
    {"Christmas Eve (the Friday before)", HOL_FIXED, 12, 22, 0, 0, HOL_OBS_NONE, 2028, 2028, 1, 0,
     0},
    {"Christmas Eve (the Friday before)", HOL_FIXED, 12, 22, 0, 0, HOL_OBS_NONE, 2034, 2034, 1, 0,
     0},
    {"New Year's Eve", HOL_FIXED, 12, 31, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"New Year's Eve (the Friday before)", HOL_FIXED, 12, 29, 0, 0, HOL_OBS_NONE, 2017, 2017, 1, 0,
     0},
    {"New Year's Eve (the Friday before)", HOL_FIXED, 12, 29, 0, 0, HOL_OBS_NONE, 2023, 2023, 1, 0,
     0},
    {"New Year's Eve (the Friday before)", HOL_FIXED, 12, 29, 0, 0, HOL_OBS_NONE, 2028, 2028, 1, 0,
     0},
    {"New Year's Eve (the Friday before)", HOL_FIXED, 12, 29, 0, 0, HOL_OBS_NONE, 2034, 2034, 1, 0,
     0},
};

/* us-nc: G.S. 126-4(5), (5a); 25 NCAC 01E .0900; State Human Resources Commission schedules as
 * published for 2015-2019, 2022-2025 (migrations/0024_state_calendars_x.sql). Only the days
 * 126-4 names are rows for every year; the Commission's other days are rows for the years read. */
static const struct hol_rule seed_us_nc[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2017, 2017, 1, 0, 0},
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2025, 2025, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0,
     0},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 2019, 2019, 1, 0, -2},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 2022, 2022, 1, 0, -2},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 2025, 2025, 1, 0, -2},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 2023, 2023, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 2025, 2025, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 2025, 2025, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 2025, 2025, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 2023, 2025, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 2023, 2025, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2015,
     2015, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2015,
     2015, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 23, 0, 0, HOL_OBS_NONE, 2016,
     2016, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2016,
     2016, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2017,
     2017, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2017,
     2017, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2018,
     2018, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2018,
     2018, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2023,
     2023, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 27, 0, 0, HOL_OBS_NONE, 2023,
     2023, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 24, 0, 0, HOL_OBS_NONE, 2024,
     2024, 1, 0, 0},
    {"Christmas holiday (the Commission's schedule)", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2024,
     2024, 1, 0, 0},
};

/* us-ks: K.A.R. 1-9-2; the Governor's holiday designations as listed by the University of Kansas
 * (2023, 2024) and reported for 2015 (migrations/0025_state_calendars_y.sql). */
static const struct hol_rule seed_us_ks[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 2015, 2015, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 2023, 2024, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2024, 2024, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 2023, 2024, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-la: La. R.S. 1:55(B); the Governor's proclamations (2023, 2024)
 * (migrations/0025_state_calendars_y.sql). */
static const struct hol_rule seed_us_la[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Proclaimed holiday (New Year)", HOL_FIXED, 1, 2, 0, 0, HOL_OBS_NONE, 2024, 2024, 1, 0, 0},
    {"Dr. Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Mardi Gras Day", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -47},
    {"Good Friday", HOL_EASTER, 0, 0, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, -2},
    {"Juneteenth", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_NONE, 2024, 2024, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"General Election Day", HOL_NTH, 11, 0, 1, 1, HOL_OBS_NONE, 0, 0, 2, 0, 1},
    {"Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SAT_FRI_SUN_MON, 0, 0, 1, 0, 0},
    {"Proclaimed holiday (Christmas)", HOL_FIXED, 12, 26, 0, 0, HOL_OBS_NONE, 2023, 2023, 1, 0, 0},
};

/* us-nm: NMSA 1978, 12-5-2, 12-5-3 (as quoted by FindLaw and employmentlawhandbook.com); state
 * office closures reported by KRQE (2019, 2020) and the Santa Fe New Mexican (2022)
 * (migrations/0028_state_calendars_z.sql). */
static const struct hol_rule seed_us_nm[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr.'s Birthday", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Indigenous Peoples' Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_NONE, 2019, 0, 1, 0, 0},
    {"Armistice Day and Veterans' Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

/* us-pa: the Commonwealth's employee holidays (BLR; hyring.com's 2026 Administrative Circular
 * list); state office and PennDOT closures reported 2019-2024
 * (migrations/0028_state_calendars_z.sql). */
static const struct hol_rule seed_us_pa[] SEED_UNUSED = {
    {"New Year's Day", HOL_FIXED, 1, 1, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Martin Luther King, Jr. Day", HOL_NTH, 1, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Presidents' Day", HOL_NTH, 2, 0, 1, 3, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Memorial Day", HOL_LAST, 5, 0, 1, 0, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Juneteenth National Freedom Day (the Governor's closure)", HOL_FIXED, 6, 19, 0, 0,
     HOL_OBS_NONE, 2020, 2020, 1, 0, 0},
    {"Juneteenth National Freedom Day (the Governor's closure)", HOL_FIXED, 6, 18, 0, 0,
     HOL_OBS_NONE, 2021, 2021, 1, 0, 0},
    {"Juneteenth National Freedom Day", HOL_FIXED, 6, 19, 0, 0, HOL_OBS_SUN_MON, 2022, 0, 1, 0, 0},
    {"Independence Day", HOL_FIXED, 7, 4, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Labor Day", HOL_NTH, 9, 0, 1, 1, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Columbus Day", HOL_NTH, 10, 0, 1, 2, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Veterans Day", HOL_FIXED, 11, 11, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
    {"Thanksgiving Day", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 0},
    {"Day after Thanksgiving", HOL_NTH, 11, 0, 4, 4, HOL_OBS_NONE, 0, 0, 1, 0, 1},
    {"Christmas Day", HOL_FIXED, 12, 25, 0, 0, HOL_OBS_SUN_MON, 0, 0, 1, 0, 0},
};

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
    {"us-ak", seed_us_ak, SEED_COUNT(seed_us_ak)},
    {"us-al", seed_us_al, SEED_COUNT(seed_us_al)},
    {"us-ar", seed_us_ar, SEED_COUNT(seed_us_ar)},
    {"us-az", seed_us_az, SEED_COUNT(seed_us_az)},
    {"us-ca", seed_us_ca, SEED_COUNT(seed_us_ca)},
    {"us-ct", seed_us_ct, SEED_COUNT(seed_us_ct)},
    {"us-dc", seed_us_dc, SEED_COUNT(seed_us_dc)},
    {"us-de", seed_us_de, SEED_COUNT(seed_us_de)},
    {"us-fl", seed_us_fl, SEED_COUNT(seed_us_fl)},
    {"us-ga", seed_us_ga, SEED_COUNT(seed_us_ga)},
    {"us-hi", seed_us_hi, SEED_COUNT(seed_us_hi)},
    {"us-ia", seed_us_ia, SEED_COUNT(seed_us_ia)},
    {"us-id", seed_us_id, SEED_COUNT(seed_us_id)},
    {"us-il", seed_us_il, SEED_COUNT(seed_us_il)},
    {"us-in", seed_us_in, SEED_COUNT(seed_us_in)},
    {"us-ks", seed_us_ks, SEED_COUNT(seed_us_ks)},
    {"us-ks-kora", NULL, 0},
    {"us-ky", seed_us_ky, SEED_COUNT(seed_us_ky)},
    {"us-la", seed_us_la, SEED_COUNT(seed_us_la)},
    {"us-ma", seed_us_ma, SEED_COUNT(seed_us_ma)},
    {"us-md", seed_us_md, SEED_COUNT(seed_us_md)},
    {"us-me", seed_us_me, SEED_COUNT(seed_us_me)},
    {"us-mi", seed_us_mi, SEED_COUNT(seed_us_mi)},
    {"us-mn", seed_us_mn, SEED_COUNT(seed_us_mn)},
    {"us-mo", seed_us_mo, SEED_COUNT(seed_us_mo)},
    {"us-ms", seed_us_ms, SEED_COUNT(seed_us_ms)},
    {"us-mt", seed_us_mt, SEED_COUNT(seed_us_mt)},
    {"us-nc", seed_us_nc, SEED_COUNT(seed_us_nc)},
    {"us-nd", seed_us_nd, SEED_COUNT(seed_us_nd)},
    {"us-ne", seed_us_ne, SEED_COUNT(seed_us_ne)},
    {"us-nh", seed_us_nh, SEED_COUNT(seed_us_nh)},
    {"us-nj", seed_us_nj, SEED_COUNT(seed_us_nj)},
    {"us-nm", seed_us_nm, SEED_COUNT(seed_us_nm)},
    {"us-nv", seed_us_nv, SEED_COUNT(seed_us_nv)},
    {"us-ny", seed_us_ny, SEED_COUNT(seed_us_ny)},
    {"us-oh", seed_us_oh, SEED_COUNT(seed_us_oh)},
    {"us-ok", seed_us_ok, SEED_COUNT(seed_us_ok)},
    {"us-or", seed_us_or, SEED_COUNT(seed_us_or)},
    {"us-pa", seed_us_pa, SEED_COUNT(seed_us_pa)},
    {"us-ri", seed_us_ri, SEED_COUNT(seed_us_ri)},
    {"us-sc", seed_us_sc, SEED_COUNT(seed_us_sc)},
    {"us-sd", seed_us_sd, SEED_COUNT(seed_us_sd)},
    {"us-tn", seed_us_tn, SEED_COUNT(seed_us_tn)},
    {"us-tx", seed_us_tx, SEED_COUNT(seed_us_tx)},
    {"us-tx-pia", seed_us_tx_pia, SEED_COUNT(seed_us_tx_pia)},
    {"us-ut", seed_us_ut, SEED_COUNT(seed_us_ut)},
    {"us-va", seed_us_va, SEED_COUNT(seed_us_va)},
    {"us-vt", seed_us_vt, SEED_COUNT(seed_us_vt)},
    {"us-wa", seed_us_wa, SEED_COUNT(seed_us_wa)},
    {"us-wi", seed_us_wi, SEED_COUNT(seed_us_wi)},
    {"us-wv", seed_us_wv, SEED_COUNT(seed_us_wv)},
    {"us-wy", seed_us_wy, SEED_COUNT(seed_us_wy)},
};
struct seed_include {
  const char *calendar;
  const char *includes;
};
static const struct seed_include seed_includes[] SEED_UNUSED = {
    {"us-federal-dc", "us-federal"}, {"us-federal-dco", "us-federal"}, {"us-federal-dco", "us-co"},
    {"us-tx-pia", "us-tx"},          {"us-ks-kora", "us-ks"},          {"us-ks-kora", "us-federal"},
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

/* The seeded rules (table rule); count -1 = NULL (the period comes from the command line).
   calendar: as migrations/0016_state_rule_calendars.sql links it (a state's rules count on
   its own calendar; tools/state_rules.py, STATE_CALENDARS). */
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
    {"ca-cpra", "us-ca", DL_CALENDAR, 10, 14, 1, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"co-cora", "us-co", DL_WORKING, 3, 7, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"co-days", "us-co", DL_CALENDAR, -1, -1, 1, DL_ROLL_FORWARD, 0, 0, DL_EXT_CALENDAR},
    {"co-months", "us-co", DL_MONTHS, -1, 0, 0, DL_ROLL_FORWARD, 0, 0, DL_EXT_CALENDAR},
    {"ct-foia", "us-ct", DL_WORKING, 4, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"frcp-45-objection", "us-federal", DL_CALENDAR, 14, 0, 0, DL_ROLL_FORWARD, 0, 1,
     DL_EXT_CALENDAR},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (O.C.G.A. 50-18-71(b)(1)(A), notice). */
    {"ga-ora", "us-ga", DL_WORKING, 3, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"il-foia", "us-il", DL_WORKING, 5, 5, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* calendar us-ks-kora: migrations/0026_state_rule_calendars_3.sql; no cap:
       migrations/0027_state_rule_corrections_2.sql (K.S.A. 45-218(d), notice). */
    {"ks-kora", "us-ks-kora", DL_WORKING, 3, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"la-prl", "us-la", DL_NONE, -1, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"la-prl-active-use", "us-la", DL_WORKING, 3, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"md-pia", "us-md", DL_CALENDAR, 30, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"md-pia-notice", "us-md", DL_WORKING, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* calendar us-mi: migrations/0026_state_rule_calendars_3.sql. */
    {"mi-foia", "us-mi", DL_WORKING, 5, 10, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (RSA 91-A:4, IV(b), notice). */
    {"nh-rtk", "us-nh", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (NRS 239.0107(1)(c), notice). */
    {"nv-npra", "us-nv", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (N.Y. Pub. Off. Law 89(3)(a), notice).
     */
    {"ny-foil", "us-ny", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* calendar us-pa: migrations/0029_state_rule_calendars_4.sql. */
    {"pa-rtkl", "us-pa", DL_WORKING, 5, 30, 1, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    /* ext_days 20: migrations/0023_state_rule_corrections.sql (R.I. Gen. Laws 38-2-3(e)). */
    {"ri-apra", "us-ri", DL_WORKING, 10, 20, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (T.C.A. 10-7-503(a)(2)(B), notice). */
    {"tn-tpra", "us-tn", DL_WORKING, 7, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"tx-pia", "us-tx-pia", DL_NONE, -1, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"tx-pia-ag", "us-tx-pia", DL_WORKING, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"us-foia", "us-federal", DL_WORKING, 20, 10, 1, DL_ROLL_NONE, 10, 0, DL_EXT_WORKING},
    {"us-foia-appeal", "us-federal", DL_WORKING, 20, 10, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"us-foia-appeal-window", "us-federal", DL_CALENDAR, 90, 0, 0, DL_ROLL_NONE, 0, 0,
     DL_EXT_CALENDAR},
    {"us-foia-expedited", "us-federal", DL_CALENDAR, 10, 0, 0, DL_ROLL_NONE, 0, 0, DL_EXT_CALENDAR},
    {"ut-grama", "us-ut", DL_WORKING, 10, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"ut-grama-expedited", "us-ut", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    {"va-foia", "us-va", DL_WORKING, 5, 7, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* ext_days 7: migrations/0023_state_rule_corrections.sql (1 V.S.A. 318(b)(5)). */
    {"vt-pra", "us-vt", DL_WORKING, 3, 7, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
    /* no cap: migrations/0027_state_rule_corrections_2.sql (RCW 42.56.520(1)(c), notice). */
    {"wa-pra", "us-wa", DL_WORKING, 5, -1, 1, DL_ROLL_NONE, 0, 0, DL_EXT_WORKING},
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
