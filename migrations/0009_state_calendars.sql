-- 0009_state_calendars.sql: new holiday kinds, and state holiday calendars.
--
-- Part 1: holiday rules relative to Easter and shifted by some days (the day
-- after Thanksgiving = 4th Thursday of November + 1; Election Day
-- = 1st Monday of November + 1; Good Friday = Easter - 2; Mardi Gras = Easter -
-- 47). SQLite cannot alter a CHECK constraint, so holiday_rule is rebuilt with
-- the wider one: create, copy, drop, rename, recreate the index. Nothing
-- references holiday_rule, so ids are kept as they are.
--
-- kind 'easter': Western (Gregorian) Easter Sunday of the year; month, day,
-- weekday and nth are NULL. day_offset: days added to the kind's date before
-- the weekend observance rule applies (-180 .. 180).
-- observe 'sat-mon-sun-mon': a Saturday or Sunday holiday is observed the
-- Monday after (R.I. Gen. Laws 25-1-1 for state employees).

CREATE TABLE holiday_rule_new (
  id          INTEGER PRIMARY KEY,
  calendar    TEXT NOT NULL REFERENCES calendar(code),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('fixed', 'nth', 'last', 'easter')),
  month       INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),
  day         INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),    -- fixed
  weekday     INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 0 AND 6), -- 0 = Sunday
  nth         INTEGER CHECK (nth IS NULL OR nth BETWEEN 1 AND 5),
  observe     TEXT NOT NULL DEFAULT 'none'
              CHECK (observe IN ('none', 'sat-fri-sun-mon', 'sun-mon', 'sun-mon-sat-none',
                                 'sat-mon-sun-mon')),
  first_year  INTEGER,
  last_year   INTEGER,
  every       INTEGER NOT NULL DEFAULT 1 CHECK (every >= 1),  -- every N years ...
  year_offset INTEGER NOT NULL DEFAULT 0,                     -- ... where year % every = offset
  citation    TEXT,
  day_offset  INTEGER NOT NULL DEFAULT 0 CHECK (day_offset BETWEEN -180 AND 180),
  CHECK ((kind = 'fixed' AND month IS NOT NULL AND day IS NOT NULL) OR
         (kind = 'nth' AND month IS NOT NULL AND weekday IS NOT NULL AND nth IS NOT NULL) OR
         (kind = 'last' AND month IS NOT NULL AND weekday IS NOT NULL) OR
         (kind = 'easter' AND month IS NULL AND day IS NULL AND weekday IS NULL AND nth IS NULL))
);
INSERT INTO holiday_rule_new (id, calendar, name, kind, month, day, weekday, nth, observe,
                              first_year, last_year, every, year_offset, citation, day_offset)
  SELECT id, calendar, name, kind, month, day, weekday, nth, observe, first_year, last_year,
         every, year_offset, citation, 0 FROM holiday_rule;
DROP TABLE holiday_rule;
ALTER TABLE holiday_rule_new RENAME TO holiday_rule;
CREATE INDEX holiday_rule_calendar ON holiday_rule(calendar);

