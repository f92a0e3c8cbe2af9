-- 0007_rule_extension.sql: a rule's extension in the law's own unit and cap
-- (issue 8 item 6).
--
--   rule.ext_unit  'working' or 'calendar': the unit the extension days count in,
--                  after the original last day (LAW.md C4). Pennsylvania's RTKL
--                  gives 30 calendar days after 5 business days.
--   rule.ext_days  the most extension days in all; NULL = the statute sets no cap
--                  (the user gives --days). Was NOT NULL with 0 meaning "no cap".
--   rule.max_ext   how many extensions are allowed; 0 = none.
--
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt the way
-- https://www.sqlite.org/lang_altertable.html#otheralter documents: create the
-- new table, copy, drop the old, rename the new. db.c runs every migration with
-- foreign keys off and checks them (PRAGMA foreign_key_check) before it commits,
-- so matter.rule keeps referencing rule(code). Existing rows keep their meaning:
-- ext_days 0 with extensions allowed becomes NULL (no cap), and the extension
-- unit is the rule's own (calendar for calendar-day and month rules).

CREATE TABLE rule_new (
  code         TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  jurisdiction TEXT,
  unit         TEXT NOT NULL CHECK (unit IN ('working', 'calendar', 'months', 'none')),
  count        INTEGER CHECK (count IS NULL OR count >= 0),
  ext_days     INTEGER CHECK (ext_days IS NULL OR ext_days >= 0), -- NULL = no statutory cap
  max_ext      INTEGER NOT NULL DEFAULT 1 CHECK (max_ext >= 0),   -- 0 = no extension
  ext_unit     TEXT NOT NULL DEFAULT 'working' CHECK (ext_unit IN ('working', 'calendar')),
  calendar     TEXT,
  roll         TEXT NOT NULL DEFAULT 'none' CHECK (roll IN ('none', 'forward')),
  cutoff       TEXT,                          -- HH:MM; receipt at or after moves day 0
  routing_days INTEGER NOT NULL DEFAULT 0,    -- FOIA: 10 working days to route
  earlier_of   INTEGER NOT NULL DEFAULT 0,    -- FRCP 45(d)(2)(B): earlier of compliance time
  citation     TEXT NOT NULL,
  note         TEXT,
  builtin      INTEGER NOT NULL DEFAULT 0
);

INSERT INTO rule_new (code, name, jurisdiction, unit, count, ext_days, max_ext, ext_unit,
                      calendar, roll, cutoff, routing_days, earlier_of, citation, note, builtin)
SELECT code, name, jurisdiction, unit, count,
       CASE WHEN ext_days = 0 AND max_ext > 0 THEN NULL ELSE ext_days END,
       max_ext,
       CASE WHEN unit IN ('calendar', 'months') THEN 'calendar' ELSE 'working' END,
       calendar, roll, cutoff, routing_days, earlier_of, citation, note, builtin
FROM rule;

DROP TABLE rule;
ALTER TABLE rule_new RENAME TO rule;

-- The built-in rules, each against LAW.md (sections 1-3 and 6). A rule whose
-- statute grants no extension gets max_ext 0: a response with an estimate or a
-- notice of the earliest date meets the deadline, it does not move it. ext_days
-- NULL only where the statute allows an extension whose cap was not read.

