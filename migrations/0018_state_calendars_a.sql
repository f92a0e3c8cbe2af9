-- 0018_state_calendars_a.sql: state holiday calendars of Alabama, Arkansas,
-- Arizona, Georgia, Indiana and Kentucky (issue 14), in the format of
-- 0009_state_calendars.sql: every calendar and rule cites its source;
-- docs/CALENDARS.md has the table, the changes over time and each difference
-- from python-holidays with the source that settles it;
-- tests/unit/seed_calendars.h holds the same rows as C data (check_seed.sh);
-- tests/unit/test_state_calendars.c checks each against two or more typed
-- years; tests/interop/test_state_holidays.sh against python-holidays.
-- 0021_more_state_rule_calendars.sql (generated) links the states' rules.
--
-- A day that is not certainly closed statewide is not a holiday here (the
-- earlier deadline). Days a governor sets for one year are rows with
-- first_year = last_year, only for years whose published list was read;
-- later years need `pubrec closure add`.
--
-- us-al: Code of Ala. 1-3-8(a)-(b) (law.uslawyerdatabase.com copy; the same
--   text quoted in 2025 HB 155 as introduced, legiplex.com): the listed days
--   are holidays, "If any holiday falls on Sunday, the following day is the
--   holiday. If any holiday falls on Saturday, the preceding day is the
--   holiday"; state offices close on them. Second sources: Alabama Department
--   of Archives and History "State of Alabama Legal Holidays" (2014); the
--   State of Alabama 2021 and 2022 official state holiday lists (docslib.org
--   copy); inform.alabama.gov 2023 holiday schedule. Mardi Gras closes state
--   offices in Baldwin and Mobile Counties only (employees elsewhere get a
--   personal leave day): not a statewide rule. Rosa L. Parks Day (December 1)
--   is a commemoration only. Juneteenth is not in 1-3-8 (2025 HB 22 would add
--   it; passage not found): the Governor closed state offices for it by a
--   memorandum each year, on Fri 2021-06-18 (memorandum of 2021-06-17; Alabama
--   Political Reporter, WHNT), Mon 2022-06-20 (WHNT 2022-06-13) and Mon
--   2023-06-19 (inform.alabama.gov 2023: "State Holiday"), and on Fri
--   2023-11-24 (the day after Thanksgiving, same list). A 2024 Juneteenth memo
--   is mentioned only by an unreliable page: not seeded.
-- us-ar: Ark. Code 1-5-101(a)-(c) (statutes.laws-info.com; LegalFix 2018 text
--   after the 2017 act) and 1-5-102 (state offices closed on legal holidays;
--   holidays.uslegal.com): "the sole official holidays applicable to state
--   government"; (b) Saturday -> preceding Friday, Sunday -> succeeding
--   Monday. An employee's birthday (a)(11) closes no office. Changes since
--   2015: Robert E. Lee's Birthday left the third Monday in January by the act
--   Gov. Hutchinson signed 2017-03-21 (AP, Cullman Times; the date did not
--   move); 2025 HB 1162 (Good Friday) died in committee 2025-05-05
--   (vulcanbills.com). 1-5-103: the Governor may close offices on more days
--   by proclamation: Fri 2023-11-24 (governor.arkansas.gov, proclamation of
--   2023-10-31) and Fri 2025-12-26 (proclamation of 2025-12-16, Pine Bluff
--   Today). UNSURE, not modelled (the earlier deadline): when Christmas Eve and
--   Christmas are observed on the same weekday (Dec 24 on a Sunday: 2017,
--   2023, 2028, 2034; Dec 25 on a Saturday: 2021, 2027, 2032), two secondary
--   lists give another day (us-public-holidays.com 2023: Tue 12-26; iflow.ro
--   2021: Thu 12-23), 1-5-101(c) intends eleven paid holidays, but no state
--   source for the extra day was found.
-- us-az: A.R.S. 1-301 (text as reproduced in 2018 SB 1235, azleg.gov) and
--   1-302 (public offices not open on a legal holiday; law.onecle.com): the
--   weekday holidays are the ten of A.A.C. R2-5A-B601(A) (state personnel
--   rules, law.cornell.edu); 1-301(B) moves a Sunday holiday to Monday,
--   1-301(C) a Saturday New Year's Day, Independence Day, Veterans' Day or
--   Christmas Day to Friday. Mothers' Day, Fathers' Day and American Family
--   Day are Sundays; Constitution Commemoration Day (September 17) is not
--   moved off a weekend and is not in R2-5A-B601 (UNSURE whether offices
--   close on a weekday September 17: left out, the earlier deadline).
--   Juneteenth: A.R.S. 1-315 (2016 HB 2226) says "Juneteenth day is not a
--   legal holiday" (legalclarity.org, NNPA); one page (legalclarity.org)
--   says 2021 HB 2350 made it a paid holiday, but Cronkite News (2022-06-20)
--   reports Arizona state workers had no day off: the sources disagree, and
--   it is not a holiday here.
-- us-ga: O.C.G.A. 1-4-1 (instalawyer.io history; holidays.uslegal.com and
--   getpocketlaw.com text): the state observes the federal holidays as of
--   1984-01-01 and days the Governor proclaims, and (b) the Governor closes
--   state offices on 12 (13 from HB 1335, eff. 2022-04-04) days and
--   "shall specify the days". Every year is the Governor's list; the rules
--   here are the days on their federal date in every list read (georgia.gov
--   2019 as copied at htrafficking.cf; team.georgia.gov 2024; georgia.gov
--   2025), Juneteenth from 2022 (Kemp's 2022 list, Forsyth News 2021-12-30:
--   Sunday 06-19 observed Mon 06-20), and one-year rows for the other days of
--   2019, 2024 and 2025 (Washington's Birthday is observed in December; the
--   two unnamed state holidays, once Confederate Memorial Day and Robert E.
--   Lee's Birthday, fell on Mon 2019-04-22 / Good Friday and the day after
--   Thanksgiving). A Saturday holiday's Friday was in no list read: not
--   modelled (Sunday -> Monday only). 2020-2023 lists were not read (AJC
--   2021-12-22: Good Friday and the day after Thanksgiving in 2021).
-- us-in: IC 1-1-9-1(a) (text in 2025 HB 1315 as introduced, legiplex.com;
--   HB 1315 itself, Juneteenth, did not pass as far as found): the Governor
--   may move a holiday's observance except Martin Luther King, Jr. Day
--   (IndyStar 2018, quoted by smks.info; publicholidays.com). The Indiana
--   State Personnel Department's lists (in.gov/spd/2555.htm: 2014, 2015,
--   remaining 2016, 2019 via webharvest.gov) observe Saturday -> Friday,
--   Sunday -> Monday, close on Good Friday and on both election days every
--   year (odd years too), and move Lincoln's Birthday to the Friday after
--   Thanksgiving and Washington's Birthday to late December: those two are
--   one-year rows for the years read; later years need `pubrec closure add`.
-- us-ky: KRS 18A.190(1)-(2) (self-law.org copy): state offices closed,
--   Saturday -> preceding Friday, Sunday -> following Monday; the
--   presidential election day (KRS 2.190). Good Friday is a half day (offices
--   open in the morning): not a holiday here. The "one extra day" with New
--   Year's Day, Thanksgiving and Christmas is designated by the Governor each
--   year; no designation was read, so none is modelled. Juneteenth: Gov.
--   Beshear's executive order of 2024-05-23 makes each June 19 an Executive
--   Branch holiday with offices closed (kentucky.gov press release; WKMS,
--   WUKY); it is not in KRS 18A.190 and its weekend rule was not read (a
--   weekend June 19 is not moved here).

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-al', 'Alabama state holidays (state offices closed)',
   'Code of Ala. 1-3-8; State of Alabama official state holidays 2021, 2022; inform.alabama.gov 2023 holiday schedule', 1),
  ('us-ar', 'Arkansas official state holidays (state offices closed)',
   'Ark. Code 1-5-101, 1-5-102; Governor''s proclamations (2023, 2025)', 1),
  ('us-az', 'Arizona state holidays (state offices closed)',
   'A.R.S. 1-301, 1-302; A.A.C. R2-5A-B601', 1),
  ('us-ga', 'Georgia state holidays (state offices closed on the days the Governor specifies)',
   'O.C.G.A. 1-4-1; HB 1335 (2022); Georgia state holiday schedules 2019, 2024, 2025', 1),
  ('us-in', 'Indiana state holidays (state offices closed)',
   'IC 1-1-9-1; Indiana State Personnel Department holiday lists 2014, 2015, 2016, 2019', 1),
  ('us-ky', 'Kentucky state holidays (state offices closed)',
   'KRS 18A.190; KRS 2.190; Governor''s executive order on Juneteenth (2024-05-23)', 1);

