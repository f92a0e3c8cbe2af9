-- 0015_more_state_calendars.sql: two more state holiday calendars (issue 14),
-- in the format of 0009_state_calendars.sql: every calendar and rule cites its
-- source; docs/CALENDARS.md has the table, the changes over time and each
-- difference from python-holidays with the source that settles it;
-- tests/unit/seed_calendars.h holds the same rows as C data (check_seed.sh);
-- tests/unit/test_state_calendars.c checks each against two or more typed
-- years; tests/interop/test_state_holidays.sh against python-holidays.
-- Must run before 0016_state_rule_calendars.sql, which links the rules.
--
-- us-ma: M.G.L. c. 4, s. 7, cl. 18 ("legal holiday") and c. 136, s. 12 (public
--   offices closed on legal holidays): January 1, June 19 (from 2021), July
--   4, November 11 and Christmas Day, "or the day following when any of said
--   days occurs on Sunday"; the third Monday in January, February and April
--   (Patriots' Day), the last Monday in May, the first Monday in September,
--   the second Monday in October and Thanksgiving Day. A Saturday holiday is
--   not moved: state offices are open on the Friday before (Trial Court
--   list of legal holidays 2015-2016, mass.gov; MassLive 2020-09-09: "a legal
--   holiday that falls on a Saturday is observed on Saturday"). Juneteenth
--   Independence Day from 2021 (H.4802 amendment 81 inserting "June
--   nineteenth" in cl. 18, enacted in the July 2020 COVID-19 spending act,
--   signed 2020-07-24; first observed 2021). Evacuation Day (March 17) and
--   Bunker Hill Day (June 17) close public offices in Suffolk County only
--   (c. 136, s. 12; the Trial Court keeps its offices open): not statewide,
--   so not rules here; a Suffolk County agency adds them as closures.
-- us-wi: Wis. Stat. 230.35(4)(a): the offices of state agencies close on the
--   nine holidays January 1, the third Monday in January, the last Monday in
--   May, July 4, the first Monday in September, the fourth Thursday in
--   November, December 24, 25 and 31, and (4)(a)10. "the day following if
--   January 1, July 4 or December 25 falls on Sunday". No other day moves: a
--   Saturday holiday, or a Sunday December 24 or 31, gives state employees a
--   floating holiday and closes no office (UW Oshkosh policy GEN 3.B.4
--   quoting 230.35(4)(a)). The Legislative Reference Bureau's analyses of
--   2017 SB 113 (November 11) and 2019 AB 688 (Democracy Day) describe the
--   nine days as current law; neither bill is in the list later sources give
--   (UW Oshkosh, employmentlawhandbook.com). The 2009-2011 furlough closures
--   were closures, not holidays. Good Friday (11 a.m. to 3 p.m., 995.20) and
--   the other legal holidays of 995.20 close no state office.

INSERT INTO calendar (code, name, citation, builtin) VALUES
  ('us-ma', 'Massachusetts legal holidays (public offices closed)',
   'M.G.L. c. 4, s. 7, cl. 18; c. 136, s. 12; Massachusetts Trial Court legal holidays 2015-2016', 1),
  ('us-wi', 'Wisconsin state holidays (state offices closed)',
   'Wis. Stat. 230.35(4)(a)', 1);

-- us-ma: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-ma', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (or the day following when it occurs on Sunday)'),
  ('us-ma', 'Martin Luther King Day', 'nth', 1, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the third Monday in January)'),
  ('us-ma', 'Washington''s Birthday', 'nth', 2, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the third Monday in February)'),
  ('us-ma', 'Patriots'' Day', 'nth', 4, NULL, 1, 3, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the third Monday in April)'),
  ('us-ma', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the last Monday in May)'),
  ('us-ma', 'Juneteenth Independence Day', 'fixed', 6, 19, NULL, NULL, 'sun-mon', 2021,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 as amended in 2020 (H.4802 amendment 81, signed 2020-07-24; first observed 2021)'),
  ('us-ma', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (or the day following when it occurs on Sunday)'),
  ('us-ma', 'Labor Day', 'nth', 9, NULL, 1, 1, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the first Monday in September)'),
  ('us-ma', 'Columbus Day', 'nth', 10, NULL, 1, 2, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (the second Monday in October)'),
  ('us-ma', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (or the day following when it occurs on Sunday)'),
  ('us-ma', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18'),
  ('us-ma', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'M.G.L. c. 4, s. 7, cl. 18 (or the day following when it occurs on Sunday)');

-- us-wi: see the notes above and docs/CALENDARS.md.
INSERT INTO holiday_rule (calendar, name, kind, month, day, weekday, nth, observe, first_year,
                          last_year, every, year_offset, day_offset, citation) VALUES
  ('us-wi', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (January 1; 10.: the day following if it falls on Sunday)'),
  ('us-wi', 'Martin Luther King, Jr. Day', 'nth', 1, NULL, 1, 3, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (the third Monday in January)'),
  ('us-wi', 'Memorial Day', 'last', 5, NULL, 1, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (the last Monday in May)'),
  ('us-wi', 'Independence Day', 'fixed', 7, 4, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (July 4; 10.: the day following if it falls on Sunday)'),
  ('us-wi', 'Labor Day', 'nth', 9, NULL, 1, 1, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (the first Monday in September)'),
  ('us-wi', 'Thanksgiving Day', 'nth', 11, NULL, 4, 4, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (the fourth Thursday in November)'),
  ('us-wi', 'Christmas Eve', 'fixed', 12, 24, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (December 24; not moved off a weekend)'),
  ('us-wi', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, 'sun-mon', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (December 25; 10.: the day following if it falls on Sunday)'),
  ('us-wi', 'New Year''s Eve', 'fixed', 12, 31, NULL, NULL, 'none', NULL,
   NULL, 1, 0, 0, 'Wis. Stat. 230.35(4)(a) (December 31; not moved off a weekend)');
