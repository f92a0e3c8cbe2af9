-- 0019_state_calendars_b.sql: more state holiday calendars (issue 14, calendar
-- helper B: MD MI MS NE NH NJ NM NC), in the format of 0015_more_state_calendars.sql:
-- every calendar and rule cites its source; docs/CALENDARS.md has the table, the
-- changes over time and each difference from python-holidays with the source
-- that settles it; tests/unit/seed_calendars.h holds the same rows as C data
-- (check_seed.sh); tests/unit/test_state_calendars.c checks each against two or
-- more typed years; tests/interop/test_state_holidays.sh against python-holidays.
-- Must run before 0021_more_state_rule_calendars.sql, which links the rules.
--
-- us-md: the State employee holidays, on which the offices of the Executive
--   Branch close (Md. Code, State Personnel and Pensions (SPP) title 9,
--   subtitle 2; SPP 9-202: not the Department of Transportation or units with
--   their own schedules). Sources read: Md. Code, General Provisions 1-111
--   (legal holidays; self-law.org copy of the current text, and the older text
--   quoted by statelawyers.com); SPP 9-204 (mgaleg.maryland.gov, casetext):
--   "if the employee holiday occurs on a Saturday ... the Friday immediately
--   before ...; on a Sunday ... the Monday immediately following"; Maryland
--   Manual 2003-2004, "Maryland at a Glance: Holidays" (Maryland State
--   Archives), the State's published list for 2003 and 2004, with the same
--   rule in its note; the Department of Legislative Services fiscal and
--   policy notes for SB 76 (2020) and HB 448 (2021) ("11 bank holidays, 16
--   legal holidays and 12 State employee holidays", Exhibit 1); 2022 Md. Laws
--   ch. 64 (HB 227, approved 2022-04-12), which adds Juneteenth National
--   Independence Day to 1-111 and to SPP 9-201. The text of SPP 9-201 itself
--   (the list of employee holidays) was not read: the list here is the
--   Maryland Manual's, which the fiscal notes' count of 12 matches (11 days
--   and the general election day of even years). Legal holidays that are not
--   employee holidays close no state office and are not rules: Lincoln's
--   Birthday (Feb 12), Maryland Day (Mar 25), Good Friday, Defenders' Day
--   (Sep 12). Changes since 2015: Juneteenth from 2023 (ch. 64; its effective
--   date was not read, so Monday 2022-06-20 is not a rule: an agency that
--   closed adds a closure; 2021's Friday 06-18 was a Governor's closure, as
--   news reports of 2021-06-17 say). The Friday after Thanksgiving is named
--   American Indian Heritage Day (python-holidays: from 2008). Days the
--   Governor gives (Friday 2022-12-23, Friday 2003-12-26 by letter of
--   2003-12-05) are closures, not rules. Maryland Emancipation Day (2025 HB
--   667 / SB 139) was not found enacted.
-- us-ms: Miss. Code 3-3-7(1) (FindLaw copy current as of 2023-01-01), the ten
--   legal holidays: January 1; the third Monday of January (Robert E. Lee's
--   and Dr. Martin Luther King, Jr.'s birthdays); the third Monday of
--   February; the last Monday of April (Confederate Memorial Day); the last
--   Monday of May (National Memorial Day and Jefferson Davis' birthday); July
--   4; the first Monday of September; November 11; Thanksgiving as the
--   Governor proclaims it (the President's day: the fourth Thursday in
--   November); December 25; "In the event any holiday ... shall fall on
--   Sunday, then the next following day shall be a legal holiday". Miss. Code
--   25-1-97: state offices open Monday to Friday "except state holidays"; for
--   a 3-3-7 holiday on a Saturday or Sunday an agency head may use the
--   following Monday. 27 Miss. Admin. Code pt. 120, 3.1 (State Personnel
--   Board, Mississippi State Employee Handbook, casetext copy current through
--   2023-01-23): the same ten days; "In the event any of these holidays fall
--   on a Saturday or Sunday, then the legal holiday will be observed as
--   declared by the Governor". So a Sunday holiday is the Monday by statute
--   (as the Governor's proclamation of 2010-06-10 closed Monday 2010-07-05),
--   and a Saturday one gives no certain weekday (when in doubt, the earlier
--   deadline): observe 'sun-mon'. The Governor's extra days (the day after
--   Thanksgiving, Christmas Eve: proclamation of 2007-11-07, at each agency
--   head's discretion) are closures, not rules. Disagreement noted, not
--   chosen: the Secretary of State's message for Confederate Memorial Day
--   2018 (SuperTalk, 2018) let each agency head decide whether to close; the
--   statute and the Handbook make it a legal holiday with pay, so it is a
--   rule. No change since 2015 was found: 2023 SB 2676 (Juneteenth, drop
--   Confederate Memorial Day) and 2024 SB 2207 (election days) were bills;
--   neither was found enacted.
-- us-nh: the paid holidays of State employees, the days state offices close.
--   Sources read: RSA 288:1 (legal holidays; uslegal.com copy, and the text
--   quoted in 2022 HB 1213 and a 2023 bill, gencourt text id 243, bills that would add primary days
--   and were not found enacted); the Department of Administrative Services'
--   "State Holiday Schedule" (apps.das.nh.gov Employee Portal, with printable
--   lists for 2023 and 2024, which were not read): New Year's Day (observed),
--   Martin Luther King Jr./Civil Rights Day, President's Day, Memorial Day,
--   Independence Day, Labor Day, Veterans' Day (observed), Thanksgiving Day,
--   the Day after Thanksgiving and Christmas Day; N.H. Admin. Rules Per
--   1302.01 (casetext, current through 2024-12-12; #8738 eff. 2006-10-18,
--   amended eff. 2015-05-17): a designated calendar holiday on a Saturday gives
--   the preceding day off, on a Sunday the following day. Disagreement noted,
--   not chosen: RSA 288:1 also makes Columbus Day and the biennial election
--   day legal holidays, but they are not on the DAS schedule (employees have
--   floating holidays instead), so state offices are open and they are not
--   rules (when in doubt, the earlier deadline; a town that closes on election
--   day adds a closure). Juneteenth is neither in RSA 288:1 nor on the DAS
--   schedule. No change since 2015 was found.
-- us-ne: the paid holidays of state employees, on which "regular work ...
--   shall not be performed" (Neb. Rev. Stat. 84-1001(2)-(4),
--   nebraskalegislature.gov): "all of the days enumerated in section 25-2221
--   and all days declared by law or proclamation of the President or Governor
--   to be holidays"; "If any such holiday falls on Sunday, the following Monday
--   shall be a holiday. If any such holiday falls on Saturday, the preceding
--   Friday shall be a holiday." 25-2221 (nebraskalegislature.gov, current
--   text): New Year's Day; the third Monday in January; the third Monday in
--   February; Arbor Day, the last Friday in April; the last Monday in May;
--   Juneteenth National Independence Day, June 19; July 4; the first Monday in
--   September; Indigenous Peoples' Day and Columbus Day, the second Monday in
--   October; November 11; the fourth Thursday in November; the day after
--   Thanksgiving; December 25. Second source: the Nebraska Judicial Branch
--   personnel policy, Holidays (supremecourt.nebraska.gov), the same thirteen
--   days and weekend rule; 273 NAC 9-003.01 (State Personnel Division) moves a
--   weekend holiday the same way for a Monday-Friday schedule. Changes since
--   2015: Juneteenth from 2021: the Governor's proclamation of 2021-06-17
--   closed state offices Friday 06-18 under the law giving state employees the
--   federal paid holidays (news releases of 2021-06-17), and it is in 25-2221
--   now (the amending bill and year were not read; 2022 LB 29, which would
--   have put Juneteenth in Arbor Day's place, did not pass as introduced:
--   Arbor Day is still in the text). The second Monday in October is named
--   "Indigenous Peoples' Day and Columbus Day" (LB 848, 2020; the same day).
--   Days the President gives federal employees (Christmas Eve 2012, 2019 and
--   2020; Friday 1997-12-26, AGO 97063) are holidays under 84-1001(3) only for
--   their year: closures, not rules.
-- us-nj: the paid holidays of State government employees, N.J.S.A.
--   11A:6-24.1(a) (P.L.2008, c.89, s.25; law.onecle.com text before
--   Juneteenth, law.counselstack.com current text, and the current text
--   quoted in 2020 A4773, a bill to drop Election Day that died): January 1;
--   the third Monday in January; the third Monday in February (Presidents
--   Day); Good Friday; the last Monday in May; the third Friday in June
--   (Juneteenth Day); July 4; the first Monday in September; the second
--   Monday in October; November 11; the fourth Thursday in November;
--   December 25; "any general election day in this State" (New Jersey holds
--   its general election every year, the Tuesday after the first Monday in
--   November). N.J.A.C. 4A:6-2.4(c) (casetext copy, current through
--   2024-12-02): "When an authorized State holiday falls on a Saturday, the
--   preceding Friday shall be observed ...; on a Sunday, the following
--   Monday"; so N.J.S.A. 36:1-1(b) (Sunday) and 36:1-1.2 (Saturday, by its
--   title; text not read). N.J.S.A. 36:1-1(d) (lawserver.com): Lincoln's
--   Birthday, February 12, is not a public holiday for State government
--   business and all public offices of State government are open: not a rule.
--   Changes since 2015: Juneteenth Day, the third Friday in June, from 2021
--   (the act the Governor signed in fall 2020, nj1015.com 2025: "New Jersey's
--   2025 Juneteenth holiday will be observed on Friday, June 20"; NorthJersey
--   via Yahoo 2024-06-13: the third Friday, June 21, 2024, for all State
--   employees). Disagreement noted, not chosen: one secondary source
--   (legalclarity.org) gives Juneteenth as June 19; the statute and two news
--   reports give the third Friday. The Day after Thanksgiving (a judiciary
--   holiday in some years by proclamation) and the Governor's early
--   dismissals are closures, not rules.

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-md', 'Maryland State employee holidays (state offices closed)',
   'Md. Code, Gen. Prov. 1-111; State Pers. & Pens. 9-204; Maryland Manual 2003-2004 holiday list; 2022 Md. Laws ch. 64', 1),
  ('us-ms', 'Mississippi legal holidays (state offices closed)',
   'Miss. Code 3-3-7, 25-1-97; 27 Miss. Admin. Code pt. 120, 3.1', 1);