-- us-al: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-al', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a); Saturday -> preceding Friday, Sunday -> following Monday'),
  ('us-al', 'Robert E. Lee/Martin Luther King Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the third Monday in January)'),
  ('us-al', 'George Washington/Thomas Jefferson Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the third Monday in February)'),
  ('us-al', 'Confederate Memorial Day', 'nth', 4, NULL, 1, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the fourth Monday in April)'),
  ('us-al', 'National Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the last Monday in May)'),
  ('us-al', 'Jefferson Davis'' Birthday', 'nth', 6, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the first Monday in June)'),
  ('us-al', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2021,
   2023, 1, 0, 0, 'the Governor''s yearly memoranda: 2021-06-17 (offices closed Fri 2021-06-18), 2022 (Mon 2022-06-20, WHNT 2022-06-13); inform.alabama.gov 2023 holiday schedule (Mon 2023-06-19); not in 1-3-8'),
  ('us-al', 'Fourth day of July', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a); Saturday -> preceding Friday, Sunday -> following Monday'),
  ('us-al', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the first Monday in September)'),
  ('us-al', 'Columbus Day and Fraternal Day and American Indian Heritage Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a)-(b) (the second Monday in October)'),
  ('us-al', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a) (state, county and municipal offices closed); Saturday -> preceding Friday, Sunday -> following Monday'),
  ('us-al', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a) (the day the Governor designates: the fourth Thursday in November in every list read)'),
  ('us-al', 'State Holiday (day after Thanksgiving)', 'nth', 11, NULL, 4, 4, 'none', 2023,
   2023, 1, 0, 1, 'inform.alabama.gov 2023 holiday schedule ("State Holiday", Fri 11-24); one year'),
  ('us-al', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Code of Ala. 1-3-8(a); Saturday -> preceding Friday, Sunday -> following Monday');

-- us-ar: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ar', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(1), (b) (Saturday -> preceding Friday, Sunday -> succeeding Monday)'),
  ('us-ar', 'Dr. Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(2) (the third Monday in January; shared with Robert E. Lee''s Birthday until the 2017 act signed 2017-03-21)'),
  ('us-ar', 'George Washington''s Birthday and Daisy Gatson Bates Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(3) (the third Monday in February)'),
  ('us-ar', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(4) (the last Monday in May)'),
  ('us-ar', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(5), (b) (Saturday -> preceding Friday, Sunday -> succeeding Monday)'),
  ('us-ar', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(6) (the first Monday in September)'),
  ('us-ar', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(7), (b) (Saturday -> preceding Friday, Sunday -> succeeding Monday)'),
  ('us-ar', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(8) (the fourth Thursday in November)'),
  ('us-ar', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'none', 2023,
   2023, 1, 0, 1, 'Ark. Code 1-5-103; Governor''s proclamation of 2023-10-31 (state offices closed Fri 2023-11-24); one year'),
  ('us-ar', 'Christmas Eve', 'fixed', 12, 24, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(9), (b) (Saturday -> preceding Friday, Sunday -> succeeding Monday)'),
  ('us-ar', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Ark. Code 1-5-101(a)(10), (b) (Saturday -> preceding Friday, Sunday -> succeeding Monday)'),
  ('us-ar', 'Day after Christmas', 'fixed', 12, 26, NULL, NULL, 'none', 2025,
   2025, 1, 0, 0, 'Ark. Code 1-5-103; Governor''s proclamation of 2025-12-16 (state offices closed Fri 2025-12-26, Pine Bluff Today); one year');

-- us-az: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-az', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(2), (B)-(C) (Saturday -> preceding Friday, Sunday -> following Monday); A.A.C. R2-5A-B601(A)(1)'),
  ('us-az', 'Martin Luther King, Jr./Civil Rights Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(3) (the third Monday in January); A.A.C. R2-5A-B601(A)(2)'),
  ('us-az', 'Lincoln/Washington Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(4) (the third Monday in February); A.A.C. R2-5A-B601(A)(3)'),
  ('us-az', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(6) (the last Monday in May); A.A.C. R2-5A-B601(A)(4)'),
  ('us-az', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(8), (B)-(C) (Saturday -> preceding Friday, Sunday -> following Monday); A.A.C. R2-5A-B601(A)(5)'),
  ('us-az', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(10) (the first Monday in September); A.A.C. R2-5A-B601(A)(6)'),
  ('us-az', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(12) (the second Monday in October); A.A.C. R2-5A-B601(A)(7)'),
  ('us-az', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(13), (B)-(C) (Saturday -> preceding Friday, Sunday -> following Monday); A.A.C. R2-5A-B601(A)(8)'),
  ('us-az', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(14) (the fourth Thursday in November); A.A.C. R2-5A-B601(A)(9)'),
  ('us-az', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'A.R.S. 1-301(A)(15), (B)-(C) (Saturday -> preceding Friday, Sunday -> following Monday); A.A.C. R2-5A-B601(A)(10)');

-- us-ga: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ga', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules; Sunday -> Monday; a Saturday one''s Friday was not read)'),
  ('us-ga', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules)'),
  ('us-ga', 'State Holiday', 'nth', 4, NULL, 1, 4, 'none', 2019,
   2019, 1, 0, 0, 'O.C.G.A. 1-4-1(b); georgia.gov State Holidays 2019 (updated 2019-01-22, as copied at htrafficking.cf): Mon 04-22; one year'),
  ('us-ga', 'State Holiday (Good Friday)', 'easter', NULL, NULL, NULL, NULL, 'none', 2024,
   2025, 1, 0, -2, 'O.C.G.A. 1-4-1(b); State of Georgia Holiday Schedule 2024 (team.georgia.gov): Fri 03-29; 2025: Fri 04-18 (Georgia State Holidays 2025)'),
  ('us-ga', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules)'),
  ('us-ga', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sun-mon', 2022,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(b) as amended by HB 1335 (2022: 13 days); Governor''s 2022 list (Sunday 06-19 observed Mon 06-20); 2024, 2025 schedules'),
  ('us-ga', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules; Sunday -> Monday; a Saturday one''s Friday was not read)'),
  ('us-ga', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules)'),
  ('us-ga', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'none', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules)'),
  ('us-ga', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules; Sunday -> Monday; a Saturday one''s Friday was not read)'),
  ('us-ga', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules)'),
  ('us-ga', 'State Holiday (day after Thanksgiving)', 'nth', 11, NULL, 4, 4, 'none', 2019,
   2019, 1, 0, 1, 'O.C.G.A. 1-4-1(b); georgia.gov State Holidays 2019 (updated 2019-01-22, as copied at htrafficking.cf): Fri 11-29; one year'),
  ('us-ga', 'State Holiday (day after Thanksgiving)', 'nth', 11, NULL, 4, 4, 'none', 2024,
   2025, 1, 0, 1, 'O.C.G.A. 1-4-1(b); State of Georgia Holiday Schedule 2024 (team.georgia.gov): Fri 11-29; 2025: Fri 11-28 (Georgia State Holidays 2025)'),
  ('us-ga', 'State Holiday', 'fixed', 12, 24, NULL, NULL, 'none', 2019,
   2019, 1, 0, 0, 'O.C.G.A. 1-4-1(b); georgia.gov State Holidays 2019 (updated 2019-01-22, as copied at htrafficking.cf): Tue 12-24; one year'),
  ('us-ga', 'Washington''s Birthday', 'fixed', 12, 24, NULL, NULL, 'none', 2024,
   2024, 1, 0, 0, 'O.C.G.A. 1-4-1(b); State of Georgia Holiday Schedule 2024 (team.georgia.gov): Tue 12-24; one year'),
  ('us-ga', 'Washington''s Birthday', 'fixed', 12, 26, NULL, NULL, 'none', 2025,
   2025, 1, 0, 0, 'O.C.G.A. 1-4-1(b); Georgia State Holidays 2025 (georgia.gov): Fri 12-26; one year'),
  ('us-ga', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'O.C.G.A. 1-4-1(a)(1), (b) (a federal holiday as of 1984-01-01, on its federal day in the 2019, 2024 and 2025 schedules; Sunday -> Monday; a Saturday one''s Friday was not read)');

-- us-in: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-in', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (Saturday -> Friday, Sunday -> Monday as SPD lists 2015, 2016 observe them); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (the third Monday in January; the Governor may not move it); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, 'IC 1-1-9-1(a); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Primary Election Day', 'nth', 5, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 1, 'IC 1-1-9-1; SPD holiday lists 2014, 2015, 2019 (every year: the first Tuesday after the first Monday in May)'),
  ('us-in', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (the last Monday in May); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (Saturday -> Friday, Sunday -> Monday as SPD lists 2015, 2016 observe them); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (the first Monday in September); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (the second Monday in October); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'General Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 1, 'IC 1-1-9-1; SPD holiday lists 2014, 2015, 2016, 2019 (every year: the first Tuesday after the first Monday in November)'),
  ('us-in', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (Saturday -> Friday, Sunday -> Monday as SPD lists 2015, 2016 observe them); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (the fourth Thursday in November); Indiana State Personnel Department holiday lists 2014-2016, 2019'),
  ('us-in', 'Lincoln''s Birthday', 'nth', 11, NULL, 4, 4, 'none', 2014,
   2016, 1, 0, 1, 'IC 1-1-9-1 (February 12, moved by the Governor); SPD holiday lists 2014-2016: the Friday after Thanksgiving'),
  ('us-in', 'Lincoln''s Birthday', 'nth', 11, NULL, 4, 4, 'none', 2019,
   2019, 1, 0, 1, 'IC 1-1-9-1 (the Governor may move a holiday''s observance); SPD holiday list 2019: Fri 11-29; one year'),
  ('us-in', 'Washington''s Birthday', 'fixed', 12, 26, NULL, NULL, 'none', 2014,
   2014, 1, 0, 0, 'IC 1-1-9-1 (the Governor may move a holiday''s observance); SPD holiday list 2014: Fri 12-26; one year'),
  ('us-in', 'Washington''s Birthday', 'fixed', 12, 24, NULL, NULL, 'none', 2015,
   2015, 1, 0, 0, 'IC 1-1-9-1 (the Governor may move a holiday''s observance); SPD holiday list 2015: Thu 12-24; one year'),
  ('us-in', 'Washington''s Birthday', 'fixed', 12, 23, NULL, NULL, 'none', 2016,
   2016, 1, 0, 0, 'IC 1-1-9-1 (the Governor may move a holiday''s observance); SPD holiday list 2016: Fri 12-23; one year'),
  ('us-in', 'Washington''s Birthday', 'fixed', 12, 24, NULL, NULL, 'none', 2019,
   2019, 1, 0, 0, 'IC 1-1-9-1 (the Governor may move a holiday''s observance); SPD holiday list 2019: Tue 12-24; one year'),
  ('us-in', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'IC 1-1-9-1(a) (Saturday -> Friday, Sunday -> Monday as SPD lists 2015, 2016 observe them); Indiana State Personnel Department holiday lists 2014-2016, 2019');

-- us-ky: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ky', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(a), (2) (Saturday -> preceding Friday, Sunday -> following Monday); the extra day the Governor designates is not modelled'),
  ('us-ky', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(b) (the third Monday in January)'),
  ('us-ky', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(d) (the last Monday in May)'),
  ('us-ky', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Governor''s executive order of 2024-05-23 (each June 19 an Executive Branch holiday, offices closed, from 2024); not in KRS 18A.190; a weekend one is not moved (no rule read)'),
  ('us-ky', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(e), (2) (Saturday -> preceding Friday, Sunday -> following Monday)'),
  ('us-ky', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(f) (the first Monday in September)'),
  ('us-ky', 'Presidential Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 4, 0, 1, 'KRS 18A.190(1)(h); KRS 2.190 (the first Tuesday after the first Monday in November, years divisible by four)'),
  ('us-ky', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(g), (2) (Saturday -> preceding Friday, Sunday -> following Monday)'),
  ('us-ky', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(i) (the fourth Thursday in November; the extra day the Governor designates is not modelled)'),
  ('us-ky', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'KRS 18A.190(1)(j), (2) (Saturday -> preceding Friday, Sunday -> following Monday); the extra day the Governor designates is not modelled');

