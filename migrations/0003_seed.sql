-- 0003_seed.sql: the built-in holiday calendars and deadline rules.
-- PRAGMA user_version = 3. Facts and sources: shared/LAW.md (sections 0-6).
-- tests/unit/seed_calendars.h holds the same calendars and rules as C data for
-- the unit tests; tests/unit/check_seed.sh fails when the two differ.
--
-- Weekday numbers: 0 = Sunday, 1 = Monday ... 6 = Saturday.
-- Observance: 'sat-fri-sun-mon' = Saturday -> Friday before, Sunday -> Monday
-- after (also across a year end: New Year's Day 2028 is observed 2027-12-31).

-- Calendars -------------------------------------------------------------------

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-federal', 'U.S. federal legal public holidays (observed days)',
   '5 U.S.C. 6103(a)-(b); E.O. 11582 sec. 3(a)', 1),
  ('us-federal-dc', 'U.S. federal holidays plus Inauguration Day (DC area)',
   '5 U.S.C. 6103(a)-(c); E.O. 11582 sec. 3(a)', 1),
  ('us-co', 'Colorado state legal holidays as state offices observe them',
   'C.R.S. 24-11-101; DPA Division of Human Resources holiday schedules', 1),
  ('us-federal-dco', 'U.S. District Court for the District of Colorado (FRCP 6(a)(6))',
   'Fed. R. Civ. P. 6(a)(6)(A), (C); 5 U.S.C. 6103; C.R.S. 24-11-101', 1);

INSERT INTO calendar_include (calendar, includes) VALUES
  ('us-federal-dc', 'us-federal'),
  ('us-federal-dco', 'us-federal'),
  ('us-federal-dco', 'us-co');

-- us-federal: the eleven holidays of 5 U.S.C. 6103(a). The rules are in force
-- from 1971 (Uniform Monday Holiday Act, Pub. L. 90-363, moved Washington's
-- Birthday, Memorial Day, Columbus Day and, until 1977, Veterans Day to
-- Mondays); earlier years are not modelled. MLK Day from 1986 (Pub. L.
-- 98-144). Veterans Day back on November 11 from 1978 (Pub. L. 94-97).
-- Juneteenth from 2021 (Pub. L. 117-17, signed 2021-06-17; first observed Fri
-- 2021-06-18).
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, citation) VALUES
  ('us-federal', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   '5 U.S.C. 6103(a)'),
  ('us-federal', 'Birthday of Martin Luther King, Jr.', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon',
   1986, NULL, 1, 0, '5 U.S.C. 6103(a); Pub. L. 98-144'),
  ('us-federal', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', 1971, NULL, 1,
   0, '5 U.S.C. 6103(a); Pub. L. 90-363'),
  ('us-federal', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', 1971, NULL, 1, 0,
   '5 U.S.C. 6103(a); Pub. L. 90-363'),
  ('us-federal', 'Juneteenth National Independence Day', 'fixed', 6, 19, NULL, NULL,
   'sat-fri-sun-mon', 2021, NULL, 1, 0, '5 U.S.C. 6103(a); Pub. L. 117-17'),
  ('us-federal', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   '5 U.S.C. 6103(a)'),
  ('us-federal', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   '5 U.S.C. 6103(a)'),
  ('us-federal', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', 1971, NULL, 1, 0,
   '5 U.S.C. 6103(a); Pub. L. 90-363'),
  ('us-federal', 'Veterans Day', 'nth', 10, NULL, 1, 4, 'sat-fri-sun-mon', 1971, 1977, 1, 0,
   'Pub. L. 90-363 (fourth Monday in October, 1971-1977)'),
  ('us-federal', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', 1978, NULL, 1, 0,
   '5 U.S.C. 6103(a); Pub. L. 94-97'),
  ('us-federal', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   '5 U.S.C. 6103(a)'),
  ('us-federal', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   '5 U.S.C. 6103(a)');

-- us-federal-dc: us-federal plus Inauguration Day, January 20 of each year
-- after a presidential election (year % 4 = 1). A Sunday inauguration moves to
-- Monday; a Saturday one gives no holiday at all (OPM memo 2000-11-27 citing 51
-- Comp. Gen. 586 (1972)). In 2025 it fell on MLK Day (one non-working day).
-- first_year 1965 is approximate (the DC-area holiday predates the 1966
-- codification in 5 U.S.C. 6103(c)); only recent years matter here.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, citation) VALUES
  ('us-federal-dc', 'Inauguration Day', 'fixed', 1, 20, NULL, NULL, 'sun-mon-sat-none', 1965, NULL,
   4, 1, '5 U.S.C. 6103(c)');