-- Extensions the statute caps (ext_days = the cap, in the statute's unit).
-- 5 U.S.C. 552(a)(6)(B)(i): by written notice, "more than ten working days" is
-- not allowed; for appeals too.
UPDATE rule SET ext_days = 10, max_ext = 1, ext_unit = 'working'
  WHERE code IN ('us-foia', 'us-foia-appeal') AND builtin = 1;
-- C.R.S. 24-72-203(3)(b): up to 7 more working days, notice within the 3.
UPDATE rule SET ext_days = 7, max_ext = 1, ext_unit = 'working'
  WHERE code = 'co-cora' AND builtin = 1;
-- Cal. Gov. Code 7922.535(b): up to 14 days by written notice; the period is in
-- calendar days and so is the extension.
UPDATE rule SET ext_days = 14, max_ext = 1, ext_unit = 'calendar'
  WHERE code = 'ca-cpra' AND builtin = 1;
-- 5 ILCS 140/3(e): +5 business days by written notice.
UPDATE rule SET ext_days = 5, max_ext = 1, ext_unit = 'working'
  WHERE code = 'il-foia' AND builtin = 1;
-- MCL 15.235(2): one extension of not more than 10 business days.
UPDATE rule SET ext_days = 10, max_ext = 1, ext_unit = 'working'
  WHERE code = 'mi-foia' AND builtin = 1;
-- 65 P.S. 67.902(b): by written notice within the 5 business days, the response
-- is due within 30 days of the notice's date at the latest: 30 calendar days
-- after the 5th business day (received 2025-03-03: 03-10 + 30 = 2025-04-09).
UPDATE rule SET ext_days = 30, max_ext = 1, ext_unit = 'calendar',
  note = '5 business days; no response is a deemed denial. By written notice within the 5 days the agency may take up to 30 calendar days more (65 P.S. 67.902(b)): pubrec extend --days 30 counts them in calendar days after the 5th business day. Whether a last day on a weekend moves is not settled here: no roll, the earlier date is shown. Calendar us-federal approximates Pennsylvania holidays.'
  WHERE code = 'pa-rtkl' AND builtin = 1;
-- Va. Code 2.2-3704(B)(4): +7 working days (60 for criminal investigative files
-- are a different period: --days).
UPDATE rule SET ext_days = 7, max_ext = 1, ext_unit = 'working'
  WHERE code = 'va-foia' AND builtin = 1;

-- Extensions the statute allows without a cap that was read (LAW.md: the cap is
-- secondary or not stated): the user gives --days, once.
-- R.I. Gen. Laws 38-2-3(e): good cause (the 20 business days are secondary).
-- 1 V.S.A. 318: unusual circumstances (the 10 business days are from an older text).
-- Utah Code 63G-2-204: extraordinary circumstances allow more, no fixed number.
UPDATE rule SET ext_days = NULL, max_ext = 1, ext_unit = 'working'
  WHERE code IN ('ri-apra', 'vt-pra', 'ut-grama', 'ut-grama-expedited') AND builtin = 1;
-- A period the document states (an administrative subpoena's return date, 8 CFR
-- 287.4) or a Colorado statute states (C.R.S. 2-4-108(1)-(2)): the issuer or that
-- statute decides any extension; it adds calendar days.
UPDATE rule SET ext_days = NULL, max_ext = 1, ext_unit = 'calendar'
  WHERE code IN ('admin-subpoena', 'co-days') AND builtin = 1;

-- No extension in the statute.
-- C.R.S. 2-4-108(3) counts months; it extends nothing (a new period is a new matter).
-- Conn. Gen. Stat. 1-206(a): 4 business days (10 where the 1-214 notice applies is
-- another period, --days 10). O.C.G.A. 50-18-71(b)(1)(A): a timetable within the 3
-- days meets it. K.S.A. 45-218(d), RSA 91-A:4 IV(b), NRS 239.0107, N.Y. Pub. Off.
-- Law 89(3)(a), Tenn. Code 10-7-503(a)(2)(B), RCW 42.56.520: a response with an
-- explanation or estimate within the period meets it. Md. Code GP 4-203 (LAW.md
-- gives no extension). FRCP 45(d)(2)(B): only a court extends. The FOIA appeal
-- window and expedited decision, La. R.S. 44:33, Tex. Gov't Code 552.221 and
-- 552.301: none.
UPDATE rule SET max_ext = 0, ext_days = 0, ext_unit = 'calendar'
  WHERE code IN ('co-months', 'md-pia', 'frcp-45-objection', 'us-foia-appeal-window',
                 'us-foia-expedited') AND builtin = 1;
UPDATE rule SET max_ext = 0, ext_days = 0, ext_unit = 'working'
  WHERE code IN ('ct-foia', 'ga-ora', 'ks-kora', 'nh-rtk', 'nv-npra', 'ny-foil', 'tn-tpra',
                 'wa-pra', 'la-prl', 'la-prl-active-use', 'md-pia-notice', 'tx-pia',
                 'tx-pia-ag') AND builtin = 1;