-- us-md: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-md', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(1); a State employee holiday (Maryland Manual 2003-2004 list); Saturday -> Friday, Sunday -> Monday: SPP 9-204(b)'),
  ('us-md', 'Dr. Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(2) (the day Congress designates: the third Monday in January); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(4) (the third Monday in February); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(7) (the day Congress designates: the last Monday in May); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'Juneteenth National Independence Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2023,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(8) and SPP 9-201 as amended by 2022 Md. Laws ch. 64 (HB 227, approved 2022-04-12; effective date not read, so 2022 is not a rule); 2021 was a closure by the Governor; Saturday -> Friday, Sunday -> Monday: SPP 9-204(b)'),
  ('us-md', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(9); a State employee holiday (Maryland Manual 2003-2004 list); Saturday -> Friday, Sunday -> Monday: SPP 9-204(b)'),
  ('us-md', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(10); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(12) (the day Congress designates: the second Monday in October); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'General Election Day', 'nth', 11, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 2, 0, 1, 'Md. Code, Gen. Prov. 1-111(a)(17) (each statewide general election day); Election Law 8-301 (even years, the Tuesday after the first Monday in November); a State employee holiday (Maryland Manual 2004 list: Election Day)'),
  ('us-md', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(13); a State employee holiday (Maryland Manual 2003-2004 list); Saturday -> Friday, Sunday -> Monday: SPP 9-204(b)'),
  ('us-md', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(14); a State employee holiday (Maryland Manual 2003-2004 list)'),
  ('us-md', 'American Indian Heritage Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Md. Code, Gen. Prov. 1-111(a)(15) (the Friday after Thanksgiving Day); a State employee holiday (Maryland Manual 2003-2004 list: Friday after Thanksgiving Day)'),
  ('us-md', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Md. Code, Gen. Prov. 1-111(a)(16); a State employee holiday (Maryland Manual 2003-2004 list); Saturday -> Friday, Sunday -> Monday: SPP 9-204(b)');

-- us-ms: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ms', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the first day of January); a Sunday holiday: the next day (3-3-7(1)); a Saturday one: as the Governor declares (27 Miss. Admin. Code pt. 120, 3.1), so no rule'),
  ('us-ms', 'Robert E. Lee''s Birthday and Dr. Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the third Monday of January)'),
  ('us-ms', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the third Monday of February)'),
  ('us-ms', 'Confederate Memorial Day', 'last', 4, NULL, 1, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the last Monday of April); 27 Miss. Admin. Code pt. 120, 3.1'),
  ('us-ms', 'National Memorial Day and Jefferson Davis'' Birthday', 'last', 5, NULL, 1, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the last Monday of May)'),
  ('us-ms', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the fourth day of July); a Sunday holiday: the next day (3-3-7(1)); a Saturday one: as the Governor declares (27 Miss. Admin. Code pt. 120, 3.1), so no rule'),
  ('us-ms', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the first Monday of September)'),
  ('us-ms', 'Armistice or Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the eleventh day of November); a Sunday holiday: the next day (3-3-7(1)); a Saturday one: as the Governor declares (27 Miss. Admin. Code pt. 120, 3.1), so no rule'),
  ('us-ms', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the day the Governor proclaims, to correspond to the President''s: the fourth Thursday in November)'),
  ('us-ms', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Miss. Code 3-3-7(1) (the twenty-fifth day of December); a Sunday holiday: the next day (3-3-7(1)); a Saturday one: as the Governor declares (27 Miss. Admin. Code pt. 120, 3.1), so no rule');

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-nh', 'New Hampshire State employee holidays (state offices closed)',
   'RSA 288:1; N.H. Admin. Rules Per 1302.01; DAS State Holiday Schedule', 1);

-- us-nh: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-nh', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (January 1); DAS State Holiday Schedule; Saturday -> Friday, Sunday -> Monday: N.H. Admin. Rules Per 1302.01(a), (c)'),
  ('us-nh', 'Martin Luther King, Jr. Civil Rights Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (the third Monday in January); DAS State Holiday Schedule'),
  ('us-nh', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (the third Monday in February); DAS State Holiday Schedule (President''s Day)'),
  ('us-nh', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (the last Monday in May); DAS State Holiday Schedule'),
  ('us-nh', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (July 4); DAS State Holiday Schedule; Saturday -> Friday, Sunday -> Monday: N.H. Admin. Rules Per 1302.01(a), (c)'),
  ('us-nh', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (the first Monday in September); DAS State Holiday Schedule'),
  ('us-nh', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (November 11); DAS State Holiday Schedule; Saturday -> Friday, Sunday -> Monday: N.H. Admin. Rules Per 1302.01(a), (c)'),
  ('us-nh', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (Thanksgiving Day, whenever appointed: the fourth Thursday in November); DAS State Holiday Schedule'),
  ('us-nh', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'DAS State Holiday Schedule (a paid State employee holiday; not an RSA 288:1 legal holiday)'),
  ('us-nh', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSA 288:1 (Christmas Day); DAS State Holiday Schedule; Saturday -> Friday, Sunday -> Monday: N.H. Admin. Rules Per 1302.01(a), (c)');

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-ne', 'Nebraska state holidays (state offices closed)',
   'Neb. Rev. Stat. 25-2221, 84-1001', 1);

-- us-ne: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ne', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (January 1); Saturday -> Friday, Sunday -> Monday: Neb. Rev. Stat. 84-1001(4), 25-2221'),
  ('us-ne', 'Birthday of Martin Luther King, Jr.', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the third Monday in January)'),
  ('us-ne', 'President''s Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the third Monday in February)'),
  ('us-ne', 'Arbor Day', 'last', 4, NULL, 5, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the last Friday in April)'),
  ('us-ne', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the last Monday in May)'),
  ('us-ne', 'Juneteenth National Independence Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2021,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (June 19; in 25-2221 from a year not read); 2021: the Governor''s proclamation of 2021-06-17 under 84-1001(3) (federal paid holidays), observed Fri 06-18; Saturday -> Friday, Sunday -> Monday: Neb. Rev. Stat. 84-1001(4), 25-2221'),
  ('us-ne', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (July 4); Saturday -> Friday, Sunday -> Monday: Neb. Rev. Stat. 84-1001(4), 25-2221'),
  ('us-ne', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the first Monday in September)'),
  ('us-ne', 'Indigenous Peoples'' Day and Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the second Monday in October; Columbus Day, named also Indigenous Peoples'' Day by LB 848, 2020)'),
  ('us-ne', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (November 11); Saturday -> Friday, Sunday -> Monday: Neb. Rev. Stat. 84-1001(4), 25-2221'),
  ('us-ne', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the fourth Thursday in November); 84-104'),
  ('us-ne', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (the day after Thanksgiving)'),
  ('us-ne', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Neb. Rev. Stat. 25-2221, 84-1001(3) (December 25); Saturday -> Friday, Sunday -> Monday: Neb. Rev. Stat. 84-1001(4), 25-2221');

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-nj', 'New Jersey State government employee holidays (state offices closed)',
   'N.J.S.A. 11A:6-24.1, 36:1-1; N.J.A.C. 4A:6-2.4(c)', 1);

-- us-nj: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-nj', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(1) (January 1); Saturday -> Friday, Sunday -> Monday: N.J.A.C. 4A:6-2.4(c); N.J.S.A. 36:1-1(b), 36:1-1.2'),
  ('us-nj', 'Martin Luther King''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(2) (the third Monday in January)'),
  ('us-nj', 'Presidents Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(3) (the third Monday in February, Washington''s Birthday)'),
  ('us-nj', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, 'N.J.S.A. 11A:6-24.1(a)(4) (the day known as Good Friday)'),
  ('us-nj', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(5) (the last Monday in May)'),
  ('us-nj', 'Juneteenth Day', 'nth', 6, NULL, 5, 3, 'sat-fri-sun-mon', 2021,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(6) (the third Friday in June), added by the act the Governor signed in fall 2020 (nj1015.com, 2025), first observed 2021'),
  ('us-nj', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(7) (July 4); Saturday -> Friday, Sunday -> Monday: N.J.A.C. 4A:6-2.4(c); N.J.S.A. 36:1-1(b), 36:1-1.2'),
  ('us-nj', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(8) (the first Monday in September)'),
  ('us-nj', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(9) (the second Monday in October)'),
  ('us-nj', 'General Election Day', 'nth', 11, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'N.J.S.A. 11A:6-24.1(a) (any general election day in this State: New Jersey holds its general election every year on the Tuesday after the first Monday in November)'),
  ('us-nj', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(10) (November 11, Armistice Day or Veterans'' Day); Saturday -> Friday, Sunday -> Monday: N.J.A.C. 4A:6-2.4(c); N.J.S.A. 36:1-1(b), 36:1-1.2'),
  ('us-nj', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(11) (the fourth Thursday in November)'),
  ('us-nj', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.J.S.A. 11A:6-24.1(a)(12) (December 25); Saturday -> Friday, Sunday -> Monday: N.J.A.C. 4A:6-2.4(c); N.J.S.A. 36:1-1(b), 36:1-1.2');