-- us-co: C.R.S. 24-11-101(1). The statute moves only a Sunday holiday (to
-- Monday, 24-11-101(2)); state offices also observe a Saturday holiday on the
-- Friday before (DPA/DHR schedules: Christmas 2021 on Fri 12-24, New Year 2022
-- on Fri 2021-12-31, Veterans Day 2023 on Fri 11-10), so this calendar uses
-- 'sat-fri-sun-mon' (LAW.md C8). Whether that Friday is a "legal holiday" for
-- C.R.S. 2-4-108 is UNSURE (LAW.md 4.3): this calendar treats it as one, so a
-- co-days period ending on that Friday rolls to Monday (UNSURE; see co-days).
-- Columbus Day (2nd Monday of October) until 2019; Frances Xavier Cabrini Day
-- (1st Monday of October) from 2020 (HB20-1031, signed 2020-03-20, observed Mon
-- 2020-10-05). Juneteenth from 2022: SB22-139, signed 2022-05-02 (governor's
-- release: "beginning today"; the fiscal note assumed it in effect before
-- Juneteenth 2022), so 2022's Sunday Juneteenth was observed Mon 2022-06-20.
-- That year is from secondary sources (news, bill pages), not the session law.
-- Cesar Chavez Day (C.R.S. 24-11-112) is commemorative: state offices stay
-- open, so it is not here. Earlier history (before 2000) is not modelled.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, citation) VALUES
  ('us-co', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Washington-Lincoln Day', 'nth', 2, NULL, 1, 3, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, 'sat-fri-sun-mon', 2022, NULL, 1, 0,
   'C.R.S. 24-11-101(1); SB22-139'),
  ('us-co', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sat-fri-sun-mon', NULL, 2019, 1, 0,
   'C.R.S. 24-11-101(1) before HB20-1031'),
  ('us-co', 'Frances Xavier Cabrini Day', 'nth', 10, NULL, 1, 1, 'sat-fri-sun-mon', 2020, NULL, 1,
   0, 'C.R.S. 24-11-101(1); HB20-1031'),
  ('us-co', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)'),
  ('us-co', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sat-fri-sun-mon', NULL, NULL, 1, 0,
   'C.R.S. 24-11-101(1)');

-- us-federal-dco has no rules of its own: it is us-federal plus us-co
-- (FRCP 6(a)(6)(C): state holidays count for forward-counted periods, so both
-- Columbus Day and Cabrini Day are non-working days there).