-- Part 2: holiday calendars of states, as state offices (or,
-- where the state's law counts other days, that law) observe them. Every
-- calendar and every rule cites its source; docs/CALENDARS.md has the table,
-- the changes over time, and each difference from python-holidays with the
-- source that settles it. tests/unit/seed_calendars.h holds the same rows as C
-- data (tests/unit/check_seed.sh fails when they differ); each calendar is
-- checked against two years of the state's own published schedule
-- (tests/unit/test_state_calendars.c) and against python-holidays for
-- 2015-2035 (tests/interop/test_state_holidays.sh). Rules are modelled for
-- 2015 on; earlier years follow the same rules and are not checked.
--
-- Observance: 'sat-fri-sun-mon' = Saturday -> Friday, Sunday -> Monday;
-- 'sun-mon' = Sunday -> Monday, a Saturday holiday gives no weekday off;
-- 'none' = on its date only. day_offset: days after the kind's date (the day
-- after Thanksgiving = 4th Thursday of November + 1; Election Day = 1st Monday
-- of November + 1; Lee-Jackson Day = 3rd Monday of January - 3).
--
-- us-ak: AS 44.12.010(a); Saturday -> Friday, Sunday -> Monday as the
--   state employees' agreement (ASEA art. 24.01) observes them. No Columbus Day.
--   Juneteenth from 2025 (SB 22, signed 2024-06-27, observed from next year).
--   Days the Governor proclaims are closures, not rules.
-- us-ca: Cal. Gov. Code 19853(a)-(b) (state employees): a Sunday holiday is
--   observed Monday; a Saturday holiday is not moved (employees get holiday
--   credit), except November 11, observed the Friday before. CalHR lists 2013,
--   2014 and 2024 agree. Lincoln's Birthday and Columbus Day are not state
--   employee holidays (Gov. Code 6700 lists them, and Admission Day, Native
--   American Day and, since AB 1655 (2022), Juneteenth, as state holidays, but
--   state offices stay open: CalHR 2024 has no Juneteenth, and Native American
--   Day is only an optional personal-holiday credit, 19853(e)). UNSURE: a
--   later CalHR list adding Juneteenth would need a new rule.
-- us-ct: Conn. Gen. Stat. 1-4, Saturday -> Friday, Sunday -> Monday (the
--   statute's own rule). Good Friday is not named in 1-4 but is observed every
--   year as a day the Governor appoints for religious observance (DAS lists
--   2014 and 2024). Juneteenth from 2023 (P.A. 22-128, eff. 2022-10-01).
-- us-dc: D.C. Code 1-612.02 for District government employees: Saturday
--   -> Friday, Sunday -> Monday (1-612.02(b)(1); E-DPM 1222); D.C.
--   Emancipation Day (April 16) from 2007; Inauguration Day every 4th year
--   from 1981 (1-612.02(c); a Sunday one on Monday, a Saturday one gives
--   none); Juneteenth from 2021 (the Mayor's designation, I-2021-19, later
--   1-612.02(a)(4A)). Indigenous Peoples' Day is the second Monday in October
--   (Columbus Day in older texts; same day).
-- us-de: 1 Del. C. 501: Saturday -> Friday, Sunday -> Monday; Good Friday,
--   the day after Thanksgiving and the biennial general election day; no
--   Presidents' Day or Columbus Day (two floating holidays per employee
--   instead). Return Day (Sussex County, after noon) is a county half day and
--   not modelled. Juneteenth from 2022 (HB 119, signed 2021-10-27; the 2020
--   closure was the Governor's order).
-- us-fl: Fla. Stat. 110.117(1): nine paid holidays of all state branches and
--   agencies, Saturday -> Friday, Sunday -> Monday. No Presidents', Columbus
--   or Juneteenth day; days python-holidays adds (Susan B. Anthony Day) are
--   not among the 110.117 paid holidays, so offices stay open.
-- us-hi: HRS 8-1, with Good Friday, Prince Kuhio Day, King Kamehameha I Day,
--   Statehood Day (third Friday in August) and the general election day (even
--   years; primary and special election days are not holidays). Saturday ->
--   Friday, Sunday -> Monday is from secondary sources that describe state
--   practice (no official schedule was found): treat as UNSURE.
-- us-ia: Iowa Code 1C.2: the paid holidays of state employees, with the
--   Friday after Thanksgiving; Saturday -> Friday, Sunday -> Monday
--   (1C.2(3)). Lincoln's and Washington's Birthdays are legal public holidays
--   (1C.1) but not days off: state offices stay open.
-- us-id: Idaho Code 73-108: Saturday -> Friday, Sunday -> Monday (the
--   statute's own rule). No Juneteenth.
-- us-il: 80 Ill. Adm. Code 303.190 (CMS): the holidays, General Election Day
--   only in years Members of the House are elected (even years); the CMS
--   schedule (2019, 2020) adds the day after Thanksgiving and moves a Saturday
--   holiday to Friday (Independence Day 2020 on Fri 07-03). Juneteenth: 5 ILCS
--   490/63 (P.A. 102-29, eff. 2022-01-01), never moved off a weekend. The 2021
--   closure on Fri 06-18 was the Governor's order (a closure, not a rule).
-- us-me: 4 M.R.S. 1051 as the Bureau of Human Resources applies it to state
--   government: Saturday -> Friday, Sunday -> Monday (the statute itself moves
--   only Sunday), plus Thanksgiving Friday (not in the statute). Columbus Day
--   renamed Indigenous Peoples Day from 2019 (P.L. 2019, c. 59), same date.
--   Juneteenth from 2022 (P.L. 2021, c. 140, approved 2021-06-10, not an
--   emergency law, so in force after the 2021 observance).
-- us-mn: Minn. Stat. 645.44, subd. 5 for the executive branch: the Friday
--   after Thanksgiving is a holiday and Columbus (Indigenous Peoples) Day is
--   not. Only January 1, June 19, July 4, November 11 and December 25 move off
--   a weekend. Juneteenth from 2023 (HF 48, made effective before June 19,
--   2023 by HF 1830).
-- us-mo: RSMo 9.010 (the statute moves only Sunday holidays; the Office of
--   Administration's lists also move Saturday ones to Friday: Independence
--   Day 2026 on Fri 07-03, New Year's Day 2022 on Fri 2021-12-31), with
--   Lincoln's Birthday and Truman Day. Juneteenth by statute from 2022 (HB
--   1738, 2022 session; 2021's closure was the Governor's order).
-- us-mt: MCA 1-1-216: Saturday -> Friday, Sunday -> Monday (1-1-216(2);
--   ARM 2.21.620(2) for state employees); state general election day in even
--   years (primary election days are not holidays, ARM 2.21.620(4)). The
--   third Monday of February and the second Monday of October were renamed
--   (Presidents' Day; Indigenous Peoples' Day and Columbus Day), same dates.
-- us-nd: N.D.C.C. 1-03-01 with Good Friday; OMB's HR page: a Saturday or
--   Sunday holiday on the Friday before or Monday after. Offices also close at
--   noon on December 24 (1-03-01.1), a half day that this whole-day calendar
--   does not model: that day still counts as a business day here.
-- us-nv: NRS 236.015: state, county and city offices, courts and schools
--   close. Only January 1, July 4, November 11 and December 25 (and, from
--   AB 140 (2023), Juneteenth) move off a weekend (Saturday -> Friday, Sunday
--   -> Monday). Nevada Day is the last Friday in October (SB 31, 1999); Family
--   Day the Friday after Thanksgiving.
-- us-ny: General Construction Law 24 public holidays (what the law counts),
--   Sunday -> Monday, a Saturday holiday not moved (GCL 24; 4 NYCRR 21.1(b)).
--   Election Day is each general election day (annual, N.Y. Elec. Law 8-100).
--   State offices treat Lincoln's Birthday and Election Day as floating
--   holidays; they stay public holidays here. Flag Day is always a Sunday.
--   Juneteenth from 2021 (L.2020 c.249).
-- us-or: ORS 187.010 (Saturday -> Friday, Sunday -> Monday, 187.010(2)),
--   plus the day after Thanksgiving, a state employee holiday under State HR
--   Policy 60.010.01 (ORS 240.551). No Columbus Day. Juneteenth from 2022 (HB
--   2168, signed 2021-06-19, in effect 90 days after the session).
-- us-ri: R.I. Gen. Laws 25-1-1 as the Secretary of State's state holiday
--   list (2019-2021) applies it: a Saturday or Sunday holiday is observed the
--   Monday after ('sat-mon-sun-mon'; Independence Day 2020 on Mon 07-06,
--   Christmas 2021 on Mon 12-27); Election Day in years of a general
--   election of state officers (even years). Washington's Birthday and Rhode
--   Island Independence Day (May 4) are in 25-1-1 but not on the state's
--   holiday list: state offices stay open. Juneteenth from 2024 (2023-H 5380A).
-- us-sd: SDCL 1-5-1: only January 1, June 19, July 4, November 11 and
--   December 25 move off a weekend (Saturday -> Friday, Sunday -> Monday).
--   Juneteenth added by SL 2022, ch 1, in force July 1, 2022 (after that
--   year's June 19), so from 2023; the 2022 observance, if any, is UNSURE.
-- us-tx: the days Texas state offices close: the national holidays of Tex.
--   Gov't Code 662.003(a) and the state holidays without a skeleton crew
--   (662.004(b): the Friday after Thanksgiving, December 24 and 26). A holiday
--   on a weekend is not moved (SAO holiday schedules). Columbus Day is not a
--   Texas holiday.
-- us-tx-pia: Public Information Act business days (552.0031, H.B. 3033, eff.
--   2023-09-01): neither a 662.003(a) national nor a 662.003(b) state holiday,
--   so the skeleton-crew days count too, from 2024 (none fell between
--   2023-09-01 and 2023-12-31). Optional holidays and a body's own
--   non-business days (552.0031(c)-(f)) are per agency: add them as closures.
-- us-va: Va. Code 2.2-3300, Saturday -> Friday, Sunday -> Monday. Lee-Jackson
--   Day (the Friday before the third Monday in January) last observed
--   2020-01-17; Election Day from 2020 (HB 108 / SB 601, 2020). Juneteenth by
--   statute from 2021 (SB 5031, approved 2020-10-13; 2020's was the Governor's
--   closure). Christmas Eve and similar days given by the Governor are
--   closures, not rules.
-- us-wa: RCW 1.16.050(1) and WAC 357-31-005; Saturday -> Friday, Sunday ->
--   Monday (Wash. GR 2 for the courts and clerks' offices). Juneteenth from
--   2022 (Laws of 2021 c. 295, eff. 2021-07-25); the day after Thanksgiving is
--   Native American Heritage Day (SSB 6078, 2014).

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-ak', 'Alaska legal holidays (state offices closed)',
   'AS 44.12.010; SB 22 (2024); ASEA collective bargaining agreement art. 24.01', 1),
  ('us-ca', 'California state employee holidays (state offices closed)',
   'Cal. Gov. Code 19853; CalHR state holiday lists (2013, 2014, 2024)', 1),
  ('us-ct', 'Connecticut legal holidays (state offices closed)',
   'Conn. Gen. Stat. 1-4; DAS holiday observance lists (2014, 2024)', 1),
  ('us-dc', 'District of Columbia legal public holidays (District government offices closed)',
   'D.C. Code 1-612.02; DCHR E-DPM issuances Legal Public Holidays 2021 (I-2021-19), 2024 (I-2024-2)', 1),
  ('us-de', 'Delaware legal holidays (state offices closed)',
   '1 Del. C. 501; Delaware DHR holiday lists 2016, 2024', 1),
  ('us-fl', 'Florida paid holidays of state branches and agencies (state offices closed)',
   'Fla. Stat. 110.117', 1),
  ('us-hi', 'Hawaii state holidays (state offices closed)',
   'HRS 8-1', 1),
  ('us-ia', 'Iowa state employee paid holidays (state offices closed)',
   'Iowa Code 1C.2', 1),
  ('us-id', 'Idaho legal holidays (state offices closed)',
   'Idaho Code 73-108', 1),
  ('us-il', 'Illinois state holidays (state offices closed)',
   '80 Ill. Adm. Code 303.190; 5 ILCS 490/63; CMS state holiday schedule (2019, 2020)', 1),
  ('us-me', 'Maine state government holidays (state offices closed)',
   '4 M.R.S. 1051; 5 M.R.S. 59; Maine Bureau of Human Resources Policy and Practices Manual, Holidays', 1),
  ('us-mn', 'Minnesota holidays for the executive branch (state offices closed)',
   'Minn. Stat. 645.44, subd. 5', 1),
  ('us-mo', 'Missouri public holidays (state offices closed)',
   'RSMo 9.010; Missouri Office of Administration, State Holidays 2025-2026', 1),
  ('us-mt', 'Montana legal holidays (state offices closed)',
   'MCA 1-1-216; ARM 2.21.620', 1),
  ('us-nd', 'North Dakota holidays (state offices closed)',
   'N.D.C.C. 1-03-01 to 1-03-02.1; OMB State Human Resource Management, Holidays', 1),
  ('us-nv', 'Nevada legal holidays (state, county and city offices closed)',
   'NRS 236.015; AB 140 (2023)', 1),
  ('us-ny', 'New York public holidays (General Construction Law 24)',
   'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1; NYS Civil Service holiday schedules (2011-2013)', 1),
  ('us-or', 'Oregon legal holidays and state employee holidays (state offices closed)',
   'ORS 187.010; Oregon State HR Policy 60.010.01 (ORS 240.551)', 1),
  ('us-ri', 'Rhode Island state holidays (state offices closed)',
   'R.I. Gen. Laws 25-1-1; Rhode Island Secretary of State, Rhode Island State Holidays 2019-2021', 1),
  ('us-sd', 'South Dakota legal holidays (state offices closed)',
   'SDCL 1-5-1; University of South Dakota, State of South Dakota Holiday Calendar', 1),
  ('us-tx', 'Texas state offices closed (national holidays and the state holidays without a skeleton crew)',
   'Tex. Gov''t Code 662.003, 662.004(b); State Auditor''s Office holiday schedules', 1),
  ('us-tx-pia', 'Texas Public Information Act business days (us-tx plus every 662.003(b) state holiday)',
   'Tex. Gov''t Code 552.0031 (H.B. 3033, 88th Leg., eff. 2023-09-01); 662.003', 1),
  ('us-va', 'Virginia legal holidays (state offices closed)',
   'Va. Code 2.2-3300', 1),
  ('us-wa', 'Washington state legal holidays (state offices closed)',
   'RCW 1.16.050; WAC 357-31-005; Wash. GR 2', 1);

INSERT INTO calendar_include (calendar, includes) VALUES
  ('us-tx-pia', 'us-tx');

-- us-ak: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ak', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(1); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)'),
  ('us-ak', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(2), (b)'),
  ('us-ak', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(3)'),
  ('us-ak', 'Seward''s Day', 'last', 3, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(4)'),
  ('us-ak', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(5)'),
  ('us-ak', 'Juneteenth Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2025,
   NULL, 1, 0, 0, 'AS 44.12.010; SB 22 (signed 2024-06-27, observed from 2025); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)'),
  ('us-ak', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(6); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)'),
  ('us-ak', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(7)'),
  ('us-ak', 'Alaska Day', 'fixed', 10, 18, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(8); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)'),
  ('us-ak', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(9); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)'),
  ('us-ak', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(10)'),
  ('us-ak', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'AS 44.12.010(a)(11); Saturday -> Friday, Sunday -> Monday: ASEA collective bargaining agreement art. 24.01 (Alaska Day 2020, a Sunday, observed Mon 10-19)');

-- us-ca: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ca', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Martin Luther King Jr. Day', 'nth', 1, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Cesar Chavez Day', 'fixed', 3, 31, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b) (November 11 on a Saturday: the preceding Friday)'),
  ('us-ca', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sun-mon', NULL,
   NULL, 1, 0, 1, 'Cal. Gov. Code 19853(a)-(b)'),
  ('us-ca', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Cal. Gov. Code 19853(a)-(b)');

-- us-ct: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ct', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4 (first Monday on or after January 15)'),
  ('us-ct', 'Lincoln Day', 'fixed', 2, 12, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, 'Conn. Gen. Stat. 1-4 (a day the Governor appoints for religious observance); DAS holiday lists 2014, 2024'),
  ('us-ct', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Juneteenth Independence Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2023,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4; P.A. 22-128 (eff. 2022-10-01)'),
  ('us-ct', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4'),
  ('us-ct', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4 (the day the Governor or President appoints)'),
  ('us-ct', 'Christmas', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Conn. Gen. Stat. 1-4');

-- us-dc: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-dc', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Dr. Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Inauguration Day', 'fixed', 1, 20, NULL, NULL, 'sun-mon-sat-none', 1981,
   NULL, 4, 1, 0, 'D.C. Code 1-612.02(c) (each 4th year from 1981; a Sunday one on the next day)'),
  ('us-dc', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'D.C. Emancipation Day', 'fixed', 4, 16, NULL, NULL, 'sat-fri-sun-mon', 2007,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)(a)(11) (beginning in 2007)'),
  ('us-dc', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Juneteenth National Independence Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2021,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)(a)(4A); DCHR issuance I-2021-19 (designated by the Mayor in 2021)'),
  ('us-dc', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Indigenous Peoples'' Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)(a)(7) (Columbus Day in earlier texts; same day)'),
  ('us-dc', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)'),
  ('us-dc', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'D.C. Code 1-612.02(a)-(b)');

-- us-de: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-de', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b); HB 119 (signed 2021-10-27, in force on signature)'),
  ('us-de', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 2, 0, 1, '1 Del. C. 501(a)-(b) (the general election as it biennially occurs: even years)'),
  ('us-de', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Day After Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, '1 Del. C. 501(a)-(b)'),
  ('us-de', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '1 Del. C. 501(a)-(b)');

-- us-fl: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-fl', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Birthday of Martin Luther King, Jr.', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Friday after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Fla. Stat. 110.117(1)'),
  ('us-fl', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Fla. Stat. 110.117(1)');

-- us-hi: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-hi', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Dr. Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Prince Jonah Kuhio Kalanianaole Day', 'fixed', 3, 26, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, 'HRS 8-1 (the Friday preceding Easter Sunday)'),
  ('us-hi', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'King Kamehameha I Day', 'fixed', 6, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Statehood Day', 'nth', 8, NULL, 5, 3, 'none', NULL,
   NULL, 1, 0, 0, 'HRS 8-1 (third Friday in August)'),
  ('us-hi', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'General Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 2, 0, 1, 'HRS 8-1 (election days except primary and special ones: the general election, even years)'),
  ('us-hi', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)'),
  ('us-hi', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'HRS 8-1; Saturday -> Friday, Sunday -> Monday (state practice, secondary sources)');

-- us-ia: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ia', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Friday after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Iowa Code 1C.2(1), (3)'),
  ('us-ia', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Iowa Code 1C.2(1), (3)');

-- us-id: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-id', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Martin Luther King, Jr.-Idaho Human Rights Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108'),
  ('us-id', 'Christmas', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Idaho Code 73-108');

-- us-il: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-il', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Martin Luther King Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Lincoln''s Birthday', 'fixed', 2, 12, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Washington''s Birthday (Presidents'' Day)', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Juneteenth National Freedom Day', 'fixed', 6, 19, NULL, NULL, 'none', 2022,
   NULL, 1, 0, 0, '5 ILCS 490/63 (P.A. 102-29, eff. 2022-01-01)'),
  ('us-il', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'General Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 2, 0, 1, '80 Ill. Adm. Code 303.190 (election of Members of the House of Representatives: even years)'),
  ('us-il', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule'),
  ('us-il', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 1, 'CMS state holiday schedule (Thanksgiving: Thursday and Friday)'),
  ('us-il', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '80 Ill. Adm. Code 303.190; CMS state holiday schedule');

-- us-me: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-me', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday) (Washington''s Birthday in the statute)'),
  ('us-me', 'Patriot''s Day', 'nth', 4, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday); 5 M.R.S. 59 (P.L. 2021, c. 140)'),
  ('us-me', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   2018, 1, 0, 0, '4 M.R.S. 1051 before P.L. 2019, c. 59'),
  ('us-me', 'Indigenous Peoples Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', 2019,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday); P.L. 2019, c. 59 (renamed Columbus Day)'),
  ('us-me', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-me', 'Thanksgiving Friday', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Maine BHR Policy and Practices Manual, Holidays (not in the statute)'),
  ('us-me', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, '4 M.R.S. 1051; Maine BHR Policy and Practices Manual, Holidays (Saturday -> Friday, Sunday -> Monday)');

-- us-mn: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-mn', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Martin Luther King''s Birthday', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Washington''s and Lincoln''s Birthday', 'nth', 2, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2023,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5; 2023 Minn. Laws (HF 48, in force before 2023-06-19 by HF 1830)'),
  ('us-mn', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5'),
  ('us-mn', 'Friday after Thanksgiving', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 1, 'Minn. Stat. 645.44, subd. 5 (a holiday for the executive branch)'),
  ('us-mn', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Minn. Stat. 645.44, subd. 5');

-- us-mo: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-mo', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Lincoln''s Birthday', 'fixed', 2, 12, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Truman Day', 'fixed', 5, 8, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday); RSMo 9.035'),
  ('us-mo', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022,
   NULL, 1, 0, 0, 'RSMo 9.010 as amended in 2022 (HB 1738); OA lists 2025, 2026'),
  ('us-mo', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)'),
  ('us-mo', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RSMo 9.010; Office of Administration state holiday list (Saturday -> Friday, Sunday -> Monday)');

-- us-mt: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-mt', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Martin Luther King Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216 (Lincoln''s and Washington''s Birthdays before 2023)'),
  ('us-mt', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216 (Indigenous Peoples'' Day and Columbus Day in the current text)'),
  ('us-mt', 'State general election day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 2, 0, 1, 'MCA 1-1-216(1)(l) (even years); ARM 2.21.620(4): primary election days are not holidays'),
  ('us-mt', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216'),
  ('us-mt', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'MCA 1-1-216');

-- us-nd: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-nd', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday); N.D.C.C. 1-03-02, 1-03-02.1'),
  ('us-nd', 'Martin Luther King Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-nd', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-nd', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, 'none', NULL,
   NULL, 1, 0, -2, 'N.D.C.C. 1-03-01(5)'),
  ('us-nd', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-nd', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday); N.D.C.C. 1-03-02, 1-03-02.1'),
  ('us-nd', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-nd', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday); N.D.C.C. 1-03-02, 1-03-02.1'),
  ('us-nd', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday)'),
  ('us-nd', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'N.D.C.C. 1-03-01; OMB State HR, Holidays (Saturday -> Friday, Sunday -> Monday); N.D.C.C. 1-03-02, 1-03-02.1');

-- us-nv: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-nv', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1), (3)'),
  ('us-nv', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1)'),
  ('us-nv', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1)'),
  ('us-nv', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1)'),
  ('us-nv', 'Juneteenth Day', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2023,
   NULL, 1, 0, 0, 'NRS 236.015; AB 140 (2023, effective on approval)'),
  ('us-nv', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1), (3)'),
  ('us-nv', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1)'),
  ('us-nv', 'Nevada Day', 'last', 10, NULL, 5, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1) (last Friday in October since SB 31, 1999)'),
  ('us-nv', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1), (3)'),
  ('us-nv', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1)'),
  ('us-nv', 'Family Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 1, 'NRS 236.015(1) (Friday following the fourth Thursday in November)'),
  ('us-nv', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'NRS 236.015(1), (3)');

-- us-ny: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ny', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Dr. Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Lincoln''s Birthday', 'fixed', 2, 12, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sun-mon', 2021,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b); L.2020 c.249'),
  ('us-ny', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 1, 'N.Y. Gen. Constr. Law 24 (each general election day); N.Y. Elec. Law 8-100'),
  ('us-ny', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)'),
  ('us-ny', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'N.Y. Gen. Constr. Law 24; 4 NYCRR 21.1(b)');

-- us-or: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-or', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Presidents Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2); HB 2168 (2021, in effect from 2022)'),
  ('us-or', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)'),
  ('us-or', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Oregon State HR Policy 60.010.01 (ORS 240.551): a state employee holiday'),
  ('us-or', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'ORS 187.010(1)-(2)');

-- us-ri: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ri', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (Saturday or Sunday: the following Monday)'),
  ('us-ri', 'Dr. Martin Luther King, Jr.''s Birthday', 'nth', 1, NULL, 1, 3, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021)'),
  ('us-ri', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021)'),
  ('us-ri', 'Juneteenth National Freedom Day', 'fixed', 6, 19, NULL, NULL, 'sat-mon-sun-mon', 2024,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1 (2023-H 5380A / S 0444A, from 2024)'),
  ('us-ri', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (Saturday or Sunday: the following Monday)'),
  ('us-ri', 'Victory Day', 'nth', 8, NULL, 1, 2, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021)'),
  ('us-ri', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021)'),
  ('us-ri', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021)'),
  ('us-ri', 'Election Day', 'nth', 11, NULL, 1, 1, 'none', NULL,
   NULL, 2, 0, 1, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (years of a general election of state officers: even years)'),
  ('us-ri', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (Saturday or Sunday: the following Monday)'),
  ('us-ri', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (a day of thanksgiving appointed)'),
  ('us-ri', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-mon-sun-mon', NULL,
   NULL, 1, 0, 0, 'R.I. Gen. Laws 25-1-1; Secretary of State, Rhode Island State Holidays (2019-2021) (Saturday or Sunday: the following Monday)');

-- us-sd: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-sd', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1; 1-5-1.1'),
  ('us-sd', 'Lincoln''s and Washington''s Birthdays', 'nth', 2, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2023,
   NULL, 1, 0, 0, 'SDCL 1-5-1 (SL 2022, ch 1; in force 2022-07-01, so first observed 2023)'),
  ('us-sd', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Native Americans'' Day', 'nth', 10, NULL, 1, 2, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1; 1-5-1.2'),
  ('us-sd', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1'),
  ('us-sd', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'SDCL 1-5-1');

-- us-tx: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-tx', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Martin Luther King, Jr., Day', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Friday after Thanksgiving', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 1, 'Tex. Gov''t Code 662.003(b), 662.004(b)'),
  ('us-tx', 'Christmas Eve', 'fixed', 12, 24, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(b), 662.004(b)'),
  ('us-tx', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(a)'),
  ('us-tx', 'Day after Christmas', 'fixed', 12, 26, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 662.003(b), 662.004(b)');

-- us-tx-pia: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-tx-pia', 'Confederate Heroes Day', 'fixed', 1, 19, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 552.0031(a)(3) (H.B. 3033, 88th Leg., eff. 2023-09-01), 662.003(b)'),
  ('us-tx-pia', 'Texas Independence Day', 'fixed', 3, 2, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 552.0031(a)(3) (H.B. 3033, 88th Leg., eff. 2023-09-01), 662.003(b)'),
  ('us-tx-pia', 'San Jacinto Day', 'fixed', 4, 21, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 552.0031(a)(3) (H.B. 3033, 88th Leg., eff. 2023-09-01), 662.003(b)'),
  ('us-tx-pia', 'Emancipation Day in Texas', 'fixed', 6, 19, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 552.0031(a)(3) (H.B. 3033, 88th Leg., eff. 2023-09-01), 662.003(b)'),
  ('us-tx-pia', 'Lyndon Baines Johnson Day', 'fixed', 8, 27, NULL, NULL, 'none', 2024,
   NULL, 1, 0, 0, 'Tex. Gov''t Code 552.0031(a)(3) (H.B. 3033, 88th Leg., eff. 2023-09-01), 662.003(b)');

-- us-va: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-va', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Lee-Jackson Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   2020, 1, 0, -3, 'Va. Code 2.2-3300 (Friday preceding the third Monday in January) until 2020; repealed by HB 108 / SB 601 (2020)'),
  ('us-va', 'Martin Luther King, Jr., Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'George Washington Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2021,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300; 2020 Sp. Sess. I c. 5 (SB 5031, approved 2020-10-13)'),
  ('us-va', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Columbus Day and Yorktown Victory Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Election Day', 'nth', 11, NULL, 1, 1, 'sat-fri-sun-mon', 2020,
   NULL, 1, 0, 1, 'Va. Code 2.2-3300; HB 108 / SB 601 (2020)'),
  ('us-va', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300'),
  ('us-va', 'Day after Thanksgiving', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'Va. Code 2.2-3300'),
  ('us-va', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'Va. Code 2.2-3300');

-- us-wa: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-wa', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Presidents'' Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday); Laws of 2021, c. 295 (eff. 2021-07-25)'),
  ('us-wa', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Veterans'' Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)'),
  ('us-wa', 'Native American Heritage Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 1, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday); SSB 6078 (2014) named the day after Thanksgiving'),
  ('us-wa', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL,
   NULL, 1, 0, 0, 'RCW 1.16.050(1); WAC 357-31-005; Wash. GR 2 (Saturday -> Friday, Sunday -> Monday)');