-- Rules -------------------------------------------------------------------------
-- count NULL: the period is given on the command line (--days N), e.g. what an
-- administrative subpoena states. cutoff NULL: the statute sets none; an
-- agency's own cutoff (agency.cutoff) applies. Receipt on a non-working day
-- moves day 0 to the next working day for working-day rules (LAW.md C2); the
-- program sets that from unit = 'working'.
-- State rules: only rows of LAW.md section 6 whose status is "Read" (or "Read
-- (quoted)", "Read (via regs)") for the number seeded; "Secondary" and UNSURE
-- rows are not built in. States without a calendar of their own here use
-- us-federal, which is an approximation (state holidays differ: check it).

INSERT INTO rule (code, name, jurisdiction, unit, count, ext_days, max_ext, calendar, roll, cutoff,
                  routing_days, earlier_of, citation, note, builtin) VALUES
  ('us-foia', 'FOIA initial determination', 'us', 'working', 20, 10, 1, 'us-federal', 'none', NULL,
   10, 0, '5 U.S.C. 552(a)(6)(A)(i), (a)(6)(A)(ii), (a)(6)(B)(i)',
   '20 working days after receipt (day 0 not counted); +10 working days by written notice in unusual circumstances. The period starts when the right component receives the request, but no later than 10 working days after first receipt by a designated component. Tolling: one request for information, and fee clarification, pause the clock until the reply (LAW.md C9).',
   1),
  ('us-foia-appeal', 'FOIA appeal determination', 'us', 'working', 20, 10, 1, 'us-federal', 'none',
   NULL, 0, 0, '5 U.S.C. 552(a)(6)(A)(ii), (a)(6)(B)(i)',
   '20 working days after receipt of the appeal; the unusual-circumstances extension of up to 10 working days applies to appeals too.',
   1),
  ('us-foia-appeal-window', 'FOIA requester''s time to appeal', 'us', 'calendar', 90, 0, 0,
   'us-federal', 'none', NULL, 0, 0, '5 U.S.C. 552(a)(6)(A)(i)(III)(aa) (FOIA Improvement Act of 2016)',
   'Not less than 90 days after the adverse determination (requests made after 2016-06-30). The statute says nothing on weekends; agency rules vary and some give more: DOI allows 90 workdays (43 CFR 2.58). Check the agency''s regulation.',
   1),
  ('us-foia-expedited', 'FOIA decision on expedited processing', 'us', 'calendar', 10, 0, 0,
   'us-federal', 'none', NULL, 0, 0, '5 U.S.C. 552(a)(6)(E)(ii)(I)',
   'Decision within 10 calendar days after the request (DOJ OIP guidance). Whether day 10 on a weekend or holiday rolls forward is UNSURE, so no roll: the earlier date is shown.',
   1),
  ('co-cora', 'Colorado Open Records Act response', 'us-co', 'working', 3, 7, 1, 'us-co', 'none',
   NULL, 0, 0, 'C.R.S. 24-72-203(3)(b)',
   '3 working days, date of request not counted; up to 7 more working days in extenuating circumstances, with notice within the first 3 days (10 in all). Numbers from official agency policies (Dept. of Law, Dept. of Revenue). SB25-077 (5 + 10) was vetoed 2025-04-17. Agencies set their own receipt cutoff (Dept. of Revenue: 15:00). Local custodians may follow their own holiday lists.',
   1),
  ('co-days', 'Colorado period of days', 'us-co', 'calendar', NULL, 0, 1, 'us-co', 'forward', NULL,
   0, 0, 'C.R.S. 2-4-108(1)-(2)',
   'A period of days in a Colorado statute: first day excluded, last day included, extended to the next day that is not a Saturday, Sunday or legal holiday. The number of days is given on the command line. Whether the Friday state offices close for a Saturday holiday is a legal holiday here is UNSURE; the us-co calendar treats it as one.',
   1),
  ('co-months', 'Colorado period of months', 'us-co', 'months', NULL, 0, 1, 'us-co', 'forward', NULL,
   0, 0, 'C.R.S. 2-4-108(2)-(3)',
   'A period of months: the same day number in the concluding month, or its last day when the month is shorter; then extended past a Saturday, Sunday or legal holiday. The number of months is given on the command line.',
   1),
  ('frcp-45-objection', 'Objection to a subpoena to produce (FRCP 45)', 'us', 'calendar', 14, 0, 0,
   'us-federal', 'forward', NULL, 0, 1, 'Fed. R. Civ. P. 45(d)(2)(B); 6(a)(1)',
   'Objections must be served before the earlier of the time specified for compliance or 14 days after service. The 14 days follow FRCP 6(a)(1): calendar days, rolled forward off a weekend or legal holiday. In the District of Colorado use calendar us-federal-dco (FRCP 6(a)(6)(C)).',
   1),
  ('admin-subpoena', 'Administrative subpoena return date', 'us', 'calendar', NULL, 0, 1,
   'us-federal', 'none', NULL, 0, 0,
   '8 CFR 287.4; 8 U.S.C. 1357(a) / 1225(d)(4) (UNSURE which the subpoena cites)',
   'The return date is whatever the subpoena states (give --days N or --due DATE); no rule fixes the period and FRCP 6 does not roll it. Example: ICE subpoenas served on Denver on 2020-01-13 with 14 days were due 2020-01-27.',
   1),
  ('ca-cpra', 'California Public Records Act determination', 'us-ca', 'calendar', 10, 14, 1,
   'us-federal', 'none', NULL, 0, 0, 'Cal. Gov. Code 7922.535 (formerly 6253(c))',
   '10 days to determine whether records will be disclosed (not to produce them); up to 14 more days in unusual circumstances by written notice. Whether a last day on a weekend or holiday moves (Code Civ. Proc. 12a) is not settled here: no roll, the earlier date is shown. Calendar us-federal is an approximation (California holidays differ).',
   1),
  ('ct-foia', 'Connecticut FOIA response', 'us-ct', 'working', 4, 0, 1, 'us-federal', 'none', NULL, 0,
   0, 'Conn. Gen. Stat. 1-206(a)',
   '4 business days; 10 business days where the 1-214(b)-(c) notice to employees applies (use --days 10). No answer in time is a deemed denial. Calendar us-federal approximates Connecticut holidays.',
   1),
  ('ga-ora', 'Georgia Open Records Act response', 'us-ga', 'working', 3, 0, 1, 'us-federal', 'none',
   NULL, 0, 0, 'O.C.G.A. 50-18-71(b)(1)(A)',
   '3 business days; if records are not available by then, a description and a timetable within the 3 days. Statute quoted in secondary sources. Calendar us-federal approximates Georgia holidays.',
   1),
  ('il-foia', 'Illinois FOIA response', 'us-il', 'working', 5, 5, 1, 'us-federal', 'none', NULL, 0,
   0, '5 ILCS 140/3(d)-(e)',
   '5 business days, +5 business days by written notice; commercial requests 21 business days (5 ILCS 140/3.1, use --days 21). Read via regulations quoting section 3. Calendar us-federal approximates Illinois holidays.',
   1),
  ('ks-kora', 'Kansas Open Records Act response', 'us-ks', 'working', 3, 0, 1, 'us-federal', 'none',
   NULL, 0, 0, 'K.S.A. 45-218(d); 45-217',
   'Act on the request by the end of the 3rd business day after receipt, or explain the delay and give the earliest date. "Business day" excludes holidays set by Congress, the legislature, the governor or the subdivision: us-federal is an approximation.',
   1),
  ('la-prl', 'Louisiana Public Records Law', 'us-la', 'none', NULL, 0, 0, 'us-federal', 'none',
   NULL, 0, 0, 'La. R.S. 44:33(B)(1); 44:35',
   'Records not in active use must be produced immediately: there is no computed date. If the record is in active use, see la-prl-active-use. A suit is allowed after 5 days (excluding Saturdays, Sundays and holidays) without a written response.',
   1),
  ('la-prl-active-use', 'Louisiana: record in active use', 'us-la', 'working', 3, 0, 0,
   'us-federal', 'none', NULL, 0, 0, 'La. R.S. 44:33(B)(1)',
   'When the record is in active use, the custodian certifies this and fixes a time within 3 days (excluding Saturdays, Sundays and legal holidays) for inspection. Calendar us-federal approximates Louisiana holidays.',
   1),
  ('md-pia', 'Maryland PIA grant or denial', 'us-md', 'calendar', 30, 0, 1, 'us-federal', 'none',
   NULL, 0, 0, 'Md. Code, Gen. Prov. 4-203',
   'Grant or deny within 30 days after receiving the application. Whether a last day on a weekend or holiday moves is not settled here: no roll, the earlier date is shown. See md-pia-notice for the 10-working-day notice.',
   1),
  ('md-pia-notice', 'Maryland PIA notice when production takes longer', 'us-md', 'working', 10, 0,
   0, 'us-federal', 'none', NULL, 0, 0, 'Md. Code, Gen. Prov. 4-203',
   'If production will take more than 10 working days, written notice within 10 working days (with the reason and an estimate). Calendar us-federal approximates Maryland holidays.',
   1),
  ('mi-foia', 'Michigan FOIA response', 'us-mi', 'working', 5, 10, 1, 'us-federal', 'none', NULL, 0,
   0, 'MCL 15.235(1)-(2)',
   '5 business days; one extension of up to 10 business days. An email or fax request is not received until 1 business day after it is sent (enter that as the receipt date). Calendar us-federal approximates Michigan holidays.',
   1),
  ('nh-rtk', 'New Hampshire Right-to-Know response', 'us-nh', 'working', 5, 0, 1, 'us-federal',
   'none', NULL, 0, 0, 'RSA 91-A:4, IV(b)',
   'Within 5 business days make the records available, deny, or acknowledge with a written time estimate. Calendar us-federal approximates New Hampshire holidays.',
   1),
  ('nv-npra', 'Nevada Public Records Act response', 'us-nv', 'working', 5, 0, 1, 'us-federal',
   'none', NULL, 0, 0, 'NRS 239.0107',
   'By the end of the 5th business day: allow inspection, or give written notice of the earliest date. Calendar us-federal approximates Nevada holidays.',
   1),
  ('ny-foil', 'New York FOIL acknowledgment', 'us-ny', 'working', 5, 0, 1, 'us-federal', 'none', NULL,
   0, 0, 'N.Y. Pub. Off. Law 89(3)(a)',
   '5 business days to grant, deny, or acknowledge with an approximate date. The later limit (20 business days after the acknowledgment, or a written date certain) runs from the acknowledgment, not from day 5: compute it separately. Calendar us-federal approximates New York holidays.',
   1),
  ('pa-rtkl', 'Pennsylvania Right-to-Know response', 'us-pa', 'working', 5, 0, 1, 'us-federal',
   'none', NULL, 0, 0, '65 P.S. 67.901, 67.902',
   '5 business days; no response is a deemed denial. An extension of up to 30 calendar days by written notice within the 5 days is in other units and is not added here: compute it separately. Calendar us-federal approximates Pennsylvania holidays.',
   1),
  ('ri-apra', 'Rhode Island APRA response', 'us-ri', 'working', 10, 0, 1, 'us-federal', 'none', NULL,
   0, 0, 'R.I. Gen. Laws 38-2-7(a)-(b), 38-2-3(e)',
   '10 business days. A good-cause extension of up to 20 business days is from secondary sources only, so it is not seeded (give --days when extending). Calendar us-federal approximates Rhode Island holidays.',
   1),
  ('tn-tpra', 'Tennessee Public Records Act response', 'us-tn', 'working', 7, 0, 1, 'us-federal',
   'none', NULL, 0, 0, 'Tenn. Code 10-7-503(a)(2)(B)',
   'Promptly; if not practicable, within 7 business days make available, deny, or give a time estimate. The 7 days are the outer limit. Tennessee citizens only. Calendar us-federal approximates Tennessee holidays.',
   1),
  ('tx-pia', 'Texas Public Information Act', 'us-tx', 'none', NULL, 0, 0, 'us-federal', 'none', NULL,
   0, 0, 'Tex. Gov''t Code 552.221',
   'Information must be produced "promptly": there is no computed date. If withholding, see tx-pia-ag.',
   1),
  ('tx-pia-ag', 'Texas: request for an Attorney General ruling', 'us-tx', 'working', 10, 0, 0,
   'us-federal', 'none', NULL, 0, 0, 'Tex. Gov''t Code 552.301(a-1), (b), (d)',
   'To withhold, ask the Attorney General for a ruling and notify the requester by the 10th business day after receipt. Mail whose receipt date cannot be shown is deemed received on the 3rd business day after the postmark (enter that date). Calendar us-federal approximates Texas holidays.',
   1),
  ('ut-grama', 'Utah GRAMA response', 'us-ut', 'working', 10, 0, 1, 'us-federal', 'none', NULL, 0, 0,
   'Utah Code 63G-2-204',
   '10 business days; extraordinary circumstances allow more (with notice). Expedited: see ut-grama-expedited. Calendar us-federal approximates Utah holidays.',
   1),
  ('ut-grama-expedited', 'Utah GRAMA expedited response', 'us-ut', 'working', 5, 0, 1, 'us-federal',
   'none', NULL, 0, 0, 'Utah Code 63G-2-204',
   '5 business days for a request that qualifies for expedited response. Calendar us-federal approximates Utah holidays.',
   1),
  ('va-foia', 'Virginia FOIA response', 'us-va', 'working', 5, 7, 1, 'us-federal', 'none', NULL, 0,
   0, 'Va. Code 2.2-3704(B)',
   '5 working days; +7 working days when the response says so (60 for criminal investigative files: use --days). Statute quoted by the FOIA Council. Calendar us-federal approximates Virginia holidays.',
   1),
  ('vt-pra', 'Vermont Public Records Act response', 'us-vt', 'working', 3, 0, 1, 'us-federal', 'none',
   NULL, 0, 0, '1 V.S.A. 318',
   'Promptly, and within 3 business days. An extension of up to 10 business days in unusual circumstances is from an older text (secondary), so it is not seeded. Calendar us-federal approximates Vermont holidays.',
   1),
  ('wa-pra', 'Washington Public Records Act response', 'us-wa', 'working', 5, 0, 1, 'us-federal',
   'none', NULL, 0, 0, 'RCW 42.56.520',
   'Within 5 business days respond: provide, acknowledge with an estimate, ask for clarification, or deny. Calendar us-federal approximates Washington holidays.',
   1);
